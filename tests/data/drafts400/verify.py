#!/usr/bin/env python3
"""Verify this set (standard library only).

1. labels.jsonl is well formed; every label value occurs in its case; every error case differs
   from its clean draft in one contiguous place that overlaps an occurrence of the label value;
   the changed figure occurs once in the clean draft (twice for conflicting_values).
2. Each of the 13 error codes of errors.md §A occurs at least twice.
3. The arithmetic of every draft is redone from the text (rules.md §5–§8, Decimal, tolerance
   from the stated decimals): every check passes on the clean drafts; on an error case the
   labelled code fails and no other error-level code fails.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 28
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WAN = D(1)
YUAN = D("0.0001")


class ParseError(Exception):
    pass


class Num:
    """A number as written: value (normalised; money in 万元), decimals, tolerance."""

    def __init__(self, s, kind="qty", scale=WAN):
        self.s = s
        raw = s.replace(",", "").replace("，", "").strip()
        if raw in ("", "—", "-"):
            raw = "0"
        self.v = D(raw) * scale
        self.d = len(raw.split(".")[1]) if "." in raw else 0
        self.scale = scale
        self.kind = kind

    @property
    def tol(self):
        return D("0.5") * (D(10) ** -self.d) * self.scale + D("1e-9")

    def __repr__(self):
        return self.s


def const(x):
    n = Num(str(x))
    n.d = 12
    return n


def close(n, c):
    return abs(c - n.v) <= n.tol


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def split_measure(s):
    """'≥60万平方米' -> ('gte', Num(60), '万平方米'); '61.25万平方米' -> (None, Num, unit)."""
    s = s.strip()
    m = re.match(r"^(≥|≤|＞＝|＜＝|>=|<=|＞|＜|=)?\s*(-?[\d.,]+)\s*(.*)$", s)
    if not m:
        return None
    sign = m.group(1) or ""
    direction = {"≥": "gte", "＞＝": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "＜＝": "lte",
                 "<=": "lte", "＜": "lte", "=": "eq", "": "eq"}[sign]
    return direction, Num(m.group(2)), m.group(3).strip()


class Chk:
    def __init__(self, text, year):
        self.t = text
        self.lines = text.split("\n")
        self.year = year
        self.res = []  # (code, severity, ok, message)

    # ---------- extraction
    def one(self, pat, flags=re.M):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ParseError(f"{pat!r}: {len(ms)} matches")
        return ms[0]

    def every(self, pat, flags=re.M):
        return list(re.finditer(pat, self.t, flags))

    def m(self, pat, g=1, scale=WAN):
        return Num(self.one(pat).group(g), "money", scale)

    def p(self, pat, g=1):
        return Num(self.one(pat).group(g), "pct")

    def q(self, pat, g=1):
        return Num(self.one(pat).group(g), "qty")

    def cells_after(self, label, n):
        idx = [i for i, l in enumerate(self.lines) if l == "\t" + label]
        if len(idx) != 1:
            raise ParseError(f"cell {label!r}: {len(idx)} matches")
        i = idx[0]
        return [self.lines[i + 1 + k][1:] if self.lines[i + 1 + k].startswith("\t")
                else self.lines[i + 1 + k] for k in range(n)]

    # ---------- recording
    def add(self, code, ok, msg, sev="error"):
        self.res.append((code, sev, bool(ok), msg))

    def rel(self, code, stated, fn, inputs, msg, sev="error"):
        c = fn(*[x.v for x in inputs])
        if close(stated, c):
            self.add(code, True, msg, sev)
            return
        # an amount off by 10^4 (元 written as 万元 or the reverse) -> unit_mismatch
        for cand in [stated] + list(inputs):
            if cand.kind != "money":
                continue
            for f in (D("0.0001"), D("10000")):
                vals = [x.v * (f if x is cand else 1) for x in inputs]
                sv = stated.v * (f if cand is stated else 1)
                tol = stated.tol * (f if cand is stated else 1)
                try:
                    c2 = fn(*vals)
                except (ArithmeticError, ZeroDivisionError):
                    continue
                if abs(c2 - sv) <= tol:
                    self.add("unit_mismatch", False, f"{msg}: {cand.s} off by 10^4", sev)
                    return
        self.add(code, False, f"{msg}: stated {stated.s}, computed {c:.4f}", sev)

    # ---------- identities
    def sum(self, total, parts, msg, code="sum_mismatch"):
        self.rel(code, total, lambda *xs: sum(xs, D(0)), parts, msg)

    def diff(self, stated, a, b, msg, code="balance_mismatch"):
        self.rel(code, stated, lambda x, y: x - y, [a, b], msg)

    def rate(self, stated, num, den, msg):
        if den.v == 0:
            self.add("implausible_rate", stated.s.strip() in ("", "—", "-", "0"),
                     f"{msg}: rate {stated.s} on a zero base")
            return
        self.rel("rate_mismatch", stated, lambda a, b: a / b * 100, [num, den], msg)
        self.add("implausible_rate", stated.v <= 100 and num.v <= den.v * D("1.00000001"),
                 f"{msg}: rate above 100%")

    def same(self, a, b, msg, code="conflicting_values"):
        if abs(a.v - b.v) <= max(a.tol, b.tol):
            self.add(code, True, msg)
            return
        for x, y in ((a, b), (b, a)):
            if x.kind == "money":
                for f in (D("0.0001"), D("10000")):
                    if abs(x.v * f - y.v) <= max(x.tol * f, y.tol):
                        self.add("unit_mismatch", False, f"{msg}: {x.s} off by 10^4")
                        return
        self.add(code, False, f"{msg}: {a.s} vs {b.s}")

    def share(self, n, msg):
        self.add("implausible_rate", D(0) <= n.v <= 100, f"{msg}: share {n.s} outside 0–100%")

    def grade(self, total, word, msg):
        w = GRADE_WORDS.get(word.strip())
        self.add("grade_mismatch", w == band(total.v), f"{msg}: {total.s} -> {band(total.v)}, stated {word}")

    def year_eq(self, y, msg):
        self.add("year_mismatch", int(y) == self.year, f"{msg}: {y} vs {self.year}")

    def carry(self, msg):
        for mm in self.every(r"结转至(\d{4})年"):
            self.add("year_mismatch", int(mm.group(1)) > self.year,
                     f"{msg}: carried to {mm.group(1)} in a {self.year} report")

    def asof(self):
        for mm in self.every(r"截至(\d{4})年12月31日"):
            self.year_eq(mm.group(1), "figures as of 31 December")

    def approx(self, stated, fn, inputs, msg, code):
        # stated is an approximation (约/左右): ± half a unit of its last digit
        self.rel(code, stated, fn, inputs, msg)

    # ---------- funds block of the MOF table: rows [年初, 全年, 执行, 分值, 执行率, 得分]
    def funds_block(self, total, comps, msg="附件 funds block"):
        for col in range(3):
            self.sum(Num(total[col], "money"), [Num(r[col], "money") for r in comps],
                     f"{msg} column {col}")
        for r in [total] + comps:
            base, ex, cell = Num(r[1], "money"), Num(r[2], "money"), r[4].strip()
            if base.v == 0:
                self.add("implausible_rate", cell in ("—", "-", "", "0"),
                         f"{msg}: rate {cell} on a zero base")
            elif cell not in ("—", "-", ""):
                self.rate(Num(cell.rstrip("%"), "pct"), ex, base, f"{msg} row rate")
        w, s, r = Num(total[3]), Num(total[5]), Num(total[4].rstrip("%"), "pct")
        self.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"{msg}: execution score {s.s} > {w.s}")
        self.exec_rule(w, s, r, Num(total[2]), Num(total[1]), msg)
        return w, s

    def exec_rule(self, w, s, stated_rate, ex, base, msg):
        cands = [w.v * min(stated_rate.v / 100, D(1))]
        if base.v:
            cands.append(w.v * min(ex.v / base.v, D(1)))
        self.add("score_rule_mismatch", any(abs(c - s.v) <= s.tol for c in cands),
                 f"{msg}: execution score {s.s}", sev="warning")

    # ---------- one indicator row
    def indicator(self, name, target, actual, weight, score, completion=None, share=False,
                  qualitative=False):
        w, s = Num(weight), Num(score)
        self.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"{name}: score {s.s} vs weight {w.s}")
        if qualitative:
            self.add("score_rule_mismatch", s.v >= w.v * D("0.8"), f"{name}: qualitative band",
                     sev="warning")
            return w, s
        t = split_measure(target)
        a = split_measure(actual)
        if t is None or a is None:
            raise ParseError(f"{name}: cannot read {target!r} / {actual!r}")
        direction, T, tu = t
        _, A, au = a
        unit_ok = (au == tu) or (T.v == 0 and tu in ("", "%") and au in ("", "%"))
        self.add("unit_mismatch", unit_ok, f"{name}: target unit {tu!r}, actual unit {au!r}")
        if share:
            self.share(A, name)
        if not unit_ok:
            return w, s
        if direction == "lte":
            comp = D(100) if A.v <= T.v else (T.v / A.v * 100 if A.v else D(100))
            rules = [w.v if A.v <= T.v else w.v * T.v / A.v,
                     w.v if A.v <= T.v else max(D(0), w.v * (1 - (A.v - T.v) / T.v)) if T.v else D(0)]
        elif direction == "eq" and T.v == 0:
            comp = D(100) if A.v <= 0 else D(0)
            rules = [w.v if A.v <= 0 else D(0)]
        else:
            comp = A.v / T.v * 100
            rules = [w.v * min(D(1), max(D(0), A.v) / T.v)]
        if completion is not None:
            c = Num(completion.rstrip("%"), "pct")
            self.add("completion_mismatch", close(c, comp), f"{name}: completion {c.s} vs {comp:.4f}")
        self.add("score_rule_mismatch", any(abs(r - s.v) <= s.tol for r in rules),
                 f"{name}: score {s.s} vs rule {[f'{r:.2f}' for r in rules]}", sev="warning")
        return w, s

    def totals(self, weights, scores, wt, st, msg="table"):
        self.add("weight_sum_mismatch", sum(x.v for x in weights) == wt.v and wt.v == 100,
                 f"{msg}: weights sum {sum(x.v for x in weights)} vs {wt.s}")
        self.sum(st, scores, f"{msg}: scores vs total", code="score_sum_mismatch")


def pct(s):
    return Num(s.rstrip("%"), "pct")


def act(s):
    """The number of an indicator cell such as '61.25万平方米' or '97.6%'."""
    return Num(re.match(r"-?[\d.,]+", s.strip()).group(0))


# =====================================================================================
def check_zj(c):  # zj-kecheng-baiyi-2021
    y0 = c.m(r"项目年初预算([\d.]+)万元")
    fin0 = c.m(r"其中当年财政拨款([\d.]+)万元、上年结转")
    cf0 = c.m(r"上年结转资金([\d.]+)万元。")
    add = c.m(r"追加既有房屋白蚁灭治经费([\d.]+)万元")
    yr = c.m(r"全年预算调整为([\d.]+)万元")
    b1 = c.m(r"其中新建房屋白蚁预防([\d.]+)万元、")
    b2 = c.m(r"、既有房屋白蚁灭治([\d.]+)万元。")
    rr = c.p(r"到位率(\d+)%")
    spent = c.m(r"项目实际支出([\d.]+)万元")
    rate = c.p(r"预算执行率([\d.]+)%")
    s1 = c.m(r"新建房屋白蚁预防支出([\d.]+)万元")
    r1 = c.p(r"预防支出[\d.]+万元，执行率([\d.]+)%")
    price = c.q(r"按([\d.]+)元/平方米结算")
    area1 = c.q(r"结算预防面积([\d.]+)万平方米")
    s2 = c.m(r"既有房屋白蚁灭治支出([\d.]+)万元")
    r2 = c.p(r"灭治支出[\d.]+万元，执行率([\d.]+)%")
    bal = c.m(r"年末尚未支付的([\d.]+)万元")
    c.sum(y0, [fin0, cf0], "年初 = 当年拨款 + 上年结转")
    c.sum(yr, [y0, add], "全年 = 年初 + 追加")
    c.sum(yr, [b1, b2], "全年 = 预防 + 灭治")
    c.sum(spent, [s1, s2], "支出 = 预防 + 灭治")
    c.rel("sum_mismatch", s1, lambda a, p: a * p, [area1, price], "预防支出 = 面积 × 单价")
    c.rate(rate, spent, yr, "overall execution rate")
    c.rate(r1, s1, b1, "预防 sub-rate")
    c.rate(r2, s2, b2, "灭治 sub-rate")
    c.diff(bal, yr, spent, "unspent = 全年 − 支出")
    c.carry("prose carry-over")
    c.asof()
    c.year_eq(c.one(r"(\d{4})年度新建房屋白蚁预防及既有").group(1), "title year")
    c.year_eq(c.one(r"^（(\d{4})年度）$").group(1), "table year")

    def row(label):
        cells = c.one(r"^" + re.escape(label) + r"\t\d+\t(.*)$").group(1).split("\t")
        return [Num(x, "money", YUAN) for x in cells]
    tot, ra, rb = row("合计"), row("新建房屋白蚁预防"), row("既有房屋白蚁灭治")
    for i in range(5):
        c.sum(tot[i], [ra[i], rb[i]], f"表1 column {i + 1}")
    for r in (tot, ra, rb):
        c.diff(r[4], r[2], r[3], "表1 结转 = 到位 − 支出")
    c.rate(rr, tot[2], tot[1], "到位率")
    for a, b, what in ((tot[0], y0, "年初"), (tot[1], yr, "全年"), (tot[3], spent, "支出"),
                       (tot[4], bal, "结转"), (ra[1], b1, "预防预算"), (rb[1], b2, "灭治预算"),
                       (ra[3], s1, "预防支出"), (rb[3], s2, "灭治支出")):
        c.same(a, b, f"表1 vs prose {what}")

    def frow(label):
        return c.one(r"^\t" + re.escape(label) + r"\t(.*)$").group(1).split("\t")
    ft = frow("年度资金总额")
    f1, f2, f3 = frow("其中：当年财政拨款"), frow("上年结转资金"), frow("其他资金")
    ew, es = c.funds_block(ft, [f1, f2, f3])
    c.same(Num(ft[0], "money"), y0, "附件1 年初")
    c.same(Num(ft[1], "money"), yr, "附件1 全年")
    c.same(Num(ft[2], "money"), spent, "附件1 执行")
    c.same(pct(ft[4]), rate, "附件1 执行率")
    c.same(Num(f1[0], "money"), fin0, "附件1 当年拨款")
    c.same(Num(f2[0], "money"), cf0, "附件1 上年结转")

    def irow(name):
        return c.one(r"\t" + re.escape(name) + r"\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)").groups()
    spec = [("新建房屋白蚁预防面积", False), ("既有房屋白蚁灭治户数", False), ("预防工程复查合格率", True),
            ("灭治报修响应时间", False), ("新建房屋白蚁预防核拨标准", False), ("保修期内白蚁复发率", True),
            ("白蚁防治档案电子化率", True), ("业主满意度", True)]
    rows = {n: irow(n) for n, _ in spec}
    ws, ss = [ew], [es]
    for n, sh in spec:
        w, s = c.indicator(n, *rows[n], share=sh)
        ws.append(w)
        ss.append(s)
    tm = c.one(r"^总分\t(\d+)\t([\d.]+)")
    wt, st = Num(tm.group(1)), Num(tm.group(2))
    c.totals(ws, ss, wt, st, "附件1")
    c.grade(st, c.one(r"自评等级为“(.)”").group(1), "prose grade")
    # prose outputs
    area2 = c.q(r"预防面积([\d.]+)万平方米，完成年度目标")
    cm1 = c.p(r"完成年度目标的([\d.]+)%")
    T_area = split_measure(rows["新建房屋白蚁预防面积"][0])[1]
    c.rel("completion_mismatch", cm1, lambda a, t: a / t * 100, [area2, T_area], "prose area completion")
    last = c.q(r"较2020年的([\d.]+)万平方米增长")
    gr = c.p(r"万平方米增长([\d.]+)%")
    c.rel("rate_mismatch", gr, lambda a, b: (a - b) / b * 100, [area2, last], "growth on 2020")
    hh = c.q(r"完成既有房屋白蚁灭治(\d+)户，")
    cm2 = c.p(r"户，完成率([\d.]+)%")
    T_hh = split_measure(rows["既有房屋白蚁灭治户数"][0])[1]
    c.rel("completion_mismatch", cm2, lambda a, t: a / t * 100, [hh, T_hh], "灭治 completion")
    avg = c.q(r"户均灭治费用约(\d+)元")
    c.approx(avg, lambda s, h: s * 10000 / h, [s2, hh], "户均 (约)", "average_mismatch")
    pass_p = c.p(r"复查合格率([\d.]+)%，")
    resp = c.q(r"平均响应时间(\d+)小时")
    rec = c.p(r"复发率([\d.]+)%，低于")
    arc = c.p(r"档案电子化率(\d+)%，")
    arc_t = c.p(r"未达到(\d+)%的年度目标")
    cm3 = c.p(r"的年度目标，完成率([\d.]+)%")
    c.rel("completion_mismatch", cm3, lambda a, t: a / t * 100, [arc, arc_t], "档案 completion")
    qs, back = c.q(r"问卷(\d+)份"), c.q(r"回收(\d+)份")
    backr = c.p(r"回收率([\d.]+)%")
    c.rate(backr, back, qs, "问卷回收率")
    sat = c.p(r"业主满意度([\d.]+)%。")
    for n in (pass_p, rec, arc, sat):
        c.share(n, "prose share")
    for pv, rname in ((area1, "新建房屋白蚁预防面积"), (area2, "新建房屋白蚁预防面积"),
                      (hh, "既有房屋白蚁灭治户数"), (pass_p, "预防工程复查合格率"),
                      (resp, "灭治报修响应时间"), (rec, "保修期内白蚁复发率"),
                      (arc, "白蚁防治档案电子化率"), (sat, "业主满意度")):
        c.same(pv, act(rows[rname][1]), f"prose vs 附件1 {rname}")
    c.same(price, act(rows["新建房屋白蚁预防核拨标准"][1]), "unit price")


def check_gx(c):  # gx-wuzhou-baiyisuo-2019
    bz, sy = c.q(r"核定事业编制(\d+)名"), c.q(r"实有在编人员(\d+)名")
    y0 = c.m(r"年初预算([\d.]+)万元，其中财政拨款")
    fin0 = c.m(r"其中财政拨款([\d.]+)万元、事业收入")
    inc0 = c.m(r"、事业收入([\d.]+)万元。9月")
    add = c.m(r"追加危房白蚁隐患排查经费([\d.]+)万元")
    yr = c.m(r"全年预算为([\d.]+)万元")
    fin1 = c.m(r"（财政拨款([\d.]+)万元、")
    inc1 = c.m(r"、事业收入([\d.]+)万元）")
    spent = c.m(r"全年支出([\d.]+)万元")
    rate = c.p(r"预算执行率([\d.]+)%，年末结余")
    bal = c.m(r"年末结余([\d.]+)万元")
    rb_ = c.p(r"基本支出执行率([\d.]+)%")
    rp_ = c.p(r"项目支出执行率([\d.]+)%")
    sg, sg0 = c.m(r"“三公”经费支出([\d.]+)万元"), c.m(r"比2018年的([\d.]+)万元")
    sgr = c.p(r"万元下降([\d.]+)%")
    c.sum(y0, [fin0, inc0], "年初 = 财政拨款 + 事业收入")
    c.sum(yr, [fin1, inc1], "全年 = 财政拨款 + 事业收入")
    c.sum(yr, [y0, add], "全年 = 年初 + 追加")
    c.sum(fin1, [fin0, add], "财政拨款 + 追加")
    c.same(inc0, inc1, "事业收入 unchanged")
    c.rate(rate, spent, yr, "overall execution rate")
    c.diff(bal, yr, spent, "结余 = 全年 − 支出")
    c.rel("rate_mismatch", sgr, lambda a, b: (b - a) / b * 100, [sg, sg0], "三公 decrease on 2018")
    c.year_eq(c.one(r"研究所(\d{4})年度部门整体").group(1), "title year")

    def row(label, hang):
        cells = c.one(r"^" + re.escape(label) + "｜" + re.escape(hang) + r"｜(.*)$").group(1).split("｜")
        return [Num(x, "money", YUAN) for x in cells]
    T = row("合计", "1=2+5")
    J = row("一、基本支出", "2=3+4")
    P1, P2 = row("（一）人员经费", "3"), row("（二）公用经费", "4")
    X = row("二、项目支出", "5=6+7+8")
    X1, X2, X3 = row("1.白蚁预防工程补助", "6"), row("2.白蚁监测点运行维护", "7"), row("3.危房白蚁隐患排查", "8")
    for i in range(3):
        c.sum(T[i], [J[i], X[i]], f"表1 col {i} 合计")
        c.sum(J[i], [P1[i], P2[i]], f"表1 col {i} 基本")
        c.sum(X[i], [X1[i], X2[i], X3[i]], f"表1 col {i} 项目")
    c.rate(rb_, J[2], J[1], "基本支出 rate")
    c.rate(rp_, X[2], X[1], "项目支出 rate")
    c.same(T[0], y0, "表1 年初")
    c.same(T[1], yr, "表1 全年")
    c.same(T[2], spent, "表1 执行")
    c.same(X3[1], add, "表1 危房 = 追加")
    scores = []
    for name, R in (("白蚁预防工程补助", X1), ("白蚁监测点运行维护", X2), ("危房白蚁隐患排查", X3)):
        mm = c.one(r"^" + name + r"｜([\d.]+)｜([\d.]+)｜([\d.]+)%｜([\d.]+)$")
        b, e, r, s = Num(mm.group(1), "money"), Num(mm.group(2), "money"), Num(mm.group(3), "pct"), Num(mm.group(4))
        c.rate(r, e, b, f"表2 {name}")
        c.same(b, R[1], f"表2 vs 表1 {name} budget")
        c.same(e, R[2], f"表2 vs 表1 {name} spent")
        scores.append(s)
    avg = Num(c.one(r"^平均｜—｜—｜—｜([\d.]+)$").group(1))
    c.rel("average_mismatch", avg, lambda *xs: sum(xs, D(0)) / len(xs), scores, "表2 average")

    def irow(name):
        return c.one(r"｜" + re.escape(name) + r"｜([^｜\n]*)｜([^｜\n]*)｜([^｜\n]*)｜([^｜\n]*)$").groups()
    spec = [("在职人员控制率", dict(share=True)), ("“三公”经费变动率", {}), ("预算执行率", "exec"),
            ("预决算信息公开", dict(qualitative=True)), ("政府采购执行率", dict(share=True)),
            ("固定资产管理规范性", dict(qualitative=True)), ("新建房屋白蚁预防面积", {}),
            ("白蚁监测点运行数", {}), ("危房白蚁隐患排查栋数", {}), ("白蚁危害投诉办结率", dict(share=True)),
            ("预防工程质保期内复发率", dict(share=True)), ("服务对象满意度", dict(share=True))]
    rows = {n: irow(n) for n, _ in spec}
    ws, ss = [], []
    for n, kw in spec:
        if kw == "exec":
            t, a, w, s = rows[n]
            w, s = Num(w), Num(s)
            c.add("score_exceeds_weight", s.v <= w.v, "预算执行率 score")
            c.exec_rule(w, s, pct(a), spent, yr, "表3")
            c.same(pct(a), rate, "表3 预算执行率 vs prose")
        else:
            w, s = c.indicator(n, *rows[n], **kw)
        ws.append(w)
        ss.append(s)
    tm = c.one(r"^合计｜｜｜｜｜(\d+)｜([\d.]+)$")
    wt, st = Num(tm.group(1)), Num(tm.group(2))
    c.totals(ws, ss, wt, st, "表3")
    c.rate(pct(rows["在职人员控制率"][1]), sy, bz, "在职人员控制率")
    c.same(pct(rows["“三公”经费变动率"][1]), Num("-" + sgr.s, "pct"), "三公 change")
    pt = c.q(r"整体支出绩效自评得分([\d.]+)分")
    c.same(pt, st, "prose vs 表3 total")
    c.grade(pt, c.one(r"评价等级为“(.)”").group(1), "prose grade")
    # prose outputs vs table 3
    c.same(c.q(r"预防面积([\d.]+)万平方米，比上年"), act(rows["新建房屋白蚁预防面积"][1]), "预防面积")
    mon = c.q(r"城区在用监测点(\d+)个")
    c.same(mon, act(rows["白蚁监测点运行数"][1]), "监测点")
    c.sum(c.q(r"比年度计划少(\d+)个"), [split_measure(rows["白蚁监测点运行数"][0])[1], Num("-" + mon.s)],
          "监测点 shortfall")
    c.same(c.q(r"隐患排查(\d+)栋"), act(rows["危房白蚁隐患排查栋数"][1]), "排查栋数")
    c.same(c.p(r"复发率([\d.]+)%，高于"), act(rows["预防工程质保期内复发率"][1]), "复发率")
    c.same(c.p(r"服务对象满意度([\d.]+)%。"), act(rows["服务对象满意度"][1]), "满意度")
    c.approx(Num(c.one(r"年均维护费用约([\d,]+)元").group(1)), lambda e, n: e * 10000 / n, [X2[2], mon],
             "监测点 average cost (约)", "average_mismatch")


def check_jx(c):  # jx-xunyang-fwjianding-2023
    adv = c.one(r"(\d{4})年(\d{1,2})月，省级自建房安全专项整治补助资金")
    ay, am = int(adv.group(1)), int(adv.group(2))
    c.add("year_mismatch", ay == c.year or (ay == c.year - 1 and am == 12), "advance issue date")
    prov = c.m(r"补助资金([\d.]+)万元提前下达")
    dist = c.m(r"区级安排的([\d.]+)万元")
    y0 = c.m(r"一并列入年初预算，合计([\d.]+)万元")
    c.year_eq(c.one(r"(\d{4})年9月，区财政追加").group(1), "addition year")
    add = c.m(r"追加区级经费([\d.]+)万元")
    yr = c.m(r"全年预算调整为([\d.]+)万元")
    spent = c.m(r"12月31日，项目支出([\d.]+)万元")
    rate = c.p(r"项目支出[\d.]+万元，执行率([\d.]+)%")
    bal = c.m(r"结余([\d.]+)万元按规定")
    b1 = c.m(r"鉴定子项预算([\d.]+)万元")
    s1 = c.m(r"鉴定子项预算[\d.]+万元，支出([\d.]+)万元")
    r1 = c.p(r"鉴定子项预算[\d.]+万元，支出[\d.]+万元，执行率([\d.]+)%")
    b2 = c.m(r"排查子项预算([\d.]+)万元")
    s2 = c.m(r"排查子项预算[\d.]+万元，支出([\d.]+)万元")
    r2 = c.p(r"排查子项预算[\d.]+万元，支出[\d.]+万元，执行率([\d.]+)%")
    c.sum(y0, [prov, dist], "年初 = 省级 + 区级")
    c.sum(yr, [y0, add], "全年 = 年初 + 追加")
    c.rate(rate, spent, yr, "overall rate")
    c.diff(bal, yr, spent, "结余")
    c.sum(yr, [b1, b2], "全年 = 两个子项")
    c.sum(spent, [s1, s2], "支出 = 两个子项")
    c.rate(r1, s1, b1, "鉴定 sub-rate")
    c.rate(r2, s2, b2, "排查 sub-rate")
    c.asof()
    c.year_eq(c.one(r"项目(\d{4})年度绩效自评报告").group(1), "title year")

    labels = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    R = {}
    for lab in labels:
        cells = c.cells_after(lab, 9)[1:]
        R[lab] = cells
    money = {lab: [Num(x, "money") for x in R[lab]] for lab in labels[:5]}
    for lab in labels[:4]:
        r = money[lab]
        c.sum(r[0], [r[1], r[6], r[7]], f"{lab}: 总 = 财政 + 结转 + 其他")
        c.sum(r[1], r[2:6], f"{lab}: 小计 = 中央 + 省 + 市 + 县区")
    for k in range(8):
        c.diff(money["资金结余"][k], money["实际到位资金"][k], money["全年执行资金"][k], f"(5) column {k}")
        for lab, numr in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            stated = Num(R[lab][k], "pct")
            base = money["全年预算资金"][k]
            if base.v == 0:
                c.add("implausible_rate", stated.v == 0, f"{lab} column {k}: non-zero rate on a zero base")
            else:
                c.rate(stated, money[numr][k], base, f"{lab} column {k}")
    c.same(money["年初预算资金"][0], y0, "table (1) vs prose")
    c.same(money["全年预算资金"][0], yr, "table (2) vs prose")
    c.same(money["全年执行资金"][0], spent, "table (4) vs prose")
    c.same(money["资金结余"][0], bal, "table (5) vs prose")
    c.same(Num(R["预算执行率(%)"][0], "pct"), rate, "table (7) vs prose")
    c.same(money["年初预算资金"][3], prov, "省级 vs prose")
    c.same(money["年初预算资金"][5], dist, "区级 vs prose")
    # prose outputs
    mm = c.one(r"分别完成鉴定面积([\d.]+)万平方米、([\d.]+)万平方米和([\d.]+)万平方米")
    parts = [Num(mm.group(i)) for i in (1, 2, 3)]
    asum = c.q(r"合计([\d.]+)万平方米，平均")
    c.sum(asum, parts, "鉴定面积 = 3 机构")
    c.rel("average_mismatch", c.q(r"平均每家([\d.]+)万平方米"), lambda *xs: sum(xs, D(0)) / 3, parts, "平均每家")
    price = c.q(r"鉴定费按建筑面积([\d.]+)元/平方米结算")
    c.rel("sum_mismatch", s1, lambda a, p: a * p, [asum, price], "鉴定支出 = 面积 × 单价")
    npc = c.q(r"排查经营性自建房([\d,]+)栋")
    c.approx(c.q(r"平均每栋约(\d+)元"), lambda s, n: s * 10000 / n, [s2, npc], "每栋 (约)", "average_mismatch")
    last = c.q(r"2022年全区鉴定面积为([\d.]+)万平方米")
    c.approx(c.p(r"本年增长约(\d+)%"), lambda a, b: (a - b) / b * 100, [asum, last], "growth (约)", "rate_mismatch")
    cl, dl = c.q(r"C级危房(\d+)栋"), c.q(r"D级危房(\d+)栋")
    done, rest = c.q(r"已完成整治销号(\d+)栋"), c.q(r"剩余(\d+)栋")
    xr = c.p(r"销号率([\d.]+)%")
    c.rel("rate_mismatch", xr, lambda d, a, b: d / (a + b) * 100, [done, cl, dl], "销号率")
    c.rel("sum_mismatch", rest, lambda a, b, d: a + b - d, [cl, dl, done], "剩余栋数")
    info = c.p(r"房屋安全信息入库率([\d.]+)%。")
    ack = c.p(r"认可率为([\d.]+)%")
    sat = c.p(r"产权人满意度([\d.]+)%。")
    for n in (xr, info, ack, sat):
        c.share(n, "prose share")
    # 附件1 (one cell per line): 权重, 目标值, 业绩值, 完成率, 指标得分
    spec = [("预算执行率", "exec"), ("房屋安全鉴定面积", False), ("经营性自建房隐患排查栋数", False),
            ("鉴定报告抽检合格率", True), ("鉴定报告平均出具时间", False), ("鉴定服务单价", False),
            ("C、D级危房整治销号率", True), ("房屋安全信息入库率", True), ("产权人满意度", True)]
    rows = {n: c.cells_after(n, 5) for n, _ in spec}
    ws, ss = [], []
    for n, sh in spec:
        w, t, a, comp, s = rows[n]
        if sh == "exec":
            W, S = Num(w), Num(s)
            c.add("score_exceeds_weight", S.v <= W.v, "预算执行率 score")
            c.exec_rule(W, S, pct(a), spent, yr, "附件1")
            c.same(pct(a), rate, "附件1 预算执行率 vs prose")
            c.add("completion_mismatch", close(pct(comp), pct(a).v / pct(t).v * 100), "exec completion")
        else:
            W, S = c.indicator(n, t, a, w, s, completion=comp, share=sh)
        ws.append(W)
        ss.append(S)
    tot = c.cells_after("合计", 8)
    wt, st = Num(tot[2]), Num(tot[6])
    c.totals(ws, ss, wt, st, "附件1")
    pt = c.q(r"自评总得分(\d+)分")
    c.same(pt, st, "prose vs 附件1 total")
    c.grade(pt, c.one(r"属于“(..)”").group(1), "prose grade")
    c.same(asum, act(rows["房屋安全鉴定面积"][2]), "鉴定面积")
    c.same(npc, act(rows["经营性自建房隐患排查栋数"][2]), "排查栋数")
    c.same(xr, act(rows["C、D级危房整治销号率"][2]), "销号率")
    c.same(info, act(rows["房屋安全信息入库率"][2]), "入库率")
    c.same(sat, act(rows["产权人满意度"][2]), "满意度")
    c.same(price, act(rows["鉴定服务单价"][2]), "单价")


def check_hn(c):  # hn-yueyang-baiyi-2018
    yr0 = c.m(r"专项经费(\d+)万元的使用情况")
    yr = c.m(r"批复本项目预算([\d.]+)万元")
    b1 = c.m(r"新建房屋白蚁预防([\d.]+)万元，既有")
    b2 = c.m(r"既有房屋白蚁灭治([\d.]+)万元，白蚁监测")
    b3 = c.m(r"白蚁监测装置安装([\d.]+)万元。")
    spent = c.m(r"项目实际支出([\d.]+)万元")
    rate = c.p(r"预算执行率([\d.]+)%。其中")
    s1 = c.m(r"预防支出([\d.]+)万元")
    r1 = c.p(r"预防支出[\d.]+万元，执行率([\d.]+)%")
    price = c.q(r"按([\d.]+)元/平方米的标准")
    s2 = c.m(r"灭治支出([\d.]+)万元")
    r2 = c.p(r"灭治支出[\d.]+万元，执行率([\d.]+)%")
    sets = c.q(r"安装(\d+)套，每套")
    up = c.q(r"每套(\d+)元")
    s3 = c.m(r"每套\d+元，支出([\d.]+)万元")
    r3 = c.p(r"每套\d+元，支出[\d.]+万元，执行率([\d.]+)%")
    bal = c.m(r"年末结余([\d.]+)万元")
    econ = [c.m(r"药剂及材料费([\d.]+)万元"), c.m(r"施工劳务费([\d.]+)万元"),
            c.m(r"监测设备购置费([\d.]+)万元"), c.m(r"宣传培训及其他支出([\d.]+)万元")]
    hh = c.q(r"白蚁灭治(\d+)户，户均")
    avg = c.q(r"户均费用(\d+)元")
    cmp_ = c.p(r"完成年度目标的([\d.]+)%")
    c.same(yr0, yr, "120万元 vs 120.00万元")
    c.sum(yr, [b1, b2, b3], "预算 = 三项内容")
    c.rate(rate, spent, yr, "overall rate")
    c.sum(spent, [s1, s2, s3], "支出 = 三项内容")
    c.rate(r1, s1, b1, "预防 sub-rate")
    c.rate(r2, s2, b2, "灭治 sub-rate")
    c.rate(r3, s3, b3, "监测 sub-rate")
    c.rel("sum_mismatch", s3, lambda n, u: n * u / 10000, [sets, up], "监测 = 套数 × 单价")
    c.diff(bal, yr, spent, "结余")
    c.sum(spent, econ, "经济分类合计")
    c.rel("average_mismatch", avg, lambda s, h: s * 10000 / h, [s2, hh], "户均费用")
    c.carry("carry-over")
    c.asof()
    c.year_eq(c.one(r"^（(\d{4})年度）$").group(1), "report year")
    c.year_eq(c.one(r"^(\d{4})年度项目支出绩效自评表$").group(1), "table year")

    def frow(label):
        return c.one(r"^" + re.escape(label) + r" (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$").groups()
    ft = frow("年度资金总额")
    ew, es = c.funds_block(list(ft), [list(frow("其中：当年财政拨款")), list(frow("上年结转资金")),
                                      list(frow("其他资金"))])
    c.same(Num(ft[1], "money"), yr, "table 全年 vs prose")
    c.same(Num(ft[2], "money"), spent, "table 执行 vs prose")
    c.same(pct(ft[4]), rate, "table rate vs prose")

    def irow(name):
        return c.one(re.escape(name) + r" (\S+) (\S+) (\S+) (\S+)").groups()
    spec = [("新建房屋白蚁预防面积", False), ("既有房屋白蚁灭治户数", False), ("白蚁监测装置安装数量", False),
            ("灭治后复查合格率", True), ("预防施药与主体工程同步率", True), ("白蚁危害投诉处理率", True),
            ("监测装置完好率", True), ("住户满意度", True)]
    rows = {n: irow(n) for n, _ in spec}
    ws, ss = [ew], [es]
    for n, sh in spec:
        w, s = c.indicator(n, *rows[n], share=sh)
        ws.append(w)
        ss.append(s)
    tm = c.one(r"^总分 (\d+) (\d+)$")
    wt, st = Num(tm.group(1)), Num(tm.group(2))
    c.totals(ws, ss, wt, st, "自评表")
    pt = c.q(r"本项目自评得分(\d+)分")
    c.same(pt, st, "prose vs table total")
    c.grade(pt, c.one(r"自评得分\d+分，等级为(.)。").group(1), "prose grade")
    # area in the table x unit price = 预防支出
    t_area = split_measure(rows["新建房屋白蚁预防面积"][1])
    if t_area[2] != "万平方米":
        c.add("unit_mismatch", False, "预防面积 not in 万平方米: cannot price it")
    else:
        c.rel("sum_mismatch", s1, lambda a, p: a * p, [t_area[1], price], "预防支出 = 面积 × 单价")
    T_hh = split_measure(rows["既有房屋白蚁灭治户数"][0])[1]
    c.rel("completion_mismatch", cmp_, lambda a, t: a / t * 100, [hh, T_hh], "灭治 completion")
    c.same(hh, act(rows["既有房屋白蚁灭治户数"][1]), "灭治户数")
    c.same(sets, act(rows["白蚁监测装置安装数量"][1]), "监测装置套数")
    c.same(c.p(r"复查合格率(\d+)%"), act(rows["灭治后复查合格率"][1]), "复查合格率")
    c.same(c.p(r"完好率(\d+)%；"), act(rows["监测装置完好率"][1]), "完好率")
    c.same(c.p(r"问卷调查住户满意度(\d+)%"), act(rows["住户满意度"][1]), "满意度")


def check_sc(c):  # sc-shunqing-fwjianding-2024
    c.year_eq(c.one(r"(\d{4})年度年初预算").group(1), "budget year")
    c.year_eq(c.one(r"^(\d{4})年度南充市顺庆区").group(1), "title year")
    c.year_eq(c.one(r"^（(\d{4})年度）$").group(1), "table year")
    ry = int(c.one(r"已于(\d{4})年1月收回").group(1))
    c.add("year_mismatch", ry in (c.year, c.year + 1), "return of the balance")
    y0 = c.m(r"年度年初预算([\d.]+)万元")
    add = c.m(r"区财政追加([\d.]+)万元")
    yr = c.m(r"调整后预算为([\d.]+)万元")
    fin = c.m(r"财政资金([\d.]+)万元按用款计划")
    spent = c.m(r"全年支出([\d.]+)万元")
    rate = c.p(r"全年支出[\d.]+万元，执行率([\d.]+)%")
    b1 = c.m(r"鉴定子项预算([\d.]+)万元")
    s1 = c.m(r"鉴定子项预算[\d.]+万元，支出([\d.]+)万元")
    r1 = c.p(r"鉴定子项预算[\d.]+万元，支出[\d.]+万元，执行率([\d.]+)%")
    price = c.q(r"鉴定费按每平方米([\d.]+)元结算")
    b2 = c.m(r"监管子项预算([\d.]+)万元")
    s2 = c.m(r"监管子项预算[\d.]+万元，支出([\d.]+)万元")
    r2 = c.p(r"监管子项预算[\d.]+万元，支出[\d.]+万元，执行率([\d.]+)%")
    bal = c.m(r"年末结余([\d.]+)万元")
    bf = c.m(r"其中财政资金([\d.]+)万元已于")
    bu = c.m(r"单位资金([\d.]+)万元留用")
    c.sum(yr, [y0, add], "调整后 = 年初 + 追加")
    c.rate(rate, spent, yr, "overall rate")
    c.sum(yr, [b1, b2], "预算 = 两个子项")
    c.sum(spent, [s1, s2], "支出 = 两个子项")
    c.rate(r1, s1, b1, "鉴定 sub-rate")
    c.rate(r2, s2, b2, "监管 sub-rate")
    c.diff(bal, yr, spent, "结余")
    c.sum(bal, [bf, bu], "结余 = 财政 + 单位")

    def frow(label):
        return c.one(r"^\t" + re.escape(label) + r"\t(.*)$").group(1).split("\t")
    ft = frow("年度资金总额")
    F, Z, U, O = frow("财政资金"), frow("财政专户管理资金"), frow("单位资金"), frow("其他资金")
    ew, es = c.funds_block(ft, [F, Z, U, O])
    c.same(Num(ft[0], "money"), y0, "table 年初")
    c.same(Num(ft[1], "money"), yr, "table 全年")
    c.same(Num(ft[2], "money"), spent, "table 执行")
    c.same(pct(ft[4]), rate, "table rate")
    c.same(Num(F[1], "money"), fin, "财政资金 全年")
    c.diff(bf, Num(F[1], "money"), Num(F[2], "money"), "财政资金结余")
    c.diff(bu, Num(U[1], "money"), Num(U[2], "money"), "单位资金结余")

    def irow(name):
        g = c.one(r"\t" + re.escape(name) + r"\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)").groups()
        sign = "" if g[0] == "=" else g[0]
        return sign + g[1] + g[2], g[3] + g[2], g[4], g[5]
    out = [("既有房屋安全鉴定面积", False), ("白蚁预防工程质量抽查数量", False), ("鉴定报告复核合格率", True),
           ("应急鉴定到场时间", False), ("鉴定服务单价", False)]
    ben = [("D级危房人员撤离率", True), ("白蚁防治知识宣传覆盖小区数", False)]
    rows = {n: irow(n) for n, _ in out + ben}
    ws, ss, so, sb = [ew], [es], [], []
    for grp, acc in ((out, so), (ben, sb)):
        for n, sh in grp:
            w, s = c.indicator(n, *rows[n], share=sh)
            ws.append(w)
            ss.append(s)
            acc.append(s)
    tm = c.one(r"^总分\t(\d+)\t([\d.]+)")
    wt, st = Num(tm.group(1)), Num(tm.group(2))
    c.totals(ws, ss, wt, st, "自评表")
    c.same(c.q(r"预算执行得([\d.]+)分"), es, "prose execution score")
    c.sum(c.q(r"产出指标得([\d.]+)分"), so, "prose 产出 subtotal", code="score_sum_mismatch")
    c.sum(c.q(r"效益指标得([\d.]+)分"), sb, "prose 效益 subtotal", code="score_sum_mismatch")
    pt = c.q(r"本项目自评得分([\d.]+)分")
    c.same(pt, st, "prose vs table total")
    c.grade(pt, c.one(r"自评得分[\d.]+分，等级为(.)。").group(1), "prose grade")
    c.grade(st, c.one(r"自评等级：(.)。").group(1), "table grade")
    area_t = act(rows["既有房屋安全鉴定面积"][1])
    c.rel("sum_mismatch", s1, lambda a, p: a * p, [area_t, price], "鉴定支出 = 面积 × 单价")
    c.same(c.q(r"全年完成既有房屋安全鉴定([\d.]+)万平方米"), area_t, "鉴定面积")
    c.same(c.q(r"抽查白蚁预防工程(\d+)个，"), act(rows["白蚁预防工程质量抽查数量"][1]), "抽查数量")
    c.same(c.q(r"平均到场时间([\d.]+)小时"), act(rows["应急鉴定到场时间"][1]), "到场时间")
    c.same(c.p(r"复核合格率([\d.]+)%。"), act(rows["鉴定报告复核合格率"][1]), "复核合格率")
    c.same(c.q(r"宣传进入小区(\d+)个"), act(rows["白蚁防治知识宣传覆盖小区数"][1]), "宣传小区")
    c.same(price, act(rows["鉴定服务单价"][1]), "单价")
    dn = c.q(r"D级的(\d+)栋危险房屋")
    c.sum(dn, [c.q(r"其中(\d+)栋已完成拆除或加固"), c.q(r"(\d+)栋正在制定")], "D级 9 = 7 + 2")
    c.same(dn, c.q(r"D级(\d+)栋；"), "D级栋数")


CHECKS = {
    "zj-kecheng-baiyi-2021": (check_zj, 2021),
    "gx-wuzhou-baiyisuo-2019": (check_gx, 2019),
    "jx-xunyang-fwjianding-2023": (check_jx, 2023),
    "hn-yueyang-baiyi-2018": (check_hn, 2018),
    "sc-shunqing-fwjianding-2024": (check_sc, 2024),
}


def run_checks(pid, text):
    fn, year = CHECKS[pid]
    c = Chk(text, year)
    fn(c)
    return c.res


def count_figure(text, fig):
    pre = r"(?<![\d.,])" if fig[0].isdigit() else ""
    post = r"(?![\d]|\.\d|,\d)" if fig[-1].isdigit() else ""
    return len(re.findall(pre + re.escape(fig) + post, text))


def main():
    sys.path.insert(0, HERE)
    import build
    edits = {(p, n): (code, where, old, new, value, fig) for (p, n, code, where, old, new, value, fig, _) in build.EDITS}
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    problems = []
    counts = {k: 0 for k in CODES}
    where_count = {"prose": 0, "table": 0}
    n_checks = 0
    assert len(labels) == 35, len(labels)
    for lab in labels:
        assert set(lab) == {"case", "source", "clean", "expected"}, lab
        pid, case = lab["source"], lab["case"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        try:
            res = run_checks(pid, text)
        except ParseError as e:
            problems.append(f"{case}: parse error {e}")
            continue
        n_checks += len(res)
        failed = {code for code, sev, ok, msg in res if not ok and sev == "error"}
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{case}: clean case with labels")
            bad = [(code, sev, msg) for code, sev, ok, msg in res if not ok]
            if bad:
                problems.append(f"{case}: clean draft fails {bad}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{case}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        assert set(exp) == {"code", "severity", "value", "explanation"}, exp
        code, value = exp["code"], exp["value"]
        if code not in CODES or exp["severity"] != "error":
            problems.append(f"{case}: bad code/severity {code} {exp['severity']}")
        counts[code] = counts.get(code, 0) + 1
        n = int(re.search(r"-e(\d+)\.txt$", case).group(1))
        ecode, where, old, new, evalue, fig = edits[(pid, n)]
        where_count[where] += 1
        if ecode != code or evalue != value:
            problems.append(f"{case}: label differs from build edit list")
        # value occurs; one contiguous difference overlapping the value
        if value not in text:
            problems.append(f"{case}: value not in case")
        i = 0
        while i < min(len(clean), len(text)) and clean[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(clean), len(text)) - i and clean[len(clean) - 1 - j] == text[len(text) - 1 - j]:
            j += 1
        ds, de = i, len(text) - j  # changed span in the error case
        rebuilt = text[:ds] + clean[i:len(clean) - j] + text[de:]
        if rebuilt != clean:
            problems.append(f"{case}: not a single contiguous change")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(s < max(de, ds + 1) and ds < s + len(value) for s in occ):
            problems.append(f"{case}: change [{ds},{de}) does not overlap the value")
        # the changed figure: once in the clean draft (twice for conflicting_values)
        if fig is not None:
            k = count_figure(clean, fig)
            want = 2 if code == "conflicting_values" else 1
            if k != want:
                problems.append(f"{case}: figure {fig!r} occurs {k} times in the clean draft (want {want})")
            if fig not in clean[max(0, i - len(fig)):len(clean) - j + len(fig)]:
                problems.append(f"{case}: figure {fig!r} not at the changed place")
        # arithmetic: the labelled code fails, no other error-level code fails
        if code not in failed:
            problems.append(f"{case}: labelled {code} does not fail (failed: {sorted(failed)})")
        other = failed - {code}
        if other:
            msgs = [msg for cd, sev, ok, msg in res if not ok and cd in other]
            problems.append(f"{case}: other error codes fail {sorted(other)}: {msgs}")
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    print("cases:", len(labels), " checks run:", n_checks)
    print("per code:", ", ".join(f"{k}={counts[k]}" for k in CODES))
    print("where:", where_count)
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
