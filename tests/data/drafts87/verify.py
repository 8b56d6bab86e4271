#!/usr/bin/env python3
"""Check this set: labels, edit sizes, and the arithmetic of every clean draft.

1. labels: every case exists; every value occurs exactly once in its case and never in the clean draft;
   every numeric code of errors.md section A (except figure_mismatch) is used at least twice, in at least
   two projects.
2. edits: each error case differs from its clean draft in one line, or in two adjacent lines (score rows);
   in each changed line the differing span (after the common prefix and suffix) is at most 16 characters.
3. arithmetic of the clean drafts (rules.md §5–§8, tolerance from the stated decimals, ROUND_HALF_UP):
   - every Markdown table: money columns add up to the 合计 row (or to 年度资金总额), 工程费+其他费+预备费 =
     全年预算数, 执行率 = 执行数/全年预算数, 到位率 = 到位数/全年预算数, 结余 = 到位数 − 执行数;
   - score tables: weights sum to 100, scores sum to the total, 0 ≤ score ≤ weight, each score follows §5
     (execution w × rate; ≥ proportional; ≤ w × T/A), 完成率 follows §5, grade band of the total = grade
     stated in the text;
   - per project, the sentences' arithmetic (rates, balances, sums, averages, unit costs, deltas), with
     every figure required to appear literally in the clean draft.
Pure Python 3.  Run: python3 verify.py  → prints OK or the list of failures (exit 1).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def num(s):
    s = s.replace(",", "").strip()
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    return D(m.group(0)) if m else None


def decimals(s):
    m = re.search(r"\d+(?:\.(\d+))?", s.replace(",", ""))
    return len(m.group(1)) if m and m.group(1) else 0


def close(computed, stated):
    """stated: the string as written; tolerance 0.5 × 10^-d."""
    v = num(stated)
    d = decimals(stated)
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- 1. labels
CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]


def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    per_code = {}
    for rec in labels:
        text = read(rec["case"])
        clean = read(rec["source"] + "-clean.txt")
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{rec['case']}: clean label not empty or file differs")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            v = exp["value"]
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            if text.count(v) != 1:
                fail(f"{rec['case']}: value {v!r} occurs {text.count(v)} times in the case")
            if v in clean:
                fail(f"{rec['case']}: value {v!r} occurs in the clean draft")
            per_code.setdefault(exp["code"], set()).add((rec["source"], rec["case"]))
    for code in CODES_A:
        got = per_code.get(code, set())
        if len(got) < 2:
            fail(f"code {code} used {len(got)} times (< 2)")
        if len({p for p, _ in got}) < 2:
            fail(f"code {code} not spread over two projects")
    for code in per_code:
        if code not in CODES_A:
            fail(f"unexpected code {code}")
    return labels, per_code


# ---------------------------------------------------------------- 2. edit sizes
def diff_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s]


def check_edits(labels):
    for rec in labels:
        if rec["clean"]:
            continue
        a = read(rec["source"] + "-clean.txt").split("\n")
        b = read(rec["case"]).split("\n")
        if len(a) != len(b):
            fail(f"{rec['case']}: line count changed")
            continue
        changed = [i for i in range(len(a)) if a[i] != b[i]]
        if not changed:
            fail(f"{rec['case']}: no change")
        elif len(changed) > 2 or (len(changed) == 2 and changed[1] - changed[0] != 1):
            fail(f"{rec['case']}: changed lines {changed} (not one line / two adjacent rows)")
        if len(changed) == 2 and not (a[changed[0]].startswith("|") and a[changed[1]].startswith("|")):
            fail(f"{rec['case']}: two-line edit outside a table")
        for i in changed:
            old, new = diff_span(a[i], b[i])
            if len(old) > 16 or len(new) > 16:
                fail(f"{rec['case']}: edit too long on line {i + 1}: {old!r} -> {new!r}")


# ---------------------------------------------------------------- 3a. tables
def tables(text):
    out, cur = [], []
    for ln in text.split("\n"):
        if ln.startswith("|"):
            cur.append([c.strip() for c in ln.strip().strip("|").split("|")])
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    res = []
    for t in out:
        header, rows = t[0], [r for r in t[1:] if not all(re.fullmatch(r":?-+:?", c) for c in r)]
        units = None
        if rows and rows[0][0] == "" and all(c in ("", "万元", "%", "分") for c in rows[0]):
            units, rows = rows[0], rows[1:]
        res.append((header, units, rows))
    return res


def col(header, *keys, exclude=()):
    for i, h in enumerate(header):
        if all(k in h for k in keys) and not any(x in h for x in exclude):
            return i
    return None


def is_total(row):
    return any(c in ("合计", "总分") for c in row[:3])


def check_money_table(name, header, units, rows):
    bud = col(header, "全年预算")
    exe = col(header, "全年执行")
    arr = col(header, "到位数")
    rate = col(header, "执行率")
    arate = col(header, "到位率")
    bal = col(header, "结余")
    parts = [col(header, k) for k in ("工程费", "其他费", "预备费")]
    money = [i for i, u in enumerate(units) if u == "万元"]
    label = 0 if header[0] != "序号" else 1
    for r in rows:
        if bud is not None and exe is not None and rate is not None:
            b, e, s = num(r[bud]), num(r[exe]), r[rate]
            if b == 0:
                if s not in ("—", "0"):
                    fail(f"{name}: rate on a zero base in row {r[label]}")
            elif not close(e / b * 100, s):
                fail(f"{name}: 执行率 row {r[label]}: {e}/{b} vs {s}")
        if bud is not None and arr is not None and arate is not None:
            b, a, s = num(r[bud]), num(r[arr]), r[arate]
            if b == 0:
                if s not in ("—", "0"):
                    fail(f"{name}: 到位率 on a zero base in row {r[label]}")
            elif not close(a / b * 100, s):
                fail(f"{name}: 到位率 row {r[label]}: {a}/{b} vs {s}")
        if arr is not None and exe is not None and bal is not None:
            if not close(num(r[arr]) - num(r[exe]), r[bal]):
                fail(f"{name}: 结余 row {r[label]}")
        if bud is not None and all(p is not None for p in parts):
            if not close(sum(num(r[p]) for p in parts), r[bud]):
                fail(f"{name}: 工程费+其他费+预备费 ≠ 全年预算 in row {r[label]}")
        if exe is not None and bud is not None and num(r[bud]) and num(r[exe]) > num(r[bud]):
            fail(f"{name}: spending above budget in row {r[label]}")
    # column sums
    if rows and rows[0][0] == "年度资金总额":
        total, comps = rows[0], rows[1:]
    else:
        tot = [r for r in rows if is_total(r)]
        if not tot:
            return
        total, comps = tot[0], [r for r in rows if not is_total(r)]
    for i in money:
        if not close(sum(num(r[i]) for r in comps), total[i]):
            fail(f"{name}: column {header[i]} does not add up to {total[i]}")


def direction(target):
    if target.startswith("≥"):
        return "gte"
    if target.startswith("≤"):
        return "lte"
    return "eq"


def check_score_table(name, header, units, rows, extra_weight, extra_score, text):
    w_i = col(header, "分值")
    s_i = col(header, "得分")
    t_i = col(header, "年度指标值") if col(header, "年度指标值") is not None else (
        col(header, "目标值") if col(header, "目标值") is not None else col(header, "指标值"))
    a_i = col(header, "实际完成值") if col(header, "实际完成值") is not None else col(header, "业绩值")
    c_i = col(header, "完成率")
    sign_i = col(header, "指标性质")
    body = [r for r in rows if not is_total(r)]
    total = [r for r in rows if is_total(r)][0]
    wsum = sum(num(r[w_i]) for r in body) + extra_weight
    ssum = sum(num(r[s_i]) for r in body) + extra_score
    if wsum != 100 or num(total[w_i]) != 100:
        fail(f"{name}: weights sum {wsum}, total row {total[w_i]}")
    if not close(ssum, total[s_i]):
        fail(f"{name}: scores sum {ssum} vs total {total[s_i]}")
    for r in body:
        w, s = num(r[w_i]), num(r[s_i])
        if s > w or s < 0:
            fail(f"{name}: score {s} outside [0, {w}] in {r[2]}")
        tgt = r[t_i]
        act = r[a_i]
        if sign_i is not None:
            tgt = r[sign_i].replace("=", "") + tgt
        is_date = re.search(r"\d{4}年\d{1,2}月", tgt) is not None
        is_class = re.search(r"[ⅠⅡⅢⅣⅤ]类$", tgt) is not None
        if is_date or is_class:
            expected_c = None  # date / water-quality class: judged qualitatively
            if is_class and act == tgt:
                expected_c = D(100)
                if c_i is not None and not close(expected_c, r[c_i]):
                    fail(f"{name}: 完成率 {r[c_i]} for a met class in {r[2]}")
            if is_date and s != w:
                # late completion: qualitative band 部分达成 [60%, 80%)
                if not (D("0.6") * w <= s < D("0.8") * w):
                    fail(f"{name}: late-date score {s} outside the 60–80% band in {r[2]}")
            elif s != w:
                fail(f"{name}: class indicator met but score {s} in {r[2]}")
        else:
            T, A = num(tgt), num(act)
            dr = direction(tgt)
            if dr == "lte":
                comp = D(100) if A <= T else T / A * 100
            else:
                comp = A / T * 100
            expected_c = comp
            exp_s = w * min(comp, D(100)) / 100
            if not close(exp_s, r[s_i]):
                fail(f"{name}: score {r[s_i]} vs rule {exp_s:.4f} in {r[2]}")
            if c_i is not None and not close(comp, r[c_i]):
                fail(f"{name}: 完成率 {r[c_i]} vs {comp:.4f} in {r[2]}")
        if c_i is not None and expected_c is None and r[c_i] != "—":
            fail(f"{name}: 完成率 given for a qualitative row {r[2]}")
    tot = num(total[s_i])
    g = grade_of(tot)
    stated = re.findall(r"(?:评价等级为|自评等级：|评价等级：|等级为)“?([优良中差])", text)
    if not stated or any(x != g for x in stated):
        fail(f"{name}: grade {stated} vs band {g} of {tot}")


# execution weight/score that sit in a separate funds block (MOF / Sichuan layout), per project
EXTRA = {
    "shiping-yilonghu-2021": (D(10), D("9.14")),
    "zizhong-qiuxihe-2023": (D(10), D("9.21")),
}


def check_tables(proj, text):
    ew, es = EXTRA.get(proj, (D(0), D(0)))
    n_score = 0
    for k, (header, units, rows) in enumerate(tables(text)):
        name = f"{proj} table {k + 1}"
        if col(header, "分值") is not None and col(header, "三级指标") is not None:
            n_score += 1
            check_score_table(name, header, units, rows, ew, es, text)
        elif units is not None:
            check_money_table(name, header, units, rows)
        # execution score in a funds block
        if col(header, "分值") is not None and col(header, "三级指标") is None:
            r = rows[0]
            rate = r[col(header, "执行率")]
            exp = num(r[col(header, "分值")]) * num(r[col(header, "全年执行")]) / num(r[col(header, "全年预算")])
            if not close(exp, r[col(header, "得分")]):
                fail(f"{name}: execution score")
            if not close(num(r[col(header, "全年执行")]) / num(r[col(header, "全年预算")]) * 100, rate):
                fail(f"{name}: execution rate")
        # execution row inside the score table
        if col(header, "三级指标") is not None:
            for r in rows:
                if r[0] == "预算执行":
                    pass  # checked by the score rule (target 100%, actual = rate)
    if n_score != 1:
        fail(f"{proj}: {n_score} score tables")


# ---------------------------------------------------------------- 3b. sentence arithmetic
class P:
    def __init__(self, proj):
        self.proj = proj
        self.text = read(proj + "-clean.txt")

    def n(self, lit):
        if lit not in self.text:
            fail(f"{self.proj}: figure {lit!r} not in the clean draft")
        return num(lit)

    def eq(self, what, computed, stated):
        if stated not in self.text:
            fail(f"{self.proj}: stated {stated!r} ({what}) not in the clean draft")
        elif not close(computed, stated):
            fail(f"{self.proj}: {what}: computed {computed} vs stated {stated}")

    def rate(self, what, a, b, stated):
        self.eq(what, self.n(a) / self.n(b) * 100, stated)

    def total(self, what, parts, stated):
        self.eq(what, sum(self.n(p) for p in parts), stated)

    def avg(self, what, parts, stated):
        self.eq(what, sum(self.n(p) for p in parts) / len(parts), stated)


def sentences():
    a = P("shiping-yilonghu-2021")
    a.total("年初预算", ["1,500.00万元", "200.00万元", "160.00万元"], "1,860.00万元")
    a.total("全年预算", ["1,860.00万元", "45.60万元"], "1,905.60万元")
    a.total("县级到位", ["160.00万元", "20.00万元"], "180.00万元")
    a.eq("未到位", a.n("45.60万元") - a.n("20.00万元"), "25.60万元")
    a.total("到位合计", ["1,500.00万元", "200.00万元", "180.00万元"], "1,880.00万元")
    a.rate("到位率", "1,880.00万元", "1,905.60万元", "98.66%")
    a.rate("执行率", "1,742.35万元", "1,905.60万元", "91.43%")
    a.eq("结余", a.n("1,880.00万元") - a.n("1,742.35万元"), "137.65万元")
    a.total("结余构成", ["45.20万元", "92.45万元"], "137.65万元")
    a.total("费用类别", ["1,612.40万元", "218.70万元", "74.50万元"], "1,905.60万元")
    a.total("其他费构成", ["96.80万元", "52.30万元", "16.40万元", "21.60万元", "31.60万元"], "218.70万元")
    a.eq("预备费未动用", a.n("74.50万元") - a.n("46.40万元"), "28.10万元")
    a.total("排口", ["12个", "9个", "16个"], "37个")
    a.total("排查", ["37个", "15个"], "52个")
    a.total("管网", ["6.82公里", "3.15公里"], "9.97公里")
    a.rate("管网完成", "9.97公里", "9.5公里", "104.95%")
    a.avg("坝心出水COD", ["24.1mg/L", "22.8mg/L", "23.9mg/L"], "23.6mg/L")
    a.eq("干管造价", a.n("1,046.30万元") / a.n("6.82公里"), "153.42万元/公里")
    a.eq("排口单价", a.n("287.60万元") / a.n("37个"), "7.77万元/个")
    a.total("COD削减", ["312.5吨/年", "74.9吨/年", "49.4吨/年"], "436.8吨/年")
    a.rate("COD完成", "436.8吨/年", "420吨/年", "104.00%")
    a.eq("氨氮完成", a.n("35.2吨/年") / 38 * 100, "92.63%")
    a.avg("断面COD", ["18.6mg/L", "21.3mg/L", "24.9mg/L", "19.4mg/L"], "21.05mg/L")
    a.eq("同比下降", (a.n("26.8mg/L") - a.n("21.05mg/L")) / a.n("26.8mg/L") * 100, "21.46%")
    a.rate("满意度", "179份", "192份", "93.23%")
    a.total("总分", ["9.14分", "50分", "29.41分", "10分"], "98.55分")
    a.eq("执行率得分", 10 * a.n("1,742.35万元") / a.n("1,905.60万元"), "9.14分")

    b = P("renhuai-chishuihe-2020")
    b.total("当年财政拨款", ["2,400.00万元", "300.00万元", "500.00万元"], "3,200.00万元")
    b.total("年初", ["3,200.00万元", "186.50万元"], "3,386.50万元")
    b.total("全年", ["3,386.50万元", "100.00万元"], "3,486.50万元")
    b.rate("执行率", "3,152.84万元", "3,486.50万元", "90.43%")
    b.eq("结余", b.n("3,486.50万元") - b.n("3,152.84万元"), "333.66万元")
    b.rate("污泥单元", "242.80万元", "245.00万元", "99.1%")
    b.eq("新增规模", b.n("20,000吨/日") - b.n("12,000吨/日"), "8,000吨/日")
    b.eq("吨水投资", b.n("2,318.40万元") * 10000 / b.n("8,000吨/日"), "2,898元/吨")
    b.eq("干管造价", b.n("775.72万元") / b.n("12.64公里"), "61.37万元/公里")
    b.rate("干管完成", "12.64公里", "12.5公里", "101.12%")
    b.eq("排口完成", D(21) / D(23) * 100, "91.30%")
    b.eq("日均处理(2020闰年366天)", b.n("367.43万吨") * 10000 / 366, "10,039吨")
    b.eq("负荷率", b.n("10,039吨") / b.n("12,000吨/日") * 100, "83.66%")
    b.total("COD削减", ["812.6吨/年", "155.9吨/年"], "968.5吨/年")
    b.rate("COD完成", "968.5吨/年", "900吨/年", "107.61%")
    b.eq("总磷完成", b.n("13.9吨/年") / 12 * 100, "115.83%")
    b.rate("满意度", "299份", "312份", "95.83%")
    b.eq("延后天数", D(30 + 18), "48天")

    c = P("zizhong-qiuxihe-2023")
    c.total("全年预算", ["1,010.00万元", "220.00万元", "200.00万元"], "1,430.00万元")
    c.total("中央", ["860.00万元", "150.00万元"], "1,010.00万元")
    c.eq("年初", c.n("1,430.00万元") - c.n("150.00万元"), "1,280.00万元")
    c.rate("执行率", "1,316.72万元", "1,430.00万元", "92.08%")
    c.eq("未支出", c.n("1,430.00万元") - c.n("1,316.72万元"), "113.28万元")
    c.total("规模", ["3,000吨/日", "1,500吨/日", "1,000吨/日"], "5,500吨/日")
    c.total("管网", ["4.60公里", "2.35公里", "1.80公里", "3.20公里"], "11.95公里")
    c.eq("管网完成", c.n("11.95公里") / 12 * 100, "99.58%")
    c.eq("管网差额", 12 - c.n("11.95公里"), "0.05公里")
    c.total("排口", ["29个", "17个"], "46个")
    c.avg("出水COD", ["16.9mg/L", "18.2mg/L", "18.3mg/L"], "17.8mg/L")
    c.avg("出水TP", ["0.15mg/L", "0.18mg/L", "0.18mg/L"], "0.17mg/L")
    c.eq("排口单价", c.n("268.80万元") / 46, "5.84万元/个")
    c.eq("日均处理", c.n("157.42万吨") * 10000 / 365, "4,313吨")
    c.eq("负荷率", c.n("4,313吨") / c.n("5,500吨/日") * 100, "78.42%")
    c.eq("COD完成", c.n("547.6吨/年") / 520 * 100, "105.31%")
    c.eq("氨氮完成", c.n("55.3吨/年") / 52 * 100, "106.35%")
    c.eq("达标率", D(11) / 12 * 100, "91.67%")
    c.eq("提高", c.n("91.67%") - c.n("75.00%"), "16.67个百分点")
    c.rate("满意度", "276份", "292份", "94.52%")
    c.total("绩效指标", ["54.14分", "25分", "10分"], "89.14分")
    c.total("总分", ["9.21分", "89.14分"], "98.35分")

    d = P("fuquan-zhonganjiang-2018")
    d.total("年初", ["1,200.00万元", "150.00万元", "50.00万元"], "1,400.00万元")
    d.total("全年", ["1,400.00万元", "250.00万元"], "1,650.00万元")
    d.rate("到位率", "1,610.00万元", "1,650.00万元", "97.58%")
    d.eq("市级未到位", d.n("150.00") - d.n("110.00万元"), "40.00万元")
    d.rate("执行率", "1,297.25万元", "1,650.00万元", "78.62%")
    d.eq("结余", d.n("1,610.00万元") - d.n("1,297.25万元"), "312.75万元")
    d.eq("子项目结余", d.n("420.00万元") - d.n("386.45万元"), "33.55万元")
    d.rate("收集管完成", "2.86公里", "2.8公里", "102.14%")
    d.rate("清淤完成", "3.62万立方米", "3.5万立方米", "103.43%")
    d.eq("在线监测完成", D(4) / 5 * 100, "80.00%")
    d.total("吨水成本", ["2.61元/吨", "1.38元/吨", "0.36元/吨"], "4.35元/吨")
    d.total("总磷削减", ["26.8吨/年", "6.8吨/年"], "33.6吨/年")
    d.eq("总磷完成", d.n("33.6吨/年") / 30 * 100, "112.00%")
    months = "0.48、0.45、0.38、0.29、0.19、0.17、0.15、0.16、0.18、0.20、0.41、0.66mg/L"
    vals = [D(x) for x in months.replace("mg/L", "").split("、")]
    d.n(months)
    d.eq("月均总磷", sum(vals) / 12, "0.31mg/L")
    d.eq("达标月数", D(sum(1 for v in vals if v <= D("0.2"))), "6个月")
    d.eq("达标率", D(sum(1 for v in vals if v <= D("0.2"))) / 12 * 100, "50.00%")
    d.rate("满意度", "219份", "250份", "87.60%")
    d.total("总分", ["7.86分", "47分", "25.16分", "9.73分"], "89.75分")
    d.eq("延后", D(20), "20天")

    e = P("jiangchuan-xingyunhu-2024")
    e.total("年初", ["412.35万元", "874.10万元"], "1,286.45万元")
    e.total("全年", ["1,286.45万元", "560.00万元"], "1,846.45万元")
    e.total("支出", ["409.62万元", "1,286.73万元"], "1,696.35万元")
    e.rate("部门执行率", "1,696.35万元", "1,846.45万元", "91.87%")
    e.rate("基本支出执行率", "409.62万元", "412.35万元", "99.34%")
    e.rate("项目支出执行率", "1,286.73万元", "1,434.10", "89.72%")
    e.total("基本支出构成", ["338.27万元", "71.35万元"], "409.62万元")
    e.total("三公", ["6.42万元", "0.86万元", "0万元"], "7.28万元")
    e.eq("三公下降", (e.n("8.20万元") - e.n("7.28万元")) / e.n("8.20万元") * 100, "11.22%")
    e.total("人员", ["11人", "15人"], "26人")
    e.total("排口", ["15个", "13个", "10个"], "38个")
    e.rate("Ⅲ类达标率", "82个", "108个", "75.93%")
    e.eq("断面次", D(9) * 12, "108个")
    e.eq("TP下降", (e.n("0.152mg/L") - e.n("0.138mg/L")) / e.n("0.152mg/L") * 100, "9.21%")
    e.total("COD削减", ["168.2吨/年", "62.7吨/年", "43.6吨/年"], "274.5吨/年")
    e.eq("按期完成率", D(4) / 5 * 100, "80%")
    e.eq("按期得分", 10 * D("0.8") / D("0.95"), "8.42分")
    e.rate("满意度", "447份", "487份", "91.79%")
    e.avg("项目平均分", ["91.75分", "93.85分", "96.40分", "98.95分", "88.20分"], "93.83分")
    e.eq("未执行", e.n("1,434.10") - e.n("1,286.73万元"), "147.37万元")
    e.total("未执行构成", ["61.64万元", "34.22万元", "51.51万元"], "147.37万元")
    e.eq("排口结余", e.n("560.00万元") - e.n("498.36"), "61.64万元")
    e.eq("管网结余", e.n("386.40") - e.n("352.18"), "34.22万元")
    e.eq("其他3项", (D("264.00") - D("246.30")) + (D("148.70") - D("137.55")) + (D("75.00") - D("52.34")), "51.51万元")
    e.eq("推迟", D(28), "推迟28天")
    grades = re.findall(r"\|\s*([\d.]+)\s*\|\s*([优良中差])\s*\|", e.text)
    if len(grades) != 5 or any(grade_of(D(s)) != g for s, g in grades):
        fail(f"jiangchuan: project grades {grades}")
    if sum(1 for _, g in grades if g == "优") != 4:
        fail("jiangchuan: 优4个 does not match the table")
    return [a, b, c, d, e]


def main():
    labels, per_code = check_labels()
    check_edits(labels)
    for p in sentences():
        check_tables(p.proj, p.text)
        n = len(re.sub(r"\s", "", p.text))
        if not 2500 <= n <= 7000:
            fail(f"{p.proj}: {n} non-space characters")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        return 1
    print(f"OK: {len(labels)} cases, {sum(1 for l in labels if not l['clean'])} with one injected error; "
          + ", ".join(f"{c}×{len(per_code[c])}" for c in CODES_A))
    return 0


if __name__ == "__main__":
    sys.exit(main())
