#!/usr/bin/env python3
"""Verify the n431 test set (standard library only).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md section A (1-13) is used at least twice;
4. the arithmetic of every clean draft is redone and must hold completely;
5. the arithmetic of every error case is redone: the labelled code must fail and no other error-level code may fail.

Arithmetic follows rules.md sections 5-8: Decimal, ROUND_HALF_UP, tolerance of half a unit of the last decimal
written. A broken identity that is repaired exactly by rescaling one amount by 10^4 is reported as unit_mismatch
(errors.md #11 b), not as the identity's own code.
Prints OK at the end when everything passes.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}
EPS = D("1e-9")
HUNDRED = D(100)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers
class Q:
    """A stated number: value and number of decimals as written."""

    def __init__(self, s, scale=D(1)):
        s = s.strip().replace(",", "").replace("，", "")
        self.s = s
        self.v = D(s) * scale
        self.d = len(s.split(".")[1]) if "." in s else 0
        # a value scaled by 10^-4 keeps its written precision 4 places further down
        if scale != 1:
            self.d -= scale.adjusted()

    def tol(self):
        return D("0.5") * (D(10) ** -self.d) + EPS

    def scaled(self, f):
        q = Q.__new__(Q)
        q.s, q.v, q.d = self.s, self.v * f, self.d - f.adjusted()
        return q

    def __repr__(self):
        return self.s


def close(q, c):
    return abs(c - q.v) <= q.tol()


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.Y = year
        self.fails = []     # (code, message)
        self.warns = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    def g(self, pattern, flags=0):
        """Groups of the single match of pattern (exactly one match required)."""
        ms = list(re.finditer(pattern, self.t, flags))
        if len(ms) != 1:
            raise ParseError("%d matches for %r" % (len(ms), pattern))
        m = ms[0]
        return m.groups() if m.groups() else (m.group(0),)

    # ---- generic identity runner with the unit-rescale alternative
    def run(self, code, qs, pred, msg):
        if pred(qs):
            return qs
        for i in range(len(qs)):
            for f in (D(10000), D("0.0001")):
                alt = list(qs)
                alt[i] = qs[i].scaled(f)
                if pred(alt):
                    self.fail("unit_mismatch", "%s: %s off by 10^4 (%s)" % (msg, qs[i].s, code))
                    return alt
        self.fail(code, "%s: %s" % (msg, qs))
        return None

    # ---- identities
    def total(self, total, parts, msg, code="sum_mismatch"):
        qs = [total] + list(parts)
        self.run(code, qs, lambda v: close(v[0], sum(x.v for x in v[1:])), msg)

    def balance(self, a, b, bal, msg):
        self.run("balance_mismatch", [a, b, bal], lambda v: close(v[2], v[0].v - v[1].v), msg)

    def product(self, qty, price_yuan, amount_wan, msg):
        self.run("sum_mismatch", [amount_wan, qty, price_yuan],
                 lambda v: close(v[0], v[1].v * v[2].v / D(10000)), msg)

    def rate(self, num, den, stated, msg, cap=True, code="rate_mismatch"):
        if den.v == 0:
            if stated is not None and stated.v != 0:
                self.fail("implausible_rate", "%s: non-zero rate %s on a zero base" % (msg, stated.s))
            return
        eff = self.run(code, [num, den, stated], lambda v: v[1].v != 0 and close(v[2], v[0].v / v[1].v * HUNDRED), msg)
        if cap:
            n, dn, s = eff if eff else (num, den, stated)
            if n.v / dn.v * HUNDRED > HUNDRED + EPS or s.v > HUNDRED:
                self.fail("implausible_rate", "%s: rate above 100%% (%s)" % (msg, s.s))

    def growth(self, new, old, stated, msg):
        self.run("rate_mismatch", [new, old, stated],
                 lambda v: close(v[2], (v[0].v - v[1].v) / v[1].v * HUNDRED), msg)

    def average(self, items, stated, msg):
        qs = list(items) + [stated]
        self.run("average_mismatch", qs, lambda v: close(v[-1], sum(x.v for x in v[:-1]) / len(v[:-1])), msg)

    def wavg(self, vals, weights, stated, msg):
        n = len(vals)
        qs = list(vals) + list(weights) + [stated]

        def p(v):
            num = sum(v[i].v * v[n + i].v for i in range(n))
            den = sum(v[n + i].v for i in range(n))
            return close(v[-1], num / den)
        self.run("average_mismatch", qs, p, msg)

    def same(self, a, b, msg):
        """Same quantity stated twice: values must agree within the looser tolerance."""
        def p(v):
            return abs(v[0].v - v[1].v) <= max(v[0].tol(), v[1].tol())
        self.run("conflicting_values", [a, b], p, msg)

    def exec_score(self, spent, annual, score, msg, weight=D(10)):
        """Execution score = weight x min(rate, 100%) (rules 5); a warning-level rule."""
        exp = weight * min(spent.v / annual.v, D(1))
        if not (close(score, exp) or close(score, r2(exp))):
            self.warn("score_rule_mismatch", "%s: %s, rule gives %s" % (msg, score.s, r2(exp)))

    def within100(self, q, msg):
        if q.v > HUNDRED or q.v < 0:
            self.fail("implausible_rate", "%s: %s%%" % (msg, q.s))

    def grade(self, total, word, msg):
        w = GRADE.get(word)
        if w is None:
            raise ParseError("unknown grade word %r" % word)
        if band(total.v) != w:
            self.fail("grade_mismatch", "%s: %s with total %s (band %s)" % (msg, word, total.s, band(total.v)))

    def year_eq(self, y, msg, allowed=None):
        ok = {self.Y} if allowed is None else allowed
        if int(y) not in ok:
            self.fail("year_mismatch", "%s: %s (evaluation year %d)" % (msg, y, self.Y))

    def year_after(self, y, msg):
        if int(y) <= self.Y:
            self.fail("year_mismatch", "%s: %s not after %d" % (msg, y, self.Y))

    def issued(self, y, m, msg):
        y, m = int(y), int(m)
        if not (y == self.Y or (y == self.Y - 1 and m == 12)):
            self.fail("year_mismatch", "%s: issued %d-%02d for %d" % (msg, y, m, self.Y))


# ---------------------------------------------------------------- tables
def md_tables(text):
    tables, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            cur.append(cells)
        else:
            if cur:
                tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def find_table(text, header_word):
    ts = [t for t in md_tables(text) if header_word in t[0]]
    if len(ts) != 1:
        raise ParseError("%d tables with %s" % (len(ts), header_word))
    return ts[0]


NUM_RE = re.compile(r"^(≥|≤|＞|＜|>|<|=|不低于|不少于|不超过|不高于)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$")
DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})?日?")


def parse_val(cell):
    c = cell.strip()
    if c in ("", "—", "-", "/"):
        return ("none", None, None, None)
    if DATE_RE.search(c):
        return ("date", None, None, None)
    m = NUM_RE.match(c)
    if not m:
        return ("qual", None, None, None)
    sign, num, unit = m.groups()
    if sign in ("≤", "＜", "<", "不超过", "不高于"):
        dr = "lte"
    elif sign in ("≥", "＞", ">", "不低于", "不少于"):
        dr = "gte"
    else:
        dr = "eq"
    return ("num", dr, Q(num), unit.strip())


def col(header, *names):
    for n in names:
        if n in header:
            return header.index(n)
    return None


def ind_table(ctx, header_word="三级指标"):
    """Generic check of an indicator table; returns {三级指标 name: row dict}."""
    t = find_table(ctx.t, header_word)
    h = t[0]
    cN = col(h, "三级指标")
    cT = col(h, "年度指标值", "指标值", "目标值")
    cA = col(h, "实际完成值", "业绩值", "完成值")
    cC = col(h, "完成率")
    cW = col(h, "分值", "权重")
    cS = col(h, "得分", "指标得分")
    rows = {}
    top, pending, pend_l1, l1 = [], [], None, None
    for r in t[1:]:
        first = r[0]
        if first in ("合计", "总分", "总计"):
            top.extend(pending)
            W, S = Q(r[cW]), Q(r[cS])
            ctx.total(W, [x[0] for x in top], "table weights vs total", code="weight_sum_mismatch")
            if W.v != HUNDRED:
                ctx.fail("weight_sum_mismatch", "total weight %s" % W.s)
            ctx.total(S, [x[1] for x in top], "table scores vs total", code="score_sum_mismatch")
            rows["__total__"] = {"weight": W, "score": S}
            continue
        if first:
            l1 = first
        w, s = Q(r[cW]), Q(r[cS])
        if s.v > w.v or s.v < 0:
            ctx.fail("score_exceeds_weight", "row %s: score %s > weight %s" % (r[cN] or r[1] or l1, s.s, w.s))
        if "小计" in r:
            ctx.total(w, [x[0] for x in pending], "subtotal weights of %s" % l1, code="weight_sum_mismatch")
            ctx.total(s, [x[1] for x in pending], "subtotal scores of %s" % l1, code="score_sum_mismatch")
            rows["__sub__" + l1] = {"weight": w, "score": s}
            top.append((w, s))
            pending = []
            continue
        if pending and l1 != pend_l1:
            top.extend(pending)
            pending = []
        pend_l1 = l1
        pending.append((w, s))
        name = r[cN] if cN is not None and r[cN] else l1
        row = {"l1": l1, "weight": w, "score": s, "cells": r,
               "target": r[cT] if cT is not None else "", "actual": r[cA] if cA is not None else "",
               "completion": r[cC] if cC is not None else None}
        rows[name] = row
        if cT is None or not row["target"]:
            continue
        tk, tdir, tq, tunit = parse_val(row["target"])
        ak, adir, aq, aunit = parse_val(row["actual"])
        comp = None
        if tk == "date":
            if ak != "date":
                ctx.fail("unit_mismatch", "row %s: date target, actual %s" % (name, row["actual"]))
            continue
        if tk != "num":
            continue
        if ak != "num" or aunit != tunit:
            ctx.fail("unit_mismatch", "row %s: target %s, actual %s" % (name, row["target"], row["actual"]))
            continue
        T, A = tq.v, aq.v
        if tdir == "lte":
            comp = HUNDRED if A <= T else T / A * HUNDRED
        elif tdir == "eq" and T == 0:
            comp = HUNDRED if A <= 0 else D(0)
        else:
            comp = A / T * HUNDRED
        if row["completion"] is not None:
            ck, _, cq, cu = parse_val(row["completion"])
            if ck != "num" or cu != "%" or not close(cq, comp):
                ctx.fail("completion_mismatch", "row %s: completion %s, computed %s" % (name, row["completion"], r2(comp)))
        # scoring rule (warning level only)
        exp = w.v * min(comp, HUNDRED) / HUNDRED
        alt = None
        if row["completion"] is not None and parse_val(row["completion"])[0] == "num":
            alt = w.v * min(parse_val(row["completion"])[2].v, HUNDRED) / HUNDRED
        if not (close(s, exp) or close(s, r2(exp)) or (alt is not None and close(s, r2(alt)))):
            ctx.warn("score_rule_mismatch", "row %s: score %s, rule gives %s" % (name, s.s, r2(exp)))
    if "__total__" not in rows:
        raise ParseError("indicator table without total row")
    return rows


def qual_band_ok(ctx, row, lo, hi, msg):
    s, w = row["score"].v, row["weight"].v
    if not (w * lo <= s < w * hi or (hi == 1 and s == w)):
        ctx.warn("score_rule_mismatch", "%s: qualitative score %s outside band" % (msg, s))


def cellq(row, key):
    k, _, q, _ = parse_val(row[key])
    if k != "num":
        raise ParseError("cell %s not numeric: %r" % (key, row[key]))
    return q


def named_rows(table, key_col=0):
    out = {}
    for r in table[1:]:
        k = r[key_col].replace("其中：", "").strip()
        out[k] = r
    return out


# ---------------------------------------------------------------- projects
def p_xiuwen(c):
    g = c.g
    c.year_eq(g(r"^修文县疾病预防控制中心\n(\d{4})年度")[0], "title year")
    intro = Q(g(r"全年预算([\d.]+)万元）")[0])
    ini, cty, prv1 = map(Q, g(r"项目年初预算([\d.]+)万元，其中县级财政资金([\d.]+)万元，省级公共卫生补助资金([\d.]+)万元"))
    c.total(ini, [cty, prv1], "initial budget parts")
    y, m = g(r"该笔资金已于(\d{4})年(\d{1,2})月提前下达")
    c.issued(y, m, "advance provincial funds")
    y, m, prv2, annual = g(r"(\d{4})年(\d{1,2})月，省级财政追加下达补助资金([\d.]+)万元，调整后全年预算([\d.]+)万元")
    c.issued(y, m, "additional provincial funds")
    prv2, annual = Q(prv2), Q(annual)
    c.total(annual, [ini, prv2], "annual budget = initial + addition")
    c.same(intro, annual, "annual budget in intro")
    spent, vac, ig, cons, pub = map(Q, g(r"全年支出共计([\d.]+)万元，其中：疫苗采购([\d.]+)万元，免疫球蛋白采购([\d.]+)万元，门诊耗材及冷链运行([\d.]+)万元，宣传培训([\d.]+)万元"))
    c.total(spent, [vac, ig, cons, pub], "spending parts")
    n1, n2, p1, p2, a1, a2 = map(Q, g(r"Vero细胞）([\d,]+)支、人二倍体细胞狂犬病疫苗([\d,]+)支，中标单价分别为(\d+)元/支、(\d+)元/支，采购金额分别为([\d.]+)万元、([\d.]+)万元"))
    c.product(n1, p1, a1, "Vero vaccine amount")
    c.product(n2, p2, a2, "HDCV vaccine amount")
    c.total(vac, [a1, a2], "vaccine purchase = two kinds")
    nig, pig = map(Q, g(r"采购([\d,]+)支，单价(\d+)元/支"))
    c.product(nig, pig, ig, "immunoglobulin amount")
    sc, sp, sprate = map(Q, g(r"县级资金支出([\d.]+)万元；省级补助资金支出([\d.]+)万元，支出率([\d.]+)%"))
    c.total(spent, [sc, sp], "spending by source")
    prv_total = Q(str(prv1.v + prv2.v))
    c.rate(sp, prv_total, sprate, "provincial spending rate")
    erate, unspent = map(Q, g(r"项目总体预算执行率([\d.]+)%，未支出的([\d.]+)万元"))
    c.rate(spent, annual, erate, "execution rate")
    c.balance(annual, spent, unspent, "carry-over")
    c.year_after(g(r"已按规定结转至(\d{4})年")[0], "carry-over year")
    tot, ly, last, gr = g(r"共接诊狂犬病暴露者([\d,]+)人次，较(\d{4})年的([\d,]+)人次增长([\d.]+)%")
    tot = Q(tot)
    c.year_eq(ly, "last-year figure", {c.Y - 1})
    c.growth(tot, Q(last), Q(gr), "growth on last year")
    o1, o2, o3, avg = map(Q, g(r"其中县疾控中心门诊([\d,]+)人次、龙场镇卫生院([\d,]+)人次、扎佐镇卫生院([\d,]+)人次，平均每个门诊([\d,]+)人次"))
    c.total(tot, [o1, o2, o3], "visits by clinic")
    c.average([o1, o2, o3], avg, "average per clinic")
    g1, g2, g3 = map(Q, g(r"Ⅰ级([\d,]+)人次、Ⅱ级([\d,]+)人次、Ⅲ级([\d,]+)人次"))
    c.total(tot, [g1, g2, g3], "visits by grade")
    n23, ok23, okrate, first = map(Q, g(r"Ⅱ、Ⅲ级暴露者共([\d,]+)人次，完成规范伤口处置([\d,]+)人次，规范处置率([\d.]+)%；其中([\d,]+)人次在暴露后24小时内"))
    c.total(n23, [g2, g3], "grade II+III")
    c.rate(ok23, n23, okrate, "standard treatment rate")
    n3, ig3, igrate, refuse = map(Q, g(r"(\d+)名Ⅲ级暴露者中有(\d+)人按体重注射了免疫球蛋白（每人4至8支），使用率([\d.]+)%，另有(\d+)人"))
    c.same(n3, g3, "grade III count")
    c.total(n3, [ig3, refuse], "grade III = used + refused")
    c.rate(ig3, n3, igrate, "passive immunisation rate")
    free, full, fullrate, doses, per = map(Q, g(r"登记免费接种对象(\d+)人，完成全程接种(\d+)人，全程接种率([\d.]+)%；免费疫苗共使用([\d,]+)支，人均([\d.]+)支"))
    c.rate(full, free, fullrate, "full-course rate")
    c.total(doses, [n1, n2], "free doses = purchased doses")
    c.run("average_mismatch", [doses, free, per], lambda v: close(v[2], v[0].v / v[1].v), "doses per person")
    know = Q(g(r"群众狂犬病防治知识知晓率为([\d.]+)%")[0])
    got, sat, satrate = map(Q, g(r"回收有效问卷(\d+)份，其中满意和基本满意(\d+)份，满意度([\d.]+)%"))
    c.rate(sat, got, satrate, "satisfaction")
    rows = ind_table(c)
    t1, t2, t3, t4, t5, t6 = map(Q, g(r"Ⅱ、Ⅲ级暴露规范处置不少于(\d+)人次，规范处置率不低于(\d+)%；免费接种对象全程接种不少于(\d+)人；Ⅲ级暴露者被动免疫制剂使用率不低于(\d+)%；群众狂犬病防治知识知晓率达到(\d+)%以上；暴露者满意度不低于(\d+)%"))
    for q, nm in ((t1, "Ⅱ、Ⅲ级暴露规范处置人次"), (t2, "Ⅱ、Ⅲ级暴露规范处置率"), (t3, "免费接种对象全程接种人数"),
                  (t4, "Ⅲ级暴露被动免疫制剂使用率"), (t5, "群众防治知识知晓率"), (t6, "暴露者满意度")):
        c.same(cellq(rows[nm], "target"), q, "target of %s prose/table" % nm)
    ex = rows["预算执行率"]
    c.rate(spent, annual, cellq(ex, "actual"), "table execution rate")
    c.exec_score(spent, annual, ex["score"], "execution score")
    c.same(cellq(rows["Ⅱ、Ⅲ级暴露规范处置人次"], "actual"), ok23, "treated count prose/table")
    c.same(cellq(rows["免费接种对象全程接种人数"], "actual"), full, "full course prose/table")
    c.same(cellq(rows["Ⅱ、Ⅲ级暴露规范处置率"], "actual"), okrate, "treatment rate prose/table")
    c.same(cellq(rows["Ⅲ级暴露被动免疫制剂使用率"], "actual"), igrate, "passive rate prose/table")
    c.rate(first, n23, cellq(rows["暴露后24小时内首针接种率"], "actual"), "first dose in 24h")
    c.same(cellq(rows["Vero细胞疫苗采购单价"], "actual"), p1, "Vero price prose/table")
    c.same(cellq(rows["群众防治知识知晓率"], "actual"), know, "knowledge prose/table")
    c.same(cellq(rows["暴露者满意度"], "actual"), satrate, "satisfaction prose/table")
    qual_band_ok(c, rows["犬伤门诊服务能力"], D("0.8"), D(1), "qualitative")
    se, so, sb, ss, st, gw = g(r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总分([\d.]+)分，自评等级为“(.)”")
    se, so, sb, ss, st = map(Q, (se, so, sb, ss, st))
    c.total(st, [se, so, sb, ss], "conclusion scores", code="score_sum_mismatch")
    c.same(se, ex["score"], "execution score prose/table")
    c.same(so, rows["__sub__产出指标"]["score"], "output score prose/table")
    c.same(sb, rows["__sub__效益指标"]["score"], "benefit score prose/table")
    c.same(ss, rows["__sub__满意度指标"]["score"], "satisfaction score prose/table")
    c.same(st, rows["__total__"]["score"], "total prose/table")
    c.grade(st, gw, "grade")
    c.year_eq(g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$")[0], "report date", {c.Y, c.Y + 1})


def p_lintan(c):
    g = c.g
    c.year_eq(g(r"^临潭县畜牧兽医工作站(\d{4})年度")[0], "title year")
    c.year_eq(g(r"发布时间：(\d{4})-")[0], "publication date", {c.Y, c.Y + 1})
    y, ini, cen, annual = g(r"(\d{4})年初，县财政安排犬只狂犬病免疫工作经费([\d.]+)万元；6月，省农牧厅转下中央动物防疫补助资金([\d.]+)万元专项用于犬只强制免疫，全年预算调整为([\d.]+)万元")
    c.year_eq(y, "budget year")
    ini, cen, annual = map(Q, (ini, cen, annual))
    c.total(annual, [ini, cen], "annual budget")
    spent, vac, cons, lab, ab, tr, stray, erate, bal, cy = g(r"全年实际支出([\d.]+)万元，其中：疫苗采购([\d.]+)万元，注射器、免疫标识及免疫证等耗材([\d.]+)万元，村级防疫员免疫劳务补助([\d.]+)万元，抗体监测([\d.]+)万元，防疫员培训和宣传([\d.]+)万元，流浪犬收容处置([\d.]+)万元。预算执行率([\d.]+)%。年末结余([\d.]+)万元，已全部结转至(\d{4})年使用")
    spent, vac, cons, lab, ab, tr, stray, erate, bal = map(Q, (spent, vac, cons, lab, ab, tr, stray, erate, bal))
    c.total(spent, [vac, cons, lab, ab, tr, stray], "spending parts")
    c.rate(spent, annual, erate, "execution rate")
    c.balance(annual, spent, bal, "year-end balance")
    c.year_after(cy, "carry-over year")
    n1, p1, n2, p2, a1, a2 = map(Q, g(r"国产犬用狂犬病灭活疫苗([\d,]+)头份，单价([\d.]+)元/头份，进口疫苗([\d,]+)头份，单价([\d.]+)元/头份，分别计([\d.]+)万元和([\d.]+)万元"))
    c.product(n1, p1, a1, "domestic vaccine")
    c.product(n2, p2, a2, "imported vaccine")
    c.total(vac, [a1, a2], "vaccine purchase")
    perdog = Q(g(r"劳务补助按每免疫1只犬(\d+)元的标准")[0])
    nab, pab = map(Q, g(r"抗体监测采样([\d,]+)份，每份检测费(\d+)元"))
    c.product(nab, pab, ab, "antibody testing")
    nst, pst = map(Q, g(r"流浪犬收容处置(\d+)只，每只(\d+)元"))
    c.product(nst, pst, stray, "stray dogs")
    y, reg, imm, spr, aut, dens = g(r"截至(\d{4})年12月31日，全县登记家犬、寺院犬共([\d,]+)只，全年累计免疫([\d,]+)只（春季([\d,]+)只、秋季补免([\d,]+)只），免疫密度([\d.]+)%")
    c.year_eq(y, "as-of date")
    reg, imm, spr, aut, dens = map(Q, (reg, imm, spr, aut, dens))
    c.total(imm, [spr, aut], "immunised by season")
    c.rate(imm, reg, dens, "immunisation density")
    c.product(imm, perdog, lab, "labour subsidy")
    bought, used, left, ny = g(r"采购的([\d,]+)头份疫苗使用([\d,]+)头份，剩余([\d,]+)头份仍在有效期内，已移交(\d{4})年春防使用")
    bought, used, left = map(Q, (bought, used, left))
    c.total(bought, [n1, n2], "doses bought")
    c.same(used, imm, "doses used = dogs immunised")
    c.balance(bought, used, left, "doses left")
    c.year_after(ny, "stock handed to")
    ns, okn, okr = map(Q, g(r"采集犬只血清([\d,]+)份送州动物疫病预防控制中心检测，合格([\d,]+)份，合格率([\d.]+)%"))
    c.same(ns, nab, "antibody samples")
    c.rate(okn, ns, okr, "antibody pass rate")
    trained = Q(g(r"培训村级防疫员(\d+)人次")[0])
    hh, satr = g(r"对(\d+)户养犬户开展问卷调查，满意率([\d.]+)%")
    satr = Q(satr)
    c.within100(satr, "satisfaction")
    # MOF funds block
    ft = named_rows(find_table(c.t, "年初预算数"))
    tot = ft["年度资金总额"]
    for i, nm in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total(Q(tot[i]), [Q(ft[k][i]) for k in ("当年财政拨款", "上年结转资金", "其他资金")], "funds block column %s" % nm)
    c.same(Q(tot[1]), ini, "initial budget table/prose")
    c.same(Q(tot[2]), annual, "annual budget table/prose")
    c.same(Q(tot[3]), spent, "spent table/prose")
    for k in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"):
        r = ft[k]
        st = r[5]
        sq = None if st in ("—", "") else Q(st.rstrip("%"))
        if Q(r[2]).v == 0:
            if sq is not None and sq.v != 0:
                c.fail("implausible_rate", "funds block %s: %s on zero budget" % (k, st))
        else:
            if sq is None:
                raise ParseError("missing rate in funds block")
            c.rate(Q(r[3]), Q(r[2]), sq, "funds block rate %s" % k)
    fscore = Q(tot[6])
    c.exec_score(Q(tot[3]), Q(tot[2]), fscore, "execution score")
    rows = ind_table(c)
    c.same(cellq(rows["犬只狂犬病免疫数量"], "actual"), imm, "immunised table/prose")
    c.same(cellq(rows["免疫密度"], "actual"), dens, "density table/prose")
    c.same(cellq(rows["流浪犬收容处置"], "actual"), nst, "stray table/prose")
    c.same(Q(g(r"全年仅收容处置(\d+)只")[0]), nst, "stray in problems")
    c.same(cellq(rows["村级防疫员培训"], "actual"), trained, "training table/prose")
    c.same(cellq(rows["国产疫苗采购单价"], "actual"), p1, "price table/prose")
    c.same(cellq(rows["养犬户满意度"], "actual"), satr, "satisfaction table/prose")
    c.same(rows["预算执行率"]["score"], fscore, "execution score two tables")
    c.same(rows["预算执行率"]["weight"], Q(tot[4]), "execution weight two tables")
    td, tg = map(Q, g(r"免疫密度达到(\d+)%以上，免疫犬只挂牌率达到(\d+)%以上"))
    c.same(cellq(rows["免疫密度"], "target"), td, "density target")
    c.same(Q(g(r"免疫密度[\d.]+%，未达到(\d+)%的目标")[0]), td, "density target restated")
    c.same(cellq(rows["免疫犬只挂牌率"], "target"), tg, "tag target")
    qual_band_ok(c, rows["犬只免疫管理长效机制"], D("0.6"), D("0.8"), "partly achieved")
    for nm in ("养犬户满意度", "免疫犬只挂牌率", "免疫档案建档率", "免疫密度"):
        c.within100(cellq(rows[nm], "actual"), nm)
    ts, gw = g(r"本项目综合得分([\d.]+)分，绩效等级为(优秀|良好|中等|较差|优|良|中|差)")
    ts = Q(ts)
    c.same(ts, rows["__total__"]["score"], "total prose/table")
    c.grade(ts, gw, "grade")
    c.year_eq(g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$")[0], "report date", {c.Y, c.Y + 1})


def p_ningshan(c):
    g = c.g
    c.year_eq(g(r"^宁陕县疾病预防控制中心(\d{4})年度")[0], "title year")
    both = Q(g(r"全年收入预算和支出预算均为([\d,.]+)万元")[0])
    ft = named_rows(find_table(c.t, "全年预算数"))
    inc = ft["收入合计"]
    c.total(Q(inc[1]), [Q(ft[k][1]) for k in ("财政拨款收入", "事业收入", "上年结转")], "income parts")
    out = ft["支出合计"]
    c.total(Q(out[1]), [Q(ft[k][1]) for k in ("基本支出", "项目支出")], "expenditure budget parts")
    c.total(Q(out[2]), [Q(ft[k][2]) for k in ("基本支出", "项目支出")], "expenditure parts")
    for k in ("支出合计", "基本支出", "项目支出"):
        r = ft[k]
        c.rate(Q(r[2]), Q(r[1]), Q(r[3].rstrip("%")), "rate %s" % k)
    c.same(both, Q(inc[1]), "income budget prose/table")
    c.same(both, Q(out[1]), "expenditure budget prose/table")
    y, sp = g(r"截至(\d{4})年12月31日，中心全年支出([\d,.]+)万元")
    c.year_eq(y, "as-of date")
    c.same(Q(sp), Q(out[2]), "spent prose/table")
    parts = list(map(Q, g(r"项目支出主要包括新冠肺炎疫情防控([\d.]+)万元、免疫规划及预防接种([\d.]+)万元、狂犬病暴露预防处置([\d.]+)万元、传染病及慢性病监测([\d.]+)万元")))
    c.total(Q(ft["项目支出"][2]), parts, "project expenditure parts")
    rb, rr = map(Q, g(r"狂犬病暴露预防处置项目全年预算([\d.]+)万元，执行率([\d.]+)%"))
    c.rate(parts[2], rb, rr, "rabies project rate")
    bal, cy = g(r"全年未执行的([\d.]+)万元已结转至(\d{4})年")
    c.balance(Q(out[1]), Q(out[2]), Q(bal), "carry-over")
    c.year_after(cy, "carry-over year")
    tot, ly, last, gr = g(r"全年接诊犬伤暴露者([\d,]+)人次，较(\d{4})年的([\d,]+)人次增长([\d.]+)%")
    tot = Q(tot)
    c.year_eq(ly, "last-year figure", {c.Y - 1})
    c.growth(tot, Q(last), Q(gr), "growth")
    g1, g2, g3 = map(Q, g(r"Ⅰ级(\d+)人次、Ⅱ级([\d,]+)人次、Ⅲ级(\d+)人次"))
    c.total(tot, [g1, g2, g3], "visits by grade")
    n3, used, ur = map(Q, g(r"(\d+)名Ⅲ级暴露者中有(\d+)人使用了被动免疫制剂，使用率([\d.]+)%"))
    c.same(n3, g3, "grade III")
    c.rate(used, n3, ur, "passive immunisation rate")
    nf, pf, af = map(Q, g(r"免费提供疫苗(\d+)支，按中标价(\d+)元/支计([\d.]+)万元"))
    c.product(nf, pf, af, "free vaccine")
    full, fr = map(Q, g(r"完成全程接种([\d,]+)人，全程接种率([\d.]+)%"))
    c.rate(full, Q(str(g2.v + g3.v)), fr, "full course rate")
    nip = Q(g(r"接种国家免疫规划疫苗([\d.]+)万剂次")[0])
    cov = Q(g(r"综合接种率([\d.]+)%")[0])
    s1, s2, s3, s4, av = map(Q, g(r"自评得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分和([\d.]+)分，平均([\d.]+)分"))
    c.average([s1, s2, s3, s4], av, "average project score")
    rows = ind_table(c)
    ex = rows["部门预算执行率"]
    c.rate(Q(out[2]), Q(out[1]), cellq(ex, "actual"), "table execution rate")
    c.exec_score(Q(out[2]), Q(out[1]), ex["score"], "execution score")
    c.same(cellq(rows["犬伤暴露者处置人次"], "actual"), tot, "visits table/prose")
    c.same(cellq(rows["国家免疫规划疫苗接种剂次"], "actual"), nip, "NIP doses")
    c.same(cellq(rows["适龄儿童免疫规划疫苗接种率"], "actual"), cov, "coverage")
    c.same(cellq(rows["Ⅱ、Ⅲ级暴露者全程接种率"], "actual"), fr, "full course table/prose")
    qual_band_ok(c, rows["实验室检测能力建设"], D("0.6"), D("0.8"), "partly achieved")
    # completion-free table: proportional scores checked as warnings by ind_table
    ts, gw = g(r"绩效自评得分([\d.]+)分，等级为“(.)”")
    ts = Q(ts)
    c.same(ts, rows["__total__"]["score"], "total prose/table")
    c.grade(ts, gw, "grade")
    c.year_eq(g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$")[0], "report date", {c.Y, c.Y + 1})


def p_lushui(c):
    g = c.g
    c.year_eq(g(r"^泸水市畜牧兽医站\n(\d{4})年度")[0], "title year")
    tgt_wan = Q(g(r"全年免疫犬只不少于([\d.]+)万只")[0])
    y, annual, cen, pref, city, cyear, carry = g(r"(\d{4})年项目全年预算([\d.]+)万元，其中中央动物防疫补助资金([\d.]+)万元、州级补助([\d.]+)万元、市级配套([\d.]+)万元，另有(\d{4})年结转资金([\d.]+)万元")
    c.year_eq(y, "budget year")
    c.year_eq(cyear, "incoming carry-over year", {c.Y - 1})
    annual, cen, pref, city, carry = map(Q, (annual, cen, pref, city, carry))
    c.total(annual, [cen, pref, city, carry], "annual budget parts")
    (spent, erate, vac, nv, pv, lab, perdog, ndog, cons, ab, nab, pab, stray, tr, plat, cold) = map(Q, g(
        r"全年共支出([\d.]+)万元，预算执行率([\d.]+)%。其中疫苗采购([\d.]+)万元（犬用狂犬病灭活疫苗([\d,]+)头份，([\d.]+)元/头份），"
        r"免疫劳务补助([\d.]+)万元（按(\d+)元/只的标准，对完成免疫的([\d,]+)只犬计发），注射器、犬牌等耗材([\d.]+)万元，"
        r"免疫抗体监测([\d.]+)万元（(\d+)份，(\d+)元/份），流浪犬收容点运行([\d.]+)万元，宣传培训([\d.]+)万元，"
        r"犬伤信息共享平台维护([\d.]+)万元，冷链设备更新([\d.]+)万元"))
    c.rate(spent, annual, erate, "execution rate")
    c.total(spent, [vac, lab, cons, ab, stray, tr, plat, cold], "spending parts")
    c.product(nv, pv, vac, "vaccine")
    c.product(ndog, perdog, lab, "labour subsidy")
    c.product(nab, pab, ab, "antibody testing")
    cs, csr, bal, cy = g(r"市级配套资金支出([\d.]+)万元，支出率([\d.]+)%。年末结余([\d.]+)万元，均为市级配套资金，结转至(\d{4})年")
    cs, csr, bal = map(Q, (cs, csr, bal))
    c.rate(cs, city, csr, "city funds rate")
    c.total(spent, [cen, pref, cs, carry], "spending by source")
    c.balance(annual, spent, bal, "year-end balance")
    c.balance(city, cs, bal, "balance of city funds")
    c.year_after(cy, "carry-over year")
    c.same(Q(g(r"一是市级配套资金支出偏慢，([\d.]+)万元的支出")[0]), cs, "city spending in problems")
    reg, imm, spr, aut, dens = map(Q, g(r"全市登记犬只([\d,]+)只，全年免疫([\d,]+)只，其中春季([\d,]+)只、秋季补免([\d,]+)只，免疫密度([\d.]+)%"))
    c.total(imm, [spr, aut], "immunised by season")
    c.rate(imm, reg, dens, "density")
    c.same(imm, ndog, "dogs paid = dogs immunised")
    bought, left, ny = g(r"采购的([\d,]+)头份疫苗除免疫使用外，剩余([\d,]+)头份在有效期内，留作(\d{4})年春防使用")
    bought, left = Q(bought), Q(left)
    c.same(bought, nv, "doses bought")
    c.balance(bought, imm, left, "doses left")
    c.year_after(ny, "stock year")
    ns, okn, okr = map(Q, g(r"采集犬只血清(\d+)份，检测合格(\d+)份，合格率([\d.]+)%"))
    c.same(ns, nab, "antibody samples")
    c.rate(okn, ns, okr, "antibody pass rate")
    bites, traced, trr = map(Q, g(r"全年疾控中心通报犬伤人员([\d,]+)人次，我站对伤人犬只开展溯源调查([\d,]+)起，溯源率([\d.]+)%"))
    c.rate(traced, bites, trr, "tracing rate")
    c.same(Q(g(r"疾控中心通报的([\d,]+)人次犬伤人员中")[0]), bites, "bite reports stated twice")
    reg_rate, reg_tgt = map(Q, g(r"免疫信息化登记率为([\d.]+)%，未达到(\d+)%的目标"))
    n1, n2 = map(Q, g(r"对(\d+)户养犬户和(\d+)名社区居民开展问卷调查"))
    s1, s2, sall = map(Q, g(r"养犬户满意度([\d.]+)%，社区居民满意度([\d.]+)%，按样本量加权的综合满意度为([\d.]+)%"))
    c.wavg([s1, s2], [n1, n2], sall, "weighted satisfaction")
    rows = ind_table(c)
    ex = rows["预算执行率"]
    c.rate(spent, annual, cellq(ex, "actual"), "table execution rate")
    c.exec_score(spent, annual, ex["score"], "execution score")
    c.same(cellq(rows["犬只狂犬病免疫数量"], "target"), tgt_wan.scaled(D(10000)), "target 2.5万只 = 25000只")
    a1, a2, a3, a4 = map(Q, g(r"免疫密度达到(\d+)%以上，免疫抗体合格率不低于(\d+)%，伤人犬只溯源率不低于(\d+)%；全市不发生人间狂犬病病例和犬间狂犬病疫情；养犬户满意度达到(\d+)%以上"))
    for q, nm in ((a1, "免疫密度"), (a2, "免疫抗体合格率"), (a3, "伤人犬只溯源率"), (a4, "养犬户满意度")):
        c.same(cellq(rows[nm], "target"), q, "target of %s prose/table" % nm)
    c.same(cellq(rows["犬只狂犬病免疫数量"], "actual"), imm, "immunised table/prose")
    c.same(cellq(rows["免疫密度"], "actual"), dens, "density table/prose")
    c.same(cellq(rows["免疫抗体监测样品数"], "actual"), ns, "samples table/prose")
    c.same(cellq(rows["免疫抗体合格率"], "actual"), okr, "pass rate table/prose")
    c.same(cellq(rows["伤人犬只溯源率"], "actual"), trr, "tracing table/prose")
    c.same(cellq(rows["疫苗采购单价"], "actual"), pv, "price table/prose")
    c.same(cellq(rows["流浪犬收容点运行成本"], "actual"), stray, "stray cost table/prose")
    c.same(cellq(rows["免疫信息化登记率"], "actual"), reg_rate, "registration table/prose")
    c.same(cellq(rows["免疫信息化登记率"], "target"), reg_tgt, "registration target")
    c.same(cellq(rows["养犬户满意度"], "actual"), s1, "owners satisfaction")
    c.same(cellq(rows["社区居民满意度"], "actual"), s2, "residents satisfaction")
    qual_band_ok(c, rows["流浪犬数量"], D("0.6"), D("0.8"), "partly achieved")
    for nm in ("免疫密度", "免疫抗体合格率", "伤人犬只溯源率", "免疫信息化登记率", "养犬户满意度", "社区居民满意度"):
        q = cellq(rows[nm], "actual")
        if parse_val(rows[nm]["actual"])[3] == "%":
            c.within100(q, nm)
    ts, gw = g(r"项目综合得分([\d.]+)分，评价等级为“(.)”")
    ts = Q(ts)
    c.same(ts, rows["__total__"]["score"], "total prose/table")
    c.grade(ts, gw, "grade")
    c.year_eq(g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$")[0], "report date", {c.Y, c.Y + 1})


def p_jiaokou(c):
    g = c.g
    c.year_eq(g(r"^交口县疾病预防控制中心(\d{4})年度")[0], "title year")
    c.year_eq(g(r"项目实施计划：(\d{4})年1月至12月")[0], "implementation period")
    ft = find_table(c.t, "行次")
    rows_by = {}
    for r in ft[1:]:
        rows_by[r[1]] = r
    R = {k: rows_by[k] for k in rows_by}
    line = {int(re.match(r"\((\d)\)", k).group(1)): v for k, v in R.items()}
    for i in (1, 2, 3, 4, 5):
        r = line[i]
        c.total(Q(r[2]), [Q(r[3]), Q(r[4]), Q(r[5])], "funds row (%d) total" % i)
    for j in (2, 3, 4, 5):
        c.balance(Q(line[3][j]), Q(line[4][j]), Q(line[5][j]), "row (5)=(3)-(4) col %d" % j)
    for j in (2, 3, 4, 5):
        for i, (num, den) in ((6, (3, 2)), (7, (4, 2))):
            c.rate(Q(line[num][j]), Q(line[den][j]), Q(line[i][j]), "row (%d) col %d" % (i, j))
    ini, mon, prov, cyear, carry, annual = g(r"年初预算([\d.]+)万元由县级财政安排；(\d{1,2})月省级财政下达狂犬病防控补助资金([\d.]+)万元，加上(\d{4})年结转的([\d.]+)万元，全年预算资金([\d.]+)万元")
    c.issued(c.Y, mon, "provincial funds")
    c.year_eq(cyear, "incoming carry-over year", {c.Y - 1})
    ini, prov, carry, annual = map(Q, (ini, prov, carry, annual))
    c.total(annual, [ini, prov, carry], "annual budget prose")
    c.same(ini, Q(line[1][2]), "initial prose/table")
    c.total(Q(line[2][3]), [ini, prov], "fiscal funds = initial + provincial")
    c.same(carry, Q(line[2][4]), "carry prose/table")
    c.same(annual, Q(line[2][2]), "annual prose/table")
    y, spent, vac, nv, pv, ig, ni, pi, eq_, cold, tr = g(r"截至(\d{4})年12月31日资金全部到位，全年执行([\d.]+)万元，其中：人用狂犬病疫苗采购([\d.]+)万元（([\d,]+)支×(\d+)元/支），狂犬病人免疫球蛋白([\d.]+)万元（(\d+)支×(\d+)元/支），乡镇处置点设备购置([\d.]+)万元，冷链及门诊运行([\d.]+)万元，宣传培训([\d.]+)万元")
    c.year_eq(y, "as-of date")
    spent, vac, nv, pv, ig, ni, pi, eq_, cold, tr = map(Q, (spent, vac, nv, pv, ig, ni, pi, eq_, cold, tr))
    c.same(Q(line[3][2]), Q(line[2][2]), "资金全部到位 => (3)=(2)")
    c.same(spent, Q(line[4][2]), "spent prose/table")
    c.total(spent, [vac, ig, eq_, cold, tr], "spending parts")
    c.product(nv, pv, vac, "vaccine")
    c.product(ni, pi, ig, "immunoglobulin")
    c.year_after(g(r"已报经县财政局同意结转至(\d{4})年")[0], "carry-over year")
    ts, gw = g(r"自评总得分([\d.]+)分，绩效等级为(优秀|良好|中等|较差|优|良|中|差)")
    ts = Q(ts)
    tgt_vis = Q(g(r"全年处置犬伤暴露者不少于(\d+)人次")[0])
    vis, visc = map(Q, g(r"全年处置犬伤暴露者(\d+)人次，为年度目标的([\d.]+)%"))
    c.run("completion_mismatch", [vis, tgt_vis, visc], lambda v: close(v[2], v[0].v / v[1].v * HUNDRED), "visits completion prose")
    full = Q(g(r"Ⅱ、Ⅲ级暴露者中完成全程接种(\d+)人")[0])
    wound = Q(g(r"伤口规范处置率([\d.]+)%，")[0])
    first = Q(g(r"首针接种率为([\d.]+)%")[0])
    price, cap = map(Q, g(r"疫苗中标价(\d+)元/支，低于(\d+)元/支的控制目标"))
    know = Q(g(r"群众防治知识知晓率为([\d.]+)%")[0])
    sat = Q(g(r"满意度为([\d.]+)%，略低于目标")[0])
    rows = ind_table(c)
    ex = rows["预算执行率"]
    c.rate(spent, annual, cellq(ex, "actual"), "table execution rate")
    c.same(cellq(ex, "actual"), Q(line[7][2]), "execution rate two tables")
    c.exec_score(spent, annual, ex["score"], "execution score")
    c.same(cellq(rows["犬伤暴露者处置人次"], "actual"), vis, "visits table/prose")
    c.same(cellq(rows["犬伤暴露者处置人次"], "target"), tgt_vis, "visits target")
    c.same(cellq(rows["犬伤暴露者处置人次"], "completion"), visc, "visits completion table/prose")
    c.same(cellq(rows["Ⅱ、Ⅲ级暴露者全程接种人数"], "actual"), full, "full course")
    b1, b2, b3, b4, b5 = map(Q, g(r"Ⅱ、Ⅲ级暴露者全程接种不少于(\d+)人，新建乡镇犬伤处置点(\d+)个，伤口规范处置率(\d+)%以上，全县不发生人间狂犬病病例，群众防治知识知晓率达到(\d+)%，暴露者满意度(\d+)%以上"))
    for q, nm in ((b1, "Ⅱ、Ⅲ级暴露者全程接种人数"), (b2, "乡镇犬伤处置点建设"), (b3, "伤口规范处置率"),
                  (b4, "群众防治知识知晓率"), (b5, "暴露者满意度")):
        c.same(cellq(rows[nm], "target"), q, "target of %s prose/table" % nm)
    c.same(Q(g(r"知晓率为[\d.]+%，距(\d+)%的目标")[0]), b4, "knowledge target restated")
    c.total(b2, list(map(Q, g(r"在温泉乡、回龙乡各新建犬伤处置点(\d)个"))) * 2, "two new points")
    c.same(cellq(rows["伤口规范处置率"], "actual"), wound, "wound")
    c.same(cellq(rows["暴露后24小时内首针接种率"], "actual"), first, "first dose")
    c.same(cellq(rows["人用狂犬病疫苗采购单价"], "actual"), price, "price table/prose")
    c.same(price, pv, "price = unit price of purchase")
    c.same(cellq(rows["人用狂犬病疫苗采购单价"], "target"), cap, "price cap")
    c.same(cellq(rows["群众防治知识知晓率"], "actual"), know, "knowledge")
    c.same(cellq(rows["暴露者满意度"], "actual"), sat, "satisfaction")
    qual_band_ok(c, rows["犬伤门诊服务能力"], D("0.6"), D("0.8"), "partly achieved")
    c.same(ts, rows["__total__"]["score"], "total prose/table")
    c.grade(ts, gw, "grade")
    c.year_eq(g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$")[0], "report date", {c.Y, c.Y + 1})


PROJECTS = {
    "gz-xiuwen-kuangquanbing-2021": (p_xiuwen, 2021),
    "gs-lintan-quanmian-2018": (p_lintan, 2018),
    "sn-ningshan-cdcwhole-2022": (p_ningshan, 2022),
    "yn-lushui-quanmian-2024": (p_lushui, 2024),
    "sx-jiaokou-kuangquan-2020": (p_jiaokou, 2020),
}


def check(text, source):
    fn, year = PROJECTS[source]
    c = Ctx(text, year)
    try:
        fn(c)
        # every year named in the text is the evaluation year, the year before or after, or the edition year of
        # the 2016 national rabies-exposure work standard
        for m in re.finditer(r"(20\d\d)(?:年|-)", text):
            if int(m.group(1)) not in (year - 1, year, year + 1, 2016):
                c.fail("year_mismatch", "year %s in a %d report" % (m.group(1), year))
    except (KeyError, IndexError, ValueError, ArithmeticError) as e:
        raise ParseError("%s: %r" % (type(e).__name__, e))
    return c


# ---------------------------------------------------------------- main
def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    code_count = {k: 0 for k in CODES}
    names = {l["case"] for l in labels}
    files = set(os.listdir(CASES))
    if names != files:
        problems.append("labels/cases mismatch: %s" % sorted(names ^ files))
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        src = lab["source"]
        try:
            c = check(text, src)
        except ParseError as e:
            problems.append("%s: parse error %s" % (lab["case"], e))
            continue
        got = {code for code, _ in c.fails}
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % lab["case"])
            if c.fails or c.warns:
                problems.append("%s: clean draft fails %s %s" % (lab["case"], c.fails, c.warns))
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append("%s: length %d" % (lab["case"], n))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one label" % lab["case"])
            continue
        e = lab["expected"][0]
        code_count[e["code"]] = code_count.get(e["code"], 0) + 1
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append("%s: bad code/severity" % lab["case"])
        v = e["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if len(occ) != 1:
            problems.append("%s: value %r occurs %d times" % (lab["case"], v, len(occ)))
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        a, b = p, len(text) - s
        if a >= b and len(clean) == len(text):
            problems.append("%s: identical to clean" % lab["case"])
        if not any(o < max(b, a + 1) and a < o + len(v) for o in occ):
            problems.append("%s: changed span [%d,%d) does not overlap value" % (lab["case"], a, b))
        if got != {e["code"]}:
            problems.append("%s: expected {%s}, arithmetic gives %s" % (lab["case"], e["code"], c.fails))
    for k in CODES:
        if code_count.get(k, 0) < 2:
            problems.append("code %s used %d times" % (k, code_count.get(k, 0)))
    for k in sorted(code_count):
        print("%-22s %d" % (k, code_count[k]))
    if problems:
        for p_ in problems:
            print("FAIL", p_)
        sys.exit(1)
    print("%d cases checked" % len(labels))
    print("OK")


if __name__ == "__main__":
    main()
