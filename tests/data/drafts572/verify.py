#!/usr/bin/env python3
"""Re-read the figures of every case from its text and redo the arithmetic (rules.md §7/§8).

Clean drafts must break no identity; each error case must break at least one identity, and every
broken identity must carry the code labelled for that case.  Also checks the labelling mechanics:
one contiguous edit (<= 40 chars) against the clean draft, `value` occurs exactly once and covers
the edit.  stdlib + decimal only.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"(\d[\d,]*(?:\.\d+)?)"


class Broken(Exception):
    pass


# ---------------------------------------------------------------- numbers

def D(s):
    return Decimal(s.replace(",", "").replace("，", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """stated: string as written; computed: Decimal.  Tolerance from the stated decimals."""
    v = D(stated)
    tol = Decimal(5) * Decimal(10) ** (-(decimals(stated) + 1)) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def approx_ok(stated, computed):
    """约/近/左右: input interval of +- half a unit of the last digit."""
    return ok(stated, computed)


def pct(num, den):
    return Decimal(num) / Decimal(den) * 100


def to_wan(value, unit):
    value = D(value) if isinstance(value, str) else value
    return {"元": value / 10000, "万元": value, "亿元": value * 10000}[unit]


SCALES = [Decimal(10) ** k for k in (4, -4, 8, -8)]


def rescaled(stated, unit, expected_wan):
    """True when the stated amount matches the expected one only after a power-of-ten rescale."""
    v = to_wan(stated, unit)
    return any(abs(v * k - expected_wan) <= Decimal("0.006") for k in SCALES)


# ---------------------------------------------------------------- tables

def parse_tables(text):
    tables, cur = [], []
    for line in text.split("\n"):
        if "\t" in line:
            cur.append(line.split("\t"))
        else:
            if cur:
                tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def col(header, *names):
    for n in names:
        for i, h in enumerate(header):
            if h.startswith(n):
                return i
    return None


def cell(row, i):
    return row[i].strip() if i is not None and i < len(row) else ""


def is_num(s):
    return re.fullmatch(r"-?\d[\d,]*(?:\.\d+)?", s or "") is not None


def is_pct(s):
    return re.fullmatch(r"\d+(?:\.\d+)?%", s or "") is not None


class Ctx:
    def __init__(self, text):
        self.text = text
        self.prose = "\n".join(l for l in text.split("\n") if "\t" not in l)
        self.tables = parse_tables(text)
        self.funds = []      # list of (header, rows)
        self.route = None
        self.ind = None
        for t in self.tables:
            h = t[0]
            if h[0] == "一级指标":
                self.ind = t
            elif col(h, "执飞班次") is not None:
                self.route = t
            elif col(h, "全年预算数") is not None:
                self.funds.append(t)

    # first funds table = the main one
    def main_funds(self):
        return self.funds[0]

    def funds_row(self, label, table=None):
        t = table or self.main_funds()
        for r in t[1:]:
            if label in (r[0].strip(), r[1].strip() if len(r) > 1 else ""):
                return r
        raise Broken("funds row %s" % label)

    def fcol(self, name, table=None):
        t = table or self.main_funds()
        i = col(t[0], *name) if isinstance(name, tuple) else col(t[0], name)
        if i is None:
            raise Broken("funds col %s" % (name,))
        return i

    def total_budget(self):
        t = self.main_funds()
        return D(cell(t[1], self.fcol("全年预算数")))

    def total_spent(self):
        t = self.main_funds()
        return D(cell(t[1], self.fcol(("全年执行数", "实际支出"))))

    def total_received(self):
        t = self.main_funds()
        i = col(t[0], "实际到位数")
        return D(cell(t[1], i)) if i is not None else None

    def route_total(self, name):
        t = self.route
        i = col(t[0], name)
        return D(cell(t[-1], i))

    def route_row(self, label, name):
        t = self.route
        i = col(t[0], name)
        for r in t[1:]:
            if r[0].strip() == label:
                return cell(r, i)
        raise Broken("route row %s" % label)

    def ind_rows(self):
        t = self.ind
        h = t[0]
        rows, l1, l2 = [], "", ""
        for r in t[1:]:
            if r[0].strip() == "合计":
                break
            l1 = r[0].strip() or l1
            l2 = r[1].strip() or l2
            rows.append((l1, l2, r))
        return h, rows

    def ind_total(self):
        h = self.ind[0]
        last = [r for r in self.ind[1:] if r[0].strip() == "合计"][0]
        return cell(last, col(h, "分值")), cell(last, col(h, "得分"))

    def ind_actual(self, name):
        h, rows = self.ind_rows()
        for _, _, r in rows:
            if cell(r, col(h, "三级指标")) == name:
                return cell(r, col(h, "实际完成值"))
        raise Broken("indicator %s" % name)

    def one(self, pattern):
        m = list(re.finditer(pattern, self.prose))
        if len(m) != 1:
            raise Broken("pattern %r matched %d times" % (pattern, len(m)))
        return m[0].groups()


# ---------------------------------------------------------------- generic checks

def check_funds_tables(c, fail):
    for t in c.funds:
        h = t[0]
        ib, ie = col(h, "全年预算数"), col(h, "全年执行数", "实际支出")
        ii, ia, ir = col(h, "年初预算数"), col(h, "调整数"), col(h, "实际到位数")
        irr, ier, ibal = col(h, "到位率"), col(h, "执行率"), col(h, "结余", "结转结余")
        two_label = h[1] == ""
        for r in t[1:]:
            b, e = D(cell(r, ib)), D(cell(r, ie))
            # I1 执行率 / I5 zero base and > 100 %
            for rate_i, num in ((ier, e), (irr, D(cell(r, ir)) if ir is not None else None)):
                if rate_i is None:
                    continue
                s = cell(r, rate_i)
                if b == 0:
                    if s not in ("—", "-", "0", "0.00%"):
                        fail("implausible_rate", "rate on zero base: %s" % r)
                    continue
                if not is_pct(s):
                    fail("rate_mismatch", "rate cell %r" % s)
                    continue
                if D(s[:-1]) > 100 or pct(num, b) > 100:
                    fail("implausible_rate", "rate over 100%%: %s" % r)
                elif not ok(s[:-1], pct(num, b)):
                    fail("rate_mismatch", "%s: %s vs %s" % (r[0] + r[1], s, pct(num, b)))
            # I3 结余
            if ibal is not None:
                base = D(cell(r, ir)) if ir is not None else b
                if not ok(cell(r, ibal), base - e):
                    fail("balance_mismatch", "row balance %s" % r)
            # 年初 + 调整 = 全年
            if ia is not None and ii is not None:
                if D(cell(r, ii)) + D(cell(r, ia)) != b:
                    fail("sum_mismatch", "initial+adj != annual %s" % r)
        # I4 component sums
        body = t[1:]
        if body[-1][0].strip() == "合计" and body[0][0].strip() != "合计":
            groups = [(body[-1], body[:-1])]
        else:
            total, rest = body[0], body[1:]
            lvl1 = [r for r in rest if r[0].strip() not in ("", "其中")] if two_label else rest
            groups = []
            if lvl1 and two_label:
                groups.append((total, lvl1))
                parent = None
                kids = {}
                for r in rest:
                    if r[0].strip() not in ("", "其中"):
                        parent = r[0].strip()
                        kids[parent] = (r, [])
                    else:
                        kids[parent][1].append(r)
                for p, (pr, ks) in kids.items():
                    if ks:
                        groups.append((pr, ks))
            else:
                groups.append((total, rest))
        money_cols = [i for i in (ii, ia, ib, ir, ie, ibal) if i is not None]
        for parent, kids in groups:
            for i in money_cols:
                if sum(D(cell(k, i)) for k in kids) != D(cell(parent, i)):
                    fail("sum_mismatch", "column %s of %s" % (h[i], parent[0] + parent[1]))


def check_route(c, fail):
    t = c.route
    h = t[0]
    rows, tot = t[1:-1], t[-1]
    if tot[0].strip() != "合计":
        fail("sum_mismatch", "route table without 合计")
        return
    sum_cols = [col(h, n) for n in ("执飞班次", "投放座位", "旅客", "承运旅客", "补贴金额", "运营保障补贴", "座位补贴")]
    for i in sorted(set(x for x in sum_cols if x is not None)):
        if sum(D(cell(r, i)) for r in rows) != D(cell(tot, i)):
            fail("sum_mismatch", "route column %s" % h[i])
    iseat, ipax, ilf = col(h, "投放座位"), col(h, "旅客", "承运旅客"), col(h, "客座率")
    for r in rows + [tot]:
        s = cell(r, ilf)
        if D(s[:-1]) > 100:
            fail("implausible_rate", "load factor > 100 %s" % r)
        elif not ok(s[:-1], pct(D(cell(r, ipax)), D(cell(r, iseat)))):
            fail("rate_mismatch", "load factor %s" % r[0])
    istd, iamt, ifl = col(h, "补贴标准"), col(h, "补贴金额"), col(h, "执飞班次")
    if istd is not None:
        for r in rows:
            std = cell(r, istd)
            m = re.fullmatch(NUM + r"(元/班|元/座)?", std)
            per = m.group(2) or ("元/班" if "元/班" in h[istd] else "元/座")
            base = D(cell(r, ifl)) if per == "元/班" else D(cell(r, iseat))
            if D(m.group(1)) * base / 10000 != D(cell(r, iamt)):
                fail("sum_mismatch", "standard x base != amount %s" % r[0])


TGT = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*" + NUM + r"\s*(.*)$")
ACT = re.compile(r"^" + NUM + r"\s*(.*)$")


def check_indicators(c, fail):
    h, rows = c.ind_rows()
    iname, it, ia = col(h, "三级指标"), col(h, "年度指标值", "指标值"), col(h, "实际完成值")
    ic, iw, isc = col(h, "完成率"), col(h, "分值"), col(h, "得分")
    wsum, ssum = Decimal(0), Decimal(0)
    for l1, l2, r in rows:
        w, s = D(cell(r, iw)), D(cell(r, isc))
        wsum += w
        ssum += s
        if s > w or s < 0:
            fail("score_exceeds_weight", "%s: %s > %s" % (cell(r, iname), s, w))
        tgt, act = cell(r, it), cell(r, ia)
        mt, ma = TGT.match(tgt), ACT.match(act)
        if ma and ma.group(2) == "%" and D(ma.group(1)) > 100:
            fail("implausible_rate", "%s actual %s" % (cell(r, iname), act))
        if not mt:
            continue                      # qualitative target
        if not ma or ma.group(2) != mt.group(3):
            fail("unit_mismatch", "%s: target %r actual %r" % (cell(r, iname), tgt, act))
            continue
        if ic is None or cell(r, ic) in ("—", "-", ""):
            continue
        T, A = D(mt.group(2)), D(ma.group(1))
        sign = mt.group(1) or "="
        if T == 0:
            continue
        if sign in ("≤", "＜", "<="):
            comp = Decimal(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        st = cell(r, ic)
        if not is_pct(st) or not ok(st[:-1], comp):
            fail("completion_mismatch", "%s: %s vs %s" % (cell(r, iname), st, comp))
    tw, ts = c.ind_total()
    if wsum != D(tw) or D(tw) != 100:
        fail("weight_sum_mismatch", "weights %s, stated %s" % (wsum, tw))
    if not ok(ts, ssum):
        fail("score_sum_mismatch", "scores %s, stated %s" % (ssum, ts))
    # execution row against the funds table
    for l1, l2, r in rows:
        if "执行率" in cell(r, iname):
            a = cell(r, ia)
            if not ok(a[:-1], pct(c.total_spent(), c.total_budget())):
                fail("rate_mismatch", "execution row %s" % a)


def band(s):
    s = D(s)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def check_total_grade(c, fail):
    _, ts = c.ind_total()
    found = list(re.finditer(r"自评得分" + NUM + r"分(?:，(?:评价)?等级为[“\"]?(优秀|良好|中等|优|良|中|差))?", c.prose))
    if not found:
        fail("score_sum_mismatch", "no total in prose")
    for m in found:
        if D(m.group(1)) != D(ts):
            fail("score_sum_mismatch", "prose total %s vs table %s" % (m.group(1), ts))
        if m.group(2) and m.group(2)[0] != band(m.group(1)):
            fail("grade_mismatch", "%s -> %s" % (m.group(1), m.group(2)))


# ---------------------------------------------------------------- helpers for prose checks

def same_amount(fail, stated, unit, expected_wan, what):
    v = to_wan(stated, unit)
    if abs(v - expected_wan) <= Decimal("0.005"):
        return
    if rescaled(stated, unit, expected_wan):
        fail("unit_mismatch", "%s: %s%s vs %s万元" % (what, stated, unit, expected_wan))
    else:
        fail("conflicting_values", "%s: %s%s vs %s万元" % (what, stated, unit, expected_wan))


def same(fail, stated, expected, what, code="conflicting_values"):
    """Same quantity stated twice: numbers compared as Decimal, figures with units as written."""
    a, b = str(stated).replace(",", ""), str(expected).replace(",", "")
    try:
        equal = Decimal(a) == Decimal(b)
    except Exception:
        ma, mb = ACT.match(a), ACT.match(b)
        equal = bool(ma and mb and Decimal(ma.group(1)) == Decimal(mb.group(1)) and ma.group(2) == mb.group(2))
    if not equal:
        fail(code, "%s: %s vs %s" % (what, stated, expected))


def rate(fail, stated, num, den, what):
    if not ok(stated, pct(num, den)):
        fail("rate_mismatch", "%s: %s vs %s" % (what, stated, pct(num, den)))


def year_after(fail, y, eval_year, what):
    if int(y) <= eval_year:
        fail("year_mismatch", "%s: %s" % (what, y))


def year_eq(fail, y, eval_year, what):
    if int(y) != eval_year:
        fail("year_mismatch", "%s: %s" % (what, y))


def gen(c, fail):
    for f in (check_funds_tables, check_route, check_indicators, check_total_grade):
        try:
            f(c, fail)
        except Broken as e:
            fail("parse", str(e))


# ---------------------------------------------------------------- per-project prose checks

def p_puer(c, fail):
    Y = 2018
    init, = c.one(r"年初市级财政安排支线航线补贴资金预算" + NUM + "万元")
    add, = c.one(r"下达民航发展专项资金" + NUM + "万元")
    ann, sub1, sub2 = c.one(r"调整后全年预算为" + NUM + r"万元，其中航线补贴" + NUM + r"万元、航线营销推广" + NUM + "万元")
    if D(init) + D(add) != D(ann):
        fail("sum_mismatch", "initial + add")
    if D(sub1) + D(sub2) != D(ann):
        fail("sum_mismatch", "sub budgets")
    same(fail, ann, c.total_budget(), "annual budget")
    y, = c.one(r"截至(\d{4})年12月31日")
    year_eq(fail, y, Y, "截至")
    rec, rr = c.one(r"实际到位" + NUM + r"万元，资金到位率" + NUM + "%")
    same(fail, rec, c.total_received(), "received")
    rate(fail, rr, D(rec), D(ann), "到位率")
    sp, er = c.one(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    same(fail, sp, c.total_spent(), "spent")
    rate(fail, er, D(sp), D(ann), "执行率")
    s1, r1 = c.one(r"航线补贴兑付" + NUM + r"万元，执行率" + NUM + "%")
    rate(fail, r1, D(s1), D(sub1), "航线补贴执行率")
    s2, r2 = c.one(r"航线营销推广支出" + NUM + r"万元，执行率" + NUM + "%")
    rate(fail, r2, D(s2), D(sub2), "营销执行率")
    if D(s1) + D(s2) != D(sp):
        fail("sum_mismatch", "sub spending")
    bal, = c.one(r"年末结余" + NUM + "万元")
    if D(bal) != D(rec) - D(sp):
        fail("balance_mismatch", "结余")
    y, = c.one(r"结转至(\d{4})年继续使用")
    year_after(fail, y, Y, "结转")
    fl, tg, comp = c.one(r"共执飞" + NUM + r"班，完成年度目标" + NUM + r"班的" + NUM + "%")
    same(fail, fl, c.route_total("执飞班次"), "flights")
    if not ok(comp, pct(D(fl), D(tg))):
        fail("completion_mismatch", "prose completion")
    seats, wseats = c.one(r"投放座位" + NUM + r"座（约" + NUM + "万座）")
    same(fail, seats, c.route_total("投放座位"), "seats")
    if not approx_ok(wseats, D(seats) / 10000):
        fail("conflicting_values", "seats in 万座")
    q = c.one(r"一至四季度分别为" + NUM + r"人次、" + NUM + r"人次、" + NUM + r"人次和" + NUM + "人次")
    if sum(D(x) for x in q) != c.route_total("旅客"):
        fail("sum_mismatch", "quarters")
    thr, last, g = c.one(r"完成旅客吞吐量" + NUM + r"万人次，比2017年的" + NUM + r"万人次增长" + NUM + "%")
    rate(fail, g, D(thr) - D(last), D(last), "growth")
    same(fail, thr + "万人次", c.ind_actual("机场旅客吞吐量"), "throughput")
    lf, lf_last, pp = c.one(r"平均客座率（旅客运输量/投放座位数）为" + NUM + r"%，较2017年的" + NUM + r"%提高" + NUM + "个百分点")
    same(fail, lf + "%", cell(c.route[-1], col(c.route[0], "客座率")), "load factor")
    same(fail, pp, D(lf) - D(lf_last), "percentage points", "rate_mismatch")
    avg, = c.one(r"平均每班运送旅客" + NUM + "人次")
    if not ok(avg, c.route_total("旅客") / c.route_total("执飞班次")):
        fail("average_mismatch", "per flight")
    amt, unit = c.one(r"四条补贴航线全年兑付补贴" + NUM + "(万元|亿元|元)")
    same_amount(fail, amt, unit, c.route_total("补贴金额"), "subsidy total")
    a4, per = c.one(r"全年补贴" + NUM + r"万元，折合每班" + NUM + "元")
    same(fail, a4, c.route_row("普洱—南宁", "补贴金额"), "南宁 subsidy")
    if not ok(per, D(a4) * 10000 / D(c.route_row("普洱—南宁", "执飞班次"))):
        fail("average_mismatch", "per flight 南宁")
    low, = c.one(r"客座率仅" + NUM + "%")
    same(fail, low + "%", c.route_row("普洱—南宁", "客座率"), "南宁 lf")
    gy, = c.one(r"普洱—贵阳航线客座率" + NUM + "%")
    same(fail, gy + "%", c.route_row("普洱—贵阳", "客座率"), "贵阳 lf")
    ot, = c.one(r"补贴航线航班正常率" + NUM + "%")
    same(fail, ot + "%", c.ind_actual("航班正常率"), "on-time")
    sat, = c.one(r"旅客满意度为" + NUM + "%")
    same(fail, sat + "%", c.ind_actual("旅客满意度"), "satisfaction")
    d1, d2 = c.one(r"预算执行率（扣" + NUM + r"分）和补贴航线平均客座率（扣" + NUM + "分）")
    _, ts = c.ind_total()
    if D(d1) + D(d2) != 100 - D(ts):
        fail("score_sum_mismatch", "deductions")
    b40, s40 = c.one(r"航线营销推广预算" + NUM + r"万元仅支出" + NUM + "万元")
    same(fail, b40, sub2, "营销 budget")
    same(fail, s40, s2, "营销 spent")


def p_alashan(c, fail):
    Y = 2020
    init, city, reg = c.one(r"年初预算" + NUM + r"万元，其中盟级财政资金" + NUM + r"万元，自治区民航发展资金" + NUM + "万元")
    if D(city) + D(reg) != D(init):
        fail("sum_mismatch", "initial split")
    y, = c.one(r"于(\d{4})年12月提前下达")
    if int(y) != Y - 1:
        fail("year_mismatch", "advance")
    cut, ann = c.one(r"调减盟级资金" + NUM + r"万元，调整后全年预算" + NUM + "万元")
    if D(init) - D(cut) != D(ann):
        fail("sum_mismatch", "initial - cut")
    same(fail, ann, c.total_budget(), "annual")
    sp, er = c.one(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    same(fail, sp, c.total_spent(), "spent")
    rate(fail, er, D(sp), D(ann), "执行率")
    bal, = c.one(r"年末结余" + NUM + "万元")
    if D(bal) != c.total_received() - D(sp):
        fail("balance_mismatch", "结余")
    y, = c.one(r"同意结转至(\d{4})年")
    year_after(fail, y, Y, "结转")
    fl, fl19, diff, comp = c.one(r"累计执飞" + NUM + r"班，比2019年的" + NUM + r"班减少" + NUM + r"班，完成年度目标的" + NUM + "%")
    same(fail, fl, c.route_total("执飞班次"), "flights")
    if D(fl19) - D(fl) != D(diff):
        fail("sum_mismatch", "difference")
    if not ok(comp, pct(D(fl), 1500)):
        fail("completion_mismatch", "flights completion")
    pax, comp2 = c.one(r"承运旅客" + NUM + r"人次，完成年度目标的" + NUM + "%")
    same(fail, pax, c.route_total("承运旅客"), "pax")
    if not ok(comp2, pct(D(pax), 9000)):
        fail("completion_mismatch", "pax completion")
    a1, = c.one(r"全年兑付" + NUM + r"万元；座位补贴")
    same_amount(fail, a1, "万元", c.route_total("运营保障补贴"), "保障补贴")
    a2, = c.one(r"200元/座计算，全年兑付" + NUM + "万元")
    same_amount(fail, a2, "万元", c.route_total("座位补贴"), "座位补贴")
    ot, = c.one(r"全年航班正常率" + NUM + "%")
    same(fail, ot + "%", c.ind_actual("航班正常率"), "on-time")
    lf, = c.one(r"全年航线平均客座率" + NUM + "%")
    same(fail, lf + "%", cell(c.route[-1], col(c.route[0], "客座率")), "lf")
    same(fail, lf + "%", c.ind_actual("航线平均客座率"), "lf indicator")
    e, = c.one(r"巴彦浩特—额济纳旗航线客座率达到" + NUM + "%")
    same(fail, e + "%", c.route_row("巴彦浩特—额济纳旗", "客座率"), "lf 额济纳")
    a, = c.one(r"阿拉善右旗—额济纳旗航线客座率" + NUM + "%")
    same(fail, a + "%", c.route_row("阿拉善右旗—额济纳旗", "客座率"), "lf 阿右-额济纳")
    sat, = c.one(r"旅客满意度为" + NUM + "%")
    same(fail, sat + "%", c.ind_actual("旅客满意度"), "satisfaction")
    same(fail, fl + "班", c.ind_actual("执飞班次"), "flights indicator")
    same(fail, pax + "人次", c.ind_actual("承运旅客"), "pax indicator")


def p_jiande(c, fail):
    Y = 2022
    init, add, cut, ann = c.one(r"年初预算" + NUM + r"万元，年中追加" + NUM + r"万元、调减" + NUM + r"万元，调整后全年预算" + NUM + "万元")
    if D(init) + D(add) - D(cut) != D(ann):
        fail("sum_mismatch", "initial + add - cut")
    same(fail, ann, c.total_budget(), "annual")
    i0, = c.one(r"年初安排预算" + NUM + "万元")
    same(fail, i0, init, "initial twice")
    rr, = c.one(r"资金全部到位，到位率" + NUM + "%")
    rate(fail, rr, c.total_received(), D(ann), "到位率")
    sp, er, bal, y = c.one(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + r"万元，已按规定结转至(\d{4})年")
    same(fail, sp, c.total_spent(), "spent")
    rate(fail, er, D(sp), D(ann), "执行率")
    if D(bal) != c.total_received() - D(sp):
        fail("balance_mismatch", "结余")
    year_after(fail, y, Y, "结转")
    b1, s1, r1 = c.one(r"市本级资金全年预算" + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + "%")
    rate(fail, r1, D(s1), D(b1), "市本级")
    prov = c.funds_row("省级补助资金")
    h = c.main_funds()[0]
    if D(cell(prov, col(h, "全年执行数"))) != D(cell(prov, col(h, "全年预算数"))):
        fail("rate_mismatch", "省级资金全部支出")
    n, n0, d = c.one(r"全年保障各类起降" + NUM + r"架次，比2021年的" + NUM + r"架次增加" + NUM + "架次")
    if D(n) - D(n0) != D(d):
        fail("sum_mismatch", "take-offs difference")
    same(fail, n + "架次", c.ind_actual("通用机场保障起降架次"), "take-offs")
    fl, seats, pax, lf, avg = c.one(r"两条短途航线全年执飞" + NUM + r"班，投放座位" + NUM + r"座，运送旅客" + NUM + r"人次，平均客座率" + NUM + r"%，平均每班旅客" + NUM + "人次")
    same(fail, fl, c.route_total("执飞班次"), "flights")
    same(fail, seats, c.route_total("投放座位"), "seats")
    same(fail, pax, c.route_total("旅客"), "pax")
    same(fail, lf + "%", cell(c.route[-1], col(c.route[0], "客座率")), "lf")
    if not ok(avg, D(pax) / D(fl)):
        fail("average_mismatch", "per flight")
    ia = c.ind_actual("短途运输执飞班次")
    m = ACT.match(ia)
    if not m or m.group(2) != "班":
        fail("unit_mismatch", "flights indicator %s" % ia)
    else:
        same(fail, m.group(1), fl, "flights indicator")
    same(fail, pax + "人次", c.ind_actual("短途运输旅客量"), "pax indicator")
    seats2, std, amt, yuan = c.one(r"全年投放观光座位" + NUM + r"座，按" + NUM + r"元/座补贴" + NUM + r"万元（" + NUM + "元）")
    if D(seats2) * D(std) / 10000 != D(amt):
        fail("sum_mismatch", "seats x standard")
    same_amount(fail, yuan, "元", D(amt), "观光补贴 in 元")
    sub = c.funds[1]
    same(fail, amt, cell(c.funds_row("低空观光按座补贴", sub), col(sub[0], "实际支出")), "观光 spent")
    same(fail, seats2 + "座", c.ind_actual("低空观光投放座位"), "seats indicator")
    k, a, b, cc = c.one(r"执行通航应急救援任务" + NUM + r"次，其中山林火情侦察" + NUM + r"次、医疗转运" + NUM + r"次、水上搜救" + NUM + "次")
    if D(a) + D(b) + D(cc) != D(k):
        fail("sum_mismatch", "rescue split")
    same(fail, k + "次", c.ind_actual("通航应急救援出动次数"), "rescue indicator")
    v, = c.one(r"带动通航产业产值" + NUM + "亿元，同比")
    same(fail, v + "亿元", c.ind_actual("带动通航产业产值"), "output value")
    sat, = c.one(r"综合满意度" + NUM + "%")
    same(fail, sat + "%", c.ind_actual("旅客及企业满意度"), "satisfaction")
    r = [x for x in c.route[1:-1]]
    for row in r:
        if D(cell(row, col(c.route[0], "补贴标准"))) != 4800:
            fail("conflicting_values", "standard 4800")


def p_hechi(c, fail):
    Y = 2024
    init, add, a1, a2, a3, ann, yi = c.one(r"年初预算" + NUM + r"万元，均为市级一般公共预算拨款。年中追加" + NUM + r"万元，其中人员经费调资" + NUM + r"万元、自治区下达支线航线补贴" + NUM + r"万元（[^）]*）、通用航空发展补助" + NUM + r"万元，调整后全年预算" + NUM + r"万元（约" + NUM + "亿元）")
    if D(a1) + D(a2) + D(a3) != D(add):
        fail("sum_mismatch", "additions")
    if D(init) + D(add) != D(ann):
        fail("sum_mismatch", "initial + add")
    same(fail, ann, c.total_budget(), "annual")
    if not approx_ok(yi, D(ann) / 10000):
        fail("unit_mismatch", "亿元")
    sp, er = c.one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    same(fail, sp, c.total_spent(), "spent")
    rate(fail, er, D(sp), D(ann), "执行率")
    bs, bsh, ps, psh, pr = c.one(r"其中基本支出" + NUM + r"万元，占" + NUM + r"%；项目支出" + NUM + r"万元，占" + NUM + r"%，项目支出执行率" + NUM + "%")
    rate(fail, bsh, D(bs), D(sp), "基本 share")
    rate(fail, psh, D(ps), D(sp), "项目 share")
    if D(bs) + D(ps) != D(sp):
        fail("sum_mismatch", "基本+项目")
    h = c.main_funds()[0]
    prow = c.funds_row("项目支出")
    same(fail, ps, cell(prow, col(h, "全年执行数")), "项目 spent")
    same(fail, bs, cell(c.funds_row("基本支出"), col(h, "全年执行数")), "基本 spent")
    rate(fail, pr, D(ps), D(cell(prow, col(h, "全年预算数"))), "项目执行率")
    bal, y = c.one(r"年末结转" + NUM + r"万元，[^。]*已申请结转至(\d{4})年")
    if D(bal) != D(ann) - D(sp):
        fail("balance_mismatch", "结转")
    year_after(fail, y, Y, "结转")
    t3, car, rec, last, dec_ = c.one(r"“三公”经费支出" + NUM + r"万元，其中公务用车运行维护费" + NUM + r"万元、公务接待费" + NUM + r"万元，无因公出国（境）费用，比2023年的" + NUM + r"万元下降" + NUM + "%")
    if D(car) + D(rec) != D(t3):
        fail("sum_mismatch", "三公")
    rate(fail, dec_, D(last) - D(t3), D(last), "三公 decrease")
    y, fl, pax, amt = c.one(r"截至(\d{4})年12月31日，3条航线全年执飞" + NUM + r"班，运送旅客" + NUM + r"人次，兑付补贴" + NUM + "万元")
    year_eq(fail, y, Y, "截至")
    same(fail, fl, c.route_total("执飞班次"), "flights")
    same(fail, pax, c.route_total("旅客"), "pax")
    same_amount(fail, amt, "万元", c.route_total("补贴金额"), "subsidy")
    same(fail, amt, cell(c.funds_row("支线航线补贴"), col(h, "全年执行数")), "subsidy vs funds")
    same(fail, fl + "班", c.ind_actual("补贴航线执飞班次"), "flights indicator")
    lf, avg = c.one(r"补贴航线平均客座率" + NUM + r"%，平均每班旅客" + NUM + "人次")
    same(fail, lf + "%", cell(c.route[-1], col(c.route[0], "客座率")), "lf")
    same(fail, lf + "%", c.ind_actual("补贴航线平均客座率"), "lf indicator")
    if not ok(avg, D(pax) / D(fl)):
        fail("average_mismatch", "per flight")
    g, = c.one(r"河池—广州航线客座率最高，为" + NUM + "%")
    same(fail, g + "%", c.route_row("河池—广州", "客座率"), "lf 广州")
    cq, = c.one(r"河池—重庆航线受重庆方向高铁分流影响，客座率为" + NUM + "%")
    same(fail, cq + "%", c.route_row("河池—重庆", "客座率"), "lf 重庆")
    sec, = c.one(r"全年拨付安全运行保障补助" + NUM + "万元")
    same(fail, sec, cell(c.funds_row("机场安全运行保障补助"), col(h, "全年执行数")), "safety")
    ga, = c.one(r"通用航空发展专项支出" + NUM + "万元")
    same(fail, ga, cell(c.funds_row("通用航空发展专项"), col(h, "全年执行数")), "general aviation")
    ga_r, = c.one(r"执行率仅" + NUM + "%")
    same(fail, ga_r + "%", cell(c.funds_row("通用航空发展专项"), col(h, "执行率")), "ga rate")
    pe, cap = c.one(r"人员经费实际支出" + NUM + r"万元，控制在" + NUM + "万元以内")
    same(fail, pe, cell(c.funds_row("人员经费"), col(h, "全年执行数")), "人员经费")
    same(fail, pe + "万元", c.ind_actual("人员经费控制数"), "人员经费 indicator")
    if D(pe) > D(cap):
        fail("conflicting_values", "人员经费 cap")
    oe, = c.one(r"公用经费" + NUM + "万元，全部用于")
    same(fail, oe, cell(c.funds_row("公用经费"), col(h, "全年执行数")), "公用经费")
    thr, last, gr = c.one(r"完成旅客吞吐量" + NUM + r"万人次，比2023年的" + NUM + r"万人次增长" + NUM + "%")
    rate(fail, gr, D(thr) - D(last), D(last), "growth")
    same(fail, thr + "万人次", c.ind_actual("机场旅客吞吐量"), "throughput")
    per, = c.one(r"每名旅客补贴约" + NUM + "元")
    if not approx_ok(per, D(amt) * 10000 / D(pax)):
        fail("average_mismatch", "per passenger")
    lf2, = c.one(r"3条补贴航线平均客座率" + NUM + "%")
    same(fail, lf2, lf, "lf twice")


def p_tacheng(c, fail):
    Y = 2025
    init, reg, y = c.one(r"年初预算" + NUM + r"万元，其中自治区航线补贴资金" + NUM + r"万元于(\d{4})年12月提前下达")
    if int(y) != Y - 1:
        fail("year_mismatch", "advance")
    h = c.main_funds()[0]
    same(fail, reg, cell(c.funds_row("自治区航线补贴资金"), col(h, "年初预算数")), "自治区 initial")
    same(fail, init, cell(c.main_funds()[1], col(h, "年初预算数")), "initial")
    add, ann = c.one(r"地区财政年中追加" + NUM + r"万元，调整后全年预算" + NUM + "万元")
    if D(init) + D(add) != D(ann):
        fail("sum_mismatch", "initial + add")
    same(fail, ann, c.total_budget(), "annual")
    y, rec, rr = c.one(r"截至(\d{4})年12月31日，实际到位" + NUM + r"万元，到位率" + NUM + "%")
    year_eq(fail, y, Y, "截至")
    same(fail, rec, c.total_received(), "received")
    rate(fail, rr, D(rec), D(ann), "到位率")
    miss, = c.one(r"未到位的" + NUM + "万元")
    if D(ann) - D(rec) != D(miss):
        fail("sum_mismatch", "not received")
    sp, er = c.one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    same(fail, sp, c.total_spent(), "spent")
    rate(fail, er, D(sp), D(ann), "执行率")
    sub, yuan, unit, other = c.one(r"兑付航线补贴" + NUM + r"万元（" + NUM + r"(元|万元)），航线营销推广及第三方数据核查" + NUM + "万元")
    if D(sub) + D(other) != D(sp):
        fail("sum_mismatch", "spending split")
    same_amount(fail, sub, "万元", c.route_total("补贴金额"), "subsidy")
    same_amount(fail, yuan, unit, D(sub), "subsidy in 元")
    bal, = c.one(r"年末结余" + NUM + "万元")
    if D(bal) != D(rec) - D(sp):
        fail("balance_mismatch", "结余")
    y, = c.one(r"已申请结转至(\d{4})年")
    year_after(fail, y, Y, "结转")
    fl, seats, pax, lf, avg, mon = c.one(r"共执飞" + NUM + r"班，投放座位" + NUM + r"座，运送旅客" + NUM + r"人次，平均客座率" + NUM + r"%，平均每班旅客" + NUM + r"人次，月均旅客约" + NUM + "万人次")
    same(fail, fl, c.route_total("执飞班次"), "flights")
    same(fail, seats, c.route_total("投放座位"), "seats")
    same(fail, pax, c.route_total("旅客"), "pax")
    same(fail, lf + "%", cell(c.route[-1], col(c.route[0], "客座率")), "lf")
    same(fail, lf + "%", c.ind_actual("补贴航线平均客座率"), "lf indicator")
    if not ok(avg, D(pax) / D(fl)):
        fail("average_mismatch", "per flight")
    if not approx_ok(mon, D(pax) / 12 / 10000):
        fail("average_mismatch", "monthly")
    same(fail, fl + "班", c.ind_actual("补贴航线执飞班次"), "flights indicator")
    if not approx_ok(c.ind_actual("投放座位")[:-2], D(seats) / 10000):
        fail("conflicting_values", "seats indicator")
    xfl, xpax = c.one(r"全年执飞" + NUM + r"班，运送旅客" + NUM + "人次，暑期")
    same(fail, xfl, c.route_row("塔城—西安（经停乌鲁木齐）", "执飞班次"), "西安 flights")
    same(fail, xpax, c.route_row("塔城—西安（经停乌鲁木齐）", "旅客"), "西安 pax")
    u, = c.one(r"塔城—乌鲁木齐加密航班客座率" + NUM + "%")
    same(fail, u + "%", c.route_row("塔城—乌鲁木齐（加密）", "客座率"), "lf 乌鲁木齐")
    a, b = c.one(r"客座率分别为" + NUM + r"%和" + NUM + "%")
    same(fail, a + "%", c.route_row("塔城—伊宁", "客座率"), "lf 伊宁")
    same(fail, b + "%", c.route_row("塔城—阿勒泰", "客座率"), "lf 阿勒泰")
    w, = c.one(r"补贴航线运送旅客" + NUM + "万人次，未完成")
    same(fail, D(w) * 10000, pax, "pax in 万")
    same(fail, w + "万人次", c.ind_actual("补贴航线旅客运输量"), "pax indicator")
    per, = c.one(r"每名旅客平均补贴约" + NUM + "元")
    if not approx_ok(per, D(sub) * 10000 / D(pax)):
        fail("average_mismatch", "per passenger")
    sat, = c.one(r"旅客满意度" + NUM + "%，未达到")
    same(fail, sat + "%", c.ind_actual("旅客满意度"), "satisfaction")
    r240, r80 = c.one(r"实际到位" + NUM + r"万元，到位率仅" + NUM + "%")
    row = c.funds_row("自治区航线补贴资金")
    same(fail, r240, cell(row, col(h, "实际到位数")), "自治区 received")
    rate(fail, r80, D(r240), D(cell(row, col(h, "全年预算数"))), "自治区到位率")
    lf2, = c.one(r"全年补贴航线平均客座率" + NUM + "%")
    same(fail, lf2, lf, "lf twice")


PROJECTS = {
    "yn-puer-hangxianbutie-2018": p_puer,
    "nm-alashan-duantu-2020": p_alashan,
    "zj-jiande-tongyongjichang-2022": p_jiande,
    "gx-hechi-minhangzhongxin-bumen-2024": p_hechi,
    "xj-tacheng-hangxianbutie-2025": p_tacheng,
}


def run_checks(pid, text):
    fails = []

    def fail(code, msg):
        fails.append((code, msg))

    c = Ctx(text)
    gen(c, fail)
    try:
        PROJECTS[pid](c, fail)
    except Broken as e:
        fail("parse", str(e))
    return fails


def changed_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j     # [i, end_a) in a, [i, end_b) in b


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    problems = []
    seen = set()
    for lab in labels:
        pid = lab["source"]
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        fails = run_checks(pid, text)
        seen.add(lab["case"])
        if lab["clean"]:
            if fails or lab["expected"]:
                problems.append((lab["case"], "clean draft breaks", fails))
            n = len(text)
            if not 2500 <= n <= 6000:
                problems.append((lab["case"], "length %d" % n, []))
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append((lab["case"], "expected must hold one error", exp))
            continue
        code = exp[0]["code"]
        codes = set(f[0] for f in fails)
        if not fails or codes != {code}:
            problems.append((lab["case"], "labelled %s, broken %s" % (code, sorted(codes)), fails))
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        s, ea, eb = changed_span(clean, text)
        if max(ea, eb) - s > 40:
            problems.append((lab["case"], "edit longer than 40 chars", []))
        v = exp[0]["value"]
        if text.count(v) != 1:
            problems.append((lab["case"], "value occurs %d times" % text.count(v), []))
        else:
            p = text.index(v)
            if not (p <= s and eb <= p + len(v)) and not (p < eb and s < p + len(v)):
                problems.append((lab["case"], "value does not cover the edit", []))
    files = set(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if files != seen:
        problems.append(("-", "case files and labels differ", sorted(files ^ seen)))
    if problems:
        for p in problems:
            print("FAIL", p[0], p[1])
            for f in p[2]:
                print("     ", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
