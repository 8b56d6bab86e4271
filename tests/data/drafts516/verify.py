#!/usr/bin/env python3
"""verify.py — drafts516: read every figure back from each case's text and redo its arithmetic.

Standard library + decimal only. For every case in labels.jsonl:
  * a project-specific reader pulls the figures out of the text (regular expressions anchored on the
    wording, tables rebuilt from ｜ / tab / flattened one-cell-per-line layouts);
  * the identities of rules.md §7 are recomputed with the tolerance of §8 (stated decimals, ROUND_HALF_UP
    conventions, approximations marked 约 are compared with their own half-unit);
  * every failing identity is reported with the code errors.md §A assigns to it. A failing sum, rate,
    balance or restatement that is reconciled exactly by reading ONE amount in another money unit
    (元 <-> 万元 <-> 亿元) is reported as unit_mismatch instead (errors.md #11, "most specific wins").
Expectations: a clean draft fails nothing (no error, no score-rule warning); an error case fails its
labelled code and no other error code. Label hygiene is checked as well (value occurs exactly once,
one contiguous edit <= 40 characters overlapping the value, every §A code used at least twice).
Prints OK on success, otherwise the list of problems, and exits 1.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
MAX_EDIT = 40


class ParseError(Exception):
    pass


# --------------------------------------------------------------------------- numbers

class Num:
    """A number as written: exact value, decimals, unit, approximation marker."""

    def __init__(self, raw, unit="", approx=False, label=""):
        raw = raw.replace(",", "").strip()
        self.raw = raw
        self.v = D(raw)
        self.d = len(raw.split(".")[1]) if "." in raw else 0
        self.unit = unit
        self.approx = approx
        self.label = label

    def tol(self):
        return D("0.5") * (D(10) ** -self.d) + D("1e-9")

    def with_unit(self, unit):
        n = Num(self.raw, unit, self.approx, self.label)
        return n

    def __repr__(self):
        return ("约" if self.approx else "") + self.raw + self.unit


def factor(unit):
    """(factor to the base unit, base unit). Money is based in 元; 万X counts in X."""
    if unit == "万元":
        return D(10000), "元"
    if unit == "亿元":
        return D(100000000), "元"
    if unit == "元":
        return D(1), "元"
    if unit.startswith("万") and len(unit) > 1:
        return D(10000), unit[1:]
    return D(1), unit


def base(n):
    return n.v * factor(n.unit)[0]


def tol_base(n):
    return n.tol() * factor(n.unit)[0]


def ok_base(stated, computed_base):
    return abs(computed_base - base(stated)) <= tol_base(stated)


def ok_pct(stated, computed):
    return abs(computed - stated.v) <= stated.tol()


ALT_UNITS = {"万元": ("元", "亿元"), "元": ("万元",), "亿元": ("万元",)}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}
GRADE_RE = r"(?P<g>优秀|良好|中等|较差|不合格|合格|一般|优|良|中|差)"


# --------------------------------------------------------------------------- report

class Report:
    def __init__(self):
        self.errors = []    # (code, message)
        self.warnings = []  # (code, message)

    def err(self, code, msg):
        assert code in CODES_A, code
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def codes(self):
        return sorted({c for c, _ in self.errors})


def run(R, code, label, fn, nums):
    """Run identity fn(nums) -> (bool, detail). On failure, probe a unit slip of one money amount."""
    good, detail = fn(nums)
    if good:
        return True
    for i, n in enumerate(nums):
        if n is None:
            continue
        for alt in ALT_UNITS.get(n.unit, ()):
            trial = list(nums)
            trial[i] = n.with_unit(alt)
            ref = nums[0] if i != 0 else next((x for x in nums[1:] if x is not None), None)
            # a slip must matter: reading the amount in another unit may not simply make it vanish
            # inside the tolerance of the figure it is compared with (4.32元 next to 85.00万元)
            negligible = (ref is not None and factor(ref.unit)[1] == factor(alt)[1]
                          and abs(base(trial[i])) <= 10 * tol_base(ref))
            if not negligible and fn(trial)[0]:
                R.err("unit_mismatch", f"{label}: {n!r} only fits when read as {alt} ({detail})")
                return False
    R.err(code, f"{label}: {detail}")
    return False


# identities --------------------------------------------------------------------

def chk_sum(R, label, total, parts, signs=None, code="sum_mismatch"):
    signs = signs or [1] * len(parts)

    def fn(ns):
        c = sum(s * base(p) for s, p in zip(signs, ns[1:]))
        return ok_base(ns[0], c), f"stated {ns[0]!r}, parts give {c / factor(ns[0].unit)[0]}"
    return run(R, code, label, fn, [total] + list(parts))


def chk_product(R, label, total, per, count):
    def fn(ns):
        c = base(ns[1]) * ns[2].v
        return ok_base(ns[0], c), f"stated {ns[0]!r}, {ns[1]!r} x {ns[2].v} = {c / factor(ns[0].unit)[0]}"
    return run(R, "sum_mismatch", label, fn, [total, per, count])


def chk_balance(R, label, stated, a, b):
    def fn(ns):
        c = base(ns[1]) - base(ns[2])
        return ok_base(ns[0], c), f"stated {ns[0]!r}, {ns[1]!r} - {ns[2]!r} = {c / factor(ns[0].unit)[0]}"
    return run(R, "balance_mismatch", label, fn, [stated, a, b])


def chk_rate(R, label, stated, num, den, cap=True, code="rate_mismatch"):
    """stated percent = num / den x 100. Zero base: only 0 / '—' allowed. cap: rate must not exceed 100."""
    if base(den) == 0:
        if stated is not None and stated.v != 0:
            R.err("implausible_rate", f"{label}: {stated!r} on a zero base")
        return
    if stated is None:
        return

    def fn(ns):
        c = base(ns[1]) / base(ns[2]) * 100
        return ok_pct(ns[0], c), f"stated {ns[0]!r}, computed {c:.4f}%"
    if run(R, code, label, fn, [stated, num, den]) and cap and stated.v > 100:
        R.err("implausible_rate", f"{label}: {stated!r} above 100%")


def chk_growth(R, label, stated, new, old, sign=1):
    def fn(ns):
        c = sign * (base(ns[1]) - base(ns[2])) / base(ns[2]) * 100
        return ok_pct(ns[0], c), f"stated {ns[0]!r}, computed {c:.4f}%"
    run(R, "rate_mismatch", label, fn, [stated, new, old])


def chk_avg(R, label, stated, items, divisor=None):
    def fn(ns):
        k = divisor if divisor is not None else len(ns) - 1
        c = sum(base(x) for x in ns[1:]) / k
        return ok_base(ns[0], c), f"stated {ns[0]!r}, mean {c / factor(ns[0].unit)[0]:.4f}"
    run(R, "average_mismatch", label, fn, [stated] + list(items))


def chk_same(R, label, nums):
    """Restatements of one quantity agree. Different kinds of unit (次 vs %) are a unit_mismatch."""
    nums = [n for n in nums if n is not None]
    kinds = {factor(n.unit)[1] for n in nums}
    if len(kinds) > 1:
        R.err("unit_mismatch", f"{label}: {nums} are written in different units")
        return

    def fn(ns):
        for a in ns:
            for b in ns:
                if factor(a.unit)[1] != factor(b.unit)[1]:
                    return False, f"{a!r} vs {b!r} (units)"
                if abs(base(a) - base(b)) > max(tol_base(a), tol_base(b)):
                    return False, f"{a!r} vs {b!r}"
        return True, ""
    run(R, "conflicting_values", label, fn, nums)


def chk_max100(R, label, n):
    if n is not None and n.v > 100:
        R.err("implausible_rate", f"{label}: {n!r} above 100%")


def chk_year_eq(R, label, y, year):
    if int(y) != year:
        R.err("year_mismatch", f"{label}: {y} in the {year} report")


def chk_year_later(R, label, y, year):
    if int(y) <= year:
        R.err("year_mismatch", f"{label}: carried over to {y}, not later than {year}")


def chk_year_issue(R, label, y, m, year):
    if not (int(y) == year or (int(y) == year - 1 and int(m) == 12)):
        R.err("year_mismatch", f"{label}: issued {y}-{m} for {year}")


def chk_yu(R, label, lower, actual):
    """'50余场' is consistent with an actual in [50, 60)."""
    if factor(lower.unit)[1] != factor(actual.unit)[1]:
        R.err("unit_mismatch", f"{label}: {lower.raw}余{lower.unit} vs {actual!r}")
        return
    step = D(10) ** (len(lower.raw) - 1)
    if not (lower.v <= actual.v < lower.v + step):
        R.err("conflicting_values", f"{label}: {lower.raw}余 vs {actual!r}")


def tgt(row):
    """The target of an indicator row as a Num (sign dropped)."""
    pv = parse_val(row["target"])
    if pv is None:
        raise ParseError(f"{row['name']}: no numeric target")
    return pv[1]


def chk_grade(R, label, grade_word, total):
    g = GRADE_WORD[grade_word]
    if g != band(total.v):
        R.err("grade_mismatch", f"{label}: {grade_word} for {total!r} (band {band(total.v)})")


# --------------------------------------------------------------------------- extraction

def one(text, pat, label=""):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise ParseError(f"{label or pat!r}: {len(ms)} matches")
    return ms[0]


def N(m, g, unit="", approx=False):
    return Num(m.group(g), unit, approx)


def years_in(text, pat):
    return [m.group(1) for m in re.finditer(pat, text)]


def cnum(cell, unit=""):
    """A table cell as a Num; '—' / blank -> None; '95.14%' -> unit %."""
    c = cell.strip()
    if c in ("", "—", "-", "——"):
        return None
    if c.endswith("%"):
        return Num(c[:-1], "%")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", c)
    if not m:
        raise ParseError(f"cell {cell!r} is not a number")
    return Num(m.group(1), m.group(2) or unit)


def line_table(text, header_start, sep, stop=()):
    """Rows (lists of cells) of the table whose header line starts with header_start."""
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.startswith(header_start) and sep in ln]
    if len(idx) != 1:
        raise ParseError(f"table {header_start!r}: {len(idx)} headers")
    header = lines[idx[0]].split(sep)
    rows = []
    for ln in lines[idx[0] + 1:]:
        if sep not in ln or any(ln.startswith(s) for s in stop):
            break
        rows.append(ln.split(sep))
    return header, rows


def flat_tables(text):
    """Flattened tables (one cell per tab-indented line, blank line between rows) -> list of row lists."""
    tables, table, row = [], [], []
    for ln in text.split("\n"):
        if ln.startswith("\t"):
            row.append(ln[1:])
        elif ln == "":
            if row:
                table.append(row)
                row = []
        else:
            if row:
                table.append(row)
                row = []
            if table:
                tables.append(table)
                table = []
    if row:
        table.append(row)
    if table:
        tables.append(table)
    return tables


def row_by_first(rows, first):
    hit = [r for r in rows if r[0].strip() == first]
    if len(hit) != 1:
        raise ParseError(f"row {first!r}: {len(hit)} rows")
    return hit[0]


# --------------------------------------------------------------------------- indicators

VAL = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    m = VAL.match(s.strip())
    if not m:
        return None
    sign = m.group(1)
    dirn = "eq"
    if sign in ("≥", "＞", ">="):
        dirn = "gte"
    elif sign in ("≤", "＜", "<="):
        dirn = "lte"
    return dirn, Num(m.group(2), m.group(3).strip()), sign


def completion(dirn, T, A):
    t, a = base(T), base(A)
    if dirn == "lte":
        return D(100) if a <= t else t / a * 100
    if dirn == "eq" and t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def rule_score(dirn, T, A, w):
    t, a = base(T), base(A)
    if dirn == "lte":
        return w if a <= t else w * t / a
    if dirn == "eq" and t == 0:
        return w if a <= 0 else D(0)
    return w if a >= t else w * a / t


def ind_rows(header, rows, cols, defaults=None, stop_first=("合计", "总分")):
    """Indicator rows as dicts; empty level cells inherit from the row above (merged cells)."""
    idx = {}
    for field, names in cols.items():
        for nm in names:
            if nm in header:
                idx[field] = header.index(nm)
                break
    out, last = [], dict(defaults or {})
    for r in rows:
        if r[0].strip() in stop_first:
            continue

        def cell(f):
            i = idx.get(f)
            return r[i].strip() if i is not None and i < len(r) else ""
        d = {}
        for f in ("block", "l1", "l2"):
            v = cell(f)
            if v:
                last[f] = v
                if f == "block":
                    last.pop("l1", None)
                    last.pop("l2", None)
                if f == "l1":
                    last.pop("l2", None)
            d[f] = last.get(f, "")
        d["name"] = cell("name")
        d["target"] = cell("target")
        d["actual"] = cell("actual")
        d["compl"] = cnum(cell("compl")) if cell("compl") else None
        d["weight"] = cnum(cell("weight"))
        d["score"] = cnum(cell("score"))
        out.append(d)
    return out


def chk_indicators(R, rows, extra=(), total_weight=None, block_weights=None, l1_weights=None,
                   stated_totals=(), block_scores=None, l1_scores=None, grades=()):
    """Row checks + weight/score sums + grade. extra: [(label, weight Num, score Num)] outside the rows."""
    for r in rows:
        lab = r["name"]
        w, s = r["weight"], r["score"]
        if s.v > w.v or s.v < 0:
            R.err("score_exceeds_weight", f"{lab}: score {s!r} vs weight {w!r}")
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        if t and a:
            dirn, T, _ = t
            _, A, asign = a
            if asign:
                raise ParseError(f"{lab}: actual with a sign")
            if factor(T.unit)[1] != factor(A.unit)[1]:
                R.err("unit_mismatch", f"{lab}: target {r['target']} vs actual {r['actual']}")
                continue
            c = completion(dirn, T, A)
            if r["compl"] is not None and not ok_pct(r["compl"], c):
                R.err("completion_mismatch", f"{lab}: stated {r['compl']!r}, computed {c:.4f}%")
            if "满意度" in (r["l1"] + r["l2"] + lab) and A.unit == "%":
                chk_max100(R, lab, A)
            rs = rule_score(dirn, T, A, w.v)
            alt = None
            if r["compl"] is not None:
                alt = w.v * min(r["compl"].v, D(100)) / 100
            if s.v <= w.v and not (ok_pct(s, rs) or (alt is not None and ok_pct(s, alt))):
                R.warn("score_rule_mismatch", f"{lab}: score {s!r}, rule gives {rs:.4f}")
        elif t or a:
            R.err("unit_mismatch", f"{lab}: {r['target']} vs {r['actual']} cannot be compared")
        else:
            if r["compl"] is not None:
                R.err("completion_mismatch", f"{lab}: qualitative row with a completion {r['compl']!r}")
            lo, hi = (D("0.6"), D("0.8")) if "部分" in r["actual"] else (D("0.8"), D("1.0000001"))
            if s.v <= w.v and not (w.v * lo <= s.v < w.v * hi):
                R.warn("score_rule_mismatch", f"{lab}: qualitative score {s!r} outside its band")
    weights = [r["weight"].v for r in rows] + [w.v for _, w, _ in extra]
    scores = [r["score"].v for r in rows] + [s.v for _, _, s in extra]
    if sum(weights) != 100:
        R.err("weight_sum_mismatch", f"weights add to {sum(weights)}")
    if total_weight is not None and sum(weights) != total_weight.v:
        R.err("weight_sum_mismatch", f"weights add to {sum(weights)}, stated {total_weight!r}")
    for key, stated in (block_weights or {}).items():
        got = sum(r["weight"].v for r in rows if r["block"] == key)
        if got != stated.v:
            R.err("weight_sum_mismatch", f"block {key}: weights {got}, stated {stated!r}")
    for key, stated in (l1_weights or {}).items():
        got = sum(r["weight"].v for r in rows if r["l1"] == key) + sum(w.v for lab, w, _ in extra if lab == key)
        if got != stated.v:
            R.err("weight_sum_mismatch", f"{key}: weights {got}, stated {stated!r}")
    total = sum(scores)
    for st in stated_totals:
        if not ok_pct(st, total):
            R.err("score_sum_mismatch", f"scores add to {total}, stated {st!r}")
    for key, stated in (block_scores or {}).items():
        got = sum(r["score"].v for r in rows if r["block"] == key)
        if not ok_pct(stated, got):
            R.err("score_sum_mismatch", f"block {key}: scores {got}, stated {stated!r}")
    for key, stated in (l1_scores or {}).items():
        got = sum(r["score"].v for r in rows if r["l1"] == key) + sum(s.v for lab, _, s in extra if lab == key)
        if not ok_pct(stated, got):
            R.err("score_sum_mismatch", f"{key}: scores {got}, stated {stated!r}")
    if len(stated_totals) > 1:
        chk_same(R, "total score restated", list(stated_totals))
    for gw in grades:
        for st in stated_totals:
            chk_grade(R, "grade", gw, st)


def funds_block(R, text, year_label, exec_weight):
    """MOF funds block 资金情况（万元）｜年初｜全年｜执行｜分值｜执行率｜得分 (｜ layout)."""
    _, rows = line_table(text, "资金情况（万元）", "｜", stop=("一级指标", "年度目标"))
    cols = {}
    for r in rows:
        key = r[0].strip().replace("其中：", "")
        cols[key] = [cnum(c, "万元") if i < 3 else c for i, c in enumerate(r[1:7])]
        for i in range(3):
            if cols[key][i] is not None:
                cols[key][i].unit = "万元"
    total = cols["年度资金总额"]
    comps = [k for k in cols if k != "年度资金总额"]
    for i, nm in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        chk_sum(R, f"{year_label} {nm} = components", total[i], [cols[k][i] for k in comps])
    for k, c in cols.items():
        st = cnum(c[4]) if c[4].strip() not in ("—", "") else None
        chk_rate(R, f"执行率 {k}", st, c[2], c[1])
    w, r_, s = cnum(total[3]), cnum(total[4]), cnum(total[5])
    if w.v != exec_weight:
        R.err("weight_sum_mismatch", f"execution weight {w!r}")
    if s.v > w.v:
        R.err("score_exceeds_weight", f"execution score {s!r} > {w!r}")
    rate_exact = base(total[2]) / base(total[1]) * 100
    rs = w.v * min(rate_exact, D(100)) / 100
    alt = w.v * min(r_.v, D(100)) / 100
    if s.v <= w.v and not (ok_pct(s, rs) or ok_pct(s, alt)):
        R.warn("score_rule_mismatch", f"execution score {s!r}, rule {rs:.4f}")
    return cols, w, s, r_


# --------------------------------------------------------------------------- projects

def p_hanting(text):
    Y = 2019
    R = Report()
    for y in years_in(text, r"(\d{4})年度"):
        chk_year_eq(R, "年度", y, Y)
    m = one(text, r"(\d{4})年年初预算(?P<n>[\d.]+)万元，分别为乡镇综合文化站免费开放补助(?P<a>[\d.]+)万元（按每站每年(?P<p>\d+)万元标准，共(?P<k>\d+)个站）、流动图书车运行经费(?P<b>[\d.]+)万元")
    chk_year_eq(R, "预算年度", m.group(1), Y)
    init, st_part, car_part = N(m, "n", "万元"), N(m, "a", "万元"), N(m, "b", "万元")
    chk_sum(R, "年初 = 文化站 + 图书车", init, [st_part, car_part])
    chk_product(R, "文化站补助 = 每站 x 站数", st_part, N(m, "p", "万元"), N(m, "k"))
    m = one(text, r"追加上年结转资金(?P<n>[\d.]+)万元（(?P<y>\d+)元）")
    carry, carry_yuan = N(m, "n", "万元"), N(m, "y", "元")
    chk_same(R, "上年结转 written twice", [carry, carry_yuan])
    annual = N(one(text, r"调整后全年预算(?P<n>[\d.]+)万元"), "n", "万元")
    chk_sum(R, "全年 = 年初 + 结转", annual, [init, carry])
    m = one(text, r"项目资金(?P<n>[\d.]+)万元已全部到位，到位率(?P<r>\d+)%")
    recv = N(m, "n", "万元")
    chk_same(R, "到位 = 全年 (全部到位)", [recv, annual])
    chk_rate(R, "到位率", N(m, "r", "%"), recv, annual)
    m = one(text, r"全年实际支出(?P<n>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%")
    spent, rate_p = N(m, "n", "万元"), N(m, "r", "%")
    chk_rate(R, "执行率 (text)", rate_p, spent, annual)
    a = N(one(text, r"文化站免费开放补助(?P<n>[\d.]+)万元已按季度拨付"), "n", "万元")
    b = N(one(text, r"运行经费支出(?P<n>[\d.]+)万元"), "n", "万元")
    c = N(one(text, r"上年结转资金(?P<n>[\d.]+)万元全部用于"), "n", "万元")
    chk_sum(R, "支出 = 文化站 + 图书车 + 结转", spent, [a, b, c])
    chk_same(R, "文化站补助", [a, st_part])
    chk_same(R, "上年结转 used", [c, carry])
    bal = N(one(text, r"年末结余(?P<n>[\d.]+)万元"), "n", "万元")
    chk_balance(R, "结余 = 到位 - 支出", bal, recv, spent)
    chk_year_later(R, "结转至", one(text, r"结转至(\d{4})年").group(1), Y)
    # outputs
    m = one(text, r"累计接待群众(?P<n>[\d.]+)万人次，一至四季度分别为(?P<a>[\d.]+)万人次、(?P<b>[\d.]+)万人次、(?P<c>[\d.]+)万人次、(?P<d>[\d.]+)万人次，季均(?P<m>[\d.]+)万人次，较(?P<py>\d{4})年的(?P<p>[\d.]+)万人次增长(?P<g>[\d.]+)%")
    chk_year_eq(R, "上年对比", int(m.group("py")) + 1, Y)
    vis = N(m, "n", "万人次")
    qs = [N(m, k, "万人次") for k in "abcd"]
    chk_sum(R, "季度之和 = 全年接待", vis, qs)
    chk_avg(R, "季均", N(m, "m", "万人次"), qs)
    chk_growth(R, "较2018年增长", N(m, "g", "%"), vis, N(m, "p", "万人次"))
    trips_p = N(one(text, r"全年下乡服务(?P<n>\d+)车次"), "n", "车次")
    hours_p = N(one(text, r"每周开放(?P<n>\d+)小时"), "n", "小时")
    m = one(text, r"配书总量(?P<a>\d+)册，全年更新图书(?P<b>\d+)册，更新率(?P<r>[\d.]+)%")
    upd = N(m, "r", "%")
    chk_rate(R, "图书更新率", upd, N(m, "b", "册"), N(m, "a", "册"))
    cost_p = N(one(text, r"单车次运行成本(?P<n>\d+)元"), "n", "元")
    m = one(text, r"借阅图书(?P<n>[\d.]+)万册次，比上年的(?P<p>[\d.]+)万册次增加(?P<d>[\d.]+)万册次")
    loans = N(m, "n", "万册次")
    chk_sum(R, "借阅 = 上年 + 增加", loans, [N(m, "p", "万册次"), N(m, "d", "万册次")])
    m = one(text, r"发放调查问卷(?P<a>\d+)份，回收有效问卷(?P<b>\d+)份，回收率(?P<r1>[\d.]+)%；其中表示满意的(?P<c>\d+)份，满意度(?P<r2>[\d.]+)%")
    chk_rate(R, "回收率", N(m, "r1", "%"), N(m, "b"), N(m, "a"))
    sat = N(m, "r2", "%")
    chk_rate(R, "满意度", sat, N(m, "c"), N(m, "b"))
    m = one(text, r"按照预算执行率(?P<e>\d+)分、产出指标(?P<o>\d+)分、效益指标(?P<b>\d+)分、满意度指标(?P<s>\d+)分的权重设置，项目自评得分(?P<t>[\d.]+)分，其中预算执行(?P<es>[\d.]+)分、产出指标(?P<os>[\d.]+)分、效益指标(?P<bs>[\d.]+)分、满意度指标(?P<ss>[\d.]+)分，评价等级为" + GRADE_RE)
    total_p = N(m, "t")
    # table
    cols, ew, es, er = funds_block(R, text, "资金", 10)
    tot = cols["年度资金总额"]
    chk_same(R, "年初预算", [init, tot[0]])
    chk_same(R, "全年预算", [annual, tot[1]])
    chk_same(R, "全年执行", [spent, tot[2]])
    chk_same(R, "执行率", [rate_p, er])
    chk_same(R, "上年结转 全年", [carry, cols["上年结转资金"][1]])
    chk_same(R, "上年结转 执行", [c, cols["上年结转资金"][2]])
    chk_same(R, "执行得分", [N(m, "es"), es])
    header, rows = line_table(text, "一级指标", "｜")
    cols_i = {"l1": ["一级指标"], "l2": ["二级指标"], "name": ["三级指标"], "target": ["年度指标值"],
              "actual": ["实际完成值"], "compl": ["完成率"], "weight": ["分值"], "score": ["得分"]}
    rows_i = ind_rows(header, rows, cols_i)
    trow = row_by_first(rows, "总分")
    extra = [("预算执行", ew, es)]
    chk_indicators(R, rows_i, extra, total_weight=cnum(trow[6]),
                   l1_weights={"预算执行": N(m, "e"), "产出指标": N(m, "o"), "效益指标": N(m, "b"), "满意度指标": N(m, "s")},
                   l1_scores={"预算执行": N(m, "es"), "产出指标": N(m, "os"), "效益指标": N(m, "bs"), "满意度指标": N(m, "ss")},
                   stated_totals=[total_p, cnum(trow[7])], grades=[m.group("g")])
    act = {r["name"]: r["actual"] for r in rows_i}
    chk_same(R, "接待人次", [vis, cnum(act["文化站年接待群众人次"])])
    chk_same(R, "下乡车次", [trips_p, cnum(act["流动图书车下乡服务车次"])])
    chk_same(R, "开放时间", [hours_p, cnum(act["文化站每周开放时间"])])
    chk_same(R, "更新率", [upd, cnum(act["流动图书车图书更新率"])])
    chk_same(R, "单车次成本", [cost_p, cnum(act["流动图书车单车次运行成本"])])
    chk_same(R, "借阅量", [loans, cnum(act["图书借阅量"])])
    chk_same(R, "满意度", [sat, cnum(act["群众满意度"])])
    # restated targets and counts
    rw = {r["name"]: r for r in rows_i}
    m = one(text, r"保障(?P<k>\d+)个综合文化站全年免费开放，每周开放时间不少于(?P<h>\d+)小时，全年接待群众不少于(?P<v>[\d.]+)万人次；流动图书车下乡服务不少于(?P<t>\d+)车次，开展送书进村（社区）活动不少于(?P<a>\d+)场次，图书借阅量不少于(?P<l>[\d.]+)万册次；群众满意度不低于(?P<s>\d+)%")
    for g, nm, u in (("h", "文化站每周开放时间", "小时"), ("v", "文化站年接待群众人次", "万人次"),
                     ("t", "流动图书车下乡服务车次", "车次"), ("a", "送书进村（社区）活动场次", "场次"),
                     ("l", "图书借阅量", "万册次"), ("s", "群众满意度", "%")):
        chk_same(R, f"目标 {nm}", [N(m, g, u), tgt(rw[nm])])
    k = N(one(text, r"按每站每年\d+万元标准，共(?P<n>\d+)个站"), "n", "个")
    for pat in (r"覆盖全区(?P<n>\d+)个镇（街道）", r"保障(?P<n>\d+)个综合文化站", r"(?P<n>\d+)个文化站全年正常免费开放"):
        chk_same(R, "站数", [k, N(one(text, pat), "n", "个")])
    chk_same(R, "覆盖率", [N(one(text, r"覆盖率(?P<n>\d+)%"), "n", "%"), cnum(act["文化站免费开放覆盖率"])])
    chk_same(R, "开放时间目标", [N(one(text, r"高于不少于(?P<n>\d+)小时的要求"), "n", "小时"), tgt(rw["文化站每周开放时间"])])
    chk_same(R, "更新率目标", [N(one(text, r"未达到(?P<n>\d+)%的目标"), "n", "%"), tgt(rw["流动图书车图书更新率"])])
    chk_same(R, "成本目标", [N(one(text, r"控制在(?P<n>\d+)元以内"), "n", "元"), tgt(rw["流动图书车单车次运行成本"])])
    chk_yu(R, "送书活动", N(one(text, r"活动(?P<n>\d+)余场"), "n", "场次"), cnum(act["送书进村（社区）活动场次"]))
    return R


def p_huangzhou(text):
    Y = 2020
    R = Report()
    for y in years_in(text, r"(\d{4})年度"):
        chk_year_eq(R, "年度", y, Y)
    m = one(text, r"(\d{4})年年初预算(?P<n>[\d.]+)万元，分别为乡镇综合文化站免费开放补助(?P<a>[\d.]+)万元（(?P<k>\d+)个站，每站(?P<p>\d+)万元）、流动图书车运行经费(?P<b>[\d.]+)万元")
    chk_year_eq(R, "预算年度", m.group(1), Y)
    init, st_part, car_part = N(m, "n", "万元"), N(m, "a", "万元"), N(m, "b", "万元")
    chk_sum(R, "年初 = 文化站 + 图书车", init, [st_part, car_part])
    chk_product(R, "文化站补助 = 每站 x 站数", st_part, N(m, "p", "万元"), N(m, "k"))
    m = one(text, r"文化站补助(?P<n>[\d.]+)万元已由区财政于(?P<y>\d{4})年(?P<mo>\d+)月提前下达")
    chk_same(R, "提前下达 文化站补助", [N(m, "n", "万元"), st_part])
    chk_year_issue(R, "提前下达", m.group("y"), m.group("mo"), Y)
    m = one(text, r"调减流动图书车运行经费(?P<n>[\d.]+)万元，压减额为年初项目预算的(?P<r>\d+)%")
    cut = N(m, "n", "万元")
    chk_rate(R, "压减比例", N(m, "r", "%"), cut, init)
    carry = N(one(text, r"上年结转图书采购资金(?P<n>[\d.]+)万元"), "n", "万元")
    annual = N(one(text, r"调整后全年预算(?P<n>[\d.]+)万元"), "n", "万元")
    chk_sum(R, "全年 = 年初 - 调减 + 结转", annual, [init, cut, carry], signs=[1, -1, 1])
    m = one(text, r"全年实际支出(?P<n>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%")
    spent, rate_p = N(m, "n", "万元"), N(m, "r", "%")
    chk_rate(R, "执行率 (text)", rate_p, spent, annual)
    a = N(one(text, r"免费开放补助(?P<n>[\d.]+)万元全部拨付到站"), "n", "万元")
    m = one(text, r"运行经费支出(?P<n>[\d.]+)万元，分别为图书采购(?P<a>[\d.]+)万元、车辆运行维护(?P<b>[\d.]+)万元、随车人员劳务(?P<c>[\d.]+)万元")
    b = N(m, "n", "万元")
    chk_sum(R, "图书车支出 = 分项", b, [N(m, k, "万元") for k in "abc"])
    c = N(one(text, r"上年结转资金(?P<n>[\d.]+)万元全部用于"), "n", "万元")
    chk_sum(R, "支出 = 文化站 + 图书车 + 结转", spent, [a, b, c])
    chk_same(R, "文化站补助", [a, st_part])
    chk_same(R, "上年结转", [c, carry])
    bal = N(one(text, r"年末结余(?P<n>[\d.]+)万元"), "n", "万元")
    chk_balance(R, "结余 = 全年 - 支出", bal, annual, spent)
    # goal 1
    m = one(text, r"全年开展公益文化活动(?P<n>\d+)场次，完成目标的(?P<r>[\d.]+)%")
    act1, act1r = N(m, "n", "场次"), N(m, "r", "%")
    m = one(text, r"接待群众(?P<n>[\d.]+)万人次，一至四季度分别为(?P<a>[\d.]+)万、(?P<b>[\d.]+)万、(?P<c>[\d.]+)万、(?P<d>[\d.]+)万人次，季均(?P<m>[\d.]+)万人次")
    vis = N(m, "n", "万人次")
    qs = [N(m, k, "万人次") for k in "abcd"]
    chk_sum(R, "季度之和", vis, qs)
    chk_avg(R, "季均", N(m, "m", "万人次"), qs)
    m = one(text, r"回收有效问卷(?P<a>\d+)份，其中满意(?P<b>\d+)份，群众满意度(?P<r>[\d.]+)%")
    sat1 = N(m, "r", "%")
    chk_rate(R, "群众满意度", sat1, N(m, "b"), N(m, "a"))
    hours = N(one(text, r"恢复开放后每周开放(?P<n>\d+)小时"), "n", "小时")
    # goal 2
    trips = N(one(text, r"全年下乡服务(?P<n>\d+)车次"), "n", "车次")
    books = N(one(text, r"新增流动图书(?P<n>\d+)册"), "n", "册")
    loans = N(one(text, r"全年借阅图书(?P<n>[\d.]+)万册次"), "n", "万册次")
    cost = N(one(text, r"单车次运行成本为(?P<n>\d+)元"), "n", "元")
    m = one(text, r"读者问卷回收(?P<a>\d+)份，满意(?P<b>\d+)份，读者满意度(?P<r>[\d.]+)%，其中农村服务点读者满意度(?P<s>[\d.]+)%")
    sat2 = N(m, "r", "%")
    chk_rate(R, "读者满意度", sat2, N(m, "b"), N(m, "a"))
    chk_max100(R, "农村服务点读者满意度", N(m, "s", "%"))
    m = one(text, r"预算执行率(?P<e>\d+)分（得分=20×执行率），年度目标1和目标2各(?P<bw>\d+)分")
    ew_p, bw = N(m, "e"), N(m, "bw")
    m = one(text, r"预算执行率得分(?P<e>[\d.]+)分，目标1得分(?P<a>[\d.]+)分，目标2得分(?P<b>[\d.]+)分，综合自评得分(?P<t>[\d.]+)分，评价等级为" + GRADE_RE)
    # table
    cols, ew, es, er = funds_block(R, text, "资金", 20)
    tot = cols["年度资金总额"]
    chk_same(R, "年初预算", [init, tot[0]])
    chk_same(R, "全年预算", [annual, tot[1]])
    chk_same(R, "全年执行", [spent, tot[2]])
    chk_same(R, "执行率", [rate_p, er])
    chk_same(R, "上年结转 全年", [carry, cols["上年结转资金"][1]])
    chk_same(R, "上年结转 执行", [c, cols["上年结转资金"][2]])
    chk_sum(R, "财政拨款 全年 = 年初 - 调减", cols["财政拨款"][1], [cols["财政拨款"][0], cut], signs=[1, -1])
    chk_sum(R, "财政拨款 执行 = 文化站 + 图书车", cols["财政拨款"][2], [a, b])
    chk_same(R, "执行权重", [ew_p, ew])
    chk_same(R, "执行得分", [N(m, "e"), es])
    header, rows = line_table(text, "年度目标", "｜")
    cols_i = {"block": ["年度目标"], "l1": ["一级指标"], "l2": ["二级指标"], "name": ["三级指标"],
              "target": ["指标值"], "actual": ["实际完成值"], "compl": ["完成率"], "weight": ["分值"], "score": ["得分"]}
    rows_i = ind_rows(header, rows, cols_i)
    blocks = sorted({r["block"] for r in rows_i})
    bweights = {}
    for bl in blocks:
        mm = re.search(r"（(\d+)分）", bl)
        bweights[bl] = Num(mm.group(1))
        chk_same(R, f"block weight {bl}", [bweights[bl], bw])
    b1s = [bl for bl in blocks if bl.startswith("目标1")]
    b2s = [bl for bl in blocks if bl.startswith("目标2")]
    if len(b1s) != 1 or len(b2s) != 1:
        raise ParseError(f"goal blocks {blocks}")
    b1, b2 = b1s[0], b2s[0]
    trow = row_by_first(rows, "合计")
    chk_indicators(R, rows_i, [("预算执行", ew, es)], total_weight=cnum(trow[7]), block_weights=bweights,
                   block_scores={b1: N(m, "a"), b2: N(m, "b")}, stated_totals=[N(m, "t"), cnum(trow[8])],
                   grades=[m.group("g")])
    act = {(r["block"][:3], r["name"]): r for r in rows_i}
    chk_same(R, "公益活动场次", [act1, cnum(act[("目标1", "开展公益文化活动")]["actual"])])
    chk_same(R, "公益活动完成率", [act1r, act[("目标1", "开展公益文化活动")]["compl"]])
    chk_same(R, "接待人次", [vis, cnum(act[("目标1", "接待群众人次")]["actual"])])
    chk_same(R, "开放时间", [hours, cnum(act[("目标1", "恢复开放后每周开放时间")]["actual"])])
    chk_same(R, "群众满意度", [sat1, cnum(act[("目标1", "群众满意度")]["actual"])])
    chk_same(R, "下乡车次", [trips, cnum(act[("目标2", "下乡服务车次")]["actual"])])
    chk_same(R, "新增图书", [books, cnum(act[("目标2", "新增流动图书")]["actual"])])
    chk_same(R, "借阅量", [loans, cnum(act[("目标2", "图书借阅量")]["actual"])])
    chk_same(R, "单车次成本", [cost, cnum(act[("目标2", "单车次运行成本")]["actual"])])
    chk_same(R, "读者满意度", [sat2, cnum(act[("目标2", "读者满意度")]["actual"])])
    m = one(text, r"目标1：保障(?P<k>\d+)个文化站免费开放，全年开展公益文化活动不少于(?P<a>\d+)场次，接待群众不少于(?P<v>[\d.]+)万人次。目标2：流动图书车下乡服务不少于(?P<t>\d+)车次，新增流动图书不少于(?P<b>\d+)册，图书借阅量不少于(?P<l>[\d.]+)万册次，单车次运行成本控制在(?P<c>\d+)元以内")
    for g, key, u in (("k", ("目标1", "免费开放文化站数量"), "个"), ("a", ("目标1", "开展公益文化活动"), "场次"),
                      ("v", ("目标1", "接待群众人次"), "万人次"), ("t", ("目标2", "下乡服务车次"), "车次"),
                      ("b", ("目标2", "新增流动图书"), "册"), ("l", ("目标2", "图书借阅量"), "万册次"),
                      ("c", ("目标2", "单车次运行成本"), "元")):
        chk_same(R, f"目标 {key[1]}", [N(m, g, u), tgt(act[key])])
    k = N(m, "k", "个")
    chk_same(R, "站数", [k, N(one(text, r"全区(?P<n>\d+)个乡镇（街道）综合文化站"), "n", "个"),
                         cnum(act[("目标1", "免费开放文化站数量")]["actual"])])
    chk_same(R, "成本目标", [N(one(text, r"超出(?P<n>\d+)元的控制目标"), "n", "元"), tgt(act[("目标2", "单车次运行成本")])])
    chk_same(R, "服务点数", [N(one(text, r"流动服务点(?P<n>\d+)个"), "n", "个"), N(one(text, r"(?P<n>\d+)个流动服务点中"), "n", "个")])
    chk_same(R, "停用服务点", [N(one(text, r"中有(?P<n>\d+)个因场地"), "n", "个"), N(one(text, r"｜(?P<n>\d+)个服务点停用"), "n", "个")])
    return R


def p_xiuyu(text):
    Y = 2022
    R = Report()
    for y in years_in(text, r"(\d{4})年度"):
        chk_year_eq(R, "年度", y, Y)
    per = N(one(text, r"每站每年(?P<n>[\d.]+)万元的标准"), "n", "万元")
    k = N(one(text, r"全区(?P<n>\d+)个镇综合文化站"), "n", "个")
    m = one(text, r"(\d{4})年项目预算(?P<n>[\d.]+)万元，其中中央补助资金(?P<a>[\d.]+)万元、省级补助资金(?P<b>[\d.]+)万元、区级配套资金(?P<c>[\d.]+)万元")
    chk_year_eq(R, "预算年度", m.group(1), Y)
    budget = N(m, "n", "万元")
    cen, prov, cty = N(m, "a", "万元"), N(m, "b", "万元"), N(m, "c", "万元")
    chk_sum(R, "预算 = 中央 + 省 + 区", budget, [cen, prov, cty])
    chk_product(R, "预算 = 每站 x 站数", budget, per, k)
    m = one(text, r"中央和省级资金(?P<n>[\d.]+)万元已于(?P<y>\d{4})年(?P<mo>\d+)月提前下达")
    chk_sum(R, "中央 + 省", N(m, "n", "万元"), [cen, prov])
    chk_year_issue(R, "提前下达", m.group("y"), m.group("mo"), Y)
    chk_year_eq(R, "区级配套拨付", one(text, r"区级配套资金于(\d{4})年").group(1), Y)
    m = one(text, r"资金到位(?P<n>[\d.]+)万元，到位率(?P<r>\d+)%")
    recv = N(m, "n", "万元")
    chk_rate(R, "到位率", N(m, "r", "%"), recv, budget)
    m = one(text, r"截至(?P<y>\d{4})年12月31日，项目支出(?P<n>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%，结余(?P<b>[\d.]+)万元结转至(?P<y2>\d{4})年")
    chk_year_eq(R, "截至", m.group("y"), Y)
    chk_year_later(R, "结转至", m.group("y2"), Y)
    spent, rate_p = N(m, "n", "万元"), N(m, "r", "%")
    chk_rate(R, "执行率 (text)", rate_p, spent, budget)
    chk_balance(R, "结余 = 到位 - 支出", N(m, "b", "万元"), recv, spent)
    m = one(text, r"支出主要包括：活动耗材及演出服务费(?P<a>[\d.]+)万元，设施设备维护费(?P<b>[\d.]+)万元，水电及日常运行费(?P<c>\d+)(?P<u>万元|元)")
    mat = N(m, "a", "万元")
    chk_sum(R, "支出 = 分项", spent, [mat, N(m, "b", "万元"), N(m, "c", m.group("u"))])
    header, rows = line_table(text, "文化站", "\t")
    trow = row_by_first(rows, "合计")
    srows = [r for r in rows if r[0] != "合计"]
    for i, (nm, unit) in enumerate((("补助", "万元"), ("支出", "万元"), ("%", "%"), ("接待", "人次"), ("活动", "场次"))):
        if nm == "%":
            continue
        chk_sum(R, f"各站{nm}合计", cnum(trow[i + 1], unit), [cnum(r[i + 1], unit) for r in srows])
    for r in srows + [trow]:
        chk_rate(R, f"{r[0]}执行率", cnum(r[3]), cnum(r[2], "万元"), cnum(r[1], "万元"))
    m = one(text, r"各站执行率在(?P<a>[\d.]+)%至(?P<b>[\d.]+)%之间")
    rates = [cnum(r[3]) for r in srows]
    chk_same(R, "最低执行率", [N(m, "a", "%"), min(rates, key=lambda x: x.v)])
    chk_same(R, "最高执行率", [N(m, "b", "%"), max(rates, key=lambda x: x.v)])
    chk_same(R, "站数", [k, Num(str(len(srows)), "个")])
    chk_same(R, "预算", [budget, cnum(trow[1], "万元")])
    chk_same(R, "支出", [spent, cnum(trow[2], "万元")])
    chk_same(R, "执行率", [rate_p, cnum(trow[3])])
    for r in srows:
        chk_same(R, f"{r[0]}补助标准", [per, cnum(r[1], "万元")])
    # outputs / effects
    hours = N(one(text, r"每站每周免费开放(?P<n>\d+)小时"), "n", "小时")
    acts = N(one(text, r"全年开展公益文化活动(?P<n>\d+)场次"), "n", "场次")
    m = one(text, r"(?P<k>\d+)个文化站中(?P<j>\d+)个达到三级以上站标准，等级评定达标率(?P<r>[\d.]+)%")
    grade_rate = N(m, "r", "%")
    chk_rate(R, "达标率", grade_rate, N(m, "j"), N(m, "k"))
    m = one(text, r"全年活动耗材及演出服务费(?P<a>[\d.]+)万元，单场活动平均成本(?P<c>\d+)元")
    chk_same(R, "活动耗材费", [N(m, "a", "万元"), mat])
    unit_cost = N(m, "c", "元")
    chk_avg(R, "单场活动平均成本 = 耗材费 / 场次", unit_cost, [N(m, "a", "万元")], divisor=acts.v)
    m = one(text, r"累计接待群众(?P<n>\d+)人次（约(?P<w>[\d.]+)万人次），月均(?P<m>\d+)人次，较(?P<py>\d{4})年的(?P<p>[\d.]+)万人次增长(?P<g>[\d.]+)%")
    chk_year_eq(R, "上年对比", int(m.group("py")) + 1, Y)
    vis = N(m, "n", "人次")
    chk_same(R, "接待人次 two ways", [vis, N(m, "w", "万人次", approx=True)])
    chk_avg(R, "月均", N(m, "m", "人次"), [vis], divisor=12)
    chk_growth(R, "较2021年增长", N(m, "g", "%"), vis, N(m, "p", "万人次"))
    m = one(text, r"发放问卷(?P<a>\d+)份，回收有效问卷(?P<b>\d+)份，回收率(?P<r1>[\d.]+)%；其中满意(?P<c>\d+)份，群众满意度(?P<r2>[\d.]+)%")
    chk_rate(R, "回收率", N(m, "r1", "%"), N(m, "b"), N(m, "a"))
    sat = N(m, "r2", "%")
    chk_rate(R, "满意度", sat, N(m, "c"), N(m, "b"))
    m = one(text, r"本项目自评得分(?P<t>[\d.]+)分，评价等级为" + GRADE_RE)
    header, rows = line_table(text, "一级指标", "\t")
    cols_i = {"l1": ["一级指标"], "l2": ["二级指标"], "name": ["三级指标"], "target": ["年度指标值"],
              "actual": ["实际完成值"], "compl": ["完成率"], "weight": ["分值"], "score": ["得分"]}
    rows_i = ind_rows(header, rows, cols_i)
    trow_i = row_by_first(rows, "合计")
    chk_indicators(R, rows_i, total_weight=cnum(trow_i[6]), stated_totals=[N(m, "t"), cnum(trow_i[7])],
                   grades=[m.group("g")])
    act = {r["name"]: r for r in rows_i}
    chk_same(R, "执行率 in table", [rate_p, cnum(act["预算执行率"]["actual"])])
    chk_same(R, "站数 in table", [k, cnum(act["免费开放文化站数量"]["actual"])])
    chk_same(R, "活动场次", [acts, cnum(act["开展公益文化活动场次"]["actual"]), cnum(trow[5], "场次")])
    chk_same(R, "开放时间", [hours, cnum(act["每站每周免费开放时间"]["actual"])])
    chk_same(R, "达标率", [grade_rate, cnum(act["文化站等级评定达标率"]["actual"])])
    chk_same(R, "单场成本", [unit_cost, cnum(act["单场活动平均成本"]["actual"])])
    chk_same(R, "接待人次", [vis, cnum(act["年接待群众人次"]["actual"]), cnum(trow[4], "人次")])
    chk_same(R, "满意度", [sat, cnum(act["群众满意度"]["actual"])])
    chk_same(R, "活动目标", [N(one(text, r"超过(?P<n>\d+)场次的年度目标"), "n", "场次"), tgt(act["开展公益文化活动场次"])])
    chk_same(R, "成本目标", [N(one(text, r"低于(?P<n>\d+)元的控制标准"), "n", "元"), tgt(act["单场活动平均成本"])])
    chk_same(R, "拨付及时率", [N(one(text, r"拨付及时率(?P<n>\d+)%"), "n", "%"), cnum(act["资金拨付及时率"]["actual"])])
    for pat in (r"\n(?P<n>\d+)个文化站全年免费开放", r"全年(?P<n>\d+)个文化站累计接待", r"(?P<n>\d+)个文化站中\d+个达到"):
        chk_same(R, "站数", [k, N(one(text, pat), "n", "个")])
    chk_year_eq(R, "拨付到站", one(text, r"补助资金于(\d{4})年3月底前").group(1), Y)
    return R


def p_shangdang(text):
    Y = 2023
    R = Report()
    for y in years_in(text, r"(\d{4})年度"):
        chk_year_eq(R, "年度", y, Y)
    tabs = flat_tables(text)
    if len(tabs) != 5:
        raise ParseError(f"expected 5 flattened tables, got {len(tabs)}")
    funds = tabs[0]
    rows = {r[1]: r for r in funds[1:]}
    nums = {}
    for key, r in rows.items():
        tag = key[:3]
        unit = "%" if tag in ("(6)", "(7)") else "万元"
        nums[tag] = [cnum(c, unit) if c.strip() else Num("0", unit) for c in r[2:10]]
    # columns: 0 总 1 小计 2 中央 3 省 4 市 5 县区 6 上年结转 7 其他
    for tag in ("(1)", "(2)", "(3)", "(4)"):
        v = nums[tag]
        chk_sum(R, f"{tag} 小计 = 中央+省+市+县区", v[1], v[2:6])
        chk_sum(R, f"{tag} 总额 = 小计+结转+其他", v[0], [v[1], v[6], v[7]])
    for i in range(8):
        chk_balance(R, f"(5) col {i}", nums["(5)"][i], nums["(3)"][i], nums["(4)"][i])
        chk_rate(R, f"(6) col {i}", nums["(6)"][i], nums["(3)"][i], nums["(2)"][i])
        chk_rate(R, f"(7) col {i}", nums["(7)"][i], nums["(4)"][i], nums["(2)"][i])
    m = one(text, r"按每站每年(?P<p>\d+)万元标准安排，(?P<k>\d+)个站共(?P<n>[\d.]+)万元")
    st_part = N(m, "n", "万元")
    chk_product(R, "文化站补助", st_part, N(m, "p", "万元"), N(m, "k"))
    m2 = one(text, r"流动图书车运行经费年初安排(?P<a>[\d.]+)万元，年中市级追加(?P<b>[\d.]+)万元，全年(?P<c>[\d.]+)万元")
    car_init, car_add, car_all = N(m2, "a", "万元"), N(m2, "b", "万元"), N(m2, "c", "万元")
    chk_sum(R, "图书车 全年 = 年初 + 追加", car_all, [car_init, car_add])
    m = one(text, r"(?P<y>\d{4})年项目全年预算(?P<n>[\d.]+)万元，其中年初预算(?P<a>[\d.]+)万元（中央补助(?P<c>[\d.]+)万元、省级补助(?P<p>[\d.]+)万元、区级配套(?P<q>[\d.]+)万元），年中市级追加(?P<m>[\d.]+)万元")
    chk_year_eq(R, "预算年度", m.group("y"), Y)
    annual, init = N(m, "n", "万元"), N(m, "a", "万元")
    chk_sum(R, "年初 = 中央+省+区", init, [N(m, "c", "万元"), N(m, "p", "万元"), N(m, "q", "万元")])
    chk_sum(R, "全年 = 年初 + 追加", annual, [init, N(m, "m", "万元")])
    chk_sum(R, "年初 = 文化站 + 图书车年初", init, [st_part, car_init])
    chk_sum(R, "全年 = 文化站 + 图书车全年", annual, [st_part, car_all])
    chk_same(R, "市级追加", [N(m, "m", "万元"), car_add, nums["(2)"][4]])
    chk_same(R, "中央", [N(m, "c", "万元"), nums["(1)"][2]])
    chk_same(R, "省级", [N(m, "p", "万元"), nums["(1)"][3]])
    chk_same(R, "区级", [N(m, "q", "万元"), nums["(1)"][5]])
    chk_same(R, "年初", [init, nums["(1)"][0]])
    chk_same(R, "全年", [annual, nums["(2)"][0]])
    m = one(text, r"资金全部到位，到位率(?P<r>\d+)%；全年执行(?P<n>[\d.]+)万元，执行率(?P<e>[\d.]+)%；结余(?P<b>[\d.]+)万元")
    chk_rate(R, "到位率 (text)", N(m, "r", "%"), nums["(3)"][0], annual)
    spent = N(m, "n", "万元")
    chk_rate(R, "执行率 (text)", N(m, "e", "%"), spent, annual)
    chk_balance(R, "结余 (text)", N(m, "b", "万元"), nums["(3)"][0], spent)
    chk_same(R, "执行", [spent, nums["(4)"][0]])
    chk_same(R, "执行率", [N(m, "e", "%"), nums["(7)"][0]])
    chk_same(R, "结余", [N(m, "b", "万元"), nums["(5)"][0]])
    chk_year_later(R, "结转至", one(text, r"结转至(\d{4})年").group(1), Y)
    lectures = N(one(text, r"全年开展培训讲座(?P<n>\d+)期"), "n", "期")
    trips = N(one(text, r"全年流动图书车送书下乡(?P<n>\d+)车次"), "n", "车次")
    m = one(text, r"配书(?P<a>[\d.]+)万册，全年更新(?P<b>\d+)册，更新率(?P<r>[\d.]+)%")
    upd = N(m, "r", "%")
    chk_rate(R, "更新率", upd, N(m, "b", "册"), N(m, "a", "万册"))
    intact = N(one(text, r"完好率(?P<r>[\d.]+)%"), "r", "%")
    cost = N(one(text, r"单车次运行成本(?P<n>\d+)元"), "n", "元")
    m = one(text, r"全年接待群众(?P<n>[\d.]+)万人次，一至四季度分别为(?P<a>[\d.]+)万、(?P<b>[\d.]+)万、(?P<c>[\d.]+)万、(?P<d>[\d.]+)万人次，季均约(?P<m>[\d.]+)万人次")
    vis = N(m, "n", "万人次")
    qs = [N(m, x, "万人次") for x in "abcd"]
    chk_sum(R, "季度之和", vis, qs)
    chk_avg(R, "季均 (约)", N(m, "m", "万人次", approx=True), qs)
    m = one(text, r"发放满意度问卷(?P<a>\d+)份，满意(?P<b>\d+)份，群众满意度(?P<r>[\d.]+)%")
    sat = N(m, "r", "%")
    chk_rate(R, "满意度", sat, N(m, "b"), N(m, "a"))
    mw = one(text, r"按预算执行(?P<e>\d+)分、产出(?P<o>\d+)分、效益(?P<b>\d+)分、满意度(?P<s>\d+)分的权重评分，本项目绩效自评结果为：总得分(?P<t>[\d.]+)分，属于“" + GRADE_RE + "”")
    l1 = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    rows_i = []
    for name, tab in zip(l1, tabs[1:]):
        hdr = tab[0]
        cols_i = {"l2": ["二级指标"], "name": ["三级指标"], "target": ["目标值"], "actual": ["业绩值"],
                  "compl": ["完成率"], "weight": ["权重"], "score": ["得分"]}
        rows_i += ind_rows(hdr, tab[1:], cols_i, defaults={"l1": name})
    for r in rows_i:
        r["l1"] = r["l1"] or ""
    chk_indicators(R, rows_i,
                   l1_weights={"预算执行": N(mw, "e"), "产出指标": N(mw, "o"), "效益指标": N(mw, "b"), "满意度指标": N(mw, "s")},
                   stated_totals=[N(mw, "t")], grades=[mw.group("g")])
    act = {r["name"]: r for r in rows_i}
    chk_same(R, "执行率 in table", [nums["(7)"][0], cnum(act["预算执行率"]["actual"])])
    chk_same(R, "培训讲座", [lectures, cnum(act["文化站培训讲座期数"]["actual"])])
    chk_same(R, "下乡车次", [trips, cnum(act["流动图书车送书下乡车次"]["actual"])])
    chk_same(R, "更新率", [upd, cnum(act["流动图书车图书更新率"]["actual"])])
    chk_same(R, "完好率", [intact, cnum(act["文化站设施完好率"]["actual"])])
    chk_same(R, "单车次成本", [cost, cnum(act["流动图书车单车次运行成本"]["actual"])])
    chk_same(R, "接待人次", [vis, cnum(act["文化站年接待群众"]["actual"])])
    chk_same(R, "满意度", [sat, cnum(act["群众满意度"]["actual"])])
    m = one(text, r"(?P<k>\d+)个乡镇综合文化站全年免费开放，开展培训讲座不少于(?P<a>\d+)期，年接待群众不少于(?P<v>\d+)万人次；流动图书车送书下乡不少于(?P<t>\d+)车次，图书更新率不低于(?P<u>\d+)%，单车次运行成本控制在(?P<c>\d+)元以内；群众满意度不低于(?P<s>\d+)%")
    for g, nm, u in (("a", "文化站培训讲座期数", "期"), ("v", "文化站年接待群众", "万人次"),
                     ("t", "流动图书车送书下乡车次", "车次"), ("u", "流动图书车图书更新率", "%"),
                     ("c", "流动图书车单车次运行成本", "元"), ("s", "群众满意度", "%")):
        chk_same(R, f"目标 {nm}", [N(m, g, u), tgt(act[nm])])
    k = N(m, "k", "个")
    for pat in (r"上党区辖(?P<n>\d+)个乡镇", r"分析\n(?P<n>\d+)个文化站全年免费开放", r"覆盖(?P<n>\d+)个乡镇",
                r"分析\n(?P<n>\d+)个文化站全年接待"):
        chk_same(R, "站数", [k, N(one(text, pat), "n", "个")])
    chk_same(R, "站数 (补助)", [k, N(one(text, r"标准安排，(?P<n>\d+)个站共"), "n", "个"),
                               cnum(act["乡镇综合文化站免费开放数量"]["actual"]), tgt(act["乡镇综合文化站免费开放数量"])])
    chk_same(R, "补助标准", [N(one(text, r"按每站每年(?P<n>\d+)万元标准"), "n", "万元/站"),
                          cnum(act["文化站免费开放补助标准"]["actual"])])
    return R


def p_wanzhi(text):
    Y = 2024
    R = Report()
    for y in years_in(text, r"(\d{4})年度"):
        chk_year_eq(R, "年度", y, Y)
    m = one(text, r"实有在职人员(?P<n>\d+)人，其中局机关(?P<a>\d+)人、二级单位(?P<b>\d+)人")
    chk_sum(R, "在职人员", N(m, "n", "人"), [N(m, "a", "人"), N(m, "b", "人")])
    m = one(text, r"收入合计(?P<n>[\d.]+)万元，其中财政拨款收入(?P<a>[\d.]+)万元、事业收入(?P<b>[\d.]+)万元、其他收入(?P<c>[\d.]+)万元")
    income = N(m, "n", "万元")
    chk_sum(R, "收入合计", income, [N(m, x, "万元") for x in "abc"])
    m = one(text, r"部门全年预算数(?P<n>[\d.]+)万元，全年支出(?P<s>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%，其中基本支出(?P<a>[\d.]+)万元、项目支出(?P<b>[\d.]+)万元")
    budget, spent, rate_p = N(m, "n", "万元"), N(m, "s", "万元"), N(m, "r", "%")
    basic_s, proj_s = N(m, "a", "万元"), N(m, "b", "万元")
    chk_rate(R, "部门执行率 (text)", rate_p, spent, budget)
    chk_sum(R, "支出 = 基本 + 项目", spent, [basic_s, proj_s])
    chk_same(R, "收入合计 = 全年预算", [income, budget])
    _, rows = line_table(text, "项目｜全年预算数（万元）", "｜")
    t = {r[0]: [cnum(r[1], "万元"), cnum(r[2], "万元"), cnum(r[3])] for r in rows}
    for i in (0, 1):
        chk_sum(R, f"部门预算表 col {i}", t["合计"][i], [t["基本支出"][i], t["项目支出"][i]])
    for key, v in t.items():
        chk_rate(R, f"部门预算表 {key}", v[2], v[1], v[0])
    chk_same(R, "全年预算", [budget, t["合计"][0]])
    chk_same(R, "全年支出", [spent, t["合计"][1]])
    chk_same(R, "执行率", [rate_p, t["合计"][2]])
    chk_same(R, "基本支出", [basic_s, t["基本支出"][1]])
    chk_same(R, "项目支出", [proj_s, t["项目支出"][1]])
    bt = t
    m = one(text, r"年末结转结余(?P<n>[\d.]+)万元，结转结余率(?P<r>[\d.]+)%，其中结转资金(?P<a>[\d.]+)万元（基本支出结转(?P<ca>[\d.]+)万元、项目支出结转(?P<cp>[\d.]+)万元，结转至(?P<y>\d{4})年继续使用）、结余资金(?P<b>[\d.]+)万元")
    cb, cb_rate = N(m, "n", "万元"), N(m, "r", "%")
    carry_fwd, left = N(m, "a", "万元"), N(m, "b", "万元")
    carry_basic, carry_proj = N(m, "ca", "万元"), N(m, "cp", "万元")
    chk_balance(R, "结转结余 = 预算 - 支出", cb, budget, spent)
    chk_rate(R, "结转结余率", cb_rate, cb, budget)
    chk_sum(R, "结转结余 = 结转 + 结余", cb, [carry_fwd, left])
    chk_sum(R, "结转 = 基本 + 项目", carry_fwd, [carry_basic, carry_proj])
    chk_year_later(R, "结转至", m.group("y"), Y)
    chk_balance(R, "基本支出结转 = 基本预算 - 基本支出", carry_basic, bt["基本支出"][0], bt["基本支出"][1])
    chk_sum(R, "项目预算 - 项目支出 = 项目结转 + 结余", bt["项目支出"][0], [bt["项目支出"][1], carry_proj, left])
    m = one(text, r"“三公”经费预算(?P<a>[\d.]+)万元，实际支出(?P<b>[\d.]+)万元，控制率(?P<r>[\d.]+)%，较(?P<py>\d{4})年的(?P<p>[\d.]+)万元下降(?P<g>[\d.]+)%")
    chk_year_eq(R, "上年对比", int(m.group("py")) + 1, Y)
    sg = N(m, "r", "%")
    chk_rate(R, "三公经费控制率", sg, N(m, "b", "万元"), N(m, "a", "万元"))
    chk_growth(R, "三公经费下降", N(m, "g", "%"), N(m, "b", "万元"), N(m, "p", "万元"), sign=-1)
    m = one(text, r"政府采购预算(?P<a>[\d.]+)万元，实际采购(?P<b>[\d.]+)万元，政府采购执行率(?P<r>[\d.]+)%")
    gp = N(m, "r", "%")
    chk_rate(R, "政府采购执行率", gp, N(m, "b", "万元"), N(m, "a", "万元"))
    _, rows = line_table(text, "项目｜全年预算（万元）", "｜")
    p = {r[0]: [cnum(r[1], "万元"), cnum(r[2], "万元"), cnum(r[3])] for r in rows}
    items = [k for k in p if k != "合计"]
    for i in (0, 1):
        chk_sum(R, f"项目表 col {i}", p["合计"][i], [p[k][i] for k in items])
    for key, v in p.items():
        chk_rate(R, f"项目表 {key}", v[2], v[1], v[0])
    chk_same(R, "项目支出预算", [p["合计"][0], t["项目支出"][0]])
    chk_same(R, "项目支出执行", [p["合计"][1], t["项目支出"][1]])
    m = one(text, r"(?P<k>\d+)个镇综合文化站各补助(?P<p>[\d.]+)万元，全年支出(?P<s>[\d.]+)万元")
    st = p["乡镇综合文化站免费开放补助"]
    chk_product(R, "文化站补助 = 每站 x 站数", st[0], N(m, "p", "万元"), N(m, "k"))
    chk_same(R, "文化站支出", [N(m, "s", "万元"), st[1]])
    _, rows = line_table(text, "文化站", "｜")
    trow = row_by_first(rows, "合计")
    srows = [r for r in rows if r[0] != "合计"]
    units = [("万元", 1), ("万元", 2), ("人次", 4), ("人次", 5)]
    for unit, i in units:
        chk_sum(R, f"各站合计 col {i}", cnum(trow[i], unit), [cnum(r[i], unit) for r in srows])
    for r in srows + [trow]:
        chk_rate(R, f"{r[0]}执行率", cnum(r[3]), cnum(r[2], "万元"), cnum(r[1], "万元"))
        chk_avg(R, f"{r[0]}季均", cnum(r[5], "人次"), [cnum(r[4], "人次")], divisor=4)
    chk_same(R, "站数", [N(m, "k"), Num(str(len(srows)))])
    for r in srows:
        chk_same(R, f"{r[0]}补助", [N(m, "p", "万元"), cnum(r[1], "万元")])
    chk_same(R, "文化站预算", [st[0], cnum(trow[1], "万元")])
    chk_same(R, "文化站支出 (station table)", [st[1], cnum(trow[2], "万元")])
    chk_same(R, "文化站执行率", [st[2], cnum(trow[3])])
    m = one(text, r"一至四季度分别接待群众(?P<a>\d+)、(?P<b>\d+)、(?P<c>\d+)、(?P<d>\d+)人次，全年合计(?P<n>\d+)人次，季均(?P<m>\d+)人次")
    qs = [N(m, x, "人次") for x in "abcd"]
    vis = N(m, "n", "人次")
    chk_sum(R, "季度之和", vis, qs)
    chk_avg(R, "季均", N(m, "m", "人次"), qs)
    chk_same(R, "全年接待", [vis, cnum(trow[4], "人次")])
    chk_same(R, "季均接待", [N(m, "m", "人次"), cnum(trow[5], "人次")])
    m = one(text, r"流动图书车服务项目全年预算(?P<a>[\d.]+)万元，实际支出(?P<b>[\d.]+)万元，结余(?P<c>[\d.]+)万元")
    car_b, car_s = N(m, "a", "万元"), N(m, "b", "万元")
    chk_balance(R, "图书车结余", N(m, "c", "万元"), car_b, car_s)
    chk_same(R, "图书车预算", [car_b, p["流动图书车服务"][0]])
    chk_same(R, "图书车支出", [car_s, p["流动图书车服务"][1]])
    m = one(text, r"全年下乡服务(?P<n>\d+)场次，借阅图书(?P<m>[\d.]+)万册次，按项目支出计算单场次服务成本约(?P<c>\d+)元")
    trips, loans = N(m, "n", "场次"), N(m, "m", "万册次")
    ucost = N(m, "c", "元", approx=True)
    chk_avg(R, "单场次服务成本 = 项目支出 / 场次", ucost, [car_s], divisor=trips.v)
    m = one(text, r"群众文化活动(?P<n>\d+)场次，问卷调查回收有效问卷(?P<a>\d+)份，满意(?P<b>\d+)份，群众满意度(?P<r>[\d.]+)%")
    events = N(m, "n", "场次")
    sat = N(m, "r", "%")
    chk_rate(R, "满意度", sat, N(m, "b"), N(m, "a"))
    mc = one(text, r"部门整体支出绩效自评得分(?P<t>[\d.]+)分，其中预算执行(?P<e>[\d.]+)分、产出指标(?P<o>[\d.]+)分、效益指标(?P<b>[\d.]+)分、满意度指标(?P<s>[\d.]+)分，评价等级为" + GRADE_RE)
    header, rows = line_table(text, "一级指标", "｜")
    cols_i = {"l1": ["一级指标"], "l2": ["二级指标"], "name": ["三级指标"], "target": ["年度指标值"],
              "actual": ["实际完成值"], "compl": ["完成率"], "weight": ["分值"], "score": ["得分"]}
    rows_i = ind_rows(header, rows, cols_i)
    trow_i = row_by_first(rows, "合计")
    chk_indicators(R, rows_i, total_weight=cnum(trow_i[6]),
                   l1_scores={"预算执行": N(mc, "e"), "产出指标": N(mc, "o"), "效益指标": N(mc, "b"), "满意度指标": N(mc, "s")},
                   stated_totals=[N(mc, "t"), cnum(trow_i[7])], grades=[mc.group("g")])
    act = {r["name"]: r for r in rows_i}
    chk_same(R, "执行率 in table", [rate_p, cnum(act["预算执行率"]["actual"])])
    chk_same(R, "下乡场次", [trips, cnum(act["流动图书车下乡服务场次"]["actual"])])
    chk_same(R, "群众文化活动", [events, cnum(act["举办群众文化活动"]["actual"])])
    chk_same(R, "三公经费控制率", [sg, cnum(act["“三公”经费控制率"]["actual"])])
    chk_same(R, "政府采购执行率", [gp, cnum(act["政府采购执行率"]["actual"])])
    chk_same(R, "结转结余率", [cb_rate, cnum(act["结转结余率"]["actual"])])
    chk_same(R, "单场次成本", [ucost, cnum(act["流动图书车单场次服务成本"]["actual"])])
    chk_same(R, "接待人次", [vis, cnum(act["文化站年接待群众人次"]["actual"])])
    chk_same(R, "借阅", [loans, cnum(act["流动图书车借阅图书"]["actual"])])
    chk_same(R, "满意度", [sat, cnum(act["群众满意度"]["actual"])])
    chk_same(R, "站数", [Num(str(len(srows)), "个"),
                         N(one(text, r"指导全区(?P<n>\d+)个镇综合文化站"), "n", "个"),
                         N(one(text, r"\n(?P<n>\d+)个镇综合文化站各补助"), "n", "个")])
    chk_year_eq(R, "上年得分", int(one(text, r"上年（(\d{4})年）").group(1)) + 1, Y)
    return R


PROJECTS = {
    "sd-hanting-wenhuazhan-2019": p_hanting,
    "hb-huangzhou-tushuche-2020": p_huangzhou,
    "fj-xiuyu-wenhuazhan-2022": p_xiuyu,
    "sx-shangdang-wenhuazhan-2023": p_shangdang,
    "ah-wanzhi-wenlv-bumen-2024": p_wanzhi,
}


# --------------------------------------------------------------------------- label hygiene

def edit_region(a, b):
    """Common prefix/suffix trim: (start, end_in_a, end_in_b)."""
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    j = 0
    while j < len(a) - i and j < len(b) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(x) for x in open(LABELS, encoding="utf-8") if x.strip()]
    names = [r["case"] for r in labels]
    if len(names) != len(set(names)):
        problems.append("duplicate case names in labels.jsonl")
    on_disk = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(names) != on_disk:
        problems.append("labels.jsonl and cases/ disagree")
    code_count = Counter()
    for rec in labels:
        name = rec["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        src = rec["source"]
        fn = PROJECTS.get(src)
        if fn is None:
            problems.append(f"{name}: unknown source {src}")
            continue
        try:
            R = fn(text)
        except Exception as exc:  # noqa: BLE001 - any failure to read is a problem of the set
            problems.append(f"{name}: cannot read figures: {type(exc).__name__} {exc}")
            continue
        got = R.codes()
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if R.errors or R.warnings:
                problems.append(f"{name}: clean draft fails {R.errors + R.warnings}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} labels, want 1")
            continue
        lab = exp[0]
        code_count[lab["code"]] += 1
        if lab["code"] not in CODES_A or lab.get("severity") != "error":
            problems.append(f"{name}: bad code/severity {lab}")
        if got != [lab["code"]]:
            problems.append(f"{name}: labelled {lab['code']}, verify finds {got}: {R.errors}")
        if R.warnings:
            print(f"  note {name}: warnings {R.warnings}")
        # hygiene
        occ = [mm.start() for mm in re.finditer(re.escape(lab["value"]), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value occurs {len(occ)} times")
            continue
        clean_name = src + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        s, ea, eb = edit_region(clean, text)
        if max(ea - s, eb - s) > MAX_EDIT or (ea == s and eb == s):
            problems.append(f"{name}: edit region {ea - s}/{eb - s} chars")
        vs, ve = occ[0], occ[0] + len(lab["value"])
        es, ee = s, max(eb, s + 1)
        if not (vs < ee and es < ve):
            problems.append(f"{name}: value does not overlap the edit [{s},{eb})")
        if len(text) < 1500 or len(text) > 5000:
            problems.append(f"{name}: length {len(text)}")
    for c in CODES_A:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times (< 2)")
    n_clean = sum(1 for r in labels if r["clean"])
    print(f"{len(labels)} cases ({n_clean} clean, {len(labels) - n_clean} with one injected error)")
    print("per code: " + ", ".join(f"{c} {code_count[c]}" for c in CODES_A))
    if problems:
        for p in problems:
            print("PROBLEM", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
