#!/usr/bin/env python3
"""Verify the set: labels, edits, and the arithmetic of every draft (standard library only).

For each of the five projects a check function re-reads the figures of a draft (clean or error) with
regular expressions and table parsers and redoes every piece of arithmetic with decimal.Decimal, using
the tolerance of rules.md §8 (a value stated with d decimals matches when |computed − stated| ≤ 0.5·10^−d).
A clean draft must pass every check (warnings included); an error case must fail its labelled code and
no other error-level code.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

sys.dont_write_bytecode = True
import build  # noqa: E402  (edit list and project ids)

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARNINGS = {"score_rule_mismatch"}

GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
         "合格": "中", "差": "差", "较差": "差", "不合格": "差"}
GRADE_RE = r"(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)"


class ParseError(Exception):
    pass


def places(s):
    s = str(s).strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -places(s)) + D("1e-9")


def close(stated, computed):
    return abs(D(str(stated).strip().rstrip("%")) - D(computed)) <= tol(stated)


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def hours_of(year):
    y = int(year)
    leap = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0
    return D(8784 if leap else 8760)


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = int(year)
        self.fails = []  # (code, message)

    # ---------- reading ----------
    def one(self, pat, text=None):
        ms = list(re.finditer(pat, self.t if text is None else text))
        if len(ms) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def region(self, start, end=None):
        i = self.t.find(start)
        if i < 0:
            raise ParseError(f"region start {start!r} not found")
        j = len(self.t) if end is None else self.t.find(end, i)
        if j < 0:
            raise ParseError(f"region end {end!r} not found")
        return self.t[i:j]

    # ---------- reporting ----------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    # ---------- arithmetic ----------
    def arith(self, code, stated, fn, ops, msg, money=()):
        """stated (string) must equal fn(*ops); `money` lists operand indices that are amounts.
        A failure that one rescaling by 10^4 of an amount (or of the stated amount, when code is a
        money check) repairs is reported as unit_mismatch (errors.md §A.11 b)."""
        vals = [D(str(o)) for o in ops]
        comp = fn(*vals)
        if close(stated, comp):
            return True
        for i in money:
            for f in (D(10000), D("0.0001")):
                v2 = list(vals)
                v2[i] = v2[i] * f
                if close(stated, fn(*v2)):
                    self.fail("unit_mismatch", f"{msg}: operand {ops[i]} off by a power of ten")
                    return False
        if money and code in ("sum_mismatch", "balance_mismatch"):
            for f in (D(10000), D("0.0001")):
                if abs(D(stated) * f - comp) <= tol(stated) * f:
                    self.fail("unit_mismatch", f"{msg}: stated {stated} off by a power of ten")
                    return False
        self.fail(code, f"{msg}: stated {stated}, computed {comp}")
        return False

    def rate(self, code, stated, num, den, msg, money=True, bounded=True):
        num, den = D(str(num)), D(str(den))
        st = D(str(stated).rstrip("%"))
        if den == 0:
            if st != 0:
                self.fail("implausible_rate", f"{msg}: rate {stated} on a zero base")
            return
        if bounded and st > 100:
            self.fail("implausible_rate", f"{msg}: rate {stated} above 100%")
            return
        self.arith(code, str(stated).rstrip("%"), lambda a, b: a / b * 100, [num, den], msg,
                   money=(0, 1) if money else ())

    def same(self, a, b, msg, ua=None, ub=None):
        """two statements of one quantity (numbers as strings, optional units)"""
        if ua is not None and ub is not None and ua != ub:
            self.fail("unit_mismatch", f"{msg}: {a}{ua} vs {b}{ub}")
            return
        a, b = str(a).rstrip("%"), str(b).rstrip("%")
        da, db = D(a), D(b)
        if abs(da - db) <= max(tol(a), tol(b)):
            return
        for f in (D(10000), D("0.0001")):
            if abs(da * f - db) <= max(tol(a), tol(b)) * f or abs(db * f - da) <= max(tol(a), tol(b)) * f:
                self.fail("unit_mismatch", f"{msg}: {a} vs {b} off by a power of ten")
                return
        self.fail("conflicting_values", f"{msg}: {a} vs {b}")

    def year_eq(self, got, msg):
        if int(got) != self.year:
            self.fail("year_mismatch", f"{msg}: {got} in a {self.year} report")

    def year_after(self, got, msg):
        if int(got) <= self.year:
            self.fail("year_mismatch", f"{msg}: carried to {got} from {self.year}")

    def grade(self, total, word, msg):
        if GRADE[word] != band(total):
            self.fail("grade_mismatch", f"{msg}: {word} for {total} (band {band(total)})")

    def approx(self, stated, comp, msg, code="average_mismatch"):
        """stated is marked 约: comp must round to it at the stated precision"""
        if abs(D(stated) - comp) > tol(stated):
            self.fail(code, f"{msg}: 约{stated} vs {comp}")


# ----------------------------------------------------------------------------------------------
# indicator rows
# ----------------------------------------------------------------------------------------------
SIGN = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}
BOUNDED = ("率", "满意度")


def parse_q(s):
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月\d{1,2}日", s):
        return "date"
    m = re.fullmatch(r"([≥≤=＝＞＜<>]?)\s*(\d+(?:\.\d+)?)\s*(.*)", s)
    if not m:
        return None
    return {"dir": SIGN.get(m.group(1), "eq"), "num": m.group(2), "unit": m.group(3)}


class Row:
    def __init__(self, name, target, actual, weight, score, completion=None):
        self.name, self.target, self.actual = name, target, actual
        self.weight, self.score, self.completion = weight, score, completion


def check_row(c, r, exec_amounts=None):
    w, s = D(r.weight), D(r.score)
    if s > w or s < 0:
        c.fail("score_exceeds_weight", f"{r.name}: score {r.score} vs weight {r.weight}")
    tq, aq = parse_q(r.target), parse_q(r.actual)
    if tq == "date" or aq == "date":
        if tq != aq:
            c.fail("unit_mismatch", f"{r.name}: date vs non-date")
        return
    if tq is None:  # qualitative
        a = r.actual
        if "部分达成" in a:
            lo, hi, inc = D("0.6"), D("0.8"), False
        elif "未达成" in a:
            lo, hi, inc = D(0), D("0.6"), False
        elif "达成" in a:
            lo, hi, inc = D("0.8"), D(1), True
        else:
            return
        if not (lo * w <= s and (s <= hi * w if inc else s < hi * w)):
            c.fail("score_rule_mismatch", f"{r.name}: qualitative score {r.score} outside band")
        return
    if aq is None or tq["unit"] != aq["unit"]:
        c.fail("unit_mismatch", f"{r.name}: target {r.target} vs actual {r.actual}")
        return
    T, A = D(tq["num"]), D(aq["num"])
    if aq["unit"] == "%" and any(b in r.name for b in BOUNDED) and A > 100:
        c.fail("implausible_rate", f"{r.name}: {r.actual} above 100%")
    if tq["dir"] == "lte":
        comp = D(100) if A <= T else T / A * 100
    else:
        if T == 0:
            comp = D(100) if A <= 0 else D(0)
        else:
            comp = A / T * 100
    if r.completion not in (None, "—", "-", ""):
        if not close(r.completion, comp):
            c.fail("completion_mismatch", f"{r.name}: completion {r.completion} vs {comp}")
    cands = [w * min(comp, D(100)) / 100]
    if r.completion not in (None, "—", "-", ""):
        cands.append(w * min(D(r.completion.rstrip("%")), D(100)) / 100)
    if exec_amounts:
        spent, budget = (D(x) for x in exec_amounts)
        cands.append(w * min(spent / budget, D(1)))
    if s <= w and not any(close(r.score, x) for x in cands):
        c.fail("score_rule_mismatch", f"{r.name}: score {r.score}, rule gives {cands[0]}")


def check_exec(c, row, spent, budget, msg="预算执行率"):
    c.rate("rate_mismatch", row.actual.rstrip("%"), spent, budget, msg)
    check_row(c, row, exec_amounts=(spent, budget))


def check_table(c, rows, totals, grade_pairs, level_weights=None):
    """rows: all scored rows incl. execution; totals: stated totals (strings);
    level_weights: {stated weight string: [rows]}"""
    wsum = sum(D(r.weight) for r in rows)
    if wsum != 100:
        c.fail("weight_sum_mismatch", f"weights add up to {wsum}")
    for stated, members in (level_weights or {}).items():
        ws = sum(D(r.weight) for r in members)
        if ws != D(stated):
            c.fail("weight_sum_mismatch", f"level weight {stated} vs rows {ws}")
    ssum = sum(D(r.score) for r in rows)
    for t in totals:
        if not close(t, ssum):
            c.fail("score_sum_mismatch", f"total {t} vs row sum {ssum}")
    for tot, word in grade_pairs:
        c.grade(tot, word, "grade")


def cells_after(line, name, sep):
    cells = [x.strip() for x in (re.split(r"\s{2,}", line.strip()) if sep == "space" else line.split(sep))]
    idx = max(i for i, x in enumerate(cells) if x == name)
    return [x for x in cells[idx + 1:] if x != ""]


def find_line(c, region, name):
    lines = [l for l in region.split("\n") if re.search(r"(^|\s|｜|\t)" + re.escape(name) + r"($|\s|｜|\t)", l)]
    if len(lines) != 1:
        raise ParseError(f"table row {name!r}: {len(lines)} lines")
    return lines[0]


# ----------------------------------------------------------------------------------------------
# A: 岫岩 2018
# ----------------------------------------------------------------------------------------------
def check_A(c):
    c.year_eq(c.one(r"(\d{4})年度地震监测台站运行维护经费项目").group(1), "title year")
    c.year_eq(c.one(r"截至(\d{4})年12月31日").group(1), "截至 date")
    c.year_eq(c.one(r"截至(\d{4})年底").group(1), "station count date")
    n_all, n1, n2, n3 = c.one(r"共(\d+)个，测震台、强震台和前兆台分别为(\d+)个、(\d+)个和(\d+)个").groups()
    c.arith("sum_mismatch", n_all, lambda a, b, d: a + b + d, [n1, n2, n3], "station types")
    y0, init = c.one(r"(\d{4})年年初预算([\d.]+)万元").groups()
    c.year_eq(y0, "budget sentence")
    add = c.one(r"追加补助([\d.]+)万元").group(1)
    annual = c.one(r"全年预算调整为([\d.]+)万元").group(1)
    c.arith("sum_mismatch", annual, lambda a, b: a + b, [init, add], "年初 + 追加", money=(0, 1))
    items = c.one(r"台站运维费([\d.]+)万元，数据传输专线租赁费([\d.]+)万元，设备维修及备品备件费([\d.]+)万元，"
                  r"观测环境保护及巡检费([\d.]+)万元").groups()
    c.arith("sum_mismatch", annual, lambda *a: sum(a), items, "four items", money=(0, 1, 2, 3))
    fees = c.one(r"测震台([\d.]+)万元/站·年、强震台([\d.]+)万元/站·年、前兆台([\d.]+)万元/站·年").groups()
    c.arith("sum_mismatch", items[0], lambda f1, f2, f3, a, b, d: f1 * a + f2 * b + f3 * d,
            [*fees, n1, n2, n3], "per-station fees × stations", money=(0, 1, 2))
    rent, unit = c.one(r"月租(\d+)(万元|元)").groups()
    rent_w = D(rent) / (10000 if unit == "元" else 1)
    c.arith("sum_mismatch", items[1], lambda r, m: r * m, [rent_w, c.one(r"按(\d+)个月计列").group(1)],
            "月租 × 12", money=(0,))
    recv, rrate = c.one(r"全年资金到位([\d.]+)万元，到位率(\d+)%").groups()
    c.rate("rate_mismatch", rrate, recv, annual, "到位率")
    spent, bal = c.one(r"项目实际支出([\d.]+)万元，结余([\d.]+)万元").groups()
    c.arith("balance_mismatch", bal, lambda r, s: r - s, [recv, spent], "结余", money=(0, 1))
    c.year_after(c.one(r"结转至(\d{4})年").group(1), "结转")
    b17, s17, r17 = c.one(r"2017年该项目预算([\d.]+)万元、实际支出([\d.]+)万元，执行率([\d.]+)%").groups()
    c.rate("rate_mismatch", r17, s17, b17, "2017 执行率")
    k, kr = c.one(r"对(\d+)个台站进行了实地核查，核查覆盖率([\d.]+)%").groups()
    c.rate("rate_mismatch", kr, k, n_all, "核查覆盖率", money=False)
    tot, q1, q2, q3, q4, avg = c.one(r"全年开展台站巡检(\d+)次，一至四季度分别为(\d+)次、(\d+)次、(\d+)次、(\d+)次，"
                                     r"季均([\d.]+)次").groups()
    c.arith("sum_mismatch", tot, lambda *a: sum(a), [q1, q2, q3, q4], "quarterly patrols")
    c.arith("average_mismatch", avg, lambda *a: sum(a) / 4, [q1, q2, q3, q4], "季均")
    per, need = c.one(r"每站每年不少于(\d+)次、合计(\d+)次").groups()
    c.arith("sum_mismatch", need, lambda a, b: a * b, [n_all, per], "56 = 14 × 4")
    h = c.one(r"乘以全年(\d+)小时").group(1)
    c.arith("sum_mismatch", h, lambda: hours_of(c.year), [], "hours in year")
    blocks = [
        (r"测震台应运行(\d+)台·小时，累计中断(\d+)小时，数据连续率([\d.]+)%", n1),
        (r"强震台应运行(\d+)台·小时，累计中断(\d+)小时，运行率([\d.]+)%", n2),
        (r"前兆台应运行(\d+)台·小时，受8月雷击影响累计中断(\d+)小时，数据连续率([\d.]+)%", n3),
    ]
    rates, all_h, all_cut = {}, D(0), []
    for pat, n in blocks:
        hh, cut, r = c.one(pat).groups()
        c.arith("sum_mismatch", hh, lambda a, b: a * b, [n, h], "station-hours")
        c.rate("rate_mismatch", r, D(hh) - D(cut), hh, "连续率", money=False)
        rates[pat[:2]] = r
        all_h += D(hh)
        all_cut.append(cut)
    tcut, trate = c.one(r"三类台站合计中断(\d+)小时，总体连续率([\d.]+)%").groups()
    c.arith("sum_mismatch", tcut, lambda *a: sum(a), all_cut, "total interruption")
    c.rate("rate_mismatch", trate, all_h - D(tcut), all_h, "总体连续率", money=False)
    fix = c.one(r"平均修复时间(\d+)小时").group(1)
    lim = c.one(r"均在(\d+)小时以内").group(1)
    qz_t = c.one(r"未达到(\d+)%的年度指标").group(1)
    ctl = c.one(r"低于([\d.]+)万元的控制标准").group(1)
    run_n = c.one(r"1\.台站运维。(\d+)个台站全年在网运行").group(1)
    ops, ns, avgc = c.one(r"台站运维费([\d.]+)万元按(\d+)个台站分摊，单站年均运维费用([\d.]+)万元/站·年").groups()
    c.same(ops, items[0], "台站运维费 restated")
    c.same(ns, n_all, "station count restated")
    c.arith("average_mismatch", avgc, lambda a, b: a / b, [ops, ns], "单站年均运维费用", money=(0,))
    sp, sp0, dd = c.one(r"自动速报平均用时([\d.]+)分钟，比上年的([\d.]+)分钟缩短([\d.]+)分钟").groups()
    c.arith("sum_mismatch", dd, lambda a, b: a - b, [sp0, sp], "速报缩短")
    eq_n, ok_n, okr = c.one(r"在用观测设备(\d+)套，年末完好(\d+)套，设备完好率([\d.]+)%").groups()
    c.rate("rate_mismatch", okr, ok_n, eq_n, "完好率", money=False)
    sat = c.one(r"服务对象满意度为([\d.]+)%").group(1)
    ptotal, pgrade = c.one(r"本项目自评得分([\d.]+)分，评价等级为" + GRADE_RE).groups()

    reg = c.region("附件：项目支出绩效自评表")
    c.year_eq(c.one(r"年度：(\d{4})", reg).group(1), "table year")
    names = ["运维台站数量", "台站巡检次数", "测震台数据连续率", "前兆台数据连续率", "故障平均修复时间",
             "单站年均运维费用", "地震自动速报平均用时", "为震情跟踪提供数据支撑", "观测设备完好率", "服务对象满意度"]
    rows = {}
    for nm in names:
        cl = cells_after(find_line(c, reg, nm), nm, "space")
        rows[nm] = Row(nm, cl[0], cl[1], cl[2], cl[3])
    cl = cells_after(find_line(c, reg, "预算执行率"), "预算执行率", "space")
    ex = Row("预算执行率", cl[0], cl[1], cl[2], cl[3])
    ttotal = cells_after(find_line(c, reg, "合计"), "合计", "space")
    for r in rows.values():
        check_row(c, r)
    check_exec(c, ex, spent, annual)
    check_table(c, list(rows.values()) + [ex], [ttotal[1], ptotal], [(ptotal, pgrade)])
    if ttotal[0] != "100":
        c.fail("weight_sum_mismatch", "分值合计 not 100")
    c.same(ptotal, ttotal[1], "total text vs table")
    # text ↔ table
    c.same(n_all, parse_q(rows["运维台站数量"].actual)["num"], "station count")
    c.same(tot, parse_q(rows["台站巡检次数"].actual)["num"], "patrols")
    c.same(need, parse_q(rows["台站巡检次数"].target)["num"], "patrol target")
    c.same(rates["测震"], parse_q(rows["测震台数据连续率"].actual)["num"], "测震 连续率")
    c.same(rates["前兆"], parse_q(rows["前兆台数据连续率"].actual)["num"], "前兆 连续率")
    c.same(fix, parse_q(rows["故障平均修复时间"].actual)["num"], "修复时间")
    c.same(lim, parse_q(rows["故障平均修复时间"].target)["num"], "修复时间 target")
    c.same(qz_t, parse_q(rows["前兆台数据连续率"].target)["num"], "前兆 target")
    c.same(ctl, parse_q(rows["单站年均运维费用"].target)["num"], "运维费 target")
    c.same(run_n, n_all, "stations in operation")
    c.same(avgc, parse_q(rows["单站年均运维费用"].actual)["num"], "单站运维费")
    c.same(sp, parse_q(rows["地震自动速报平均用时"].actual)["num"], "速报用时")
    c.same(okr, parse_q(rows["观测设备完好率"].actual)["num"], "完好率")
    c.same(sat, parse_q(rows["服务对象满意度"].actual)["num"], "满意度")
    ded = c.one(r"该项指标扣([\d.]+)分").group(1)
    r = rows["前兆台数据连续率"]
    c.arith("score_sum_mismatch", ded, lambda a, b: a - b, [r.weight, r.score], "扣分")


# ----------------------------------------------------------------------------------------------
# B: 泉州 2019
# ----------------------------------------------------------------------------------------------
def check_B(c):
    c.year_eq(c.one(r"泉州市地震局(\d{4})年度防震减灾").group(1), "title year")
    c.year_eq(c.one(r"自评表（(\d{4})年度）").group(1), "table year")
    y, annual, fisc, cy, carry = c.one(r"本项目(\d{4})年全年预算([\d.]+)万元，由当年市级财政拨款([\d.]+)万元和"
                                       r"(\d{4})年结转的科普展品更新资金([\d.]+)万元组成").groups()
    c.year_eq(y, "budget sentence")
    if int(cy) != c.year - 1:
        c.fail("year_mismatch", f"上年结转 from {cy}")
    c.arith("sum_mismatch", annual, lambda a, b: a + b, [fisc, carry], "预算构成", money=(0, 1))
    items = c.one(r"科普宣传品制作([\d.]+)万元、应急疏散演练组织([\d.]+)万元、科普教育基地运行维护([\d.]+)万元、"
                  r"防灾减灾日及科技活动周宣传([\d.]+)万元、科普讲座及培训([\d.]+)万元").groups()
    c.arith("sum_mismatch", annual, lambda *a: sum(a), items, "five items", money=(0, 1, 2, 3, 4))
    spent, bal = c.one(r"全年执行([\d.]+)万元，结余([\d.]+)万元").groups()
    c.arith("balance_mismatch", bal, lambda a, b: a - b, [annual, spent], "结余 (资金已全部到位)", money=(0, 1))
    ry = c.one(r"已于(\d{4})年1月按规定缴回").group(1)
    if int(ry) <= c.year:
        c.fail("year_mismatch", f"缴回 in {ry}")
    copies, unitp = c.one(r"共印制发放([\d.]+)万份，宣传品制作费折合单价约([\d.]+)元/份").groups()
    c.approx(unitp, D(items[0]) / D(copies), "宣传品单价")
    dfund, dn, dper = c.one(r"演练组织经费([\d.]+)万元按(\d+)场分摊，场均补助([\d.]+)元").groups()
    c.same(dfund, items[1], "演练组织经费 restated")
    c.arith("average_mismatch", dper, lambda a, b: a * 10000 / b, [dfund, dn], "场均补助", money=(0,))
    drills, d18, dinc, dyoy = c.one(r"全年组织地震应急疏散演练(\d+)场，比2018年的(\d+)场增加(\d+)场，"
                                    r"同比增长([\d.]+)%").groups()
    c.same(dn, drills, "演练场次 restated")
    c.arith("sum_mismatch", dinc, lambda a, b: a - b, [drills, d18], "增加场次")
    c.arith("rate_mismatch", dyoy, lambda a, b: (a / b - 1) * 100, [drills, d18], "演练同比")
    lec, short = c.one(r"举办科普讲座(\d+)场，比年度目标少(\d+)场").groups()
    days = c.one(r"科普教育基地全年开放(\d+)天").group(1)
    ppl, p18, pyoy = c.one(r"演练参与人数([\d.]+)万人次，2018年为([\d.]+)万人次，同比增长([\d.]+)%").groups()
    c.arith("rate_mismatch", pyoy, lambda a, b: (a / b - 1) * 100, [ppl, p18], "参与人数同比")
    know = c.one(r"公众防震减灾知识知晓率为([\d.]+)%").group(1)
    sat = c.one(r"社会公众满意度([\d.]+)%，").group(1)
    ptotal = c.one(r"自评得分([\d.]+)分").group(1)
    ded = c.one(r"该项扣([\d.]+)分").group(1)
    tg = c.one(r"全年组织应急疏散演练不少于(\d+)场，发放科普宣传品不少于(\d+)万份，举办科普讲座不少于(\d+)场，"
               r"科普教育基地开放不少于(\d+)天；演练参与人数达到(\d+)万人次以上，公众防震减灾知识知晓率不低于(\d+)%，"
               r"社会公众满意度不低于(\d+)%").groups()
    c.arith("sum_mismatch", short, lambda a, b: a - b, [tg[2], lec], "讲座差额")

    reg = c.region("附：项目支出绩效自评表")
    frow = {}
    for nm in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        frow[nm] = cells_after(find_line(c, reg, nm), nm, "｜")
    tot_row = frow["年度资金总额"]
    comps = [frow["其中：当年财政拨款"], frow["上年结转资金"], frow["其他资金"]]
    for col, label in ((0, "年初"), (1, "全年"), (2, "执行")):
        c.arith("sum_mismatch", tot_row[col], lambda *a: sum(a), [x[col] for x in comps],
                f"funds {label} column", money=(0, 1, 2))
    if tot_row[0] != tot_row[1]:
        c.fail("sum_mismatch", "年初 ≠ 全年 although 未作调整")
    for x, nm in zip(comps, ["当年财政拨款", "上年结转资金", "其他资金"]):
        if D(x[1]) == 0:
            if x[4] not in ("—", "0", "0.00%", "0%"):
                c.fail("implausible_rate", f"{nm}: rate {x[4]} on a zero base")
        elif x[4] not in ("—", "-"):
            c.rate("rate_mismatch", x[4].rstrip("%"), x[2], x[1], f"{nm} 执行率")
    c.same(annual, tot_row[1], "全年预算 text vs table")
    c.same(fisc, frow["其中：当年财政拨款"][1], "当年财政拨款 text vs table")
    c.same(carry, frow["上年结转资金"][1], "上年结转 text vs table")
    c.same(spent, tot_row[2], "执行 text vs table")
    ex = Row("预算执行率", "100%", tot_row[4], tot_row[3], tot_row[5])
    check_exec(c, ex, tot_row[2], tot_row[1])
    names = ["组织应急疏散演练场次", "发放科普宣传品", "举办科普讲座", "科普教育基地开放天数", "防灾减灾日宣传完成时间",
             "单场演练补助", "演练参与人数", "公众防震减灾知识知晓率", "科普阵地长效运行", "社会公众满意度"]
    rows = {}
    for nm in names:
        cl = cells_after(find_line(c, reg, nm), nm, "｜")
        rows[nm] = Row(nm, cl[0], cl[1], cl[3], cl[4], completion=cl[2])
        check_row(c, rows[nm])
    tl = cells_after(find_line(c, reg, "总分"), "总分", "｜")
    if tl[0] != "100":
        c.fail("weight_sum_mismatch", "总分 not 100")
    gword = c.one(r"评价等级：" + GRADE_RE, reg).group(1)
    check_table(c, list(rows.values()) + [ex], [tl[1], ptotal], [(tl[1], gword)])
    c.same(ptotal, tl[1], "total text vs table")
    r = rows["举办科普讲座"]
    c.arith("score_sum_mismatch", ded, lambda a, b: a - b, [r.weight, r.score], "扣分")
    q = lambda nm, f="actual": parse_q(getattr(rows[nm], f))["num"]
    c.same(drills, q("组织应急疏散演练场次"), "演练场次")
    c.same(copies, q("发放科普宣传品"), "宣传品份数")
    c.same(lec, q("举办科普讲座"), "讲座场次")
    c.same(days, q("科普教育基地开放天数"), "开放天数")
    c.same(dper, q("单场演练补助"), "场均补助")
    c.same(ppl, q("演练参与人数"), "参与人数")
    c.same(know, q("公众防震减灾知识知晓率"), "知晓率")
    c.same(sat, q("社会公众满意度"), "满意度")
    for v, nm in zip(tg, ["组织应急疏散演练场次", "发放科普宣传品", "举办科普讲座", "科普教育基地开放天数",
                          "演练参与人数", "公众防震减灾知识知晓率", "社会公众满意度"]):
        c.same(v, q(nm, "target"), f"target {nm}")


# ----------------------------------------------------------------------------------------------
# C: 海原 2021 部门整体
# ----------------------------------------------------------------------------------------------
def check_C(c):
    c.year_eq(c.one(r"海原县地震局(\d{4})年度部门整体支出").group(1), "title year")
    c.year_eq(c.one(r"截至(\d{4})年12月31日").group(1), "截至 date")
    c.year_eq(c.one(r"(\d{4})年末实有在职人员").group(1), "staff date")
    n_all, n1, n2, n3 = c.one(r"现有地震监测台站(\d+)个，其中测震台、强震台和前兆台分别为(\d+)个、(\d+)个、(\d+)个").groups()
    c.arith("sum_mismatch", n_all, lambda a, b, d: a + b + d, [n1, n2, n3], "station types")
    staff = c.one(r"实有在职人员(\d+)人").group(1)
    y, init, basic, pers, pub, proj0 = c.one(
        r"(\d{4})年部门年初预算([\d.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），"
        r"项目支出([\d.]+)万元").groups()
    c.year_eq(y, "budget sentence")
    c.arith("sum_mismatch", basic, lambda a, b: a + b, [pers, pub], "基本支出", money=(0, 1))
    c.arith("sum_mismatch", init, lambda a, b: a + b, [basic, proj0], "年初预算", money=(0, 1))
    add = c.one(r"下达台站改造补助([\d.]+)万元").group(1)
    annual, proj = c.one(r"全年预算调整为([\d.]+)万元，其中项目支出([\d.]+)万元").groups()
    c.arith("sum_mismatch", annual, lambda a, b: a + b, [init, add], "全年预算", money=(0, 1))
    c.arith("sum_mismatch", proj, lambda a, b: a + b, [proj0, add], "项目支出全年", money=(0, 1))
    items = c.one(r"地震监测台网运维([\d.]+)万元、防震减灾科普宣传([\d.]+)万元、应急演练及物资储备([\d.]+)万元、"
                  r"台站改造([\d.]+)万元").groups()
    c.arith("sum_mismatch", proj, lambda *a: sum(a), items, "项目支出构成", money=(0, 1, 2, 3))
    c.same(items[3], add, "台站改造 = 追加")
    c.same(c.one(r"观测环境改造（自治区补助([\d.]+)万元）").group(1), add, "改造补助 restated")
    spent = c.one(r"部门全年执行([\d.]+)万元").group(1)
    bsp, brate, psp, prate = c.one(r"基本支出执行([\d.]+)万元，执行率([\d.]+)%；项目支出执行([\d.]+)万元，"
                                   r"执行率([\d.]+)%").groups()
    c.arith("sum_mismatch", spent, lambda a, b: a + b, [bsp, psp], "执行构成", money=(0, 1))
    c.rate("rate_mismatch", brate, bsp, basic, "基本支出执行率")
    c.rate("rate_mismatch", prate, psp, proj, "项目支出执行率")
    pbal, cy = c.one(r"项目支出未执行的([\d.]+)万元主要为台站改造尾款，已按程序结转(\d{4})年").groups()
    c.arith("balance_mismatch", pbal, lambda a, b: a - b, [proj, psp], "项目支出结余", money=(0, 1))
    c.year_after(cy, "结转")
    pavg = c.one(r"公用经费人均([\d.]+)万元").group(1)
    c.arith("average_mismatch", pavg, lambda a, b: a / b, [pub, staff], "人均公用经费", money=(0,))
    reg1 = c.region("预算类别", "三、部门整体绩效目标")
    fl = cells_after(find_line(c, reg1, "部门预算合计"), "部门预算合计", "\t")
    f_init, f_ann, f_recv, f_sp, f_bal, f_rate = fl
    c.same(init, f_init, "年初 text vs table")
    c.same(annual, f_ann, "全年 text vs table")
    c.same(spent, f_sp, "执行 text vs table")
    c.arith("balance_mismatch", f_bal, lambda a, b: a - b, [f_recv, f_sp], "结余", money=(0, 1))
    c.rate("rate_mismatch", f_rate, f_sp, f_ann, "执行率")
    c.rate("rate_mismatch", "100", f_recv, f_ann, "到位 (资金全部到位)")
    # goals
    g = c.one(r"保障全县(\d+)个监测台站稳定运行，台网运行率不低于([\d.]+)%；组织防震减灾科普宣传活动不少于(\d+)场、"
              r"应急演练不少于(\d+)场，演练参与人数(\d+)万人次以上").groups()
    c.same(g[0], n_all, "station count in goal")
    # outputs
    hh, n_h, h_y, cut, op = c.one(r"全年应运行(\d+)台·小时（(\d+)个台站×(\d+)小时），累计中断(\d+)小时，台网运行率([\d.]+)%").groups()
    c.same(n_h, n_all, "stations in hours")
    c.arith("sum_mismatch", h_y, lambda: hours_of(c.year), [], "hours in year")
    c.arith("sum_mismatch", hh, lambda a, b: a * b, [n_h, h_y], "station-hours")
    c.rate("rate_mismatch", op, D(hh) - D(cut), hh, "台网运行率", money=False)
    ops, per = c.one(r"台网运维费([\d.]+)万元，折合单站年均运维费用([\d.]+)万元/站·年").groups()
    c.same(ops, items[0], "台网运维费 restated")
    c.arith("average_mismatch", per, lambda a, b: a / b, [ops, n_all], "单站运维费", money=(0,))
    kp = c.one(r"全年开展科普宣传活动(\d+)场").group(1)
    dr, ppl, p0, pyoy = c.one(r"开展应急演练(\d+)场，参与([\d.]+)万人次，较2020年的([\d.]+)万人次增长([\d.]+)%").groups()
    c.arith("rate_mismatch", pyoy, lambda a, b: (a / b - 1) * 100, [ppl, p0], "参与人数同比")
    know = c.one(r"知晓率为([\d.]+)%").group(1)
    sat = c.one(r"社会公众满意度([\d.]+)%。").group(1)
    lw = c.one(r"按预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置权重，"
               r"自评得分([\d.]+)分，评价等级为" + GRADE_RE).groups()
    reg = c.region("一级指标\t二级指标")
    out_n = ["地震监测台站运维数量", "防震减灾科普宣传活动", "地震应急演练场次", "台网运行率", "台站改造验收合格率",
             "台站改造完成时间", "单站年均运维费用"]
    ben_n = ["应急演练参与人数", "公众防震减灾知识知晓率", "县域地震监测能力"]
    sat_n = ["社会公众满意度"]
    rows = {}
    for nm in out_n + ben_n + sat_n:
        cl = cells_after(find_line(c, reg, nm), nm, "\t")
        rows[nm] = Row(nm, cl[0], cl[1], cl[2], cl[3])
        check_row(c, rows[nm])
    cl = cells_after(find_line(c, reg, "预算执行率"), "预算执行率", "\t")
    ex = Row("预算执行率", cl[0], cl[1], cl[2], cl[3])
    check_exec(c, ex, f_sp, f_ann)
    c.same(ex.actual.rstrip("%"), f_rate, "执行率 in two tables")
    tl = cells_after(find_line(c, reg, "合计"), "合计", "\t")
    if tl[0] != "100":
        c.fail("weight_sum_mismatch", "分值合计 not 100")
    levels = {}
    check_table(c, list(rows.values()) + [ex], [tl[1], lw[4]], [(lw[4], lw[5])],
                level_weights=None)
    for stated, members in ((lw[0], [ex]), (lw[1], [rows[n] for n in out_n]),
                            (lw[2], [rows[n] for n in ben_n]), (lw[3], [rows[n] for n in sat_n])):
        ws = sum(D(r.weight) for r in members)
        if ws != D(stated):
            c.fail("weight_sum_mismatch", f"level weight {stated} vs rows {ws}")
    c.same(lw[4], tl[1], "total text vs table")
    q = lambda nm, f="actual": parse_q(getattr(rows[nm], f))["num"]
    c.same(n_all, q("地震监测台站运维数量"), "台站数")
    c.same(kp, q("防震减灾科普宣传活动"), "科普活动")
    c.same(dr, q("地震应急演练场次"), "演练场次")
    c.same(op, q("台网运行率"), "运行率")
    c.same(per, q("单站年均运维费用"), "单站运维费")
    c.same(ppl, q("应急演练参与人数"), "参与人数")
    c.same(know, q("公众防震减灾知识知晓率"), "知晓率")
    c.same(sat, q("社会公众满意度"), "满意度")
    c.same(g[1], q("台网运行率", "target"), "运行率 target")
    c.same(g[2], q("防震减灾科普宣传活动", "target"), "科普 target")
    c.same(g[3], q("地震应急演练场次", "target"), "演练 target")
    c.same(g[4], q("应急演练参与人数", "target"), "参与 target")
    done = c.one(r"观测环境改造（自治区补助[\d.]+万元）于(\d{4})年(\d+)月(\d+)日完成").groups()
    c.year_eq(done[0], "改造完成")


# ----------------------------------------------------------------------------------------------
# D: 九寨沟 2023 (Sichuan table)
# ----------------------------------------------------------------------------------------------
def check_D(c):
    c.year_eq(c.one(r"(\d{4})年度地震监测台网及预警终端").group(1), "title year")
    c.year_eq(c.one(r"截至(\d{4})年12月31日").group(1), "截至 date")
    n_all, n1, n2, n3 = c.one(r"地震监测台站(\d+)个，测震台、强震台和前兆台分别为(\d+)个、(\d+)个、(\d+)个").groups()
    c.arith("sum_mismatch", n_all, lambda a, b, d: a + b + d, [n1, n2, n3], "station types")
    terms = c.one(r"布设地震预警信息接收终端(\d+)台").group(1)
    y, init, fis0, unit0 = c.one(r"(\d{4})年年初，县财政局批复本项目预算([\d.]+)万元，其中财政资金([\d.]+)万元、"
                                 r"单位资金([\d.]+)万元").groups()
    c.year_eq(y, "budget approval")
    c.arith("sum_mismatch", init, lambda a, b: a + b, [fis0, unit0], "年初构成", money=(0, 1))
    add, annual = c.one(r"县财政追加财政资金([\d.]+)万元，.*?调整后全年预算([\d.]+)万元").groups()
    c.arith("sum_mismatch", annual, lambda a, b: a + b, [init, add], "全年预算", money=(0, 1))
    plan, recv, rr = c.one(r"全年资金计划([\d.]+)万元，实际到位([\d.]+)万元，到位率(\d+)%").groups()
    c.same(plan, annual, "资金计划")
    c.rate("rate_mismatch", rr, recv, annual, "到位率")
    items = c.one(r"台站运维费([\d.]+)万元、预警终端运维费([\d.]+)万元、通信链路租赁费([\d.]+)万元、"
                  r"预警终端设备更新([\d.]+)万元、备品备件及维修费([\d.]+)万元、科普宣传及演练([\d.]+)万元").groups()
    c.arith("sum_mismatch", annual, lambda *a: sum(a), items, "six items", money=tuple(range(6)))
    c.same(items[3], add, "设备更新 = 追加")
    fees = c.one(r"测震台([\d.]+)万元/站·年、强震台([\d.]+)万元/站·年、前兆台([\d.]+)万元/站·年").groups()
    parts = c.one(r"三类台站分别为([\d.]+)万元、([\d.]+)万元和([\d.]+)万元").groups()
    for f, n, p in zip(fees, (n1, n2, n3), parts):
        c.arith("sum_mismatch", p, lambda a, b: a * b, [f, n], "fee × stations", money=(0,))
    c.arith("sum_mismatch", items[0], lambda *a: sum(a), parts, "台站运维费", money=(0, 1, 2))
    tfee, tunit = c.one(r"预警终端运维按每台每年(\d+)(元|万元)计列").groups()
    tfee_w = D(tfee) / (10000 if tunit == "元" else 1)
    c.arith("sum_mismatch", items[1], lambda a, b: a * b, [tfee_w, terms], "终端运维费", money=(0,))
    spent, erate = c.one(r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%").groups()
    c.rate("rate_mismatch", erate, spent, annual, "执行率")
    bal, cy = c.one(r"未支出的([\d.]+)万元为设备更新项目质保金，.*?已申请结转(\d{4})年").groups()
    c.arith("balance_mismatch", bal, lambda a, b: a - b, [recv, spent], "结余", money=(0, 1))
    c.year_after(cy, "结转")
    m1 = c.one(r"测震台全年应运行(\d+)台·小时，累计中断(\d+)小时，数据连续率([\d.]+)%").groups()
    m2 = c.one(r"强震台应运行(\d+)台·小时，累计中断(\d+)小时，运行率([\d.]+)%").groups()
    for (hh, cut, r), n in ((m1, n1), (m2, n2)):
        c.arith("sum_mismatch", hh, lambda a, b: a * b, [n, hours_of(c.year)], "station-hours")
        c.rate("rate_mismatch", r, D(hh) - D(cut), hh, "连续率/运行率", money=False)
    resp = c.one(r"全年平均故障响应时间(\d+)小时").group(1)
    cost = c.one(r"测震台单站运维费([\d.]+)万元/站·年，低于").group(1)
    c.same(cost, fees[0], "测震台单站运维费")
    first = c.one(r"首报平均用时(\d+)秒").group(1)
    dr, ppl, comp, y0, p0, yoy = c.one(r"开展演练(\d+)场，参与([\d.]+)万人次，为年度指标的([\d.]+)%；(\d{4})年参与([\d.]+)万人次，"
                                       r"同比增长([\d.]+)%").groups()
    if int(y0) != c.year - 1:
        c.fail("year_mismatch", f"同比 base year {y0}")
    c.arith("rate_mismatch", yoy, lambda a, b: (a / b - 1) * 100, [ppl, p0], "同比")
    gtarget = c.one(r"演练参与人数不少于([\d.]+)万人次").group(1)
    c.arith("completion_mismatch", comp, lambda a, b: a / b * 100, [ppl, gtarget], "参与人数完成率")
    ptotal, pgrade = c.one(r"本项目得分([\d.]+)分，评价等级为" + GRADE_RE).groups()
    c.same(c.one(r"项目资金([\d.]+)万元按用途使用").group(1), annual, "资金 restated")

    reg = c.region("附件：项目支出绩效自评表")
    c.year_eq(c.one(r"年度｜(\d{4})", reg).group(1), "table year")
    frow = {}
    for nm in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        frow[nm] = cells_after(find_line(c, reg, nm), nm, "｜")
    tot = frow["年度资金总额"]
    comps = [frow[k] for k in ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]]
    for col, label in ((0, "年初"), (1, "全年"), (2, "执行")):
        c.arith("sum_mismatch", tot[col], lambda *a: sum(a), [x[col] for x in comps],
                f"funds {label} column", money=(0, 1, 2, 3))
    c.same(init, tot[0], "年初 text vs table")
    c.same(fis0, frow["其中：财政资金"][0], "财政资金年初")
    c.same(unit0, frow["单位资金"][0], "单位资金年初")
    c.same(annual, tot[1], "全年 text vs table")
    c.same(spent, tot[2], "执行 text vs table")
    c.same(erate, tot[4].rstrip("%"), "执行率 text vs table")
    ex = Row("预算执行率", "100%", tot[4], tot[3], tot[5])
    check_exec(c, ex, tot[2], tot[1])
    names = ["测震台运维数量", "强震台运维数量", "预警终端运维数量", "测震台数据连续率", "强震台运行率", "故障响应时间",
             "测震台单站运维费", "预警信息首报用时", "演练参与人数", "台网稳定运行能力"]
    rows = {}
    for nm in names:
        cl = cells_after(find_line(c, reg, nm), nm, "｜")
        kind, val, unit, act, w, s = cl[:6]
        unit = "" if unit == "—" else unit
        target = (("" if kind == "定性" else kind) + val + unit) if kind != "定性" else val
        actual = act + unit if re.fullmatch(r"\d+(\.\d+)?", act) else act
        rows[nm] = Row(nm, target, actual, w, s)
        check_row(c, rows[nm])
    check_table(c, list(rows.values()) + [ex], [ptotal], [(ptotal, pgrade)])
    q = lambda nm: parse_q(rows[nm].actual)
    for nm, v in (("测震台运维数量", n1), ("强震台运维数量", n2), ("预警终端运维数量", terms)):
        qq = q(nm)
        c.same(v, qq["num"], nm, "个" if nm != "预警终端运维数量" else "台", qq["unit"])
    c.same(m1[2], q("测震台数据连续率")["num"], "测震连续率")
    c.same(m2[2], q("强震台运行率")["num"], "强震运行率")
    c.same(resp, q("故障响应时间")["num"], "响应时间", "小时", q("故障响应时间")["unit"])
    c.same(cost, q("测震台单站运维费")["num"], "单站运维费")
    c.same(first, q("预警信息首报用时")["num"], "首报用时")
    c.same(ppl, q("演练参与人数")["num"], "参与人数")
    c.same(gtarget, parse_q(rows["演练参与人数"].target)["num"], "参与人数 target")
    gl = c.one(r"测震台数据连续率不低于(\d+)%，强震台运行率不低于([\d.]+)%，故障响应时间不超过(\d+)小时，"
               r"预警信息首报用时不超过(\d+)秒").groups()
    for v, nm in zip(gl, ["测震台数据连续率", "强震台运行率", "故障响应时间", "预警信息首报用时"]):
        c.same(v, parse_q(rows[nm].target)["num"], f"target {nm}")
    k1, k2, k3 = c.one(r"(\d+)个测震台、(\d+)个强震台和(\d+)台预警终端全年在运行状态").groups()
    c.same(k1, n1, "测震台 in 完成情况")
    c.same(k2, n2, "强震台 in 完成情况")
    c.same(k3, terms, "终端 in 完成情况")


# ----------------------------------------------------------------------------------------------
# E: 宿迁 2024 (flattened funds table + space-aligned indicator table)
# ----------------------------------------------------------------------------------------------
def flat_table(c, region):
    blocks = [b for b in region.strip("\n").split("\n\n") if b.strip()]
    rows = {}
    for b in blocks:
        cells = [l[1:] if l.startswith("\t") else l for l in b.split("\n")]
        rows[cells[0]] = cells[1:]
    return rows


def check_E(c):
    c.year_eq(c.one(r"宿迁市地震局(\d{4})年度地震监测预警").group(1), "title year")
    n_all, n1, n2, n3 = c.one(r"运维的地震监测台站(\d+)个，测震台、强震台、前兆台分别为(\d+)个、(\d+)个、(\d+)个").groups()
    c.arith("sum_mismatch", n_all, lambda a, b, d: a + b + d, [n1, n2, n3], "station types")
    y, init, prov, city, carry, annual = c.one(r"(\d{4})年年初预算([\d.]+)万元，其中省级补助([\d.]+)万元、市级财政资金([\d.]+)万元；"
                                               r"上年结转资金([\d.]+)万元并入本年使用，全年预算([\d.]+)万元").groups()
    c.year_eq(y, "budget sentence")
    c.arith("sum_mismatch", init, lambda a, b: a + b, [prov, city], "年初构成", money=(0, 1))
    c.arith("sum_mismatch", annual, lambda a, b: a + b, [init, carry], "全年预算", money=(0, 1))
    recv, gap = c.one(r"实际到位([\d.]+)万元，市级资金尚有([\d.]+)万元因年末财力调度未拨付").groups()
    c.arith("sum_mismatch", gap, lambda a, b: a - b, [annual, recv], "未到位", money=(0, 1))

    ft = flat_table(c, c.region("\t项目\n", "（三）项目绩效目标"))
    R = lambda k: [x if x != "" else "0" for x in ft[k][1:]]  # drop 行次; columns 合计..其他
    r1, r2, r3, r4 = R("年初预算资金"), R("全年预算资金"), R("实际到位资金"), R("全年执行资金")
    r5, r6, r7 = R("资金结余"), R("预算到位率(%)"), R("预算执行率(%)")
    cols = ["合计", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for rr, nm in ((r1, "(1)"), (r2, "(2)"), (r3, "(3)"), (r4, "(4)"), (r5, "(5)")):
        c.arith("sum_mismatch", rr[1], lambda *a: sum(a), rr[2:6], f"{nm} 财政资金小计", money=(0, 1, 2, 3))
        c.arith("sum_mismatch", rr[0], lambda *a: sum(a), [rr[1], rr[6], rr[7]], f"{nm} 合计", money=(0, 1, 2))
    for i, cn in enumerate(cols):
        c.arith("balance_mismatch", r5[i], lambda a, b: a - b, [r3[i], r4[i]], f"(5) {cn}", money=(0, 1))
        c.rate("rate_mismatch", r6[i], r3[i], r2[i], f"(6) {cn}")
        c.rate("rate_mismatch", r7[i], r4[i], r2[i], f"(7) {cn}")
    c.same(init, r1[0], "年初 text vs table")
    c.same(prov, r1[3], "省级 text vs table")
    c.same(city, r1[4], "市级 text vs table")
    c.same(carry, r2[6], "结转 text vs table")
    c.same(annual, r2[0], "全年 text vs table")
    c.same(recv, r3[0], "到位 text vs table")
    spent, erate = c.one(r"全年执行([\d.]+)万元，执行率([\d.]+)%").groups()
    c.same(spent, r4[0], "执行 text vs table")
    c.same(erate, r7[0], "执行率 text vs table")
    c.same(c.one(r"全年执行率([\d.]+)%").group(1), r7[0], "执行率 restated (1 decimal)")
    cb, cy, pb, kb = c.one(r"市级资金结余([\d.]+)万元为科普馆展项维护合同尾款，经市财政局同意结转至(\d{4})年；"
                           r"省级补助结余([\d.]+)万元和上年结转资金结余([\d.]+)万元已按规定收回").groups()
    c.year_after(cy, "结转")
    c.same(cb, r5[4], "市级结余")
    c.same(pb, r5[3], "省级结余")
    c.same(kb, r5[6], "结转资金结余")
    leap, hh, n_h, h_y, cut, r_1 = c.one(r"(\d{4})年为闰年，测震台全年应运行(\d+)台·小时（(\d+)个台站×(\d+)小时），"
                                         r"累计中断(\d+)小时，数据连续率([\d.]+)%").groups()
    c.year_eq(leap, "闰年 sentence")
    c.arith("sum_mismatch", h_y, lambda: hours_of(c.year), [], "hours in year")
    c.same(n_h, n1, "测震台数")
    c.arith("sum_mismatch", hh, lambda a, b: a * b, [n_h, h_y], "station-hours")
    c.rate("rate_mismatch", r_1, D(hh) - D(cut), hh, "测震连续率", money=False)
    hh2, cut2, r_2 = c.one(r"强震台应运行(\d+)台·小时，累计中断(\d+)小时，运行率([\d.]+)%").groups()
    c.arith("sum_mismatch", hh2, lambda a, b: a * b, [n2, h_y], "station-hours 强震")
    c.rate("rate_mismatch", r_2, D(hh2) - D(cut2), hh2, "强震运行率", money=False)
    ops, per, per_y = c.one(r"测震台运维费([\d.]+)万元，折合单站运维成本([\d.]+)万元/站·年，若按元计为(\d+)元/站·年").groups()
    c.arith("average_mismatch", per, lambda a, b: a / b, [ops, n1], "单站运维成本", money=(0,))
    c.same(per_y, D(per) * 10000, "万元 vs 元")
    fix, fix_u = c.one(r"故障平均修复时长(\d+)(小时|%)").groups()
    online = c.one(r"终端平均在线率([\d.]+)%").group(1)
    if D(online) > 100:
        c.fail("implausible_rate", f"在线率 {online}")
    lec, short = c.one(r"开展科普讲座进社区、进学校(\d+)场，比目标少(\d+)场").groups()
    dtot, d1, d2, d3, d4, d5, davg = c.one(r"组织地震应急疏散演练(\d+)场，沭阳县、泗阳县、泗洪县、宿豫区、宿城区分别为(\d+)场、"
                                           r"(\d+)场、(\d+)场、(\d+)场、(\d+)场，平均每个县区(\d+)场").groups()
    c.arith("sum_mismatch", dtot, lambda *a: sum(a), [d1, d2, d3, d4, d5], "演练场次")
    c.arith("average_mismatch", davg, lambda *a: sum(a) / 5, [d1, d2, d3, d4, d5], "平均每县区")
    ppl, y0, p0, dec = c.one(r"演练参与人数([\d.]+)万人次，(\d{4})年为([\d.]+)万人次，同比下降([\d.]+)%").groups()
    if int(y0) != c.year - 1:
        c.fail("year_mismatch", f"同比 base {y0}")
    c.arith("rate_mismatch", dec, lambda a, b: (1 - a / b) * 100, [ppl, p0], "同比下降")
    visit = c.one(r"接待参观群众([\d.]+)万人次").group(1)
    sat = c.one(r"社会公众满意度为([\d.]+)%").group(1)
    ptotal, pgrade = c.one(r"综合得分([\d.]+)分，评价等级为" + GRADE_RE).groups()
    goals = c.one(r"测震台数据连续率不低于([\d.]+)%；预警终端故障修复时长控制在(\d+)小时以内；测震台单站运维成本不超过([\d.]+)万元/站·年；"
                  r"开展科普讲座进社区、进学校不少于(\d+)场；演练参与人数不少于(\d+)万人次，科普馆接待不少于(\d+)万人次，"
                  r"社会公众满意度不低于(\d+)%").groups()
    c.arith("sum_mismatch", short, lambda a, b: a - b, [goals[3], lec], "讲座差额")

    reg = c.region("附件1：项目支出绩效自评表")
    names = ["测震台站运维数量", "测震台数据连续率", "科普讲座进社区进学校", "预警终端故障修复时长", "测震台单站运维成本",
             "演练参与人数", "科普馆接待人数", "社会公众满意度"]
    rows = {}
    for nm in names:
        w, tg, ac, cp, s = cells_after(find_line(c, reg, nm), nm, "space")
        rows[nm] = Row(nm, tg, ac, w, s, completion=cp)
        check_row(c, rows[nm])
    w, tg, ac, cp, s = cells_after(find_line(c, reg, "预算执行率"), "预算执行率", "space")
    ex = Row("预算执行率", tg, ac, w, s, completion=cp)
    check_exec(c, ex, r4[0], r2[0])
    c.same(ac.rstrip("%"), r7[0], "执行率 table vs funds table")
    tl = cells_after(find_line(c, reg, "合计"), "合计", "space")
    if tl[0] != "100":
        c.fail("weight_sum_mismatch", "权重合计 not 100")
    check_table(c, list(rows.values()) + [ex], [tl[1], ptotal], [(ptotal, pgrade)])
    c.same(ptotal, tl[1], "total text vs table")
    q = lambda nm, f="actual": parse_q(getattr(rows[nm], f))
    c.same(n1, q("测震台站运维数量")["num"], "测震台数")
    c.same(r_1, q("测震台数据连续率")["num"], "连续率")
    c.same(lec, q("科普讲座进社区进学校")["num"], "讲座")
    c.same(fix, q("预警终端故障修复时长")["num"], "修复时长", fix_u, q("预警终端故障修复时长")["unit"])
    c.same(per, q("测震台单站运维成本")["num"], "单站运维成本")
    c.same(ppl, q("演练参与人数")["num"], "参与人数")
    c.same(visit, q("科普馆接待人数")["num"], "科普馆接待")
    c.same(sat, q("社会公众满意度")["num"], "满意度")
    for v, nm in zip([goals[0], goals[1], goals[2], goals[3], goals[4], goals[5], goals[6]],
                     ["测震台数据连续率", "预警终端故障修复时长", "测震台单站运维成本", "科普讲座进社区进学校",
                      "演练参与人数", "科普馆接待人数", "社会公众满意度"]):
        c.same(v, q(nm, "target")["num"], f"target {nm}")


CHECKS = {build.A: (check_A, 2018), build.B: (check_B, 2019), build.C: (check_C, 2021),
          build.D: (check_D, 2023), build.E: (check_E, 2024)}


def run_checks(src, text):
    fn, year = CHECKS[src]
    c = Ctx(text, year)
    try:
        fn(c)
    except (ParseError, ArithmeticError, ValueError, IndexError, KeyError) as e:
        c.fail("parse", f"{type(e).__name__}: {e}")
    return c.fails


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 labels, got {len(labels)}")
    code_count = {k: 0 for k in CODES13}
    where_count = {"prose": 0, "table": 0}
    edits = {(e[0], e[1]): e for e in build.EDITS}
    cleans = {}
    for rec in labels:
        if set(rec) != {"case", "source", "clean", "expected"}:
            problems.append(f"{rec.get('case')}: keys {sorted(rec)}")
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            problems.append(f"missing {rec['case']}")
            continue
        text = open(path, encoding="utf-8").read()
        src = rec["source"]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expectations")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{rec['case']}: length {n} outside 2800–3400")
            fails = run_checks(src, text)
            for code, msg in fails:
                problems.append(f"{rec['case']}: clean draft fails {code}: {msg}")
            cleans[src] = text
    for rec in labels:
        if rec["clean"]:
            continue
        src = rec["source"]
        path = os.path.join(CASES, rec["case"])
        text = open(path, encoding="utf-8").read()
        clean = cleans[src]
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        if lab.get("severity") != "error" or code not in CODES13:
            problems.append(f"{rec['case']}: bad code/severity {code}/{lab.get('severity')}")
            continue
        code_count[code] += 1
        n = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        e = edits[(src, n)]
        where_count[e[3]] += 1
        # value occurs, one contiguous difference overlapping it
        if value not in text:
            problems.append(f"{rec['case']}: value {value!r} not in case")
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        lo, hi = p, len(text) - s
        if lo >= hi:
            problems.append(f"{rec['case']}: no difference from clean draft")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < hi and lo < o + len(value) for o in occ):
            problems.append(f"{rec['case']}: difference [{lo},{hi}) does not overlap value")
        if clean.replace(e[4], e[5]) != text:
            problems.append(f"{rec['case']}: case is not its clean draft with the single edit")
        # the changed figure appears once in the clean draft (twice or more for conflicting_values)
        fc = clean.count(e[7])
        if code == "conflicting_values":
            if fc < 2:
                problems.append(f"{rec['case']}: conflicting figure {e[7]!r} occurs {fc}× in clean draft")
        elif fc != 1:
            problems.append(f"{rec['case']}: figure {e[7]!r} occurs {fc}× in clean draft")
        # arithmetic
        fails = run_checks(src, text)
        codes = {f[0] for f in fails}
        if code not in codes:
            problems.append(f"{rec['case']}: labelled {code} does not fail (fails: {sorted(codes)})")
        other = sorted(x for x in codes if x != code and x not in WARNINGS)
        if other:
            msgs = [m for k, m in fails if k in other]
            problems.append(f"{rec['case']}: other error-level failures {other}: {msgs}")
        print(f"{rec['case']:45s} {code:22s} {e[3]:5s} fails={sorted(codes)}")
    for k, v in code_count.items():
        if v < 2:
            problems.append(f"code {k} used {v}× (< 2)")
    print("per code:", json.dumps(code_count, ensure_ascii=False))
    print("where:", where_count)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
