#!/usr/bin/env python3
"""Verify the n475 test set (standard library only, decimal.Decimal).

1. labels.jsonl: every case exists, every label value occurs (exactly once) in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
   a changed figure that is not meant to be duplicated occurs only once in the clean draft;
3. every code of errors.md section A (1-13) is used at least twice;
4. the arithmetic of every clean draft is redone (all checks must pass, warnings included), and of every
   error case (the labelled code must fail, no other error-level code may fail).
Prints OK at the end.
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
WARN = {"score_rule_mismatch"}
HUNDRED = D(100)


class LocatorError(Exception):
    pass


class V:
    """A figure as written: value, number of decimals, unit, raw text."""

    def __init__(self, raw, unit="", money=None):
        self.raw = raw
        s = raw.replace(",", "").strip()
        self.unit = unit
        self.money = ("元" in unit) if money is None else money
        if re.fullmatch(r"-?\d+(\.\d+)?", s):
            self.v = D(s)
            self.d = len(s.split(".")[1]) if "." in s else 0
        else:
            self.v = None
            self.d = 0

    def tol(self):
        return D("0.5") * (D(10) ** (-self.d)) + D("1e-9")

    def scaled(self, f):
        n = V(self.raw, self.unit, self.money)
        n.v = self.v * f
        return n

    def __repr__(self):
        return "%s%s" % (self.raw, self.unit)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def close(stated, computed):
    return abs(computed - stated.v) <= stated.tol()


GRADES = [(D(90), {"优", "优秀"}), (D(80), {"良", "良好"}), (D(60), {"中", "中等", "一般", "合格"}),
          (D(-1), {"差", "较差", "不合格"})]

UNIT_RE = re.compile(r"^([≥≤＞＜=<>]*)\s*([\d.,]+)\s*(.*)$")


def split_val(s):
    """'≥3000例' -> ('≥', V('3000','例')); '100%' -> ('', V('100','%'))."""
    m = UNIT_RE.match(s.strip())
    if not m:
        return None, None
    return m.group(1), V(m.group(2), m.group(3))


def direction(sign):
    if sign in ("≥", ">=", "＞", ">"):
        return "gte"
    if sign in ("≤", "<=", "＜", "<"):
        return "lte"
    return "eq"


class R:
    """Collects results of checks on one text."""

    def __init__(self, text):
        self.t = text
        self.res = []  # (code, ok, msg)

    # ---- locators -------------------------------------------------------------------
    def m(self, pat, n=1):
        ms = list(re.finditer(pat, self.t, re.M))
        if len(ms) != n:
            raise LocatorError("pattern %r matched %d times" % (pat, len(ms)))
        return ms

    def g(self, pat, units=None, money=None):
        """Return the groups of a pattern that must match exactly once, as V (or str for unit groups)."""
        mt = self.m(pat)[0]
        out = []
        for i, s in enumerate(mt.groups()):
            u = units[i] if units and i < len(units) else ""
            if u is None:
                out.append(s)
            else:
                out.append(V(s, u, money))
        return out if len(out) > 1 else out[0]

    def s(self, pat):
        return self.m(pat)[0].groups()

    # ---- recording ------------------------------------------------------------------
    def rec(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    def _unit_rescue(self, code, fn, args, msg):
        if fn(*args):
            self.rec(code, True, msg)
            return
        for i, a in enumerate(args):
            if isinstance(a, V) and a.money and a.v is not None:
                for f in (D(10000), D("0.0001")):
                    trial = list(args)
                    trial[i] = a.scaled(f)
                    if fn(*trial):
                        self.rec("unit_mismatch", False, msg + " (reconciled by rescaling %s by %s)" % (a.raw, f))
                        return
        self.rec(code, False, msg)

    # ---- arithmetic checks -------------------------------------------------------------
    def sum(self, total, parts, code="sum_mismatch", what=""):
        fn = lambda tot, *ps: close(tot, sum((p.v for p in ps), D(0)))
        self._unit_rescue(code, fn, [total] + list(parts),
                          "%s: %s = %s" % (what, total, " + ".join(map(repr, parts))))

    def diff(self, stated, a, b, code="sum_mismatch", what=""):
        fn = lambda st, x, y: close(st, x.v - y.v)
        self._unit_rescue(code, fn, [stated, a, b], "%s: %s = %s - %s" % (what, stated, a, b))

    def rate(self, stated, num, den, k=HUNDRED, code="rate_mismatch", what=""):
        if den.v == 0:
            self.rec("implausible_rate", stated.v is None or stated.v == 0, "%s: rate on a zero base %s" % (what, stated))
            return
        fn = lambda st, n, d: st.v is not None and close(st, n.v / d.v * k)
        self._unit_rescue(code, fn, [stated, num, den], "%s: %s = %s / %s x %s" % (what, stated, num, den, k))

    def prod(self, stated_wan, count, price_yuan, what=""):
        fn = lambda st, c, p: close(st, c.v * p.v / D(10000))
        self._unit_rescue("sum_mismatch", fn, [stated_wan, count, price_yuan],
                          "%s: %s = %s x %s / 10000" % (what, stated_wan, count, price_yuan))

    def eq(self, a, b, code="conflicting_values", what=""):
        if a.unit and b.unit and a.unit != b.unit:
            self.rec("unit_mismatch", False, "%s: %s vs %s (units differ)" % (what, a, b))
            return
        fn = lambda x, y: x.v is not None and y.v is not None and abs(x.v - y.v) <= max(x.tol(), y.tol())
        self._unit_rescue(code, fn, [a, b], "%s: %s == %s" % (what, a, b))

    def le(self, score, weight, what=""):
        ok = score.v is not None and D(0) <= score.v <= weight.v
        self.rec("score_exceeds_weight", ok, "%s: 0 <= %s <= %s" % (what, score, weight))

    def pct(self, rate, what="", hi=HUNDRED):
        ok = rate.v is not None and D(0) <= rate.v <= hi
        self.rec("implausible_rate", ok, "%s: %s within [0, %s]" % (what, rate, hi))

    def zero_base(self, cell, base, what=""):
        """A rate cell over a zero base must be empty, a dash or 0."""
        if base.v == 0:
            raw = cell.strip()
            ok = raw in ("", "—", "-", "－", "/") or (V(raw.rstrip("%")).v == 0)
            self.rec("implausible_rate", ok, "%s: rate cell %r over zero base" % (what, raw))

    def wsum(self, weights, total, what=""):
        ok = sum((w.v for w in weights), D(0)) == total.v
        self.rec("weight_sum_mismatch", ok, "%s: sum of weights %s == %s" % (what, [w.raw for w in weights], total))

    def ssum(self, rows, total, what=""):
        """rows: list of (weight, score). A break fully explained by a score above its weight is
        reported as score_exceeds_weight (by le), not here (most specific explanation)."""
        s = sum((sc.v for w, sc in rows), D(0))
        capped = sum((min(sc.v, w.v) for w, sc in rows), D(0))
        ok = close(total, s) or (s != capped and close(total, capped))
        self.rec("score_sum_mismatch", ok, "%s: sum of scores %s vs %s" % (what, s, total))

    def grade(self, total, label, what=""):
        want = None
        for lo, names in GRADES:
            if total.v >= lo:
                want = names
                break
        self.rec("grade_mismatch", label.strip() in want, "%s: %s -> %s, stated %s" % (what, total, sorted(want), label))

    def avg(self, stated, items, what=""):
        mean = sum((i.v for i in items), D(0)) / D(len(items))
        self.rec("average_mismatch", close(stated, mean), "%s: mean %s vs %s" % (what, mean, stated))

    def unit(self, target, actual, what=""):
        self.rec("unit_mismatch", target.unit == actual.unit, "%s: unit %r vs %r" % (what, target.unit, actual.unit))

    def year(self, ok, what):
        self.rec("year_mismatch", ok, what)

    def compl(self, stated, sign, target, actual, what=""):
        if target.unit != actual.unit:
            return  # reported by unit()
        dr = direction(sign)
        if dr == "lte":
            c = HUNDRED if actual.v <= target.v else target.v / actual.v * HUNDRED
        else:
            c = actual.v / target.v * HUNDRED
        self.rec("completion_mismatch", stated.v is not None and close(stated, c),
                 "%s: completion %s vs computed %s" % (what, stated, c))

    def rule(self, score, weight, sign, target, actual, alts=(), what=""):
        """score_rule_mismatch (warning): rules.md section 5, accepting the printed or the unrounded actual."""
        if target.unit != actual.unit or score.v is None:
            return
        dr = direction(sign)
        cands = []
        for a in [actual.v] + list(alts):
            if dr == "lte":
                c = weight.v if a <= target.v else weight.v * target.v / a
            else:
                if target.v == 0:
                    c = weight.v if a <= 0 else D(0)
                else:
                    c = weight.v * min(D(1), a / target.v)
            cands.append(r2(c))
            cands.append(c)
        ok = any(close(score, c) for c in cands)
        self.rec("score_rule_mismatch", ok, "%s: score %s vs %s" % (what, score, [str(r2(c)) for c in cands]))

    def exec_rule(self, score, weight, spent, budget, stated_rate=None, what=""):
        c = weight.v * min(D(1), spent.v / budget.v)
        cands = [c]
        if stated_rate is not None:
            cands.append(weight.v * min(D(1), stated_rate.v / HUNDRED))
        ok = any(close(score, x) for x in cands)
        self.rec("score_rule_mismatch", ok, "%s: execution score %s vs %s" % (what, score, cands))


# =====================================================================================
# Draft A: gx-rongshui-chanqianshaicha-2019 (MOF 自评表 copied from PDF, single spaces)
# =====================================================================================
def check_A(r):
    Y = 2019
    N = r"([\d,]+(?:\.\d+)?)"
    y_title = int(r.s(r"^(\d{4})年度孕产妇免费产前筛查项目支出绩效自评报告")[0])
    init, aut, cty0 = r.g(r"年初预算" + N + r"万元，其中自治区补助资金" + N + r"万元（2018年12月提前下达）、县级配套资金" + N + r"万元",
                          ["万元"] * 3)
    add, carry, annual = r.g(r"追加配套资金" + N + r"万元，加上(?:\d{4})年结转资金" + N + r"万元，全年预算调整为" + N + r"万元",
                             ["万元"] * 3)
    r.sum(init, [aut, cty0], what="年初 = 自治区 + 县级")
    r.sum(annual, [init, add, carry], what="全年 = 年初 + 追加 + 结转")
    recv_rate = r.g(r"资金全部到位，到位率(\d+(?:\.\d+)?)%")
    r.rate(recv_rate, annual, annual, what="到位率 (全部到位)")
    spent, exec_rate = r.g(r"项目累计支出" + N + r"万元，预算执行率([\d.]+)%", ["万元", "%"])
    r.rate(exec_rate, spent, annual, what="执行率")
    aut_sp, aut_rate = r.g(r"自治区补助资金执行" + N + r"万元，执行率([\d.]+)%", ["万元", "%"])
    r.rate(aut_rate, aut_sp, aut, what="自治区执行率")
    cty, cty_sp, cty_rate = r.g(r"县级配套资金" + N + r"万元（含年中追加）执行" + N + r"万元，执行率([\d.]+)%", ["万元", "万元", "%"])
    r.sum(cty, [cty0, add], what="县级 = 年初县级 + 追加")
    r.rate(cty_rate, cty_sp, cty, what="县级执行率")
    r.sum(spent, [aut_sp, cty_sp, carry], what="支出 = 自治区 + 县级 + 结转(全部用完)")
    bal = r.g(r"年末结余" + N + r"万元", ["万元"])
    r.diff(bal, annual, spent, code="balance_mismatch", what="结余 = 到位 - 支出")
    y_cf = int(r.s(r"已按规定结转(\d{4})年")[0])
    r.year(y_cf > Y, "结转至%d年 (> %d)" % (y_cf, Y))
    y_cut = int(r.s(r"截至(\d{4})年12月31日")[0])
    r.year(y_cut == Y, "截至%d年12月31日" % y_cut)
    r.year(y_title == Y, "title year %d" % y_title)
    it1, it2, it3 = r.g(r"分别支出" + N + r"万元、" + N + r"万元、" + N + r"万元", ["万元"] * 3)
    p1, p2, p3 = r.g(r"补助标准分别为" + N + r"元/例、" + N + r"元/例、" + N + r"元/人次", ["元"] * 3)
    other = r.g(r"随访、质控和宣传支出" + N + r"万元", ["万元"])
    r.sum(spent, [it1, it2, it3, other], what="支出按内容")
    n_ts = r.g(r"全年完成血清学产前筛查" + N + r"人")
    n_nipt = r.g(r"无创DNA检测" + N + r"例，检出高风险")
    n_us = r.g(r"胎儿系统超声筛查" + N + r"人次")
    r.prod(it1, n_ts, p1, what="唐筛费用")
    r.prod(it2, n_nipt, p2, what="无创DNA费用")
    r.prod(it3, n_us, p3, what="超声费用")
    tgt_ts = r.g(r"完成血清学产前筛查不少于" + N + r"人")
    cp = r.g(r"为年度目标的([\d.]+)%")
    r.compl(cp, "≥", V(tgt_ts.raw, "人"), V(n_ts.raw, "人"), what="唐筛完成率")
    hr, hr_rate = r.g(r"唐筛高风险" + N + r"例，高风险率([\d.]+)%")
    t21, t18, ntd = r.g(r"21-三体高风险" + N + r"例、18-三体高风险" + N + r"例、开放性神经管缺陷高风险" + N + r"例")
    r.rate(hr_rate, hr, n_ts, what="高风险率")
    r.sum(hr, [t21, t18, ntd], what="高风险分类")
    fu, fu_rate, lost = r.g(r"已随访" + N + r"例，随访率([\d.]+)%，失访" + N + r"例")
    r.rate(fu_rate, fu, hr, what="随访率")
    r.sum(hr, [fu, lost], what="随访 + 失访")
    moms, scr_rate, last, gain = r.g(r"产妇" + N + r"人，产前血清学筛查率([\d.]+)%，比2018年的([\d.]+)%提高([\d.]+)个百分点")
    r.rate(scr_rate, n_ts, moms, what="筛查率")
    r.diff(gain, scr_rate, last, what="比上年提高")
    live, deaths, mmr = r.g(r"活产" + N + r"人，孕产妇死亡" + N + r"例，孕产妇死亡率([\d.]+)/10万")
    r.rate(mmr, deaths, live, k=D(100000), what="孕产妇死亡率")
    know = r.g(r"出生缺陷防治知识知晓率([\d.]+)%。")
    q, sat_n, sat = r.g(r"回收有效问卷" + N + r"份，满意" + N + r"份，孕产妇满意度([\d.]+)%")
    r.rate(sat, sat_n, q, what="满意度")
    tot_p, grade = r.g(r"本项目2019年度得分([\d.]+)分，评价等级为(\S)。", ["", None])
    r.grade(tot_p, grade, what="等级")
    fb = r.g(r"平均反馈时间为(\d+)个工作日", ["个工作日"])
    # ---- table ----
    y_tab = int(r.s(r"项目支出绩效自评表\n（(\d{4})年度）")[0])
    r.year(y_tab == y_title, "table year %d vs title %d" % (y_tab, y_title))
    C = r"(\S+)"
    T = r.g(r"^年度资金总额 " + " ".join([C] * 6) + "$")
    S1 = r.g(r"^其中：当年财政拨款 " + " ".join([C] * 6) + "$")
    S2 = r.g(r"^上年结转资金 " + " ".join([C] * 6) + "$")
    S3 = r.g(r"^其他资金 " + " ".join([C] * 6) + "$")
    for row in (T, S1, S2, S3):
        for i in range(3):
            row[i].unit, row[i].money = "万元", True
    for i, col in enumerate(("年初", "全年", "执行")):
        r.sum(T[i], [S1[i], S2[i], S3[i]], what="自评表 %s 列" % col)
    for name, row in (("总额", T), ("当年财政拨款", S1), ("上年结转", S2), ("其他资金", S3)):
        cell = row[4].raw
        if row[1].v == 0:
            r.zero_base(cell, row[1], what=name)
        else:
            rv = V(cell.rstrip("%"), "%")
            r.rate(rv, row[2], row[1], what="自评表执行率 " + name)
            r.pct(rv, what="执行率 " + name)
    r.sum(S1[1], [aut, cty], what="当年财政拨款 = 自治区 + 县级")
    r.sum(S1[2], [aut_sp, cty_sp], what="当年财政拨款执行")
    r.eq(T[0], init, what="年初 表/文")
    r.eq(T[1], annual, what="全年 表/文")
    r.eq(T[2], spent, what="执行 表/文")
    r.eq(V(T[4].raw.rstrip("%")), exec_rate, what="执行率 表/文")
    r.eq(S2[1], carry, what="结转 表/文")
    r.exec_rule(T[5], T[3], T[2], T[1], V(T[4].raw.rstrip("%")), what="预算执行得分")
    rows = {}
    specs = [("孕中期血清学产前筛查人数", "ts"), ("无创DNA检测例数", "nipt"), ("高风险孕妇随访率", "fu"),
             ("筛查结果反馈时间", "fb"), ("血清学筛查补助标准", "price"), ("产前血清学筛查率", "scr"),
             ("出生缺陷防治知识知晓率", "know"), ("孕产妇满意度", "sat")]
    for name, key in specs:
        tgt, act, w, sc = r.s(re.escape(name) + r" (\S+) (\S+) (\S+) (\S+)")
        sign, tv = split_val(tgt)
        _, av = split_val(act)
        if av is None:
            av = V(act, "?")
        rows[key] = (sign, tv, av, V(w), V(sc))
    wt, tt = r.g(r"^总分 (\S+) (\S+)$")
    r.wsum([T[3]] + [rows[k][3] for k in rows], wt, what="分值合计")
    r.rec("weight_sum_mismatch", wt.v == HUNDRED, "总分 %s == 100" % wt)
    r.le(T[5], T[3], what="预算执行")
    for k, (sign, tv, av, w, sc) in rows.items():
        r.le(sc, w, what=k)
        r.unit(tv, av, what=k)
        if av.unit == "%":
            r.pct(av, what=k)
    r.ssum([(T[3], T[5])] + [(rows[k][3], rows[k][4]) for k in rows], tt, what="得分合计")
    r.eq(tt, tot_p, what="总分 表/文")
    alts = {"scr": [n_ts.v / moms.v * HUNDRED], "fu": [fu.v / hr.v * HUNDRED], "sat": [sat_n.v / q.v * HUNDRED]}
    for k, (sign, tv, av, w, sc) in rows.items():
        r.rule(sc, w, sign, tv, av, alts.get(k, ()), what=k)
    r.eq(rows["ts"][2], V(n_ts.raw, "人"), what="唐筛人数 表/文")
    r.eq(rows["nipt"][2], V(n_nipt.raw, "例"), what="无创DNA 表/文")
    r.eq(rows["fu"][2], V(fu_rate.raw, "%"), what="随访率 表/文")
    r.eq(rows["fb"][2], fb, what="反馈时间 表/文")
    r.eq(rows["price"][2], V(p1.raw, "元/例"), what="补助标准 表/文")
    r.eq(rows["scr"][2], V(scr_rate.raw, "%"), what="筛查率 表/文")
    r.eq(rows["know"][2], V(know.raw, "%"), what="知晓率 表/文")
    r.eq(rows["sat"][2], V(sat.raw, "%"), what="满意度 表/文")


# =====================================================================================
# Draft B: sx-fanzhi-muyinganquan-2021 (Shanxi, seed-003 style, one cell per line)
# =====================================================================================
def cells_after(r, label, code, n):
    pat = r"\t" + re.escape(label) + r"\n\t" + re.escape(code) + r"\n" + r"\t([^\n]*)\n" * n
    return list(r.s(pat))


def check_B(r):
    N = r"([\d,]+(?:\.\d+)?)"
    y_title = int(r.s(r"^(\d{4})年度母婴安全保障项目绩效自评报告")[0])
    Y = y_title
    rows = {}
    for label, code in (("年初预算资金", "(1)"), ("全年预算资金", "(2)"), ("实际到位资金", "(3)"),
                        ("全年执行资金", "(4)"), ("资金结余", "(5)=(3)-(4)"), ("预算到位率", "(6)=(3)/(2)"),
                        ("预算执行率(%)", "(7)=(4)/(2)")):
        raw = cells_after(r, label, code, 8)
        money = code in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)")
        rows[code[:3]] = [V(c if c.strip() else "0", "万元" if money else "%", money) for c in raw]
    cols = ["总额", "小计", "中央", "省级", "市级", "县区", "结转", "其他"]
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        row = rows[k]
        r.sum(row[1], row[2:6], what="%s 小计" % k)
        r.sum(row[0], [row[1], row[6], row[7]], what="%s 总额" % k)
    for i, c in enumerate(cols):
        r.diff(rows["(5)"][i], rows["(3)"][i], rows["(4)"][i], code="balance_mismatch", what="结余 " + c)
        for k, num in (("(6)", "(3)"), ("(7)", "(4)")):
            st = rows[k][i]
            if rows["(2)"][i].v == 0:
                r.zero_base(st.raw, rows["(2)"][i], what=k + c)
            else:
                r.rate(st, rows[num][i], rows["(2)"][i], what=k + c)
                r.pct(st, what=k + c)
    init, add, carry, annual, recv, spent, rate, bal = r.g(
        r"年初预算" + N + r"万元，年中省级追加" + N + r"万元，加上(?:\d{4})年结转资金" + N + r"万元，全年预算资金" + N +
        r"万元，实际到位" + N + r"万元，全年执行" + N + r"万元，预算执行率([\d.]+)%，年末结余" + N + r"万元",
        ["万元"] * 6 + ["%", "万元"])
    r.sum(annual, [init, add, carry], what="全年 = 年初 + 追加 + 结转")
    r.sum(rows["(2)"][3], [rows["(1)"][3], add], what="省级 全年 = 年初 + 追加")
    r.rate(rate, spent, annual, what="执行率 文")
    r.diff(bal, recv, spent, code="balance_mismatch", what="结余 文")
    for st, cell, w in ((init, rows["(1)"][0], "年初"), (annual, rows["(2)"][0], "全年"), (recv, rows["(3)"][0], "到位"),
                        (spent, rows["(4)"][0], "执行"), (bal, rows["(5)"][0], "结余"), (carry, rows["(2)"][6], "结转")):
        r.eq(st, cell, what=w + " 文/表")
    r.eq(rate, rows["(7)"][0], what="执行率 文/表")
    cty_bal = r.g(r"县级配套资金结余" + N + r"万元，主要是", ["万元"])
    r.eq(cty_bal, rows["(5)"][5], what="县级结余 文/表")
    y_c = int(r.s(r"加上(\d{4})年结转资金")[0])
    r.year(y_c < Y, "上年结转 %d < %d" % (y_c, Y))
    moms, hi, hi_rate, case, case_rate = r.g(r"产妇" + N + r"人，筛查出高危孕产妇" + N + r"人，高危比例([\d.]+)%；纳入专案管理" + N +
                                             r"人，专案管理率([\d.]+)%")
    r.rate(hi_rate, hi, moms, what="高危比例")
    r.rate(case_rate, case, hi, what="专案管理率")
    crit, save = r.g(r"危重孕产妇" + N + r"例，全部救治成功，救治成功率([\d.]+)%")
    r.rate(save, crit, crit, what="救治成功率 (全部)")
    resp = r.g(r"转诊平均响应时间(\d+)分钟", ["分钟"])
    live, death, mmr = r.g(r"全县活产" + N + r"人，孕产妇死亡" + N + r"例，孕产妇死亡率([\d.]+)/10万")
    r.rate(mmr, death, live, k=D(100000), what="孕产妇死亡率")
    live0, death0, mmr0 = r.g(r"2020年全县活产" + N + r"人，孕产妇死亡" + N + r"例，死亡率([\d.]+)/10万")
    r.rate(mmr0, death0, live0, k=D(100000), what="上年孕产妇死亡率")
    inf, imr = r.g(r"婴儿死亡" + N + r"例，婴儿死亡率([\d.]+)‰")
    r.rate(imr, inf, live, k=D(1000), what="婴儿死亡率")
    sysm, sys_rate = r.g(r"孕产妇系统管理" + N + r"人，系统管理率([\d.]+)%")
    r.rate(sys_rate, sysm, moms, what="系统管理率")
    q, sat_n, sat = r.g(r"满意度问卷" + N + r"份，满意" + N + r"份，满意度([\d.]+)%")
    r.rate(sat, sat_n, q, what="满意度")
    tot, grade = r.g(r"总得分([\d.]+)分，属于\"(\S+?)\"", ["", None])
    r.grade(tot, grade, what="等级")
    # ---- 附件1 ----
    y_tab = int(r.s(r"附件1\.项目支出绩效自评表\n（(\d{4})年度）")[0])
    r.year(y_tab == y_title, "附件1 year %d vs title %d" % (y_tab, y_title))
    names = ["预算执行率", "高危孕产妇专案管理人数", "高危孕产妇专案管理率", "危重孕产妇救治成功率", "危重孕产妇转诊响应时间",
             "项目支出控制数", "孕产妇死亡率", "婴儿死亡率", "孕产妇系统管理率", "孕产妇满意度"]
    ind = {}
    for nm in names:
        w, tgt, act, cp, sc = r.s(r"\t" + re.escape(nm) + r"\n" + r"\t([^\n]*)\n" * 5)
        sign, tv = split_val(tgt)
        _, av = split_val(act)
        if av is None:
            av = V(act, "?")
        ind[nm] = (sign, tv, av, V(cp.rstrip("%"), "%"), V(w), V(sc))
    r.wsum([ind[n][4] for n in names], V("100"), what="权重合计")
    for nm, (sign, tv, av, cp, w, sc) in ind.items():
        r.le(sc, w, what=nm)
        r.unit(tv, av, what=nm)
        r.compl(cp, sign, tv, av, what=nm)
        if av.unit == "%":
            r.pct(av, what=nm)
    r.ssum([(ind[n][4], ind[n][5]) for n in names], tot, what="总得分")
    alts = {"高危孕产妇专案管理率": [case.v / hi.v * HUNDRED], "孕产妇系统管理率": [sysm.v / moms.v * HUNDRED],
            "孕产妇满意度": [sat_n.v / q.v * HUNDRED], "婴儿死亡率": [inf.v / live.v * 1000]}
    for nm, (sign, tv, av, cp, w, sc) in ind.items():
        if nm == "预算执行率":
            r.exec_rule(sc, w, rows["(4)"][0], rows["(2)"][0], av, what=nm)
        else:
            r.rule(sc, w, sign, tv, av, alts.get(nm, ()), what=nm)
    r.eq(ind["预算执行率"][2], V(rate.raw, "%"), what="执行率 附件1/文")
    r.eq(ind["高危孕产妇专案管理人数"][2], V(case.raw, "人"), what="专案人数")
    r.eq(ind["高危孕产妇专案管理率"][2], V(case_rate.raw, "%"), what="专案管理率")
    r.eq(ind["危重孕产妇救治成功率"][2], V(save.raw, "%"), what="救治成功率")
    r.eq(ind["危重孕产妇转诊响应时间"][2], resp, what="响应时间")
    r.eq(ind["项目支出控制数"][2], V(spent.raw, "万元"), what="支出控制数")
    r.eq(ind["孕产妇死亡率"][2], V(mmr.raw, "/10万"), what="孕产妇死亡率")
    r.eq(ind["婴儿死亡率"][2], V(imr.raw, "‰"), what="婴儿死亡率")
    r.eq(ind["孕产妇系统管理率"][2], V(sys_rate.raw, "%"), what="系统管理率")
    r.eq(ind["孕产妇满意度"][2], V(sat.raw, "%"), what="满意度")
    note = r.g(r"县级配套资金年末结余" + N + r"万元\n", ["万元"])
    r.eq(note, rows["(5)"][5], what="偏差说明 结余")


# =====================================================================================
# Draft C: sc-nanjiang-wuchuangdna-2024 (Sichuan, seeds 000/001 outline + 510000_0013zp table)
# =====================================================================================
def check_C(r):
    N = r"([\d,]+(?:\.\d+)?)"
    y_title = int(r.s(r"^(\d{4})年度南江县妇幼保健院项目支出")[0])
    Y = y_title
    decl = r.g(r"申报(?:\d{4})年项目预算" + N + r"万元", ["万元"])
    app, appr = r.g(r"申报项目资金" + N + r"万元，财政批复" + N + r"万元", ["万元"] * 2)
    add, annual = r.g(r"追加县级资金" + N + r"万元，全年预算调整为" + N + r"万元", ["万元"] * 2)
    r.eq(decl, app, what="申报 两处")
    r.sum(annual, [appr, add], what="全年 = 批复 + 追加")
    annual2, prov, cty = r.g(r"全年预算" + N + r"万元，其中省级补助资金" + N + r"万元、县级资金" + N + r"万元", ["万元"] * 3)
    r.eq(annual2, annual, what="全年预算 两处")
    r.sum(annual2, [prov, cty], what="全年 = 省级 + 县级")
    recv, recv_rate = r.g(r"全年到位" + N + r"万元，到位率([\d.]+)%", ["万元", "%"])
    r.rate(recv_rate, recv, annual, what="到位率")
    spent, rate = r.g(r"全年支出" + N + r"万元，执行率([\d.]+)%", ["万元", "%"])
    r.rate(rate, spent, annual, what="执行率")
    fee, misc = r.g(r"支付无创产前基因检测费用" + N + r"万元，高风险孕妇随访、宣传资料印制等支出" + N + r"万元", ["万元"] * 2)
    r.sum(spent, [fee, misc], what="支出构成")
    bal = r.g(r"年末结余" + N + r"万元", ["万元"])
    r.diff(bal, recv, spent, code="balance_mismatch", what="结余")
    y_cf = int(r.s(r"结转(\d{4})年继续使用")[0])
    r.year(y_cf > Y, "结转至%d年" % y_cf)
    y_dl = int(r.s(r"省级补助资金于(\d{4})年3月下达")[0])
    r.year(y_dl == Y, "下达年份 %d" % y_dl)
    tgt_n = r.g(r"检测人数不少于" + N + r"人", ["人"])
    tgt_cov = r.g(r"检测覆盖率达到(\d+)%", ["%"])
    reg, n, cp, cov = r.g(r"建档孕妇" + N + r"人，完成无创产前基因检测" + N + r"人，检测人数完成年度目标的([\d.]+)%，检测覆盖率([\d.]+)%")
    r.compl(cp, "≥", tgt_n, V(n.raw, "人"), what="检测人数完成率")
    r.rate(cov, n, reg, what="覆盖率")
    hr, hr_rate = r.g(r"检出高风险" + N + r"例，高风险率([\d.]+)%")
    r.rate(hr_rate, hr, n, what="高风险率")
    a, b, c = r.g(r"高风险分别为" + N + r"例、" + N + r"例、" + N + r"例")
    r.sum(hr, [a, b, c], what="高风险分类")
    pd, pd_rate = r.g(r"接受介入性产前诊断" + N + r"例，产前诊断率([\d.]+)%")
    r.rate(pd_rate, pd, hr, what="产前诊断率")
    conf, ppv = r.g(r"确诊" + N + r"例，阳性预测值([\d.]+)%")
    r.rate(ppv, conf, pd, what="阳性预测值")
    days = r.g(r"检测报告平均出具时间(\d+)个工作日", ["个工作日"])
    fee2, price = r.g(r"检测费用" + N + r"万元，全部按" + N + r"元/例结算", ["万元", "元/例"])
    r.eq(fee2, fee, what="检测费用 两处")
    r.prod(fee2, n, price, what="检测费用 = 人数 x 单价")
    price0 = r.g(r"按每例" + N + r"元的补助标准", ["元/例"])
    r.eq(price0, price, what="补助标准 两处")
    n0, inc = r.g(r"2023年我县检测" + N + r"人，2024年增加" + N + r"人")
    r.diff(inc, n, n0, what="比上年增加")
    know = r.g(r"出生缺陷防治知识知晓率达到([\d.]+)%", ["%"])
    r.pct(know, what="知晓率")
    sat = r.g(r"满意度([\d.]+)%", ["%"])
    r.pct(sat, what="满意度")
    gap, tgt_cov2 = r.g(r"但仍差([\d.]+)个百分点未达到(\d+)%的目标")
    r.diff(gap, tgt_cov2, cov, what="差距百分点")
    tot_p, grade = r.g(r"项目得分([\d.]+)分，评价等级为(\S+?)。", ["", None])
    r.grade(tot_p, grade, what="等级")
    # ---- table ----
    y_tab = int(r.s(r"附：(\d{4})年度项目支出绩效自评表")[0])
    r.year(y_tab == Y, "自评表年度 %d" % y_tab)
    C6 = r"\t(\S+)" * 6
    T = r.g(r"^年度资金总额" + C6 + "$")
    F = r.g(r"^其中：财政资金" + C6 + "$")
    Z = [r.g(r"^" + nm + C6 + "$") for nm in ("财政专户管理资金", "单位资金", "其他资金")]
    for row in [T, F] + Z:
        for i in range(3):
            row[i].unit, row[i].money = "万元", True
    for i, col in enumerate(("年初", "全年", "执行")):
        r.sum(T[i], [F[i]] + [z[i] for z in Z], what="自评表 %s 列" % col)
    for nm, row in [("总额", T), ("财政资金", F)] + list(zip(("专户", "单位", "其他"), Z)):
        if row[1].v == 0:
            r.zero_base(row[4].raw, row[1], what=nm)
        else:
            rv = V(row[4].raw.rstrip("%"), "%")
            r.rate(rv, row[2], row[1], what="自评表执行率 " + nm)
            r.pct(rv, what=nm)
    r.eq(T[0], appr, what="年初 表/文")
    r.eq(T[1], annual, what="全年 表/文")
    r.eq(T[2], spent, what="执行 表/文")
    r.eq(V(T[4].raw.rstrip("%"), "%"), rate, what="执行率 表/文")
    r.exec_rule(T[5], T[3], T[2], T[1], V(T[4].raw.rstrip("%")), what="预算执行得分")
    ind = {}
    for nm in ("无创产前基因检测人数", "高风险孕妇随访率", "检测报告出具时间", "每例检测补助标准",
               "孕妇无创产前基因检测覆盖率", "出生缺陷防治知识知晓率"):
        sign, tv, unit, av, w, sc = r.s(re.escape(nm) + r"\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t(\S+)")
        ind[nm] = (sign, V(tv, unit), V(av, unit), V(w), V(sc))
    wt, tt = r.g(r"^总分\t(\S+)\t(\S+)$")
    r.wsum([T[3]] + [x[3] for x in ind.values()], wt, what="分值合计")
    r.rec("weight_sum_mismatch", wt.v == HUNDRED, "总分 %s == 100" % wt)
    r.le(T[5], T[3], what="预算执行")
    for nm, (sign, tv, av, w, sc) in ind.items():
        r.le(sc, w, what=nm)
        if tv.unit == "%":
            r.pct(av, what=nm)
    r.ssum([(T[3], T[5])] + [(x[3], x[4]) for x in ind.values()], tt, what="总分")
    r.eq(tt, tot_p, what="总分 表/文")
    alts = {"孕妇无创产前基因检测覆盖率": [n.v / reg.v * HUNDRED]}
    for nm, (sign, tv, av, w, sc) in ind.items():
        r.rule(sc, w, sign, tv, av, alts.get(nm, ()), what=nm)
    r.eq(ind["无创产前基因检测人数"][2], V(n.raw, "人"), what="检测人数 表/文")
    r.eq(ind["无创产前基因检测人数"][1], tgt_n, what="检测人数目标 表/文")
    r.eq(ind["检测报告出具时间"][2], days, what="出具时间 表/文")
    r.eq(ind["每例检测补助标准"][2], price, what="补助标准 表/文")
    r.eq(ind["孕妇无创产前基因检测覆盖率"][2], V(cov.raw, "%"), what="覆盖率 表/文")
    r.eq(ind["孕妇无创产前基因检测覆盖率"][1], tgt_cov, what="覆盖率目标 表/文")
    r.eq(ind["出生缺陷防治知识知晓率"][2], know, what="知晓率 表/文")


# =====================================================================================
# Draft D: hn-cili-fuyoubumen-2022 (Hunan, 部门整体, income by source)
# =====================================================================================
def check_D(r):
    N = r"([\d,]+(?:\.\d+)?)"
    y_title = int(r.s(r"^(\d{4})年度部门整体支出绩效自评报告")[0])
    Y = y_title
    y_tab = int(r.s(r"^(?:\[bookmark: _GoBack\])?(\d{4})年度收支情况如下表")[0])
    r.year(y_tab == Y, "收支表年度 %d" % y_tab)
    inc = {}
    for nm in ("本年收入合计", "财政拨款收入", "事业收入", "其他收入"):
        amt, sh = r.g(r"^" + nm + r"\|" + N + r"\|([\d.]+)%$", ["万元", "%"])
        inc[nm] = (amt, sh)
    r.sum(inc["本年收入合计"][0], [inc[k][0] for k in ("财政拨款收入", "事业收入", "其他收入")], what="收入合计")
    for k in ("财政拨款收入", "事业收入", "其他收入"):
        r.rate(inc[k][1], inc[k][0], inc["本年收入合计"][0], what="占比 " + k)
    exp_t = r.g(r"^本年支出合计\|" + N + r"\|$", ["万元"])
    basic = r.g(r"^基本支出\|" + N + r"\|$", ["万元"])
    proj = r.g(r"^项目支出\|" + N + r"\|$", ["万元"])
    r.sum(exp_t, [basic, proj], what="支出合计")
    init, add = r.g(r"年初预算" + N + r"万元，年中追加" + N + r"万元", ["万元"] * 2)
    r.sum(inc["财政拨款收入"][0], [init, add], what="财政拨款 = 年初 + 追加")
    staff, oth = r.g(r"人员经费" + N + r"万元，主要用于工资福利和社会保障缴费；公用经费" + N + r"万元", ["万元"] * 2)
    r.sum(basic, [staff, oth], what="基本支出 = 人员 + 公用")
    tb, ts = r.g(r"专项项目4个，预算合计" + N + r"万元，支出" + N + r"万元", ["万元"] * 2)
    projs = r.m(r"项目预算" + N + r"万元，支出" + N + r"万元，执行率([\d.]+)%", n=4)
    bs, ss = [], []
    for mt in projs:
        b, s, rt = V(mt.group(1), "万元"), V(mt.group(2), "万元"), V(mt.group(3), "%")
        r.rate(rt, s, b, what="项目执行率")
        r.pct(rt, what="项目执行率")
        bs.append(b)
        ss.append(s)
    r.sum(tb, bs, what="项目预算合计")
    r.sum(ts, ss, what="项目支出合计")
    rest = r.g(r"其余" + N + r"万元为单位自有资金", ["万元"])
    r.sum(proj, [ts, rest], what="项目支出 = 财政专项 + 自有资金")
    sg, car, rec_ = r.g(r"“三公”经费支出" + N + r"万元，其中公务用车运行维护费" + N + r"万元、公务接待费" + N + r"万元", ["万元"] * 3)
    r.sum(sg, [car, rec_], what="三公经费")
    sg0, dec = r.g(r"比2021年的" + N + r"万元减少" + N + r"万元", ["万元"] * 2)
    r.diff(dec, sg0, sg, what="三公比上年减少")
    fsp, frate, fcf = r.g(r"财政拨款支出" + N + r"万元，财政拨款预算执行率([\d.]+)%，年末财政拨款结转" + N + r"万元", ["万元", "%", "万元"])
    r.rate(frate, fsp, inc["财政拨款收入"][0], what="财政拨款执行率")
    r.diff(fcf, inc["财政拨款收入"][0], fsp, code="balance_mismatch", what="财政拨款结转")
    y_cf = int(r.s(r"已结转(\d{4})年继续使用")[0])
    r.year(y_cf > Y, "结转至%d年" % y_cf)
    live, d, mmr = r.g(r"活产" + N + r"人，孕产妇死亡" + N + r"例，孕产妇死亡率([\d.]+)/10万")
    r.rate(mmr, d, live, k=D(100000), what="孕产妇死亡率")
    inf, imr = r.g(r"婴儿死亡" + N + r"例，婴儿死亡率([\d.]+)‰")
    r.rate(imr, inf, live, k=D(1000), what="婴儿死亡率")
    moms, scr, s1, s2, scr_rate = r.g(r"产妇" + N + r"人，接受产前筛查" + N + r"人，其中血清学筛查" + N + r"人、直接行无创DNA检测" + N +
                                      r"人，产前筛查率([\d.]+)%")
    r.sum(scr, [s1, s2], what="产前筛查构成")
    r.rate(scr_rate, scr, moms, what="产前筛查率")
    use2 = r.g(r"产前筛查项目全年使用资金" + N + r"万元", ["万元"])
    r.eq(use2, ss[0], what="产前筛查项目支出 两处")
    sat = r.g(r"满意度([\d.]+)%，群众反映", ["%"])
    r.pct(sat, what="满意度")
    sc4 = r.g(r"自评得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分")
    avg = r.g(r"，平均([\d.]+)分。")
    r.avg(avg, sc4, what="4个项目平均分")
    for x in sc4:
        r.le(x, V("100"), what="项目得分")
    tgt_scr = r.g(r"产前筛查率达到(\d+)%，财政拨款", ["%"])
    tot_p = r.g(r"部门整体支出绩效得分([\d.]+)分")
    ded = r.g(r"因年末存在结转扣([\d.]+)分")
    # ---- score table ----
    rows = r.m(r"^(投入|过程|产出|效益)\|([^|\n]+)\|([^|\n]+)\|([^|\n]+)\|([^|\n]+)$", n=13)
    tab = {mt.group(3): (V(mt.group(4)), V(mt.group(5))) for mt in rows}
    wt, tt, grade = r.g(r"^合计\|\|(\S+?)\|(\S+?)\|(\S+)$", ["", "", None])
    r.wsum([w for w, s in tab.values()], wt, what="分值合计")
    r.rec("weight_sum_mismatch", wt.v == HUNDRED, "合计分值 %s == 100" % wt)
    for nm, (w, s) in tab.items():
        r.le(s, w, what=nm)
    r.ssum(list(tab.values()), tt, what="得分合计")
    r.eq(tt, tot_p, what="得分 表/文")
    r.grade(tt, grade, what="等级")
    w, s = tab["财政拨款预算执行率"]
    r.exec_rule(s, w, fsp, inc["财政拨款收入"][0], frate, what="执行率得分")
    w, s = tab["产前筛查率"]
    r.rule(s, w, "≥", tgt_scr, V(scr_rate.raw, "%"), [scr.v / moms.v * HUNDRED], what="产前筛查率得分")
    w, s = tab["结转结余控制"]
    r.rec("score_rule_mismatch", close(s, w.v - ded.v), "结转结余控制 %s = %s - %s" % (s, w, ded))
    y_date = int(r.s(r"\n\s+(\d{4})年\d+月\d+日\n")[0])
    r.year(y_date >= Y, "报告日期 %d" % y_date)


# =====================================================================================
# Draft E: hb-jianshi-chanqianshaicha-2020 (Hubei 20 + 80 goal blocks, copied from a web page)
# =====================================================================================
def check_E(r):
    N = r"([\d,]+(?:\.\d+)?)"
    y_title = int(r.s(r"^建始县妇幼保健院(\d{4})年度孕产妇免费产前筛查项目支出绩效自评报告$")[0])
    Y = y_title
    y_pub = int(r.s(r"发布时间：(\d{4})-")[0])
    r.year(y_pub >= Y, "发布年份 %d" % y_pub)
    bud, prov, cty = r.g(r"项目预算" + N + r"万元，其中省级补助" + N + r"万元、县级配套" + N + r"万元", ["万元"] * 3)
    r.sum(bud, [prov, cty], what="预算 = 省级 + 县级")
    y_prov = int(r.s(r"省级资金于(\d{4})年1月全额到位")[0])
    r.year(y_prov == Y, "省级到位年份")
    cty_r, recv, recv_rate, miss = r.g(r"县级配套资金到位" + N + r"万元，全年实际到位" + N + r"万元，到位率([\d.]+)%，尚有" + N + r"万元",
                                       ["万元", "万元", "%", "万元"])
    r.sum(recv, [prov, cty_r], what="到位 = 省级 + 县级到位")
    r.rate(recv_rate, recv, bud, what="到位率")
    r.diff(miss, cty, cty_r, what="未到位")
    y_cut = int(r.s(r"截至(\d{4})年12月31日")[0])
    r.year(y_cut == Y, "截至年份")
    spent, rate = r.g(r"项目支出" + N + r"万元，预算执行率([\d.]+)%", ["万元", "%"])
    r.rate(rate, spent, bud, what="执行率")
    psp, prt = r.g(r"省级资金执行" + N + r"万元，执行率([\d.]+)%", ["万元", "%"])
    r.rate(prt, psp, prov, what="省级执行率")
    csp, crt = r.g(r"县级配套资金执行" + N + r"万元，占到位资金的([\d.]+)%", ["万元", "%"])
    r.rate(crt, csp, cty_r, what="县级 占到位")
    r.sum(spent, [psp, csp], what="支出 = 省级 + 县级")
    n1, n2, pr1, pr2, f1, f2, f3 = r.g(r"全年结算唐筛" + N + r"例、超声筛查" + N + r"例，按" + N + r"元/例和" + N +
                                       r"元/例与承检单位结算，分别支出" + N + r"万元、" + N + r"万元；宣传资料印制" + N + r"万元",
                                       ["例", "例", "元/例", "元/例", "万元", "万元", "万元"])
    r.prod(f1, n1, pr1, what="唐筛费用")
    r.prod(f2, n2, pr2, what="超声费用")
    r.sum(spent, [f1, f2, f3], what="支出构成")
    bal = r.g(r"结余" + N + r"万元，已结转", ["万元"])
    r.diff(bal, recv, spent, code="balance_mismatch", what="结余 = 到位 - 支出")
    y_cf = int(r.s(r"已结转(\d{4})年继续")[0])
    r.year(y_cf > Y, "结转至%d年" % y_cf)
    n1b = r.g(r"全年完成唐筛" + N + r"例", ["例"])
    r.eq(n1b, n1, what="唐筛例数 两处")
    a, b, c, avg = r.g(r"分别完成" + N + r"例、" + N + r"例、" + N + r"例，平均每个筛查点([\d.]+)例")
    r.sum(V(n1b.raw), [a, b, c], what="三个筛查点")
    r.avg(avg, [a, b, c], what="筛查点平均")
    n2b = r.g(r"完成超声筛查" + N + r"例", ["例"])
    r.eq(n2b, n2, what="超声例数 两处")
    hr, fu, fr, rest = r.g(r"唐筛高风险" + N + r"例，已随访" + N + r"例，随访率([\d.]+)%，其余" + N + r"例")
    r.rate(fr, fu, hr, what="随访率")
    r.sum(hr, [fu, rest], what="随访 + 其余")
    moms, scr = r.g(r"产妇" + N + r"人，产前筛查率([\d.]+)%")
    r.rate(scr, n1, moms, what="产前筛查率")
    live, mmr = r.g(r"活产" + N + r"人，未发生孕产妇死亡，孕产妇死亡率(\d+)/10万")
    r.rate(mmr, V("0"), live, k=D(100000), what="孕产妇死亡率")
    q, sn, sat = r.g(r"调查问卷" + N + r"份，满意" + N + r"份，满意度([\d.]+)%")
    r.rate(sat, sn, q, what="满意度")
    fill = r.g(r"补足" + N + r"万元配套资金", ["万元"])
    r.eq(fill, miss, what="待补足配套")
    grade = r.s(r"本项目评价等级为(\S+?)，")[0]
    # ---- table ----
    y_tab = int(r.s(r"^建始县(\d{4})年度项目支出绩效自评表$")[0])
    r.year(y_tab == Y, "自评表年度")
    ew, tb, ts, tr, es = r.g(r"预算执行情况（(\d+)分）\t全年预算数（万元）\t" + N + r"\t全年执行数（万元）\t" + N + r"\t执行率\t([\d.]+)%\t得分\t([\d.]+)",
                             ["", "万元", "万元", "%", ""])
    r.rate(tr, ts, tb, what="自评表执行率")
    r.pct(tr, what="自评表执行率")
    r.eq(tb, bud, what="预算 表/文")
    r.eq(ts, spent, what="执行 表/文")
    r.eq(tr, rate, what="执行率 表/文")
    r.le(es, ew, what="预算执行")
    r.exec_rule(es, ew, ts, tb, tr, what="预算执行得分")
    blocks = {}
    for mt in r.m(r"^目标(\d)：[^（\n]+（(\d+)分）\t", n=3):
        blocks[mt.group(1)] = V(mt.group(2))
    names = [("1", "血清学产前筛查例数"), ("1", "产前超声筛查例数"), ("1", "高风险孕妇随访率"), ("2", "孕产妇死亡率"),
             ("2", "产前筛查率"), ("3", "孕产妇满意度"), ("3", "宣传覆盖乡镇数")]
    ind = {}
    for blk, nm in names:
        w, tgt, act, cp, sc = r.s(r"\t" + re.escape(nm) + r"\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t(\S+)$")
        sign, tv = split_val(tgt)
        _, av = split_val(act)
        if av is None:
            av = V(act, "?")
        ind[nm] = (blk, sign, tv, av, V(cp.rstrip("%"), "%"), V(w), V(sc))
    for blk, bw in blocks.items():
        r.wsum([x[5] for x in ind.values() if x[0] == blk], bw, what="目标%s 分值" % blk)
    wt, tt = r.g(r"^合计\t\t(\d+)\t+([\d.]+)$")
    r.wsum([ew] + list(blocks.values()), wt, what="20 + 目标块")
    r.rec("weight_sum_mismatch", wt.v == HUNDRED, "合计分值 %s == 100" % wt)
    for nm, (blk, sign, tv, av, cp, w, sc) in ind.items():
        r.le(sc, w, what=nm)
        r.unit(tv, av, what=nm)
        r.compl(cp, sign, tv, av, what=nm)
        if av.unit == "%":
            r.pct(av, what=nm)
    r.ssum([(ew, es)] + [(x[5], x[6]) for x in ind.values()], tt, what="合计得分")
    r.grade(tt, grade, what="等级")
    alts = {"高风险孕妇随访率": [fu.v / hr.v * HUNDRED], "产前筛查率": [n1.v / moms.v * HUNDRED],
            "孕产妇满意度": [sn.v / q.v * HUNDRED]}
    for nm, (blk, sign, tv, av, cp, w, sc) in ind.items():
        r.rule(sc, w, sign, tv, av, alts.get(nm, ()), what=nm)
    r.eq(ind["血清学产前筛查例数"][3], n1, what="唐筛 表/文")
    r.eq(ind["产前超声筛查例数"][3], n2, what="超声 表/文")
    r.eq(ind["高风险孕妇随访率"][3], V(fr.raw, "%"), what="随访率 表/文")
    r.eq(ind["孕产妇死亡率"][3], V(mmr.raw, "/10万"), what="孕产妇死亡率 表/文")
    r.eq(ind["产前筛查率"][3], V(scr.raw, "%"), what="筛查率 表/文")
    r.eq(ind["孕产妇满意度"][3], V(sat.raw, "%"), what="满意度 表/文")


CHECKS = {
    "gx-rongshui-chanqianshaicha-2019": check_A,
    "sx-fanzhi-muyinganquan-2021": check_B,
    "sc-nanjiang-wuchuangdna-2024": check_C,
    "hn-cili-fuyoubumen-2022": check_D,
    "hb-jianshi-chanqianshaicha-2020": check_E,
}


def run_checks(src, text):
    r = R(text)
    try:
        CHECKS[src](r)
    except LocatorError as e:
        r.rec("locator_failed", False, str(e))
    return r.res


def numeric_token(text, a, b):
    """Widen [a, b) to the whole number token(s) around the changed region."""
    pat = re.compile(r"[\d,.]")
    while a > 0 and pat.match(text[a - 1]):
        a -= 1
    while b < len(text) and pat.match(text[b]):
        b += 1
    return text[a:b].strip(",.")


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    edits = {}
    ep = os.path.join(HERE, "edits.json")
    if os.path.exists(ep):
        edits = {e["case"]: e for e in json.load(open(ep, encoding="utf-8"))}
    counts = {c: 0 for c in CODES}
    n_checks = 0
    for lab in labels:
        case, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        res = run_checks(src, text)
        n_checks += len(res)
        fails = {c for c, ok, m in res if not ok}
        err_fails = fails - WARN
        if lab["clean"]:
            if lab["expected"] or text != clean:
                problems.append("%s: clean case with labels or differing text" % case)
            for c, ok, m in res:
                if not ok:
                    problems.append("%s: clean draft fails %s: %s" % (case, c, m))
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append("%s: length %d outside 2800-3400" % (case, n))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one label" % case)
            continue
        e = lab["expected"][0]
        code, value = e["code"], e["value"]
        if code not in CODES:
            problems.append("%s: unknown code %s" % (case, code))
        else:
            counts[code] += 1
        if e.get("severity") != "error":
            problems.append("%s: severity must be error" % case)
        k = text.count(value)
        if k != 1:
            problems.append("%s: label value %r occurs %d times" % (case, value, k))
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        da, db = p, len(text) - s
        ca, cb = p, len(clean) - s
        if text == clean:
            problems.append("%s: identical to clean draft" % case)
        vs = text.find(value)
        ve = vs + len(value)
        if not (vs < max(db, da + 1) and da < ve):
            problems.append("%s: changed region [%d,%d) does not overlap value [%d,%d)" % (case, da, db, vs, ve))
        # the changed figure occurs once in the clean draft (twice or more for conflicting_values)
        old_tok = numeric_token(clean, ca, cb)
        if re.fullmatch(r"\d[\d,]*(\.\d+)?", old_tok or "") and ("." in old_tok or len(old_tok.replace(",", "")) >= 3):
            occ = len(re.findall(r"(?<![\d.,])" + re.escape(old_tok) + r"(?![\d]|\.\d)", clean))
            ed = edits.get(case, {})
            if code == "conflicting_values":
                if occ < 2:
                    problems.append("%s: conflicting_values but old figure %s occurs %d time(s)" % (case, old_tok, occ))
            elif occ != 1 and not ed.get("shared_ok"):
                problems.append("%s: changed figure %s occurs %d times in the clean draft" % (case, old_tok, occ))
        if code not in fails:
            problems.append("%s: labelled code %s does not fail; failing: %s" % (case, code, sorted(fails)))
        extra = err_fails - {code}
        if extra:
            msgs = [m for c, ok, m in res if not ok and c in extra]
            problems.append("%s: other error codes fail: %s %s" % (case, sorted(extra), msgs))
    for c in CODES:
        if counts[c] < 2:
            problems.append("code %s used %d times (< 2)" % (c, counts[c]))
    n_clean = sum(1 for l in labels if l["clean"])
    print("cases: %d (%d clean, %d with one error); checks run: %d" % (len(labels), n_clean, len(labels) - n_clean, n_checks))
    print("per code: " + ", ".join("%s=%d" % (c, counts[c]) for c in CODES))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
