#!/usr/bin/env python3
"""Verify the drafts496 set: standard library + decimal only.

For every case the figures are read back from the text (regular expressions anchored on the wording, and a
small table reader for ｜ / tab / Markdown tables) and every identity of rules.md §7 is recomputed with the
tolerance of §8 (decimals as written, ROUND_HALF_UP). The result per case is the set of error codes whose
identities fail.

  * every clean draft must fail nothing (and must also pass the advisory score-rule checks of rules.md §5);
  * every error case must fail exactly its labelled code;
  * labels: each value occurs exactly once in its case; the case differs from its clean draft by one contiguous
    edit of at most 40 characters that overlaps the value; every errors.md §A code is used at least twice.

Prints OK at the end when everything holds, otherwise the problems and exit status 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]
# internal codes: an identity outside errors.md §A (products such as 盏 × 单价). No case may break one.
INTERNAL = ["product_mismatch"]

NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"
EPS = Decimal("1e-9")


class ParseError(Exception):
    pass


class Num:
    """A number as written: value (normalised to the base unit: 万元 for money), decimals, unit, scale."""

    def __init__(self, s, unit="", money=False):
        s = s.strip()
        self.s = s
        raw = s.replace(",", "")
        self.raw = Decimal(raw)
        self.d = len(raw.split(".")[1]) if "." in raw else 0
        self.unit = unit
        self.money = money
        self.scale = Decimal(1)
        if money and unit == "元":
            self.scale = Decimal("0.0001")
        elif money and unit == "亿元":
            self.scale = Decimal(10000)
        self.v = self.raw * self.scale
        self.approx = False

    @property
    def tol(self):
        return Decimal(5) * Decimal(10) ** (-(self.d + 1)) * self.scale

    def rescaled(self, factor):
        n = Num.__new__(Num)
        n.__dict__.update(self.__dict__)
        n.v = self.v * factor
        n.scale = self.scale * factor
        return n

    def __repr__(self):
        return "%s%s" % (self.s, self.unit)


def r2(x, d=2):
    q = Decimal(1).scaleb(-d)
    return x.quantize(q, rounding=ROUND_HALF_UP)


class Ctx:
    def __init__(self, name, text, year):
        self.name = name
        self.t = text
        self.year = year
        self.fails = []      # (code, message)
        self.advice = []     # advisory findings (checked on clean drafts only)
        self.brittle = []    # comparisons that sit exactly on a rounding half

    # ---------------------------------------------------------------- reading
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError("%s: pattern %r matched %d times" % (self.name, pat, len(ms)))
        return ms[0]

    def all(self, pat):
        return list(re.finditer(pat, self.t))

    def money(self, pat, grp=1, ugrp=None):
        """pattern capturing a number; unit group (万元/元) optional, default 万元."""
        mm = self.m(pat)
        unit = mm.group(ugrp) if ugrp else "万元"
        return Num(mm.group(grp), unit, money=True)

    def num(self, pat, grp=1, unit=""):
        return Num(self.m(pat).group(grp), unit)

    # ---------------------------------------------------------------- comparing
    def close(self, stated, computed):
        diff = abs(computed - stated.v)
        if abs(diff - stated.tol) < Decimal("1e-12") and diff != 0:
            self.brittle.append("%s: %s vs computed %s sits on a rounding half" % (self.name, stated, computed))
        return diff <= stated.tol + EPS

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def check(self, code, msg, stated, fn, inputs):
        """stated: Num; fn(list of Decimal) -> Decimal computed; inputs: list of Num.
        On failure, a single money figure rescaled by 10^±4 that reconciles the identity turns the finding into
        unit_mismatch (errors.md #11 b, the most specific explanation)."""
        if stated is None:
            return
        comp = fn([x.v for x in inputs])
        if self.close(stated, comp):
            return True
        everything = [stated] + list(inputs)
        for i, x in enumerate(everything):
            if not x.money:
                continue
            for f in (Decimal("0.0001"), Decimal(10000)):
                alt = [y.rescaled(f) if j == i else y for j, y in enumerate(everything)]
                c2 = fn([y.v for y in alt[1:]])
                if abs(c2 - alt[0].v) <= alt[0].tol + EPS:
                    self.fail("unit_mismatch", "%s: %s off by 10^4 (%s)" % (msg, x, self.name))
                    return False
        self.fail(code, "%s: stated %s, computed %s" % (msg, stated, r2(comp, max(stated.d, 2) + 2)))
        return False

    def same(self, msg, a, b, code="conflicting_values"):
        """same quantity twice: must agree within the tighter of the two stated precisions."""
        ok = self.check(code, msg, a, lambda v: v[0], [b])
        if ok:
            ok = self.check(code, msg + " (reverse)", b, lambda v: v[0], [a])
        return ok

    def goals(self, pairs, tgt):
        """goal sentences restating the 自评表 targets (年度指标值)."""
        for pat, name in pairs:
            self.same("goal/target %s" % name, self.num(pat), tgt(name))

    def sum_(self, msg, total, parts, code="sum_mismatch"):
        return self.check(code, msg, total, lambda v: sum(v, Decimal(0)), parts)

    def diff(self, msg, result, a, b, code="sum_mismatch"):
        return self.check(code, msg, result, lambda v: v[0] - v[1], [a, b])

    def rate(self, msg, stated, num, den, code="rate_mismatch"):
        """stated rate (Num with unit %); num/den × 100. Zero base: '—' expected (handled by caller)."""
        if stated is None:
            return
        if den.v == 0:
            if stated.v != 0:
                self.fail("implausible_rate", "%s: rate %s on a zero base" % (msg, stated))
            return
        ok = self.check(code, msg, stated, lambda v: v[0] / v[1] * 100, [num, den])
        self.plausible(msg, stated)
        return ok

    def plausible(self, msg, stated, hi=Decimal(100)):
        if stated is not None and (stated.v > hi or stated.v < 0):
            self.fail("implausible_rate", "%s: %s outside [0, %s]" % (msg, stated, hi))

    def prod(self, msg, result, fn, inputs):
        return self.check("product_mismatch", msg, result, fn, inputs)

    def avg(self, msg, stated, items, code="average_mismatch"):
        return self.check(code, msg, stated, lambda v: sum(v, Decimal(0)) / len(v), items)

    # ---------------------------------------------------------------- years (I14)
    def years(self):
        y = self.year
        for mm in self.all(r"(\d{4})年度"):
            if int(mm.group(1)) != y:
                self.fail("year_mismatch", "%s年度 in a %d report" % (mm.group(1), y))
        for mm in self.all(r"截至(\d{4})年12月31日"):
            if int(mm.group(1)) != y:
                self.fail("year_mismatch", "截至%s年12月31日 in a %d report" % (mm.group(1), y))
        for mm in self.all(r"结转至(\d{4})年"):
            if int(mm.group(1)) <= y:
                self.fail("year_mismatch", "结转至%s年 in a %d report" % (mm.group(1), y))
        for mm in self.all(r"(\d{4})年结转"):
            if int(mm.group(1)) >= y:
                self.fail("year_mismatch", "%s年结转 (incoming) in a %d report" % (mm.group(1), y))
        for mm in self.all(r"(\d{4})年12月提前下达"):
            if int(mm.group(1)) != y - 1:
                self.fail("year_mismatch", "advance issued %s年12月 for %d" % (mm.group(1), y))
        for mm in self.all(r"年度[｜\t](\d{4})年"):
            if int(mm.group(1)) != y:
                self.fail("year_mismatch", "table year %s vs %d" % (mm.group(1), y))


# -------------------------------------------------------------------- tables
def rows_of(text, sep):
    out = []
    for line in text.split("\n"):
        if sep == "|":
            if not line.startswith("|") or set(line) <= set("|-: "):
                continue
            out.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif sep in line:
            out.append([c.strip() for c in line.split(sep)])
    return out


def row(rows, key, col=0, ncells=None):
    hits = [r for r in rows if len(r) > col and r[col] == key and (ncells is None or len(r) == ncells)]
    if len(hits) != 1:
        raise ParseError("row %r (col %d, %s cells) found %d times" % (key, col, ncells, len(hits)))
    return hits[0]


def cellnum(cell, unit="", money=False):
    """'96.62%' -> Num(96.62, %); '—' -> None; '1,236' -> Num."""
    c = cell.strip()
    if c in ("—", "-", ""):
        return None
    mm = re.fullmatch(r"(?:平均)?" + NUM + r"\s*(%|万元|元)?", c)
    if not mm:
        raise ParseError("not a number cell: %r" % cell)
    u = mm.group(2) or unit
    return Num(mm.group(1), u, money=money or u in ("万元", "元"))


GRADE_BANDS = [(Decimal(90), {"优", "优秀"}), (Decimal(80), {"良", "良好"}), (Decimal(60), {"中", "中等", "一般", "合格"}),
               (Decimal(-1), {"差", "较差", "不合格"})]


def band(total):
    for lo, names in GRADE_BANDS:
        if total >= lo:
            return names


TARGET_RE = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*" + NUM + r"\s*(.*)$")


def parse_tv(s):
    """target/actual cell -> (kind, sign, Num, unit). kind: num / date / text."""
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月", s) or re.search(r"顺延|未完成", s):
        return ("date", None, None, None)
    mm = TARGET_RE.match(s)
    if not mm:
        return ("text", None, None, None)
    unit = mm.group(3).strip()
    return ("num", mm.group(1) or "", Num(mm.group(2), unit), unit)


def indicators(c, sep, cols, exec_rate=None, exec_extra=None, lvl1=None):
    """Generic 自评表 checks. cols: dict name/weight/target/actual/comp/score -> index.
    exec_rate: (num Num, den Num) for the budget-execution row (or for exec_extra).
    exec_extra: (weight Num, score Num) when execution sits in the funds block (MOF layout).
    Returns (total Num, weights sum, scores sum, rows by name)."""
    rows = rows_of(c.t, sep)
    first = lvl1 or {"预算执行", "产出指标", "效益指标", "满意度指标", "预算管理", "履职产出", "履职效益", "满意度"}
    ind = [r for r in rows if len(r) == 8 and r[0] in first and r[cols["name"]] not in ("三级指标",)]
    tot = [r for r in rows if len(r) == 8 and r[0] in ("合计", "总分")]
    if len(tot) != 1 or not ind:
        raise ParseError("%s: indicator table not found" % c.name)
    tot = tot[0]
    wsum, ssum = Decimal(0), Decimal(0)
    byname = {}
    if exec_extra:
        w, s = exec_extra
        wsum += w.v
        ssum += s.v
        if s.v > w.v or s.v < 0:
            c.fail("score_exceeds_weight", "execution score %s above weight %s" % (s, w))
        if exec_rate:
            rr = exec_rate[0].v / exec_rate[1].v
            exp = w.v * min(rr, Decimal(1))
            if not (abs(exp - s.v) <= s.tol + EPS):
                c.advice.append("execution score %s vs %s" % (s, r2(exp)))
    for r in ind:
        name = r[cols["name"]]
        byname[name] = r
        w = cellnum(r[cols["weight"]])
        s = cellnum(r[cols["score"]])
        wsum += w.v
        ssum += s.v
        if s.v > w.v or s.v < 0:
            c.fail("score_exceeds_weight", "%s: score %s above weight %s" % (name, s, w))
        tk, tsign, T, tunit = parse_tv(r[cols["target"]])
        ak, _, A, aunit = parse_tv(r[cols["actual"]])
        comp_cell = r[cols["comp"]].strip()
        comp = None if comp_cell in ("—", "") else cellnum(comp_cell)
        if name in ("预算执行率", "部门预算执行率") and exec_rate:
            # actual = execution rate from amounts; completion = actual / 100%; score = w × rate
            c.rate("%s actual" % name, A, exec_rate[0], exec_rate[1])
            if comp is not None:
                c.check("completion_mismatch", "%s completion" % name, comp, lambda v: v[0] / v[1] * 100, [A, T])
            rr = exec_rate[0].v / exec_rate[1].v
            exp = w.v * min(rr, Decimal(1))
            if not (abs(exp - s.v) <= s.tol + EPS or abs(w.v * A.v / 100 - s.v) <= s.tol + EPS):
                c.advice.append("%s score %s vs %s" % (name, s, r2(exp)))
            continue
        if tk != "num" or ak != "num":
            if comp is not None and tk != "num":
                c.fail("completion_mismatch", "%s: completion %s on a qualitative/date target" % (name, comp))
            if tk == "num" and ak != "num":
                c.fail("unit_mismatch", "%s: actual %r vs numeric target" % (name, r[cols["actual"]]))
            continue
        if tunit != aunit:
            c.fail("unit_mismatch", "%s: target unit %r, actual unit %r" % (name, tunit, aunit))
            continue
        if aunit == "%" and ("率" in name or "满意度" in name):
            c.plausible(name, A)
        direction = "lte" if tsign in ("≤", "＜", "<=") else ("eq0" if T.v == 0 and tsign in ("", "=") else "gte")
        if direction == "eq0":
            if comp is not None:
                c.fail("completion_mismatch", "%s: completion on a zero target" % name)
            full = A.v <= 0
            exp = w.v if full else Decimal(0)
            if abs(exp - s.v) > s.tol + EPS:
                c.advice.append("%s score %s vs %s" % (name, s, exp))
            continue
        if direction == "lte":
            cfn = lambda v: Decimal(100) if v[0] <= v[1] else v[1] / v[0] * 100
            sexp = w.v if A.v <= T.v else w.v * T.v / A.v
        else:
            cfn = lambda v: v[0] / v[1] * 100
            sexp = w.v if A.v >= T.v else w.v * A.v / T.v
        if comp is None:
            c.fail("completion_mismatch", "%s: completion missing" % name)
        else:
            c.check("completion_mismatch", "%s completion" % name, comp, cfn, [A, T])
            sexp2 = w.v * min(comp.v, Decimal(100)) / 100
        ok = abs(sexp - s.v) <= s.tol + EPS or (comp is not None and abs(sexp2 - s.v) <= s.tol + EPS)
        if not ok:
            c.advice.append("%s score %s vs rule %s" % (name, s, r2(sexp)))
    tw = cellnum(tot[cols["weight"]]) if tot[cols["weight"]].strip() else None
    ts = cellnum(tot[cols["score"]])
    c.check("weight_sum_mismatch", "sum of weights", Num("100"), lambda v: v[0], [Num(str(wsum))])
    if tw is not None:
        c.check("weight_sum_mismatch", "table weight total", tw, lambda v: v[0], [Num(str(wsum))])
    c.check("score_sum_mismatch", "table score total", ts, lambda v: v[0], [Num(str(ssum))])
    return ts, byname


def score_group(c, msg, stated, byname, names, col):
    parts = [cellnum(byname[n][col]) for n in names]
    c.check("score_sum_mismatch", msg, stated, lambda v: sum(v, Decimal(0)), parts)


def weight_group(c, msg, stated, byname, names, col):
    parts = [cellnum(byname[n][col]) for n in names]
    c.check("weight_sum_mismatch", msg, stated, lambda v: sum(v, Decimal(0)), parts)


def grades(c, total, pat=r"评价等级(?:为|｜)\"?(优秀|优|良好|良|中等|中|一般|合格|较差|差)"):
    ms = c.all(pat)
    if not ms:
        raise ParseError("%s: no grade" % c.name)
    for mm in ms:
        if mm.group(1) not in band(total.v):
            c.fail("grade_mismatch", "grade %s for total %s" % (mm.group(1), total))


def M(c, pat, grp=1, unit="万元"):
    return c.money(pat, grp) if unit == "万元" else c.num(pat, grp, unit)


def P(c, pat, grp=1):
    return c.num(pat, grp, "%")


# ==================================================================== drafts
def d_bayuquan(c):
    rows = rows_of(c.t, "｜")
    fr = {k: row(rows, k, ncells=7) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    col = lambda k, i: cellnum(fr[k][i], money=True)
    for i, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_("funds %s column" % lab, col("年度资金总额", i),
               [col("其中：当年财政拨款", i), col("上年结转资金", i), col("其他资金", i)])
    for k in fr:
        st = cellnum(fr[k][5], "%")
        c.rate("funds %s rate" % k, st, col(k, 3), col(k, 2))
        if st is None and col(k, 2).v != 0:
            c.fail("rate_mismatch", "%s: rate missing" % k)
    bud, exe = col("年度资金总额", 2), col("年度资金总额", 3)
    # prose funds
    p_init = M(c, r"项目年初预算" + NUM + "万元")
    p_add = M(c, r"追加预算" + NUM + "万元")
    p_fis = M(c, r"当年财政拨款合计" + NUM + "万元")
    p_co = M(c, r"结转的路灯维修资金" + NUM + "万元")
    p_bud = M(c, r"全年预算数" + NUM + "万元")
    p_rec = M(c, r"实际到位资金" + NUM + "万元")
    p_recr = P(c, r"到位率" + NUM + "%")
    p_exe = M(c, r"全年执行数" + NUM + "万元")
    p_exer = P(c, r"预算执行率" + NUM + "%")
    c.same("年初预算 prose/table", p_init, col("年度资金总额", 1))
    c.sum_("年初+追加 = 当年财政拨款", p_fis, [p_init, p_add])
    c.same("当年财政拨款 prose/table", p_fis, col("其中：当年财政拨款", 2))
    c.same("上年结转 prose/table", p_co, col("上年结转资金", 2))
    c.sum_("全年预算 = 拨款+结转", p_bud, [p_fis, p_co])
    c.same("全年预算 prose/table", p_bud, bud)
    c.rate("到位率", p_recr, p_rec, p_bud)
    c.same("执行数 prose/table", p_exe, exe)
    c.rate("prose 执行率", p_exer, p_exe, p_bud)
    mm = c.m(r"LED灯具购置及安装" + NUM + r"(万元|元)（" + NUM + r"盏×" + NUM + r"元/盏，合计" + NUM + r"元）")
    led_amt = Num(mm.group(1), mm.group(2), money=True)
    led_n, led_p = Num(mm.group(3), "盏"), Num(mm.group(4), "元", money=True)
    led_yuan = Num(mm.group(5), "元", money=True)
    c.prod("盏×单价", led_amt, lambda v: v[0] * v[1], [led_n, led_p])
    c.same("LED amount written twice", led_amt, led_yuan)
    parts = [led_amt, M(c, r"日常维护材料及人工" + NUM + "万元"), M(c, r"线路及箱变维修" + NUM + "万元"),
             M(c, r"巡查车辆运行及检测费用" + NUM + "万元")]
    c.sum_("spending breakdown", p_exe, parts)
    bal = M(c, r"年末结余" + NUM + "万元")
    c.diff("结余 = 到位 − 执行", bal, p_rec, p_exe, code="balance_mismatch")
    # quarterly
    q = [row(rows, k, ncells=4) for k in ("第一季度", "第二季度", "第三季度", "第四季度")]
    qa = row(rows, "全年", ncells=4)
    c.sum_("quarterly spending", cellnum(qa[1], money=True), [cellnum(r[1], money=True) for r in q])
    c.same("quarterly total vs 执行数", cellnum(qa[1], money=True), exe)
    qr = [cellnum(r[2]) for r in q]
    for x in qr:
        c.plausible("quarter 亮灯率", x)
    c.avg("quarterly 亮灯率 average", cellnum(qa[2]), qr)
    if any(x.v < 98 for x in qr):
        c.advice.append("四个季度均在98%以上 contradicted")
    c.sum_("quarterly faults", cellnum(qa[3]), [cellnum(r[3]) for r in q])
    # indicator table (MOF layout: execution in the funds block)
    ts, by = indicators(c, "｜", dict(name=2, target=3, actual=4, comp=5, weight=6, score=7),
                        exec_rate=(exe, bud), exec_extra=(cellnum(fr["年度资金总额"][4]), cellnum(fr["年度资金总额"][6])))
    act = lambda n: parse_tv(by[n][4])[2]
    tgt = lambda n: parse_tv(by[n][3])[2]
    # prose restatements
    p_led = c.num(r"全年共完成LED节能改造" + NUM + "盏")
    c.same("LED count prose/table", p_led, act("LED节能改造灯具数量"))
    c.same("LED count product/table", led_n, act("LED节能改造灯具数量"))
    c.diff("比年度目标多", c.num(r"比年度目标多" + NUM + "盏"), act("LED节能改造灯具数量"), tgt("LED节能改造灯具数量"))
    c.same("faults prose/table", c.num(r"；处理路灯故障" + NUM + "起"), act("处理路灯故障"))
    c.same("faults quarterly/table", cellnum(qa[3]), act("处理路灯故障"))
    c.same("亮灯率 prose/table", P(c, r"全年平均亮灯率" + NUM + "%"), act("主次干道亮灯率"))
    c.same("亮灯率 quarterly/table", cellnum(qa[2]), act("主次干道亮灯率"))
    p_fix = c.num(r"故障平均修复时间为" + NUM + "小时")
    c.same("修复时间 prose/table", p_fix, act("故障平均修复时间"))
    c.same("修复时间 problems/table", c.num(r"一是故障平均修复时间" + NUM + "小时"), act("故障平均修复时间"))
    c.diff("比目标多…小时", c.num(r"比目标多" + NUM + "小时"), p_fix, tgt("故障平均修复时间"))
    c.same("单价 prose/table", c.num(r"中标单价" + NUM + "元/盏"), act("LED灯具单价"))
    c.same("单价 prose/product", c.num(r"中标单价" + NUM + "元/盏"), Num(led_p.s))
    mm = c.m(r"单灯功率由" + NUM + "瓦降至" + NUM + "瓦，按每年亮灯" + NUM + r"小时测算，" + NUM +
             r"盏灯具年可节约用电" + NUM + "万千瓦时，按电价" + NUM + "元/千瓦时计算，年可节约电费" + NUM + "万元")
    w0, w1, hrs, n2, kwh, price, save = [Num(mm.group(i)) for i in range(1, 8)]
    c.prod("节电 = Δ功率×盏×小时", kwh, lambda v: (v[0] - v[1]) / 1000 * v[2] * v[3] / 10000, [w0, w1, n2, hrs])
    c.prod("节约电费 = 节电×电价", save, lambda v: v[0] * v[1], [kwh, price])
    c.same("LED count 效益/table", n2, act("LED节能改造灯具数量"))
    c.same("节电 prose/table", kwh, act("年节约用电量"))
    c.same("电费 prose/table", save, act("年节约电费"))
    mm = c.m(r"实际用电量为" + NUM + "万千瓦时，比2018年的" + NUM + "万千瓦时减少" + NUM + "万千瓦时，下降" + NUM + "%")
    u19, u18, dec, pct = [Num(mm.group(i)) for i in range(1, 5)]
    pct.unit = "%"
    c.diff("用电量减少", dec, u18, u19)
    c.rate("用电量下降率", pct, dec, u18)
    mm = c.m(r"发放问卷" + NUM + "份，收回有效问卷" + NUM + "份，其中居民问卷" + NUM + "份、满意率" + NUM +
             "%，商户问卷" + NUM + "份、满意率" + NUM + "%，综合满意度" + NUM + "%")
    sent, got, n1, r1, nn2, rr2, tot = [Num(mm.group(i)) for i in range(1, 8)]
    c.sum_("问卷份数", got, [n1, nn2])
    for x in (r1, rr2, tot):
        c.plausible("满意率", x)
    c.check("average_mismatch", "weighted satisfaction", tot, lambda v: (v[0] * v[1] + v[2] * v[3]) / (v[0] + v[2]),
            [n1, r1, nn2, rr2])
    c.same("满意度 prose/table", tot, act("沿线居民及商户满意度"))
    c.goals([(r"完成不少于" + NUM + "盏高压钠灯", "LED节能改造灯具数量"),
             (r"处理路灯故障不少于" + NUM + "起", "处理路灯故障"),
             (r"亮灯率不低于" + NUM + "%", "主次干道亮灯率"),
             (r"修复时间控制在" + NUM + "小时以内", "故障平均修复时间"),
             (r"未达到" + NUM + "小时以内的目标", "故障平均修复时间"),
             (r"年节约用电不少于" + NUM + "万千瓦时", "年节约用电量"),
             (r"年节约电费不少于" + NUM + "万元", "年节约电费"),
             (r"满意度不低于" + NUM + "%", "沿线居民及商户满意度"),
             (r"低于" + NUM + "元/盏的控制标准", "LED灯具单价")], tgt)
    p_total = c.num(r"绩效自评得分" + NUM + "分")
    c.same("prose total vs table total", p_total, ts, code="score_sum_mismatch")
    grades(c, ts)
    c.years()


def d_honghuagang(c):
    rows = rows_of(c.t, "\t")
    keys = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    fr = {k: row(rows, k, ncells=7) for k in keys}
    colnames = ["年度总金额", "省级资金", "区级资金", "上年结转资金", "其他资金"]
    g = lambda k, j: cellnum(fr[k][2 + j], money=True)
    for k in keys[:5]:
        c.sum_("%s row sum" % k, g(k, 0), [g(k, j) for j in range(1, 5)])
    for j in range(5):
        c.diff("(5)=(3)-(4) %s" % colnames[j], g("资金结余", j), g("实际到位资金", j), g("全年执行资金", j),
               code="balance_mismatch")
        for k, numk in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            st = cellnum(fr[k][2 + j], "%")
            c.rate("%s %s" % (k, colnames[j]), st, g(numk, j), g("全年预算资金", j))
            if st is None and g("全年预算资金", j).v != 0:
                c.fail("rate_mismatch", "%s %s missing" % (k, colnames[j]))
    bud, rec, exe = g("全年预算资金", 0), g("实际到位资金", 0), g("全年执行资金", 0)
    mm = c.m(r"项目全年预算资金" + NUM + "万元，其中省级城市照明节能专项补助" + NUM + "万元、区级资金" + NUM +
             "万元、2020年结转资金" + NUM + "万元")
    pb, p1, p2, p3 = [Num(mm.group(i), "万元", True) for i in range(1, 5)]
    c.sum_("prose 全年预算 sources", pb, [p1, p2, p3])
    c.same("全年预算 prose/table", pb, bud)
    c.same("省级 prose/table", p1, g("全年预算资金", 1))
    c.same("区级 prose/table", p2, g("全年预算资金", 2))
    c.same("结转 prose/table", p3, g("全年预算资金", 3))
    c.diff("区级未到位", M(c, r"区级资金有" + NUM + "万元年内未到位"), g("全年预算资金", 2), g("实际到位资金", 2),
           code="balance_mismatch")
    mm = c.m(r"LED路灯购置安装" + NUM + r"万元（" + NUM + r"盏×" + NUM + r"元/盏）")
    led_amt, led_n, led_p = Num(mm.group(1), "万元", True), Num(mm.group(2)), Num(mm.group(3), "元", True)
    c.prod("LED 盏×单价", led_amt, lambda v: v[0] * v[1], [led_n, led_p])
    mm = c.m(r"单灯智能控制器" + NUM + r"万元（" + NUM + r"套×" + NUM + r"元/套）")
    ctl_amt, ctl_n, ctl_p = Num(mm.group(1), "万元", True), Num(mm.group(2)), Num(mm.group(3), "元", True)
    c.prod("控制器 套×单价", ctl_amt, lambda v: v[0] * v[1], [ctl_n, ctl_p])
    c.sum_("spending breakdown", exe, [led_amt, ctl_amt, M(c, r"日常维护" + NUM + "万元"),
                                       M(c, r"老化电缆更换" + NUM + "万元")])
    bal = M(c, r"资金结余" + NUM + "万元全部为区级资金")
    c.diff("prose 结余 = 到位 − 执行", bal, rec, exe, code="balance_mismatch")
    c.diff("prose 结余 (区级)", bal, g("实际到位资金", 2), g("全年执行资金", 2), code="balance_mismatch")
    q = [row(rows, k, ncells=3) for k in ("第一季度", "第二季度", "第三季度", "第四季度")]
    qt = row(rows, "合计", ncells=3)
    c.sum_("quarterly spending", cellnum(qt[1], money=True), [cellnum(r[1], money=True) for r in q])
    c.same("quarterly total vs (4)", cellnum(qt[1], money=True), exe)
    qk = [cellnum(r[2]) for r in q]
    c.sum_("quarterly 节电", cellnum(qt[2]), qk)
    if any(qk[i].v >= qk[i + 1].v for i in range(3)):
        c.advice.append("逐季提高 contradicted")
    c.avg("季度平均节电", c.num(r"季度平均节电" + NUM + "万千瓦时"), qk)
    ts, by = indicators(c, "\t", dict(name=2, weight=3, target=4, actual=5, comp=6, score=7), exec_rate=(exe, bud))
    act = lambda n: parse_tv(by[n][5])[2]
    tgt = lambda n: parse_tv(by[n][4])[2]
    # goals restated
    for pat, n in ((r"完成LED路灯改造不少于" + NUM + "盏", "LED路灯改造数量"),
                   (r"加装单灯智能控制器不少于" + NUM + "套", "单灯智能控制器安装"),
                   (r"单灯改造综合成本不超过" + NUM + "元/盏", "单灯改造综合成本"),
                   (r"全年节约用电不少于" + NUM + "万千瓦时", "节约用电量"),
                   (r"节约电费不少于" + NUM + "万元", "年节约电费")):
        c.same("goal %s" % n, c.num(pat), tgt(n))
    c.goals([(r"城市道路亮灯率不低于" + NUM + "%", "城市道路亮灯率"),
             (r"同比下降" + NUM + "%以上", "路灯故障投诉量同比下降"),
             (r"市民满意度不低于" + NUM + "%", "市民满意度"),
             (r"略低于" + NUM + "万元的目标", "年节约电费")], tgt)
    if "%s前" % c.m(r"改造工程于(\d{4}年\d{1,2}月\d{1,2}日)前完工").group(1) != by["改造工程完工时间"][4]:
        c.fail("conflicting_values", "完工时间 goal vs table target")
    c.same("LED prose/table", c.num(r"全年完成LED路灯改造" + NUM + "盏"), act("LED路灯改造数量"))
    c.same("LED product/table", led_n, act("LED路灯改造数量"))
    p_ctl = c.num(r"单灯智能控制器安装" + NUM + "套，")
    c.same("控制器 prose/table", p_ctl, act("单灯智能控制器安装"))
    c.same("控制器 product/table", ctl_n, act("单灯智能控制器安装"))
    c.diff("比目标少…套", c.num(r"比目标少" + NUM + "套"), tgt("单灯智能控制器安装"), p_ctl)
    mm = c.m(r"改造灯具单价" + NUM + "元/盏，控制器单价" + NUM + "元/套，单灯改造综合成本" + NUM + "元/盏")
    up, cp, cc = [Num(mm.group(i)) for i in range(1, 4)]
    c.sum_("综合成本 = 灯具+控制器", cc, [up, cp])
    c.same("综合成本 prose/table", cc, act("单灯改造综合成本"))
    c.same("灯具单价 prose/product", up, Num(led_p.s))
    c.same("控制器单价 prose/product", cp, Num(ctl_p.s))
    c.same("亮灯率 prose/table", P(c, r"城市道路亮灯率" + NUM + "%。"), act("城市道路亮灯率"))
    done = c.m(r"工程于(\d{4}年\d{1,2}月\d{1,2}日)完工").group(1)
    if done != by["改造工程完工时间"][5]:
        c.fail("conflicting_values", "完工日期 %s vs %s" % (done, by["改造工程完工时间"][5]))
    mm = c.m(r"由2020年的" + NUM + "万千瓦时下降至" + NUM + "万千瓦时，节约用电" + NUM + "万千瓦时")
    u20, u21, sv = [Num(mm.group(i)) for i in range(1, 4)]
    c.diff("节约用电 = 2020 − 2021", sv, u20, u21)
    c.same("节电 prose/table", sv, act("节约用电量"))
    c.same("节电 prose/quarterly", sv, cellnum(qt[2]))
    mm = c.m(r"按平均电价" + NUM + "元/千瓦时计，节约电费" + NUM + "万元")
    pr, money = Num(mm.group(1)), Num(mm.group(2), "万元", True)
    c.prod("节约电费 = 节电×电价", money, lambda v: v[0] * v[1], [sv, pr])
    c.same("电费 prose/table", money, act("年节约电费"))
    mm = c.m(r"受理路灯故障投诉" + NUM + "件，比2020年的" + NUM + "件减少" + NUM + "件，下降" + NUM + "%")
    c21, c20, cd, cpct = [Num(mm.group(i)) for i in range(1, 5)]
    cpct.unit = "%"
    c.diff("投诉减少", cd, c20, c21)
    c.rate("投诉下降率", cpct, cd, c20)
    c.same("投诉下降率 prose/table", cpct, act("路灯故障投诉量同比下降"))
    mm = c.m(r"随机调查沿线市民" + NUM + "人，表示满意的" + NUM + "人，满意度" + NUM + "%")
    sn, sy, sr = Num(mm.group(1)), Num(mm.group(2)), Num(mm.group(3), "%")
    c.rate("满意度", sr, sy, sn)
    c.same("满意度 prose/table", sr, act("市民满意度"))
    c.rate("problems 执行率", P(c, r"二是预算执行率" + NUM + "%"), exe, bud)
    c.same("prose total", c.num(r"自评总得分" + NUM + "分"), ts, code="score_sum_mismatch")
    grades(c, ts)
    c.years()


def d_qindu(c):
    rows = rows_of(c.t, "｜")
    mm = c.m(r"年初预算" + NUM + r"万元（含上年结转" + NUM + r"万元），年中追加LED节能改造（二期）补助资金" + NUM +
             r"万元，全年预算" + NUM + r"万元，其中当年财政拨款" + NUM + r"万元、上年结转资金" + NUM + "万元")
    init, co1, add, bud_p, fis, co2 = [Num(mm.group(i), "万元", True) for i in range(1, 7)]
    c.sum_("年初 + 追加 = 全年", bud_p, [init, add])
    c.sum_("拨款 + 结转 = 全年", bud_p, [fis, co2])
    c.same("上年结转 twice", co1, co2)
    t = {k: row(rows, k, ncells=4) for k in ("基本支出", "其中：人员经费", "公用经费", "项目支出", "合计")}
    g = lambda k, i: cellnum(t[k][i], money=True)
    for i in (1, 2):
        c.sum_("基本 = 人员 + 公用 (col %d)" % i, g("基本支出", i), [g("其中：人员经费", i), g("公用经费", i)])
        c.sum_("合计 = 基本 + 项目 (col %d)" % i, g("合计", i), [g("基本支出", i), g("项目支出", i)])
    for k in t:
        c.rate("支出表 %s" % k, cellnum(t[k][3], "%"), g(k, 2), g(k, 1))
    bud, exe = g("合计", 1), g("合计", 2)
    c.same("全年预算 prose/table", bud_p, bud)
    p_exe = M(c, r"全年支出" + NUM + "万元")
    c.same("全年支出 prose/table", p_exe, exe)
    c.rate("部门预算执行率 prose", P(c, r"部门预算执行率" + NUM + "%。"), p_exe, bud_p)
    mm = c.m(r"年初预算" + NUM + "万元，全年实际支出" + NUM + "万元，控制率" + NUM + "%")
    sg_b, sg_e, sg_r = Num(mm.group(1), "万元", True), Num(mm.group(2), "万元", True), Num(mm.group(3), "%")
    c.rate("三公控制率", sg_r, sg_e, sg_b)
    # projects
    pk = ["路灯电费", "路灯设施维护", "LED节能改造（二期）"]
    pr = {k: row(rows, k, ncells=5) for k in pk + ["合计"]}
    h = lambda k, i: cellnum(pr[k][i], money=True)
    for i in (1, 2):
        c.sum_("项目表 col %d" % i, h("合计", i), [h(k, i) for k in pk])
    for k in pr:
        c.rate("项目表 %s 执行率" % k, cellnum(pr[k][3], "%"), h(k, 2), h(k, 1))
    c.same("项目支出 预算 two tables", h("合计", 1), g("项目支出", 1))
    c.same("项目支出 执行 two tables", h("合计", 2), g("项目支出", 2))
    c.avg("项目平均自评得分", c.num(r"平均自评得分" + NUM + "分"), [cellnum(pr[k][4]) for k in pk])
    mm = c.m(r"全年未执行" + NUM + r"万元，其中LED节能改造（二期）质保金及未结算尾款" + NUM + r"万元结转至\d{4}年，"
             r"路灯电费和路灯设施维护两个项目结余" + NUM + "万元")
    une, led_co, rest = [Num(mm.group(i), "万元", True) for i in range(1, 4)]
    c.diff("未执行 = 预算 − 执行", une, bud, exe, code="balance_mismatch")
    c.diff("LED 结转 = 预算 − 执行", led_co, h("LED节能改造（二期）", 1), h("LED节能改造（二期）", 2),
           code="balance_mismatch")
    c.check("balance_mismatch", "两项目结余", rest, lambda v: v[0] - v[1] + v[2] - v[3],
            [h("路灯电费", 1), h("路灯电费", 2), h("路灯设施维护", 1), h("路灯设施维护", 2)])
    c.sum_("未执行 = 结转 + 结余", une, [led_co, rest])
    mm = c.m(r"LED节能改造（二期）执行" + NUM + r"万元，其中灯具购置及安装" + NUM + r"万元（" + NUM + r"盏×" + NUM +
             r"元/盏），设计及监理费" + NUM + "万元；执行率" + NUM + "%")
    le, lb, ln, lp, lf, lr = (Num(mm.group(1), "万元", True), Num(mm.group(2), "万元", True), Num(mm.group(3)),
                              Num(mm.group(4), "元", True), Num(mm.group(5), "万元", True), Num(mm.group(6), "%"))
    c.same("LED 执行 prose/table", le, h("LED节能改造（二期）", 2))
    c.sum_("LED 执行 = 灯具 + 设计监理", le, [lb, lf])
    c.prod("LED 盏×单价", lb, lambda v: v[0] * v[1], [ln, lp])
    c.rate("LED 执行率 prose", lr, le, h("LED节能改造（二期）", 1))
    c.rate("problems LED 执行率", P(c, r"一是LED节能改造（二期）执行率" + NUM + "%"), le, h("LED节能改造（二期）", 1))
    ts, by = indicators(c, "｜", dict(name=2, weight=3, target=4, actual=5, comp=6, score=7), exec_rate=(exe, bud))
    act = lambda n: parse_tv(by[n][5])[2]
    tgt = lambda n: parse_tv(by[n][4])[2]
    c.goals([(r"主次干道亮灯率不低于" + NUM + "%", "主次干道亮灯率"),
             (r"实施LED节能改造（二期）不少于" + NUM + "盏", "LED节能改造（二期）"),
             (r"全年节约用电不少于" + NUM + "万千瓦时", "节约用电量"),
             (r"节约电费不少于" + NUM + "万元", "节约电费"),
             (r"低于" + NUM + "%的目标", "故障维修及时率")], tgt)
    c.rate("结转结余率", act("结转结余率"), une, bud)
    c.same("三公 prose/table", sg_r, act("\"三公\"经费控制率"))
    c.same("管护路灯 职能/table", c.num(r"全区管护路灯" + NUM + "盏。"), act("管护路灯数量"))
    mm = c.m(r"年末管护路灯" + NUM + r"盏（上年末" + NUM + r"盏，本年新接管新建道路路灯" + NUM + "盏）")
    ye, ly, nw = [Num(mm.group(i)) for i in range(1, 4)]
    c.sum_("年末 = 上年末 + 新接管", ye, [ly, nw])
    c.same("管护路灯 产出/table", ye, act("管护路灯数量"))
    c.same("LED 产出/table", c.num(r"完成LED节能改造（二期）" + NUM + "盏"), act("LED节能改造（二期）"))
    c.same("LED product/table", ln, act("LED节能改造（二期）"))
    mm = c.m(r"受理故障报修" + NUM + "起，按时修复" + NUM + "起，故障维修及时率" + NUM + "%")
    fa, fb, fr_ = Num(mm.group(1)), Num(mm.group(2)), Num(mm.group(3), "%")
    c.rate("故障维修及时率", fr_, fb, fa)
    c.same("及时率 prose/table", fr_, act("故障维修及时率"))
    c.same("亮灯率 prose/table", P(c, r"主次干道亮灯率" + NUM + "%。"), act("主次干道亮灯率"))
    mm = c.m(r"全区路灯用电量" + NUM + "万千瓦时，较2021年的" + NUM + "万千瓦时减少" + NUM + "万千瓦时，下降" + NUM + "%")
    u22, u21, ud, upct = [Num(mm.group(i)) for i in range(1, 5)]
    upct.unit = "%"
    c.diff("用电量减少", ud, u21, u22)
    c.rate("用电量下降率", upct, ud, u21)
    c.same("节电 prose/table", ud, act("节约用电量"))
    mm = c.m(r"按平均电价" + NUM + "元/千瓦时结算，支付电费" + NUM + "万元，较2021年的" + NUM + "万元减少" + NUM + "万元")
    price, e22, e21, ed = Num(mm.group(1)), Num(mm.group(2), "万元", True), Num(mm.group(3), "万元", True), \
        Num(mm.group(4), "万元", True)
    c.prod("电费 = 用电量×电价", e22, lambda v: v[0] * v[1], [u22, price])
    c.same("电费 prose/project table", e22, h("路灯电费", 2))
    c.diff("电费减少", ed, e21, e22)
    c.same("节约电费 prose/table", ed, act("节约电费"))
    mm = c.m(r"随机调查市民" + NUM + "人，满意" + NUM + "人，满意度" + NUM + "%")
    c.rate("满意度", Num(mm.group(3), "%"), Num(mm.group(2)), Num(mm.group(1)))
    c.same("满意度 prose/table", Num(mm.group(3), "%"), act("市民满意度"))
    mm = c.m(r"其中预算管理得分" + NUM + "分，履职产出得分" + NUM + "分，履职效益得分" + NUM + "分，满意度得分" + NUM + "分")
    groups = {"预算管理": [], "履职产出": [], "履职效益": [], "满意度": []}
    for n, r in by.items():
        groups[r[0]].append(n)
    for i, k in enumerate(["预算管理", "履职产出", "履职效益", "满意度"]):
        score_group(c, "group %s" % k, Num(mm.group(i + 1)), by, groups[k], 7)
    c.same("prose total", c.num(r"绩效自评得分" + NUM + "分"), ts, code="score_sum_mismatch")
    grades(c, ts)
    c.years()


def d_kundulun(c):
    rows = rows_of(c.t, "|")
    fk = ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"]
    fr = {k: row(rows, k, ncells=5) for k in fk}
    g = lambda k, i: cellnum(fr[k][i], money=True)
    for i, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_("funds %s" % lab, g("年度资金总额", i), [g(k, i) for k in fk[1:]])
    for k in fk:
        st = cellnum(fr[k][4], "%")
        c.rate("funds %s rate" % k, st, g(k, 3), g(k, 2))
        if st is None and g(k, 2).v != 0:
            c.fail("rate_mismatch", "%s rate missing" % k)
    bud, exe = g("年度资金总额", 2), g("年度资金总额", 3)
    mm = c.m(r"全年支出" + NUM + r"万元，其中：LED灯具购置及安装" + NUM + r"万元（" + NUM + r"盏×" + NUM +
             r"元/盏），支付2022年一期改造工程尾款" + NUM + r"万元，日常维护" + NUM + r"万元，被盗破损电缆修复" + NUM +
             r"万元，智慧照明平台运维" + NUM + "万元")
    pe, led, ln, lp, tail, mt, cab, plat = [Num(mm.group(i), "万元", True) for i in range(1, 9)]
    ln, lp = Num(mm.group(3)), Num(mm.group(4), "元", True)
    c.same("执行 prose/table", pe, exe)
    c.sum_("spending breakdown", pe, [led, tail, mt, cab, plat])
    c.prod("LED 盏×单价", led, lambda v: v[0] * v[1], [ln, lp])
    c.same("尾款 = 上年结转执行", tail, g("上年结转资金", 3))
    c.same("电缆费用 problems", M(c, r"全年修复费用" + NUM + "万元"), cab)
    c.diff("未执行 = 预算 − 执行", M(c, r"年末未执行" + NUM + "万元"), bud, exe, code="balance_mismatch")
    q = [row(rows, k, ncells=3) for k in ("第一季度", "第二季度", "第三季度", "第四季度")]
    qt = row(rows, "合计", ncells=3)
    c.sum_("quarterly spending", cellnum(qt[1], money=True), [cellnum(r[1], money=True) for r in q])
    c.same("quarterly spending vs 执行", cellnum(qt[1], money=True), exe)
    c.sum_("quarterly 用电量", cellnum(qt[2]), [cellnum(r[2]) for r in q])
    mm = c.m(r"分别改造LED路灯" + NUM + "盏、" + NUM + "盏、" + NUM + "盏，合计" + NUM + "盏")
    a1, a2, a3, at = [Num(mm.group(i)) for i in range(1, 5)]
    c.sum_("分别 list", at, [a1, a2, a3])
    ts, by = indicators(c, "|", dict(name=2, weight=3, target=4, actual=5, comp=6, score=7), exec_rate=(exe, bud))
    act = lambda n: parse_tv(by[n][5])[2]
    tgt = lambda n: parse_tv(by[n][4])[2]
    c.same("LED 合计/table", at, act("LED路灯改造数量"))
    c.same("LED product/table", ln, act("LED路灯改造数量"))
    for pat, n in ((r"主干道亮灯率" + NUM + "%，", "主干道亮灯率"), (r"照明设施完好率" + NUM + "%，", "照明设施完好率"),
                   (r"故障平均修复时长" + NUM + "小时。", "故障平均修复时长"),
                   (r"LED灯具中标单价" + NUM + "元/盏", "单盏LED改造成本"),
                   (r"智慧照明平台在线率" + NUM + "%。", "智慧照明平台在线率")):
        c.same("prose/table %s" % n, c.num(pat), act(n))
    c.same("单价 prose/product", c.num(r"LED灯具中标单价" + NUM + "元/盏"), Num(lp.s))
    for pat, n in ((r"完成LED路灯改造不少于" + NUM + "盏", "LED路灯改造数量"),
                   (r"修复被盗破损电缆不少于" + NUM + "公里", "被盗破损电缆修复"),
                   (r"全年节约用电不少于" + NUM + "万千瓦时", "节约用电量"),
                   (r"节约电费不少于" + NUM + "万元", "节约电费")):
        c.same("goal %s" % n, c.num(pat), tgt(n))
    c.goals([(r"主干道亮灯率不低于" + NUM + "%", "主干道亮灯率"),
             (r"照明设施完好率不低于" + NUM + "%", "照明设施完好率"),
             (r"故障平均修复时长不超过" + NUM + "小时", "故障平均修复时长"),
             (r"单盏LED改造成本不超过" + NUM + "元", "单盏LED改造成本"),
             (r"低于" + NUM + "元的控制标准", "单盏LED改造成本"),
             (r"平台在线率不低于" + NUM + "%", "智慧照明平台在线率"),
             (r"市民满意度不低于" + NUM + "%", "市民满意度"),
             (r"略低于" + NUM + "%的目标", "市民满意度")], tgt)
    mm = c.m(r"2023年全区路灯用电量" + NUM + "万千瓦时，较2022年的" + NUM + "万千瓦时减少" + NUM +
             "万千瓦时；按平均电价" + NUM + "元/千瓦时计，节约电费" + NUM + "万元")
    u23, u22, ud, price, sv = [Num(mm.group(i)) for i in range(1, 6)]
    c.same("用电量 prose/quarterly", u23, cellnum(qt[2]))
    c.diff("用电量减少", ud, u22, u23)
    c.prod("节约电费 = 节电×电价", sv, lambda v: v[0] * v[1], [ud, price])
    c.same("节电 prose/table", ud, act("节约用电量"))
    c.same("电费 prose/table", sv, act("节约电费"))
    mm = c.m(r"分别只完成目标的" + NUM + "%和" + NUM + "%")
    c.check("completion_mismatch", "prose 节电完成率", Num(mm.group(1), "%"), lambda v: v[0] / v[1] * 100,
            [ud, tgt("节约用电量")])
    c.check("completion_mismatch", "prose 电费完成率", Num(mm.group(2), "%"), lambda v: v[0] / v[1] * 100,
            [sv, tgt("节约电费")])
    mm = c.m(r"单灯功率由" + NUM + "瓦降至" + NUM + "瓦，按每年亮灯约" + NUM + r"小时测算，全部" + NUM +
             r"盏灯具运行一个完整年度可节电约" + NUM + "万千瓦时")
    w0, w1, hrs, n2, est = [Num(mm.group(i)) for i in range(1, 6)]
    # approximate figure (约): only an interval check, never an error code
    lo = (w0.v - w1.v) / 1000 * (hrs.v - hrs.tol) * n2.v / 10000
    hi = (w0.v - w1.v) / 1000 * (hrs.v + hrs.tol) * n2.v / 10000
    if not (lo - est.tol <= est.v <= hi + est.tol):
        c.advice.append("约194万千瓦时 outside its interval")
    c.same("LED 盏 效益/table", n2, act("LED路灯改造数量"))
    mm = c.m(r"综合满意度" + NUM + "%，其中居民满意度" + NUM + "%，沿街商户满意度" + NUM + "%")
    st, s1, s2 = [Num(mm.group(i), "%") for i in range(1, 4)]
    for x in (st, s1, s2):
        c.plausible("满意度", x)
    c.same("满意度 prose/table", st, act("市民满意度"))
    c.same("prose total", c.num(r"自评得分" + NUM + "分"), ts, code="score_sum_mismatch")
    grades(c, ts)
    c.years()


def d_jinghu(c):
    rows = rows_of(c.t, "｜")
    mm = c.m(r"项目年初预算" + NUM + r"万元，其中区级财政资金" + NUM + r"万元，市级城市照明节能改造补助资金" + NUM +
             r"万元（已于\d{4}年12月提前下达）；年中将2024年结转资金" + NUM + r"万元纳入本项目，全年预算" + NUM + "万元")
    pi, p1, p2, pc, pb = [Num(mm.group(i), "万元", True) for i in range(1, 6)]
    c.sum_("年初 = 区级 + 市级", pi, [p1, p2])
    c.sum_("全年 = 年初 + 结转", pb, [pi, pc])
    fk = ["年度资金总额", "区级财政资金", "市级补助资金", "上年结转资金", "其他资金"]
    fr = {k: row(rows, k, ncells=5) for k in fk}
    g = lambda k, i: cellnum(fr[k][i], money=True)
    for i in (1, 2, 3):
        c.sum_("funds col %d" % i, g("年度资金总额", i), [g(k, i) for k in fk[1:]])
    for k in fk:
        st = cellnum(fr[k][4], "%")
        c.rate("funds %s rate" % k, st, g(k, 3), g(k, 2))
        if st is None and g(k, 2).v != 0:
            c.fail("rate_mismatch", "%s rate missing" % k)
    bud, exe = g("年度资金总额", 2), g("年度资金总额", 3)
    c.same("年初 prose/table", pi, g("年度资金总额", 1))
    c.same("全年 prose/table", pb, bud)
    c.same("区级 prose/table", p1, g("区级财政资金", 2))
    c.same("市级 prose/table", p2, g("市级补助资金", 2))
    c.same("结转 prose/table", pc, g("上年结转资金", 2))
    mm = c.m(r"项目实际支出" + NUM + "万元，预算执行率" + NUM + "%，未支出" + NUM + "万元")
    pe, pr_, un = Num(mm.group(1), "万元", True), Num(mm.group(2), "%"), Num(mm.group(3), "万元", True)
    c.same("执行 prose/table", pe, exe)
    c.rate("prose 执行率", pr_, pe, pb)
    c.diff("未支出 = 预算 − 执行", un, pb, pe, code="balance_mismatch")
    c.rate("problems 执行率", P(c, r"预算执行率仅" + NUM + "%"), exe, bud)
    c.rate("problems 市级执行率", P(c, r"其中市级补助资金执行率" + NUM + "%"), g("市级补助资金", 3), g("市级补助资金", 2))
    mm = c.m(r"老旧路灯LED改造" + NUM + r"万元（" + NUM + r"盏×" + NUM + r"元/盏），支付2024年智能控制柜改造尾款" + NUM +
             r"万元，日常维护" + NUM + r"万元，灯杆除锈刷漆" + NUM + "万元")
    led, ln, lp = Num(mm.group(1), "万元", True), Num(mm.group(2)), Num(mm.group(3), "元", True)
    tail, mt, paint = [Num(mm.group(i), "万元", True) for i in (4, 5, 6)]
    c.prod("LED 盏×单价", led, lambda v: v[0] * v[1], [ln, lp])
    c.sum_("spending breakdown", exe, [led, tail, mt, paint])
    c.same("尾款 = 结转执行", tail, g("上年结转资金", 3))
    q = [row(rows, k, ncells=4) for k in ("第一季度", "第二季度", "第三季度", "第四季度")]
    qt = row(rows, "合计", ncells=4)
    c.sum_("quarterly spending", cellnum(qt[1], money=True), [cellnum(r[1], money=True) for r in q])
    c.same("quarterly spending vs 执行", cellnum(qt[1], money=True), exe)
    qn = [cellnum(r[2]) for r in q]
    c.sum_("quarterly 盏", cellnum(qt[2]), qn)
    ts, by = indicators(c, "｜", dict(name=2, weight=3, target=4, actual=5, comp=6, score=7), exec_rate=(exe, bud))
    act = lambda n: parse_tv(by[n][5])[2]
    tgt = lambda n: parse_tv(by[n][4])[2]
    plan = tgt("老旧路灯LED改造")
    cum = Decimal(0)
    for r, n in zip(q, qn):
        cum += n.v
        c.rate("累计完成比例 %s" % r[0], cellnum(r[3]), Num(str(cum)), plan)
    c.rate("累计完成比例 合计", cellnum(qt[3]), cellnum(qt[2]), plan)
    c.same("计划 1,500 prose/table", c.num(r"计划将" + NUM + "盏"), plan)
    c.same("计划 1,500 quarterly note", c.num(r"累计完成比例按" + NUM + "盏计划数"), plan)
    c.same("计划 1,500 效益", c.num(r"全部" + NUM + "盏改造完成后"), plan)
    c.goals([(r"完成老旧路灯LED改造不少于" + NUM + "盏", "老旧路灯LED改造"),
             (r"单盏改造成本不超过" + NUM + "元", "单盏改造成本"),
             (r"日常巡查不少于" + NUM + "次", "照明设施日常巡查"),
             (r"城市道路亮灯率不低于" + NUM + "%", "城市道路亮灯率"),
             (r"节约用电不少于" + NUM + "万千瓦时", "节约用电量"),
             (r"节约电费不少于" + NUM + "万元", "节约电费"),
             (r"投诉量控制在" + NUM + "件以内", "路灯故障投诉量"),
             (r"群众满意度不低于" + NUM + "%", "群众满意度"),
             (r"验收合格率" + NUM + "%，单盏", "改造工程验收合格率")], tgt)
    if "%s前" % c.m(r"改造工程于(\d{4}年\d{1,2}月\d{1,2}日)前完工").group(1) != by["改造工程完工时间"][4]:
        c.fail("conflicting_values", "完工时间 goal vs table target")
    c.same("LED quarterly/table", cellnum(qt[2]), act("老旧路灯LED改造"))
    c.same("LED product/table", ln, act("老旧路灯LED改造"))
    mm = c.m(r"沿线分别改造" + NUM + "盏、" + NUM + "盏、" + NUM + "盏")
    c.sum_("分别 list = LED actual", act("老旧路灯LED改造"), [Num(mm.group(i)) for i in (1, 2, 3)])
    c.same("LED 产出 prose/table", c.num(r"全年完成老旧路灯LED改造" + NUM + "盏"), act("老旧路灯LED改造"))
    for mm in c.all(r"剩余" + NUM + "盏"):
        c.diff("剩余 = 计划 − 完成", Num(mm.group(1)), plan, act("老旧路灯LED改造"))
    c.same("巡查 prose/table", c.num(r"全年开展日常巡查" + NUM + "次"), act("照明设施日常巡查"))
    c.same("亮灯率 prose/table", P(c, r"城市道路亮灯率" + NUM + "%，"), act("城市道路亮灯率"))
    c.same("单价 prose/table", c.num(r"LED灯具中标单价" + NUM + "元/盏"), act("单盏改造成本"))
    c.same("单价 prose/product", c.num(r"LED灯具中标单价" + NUM + "元/盏"), Num(lp.s))
    mm = c.m(r"实测节约用电" + NUM + "万千瓦时，按电价" + NUM + "元/千瓦时计算，节约电费" + NUM + "万元")
    kwh, price, sv = Num(mm.group(1)), Num(mm.group(2)), Num(mm.group(3), "万元", True)
    c.prod("节约电费 = 节电×电价", sv, lambda v: v[0] * v[1], [kwh, price])
    c.same("节电 prose/table", kwh, act("节约用电量"))
    c.same("电费 prose/table", sv, act("节约电费"))
    mm = c.m(r"预计每年可节约用电约" + NUM + "万千瓦时、节约电费约" + NUM + "万元")
    e1, e2 = Num(mm.group(1)), Num(mm.group(2))
    lo, hi = (e1.v - e1.tol) * price.v, (e1.v + e1.tol) * price.v
    if not (lo - e2.tol <= e2.v <= hi + e2.tol):
        c.advice.append("约56万元 outside its interval")
    c.same("投诉 prose/table", c.num(r"受理路灯故障投诉" + NUM + "件"), act("路灯故障投诉量"))
    st = P(c, r"群众满意度" + NUM + "%。")
    c.plausible("满意度", st)
    c.same("满意度 prose/table", st, act("群众满意度"))
    mm = c.m(r"其中产出指标得分" + NUM + "分，效益指标得分" + NUM + "分")
    score_group(c, "产出 group", Num(mm.group(1)), by, [n for n, r in by.items() if r[0] == "产出指标"], 7)
    score_group(c, "效益 group", Num(mm.group(2)), by, [n for n, r in by.items() if r[0] == "效益指标"], 7)
    c.same("prose total", c.num(r"绩效自评得分" + NUM + "分"), ts, code="score_sum_mismatch")
    grades(c, ts)
    c.years()


DRAFTS = {
    "ln-bayuquan-ludeng-2019": (2019, d_bayuquan),
    "gz-honghuagang-zhaoming-2021": (2021, d_honghuagang),
    "sn-qindu-zhaomingsuo-bumen-2022": (2022, d_qindu),
    "nm-kundulun-ludeng-2023": (2023, d_kundulun),
    "ah-jinghu-ludeng-2025": (2025, d_jinghu),
}


def analyse(source, name, text):
    year, fn = DRAFTS[source]
    c = Ctx(name, text, year)
    fn(c)
    return c


def single_edit(a, b):
    """(start, end_in_a, end_in_b) of the one differing region between a and b."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels and case files differ")
    if len(labels) != 35:
        problems.append("expected 35 labels, got %d" % len(labels))
    count = {k: 0 for k in CODES_A}
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    if sorted(clean_text) != sorted(DRAFTS):
        problems.append("clean drafts missing: %s" % sorted(set(DRAFTS) - set(clean_text)))
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        try:
            c = analyse(lab["source"], lab["case"], text)
        except ParseError as e:
            problems.append("%s: parse error: %s" % (lab["case"], e))
            continue
        got = sorted(set(code for code, _ in c.fails))
        if any(code in INTERNAL for code in got):
            problems.append("%s: internal identity broken: %s" % (lab["case"], c.fails))
        if lab["clean"]:
            n = len(text)
            if not (1500 <= n <= 5000):
                problems.append("%s: length %d outside 1500–5000" % (lab["case"], n))
            if lab["expected"]:
                problems.append("%s: clean case with expected findings" % lab["case"])
            if got:
                problems.append("%s: clean draft fails %s" % (lab["case"], c.fails))
            if c.advice:
                problems.append("%s: clean draft advisory problems %s" % (lab["case"], c.advice))
            if c.brittle:
                problems.append("%s: brittle comparisons %s" % (lab["case"], c.brittle))
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: expected exactly one finding" % lab["case"])
            continue
        e = exp[0]
        if e["code"] not in CODES_A or e.get("severity") != "error":
            problems.append("%s: bad code/severity %r" % (lab["case"], e))
        count[e["code"]] = count.get(e["code"], 0) + 1
        if got != [e["code"]]:
            problems.append("%s: labelled %s but identities fail %s: %s" % (lab["case"], e["code"], got, c.fails))
        occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
        if len(occ) != 1:
            problems.append("%s: value %r occurs %d times" % (lab["case"], e["value"], len(occ)))
            continue
        base = clean_text[lab["source"]]
        s, ea, eb = single_edit(base, text)
        if max(ea - s, eb - s) > 40 or (ea - s == 0 and eb - s == 0):
            problems.append("%s: edit region %d/%d chars" % (lab["case"], ea - s, eb - s))
        # the whole difference must be one contiguous region: verified by construction of single_edit;
        # check that outside it the texts agree exactly
        if base[:s] != text[:s] or base[ea:] != text[eb:]:
            problems.append("%s: more than one edit" % lab["case"])
        vs, ve = occ[0], occ[0] + len(e["value"])
        if not (vs < max(eb, s + 1) and s < ve):
            problems.append("%s: value does not overlap the edit [%d,%d)" % (lab["case"], s, eb))
    for k in CODES_A:
        if count.get(k, 0) < 2:
            problems.append("code %s used %d times" % (k, count.get(k, 0)))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("cases: %d (%d clean, %d with one error)" % (len(labels), len(clean_text), len(labels) - len(clean_text)))
    print("codes: " + ", ".join("%s=%d" % (k, count[k]) for k in CODES_A))
    print("OK")


if __name__ == "__main__":
    main()
