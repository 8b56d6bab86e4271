#!/usr/bin/env python3
"""Verify drafts553: re-read every figure from the case texts and redo the arithmetic.

Standard library + decimal only. For every case the script extracts the figures of its
draft (regexes anchored on words, table rows rebuilt from one-cell-a-line copies), runs
the identities of rules.md §7 with the tolerance of §8, and collects the error codes that
fail. A clean draft must fail nothing; an error case must fail exactly its labelled code.
It also checks the labels: value occurs exactly once, the case differs from its clean draft
by one contiguous edit of at most 40 characters that overlaps the value, and every code of
errors.md §A is used at least twice. Prints OK at the end when all holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

N = r"[0-9]+(?:\.[0-9]+)?"          # a number as written
M = rf"{N}(?:万元|亿元|元)"          # a money amount with its unit
EPS = D("1e-9")
FACTORS = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class Extract(Exception):
    pass


# ----------------------------------------------------------------------------- quantities
class Q:
    """A stated number: value in a base unit (万元 for money, % for rates) and its tolerance."""

    def __init__(self, v, tol, s, money=False):
        self.v, self.tol, self.s, self.money = v, tol, s, money

    def __repr__(self):
        return f"Q({self.s})"


def decimals(s):
    m = re.search(r"\.(\d+)", s)
    return len(m.group(1)) if m else 0


def half_unit(s):
    return D("0.5") * (D(10) ** -decimals(s))


def q_num(s):
    m = re.search(N, s)
    if not m:
        raise Extract(f"no number in {s!r}")
    return Q(D(m.group(0)), half_unit(m.group(0)), s)


def q_money(s, default="万元"):
    m = re.fullmatch(rf"\s*约?({N})\s*(万元|亿元|元)?\s*", s)
    if not m:
        raise Extract(f"not an amount: {s!r}")
    num, unit = m.group(1), m.group(2) or default
    f = {"万元": D(1), "亿元": D(10000), "元": D("0.0001")}[unit]
    return Q(D(num) * f, half_unit(num) * f, s, money=True)


def q_pct(s):
    """'97.47%', '100' (under a (%) header), '0'; None for '—' or an empty cell."""
    s = s.strip()
    if s in ("—", "-", ""):
        return None
    m = re.fullmatch(rf"({N})\s*%?", s)
    if not m:
        raise Extract(f"not a percentage: {s!r}")
    return Q(D(m.group(1)), half_unit(m.group(1)), s)


def zero():
    return Q(D(0), D(0), "0", money=True)


def cell_money(s):
    """A money table cell; blank means 0."""
    return zero() if s.strip() in ("", "—") else q_money(s)


def close(c, q, extra=D(0)):
    return abs(c - q.v) <= q.tol + extra + EPS


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


# ----------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, name, text, errors=None, warnings=None):
        self.name, self.t = name, text
        self.errors = [] if errors is None else errors
        self.warnings = [] if warnings is None else warnings

    # --- extraction
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise Extract(f"{self.name}: {pat!r} matched {len(ms)} times")
        return ms[0]

    def g(self, pat):
        m = self.one(pat)
        return m.group(1) if len(m.groups()) == 1 else m.groups()

    def section(self, start, end=None):
        s = self.one(start).end()
        e = len(self.t) if end is None else s + re.search(end, self.t[s:]).start()
        return Ctx(self.name, self.t[s:e], self.errors, self.warnings)

    def row(self, anchor, n):
        """The n lines (stripped) after the line(s) equal to anchor, which must occur once."""
        lines = [ln.strip() for ln in self.t.split("\n")]
        a = anchor.split("\n")
        hits = [i for i in range(len(lines) - len(a) + 1) if lines[i:i + len(a)] == a]
        if len(hits) != 1:
            raise Extract(f"{self.name}: row anchor {anchor!r} found {len(hits)} times")
        i = hits[0] + len(a)
        return lines[i:i + n]

    # --- findings
    def flag(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # --- identities
    def _rescue(self, stated, inputs, f):
        """True when rescaling one money figure by 10^±4 / 10^±8 makes the identity hold."""
        for k in FACTORS:
            if stated.money and close(f([x.v for x in inputs]), Q(stated.v * k, stated.tol * k, stated.s)):
                return True
            for i, x in enumerate(inputs):
                if not x.money:
                    continue
                vals = [y.v for y in inputs]
                vals[i] = vals[i] * k
                try:
                    if close(f(vals), stated):
                        return True
                except ArithmeticError:
                    pass
        return False

    def ident(self, code, stated, inputs, f, what):
        """stated ≈ f(inputs); on failure unit_mismatch when one amount is off by 10^4/10^8."""
        c = f([x.v for x in inputs])
        if close(c, stated):
            return True
        if self._rescue(stated, inputs, f):
            self.flag("unit_mismatch", f"{what}: {stated.s} only fits with one amount rescaled")
        else:
            self.flag(code, f"{what}: stated {stated.s}, computed {c}")
        return False

    def total(self, total, parts, what, code="sum_mismatch"):
        return self.ident(code, total, parts, lambda v: sum(v, D(0)), what)

    def same(self, a, b, what, code="conflicting_values"):
        if abs(a.v - b.v) <= max(a.tol, b.tol) + EPS:
            return True
        if (a.money or b.money) and any(abs(a.v * k - b.v) <= max(a.tol * k, b.tol) + EPS or
                                        abs(a.v - b.v * k) <= max(a.tol, b.tol * k) + EPS for k in FACTORS):
            self.flag("unit_mismatch", f"{what}: {a.s} vs {b.s}, off by a power of ten")
        else:
            self.flag(code, f"{what}: {a.s} vs {b.s}")
        return False

    def same_text(self, a, b, what):
        if a != b:
            self.flag("conflicting_values", f"{what}: {a!r} vs {b!r}")

    def rate(self, stated, num, den, what, bounded=True):
        """Rate = num / den × 100 (I1/I2); zero base and >100% are implausible_rate (I5)."""
        p = q_pct(stated) if isinstance(stated, str) else stated
        if p is None:
            return
        if den.v == 0:
            if p.v != 0:
                self.flag("implausible_rate", f"{what}: {p.s} on a zero base")
            return
        if bounded and (p.v > 100 + p.tol or p.v < 0):
            self.flag("implausible_rate", f"{what}: {p.s} outside 0–100%")
            return
        c = num.v / den.v * 100
        if bounded and c > 100 + EPS and close(c, p):
            self.flag("implausible_rate", f"{what}: {c}% (spent above the base)")
            return
        self.ident("rate_mismatch", p, [num, den], lambda v: v[0] / v[1] * 100, what)

    def pct_bound(self, s, what):
        p = q_pct(s)
        if p is not None and (p.v > 100 or p.v < 0):
            self.flag("implausible_rate", f"{what}: {s}")

    def balance(self, stated, a, b, what):
        self.ident("balance_mismatch", stated, [a, b], lambda v: v[0] - v[1], what)

    def average(self, stated, parts, what):
        self.ident("average_mismatch", stated, parts, lambda v: sum(v, D(0)) / len(v), what)

    def per_unit(self, per, count, subtotal, what):
        """subtotal = count × per-station average (the 平均每站 figure): average_mismatch."""
        self.ident("average_mismatch", per, [subtotal, count], lambda v: v[0] / v[1], what)

    def exec_score(self, score_s, weight_s, rate_q, num, den, what):
        w, s = q_num(weight_s), q_num(score_s)
        exact = w.v * min(num.v / den.v, D(1))
        printed = w.v * min(rate_q.v / 100, D(1))
        if not (close(r2(exact), s) or close(r2(printed), s)):
            self.warn("score_rule_mismatch", f"{what}: score {score_s}, rule gives {r2(exact)}")
        if s.v > w.v or s.v < 0:
            self.flag("score_exceeds_weight", f"{what}: {score_s} > {weight_s}")

    def grade(self, total_s, grade_s, what):
        t = D(total_s)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        label = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
                 "合格": "中", "差": "差", "较差": "差", "不合格": "差"}[grade_s]
        if label != band:
            self.flag("grade_mismatch", f"{what}: {total_s} is {band}, stated {grade_s}")

    def year_is(self, y, Y, what):
        if int(y) != Y:
            self.flag("year_mismatch", f"{what}: {y} in a {Y} report")

    def year_after(self, y, Y, what):
        if int(y) <= Y:
            self.flag("year_mismatch", f"{what}: carried over to {y} from {Y}")

    def issued(self, y, m, Y, what):
        if not (int(y) == Y or (int(y) == Y - 1 and int(m) == 12)):
            self.flag("year_mismatch", f"{what}: issued {y}-{m} for {Y}")


# ----------------------------------------------------------------------------- indicators
DIRS = [("≥", "gte"), ("＞＝", "gte"), (">=", "gte"), ("不低于", "gte"), ("不少于", "gte"),
        ("≤", "lte"), ("＜＝", "lte"), ("<=", "lte"), ("不高于", "lte"), ("不超过", "lte"),
        ("＝", "eq"), ("=", "eq")]
QUAL = {"达成年度指标": (D("0.8"), D("1")), "部分达成年度指标并具有一定效果": (D("0.6"), D("0.8")),
        "未达成年度指标且效果较差": (D("0"), D("0.6"))}


def split_target(s):
    s = s.strip()
    direction = "eq"
    for sign, d in DIRS:
        if s.startswith(sign):
            direction, s = d, s[len(sign):].strip()
            break
    m = re.fullmatch(rf"({N})\s*(\S*)", s)
    if not m:
        return direction, None, s
    return direction, q_num(m.group(1)), m.group(2)


def indicator(ctx, name, target, actual, weight, score, completion=None, unit=None, sign=None,
              rate_unit=("%",)):
    """One indicator row: score ≤ weight, units, completion, score rule. Returns (w, s)."""
    w, s = q_num(weight), q_num(score)
    if s.v > w.v or s.v < 0:
        ctx.flag("score_exceeds_weight", f"{name}: 得分 {score} > 分值 {weight}")
    if sign == "定性" or actual in QUAL:
        lo, hi = QUAL.get(actual, (D(0), D(1)))
        if not (lo * w.v - EPS <= s.v <= hi * w.v + EPS) or (hi < 1 and s.v >= hi * w.v):
            ctx.warn("score_rule_mismatch", f"{name}: {score} outside the band of {actual}")
        if completion not in (None, "—", ""):
            ctx.warn("completion_on_qualitative", name)
        return w, s
    if sign is not None:                       # Sichuan: sign, bare numbers, unit column
        target = sign.replace("＝", "=") + target + unit
        actual = actual + unit
    direction, T, tu = split_target(target)
    _, A, au = split_target(actual)
    if T is None or A is None:
        raise Extract(f"{ctx.name}: cannot read row {name}: {target!r} / {actual!r}")
    if tu != au:
        ctx.flag("unit_mismatch", f"{name}: target {target} vs actual {actual}")
        return w, s
    if au in rate_unit and A.v > 100:
        ctx.flag("implausible_rate", f"{name}: actual {actual}")
    if direction == "lte":
        comp = D(100) if A.v <= T.v else T.v / A.v * 100
    elif T.v == 0:
        comp = D(100) if A.v <= 0 else D(0)
    else:
        comp = A.v / T.v * 100
    ratio = min(comp / 100, D(1))
    if completion not in (None, "—", ""):
        c = q_pct(completion)
        if not close(comp, c):
            ctx.flag("completion_mismatch", f"{name}: 完成率 {completion}, computed {r2(comp)}")
        alt = w.v * min(c.v / 100, D(1))
    else:
        alt = None
    rule = r2(w.v * ratio)
    if not (close(rule, s) or (alt is not None and close(r2(alt), s))):
        ctx.warn("score_rule_mismatch", f"{name}: {score}, rule gives {rule}")
    return w, s


def level_sums(ctx, rows, level_weight, level_score, what):
    """Σ row weights = level weight (I6) and Σ row scores = level score (I7)."""
    if level_weight is not None:
        ctx.total(level_weight, [w for w, _ in rows], f"{what} weights", "weight_sum_mismatch")
    if level_score is not None:
        ctx.total(level_score, [s for _, s in rows], f"{what} scores", "score_sum_mismatch")


def Qi(n):
    return Q(D(n), D(0), str(n))


# ============================================================================= drafts
def check_xinyang(c):
    Y = 2020
    c.year_is(c.g(r"\n(\d{4})年度水文测站运行维护经费\n"), Y, "title")
    c.year_is(c.g(r"\n年度\n(\d{4})年\n"), Y, "table 年度")
    c.year_is(c.g(r"附件\n(\d{4})年度项目支出绩效自评表"), Y, "table title")
    c.year_is(c.g(r"表1  (\d{4})年度测站运行维护费用构成"), Y, "表1")
    c.year_is(c.g(r"截至(\d{4})年12月31日"), Y, "截至")
    c.year_is(c.g(r"资金于(\d{4})年1月至9月分四批下达"), Y, "下达")
    c.year_after(c.g(r"结转至(\d{4})年"), Y, "结转")
    c.year_is(c.g(r"根据《河南省财政厅关于开展(\d{4})年度"), Y, "通知")
    c.year_is(c.g(r"我局对(\d{4})年度水文测站运行维护经费开展了单位自评"), Y, "自评对象")
    # prose funds
    yy, init_p = c.g(rf"(\d{{4}})年年初预算({M})，全部为省级财政拨款")
    c.year_is(yy, Y, "年初预算")
    init_p = q_money(init_p)
    add = q_money(c.g(rf"追加汛后水毁修复资金({M})"))
    carry_p = q_money(c.g(rf"加上年结转资金({M})"))
    annual_p = q_money(c.g(rf"，全年预算({M})。"))
    recv = q_money(c.g(rf"实际到位({M})"))
    recv_rate = c.g(rf"到位率({N}%)")
    spent_p = q_money(c.g(rf"项目实际支出({M})"))
    rate_p = c.g(rf"预算执行率({N}%)")
    bal = q_money(c.g(rf"年末结余({M})"))
    fiscal_spent_p = q_money(c.g(rf"其中当年财政拨款支出({M})"))
    carry_spent_p = q_money(c.g(rf"上年结转资金({M})全部支出"))
    ly_b, ly_s, ly_r = c.g(rf"本项目全年预算({M})、执行({M})，执行率({N}%)")
    approx, share = c.g(rf"测站运行维护支出(约{N}万元)，占全年支出的({N}%)")
    rain_n, rain_per, rain_tot = c.g(rf"雨量站(\d+)处，按每站({M})标准支付运维费({M})")
    # funds block
    tot = c.row("年度资金总额", 6)
    fis = c.row("其中：当年财政拨款", 6)
    car = c.row("上年结转资金", 6)
    oth = c.row("其他资金", 6)
    for i, col in enumerate(["年初", "全年", "执行"]):
        c.total(cell_money(tot[i]), [cell_money(fis[i]), cell_money(car[i]), cell_money(oth[i])], f"funds {col}")
    c.total(cell_money(fis[1]), [cell_money(fis[0]), add], "当年财政拨款 年初 + 追加")
    c.total(annual_p, [init_p, add, carry_p], "全年预算 = 年初 + 追加 + 结转")
    for nm, r in [("总额", tot), ("当年财政拨款", fis), ("上年结转", car), ("其他资金", oth)]:
        c.rate(r[4], cell_money(r[2]), cell_money(r[1]), f"{nm} 执行率")
    c.exec_score(tot[5], tot[3], q_pct(tot[4]), cell_money(tot[2]), cell_money(tot[1]), "执行率得分")
    c.same(init_p, cell_money(tot[0]), "年初预算")
    c.same(annual_p, cell_money(tot[1]), "全年预算")
    c.same(carry_p, cell_money(car[1]), "上年结转")
    c.same(spent_p, cell_money(tot[2]), "全年执行")
    c.same(fiscal_spent_p, cell_money(fis[2]), "当年财政拨款支出")
    c.same(carry_spent_p, cell_money(car[2]), "上年结转支出")
    c.same(carry_spent_p, cell_money(car[1]), "上年结转 全部支出")
    c.same(q_pct(rate_p), q_pct(tot[4]), "执行率 text/table")
    c.rate(rate_p, spent_p, annual_p, "执行率 (text)")
    c.rate(recv_rate, recv, annual_p, "到位率")
    c.rate(ly_r, q_money(ly_s), q_money(ly_b), "2019 执行率 (last year)")
    c.balance(bal, recv, spent_p, "结余 = 到位 − 执行")
    # stations (表1)
    kinds = {}
    for k in ["国家基本水文站", "水位站", "雨量站", "墒情站", "地下水监测站"]:
        n, per, sub = c.row(k, 3)
        kinds[k] = (Qi(n), q_money(per), q_money(sub))
        c.per_unit(q_money(per), Qi(n), q_money(sub), f"表1 {k}")
    sub_n, _, sub_amt = c.row("测站运维小计", 3)
    c.total(q_money(sub_amt), [v[2] for v in kinds.values()], "测站运维小计")
    c.total(Qi(sub_n), [v[0] for v in kinds.values()], "测站数量小计")
    others = [q_money(c.row(k, 3)[2]) for k in ["水毁测站修复", "缆道及测验设施安全检测", "通信及数据传输费"]]
    grand = q_money(c.row("合计", 3)[2])
    c.total(grand, [q_money(sub_amt)] + others, "表1 合计")
    c.same(grand, cell_money(tot[2]), "表1 合计 vs 全年执行")
    c.same(q_money(approx), q_money(sub_amt), "约360万元")
    c.rate(share, q_money(sub_amt), grand, "测站运维占比")
    c.same(Qi(rain_n), kinds["雨量站"][0], "雨量站数量")
    c.same(q_money(rain_per), kinds["雨量站"][1], "雨量站每站标准")
    c.per_unit(q_money(rain_per), Qi(rain_n), q_money(rain_tot), "雨量站运维费 (text)")
    c.same(q_money(rain_tot), kinds["雨量站"][2], "雨量站运维费 text/表1")
    c.same(Qi(c.g(r"等流域的水文监测，管辖.*?共(\d+)处")), Qi(sub_n), "测站总数 (概况)")
    # indicators
    rows = {}
    for k in ["运行维护测站数量", "水毁测站修复数量", "水文测报数据到报率", "水文资料整编合格率", "到报率",
              "雨量站年均运维成本", "为防汛调度提供水情服务", "重大水情漏报、错报", "测站设施设备完好率",
              "防汛部门及用水户满意度"]:
        T, A, W, S = c.row(k, 4)
        rows[k] = (T, A, indicator(c, k, T, A, W, S))
    out = [rows[k][2] for k in ["运行维护测站数量", "水毁测站修复数量", "水文测报数据到报率", "水文资料整编合格率",
                                "到报率", "雨量站年均运维成本"]]
    ben = [rows[k][2] for k in ["为防汛调度提供水情服务", "重大水情漏报、错报", "测站设施设备完好率"]]
    sat = [rows["防汛部门及用水户满意度"][2]]
    tw, ts = c.row("总分", 2)
    allw = [q_num(tot[3])] + [w for w, _ in out + ben + sat]
    alls = [q_num(tot[5])] + [s for _, s in out + ben + sat]
    c.total(q_num(tw), allw, "Σ 分值", "weight_sum_mismatch")
    c.total(q_num(ts), alls, "Σ 得分", "score_sum_mismatch")
    total_p, exec_p, out_p, ben_p, sat_p, grade = c.g(
        rf"项目自评得分({N})分，其中预算执行率得分({N})分、产出指标得分({N})分、效益指标得分({N})分、"
        rf"满意度指标得分({N})分，评价等级为“(.)”")
    c.same(q_num(total_p), q_num(ts), "总分 text/table")
    c.same(q_num(exec_p), q_num(tot[5]), "执行率得分 text/table")
    level_sums(c, out, None, q_num(out_p), "产出")
    level_sums(c, ben, None, q_num(ben_p), "效益")
    level_sums(c, sat, None, q_num(sat_p), "满意度")
    c.total(q_num(total_p), [q_num(exec_p), q_num(out_p), q_num(ben_p), q_num(sat_p)], "Σ 一级得分", "score_sum_mismatch")
    c.grade(ts, grade, "等级")
    # outputs restated in the text
    fixed, a, b, d3 = c.g(r"修复水毁测站(\d+)处，分别为.*?的(\d+)处、(\d+)处、(\d+)处")
    c.total(Qi(fixed), [Qi(a), Qi(b), Qi(d3)], "水毁修复 分别")
    c.same(Qi(fixed), q_num(rows["水毁测站修复数量"][1]), "修复数量 text/table")
    dr, wet, dry = c.g(rf"水文测报数据到报率({N}%)，其中汛期({N}%)、非汛期({N}%)")
    for x in (dr, wet, dry):
        c.pct_bound(x, "到报率")
    c.same(q_pct(dr), q_num(rows["水文测报数据到报率"][1]), "到报率 text/table")
    a15, comp15, t15 = c.g(rf"15分钟内到报率({N}%)，完成率({N}%)，未达到({N}%)的目标")
    c.same(q_pct(a15), q_num(rows["到报率"][1]), "15分钟到报率 text/table")
    c.same(q_pct(t15), q_num(rows["到报率"][0]), "15分钟到报率目标")
    c.ident("completion_mismatch", q_pct(comp15), [q_pct(a15), q_pct(t15)], lambda v: v[0] / v[1] * 100, "完成率 (text)")
    rc, rcap = c.g(rf"雨量站年均运维成本({N})元/站，控制在({N})元/站以内")
    c.same(q_num(rc), q_num(rows["雨量站年均运维成本"][1]), "雨量站成本 text/table")
    c.same(q_money(rc + "元"), kinds["雨量站"][1], "雨量站成本 vs 表1 平均每站")
    c.same(q_num(rcap), q_num(rows["雨量站年均运维成本"][0]), "雨量站成本目标")
    sv, over = c.g(rf"提供水情服务(\d+)次，比目标多({N}%)")
    c.same(Qi(sv), q_num(rows["为防汛调度提供水情服务"][1]), "水情服务 text/table")
    c.ident("completion_mismatch", q_pct(over), [Qi(sv), q_num(rows["为防汛调度提供水情服务"][0])],
            lambda v: (v[0] - v[1]) / v[1] * 100, "超出目标")
    c.same(q_pct(c.g(rf"测站设施设备完好率({N}%)。")), q_num(rows["测站设施设备完好率"][1]), "完好率")
    sat_t = c.g(rf"满意度({N}%)。")
    c.pct_bound(sat_t, "满意度")
    c.same(q_pct(sat_t), q_num(rows["防汛部门及用水户满意度"][1]), "满意度 text/table")
    c.same(Qi(sub_n), q_num(rows["运行维护测站数量"][1]), "测站数量 表1/自评表")
    c.same(Qi(c.g(r"（一）产出情况\n(\d+)处测站全年运行正常")), Qi(sub_n), "测站数量 (产出)")
    c.year_after(c.g(r"\n(\d{4})年3月12日"), Y, "report date")


def check_yichang(c):
    Y = 2019
    c.year_is(c.g(r"\n(\d{4})年度中小河流水文监测系统运行维护项目\n"), Y, "title")
    c.year_is(c.g(r"\n(\d{4})年度项目支出绩效自评表"), Y, "table title")
    c.year_is(c.g(r"关于开展(\d{4})年度市级预算"), Y, "通知")
    yy, spent_open = c.g(rf"运行维护项目(\d{{4}})年实际支出的({M})")
    c.year_is(yy, Y, "opening")
    yy, init_p, prov, city, carry_p, annual_p = c.g(
        rf"(\d{{4}})年年初预算({M})，均为当年财政拨款，其中省级中小河流水文监测系统运行维护补助({M})、"
        rf"市级配套({M})；加上年结转资金({M})，全年预算({M})。")
    c.year_is(yy, Y, "年初预算")
    init_p, prov, city, carry_p, annual_p = map(q_money, (init_p, prov, city, carry_p, annual_p))
    c.total(init_p, [prov, city], "年初 = 省级 + 市级")
    c.total(annual_p, [init_p, carry_p], "全年 = 年初 + 结转")
    c.issued(*c.g(r"省级补助于(\d{4})年(\d+)月提前下达"), Y, "省级补助")
    c.issued(*c.g(r"市级配套于(\d{4})年(\d+)月拨付"), Y, "市级配套")
    recv, recv_rate = c.g(rf"全年实际到位({M})，资金到位率({N}%)")
    recv = q_money(recv)
    c.rate(recv_rate, recv, annual_p, "到位率")
    spent_p, rate_p = c.g(rf"全年实际支出({M})，预算执行率({N}%)")
    spent_p = q_money(spent_p)
    c.rate(rate_p, spent_p, annual_p, "执行率 (text)")
    bal, yr = c.g(rf"未支出的({M})为第四季度第三方巡检尾款，已结转至(\d{{4}})年支付")
    c.balance(q_money(bal), recv, spent_p, "未支出 = 到位 − 执行")
    c.year_after(yr, Y, "结转")
    st, eq, comm, insp, emer = map(q_money, c.g(
        rf"测站运维支出({M})（表1），其余为设备更换及备品备件({M})、通信费({M})、第三方巡检服务({M})、汛期应急抢修({M})"))
    c.total(spent_p, [st, eq, comm, insp, emer], "支出构成")
    c.year_is(c.g(r"核定，(\d{4})年测站运维支出"), Y, "测站运维支出")
    # 表1
    kinds = {}
    for k in ["中小河流水文站", "自动水位站", "自动雨量站", "视频监控站"]:
        n, per, amt = c.row(k, 3)
        kinds[k] = (Qi(n), q_money(per), q_money(amt))
        c.per_unit(q_money(per), Qi(n), q_money(amt), f"表1 {k}")
    hn, _, hamt = c.row("合计", 3)
    c.total(q_money(hamt), [v[2] for v in kinds.values()], "表1 合计")
    c.total(Qi(hn), [v[0] for v in kinds.values()], "表1 测站数")
    c.same(st, q_money(hamt), "测站运维支出 text/表1")
    cnt = c.g(r"现有各类测站(\d+)处，其中中小河流水文站(\d+)处、自动水位站(\d+)处、自动雨量站(\d+)处、视频监控站(\d+)处")
    c.total(Qi(cnt[0]), [Qi(x) for x in cnt[1:]], "测站构成 (概况)")
    for k, x in zip(kinds, cnt[1:]):
        c.same(Qi(x), kinds[k][0], f"{k} 数量")
    c.same(Qi(c.g(r"年度目标：保障(\d+)处测站")), Qi(hn), "年度目标 测站数")
    # funds block
    tot = c.row("年度资金总额", 6)
    fis = c.row("其中：当年财政拨款", 6)
    car = c.row("上年结转资金", 6)
    oth = c.row("其他资金", 6)
    for i, col in enumerate(["年初", "全年", "执行"]):
        c.total(cell_money(tot[i]), [cell_money(fis[i]), cell_money(car[i]), cell_money(oth[i])], f"funds {col}")
    for nm, r in [("总额", tot), ("当年财政拨款", fis), ("上年结转", car), ("其他资金", oth)]:
        c.rate(r[4], cell_money(r[2]), cell_money(r[1]), f"{nm} 执行率")
    c.exec_score(tot[5], tot[3], q_pct(tot[4]), cell_money(tot[2]), cell_money(tot[1]), "执行率得分 (20分)")
    c.same(init_p, cell_money(tot[0]), "年初预算")
    c.same(init_p, cell_money(fis[1]), "当年财政拨款 (无调整)")
    c.same(annual_p, cell_money(tot[1]), "全年预算")
    c.same(carry_p, cell_money(car[1]), "上年结转")
    c.same(spent_p, cell_money(tot[2]), "全年执行")
    c.same(q_money(spent_open), cell_money(tot[2]), "opening 实际支出")
    c.same(q_pct(rate_p), q_pct(tot[4]), "执行率 text/table")
    # indicator blocks
    b1n, b1w = c.g(r"目标1：保障(\d+)处测站稳定运行（(\d+)分）")
    b2w = c.g(r"目标2：为防汛抗旱提供数据服务（(\d+)分）")
    b3w = c.g(r"目标3：服务对象满意（(\d+)分）")
    c.same(Qi(b1n), Qi(hn), "目标1 测站数")
    rows = {}
    for k in ["运行维护测站数量", "设备巡检频次", "遥测数据畅通率", "故障站点48小时内修复率", "单站年均运维成本",
              "测站设备完好率", "发布中小河流水情预警", "数据支撑防汛决策", "数据共享单位数量", "防汛部门满意度"]:
        T, A, W, S = c.row(k, 4)
        rows[k] = (T, A, indicator(c, k, T, A, W, S))
    blk1 = [rows[k][2] for k in ["运行维护测站数量", "设备巡检频次", "遥测数据畅通率", "故障站点48小时内修复率",
                                 "单站年均运维成本", "测站设备完好率"]]
    blk2 = [rows[k][2] for k in ["发布中小河流水情预警", "数据支撑防汛决策", "数据共享单位数量"]]
    blk3 = [rows["防汛部门满意度"][2]]
    level_sums(c, blk1, Qi(b1w), None, "目标1")
    level_sums(c, blk2, Qi(b2w), None, "目标2")
    level_sums(c, blk3, Qi(b3w), None, "目标3")
    trow = c.row("总分", 8)
    tw, ts = trow[5], trow[6]
    c.total(q_num(tw), [q_num(tot[3]), Qi(b1w), Qi(b2w), Qi(b3w)], "Σ 分值", "weight_sum_mismatch")
    c.total(q_num(ts), [q_num(tot[5])] + [s for _, s in blk1 + blk2 + blk3], "Σ 得分", "score_sum_mismatch")
    c.same(q_num(rows["运行维护测站数量"][1]), Qi(hn), "测站数量 自评表/表1")
    ew, gw, total_p, grade = c.g(rf"预算执行率(\d+)分、三个年度目标合计(\d+)分，自评得分({N})分，等级为(.)")
    c.same(Qi(ew), q_num(tot[3]), "执行率分值 text/table")
    c.total(Qi(gw), [Qi(b1w), Qi(b2w), Qi(b3w)], "三个目标合计", "weight_sum_mismatch")
    c.same(q_num(total_p), q_num(ts), "总分 text/table")
    c.grade(ts, grade, "等级")
    # text restatements
    good, flow, fix, cost, cs, cn, cap = c.g(
        rf"全年测站设备完好率({N}%)，遥测数据畅通率({N}%)；故障站点48小时内修复率({N}%)；"
        rf"全局单站年均运维成本({M})（({M})÷(\d+)处），低于({M})的控制目标")
    c.same(q_pct(good), q_num(rows["测站设备完好率"][1]), "完好率")
    c.same(q_pct(flow), q_num(rows["遥测数据畅通率"][1]), "畅通率")
    c.same(q_pct(fix), q_num(rows["故障站点48小时内修复率"][1]), "修复率")
    c.same(q_money(cost), q_money(rows["单站年均运维成本"][1]), "单站成本 text/table")
    c.same(q_money(cap), q_money(rows["单站年均运维成本"][0][1:]), "单站成本目标")
    c.same(q_money(cs), spent_p, "单站成本分子")
    c.same(Qi(cn), Qi(hn), "单站成本分母")
    c.per_unit(q_money(cost), Qi(cn), q_money(cs), "单站年均运维成本")
    n38, n31, n7 = c.g(r"发布中小河流水情预警(\d+)期，比上年的(\d+)期增加(\d+)期")
    c.ident("sum_mismatch", Qi(n7), [Qi(n38), Qi(n31)], lambda v: v[0] - v[1], "比上年增加")
    c.same(Qi(n38), q_num(rows["发布中小河流水情预警"][1]), "预警期数")
    plan, real = c.g(r"数据共享单位计划(\d+)家，实际(\d+)家")
    c.same(Qi(plan), q_num(rows["数据共享单位数量"][0][1:]), "共享单位计划")
    c.same(Qi(real), q_num(rows["数据共享单位数量"][1]), "共享单位实际")
    c.year_after(c.g(r"列入(\d{4})年计划"), Y, "计划")
    c.same(q_pct(c.g(rf"遥测数据畅通率不低于({N}%)")), q_num(rows["遥测数据畅通率"][0][1:]), "畅通率目标")
    c.same(q_pct(c.g(rf"防汛部门满意度达到({N}%)以上")), q_num(rows["防汛部门满意度"][0][1:]), "满意度目标")


def check_jinzhong(c):
    Y = 2022
    c.year_is(c.g(r"项目名称：(\d{4})年度水文站网"), Y, "项目名称")
    cnt = c.g(r"现有国家基本水文站(\d+)处、水位站(\d+)处、雨量站(\d+)处、地下水监测站(\d+)处，共(\d+)处")
    c.total(Qi(cnt[4]), [Qi(x) for x in cnt[:4]], "测站构成")
    yy, pre, cen, py, pm, prov, carry_p, annual_p = c.g(
        rf"(\d{{4}})年预算资金({M})，其中中央水利发展资金({M})（(\d{{4}})年(\d+)月提前下达）、省级资金({M})；"
        rf"另有上年结转资金({M})，全年预算资金({M})。")
    c.year_is(yy, Y, "预算年度")
    c.issued(py, pm, Y, "中央资金提前下达")
    pre, cen, prov, carry_p, annual_p = map(q_money, (pre, cen, prov, carry_p, annual_p))
    c.total(pre, [cen, prov], "预算 = 中央 + 省级")
    c.total(annual_p, [pre, carry_p], "全年 = 预算 + 结转")
    yy, spent_p, rate_p, bal_p, yc = c.g(
        rf"截至(\d{{4}})年12月31日，实际执行({M})，预算执行率({N}%)，结余({M})结转至(\d{{4}})年")
    c.year_is(yy, Y, "截至")
    c.year_after(yc, Y, "结转")
    spent_p, bal_p = q_money(spent_p), q_money(bal_p)
    c.rate(rate_p, spent_p, annual_p, "执行率 (text)")
    c.balance(bal_p, annual_p, spent_p, "结余 (text)")
    # funds table: 行次, total, 小计, 中央, 省, 市, 县区, 结转, 其他
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"]
    R = {k: c.row(k, 10) for k in names}
    cols = ["总额", "小计", "中央", "省级", "市级", "县区", "结转", "其他"]
    for k in names[:5]:
        v = [cell_money(x) for x in R[k][1:]]
        c.total(v[1], v[2:6], f"{k} 小计")
        c.total(v[0], [v[1], v[6], v[7]], f"{k} 总额")
    for j in range(8):
        b2, b3, b4 = (cell_money(R[k][1 + j]) for k in names[1:4])
        c.balance(cell_money(R["资金结余"][1 + j]), b3, b4, f"(5) {cols[j]}")
        c.rate(R["预算到位率"][1 + j], b3, b2, f"(6) {cols[j]}")
        c.rate(R["预算执行率(%)"][1 + j], b4, b2, f"(7) {cols[j]}")
    c.same(pre, cell_money(R["年初预算资金"][1]), "年初")
    c.same(cen, cell_money(R["年初预算资金"][3]), "中央")
    c.same(prov, cell_money(R["年初预算资金"][4]), "省级")
    c.same(carry_p, cell_money(R["全年预算资金"][7]), "上年结转")
    c.same(annual_p, cell_money(R["全年预算资金"][1]), "全年")
    c.same(spent_p, cell_money(R["全年执行资金"][1]), "执行")
    c.same(q_pct(rate_p), q_pct(R["预算执行率(%)"][1]), "执行率")
    c.same(bal_p, cell_money(R["资金结余"][1]), "结余")
    # station costs
    g = c.g(rf"测站运行维护({M})（国家基本水文站(\d+)处，平均每站({M})；水位站(\d+)处，平均每站({M})；"
            rf"雨量站(\d+)处，平均每站({M})；地下水监测站(\d+)处，平均每站({M})），测验设施检定及维修({M})，"
            rf"数据传输及通信({M})。按(\d+)处测站计，单站年均运维成本({M})")
    st = q_money(g[0])
    pairs = [(Qi(g[1]), q_money(g[2])), (Qi(g[3]), q_money(g[4])), (Qi(g[5]), q_money(g[6])), (Qi(g[7]), q_money(g[8]))]
    c.ident("average_mismatch", st, [x for p in pairs for x in p],
            lambda v: sum((v[i] * v[i + 1] for i in range(0, len(v), 2)), D(0)), "Σ 站数 × 平均每站")
    for (n, _), x in zip(pairs, cnt[:4]):
        c.same(n, Qi(x), "测站数")
    c.total(spent_p, [st, q_money(g[9]), q_money(g[10])], "执行构成")
    c.total(Qi(g[11]), [p[0] for p in pairs], "测站总数")
    c.per_unit(q_money(g[12]), Qi(g[11]), st, "单站年均运维成本")
    # summary of level scores
    sm = c.section(r"各一级指标得分如下：", r"三、绩效分析")
    lv = {k: sm.row(k, 2) for k in ["预算执行", "产出指标", "效益指标", "满意度指标", "合计"]}
    total_p, grade = c.g(rf"自评总得分({N})分，属于“(..)”")
    # 附件1
    ax = c.section(r"附件1\.项目支出绩效自评表")
    rows = {}
    for k in ["预算执行率", "国家基本水文站运行数量", "水位站、雨量站运行数量", "地下水监测站运行数量", "报汛数据到报率",
              "测验成果合格率", "水情信息报送及时率", "单站年均运维成本", "提供防汛抗旱水文情报服务", "重点断面水量监测覆盖率",
              "站网设施完好率", "服务对象满意度"]:
        W, T, A, C, S = ax.row(k, 5)
        rows[k] = (T, A, C, W, S)
    T, A, C, W, S = rows.pop("预算执行率")
    c.same(q_pct(A), q_pct(R["预算执行率(%)"][1]), "执行率 附件1/funds")
    c.ident("completion_mismatch", q_pct(C), [q_pct(A), q_pct(T)], lambda v: v[0] / v[1] * 100, "执行率完成率")
    c.exec_score(S, W, q_pct(A), cell_money(R["全年执行资金"][1]), cell_money(R["全年预算资金"][1]), "执行率得分")
    ex = (q_num(W), q_num(S))
    res = {k: indicator(c, k, T_, A_, W_, S_, completion=C_) for k, (T_, A_, C_, W_, S_) in rows.items()}
    out = [res[k] for k in list(rows)[:7]]
    ben = [res[k] for k in list(rows)[7:10]]
    sat = [res["服务对象满意度"]]
    level_sums(c, [ex], q_num(lv["预算执行"][0]), q_num(lv["预算执行"][1]), "预算执行")
    level_sums(c, out, q_num(lv["产出指标"][0]), q_num(lv["产出指标"][1]), "产出")
    level_sums(c, ben, q_num(lv["效益指标"][0]), q_num(lv["效益指标"][1]), "效益")
    level_sums(c, sat, q_num(lv["满意度指标"][0]), q_num(lv["满意度指标"][1]), "满意度")
    lvk = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    c.total(q_num(lv["合计"][0]), [q_num(lv[k][0]) for k in lvk], "Σ 一级分值", "weight_sum_mismatch")
    c.total(q_num(lv["合计"][1]), [q_num(lv[k][1]) for k in lvk], "Σ 一级得分", "score_sum_mismatch")
    if q_num(lv["合计"][0]).v != 100:
        c.flag("weight_sum_mismatch", "合计分值 ≠ 100")
    c.same(q_num(total_p), q_num(lv["合计"][1]), "总得分 text/summary")
    c.grade(lv["合计"][1], grade, "等级")
    c.same(Qi(cnt[0]), q_num(rows["国家基本水文站运行数量"][1]), "水文站数")
    c.total(q_num(rows["水位站、雨量站运行数量"][1]), [Qi(cnt[1]), Qi(cnt[2])], "水位站+雨量站")
    c.same(Qi(cnt[3]), q_num(rows["地下水监测站运行数量"][1]), "地下水站数")
    c.same(q_money(g[12]), q_money(rows["单站年均运维成本"][1]), "单站成本 text/table")
    # 三、绩效分析
    q = c.g(rf"各季度报汛数据到报率分别为({N}%)、({N}%)、({N}%)、({N}%)，全年平均({N}%)")
    for x in q:
        c.pct_bound(x, "季度到报率")
    c.average(q_pct(q[4]), [q_pct(x) for x in q[:4]], "季度平均到报率")
    c.same(q_pct(q[4]), q_num(rows["报汛数据到报率"][1]), "到报率 text/table")
    ok, tgt = c.g(rf"测验成果合格率({N}%)，低于({N}%)的目标")
    c.same(q_pct(ok), q_num(rows["测验成果合格率"][1]), "合格率")
    c.same(q_pct(tgt), q_num(rows["测验成果合格率"][0][1:]), "合格率目标")
    sv, last = c.g(r"水文情报服务(\d+)次（上年(\d+)次）")
    c.same(Qi(sv), q_num(rows["提供防汛抗旱水文情报服务"][1]), "情报服务次数")
    c.same(q_pct(c.g(rf"站网设施完好率({N}%)。")), q_num(rows["站网设施完好率"][1]), "完好率")
    sent, back, back_r, sat_all, s1, s2, s3 = c.g(
        rf"发放问卷(\d+)份，收回(\d+)份，回收率({N}%)；综合满意度({N}%)，其中防汛部门满意度({N}%)、"
        rf"水资源管理部门满意度({N}%)、社会公众满意度({N}%)")
    c.rate(back_r, Qi(back), Qi(sent), "问卷回收率")
    for x in (sat_all, s1, s2, s3):
        c.pct_bound(x, "满意度")
    c.same(q_pct(sat_all), q_num(rows["服务对象满意度"][1]), "满意度 text/table")
    c.same(q_pct(c.g(rf"上年结转资金执行率({N}%)")), q_pct(R["预算执行率(%)"][7]), "结转执行率")
    c.year_after(c.g(r"结转资金于(\d{4})年上半年"), Y, "结转执行")
    gn, gr, gq = c.g(rf"保障(\d+)处测站正常运行，报汛数据到报率不低于({N}%)，测验成果合格率不低于({N}%)")
    c.same(Qi(gn), Qi(cnt[4]), "目标 测站数")
    c.same(Qi(c.g(r"产出情况。(\d+)处测站全年运行")), Qi(cnt[4]), "产出 测站数")
    c.same(q_pct(gr), q_num(rows["报汛数据到报率"][0][1:]), "到报率目标")
    c.same(q_pct(gq), q_num(rows["测验成果合格率"][0][1:]), "合格率目标 (目标)")


def check_dazhou(c):
    Y = 2023
    c.year_is(c.g(r"^(\d{4})年度四川省达州"), Y, "title")
    c.year_is(c.g(r"\n(\d{4})年度项目支出绩效自评表"), Y, "table title")
    c.year_is(c.g(r"下达的(\d{4})年度站网运行计划"), Y, "计划")
    cnt = c.g(r"全局现有测站(\d+)处，其中国家基本水文站(\d+)处、水位站(\d+)处、雨量站(\d+)处、水质自动监测站(\d+)处")
    c.total(Qi(cnt[0]), [Qi(x) for x in cnt[1:]], "测站构成")
    gn, gr, gh, gt = c.g(rf"保障(\d+)处测站全年正常运行，遥测数据到报率不低于({N}%)，故障站点(\d+)小时内修复，完成(\d+)台")
    yy, init_p, fin, unitf, cut, annual_p = c.g(
        rf"(\d{{4}})年年初预算({M})，其中财政资金({M})、单位资金({M})；9月根据压减一般性支出要求调减财政资金({M})，"
        rf"全年预算({M})。")
    c.year_is(yy, Y, "年初预算")
    init_p, fin, unitf, cut, annual_p = map(q_money, (init_p, fin, unitf, cut, annual_p))
    c.total(init_p, [fin, unitf], "年初 = 财政 + 单位")
    c.ident("sum_mismatch", annual_p, [init_p, cut], lambda v: v[0] - v[1], "全年 = 年初 − 调减")
    yy, recv, recv_rate = c.g(rf"(\d{{4}})年2月至10月，市财政分三次下达资金，全年到位({M})，到位率({N}%)")
    c.year_is(yy, Y, "下达")
    c.rate(recv_rate, q_money(recv), annual_p, "到位率")
    yy, spent_p, rate_p, unexec = c.g(rf"截至(\d{{4}})年12月31日，实际支出({M})，预算执行率({N}%)，低于90%；未执行({M})")
    c.year_is(yy, Y, "截至")
    spent_p, unexec = q_money(spent_p), q_money(unexec)
    c.rate(rate_p, spent_p, annual_p, "执行率 (text)")
    c.balance(unexec, annual_p, spent_p, "未执行 = 全年 − 支出")
    c.year_after(c.g(r"已按规定结转至(\d{4})年继续实施"), Y, "结转")
    # expenditure table
    kinds = {}
    for k in ["国家基本水文站", "水位站", "雨量站", "水质自动监测站"]:
        n, per, amt = c.row(k, 3)
        kinds[k] = (Qi(n), q_money(per), q_money(amt))
        c.per_unit(q_money(per), Qi(n), q_money(amt), f"{k}")
    sn, _, samt = c.row("测站运维小计", 3)
    c.total(q_money(samt), [v[2] for v in kinds.values()], "测站运维小计")
    c.total(Qi(sn), [v[0] for v in kinds.values()], "测站数小计")
    for k, x in zip(kinds, cnt[1:]):
        c.same(kinds[k][0], Qi(x), f"{k} 数量")
    others = [q_money(c.row(k, 3)[2]) for k in ["测验设施设备检定", "通信费", "遥测终端更新"]]
    grand = q_money(c.row("合计", 3)[2])
    c.total(grand, [q_money(samt)] + others, "支出合计")
    # funds block
    F = {k: c.row(k, 6) for k in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]}
    parts = ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for i, col in enumerate(["年初", "全年", "执行"]):
        c.total(cell_money(F["年度资金总额"][i]), [cell_money(F[k][i]) for k in parts], f"funds {col}")
    for k, r in F.items():
        c.rate(r[4], cell_money(r[2]), cell_money(r[1]), f"{k} 执行率")
    tot = F["年度资金总额"]
    c.exec_score(tot[5], tot[3], q_pct(tot[4]), cell_money(tot[2]), cell_money(tot[1]), "执行率得分")
    c.same(init_p, cell_money(tot[0]), "年初")
    c.same(fin, cell_money(F["其中：财政资金"][0]), "财政资金 年初")
    c.same(unitf, cell_money(F["单位资金"][0]), "单位资金 年初")
    c.ident("sum_mismatch", cell_money(F["其中：财政资金"][1]), [fin, cut], lambda v: v[0] - v[1], "财政资金 调减")
    c.same(annual_p, cell_money(tot[1]), "全年")
    c.same(spent_p, cell_money(tot[2]), "支出 text/table")
    c.same(grand, cell_money(tot[2]), "支出合计 vs table")
    c.same(q_pct(rate_p), q_pct(tot[4]), "执行率 text/table")
    # indicators: sign, target, unit, actual, weight, score
    rows = {}
    for k in ["运行维护测站数量", "遥测终端更新数量", "遥测数据到报率", "水文资料整编合格率", "故障站点修复时间",
              "雨量站单站年运维费", "发布洪水预警信息", "服务防汛减灾决策", "站网运行管理长效机制"]:
        sg, T, U, A, W, S = c.row(k, 6)
        rows[k] = (sg, T, U, A, indicator(c, k, T, A, W, S, unit=U, sign=sg))
    out = [rows[k][4] for k in list(rows)[:6]]
    ben = [rows[k][4] for k in list(rows)[6:]]
    tw, ts = c.row("总分", 2)
    ew, pw, ow, bw, total_p, grade = c.g(
        rf"预算执行情况(\d+)分，绩效指标(\d+)分（产出指标(\d+)分、效益指标(\d+)分，未设满意度指标），"
        rf"自评得分({N})分，评价等级为(.)")
    c.same(Qi(ew), q_num(tot[3]), "执行分值")
    c.total(Qi(pw), [Qi(ow), Qi(bw)], "绩效指标 90", "weight_sum_mismatch")
    level_sums(c, out, Qi(ow), None, "产出")
    level_sums(c, ben, Qi(bw), None, "效益")
    c.total(q_num(tw), [q_num(tot[3])] + [w for w, _ in out + ben], "Σ 分值", "weight_sum_mismatch")
    c.total(q_num(ts), [q_num(tot[5])] + [s for _, s in out + ben], "Σ 得分", "score_sum_mismatch")
    c.same(q_num(total_p), q_num(ts), "总分 text/table")
    c.grade(ts, grade, "等级")
    # restatements
    c.same(Qi(gn), q_num(rows["运行维护测站数量"][1]), "目标 测站数")
    c.same(q_pct(gr), q_num(rows["遥测数据到报率"][1]), "目标 到报率")
    c.same(Qi(gh), q_num(rows["故障站点修复时间"][1]), "目标 修复时限")
    c.same(Qi(gt), q_num(rows["遥测终端更新数量"][1]), "目标 终端数")
    c.same(Qi(sn), q_num(rows["运行维护测站数量"][3]), "测站数 表/自评表")
    run, done, pct = c.g(rf"(\d+)处测站全年运行；完成遥测终端更新(\d+)台，为计划的({N}%)")
    c.same(Qi(run), q_num(rows["运行维护测站数量"][3]), "运行测站")
    c.same(Qi(done), q_num(rows["遥测终端更新数量"][3]), "终端更新")
    c.ident("completion_mismatch", q_pct(pct), [Qi(done), q_num(rows["遥测终端更新数量"][1])],
            lambda v: v[0] / v[1] * 100, "终端更新完成率 (text)")
    a, t = c.g(rf"全年遥测数据到报率({N}%)，低于({N}%)的目标")
    c.same(q_pct(a), q_num(rows["遥测数据到报率"][3]), "到报率 text/table")
    c.same(q_pct(t), q_num(rows["遥测数据到报率"][1]), "到报率目标")
    a, t = c.g(r"故障站点平均修复时间(\d+)小时，超过(\d+)小时的控制目标")
    c.same(Qi(a), q_num(rows["故障站点修复时间"][3]), "修复时间")
    c.same(Qi(t), q_num(rows["故障站点修复时间"][1]), "修复时限")
    c.same(q_pct(c.g(rf"水文资料整编合格率({N}%)；")), q_num(rows["水文资料整编合格率"][3]), "整编合格率")
    a, t = c.g(r"雨量站单站年运维费(\d+)元，低于(\d+)元的控制标准")
    c.same(Qi(a), q_num(rows["雨量站单站年运维费"][3]), "雨量站运维费")
    c.same(q_money(a + "元"), kinds["雨量站"][1], "雨量站运维费 vs 表")
    c.same(Qi(t), q_num(rows["雨量站单站年运维费"][1]), "雨量站运维费上限")
    a, more = c.g(r"发布洪水预警信息(\d+)期，比目标多(\d+)期")
    c.same(Qi(a), q_num(rows["发布洪水预警信息"][3]), "预警期数")
    c.ident("sum_mismatch", Qi(more), [Qi(a), q_num(rows["发布洪水预警信息"][1])], lambda v: v[0] - v[1], "比目标多")
    c.year_after(c.g(r"提前开展采购，(\d{4})年上半年"), Y, "建议")
    c.year_after(c.g(r"两次流标，结转(\d{4})年"), Y, "table note")


def check_zhangye(c):
    Y = 2024
    c.year_is(c.g(r"\n(\d{4})年度部门整体支出绩效自评报告"), Y, "title")
    c.year_is(c.g(r"\n(\d{4})年度部门整体支出绩效自评表"), Y, "table title")
    c.year_is(c.g(r"(\d{4})年末在职职工"), Y, "人员")
    cnt = c.g(r"全局运行各类测站(\d+)处：国家基本水文站(\d+)处、水位站(\d+)处、雨量站(\d+)处、墒情站(\d+)处，"
              r"国家地下水监测工程站(\d+)处")
    c.total(Qi(cnt[0]), [Qi(x) for x in cnt[1:]], "测站构成")
    g = c.g(rf"(\d{{4}})年年初预算({M})，年中追加({M})（其中人员经费调整({M})、测验设施水毁修复({M})），"
            rf"全年预算({M})。截至(\d{{4}})年12月31日，全年支出({M})，预算执行率({N}%)；年末未执行({M})，"
            rf"全部为项目资金，已结转至(\d{{4}})年")
    c.year_is(g[0], Y, "年初预算")
    c.year_is(g[6], Y, "截至")
    c.year_after(g[10], Y, "结转")
    init_p, add, a1, a2, annual_p, spent_p, unexec = (q_money(g[i]) for i in (1, 2, 3, 4, 5, 7, 9))
    c.total(add, [a1, a2], "追加构成")
    c.total(annual_p, [init_p, add], "全年 = 年初 + 追加")
    c.rate(g[8], spent_p, annual_p, "执行率 (text)")
    c.balance(unexec, annual_p, spent_p, "未执行")
    basic, staff, office, basic_r = c.g(rf"基本支出({M})，其中人员经费({M})、公用经费({M})，执行率({N}%)")
    basic = q_money(basic)
    c.total(basic, [q_money(staff), q_money(office)], "基本支出构成")
    proj, proj_r, nproj = c.g(rf"项目支出({M})，执行率({N}%)，(\d+)个项目情况见表1")
    proj = q_money(proj)
    # funds block
    F = {k: c.row(k, 6) for k in ["年度资金总额", "财政拨款", "其他资金", "基本支出", "项目支出"]}
    for i, col in enumerate(["年初", "全年", "执行"]):
        c.total(cell_money(F["年度资金总额"][i]), [cell_money(F["财政拨款"][i]), cell_money(F["其他资金"][i])],
                f"按收入性质 {col}")
        c.total(cell_money(F["年度资金总额"][i]), [cell_money(F["基本支出"][i]), cell_money(F["项目支出"][i])],
                f"按支出性质 {col}")
    for k, r in F.items():
        c.rate(r[4], cell_money(r[2]), cell_money(r[1]), f"{k} 执行率")
    tot = F["年度资金总额"]
    c.exec_score(tot[5], tot[3], q_pct(tot[4]), cell_money(tot[2]), cell_money(tot[1]), "执行率得分")
    c.same(init_p, cell_money(tot[0]), "年初")
    c.same(annual_p, cell_money(tot[1]), "全年")
    c.same(spent_p, cell_money(tot[2]), "支出")
    c.same(q_pct(g[8]), q_pct(tot[4]), "执行率 text/table")
    c.ident("sum_mismatch", a1, [cell_money(F["基本支出"][1]), cell_money(F["基本支出"][0])],
            lambda v: v[0] - v[1], "人员经费调整 = 基本支出 全年 − 年初")
    c.ident("sum_mismatch", a2, [cell_money(F["项目支出"][1]), cell_money(F["项目支出"][0])],
            lambda v: v[0] - v[1], "水毁修复追加 = 项目支出 全年 − 年初")
    c.balance(unexec, cell_money(F["项目支出"][1]), cell_money(F["项目支出"][2]), "未执行全部为项目资金")
    c.same(basic, cell_money(F["基本支出"][2]), "基本支出 text/table")
    c.rate(basic_r, basic, cell_money(F["基本支出"][1]), "基本支出 执行率")
    c.same(proj, cell_money(F["项目支出"][2]), "项目支出 text/table")
    c.rate(proj_r, proj, cell_money(F["项目支出"][1]), "项目支出 执行率 (text)")
    # 表1 projects
    P = {}
    for k in ["水文测站运行维护", "国家地下水监测工程\n运行维护", "水资源监测及水质\n化验", "测验设施水毁修复"]:
        b, s, r, sc = c.row(k, 4)
        P[k] = (q_money(b), q_money(s), r, q_num(sc))
        c.rate(r, q_money(s), q_money(b), f"{k} 执行率")
        if q_num(sc).v > 100:
            c.flag("score_exceeds_weight", f"{k} score {sc}")
    hb, hs, hr, _ = c.row("合计", 4)
    c.total(q_money(hb), [v[0] for v in P.values()], "表1 预算合计")
    c.total(q_money(hs), [v[1] for v in P.values()], "表1 执行合计")
    c.rate(hr, q_money(hs), q_money(hb), "表1 合计执行率")
    c.same(q_money(hb), cell_money(F["项目支出"][1]), "项目预算 表1/funds")
    c.same(q_money(hs), cell_money(F["项目支出"][2]), "项目执行 表1/funds")
    c.same(Qi(nproj), Qi(len(P)), "项目个数")
    n4, avg = c.g(rf"(\d+)个项目平均自评得分({N})分")
    c.same(Qi(n4), Qi(len(P)), "项目个数 (平均)")
    c.average(q_num(avg), [v[3] for v in P.values()], "平均自评得分")
    st = c.g(rf"国家基本水文站(\d+)处，平均每站({M})，计({M})；水位站(\d+)处，平均每站({M})，计({M})；"
             rf"雨量站(\d+)处，平均每站({M})，计({M})；墒情站(\d+)处，平均每站({M})，计({M})；通信及数据传输({M})")
    amts = []
    for i, kc in zip(range(0, 12, 3), [cnt[1], cnt[2], cnt[3], cnt[4]]):
        c.per_unit(q_money(st[i + 1]), Qi(st[i]), q_money(st[i + 2]), "平均每站")
        c.same(Qi(st[i]), Qi(kc), "测站数")
        amts.append(q_money(st[i + 2]))
    c.total(P["水文测站运行维护"][1], amts + [q_money(st[12])], "测站运维项目构成")
    gwn, gwa = c.g(rf"国家地下水监测工程站(\d+)处，平均每站(约{N}万元)")
    c.same(Qi(gwn), Qi(cnt[5]), "地下水站数")
    c.per_unit(q_money(gwa), Qi(gwn), P["国家地下水监测工程\n运行维护"][1], "地下水平均每站")
    # indicators: target, actual, completion, weight, score
    rows = {}
    for k in ["测站运行维护数量", "水质监测断面采样", "水文资料整编合格率", "遥测数据到报率", "水情信息报送及时率",
              "项目支出控制在预算内", "服务防汛抗旱水情预报", "黑河生态水量调度监测", "测站设施完好率",
              "服务对象满意度\n服务对象满意度"]:
        T, A, C, W, S = c.row(k, 5)
        rows[k] = (T, A, indicator(c, k, T, A, W, S, completion=C))
    ks = list(rows)
    out, ben, sat = [rows[k][2] for k in ks[:6]], [rows[k][2] for k in ks[6:9]], [rows[ks[9]][2]]
    level_sums(c, out, Qi(50), None, "产出")
    level_sums(c, ben, Qi(30), None, "效益")
    level_sums(c, sat, Qi(10), None, "满意度")
    tw, ts = c.row("总分", 2)
    c.total(q_num(tw), [q_num(tot[3])] + [w for w, _ in out + ben + sat], "Σ 分值", "weight_sum_mismatch")
    c.total(q_num(ts), [q_num(tot[5])] + [s for _, s in out + ben + sat], "Σ 得分", "score_sum_mismatch")
    total_p, grade = c.g(rf"部门整体支出绩效自评得分({N})分，评价等级为“(..)”")
    c.same(q_num(total_p), q_num(ts), "总分 text/table")
    c.grade(ts, grade, "等级")
    c.year_is(c.g(r"经自评，我局(\d{4})年度部门整体支出"), Y, "自评结论")
    c.year_is(c.g(r"表1  (\d{4})年度项目支出及自评情况"), Y, "表1")
    # restatements
    A = rows["测站运行维护数量"][1]
    if A.endswith("处"):
        c.same(q_num(A), Qi(cnt[0]), "测站数 自评表/概况")
    c.same(q_money(rows["项目支出控制在预算内"][0][1:]), cell_money(F["项目支出"][1]), "成本指标目标 = 项目预算")
    c.same(q_money(rows["项目支出控制在预算内"][1]), cell_money(F["项目支出"][2]), "成本指标实际 = 项目执行")
    run, samp, tel, tim, timt = c.g(
        rf"(\d+)处测站全年运行；完成水质监测断面采样(\d+)站次；遥测数据到报率({N}%)；水情信息报送及时率({N}%)，"
        rf"略低于({N}%)的目标")
    c.same(Qi(run), Qi(cnt[0]), "运行测站")
    c.same(Qi(samp), q_num(rows["水质监测断面采样"][1]), "采样站次")
    c.same(q_pct(tel), q_num(rows["遥测数据到报率"][1]), "到报率")
    c.same(q_pct(tim), q_num(rows["水情信息报送及时率"][1]), "及时率")
    c.same(q_pct(timt), q_num(rows["水情信息报送及时率"][0][1:]), "及时率目标")
    fc, fct = c.g(r"发布水情预报(\d+)次，高于(\d+)次的目标")
    c.same(Qi(fc), q_num(rows["服务防汛抗旱水情预报"][1]), "水情预报次数")
    c.same(Qi(fct), q_num(rows["服务防汛抗旱水情预报"][0][1:]), "水情预报目标")
    c.same(q_pct(c.g(rf"测站设施完好率({N}%)。")), q_num(rows["测站设施完好率"][1]), "完好率")
    s_ = c.g(rf"服务对象满意度({N}%)。")
    c.pct_bound(s_, "满意度")
    c.same(q_pct(s_), q_num(rows["服务对象满意度\n服务对象满意度"][1]), "满意度")
    c.same(q_pct(c.g(rf"水毁修复项目开工晚，执行率({N}%)")), q_pct(P["测验设施水毁修复"][2]), "水毁修复执行率")
    c.year_after(c.g(r"\n(\d{4})年3月20日"), Y, "report date")
    c.year_after(c.g(r"(\d{4})年计划为12处遥测站"), Y, "plan")


CHECKS = {
    "ha-xinyang-cezhanyunwei-2020": check_xinyang,
    "hb-yichang-zhongxiaohe-2019": check_yichang,
    "sx-jinzhong-shuiwenzhanwang-2022": check_jinzhong,
    "sc-dazhou-shuiwenyunwei-2023": check_dazhou,
    "gs-zhangye-shuiwenju-bumen-2024": check_zhangye,
}


# ----------------------------------------------------------------------------- labels
def edit_region(a, b):
    """Common prefix/suffix trim: (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    clean = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                clean[rec["source"]] = fh.read()
    codes = Counter()
    if len(labels) != 35 or len(clean) != 5:
        problems.append(f"expected 35 cases / 5 clean drafts, got {len(labels)} / {len(clean)}")
    on_disk = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if on_disk != sorted(r["case"] for r in labels):
        problems.append("cases/ and labels.jsonl disagree")
    for src, text in clean.items():
        if not 1500 <= len(text) <= 5000:
            problems.append(f"{src}: clean draft has {len(text)} characters")
    for rec in labels:
        name = rec["case"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        if set(rec) != {"case", "source", "clean", "expected"}:
            problems.append(f"{name}: label fields {sorted(rec)}")
        ctx = Ctx(name, text)
        try:
            CHECKS[rec["source"]](ctx)
        except Extract as exc:
            problems.append(f"{name}: extraction failed: {exc}")
            continue
        failed = sorted({code for code, _ in ctx.errors})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if failed:
                problems.append(f"{name}: clean draft fails {ctx.errors}")
            if ctx.warnings:
                problems.append(f"{name}: clean draft has warnings {ctx.warnings}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        if set(exp) != {"code", "severity", "value", "explanation"} or exp["severity"] != "error":
            problems.append(f"{name}: malformed label {exp}")
        if exp["code"] not in CODES_A:
            problems.append(f"{name}: unknown code {exp['code']}")
        codes[exp["code"]] += 1
        if failed != [exp["code"]]:
            problems.append(f"{name}: labelled {exp['code']}, checks fail {failed}: {ctx.errors}")
        value = exp["value"]
        if text.count(value) != 1:
            problems.append(f"{name}: value {value!r} occurs {text.count(value)} times")
        base = clean[rec["source"]]
        s, ea, eb = edit_region(base, text)
        if base == text:
            problems.append(f"{name}: identical to its clean draft")
        if max(ea - s, eb - s) > 40:
            problems.append(f"{name}: edit of {max(ea - s, eb - s)} characters")
        v0 = text.find(value)
        vs, ve = v0, v0 + len(value)
        if not (s < ve and vs < max(eb, s + 1)):
            problems.append(f"{name}: the edit [{s},{eb}) does not overlap the value [{vs},{ve})")
        if ctx.warnings:
            print(f"  note {name}: warnings {[w[0] for w in ctx.warnings]}")
    for code in CODES_A:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times (< 2)")
    print("codes:", ", ".join(f"{k}={codes[k]}" for k in CODES_A))
    if problems:
        for p in problems:
            print("FAIL", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
