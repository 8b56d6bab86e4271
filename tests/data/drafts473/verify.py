#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps the label value; every code of errors.md section A (1-13) is
   used at least twice;
2. the arithmetic of every draft is redone from the text: every check passes on the clean drafts,
   and on every error case the labelled code fails and no other error-level code fails.
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

TENK = D(10000)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def dec(s):
    return D(s.replace(",", ""))


def ndp(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    """Half a unit of the last written digit (rules.md section 8), plus 1e-9."""
    return D(5) * D(10) ** (-(ndp(s) + 1)) + D("1e-9")


def close(s, c):
    return abs(dec(s) - c) <= tol(s)


def M(s, unit="万元"):
    """An amount as (value in 万元, tolerance in 万元)."""
    f = {"万元": D(1), "元": D(1) / TENK, "亿元": TENK, None: D(1)}[unit]
    return (dec(s) * f, tol(s) * f)


def Q(s):
    """A plain quantity (count, percent number) as (value, tolerance)."""
    return (dec(s), tol(s))


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def days_in(year):
    return 366 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 365


BAND = [(D(90), "优"), (D(80), "良"), (D(60), "中"), (D(0), "差")]
GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
         "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    for low, g in BAND:
        if total >= low:
            return g
    return "差"


RATE_WORDS = ("满意度", "完好率", "修复率", "执行率", "到位率", "在线率", "及时率", "覆盖率", "使用率",
              "办结率", "支出率")


# ---------------------------------------------------------------- the checker
class Chk:
    def __init__(self, text):
        self.t = text
        self.fails = []
        self.warns = []
        self.n = 0

    # ---- extraction
    def one(self, pat, text=None):
        ms = list(re.finditer(pat, self.t if text is None else text))
        if len(ms) != 1:
            raise ParseError("pattern %r matched %d times" % (pat, len(ms)))
        g = ms[0].groups()
        return g if len(g) > 1 else g[0]

    def line_cells(self, name, n):
        """Cells following a line that equals `name` (tables flattened one cell per line)."""
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l == name]
        if len(idx) != 1:
            raise ParseError("line %r found %d times" % (name, len(idx)))
        i = idx[0]
        return lines[i + 1:i + 1 + n]

    def sep_row(self, sep, col, name, first=None):
        """Cells of the one line, split by sep, whose cell `col` equals name."""
        rows = []
        for l in self.t.split("\n"):
            f = l.split(sep)
            if len(f) > col and f[col] == name and (first is None or f[0] == first):
                rows.append(f)
        if len(rows) != 1:
            raise ParseError("row %r found %d times" % (name, len(rows)))
        return rows[0]

    # ---- verdicts
    def ok(self, code, cond, msg):
        self.n += 1
        if not cond:
            self.fails.append((code, msg))

    def warn(self, code, cond, msg):
        if not cond:
            self.warns.append((code, msg))

    # ---- arithmetic relations
    def rel(self, code, msg, stated, items, fn):
        """stated (v, t) must equal fn(values of items); an amount off by 10^4 is unit_mismatch."""
        vals = [i[0] for i in items]
        if abs(stated[0] - fn(vals)) <= stated[1]:
            self.ok(code, True, msg)
            return
        unit = False
        for k in range(len(items) + 1):
            for f in (TENK, D(1) / TENK):
                v = list(vals)
                sv, st = stated
                if k == len(items):
                    sv, st = sv * f, st * f
                else:
                    v[k] = v[k] * f
                if abs(sv - fn(v)) <= st:
                    unit = True
        self.ok("unit_mismatch" if unit else code, False, msg)

    def sum_(self, msg, total, parts, code="sum_mismatch"):
        self.rel(code, msg, total, parts, lambda v: sum(v, D(0)))

    def same(self, msg, a, b, kind_a=None, kind_b=None):
        """Two statements of one quantity. Different measure units -> unit_mismatch;
        off by exactly 10^4 -> unit_mismatch; otherwise conflicting_values."""
        if kind_a != kind_b:
            self.ok("unit_mismatch", False, msg + " (units %s / %s)" % (kind_a, kind_b))
            return
        t = max(a[1], b[1])
        if abs(a[0] - b[0]) <= t:
            self.ok("conflicting_values", True, msg)
        elif abs(a[0] * TENK - b[0]) <= t * TENK or abs(a[0] - b[0] * TENK) <= t * TENK:
            self.ok("unit_mismatch", False, msg)
        else:
            self.ok("conflicting_values", False, msg + " (%s vs %s)" % (a[0], b[0]))

    def rate(self, msg, stated, num, den):
        """stated: a percent number as written ('95.16', '—', '0'); num/den as Decimals."""
        stated = stated.strip().rstrip("%")
        if den == 0:
            self.ok("implausible_rate", stated in ("—", "", "0", "0.00"), msg + " (zero base)")
            return
        if stated in ("—", ""):
            return
        c = num / den * 100
        if not close(stated, c):
            self.ok("rate_mismatch", False, msg + " (stated %s, computed %s)" % (stated, q2(c)))
        else:
            self.ok("implausible_rate", c <= 100, msg + " (over 100%)")

    def prose_rates(self, text=None):
        """Every rate or satisfaction figure written after its name must lie in [0, 100]."""
        t = self.t if text is None else text
        for m in re.finditer(r"(%s)[^0-9%%，。；、\n\t｜]{0,6}?(\d+(?:\.\d+)?)%%" % "|".join(RATE_WORDS), t):
            self.ok("implausible_rate", dec(m.group(2)) <= 100, "rate %s" % m.group(0))

    def grade(self, msg, word, total):
        self.ok("grade_mismatch", GRADE[word] == band(total), msg + " (%s for %s)" % (word, total))

    # ---- indicator rows
    def indicator(self, name, target, actual, weight, score, completion=None, unit_col=None,
                  rule="linear_lte"):
        """target like '≥95%' (or sign + number with unit_col), actual like '96.30%'.
        Returns the parsed actual (value) or None for qualitative rows."""
        w, s = dec(weight), dec(score)
        self.ok("score_exceeds_weight", D(0) <= s <= w, "%s: score %s, weight %s" % (name, score, weight))
        mt = re.match(r"^(≥|≤|＝|=)?\s*([\d.,]+)\s*(.*)$", target)
        ma = re.match(r"^([\d.,]+)\s*(.*)$", actual)
        if not mt or not ma:
            return None
        sign, tnum, tunit = mt.groups()
        anum, aunit = ma.groups()
        if unit_col is not None:
            tunit = aunit = unit_col
        if tunit != aunit:
            self.ok("unit_mismatch", False, "%s: target in %r, actual in %r" % (name, tunit, aunit))
            return None
        self.ok("unit_mismatch", True, name)
        T, A = dec(tnum), dec(anum)
        if tunit == "%" and ("率" in name or "满意度" in name):
            self.ok("implausible_rate", A <= 100, "%s: %s%%" % (name, anum))
        direction = {"≥": "gte", "≤": "lte", "＝": "eq", "=": "eq", None: "eq"}[sign]
        if direction == "lte":
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        if completion is not None:
            self.ok("completion_mismatch", close(completion, comp),
                    "%s: completion %s%%, computed %s" % (name, completion, q2(comp)))
        exp = w * min(comp, D(100)) / 100
        alt = exp
        if completion is not None:
            alt = w * min(dec(completion), D(100)) / 100
        self.warn("score_rule_mismatch", close(score, exp) or close(score, alt),
                  "%s: score %s, rule gives %s" % (name, score, q2(exp)))
        return (A, tol(anum))


def finish_table(c, weights, scores, total_w, total_s, what):
    c.ok("weight_sum_mismatch", sum(weights, D(0)) == dec(total_w) and dec(total_w) == 100,
         "%s: weights sum %s, stated %s" % (what, sum(weights, D(0)), total_w))
    c.ok("score_sum_mismatch", close(total_s, sum(scores, D(0))),
         "%s: scores sum %s, stated %s" % (what, sum(scores, D(0)), total_s))


# ================================================================ zj-keqiao-ggzxc-2018
def check_zj(c):
    Y = int(c.one(r"柯桥区交通运输局(\d{4})年度公共自行车"))
    c.ok("year_mismatch", int(c.one(r"\n（(\d{4})年度）\n")) == Y, "table year")
    c.ok("year_mismatch", int(c.one(r"截至(\d{4})年12月31日")) == Y, "截至 year")
    c.ok("year_mismatch", int(c.one(r"根据区财政局关于开展(\d{4})年度")) == Y, "notice year")
    c.ok("year_mismatch", int(c.one(r"发布时间：(\d{4})-")) >= Y, "published after the year")
    st = c.one(r"共设服务站点(\d+)个，分别为(\d+)个、(\d+)个、(\d+)个")
    c.sum_("stations by street", Q(st[0]), [Q(x) for x in st[1:]])
    bk = c.one(r"投放公共自行车(\d+)辆，分别为(\d+)辆、(\d+)辆、(\d+)辆")
    c.sum_("bikes by street", Q(bk[0]), [Q(x) for x in bk[1:]])
    pr, pu, amt, au = c.one(r"按([\d.]+)(元|万元)/辆·年计价，全年合同金额([\d,.]+)(元|万元)")
    c.rel("sum_mismatch", "contract = price × bikes", M(amt, au), [M(pr, pu), Q(bk[0])],
          lambda v: v[0] * v[1])
    b = c.one(r"年初预算([\d.]+)万元，其中运营维护服务费([\d.]+)万元、站点电费及通讯费([\d.]+)万元、车辆及锁桩更新([\d.]+)万元")
    c.sum_("initial budget items", M(b[0]), [M(x) for x in b[1:]])
    c.same("contract amount = 运营维护服务费 budget", M(amt, au), M(b[1]))
    add, sub, annual = c.one(r"追加车辆及锁桩更新经费([\d.]+)万元，该子项调整后预算([\d.]+)万元，项目全年预算调整为([\d.]+)万元")
    c.sum_("sub-item after top-up", M(sub), [M(b[3]), M(add)])
    c.sum_("annual = initial + top-up", M(annual), [M(b[0]), M(add)])
    e = c.one(r"全年实际支出([\d.]+)万元，其中运营维护服务费([\d.]+)万元、站点电费及通讯费([\d.]+)万元、车辆及锁桩更新([\d.]+)万元，各子项执行率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%，项目综合执行率([\d.]+)%")
    c.sum_("spending items", M(e[0]), [M(x) for x in e[1:4]])
    c.rate("sub-rate 运营维护", e[4], dec(e[1]), dec(b[1]))
    c.rate("sub-rate 电费通讯", e[5], dec(e[2]), dec(b[2]))
    c.rate("sub-rate 车辆锁桩", e[6], dec(e[3]), dec(sub))
    c.rate("overall execution rate", e[7], dec(e[0]), dec(annual))
    bal = c.one(r"未支出的([\d.]+)万元")
    c.rel("balance_mismatch", "unspent = annual − spent", M(bal), [M(annual), M(e[0])], lambda v: v[0] - v[1])
    sites_run = c.one(r"全年(\d+)个站点全部正常运营")
    c.same("stations running", Q(sites_run), Q(st[0]))
    inuse = c.one(r"在用车辆(\d+)辆。")
    c.same("bikes in use", Q(inuse), Q(bk[0]))
    good = c.one(r"完好车辆(\d+)辆")
    rep, fixed = c.one(r"全年报修故障车辆([\d,]+)辆次，24小时内修复([\d,]+)辆次")
    r = c.one(r"全年累计骑行([\d.]+)万人次，较(\d{4})年的([\d.]+)万人次增长([\d.]+)%，每车日均周转([\d.]+)次")
    c.ok("year_mismatch", int(r[1]) == Y - 1, "comparison year")
    c.rate("ride growth", r[3], dec(r[0]) - dec(r[2]), dec(r[2]))
    c.ok("average_mismatch", close(r[4], dec(r[0]) * TENK / dec(inuse) / days_in(Y)), "rides per bike per day")
    sat = c.one(r"服务对象满意度([\d.]+)%。")
    tot, gr = c.one(r"本项目得分([\d.]+)分，等级为(优|良|中|差)")
    c.prose_rates()
    # ---- 自评表: funds
    rows = {}
    for nm in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        rows[nm] = c.one(r"\n" + nm + r"\t([^\n]*)\n").split("\t")
    for k, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.sum_("funds %s" % col, M(rows["年度资金总额"][k]),
               [M(rows[n][k]) for n in ("其中：当年财政拨款", "上年结转资金", "其他资金")])
    for nm, cells in rows.items():
        c.rate("funds rate %s" % nm, cells[4], dec(cells[2]), dec(cells[1]))
    tf = rows["年度资金总额"]
    c.warn("score_rule_mismatch", close(tf[5], dec(tf[3]) * min(dec(tf[2]) / dec(tf[1]), D(1))), "execution score")
    c.same("年初 text/table", M(tf[0]), M(b[0]))
    c.same("全年 text/table", M(tf[1]), M(annual))
    c.same("执行 text/table", M(tf[2]), M(e[0]))
    c.same("执行率 text/table", Q(tf[4].rstrip("%")), Q(e[7]))
    # ---- 自评表: indicators
    weights, scores = [dec(tf[3])], [dec(tf[5])]
    acts = {}
    for nm in ("正常运营站点数", "在用公共自行车数量", "车辆完好率", "故障车辆24小时内修复率", "运营维护服务单价",
               "全年骑行量", "每车日均周转次数", "服务对象满意度"):
        f = c.sep_row("\t", 2, nm)
        note = f[7] if len(f) > 7 else ""
        m = re.search(r"完成率([\d.]+)%", note)
        acts[nm] = (f[3], f[4])
        c.indicator(nm, f[3], f[4], f[5], f[6], m.group(1) if m else None)
        weights.append(dec(f[5]))
        scores.append(dec(f[6]))
    ft = c.sep_row("\t", 0, "总分")
    finish_table(c, weights, scores, ft[5], ft[6], "自评表")
    c.same("total text/table", Q(tot), Q(ft[6]))
    c.grade("grade", gr, dec(tot))

    def num(s):
        return re.match(r"[≥≤]?([\d.,]+)", s).group(1)
    c.rate("完好率 from counts", num(acts["车辆完好率"][1]), dec(good), dec(inuse))
    c.rate("修复率 from counts", num(acts["故障车辆24小时内修复率"][1]), dec(fixed), dec(rep))
    c.same("stations table/text", Q(num(acts["正常运营站点数"][1])), Q(st[0]))
    c.same("bikes table/text", Q(num(acts["在用公共自行车数量"][1])), Q(inuse))
    c.same("unit price target/text", Q(num(acts["运营维护服务单价"][0])), Q(pr))
    c.same("unit price actual/text", Q(num(acts["运营维护服务单价"][1])), Q(pr))
    c.same("rides table/text", Q(num(acts["全年骑行量"][1])), Q(r[0]))
    c.same("per bike per day table/text", Q(num(acts["每车日均周转次数"][1])), Q(r[4]))
    c.same("satisfaction table/text", Q(num(acts["服务对象满意度"][1])), Q(sat))
    g = c.one(r"正常运营站点不少于(\d+)个，在用车辆不少于(\d+)辆，车辆完好率不低于(\d+)%，故障车辆24小时内修复率不低于(\d+)%，全年骑行量不少于(\d+)万人次，服务对象满意度不低于(\d+)%")
    for val, nm in zip(g, ("正常运营站点数", "在用公共自行车数量", "车辆完好率", "故障车辆24小时内修复率", "全年骑行量",
                           "服务对象满意度")):
        c.same("target %s text/table" % nm, Q(val), Q(num(acts[nm][0])))
    pw = c.one(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    c.same("execution weight text/table", Q(pw[0]), Q(tf[3]))
    blocks_w = [sum((dec(c.sep_row("\t", 2, n)[5]) for n in names), D(0)) for names in (
        ("正常运营站点数", "在用公共自行车数量", "车辆完好率", "故障车辆24小时内修复率", "运营维护服务单价"),
        ("全年骑行量", "每车日均周转次数"), ("服务对象满意度",))]
    for stated, got, nm in zip(pw[1:], blocks_w, ("产出", "效益", "满意度")):
        c.ok("weight_sum_mismatch", dec(stated) == got, "%s: block weights sum %s, text says %s" % (nm, got, stated))


# ================================================================ hb-duodao-ggzxc-2020
def check_hb(c):
    Y = int(c.one(r"\n(\d{4})年度公共自行车运营维护项目支出绩效自评报告"))
    c.ok("year_mismatch", int(c.one(r"关于开展(\d{4})年度预算项目")) == Y, "notice year")
    c.ok("year_mismatch", int(c.one(r"\n(\d{4})年度项目支出绩效自评表")) == Y, "table year")
    c.ok("year_mismatch", int(c.one(r"填报日期：(\d{4})年")) >= Y, "date")
    c.ok("year_mismatch", int(c.one(r"(\d{4})年项目全年预算")) == Y, "budget year")
    st = c.one(r"现有站点(\d+)个，分别为(\d+)个、(\d+)个、(\d+)个")
    c.sum_("stations", Q(st[0]), [Q(x) for x in st[1:]])
    bk = c.one(r"投入运营车辆(\d+)辆，分别为(\d+)辆、(\d+)辆、(\d+)辆")
    c.sum_("bikes", Q(bk[0]), [Q(x) for x in bk[1:]])
    pr, pu, camt = c.one(r"服务费按([\d.]+)(元|万元)/辆·年的中标单价计算，全年([\d.]+)万元")
    c.rel("sum_mismatch", "contract = price × bikes", M(camt), [M(pr, pu), Q(bk[0])], lambda v: v[0] * v[1])
    annual, cur, cy, carry = c.one(r"全年预算([\d.]+)万元，由年初预算安排的当年财政拨款([\d.]+)万元和(\d{4})年结转资金([\d.]+)万元组成")
    c.ok("year_mismatch", int(cy) == Y - 1, "carry-over comes from the previous year")
    c.sum_("annual = current + carry-over", M(annual), [M(cur), M(carry)])
    it = c.one(r"预算分为五项：运营服务费([\d.]+)万元，更新车辆([\d.]+)万元，锁桩及站亭维修([\d.]+)万元，电费、通讯及保险费([\d.]+)万元，调度系统升级([\d.]+)万元")
    c.sum_("budget items", M(annual), [M(x) for x in it])
    c.same("contract = 运营服务费 budget", M(camt), M(it[0]))
    ex = c.one(r"全年支出([\d.]+)万元，执行率([\d.]+)%。其中运营服务费([\d.]+)万元、更新车辆([\d.]+)万元（(\d+)辆，单价([\d,]+)元）、锁桩及站亭维修([\d.]+)万元、电费通讯及保险([\d.]+)万元、调度系统升级([\d.]+)万元")
    c.sum_("spending items", M(ex[0]), [M(ex[2]), M(ex[3]), M(ex[6]), M(ex[7]), M(ex[8])])
    c.rate("execution rate", ex[1], dec(ex[0]), dec(annual))
    c.rel("sum_mismatch", "new bikes = n × price", M(ex[3]), [Q(ex[4]), M(ex[5], "元")], lambda v: v[0] * v[1])
    bal = c.one(r"年末结余([\d.]+)万元")
    c.rel("balance_mismatch", "balance = annual − spent", M(bal), [M(annual), M(ex[0])], lambda v: v[0] - v[1])
    c.ok("year_mismatch", int(c.one(r"结转至(\d{4})年")) > Y, "carry-forward year")
    m1, d1, m2, d2, nd = c.one(r"系统于(\d+)月(\d+)日至(\d+)月(\d+)日暂停运营(\d+)天")
    import datetime
    try:
        span = (datetime.date(Y, int(m2), int(d2)) - datetime.date(Y, int(m1), int(d1))).days + 1
    except ValueError:
        span = None
    c.ok("sum_mismatch", span == int(nd), "pause days")
    c.same("new bikes in 产出", Q(c.one(r"更新车辆(\d+)辆于9月投放完毕")), Q(ex[4]))
    c.same("stations kept", Q(c.one(r"全年站点保持(\d+)个")), Q(st[0]))
    tested, good, gr_rate = c.one(r"年末检测车辆(\d+)辆，完好(\d+)辆，完好率([\d.]+)%")
    c.same("tested = fleet", Q(tested), Q(bk[0]))
    c.rate("完好率", gr_rate, dec(good), dec(tested))
    resp = c.one(r"全年平均调度响应时间为(\d+)分钟")
    rd = c.one(r"全年骑行量([\d.]+)万人次，较(\d{4})年的([\d.]+)万人次下降([\d.]+)%")
    c.ok("year_mismatch", int(rd[1]) == Y - 1, "comparison year")
    c.rate("ride decrease", rd[3], dec(rd[2]) - dec(rd[0]), dec(rd[2]))
    opdays, avg = c.one(r"按实际运营(\d+)天计，日均每车骑行([\d.]+)次")
    c.ok("sum_mismatch", int(opdays) == days_in(Y) - int(nd), "operating days")
    c.ok("average_mismatch", close(avg, dec(rd[0]) * TENK / dec(bk[0]) / dec(opdays)), "per bike per day")
    sat = c.one(r"市民满意度([\d.]+)%。")
    tot, gr = c.one(r"本项目自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    c.prose_rates()
    # ---- table
    fe = c.sep_row("｜", 0, "预算执行")
    c.rate("table execution rate", fe[5], dec(ex[0]), dec(annual))
    c.same("execution rate table/text", Q(fe[5].rstrip("%")), Q(ex[1]))
    c.ok("completion_mismatch", close(fe[6].rstrip("%"), dec(fe[5].rstrip("%")) / dec(fe[4].rstrip("%")) * 100),
         "execution completion")
    c.ok("score_exceeds_weight", D(0) <= dec(fe[8]) <= dec(fe[7]), "execution score")
    c.warn("score_rule_mismatch", close(fe[8], dec(fe[7]) * dec(ex[0]) / dec(annual)), "execution score")
    weights, scores = [dec(fe[7])], [dec(fe[8])]
    acts = {}
    for nm in ("站点运营数", "车辆完好率", "调度响应时间", "运营服务单价", "更新投放车辆", "全年骑行量",
               "运维考核长效机制", "市民满意度"):
        f = c.sep_row("｜", 3, nm)
        comp = f[6].rstrip("%") if re.match(r"^[\d.]+%$", f[6]) else None
        acts[nm] = (f[4], f[5])
        c.indicator(nm, f[4], f[5], f[7], f[8], comp)
        weights.append(dec(f[7]))
        scores.append(dec(f[8]))
    ft = c.sep_row("｜", 0, "合计")
    finish_table(c, weights, scores, ft[7], ft[8], "自评表")
    c.same("total text/table", Q(tot), Q(ft[8]))
    c.grade("grade", gr, dec(tot))

    def num(s):
        return re.match(r"[≥≤]?([\d.,]+)", s).group(1)
    c.same("stations table/text", Q(num(acts["站点运营数"][1])), Q(st[0]))
    c.same("完好率 table/text", Q(num(acts["车辆完好率"][1])), Q(gr_rate))
    c.same("response time table/text", Q(num(acts["调度响应时间"][1])), Q(resp))
    c.same("unit price target/text", Q(num(acts["运营服务单价"][0])), Q(pr))
    c.same("unit price actual/text", Q(num(acts["运营服务单价"][1])), Q(pr))
    c.same("new bikes table/text", Q(num(acts["更新投放车辆"][1])), Q(ex[4]))
    c.same("rides table/text", Q(num(acts["全年骑行量"][1])), Q(rd[0]))
    c.same("satisfaction table/text", Q(num(acts["市民满意度"][1])), Q(sat))
    g = c.one(r"站点运营数不少于(\d+)个，车辆完好率不低于(\d+)%，调度响应时间不超过(\d+)分钟，运营服务单价控制在(\d+)元/辆·年以内")
    for val, nm in zip(g, ("站点运营数", "车辆完好率", "调度响应时间", "运营服务单价")):
        c.same("target %s text/table" % nm, Q(val), Q(num(acts[nm][0])))
    g = c.one(r"更新投放车辆不少于(\d+)辆，全年骑行量不少于(\d+)万人次，建立运维考核长效机制，市民满意度不低于(\d+)%")
    for val, nm in zip(g, ("更新投放车辆", "全年骑行量", "市民满意度")):
        c.same("target %s text/table" % nm, Q(val), Q(num(acts[nm][0])))
    c.same("response target in 产出 text", Q(c.one(r"未达到不超过(\d+)分钟的目标")), Q(num(acts["调度响应时间"][0])))
    pw = c.one(r"预算执行率分值(\d+)分，按执行率乘以(\d+)计分；两个年度目标各(\d+)分")
    c.same("execution weight text/table", Q(pw[0]), Q(fe[7]))
    c.same("execution multiplier", Q(pw[1]), Q(fe[7]))
    for goal in ("目标一", "目标二"):
        gw = sum((dec(l.split("｜")[7]) for l in c.t.split("\n") if l.startswith(goal + "｜")), D(0))
        c.ok("weight_sum_mismatch", dec(pw[2]) == gw, "%s: block weights sum %s, text says %s" % (goal, gw, pw[2]))


# ================================================================ sx-taigu-ggzxc-2021
def blocks(text):
    """Seed-003 style tables: one tab-indented cell per line, blank line between rows."""
    out = []
    for blk in text.split("\n\n"):
        lines = blk.split("\n")
        if lines and all(l.startswith("\t") for l in lines if l != ""):
            out.append([l[1:] if l.startswith("\t") else l for l in lines])
    return out


def check_sx(c):
    Y = int(c.one(r"\n(\d{4})年度公共自行车系统运营维护项目绩效自评报告"))
    c.ok("year_mismatch", int(c.one(r"\n(\d{4})年年初预算")) == Y, "budget year")
    st = c.one(r"现有站点(\d+)个，分别为(\d+)个、(\d+)个、(\d+)个")
    c.sum_("stations", Q(st[0]), [Q(x) for x in st[1:]])
    bk = c.one(r"运营车辆(\d+)辆，分别为(\d+)辆、(\d+)辆、(\d+)辆")
    c.sum_("bikes", Q(bk[0]), [Q(x) for x in bk[1:]])
    pr, pu, camt, cu = c.one(r"运营维护单价([\d.]+)(元|万元)/辆·年，全年运营服务费([\d,.]+)(元|万元)")
    c.rel("sum_mismatch", "contract = price × bikes", M(camt, cu), [M(pr, pu), Q(bk[0])], lambda v: v[0] * v[1])
    ini = c.one(r"年初预算([\d.]+)万元，全部为区级资金，其中运营服务费([\d.]+)万元、站点迁建改造([\d.]+)万元、系统维护及站点电费([\d.]+)万元")
    c.sum_("initial budget items", M(ini[0]), [M(x) for x in ini[1:]])
    c.same("contract = 运营服务费 budget", M(camt, cu), M(ini[1]))
    prov, nb, bp = c.one(r"城市绿色出行补助([\d.]+)万元，用于更新车辆(\d+)辆（单价([\d,]+)元）")
    c.rel("sum_mismatch", "subsidy = bikes × price", M(prov), [Q(nb), M(bp, "元")], lambda v: v[0] * v[1])
    annual = c.one(r"全年预算资金([\d.]+)万元，全部到位")
    c.sum_("annual = initial + subsidy", M(annual), [M(ini[0]), M(prov)])
    cex = c.one(r"区级资金支出运营服务费([\d.]+)万元、站点迁建改造([\d.]+)万元、系统维护及站点电费([\d.]+)万元")
    c.same("运营服务费 spent = contract", M(cex[0]), M(camt, cu))
    nmove = c.one(r"对明星镇城区(\d+)个占道")
    nmove2, ndelay = c.one(r"(\d+)个迁建站点中有(\d+)个因规划调整")
    c.same("stations to move", Q(nmove), Q(nmove2))
    done = c.one(r"其中(\d+)个迁建站点于9月底前完工")
    c.ok("sum_mismatch", int(nmove) - int(ndelay) == int(done), "stations moved")
    # ---- funds table (行次)
    bl = blocks(c.t)
    fr = {}
    for b in bl:
        if b and b[0] in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余",
                          "预算到位率(%)", "预算执行率(%)"):
            fr[b[0]] = b[2:12]
    if len(fr) != 7:
        raise ParseError("funds table rows: %d" % len(fr))

    def v(s):
        return "0" if s.strip() == "" else s
    for nm in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = [v(x) for x in fr[nm]]
        c.sum_("%s: 年度总金额 = 小计 + 结转 + 其他" % nm, M(r[0]), [M(r[1]), M(r[6]), M(r[7])])
        c.sum_("%s: 小计 = 中央 + 省 + 市 + 县" % nm, M(r[1]), [M(x) for x in r[2:6]])
    for k in range(8):
        rec, spent, bud = (dec(v(fr[n][k])) for n in ("实际到位资金", "全年执行资金", "全年预算资金"))
        c.rel("balance_mismatch", "(5)=(3)-(4) col %d" % k, M(v(fr["资金结余"][k])),
              [(rec, D(0)), (spent, D(0))], lambda x: x[0] - x[1])
        c.rate("(6)=(3)/(2) col %d" % k, v(fr["预算到位率(%)"][k]), rec, bud)
        c.rate("(7)=(4)/(2) col %d" % k, v(fr["预算执行率(%)"][k]), spent, bud)
    c.same("年初 text/table", M(fr["年初预算资金"][0]), M(ini[0]))
    c.same("全年 text/table", M(fr["全年预算资金"][0]), M(annual))
    c.same("省级 text/table", M(fr["全年预算资金"][3]), M(prov))
    c.sum_("区级 spending items = table 县区级 (4)", M(fr["全年执行资金"][5]), [M(x) for x in cex])
    exs, exr = c.one(r"全年执行资金([\d.]+)万元，预算执行率([\d.]+)%")
    c.same("执行 text/table", M(exs), M(fr["全年执行资金"][0]))
    c.same("执行率 text/table", Q(exr), Q(fr["预算执行率(%)"][0]))
    c.same("省级执行率 text/table", Q(c.one(r"省级补助资金执行率(\d+)%")), Q(fr["预算执行率(%)"][3]))
    # ---- outputs, effects
    tested, good = c.one(r"(\d+)辆车中完好(\d+)辆")
    c.same("tested = fleet", Q(tested), Q(bk[0]))
    rides, avg = c.one(r"全年骑行([\d.]+)万人次，日均每车骑行([\d.]+)次")
    c.ok("average_mismatch", close(avg, dec(rides) * TENK / dec(bk[0]) / days_in(Y)), "per bike per day")
    online = c.one(r"站点设备日均在线率([\d.]+)%，")
    sat = c.one(r"骑行用户满意度([\d.]+)%，")
    tot, gr = c.one(r"自评总得分([\d.]+)分，属于“(优秀|良好|中等|较差)”")
    c.grade("grade", gr, dec(tot))
    c.prose_rates()
    # ---- 附件1
    weights, scores, acts = [], [], {}
    for nm in ("预算执行率", "运营站点数", "更新车辆数", "车辆完好率", "运营维护单价（元/辆·年）", "年骑行量",
               "站点设备日均在线率", "骑行用户满意度"):
        rows = [b for b in bl if len(b) >= 8 and b[2] == nm]
        if len(rows) != 1:
            raise ParseError("附件1 row %s: %d" % (nm, len(rows)))
        f = rows[0]
        acts[nm] = (f[4], f[5])
        c.indicator(nm, f[4], f[5], f[3], f[7], f[6].rstrip("%"))
        weights.append(dec(f[3]))
        scores.append(dec(f[7]))
    tr = [b for b in bl if b and b[0] == "合计"]
    if len(tr) != 1:
        raise ParseError("合计 row")
    finish_table(c, weights, scores, tr[0][3], tr[0][7], "附件1")
    c.same("total text/table", Q(tot), Q(tr[0][7]))

    def num(s):
        m = re.match(r"[≥≤]?([\d.,]+)(.*)$", s)
        return m.group(1), m.group(2)
    a, u = num(acts["预算执行率"][1])
    c.same("执行率 附件1/text", Q(a), Q(exr))
    c.same("stations 附件1/text", Q(num(acts["运营站点数"][1])[0]), Q(st[0]))
    a, u = num(acts["更新车辆数"][1])
    c.same("new bikes 附件1/text", Q(a), Q(nb), "辆", u)
    a, u = num(acts["车辆完好率"][1])
    c.rate("完好率 from counts", a, dec(good), dec(tested))
    c.same("unit price 附件1/text", Q(num(acts["运营维护单价（元/辆·年）"][1])[0]), Q(pr))
    c.same("rides 附件1/text", Q(num(acts["年骑行量"][1])[0]), Q(rides))
    c.same("online 附件1/text", Q(num(acts["站点设备日均在线率"][1])[0]), Q(online))
    c.same("satisfaction 附件1/text", Q(num(acts["骑行用户满意度"][1])[0]), Q(sat))
    g = c.one(r"运营站点不少于(\d+)个，更新车辆不少于(\d+)辆，车辆完好率不低于(\d+)%，全年骑行量不少于(\d+)万人次，站点设备日均在线率不低于(\d+)%，骑行用户满意度不低于(\d+)%")
    for val, nm in zip(g, ("运营站点数", "更新车辆数", "车辆完好率", "年骑行量", "站点设备日均在线率", "骑行用户满意度")):
        c.same("target %s text/附件1" % nm, Q(val), Q(num(acts[nm][0])[0]))


# ================================================================ sc-pengshan-ggzxc-2023
def check_sc(c):
    Y = int(c.one(r"^(\d{4})年度眉山市彭山区交通运输局项目支出"))
    c.ok("year_mismatch", int(c.one(r"\n(\d{4})年度项目支出绩效自评表")) == Y, "table year")
    c.ok("year_mismatch", int(c.one(r"(\d{4})年项目年初预算")) == Y, "budget year")
    c.ok("year_mismatch", int(c.one(r"结转至(\d{4})年")) > Y, "carry-forward year")
    c.ok("year_mismatch", int(c.one(r"(\d{4})年初全区有公共自行车站点")) == Y, "station year")
    s0, cut, s1 = c.one(r"站点(\d+)个，年中按照使用率评估结果撤并低效站点(\d+)个，年末站点(\d+)个")
    c.ok("sum_mismatch", int(s0) - int(cut) == int(s1), "stations after merging")
    st = c.one(r"分别为(\d+)个、(\d+)个、(\d+)个")
    c.sum_("stations by street", Q(s1), [Q(x) for x in st])
    bk = c.one(r"投入运营车辆(\d+)辆，分别为(\d+)辆、(\d+)辆、(\d+)辆")
    c.sum_("bikes by street", Q(bk[0]), [Q(x) for x in bk[1:]])
    pr, pu = c.one(r"约定的([\d.]+)(元|万元)/辆·年单价")
    b = c.one(r"年初预算([\d.]+)万元，其中财政资金([\d.]+)万元、其他资金（站亭广告经营收益）([\d.]+)万元。财政资金中运营服务费([\d.]+)万元、站点电费及网络费([\d.]+)万元、站点及车辆更新([\d.]+)万元")
    c.sum_("initial = fiscal + other", M(b[0]), [M(b[1]), M(b[2])])
    c.sum_("fiscal items", M(b[1]), [M(b[3]), M(b[4]), M(b[5])])
    c.rel("sum_mismatch", "运营服务费 = price × bikes", M(b[3]), [M(pr, pu), Q(bk[0])], lambda v: v[0] * v[1])
    cut_amt, upd, fis_annual = c.one(r"经费调减([\d.]+)万元，站点及车辆更新经费调整为([\d.]+)万元，财政资金全年预算为([\d.]+)万元")
    c.rel("sum_mismatch", "item after cut", M(upd), [M(b[5]), M(cut_amt)], lambda v: v[0] - v[1])
    c.rel("sum_mismatch", "fiscal annual after cut", M(fis_annual), [M(b[1]), M(cut_amt)], lambda v: v[0] - v[1])
    rec, rec_rate, oth_rec = c.one(r"财政资金([\d.]+)万元按季度下达，到位率(\d+)%；站亭广告收益([\d.]+)万元按合同收取")
    c.same("fiscal received = fiscal annual", M(rec), M(fis_annual))
    c.rate("到位率", rec_rate, dec(rec), dec(fis_annual))
    c.same("other received = other budget", M(oth_rec), M(b[2]))
    ex = c.one(r"全年执行([\d.]+)万元，其中财政资金([\d.]+)万元（运营服务费([\d.]+)万元、站点电费及网络费([\d.]+)万元、站点及车辆更新([\d.]+)万元），站亭广告收益([\d.]+)万元。财政资金执行率([\d.]+)%，财政资金结余([\d.]+)万元由区财政收回；广告收益未使用的([\d.]+)万元结转")
    c.sum_("spent = fiscal + other", M(ex[0]), [M(ex[1]), M(ex[5])])
    c.sum_("fiscal spent items", M(ex[1]), [M(ex[2]), M(ex[3]), M(ex[4])])
    c.rate("fiscal execution rate", ex[6], dec(ex[1]), dec(fis_annual))
    c.rel("balance_mismatch", "fiscal balance", M(ex[7]), [M(rec), M(ex[1])], lambda v: v[0] - v[1])
    c.rel("balance_mismatch", "other carry-forward", M(ex[8]), [M(oth_rec), M(ex[5])], lambda v: v[0] - v[1])
    runs, runb = c.one(r"全年(\d+)个站点、(\d+)辆车正常运营")
    c.same("stations running", Q(runs), Q(s1))
    c.same("bikes running", Q(runb), Q(bk[0]))
    good, grate = c.one(r"年末检测完好车辆(\d+)辆，完好率([\d.]+)%")
    c.rate("完好率", grate, dec(good), dec(bk[0]))
    fixh = c.one(r"故障车辆平均修复时间(\d+)小时")
    rd = c.one(r"全年骑行量([\d.]+)万人次，较(\d{4})年的([\d.]+)万人次增长([\d.]+)%，每车日均骑行([\d.]+)次")
    c.ok("year_mismatch", int(rd[1]) == Y - 1, "comparison year")
    c.rate("ride growth", rd[3], dec(rd[0]) - dec(rd[2]), dec(rd[2]))
    c.ok("average_mismatch", close(rd[4], dec(rd[0]) * TENK / dec(bk[0]) / days_in(Y)), "per bike per day")
    sat = c.one(r"有效样本\d+份，满意度([\d.]+)%")
    tot, gr = c.one(r"项目自评得分([\d.]+)分，总体评价(优秀|良好|中等|较差)")
    c.grade("grade (text)", gr, dec(tot))
    c.prose_rates()
    # ---- table: funds (one cell per line)
    fr = {}
    for nm in ("年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        fr[nm] = c.line_cells(nm, 6)
    for k, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.sum_("funds %s" % col, M(fr["年度资金总额"][k]),
               [M(fr[n][k]) for n in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")])
    for nm, cells in fr.items():
        c.rate("funds rate %s" % nm, cells[4], dec(cells[2]), dec(cells[1]))
    tf = fr["年度资金总额"]
    c.warn("score_rule_mismatch", close(tf[5], dec(tf[3]) * dec(tf[2]) / dec(tf[1])), "execution score")
    c.same("年初 total text/table", M(tf[0]), M(b[0]))
    c.same("年初 fiscal text/table", M(fr["财政资金"][0]), M(b[1]))
    c.same("全年 fiscal text/table", M(fr["财政资金"][1]), M(fis_annual))
    c.same("年初 other text/table", M(fr["其他资金"][0]), M(b[2]))
    c.same("全年 other text/table", M(fr["其他资金"][1]), M(oth_rec))
    c.same("执行 total text/table", M(tf[2]), M(ex[0]))
    c.same("执行 fiscal text/table", M(fr["财政资金"][2]), M(ex[1]))
    c.same("执行 other text/table", M(fr["其他资金"][2]), M(ex[5]))
    c.same("fiscal rate text/table", Q(fr["财政资金"][4].rstrip("%")), Q(ex[6]))
    # ---- table: indicators [性质, 指标值, 度量单位, 实际完成值, 分值, 得分, 原因]
    sign = {"＝": "＝", "≥": "≥", "≤": "≤", "定性": None}
    weights, scores, acts = [dec(tf[3])], [dec(tf[5])], {}
    for nm in ("运营站点数", "投入运营车辆数", "车辆完好率", "故障车辆修复时限", "运营服务单价", "全年骑行量",
               "长效运维考核机制", "骑行用户满意度"):
        f = c.line_cells(nm, 7)
        m = re.search(r"完成率([\d.]+)%", f[6])
        acts[nm] = f
        if f[0] == "定性":
            c.ok("score_exceeds_weight", D(0) <= dec(f[5]) <= dec(f[4]), nm)
        else:
            c.indicator(nm, sign[f[0]] + f[1], f[3], f[4], f[5], m.group(1) if m else None, unit_col=f[2])
        weights.append(dec(f[4]))
        scores.append(dec(f[5]))
    tt = c.line_cells("总分", 8)
    finish_table(c, weights, scores, tt[6], tt[7], "自评表")
    c.same("total text/table", Q(tot), Q(tt[7]))
    c.grade("grade (table)", c.one(r"自评等级为(优|良|中|差)"), dec(tt[7]))
    c.same("stations table/text", Q(acts["运营站点数"][3]), Q(s1))
    c.same("bikes table/text", Q(acts["投入运营车辆数"][3]), Q(bk[0]))
    c.same("完好率 table/text", Q(acts["车辆完好率"][3]), Q(grate))
    c.same("repair hours table/text", Q(acts["故障车辆修复时限"][3]), Q(fixh))
    c.same("unit price target/text", Q(acts["运营服务单价"][1]), Q(pr))
    c.same("unit price actual/text", Q(acts["运营服务单价"][3]), Q(pr))
    c.same("rides table/text", Q(acts["全年骑行量"][3]), Q(rd[0]))
    c.same("satisfaction table/text", Q(acts["骑行用户满意度"][3]), Q(sat))
    g = c.one(r"车辆完好率不低于(\d+)%，故障车辆(\d+)小时内修复，全年骑行量不少于(\d+)万人次，骑行用户满意度不低于(\d+)%，为群众")
    for val, nm in zip(g, ("车辆完好率", "故障车辆修复时限", "全年骑行量", "骑行用户满意度")):
        c.same("target %s text/table" % nm, Q(val), Q(acts[nm][1]))
    g = c.one(r"保障(\d+)个站点、(\d+)辆公共自行车正常运营，车辆完好率不低于(\d+)%，全年骑行量不少于(\d+)万人次，骑行用户满意度不低于(\d+)%。")
    for val, nm in zip(g, ("运营站点数", "投入运营车辆数", "车辆完好率", "全年骑行量", "骑行用户满意度")):
        c.same("table goal %s / indicator" % nm, Q(val), Q(acts[nm][1]))


# ================================================================ fj-longwen-ggzxc-2024
def check_fj(c):
    Y = int(c.one(r"\n(\d{4})年度项目支出绩效自评报告"))
    c.ok("year_mismatch", int(c.one(r"\n（(\d{4})年度）\n")) == Y, "table year")
    c.ok("year_mismatch", int(c.one(r"数据截至(\d{4})年12月31日")) == Y, "截至 year")
    c.ok("year_mismatch", int(c.one(r"结转至(\d{4})年支付")) > Y, "carry-forward year")
    c.ok("year_mismatch", int(c.one(r"关于开展(\d{4})年度项目支出")) == Y, "notice year")
    tb, te, trate = c.one(r"全年预算合计([\d.]+)万元，实际执行([\d.]+)万元，总体预算执行率([\d.]+)%")
    st = c.one(r"设置站点(\d+)个，分别为(\d+)个、(\d+)个、(\d+)个")
    c.sum_("stations", Q(st[0]), [Q(x) for x in st[1:]])
    bk = c.one(r"在用车辆(\d+)辆，分别为(\d+)辆、(\d+)辆、(\d+)辆")
    c.sum_("bikes", Q(bk[0]), [Q(x) for x in bk[1:]])
    pr, pu, camt, cu, ini = c.one(r"运营维护服务按([\d.]+)(元|万元)/辆·年结算，全年服务费([\d,.]+)(元|万元)，列入年初预算([\d.]+)万元")
    c.rel("sum_mismatch", "contract = price × bikes", M(camt, cu), [M(pr, pu), Q(bk[0])], lambda v: v[0] * v[1])
    c.same("contract = initial budget", M(camt, cu), M(ini))
    p1 = c.one(r"项目全年预算([\d.]+)万元，当年全额支付")
    p2b, p2n, p2e, p2r, p2c, p2y = c.one(r"预算([\d.]+)万元，用于(\d+)个站点电子围栏和智能锁桩改造，实际支出([\d.]+)万元，执行率([\d.]+)%；剩余([\d.]+)万元为质保金和尾款，按合同约定结转至(\d{4})年")
    p3b, p3e, p3r = c.one(r"预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%，节余")
    c.sum_("budget of the 3 projects", M(tb), [M(p1), M(p2b), M(p3b)])
    c.sum_("spending of the 3 projects (P1 paid in full)", M(te), [M(p1), M(p2e), M(p3e)])
    c.rate("overall rate", trate, dec(te), dec(tb))
    c.rate("P2 rate", p2r, dec(p2e), dec(p2b))
    c.rate("P3 rate", p3r, dec(p3e), dec(p3b))
    c.rel("balance_mismatch", "P2 remaining", M(p2c), [M(p2b), M(p2e)], lambda v: v[0] - v[1])
    s1, s2, s3, avg, gr = c.one(r"运营维护项目([\d.]+)分，站点智能化改造项目([\d.]+)分，保险及电费项目([\d.]+)分，3个项目平均自评分([\d.]+)分，等级均为(优|良|中|差)")
    c.ok("average_mismatch", close(avg, (dec(s1) + dec(s2) + dec(s3)) / 3), "average of the 3 scores")
    for s in (s1, s2, s3):
        c.grade("grade of %s" % s, gr, dec(s))
    e2s, e2w = c.one(r"站点智能化改造项目预算执行率指标得([\d.]+)分（分值(\d+)分）")
    c.ok("score_exceeds_weight", D(0) <= dec(e2s) <= dec(e2w), "P2 execution score")
    c.warn("score_rule_mismatch", close(e2s, dec(e2w) * dec(p2e) / dec(p2b)), "P2 execution score")
    e3s, e3w = c.one(r"保险及电费项目预算执行率指标得([\d.]+)分（分值(\d+)分）")
    c.ok("score_exceeds_weight", D(0) <= dec(e3s) <= dec(e3w), "P3 execution score")
    c.warn("score_rule_mismatch", close(e3s, dec(e3w) * dec(p3e) / dec(p3b)), "P3 execution score")
    nlate = c.one(r"另有(\d+)个站点因地下管线迁改")
    ndone = c.one(r"智能化改造完成(\d+)个站点")
    c.ok("sum_mismatch", int(p2n) - int(nlate) == int(ndone), "stations converted")
    tested, good = c.one(r"年末检测车辆(\d+)辆，完好(\d+)辆")
    c.same("tested = fleet", Q(tested), Q(bk[0]))
    rd = c.one(r"全年骑行量([\d.]+)万人次，按全年(\d+)天计，每车日均骑行([\d.]+)次，较(\d{4})年的([\d.]+)万人次增长([\d.]+)%")
    c.ok("sum_mismatch", int(rd[1]) == days_in(Y), "days in the year")
    c.ok("average_mismatch", close(rd[2], dec(rd[0]) * TENK / dec(bk[0]) / dec(rd[1])), "per bike per day")
    c.ok("year_mismatch", int(rd[3]) == Y - 1, "comparison year")
    c.rate("ride growth", rd[5], dec(rd[0]) - dec(rd[4]), dec(rd[4]))
    co2 = c.one(r"减少碳排放(\d+)吨。")
    sat = c.one(r"回收有效问卷\d+份，满意度([\d.]+)%")
    c.prose_rates()
    # ---- 自评表 funds
    fr = {}
    for nm in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        fr[nm] = c.line_cells(nm, 6)
    for k, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.sum_("funds %s" % col, M(fr["年度资金总额"][k]),
               [M(fr[n][k]) for n in ("其中：当年财政拨款", "上年结转资金", "其他资金")])
    for nm, cells in fr.items():
        c.rate("funds rate %s" % nm, cells[4], dec(cells[2]), dec(cells[1]))
    tf = fr["年度资金总额"]
    c.warn("score_rule_mismatch", close(tf[5], dec(tf[3]) * min(dec(tf[2]) / dec(tf[1]), D(1))), "execution score")
    c.same("年初 text/table", M(tf[0]), M(ini))
    c.same("全年 text/table", M(tf[1]), M(p1))
    c.same("执行 = 全年 (全额支付)", M(tf[2]), M(p1))
    weights, scores, acts = [dec(tf[3])], [dec(tf[5])], {}
    for nm in ("运营站点数", "在用车辆数", "车辆完好率", "调度及时率", "运营维护单价", "全年骑行量",
               "折算减少碳排放", "骑行用户满意度"):
        f = c.line_cells(nm, 5)
        m = re.search(r"完成率([\d.]+)%", f[4])
        acts[nm] = f
        c.indicator(nm, f[0], f[1], f[2], f[3], m.group(1) if m else None)
        weights.append(dec(f[2]))
        scores.append(dec(f[3]))
    tt = c.line_cells("总分", 6)
    finish_table(c, weights, scores, tt[4], tt[5], "自评表")
    c.same("P1 score text/table", Q(s1), Q(tt[5]))

    def num(s):
        return re.match(r"[≥≤]?([\d.,]+)", s).group(1)
    c.same("stations table/text", Q(num(acts["运营站点数"][1])), Q(st[0]))
    c.same("bikes table/text", Q(num(acts["在用车辆数"][1])), Q(bk[0]))
    c.rate("完好率 from counts", num(acts["车辆完好率"][1]), dec(good), dec(tested))
    c.same("unit price target/text", Q(num(acts["运营维护单价"][0])), Q(pr))
    c.same("unit price actual/text", Q(num(acts["运营维护单价"][1])), Q(pr))
    c.same("rides table/text", Q(num(acts["全年骑行量"][1])), Q(rd[0]))
    c.same("CO2 table/text", Q(num(acts["折算减少碳排放"][1])), Q(co2))
    c.same("satisfaction table/text", Q(num(acts["骑行用户满意度"][1])), Q(sat))


CHECKS = {
    "zj-keqiao-ggzxc-2018": check_zj,
    "hb-duodao-ggzxc-2020": check_hb,
    "sx-taigu-ggzxc-2021": check_sx,
    "sc-pengshan-ggzxc-2023": check_sc,
    "fj-longwen-ggzxc-2024": check_fj,
}


def run_checks(src, text):
    c = Chk(text)
    CHECKS[src](c)
    return c


def diff_region(a, b):
    """[start, end) in b of the one contiguous place where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, a[p:len(a) - s], b[p:len(b) - s]


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {}
    where = {}
    for lab in labels:
        for e in lab["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append("code %s used %d times (< 2)" % (code, counts.get(code, 0)))
    for code in counts:
        if code not in CODES:
            problems.append("unknown code %s" % code)
    clean_text = {}
    total_checks = 0
    for lab in labels:
        src = lab["source"]
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text)
        if lab["clean"]:
            clean_text[src] = text
            if not 2800 <= n <= 3400:
                problems.append("%s: %d characters" % (lab["case"], n))
    for lab in labels:
        src, case = lab["source"], lab["case"]
        with open(os.path.join(CASES, case), encoding="utf-8") as fh:
            text = fh.read()
        try:
            c = run_checks(src, text)
        except ParseError as exc:
            problems.append("%s: parse error: %s" % (case, exc))
            continue
        total_checks += c.n
        failed = sorted(set(code for code, _ in c.fails))
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % case)
            if c.fails:
                problems.append("%s: clean draft fails %s" % (case, c.fails))
            if c.warns:
                problems.append("%s: clean draft has warnings %s" % (case, c.warns))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected one label" % case)
            continue
        e = lab["expected"][0]
        if e["severity"] != "error":
            problems.append("%s: severity %s" % (case, e["severity"]))
        occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
        if not occ:
            problems.append("%s: label value not found" % case)
            continue
        if len(occ) != 1:
            problems.append("%s: label value occurs %d times" % (case, len(occ)))
        s, t, old, new = diff_region(clean_text[src], text)
        if t <= s:
            problems.append("%s: no inserted/changed text" % case)
        if not any(o < t and s < o + len(e["value"]) for o in occ):
            problems.append("%s: the edit [%d,%d) does not overlap the label value" % (case, s, t))
        if failed != [e["code"]]:
            problems.append("%s: labelled %s, checks fail %s: %s" % (case, e["code"], failed, c.fails))
        where[case] = (old, new, failed)
    for case in sorted(where):
        old, new, failed = where[case]
        print("%-32s %-22s %r -> %r" % (case, ",".join(failed), old, new))
    print("%d cases, %d checks run" % (len(labels), total_checks))
    print("codes: " + ", ".join("%s=%d" % (k, counts.get(k, 0)) for k in CODES))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
