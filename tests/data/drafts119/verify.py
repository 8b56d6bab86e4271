#!/usr/bin/env python3
"""Verify the n119 set.

1. every label value occurs in its case, and overlaps the single region where the error case
   differs from its clean draft;
2. every error case differs from its clean draft in exactly one contiguous place;
3. the arithmetic of every clean draft is redone: funds block (components, 执行率, execution score),
   indicator table (weights 100, scores <= weights, Σ scores = total, each score from target/actual
   under rules §5, same unit for target and actual), grade band, and a list of text facts per draft
   (sums, products per 亩/人/月, rates, balances, averages, comparisons with last year).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def r2(x):
    return Decimal(repr(float(x))).quantize(Decimal("0.01"), ROUND_HALF_UP)


def decimals(s):
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, value):
    """stated: number as written (str); value: computed float."""
    d = decimals(stated)
    return abs(float(stated) - value) <= 0.5 * 10 ** (-d) + 1e-9


NUM = re.compile(r"\d+(?:\.\d+)?")


def fact(name, text, ctx, value, pick=0):
    if ctx not in text:
        fail(f"{name}: context not found: {ctx!r}")
        return
    nums = NUM.findall(ctx)
    stated = nums[pick]
    if not close(stated, value):
        fail(f"{name}: {ctx!r} states {stated}, computed {value:.6f}")


# ---------------------------------------------------------------- table parsing
def split_row(line, sep):
    if sep == "|":
        s = line.strip()
        if not s.startswith("|"):
            return None
        s = s.strip("|")
        return [c.strip() for c in s.split("|")]
    if sep not in line:
        return None
    return [c.strip() for c in line.split(sep)]


def parse_table(text, sep):
    rows = [r for r in (split_row(l, sep) for l in text.splitlines()) if r]
    t = {"funds": {}, "ind": [], "total": None}
    in_ind = False
    level1 = None
    for r in rows:
        first = r[0]
        if first in ("年度资金总额",) or first.startswith("其中：当年财政拨款") or first in ("上年结转资金", "其他资金"):
            key = "total" if first == "年度资金总额" else ("fiscal" if first.startswith("其中") else first)
            t["funds"][key] = r[1:7]
            continue
        if "三级指标" in r:
            in_ind = True
            continue
        if in_ind and first == "总分":
            nums = [c for c in r[1:] if NUM.fullmatch(c)]
            t["total"] = (nums[0], nums[1])
            t["total_row"] = r
            in_ind = False
            continue
        if in_ind:
            if first:
                level1 = first
            t["ind"].append({"level1": level1, "name": r[2], "target": r[3], "actual": r[4],
                             "weight": r[5], "score": r[6], "note": r[7] if len(r) > 7 else ""})
    return t


VAL = re.compile(r"^(≥|≤|=|＞|＜)?(\d+(?:\.\d+)?)(.*)$")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")


def expected_score(row):
    w = float(row["weight"])
    tg, ac = row["target"], row["actual"]
    if tg in ("达标", "优", "良") or ac in ("达标", "优", "良"):
        if tg != ac:
            return None, f"qualitative target {tg} vs actual {ac}"
        return w, None
    dt, da = DATE.match(tg), DATE.match(ac)
    if dt or da:
        if not (dt and da):
            return None, f"date vs non-date: {tg} / {ac}"
        t = tuple(int(x) for x in dt.groups()[:3])
        a = tuple(int(x) for x in da.groups()[:3])
        return (w if a <= t else 0.0), None
    mt, ma = VAL.match(tg), VAL.match(ac)
    if not (mt and ma):
        return None, f"cannot read {tg} / {ac}"
    sign, T, ut = mt.group(1), float(mt.group(2)), mt.group(3)
    A, ua = float(ma.group(2)), ma.group(3)
    if ut != ua:
        return None, f"unit {ut!r} vs {ua!r}"
    if sign in ("≤", "＜"):
        s = w if A <= T else w * T / A
    elif T == 0:
        s = w if A <= 0 else 0.0
    else:
        s = w if A >= T else w * A / T
    return s, None


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE = re.compile(r"(?:评价等级|自评等级)[为：:]?\s*[\"“]?(优秀|良好|优|良|中等|中|差|较差)")


def check_table(name, text, sep):
    t = parse_table(text, sep)
    f = t["funds"]
    for k in ("total", "fiscal", "上年结转资金", "其他资金"):
        if k not in f:
            fail(f"{name}: funds row {k} missing")
            return t
    for i, col in enumerate(("年初", "全年", "执行")):
        parts = sum(float(f[k][i]) for k in ("fiscal", "上年结转资金", "其他资金"))
        if not close(f["total"][i], parts):
            fail(f"{name}: funds {col} total {f['total'][i]} != components {parts:.2f}")
    annual, spent = float(f["total"][1]), float(f["total"][2])
    w_exec, rate_s, score_s = f["total"][3], f["total"][4].rstrip("%"), f["total"][5]
    rate = spent / annual * 100
    if not close(rate_s, rate):
        fail(f"{name}: 执行率 {rate_s}% vs {rate:.4f}%")
    exec_score = float(w_exec) * min(rate, 100) / 100
    if not (close(score_s, exec_score) or close(score_s, float(w_exec) * min(float(rate_s), 100) / 100)):
        fail(f"{name}: execution score {score_s} vs {exec_score:.4f}")
    t["exec_score"] = float(score_s)
    wsum = float(w_exec) + sum(float(r["weight"]) for r in t["ind"])
    ssum = float(score_s) + sum(float(r["score"]) for r in t["ind"])
    if t["total"] is None:
        fail(f"{name}: no 总分 row")
        return t
    if abs(wsum - 100) > 1e-6 or abs(float(t["total"][0]) - 100) > 1e-6:
        fail(f"{name}: weights add up to {wsum}, stated {t['total'][0]}")
    if not close(t["total"][1], ssum):
        fail(f"{name}: scores add up to {ssum:.2f}, stated {t['total'][1]}")
    levels = OrderedDict()
    for r in t["ind"]:
        w, s = float(r["weight"]), float(r["score"])
        if s > w + 1e-9 or s < 0:
            fail(f"{name}: {r['name']} score {s} outside [0, {w}]")
        if decimals(r["score"]) != 2 or decimals(r["weight"]) != 2:
            fail(f"{name}: {r['name']} weight/score not written with two decimals")
        exp, why = expected_score(r)
        if exp is None:
            fail(f"{name}: {r['name']}: {why}")
        elif not close(r["score"], exp):
            fail(f"{name}: {r['name']} score {r['score']} vs rule {exp:.4f}")
        if exp is not None and exp < w and not r["note"]:
            fail(f"{name}: {r['name']} lost points without a 偏差原因")
        lv = levels.setdefault(r["level1"], [0.0, 0.0])
        lv[0] += w
        lv[1] += s
    t["levels"] = levels
    total = float(t["total"][1])
    want = band(total)
    grades = GRADE.findall(text)
    last = t["total_row"][-1]
    if last in ("优", "良", "中", "差"):
        grades.append(last)
    if not grades:
        fail(f"{name}: no grade stated")
    for g in grades:
        if g[0] != want:
            fail(f"{name}: grade {g} but total {total} is {want}")
    return t


# ---------------------------------------------------------------- per-draft facts
def facts_A(n, x, t):
    L = t["levels"]
    fact(n, x, "当年财政拨款215.00万元", 60.00 + 45.00 + 110.00)
    fact(n, x, "全年预算数为227.40万元", 215.00 + 12.40)
    fact(n, x, "年中因冬春防火形势严峻追加35.00万元", 215.00 - 180.00)
    fact(n, x, "实际到位227.40万元，到位率100%", 227.40 / 227.40 * 100, pick=1)
    fact(n, x, "全年执行数215.50万元，预算执行率94.77%", 215.50 / 227.40 * 100, pick=1)
    fact(n, x, "执行203.10万元，执行率94.47%", 203.10 / 215.00 * 100, pick=1)
    fact(n, x, "执行203.10万元", 215.50 - 12.40)
    fact(n, x, "全年执行215.50万元", 86.40 + 52.36 + 41.20 + 25.70 + 9.84)
    fact(n, x, "专业扑火队劳务补助86.40万元", 36 * 2000 * 12 / 10000)
    fact(n, x, "共864000元", 36 * 2000 * 12)
    fact(n, x, "年末结余11.90万元", 227.40 - 215.50)
    fact(n, x, "折合200500公顷", 300.75 * 10000 / 15)
    fact(n, x, "为年度目标的105.83%", 63.5 / 60 * 100)
    fact(n, x, "平均每次116人", (120 + 96 + 138 + 110) / 4)
    fact(n, x, "开展森林防火宣传培训18场次，完成率90.00%", 18 / 20 * 100, pick=1)
    fact(n, x, "受害面积4.8公顷，受害率0.02‰", 4.8 / 200500 * 1000, pick=1)
    fact(n, x, "单位成本约6488元/公里", 41.20 * 10000 / 63.5)
    fact(n, x, "较上年减少3起，同比下降60.00%", 3 / (2 + 3) * 100, pick=1)
    fact(n, x, "较上年的11.2公顷减少6.4公顷", 11.2 - 4.8, pick=1)
    fact(n, x, "同比下降57.14%", 6.4 / 11.2 * 100)
    fact(n, x, "回收率96.00%", 288 / 300 * 100)
    fact(n, x, "满意度93.06%", 268 / 288 * 100)
    fact(n, x, "预算执行率得分9.48分", t["exec_score"])
    fact(n, x, "产出指标得分49.38分", L["产出指标"][1])
    fact(n, x, "效益指标得分30.00分", L["效益指标"][1])
    fact(n, x, "满意度指标得分9.80分", L["满意度指标"][1])
    fact(n, x, "自评总分98.66分", float(t["total"][1]))


def facts_B(n, x, t):
    fact(n, x, "2019年年初预算150.00万元", 40.00 + 20.00 + 90.00, pick=1)
    fact(n, x, "调整后全年预算168.50万元", 150.00 + 18.50)
    fact(n, x, "县级108.50万元", 90.00 + 18.50)
    fact(n, x, "（省级40.00万元、市级20.00万元、县级108.50万元）", 168.50 - 40.00 - 20.00, pick=2)
    fact(n, x, "项目实际支出142.16万元", 27.00 + 54.00 + 4.46 + 26.80 + 24.90 + 5.00)
    fact(n, x, "预算执行率84.37%", 142.16 / 168.50 * 100)
    fact(n, x, "每队补助3万元，计27.00万元", 9 * 3, pick=1)
    fact(n, x, "按每人每月1500元标准发放补助，计54.00万元", 30 * 1500 * 12 / 10000, pick=1)
    fact(n, x, "（单价3800元）计15.20万元", 40 * 3800 / 10000, pick=1)
    fact(n, x, "合计24.90万元", 15.20 + 9.70)
    fact(n, x, "年末结转资金26.34万元", 168.50 - 142.16)
    fact(n, x, "较上年的3起减少2起，同比下降66.67%", 3 - 1, pick=1)
    fact(n, x, "较上年的3起减少2起，同比下降66.67%", 2 / 3 * 100, pick=2)
    fact(n, x, "受害面积1.2公顷，受害率0.01‰", 1.2 / 138400 * 1000, pick=1)
    fact(n, x, "单位成本1.00万元/公里", 26.80 / 26.8)
    fact(n, x, "自评得分90.67分", float(t["total"][1]))


def facts_C(n, x, t):
    fact(n, x, "补偿范围的面积为66.42万亩", 41.36 + 25.06)
    fact(n, x, "资金1428.03万元（66.42万亩×21.5元/亩）", 66.42 * 21.5)
    fact(n, x, "由中央财政补助661.76万元", 41.36 * 16)
    fact(n, x, "合计1428.03万元", 661.76 + 766.27)
    fact(n, x, "全年预算数为1440.39万元", 1428.03 + 12.36)
    fact(n, x, "损失性补偿资金1328.40万元", 66.42 * 20)
    fact(n, x, "公共管护资金99.63万元", 66.42 * 1.5)
    fact(n, x, "损失性补偿资金1328.40万元", 1428.03 - 99.63)
    fact(n, x, "全年共支出1429.87万元", 1325.62 + 104.25)
    fact(n, x, "预算执行率99.27%", 1429.87 / 1440.39 * 100)
    fact(n, x, "184人全年计88.32万元", 184 * 400 * 12 / 10000, pick=1)
    fact(n, x, "资源监测等支出15.93万元", 104.25 - 88.32)
    fact(n, x, "全年未兑付的2.78万元", 1328.40 - 1325.62)
    fact(n, x, "（共1390亩）", 2.78 * 10000 / 20)
    fact(n, x, "公共管护资金结余7.74万元", 99.63 + 12.36 - 104.25)
    fact(n, x, "年末结余资金合计10.52万元", 1440.39 - 1429.87)
    fact(n, x, "年末结余资金合计10.52万元", 2.78 + 7.74)
    fact(n, x, "全县实际兑付面积66.281万亩", 66.42 - 0.139)
    fact(n, x, "兑付完成率99.79%", 66.281 / 66.42 * 100)
    fact(n, x, "受益农户30260户，户均获得补偿收入438元", 1325.62 * 10000 / 30260, pick=1)
    fact(n, x, "平均得分94分", (96 + 93 + 95 + 91 + 94 + 92 + 97) / 7)
    fact(n, x, "较上年的9件减少2件，同比下降22.22%", 9 - 7, pick=1)
    fact(n, x, "较上年的9件减少2件，同比下降22.22%", 2 / 9 * 100, pick=2)
    fact(n, x, "其中满意497份，满意度92.55%", 497 / 537 * 100, pick=1)
    fact(n, x, "项目自评得分98.20分", float(t["total"][1]))
    # 兑付明细表: area × 20 元/亩 = amount, column totals
    rows = [l.split("\t") for l in x.splitlines() if l.count("\t") == 3 and "\t20\t" in l]
    if len(rows) != 8:
        fail(f"{n}: expected 8 township rows, found {len(rows)}")
    for r in rows:
        fact(n, x, "\t".join(r), float(r[1]) * 20, pick=2)
    fact(n, x, "合计\t66.42\t—\t1328.40", sum(float(r[1]) for r in rows), pick=0)
    fact(n, x, "合计\t66.42\t—\t1328.40", sum(float(r[3]) for r in rows), pick=1)


def facts_D(n, x, t):
    L = t["levels"]
    fact(n, x, "纳入天然林管护的面积146.45万亩", 142.60 + 3.85)
    fact(n, x, "停伐管护补助2281.60万元（142.60万亩×16元/亩）", 142.60 * 16)
    fact(n, x, "兑付到户资金2139.00万元", 142.60 * 15)
    fact(n, x, "公共管护资金142.60万元", 142.60 * 1)
    fact(n, x, "国有天然林管护补助38.50万元（3.85万亩×10元/亩）", 3.85 * 10)
    fact(n, x, "天然林森林抚育补助120.00万元（1.2万亩×100元/亩）", 1.2 * 100)
    fact(n, x, "2023年项目全年预算2488.30万元", 2281.60 + 38.50 + 120.00 + 48.20, pick=1)
    fact(n, x, "共2320.10万元", 2281.60 + 38.50)
    fact(n, x, "项目全年执行2329.75万元", 2131.35 + 123.90 + 38.50 + 36.00)
    fact(n, x, "预算执行率93.63%", 2329.75 / 2488.30 * 100)
    fact(n, x, "补助兑付率99.64%", 2131.35 / 2139.00 * 100)
    fact(n, x, "286人全年计102.96万元", 286 * 300 * 12 / 10000, pick=1)
    fact(n, x, "培训等支出20.94万元", 123.90 - 102.96)
    fact(n, x, "年末结余158.55万元", 2488.30 - 2329.75)
    fact(n, x, "人均管护面积约5121亩", 1464500 / 286)
    fact(n, x, "余0.51万亩", 142.60 - 142.09)
    fact(n, x, "只完成0.36万亩，完成率30.00%", 0.36 / 1.2 * 100, pick=1)
    fact(n, x, "已支出36.00万元", 0.36 * 100)
    fact(n, x, "全县51730户林农获得停伐管护补助，户均412元", 2131.35 * 10000 / 51730, pick=1)
    fact(n, x, "较上年增加34万立方米，同比增长1.76%", 34 / (1962 - 34) * 100, pick=1)
    fact(n, x, "预算执行率得分9.36分", t["exec_score"])
    fact(n, x, "产出指标得分41.07分", L["产出指标"][1])
    fact(n, x, "效益指标得分29.49分", L["效益指标"][1])
    fact(n, x, "满意度指标得分9.56分", L["满意度指标"][1])
    fact(n, x, "项目综合得分89.48分", float(t["total"][1]))


def facts_E(n, x, t):
    fact(n, x, "生态公益林面积57.86万亩", 22.14 + 35.72)
    fact(n, x, "生态公益林面积57.86万亩", 40.18 + 13.32 + 4.36)
    fact(n, x, "较上年（57.44万亩）增加0.42万亩", 57.86 - 57.44, pick=1)
    fact(n, x, "补偿资金总额1446.50万元（57.86万亩×25元/亩）", 57.86 * 25)
    fact(n, x, "354.24万元（国家级公益林22.14万亩×16元/亩）", 22.14 * 16)
    fact(n, x, "省级财政补助1092.26万元", 1446.50 - 354.24)
    fact(n, x, "损失性补偿资金1359.71万元", 57.86 * 23.5)
    fact(n, x, "管护费86.79万元", 57.86 * 1.5)
    fact(n, x, "全年执行1438.12万元", 354.24 + 1083.88)
    fact(n, x, "全年执行1438.12万元", 1351.33 + 86.79)
    fact(n, x, "预算执行率99.42%", 1438.12 / 1446.50 * 100)
    fact(n, x, "已支出1083.88万元，执行率99.23%", 1083.88 / 1092.26 * 100, pick=1)
    fact(n, x, "全年补助74.40万元", 62 * 1000 * 12 / 10000)
    fact(n, x, "设立公益林标志牌等12.39万元", 86.79 - 74.40)
    fact(n, x, "涉及补偿资金83801元", 3566 * 23.5)
    fact(n, x, "项目结余8.38万元", 1446.50 - 1438.12)
    fact(n, x, "项目结余8.38万元", 1359.71 - 1351.33)
    fact(n, x, "项目结余8.38万元", 83801 / 10000)
    fact(n, x, "全年兑付补偿面积57.50万亩", (578600 - 3566) / 10000)
    fact(n, x, "完成率99.38%", 57.50 / 57.86 * 100)
    fact(n, x, "为计划的90.00%", 135 / 150 * 100)
    fact(n, x, "全县49500户林农获得补偿，户均补偿收入273元", 1351.33 * 10000 / 49500, pick=1)
    fact(n, x, "较上年（92.60%）提高1.2个百分点", 93.80 - 92.60, pick=1)
    fact(n, x, "自评得分99.03分", float(t["total"][1]))


DRAFTS = {
    "anyuan-fanghuo-2018": ("\t", facts_A),
    "mingxi-fanghuo-2019": ("|", facts_B),
    "zixi-gongyilin-2021": ("\t", facts_C),
    "yongshun-tianbao-2023": ("｜", facts_D),
    "zhenghe-gongyilin-2025": ("\t", facts_E),
}

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(b) - j  # region in b


def main():
    # clean drafts
    texts = {}
    for src, (sep, facts) in DRAFTS.items():
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            x = fh.read()
        texts[src] = x
        if not 3000 <= len(x) <= 9000:
            fail(f"{src}: clean draft has {len(x)} characters")
        t = check_table(src, x, sep)
        if "levels" in t:
            facts(src, x, t)
    # labels and error cases
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    codes = Counter()
    seen = set()
    for rec in labels:
        name = rec["case"]
        seen.add(name)
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            x = fh.read()
        src = rec["source"]
        if rec["clean"]:
            if rec["expected"] or x != texts[src]:
                fail(f"{name}: clean case with expectations or different text")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{name}: expected one label")
        clean = texts[src]
        if x == clean:
            fail(f"{name}: identical to its clean draft")
            continue
        s, e = diff_region(clean, x)
        changed_clean = clean[s:len(clean) - (len(x) - e)]
        if "\n\n" in x[s:e] or len(x[s:e]) > 200 or len(changed_clean) > 200:
            fail(f"{name}: changed region too large ({x[s:e]!r})")
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            if exp["severity"] != "error" or exp["code"] not in CODES:
                fail(f"{name}: bad code/severity {exp['code']}/{exp['severity']}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), x)]
            if not occ:
                fail(f"{name}: value not in case: {v!r}")
            elif not any(o < e and s < o + len(v) for o in occ):
                fail(f"{name}: value {v!r} does not cover the changed figure")
            if v in clean:
                fail(f"{name}: value also occurs in the clean draft: {v!r}")
    for src in DRAFTS:
        for suf in ["clean"] + [f"e{i}" for i in range(1, 7)]:
            if f"{src}-{suf}.txt" not in seen:
                fail(f"missing case {src}-{suf}.txt")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    if len(labels) != 35:
        fail(f"{len(labels)} labels, expected 35")
    if ERRORS:
        for m in ERRORS:
            print("FAIL", m)
        sys.exit(1)
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
