#!/usr/bin/env python3
"""Independent arithmetic check of the drafts498 set (standard library + decimal only).

For every case listed in labels.jsonl this script reads the figures back from the case text
(regular expressions anchored on the wording of each draft, and a table reader for the three
layouts used: one cell a line, tab-separated web rows, PDF rows with runs of spaces), redoes
every identity of rules.md §5–§8 that the draft states, and collects the error codes of
errors.md §A that fail.  It then asserts:

  * every clean draft fails nothing (no error code, no warning);
  * every error case fails exactly its labelled code (and raises no warning);
  * each label value occurs exactly once in its case, the case differs from its clean draft by
    one contiguous edit of at most 40 characters, and that edit overlaps the value;
  * every code of errors.md §A is labelled at least twice.

Prints OK on success, otherwise the problems, and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
]
WARN = "score_rule_mismatch"  # errors.md §B #16, a warning


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers

NUMRE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
HALF = Decimal("0.5")
EPS = Decimal("1e-9")
SCALES = [Decimal(10) ** 4, Decimal(10) ** -4, Decimal(10) ** 8, Decimal(10) ** -8]
DASHES = {"—", "-", "－", "/", ""}


def num(s):
    m = NUMRE.search(s)
    if not m:
        raise ParseError(f"no number in {s!r}")
    return Decimal(m.group().replace(",", ""))


def places(s):
    t = NUMRE.search(s).group()
    return len(t.split(".")[1]) if "." in t else 0


def unit_of(s):
    """Text after the first number (the measure unit as written)."""
    m = NUMRE.search(s)
    return s[m.end():].strip() if m else ""


def money_factor(s):
    u = unit_of(s)
    if u.startswith("亿元"):
        return Decimal(10000)
    if u.startswith("万元"):
        return Decimal(1)
    if u.startswith("元"):
        return Decimal("0.0001")
    return Decimal(1)


def val(s):
    """Value of a written figure in its base: money in 万元, everything else as written."""
    return num(s) * money_factor(s)


def tol(s):
    """Half a unit of the last written digit, in the base of val()."""
    return HALF * Decimal(10) ** -places(s) * money_factor(s) + EPS


def r2(x):
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


def ok(stated, computed):
    return abs(computed - val(stated)) <= tol(stated)


def kind(s):
    """Coarse class of the unit, to tell a count from a percentage or an amount."""
    u = unit_of(s)
    if u.startswith("%"):
        return "%"
    if "元" in u:
        return "money"
    return "count:" + u


# ----------------------------------------------------------------------------- findings

class Findings:
    def __init__(self):
        self.items = []

    def add(self, code, msg):
        self.items.append((code, msg))

    def codes(self):
        return {c for c, _ in self.items if c != WARN}

    def warnings(self):
        return [m for c, m in self.items if c == WARN]


def identity(F, code, stated, inputs, fn, what):
    """stated (a written figure) must equal fn(values of inputs).  When rescaling one figure by
    10^4 or 10^8 reconciles the identity, the finding is unit_mismatch (errors.md #11b)."""
    vals = [val(x) if isinstance(x, str) else Decimal(x) for x in inputs]
    v, c = val(stated), fn(*vals)
    if abs(c - v) <= tol(stated):
        return
    for k in SCALES:
        for i, x in enumerate(inputs):
            if not isinstance(x, str) or kind(x) != "money":
                continue
            alt = list(vals)
            alt[i] = vals[i] * k
            if abs(fn(*alt) - v) <= tol(stated):
                F.add("unit_mismatch", f"{what}: {x} off by a power of ten")
                return
    for k in SCALES:
        if kind(stated) == "money" and abs(c - v * k) <= tol(stated) * k:
            F.add("unit_mismatch", f"{what}: {stated} off by a power of ten (computed {c})")
            return
    F.add(code, f"{what}: stated {stated}, computed {c}")


def same(F, a, b, what):
    """Two mentions of one quantity (I11)."""
    if kind(a) != kind(b):
        F.add("unit_mismatch", f"{what}: {a} vs {b} (different units)")
        return
    va, vb = val(a), val(b)
    if abs(va - vb) <= max(tol(a), tol(b)):
        return
    if kind(a) == "money":
        for k in SCALES:
            if abs(va - vb * k) <= max(tol(a), tol(b) * k):
                F.add("unit_mismatch", f"{what}: {a} vs {b} differ by a power of ten")
                return
    F.add("conflicting_values", f"{what}: {a} vs {b}")


def same_date(F, a, b, year, what):
    """Two mentions of one date (I11); a wrong year is year_mismatch (I14)."""
    da, db = DATE.search(a), DATE.search(b)
    if not da or not db:
        raise ParseError(f"{what}: no date in {a!r} / {b!r}")
    if int(da.group(1)) != year or int(db.group(1)) != year:
        F.add("year_mismatch", f"{what}: {a} / {b}")
    elif da.groups()[:3] != db.groups()[:3]:
        F.add("conflicting_values", f"{what}: {a} vs {b}")


def wan_cells(cells, n):
    """Amount cells of a table whose header says 万元: give the first n bare numbers their unit."""
    out = list(cells)
    for i in range(n):
        if re.fullmatch(r"-?\d[\d,]*(?:\.\d+)?", out[i]):
            out[i] += "万元"
    return out


def sum_of(F, total, parts, what):
    identity(F, "sum_mismatch", total, parts, lambda *x: sum(x, Decimal(0)), what)


def balance(F, stated, a, b, what):
    identity(F, "balance_mismatch", stated, [a, b], lambda x, y: x - y, what)


def average(F, stated, items, what):
    identity(F, "average_mismatch", stated, items, lambda *x: sum(x, Decimal(0)) / len(x), what)


def rate(F, stated, numer, denom, what, code="rate_mismatch"):
    """A stated percentage = numer / denom × 100 (I1, I2); zero base and >100% are implausible (I5)."""
    s = stated.strip()
    d = val(denom)
    if d == 0:
        if s in DASHES or (NUMRE.search(s) and num(s) == 0):
            return
        F.add("implausible_rate", f"{what}: rate {s} on a zero base")
        return
    if s in DASHES:
        F.add(code, f"{what}: rate missing")
        return
    c = val(numer) / d * 100
    if num(s) > 100 or num(s) < 0 or c > 100:
        F.add("implausible_rate", f"{what}: rate {s} (computed {c:.4f}) outside 0–100%")
        return
    if abs(c - num(s)) > HALF * Decimal(10) ** -places(s) + EPS:
        F.add(code, f"{what}: stated {s}, computed {c:.4f}")


def year_is(F, stated_year, year, what):
    if int(stated_year) != year:
        F.add("year_mismatch", f"{what}: {stated_year} (evaluation year {year})")


GRADES = [("优秀", "优"), ("良好", "良"), ("中等", "中"), ("一般", "中"), ("合格", "中"),
          ("不合格", "差"), ("较差", "差"), ("优", "优"), ("良", "良"), ("中", "中"), ("差", "差")]


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def grade(F, total, word, what):
    g = None
    for w, b in GRADES:
        if word == w:
            g = b
            break
    if g is None:
        raise ParseError(f"unknown grade {word!r}")
    if g != band(val(total)):
        F.add("grade_mismatch", f"{what}: {word} for {total} (band {band(val(total))})")


# ----------------------------------------------------------------------------- documents and tables

class Table:
    def __init__(self, cells):
        self.cells = cells

    def row(self, label, n):
        idx = [i for i, c in enumerate(self.cells) if c == label]
        if len(idx) != 1:
            raise ParseError(f"table cell {label!r} found {len(idx)} times")
        out = self.cells[idx[0] + 1: idx[0] + 1 + n]
        if len(out) != n:
            raise ParseError(f"row {label!r} too short")
        return out


class Doc:
    def __init__(self, text, year):
        self.t = text
        self.year = year

    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def g(self, pat):
        return self.m(pat).groups()

    def all(self, pat):
        return [m.groups() for m in re.finditer(pat, self.t)]

    def table(self, start, end, layout):
        s = self.t.find(start)
        if s < 0 or self.t.count(start) != 1:
            raise ParseError(f"table start {start!r}")
        e = self.t.find(end, s + len(start)) if end else len(self.t)
        if e < 0:
            raise ParseError(f"table end {end!r}")
        region = self.t[s:e]
        cells = []
        for line in region.split("\n"):
            if layout == "cells":
                parts = [line]
            elif layout == "tabs":
                parts = line.split("\t")
            elif layout == "spaces":
                parts = re.split(r"\t| {2,}", line)
            else:
                raise ValueError(layout)
            cells.extend(p.strip() for p in parts if p.strip())
        return Table(cells)


# ----------------------------------------------------------------------------- indicator rows

GTE = ("≥", "＞＝", ">=", "不低于", "不少于", "＞", ">")
LTE = ("≤", "＜＝", "<=", "不超过", "不高于", "＜", "<")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前)?")


def parse_value(s):
    s = s.strip()
    m = DATE.fullmatch(s)
    if m:
        return ("date", (int(m.group(1)), int(m.group(2)), int(m.group(3))))
    if not NUMRE.search(s):
        return ("qual", s)
    direction = "eq"
    for p in GTE:
        if s.startswith(p):
            direction = "gte"
    for p in LTE:
        if s.startswith(p):
            direction = "lte"
    body = s.lstrip("≥≤＞＜<>=＝")
    for w in ("不低于", "不少于", "不超过", "不高于"):
        if body.startswith(w):
            body = body[len(w):]
    return (direction, body)


def qual_band(actual):
    if "部分达成" in actual:
        return Decimal("0.6"), Decimal("0.8"), False
    if "未达成" in actual:
        return Decimal("0"), Decimal("0.6"), False
    return Decimal("0.8"), Decimal("1"), True


def indicator(F, year, name, cells):
    """cells = target, actual, completion, weight, score (rules §5, I5, I7, I8, I13)."""
    target, actual, comp, weight, score = cells
    w, s = num(weight), num(score)
    exceeds = s > w or s < 0
    if exceeds:
        F.add("score_exceeds_weight", f"{name}: score {score} > weight {weight}")
    t = parse_value(target)
    a = parse_value(actual)
    if t[0] == "qual":
        if a[0] != "qual":
            F.add("unit_mismatch", f"{name}: qualitative target, actual {actual}")
            return
        lo, hi, closed = qual_band(a[1])
        if not exceeds and not (lo * w <= s and (s <= hi * w if closed else s < hi * w)):
            F.add(WARN, f"{name}: qualitative score {score} outside band")
        if comp.strip() not in DASHES:
            F.add("completion_mismatch", f"{name}: completion {comp} for a qualitative row")
        return
    if t[0] == "date":
        if a[0] != "date":
            F.add("unit_mismatch", f"{name}: date target, actual {actual}")
            return
        year_is(F, t[1][0], year, f"{name} target")
        year_is(F, a[1][0], year, f"{name} actual")
        on_time = a[1] <= t[1]
        c = Decimal(100) if on_time else Decimal(0)
        if not ok(comp, c):
            F.add("completion_mismatch", f"{name}: {comp} for a date target")
        if on_time and not exceeds and num(score) != w:
            F.add(WARN, f"{name}: on time but score {score}")
        return
    if a[0] in ("date", "qual"):
        F.add("unit_mismatch", f"{name}: actual {actual} vs target {target}")
        return
    direction, tbody = t
    abody = a[1]
    if unit_of(tbody) != unit_of(abody):
        F.add("unit_mismatch", f"{name}: target {target} vs actual {actual}")
        return
    T, A = num(tbody), num(abody)
    if unit_of(abody).startswith("%") and (A > 100 or A < 0):
        F.add("implausible_rate", f"{name}: actual {actual}")
    if direction == "lte":
        c = Decimal(100) if A <= T else T / A * 100
    elif direction == "eq" and T == 0:
        c = Decimal(100) if A <= 0 else Decimal(0)
    else:
        c = A / T * 100
    if not ok(comp, c):
        F.add("completion_mismatch", f"{name}: stated {comp}, computed {c:.4f}")
    if exceeds:
        return
    expected = w * min(c, Decimal(100)) / 100
    via_stated = w * min(num(comp), Decimal(100)) / 100
    if not (ok(score, r2(expected)) or ok(score, r2(via_stated))):
        F.add(WARN, f"{name}: score {score}, rule gives {r2(expected)}")


def exec_row(F, what, cells, with_score=True):
    """Funds row of the 自评表: 年初, 全年, 执行, 分值, 执行率, 得分."""
    init, annual, spent, weight, rt, score = cells
    rate(F, rt, spent, annual, what)
    if with_score:
        w = num(weight)
        s = num(score)
        if s > w or s < 0:
            F.add("score_exceeds_weight", f"{what}: execution score {score}")
            return
        r = val(spent) / val(annual)
        e1 = r2(w * min(r, Decimal(1)))
        e2 = r2(w * min(num(rt) / 100, Decimal(1))) if rt.strip() not in DASHES else e1
        if not (ok(score, e1) or ok(score, e2)):
            F.add(WARN, f"{what}: execution score {score}, rule gives {e1}")


def scores_and_weights(F, table, exec_cells, levels, total_label, prose_totals, prose_weights=None,
                       prose_level_scores=None):
    """levels: {level name: [indicator names]}; exec_cells = (weight, score)."""
    ew, es = exec_cells
    weights = [ew]
    scores = [es]
    level_w, level_s = {}, {}
    for lvl, names in levels.items():
        lw, ls = [], []
        for n in names:
            cells = table.row(n, 5)
            lw.append(cells[3])
            ls.append(cells[4])
        level_w[lvl], level_s[lvl] = lw, ls
        weights += lw
        scores += ls
    tw, ts = table.row(total_label, 2)
    identity(F, "weight_sum_mismatch", "100", weights, lambda *x: sum(x, Decimal(0)), "Σ分值 = 100")
    identity(F, "weight_sum_mismatch", tw, weights, lambda *x: sum(x, Decimal(0)), "Σ分值 = 总分分值")
    identity(F, "score_sum_mismatch", ts, scores, lambda *x: sum(x, Decimal(0)), "Σ得分 = 总分")
    for t in prose_totals:
        identity(F, "score_sum_mismatch", t, scores, lambda *x: sum(x, Decimal(0)), "Σ得分 = 文中总分")
    if prose_weights:
        tot = []
        for lvl, wstr in prose_weights.items():
            tot.append(wstr)
            if lvl == "exec":
                identity(F, "weight_sum_mismatch", wstr, [ew], lambda x: x, "执行率分值")
            else:
                identity(F, "weight_sum_mismatch", wstr, level_w[lvl], lambda *x: sum(x, Decimal(0)),
                         f"{lvl}分值")
        identity(F, "weight_sum_mismatch", "100", tot, lambda *x: sum(x, Decimal(0)), "文中分值合计")
    if prose_level_scores:
        tot = []
        for lvl, sstr in prose_level_scores.items():
            tot.append(sstr)
            if lvl == "exec":
                identity(F, "score_sum_mismatch", sstr, [es], lambda x: x, "执行率得分")
            else:
                identity(F, "score_sum_mismatch", sstr, level_s[lvl], lambda *x: sum(x, Decimal(0)),
                         f"{lvl}得分")
        for t in [ts] + list(prose_totals):
            identity(F, "score_sum_mismatch", t, tot, lambda *x: sum(x, Decimal(0)), "文中分项得分合计")
    return ts


def goal_targets(F, doc, table, pairs):
    """Targets restated in the goal text (pattern with one group: number + unit) = 年度指标值."""
    for pat, name in pairs:
        (g,) = doc.g(pat)
        tgt = parse_value(table.row(name, 5)[0])
        if tgt[0] in ("qual", "date"):
            raise ParseError(f"{name}: target not quantitative")
        same(F, g, tgt[1], f"目标 {name}")


def all_indicators(F, year, table, levels):
    for names in levels.values():
        for n in names:
            indicator(F, year, n, table.row(n, 5))


def generic(F, doc):
    """Checks every draft gets: 年度 mentions, satisfaction and fund rates within 0–100%."""
    for (y,) in doc.all(r"(\d{4})年度"):
        year_is(F, y, doc.year, "年度")
    for (y,) in doc.all(r"(\d{4})年(?:项目)?年初预算"):
        year_is(F, y, doc.year, "年初预算")
    for (y,) in doc.all(r"项目实施计划：(\d{4})年"):
        year_is(F, y, doc.year, "实施期")
    for (p,) in doc.all(r"满意度(?:为|达到|达)?(\d+(?:\.\d+)?)%"):
        if Decimal(p) > 100:
            F.add("implausible_rate", f"满意度 {p}%")
    for (_, p) in doc.all(r"(执行率|到位率|合格率|取证率)(?:为|达到|达)?(\d+(?:\.\d+)?)%"):
        if Decimal(p) > 100:
            F.add("implausible_rate", f"rate {p}%")


# ----------------------------------------------------------------------------- draft specs

def spec_nankang(doc, F):
    """jx-nankang-jiajujingsai-2019: Shanxi-style funds table and 自评表, one cell a line."""
    Y = doc.year
    ft = doc.table("\t项目\n\t行次", "\n\n\n全年支出", "cells")
    rows = {}
    for key, label in [(1, "年初预算资金"), (2, "全年预算资金"), (3, "实际到位资金"), (4, "全年执行资金"),
                       (5, "资金结余"), (6, "预算到位率(%)"), (7, "预算执行率(%)")]:
        rows[key] = wan_cells(ft.row(label, 6)[1:], 5 if key <= 5 else 0)  # skip 行次
    for k in (1, 2, 3, 4, 5):
        sum_of(F, rows[k][0], rows[k][1:], f"funds row ({k}) 合计")
    for c in range(5):
        balance(F, rows[5][c], rows[3][c], rows[4][c], f"(5)=(3)-(4) col {c}")
        rate(F, rows[6][c], rows[3][c], rows[2][c], f"(6)=(3)/(2) col {c}")
        rate(F, rows[7][c], rows[4][c], rows[2][c], f"(7)=(4)/(2) col {c}")
    # prose, 预算执行情况
    init, add, annual = doc.g(r"年初预算安排本项目([\d.]+万元)；\d{4}年9月市人社局下达市级技能竞赛补助资金([\d.]+万元)，全年预算调整为([\d.]+万元)")
    (iss_y,) = doc.g(r"(\d{4})年9月市人社局下达")
    year_is(F, iss_y, Y, "市级资金下达")
    sum_of(F, annual, [init, add], "年初 + 追加 = 全年")
    same(F, init, rows[1][0], "年初预算")
    same(F, annual, rows[2][0], "全年预算")
    same(F, add, rows[2][2], "市级资金")
    identity(F, "rate_mismatch", rows[3][0], [rows[2][0]], lambda x: x, "资金全部到位 ⇒ 到位 = 全年")
    cy, spent, rt = doc.g(r"截至(\d{4})年12月31日，项目支出([\d.]+万元)，预算执行率([\d.]+%)")
    year_is(F, cy, Y, "截至年末")
    same(F, spent, rows[4][0], "全年执行")
    rate(F, rt, spent, annual, "文中执行率")
    m = doc.g(r"全年支出([\d.]+万元)，其中：竞赛组织及场地搭建费([\d.]+万元)，评委及裁判劳务费([\d.]+万元)，获奖选手奖金及奖品([\d.]+万元)，职工技能提升培训补贴([\d.]+万元)，宣传及其他([\d.]+万元)")
    sum_of(F, m[0], list(m[1:]), "支出构成")
    same(F, m[0], rows[4][0], "全年支出")
    prize_items, train_sub = m[3], m[4]
    bal, cyear = doc.g(r"结余([\d.]+万元)，主要是第四季度培训补贴尚未完成审核，已结转至(\d{4})年")
    balance(F, bal, rows[3][0], rows[4][0], "文中结余")
    same(F, bal, rows[5][0], "结余")
    if int(cyear) <= Y:
        F.add("year_mismatch", f"结转至{cyear}年 in a {Y} report")
    # outputs
    (fin_date,) = doc.g(r"竞赛于(\d{4}年\d{1,2}月\d{1,2}日)完成全部决赛")
    t = doc.table("附件1\n项目支出绩效自评表", None, "cells")
    same_date(F, fin_date, t.row("竞赛完成时间", 5)[1], Y, "决赛日期")
    items = doc.g(r"4个赛项报名参赛选手分别为(\d+人)、(\d+人)、(\d+人)、(\d+人)，共(\d+人)，平均每个赛项(\d+人)，比2018年首届竞赛的(\d+人)增加(\d+人)")
    sum_of(F, items[4], list(items[:4]), "分别 … 共")
    average(F, items[5], list(items[:4]), "平均每个赛项")
    identity(F, "sum_mismatch", items[7], [items[4], items[6]], lambda a, b: a - b, "比上届增加")
    same(F, items[4], t.row("参赛选手人数", 5)[1], "参赛选手")
    (n_contest,) = doc.g(r"(\d+)个赛项报名参赛选手分别为")
    identity(F, "sum_mismatch", n_contest, [], lambda: Decimal(4), "分别列出的赛项个数")
    same(F, n_contest + "个", t.row("竞赛赛项数", 5)[1], "赛项数")
    goal_targets(F, doc, t, [
        (r"软体家具制作(\d+个)赛项，参赛选手不少于", "竞赛赛项数"),
        (r"赛项，参赛选手不少于(\d+人)；\n", "参赛选手人数"),
        (r"职工技能提升培训不少于(\d+人次)，培训合格率", "技能提升培训人次"),
        (r"培训合格率不低于(\d+%)", "培训合格率"),
        (r"补贴标准不超过每人次(\d+元)", "人均培训补贴标准"),
        (r"证书人员不少于(\d+人)，带动", "新增取证人数"),
        (r"新增技能岗位不少于(\d+个)", "新增技能岗位"),
    ])
    p = doc.g(r"一等奖(\d+)名、奖金(\d+元)，二等奖(\d+)名、每人(\d+元)，三等奖(\d+)名、每人(\d+元)，优秀奖(\d+)名、每人(\d+元)，(\d+)个赛项共发放奖金(\d+元)（([\d.]+万元)），另购置奖品、制作证书([\d.]+万元)")
    identity(F, "sum_mismatch", p[9], list(p[:9]),
             lambda n1, a, n2, b, n3, c, n4, d, k: k * (n1 * a + n2 * b + n3 * c + n4 * d), "奖金 = 赛项 × 各奖次")
    same(F, p[8] + "个", n_contest + "个", "赛项数")
    same(F, p[9], p[10], "奖金两种写法")
    sum_of(F, prize_items, [p[10], p[11]], "奖金及奖品")
    tr = doc.g(r"培训41期、(\d+人次)，按每人次(\d+元)标准给予补贴，合计([\d.]+万元)；考核合格(\d+人次)，合格率([\d.]+%)")
    identity(F, "sum_mismatch", tr[2], [tr[0], tr[1]], lambda n, pr: n * pr, "培训补贴 = 人次 × 标准")
    same(F, tr[2], train_sub, "培训补贴")
    same(F, tr[0], t.row("技能提升培训人次", 5)[1], "培训人次")
    rate(F, tr[4], tr[3], tr[0], "合格率")
    same(F, tr[4], t.row("培训合格率", 5)[1], "合格率")
    same(F, tr[1] + "/人次", t.row("人均培训补贴标准", 5)[1], "补贴标准")
    (cert,) = doc.g(r"全年新增取得职业资格（技能等级）证书(\d+人)")
    same(F, cert, t.row("新增取证人数", 5)[1], "新增取证")
    (ctgt,) = doc.g(r"未达到(\d+人)的目标")
    same(F, "≥" + ctgt, t.row("新增取证人数", 5)[0], "取证目标")
    (jobs,) = doc.g(r"新增技能岗位(\d+个)")
    same(F, jobs, t.row("新增技能岗位", 5)[1], "新增岗位")
    (sat,) = doc.g(r"综合满意度([\d.]+%)")
    same(F, sat, t.row("参赛选手及参训职工满意度", 5)[1], "满意度")
    g1 = doc.g(r"参赛选手(\d+人)；完成培训(\d+人次)；新增取证(\d+人)")
    same(F, g1[0], items[4], "目标表 参赛选手")
    same(F, g1[1], tr[0], "目标表 培训")
    same(F, g1[2], cert, "目标表 取证")
    # 自评表 funds block
    tot = wan_cells(t.row("年度资金总额", 6), 3)
    fin = wan_cells(t.row("其中：当年财政拨款", 6), 3)
    car = wan_cells(t.row("上年结转资金", 6), 3)
    oth = wan_cells(t.row("其他资金", 6), 3)
    for c in range(3):
        sum_of(F, tot[c], [fin[c], car[c], oth[c]], f"自评表资金 col {c}")
    same(F, tot[0], rows[1][0], "自评表年初")
    same(F, tot[1], rows[2][0], "自评表全年")
    same(F, tot[2], rows[4][0], "自评表执行")
    exec_row(F, "年度资金总额", tot)
    for nm, r in (("当年财政拨款", fin), ("上年结转资金", car), ("其他资金", oth)):
        exec_row(F, nm, r, with_score=False)
    levels = {
        "产出": ["竞赛赛项数", "参赛选手人数", "技能提升培训人次", "培训合格率", "竞赛完成时间", "人均培训补贴标准"],
        "效益": ["新增取证人数", "新增技能岗位", "技能人才培养长效机制"],
        "满意度": ["参赛选手及参训职工满意度"],
    }
    all_indicators(F, Y, t, levels)
    total, gword, s_exec, s_out, s_ben, s_sat = doc.g(r"绩效自评得分([\d.]+分)，评价等级为“(.)”。其中预算执行率得分([\d.]+分)，产出指标得分([\d.]+分)，效益指标得分([\d.]+分)，满意度指标得分([\d.]+分)")
    ts = scores_and_weights(F, t, (tot[3], tot[5]), levels, "总分", [total],
                            prose_level_scores={"exec": s_exec, "产出": s_out, "效益": s_ben, "满意度": s_sat})
    grade(F, total, gword, "文中等级")
    generic(F, doc)


def spec_anshan(doc, F):
    """ln-anshan-jinengzhongxin-bumen-2022: 部门整体支出, PDF copy."""
    Y = doc.year
    t = doc.table("附件\n", None, "spaces")
    tot = wan_cells(t.row("年度资金总额", 6), 3)
    fin = wan_cells(t.row("其中：当年财政拨款", 6), 3)
    car = wan_cells(t.row("上年结转资金", 6), 3)
    oth = wan_cells(t.row("其他资金", 6), 3)
    basic = wan_cells(t.row("基本支出", 6), 3)
    proj = wan_cells(t.row("项目支出", 6), 3)
    for c in range(3):
        sum_of(F, tot[c], [fin[c], car[c], oth[c]], f"按来源 col {c}")
        sum_of(F, tot[c], [basic[c], proj[c]], f"按性质 col {c}")
    exec_row(F, "年度资金总额", tot)
    for nm, r in (("当年财政拨款", fin), ("上年结转资金", car), ("其他资金", oth), ("基本支出", basic),
                  ("项目支出", proj)):
        exec_row(F, nm, r, with_score=False)
    init, b0, p0 = doc.g(r"年初预算([\d.]+万元)，其中基本支出([\d.]+万元)、项目支出([\d.]+万元)")
    sum_of(F, init, [b0, p0], "年初 = 基本 + 项目")
    same(F, init, tot[0], "年初")
    same(F, b0, basic[0], "基本支出年初")
    same(F, p0, proj[0], "项目支出年初")
    add, carry, annual = doc.g(r"年中追加省级技能竞赛补助资金([\d.]+万元)，加上上年结转资金([\d.]+万元)，全年预算([\d.]+万元)")
    sum_of(F, annual, [init, add, carry], "年初 + 追加 + 结转 = 全年")
    sum_of(F, fin[1], [init, add], "当年财政拨款全年 = 年初 + 追加")
    same(F, carry, car[1], "上年结转")
    same(F, annual, tot[1], "全年预算")
    spent, rt, unspent, cf = doc.g(r"全年支出([\d.]+万元)，预算执行率([\d.]+%)；未执行([\d.]+万元)，其中项目支出结转下年([\d.]+万元)")
    same(F, spent, tot[2], "全年支出")
    rate(F, rt, spent, annual, "文中执行率")
    balance(F, unspent, annual, spent, "未执行 = 全年 − 执行")
    balance(F, cf, proj[1], proj[2], "项目支出结转 = 项目全年 − 项目执行")
    pj = doc.g(r"技能竞赛经费全年预算([\d.]+万元)，执行([\d.]+万元)；等级认定质量督导经费全年预算([\d.]+万元)，执行([\d.]+万元)；技能人才评价信息化建设经费全年预算([\d.]+万元)，执行([\d.]+万元)，执行率([\d.]+%)")
    sum_of(F, proj[1], [pj[0], pj[2], pj[4]], "项目全年 = 三个项目")
    sum_of(F, proj[2], [pj[1], pj[3], pj[5]], "项目执行 = 三个项目")
    rate(F, pj[6], pj[5], pj[4], "信息化执行率")
    (pay_y,) = doc.g(r"按合同约定于(\d{4})年验收后支付")
    if int(pay_y) <= Y:
        F.add("year_mismatch", f"三期款 {pay_y}")
    (n_contest,) = doc.g(r"(\d+)个赛项，参赛选手分别为")
    sp = doc.g(r"参赛选手分别为(\d+人)、(\d+人)、(\d+人)、(\d+人)、(\d+人)、(\d+人)，共(\d+人)，平均每个赛项([\d.]+人)")
    sum_of(F, sp[6], list(sp[:6]), "分别 … 共")
    average(F, sp[7], list(sp[:6]), "平均每个赛项")
    same(F, sp[6], t.row("大赛参赛选手人数", 5)[1], "参赛选手")
    identity(F, "sum_mismatch", n_contest, [], lambda: Decimal(6), "分别列出的赛项个数")
    same(F, n_contest + "个", t.row("组织市级技能大赛赛项数", 5)[1], "赛项数")
    goal_targets(F, doc, t, [
        (r"大赛不少于(\d+个)赛项", "组织市级技能大赛赛项数"),
        (r"赛项、参赛选手不少于(\d+人)", "大赛参赛选手人数"),
        (r"等级认定不少于(\d+人次)", "技能等级认定人次"),
        (r"新增高技能人才不少于(\d+人)", "新增高技能人才"),
    ])
    pr = doc.g(r"一等奖(\d+)名、奖金(\d+元)，二等奖(\d+)名、每人(\d+元)，三等奖(\d+)名、每人(\d+元)，共发放奖金([\d.]+万元)")
    identity(F, "sum_mismatch", pr[6], [n_contest] + list(pr[:6]),
             lambda k, n1, a, n2, b, n3, c: k * (n1 * a + n2 * b + n3 * c), "奖金 = 6赛项 × 各奖次")
    (pub,) = doc.g(r"大赛成绩在赛后(\d+个工作日)内公示")
    same(F, pub, t.row("竞赛成绩公示时限", 5)[1], "公示时限")
    cert = doc.g(r"职业技能等级认定(\d+人次)，取证(\d+人)，取证率([\d.]+%)")
    rate(F, cert[2], cert[1], cert[0], "取证率")
    same(F, cert[0], t.row("技能等级认定人次", 5)[1], "认定人次")
    same(F, cert[2], t.row("取证率", 5)[1], "取证率")
    sg = doc.g(r"“三公”经费支出([\d.]+万元)，控制在年初预算([\d.]+万元)以内")
    same(F, sg[0], t.row("“三公”经费支出", 5)[1], "三公经费")
    same(F, "≤" + sg[1], t.row("“三公”经费支出", 5)[0], "三公控制数")
    (hs,) = doc.g(r"全市新增高技能人才(\d+人)")
    same(F, hs, t.row("新增高技能人才", 5)[1], "新增高技能人才")
    win, first = doc.g(r"大赛(\d+)名获奖选手按规定晋升相应职业技能等级，其中一等奖获得者(\d+)人晋升技师")
    identity(F, "sum_mismatch", win, [n_contest, pr[0], pr[2], pr[4]], lambda k, a, b, c: k * (a + b + c), "获奖人数 = 赛项 × 名额")
    identity(F, "sum_mismatch", first, [n_contest, pr[0]], lambda k, a: k * a, "一等奖人数 = 赛项 × 1")
    same(F, win + "人", t.row("获奖选手晋升等级人数", 5)[1], "获奖选手")
    (sat,) = doc.g(r"满意度为([\d.]+%)")
    same(F, sat, t.row("参赛选手及考生满意度", 5)[1], "满意度")
    levels = {
        "产出": ["组织市级技能大赛赛项数", "大赛参赛选手人数", "技能等级认定人次", "认定质量督导覆盖率", "取证率",
               "竞赛成绩公示时限", "“三公”经费支出"],
        "效益": ["新增高技能人才", "获奖选手晋升等级人数", "技能人才评价体系建设"],
        "满意度": ["参赛选手及考生满意度"],
    }
    all_indicators(F, Y, t, levels)
    ew, es = t.row("预算执行率", 2)
    same(F, ew, tot[3], "执行率分值")
    same(F, es, tot[5], "执行率得分")
    pw = doc.g(r"预算执行率(\d+分)、产出指标(\d+分)、效益指标(\d+分)、满意度指标(\d+分)。")
    ps = doc.g(r"绩效自评得分([\d.]+分)，其中预算执行率([\d.]+分)、产出指标([\d.]+分)、效益指标([\d.]+分)、满意度指标([\d.]+分)，评价等级为“(.)”")
    scores_and_weights(F, t, (ew, es), levels, "总分", [ps[0]],
                       prose_weights={"exec": pw[0], "产出": pw[1], "效益": pw[2], "满意度": pw[3]},
                       prose_level_scores={"exec": ps[1], "产出": ps[2], "效益": ps[3], "满意度": ps[4]})
    grade(F, ps[0], ps[5], "文中等级")
    generic(F, doc)


def pr_trades(doc):
    (k,) = doc.g(r"(\d+)个工种共发放奖金")
    return k


def spec_jinjiang(doc, F):
    """fj-jinjiang-zhigongjingsai-2024: web page copy, tab-separated 自评表."""
    Y = doc.year
    t = doc.table("附件：项目支出绩效自评表", "【打印本页】", "tabs")
    tot = wan_cells(t.row("年度资金总额", 6), 3)
    fin = wan_cells(t.row("其中：当年财政拨款", 6), 3)
    car = wan_cells(t.row("上年结转资金", 6), 3)
    oth = wan_cells(t.row("其他资金", 6), 3)
    for c in range(3):
        sum_of(F, tot[c], [fin[c], car[c], oth[c]], f"自评表资金 col {c}")
    exec_row(F, "年度资金总额", tot)
    for nm, r in (("当年财政拨款", fin), ("上年结转资金", car), ("其他资金", oth)):
        exec_row(F, nm, r, with_score=False)
    init, f0, o0 = doc.g(r"年初预算([\d.]+万元)，其中市级财政拨款([\d.]+万元)、市总工会工会经费([\d.]+万元)，年度内预算未调整")
    sum_of(F, init, [f0, o0], "年初构成")
    same(F, init, tot[0], "年初")
    same(F, f0, fin[0], "财政拨款年初")
    same(F, o0, oth[0], "工会经费年初")
    identity(F, "rate_mismatch", tot[1], [tot[0]], lambda x: x, "预算未调整 ⇒ 全年 = 年初")
    ay, arate = doc.g(r"资金于(\d{4})年3月全额到位，到位率(\d+%)")
    year_is(F, ay, Y, "到位")
    rate(F, arate, tot[1], tot[1], "到位率（全额到位）")
    spent, rt, bal = doc.g(r"全年支出([\d.]+万元)，执行率([\d.]+%)，结余([\d.]+万元)")
    same(F, spent, tot[2], "全年支出")
    rate(F, rt, spent, tot[1], "文中执行率")
    balance(F, bal, tot[1], spent, "结余 = 到位 − 执行")
    sp = doc.g(r"全年支出([\d.]+万元)，其中竞赛组织费（场地、器材、命题及裁判）([\d.]+万元)，竞赛奖金([\d.]+万元)，劳模（工匠）创新工作室补助([\d.]+万元)，职工技能等级证书补助([\d.]+万元)，宣传及其他([\d.]+万元)")
    sum_of(F, sp[0], list(sp[1:]), "支出构成")
    same(F, sp[0], spent, "全年支出两处")
    same(F, sp[1], t.row("竞赛组织成本", 5)[1], "竞赛组织费")
    pl = doc.g(r"各工种参赛职工分别为(\d+人)、(\d+人)、(\d+人)、(\d+人)、(\d+人)、(\d+人)、(\d+人)、(\d+人)，共(\d+人)，平均每个工种(\d+人)")
    sum_of(F, pl[8], list(pl[:8]), "分别 … 共")
    (n_trade,) = doc.g(r"直播销售员(\d+)个工种，各工种参赛职工分别为")
    identity(F, "sum_mismatch", n_trade, [], lambda: Decimal(8), "分别列出的工种个数")
    same(F, n_trade + "个", t.row("竞赛工种数", 5)[1], "工种数")
    same(F, n_trade, pr_trades(doc), "工种数（奖金）")
    goal_targets(F, doc, t, [
        (r"举办职工职业技能竞赛不少于(\d+个)工种", "竞赛工种数"),
        (r"工种、参赛职工不少于(\d+人)；新认定劳模", "参赛职工人数"),
        (r"（工匠）创新工作室不少于(\d+家)", "新认定创新工作室"),
        (r"补助新取得技能等级证书职工不少于(\d+人)", "证书补助职工人数"),
        (r"参赛职工满意度不低于(\d+%)", "参赛职工满意度"),
    ])
    average(F, pl[9], list(pl[:8]), "平均每个工种")
    same(F, pl[8], t.row("参赛职工人数", 5)[1], "参赛职工")
    (g_part,) = doc.g(r"举办8个工种竞赛，参赛职工(\d+人)")
    same(F, g_part, pl[8], "目标表参赛职工")
    pr = doc.g(r"一等奖(\d+)名、奖金(\d+元)，二等奖(\d+)名、每人(\d+元)，三等奖(\d+)名、每人(\d+元)，(\d+)个工种共发放奖金([\d.]+万元)")
    identity(F, "sum_mismatch", pr[7], list(pr[:7]),
             lambda n1, a, n2, b, n3, c, k: k * (n1 * a + n2 * b + n3 * c), "奖金 = 工种 × 各奖次")
    same(F, pr[6] + "个", t.row("竞赛工种数", 5)[1], "工种数")
    same(F, pr[7], sp[2], "竞赛奖金两处")
    ws = doc.g(r"创新工作室(\d+家)，每家补助([\d.,]+(?:万元|元))，共([\d.]+万元)")
    identity(F, "sum_mismatch", ws[2], [ws[0], ws[1]], lambda n, p: n * p, "工作室补助 = 家数 × 标准")
    same(F, ws[2], sp[3], "工作室补助两处")
    same(F, ws[0], t.row("新认定创新工作室", 5)[1], "工作室家数")
    same(F, ws[1], t.row("单个工作室补助标准", 5)[1], "单个工作室补助")
    cs = doc.g(r"高级工证书的(\d+)名职工每人补助(\d+元)、取得技师证书的(\d+)名职工每人补助(\d+元)，合计(\d+)人、([\d.]+万元)，补助于(\d{4})年(\d+)月(\d+)日前全部发放")
    sum_of(F, cs[4], [cs[0], cs[2]], "证书补助人数")
    identity(F, "sum_mismatch", cs[5], [cs[0], cs[1], cs[2], cs[3]], lambda a, p, b, q: a * p + b * q, "证书补助金额")
    same(F, cs[5], sp[4], "证书补助两处")
    same(F, cs[4] + "人", t.row("证书补助职工人数", 5)[1], "证书补助人数")
    same_date(F, f"{cs[6]}年{cs[7]}月{cs[8]}日", t.row("补助资金发放时间", 5)[1], Y, "发放日期")
    (win,) = doc.g(r"(\d+)名获奖职工按规定晋升职业技能等级")
    identity(F, "sum_mismatch", win, [pr[6], pr[0], pr[2], pr[4]], lambda k, a, b, c: k * (a + b + c), "获奖人数 = 工种 × 名额")
    same(F, win + "人", t.row("获奖职工晋升等级人数", 5)[1], "获奖职工")
    inn, inn_t = doc.g(r"创新成果(\d+项)，未达到(\d+项)的目标")
    same(F, inn, t.row("工作室创新成果", 5)[1], "创新成果")
    same(F, "≥" + inn_t, t.row("工作室创新成果", 5)[0], "创新成果目标")
    (sat,) = doc.g(r"综合满意度([\d.]+%)")
    same(F, sat, t.row("参赛职工满意度", 5)[1], "满意度")
    levels = {
        "产出": ["竞赛工种数", "参赛职工人数", "新认定创新工作室", "证书补助职工人数", "竞赛安全事故", "赛事组织规范性",
               "补助资金发放时间", "单个工作室补助标准", "竞赛组织成本"],
        "效益": ["获奖职工晋升等级人数", "工作室创新成果", "职工技能提升氛围"],
        "满意度": ["参赛职工满意度"],
    }
    all_indicators(F, Y, t, levels)
    ps = doc.g(r"绩效自评得分([\d.]+分)，其中预算执行率([\d.]+分)、产出指标([\d.]+分)、效益指标([\d.]+分)、满意度指标([\d.]+分)，评价等级为“(.)”")
    scores_and_weights(F, t, (tot[3], tot[5]), levels, "总分", [ps[0]],
                       prose_level_scores={"exec": ps[1], "产出": ps[2], "效益": ps[3], "满意度": ps[4]})
    grade(F, ps[0], ps[5], "文中等级")
    generic(F, doc)


def spec_xingtai(doc, F):
    """he-xingtai-gaojineng-2021: MOF outline, PDF copy with runs of spaces."""
    Y = doc.year
    t = doc.table("附件\n", None, "spaces")
    tot = wan_cells(t.row("年度资金总额", 6), 3)
    fin = wan_cells(t.row("其中：当年财政拨款", 6), 3)
    car = wan_cells(t.row("上年结转资金", 6), 3)
    oth = wan_cells(t.row("其他资金", 6), 3)
    for c in range(3):
        sum_of(F, tot[c], [fin[c], car[c], oth[c]], f"自评表资金 col {c}")
    exec_row(F, "年度资金总额", tot)
    for nm, r in (("当年财政拨款", fin), ("上年结转资金", car), ("其他资金", oth)):
        exec_row(F, nm, r, with_score=False)
    f = doc.g(r"年初预算([\d.]+万元)，其中省级高技能人才培养补助资金([\d.]+万元)（省人社厅、省财政厅于(\d{4})年(\d+)月提前下达）、市级配套资金([\d.]+万元)；(\d{4})年8月省级追加竞赛集训补助([\d.]+万元)，全年预算([\d.]+万元)")
    init, prov0, adv_y, adv_m, city0, add_y, add, annual = f
    sum_of(F, init, [prov0, city0], "年初构成")
    sum_of(F, annual, [init, add], "年初 + 追加 = 全年")
    if not (int(adv_y) == Y or (int(adv_y) == Y - 1 and int(adv_m) == 12)):
        F.add("year_mismatch", f"提前下达 {adv_y}年{adv_m}月")
    year_is(F, add_y, Y, "追加")
    same(F, init, tot[0], "年初")
    same(F, annual, tot[1], "全年")
    cy, spent, rt, bal, cyear = doc.g(r"截至(\d{4})年12月31日，项目支出([\d.]+万元)，预算执行率([\d.]+%)；年末结余([\d.]+万元)，.*?已申请结转至(\d{4})年")
    year_is(F, cy, Y, "截至年末")
    same(F, spent, tot[2], "执行")
    rate(F, rt, spent, annual, "文中执行率")
    balance(F, bal, annual, spent, "结余 = 到位（全部到位）− 执行")
    if int(cyear) <= Y:
        F.add("year_mismatch", f"结转至{cyear}年")
    src = doc.g(r"省级资金全年预算([\d.]+万元)，执行([\d.]+万元)；市级资金全年预算([\d.]+万元)，执行([\d.]+万元)，执行率([\d.]+%)")
    sum_of(F, annual, [src[0], src[2]], "全年 = 省级 + 市级")
    sum_of(F, spent, [src[1], src[3]], "执行 = 省级 + 市级")
    sum_of(F, src[0], [prov0, add], "省级全年 = 年初 + 追加")
    same(F, src[2], city0, "市级资金")
    rate(F, src[4], src[3], src[2], "市级执行率")
    ps = doc.g(r"本项目\d{4}年度得分([\d.]+分)，评价等级为“(.)”。其中预算执行率([\d.]+分)、产出指标([\d.]+分)、效益指标([\d.]+分)、满意度指标([\d.]+分)")
    ws = doc.g(r"新建省级技能大师工作室(\d+个)，每个补助(\d+万元)；新建市级技能大师工作室(\d+个)，每个补助(\d+万元).*?工作室补助共计([\d.]+万元)")
    identity(F, "sum_mismatch", ws[4], list(ws[:4]), lambda a, p, b, q: a * p + b * q, "工作室补助")
    same(F, ws[0], t.row("新建省级技能大师工作室", 5)[1], "省级工作室")
    same(F, ws[2], t.row("新建市级技能大师工作室", 5)[1], "市级工作室")
    tr = doc.g(r"培训高级工以上技能人才(\d+人次)，按每人次(\d+元)标准补贴([\d.]+万元)，培训取证率([\d.]+%)")
    identity(F, "sum_mismatch", tr[2], [tr[0], tr[1]], lambda n, p: n * p, "培训补贴")
    same(F, tr[0], t.row("高技能人才培训人次", 5)[1], "培训人次")
    same(F, tr[3], t.row("培训取证率", 5)[1], "取证率")
    jx = doc.g(r"集训选手分别为(\d+人)、(\d+人)、(\d+人)、(\d+人)、(\d+人)、(\d+人)、(\d+人)、(\d+人)，共(\d+人)，平均每个项目(\d+人)，于(\d{4})年(\d+)月(\d+)日完成集训")
    sum_of(F, jx[8], list(jx[:8]), "分别 … 共")
    (n_proj,) = doc.g(r"组织(\d+)个项目集训")
    identity(F, "sum_mismatch", n_proj, [], lambda: Decimal(8), "分别列出的项目个数")
    goal_targets(F, doc, t, [
        (r"新建省级技能大师工作室(\d+个)、", "新建省级技能大师工作室"),
        (r"市级技能大师工作室(\d+个)；", "新建市级技能大师工作室"),
        (r"技能人才培训(\d+人次)，培训取证率", "高技能人才培训人次"),
        (r"培训取证率不低于(\d+%)", "培训取证率"),
        (r"集训选手不少于(\d+人)", "集训选手人数"),
        (r"竞赛获奖不少于(\d+人)", "省级以上竞赛获奖人数"),
        (r"全市新增高技能人才(\d+人)。", "新增高技能人才"),
        (r"集训人数未达到(\d+人)的目标", "集训选手人数"),
    ])
    average(F, jx[9], list(jx[:8]), "平均每个项目")
    same(F, jx[8], t.row("集训选手人数", 5)[1], "集训选手")
    same_date(F, f"{jx[10]}年{jx[11]}月{jx[12]}日", t.row("集训完成时间", 5)[1], Y, "集训完成日期")
    js = doc.g(r"集训补助按每人每天(\d+元)、集训(\d+)天计，共([\d.]+万元)；对获奖选手按金牌(\d+元)、银牌(\d+元)、铜牌(\d+元)标准奖励，共([\d.]+万元)；参赛差旅及耗材([\d.]+万元)。竞赛集训及参赛支出合计([\d.]+万元)")
    identity(F, "sum_mismatch", js[2], [jx[8], js[0], js[1]], lambda n, p, d: n * p * d, "集训补助 = 人 × 天 × 标准")
    same(F, js[0], t.row("集训人均日补助", 5)[1], "日补助")
    md = doc.g(r"获金牌(\d+)枚、银牌(\d+)枚、铜牌(\d+)枚、优胜奖(\d+)个，共(\d+)人获奖，比目标多(\d+)人")
    identity(F, "sum_mismatch", js[6], [md[0], js[3], md[1], js[4], md[2], js[5]],
             lambda a, p, b, q, c, r: a * p + b * q + c * r, "奖牌奖励")
    sum_of(F, js[8], [js[2], js[6], js[7]], "集训及参赛合计")
    sum_of(F, spent, [ws[4], tr[2], js[8]], "执行 = 三项支出")
    sum_of(F, md[4], list(md[:4]), "获奖人数")
    same(F, md[4] + "人", t.row("省级以上竞赛获奖人数", 5)[1], "获奖人数")
    identity(F, "sum_mismatch", md[5], [md[4] + "人", t.row("省级以上竞赛获奖人数", 5)[0]], lambda a, b: a - b, "比目标多")
    hs, hs_t = doc.g(r"全市新增高技能人才(\d+人)，未达到(\d+人)的目标")
    same(F, hs, t.row("新增高技能人才", 5)[1], "新增高技能人才")
    same(F, "≥" + hs_t, t.row("新增高技能人才", 5)[0], "新增高技能人才目标")
    (app,) = doc.g(r"全年带徒(\d+人)")
    same(F, app, t.row("工作室带徒人数", 5)[1], "带徒")
    sat, sat_t = doc.g(r"培训学员满意度([\d.]+%)，略低于(\d+%)的目标")
    same(F, sat, t.row("培训学员满意度", 5)[1], "满意度")
    same(F, "≥" + sat_t, t.row("培训学员满意度", 5)[0], "满意度目标")
    levels = {
        "产出": ["新建省级技能大师工作室", "新建市级技能大师工作室", "高技能人才培训人次", "集训选手人数", "培训取证率",
               "集训完成时间", "集训人均日补助"],
        "效益": ["省级以上竞赛获奖人数", "新增高技能人才", "工作室带徒人数"],
        "满意度": ["培训学员满意度"],
    }
    all_indicators(F, Y, t, levels)
    scores_and_weights(F, t, (tot[3], tot[5]), levels, "总分", [ps[0]],
                       prose_level_scores={"exec": ps[2], "产出": ps[3], "效益": ps[4], "满意度": ps[5]})
    grade(F, ps[0], ps[1], "文中等级")
    generic(F, doc)


def spec_liuzhou(doc, F):
    """gx-liuzhou-jixunjiangbu-2025: web page copy, tab-separated 自评表."""
    Y = doc.year
    t = doc.table("附件：项目支出绩效自评表", None, "tabs")
    tot = wan_cells(t.row("年度资金总额", 6), 3)
    fin = wan_cells(t.row("其中：当年财政拨款", 6), 3)
    car = wan_cells(t.row("上年结转资金", 6), 3)
    oth = wan_cells(t.row("其他资金", 6), 3)
    for c in range(3):
        sum_of(F, tot[c], [fin[c], car[c], oth[c]], f"自评表资金 col {c}")
    exec_row(F, "年度资金总额", tot)
    for nm, r in (("当年财政拨款", fin), ("上年结转资金", car), ("其他资金", oth)):
        exec_row(F, nm, r, with_score=False)
    f = doc.g(r"年初预算([\d.]+万元)，其中自治区就业补助资金([\d.]+万元)、市本级资金([\d.]+万元)；年中市本级资金调减([\d.]+万元)，全年预算([\d.]+万元)。实际到位资金([\d.]+万元)，到位率([\d.]+%)；全年支出([\d.]+万元)，执行率([\d.]+%)，到位资金结余([\d.]+万元)")
    init, reg0, city0, cut, annual, recv, rrate, spent, erate, bal = f
    sum_of(F, init, [reg0, city0], "年初构成")
    identity(F, "sum_mismatch", annual, [init, cut], lambda a, b: a - b, "全年 = 年初 − 调减")
    same(F, init, tot[0], "年初")
    same(F, annual, tot[1], "全年")
    same(F, spent, tot[2], "执行")
    rate(F, rrate, recv, annual, "到位率")
    rate(F, erate, spent, annual, "文中执行率")
    balance(F, bal, recv, spent, "到位资金结余")
    s2 = doc.g(r"其中自治区资金执行([\d.]+万元)，执行率([\d.]+%)；市本级资金执行([\d.]+万元)，占其全年预算([\d.]+万元)的([\d.]+%)")
    rate(F, s2[1], s2[0], reg0, "自治区资金执行率")
    rate(F, s2[4], s2[2], s2[3], "市本级执行率")
    identity(F, "sum_mismatch", s2[3], [city0, cut], lambda a, b: a - b, "市本级全年 = 年初 − 调减")
    sum_of(F, annual, [reg0, s2[3]], "全年 = 自治区 + 市本级")
    sum_of(F, spent, [s2[0], s2[2]], "执行 = 自治区 + 市本级")
    sp = doc.g(r"全年支出包括：集训选手补助([\d.]+万元)，集训基地运行补助([\d.]+万元)（(\d+)个基地各(\d+万元)），竞赛组织费([\d.]+万元)，竞赛奖金([\d.]+万元)，技师研修补贴([\d.]+万元)")
    sum_of(F, spent, [sp[0], sp[1], sp[4], sp[5], sp[6]], "支出构成")
    identity(F, "sum_mismatch", sp[1], [sp[2], sp[3]], lambda n, p: n * p, "基地补助")
    (part,) = doc.g(r"10个赛项，参赛选手(\d+人)（2024年")
    same(F, part, t.row("参赛选手人数", 5)[1], "参赛选手")
    (g_part,) = doc.g(r"举办10个赛项，参赛选手(\d+人)")
    same(F, g_part, t.row("参赛选手人数", 5)[1], "目标表参赛选手")
    pr = doc.g(r"一等奖(\d+)名、奖金(\d+元)，二等奖(\d+)名、每人(\d+元)，三等奖(\d+)名、每人(\d+元)，(\d+)个赛项共发放奖金([\d.,]+(?:万元|元))")
    identity(F, "sum_mismatch", pr[7], list(pr[:7]),
             lambda n1, a, n2, b, n3, c, k: k * (n1 * a + n2 * b + n3 * c), "奖金 = 赛项 × 各奖次")
    same(F, pr[6] + "个", t.row("市级竞赛赛项", 5)[1], "赛项数")
    (n_contest,) = doc.g(r"模具工(\d+个)赛项")
    same(F, n_contest, t.row("市级竞赛赛项", 5)[1], "赛项数（正文）")
    goal_targets(F, doc, t, [
        (r"举办市级竞赛不少于(\d+个)赛项", "市级竞赛赛项"),
        (r"参赛选手不少于(\d+人)", "参赛选手人数"),
        (r"集训选手不少于(\d+人)", "集训选手人数"),
        (r"技师研修不少于(\d+人次)", "技师研修人次"),
        (r"竞赛奖牌不少于(\d+枚)", "自治区级以上竞赛奖牌数"),
    ])
    same(F, pr[7], sp[5], "竞赛奖金两处")
    g5 = doc.g(r"集训选手(\d+人)；技师研修(\d+人次)；获奖牌(\d+)枚")
    same(F, g5[0], t.row("集训选手人数", 5)[1], "目标表集训选手")
    same(F, g5[1], t.row("技师研修人次", 5)[1], "目标表研修")
    same(F, g5[2] + "枚", t.row("自治区级以上竞赛奖牌数", 5)[1], "目标表奖牌")
    jx = doc.g(r"全年集训选手(\d+人)，集训补助按每人每天(\d+元)标准，平均每人集训(\d+)天。集训选手中(\d+人)入选")
    identity(F, "sum_mismatch", sp[0], [jx[0], jx[1], jx[2]], lambda n, p, d: n * p * d, "集训补助 = 人 × 天 × 标准")
    same(F, jx[0], t.row("集训选手人数", 5)[1], "集训选手")
    same(F, jx[1], t.row("集训人均日补助", 5)[1], "日补助")
    same(F, jx[3], t.row("入选国家或自治区集训队人数", 5)[1], "入选集训队")
    rx = doc.g(r"组织企业技师研修(\d+人次)，按每人次(\d+元)给予补贴，未达到(\d+人次)的目标")
    identity(F, "sum_mismatch", sp[6], [rx[0], rx[1]], lambda n, p: n * p, "研修补贴")
    same(F, rx[0], t.row("技师研修人次", 5)[1], "研修人次")
    same(F, "≥" + rx[2], t.row("技师研修人次", 5)[0], "研修目标")
    md = doc.g(r"获金牌(\d+)枚、银牌(\d+)枚、铜牌(\d+)枚，共(\d+)枚")
    sum_of(F, md[3], list(md[:3]), "奖牌")
    same(F, md[3] + "枚", t.row("自治区级以上竞赛奖牌数", 5)[1], "奖牌数")
    (hs,) = doc.g(r"全市新增高技能人才(\d+人)")
    same(F, hs, t.row("新增高技能人才", 5)[1], "新增高技能人才")
    (sat,) = doc.g(r"满意度([\d.]+%)。")
    same(F, sat, t.row("参赛选手满意度", 5)[1], "满意度")
    levels = {
        "产出": ["市级竞赛赛项", "参赛选手人数", "集训选手人数", "技师研修人次", "入选国家或自治区集训队人数",
               "奖补资金发放及时率", "集训人均日补助"],
        "效益": ["自治区级以上竞赛奖牌数", "新增高技能人才", "校企合作机制"],
        "满意度": ["参赛选手满意度"],
    }
    all_indicators(F, Y, t, levels)
    total, gword = doc.g(r"绩效自评得分([\d.]+分)，评价等级为“(.)”")
    scores_and_weights(F, t, (tot[3], tot[5]), levels, "总分", [total])
    grade(F, total, gword, "文中等级")
    generic(F, doc)


SPECS = {
    "jx-nankang-jiajujingsai-2019": (2019, spec_nankang),
    "ln-anshan-jinengzhongxin-bumen-2022": (2022, spec_anshan),
    "fj-jinjiang-zhigongjingsai-2024": (2024, spec_jinjiang),
    "he-xingtai-gaojineng-2021": (2021, spec_xingtai),
    "gx-liuzhou-jixunjiangbu-2025": (2025, spec_liuzhou),
}


def check_text(source, text):
    year, spec = SPECS[source]
    F = Findings()
    spec(Doc(text, year), F)
    return F


# ----------------------------------------------------------------------------- set-level checks

def edit_region(a, b):
    """Common prefix / suffix: returns (start, end_a, end_b) of the single differing region."""
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    while j < n - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                clean_text[rec["source"]] = fh.read()
    if set(clean_text) != set(SPECS):
        problems.append(f"clean drafts {sorted(clean_text)} do not match the specs")
    per_code = {c: 0 for c in A_CODES}
    seen_cases = set()
    for rec in labels:
        name, src = rec["case"], rec["source"]
        seen_cases.add(name)
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            F = check_text(src, text)
        except ParseError as exc:
            problems.append(f"{name}: cannot read figures: {exc}")
            continue
        got = F.codes()
        if F.warnings():
            problems.append(f"{name}: warnings {F.warnings()}")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if got:
                problems.append(f"{name}: clean draft fails {[(c, m) for c, m in F.items]}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: {n} characters")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected {len(rec['expected'])} labels, want 1")
            continue
        exp = rec["expected"][0]
        code = exp["code"]
        if code not in per_code:
            problems.append(f"{name}: unknown code {code}")
            continue
        per_code[code] += 1
        if exp.get("severity") != "error":
            problems.append(f"{name}: severity {exp.get('severity')}")
        if got != {code}:
            problems.append(f"{name}: labelled {code}, checks fail {[(c, m) for c, m in F.items]}")
        value = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value {value!r} occurs {len(occ)} times")
            continue
        base = clean_text.get(src)
        if base is None:
            continue
        s, ea, eb = edit_region(base, text)
        if base == text:
            problems.append(f"{name}: identical to its clean draft")
            continue
        if ea - s > 40 or eb - s > 40:
            problems.append(f"{name}: edit spans {ea - s}/{eb - s} characters (> 40)")
        if not (occ[0] < max(eb, s + 1) and s < occ[0] + len(value)):
            problems.append(f"{name}: value {value!r} does not overlap the edit [{s},{eb})")
    for code, n in per_code.items():
        if n < 2:
            problems.append(f"code {code} labelled {n} times (< 2)")
    files = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if files != seen_cases:
        problems.append(f"case files without labels / labels without files: {sorted(files ^ seen_cases)}")
    if problems:
        for p in problems:
            print("FAIL", p)
        return 1
    print("per code:", ", ".join(f"{c}={n}" for c, n in per_code.items()))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
