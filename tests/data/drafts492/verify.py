#!/usr/bin/env python3
"""Independent re-check of drafts492 (standard library + decimal only).

For every case the figures are read back from the text (regular expressions and table parsing;
nothing is taken from build.py), every arithmetic identity of rules.md §7 that the draft states is
recomputed with Decimal and the tolerance of rules.md §8, and the failing checks are collected as
error codes of errors.md §A.

Then:
  * every clean draft must fail no check (and raise no score-rule warning);
  * every error case must fail its labelled code and no other error code;
  * every label value occurs exactly once in its case;
  * every error case differs from its clean draft by one contiguous edit of at most 40 characters
    (old and new side) that overlaps the labelled value;
  * every code of errors.md §A is used at least twice.
Prints OK when all of this holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

MONEY = {"元": D(1) / D(10000), "万元": D(1), "亿元": D(10000)}
N = r"([0-9][0-9,]*(?:\.[0-9]+)?)"
EPS = D("1e-9")
DASHES = {"—", "-", "－", "/", ""}


class ParseError(Exception):
    pass


class Fig:
    """A number as written: value, decimals, unit."""

    def __init__(self, raw, unit=""):
        s = raw.replace(",", "")
        self.raw, self.unit = raw, unit
        self.value = D(s)
        self.dec = len(s.split(".")[1]) if "." in s else 0

    def base(self):
        return self.value * MONEY[self.unit] if self.unit in MONEY else self.value

    def tol(self):
        t = D("0.5") * D(10) ** (-self.dec)
        return t * MONEY[self.unit] if self.unit in MONEY else t

    def scaled(self, factor):
        f = Fig(self.raw, self.unit)
        f.value = self.value * factor
        return f

    def __repr__(self):
        return f"{self.raw}{self.unit}"


class Report:
    def __init__(self):
        self.errors = []    # (code, message)
        self.warnings = []  # (code, message)

    def add(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def codes(self):
        return {c for c, _ in self.errors}


# ---------------------------------------------------------------- reading figures

def grab(text, pattern, units=("",)):
    """Match pattern exactly once; return one Fig per group (units given per group)."""
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise ParseError(f"{len(ms)} matches for {pattern!r}")
    m = ms[0]
    if len(units) < len(m.groups()):
        units = tuple(units) + (units[-1],) * (len(m.groups()) - len(units))
    out = [Fig(m.group(i + 1), units[i]) for i in range(len(m.groups()))]
    return out[0] if len(out) == 1 else out


def grab_word(text, pattern):
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise ParseError(f"{len(ms)} matches for {pattern!r}")
    return ms[0].group(1)


CELL = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|=|＝|不低于|不少于|不高于|不超过)?\s*" + N + r"\s*(.*)$")


def cell_fig(cell, default_unit=""):
    """A table cell as Fig (None for a dash); unit from the cell or the table's money unit."""
    c = cell.strip()
    if c in DASHES:
        return None
    m = CELL.match(c)
    if not m:
        raise ParseError(f"not a number: {cell!r}")
    unit = m.group(3).strip() or default_unit
    return Fig(m.group(2), unit)


class Table:
    def __init__(self, text, header_start, sep, unit=""):
        lines = text.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(header_start) and sep in l]
        if len(idx) != 1:
            raise ParseError(f"{len(idx)} tables start with {header_start!r}")
        i = idx[0]
        self.header = [c.strip() for c in lines[i].split(sep)]
        self.rows = []
        for l in lines[i + 1:]:
            if sep not in l:
                break
            cells = [c.strip() for c in l.split(sep)]
            if len(cells) != len(self.header):
                raise ParseError(f"row with {len(cells)} cells, header has {len(self.header)}: {l!r}")
            self.rows.append(cells)
        self.unit = unit

    def col(self, name):
        if name not in self.header:
            raise ParseError(f"no column {name!r}")
        return self.header.index(name)

    def row(self, label, key_col=0):
        rs = [r for r in self.rows if r[key_col] == label]
        if len(rs) != 1:
            raise ParseError(f"{len(rs)} rows labelled {label!r}")
        return rs[0]

    def cell(self, label, colname, key_col=0):
        return self.row(label, key_col)[self.col(colname)]

    def fig(self, label, colname, key_col=0, unit=None):
        return cell_fig(self.cell(label, colname, key_col), self.unit if unit is None else unit)


# ---------------------------------------------------------------- identities

def close(computed, fig):
    return abs(computed - fig.base()) <= fig.tol() + EPS


FACTORS = [D(10000), D(1) / D(10000), D(100000000), D(1) / D(100000000)]


def lin(rep, code, result, terms, what):
    """result = sum(coef * fig)."""
    comp = sum((c * f.base() for c, f in terms), D(0))
    if close(comp, result):
        return
    figs = [result] + [f for _, f in terms]
    for k, f in enumerate(figs):
        for fac in FACTORS:
            if k == 0:
                ok = close(comp, result.scaled(fac))
            else:
                comp2 = sum(((c * (g.scaled(fac) if j == k - 1 else g).base())
                             for j, (c, g) in enumerate(terms)), D(0))
                ok = close(comp2, result)
            if ok:
                rep.add("unit_mismatch", f"{what}: {f} is off by a power of ten")
                return
    rep.add(code, f"{what}: computed {comp}, stated {result}")


def rate(rep, stated, num, den, what, bounded=True):
    """stated % = num / den x 100; stated may be None (a dash)."""
    if den.base() == 0:
        if stated is not None and stated.value != 0:
            rep.add("implausible_rate", f"{what}: {stated} on a zero base")
        return
    if stated is None:
        return
    comp = num.base() / den.base() * 100
    if close(comp, stated):
        if bounded and stated.value > 100:
            rep.add("implausible_rate", f"{what}: {stated}% above 100%")
        return
    for f, g in ((num, den), (den, num)):
        for fac in FACTORS:
            a = f.scaled(fac)
            c2 = (a.base() / g.base() if f is num else g.base() / a.base()) * 100
            if close(c2, stated):
                rep.add("unit_mismatch", f"{what}: {f} is off by a power of ten")
                return
    rep.add("rate_mismatch", f"{what}: computed {comp:.4f}%, stated {stated}%")
    if bounded and stated.value > 100:
        rep.add("implausible_rate", f"{what}: {stated}% above 100%")


def pct_bound(rep, fig, what):
    if fig is not None and fig.value > 100:
        rep.add("implausible_rate", f"{what}: {fig}% above 100%")


def money_class(u):
    return "money" if u in MONEY else u


def eq(rep, a, b, what):
    """The same quantity stated twice."""
    if money_class(a.unit) != money_class(b.unit):
        rep.add("unit_mismatch", f"{what}: {a} vs {b} (different units)")
        return
    if abs(a.base() - b.base()) <= max(a.tol(), b.tol()) + EPS:
        return
    for fac in FACTORS:
        if abs(a.scaled(fac).base() - b.base()) <= max(a.tol() * fac, b.tol()) + EPS or \
           abs(a.base() - b.scaled(fac).base()) <= max(a.tol(), b.tol() * fac) + EPS:
            rep.add("unit_mismatch", f"{what}: {a} vs {b} off by a power of ten")
            return
    rep.add("conflicting_values", f"{what}: {a} vs {b}")


def avg(rep, stated, total, count, what):
    comp = total.base() / count.base()
    if close(comp, stated):
        return
    for fac in FACTORS:
        if close(comp, stated.scaled(fac)) or close(total.scaled(fac).base() / count.base(), stated):
            rep.add("unit_mismatch", f"{what}: off by a power of ten")
            return
    rep.add("average_mismatch", f"{what}: computed {comp}, stated {stated}")


def avg_items(rep, stated, items, what):
    comp = sum((f.base() for f in items), D(0)) / len(items)
    if not close(comp, stated):
        rep.add("average_mismatch", f"{what}: computed {comp}, stated {stated}")


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(score):
    v = score.value
    return "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"


def grade(rep, word, total, what):
    if GRADES[word] != band(total):
        rep.add("grade_mismatch", f"{what}: {word} for {total}")


def year_is(rep, fig, year, what):
    if int(fig.value) != year:
        rep.add("year_mismatch", f"{what}: {fig} is not the evaluation year {year}")


def year_after(rep, fig, year, what):
    if int(fig.value) <= year:
        rep.add("year_mismatch", f"{what}: carried to {fig}, not after {year}")


def year_advance(rep, fig, year, what):
    if int(fig.value) not in (year - 1, year):
        rep.add("year_mismatch", f"{what}: issued in {fig} for {year}")


# ---------------------------------------------------------------- indicator tables

DIRS = {"≥": "gte", ">=": "gte", "＞＝": "gte", "不低于": "gte", "不少于": "gte",
        "≤": "lte", "<=": "lte", "＜＝": "lte", "不高于": "lte", "不超过": "lte",
        "=": "eq", "＝": "eq", None: "eq"}
QUAL_OK = {"健全", "已完成", "达到", "完成"}


def parse_target(c):
    c = c.strip()
    if re.search(r"\d{4}年\d{1,2}月", c):
        return ("date", None, None)
    m = CELL.match(c)
    if not m:
        return ("qual", None, c)
    return (DIRS[m.group(1)], Fig(m.group(2), m.group(3).strip()), None)


def parse_actual(c):
    c = c.strip()
    if re.search(r"\d{4}年\d{1,2}月", c):
        return ("date", None)
    m = CELL.match(c)
    if not m or m.group(1):
        return ("qual", c)
    return ("num", Fig(m.group(2), m.group(3).strip()))


def indicator_checks(rep, t, cols, key="三级指标"):
    """cols: logical -> header name for level1, name, target, actual, completion, weight, score.
    Returns (rows by name, level weight sums, level score sums, total weight, total score)."""
    H = {k: t.col(v) for k, v in cols.items() if v is not None}
    rows, lw, ls = {}, {}, {}
    sw, ss = D(0), D(0)
    total = None
    level = None
    for r in t.rows:
        if r[0].startswith("合计"):
            total = r
            continue
        if r[H["level1"]]:
            level = r[H["level1"]]
        name = r[H["name"]]
        w, s = cell_fig(r[H["weight"]]), cell_fig(r[H["score"]])
        rows[name] = r
        lw[level] = lw.get(level, D(0)) + w.value
        ls[level] = ls.get(level, D(0)) + s.value
        sw += w.value
        ss += s.value
        if s.value > w.value or s.value < 0:
            rep.add("score_exceeds_weight", f"{name}: score {s} outside 0..{w}")
        kind, T, qual = parse_target(r[H["target"]])
        akind, A = parse_actual(r[H["actual"]])
        comp_cell = r[H["completion"]] if "completion" in H else None
        stated_c = cell_fig(comp_cell) if comp_cell is not None else None
        if kind in ("gte", "lte", "eq") and akind == "num":
            if money_class(T.unit) != money_class(A.unit):
                rep.add("unit_mismatch", f"{name}: target {T} vs actual {A}")
                continue
            if A.unit == "%" and A.value > 100:
                rep.add("implausible_rate", f"{name}: actual {A} above 100%")
            t_, a_ = T.base(), A.base()
            if kind == "lte":
                comp = D(100) if a_ <= t_ else t_ / a_ * 100
                exp = w.value if a_ <= t_ else w.value * t_ / a_
            elif t_ == 0:
                comp = None
                exp = w.value if a_ <= 0 else D(0)
            else:
                comp = a_ / t_ * 100
                exp = w.value * min(comp / 100, D(1))
            if stated_c is not None and comp is not None and not close(comp, stated_c):
                rep.add("completion_mismatch", f"{name}: completion {comp:.4f}%, stated {stated_c}%")
            alt = None
            if stated_c is not None and kind != "lte":
                alt = w.value * min(stated_c.value / 100, D(1))
            if not close(exp, s) and not (alt is not None and close(alt, s)):
                rep.warn("score_rule_mismatch", f"{name}: expected {exp:.4f}, stated {s}")
        elif kind == "qual" and akind == "qual":
            if r[H["actual"]] in QUAL_OK and not (w.value * D("0.8") - EPS <= s.value <= w.value):
                rep.warn("score_rule_mismatch", f"{name}: achieved, score {s} outside band")
        elif kind != akind and "date" in (kind, akind):
            rep.add("unit_mismatch", f"{name}: target and actual of different kinds")
    if total is None:
        raise ParseError("no 合计 row")
    tw, ts = cell_fig(total[H["weight"]]), cell_fig(total[H["score"]])
    if tw.value != sw:
        rep.add("weight_sum_mismatch", f"weights sum to {sw}, total row {tw}")
    if tw.value != 100 or sw != 100:
        rep.add("weight_sum_mismatch", f"weights {sw} / total {tw}, expected 100")
    if not close(ss, ts):
        rep.add("score_sum_mismatch", f"scores sum to {ss}, total row {ts}")
    return rows, lw, ls, sw, ss


def row_fig(t, rows, name, colname):
    return cell_fig(rows[name][t.col(colname)])


def target_fig(t, rows, name, colname):
    return parse_target(rows[name][t.col(colname)])[1]


def stated_total(rep, ss, fig, what):
    if not close(ss, fig):
        rep.add("score_sum_mismatch", f"{what}: scores sum to {ss}, stated {fig}")


def level_weights(rep, lw, stated, what):
    """stated: dict level1 -> Fig (weights written in the prose)."""
    for lvl, f in stated.items():
        if lw.get(lvl) != f.value:
            rep.add("weight_sum_mismatch", f"{what}: {lvl} rows sum to {lw.get(lvl)}, stated {f}")
    tot = sum((f.value for f in stated.values()), D(0))
    if tot != 100:
        rep.add("weight_sum_mismatch", f"{what}: stated level weights sum to {tot}")


# ---------------------------------------------------------------- per-project checks

def check_cixi(t, rep):
    Y = 2019
    year_is(rep, grab(t, r"^.*\n" + r"(\d{4})年度农民工工资保证金", ("",)), Y, "title")
    year_is(rep, grab(t, r"附表：(\d{4})年度"), Y, "table title")
    year_is(rep, grab(t, r"(\d{4})年年初预算"), Y, "budget year")
    year_after(rep, grab(t, r"结转至(\d{4})年"), Y, "carry-forward")
    # funds in prose
    init, init_fis, init_car = grab(t, r"年初预算" + N + r"万元，其中当年财政拨款" + N + r"万元、上年结转资金" + N + r"万元", ("万元",))
    add = grab(t, r"追加当年财政拨款" + N + r"万元", ("万元",))
    annual = grab(t, r"全年预算调整为" + N + r"万元", ("万元",))
    spent, p_rate = grab(t, r"全年执行" + N + r"万元，预算执行率" + N + r"%", ("万元", "%"))
    c1, c2, c3 = grab(t, r"应急周转金垫付欠薪" + N + r"万元，监控预警平台运维" + N + r"万元，专项检查及宣传培训" + N + r"万元", ("万元",))
    unspent = grab(t, r"未执行的" + N + r"万元", ("万元",))
    recv_rate = grab(t, r"资金全部到位，到位率" + N + r"%", ("%",))
    rate(rep, recv_rate, annual, annual, "到位率 (全部到位)")
    lin(rep, "sum_mismatch", init, [(1, init_fis), (1, init_car)], "年初预算 = 财政拨款 + 结转")
    lin(rep, "sum_mismatch", annual, [(1, init), (1, add)], "全年预算 = 年初 + 追加")
    rate(rep, p_rate, spent, annual, "预算执行率 (text)")
    lin(rep, "sum_mismatch", spent, [(1, c1), (1, c2), (1, c3)], "执行 = 三项用途")
    lin(rep, "balance_mismatch", unspent, [(1, annual), (-1, spent)], "未执行 = 全年预算 − 执行 (到位率100%)")
    # funds table
    ft = Table(t, "项目｜年初预算数", "｜", "万元")
    parts = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        lin(rep, "sum_mismatch", ft.fig("年度资金总额", col), [(1, ft.fig(p, col)) for p in parts], f"资金总额 {col}")
    for r in ["年度资金总额"] + parts:
        rate(rep, ft.fig(r, "执行率", unit="%"), ft.fig(r, "全年执行数"), ft.fig(r, "全年预算数"), f"{r} 执行率")
    eq(rep, ft.fig("年度资金总额", "年初预算数"), init, "年初预算 table/text")
    eq(rep, ft.fig("其中：当年财政拨款", "年初预算数"), init_fis, "年初财政拨款 table/text")
    eq(rep, ft.fig("上年结转资金", "年初预算数"), init_car, "年初结转 table/text")
    eq(rep, ft.fig("年度资金总额", "全年预算数"), annual, "全年预算 table/text")
    eq(rep, ft.fig("年度资金总额", "全年执行数"), spent, "全年执行 table/text")
    lin(rep, "sum_mismatch", add, [(1, ft.fig("其中：当年财政拨款", "全年预算数")), (-1, ft.fig("其中：当年财政拨款", "年初预算数"))], "追加 = 全年 − 年初 (财政拨款)")
    # guarantee account
    g0 = grab(t, r"年初专户余额" + N + r"万元", ("万元",))
    gin = grab(t, r"新收缴保证金\d+笔、" + N + r"万元", ("万元",))
    gout = grab(t, r"返还保证金\d+笔、" + N + r"万元", ("万元",))
    g1 = grab(t, r"年末专户余额" + N + r"万元", ("万元",))
    lin(rep, "balance_mismatch", g1, [(1, g0), (1, gin), (-1, gout)], "年末余额 = 年初 + 收缴 − 返还")
    # outputs
    nchk, i1, i2, i3, i4, isum, iavg = grab(t, r"开展" + N + r"次欠薪专项检查，分别检查用人单位" + N + r"户、" + N + r"户、" + N + r"户、" + N + r"户，合计" + N + r"户，平均每次" + N + r"户", ("次", "户"))
    lin(rep, "sum_mismatch", isum, [(1, i1), (1, i2), (1, i3), (1, i4)], "检查户数合计")
    if nchk.value != 4:
        rep.add("sum_mismatch", "number of inspections vs list")
    avg_items(rep, iavg, [i1, i2, i3, i4], "平均每次检查户数")
    acc, done, drate = grab(t, r"受理欠薪投诉举报案件" + N + r"件，已办结" + N + r"件，办结率" + N + r"%", ("件", "件", "%"))
    rate(rep, drate, done, acc, "办结率 (text)")
    ncase, adv = grab(t, r"垫付欠薪案件" + N + r"件，垫付工资" + N + r"万元", ("件", "万元"))
    eq(rep, adv, c1, "垫付工资 two statements")
    days = grab(t, r"均在" + N + r"个工作日内到账", ("个工作日",))
    opex = grab(t, r"平台全年运维费" + N + r"万元", ("万元",))
    cap = grab(t, r"控制在" + N + r"万元以内", ("万元",))
    eq(rep, opex, c2, "运维费 two statements")
    persons, back, pavg, pavg_yuan = grab(t, r"为" + N + r"名农民工追回被拖欠工资" + N + r"万元，人均" + N + r"万元（" + N + r"元）", ("人", "万元", "万元", "元"))
    avg(rep, pavg, back, persons, "人均追回 (万元)")
    avg(rep, pavg_yuan, back, persons, "人均追回 (元)")
    rec, rrate, rest = grab(t, r"追偿回收垫付资金" + N + r"万元，追偿率" + N + r"%，其余" + N + r"万元", ("万元", "%", "万元"))
    rate(rep, rrate, rec, adv, "追偿率 (text)")
    lin(rep, "balance_mismatch", rest, [(1, adv), (-1, rec)], "未追偿 = 垫付 − 回收")
    sat = grab(t, r"满意度为" + N + r"%", ("%",))
    pct_bound(rep, sat, "满意度 (text)")
    # indicator table
    it = Table(t, "一级指标｜二级指标", "｜")
    cols = dict(level1="一级指标", name="三级指标", target="年度指标值", actual="实际完成值",
                completion="完成率", weight="分值", score="得分")
    rows, lw, ls, sw, ss = indicator_checks(rep, it, cols)
    A = lambda n: row_fig(it, rows, n, "实际完成值")
    rate(rep, A("预算执行率"), ft.fig("年度资金总额", "全年执行数"), ft.fig("年度资金总额", "全年预算数"), "自评表 预算执行率")
    eq(rep, A("专项检查用人单位户数"), isum, "检查户数 table/text")
    eq(rep, A("应急周转金垫付案件数"), ncase, "垫付案件数 table/text")
    rate(rep, A("欠薪案件办结率"), done, acc, "自评表 办结率")
    eq(rep, A("到账时限"), days, "到账时限 table/text")
    eq(rep, A("平台年度运维费"), opex, "运维费 table/text")
    eq(rep, target_fig(it, rows, "平台年度运维费", "年度指标值"), cap, "运维费上限 table/text")
    eq(rep, A("追回农民工工资金额"), back, "追回工资 table/text")
    rate(rep, A("垫付资金追偿率"), rec, adv, "自评表 追偿率")
    eq(rep, target_fig(it, rows, "垫付资金追偿率", "年度指标值"), grab(t, r"追偿率未达到" + N + r"%的年度目标", ("%",)), "追偿率目标 table/text")
    eq(rep, A("受助农民工满意度"), sat, "满意度 table/text")
    total = grab(t, r"本项目得分" + N + r"分", ("分",))
    stated_total(rep, ss, total, "自评结论 总分")
    grade(rep, grab_word(t, r"评价等级为(优秀|良好|优|良|中等|中|差)"), total, "自评结论")
    ded1 = grab(t, r"年度目标，扣" + N + r"分")
    ded2 = grab(t, r"未达100%，扣" + N + r"分")
    lin(rep, "score_sum_mismatch", ded1, [(1, row_fig(it, rows, "垫付资金追偿率", "分值")), (-1, row_fig(it, rows, "垫付资金追偿率", "得分"))], "追偿率扣分")
    lin(rep, "score_sum_mismatch", ded2, [(1, row_fig(it, rows, "预算执行率", "分值")), (-1, row_fig(it, rows, "预算执行率", "得分"))], "执行率扣分")


def check_shifang(t, rep):
    Y = 2021
    year_is(rep, grab(t, r"^什邡市劳动保障监察大队(\d{4})年度"), Y, "title")
    year_is(rep, grab(t, r"(\d{4})年年初预算"), Y, "budget year")
    year_is(rep, grab(t, r"(\d{4})年全年支出"), Y, "spending year")
    year_is(rep, grab(t, r"大队(\d{4})年度部门整体支出自评得分"), Y, "conclusion year")
    year_after(rep, grab(t, r"结转(\d{4})年使用"), Y, "carry-forward")
    init, add, annual = grab(t, r"(\d{4})年年初预算" + N + r"万元，年中追加根治欠薪冬季专项行动等经费" + N + r"万元，全年预算" + N + r"万元", ("", "万元"))[1:]
    fis, car = grab(t, r"按资金来源分，财政拨款" + N + r"万元，上年结转" + N + r"万元", ("万元",))
    spent, prate = grab(t, r"全年支出" + N + r"万元，预算执行率" + N + r"%", ("万元", "%"))
    basic, staff, office, proj = grab(t, r"其中基本支出" + N + r"万元，包括人员经费" + N + r"万元、公用经费" + N + r"万元；项目支出" + N + r"万元", ("万元",))
    unspent = grab(t, r"年末未支出" + N + r"万元", ("万元",))
    lin(rep, "sum_mismatch", annual, [(1, init), (1, add)], "全年预算 = 年初 + 追加")
    lin(rep, "sum_mismatch", annual, [(1, fis), (1, car)], "全年预算 = 财政拨款 + 结转")
    rate(rep, prate, spent, annual, "预算执行率 (text)")
    lin(rep, "sum_mismatch", spent, [(1, basic), (1, proj)], "支出 = 基本 + 项目")
    lin(rep, "sum_mismatch", basic, [(1, staff), (1, office)], "基本支出 = 人员 + 公用")
    lin(rep, "balance_mismatch", unspent, [(1, annual), (-1, spent)], "未支出 = 全年预算 − 支出")
    t1 = Table(t, "项目\t年初预算数", "\t", "万元")
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        lin(rep, "sum_mismatch", t1.fig("合计", col), [(1, t1.fig("基本支出", col)), (1, t1.fig("项目支出", col))], f"表1 合计 {col}")
    for r in ("合计", "基本支出", "项目支出"):
        rate(rep, t1.fig(r, "执行率", unit="%"), t1.fig(r, "全年执行数"), t1.fig(r, "全年预算数"), f"表1 {r} 执行率")
    eq(rep, t1.fig("合计", "年初预算数"), init, "年初预算 表1/text")
    eq(rep, t1.fig("合计", "全年预算数"), annual, "全年预算 表1/text")
    eq(rep, t1.fig("合计", "全年执行数"), spent, "全年支出 表1/text")
    eq(rep, t1.fig("基本支出", "全年执行数"), basic, "基本支出 表1/text")
    eq(rep, t1.fig("项目支出", "全年执行数"), proj, "项目支出 表1/text")
    t2 = Table(t, "资金来源\t全年预算数", "\t", "万元")
    src = ["财政拨款", "上年结转", "财政专户管理资金", "单位资金"]
    for col in ("全年预算数", "全年执行数"):
        lin(rep, "sum_mismatch", t2.fig("合计", col), [(1, t2.fig(s, col)) for s in src], f"表2 合计 {col}")
    for r in src + ["合计"]:
        rate(rep, t2.fig(r, "执行率", unit="%"), t2.fig(r, "全年执行数"), t2.fig(r, "全年预算数"), f"表2 {r} 执行率")
    eq(rep, t2.fig("财政拨款", "全年预算数"), fis, "财政拨款 表2/text")
    eq(rep, t2.fig("上年结转", "全年预算数"), car, "上年结转 表2/text")
    eq(rep, t2.fig("合计", "全年预算数"), t1.fig("合计", "全年预算数"), "全年预算 表2/表1")
    eq(rep, t2.fig("合计", "全年执行数"), t1.fig("合计", "全年执行数"), "全年执行 表2/表1")
    t3 = Table(t, "项目名称\t全年预算数", "\t", "万元")
    names = ["根治欠薪专项执法经费", "劳动保障监察网格化管理经费", "欠薪应急处置工作经费"]
    for col in ("全年预算数", "全年执行数"):
        lin(rep, "sum_mismatch", t3.fig("合计", col), [(1, t3.fig(n, col)) for n in names], f"表3 合计 {col}")
    for r in names + ["合计"]:
        rate(rep, t3.fig(r, "执行率", unit="%"), t3.fig(r, "全年执行数"), t3.fig(r, "全年预算数"), f"表3 {r} 执行率")
    eq(rep, t3.fig("合计", "全年预算数"), t1.fig("项目支出", "全年预算数"), "项目预算 表3/表1")
    eq(rep, t3.fig("合计", "全年执行数"), t1.fig("项目支出", "全年执行数"), "项目执行 表3/表1")
    mean, wrate = grab(t, r"三个项目执行率的算术平均为" + N + r"%，低于按金额计算的项目支出执行率" + N + r"%", ("%",))
    avg_items(rep, mean, [t3.fig(n, "执行率", unit="%") for n in names], "三个项目平均执行率")
    rate(rep, wrate, t3.fig("合计", "全年执行数"), t3.fig("合计", "全年预算数"), "项目支出执行率 (text)")
    low = grab(t, r"执行率仅为" + N + r"%", ("%",))
    rate(rep, low, t3.fig("欠薪应急处置工作经费", "全年执行数"), t3.fig("欠薪应急处置工作经费", "全年预算数"), "应急处置经费执行率 (text)")
    lw_stated = dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"],
                         grab(t, r"本次自评设置预算执行率" + N + r"分、产出指标" + N + r"分、效益指标" + N + r"分、满意度指标" + N + r"分，共" + N + r"分", ("分",))[:4]))
    wtot = grab(t, r"满意度指标\d+分，共" + N + r"分", ("分",))
    if wtot.value != 100:
        rep.add("weight_sum_mismatch", "stated weight total not 100")
    # outputs
    audit = grab(t, r"全年书面审查用人单位" + N + r"户", ("户",))
    filed, closed, crate, moved = grab(t, r"立案查处欠薪案件" + N + r"件，结案" + N + r"件，结案率" + N + r"%，另有" + N + r"件", ("件", "件", "%", "件"))
    rate(rep, crate, closed, filed, "结案率 (text)")
    lin(rep, "sum_mismatch", filed, [(1, closed), (1, moved)], "立案 = 结案 + 移送")
    days = grab(t, r"平均办结时间为" + N + r"个工作日", ("个工作日",))
    spent2 = grab(t, r"全年部门整体支出" + N + r"万元", ("万元",))
    eq(rep, spent2, spent, "部门整体支出 two statements")
    persons, back, pavg = grab(t, r"为" + N + r"名农民工追回被拖欠工资" + N + r"万元，人均" + N + r"万元", ("人", "万元", "万元"))
    avg(rep, pavg, back, persons, "人均追回")
    vill, done, cov = grab(t, r"全市" + N + r"个村（社区）中已有" + N + r"个落实劳动保障监察网格员，网格化监管覆盖率" + N + r"%", ("个", "个", "%"))
    rate(rep, cov, done, vill, "网格化覆盖率 (text)")
    left = grab(t, r"尚有" + N + r"个村（社区）未落实", ("个",))
    lin(rep, "sum_mismatch", left, [(1, vill), (-1, done)], "未落实村数")
    sat = grab(t, r"满意度为" + N + r"%", ("%",))
    pct_bound(rep, sat, "满意度 (text)")
    back2 = grab(t, r"全年追回农民工工资" + N + r"万元", ("万元",))
    eq(rep, back2, back, "追回工资 two statements")
    # indicator table
    it = Table(t, "一级指标\t二级指标", "\t")
    cols = dict(level1="一级指标", name="三级指标", target="年度指标值", actual="实际完成值",
                completion="完成率", weight="分值", score="得分")
    rows, lw, ls, sw, ss = indicator_checks(rep, it, cols)
    level_weights(rep, lw, lw_stated, "自评权重")
    A = lambda n: row_fig(it, rows, n, "实际完成值")
    rate(rep, A("部门预算执行率"), t1.fig("合计", "全年执行数"), t1.fig("合计", "全年预算数"), "自评表 执行率")
    eq(rep, A("书面审查用人单位"), audit, "书面审查 table/text")
    eq(rep, A("立案查处欠薪案件"), filed, "立案 table/text")
    rate(rep, A("欠薪案件结案率"), closed, filed, "自评表 结案率")
    eq(rep, A("投诉案件平均办结时间"), days, "办结时间 table/text")
    eq(rep, A("部门整体支出"), spent, "部门整体支出 table/text")
    eq(rep, target_fig(it, rows, "部门整体支出", "年度指标值"), annual, "支出上限 = 全年预算")
    eq(rep, A("追回农民工工资"), back, "追回工资 table/text")
    over = grab(t, r"超出年度目标" + N + r"%", ("%",))
    T = lambda x: target_fig(it, rows, x, "年度指标值")
    comp = (A("追回农民工工资").base() - T("追回农民工工资").base()) / T("追回农民工工资").base() * 100
    if not close(comp, over):
        rep.add("completion_mismatch", f"追回工资超出目标 {comp}% vs {over}")
    rate(rep, A("网格化监管覆盖率"), done, vill, "自评表 覆盖率")
    eq(rep, A("投诉人及被检查单位满意度"), sat, "满意度 table/text")
    total = grab(t, r"自评得分" + N + r"分", ("分",))
    stated_total(rep, ss, total, "评价结论 总分")
    grade(rep, grab_word(t, r"评价等级为“(优秀|良好|优|良|中等|中|差)”"), total, "评价结论")


def check_xingyang(t, rep):
    Y = 2022
    year_is(rep, grab(t, r"\n(\d{4})年度欠薪应急周转金项目绩效自评报告"), Y, "title")
    year_is(rep, grab(t, r"附件：(\d{4})年度"), Y, "table title")
    year_is(rep, grab(t, r"(\d{4})年周转金规模"), Y, "budget year")
    year_advance(rep, grab(t, r"（(\d{4})年12月提前下达）"), Y, "advance")
    year_after(rep, grab(t, r"结转至(\d{4})年"), Y, "carry-forward")
    year_is(rep, grab(t, r"截至(\d{4})年12月31日"), Y, "cut-off date")
    size, fis, car = grab(t, r"周转金规模" + N + r"万元，其中市级财政拨款" + N + r"万元（\d{4}年12月提前下达）、上年结转资金" + N + r"万元", ("万元",))
    lin(rep, "sum_mismatch", size, [(1, fis), (1, car)], "周转金规模 = 拨款 + 结转")
    recv_rate = grab(t, r"资金全部到位，到位率" + N + r"%", ("%",))
    rate(rep, recv_rate, size, size, "到位率 (全部到位)")
    spent, prate = grab(t, r"全年动用周转金垫付欠薪" + N + r"万元，预算执行率" + N + r"%", ("万元", "%"))
    rate(rep, prate, spent, size, "执行率 (text)")
    unused = grab(t, r"未动用的" + N + r"万元", ("万元",))
    lin(rep, "balance_mismatch", unused, [(1, size), (-1, spent)], "未动用 = 规模 − 垫付 (到位率100%)")
    ft = Table(t, "项目｜年初预算数", "｜", "万元")
    parts = ["其中：市级财政拨款", "上年结转资金"]
    for col in ("年初预算数", "全年预算数", "实际到位", "全年执行数"):
        lin(rep, "sum_mismatch", ft.fig("周转金总额", col), [(1, ft.fig(p, col)) for p in parts], f"周转金总额 {col}")
    for r in ["周转金总额"] + parts:
        rate(rep, ft.fig(r, "执行率", unit="%"), ft.fig(r, "全年执行数"), ft.fig(r, "全年预算数"), f"{r} 执行率")
        eq(rep, ft.fig(r, "年初预算数"), ft.fig(r, "全年预算数"), f"{r}: 年内预算未调整")
        eq(rep, ft.fig(r, "实际到位"), ft.fig(r, "全年预算数"), f"{r}: 到位率100%")
    eq(rep, ft.fig("周转金总额", "全年预算数"), size, "规模 table/text")
    eq(rep, ft.fig("其中：市级财政拨款", "全年预算数"), fis, "市级拨款 table/text")
    eq(rep, ft.fig("上年结转资金", "全年预算数"), car, "结转 table/text")
    eq(rep, ft.fig("周转金总额", "全年执行数"), spent, "垫付 table/text")
    # outputs
    n, ppl, amt, pavg, cavg = grab(t, r"垫付欠薪" + N + r"起，惠及农民工" + N + r"人，垫付金额" + N + r"万元，人均垫付" + N + r"元，单起平均" + N + r"万元", ("起", "人", "万元", "元", "万元"))
    eq(rep, amt, spent, "垫付金额 two statements")
    avg(rep, pavg, amt, ppl, "人均垫付")
    avg(rep, cavg, amt, n, "单起平均")
    n1, a1, n2, a2 = grab(t, r"建筑领域" + N + r"起、垫付" + N + r"万元，其他行业" + N + r"起、垫付" + N + r"万元", ("起", "万元", "起", "万元"))
    lin(rep, "sum_mismatch", n, [(1, n1), (1, n2)], "起数 = 建筑 + 其他")
    lin(rep, "sum_mismatch", amt, [(1, a1), (1, a2)], "垫付金额 = 建筑 + 其他")
    days = grab(t, r"均在" + N + r"个工作日内拨付到位", ("个工作日",))
    dev1, dev2 = grab(t, r"分别超出年度目标" + N + r"%和" + N + r"%", ("%",))
    rec, rrate, rest = grab(t, r"已追偿回收垫付资金" + N + r"万元，回收率" + N + r"%，未达到\d+%的年度目标；尚未回收的" + N + r"万元", ("万元", "%", "万元"))
    rate(rep, rrate, rec, amt, "回收率 (text)")
    lin(rep, "balance_mismatch", rest, [(1, amt), (-1, rec)], "未回收 = 垫付 − 回收")
    r1, rr1, r2, rr2 = grab(t, r"其中建筑领域回收" + N + r"万元，回收率" + N + r"%；其他行业回收" + N + r"万元，回收率" + N + r"%", ("万元", "%", "万元", "%"))
    rate(rep, rr1, r1, a1, "建筑领域回收率")
    rate(rep, rr2, r2, a2, "其他行业回收率")
    lin(rep, "sum_mismatch", rec, [(1, r1), (1, r2)], "回收 = 建筑 + 其他")
    # indicator table
    it = Table(t, "一级指标｜二级指标", "｜")
    cols = dict(level1="一级指标", name="三级指标", target="年度指标值", actual="实际完成值",
                completion="完成率", weight="分值", score="得分")
    rows, lw, ls, sw, ss = indicator_checks(rep, it, cols)
    A = lambda x: row_fig(it, rows, x, "实际完成值")
    T = lambda x: target_fig(it, rows, x, "年度指标值")
    rate(rep, A("周转金执行率"), ft.fig("周转金总额", "全年执行数"), ft.fig("周转金总额", "全年预算数"), "自评表 执行率")
    eq(rep, A("垫付欠薪起数"), n, "起数 table/text")
    eq(rep, A("受助农民工人数"), ppl, "人数 table/text")
    eq(rep, A("垫付资金拨付时限"), days, "拨付时限 table/text")
    eq(rep, A("单起平均垫付金额"), cavg, "单起平均 table/text")
    rate(rep, A("垫付资金追偿回收率"), rec, amt, "自评表 回收率")
    eq(rep, T("垫付资金追偿回收率"), grab(t, r"未达到" + N + r"%的年度目标", ("%",)), "回收率目标 table/text")
    for dev, name in ((dev1, "垫付欠薪起数"), (dev2, "受助农民工人数")):
        comp = (A(name).base() - T(name).base()) / T(name).base() * 100
        if not close(comp, dev):
            rep.add("completion_mismatch", f"{name}: deviation {comp}%, stated {dev}%")
    total = grab(t, r"自评得分" + N + r"分", ("分",))
    stated_total(rep, ss, total, "自评得分 (text)")
    grade(rep, grab_word(t, r"评价等级为(优秀|良好|优|良|中等|中|差)"), total, "自评得分 (text)")


def check_laixi(t, rep):
    Y = 2024
    year_is(rep, grab(t, r"\n(\d{4})年度根治欠薪专项执法行动经费"), Y, "title")
    year_is(rep, grab(t, r"落实.*?(\d{4})年我大队组织开展"), Y, "project year")
    year_advance(rep, grab(t, r"（(\d{4})年12月提前下达）"), Y, "advance")
    year_is(rep, grab(t, r"；(\d{4})年6月省级追加"), Y, "adjustment year")
    year_is(rep, grab(t, r"截至(\d{4})年12月31日"), Y, "cut-off date")
    init, prov0, cty0 = grab(t, r"项目年初预算" + N + r"万元，其中省级根治欠薪专项补助" + N + r"万元（\d{4}年12月提前下达）、县区级资金" + N + r"万元", ("万元",))
    add, annual = grab(t, r"\d{4}年6月省级追加专项补助" + N + r"万元，全年预算" + N + r"万元", ("万元",))
    spent, prate, bal = grab(t, r"全年执行" + N + r"万元，预算执行率" + N + r"%；年末结余" + N + r"万元", ("万元", "%", "万元"))
    lin(rep, "sum_mismatch", init, [(1, prov0), (1, cty0)], "年初 = 省级 + 县区级")
    lin(rep, "sum_mismatch", annual, [(1, init), (1, add)], "全年 = 年初 + 追加")
    rate(rep, prate, spent, annual, "执行率 (text)")
    lin(rep, "balance_mismatch", bal, [(1, annual), (-1, spent)], "结余 = 到位 − 执行 (资金全部到位)")
    ft = Table(t, "项目｜行次", "｜", "万元")
    src = ["中央", "省级", "市级", "县区级"]
    amount_rows = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]
    for r in amount_rows:
        lin(rep, "sum_mismatch", ft.fig(r, "年度总金额"), [(1, ft.fig(r, s)) for s in src], f"{r} 来源合计")
    for c in ["年度总金额"] + src:
        lin(rep, "balance_mismatch", ft.fig("资金结余", c), [(1, ft.fig("实际到位资金", c)), (-1, ft.fig("全年执行资金", c))], f"(5)=(3)-(4) {c}")
        rate(rep, ft.fig("预算到位率(%)", c, unit="%"), ft.fig("实际到位资金", c), ft.fig("全年预算资金", c), f"(6) {c}")
        rate(rep, ft.fig("预算执行率(%)", c, unit="%"), ft.fig("全年执行资金", c), ft.fig("全年预算资金", c), f"(7) {c}")
    eq(rep, ft.fig("年初预算资金", "年度总金额"), init, "年初 table/text")
    eq(rep, ft.fig("年初预算资金", "省级"), prov0, "年初省级 table/text")
    eq(rep, ft.fig("年初预算资金", "县区级"), cty0, "年初县区级 table/text")
    lin(rep, "sum_mismatch", add, [(1, ft.fig("全年预算资金", "省级")), (-1, ft.fig("年初预算资金", "省级"))], "省级追加")
    eq(rep, ft.fig("全年预算资金", "年度总金额"), annual, "全年预算 table/text")
    eq(rep, ft.fig("全年执行资金", "年度总金额"), spent, "执行 table/text")
    e1, e2, e3, e4, mandays, perday = grab(t, r"执法检查工作经费" + N + r"万元、宣传培训" + N + r"万元、执法记录仪等设备购置" + N + r"万元、检查人员误餐补助" + N + r"万元（" + N + r"人·天，每人每天" + N + r"元）", ("万元", "万元", "万元", "万元", "人天", "元"))
    lin(rep, "sum_mismatch", spent, [(1, e1), (1, e2), (1, e3), (1, e4)], "执行 = 四项支出")
    prod = Fig(str(mandays.value * perday.value), "元")
    eq(rep, e4, prod, "误餐补助 = 人天 × 标准")
    lw_stated = dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"],
                         grab(t, r"本次自评按预算执行率" + N + r"分、产出指标" + N + r"分、效益指标" + N + r"分、满意度指标" + N + r"分设置权重", ("分",))))
    total = grab(t, r"项目总得分" + N + r"分", ("分",))
    gword = grab_word(t, r"属于“(优秀|良好|优|良|中等|中|差)”")
    # indicator table
    it = Table(t, "一级指标｜二级指标", "｜")
    cols = dict(level1="一级指标", name="三级指标", target="目标值", actual="业绩值",
                completion="完成率", weight="权重", score="指标得分")
    rows, lw, ls, sw, ss = indicator_checks(rep, it, cols)
    level_weights(rep, lw, lw_stated, "自评权重")
    stated_total(rep, ss, total, "总得分 (text)")
    grade(rep, gword, total, "总得分 (text)")
    A = lambda x: row_fig(it, rows, x, "业绩值")
    T = lambda x: target_fig(it, rows, x, "目标值")
    rate(rep, A("预算执行率"), ft.fig("全年执行资金", "年度总金额"), ft.fig("全年预算资金", "年度总金额"), "自评表 执行率")
    eq(rep, A("专项行动经费"), spent, "经费 table/text")
    eq(rep, T("专项行动经费"), annual, "经费上限 = 全年预算")
    # analysis
    chk, proj, filed, closed, crate, left = grab(t, r"共检查用人单位" + N + r"户、在建工程项目" + N + r"个；立案查处欠薪案件" + N + r"件，结案" + N + r"件，结案率" + N + r"%，剩余" + N + r"件", ("户", "个", "件", "件", "%", "件"))
    rate(rep, crate, closed, filed, "结案率 (text)")
    lin(rep, "sum_mismatch", left, [(1, filed), (-1, closed)], "剩余案件")
    persons, back, pavg, more = grab(t, r"为" + N + r"名农民工追回工资" + N + r"万元，人均" + N + r"万元，较目标多追回" + N + r"万元", ("人", "万元", "万元", "万元"))
    avg(rep, pavg, back, persons, "人均追回")
    lin(rep, "sum_mismatch", more, [(1, back), (-1, T("追回农民工工资"))], "多追回 = 实际 − 目标")
    clues, cleared, clrate, rest = grab(t, r"排查欠薪线索" + N + r"条，动态清零" + N + r"条，清零率" + N + r"%，其余" + N + r"条", ("条", "条", "%", "条"))
    rate(rep, clrate, cleared, clues, "清零率 (text)")
    lin(rep, "sum_mismatch", rest, [(1, clues), (-1, cleared)], "其余线索")
    nq, nsat, sat = grab(t, r"回收有效问卷" + N + r"份，满意" + N + r"份，满意度" + N + r"%", ("份", "份", "%"))
    rate(rep, sat, nsat, nq, "满意度 (text)")
    chk2 = grab(t, r"全年联合检查覆盖用人单位" + N + r"户", ("户",))
    eq(rep, chk2, chk, "检查户数 two statements")
    eq(rep, A("检查用人单位户数"), chk, "检查户数 table/text")
    eq(rep, A("检查在建工程项目"), proj, "在建项目 table/text")
    rate(rep, A("欠薪案件结案率"), closed, filed, "自评表 结案率")
    eq(rep, A("追回农民工工资"), back, "追回 table/text")
    rate(rep, A("欠薪线索动态清零率"), cleared, clues, "自评表 清零率")
    rate(rep, A("农民工满意度"), nsat, nq, "自评表 满意度")
    g1, g2, g3, g4, g5 = grab(t, r"全年检查用人单位不少于" + N + r"户、在建工程项目不少于" + N + r"个，欠薪案件结案率不低于" + N + r"%，追回农民工工资不少于" + N + r"万元，欠薪线索动态清零率不低于" + N + r"%", ("户", "个", "%", "万元", "%"))
    for g, name in ((g1, "检查用人单位户数"), (g2, "检查在建工程项目"), (g3, "欠薪案件结案率"), (g4, "追回农民工工资"), (g5, "欠薪线索动态清零率")):
        eq(rep, T(name), g, f"{name} 目标 table/绩效目标")


def check_macheng(t, rep):
    Y = 2025
    year_is(rep, grab(t, r"^麻城市人力资源和社会保障局(\d{4})年度"), Y, "title")
    year_is(rep, grab(t, r"(\d{4})年年初预算"), Y, "budget year")
    year_after(rep, grab(t, r"结转至(\d{4})年"), Y, "carry-forward")
    init, add, annual = grab(t, r"年年初预算" + N + r"万元，8月因开展欠薪隐患集中排查追加" + N + r"万元，全年预算" + N + r"万元", ("万元",))
    lin(rep, "sum_mismatch", annual, [(1, init), (1, add)], "全年 = 年初 + 追加")
    b = grab(t, r"预算分别为：平台运维" + N + r"万元、实名制考勤设备补助" + N + r"万元、宣传培训" + N + r"万元、欠薪隐患排查" + N + r"万元", ("万元",))
    spent = grab(t, r"全年执行" + N + r"万元", ("万元",))
    s = grab(t, r"分别支出" + N + r"万元、" + N + r"万元、" + N + r"万元、" + N + r"万元，预算执行率", ("万元",))
    prate = grab(t, r"预算执行率" + N + r"%。", ("%",))
    lin(rep, "sum_mismatch", annual, [(1, x) for x in b], "全年预算 = 四项预算")
    lin(rep, "sum_mismatch", spent, [(1, x) for x in s], "执行 = 四项支出")
    rate(rep, prate, spent, annual, "执行率 (text)")
    unspent, dev_unpaid = grab(t, r"未执行的" + N + r"万元中，实名制考勤设备补助" + N + r"万元", ("万元",))
    lin(rep, "balance_mismatch", unspent, [(1, annual), (-1, spent)], "未执行 = 全年预算 − 执行 (资金全部到位)")
    lin(rep, "balance_mismatch", dev_unpaid, [(1, b[1]), (-1, s[1])], "设备补助未拨付")
    per, units, paid = grab(t, r"每台设备补助标准为" + N + r"元，全年已为验收合格的" + N + r"台设备拨付补助" + N + r"万元", ("元", "台", "万元"))
    eq(rep, paid, Fig(str(per.value * units.value), "元"), "设备补助 = 台数 × 标准")
    eq(rep, paid, s[1], "设备补助 two statements")
    proj = grab(t, r"纳入监控预警平台的在建工程项目" + N + r"个", ("个",))
    proj_t = grab(t, r"超过" + N + r"个的年度目标", ("个",))
    firms, f1, f2, cut, cut1, cut2 = grab(t, r"对信用良好的" + N + r"家施工企业实行保证金差异化缴存，其中免缴" + N + r"家、减半缴存" + N + r"家，减免保证金" + N + r"万元（免缴" + N + r"万元、减半" + N + r"万元）", ("家", "家", "家", "万元", "万元", "万元"))
    lin(rep, "sum_mismatch", firms, [(1, f1), (1, f2)], "企业数 = 免缴 + 减半")
    lin(rep, "sum_mismatch", cut, [(1, cut1), (1, cut2)], "减免金额 = 免缴 + 减半")
    firms_t = grab(t, r"差异化缴存企业数未达到" + N + r"家的目标", ("家",))
    warn_n, handled, hrate, days, davg, dtarget = grab(t, r"推送欠薪预警信息" + N + r"条，已处置" + N + r"条，处置率" + N + r"%；处置合计用时" + N + r"天，平均每条" + N + r"天，超过" + N + r"天的目标", ("条", "条", "%", "天", "天", "天"))
    rate(rep, hrate, handled, warn_n, "处置率 (text)")
    avg(rep, davg, days, handled, "平均处置用时")
    cut_b = grab(t, r"为企业减少资金占用" + N + r"万元", ("万元",))
    eq(rep, cut_b, cut, "减免金额 two statements")
    cases, cases0, drop, cap = grab(t, r"全年发生欠薪案件" + N + r"件，较2024年的" + N + r"件下降" + N + r"%，控制在" + N + r"件以内", ("件", "件", "%", "件"))
    dcount = Fig(str(cases0.value - cases.value), "件")
    rate(rep, drop, dcount, cases0, "欠薪案件下降率")
    p2, covered, cov = grab(t, r"(\d+)个在建项目中" + N + r"个实现实名制考勤，覆盖率" + N + r"%", ("个", "个", "%"))
    eq(rep, p2, proj, "在建项目数 two statements")
    rate(rep, cov, covered, p2, "覆盖率 (text)")
    nq, nsat, sat = grab(t, r"回收有效问卷" + N + r"份，满意" + N + r"份，满意度" + N + r"%", ("份", "份", "%"))
    rate(rep, sat, nsat, nq, "满意度 (text)")
    # indicator table (Hubei style: execution 20 points)
    it = Table(t, "一级指标｜二级指标", "｜")
    cols = dict(level1="一级指标", name="三级指标", target="年度指标值", actual="实际完成值",
                completion="完成率", weight="分值", score="得分")
    rows, lw, ls, sw, ss = indicator_checks(rep, it, cols)
    w_exec = grab(t, r"预算执行率分值" + N + r"分", ("分",))
    w_rest = grab(t, r"满意度指标合计" + N + r"分", ("分",))
    if lw.get("预算执行") != w_exec.value:
        rep.add("weight_sum_mismatch", "execution weight vs stated")
    if sw - lw.get("预算执行", D(0)) != w_rest.value or w_exec.value + w_rest.value != 100:
        rep.add("weight_sum_mismatch", "indicator weights vs stated 80")
    A = lambda x: row_fig(it, rows, x, "实际完成值")
    T = lambda x: target_fig(it, rows, x, "年度指标值")
    rate(rep, A("预算执行率"), spent, annual, "自评表 执行率")
    eq(rep, A("纳入平台监控在建项目"), proj, "在建项目 table/text")
    eq(rep, T("纳入平台监控在建项目"), proj_t, "在建项目目标 table/text")
    eq(rep, A("差异化缴存保证金企业"), firms, "企业数 table/text")
    eq(rep, T("差异化缴存保证金企业"), firms_t, "企业数目标 table/text")
    rate(rep, A("预警信息处置率"), handled, warn_n, "自评表 处置率")
    eq(rep, A("预警处置平均用时"), davg, "平均用时 table/text")
    eq(rep, T("预警处置平均用时"), dtarget, "用时目标 table/text")
    eq(rep, A("减免企业保证金金额"), cut, "减免金额 table/text")
    eq(rep, A("欠薪案件发生数"), cases, "案件数 table/text")
    eq(rep, T("欠薪案件发生数"), cap, "案件上限 table/text")
    rate(rep, A("实名制考勤覆盖率"), covered, p2, "自评表 覆盖率")
    rate(rep, A("企业及农民工满意度"), nsat, nq, "自评表 满意度")
    eq(rep, T("实名制考勤覆盖率"), grab(t, r"覆盖率[0-9.]+%，未达到" + N + r"%的目标", ("%",)), "覆盖率目标 table/text")
    eq(rep, T("企业及农民工满意度"), grab(t, r"略低于" + N + r"%的目标", ("%",)), "满意度目标 table/text")
    over = grab(t, r"减免保证金金额超出目标" + N + r"%", ("%",))
    comp = (A("减免企业保证金金额").base() - T("减免企业保证金金额").base()) / T("减免企业保证金金额").base() * 100
    if not close(comp, over):
        rep.add("completion_mismatch", f"超出目标 {comp}% vs {over}")
    total = grab(t, r"本项目得分" + N + r"分", ("分",))
    stated_total(rep, ss, total, "自评得分 (text)")
    grade(rep, grab_word(t, r"评价等级为(优秀|良好|优|良|中等|中|差)"), total, "自评得分 (text)")


PROJECTS = {
    "zj-cixi-baozhengjin-2019": check_cixi,
    "sc-shifang-jianchadadui-bumen-2021": check_shifang,
    "ha-xingyang-zhouzhuanjin-2022": check_xingyang,
    "sd-laixi-qianxinzhifa-2024": check_laixi,
    "hb-macheng-gongziyujing-2025": check_macheng,
}


def run_checks(source, text):
    rep = Report()
    try:
        PROJECTS[source](text, rep)
    except ParseError as exc:
        rep.add("parse_error", str(exc))
    return rep


def edit_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    code_count = Counter()
    seen = set()
    for rec in labels:
        name, src = rec["case"], rec["source"]
        seen.add(name)
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        rep = run_checks(src, text)
        got = rep.codes()
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if got:
                problems.append(f"{name}: clean draft fails {rep.errors}")
            if rep.warnings:
                problems.append(f"{name}: clean draft has warnings {rep.warnings}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: length {n}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected one label")
            continue
        exp = rec["expected"][0]
        code_count[exp["code"]] += 1
        if exp["code"] not in CODES or exp["severity"] != "error":
            problems.append(f"{name}: bad code/severity {exp}")
        if got != {exp["code"]}:
            problems.append(f"{name}: labelled {exp['code']}, checks give {sorted(got)}: {rep.errors}")
        if text.count(exp["value"]) != 1:
            problems.append(f"{name}: value {exp['value']!r} occurs {text.count(exp['value'])} times")
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        p, e_old, e_new = edit_span(clean, text)
        if e_old - p > 40 or e_new - p > 40 or (e_old == p and e_new == p):
            problems.append(f"{name}: edit size old {e_old - p}, new {e_new - p}")
        v0 = text.find(exp["value"])
        v1 = v0 + len(exp["value"])
        lo, hi = p, max(e_new, p + 1)
        if not (v0 < hi and lo < v1):
            problems.append(f"{name}: edit [{p},{e_new}) does not overlap value [{v0},{v1})")
    for fn in sorted(os.listdir(CASES)):
        if fn not in seen:
            problems.append(f"{fn}: case without label")
    for c in CODES:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times")
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    if problems:
        print("\n".join(problems))
        print("FAIL")
        return 1
    print(f"{len(labels)} cases checked; codes: " + ", ".join(f"{c}={code_count[c]}" for c in CODES))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
