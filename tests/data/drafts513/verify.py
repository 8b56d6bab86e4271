#!/usr/bin/env python3
"""Verify drafts513: re-read every figure from the text of each case and redo its arithmetic.

Standard library + decimal only. For each case in labels.jsonl the project's checker reads the
figures back from the draft (prose by anchored regular expressions, tables by rebuilding their rows
from the layout: one cell a line, tab-separated, or runs of spaces) and applies rules.md §5–§8:

  * a clean draft must fail no check (and raise no scoring-rule warning);
  * an error case must fail its labelled code and no other error code;
  * each label value occurs exactly once in its case; the case differs from its clean draft by one
    contiguous edit of at most 40 characters that overlaps the value; every code of errors.md §A
    is used at least twice; 35 cases, clean drafts of 1,500–5,000 characters.

Attribution follows errors.md: a failure that disappears when one amount is rescaled by 10^4 or
10^8 is reported as unit_mismatch (the most specific explanation); a rate over 100% (or a rate
on a zero base) is implausible_rate; a stated derived figure (rate, balance, average, total) is
compared with its computation, never with another statement of itself, so that each slip has one
code. Prints OK when everything holds.
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

NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"
AMT = NUM + r"(亿元|万元|元)"
PCT = NUM + r"%"
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers
def dec(s):
    return D(str(s).replace(",", "").strip())


def ndp(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D(5) * D(10) ** (-(ndp(s) + 1)) + D("1e-9")


def agrees(stated, computed):
    """rules.md §8: a stated value with d decimals agrees with c iff |c - v| <= 0.5*10^-d."""
    return abs(D(computed) - dec(stated)) <= tol(stated)


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


class Amt:
    """An amount as written; .v is normalised to 万元."""
    MUL = {"元": D(1) / D(10000), "万元": D(1), "亿元": D(10000)}

    def __init__(self, num, unit="万元"):
        self.s, self.unit = num, unit
        self.v = dec(num) * self.MUL[unit]

    def __repr__(self):
        return f"{self.s}{self.unit}"


def amt(m, i):
    """Amt from regex groups i (number) and i+1 (unit)."""
    return Amt(m.group(i), m.group(i + 1))


# ---------------------------------------------------------------- findings
class Findings:
    def __init__(self, name):
        self.name = name
        self.errors = []     # (code, message)
        self.warnings = []   # (code, message) — scoring-rule warnings, never error codes

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def codes(self):
        return sorted(set(c for c, _ in self.errors))


def one(text, pattern, what):
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise ParseError(f"{what}: pattern matched {len(ms)} times: {pattern}")
    return ms[0]


def rescue(pred, vals, idx):
    """True if rescaling one of vals[idx] by 10^±4 / 10^±8 makes pred hold (unit slip)."""
    for i in idx:
        for k in SCALES:
            v2 = list(vals)
            v2[i] = v2[i] * k
            if pred(v2):
                return True
    return False


def check(F, code, pred, vals, amount_idx, msg):
    """pred(vals) must hold; otherwise code, or unit_mismatch when an amount rescale fixes it."""
    if pred(vals):
        return True
    if amount_idx and rescue(pred, vals, amount_idx):
        F.err("unit_mismatch", msg + " (reconciled by a power-of-ten rescale)")
    else:
        F.err(code, msg)
    return False


# ---------------------------------------------------------------- identities
def sum_eq(F, total, parts, msg, code="sum_mismatch"):
    """total (Amt or count string) = Σ parts (I4)."""
    items = [total] + list(parts)
    is_amt = isinstance(total, Amt)
    vals = [x.v if isinstance(x, Amt) else dec(x) for x in items]
    t = tol(total.s if is_amt else total) * (Amt.MUL[total.unit] if is_amt else 1)
    pred = lambda v: abs(v[0] - sum(v[1:])) <= t
    idx = [i for i, x in enumerate(items) if isinstance(x, Amt)]
    check(F, code, pred, vals, idx, f"{msg}: {items[0]} vs Σ {items[1:]}")


def diff_eq(F, stated, a, b, msg, code="balance_mismatch"):
    """stated = a - b (I3)."""
    items = [stated, a, b]
    vals = [x.v for x in items]
    t = tol(stated.s) * Amt.MUL[stated.unit]
    pred = lambda v: abs(v[0] - (v[1] - v[2])) <= t
    check(F, code, pred, vals, [0, 1, 2], f"{msg}: {stated} vs {a} − {b}")


def same(F, a, b, msg):
    """The same quantity stated twice (I11)."""
    if isinstance(a, Amt):
        vals = [a.v, b.v]
        t = min(tol(a.s) * Amt.MUL[a.unit], tol(b.s) * Amt.MUL[b.unit])
        idx = [0, 1]
    else:
        vals = [dec(a), dec(b)]
        t = min(tol(a), tol(b))
        idx = []
    pred = lambda v: abs(v[0] - v[1]) <= t
    check(F, "conflicting_values", pred, vals, idx, f"{msg}: {a} vs {b}")


def product(F, stated, std_yuan, count, msg):
    """stated amount = per-pupil standard (元) × pupils (reported as sum_mismatch)."""
    vals = [stated.v, dec(std_yuan) * dec(count) / D(10000)]
    t = tol(stated.s) * Amt.MUL[stated.unit]
    pred = lambda v: abs(v[0] - v[1]) <= t
    check(F, "sum_mismatch", pred, vals, [0], f"{msg}: {stated} vs {std_yuan}元 × {count}")


def rate(F, stated, num, den, msg, cap=True):
    """Stated rate (string, percent) = num/den×100 (I1, I2); range and zero base (I5).
    num, den: Amt or count strings."""
    nv = num.v if isinstance(num, Amt) else dec(num)
    dv = den.v if isinstance(den, Amt) else dec(den)
    st = stated.strip().rstrip("%")
    if dv == 0:
        if st not in ("—", "-", "", "0", "0.00"):
            F.err("implausible_rate", f"{msg}: rate {stated} on a zero base")
        return
    if st in ("—", "-", ""):
        F.err("rate_mismatch", f"{msg}: rate missing although the base is {den}")
        return
    if cap and dec(st) > 100:
        F.err("implausible_rate", f"{msg}: rate {stated} over 100%")
        return
    idx = [i for i, x in enumerate([num, den]) if isinstance(x, Amt)]
    idx = [i + 1 for i in idx]
    vals = [dec(st), nv, dv]
    t = tol(st)
    pred = lambda v: v[2] != 0 and abs(v[1] / v[2] * 100 - v[0]) <= t
    check(F, "rate_mismatch", pred, vals, idx, f"{msg}: {stated} vs {num}/{den}")


def range_rate(F, stated, msg):
    """A rate given without its inputs must lie in [0, 100] (I5)."""
    st = stated.strip().rstrip("%")
    if dec(st) > 100 or dec(st) < 0:
        F.err("implausible_rate", f"{msg}: {stated} outside [0, 100]")


def average(F, stated, items, msg):
    """I10: stated average = mean of the stated items."""
    mean = sum(dec(x) for x in items) / len(items)
    if not agrees(stated, mean):
        F.err("average_mismatch", f"{msg}: {stated} vs mean {q2(mean)} of {items}")


def completion_stated(F, stated, target, actual, direction, msg):
    """rules §5 completion; I8."""
    t, a = dec(target), dec(actual)
    if direction == "lte":
        c = D(100) if a <= t else t / a * 100
    else:
        if t == 0:
            return
        c = a / t * 100
    if not agrees(stated.rstrip("%"), c):
        F.err("completion_mismatch", f"{msg}: 完成率 {stated} vs {q2(c)}%")


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = dec(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def grade(F, label, total, msg):
    if GRADES[label] != band(total):
        F.err("grade_mismatch", f"{msg}: {label} for {total} (band {band(total)})")


def years(F, text, Y, msg=""):
    """I14 for the evaluation year Y."""
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != Y:
            F.err("year_mismatch", f"截至{m.group(1)}年12月31日 in a {Y} report")
    for m in re.finditer(r"结转(?:至)?(\d{4})年", text):
        if int(m.group(1)) <= Y:
            F.err("year_mismatch", f"carried over to {m.group(1)} in a {Y} report")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月[^。；\n]{0,16}?下达", text):
        y, mo = int(m.group(1)), int(m.group(2))
        if not (y == Y or (y == Y - 1 and mo == 12)):
            F.err("year_mismatch", f"funds issued {y}年{mo}月 for a {Y} budget")
    for m in re.finditer(r"[（(](\d{4})年度[）)]|(\d{4})年度", text[:200]):
        y = int(m.group(1) or m.group(2))
        if y != Y:
            F.err("year_mismatch", f"title year {y} vs {Y}")


# ---------------------------------------------------------------- indicator tables
QTY = re.compile(r"^(≥|≤|＞|＜|>=|<=|=|不低于|不少于|不超过)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")
DIRS = {"≥": "gte", ">=": "gte", "＞": "gte", "不低于": "gte", "不少于": "gte",
        "≤": "lte", "<=": "lte", "＜": "lte", "不超过": "lte", "=": "eq", None: "eq", "": "eq"}


def qty(cell):
    m = QTY.match(cell.strip())
    if not m:
        return None
    return DIRS[m.group(1)], m.group(2), m.group(3).strip()


class Row:
    def __init__(self, level1, name, target, actual, weight, score, completion=None, kind=None):
        self.level1, self.name, self.target, self.actual = level1, name, target, actual
        self.weight, self.score, self.completion, self.kind = weight, score, completion, kind

    def __repr__(self):
        return f"<{self.level1}/{self.name} {self.target}|{self.actual}|{self.completion}|{self.weight}|{self.score}>"


def indicators(F, rows, exec_weight, exec_score, totals, level_weights=None, level_scores=None,
               pct_cap_names=()):
    """Generic checks on a rebuilt 自评表: I6, I7, I8, I13, I5 (for rate actuals)."""
    wsum = dec(exec_weight) + sum(dec(r.weight) for r in rows)
    if wsum != 100:
        F.err("weight_sum_mismatch", f"Σ 分值 = {wsum}")
    for lvl, w in (level_weights or {}).items():
        s = sum(dec(r.weight) for r in rows if r.level1 == lvl)
        if dec(w) != s:
            F.err("weight_sum_mismatch", f"{lvl} weight {w} vs Σ rows {s}")
    for r in rows:
        if dec(r.score) > dec(r.weight) or dec(r.score) < 0:
            F.err("score_exceeds_weight", f"{r.name}: 得分 {r.score} vs 分值 {r.weight}")
    ssum = dec(exec_score) + sum(dec(r.score) for r in rows)
    for t in totals:
        if not agrees(t, ssum):
            F.err("score_sum_mismatch", f"total {t} vs Σ 得分 {ssum}")
    for lvl, s in (level_scores or {}).items():
        got = dec(exec_score) if lvl == "预算执行" else sum(dec(r.score) for r in rows if r.level1 == lvl)
        if not agrees(s, got):
            F.err("score_sum_mismatch", f"{lvl} score {s} vs Σ rows {got}")
    for r in rows:
        tq, aq = qty(r.target), qty(r.actual)
        if tq is None and aq is None:          # qualitative row: band check (warning only)
            if dec(r.score) < D("0.8") * dec(r.weight):
                F.warn("score_rule_mismatch", f"{r.name}: qualitative 'achieved' row below 80% of weight")
            continue
        if (tq is None) != (aq is None) or tq[2] != aq[2]:
            F.err("unit_mismatch", f"{r.name}: target {r.target} vs actual {r.actual}")
            continue
        d, tv, unit = tq
        av = aq[1]
        if unit == "%" and r.name in pct_cap_names and dec(av) > 100:
            F.err("implausible_rate", f"{r.name}: actual {r.actual} over 100%")
            continue
        if r.completion is not None and r.completion not in ("—", ""):
            completion_stated(F, r.completion, tv, av, d, r.name)
        # scoring rule (rules §5) — warning only, local rules differ
        t, a, w, s = dec(tv), dec(av), dec(r.weight), dec(r.score)
        if d == "lte":
            exp = w if a <= t else w * t / a
        elif d == "eq" and t == 0:
            exp = w if a <= 0 else D(0)
        else:
            exp = w * min(D(1), a / t)
        if not agrees(r.score, exp):
            F.warn("score_rule_mismatch", f"{r.name}: score {r.score} vs rule {q2(exp)}")


def exec_score_rule(F, weight, score, rate_str, spent, budget):
    r = min(D(1), spent.v / budget.v)
    exp1 = dec(weight) * r
    exp2 = dec(weight) * min(D(1), dec(rate_str.rstrip("%")) / 100)
    if not (agrees(score, exp1) or agrees(score, exp2)):
        F.warn("score_rule_mismatch", f"execution score {score} vs {q2(exp1)}")
    if dec(score) > dec(weight):
        F.err("score_exceeds_weight", f"execution score {score} > {weight}")


# ---------------------------------------------------------------- layouts
def strip_bookmarks(t):
    return re.sub(r"\[bookmark: [^\]]*\]", "", t)


FOOTER = re.compile(r"^\s*(— \d+ —|第 \d+ 页 共 \d+ 页)\s*$")


def pdf_prose(t):
    lines = [l for l in t.split("\n") if not FOOTER.match(l)]
    return "".join(lines)


def flat_rows(region):
    """One cell a line (tab-indented), blank line between rows."""
    rows = []
    for block in re.split(r"\n\n+", region.strip("\n")):
        cells = [l[1:] if l.startswith("\t") else l for l in block.split("\n")]
        rows.append(cells)
    return rows


def space_cells(line):
    return re.split(r" {2,}", line.strip())


def mof_funds(F, rows, cols, components, msg):
    """MOF funds block rows {name: [年初, 全年, 执行, 分值, 执行率, 得分]}: sums per column (I4),
    execution rate per row (I1/I5). Returns the total row as Amts."""
    total = rows[components[0]]
    for ci, cname in enumerate(cols[:3]):
        sum_eq(F, Amt(total[ci]), [Amt(rows[c][ci]) for c in components[1:]], f"{msg} {cname}")
    for name, r in rows.items():
        rate(F, r[4], Amt(r[2]), Amt(r[1]), f"{msg} {name} 执行率")
    return total


# ================================================================ projects
def check_sihong(t):
    """泗洪县 2019 — Word copy, [bookmark] residue, tables one cell a line."""
    F = Findings("sihong")
    s = strip_bookmarks(t)
    Y = 2019
    years(F, s, Y)
    m = one(s, r"补助资金" + AMT + r"开展了绩效自评", "opening")
    opening = amt(m, 1)
    std = one(s, r"县财政按(\d+)元/生·学期的标准", "standard").group(1)
    m = one(s, r"提前下达2019年课后服务补助资金" + AMT + r"（按预计参加学生" + NUM + r"人·学期测算，即(\d+)元×"
            + NUM + r"=" + AMT + r"）", "initial")
    init, est, std2, est2, est_amt = amt(m, 1), m.group(3), m.group(4), m.group(5), amt(m, 6)
    same(F, est, est2, "estimated pupils")
    same(F, std, std2, "standard")
    product(F, est_amt, std2, est2, "initial estimate")
    same(F, est_amt, init, "initial budget in 元 and 万元")
    m = one(s, r"下达课后服务奖补资金" + AMT + r"，全年预算调整为" + AMT + r"，资金全部到位", "adjust")
    prov, annual = amt(m, 1), amt(m, 3)
    sum_eq(F, annual, [init, prov], "全年预算 = 年初 + 奖补")
    m = one(s, r"全年执行" + AMT + r"，其中学生补助" + AMT + r"、管理及安全保障经费" + AMT + r"，预算执行率" + PCT
            + r"；结余" + AMT, "execution")
    spent, stu, mgmt, erate, bal = amt(m, 1), amt(m, 3), amt(m, 5), m.group(7), amt(m, 8)
    sum_eq(F, spent, [stu, mgmt], "执行 = 学生补助 + 管理经费")
    rate(F, erate, spent, annual, "prose 执行率")
    diff_eq(F, bal, annual, spent, "prose 结余 (到位 = 全年, 资金全部到位)")
    same(F, opening, annual, "evaluated amount vs 全年预算")
    # funds table (行次 layout)
    seg = s[s.index("\t项目\n"):s.index("（三）项目绩效目标")]
    frows = {r[1]: r for r in flat_rows(seg) if len(r) == 10 and r[1].startswith("(")}
    A = lambda c: Amt(c if c.strip() else "0")
    cols = ["总额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    amount_rows = ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"]
    for key in amount_rows:
        r = frows[key][2:]
        sum_eq(F, A(r[0]), [A(r[1]), A(r[6]), A(r[7])], f"table {key} 总额")
        sum_eq(F, A(r[1]), [A(x) for x in r[2:6]], f"table {key} 小计")
    for i, c in enumerate(cols):
        r2, r3, r4, r5 = (frows[k][2 + i] for k in ["(2)", "(3)", "(4)", "(5)=(3)-(4)"])
        if r5.strip():
            diff_eq(F, A(r5), A(r3), A(r4), f"table (5) {c}")
        rate(F, frows["(6)=(3)/(2)"][2 + i], A(r3), A(r2), f"table (6) 到位率 {c}")
        rate(F, frows["(7)=(4)/(2)"][2 + i], A(r4), A(r2), f"table (7) 执行率 {c}")
    same(F, A(frows["(1)"][2]), init, "年初 table vs prose")
    same(F, A(frows["(2)"][2]), annual, "全年 table vs prose")
    same(F, A(frows["(2)"][5]), prov, "省级 table vs prose")
    same(F, A(frows["(4)"][2]), spent, "执行 table vs prose")
    # outputs
    m = one(s, r"春季学期全县参加课后服务学生" + NUM + r"人，秋季学期" + NUM + r"人，全年合计" + NUM
            + r"人·学期，完成年度指标（≥" + NUM + r"人·学期）的" + PCT, "participants")
    p1, p2, ptot, ptarget, pcomp = m.groups()
    sum_eq(F, ptot, [p1, p2], "participants")
    completion_stated(F, pcomp, ptarget, ptot, "gte", "prose completion")
    goal = one(s, r"参加课后服务学生不少于" + NUM + r"人·学期", "goal").group(1)
    same(F, goal, ptarget, "goal vs prose target")
    m = one(s, r"春季学期、秋季学期分别补助" + AMT + r"和" + AMT + r"，合计" + AMT, "term subsidies")
    sp, au, both = amt(m, 1), amt(m, 3), amt(m, 5)
    sum_eq(F, both, [sp, au], "term subsidies")
    product(F, sp, std, p1, "spring subsidy")
    product(F, au, std, p2, "autumn subsidy")
    same(F, both, stu, "学生补助")
    m = one(s, r"在校生分别为" + NUM + r"人和" + NUM + r"人，学生参与率分别为" + PCT + r"和" + PCT + r"，全年参与率"
            + PCT, "participation")
    e1, e2, r1, r2, rall = m.groups()
    rate(F, r1, p1, e1, "spring participation")
    rate(F, r2, p2, e2, "autumn participation")
    rate(F, rall, ptot, str(dec(e1) + dec(e2)), "year participation")
    rate(F, one(s, r"春季学期参与率（" + PCT + r"）", "problem rate").group(1), p1, e1, "problem section rate")
    m = one(s, r"发放问卷" + NUM + r"份，回收" + NUM + r"份，其中满意及基本满意" + NUM + r"份，家长满意度" + PCT, "survey")
    rate(F, m.group(4), m.group(3), m.group(2), "satisfaction")
    sat = m.group(4)
    # indicator table
    seg = s[s.index("\t一级指标"):]
    trs = flat_rows(seg)
    head = trs[0]
    ix = {h: i for i, h in enumerate(head)}
    rows, lvl, total_row = [], "", None
    exec_row = None
    for r in trs[1:]:
        if r[0] == "合计":
            total_row = r
            continue
        if r[0]:
            lvl = r[0]
        row = Row(lvl, r[ix["三级指标"]], r[ix["年度指标值"]], r[ix["实际完成值"]], r[ix["分值"]], r[ix["得分"]],
                  r[ix["完成率"]])
        if lvl == "预算执行":
            exec_row = row
        else:
            rows.append(row)
    rate(F, exec_row.actual, spent, annual, "table 预算执行率 actual")
    rate(F, exec_row.completion, spent, annual, "table 预算执行率 completion")
    exec_score_rule(F, exec_row.weight, exec_row.score, exec_row.actual, spent, annual)
    m = one(s, r"总得分" + NUM + r"分，属于“(\w+)”。其中预算执行率指标得分" + NUM + r"分，产出指标得分" + NUM
            + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + r"分", "total")
    ptotal, glabel = m.group(1), m.group(2)
    indicators(F, rows, exec_row.weight, exec_row.score, [ptotal, total_row[ix["得分"]]],
               level_scores={"预算执行": m.group(3), "产出指标": m.group(4), "效益指标": m.group(5),
                             "满意度指标": m.group(6)},
               pct_cap_names=("学生参与率", "家长满意度", "课后服务课程开设率"))
    if dec(total_row[ix["分值"]]) != 100:
        F.err("weight_sum_mismatch", "合计 分值 not 100")
    grade(F, glabel, ptotal, "prose grade")
    byname = {r.name: r for r in rows}
    r = byname["参加课后服务学生"]
    if qty(r.actual) and qty(r.actual)[2] == "人·学期":
        same(F, qty(r.actual)[1], ptot, "participants table vs prose")
    rate(F, byname["学生参与率"].actual, ptot, str(dec(e1) + dec(e2)), "table participation")
    same(F, byname["家长满意度"].actual.rstrip("%"), sat, "satisfaction table vs prose")
    same(F, qty(byname["生均补助标准"].actual)[1], std, "standard table vs prose")
    same(F, qty(byname["开展课后服务学校数"].actual)[1], one(s, r"全县(\d+)所义务教育学校全部开展", "schools").group(1),
         "schools")
    same(F, byname["课后服务课程开设率"].actual.rstrip("%"), one(s, r"课程开设率" + PCT, "courses").group(1), "courses")
    same(F, qty(byname["补助资金拨付周期"].actual)[1], one(s, r"平均在学期结束后(\d+)天内拨付到校", "days").group(1), "days")
    m = one(s, r"学生参与率不低于" + PCT + r"，家长满意度不低于" + PCT + r"，补助资金在学期结束后(\d+)天内拨付", "goals")
    same(F, qty(byname["学生参与率"].target)[1], m.group(1), "participation goal")
    same(F, qty(byname["家长满意度"].target)[1], m.group(2), "satisfaction goal")
    same(F, qty(byname["补助资金拨付周期"].target)[1], m.group(3), "days goal")
    same(F, qty(byname["参加课后服务学生"].target)[1], goal, "participants goal")
    return F


def check_dawu(t):
    """大悟县 2021 — PDF copy with page footers; table with runs of spaces; Hubei 20-point execution."""
    F = Findings("dawu")
    p = pdf_prose(t)
    Y = 2021
    years(F, p, Y)
    m = one(p, r"下达年初预算" + AMT + r"；2021年9月，[^；]*?追加预算" + AMT + r"（其中省级课后服务补助资金" + AMT
            + r"），全年预算" + AMT, "budget")
    init, add, prov, annual = amt(m, 1), amt(m, 3), amt(m, 5), amt(m, 7)
    sum_eq(F, annual, [init, add], "全年 = 年初 + 追加")
    m = one(p, r"实际到位资金" + AMT + r"，到位率" + PCT + r"；实际支出" + AMT + r"，执行率" + PCT + r"；结余" + AMT,
            "execution")
    recv, rrate, spent, erate, bal = amt(m, 1), m.group(3), amt(m, 4), m.group(6), amt(m, 7)
    rate(F, rrate, recv, annual, "到位率")
    rate(F, erate, spent, annual, "执行率")
    diff_eq(F, bal, recv, spent, "结余 = 到位 − 执行")
    std = {}
    m = one(p, r"县财政按(\d+)元/生·学期给予补助", "pilot std")
    std["pilot"] = m.group(1)
    m = one(p, r"补助标准调整为小学(\d+)元/生·学期、初中(\d+)元/生·学期", "std")
    std["primary"], std["junior"] = m.group(1), m.group(2)
    m = one(p, r"春季学期试点补助" + AMT + r"（(\d+)元×" + NUM + r"人）；秋季学期小学、初中分别补助" + AMT + r"（(\d+)元×"
            + NUM + r"人）和" + AMT + r"（(\d+)元×" + NUM + r"人）；教师培训及巡查经费" + AMT + r"。以上合计" + AMT,
            "breakdown")
    pilot, s1, n1 = amt(m, 1), m.group(3), m.group(4)
    prim, s2, n2 = amt(m, 5), m.group(7), m.group(8)
    jun, s3, n3 = amt(m, 9), m.group(11), m.group(12)
    train, tot = amt(m, 13), amt(m, 15)
    product(F, pilot, s1, n1, "pilot")
    product(F, prim, s2, n2, "primary")
    product(F, jun, s3, n3, "junior")
    same(F, s1, std["pilot"], "pilot standard")
    same(F, s2, std["primary"], "primary standard")
    same(F, s3, std["junior"], "junior standard")
    sum_eq(F, tot, [pilot, prim, jun, train], "以上合计")
    same(F, tot, spent, "合计 vs 实际支出")
    m = one(p, r"全年预算" + NUM + r"万元，立项依据充分", "decision")
    same(F, Amt(m.group(1)), annual, "决策 全年预算")
    m = one(p, r"全年预算与实际支出相差" + AMT + r"，其中省级补助资金未到位" + AMT + r"、已到位未支出" + AMT, "gap")
    gap, unarr, unspent = amt(m, 1), amt(m, 3), amt(m, 5)
    diff_eq(F, gap, annual, spent, "预算 − 支出")
    diff_eq(F, unarr, annual, recv, "未到位 = 预算 − 到位")
    diff_eq(F, unspent, recv, spent, "已到位未支出")
    sum_eq(F, gap, [unarr, unspent], "差额构成")
    if unarr.v > prov.v:
        F.err("conflicting_values", "unarrived provincial money exceeds the provincial allocation")
    m = one(p, r"参加课后服务学生" + NUM + r"人（小学" + NUM + r"人、初中" + NUM + r"人），完成年度指标的" + PCT, "outputs")
    pall, pp, pj, pcomp = m.groups()
    sum_eq(F, pall, [pp, pj], "autumn participants")
    same(F, pp, n2, "primary pupils")
    same(F, pj, n3, "junior pupils")
    goal = one(p, r"参加课后服务学生不少于" + NUM + r"人", "goal").group(1)
    completion_stated(F, pcomp, goal, pall, "gte", "prose completion")
    m = one(p, r"在校生" + NUM + r"人，学生参与率" + PCT + r"（春季学期试点学校参与率为" + PCT, "participation")
    rate(F, m.group(2), pall, m.group(1), "autumn participation")
    range_rate(F, m.group(3), "pilot participation")
    autumn_rate = m.group(2)
    m = one(p, r"满意度分别为" + PCT + r"、" + PCT + r"、" + PCT + r"，平均满意度" + PCT, "satisfaction")
    for g in m.groups():
        range_rate(F, g, "satisfaction item")
    average(F, m.group(4), m.groups()[:3], "平均满意度")
    parent_sat = m.group(2)
    m = one(p, r"预算执行率指标(\d+)分，按执行率计分；产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", "weights")
    lw = {"预算执行": m.group(1), "产出指标": m.group(2), "效益指标": m.group(3), "满意度指标": m.group(4)}
    m = one(p, r"本项目得分" + NUM + r"分，评价等级为“(\w+)”。其中预算执行率指标得" + NUM + r"分，产出指标得" + NUM
            + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM + r"分", "total")
    ptotal, glabel = m.group(1), m.group(2)
    ls = {"预算执行": m.group(3), "产出指标": m.group(4), "效益指标": m.group(5), "满意度指标": m.group(6)}
    grade(F, glabel, ptotal, "grade")
    # table
    lines = [l for l in t.split("\n") if not FOOTER.match(l)]
    frows = {}
    for l in lines:
        c = space_cells(l)
        if c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(c) == 7:
            frows[c[0]] = c[1:]
    total = mof_funds(F, frows, ["年初", "全年", "执行"], ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"],
                      "funds block")
    same(F, Amt(total[0]), init, "年初 table vs prose")
    same(F, Amt(total[1]), annual, "全年 table vs prose")
    same(F, Amt(total[2]), spent, "执行 table vs prose")
    exec_score_rule(F, total[3], total[5], total[4], Amt(total[2]), Amt(total[1]))
    same(F, total[3], lw["预算执行"], "execution weight")
    i0 = next(i for i, l in enumerate(lines) if l.startswith("一级指标"))
    rows, lvl, trow = [], "", None
    for l in lines[i0 + 1:]:
        c = space_cells(l)
        if c[0] == "合计":
            trow = c
            break
        if c[0] in ("产出指标", "效益指标", "满意度指标"):
            lvl = c[0]
        name, target, actual, comp, w, sc = c[-7:-1]
        rows.append(Row(lvl, name, target, actual, w, sc, comp))
    if dec(trow[1]) != 100:
        F.err("weight_sum_mismatch", "合计 分值 not 100")
    indicators(F, rows, total[3], total[5], [ptotal, trow[2]], level_weights={k: v for k, v in lw.items()
                                                                               if k != "预算执行"},
               level_scores=ls, pct_cap_names=("秋季学期课后服务学校覆盖率", "课后服务教师培训覆盖率",
                                               "秋季学期学生参与率", "家长接送难问题解决率", "家长满意度"))
    if sum(dec(v) for v in lw.values()) != 100:
        F.err("weight_sum_mismatch", f"stated level weights sum to {sum(dec(v) for v in lw.values())}")
    b = {r.name: r for r in rows}
    same(F, qty(b["秋季学期参加学生"].actual)[1], pall, "participants table vs prose")
    same(F, qty(b["秋季学期参加学生"].target)[1], goal, "target table vs goal")
    rate(F, b["秋季学期学生参与率"].actual, pall, one(p, r"在校生" + NUM + r"人", "enrol").group(1), "table participation")
    same(F, b["家长满意度"].actual.rstrip("%"), parent_sat, "parent satisfaction")
    same(F, qty(b["小学生均补助标准"].actual)[1], std["primary"], "primary std")
    same(F, qty(b["初中生均补助标准"].actual)[1], std["junior"], "junior std")
    same(F, qty(b["课后服务教师培训覆盖率"].actual)[1], one(p, r"全年培训覆盖率" + PCT, "training").group(1), "training")
    same(F, qty(b["补助资金拨付周期"].actual)[1], one(p, r"学期结束后(\d+)天内拨付到校", "days").group(1), "days")
    same(F, qty(b["家长接送难问题解决率"].actual)[1], one(p, r"家长接送难问题解决率" + PCT, "pickup").group(1), "pickup")
    same(F, qty(b["课后服务教师培训覆盖率"].actual)[1], one(p, r"2\.教师培训覆盖率" + PCT, "training 2").group(1),
         "training (problems)")
    m = one(p, r"覆盖率" + PCT + r"，参加课后服务学生不少于[0-9,]+人，学生参与率不低于" + PCT + r"，课后服务教师培训覆盖率不低于"
            + PCT + r"，补助资金在学期结束后(\d+)天内拨付，家长满意度不低于" + PCT, "goals")
    same(F, qty(b["秋季学期课后服务学校覆盖率"].target)[1], m.group(1), "coverage goal")
    same(F, qty(b["秋季学期学生参与率"].target)[1], m.group(2), "participation goal")
    same(F, qty(b["课后服务教师培训覆盖率"].target)[1], m.group(3), "training goal")
    same(F, qty(b["补助资金拨付周期"].target)[1], m.group(4), "days goal")
    same(F, qty(b["家长满意度"].target)[1], m.group(5), "satisfaction goal")
    same(F, one(p, r"未达到" + PCT + r"的目标", "training goal 2").group(1), m.group(3), "training goal (text)")
    m = one(p, r"秋季学期(\d+)所学校全部开展课后服务，覆盖率" + PCT, "coverage")
    same(F, m.group(1), one(p, r"全县(\d+)所义务教育学校全覆盖", "schools").group(1), "schools")
    same(F, qty(b["秋季学期课后服务学校覆盖率"].actual)[1], m.group(2), "coverage")
    return F


def check_guanyang(t):
    """灌阳县 2022 — web page copy, tab-separated rows."""
    F = Findings("guanyang")
    Y = 2022
    years(F, t, Y)
    m = one(t, r"项目全年预算" + AMT + r"，其中当年财政拨款" + AMT + r"（自治区补助资金" + AMT + r"、县级配套资金" + AMT
            + r"），2021年结转资金" + AMT, "budget")
    annual, cur, reg, cnty, carry = amt(m, 1), amt(m, 3), amt(m, 5), amt(m, 7), amt(m, 9)
    sum_eq(F, cur, [reg, cnty], "当年财政拨款 = 自治区 + 县级")
    sum_eq(F, annual, [cur, carry], "全年 = 当年 + 结转")
    m = one(t, r"补助标准为小学(\d+)元/生·学期、初中(\d+)元/生·学期", "std")
    sp, sj = m.groups()
    m = one(t, r"截至\d{4}年12月31日，项目实际支出" + AMT + r"，预算执行率" + PCT + r"，其中当年财政拨款支出" + AMT
            + r"，上年结转资金" + AMT + r"全部支出。支出分别为：小学生补助" + AMT + r"、初中生补助" + AMT
            + r"、课后服务平台运维及教师培训" + AMT + r"。未支出的" + AMT, "execution")
    spent, erate, cur_sp, carry_sp = amt(m, 1), m.group(3), amt(m, 4), amt(m, 6)
    prim, jun, ops, unsp = amt(m, 8), amt(m, 10), amt(m, 12), amt(m, 14)
    rate(F, erate, spent, annual, "prose 执行率")
    sum_eq(F, spent, [cur_sp, carry_sp], "支出 = 当年 + 结转")
    same(F, carry_sp, carry, "结转 fully spent")
    sum_eq(F, spent, [prim, jun, ops], "支出分别")
    diff_eq(F, unsp, annual, spent, "未支出")
    m = one(t, r"春季学期小学" + NUM + r"人、初中" + NUM + r"人，秋季学期小学" + NUM + r"人、初中" + NUM + r"人，全年小学"
            + NUM + r"人·学期、初中" + NUM + r"人·学期，合计" + NUM + r"人·学期", "pupils")
    a1, b1, a2, b2, pa, pj, ptot = m.groups()
    sum_eq(F, pa, [a1, a2], "primary pupils")
    sum_eq(F, pj, [b1, b2], "junior pupils")
    sum_eq(F, ptot, [pa, pj], "all pupils")
    product(F, prim, sp, pa, "primary subsidy")
    product(F, jun, sj, pj, "junior subsidy")
    m = one(t, r"参加学生" + NUM + r"人·学期，超出年度指标（" + NUM + r"人·学期）" + NUM + r"人·学期", "excess")
    same(F, m.group(1), ptot, "participants")
    sum_eq(F, m.group(1), [m.group(2), m.group(3)], "excess over target")
    goal = one(t, r"参加课后服务学生不少于" + NUM + r"人·学期", "goal").group(1)
    same(F, goal, m.group(2), "goal target")
    m = one(t, r"春季、秋季学期学生参与率分别为" + PCT + r"、" + PCT + r"，平均参与率" + PCT + r"；其中秋季学期县城学校参与率"
            + PCT + r"、乡镇学校参与率" + PCT, "participation")
    r1, r2, ravg, rc, rt = m.groups()
    for g in (r1, r2, rc, rt):
        range_rate(F, g, "participation")
    average(F, ravg, [r1, r2], "平均参与率")
    m = one(t, r"家长满意度" + PCT + r"，未达到" + PCT + r"的目标", "satisfaction")
    psat, sat_goal = m.groups()
    range_rate(F, psat, "satisfaction")
    m = one(t, r"经自评，项目得分" + NUM + r"分，评价等级为“(\w+)”。预算执行率得" + NUM + r"分", "total")
    ptotal, glabel, pexec = m.groups()
    grade(F, glabel, ptotal, "grade")
    # table
    lines = t.split("\n")
    frows = {}
    for l in lines:
        c = l.split("\t")
        if len(c) == 8 and c[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            frows[c[1]] = c[2:]
    total = mof_funds(F, frows, ["年初", "全年", "执行"], ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"],
                      "funds block")
    same(F, Amt(total[1]), annual, "全年 table vs prose")
    same(F, Amt(total[2]), spent, "执行 table vs prose")
    same(F, Amt(frows["其中：当年财政拨款"][1]), cur, "当年 table vs prose")
    same(F, Amt(frows["其中：当年财政拨款"][2]), cur_sp, "当年执行 table vs prose")
    same(F, Amt(frows["上年结转资金"][1]), carry, "结转 table vs prose")
    exec_score_rule(F, total[3], total[5], total[4], Amt(total[2]), Amt(total[1]))
    same(F, total[5], pexec, "execution score")
    i0 = next(i for i, l in enumerate(lines) if l.startswith("一级指标\t"))
    head = lines[i0].split("\t")
    ix = {h: i for i, h in enumerate(head)}
    rows, lvl, trow = [], "", None
    for l in lines[i0 + 1:]:
        c = l.split("\t")
        if c[0] == "总分":
            trow = c
            break
        if c[0]:
            lvl = c[0]
        rows.append(Row(lvl, c[ix["三级指标"]], c[ix["年度指标值"]], c[ix["实际完成值"]], c[ix["分值"]], c[ix["得分"]]))
    if dec(trow[ix["分值"]]) != 100:
        F.err("weight_sum_mismatch", "总分 分值 not 100")
    indicators(F, rows, total[3], total[5], [ptotal, trow[ix["得分"]]],
               pct_cap_names=("课后服务课程开设达标率", "秋季学期学生参与率", "家长满意度"))
    b = {r.name: r for r in rows}
    same(F, qty(b["参加课后服务学生"].actual)[1], ptot, "participants table")
    same(F, qty(b["参加课后服务学生"].target)[1], goal, "target table")
    same(F, b["秋季学期学生参与率"].actual.rstrip("%"), r2, "autumn participation table")
    same(F, b["家长满意度"].actual.rstrip("%"), psat, "satisfaction table")
    same(F, qty(b["家长满意度"].target)[1], sat_goal, "satisfaction goal")
    same(F, qty(b["小学生均补助标准"].actual)[1], sp, "primary std")
    same(F, qty(b["初中生均补助标准"].actual)[1], sj, "junior std")
    same(F, qty(b["课后服务覆盖学校数"].actual)[1], one(t, r"(\d+)所学校全部开展课后服务；", "schools").group(1),
         "schools")
    same(F, qty(b["课后服务课程开设达标率"].actual)[1], one(t, r"课程开设达标率" + PCT + r"。", "courses").group(1),
         "courses")
    m = one(t, r"义务教育学校(\d+)所（小学(\d+)所、初中(\d+)所）", "school count")
    sum_eq(F, m.group(1), [m.group(2), m.group(3)], "schools by level")
    same(F, qty(b["课后服务覆盖学校数"].target)[1], m.group(1), "school target")
    same(F, one(t, r"全县(\d+)所义务教育学校全部开展课后服务", "goal schools").group(1), m.group(1), "goal schools")
    m = one(t, r"课程开设达标率不低于" + PCT + r"，秋季学期学生参与率不低于" + PCT + r"，家长满意度不低于" + PCT, "goals")
    same(F, qty(b["课后服务课程开设达标率"].target)[1], m.group(1), "courses goal")
    same(F, qty(b["秋季学期学生参与率"].target)[1], m.group(2), "participation goal")
    same(F, qty(b["家长满意度"].target)[1], m.group(3), "satisfaction goal")
    m = one(t, r"\t全县义务教育学校全部开展课后服务，参加学生不少于" + NUM + r"人·学期，家长满意度不低于" + PCT + r"。\t(\d+)所学校全部开展课后服务，参加学生"
            + NUM + r"人·学期，家长满意度" + PCT, "goal row")
    same(F, m.group(1), goal, "goal row target")
    same(F, m.group(2), sat_goal, "goal row satisfaction target")
    same(F, m.group(3), qty(b["课后服务覆盖学校数"].actual)[1], "goal row schools")
    same(F, m.group(4), ptot, "goal row participants")
    same(F, m.group(5), psat, "goal row satisfaction")
    return F


def check_neixiang(t):
    """内乡县教育局 2024 部门整体 — PDF copy with page footers; runs of spaces."""
    F = Findings("neixiang")
    p = pdf_prose(t)
    Y = 2024
    years(F, p, Y)
    m = one(p, r"2024年年初预算" + AMT + r"，年中追加及上年结转后全年预算" + AMT, "budget")
    init, annual = amt(m, 1), amt(m, 3)
    m = one(p, r"按来源分：当年财政拨款" + AMT + r"、上年结转资金" + AMT + r"；按支出性质分：基本支出" + AMT + r"、项目支出"
            + AMT + r"，其中基本支出包括人员经费" + AMT + r"、公用经费" + AMT, "composition")
    cur, carry, basic, proj, staff, office = (amt(m, i) for i in (1, 3, 5, 7, 9, 11))
    sum_eq(F, annual, [cur, carry], "全年 by source")
    sum_eq(F, annual, [basic, proj], "全年 by nature")
    sum_eq(F, basic, [staff, office], "基本支出")
    m = one(p, r"全年执行" + AMT + r"，预算执行率" + PCT + r"。其中基本支出执行" + AMT + r"，执行率" + PCT + r"；项目支出执行"
            + AMT + r"，执行率" + PCT + r"。年末结转结余" + AMT, "execution")
    spent, erate, bsp, brate, psp, prate, bal = (amt(m, 1), m.group(3), amt(m, 4), m.group(6), amt(m, 7), m.group(9),
                                                 amt(m, 10))
    rate(F, erate, spent, annual, "部门 执行率")
    rate(F, brate, bsp, basic, "基本支出 执行率")
    rate(F, prate, psp, proj, "项目支出 执行率")
    sum_eq(F, spent, [bsp, psp], "执行 by nature")
    diff_eq(F, bal, annual, spent, "结转结余")
    rate(F, one(p, r"项目支出执行率" + PCT + r"，低于", "problem").group(1), psp, proj, "problem section rate")
    m = one(p, r"“三公”经费预算" + AMT + r"，实际支出" + AMT + r"，较预算下降" + PCT, "sangong")
    sg_b, sg_s, sg_r = amt(m, 1), amt(m, 3), m.group(5)
    rate(F, sg_r, Amt(str(sg_b.v - sg_s.v)), sg_b, "三公 下降率")
    m = one(p, r"按每生每学期(\d+)元标准", "std")
    std = m.group(1)
    m = one(p, r"春季学期参加课后服务学生" + NUM + r"人、秋季学期" + NUM + r"人，合计" + NUM + r"人·学期，补助" + AMT + r"（"
            + AMT + r"）；另安排农村学校课后服务课程资源购置" + AMT + r"。项目预算" + AMT + r"，执行" + AMT + r"，执行率" + PCT,
            "after-school project")
    n1, n2, nt = m.group(1), m.group(2), m.group(3)
    sub_y, sub_w, res, kb, ks, kr = amt(m, 4), amt(m, 6), amt(m, 8), amt(m, 10), amt(m, 12), m.group(14)
    sum_eq(F, nt, [n1, n2], "pupils")
    product(F, sub_y, std, nt, "subsidy in 元")
    product(F, sub_w, std, nt, "subsidy in 万元")
    same(F, sub_y, sub_w, "subsidy written two ways")
    sum_eq(F, ks, [sub_w, res], "project execution")
    rate(F, kr, ks, kb, "project rate")
    m = one(p, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", "weights")
    lw = {"预算执行": m.group(1), "产出指标": m.group(2), "效益指标": m.group(3), "满意度指标": m.group(4)}
    if sum(dec(v) for v in lw.values()) != 100:
        F.err("weight_sum_mismatch", "stated level weights")
    m = one(p, r"自评得分为" + NUM + r"分，评价等级为“(\w+)”，其中产出指标得分" + NUM + r"分", "total")
    ptotal, glabel, pout = m.groups()
    grade(F, glabel, ptotal, "grade")
    m = one(p, r"参加课后服务学生" + NUM + r"人·学期，完成年度指标（≥" + NUM + r"人·学期）的" + PCT, "outputs")
    same(F, m.group(1), nt, "participants")
    completion_stated(F, m.group(3), m.group(2), m.group(1), "gte", "prose completion")
    ptarget = m.group(2)
    m = one(p, r"全县(\d+)所中小学全部开展课后服务，超额完成“不少于(\d+)所”", "schools")
    schools, school_goal = m.groups()
    consol = one(p, r"义务教育巩固率" + PCT, "consolidation").group(1)
    part = one(p, r"学生参与率" + PCT + r"（2023年为" + PCT, "participation")
    range_rate(F, part.group(1), "participation")
    range_rate(F, part.group(2), "participation 2023")
    sat = one(p, r"满意度调查，有效样本" + NUM + r"份，满意度" + PCT, "satisfaction").group(2)
    range_rate(F, sat, "satisfaction")
    # table
    lines = [l for l in t.split("\n") if not FOOTER.match(l)]
    frows = {}
    for l in lines:
        c = space_cells(l)
        if len(c) == 7 and c[0] in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金", "基本支出", "项目支出"):
            frows[c[0]] = c[1:]
    total = mof_funds(F, frows, ["年初", "全年", "执行"], ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"],
                      "funds by source")
    for ci, cname in enumerate(["年初", "全年", "执行"]):
        sum_eq(F, Amt(total[ci]), [Amt(frows["基本支出"][ci]), Amt(frows["项目支出"][ci])], f"funds by nature {cname}")
    same(F, Amt(total[0]), init, "年初 table vs prose")
    same(F, Amt(total[1]), annual, "全年 table vs prose")
    same(F, Amt(total[2]), spent, "执行 table vs prose")
    same(F, Amt(frows["当年财政拨款"][1]), cur, "当年 table vs prose")
    same(F, Amt(frows["上年结转资金"][1]), carry, "结转 table vs prose")
    same(F, Amt(frows["基本支出"][1]), basic, "基本 table vs prose")
    same(F, Amt(frows["项目支出"][1]), proj, "项目 table vs prose")
    same(F, Amt(frows["基本支出"][2]), bsp, "基本执行 table vs prose")
    same(F, Amt(frows["项目支出"][2]), psp, "项目执行 table vs prose")
    exec_score_rule(F, total[3], total[5], total[4], Amt(total[2]), Amt(total[1]))
    same(F, total[3], lw["预算执行"], "execution weight")
    i0 = next(i for i, l in enumerate(lines) if l.startswith("一级指标"))
    rows, lvl, trow = [], "", None
    for l in lines[i0 + 1:]:
        c = space_cells(l)
        if c[0] == "合计":
            trow = c
            break
        if c[0] in ("产出指标", "效益指标", "满意度指标"):
            lvl = c[0]
        name, target, actual, comp, w, sc = c[-6:]
        rows.append(Row(lvl, name, target, actual, w, sc, comp))
    if dec(trow[1]) != 100:
        F.err("weight_sum_mismatch", "合计 分值 not 100")
    indicators(F, rows, total[3], total[5], [ptotal, trow[2]],
               level_weights={k: v for k, v in lw.items() if k != "预算执行"},
               level_scores={"产出指标": pout},
               pct_cap_names=("义务教育巩固率", "课后服务补助资金拨付及时率", "学生参与率", "学生及家长满意度"))
    b = {r.name: r for r in rows}
    same(F, qty(b["参加课后服务学生"].actual)[1], nt, "participants table")
    same(F, qty(b["参加课后服务学生"].target)[1], ptarget, "target table")
    same(F, qty(b["课后服务覆盖学校数"].actual)[1], schools, "schools")
    same(F, qty(b["课后服务覆盖学校数"].target)[1], school_goal, "school goal")
    same(F, qty(b["义务教育巩固率"].actual)[1], consol, "consolidation")
    same(F, qty(b["学生参与率"].actual)[1], part.group(1), "participation table")
    same(F, qty(b["学生及家长满意度"].actual)[1], sat, "satisfaction table")
    same(F, Amt(qty(b["“三公”经费支出"].target)[1]), sg_b, "三公 budget")
    same(F, Amt(qty(b["“三公”经费支出"].actual)[1]), sg_s, "三公 spent")
    return F


def check_nanjiang(t):
    """南江县 2025 — Sichuan table (10 + 90), Word copy, tab-separated rows."""
    F = Findings("nanjiang")
    s = strip_bookmarks(t)
    Y = 2025
    years(F, s, Y)
    std = one(s, r"县财政按(\d+)元/生·学期的标准", "std").group(1)
    m = one(s, r"年初批复项目预算" + AMT + r"，其中财政资金" + AMT + r"、财政专户管理资金" + AMT + r"；[^；]*?追加财政资金" + AMT
            + r"，全年预算" + AMT, "budget")
    init, f_init, sp_init, add, annual = amt(m, 1), amt(m, 3), amt(m, 5), amt(m, 7), amt(m, 9)
    sum_eq(F, init, [f_init, sp_init], "年初 = 财政 + 专户")
    sum_eq(F, annual, [f_init, add, sp_init], "全年 = 年初财政 + 追加 + 专户")
    m = one(s, r"分两批下达财政资金" + AMT + r"，财政资金到位率" + PCT, "received")
    f_recv, rrate = amt(m, 1), m.group(3)
    f_annual = Amt(str(f_init.v + add.v))
    rate(F, rrate, f_recv, f_annual, "财政资金 到位率")
    m = one(s, r"项目支出" + AMT + r"，预算执行率" + PCT + r"，其中财政资金支出" + AMT + r"（春季学期" + NUM + r"人、秋季学期"
            + NUM + r"人，共" + NUM + r"人·学期，按(\d+)元/生·学期计" + AMT + r"），执行率" + PCT + r"；财政专户管理资金支出"
            + AMT + r"，执行率" + PCT + r"。未使用的" + AMT, "execution")
    spent, erate, f_sp = amt(m, 1), m.group(3), amt(m, 4)
    n1, n2, nt, std2, f_sp_y, f_rate = m.group(6), m.group(7), m.group(8), m.group(9), amt(m, 10), m.group(12)
    sp_sp, sp_rate, unused = amt(m, 13), m.group(15), amt(m, 16)
    rate(F, erate, spent, annual, "执行率")
    sum_eq(F, spent, [f_sp, sp_sp], "支出 = 财政 + 专户")
    sum_eq(F, nt, [n1, n2], "pupils")
    same(F, std2, std, "standard")
    product(F, f_sp_y, std2, nt, "subsidy in 元")
    product(F, f_sp, std2, nt, "subsidy in 万元")
    rate(F, f_rate, f_sp, f_annual, "财政资金 执行率")
    rate(F, sp_rate, sp_sp, sp_init, "专户 执行率")
    diff_eq(F, unused, annual, spent, "未使用")
    m = one(s, r"全年参加课后服务学生" + NUM + r"人·学期，为年度指标值（≥" + NUM + r"人·学期）的" + PCT, "completion")
    same(F, m.group(1), nt, "participants")
    completion_stated(F, m.group(3), m.group(2), m.group(1), "gte", "prose completion")
    ptarget = m.group(2)
    goal = one(s, r"参加课后服务学生不少于" + NUM + r"人·学期，学生参与率", "goal").group(1)
    same(F, goal, ptarget, "goal")
    m = one(s, r"在校生分别为" + NUM + r"人和" + NUM + r"人，学生参与率分别为" + PCT + r"和" + PCT + r"，全年参与率" + PCT
            + r"；家长满意度" + PCT + r"（2024年为" + PCT, "benefits")
    e1, e2, r1, r2, rall, sat, sat_prev = m.groups()
    rate(F, r1, n1, e1, "spring participation")
    rate(F, r2, n2, e2, "autumn participation")
    rate(F, rall, nt, str(dec(e1) + dec(e2)), "year participation")
    range_rate(F, sat, "satisfaction")
    range_rate(F, sat_prev, "satisfaction 2024")
    m = one(s, r"项目资金" + AMT + r"，资金使用规范", "conclusion amount")
    same(F, amt(m, 1), annual, "conclusion amount vs 全年预算")
    m = one(s, r"经自评，项目得分" + NUM + r"分，等级为“(\w+)”", "total")
    ptotal, glabel = m.groups()
    grade(F, glabel, ptotal, "grade")
    g2 = one(s, r"自评等级为(\w)。", "table grade").group(1)
    grade(F, g2, ptotal, "table grade")
    # table
    lines = s.split("\n")
    frows = {}
    for l in lines:
        c = l.split("\t")
        if len(c) == 8 and c[1] in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
            frows[c[1]] = c[2:]
    total = mof_funds(F, frows, ["年初", "全年", "执行"],
                      ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"], "funds block")
    same(F, Amt(total[0]), init, "年初 table vs prose")
    same(F, Amt(total[1]), annual, "全年 table vs prose")
    same(F, Amt(total[2]), spent, "执行 table vs prose")
    same(F, Amt(frows["其中：财政资金"][1]), f_recv, "财政资金 全年 vs 下达")
    same(F, Amt(frows["其中：财政资金"][2]), f_sp, "财政资金 执行 table vs prose")
    same(F, Amt(frows["财政专户管理资金"][2]), sp_sp, "专户 执行 table vs prose")
    exec_score_rule(F, total[3], total[5], total[4], Amt(total[2]), Amt(total[1]))
    i0 = next(i for i, l in enumerate(lines) if l.startswith("绩效指标\t一级指标"))
    head = lines[i0].split("\t")
    ix = {h: i for i, h in enumerate(head)}
    rows, lvl, trow = [], "", None
    for l in lines[i0 + 1:]:
        c = l.split("\t")
        if c[0] == "总分":
            trow = c
            break
        if c[ix["一级指标"]]:
            lvl = c[ix["一级指标"]]
        nature, val, unit, act = c[ix["指标性质"]], c[ix["指标值"]], c[ix["度量单位"]], c[ix["实际完成值"]]
        if nature == "定性":
            target, actual = val, act
        else:
            target, actual = f"{nature}{val}{unit}", f"{act}{unit}"
        rows.append(Row(lvl, c[ix["三级指标"]], target, actual, c[ix["分值"]], c[ix["得分"]]))
    if dec(trow[ix["分值"]]) != 100:
        F.err("weight_sum_mismatch", "总分 分值 not 100")
    if sum(dec(r.weight) for r in rows) != 90:
        F.err("weight_sum_mismatch", "绩效指标 weights not 90")
    indicators(F, rows, total[3], total[5], [ptotal, trow[ix["得分"]]],
               pct_cap_names=("学生参与率", "家长满意度"))
    b = {r.name: r for r in rows}
    same(F, qty(b["参加课后服务学生"].actual)[1], nt, "participants table")
    same(F, qty(b["参加课后服务学生"].target)[1], ptarget, "target table")
    same(F, qty(b["学生参与率"].actual)[1], rall, "participation table")
    same(F, qty(b["家长满意度"].actual)[1], sat, "satisfaction table")
    same(F, qty(b["生均补助标准"].actual)[1], std, "std table")
    same(F, qty(b["开展课后服务学校"].actual)[1], one(s, r"全县(\d+)所学校全部开展", "schools").group(1), "schools")
    same(F, qty(b["补助资金拨付时限"].actual)[1], one(s, r"补助资金平均(\d+)天拨付", "days").group(1), "days")
    m = one(s, r"学生参与率不低于" + PCT + r"，补助资金拨付时限不超过(\d+)天，[^，]*，家长满意度不低于" + PCT, "goals")
    same(F, qty(b["学生参与率"].target)[1], m.group(1), "participation goal")
    same(F, qty(b["补助资金拨付时限"].target)[1], m.group(2), "days goal")
    same(F, qty(b["家长满意度"].target)[1], m.group(3), "satisfaction goal")
    same(F, qty(b["开展课后服务学校"].actual)[1], one(s, r"2025年全县(\d+)所中小学校开展", "schools 2").group(1), "schools")
    m = one(s, r"预算执行率(\d+)分，绩效指标(\d+)分", "split")
    if dec(m.group(1)) != dec(total[3]) or dec(m.group(2)) != sum(dec(r.weight) for r in rows):
        F.err("weight_sum_mismatch", "stated 10 + 90 split vs table")
    m = one(s, r"\t参加课后服务学生不少于" + NUM + r"人·学期，家长满意度不低于" + PCT + r"。\t参加课后服务学生" + NUM
            + r"人·学期，家长满意度" + PCT, "goal row")
    same(F, m.group(1), ptarget, "goal row target")
    same(F, m.group(2), qty(b["家长满意度"].target)[1], "goal row satisfaction target")
    same(F, m.group(3), nt, "goal row participants")
    same(F, m.group(4), sat, "goal row satisfaction")
    return F


CHECKERS = {
    "js-sihong-kehoufuwu-2019": check_sihong,
    "hb-dawu-kehoufuwu-2021": check_dawu,
    "gx-guanyang-kehoufuwu-2022": check_guanyang,
    "ha-neixiang-jiaoyuju-bumen-2024": check_neixiang,
    "sc-nanjiang-kehoufuwu-2025": check_nanjiang,
}


# ---------------------------------------------------------------- harness
def single_edit(a, b):
    """Common prefix/suffix trim: returns (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    verbose = "-v" in sys.argv
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
                clean_text[lab["source"]] = fh.read()
    if len(clean_text) != 5:
        problems.append("expected five clean drafts")
    for pid, txt in clean_text.items():
        if not 1500 <= len(txt) <= 5000:
            problems.append(f"{pid}: clean draft has {len(txt)} characters")
    counts = {c: 0 for c in CODES}
    for lab in labels:
        name = lab["case"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            F = CHECKERS[lab["source"]](text)
            got = F.codes()
        except ParseError as e:
            problems.append(f"{name}: parse error: {e}")
            continue
        want = sorted(set(e["code"] for e in lab["expected"]))
        if got != want:
            problems.append(f"{name}: failing codes {got}, labelled {want}: {F.errors}")
        if lab["clean"] and F.warnings:
            problems.append(f"{name}: scoring-rule warnings in a clean draft: {F.warnings}")
        if verbose:
            print(f"{name:45s} {got} {[m for _, m in F.errors]}")
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expectations")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
        clean = clean_text[lab["source"]]
        s, ea, eb = single_edit(clean, text)
        if max(ea - s, eb - s) > 40 or eb <= s and ea <= s:
            problems.append(f"{name}: edit size {ea - s}/{eb - s}")
        for e in lab["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            if e["code"] not in CODES or e["severity"] != "error":
                problems.append(f"{name}: bad code/severity {e}")
            v = e["value"]
            if text.count(v) != 1:
                problems.append(f"{name}: value occurs {text.count(v)} times: {v!r}")
                continue
            vs = text.index(v)
            if not (vs < max(eb, s + 1) and s < vs + len(v)):
                problems.append(f"{name}: value {v!r} [{vs},{vs + len(v)}) does not overlap edit [{s},{eb})")
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    if problems:
        print("\n".join(problems))
        print(f"FAILED ({len(problems)} problems)")
        sys.exit(1)
    if verbose:
        print(counts)
    print("OK")


if __name__ == "__main__":
    main()
