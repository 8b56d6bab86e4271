#!/usr/bin/env python3
"""Verify the set: labels, one-place edits, code coverage, and the arithmetic of every case.

Standard library only; numbers are decimal.Decimal; a stated value with d decimals matches a computed
value c iff |c - v| <= 0.5 * 10^-d (+1e-9)  (rules.md section 8).

For each of the five projects a checker function re-extracts every figure from the text (anchored regular
expressions and a parser for that draft's table layout) and redoes the arithmetic.  Every check carries one
of the 13 error codes of errors.md section A.  Clean drafts must pass every check (and the scoring-rule
sanity checks); each error case must fail its labelled code and no other code.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
}
EPS = D("1e-9")
HUNDRED = D(100)
WAN = D(10000)


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------------------------------------- numbers
def num(s):
    return D(s.replace(",", "").replace("，", "").strip().rstrip("%"))


def ndec(s):
    s = s.replace(",", "").strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -ndec(s)) + EPS


def ok(computed, stated):
    """computed: Decimal; stated: the figure as written."""
    return abs(D(computed) - num(stated)) <= tol(stated)


def same(a, b):
    """two written figures of the same quantity agree at the coarser precision."""
    return abs(num(a) - num(b)) <= D("0.5") * (D(10) ** -min(ndec(a), ndec(b))) + EPS


def one(text, pat, group=1):
    ms = list(re.finditer(pat, text, re.S))
    if len(ms) != 1:
        raise ExtractError(f"{len(ms)} matches for {pat!r}")
    return ms[0].group(group) if isinstance(group, int) else ms[0].groups()


def pct(s):
    return num(s.rstrip("%"))


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

VAL = re.compile(r"^(≥|≤|=)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(\S*)$")


def parse_val(s):
    """'≥12000剂' -> ('gte', 12000, '剂'); dates and words -> None."""
    s = s.strip()
    if "年" in s or "月" in s:
        return None
    m = VAL.match(s)
    if not m:
        return None
    sign = {"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return sign, num(m.group(2)), m.group(3)


def completion(t, a):
    sign, tv, _ = t
    av = a[1]
    if sign == "lte":
        return HUNDRED if av <= tv else tv / av * HUNDRED
    return av / tv * HUNDRED


def rule_score(t, a, w):
    sign, tv, _ = t
    av = a[1]
    if sign == "lte":
        return w if av <= tv else w * tv / av
    return min(w, w * av / tv)


# ---------------------------------------------------------------------------------------------- results
class R:
    def __init__(self):
        self.fails = []     # (code, message)
        self.sanity = []    # scoring-rule problems (warnings; clean drafts must have none)

    def check(self, code, cond, msg):
        assert code in CODES, code
        if not cond:
            self.fails.append((code, msg))

    def rule(self, cond, msg):
        if not cond:
            self.sanity.append(msg)

    def codes(self):
        return {c for c, _ in self.fails}


# ---------------------------------------------------------------------------------------------- shared checks
def amount_check(r, price_yuan, qty, amount_str, amount_unit, what):
    """price (元 per unit) x qty must equal the stated amount; a 10^4 slip is unit_mismatch."""
    want_yuan = price_yuan * qty
    got_yuan = num(amount_str) * (WAN if amount_unit == "万元" else 1)
    if abs(got_yuan - want_yuan) <= tol(amount_str) * (WAN if amount_unit == "万元" else 1):
        return
    for f in (WAN, 1 / WAN):
        if abs(got_yuan / f - want_yuan) <= tol(amount_str) * (WAN if amount_unit == "万元" else 1):
            r.check("unit_mismatch", False, f"{what}: {amount_str}{amount_unit} is off by 10^4 from {want_yuan}元")
            return
    r.check("sum_mismatch", False, f"{what}: {price_yuan} x {qty} = {want_yuan}元, stated {amount_str}{amount_unit}")


def rate_row_check(r, rows, label):
    """implausible rates among indicator actuals (satisfaction and other 率 over 100% or negative)."""
    for row in rows:
        a = row["actual"].strip()
        if a.endswith("%") and ("率" in row["name"] or "满意度" in row["name"]):
            v = pct(a)
            r.check("implausible_rate", D(0) <= v <= HUNDRED, f"{label} {row['name']}: {a} outside 0-100%")


def indicator_checks(r, rows, label, heading_w=None):
    """per-row unit / completion / weight-score checks and scoring-rule sanity."""
    for row in rows:
        t, a = parse_val(row["target"]), parse_val(row["actual"])
        w, s = num(row["weight"]), num(row["score"])
        r.check("score_exceeds_weight", D(0) <= s <= w, f"{label} {row['name']}: score {row['score']} vs weight {row['weight']}")
        if (t is None) != (a is None):
            r.check("unit_mismatch", False, f"{label} {row['name']}: {row['target']} vs {row['actual']}")
            continue
        if t is None:
            r.rule(s == w, f"{row['name']}: date row not at full marks")
            continue
        if t[2] != a[2]:
            r.check("unit_mismatch", False, f"{label} {row['name']}: unit {t[2]!r} vs {a[2]!r}")
            continue
        comp = completion(t, a)
        c = row.get("comp")
        if c not in (None, "", "—"):
            r.check("completion_mismatch", ok(comp, c), f"{label} {row['name']}: completion {comp:.4f} vs {c}")
        r.rule(ok(rule_score(t, a, w), row["score"]), f"{row['name']}: score {row['score']} vs rule {rule_score(t, a, w):.4f}")
    rate_row_check(r, rows, label)


def weight_score_sums(r, rows, extra_w, extra_s, total_w, total_s, label, heading_w=None):
    """heading_w: {一级: '50'} from headings like 产出指标（50分）."""
    by_l1 = {}
    for row in rows:
        by_l1.setdefault(row["l1"], []).append(row)
    if heading_w:
        for l1, hw in heading_w.items():
            sw = sum(num(x["weight"]) for x in by_l1.get(l1, []))
            r.check("weight_sum_mismatch", ok(sw, hw), f"{label} {l1}: weights {sw} vs heading {hw}")
    sw = sum(num(x["weight"]) for x in rows) + sum(num(x) for x in extra_w)
    r.check("weight_sum_mismatch", sw == HUNDRED, f"{label}: weights add to {sw}, not 100")
    if total_w is not None:
        r.check("weight_sum_mismatch", ok(sw, total_w), f"{label}: weights {sw} vs total {total_w}")
    ss = sum(num(x["score"]) for x in rows) + sum(num(x) for x in extra_s)
    r.check("score_sum_mismatch", ok(ss, total_s), f"{label}: scores add to {ss}, total says {total_s}")
    return by_l1


def targets_match(r, text, pattern, table_targets, label):
    """goal sentence targets (万 multiplies by 10^4 unless the table keeps 万 in the unit) vs table 年度指标值."""
    got = one(text, pattern, None)
    if len(got) != len(table_targets):
        raise ExtractError("goal targets")
    for g, tt in zip(got, table_targets):
        pv = parse_val(tt)
        mult = WAN if (g.endswith("万") and not pv[2].startswith("万")) else 1
        val = num(g.rstrip("万")) * mult
        r.check("conflicting_values", abs(val - pv[1]) <= tol(g.rstrip("万")) * mult,
                f"{label}: goal {g} vs table target {tt}")


def year_carry(r, text, year):
    for y in re.findall(r"结转至(\d{4})年", text):
        r.check("year_mismatch", int(y) > year, f"carried over to {y} in the {year} report")
    for y in re.findall(r"截至(\d{4})年12月31日", text):
        r.check("year_mismatch", int(y) == year, f"截至{y}年12月31日 in the {year} report")
    for y in re.findall(r"(\d{4})年12月提前下达", text):
        r.check("year_mismatch", int(y) == year - 1, f"advance of {y}年12月 in the {year} report")


def grade_check(r, stated_grade, total_str, label):
    g = GRADE_NORM.get(stated_grade)
    r.check("grade_mismatch", g == grade_of(num(total_str)), f"{label}: grade {stated_grade} for total {total_str}")


# ---------------------------------------------------------------------------------------------- A: dairy (pipes)
def check_nm(text):
    r = R()
    year = int(one(text, r"^.*?\n(\d{4})年度奶业振兴项目"))
    lines = [l for l in text.splitlines() if l.startswith("|")]
    cells = [[c.strip() for c in l.strip().strip("|").split("|")] for l in lines]
    funds = {c[0].replace("其中：", ""): c for c in cells if c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    if len(funds) != 4:
        raise ExtractError("funds block")
    tot = funds["年度资金总额"]
    for col, name in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        comp = sum(num(funds[k][col]) for k in ("当年财政拨款", "上年结转资金", "其他资金"))
        r.check("sum_mismatch", ok(comp, tot[col]), f"funds {name}: components {comp} vs total {tot[col]}")
    rate = num(tot[3]) / num(tot[2]) * HUNDRED
    r.check("rate_mismatch", ok(rate, tot[5].rstrip("%")), f"execution rate {rate:.4f} vs {tot[5]}")
    r.check("implausible_rate", pct(tot[5]) <= HUNDRED, "execution rate over 100%")
    r.rule(ok(num(tot[4]) * min(rate, HUNDRED) / HUNDRED, tot[6]), "execution score")
    # indicator block
    rows, heading_w, l1 = [], {}, None
    total = None
    for c in cells:
        if len(c) < 9 or c[0] == "一级指标":
            continue
        if c[0] == "总分":
            total = c
            continue
        if c[0]:
            m = re.match(r"(.+?)（(\d+)分）", c[0])
            l1 = m.group(1) if m else c[0]
            if m:
                heading_w[l1] = m.group(2)
        rows.append(dict(l1=l1, l2=c[1], name=c[2], target=c[3], actual=c[4], comp=c[5], weight=c[6], score=c[7]))
    if total is None or len(rows) != 10:
        raise ExtractError("indicator block")
    indicator_checks(r, rows, "table", heading_w)
    by_l1 = weight_score_sums(r, rows, [tot[4]], [tot[6]], total[6], total[7], "table", heading_w)
    grade_check(r, total[8], total[7], "table")
    ind = {x["name"]: x for x in rows}
    targets_match(r, text, r"补贴性控冻精不少于([\d,]+)剂，新建改扩建青贮窖不少于([\d,]+)立方米，种植苜蓿不少于([\d.]+)万亩，生鲜乳抽检合格率不低于(\d+)%，项目区成母牛平均单产达到([\d.]+)吨以上，带动奶农(\d+)户以上",
                  [ind[k]["target"] for k in ("性控冻精补贴数量", "新建改扩建青贮窖", "苜蓿种植面积", "生鲜乳抽检合格率", "项目区成母牛平均单产", "带动奶农户数")], "goals")
    # prose: funds
    ini = one(text, r"旗财政批复本项目预算([\d,.]+)万元")
    add = one(text, r"追加第二批奶业振兴资金([\d,.]+)万元")
    carry = one(text, r"2021年结转的([\d,.]+)万元")
    annual = one(text, r"全年预算调整为([\d,.]+)万元")
    r.check("sum_mismatch", ok(num(ini) + num(add) + num(carry), annual), "1260 + 66.8 + 91.8 vs annual")
    r.check("sum_mismatch", ok(num(ini) + num(add), funds["当年财政拨款"][2]), "initial + top-up vs 当年财政拨款 全年")
    r.check("conflicting_values", same(ini, tot[1]), "initial budget text vs table")
    r.check("conflicting_values", same(carry, funds["上年结转资金"][2]), "carry-over text vs table")
    r.check("conflicting_values", same(annual, tot[2]), "annual budget text vs table")
    spent = one(text, r"项目累计支出([\d,.]+)万元")
    r.check("conflicting_values", same(spent, tot[3]), "spent text vs table")
    left = one(text, r"未支出的([\d,.]+)万元")
    r.check("balance_mismatch", ok(num(annual) - num(spent), left), "unspent = annual - spent")
    # sub-item: sexed semen
    alloc, price, qty, sub, subrate = one(text, r"性控冻精补贴安排([\d,.]+)万元，按每剂([\d,.]+)元的标准补贴([\d,]+)剂，实际支出([\d,.]+)万元，执行率([\d.]+)%", None)
    amount_check(r, num(price), num(qty), sub, "万元", "semen subsidy")
    r.check("rate_mismatch", ok(num(sub) / num(alloc) * HUNDRED, subrate), f"semen sub-rate {subrate}")
    r.check("implausible_rate", num(subrate) <= HUNDRED, "semen sub-rate over 100%")
    r.check("conflicting_values", same(qty, parse_val(ind["性控冻精补贴数量"]["actual"])[1].to_eng_string()), "semen doses text vs table")
    r.check("conflicting_values", same(price, str(parse_val(ind["性控冻精每剂补贴"]["actual"])[1])), "price per dose text vs table")
    # prose: outputs and effects vs the table
    silo, short = one(text, r"青贮窖建设完成([\d,]+)立方米，还有约([\d,]+)立方米", None)
    r.check("conflicting_values", same(silo, str(parse_val(ind["新建改扩建青贮窖"]["actual"])[1])), "silo text vs table")
    r.check("sum_mismatch", ok(parse_val(ind["新建改扩建青贮窖"]["target"])[1] - num(silo), short), "silo shortfall")
    alf = one(text, r"全旗种植优质苜蓿([\d.]+)万亩")
    r.check("conflicting_values", same(alf, str(parse_val(ind["苜蓿种植面积"]["actual"])[1])), "alfalfa text vs table")
    prev, yld = one(text, r"平均单产由2021年的([\d.]+)吨提高到([\d.]+)吨", None)
    r.check("conflicting_values", same(yld, str(parse_val(ind["项目区成母牛平均单产"]["actual"])[1])), "milk yield text vs table")
    hh, less = one(text, r"项目共带动(\d+)户奶农，比目标少(\d+)户", None)
    r.check("conflicting_values", same(hh, str(parse_val(ind["带动奶农户数"]["actual"])[1])), "households text vs table")
    r.check("sum_mismatch", ok(parse_val(ind["带动奶农户数"]["target"])[1] - num(hh), less), "household shortfall")
    manure = one(text, r"综合利用率达到([\d.]+)%")
    r.check("conflicting_values", same(manure, ind["养殖粪污综合利用率"]["actual"].rstrip("%")), "manure text vs table")
    sat = one(text, r"奶农满意度为([\d.]+)%")
    r.check("conflicting_values", same(sat, ind["奶农满意度"]["actual"].rstrip("%")), "satisfaction text vs table")
    r.check("implausible_rate", num(sat) <= HUNDRED, "satisfaction over 100%")
    # prose: scores
    pe, po, pb, ps, pt, pg = one(text, r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，自评总分([\d.]+)分，等级为(\S)", None)
    r.check("conflicting_values", same(pe, tot[6]), "execution score text vs table")
    for l1, stated in (("产出指标", po), ("效益指标", pb), ("满意度指标", ps)):
        r.check("score_sum_mismatch", ok(sum(num(x["score"]) for x in by_l1[l1]), stated), f"{l1} subtotal {stated}")
    r.check("score_sum_mismatch", ok(num(pe) + num(po) + num(pb) + num(ps), pt), "text total")
    r.check("conflicting_values", same(pt, total[7]), "total text vs table")
    grade_check(r, pg, pt, "text")
    year_carry(r, text, year)
    return r


# ---------------------------------------------------------------------------------------------- B: beef cattle (tabs)
def check_jl(text):
    r = R()
    year = int(one(text, r"\n(\d{4})年度肉牛良种补贴项目"))
    cells = [l.split("\t") for l in text.splitlines() if "\t" in l]
    funds = {c[0].replace("其中：", ""): c for c in cells if c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    if len(funds) != 4:
        raise ExtractError("funds block")
    tot = funds["年度资金总额"]
    for col, name in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        comp = sum(num(funds[k][col]) for k in ("当年财政拨款", "上年结转资金", "其他资金"))
        r.check("sum_mismatch", ok(comp, tot[col]), f"funds {name}")
    rate = num(tot[3]) / num(tot[2]) * HUNDRED
    r.check("rate_mismatch", ok(rate, tot[5].rstrip("%")), f"execution rate {rate:.4f} vs {tot[5]}")
    r.check("implausible_rate", pct(tot[5]) <= HUNDRED, "execution rate over 100%")
    r.rule(ok(num(tot[4]) * min(rate, HUNDRED) / HUNDRED, tot[6]), "execution score")
    rows, total = [], None
    for c in cells:
        if c[0] in ("产出指标", "效益指标", "满意度指标") and len(c) >= 8:
            rows.append(dict(l1=c[0], l2=c[1], name=c[2], target=c[3], actual=c[4], comp=c[5], weight=c[6], score=c[7]))
        if c[0] == "合计":
            total = c
    if total is None or len(rows) != 10:
        raise ExtractError("indicator block")
    indicator_checks(r, rows, "table")
    weight_score_sums(r, rows, [tot[4]], [tot[6]], total[6], total[7], "table")
    grade_check(r, one(text, r"综合评价等级为“(\S+?)”"), total[7], "text")
    ind = {x["name"]: x for x in rows}
    targets_match(r, text, r"补贴良种冻精([\d.]+万)剂以上，覆盖能繁母牛([\d.]+万)头以上，培训人工授精技术员(\d+)人次以上；改良犊牛成活率达到(\d+)%以上，受益养殖户不少于(\d+)户，养殖户满意度不低于(\d+)%",
                  [ind[k]["target"] for k in ("冻精补贴数量", "改良能繁母牛数", "人工授精技术员培训", "改良犊牛成活率", "受益养殖户", "养殖户满意度")], "goals")
    # prose funds
    c140, adv, adv_year, add, annual = one(text, r"年初预算安排中央肉牛良种补贴资金([\d.]+)万元（其中([\d.]+)万元为(\d{4})年12月提前下达的指标），年中省级追加配套资金([\d.]+)万元，全年预算([\d.]+)万元", None)
    r.check("sum_mismatch", ok(num(c140) + num(add), annual), "140 + 46 vs annual")
    r.check("sum_mismatch", num(adv) <= num(c140), "advance within the central money")
    r.check("conflicting_values", same(c140, tot[1]), "initial text vs table")
    r.check("conflicting_values", same(annual, tot[2]), "annual text vs table")
    recv_rate = one(text, r"全部拨入项目专户，到位率(\d+)%")
    r.check("rate_mismatch", ok(num(annual) / num(annual) * HUNDRED, recv_rate), "到位率 (all received)")
    received = num(annual)
    price, doses = one(text, r"补贴标准为每剂([\d.]+)元，全年共补贴冻精([\d,]+)剂", None)
    cows, avg_doses, per_head = one(text, r"能繁母牛([\d,]+)头，平均每头使用冻精([\d.]+)剂，补贴资金折合每头母牛([\d.]+)元", None)
    spent, semen, train, equip, prose_rate = one(text, r"全年项目支出([\d.]+)万元，其中冻精补贴([\d.]+)万元、技术员培训([\d.]+)万元、改良站点液氮罐及输精器械更新([\d.]+)万元，预算执行率([\d.]+)%", None)
    amount_check(r, num(price), num(doses), semen, "万元", "semen subsidy")
    r.check("average_mismatch", ok(num(doses) / num(cows), avg_doses), "doses per cow")
    r.check("average_mismatch", ok(num(semen) * WAN / num(cows), per_head), "yuan per cow")
    r.check("sum_mismatch", ok(num(semen) + num(train) + num(equip), spent), "spending components")
    r.check("conflicting_values", same(spent, tot[3]), "spent text vs table")
    r.check("rate_mismatch", ok(num(spent) / num(annual) * HUNDRED, prose_rate), "text execution rate")
    r.check("conflicting_values", same(prose_rate, tot[5].rstrip("%")), "rate text vs table")
    bal = one(text, r"结余资金([\d.]+)万元")
    r.check("balance_mismatch", ok(received - num(spent), bal), f"balance {received - num(spent)} vs {bal}")
    r.check("conflicting_values", same(doses, str(parse_val(ind["冻精补贴数量"]["actual"])[1])), "doses text vs table")
    r.check("conflicting_values", same(cows, str(parse_val(ind["改良能繁母牛数"]["actual"])[1])), "cows text vs table")
    r.check("conflicting_values", same(price, str(parse_val(ind["每剂冻精补贴标准"]["actual"])[1])), "price text vs table")
    rates = one(text, r"情期受胎率分别为([\d.%、]+)，平均为([\d.]+)%", None)
    items = [num(x.rstrip("%")) for x in rates[0].split("、")]
    r.check("average_mismatch", ok(sum(items) / len(items), rates[1]), f"conception average {rates[1]}")
    gain = one(text, r"平均每头多卖(\d+)元")
    r.check("conflicting_values", same(gain, str(parse_val(ind["改良犊牛每头增收"]["actual"])[1])), "gain text vs table")
    hh, less = one(text, r"受益养殖户([\d,]+)户，比目标少(\d+)户", None)
    r.check("conflicting_values", same(hh, str(parse_val(ind["受益养殖户"]["actual"])[1])), "households text vs table")
    r.check("sum_mismatch", ok(parse_val(ind["受益养殖户"]["target"])[1] - num(hh), less), "household shortfall")
    surv = one(text, r"改良犊牛成活率为([\d.]+)%")
    r.check("conflicting_values", same(surv, ind["改良犊牛成活率"]["actual"].rstrip("%")), "survival text vs table")
    sat = one(text, r"满意度为([\d.]+)%")
    r.check("conflicting_values", same(sat, ind["养殖户满意度"]["actual"].rstrip("%")), "satisfaction text vs table")
    r.check("implausible_rate", num(sat) <= HUNDRED, "satisfaction over 100%")
    year_carry(r, text, year)
    r.check("year_mismatch", int(adv_year) == year - 1, "advance year")
    return r


# ---------------------------------------------------------------------------------------------- C: cotton (cells per line)
def flat_rows(text):
    rows, cur = [], []
    for line in text.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:])
        else:
            if cur:
                rows.append(cur)
            cur = []
    if cur:
        rows.append(cur)
    return rows


def check_xj(text):
    r = R()
    year = int(one(text, r"^巴楚县农业农村局(\d{4})年度"))
    rows = flat_rows(text)
    funds = {c[1]: c for c in rows if len(c) == 7 and c[1].startswith("(")}
    if len(funds) != 7:
        raise ExtractError("funds block")
    f = {k.split("=")[0] if "=" in k else k: v for k, v in funds.items()}
    if set(f) != {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"}:
        raise ExtractError("funds row numbers")
    cols = range(2, 7)
    for key in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        row = f[key]
        r.check("sum_mismatch", ok(sum(num(row[i]) for i in range(3, 7)), row[2]), f"funds {key}: sum of sources vs total")
    for i in cols:
        b, recv, spent, bal = num(f["(2)"][i]), num(f["(3)"][i]), num(f["(4)"][i]), f["(5)"][i]
        r.check("balance_mismatch", ok(recv - spent, bal), f"col {i}: balance")
        for key, numer in (("(6)", recv), ("(7)", spent)):
            cell = f[key][i]
            if b == 0:
                r.check("implausible_rate", num(cell) == 0, f"col {i} {key}: rate {cell} on a zero base")
            else:
                r.check("rate_mismatch", ok(numer / b * HUNDRED, cell), f"col {i} {key}: {numer / b * HUNDRED:.4f} vs {cell}")
                r.check("implausible_rate", num(cell) <= HUNDRED, f"col {i} {key}: over 100")
    ind_rows, total = [], None
    for c in rows:
        if len(c) == 8 and c[0] in ("预算执行", "产出指标", "效益指标", "满意度指标"):
            ind_rows.append(dict(l1=c[0], l2=c[1], name=c[2], target=c[3], actual=c[4], comp=c[5], weight=c[6], score=c[7]))
        if c and c[0] == "合计":
            total = c
    if total is None or len(ind_rows) != 11:
        raise ExtractError("indicator block")
    indicator_checks(r, ind_rows, "table")
    weight_score_sums(r, ind_rows, [], [], total[6], total[7], "table")
    ind = {x["name"]: x for x in ind_rows}
    ex = ind["预算执行率"]
    r.check("conflicting_values", same(ex["actual"].rstrip("%"), f["(7)"][2]), "execution rate indicator vs funds table")
    targets_match(r, text, r"全县补贴棉花种植面积不少于(\d+)万亩，补贴籽棉交售量不少于(\d+)万吨，面积核查误差率控制在(\d+)%以内",
                  [ind[k]["target"] for k in ("补贴棉花种植面积", "补贴籽棉交售量", "面积核查误差率")], "goals")
    sat_goal = one(text, r"植棉户满意度不低于(\d+)%")
    r.check("conflicting_values", same(sat_goal, str(parse_val(ind["植棉户满意度"]["target"])[1])), "satisfaction goal")
    # per-mu subsidy income = central subsidy / verified area
    area = parse_val(ind["补贴棉花种植面积"]["actual"])[1]
    permu = ind["植棉户亩均补贴收入"]["actual"].rstrip("元")
    r.check("average_mismatch", ok(num(f["(4)"][3]) / area, permu), "per-mu subsidy")
    # prose
    stated_total, grade = one(text, r"本项目自评得分(\d+(?:\.\d+)?)分，评价等级为“(\S+?)”", None)
    r.check("conflicting_values", same(stated_total, total[7]), "total text vs table")
    grade_check(r, grade, stated_total, "text")
    adv = one(text, r"年初预拨的([\d.]+)万元")
    r.check("conflicting_values", same(adv, f["(1)"][2]), "advance vs 年初预算")
    parea, pqty, price, paid = one(text, r"全县核实补贴面积([\d.]+)万亩，交售籽棉([\d.]+)万吨，按每吨籽棉(\d+)元的标准兑付补贴([\d.]+)万元", None)
    r.check("conflicting_values", same(parea, str(area)), "area text vs table")
    r.check("conflicting_values", same(pqty, str(parse_val(ind["补贴籽棉交售量"]["actual"])[1])), "tonnage text vs table")
    r.check("conflicting_values", same(price, str(parse_val(ind["每吨籽棉补贴标准"]["actual"])[1])), "price text vs table")
    amount_check(r, num(price), num(pqty) * WAN, paid, "万元", "subsidy = price x tonnage")
    r.check("conflicting_values", same(paid, f["(4)"][3]), "subsidy paid vs central spending")
    err = one(text, r"抽查误差率为([\d.]+)%")
    r.check("conflicting_values", same(err, ind["面积核查误差率"]["actual"].rstrip("%")), "error rate text vs table")
    sat = one(text, r"满意度为([\d.]+)%")
    r.check("conflicting_values", same(sat, ind["植棉户满意度"]["actual"].rstrip("%")), "satisfaction text vs table")
    r.check("implausible_rate", num(sat) <= HUNDRED, "satisfaction over 100%")
    approx = one(text, r"全县棉花播种面积约(\d+)万亩")
    r.check("conflicting_values", abs(num(approx) - area) <= 1, "约98万亩 vs verified area")
    for y in re.findall(r"(\d{4})年12月\d+日", text):
        r.check("year_mismatch", int(y) == year, f"date in {y}")
    year_carry(r, text, year)
    return r


# ---------------------------------------------------------------------------------------------- D: sugarcane (spaces)
def check_gx(text):
    r = R()
    year = int(one(text, r"\n(\d{4})年度糖料蔗良种良法"))
    block = text.split("三、项目绩效自评表")[1].split("四、绩效目标完成情况")[0]
    cells = [re.split(r" {2,}", l) for l in block.splitlines() if "  " in l]
    funds = {c[0].replace("其中：", ""): c for c in cells if c[0] in ("年度资金总额", "其中：自治区补助", "县级配套")}
    if len(funds) != 3:
        raise ExtractError("funds block")
    tot = funds["年度资金总额"]
    for col, name in ((1, "全年预算数"), (2, "全年执行数")):
        r.check("sum_mismatch", ok(num(funds["自治区补助"][col]) + num(funds["县级配套"][col]), tot[col]), f"funds {name}")
    for k, row in funds.items():
        rate = num(row[2]) / num(row[1]) * HUNDRED
        r.check("rate_mismatch", ok(rate, row[3].rstrip("%")), f"{k}: rate {rate:.4f} vs {row[3]}")
        r.check("implausible_rate", pct(row[3]) <= HUNDRED, f"{k}: rate over 100%")
    r.rule(ok(num(tot[4]) * num(tot[2]) / num(tot[1]), tot[5]), "execution score")
    rows, total, l1 = [], None, None
    for c in cells:
        if c[0] == "合计":
            total = c
            continue
        if len(c) < 7 or c[0] in ("一级指标", "资金来源") or c[0] in funds or c[0].startswith("其中"):
            continue
        if c[0]:
            l1 = c[0]
        rows.append(dict(l1=l1, l2=c[1], name=c[2], target=c[3], actual=c[4], comp=None, weight=c[5], score=c[6]))
    if total is None or len(rows) != 12:
        raise ExtractError(f"indicator block {len(rows)}")
    indicator_checks(r, rows, "table")
    weight_score_sums(r, rows, [], [], total[1], total[2], "table")
    ind = {x["name"]: x for x in rows}
    ex = ind["预算执行率"]
    r.check("conflicting_values", same(ex["actual"].rstrip("%"), tot[3].rstrip("%")), "execution rate indicator vs funds")
    targets_match(r, text, r"推广良种面积([\d.]+万)亩以上，完成机械化深耕深松([\d.]+万)亩以上，举办技术培训不少于(\d+)期；良种种苗纯度达到(\d+)%以上，良种蔗亩均增产([\d.]+)吨以上，带动蔗农(\d+)户以上，蔗农满意度达到(\d+)%以上",
                  [ind[k]["target"] for k in ("推广糖料蔗良种面积", "机械化深耕深松面积", "良种良法技术培训", "良种种苗纯度", "良种蔗亩均增产", "带动蔗农户数", "蔗农满意度")], "goals")
    r.check("conflicting_values", same(ex["score"], tot[5]), "execution score indicator vs funds")
    grade_check(r, one(text, r"自评结果为“(\S+?)”"), total[2], "text")
    # prose funds
    annual, reg, cty = one(text, r"全年预算([\d.]+)万元，其中自治区糖料蔗良种良法补助资金([\d.]+)万元，县级财政配套([\d.]+)万元", None)
    r.check("sum_mismatch", ok(num(reg) + num(cty), annual), "sources vs annual")
    r.check("conflicting_values", same(annual, tot[1]), "annual text vs table")
    r.check("conflicting_values", same(reg, funds["自治区补助"][1]), "regional text vs table")
    r.check("conflicting_values", same(cty, funds["县级配套"][1]), "county text vs table")
    seed, till, train = one(text, r"良种种苗补贴([\d.]+)万元、机械化深耕深松补助([\d.]+)万元、技术培训及示范基地建设([\d.]+)万元", None)
    r.check("sum_mismatch", ok(num(seed) + num(till) + num(train), annual), f"use split {seed}+{till}+{train} vs {annual}")
    p1, a1 = one(text, r"良种种苗按每亩(\d+)元补贴，全县推广良种([\d,]+)亩", None)
    amount_check(r, num(p1), num(a1), seed, "万元", "seedling subsidy")
    p2, a2, amt, unit = one(text, r"深耕深松按每亩(\d+)元补助，完成作业([\d,]+)亩，补助资金(\d+)(万元|元)", None)
    amount_check(r, num(p2), num(a2), amt, unit, "deep tillage amount")
    amount_check(r, D(1), num(till) * WAN, amt, unit, "deep tillage amount vs split")
    r.check("conflicting_values", same(a1, str(parse_val(ind["推广糖料蔗良种面积"]["actual"])[1])), "seed area text vs table")
    r.check("conflicting_values", same(a2, str(parse_val(ind["机械化深耕深松面积"]["actual"])[1])), "tillage area text vs table")
    r.check("conflicting_values", same(p1, str(parse_val(ind["良种种苗每亩补贴"]["actual"])[1])), "per-mu text vs table")
    sessions = one(text, r"全年实际举办技术培训(\d+)期")
    r.check("conflicting_values", same(sessions, str(parse_val(ind["良种良法技术培训"]["actual"])[1])), "sessions")
    pur, emerg = one(text, r"种苗纯度抽检结果为([\d.]+)%，出苗率([\d.]+)%", None)
    r.check("conflicting_values", same(pur, ind["良种种苗纯度"]["actual"].rstrip("%")), "purity")
    r.check("conflicting_values", same(emerg, ind["良种蔗出苗率"]["actual"].rstrip("%")), "emergence")
    more, price_t, gain = one(text, r"每亩多产([\d.]+)吨，按当年甘蔗收购价每吨(\d+)元计算，亩均增收约(\d+)元", None)
    r.check("conflicting_values", same(more, str(parse_val(ind["良种蔗亩均增产"]["actual"])[1])), "yield gain")
    r.check("sum_mismatch", ok(num(more) * num(price_t), gain), "income gain (约)")
    cov = one(text, r"良种覆盖率达到([\d.]+)%")
    r.check("conflicting_values", same(cov, ind["良种覆盖率"]["actual"].rstrip("%")), "coverage")
    sat = one(text, r"蔗农满意度为([\d.]+)%")
    r.check("conflicting_values", same(sat, ind["蔗农满意度"]["actual"].rstrip("%")), "satisfaction")
    r.check("implausible_rate", num(sat) <= HUNDRED, "satisfaction over 100%")
    carry = one(text, r"县级配套资金中有([\d.]+)万元")
    r.check("balance_mismatch", ok(num(funds["县级配套"][1]) - num(funds["县级配套"][2]), carry), "county carry-over")
    r.check("balance_mismatch", ok(num(tot[1]) - num(tot[2]), carry), "total unspent = county carry-over")
    year_carry(r, text, year)
    for y in re.findall(r"(\d{4})年12月\d+日", block):
        r.check("year_mismatch", int(y) == year, f"date in {y}")
    return r


# ---------------------------------------------------------------------------------------------- E: rice-fish (prose)
def check_hb(text):
    r = R()
    year = int(one(text, r"关于(\d{4})年度稻渔综合种养"))
    annual, prov, city = one(text, r"项目全年预算(\d+)万元，由省级水产绿色健康养殖补助资金(\d+)万元和市级配套资金(\d+)万元组成", None)
    r.check("sum_mismatch", ok(num(prov) + num(city), annual), "sources")
    adv = one(text, r"省级资金有(\d+)万元是\d{4}年12月提前下达的")
    r.check("sum_mismatch", num(adv) <= num(prov), "advance within provincial money")
    rr = one(text, r"资金全部到位，到位率(\d+)%")
    received = num(annual)
    r.check("rate_mismatch", ok(received / num(annual) * HUNDRED, rr), "到位率")
    r.check("implausible_rate", num(rr) <= HUNDRED, "到位率 over 100%")
    base, tail, svc = one(text, r"标准化基地补助(\d+)万元，尾水处理设施建设(\d+)万元，苗种采购及技术服务(\d+)万元", None)
    r.check("sum_mismatch", ok(num(base) + num(tail) + num(svc), annual), "budget split")
    price, unit, area, base2 = one(text, r"按每亩(\d+)(万元|元)的标准，对验收合格的([\d,]+)亩兑付补助，合计(\d+)万元", None)
    price_yuan = num(price) * (WAN if unit == "万元" else 1)
    amount_check(r, price_yuan, num(area), base2, "万元", "base subsidy = rate x area")
    r.check("conflicting_values", same(base2, base), "base subsidy vs split")
    tail_sp, tail_rate = one(text, r"尾水处理设施支出([\d.]+)万元，执行率([\d.]+)%", None)
    r.check("rate_mismatch", ok(num(tail_sp) / num(tail) * HUNDRED, tail_rate), "tail-water sub-rate")
    r.check("implausible_rate", num(tail_rate) <= HUNDRED, "sub-rate over 100%")
    svc_sp = one(text, r"苗种及技术服务支出(\d+)万元")
    spent, rate, bal = one(text, r"全年共支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元", None)
    r.check("sum_mismatch", ok(num(base2) + num(tail_sp) + num(svc_sp), spent), "spending components (base paid in full)")
    r.check("rate_mismatch", ok(num(spent) / num(annual) * HUNDRED, rate), "execution rate")
    r.check("implausible_rate", num(rate) <= HUNDRED, "execution rate over 100%")
    r.check("balance_mismatch", ok(received - num(spent), bal), f"balance {received - num(spent)} vs {bal}")
    # targets and outputs
    t_base = one(text, r"新建标准化基地不少于([\d,]+)亩")
    t_tail = one(text, r"建成尾水处理设施(\d+)处，技术培训")
    t_train = one(text, r"技术培训不少于([\d,]+)人次")
    t_yield = one(text, r"稻谷亩产不低于(\d+)公斤")
    a_base, c_base, a_tail, c_tail, a_train, c_train, a_yield, c_yield = one(
        text, r"新建标准化基地([\d,]+)亩，完成率([\d.]+)%；建成尾水处理设施(\d+)处，完成率([\d.]+)%；开展技术培训([\d,]+)人次，完成率([\d.]+)%；示范区稻谷平均亩产(\d+)公斤，完成率([\d.]+)%", None)
    for t, a, c, what in ((t_base, a_base, c_base, "base"), (t_tail, a_tail, c_tail, "tail"),
                          (t_train, a_train, c_train, "training"), (t_yield, a_yield, c_yield, "yield")):
        r.check("completion_mismatch", ok(num(a) / num(t) * HUNDRED, c), f"{what}: completion {c}")
    r.check("conflicting_values", same(a_base, area), "base area output vs subsidised area")
    w_out = one(text, r"（一）产出指标（分值(\d+)分）")
    w_ben = one(text, r"（二）效益指标（分值(\d+)分）")
    w_sat = one(text, r"（三）满意度指标（分值(\d+)分）")
    w_exe = one(text, r"（四）预算执行（分值(\d+)分）")
    ws = one(text, r"以上五项分值分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分和(\d+)分", None)
    r.check("weight_sum_mismatch", sum(num(x) for x in ws) == num(w_out), "output weights vs 50")
    w3 = one(text, r"三项指标各(\d+)分")
    r.check("weight_sum_mismatch", 3 * num(w3) == num(w_ben), "benefit weights vs 30")
    r.check("weight_sum_mismatch", num(w_out) + num(w_ben) + num(w_sat) + num(w_exe) == HUNDRED, "first-level weights")
    s_tail = one(text, r"尾水处理设施一项按完成比例得([\d.]+)分")
    r.check("score_exceeds_weight", num(s_tail) <= num(ws[1]), "tail score vs weight")
    r.rule(ok(num(ws[1]) * num(a_tail) / num(t_tail), s_tail), "tail score rule")
    s_out = one(text, r"产出指标合计得([\d.]+)分")
    r.check("score_sum_mismatch", ok(sum(num(x) for i, x in enumerate(ws) if i != 1) + num(s_tail), s_out), "output subtotal")
    s_ben = one(text, r"均达到目标，得(\d+)分")
    s_sat = one(text, r"满意度为[\d.]+%，得(\d+)分")
    s_exe = one(text, r"按执行率计算得([\d.]+)分")
    r.rule(ok(num(w_exe) * num(spent) / num(annual), s_exe), "execution score")
    for s, w, what in ((s_out, w_out, "output"), (s_ben, w_ben, "benefit"), (s_sat, w_sat, "satisfaction"), (s_exe, w_exe, "execution")):
        r.check("score_exceeds_weight", D(0) <= num(s) <= num(w), f"{what}: {s} > {w}")
    total, grade = one(text, r"本项目自评得分([\d.]+)分，等级为“(\S+?)”", None)
    r.check("score_sum_mismatch", ok(num(s_out) + num(s_ben) + num(s_sat) + num(s_exe), total), "total")
    grade_check(r, grade, total, "text")
    items, avg = one(text, r"亩均增收分别为([\d,]+元、[\d,]+元和[\d,]+元)，平均([\d,.]+)元", None)
    vals = [num(x) for x in re.findall(r"[\d,]+", items)]
    r.check("average_mismatch", ok(sum(vals) / len(vals), avg), f"average {avg}")
    sat = one(text, r"服务对象满意度为([\d.]+)%")
    r.check("implausible_rate", D(0) <= num(sat) <= HUNDRED, "satisfaction over 100%")
    t_sat = one(text, r"服务对象满意度不低于(\d+)%")
    r.rule(num(sat) >= num(t_sat), "satisfaction meets target")
    year_carry(r, text, year)
    r.check("year_mismatch", int(one(text, r"省级资金有\d+万元是(\d{4})年12月提前下达的")) == year - 1, "advance year")
    return r


CHECKERS = {
    "nm-tumotezuoqi-naiyezhenxing-2022": check_nm,
    "jl-lishu-rouniuliangzhong-2020": check_jl,
    "xj-bachu-mianhuabutie-2019": check_xj,
    "gx-fusui-ganzheliangzhong-2021": check_gx,
    "hb-jianli-daoyuzhongyang-2023": check_hb,
}


def diff_region(a, b):
    """[start, end) in b of the single contiguous region where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(CASES))
    if len(labels) != 35 or len(files) != 35:
        problems.append(f"expected 35 cases, have {len(labels)} labels and {len(files)} files")
    if {l["case"] for l in labels} != set(files):
        problems.append("labels and case files differ")
    code_count = Counter()
    where = Counter()
    for lab in labels:
        src = lab["source"]
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        if not (2800 <= len(clean) <= 3400):
            problems.append(f"{src}: clean draft has {len(clean)} characters")
        try:
            res = CHECKERS[src](text)
        except ExtractError as e:
            problems.append(f"{lab['case']}: extraction failed: {e}")
            continue
        failed = res.codes()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if failed:
                problems.append(f"{lab['case']}: clean draft fails {res.fails}")
            if res.sanity:
                problems.append(f"{lab['case']}: scoring-rule sanity: {res.sanity}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        code_count[code] += 1
        if code not in CODES or exp["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity {code} {exp['severity']}")
        if text.count(value) != 1:
            problems.append(f"{lab['case']}: value occurs {text.count(value)} times")
        start, end, _ = diff_region(clean, text)
        if start >= end and len(text) == len(clean):
            problems.append(f"{lab['case']}: identical to clean")
        # one contiguous place: re-applying the region must reproduce the case
        p0, p1, c1 = diff_region(clean, text)
        if clean[:p0] + text[p0:p1] + clean[c1:] != text:
            problems.append(f"{lab['case']}: not one contiguous change")
        vs = text.find(value)
        ve = vs + len(value)
        if not (vs < max(end, start + 1) and ve > start):
            problems.append(f"{lab['case']}: value {value!r} does not overlap the change [{start},{end})")
        if failed != {code}:
            problems.append(f"{lab['case']}: labelled {code}, arithmetic fails {sorted(failed)}: {res.fails}")
    for c in sorted(CODES):
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times")
    print("codes:", dict(sorted(code_count.items())))
    if problems:
        print("\n".join(problems))
        print("FAIL")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
