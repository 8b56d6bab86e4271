#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md §A (the 13 error codes) is used at least twice;
4. the arithmetic of every draft is redone from the text: all checks pass on the clean drafts; on an
   error case the labelled code fails and no other error-level code fails.

Tolerance follows rules.md §8: a stated value with d decimals matches a computed value c when
|c - v| <= 0.5 * 10^-d (+1e-9); rounding ROUND_HALF_UP; amounts compared in 万元.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 28
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARN = {"score_rule_mismatch"}           # checked on clean drafts only
NUM_RE = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?")
E4 = D(10000)


class Missing(Exception):
    pass


def N(s):
    """first number of s -> (Decimal, decimals)"""
    m = NUM_RE.search(s)
    if not m:
        raise Missing("no number in %r" % s)
    tok = m.group(0).replace(",", "")
    d = len(tok.split(".")[1]) if "." in tok else 0
    return D(tok), d


def V(s):
    return N(s)[0]


def tol(d):
    return D("0.5") * (D(10) ** -d) + D("1e-9")


def close(c, stated):
    v, d = N(stated)
    return abs(D(c) - v) <= tol(d)


def rnd(x, q="0.01"):
    return D(x).quantize(D(q), rounding=ROUND_HALF_UP)


def unit_of(s):
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月", s):
        return "date"
    m = NUM_RE.search(s)
    if not m:
        return None                      # qualitative
    return s[m.end():].strip()


def direction(target):
    t = target.strip()
    if t[:1] in "≥＞>" or "不低于" in t or "不少于" in t:
        return "gte"
    if t[:1] in "≤＜<":
        return "lte"
    return "eq"


def completion(target, actual):
    T, A = V(target), V(actual)
    if direction(target) == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def rule_score(target, actual, w):
    T, A = V(target), V(actual)
    dirn = direction(target)
    if dirn == "lte":
        s = w if A <= T else w * T / A
    elif T == 0:
        s = w if A <= 0 else D(0)
    else:
        s = w if A >= T else w * max(A, D(0)) / T
    return rnd(s)


class Table:
    def __init__(self, rows):
        self.rows = rows

    def row(self, key, nth=0):
        hits = [r for r in self.rows if key in r]
        if len(hits) != 1:
            raise Missing("row %r found %d times" % (key, len(hits)))
        r = hits[0]
        idx = len(r) - 1 - r[::-1].index(key)       # last cell equal to key (row labels may repeat)
        return r[idx + 1:]


def split_cells(line, layout):
    if layout == "tab":
        cells = line.split("\t")
    elif layout == "space":
        cells = re.split(r"\s{2,}", line)
    elif layout == "md":
        cells = line.strip().strip("|").split("|")
    elif layout == "bar":
        cells = line.split("｜")
    else:
        raise ValueError(layout)
    return [c.strip() for c in cells if c.strip()]


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []                  # (code, message)

    # ---- locating
    def rx(self, pat, group=1):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise Missing("pattern %r matched %d times" % (pat, len(ms)))
        return ms[0].group(group)

    def region(self, start, end=None):
        i = self.t.index(start)
        j = self.t.index(end, i) if end else len(self.t)
        return self.t[i:j]

    def table(self, start, end, layout):
        reg = self.region(start, end)
        if layout == "cells":
            rows = []
            for block in re.split(r"\n\n+", reg):
                cells = [ln[1:].strip() for ln in block.split("\n") if ln.startswith("\t")]
                cells = [c for c in cells if c]
                if cells:
                    rows.append(cells)
            return Table(rows)
        return Table([split_cells(ln, layout) for ln in reg.split("\n") if ln.strip()])

    # ---- checks
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def eq(self, code, computed, stated, msg):
        if not close(computed, stated):
            self.fail(code, "%s: computed %s, stated %s" % (msg, rnd(computed, "0.0001"), stated))

    def rate(self, num, den, stated, msg, code="rate_mismatch"):
        num, den = D(num), D(den)
        s = stated.strip()
        if den == 0:
            if s not in ("—", "-", "0", "0%", "0.00%"):
                self.fail("implausible_rate", "%s: rate %s on a zero base" % (msg, s))
            return
        v = V(s)
        if v > 100:
            self.fail("implausible_rate", "%s: rate %s above 100%%" % (msg, s))
        if not close(num / den * 100, s):
            self.fail(code, "%s: %s/%s = %s%%, stated %s" % (msg, num, den, rnd(num / den * 100), s))

    def pct_le_100(self, stated, msg):
        if V(stated) > 100:
            self.fail("implausible_rate", "%s: %s above 100%%" % (msg, stated))

    def total(self, parts, total, msg, code="sum_mismatch"):
        """parts: list of (Decimal value, raw string); total: (Decimal, raw). unit slips reported as unit_mismatch"""
        vals = [p[0] for p in parts]
        T = total[0]
        d = N(total[1])[1]

        def ok(vs, t):
            return abs(sum(vs) - t) <= tol(d)
        if ok(vals, T):
            return
        for i in range(len(vals)):
            for f in (E4, 1 / E4):
                vs = list(vals)
                vs[i] = vs[i] * f
                if abs(vs[i]) <= 2 * tol(d):        # shrinking a small figure to ~0 explains nothing
                    continue
                if ok(vs, T):
                    self.fail("unit_mismatch", "%s: part %s off by 10^4" % (msg, parts[i][1]))
                    return
        for f in (E4, 1 / E4):
            if abs(T * f) > 2 * tol(d) and ok(vals, T * f):
                self.fail("unit_mismatch", "%s: total %s off by 10^4" % (msg, total[1]))
                return
        self.fail(code, "%s: sum %s, stated %s" % (msg, sum(vals), total[1]))

    def product(self, factors, total, msg, scale=D(1), code="sum_mismatch"):
        """prod(factors) * scale == total; a factor or the total off by 10^4 -> unit_mismatch"""
        p = D(1)
        for f in factors:
            p *= f[0]
        p *= scale
        T, d = N(total[1])[0], N(total[1])[1]
        if abs(p - T) <= tol(d):
            return
        for f in (E4, 1 / E4):
            if abs(p * f - T) <= tol(d):
                self.fail("unit_mismatch", "%s: amount off by 10^4" % msg)
                return
        self.fail(code, "%s: product %s, stated %s" % (msg, p, total[1]))

    def same(self, a, b, msg):
        """same quantity stated twice (strings)"""
        va, da = N(a)
        vb, db = N(b)
        t = tol(min(da, db))
        if abs(va - vb) <= t:
            return
        for f in (E4, 1 / E4):
            if abs(va * f - vb) <= t:
                self.fail("unit_mismatch", "%s: %s vs %s off by 10^4" % (msg, a, b))
                return
        self.fail("conflicting_values", "%s: %s vs %s" % (msg, a, b))

    def avg(self, items, stated, msg, weights=None):
        vals = [V(x) for x in items]
        if weights:
            m = sum(v * w for v, w in zip(vals, weights)) / sum(weights)
        else:
            m = sum(vals) / len(vals)
        self.eq("average_mismatch", m, stated, msg)

    def grade(self, total, word, msg="grade"):
        s = V(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        w = word.strip("“”\"")
        norm = {"优秀": "优", "良好": "良", "中等": "中", "一般": "中", "合格": "中", "较差": "差", "不合格": "差"}.get(w, w)
        if norm != band:
            self.fail("grade_mismatch", "%s: total %s is %s, stated %s" % (msg, total, band, word))

    def indicators(self, tab, names, exec_row=None, total_key="总分", completion_col=False):
        """rows: name -> [target, actual, (completion), weight, score, ...]. exec_row: (weight, score) strings"""
        weights, scores = [], []
        for nm in names:
            r = tab.row(nm)
            target, actual = r[0], r[1]
            k = 3 if completion_col else 2
            w, s = V(r[k]), V(r[k + 1])
            weights.append((w, r[k]))
            scores.append((s, r[k + 1]))
            if s > w or s < 0:
                self.fail("score_exceeds_weight", "%s: score %s, weight %s" % (nm, r[k + 1], r[k]))
            ut, ua = unit_of(target), unit_of(actual)
            if ut is not None and ua is not None and ut != ua:
                self.fail("unit_mismatch", "%s: target %s vs actual %s" % (nm, target, actual))
                continue
            if "满意度" in nm and ua == "%":
                self.pct_le_100(actual, nm)
            if ut is None or ut == "date":
                continue
            comp = completion(target, actual)
            if completion_col:
                self.eq("completion_mismatch", comp, r[2], "%s completion" % nm)
            if not close(rule_score(target, actual, w), r[k + 1]):
                self.fail("score_rule_mismatch", "%s: rule %s, stated %s" % (nm, rule_score(target, actual, w), r[k + 1]))
        if exec_row:
            w, s = exec_row
            weights.append((V(w), w))
            scores.append((V(s), s))
            if V(s) > V(w):
                self.fail("score_exceeds_weight", "execution: score %s, weight %s" % (s, w))
        tr = tab.row(total_key)
        nums = [c for c in tr if NUM_RE.fullmatch(c)]
        tw, ts = nums[-2], nums[-1]
        if V(tw) != 100:
            self.fail("weight_sum_mismatch", "total weight row %s" % tw)
        self.total(weights, (V(tw), tw), "weights", code="weight_sum_mismatch")
        self.total(scores, (V(ts), ts), "scores", code="score_sum_mismatch")
        return dict(zip(names, [tab.row(n) for n in names])), ts

    def year_is(self, y, msg):
        if int(y) != self.year:
            self.fail("year_mismatch", "%s: %s, evaluation year %d" % (msg, y, self.year))

    def year_after(self, y, msg):
        if int(y) <= self.year:
            self.fail("year_mismatch", "%s: %s not after %d" % (msg, y, self.year))

    def year_before(self, y, msg):
        if int(y) >= self.year:
            self.fail("year_mismatch", "%s: %s not before %d" % (msg, y, self.year))


def W(s):
    return (V(s), s)


# ------------------------------------------------------------------ project checks

def p_rongcheng(c):
    c.year_is(c.rx(r"(\d{4})年度部门整体支出绩效自评报告"), "title")
    c.year_is(c.rx(r"表1  (\d{4})年度预算执行情况表"), "table 1 title")
    c.year_before(c.rx(r"(\d{4})年结转的验潮井改造资金"), "incoming carry-over")
    c.year_after(c.rx(r"已按规定结转(\d{4})年使用"), "outgoing carry-over")
    c.year_after(c.rx(r"\n(\d{4})年\d+月\d+日\n$"), "report date")
    ini, ini_b, ini_p = c.rx(r"年初预算([\d.]+)万元"), c.rx(r"其中基本支出([\d.]+)万元"), c.rx(r"、项目支出([\d.]+)万元。")
    add, co, ann = c.rx(r"追加应急抢修经费([\d.]+)万元"), c.rx(r"验潮井改造资金([\d.]+)万元"), c.rx(r"调整后全年预算([\d.]+)万元")
    spent, rate = c.rx(r"全年支出([\d.]+)万元，预算执行率"), c.rx(r"预算执行率([\d.]+%)，较上年")
    last, pp = c.rx(r"较上年的([\d.]+)%"), c.rx(r"提高([\d.]+)个百分点")
    sp_b, sp_p = c.rx(r"基本支出([\d.]+)万元，用于"), c.rx(r"项目支出([\d.]+)万元，用于")
    bal = c.rx(r"年末结余([\d.]+)万元")
    c.total([W(ini_b), W(ini_p)], W(ini), "initial budget split")
    c.total([W(ini), W(add), W(co)], W(ann), "annual budget = initial + addition + carry-over")
    c.total([W(sp_b), W(sp_p)], W(spent), "spending split")
    c.rate(V(spent), V(ann), rate, "execution rate (prose)")
    c.eq("rate_mismatch", V(rate) - V(last), pp, "percentage-point change")
    c.eq("balance_mismatch", V(ann) - V(spent), bal, "balance (prose)")
    fee, total_fee = c.rx(r"每套每月(\d+)元"), c.rx(r"两套全年共([\d.]+)万元")
    c.product([W(fee), (D(12), "12"), (D(2), "2")], W(total_fee), "buoy telecom fee", scale=1 / E4)
    q, ok_q, qr = c.rx(r"发放问卷(\d+)份"), c.rx(r"收回有效问卷(\d+)份"), c.rx(r"有效回收率([\d.]+%)")
    c.rate(V(ok_q), V(q), qr, "questionnaire return rate")
    # funds table
    ft = c.table("表1", "\n7\n", "cells")
    cols = {}
    for key in ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余结转", "到位率(%)", "执行率(%)"]:
        r = ft.row(key)
        cols[key] = r[1:4]               # skip 行次
    for key in ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余结转"]:
        a, b, p = cols[key]
        c.total([W(b), W(p)], W(a), "table %s 合计" % key)
    for i, col in enumerate(["合计", "基本支出", "项目支出"]):
        c.eq("balance_mismatch", V(cols["实际到位数"][i]) - V(cols["全年执行数"][i]), cols["结余结转"][i], "(5) %s" % col)
        c.rate(V(cols["实际到位数"][i]), V(cols["全年预算数"][i]), cols["到位率(%)"][i], "(6) %s" % col)
        c.rate(V(cols["全年执行数"][i]), V(cols["全年预算数"][i]), cols["执行率(%)"][i], "(7) %s" % col)
    c.same(ini, cols["年初预算数"][0], "initial budget text/table")
    c.same(ini_b, cols["年初预算数"][1], "initial basic text/table")
    c.same(ini_p, cols["年初预算数"][2], "initial project text/table")
    c.same(ann, cols["全年预算数"][0], "annual budget text/table")
    c.same(spent, cols["全年执行数"][0], "spending text/table")
    c.same(sp_b, cols["全年执行数"][1], "basic spending text/table")
    c.same(sp_p, cols["全年执行数"][2], "project spending text/table")
    c.same(bal, cols["结余结转"][0], "balance text/table")
    c.same(rate, cols["执行率(%)"][0], "rate text/table")
    # averages
    shore = [c.rx(p) for p in (r"石岛([\d.]+)%", r"成山头([\d.]+)%", r"俚岛([\d.]+)%", r"龙须岛([\d.]+)%",
                               r"桑沟湾([\d.]+)%", r"人和([\d.]+)%")]
    buoys = [c.rx(r"1号([\d.]+)%"), c.rx(r"2号([\d.]+)%")]
    c.avg(shore, c.rx(r"平均数据到报率([\d.]+%)"), "shore station mean")
    c.avg(buoys, c.rx(r"平均到报率([\d.]+%)"), "buoy mean")
    comb = c.rx(r"站网综合到报率([\d.]+%)")
    c.avg(shore + buoys, comb, "network mean over 8 stations")
    inst, done, insr = c.rx(r"全站(\d+)台"), c.rx(r"中(\d+)台（套）完成"), c.rx(r"检定率(\d+%)")
    c.rate(V(done), V(inst), insr, "calibration rate")
    # indicator table
    it = c.table("附件：部门整体支出绩效自评表", "\n荣成市海洋观测预报站\n", "cells")
    names = ["部门预算执行率", "岸基观测站运行数量", "观测浮标运行维护", "站网综合数据到报率", "观测仪器年度检定率",
             "故障站点修复时间", "项目支出成本控制", "海洋环境预报发布", "灾害警报按时推送率", "观测资料入库共享率",
             "涉海服务对象满意度"]
    rows, ts = c.indicators(it, names, completion_col=True)
    ex = rows["部门预算执行率"]
    c.same(ex[1], rate, "execution rate in indicator table")
    c.eq("score_rule_mismatch", min(V(spent) / V(ann), D(1)) * V(ex[3]), ex[4], "execution score")
    c.same(rows["站网综合数据到报率"][1], comb, "network rate text/table")
    c.same(rows["观测仪器年度检定率"][1], insr, "calibration text/table")
    c.same(rows["故障站点修复时间"][1], c.rx(r"平均修复时间(\d+小时)"), "repair time text/table")
    c.same(rows["项目支出成本控制"][1], sp_p, "project spending indicator")
    c.same(rows["项目支出成本控制"][0], cols["全年预算数"][2], "cost cap = project budget")
    c.same(rows["海洋环境预报发布"][1], c.rx(r"发布海洋环境预报(\d+)期"), "forecasts text/table")
    c.same(rows["观测资料入库共享率"][1], c.rx(r"入库共享率([\d.]+%)，未达到"), "sharing text/table")
    sat = c.rx(r"服务对象满意度为([\d.]+%)")
    c.pct_le_100(sat, "satisfaction (prose)")
    c.same(rows["涉海服务对象满意度"][1], sat, "satisfaction text/table")
    total_txt = c.rx(r"自评得分([\d.]+)分，等级为")
    c.same(total_txt, ts, "total text/table")
    c.grade(total_txt, c.rx(r"等级为(.)（"))


def p_yangxi(c):
    c.year_is(c.rx(r"(\d{4})年度沙扒渔港维护疏浚项目支出绩效自评报告"), "title")
    c.year_is(c.rx(r"项目(\d{4})年度资金"), "opening")
    c.year_is(c.rx(r"（(\d{4})年度）"), "table header")
    c.year_before(c.rx(r"年内将(\d{4})年结转的"), "incoming carry-over")
    c.year_after(c.rx(r"已结转至(\d{4})年。"), "outgoing carry-over")
    c.year_after(c.rx(r"\n(\d{4})年\d+月\d+日\n$"), "report date")
    opening = c.rx(r"项目\d{4}年度资金([\d.]+万元)")
    ini, prov, cnty = c.rx(r"年初预算(\d+)万元"), c.rx(r"补助资金(\d+)万元、县级"), c.rx(r"县级配套资金(\d+)万元")
    co, ann = c.rx(r"水深测量经费([\d.]+)万元并入"), c.rx(r"全年预算([\d.]+)万元。")
    spent, rate = c.rx(r"全年实际支出([\d.]+)万元"), c.rx(r"预算执行率([\d.]+%)")
    parts = [c.rx(p) for p in (r"疏浚工程款([\d.]+)万元", r"航道水深测量费([\d.]+)万元", r"工程监理费([\d.]+)万元",
                               r"航标灯桩维护费([\d.]+)万元", r"港区水域垃圾清运费([\d.]+)万元")]
    ssum = c.rx(r"合计([\d.]+)万元。")
    price, qty, settle = c.rx(r"中标单价每立方米(\d+)元"), c.rx(r"按实测工程量([\d.]+)万立方米"), c.rx(r"结算金额([\d.]+)万元")
    dep, bal = c.rx(r"预留(\d+)%质量保证金"), c.rx(r"年末项目结余([\d.]+)万元")
    diff = c.rx(r"差额([\d.]+)万元")
    c.total([W(prov), W(cnty)], W(ini), "initial budget sources")
    c.total([W(ini), W(co)], W(ann), "annual budget = initial + carry-over")
    c.total([W(ini), W(diff)], W(ann), "difference initial/annual")
    c.same(diff, co, "difference = carry-over")
    c.rate(V(spent), V(ann), rate, "execution rate (prose)")
    c.total([W(p) for p in parts], W(ssum), "spending breakdown")
    c.same(ssum, spent, "breakdown total = spending")
    c.product([W(price), W(qty)], W(settle), "unit price x quantity")
    c.eq("sum_mismatch", V(settle) * (100 - V(dep)) / 100, parts[0], "paid = settlement less deposit")
    c.eq("balance_mismatch", V(ann) - V(spent), bal, "balance = budget - spending")
    c.eq("balance_mismatch", V(settle) * V(dep) / 100, bal, "balance = deposit")
    c.same(c.rx(r"测量费([\d.]+)万元、工程监理"), co, "measurement fee = carry-over")
    m3 = c.rx(r"（合(\d+)立方米）")
    c.same(str(V(m3) / E4), qty, "quantity in 立方米 / 万立方米")
    c.same(qty, c.rx(r"全年完成疏浚([\d.]+)万立方米"), "quantity text")
    c.eq("completion_mismatch", V(qty) / V(c.rx(r"完成港池及航道疏浚不少于(\d+)万立方米，疏浚区设计")) * 100, c.rx(r"为年度目标的([\d.]+%)"), "dredging completion")
    # table
    tb = c.table("附件1", "\n阳西县农业农村局\n20", "tab")
    fr = {k: tb.row(k) for k in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.total([W(fr[k][i]) for k in ["其中：当年财政拨款", "上年结转资金", "其他资金"]], W(fr["年度资金总额"][i]), "table %s" % col)
    for k in fr:
        c.rate(V(fr[k][2]), V(fr[k][1]), fr[k][4], "table rate %s" % k)
    c.same(opening, fr["年度资金总额"][1], "opening amount vs table")
    c.same(ann, fr["年度资金总额"][1], "annual budget text/table")
    c.same(ini, fr["年度资金总额"][0], "initial budget text/table")
    c.same(spent, fr["年度资金总额"][2], "spending text/table")
    c.same(rate, fr["年度资金总额"][4], "rate text/table")
    c.same(co, fr["上年结转资金"][1], "carry-over text/table")
    ex_w, ex_s = fr["年度资金总额"][3], fr["年度资金总额"][5]
    c.eq("score_rule_mismatch", min(V(spent) / V(ann), D(1)) * V(ex_w), ex_s, "execution score")
    names = ["港池及航道疏浚量", "航标灯桩维护", "疏浚区水深达标率", "疏浚工程完工时间", "疏浚中标单价",
             "渔船候潮时间缩短", "港内可锚泊渔船数量", "渔港日常管护机制", "渔民（船东）满意度"]
    rows, ts = c.indicators(tb, names, exec_row=(ex_w, ex_s))
    c.same(rows["港池及航道疏浚量"][1], qty, "quantity table/text")
    c.same(rows["疏浚区水深达标率"][1], c.rx(r"疏浚区水深达标率([\d.]+%)，局部"), "depth rate table/text")
    c.same(rows["疏浚中标单价"][1], price, "unit price table/text")
    c.same(rows["港内可锚泊渔船数量"][1], c.rx(r"可锚泊渔船为(\d+)艘"), "berths table/text")
    sat = c.rx(r"满意度为([\d.]+%)")
    c.pct_le_100(sat, "satisfaction (prose)")
    c.same(rows["渔民（船东）满意度"][1], sat, "satisfaction table/text")
    total_txt = c.rx(r"综合得分([\d.]+)分")
    c.same(total_txt, ts, "total text/table")
    c.grade(total_txt, c.rx(r"评价等级为(.)。"))


def p_fangcheng(c):
    c.year_is(c.rx(r"\n(\d{4})年度海洋生态保护修复项目支出绩效自评报告"), "title")
    c.year_is(c.rx(r"（(\d{4})年度）"), "table header")
    c.year_before(c.rx(r"加上(\d{4})年结转资金"), "incoming carry-over")
    c.year_after(c.rx(r"已结转至(\d{4})年继续使用"), "outgoing carry-over")
    c.year_after(c.rx(r"\s(\d{4})年\d+月\n"), "report date")
    ini, cen, reg, loc = (c.rx(r"年初预算(\d+)万元"), c.rx(r"修复资金(\d+)万元"), c.rx(r"自治区\n?配套资金(\d+)万元、区本级配套"),
                          c.rx(r"区本级配套资金(\d+)万元"))
    co, ann = c.rx(r"加上\d{4}年结转资金([\d.]+)万元"), c.rx(r"全年预算([\d.]+)万元")
    spent, rate = c.rx(r"全年支出([\d.]+)万元"), c.rx(r"预算执行率([\d.]+%)。")
    co_sp = c.rx(r"年结转资金([\d.]+)万元已全部支出")
    cur, cen_sp, cen_r = c.rx(r"当年财政拨款支出\n?([\d.]+)万元"), c.rx(r"其中中央资金([\d.]+)万元"), c.rx(r"（执行率([\d.]+%)）")
    reg_sp, loc_sp = c.rx(r"自治区配套资金(\d+)万元、区本级"), c.rx(r"区本级资金(\d+)万元。")
    unsp = c.rx(r"未支出的([\d.]+)万元")
    c.total([W(cen), W(reg), W(loc)], W(ini), "initial budget sources")
    c.total([W(ini), W(co)], W(ann), "annual budget")
    c.total([W(co_sp), W(cur)], W(spent), "spending = carry-over + current")
    c.total([W(cen_sp), W(reg_sp), W(loc_sp)], W(cur), "current spending by source")
    c.rate(V(spent), V(ann), rate, "execution rate (prose)")
    c.rate(V(cen_sp), V(cen), cen_r, "central funds execution rate")
    c.eq("balance_mismatch", V(ann) - V(spent), unsp, "unspent")
    c.same(co_sp, co, "carry-over spent in full")
    plant, rest = c.rx(r"全年营造红树林([\d.]+)公顷"), c.rx(r"修复退化红树林([\d.]+)公顷，完成")
    c.eq("completion_mismatch", V(rest) / V(c.rx(r"修复退化红树林不少于(\d+)公顷")) * 100, c.rx(r"完成年度目标的([\d.]+%)"), "restoration completion")
    surv = [c.rx(r"成活率分别为([\d.]+)%"), c.rx(r"、([\d.]+)%、[\d.]+%，平均"), c.rx(r"、([\d.]+)%，平均")]
    surv_avg = c.rx(r"，平均([\d.]+%)")
    c.avg(surv, surv_avg, "survival mean of three patches")
    cost, perha = c.rx(r"营造工程结算([\d.]+)万元"), c.rx(r"折合每公顷([\d.]+)万元")
    c.eq("average_mismatch", V(cost) / V(plant), perha, "cost per hectare")
    wet = c.rx(r"合计新增滨海湿地([\d.]+)公顷")
    c.total([W(plant), W(rest)], W(wet), "new wetland = planted + restored")
    tb = c.table("附件1", None, "space")
    fr = {k: tb.row(k) for k in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.total([W(fr[k][i]) for k in ["其中：当年财政拨款", "上年结转资金", "其他资金"]], W(fr["年度资金总额"][i]), "table %s" % col)
    for k in fr:
        c.rate(V(fr[k][2]), V(fr[k][1]), fr[k][4], "table rate %s" % k)
    c.same(ini, fr["年度资金总额"][0], "initial text/table")
    c.same(ann, fr["年度资金总额"][1], "annual text/table")
    c.same(spent, fr["年度资金总额"][2], "spending text/table")
    c.same(rate, fr["年度资金总额"][4], "rate text/table")
    c.same(co, fr["上年结转资金"][1], "carry-over text/table")
    c.same(cur, fr["其中：当年财政拨款"][2], "current spending text/table")
    ex_w, ex_s = fr["年度资金总额"][3], fr["年度资金总额"][5]
    c.eq("score_rule_mismatch", min(V(spent) / V(ann), D(1)) * V(ex_w), ex_s, "execution score")
    names = ["红树林营造面积", "退化红树林修复面积", "岸线整治修复长度", "新造红树林成活率", "年度计划工程量完成率",
             "红树林营造单位成本", "新增滨海湿地面积", "修复区大型底栖动物种类增加率", "带动周边群众务工",
             "往年修复区红树林保存率", "周边群众满意度"]
    rows, ts = c.indicators(tb, names, exec_row=(ex_w, ex_s))
    c.same(rows["红树林营造面积"][1], plant, "planted text/table")
    c.same(rows["退化红树林修复面积"][1], rest, "restored text/table")
    c.same(rows["新造红树林成活率"][1], surv_avg, "survival text/table")
    c.same(rows["红树林营造单位成本"][1], perha, "cost per ha text/table")
    c.same(rows["新增滨海湿地面积"][1], wet, "wetland text/table")
    c.same(rows["修复区大型底栖动物种类增加率"][1], c.rx(r"较修复前增加([\d.]+%)"), "benthos text/table")
    c.same(rows["带动周边群众务工"][1], c.rx(r"务工(\d+)人次"), "jobs text/table")
    c.same(rows["往年修复区红树林保存率"][1], c.rx(r"保存率为([\d.]+%)"), "retention text/table")
    sat = c.rx(r"群众满意度为([\d.]+%)")
    c.pct_le_100(sat, "satisfaction (prose)")
    c.same(rows["周边群众满意度"][1], sat, "satisfaction text/table")
    c.grade(ts, c.rx(r"综合评定等级为“(.)”"))


def p_dongtou(c):
    for y in re.findall(r"(\d{4})年度海域海岛动态监视监测项目绩效自评报告", c.t):
        c.year_is(y, "title")
    c.year_after(c.rx(r"已于(\d{4})年1月按规定缴回"), "return of the balance")
    c.year_after(c.rx(r"\n(\d{4})年\d+月\d+日\n"), "report date")
    c.year_before(c.rx(r"比(\d{4})年的45架次"), "last year's flights")
    ini, add, ann = c.rx(r"项目年初预算(\d+)万元"), c.rx(r"管理补助资金(\d+)万元"), c.rx(r"全年预算(\d+)万元")
    spent, rate, bal = c.rx(r"全年支出([\d.]+)万元"), c.rx(r"预算执行率([\d.]+%)"), c.rx(r"结余([\d.]+)万元")
    c.total([W(ini), W(add)], W(ann), "annual budget = initial + provincial")
    c.rate(V(spent), V(ann), rate, "execution rate (prose)")
    c.eq("balance_mismatch", V(ann) - V(spent), bal, "balance")
    ft = c.table("表1", "支出主要包括", "md")
    fr = {k: ft.row(k) for k in ["区级财政资金", "省级补助资金", "合计"]}
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.total([W(fr["区级财政资金"][i]), W(fr["省级补助资金"][i])], W(fr["合计"][i]), "table %s" % col)
    for k in fr:
        c.rate(V(fr[k][2]), V(fr[k][1]), fr[k][3], "table rate %s" % k)
    c.same(ini, fr["合计"][0], "initial text/table")
    c.same(ann, fr["合计"][1], "annual text/table")
    c.same(spent, fr["合计"][2], "spending text/table")
    c.same(rate, fr["合计"][3], "rate text/table")
    c.same(c.rx(r"区级财政资金执行率([\d.]+%)"), fr["区级财政资金"][3], "district rate text/table")
    c.same(c.rx(r"执行率([\d.]+%)。\n"), fr["省级补助资金"][3], "provincial rate text/table")
    parts = [c.rx(p) for p in (r"无人机巡查外包服务费([\d.]+)万元", r"解译费([\d.]+)万元", r"燃油费([\d.]+)万元",
                               r"核查测量费([\d.]+)万元", r"数据库维护费([\d.]+)万元")]
    c.total([W(p) for p in parts], W(spent), "spending breakdown")
    flights = c.rx(r"按(\d+)架次结算")
    c.eq("average_mismatch", V(parts[0]) * E4 / V(flights), c.rx(r"每架次(\d+)元"), "cost per flight")
    q = [c.rx(r"分别为(\d+)、"), c.rx(r"分别为\d+、(\d+)、"), c.rx(r"分别为\d+、\d+、(\d+)、"), c.rx(r"、(\d+)架次，季均")]
    fl = c.rx(r"无人机海域巡查(\d+)架次，四个")
    c.total([W(x) for x in q], W(fl), "quarterly flights")
    c.avg(q, c.rx(r"季均(\d+)架次"), "quarterly mean")
    c.eq("sum_mismatch", V(fl) - 45, c.rx(r"增加(\d+)架次"), "increase over last year")
    spots = c.rx(r"核查遥感疑点疑区(\d+)处")
    c.total([W(c.rx(r"历史遗留的(\d+)处")), W(c.rx(r"责令整改的(\d+)处"))], W(spots), "spots split")
    c.eq("sum_mismatch", D(35) - V(spots), c.rx(r"减少(\d+)处"), "decrease over last year")
    sat_parts = [c.rx(r"用海企业满意度([\d.]+%)"), c.rx(r"镇街及部门满意度([\d.]+%)")]
    for s in sat_parts:
        c.pct_le_100(s, "satisfaction sub-group")
    sat = c.rx(r"总体满意度([\d.]+%)")
    c.pct_le_100(sat, "satisfaction (prose)")
    it = c.table("附件：项目支出绩效自评表", "\n洞头区海洋发展服务中心\n", "md")
    names = ["无人机海域巡查", "无居民海岛巡查", "用海项目现场核查", "遥感疑点疑区核查处置率", "季度监测报告按时报送率",
             "项目支出总额", "新增违法用海未查处案件", "自然岸线保有率", "监管数据库图斑更新率",
             "用海主体及相关部门满意度", "预算执行率"]
    rows, ts = c.indicators(it, names, total_key="合计")
    ex = rows["预算执行率"]
    c.same(ex[1], rate, "execution rate in indicator table")
    c.eq("score_rule_mismatch", min(V(spent) / V(ann), D(1)) * V(ex[2]), ex[3], "execution score")
    c.same(rows["无人机海域巡查"][1], fl, "flights text/table")
    c.same(rows["用海项目现场核查"][1], c.rx(r"现场核查用海项目(\d+)宗"), "projects text/table")
    c.same(rows["项目支出总额"][1], spent, "cost indicator")
    c.same(rows["项目支出总额"][0], ann, "cost cap = budget")
    c.same(rows["自然岸线保有率"][1], c.rx(r"自然岸线保有率([\d.]+%)"), "shoreline text/table")
    c.same(rows["监管数据库图斑更新率"][1], c.rx(r"图斑更新率为([\d.]+%)"), "database text/table")
    c.same(rows["用海主体及相关部门满意度"][1], sat, "satisfaction text/table")
    blocks = {"产出指标": names[0:6], "效益指标": names[6:9], "满意度指标": names[9:10], "预算执行": names[10:11]}
    bsc = {}
    for b, ns in blocks.items():
        stated = c.rx(b + r"得([\d.]+)分")
        bsc[b] = stated
        c.total([W(rows[n][3]) for n in ns], W(stated), "block %s score" % b, code="score_sum_mismatch")
    total_txt = c.rx(r"自评得分([\d.]+)分")
    c.total([W(v) for v in bsc.values()], W(total_txt), "block scores", code="score_sum_mismatch")
    c.same(total_txt, ts, "total text/table")
    c.grade(total_txt, c.rx(r"评价等级为“(.)”"))


def p_zhuanghe(c):
    c.year_is(c.rx(r"\n(\d{4})年度渔船安全救助项目支出绩效自评报告"), "title")
    c.year_is(c.rx(r"开展(\d{4})年度预算绩效自评"), "opening")
    c.year_is(c.rx(r"（(\d{4})年度）"), "table header")
    c.year_is(c.rx(r"表1　(\d{4})年项目资金"), "table 1 title")
    c.year_after(c.rx(r"相应资金结转(\d{4})年使用"), "outgoing carry-over")
    c.year_after(c.rx(r"结转(\d{4})年的37.93"), "outgoing carry-over (other)")
    c.year_after(c.rx(r"\n(\d{4})年\d+月\d+日\n$"), "report date")
    c.year_before(c.rx(r"比(\d{4})年的5人"), "last year's deaths")
    o_ann, o_sp = c.rx(r"全年预算([\d.]+)万元、实际支出"), c.rx(r"实际支出([\d.]+)万元）")
    units, fee, fee_tot = c.rx(r"为(\d+)部渔船"), c.rx(r"每部每年(\d+)"), c.rx(r"计(\d+)万元；")
    fee_unit = c.rx(r"每部每年\d+(万?元)")
    c.product([W(units), W(fee)], W(fee_tot), "telecom subsidy", scale=(D(1) if fee_unit == "万元" else 1 / E4))
    rescue, train = c.rx(r"应急救助经费(\d+)万元，用于"), c.rx(r"培训经费(\d+)万元，全年")
    boats, per, raft = c.rx(r"对(\d+)艘渔船"), c.rx(r"每艘(\d+)元"), c.rx(r"共([\d.]+)万元。")
    c.product([W(boats), W(per)], W(raft), "raft subsidy", scale=1 / E4)
    ini, cen, ann = c.rx(r"年初预算(\d+)万元，为市级"), c.rx(r"补助资金([\d.]+)万元下达"), c.rx(r"全年预算([\d.]+)万元，资金到位率")
    c.total([W(fee_tot), W(rescue), W(train)], W(ini), "initial budget items")
    c.total([W(ini), W(cen)], W(ann), "annual budget")
    c.same(raft, cen, "raft subsidy = central funds")
    spent, rate, bal = c.rx(r"全年支出([\d.]+)万元，执行率"), c.rx(r"执行率([\d.]+%)，结余"), c.rx(r"结余([\d.]+)万元。通信")
    c.rate(V(spent), V(ann), rate, "execution rate (prose)")
    c.eq("balance_mismatch", V(ann) - V(spent), bal, "balance")
    c.same(o_ann, ann, "opening budget")
    c.same(o_sp, spent, "opening spending")
    ft = c.table("表1", "（三）资金管理", "bar")
    items = ["渔船通信终端通信费补贴", "海上遇险应急救助经费", "救生筏检修补助", "渔民安全生产培训经费"]
    fr = {k: ft.row(k) for k in items + ["合计"]}
    for k in fr:
        c.total([W(fr[k][0]), W(fr[k][1])], W(fr[k][2]), "row %s initial + adjustment" % k)
    for i, col in enumerate(["年初预算数", "年中调整数", "全年预算数", "全年执行数"]):
        c.total([W(fr[k][i]) for k in items], W(fr["合计"][i]), "table 1 %s" % col)
    c.same(fr["合计"][0], ini, "initial text/table")
    c.same(fr["合计"][2], ann, "annual text/table")
    c.same(fr["合计"][3], spent, "spending text/table")
    c.same(fr["渔船通信终端通信费补贴"][0], fee_tot, "telecom budget text/table")
    c.same(fr["海上遇险应急救助经费"][0], rescue, "rescue budget text/table")
    c.same(fr["渔民安全生产培训经费"][0], train, "training budget text/table")
    c.same(fr["救生筏检修补助"][2], raft, "raft budget text/table")
    c.same(fr["渔船通信终端通信费补贴"][3], fee_tot, "telecom paid in full")
    c.same(c.rx(r"结转\d{4}年的([\d.]+)万元中"), bal, "carried-over amount = balance")
    c.eq("balance_mismatch", V(fr["救生筏检修补助"][2]) - V(fr["救生筏检修补助"][3]), c.rx(r"救生筏检修补助([\d.]+)万元，其余"), "raft balance")
    tb = c.table("项目支出绩效自评表\n", "\n庄河市海洋与渔业局\n", "bar")
    sr = {k: tb.row(k) for k in ["年度资金总额", "其中：中央补助资金", "市级财政资金", "上年结转资金", "其他资金"]}
    subs = ["其中：中央补助资金", "市级财政资金", "上年结转资金", "其他资金"]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.total([W(sr[k][i]) for k in subs], W(sr["年度资金总额"][i]), "self-evaluation table %s" % col)
    for k in sr:
        c.rate(V(sr[k][2]), V(sr[k][1]), sr[k][4], "table rate %s" % k)
    c.same(sr["年度资金总额"][1], ann, "annual in 自评表")
    c.same(sr["年度资金总额"][2], spent, "spending in 自评表")
    c.same(sr["年度资金总额"][4], rate, "rate in 自评表")
    c.same(sr["其中：中央补助资金"][2], fr["救生筏检修补助"][3], "central spending = raft spending")
    c.total([W(fr[k][3]) for k in ["渔船通信终端通信费补贴", "海上遇险应急救助经费", "渔民安全生产培训经费"]],
            W(sr["市级财政资金"][2]), "municipal spending = items paid from municipal funds")
    ex_w, ex_s = sr["年度资金总额"][3], sr["年度资金总额"][5]
    c.eq("score_rule_mismatch", min(V(spent) / V(ann), D(1)) * V(ex_w), ex_s, "execution score")
    names = ["渔船通信终端通信费补贴", "救生筏检修补助", "渔民安全生产培训", "渔船遇险救助成功率", "遇险信息响应时间",
             "单艘救生筏检修补助标准", "渔业生产安全事故死亡人数", "渔船安全隐患整改率", "渔船安全通信终端在线率", "渔民满意度"]
    rows, ts = c.indicators(tb, names, exec_row=(ex_w, ex_s))
    trained = c.rx(r"安全生产培训(\d+)人次，完成")
    c.same(rows["渔民安全生产培训"][1], trained, "training text/table")
    c.eq("completion_mismatch", V(trained) / V(c.rx(r"全年培训不少于(\d+)人次")) * 100, c.rx(r"完成目标的(\d+%)"), "training completion")
    done = c.rx(r"完成(\d+)艘渔船救生筏")
    c.same(rows["救生筏检修补助"][1], done, "rafts text/table")
    c.eq("completion_mismatch", V(done) / V(boats) * 100, c.rx(r"完成计划的([\d.]+%)"), "raft completion")
    c.product([W(done), W(per)], W(fr["救生筏检修补助"][3]), "raft spending = boats x 3000元", scale=1 / E4)
    cases, saved, sr_rate = c.rx(r"接报渔船遇险(\d+)起"), c.rx(r"成功救助(\d+)起"), c.rx(r"救助成功率([\d.]+%)")
    c.rate(V(saved), V(cases), sr_rate, "rescue success rate")
    c.total([W(c.rx(r"机械故障(\d+)起")), W(c.rx(r"碰撞(\d+)起")), W(c.rx(r"搁浅及其他(\d+)起"))], W(cases), "incident causes")
    c.same(rows["渔船遇险救助成功率"][1], sr_rate, "rescue rate text/table")
    c.same(rows["遇险信息响应时间"][1], c.rx(r"平均响应时间(\d+分钟)"), "response time")
    deaths = c.rx(r"安全事故死亡(\d+)人")
    c.same(rows["渔业生产安全事故死亡人数"][1], deaths + "人", "deaths")
    c.eq("sum_mismatch", D(5) - V(deaths), c.rx(r"减少(\d+)人"), "deaths decrease")
    c.same(rows["渔船安全隐患整改率"][1], c.rx(r"隐患整改率([\d.]+%)"), "rectification text/table")
    c.same(rows["渔船安全通信终端在线率"][1], c.rx(r"平均在线率([\d.]+%)"), "online rate text/table")
    sat = c.rx(r"满意度为([\d.]+%)")
    c.pct_le_100(sat, "satisfaction (prose)")
    c.same(rows["渔民满意度"][1], sat, "satisfaction text/table")
    blocks = {"产出指标": names[0:6], "效益指标": names[6:9], "满意度指标": names[9:10]}
    bsc = [c.rx(r"预算执行得([\d.]+)分")]
    c.same(bsc[0], ex_s, "execution score text/table")
    for b, ns in blocks.items():
        stated = c.rx(b + r"得([\d.]+)分")
        bsc.append(stated)
        c.total([W(rows[n][3]) for n in ns], W(stated), "block %s score" % b, code="score_sum_mismatch")
    total_txt = c.rx(r"合计([\d.]+)分")
    c.total([W(v) for v in bsc], W(total_txt), "block scores", code="score_sum_mismatch")
    c.same(total_txt, ts, "total text/table")
    c.grade(total_txt, c.rx(r"评价等级为(.)。"))


PROJECTS = {
    "sd-rongcheng-guancezhan-2021": (2021, p_rongcheng),
    "gd-yangxi-yugangshujun-2019": (2019, p_yangxi),
    "gx-fangcheng-hongshulin-2022": (2022, p_fangcheng),
    "zj-dongtou-haiyudongjian-2024": (2024, p_dongtou),
    "ln-zhuanghe-yuchuanjiuzhu-2018": (2018, p_zhuanghe),
}


def run_checks(pid, text):
    year, fn = PROJECTS[pid]
    c = Ctx(text, year)
    fn(c)
    return c.fails


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(b) - j                 # region in b


def main(verbose=False):
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    codes = Counter()
    where = Counter()
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        pid = lab["source"]
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        try:
            fails = run_checks(pid, text)
        except (Missing, IndexError, ValueError, KeyError) as exc:
            problems.append("%s: cannot read a figure: %s" % (lab["case"], exc))
            continue
        errs = [f for f in fails if f[0] not in WARN]
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % lab["case"])
            if fails:
                problems.append("%s: clean draft fails %s" % (lab["case"], fails))
            if verbose:
                print("%-40s clean, all checks pass" % lab["case"])
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one label" % lab["case"])
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        codes[code] += 1
        if exp.get("severity") != "error" or code not in CODES13:
            problems.append("%s: label must be an error of §A" % lab["case"])
        if value not in text:
            problems.append("%s: value %r not in case" % (lab["case"], value))
        s, e = diff_region(clean, text)
        if s >= e and len(text) >= len(clean):
            problems.append("%s: no difference from the clean draft" % lab["case"])
        occ, k = [], text.find(value)
        while k >= 0:
            occ.append((k, k + len(value)))
            k = text.find(value, k + 1)
        if not any(a < max(e, s + 1) and s < b for a, b in occ):
            problems.append("%s: label value does not overlap the edit [%d,%d)" % (lab["case"], s, e))
        got = sorted({f[0] for f in errs})
        if code not in got:
            problems.append("%s: labelled %s does not fail (fails: %s)" % (lab["case"], code, got))
        others = [f for f in errs if f[0] != code]
        if others:
            problems.append("%s: other error codes fail: %s" % (lab["case"], others))
        if verbose:
            print("%-40s %-22s %s" % (lab["case"], code, [f[1] for f in errs if f[0] == code][:1]))
    for c13 in CODES13:
        if codes[c13] < 2:
            problems.append("code %s used %d times (< 2)" % (c13, codes[c13]))
    n_clean = sum(1 for l in labels if l["clean"])
    if n_clean != 5 or len(labels) != 35:
        problems.append("expected 5 clean + 30 error cases, got %d labels (%d clean)" % (len(labels), n_clean))
    for p in problems:
        print("PROBLEM:", p)
    if verbose:
        print("codes:", dict(codes))
    if problems:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
