#!/usr/bin/env python3
"""Verify drafts484: read every figure back from each case's text and redo all of its arithmetic.

Standard library + decimal only. For every case in labels.jsonl:
  * the figures are read from the text itself (regexes on the prose, table rows rebuilt from the layout:
    one cell a line, tab-separated rows, or cells separated by runs of spaces);
  * every identity of rules.md §7 that the draft allows is recomputed (I1-I14), with the decimals
    tolerance of rules.md §8 and ROUND_HALF_UP;
  * a failing money identity that is reconciled exactly by rescaling one amount by 10^±4 / 10^±8 is
    reported as unit_mismatch on that amount (errors.md #11), not as the identity's own code.
Then:
  * a clean case must pass every check (errors and the score_rule_mismatch warning alike);
  * an error case must fail its labelled code and no other error code, and one failing check of that code
    must read a figure that overlaps the labelled value;
  * each label value occurs exactly once in its case; the case differs from its clean draft by one
    contiguous edit of at most 40 characters that overlaps the value;
  * every code of errors.md §A is labelled at least twice; 5 clean drafts of 1,500-5,000 characters.
Prints OK on success.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
               "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
               "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
               "completion_mismatch"]
WARNING_CODES = ["score_rule_mismatch"]

MONEY = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}
TINY = D("1e-9")
HUNDRED = D(100)


class ExtractError(Exception):
    pass


def q2(x, n="0.01"):
    return x.quantize(D(n), rounding=ROUND_HALF_UP)


def decimals(raw):
    raw = raw.replace(",", "")
    return len(raw.split(".")[1]) if "." in raw else 0


class Fig:
    """One figure read from the text: value normalised (money in 万元), decimals and tolerance as written."""

    def __init__(self, name, raw, start, unit=None, val=None, text=None, direction=None):
        self.name, self.raw, self.unit, self.direction, self.text = name, raw, unit, direction, text
        self.span = (start, start + len(raw))
        if val is None and text is None:
            num = D(raw.replace(",", ""))
            factor = MONEY.get(unit, D(1))
            self.val = num * factor
            self.tol = D("0.5") * D(10) ** (-decimals(raw)) * factor + TINY
        else:
            self.val = val
            self.tol = TINY if val is None else D("0.5") * D(10) ** (-decimals(raw)) + TINY

    @property
    def is_money(self):
        return self.unit in MONEY

    def __repr__(self):
        return f"{self.name}={self.raw}{self.unit or ''}"


# ---------------------------------------------------------------- cell parsing
QTY = re.compile(r"^(≥|≤|>=|<=|＞＝|＜＝|=)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")
DIRS = {"≥": "gte", ">=": "gte", "＞＝": "gte", "≤": "lte", "<=": "lte", "＜＝": "lte", "=": "eq"}


def cell_fig(name, raw, start, unit_override=None, dir_override=None):
    """Parse a table cell: quantity (with direction and unit), date, or text ('—', qualitative, empty)."""
    raw_s = raw.strip()
    if raw_s == "":
        return Fig(name, raw, start, text="")
    m = DATE.match(raw_s)
    if m:
        f = Fig(name, raw_s, start, text=raw_s)
        f.date = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
        f.unit = "date"
        return f
    m = QTY.match(raw_s)
    if not m:
        return Fig(name, raw_s, start, text=raw_s)
    unit = unit_override if unit_override is not None else m.group(3)
    direction = dir_override if dir_override is not None else DIRS.get(m.group(1) or "", None)
    num_start = start + raw.index(m.group(2))
    f = Fig(name, m.group(2), num_start, unit=unit, direction=direction)
    return f


# ---------------------------------------------------------------- table readers
def rows_onecell(text, start, end):
    """Word/web copy, one cell a line: cells are tab-indented lines, rows separated by empty lines."""
    rows, cur, pos = [], [], start
    for line in text[start:end].split("\n"):
        if line.startswith("\t"):
            cur.append((line[1:], pos + 1))
        elif cur:
            rows.append(cur)
            cur = []
        pos += len(line) + 1
    if cur:
        rows.append(cur)
    return rows


def rows_tab(text, start, end):
    """Web copy, one row a line, cells separated by tabs."""
    rows, pos = [], start
    for line in text[start:end].split("\n"):
        cells, p = [], pos
        for c in line.split("\t"):
            cells.append((c, p))
            p += len(c) + 1
        rows.append(cells)
        pos += len(line) + 1
    return rows


def rows_space(text, start, end):
    """PDF copy, one row a line, cells separated by runs of two or more spaces."""
    rows, pos = [], start
    for line in text[start:end].split("\n"):
        rows.append([(m.group(0), pos + m.start()) for m in re.finditer(r"[^ ]+(?: [^ ]+)*", line)])
        pos += len(line) + 1
    return rows


def after(rows, label, nonempty=False):
    """Cells after the cell equal to label, in the one row that holds it."""
    hits = [(r, i) for r in rows for i, (c, _) in enumerate(r) if c.strip() == label]
    if len(hits) != 1:
        raise ExtractError(f"row {label!r}: {len(hits)} rows")
    r, i = hits[0]
    cells = r[i + 1:]
    if nonempty:
        cells = [c for c in cells if c[0].strip() != ""]
    return cells


# ---------------------------------------------------------------- context and checks
class Ctx:
    def __init__(self, text, year):
        self.t, self.Y = text, year
        self.f = {}
        self.results = []   # (code, ok, [fig names], message)
        self.rows = []

    # ---- extraction
    def region(self, start_marker, end_marker=None):
        s = self.t.find(start_marker)
        if s < 0 or self.t.count(start_marker) != 1:
            raise ExtractError(f"region start {start_marker!r}")
        e = len(self.t) if end_marker is None else self.t.find(end_marker, s)
        if e < 0:
            raise ExtractError(f"region end {end_marker!r}")
        return s, e

    def put(self, fig):
        if fig.name in self.f:
            raise ExtractError(f"figure {fig.name} read twice")
        self.f[fig.name] = fig
        return fig

    def rx(self, pattern, *names):
        """pattern must match exactly once. names: 'x' number, 'x:万元' number with fixed unit,
        '@x' unit of the previous number x, 'y:x' a year, 'g:x' text (grade), '-' skip."""
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            raise ExtractError(f"{pattern!r}: {len(ms)} matches")
        m = ms[0]
        pending = {}
        for i, spec in enumerate(names, 1):
            raw, st = m.group(i), m.start(i)
            if spec == "-":
                continue
            if spec.startswith("@"):
                n = spec[1:]
                raw_n, st_n = pending.pop(n)
                self.put(Fig(n, raw_n, st_n, unit=raw))
            elif spec.startswith("y:"):
                self.put(Fig(spec[2:], raw, st, unit="year"))
            elif spec.startswith("g:"):
                self.put(Fig(spec[2:], raw, st, text=raw))
            elif ":" in spec:
                n, unit = spec.split(":", 1)
                self.put(Fig(n, raw, st, unit=unit))
            else:
                nxt = names[i] if i < len(names) else ""
                if nxt == "@" + spec:
                    pending[spec] = (raw, st)
                else:
                    self.put(Fig(spec, raw, st))
        if pending:
            raise ExtractError(f"unit missing for {list(pending)}")
        return m

    def cells(self, prefix, cells, specs):
        """Store table cells under prefix_<spec>; spec None skips a cell; spec 'x:万元' fixes the unit."""
        if len(cells) < len([s for s in specs if s is not None]):
            raise ExtractError(f"{prefix}: too few cells")
        out = {}
        for (raw, st), spec in zip(cells, specs):
            if spec is None:
                continue
            n, unit = (spec.split(":", 1) + [None])[:2]
            f = cell_fig(f"{prefix}_{n}", raw, st, unit_override=unit)
            self.put(f)
            out[n] = f
        return out

    # ---- results
    def res(self, code, ok, names, msg):
        self.results.append((code, bool(ok), list(names), msg))

    def arith(self, code, names, fn, msg):
        """fn(values) -> bool. A failing check reconciled by rescaling one money amount is unit_mismatch."""
        figs = [self.f[n] for n in names]
        if any(f.val is None for f in figs):
            raise ExtractError(f"non-numeric figure in {msg}: {figs}")
        vals = {f.name: f.val for f in figs}
        if fn(vals):
            self.res(code, True, names, msg)
            return
        for f in figs:
            if not f.is_money:
                continue
            for k in (-8, -4, 4, 8):
                v2 = dict(vals)
                v2[f.name] = vals[f.name] * D(10) ** k
                if fn(v2):
                    self.res("unit_mismatch", False, [f.name], f"{msg}: {f.raw}{f.unit} reconciles when rescaled by 10^{k}")
                    return
        self.res(code, False, names, f"{msg}: " + ", ".join(repr(f) for f in figs))

    # ---- identity helpers (names of figures)
    def tol(self, n):
        return self.f[n].tol

    def rate(self, num, den, r, code="rate_mismatch", what="rate"):
        if self.f[den].val == 0:
            return
        if self.f[r].val is None:   # no rate printed ('—'): a missing figure, not an arithmetic error
            self.res(code, self.f[r].text in ("—", ""), [r], f"{what}: {self.f[r].raw!r} printed")
            return
        self.arith(code, [num, den, r],
                   lambda v: abs(v[num] / v[den] * HUNDRED - v[r]) <= self.tol(r), f"{what} {num}/{den} vs {r}")

    def total(self, tot, parts, code="sum_mismatch", what="sum"):
        self.arith(code, [tot] + parts,
                   lambda v: abs(sum(v[p] for p in parts) - v[tot]) <= self.tol(tot), f"{what} {'+'.join(parts)} vs {tot}")

    def diff(self, a, b, d, code="balance_mismatch", what="difference"):
        self.arith(code, [a, b, d], lambda v: abs(v[a] - v[b] - v[d]) <= self.tol(d), f"{what} {a}-{b} vs {d}")

    def product(self, count, price, amount, code="sum_mismatch"):
        self.arith(code, [count, price, amount],
                   lambda v: abs(v[count] * v[price] - v[amount]) <= self.tol(amount), f"product {count}x{price} vs {amount}")

    def same(self, a, b, code="conflicting_values"):
        fa, fb = self.f[a], self.f[b]
        if fa.unit not in (None, "year") and fb.unit not in (None, "year") and not (fa.is_money and fb.is_money) \
                and fa.unit != fb.unit:
            self.res("unit_mismatch", False, [a, b], f"same quantity in two units: {fa!r} vs {fb!r}")
            return
        self.arith(code, [a, b], lambda v: abs(v[a] - v[b]) <= max(self.tol(a), self.tol(b)), f"same value {a} vs {b}")

    def avg(self, items, a, code="average_mismatch"):
        self.arith(code, items + [a],
                   lambda v: abs(sum(v[i] for i in items) / len(items) - v[a]) <= self.tol(a), f"average of {items} vs {a}")

    def approx(self, n, fn, code, what):
        """n is marked 约: its interval is ± half a unit of its last digit; the computed value must fall in it."""
        f = self.f[n]
        c = fn()
        self.res(code, abs(c - f.val) <= f.tol, [n], f"{what}: computed {c} vs 约{f.raw}")

    def year(self, n, kind):
        y, Y = int(self.f[n].raw), self.Y
        ok = {"eval": y == Y, "prev": y == Y - 1, "advance": y == Y - 1, "carry": y > Y,
              "later": y > Y, "report": y in (Y, Y + 1)}[kind]
        self.res("year_mismatch", ok, [n], f"year {y} as {kind} in a {Y} report")

    def grade(self, total, g):
        s, label = self.f[total].val, self.f[g].text
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        names = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"), "差": ("差", "较差", "不合格")}
        self.res("grade_mismatch", label in names[band], [g, total], f"grade {label} for total {s} (band {band})")

    def rate_cell_zero_base(self, base, cell):
        """A rate printed on a zero base: only '—', empty or 0 are tolerated."""
        f = self.f[cell]
        ok = f.text in ("—", "") or (f.val is not None and f.val == 0)
        self.res("implausible_rate", ok, [cell, base], f"rate {f.raw!r} on zero base {base}")

    def rate_range(self, n):
        f = self.f[n]
        if f.val is None:
            return
        self.res("implausible_rate", D(0) <= f.val <= HUNDRED + TINY, [n], f"rate {f.raw} outside 0-100%")

    # ---- funds block of a 自评表 (年初/全年/执行/分值/执行率/得分)
    def funds_rows(self, rows, labels, prefixes, total_prefix, parts_prefixes, with_score=True):
        specs = ["ini:万元", "ann:万元", "exe:万元", "w", "rate", "score"] if with_score else \
            ["ini:万元", "ann:万元", "exe:万元", "rate"]
        for lab, p in zip(labels, prefixes):
            self.cells(p, after(rows, lab), specs)
        for col in ("ini", "ann", "exe"):
            self.total(f"{total_prefix}_{col}", [f"{p}_{col}" for p in parts_prefixes])
        for p in prefixes:
            if self.f[f"{p}_ann"].val == 0:
                self.rate_cell_zero_base(f"{p}_ann", f"{p}_rate")
            else:
                self.rate(f"{p}_exe", f"{p}_ann", f"{p}_rate", what="执行率")
                self.rate_range(f"{p}_rate")
        if with_score:
            self.exec_score(f"{total_prefix}_w", f"{total_prefix}_score", f"{total_prefix}_exe",
                            f"{total_prefix}_ann", f"{total_prefix}_rate")

    def exec_score(self, w, s, exe, ann, rate_stated):
        fw, fs = self.f[w], self.f[s]
        self.res("score_exceeds_weight", D(0) <= fs.val <= fw.val + TINY, [s, w], f"execution score {fs.raw} vs weight {fw.raw}")
        r1 = min(self.f[exe].val / self.f[ann].val, D(1))
        r2 = min(self.f[rate_stated].val / HUNDRED, D(1))
        ok = abs(fw.val * r1 - fs.val) <= fs.tol or abs(fw.val * r2 - fs.val) <= fs.tol
        self.res("score_rule_mismatch", ok, [s], f"execution score {fs.raw} vs {fw.raw} x rate")

    # ---- indicator rows
    def indicator(self, block, name, target, actual, weight, score, completion=None, qual=None, dir_override=None,
                  unit=None):
        """target/actual/weight/score/completion: (raw, start) cells. qual: 'achieved'|'partly'|'not' for
        qualitative rows. unit: measure unit given in its own column (Sichuan layout)."""
        p = f"row:{name}"
        t = self.put(cell_fig(p + "_target", target[0], target[1], unit_override=unit, dir_override=dir_override))
        a = self.put(cell_fig(p + "_actual", actual[0], actual[1], unit_override=unit))
        w = self.put(cell_fig(p + "_w", weight[0], weight[1]))
        s = self.put(cell_fig(p + "_s", score[0], score[1]))
        c = self.put(cell_fig(p + "_c", completion[0], completion[1])) if completion else None
        if w.val is None or s.val is None:
            raise ExtractError(f"{name}: weight/score not numeric")
        self.rows.append(dict(block=block, name=name, p=p, t=t, a=a, w=w, s=s, c=c, qual=qual))

    def check_rows(self):
        for r in self.rows:
            t, a, w, s, c, p = r["t"], r["a"], r["w"], r["s"], r["c"], r["p"]
            self.res("score_exceeds_weight", D(0) <= s.val <= w.val + TINY, [s.name, w.name],
                     f"{r['name']}: score {s.raw} vs weight {w.raw}")
            if r["qual"]:
                lo, hi, incl = {"achieved": (D("0.8"), D(1), True), "partly": (D("0.6"), D("0.8"), False),
                                "not": (D(0), D("0.6"), False)}[r["qual"]]
                ok = w.val * lo - TINY <= s.val and (s.val <= w.val * hi + TINY if incl else s.val < w.val * hi)
                self.res("score_rule_mismatch", ok, [s.name], f"{r['name']}: qualitative {r['qual']} score {s.raw}")
                if c is not None:
                    self.res("completion_mismatch", c.text == "—", [c.name], f"{r['name']}: qualitative completion {c.raw}")
                continue
            if t.unit == "date" or a.unit == "date":
                ok_u = t.unit == a.unit
                self.res("unit_mismatch", ok_u, [a.name, t.name], f"{r['name']}: date vs {a.raw}")
                if ok_u:
                    self.res("year_mismatch", t.date[0] == self.Y and a.date[0] == self.Y, [t.name, a.name],
                             f"{r['name']}: dates in {self.Y}")
                    met = a.date <= t.date
                    self.res("score_rule_mismatch", (s.val == w.val) if met else True, [s.name], f"{r['name']}: date score")
                continue
            if t.val is None or a.val is None:
                raise ExtractError(f"{r['name']}: unparsed target/actual {t.raw!r} {a.raw!r}")
            if (t.unit or "") != (a.unit or ""):
                self.res("unit_mismatch", False, [a.name, t.name], f"{r['name']}: target {t.raw}{t.unit} vs actual {a.raw}{a.unit}")
                continue
            self.res("unit_mismatch", True, [a.name, t.name], f"{r['name']}: units")
            if a.unit == "%":
                self.rate_range(a.name)
            d = t.direction or "eq"
            T, A = t.val, a.val
            if d == "lte":
                comp = HUNDRED if A <= T else T / A * HUNDRED
                exp = w.val if A <= T else w.val * T / A
            elif T == 0:
                comp = HUNDRED if A <= 0 else D(0)
                exp = w.val if A <= 0 else D(0)
            else:
                comp = max(A, D(0)) / T * HUNDRED
                exp = min(w.val, w.val * max(A, D(0)) / T)
            if c is not None:
                self.res("completion_mismatch", c.val is not None and abs(comp - c.val) <= c.tol, [c.name],
                         f"{r['name']}: completion {c.raw} vs {q2(comp)}")
            self.res("score_rule_mismatch", abs(exp - s.val) <= s.tol, [s.name],
                     f"{r['name']}: score {s.raw} vs rule {q2(exp)}")

    def weight_and_score_sums(self, exec_w, exec_s, totals_w=(), totals_s=(), block_w=None, block_s=None):
        """Σ weights = 100 and = each stated total weight; Σ scores = each stated total;
        block_w / block_s: {block: fig name} stated per first-level block."""
        wn = [exec_w] + [r["w"].name for r in self.rows]
        sn = [exec_s] + [r["s"].name for r in self.rows]
        self.res("weight_sum_mismatch", sum(self.f[n].val for n in wn) == 100, wn, "weights total 100")
        for tw in totals_w:
            self.total(tw, wn, code="weight_sum_mismatch", what="weights")
        for ts in totals_s:
            self.total(ts, sn, code="score_sum_mismatch", what="scores")
        for stated, code, key in ((block_w, "weight_sum_mismatch", "w"), (block_s, "score_sum_mismatch", "s")):
            if not stated:
                continue
            for block, n in stated.items():
                if block == "exec":
                    self.same(n, exec_w if key == "w" else exec_s, code=code)
                    continue
                parts = [r[key].name for r in self.rows if r["block"] == block]
                self.total(n, parts, code=code, what=f"{block} {key}")
            if key == "w":
                self.res(code, sum(self.f[n].val for n in stated.values()) == 100, list(stated.values()),
                         "first-level weights total 100")
            else:
                for ts in totals_s:
                    self.total(ts, list(stated.values()), code=code, what="block scores")


def row_cells_by(rows, name, n, nonempty=False):
    c = after(rows, name, nonempty=nonempty)
    if len(c) < n:
        raise ExtractError(f"{name}: {len(c)} cells")
    return c[:n]


# ================================================================ draft specs
def spec_jishan(x):
    """稷山县 2019 — Shanxi layout; funds table with 行次 and formulas; 附件1 with 完成率."""
    x.rx(r"^稷山县市场监督管理局\n(\d{4})年度", "y:title")
    x.year("title", "eval")
    x.rx(r"项目实施计划：1年（(\d{4})年1月至(\d{4})年12月）", "y:plan1", "y:plan2")
    x.year("plan1", "eval"); x.year("plan2", "eval")
    # prose: funds
    x.rx(r"(\d{4})年12月，省财政厅提前下达(\d{4})年省级食品安全专项资金([\d.,]+)万元", "y:adv", "y:adv_for", "p_prov:万元")
    x.year("adv", "advance"); x.year("adv_for", "eval")
    x.rx(r"(\d{4})年3月县财政局下达县级配套资金([\d.,]+)万元", "y:issue", "p_county:万元")
    x.year("issue", "eval")
    x.rx(r"追加县级资金([\d.,]+)万元（([\d,]+)元）", "p_add:万元", "p_add_yuan:元")
    x.same("p_add", "p_add_yuan")
    x.rx(r"全年预算资金([\d.,]+)万元，实际到位([\d.,]+)万元，截至(\d{4})年12月31日全年执行([\d.,]+)万元，预算执行率([\d.]+)%",
         "p_ann:万元", "p_recv:万元", "y:asof", "p_exe:万元", "p_rate")
    x.year("asof", "eval")
    x.rx(r"结余([\d.,]+)万元已按规定结转至(\d{4})年", "p_bal:万元", "y:carry")
    x.year("carry", "carry")
    x.total("p_ann", ["p_prov", "p_county", "p_add"])
    x.rate("p_exe", "p_ann", "p_rate", what="执行率")
    x.rate_range("p_rate")
    x.diff("p_recv", "p_exe", "p_bal")
    # funds table (one cell a line)
    s, e = x.region("（二）预算执行情况", "全年支出中")
    rows = rows_onecell(x.t, s, e)
    cols = ["tot", "sub", "cen", "prov", "city", "cty", "carry", "oth"]
    for lab, p in (("年初预算资金", "ini"), ("全年预算资金", "ann"), ("实际到位资金", "recv"), ("全年执行资金", "exe"),
                   ("资金结余", "bal")):
        c = after(rows, lab)[1:]  # skip 行次
        unit = ":万元"
        x.cells(f"t_{p}", c, [k + unit for k in cols])
    for lab, p in (("预算到位率", "rr"), ("预算执行率(%)", "er")):
        # rates printed without a % sign under a "(%)" header are percents (rules §8)
        x.cells(f"t_{p}", after(rows, lab)[1:], [k + ":%" for k in cols])

    def v(p, k):
        return x.f[f"t_{p}_{k}"]
    for p in ("ini", "ann", "recv", "exe"):
        for k in cols:   # empty amount cells are zero
            f = v(p, k)
            if f.val is None and f.text == "":
                f.val, f.tol = D(0), D("0.005")
        x.total(f"t_{p}_tot", [f"t_{p}_sub", f"t_{p}_carry", f"t_{p}_oth"])
        x.total(f"t_{p}_sub", [f"t_{p}_cen", f"t_{p}_prov", f"t_{p}_city", f"t_{p}_cty"])
    for k in cols:
        if x.f[f"t_recv_{k}"].val == 0 and x.f[f"t_exe_{k}"].val == 0:
            f = v("bal", k)
            x.res("balance_mismatch", f.text in ("—", "") or f.val == 0, [f.name], f"balance on empty column {k}")
        else:
            x.diff(f"t_recv_{k}", f"t_exe_{k}", f"t_bal_{k}")
        if x.f[f"t_ann_{k}"].val == 0:
            x.rate_cell_zero_base(f"t_ann_{k}", f"t_rr_{k}")
            x.rate_cell_zero_base(f"t_ann_{k}", f"t_er_{k}")
        else:
            x.rate(f"t_recv_{k}", f"t_ann_{k}", f"t_rr_{k}", what="到位率")
            x.rate(f"t_exe_{k}", f"t_ann_{k}", f"t_er_{k}", what="执行率")
            x.rate_range(f"t_rr_{k}"); x.rate_range(f"t_er_{k}")
    x.diff("t_ann_cty", "t_ini_cty", "p_add", code="sum_mismatch", what="county adjustment")
    for a, b in (("p_ann", "t_ann_tot"), ("p_recv", "t_recv_tot"), ("p_exe", "t_exe_tot"), ("p_rate", "t_er_tot"),
                 ("p_bal", "t_bal_tot"), ("p_prov", "t_ini_prov"), ("p_county", "t_ini_cty")):
        x.same(a, b)
    # spending breakdown
    x.rx(r"食品抽检检验费([\d.]+)万元（委托第三方检验机构抽检(\d+)批次，每批次([\d,]+)元）", "sp_test:万元", "sp_batches", "sp_price:元")
    x.rx(r"小作坊规范提升奖补([\d.]+)万元（(\d+)家，每家([\d,]+)元）", "sp_award:万元", "sp_shops", "sp_award_each:元")
    x.rx(r"快检试剂及耗材([\d.]+)万元", "sp_kit:万元")
    x.rx(r"培训宣传([\d.]+)万元", "sp_train:万元")
    x.total("t_exe_tot", ["sp_test", "sp_award", "sp_kit", "sp_train"])
    x.product("sp_batches", "sp_price", "sp_test")
    x.product("sp_shops", "sp_award_each", "sp_award")
    # scores in prose
    x.rx(r"总得分([\d.]+)分，属于\"(优秀|良好|中等|合格|较差|差|优|良|中)\"", "p_total", "g:p_grade")
    x.rx(r"预算执行指标得分([\d.]+)分", "p_s_exec")
    x.rx(r"产出指标得分([\d.]+)分", "p_s_out")
    x.rx(r"效益指标得分([\d.]+)分", "p_s_ben")
    x.rx(r"满意度指标得分([\d.]+)分", "p_s_sat")
    # 附件1
    s, e = x.region("附件1.项目支出绩效自评表")
    rows = rows_onecell(x.t, s, e)
    ex = after(rows, "预算执行率")
    x.cells("t_exec", ex, ["w", "target", "actual", "c", "score"])
    x.same("t_exec_actual", "t_er_tot")
    x.rate("t_exe_tot", "t_ann_tot", "t_exec_c", code="completion_mismatch", what="执行率 completion")
    x.exec_score("t_exec_w", "t_exec_score", "t_exe_tot", "t_ann_tot", "t_exec_actual")
    spec = [("out", "食品抽检批次", None), ("out", "小作坊规范提升达标户数", None), ("out", "小摊点登记备案数", None),
            ("out", "抽检不合格食品核查处置率", None), ("out", "抽检结果公布时限", None), ("out", "单批次抽检检验费用", None),
            ("ben", "小作坊产品抽检合格率", None), ("ben", "群众食品安全知晓率", None),
            ("ben", "小作坊小摊点长效监管机制", "achieved"), ("sat", "小作坊业主及摊主满意度", None)]
    for block, name, qual in spec:
        w, t, a, c, sc = row_cells_by(rows, name, 5)
        x.indicator(block, name, t, a, w, sc, completion=c, qual=qual)
    x.check_rows()
    # no 合计 row in this layout: the total is stated in the prose only
    x.weight_and_score_sums("t_exec_w", "t_exec_score", totals_s=["p_total"],
                            block_s={"exec": "p_s_exec", "out": "p_s_out", "ben": "p_s_ben", "sat": "p_s_sat"})
    x.grade("p_total", "p_grade")
    # prose restating the table
    x.rx(r"全年完成食品抽检(\d+)批次，完成年度目标的([\d.]+)%，较(\d{4})年的(\d+)批次增加(\d+)批次，增长([\d.]+)%",
         "p_batches", "p_batches_c", "y:last", "p_last", "p_incr", "p_growth")
    x.year("last", "prev")
    x.same("p_batches", "row:食品抽检批次_actual")
    x.same("p_batches", "sp_batches")
    x.rate("p_batches", "row:食品抽检批次_target", "p_batches_c", code="completion_mismatch", what="completion")
    x.same("p_batches_c", "row:食品抽检批次_c")
    x.diff("p_batches", "p_last", "p_incr", code="sum_mismatch", what="increase")
    x.rate("p_incr", "p_last", "p_growth", what="growth")
    x.rx(r"分别为(\d+)批次、(\d+)批次、(\d+)批次；检出不合格(\d+)批次", "p_b1", "p_b2", "p_b3", "p_bad")
    x.total("p_batches", ["p_b1", "p_b2", "p_b3"])
    x.rx(r"核查处置率(\d+)%，抽检结果平均在(\d+)个工作日内公布", "p_dispose", "p_days")
    x.same("p_dispose", "row:抽检不合格食品核查处置率_actual")
    x.rx(r"完成(\d+)家小作坊规范提升（", "p_shops")
    x.same("p_shops", "row:小作坊规范提升达标户数_actual")
    x.same("p_shops", "sp_shops")
    x.rx(r"对(\d+)户小摊点登记备案", "p_stalls")
    x.same("p_stalls", "row:小摊点登记备案数_actual")
    x.arith("conflicting_values", ["p_days", "row:抽检结果公布时限_actual"],
            lambda v: v["p_days"] == v["row:抽检结果公布时限_actual"], "公布时限 days")
    x.same("sp_price", "row:单批次抽检检验费用_actual")
    x.rx(r"小作坊产品抽检(\d+)批次，合格(\d+)批次，合格率([\d.]+)%", "p_ws_n", "p_ws_ok", "p_ws_rate")
    x.same("p_ws_n", "p_b1")
    x.rate("p_ws_ok", "p_ws_n", "p_ws_rate", what="合格率")
    x.same("p_ws_rate", "row:小作坊产品抽检合格率_actual")
    x.rx(r"全部样品合格(\d+)批次，合格率([\d.]+)%", "p_all_ok", "p_all_rate")
    x.diff("p_batches", "p_bad", "p_all_ok", code="sum_mismatch", what="qualified = sampled - failed")
    x.rate("p_all_ok", "p_batches", "p_all_rate", what="合格率")
    x.rx(r"知晓率达到([\d.]+)%", "p_aware")
    x.same("p_aware", "row:群众食品安全知晓率_actual")
    x.rx(r"共发放问卷(\d+)份，回收(\d+)份，回收率([\d.]+)%", "p_q", "p_q_back", "p_q_rate")
    x.rate("p_q_back", "p_q", "p_q_rate", what="回收率")
    x.rx(r"满意度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%，平均满意度([\d.]+)%", "p_sat1", "p_sat2", "p_sat3", "p_sat_avg")
    for n in ("p_sat1", "p_sat2", "p_sat3", "p_sat_avg"):
        x.rate_range(n)
    x.avg(["p_sat1", "p_sat2", "p_sat3"], "p_sat_avg")
    x.same("p_sat_avg", "row:小作坊业主及摊主满意度_actual")
    # goals restated
    x.rx(r"全年抽检食品不少于(\d+)批次，完成(\d+)家小作坊规范提升、(\d+)户以上小摊点登记备案；小作坊产品抽检合格率不低于(\d+)%，"
         r"群众食品安全知晓率不低于(\d+)%，服务对象满意度不低于(\d+)%", "g1", "g2", "g3", "g4", "g5", "g6")
    for g, row in (("g1", "食品抽检批次"), ("g2", "小作坊规范提升达标户数"), ("g3", "小摊点登记备案数"),
                   ("g4", "小作坊产品抽检合格率"), ("g5", "群众食品安全知晓率"), ("g6", "小作坊业主及摊主满意度")):
        x.arith("conflicting_values", [g, f"row:{row}_target"], lambda v, g=g, row=row: v[g] == v[f"row:{row}_target"],
                f"goal {g} vs table target")
    x.rx(r"巡查记录不够规范，(\d{4})年纳入考核", "y:plan_next")
    x.year("plan_next", "later")


def spec_jiajiang(x):
    """夹江县 2021 — Sichuan outline; table copied from a web page (tab rows), 指标性质/度量单位 columns."""
    x.rx(r"^(\d{4})年度夹江县", "y:title"); x.year("title", "eval")
    x.rx(r"1．(\d{4})年食品安全抽检监测", "y:intro"); x.year("intro", "eval")
    x.rx(r"省、市市场监管部门下达的(\d{4})年食品安全抽检监测计划", "y:plan"); x.year("plan", "eval")
    x.rx(r"(\d{4})年年初预算([\d.]+)万元，其中中央食品安全监管补助资金([\d.]+)万元（(\d{4})年12月提前下达）、省级补助资金([\d.]+)万元、"
         r"县级财政资金([\d.]+)万元；8月县财政追加县级资金([\d.]+)万元用于快检设备购置，全年预算([\d.]+)万元，其中县级财政资金([\d.]+)万元",
         "y:budget", "p_ini:万元", "p_cen:万元", "y:adv", "p_prov:万元", "p_cty_ini:万元", "p_add:万元", "p_ann:万元",
         "p_cty_ann:万元")
    x.year("budget", "eval"); x.year("adv", "advance")
    x.total("p_ini", ["p_cen", "p_prov", "p_cty_ini"])
    x.total("p_ann", ["p_ini", "p_add"])
    x.total("p_cty_ann", ["p_cty_ini", "p_add"])
    x.total("p_ann", ["p_cen", "p_prov", "p_cty_ann"])
    x.rx(r"全年预算资金([\d.]+)万元全部到位，到位率(\d+)%", "p_recv:万元", "p_recv_rate")
    x.same("p_recv", "p_ann")
    x.rate("p_recv", "p_ann", "p_recv_rate", what="到位率"); x.rate_range("p_recv_rate")
    x.rx(r"截至(\d{4})年12月31日实际支出([\d.]+)万元，预算执行率([\d.]+)%", "y:asof", "p_exe:万元", "p_rate")
    x.year("asof", "eval")
    x.rate("p_exe", "p_ann", "p_rate", what="执行率"); x.rate_range("p_rate")
    x.rx(r"县级资金支出([\d.]+)万元，县级资金执行率([\d.]+)%", "p_cty_exe:万元", "p_cty_rate")
    x.rate("p_cty_exe", "p_cty_ann", "p_cty_rate", what="县级执行率"); x.rate_range("p_cty_rate")
    x.total("p_exe", ["p_cen", "p_prov", "p_cty_exe"], what="中央及省级资金全部支出 + 县级")
    x.rx(r"支出构成为：抽检检验费([\d.]+)(万元|元)，快检试剂及设备([\d.]+)(万元|元)，小作坊小摊点规范提升宣传培训([\d.]+)(万元|元)，"
         r"信息化及样品购置([\d.]+)(万元|元)", "c1", "@c1", "c2", "@c2", "c3", "@c3", "c4", "@c4")
    x.total("p_exe", ["c1", "c2", "c3", "c4"])
    x.rx(r"未支出的([\d.]+)万元为快检设备质保尾款，已结转至(\d{4})年支付", "p_bal:万元", "y:carry")
    x.year("carry", "carry")
    x.diff("p_recv", "p_exe", "p_bal")
    x.diff("p_cty_ann", "p_cty_exe", "p_bal", what="县级 unspent")
    # table
    s, e = x.region("项目支出绩效自评表（")
    x.rx(r"项目支出绩效自评表（(\d{4})年度）", "y:table"); x.year("table", "eval")
    rows = rows_tab(x.t, s, e)
    x.funds_rows(rows, ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"],
                 ["f_tot", "f_fin", "f_spec", "f_unit", "f_oth"], "f_tot", ["f_fin", "f_spec", "f_unit", "f_oth"])
    for a, b in (("p_ini", "f_tot_ini"), ("p_ann", "f_tot_ann"), ("p_exe", "f_tot_exe"), ("p_rate", "f_tot_rate")):
        x.same(a, b)
    x.rx(r"绩效指标（(\d+)分）", "t_perf_w")
    spec = [("out", "食品安全监督抽检批次", None), ("out", "其中：小作坊及小摊点食品抽检批次", None),
            ("out", "食品快检筛查批次", None), ("out", "小作坊登记证核发（含延续）", None),
            ("out", "抽检不合格食品核查处置率", None), ("out", "抽检信息公开时限", None), ("out", "抽检检验费用", None),
            ("ben", "监督抽检合格率", None), ("ben", "小作坊小摊点食品安全责任事故", None), ("ben", "集中区规范管理", "partly")]
    for block, name, qual in spec:
        nature, t, unit, a, w, sc = row_cells_by(rows, name, 6)
        d = DIRS.get(nature[0].strip())
        u = unit[0].strip()
        u = "" if u == "—" else u
        x.indicator(block, name, t, a, w, sc, qual=qual, dir_override=d, unit=None if qual else u)
    x.check_rows()
    tw, ts = row_cells_by(rows, "总分", 2, nonempty=True)
    x.put(cell_fig("t_total_w", *tw)); x.put(cell_fig("t_total", *ts))
    x.weight_and_score_sums("f_tot_w", "f_tot_score", totals_w=["t_total_w"], totals_s=["t_total"])
    x.total("t_perf_w", [r["w"].name for r in x.rows], code="weight_sum_mismatch", what="绩效指标 weights")
    x.rx(r"自评得分([\d.]+)分，评价等级为\"(优秀|良好|中等|合格|较差|差|优|良|中)\"", "p_total", "g:p_grade")
    x.same("p_total", "t_total")
    x.grade("p_total", "p_grade")
    # prose restating outputs / effects
    x.rx(r"全年完成食品安全监督抽检(\d+)批次，较(\d{4})年的(\d+)批次增长([\d.]+)%，其中小作坊及小摊点食品(\d+)批次，"
         r"单批次平均检验费用约(\d+)元；开展快检筛查([\d,]+)批次；核发（延续）小作坊登记证(\d+)家。抽检发现不合格食品(\d+)批次",
         "p_n", "y:last", "p_last", "p_growth", "p_ws", "p_unit_cost", "p_quick", "p_lic", "p_bad")
    x.year("last", "prev")
    x.arith("rate_mismatch", ["p_n", "p_last", "p_growth"],
            lambda v: abs((v["p_n"] - v["p_last"]) / v["p_last"] * HUNDRED - v["p_growth"]) <= x.tol("p_growth"), "growth")
    for a, row in (("p_n", "食品安全监督抽检批次"), ("p_ws", "其中：小作坊及小摊点食品抽检批次"), ("p_quick", "食品快检筛查批次"),
                   ("p_lic", "小作坊登记证核发（含延续）")):
        x.same(a, f"row:{row}_actual")
    x.approx("p_unit_cost", lambda: x.f["row:抽检检验费用_actual"].val * 10000 / x.f["row:食品安全监督抽检批次_actual"].val,
             "average_mismatch", "per-batch cost from the table")
    x.same("c1", "row:抽检检验费用_actual")
    x.rx(r"抽检信息均在(\d+)个工作日内公开", "p_days")
    x.same("p_days", "row:抽检信息公开时限_actual")
    x.rx(r"监督抽检合格率([\d.]+)%，其中小作坊及小摊点食品合格(\d+)批次，合格率([\d.]+)%", "p_pass", "p_ws_ok", "p_ws_rate")
    x.arith("rate_mismatch", ["p_n", "p_bad", "p_pass"],
            lambda v: abs((v["p_n"] - v["p_bad"]) / v["p_n"] * HUNDRED - v["p_pass"]) <= x.tol("p_pass"), "合格率")
    x.same("p_pass", "row:监督抽检合格率_actual")
    x.rate("p_ws_ok", "p_ws", "p_ws_rate", what="小作坊小摊点合格率")
    x.rx(r"全县(\d+)个小摊点集中经营区中(\d+)个完成规范改造，另(\d+)个", "p_zones", "p_zones_done", "p_zones_left")
    x.total("p_zones", ["p_zones_done", "p_zones_left"])
    x.rx(r"全年完成食品安全监督抽检不少于(\d+)批次（其中小作坊及小摊点食品不少于(\d+)批次）、快检筛查不少于(\d+)批次，"
         r"核发（延续）小作坊登记证不少于(\d+)家，监督抽检合格率不低于(\d+)%，抽检信息在(\d+)个工作日内公开",
         "g1", "g2", "g3", "g4", "g5", "g6")
    for g, row in (("g1", "食品安全监督抽检批次"), ("g2", "其中：小作坊及小摊点食品抽检批次"), ("g3", "食品快检筛查批次"),
                   ("g4", "小作坊登记证核发（含延续）"), ("g5", "监督抽检合格率"), ("g6", "抽检信息公开时限")):
        x.arith("conflicting_values", [g, f"row:{row}_target"], lambda v, g=g, row=row: v[g] == v[f"row:{row}_target"],
                f"goal {g} vs table target")
    x.rx(r"\t完成食品安全监督抽检(\d+)批次以上", "tg1")
    x.arith("conflicting_values", ["tg1", "row:食品安全监督抽检批次_target"],
            lambda v: v["tg1"] == v["row:食品安全监督抽检批次_target"], "总体目标 vs table target")
    x.rx(r"\t完成监督抽检(\d+)批次，核发（延续）小作坊登记证(\d+)家，(\d+)个小摊点集中经营区中(\d+)个完成规范改造",
         "ta1", "ta2", "ta3", "ta4")
    x.same("ta1", "row:食品安全监督抽检批次_actual"); x.same("ta2", "row:小作坊登记证核发（含延续）_actual")
    x.same("ta3", "p_zones"); x.same("ta4", "p_zones_done")
    x.rx(r"因道路改造顺延至(\d{4})年", "y:delay"); x.year("delay", "later")
    x.rx(r"纳入(\d{4})年重点工作清单", "y:next"); x.year("next", "later")


def spec_qidong(x):
    """祁东县 2022 — Hunan outline; PDF copy (runs of spaces), 自评表 split over a page break."""
    x.rx(r"开展(\d{4})年度预算绩效自评工作", "y:notice"); x.year("notice", "eval")
    x.rx(r"我单位对(\d{4})年食品小作坊", "y:intro"); x.year("intro", "eval")
    x.rx(r"(\d{4})年县财政批复本项目预算([\d.]+)万元，7月根据省市场监管局小作坊提质升级工作部署追加([\d.]+)万元，全年批复([\d.]+)万元，"
         r"实际到位([\d.]+)万元，到位率(\d+)%；加上(\d{4})年结转资金([\d.]+)万元，全年可用资金([\d.]+)万元",
         "y:budget", "p_ini:万元", "p_add:万元", "p_fin:万元", "p_recv:万元", "p_recv_rate", "y:carry_in",
         "p_carry_in:万元", "p_avail:万元")
    x.year("budget", "eval"); x.year("carry_in", "prev")
    x.total("p_fin", ["p_ini", "p_add"])
    x.rate("p_recv", "p_fin", "p_recv_rate", what="到位率"); x.rate_range("p_recv_rate")
    x.total("p_avail", ["p_recv", "p_carry_in"])
    x.rx(r"截至(\d{4})年12月31日，项目支出([\d.]+)万元，预算执行率([\d.]+)%，其中当年财政拨款支出([\d.]+)万元、(\d{4})年结转资金支出([\d.]+)万元",
         "y:asof", "p_exe:万元", "p_rate", "p_exe_fin:万元", "y:carry_in2", "p_exe_carry:万元")
    x.year("asof", "eval"); x.year("carry_in2", "prev")
    x.rate("p_exe", "p_avail", "p_rate", what="执行率"); x.rate_range("p_rate")
    x.total("p_exe", ["p_exe_fin", "p_exe_carry"])
    x.rx(r"小作坊提质升级补助([\d.]+)万元（(\d+)户，每户([\d.]+)万元即([\d,]+)元）", "b1:万元", "b1_n", "b1_each:万元", "b1_each_yuan:元")
    x.product("b1_n", "b1_each", "b1")
    x.same("b1_each", "b1_each_yuan")
    x.rx(r"小摊点集中经营区建设([\d.]+)万元（(\d+)个，每个([\d.]+)万元）", "b2:万元", "b2_n", "b2_each:万元")
    x.product("b2_n", "b2_each", "b2")
    x.rx(r"抽检委托检验费([\d.]+)万元（(\d+)批次，每批次(\d+)元）", "b3:万元", "b3_n", "b3_each:元")
    x.product("b3_n", "b3_each", "b3")
    x.rx(r"快检及宣传培训([\d.]+)万元", "b4:万元")
    x.total("p_exe", ["b1", "b2", "b3", "b4"])
    x.rx(r"未使用的([\d.]+)万元已结转至(\d{4})年", "p_bal:万元", "y:carry")
    x.year("carry", "carry")
    x.diff("p_avail", "p_exe", "p_bal")
    x.rx(r"按预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置指标权重", "bw_exec", "bw_out", "bw_ben", "bw_sat")
    # table (PDF, split over a page break; header printed again)
    s, e = x.region("项目支出绩效自评表\n（")
    x.rx(r"项目支出绩效自评表\n（(\d{4})年度）", "y:table"); x.year("table", "eval")
    rows = rows_space(x.t, s, e)
    x.funds_rows(rows, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"],
                 ["f_tot", "f_fin", "f_carry", "f_oth"], "f_tot", ["f_fin", "f_carry", "f_oth"])
    for a, b in (("p_ini", "f_tot_ini"), ("p_fin", "f_fin_ann"), ("p_carry_in", "f_carry_ann"), ("p_avail", "f_tot_ann"),
                 ("p_exe", "f_tot_exe"), ("p_rate", "f_tot_rate"), ("p_exe_fin", "f_fin_exe"), ("p_exe_carry", "f_carry_exe")):
        x.same(a, b)
    hdr = [r for r in rows if r and r[0][0] == "一级指标"]
    x.res("conflicting_values", len(hdr) == 2, [], "indicator header printed on both pages")
    spec = [("out", "小作坊提质升级改造户数", None), ("out", "集中经营区建设个数", None), ("out", "小作坊及小摊点产品抽检批次", None),
            ("out", "食品安全快检批次", None), ("out", "改造验收合格率", None), ("out", "抽检不合格产品核查处置率", None),
            ("out", "改造完成时间", None), ("out", "单户改造补助标准", None),
            ("ben", "小作坊及小摊点产品抽检合格率", None), ("ben", "食品安全责任事故", None),
            ("ben", "一户一档电子档案建档率", None), ("ben", "小摊点长效管理机制", "partly"),
            ("sat", "小作坊业主满意度", None), ("sat", "周边群众满意度", None)]
    for block, name, qual in spec:
        t, a, w, sc = row_cells_by(rows, name, 4)
        x.indicator(block, name, t, a, w, sc, qual=qual)
    x.check_rows()
    tw, ts = row_cells_by(rows, "总分", 2)
    x.put(cell_fig("t_total_w", *tw)); x.put(cell_fig("t_total", *ts))
    x.weight_and_score_sums("f_tot_w", "f_tot_score", totals_w=["t_total_w"], totals_s=["t_total"],
                            block_w={"exec": "bw_exec", "out": "bw_out", "ben": "bw_ben", "sat": "bw_sat"})
    # prose
    x.rx(r"完成(\d+)户小作坊提质升级改造和(\d+)个小摊点集中经营区建设，抽检小作坊及小摊点产品不少于(\d+)批次，"
         r"小作坊及小摊点产品抽检合格率不低于(\d+)%，服务对象满意度不低于(\d+)%", "g1", "g2", "g3", "g4", "g5")
    for g, row in (("g1", "小作坊提质升级改造户数"), ("g2", "集中经营区建设个数"), ("g3", "小作坊及小摊点产品抽检批次"),
                   ("g4", "小作坊及小摊点产品抽检合格率"), ("g5", "小作坊业主满意度"), ("g5", "周边群众满意度")):
        x.arith("conflicting_values", [g, f"row:{row}_target"], lambda v, g=g, row=row: v[g] == v[f"row:{row}_target"],
                f"goal {g} vs table target")
    x.rx(r"完成(\d+)户小作坊提质升级和(\d+)个小摊点集中经营区建设，抽检小作坊及小摊点产品(\d+)批次以上", "tg1", "tg2", "tg3")
    x.rx(r"完成(\d+)户小作坊提质升级和(\d+)个集中经营区建设，抽检(\d+)批次", "ta1", "ta2", "ta3")
    for a, b in (("tg1", "小作坊提质升级改造户数_target"), ("tg2", "集中经营区建设个数_target"),
                 ("tg3", "小作坊及小摊点产品抽检批次_target"), ("ta1", "小作坊提质升级改造户数_actual"),
                 ("ta2", "集中经营区建设个数_actual"), ("ta3", "小作坊及小摊点产品抽检批次_actual")):
        x.arith("conflicting_values", [a, "row:" + b], lambda v, a=a, b=b: v[a] == v["row:" + b], "总体目标 vs table")
    x.rx(r"预算执行率低于(\d+)%", "p_rate_below")
    x.res("rate_mismatch", x.f["p_rate"].val < x.f["p_rate_below"].val, ["p_rate", "p_rate_below"], "执行率 stated below 90%")
    x.rx(r"完成小作坊提质升级改造(\d+)户，完成年度目标（(\d+)户）的([\d.]+)%", "p_shops", "p_shops_t", "p_shops_c")
    x.same("p_shops", "row:小作坊提质升级改造户数_actual")
    x.same("p_shops", "b1_n")
    x.same("p_shops_t", "row:小作坊提质升级改造户数_target")
    x.rate("p_shops", "p_shops_t", "p_shops_c", code="completion_mismatch", what="completion")
    x.rx(r"建成小摊点集中经营区(\d+)个", "p_zones")
    x.same("p_zones", "row:集中经营区建设个数_actual"); x.same("p_zones", "b2_n")
    x.rx(r"抽检小作坊及小摊点产品(\d+)批次，其中小作坊产品(\d+)批次、小摊点食品(\d+)批次", "p_n", "p_n1", "p_n2")
    x.total("p_n", ["p_n1", "p_n2"])
    x.same("p_n", "row:小作坊及小摊点产品抽检批次_actual"); x.same("p_n", "b3_n")
    x.rx(r"快检室全年开展快检([\d,]+)批次", "p_quick")
    x.same("p_quick", "row:食品安全快检批次_actual")
    x.rx(r"抽检合格(\d+)批次，小作坊及小摊点产品抽检合格率([\d.]+)%", "p_ok", "p_pass")
    x.rate("p_ok", "p_n", "p_pass", what="合格率")
    x.same("p_pass", "row:小作坊及小摊点产品抽检合格率_actual")
    x.rx(r"全县登记小作坊(\d+)户，建档(\d+)户，建档率([\d.]+)%", "p_reg", "p_files", "p_files_rate")
    x.rate("p_files", "p_reg", "p_files_rate", what="建档率")
    x.same("p_files_rate", "row:一户一档电子档案建档率_actual")
    x.rx(r"小作坊业主满意度([\d.]+)%，低于目标值", "p_sat_owner")
    x.same("p_sat_owner", "row:小作坊业主满意度_actual")
    x.rx(r"(\d+)户业主因厂房租赁到期", "p_left")
    x.diff("p_shops_t", "p_shops", "p_left", code="sum_mismatch", what="remaining households")
    x.rx(r"将剩余改造任务纳入(\d{4})年工作计划", "y:next"); x.year("next", "later")
    x.rx(r"资料不全，(\d{4})年一季度补齐", "y:fix"); x.year("fix", "later")


def spec_queshan(x):
    """确山县 2024 — 部门整体支出; web copy (tab rows): funds table, project table, indicator table."""
    x.rx(r"^确山县市场监督管理局\n(\d{4})年度部门整体支出", "y:title"); x.year("title", "eval")
    x.rx(r"(\d{4})年，我局把", "y:intro"); x.year("intro", "eval")
    x.rx(r"(\d{4})年年初预算([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元；年中追加调整后全年预算([\d,.]+)万元，"
         r"其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元。全年预算中，一般公共预算拨款([\d,.]+)万元，上年结转资金([\d,.]+)万元",
         "y:budget", "p_ini:万元", "p_ini_b:万元", "p_ini_p:万元", "p_ann:万元", "p_ann_b:万元", "p_ann_p:万元",
         "p_gen:万元", "p_carry_in:万元")
    x.year("budget", "eval")
    x.total("p_ini", ["p_ini_b", "p_ini_p"])
    x.total("p_ann", ["p_ann_b", "p_ann_p"])
    x.total("p_ann", ["p_gen", "p_carry_in"])
    x.rx(r"全年支出([\d,.]+)万元，部门预算执行率([\d.]+)%", "p_exe:万元", "p_rate")
    x.rate("p_exe", "p_ann", "p_rate", what="执行率"); x.rate_range("p_rate")
    x.rx(r"其中基本支出([\d,.]+)万元（人员经费([\d,.]+)万元、公用经费([\d,.]+)万元），基本支出占全年预算的([\d.]+)%",
         "p_exe_b:万元", "p_staff:万元", "p_office:万元", "p_share")
    x.total("p_exe_b", ["p_staff", "p_office"])
    x.rate("p_exe_b", "p_ann", "p_share", what="share of 基本支出")
    x.rx(r"项目支出([\d,.]+)万元，项目支出执行率([\d.]+)%", "p_exe_p:万元", "p_rate_p")
    x.rate("p_exe_p", "p_ann_p", "p_rate_p", what="项目执行率"); x.rate_range("p_rate_p")
    x.total("p_exe", ["p_exe_b", "p_exe_p"])
    x.rx(r"全年结余([\d,.]+)万元", "p_bal:万元")
    x.diff("p_ann", "p_exe", "p_bal")
    x.rx(r"政策调整未执行的([\d.]+)万元（已由财政收回）", "p_ip_unspent:万元")
    x.rx(r"待结算尾款（已结转至(\d{4})年）", "y:carry"); x.year("carry", "carry")
    x.rx(r"\"三公\"经费支出([\d.]+)万元（([\d,]+)元）", "p_3g:万元", "p_3g_yuan:元")
    x.same("p_3g", "p_3g_yuan")
    # funds table
    s, e = x.region("单位：万元", "三、项目支出绩效自评情况")
    rows = rows_tab(x.t, s, e)
    for lab, p in (("合计", "f_tot"), ("基本支出", "f_b"), ("项目支出", "f_p")):
        x.cells(p, after(rows, lab), ["ini:万元", "ann:万元", "exe:万元", "rate"])
        x.rate(f"{p}_exe", f"{p}_ann", f"{p}_rate", what="执行率"); x.rate_range(f"{p}_rate")
    for col in ("ini", "ann", "exe"):
        x.total(f"f_tot_{col}", [f"f_b_{col}", f"f_p_{col}"])
    for a, b in (("p_ini", "f_tot_ini"), ("p_ini_b", "f_b_ini"), ("p_ini_p", "f_p_ini"), ("p_ann", "f_tot_ann"),
                 ("p_ann_b", "f_b_ann"), ("p_ann_p", "f_p_ann"), ("p_exe", "f_tot_exe"), ("p_rate", "f_tot_rate"),
                 ("p_exe_b", "f_b_exe"), ("p_exe_p", "f_p_exe"), ("p_rate_p", "f_p_rate")):
        x.same(a, b)
    # project table
    s, e = x.region("各项目情况如下：", "食品安全监督抽检项目全年")
    rows = rows_tab(x.t, s, e)
    projects = [("食品安全监督抽检", "pj1"), ("食品小作坊小摊点规范提升", "pj2"), ("市场监管综合执法办案", "pj3"),
                ("特种设备安全监察", "pj4"), ("12315投诉举报处置", "pj5"), ("知识产权创造运用", "pj6"), ("食品安全应急处置", "pj7")]
    for lab, p in projects:
        x.cells(p, after(rows, lab), ["ann:万元", "exe:万元", "rate", "score"])
        if x.f[f"{p}_ann"].val == 0:
            x.rate_cell_zero_base(f"{p}_ann", f"{p}_rate")
            x.res("average_mismatch", x.f[f"{p}_score"].text == "—", [f"{p}_score"], "zero-base project not scored")
        else:
            x.rate(f"{p}_exe", f"{p}_ann", f"{p}_rate", what="项目执行率"); x.rate_range(f"{p}_rate")
    x.cells("pjt", after(rows, "合计"), ["ann:万元", "exe:万元", "rate"])
    x.total("pjt_ann", [f"{p}_ann" for _, p in projects])
    x.total("pjt_exe", [f"{p}_exe" for _, p in projects])
    x.rate("pjt_exe", "pjt_ann", "pjt_rate", what="项目合计执行率")
    x.same("pjt_ann", "f_p_ann"); x.same("pjt_exe", "f_p_exe"); x.same("pjt_rate", "f_p_rate")
    x.diff("pj6_ann", "pj6_exe", "p_ip_unspent")
    x.rx(r"对(\d{4})年度(\d+)个项目开展了自评", "y:eval2", "p_nproj"); x.year("eval2", "eval")
    x.rx(r"其余(\d+)个项目平均自评得分([\d.]+)分", "p_nscored", "p_avg")
    x.arith("sum_mismatch", ["p_nproj", "p_nscored"], lambda v: v["p_nproj"] - 1 == v["p_nscored"], "projects scored")
    x.res("sum_mismatch", len(projects) == x.f["p_nproj"].val, ["p_nproj"], "project count")
    x.avg([f"{p}_score" for _, p in projects[:6]], "p_avg")
    x.rx(r"知识产权创造运用项目执行率仅([\d.]+)%", "p_ip_rate")
    x.same("p_ip_rate", "pj6_rate")
    # indicator table
    s, e = x.region("部门整体绩效自评表如下：", "五、自评结论")
    rows = rows_tab(x.t, s, e)
    x.cells("t_exec", after(rows, "部门预算执行率"), ["target", "actual", "w", "score"])
    x.same("t_exec_actual", "f_tot_rate")
    x.exec_score("t_exec_w", "t_exec_score", "f_tot_exe", "f_tot_ann", "t_exec_actual")
    spec = [("out", "食品安全监督抽检批次", None), ("out", "食品小作坊登记及规范提升", None), ("out", "小摊点备案登记", None),
            ("out", "特种设备定期检验率", None), ("out", "抽检不合格食品核查处置率", None), ("out", "投诉举报按时办结率", None),
            ("out", "抽检信息公开时限", None), ("out", "\"三公\"经费支出", None),
            ("ben", "食品抽检合格率", None), ("ben", "区域性系统性食品安全事故", None), ("ben", "营商环境", "achieved"),
            ("sat", "市场主体及群众满意度", None)]
    for block, name, qual in spec:
        t, a, w, sc = row_cells_by(rows, name, 4)
        x.indicator(block, name, t, a, w, sc, qual=qual)
    x.check_rows()
    tw, ts = row_cells_by(rows, "合计", 2, nonempty=True)
    x.put(cell_fig("t_total_w", *tw)); x.put(cell_fig("t_total", *ts))
    x.weight_and_score_sums("t_exec_w", "t_exec_score", totals_w=["t_total_w"], totals_s=["t_total"])
    x.same("p_3g", "row:\"三公\"经费支出_actual")
    x.rx(r"绩效自评得分([\d.]+)分，评价等级为\"(优秀|良好|中等|合格|较差|差|优|良|中)\"", "p_total", "g:p_grade")
    x.same("p_total", "t_total")
    x.grade("p_total", "p_grade")
    x.rx(r"(\d{4})年度部门整体支出绩效自评得分", "y:concl"); x.year("concl", "eval")
    # prose on outputs
    x.rx(r"全年完成抽检([\d,]+)批次，较(\d{4})年的([\d,]+)批次增加(\d+)批次，其中小作坊产品(\d+)批次、小摊点及小餐饮食品(\d+)批次、"
         r"其他食品([\d,]+)批次；检出不合格(\d+)批次，均已核查处置，抽检合格率([\d.]+)%，抽检信息在(\d+)个工作日内全部公开",
         "p_n", "y:last", "p_last", "p_incr", "p_n1", "p_n2", "p_n3", "p_bad", "p_pass", "p_days")
    x.year("last", "prev")
    x.diff("p_n", "p_last", "p_incr", code="sum_mismatch", what="increase")
    x.total("p_n", ["p_n1", "p_n2", "p_n3"])
    x.arith("rate_mismatch", ["p_n", "p_bad", "p_pass"],
            lambda v: abs((v["p_n"] - v["p_bad"]) / v["p_n"] * HUNDRED - v["p_pass"]) <= x.tol("p_pass"), "合格率")
    x.same("p_n", "row:食品安全监督抽检批次_actual"); x.same("p_pass", "row:食品抽检合格率_actual")
    x.same("p_days", "row:抽检信息公开时限_actual")
    x.rx(r"完成(\d+)家小作坊登记及规范提升、(\d+)户小摊点备案登记", "p_shops", "p_stalls")
    x.same("p_shops", "row:食品小作坊登记及规范提升_actual"); x.same("p_stalls", "row:小摊点备案登记_actual")
    x.rx(r"发放问卷(\d+)份，回收(\d+)份，回收率([\d.]+)%", "p_q", "p_q_back", "p_q_rate")
    x.rate("p_q_back", "p_q", "p_q_rate", what="回收率")
    x.rx(r"市场主体满意度([\d.]+)%，群众满意度([\d.]+)%，综合满意度([\d.]+)%", "p_sat1", "p_sat2", "p_sat")
    for n in ("p_sat1", "p_sat2", "p_sat"):
        x.rate_range(n)
    x.avg(["p_sat1", "p_sat2"], "p_sat")
    x.same("p_sat", "row:市场主体及群众满意度_actual")


def spec_meixian(x):
    """眉县 2025 — MOF reference outline; 自评表 one cell a line with (A)/(B)/(B/A)."""
    x.rx(r"^眉县市场监督管理局\n(\d{4})年度食品", "y:title"); x.year("title", "eval")
    x.rx(r"我局(\d{4})年实施食品小作坊", "y:intro"); x.year("intro", "eval")
    x.rx(r"全年登记（含规范提升）小作坊(\d+)家以上，将(\d+)户以上小摊点纳入\"一点一档\"管理，监督抽检(\d+)批次以上，"
         r"培训\"三小\"从业人员(\d+)人次以上，监督抽检合格率不低于(\d+)%，服务对象满意度不低于(\d+)%",
         "g1", "g2", "g3", "g4", "g5", "g6")
    x.rx(r"按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分的权重", "bw_exec", "bw_out", "bw_ben", "bw_sat")
    x.rx(r"综合得分([\d.]+)分，评价等级为\"(优秀|良好|中等|合格|较差|差|优|良|中)\"", "p_total", "g:p_grade")
    x.rx(r"(\d{4})年年初预算([\d.]+)万元，其中省级食品安全专项资金([\d.]+)万元（(\d{4})年12月提前下达）、县级资金([\d.]+)万元；"
         r"10月因部分培训改为线上开展，县级资金调减([\d.]+)万元，全年预算([\d.]+)万元",
         "y:budget", "p_ini:万元", "p_prov:万元", "y:adv", "p_cty:万元", "p_cut:万元", "p_ann:万元")
    x.year("budget", "eval"); x.year("adv", "advance")
    x.total("p_ini", ["p_prov", "p_cty"])
    x.diff("p_ini", "p_cut", "p_ann", code="sum_mismatch", what="budget after 调减")
    x.rx(r"资金到位([\d.]+)万元，到位率(\d+)%", "p_recv:万元", "p_recv_rate")
    x.rate("p_recv", "p_ann", "p_recv_rate", what="到位率"); x.rate_range("p_recv_rate")
    x.rx(r"截至(\d{4})年12月31日支出([\d.]+)万元，执行率([\d.]+)%", "y:asof", "p_exe:万元", "p_rate")
    x.year("asof", "eval")
    x.rate("p_exe", "p_ann", "p_rate", what="执行率"); x.rate_range("p_rate")
    x.rx(r"省级资金支出([\d.]+)万元，执行率(\d+)%", "p_exe_prov:万元", "p_rate_prov")
    x.rate("p_exe_prov", "p_prov", "p_rate_prov", what="省级执行率"); x.rate_range("p_rate_prov")
    x.rx(r"县级资金支出([\d.]+)万元，执行率([\d.]+)%", "p_exe_cty:万元", "p_rate_cty")
    x.arith("rate_mismatch", ["p_exe_cty", "p_cty", "p_cut", "p_rate_cty"],
            lambda v: abs(v["p_exe_cty"] / (v["p_cty"] - v["p_cut"]) * HUNDRED - v["p_rate_cty"]) <= x.tol("p_rate_cty"),
            "县级执行率 on the reduced county budget")
    x.rate_range("p_rate_cty")
    x.total("p_exe", ["p_exe_prov", "p_exe_cty"])
    x.rx(r"结余([\d.]+)万元已由县财政收回", "p_bal:万元")
    x.diff("p_recv", "p_exe", "p_bal")
    x.rx(r"抽检检验费([\d.]+)万元（(\d+)批次，单批次([\d,]+)元），培训宣传([\d.]+)万元，小摊点\"一点一档\"标识及档案([\d.]+)万元，快检耗材([\d.]+)万元",
         "c1:万元", "c1_n", "c1_each:元", "c2:万元", "c3:万元", "c4:万元")
    x.total("p_exe", ["c1", "c2", "c3", "c4"])
    x.product("c1_n", "c1_each", "c1")
    # table
    s, e = x.region("项目支出绩效自评表")
    x.rx(r"\t项目支出绩效自评表\n\n\t（(\d{4})年度）", "y:table"); x.year("table", "eval")
    rows = rows_onecell(x.t, s, e)
    x.funds_rows(rows, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"],
                 ["f_tot", "f_fin", "f_carry", "f_oth"], "f_tot", ["f_fin", "f_carry", "f_oth"])
    for a, b in (("p_ini", "f_tot_ini"), ("p_ann", "f_tot_ann"), ("p_exe", "f_tot_exe"), ("p_rate", "f_tot_rate")):
        x.same(a, b)
    spec = [("out", "小作坊登记（含规范提升）数", None), ("out", "小摊点\"一点一档\"管理数", None), ("out", "食品安全监督抽检批次", None),
            ("out", "\"三小\"从业人员培训人次", None), ("out", "抽检不合格食品核查处置率", None), ("out", "抽检结果公布时限", None),
            ("out", "单批次检验成本", None), ("ben", "监督抽检合格率", None), ("ben", "\"三小\"食源性疾病事件", None),
            ("ben", "群众食品安全知晓率", None), ("ben", "小摊点疏导区长效管理机制", "partly"),
            ("sat", "消费者满意度", None), ("sat", "\"三小\"经营者满意度", None)]
    for block, name, qual in spec:
        t, a, w, sc = row_cells_by(rows, name, 4)
        x.indicator(block, name, t, a, w, sc, qual=qual)
    x.check_rows()
    tw, ts = row_cells_by(rows, "总分", 2, nonempty=True)
    x.put(cell_fig("t_total_w", *tw)); x.put(cell_fig("t_total", *ts))
    x.weight_and_score_sums("f_tot_w", "f_tot_score", totals_w=["t_total_w"], totals_s=["t_total"],
                            block_w={"exec": "bw_exec", "out": "bw_out", "ben": "bw_ben", "sat": "bw_sat"})
    x.same("p_total", "t_total")
    x.grade("p_total", "p_grade")
    for g, row in (("g1", "小作坊登记（含规范提升）数"), ("g2", "小摊点\"一点一档\"管理数"), ("g3", "食品安全监督抽检批次"),
                   ("g4", "\"三小\"从业人员培训人次"), ("g5", "监督抽检合格率"), ("g6", "消费者满意度"), ("g6", "\"三小\"经营者满意度")):
        x.arith("conflicting_values", [g, f"row:{row}_target"], lambda v, g=g, row=row: v[g] == v[f"row:{row}_target"],
                f"goal {g} vs table target")
    # prose on outputs and effects
    x.rx(r"全年登记（含规范提升）小作坊(\d+)家；", "p_shops")
    x.same("p_shops", "row:小作坊登记（含规范提升）数_actual")
    x.rx(r"纳入\"一点一档\"管理的小摊点(\d+)户", "p_stalls")
    x.same("p_stalls", "row:小摊点\"一点一档\"管理数_actual")
    x.rx(r"完成监督抽检(\d+)批次，较(\d{4})年的(\d+)批次增长([\d.]+)%", "p_n", "y:last", "p_last", "p_growth")
    x.year("last", "prev")
    x.same("p_n", "row:食品安全监督抽检批次_actual"); x.same("p_n", "c1_n")
    x.arith("rate_mismatch", ["p_n", "p_last", "p_growth"],
            lambda v: abs((v["p_n"] - v["p_last"]) / v["p_last"] * HUNDRED - v["p_growth"]) <= x.tol("p_growth"), "growth")
    x.rx(r"培训\"三小\"从业人员(\d+)人次，完成年度目标的([\d.]+)%", "p_train", "p_train_c")
    x.same("p_train", "row:\"三小\"从业人员培训人次_actual")
    x.rate("p_train", "row:\"三小\"从业人员培训人次_target", "p_train_c", code="completion_mismatch", what="completion")
    x.rx(r"单批次检验成本([\d,]+)元，超出控制目标(\d+)元，完成率([\d.]+)%", "p_cost:元", "p_over:元", "p_cost_c")
    x.same("p_cost", "row:单批次检验成本_actual"); x.same("p_cost", "c1_each")
    x.diff("p_cost", "row:单批次检验成本_target", "p_over", code="sum_mismatch", what="excess over the cost cap")
    x.arith("completion_mismatch", ["p_cost", "row:单批次检验成本_target", "p_cost_c"],
            lambda v: abs(min(HUNDRED, v["row:单批次检验成本_target"] / v["p_cost"] * HUNDRED) - v["p_cost_c"]) <= x.tol("p_cost_c"),
            "lte completion")
    x.rx(r"监督抽检合格(\d+)批次，合格率([\d.]+)%；群众食品安全知晓率([\d.]+)%", "p_ok", "p_pass", "p_aware")
    x.rate("p_ok", "p_n", "p_pass", what="合格率")
    x.same("p_pass", "row:监督抽检合格率_actual"); x.same("p_aware", "row:群众食品安全知晓率_actual")
    x.rx(r"(\d+)月发生(\d+)起小摊点食源性疾病事件", "-", "p_incidents")
    x.same("p_incidents", "row:\"三小\"食源性疾病事件_actual")
    x.rx(r"消费者满意度([\d.]+)%，\"三小\"经营者满意度([\d.]+)%，两类对象平均满意度([\d.]+)%", "p_sat1", "p_sat2", "p_sat_avg")
    for n in ("p_sat1", "p_sat2", "p_sat_avg"):
        x.rate_range(n)
    x.avg(["p_sat1", "p_sat2"], "p_sat_avg")
    x.same("p_sat1", "row:消费者满意度_actual"); x.same("p_sat2", "row:\"三小\"经营者满意度_actual")
    x.rx(r"因搬迁未完成登记，(\d{4})年继续推进", "y:next"); x.year("next", "later")
    x.rx(r"一是(\d+)家小作坊因搬迁未完成登记", "p_unreg")
    x.rx(r"\t(\d+)家小作坊因搬迁未完成登记", "t_unreg")
    for n in ("p_unreg", "t_unreg"):
        x.diff("row:小作坊登记（含规范提升）数_target", "row:小作坊登记（含规范提升）数_actual", n, code="sum_mismatch",
               what="households not registered")
    x.rx(r"共发放问卷(\d+)份", "p_q")
    x.rx(r"建议(\d{4})年预算", "y:next2"); x.year("next2", "later")
    x.rx(r"\n(\d{4})年1月20日\n", "y:dated"); x.year("dated", "report")


SPECS = {
    "jishan-sanxiao-2019": (2019, spec_jishan),
    "jiajiang-choujian-2021": (2021, spec_jiajiang),
    "qidong-zuofang-2022": (2022, spec_qidong),
    "queshan-scjg-dept-2024": (2024, spec_queshan),
    "meixian-tandian-2025": (2025, spec_meixian),
}


# ================================================================ driver
def run(source, text):
    year, spec = SPECS[source]
    x = Ctx(text, year)
    spec(x)
    return x


def edit_region(a, b):
    """The one contiguous edit turning a into b: (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    verbose = "-v" in sys.argv
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    problems = []
    counts = {c: 0 for c in ERROR_CODES}
    n_checks = 0
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
                clean_text[lab["source"]] = fh.read()
    if len(labels) != 35 or len(clean_text) != 5:
        problems.append(f"expected 35 cases / 5 clean drafts, got {len(labels)} / {len(clean_text)}")
    for src, t in clean_text.items():
        if not 1500 <= len(t) <= 5000:
            problems.append(f"{src}: clean draft has {len(t)} characters")
    for lab in labels:
        name, src = lab["case"], lab["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            x = run(src, text)
        except ExtractError as exc:
            problems.append(f"{name}: extraction failed: {exc}")
            continue
        n_checks += len(x.results)
        fails = [r for r in x.results if not r[1]]
        err_codes = sorted({r[0] for r in fails if r[0] in ERROR_CODES})
        warns = sorted({r[0] for r in fails if r[0] not in ERROR_CODES})
        if verbose:
            print(f"{name}: {len(x.results)} checks, errors={err_codes} warnings={warns}")
            for r in fails:
                print("    ", r[0], "|", r[3])
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            if fails:
                problems.append(f"{name}: clean draft fails " + "; ".join(f"{r[0]}: {r[3]}" for r in fails))
            continue
        exp = lab["expected"]
        if len(exp) != 1 or exp[0]["severity"] != "error" or exp[0]["code"] not in ERROR_CODES:
            problems.append(f"{name}: expected one error label, got {exp}")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        counts[code] += 1
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
            continue
        vs = text.index(value)
        ve = vs + len(value)
        if err_codes != [code]:
            problems.append(f"{name}: labelled {code}, failing error codes {err_codes}: "
                            + "; ".join(f"{r[0]}: {r[3]}" for r in fails))
        hit = False
        for r in fails:
            if r[0] != code:
                continue
            for n in r[2]:
                s, e = x.f[n].span
                if s < ve and vs < e:
                    hit = True
        if not hit:
            problems.append(f"{name}: no failing {code} check reads a figure inside the value {value!r}")
        clean = clean_text[src]
        s, ea, eb = edit_region(clean, text)
        if ea - s > 40 or eb - s > 40 or eb - s == 0 and ea - s == 0:
            problems.append(f"{name}: edit of {ea - s} -> {eb - s} characters")
        if not (s < ve and vs < max(eb, s + 1)):
            problems.append(f"{name}: the edit [{s},{eb}) does not overlap the value [{vs},{ve})")
        if clean[:s] + text[s:eb] + clean[ea:] != text:
            problems.append(f"{name}: not one contiguous edit")
    for c in ERROR_CODES:
        if counts[c] < 2:
            problems.append(f"code {c} labelled {counts[c]} times (need >= 2)")
    if problems:
        print("\n".join(problems))
        print("FAIL")
        sys.exit(1)
    if verbose:
        print({c: counts[c] for c in ERROR_CODES}, f"{n_checks} checks run")
    print("OK")


if __name__ == "__main__":
    main()
