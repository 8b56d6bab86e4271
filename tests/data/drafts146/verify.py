#!/usr/bin/env python3
"""Verify set n146.

1. labels.jsonl: 5 clean + 30 error cases, every file exists, every label value occurs in its case
   (and not in the clean draft), each of the 13 codes of errors.md §A at least twice.
2. Every error case differs from its clean draft in one place (one contiguous region), and that
   region overlaps an occurrence of the label value.
3. Redo the arithmetic of every clean draft (tables and prose), with the tolerance of rules.md §8.
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
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FAILS = []
NCHECKS = 0


def fail(msg):
    FAILS.append(msg)


def check(cond, msg):
    global NCHECKS
    NCHECKS += 1
    if not cond:
        fail(msg)


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def D(s):
    """Decimal of the first number in s (commas removed)."""
    m = NUM.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group(0).replace(",", ""))


def decimals(s):
    m = NUM.search(s)
    g = m.group(0)
    return len(g.split(".")[1]) if "." in g else 0


def consistent(stated, computed):
    """rules.md §8: |computed - stated| <= 0.5 * 10^-d (+1e-9), d = decimals written."""
    v = D(stated)
    d = decimals(stated)
    return abs(Decimal(computed) - v) <= Decimal("0.5") * Decimal(10) ** (-d) + Decimal("1e-9")


def eq(msg, stated, computed):
    check(consistent(stated, computed), f"{msg}: stated {stated}, computed {Decimal(computed):.4f}")


def pct(a, b):
    return Decimal(a) / Decimal(b) * 100


def grade(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def one(text, pattern, msg):
    """Groups of the only match of pattern in text (fails when absent)."""
    ms = list(re.finditer(pattern, text))
    check(len(ms) >= 1, f"pattern not found ({msg}): {pattern}")
    if not ms:
        return None
    return ms[0].groups()


# ---------------------------------------------------------------- tables
def table_after(text, header_start):
    """Rows (lists of cells) of the ｜-table whose header line starts with header_start."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(header_start) and "｜" in line:
            rows = [line.split("｜")]
            for nxt in lines[i + 1:]:
                if "｜" not in nxt or len(nxt.split("｜")) != len(rows[0]):
                    break
                rows.append(nxt.split("｜"))
            return rows
    fail(f"table with header {header_start!r} not found")
    return None


def col(header, name):
    for i, h in enumerate(header):
        if h.startswith(name):
            return i
    raise KeyError(name)


def check_funds(tag, rows, first, parts, cols_sum, rate_col, num_col, den_col, score_col=None, weight=10):
    """Total row `first` = sum of rows `parts` in each column of cols_sum; rates and score."""
    header = rows[0]
    byname = {r[0]: r for r in rows[1:]}
    total = byname[first]
    for c in cols_sum:
        ci = col(header, c)
        s = sum(D(byname[p][ci]) for p in parts)
        eq(f"{tag} sum of {c}", total[ci], s)
    ri, ni, di = col(header, rate_col), col(header, num_col), col(header, den_col)
    for name, r in byname.items():
        if r[ri] in ("—", ""):
            check(D(r[di]) == 0 or name == first and False, f"{tag} {name}: rate missing on non-zero base")
            continue
        check(D(r[di]) != 0, f"{tag} {name}: rate on zero base")
        if D(r[di]) == 0:
            continue
        eq(f"{tag} {name} {rate_col}", r[ri], pct(D(r[ni]), D(r[di])))
        check(D(r[ri]) <= 100, f"{tag} {name}: rate over 100%")
    if score_col:
        si = col(header, score_col)
        rate = min(Decimal(1), D(total[ni]) / D(total[di]))
        eq(f"{tag} execution score", total[si], weight * rate)
    return byname


def parse_target(t):
    """(kind, value) for a target cell: gte / lte / eq / qual."""
    if re.search(r"\d{4}年\d+月", t) or not NUM.search(t):
        return "qual", None
    v = D(t)
    if t.startswith("≥"):
        return "gte", v
    if t.startswith("≤"):
        return "lte", v
    return "eq", v


def check_indicators(tag, text, header_start, total_names, extra_weight=Decimal(0), extra_score=Decimal(0),
                     expect_total=Decimal(100)):
    rows = table_after(text, header_start)
    header = rows[0]
    wi, si = col(header, "分值"), col(header, "得分")
    ti, ai = col(header, "年度指标值"), col(header, "实际完成值")
    ci = None
    if "完成率" in header:
        ci = col(header, "完成率")
    wsum, ssum = extra_weight, extra_score
    total_row = None
    for r in rows[1:]:
        if r[0] in total_names:
            total_row = r
            break
        w, s = D(r[wi]), D(r[si])
        wsum += w
        ssum += s
        check(Decimal(0) <= s <= w, f"{tag} {r[2]}: score {s} outside [0, {w}]")
        kind, tv = parse_target(r[ti])
        if kind == "qual":
            if ci is not None:
                check(r[ci] in ("—", "100%"), f"{tag} {r[2]}: completion of qualitative row")
            continue
        av = D(r[ai])
        # units must agree between target and actual
        tu = re.sub(r"[≥≤\d.,\s]", "", r[ti])
        au = re.sub(r"[≥≤\d.,\s]", "", r[ai])
        check(tu == au, f"{tag} {r[2]}: unit {tu!r} vs {au!r}")
        if kind == "lte":
            comp = Decimal(100) if av <= tv else pct(tv, av)
        elif kind == "eq" and tv == 0:
            comp = Decimal(100) if av <= 0 else Decimal(0)
        else:
            comp = pct(av, tv)
        exp_score = w * min(Decimal(1), comp / 100)
        rounded_comp = comp.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        ok = consistent(r[si], exp_score) or consistent(r[si], w * min(Decimal(1), rounded_comp / 100))
        check(ok, f"{tag} {r[2]}: score {r[si]} vs rule {exp_score:.4f}")
        if ci is not None:
            eq(f"{tag} {r[2]} completion", r[ci], comp)
    check(total_row is not None, f"{tag}: no total row")
    tw = next(c for c in total_row[1:] if c.strip())
    ts = [c for c in total_row[1:] if c.strip()][1]
    check(D(tw) == expect_total, f"{tag}: total weight cell {tw}")
    check(wsum == D(tw), f"{tag}: weights add to {wsum}, total row {tw}")
    eq(f"{tag}: score sum", ts, ssum)
    return ts


# ---------------------------------------------------------------- drafts
def yulong(t):
    tag = "yulong"
    rows = table_after(t, "项目资金（万元）")
    funds = check_funds(tag, rows, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"],
                        ["年初预算数", "全年预算数", "全年执行数"], "执行率", "全年执行数", "全年预算数", "得分")
    tot = funds["年度资金总额"]
    total = check_indicators(tag, t, "一级指标", ("总分",), D(tot[4]), D(tot[6]))
    g = one(t, r"年初预算安排([\d,.]+)万元（含2021年结转资金([\d,.]+)万元），年中追加县级财政资金([\d,.]+)万元，"
               r"并纳入景区管理机构配套资金([\d,.]+)万元，全年预算调整为([\d,.]+)万元", "budget sentence")
    check(D(g[0]) == D(tot[1]) and D(g[4]) == D(tot[2]), f"{tag}: prose budget vs table")
    check(D(g[1]) == D(funds["上年结转资金"][1]), f"{tag}: carry-over")
    check(D(g[0]) + D(g[2]) + D(g[3]) == D(g[4]), f"{tag}: 2800+200+260")
    check(D(funds["其中：当年财政拨款"][1]) + D(g[2]) == D(funds["其中：当年财政拨款"][2]), f"{tag}: 追加 200")
    check(D(g[3]) == D(funds["其他资金"][2]), f"{tag}: 配套 260")
    g = one(t, r"全年实际支出([\d,.]+)万元", "spent")
    check(D(g[0]) == D(tot[3]), f"{tag}: spent prose vs table")
    g = one(t, r"年末未支付的([\d,.]+)万元", "balance")
    check(D(g[0]) == D(tot[2]) - D(tot[3]), f"{tag}: balance")
    check("结转至2023年" in t, f"{tag}: carry to 2023")
    g = one(t, r"累计完成投资([\d,.]+)万元（其中2021年([\d,.]+)万元、2022年([\d,.]+)万元），占概算总投资的([\d.]+%)", "cum")
    check(D(g[0]) == D(g[1]) + D(g[2]) and D(g[2]) == D(tot[3]), f"{tag}: cumulative")
    inv = one(t, r"批复概算总投资([\d,.]+)万元", "invest")
    eq(f"{tag}: cumulative share", g[3], pct(D(g[0]), D(inv[0])))
    g = one(t, r"完成路面改造提升([\d.]+)公里，完成年度目标的([\d.]+%)", "road")
    eq(f"{tag}: road completion", g[1], pct(D(g[0]), 12))
    g = one(t, r"安装波形护栏([\d.]+)公里，完成率([\d.]+%)", "rail")
    eq(f"{tag}: rail completion", g[1], pct(D(g[0]), Decimal("9.5")))
    g = one(t, r"年度形象进度为(\d+)%，完成率([\d.]+%)", "progress")
    eq(f"{tag}: progress completion", g[1], pct(D(g[0]), 90))
    g = one(t, r"送审金额([\d,.]+)万元，审定金额([\d,.]+)万元，审减([\d,.]+)万元，审减率([\d.]+%)", "audit")
    check(D(g[0]) - D(g[1]) == D(g[2]), f"{tag}: audit reduction")
    eq(f"{tag}: audit rate", g[3], pct(D(g[2]), D(g[0])))
    g = one(t, r"年内仅执行([\d.]+%)", "other funds rate")
    check(g[0] == funds["其他资金"][5], f"{tag}: 76.92% prose vs table")
    g = one(t, r"累计完成路面改造([\d.]+)公里（2021年([\d.]+)公里、2022年([\d.]+)公里），剩余([\d.]+)公里", "km")
    check(D(g[0]) == D(g[1]) + D(g[2]) and D(g[3]) == Decimal("21.6") - D(g[0]), f"{tag}: km")
    g = one(t, r"满意度为([\d.]+%)", "satisfaction")
    check(f"｜{g[0]}｜" in t, f"{tag}: satisfaction prose vs table")
    g = one(t, r"自评得分([\d.]+)分，评价等级为(.)", "conclusion")
    check(g[0] == total and grade(g[0]) == g[1], f"{tag}: total/grade {g}")


def changjiang(t):
    tag = "changjiang"
    rows = table_after(t, "项目资金（万元）")
    funds = check_funds(tag, rows, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"],
                        ["年初预算数", "全年预算数", "全年执行数"], "执行率", "全年执行数", "全年预算数", "得分")
    tot = funds["年度资金总额"]
    total = check_indicators(tag, t, "一级指标", ("总分",), D(tot[4]), D(tot[6]))
    g = one(t, r"年初预算([\d,.]+)万元，其中省级旅游发展专项资金([\d,.]+)万元、县级财政配套资金([\d,.]+)万元；"
               r"9月根据工程结算进度追加县级配套资金([\d,.]+)万元，全年预算([\d,.]+)万元", "budget")
    check(D(g[0]) == D(g[1]) + D(g[2]) and D(g[0]) + D(g[3]) == D(g[4]), f"{tag}: budget sums")
    check(D(g[0]) == D(tot[1]) and D(g[4]) == D(tot[2]), f"{tag}: budget prose vs table")
    g2 = one(t, r"资金到位([\d,.]+)万元，到位率(\d+%)", "received")
    eq(f"{tag}: received rate", g2[1], pct(D(g2[0]), D(tot[2])))
    g = one(t, r"全年支出([\d,.]+)万元，其中支付建安工程款([\d,.]+)万元（预留3%质保金([\d,.]+)万元）、"
               r"智慧导览系统款([\d,.]+)万元、监理检测及其他费用([\d,.]+)万元", "spent")
    check(D(g[0]) == D(tot[3]), f"{tag}: spent prose vs table")
    check(D(g[1]) + D(g[3]) + D(g[4]) == D(g[0]), f"{tag}: spending parts")
    settle = one(t, r"审定金额([\d,.]+)万元", "settlement")
    check(D(g[1]) + D(g[2]) == D(settle[0]), f"{tag}: settlement = paid + deposit")
    eq(f"{tag}: 3% deposit", g[2], D(settle[0]) * Decimal("0.03"))
    b = one(t, r"年末结余([\d,.]+)万元", "balance")
    check(D(b[0]) == D(g2[0]) - D(g[0]), f"{tag}: balance")
    p = one(t, r"前期及设计经费([\d,.]+)万元，当年支出([\d,.]+)万元，执行率(\d+%)", "2020")
    eq(f"{tag}: 2020 rate", p[2], pct(D(p[1]), D(p[0])))
    check(D(p[1]) <= D(p[0]) and D(p[2]) <= 100, f"{tag}: 2020 execution over 100%")
    m = one(t, r"10月、11月、12月分别接待游客([\d.]+)万、([\d.]+)万和([\d.]+)万人次，第四季度合计([\d.]+)万人次，月均([\d.]+)万人次", "months")
    s = D(m[0]) + D(m[1]) + D(m[2])
    check(s == D(m[3]), f"{tag}: quarter sum")
    eq(f"{tag}: monthly average", m[4], s / 3)
    check(f"｜{m[3]}万人次｜" in t, f"{tag}: visitors prose vs table")
    eq(f"{tag}: over target", "11.75", pct(D(m[3]) - 4, 4))
    c = one(t, r"受理游客投诉(\d+)件，按时办结(\d+)件，及时处理率([\d.]+%)", "complaints")
    eq(f"{tag}: complaint rate", c[2], pct(D(c[1]), D(c[0])))
    check(f"｜{c[2]}｜" in t, f"{tag}: complaint rate prose vs table")
    q = one(t, r"收回有效问卷(\d+)份，表示满意和基本满意的(\d+)份，满意度([\d.]+%)", "survey")
    eq(f"{tag}: satisfaction", q[2], pct(D(q[1]), D(q[0])))
    check(f"｜{q[2]}｜" in t, f"{tag}: satisfaction prose vs table")
    a = one(t, r"建成主体建筑面积([\d,]+)平方米、生态停车位(\d+)个", "built")
    check(f"｜{a[0].replace(',', '')}平方米｜" in t and f"｜{a[1]}个｜" in t, f"{tag}: area/spaces prose vs table")
    check(D(a[0]) - 3200 == 60 and D(a[1]) - 260 == 8, f"{tag}: +60 m2, +8 spaces")
    check(f"｜{settle[0].replace(',', '')}万元｜" in t, f"{tag}: settlement prose vs table")
    g = one(t, r"自评得分([\d.]+)分，等级为(.)", "conclusion")
    check(g[0] == total and grade(g[0]) == g[1], f"{tag}: total/grade {g}")


def burqin(t):
    tag = "burqin"
    g = one(t, r"全年预算([\d,.]+)万元，其中自治区旅游发展专项资金([\d,.]+)万元、县级财政配套资金([\d,.]+)万元", "budget")
    budget = D(g[0])
    check(D(g[1]) + D(g[2]) == budget, f"{tag}: budget parts")
    check("截至2019年12月31日" in t and "2019年5月下达" in t, f"{tag}: years")
    g = one(t, r"实际支出([\d,.]+)万元，预算执行率(\d+%)。其中木栈道及观景平台工程([\d.]+)万元、旅游厕所工程([\d.]+)万元、"
               r"导览标识系统([\d.]+)万元、生态停车场硬化([\d.]+)万元", "spent")
    spent = D(g[0])
    eq(f"{tag}: execution rate", g[1], pct(spent, budget))
    check(D(g[2]) + D(g[3]) + D(g[4]) + D(g[5]) == spent, f"{tag}: spending parts")
    toilets = D(g[3])
    m = one(t, r"造价分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元和([\d.]+)万元，平均每座([\d.]+)万元", "toilets")
    vals = [D(x) for x in m[:5]]
    check(sum(vals) == toilets, f"{tag}: toilet costs add to the toilet part")
    eq(f"{tag}: toilet average", m[5], sum(vals) / 5)
    b = one(t, r"尚未支付的([\d.]+)万元", "balance")
    check(D(b[0]) == budget - spent, f"{tag}: unpaid = budget - spent")
    check("结转至2020年" in t, f"{tag}: carry to 2020")
    # weights and scores
    w = one(t, r"按预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", "weights")
    check(sum(D(x) for x in w) == 100, f"{tag}: first-level weights")
    ex = one(t, r"与全年预算之比计分，得([\d.]+)分", "exec score")
    eq(f"{tag}: execution score", ex[0], 10 * min(Decimal(1), spent / budget))
    items = [(D(a), D(b)) for a, b in re.findall(r"（分值(\d+)分，得([\d.]+)分）", t)]
    check(len(items) == 10, f"{tag}: 10 scored indicators, found {len(items)}")
    out, ben, sat = items[:6], items[6:9], items[9:]
    for a, b in items:
        check(b <= a, f"{tag}: score above weight")
    check(sum(a for a, _ in out) == D(w[1]) and sum(a for a, _ in ben) == D(w[2]) and sum(a for a, _ in sat) == D(w[3]),
          f"{tag}: indicator weights add to first-level weights")
    o = one(t, r"产出指标合计得([\d.]+)分", "out")
    check(sum(b for _, b in out) == D(o[0]), f"{tag}: output score sum")
    e = one(t, r"效益指标合计得([\d.]+)分", "ben")
    check(sum(b for _, b in ben) == D(e[0]), f"{tag}: benefit score sum")
    c = one(t, r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，自评总分([\d.]+)分，评价等级为(.)", "concl")
    check(c[0] == ex[0] and D(c[1]) == D(o[0]) and D(c[2]) == D(e[0]) and D(c[3]) == sat[0][1], f"{tag}: conclusion parts")
    eq(f"{tag}: total", c[4], D(c[0]) + D(c[1]) + D(c[2]) + D(c[3]))
    check(grade(c[4]) == c[5], f"{tag}: grade")
    v = one(t, r"接待游客([\d.]+)万人次，较2018年的([\d.]+)万人次增长([\d.]+%)", "visitors")
    eq(f"{tag}: visitor growth", v[2], pct(D(v[0]) - D(v[1]), D(v[1])))
    r = one(t, r"由2018年的([\d,.]+)万元增加到2019年的([\d,.]+)万元，增长([\d.]+%)", "revenue")
    eq(f"{tag}: revenue growth", r[2], pct(D(r[1]) - D(r[0]), D(r[0])))
    q = one(t, r"发放问卷(\d+)份，收回有效问卷(\d+)份，回收率(\d+%)", "survey")
    eq(f"{tag}: return rate", q[2], pct(D(q[1]), D(q[0])))
    s = one(t, r"更新导览标识牌(\d+)块，比计划多(\d+)块", "signs")
    check(D(s[0]) - 60 == D(s[1]), f"{tag}: signs")


def wulong(t):
    tag = "wulong"
    rows = table_after(t, "资金来源")
    funds = check_funds(tag, rows, "合计", ["市级交通专项补助", "区级财政资金", "上年结转资金", "其他资金"],
                        ["全年预算数", "实际到位数", "实际支出数"], "执行率", "实际支出数", "全年预算数")
    header = rows[0]
    ri = col(header, "到位率")
    for name, r in funds.items():
        if r[ri] != "—":
            eq(f"{tag} {name} 到位率", r[ri], pct(D(r[2]), D(r[1])))
    tot = funds["合计"]
    total = check_indicators(tag, t, "一级指标", ("合计",))
    g = one(t, r"全年预算([\d,.]+)万元，其中市级交通专项补助([\d,.]+)万元、区级财政资金([\d,.]+)万元、2022年结转资金([\d,.]+)万元", "budget")
    check(D(g[0]) == D(tot[1]) and D(g[1]) + D(g[2]) + D(g[3]) == D(g[0]), f"{tag}: budget prose")
    check(D(g[3]) == D(funds["上年结转资金"][1]), f"{tag}: carry-over prose vs table")
    p = one(t, r"2022年度项目预算([\d,.]+)万元，支出([\d,.]+)万元，执行率([\d.]+%)", "2022")
    eq(f"{tag}: 2022 rate", p[2], pct(D(p[1]), D(p[0])))
    check(D(p[0]) - D(p[1]) == D(g[3]), f"{tag}: 2022 unspent = carry-over")
    s = one(t, r"全年支出([\d,.]+)万元", "spent")
    check(D(s[0]) == D(tot[3]), f"{tag}: spent prose vs table")
    b = one(t, r"年末结余([\d,.]+)万元，均为区级资金", "balance")
    check(D(b[0]) == D(tot[2]) - D(tot[3]), f"{tag}: balance = received - spent")
    dist = funds["区级财政资金"]
    check(D(b[0]) == D(dist[2]) - D(dist[3]), f"{tag}: balance all 区级")
    check("结转至2024年" in t, f"{tag}: carry to 2024")
    c = one(t, r"累计完成投资([\d,.]+)万元（2022年([\d,.]+)万元、2023年([\d,.]+)万元），占批复总投资的([\d.]+%)", "cum")
    check(D(c[0]) == D(c[1]) + D(c[2]) and D(c[1]) == D(p[1]) and D(c[2]) == D(tot[3]), f"{tag}: cumulative")
    inv = one(t, r"批复总投资([\d,.]+)万元，建设期", "invest")
    eq(f"{tag}: cumulative share", c[3], pct(D(c[0]), D(inv[0])))
    n = one(t, r"2024年拟安排预算([\d,.]+)万元", "2024")
    check(D(n[0]) == D(inv[0]) - D(c[0]), f"{tag}: remaining investment")
    a = one(t, r"送审金额([\d,.]+)万元，审定金额([\d,.]+)万元，审减([\d,.]+)万元", "audit")
    check(D(a[0]) - D(a[1]) == D(a[2]), f"{tag}: audit")
    k = re.findall(r"施工总承包合同价([\d,.]+)万元", t)
    check(len(k) == 2 and k[0] == k[1], f"{tag}: contract price mentions {k}")
    for pat, cell in [(r"生态停车场建成泊位(\d+)个", "｜{}个｜"), (r"年度形象进度达到(\d+%)。", "｜{}｜"),
                      (r"单方造价为每平方米([\d,]+)元", "｜{}元/平方米｜"), (r"旅游旺季利用临时接驳停车点分流旅游车辆([\d.]+)万辆次", "｜{}万辆次｜"),
                      (r"带动当地(\d+)人务工就业", "｜{}人｜"), (r"满意度([\d.]+%)，主要意见", "｜{}｜")]:
        v = one(t, pat, pat)
        check(cell.format(v[0].replace(",", "")) in t, f"{tag}: prose {v[0]} vs table")
    check("｜" + tot[5] + "｜" + tot[5] + "｜" in t, f"{tag}: execution rate in indicator table")
    g = one(t, r"绩效自评结果为“(.)”", "grade")
    check(grade(total) == g[0], f"{tag}: grade {g[0]} vs total {total}")


def chunan(t):
    tag = "chunan"
    rows = table_after(t, "预算资金（万元）")
    funds = check_funds(tag, rows, "部门整体支出", ["其中：基本支出", "项目支出"],
                        ["年初预算数", "全年预算数", "全年执行数"], "执行率", "全年执行数", "全年预算数", "得分")
    tot = funds["部门整体支出"]
    total = check_indicators(tag, t, "一级指标", ("总分",), D(tot[4]), D(tot[6]))
    kp = table_after(t, "重点项目")
    kfunds = check_funds(tag + " key", kp, "项目支出合计",
                         ["千岛湖旅游集散中心停车场建设", "农村公路养护工程", "城乡公交及旅游专线运营补贴", "其他项目"],
                         ["全年预算数", "全年执行数"], "执行率", "全年执行数", "全年预算数")
    proj = funds["项目支出"]
    kt = kfunds["项目支出合计"]
    check(kt[1] == proj[2] and kt[2] == proj[3] and kt[3] == proj[5], f"{tag}: key projects total vs funds table")
    g = one(t, r"年初预算([\d,.]+)万元，年中追加", "initial")
    check(D(g[0]) == D(tot[1]), f"{tag}: initial prose vs table")
    g = one(t, r"全年预算调整为([\d,.]+)万元", "annual")
    check(D(g[0]) == D(tot[2]), f"{tag}: annual prose vs table")
    check("于2023年12月提前下达" in t, f"{tag}: advance in Dec 2023")
    s = one(t, r"全年支出([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元，部门整体预算执行率([\d.]+%)", "spent")
    check(D(s[0]) == D(s[1]) + D(s[2]) and D(s[0]) == D(tot[3]), f"{tag}: spent prose")
    check(D(s[1]) == D(funds["其中：基本支出"][3]) and D(s[2]) == D(proj[3]), f"{tag}: spent parts vs table")
    check(s[3] == tot[5], f"{tag}: rate prose vs table")
    b = one(t, r"年末结转([\d,.]+)万元", "carry")
    check(D(b[0]) == D(tot[2]) - D(tot[3]), f"{tag}: carry-forward")
    check("结转至2025年" in t, f"{tag}: carry to 2025")
    p = one(t, r"总投资([\d,.]+)万元，为跨年度项目，2023年完成投资([\d,.]+)万元，2024年完成投资([\d,.]+)万元，累计完成([\d,.]+)万元，占总投资的([\d.]+%)", "parking")
    check(D(p[1]) + D(p[2]) == D(p[3]), f"{tag}: parking cumulative")
    check(D(p[2]) == D(kfunds["千岛湖旅游集散中心停车场建设"][2]), f"{tag}: parking 2024 vs key table")
    eq(f"{tag}: parking share", p[4], pct(D(p[3]), D(p[0])))
    n = one(t, r"新增泊位(\d+)个，其中", "spaces")
    check(f"｜{n[0]}个｜" in t, f"{tag}: spaces prose vs table")
    r = one(t, r"农村公路养护([\d,]+)公里，其中县道(\d+)公里、乡村道(\d+)公里", "roads")
    check(D(r[0]) == D(r[1]) + D(r[2]) and f"｜{r[0].replace(',', '')}公里｜" in t, f"{tag}: road km")
    q = one(t, r"优良中等路比例为([\d.]+%)", "quality")
    check(f"｜{q[0]}｜" in t, f"{tag}: quality prose vs table")
    c = one(t, r"由2023年的(\d+)件下降到(\d+)件，同比下降([\d.]+%)", "complaints")
    eq(f"{tag}: complaint decline", c[2], pct(D(c[0]) - D(c[1]), D(c[0])))
    check(f"｜{c[2]}｜" in t, f"{tag}: decline prose vs table")
    f3 = one(t, r"“三公”经费支出([\d.]+)万元，控制在([\d.]+)万元", "sangong")
    check(f"｜≤{f3[1]}万元｜{f3[0]}万元｜" in t, f"{tag}: 三公 prose vs table")
    m = one(t, r"满意度为([\d.]+%)", "satisfaction")
    check(f"｜{m[0]}｜" in t, f"{tag}: satisfaction prose vs table")
    sc = one(t, r"自评得分([\d.]+)分", "score")
    check(sc[0] == total, f"{tag}: prose score vs table")
    gr = one(t, r"评价等级｜(.)", "grade")
    check(grade(total) == gr[0], f"{tag}: grade {gr[0]} vs {total}")


DRAFTS = {
    "yulong-lashihai-road-2022": yulong,
    "changjiang-qiziwan-visitorcentre-2021": changjiang,
    "burqin-wucaitan-scenic-2019": burqin,
    "wulong-xiannvshan-hub-2023": wulong,
    "chunan-transport-dept-2024": chunan,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(os.listdir(CASES))
    check(len(labels) == 35 and len(files) == 35, f"expected 35 labels/files, got {len(labels)}/{len(files)}")
    check(sorted(l["case"] for l in labels) == files, "labels and case files differ")
    codes = Counter()
    clean_sources = [l["source"] for l in labels if l["clean"]]
    check(sorted(clean_sources) == sorted(DRAFTS), "clean sources")
    for lab in labels:
        text = read(lab["case"])
        src = lab["source"]
        check(lab["case"].startswith(src + "-"), f"{lab['case']}: source")
        if lab["clean"]:
            check(lab["expected"] == [], f"{lab['case']}: clean with findings")
            n = len(text)
            check(3000 <= n <= 9000, f"{lab['case']}: {n} characters")
            continue
        check(len(lab["expected"]) == 1, f"{lab['case']}: exactly one expected finding")
        clean = read(src + "-clean.txt")
        for exp in lab["expected"]:
            codes[exp["code"]] += 1
            check(exp["code"] in CODES and exp["severity"] == "error", f"{lab['case']}: code/severity")
            v = exp["value"]
            check(v in text, f"{lab['case']}: value not in case: {v!r}")
            check(v not in clean, f"{lab['case']}: value also in the clean draft: {v!r}")
        # one contiguous changed region
        i = 0
        while i < min(len(text), len(clean)) and text[i] == clean[i]:
            i += 1
        j = 0
        while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
            j += 1
        region_case = (i, len(text) - j)
        changed = clean[i:len(clean) - j]
        check(0 < len(changed) <= 160 and changed.count("\n") <= 1,
              f"{lab['case']}: changed region too large: {changed!r}")
        v = lab["expected"][0]["value"]
        hits = [m.start() for m in re.finditer(re.escape(v), text)]
        check(any(s < region_case[1] and s + len(v) > region_case[0] for s in hits),
              f"{lab['case']}: value does not cover the edit")
    for c in CODES:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    check(sum(codes.values()) == 30, "30 injected errors")
    for src, fn in DRAFTS.items():
        fn(read(src + "-clean.txt"))
    nclean = NCHECKS
    ncaught = 0
    # 4. the same arithmetic must break on every error case (the edit is really an inconsistency)
    for lab in labels:
        if lab["clean"]:
            continue
        before = len(FAILS)
        try:
            DRAFTS[lab["source"]](read(lab["case"]))
        except Exception as exc:  # a broken table counts as detected
            FAILS.append(f"exception {exc!r}")
        caught = len(FAILS) > before
        del FAILS[before:]
        ncaught += caught
        check(caught, f"{lab['case']}: the injected error is not caught by the draft's arithmetic")
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print(f"{nclean} checks on labels, edits and clean drafts passed, "
          f"{ncaught}/30 error cases caught by the same arithmetic; codes: " + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
