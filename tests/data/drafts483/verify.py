#!/usr/bin/env python3
"""Verify drafts483: re-read every figure from the case texts and redo all the arithmetic.

Standard library + decimal only.  For every case the figures are read back from the text (anchored
regular expressions for prose, table parsers for the ｜/tab tables), every identity of rules.md §7 that the
draft contains is recomputed with the tolerance of §8, and each failure is reported under the code that
errors.md §A assigns.  Then:

  * every clean draft must pass every check (and raise no score-rule warning);
  * every error case must fail its labelled code and no other error code;
  * each label value occurs exactly once in its case; the case differs from its clean draft by one
    contiguous edit of at most 40 characters that overlaps the value; every error code is used ≥ 2×.

Prints OK when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
]
SCALES = (Decimal(10000), Decimal("0.0001"))
HUNDRED = Decimal(100)


class ParseError(Exception):
    pass


class Fig:
    """A number as written: exact value and the count of decimals in the original string."""

    def __init__(self, raw):
        raw = raw.strip().replace(",", "")
        if raw.endswith("%"):
            raw = raw[:-1]
        self.raw = raw
        try:
            self.v = Decimal(raw)
        except Exception:
            raise ParseError(f"not a number: {raw!r}")
        self.d = len(raw.split(".")[1]) if "." in raw else 0

    def __repr__(self):
        return self.raw


def tol(d):
    return Decimal("0.5") * (Decimal(10) ** -d) + Decimal("1e-9")


def within(stated, computed):
    return abs(Decimal(computed) - stated.v) <= tol(stated.d)


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"))


# --------------------------------------------------------------------------- the check runner
class Run:
    def __init__(self, text, year):
        self.t = text
        self.Y = year
        self.fails = []
        self.warns = []
        self.n = 0

    # -- reading
    def m(self, pattern):
        found = list(re.finditer(pattern, self.t))
        if len(found) != 1:
            raise ParseError(f"pattern {pattern!r} matched {len(found)} times")
        return found[0]

    def f(self, pattern, g=1):
        return Fig(self.m(pattern).group(g))

    def s(self, pattern, g=1):
        return self.m(pattern).group(g)

    def y(self, pattern, g=1):
        return int(self.m(pattern).group(g))

    # -- reporting
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    # -- identities
    def linear(self, code, terms, stated, what):
        """stated ?= Σ coef·fig; a failure that one 10^4 rescaling repairs is a unit_mismatch."""
        self.n += 1
        comp = sum(Decimal(c) * x.v for c, x in terms)
        if within(stated, comp):
            return True
        for c, x in terms:
            for k in SCALES:
                if x.v != 0 and within(stated, comp - Decimal(c) * x.v + Decimal(c) * x.v * k):
                    self.fail("unit_mismatch", f"{what}: {x.raw} off by a power of ten")
                    return False
        for k in SCALES:
            if stated.v != 0 and abs(stated.v * k - comp) <= tol(stated.d) * k:
                self.fail("unit_mismatch", f"{what}: {stated.raw} off by a power of ten")
                return False
        self.fail(code, f"{what}: computed {comp}, stated {stated.raw}")
        return False

    def sum(self, parts, total, what):
        return self.linear("sum_mismatch", [(1, p) for p in parts], total, what)

    def diff(self, a, b, stated, what, code="sum_mismatch"):
        return self.linear(code, [(1, a), (-1, b)], stated, what)

    def balance(self, a, b, stated, what):
        return self.linear("balance_mismatch", [(1, a), (-1, b)], stated, what)

    def same(self, a, b, what, code="conflicting_values", scale_b=Decimal(1)):
        """Two statements of one quantity (b × scale_b in the unit of a)."""
        self.n += 1
        bv = b.v * scale_b
        t = max(tol(a.d), tol(b.d) * scale_b)
        if abs(a.v - bv) <= t:
            return True
        for k in SCALES:
            if a.v != 0 and abs(a.v * k - bv) <= t * max(k, 1):
                self.fail("unit_mismatch", f"{what}: {a.raw} vs {b.raw} differ by a power of ten")
                return False
        self.fail(code, f"{what}: {a.raw} vs {b.raw}")
        return False

    def rate(self, num, den, stated_raw, what, code="rate_mismatch", cap=True):
        """stated rate (%) ?= num / den × 100; zero base and > 100% are implausible_rate."""
        self.n += 1
        stated_raw = stated_raw.strip()
        if stated_raw in ("—", "-", ""):
            return True
        st = Fig(stated_raw)
        if den.v == 0:
            if st.v != 0:
                self.fail("implausible_rate", f"{what}: {stated_raw} on a zero base")
                return False
            return True
        if st.v < 0 or (cap and st.v > HUNDRED):
            self.fail("implausible_rate", f"{what}: {stated_raw} outside [0, 100%]")
            return False
        comp = num.v / den.v * HUNDRED
        if within(st, comp):
            return True
        for x in (num, den):
            for k in SCALES:
                n2 = num.v * k if x is num else num.v
                d2 = den.v * k if x is den else den.v
                if within(st, n2 / d2 * HUNDRED):
                    self.fail("unit_mismatch", f"{what}: {x.raw} off by a power of ten")
                    return False
        self.fail(code, f"{what}: computed {comp:.4f}%, stated {stated_raw}")
        return False

    def avg(self, items, stated, what):
        self.n += 1
        comp = sum(i.v for i in items) / len(items)
        if within(stated, comp):
            return True
        self.fail("average_mismatch", f"{what}: mean {comp}, stated {stated.raw}")
        return False

    def ratio(self, num, den, factor, stated, what, code="average_mismatch"):
        self.n += 1
        comp = num.v * factor / den.v
        if within(stated, comp):
            return True
        self.fail(code, f"{what}: computed {comp}, stated {stated.raw}")
        return False

    def grade(self, total, word, what="grade"):
        self.n += 1
        band = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
                "合格": "中", "差": "差", "较差": "差", "不合格": "差"}[word]
        v = total.v
        want = "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"
        if band != want:
            self.fail("grade_mismatch", f"{what}: total {total.raw} is {want}, stated {word}")
            return False
        return True

    def year(self, ok, what):
        self.n += 1
        if not ok:
            self.fail("year_mismatch", what)
        return ok

    def plausible_scan(self):
        """Every rate-like figure written in the prose lies in [0, 100%]."""
        for mm in re.finditer(r"(满意度|合格率|覆盖率|知晓率|办结率|到位率|执行率|建立率)(?:为|达到|达)?(\d+(?:\.\d+)?)%",
                              self.t):
            self.n += 1
            if Decimal(mm.group(2)) > HUNDRED:
                self.fail("implausible_rate", f"{mm.group(0)} above 100%")


# --------------------------------------------------------------------------- tables
def table(run, header_prefix, sep):
    lines = run.t.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
    if len(idx) != 1:
        raise ParseError(f"table header {header_prefix!r} found {len(idx)} times")
    hdr = lines[idx[0]].split(sep)
    rows = []
    for line in lines[idx[0] + 1:]:
        if not line.strip():
            break
        cells = line.split(sep)
        if len(cells) != len(hdr):
            raise ParseError(f"row has {len(cells)} cells, header {len(hdr)}: {line!r}")
        rows.append(dict(zip(hdr, [c.strip() for c in cells])))
    return rows


def row_by(rows, col, name):
    found = [r for r in rows if r[col] == name]
    if len(found) != 1:
        raise ParseError(f"row {name!r} found {len(found)} times")
    return found[0]


def cell(rows, col, name, key):
    """A numeric cell; an empty cell reads as 0."""
    raw = row_by(rows, col, name)[key]
    return Fig(raw if raw else "0")


SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}
DATE_RE = re.compile(r"^(\d{4})年(\d{1,2})月(?:(\d{1,2})日|底)?(前)?$")
NUM_RE = re.compile(r"^(≥|≤|＞|＜|>|<|=|＝)?(-?\d+(?:\.\d+)?)(.*)$")
ACHIEVED = ("基本达成", "已建立", "达成", "已完成", "达成年度指标")
PARTLY = ("部分达成",)


def parse_val(raw, sign=None, unit=None):
    raw = raw.strip()
    if raw in ("", "—"):
        return None
    if sign is not None or unit is not None:           # separate 指标性质 / 度量单位 columns
        mm = NUM_RE.match(raw)
        if not mm:
            return ("qual", raw)
        return ("num", SIGNS.get(sign, "eq"), Fig(mm.group(2)), (unit or "").strip())
    dm = DATE_RE.match(raw)
    if dm:
        y, mo, d = int(dm.group(1)), int(dm.group(2)), dm.group(3)
        return ("date", (y, mo, int(d) if d else 31))
    mm = NUM_RE.match(raw)
    if mm:
        return ("num", SIGNS.get(mm.group(1) or "=", "eq"), Fig(mm.group(2)), mm.group(3).strip())
    return ("qual", raw)


def first_key(row, keys):
    for k in keys:
        if k in row:
            return k
    raise ParseError(f"none of {keys} in {list(row)}")


def indicator_table(run, rows, extra=None):
    """Generic checks of a 自评表.  extra = (weight Fig, score Fig) of an execution block held outside the table.
    Returns {三级指标 name: leaf dict}."""
    r0 = rows[0]
    k1, k2 = first_key(r0, ["一级指标"]), first_key(r0, ["二级指标"])
    k3 = first_key(r0, ["三级指标", "目标指标"])
    kw, ks = first_key(r0, ["分值", "权重"]), first_key(r0, ["得分", "指标得分"])
    kt, ka = first_key(r0, ["年度指标值", "目标值", "指标值"]), first_key(r0, ["实际完成值", "业绩值"])
    kc = "完成率" if "完成率" in r0 else None
    ksign = "指标性质" if "指标性质" in r0 else None
    kunit = "度量单位" if "度量单位" in r0 else None
    leaves, subtotals, total = [], [], None
    l1 = l2 = ""
    for r in rows:
        first = r[k1]
        if first.endswith("小计"):
            subtotals.append((first[:-2], r))
            continue
        if first in ("合计", "自评总分", "总分"):
            total = r
            continue
        l1 = first or l1
        l2 = r[k2] or l2
        sign = r[ksign] if ksign else None
        unit = r[kunit] if kunit else None
        leaves.append({
            "l1": l1, "l2": l2, "name": r[k3], "w": Fig(r[kw]), "s": Fig(r[ks]),
            "t_raw": r[kt], "a_raw": r[ka], "c_raw": r[kc] if kc else None,
            "T": parse_val(r[kt], sign, unit), "A": parse_val(r[ka], None if not ksign else "=", unit),
        })
    byname = {}
    for lf in leaves:
        if lf["name"] in byname:
            raise ParseError(f"duplicate indicator {lf['name']}")
        byname[lf["name"]] = lf
        check_leaf(run, lf)
    # weights and scores per block
    for prefix, r in subtotals:
        members = [lf for lf in leaves if (prefix == "绩效指标" and "预算执行" not in lf["l1"]) or lf["l1"] == prefix]
        if not members:
            raise ParseError(f"subtotal {prefix} without rows")
        run.linear("weight_sum_mismatch", [(1, lf["w"]) for lf in members], Fig(r[kw]), f"{prefix}小计 weight")
        run.linear("score_sum_mismatch", [(1, lf["s"]) for lf in members], Fig(r[ks]), f"{prefix}小计 score")
        if Fig(r[ks]).v > Fig(r[kw]).v:
            run.fail("score_exceeds_weight", f"{prefix}小计 score above weight")
    if total is None:
        raise ParseError("no total row")
    wt, st = [(1, lf["w"]) for lf in leaves], [(1, lf["s"]) for lf in leaves]
    if extra:
        wt.append((1, extra[0]))
        st.append((1, extra[1]))
    run.linear("weight_sum_mismatch", wt, Fig(total[kw]), "Σ weights vs total row")
    run.n += 1
    if Fig(total[kw]).v != 100:
        run.fail("weight_sum_mismatch", f"total weight {total[kw]} ≠ 100")
    run.linear("score_sum_mismatch", st, Fig(total[ks]), "Σ scores vs total row")
    byname["__total__"] = {"w": Fig(total[kw]), "s": Fig(total[ks])}
    byname["__subtotals__"] = {p: {"w": Fig(r[kw]), "s": Fig(r[ks])} for p, r in subtotals}
    byname["__leaves__"] = leaves
    return byname


def check_leaf(run, lf):
    w, s, T, A, name = lf["w"], lf["s"], lf["T"], lf["A"], lf["name"]
    run.n += 1
    if s.v > w.v or s.v < 0:
        run.fail("score_exceeds_weight", f"{name}: score {s.raw} vs weight {w.raw}")
    expected = None      # (low, high) acceptable score interval under rules §5
    if T and A and T[0] == "num" and A[0] == "num":
        tu, au = T[3], A[3]
        run.n += 1
        if tu != au:
            run.fail("unit_mismatch", f"{name}: target unit {tu!r}, actual unit {au!r}")
            return
        if au == "%" and A[2].v > HUNDRED:
            run.fail("implausible_rate", f"{name}: actual {A[2].raw}% above 100%")
        tv, av, direction = T[2].v, A[2].v, T[1]
        if direction == "lte":
            comp = HUNDRED if av <= tv else tv / av * HUNDRED
            sc = w.v if av <= tv else w.v * tv / av
        else:
            comp = av / tv * HUNDRED
            sc = w.v if av >= tv else w.v * av / tv
        if lf["c_raw"] is not None:
            run.n += 1
            if lf["c_raw"] in ("—", ""):
                run.fail("completion_mismatch", f"{name}: completion missing for a quantitative row")
            elif not within(Fig(lf["c_raw"]), comp):
                run.fail("completion_mismatch", f"{name}: completion {comp:.4f}%, stated {lf['c_raw']}")
        expected = (r2(sc), r2(sc))
        if lf["c_raw"] not in (None, "—", ""):      # a score computed from the printed completion is accepted too
            c = Fig(lf["c_raw"]).v
            alt = w.v * min(c, HUNDRED) / HUNDRED
            expected = (min(r2(sc), r2(alt)), max(r2(sc), r2(alt)))
    elif T and A and T[0] == "date" and A[0] == "date":
        expected = (w.v, w.v) if A[1] <= T[1] else None
        if lf["c_raw"] not in (None, "—"):
            run.fail("completion_mismatch", f"{name}: completion on a date row")
    elif A and A[0] == "qual":
        if A[1] in PARTLY:
            expected = (w.v * Decimal("0.6"), w.v * Decimal("0.8") - Decimal("0.01"))
        elif A[1] in ACHIEVED:
            expected = (w.v * Decimal("0.8"), w.v)
        if lf["c_raw"] not in (None, "—"):
            run.fail("completion_mismatch", f"{name}: completion on a qualitative row")
    if expected is None:
        run.warn("score_rule_mismatch", f"{name}: no rule applies ({lf['t_raw']!r} / {lf['a_raw']!r})")
        return
    lo, hi = expected
    if not (lo - tol(s.d) <= s.v <= hi + tol(s.d)):
        run.warn("score_rule_mismatch", f"{name}: score {s.raw}, rule gives [{lo}, {hi}]")


def T(lf):
    return lf["T"][2]


def A(lf):
    return lf["A"][2]


# --------------------------------------------------------------------------- A: Yuhuan 2019
def check_yuhuan(run):
    Y = run.Y
    fr = table(run, "项目｜年初预算数", "｜")
    names = ["年度资金总额", "其中：工伤保险基金当年安排", "上年结转资金", "其他资金"]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        run.sum([cell(fr, "项目", n, col) for n in names[1:]], cell(fr, "项目", names[0], col), f"funds {col}")
    for n in names:
        r = row_by(fr, "项目", n)
        run.rate(Fig(r["全年执行数"]), Fig(r["全年预算数"]), r["执行率"], f"{n} 执行率")
        run.n += 1
        if Fig(r["全年执行数"]).v > Fig(r["全年预算数"]).v:
            run.fail("implausible_rate", f"{n}: spent above budget")
        if r["得分"] != "—":
            if Fig(r["得分"]).v > Fig(r["分值"]).v:
                run.fail("score_exceeds_weight", f"{n} execution score")
    tot = row_by(fr, "项目", "年度资金总额")
    ind = indicator_table(run, table(run, "一级指标｜二级指标｜三级指标｜年度指标值", "｜"))
    ex = ind["全年预算执行率"]
    run.same(ex["w"], Fig(tot["分值"]), "execution weight: 自评表 vs funds table")
    run.same(ex["s"], Fig(tot["得分"]), "execution score: 自评表 vs funds table")
    run.same(A(ex), Fig(tot["执行率"]), "execution rate: 自评表 vs funds table")
    # prose: budget, receipt, execution
    initial = run.f(r"2019年初预算([\d.]+)万元")
    carry = run.f(r"年度结转的第三方培训尾款([\d.]+)万元")
    annual = run.f(r"纳入预算，全年预算([\d.]+)万元")
    received = run.f(r"全年实际到位资金([\d.]+)万元")
    run.same(initial, cell(fr, "项目", "年度资金总额", "年初预算数"), "年初预算 prose vs table")
    run.same(carry, cell(fr, "项目", "上年结转资金", "全年预算数"), "上年结转 prose vs table")
    run.same(annual, cell(fr, "项目", "年度资金总额", "全年预算数"), "全年预算 prose vs table")
    run.sum([initial, carry], annual, "年初 + 结转 = 全年预算")
    run.rate(received, annual, run.s(r"到位率(\d+(?:\.\d+)?%)"), "到位率")
    spent = run.f(r"全年执行([\d.]+)万元（")
    spent_yuan = run.f(r"万元（(\d+)元），预算执行率")
    run.same(spent, cell(fr, "项目", "年度资金总额", "全年执行数"), "全年执行 prose vs table")
    run.same(spent, spent_yuan, "全年执行 万元 vs 元", scale_b=Decimal("0.0001"))
    run.rate(spent, annual, run.s(r"元），预算执行率([\d.]+%)"), "prose 执行率")
    run.same(run.f(r"元），预算执行率([\d.]+)%"), Fig(tot["执行率"]), "执行率 prose vs table")
    c_spent = run.f(r"其中上年结转资金执行([\d.]+)万元")
    run.same(c_spent, cell(fr, "项目", "上年结转资金", "全年执行数"), "结转执行 prose vs table")
    run.rate(c_spent, carry, run.s(r"上年结转资金执行[\d.]+万元，执行率([\d.]+%)"), "上年结转 执行率")
    train = run.f(r"培训费([\d.]+)万元（按每人次")
    unit_cost = run.f(r"按每人次(\d+)元的标准")
    n_settled = run.f(r"标准结算(\d+)人次")
    run.linear("sum_mismatch", [(n_settled.v / Decimal(10000), unit_cost)], train, "300元 × 人次 = 培训费")
    publicity = run.f(r"宣传费([\d.]+)万元")
    evalfee = run.f(r"第三方评估及项目管理费([\d.]+)万元")
    run.sum([train, publicity, evalfee], spent, "支出构成")
    run.balance(received, spent, run.f(r"年末结余([\d.]+)万元"), "结余 = 到位 − 执行")
    # prose: goals vs 自评表 targets
    run.same(run.f(r"一线职工不少于(\d+)人次"), T(ind["培训人次"]), "target 培训人次")
    run.same(run.f(r"重点行业企业不少于(\d+)家"), T(ind["覆盖重点行业企业"]), "target 企业")
    run.same(run.f(r"宣传活动不少于(\d+)场"), T(ind["开展宣传活动"]), "target 宣传")
    run.same(run.f(r"考核合格率不低于(\d+)%"), T(ind["培训考核合格率"]), "target 合格率")
    run.same(run.f(r"控制在([\d.]+)%以内"), T(ind["参保企业工伤事故发生率"]), "target 发生率")
    run.same(run.f(r"职工满意度不低于(\d+)%"), T(ind["参训企业和职工满意度"]), "target 满意度")
    # prose: outputs vs 自评表 actuals
    run.same(run.f(r"一线职工(\d+)人次，覆盖"), A(ind["培训人次"]), "培训人次 prose vs table")
    run.same(n_settled, A(ind["培训人次"]), "结算人次 vs table")
    run.same(unit_cost, A(ind["人均培训成本"]), "人均培训成本 prose vs table")
    run.same(run.f(r"覆盖重点行业企业(\d+)家"), A(ind["覆盖重点行业企业"]), "企业 prose vs table")
    run.same(run.f(r"宣传活动(\d+)场，"), A(ind["开展宣传活动"]), "宣传 prose vs table")
    run.same(run.f(r"考核合格率([\d.]+)%，培训任务"), A(ind["培训考核合格率"]), "合格率 prose vs table")
    run.same(run.f(r"发生率为([\d.]+)%"), A(ind["参保企业工伤事故发生率"]), "发生率 prose vs table")
    run.diff(run.f(r"较2018年的([\d.]+)%"), run.f(r"发生率为([\d.]+)%"), run.f(r"下降([\d.]+)个百分点"),
             "发生率下降百分点")
    run.same(run.f(r"满意度为([\d.]+)%"), A(ind["参训企业和职工满意度"]), "满意度 prose vs table")
    done = re.search(r"培训任务于(\d{4})年(\d+)月(\d+)日全部完成", run.t)
    run.year(done and ind["培训任务完成时间"]["A"][1] == (int(done.group(1)), int(done.group(2)), int(done.group(3))),
             "完成日期 prose vs table")
    # total and grade
    total = run.f(r"自评得分([\d.]+)分")
    run.same(total, ind["__total__"]["s"], "total prose vs table")
    run.grade(total, run.s(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"))
    # years
    run.year(run.y(r"^.*\n(\d{4})年度工伤预防项目支出") == Y, "title year")
    run.year(run.y(r"开展(\d{4})年度项目支出绩效自评") == Y, "notice year")
    run.year(run.y(r"我局对(\d{4})年度工伤预防项目") == Y, "evaluated year")
    run.year(run.y(r"项目实施期为(\d{4})年1月") == Y, "implementation year")
    run.year(run.y(r"(\d{4})年初预算") == Y, "budget year")
    run.year(run.y(r"年中将(\d{4})年度结转") < Y, "incoming carry-over from an earlier year")
    run.year(run.y(r"\n(\d{4})年全市参保企业") == Y, "outcome year")
    run.year(run.y(r"较(\d{4})年的") == Y - 1, "comparison year")
    run.year(all(int(y) == Y for y in re.findall(r"(\d{4})年12月", run.t)), "December dates in the evaluation year")
    run.year(run.y(r"\n(\d{4})年\d+月\n*$") == Y + 1, "report date")
    run.plausible_scan()


# --------------------------------------------------------------------------- B: Hanchuan 2020
def check_hanchuan(run):
    Y = run.Y
    fr = table(run, "资金来源｜全年预算数｜实际到位数", "｜")
    subs = ["工伤保险基金（工伤预防费）", "市级财政配套"]
    for col in ("全年预算数", "实际到位数", "全年执行数"):
        run.sum([cell(fr, "资金来源", n, col) for n in subs], cell(fr, "资金来源", "合计", col), f"funds {col}")
    for n in ["合计"] + subs:
        r = row_by(fr, "资金来源", n)
        run.rate(Fig(r["全年执行数"]), Fig(r["全年预算数"]), r["执行率"], f"{n} 执行率")
        run.n += 1
        if not (Fig(r["全年执行数"]).v <= Fig(r["实际到位数"]).v <= Fig(r["全年预算数"]).v):
            run.fail("implausible_rate", f"{n}: 执行 ≤ 到位 ≤ 预算 broken")
    tot = row_by(fr, "资金来源", "合计")
    ind = indicator_table(run, table(run, "一级指标｜二级指标｜三级指标｜年度指标值", "｜"))
    ex = ind["预算执行率"]
    run.same(A(ex), Fig(tot["执行率"]), "execution rate: 自评表 vs funds table")
    # prose funds
    annual = run.f(r"项目全年预算([\d.]+)万元")
    fee = run.f(r"工伤预防费([\d.]+)万元，市级")
    match = run.f(r"市级财政配套([\d.]+)万元（")
    run.same(annual, Fig(tot["全年预算数"]), "全年预算 prose vs table")
    run.same(fee, cell(fr, "资金来源", subs[0], "全年预算数"), "工伤预防费 prose vs table")
    run.same(match, cell(fr, "资金来源", subs[1], "全年预算数"), "配套 prose vs table")
    run.sum([fee, match], annual, "来源构成")
    received = run.f(r"资金到位([\d.]+)万元")
    run.same(received, Fig(tot["实际到位数"]), "到位 prose vs table")
    run.rate(received, annual, run.s(r"资金到位率(\d+(?:\.\d+)?%)"), "到位率")
    spent = run.f(r"全年执行([\d.]+)万元，执行率")
    run.same(spent, Fig(tot["全年执行数"]), "执行 prose vs table")
    run.rate(spent, annual, run.s(r"全年执行[\d.]+万元，执行率([\d.]+%)"), "prose 执行率")
    run.same(run.f(r"全年执行[\d.]+万元，执行率([\d.]+)%"), Fig(tot["执行率"]), "执行率 prose vs table")
    run.n += 1
    if not run.f(r"全年执行[\d.]+万元，执行率([\d.]+)%").v < 90:
        run.fail("rate_mismatch", "text says the rate is below 90%")
    parts = [run.f(r"培训费([\d.]+)万元，宣传"), run.f(r"宣传资料及宣传活动费([\d.]+)万元"), run.f(r"第三方评估费([\d.]+)万元")]
    run.sum(parts, spent, "支出构成")
    run.balance(annual, spent, run.f(r"年末未使用资金([\d.]+)万元"), "未使用 = 预算 − 执行")
    # 片区 list
    items = [Fig(x) for x in re.findall(r"(\d+)场", run.s(r"各片区分别举办((?:\d+场、)+\d+场)"))]
    if len(items) != 6:
        raise ParseError("片区 list")
    run.sum(items, run.f(r"，共(\d+)场"), "片区场次合计")
    run.same(run.f(r"全市按(\d+)个片区"), Fig(str(len(items))), "片区 count vs list", code="sum_mismatch")
    run.avg(items, run.f(r"平均每个片区(\d+)场"), "片区平均场次")
    # goals
    run.same(run.f(r"培训职工不少于(\d+)人次"), T(ind["培训人次"]), "target 培训人次")
    run.same(run.f(r"培训重点企业不少于(\d+)家"), T(ind["培训重点企业"]), "target 企业")
    run.same(run.f(r"发放宣传资料不少于(\d+)份"), T(ind["发放宣传资料"]), "target 宣传资料")
    run.same(run.f(r"控制在([\d.]+)%以内"), T(ind["工伤事故发生率"]), "target 发生率 (goal)")
    run.same(run.f(r"高于([\d.]+)%的目标值"), T(ind["工伤事故发生率"]), "target 发生率 (text)")
    run.same(run.f(r"低于(\d+)元的控制标准"), T(ind["人均培训费用"]), "target 人均费用")
    # outputs
    n_train = run.f(r"全年培训职工(\d+)人次")
    run.same(n_train, A(ind["培训人次"]), "培训人次 prose vs table")
    run.rate(n_train, T(ind["培训人次"]), run.s(r"培训职工\d+人次，完成年度目标的([\d.]+%)"), "培训人次 完成",
             code="completion_mismatch", cap=False)
    n_ent = run.f(r"培训重点企业(\d+)家，完成")
    run.same(n_ent, A(ind["培训重点企业"]), "企业 prose vs table")
    run.rate(n_ent, T(ind["培训重点企业"]), run.s(r"企业\d+家，完成年度目标的([\d.]+%)"), "企业 完成",
             code="completion_mismatch", cap=False)
    run.same(run.f(r"发放宣传资料(\d+)份，"), A(ind["发放宣传资料"]), "宣传资料 prose vs table")
    run.same(run.f(r"考核合格率([\d.]+)%，培训任务"), A(ind["培训考核合格率"]), "合格率 prose vs table")
    per = run.f(r"折合人均培训费用(\d+)元")
    run.same(per, A(ind["人均培训费用"]), "人均费用 prose vs table")
    run.ratio(parts[0], n_train, Decimal(10000), per, "培训费 / 人次")
    run.same(run.f(r"全市参保企业工伤事故发生率([\d.]+)%"), A(ind["工伤事故发生率"]), "发生率 prose vs table")
    run.same(run.f(r"满意度为([\d.]+)%"), A(ind["参训职工满意度"]), "满意度 prose vs table")
    done = re.search(r"培训任务于(\d{4})年(\d+)月(\d+)日完成", run.t)
    run.year(done and ind["培训任务完成时间"]["A"][1] == (int(done.group(1)), int(done.group(2)), int(done.group(3))),
             "完成日期 prose vs table")
    # weights, scores, grade
    run.same(run.f(r"按照预算执行(\d+)分"), ex["w"], "execution weight prose vs table")
    others = [(1, lf["w"]) for lf in ind["__leaves__"] if "预算执行" not in lf["l1"]]
    w80 = run.f(r"产出及效益等指标(\d+)分")
    run.linear("weight_sum_mismatch", others, w80, "指标 weights vs 80")
    run.linear("weight_sum_mismatch", [(1, run.f(r"按照预算执行(\d+)分")), (1, w80)], Fig("100"), "20 + 80")
    run.diff(ex["w"], ex["s"], run.f(r"预算执行（扣([\d.]+)分）"), "execution deduction", code="score_sum_mismatch")
    total = run.f(r"项目自评得分([\d.]+)分")
    run.same(total, ind["__total__"]["s"], "total prose vs table")
    run.grade(total, run.s(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"))
    # years
    run.year(run.y(r"^.*\n(\d{4})年度工伤预防宣传培训项目") == Y, "title year")
    run.year(run.y(r"我局(\d{4})年实施") == Y, "implementation year")
    run.year(run.y(r"(\d{4})年，汉川市工伤预防宣传培训项目全年预算") == Y, "budget year")
    adv = run.m(r"（(\d{4})年(\d+)月提前下达）")
    run.year(int(adv.group(1)) == Y - 1 and adv.group(2) == "12", "advance issued in the December before")
    run.year(run.y(r"结转至(\d{4})年") > Y, "outgoing carry-over to a later year")
    run.year(run.y(r"\n(\d{4})年全市参保企业") == Y, "outcome year")
    run.year(all(int(y) == Y for y in re.findall(r"(\d{4})年12月(?:\d+日|31日前)", run.t)), "December dates")
    run.year(run.y(r"\n(\d{4})年\d+月\n*$") == Y + 1, "report date")
    run.plausible_scan()


# --------------------------------------------------------------------------- C: Luzhou 2022 (Shanxi layout)
def check_luzhou(run):
    Y = run.Y
    fr = table(run, "项目\t行次", "\t")
    cols = ["年度总金额(万元)", "财政资金小计", "中央级", "省级", "市级", "县区级", "上年结转资金(万元)", "其他资金(万元)"]
    rn = {1: "年初预算资金", 2: "全年预算资金", 3: "实际到位资金", 4: "全年执行资金", 5: "资金结余",
          6: "预算到位率(%)", 7: "预算执行率(%)"}
    g = lambda i, c: cell(fr, "项目", rn[i], c)
    for i in range(1, 6):
        run.sum([g(i, c) for c in ("财政资金小计", "上年结转资金(万元)", "其他资金(万元)")], g(i, cols[0]), f"({i}) 总额")
        run.sum([g(i, c) for c in ("中央级", "省级", "市级", "县区级")], g(i, "财政资金小计"), f"({i}) 财政小计")
    for c in cols:
        run.balance(g(3, c), g(4, c), g(5, c), f"(5)=(3)-(4) {c}")
        run.rate(g(3, c), g(2, c), row_by(fr, "项目", rn[6])[c], f"(6) 到位率 {c}")
        run.rate(g(4, c), g(2, c), row_by(fr, "项目", rn[7])[c], f"(7) 执行率 {c}")
    ind = indicator_table(run, table(run, "一级指标\t二级指标\t目标指标", "\t"))
    ex = ind["预算执行率"]
    run.same(A(ex), g(7, cols[0]), "execution rate 附件1 vs funds table")
    run.same(A(ind["项目总成本"]), g(4, cols[0]), "项目总成本 actual vs 全年执行")
    # prose funds
    cty = run.f(r"区级配套的宣传经费(\d+(?:\.\d+)?)万元")
    run.same(cty, g(2, "县区级"), "配套 prose vs table")
    run.same(cty, run.f(r"（即(\d+)元）"), "配套 万元 vs 元", scale_b=Decimal("0.0001"))
    spent = run.f(r"项目全年执行([\d.]+)万元")
    run.same(spent, g(4, cols[0]), "执行 prose vs table")
    run.same(run.f(r"预算执行率([\d.]+)%，资金结余"), g(7, cols[0]), "执行率 prose vs table")
    bal = run.f(r"资金结余([\d.]+)万元，其中")
    run.same(bal, g(5, cols[0]), "结余 prose vs table")
    b1, b2 = run.f(r"区级配套资金结余([\d.]+)万元"), run.f(r"工伤预防费结余([\d.]+)万元")
    run.same(b1, g(5, "县区级"), "配套结余 prose vs table")
    run.same(b2, g(5, "其他资金(万元)"), "工伤预防费结余 prose vs table")
    run.sum([b1, b2], bal, "结余构成")
    initial, carry, annual = run.f(r"年初预算([\d.]+)万元"), run.f(r"上年结转资金([\d.]+)万元纳入"), run.f(r"全年预算([\d.]+)万元")
    run.same(initial, g(1, cols[0]), "年初 prose vs table")
    run.same(carry, g(2, "上年结转资金(万元)"), "结转 prose vs table")
    run.same(annual, g(2, cols[0]), "全年预算 prose vs table")
    run.sum([initial, carry], annual, "年初 + 结转 = 全年")
    run.n += 1
    if "资金全部到位" in run.t and g(3, cols[0]).v != g(2, cols[0]).v:
        run.fail("rate_mismatch", "资金全部到位 but 到位 ≠ 全年预算")
    # goals
    run.same(run.f(r"职工不少于(\d+)人次"), T(ind["工伤预防培训人次"]), "target 培训")
    run.same(run.f(r"短视频不少于(\d+)部"), T(ind["制作播放宣传短视频"]), "target 短视频")
    run.same(run.f(r"宣传手册不少于(\d+)册"), T(ind["发放宣传手册"]), "target 手册")
    run.same(run.f(r"考核合格率不低于(\d+)%"), T(ind["培训考核合格率"]), "target 合格率")
    run.same(run.f(r"培训覆盖率不低于(\d+)%"), T(ind["重点行业企业培训覆盖率"]), "target 覆盖率")
    run.same(run.f(r"较上年下降(\d+)%以上"), T(ind["工伤事故发生率较上年下降幅度"]), "target 下降")
    run.same(run.f(r"满意度不低于(\d+)%"), T(ind["参训企业满意度"]), "target 满意度")
    # outputs and outcomes
    run.same(run.f(r"企业职工(\d+)人次"), A(ind["工伤预防培训人次"]), "培训 prose vs table")
    run.same(run.f(r"发放宣传手册(\d+)册"), A(ind["发放宣传手册"]), "手册 prose vs table")
    run.same(run.f(r"考核合格率([\d.]+)%。"), A(ind["培训考核合格率"]), "合格率 prose vs table")
    run.same(run.f(r"培训覆盖率([\d.]+)%。"), A(ind["重点行业企业培训覆盖率"]), "覆盖率 prose vs table")
    now, before = run.f(r"发生率为([\d.]+)‰"), run.f(r"的([\d.]+)‰下降")
    drop = run.s(r"‰下降([\d.]+%)")
    run.rate(Fig(str(before.v - now.v)), before, drop, "下降幅度", cap=True)
    run.same(Fig(drop), A(ind["工伤事故发生率较上年下降幅度"]), "下降幅度 prose vs table")
    run.same(run.f(r"满意度为([\d.]+)%"), A(ind["参训企业满意度"]), "满意度 prose vs table")
    total = run.f(r"总得分([\d.]+)分")
    run.same(total, ind["__total__"]["s"], "total prose vs table")
    run.grade(total, run.s(r'属于"(优秀|良好|中等|较差)"'))
    # years
    run.year(run.y(r"^.*\n(\d{4})年度工伤预防项目") == Y, "title year")
    run.year(run.y(r"我局(\d{4})年继续实施") == Y, "implementation year")
    run.year(run.y(r"截至(\d{4})年12月31日") == Y, "截至 date")
    run.year(run.y(r"\n(\d{4})年区财政局批复") == Y, "budget year")
    run.year(run.y(r"上年结转资金为(\d{4})年未支付") == Y - 1, "incoming carry-over year")
    run.year(run.y(r"。(\d{4})年全区参保企业") == Y, "outcome year")
    run.year(run.y(r"较(\d{4})年的") == Y - 1, "comparison year")
    run.year(run.y(r"\n(\d{4})年\d+月\n*$") == Y + 1, "report date")
    run.plausible_scan()


# --------------------------------------------------------------------------- D: Guanghan 2023 (Sichuan layout)
def check_guanghan(run):
    Y = run.Y
    fr = table(run, "资金来源｜年初预算数｜调整后预算数", "｜")
    subs = ["财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for col in ("年初预算数", "调整后预算数", "全年执行数"):
        run.sum([cell(fr, "资金来源", n, col) for n in subs], cell(fr, "资金来源", "合计", col), f"funds {col}")
    for n in ["合计"] + subs:
        r = row_by(fr, "资金来源", n)
        run.rate(Fig(r["全年执行数"]), Fig(r["调整后预算数"]), r["执行率"], f"{n} 执行率")
    tot = row_by(fr, "资金来源", "合计")
    w_ex, s_ex = Fig(tot["分值"]), Fig(tot["得分"])
    run.n += 1
    if s_ex.v > w_ex.v:
        run.fail("score_exceeds_weight", "execution score above weight")
    exp = w_ex.v * min(Fig(tot["执行率"]).v, HUNDRED) / HUNDRED
    if not within(s_ex, exp):
        run.warn("score_rule_mismatch", f"execution score {s_ex.raw} vs {exp}")
    ind = indicator_table(run, table(run, "一级指标｜二级指标｜三级指标｜指标性质", "｜"), extra=(w_ex, s_ex))
    leaves = ind["__leaves__"]
    # weights stated in the text
    w10, w90 = run.f(r"按预算执行情况(\d+)分"), run.f(r"、绩效指标(\d+)分")
    w60, w30 = run.f(r"（产出指标(\d+)分"), run.f(r"、效益指标(\d+)分）")
    run.same(w10, w_ex, "execution weight text vs table", code="weight_sum_mismatch")
    run.linear("weight_sum_mismatch", [(1, w10), (1, w90)], Fig("100"), "10 + 90")
    run.linear("weight_sum_mismatch", [(1, w60), (1, w30)], w90, "产出 + 效益 = 绩效指标")
    run.linear("weight_sum_mismatch", [(1, lf["w"]) for lf in leaves if lf["l1"] == "产出指标"], w60, "产出 rows")
    run.linear("weight_sum_mismatch", [(1, lf["w"]) for lf in leaves if lf["l1"] == "效益指标"], w30, "效益 rows")
    run.same(w90, ind["__subtotals__"]["绩效指标"]["w"], "绩效指标 weight text vs table", code="weight_sum_mismatch")
    # funds prose
    init = run.f(r"年初批复项目预算([\d.]+)万元")
    f_init, s_init = run.f(r"其中财政资金([\d.]+)万元"), run.f(r"财政专户管理资金（工伤预防费）([\d.]+)万元")
    run.same(init, cell(fr, "资金来源", "合计", "年初预算数"), "年初 prose vs table")
    run.same(f_init, cell(fr, "资金来源", "财政资金", "年初预算数"), "财政资金年初 prose vs table")
    run.same(s_init, cell(fr, "资金来源", "财政专户管理资金", "年初预算数"), "专户年初 prose vs table")
    run.sum([f_init, s_init], init, "年初构成")
    cut = run.f(r"年中调减财政专户管理资金([\d.]+)万元")
    run.diff(s_init, cell(fr, "资金来源", "财政专户管理资金", "调整后预算数"), cut, "专户调减")
    adj = run.f(r"调整后预算([\d.]+)万元")
    run.same(adj, cell(fr, "资金来源", "合计", "调整后预算数"), "调整后 prose vs table")
    run.diff(init, cut, adj, "年初 − 调减 = 调整后")
    spent = run.f(r"全年执行([\d.]+)万元，其中")
    run.same(spent, cell(fr, "资金来源", "合计", "全年执行数"), "执行 prose vs table")
    train = run.f(r"其中培训费([\d.]+)万元")
    run.sum([train, run.f(r"宣传活动费([\d.]+)万元"), run.f(r"第三方评估费([\d.]+)万元")], spent, "支出构成")
    unspent = run.f(r"未执行的([\d.]+)万元")
    u_f, u_s = run.f(r"（财政资金([\d.]+)万元、财政专户"), run.f(r"、财政专户管理资金([\d.]+)万元）")
    run.balance(adj, spent, unspent, "未执行 = 调整后 − 执行")
    run.balance(cell(fr, "资金来源", "财政资金", "调整后预算数"), cell(fr, "资金来源", "财政资金", "全年执行数"), u_f, "财政资金未执行")
    run.balance(cell(fr, "资金来源", "财政专户管理资金", "调整后预算数"), cell(fr, "资金来源", "财政专户管理资金", "全年执行数"), u_s, "专户未执行")
    run.sum([u_f, u_s], unspent, "未执行构成")
    # training counts
    n_all = run.f(r"全年共培训(\d+)人次")
    n_lead, n_work = run.f(r"安全管理人员(\d+)人次、一线"), run.f(r"一线职工(\d+)人次。")
    run.sum([n_lead, n_work], n_all, "培训人次构成")
    run.same(n_lead, A(ind["企业负责人及安全管理人员培训"]), "负责人培训 prose vs table")
    run.same(n_work, A(ind["一线职工培训"]), "职工培训 prose vs table")
    items = [Fig(x) for x in re.findall(r"(\d+)人次", run.s(r"分别培训((?:\d+人次、)+\d+人次)"))]
    if len(items) != 4:
        raise ParseError("片区 list")
    run.sum(items, n_all, "片区人次合计")
    run.same(run.f(r"小汉(\d+)个片区"), Fig(str(len(items))), "片区 count vs list", code="sum_mismatch")
    run.avg(items, run.f(r"平均每个片区(\d+)人次"), "片区平均")
    # goals
    run.same(run.f(r"安全管理人员不少于(\d+)人次"), T(ind["企业负责人及安全管理人员培训"]), "target 负责人")
    run.same(run.f(r"一线职工不少于(\d+)人次"), T(ind["一线职工培训"]), "target 职工")
    run.same(run.f(r"宣传活动不少于(\d+)场次"), T(ind["工伤预防进企业宣传活动"]), "target 宣传")
    run.same(run.f(r"考核合格率不低于(\d+)%"), T(ind["培训考核合格率"]), "target 合格率")
    run.same(run.f(r"控制在([\d.]+)‰以内"), T(ind["参保单位工伤事故发生率"]), "target 发生率")
    run.same(run.f(r"满意度不低于(\d+)%"), T(ind["参训人员满意度"]), "target 满意度")
    # outputs and outcomes
    acts = run.f(r"开展宣传活动(\d+)场次")
    run.same(acts, A(ind["工伤预防进企业宣传活动"]), "宣传 prose vs table")
    run.diff(T(ind["工伤预防进企业宣传活动"]), acts, run.f(r"较目标少(\d+)场次"), "宣传 shortfall")
    run.same(run.f(r"汛期(\d+)场户外宣传活动取消"), run.f(r"较目标少(\d+)场次"), "cancelled events (text)")
    run.same(run.f(r"｜汛期(\d+)场户外活动取消"), run.f(r"较目标少(\d+)场次"), "cancelled events (table)")
    run.same(run.f(r"考核合格率([\d.]+)%；"), A(ind["培训考核合格率"]), "合格率 prose vs table")
    per = run.f(r"人均培训成本([\d.]+)元/人次")
    run.same(per, A(ind["人均培训成本"]), "人均成本 prose vs table")
    run.ratio(train, n_all, Decimal(10000), per, "培训费 / 人次")
    run.same(run.f(r"发生率([\d.]+)‰，较"), A(ind["参保单位工伤事故发生率"]), "发生率 prose vs table")
    run.same(run.f(r"参训人员满意度([\d.]+)%，其中"), A(ind["参训人员满意度"]), "满意度 prose vs table")
    run.same(run.f(r"制度建立率([\d.]+)%。"), A(ind["重点行业企业工伤预防制度建立率"]), "建立率 prose vs table")
    # scores and grade
    run.same(run.f(r"预算执行情况得分([\d.]+)分"), s_ex, "execution score text vs table")
    run.same(run.f(r"绩效指标得分([\d.]+)分"), ind["__subtotals__"]["绩效指标"]["s"], "绩效指标 score text vs table")
    total = run.f(r"自评总分([\d.]+)分")
    run.same(total, ind["__total__"]["s"], "total text vs table")
    run.grade(total, run.s(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"))
    # years
    run.year(run.y(r"^.*\n(\d{4})年度工伤预防项目") == Y, "title year")
    run.year(run.y(r"(\d{4})年工伤预防项目通过") == Y, "project year")
    run.year(run.y(r"\n(\d{4})年培训企业负责人") == Y, "goal year")
    run.year(run.y(r"(\d{4})年初批复") == Y, "budget year")
    run.year(run.y(r"\n(\d{4})年全市参保单位") == Y, "outcome year")
    run.year(run.y(r"较(\d{4})年的") == Y - 1, "comparison year")
    run.year(run.y(r"\n(\d{4})年\d+月\n*$") == Y + 1, "report date")
    run.plausible_scan()


# --------------------------------------------------------------------------- E: Nanhai 2025 (部门整体)
def check_nanhai(run):
    Y = run.Y
    f1 = table(run, "资金来源｜年初预算数｜全年预算数", "｜")
    srcs = ["一般公共预算财政拨款", "上年结转结余", "其他收入"]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        run.sum([cell(f1, "资金来源", n, col) for n in srcs], cell(f1, "资金来源", "合计", col), f"sources {col}")
    for n in ["合计"] + srcs:
        r = row_by(f1, "资金来源", n)
        run.rate(Fig(r["全年执行数"]), Fig(r["全年预算数"]), r["执行率"], f"{n} 执行率")
    f2 = table(run, "支出类别｜全年预算数", "｜")
    groups = {"基本支出": ["其中：人员经费", "其中：公用经费"],
              "项目支出": ["其中：工伤预防宣传培训项目", "其中：工伤认定调查及劳动能力鉴定", "其中：工伤保险信息系统运维"],
              "合计": ["基本支出", "项目支出"]}
    for col in ("全年预算数", "全年执行数"):
        for parent, kids in groups.items():
            run.sum([cell(f2, "支出类别", k, col) for k in kids], cell(f2, "支出类别", parent, col), f"{parent} {col}")
        run.same(cell(f2, "支出类别", "合计", col), cell(f1, "资金来源", "合计", col), f"two tables 合计 {col}")
    for r in f2:
        run.rate(Fig(r["全年执行数"]), Fig(r["全年预算数"]), r["执行率"], f"{r['支出类别']} 执行率")
    run.same(Fig(row_by(f2, "支出类别", "合计")["执行率"]), Fig(row_by(f1, "资金来源", "合计")["执行率"]), "two tables 执行率")
    ind = indicator_table(run, table(run, "一级指标｜二级指标｜三级指标｜年度指标值", "｜"))
    run.same(A(ind["部门预算执行率"]), Fig(row_by(f1, "资金来源", "合计")["执行率"]), "execution rate table vs funds")
    c1 = lambda n, c: cell(f1, "资金来源", n, c)
    c2 = lambda n, c: cell(f2, "支出类别", n, c)
    # prose funds
    init, add, carry, annual = (run.f(r"年年初预算([\d.]+)万元"), run.f(r"运维经费([\d.]+)万元"),
                                run.f(r"纳入上年结转结余([\d.]+)万元"), run.f(r"全年预算([\d.]+)万元。"))
    run.same(init, c1("合计", "年初预算数"), "年初 prose vs table")
    run.same(carry, c1("上年结转结余", "全年预算数"), "结转 prose vs table")
    run.same(annual, c1("合计", "全年预算数"), "全年预算 prose vs table")
    run.diff(c1("一般公共预算财政拨款", "全年预算数"), c1("一般公共预算财政拨款", "年初预算数"), add, "追加 = 拨款全年 − 年初")
    run.sum([init, add, carry], annual, "年初 + 追加 + 结转 = 全年")
    spent = run.f(r"全年执行([\d.]+)万元，部门")
    run.same(spent, c1("合计", "全年执行数"), "执行 prose vs table")
    run.rate(spent, annual, run.s(r"部门预算执行率([\d.]+%)"), "prose 执行率")
    run.same(run.f(r"基本支出执行率([\d.]+)%"), Fig(row_by(f2, "支出类别", "基本支出")["执行率"]), "基本 rate prose")
    run.same(run.f(r"项目支出执行率([\d.]+)%"), Fig(row_by(f2, "支出类别", "项目支出")["执行率"]), "项目 rate prose")
    it_rate = run.f(r"运维执行率([\d.]+)%")
    run.same(it_rate, Fig(row_by(f2, "支出类别", "其中：工伤保险信息系统运维")["执行率"]), "运维 rate prose")
    run.n += 1
    if not it_rate.v < 90:
        run.fail("rate_mismatch", "text says 运维 rate below 90%")
    run.balance(annual, spent, run.f(r"年末结转结余([\d.]+)万元"), "结转结余 = 预算 − 执行")
    run.balance(c2("其中：工伤预防宣传培训项目", "全年预算数"), c2("其中：工伤预防宣传培训项目", "全年执行数"),
                run.f(r"第三方服务尾款([\d.]+)万元"), "工伤预防项目 unspent")
    sg, sg_prev = run.f(r"“三公”经费支出([\d.]+)万元，"), run.f(r"较\d{4}年的([\d.]+)万元")
    run.diff(sg_prev, sg, run.f(r"减少([\d.]+)万元"), "三公 decrease")
    run.same(sg, A(ind["“三公”经费支出"]), "三公 prose vs table")
    # the 工伤预防 project
    n_train = run.f(r"全年培训(\d+)人次")
    price, fee, fee_yuan = run.f(r"按每人次(\d+)元结算"), run.f(r"计([\d.]+)万元（"), run.f(r"万元（(\d+)元）；")
    run.linear("sum_mismatch", [(n_train.v, price)], fee_yuan, "人次 × 单价 = 培训费(元)")
    run.same(fee, fee_yuan, "培训费 万元 vs 元", scale_b=Decimal("0.0001"))
    proj = run.f(r"项目共执行([\d.]+)万元")
    run.sum([fee, run.f(r"另支出宣传费([\d.]+)万元"), run.f(r"第三方评估费([\d.]+)万元")], proj, "项目支出构成")
    run.same(proj, c2("其中：工伤预防宣传培训项目", "全年执行数"), "项目执行 prose vs table")
    q = [Fig(x) for x in re.findall(r"(\d+)分", run.s(r"考核得分分别为((?:\d+分、)+\d+分)"))]
    if len(q) != 4:
        raise ParseError("quarter list")
    run.avg(q, run.f(r"全年平均([\d.]+)分"), "季度考核平均分")
    run.same(n_train, A(ind["工伤预防培训人次"]), "培训 prose vs table")
    # goals
    run.same(run.f(r"培训不少于(\d+)人次"), T(ind["工伤预防培训人次"]), "target 培训")
    run.same(run.f(r"认定案件不少于(\d+)件"), T(ind["工伤认定案件办结数"]), "target 认定")
    run.same(run.f(r"劳动能力鉴定不少于(\d+)人次"), T(ind["劳动能力鉴定人次"]), "target 鉴定")
    run.same(run.f(r"办结率不低于(\d+)%"), T(ind["工伤认定法定时限内办结率"]), "target 办结率")
    run.same(run.f(r"控制在([\d.]+)%以内"), T(ind["辖区工伤事故发生率"]), "target 发生率")
    run.same(run.f(r"满意度不低于(\d+)%"), T(ind["服务对象满意度"]), "target 满意度")
    # outputs
    run.same(run.f(r"全年办结工伤认定案件(\d+)件"), A(ind["工伤认定案件办结数"]), "认定 prose vs table")
    run.same(run.f(r"法定时限内办结率([\d.]+)%"), A(ind["工伤认定法定时限内办结率"]), "办结率 prose vs table")
    run.same(run.f(r"平均办结时限(\d+)天"), A(ind["工伤认定平均办结时限"]), "时限 prose vs table")
    appr = run.f(r"组织劳动能力鉴定(\d+)人次")
    run.same(appr, A(ind["劳动能力鉴定人次"]), "鉴定 prose vs table")
    run.diff(T(ind["劳动能力鉴定人次"]), appr, run.f(r"较年度目标少(\d+)人次"), "鉴定 shortfall")
    run.same(run.f(r"辖区工伤事故发生率([\d.]+)%"), A(ind["辖区工伤事故发生率"]), "发生率 prose vs table")
    run.same(run.f(r"知晓率([\d.]+)%"), A(ind["工伤预防知识知晓率"]), "知晓率 prose vs table")
    run.same(run.f(r"服务对象满意度([\d.]+)%。"), A(ind["服务对象满意度"]), "满意度 prose vs table")
    total = run.f(r"自评得分([\d.]+)分")
    run.same(total, ind["__total__"]["s"], "total prose vs table")
    run.grade(total, run.s(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"))
    # years
    run.year(run.y(r"^.*\n(\d{4})年度部门整体支出") == Y, "title year")
    run.year(run.y(r"\n(\d{4})年，完成工伤预防培训") == Y, "goal year")
    adv = run.m(r"(\d{4})年(\d+)月，区财政局提前下达我中心(\d{4})年部门预算")
    run.year(int(adv.group(3)) == Y and int(adv.group(1)) == Y - 1 and adv.group(2) == "12", "advance issue")
    run.year(run.y(r"(\d{4})年年初预算") == Y, "budget year")
    run.year(run.y(r"\n(\d{4})年全年执行") == Y, "execution year")
    run.year(run.y(r"推迟至(\d{4})年1月") > Y, "acceptance after the year")
    run.year(run.y(r"结转至(\d{4})年") > Y, "outgoing carry-over to a later year")
    run.year(run.y(r"较(\d{4})年的") == Y - 1, "comparison year")
    run.year(run.y(r"作为(\d{4})年工伤预防培训") == Y + 1, "next-year plan")
    run.year(run.y(r"本中心(\d{4})年度部门整体支出自评得分") == Y, "conclusion year")
    run.year(run.y(r"\n(\d{4})年\d+月\n*$") == Y + 1, "report date")
    run.plausible_scan()


PROJECTS = {
    "zj-yuhuan-gongshangyufang-2019": (2019, check_yuhuan),
    "hb-hanchuan-gongshangyufang-2020": (2020, check_hanchuan),
    "sx-luzhou-gongshangyufang-2022": (2022, check_luzhou),
    "sc-guanghan-gongshangyufang-2023": (2023, check_guanghan),
    "gd-nanhai-gongshangfuwu-bumen-2025": (2025, check_nanhai),
}


def run_case(pid, text):
    year, fn = PROJECTS[pid]
    run = Run(text, year)
    fn(run)
    return run


def one_edit(a, b):
    """(start, end_in_b, len_old, len_new) of the single contiguous difference between a and b."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(b) - j, len(a) - j - i, len(b) - j - i


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files or len(labels) != 35:
        problems.append("labels.jsonl and cases/ do not match (or not 35 cases)")
    clean = {}
    for rec in labels:
        if rec["clean"]:
            clean[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    counts = {}
    checks = 0
    for rec in labels:
        pid, name = rec["source"], rec["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            run = run_case(pid, text)
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        checks += run.n
        codes = {c for c, _ in run.fails}
        if rec["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: {n} characters")
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            for c, msg in run.fails:
                problems.append(f"{name}: clean draft fails {c}: {msg}")
            for c, msg in run.warns:
                problems.append(f"{name}: clean draft warns {c}: {msg}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code = lab["code"]
        counts[code] = counts.get(code, 0) + 1
        if code not in ERROR_CODES or lab["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}/{lab['severity']}")
        if code not in codes:
            problems.append(f"{name}: labelled {code} not detected (got {sorted(codes)})")
        extra = codes - {code}
        if extra:
            problems.append(f"{name}: other error codes fail too: " +
                            "; ".join(f"{c}: {m}" for c, m in run.fails if c != code))
        v = lab["value"]
        if text.count(v) != 1:
            problems.append(f"{name}: value occurs {text.count(v)} times")
            continue
        s, e_new, n_old, n_new = one_edit(clean[pid], text)
        if max(n_old, n_new) > 40 or max(n_old, n_new) == 0:
            problems.append(f"{name}: edit of {n_old}→{n_new} characters")
        vs = text.find(v)
        if not (vs < max(e_new, s + 1) and s < vs + len(v)):
            problems.append(f"{name}: edit [{s},{e_new}) does not overlap the value at [{vs},{vs + len(v)})")
    for c in ERROR_CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {checks} checks; per code: " +
          ", ".join(f"{c} {counts[c]}" for c in ERROR_CODES))
    print("OK")


if __name__ == "__main__":
    main()
