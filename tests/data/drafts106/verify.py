#!/usr/bin/env python3
"""Check this labelled set.

1. labels: every value occurs exactly once in its case and never in the clean draft; codes are from
   errors.md section A; every case file is labelled.
2. edits: each error case differs from its clean draft by one contiguous edit of at most 16 characters
   inside one line (score-row edits flagged rows=2 in build.py: two adjacent lines, each <= 16).
3. arithmetic of every clean draft, redone here:
   - every pipe table: column sums against 合计/全年 rows (top or bottom, and 一、/1. hierarchies),
     同比增减 and 同比(%), 合格率/判废率, 完成率 = 完成/计划, running 累计 and 累计进度,
     补助金额 = 台次 x 标准, funds rows 执行率/到位率 = 执行/全年预算 (a zero base must print —),
     年度资金总额 = 其中 rows, execution score = 10 x rate;
   - the 自评表: weights add to 100 and to the total row, scores add to the total, 0 <= score <= weight,
     first column repeats a level name on every row, each quantitative row's score and 完成率 follow
     rules.md §5 (gte / lte / eq-zero), level subtotals quoted in the text, total and grade band
     (rules.md §6) quoted in the text and the table;
   - narrative figures: the explicit CHECKS below (rates, balances, sums, averages, per-unit costs),
     each against a phrase that must occur in the clean draft;
   - years: 截至YYYY年12月31日 names the evaluation year, 结转至YYYY年 a later year.
Tolerance: rules.md §8 (half a unit of the stated last decimal). Pure Python 3.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

CASES = os.path.join(HERE, "cases")
CODES_A = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"}
YEAR = {"luqiao-tezhongshebei-2021": 2021, "gaoyao-jiliangqiangjian-2023": 2023,
        "jinjiang-diantianquan-2019": 2019, "longyou-qiping-2018": 2018, "puning-jiliangsuo-2024": 2024}
LEVELS = {"预算执行", "产出指标", "效益指标", "满意度指标"}

# Narrative checks: (kind, inputs..., phrase). The phrase must occur in the clean draft; its last number is
# the stated value. Inputs must also occur in the draft (plain or with thousands separators).
# kinds: pct a b (a/b*100) | sum [..] | diff a b | avg [..] | per amount_wan count (元 per unit) |
#        mul count price (万元) | prod a b (a*b)
CHECKS = {
    "luqiao-tezhongshebei-2021": [
        ("sum", ["9318", "331", "5874", "3065", "3847", "25"], "在用特种设备22460台"),
        ("sum", ["420.00", "28.60", "20.00"], "调整后全年预算468.60万元"),
        ("sum", ["440.00", "28.60"], "调整后全年预算468.60万元"),
        ("sum", ["420.00", "20.00"], "区级财政安排440.00万元"),
        ("sum", ["283.15", "18.00", "24.00", "56.80", "48.74", "12.50", "8.64"], "全年执行451.83万元"),
        ("sum", ["423.23", "28.60"], "全年执行451.83万元"),
        ("pct", "451.83", "468.60", "预算执行率96.42%"),
        ("pct", "423.23", "440.00", "区级资金执行423.23万元，执行率96.19%"),
        ("diff", "468.60", "451.83", "年末结余16.77万元"),
        ("mul", "8642", "200", "| 172.84 |"), ("mul", "312", "500", "| 15.60 |"),
        ("mul", "2156", "150", "| 32.34 |"), ("mul", "1284", "300", "| 38.52 |"),
        ("mul", "1470", "150", "| 22.05 |"), ("mul", "18", "1000", "| 1.80 |"),
        ("per", "283.15", "13882", "平均补助203.97元/台次"),
        ("pct", "13882", "13200", "完成年度目标的105.17%"),
        ("diff", "13882", "12852", "同比增加1030台次"),
        ("pct", "120", "150", "完成目标的80.00%"),
        ("diff", "150", "120", "未完成的30台"),
        ("pct", "642", "600", "完成目标的107.00%"),
        ("pct", "431", "438", "隐患整改率98.40%"),
        ("diff", "438", "431", "其余7处"),
        ("diff", "98.40", "96.85", "提高1.55个百分点"),
        ("pct", "13793", "13882", "报告出具及时率99.36%"),
        ("pct", "13882", "13949", "按期检验率99.52%"),
        ("diff", "13949", "13882", "67台次因停用"),
        ("diff", "19.4", "16.8", "缩短2.6分钟"),
        ("pct", "456", "476", "使用单位满意度95.80%"),
        ("sum", ["9.64", "49", "30", "10"], "自评得分98.64分"),
    ],
    "gaoyao-jiliangqiangjian-2023": [
        ("sum", ["36.00", "90.00"], "2023年年初预算126.00万元"),
        ("sum", ["126.00", "20.00", "6.80"], "调整后全年预算152.80万元"),
        ("pct", "146.37", "152.80", "预算执行率95.79%"),
        ("diff", "152.80", "146.37", "年末结余6.43万元"),
        ("sum", ["67.98", "28.50", "4.80", "6.40", "36.09", "2.60"], "全年实际支出146.37万元"),
        ("mul", "40", "1200", "公平秤配置4.80万元"),
        ("mul", "80", "800", "净含量抽检6.40万元"),
        ("pct", "26266", "25000", "完成年度目标的105.06%"),
        ("diff", "26266", "26007", "同比增加259台件"),
        ("pct", "259", "26007", "增长1.00%"),
        ("diff", "26266", "26038", "不合格的228台件"),
        ("per", "67.98", "26266", "平均25.88元/台件"),
        ("pct", "26029", "26266", "检定及时率99.10%"),
        ("avg", ["97.6", "98.8", "99.4", "100"], "平均98.95%"),
        ("pct", "26266", "28062", "受检率93.60%"),
        ("diff", "28062", "26266", "主要是1796台件"),
        ("pct", "84", "86", "整改率97.67%"),
        ("diff", "86", "84", "剩余2个"),
        ("pct", "280", "288", "服务对象满意度97.22%"),
        ("sum", ["9.58", "50", "29.85", "10"], "自评得分99.43分"),
    ],
    "jinjiang-diantianquan-2019": [
        ("sum", ["12486", "5117", "3747"], "在用电梯21350台"),
        ("sum", ["700.00", "60.00"], "项目预算760.00万元"),
        ("pct", "728.96", "760.00", "预算执行率95.92%"),
        ("diff", "760.00", "728.96", "年末结余31.04万元"),
        ("mul", "300", "1800", "抽查预算54.00万元"),
        ("diff", "54.00", "33.48", "结余20.52万元"),
        ("diff", "31.04", "20.52", "其余10.52万元"),
        ("mul", "186", "1800", "| 33.48 |"), ("mul", "42", "1800", "| 7.56 |"), ("mul", "360", "850", "| 30.60 |"),
        ("mul", "15386", "300", "| 461.58 |"), ("mul", "3214", "300", "| 96.42 |"),
        ("mul", "612", "400", "| 24.48 |"), ("mul", "48", "400", "| 1.92 |"),
        ("mul", "466", "300", "| 13.98 |"), ("mul", "38", "300", "| 1.14 |"),
        ("pct", "19764", "19000", "完成年度目标的104.02%"),
        ("pct", "1649", "18115", "同比增长9.10%"),
        ("per", "599.52", "19764", "平均补助303.34元/台次"),
        ("pct", "19764", "19902", "按期检验率99.31%"),
        ("pct", "186", "300", "完成目标的62.00%"),
        ("pct", "637", "652", "整改率97.70%"),
        ("diff", "17.2", "14.6", "缩短2.6分钟"),
        ("pct", "360", "486", "老旧住宅电梯的74.07%"),
        ("pct", "676", "768", "满意度88.02%"),
        ("sum", ["9.59", "48.10", "28.23", "9.27"], "自评得分95.19分"),
    ],
    "longyou-qiping-2018": [
        ("sum", ["9", "6"], "15家充装单位"),
        ("sum", ["186.00", "24.00"], "调整后全年预算210.00万元"),
        ("pct", "172.56", "210.00", "预算执行率82.17%"),
        ("sum", ["97.86", "6.69", "35.58", "16.63", "12.60", "3.20"], "全年执行172.56万元"),
        ("sum", ["153.36", "19.20"], "全年执行172.56万元"),
        ("pct", "153.36", "186.00", "县级资金支出153.36万元，执行率82.45%"),
        ("pct", "19.20", "24.00", "省级补助支出19.20万元，执行率80.00%"),
        ("mul", "29650", "12", "电子标签采购安装35.58万元"),
        ("diff", "210.00", "172.56", "年末结余资金37.44万元"),
        ("sum", ["16.63", "37.44"], "35.58万元和54.07万元"),
        ("pct", "45805", "45000", "完成年度目标的101.79%"),
        ("pct", "3143", "50868", "同比增长6.18%"),
        ("sum", ["42680", "3125"], "其中液化石油气钢瓶45805只"),
        ("mul", "42680", "20", "YSP-15型85.36万元"),
        ("mul", "3125", "40", "YSP-50型12.50万元"),
        ("sum", ["85.36", "12.50"], "钢瓶定期检验补助97.86万元"),
        ("per", "97.86", "45805", "平均每只21.36元"),
        ("sum", ["2134", "96"], "钢瓶判废2230只"),
        ("mul", "2230", "30", "回收处置补助6.69万元"),
        ("pct", "2230", "2500", "完成目标的89.20%"),
        ("pct", "52", "60", "完成目标的86.67%"),
        ("pct", "121", "126", "隐患整改率96.03%"),
        ("pct", "73", "78", "整改率93.59%"),
        ("sum", ["78", "48"], "共发现隐患126处"),
        ("sum", ["73", "48"], "已整改121处"),
        ("diff", "126", "121", "未整改的5处"),
        ("pct", "45805", "51179", "按期检验率89.50%"),
        ("pct", "29650", "46915", "注销钢瓶）的63.20%"),
        ("pct", "11", "15", "接入率73.33%"),
        ("pct", "323", "380", "满意度85.00%"),
        ("sum", ["8.22", "47.67", "23.98", "8.95"], "自评总分88.82分"),
    ],
    "puning-jiliangsuo-2024": [
        ("sum", ["16", "3"], "在职19人"),
        ("sum", ["268.40", "118.00"], "2024年年初预算386.40万元"),
        ("sum", ["386.40", "25.00", "12.30"], "调整后全年预算423.70万元"),
        ("pct", "416.74", "423.70", "预算执行率98.36%"),
        ("sum", ["249.10", "30.86"], "基本支出279.96万元"),
        ("sum", ["279.96", "136.78"], "全年支出416.74万元"),
        ("diff", "423.70", "416.74", "全年结余6.96万元"),
        ("diff", "25.00", "21.40", "结余3.60万元"),
        ("pct", "37816", "36000", "完成年度目标的105.04%"),
        ("pct", "205", "37611", "同比增长0.55%"),
        ("per", "70.56", "37816", "平均18.66元/台件"),
        ("pct", "126", "120", "完成目标的105.00%"),
        ("pct", "37597", "37816", "按时出具率99.42%"),
        ("pct", "11", "37816", "差错率0.03%"),
        ("pct", "37816", "39342", "受检率96.12%"),
        ("pct", "563", "582", "服务对象满意度96.74%"),
        ("avg", ["96.2", "97.5", "98.0", "97.1"], "平均97.20分"),
        ("diff", "5", "3.75", "扣1.25分"),
        ("sum", ["9.84", "48.75", "30", "10"], "自评得分98.59分"),
    ],
}

NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
errors = []


def fail(msg):
    errors.append(msg)


def dec(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: stated string vs computed Decimal."""
    v = dec(stated)
    return abs(computed - v) <= D("0.5") * D(10) ** -decimals(stated) + D("1e-9")


def rnd(x, n=2):
    return x.quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def cell_num(cell):
    m = NUM.search(cell.replace("≥", "").replace("≤", ""))
    return m.group(0) if m else None


def is_num_cell(cell):
    c = cell.strip()
    return bool(re.fullmatch(r"-?\d[\d,]*(?:\.\d+)?%?", c))


# ------------------------------------------------------------------ 1 + 2: labels and edits
def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = {r["case"] for r in labels}
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if names != on_disk:
        fail(f"labels vs files differ: {sorted(names ^ on_disk)}")
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one finding")
        for e in rec["expected"]:
            if e["code"] not in CODES_A or e["severity"] != "error":
                fail(f"{rec['case']}: bad code/severity {e['code']}/{e['severity']}")
            if text.count(e["value"]) != 1:
                fail(f"{rec['case']}: value occurs {text.count(e['value'])} times in the case")
            if e["value"] in clean:
                fail(f"{rec['case']}: value occurs in the clean draft")
    return labels


def line_diff(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_edits(labels):
    for pid in build.PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read().split("\n")
        for i, e in enumerate(build.EDITS[pid], 1):
            name = f"{pid}-e{i}.txt"
            case = open(os.path.join(CASES, name), encoding="utf-8").read().split("\n")
            if len(case) != len(clean):
                fail(f"{name}: line count changed")
                continue
            changed = [k for k in range(len(clean)) if clean[k] != case[k]]
            allowed = e.get("rows", 1)
            if not changed or len(changed) > allowed or (len(changed) == 2 and changed[1] != changed[0] + 1):
                fail(f"{name}: changed lines {changed} (allowed {allowed} adjacent)")
            for k in changed:
                old, new = line_diff(clean[k], case[k])
                if max(len(old), len(new)) > 16:
                    fail(f"{name}: edit on line {k + 1} too large: {old!r} -> {new!r}")


# ------------------------------------------------------------------ 3: arithmetic
def tables(text):
    lines = text.split("\n")
    out, k = [], 0
    while k < len(lines):
        if lines[k].startswith("|") and k + 1 < len(lines) and lines[k + 1].startswith("| ---"):
            header = [c.strip() for c in lines[k].strip().strip("|").split("|")]
            rows, k = [], k + 2
            while k < len(lines) and lines[k].startswith("|"):
                rows.append([c.strip() for c in lines[k].strip().strip("|").split("|")])
                k += 1
            out.append((header, rows))
        else:
            k += 1
    return out


def col(header, *keys, exclude=()):
    for i, h in enumerate(header):
        if any(key in h for key in keys) and not any(x in h for x in exclude):
            return i
    return None


def check_rate_cell(pid, what, cell, num, den):
    if den == 0:
        if cell not in ("—", "-", "0"):
            fail(f"{pid}: {what}: rate {cell} on a zero base")
        return
    if not cell.endswith("%") and not is_num_cell(cell):
        fail(f"{pid}: {what}: rate cell {cell!r} not numeric")
        return
    if not close(cell_num(cell), num / den * 100):
        fail(f"{pid}: {what}: rate {cell} != {num}/{den}")


def check_count_table(pid, header, rows):
    """Equipment/quarter tables: sums, 同比, 合格率, 完成率, 累计, 补助金额."""
    total_idx = [i for i, r in enumerate(rows) if r[0] in ("合计", "全年")]
    body = [r for r in rows if r[0] not in ("合计", "全年")]
    year_cols = [i for i, h in enumerate(header) if re.search(r"20\d\d年", h)]
    cur = year_cols[0] if year_cols else None
    prev = year_cols[1] if len(year_cols) > 1 else None
    ok = col(header, "合格（", "判废（")
    okrate = col(header, "合格率", "判废率")
    yoy_n = col(header, "同比增减")
    yoy_p = col(header, "同比（%）", "同比(%)")
    plan = col(header, "计划")
    done = col(header, "完成（", "实际检定", "完成(")
    crate = col(header, "完成率")
    cum = col(header, "累计完成", "累计检定")
    cumr = col(header, "累计进度", "占全年目标", "累计占年度目标")
    price = col(header, "补助标准")
    amount = col(header, "补助金额", "金额（万元）")
    rate_cols = {c for c in (okrate, yoy_p, crate, cumr) if c is not None}
    # column sums
    for t in total_idx:
        trow = rows[t]
        for c in range(1, len(header)):
            if c in rate_cols or c == price or not is_num_cell(trow[c]):
                continue
            vals = [dec(r[c]) for r in body if is_num_cell(r[c])]
            if len(vals) != len(body):
                continue
            if sum(vals) != dec(trow[c]):
                fail(f"{pid}: table '{header[c]}' sum {sum(vals)} != {trow[c]}")
    plan_total = None
    if plan is not None and total_idx:
        plan_total = dec(rows[total_idx[0]][plan])
    running = D(0)
    for r in rows:
        tag = f"row {r[0]}"
        if cur is not None and prev is not None:
            a, b = dec(r[cur]), dec(r[prev])
            if yoy_n is not None and dec(r[yoy_n]) != a - b:
                fail(f"{pid}: {tag}: 同比增减 {r[yoy_n]} != {a - b}")
            if yoy_p is not None and not close(r[yoy_p], (a - b) / b * 100):
                fail(f"{pid}: {tag}: 同比 {r[yoy_p]} != {(a - b) / b * 100:.4f}")
            if ok is not None and okrate is not None and not close(r[okrate].rstrip("%"), dec(r[ok]) / a * 100):
                fail(f"{pid}: {tag}: 合格率/判废率 {r[okrate]}")
            if price is not None and amount is not None and r[0] not in ("合计", "全年"):
                if dec(r[cur]) * dec(r[price]) / 10000 != dec(r[amount]):
                    fail(f"{pid}: {tag}: 补助金额 {r[amount]} != {r[cur]} x {r[price]}")
        if plan is not None and done is not None:
            p, d = dec(r[plan]), dec(r[done])
            if crate is not None and not close(r[crate].rstrip("%"), d / p * 100):
                fail(f"{pid}: {tag}: 完成率 {r[crate]} != {d / p * 100:.4f}")
            if r[0] not in ("合计", "全年"):
                running += d
                if cum is not None and dec(r[cum]) != running:
                    fail(f"{pid}: {tag}: 累计 {r[cum]} != {running}")
                if cumr is not None and not close(r[cumr].rstrip("%"), running / plan_total * 100):
                    fail(f"{pid}: {tag}: 累计进度 {r[cumr]}")


def check_funds_table(pid, header, rows):
    """Funds tables: component sums (其中 rows, 合计 first/last, 一、/1. hierarchy) and rates."""
    amt_cols = [i for i, h in enumerate(header) if i > 0 and any(k in h for k in ("预算", "到位", "支出", "执行数"))
                and "率" not in h]
    budget = col(header, "全年预算")
    spent = col(header, "执行数", "实际支出")
    recv = col(header, "实际到位")
    erate = col(header, "执行率")
    rrate = col(header, "到位率")
    score = col(header, "得分")
    weight = col(header, "分值")

    def sumcheck(parent, kids, what):
        for c in amt_cols:
            s = sum(dec(k[c]) for k in kids)
            if s != dec(parent[c]):
                fail(f"{pid}: funds {what} '{header[c]}' {s} != {parent[c]}")

    first = rows[0][0]
    if first == "年度资金总额":
        sumcheck(rows[0], rows[1:], "年度资金总额")
    elif first == "合计":
        tops = [r for r in rows[1:] if re.match(r"[一二三四五六七八九十]、", r[0])]
        if tops:
            sumcheck(rows[0], tops, "合计")
            cur_top, kids = None, []
            for r in rows[1:] + [None]:
                if r is None or re.match(r"[一二三四五六七八九十]、", r[0]):
                    if cur_top is not None:
                        sumcheck(cur_top, kids, cur_top[0])
                    cur_top, kids = r, []
                else:
                    kids.append(r)
        else:
            sumcheck(rows[0], rows[1:], "合计")
    for r in rows:
        b = dec(r[budget])
        if erate is not None:
            check_rate_cell(pid, f"funds {r[0]} 执行率", r[erate], dec(r[spent]), b)
        if rrate is not None:
            check_rate_cell(pid, f"funds {r[0]} 到位率", r[rrate], dec(r[recv]), b)
        if score is not None and weight is not None and is_num_cell(r[weight]):
            w = dec(r[weight])
            raw = w * min(dec(r[spent]) / b, D(1))
            from_rate = w * min(dec(r[erate].rstrip("%")) / 100, D(1))
            if not (close(r[score], raw) or close(r[score], rnd(from_rate))):
                fail(f"{pid}: funds execution score {r[score]} != {raw:.4f}")


def parse_target(s):
    """-> (direction, number, unit) or None for dates/qualitative."""
    s = s.strip()
    if "年" in s and "月" in s:
        return None
    m = re.fullmatch(r"(≥|≤)?(-?\d[\d,]*(?:\.\d+)?)(.*)", s)
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "≤": "lte"}.get(sign, "eq")
    return direction, dec(num), unit.strip()


def check_score_table(pid, text, header, rows):
    wc = col(header, "分值", "权重")
    sc = col(header, "得分")
    tc = col(header, "年度指标值", "目标值", "指标值")
    ac = col(header, "实际完成值", "业绩值", "完成值")
    cc = col(header, "完成率")
    body = [r for r in rows if r[0] not in ("总分", "合计")]
    total = [r for r in rows if r[0] in ("总分", "合计")]
    if len(total) != 1:
        fail(f"{pid}: 自评表 needs one total row")
        return None
    total = total[0]
    wsum = sum(dec(r[wc]) for r in body)
    ssum = sum(dec(r[sc]) for r in body)
    if wsum != 100 or dec(total[wc]) != 100:
        fail(f"{pid}: weights add to {wsum}, total row {total[wc]}")
    if ssum != dec(total[sc]):
        fail(f"{pid}: scores add to {ssum}, total row {total[sc]}")
    by_level = {}
    for r in body:
        if r[0] not in LEVELS:
            fail(f"{pid}: first column {r[0]!r} is not a repeated level name")
        w, s = dec(r[wc]), dec(r[sc])
        by_level[r[0]] = by_level.get(r[0], D(0)) + s
        if not (0 <= s <= w):
            fail(f"{pid}: row {r[2]} score {s} outside [0, {w}]")
        t, a = parse_target(r[tc]), parse_target(r[ac])
        if t is None or a is None:
            continue
        direction, T, unit = t
        _, A, aunit = a
        if unit != aunit:
            fail(f"{pid}: row {r[2]} unit {unit!r} vs {aunit!r}")
            continue
        if direction == "lte":
            comp = D(100) if A <= T else T / A * 100
        elif T == 0:
            comp = D(100) if A <= 0 else D(0)
        else:
            comp = A / T * 100
        expect = w * min(comp / 100, D(1))
        if not close(r[sc], expect):
            fail(f"{pid}: row {r[2]} score {r[sc]} != {expect:.4f} (rules §5)")
        if cc is not None and is_num_cell(r[cc]) and not close(r[cc].rstrip("%"), comp):
            fail(f"{pid}: row {r[2]} 完成率 {r[cc]} != {comp:.4f}")
    # level subtotals quoted in the text
    for lvl, val in re.findall(r"(预算执行|产出指标|效益指标|满意度指标)得([\d.]+)分", text):
        if dec(val) != by_level.get(lvl):
            fail(f"{pid}: text says {lvl}得{val}分, table rows give {by_level.get(lvl)}")
    # total and grade
    tot = dec(total[sc])
    band = "优" if tot >= 90 else "良" if tot >= 80 else "中" if tot >= 60 else "差"
    m = re.findall(r"自评(?:得分|总分)([\d.]+)分，评价等级为(优秀|优|良好|良|中等|中|较差|差)", text)
    if not m:
        fail(f"{pid}: no total + grade sentence")
    for val, g in m:
        if dec(val) != tot:
            fail(f"{pid}: text total {val} != table {tot}")
        if g[0] != band:
            fail(f"{pid}: grade {g} but band of {tot} is {band}")
    last = total[-1]
    if last in ("优", "良", "中", "差", "优秀", "良好") and last[0] != band:
        fail(f"{pid}: table grade {last} vs band {band}")
    return tot


def present(text, s):
    """s occurs as a whole number (not inside a longer one), plain or with thousands separators."""
    forms = [s]
    if re.fullmatch(r"\d{4,}", s):
        forms.append(f"{int(s):,}")
    return any(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|\.\d)", text) for f in forms)


def check_narrative(pid, text):
    for chk in CHECKS[pid]:
        kind, phrase = chk[0], chk[-1]
        if text.count(phrase) < 1:
            fail(f"{pid}: phrase not in draft: {phrase!r}")
            continue
        stated = NUM.findall(phrase)[-1]
        args = chk[1:-1]
        flat = args[0] if isinstance(args[0], list) else list(args)
        for a in flat:
            if not present(text, a):
                fail(f"{pid}: input {a} not in draft ({phrase})")
        if kind == "sum":
            val = sum(dec(x) for x in args[0])
        elif kind == "avg":
            val = sum(dec(x) for x in args[0]) / len(args[0])
        elif kind == "pct":
            val = dec(args[0]) / dec(args[1]) * 100
        elif kind == "diff":
            val = dec(args[0]) - dec(args[1])
        elif kind == "per":
            val = dec(args[0]) * 10000 / dec(args[1])
        elif kind == "mul":
            val = dec(args[0]) * dec(args[1]) / 10000
        else:
            raise ValueError(kind)
        if not close(stated, val):
            fail(f"{pid}: {kind} {args} = {val:.4f}, stated {stated} in {phrase!r}")


def check_years(pid, text):
    y = YEAR[pid]
    for m in re.findall(r"截至(20\d\d)年12月31日", text):
        if int(m) != y:
            fail(f"{pid}: 截至{m}年12月31日 in a {y} report")
    for m in re.findall(r"结转至(20\d\d)年", text):
        if int(m) <= y:
            fail(f"{pid}: 结转至{m}年 in a {y} report")
    if f"{y}年度" not in text.split("\n")[0] + text.split("\n")[1]:
        fail(f"{pid}: title does not name {y}年度")
    for m in re.findall(r"年度：(20\d\d)年", text):
        if int(m) != y:
            fail(f"{pid}: table year {m}")


def check_clean(pid):
    text = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
    n = len(text)
    if not 2500 <= n <= 6000:
        fail(f"{pid}: length {n} outside 2500-6000")
    score_tables = 0
    for header, rows in tables(text):
        if any(len(r) != len(header) for r in rows):
            fail(f"{pid}: ragged table {header[0]}")
            continue
        if "得分" in header and ("分值" in header or "权重" in header) and "三级指标" in header:
            check_score_table(pid, text, header, rows)
            score_tables += 1
        elif rows[0][0] in ("年度资金总额", "合计") or col(header, "执行率") is not None:
            check_funds_table(pid, header, rows)
        else:
            check_count_table(pid, header, rows)
    if score_tables != 1:
        fail(f"{pid}: {score_tables} 自评表 found")
    check_narrative(pid, text)
    check_years(pid, text)
    return n


def main():
    labels = check_labels()
    check_edits(labels)
    lengths = {pid: check_clean(pid) for pid in build.PROJECTS}
    codes = {}
    for rec in labels:
        for e in rec["expected"]:
            codes.setdefault(e["code"], set()).add(rec["source"])
    for c in sorted(CODES_A):
        if len(codes.get(c, ())) < 2:
            fail(f"code {c} used in fewer than two projects")
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"{len(labels)} cases; clean lengths {lengths}")
    print("codes: " + ", ".join(f"{c}={sum(1 for r in labels for e in r['expected'] if e['code'] == c)}"
                                for c in sorted(codes)))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
