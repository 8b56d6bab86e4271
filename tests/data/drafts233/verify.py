#!/usr/bin/env python3
"""Verify drafts233.

1. every label value occurs in its case; codes are from errors.md §A; 13 codes at least twice;
2. every error case differs from its clean draft in exactly one place;
3. the arithmetic of every clean draft holds: stated facts (rates, sums, balances, averages,
   completion rates, scores, grades) and the tables (funds block, weights, scores, completion).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"}
errors = []


def fail(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


NUM = re.compile(r"\d+(?:\.\d+)?")


def dec_places(s):
    return len(s.split(".")[1]) if "." in s else 0


def consistent(computed, stated):
    """rules.md §8: stated value with d decimals matches computed iff |c - v| <= 0.5*10^-d."""
    d = dec_places(stated)
    return abs(Decimal(str(computed)) - Decimal(stated)) <= Decimal("0.5") * Decimal(10) ** -d + Decimal("1e-9")


def r2(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = Decimal(str(total))
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- facts per draft
# (expression, snippet): the snippet must occur in the clean draft, and its last number must
# equal the expression within the decimals rule.
FACTS = {
    "yuanjiang-zengzhifangliu-2022": [
        ("60.00+26.00", "当年财政拨款合计86.00"),
        ("66.00+20.00", "当年财政拨款合计86.00"),
        ("86.00+2.40", "全年预算88.40"),
        ("80.20+2.62+3.00", "项目实际支出85.82"),
        ("63.42+20.00", "｜86.00｜83.42"),
        ("63.42/66.00*100", "执行率96.09"),
        ("88.40-85.82", "未支出资金2.58"),
        ("85.82/88.40*100", "预算执行率97.08"),
        ("460+380+210+98+120", "共放流各类苗种1268"),
        ("1268/1200*100", "（1200万尾）的105.67"),
        ("802000/1268", "平均采购成本632.49"),
        ("1268-1050", "增加218"),
        ("10*85.82/88.40", "预算执行率指标得9.71"),
        ("15+5+10+5+5+10", "产出指标得50"),
        ("10+9+10", "效益指标得29"),
        ("9.71+50+29+10", "自评总分98.71"),
    ],
    "kezuohouqi-liangzhong-2019": [
        ("26*11.00", "冻精采购286.00"),
        ("286.00+16.00+6.00+4.00", "全年预算312.00"),
        ("19.5*11.00", "冻精采购214.50"),
        ("214.50+12.30+4.20+3.00", "全年实际支出234.00"),
        ("234.00/312.00*100", "预算执行率75.00"),
        ("312.00-234.00", "年末结余78.00"),
        ("26-19.5", "第二批6.5"),
        ("(61.2+64.8+64.5)/3", "平均63.5"),
        ("77.3+3.1", "全旗肉牛良种覆盖率80.4"),
        ("19.5/26*100", "完成年度指标的75.00"),
        ("9.6/12*100", "9.6万头，完成80.00"),
        ("270/300*100", "培训270人次，完成90.00"),
        ("10*234/312", "预算执行得7.50"),
        ("7.50+8.00+4.50+5+9.77+4.21+5", "产出指标得43.98"),
        ("9.20+9.46+8", "效益指标得26.66"),
        ("7.50+43.98+26.66+9.51", "综合得分87.65"),
    ],
    "gaotang-fenwu-2021": [
        ("900.00+100.00", "项目年初预算1000.00"),
        ("1000.00+150.00", "全年预算1150.00"),
        ("624.00+434.00+92.00", "全年预算1150.00"),
        ("1150.00", "项目资金1150.00"),
        ("624.00+92.00+222.40", "项目累计支出938.40"),
        ("938.40/1150.00*100", "预算执行率81.60"),
        ("1150.00-938.40", "设备款211.60"),
        ("434.00-222.40", "设备款211.60"),
        ("624.00/48", "平均每场13.00"),
        ("30+14+4", "实际完成48"),
        ("48/45*100", "完成率106.67"),
        ("1/2*100", "完成率50"),
        ("12/12*100", "完成率100"),
        ("90.6/92*100", "完成率98.48"),
        ("16.2/18*100", "完成率90.00"),
        ("(93.6+95.2+94.8)/3", "平均94.53"),
        ("20+10+10+10", "产出指标（50"),
        ("10+50+30+10", "100"),
        ("10*938.40/1150.00", "（10分）得8.16"),
        ("10+5*1/2+5", "数量指标（20分）得17.50"),
        ("17.50+10+6+10", "产出指标（50分）得43.50"),
        ("10*90.6/92", "综合利用率得9.85"),
        ("5*16.2/18", "还田面积得4.50"),
        ("9.85+10+4.50+4", "效益指标（30分）得28.35"),
        ("10*94.53/95", "满意度指标（10分）得9.95"),
        ("8.16+43.50+28.35+9.95", "合计89.96"),
    ],
    "longan-dongfangzhongxin-2023": [
        ("48.60+17.70", "年中追加66.30"),
        ("386.50+66.30", "全年预算452.80"),
        ("272.40+114.10", "｜386.50"),
        ("241.60+30.80", "基本支出272.40"),
        ("86.40+33.36+41.20+19.44", "项目支出全年预算180.40"),
        ("162*1200/10000", "劳务补助19.44"),
        ("86.40+33.36+32.18+19.44", "项目支出合计171.38"),
        ("272.40+171.38", "全年支出443.78"),
        ("272.40+180.40", "｜452.80"),
        ("443.78/452.80*100", "预算执行率98.01"),
        ("452.80-443.78", "年末结余9.02"),
        ("41.20-32.18", "年末结余9.02"),
        ("2.76-0.41", "经费支出2.35"),
        ("5640/6000*100", "（6000份）的94.00"),
        ("286/300*100", "回收率95.33"),
        ("10*443.78/452.80", "预算执行率得9.80"),
        ("10+9.40+5+10+5+5+5", "产出指标得49.40"),
        ("15+5+9", "效益指标得29"),
        ("9.80+49.40+29+10", "自评得分98.20"),
    ],
    "mozhugongka-shouyilab-2024": [
        ("150.00+30.00", "全年预算180.00"),
        ("72.00+93.00+15.00", "全年预算180.00"),
        ("72.00+46.50+10.20", "实际支出128.70"),
        ("128.70/180.00*100", "预算执行率71.50"),
        ("180.00-128.70", "结转资金51.30"),
        ("268/260*100", "268平方米，完成率103.08"),
        ("13/18*100", "安装调试完成率72.22"),
        ("18-13", "剩余5"),
        ("3260/5000*100", "5000份的65.20"),
        ("10*128.70/180.00", "预算执行率得7.15"),
        ("10+10+5+5+3.61+2+10", "产出指标得45.61"),
        ("15*4/5+15*3260/5000", "效益指标得21.78"),
        ("7.15+45.61+21.78+10", "综合得分84.54"),
    ],
}

# the stated total and the grade sentence of each draft
GRADES = {
    "yuanjiang-zengzhifangliu-2022": ("98.71", "评价等级为“优”"),
    "kezuohouqi-liangzhong-2019": ("87.65", "评价等级为“良”"),
    "gaotang-fenwu-2021": ("89.96", "自评等级为“良”"),
    "longan-dongfangzhongxin-2023": ("98.20", "自评等级为优"),
    "mozhugongka-shouyilab-2024": ("84.54", "评价等级为“良好”"),
}
YEARS = {
    "yuanjiang-zengzhifangliu-2022": 2022, "kezuohouqi-liangzhong-2019": 2019,
    "gaotang-fenwu-2021": 2021, "longan-dongfangzhongxin-2023": 2023,
    "mozhugongka-shouyilab-2024": 2024,
}


def check_facts(src, text):
    for expr, snippet in FACTS[src]:
        if snippet not in text:
            fail(f"{src}: snippet {snippet!r} not in clean draft")
            continue
        stated = NUM.findall(snippet)[-1]
        value = eval(expr, {"__builtins__": {}})
        if not consistent(value, stated):
            fail(f"{src}: {expr} = {value} but {snippet!r} states {stated}")
    total, gsent = GRADES[src]
    if gsent not in text:
        fail(f"{src}: grade sentence {gsent!r} missing")
    elif grade(total) not in gsent:
        fail(f"{src}: total {total} is {grade(total)}, text says {gsent}")
    # every 4-digit year in 'YYYY年度' of title lines is the evaluation year
    y = YEARS[src]
    head = text[:200]
    if f"{y}年度" not in head:
        fail(f"{src}: title does not name {y}年度")
    for m in re.finditer(r"(\d{4})年度", text):
        if int(m.group(1)) not in (y - 1, y, y + 1):
            fail(f"{src}: unexpected year {m.group(0)}")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != y:
            fail(f"{src}: 截至 {m.group(1)} is not the evaluation year")
    for m in re.finditer(r"结转(?:至|下年（)?(\d{4})年", text):
        if int(m.group(1)) != y + 1:
            fail(f"{src}: carry-forward to {m.group(1)}")


# ---------------------------------------------------------------- tables
def cells(line):
    return line.split("｜")


def parse_measure(s):
    """'≥1200万尾' -> ('gte', Decimal(1200), '万尾'); '1268万尾' -> ('eq', 1268, '万尾'); None if qualitative."""
    s = s.strip()
    direction = "eq"
    if s.startswith("≥"):
        direction, s = "gte", s[1:]
    elif s.startswith("≤"):
        direction, s = "lte", s[1:]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", s)
    if not m or "年" in m.group(2) or "日" in m.group(2):
        return None
    return direction, Decimal(m.group(1)), m.group(2)


def check_tables(src, text):
    lines = text.split("\n")
    # funds block
    fi = next((i for i, l in enumerate(lines) if "年初预算数" in l and "｜" in l), None)
    if fi is None:
        return None  # prose-only draft
    head = cells(lines[fi])
    ci = {name: j for j, h in enumerate(head) for name in ("年初", "全年预算", "全年执行", "分值", "执行率", "得分") if h.startswith(name)}
    rows = []
    i = fi + 1
    while i < len(lines) and "｜" in lines[i] and not lines[i].startswith(("年度总体目标", "一级指标")):
        rows.append(cells(lines[i]))
        i += 1
    total, parts = rows[0], rows[1:]
    for col in ("年初", "全年预算", "全年执行"):
        s = sum(Decimal(r[ci[col]]) for r in parts)
        if s != Decimal(total[ci[col]]):
            fail(f"{src}: funds column {col}: parts {s} != total {total[ci[col]]}")
    for r in rows:
        budget, spent, rate = Decimal(r[ci["全年预算"]]), Decimal(r[ci["全年执行"]]), r[ci["执行率"]]
        if budget == 0:
            if rate != "—":
                fail(f"{src}: rate {rate} on a zero budget")
            continue
        if not consistent(spent / budget * 100, rate.rstrip("%")):
            fail(f"{src}: rate {rate} != {spent}/{budget}")
    exec_weight = Decimal(total[ci["分值"]])
    exec_score = Decimal(total[ci["得分"]])
    exec_rate = Decimal(total[ci["全年执行"]]) / Decimal(total[ci["全年预算"]])
    if not consistent(exec_weight * min(exec_rate, Decimal(1)), total[ci["得分"]]):
        fail(f"{src}: execution score {exec_score} != {exec_weight} x {exec_rate}")
    # indicator block
    ii = next(i for i, l in enumerate(lines) if l.startswith("一级指标｜"))
    head = cells(lines[ii])
    col = {h: j for j, h in enumerate(head)}
    jt, ja = col["年度指标值"], col["实际完成值"]
    jw, js = col["分值"], col["得分"]
    jc = col.get("完成率")
    wsum, ssum = exec_weight, exec_score
    lvl1 = Counter()
    i = ii + 1
    while not lines[i].startswith(("合计｜", "总分｜")):
        r = cells(lines[i])
        w, s = Decimal(r[jw]), Decimal(r[js])
        wsum += w
        ssum += s
        lvl1[r[0]] += w
        if s > w or s < 0:
            fail(f"{src}: row {r[2]} score {s} outside [0, {w}]")
        t, a = parse_measure(r[jt]) or (None,), parse_measure(r[ja])
        if t[0] and a:
            direction, tv, tu = t
            _, av, au = a
            if tu != au:
                fail(f"{src}: row {r[2]} units {tu!r} vs {au!r}")
            if tv == 0:
                comp = Decimal(100) if av <= 0 else Decimal(0)
            elif direction == "lte":
                comp = Decimal(100) if av <= tv else tv / av * 100
            else:
                comp = av / tv * 100
            expect = w * min(comp, Decimal(100)) / 100
            if r2(expect) != s:
                fail(f"{src}: row {r[2]} score {s}, rule gives {r2(expect)}")
            if jc is not None and r[jc] != "—" and not consistent(comp, r[jc].rstrip("%")):
                fail(f"{src}: row {r[2]} completion {r[jc]} != {comp:.4f}")
        elif jc is not None and r[jc] != "—":
            fail(f"{src}: row {r[2]} has a completion rate but no quantitative target")
        i += 1
    tot = cells(lines[i])
    if wsum != Decimal(tot[jw]) or wsum != 100:
        fail(f"{src}: weights sum {wsum}, stated {tot[jw]}")
    if ssum != Decimal(tot[js]):
        fail(f"{src}: scores sum {ssum}, stated {tot[js]}")
    if dict(lvl1) != {"产出指标": 50, "效益指标": 30, "满意度指标": 10}:
        fail(f"{src}: first-level weights {dict(lvl1)}")
    return tot[js]


# ---------------------------------------------------------------- labels and diffs
def one_place(a, b):
    """True when b differs from a in one contiguous region (at most 200 characters)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return a != b and (len(a) - p - s) <= 200 and (len(b) - p - s) <= 200


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ disagree")
    codes = Counter()
    per_source = Counter()
    for lab in labels:
        text = read(lab["case"])
        clean_name = lab["source"] + "-clean.txt"
        if lab["clean"]:
            if lab["expected"] or lab["case"] != clean_name:
                fail(f"{lab['case']}: clean case with expectations")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{lab['case']}: {n} characters")
            continue
        per_source[lab["source"]] += 1
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected one label")
        for e in lab["expected"]:
            codes[e["code"]] += 1
            if e["code"] not in CODES or e["severity"] != "error":
                fail(f"{lab['case']}: bad code/severity {e['code']}/{e['severity']}")
            if e["value"] not in text:
                fail(f"{lab['case']}: value {e['value']!r} not found")
            if e["value"] in read(clean_name):
                fail(f"{lab['case']}: value {e['value']!r} also in the clean draft")
        if not one_place(read(clean_name), text):
            fail(f"{lab['case']}: does not differ from {clean_name} in exactly one place")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times")
    if set(per_source.values()) != {6} or len(per_source) != 5:
        fail(f"error cases per source: {dict(per_source)}")
    for src in FACTS:
        text = read(src + "-clean.txt")
        check_facts(src, text)
        tot = check_tables(src, text)
        if tot is not None and tot != GRADES[src][0]:
            fail(f"{src}: table total {tot} != {GRADES[src][0]}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={codes[c]}" for c in sorted(codes)))
    print("OK")


if __name__ == "__main__":
    main()
