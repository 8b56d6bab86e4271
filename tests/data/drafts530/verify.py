#!/usr/bin/env python3
"""Verify drafts530: re-read every figure from the case texts and redo the arithmetic.

Standard library + decimal only.  For each case the draft-specific reader pulls the tables (HTML
<tr>/<td>, or the tab "one cell a line" layout) and the prose figures (anchored regexes) and runs the
identities of rules.md §7 with the tolerance of §8.  Findings carry the error codes of errors.md §A;
score_rule_mismatch is kept as a warning (checked on clean drafts only).

Passes when: every clean draft has no finding at all; every error case has exactly the labelled code
among its error findings; label values occur exactly once; the case differs from its clean draft by one
contiguous edit of <= 40 characters that overlaps the value; every §A code is used at least twice.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

N = r"([0-9][0-9,]*(?:\.[0-9]+)?)"
YR = r"([0-9]{4})"
DASHES = {"—", "-", "－", "–", "/", ""}
MONEY = {"元": Decimal(1) / Decimal(10000), "万元": Decimal(1), "亿元": Decimal(10000)}
SCALES = [Decimal("1e-4"), Decimal("1e4"), Decimal("1e-8"), Decimal("1e8")]
TINY = Decimal("1e-9")
HUNDRED = Decimal(100)


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers

def places(raw):
    raw = raw.replace(",", "")
    return len(raw.split(".")[1]) if "." in raw else 0


def half(raw):
    return Decimal("0.5") * (Decimal(10) ** -places(raw)) + TINY


def agrees(computed, raw):
    """rules §8: stated raw (d decimals) is consistent with computed iff |c - v| <= 0.5*10^-d."""
    return abs(computed - Decimal(raw.replace(",", ""))) <= half(raw)


def r2(x):
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


class Q:
    """A stated quantity: raw digits as written, a unit; money is normalised to 万元 in .base."""

    def __init__(self, raw, unit=""):
        self.raw = raw.replace(",", "").strip()
        self.unit = unit
        self.v = Decimal(self.raw)
        self.f = MONEY.get(unit, Decimal(1))
        self.base = self.v * self.f
        self.tol = half(self.raw) * self.f

    def agrees(self, c_base):
        return abs(c_base - self.base) <= self.tol

    def __repr__(self):
        return f"{self.raw}{self.unit}"


VAL_RE = re.compile(r"^\s*(≥|≤|=|＞|＜|>=|<=)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*?)\s*$")
DATE_RE = re.compile(r"^\s*([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日(前|以前)?\s*$")


def parse_val(s):
    """Target / actual cell -> dict(kind=num|date|text, dir, q, unit)."""
    s = s.strip()
    m = DATE_RE.match(s)
    if m:
        return {"kind": "date", "d": (int(m.group(1)), int(m.group(2)), int(m.group(3)))}
    m = VAL_RE.match(s)
    if m:
        sign, raw, unit = m.group(1), m.group(2), m.group(3)
        dirn = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte"}.get(sign, "eq")
        return {"kind": "num", "dir": dirn, "q": Q(raw, unit if unit in MONEY else ""), "unit": unit}
    return {"kind": "text", "text": s}


# ----------------------------------------------------------------------------- findings

class Ctx:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))


def chk_rate(ctx, what, num, den, stated, bounded=True):
    """I1/I2/I5: stated rate (cell such as '97.73%', '95.25' or '—') against num/den."""
    st = stated.strip().rstrip("%").strip()
    if den == 0:
        if st in DASHES or Decimal(st) == 0:
            return
        ctx.err("implausible_rate", f"{what}: rate {stated} on a zero base")
        return
    c = num / den * HUNDRED
    if st in DASHES:
        ctx.err("rate_mismatch", f"{what}: no rate printed, computed {r2(c)}%")
        return
    if bounded and (c > HUNDRED + TINY or Decimal(st) > HUNDRED):
        ctx.err("implausible_rate", f"{what}: rate {stated} (computed {r2(c)}%) above 100%")
    if not agrees(c, st):
        ctx.err("rate_mismatch", f"{what}: stated {stated}, computed {r2(c)}%")


def _unit_explains(total, c, parts, signs):
    for i, p in enumerate(parts):
        for f in SCALES:
            if total.agrees(c + signs[i] * p.base * (f - 1)):
                return f"{p!r} rescaled by {f}"
    for f in SCALES:
        if abs(c - total.base * f) <= total.tol * f:
            return f"total {total!r} rescaled by {f}"
    return None


def chk_sum(ctx, what, total, parts, signs=None):
    """I4: total = signed sum of parts; a power-of-ten unit slip is reported as unit_mismatch."""
    signs = signs or [1] * len(parts)
    c = sum((s * p.base for s, p in zip(signs, parts)), Decimal(0))
    if total.agrees(c):
        return
    why = _unit_explains(total, c, parts, signs)
    if why:
        ctx.err("unit_mismatch", f"{what}: {why} reconciles the sum")
    else:
        ctx.err("sum_mismatch", f"{what}: parts give {c}, stated {total!r}")


def chk_balance(ctx, what, recv, spent, bal):
    """I3: 结余/结转 = 到位 (or 全年预算) - 执行."""
    c = recv.base - spent.base
    if bal.agrees(c):
        return
    why = _unit_explains(bal, c, [recv, spent], [1, -1])
    if why:
        ctx.err("unit_mismatch", f"{what}: {why}")
    else:
        ctx.err("balance_mismatch", f"{what}: {recv!r} - {spent!r} = {c}, stated {bal!r}")


def chk_same(ctx, what, a, b):
    """I11: the same quantity stated twice."""
    tol = max(a.tol, b.tol)
    if abs(a.base - b.base) <= tol:
        return
    money = a.unit in MONEY and b.unit in MONEY
    if a.unit != b.unit and not money:
        ctx.err("unit_mismatch", f"{what}: {a!r} vs {b!r} (different units)")
        return
    for f in SCALES:
        if abs(a.base * f - b.base) <= tol * f + tol:
            ctx.err("unit_mismatch", f"{what}: {a!r} vs {b!r} differ by a power of ten")
            return
    ctx.err("conflicting_values", f"{what}: {a!r} vs {b!r}")


def chk_avg(ctx, what, items, stated):
    c = sum((i.base for i in items), Decimal(0)) / len(items)
    if not stated.agrees(c):
        ctx.err("average_mismatch", f"{what}: mean {c}, stated {stated!r}")


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def chk_grade(ctx, total, word):
    g = GRADE_WORDS.get(word)
    if g is None:
        raise ParseError(f"unknown grade word {word}")
    if g != band(total.v):
        ctx.err("grade_mismatch", f"grade {word} but total {total!r} is {band(total.v)}")


def chk_year_carry(ctx, what, year, Y):
    if int(year) <= Y:
        ctx.err("year_mismatch", f"{what}: carried to {year} in the {Y} report")


def chk_year_issue(ctx, what, year, month, Y):
    y, m = int(year), int(month)
    if not (y == Y or (y == Y - 1 and m == 12)):
        ctx.err("year_mismatch", f"{what}: issued {y}-{m} for the {Y} budget")


def chk_year_eq(ctx, what, year, Y):
    if int(year) != Y:
        ctx.err("year_mismatch", f"{what}: year {year}, evaluation year {Y}")


def chk_subscore(ctx, what, score, maximum=HUNDRED):
    if score.v > maximum or score.v < 0:
        ctx.err("score_exceeds_weight", f"{what}: score {score!r} outside [0, {maximum}]")


# ----------------------------------------------------------------------------- indicator rows

def completion(dirn, T, A):
    """rules §5 completion in percent, or None when undefined (T = 0)."""
    if dirn == "lte":
        if A <= T:
            return HUNDRED
        return T / A * HUNDRED if A else None
    if T == 0:
        return None
    return max(A, Decimal(0)) / T * HUNDRED


def chk_indicator(ctx, r):
    name, w, s = r["name"], Q(r["weight"]), Q(r["score"])
    if s.v > w.v or s.v < 0:
        ctx.err("score_exceeds_weight", f"{name}: score {s!r} > weight {w!r}")
    T, A, comp = parse_val(r["target"]), parse_val(r["actual"]), r["completion"].strip()
    if T["kind"] == "num" and A["kind"] == "num":
        if T["unit"] != A["unit"]:
            ctx.err("unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}")
            return
        a = A["q"].v
        if A["unit"] == "%" and ("率" in name or "满意度" in name) and a > HUNDRED:
            ctx.err("implausible_rate", f"{name}: actual {r['actual']} above 100%")
        c = completion(T["dir"], T["q"].v, a)
        if c is None:
            if not (comp in DASHES or comp in ("100%", "100.00%")):
                ctx.err("completion_mismatch", f"{name}: completion {comp} on a zero target")
            ratio = [Decimal(1) if a <= 0 else Decimal(0)]
        else:
            if comp in DASHES:
                ctx.err("completion_mismatch", f"{name}: completion missing, computed {r2(c)}%")
                ratio = [min(c / HUNDRED, Decimal(1))]
            else:
                cs = comp.rstrip("%")
                if not agrees(c, cs):
                    ctx.err("completion_mismatch", f"{name}: stated {comp}, computed {r2(c)}%")
                ratio = [min(c / HUNDRED, Decimal(1)), min(Decimal(cs) / HUNDRED, Decimal(1))]
        if not any(agrees(w.v * k, s.raw) for k in ratio):
            ctx.warn("score_rule_mismatch", f"{name}: score {s!r}, rule gives {[r2(w.v * k) for k in ratio]}")
    elif T["kind"] == "num" or A["kind"] == "num":
        ctx.err("unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}")
    elif T["kind"] == "date" and A["kind"] == "date":
        if comp not in DASHES and comp not in ("100%", "100.00%"):
            ctx.err("completion_mismatch", f"{name}: completion {comp} for a date indicator")
        if A["d"] > T["d"] and s.v == w.v:
            ctx.warn("score_rule_mismatch", f"{name}: late but full score")
    else:
        if comp not in DASHES:
            ctx.err("completion_mismatch", f"{name}: completion {comp} for a qualitative indicator")
        if A.get("text") == T.get("text") and not (w.v * Decimal("0.8") <= s.v <= w.v):
            ctx.warn("score_rule_mismatch", f"{name}: achieved, score {s!r} outside [80%, 100%] of {w!r}")


def chk_scores(ctx, rows, extra_w, extra_s, tot_w, tot_s, prose_totals):
    """I6 weights, I7 score sum (table total and every prose restatement)."""
    sw = sum((Q(r["weight"]).v for r in rows), Decimal(0)) + sum((q.v for q in extra_w), Decimal(0))
    if sw != tot_w.v or tot_w.v != HUNDRED:
        ctx.err("weight_sum_mismatch", f"weights add to {sw}, stated {tot_w!r}")
    ss = sum((Q(r["score"]).v for r in rows), Decimal(0)) + sum((q.v for q in extra_s), Decimal(0))
    for t in [tot_s] + prose_totals:
        if not t.agrees(ss):
            ctx.err("score_sum_mismatch", f"row scores add to {ss}, stated {t!r}")


# ----------------------------------------------------------------------------- tables

def clean_cell(c):
    c = re.sub(r"<[^>]+>", "", c)
    c = c.replace("&nbsp;", " ")
    return re.sub(r"\s+", " ", c).strip()


def html_tables(t):
    out = []
    for tb in re.findall(r"<table[^>]*>(.*?)</table>", t, re.S):
        rows = []
        for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", tb, re.S):
            rows.append([clean_cell(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)])
        out.append(rows)
    return out


def tab_tables(t):
    tables, cur, row = [], [], []
    for line in t.split("\n"):
        if line.startswith("\t"):
            row.append(clean_cell(line))
            continue
        if row:
            cur.append(row)
            row = []
        if line.strip() and cur:
            tables.append(cur)
            cur = []
    if row:
        cur.append(row)
    if cur:
        tables.append(cur)
    return tables


def row_by_first(table, label):
    hits = [r for r in table if r and r[0] == label]
    if len(hits) != 1:
        raise ParseError(f"row {label}: {len(hits)} hits")
    return hits[0]


def ind_row(table, name, offs):
    """Indicator row located by its 三级 name; offs maps field -> offset after the name cell."""
    hits = [(r, r.index(name)) for r in table if name in r]
    if len(hits) != 1:
        raise ParseError(f"indicator {name}: {len(hits)} hits")
    r, i = hits[0]
    d = {"name": name}
    for k, o in offs.items():
        d[k] = r[i + o]
    return d


def need(pattern, t, n=1):
    p = pattern.replace("NUM", N).replace("YEAR", YR)
    ms = list(re.finditer(p, t))
    if len(ms) != n:
        raise ParseError(f"pattern {pattern!r}: {len(ms)} matches")
    return ms[0] if n == 1 else ms


def W(x):
    return Q(x, "万元")


# ----------------------------------------------------------------------------- draft readers

def check_suichuan(t, ctx):
    Y = 2019
    tabs = html_tables(t)
    F = {r[0]: r for r in tabs[0][1:]}
    srcs = ["中央财政资金", "省级财政资金", "县级财政资金", "上年结转资金", "其他资金"]
    col = {"init": 1, "annual": 2, "recv": 3, "spent": 4, "rate": 5}
    f = lambda lab, c: W(F[lab][col[c]])
    for lab in srcs + ["合计"]:
        chk_rate(ctx, f"funds {lab}", f(lab, "spent").base, f(lab, "annual").base, F[lab][5])
    for c in ("init", "annual", "recv", "spent"):
        chk_sum(ctx, f"funds column {c}", f("合计", c), [f(l, c) for l in srcs])

    m = need(r"YEAR年项目年初预算NUM万元，年中省级追加造林补助NUM万元，全年预算NUM万元，实际到位NUM万元，资金到位率NUM%", t)
    chk_year_eq(ctx, "budget sentence", m[1], Y)
    init_p, add_p, ann_p, recv_p = W(m[2]), W(m[3]), W(m[4]), W(m[5])
    chk_sum(ctx, "年初 + 追加 = 全年 (prose)", ann_p, [init_p, add_p])
    chk_sum(ctx, "省级 row 年初 + 追加 = 全年", f("省级财政资金", "annual"), [f("省级财政资金", "init"), add_p])
    chk_same(ctx, "年初预算", init_p, f("合计", "init"))
    chk_same(ctx, "全年预算", ann_p, f("合计", "annual"))
    chk_same(ctx, "实际到位", recv_p, f("合计", "recv"))
    chk_rate(ctx, "到位率 (prose)", recv_p.base, ann_p.base, m[6])
    m = need(r"中央财政林业改革发展资金NUM万元由省财政于YEAR年([0-9]+)月提前下达，YEAR年([0-9]+)月拨付到县", t)
    chk_same(ctx, "中央资金", W(m[1]), f("中央财政资金", "annual"))
    chk_year_issue(ctx, "中央资金下达", m[2], m[3], Y)
    chk_year_eq(ctx, "中央资金拨付", m[4], Y)
    m = need(r"全年执行NUM万元，预算执行率NUM%", t)
    spent_p = W(m[1])
    chk_same(ctx, "全年执行", spent_p, f("合计", "spent"))
    chk_rate(ctx, "执行率 (prose)", spent_p.base, ann_p.base, m[2])
    subs = need(r"(集约人工林栽培|现有林改培|中幼林抚育)安排NUM万元，支出NUM万元，执行率NUM%", t, 3)
    for s in subs:
        chk_rate(ctx, f"sub-project {s[1]}", W(s[3]).base, W(s[2]).base, s[4])
    chk_sum(ctx, "sub-project budgets", f("合计", "annual"), [W(s[2]) for s in subs])
    chk_sum(ctx, "sub-project spending", f("合计", "spent"), [W(s[3]) for s in subs])
    m = need(r"年末结余NUM万元", t)
    chk_balance(ctx, "年末结余", f("合计", "recv"), f("合计", "spent"), W(m[1]))
    chk_year_carry(ctx, "结余结转", need(r"结转至YEAR年继续使用", t)[1], Y)

    I = tabs[1]
    offs = {"target": 1, "actual": 2, "completion": 3, "weight": 4, "score": 5}
    names = ["集约人工林栽培面积", "现有林改培面积", "中幼林抚育面积", "造林成活率", "造林任务完成时间",
             "集约人工林亩均投入", "带动林农务工收入", "项目区森林覆盖率", "储备林管护机制", "林农满意度"]
    ex = ind_row(I, "预算执行率", offs)
    rows = [ind_row(I, n, offs) for n in names]
    R = {r["name"]: r for r in rows}
    for r in [ex] + rows:
        chk_indicator(ctx, r)
    chk_rate(ctx, "自评表 预算执行率 actual", f("合计", "spent").base, f("合计", "annual").base, ex["actual"])
    tot = row_by_first(I, "合计")
    m = need(r"本项目得分NUM分，评价等级为“(.+?)”", t)
    chk_scores(ctx, [ex] + rows, [], [], Q(tot[1]), Q(tot[2]), [Q(m[1])])
    chk_grade(ctx, Q(tot[2]), m[2])

    area = lambda n: Q(parse_val(R[n]["actual"])["q"].raw, "亩") if parse_val(R[n]["actual"])["kind"] == "num" else None
    m = need(r"集约人工林栽培平均每亩投入NUM元，低于每亩NUM元的控制标准", t)
    jy = [s for s in subs if s[1] == "集约人工林栽培"][0]
    per = W(jy[3]).base * 10000 / Q(R["集约人工林栽培面积"]["actual"].rstrip("亩")).v
    if not Q(m[1]).agrees(per):
        ctx.err("average_mismatch", f"per-mu cost {per} vs {m[1]}")
    chk_same(ctx, "亩均投入", Q(m[1], "元"), Q(R["集约人工林亩均投入"]["actual"].split("元")[0], "元"))
    chk_same(ctx, "亩均控制标准", Q(m[2], "元"), Q(R["集约人工林亩均投入"]["target"].lstrip("≤").split("元")[0], "元"))
    m = need(r"全县共完成集约人工林栽培NUM亩，雩田、枚江、草林、堆子前4个乡镇分别完成NUM亩、NUM亩、NUM亩、NUM亩，平均每个乡镇NUM亩", t)
    parts = [Q(m[i]) for i in (2, 3, 4, 5)]
    chk_sum(ctx, "township areas", Q(m[1]), parts)
    chk_avg(ctx, "township average", parts, Q(m[6]))
    chk_same(ctx, "集约人工林 area", Q(m[1]), Q(R["集约人工林栽培面积"]["actual"].rstrip("亩")))
    m = need(r"完成中幼林抚育NUM亩，未达目标", t)
    chk_same(ctx, "抚育 area", Q(m[1]), Q(R["中幼林抚育面积"]["actual"].rstrip("亩")))
    m = need(r"当年造林成活率NUM%", t)
    chk_same(ctx, "成活率", Q(m[1]), Q(R["造林成活率"]["actual"].rstrip("%")))
    m = need(r"带动林农务工收入NUM万元", t)
    chk_same(ctx, "务工收入", W(m[1]), W(R["带动林农务工收入"]["actual"].rstrip("万元")))
    m = need(r"森林覆盖率达NUM%", t)
    chk_same(ctx, "森林覆盖率", Q(m[1]), Q(R["项目区森林覆盖率"]["actual"].rstrip("%")))
    m = need(r"林农满意度NUM%。", t)
    chk_same(ctx, "满意度", Q(m[1]), Q(R["林农满意度"]["actual"].rstrip("%")))
    m = need(r"完成集约人工林栽培NUM亩、现有林改培NUM亩、中幼林抚育NUM亩，造林成活率不低于NUM%，林农满意度不低于NUM%", t)
    for i, n in ((1, "集约人工林栽培面积"), (2, "现有林改培面积"), (3, "中幼林抚育面积"), (4, "造林成活率"), (5, "林农满意度")):
        chk_same(ctx, f"target {n}", Q(m[i]), parse_val(R[n]["target"])["q"])
    chk_year_eq(ctx, "title", need(r"遂川县林业局YEAR年度国家储备林建设项目", t)[1], Y)
    chk_year_eq(ctx, "附件", need(r"附件：YEAR年度国家储备林建设项目绩效自评表", t)[1], Y)


def check_suining(t, ctx):
    Y = 2020
    tabs = html_tables(t)
    F = {r[0]: r for r in tabs[0][1:]}
    srcs = ["一般公共预算拨款", "政府性基金预算拨款", "上年结转", "其他收入"]
    col = {"init": 1, "annual": 2, "spent": 3}
    f = lambda lab, c: W(F[lab][col[c]])
    for lab in srcs + ["合计"]:
        chk_rate(ctx, f"funds {lab}", f(lab, "spent").base, f(lab, "annual").base, F[lab][4])
    for c in col:
        chk_sum(ctx, f"funds column {c}", f("合计", c), [f(l, c) for l in srcs])
    S = {r[0]: r for r in tabs[1][1:]}
    projs = ["国家储备林建设", "森林防火", "林业有害生物防治", "生态护林员补助"]
    for lab in ["基本支出"] + projs + ["合计"]:
        chk_rate(ctx, f"expenditure {lab}", W(S[lab][2]).base, W(S[lab][1]).base, S[lab][3])
    for lab in projs:
        chk_subscore(ctx, f"project score {lab}", Q(S[lab][4]))
    for i, c in ((1, "annual"), (2, "spent")):
        chk_sum(ctx, f"expenditure column {c}", W(S["合计"][i]), [W(S[l][i]) for l in ["基本支出"] + projs])
        chk_same(ctx, f"two tables 合计 {c}", W(S["合计"][i]), f("合计", c))

    m = need(r"YEAR年年初预算NUM万元，年中追加NUM万元（[^）]*），全年预算NUM万元，全年支出NUM万元，预算执行率NUM%", t)
    chk_year_eq(ctx, "budget sentence", m[1], Y)
    m = [None] + list(m.groups()[1:])
    chk_sum(ctx, "年初 + 追加 = 全年", W(m[3]), [W(m[1]), W(m[2])])
    chk_same(ctx, "年初预算", W(m[1]), f("合计", "init"))
    chk_same(ctx, "全年预算", W(m[3]), f("合计", "annual"))
    chk_same(ctx, "全年支出", W(m[4]), f("合计", "spent"))
    chk_rate(ctx, "执行率 (prose)", W(m[4]).base, W(m[3]).base, m[5])
    m = need(r"基本支出NUM万元，全部执行", t)
    chk_same(ctx, "基本支出", W(m[1]), W(S["基本支出"][1]))
    chk_rate(ctx, "基本支出 全部执行", W(S["基本支出"][2]).base, W(m[1]).base, "100%")
    m = need(r"项目支出预算NUM万元，执行NUM万元，执行率NUM%", t)
    chk_sum(ctx, "项目支出预算", W(m[1]), [W(S[l][1]) for l in projs])
    chk_sum(ctx, "项目支出执行", W(m[2]), [W(S[l][2]) for l in projs])
    chk_rate(ctx, "项目支出执行率", W(m[2]).base, W(m[1]).base, m[3])
    m = need(r"年末结转资金NUM万元", t)
    chk_balance(ctx, "年末结转", f("合计", "annual"), f("合计", "spent"), W(m[1]))
    chk_year_carry(ctx, "结转", need(r"已结转至YEAR年继续使用", t)[1], Y)
    rate_pest = Decimal(S["林业有害生物防治"][3].rstrip("%"))
    need(r"林业有害生物防治执行率低于90%", t)
    if not rate_pest < 90:
        ctx.err("rate_mismatch", "text says 有害生物防治 below 90%")

    I = tabs[2]
    offs = {"target": 1, "actual": 2, "completion": 3, "weight": 4, "score": 5}
    names = ["集约人工林栽培面积", "现有林改培面积", "生态护林员选聘人数", "林业有害生物成灾率", "森林火灾受害率",
             "造林任务完成时间", "森林覆盖率", "带动脱贫人口就业", "重大森林火灾发生次数"]
    ex = ind_row(I, "预算执行率", offs)
    rows = [ind_row(I, n, offs) for n in names]
    sat_hits = [r for r in I if r and r[-6:-5] == ["服务对象满意度"]]
    if len(sat_hits) != 1:
        raise ParseError("satisfaction row")
    sr = sat_hits[0]
    sat = {"name": "服务对象满意度", "target": sr[-5], "actual": sr[-4], "completion": sr[-3],
           "weight": sr[-2], "score": sr[-1]}
    rows.append(sat)
    R = {r["name"]: r for r in rows}
    for r in [ex] + rows:
        chk_indicator(ctx, r)
    chk_rate(ctx, "自评表 预算执行率 actual", f("合计", "spent").base, f("合计", "annual").base, ex["actual"])
    tot = row_by_first(I, "合计")
    m = need(r"部门整体支出自评得分NUM分，评价等级为“(.+?)”", t)
    chk_scores(ctx, [ex] + rows, [], [], Q(tot[1]), Q(tot[2]), [Q(m[1])])
    chk_grade(ctx, Q(tot[2]), m[2])

    num = lambda n, unit: Q(parse_val(R[n]["actual"])["q"].raw, unit)
    m = need(r"新建集约人工林NUM亩、改培现有林NUM亩", t)
    chk_same(ctx, "集约人工林", Q(m[1], "亩"), num("集约人工林栽培面积", "亩"))
    chk_same(ctx, "改培", Q(m[2], "亩"), num("现有林改培面积", "亩"))
    m = need(r"选聘生态护林员NUM人，每人每年补助NUM万元（即NUM元）", t)
    chk_same(ctx, "护林员人数", Q(m[1]), num("生态护林员选聘人数", ""))
    chk_same(ctx, "补助标准两种写法", W(m[2]), Q(m[3], "元"))
    prod = Q(m[1]).v * W(m[2]).base
    if not W(S["生态护林员补助"][1]).agrees(prod):
        ctx.err("sum_mismatch", f"护林员 {m[1]} x {m[2]}万元 = {prod} vs budget {S['生态护林员补助'][1]}")
    m = need(r"全县林业有害生物成灾率NUM‰，森林火灾受害率NUM‰", t)
    chk_same(ctx, "成灾率", Q(m[1]), num("林业有害生物成灾率", ""))
    chk_same(ctx, "受害率", Q(m[2]), num("森林火灾受害率", ""))
    m = need(r"全县森林覆盖率达NUM%", t)
    chk_same(ctx, "森林覆盖率", Q(m[1]), num("森林覆盖率", ""))
    m = need(r"带动脱贫人口就业NUM人", t)
    chk_same(ctx, "就业", Q(m[1]), num("带动脱贫人口就业", ""))
    m = need(r"服务对象满意度NUM%。", t)
    chk_same(ctx, "满意度", Q(m[1]), num("服务对象满意度", ""))
    chk_year_eq(ctx, "title", need(r"绥宁县林业局YEAR年度部门整体支出绩效自评报告", t)[1], Y)


def check_shunchang(t, ctx):
    Y = 2022
    tabs = tab_tables(t)
    if len(tabs) != 2:
        raise ParseError(f"{len(tabs)} tab tables")
    F = {r[0]: r for r in tabs[0][1:]}
    srcs = ["中央财政资金", "省级财政资金", "县级财政资金", "上年结转资金", "其他资金（国开行贷款）"]
    f = lambda lab, i: W(F[lab][i])
    for lab in srcs + ["合计"]:
        chk_balance(ctx, f"funds {lab} (5)", f(lab, 3), f(lab, 4), f(lab, 5))
        chk_rate(ctx, f"funds {lab} 到位率(6)", f(lab, 3).base, f(lab, 2).base, F[lab][6])
        chk_rate(ctx, f"funds {lab} 执行率(7)", f(lab, 4).base, f(lab, 2).base, F[lab][7])
    for i in range(1, 6):
        chk_sum(ctx, f"funds column ({i})", f("合计", i), [f(l, i) for l in srcs])

    m = need(r"YEAR年项目年初预算NUM万元，年中追加上级补助NUM万元，全年预算NUM万元；实际到位NUM万元，全年执行NUM万元，年末结余NUM万元", t)
    chk_year_eq(ctx, "budget sentence", m[1], Y)
    m = [None] + list(m.groups()[1:])
    chk_sum(ctx, "年初 + 追加 = 全年", W(m[3]), [W(m[1]), W(m[2])])
    for i, c in ((1, 1), (3, 2), (4, 3), (5, 4), (6, 5)):
        chk_same(ctx, f"prose vs table ({c})", W(m[i]), f("合计", c))
    chk_balance(ctx, "年末结余 (prose)", W(m[4]), W(m[5]), W(m[6]))
    m = need(r"国开行储备林贷款全年预算NUM万元（NUM亿元），当年实际提款NUM万元", t)
    chk_same(ctx, "贷款预算", W(m[1]), f("其他资金（国开行贷款）", 2))
    chk_same(ctx, "贷款预算 万元/亿元", W(m[1]), Q(m[2], "亿元"))
    chk_same(ctx, "贷款提款", W(m[3]), f("其他资金（国开行贷款）", 3))
    m = need(r"中央财政资金于YEAR年([0-9]+)月下达，省级资金于YEAR年([0-9]+)月下达", t)
    chk_year_issue(ctx, "中央下达", m[1], m[2], Y)
    chk_year_issue(ctx, "省级下达", m[3], m[4], Y)
    m = need(r"项目全年支出NUM万元，主要用于：苗木采购NUM(万元|元)、整地及栽植NUM万元、抚育管护NUM万元、林道及配套设施NUM万元、作业设计及监理NUM万元", t)
    chk_same(ctx, "全年支出", W(m[1]), f("合计", 4))
    chk_sum(ctx, "spending items", W(m[1]), [Q(m[2], m[3]), W(m[4]), W(m[5]), W(m[6]), W(m[7])])

    I = tabs[1]
    offs = {"weight": 1, "target": 2, "actual": 3, "completion": 4, "score": 5}
    names = ["集约人工林栽培面积", "现有林改培面积", "中幼林抚育面积", "造林当年成活率", "集约人工林栽培亩均投资",
             "新增森林蓄积量", "提供林区务工岗位", "建成林分管护率", "林权所有者满意度"]
    ex = ind_row(I, "预算执行率", offs)
    rows = [ind_row(I, n, offs) for n in names]
    R = {r["name"]: r for r in rows}
    for r in [ex] + rows:
        chk_indicator(ctx, r)
    chk_rate(ctx, "自评表 预算执行率 actual", f("合计", 4).base, f("合计", 2).base, ex["actual"])
    tot = row_by_first(I, "合计")
    m = need(r"自评总得分NUM分，评价等级为“(.+?)”", t)
    chk_scores(ctx, [ex] + rows, [], [], Q(tot[3]), Q(tot[7]), [Q(m[1])])
    chk_grade(ctx, Q(tot[7]), m[2])

    act = lambda n: parse_val(R[n]["actual"])["q"]
    tgt = lambda n: parse_val(R[n]["target"])["q"]
    m = need(r"年度目标：完成集约人工林栽培NUM亩、现有林改培NUM亩、中幼林抚育NUM亩，造林当年成活率NUM%以上，新增森林蓄积量NUM立方米", t)
    for i, n in ((1, "集约人工林栽培面积"), (2, "现有林改培面积"), (3, "中幼林抚育面积"), (4, "造林当年成活率"), (5, "新增森林蓄积量")):
        chk_same(ctx, f"target {n}", Q(m[i]), tgt(n))
    m = need(r"截至YEAR年12月31日，项目共完成集约人工林栽培NUM亩、现有林改培NUM亩、中幼林抚育NUM亩；造林当年成活率NUM%，较2021年的NUM%略有提高；新增森林蓄积量NUM立方米；项目提供林区务工岗位NUM个", t)
    chk_year_eq(ctx, "截至", m[1], Y)
    for i, n in ((2, "集约人工林栽培面积"), (3, "现有林改培面积"), (4, "中幼林抚育面积"), (5, "造林当年成活率"),
                 (7, "新增森林蓄积量"), (8, "提供林区务工岗位")):
        chk_same(ctx, f"actual {n}", Q(m[i]), act(n))
    m = need(r"预算执行率NUM%，低于90%", t)
    chk_same(ctx, "执行率 (prose)", Q(m[1]), Q(F["合计"][7]))
    if not Q(m[1]).v < 90:
        ctx.err("rate_mismatch", "text says below 90%")
    m = need(r"年内到位NUM万元（NUM万元）", t)
    chk_same(ctx, "贷款到位 two ways", W(m[1]), W(m[2]))
    chk_same(ctx, "贷款到位", W(m[1]), f("其他资金（国开行贷款）", 3))
    m = need(r"县级配套到位NUM万元，未足额到位NUM万元", t)
    chk_same(ctx, "县级到位", W(m[1]), f("县级财政资金", 3))
    chk_balance(ctx, "县级未到位", f("县级财政资金", 2), W(m[1]), W(m[2]))
    m = need(r"中幼林抚育完成NUM亩，完成率NUM%，因县级配套资金未足额到位，NUM亩抚育延至YEAR年实施", t)
    chk_same(ctx, "抚育 (prose)", Q(m[1]), act("中幼林抚育面积"))
    c = completion("gte", tgt("中幼林抚育面积").v, Q(m[1]).v)
    if not agrees(c, m[2]):
        ctx.err("completion_mismatch", f"prose 抚育 completion {m[2]} vs {c}")
    chk_sum(ctx, "抚育 shortfall", tgt("中幼林抚育面积"), [Q(m[1]), Q(m[3])])
    chk_year_carry(ctx, "抚育延期", m[4], Y)
    m = need(r"集约人工林栽培亩均投资NUM元，控制在每亩NUM元以内", t)
    chk_same(ctx, "亩均投资", Q(m[1], "元"), Q(act("集约人工林栽培亩均投资").raw, "元"))
    chk_same(ctx, "亩均投资上限", Q(m[2], "元"), Q(tgt("集约人工林栽培亩均投资").raw, "元"))
    chk_year_eq(ctx, "title", need(r"顺昌县林业局YEAR年度国家储备林建设项目", t)[1], Y)


def check_xuyong(t, ctx):
    Y = 2023
    tabs = html_tables(t)
    F = {r[0]: r for r in tabs[0]}
    srcs = ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    f = lambda lab, i: W(F[lab][i])
    for lab in ["年度资金总额"] + srcs:
        chk_rate(ctx, f"funds {lab}", f(lab, 3).base, f(lab, 2).base, F[lab][5])
    for i in (1, 2, 3):
        chk_sum(ctx, f"funds column {i}", f("年度资金总额", i), [f(l, i) for l in srcs])
    ew, es = Q(F["年度资金总额"][4]), Q(F["年度资金总额"][6])
    if es.v > ew.v or es.v < 0:
        ctx.err("score_exceeds_weight", f"execution score {es!r} > {ew!r}")
    rate = f("年度资金总额", 3).base / f("年度资金总额", 2).base
    if not any(agrees(ew.v * min(k, Decimal(1)), es.raw) for k in (rate, Decimal(F["年度资金总额"][5].rstrip("%")) / HUNDRED)):
        ctx.warn("score_rule_mismatch", "execution score")

    m = need(r"年初批复财政资金NUM万元，年中上级追加NUM万元，另安排单位资金NUM万元，全年预算NUM万元", t)
    chk_sum(ctx, "全年预算 (prose)", W(m[4]), [W(m[1]), W(m[2]), W(m[3])])
    chk_sum(ctx, "财政资金 年初 + 追加", f("其中：财政资金", 2), [W(m[1]), W(m[2])])
    chk_same(ctx, "年初批复", W(m[1]), f("其中：财政资金", 1))
    chk_same(ctx, "单位资金", W(m[3]), f("单位资金", 2))
    chk_same(ctx, "全年预算", W(m[4]), f("年度资金总额", 2))
    m = need(r"YEAR年([0-9]+)月省财政下达", t)
    chk_year_issue(ctx, "下达", m[1], m[2], Y)
    m = need(r"全年执行NUM万元，年末未执行资金NUM万元，已按规定结转YEAR年使用", t)
    chk_same(ctx, "全年执行", W(m[1]), f("年度资金总额", 3))
    chk_balance(ctx, "未执行资金", f("年度资金总额", 2), W(m[1]), W(m[2]))
    chk_year_carry(ctx, "结转", m[3], Y)
    subs = need(r"(集约人工林栽培|现有林改培|中幼林抚育)预算NUM万元，执行NUM万元，执行率NUM%", t, 3)
    for s in subs:
        chk_rate(ctx, f"sub-project {s[1]}", W(s[3]).base, W(s[2]).base, s[4])
    m = need(r"单位资金NUM万元用于作业设计和技术服务，已全部支出", t)
    chk_same(ctx, "单位资金 spent", W(m[1]), f("单位资金", 3))
    chk_sum(ctx, "sub-project budgets", f("年度资金总额", 2), [W(s[2]) for s in subs] + [W(m[1])])
    chk_sum(ctx, "sub-project spending", f("年度资金总额", 3), [W(s[3]) for s in subs] + [W(m[1])])

    I = tabs[1]
    offs = {"nature": 1, "value": 2, "unit": 3, "actual": 4, "completion": 5, "weight": 6, "score": 7}
    names = ["集约人工林栽培面积", "现有林改培面积", "中幼林抚育面积", "造林成活率", "年度任务完成时限",
             "集约人工林亩均成本", "带动农户增收", "项目区森林覆盖率", "储备林管护长效机制", "林农满意度"]
    rows = []
    for n in names:
        r = ind_row(I, n, offs)
        if r["nature"] == "定性":
            r["target"], r["actual"] = r["value"], r["actual"]
        else:
            u = "" if r["unit"] in DASHES else r["unit"]
            r["target"] = r["nature"] + r["value"] + u
            r["actual"] = r["actual"] + u
        rows.append(r)
    R = {r["name"]: r for r in rows}
    for r in rows:
        chk_indicator(ctx, r)
    tot = row_by_first(I, "总分")
    m = need(r"项目自评得分NUM分，评价等级为(优秀|良好|优|良|中等|中|差)", t)
    chk_scores(ctx, rows, [ew], [es], Q(tot[1]), Q(tot[2]), [Q(m[1])])
    chk_grade(ctx, Q(tot[2]), m[2])

    v = lambda n, k: Q(R[n][k])
    m = need(r"按实际完成面积折合每亩NUM元", t)
    jy = [s for s in subs if s[1] == "集约人工林栽培"][0]
    per = W(jy[3]).base * 10000 / Q(R["集约人工林栽培面积"]["actual"].rstrip("亩")).v
    if not Q(m[1]).agrees(per):
        ctx.err("average_mismatch", f"per-mu cost {per} vs {m[1]}")
    chk_same(ctx, "亩均成本", Q(m[1]), Q(R["集约人工林亩均成本"]["actual"].replace("元/亩", "")))
    m = need(r"完成集约人工林栽培NUM亩、现有林改培NUM亩、中幼林抚育NUM亩，造林成活率NUM%以上，带动农户增收NUM万元以上", t)
    for i, n in ((1, "集约人工林栽培面积"), (2, "现有林改培面积"), (3, "中幼林抚育面积"), (4, "造林成活率"), (5, "带动农户增收")):
        chk_same(ctx, f"target {n}", Q(m[i]), v(n, "value"))
    m = need(r"全年完成集约人工林栽培NUM亩、现有林改培NUM亩、中幼林抚育NUM亩，中幼林抚育因部分小班林权争议未完成年度任务，剩余NUM亩列入YEAR年计划。造林成活率NUM%。", t)
    act = lambda n: Q(parse_val(R[n]["actual"])["q"].raw)
    for i, n in ((1, "集约人工林栽培面积"), (2, "现有林改培面积"), (3, "中幼林抚育面积"), (6, "造林成活率")):
        chk_same(ctx, f"actual {n}", Q(m[i]), act(n))
    chk_sum(ctx, "抚育 remainder", v("中幼林抚育面积", "value"), [act("中幼林抚育面积"), Q(m[4])])
    chk_year_carry(ctx, "剩余任务", m[5], Y)
    m = need(r"项目带动农户增收NUM万元，项目区森林覆盖率由2022年的NUM%提高到NUM%", t)
    chk_same(ctx, "增收", Q(m[1]), act("带动农户增收"))
    chk_same(ctx, "森林覆盖率", Q(m[3]), act("项目区森林覆盖率"))
    chk_year_eq(ctx, "title", need(r"YEAR年度叙永县林业局项目支出", t)[1], Y)
    chk_year_eq(ctx, "自评表", need(r"项目支出绩效自评表（YEAR年度）", t)[1], Y)


def check_pingyuan(t, ctx):
    Y = 2025
    tabs = html_tables(t)
    F = {r[0]: r for r in tabs[0][1:]}
    srcs = ["中央财政资金", "省级财政资金", "县级财政资金", "上年结转资金", "社会资本投入"]
    col = {"init": 1, "annual": 2, "spent": 3}
    f = lambda lab, c: W(F[lab][col[c]])
    for lab in srcs + ["合计"]:
        chk_rate(ctx, f"funds {lab}", f(lab, "spent").base, f(lab, "annual").base, F[lab][4])
    for c in col:
        chk_sum(ctx, f"funds column {c}", f("合计", c), [f(l, c) for l in srcs])
    S = {r[0]: r for r in tabs[1][1:]}
    subs = ["县国有林场储备林基地", "乡镇集体林储备林建设", "社会资本合作基地"]
    for lab in subs:
        chk_rate(ctx, f"sub-project {lab}", W(S[lab][2]).base, W(S[lab][1]).base, S[lab][3])
    chk_sum(ctx, "sub-project budgets", f("合计", "annual"), [W(S[l][1]) for l in subs])
    chk_sum(ctx, "sub-project spending", f("合计", "spent"), [W(S[l][2]) for l in subs])
    m = need(r"三个子项目自评得分分别为NUM分、NUM分、NUM分", t)
    for i, lab in enumerate(subs, 1):
        chk_subscore(ctx, f"sub-project score {lab}", Q(m[i]))

    m = need(r"YEAR年年初预算NUM万元，年中省级追加NUM万元、社会资本调减NUM万元，全年预算NUM万元", t)
    chk_year_eq(ctx, "budget sentence", m[1], Y)
    m = [None] + list(m.groups()[1:])
    init_p, add_p, cut_p, ann_p = W(m[1]), W(m[2]), W(m[3]), W(m[4])
    chk_sum(ctx, "年初 + 追加 - 调减 = 全年", ann_p, [init_p, add_p, cut_p], [1, 1, -1])
    chk_sum(ctx, "省级 row", f("省级财政资金", "annual"), [f("省级财政资金", "init"), add_p])
    chk_sum(ctx, "社会资本 row", f("社会资本投入", "annual"), [f("社会资本投入", "init"), cut_p], [1, -1])
    chk_same(ctx, "年初预算", init_p, f("合计", "init"))
    chk_same(ctx, "全年预算", ann_p, f("合计", "annual"))
    m = need(r"中央财政资金NUM万元于YEAR年([0-9]+)月提前下达", t)
    chk_same(ctx, "中央资金", W(m[1]), f("中央财政资金", "annual"))
    chk_year_issue(ctx, "中央下达", m[2], m[3], Y)
    m = need(r"全年执行NUM万元，执行率NUM%，未执行的NUM万元已结转至YEAR年继续使用", t)
    chk_same(ctx, "全年执行", W(m[1]), f("合计", "spent"))
    chk_rate(ctx, "执行率 (prose)", W(m[1]).base, ann_p.base, m[2])
    chk_balance(ctx, "未执行/结转", ann_p, W(m[1]), W(m[3]))
    chk_year_carry(ctx, "结转", m[4], Y)
    m = need(r"省级资金NUM万元中，造林补助NUM万元、改培补助NUM万元、抚育补助NUM万元", t)
    chk_same(ctx, "省级资金", W(m[1]), f("省级财政资金", "annual"))
    chk_sum(ctx, "省级资金 breakdown", W(m[1]), [W(m[2]), W(m[3]), W(m[4])])

    I = tabs[2]
    offs = {"target": 1, "actual": 2, "completion": 3, "weight": 4, "score": 5}
    names = ["新造储备林面积", "现有林改培面积", "中幼林抚育面积", "良种使用率", "造林任务完成时间",
             "改培亩均投资", "林农务工收入", "新增乡土珍贵树种", "林木病虫害成灾率"]
    ex = ind_row(I, "预算执行率", offs)
    rows = [ind_row(I, n, offs) for n in names]
    R = {r["name"]: r for r in rows}
    for r in [ex] + rows:
        chk_indicator(ctx, r)
    chk_rate(ctx, "自评表 预算执行率 actual", f("合计", "spent").base, f("合计", "annual").base, ex["actual"])
    tot = row_by_first(I, "合计")
    m = need(r"项目得分NUM分，等级为(优秀|良好|优|良|中等|中|差)", t)
    chk_scores(ctx, [ex] + rows, [], [], Q(tot[1]), Q(tot[2]), [Q(m[1])])
    chk_grade(ctx, Q(tot[2]), m[2])

    act = lambda n: parse_val(R[n]["actual"])["q"]
    tgt = lambda n: parse_val(R[n]["target"])["q"]
    m = need(r"年度目标为新造储备林NUM亩、改培NUM亩、抚育NUM亩，良种使用率NUM%以上", t)
    for i, n in ((1, "新造储备林面积"), (2, "现有林改培面积"), (3, "中幼林抚育面积"), (4, "良种使用率")):
        chk_same(ctx, f"target {n}", Q(m[i]), tgt(n))
    m = need(r"完成新造储备林（集约人工林）NUM亩、现有林改培NUM亩、中幼林抚育NUM亩", t)
    for i, n in ((1, "新造储备林面积"), (2, "现有林改培面积"), (3, "中幼林抚育面积")):
        chk_same(ctx, f"actual {n}", Q(m[i]), act(n))
    fy = Q(m[3])
    m = need(r"分别完成NUM亩、NUM亩、NUM亩、NUM亩、NUM亩，平均每镇NUM亩", t)
    parts = [Q(m[i]) for i in range(1, 6)]
    chk_sum(ctx, "township 抚育", fy, parts)
    chk_avg(ctx, "township average", parts, Q(m[6]))
    chk_year_carry(ctx, "抚育推迟", need(r"推迟至YEAR年春季", t)[1], Y)
    m = need(r"良种使用率NUM%。", t)
    chk_same(ctx, "良种使用率", Q(m[1]), act("良种使用率"))
    m = need(r"项目区林农务工收入NUM万元", t)
    chk_same(ctx, "务工收入", Q(m[1]), act("林农务工收入"))
    m = need(r"新增乡土珍贵树种种植NUM万株", t)
    chk_same(ctx, "珍贵树种", Q(m[1]), act("新增乡土珍贵树种"))
    m = need(r"林木病虫害成灾率NUM‰", t)
    chk_same(ctx, "成灾率", Q(m[1]), act("林木病虫害成灾率"))
    chk_year_eq(ctx, "title", need(r"平远县林业局YEAR年度国家储备林建设项目绩效自评报告", t)[1], Y)


READERS = {
    "suichuan-chubeilin-2019": check_suichuan,
    "suining-linyeju-bumen-2020": check_suining,
    "shunchang-chubeilin-2022": check_shunchang,
    "xuyong-chubeilin-2023": check_xuyong,
    "pingyuan-chubeilin-2025": check_pingyuan,
}


def run(source, text):
    ctx = Ctx()
    READERS[source](text, ctx)
    return ctx


# ----------------------------------------------------------------------------- structure

def edit_region(a, b):
    """Smallest differing region: (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} label lines, expected 35")
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                cleans[rec["source"]] = fh.read()
    if len(cleans) != 5:
        problems.append(f"{len(cleans)} clean drafts")
    code_count = Counter()
    per_source = Counter()
    for rec in labels:
        name, src = rec["case"], rec["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            ctx = run(src, text)
        except (ParseError, KeyError, IndexError, ValueError, ArithmeticError) as exc:
            problems.append(f"{name}: cannot read figures: {exc!r}")
            continue
        got = {c for c, _ in ctx.errors}
        if rec["clean"]:
            if not (1500 <= len(text) <= 5000):
                problems.append(f"{name}: length {len(text)} outside 1500-5000")
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            for c, msg in ctx.errors + ctx.warnings:
                problems.append(f"{name}: clean draft fails {c}: {msg}")
            continue
        per_source[src] += 1
        exp = rec["expected"]
        if len(exp) != 1 or exp[0]["severity"] != "error" or exp[0]["code"] not in CODES_A:
            problems.append(f"{name}: expected must be one §A error")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        code_count[code] += 1
        if got != {code}:
            problems.append(f"{name}: labelled {code}, verify finds {sorted(got)}: {ctx.errors}")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
            continue
        clean = cleans[src]
        s, e_clean, e_case = edit_region(clean, text)
        if text[:s] + text[e_case:] != clean[:s] + clean[e_clean:] or clean[:s] + text[s:e_case] + clean[e_clean:] != text:
            problems.append(f"{name}: not a single contiguous edit")
        if max(e_clean - s, e_case - s) > 40:
            problems.append(f"{name}: edit of {max(e_clean - s, e_case - s)} characters")
        if e_case - s == 0 and e_clean - s == 0:
            problems.append(f"{name}: identical to the clean draft")
        v0 = text.index(value)
        v1 = v0 + len(value)
        es, ee = s, max(e_case, s + 1)
        if not (es < v1 and v0 < ee):
            problems.append(f"{name}: edit [{s},{e_case}) does not overlap the value [{v0},{v1})")
    for src, n in per_source.items():
        if n != 6:
            problems.append(f"{src}: {n} error cases, expected 6")
    for c in CODES_A:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"FAILED ({len(problems)} problems)")
        return 1
    print("per code:", ", ".join(f"{c}={code_count[c]}" for c in CODES_A))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
