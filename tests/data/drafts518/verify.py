#!/usr/bin/env python3
"""Independent check of the drafts518 set (standard library + decimal only).

For every case in labels.jsonl the figures are read back from the case text (regular expressions and
small table parsers per layout) and all the arithmetic of the draft is redone:

  I1/I2 rates, I3 balances, I4 sums and splits, I5 implausible rates, I6 weights, I7 scores and totals,
  I8 completion rates, I9 grade, I10 averages, I11 restated raw figures, I13 units, I14 years,
  plus the §5 scoring rules (reported as the warning score_rule_mismatch, never as an error).

Tolerance follows rules.md §8: a stated value with d decimals matches a computed value c iff
|c - v| <= 0.5 * 10^-d (+1e-9), ROUND_HALF_UP where rounding is needed.

Policy for which identity a mention takes part in (see README, "Notes on labelling"):
  * computed quantities (rates, balances, totals, averages, completion rates, scores) are checked
    against their identity at every mention; they are not compared mention-to-mention (no I11);
  * raw inputs (counts, amounts, dates, survey results) restated in several places are compared
    mention-to-mention (I11, conflicting_values); identities use the table / primary mention, or the
    figures of the same sentence when the sentence carries its own computation;
  * a failed money identity that is repaired exactly by rescaling one amount by 10^4 is reported as
    unit_mismatch on that amount instead (errors.md #11(b)).

Then the set itself is checked: every clean draft passes, every error case fails its labelled code and
no other error code, each label value occurs exactly once, each error case differs from its clean draft
by one contiguous edit of at most 40 characters that overlaps the value, each code is used at least twice.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
EPS = D("1e-9")
ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
}
WARNING_CODES = {"score_rule_mismatch"}
MONEY = {"万元": D(1), "元": D(1) / D(10000), "亿元": D(10000)}
DASHES = {"—", "－", "-", "–", ""}


class ParseError(Exception):
    pass


def ndec(raw):
    raw = raw.replace(",", "")
    return len(raw.split(".")[1]) if "." in raw else 0


class Q:
    """A stated figure: value normalised (万元 for money), tolerance from its written decimals."""

    def __init__(self, raw, unit="", where=""):
        raw = raw.strip().replace("&nbsp;", "")
        self.raw, self.unit, self.where = raw, unit, where
        self.money = unit in MONEY
        self.dash = raw in DASHES
        if self.dash:
            self.v = self.t = D(0)
            return
        m = re.fullmatch(r"[+-]?[\d,]*\.?\d+", raw)
        if not m:
            raise ParseError(f"not a number: {raw!r} ({where})")
        f = MONEY.get(unit, D(1))
        self.v = D(raw.replace(",", "")) * f
        self.t = D(5) * D(10) ** (-(ndec(raw) + 1)) * f

    def scaled(self, k):
        q = Q.__new__(Q)
        q.__dict__.update(self.__dict__)
        q.v, q.t = self.v * k, self.t * k
        return q

    def __repr__(self):
        return f"{self.raw}{self.unit}"


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Checker:
    def __init__(self, name, text):
        self.name, self.t = name, text
        self.fails, self.warns, self.n = [], [], 0

    # ---------- extraction ----------
    def m(self, pattern, flags=0):
        found = list(re.finditer(pattern, self.t, flags))
        if len(found) != 1:
            raise ParseError(f"{self.name}: pattern {pattern!r} matched {len(found)} times")
        return found[0]

    def q(self, pattern, unit=None, group="n", flags=0):
        """A figure from a pattern with a named group n (number) and optionally u (unit)."""
        mt = self.m(pattern, flags)
        u = unit if unit is not None else (mt.group("u") if "u" in mt.groupdict() else "")
        return Q(mt.group(group), u, where=pattern)

    # ---------- reporting ----------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    # ---------- identities ----------
    def ident(self, code, name, target, inputs, fn):
        """target (a stated Q) must equal fn(values of inputs) within target's tolerance."""
        self.n += 1

        def ok(tg, ins):
            return abs(fn([x.v for x in ins]) - tg.v) <= tg.t + EPS

        if ok(target, inputs):
            return True
        allq = [target] + list(inputs)
        for i, qq in enumerate(allq):
            if not qq.money or qq.dash:
                continue
            for k in (D(10000), D(1) / D(10000)):
                alt = [x.scaled(k) if j == i else x for j, x in enumerate(allq)]
                if ok(alt[0], alt[1:]):
                    self.fail("unit_mismatch", f"{name}: {qq} is off by a power of ten (unit)")
                    return False
        self.fail(code, f"{name}: stated {target}, computed {fn([x.v for x in inputs])}")
        return False

    def sum_(self, name, total, parts, code="sum_mismatch"):
        return self.ident(code, name, total, parts, lambda v: sum(v, D(0)))

    def diff(self, name, result, a, b, code="balance_mismatch"):
        return self.ident(code, name, result, [a, b], lambda v: v[0] - v[1])

    def same(self, name, a, b, code="conflicting_values"):
        """I11: two mentions of one raw figure."""
        self.n += 1
        if a.unit and b.unit and a.unit != b.unit and not (a.money and b.money):
            self.fail("unit_mismatch", f"{name}: {a} vs {b}")
            return False
        return self.ident(code, name, a, [b], lambda v: v[0])

    def rate(self, name, stated, num, den, code="rate_mismatch", cap=True):
        """stated % = num / den * 100. Zero base: only '—' or 0 allowed. Over 100%: implausible."""
        self.n += 1
        if den.v == 0:
            if not stated.dash and stated.v != 0:
                self.fail("implausible_rate", f"{name}: {stated}% on a zero base")
                return False
            return True
        if stated.dash:
            self.fail(code, f"{name}: rate missing although the base is {den}")
            return False
        if cap and stated.v > 100 + EPS:
            self.fail("implausible_rate", f"{name}: {stated}% is over 100%")
            return False
        if cap and num.v / den.v * 100 > 100 + stated.t:
            self.fail("implausible_rate", f"{name}: {num} of {den} is over 100%")
            return False
        return self.ident(code, name, stated, [num, den], lambda v: v[0] / v[1] * 100)

    def share(self, name, part, pct, total, code="sum_mismatch"):
        """an instalment / share: part = pct% of total."""
        return self.ident(code, name, part, [pct, total], lambda v: v[0] * v[1] / 100)

    def completion_text(self, name, stated, actual, target):
        """'完成目标的X%' in prose (gte)."""
        return self.ident("completion_mismatch", name, stated, [actual, target], lambda v: v[0] / v[1] * 100)

    def deviation_text(self, name, stated, actual, target):
        """'超出/高出目标X%' in prose: (A - T) / T."""
        return self.ident("completion_mismatch", name, stated, [actual, target],
                          lambda v: (v[0] - v[1]) / v[1] * 100)

    def average(self, name, stated, items=None, total=None, count=None):
        if items is not None:
            return self.ident("average_mismatch", name, stated, items, lambda v: sum(v, D(0)) / len(v))
        return self.ident("average_mismatch", name, stated, [total, count], lambda v: v[0] / v[1])

    def year_eq(self, name, pattern, year, rel="eq"):
        mt = self.m(pattern)
        y = int(mt.group("y"))
        self.n += 1
        ok = {"eq": y == year, "gt": y > year, "ge": y >= year}[rel]
        if not ok:
            self.fail("year_mismatch", f"{name}: {y} vs evaluation year {year} ({rel})")
        return ok

    def issued(self, name, pattern, year):
        """money issued in the evaluation year, or as an advance (提前) in the December before."""
        mt = self.m(pattern)
        y, mo = int(mt.group("y")), int(mt.group("mo"))
        adv = "提前" in mt.group(0)
        self.n += 1
        ok = y == year or (adv and y == year - 1 and mo == 12)
        if not ok:
            self.fail("year_mismatch", f"{name}: issued {y}-{mo} for evaluation year {year}")
        return ok

    def generic_years(self, year):
        """rules §7 I14 patterns anywhere in the text."""
        for mt in re.finditer(r"截至(\d{4})年12月31日", self.t):
            self.n += 1
            if int(mt.group(1)) != year:
                self.fail("year_mismatch", f"{mt.group(0)} in a {year} report")
        for mt in re.finditer(r"结转至(\d{4})年", self.t):
            self.n += 1
            if int(mt.group(1)) <= year:
                self.fail("year_mismatch", f"{mt.group(0)} in a {year} report")

    def grade(self, name, label, total):
        self.n += 1
        band = "优" if total.v >= 90 else "良" if total.v >= 80 else "中" if total.v >= 60 else "差"
        norm = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
                "合格": "中", "差": "差", "较差": "差", "不合格": "差"}[label]
        if norm != band:
            self.fail("grade_mismatch", f"{name}: {label} for total {total} (band {band})")


# ---------------------------------------------------------------- indicator tables

SIGNS = {"≥": "gte", "＞＝": "gte", ">=": "gte", "≤": "lte", "＜＝": "lte", "<=": "lte", "=": "eq", "＝": "eq"}
QUAL_ACHIEVED = "达成年度指标"


def parse_value(s):
    """-> dict(kind=num|date|qual, dir, val (Q), unit) for a target or an actual cell."""
    s = s.strip()
    mt = re.fullmatch(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日|底前|底)", s)
    if mt:
        day = int(mt.group(3)) if mt.group(3) else 31
        return {"kind": "date", "key": (int(mt.group(1)), int(mt.group(2)), day), "unit": "date"}
    mt = re.fullmatch(r"(≥|≤|=|＝|>=|<=|＞＝|＜＝)?\s*([\d,]*\.?\d+)\s*(.*)", s)
    if mt:
        unit = mt.group(3).strip()
        return {"kind": "num", "dir": SIGNS.get(mt.group(1), "eq"), "q": Q(mt.group(2), unit), "unit": unit}
    return {"kind": "qual", "text": s, "unit": "qual"}


def indicator_checks(ck, rows, exec_rate=None, totals=(), weight_total=None, level_weights=None,
                     grades=()):
    """rows: dicts with name, l1, w, target, actual, score (strings) and optional comp, exec (bool).
    exec_rate: (num Q, den Q) for the budget-execution row / funds block.
    totals: stated total scores (Q); weight_total: stated Σ分值 (Q); level_weights: {l1: [Q...]};
    grades: labels of the grade."""
    wsum, ssum = D(0), D(0)
    by_l1 = {}
    for r in rows:
        name = r["name"]
        w, sc = Q(r["w"], where=name), Q(r["score"], where=name)
        wsum += w.v
        ssum += sc.v
        by_l1.setdefault(r["l1"], D(0))
        by_l1[r["l1"]] += w.v
        ck.n += 1
        if sc.v > w.v + EPS or sc.v < 0:
            ck.fail("score_exceeds_weight", f"{name}: score {sc} vs weight {w}")
        if r.get("exec"):
            # execution row or funds block: the stated rate is a rate mention (I1)
            num, den = exec_rate
            rt = Q(r["actual"].rstrip("%"), where=name)
            ck.rate(f"{name} (rate)", rt, num, den)
            r_true = min(num.v / den.v, D(1))
            if r.get("comp") is not None:
                ck.ident("completion_mismatch", f"{name} completion", Q(r["comp"].rstrip("%")), [rt],
                         lambda v: v[0])
            exp1, exp2 = w.v * r_true, w.v * min(rt.v, D(100)) / 100
            if abs(sc.v - exp1) > sc.t + EPS and abs(sc.v - exp2) > sc.t + EPS:
                ck.warn("score_rule_mismatch", f"{name}: score {sc}, expected {exp1}")
            continue
        t, a = parse_value(r["target"]), parse_value(r["actual"])
        ck.n += 1
        if t["unit"] != a["unit"]:
            ck.fail("unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}")
            continue
        if a["kind"] == "num" and a["unit"] == "%" and a["q"].v > 100:
            ck.fail("implausible_rate", f"{name}: actual {r['actual']} over 100%")
            continue
        if t["kind"] == "num":
            T, A = t["q"].v, a["q"].v
            if t["dir"] == "lte":
                comp = D(100) if A <= T else T / A * 100
                exp = w.v if A <= T else w.v * T / A
            else:
                comp = A / T * 100
                exp = w.v if A >= T else w.v * A / T
            if r.get("comp") not in (None, "—"):
                cq = Q(r["comp"].rstrip("%"), where=name)
                ck.n += 1
                if abs(comp - cq.v) > cq.t + EPS:
                    ck.fail("completion_mismatch", f"{name}: completion {cq}%, computed {comp:.4f}")
                alt = w.v * min(cq.v, D(100)) / 100   # score from the printed completion (§8)
            else:
                alt = None
            if abs(sc.v - exp) > sc.t + EPS and (alt is None or abs(sc.v - alt) > sc.t + EPS):
                ck.warn("score_rule_mismatch", f"{name}: score {sc}, expected {r2(exp)}")
        elif t["kind"] == "date":
            met = a["key"] <= t["key"]
            if met and r.get("comp") not in (None, "—"):
                cq = Q(r["comp"].rstrip("%"), where=name)
                ck.n += 1
                if abs(cq.v - 100) > cq.t + EPS:
                    ck.fail("completion_mismatch", f"{name}: deadline met, completion {cq}%")
            if not met or sc.v != w.v:
                if met:
                    ck.warn("score_rule_mismatch", f"{name}: deadline met, score {sc} of {w}")
        else:
            lo = w.v * D("0.8") if a["text"] == QUAL_ACHIEVED else D(0)
            if sc.v < lo - EPS:
                ck.warn("score_rule_mismatch", f"{name}: qualitative score {sc} below its band")
    ck.n += 1
    if wsum != 100:
        ck.fail("weight_sum_mismatch", f"weights sum to {wsum}")
    if weight_total is not None:
        ck.ident("weight_sum_mismatch", "stated total weight", weight_total, [], lambda v: wsum)
    for l1, qs in (level_weights or {}).items():
        for qq in qs:
            ck.ident("weight_sum_mismatch", f"{l1} weight", qq, [], lambda v, l1=l1: by_l1.get(l1, D(0)))
    for tq in totals:
        ck.ident("score_sum_mismatch", "total score", tq, [], lambda v: ssum)
    for g in grades:
        for tq in totals:
            ck.grade("grade", g, tq)


def one_cell_rows(segment):
    """seed-003 layout: one cell per line (tab-indented), blank line between rows."""
    rows = []
    for block in segment.strip("\n").split("\n\n"):
        cells = [ln[1:] if ln.startswith("\t") else ln for ln in block.split("\n")]
        rows.append([c.strip() for c in cells])
    return rows


def tab_rows(segment):
    out = []
    for ln in segment.strip("\n").split("\n"):
        out.append([c.replace("&nbsp;", "").strip() for c in ln.split("\t")])
    return out


def between(text, start, end):
    i = text.index(start) + len(start)
    j = text.index(end, i) if end else len(text)
    return text[i:j]


def find_row(rows, key, col=None):
    hits = [r for r in rows if (key in r if col is None else (len(r) > col and r[col] == key))]
    if len(hits) != 1:
        raise ParseError(f"row {key!r}: {len(hits)} hits")
    return hits[0]


# ---------------------------------------------------------------- draft A (Luoyang 2019)

def spec_luoyang(ck):
    t, Y = ck.t, 2019
    seg = between(t, "（二）预算执行情况\n\n", "\n2019年初" if "\n2019年初" in t else "年初市财政批复")
    rows = one_cell_rows(seg)
    cols = ["total", "sub", "central", "prov", "city", "county", "carry", "other"]
    F = {}
    for key in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"]:
        r = find_row(rows, key, 1)
        unit = "万元" if key[1] in "12345" else ""
        F[key[:3]] = {c: Q(v, unit, where=f"funds {key} {c}") for c, v in zip(cols, r[2:])}
    for k in ["(1)", "(2)", "(3)", "(4)", "(5)"]:
        f = F[k]
        ck.sum_(f"funds {k} total = 财政小计 + 结转 + 其他", f["total"], [f["sub"], f["carry"], f["other"]])
        ck.sum_(f"funds {k} 小计 = 中央+省+市+县", f["sub"], [f["central"], f["prov"], f["city"], f["county"]])
    for c in cols:
        ck.diff(f"funds (5) {c} = (3) - (4)", F["(5)"][c], F["(3)"][c], F["(4)"][c])
        ck.rate(f"funds (6) {c} = (3)/(2)", F["(6)"][c], F["(3)"][c], F["(2)"][c])
        ck.rate(f"funds (7) {c} = (4)/(2)", F["(7)"][c], F["(4)"][c], F["(2)"][c])
    budget, spent, recv = F["(2)"]["total"], F["(4)"]["total"], F["(3)"]["total"]
    # prose: budget, adjustment, arrival
    p_init = ck.q(r"批复项目预算(?P<n>[\d.]+)(?P<u>万元|元)")
    p_prov = ck.q(r"省级福彩公益金(?P<n>[\d.]+)(?P<u>万元|元)已于")
    p_city = ck.q(r"市级财政资金(?P<n>[\d.]+)(?P<u>万元|元)于")
    p_add = ck.q(r"追加市级资金(?P<n>[\d.]+)(?P<u>万元|元)")
    p_year = ck.q(r"全年预算调整为(?P<n>[\d.]+)(?P<u>万元|元)")
    ck.same("年初预算 prose/table", p_init, F["(1)"]["total"])
    ck.same("省级 prose/table", p_prov, F["(1)"]["prov"])
    ck.same("市级 prose/table", p_city, F["(1)"]["city"])
    ck.sum_("年初 = 省 + 市 (prose)", p_init, [p_prov, p_city])
    ck.sum_("全年 = 年初 + 追加 (prose)", p_year, [p_init, p_add])
    ck.diff("追加 = (2)市 - (1)市", p_add, F["(2)"]["city"], F["(1)"]["city"], code="sum_mismatch")
    ck.same("全年预算 prose/table", p_year, budget)
    ck.rate("资金到位率 (prose)", ck.q(r"资金到位率(?P<n>[\d.]+)%"), recv, budget)
    # spending breakdown, contract, instalments
    s_tot = ck.q(r"全年实际支出(?P<n>[\d.]+)(?P<u>万元|元)，其中")
    s_ops = ck.q(r"第三方运营服务费(?P<n>[\d.]+)(?P<u>万元|元)、")
    s_trn = ck.q(r"公益活动物料费(?P<n>[\d.]+)(?P<u>万元|元)")
    s_prop = ck.q(r"基地水电物业费(?P<n>[\d.]+)(?P<u>万元|元)")
    ck.same("全年支出 prose/table", s_tot, spent)
    ck.sum_("支出 = 运营 + 培训物料 + 物业", s_tot, [s_ops, s_trn, s_prop])
    c_w = ck.q(r"合同总金额为(?P<n>[\d.]+)(?P<u>万元|元)（")
    c_y = ck.q(r"合同总金额为[\d.]+万元（(?P<n>\d+)(?P<u>万元|元)）")
    ck.same("合同金额 written two ways", c_y, c_w)
    mt = ck.m(r"按(?P<p1>\d+)%、(?P<p2>\d+)%、(?P<p3>\d+)%分三期支付，分别于(?P<y>\d{4})年3月、7月、12月支付"
              r"(?P<a1>[\d.]+)万元、(?P<a2>[\d.]+)万元和(?P<a3>[\d.]+)万元")
    inst = [Q(mt.group(f"a{i}"), "万元") for i in (1, 2, 3)]
    pcts = [Q(mt.group(f"p{i}")) for i in (1, 2, 3)]
    ck.ident("sum_mismatch", "instalment shares add to 100%", Q("100"), pcts, lambda v: sum(v, D(0)))
    for a, p in zip(inst, pcts):
        ck.share("instalment share", a, p, c_w)
    ck.sum_("instalments = contract", c_w, inst)
    ck.sum_("instalments paid = 运营服务费", s_ops, inst)
    ck.n += 1
    if int(mt.group("y")) != Y:
        ck.fail("year_mismatch", "instalments paid outside the evaluation year")
    ck.diff("年末结余 (prose)", ck.q(r"年末结余(?P<n>[\d.]+)(?P<u>万元|元)"), recv, spent)
    # 三、绩效分析 restatements
    mt = ck.m(r"全年预算(?P<b>[\d.]+)万元，执行(?P<s>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%")
    b2, s2 = Q(mt.group("b"), "万元"), Q(mt.group("s"), "万元")
    ck.same("全年预算 restated", b2, budget)
    ck.same("执行数 restated", s2, spent)
    ck.rate("执行率 (analysis)", Q(mt.group("r")), s2, b2)
    # indicator table
    seg = between(t, "附件1.项目支出绩效自评表\n\n", None)
    trows = one_cell_rows(seg)
    rows, l1 = [], None
    for r in trows[1:]:
        if r[0] == "合计":
            tot_w, tot_s = Q(r[3]), Q(r[7])
            continue
        l1 = r[0] or l1
        rows.append({"l1": l1, "name": r[2], "w": r[3], "target": r[4], "actual": r[5], "comp": r[6],
                     "score": r[7], "exec": r[2] == "预算执行率"})
    R = {r["name"]: r for r in rows}
    p_total = ck.q(r"绩效自评总得分(?P<n>[\d.]+)分")
    g = ck.m(r"等级为“(?P<g>[^”]+)”").group("g")
    indicator_checks(ck, rows, exec_rate=(spent, budget), totals=[tot_s, p_total], weight_total=tot_w,
                     grades=[g])
    # outputs restated in prose, and computed rates
    def tq(name):
        return parse_value(R[name]["actual"])["q"]
    n_new = ck.q(r"全年新入驻孵化社会组织(?P<n>\d+)家")
    ck.same("新入驻 prose/table", n_new, tq("新入驻孵化社会组织数量"))
    ck.completion_text("新入驻 完成目标 (prose)", ck.q(r"完成年度目标的(?P<n>[\d.]+)%"), n_new,
                       parse_value(R["新入驻孵化社会组织数量"]["target"])["q"])
    ck.same("培训场次 prose/table", ck.q(r"开展能力建设培训(?P<n>\d+)场"), tq("开展能力建设培训场次"))
    mt = ck.m(r"年内出壳社会组织(?P<a>\d+)家，其中(?P<b>\d+)家已在民政部门登记，登记率(?P<r>[\d.]+)%")
    out_n, reg_n = Q(mt.group("a")), Q(mt.group("b"))
    ck.rate("登记率 (prose)", Q(mt.group("r")), reg_n, out_n)
    ck.rate("登记率 (table)", Q(R["出壳社会组织登记率"]["actual"].rstrip("%")), reg_n, out_n)
    for pat in [r"年均运营成本(?P<n>[\d.]+)(?P<u>万元)，低于"]:
        ck.average("年均运营成本 (prose)", ck.q(pat), total=s_ops, count=n_new)
    ck.average("年均运营成本 (table)", Q(R["单个孵化社会组织年均运营成本"]["actual"].replace("万元", ""), "万元"),
               total=s_ops, count=tq("新入驻孵化社会组织数量"))
    svc = ck.q(r"全年开展公益服务(?P<n>\d+)人次")
    ck.same("公益服务人次 prose/table", svc, tq("孵化组织开展公益服务人次"))
    ck.deviation_text("公益服务 高出目标 (prose)", ck.q(r"较目标值高出(?P<n>[\d.]+)%"), svc,
                      parse_value(R["孵化组织开展公益服务人次"]["target"])["q"])
    mt = ck.m(r"出壳的(?P<a>\d+)家组织中，截至\d{4}年12月31日仍正常运营(?P<b>\d+)家，持续运营率(?P<r>[\d.]+)%")
    ck.rate("持续运营率 (prose)", Q(mt.group("r")), Q(mt.group("b")), Q(mt.group("a")))
    ck.rate("持续运营率 (table)", Q(R["出壳组织持续运营率"]["actual"].rstrip("%")), Q(mt.group("b")), Q(mt.group("a")))
    ck.sum_("出壳 cohort = 仍运营 + 暂停", Q(mt.group("a")), [Q(mt.group("b")), ck.q(r"(?P<n>\d+)家因负责人变动暂停活动")])
    ck.same("成本控制目标 prose/table", ck.q(r"低于(?P<n>\d+)万元的控制目标", unit=""),
            Q(parse_value(R["单个孵化社会组织年均运营成本"]["target"])["q"].raw))
    ck.same("持续运营率目标 prose/table", ck.q(r"持续运营率低于(?P<n>\d+)%的目标", unit="%"),
            parse_value(R["出壳组织持续运营率"]["target"])["q"])
    mt = ck.m(r"发放问卷(?P<a>\d+)份，回收有效问卷(?P<b>\d+)份，其中表示满意(?P<c>\d+)份，满意度(?P<r>[\d.]+)%")
    ck.rate("满意度 (prose)", Q(mt.group("r")), Q(mt.group("c")), Q(mt.group("b")))
    ck.rate("满意度 (table)", Q(R["入驻社会组织满意度"]["actual"].rstrip("%")), Q(mt.group("c")), Q(mt.group("b")))
    # targets restated in the goals paragraph
    for pat, name in [(r"新入驻孵化社会组织不少于(?P<n>\d+)家", "新入驻孵化社会组织数量"),
                      (r"开展能力建设培训不少于(?P<n>\d+)场", "开展能力建设培训场次"),
                      (r"出壳社会组织登记率不低于(?P<n>\d+)%", "出壳社会组织登记率"),
                      (r"年均运营成本控制在(?P<n>\d+)万元以内", "单个孵化社会组织年均运营成本"),
                      (r"入驻社会组织满意度不低于(?P<n>\d+)%", "入驻社会组织满意度")]:
        ck.same(f"target {name} prose/table", ck.q(pat, unit=""), Q(parse_value(R[name]["target"])["q"].raw))
    # years
    ck.year_eq("title", r"洛阳市民政局(?P<y>\d{4})年度项目支出", Y)
    ck.year_eq("批复", r"市财政局(?P<y>\d{4})年部门预算批复", Y)
    ck.year_eq("实施计划", r"项目实施计划：(?P<y>\d{4})年1月至12月", Y)
    ck.issued("省级福彩公益金", r"已于(?P<y>\d{4})年(?P<mo>\d{1,2})月提前下达", Y)
    ck.issued("市级资金", r"于(?P<y>\d{4})年(?P<mo>\d{1,2})月到位", Y)
    ck.year_eq("追加", r"(?P<y>\d{4})年7月基地二期场地启用", Y)
    ck.year_eq("年初批复", r"(?P<y>\d{4})年初市财政批复", Y)
    ck.year_eq("结余上缴", r"已于(?P<y>\d{4})年1月全部上缴", Y + 1)
    ck.year_eq("出壳 cohort (last year)", r"(?P<y>\d{4})年出壳的\d+家组织中", Y - 1)
    ck.generic_years(Y)


# ---------------------------------------------------------------- draft B (Liuzhou 2021)

def spec_liuzhou(ck):
    t, Y = ck.t, 2021
    # contract table
    crow = tab_rows(between(t, "合同金额合计192.00万元：\n" if "合同金额合计192.00万元：\n" in t
                            else "合同金额合计", "\n&nbsp;&nbsp;&nbsp;&nbsp;合同款按"))
    if crow[0][0] != "序号":
        crow = crow[1:]
    amounts = {r[1]: Q(r[3], "万元", where=r[1]) for r in crow[1:] if r[0] != "合计"}
    c_total = Q(find_row(crow, "合计", 0)[3], "万元")
    ck.sum_("contract table 合计", c_total, list(amounts.values()))
    ck.n += 1
    if len(amounts) != 4:
        ck.fail("sum_mismatch", "contract count")
    p_ctot = ck.q(r"合同金额合计(?P<n>[\d.]+)(?P<u>万元)")
    ck.sum_("合同金额合计 (prose)", p_ctot, list(amounts.values()))
    # budget
    b_init = ck.q(r"年初预算(?P<n>[\d.]+)(?P<u>万元)，其中")
    b_con = ck.q(r"购买服务合同资金(?P<n>[\d.]+)(?P<u>万元)")
    b_eval = ck.q(r"、第三方评估费(?P<n>[\d.]+)(?P<u>万元)；")
    b_carry = ck.q(r"形成的上年结转资金(?P<n>[\d.]+)(?P<u>万元)")
    b_year = ck.q(r"全年预算(?P<n>[\d.]+)(?P<u>万元)。")
    ck.sum_("年初 = 合同 + 评估", b_init, [b_con, b_eval])
    ck.sum_("全年 = 年初 + 上年结转", b_year, [b_init, b_carry])
    # instalments (阳光)
    mt = ck.m(r"合同款按(?P<p1>\d+)%、(?P<p2>\d+)%、(?P<p3>\d+)%分三期支付")
    pcts = [Q(mt.group(f"p{i}")) for i in (1, 2, 3)]
    ck.ident("sum_mismatch", "instalment shares add to 100%", Q("100"), pcts, lambda v: sum(v, D(0)))
    mt = ck.m(r"三期分别支付(?P<a1>[\d.]+)万元、(?P<a2>[\d.]+)万元和(?P<a3>[\d.]+)万元")
    inst = [Q(mt.group(f"a{i}"), "万元") for i in (1, 2, 3)]
    yg = amounts["柳州市阳光社会工作服务中心"]
    for a, p in zip(inst, pcts):
        ck.share("阳光 instalment share", a, p, yg)
    ck.sum_("阳光 instalments = contract", yg, inst)
    # average
    n_proj = ck.q(r"(?P<n>\d+)个项目平均合同金额")
    ck.average("平均合同金额 (prose)", ck.q(r"平均合同金额(?P<n>[\d.]+)(?P<u>万元)"), total=c_total, count=n_proj)
    # payments
    paid = ck.q(r"2021年共支付合同款(?P<n>[\d.]+)(?P<u>万元)")
    mt = ck.m(r"阳光社工中心(?P<a>[\d.]+)万元、红枫社工社(?P<b>[\d.]+)万元已结清，邻里公益中心、同心志愿协会分别支付"
              r"(?P<c>[\d.]+)万元、(?P<d>[\d.]+)万元，尾款(?P<e>[\d.]+)万元、(?P<f>[\d.]+)万元")
    pa, pb, pc, pd, te, tf = (Q(mt.group(k), "万元") for k in "abcdef")
    ck.same("阳光 结清 = contract", pa, yg, code="balance_mismatch")
    ck.same("红枫 结清 = contract", pb, amounts["柳州市红枫社会工作服务社"], code="balance_mismatch")
    ck.sum_("合同款支付 = Σ", paid, [pa, pb, pc, pd])
    ck.diff("邻里 尾款", te, amounts["柳州市邻里公益服务中心"], pc)
    ck.diff("同心 尾款", tf, amounts["柳州市同心志愿服务协会"], pd)
    # execution
    mt = ck.m(r"全年支出(?P<s>[\d.]+)万元，其中合同款(?P<a>[\d.]+)万元、第三方评估费(?P<b>[\d.]+)万元、"
              r"上年结转项目尾款(?P<c>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%")
    spent = Q(mt.group("s"), "万元")
    ck.sum_("全年支出 = Σ", spent, [Q(mt.group(k), "万元") for k in "abc"])
    ck.same("合同款 restated", Q(mt.group("a"), "万元"), paid)
    ck.same("上年结转尾款 restated", Q(mt.group("c"), "万元"), b_carry)
    ck.rate("预算执行率 (prose)", Q(mt.group("r")), spent, b_year)
    unsp = ck.q(r"年末未支出(?P<n>[\d.]+)(?P<u>万元)")
    ck.diff("年末未支出", unsp, b_year, spent)
    ck.sum_("未支出 = 两笔尾款", unsp, [te, tf])
    ck.n += 1
    if "执行率低于90%" in t:
        ck.ident("rate_mismatch", "执行率低于90%", Q("90"), [spent, b_year],
                 lambda v: D(90) if v[0] / v[1] * 100 < 90 else D(0))
    # 自评表: funds block + indicators
    seg = between(t, "自评表如下：\n", "\n&nbsp;&nbsp;&nbsp;&nbsp;五、")
    rows = tab_rows(seg)
    fb = {}
    for key in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        r = find_row(rows, key, 1)
        fb[key] = {"init": Q(r[2], "万元"), "year": Q(r[3], "万元"), "spent": Q(r[4], "万元"), "w": r[5],
                   "rate": Q(r[6].rstrip("%")), "score": r[7]}
    for col in ["init", "year", "spent"]:
        ck.sum_(f"funds block {col}", fb["年度资金总额"][col],
                [fb[k][col] for k in ["其中：当年财政拨款", "上年结转资金", "其他资金"]])
    for k, f in fb.items():
        if k != "年度资金总额":
            ck.rate(f"funds block {k} rate", f["rate"], f["spent"], f["year"])
    tot = fb["年度资金总额"]
    ck.same("年初预算 prose/table", b_init, tot["init"])
    ck.same("全年预算 prose/table", b_year, tot["year"])
    ck.same("全年执行 prose/table", spent, tot["spent"])
    ck.same("上年结转 prose/table", b_carry, fb["上年结转资金"]["year"])
    ind, l1 = [], None
    ind.append({"l1": "预算执行", "name": "年度资金总额", "w": tot["w"], "actual": tot["rate"].raw + "%",
                "score": tot["score"], "exec": True, "target": "100%"})
    start = [i for i, r in enumerate(rows) if r[0] == "一级指标"][0]
    for r in rows[start + 1:]:
        if r[0] == "总分":
            tw, ts = Q(r[6]), Q(r[7])
            continue
        l1 = r[0] or l1
        ind.append({"l1": l1, "name": r[2], "target": r[3], "actual": r[4], "comp": r[5], "w": r[6],
                    "score": r[7]})
    R = {r["name"]: r for r in ind}
    g = ck.m(r"项目自评等级为“(?P<g>[^”]+)”").group("g")
    indicator_checks(ck, ind, exec_rate=(tot["spent"], tot["year"]), totals=[ts], weight_total=tw, grades=[g])

    def aq(name):
        return parse_value(R[name]["actual"])["q"]
    mt = ck.m(r"中期评估于(?P<y>\d{4})年(?P<mo>\d{1,2})月(?P<d>\d{1,2})日完成")
    tab_date = parse_value(R["中期评估完成时间"]["actual"])
    if tab_date["kind"] == "date":   # a non-date cell is a unit problem of the table row, not a second value
        ck.n += 1
        if tab_date["key"] != (int(mt.group("y")), int(mt.group("mo")), int(mt.group("d"))):
            ck.fail("conflicting_values", "中期评估完成日期 prose/table")
    n_cov = ck.q(r"服务覆盖(?P<n>\d+)个社区")
    ck.same("覆盖社区 prose/table", n_cov, aq("服务覆盖社区数"))
    ck.same("购买服务项目 prose/table", ck.q(r"通过公开招标向(?P<n>\d+)家社会组织"), aq("购买服务项目数"))
    ck.same("困境儿童 prose/table", ck.q(r"累计服务困境儿童(?P<n>\d+)人次"), aq("服务困境儿童人次"))
    n_org = ck.q(r"培育社区社会组织(?P<n>\d+)家（")
    ck.same("培育组织 prose/table", n_org, aq("培育社区社会组织数"))
    ck.completion_text("培育组织 完成目标 (prose)", ck.q(r"完成目标的(?P<n>[\d.]+)%"), n_org,
                       parse_value(R["培育社区社会组织数"]["target"])["q"])
    mt = ck.m(r"发放服务对象问卷(?P<a>\d+)份，回收有效问卷(?P<b>\d+)份，有效回收率(?P<r>[\d.]+)%，满意度(?P<s>[\d.]+)%")
    ck.rate("有效回收率", Q(mt.group("r")), Q(mt.group("b")), Q(mt.group("a")))
    ck.same("满意度 prose/table", Q(mt.group("s"), "%"), aq("服务对象满意度"))
    ck.average("平均购买成本 (table)", Q(R["项目平均购买成本"]["actual"].replace("万元/个", ""), "万元"),
               total=c_total, count=aq("购买服务项目数"))
    for pat, name, unit in [(r"购买服务项目(?P<n>\d+)个，服务覆盖社区", "购买服务项目数", "个"),
                            (r"服务覆盖社区不少于(?P<n>\d+)个", "服务覆盖社区数", "个"),
                            (r"服务困境儿童不少于(?P<n>\d+)人次", "服务困境儿童人次", "人次"),
                            (r"培育社区社会组织不少于(?P<n>\d+)家", "培育社区社会组织数", "家"),
                            (r"服务对象满意度不低于(?P<n>\d+)%", "服务对象满意度", "%")]:
        ck.same(f"target {name}", ck.q(pat, unit=unit), parse_value(R[name]["target"])["q"])
    ck.same("成本控制标准 prose/table", ck.q(r"低于每个项目(?P<n>\d+)万元", unit=""),
            Q(parse_value(R["项目平均购买成本"]["target"])["q"].raw))
    # years
    ck.year_eq("title", r"柳州市民政局(?P<y>\d{4})年度政府购买", Y)
    ck.year_eq("notice", r"关于开展(?P<y>\d{4})年度预算绩效自评", Y)
    ck.issued("市级资金", r"市级资金于(?P<y>\d{4})年(?P<mo>\d{1,2})月全额下达", Y)
    ck.year_eq("上年结转 source", r"加上(?P<y>\d{4})年合同尾款", Y - 1)
    ck.year_eq("支付", r"(?P<y>\d{4})年共支付合同款", Y)
    ck.year_eq("published", r"发布时间：(?P<y>\d{4})-", Y + 1)
    ck.generic_years(Y)


# ---------------------------------------------------------------- draft C (Mianyang 2023)

def spec_mianyang(ck):
    t, Y = ck.t, 2023
    fb = {}
    for key in ["年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        mt = ck.m(rf"^{key}[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)$", re.M)
        fb[key] = {"init": Q(mt.group(1), "万元"), "year": Q(mt.group(2), "万元"), "spent": Q(mt.group(3), "万元"),
                   "w": mt.group(4), "rate": Q(mt.group(5).rstrip("%")), "score": mt.group(6)}
    parts = ["财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for col in ["init", "year", "spent"]:
        ck.sum_(f"funds {col}", fb["年度资金总额"][col], [fb[k][col] for k in parts])
    for k in parts:
        ck.rate(f"funds {k} rate", fb[k]["rate"], fb[k]["spent"], fb[k]["year"])
    tot, fin, oth = fb["年度资金总额"], fb["财政资金"], fb["其他资金"]
    # prose: budget
    ap = ck.q(r"申报公益创投项目资金(?P<n>[\d.]+)(?P<u>万元)")
    pf = ck.q(r"财政批复(?P<n>[\d.]+)(?P<u>万元)")
    ck.same("申报 = 批复 (无调整)", ap, pf)
    ck.same("批复 prose/table 年初", pf, fin["init"])
    ck.same("财政资金 无调整: 年初 = 全年", fin["init"], fin["year"])
    g_b = ck.q(r"其中项目资助资金(?P<n>[\d.]+)(?P<u>万元)")
    e_b = ck.q(r"项目评审及督导评估服务费(?P<n>[\d.]+)(?P<u>万元)。")
    ck.sum_("批复 = 资助 + 评估", pf, [g_b, e_b])
    m_b = ck.q(r"慈善总会配套资金(?P<n>[\d.]+)(?P<u>万元)用于")
    ck.same("配套 prose/table", m_b, oth["year"])
    iss = ck.q(r"市财政下达项目资金(?P<n>[\d.]+)(?P<u>万元)")
    arr = ck.q(r"慈善总会配套资金(?P<n>[\d.]+)(?P<u>万元)到账")
    ck.same("下达 prose/table", iss, fin["year"])
    ck.same("到账 prose/table", arr, oth["year"])
    ck.rate("资金到位率", ck.q(r"资金到位率(?P<n>[\d.]+)%"), Q(str(iss.v + arr.v), "万元"), tot["year"])
    # grants
    mt = ck.m(r"全年共资助公益创投项目(?P<n>\d+)个，其中为老服务类(?P<a>\d+)个、儿童关爱类(?P<b>\d+)个、社区治理类(?P<c>\d+)个，"
              r"资助金额分别为(?P<x>[\d.]+)万元、(?P<y>[\d.]+)万元和(?P<z>[\d.]+)万元，合计(?P<s>[\d.]+)万元，"
              r"平均每个项目(?P<avg>[\d.]+)万元")
    n, na, nb, nc = (Q(mt.group(k)) for k in ["n", "a", "b", "c"])
    x, y, z, s = (Q(mt.group(k), "万元") for k in "xyzs")
    ck.sum_("项目数 = Σ类", n, [na, nb, nc])
    ck.sum_("资助合计 = Σ类", s, [x, y, z])
    ck.same("资助合计 = 资助预算", s, g_b)
    mt2 = ck.m(r"资助标准分为每个项目(?P<a>[\d.]+)万元、(?P<b>[\d.]+)万元、(?P<c>[\d.]+)万元三档")
    for cnt, amt, std in [(na, x, mt2.group("a")), (nb, y, mt2.group("b")), (nc, z, mt2.group("c"))]:
        ck.ident("sum_mismatch", "类 amount = count x standard", amt, [cnt, Q(std, "万元")], lambda v: v[0] * v[1])
    ck.average("平均每个项目", Q(mt.group("avg"), "万元"), total=s, count=n)
    mt = ck.m(r"按(?P<p1>\d+)%、(?P<p2>\d+)%分两期拨付，首期(?P<f>[\d.]+)万元")
    ck.ident("sum_mismatch", "两期 shares", Q("100"), [Q(mt.group("p1")), Q(mt.group("p2"))], lambda v: v[0] + v[1])
    first = Q(mt.group("f"), "万元")
    ck.share("首期", first, Q(mt.group("p1")), s)
    second = ck.q(r"全年拨付第二期(?P<n>[\d.]+)(?P<u>万元)")
    evalc = ck.q(r"评审及督导评估服务合同金额(?P<n>[\d.]+)(?P<u>万元)")
    mt = ck.m(r"财政资金全年支出(?P<s>[\d.]+)万元，执行率(?P<r>[\d.]+)%")
    f_sp = Q(mt.group("s"), "万元")
    ck.sum_("财政支出 = 首期 + 二期 + 评估", f_sp, [first, second, evalc])
    ck.same("财政支出 prose/table", f_sp, fin["spent"])
    ck.rate("财政执行率 (prose)", Q(mt.group("r")), f_sp, pf)
    mt = ck.m(r"用于(?P<k>\d+)个优秀项目奖励（每个(?P<e>[\d.]+)万元）(?P<a>[\d.]+)万元和成果展示活动(?P<b>[\d.]+)万元，"
              r"共支出(?P<s>[\d.]+)万元，执行率(?P<r>[\d.]+)%")
    award, show, o_sp = Q(mt.group("a"), "万元"), Q(mt.group("b"), "万元"), Q(mt.group("s"), "万元")
    ck.ident("sum_mismatch", "奖励 = 个数 x 每个", award, [Q(mt.group("k")), Q(mt.group("e"), "万元")],
             lambda v: v[0] * v[1])
    ck.sum_("配套支出 = 奖励 + 展示", o_sp, [award, show])
    ck.same("配套支出 prose/table", o_sp, oth["spent"])
    ck.rate("配套执行率 (prose)", Q(mt.group("r")), o_sp, m_b)
    mt = ck.m(r"全年项目支出合计(?P<s>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%")
    ck.sum_("全年支出 = 财政 + 配套", Q(mt.group("s"), "万元"), [f_sp, o_sp])
    ck.same("全年支出 prose/table", Q(mt.group("s"), "万元"), tot["spent"])
    ck.rate("预算执行率 (prose)", Q(mt.group("r")), Q(mt.group("s"), "万元"), tot["year"])
    bal = ck.q(r"财政资金结余(?P<n>[\d.]+)(?P<u>万元)")
    ck.diff("财政结余", bal, pf, f_sp)
    tail_old = ck.q(r"尾款(?P<n>[\d.]+)(?P<u>万元)结转至")
    mt = ck.m(r"尾款(?P<a>[\d.]+)万元和评估服务费节余(?P<b>[\d.]+)万元共(?P<c>[\d.]+)万元收回财政")
    ta, sv, back = (Q(mt.group(k), "万元") for k in "abc")
    ck.sum_("收回 = 尾款 + 节余", back, [ta, sv])
    ck.sum_("结余 = 结转 + 收回", bal, [tail_old, back])
    ck.diff("评估节余", sv, e_b, evalc)
    ck.sum_("第二期 = 应付 - 未付尾款", second, [s.scaled(D("0.4")), tail_old.scaled(D(-1)), ta.scaled(D(-1))])
    ck.diff("配套结余", ck.q(r"配套资金结余(?P<n>[\d.]+)(?P<u>万元)"), m_b, o_sp)
    # table indicators
    ind = [{"l1": "预算执行", "name": "年度资金总额", "w": tot["w"], "actual": tot["rate"].raw + "%",
            "score": tot["score"], "exec": True, "target": "100%"}]
    l1 = None
    for mt in re.finditer(r"^(?P<pre>.+?)[ \t]+(?P<sign>≥|≤|=)[ \t]+(?P<t>\S+)[ \t]+(?P<u>\S+)[ \t]+(?P<a>\S+)[ \t]+"
                          r"(?P<c>\S+)[ \t]+(?P<w>\S+)[ \t]+(?P<s>\S+)(?:[ \t]+(?P<why>\S.*))?$", t, re.M):
        pre = mt.group("pre").split()
        if pre[0].endswith("指标") and len(pre) >= 3 and pre[0] in ("产出指标", "效益指标", "满意度指标"):
            l1 = pre[0]
        unit = mt.group("u")
        ind.append({"l1": l1, "name": pre[-1], "target": mt.group("sign") + mt.group("t") + unit,
                    "actual": mt.group("a") + unit, "comp": mt.group("c"), "w": mt.group("w"),
                    "score": mt.group("s")})
    ck.n += 1
    if len(ind) != 10:
        raise ParseError(f"Sichuan table rows: {len(ind)}")
    mt = ck.m(r"^总分[ \t]+(?P<w>\S+)[ \t]+(?P<s>\S+)$", re.M)
    p_total = ck.q(r"项目自评得分(?P<n>[\d.]+)分")
    g = ck.m(r"评价等级为“(?P<g>[^”]+)”").group("g")
    indicator_checks(ck, ind, exec_rate=(tot["spent"], tot["year"]), totals=[Q(mt.group("s")), p_total],
                     weight_total=Q(mt.group("w")), grades=[g])
    R = {r["name"]: r for r in ind}

    def aq(name):
        return parse_value(R[name]["actual"])["q"]
    mt = ck.m(r"(?P<n>\d+)个项目中(?P<k>\d+)个通过结项评估，合格率(?P<r>[\d.]+)%")
    ck.same("项目数 restated", Q(mt.group("n")), n)
    ck.rate("合格率 (prose)", Q(mt.group("r")), Q(mt.group("k")), Q(mt.group("n")))
    ck.rate("合格率 (table)", aq("项目结项评估合格率"), Q(mt.group("k")), Q(mt.group("n")))
    ck.same("资助项目数 table", aq("资助公益创投项目数"), n)
    ck.same("受益人次 prose/table", ck.q(r"累计受益群众(?P<n>\d+)人次"), aq("受益群众人次"))
    late = ck.q(r"；(?P<n>\d+)个项目未按期结项")
    ck.rate("拨付及时率 (prose)", ck.q(r"资金拨付及时率(?P<n>[\d.]+)%。"), Q(str(n.v - late.v)), n)
    ck.rate("拨付及时率 (table)", aq("资金拨付及时率"), Q(str(n.v - late.v)), n)
    ck.same("未按期结项 restated", ck.q(r"）存在的问题。\n(?P<n>\d+)个项目未按期结项"), late)
    ck.same("志愿者 prose/table", ck.q(r"带动志愿者参与(?P<n>\d+)人次"), aq("带动志愿者参与人次"))
    ck.same("配套资金 效益 prose/funds", ck.q(r"撬动慈善总会配套资金(?P<n>[\d.]+)(?P<u>万元)"), oth["year"])
    ck.same("配套资金 table/funds", Q(aq("撬动社会配套资金").raw, "万元"), oth["year"])
    mt = ck.m(r"(?P<n>\d+)个项目中有(?P<k>\d+)个在资助期结束后继续运行，持续运行比例(?P<r>[\d.]+)%")
    ck.rate("持续运行比例 (prose)", Q(mt.group("r")), Q(mt.group("k")), Q(mt.group("n")))
    ck.rate("持续运行比例 (table)", aq("资助期结束后项目持续运行比例"), Q(mt.group("k")), Q(mt.group("n")))
    sat = ck.q(r"受益群众满意度为(?P<n>[\d.]+)%", unit="%")
    ck.same("满意度 prose/table", sat, aq("受益群众满意度"))
    ck.n += 1
    if sat.v > 100:
        ck.fail("implausible_rate", "满意度 over 100%")
    ck.same("单个资助 table max = 最高档", Q(aq("单个项目资助金额").raw), Q(mt2.group("a")))
    for pat, name, unit in [(r"资助公益创投项目不少于(?P<n>\d+)个", "资助公益创投项目数", "个"),
                            (r"受益群众不少于(?P<n>\d+)人次", "受益群众人次", "人次"),
                            (r"结项评估合格率不低于(?P<n>\d+)%", "项目结项评估合格率", "%"),
                            (r"带动志愿者参与不少于(?P<n>\d+)人次", "带动志愿者参与人次", "人次"),
                            (r"受益群众满意度不低于(?P<n>\d+)%", "受益群众满意度", "%"),
                            (r"未达到(?P<n>\d+)%的目标", "资金拨付及时率", "%")]:
        ck.same(f"target {name}", ck.q(pat, unit=unit), parse_value(R[name]["target"])["q"])
    # years
    ck.year_eq("title", r"绵阳市民政局(?P<y>\d{4})年度项目支出", Y)
    ck.year_eq("table title", r"\n(?P<y>\d{4})年度项目支出绩效自评表", Y)
    ck.year_eq("project year", r"1\. (?P<y>\d{4})年绵阳市社会组织公益创投项目", Y)
    ck.year_eq("申报", r"(?P<y>\d{4})年申报公益创投项目资金", Y)
    ck.issued("市财政下达", r"(?P<y>\d{4})年(?P<mo>\d{1,2})月市财政下达", Y)
    ck.issued("配套到账", r"(?P<y>\d{4})年(?P<mo>\d{1,2})月慈善总会配套资金[\d.]+万元到账", Y)
    ck.year_eq("结项评估延至", r"结项评估延至(?P<y>\d{4})年1月", Y + 1)
    ck.year_eq("last year's beneficiaries", r"较(?P<y>\d{4})年的\d+人次", Y - 1)
    ck.generic_years(Y)


# ---------------------------------------------------------------- draft D (Yichang 2024, 部门整体)

def spec_yichang(ck):
    t, Y = ck.t, 2024
    seg = between(t, "详见下表。\n\n", "\n（三）结余结转")
    rows = tab_rows(seg)
    F = {}
    for r in rows[1:]:
        key = r[0].replace("其中：", "").strip()
        F[key] = {"init": Q(r[1], "万元"), "year": Q(r[2], "万元"), "spent": Q(r[3], "万元"), "rate": Q(r[4].rstrip("%"))}
    groups = {"基本支出": ["人员经费", "公用经费"],
              "项目支出": ["社会组织孵化培育", "政府购买服务平台运行维护", "社会组织等级评估及年报审计"],
              "合计": ["基本支出", "项目支出"]}
    for tot, parts in groups.items():
        for col in ["init", "year", "spent"]:
            ck.sum_(f"{tot} {col}", F[tot][col], [F[p][col] for p in parts])
    for k, f in F.items():
        ck.rate(f"{k} rate", f["rate"], f["spent"], f["year"])
    T = F["合计"]
    mt = ck.m(r"部门预算年初数(?P<a>[\d.]+)万元，其中基本支出(?P<b>[\d.]+)万元、项目支出(?P<c>[\d.]+)万元")
    a, b, c = (Q(mt.group(k), "万元") for k in "abc")
    ck.sum_("年初 = 基本 + 项目 (prose)", a, [b, c])
    ck.same("年初 prose/table", a, T["init"])
    ck.same("基本年初 prose/table", b, F["基本支出"]["init"])
    ck.same("项目年初 prose/table", c, F["项目支出"]["init"])
    add = ck.q(r"追加基本支出(?P<n>[\d.]+)(?P<u>万元)")
    cut = ck.q(r"调减(?P<n>[\d.]+)(?P<u>万元)")
    yr = ck.q(r"调整后全年预算(?P<n>[\d.]+)(?P<u>万元)")
    ck.ident("sum_mismatch", "全年 = 年初 + 追加 - 调减", yr, [a, add, cut], lambda v: v[0] + v[1] - v[2])
    ck.diff("追加 = 基本 全年 - 年初", add, F["基本支出"]["year"], F["基本支出"]["init"], code="sum_mismatch")
    ck.diff("调减 = 平台 年初 - 全年", cut, F["政府购买服务平台运行维护"]["init"],
            F["政府购买服务平台运行维护"]["year"], code="sum_mismatch")
    ck.same("全年 prose/table", yr, T["year"])
    mt = ck.m(r"全年支出(?P<s>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%")
    ck.same("全年支出 prose/table", Q(mt.group("s"), "万元"), T["spent"])
    ck.rate("预算执行率 (prose)", Q(mt.group("r")), Q(mt.group("s"), "万元"), yr)
    bal = ck.q(r"全年结余(?P<n>[\d.]+)(?P<u>万元)")
    ck.diff("全年结余", bal, T["year"], T["spent"])
    carry = ck.q(r"合同尾款(?P<n>[\d.]+)(?P<u>万元)结转至")
    mt = ck.m(r"孵化培育项目节余(?P<a>[\d.]+)万元和平台运行维护项目节余(?P<b>[\d.]+)万元共(?P<c>[\d.]+)万元已收回财政")
    s1, s2, back = (Q(mt.group(k), "万元") for k in "abc")
    ck.diff("孵化节余", s1, F["社会组织孵化培育"]["year"], F["社会组织孵化培育"]["spent"])
    ck.diff("平台节余", s2, F["政府购买服务平台运行维护"]["year"], F["政府购买服务平台运行维护"]["spent"])
    ck.sum_("收回 = 两项节余", back, [s1, s2])
    ck.sum_("结余 = 结转 + 收回", bal, [carry, back])
    ev = F["社会组织等级评估及年报审计"]
    ck.diff("评估审计 未支出 = 结转尾款", carry, ev["year"], ev["spent"])
    # contracts
    mt = ck.m(r"合同金额(?P<c>[\d.]+)万元(?:（[^）]*）)?，按(?P<p1>\d+)%、(?P<p2>\d+)%、(?P<p3>\d+)%分三期支付，\d{4}年已支付前两期"
              r"(?P<paid>[\d.]+)万元，第三期(?P<tail>[\d.]+)万元")
    cc = Q(mt.group("c"), "万元")
    pcts = [Q(mt.group(f"p{i}")) for i in (1, 2, 3)]
    ck.ident("sum_mismatch", "shares add to 100%", Q("100"), pcts, lambda v: sum(v, D(0)))
    paid, tail = Q(mt.group("paid"), "万元"), Q(mt.group("tail"), "万元")
    ck.ident("sum_mismatch", "前两期 = (p1+p2)% of contract", paid, [pcts[0], pcts[1], cc],
             lambda v: (v[0] + v[1]) * v[2] / 100)
    ck.share("第三期 share", tail, pcts[2], cc)
    ck.diff("第三期 = 合同 - 已付", tail, cc, paid)
    ck.same("第三期 = 结转尾款", tail, carry)
    aud = ck.q(r"合同金额均为(?P<n>[\d.]+)(?P<u>万元)")
    firms = ck.q(r"年报审计委托(?P<n>\d+)家会计师事务所")
    ck.ident("sum_mismatch", "评估审计支出 = 已付评估 + 审计", ev["spent"], [paid, aud, firms],
             lambda v: v[0] + v[1] * v[2])
    mt = ck.m(r"全年孵化培育社会组织(?P<n>\d+)家（\d{4}年为\d+家），平均每家孵化成本(?P<a>[\d.]+)万元")
    n_inc = Q(mt.group("n"))
    ck.average("平均孵化成本", Q(mt.group("a"), "万元"), total=F["社会组织孵化培育"]["spent"], count=n_inc)
    # indicator table
    seg = between(t, "评价等级为“", "\n[bookmark")
    seg = seg[seg.index("\n\n") + 2:]
    trs = tab_rows(seg)
    ind, l1 = [], None
    for r in trs[1:]:
        if r[0] == "合计":
            tw, ts = Q(r[6]), Q(r[7])
            continue
        l1 = r[0] or l1
        ind.append({"l1": l1, "name": r[2], "target": r[3], "actual": r[4], "comp": r[5], "w": r[6],
                    "score": r[7], "exec": r[0] == "预算执行"})
    R = {r["name"]: r for r in ind}
    p_total = ck.q(r"部门整体支出绩效自评得分(?P<n>[\d.]+)分")
    g = ck.m(r"评价等级为“(?P<g>[^”]+)”").group("g")
    mt = ck.m(r"按照预算执行(?P<a>\d+)分、产出指标(?P<b>\d+)分、效益指标(?P<c>\d+)分、满意度指标(?P<d>\d+)分")
    lw = {"预算执行": [Q(mt.group("a"))], "产出指标": [Q(mt.group("b"))], "效益指标": [Q(mt.group("c"))],
          "满意度指标": [Q(mt.group("d"))]}
    ck.ident("weight_sum_mismatch", "stated level weights add to 100", Q("100"), [q[0] for q in lw.values()],
             lambda v: sum(v, D(0)))
    indicator_checks(ck, ind, exec_rate=(T["spent"], T["year"]), totals=[ts, p_total], weight_total=tw,
                     level_weights=lw, grades=[g])

    def aq(name):
        return parse_value(R[name]["actual"])["q"]
    ck.same("孵化数 prose/table", n_inc, aq("孵化培育社会组织数"))
    ck.same("等级评估 prose/table", ck.q(r"完成社会组织等级评估(?P<n>\d+)家"), aq("完成社会组织等级评估数"))
    mt = ck.m(r"应报送年报(?P<a>\d+)家，按期报送(?P<b>\d+)家，按期报送率(?P<r>[\d.]+)%，未达到(?P<t>\d+)%的目标")
    ck.rate("按期报送率 (prose)", Q(mt.group("r")), Q(mt.group("b")), Q(mt.group("a")))
    ck.rate("按期报送率 (table)", aq("社会组织年报按期报送率"), Q(mt.group("b")), Q(mt.group("a")))
    ck.same("报送率 target", Q(mt.group("t"), "%"), parse_value(R["社会组织年报按期报送率"]["target"])["q"])
    ck.same("承接项目 prose/table", ck.q(r"承接政府购买服务项目(?P<n>\d+)个"), aq("社会组织承接政府购买服务项目数"))
    ck.same("就业 prose/table", ck.q(r"吸纳就业(?P<n>\d+)人"), aq("社会组织吸纳就业人数"))
    ck.same("满意度 prose/table", ck.q(r"满意度为(?P<n>[\d.]+)%", unit="%"), aq("社会组织对服务中心满意度"))
    ck.same("平台成本 table/funds", Q(aq("平台运行维护成本").raw, "万元"), F["政府购买服务平台运行维护"]["spent"])
    ck.same("平台成本 target/funds budget", Q(parse_value(R["平台运行维护成本"]["target"])["q"].raw, "万元"),
            F["政府购买服务平台运行维护"]["year"])
    mt = ck.m(r"3个项目自评得分分别为(?P<a>[\d.]+)分、(?P<b>[\d.]+)分和(?P<c>[\d.]+)分，平均(?P<avg>[\d.]+)分")
    ck.average("项目平均分", Q(mt.group("avg")), items=[Q(mt.group(k)) for k in "abc"])
    # years
    ck.year_eq("title", r"服务中心(?P<y>\d{4})年度部门整体支出", Y)
    ck.year_eq("预算年初", r"(?P<y>\d{4})年部门预算年初数", Y)
    ck.year_eq("在编人员", r"(?P<y>\d{4})年末实有在编人员", Y)
    ck.year_eq("已支付", r"(?P<y>\d{4})年已支付前两期", Y)
    ck.year_eq("第三期 due", r"待(?P<y>\d{4})年3月评估结果公示期满", Y + 1)
    ck.year_eq("last year's count", r"（(?P<y>\d{4})年为\d+家）", Y - 1)
    ck.year_eq("report date", r"\n\s+(?P<y>\d{4})年2月26日", Y + 1)
    ck.generic_years(Y)


# ---------------------------------------------------------------- draft E (Jiujiang 2025)

def spec_jiujiang(ck):
    t, Y = ck.t, 2025
    seg = between(t, "附件：项目支出绩效自评表\n", "\n\n                ")
    rows = one_cell_rows(seg)
    fb = {}
    for key in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        r = find_row(rows, key, 0)
        fb[key] = {"init": Q(r[1], "万元"), "year": Q(r[2], "万元"), "spent": Q(r[3], "万元"), "w": r[4],
                   "rate": Q(r[5].rstrip("%")), "score": r[6]}
    parts = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
    for col in ["init", "year", "spent"]:
        ck.sum_(f"funds block {col}", fb["年度资金总额"][col], [fb[k][col] for k in parts])
    for k in parts:
        ck.rate(f"funds block {k} rate", fb[k]["rate"], fb[k]["spent"], fb[k]["year"])
    tot = fb["年度资金总额"]
    ck.year_eq("table year", r"（(?P<y>\d{4})年度）", Y)
    # prose budget
    mt = ck.m(r"年初预算(?P<a>[\d.]+)万元，其中省级财政资金(?P<b>[\d.]+)万元已于(?P<y>\d{4})年(?P<mo>\d+)月提前下达，"
              r"市级财政资金(?P<c>[\d.]+)万元于\d{4}年\d+月下达")
    a, b, c = (Q(mt.group(k), "万元") for k in "abc")
    ck.sum_("年初 = 省 + 市", a, [b, c])
    ck.same("年初 prose/table", a, tot["init"])
    ck.issued("省级提前下达", r"已于(?P<y>\d{4})年(?P<mo>\d{1,2})月提前下达", Y)
    ck.issued("市级下达", r"市级财政资金[\d.]+万元于(?P<y>\d{4})年(?P<mo>\d{1,2})月下达", Y)
    carry = ck.q(r"形成的上年结转资金(?P<n>[\d.]+)(?P<u>万元)")
    yr = ck.q(r"全年预算(?P<n>[\d.]+)(?P<u>万元)。")
    ck.sum_("全年 = 年初 + 上年结转", yr, [a, carry])
    ck.same("全年 prose/table", yr, tot["year"])
    ck.same("上年结转 prose/table", carry, fb["上年结转资金"]["year"])
    mt = ck.m(r"购买服务合同资金(?P<a>[\d.]+)万元、项目评估审计费(?P<b>[\d.]+)万元和社区微创投资金(?P<c>[\d.]+)万元")
    ca, cb, cc = (Q(mt.group(k), "万元") for k in "abc")
    ck.sum_("年初 = 用途 Σ", a, [ca, cb, cc])
    # contracts
    mt = ck.m(r"合同金额分别为(?P<a>[\d.]+)万元、(?P<b>[\d.]+)万元、(?P<c>[\d.]+)万元、(?P<d>[\d.]+)万元和(?P<e>[\d.]+)万元，"
              r"合计(?P<s>[\d.]+)万元，均按(?P<p1>\d+)%、(?P<p2>\d+)%、(?P<p3>\d+)%分三期支付")
    con = [Q(mt.group(k), "万元") for k in "abcde"]
    csum = Q(mt.group("s"), "万元")
    ck.sum_("合同合计", csum, con)
    ck.same("合同合计 = 合同资金预算", csum, ca)
    ck.same("承接组织数 = 合同数", ck.q(r"\n（一）合同签订及资金支付。(?P<n>\d+)家承接组织"), Q(str(len(con))))
    ck.sum_("结清 + 支持中心 = 承接组织", Q(str(len(con))), [ck.q(r"等(?P<n>\d+)家组织已全部结清"), Q("1")])
    pcts = [Q(mt.group(f"p{i}")) for i in (1, 2, 3)]
    ck.ident("sum_mismatch", "shares add to 100%", Q("100"), pcts, lambda v: sum(v, D(0)))
    mt = ck.m(r"(?P<y>\d{4})年支付前两期(?P<p>[\d.]+)万元，第三期(?P<t>[\d.]+)万元结转至")
    p2, t3 = Q(mt.group("p"), "万元"), Q(mt.group("t"), "万元")
    ck.ident("sum_mismatch", "前两期 = (p1+p2)% of 支持中心合同", p2, [pcts[0], pcts[1], con[4]],
             lambda v: (v[0] + v[1]) * v[2] / 100)
    ck.diff("第三期 = 合同 - 已付", t3, con[4], p2)
    ck.year_eq("支付前两期", r"(?P<y>\d{4})年支付前两期", Y)
    mt = ck.m(r"社区微创投共资助(?P<k>\d+)个项目，每个项目(?P<y>\d+)(?P<yu>万元|元)（(?P<w>[\d.]+)(?P<wu>万元|元)），"
              r"合计(?P<s>[\d.]+)万元")
    each_y, each_w = Q(mt.group("y"), mt.group("yu")), Q(mt.group("w"), mt.group("wu"))
    ck.same("微创投每个 written two ways", each_y, each_w)
    ck.ident("sum_mismatch", "微创投合计 = 个数 x 每个", Q(mt.group("s"), "万元"), [Q(mt.group("k")), each_w],
             lambda v: v[0] * v[1])
    ck.same("微创投合计 = 预算", Q(mt.group("s"), "万元"), cc)
    evp = ck.q(r"项目评估审计费实际支付(?P<n>[\d.]+)(?P<u>万元)")
    # execution
    mt = ck.m(r"全年支出(?P<s>[\d.]+)万元，其中合同款(?P<a>[\d.]+)万元、评估审计费(?P<b>[\d.]+)万元、微创投资金(?P<c>[\d.]+)万元、"
              r"上年结转尾款(?P<d>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%")
    sp = Q(mt.group("s"), "万元")
    pa, pb, pc, pd = (Q(mt.group(k), "万元") for k in "abcd")
    ck.sum_("全年支出 = Σ", sp, [pa, pb, pc, pd])
    ck.sum_("合同款 = 4家结清 + 支持中心前两期", pa, con[:4] + [p2])
    ck.same("评估审计费 restated", pb, evp)
    ck.same("微创投 restated", pc, cc)
    ck.same("上年结转尾款 restated", pd, carry)
    ck.same("全年支出 prose/table", sp, tot["spent"])
    ck.rate("预算执行率 (prose)", Q(mt.group("r")), sp, yr)
    mt = ck.m(r"未支出(?P<u>[\d.]+)万元，其中(?P<c>[\d.]+)万元结转下年，评估审计费节余(?P<s>[\d.]+)万元收回财政")
    un, cy, sv = (Q(mt.group(k), "万元") for k in "ucs")
    ck.diff("未支出", un, yr, sp)
    ck.sum_("未支出 = 结转 + 节余", un, [cy, sv])
    ck.same("结转下年 = 第三期", cy, t3)
    ck.diff("评估节余", sv, cb, evp)
    ck.diff("当年财政拨款执行 = 全年执行 - 上年结转", fb["其中：当年财政拨款"]["spent"], sp, pd, code="sum_mismatch")
    # indicators
    ind = [{"l1": "预算执行", "name": "年度资金总额", "w": tot["w"], "actual": tot["rate"].raw + "%",
            "score": tot["score"], "exec": True, "target": "100%"}]
    start = [i for i, r in enumerate(rows) if r[0] == "一级指标"][0]
    l1 = None
    for r in rows[start + 1:]:
        if r[0] == "总分":
            tw, ts = Q(r[6]), Q(r[7])
            continue
        l1 = r[0] or l1
        ind.append({"l1": l1, "name": r[2], "target": r[3], "actual": r[4], "comp": r[5], "w": r[6],
                    "score": r[7]})
    R = {r["name"]: r for r in ind}
    g = ck.m(r"项目自评等级为“(?P<g>[^”]+)”").group("g")
    indicator_checks(ck, ind, exec_rate=(tot["spent"], tot["year"]), totals=[ts], weight_total=tw, grades=[g])

    def aq(name):
        return parse_value(R[name]["actual"])["q"]

    def tq(name):
        return parse_value(R[name]["target"])["q"]
    ck.same("合同数 prose/table", ck.q(r"通过竞争性磋商向(?P<n>\d+)家社会组织"), aq("购买服务合同数"))
    ck.same("单个微创投 table/prose", Q(aq("单个微创投项目资助额").raw, "万元"), each_w)
    n_org = ck.q(r"培育孵化社区社会组织(?P<n>\d+)家（")
    ck.same("培育 prose/table", n_org, aq("培育孵化社区社会组织数"))
    ck.deviation_text("超出目标 (prose)", ck.q(r"超出目标(?P<n>[\d.]+)%"), n_org, tq("培育孵化社区社会组织数"))
    ck.same("活动场次 prose/table", ck.q(r"开展“五社联动”服务活动(?P<n>\d+)场"), aq("开展“五社联动”服务活动"))
    ck.same("中期评估合格率 prose/table", ck.q(r"项目中期评估合格率(?P<n>\d+)%", unit="%"), aq("项目中期评估合格率"))
    n_svc = ck.q(r"服务困难群众(?P<n>\d+)人次")
    ck.same("服务人次 prose/table", n_svc, aq("服务困难群众人次"))
    ck.completion_text("服务人次 完成目标 (prose)", ck.q(r"完成目标的(?P<n>[\d.]+)%"), n_svc, tq("服务困难群众人次"))
    ck.same("慈善资源 prose/table", ck.q(r"链接社会慈善资源(?P<n>[\d.]+)万元", unit="万元"),
            aq("链接社会慈善资源"))
    ck.same("满意度 prose/table", ck.q(r"满意度为(?P<n>[\d.]+)%", unit="%"), aq("服务对象满意度"))
    for pat, name, unit in [(r"签订购买服务合同(?P<n>\d+)个", "购买服务合同数", "个"),
                            (r"培育孵化社区社会组织不少于(?P<n>\d+)家", "培育孵化社区社会组织数", "家"),
                            (r"服务活动不少于(?P<n>\d+)场", "开展“五社联动”服务活动", "场"),
                            (r"服务困难群众不少于(?P<n>\d+)人次", "服务困难群众人次", "人次"),
                            (r"服务对象满意度不低于(?P<n>\d+)%", "服务对象满意度", "%")]:
        ck.same(f"target {name}", ck.q(pat, unit=unit), tq(name))
    # years
    ck.year_eq("title", r"\n(?P<y>\d{4})年度社区社会组织培育", Y)
    ck.year_eq("project", r"(?P<y>\d{4})年我局通过竞争性磋商", Y)
    ck.year_eq("年初预算", r"(?P<y>\d{4})年年初预算", Y)
    ck.year_eq("上年结转 source", r"另有(?P<y>\d{4})年度项目尾款", Y - 1)
    ck.year_eq("服务期至", r"服务期至(?P<y>\d{4})年3月", Y + 1)
    ck.year_eq("last year's count", r"（(?P<y>\d{4})年为\d+家）", Y - 1)
    ck.year_eq("report date", r"\n\s+(?P<y>\d{4})年3月20日", Y + 1)
    ck.generic_years(Y)


SPECS = {
    "ha-luoyang-shzzfuhua-2019": spec_luoyang,
    "gx-liuzhou-goumaifuwu-2021": spec_liuzhou,
    "sc-mianyang-gongyichuangtou-2023": spec_mianyang,
    "hb-yichang-shzzzhongxin-bumen-2024": spec_yichang,
    "jx-jiujiang-wushelian-2025": spec_jiujiang,
}


def run_spec(source, text, name):
    ck = Checker(name, text)
    SPECS[source](ck)
    return ck


def edit_region(a, b):
    """common prefix / suffix -> (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    texts = {r["case"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read() for r in labels}
    on_disk = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(texts) != on_disk:
        problems.append("labels.jsonl and cases/ differ")
    code_count = Counter()
    sources = sorted({r["source"] for r in labels})
    if len(sources) != 5:
        problems.append(f"expected 5 sources, got {len(sources)}")
    total_checks = 0
    for rec in labels:
        name, src, text = rec["case"], rec["source"], texts[rec["case"]]
        try:
            ck = run_spec(src, text, name)
        except (ParseError, KeyError, IndexError, ValueError) as exc:
            problems.append(f"{name}: cannot read the figures back: {exc}")
            continue
        total_checks += ck.n
        got = {c for c, _ in ck.fails}
        unknown = got - ERROR_CODES
        if unknown:
            problems.append(f"{name}: unknown codes {unknown}")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expectations")
            if ck.fails:
                problems.append(f"{name}: clean draft fails {ck.fails}")
            if ck.warns:
                problems.append(f"{name}: clean draft has warnings {ck.warns}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: {n} characters")
            status = f"clean, {ck.n} checks pass"
        else:
            exp = rec["expected"]
            if len(exp) != 1:
                problems.append(f"{name}: expected one label, got {len(exp)}")
                continue
            lab = exp[0]
            code_count[lab["code"]] += 1
            if lab["severity"] != "error" or lab["code"] not in ERROR_CODES:
                problems.append(f"{name}: bad label {lab}")
            if got != {lab["code"]}:
                problems.append(f"{name}: labelled {lab['code']}, verify finds {sorted(got)}: {ck.fails}")
            occ = [m.start() for m in re.finditer(re.escape(lab["value"]), text)]
            if len(occ) != 1:
                problems.append(f"{name}: value {lab['value']!r} occurs {len(occ)} times")
            clean = texts.get(f"{src}-clean.txt")
            s, ea, eb = edit_region(clean, text)
            if eb - s > 40 or ea - s > 40 or (ea == s and eb == s):
                problems.append(f"{name}: edit region {clean[s:ea]!r} -> {text[s:eb]!r} (limit 40)")
            if occ and not (occ[0] < max(eb, s + 1) and s < occ[0] + len(lab["value"])):
                problems.append(f"{name}: value {lab['value']!r} does not overlap the edit at {s}")
            status = f"{lab['code']:22s} fails as labelled ({len(ck.fails)} failing check(s)" + \
                     (f", warnings: {sorted({c for c, _ in ck.warns})}" if ck.warns else "") + ")"
        print(f"{name:45s} {status}")
    for code in sorted(ERROR_CODES):
        if code_count[code] < 2:
            problems.append(f"code {code} used {code_count[code]} times (< 2)")
    print("per code:", ", ".join(f"{c}={code_count[c]}" for c in sorted(ERROR_CODES)))
    print(f"{len(labels)} cases, {total_checks} checks run")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("FAILED")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
