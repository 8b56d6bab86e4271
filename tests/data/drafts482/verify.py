#!/usr/bin/env python3
"""Verify drafts482 (standard library + decimal only).

For every case the figures are read back from the text (regular expressions anchored on the wording
of each draft, plus a generic parser for the ｜ / tab indicator tables) and all arithmetic is redone:
rules.md §7 identities I1-I14 with the §8 tolerance (|computed - stated| <= 0.5 x 10^-d of the stated
number, ROUND_HALF_UP). Each failing identity yields the error code errors.md assigns to it; a money
amount whose rescaling by 10^±4 alone repairs every failing money identity is reported as
`unit_mismatch` instead (errors.md #11b, "the most specific explanation wins").

Requirements checked:
  * every clean draft passes every check (warnings included);
  * every error case fails its labelled code and no other error code
    (the warning `score_rule_mismatch` may appear beside it and is only printed);
  * each label value occurs exactly once in its case, the case differs from its clean draft by one
    contiguous edit of at most 40 characters, and that edit overlaps the value;
  * every errors.md §A code is used at least twice; 5 clean + 30 error cases.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]
MONEY_CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "average_mismatch", "conflicting_values"}
WARNING_CODES = {"score_rule_mismatch"}
EPS = Decimal("1e-9")
HUNDRED = Decimal(100)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- quantities

def norm_unit(u):
    """(base unit, factor): 万元 -> (元, 10^4); 万头 -> (头, 10^4); 元/亩 -> (元/亩, 1) ..."""
    u = (u or "").strip()
    if "/" in u:
        a, b = u.split("/", 1)
        base, f = norm_unit(a)
        return base + "/" + b, f
    if u == "亿元":
        return "元", Decimal(10) ** 8
    if u.startswith("万") and len(u) > 1:
        return u[1:], Decimal(10000)
    return u, Decimal(1)


class Q:
    """A stated number: value as written, decimals d, unit; .v and .tol are in the base unit."""

    def __init__(self, num, unit="", approx=False, raw=None):
        s = num.replace(",", "")
        self.num = Decimal(s)
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.unit = unit
        self.base, self.f = norm_unit(unit)
        self.approx = approx
        self.raw = raw if raw is not None else num + unit
        self.scale = Decimal(1)

    @property
    def v(self):
        return self.num * self.f * self.scale

    @property
    def tol(self):
        return Decimal("0.5") * Decimal(10) ** (-self.d) * self.f * self.scale

    def rescaled(self, k):
        q = Q.__new__(Q)
        q.__dict__.update(self.__dict__)
        q.scale = self.scale * k
        return q

    def __repr__(self):
        return self.raw


def consistent(computed, q, computed_tol=Decimal(0)):
    return abs(computed - q.v) <= q.tol + computed_tol + EPS


def r2(x, places="0.01"):
    return Decimal(x).quantize(Decimal(places), ROUND_HALF_UP)


NUMRE = r"[\d,]+(?:\.\d+)?"


def expand(pat):
    return (pat.replace("{N}", r"(?P<n>" + NUMRE + ")")
               .replace("{U}", r"(?P<u>万元|亿元|元)")
               .replace("{n}", NUMRE))


def grab(text, pat, unit=None):
    """Exactly one match of pat; returns Q of group n (unit from group u, else `unit`)."""
    ms = list(re.finditer(expand(pat), text))
    if len(ms) != 1:
        raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
    m = ms[0]
    u = m.groupdict().get("u") or unit or ""
    return Q(m.group("n"), u, raw=m.group(0))


def cell_q(cell, unit="万元"):
    c = cell.strip()
    m = re.fullmatch(r"(" + NUMRE + r")(%?)", c)
    if not m:
        raise ParseError(f"not a number cell: {cell!r}")
    return Q(m.group(1), "%" if m.group(2) else unit, raw=c)


def table_row(text, label, sep):
    rows = [ln.split(sep) for ln in text.split("\n") if sep in ln and ln.split(sep)[0].strip() == label]
    if len(rows) != 1:
        raise ParseError(f"table row {label!r} found {len(rows)} times")
    return rows[0]


# ---------------------------------------------------------------- indicator values

def parse_val(s):
    """('date', (y, m, d), before) | ('num', direction, Q) | ('text', s)."""
    s = s.strip()
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前)?", s)
    if m:
        return ("date", (int(m.group(1)), int(m.group(2)), int(m.group(3))), bool(m.group(4)))
    m = re.fullmatch(r"(≥|≤|＞|＜|=|＞＝|＜＝)?\s*(约|近)?(" + NUMRE + r")\s*(\S*)", s)
    if m:
        sign = m.group(1) or ""
        direction = "gte" if sign in ("≥", "＞", "＞＝") else "lte" if sign in ("≤", "＜", "＜＝") else "eq"
        return ("num", direction, Q(m.group(3), m.group(4), approx=bool(m.group(2)), raw=s))
    return ("text", s)


class Ind:
    def __init__(self, level1, name, target, actual, comp, w, s):
        self.level1, self.name = level1, name
        self.target, self.actual, self.comp = target, actual, comp
        self.w, self.s = w, s

    def __repr__(self):
        return self.name


COLS = {"l1": ["一级指标"], "l2": ["二级指标"], "name": ["三级指标"], "target": ["年度指标值", "目标值"],
        "actual": ["实际完成值", "业绩值"], "comp": ["完成率"], "w": ["分值", "权重"], "s": ["得分", "指标得分"]}


def parse_ind_table(text, sep):
    lines = text.split("\n")
    hdr = [i for i, ln in enumerate(lines) if sep in ln and "三级指标" in ln.split(sep)]
    if len(hdr) != 1:
        raise ParseError(f"indicator table header found {len(hdr)} times")
    head = [h.strip() for h in lines[hdr[0]].split(sep)]
    col = {}
    for key, names in COLS.items():
        idx = [i for i, h in enumerate(head) if h in names]
        if len(idx) != 1:
            raise ParseError(f"column {key} not found")
        col[key] = idx[0]
    inds, total = [], None
    last = {"l1": "", "l2": ""}
    for ln in lines[hdr[0] + 1:]:
        if sep not in ln:
            break
        cells = ln.split(sep) + [""] * len(head)
        if cells[0].startswith("合计"):
            total = (cell_q(cells[col["w"]], ""), cell_q(cells[col["s"]], ""))
            break
        for k in ("l1", "l2"):
            if cells[col[k]].strip():
                last[k] = cells[col[k]].strip()
        comp = cells[col["comp"]].strip()
        inds.append(Ind(last["l1"], cells[col["name"]].strip(), cells[col["target"]].strip(),
                        cells[col["actual"]].strip(), comp, cell_q(cells[col["w"]], ""),
                        cell_q(cells[col["s"]], "")))
    if total is None:
        raise ParseError("indicator table has no 合计 row")
    return inds, total


def completion_range(ind):
    """(lo, hi) of the completion in %, None if not computable, 'dash' if it must be —."""
    t, a = parse_val(ind.target), parse_val(ind.actual)
    if t[0] == "date" and a[0] == "date":
        return (HUNDRED, HUNDRED) if a[1] <= t[1] else None
    if t[0] != "num" or a[0] != "num" or t[2].base != a[2].base:
        return None
    direction, T, A = t[1], t[2].v, a[2]
    lo_a, hi_a = (A.v - A.tol, A.v + A.tol) if A.approx else (A.v, A.v)
    if direction == "eq" and T == 0:
        return "dash"
    if direction == "lte":
        def f(x):
            return HUNDRED if x <= T else T / x * HUNDRED
        vals = [f(lo_a), f(hi_a)]
    else:
        vals = [lo_a / T * HUNDRED, hi_a / T * HUNDRED]
    return (min(vals), max(vals))


def expected_score(ind):
    t, a = parse_val(ind.target), parse_val(ind.actual)
    w = ind.w.v
    if t[0] == "date" and a[0] == "date":
        return w if a[1] <= t[1] else Decimal(0)
    if t[0] != "num" or a[0] != "num" or t[2].base != a[2].base:
        return None
    direction, T, A = t[1], t[2].v, a[2].v
    if direction == "eq" and T == 0:
        return w if A <= 0 else Decimal(0)
    if direction == "lte":
        return w if A <= T else w * T / A
    return min(w, w * max(A, Decimal(0)) / T)


# ---------------------------------------------------------------- checks

class Check:
    def __init__(self, code, desc, fn, names=()):
        self.code, self.desc, self.fn, self.names = code, desc, fn, list(names)


class Spec:
    def __init__(self, text):
        self.text = text
        self.F = {}
        self.checks = []
        self.inds = []
        self.stated_weight_total = None
        self.stated_totals = []   # Q
        self.level_w = {}         # level1 -> Q stated in prose
        self.level_s = {}         # level1 -> Q stated in prose
        self.level_w_total = None  # stated "合计100分" of the level weights
        self.grades = []
        self.year_facts = []      # (pattern, offset from the evaluation year)

    # fact helpers
    def fact(self, name, pat, unit=None):
        self.F[name] = grab(self.text, pat, unit)
        return name

    def put(self, name, q):
        self.F[name] = q
        return name

    # identity helpers
    def sum_(self, code, total, parts, desc=""):
        def fn(F):
            return consistent(sum(F[p].v for p in parts), F[total])
        self.checks.append(Check(code, desc or f"{total} = " + " + ".join(parts), fn, [total] + parts))

    def diff(self, code, result, a, b, desc=""):
        def fn(F):
            return consistent(F[a].v - F[b].v, F[result])
        self.checks.append(Check(code, desc or f"{result} = {a} - {b}", fn, [result, a, b]))

    def prod(self, code, total, a, b, desc=""):
        def fn(F):
            return consistent(F[a].v * F[b].v, F[total])
        self.checks.append(Check(code, desc or f"{total} = {a} x {b}", fn, [total, a, b]))

    def rate(self, code, rate, num, den, desc=""):
        def fn(F):
            if F[den].v == 0:
                return None
            return consistent(F[num].v / F[den].v * HUNDRED, F[rate])
        self.checks.append(Check(code, desc or f"{rate} = {num} / {den}", fn, [rate, num, den]))

    def avg(self, code, avg, total, count, desc=""):
        def fn(F):
            return consistent(F[total].v / F[count].v, F[avg])
        self.checks.append(Check(code, desc or f"{avg} = {total} / {count}", fn, [avg, total, count]))

    def mean(self, code, avg, items, desc=""):
        def fn(F):
            return consistent(sum(F[i].v for i in items) / len(items), F[avg])
        self.checks.append(Check(code, desc or f"{avg} = mean({', '.join(items)})", fn, [avg] + items))

    def same(self, names, desc=""):
        def fn(F):
            qs = [F[n] for n in names]
            if len({q.base for q in qs}) != 1:
                return None  # different measures: not comparable (a unit problem is reported elsewhere)
            return all(abs(x.v - y.v) <= max(x.tol, y.tol) + EPS for x in qs for y in qs)
        self.checks.append(Check("conflicting_values", desc or "same value: " + ", ".join(names), fn, names))

    def le(self, code, a, b, desc=""):
        def fn(F):
            return F[a].v <= F[b].v + EPS
        self.checks.append(Check(code, desc or f"{a} <= {b}", fn, [a, b]))

    def pct_range(self, name, desc=""):
        def fn(F):
            return Decimal(0) <= F[name].v <= HUNDRED
        self.checks.append(Check("implausible_rate", desc or f"0 <= {name} <= 100%", fn, [name]))

    def zero_base(self, cell, den, desc=""):
        def fn(F):
            if F[den].v != 0:
                return None
            return cell.strip() in ("—", "-", "0", "0.00", "")
        self.checks.append(Check("implausible_rate", desc or f"rate on zero base {den} must be —", fn, [den]))

    def table_rate(self, rate_cell, num, den, name):
        """A rate cell of a funds table: '—' only on a zero base, else rate = num/den, <= 100%."""
        c = rate_cell.strip()
        if c in ("—", "-"):
            self.checks.append(Check("rate_mismatch", f"{name}: — only on a zero base",
                                     lambda F: F[den].v == 0, [den]))
            return
        self.put(name, cell_q(c, "%"))
        self.zero_base(c, den, f"{name}: rate on zero base")
        self.rate("rate_mismatch", name, num, den)
        self.pct_range(name)

    def indicator_fact(self, prefix, ind):
        a = parse_val(ind.actual)
        if a[0] == "num":
            return self.put(prefix, a[2])
        raise ParseError(f"indicator {ind.name} has no numeric actual")

    def target_fact(self, prefix, name):
        t = parse_val(self.ind(name).target)
        if t[0] != "num":
            raise ParseError(f"indicator {name} has no numeric target")
        return self.put(prefix, t[2])

    def year_at(self, pat, offset):
        """The 4-digit year captured by pat (exactly one match) must be evaluation year + offset."""
        self.year_facts.append((pat, offset))

    def mean_n(self, code, avg, items, count, desc=""):
        def fn(F):
            return consistent(sum(F[i].v for i in items) / F[count].v, F[avg])
        self.checks.append(Check(code, desc or f"{avg} = sum({', '.join(items)}) / {count}", fn, [avg, count] + items))

    def within(self, code, x, lo, hi, desc=""):
        def fn(F):
            return F[lo].v - EPS <= F[x].v <= F[hi].v + EPS
        self.checks.append(Check(code, desc or f"{lo} <= {x} <= {hi}", fn, [x, lo, hi]))

    def below(self, code, x, bound, desc=""):
        def fn(F):
            return F[x].v < F[bound].v
        self.checks.append(Check(code, desc or f"{x} < {bound} (stated 未达到)", fn, [x, bound]))

    def ind(self, name):
        found = [i for i in self.inds if i.name == name]
        if len(found) != 1:
            raise ParseError(f"indicator {name!r} found {len(found)} times")
        return found[0]

    # generic checks
    def finish(self, exec_pseudo=None):
        """Indicator, weight, score, grade and year checks common to all drafts."""
        inds = list(self.inds)
        rows = inds + ([exec_pseudo] if exec_pseudo else [])
        for ind in inds:
            self._indicator_checks(ind)
        # weights (I6)
        tw = lambda F: sum(i.w.v for i in rows)
        self.checks.append(Check("weight_sum_mismatch", "sum of weights = 100",
                                 lambda F: abs(tw(F) - HUNDRED) <= EPS))
        if self.stated_weight_total is not None:
            q = self.stated_weight_total
            self.checks.append(Check("weight_sum_mismatch", "sum of weights = stated 合计",
                                     lambda F, q=q: consistent(tw(F), q)))
        for lvl, q in self.level_w.items():
            self.checks.append(Check("weight_sum_mismatch", f"level {lvl} weight = sum of its rows",
                                     lambda F, lvl=lvl, q=q: consistent(sum(i.w.v for i in rows if i.level1 == lvl), q)))
        if self.level_w:
            self.checks.append(Check("weight_sum_mismatch", "stated level weights add to 100",
                                     lambda F: abs(sum(q.v for q in self.level_w.values()) - HUNDRED) <= EPS))
            if self.level_w_total is not None:
                self.checks.append(Check("weight_sum_mismatch", "stated level weights = stated 合计",
                                         lambda F: consistent(sum(q.v for q in self.level_w.values()),
                                                              self.level_w_total)))
        # scores (I7)
        for row in rows:
            self.checks.append(Check("score_exceeds_weight", f"0 <= score <= weight: {row.name}",
                                     lambda F, row=row: Decimal(0) <= row.s.v <= row.w.v + EPS))
        ts = lambda F: sum(i.s.v for i in rows)
        for q in self.stated_totals:
            self.checks.append(Check("score_sum_mismatch", f"sum of scores = stated total {q.raw}",
                                     lambda F, q=q: consistent(ts(F), q)))
        for lvl, q in self.level_s.items():
            self.checks.append(Check("score_sum_mismatch", f"level {lvl} score = sum of its rows",
                                     lambda F, lvl=lvl, q=q: consistent(sum(i.s.v for i in rows if i.level1 == lvl), q)))
        # grade (I9)
        if not self.stated_totals or not self.grades:
            raise ParseError("no total or no grade found")
        for g in self.grades:
            for q in self.stated_totals:
                self.checks.append(Check("grade_mismatch", f"grade {g} fits total {q.raw}",
                                         lambda F, g=g, q=q: grade_band(q.v) == grade_norm(g)))
        self._year_checks()

    def _indicator_checks(self, ind):
        t, a = parse_val(ind.target), parse_val(ind.actual)
        # units (I13)
        if t[0] == "date" or a[0] == "date":
            ok = t[0] == a[0]
        elif t[0] == "num" and a[0] == "num":
            ok = t[2].base == a[2].base
        else:
            ok = True
        self.checks.append(Check("unit_mismatch", f"target/actual units: {ind.name}", lambda F, ok=ok: ok))
        # completion (I8)
        if ind.comp is not None:
            def comp_fn(F, ind=ind):
                rng = completion_range(ind)
                c = ind.comp.strip()
                if rng is None:
                    return None
                if rng == "dash":
                    return c in ("—", "-", "100%", "100.00%")
                if c in ("—", "-"):
                    return False
                q = cell_q(c, "%")
                return rng[0] - q.tol - EPS <= q.v <= rng[1] + q.tol + EPS
            self.checks.append(Check("completion_mismatch", f"completion: {ind.name}", comp_fn))
        # rates cannot exceed 100% (I5)
        if t[0] == "num" and a[0] == "num" and t[2].base == "%" and a[2].base == "%":
            self.checks.append(Check("implausible_rate", f"actual rate <= 100%: {ind.name}",
                                     lambda F, q=a[2]: Decimal(0) <= q.v <= HUNDRED))
        # scoring rule (warning, rules §5)
        def rule_fn(F, ind=ind):
            exp = expected_score(ind)
            if exp is None:
                return None
            cands = [exp]
            if ind.comp and ind.comp.strip() not in ("—", "-"):
                cq = cell_q(ind.comp.strip(), "%")
                cands.append(ind.w.v * min(cq.v, HUNDRED) / HUNDRED)
            return any(consistent(r2(c), ind.s) or consistent(c, ind.s) for c in cands)
        self.checks.append(Check("score_rule_mismatch", f"score follows §5: {ind.name}", rule_fn))

    def _year_checks(self):
        text = self.text
        head = "\n".join(text.split("\n")[:3])
        m = re.search(r"(\d{4})年度", head)
        if not m:
            raise ParseError("no evaluation year in the title")
        Y = int(m.group(1))
        for mm in re.finditer(r"(\d{4})年度", text):
            y = int(mm.group(1))
            self.checks.append(Check("year_mismatch", f"{mm.group(0)} = evaluation year {Y}", lambda F, y=y: y == Y))
        for mm in re.finditer(r"(\d{4})年(\d{1,2})月[^。；\n]{0,12}?(?:下达|到位)", text):
            y, mo = int(mm.group(1)), int(mm.group(2))
            self.checks.append(Check("year_mismatch", f"issued {y}-{mo} within {Y} or as a December advance",
                                     lambda F, y=y, mo=mo: y == Y or (y == Y - 1 and mo == 12)))
        for mm in re.finditer(r"结转(?:至|到)(\d{4})年", text):
            y = int(mm.group(1))
            self.checks.append(Check("year_mismatch", f"carried over to {y} = {Y + 1}", lambda F, y=y: y == Y + 1))
        for mm in re.finditer(r"实施期为(\d{4})年", text):
            y = int(mm.group(1))
            self.checks.append(Check("year_mismatch", f"实施期 {y} = {Y}", lambda F, y=y: y == Y))
        lines = text.rstrip("\n").split("\n")
        sig = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", lines[-1].strip())
        if not sig:
            raise ParseError("no report date on the last line")
        ys = int(sig.group(1))
        self.checks.append(Check("year_mismatch", f"report dated {ys} = {Y + 1}", lambda F, y=ys: y == Y + 1))
        for mm in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日", "\n".join(lines[:-1])):
            y = int(mm.group(1))
            self.checks.append(Check("year_mismatch", f"date {mm.group(0)} in {Y}", lambda F, y=y: y == Y))
        for pat, off in self.year_facts:
            ms = list(re.finditer(pat, text))
            if len(ms) != 1:
                raise ParseError(f"year pattern {pat!r} matched {len(ms)} times")
            y = int(ms[0].group(1))
            self.checks.append(Check("year_mismatch", f"{ms[0].group(0)}: year {Y + off}",
                                     lambda F, y=y, off=off: y == Y + off))
        for mm in re.finditer(r"截至(\d{4})年12月31日", text):
            y = int(mm.group(1))
            self.checks.append(Check("year_mismatch", f"截至 {y} = {Y}", lambda F, y=y: y == Y))


def grade_band(s):
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


def grade_norm(g):
    return {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
            "合格": "中", "差": "差", "较差": "差", "不合格": "差"}[g]


GRADE_RE = r"(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)"


def prose_grades(text):
    return re.findall(r"评价等级为[“\"]?" + GRADE_RE, text)


class Pseudo:
    """The execution line of a funds block (分值 / 得分 outside the indicator table)."""

    def __init__(self, w, s, level1="预算执行"):
        self.w, self.s, self.level1, self.name = w, s, level1, "预算执行率"


def exec_rule(spec, pseudo, spent, budget, rate):
    def fn(F):
        r_unrounded = min(F[spent].v / F[budget].v, Decimal(1))
        r_printed = min(F[rate].v / HUNDRED, Decimal(1))
        return any(consistent(r2(pseudo.w.v * r), pseudo.s) for r in (r_unrounded, r_printed))
    spec.checks.append(Check("score_rule_mismatch", "execution score = weight x min(rate, 100%)", fn))


# ---------------------------------------------------------------- drafts

def spec_taihe(text):
    S = Spec(text)
    f = S.fact
    f("adv", r"提前下达我县\d{4}年度生猪调出大县奖励资金{N}{U}")
    f("add", r"\d{4}年\d{1,2}月下达剩余资金{N}{U}")
    f("approp", r"全年当年财政拨款{N}{U}")
    f("carry", r"加上上年结转资金{N}{U}")
    f("budget", r"全年预算数为{N}{U}")
    f("init", r"较年初预算{N}{U}")
    f("adj", r"追加{N}{U}。")
    f("spent", r"项目共支出{N}{U}（")
    f("spent_y", r"项目共支出{n}万元（{N}{U}）")
    f("rate", r"预算执行率{N}%", "%")
    f("sub_spent", r"当年财政拨款支出{N}{U}")
    f("sub_rate", r"当年财政拨款支出{n}万元，执行率{N}%", "%")
    f("carry_spent", r"上年结转的{N}{U}已全部支出")
    f("u1", r"能繁母猪良种补贴{N}{U}")
    f("price", r"按每头{N}{U}标准")
    f("heads", r"标准补助{N}头", "头")
    f("u2", r"粪污处理设施改造补助{N}{U}")
    f("farms", r"共补助{N}个场", "个")
    f("farms2", r"完成{N}个规模养殖场粪污处理设施改造", "个")
    f("avg", r"平均每场{N}{U}")
    f("u3", r"非洲猪瘟防控物资{N}{U}")
    f("u4", r"无害化处理中心运行补助{N}{U}")
    f("unspent", r"未支出的{N}{U}")
    f("ly_out", r"\d{4}年全县调出生猪{N}万头", "万头")
    f("out", r"全年调出生猪{N}万头", "万头")
    f("out_diff", r"较\d{4}年减少{N}万头", "万头")
    f("heads2", r"实际补助{N}头", "头")
    f("heads_short", r"比目标少{N}头", "头")
    f("util", r"粪污综合利用率达到{N}%，病死猪全部", "%")
    f("income", r"带动养殖场户增收{N}万元。", "万元")
    f("q_sent", r"发放问卷{N}份", "份")
    f("q_back", r"收回{N}份", "份")
    f("q_rate", r"回收率{N}%", "%")
    f("q_valid", r"有效问卷{N}份", "份")
    f("q_sat", r"满意和基本满意{N}份", "份")
    f("sat", r"满意度{N}%。", "%")
    S.stated_totals.append(grab(text, r"自评得分{N}分"))
    S.grades = prose_grades(text)
    # funds table
    sep = "｜"
    rows = {"tot": "年度资金总额", "cur": "其中：当年财政拨款", "car": "上年结转资金", "oth": "其他资金"}
    cells = {k: table_row(text, lbl, sep) for k, lbl in rows.items()}
    for k, c in cells.items():
        for j, col in ((1, "init"), (2, "budget"), (3, "spent")):
            S.put(f"T.{k}.{col}", cell_q(c[j]))
        S.table_rate(c[5], f"T.{k}.spent", f"T.{k}.budget", f"T.{k}.rate")
    for col in ("init", "budget", "spent"):
        S.sum_("sum_mismatch", f"T.tot.{col}", [f"T.cur.{col}", f"T.car.{col}", f"T.oth.{col}"])
    pseudo = Pseudo(cell_q(cells["tot"][4], ""), cell_q(cells["tot"][6], ""))
    exec_rule(S, pseudo, "T.tot.spent", "T.tot.budget", "T.tot.rate")
    # indicators
    S.inds, (tw, tsc) = parse_ind_table(text, sep)
    S.stated_weight_total = tw
    S.stated_totals.append(tsc)
    S.indicator_fact("I.out", S.ind("生猪调出量"))
    S.indicator_fact("I.farms", S.ind("粪污处理设施改造规模养殖场数"))
    S.indicator_fact("I.heads", S.ind("能繁母猪良种补贴头数"))
    S.put("I.heads_target", parse_val(S.ind("能繁母猪良种补贴头数").target)[2])
    S.indicator_fact("I.income", S.ind("带动养殖场户增收"))
    S.indicator_fact("I.util", S.ind("规模养殖场粪污综合利用率"))
    S.indicator_fact("I.sat", S.ind("养殖场户满意度"))
    # identities
    S.sum_("sum_mismatch", "approp", ["adv", "add"])
    S.sum_("sum_mismatch", "budget", ["approp", "carry"])
    S.diff("sum_mismatch", "adj", "budget", "init", "追加 = 全年预算 - 年初预算")
    S.sum_("sum_mismatch", "spent", ["sub_spent", "carry_spent"])
    S.sum_("sum_mismatch", "spent", ["u1", "u2", "u3", "u4"])
    S.prod("sum_mismatch", "u1", "price", "heads", "良种补贴 = 每头标准 x 头数")
    S.diff("sum_mismatch", "out_diff", "ly_out", "out", "较上年减少 = 上年 - 本年")
    S.diff("sum_mismatch", "heads_short", "I.heads_target", "heads2", "比目标少 = 目标 - 实际")
    S.rate("rate_mismatch", "rate", "spent", "budget")
    S.rate("rate_mismatch", "sub_rate", "sub_spent", "approp")
    S.rate("rate_mismatch", "q_rate", "q_back", "q_sent")
    S.rate("rate_mismatch", "sat", "q_sat", "q_valid")
    S.diff("balance_mismatch", "unspent", "budget", "spent")
    S.avg("average_mismatch", "avg", "u2", "farms")
    f("rng_lo", r"单场补助{N}{U}至")
    f("rng_hi", r"至{N}{U}不等")
    S.within("average_mismatch", "avg", "rng_lo", "rng_hi", "average inside the stated 5-15万元 range")
    f("not100", r"资金执行率未达到{N}%", "%")
    S.below("rate_mismatch", "rate", "not100")
    for g, pat, unit, ind in (("g_out", r"全年调出生猪不少于{N}万头", "万头", "生猪调出量"),
                              ("g_farms", r"对不少于{N}个规模养殖场", "个", "粪污处理设施改造规模养殖场数"),
                              ("g_heads", r"良种补贴不少于{N}头", "头", "能繁母猪良种补贴头数"),
                              ("g_util", r"粪污综合利用率达到{N}%以上", "%", "规模养殖场粪污综合利用率"),
                              ("g_dead", r"病死猪无害化处理率{N}%；", "%", "病死猪无害化处理率"),
                              ("g_sat", r"养殖场户满意度不低于{N}%", "%", "养殖场户满意度")):
        f(g, pat, unit)
        S.same([g, S.target_fact("IT." + g, ind)])
    S.year_at(r"(\d{4})年全县调出生猪", -1)
    S.year_at(r"较(\d{4})年减少", -1)
    S.year_at(r"结转资金在(\d{4})年上半年", 1)
    for n in ("rate", "sub_rate", "q_rate", "sat"):
        S.pct_range(n)
    S.le("implausible_rate", "q_back", "q_sent", "returned <= sent")
    S.le("implausible_rate", "q_valid", "q_back", "valid <= returned")
    S.le("implausible_rate", "q_sat", "q_valid", "satisfied <= valid")
    for group in (["spent", "spent_y", "T.tot.spent"], ["budget", "T.tot.budget"], ["rate", "T.tot.rate"],
                  ["approp", "T.cur.budget"], ["init", "T.tot.init"], ["adv", "T.cur.init"],
                  ["carry", "carry_spent", "T.car.init", "T.car.budget", "T.car.spent"],
                  ["sub_spent", "T.cur.spent"], ["sub_rate", "T.cur.rate"], ["out", "I.out"],
                  ["heads", "heads2", "I.heads"], ["farms", "farms2", "I.farms"], ["sat", "I.sat"], ["util", "I.util"],
                  ["income", "I.income"]):
        S.same(group)
    S.finish(pseudo)
    return S


def spec_yingshan(text):
    S = Spec(text)
    f = S.fact
    f("in_total", r"全年预算收入{N}{U}")
    f("in_fin", r"财政拨款收入{N}{U}")
    f("in_carry", r"上年结转{N}{U}")
    f("in_other", r"其他收入{N}{U}")
    f("in_biz", r"事业收入{N}{U}")
    f("out_total", r"全年支出{N}{U}")
    f("basic", r"其中基本支出{N}{U}")
    f("pers", r"人员经费{N}{U}")
    f("pub", r"公用经费{N}{U}，人均")
    f("pub_avg", r"人均公用经费{N}{U}")
    f("staff", r"实有在职人员{N}人", "人")
    f("proj", r"项目支出{N}{U}。")
    f("p1", r"生猪调出大县奖励资金{N}{U}")
    f("p2", r"动物防疫补助{N}{U}")
    f("p3", r"非洲猪瘟防控{N}{U}")
    f("p4", r"畜禽粪污资源化利用技术推广{N}{U}")
    f("balance", r"年末结转结余{N}{U}")
    f("out_prose", r"\d{4}年全县生猪出栏{N}万头", "万头")
    f("immun", r"全年完成生猪强制免疫{N}万头次", "万头次")
    f("samples", r"采集动物疫病监测样品{N}份", "份")
    f("density", r"应免畜禽免疫密度达到{N}%", "%")
    f("train", r"全年举办粪污资源化利用技术培训{N}期", "期")
    f("train_late", r"有{N}期培训延至", "期")
    f("equip", r"装备配套率达到{N}%。", "%")
    f("sat", r"满意度为{N}%", "%")
    S.stated_totals.append(grab(text, r"自评得分{N}分"))
    S.grades = prose_grades(text)
    sep = "｜"
    rows = {"basic": "基本支出", "proj": "项目支出", "tot": "合计"}
    a, b = text.find("部门收支执行情况表"), text.find("三、部门整体绩效目标")
    if not 0 <= a < b:
        raise ParseError("funds table section")
    cells = {k: table_row(text[a:b], lbl, sep) for k, lbl in rows.items()}
    for k, c in cells.items():
        S.put(f"T.{k}.budget", cell_q(c[1]))
        S.put(f"T.{k}.spent", cell_q(c[2]))
        S.table_rate(c[3], f"T.{k}.spent", f"T.{k}.budget", f"T.{k}.rate")
    for col in ("budget", "spent"):
        S.sum_("sum_mismatch", f"T.tot.{col}", [f"T.basic.{col}", f"T.proj.{col}"])
    S.inds, (tw, tsc) = parse_ind_table(text, sep)
    S.stated_weight_total = tw
    S.stated_totals.append(tsc)
    ex = S.ind("部门预算执行率")
    S.indicator_fact("I.exec", ex)
    S.indicator_fact("I.immun", S.ind("生猪强制免疫数量"))
    S.indicator_fact("I.samples", S.ind("动物疫病监测采样"))
    S.indicator_fact("I.train", S.ind("粪污资源化利用技术培训"))
    S.put("I.train_target", parse_val(S.ind("粪污资源化利用技术培训").target)[2])
    S.indicator_fact("I.density", S.ind("应免畜禽免疫密度"))
    S.indicator_fact("I.pub", S.ind("公用经费支出"))
    S.indicator_fact("I.equip", S.ind("规模养殖场粪污处理设施装备配套率"))
    S.indicator_fact("I.out", S.ind("全县生猪出栏量"))
    S.indicator_fact("I.sat", S.ind("养殖场户满意度"))
    # identities
    S.sum_("sum_mismatch", "in_total", ["in_fin", "in_carry", "in_other", "in_biz"])
    S.sum_("sum_mismatch", "out_total", ["basic", "proj"])
    S.sum_("sum_mismatch", "basic", ["pers", "pub"])
    S.sum_("sum_mismatch", "proj", ["p1", "p2", "p3", "p4"])
    S.diff("sum_mismatch", "train_late", "I.train_target", "train", "延期期数 = 目标 - 实际")
    S.diff("balance_mismatch", "balance", "in_total", "out_total")
    S.diff("balance_mismatch", "balance", "T.proj.budget", "T.proj.spent", "全部为项目支出结转")
    S.checks.append(Check("balance_mismatch", "基本支出 has no balance (全部为项目支出结转)",
                          lambda F: consistent(F["T.basic.budget"].v, F["T.basic.spent"]),
                          ["T.basic.budget", "T.basic.spent"]))
    S.avg("average_mismatch", "pub_avg", "pub", "staff")
    f("train_late2", r"受疫情影响{N}期培训延期", "期")
    S.same(["train_late", "train_late2"])
    for g, pat, unit, ind in (("g_density", r"免疫密度保持在{N}%以上", "%", "应免畜禽免疫密度"),
                              ("g_equip", r"配套率达到{N}%以上", "%", "规模养殖场粪污处理设施装备配套率"),
                              ("g_out", r"出栏不低于{N}万头", "万头", "全县生猪出栏量"),
                              ("g_sat", r"满意度不低于{N}%", "%", "养殖场户满意度")):
        f(g, pat, unit)
        S.same([g, S.target_fact("IT." + g, ind)])
    for pat, off in ((r"(\d{4})年末实有", 0), (r"(\d{4})年部门全年预算收入", 0), (r"(\d{4})年全年支出", 0),
                     (r"(\d{4})年中心整体绩效目标", 0), (r"(\d{4})年部门整体支出绩效自评表", 0),
                     (r"(\d{4})年全县生猪出栏", 0), (r"（(\d{4})年为[\d.]+万头）", -1), (r"延至(\d{4})年一季度", 1)):
        S.year_at(pat, off)
    for group in (["in_total", "T.tot.budget"], ["out_total", "T.tot.spent"],
                  ["basic", "T.basic.budget", "T.basic.spent"], ["proj", "T.proj.spent"],
                  ["T.tot.rate", "I.exec"], ["pub", "I.pub"], ["out_prose", "I.out"], ["immun", "I.immun"],
                  ["samples", "I.samples"], ["density", "I.density"], ["train", "I.train"],
                  ["equip", "I.equip"], ["sat", "I.sat"]):
        S.same(group)
    S.finish()
    return S


def spec_shaodong(text):
    S = Spec(text)
    f = S.fact
    f("budget", r"项目全年预算{N}{U}")
    f("budget2", r"：全年预算{N}{U}，实际支出")
    f("central", r"其中中央财政资金{N}{U}（")
    f("adv", r"\d{4}年12月提前下达{N}{U}")
    f("add", r"\d{4}年\d{1,2}月下达{N}{U}）")
    f("city", r"市级配套资金{N}{U}（")
    f("received", r"全年实际到位资金{N}{U}")
    f("recv_rate", r"资金到位率{N}%", "%")
    f("spent", r"项目实际支出{N}{U}")
    f("rate", r"项目实际支出{n}万元，预算执行率{N}%", "%")
    f("spent2", r"实际支出{N}{U}，执行率")
    f("rate2", r"实际支出{n}万元，执行率{N}%，得分", "%")
    f("c_spent", r"中央财政资金支出{N}{U}")
    f("c_rate", r"中央财政资金支出{n}万元，执行率{N}%", "%")
    f("m_spent", r"市级配套资金支出{N}{U}")
    f("m_rate", r"市级配套资金支出{n}万元，执行率{N}%", "%")
    f("u1", r"设施提升改造补助{N}{U}")
    f("farms", r"共补助{N}个规模养殖场", "个")
    f("avg1", r"平均每场{N}{U}")
    f("u2", r"粪肥还田社会化服务补助{N}{U}")
    f("s1", r"分别获得补助{N}{U}、")
    f("s2", r"分别获得补助{n}万元、{N}{U}、")
    f("s3", r"分别获得补助{n}万元、{n}万元、{N}{U}")
    f("avg2", r"平均每个服务主体{N}{U}")
    f("u3", r"设备购置{N}{U}")
    f("u4", r"监测平台建设{N}{U}")
    f("unspent", r"未支出的{N}{U}")
    f("spent3", r"全年共支出项目资金{N}{U}")
    f("farms3", r"完成了{N}个规模养殖场", "个")
    f("q_sent", r"发放问卷{N}份", "份")
    f("q_back", r"收回{N}份", "份")
    f("q_rate", r"回收率{N}%", "%")
    f("q_valid", r"有效问卷{N}份", "份")
    S.stated_totals.append(grab(text, r"自评得分{N}分"))
    S.grades = prose_grades(text)
    # level weights stated in prose
    m = re.search(expand(r"按预算执行率(?P<a>{n})分、产出指标(?P<b>{n})分、效益指标(?P<c>{n})分、满意度指标(?P<d>{n})分设置，合计(?P<e>{n})分"), text)
    if not m:
        raise ParseError("level weight sentence")
    S.level_w = {"预算执行": Q(m.group("a")), "产出指标": Q(m.group("b")), "效益指标": Q(m.group("c")),
                 "满意度指标": Q(m.group("d"))}
    S.level_w_total = Q(m.group("e"))
    for lvl in ("产出指标", "效益指标", "满意度指标"):
        mm = list(re.finditer(expand(r"）" + lvl + r"（分值(?P<w>{n})分，得分(?P<s>{n})分）"), text))
        if len(mm) != 1:
            raise ParseError(f"level line {lvl}")
        S.put(f"L.{lvl}.w", Q(mm[0].group("w")))
        S.level_s[lvl] = Q(mm[0].group("s"))
        S.checks.append(Check("weight_sum_mismatch", f"{lvl} weight line = sentence",
                              lambda F, lvl=lvl: consistent(F[f"L.{lvl}.w"].v, S.level_w[lvl])))
    # indicators written as prose
    ind_re = expand(r"(?P<name>[^。；：（\n]+)（分值(?P<w>{n})分）：目标(?P<t>[^，]+)，实际(?P<a>[^，]+)，"
                    r"完成率(?P<c>{n}%)，得分(?P<s>{n})分")
    sections = re.split(r"\n（[一二三四]）", text)
    level_of = {}
    for sec in sections:
        for lvl in ("产出指标", "效益指标", "满意度指标"):
            if sec.startswith(lvl):
                level_of[lvl] = sec
    for lvl, sec in level_of.items():
        for mm in re.finditer(ind_re, sec):
            name = re.sub(r"^.*?[。、]", "", mm.group("name")).strip()
            S.inds.append(Ind(lvl, name, mm.group("t"), mm.group("a"), mm.group("c"),
                              Q(mm.group("w")), Q(mm.group("s"))))
    mm = list(re.finditer(expand(
        r"养殖场户满意度目标(?P<t1>[^，]+)，实际(?P<a1>[^，]+)，完成率(?P<c1>{n}%)；周边群众满意度目标(?P<t2>[^，]+)，"
        r"实际(?P<a2>[^，]+)，完成率(?P<c2>{n}%)。两项分值各(?P<w>{n})分，分别得分(?P<s1>{n})分、(?P<s2>{n})分"), text))
    if len(mm) != 1:
        raise ParseError("satisfaction sentence")
    g = mm[0]
    S.inds.append(Ind("满意度指标", "养殖场户满意度", g.group("t1"), g.group("a1"), g.group("c1"), Q(g.group("w")), Q(g.group("s1"))))
    S.inds.append(Ind("满意度指标", "周边群众满意度", g.group("t2"), g.group("a2"), g.group("c2"), Q(g.group("w")), Q(g.group("s2"))))
    if len(S.inds) != 10:
        raise ParseError(f"expected 10 prose indicators, read {len(S.inds)}")
    mm = list(re.finditer(expand(r"（一）预算执行率（分值(?P<w>{n})分）：.*?得分(?P<s>{n})分"), text))
    if len(mm) != 1:
        raise ParseError("execution line")
    pseudo = Pseudo(Q(mm[0].group("w")), Q(mm[0].group("s")))
    exec_rule(S, pseudo, "spent2", "budget2", "rate2")
    S.indicator_fact("I.farms", S.ind("规模养殖场粪污处理设施提升改造数量"))
    S.indicator_fact("I.cost", S.ind("单场设施改造补助标准"))
    # identities
    S.sum_("sum_mismatch", "budget", ["central", "city"])
    S.sum_("sum_mismatch", "central", ["adv", "add"])
    S.sum_("sum_mismatch", "spent", ["c_spent", "m_spent"])
    S.sum_("sum_mismatch", "spent", ["u1", "u2", "u3", "u4"])
    S.sum_("sum_mismatch", "u2", ["s1", "s2", "s3"])
    S.rate("rate_mismatch", "recv_rate", "received", "budget")
    S.rate("rate_mismatch", "rate", "spent", "budget")
    S.rate("rate_mismatch", "rate2", "spent2", "budget2")
    S.rate("rate_mismatch", "c_rate", "c_spent", "central")
    S.rate("rate_mismatch", "m_rate", "m_spent", "city")
    S.rate("rate_mismatch", "q_rate", "q_back", "q_sent")
    S.diff("balance_mismatch", "unspent", "received", "spent")
    S.avg("average_mismatch", "avg1", "u1", "farms")
    f("n_serv", r"{N}个服务主体分别", "个")
    S.mean_n("average_mismatch", "avg2", ["s1", "s2", "s3"], "n_serv")
    S.year_at(r"我市(\d{4})年实施", 0)
    S.year_at(r"（(\d{4})年为[\d.]+%）", -1)
    for n in ("recv_rate", "rate", "rate2", "c_rate", "m_rate", "q_rate"):
        S.pct_range(n)
    S.le("implausible_rate", "q_back", "q_sent", "returned <= sent")
    S.le("implausible_rate", "q_valid", "q_back", "valid <= returned")
    S.le("implausible_rate", "received", "budget", "到位 <= 全年预算")
    for group in (["budget", "budget2", "received"], ["spent", "spent2", "spent3"], ["rate", "rate2"],
                  ["farms", "farms3", "I.farms"], ["avg1", "I.cost"]):
        S.same(group)
    S.finish(pseudo)
    return S


def spec_xuanwei(text):
    S = Spec(text)
    f = S.fact
    f("budget_a", r"共安排我市生猪调出大县奖励资金{N}{U}")
    f("adv", r"提前下达\d{4}年中央财政奖励资金{N}{U}")
    f("add", r"\d{4}年\d{1,2}月追加{N}{U}")
    f("central", r"中央资金合计{N}{U}")
    f("prov", r"下达省级统筹奖励资金{N}{U}")
    f("budget", r"全年预算数{N}{U}（")
    f("budget_b", r"（即{N}{U}）")
    f("spent", r"全年执行{N}{U}")
    f("u1", r"生猪良种补贴{N}{U}（")
    f("price", r"按每头{N}{U}对")
    f("heads", r"对{N}头能繁母猪", "头")
    f("u2", r"规模猪场粪污处理设施建设补助{N}{U}")
    f("farms", r"（共{N}个场", "个")
    f("avg", r"平均每场{N}{U}")
    f("u3", r"冷链设施补助{N}{U}、")
    f("u4", r"动物防疫及非洲猪瘟防控{N}{U}")
    f("prov_unspent", r"省级资金尚有{N}{U}未支出")
    f("heads_p", r"补贴能繁母猪{N}万头，", "万头")
    f("util_p", r"粪污综合利用率达到{N}%，全年", "%")
    f("growth_p", r"生猪产业产值增长率为{N}%", "%")
    f("growth_t", r"未达到{N}%的目标", "%")
    f("sat_p", r"养殖场户满意度为{N}%", "%")
    f("sat_t", r"低于{N}%的目标", "%")
    f("rate_p", r"全年预算执行率{N}%", "%")
    S.stated_totals.append(grab(text, r"自评得分{N}分"))
    S.grades = prose_grades(text)
    m = re.findall(r"\n自评等级\t" + GRADE_RE + r"\n", text)
    if len(m) != 1:
        raise ParseError("table grade")
    S.grades.append(m[0])
    m = list(re.finditer(expand(r"按预算执行(?P<a>{n})分、产出指标(?P<b>{n})分、效益指标(?P<c>{n})分、满意度指标(?P<d>{n})分设置"), text))
    if len(m) != 1:
        raise ParseError("level weight sentence")
    m = m[0]
    S.level_w = {"预算执行": Q(m.group("a")), "产出指标": Q(m.group("b")), "效益指标": Q(m.group("c")),
                 "满意度指标": Q(m.group("d"))}
    sep = "\t"
    rows = {"tot": "年度资金总额", "cen": "其中：中央财政资金", "prv": "省级财政资金", "car": "上年结转资金"}
    cells = {k: table_row(text, lbl, sep) for k, lbl in rows.items()}
    for k, c in cells.items():
        for j, col in ((1, "init"), (2, "budget"), (3, "spent")):
            S.put(f"T.{k}.{col}", cell_q(c[j]))
        S.table_rate(c[5], f"T.{k}.spent", f"T.{k}.budget", f"T.{k}.rate")
    for col in ("init", "budget", "spent"):
        S.sum_("sum_mismatch", f"T.tot.{col}", [f"T.cen.{col}", f"T.prv.{col}", f"T.car.{col}"])
    pseudo = Pseudo(cell_q(cells["tot"][4], ""), cell_q(cells["tot"][6], ""))
    exec_rule(S, pseudo, "T.tot.spent", "T.tot.budget", "T.tot.rate")
    S.inds, (tw, tsc) = parse_ind_table(text, sep)
    S.stated_weight_total = tw
    S.stated_totals.append(tsc)
    S.indicator_fact("I.heads", S.ind("良种补贴能繁母猪数量"))
    S.indicator_fact("I.farms", S.ind("规模猪场粪污处理设施建设数量"))
    S.indicator_fact("I.cost", S.ind("规模猪场粪污设施单场补助"))
    S.indicator_fact("I.util", S.ind("规模猪场粪污综合利用率"))
    S.indicator_fact("I.growth", S.ind("生猪产业产值增长率"))
    S.put("I.growth_t", parse_val(S.ind("生猪产业产值增长率").target)[2])
    S.indicator_fact("I.sat", S.ind("养殖场户满意度"))
    S.put("I.sat_t", parse_val(S.ind("养殖场户满意度").target)[2])
    # identities
    S.sum_("sum_mismatch", "central", ["adv", "add"])
    S.sum_("sum_mismatch", "budget", ["central", "prov"])
    S.sum_("sum_mismatch", "spent", ["u1", "u2", "u3", "u4"])
    S.prod("sum_mismatch", "u1", "price", "heads", "良种补贴 = 每头标准 x 头数")
    S.diff("balance_mismatch", "prov_unspent", "T.prv.budget", "T.prv.spent")
    S.diff("balance_mismatch", "prov_unspent", "T.tot.budget", "T.tot.spent", "only 省级 money is unspent")
    S.avg("average_mismatch", "avg", "u2", "farms")
    S.pct_range("rate_p")
    for g, pat, unit, ind in (("g_out", r"生猪调出量不低于{N}万头", "万头", "生猪调出量"),
                              ("g_heads", r"补贴能繁母猪不少于{N}万头", "万头", "良种补贴能繁母猪数量"),
                              ("g_farms", r"支持{N}个规模猪场", "个", "规模猪场粪污处理设施建设数量"),
                              ("g_util", r"综合利用率达到{N}%以上", "%", "规模猪场粪污综合利用率"),
                              ("g_sat1", r"分别达到{N}%、", "%", "养殖场户满意度"),
                              ("g_sat2", r"分别达到{n}%、{N}%以上", "%", "屠宰企业满意度")):
        f(g, pat, unit)
        S.same([g, S.target_fact("IT." + g, ind)])
    for pat, off in ((r"(\d{4})年调出生猪", -1), (r"(\d{4})年中央和省级财政", 0),
                     (r"提前下达(\d{4})年中央财政", 0), (r"(\d{4})年\d{1,2}月追加", 0)):
        S.year_at(pat, off)
    for group in (["budget_a", "budget", "budget_b", "T.tot.budget"], ["central", "T.cen.budget"],
                  ["adv", "T.cen.init", "T.tot.init"], ["prov", "T.prv.budget"], ["spent", "T.tot.spent"],
                  ["rate_p", "T.tot.rate"], ["heads", "heads_p", "I.heads"], ["farms", "I.farms"], ["avg", "I.cost"],
                  ["util_p", "I.util"], ["growth_p", "I.growth"], ["growth_t", "I.growth_t"],
                  ["sat_p", "I.sat"], ["sat_t", "I.sat_t"]):
        S.same(group)
    S.finish(pseudo)
    return S


def spec_dancheng(text):
    S = Spec(text)
    f = S.fact
    f("adv", r"提前下达中央奖励资金{N}{U}")
    f("add", r"追加下达中央奖励资金{N}{U}")
    f("prov", r"下达省级奖励资金{N}{U}")
    f("carry", r"另有上年结转资金{N}{U}")
    f("budget", r"全年预算资金{N}{U}，")
    f("recv_rate", r"资金到位率{N}%", "%")
    f("b1", r"1\.规模养殖场粪污处理设施提升改造：预算{N}{U}")
    f("farms", r"完成{N}个规模养殖场", "个")
    f("p1", r"已支付{N}{U}，剩余")
    f("rem1", r"剩余{N}{U}")
    f("b2", r"粪肥还田社会化服务补助：预算{N}{U}")
    f("area", r"完成粪肥还田{N}万亩", "万亩")
    f("per_mu", r"每亩平均补助{N}元", "元/亩")
    f("b3", r"粪污监测及技术服务：预算{N}{U}")
    f("p3", r"已支付{N}{U}，其余")
    f("unspent", r"年末未支出资金{N}{U}")
    f("un_c", r"（其中中央资金{N}{U}")
    f("un_p", r"、省级资金{N}{U}）")
    f("util_p", r"综合利用率达到{N}%，", "%")
    f("util_gap", r"较目标高{N}个百分点", "%")
    f("fert_p", r"减少化肥施用量{N}吨，", "吨")
    f("fert_t", r"未达到{N}吨的目标", "吨")
    f("sat_p", r"养殖场户满意度为{N}%", "%")
    S.stated_totals.append(grab(text, r"自评得分{N}分"))
    S.grades = prose_grades(text)
    # 全部支付 (I12): item 2 paid = its budget
    if not re.search(r"粪肥还田社会化服务补助：预算[\d.,]+万元，已全部支付", text):
        raise ParseError("item 2 全部支付")
    S.put("p2", S.F["b2"])
    sep = "｜"
    labels = {"1": "年初预算资金", "2": "全年预算资金", "3": "实际到位资金", "4": "全年执行资金", "5": "资金结余",
              "6": "预算到位率(%)", "7": "预算执行率(%)"}
    cols = ["tot", "cen", "prv", "cty", "car"]
    cells = {k: table_row(text, lbl, sep) for k, lbl in labels.items()}
    for k in "12345":
        for j, col in enumerate(cols):
            S.put(f"T{k}.{col}", cell_q(cells[k][2 + j]))
        S.sum_("sum_mismatch", f"T{k}.tot", [f"T{k}.{c}" for c in cols[1:]], f"row ({k}) total = sum of sources")
    for j, col in enumerate(cols):
        S.diff("balance_mismatch", f"T5.{col}", f"T3.{col}", f"T4.{col}", f"(5)=(3)-(4) {col}")
        for k, num in (("6", "3"), ("7", "4")):
            c = cells[k][2 + j]
            if c.strip() in ("—", "-"):
                S.checks.append(Check("rate_mismatch", f"({k}) {col}: — only on a zero base",
                                      lambda F, col=col: F[f"T2.{col}"].v == 0, [f"T2.{col}"]))
                continue
            S.put(f"T{k}.{col}", cell_q(c, "%"))  # percent column without % sign (header says %)
            S.zero_base(c, f"T2.{col}")
            S.rate("rate_mismatch", f"T{k}.{col}", f"T{num}.{col}", f"T2.{col}", f"({k})=({num})/(2) {col}")
            S.pct_range(f"T{k}.{col}")
    S.inds, (tw, tsc) = parse_ind_table(text, sep)
    S.stated_weight_total = tw
    S.stated_totals.append(tsc)
    ex = S.ind("预算执行率")
    S.indicator_fact("I.exec", ex)
    S.indicator_fact("I.farms", S.ind("规模养殖场粪污处理设施提升改造"))
    S.indicator_fact("I.area", S.ind("粪肥还田利用面积"))
    S.indicator_fact("I.per_mu", S.ind("粪肥还田服务补助标准"))
    S.indicator_fact("I.util", S.ind("畜禽粪污综合利用率"))
    S.put("I.util_t", parse_val(S.ind("畜禽粪污综合利用率").target)[2])
    S.indicator_fact("I.fert", S.ind("减少化肥施用量"))
    S.put("I.fert_t", parse_val(S.ind("减少化肥施用量").target)[2])
    S.indicator_fact("I.sat", S.ind("养殖场户满意度"))
    # identities
    S.sum_("sum_mismatch", "T2.cen", ["adv", "add"], "中央 = 提前下达 + 追加")
    S.sum_("sum_mismatch", "budget", ["adv", "add", "prov", "carry"])
    S.sum_("sum_mismatch", "budget", ["b1", "b2", "b3"], "sub-project budgets = 全年预算")
    S.sum_("sum_mismatch", "T4.tot", ["p1", "p2", "p3"], "sub-project payments = 全年执行")
    S.sum_("sum_mismatch", "unspent", ["un_c", "un_p"])
    S.diff("balance_mismatch", "rem1", "b1", "p1", "item 1: 剩余 = 预算 - 已支付")
    S.diff("sum_mismatch", "util_gap", "I.util", "I.util_t", "较目标高 = 实际 - 目标")
    S.avg("average_mismatch", "per_mu", "p2", "area", "每亩平均补助 = 支付 / 面积")
    S.rate("rate_mismatch", "recv_rate", "T3.tot", "budget")
    S.pct_range("recv_rate")
    f("not100", r"执行率未达到{N}%", "%")
    S.below("rate_mismatch", "T7.tot", "not100")
    for g, pat, unit, ind in (("g_farms", r"完成不少于{N}个规模养殖场", "个", "规模养殖场粪污处理设施提升改造"),
                              ("g_area", r"利用面积不少于{N}万亩", "万亩", "粪肥还田利用面积"),
                              ("g_util", r"综合利用率达到{N}%以上", "%", "畜禽粪污综合利用率"),
                              ("g_fert", r"化肥施用量不少于{N}吨", "吨", "减少化肥施用量"),
                              ("g_sat", r"满意度达到{N}%以上", "%", "养殖场户满意度")):
        f(g, pat, unit)
        S.same([g, S.target_fact("IT." + g, ind)])
    S.year_at(r"(\d{4})年全县生猪出栏约", -1)
    for group in (["adv", "T1.tot", "T1.cen"], ["prov", "T2.prv"], ["carry", "T2.car"], ["budget", "T2.tot", "T3.tot"],
                  ["recv_rate", "T6.tot"], ["unspent", "T5.tot"], ["un_c", "T5.cen"], ["un_p", "T5.prv"],
                  ["T7.tot", "I.exec"], ["farms", "I.farms"], ["area", "I.area"], ["per_mu", "I.per_mu"],
                  ["util_p", "I.util"], ["fert_p", "I.fert"], ["fert_t", "I.fert_t"], ["sat_p", "I.sat"]):
        S.same(group)
    S.finish()
    return S


SPECS = {
    "jx-taihe-shengzhu-2019": spec_taihe,
    "sc-yingshan-xumuzhongxin-bumen-2021": spec_yingshan,
    "hn-shaodong-fenwu-2022": spec_shaodong,
    "yn-xuanwei-shengzhu-2023": spec_xuanwei,
    "ha-dancheng-fenwu-2025": spec_dancheng,
}


# ---------------------------------------------------------------- running

def evaluate(spec):
    """(error codes, failing checks, warnings) with the money-unit rescue applied."""
    F = spec.F
    results = [(c, c.fn(F)) for c in spec.checks]
    fails = [c for c, r in results if r is False]
    warnings = [c for c in fails if c.code in WARNING_CODES]
    errors = [c for c in fails if c.code not in WARNING_CODES]
    money = [c for c in errors if c.code in MONEY_CODES]
    if money:
        cands = sorted({n for c in money for n in c.names if F[n].base == "元"})
        for n in cands:
            for k in (Decimal("0.0001"), Decimal(10000)):
                F2 = dict(F)
                F2[n] = F[n].rescaled(k)
                still = [c for c in spec.checks if c.code not in WARNING_CODES and c.fn(F2) is False]
                if not any(c.code in MONEY_CODES for c in still) and all(c in errors for c in still):
                    rest = [c for c in errors if c.code not in MONEY_CODES]
                    desc = f"{n} = {F[n].raw}: off by 10^{'-4' if k < 1 else '4'}"
                    return ({"unit_mismatch"} | {c.code for c in rest}, [desc] + [c.desc for c in rest],
                            [c.desc for c in warnings])
    return {c.code for c in errors}, [f"{c.code}: {c.desc}" for c in errors], [c.desc for c in warnings]


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j   # old [i, ea), new [i, eb)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(texts) != files:
        problems.append("labels.jsonl and cases/ disagree")
    n_clean = sum(1 for r in labels if r["clean"])
    n_err = len(labels) - n_clean
    if (n_clean, n_err) != (5, 30):
        problems.append(f"expected 5 clean + 30 error cases, got {n_clean} + {n_err}")
    codes = Counter()
    for rec in labels:
        name, text, src = rec["case"], texts[rec["case"]], rec["source"]
        try:
            spec = SPECS[src](text)
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        got, why, warns = evaluate(spec)
        n_checks = len(spec.checks)
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if got or warns:
                problems.append(f"{name}: clean draft fails {sorted(got)} {why} warnings={warns}")
            if not 1500 <= len(text) <= 5000:
                problems.append(f"{name}: length {len(text)} outside 1500-5000")
            print(f"{name:48s} clean  {n_checks:3d} checks pass  ({len(text)} chars)")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        codes[exp["code"]] += 1
        if exp["severity"] != "error" or exp["code"] not in CODES_A:
            problems.append(f"{name}: bad label {exp}")
        if got != {exp["code"]}:
            problems.append(f"{name}: labelled {exp['code']} but checks fail {sorted(got)}: {why}")
        # the value and the edit
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value occurs {len(occ)} times")
        clean = texts[f"{src}-clean.txt"]
        i, ea, eb = diff_region(clean, text)
        if max(ea - i, eb - i) > 40 or eb <= i and ea <= i:
            problems.append(f"{name}: edit of {max(ea - i, eb - i)} characters")
        if occ and not (occ[0] < max(eb, i + 1) and i < occ[0] + len(exp["value"])):
            problems.append(f"{name}: edit [{i},{eb}) does not overlap the value")
        old, new = clean[i:ea], text[i:eb]
        w = f"  (+ warning: {'; '.join(warns)})" if warns else ""
        print(f"{name:48s} {exp['code']:22s} {old!r} -> {new!r}{w}")
    for code in CODES_A:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times (< 2)")
    print("per code:", ", ".join(f"{c} {codes[c]}" for c in CODES_A))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
