#!/usr/bin/env python3
"""Re-read the figures of every case from its text and redo the arithmetic (stdlib + decimal only).

Clean drafts must break no identity; each error case must break only the identity of its labelled code.
Also checks the label format: value occurs exactly once in the case and covers the edit, the edit is one
contiguous change of at most 40 characters. Prints OK when everything holds."""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"


class ParseError(Exception):
    pass


def dec(s):
    return D(str(s).replace(",", "").replace("%", ""))


def ndec(s):
    s = str(s).replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules §8: stated v with d decimals matches c iff |c - v| <= 0.5 * 10^-d (+1e-9)."""
    v = dec(stated)
    tol = D("0.5") * (D(10) ** -ndec(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差"}


class Ctx:
    def __init__(self, text):
        self.t = text
        self.fails = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError("pattern %r matched %d times" % (pat, len(ms)))
        return ms[0].groups()

    def all(self, pat):
        return [m.groups() for m in re.finditer(pat, self.t)]

    def table(self, header_prefix):
        """Rows (cell lists) after the unique line starting with header_prefix, up to a blank line."""
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
        if len(idx) != 1:
            raise ParseError("table header %r found %d times" % (header_prefix, len(idx)))
        rows = []
        for l in lines[idx[0] + 1:]:
            if not l.strip():
                break
            rows.append(re.split(r" {2,}", l.strip()))
        return rows

    # ---- identity helpers -------------------------------------------------
    def eq(self, code, stated, computed, what):
        if not close(stated, computed):
            self.fail(code, "%s: stated %s, computed %s" % (what, stated, computed))

    def same(self, code, a, b, what):
        pa, pb = parse_val(a), parse_val(b)
        if pa is None or pb is None:
            if a != b:
                self.fail(code, "%s: %s vs %s" % (what, a, b))
        elif pa[2] != pb[2]:
            return  # different units: judged by the unit checks, not as a conflict
        elif pa[1] != pb[1]:
            self.fail(code, "%s: %s vs %s" % (what, a, b))

    def rate(self, stated, num, den, what):
        num, den = dec(num), dec(den)
        if den == 0:
            if stated.strip() not in ("—", "-", "0"):
                self.fail("implausible_rate", "%s: rate %s on a zero base" % (what, stated))
            return
        if stated.strip() in ("—", "-"):
            self.fail("rate_mismatch", "%s: rate missing on a non-zero base" % what)
            return
        c = num / den * 100
        if dec(stated) > 100 or c > 100:
            self.fail("implausible_rate", "%s: rate %s (computed %s) above 100%%" % (what, stated, c))
        elif not close(stated, c):
            self.fail("rate_mismatch", "%s: stated %s, computed %.4f" % (what, stated, c))

    def total(self, stated, parts, what, code="sum_mismatch"):
        s = sum((dec(p) for p in parts), D(0))
        if not close(stated, s):
            self.fail(code, "%s: stated %s, sum of parts %s" % (what, stated, s))

    def balance(self, stated, budget, spent, what):
        c = dec(budget) - dec(spent)
        if not close(stated, c):
            self.fail("balance_mismatch", "%s: stated %s, computed %s" % (what, stated, c))

    def money_mention(self, stated_wan, ref_wan, what):
        """A 万元 figure restated in prose: equal, off by 10^4 (unit), or different (conflict)."""
        v, r = dec(stated_wan), dec(ref_wan)
        if v == r:
            return
        if v == r * 10000 or v * 10000 == r:
            self.fail("unit_mismatch", "%s: %s万元 vs %s万元 (off by 10^4)" % (what, stated_wan, ref_wan))
        else:
            self.fail("conflicting_values", "%s: %s vs %s" % (what, stated_wan, ref_wan))

    def grade(self, stated, total, what):
        g = GRADE_NORM.get(stated)
        if g != grade_of(dec(total)):
            self.fail("grade_mismatch", "%s: total %s graded %s" % (what, total, stated))

    def year(self, stated, expected, what, rel="eq"):
        y, e = int(stated), int(expected)
        ok = {"eq": y == e, "gt": y > e, "prev": y == e - 1}[rel]
        if not ok:
            self.fail("year_mismatch", "%s: %s (evaluation year %s, rule %s)" % (what, y, e, rel))


# ---- indicator tables ---------------------------------------------------------
VAL = re.compile(r"^(≥|≤|不低于|不少于|不超过)?(" + NUM + r")([^0-9]*)$")


def parse_val(s):
    m = VAL.match(str(s).strip())
    if not m:
        return None
    d = m.group(1) or ""
    direction = "gte" if d in ("≥", "不低于", "不少于") else "lte" if d in ("≤", "不超过") else "eq"
    return direction, dec(m.group(2)), m.group(3)


def indicator_rows(c, header, total_label, with_completion):
    rows = c.table(header)
    if rows[-1][0] != total_label:
        raise ParseError("indicator table has no %s row" % total_label)
    out = []
    for r in rows[:-1]:
        if with_completion:
            name, target, actual, compl, weight, score = r[-6:]
        else:
            name, target, actual, weight, score = r[-5:]
            compl = None
        out.append(dict(name=name, target=target, actual=actual, compl=compl, weight=weight, score=score,
                        cells=r))
    tot = rows[-1]
    return out, tot[-2], tot[-1]


def completion_of(target, actual):
    t, a = parse_val(target), parse_val(actual)
    if not t or not a or t[2] != a[2]:
        return None
    if t[0] == "lte":
        return D(100) if a[1] <= t[1] else t[1] / a[1] * 100
    return a[1] / t[1] * 100


def check_indicators(c, rows):
    for r in rows:
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        if t and a:
            if t[2] != a[2]:
                c.fail("unit_mismatch", "%s: target %s, actual %s" % (r["name"], r["target"], r["actual"]))
            else:
                if a[2] == "%" and a[1] > 100:
                    c.fail("implausible_rate", "%s: actual %s above 100%%" % (r["name"], r["actual"]))
                if r["compl"] is not None and r["compl"] not in ("—",):
                    comp = completion_of(r["target"], r["actual"])
                    if not close(r["compl"], comp):
                        c.fail("completion_mismatch", "%s: stated %s, computed %.4f" % (r["name"], r["compl"], comp))
        elif t and not a and r["actual"] not in ("达成年度指标",):
            pass  # date / text actual against a numeric target: not compared
        if dec(r["score"]) > dec(r["weight"]) or dec(r["score"]) < 0:
            c.fail("score_exceeds_weight", "%s: score %s, weight %s" % (r["name"], r["score"], r["weight"]))


def level_sums(rows, field):
    """Sum a column per 一级指标 (the first cell of a row opens a new block when it is a 一级 name)."""
    sums, cur = {}, None
    for r in rows:
        first = r["cells"][0]
        if first in ("预算执行", "产出指标", "效益指标", "满意度指标"):
            cur = first
        sums[cur] = sums.get(cur, D(0)) + dec(r[field])
    return sums


def find_row(rows, name):
    m = [r for r in rows if r["name"] == name]
    if len(m) != 1:
        raise ParseError("indicator row %r found %d times" % (name, len(m)))
    return m[0]


def trow(rows, name):
    m = [r for r in rows if name in r]
    if len(m) != 1:
        raise ParseError("table row %r found %d times" % (name, len(m)))
    return m[0]


def title_year(c):
    """The evaluation year of the title (first two lines)."""
    head = "\n".join(c.t.split("\n")[:2])
    ys = re.findall(r"(\d{4})年度", head)
    if len(ys) != 1:
        raise ParseError("title year found %d times" % len(ys))
    return int(ys[0])


# =============================================================================
# 1. 长兴 2018
# =============================================================================
def check_changxing(c):
    Y = title_year(c)
    cls = c.table("班次名称")
    data, tot = cls[:-1], cls[-1]
    for r in data:
        c.eq("sum_mismatch", r[4], dec(r[2]) * dec(r[3]), "人天 %s" % r[0])
    c.total(tot[1], [r[1] for r in data], "班次合计期数")
    c.total(tot[2], [r[2] for r in data], "班次合计学员")
    c.total(tot[4], [r[4] for r in data], "班次合计人天")
    n, p, n0, p0, dn, dp = c.one(r"共举办主体班次(\d+)期，培训学员(\d+)人，比(?:\d{4})年的(\d+)期、(\d+)人分别增加(\d+)期、(\d+)人")
    c.same("conflicting_values", n, tot[1], "期数 prose/table")
    c.same("conflicting_values", p, tot[2], "学员 prose/table")
    c.eq("sum_mismatch", dn, dec(n) - dec(n0), "期数增加")
    c.eq("sum_mismatch", dp, dec(p) - dec(p0), "学员增加")
    qn, qp, qd = c.one(r"中青年干部培训班(\d+)期，学员(\d+)人，脱产培训(\d+)天")
    row = trow(cls, "中青年干部培训班")
    for a, b, w in ((qn, row[1], "期数"), (qp, row[2], "学员"), (qd, row[3], "天数")):
        c.same("conflicting_values", a, b, "中青年班 " + w)
    xn, xp, xa = c.one(r"乡镇（部门）干部轮训班(\d+)期共(\d+)人，平均每期(\d+)人")
    row = trow(cls, "乡镇（部门）干部轮训班")
    c.same("conflicting_values", xn, row[1], "轮训班期数")
    c.same("conflicting_values", xp, row[2], "轮训班人数")
    c.eq("average_mismatch", xa, dec(xp) / dec(xn), "轮训班平均每期")
    (avg,) = c.one(r"全年平均每期培训学员(" + NUM + r")人")
    c.eq("average_mismatch", avg, dec(tot[2]) / dec(tot[1]), "平均每期学员")

    y0, init = c.one(r"(\d{4})年年初预算安排本项目(" + NUM + r")万元")
    c.year(y0, Y, "年初预算年份")
    (add,) = c.one(r"县财政追加预算(" + NUM + r")万元")
    (annual,) = c.one(r"调整后全年预算(" + NUM + r")万元")
    c.eq("sum_mismatch", annual, dec(init) + dec(add), "年初+追加=全年")
    rec, rrate = c.one(r"全年实际到位资金(" + NUM + r")万元，到位率(\d+%)")
    c.rate(rrate, rec, annual, "到位率")
    ys, spent, erate, bal = c.one(r"截至(\d{4})年12月31日，项目实际支出(" + NUM + r")万元，预算执行率(" + NUM + r"%)；结余(" + NUM + r")万元")
    c.year(ys, Y, "截至年份")
    c.rate(erate, spent, annual, "执行率 prose")
    c.balance(bal, rec, spent, "结余")
    (yr,) = c.one(r"结余资金已于(\d{4})年")
    c.year(yr, Y, "结余收回年份", "gt")

    costs = c.table("支出明细")
    cd, ct = costs[:-1], costs[-1]
    for r in cd:
        c.rate(r[3], r[2], r[1], "明细 " + r[0])
    c.total(ct[1], [r[1] for r in cd], "明细预算合计")
    c.total(ct[2], [r[2] for r in cd], "明细执行合计")
    c.rate(ct[3], ct[2], ct[1], "明细合计执行率")
    c.same("conflicting_values", ct[1], annual, "明细合计预算/全年预算")
    c.same("conflicting_values", ct[2], spent, "明细合计执行/支出")

    w, yuan, rt, perday, pp, percap = c.one(r"全年直接用于学员培训的支出(" + NUM + r")万元（(" + NUM + r")元），按培训人天(\d+)人天计算，人均每天培训成本(" + NUM + r")元；按学员(\d+)人计算，人均培训成本(" + NUM + r")元")
    c.money_mention(w, spent, "直接培训支出")
    if dec(yuan) != dec(w) * 10000:
        c.fail("unit_mismatch" if dec(yuan) in (dec(w), dec(w) * 100000000) else "conflicting_values",
               "万元 %s vs 元 %s" % (w, yuan))
    c.same("conflicting_values", rt, tot[4], "人天 prose/table")
    c.same("conflicting_values", pp, tot[2], "学员 prose/table")
    c.eq("average_mismatch", perday, dec(yuan) / dec(tot[4]), "人均每天成本")
    c.eq("average_mismatch", percap, dec(yuan) / dec(tot[2]), "人均成本")

    funds = c.table("资金情况（万元）")
    ft = trow(funds, "年度资金总额")
    parts = [trow(funds, k) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for col in (1, 2, 3):
        c.total(ft[col], [p[col] for p in parts], "资金块列%d" % col)
    c.rate(ft[5], ft[3], ft[2], "资金块执行率")
    for p in parts:
        c.rate(p[5], p[3], p[2], "资金块 " + p[0])
    c.same("conflicting_values", ft[1], init, "年初预算 table/prose")
    c.same("conflicting_values", ft[2], annual, "全年预算 table/prose")
    c.same("conflicting_values", ft[3], spent, "执行 table/prose")
    if dec(ft[6]) > dec(ft[4]):
        c.fail("score_exceeds_weight", "执行率得分 %s > %s" % (ft[6], ft[4]))

    rows, tw, ts = indicator_rows(c, "一级指标", "总分", True)
    check_indicators(c, rows)
    c.total(tw, [ft[4]] + [r["weight"] for r in rows], "分值合计", "weight_sum_mismatch")
    if dec(tw) != 100:
        c.fail("weight_sum_mismatch", "总分值 %s" % tw)
    c.total(ts, [ft[6]] + [r["score"] for r in rows], "得分合计", "score_sum_mismatch")
    ew, wo, wb, wsat = c.one(r"预算执行率分值(\d+)分，产出、效益、满意度指标分值分别为(\d+)分、(\d+)分、(\d+)分")
    ls = level_sums(rows, "weight")
    c.same("weight_sum_mismatch", ew, ft[4], "执行率分值")
    for k, v in (("产出指标", wo), ("效益指标", wb), ("满意度指标", wsat)):
        c.same("weight_sum_mismatch", v, ls[k], k + "分值")
    total, g = c.one(r"综合得分(" + NUM + r")分，评价等级为“(.+?)”")
    c.eq("score_sum_mismatch", total, dec(ts), "结论总分/表内总分")
    c.grade(g, total, "结论等级")

    # prose restatements of completion and actuals
    for tgt, comp in c.all(r"完成年度指标（(≥" + NUM + r"[期人])）的(" + NUM + r"%)"):
        r = [x for x in rows if x["target"] == tgt][0]
        c.eq("completion_mismatch", comp, completion_of(tgt, r["actual"]), "prose 完成率 " + tgt)
    gp, fp, gr = c.one(r"全年结业学员(\d+)人，另有(\d+)人.*?学员结业率(" + NUM + r"%)")
    c.total(tot[2], [gp, fp], "结业+未结业=学员")
    c.rate(gr, gp, tot[2], "结业率")
    rj = find_row(rows, "学员结业率")
    c.same("conflicting_values", gr, rj["actual"], "结业率 prose/table")
    (pc,) = c.one(r"略低于99%的年度指标，完成率(" + NUM + r"%)")
    c.eq("completion_mismatch", pc, completion_of(rj["target"], rj["actual"]), "prose 结业率完成率")
    (pd2,) = c.one(r"人均每天培训成本(" + NUM + r")元，低于")
    c.same("conflicting_values", pd2, perday, "人均每天成本 mentions")
    c.same("conflicting_values", pd2 + "元", find_row(rows, "人均每天培训成本")["actual"], "人均每天成本 table")
    q, s, sr = c.one(r"收回有效问卷(\d+)份，评价为满意的(\d+)份，学员满意度(" + NUM + r"%)")
    c.rate(sr, s, q, "满意度")
    c.same("conflicting_values", sr, find_row(rows, "学员满意度")["actual"], "满意度 prose/table")


# =============================================================================
# 2. 天长 2020
# =============================================================================
def check_tianchang(c):
    Y = title_year(c)
    y0, init, yc, carry, avail = c.one(r"(\d{4})年年初预算安排本项目(" + NUM + r")万元（[^）]*），加上(\d{4})年结转的课题结题经费(" + NUM + r")万元，年初可用资金(" + NUM + r")万元")
    c.year(y0, Y, "年初预算年份")
    c.year(yc, Y, "结转来源年份", "prev")
    c.total(avail, [init, carry], "年初可用资金")
    cut, annual, fis, car2 = c.one(r"调减外出学术交流等支出(" + NUM + r")万元，调整后全年预算(" + NUM + r")万元，其中当年财政拨款(" + NUM + r")万元、上年结转(" + NUM + r")万元")
    c.eq("sum_mismatch", annual, dec(avail) - dec(cut), "年初可用-调减=全年")
    c.total(annual, [fis, car2], "全年=财政+结转")
    c.same("conflicting_values", car2, carry, "上年结转 mentions")
    rec, rrate = c.one(r"全年资金到位(" + NUM + r")万元，到位率(\d+%)")
    c.rate(rrate, rec, annual, "到位率")
    ys, spent, erate, bal, yf = c.one(r"截至(\d{4})年12月31日，项目支出(" + NUM + r")万元，预算执行率(" + NUM + r"%)；未执行(" + NUM + r")万元，.*?结转(\d{4})年使用")
    c.year(ys, Y, "截至年份")
    c.year(yf, Y, "结转去向年份", "gt")
    c.rate(erate, spent, annual, "执行率 prose")
    c.balance(bal, annual, spent, "未执行")

    f = c.table("资金来源")
    ft = trow(f, "年度资金总额")
    parts = [trow(f, k) for k in ("当年财政拨款", "上年结转资金", "其他资金")]
    for col in (1, 2, 3):
        c.total(ft[col], [p[col] for p in parts], "资金表列%d" % col)
    for r in [ft] + parts:
        c.rate(r[4], r[3], r[2], "资金表 " + r[0])
    c.same("conflicting_values", ft[1], avail, "年初 table/prose")
    c.same("conflicting_values", ft[2], annual, "全年 table/prose")
    c.same("conflicting_values", ft[3], spent, "执行 table/prose")
    c.same("conflicting_values", parts[0][2], fis, "财政拨款 table/prose")

    it = c.table("支出内容")
    idata, itot = it[:-1], it[-1]
    for r in idata:
        c.rate(r[3], r[2], r[1], "明细 " + r[0])
    c.total(itot[1], [r[1] for r in idata], "明细预算合计")
    c.total(itot[2], [r[2] for r in idata], "明细执行合计")
    c.rate(itot[3], itot[2], itot[1], "明细合计执行率")
    c.same("conflicting_values", itot[1], annual, "明细合计/全年")
    c.same("conflicting_values", itot[2], spent, "明细执行/支出")

    n, nk, sk, ng, sg, amt = c.one(r"立项市级课题(\d+)项，其中重点课题(\d+)项、每项资助(\d+)万元，一般课题(\d+)项、每项资助(\d+)万元，资助总额(" + NUM + r")万元")
    c.total(n, [nk, ng], "课题项数")
    c.eq("sum_mismatch", amt, dec(nk) * dec(sk) + dec(ng) * dec(sg), "资助总额")
    ke, yk1, k1, yk2, k2, k3 = c.one(r"全年课题资助支出(" + NUM + r")万元，其中支付(\d{4})年结转课题结题经费(" + NUM + r")万元，拨付(\d{4})年立项课题首期资助(" + NUM + r")万元，其余(" + NUM + r")万元为结项尾款")
    c.year(yk1, Y, "结转课题年份", "prev")
    c.year(yk2, Y, "立项课题年份")
    c.total(ke, [k1, k2], "课题支出构成")
    c.total(amt, [k2, k3], "首期+尾款=资助总额")
    c.same("conflicting_values", ke, trow(it, "市级课题研究资助")[2], "课题支出 prose/table")
    c.same("conflicting_values", k1, carry, "结转课题经费")
    a1, a2, a3, av = c.one(r"得分分别为(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分，平均(" + NUM + r")分")
    c.eq("average_mismatch", av, (dec(a1) + dec(a2) + dec(a3)) / 3, "精品课平均分")
    tn, tp = c.one(r"学术交流(\d+)人次，人均(" + NUM + r")元")
    c.eq("average_mismatch", tp, dec(trow(it, "教师进修及学术交流")[2]) * 10000 / dec(tn), "进修人均")

    rows, tw, ts = indicator_rows(c, "一级指标", "合计", True)
    check_indicators(c, rows)
    c.total(tw, [r["weight"] for r in rows], "绩效指标分值合计", "weight_sum_mismatch")
    c.total(ts, [r["score"] for r in rows], "绩效指标得分合计", "score_sum_mismatch")
    ew, iw = c.one(r"按预算执行率（分值(\d+)分）和绩效指标（分值(\d+)分）")
    c.same("weight_sum_mismatch", iw, tw, "绩效指标分值 prose/table")
    if dec(ew) + dec(iw) != 100:
        c.fail("weight_sum_mismatch", "执行率%s+绩效%s != 100" % (ew, iw))
    es, isc, total, g = c.one(r"预算执行率得分(" + NUM + r")分、绩效指标得分(" + NUM + r")分，合计(" + NUM + r")分，评价等级为“(.+?)”")
    if dec(es) > dec(ew) or dec(es) < 0:
        c.fail("score_exceeds_weight", "执行率得分 %s > 分值 %s" % (es, ew))
    c.eq("score_sum_mismatch", isc, dec(ts), "绩效指标得分 prose/table")
    c.total(total, [es, isc], "总分", "score_sum_mismatch")
    c.grade(g, total, "等级")

    dn, dl, dc = c.one(r"完成决策咨询报告(\d+)篇，比年度指标少(\d+)篇，完成率(" + NUM + r"%)")
    rd = find_row(rows, "完成决策咨询报告")
    c.same("conflicting_values", dn + "篇", rd["actual"], "决策咨询报告 prose/table")
    c.eq("sum_mismatch", dl, parse_val(rd["target"])[1] - dec(dn), "少报告数")
    c.eq("completion_mismatch", dc, completion_of(rd["target"], rd["actual"]), "prose 完成率")
    due, yd, dcar = c.one(r"应结项课题(\d+)项（含(\d{4})年结转课题(\d+)项）")
    c.year(yd, Y, "结转课题年份2", "prev")
    ot, otr = c.one(r"按期结项(\d+)项，按期结项率(" + NUM + r"%)")
    c.rate(otr, ot, due, "按期结项率")
    c.same("conflicting_values", otr, find_row(rows, "课题按期结项率")["actual"], "按期结项率 prose/table")
    pn, y19, p19, pinc, pover = c.one(r"(\d+)篇获市领导批示，比(\d{4})年的(\d+)篇增加(\d+)篇，超出年度指标(\d+%)")
    c.year(y19, Y, "比较年份", "prev")
    c.eq("sum_mismatch", pinc, dec(pn) - dec(p19), "批示增加")
    rp = find_row(rows, "成果获市领导批示")
    c.same("conflicting_values", pn + "篇", rp["actual"], "批示 prose/table")
    c.eq("completion_mismatch", pover, (dec(pn) - parse_val(rp["target"])[1]) / parse_val(rp["target"])[1] * 100, "超出比例")


# =============================================================================
# 3. 高密 2022
# =============================================================================
def check_gaomi(c):
    Y = title_year(c)
    y0, init, prov, yadv, city = c.one(r"(\d{4})年年初预算(" + NUM + r")万元，其中省级补助资金(" + NUM + r")万元（[^，]*，(\d{4})年12月提前下达）、市级财政资金(" + NUM + r")万元")
    c.year(y0, Y, "年初预算年份")
    c.year(yadv, Y, "提前下达年份", "prev")
    c.total(init, [prov, city], "年初=省+市")
    cut, annual = c.one(r"调减市级资金(" + NUM + r")万元，调整后全年预算(" + NUM + r")万元")
    c.eq("sum_mismatch", annual, dec(init) - dec(cut), "年初-调减=全年")
    (rrate,) = c.one(r"全年资金全部到位，到位率(\d+%)")
    spent, erate, bal, yb = c.one(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r"%)，结余(" + NUM + r")万元已于(\d{4})年1月上缴")
    c.year(yb, Y, "上缴年份", "gt")

    s = c.table("资金来源")
    st = trow(s, "合计")
    parts = [trow(s, "省级补助资金"), trow(s, "市级财政资金")]
    for col in (1, 2, 3, 4):
        c.total(st[col], [p[col] for p in parts], "来源表列%d" % col)
    for r in parts + [st]:
        if not (dec(r[4]) <= dec(r[3]) <= dec(r[2])):
            c.fail("implausible_rate", "来源表 %s: 执行>到位>预算 ordering broken" % r[0])
    c.same("conflicting_values", st[1], init, "年初 table/prose")
    c.same("conflicting_values", parts[0][1], prov, "省级 table/prose")
    c.same("conflicting_values", parts[1][1], city, "市级 table/prose")
    c.same("conflicting_values", st[2], annual, "全年 table/prose")
    c.same("conflicting_values", st[4], spent, "执行 table/prose")
    c.rate(rrate, st[3], st[2], "到位率")
    c.rate(erate, spent, annual, "执行率 prose")
    c.balance(bal, st[3], spent, "结余")

    it = c.table("支出项目")
    idata, itot = it[:-1], it[-1]
    for r in idata:
        c.rate(r[3], r[2], r[1], "明细 " + r[0])
    c.total(itot[1], [r[1] for r in idata], "明细预算合计")
    c.total(itot[2], [r[2] for r in idata], "明细执行合计")
    c.rate(itot[3], itot[2], itot[1], "明细合计执行率")
    c.same("conflicting_values", itot[1], annual, "明细合计/全年")
    c.same("conflicting_values", itot[2], spent, "明细执行/支出")
    tf, f1, f2, f3, f4 = c.one(r"轮训班次培训费(" + NUM + r")万元，包括讲课费(" + NUM + r")万元、伙食费(" + NUM + r")万元、住宿费(" + NUM + r")万元、场地及交通费(" + NUM + r")万元")
    c.total(tf, [f1, f2, f3, f4], "培训费构成")
    c.money_mention(tf, trow(it, "轮训班次培训费")[2], "培训费 prose/table")
    (site,) = c.one(r"现场教学点维护及讲解补助支出(" + NUM + r")万元")
    c.money_mention(site, trow(it, "现场教学点维护及讲解补助")[2], "现场教学点补助 prose/table")

    cls = c.table("班次")
    cd, ct = cls[:-1], cls[-1]
    for r in cd:
        c.eq("sum_mismatch", r[4], dec(r[2]) * dec(r[3]), "人天 " + r[0])
    c.total(ct[1], [r[1] for r in cd], "期数合计")
    c.total(ct[3], [r[3] for r in cd], "人数合计")
    c.total(ct[4], [r[4] for r in cd], "人天合计")
    ln, lp, la = c.one(r"村“两委”成员培训班(\d+)期共(\d+)人，平均每期(" + NUM + r")人")
    rr = trow(cls, "村“两委”成员培训班")
    c.same("conflicting_values", ln, rr[1], "两委班期数")
    c.same("conflicting_values", lp, rr[3], "两委班人数")
    c.eq("average_mismatch", la, dec(lp) / dec(ln), "两委班平均每期")
    rt, pday, pcap = c.one(r"总人天(\d+)人天，轮训班次培训费折合人均每天(" + NUM + r")元，人均(" + NUM + r")元")
    c.same("conflicting_values", rt, ct[4], "人天 prose/table")
    fee = dec(trow(it, "轮训班次培训费")[2]) * 10000
    c.eq("average_mismatch", pday, fee / dec(ct[4]), "人均每天")
    c.eq("average_mismatch", pcap, fee / dec(ct[3]), "人均")

    rows, tw, ts = indicator_rows(c, "一级指标", "合计", True)
    check_indicators(c, rows)
    c.total(tw, [r["weight"] for r in rows], "分值合计", "weight_sum_mismatch")
    if dec(tw) != 100:
        c.fail("weight_sum_mismatch", "总分值 %s" % tw)
    c.total(ts, [r["score"] for r in rows], "得分合计", "score_sum_mismatch")
    ex = find_row(rows, "预算执行率")
    c.rate(ex["actual"], st[4], st[2], "表内执行率")
    total, g = c.one(r"综合得分(" + NUM + r")分，评价等级为“(.+?)”")
    c.total(total, [r["score"] for r in rows], "结论总分", "score_sum_mismatch")
    c.grade(g, total, "等级")

    on, op, ol, oc = c.one(r"举办轮训班次(\d+)期，培训基层干部(\d+)人，比年度指标少(\d+)人，完成率(" + NUM + r"%)")
    c.same("conflicting_values", on, ct[1], "期数 prose/table")
    c.same("conflicting_values", op, ct[3], "人数 prose/table")
    rp = find_row(rows, "培训基层干部人数")
    c.same("conflicting_values", op + "人", rp["actual"], "人数 prose/indicator")
    c.same("conflicting_values", on + "期", find_row(rows, "举办轮训班次")["actual"], "期数 prose/indicator")
    c.eq("sum_mismatch", ol, parse_val(rp["target"])[1] - dec(op), "少培训人数")
    c.eq("completion_mismatch", oc, completion_of(rp["target"], rp["actual"]), "prose 完成率")
    ap, ar = c.one(r"考勤合格(\d+)人，学员考勤合格率(" + NUM + r"%)")
    c.rate(ar, ap, ct[3], "考勤合格率")
    c.same("conflicting_values", ar, find_row(rows, "学员考勤合格率")["actual"], "考勤 prose/table")
    (pd2,) = c.one(r"人均每天培训费(" + NUM + r")元，控制在")
    c.same("conflicting_values", pd2, pday, "人均每天 mentions")
    c.same("conflicting_values", pd2 + "元", find_row(rows, "人均每天培训费")["actual"], "人均每天 table")
    sn, sm, sr = c.one(r"随机抽取(\d+)名学员开展满意度测评，满意(\d+)人，满意度(" + NUM + r"%)")
    c.rate(sr, sm, sn, "满意度")
    c.same("conflicting_values", sr, find_row(rows, "学员满意度")["actual"], "满意度 prose/table")


# =============================================================================
# 4. 湄潭 2024 部门整体
# =============================================================================
def check_meitan(c):
    Y = title_year(c)
    init, add, a1, a2, cut, c1, c2, annual = c.one(r"部门年初预算(" + NUM + r")万元，年中追加(" + NUM + r")万元（人员经费(" + NUM + r")万元[^，]*，项目支出(" + NUM + r")万元[^）]*），调减(" + NUM + r")万元（公用经费(" + NUM + r")万元、项目支出(" + NUM + r")万元），全年预算(" + NUM + r")万元")
    c.total(add, [a1, a2], "追加构成")
    c.total(cut, [c1, c2], "调减构成")
    c.eq("sum_mismatch", annual, dec(init) + dec(add) - dec(cut), "年初+追加-调减")
    spent, erate, ps, prate, gs, gbal, xs, xbal, yx = c.one(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r"%)。其中人员经费支出(" + NUM + r")万元，执行率(\d+%)；公用经费支出(" + NUM + r")万元，结余(" + NUM + r")万元；项目支出(" + NUM + r")万元，未执行(" + NUM + r")万元已结转(\d{4})年")
    c.year(yx, Y, "结转年份", "gt")

    bt = c.table("支出类别")
    tot = trow(bt, "合计")
    ry, rg, rx = trow(bt, "人员经费"), trow(bt, "公用经费"), trow(bt, "项目支出")
    for col in (1, 2, 3):
        c.total(tot[col], [ry[col], rg[col], rx[col]], "类别表列%d" % col)
    for r in (ry, rg, rx, tot):
        c.rate(r[4], r[3], r[2], "类别表 " + r[0])
    c.eq("sum_mismatch", ry[2], dec(ry[1]) + dec(a1), "人员经费 年初+追加")
    c.eq("sum_mismatch", rg[2], dec(rg[1]) - dec(c1), "公用经费 年初-调减")
    c.eq("sum_mismatch", rx[2], dec(rx[1]) + dec(a2) - dec(c2), "项目支出 年初+追加-调减")
    c.same("conflicting_values", tot[1], init, "年初 table/prose")
    c.same("conflicting_values", tot[2], annual, "全年 table/prose")
    c.same("conflicting_values", tot[3], spent, "执行 table/prose")
    c.same("conflicting_values", ry[3], ps, "人员经费执行")
    c.same("conflicting_values", rg[3], gs, "公用经费执行")
    c.same("conflicting_values", rx[3], xs, "项目支出执行")
    c.rate(erate, spent, annual, "执行率 prose")
    c.rate(prate, ps, ry[2], "人员经费执行率 prose")
    c.balance(gbal, rg[2], gs, "公用经费结余")
    c.balance(xbal, rx[2], xs, "项目支出未执行")

    so = c.table("资金来源")
    stt = trow(so, "年度资金总额")
    sp = [trow(so, k) for k in ("当年财政拨款", "上年结转资金", "其他资金")]
    for col in (1, 2, 3):
        c.total(stt[col], [p[col] for p in sp], "来源表列%d" % col)
    for r in sp + [stt]:
        c.rate(r[4], r[3], r[2], "来源表 " + r[0])
    for col in (1, 2, 3):
        c.same("conflicting_values", stt[col], tot[col], "来源表/类别表 列%d" % col)

    sg, s1, s2, ly, lv, dr = c.one(r"“三公”经费支出(" + NUM + r")万元，其中公务用车运行维护费(" + NUM + r")万元、公务接待费(" + NUM + r")万元，无因公出国（境）费用，比(\d{4})年的(" + NUM + r")万元下降(" + NUM + r"%)")
    c.total(sg, [s1, s2], "三公构成")
    c.year(ly, Y, "三公比较年份", "prev")
    c.eq("rate_mismatch", dr, (dec(lv) - dec(sg)) / dec(lv) * 100, "三公下降率")

    pj = c.table("序号")
    pdata, ptot = pj[:-1], pj[-1]
    for r in pdata:
        c.rate(r[4], r[3], r[2], "项目 " + r[1])
        if dec(r[5]) > 100:
            c.fail("score_exceeds_weight", "项目 %s 得分 %s > 100" % (r[1], r[5]))
        c.grade(r[6], r[5], "项目等级 " + r[1])
    c.total(ptot[1], [r[2] for r in pdata], "项目预算合计")
    c.total(ptot[2], [r[3] for r in pdata], "项目执行合计")
    c.rate(ptot[3], ptot[2], ptot[1], "项目合计执行率")
    c.same("conflicting_values", ptot[1], rx[2], "项目合计/类别表项目支出 预算")
    c.same("conflicting_values", ptot[2], rx[3], "项目合计/类别表项目支出 执行")
    (np_,) = c.one(r"纳入部门预算的项目共(\d+)个")
    if int(np_) != len(pdata):
        c.fail("conflicting_values", "项目个数 %s vs %d" % (np_, len(pdata)))
    (avg,) = c.one(r"平均得分(" + NUM + r")分")
    c.eq("average_mismatch", avg, sum(dec(r[5]) for r in pdata) / len(pdata), "项目平均得分")
    (xj,) = c.one(r"现场教学基地建设经费执行(" + NUM + r")万元")
    c.money_mention(xj, trow(pj, "现场教学基地建设经费")[3], "现场教学基地执行 prose/table")
    (low,) = c.one(r"现场教学基地建设经费执行率仅(" + NUM + r"%)")
    c.same("conflicting_values", low, trow(pj, "现场教学基地建设经费")[4], "最低执行率 prose/table")

    cl = c.table("培训类别")
    cd, ct = cl[:-1], cl[-1]
    for col in (1, 2, 3):
        c.total(ct[col], [r[col] for r in cd], "培训表列%d" % col)
    g = c.one(r"共举办各类培训班(\d+)期、培训(\d+)人次，其中主体班次(\d+)期(\d+)人次、专题培训班(\d+)期(\d+)人次、送教下乡(\d+)期(\d+)人次")
    c.same("conflicting_values", g[0], ct[1], "期数 prose/table")
    c.same("conflicting_values", g[1], ct[2], "人次 prose/table")
    for i, k in enumerate(("主体班次", "专题培训班", "送教下乡")):
        r = trow(cl, k)
        c.same("conflicting_values", g[2 + 2 * i], r[1], k + "期数")
        c.same("conflicting_values", g[3 + 2 * i], r[2], k + "人次")
    (am,) = c.one(r"主体班次平均每期(" + NUM + r")人")
    zr = trow(cl, "主体班次")
    c.eq("average_mismatch", am, dec(zr[2]) / dec(zr[1]), "主体班次平均每期")
    gp, gr = c.one(r"全年结业(\d+)人次，学员结业率(" + NUM + r"%)")
    c.rate(gr, gp, ct[2], "结业率")
    (pday,) = c.one(r"主体班次培训经费折合人均每天(" + NUM + r")元")
    c.eq("average_mismatch", pday, dec(trow(pj, "主体班次培训经费")[3]) * 10000 / dec(zr[3]), "主体班次人均每天")
    reps = c.all(r"完成课题及调研报告(\d+)篇")
    sn, sm, sr = c.one(r"全年测评学员(\d+)人次，满意(\d+)人次，满意度(" + NUM + r"%)")
    c.rate(sr, sm, sn, "满意度")

    rows, tw, ts = indicator_rows(c, "一级指标", "合计", False)
    check_indicators(c, rows)
    c.total(tw, [r["weight"] for r in rows], "分值合计", "weight_sum_mismatch")
    if dec(tw) != 100:
        c.fail("weight_sum_mismatch", "总分值 %s" % tw)
    c.total(ts, [r["score"] for r in rows], "得分合计", "score_sum_mismatch")
    pw = c.one(r"按预算执行(\d+)分、产出(\d+)分、效益(\d+)分、满意度(\d+)分")
    ls = level_sums(rows, "weight")
    for k, v in zip(("预算执行", "产出指标", "效益指标", "满意度指标"), pw):
        c.same("weight_sum_mismatch", v, ls[k], k + "分值 prose/table")
    c.same("conflicting_values", find_row(rows, "部门预算执行率")["actual"], erate, "执行率 table/prose")
    c.same("conflicting_values", find_row(rows, "举办各类培训班次")["actual"], ct[1] + "期", "班次 indicator/table")
    c.same("conflicting_values", find_row(rows, "培训各级干部")["actual"], ct[2] + "人次", "人次 indicator/table")
    c.same("conflicting_values", find_row(rows, "学员结业率")["actual"], gr, "结业率 indicator/prose")
    c.same("conflicting_values", find_row(rows, "“三公”经费支出")["actual"], sg + "万元", "三公 indicator/prose")
    c.same("conflicting_values", find_row(rows, "学员满意度")["actual"], sr, "满意度 indicator/prose")
    for (v,) in reps:
        c.same("conflicting_values", v + "篇", find_row(rows, "完成课题及调研报告")["actual"], "课题报告 prose/table")
    total, gg = c.one(r"部门整体支出绩效得分(" + NUM + r")分，评价等级为“(.+?)”")
    c.total(total, [r["score"] for r in rows], "结论总分", "score_sum_mismatch")
    c.grade(gg, total, "等级")


# =============================================================================
# 5. 红安 2025
# =============================================================================
def check_hongan(c):
    Y = title_year(c)
    y0, init, fis, oth = c.one(r"(\d{4})年年初预算(" + NUM + r")万元，其中县级财政拨款(" + NUM + r")万元、委托培训收入(" + NUM + r")万元")
    c.year(y0, Y, "年初预算年份")
    c.total(init, [fis, oth], "年初构成")
    add, annual = c.one(r"追加委托培训收入预算(" + NUM + r")万元，调整后全年预算(" + NUM + r")万元")
    c.eq("sum_mismatch", annual, dec(init) + dec(add), "年初+追加")
    rec, rrate = c.one(r"全年到位资金(" + NUM + r")万元，到位率(\d+%)")
    c.rate(rrate, rec, annual, "到位率")
    ys, spent, erate, bal, yf = c.one(r"截至(\d{4})年12月31日，项目支出(" + NUM + r")万元，预算执行率(" + NUM + r"%)，未支出的(" + NUM + r")万元.*?结转(\d{4})年支付")
    c.year(ys, Y, "截至年份")
    c.year(yf, Y, "结转年份", "gt")
    c.rate(erate, spent, annual, "执行率 prose")
    c.balance(bal, rec, spent, "未支出")

    s = c.table("资金来源")
    st = trow(s, "合计")
    sf, so = trow(s, "县级财政拨款"), trow(s, "其他资金（委托培训收入）")
    for col in (1, 2, 3, 4):
        c.total(st[col], [sf[col], so[col]], "来源表列%d" % col)
    for r in (sf, so, st):
        if not (dec(r[4]) <= dec(r[3]) <= dec(r[2])):
            c.fail("implausible_rate", "来源表 %s ordering" % r[0])
    c.same("conflicting_values", st[1], init, "年初 table/prose")
    c.same("conflicting_values", sf[1], fis, "财政 table/prose")
    c.same("conflicting_values", so[1], oth, "委托 table/prose")
    c.eq("sum_mismatch", so[2], dec(so[1]) + dec(add), "委托收入 年初+追加")
    c.same("conflicting_values", st[2], annual, "全年 table/prose")
    c.same("conflicting_values", st[3], rec, "到位 table/prose")
    c.same("conflicting_values", st[4], spent, "执行 table/prose")

    it = c.table("支出项目")
    idata, itot = it[:-1], it[-1]
    for r in idata:
        c.rate(r[3], r[2], r[1], "明细 " + r[0])
    c.total(itot[1], [r[1] for r in idata], "明细预算合计")
    c.total(itot[2], [r[2] for r in idata], "明细执行合计")
    c.rate(itot[3], itot[2], itot[1], "明细合计执行率")
    c.same("conflicting_values", itot[1], annual, "明细合计/全年")
    c.same("conflicting_values", itot[2], spent, "明细执行/支出")
    wt = trow(it, "委托培训班办班支出")
    c.same("conflicting_values", wt[1], so[2], "委托班预算/委托收入")
    c.same("conflicting_values", wt[2], so[4], "委托班支出/其他资金执行")
    c.total(sf[4], [trow(it, k)[2] for k in ("县内主体班次培训", "现场教学点讲解及维护", "教学课件开发及师资培训")], "财政资金执行构成")
    (xn,) = c.one(r"县内主体班次培训支出(" + NUM + r")万元")
    c.money_mention(xn, trow(it, "县内主体班次培训")[2], "县内培训支出 prose/table")

    cls = c.table("班次")
    cd, ct = cls[:-1], cls[-1]
    for r in cd:
        c.eq("sum_mismatch", r[4], dec(r[2]) * dec(r[3]), "人天 " + r[0])
    c.total(ct[1], [r[1] for r in cd], "期数合计")
    c.total(ct[2], [r[2] for r in cd], "人数合计")
    c.total(ct[4], [r[4] for r in cd], "人天合计")
    inner, outer = cd[:3], cd[3:]
    g = c.one(r"县内班次(\d+)期(\d+)人、(\d+)人天，委托培训(\d+)期(\d+)人、(\d+)人天")
    for i, col in enumerate((1, 2, 4)):
        c.total(g[i], [r[col] for r in inner], "县内小计列%d" % col)
        c.total(g[3 + i], [r[col] for r in outer], "委托小计列%d" % col)
    k = c.one(r"科级领导干部进修班(\d+)期(\d+)人，每期(\d+)天；中青年干部培训班(\d+)期(\d+)人，集中培训(\d+)天")
    rk, rz = trow(cls, "科级领导干部进修班"), trow(cls, "中青年干部培训班")
    for a, b in zip(k, [rk[1], rk[2], rk[3], rz[1], rz[2], rz[3]]):
        c.same("conflicting_values", a, b, "班次 prose/table")
    pin, pout = c.one(r"县内班次人均每天培训费(" + NUM + r")元，委托培训班人均每天办班支出(" + NUM + r")元")
    inner_days = sum(dec(r[4]) for r in inner)
    outer_days = sum(dec(r[4]) for r in outer)
    c.eq("average_mismatch", pin, dec(trow(it, "县内主体班次培训")[2]) * 10000 / inner_days, "县内人均每天")
    c.eq("average_mismatch", pout, dec(wt[2]) * 10000 / outer_days, "委托人均每天")
    gp, gr = c.one(r"全年结业(\d+)人，学员结业率(" + NUM + r"%)")
    c.rate(gr, gp, ct[2], "结业率")
    on, oo, orate = c.one(r"(\d+)期班次中(\d+)期按计划时间开班.*?按计划开班率(" + NUM + r"%)")
    c.same("conflicting_values", on, ct[1], "期数 prose/table")
    c.rate(orate, oo, on, "开班率")
    f = c.one(r"全年共开展现场教学(\d+)场次，5个现场教学点分别开展(\d+)、(\d+)、(\d+)、(\d+)、(\d+)场次，平均(\d+)场次")
    c.total(f[0], f[1:6], "现场教学场次合计")
    c.eq("average_mismatch", f[6], sum(dec(x) for x in f[1:6]) / 5, "现场教学平均场次")
    (lack,) = c.one(r"比年度指标少(\d+)场次")

    rows, tw, ts = indicator_rows(c, "一级指标", "合计", False)
    check_indicators(c, rows)
    c.total(tw, [r["weight"] for r in rows], "绩效指标分值合计", "weight_sum_mismatch")
    c.total(ts, [r["score"] for r in rows], "绩效指标得分合计", "score_sum_mismatch")
    ew, iw = c.one(r"预算执行情况(\d+)分，按“预算执行率×\d+”计分；绩效指标(\d+)分")
    c.same("weight_sum_mismatch", iw, tw, "绩效分值 prose/table")
    if dec(ew) + dec(iw) != 100:
        c.fail("weight_sum_mismatch", "执行%s+绩效%s != 100" % (ew, iw))
    rf = find_row(rows, "开展现场教学")
    c.same("conflicting_values", rf["actual"], f[0] + "场次", "现场教学 indicator/prose")
    c.eq("sum_mismatch", lack, parse_val(rf["target"])[1] - dec(f[0]), "少场次")
    c.same("conflicting_values", find_row(rows, "举办培训班次")["actual"], ct[1] + "期", "班次 indicator/table")
    c.same("conflicting_values", find_row(rows, "培训学员人数")["actual"], ct[2] + "人", "人数 indicator/table")
    c.same("conflicting_values", find_row(rows, "学员结业率")["actual"], gr, "结业率 indicator/prose")
    c.same("conflicting_values", find_row(rows, "班次按计划开班率")["actual"], orate, "开班率 indicator/prose")
    c.same("conflicting_values", find_row(rows, "县内班次人均每天培训费")["actual"], pin + "元", "人均每天 indicator/prose")
    inc, yl, lv, gr2 = c.one(r"全年委托培训收入(" + NUM + r")万元，较(\d{4})年的(" + NUM + r")万元增长(" + NUM + r"%)")
    c.year(yl, Y, "比较年份", "prev")
    c.eq("rate_mismatch", gr2, (dec(inc) - dec(lv)) / dec(lv) * 100, "委托收入增长率")
    c.same("conflicting_values", find_row(rows, "委托培训收入")["actual"], inc + "万元", "委托收入 indicator/prose")
    c.same("conflicting_values", inc, so[3], "委托收入/到位")
    (sat,) = c.one(r"满意度测评满意率(" + NUM + r"%)")
    c.same("conflicting_values", find_row(rows, "参训学员满意度")["actual"], sat, "满意度 indicator/prose")
    cr, es, isc, total, gg = c.one(r"预算执行率(" + NUM + r"%)，预算执行情况得分(" + NUM + r")分，绩效指标得分(" + NUM + r")分，综合得分(" + NUM + r")分，评价等级为“(.+?)”")
    c.rate(cr, spent, annual, "结论执行率")
    if dec(es) > dec(ew) or dec(es) < 0:
        c.fail("score_exceeds_weight", "执行得分 %s > 分值 %s" % (es, ew))
    c.eq("score_sum_mismatch", isc, dec(ts), "绩效得分 prose/table")
    c.total(total, [es, isc], "综合得分", "score_sum_mismatch")
    c.grade(gg, total, "等级")


CHECKS = {
    "zj-changxing-zhutiban-2018": check_changxing,
    "ah-tianchang-keyanzixun-2020": check_tianchang,
    "sd-gaomi-xiangcunlunxun-2022": check_gaomi,
    "gz-meitan-dangxiao-bumen-2024": check_meitan,
    "hb-hongan-xianchangjiaoxue-2025": check_hongan,
}


def run(text, source):
    c = Ctx(text)
    try:
        CHECKS[source](c)
    except ParseError as e:
        c.fail("parse_error", str(e))
    return c.fails


def edit_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(labels) != 35:
        problems.append("expected 35 label lines, got %d" % len(labels))
    counts = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        fails = run(text, lab["source"])
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % lab["case"])
            for f in fails:
                problems.append("%s: clean draft breaks %s (%s)" % (lab["case"], f[0], f[1]))
            if not 2500 <= len(text) <= 6000:
                problems.append("%s: length %d outside 2500-6000" % (lab["case"], len(text)))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one label" % lab["case"])
            continue
        exp = lab["expected"][0]
        code = exp["code"]
        counts[code] = counts.get(code, 0) + 1
        if exp["severity"] != "error":
            problems.append("%s: severity %s" % (lab["case"], exp["severity"]))
        codes = {f[0] for f in fails}
        if not fails:
            problems.append("%s: labelled %s but no identity breaks" % (lab["case"], code))
        elif codes != {code}:
            problems.append("%s: labelled %s but breaks %s" % (lab["case"], code, fails))
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        s, e_old, e_new = edit_span(clean, text)
        if max(e_old - s, e_new - s) > 40 or e_new <= s and e_old <= s:
            problems.append("%s: edit length %d/%d" % (lab["case"], e_old - s, e_new - s))
        v = exp["value"]
        if text.count(v) != 1:
            problems.append("%s: value occurs %d times" % (lab["case"], text.count(v)))
        else:
            p = text.index(v)
            if not (p <= s and e_new <= p + len(v)):
                problems.append("%s: value does not cover the edit" % lab["case"])
    expected_codes = ["rate_mismatch", "sum_mismatch", "balance_mismatch", "completion_mismatch",
                      "score_sum_mismatch", "weight_sum_mismatch", "score_exceeds_weight", "grade_mismatch",
                      "conflicting_values", "average_mismatch", "implausible_rate", "unit_mismatch",
                      "year_mismatch"]
    for k in expected_codes:
        if counts.get(k, 0) < 2:
            problems.append("code %s used %d times (< 2)" % (k, counts.get(k, 0)))
    if sum(counts.values()) != 30:
        problems.append("%d errors in all, expected 30" % sum(counts.values()))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
