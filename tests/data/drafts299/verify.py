#!/usr/bin/env python3
"""Verify the set: labels, edits, and the arithmetic of every clean draft and every error case.

Standard library only.  Numbers are compared with decimal.Decimal and the tolerance of rules.md §8:
a stated value with d decimals matches a computed value c iff |c - v| <= 0.5 * 10^-d (+1e-9).

For each project a function reads the figures it needs from the text (regular expressions written for
that draft, and a table reader for its layout) and returns a list of checks (code, ok, message).
A clean draft must pass every check.  An error case must fail the labelled code and no other
error-level code; `score_rule_mismatch` is a warning (must hold in clean drafts, ignored in error cases).
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
D = Decimal

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARNINGS = {"score_rule_mismatch"}


# ------------------------------------------------------------------ number helpers
def dec(s):
    return D(str(s).replace(",", "").replace("，", "").strip())


def ndec(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """stated: the string as written; computed: Decimal (exact)."""
    tol = D("0.5") * (D(10) ** (-ndec(stated))) + D("1e-9")
    return abs(D(computed) - dec(stated)) <= tol


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def one(text, pat, flags=0):
    """The single match of pat (groups tuple, or the one group).  Exactly one match is required."""
    ms = list(re.finditer(pat, text, flags))
    if len(ms) != 1:
        raise LookupError(f"pattern {pat!r} matched {len(ms)} times")
    g = ms[0].groups()
    return g[0] if len(g) == 1 else g


def allm(text, pat):
    return [m.groups() if len(m.groups()) > 1 else m.group(1) for m in re.finditer(pat, text)]


def wan(num, unit):
    """Normalise an amount to 万元."""
    v = dec(num)
    if unit == "元":
        return v / D(10000)
    if unit == "亿元":
        return v * D(10000)
    return v


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ------------------------------------------------------------------ table readers
def rows_fullwidth(text):
    return [[c.strip() for c in l.split("｜")] for l in text.splitlines() if "｜" in l]


def rows_ascii(text):
    out = []
    for l in text.splitlines():
        l = l.strip()
        if l.startswith("|") and l.endswith("|"):
            cells = [c.strip() for c in l.strip("|").split("|")]
            if all(re.fullmatch(r"-*", c) for c in cells):
                continue
            out.append(cells)
    return out


def rows_tab(text):
    return [l.split("\t") for l in text.splitlines() if "\t" in l]


def rows_spaces(text):
    return [re.split(r" {2,}", l.strip()) for l in text.splitlines() if re.search(r"\S {2,}\S", l)]


def row(rows, first, ncells=None):
    hits = [r for r in rows if r[0] == first and (ncells is None or len(r) >= ncells)]
    if len(hits) != 1:
        raise LookupError(f"table row {first!r} found {len(hits)} times")
    return hits[0]


# ------------------------------------------------------------------ indicator values
VAL = re.compile(r"^(≥|≤|＞|＜|>=|<=)?\s*(?:最长|最短|约)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    """-> ('date'|'qual'|'num', sign, number string, unit)."""
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月", s):
        return ("date", None, None, None)
    m = VAL.match(s)
    if not m:
        return ("qual", None, None, None)
    return ("num", m.group(1), m.group(2), m.group(3).strip())


def direction(sign):
    if sign in ("≤", "＜", "<="):
        return "lte"
    return "gte"


def completion(t_num, a_num, dirn):
    T, A = dec(t_num), dec(a_num)
    if dirn == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def indicator_checks(inds, qual_band):
    """inds: list of dicts name, l1, target, actual, weight, score, completion (optional str)."""
    res = []
    for r in inds:
        w, sc = dec(r["weight"]), dec(r["score"])
        res.append(("score_exceeds_weight", D(0) <= sc <= w, f"{r['name']}: score {r['score']} / weight {r['weight']}"))
        kt, st, tn, tu = parse_val(r["target"])
        ka, sa, an, au = parse_val(r["actual"])
        if kt == "num" and ka == "num":
            same = tu == au
            res.append(("unit_mismatch", same, f"{r['name']}: target unit {tu!r} vs actual unit {au!r}"))
            if not same:
                continue
            comp = completion(tn, an, direction(st))
            if r.get("completion") not in (None, "—", ""):
                res.append(("completion_mismatch", agrees(r["completion"].rstrip("%"), comp),
                            f"{r['name']}: completion {r['completion']} vs {q2(comp)}%"))
            if "满意度" in r["name"] and au == "%":
                res.append(("implausible_rate", dec(an) <= 100, f"{r['name']}: satisfaction {an}%"))
            exp = w * min(comp / 100, D(1))
            ok = agrees(r["score"], exp)
            if not ok and r.get("completion") not in (None, "—", ""):
                ok = agrees(r["score"], w * min(dec(r["completion"].rstrip("%")) / 100, D(1)))
            res.append(("score_rule_mismatch", ok, f"{r['name']}: score {r['score']} vs rule {q2(exp)}"))
        elif kt == "num" and ka != "num" or kt != "num" and ka == "num" and kt != "qual":
            res.append(("unit_mismatch", False, f"{r['name']}: target {r['target']!r} vs actual {r['actual']!r}"))
        else:
            band = qual_band.get(r["name"], "achieved")
            lo, hi = {"achieved": (D("0.8"), D(1)), "partial": (D("0.6"), D("0.8"))}[band]
            ok = lo * w <= sc <= hi * w if band == "achieved" else lo * w <= sc < hi * w
            res.append(("score_rule_mismatch", ok, f"{r['name']}: qualitative {band} score {r['score']}"))
    return res


def rate_cell_checks(num, den, stated, label):
    """A rate with its numerator and denominator; den 0 -> stated must be 0/—."""
    res = []
    if dec(den) == 0:
        ok = stated in ("—", "-", "") or dec(stated.rstrip("%")) == 0
        res.append(("implausible_rate", ok, f"{label}: rate {stated} on a zero base"))
        return res
    s = stated.rstrip("%")
    res.append(("rate_mismatch", agrees(s, dec(num) / dec(den) * 100), f"{label}: {stated} vs {q2(dec(num) / dec(den) * 100)}%"))
    res.append(("implausible_rate", dec(s) <= 100, f"{label}: {stated} > 100%"))
    return res


def exec_score_ok(score, spent, budget, stated_rate, weight):
    exp = D(weight) * min(dec(spent) / dec(budget), D(1))
    return agrees(score, exp) or agrees(score, D(weight) * min(dec(stated_rate.rstrip("%")) / 100, D(1)))


def same(code, a, b, label):
    return (code, dec(a) == dec(b), f"{label}: {a} vs {b}")


def eq_sum(code, parts, total, label):
    s = sum((dec(p) for p in parts), D(0))
    return (code, agrees(total, s), f"{label}: {' + '.join(parts)} = {s} vs {total}")


def conflict_or_unit(a_wan, a_label, b_wan, b_label):
    """Two statements of one amount (both in 万元).  A 10^4 gap is a unit slip (most specific)."""
    if a_wan == b_wan:
        return [("conflicting_values", True, f"{a_label} = {b_label}"), ("unit_mismatch", True, "")]
    for f in (D(10000), D(1) / D(10000)):
        if a_wan * f == b_wan or b_wan * f == a_wan:
            return [("conflicting_values", True, ""), ("unit_mismatch", False, f"{a_label} {a_wan} vs {b_label} {b_wan}: off by 10^4")]
    return [("conflicting_values", False, f"{a_label} {a_wan} vs {b_label} {b_wan}"), ("unit_mismatch", True, "")]


def year_after(code, y, year, label):
    return (code, int(y) > year, f"{label}: {y} must be after {year}")


def year_equal(code, y, year, label):
    return (code, int(y) == year, f"{label}: {y} vs {year}")


# ================================================================== P1 Zhanggong (full-width bar)
def check_p1(t):
    Y = 2021
    res = []
    rows = rows_fullwidth(t)
    # funds block
    F = {k: row(rows, k, 7) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot, cur, co, oth = F["年度资金总额"], F["其中：当年财政拨款"], F["上年结转资金"], F["其他资金"]
    for col, name in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        res.append(eq_sum("sum_mismatch", [cur[col], co[col], oth[col]], tot[col], f"funds {name}"))
    for r, lab in ((tot, "年度资金总额"), (cur, "当年财政拨款"), (co, "上年结转资金"), (oth, "其他资金")):
        res += rate_cell_checks(r[3], r[2], r[5], f"执行率 {lab}")
    res.append(("score_rule_mismatch", exec_score_ok(tot[6], tot[3], tot[2], tot[5], tot[4]), "execution score"))
    # indicators
    inds = []
    for r in rows:
        if r[0] in ("产出指标", "效益指标", "满意度指标") and len(r) >= 8:
            inds.append(dict(l1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]))
    res += indicator_checks(inds, {"主体工程完工时间": "partial"})
    total = row(rows, "总分")
    wsum = dec(tot[4]) + sum(dec(i["weight"]) for i in inds)
    res.append(("weight_sum_mismatch", wsum == 100 and dec(total[5]) == 100, f"weights sum {wsum}"))
    ssum = dec(tot[6]) + sum(dec(i["score"]) for i in inds)
    res.append(("score_sum_mismatch", agrees(total[6], ssum), f"scores sum {ssum} vs {total[6]}"))
    # prose
    p_total, p_grade = one(t, r"综合得分(\d+(?:\.\d+)?)分，评价等级为“(.+?)”")
    res.append(same("conflicting_values", p_total, total[6], "total score text vs table"))
    res.append(("grade_mismatch", GRADE_NORM[p_grade] == grade_of(dec(p_total)), f"grade {p_grade} for {p_total}"))
    init, co_init, add, annual = one(t, r"项目年初预算([\d,.]+)万元（含上年结转资金([\d,.]+)万元），7月区财政根据设计变更追加([\d,.]+)万元，全年预算([\d,.]+)万元")
    res.append(same("conflicting_values", init, tot[1], "年初预算 text vs table"))
    res.append(same("conflicting_values", co_init, co[1], "上年结转 text vs table"))
    res.append(same("conflicting_values", annual, tot[2], "全年预算 text vs table"))
    res.append(eq_sum("sum_mismatch", [init, add], annual, "年初 + 追加 = 全年"))
    y1, spent, rate = one(t, r"截至(\d{4})年12月31日，项目累计支出([\d,.]+)万元，执行率([\d.]+)%")
    res.append(year_equal("year_mismatch", y1, Y, "截至"))
    res.append(same("conflicting_values", spent, tot[3], "支出 text vs table"))
    res.append(("rate_mismatch", agrees(rate, dec(spent) / dec(annual) * 100), f"执行率 {rate}"))
    res.append(("conflicting_values", dec(rate) == dec(tot[5].rstrip("%")), "执行率 text vs table"))
    bal = one(t, r"尚未支付的([\d,.]+)万元")
    res.append(("balance_mismatch", agrees(bal, dec(annual) - dec(spent)), f"结转 {bal} vs {dec(annual) - dec(spent)}"))
    res.append(year_after("year_mismatch", one(t, r"已按规定结转至(\d{4})年"), Y, "结转至"))
    res.append(year_after("year_mismatch", one(t, r"已列入(\d{4})年计划"), Y, "列入…年计划"))
    a, b, c, s = one(t, r"分别完成管网改造([\d.]+)公里、([\d.]+)公里和([\d.]+)公里，合计([\d.]+)公里")
    res.append(eq_sum("sum_mismatch", [a, b, c], s, "片区 lengths"))
    pipe = [i for i in inds if i["name"] == "新建改造污水管网长度"][0]
    res.append(("conflicting_values", parse_val(pipe["actual"])[2] == s, "管网长度 text vs table"))
    unit_price, n_wells, subsidy = one(t, r"按每座([\d,]+)元的标准给予补助，全年改造(\d+)座，补助([\d,.]+)万元")
    res.append(("sum_mismatch", agrees(subsidy, wan(unit_price, "元") * dec(n_wells)), "检查井补助 = 单价 × 座数"))
    wells = [i for i in inds if i["name"] == "改造检查井数量"][0]
    res.append(("conflicting_values", parse_val(wells["actual"])[2] == n_wells, "检查井 text vs table"))
    plan, done, pct = one(t, r"计划开展院内分流改造的(\d+)个小区（单位）完成(\d+)个，完成率(\d+(?:\.\d+)?)%")
    res.append(("completion_mismatch", agrees(pct, dec(done) / dec(plan) * 100), "院内改造完成率"))
    yard = [i for i in inds if i["name"].startswith("完成院内分流改造")][0]
    res.append(("conflicting_values", parse_val(yard["actual"])[2] == done and parse_val(yard["target"])[2] == plan, "院内改造 text vs table"))
    p_price = one(t, r"综合单价为每米([\d,]+)元")
    price = [i for i in inds if i["name"] == "污水管网改造综合单价"][0]
    res.append(("conflicting_values", parse_val(price["actual"])[2] == p_price, "单价 text vs table"))
    cod_prev, cod = one(t, r"由2020年的(\d+)mg/L提高到(\d+)mg/L")
    codr = [i for i in inds if i["name"].startswith("城区污水处理厂进水COD")][0]
    res.append(("conflicting_values", parse_val(codr["actual"])[2] == cod, "COD text vs table"))
    sat = one(t, r"居民满意度([\d.]+)%")
    satr = [i for i in inds if i["name"] == "改造片区居民满意度"][0]
    res.append(("conflicting_values", parse_val(satr["actual"])[2] == sat, "满意度 text vs table"))
    res.append(("implausible_rate", dec(sat) <= 100, "满意度 text"))
    res.append(("rate_mismatch", one(t, r"到位率(\d+)%") == "100", "到位率 100% (no separate 到位 amount)"))
    return res


# ================================================================== P2 Chuanhui (ASCII pipes)
def check_p2(t):
    Y = 2022
    res = []
    rows = rows_ascii(t)
    subs = [r for r in rows if len(r) == 3 and r[0] not in ("子项目",)]
    parts = [r for r in subs if r[0] != "合计"]
    sub_tot = row(subs, "合计")
    res.append(eq_sum("sum_mismatch", [r[1] for r in parts], sub_tot[1], "sub-project budgets"))
    res.append(eq_sum("sum_mismatch", [r[2] for r in parts], sub_tot[2], "sub-project spending"))
    for r in parts:
        res.append(("implausible_rate", dec(r[2]) <= dec(r[1]), f"{r[0]}: spent within budget"))
    init, co, add, annual = one(t, r"项目年初预算([\d,.]+)万元（含2021年结转资金([\d,.]+)万元），6月省财政追加城市排水防涝补助资金([\d,.]+)万元，全年预算([\d,.]+)万元")
    res.append(eq_sum("sum_mismatch", [init, add], annual, "年初 + 追加 = 全年"))
    res.append(same("conflicting_values", annual, sub_tot[1], "全年预算 text vs table"))
    res.append(("rate_mismatch", one(t, r"到位率(\d+)%") == "100", "到位率"))
    spent, rate, unspent, y_pay = one(t, r"全年支出([\d,.]+)万元，预算执行率([\d.]+)%。未支出的([\d,.]+)万元主要是工程质保金和检测费节余，其中质保金将在(\d{4})年底")
    res.append(same("conflicting_values", spent, sub_tot[2], "支出 text vs table"))
    res += rate_cell_checks(spent, annual, rate + "%", "执行率 text")
    res.append(("balance_mismatch", agrees(unspent, dec(annual) - dec(spent)), "未支出"))
    res.append(year_after("year_mismatch", y_pay, Y, "质保金支付年"))
    amt, unit = one(t, r"设计、监理及第三方检测全年实际支付([\d,.]+)(万元|元)")
    design = row(subs, "设计、监理及第三方检测")
    res += conflict_or_unit(wan(amt, unit), "text 设计监理检测", dec(design[2]), "table")
    # weights line
    we, wo, wb, ws, wt = one(t, r"预算执行率(\d+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分，合计(\d+)分")
    res.append(("weight_sum_mismatch", dec(we) + dec(wo) + dec(wb) + dec(ws) == dec(wt) == 100, "weights line"))
    inds, exe = [], None
    for r in rows:
        if len(r) >= 8 and r[0] == "预算执行率":
            exe = r
        elif len(r) >= 8 and r[0] in ("产出指标", "效益指标", "满意度指标"):
            inds.append(dict(l1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]))
    res += indicator_checks(inds, {})
    grp = {"预算执行率": dec(exe[5])}
    for i in inds:
        grp[i["l1"]] = grp.get(i["l1"], D(0)) + dec(i["weight"])
    for k, v in (("预算执行率", we), ("产出指标", wo), ("效益指标", wb), ("满意度指标", ws)):
        res.append(("weight_sum_mismatch", grp[k] == dec(v), f"{k}: rows {grp[k]} vs line {v}"))
    total = row(rows, "合计", 7)
    res.append(("weight_sum_mismatch", sum(grp.values()) == dec(total[5]) == 100, "table weights"))
    res.append(("score_exceeds_weight", dec(exe[6]) <= dec(exe[5]), "exec score"))
    res.append(same("conflicting_values", exe[4].rstrip("%"), rate, "执行率 table vs text"))
    res.append(("score_rule_mismatch", exec_score_ok(exe[6], spent, annual, exe[4], exe[5]), "exec score rule"))
    ssum = dec(exe[6]) + sum(dec(i["score"]) for i in inds)
    res.append(("score_sum_mismatch", agrees(total[6], ssum), f"scores {ssum} vs {total[6]}"))
    res.append(same("conflicting_values", one(t, r"项目全年预算(\d+)万元，按计划完成"), annual, "全年预算 1124 vs 1,124.00"))
    p_total, p_grade = one(t, r"本项目得分([\d.]+)分，等级为(优|良|中|差)")
    res.append(same("conflicting_values", p_total, total[6], "total text vs table"))
    res.append(("grade_mismatch", GRADE_NORM[p_grade] == grade_of(dec(p_total)), "grade"))
    I = {i["name"]: i for i in inds}
    n_pts = one(t, r"等(\d+)处易涝点实施集中整治")
    before = one(t, r"主汛期（6月30日）前完成(\d+)处")
    res.append(("conflicting_values", parse_val(I["整治易涝点数量"]["actual"])[2] == n_pts, "易涝点数 text vs table"))
    res.append(("rate_mismatch", agrees(I["主汛期前完工率"]["actual"].rstrip("%"), dec(before) / dec(n_pts) * 100), "主汛期前完工率 = 10/12"))
    res.append(("average_mismatch", agrees(parse_val(I["单个易涝点平均工程费用"]["actual"])[2],
                                           dec(row(subs, "易涝点管网及排水口改造工程")[2]) / dec(n_pts)), "单点平均工程费用"))
    km, carts = one(t, r"全年新建改造雨水管渠([\d.]+)公里，购置大流量移动排涝泵车(\d+)台")
    res.append(("conflicting_values", parse_val(I["新建改造雨水管渠长度"]["actual"])[2] == km, "管渠 text vs table"))
    res.append(("conflicting_values", parse_val(I["购置移动排涝泵车"]["actual"])[2] == carts, "泵车 text vs table"))
    times = one(t, r"积水消退时间分别为((?:\d+分钟[、和])+\d+分钟)，平均(\d+(?:\.\d+)?)分钟")
    vals = [D(x) for x in re.findall(r"(\d+)分钟", times[0])]
    res.append(("average_mismatch", agrees(times[1], sum(vals) / len(vals)), f"average of {vals}"))
    res.append(("conflicting_values", dec(parse_val(I["整治点位强降雨后积水消退时间"]["actual"])[2]) == max(vals), "最长 = max"))
    stops = one(t, r"整治点位全年仅发生(\d+)次")
    res.append(("conflicting_values", parse_val(I["整治点位因积水导致交通中断次数"]["actual"])[2] == stops, "中断次数"))
    sat = one(t, r"居民及商户满意度([\d.]+)%")
    res.append(("conflicting_values", parse_val(I["周边居民及商户满意度"]["actual"])[2] == sat, "满意度 text vs table"))
    res.append(("implausible_rate", dec(sat) <= 100, "满意度 text"))
    return res


# ================================================================== P3 Yanhu (tab-separated)
def check_p3(t):
    Y = 2018
    res = []
    rows = rows_tab(t)
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    F = {n: row(rows, n, 10) for n in names}
    # columns: 2 total, 3 subtotal, 4 central, 5 prov, 6 city, 7 county, 8 carry-over, 9 other
    for n in names[:5]:
        r = F[n]
        res.append(eq_sum("sum_mismatch", [r[4], r[5], r[6], r[7]], r[3], f"{n}: 小计 = 中央+省+市+县"))
        res.append(eq_sum("sum_mismatch", [r[3], r[8], r[9]], r[2], f"{n}: 总额 = 财政+结转+其他"))
    for c in range(2, 10):
        res.append(("balance_mismatch", agrees(F["资金结余"][c], dec(F["实际到位资金"][c]) - dec(F["全年执行资金"][c])), f"(5)=(3)-(4) col {c}"))
        res += rate_cell_checks(F["实际到位资金"][c], F["全年预算资金"][c], F["预算到位率(%)"][c], f"(6) col {c}")
        res += rate_cell_checks(F["全年执行资金"][c], F["全年预算资金"][c], F["预算执行率(%)"][c], f"(7) col {c}")
        res.append(("implausible_rate", dec(F["全年执行资金"][c]) <= dec(F["实际到位资金"][c]) <= dec(F["全年预算资金"][c]), f"ordering col {c}"))
    init, city, county, add, annual = one(t, r"年初预算([\d,.]+)万元，其中市级补助([\d,.]+)万元，区级安排([\d,.]+)万元。8月城区连续强降雨后，区财政追加应急抢修经费([\d,.]+)万元，全年预算调整为([\d,.]+)万元")
    res.append(same("conflicting_values", init, F["年初预算资金"][2], "年初 text vs table"))
    res.append(same("conflicting_values", city, F["年初预算资金"][6], "市级 text vs table"))
    res.append(same("conflicting_values", county, F["年初预算资金"][7], "区级 text vs table"))
    res.append(eq_sum("sum_mismatch", [city, county], init, "年初 = 市 + 区"))
    res.append(eq_sum("sum_mismatch", [init, add], annual, "年初 + 追加 = 全年"))
    res.append(same("conflicting_values", annual, F["全年预算资金"][2], "全年 text vs table"))
    y1, spent, e1, e2, e3, e4 = one(t, r"截至(\d{4})年12月31日，全年执行([\d,.]+)万元，其中电费([\d,.]+)万元、运维人员劳务费([\d,.]+)万元、设备维修及配件([\d,.]+)万元、应急抢修([\d,.]+)万元")
    res.append(year_equal("year_mismatch", y1, Y, "截至"))
    res.append(same("conflicting_values", spent, F["全年执行资金"][2], "执行 text vs table"))
    res.append(eq_sum("sum_mismatch", [e1, e2, e3, e4], spent, "支出构成"))
    eb, es, ebal = one(t, r"电费年初按([\d,.]+)万元测算，因当年泵站累计运行台时少于预计，实际支出([\d,.]+)万元，结余([\d,.]+)万元")
    res.append(same("conflicting_values", es, e1, "电费 twice"))
    res.append(("balance_mismatch", agrees(ebal, dec(eb) - dec(es)), f"电费结余 {ebal} vs {dec(eb) - dec(es)}"))
    cbal = one(t, r"年末区级资金结余([\d,.]+)万元")
    res.append(("balance_mismatch", agrees(cbal, dec(F["实际到位资金"][7]) - dec(F["全年执行资金"][7])), "区级结余 text"))
    # indicators
    inds, exe = [], None
    for r in rows:
        if len(r) >= 8 and r[0] == "预算执行":
            exe = r
        elif len(r) >= 8 and r[0] in ("产出指标", "效益指标", "满意度指标"):
            inds.append(dict(l1=r[0], name=r[2], weight=r[3], target=r[4], actual=r[5], completion=r[6], score=r[7]))
    res += indicator_checks(inds, {})
    res.append(("conflicting_values", dec(exe[5].rstrip("%")) == dec(F["预算执行率(%)"][2]), "exec actual vs funds table"))
    res.append(("completion_mismatch", agrees(exe[6].rstrip("%"), dec(exe[5].rstrip("%"))), "exec completion"))
    res.append(("score_rule_mismatch", exec_score_ok(exe[7], spent, annual, exe[5], exe[3]), "exec score"))
    res.append(("score_exceeds_weight", dec(exe[7]) <= dec(exe[3]), "exec score ≤ weight"))
    total = row(rows, "合计")
    wsum = dec(exe[3]) + sum(dec(i["weight"]) for i in inds)
    res.append(("weight_sum_mismatch", wsum == 100 and dec(total[3]) == 100, f"weights {wsum}"))
    ssum = dec(exe[7]) + sum(dec(i["score"]) for i in inds)
    res.append(("score_sum_mismatch", agrees(total[7], ssum), f"scores {ssum} vs {total[7]}"))
    p_total, p_grade = one(t, r"项目总得分([\d.]+)分，评价结果为“(.+?)”")
    res.append(same("conflicting_values", p_total, total[7], "total text vs table"))
    res.append(("grade_mismatch", GRADE_NORM[p_grade] == grade_of(dec(p_total)), "grade"))
    I = {i["name"]: i for i in inds}
    p_rate, p_county = one(t, r"全年执行率([\d.]+)%，其中市级补助资金全部支出，区级资金执行率([\d.]+)%")
    res.append(("rate_mismatch", agrees(p_rate, dec(spent) / dec(annual) * 100), "执行率 text"))
    res.append(("rate_mismatch", agrees(p_county, dec(F["全年执行资金"][7]) / dec(F["全年预算资金"][7]) * 100), "区级执行率 text"))
    n_st = one(t, r"共(\d+)座排水泵站")
    res.append(("conflicting_values", parse_val(I["运维泵站数量"]["actual"])[2] == n_st, "泵站数"))
    water, more = one(t, r"汛期累计强排水(\d+)万立方米，比目标多(\d+)%")
    wr = I["汛期累计强排水量"]
    res.append(("conflicting_values", parse_val(wr["actual"])[2] == water, "强排水量 text vs table"))
    res.append(("completion_mismatch", agrees(more, (dec(water) - dec(parse_val(wr["target"])[2])) / dec(parse_val(wr["target"])[2]) * 100), "比目标多"))
    good = one(t, r"年末设备完好率([\d.]+)%")
    res.append(("conflicting_values", parse_val(I["泵组设备完好率"]["actual"])[2] == good, "完好率"))
    res.append(("implausible_rate", dec(good) <= 100, "完好率 ≤ 100"))
    hrs = one(t, r"抢修人员平均([\d.]+)小时到场")
    res.append(("conflicting_values", parse_val(I["故障抢修到场时间"]["actual"])[2] == hrs, "到场时间"))
    avg = one(t, r"单座泵站年均运维成本([\d.]+)万元")
    res.append(("average_mismatch", agrees(avg, dec(spent) / dec(n_st)), "单座泵站年均运维成本 = 执行/座数"))
    res.append(("conflicting_values", parse_val(I["单座泵站年均运维成本"]["actual"])[2] == avg, "单座成本 text vs table"))
    now, prev, less = one(t, r"汛期主城区出现积水点(\d+)处，比2017年的(\d+)处减少(\d+)处")
    res.append(("sum_mismatch", dec(prev) - dec(now) == dec(less), "积水点减少"))
    res.append(("conflicting_values", parse_val(I["主城区汛期积水点数量"]["actual"])[2] == now, "积水点 text vs table"))
    ov = one(t, r"共发生(\d+)次溢流")
    res.append(("conflicting_values", parse_val(I["泵站溢流污水直排入河次数"]["actual"])[2] == ov, "溢流次数"))
    sat = one(t, r"共回访\d+户，满意度([\d.]+)%")
    res.append(("conflicting_values", parse_val(I["周边居民及商户满意度"]["actual"])[2] == sat, "满意度 text vs table"))
    res.append(("implausible_rate", dec(sat) <= 100, "满意度 text"))
    return res


# ================================================================== P4 Cuiping (runs of spaces)
def check_p4(t):
    Y = 2023
    res = []
    rows = rows_spaces(t)
    fnames = ["年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    F = {n: row(rows, n, 7) for n in fnames}
    tot = F["年度资金总额"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        res.append(eq_sum("sum_mismatch", [F[n][col] for n in fnames[1:]], tot[col], f"funds {nm}"))
    for n in fnames:
        res += rate_cell_checks(F[n][3], F[n][2], F[n][5], f"执行率 {n}")
    res.append(("score_rule_mismatch", exec_score_ok(tot[6], tot[3], tot[2], tot[5], tot[4]), "exec score"))
    res.append(("score_exceeds_weight", dec(tot[6]) <= dec(tot[4]), "exec score ≤ weight"))
    init = one(t, r"项目年初批复预算([\d,.]+)万元")
    cut, annual = one(t, r"相应调减预算([\d,.]+)万元，调整后全年预算([\d,.]+)万元")
    res.append(same("conflicting_values", init, tot[1], "年初 text vs table"))
    res.append(same("conflicting_values", annual, tot[2], "全年 text vs table"))
    res.append(("sum_mismatch", dec(init) - dec(cut) == dec(annual), "年初 − 调减 = 全年"))
    spent, rate, bal = one(t, r"全年实际支出([\d,.]+)万元，预算执行率([\d.]+)%，结余([\d,.]+)万元")
    res.append(same("conflicting_values", spent, tot[3], "支出 text vs table"))
    res += rate_cell_checks(spent, annual, rate + "%", "执行率 text")
    res.append(("balance_mismatch", agrees(bal, dec(annual) - dec(spent)), "结余"))
    b1, s1, r1 = one(t, r"清淤分项预算([\d,.]+)万元，支出([\d,.]+)万元，执行率([\d.]+)%")
    b2, s2, r2 = one(t, r"检测分项预算([\d,.]+)万元，支出([\d,.]+)万元，执行率([\d.]+)%")
    res += rate_cell_checks(s1, b1, r1 + "%", "清淤分项")
    res += rate_cell_checks(s2, b2, r2 + "%", "检测分项")
    res.append(eq_sum("sum_mismatch", [b1, b2], annual, "分项预算"))
    res.append(eq_sum("sum_mismatch", [s1, s2], spent, "分项支出"))
    # weights line
    we, wi, wo, wb, ws = one(t, r"按预算执行情况(\d+)分、绩效指标(\d+)分计分，绩效指标中产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    res.append(("weight_sum_mismatch", dec(we) + dec(wi) == 100 and dec(wo) + dec(wb) + dec(ws) == dec(wi), "weights line"))
    res.append(("weight_sum_mismatch", dec(tot[4]) == dec(we), "exec weight"))
    inds = []
    for r in rows:
        if len(r) >= 8 and r[0] in ("产出指标", "效益指标", "满意度指标"):
            inds.append(dict(l1=r[0], name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7]))
    res += indicator_checks(inds, {})
    grp = {}
    for i in inds:
        grp[i["l1"]] = grp.get(i["l1"], D(0)) + dec(i["weight"])
    for k, v in (("产出指标", wo), ("效益指标", wb), ("满意度指标", ws)):
        res.append(("weight_sum_mismatch", grp[k] == dec(v), f"{k}: rows {grp[k]} vs line {v}"))
    total = row(rows, "总分")
    res.append(("weight_sum_mismatch", dec(tot[4]) + sum(grp.values()) == dec(total[1]) == 100, "table weights"))
    ssum = dec(tot[6]) + sum(dec(i["score"]) for i in inds)
    res.append(("score_sum_mismatch", agrees(total[2], ssum), f"scores {ssum} vs {total[2]}"))
    c_budget, c_spent = one(t, r"项目全年预算([\d.]+)万元，实际支出([\d.]+)万元，资金使用规范")
    res.append(same("conflicting_values", c_budget, annual, "全年预算 486.3 vs 486.30"))
    res.append(same("conflicting_values", c_spent, spent, "支出 in conclusion"))
    p_total, p_grade = one(t, r"自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    res.append(same("conflicting_values", p_total, total[2], "total text vs table"))
    res.append(("grade_mismatch", GRADE_NORM[p_grade] == grade_of(dec(p_total)), "grade"))
    I = {i["name"]: i for i in inds}
    km = one(t, r"全年累计清淤管网([\d.]+)公里")
    res.append(("conflicting_values", parse_val(I["管网清淤长度"]["actual"])[2] == km, "清淤长度 text vs table"))
    cctv = one(t, r"完成CCTV检测([\d.]+)公里")
    res.append(("conflicting_values", parse_val(I["CCTV检测管道长度"]["actual"])[2] == cctv, "CCTV text vs table"))
    done, left, ynext = one(t, r"清掏检查井及雨水口(\d+)座，尚有(\d+)座位于施工围挡内无法作业，顺延至(\d{4})年")
    wr = I["清掏检查井及雨水口"]
    res.append(("conflicting_values", parse_val(wr["actual"])[2] == done, "清掏 text vs table"))
    res.append(("sum_mismatch", dec(parse_val(wr["target"])[2]) - dec(done) == dec(left), "3500 − 3318 = 182"))
    res.append(year_after("year_mismatch", ynext, Y, "顺延至"))
    ev = one(t, r"冒溢事件(\d+)起，比2022年")
    res.append(("conflicting_values", parse_val(I["汛期管网堵塞冒溢事件"]["actual"])[2] == ev, "冒溢 text vs table"))
    sat = one(t, r"沿线居民满意度([\d.]+)%")
    res.append(("conflicting_values", parse_val(I["沿线居民满意度"]["actual"])[2] == sat, "满意度 text vs table"))
    res.append(("implausible_rate", dec(sat) <= 100, "满意度 text"))
    return res


# ================================================================== P5 Zhuhui (prose only)
def check_p5(t):
    Y = 2024
    res = []
    first = one(t, r"我中心部门预算总额为([\d,.]+)万元")
    init, add, annual, gp, gf, co = one(t, r"我中心年初预算([\d,.]+)万元，年中追加易涝点应急处置经费([\d,.]+)万元，全年预算数([\d,.]+)万元，其中一般公共预算拨款([\d,.]+)万元、政府性基金预算拨款([\d,.]+)万元、上年结转([\d,.]+)万元")
    res.append(same("conflicting_values", first, annual, "部门预算总额 opening vs section 二"))
    res.append(eq_sum("sum_mismatch", [init, add], annual, "年初 + 追加"))
    res.append(eq_sum("sum_mismatch", [gp, gf, co], annual, "by source"))
    bb, pb = one(t, r"基本支出预算([\d,.]+)万元、项目支出预算([\d,.]+)万元")
    res.append(eq_sum("sum_mismatch", [bb, pb], annual, "基本 + 项目 budget"))
    spent, rate, bs, ps = one(t, r"全年支出([\d,.]+)万元，预算执行率([\d.]+)%，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元")
    res += rate_cell_checks(spent, annual, rate + "%", "部门执行率")
    res.append(eq_sum("sum_mismatch", [bs, ps], spent, "基本 + 项目 spending"))
    res.append(("implausible_rate", dec(bs) <= dec(bb) and dec(ps) <= dec(pb), "spending within budget"))
    unspent, ynext = one(t, r"年末未支出([\d,.]+)万元，.*?结转(\d{4})年继续使用")
    res.append(("balance_mismatch", agrees(unspent, dec(annual) - dec(spent)), "未支出"))
    res.append(year_after("year_mismatch", ynext, Y, "结转"))
    p1, p2, p3, p4 = one(t, r"排水管网维护项目（预算([\d,.]+)万元）、排水泵站运行项目（预算([\d,.]+)万元）、海绵城市改造（二期）项目（预算([\d,.]+)万元）和易涝点应急处置项目（预算([\d,.]+)万元）")
    res.append(eq_sum("sum_mismatch", [p1, p2, p3, p4], pb, "4 project budgets"))
    sp, sr = one(t, r"海绵城市改造（二期）项目支出([\d,.]+)万元，执行率([\d.]+)%")
    res += rate_cell_checks(sp, p3, sr + "%", "海绵城市执行率")
    rest = one(t, r"其余3个项目合计支出([\d,.]+)万元")
    res.append(eq_sum("sum_mismatch", [sp, rest], ps, "项目支出"))
    res.append(("implausible_rate", dec(rest) <= dec(p1) + dec(p2) + dec(p4), "other 3 within budget"))
    staff, pub = one(t, r"人员经费([\d,.]+)万元、公用经费([\d,.]+)万元")
    res.append(eq_sum("sum_mismatch", [staff, pub], bs, "基本支出构成"))
    gb, gc, gs, gr = one(t, r"政府采购预算([\d,.]+)万元，实际签订合同金额([\d,.]+)万元，节约资金([\d,.]+)万元，节约率([\d.]+)%")
    res.append(("balance_mismatch", agrees(gs, dec(gb) - dec(gc)), "采购节约"))
    res.append(("rate_mismatch", agrees(gr, dec(gs) / dec(gb) * 100), "节约率"))
    adj = one(t, r"全年预算调整幅度达到([\d.]+)%")
    res.append(("rate_mismatch", agrees(adj, dec(add) / dec(init) * 100), "调整幅度 = 追加 / 年初"))
    tgt, act, comp = one(t, r"管网清疏长度目标([\d.]+)公里，完成([\d.]+)公里，完成率([\d.]+)%")
    res.append(("completion_mismatch", agrees(comp, dec(act) / dec(tgt) * 100), "清疏完成率"))
    res.append(("conflicting_values", one(t, r"全年清疏排水管网([\d.]+)公里") == act, "清疏 twice"))
    good = one(t, r"年末为([\d.]+)%")
    res.append(("implausible_rate", dec(good) <= 100, "完好率"))
    scores, avg = one(t, r"自评得分分别为((?:[\d.]+分[、和])+[\d.]+分)，平均([\d.]+)分")
    vals = [D(x) for x in re.findall(r"([\d.]+)分", scores)]
    res.append(("average_mismatch", agrees(avg, sum(vals) / len(vals)), f"average of {vals}"))
    res.append(("score_exceeds_weight", all(v <= 100 for v in vals), "project scores ≤ 100"))
    sat = one(t, r"服务对象满意度为([\d.]+)%")
    res.append(("implausible_rate", dec(sat) <= 100, "满意度"))
    w = one(t, r"从投入（(\d+)分）、过程（(\d+)分）、产出（(\d+)分）、效益（(\d+)分）四个方面进行评分")
    s = one(t, r"分别得分([\d.]+)分、([\d.]+)分、([\d.]+)分和([\d.]+)分，综合得分([\d.]+)分，自评等级为“(.+?)”")
    res.append(("weight_sum_mismatch", sum(dec(x) for x in w) == 100, "dept weights"))
    for wi, si in zip(w, s[:4]):
        res.append(("score_exceeds_weight", D(0) <= dec(si) <= dec(wi), f"{si} ≤ {wi}"))
    res.append(eq_sum("score_sum_mismatch", list(s[:4]), s[4], "dept total"))
    res.append(("grade_mismatch", GRADE_NORM[s[5]] == grade_of(dec(s[4])), f"grade {s[5]} for {s[4]}"))
    return res


CHECKS = {
    "jx-zhanggong-yuwufenliu-2021": check_p1,
    "ha-chuanhui-yilaodian-2022": check_p2,
    "sx-yanhu-bengzhan-2018": check_p3,
    "sc-cuiping-guanwangqingyu-2023": check_p4,
    "hn-zhuhui-paishui-2024": check_p5,
}
LAYOUT = {
    "jx-zhanggong-yuwufenliu-2021": "｜",
    "ha-chuanhui-yilaodian-2022": "|",
    "sx-yanhu-bengzhan-2018": "\t",
    "sc-cuiping-guanwangqingyu-2023": "  ",
    "hn-zhuhui-paishui-2024": None,
}


def diff_region(a, b):
    """[start, end) in b of the single contiguous region where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    if len(labels) != 35 or sum(r["clean"] for r in labels) != 5:
        problems.append("expected 35 cases, 5 clean")
    counts = Counter()
    where = Counter()
    clean_text = {}
    for r in labels:
        if r["clean"]:
            clean_text[r["source"]] = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
    for src, t in clean_text.items():
        n = len(t)
        if not 2800 <= n <= 3400:
            problems.append(f"{src}: clean draft has {n} characters (want 2800-3400)")
        lay = LAYOUT[src]
        if lay is None:
            if "｜" in t or "\t" in t or re.search(r"^\|", t, re.M) or re.search(r"\S {2,}\S", t):
                problems.append(f"{src}: prose-only draft contains a table")
        elif lay == "  ":
            if not re.search(r"\S {2,}\S", t):
                problems.append(f"{src}: no space-separated table")
        elif lay not in t:
            problems.append(f"{src}: layout separator {lay!r} missing")
    for r in labels:
        path = os.path.join(CASES, r["case"])
        t = open(path, encoding="utf-8").read()
        check = CHECKS[r["source"]]
        try:
            results = check(t)
        except Exception as e:  # a regex that no longer matches is a failure of the set
            problems.append(f"{r['case']}: checker raised {type(e).__name__}: {e}")
            continue
        failed = [(c, m) for (c, ok, m) in results if not ok]
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with expected findings")
            for c, m in failed:
                problems.append(f"{r['case']}: clean draft fails {c}: {m}")
            continue
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: expected exactly one label")
            continue
        lab = r["expected"][0]
        code, value = lab["code"], lab["value"]
        counts[code] += 1
        if code not in CODES13 or lab["severity"] != "error":
            problems.append(f"{r['case']}: bad code/severity {code}/{lab['severity']}")
        k = t.count(value)
        if k != 1:
            problems.append(f"{r['case']}: label value occurs {k} times")
        clean = clean_text[r["source"]]
        ds, de = diff_region(clean, t)
        vs = t.find(value)
        ve = vs + len(value)
        if not (vs < max(de, ds + 1) and ds < ve):
            problems.append(f"{r['case']}: edit region [{ds},{de}) does not overlap the value [{vs},{ve})")
        fcodes = {c for c, m in failed if c not in WARNINGS}
        if code not in fcodes:
            problems.append(f"{r['case']}: labelled {code} does not fail")
        others = fcodes - {code}
        if others:
            problems.append(f"{r['case']}: other error codes fail too: {sorted(others)} "
                            + "; ".join(m for c, m in failed if c in others))
        # the case must differ from its clean draft (no double edits elsewhere)
        if clean == t:
            problems.append(f"{r['case']}: identical to the clean draft")
    for c in CODES13:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    n_checks = sum(len(CHECKS[s](t)) for s, t in clean_text.items())
    if problems:
        for p in problems:
            print("FAIL:", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {n_checks} arithmetic checks per clean set, codes: "
          + ", ".join(f"{c}={counts[c]}" for c in CODES13))
    print("OK")


if __name__ == "__main__":
    main()
