#!/usr/bin/env python3
"""Verify the drafts555 set: re-read every figure from each case text and redo its arithmetic.

Standard library + decimal only.  For every clean draft all checks must pass; for every error
case exactly the labelled error code must fail (warnings such as score_rule_mismatch are printed
but do not count).  Also checks the labels file: values occur exactly once, one contiguous edit
(<= 40 characters) overlapping the value, every errors.md §A code used at least twice.

Rules followed (see /work/shared/domain/rules.md §5-§8):
  * a stated value with d decimals agrees with a computed value c iff |c - v| <= 0.5*10^-d (+1e-9);
  * percentages and money are read exactly as written; money is normalised to 万元;
  * a broken relation that is repaired exactly by rescaling one money amount by 10^4 is
    unit_mismatch (errors.md #11 b), not sum/rate/conflict;
  * a rate over a zero base must be printed as "—" (or "0"); anything else is implausible_rate;
  * completion: gte/eq A/T, lte 100% when A <= T else T/A; qualitative bands 80-100 / 60-80 / 0-60.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
NUM = r"-?\d+(?:\.\d+)?"


# ----------------------------------------------------------------------------- helpers
def dec_places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -dec_places(s)) + D("1e-9")


def agree(stated, computed):
    """stated: numeric string as written (may end in %); computed: Decimal."""
    v = D(stated.strip().rstrip("%"))
    return abs(computed - v) <= tol(stated)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class M:
    """A money amount as written: numeric string + unit (万元 / 元)."""

    def __init__(self, raw, unit="万元"):
        self.raw = raw.strip()
        self.unit = unit

    @property
    def v(self):
        x = D(self.raw) if self.raw not in ("", "—") else D(0)
        return x / D(10000) if self.unit == "元" else x

    def __repr__(self):
        return f"{self.raw}{self.unit}"


def cell_money(s):
    s = s.strip()
    return M("0" if s in ("", "—") else s)


class Ctx:
    def __init__(self, name):
        self.name = name
        self.fails = []   # (code, message)
        self.warns = []
        self.n = 0

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def ok(self, cond, code, msg):
        self.n += 1
        if not cond:
            self.fail(code, msg)
        return cond

    def warn(self, code, msg):
        self.warns.append((code, msg))


def _rescaled(vals):
    for i in range(len(vals)):
        for f in (D("0.0001"), D(10000)):
            alt = list(vals)
            alt[i] = vals[i] * f
            yield alt


def relation(ctx, code, fn, amounts, msg):
    """fn(list of Decimal 万元 values) -> bool.  Unit-rescale repair => unit_mismatch."""
    ctx.n += 1
    vals = [m.v for m in amounts]
    if fn(vals):
        return True
    if any(fn(alt) for alt in _rescaled(vals)):
        ctx.fail("unit_mismatch", msg + f" (repaired by rescaling one amount by 10^4: {amounts})")
    else:
        ctx.fail(code, msg + f" {amounts}")
    return False


def check_sum(ctx, total, parts, what, code="sum_mismatch"):
    t = tol(total.raw)

    def fn(v):
        return abs(sum(v[1:], D(0)) - v[0]) <= t
    return relation(ctx, code, fn, [total] + list(parts), f"sum {what}:")


def check_same(ctx, a, b, what):
    t = D("0.5") * (D(10) ** -min(dec_places(a.raw), dec_places(b.raw))) + D("1e-9")
    return relation(ctx, "conflicting_values", lambda v: abs(v[0] - v[1]) <= t, [a, b], f"same {what}:")


def check_same_num(ctx, a, b, what):
    """two plain figures (not money) that state the same quantity."""
    t = D("0.5") * (D(10) ** -min(dec_places(a), dec_places(b))) + D("1e-9")
    ctx.ok(abs(D(a.rstrip("%")) - D(b.rstrip("%"))) <= t, "conflicting_values", f"same {what}: {a} vs {b}")


def check_balance(ctx, stated, a, b, what):
    t = tol(stated.raw)
    return relation(ctx, "balance_mismatch", lambda v: abs(v[1] - v[2] - v[0]) <= t,
                    [stated, a, b], f"balance {what} = a - b:")


def check_rate(ctx, stated, num, den, what):
    """stated: rate string ('96.00%', '100', '—', '0'); num/den: M."""
    s = stated.strip()
    ctx.n += 1
    if den.v == 0:
        if s not in ("—", "0", "", "-"):
            ctx.fail("implausible_rate", f"rate {what} = {s} on a zero base")
        return
    if s in ("—", ""):
        return
    val = D(s.rstrip("%"))

    def fn(v):
        return v[2] != 0 and abs(v[1] / v[2] * 100 - val) <= tol(s)
    if not fn([None, num.v, den.v]):
        if any(fn(alt) for alt in _rescaled([D(0), num.v, den.v])):
            ctx.fail("unit_mismatch", f"rate {what}: {s} repaired by rescaling {num}/{den}")
        else:
            ctx.fail("rate_mismatch", f"rate {what}: stated {s}, computed {r2(num.v / den.v * 100)}%")
        return
    if val > 100 + tol(s):
        ctx.fail("implausible_rate", f"rate {what}: {s} over 100%")


def check_approx_mu(ctx, wan_m2, wan_mu, what):
    """X 万平方米 ≈ Y 万亩 (1 万平方米 = 15 亩); Y is marked 约: interval of half a unit."""
    ctx.n += 1
    exact = D(wan_m2) * 15 / D(10000)
    if abs(exact - D(wan_mu)) > tol(wan_mu):
        ctx.fail("conflicting_values", f"{what}: {wan_m2}万平方米 is {r2(exact)}万亩, stated 约{wan_mu}万亩")


def check_approx_m2(ctx, mu, wan_m2, what):
    ctx.n += 1
    exact = D(mu) / 15
    if abs(exact - D(wan_m2)) > tol(wan_m2):
        ctx.fail("conflicting_values", f"{what}: {mu}亩 is {r2(exact)}万平方米, stated 约{wan_m2}")


def check_average(ctx, items, stated, what):
    ctx.n += 1
    mean = sum((D(x.rstrip("%")) for x in items), D(0)) / len(items)
    if abs(mean - D(stated.rstrip("%"))) > tol(stated):
        ctx.fail("average_mismatch", f"average {what}: stated {stated}, mean of {items} = {mean:.4f}")


GRADES = {"优": 0, "优秀": 0, "良": 1, "良好": 1, "中": 2, "中等": 2, "一般": 2, "合格": 2, "差": 3, "较差": 3}


def band(total):
    t = D(total)
    return 0 if t >= 90 else 1 if t >= 80 else 2 if t >= 60 else 3


def check_grade(ctx, total, word, what="grade"):
    ctx.ok(GRADES[word] == band(total), "grade_mismatch", f"{what}: {word} for total {total}")


def check_year(ctx, cond, msg):
    ctx.ok(cond, "year_mismatch", msg)


def need(text, pattern, what, flags=0):
    m = re.search(pattern, text, flags)
    if not m:
        raise AssertionError(f"pattern for {what} not found: {pattern}")
    return m


# ----------------------------------------------------------------------------- indicators
SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<": "lte", "<=": "lte",
         "=": "eq", "＝": "eq", "": "eq"}


def parse_q(s):
    """quantitative value -> (sign, Decimal, numeric string, unit) or None (qualitative / date)."""
    s = s.strip()
    if re.search(r"\d+月|\d{4}年", s):
        return None
    m = re.match(r"^(≥|≤|＞|＜|>=|<=|=|＝)?\s*(" + NUM + r")\s*(.*)$", s)
    if not m:
        return None
    return (m.group(1) or ""), D(m.group(2)), m.group(2), m.group(3).strip()


class Ind:
    def __init__(self, name, target, actual, comp, w, s, unit=None, sign=None):
        self.name, self.target, self.actual, self.comp = name, target.strip(), actual.strip(), comp.strip()
        self.w, self.s = w.strip(), s.strip()
        self.unit, self.sign = unit, sign   # Sichuan layout: separate sign / unit columns

    def q(self):
        """(kind, T, A, tunit, aunit) for quantitative rows, None for qualitative rows."""
        if self.sign is not None:                       # Sichuan columns
            if self.sign == "定性":
                return None
            pt = parse_q(self.target)
            pa = parse_q(self.actual)
            if pt is None or pa is None:
                return None
            tunit = self.unit if self.unit not in ("—", "") else pt[3]
            aunit = pa[3] if pa[3] else tunit
            return SIGNS[self.sign], pt[1], pa[1], tunit, aunit
        pt, pa = parse_q(self.target), parse_q(self.actual)
        if pt is None:
            return None
        if pa is None:
            return SIGNS[pt[0]], pt[1], None, pt[3], "?"
        return SIGNS[pt[0]], pt[1], pa[1], pt[3], pa[3]


def check_indicator(ctx, ind):
    w, s = D(ind.w), D(ind.s)
    ctx.ok(D(0) <= s <= w, "score_exceeds_weight", f"{ind.name}: score {ind.s} vs weight {ind.w}")
    q = ind.q()
    if q is None:                                        # qualitative row: band of the judgement
        judgement = ind.actual
        lo, hi = (D("0.6"), D("0.8")) if "部分达成" in judgement else \
                 (D(0), D("0.6")) if "未达成" in judgement else (D("0.8"), D(1))
        r = s / w if w else D(0)
        inside = lo <= r <= hi if hi == 1 else lo <= r < hi
        if not inside:
            ctx.warn("score_rule_mismatch", f"{ind.name}: qualitative score {ind.s}/{ind.w} outside band")
        return
    kind, T, A, tu, au = q
    if tu != au or A is None:
        ctx.fail("unit_mismatch", f"{ind.name}: target {ind.target} ({tu}) vs actual {ind.actual} ({au})")
        ctx.n += 1
        return
    if kind == "eq" and T == 0:
        comp = None
        rule = w if A <= 0 else D(0)
    elif kind == "lte":
        comp = D(100) if A <= T else T / A * 100
        rule = w if A <= T else w * T / A
    else:
        comp = A / T * 100
        rule = w * min(D(1), A / T)
    if ind.comp not in ("—", ""):
        if comp is None:
            ctx.warn("completion_on_zero_target", f"{ind.name}: completion {ind.comp} on a zero target")
        else:
            ctx.ok(agree(ind.comp, comp), "completion_mismatch",
                   f"{ind.name}: completion stated {ind.comp}, computed {r2(comp)}%")
    if not agree(ind.s, rule):
        alt = None
        if ind.comp not in ("—", "") and comp is not None:
            alt = w * min(D(1), D(ind.comp.rstrip("%")) / 100)
        if alt is None or not agree(ind.s, alt):
            ctx.warn("score_rule_mismatch", f"{ind.name}: score {ind.s}, rule gives {r2(rule)}")
    if au == "%" and ("满意度" in ind.name or ind.name.endswith("率")):
        ctx.ok(A <= 100, "implausible_rate", f"{ind.name}: actual {ind.actual} over 100%")


def check_scores(ctx, rows, total_w, total_s, what):
    """rows: list of (weight string, score string)."""
    sw = sum((D(w) for w, _ in rows), D(0))
    ss = sum((D(s) for _, s in rows), D(0))
    ctx.ok(sw == D(total_w), "weight_sum_mismatch", f"{what}: weights sum {sw}, stated {total_w}")
    ctx.ok(agree(total_s, ss), "score_sum_mismatch", f"{what}: scores sum {ss}, stated {total_s}")


def exec_score(ctx, w, rate_str, score, budget, spent, what):
    ctx.ok(D(0) <= D(score) <= D(w), "score_exceeds_weight", f"{what}: score {score} vs weight {w}")
    r = spent.v / budget.v
    rule = D(w) * min(D(1), r)
    alt = D(w) * min(D(1), D(rate_str.rstrip("%")) / 100)
    if not (agree(score, rule) or agree(score, alt)):
        ctx.warn("score_rule_mismatch", f"{what}: execution score {score}, rule {r2(rule)}")


# ----------------------------------------------------------------------------- A: Hubei, runs of spaces
def cells_spaces(line):
    return [c for c in re.split(r"\s{2,}", line.strip()) if c]


def find_row(rows, label, exact=True):
    hits = [r for r in rows if (label in r if exact else any(label in c for c in r))]
    if len(hits) != 1:
        raise AssertionError(f"row {label!r}: {len(hits)} matches")
    return hits[0]


def after(row, label, n):
    i = row.index(label)
    return row[i + 1:i + 1 + n]


def project_a(ctx, text):
    Y = int(need(text, r"(\d{4})年度项目支出绩效自评报告", "title").group(1))
    body, table = text.split("三、项目支出绩效自评表")
    table, concl = table.split("四、自评结论")
    rows = [cells_spaces(l) for l in table.splitlines() if l.strip()]
    check_year(ctx, int(need(table, r"（(\d{4})年度）", "table year").group(1)) == Y, "table year")
    m = need(body, r"实施期为(\d{4})年1月1日至(\d{4})年12月31日", "period")
    check_year(ctx, int(m.group(1)) == Y and int(m.group(2)) == Y, "implementation period")
    m = need(body, r"填报日期：(\d{4})年", "date")
    check_year(ctx, Y <= int(m.group(1)) <= Y + 1, "report date")

    # funds table
    tot = find_row(rows, "年度资金总额")
    cur = find_row(rows, "其中：当年财政拨款")
    car = find_row(rows, "上年结转资金")
    oth = find_row(rows, "其他资金")
    T = {k: [cell_money(x) for x in after(r, r[0], 3)] for k, r in
         (("tot", tot), ("cur", cur), ("car", car), ("oth", oth))}
    for j, col in enumerate(("年初", "全年", "执行")):
        check_sum(ctx, T["tot"][j], [T["cur"][j], T["car"][j], T["oth"][j]], f"funds column {col}")
    w0, rate0, s0 = tot[4], tot[5], tot[6]
    check_rate(ctx, rate0, T["tot"][2], T["tot"][1], "table execution rate")
    exec_score(ctx, w0, rate0, s0, T["tot"][1], T["tot"][2], "execution")

    # prose funds
    m = need(body, r"年初预算(" + NUM + r")万元，其中中央转移支付血防补助资金(" + NUM + r")万元（(\d{4})年(\d{1,2})月提前下达）、省级血防专项资金("
             + NUM + r")万元、县级配套资金(" + NUM + r")万元", "initial")
    ini, cen, yy, mm, prov, cnty = M(m.group(1)), M(m.group(2)), int(m.group(3)), int(m.group(4)), M(m.group(5)), M(m.group(6))
    check_sum(ctx, ini, [cen, prov, cnty], "initial budget by source")
    check_same(ctx, ini, T["tot"][0], "initial budget prose/table")
    check_year(ctx, yy == Y or (yy == Y - 1 and mm == 12), "advance issue must be in Y or December of Y-1")
    m = need(body, r"追加汛后应急灭螺经费(" + NUM + r")万元，当年财政拨款合计(" + NUM + r")万元；加上年结转资金(" + NUM
             + r")万元，全年预算数为(" + NUM + r")万元", "adjust")
    add, fis, car_p, ann = M(m.group(1)), M(m.group(2)), M(m.group(3)), M(m.group(4))
    check_sum(ctx, fis, [ini, add], "appropriation = initial + addition")
    check_sum(ctx, ann, [fis, car_p], "annual = appropriation + carry-over")
    check_same(ctx, fis, T["cur"][1], "appropriation prose/table")
    check_same(ctx, car_p, T["car"][1], "carry-over prose/table")
    check_same(ctx, ann, T["tot"][1], "annual budget prose/table")
    m = need(body, r"截至(\d{4})年12月31日，实际到位资金(" + NUM + r")万元，到位率(" + NUM + r"%)", "received")
    check_year(ctx, int(m.group(1)) == Y, "截至 date")
    rec = M(m.group(2))
    check_rate(ctx, m.group(3), rec, ann, "到位率")
    m = need(body, r"项目全年执行(" + NUM + r")万元，预算执行率(" + NUM + r"%)。其中当年财政拨款执行(" + NUM + r")万元，执行率("
             + NUM + r"%)；上年结转资金执行(" + NUM + r")万元，执行率(" + NUM + r"%)", "spent")
    sp, er, sp1, er1, sp2, er2 = M(m.group(1)), m.group(2), M(m.group(3)), m.group(4), M(m.group(5)), m.group(6)
    check_same(ctx, sp, T["tot"][2], "spent prose/table")
    check_same_num(ctx, er, rate0, "execution rate prose/table")
    check_rate(ctx, er, sp, ann, "prose execution rate")
    check_rate(ctx, er1, sp1, fis, "appropriation execution rate")
    check_rate(ctx, er2, sp2, car_p, "carry-over execution rate")
    check_sum(ctx, sp, [sp1, sp2], "spent by source")
    check_same(ctx, sp1, T["cur"][2], "appropriation spent prose/table")
    check_same(ctx, sp2, T["car"][2], "carry-over spent prose/table")
    m = need(body, r"未执行的(" + NUM + r")万元.*?结转至(\d{4})年", "carry forward")
    check_balance(ctx, M(m.group(1)), rec, sp, "unspent")
    check_year(ctx, int(m.group(2)) > Y, "carry-forward year must follow the evaluation year")

    # indicator table with goal blocks
    names = {1: ["查螺面积", "药物灭螺面积", "环境改造灭螺面积", "春季查灭螺完成时限", "药物灭螺成本", "有螺面积"],
             2: ["血清学检查人数", "粪检阳性者治疗率", "晚期血吸虫病人救治", "扩大化疗人次", "急性血吸虫感染病例"],
             3: ["中小学生血防知识知晓率", "居民血防知识知晓率", "疫区群众满意度"]}
    inds = {}
    all_rows = [(w0, s0)]
    for b, ns in names.items():
        head_w = need(table, r"年度目标" + str(b) + r"：.*?（分值(\d+)）", f"block {b}").group(1)
        sub = find_row(rows, f"目标{b}小计")
        brow = []
        for n in ns:
            r = find_row(rows, n)
            t, a, c, w, s = after(r, n, 5)
            ind = Ind(n, t, a, c, w, s)
            inds[n] = ind
            check_indicator(ctx, ind)
            brow.append((w, s))
        check_scores(ctx, brow, sub[1], sub[2], f"block {b}")
        ctx.ok(D(head_w) == D(sub[1]), "weight_sum_mismatch", f"block {b} heading weight {head_w} vs subtotal {sub[1]}")
        all_rows.append((sub[1], sub[2]))
    tot_row = find_row(rows, "合计")
    check_scores(ctx, all_rows, tot_row[1], tot_row[2], "total from blocks")
    ctx.ok(D(tot_row[1]) == 100, "weight_sum_mismatch", "total weight must be 100")

    # prose figures vs table
    m = need(body, r"全年完成查螺(" + NUM + r")万平方米，其中春季查螺(" + NUM + r")万平方米、秋季查螺(" + NUM + r")万平方米", "snail survey")
    check_sum(ctx, M(m.group(1), "万平方米"), [M(m.group(2), "万平方米"), M(m.group(3), "万平方米")], "survey area by season")
    check_same_num(ctx, m.group(1), parse_q(inds["查螺面积"].actual)[2], "survey area")
    m = need(body, r"完成药物灭螺(" + NUM + r")万平方米（约(" + NUM + r")万亩）", "mollusciciding")
    check_same_num(ctx, m.group(1), parse_q(inds["药物灭螺面积"].actual)[2], "mollusciciding area")
    check_approx_mu(ctx, m.group(1), m.group(2), "mollusciciding area in 亩")
    for pat, n in ((r"环境改造灭螺(" + NUM + r")万平方米", "环境改造灭螺面积"), (r"有螺面积(" + NUM + r")万平方米", "有螺面积"),
                   (r"血清学检查(" + NUM + r")人次", "血清学检查人数"), (r"扩大化疗(" + NUM + r")人次", "扩大化疗人次"),
                   (r"中小学生血防知识知晓率(" + NUM + r")%", "中小学生血防知识知晓率"),
                   (r"居民血防知识知晓率(" + NUM + r")%", "居民血防知识知晓率")):
        check_same_num(ctx, need(body, pat, n).group(1), parse_q(inds[n].actual)[2], n)
    m = need(body, r"每平方米(" + NUM + r")元，低于(" + NUM + r")元", "unit cost")
    check_same_num(ctx, m.group(1), parse_q(inds["药物灭螺成本"].actual)[2], "unit cost actual")
    check_same_num(ctx, m.group(2), parse_q(inds["药物灭螺成本"].target)[2], "unit cost target")
    m = need(body, r"仅完成年度目标的(" + NUM + r"%)", "prose completion")
    i = inds["环境改造灭螺面积"]
    ctx.ok(agree(m.group(1), parse_q(i.actual)[1] / parse_q(i.target)[1] * 100), "completion_mismatch", "prose completion")
    m = need(body, r"救治晚期血吸虫病人(" + NUM + r")人，较年度目标少(" + NUM + r")人", "late cases")
    i = inds["晚期血吸虫病人救治"]
    check_same_num(ctx, m.group(1), parse_q(i.actual)[2], "late cases treated")
    check_sum(ctx, M(parse_q(i.target)[2], "人"), [M(m.group(1), "人"), M(m.group(2), "人")], "target = treated + shortfall")
    m = need(body, r"满意度分别为((?:" + NUM + r"%、)+" + NUM + r"%)，平均(" + NUM + r"%)", "village satisfaction")
    items = m.group(1).split("、")
    check_average(ctx, items, m.group(2), "township satisfaction")
    for x in items:
        ctx.ok(D(x.rstrip("%")) <= 100, "implausible_rate", f"satisfaction {x}")
    check_same_num(ctx, m.group(2), parse_q(inds["疫区群众满意度"].actual)[2], "satisfaction prose/table")

    # conclusion
    m = need(concl, r"预算执行得分(" + NUM + r")分，目标1得分(" + NUM + r")分，目标2得分(" + NUM + r")分，目标3得分(" + NUM
             + r")分，自评总分(" + NUM + r")分，评价等级为“(.+?)”", "conclusion")
    check_same_num(ctx, m.group(1), s0, "execution score prose/table")
    for b in (1, 2, 3):
        sub = find_row(rows, f"目标{b}小计")
        ctx.ok(agree(m.group(1 + b), D(sub[2])), "score_sum_mismatch", f"prose block {b} score vs table subtotal")
    ctx.ok(agree(m.group(5), sum((D(m.group(k)) for k in (1, 2, 3, 4)), D(0))), "score_sum_mismatch", "prose total = sum of parts")
    ctx.ok(agree(m.group(5), D(tot_row[2])), "score_sum_mismatch", "prose total vs table total")
    check_grade(ctx, m.group(5), m.group(6))


# ----------------------------------------------------------------------------- B: Anhui, Word HTML
def html_rows(html):
    out = []
    for tr in re.findall(r"<tr>(.*?)</tr>", html, re.S):
        cells = [re.sub(r"<[^>]+>", "", c).replace("&nbsp;", " ") for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)]
        out.append([re.sub(r"\s+", "", c) for c in cells])
    return out


def html_text(html):
    return re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ")


def project_b(ctx, html):
    text = html_text(html)
    Y = int(need(text, r"(\d{4})年度项目支出绩效自评报告", "title").group(1))
    tables = re.findall(r"<table.*?</table>", html, re.S)
    funds, indt = html_rows(tables[0]), html_rows(tables[1])
    F = {r[0]: [cell_money(x) for x in r[1:4]] + [r[4]] for r in funds[1:]}
    src = ["中央补助资金", "省级血防专项资金", "县级配套资金", "其他资金"]
    for j, col in enumerate(("全年预算", "到位", "执行")):
        check_sum(ctx, F["合计"][j], [F[k][j] for k in src], f"funds column {col}")
    for k in src + ["合计"]:
        check_rate(ctx, F[k][3], F[k][2], F[k][0], f"{k} 执行率")
    m = need(text, r"(\d{4})年项目全年预算(" + NUM + r")万元，其中中央补助资金(" + NUM + r")(万元|元)、省级血防专项资金(" + NUM
             + r")万元、县级配套资金(" + NUM + r")万元，资金均已到位", "budget")
    check_year(ctx, int(m.group(1)) == Y, "budget year")
    ann, cen, prov, cnty = M(m.group(2)), M(m.group(3), m.group(4)), M(m.group(5)), M(m.group(6))
    check_sum(ctx, ann, [cen, prov, cnty], "budget by source (prose)")
    for a, k in ((ann, "合计"), (cen, "中央补助资金"), (prov, "省级血防专项资金"), (cnty, "县级配套资金")):
        check_same(ctx, a, F[k][0], f"{k} budget prose/table")
        check_same(ctx, F[k][1], F[k][0], f"{k}: 资金均已到位 => 到位 = 预算")
    m = need(text, r"全年执行(" + NUM + r")万元，预算执行率(" + NUM + r"%)。全年结余(" + NUM + r")万元.*?已于(\d{4})年", "spent")
    sp = M(m.group(1))
    check_same(ctx, sp, F["合计"][2], "spent prose/table")
    check_rate(ctx, m.group(2), sp, ann, "prose execution rate")
    check_balance(ctx, M(m.group(3)), F["合计"][1], sp, "结余 = 到位 - 执行")
    check_year(ctx, int(m.group(4)) > Y, "funds returned after the year")
    m = need(text, r"省级专项资金执行率(" + NUM + r"%)", "provincial rate")
    check_rate(ctx, m.group(1), F["省级血防专项资金"][2], F["省级血防专项资金"][0], "provincial execution rate (prose)")

    # indicators
    names = ["查螺面积", "药物灭螺面积", "血清学查病人数", "查出病人治疗率", "春季查灭螺完成时间", "药物灭螺成本",
             "人群血吸虫感染率", "有螺面积", "血防知识知晓率", "血防长效机制", "疫区群众满意度"]
    ex = find_row(indt, "预算执行率")
    t, a, c, w0, s0 = after(ex, "预算执行率", 5)
    check_rate(ctx, a, F["合计"][2], F["合计"][0], "execution rate in the indicator table")
    check_indicator(ctx, Ind("预算执行率", t, a, c, w0, s0))
    exec_score(ctx, w0, a, s0, F["合计"][0], F["合计"][2], "execution")
    inds, rows = {}, [(w0, s0)]
    for n in names:
        r = find_row(indt, n)
        ind = Ind(n, *after(r, n, 5))
        inds[n] = ind
        check_indicator(ctx, ind)
        rows.append((ind.w, ind.s))
    tot = find_row(indt, "合计")
    check_scores(ctx, rows, tot[1], tot[2], "indicator table")
    ctx.ok(D(tot[1]) == 100, "weight_sum_mismatch", "total weight must be 100")

    m = need(text, r"全年完成查螺(" + NUM + r")万平方米（约(" + NUM + r")万亩），药物灭螺(" + NUM + r")万平方米", "outputs")
    check_same_num(ctx, m.group(1), parse_q(inds["查螺面积"].actual)[2], "survey area")
    check_approx_mu(ctx, m.group(1), m.group(2), "survey area in 亩")
    check_same_num(ctx, m.group(3), parse_q(inds["药物灭螺面积"].actual)[2], "mollusciciding area")
    m = need(text, r"每平方米药物灭螺成本(" + NUM + r")元", "cost")
    check_same_num(ctx, m.group(1), parse_q(inds["药物灭螺成本"].actual)[2], "unit cost")
    m = need(text, r"血清学查病(" + NUM + r")人，较年度目标少(" + NUM + r")人", "screening")
    i = inds["血清学查病人数"]
    check_same_num(ctx, m.group(1), parse_q(i.actual)[2], "screened")
    check_sum(ctx, M(parse_q(i.target)[2], "人"), [M(m.group(1), "人"), M(m.group(2), "人")], "target = screened + shortfall")
    m = need(text, r"春季查灭螺于(\d+月\d+日)完成", "spring date")
    ctx.ok(m.group(1) == inds["春季查灭螺完成时间"].actual, "conflicting_values", "spring completion date prose/table")
    for pat, n in ((r"人群血吸虫感染率(" + NUM + r")%", "人群血吸虫感染率"), (r"有螺面积压缩至(" + NUM + r")万平方米", "有螺面积"),
                   (r"居民血防知识知晓率(" + NUM + r")%", "血防知识知晓率")):
        check_same_num(ctx, need(text, pat, n).group(1), parse_q(inds[n].actual)[2], n)
    m = need(text, r"本项目得分(" + NUM + r")分，评价等级为(优秀|良好|中等|较差|优|良|中|差)", "conclusion")
    ctx.ok(agree(m.group(1), sum((D(s) for _, s in rows), D(0))), "score_sum_mismatch", "prose total vs sum of scores")
    check_grade(ctx, m.group(1), m.group(2))
    m = need(text, r"(\d{4})年(\d+)月(\d+)日\s*$", "report date", re.S)
    check_year(ctx, Y <= int(m.group(1)) <= Y + 1, "report date")


# ----------------------------------------------------------------------------- C: Jiangsu, one cell a line
def cell_blocks(region):
    rows = []
    for blk in re.split(r"\n\n+", region.strip("\n")):
        lines = [l for l in blk.split("\n") if l.startswith("\t")]
        if len(lines) >= 2:
            rows.append([l[1:].strip() for l in lines])
    return rows


def project_c(ctx, text):
    Y = int(need(text, r"项目名称：扬中市(\d{4})年", "title").group(1))
    check_year(ctx, int(need(text, r"项目实施计划：1年（(\d{4})年1月至12月）", "plan").group(1)) == Y, "implementation plan")
    i0 = text.index("（二）预算执行情况")
    i1 = text.index("截至")
    frows = cell_blocks(text[i0:i1])
    cols = ["total", "sub", "cen", "prov", "city", "cnty", "car", "oth"]
    F = {}
    for r in frows:
        if len(r) >= 10 and r[1].startswith("("):
            F[r[1][:3]] = dict(zip(cols, r[2:10]))
    money = {k: {c: cell_money(v) for c, v in F[k].items()} for k in ("(1)", "(2)", "(3)", "(4)", "(5)")}
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        r = money[k]
        check_sum(ctx, r["sub"], [r["cen"], r["prov"], r["city"], r["cnty"]], f"row {k} 小计")
        check_sum(ctx, r["total"], [r["sub"], r["car"], r["oth"]], f"row {k} total")
    for c in cols:
        check_balance(ctx, money["(5)"][c], money["(3)"][c], money["(4)"][c], f"(5)=(3)-(4) column {c}")
        check_rate(ctx, F["(6)"][c], money["(3)"][c], money["(2)"][c], f"(6)=(3)/(2) column {c}")
        check_rate(ctx, F["(7)"][c], money["(4)"][c], money["(2)"][c], f"(7)=(4)/(2) column {c}")

    m = need(text, r"截至(\d{4})年12月31日，项目全年执行资金(" + NUM + r")万元，预算执行率(" + NUM + r"%)，资金结余(" + NUM
             + r")万元，系省级资金(" + NUM + r")万元、县区级资金(" + NUM + r")万元", "funds prose")
    check_year(ctx, int(m.group(1)) == Y, "截至 date")
    sp, bal, b1, b2 = M(m.group(2)), M(m.group(4)), M(m.group(5)), M(m.group(6))
    check_same(ctx, sp, money["(4)"]["total"], "spent prose/table")
    check_rate(ctx, m.group(3), sp, money["(2)"]["total"], "prose execution rate")
    check_same(ctx, bal, money["(5)"]["total"], "balance prose/table")
    check_sum(ctx, bal, [b1, b2], "balance by source")
    check_same(ctx, b1, money["(5)"]["prov"], "provincial balance")
    check_same(ctx, b2, money["(5)"]["cnty"], "county balance")
    m = need(text, r"灭螺药品采购(" + NUM + r")万元、查螺查病劳务补助(" + NUM + r")万元、监测检测试剂及耗材(" + NUM
             + r")万元、健康教育(" + NUM + r")万元，合计(" + NUM + r")万元", "uses")
    check_sum(ctx, M(m.group(5)), [M(m.group(k)) for k in (1, 2, 3, 4)], "uses of funds")
    check_same(ctx, M(m.group(5)), money["(4)"]["total"], "uses total vs spent")
    m = need(text, r"上年结转的(" + NUM + r")万元已全部用于", "carry-over")
    check_same(ctx, M(m.group(1)), money["(4)"]["car"], "carry-over spent")
    m = need(text, r"(\d{4})年市财政局批复项目年初预算(" + NUM + r")万元，年中追加县区级资金(" + NUM + r")万元，连同上年结转(" + NUM
             + r")万元，全年预算(" + NUM + r")万元", "budget prose")
    check_year(ctx, int(m.group(1)) == Y, "budget year")
    ini, add, car, ann = M(m.group(2)), M(m.group(3)), M(m.group(4)), M(m.group(5))
    check_same(ctx, ini, money["(1)"]["total"], "initial prose/table")
    check_sum(ctx, ann, [ini, add, car], "annual = initial + addition + carry-over")
    check_same(ctx, ann, money["(2)"]["total"], "annual prose/table")
    check_same(ctx, car, money["(2)"]["car"], "carry-over prose/table")
    check_sum(ctx, money["(2)"]["cnty"], [money["(1)"]["cnty"], add], "county budget = initial + addition")

    # 附件1
    irows = cell_blocks(text[text.index("附件1"):])
    names = ["预算执行率", "查螺面积", "血清学查病", "野粪检测阳性数", "药物灭螺单价", "居民血防知识知晓率",
             "血吸虫病监测体系运行", "疫区群众满意度"]
    inds, rows = {}, []
    for n in names:
        r = find_row(irows, n)
        i = r.index(n)
        ind = Ind(n, r[i + 2], r[i + 3], r[i + 4], r[i + 1], r[i + 5])
        inds[n] = ind
        check_indicator(ctx, ind)
        rows.append((ind.w, ind.s))
    ex = inds["预算执行率"]
    check_rate(ctx, ex.actual, money["(4)"]["total"], money["(2)"]["total"], "execution rate in 附件1")
    exec_score(ctx, ex.w, ex.actual, ex.s, money["(2)"]["total"], money["(4)"]["total"], "execution")
    tot = find_row(irows, "合计")
    check_scores(ctx, rows, tot[3], tot[7], "附件1")
    ctx.ok(D(tot[3]) == 100, "weight_sum_mismatch", "total weight must be 100")
    m = need(text, r"总得分(" + NUM + r")分，属于“(.+?)”", "conclusion")
    ctx.ok(agree(m.group(1), sum((D(s) for _, s in rows), D(0))), "score_sum_mismatch", "prose total vs sum of scores")
    check_grade(ctx, m.group(1), m.group(2))
    m = need(text, r"不少于(" + NUM + r")万平方米，血清学查病不少于(" + NUM + r")人次", "goals")
    check_same_num(ctx, m.group(1), parse_q(inds["查螺面积"].target)[2], "survey target")
    check_same_num(ctx, m.group(2), parse_q(inds["血清学查病"].target)[2], "screening target")
    m = need(text, r"全年查螺(" + NUM + r")万平方米（约(" + NUM + r")万亩）", "survey")
    check_same_num(ctx, m.group(1), parse_q(inds["查螺面积"].actual)[2], "survey area")
    check_approx_mu(ctx, m.group(1), m.group(2), "survey area in 亩")
    m = need(text, r"每平方米(" + NUM + r")元，控制在(" + NUM + r")元以内", "cost")
    check_same_num(ctx, m.group(1), parse_q(inds["药物灭螺单价"].actual)[2], "unit cost")
    check_same_num(ctx, m.group(2), parse_q(inds["药物灭螺单价"].target)[2], "unit cost cap")
    for pat, n in ((r"居民血防知识知晓率(" + NUM + r")%", "居民血防知识知晓率"), (r"疫区群众满意度(" + NUM + r")%", "疫区群众满意度")):
        check_same_num(ctx, need(text, pat, n).group(1), parse_q(inds[n].actual)[2], n)
    m = need(text, r"一是预算执行率(" + NUM + r"%)", "problems rate")
    check_rate(ctx, m.group(1), money["(4)"]["total"], money["(2)"]["total"], "execution rate in 问题")


# ----------------------------------------------------------------------------- D: Jiangxi, tab rows (部门整体)
def tab_rows(text):
    return [[c.strip() for c in l.split("\t")] for l in text.splitlines() if "\t" in l]


def project_d(ctx, text):
    Y = int(need(text, r"(\d{4})年度部门整体支出绩效自评报告", "title").group(1))
    rows = tab_rows(text)
    F = {}
    for r in rows:
        if len(r) == 5 and r[1] != "年初预算数":
            F[r[0].split("：")[-1]] = [cell_money(x) for x in r[1:4]] + [r[4]]
    for j, col in enumerate(("年初", "全年", "执行")):
        check_sum(ctx, F["年度资金总额"][j], [F["基本支出"][j], F["项目支出"][j]], f"by nature, {col}")
        check_sum(ctx, F["年度资金总额"][j], [F["当年财政拨款"][j], F["上年结转资金"][j], F["其他资金"][j]], f"by source, {col}")
    for k, v in F.items():
        check_rate(ctx, v[3], v[2], v[1], f"{k} 执行率")
    m = need(text, r"(\d{4})年年初预算(" + NUM + r")万元，年中调整增加(" + NUM + r")万元（其中追加财政拨款(" + NUM
             + r")万元、上年结转资金(" + NUM + r")万元），全年预算(" + NUM + r")万元。全年执行(" + NUM + r")万元，执行率(" + NUM
             + r"%)。未执行的(" + NUM + r")万元为项目支出结余，结转至(\d{4})年", "funds prose")
    check_year(ctx, int(m.group(1)) == Y, "budget year")
    ini, adj, prov, car, ann, sp = (M(m.group(k)) for k in (2, 3, 4, 5, 6, 7))
    check_same(ctx, ini, F["年度资金总额"][0], "initial prose/table")
    check_sum(ctx, ann, [ini, adj], "annual = initial + adjustment")
    check_sum(ctx, adj, [prov, car], "adjustment by source")
    check_same(ctx, car, F["上年结转资金"][1], "carry-over prose/table")
    check_sum(ctx, F["当年财政拨款"][1], [ini, prov], "appropriation = initial + provincial addition")
    check_same(ctx, ann, F["年度资金总额"][1], "annual prose/table")
    check_same(ctx, sp, F["年度资金总额"][2], "spent prose/table")
    check_rate(ctx, m.group(8), sp, ann, "prose execution rate")
    check_balance(ctx, M(m.group(9)), ann, sp, "unspent = annual - spent")
    check_year(ctx, int(m.group(10)) > Y, "carry-forward year")
    m = need(text, r"全年预算分别为((?:" + NUM + r"万元、)+" + NUM + r"万元)，执行分别为((?:" + NUM + r"万元、)+" + NUM
             + r"万元)。4个项目自评得分分别为((?:" + NUM + r"分、)+" + NUM + r"分)，平均分(" + NUM + r")分", "projects")
    bud = [M(x) for x in re.findall(NUM, m.group(1))]
    spe = [M(x) for x in re.findall(NUM, m.group(2))]
    check_sum(ctx, F["项目支出"][1], bud, "project budgets")
    check_sum(ctx, F["项目支出"][2], spe, "project spending")
    for b, s in zip(bud, spe):
        ctx.ok(s.v <= b.v, "implausible_rate", f"project spending {s} above budget {b}")
    check_average(ctx, re.findall(NUM, m.group(3)), m.group(4), "project self-evaluation scores")
    m = need(text, r"项目支出执行率(" + NUM + r"%)", "project rate")
    check_rate(ctx, m.group(1), F["项目支出"][2], F["项目支出"][1], "project execution rate (prose)")

    names = ["预算执行率", "查螺面积", "药物灭螺面积", "查病人数", "晚期血吸虫病人救治", "资金支付及时率", "“三公”经费控制",
             "急性血吸虫感染", "人群血吸虫感染率", "查螺员队伍", "宣传覆盖", "疫区群众满意度"]
    inds, srows = {}, []
    for n in names:
        r = [x for x in rows if len(x) >= 8 and x[2] == n]
        assert len(r) == 1, n
        r = r[0]
        ind = Ind(n, r[3], r[4], r[5], r[6], r[7])
        inds[n] = ind
        check_indicator(ctx, ind)
        srows.append((ind.w, ind.s))
    ex = inds["预算执行率"]
    check_rate(ctx, ex.actual, F["年度资金总额"][2], F["年度资金总额"][1], "execution rate in the table")
    exec_score(ctx, ex.w, ex.actual, ex.s, F["年度资金总额"][1], F["年度资金总额"][2], "execution")
    tot = [x for x in rows if x[0] == "合计"][0]
    check_scores(ctx, srows, tot[6], tot[7], "indicator table")
    ctx.ok(D(tot[6]) == 100, "weight_sum_mismatch", "total weight must be 100")

    m = need(text, r"全年查螺(" + NUM + r")万平方米（约(" + NUM + r")万亩）", "survey")
    check_same_num(ctx, m.group(1), parse_q(inds["查螺面积"].actual)[2], "survey area")
    check_approx_mu(ctx, m.group(1), m.group(2), "survey area in 亩")
    m = need(text, r"药物灭螺(" + NUM + r")万平方米，.*?完成年度目标的(" + NUM + r"%)", "mollusciciding")
    i = inds["药物灭螺面积"]
    check_same_num(ctx, m.group(1), parse_q(i.actual)[2], "mollusciciding area")
    ctx.ok(agree(m.group(2), D(m.group(1)) / parse_q(i.target)[1] * 100), "completion_mismatch", "prose completion")
    for pat, n in ((r"查病(" + NUM + r")人", "查病人数"), (r"救治晚期血吸虫病人(" + NUM + r")人", "晚期血吸虫病人救治"),
                   (r"资金支付及时率(" + NUM + r")%", "资金支付及时率"), (r"“三公”经费支出(" + NUM + r")万元", "“三公”经费控制"),
                   (r"人群血吸虫感染率(" + NUM + r")%", "人群血吸虫感染率"), (r"查螺员队伍稳定在(" + NUM + r")人", "查螺员队伍"),
                   (r"满意度(" + NUM + r")%", "疫区群众满意度")):
        check_same_num(ctx, need(text, pat, n).group(1), parse_q(inds[n].actual)[2], n)
    m = need(text, r"自评得分(" + NUM + r")分，评价等级为(优秀|良好|中等|较差|优|良|中|差)", "conclusion")
    ctx.ok(agree(m.group(1), sum((D(s) for _, s in srows), D(0))), "score_sum_mismatch", "prose total vs sum of scores")
    check_grade(ctx, m.group(1), m.group(2))
    m = need(text, r"(\d{4})年(\d+)月(\d+)日\s*$", "report date", re.S)
    check_year(ctx, Y <= int(m.group(1)) <= Y + 1, "report date")


# ----------------------------------------------------------------------------- E: Sichuan, pipes
def project_e(ctx, text):
    Y = int(need(text, r"(\d{4})年血吸虫病防治钉螺查灭项目支出绩效自评报告", "title").group(1))
    check_year(ctx, int(need(text, r"（(\d{4})年度）", "table year").group(1)) == Y, "table year")
    rows = [[c.strip() for c in l.split("|")] for l in text.splitlines() if "|" in l]
    F = {}
    for r in rows:
        if len(r) == 7 and r[1] != "年初预算数":
            F[r[0].replace("其中：", "")] = r
    fm = {k: [cell_money(x) for x in v[1:4]] for k, v in F.items()}
    src = ["财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for j, col in enumerate(("年初", "全年", "执行")):
        check_sum(ctx, fm["年度资金总额"][j], [fm[k][j] for k in src], f"funds column {col}")
    for k in ["年度资金总额"] + src:
        check_rate(ctx, F[k][5], fm[k][2], fm[k][1], f"{k} 执行率")
    tot = F["年度资金总额"]
    exec_score(ctx, tot[4], tot[5], tot[6], fm["年度资金总额"][1], fm["年度资金总额"][2], "execution")

    m = need(text, r"(\d{4})年年初批复财政资金(" + NUM + r")万元，年中追加财政资金(" + NUM + r")万元，另安排单位资金(" + NUM
             + r")万元，全年预算(" + NUM + r")万元", "budget prose")
    check_year(ctx, int(m.group(1)) == Y, "budget year")
    ini, add, unit, ann = (M(m.group(k)) for k in (2, 3, 4, 5))
    check_same(ctx, ini, fm["年度资金总额"][0], "initial prose/table")
    check_sum(ctx, fm["财政资金"][1], [ini, add], "fiscal = initial + addition")
    check_same(ctx, unit, fm["单位资金"][1], "unit funds prose/table")
    check_sum(ctx, ann, [ini, add, unit], "annual budget (prose)")
    check_same(ctx, ann, fm["年度资金总额"][1], "annual prose/table")
    m = need(text, r"截至(\d{4})年12月31日，项目执行(" + NUM + r")万元，预算执行率(" + NUM + r"%)", "spent")
    check_year(ctx, int(m.group(1)) == Y, "截至 date")
    sp = M(m.group(2))
    check_same(ctx, sp, fm["年度资金总额"][2], "spent prose/table")
    check_rate(ctx, m.group(3), sp, ann, "prose execution rate")
    check_same_num(ctx, m.group(3), tot[5], "execution rate prose/table")
    m = need(text, r"未执行的(" + NUM + r")万元结转至(\d{4})年", "carry forward")
    check_balance(ctx, M(m.group(1)), ann, sp, "unspent = annual - spent")
    check_year(ctx, int(m.group(2)) > Y, "carry-forward year")

    names = ["查螺面积", "药物灭螺面积", "查病人数", "阳性者规范治疗率", "春季查螺完成时限", "查螺员日补助标准",
             "急性血吸虫感染病例", "有螺面积", "血防宣传教育", "查螺员队伍", "群众血防知识知晓率"]
    inds, srows = {}, [(tot[4], tot[6])]
    out_rows, ben_rows = [], []
    for n in names:
        r = [x for x in rows if len(x) == 11 and x[2] == n]
        assert len(r) == 1, n
        r = r[0]
        ind = Ind(n, r[4], r[6], r[7], r[8], r[9], unit=r[5], sign=r[3])
        inds[n] = ind
        check_indicator(ctx, ind)
        srows.append((ind.w, ind.s))
        (out_rows if names.index(n) < 6 else ben_rows).append(ind.s)
    total = [x for x in rows if x[0] == "总分"][0]
    check_scores(ctx, srows, total[8], total[9], "indicator table")
    ctx.ok(D(total[8]) == 100, "weight_sum_mismatch", "total weight must be 100")
    m = need(text, r"预算执行得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM + r")分，自评总分(" + NUM
             + r")分，评价等级为“(.+?)”", "conclusion")
    check_same_num(ctx, m.group(1), tot[6], "execution score prose/table")
    ctx.ok(agree(m.group(2), sum((D(s) for s in out_rows), D(0))), "score_sum_mismatch", "prose output subtotal")
    ctx.ok(agree(m.group(3), sum((D(s) for s in ben_rows), D(0))), "score_sum_mismatch", "prose benefit subtotal")
    ctx.ok(agree(m.group(4), D(m.group(1)) + D(m.group(2)) + D(m.group(3))), "score_sum_mismatch", "prose total = parts")
    ctx.ok(agree(m.group(4), D(total[9])), "score_sum_mismatch", "prose total vs table total")
    check_grade(ctx, m.group(4), m.group(5))

    m = need(text, r"完成查螺(" + NUM + r")万平方米以上、药物灭螺(" + NUM + r")亩以上、查病(" + NUM + r")人以上，有螺面积控制在("
             + NUM + r")万平方米以内", "goals")
    for g, n in zip((1, 2, 3, 4), ("查螺面积", "药物灭螺面积", "查病人数", "有螺面积")):
        check_same_num(ctx, m.group(g), inds[n].target, f"{n} target prose/table")
    m = need(text, r"全年查螺(" + NUM + r")万平方米（(\d{4})年为", "survey")
    check_same_num(ctx, m.group(1), inds["查螺面积"].actual, "survey area")
    check_year(ctx, int(m.group(2)) == Y - 1, "last year's figure is labelled with the previous year")
    m = need(text, r"药物灭螺(" + NUM + r")亩（约(" + NUM + r")万平方米）", "mollusciciding")
    check_same_num(ctx, m.group(1), inds["药物灭螺面积"].actual, "mollusciciding area")
    check_approx_m2(ctx, m.group(1), m.group(2), "mollusciciding area in 万平方米")
    for pat, n in ((r"查病(" + NUM + r")人，", "查病人数"), (r"全县有螺面积(" + NUM + r")万平方米", "有螺面积"),
                   (r"群众血防知识知晓率(" + NUM + r")%", "群众血防知识知晓率")):
        check_same_num(ctx, need(text, pat, n).group(1), inds[n].actual, n)
    m = need(text, r"知晓率" + NUM + r"%，低于(" + NUM + r")%的目标", "target restated")
    check_same_num(ctx, m.group(1), inds["群众血防知识知晓率"].target, "awareness target")
    m = need(text, r"按每人每天(" + NUM + r")元发放", "daily pay")
    check_same_num(ctx, m.group(1), inds["查螺员日补助标准"].actual, "daily allowance")
    m = need(text, r"(\d{4})年(\d+)月(\d+)日\s*$", "report date", re.S)
    check_year(ctx, Y <= int(m.group(1)) <= Y + 1, "report date")


PROJECTS = {
    "hb-jiangling-dingluo-2020": project_a,
    "ah-dongzhi-xuefang-2019": project_b,
    "js-yangzhong-xuejian-2022": project_c,
    "jx-duchang-xuefangzhan-bumen-2023": project_d,
    "sc-danling-chaluo-2025": project_e,
}


def run_checks(source, text):
    ctx = Ctx(source)
    PROJECTS[source](ctx, text)
    return ctx


# ----------------------------------------------------------------------------- label checks
def edit_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 label lines, found {len(labels)}")
    counts = {c: 0 for c in CODES}
    clean_texts = {}
    for rec in labels:
        if rec["clean"]:
            clean_texts[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    if sorted(clean_texts) != sorted(PROJECTS):
        problems.append(f"clean drafts {sorted(clean_texts)} do not match projects")
    total_checks = 0
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        text = open(path, encoding="utf-8").read()
        src = rec["source"]
        try:
            ctx = run_checks(src, text)
        except AssertionError as exc:
            problems.append(f"{rec['case']}: cannot read figures: {exc}")
            continue
        total_checks += ctx.n
        got = sorted({c for c, _ in ctx.fails})
        if rec["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{rec['case']}: {n} characters, outside 1500-5000")
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            if got:
                problems.append(f"{rec['case']}: clean draft fails {ctx.fails}")
            if ctx.warns:
                problems.append(f"{rec['case']}: clean draft has warnings {ctx.warns}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{rec['case']}: expected exactly one label")
            continue
        e = exp[0]
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity {e}")
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        if got != [e["code"]]:
            problems.append(f"{rec['case']}: labelled {e['code']}, checks fail {ctx.fails}")
        occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
        if len(occ) != 1:
            problems.append(f"{rec['case']}: value {e['value']!r} occurs {len(occ)} times")
            continue
        clean = clean_texts[src]
        (oa, ob), (na, nb) = edit_region(clean, text)
        if ob - oa > 40 or nb - na > 40 or nb - na + ob - oa == 0:
            problems.append(f"{rec['case']}: edit region old {ob - oa} / new {nb - na} characters")
        v0, v1 = occ[0], occ[0] + len(e["value"])
        if not (v0 < max(nb, na + 1) and na < v1):
            problems.append(f"{rec['case']}: value does not overlap the edit [{na},{nb})")
        for w in ctx.warns:
            print(f"  note {rec['case']}: warning {w[0]}: {w[1]}")
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    print("cases:", len(labels), "checks run:", total_checks)
    print("per code:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("FAILED")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
