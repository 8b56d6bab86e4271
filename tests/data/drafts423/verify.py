#!/usr/bin/env python3
"""Verify the set: labels, single contiguous edits, code coverage, and the arithmetic of every case.

Standard library only; all arithmetic in decimal.Decimal with the tolerance of rules.md section 8
(a stated value with d decimals matches a computed c iff |c - v| <= 0.5 * 10^-d, ROUND_HALF_UP sense).

For every clean draft all checks must pass. For every error case the checks of the labelled code
must fail and no check of another error-level code may fail (score_rule_mismatch is a warning and
is only reported). Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
}
WARNING_CODES = {"score_rule_mismatch"}

NUM = r"(\d[\d,]*(?:\.\d+)?)"


class ParseError(Exception):
    pass


# --------------------------------------------------------------------------- numbers
def N(s):
    return D(str(s).replace(",", ""))


def dp(s):
    s = str(s).replace(",", "")
    return len(s.split(".", 1)[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -dp(s)) + D("1e-9")


def close(stated, computed):
    """stated: the string as written; computed: Decimal."""
    return abs(D(computed) - N(stated)) <= tol(stated)


def pct(s):
    return str(s).strip().rstrip("%")


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
          "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# --------------------------------------------------------------------------- text helpers
def one(t, pat):
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def table_rows(region, sep):
    return [[c.strip() for c in line.split(sep)] for line in region.split("\n") if sep in line]


def find_row(rows, key, idx):
    ms = [r for r in rows if len(r) > idx and r[idx] == key]
    if len(ms) != 1:
        raise ParseError(f"row {key!r} found {len(ms)} times")
    return ms[0]


def block_rows(region):
    """Seed-003 style: one cell per line (tab-indented), blank line between rows."""
    out = []
    for blk in re.split(r"\n\s*\n", region):
        cells = [ln.strip() for ln in blk.split("\n")]
        if len(cells) > 1:
            out.append(cells)
    return out


# --------------------------------------------------------------------------- checker
class Checker:
    def __init__(self):
        self.res = []

    def ok(self, code, cond, msg):
        self.res.append((code, bool(cond), msg))

    def same(self, a, b, msg, code="conflicting_values"):
        self.ok(code, N(a) == N(b), f"{msg}: {a} vs {b}")

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        if N(den) == 0:
            self.ok("implausible_rate", pct(stated) in ("—", "-", "0", ""), f"{msg}: rate {stated} on a zero base")
            return
        c = N(num) / N(den) * 100
        if not re.match(r"^\d", pct(stated)):
            self.ok(code, False, f"{msg}: no rate printed although the base is {den}")
            return
        self.ok(code, close(pct(stated), c), f"{msg}: stated {stated}, computed {c:.4f}")

    def plausible(self, stated, msg, upper=D(100)):
        s = pct(stated)
        if s in ("—", "-", ""):
            return
        self.ok("implausible_rate", D(0) <= N(s) <= upper, f"{msg}: {stated}")

    def total(self, stated_total, parts, msg, code="sum_mismatch"):
        """Sum identity with the unit-rescaling rule of errors.md #11(b)."""
        vals = [N(p) for p in parts]
        s = sum(vals, D(0))
        if abs(s - N(stated_total)) <= tol(stated_total):
            self.ok(code, True, msg)
            return
        for i in range(len(vals)):
            for k in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
                alt = s - vals[i] + vals[i] * k
                if abs(alt - N(stated_total)) <= tol(stated_total):
                    self.ok("unit_mismatch", False, f"{msg}: part {parts[i]} off by a power of ten")
                    return
        for k in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
            if abs(s - N(stated_total) * k) <= tol(stated_total) * k:
                self.ok("unit_mismatch", False, f"{msg}: total {stated_total} off by a power of ten")
                return
        self.ok(code, False, f"{msg}: {' + '.join(parts)} = {s}, stated {stated_total}")

    def balance(self, stated, a, b, msg):
        c = N(a) - N(b)
        self.ok("balance_mismatch", close(stated, c), f"{msg}: {a} - {b} = {c}, stated {stated}")

    def average(self, stated, vals, msg, divisor=None, scale=D(1)):
        n = D(divisor) if divisor is not None else D(len(vals))
        c = sum((N(v) for v in vals), D(0)) * scale / n
        self.ok("average_mismatch", close(stated, c), f"{msg}: computed {c:.4f}, stated {stated}")

    def grade(self, word, total, msg):
        self.ok("grade_mismatch", GRADES.get(word) == band(N(total)), f"{msg}: {word} for {total}")

    def year(self, stated, expected, msg, rel="eq"):
        y, e = int(stated), int(expected)
        cond = {"eq": y == e, "gt": y > e, "ge": y >= e}[rel]
        self.ok("year_mismatch", cond, f"{msg}: {y} ({rel} {e})")

    # ---- indicator rows
    def indicator(self, name, target, actual, comp, w, s, qual=None):
        self.ok("score_exceeds_weight", D(0) <= N(s) <= N(w), f"{name}: score {s}, weight {w}")
        tp, ap = parse_target(target), parse_actual(actual)
        if tp and ap:
            dirn, T, tu = tp
            A, au = ap
            if tu != au:
                self.ok("unit_mismatch", False, f"{name}: target unit {tu!r}, actual unit {au!r}")
                return
            self.ok("unit_mismatch", True, name)
            if comp not in (None, "", "—"):
                c = completion(dirn, T, A)
                self.ok("completion_mismatch", close(pct(comp), c), f"{name}: completion {comp}, computed {c:.4f}")
            exp = rule_score(dirn, T, A, N(w))
            alt = None
            if comp not in (None, "", "—"):
                alt = min(N(pct(comp)), D(100)) / 100 * N(w)
            good = close(s, exp) or (alt is not None and close(s, alt))
            self.ok("score_rule_mismatch", good, f"{name}: score {s}, rule gives {exp:.4f}")
        elif qual is not None:
            lo, hi = {"达成年度指标": (D("0.8"), D("1")),
                      "部分达成年度指标并具有一定效果": (D("0.6"), D("0.8")),
                      "未达成年度指标且效果较差": (D("0"), D("0.6"))}[qual]
            w_ = N(w)
            inside = lo * w_ <= N(s) <= hi * w_ if hi == 1 else lo * w_ <= N(s) < hi * w_
            self.ok("score_rule_mismatch", inside, f"{name}: qualitative score {s} in band")

    def exec_score(self, rate_str, w, s, num=None, den=None):
        cands = [min(N(pct(rate_str)), D(100)) / 100 * N(w)]
        if num is not None and N(den) != 0:
            cands.append(min(N(num) / N(den), D(1)) * N(w))
        self.ok("score_exceeds_weight", D(0) <= N(s) <= N(w), f"execution score {s}, weight {w}")
        self.ok("score_rule_mismatch", any(close(s, c) for c in cands), f"execution score {s}")


DIRS = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte", "=": "eq"}


def parse_target(s):
    s = s.strip()
    if "年" in s and "月" in s:
        return None  # a date: not a quantity
    m = re.match(r"^(≥|≤|=|＞|＜|>=|<=)?\s*" + NUM + r"\s*(.*)$", s)
    if not m:
        return None
    return DIRS.get(m.group(1), "eq"), N(m.group(2)), m.group(3).strip()


def parse_actual(s):
    s = s.strip()
    if "年" in s and "月" in s:
        return None
    m = re.match(r"^" + NUM + r"\s*(.*)$", s)
    if not m:
        return None
    return N(m.group(1)), m.group(2).strip()


def completion(dirn, T, A):
    if dirn == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def rule_score(dirn, T, A, w):
    if dirn == "lte":
        s = w if A <= T else w * T / A
    elif T == 0:
        s = w if A <= 0 else D(0)
    else:
        s = w if A >= T else w * A / T
    return max(D(0), min(w, s))


# =========================================================================== project checks
def p_guiping(t, C):
    Y = 2020
    k = t.index("附件1")
    body, annex = t[:k], t[k:]
    # ---- years
    C.year(one(body, r"(\d{4})年度郁江桂平段航道养护").group(1), Y, "title year")
    C.year(one(annex, r"（(\d{4})年度）").group(1), Y, "自评表 year")
    C.year(one(body, r"截至(\d{4})年12月31日").group(1), Y, "as-of date")
    C.year(one(body, r"结转至(\d{4})年").group(1), Y, "carry-over year", "gt")
    C.year(one(t, r"\n(\d{4})年\d+月\d+日\s*$").group(1), Y, "report date", "ge")
    C.year(one(body, r"(\d{4})年年初批复项目预算").group(1), Y, "budget year")
    # ---- table 1 (行次, sources as rows)
    rows = table_rows(body, "\t")
    r1 = {n: find_row(rows, n, 0) for n in ("当年财政拨款", "上年结转资金", "其他资金", "合计")}
    for n in ("当年财政拨款", "上年结转资金", "其他资金", "合计"):
        r = r1[n]
        C.total(r[4], [r[2], r[3]], f"表1 {n}: 年初 + 追加 = 全年")
        C.ok("implausible_rate", N(r[6]) <= N(r[5]) <= N(r[4]), f"表1 {n}: 支出 <= 到位 <= 全年")
    for col, cname in ((2, "年初"), (3, "追加"), (4, "全年"), (5, "到位"), (6, "支出")):
        C.total(r1["合计"][col], [r1[n][col] for n in ("当年财政拨款", "上年结转资金", "其他资金")], f"表1 {cname} column")
    # ---- annex funds block
    arows = table_rows(annex, "\t")
    a = {"total": find_row(arows, "年度资金总额", 0), "fiscal": find_row(arows, "其中：当年财政拨款", 0),
         "carry": find_row(arows, "上年结转资金", 0), "other": find_row(arows, "其他资金", 0)}
    for col, cname in ((1, "年初"), (2, "全年"), (3, "执行")):
        C.total(a["total"][col], [a[x][col] for x in ("fiscal", "carry", "other")], f"附件1 {cname} column")
    for x in a:
        C.rate(a[x][5], a[x][3], a[x][2], f"附件1 {x} 执行率")
        C.plausible(a[x][5], f"附件1 {x} 执行率")
    C.exec_score(a["total"][5], a["total"][4], a["total"][6], a["total"][3], a["total"][2])
    for x, n in (("total", "合计"), ("fiscal", "当年财政拨款"), ("carry", "上年结转资金"), ("other", "其他资金")):
        C.same(a[x][1], r1[n][2], f"年初 {n} 附件1 vs 表1")
        C.same(a[x][2], r1[n][4], f"全年 {n} 附件1 vs 表1")
        C.same(a[x][3], r1[n][6], f"执行 {n} 附件1 vs 表1")
    # ---- funds prose
    m = one(body, r"年初批复项目预算" + NUM + r"万元，其中当年财政拨款" + NUM + r"万元、上年结转资金" + NUM + r"万元")
    C.total(m.group(1), [m.group(2), m.group(3)], "prose 年初 components")
    C.same(m.group(1), r1["合计"][2], "年初 prose vs 表1")
    C.same(m.group(2), r1["当年财政拨款"][2], "当年财政拨款 年初 prose vs 表1")
    C.same(m.group(3), r1["上年结转资金"][2], "上年结转 prose vs 表1")
    m2 = one(body, r"船闸水毁修复资金" + NUM + r"万元，调整后全年预算" + NUM + r"万元")
    C.total(m2.group(2), [m.group(1), m2.group(1)], "prose 年初 + 追加 = 全年")
    C.same(m2.group(1), r1["合计"][3], "追加 prose vs 表1")
    C.same(m2.group(2), r1["合计"][4], "全年 prose vs 表1")
    C.rate(one(body, r"到位率" + NUM + "%").group(1), r1["合计"][5], r1["合计"][4], "到位率")
    m3 = one(body, r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    C.same(m3.group(1), r1["合计"][6], "支出 prose vs 表1")
    C.rate(m3.group(2), m3.group(1), m2.group(2), "prose 执行率")
    C.same(m3.group(2), pct(a["total"][5]), "执行率 prose vs 附件1")
    C.rate(one(body, r"航标灯器更换合同尾款，执行率" + NUM + "%").group(1), r1["上年结转资金"][6], r1["上年结转资金"][4], "上年结转 执行率")
    C.balance(one(body, r"年末结余" + NUM + "万元").group(1), m2.group(2), m3.group(1), "年末结余")
    # ---- outputs prose
    m = one(body, r"全年累计过闸" + NUM + r"闸次，一至四季度分别为" + NUM + "、" + NUM + "、" + NUM + "、" + NUM + r"闸次，较(\d{4})年的" + NUM + r"闸次增长" + NUM + "%")
    locks = m.group(1)
    C.total(locks, [m.group(i) for i in range(2, 6)], "闸次 quarters")
    C.year(m.group(6), Y - 1, "comparison year")
    C.rate(m.group(8), N(locks) - N(m.group(7)), m.group(7), "闸次 growth")
    m = one(body, r"过闸货物" + NUM + r"万吨，一至四季度分别为" + NUM + "、" + NUM + "、" + NUM + "、" + NUM + "万吨")
    cargo = m.group(1)
    C.total(cargo, [m.group(i) for i in range(2, 6)], "万吨 quarters")
    m = one(body, r"全年日历时间" + NUM + r"小时，扣除年度检修停航" + NUM + r"小时、洪水封航" + NUM + r"小时，可通航" + NUM + r"小时，通航保证率" + NUM + "%")
    C.total(m.group(1), ["8784"], "calendar hours 2020 (366 x 24)")
    C.total(m.group(1), [m.group(2), m.group(3), m.group(4)], "hours: stops + navigable = calendar")
    C.rate(m.group(5), m.group(4), m.group(1), "通航保证率")
    C.plausible(m.group(5), "通航保证率")
    nav = m.group(5)
    m = one(body, r"全年维护航标" + NUM + r"座，航标正常率" + NUM + "%")
    buoys, buoy_rate = m.group(1), m.group(2)
    C.same(buoys, one(body, NUM + r"座航标的日常维护").group(1), "航标 count")
    m = one(body, r"航标维护实际单价" + NUM + r"元/座·年，折合航标维护费" + NUM + "万元")
    unit_price = m.group(1)
    C.total(m.group(2), [str(N(buoys) * N(unit_price) / 10000)], "航标 count x unit price (元 -> 万元)")
    wait = one(body, r"船舶平均待闸时间" + NUM + "小时").group(1)
    m = one(body, r"满意度分别为" + NUM + "%、" + NUM + "%、" + NUM + "%，平均" + NUM + "%")
    C.average(m.group(4), [m.group(1), m.group(2), m.group(3)], "satisfaction average")
    sat = m.group(4)
    km = one(body, r"郁江桂平段" + NUM + r"公里航道").group(1)
    mg = one(body, r"全年过闸不少于" + NUM + r"闸次、过闸货物不少于" + NUM + r"万吨，通航保证率不低于" + NUM + r"%，航标正常率不低于" + NUM + "%")
    # ---- scores
    m = one(body, r"综合自评得分" + NUM + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    total_prose, grade = m.group(1), m.group(2)
    # ---- indicator table
    names = ["船闸过闸闸次", "过闸货物量", "航道维护里程", "航标正常率", "船闸设备完好率", "通航保证率",
             "水毁清障完成时限", "航标维护单价", "船舶平均待闸时间", "水上交通安全责任事故",
             "航道及船闸设施持续发挥效用", "船员、货主满意度"]
    ir = {n: find_row(arows, n, 2) for n in names}
    for n in names:
        r = ir[n]
        C.indicator(n, r[3], r[4], r[5], r[6], r[7], qual=r[4] if r[4] in ("达成年度指标",) else None)
    tot = find_row(arows, "总分", 0)
    tw, ts = [c for c in tot[1:] if c][:2]
    weights = [a["total"][4]] + [ir[n][6] for n in names]
    scores = [a["total"][6]] + [ir[n][7] for n in names]
    C.total(tw, weights, "weights sum", code="weight_sum_mismatch")
    C.total("100", weights, "weights = 100", code="weight_sum_mismatch")
    C.total(ts, scores, "scores sum", code="score_sum_mismatch")
    C.same(total_prose, ts, "total prose vs table")
    C.grade(grade, total_prose, "grade")
    # ---- text <-> table
    C.same(locks, parse_actual(ir["船闸过闸闸次"][4])[0], "闸次 prose vs table")
    C.same(cargo, parse_actual(ir["过闸货物量"][4])[0], "万吨 prose vs table")
    C.same(nav, pct(ir["通航保证率"][4]), "通航保证率 prose vs table")
    C.same(buoy_rate, pct(ir["航标正常率"][4]), "航标正常率 prose vs table")
    C.same(unit_price, parse_actual(ir["航标维护单价"][4])[0], "单价 prose vs table")
    C.same(wait, parse_actual(ir["船舶平均待闸时间"][4])[0], "待闸 prose vs table")
    C.same(sat, pct(ir["船员、货主满意度"][4]), "满意度 prose vs table")
    C.same(km, parse_actual(ir["航道维护里程"][4])[0], "里程 prose vs table")
    C.same(mg.group(1), parse_target(ir["船闸过闸闸次"][3])[1], "闸次 target")
    C.same(mg.group(2), parse_target(ir["过闸货物量"][3])[1], "万吨 target")
    C.same(mg.group(3), parse_target(ir["通航保证率"][3])[1], "通航 target")
    C.same(mg.group(4), parse_target(ir["航标正常率"][3])[1], "航标 target")
    C.same(one(body, r"航标正常率未达到" + NUM + "%的目标").group(1), mg.group(4), "航标 target (problems)")
    g = one(annex, r"过闸不少于" + NUM + r"闸次、货物不少于" + NUM + r"万吨。")
    C.same(g.group(1), mg.group(1), "goal block 闸次 target")
    C.same(g.group(2), mg.group(2), "goal block 万吨 target")
    g = one(annex, r"维护航道" + NUM + r"公里，过闸" + NUM + r"闸次、货物" + NUM + "万吨")
    C.same(g.group(1), km, "goal block 里程")
    C.same(g.group(2), locks, "goal block 闸次")
    C.same(g.group(3), cargo, "goal block 万吨")


def p_xingan(t, C):
    Y = 2022
    k = t.index("附件1 项目支出绩效自评表")
    body, annex = t[:k], t[k:]
    C.year(one(body, r"项目名称：(\d{4})年赣江新干段").group(1), Y, "project year")
    C.year(one(body, r"表1 (\d{4})年项目资金情况表").group(1), Y, "表1 year")
    C.year(one(body, r"结转至(\d{4})年支付").group(1), Y, "carry-over year", "gt")
    C.year(one(t, r"\n(\d{4})年\d+月\d+日\s*$").group(1), Y, "report date", "ge")
    C.year(one(body, r"\n(\d{4})年12月，中心在船闸待闸锚地").group(1), Y, "survey year")
    # ---- table 1, one cell per line
    s = body.index("表1 ")
    e = body.index("8月，省港航")
    rows = block_rows(body[s:e])
    r = {x[0]: x for x in rows if x[0] in ("省级航道养护资金", "市级补助资金", "县级配套资金", "上年结转资金", "合计")}
    if len(r) != 5:
        raise ParseError("table 1 rows")
    parts = ("省级航道养护资金", "市级补助资金", "县级配套资金", "上年结转资金")
    for n, x in r.items():
        C.total(x[4], [x[2], x[3]], f"表1 {n}: (3)=(1)+(2)")
        C.balance(x[7], x[5], x[6], f"表1 {n}: (6)=(4)-(5)")
        C.rate(x[8], x[6], x[4], f"表1 {n}: (7)=(5)/(3)")
        C.plausible(x[8], f"表1 {n} 执行率")
        C.ok("implausible_rate", N(x[6]) <= N(x[5]) <= N(x[4]), f"表1 {n}: 支出 <= 到位 <= 全年")
    for col, cname in ((2, "(1)"), (3, "(2)"), (4, "(3)"), (5, "(4)"), (6, "(5)"), (7, "(6)")):
        C.total(r["合计"][col], [r[n][col] for n in parts], f"表1 column {cname}")
    tot = r["合计"]
    # ---- funds prose
    C.same(one(body, r"追加应急疏浚资金" + NUM + "万元").group(1), tot[3], "追加 prose vs table")
    m = one(body, r"全年预算" + NUM + r"万元全部到位，实际支出" + NUM + r"万元，执行率" + NUM + "%")
    C.same(m.group(1), tot[4], "全年预算 prose vs table")
    C.rate("100", tot[5], m.group(1), "全部到位 => 到位 = 全年")
    C.same(m.group(2), tot[6], "支出 prose vs table")
    C.rate(m.group(3), m.group(2), m.group(1), "prose 执行率")
    C.same(one(body, r"尾款" + NUM + "万元未能在年内支付").group(1), r["县级配套资金"][7], "县级尾款 vs table")
    C.ok("rate_mismatch", N(pct(r["县级配套资金"][8])) < N(one(body, r"县级配套资金执行率低于" + NUM + "%").group(1)), "县级 执行率 低于 statement")
    C.balance(one(body, r"上述结余" + NUM + "万元").group(1), tot[5], tot[6], "prose 结余")
    # ---- outputs prose
    km = one(body, r"全年维护赣江新干段航道" + NUM + "公里").group(1)
    m = one(body, r"全年过闸" + NUM + r"闸次，一至四季度分别为" + NUM + "、" + NUM + "、" + NUM + "、" + NUM + r"闸次，四个季度平均" + NUM + "闸次")
    locks = m.group(1)
    C.total(locks, [m.group(i) for i in range(2, 6)], "闸次 quarters")
    C.average(m.group(6), [m.group(i) for i in range(2, 6)], "闸次 quarterly average")
    m = one(body, r"过闸货物" + NUM + r"万吨，一至四季度分别为" + NUM + "、" + NUM + "、" + NUM + "、" + NUM + r"万吨，平均每闸次载货" + NUM + "吨")
    cargo = m.group(1)
    C.total(cargo, [m.group(i) for i in range(2, 6)], "万吨 quarters")
    C.average(m.group(6), [cargo], "吨 per lockage", divisor=N(locks), scale=D(10000))
    m = one(body, r"全年" + NUM + r"小时中枯水停航" + NUM + r"小时、年度大修停航" + NUM + r"小时，实际通航" + NUM + r"小时，通航保证率" + NUM + "%")
    C.total(m.group(1), ["8760"], "calendar hours 2022 (365 x 24)")
    C.total(m.group(1), [m.group(2), m.group(3), m.group(4)], "hours")
    C.rate(m.group(5), m.group(4), m.group(1), "通航保证率")
    nav = m.group(5)
    depth = one(body, r"达标率降至" + NUM + "%").group(1)
    buoy = one(body, r"航标正常率" + NUM + "%。").group(1)
    m = one(body, r"平均待闸时间" + NUM + r"小时，超出不高于" + NUM + "小时的目标")
    wait, wait_t = m.group(1), m.group(2)
    m = one(body, r"共发放问卷" + NUM + r"份，收回有效问卷" + NUM + r"份，其中表示满意的" + NUM + r"份，满意度" + NUM + "%")
    C.ok("implausible_rate", N(m.group(3)) <= N(m.group(2)) <= N(m.group(1)), "问卷 counts")
    C.rate(m.group(4), m.group(3), m.group(2), "满意度")
    sat = m.group(4)
    mg = one(body, r"全年过闸不少于" + NUM + r"闸次、过闸货物不少于" + NUM + r"万吨，通航保证率不低于" + NUM + r"%，航道维护尺度达标率不低于" + NUM + "%")
    # ---- scores prose
    m = one(body, r"本项目自评得分" + NUM + r"分，其中预算执行" + NUM + r"分、产出指标" + NUM + r"分、效益指标" + NUM + r"分、满意度指标" + NUM + r"分（四项满分依次为" + NUM + "分、" + NUM + "分、" + NUM + "分、" + NUM + r"分），评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    total_prose = m.group(1)
    sub = [m.group(i) for i in range(2, 6)]
    wsub = [m.group(i) for i in range(6, 10)]
    C.total(total_prose, sub, "first-level scores add to the total", code="score_sum_mismatch")
    C.total("100", wsub, "first-level weights", code="weight_sum_mismatch")
    C.grade(m.group(10), total_prose, "grade")
    # ---- indicator table
    arows = table_rows(annex, "\t")
    groups = {"exec": ["预算执行率"],
              "out": ["过闸闸次", "过闸货物量", "航道维护里程", "维护性疏浚土方", "航道维护尺度达标率", "航标正常率", "通航保证率"],
              "ben": ["船舶平均待闸时间", "水上交通安全责任事故", "航道设施持续发挥效用"],
              "sat": ["船员及货主满意度"]}
    ir = {}
    for g in groups.values():
        for n in g:
            ir[n] = find_row(arows, n, 2)
    ex = ir["预算执行率"]
    C.indicator("预算执行率", ex[4], ex[5], ex[6], ex[3], ex[7])
    C.exec_score(ex[5], ex[3], ex[7], tot[6], tot[4])
    C.same(pct(ex[5]), m.group(0) and one(body, r"执行率" + NUM + "%。县级").group(1), "执行率 table vs prose")
    for n in groups["out"] + groups["ben"] + groups["sat"]:
        x = ir[n]
        C.indicator(n, x[4], x[5], x[6], x[3], x[7], qual=x[5] if x[5] == "达成年度指标" else None)
    for (gname, g), ws, ss in zip(groups.items(), wsub, sub):
        C.total(ws, [ir[n][3] for n in g], f"{gname} weights vs prose", code="weight_sum_mismatch")
        C.total(ss, [ir[n][7] for n in g], f"{gname} scores vs prose", code="score_sum_mismatch")
    allrows = [n for g in groups.values() for n in g]
    tt = find_row(arows, "合计", 0)
    tw, ts = [c for c in tt[1:] if c][:2]
    C.total(tw, [ir[n][3] for n in allrows], "table weights", code="weight_sum_mismatch")
    C.total(ts, [ir[n][7] for n in allrows], "table scores", code="score_sum_mismatch")
    C.same(total_prose, ts, "total prose vs table")
    # ---- text <-> table
    C.same(km, parse_actual(ir["航道维护里程"][5])[0], "里程 overview vs table")
    C.same(locks, parse_actual(ir["过闸闸次"][5])[0], "闸次")
    C.same(cargo, parse_actual(ir["过闸货物量"][5])[0], "万吨")
    C.same(nav, pct(ir["通航保证率"][5]), "通航保证率")
    C.same(depth, pct(ir["航道维护尺度达标率"][5]), "尺度达标率")
    C.same(buoy, pct(ir["航标正常率"][5]), "航标正常率")
    C.same(wait, parse_actual(ir["船舶平均待闸时间"][5])[0], "待闸")
    C.same(wait_t, parse_target(ir["船舶平均待闸时间"][4])[1], "待闸 target")
    C.same(sat, pct(ir["船员及货主满意度"][5]), "满意度")
    C.same(mg.group(1), parse_target(ir["过闸闸次"][4])[1], "闸次 target")
    C.same(mg.group(2), parse_target(ir["过闸货物量"][4])[1], "万吨 target")
    C.same(mg.group(3), parse_target(ir["通航保证率"][4])[1], "通航 target")
    C.same(mg.group(4), parse_target(ir["航道维护尺度达标率"][4])[1], "尺度 target")


def p_longyou(t, C):
    Y = 2019
    k = t.index("四、绩效自评结果")
    body, annex = t[:k], t[k:]
    C.year(one(t, r"龙游县港航管理服务中心(\d{4})年度衢江航道养护").group(1), Y, "title year")
    C.year(one(annex, r"自评表（(\d{4})年度）").group(1), Y, "自评表 year")
    C.year(one(t, r"发布时间：(\d{4})-").group(1), Y, "publication", "ge")
    C.year(one(t, r"\n(\d{4})年\d+月\n").group(1), Y, "report date", "ge")
    C.year(one(body, r"启闭机维修于(\d{4})年9月26日完工").group(1), Y, "repair year")
    # ---- funds prose
    C.year(one(body, r"(\d{4})年年初批复预算").group(1), Y, "budget year")
    m = one(body, r"年初批复预算" + NUM + r"万元，均为县级财政资金")
    init = m.group(1)
    m = one(body, r"追加闸门启闭机维修资金" + NUM + r"万元，调整后全年预算" + NUM + "万元")
    add, annual1 = m.group(1), m.group(2)
    C.total(annual1, [init, add], "年初 + 追加 = 全年")
    m = one(body, r"全年预算" + NUM + r"万元，实际到位" + NUM + r"万元，到位率" + NUM + r"%；全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，到位资金使用率" + NUM + "%")
    annual, recv, rr, spent, er, ur = (m.group(i) for i in range(1, 7))
    C.same(annual, annual1, "全年预算 two mentions")
    C.rate(rr, recv, annual, "到位率")
    C.rate(er, spent, annual, "执行率")
    C.rate(ur, spent, recv, "使用率 (到位 base)")
    for x in (rr, er, ur):
        C.plausible(x, "rate")
    m = one(body, r"其中航道养护（含航标维护）" + NUM + r"万元、船闸运行维护" + NUM + r"万元、闸门启闭机维修" + NUM + r"万元，航道养护支出占全部支出的" + NUM + "%")
    C.total(spent, [m.group(1), m.group(2), m.group(3)], "spending by item")
    C.rate(m.group(4), m.group(1), spent, "航道养护 share")
    m = one(body, r"追加资金中" + NUM + r"万元因维修工程结算审核未完成")
    C.balance(m.group(1), annual, recv, "未到位 = 全年 - 到位")
    C.same(m.group(1), one(t, r"一是追加资金拨付滞后，" + NUM + "万元").group(1), "未到位 two mentions")
    C.balance(one(body, r"到位资金结余" + NUM + "万元").group(1), recv, spent, "结余 = 到位 - 支出")
    m = one(body, r"航标维护按每座每年" + NUM + r"元的标准测算，全年航标维护费" + NUM + "万元")
    buoys = one(body, NUM + r"座航标的维护").group(1)
    C.total(m.group(2), [str(N(buoys) * N(m.group(1)) / 10000)], "航标 count x standard (元 -> 万元)")
    # ---- outputs prose
    m = one(body, r"全年过闸" + NUM + r"闸次，一至四季度分别为" + NUM + "、" + NUM + "、" + NUM + "、" + NUM + r"闸次，较(\d{4})年的" + NUM + r"闸次有所增加；通过船舶" + NUM + r"艘次，平均每闸次" + NUM + "艘")
    locks = m.group(1)
    C.total(locks, [m.group(i) for i in range(2, 6)], "闸次 quarters")
    C.year(m.group(6), Y - 1, "comparison year")
    C.ok("sum_mismatch", N(locks) > N(m.group(7)), "有所增加")
    C.average(m.group(9), [m.group(8)], "ships per lockage", divisor=N(locks))
    m = one(body, r"过闸货物" + NUM + r"万吨，一至四季度分别为" + NUM + "、" + NUM + "、" + NUM + "、" + NUM + "万吨")
    cargo = m.group(1)
    C.total(cargo, [m.group(i) for i in range(2, 6)], "万吨 quarters")
    m = one(body, r"全年" + NUM + r"小时中，船闸年度检修停航" + NUM + r"小时、梅雨期洪水封航" + NUM + r"小时，实际通航" + NUM + r"小时，通航保证率" + NUM + "%")
    C.total(m.group(1), ["8760"], "calendar hours 2019")
    C.total(m.group(1), [m.group(2), m.group(3), m.group(4)], "hours")
    C.rate(m.group(5), m.group(4), m.group(1), "通航保证率")
    nav = m.group(5)
    m = one(body, r"船闸设备完好率" + NUM + r"%，航标正常率" + NUM + r"%，略低于" + NUM + "%的年度目标")
    intact, buoy, buoy_t = m.group(1), m.group(2), m.group(3)
    wait = one(body, r"船舶平均待闸时间" + NUM + "小时").group(1)
    m = one(body, r"满意度" + NUM + r"%，未达到" + NUM + "%的目标")
    sat, sat_t = m.group(1), m.group(2)
    mg = one(body, r"全年过闸不少于" + NUM + r"闸次、过闸货物不少于" + NUM + r"万吨，通航保证率不低于" + NUM + r"%，船闸设备完好率不低于" + NUM + r"%，航标正常率不低于" + NUM + r"%，不发生水上交通安全责任事故，船员及货主满意度不低于" + NUM + "%")
    km = one(body, r"衢江龙游段航道全长" + NUM + "公里").group(1)
    # ---- annex
    total_prose = one(annex, r"综合自评得分" + NUM + "分").group(1)
    arows = table_rows(annex, "\t")
    f = {n: find_row(arows, n, 0) for n in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")}
    for col, cname in ((2, "年初"), (3, "全年"), (4, "执行")):
        C.total(f["年度资金总额"][col], [f[n][col] for n in ("当年财政拨款", "上年结转资金", "其他资金")], f"附表 {cname} column")
    for n, x in f.items():
        C.rate(x[6], x[4], x[3], f"附表 {n} 执行率")
        C.plausible(x[6], f"附表 {n} 执行率")
    ft = f["年度资金总额"]
    C.exec_score(ft[6], ft[5], ft[7], ft[4], ft[3])
    C.same(ft[2], init, "年初 table vs prose")
    C.same(ft[3], annual, "全年 table vs prose")
    C.same(ft[4], spent, "执行 table vs prose")
    C.same(pct(ft[6]), er, "执行率 table vs prose")
    names = ["船闸过闸闸次", "过闸货物量", "航道维护里程", "航标正常率", "船闸设备完好率", "通航保证率",
             "启闭机维修完成时限", "船舶平均待闸时间", "水上交通安全责任事故", "船员及货主满意度"]
    ir = {n: find_row(arows, n, 2) for n in names}
    for n in names:
        x = ir[n]
        C.indicator(n, x[3], x[4], x[5], x[6], x[7])
    out = [n for n in names if ir[n][0] == "产出指标"]
    C.total("50", [ir[n][6] for n in out], "产出 weights 50", code="weight_sum_mismatch")
    tt = find_row(arows, "总分", 0)
    weights = [ft[5]] + [ir[n][6] for n in names]
    scores = [ft[7]] + [ir[n][7] for n in names]
    C.total(tt[1], weights, "weights", code="weight_sum_mismatch")
    C.total("100", weights, "weights = 100", code="weight_sum_mismatch")
    C.total(tt[2], scores, "scores", code="score_sum_mismatch")
    C.same(total_prose, tt[2], "total prose vs table")
    C.grade(one(tt[3], r"评价等级：(\S+)").group(1), tt[2], "grade")
    # ---- text <-> table
    C.same(locks, parse_actual(ir["船闸过闸闸次"][4])[0], "闸次")
    C.same(cargo, parse_actual(ir["过闸货物量"][4])[0], "万吨")
    C.same(km, parse_actual(ir["航道维护里程"][4])[0], "里程")
    C.same(nav, pct(ir["通航保证率"][4]), "通航保证率")
    C.same(intact, pct(ir["船闸设备完好率"][4]), "完好率")
    C.same(buoy, pct(ir["航标正常率"][4]), "航标正常率")
    C.same(buoy_t, parse_target(ir["航标正常率"][3])[1], "航标 target")
    C.same(wait, parse_actual(ir["船舶平均待闸时间"][4])[0], "待闸")
    C.same(sat, pct(ir["船员及货主满意度"][4]), "满意度")
    C.same(sat_t, parse_target(ir["船员及货主满意度"][3])[1], "满意度 target")
    for i, n in enumerate(["船闸过闸闸次", "过闸货物量", "通航保证率", "船闸设备完好率", "航标正常率", "船员及货主满意度"], 1):
        C.same(mg.group(i), parse_target(ir[n][3])[1], f"{n} target (goal text)")


def p_taojiang(t, C):
    Y = 2023
    k = t.index("附件：项目支出绩效自评表")
    body, annex = t[:k], t[k:]
    C.year(one(annex, r"自评表（(\d{4})年度）").group(1), Y, "自评表 year")
    C.year(one(body, r"我中心对(\d{4})年度资水桃江段").group(1), Y, "opening year")
    C.year(one(body, r"截至(\d{4})年12月31日").group(1), Y, "as-of date")
    C.year(one(body, r"结转至(\d{4})年").group(1), Y, "carry-over year", "gt")
    C.year(one(t, r"\n(\d{4})年\d+月\d+日\s*$").group(1), Y, "report date", "ge")
    opening = one(body, r"项目资金" + NUM + "万元开展了绩效自评").group(1)
    # ---- table 1
    rows = table_rows(body, "｜")
    parts = ("中央车购税资金", "省级航道养护资金", "县级财政资金", "上年结转资金")
    r = {n: find_row(rows, n, 0) for n in parts + ("合计",)}
    for col, cname in ((2, "年初"), (3, "全年"), (4, "执行")):
        C.total(r["合计"][col], [r[n][col] for n in parts], f"表1 {cname} column")
    for n, x in r.items():
        C.rate(x[5], x[4], x[3], f"表1 {n} 执行率")
        C.plausible(x[5], f"表1 {n} 执行率")
    tot = r["合计"]
    C.same(opening, tot[3], "opening amount vs table")
    C.year(one(body, r"(\d{4})年项目全年预算").group(1), Y, "budget year")
    C.total(tot[3], [tot[2], r["中央车购税资金"][3]], "年初 + 6月追加的中央资金 = 全年")
    C.total(r["中央车购税资金"][3], [r["中央车购税资金"][2], r["中央车购税资金"][3]], "中央资金 年初 0")
    m = one(body, r"全年预算" + NUM + r"万元，由中央车购税资金" + NUM + r"万元、省级航道养护资金" + NUM + r"万元、县级财政资金" + NUM + r"万元和上年结转资金" + NUM + r"万元组成")
    C.total(m.group(1), [m.group(i) for i in range(2, 6)], "prose sources")
    C.same(m.group(1), tot[3], "全年 prose vs table")
    for i, n in enumerate(parts, 2):
        C.same(m.group(i), r[n][3], f"{n} prose vs table")
    km = one(body, r"资水桃江段" + NUM + r"公里航道").group(1)
    m = one(body, r"项目全年执行" + NUM + r"万元，执行率" + NUM + r"%，结余" + NUM + "万元")
    spent = m.group(1)
    C.same(spent, tot[4], "执行 prose vs table")
    C.rate(m.group(2), spent, tot[3], "prose 执行率")
    C.balance(m.group(3), tot[3], spent, "结余")
    m = one(body, r"航道养护及疏浚" + NUM + r"万元、船闸运行维护及设备检修" + NUM + r"万元、航标维护" + NUM + "万元")
    C.total(spent, [m.group(1), m.group(2), m.group(3)], "spending by item")
    buoys = one(body, r"扫床、" + NUM + "座航标维护").group(1)
    std = one(body, r"航标维护按每座每年" + NUM + "元标准包干").group(1)
    C.total(m.group(3), [str(N(buoys) * N(std) / 10000)], "航标 count x lump-sum standard (元 -> 万元)")
    # ---- outputs
    m = one(body, r"全年过闸" + NUM + r"闸次，一至四季度分别为" + NUM + "、" + NUM + "、" + NUM + "、" + NUM + r"闸次；过闸货物" + NUM + r"万吨，一至四季度分别为" + NUM + "、" + NUM + "、" + NUM + "、" + NUM + r"万吨，较(\d{4})年的" + NUM + r"闸次、" + NUM + r"万吨分别增长" + NUM + "%和" + NUM + r"%，平均每闸次过闸货物" + NUM + "吨")
    locks, cargo = m.group(1), m.group(6)
    C.total(locks, [m.group(i) for i in range(2, 6)], "闸次 quarters")
    C.total(cargo, [m.group(i) for i in range(7, 11)], "万吨 quarters")
    C.year(m.group(11), Y - 1, "comparison year")
    C.rate(m.group(14), N(locks) - N(m.group(12)), m.group(12), "闸次 growth")
    C.rate(m.group(15), N(cargo) - N(m.group(13)), m.group(13), "万吨 growth")
    C.average(m.group(16), [cargo], "吨 per lockage", divisor=N(locks), scale=D(10000))
    m = one(body, r"全年" + NUM + r"小时中，船闸检修停航" + NUM + r"小时、洪水封航" + NUM + r"小时，实际通航" + NUM + r"小时，通航保证率" + NUM + "%")
    C.total(m.group(1), ["8760"], "calendar hours 2023")
    C.total(m.group(1), [m.group(2), m.group(3), m.group(4)], "hours")
    C.rate(m.group(5), m.group(4), m.group(1), "通航保证率")
    nav = m.group(5)
    m = one(body, r"完成维护性疏浚" + NUM + r"万立方米，航道维护尺度达标率" + NUM + r"%，航标正常率" + NUM + "%")
    dredge, depth, buoy = m.group(1), m.group(2), m.group(3)
    wait = one(body, r"平均待闸时间" + NUM + "小时").group(1)
    intact = one(body, r"航道设施完好率" + NUM + "%").group(1)
    m = one(body, r"发放满意度问卷" + NUM + r"份，收回有效问卷" + NUM + r"份，其中满意" + NUM + r"份，满意度" + NUM + "%")
    C.ok("implausible_rate", N(m.group(3)) <= N(m.group(2)) <= N(m.group(1)), "问卷 counts")
    C.rate(m.group(4), m.group(3), m.group(2), "满意度")
    sat = m.group(4)
    sat_t = one(body, r"满意度未达到" + NUM + "%").group(1)
    mg = one(body, r"全年修山船闸过闸不少于" + NUM + r"闸次、过闸货物不少于" + NUM + r"万吨，通航保证率不低于" + NUM + r"%，航道维护尺度达标率不低于" + NUM + r"%，船舶平均待闸时间不超过" + NUM + r"小时，不发生水上交通安全责任事故，服务对象满意度不低于" + NUM + "%")
    # ---- scores / weights prose
    m = one(body, r"本项目自评得分" + NUM + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    total_prose, grade = m.group(1), m.group(2)
    m = one(body, r"预算执行率" + NUM + r"分、产出指标" + NUM + r"分、效益指标" + NUM + r"分、满意度指标" + NUM + "分")
    wsub = [m.group(i) for i in range(1, 5)]
    C.total("100", wsub, "first-level weights", code="weight_sum_mismatch")
    # ---- annex
    arows = table_rows(annex, "｜")
    af = find_row(arows, "年度资金总额", 0)
    C.same(af[1], tot[2], "年初 附表 vs 表1")
    C.same(af[2], tot[3], "全年 附表 vs 表1")
    C.same(af[3], tot[4], "执行 附表 vs 表1")
    C.rate(af[5], af[3], af[2], "附表 执行率")
    C.exec_score(af[5], af[4], af[6], af[3], af[2])
    groups = {"out": ["船闸过闸闸次", "过闸货物量", "航道维护里程", "维护性疏浚量", "航道维护尺度达标率", "航标正常率", "通航保证率"],
              "ben": ["船舶平均待闸时间", "水上交通安全责任事故", "航道设施完好率"],
              "sat": ["船员及货主满意度"]}
    ir = {n: find_row(arows, n, 2) for g in groups.values() for n in g}
    for n, x in ir.items():
        C.indicator(n, x[3], x[4], x[5], x[6], x[7])
    C.same(wsub[0], af[4], "execution weight prose vs table", code="weight_sum_mismatch")
    for (gname, g), ws in zip(groups.items(), wsub[1:]):
        C.total(ws, [ir[n][6] for n in g], f"{gname} weights vs prose", code="weight_sum_mismatch")
    allrows = [n for g in groups.values() for n in g]
    tt = find_row(arows, "合计", 0)
    tw, ts = [c for c in tt[1:] if c][:2]
    C.total(tw, [af[4]] + [ir[n][6] for n in allrows], "table weights", code="weight_sum_mismatch")
    C.total(ts, [af[6]] + [ir[n][7] for n in allrows], "table scores", code="score_sum_mismatch")
    C.same(total_prose, ts, "total prose vs table")
    C.grade(grade, total_prose, "grade")
    g = one(annex, r"实际完成情况：维护资水桃江段航道" + NUM + r"公里，船闸过闸" + NUM + "闸次")
    C.same(g.group(1), parse_actual(ir["航道维护里程"][4])[0], "goal block 里程 vs indicator row")
    C.same(g.group(2), locks, "goal block 闸次")
    # ---- text <-> table
    C.same(km, parse_actual(ir["航道维护里程"][4])[0], "里程 prose vs table")
    C.same(locks, parse_actual(ir["船闸过闸闸次"][4])[0], "闸次")
    C.same(cargo, parse_actual(ir["过闸货物量"][4])[0], "万吨")
    C.same(dredge, parse_actual(ir["维护性疏浚量"][4])[0], "疏浚")
    C.same(depth, pct(ir["航道维护尺度达标率"][4]), "尺度达标率")
    C.same(buoy, pct(ir["航标正常率"][4]), "航标")
    C.same(nav, pct(ir["通航保证率"][4]), "通航保证率")
    C.same(wait, parse_actual(ir["船舶平均待闸时间"][4])[0], "待闸")
    C.same(intact, pct(ir["航道设施完好率"][4]), "完好率")
    C.same(sat, pct(ir["船员及货主满意度"][4]), "满意度")
    C.same(sat_t, parse_target(ir["船员及货主满意度"][3])[1], "满意度 target")
    for i, n in enumerate(["船闸过闸闸次", "过闸货物量", "通航保证率", "航道维护尺度达标率", "船舶平均待闸时间", "船员及货主满意度"], 1):
        C.same(mg.group(i), parse_target(ir[n][3])[1], f"{n} target (goal text)")


def p_nanbu(t, C):
    Y = 2021
    k = t.index("附：项目支出绩效自评表")
    body, annex = t[:k], t[k:]
    C.year(one(body, r"(\d{4})年度南部县港航事业发展中心项目支出").group(1), Y, "title year")
    C.year(one(annex, r"自评表（(\d{4})年度）").group(1), Y, "自评表 year")
    C.year(one(body, r"省交通运输厅下达的(\d{4})年度内河航道养护计划").group(1), Y, "plan year")
    C.year(one(body, r"截至(\d{4})年12月31日").group(1), Y, "as-of date")
    C.year(one(body, r"已结转至(\d{4})年继续用于应急清障").group(1), Y, "carry-over year", "gt")
    C.year(one(body, r"(\d{4})年12月提前下达的省级航道养护补助资金").group(1), Y - 1, "advance in December of the previous year")
    C.year(one(body, r"(\d{4})年年初预算").group(1), Y, "budget year")
    C.year(one(t, r"\n(\d{4})年\d+月\d+日\s*$").group(1), Y, "report date", "ge")
    # ---- funds prose + table
    m = one(body, r"年初预算" + NUM + r"万元，其中" + r"\d{4}" + r"年12月提前下达的省级航道养护补助资金" + NUM + r"万元已纳入年初预算。6月，省交通运输厅追加嘉陵江航道应急清障资金" + NUM + r"万元，调整后预算" + NUM + "万元")
    init, adv, add, annual = (m.group(i) for i in range(1, 5))
    C.total(annual, [init, add], "年初 + 追加 = 调整后")
    C.ok("sum_mismatch", N(adv) <= N(init), "advance within 年初")
    rows = table_rows(body, "｜")
    parts = ("财政资金", "财政专户管理资金", "单位资金", "其他资金")
    r = {n: find_row(rows, n, 0) for n in parts + ("年度资金总额",)}
    for col, cname in ((2, "年初"), (3, "调整后"), (4, "执行")):
        C.total(r["年度资金总额"][col], [r[n][col] for n in parts], f"表1 {cname} column")
    for n, x in r.items():
        C.rate(x[5], x[4], x[3], f"表1 {n} 执行率")
        C.plausible(x[5], f"表1 {n} 执行率")
    tot = r["年度资金总额"]
    C.same(init, tot[2], "年初 prose vs table")
    C.same(annual, tot[3], "调整后 prose vs table")
    m = one(body, r"全年执行" + NUM + r"万元，执行率" + NUM + r"%，未执行" + NUM + "万元")
    spent, er, unspent = m.group(1), m.group(2), m.group(3)
    C.same(spent, tot[4], "执行 prose vs table")
    C.rate(er, spent, annual, "prose 执行率")
    C.balance(unspent, annual, spent, "未执行")
    C.ok("rate_mismatch", N(er) < N(one(body, r"总体执行率低于" + NUM + "%").group(1)), "执行率 低于 statement")
    m = one(body, r"单位资金为中心船舶停泊服务收入，执行率" + NUM + r"%，剩余" + NUM + "万元")
    C.same(m.group(1), pct(r["单位资金"][5]), "单位资金 执行率 prose vs table")
    C.balance(m.group(2), r["单位资金"][3], r["单位资金"][4], "单位资金 剩余")
    rest_unit = m.group(2)
    m = one(body, r"财政资金未执行" + NUM + "万元")
    C.balance(m.group(1), r["财政资金"][3], r["财政资金"][4], "财政资金 未执行")
    C.total(unspent, [rest_unit, m.group(1)], "未执行 parts")
    # ---- outputs prose
    m = one(body, r"红岩子船闸全年过闸" + NUM + r"闸次，一至四季度分别为" + NUM + "、" + NUM + "、" + NUM + "、" + NUM + r"闸次；过闸货物" + NUM + r"万吨，一至四季度分别为" + NUM + "、" + NUM + "、" + NUM + "、" + NUM + r"万吨，季均" + NUM + "万吨")
    locks, cargo = m.group(1), m.group(6)
    C.total(locks, [m.group(i) for i in range(2, 6)], "闸次 quarters")
    C.total(cargo, [m.group(i) for i in range(7, 11)], "万吨 quarters")
    C.average(m.group(11), [m.group(i) for i in range(7, 11)], "quarterly 万吨 average")
    m = one(body, r"全年申请过闸船舶" + NUM + r"艘次，一次放行" + NUM + r"艘次，一次放行率" + NUM + "%")
    C.rate(m.group(3), m.group(2), m.group(1), "一次放行率")
    C.plausible(m.group(3), "一次放行率")
    m = one(body, r"全年" + NUM + r"小时中，因秋汛封航" + NUM + r"小时、船闸年度检修停航" + NUM + r"小时，实际通航" + NUM + r"小时，通航保证率" + NUM + "%")
    C.total(m.group(1), ["8760"], "calendar hours 2021")
    C.total(m.group(1), [m.group(2), m.group(3), m.group(4)], "hours")
    C.rate(m.group(5), m.group(4), m.group(1), "通航保证率")
    nav_raw = N(m.group(4)) / N(m.group(1)) * 100
    nav = m.group(5)
    m = one(body, r"全年维护航道" + NUM + r"公里，航标正常率" + NUM + r"%；应急清障完成" + NUM + "万立方米")
    km, buoy, clear = m.group(1), m.group(2), m.group(3)
    C.same(km, one(body, r"对嘉陵江南部段" + NUM + "公里航道").group(1), "里程 two mentions")
    wait = one(body, r"船舶平均待闸时间" + NUM + "小时").group(1)
    mg = one(body, r"全年红岩子船闸过闸不少于" + NUM + r"闸次、过闸货物不少于" + NUM + r"万吨，通航保证率不低于" + NUM + r"%，完成航道应急清障" + NUM + r"万立方米，航标正常率不低于" + NUM + r"%，船舶平均待闸时间不超过" + NUM + "小时")
    # ---- annex
    arows = table_rows(annex, "｜")
    ex = find_row(arows, "预算执行率", 1)
    C.same(pct(ex[6]), er, "执行率 table vs prose")
    C.exec_score(ex[6], ex[7], ex[8], spent, annual)
    names = ["船闸过闸闸次", "过闸货物量", "航道维护里程", "应急清障土石方", "通航保证率", "航标正常率",
             "船舶平均待闸时间", "水上交通安全责任事故", "航道通航条件持续改善"]
    ir = {n: find_row(arows, n, 2) for n in names}
    for n in names:
        x = ir[n]
        if x[3] == "定性":
            C.indicator(n, x[4], x[6], None, x[7], x[8], qual=x[6])
        else:
            u = "" if x[5] in ("—",) else x[5]
            C.indicator(n, x[3] + x[4] + u, x[6] + u, None, x[7], x[8])
    out = [n for n in names if ir[n][0] == "产出指标"]
    ben = [n for n in names if ir[n][0] == "效益指标"]
    C.total("90", [ir[n][7] for n in names], "Sichuan: indicators worth 90", code="weight_sum_mismatch")
    tt = find_row(arows, "总分", 0)
    tw, ts = [c for c in tt[1:] if c][:2]
    C.total(tw, [ex[7]] + [ir[n][7] for n in names], "table weights", code="weight_sum_mismatch")
    C.total("100", [ex[7]] + [ir[n][7] for n in names], "weights = 100", code="weight_sum_mismatch")
    C.total(ts, [ex[8]] + [ir[n][8] for n in names], "table scores", code="score_sum_mismatch")
    m = one(body, r"预算执行情况得" + NUM + r"分，绩效指标得" + NUM + r"分，本项目综合得分" + NUM + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    C.same(m.group(1), ex[8], "execution score prose vs table")
    C.total(m.group(2), [ir[n][8] for n in names], "indicator scores vs prose", code="score_sum_mismatch")
    C.total(m.group(3), [m.group(1), m.group(2)], "prose total", code="score_sum_mismatch")
    C.same(m.group(3), ts, "total prose vs table")
    C.grade(m.group(4), m.group(3), "grade")
    # ---- completion rates in prose
    m = one(body, r"闸次完成率" + NUM + r"%，货运量完成率" + NUM + r"%，清障完成率" + NUM + r"%，通航保证率完成率" + NUM + "%")
    def tgt(n):
        return parse_target(ir[n][3] + ir[n][4])[1]
    C.ok("completion_mismatch", close(m.group(1), N(ir["船闸过闸闸次"][6]) / tgt("船闸过闸闸次") * 100), "闸次 completion")
    C.ok("completion_mismatch", close(m.group(2), N(ir["过闸货物量"][6]) / tgt("过闸货物量") * 100), "万吨 completion")
    C.ok("completion_mismatch", close(m.group(3), N(ir["应急清障土石方"][6]) / tgt("应急清障土石方") * 100), "清障 completion")
    C.ok("completion_mismatch", close(m.group(4), N(ir["通航保证率"][6]) / tgt("通航保证率") * 100)
         or close(m.group(4), nav_raw / tgt("通航保证率") * 100), "通航 completion")
    # ---- text <-> table
    C.same(locks, ir["船闸过闸闸次"][6], "闸次")
    C.same(cargo, ir["过闸货物量"][6], "万吨")
    C.same(km, ir["航道维护里程"][6], "里程")
    C.same(clear, ir["应急清障土石方"][6], "清障")
    C.same(nav, ir["通航保证率"][6], "通航保证率")
    C.same(buoy, ir["航标正常率"][6], "航标")
    C.same(wait, ir["船舶平均待闸时间"][6], "待闸")
    for i, n in enumerate(["船闸过闸闸次", "过闸货物量", "通航保证率", "应急清障土石方", "航标正常率", "船舶平均待闸时间"], 1):
        C.same(mg.group(i), ir[n][4], f"{n} target (goal text)")


PROJECTS = {
    "gx-guiping-jintianchuanzha-2020": p_guiping,
    "jx-xingan-ganjianghangdao-2022": p_xingan,
    "zj-longyou-xiaoxitanchuanzha-2019": p_longyou,
    "hn-taojiang-xiushanchuanzha-2023": p_taojiang,
    "sc-nanbu-jialingjiang-2021": p_nanbu,
}


# =========================================================================== set-level checks
def num_tokens(s):
    return [x.replace(",", "") for x in re.findall(r"\d[\d,]*(?:\.\d+)?", s)]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    by_case = {l["case"]: l for l in labels}
    files = sorted(os.listdir(CASES))
    if sorted(by_case) != files:
        problems.append("labels.jsonl and cases/ disagree")
    if len(labels) != 35 or sum(l["clean"] for l in labels) != 5:
        problems.append("expected 35 cases, 5 clean")

    code_count = {}
    where = {}
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True
    import build  # the edit list (prose/table) lives there
    for e in build.EDITS:
        where[f"{e[0]}-{e[1]}.txt"] = e[3]

    for l in labels:
        src = l["source"]
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        n = len(text)
        if not 2700 <= n <= 3500:
            problems.append(f"{l['case']}: length {n}")
        C = Checker()
        try:
            PROJECTS[src](text, C)
        except ParseError as ex:
            problems.append(f"{l['case']}: parse error {ex}")
            continue
        failed = {code for code, ok, _ in C.res if not ok}
        failed_err = failed & ERROR_CODES
        warn = failed & WARNING_CODES
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{l['case']}: clean case with labels")
            if failed:
                for code, ok, msg in C.res:
                    if not ok:
                        problems.append(f"{l['case']}: clean check failed [{code}] {msg}")
            print(f"{l['case']:48s} clean  {len(C.res):3d} checks pass")
            continue
        exp = l["expected"]
        if len(exp) != 1:
            problems.append(f"{l['case']}: expected exactly one label")
            continue
        lab = exp[0]
        code = lab["code"]
        code_count[code] = code_count.get(code, 0) + 1
        if lab["severity"] != "error" or code not in ERROR_CODES:
            problems.append(f"{l['case']}: bad code/severity")
        v = lab["value"]
        if v not in text:
            problems.append(f"{l['case']}: value not in case")
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        if d0 >= d1 and len(text) == len(clean):
            problems.append(f"{l['case']}: identical to clean")
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not any(o < max(d1, d0 + 1) and d0 < o + len(v) for o in occ):
            problems.append(f"{l['case']}: change [{d0},{d1}) does not overlap the value")
        # the changed figure appears once in the clean draft (twice or more for conflicting_values)
        a0, c1, t1 = d0, len(clean) - s, d1
        numch = "0123456789.,"
        while a0 > 0 and clean[a0 - 1] in numch:
            a0 -= 1
        while c1 < len(clean) and clean[c1] in numch:
            c1 += 1
        while t1 < len(text) and text[t1] in numch:
            t1 += 1
        old_seg, new_seg = clean[a0:c1], text[a0:t1]
        changed = [x for x in num_tokens(old_seg) if x not in num_tokens(new_seg)]
        for tok in changed:
            if code == "year_mismatch" or (tok.isdigit() and len(tok) <= 2):
                continue
            cnt = num_tokens(clean).count(tok)
            if code == "conflicting_values":
                if cnt < 2:
                    problems.append(f"{l['case']}: conflicting figure {tok} appears {cnt}x in clean")
            elif cnt != 1:
                problems.append(f"{l['case']}: changed figure {tok} appears {cnt}x in clean")
        if failed_err != {code}:
            problems.append(f"{l['case']}: labelled {code}, failing error codes {sorted(failed_err)}")
            for c_, ok, msg in C.res:
                if not ok:
                    problems.append(f"    [{c_}] {msg}")
        print(f"{l['case']:48s} {where.get(l['case'], '?'):5s} {code:22s} fails: {sorted(failed_err)}"
              + (f"  (warnings: {sorted(warn)})" if warn else ""))

    for c in sorted(ERROR_CODES):
        if code_count.get(c, 0) < 2:
            problems.append(f"code {c} used {code_count.get(c, 0)} times (< 2)")
    nprose = sum(1 for v in where.values() if v == "prose")
    ntable = sum(1 for v in where.values() if v == "table")
    print(f"codes: {dict(sorted(code_count.items()))}")
    print(f"prose {nprose}, table {ntable}")
    if abs(nprose - ntable) > 4:
        problems.append("prose/table split uneven")
    if problems:
        print("\n".join(problems))
        print("FAIL")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
