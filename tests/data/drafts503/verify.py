#!/usr/bin/env python3
"""Verify drafts503: re-read every figure from each case's text and redo its arithmetic.

Standard library + decimal only.  For every case the project's checks are run on the text as
written (figures are found by anchored patterns, tables are rebuilt from their web-page, Word
or PDF copy).  Requirements:
  * a clean draft passes every check (and draws no score-rule warning);
  * an error case fails checks of its labelled code and of no other error code;
  * each label value occurs exactly once in its case and overlaps the one contiguous edit
    (<= 40 characters) that separates the case from its clean draft;
  * every code of errors.md section A is labelled at least twice.
Prints OK at the end when everything holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

NUM = r"(\d[\d,]*(?:\.\d+)?)"
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


class AnchorError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers
class N:
    """A number as written: value, decimals, raw string, optional unit."""

    def __init__(self, raw, unit=""):
        raw = raw.strip()
        self.raw = raw
        s = raw.replace(",", "")
        self.v = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.unit = unit

    def __repr__(self):
        return self.raw + self.unit


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def tol(n):
    return D("0.5") * (D(10) ** -n.d) + D("1e-9")


def close(n, c):
    """stated N n is consistent with computed Decimal c (rules section 8)."""
    return abs(c - n.v) <= tol(n)


def as_n(x):
    return x if isinstance(x, N) else N(str(x))


# ----------------------------------------------------------------------------- reporter
class Report:
    def __init__(self):
        self.fails = []   # (code, message)
        self.warns = []   # (code, message) warnings (score_rule_mismatch)
        self.count = 0

    def check(self, code, ok, msg):
        self.count += 1
        if not ok:
            self.fails.append((code, msg))

    def warn(self, code, ok, msg):
        if not ok:
            self.warns.append((code, msg))

    # --- identities -------------------------------------------------------
    def rate(self, stated, num, den, what):
        """I1/I2 and other stated rates: stated% == num/den*100."""
        stated, num, den = as_n(stated), as_n(num), as_n(den)
        if den.v == 0:
            self.check("implausible_rate", stated.v == 0, f"{what}: rate {stated.raw}% on a zero base")
            return
        c = num.v / den.v * 100
        self.check("rate_mismatch", close(stated, c), f"{what}: {num.raw}/{den.raw} = {q2(c)}%, stated {stated.raw}%")

    def growth(self, stated, new, old, what):
        stated, new, old = as_n(stated), as_n(new), as_n(old)
        c = (new.v - old.v) / old.v * 100
        self.check("rate_mismatch", close(stated, c), f"{what}: ({new.raw}-{old.raw})/{old.raw} = {q2(c)}%, stated {stated.raw}%")

    def le100(self, stated, what):
        stated = as_n(stated)
        self.check("implausible_rate", D(0) <= stated.v <= 100, f"{what}: {stated.raw}% outside [0, 100]")

    def balance(self, stated, a, b, what):
        stated, a, b = as_n(stated), as_n(a), as_n(b)
        c = a.v - b.v
        self.check("balance_mismatch", close(stated, c), f"{what}: {a.raw} - {b.raw} = {c}, stated {stated.raw}")

    def total(self, stated, parts, what, scale_ok=True):
        """I4: stated total == sum of parts; a power-of-ten slip in one amount is unit_mismatch."""
        stated = as_n(stated)
        parts = [as_n(p) for p in parts]
        c = sum((p.v for p in parts), D(0))
        if close(stated, c):
            self.check("sum_mismatch", True, what)
            return
        code = "sum_mismatch"
        if scale_ok:
            for f in (D(10000), D("0.0001"), D(10) ** 8, D(10) ** -8):
                if abs(c - stated.v * f) <= tol(stated) * f:          # the total written in the wrong unit
                    code = "unit_mismatch"
                for p in parts:                                     # one part written in the wrong unit
                    if abs(c - p.v + p.v * f - stated.v) <= tol(stated):
                        code = "unit_mismatch"
        self.check(code, False, f"{what}: {' + '.join(p.raw for p in parts)} = {c}, stated {stated.raw}")

    def product(self, stated, count, each, what):
        stated, count, each = as_n(stated), as_n(count), as_n(each)
        c = count.v * each.v
        self.check("sum_mismatch", close(stated, c), f"{what}: {count.raw} x {each.raw} = {c}, stated {stated.raw}")

    def average(self, stated, tot, n, what, factor=D(1)):
        stated, tot, n = as_n(stated), as_n(tot), as_n(n)
        c = tot.v * factor / n.v
        self.check("average_mismatch", close(stated, c), f"{what}: {tot.raw}/{n.raw} = {q2(c)}, stated {stated.raw}")

    def same(self, a, b, what):
        """I11: the same quantity stated twice.  a, b: N with unit ('万元', '亿元', '%', '' ...)."""
        ua, ub = a.unit, b.unit
        if ua in MONEY and ub in MONEY:
            va, vb = a.v * MONEY[ua], b.v * MONEY[ub]
            ta, tb = tol(a) * MONEY[ua], tol(b) * MONEY[ub]
        elif ua == ub:
            va, vb, ta, tb = a.v, b.v, tol(a), tol(b)
        else:
            self.check("unit_mismatch", False, f"{what}: {a} vs {b} (units differ)")
            return
        if abs(va - vb) <= max(ta, tb):
            self.check("conflicting_values", True, what)
            return
        code = "conflicting_values"
        for f in (D(10000), D(10) ** 8):
            if vb != 0 and (abs(va * f - vb) <= max(ta * f, tb) or abs(vb * f - va) <= max(tb * f, ta)):
                code = "unit_mismatch"
        self.check(code, False, f"{what}: {a} vs {b}")

    def year(self, y, rel, eval_year, what):
        y = int(y)
        ok = {"eq": y == eval_year, "gt": y > eval_year, "prev": y == eval_year - 1}[rel]
        self.check("year_mismatch", ok, f"{what}: {y} ({rel} {eval_year} expected)")

    def grade(self, total, word, what):
        total = as_n(total)
        s = total.v
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        names = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
                 "差": ("差", "较差", "不合格")}
        self.check("grade_mismatch", word in names[band], f"{what}: {total.raw} is {band}, stated {word}")


# ----------------------------------------------------------------------------- text access
class Doc:
    def __init__(self, text):
        self.t = text

    def m(self, pat):
        """Exactly one match of pat ('#' = a number group, '@' = a year group)."""
        rx = pat.replace("#", NUM).replace("@", r"(\d{4})")
        ms = list(re.finditer(rx, self.t))
        if len(ms) != 1:
            raise AnchorError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def n(self, pat, unit=""):
        return N(self.m(pat).group(1), unit)

    def ns(self, pat):
        return [N(g) for g in self.m(pat).groups()]

    def g(self, pat):
        return self.m(pat).group(1)

    def between(self, start, end):
        if self.t.count(start) != 1:
            raise AnchorError(f"table start {start!r} occurs {self.t.count(start)} times")
        i = self.t.index(start) + len(start)
        j = self.t.index(end, i) if end else len(self.t)
        return self.t[i:j]


def tab_rows(region):
    return [line.split("\t") for line in region.split("\n") if line.strip()]


def flat_rows(region):
    """Word copy, one cell a line: cells start with a tab, rows are separated by an empty line;
    other lines (page numbers) are skipped."""
    rows, cur = [], []
    for line in region.split("\n"):
        if line == "":
            if cur:
                rows.append(cur)
                cur = []
        elif line.startswith("\t"):
            cur.append(line[1:])
    if cur:
        rows.append(cur)
    return rows


def pdf_rows(region):
    """PDF copy: one row a line, cells separated by runs of two or more spaces."""
    return [re.split(r" {2,}", line.strip()) for line in region.split("\n") if line.strip()]


# ----------------------------------------------------------------------------- indicator table
SIGNS = {"≥": "gte", ">": "gte", "＞": "gte", "≤": "lte", "<": "lte", "＜": "lte", "=": "eq", "＝": "eq"}


def parse_val(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前)?", s)
    if m:
        return {"kind": "date", "date": (int(m.group(1)), int(m.group(2)), int(m.group(3)))}
    m = re.fullmatch(r"(≥|≤|＝|=|＞|＜|>|<)?\s*(\d+(?:\.\d+)?)\s*(\S*)", s)
    if m:
        return {"kind": "num", "dir": SIGNS.get(m.group(1), "eq"), "n": N(m.group(2)), "unit": m.group(3)}
    return {"kind": "text", "raw": s}


def check_indicators(r, rows, weight_total, score_total, tag):
    """rows: dicts name/target/actual/comp/w/s (strings)."""
    sw, ss = D(0), D(0)
    for row in rows:
        name = row["name"]
        T, A = parse_val(row["target"]), parse_val(row["actual"])
        comp = row["comp"].strip()
        w, s = N(row["w"]), N(row["s"])
        sw += w.v
        ss += s.v
        c = None
        if T["kind"] == "num" and A["kind"] == "num":
            if T["unit"] != A["unit"]:
                r.check("unit_mismatch", False, f"{tag} {name}: target {row['target']} vs actual {row['actual']}")
            else:
                t, a = T["n"].v, A["n"].v
                if T["dir"] == "lte":
                    c = D(100) if a <= t else t / a * 100
                elif T["dir"] == "eq" and t == 0:
                    c = None
                else:
                    c = a / t * 100
                if c is None:
                    r.check("completion_mismatch", comp in ("—", "-", ""), f"{tag} {name}: zero target, completion {comp}")
                else:
                    ok = comp.endswith("%") and close(N(comp[:-1]), c)
                    r.check("completion_mismatch", ok, f"{tag} {name}: completion {q2(c)}%, stated {comp}")
                if T["unit"] == "%" and ("率" in name or "满意度" in name):
                    r.le100(A["n"], f"{tag} {name} actual")
                # score rule (warning only; local rules differ)
                if c is None:
                    exp = w.v if a <= 0 else D(0)
                else:
                    exp = w.v * min(c, D(100)) / 100
                    if comp.endswith("%") and comp[:-1].replace(".", "").isdigit():
                        exp2 = w.v * min(N(comp[:-1]).v, D(100)) / 100
                        if close(s, exp2):
                            exp = exp2
                r.warn("score_rule_mismatch", close(s, exp), f"{tag} {name}: score {s.raw}, rule gives {q2(exp)}")
        elif T["kind"] == "date" or A["kind"] == "date":
            if T["kind"] != A["kind"]:
                r.check("unit_mismatch", False, f"{tag} {name}: target {row['target']} vs actual {row['actual']}")
            else:
                ok_time = A["date"] <= T["date"]
                r.check("completion_mismatch", (comp == "100%") == ok_time, f"{tag} {name}: date completion {comp}")
        else:
            if T["kind"] != A["kind"]:
                r.check("unit_mismatch", False, f"{tag} {name}: target {row['target']} vs actual {row['actual']}")
        r.check("score_exceeds_weight", D(0) <= s.v <= w.v, f"{tag} {name}: score {s.raw} vs weight {w.raw}")
    weight_total = as_n(weight_total)
    r.check("weight_sum_mismatch", sw == 100 and close(weight_total, sw),
            f"{tag}: weights sum to {sw}, stated {weight_total.raw}, must be 100")
    for st in (score_total if isinstance(score_total, list) else [score_total]):
        st = as_n(st)
        r.check("score_sum_mismatch", close(st, ss), f"{tag}: scores sum to {ss}, stated {st.raw}")
    return ss


def mof_funds(r, rows, total_label, comp_labels, cols, tag):
    """MOF / Sichuan funds block.  cols: indices of (init, annual, spent, rate, score)."""
    ci, ca, cs, cr, csc = cols
    byl = {row[0].strip() if row[0].strip() else row[1].strip(): row for row in rows}
    tot = byl[total_label]
    comps = [byl[lbl] for lbl in comp_labels]
    for col, nm in ((ci, "年初预算数"), (ca, "全年预算数"), (cs, "全年执行数")):
        r.total(N(tot[col]), [N(c[col]) for c in comps], f"{tag} {nm}: total = components")
    for row in [tot] + comps:
        lbl = row[0].strip() or row[1].strip()
        a, s, rate = N(row[ca]), N(row[cs]), row[cr].strip()
        if a.v == 0:
            r.check("implausible_rate", rate in ("—", "", "0", "0%", "0.00%"), f"{tag} {lbl}: rate {rate} on a zero budget")
        else:
            if rate == "—":
                r.check("rate_mismatch", False, f"{tag} {lbl}: rate missing")
            else:
                r.rate(N(rate.rstrip("%")), s, a, f"{tag} {lbl} 执行率")
                r.le100(N(rate.rstrip("%")), f"{tag} {lbl} 执行率")
    a, s = N(tot[ca]), N(tot[cs])
    exp = D(10) * min(s.v / a.v, D(1))
    r.warn("score_rule_mismatch", close(N(tot[csc]), exp), f"{tag} execution score {tot[csc]} vs {q2(exp)}")
    return {"init": N(tot[ci]), "annual": a, "spent": s, "rate": N(tot[cr].rstrip("%")), "score": N(tot[csc]),
            "rows": byl}


def pct(cell):
    return N(cell.strip().rstrip("%"))


def unit_n(cell):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(\S*)", cell.strip())
    return N(m.group(1), m.group(2))


def goal(r, prose, row, what):
    """A goal stated in the text equals the row's 年度指标值 (number and unit)."""
    r.same(prose, unit_n(row["target"].lstrip("≥≤＝=")), f"goal {what}: text vs table target")


# ============================================================================= projects
def p_panzhou(doc, r):
    Y = 2021
    # years
    r.year(doc.g(r"盘州市文体广电旅游局@年度避暑"), "eq", Y, "title")
    r.year(doc.g(r"关于开展@年度项目支出"), "eq", Y, "notice")
    r.year(doc.g(r"@年年初市财政安排"), "eq", Y, "budget year")
    r.year(doc.g(r"截至@年12月31日"), "eq", Y, "year-end date")
    r.year(doc.g(r"结转至@年"), "gt", Y, "carry-over year")
    r.year(doc.g(r"表1  @年度资金情况"), "eq", Y, "table 1")
    r.year(doc.g(r"表2  @年度避暑"), "eq", Y, "table 2")
    r.year(doc.g(r"@年17个重点村共接待"), "eq", Y, "visitor year")
    r.year(doc.g(r"较上年（@年）"), "prev", Y, "last year")
    # funds prose
    init = doc.n(r"年初市财政安排避暑旅游重点村奖补资金#万元", "万元")
    prov = doc.n(r"省级乡村旅游发展专项资金#万元", "万元")
    carry = doc.n(r"加上上年结转资金#万元", "万元")
    annual = doc.n(r"全年预算数#万元", "万元")
    r.total(annual, [init, prov, carry], "全年预算 = 年初 + 省级 + 上年结转")
    plan = []
    for k in ("一类村（省级避暑旅游示范村）", "二类村（市级避暑旅游重点村）", "三类村（县级乡村旅游重点村）"):
        cnt, each, amt = doc.ns(k + r"#个，每村#万元，计#万元")
        r.product(amt, cnt, each, f"planned {k}")
        plan.append((cnt, each, amt))
    fee_plan = doc.n(r"每村\d+万元，计[\d.]+万元；第三方评估验收费#万元")
    r.total(annual, [p[2] for p in plan] + [fee_plan], "planned uses = 全年预算")
    annual2 = doc.n(r"全年预算#万元全部到位", "万元")
    r.same(annual, annual2, "全年预算 restated")
    r.rate(doc.n(r"全部到位，到位率#%"), annual2, annual, "到位率 (全部到位)")
    spent = doc.n(r"实际支出#万元，预算执行率", "万元")
    rate = doc.n(r"实际支出[\d.]+万元，预算执行率#%")
    r.rate(rate, spent, annual, "执行率 prose")
    a1, a2, a3 = (doc.ns(r"一类村#个兑现#万元"), doc.ns(r"二类村#个兑现#万元"), doc.ns(r"三类村#个兑现#万元"))
    fee = doc.n(r"兑现[\d.]+万元，第三方评估验收费#万元", "万元")
    r.total(spent, [a1[1], a2[1], a3[1], fee], "spent = tiers + fee")
    r.product(a1[1], a1[0], plan[0][1], "一类 paid")
    r.product(a2[1], a2[0], plan[1][1], "二类 paid")
    r.product(a3[1], a3[0], plan[2][1], "三类 paid")
    nv, award = doc.ns(r"#个村共兑现奖补#万元")
    r.total(award, [a1[1], a2[1], a3[1]], "award = tiers")
    r.total(nv, [a1[0], a2[0], a3[0]], "village count")
    r.average(doc.n(r"村均奖补#万元"), award, nv, "村均奖补")
    r.balance(doc.n(r"未支出的#万元"), annual2, spent, "未支出 = 到位 - 执行")
    # funds table
    rows = tab_rows(doc.between("表1  2021年度资金情况（单位：万元）\n", "\n\n"))[1:]
    f = mof_funds(r, rows, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"], (1, 2, 3, 5, 6), "表1")
    r.same(N(f["init"].raw, "万元"), init, "年初 table vs prose")
    r.same(N(f["annual"].raw, "万元"), annual, "全年预算 table vs prose")
    r.same(N(f["spent"].raw, "万元"), spent, "执行 table vs prose")
    r.same(N(f["rate"].raw, "%"), N(rate.raw, "%"), "执行率 table vs prose")
    cur = f["rows"]["其中：当年财政拨款"]
    r.total(N(cur[2]), [init, prov], "当年财政拨款 = 年初 + 省级")
    r.same(N(f["rows"]["上年结转资金"][2], "万元"), carry, "上年结转 table vs prose")
    # indicator table
    rows = tab_rows(doc.between("表2  2021年度避暑旅游重点村奖补资金绩效自评表\n", "\n\n"))
    ind, tot = [], None
    for row in rows[1:]:
        if row[0] == "合计":
            tot = row
            continue
        ind.append({"name": row[2], "target": row[3], "actual": row[4], "comp": row[5], "w": row[6], "s": row[7]})
    text_total = doc.n(r"自评得分#分")
    check_indicators(r, ind, tot[6], [N(tot[7]), text_total], "表2")
    r.same(N(tot[7]), text_total, "total score table vs text")
    r.grade(text_total, doc.g(r"评价等级为“(.)”"), "grade")
    by = {x["name"]: x for x in ind}
    r.same(unit_n(by["预算执行率"]["actual"]), N(rate.raw, "%"), "execution rate row vs prose")
    r.same(N(by["预算执行率"]["s"]), f["score"], "execution score row vs funds table")
    r.same(unit_n(by["奖补重点村数量"]["actual"]), N(nv.raw, "个"), "villages row vs prose")
    hege = doc.n(r"验收合格率#%")
    r.rate(hege, nv, unit_n(by["奖补重点村数量"]["target"].lstrip("≥")), "验收合格率 = 17/18")
    r.same(unit_n(by["重点村验收合格率"]["actual"]), N(hege.raw, "%"), "验收合格率 row vs prose")
    beds, b1, b2, b3 = doc.ns(r"新增避暑民宿床位#张，一类、二类、三类村分别新增#张、#张、#张")
    r.total(beds, [b1, b2, b3], "床位 分别")
    r.same(unit_n(by["新增避暑民宿床位"]["actual"]), N(beds.raw, "张"), "床位 row vs prose")
    r.same(unit_n(by["奖补资金拨付及时率"]["actual"]), doc.n(r"拨付及时率#%", "%"), "及时率 row vs prose")
    r.same(unit_n(by["评估验收费用"]["actual"]), fee, "评估费 row vs prose")
    r.same(doc.n(r"实际仅支出#万元", "万元"), fee, "评估费 restated in problems")
    r.same(unit_n(by["一类村奖补标准"]["actual"]), N(plan[0][1].raw, "万元/村"), "一类 standard row vs prose")
    vis = doc.n(r"共接待游客#万人次", "万人次")
    last = doc.n(r"的#万人次增长", "万人次")
    r.growth(doc.n(r"万人次增长#%"), vis, last, "visitor growth")
    r.same(unit_n(by["重点村接待游客"]["actual"]), vis, "visitors row vs prose")
    rev_y = doc.n(r"实现旅游综合收入#亿元", "亿元")
    rev_w = doc.n(r"亿元（#万元）", "万元")
    r.same(rev_y, rev_w, "revenue 亿元 vs 万元")
    r.same(unit_n(by["重点村旅游综合收入"]["actual"]), rev_y, "revenue row vs prose")
    r.average(doc.n(r"游客人均消费#元"), rev_w, vis, "人均消费 (元)", factor=D(1))
    r.same(unit_n(by["带动村民就业"]["actual"]), doc.n(r"带动村民就业#人", "人"), "jobs row vs prose")
    r.rate(doc.n(r"有效率#%"), doc.n(r"回收有效问卷#份"), doc.n(r"发放问卷#份"), "问卷有效率")
    ts, vs = doc.n(r"游客满意度#%，村民", "%"), doc.n(r"村民满意度#%。", "%")
    r.le100(ts, "游客满意度 prose")
    r.le100(vs, "村民满意度 prose")
    r.same(unit_n(by["游客满意度"]["actual"]), ts, "游客满意度 row vs prose")
    r.same(unit_n(by["村民满意度"]["actual"]), vs, "村民满意度 row vs prose")
    r.same(N(doc.n(r"过程情况\n.*?预算执行率#%").raw, "%"), N(rate.raw, "%"), "执行率 in 过程")
    goal(r, doc.n(r"资金计划用于#个重点村", "个"), by["奖补重点村数量"], "villages (funds)")
    r.total(doc.n(r"资金计划用于#个重点村"), [p[0] for p in plan], "planned villages = tiers")
    goal(r, doc.n(r"完成#个重点村创建验收", "个"), by["奖补重点村数量"], "villages")
    goal(r, doc.n(r"床位不少于#张", "张"), by["新增避暑民宿床位"], "beds")
    goal(r, doc.n(r"接待游客不少于#万人次", "万人次"), by["重点村接待游客"], "visitors")
    goal(r, doc.n(r"旅游综合收入不少于#亿元", "亿元"), by["重点村旅游综合收入"], "revenue")
    goal(r, doc.n(r"带动村民就业不少于#人", "人"), by["带动村民就业"], "jobs")
    sat_goal = doc.n(r"满意度均不低于#%", "%")
    goal(r, sat_goal, by["游客满意度"], "游客满意度")
    goal(r, sat_goal, by["村民满意度"], "村民满意度")
    r.same(N(by["预算执行率"]["w"]), N(f["rows"]["年度资金总额"][4]), "execution weight: table 2 vs table 1")


def p_guyuan(doc, r):
    Y = 2019
    r.year(doc.g(r"沽源县文化广电和旅游局\n@年度"), "eq", Y, "title")
    r.year(doc.g(r"实施期为@年1月"), "eq", Y, "period")
    r.year(doc.g(r"@年年初县财政安排"), "eq", Y, "budget year")
    r.year(doc.g(r"截至@年12月31日"), "eq", Y, "year-end")
    r.year(doc.g(r"@年10个重点村共接待"), "eq", Y, "visitor year")
    r.year(doc.g(r"奖补资金于@年12月20日前"), "eq", Y, "payment date prose")
    r.year(doc.g(r"对未验收村实行挂牌督办，@年完成整改"), "gt", Y, "follow-up year")
    # standards and plan
    s1, s2, s3 = doc.ns(r"一档村（省级乡村旅游重点村）每村#万元，二档村（市级乡村旅游重点村）每村#万元，三档村（县级避暑休闲村）每村#万元")
    nplan, p1, p2, p3 = doc.ns(r"年初计划奖补#个村，其中一档#个、二档#个、三档#个")
    r.total(nplan, [p1, p2, p3], "planned villages")
    train_plan = doc.n(r"培训及宣传推介经费#万元")
    # funds prose
    init = doc.n(r"年初县财政安排项目资金#万元", "万元")
    prov = doc.n(r"省级旅游发展专项资金#万元", "万元")
    city = doc.n(r"市财政下达配套资金#万元", "万元")
    annual = doc.n(r"全年预算资金#万元", "万元")
    r.total(annual, [init, prov, city], "全年预算 = 县 + 省 + 市")
    r.total(annual, [N(str(p1.v * s1.v)), N(str(p2.v * s2.v)), N(str(p3.v * s3.v)), train_plan], "planned uses")
    recv = doc.n(r"实际到位#万元", "万元")
    city_recv = doc.n(r"市级配套资金到位#万元", "万元")
    r.rate(doc.n(r"资金到位率#%"), recv, annual, "到位率 prose")
    spent = doc.n(r"全年执行#万元", "万元")
    r.rate(doc.n(r"预算执行率#%；"), spent, annual, "执行率 prose")
    bal = doc.n(r"资金结余#万元", "万元")
    r.balance(bal, recv, spent, "结余 = 到位 - 执行")
    # funds table (one cell a line)
    rows = flat_rows(doc.between("收回县财政统筹使用。\n\n", "\n\n\n["))
    byl = {row[1]: row for row in rows if len(row) == 10 and row[1].startswith("(")}
    def cells(k):
        return [N(c) if c.strip() else N("0") for c in byl[k][2:10]]
    names = ["总额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
        c = cells(k)
        r.total(c[0], [c[1], c[6], c[7]], f"funds {k}: 总额 = 小计 + 结转 + 其他")
        r.total(c[1], c[2:6], f"funds {k}: 小计 = 中央 + 省 + 市 + 县")
    c2, c3, c4, c5 = cells("(2)"), cells("(3)"), cells("(4)"), cells("(5)=(3)-(4)")
    for i, nm in enumerate(names):
        r.balance(c5[i], c3[i], c4[i], f"funds (5) {nm}")
    for k, numr in (("(6)=(3)/(2)", c3), ("(7)=(4)/(2)", c4)):
        raw = byl[k][2:10]
        for i, nm in enumerate(names):
            cell = raw[i].strip()
            if c2[i].v == 0:
                r.check("implausible_rate", cell in ("", "0"), f"funds {k} {nm}: {cell} on a zero base")
            else:
                r.rate(N(cell), numr[i], c2[i], f"funds {k} {nm}")
                r.le100(N(cell), f"funds {k} {nm}")
    r.same(N(c2[0].raw, "万元"), annual, "全年预算 table vs prose")
    r.same(N(cells("(1)")[0].raw, "万元"), init, "年初 table vs prose")
    r.same(N(c3[0].raw, "万元"), recv, "到位 table vs prose")
    r.same(N(c4[0].raw, "万元"), spent, "执行 table vs prose")
    r.same(N(c5[0].raw, "万元"), bal, "结余 table vs prose")
    r.same(N(c2[3].raw, "万元"), prov, "省级 table vs prose")
    r.same(N(c2[4].raw, "万元"), city, "市级 table vs prose")
    r.same(N(c3[4].raw, "万元"), city_recv, "市级到位 table vs prose")
    r.same(N(c2[5].raw, "万元"), init, "县级 全年 = 年初 (no county adjustment)")
    r.same(N(byl["(6)=(3)/(2)"][2], "%"), doc.n(r"资金到位率#%", "%"), "到位率 table vs prose")
    r.same(N(byl["(7)=(4)/(2)"][2], "%"), doc.n(r"预算执行率#%；", "%"), "执行率 table vs prose")
    # results prose
    nv, n1, n2, n3 = doc.ns(r"全年验收合格#个村，其中一档#个、二档#个、三档#个")
    r.total(nv, [n1, n2, n3], "accepted villages")
    a1, a2, a3, award = doc.ns(r"兑现奖补资金分别为#万元、#万元、#万元，合计#万元")
    r.product(a1, n1, s1, "一档 paid")
    r.product(a2, n2, s2, "二档 paid")
    r.product(a3, n3, s3, "三档 paid")
    r.total(award, [a1, a2, a3], "award 分别 合计")
    r.average(doc.n(r"村均#万元"), award, nv, "村均")
    train = doc.n(r"培训及宣传推介支出#万元")
    r.total(spent, [award, train], "spent = award + training")
    # indicator table
    rows = flat_rows(doc.between("附件1.项目支出绩效自评表\n\n", None))
    ind, tot = [], None
    for row in rows[1:]:
        if row[0] == "合计":
            tot = row
            continue
        ind.append({"name": row[2], "w": row[3], "target": row[4], "actual": row[5], "comp": row[6], "s": row[7]})
    text_total = doc.n(r"总得分#分")
    check_indicators(r, ind, tot[3], [N(tot[7]), text_total], "附件1")
    r.same(N(tot[7]), text_total, "total score table vs text")
    r.grade(text_total, doc.g(r"属于“(..)”"), "grade")
    by = {x["name"]: x for x in ind}
    r.same(unit_n(by["预算执行率"]["actual"]), doc.n(r"预算执行率#%；", "%"), "execution row vs prose")
    r.same(unit_n(by["奖补重点村数量"]["actual"]), N(nv.raw, "个"), "villages row vs prose")
    r.same(unit_n(by["奖补重点村数量"]["target"].lstrip("≥")), N(nplan.raw, "个"), "planned villages row vs prose")
    tr = doc.n(r"培训乡村旅游从业人员#人次，超出计划", "人次")
    r.same(unit_n(by["乡村旅游从业人员培训"]["actual"]), tr, "training row vs prose")
    r.growth(doc.n(r"超出计划#%"), tr, unit_n(by["乡村旅游从业人员培训"]["target"].lstrip("≥")), "training over plan")
    vis, over, day = doc.ns(r"共接待游客#万人次，其中过夜游客#万人次、一日游游客#万人次")
    r.total(vis, [over, day], "visitors = overnight + day")
    r.same(unit_n(by["重点村接待游客"]["actual"]), N(vis.raw, "万人次"), "visitors row vs prose")
    rev = doc.n(r"实现旅游综合收入#亿元", "亿元")
    r.same(unit_n(by["重点村旅游综合收入"]["actual"]), rev, "revenue row vs prose")
    r.same(unit_n(by["带动农户增收"]["actual"]), doc.n(r"带动#户农户增收", "户"), "households row vs prose")
    sat = doc.n(r"游客满意度#%", "%")
    r.le100(sat, "游客满意度 prose")
    r.same(unit_n(by["游客满意度"]["actual"]), sat, "satisfaction row vs prose")
    goal(r, doc.n(r"完成#个重点村验收奖补", "个"), by["奖补重点村数量"], "villages")
    goal(r, doc.n(r"培训乡村旅游从业人员不少于#人次", "人次"), by["乡村旅游从业人员培训"], "training")
    goal(r, doc.n(r"接待游客不少于#万人次", "万人次"), by["重点村接待游客"], "visitors")
    goal(r, doc.n(r"旅游综合收入不少于#亿元", "亿元"), by["重点村旅游综合收入"], "revenue")
    goal(r, doc.n(r"带动不少于#户", "户"), by["带动农户增收"], "households")
    goal(r, doc.n(r"游客满意度不低于#%", "%"), by["游客满意度"], "satisfaction")
    goal(r, N(s1.raw, "万元"), by["单村最高奖补标准"], "top standard = 一档")
    r.same(N(by["预算执行率"]["w"]), N("10"), "execution weight 10")


def p_xuanen(doc, r):
    Y = 2022
    r.year(doc.g(r"宣恩县文化和旅游局\n@年度"), "eq", Y, "title")
    r.year(doc.g(r"关于开展@年度县级"), "eq", Y, "notice")
    r.year(doc.g(r"对@年度避暑旅游重\n点村"), "eq", Y, "intro")
    r.year(doc.g(r"@年项目全年预算"), "eq", Y, "budget year")
    r.year(doc.g(r"局于@年12月提前下达"), "prev", Y, "advance in the December before")
    r.year(doc.g(r"截至@年12月31日"), "eq", Y, "year-end")
    r.year(doc.g(r"已结转至@年"), "gt", Y, "carry-over")
    r.year(doc.g(r"表1  @年度"), "eq", Y, "table")
    r.year(doc.g(r"@年14个重点村接待"), "eq", Y, "visitor year")
    annual = doc.n(r"项目全年预算#万元", "万元")
    prov, pref, cnty = doc.ns(r"由省级资金#万元、州级资金\n#万元和县级资金#万元组成")
    r.total(annual, [prov, pref, cnty], "全年预算 = 省 + 州 + 县")
    r.same(N(doc.g(r"其中省级资金#万元已由州财政"), "万元"), N(prov.raw, "万元"), "省级 restated")
    r.same(N(doc.g(r"县级资金#万元为年初预算安排"), "万元"), N(cnty.raw, "万元"), "县级 restated")
    plan = []
    for k in (r"一类村（省级避暑旅游示范村）#个，每村#万元", r"二类村（州级避暑\n旅游重点村）#个，每村#万元",
              r"三类村（县级避暑旅游重点村）#个，每村\n#万元"):
        plan.append(doc.ns(k))
    train_plan = doc.n(r"从业人员培训及宣传推介#万元")
    r.total(annual, [N(str(c.v * e.v)) for c, e in plan] + [train_plan], "planned uses")
    r.rate(doc.n(r"全部到位，到位率#%"), annual, annual, "到位率 (全部到位)")
    spent = doc.n(r"实际支出#\n万元", "万元")
    rate = doc.n(r"万元，预算执行率#%")
    r.rate(rate, spent, annual, "执行率")
    sp_p, rp = doc.ns(r"其中省级资金[\d.]+万元支出#万元，执行率\n#%")
    sp_z, rz = doc.ns(r"州级资金[\d.]+万元支出#万元，执行率#%")
    sp_c, rc = doc.ns(r"县级资金[\d.]+\n万元支出#万元，执行率#%")
    r.same(N(doc.g(r"其中省级资金#万元支出"), "万元"), N(prov.raw, "万元"), "省级 in sub-rate")
    r.same(N(doc.g(r"州级资金#万元支出"), "万元"), N(pref.raw, "万元"), "州级 in sub-rate")
    r.same(N(doc.g(r"县级资金#\n万元支出"), "万元"), N(cnty.raw, "万元"), "县级 in sub-rate")
    r.rate(rp, sp_p, prov, "省级 执行率")
    r.rate(rz, sp_z, pref, "州级 执行率")
    r.rate(rc, sp_c, cnty, "县级 执行率")
    r.total(spent, [sp_p, sp_z, sp_c], "spent = 省 + 州 + 县")
    r.balance(doc.n(r"未支出的#万元"), annual, spent, "未支出 = 到位 - 执行")
    text_total = doc.n(r"项目自评得分#分")
    r.grade(text_total, doc.g(r"等级为(.)。"), "grade")
    # indicator table (PDF copy)
    region = doc.between("表1  2022年度避暑旅游重点村奖补项目绩效自评表\n", "\n    注：")
    ind, tot = [], None
    for c in pdf_rows(region):
        if c[0] in ("一级指标",) or c[0].startswith("第 "):
            continue
        if c[0] == "合计":
            tot = c
            continue
        ind.append({"name": c[-6], "target": c[-5], "actual": c[-4], "comp": c[-3], "w": c[-2], "s": c[-1]})
    check_indicators(r, ind, tot[1], [N(tot[2]), text_total], "表1")
    r.same(N(tot[2]), text_total, "total score table vs text")
    by = {x["name"]: x for x in ind}
    exe = by["预算执行率"]
    r.same(unit_n(exe["actual"]), N(rate.raw, "%"), "execution row vs prose")
    expect = N(exe["w"]).v * min(spent.v / annual.v, D(1))
    r.warn("score_rule_mismatch", close(N(exe["s"]), expect), "execution score 20 x r")
    # notes under the table
    r.growth(doc.n(r"新增避暑民宿超出目标#%"), unit_n(by["新增避暑民宿"]["actual"]),
             unit_n(by["新增避暑民宿"]["target"].lstrip("≥")), "民宿 over target")
    # section 四
    award = doc.n(r"全年共兑现奖补资金#万元", "万元")
    (c1, m1), (c2, m2), (c3, m3) = (doc.ns(r"一类村#个#万\n元"), doc.ns(r"二类村#个#万元"), doc.ns(r"三类村#个#万元，村均"))
    r.product(m1, c1, plan[0][1], "一类 paid")
    r.product(m2, c2, plan[1][1], "二类 paid")
    r.product(m3, c3, plan[2][1], "三类 paid")
    r.total(award, [m1, m2, m3], "award = tiers")
    nv = N(str(c1.v + c2.v + c3.v))
    r.average(doc.n(r"村均奖补#万元"), award, nv, "村均奖补")
    train = doc.n(r"培训及宣传推介支出#万元", "万元")
    r.total(spent, [award, train], "spent = award + training")
    r.same(unit_n(by["验收后拨付用时"]["actual"]), doc.n(r"平均#天拨付到村", "天"), "days row vs prose")
    nacc = doc.n(r"#个重点村通过验收")
    r.same(N(nacc.raw), nv, "accepted villages")
    r.same(unit_n(by["奖补重点村数量"]["actual"]), N(nacc.raw, "个"), "villages row vs prose")
    hege = doc.n(r"验收合格率#%")
    r.rate(hege, nacc, unit_n(by["奖补重点村数量"]["target"].lstrip("≥")), "验收合格率")
    r.same(unit_n(by["重点村验收合格率"]["actual"]), N(hege.raw, "%"), "合格率 row vs prose")
    r.same(unit_n(by["培训乡村旅游从业人员"]["actual"]), doc.n(r"游从业人员#人次", "人次"), "training row vs prose")
    r.same(unit_n(by["新增避暑民宿"]["actual"]), doc.n(r"新增避暑民宿#家。", "家"), "民宿 row vs prose")
    nv2, vis = doc.ns(r"2022年#个重点村接待游客#万")
    last = doc.n(r"较上年的#万\n人次")
    r.same(nv2, nv, "villages in visitors sentence")
    r.growth(doc.n(r"人次增长#%"), vis, last, "visitor growth")
    r.average(doc.n(r"村均接待游客#万人次"), vis, nv2, "村均接待")
    r.same(unit_n(by["重点村接待游客"]["actual"]), N(vis.raw, "万人次"), "visitors row vs prose")
    m = doc.m(r"实现旅游综合收入#(亿元|万元)")
    r.same(N(m.group(1), m.group(2)), unit_n(by["重点村旅游综合收入"]["actual"]), "revenue prose vs table")
    r.same(doc.n(r"全年累计支出#万元", "万元"), spent, "spent restated")
    sat = doc.n(r"满意度#%。", "%")
    r.le100(sat, "满意度 prose")
    r.same(unit_n(by["游客满意度"]["actual"]), sat, "satisfaction row vs prose")
    nplan = doc.n(r"完成#个重点村验收奖补", "个")
    goal(r, nplan, by["奖补重点村数量"], "villages")
    r.total(N(nplan.raw), [c for c, e in plan], "planned villages = tiers")
    goal(r, doc.n(r"培训乡村旅游从业人员不少于#人次", "人次"), by["培训乡村旅游从业人员"], "training")
    goal(r, doc.n(r"村接待游客不少于#万人次", "万人次"), by["重点村接待游客"], "visitors")
    goal(r, doc.n(r"旅游综合收入不少于#万元", "万元"), by["重点村旅游综合收入"], "revenue")
    goal(r, doc.n(r"新增避暑民宿\n不少于#家", "家"), by["新增避暑民宿"], "guesthouses")
    goal(r, doc.n(r"游客满意度不低于#%", "%"), by["游客满意度"], "satisfaction")
    goal(r, N(plan[2][1].raw, "万元/村"), by["三类村奖补标准"], "三类 standard")
    w_exec, w_rest = doc.ns(r"预算执行率按#分计，其余\n#分")
    r.check("weight_sum_mismatch", close(w_exec, N(exe["w"]).v), "execution weight 20 in text and table")
    r.check("weight_sum_mismatch", close(w_rest, sum(N(x["w"]).v for x in ind if x is not exe)),
            "other weights sum to the 80 stated in the text")


def p_nanjiang(doc, r):
    Y = 2023
    r.year(doc.g(r"南江县文化广播电视和旅游局@年度部门整体"), "eq", Y, "title")
    r.year(doc.g(r"@年末编制数"), "eq", Y, "staff year")
    r.year(doc.g(r"@年年初预算"), "eq", Y, "budget year")
    r.year(doc.g(r"@年全年执行"), "eq", Y, "spending year")
    r.year(doc.g(r"均结转至@年使用"), "gt", Y, "carry-over (dept)")
    r.year(doc.g(r"奖补资金24.00万元结转至@年"), "gt", Y, "carry-over (project)")
    r.year(doc.g(r"是我局@年最大的专项"), "eq", Y, "project year")
    r.year(doc.g(r"（@年度）"), "eq", Y, "table year")
    r.year(doc.g(r"我局@年度部门整体支出自评得分"), "eq", Y, "conclusion year")
    r.year(doc.g(r"@年度绩效评价结果已用于"), "prev", Y, "last year's evaluation")
    init = doc.n(r"年初预算#万元，年中追加", "万元")
    other = doc.n(r"东西部协作帮扶资金#万元", "万元")
    annual = doc.n(r"调整后全年预算#万元", "万元")
    fin, unit, oth = doc.ns(r"全年预算中财政资金#万元、单位资金#万元、其他资金#万元")
    r.total(annual, [fin, unit, oth], "全年预算 = 财政 + 单位 + 其他")
    r.same(N(oth.raw, "万元"), other, "其他资金 restated")
    spent = doc.n(r"全年执行#万元", "万元")
    rate = doc.n(r"全年执行[\d.]+万元，预算执行率#%")
    r.rate(rate, spent, annual, "执行率 prose")
    basic, staff, pub, rb, bb = doc.ns(r"基本支出#万元（人员经费#万元、公用经费#万元），执行率#%（基本支出预算#万元）")
    proj, rpj, pb = doc.ns(r"项目支出#万元，执行率#%（项目支出预算#万元）")
    r.total(basic, [staff, pub], "基本支出 = 人员 + 公用")
    r.total(spent, [basic, proj], "执行 = 基本 + 项目")
    r.total(annual, [bb, pb], "全年预算 = 基本预算 + 项目预算")
    r.rate(rb, basic, bb, "基本支出执行率")
    r.rate(rpj, proj, pb, "项目支出执行率")
    r.balance(doc.n(r"年末未执行#万元"), annual, spent, "未执行 = 预算 - 执行")
    sangong = doc.n(r"“三公”经费支出#万元", "万元")
    # key project
    e1, e2, e3 = doc.ns(r"省级乡村旅游重点村每村奖补#万元，市级每村#万元，县级避暑旅游重点村每村#万元")
    pbud, nplan = doc.ns(r"全年预算#万元，计划奖补#个村")
    nv, pspent, prate = doc.ns(r"实际验收合格#个村，支出#万元，执行率#%")
    r.rate(prate, pspent, pbud, "重点村项目执行率")
    (c1, m1), (c2, m2), (c3, m3) = (doc.ns(r"其中省级村#个#万元"), doc.ns(r"市级村#个#万元"), doc.ns(r"县级村#个#万元"))
    r.product(m1, c1, e1, "省级 paid")
    r.product(m2, c2, e2, "市级 paid")
    r.product(m3, c3, e3, "县级 paid")
    r.total(pspent, [m1, m2, m3], "project spent = tiers")
    r.total(nv, [c1, c2, c3], "villages")
    r.average(doc.n(r"村均#万元"), pspent, nv, "村均")
    r.balance(doc.n(r"对应奖补资金#万元结转"), pbud, pspent, "project unspent")
    # indicator table and funds block
    region = doc.between("（2023年度）\n", "\n\n四、")
    parts = region.split("\n\n")
    frows = tab_rows(parts[0])[1:]
    f = mof_funds(r, frows, "年度资金总额", ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"], (1, 2, 3, 5, 6), "funds")
    r.same(N(f["init"].raw, "万元"), init, "年初 table vs prose")
    r.same(N(f["annual"].raw, "万元"), annual, "全年 table vs prose")
    r.same(N(f["spent"].raw, "万元"), spent, "执行 table vs prose")
    r.same(N(f["rate"].raw, "%"), N(rate.raw, "%"), "执行率 table vs prose")
    r.same(N(f["rows"]["其中：财政资金"][2], "万元"), N(fin.raw, "万元"), "财政资金 table vs prose")
    r.same(N(f["rows"]["单位资金"][2], "万元"), N(unit.raw, "万元"), "单位资金 table vs prose")
    r.same(N(f["rows"]["其他资金"][2], "万元"), other, "其他资金 table vs prose")
    r.same(N(f["rows"]["单位资金"][5].rstrip("%"), "%"), doc.n(r"单位资金执行率#%", "%"), "单位资金执行率 table vs prose")
    ind, tot, grade = [], None, None
    for row in tab_rows(parts[1])[1:]:
        if row[0] == "总分":
            tot = row
            continue
        if row[0] == "自评等级":
            grade = row[1]
            continue
        sign = row[3]
        tgt = ("" if sign == "定性" else sign) + row[4] + row[5]
        ind.append({"name": row[2], "target": tgt, "actual": row[6] + row[5], "comp": row[7], "w": row[8], "s": row[9]})
    ind.insert(0, {"name": "预算执行率", "target": "100%", "actual": f["rate"].raw + "%", "comp": f["rate"].raw + "%",
                   "w": frows[0][4], "s": f["score"].raw})
    text_total = doc.n(r"部门整体支出自评得分#分")
    check_indicators(r, ind, tot[8], [N(tot[9]), text_total], "自评表")
    r.same(N(tot[9]), text_total, "total score table vs text")
    r.grade(text_total, grade, "grade (table)")
    by = {x["name"]: x for x in ind}
    r.same(unit_n(by["举办文化惠民演出"]["actual"]), doc.n(r"全年举办文化惠民演出#场", "场"), "演出 row vs prose")
    r.same(unit_n(by["奖补乡村旅游重点村"]["actual"]), N(nv.raw, "个"), "villages row vs prose")
    r.same(unit_n(by["奖补乡村旅游重点村"]["target"].lstrip("≥")), N(nplan.raw, "个"), "planned villages row vs prose")
    r.same(unit_n(by["公共文化场馆免费开放"]["actual"].lstrip("＝")), doc.n(r"公共文化场馆#个全部免费开放", "个"), "场馆 row vs prose")
    r.same(unit_n(by["项目资金支出进度"]["actual"]), N(rpj.raw, "%"), "项目支出进度 row vs prose")
    r.same(unit_n(by["公用经费控制数"]["actual"]), N(pub.raw, "万元"), "公用经费 row vs prose")
    r.same(unit_n(by["“三公”经费"]["actual"]), sangong, "三公 row vs prose")
    r.same(unit_n(by["“三公”经费"]["target"].lstrip("≤")), doc.n(r"控制在年初预算#万元以内", "万元"), "三公 cap row vs prose")
    r.same(unit_n(by["全县接待游客"]["actual"]), doc.n(r"全县接待游客#万人次", "万人次"), "visitors row vs prose")
    r.same(unit_n(by["旅游综合收入"]["actual"]), doc.n(r"旅游综合收入#亿元", "亿元"), "revenue row vs prose")
    r.same(unit_n(by["重点村带动就业"]["actual"]), doc.n(r"重点村带动就业#人", "人"), "jobs row vs prose")
    r.same(doc.n(r"全年兑现重点村奖补资金#万元", "万元"), N(pspent.raw, "万元"), "award restated")
    sat = doc.n(r"游客满意度#%", "%")
    r.le100(sat, "游客满意度 prose")
    r.balance(doc.n(r"主要为单位资金#万元"), N(f["rows"]["单位资金"][2]), N(f["rows"]["单位资金"][3]), "单位资金 unspent")
    r.balance(doc.n(r"和奖补资金#万元，均结转"), pbud, pspent, "奖补 unspent (dept paragraph)")
    r.same(N(by["预算执行率"]["w"]), N("10"), "Sichuan execution weight 10")


def p_longde(doc, r):
    Y = 2024
    r.year(doc.g(r"隆德县文化旅游广电局\n@年度"), "eq", Y, "title")
    r.year(doc.g(r"@年，自治区文化和旅游厅下达"), "eq", Y, "allocation year")
    r.year(doc.g(r"实施期为@年1月"), "eq", Y, "period")
    r.year(doc.g(r"@年年初县财政安排"), "eq", Y, "budget year")
    r.year(doc.g(r"加上@年结转资金"), "prev", Y, "carry-in from last year")
    r.year(doc.g(r"兑付@年度结转的"), "prev", Y, "last year's village")
    r.year(doc.g(r"结转至@年用于"), "gt", Y, "carry-over")
    r.year(doc.g(r"全部资金于@年11月15日前"), "eq", Y, "payment date")
    r.year(doc.g(r"@年6个重点村接待"), "eq", Y, "visitor year")
    r.year(doc.g(r"（@年度）"), "eq", Y, "table year")
    region_alloc = doc.n(r"下达我县乡村旅游重点村奖补资金#万元", "万元")
    init_cur = doc.n(r"年初县财政安排项目资金#万元", "万元")
    carry = doc.n(r"加上\d{4}年结转资金#万元", "万元")
    init = doc.n(r"年初预算#万元", "万元")
    r.total(init, [init_cur, carry], "年初 = 当年 + 结转")
    annual, cur, reg, cnty, carry2 = doc.ns(r"全年预算#万元，其中当年财政拨款#万元（自治区资金#万元、县级资金#万元），上年结转资金#万元")
    r.total(annual, [cur, carry2], "全年 = 当年 + 结转")
    r.total(cur, [reg, cnty], "当年财政拨款 = 自治区 + 县级")
    r.same(N(reg.raw, "万元"), region_alloc, "自治区资金 restated")
    r.same(N(carry2.raw, "万元"), carry, "上年结转 restated")
    r.same(N(cnty.raw, "万元"), init_cur, "县级 = 年初县级 (no county adjustment)")
    spent = doc.n(r"全年支出#万元", "万元")
    rate = doc.n(r"全年支出[\d.]+万元，执行率#%")
    r.rate(rate, spent, annual, "执行率 prose")
    (c1, e1, m1), (c2, e2, m2) = (doc.ns(r"自治区级重点村#个，每村#万元，计#万元"), doc.ns(r"县级避暑旅游特色村#个，每村#万元，计#万元"))
    r.product(m1, c1, e1, "自治区级 paid")
    r.product(m2, c2, e2, "县级 paid")
    old = doc.n(r"结转的1个村奖补资金#万元", "万元")
    sign = doc.n(r"乡村旅游导视标识设置#万元", "万元")
    r.total(spent, [m1, m2, old, sign], "spent = tiers + last year's village + signs")
    r.same(old, carry, "carry-in spent = carry-in")
    per, rooms, room_amt = doc.ns(r"每间#元标准补助，4个村共改造客房#间，计#万元")
    r.product(room_amt, rooms, N(str(per.v / 10000)), "客房 元 -> 万元")
    r.check("sum_mismatch", room_amt.v <= m2.v, "room subsidy within county awards")
    r.balance(doc.n(r"年末结余#万元"), annual, spent, "结余 = 到位 - 执行 (全部到位)")
    # table
    region = doc.between("（2024年度）\n", None)
    lines = tab_rows(region)
    fr = [l for l in lines if len(l) >= 8 and l[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")]
    frows = [[l[1]] + l[2:] for l in fr]
    f = mof_funds(r, frows, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"], (1, 2, 3, 5, 6), "funds")
    r.same(N(f["init"].raw, "万元"), init, "年初 table vs prose")
    r.same(N(f["annual"].raw, "万元"), N(annual.raw, "万元"), "全年 table vs prose")
    r.same(N(f["spent"].raw, "万元"), spent, "执行 table vs prose")
    r.same(N(f["rate"].raw, "%"), N(rate.raw, "%"), "执行率 table vs prose")
    r.same(N(f["rows"]["其中：当年财政拨款"][2], "万元"), N(cur.raw, "万元"), "当年财政拨款 table vs prose")
    ind, tot = [], None
    start = [i for i, l in enumerate(lines) if l[0] == "绩效指标"][0]
    for row in lines[start + 1:]:
        if row[0] == "总分":
            tot = row
            continue
        ind.append({"name": row[3], "target": row[4], "actual": row[5], "comp": row[6], "w": row[7], "s": row[8]})
    text_total = doc.n(r"本项目自评得分#分")
    check_indicators(r, ind, tot[7], [N(tot[8]), text_total], "自评表")
    r.same(N(tot[8]), text_total, "total score table vs text")
    r.grade(text_total, doc.g(r"评价等级为“(.)”"), "grade")
    by = {x["name"]: x for x in ind}
    r.same(unit_n(by["预算执行率"]["actual"]), N(rate.raw, "%"), "execution row vs prose")
    r.same(N(by["预算执行率"]["s"]), f["score"], "execution score row vs funds block")
    nacc = doc.n(r"#个重点村全部通过验收")
    r.total(nacc, [c1, c2], "villages = tiers")
    r.same(unit_n(by["奖补重点村数量"]["actual"]), N(nacc.raw, "个"), "villages row vs prose")
    r.same(unit_n(by["改造民宿客房"]["actual"]), N(rooms.raw, "间"), "rooms row vs prose (funds)")
    r.same(unit_n(by["改造民宿客房"]["actual"]), doc.n(r"改造民宿客房#间，", "间"), "rooms row vs prose (outputs)")
    r.same(unit_n(by["导视标识完好率"]["actual"]), doc.n(r"完好率#%", "%"), "完好率 row vs prose")
    r.same(unit_n(by["自治区级村奖补标准"]["actual"]), N(e1.raw, "万元/村"), "standard row vs prose")
    nv, vis = doc.ns(r"2024年#个重点村接待游客#万人次")
    last = doc.n(r"较上年的#万人次")
    r.growth(doc.n(r"万人次增长#%"), vis, last, "visitor growth")
    r.average(doc.n(r"村均接待游客#万人次"), vis, nv, "村均接待")
    r.same(unit_n(by["重点村接待游客"]["actual"]), N(vis.raw, "万人次"), "visitors row vs prose")
    r.same(unit_n(by["重点村旅游综合收入"]["actual"]), doc.n(r"实现旅游综合收入#万元", "万元"), "revenue row vs prose")
    r.same(unit_n(by["村集体经济收入增长率"]["actual"]), doc.n(r"村集体经济收入平均增长#%", "%"), "村集体 row vs prose")
    ts, bs = doc.n(r"游客满意度#%，经营户", "%"), doc.n(r"经营户满意度#%。", "%")
    r.le100(ts, "游客满意度 prose")
    r.le100(bs, "经营户满意度 prose")
    r.same(unit_n(by["游客满意度"]["actual"]), ts, "游客满意度 row vs prose")
    r.same(unit_n(by["经营户满意度"]["actual"]), bs, "经营户满意度 row vs prose")
    # goal block of the MOF table restates the outputs
    gb = [l for l in lines if len(l) >= 5 and l[4].startswith("6个重点村全部验收")][0]
    m = re.search(r"改造客房#间，接待游客#万人次".replace("#", NUM), gb[4])
    r.same(N(m.group(1), "间"), N(rooms.raw, "间"), "goal block rooms")
    r.same(N(m.group(2), "万人次"), N(vis.raw, "万人次"), "goal block visitors")
    nplan, g1, g2 = doc.ns(r"完成#个重点村（自治区级#个、县级#个）")
    r.total(nplan, [g1, g2], "planned villages = tiers")
    goal(r, N(nplan.raw, "个"), by["奖补重点村数量"], "villages")
    goal(r, doc.n(r"改造民宿客房不少于#间；", "间"), by["改造民宿客房"], "rooms")
    goal(r, doc.n(r"重点村接待游客不少于#万人次，旅游", "万人次"), by["重点村接待游客"], "visitors")
    goal(r, doc.n(r"旅游综合收入不少于#万元，村", "万元"), by["重点村旅游综合收入"], "revenue")
    goal(r, doc.n(r"增长不低于#%", "%"), by["村集体经济收入增长率"], "collective income")
    goal(r, doc.n(r"低于#%的目标", "%"), by["村集体经济收入增长率"], "collective income (results)")
    sat_goal = doc.n(r"满意度均不低于#%", "%")
    goal(r, sat_goal, by["游客满意度"], "游客满意度")
    goal(r, sat_goal, by["经营户满意度"], "经营户满意度")
    r.same(N(by["预算执行率"]["w"]), N(f["rows"]["年度资金总额"][4]), "execution weight: indicator block vs funds block")


PROJECT_CHECKS = {
    "gz-panzhou-bishucun-2021": p_panzhou,
    "he-guyuan-xiangcunlvyoucun-2019": p_guyuan,
    "hb-xuanen-bishucun-2022": p_xuanen,
    "sc-nanjiang-wenlvju-2023": p_nanjiang,
    "nx-longde-xiangcunlvyou-2024": p_longde,
}


# ============================================================================= driver
def run_checks(source, text):
    r = Report()
    PROJECT_CHECKS[source](Doc(text), r)
    return r


def edit_region(a, b):
    """Common prefix/suffix removed: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                clean_text[rec["source"]] = fh.read()
    codes = Counter()
    total_checks = 0
    for rec in labels:
        name = rec["case"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            r = run_checks(rec["source"], text)
        except (AnchorError, KeyError, IndexError, AttributeError) as exc:
            problems.append(f"{name}: could not read figures: {exc!r}")
            continue
        total_checks += r.count
        failed = sorted({c for c, _ in r.fails})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if not (1500 <= len(text) <= 5000):
                problems.append(f"{name}: length {len(text)} outside 1500-5000")
            for c, msg in r.fails:
                problems.append(f"{name}: clean draft fails {c}: {msg}")
            for c, msg in r.warns:
                problems.append(f"{name}: clean draft warning {c}: {msg}")
            print(f"  {name}: {r.count} checks, all pass")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        codes[exp["code"]] += 1
        if exp["severity"] != "error" or exp["code"] not in CODES_A:
            problems.append(f"{name}: label code/severity not in errors.md section A")
        if failed != [exp["code"]]:
            problems.append(f"{name}: labelled {exp['code']} but failing codes are {failed}: {r.fails}")
        # the edit
        clean = clean_text[rec["source"]]
        p, ea, eb = edit_region(clean, text)
        if ea - p > 40 or eb - p > 40 or eb == p and ea == p:
            problems.append(f"{name}: edit spans {ea - p} -> {eb - p} characters")
        n = text.count(exp["value"])
        if n != 1:
            problems.append(f"{name}: value occurs {n} times")
        else:
            i = text.index(exp["value"])
            j = i + len(exp["value"])
            if not (i < max(eb, p + 1) and p < j):
                problems.append(f"{name}: value [{i},{j}) does not overlap the edit [{p},{eb})")
        warn = f" (+ warning {sorted({c for c, _ in r.warns})})" if r.warns else ""
        print(f"  {name}: {exp['code']} <- {r.fails[0][1] if r.fails else '-'}{warn}")
    for c in CODES_A:
        if codes[c] < 2:
            problems.append(f"code {c} labelled {codes[c]} times (< 2)")
    if len(labels) != 35:
        problems.append(f"{len(labels)} label lines, expected 35")
    print(f"{len(labels)} cases, {total_checks} checks run; labels per code: "
          + ", ".join(f"{c} {codes[c]}" for c in CODES_A))
    if problems:
        for pr in problems:
            print("PROBLEM", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
