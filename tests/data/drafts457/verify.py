#!/usr/bin/env python3
"""Verify this test set (standard library only; arithmetic in decimal.Decimal).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps
   the label value; the changed figure occurs once in the clean draft (twice for
   conflicting_values) and the new figure once in the error case;
3. every code of errors.md section A occurs at least twice;
4. the arithmetic of every clean draft is redone below (all checks must pass, and no
   scoring-rule warning may appear in a clean draft);
5. the arithmetic of every error case is redone with the same checks: the labelled code
   must fail and no other error-level code may fail.
Tolerance follows rules.md section 8: a stated value with d decimals matches a computed
value c iff |c - v| <= 0.5 * 10^-d (+1e-9); rounding is ROUND_HALF_UP.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from build import EDITS, PROJECTS  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

N = r"([\d,]+(?:\.\d+)?)"          # a number as written (thousands separators allowed)
TOL_EXTRA = Decimal("1e-9")
TENK = Decimal(10000)


class Structure(Exception):
    pass


def num(s):
    return Decimal(str(s).replace(",", ""))


def dp(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def matches(stated, computed):
    v = num(stated)
    return abs(Decimal(computed) - v) <= Decimal("0.5") * Decimal(10) ** (-dp(stated)) + TOL_EXTRA


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    t = num(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []
        self.warns = []

    # ---- extraction -------------------------------------------------------------
    def one(self, pat):
        ms = list(re.finditer(pat.replace("N", N) if "N" in pat else pat, self.t))
        if len(ms) != 1:
            raise Structure(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0].groups() if len(ms[0].groups()) > 1 else ms[0].group(1)

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    # ---- arithmetic -------------------------------------------------------------
    def rate(self, stated, numer, denom, what):
        if num(denom) == 0:
            if stated not in ("—", "-", "0", "0%"):
                self.fail("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        c = num(numer) / num(denom) * 100
        if stated in ("—", "-"):
            self.fail("rate_mismatch", f"{what}: rate shown as {stated} on a non-zero base")
            return
        s = stated.rstrip("%")
        if not matches(s, c):
            self.fail("rate_mismatch", f"{what}: {numer}/{denom} = {r2(c)}%, stated {stated}")
        elif num(s) > 100 or num(s) < 0:
            self.fail("implausible_rate", f"{what}: {stated} outside [0, 100]")

    def bounded(self, stated, what):
        v = num(stated.rstrip("%"))
        if v > 100 or v < 0:
            self.fail("implausible_rate", f"{what}: {stated} outside [0, 100]")

    def total(self, stated_total, parts, what, code="sum_mismatch"):
        s = sum(num(p) for p in parts)
        if matches(stated_total, s):
            return
        # a single amount written in the wrong money unit (10^4) is unit_mismatch
        for i, p in enumerate(parts):
            for f in (TENK, 1 / TENK):
                s2 = s - num(p) + num(p) / f
                if matches(stated_total, s2):
                    self.fail("unit_mismatch", f"{what}: part {p} off by 10^4")
                    return
        for f in (TENK, 1 / TENK):
            if abs(num(stated_total) / f - s) <= Decimal("0.5") * Decimal(10) ** (-dp(stated_total)):
                self.fail("unit_mismatch", f"{what}: total {stated_total} off by 10^4")
                return
        self.fail(code, f"{what}: parts sum to {s}, stated {stated_total}")

    def diff(self, stated, a, b, what, code):
        c = num(a) - num(b)
        if not matches(stated, c):
            self.fail(code, f"{what}: {a} - {b} = {c}, stated {stated}")

    def product(self, stated_wan, qty, qty_scale, price_yuan, what):
        c = num(qty) * Decimal(qty_scale) * num(price_yuan) / TENK
        if matches(stated_wan, c):
            return
        if matches(stated_wan, c * TENK) or matches(stated_wan, c / TENK):
            self.fail("unit_mismatch", f"{what}: {stated_wan}万元 vs {c}万元 (x10^4)")
        else:
            self.fail("sum_mismatch", f"{what}: {qty} x {price_yuan} = {c}万元, stated {stated_wan}")

    def product_wan(self, stated_wan, qty, price_wan, what):
        self.product(stated_wan, qty, TENK, price_wan, what)

    def growth(self, stated, now, before, what):
        c = (num(now) / num(before) - 1) * 100
        if not matches(stated.rstrip("%"), c):
            self.fail("rate_mismatch", f"{what}: growth {r2(c)}%, stated {stated}")

    def completion(self, stated, actual, target, what, direction="gte"):
        a, t = num(actual), num(target)
        c = a / t * 100 if direction != "lte" else (Decimal(100) if a <= t else t / a * 100)
        if not matches(stated.rstrip("%"), c):
            self.fail("completion_mismatch", f"{what}: {actual}/{target} = {r2(c)}%, stated {stated}")

    def average(self, stated, items, what):
        c = sum(num(i) for i in items) / len(items)
        if not matches(stated, c):
            self.fail("average_mismatch", f"{what}: mean {c}, stated {stated}")

    def same(self, a, b, what):
        if num(str(a).rstrip("%")) != num(str(b).rstrip("%")):
            self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def same_text(self, a, b, what):
        if a != b:
            self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def year_eq(self, y, want, what):
        if int(y) != want:
            self.fail("year_mismatch", f"{what}: {y}, evaluation year {want}")

    def year_after(self, y, year, what):
        if int(y) <= year:
            self.fail("year_mismatch", f"{what}: {y} is not after {year}")

    def issued(self, y, m, year, what):
        y, m = int(y), int(m)
        if not (y == year or (y == year - 1 and m == 12)):
            self.fail("year_mismatch", f"{what}: {y}年{m}月 for a {year} budget")

    def grade(self, word, total, what):
        g = GRADE_WORDS[word]
        if g != band(total):
            self.fail("grade_mismatch", f"{what}: {word} for total {total} ({band(total)})")


# ---- indicator table ---------------------------------------------------------------
SIGN = {"≥": "gte", "≤": "lte", "=": "eq", "＞": "gte", "＜": "lte", "＝": "eq"}
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$")
NUMU = re.compile(r"^([\d,]+(?:\.\d+)?)(.*)$")


def parse_val(s, unit_col=None):
    s = s.strip()
    sign = None
    if s and s[0] in SIGN:
        sign, s = SIGN[s[0]], s[1:]
    m = DATE.match(s)
    if m:
        return sign, "date", (int(m.group(1)), int(m.group(2)), int(m.group(3) or 31)), "日期"
    m = NUMU.match(s)
    if m:
        unit = m.group(2)
        if unit_col and unit_col not in ("—", "日期") and unit == "":
            unit = unit_col
        return sign, "num", num(m.group(1)), unit
    return sign, "text", s, None


class Row:
    pass


class Table:
    def __init__(self, rows, total, header):
        self.rows, self.total, self.header = rows, total, header

    def row(self, name):
        rs = [r for r in self.rows if name in r.name]
        if len(rs) != 1:
            raise Structure(f"indicator row {name!r}: {len(rs)} matches")
        return rs[0]


def parse_table(text):
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith("一级指标\t")]
    if len(idx) != 1:
        raise Structure("indicator table header")
    i = idx[0]
    header = lines[i].split("\t")
    col = {h: k for k, h in enumerate(header)}
    rows, last = [], ["", ""]
    j = i + 1
    while not lines[j].startswith("合计"):
        cells = lines[j].split("\t")
        if len(cells) != len(header):
            raise Structure(f"row with {len(cells)} cells: {lines[j]!r}")
        for k in (0, 1):
            if cells[k] == "":
                cells[k] = last[k]
        if cells[0] != last[0]:
            last[1] = ""
        last = [cells[0], cells[1]]
        r = Row()
        r.l1, r.l2, r.name = cells[0], cells[1], cells[col["三级指标"]]
        r.nature = cells[col["指标性质"]]
        unit_col = cells[col["度量单位"]] if "度量单位" in col else None
        r.unit_col = unit_col
        r.target_s, r.actual_s = cells[col["年度指标值"]], cells[col["实际完成值"]]
        r.w_s, r.s_s = cells[col["分值"]], cells[col["得分"]]
        r.comp_s = cells[col["完成率"]] if "完成率" in col else None
        if unit_col == "日期":
            r.t = parse_val(r.target_s)
            r.a = parse_val(r.actual_s)
        else:
            r.t = parse_val(r.target_s, unit_col)
            r.a = parse_val(r.actual_s, unit_col)
        if r.nature in SIGN:
            r.dir = SIGN[r.nature]
        elif r.nature == "定性":
            r.dir = "qual"
        else:
            r.dir = r.t[0] or "eq"
        rows.append(r)
        j += 1
    tcells = lines[j].split("\t")
    total = {"w": tcells[col["分值"]], "s": tcells[col["得分"]], "cells": tcells}
    return Table(rows, total, header)


def table_checks(c, tab):
    w_sum = sum(num(r.w_s) for r in tab.rows)
    if num(tab.total["w"]) != 100 or w_sum != num(tab.total["w"]):
        c.fail("weight_sum_mismatch", f"weights sum {w_sum}, 合计 {tab.total['w']}")
    s_sum = sum(num(r.s_s) for r in tab.rows)
    if not matches(tab.total["s"], s_sum):
        c.fail("score_sum_mismatch", f"scores sum {s_sum}, 合计 {tab.total['s']}")
    for r in tab.rows:
        w, s = num(r.w_s), num(r.s_s)
        if s > w or s < 0:
            c.fail("score_exceeds_weight", f"{r.name}: score {r.s_s} > weight {r.w_s}")
        # units
        unit_ok = True
        if r.dir != "qual":
            tk, ak = r.t[1], r.a[1]
            if tk != ak or (tk == "num" and r.t[3] != r.a[3]):
                unit_ok = False
                c.fail("unit_mismatch", f"{r.name}: target {r.target_s} vs actual {r.actual_s}")
        # impossible rates in the actual column
        if r.a[1] == "num" and r.a[3] == "%" and ("率" in r.name or "满意度" in r.name):
            if r.a[2] > 100 or r.a[2] < 0:
                c.fail("implausible_rate", f"{r.name}: actual {r.actual_s}")
        if not unit_ok:
            continue
        # completion and expected score (rules.md section 5)
        comp = None
        if r.dir == "qual":
            lo, hi = w * Decimal("0.8"), w
            if not (lo <= s <= hi):
                c.warn("score_rule_mismatch", f"{r.name}: qualitative score {s} outside [{lo}, {hi}]")
        else:
            if r.t[1] == "date":
                met = r.a[2] <= r.t[2] if r.dir == "lte" else r.a[2] >= r.t[2]
                comp = Decimal(100) if met else None
                exp = w if met else Decimal(0)
            else:
                T, A = r.t[2], r.a[2]
                if r.dir == "lte":
                    comp = Decimal(100) if A <= T else T / A * 100
                elif T == 0:
                    comp = None
                else:
                    comp = A / T * 100
                if r.dir == "eq" and T == 0:
                    exp = w if A <= 0 else Decimal(0)
                else:
                    exp = w * min(comp, Decimal(100)) / 100
            ok = matches(r.s_s, exp)
            if not ok and r.comp_s and r.comp_s not in ("—",):
                ok = matches(r.s_s, w * min(num(r.comp_s.rstrip("%")), Decimal(100)) / 100)
            if not ok:
                c.warn("score_rule_mismatch", f"{r.name}: score {r.s_s}, rule gives {r2(exp)}")
        if r.comp_s is not None:
            if comp is None:
                if r.comp_s not in ("—",):
                    c.fail("completion_mismatch", f"{r.name}: completion {r.comp_s} without a base")
            elif not matches(r.comp_s.rstrip("%"), comp):
                c.fail("completion_mismatch", f"{r.name}: completion {r2(comp)}%, stated {r.comp_s}")


def funds_table(c, first_label, labels, ncols):
    lines = c.t.split("\n")
    out = {}
    idx = [i for i, l in enumerate(lines) if l.startswith(first_label + "\t")]
    if len(idx) != 1:
        raise Structure(f"funds table {first_label}")
    body = lines[idx[0] + 1: idx[0] + 1 + len(labels)]
    for lab in labels:
        ls = [l for l in body if l.startswith(lab + "\t")]
        if len(ls) != 1:
            raise Structure(f"funds row {lab}")
        cells = ls[0].split("\t")[1:]
        if len(cells) != ncols:
            raise Structure(f"funds row {lab} has {len(cells)} cells")
        out[lab] = cells
    return out


def funds_table_checks(c, ft, total_label, parts):
    for k in range(3):
        c.total(ft[total_label][k], [ft[p][k] for p in parts], f"资金表 column {k + 1}")
    for lab, cells in ft.items():
        c.rate(cells[3], cells[2], cells[1], f"资金表 {lab} 执行率")


# ---- project checks ----------------------------------------------------------------
def chk_duyun(c):
    Y = 2022
    c.year_eq(c.one(r"\n(\d{4})年度都匀毛尖"), Y, "title")
    c.same(c.one(r"(\d{4})年安排资金"), Y, "year of allocation")
    c.same(c.one(r"安排资金N万元"), c.one(r"全年预算数N万元"), "安排资金 vs 全年预算数")
    init = c.one(r"本项目年初预算N万元")
    add = c.one(r"追加省级资金N万元")
    annual = c.one(r"全年预算数N万元")
    c.total(annual, [init, add], "年初 + 追加 = 全年")
    cen = c.one(r"中央补助资金N万元")
    prov = c.one(r"，省级资金N万元")
    city, carry = c.one(r"市级资金N万元（含上年结转N万元）")
    c.total(annual, [cen, prov, city], "中央 + 省 + 市 = 全年")
    c.rate(c.one(r"资金到位率N%"), annual, annual, "到位率 (足额拨付)")
    c.year_eq(c.one(r"截至(\d{4})年12月31日"), Y, "截至")
    spent, rate = c.one(r"项目全年支出N万元，预算执行率N%")
    c.rate(rate, spent, annual, "执行率")
    c.rate(c.one(r"执行率均为N%"), cen, cen, "中央/省 执行率")
    city_spent, city_rate = c.one(r"市级资金支出N万元，执行率N%")
    c.rate(city_rate, city_spent, city, "市级执行率")
    c.total(spent, [cen, prov, city_spent], "分来源支出")
    p_amt, p_qty, p_price = c.one(r"专用标志印制N万元（N万枚，每枚N元）")
    c.product(p_amt, p_qty, 10000, p_price, "标志印制")
    t_amt, t_qty, t_price = c.one(r"产品监督抽检N万元（N批次，每批次N元）")
    c.product(t_amt, t_qty, 1, t_price, "抽检费")
    train = c.one(r"培训及品牌推介N万元")
    law = c.one(r"维权援助N万元")
    plat = c.one(r"平台维护N万元")
    c.total(spent, [p_amt, t_amt, train, law, plat], "支出明细")
    c.diff(c.one(r"未支出的N万元"), annual, spent, "未支出", "balance_mismatch")
    c.year_after(c.one(r"已结转至(\d{4})年"), Y, "结转")
    ft = funds_table(c, "项目\t年初预算数", ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"], 4)
    funds_table_checks(c, ft, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    c.same(ft["年度资金总额"][0], init, "年初 表/文")
    c.same(ft["年度资金总额"][1], annual, "全年 表/文")
    c.same(ft["年度资金总额"][2], spent, "执行 表/文")
    c.same(ft["年度资金总额"][3], rate, "执行率 表/文")
    c.same(ft["上年结转资金"][1], carry, "上年结转 表/文")
    tab = parse_table(c.t)
    table_checks(c, tab)
    c.same(tab.row("预算执行率").actual_s, rate, "执行率 指标表/文")
    n, comp = c.one(r"新核准用标企业N家，完成年度目标的N%")
    r = tab.row("新核准用标企业数")
    c.same(n, r.a[2], "用标企业")
    c.completion(comp, n, r.t[2], "用标企业完成率")
    c.total(n, c.one(r"分别为N家、N家、N家、N家"), "用标企业分镇")
    b, passed, prate = c.one(r"完成地理标志产品监督抽检N批次，合格N批次，合格率N%")
    c.rate(prate, passed, b, "抽检合格率")
    c.same(b, tab.row("地理标志产品监督抽检").a[2], "抽检批次")
    c.same(b, t_qty, "抽检批次/抽检费")
    c.same(prate, tab.row("监督抽检合格率").a[2], "合格率")
    c.same(c.one(r"举办培训班共计N人次"), tab.row("茶企茶农培训").a[2], "培训人次")
    c.same(c.one(r"未达到N人次的目标"), tab.row("茶企茶农培训").t[2], "培训目标")
    c.same(p_qty, tab.row("专用标志印制发放量").a[2], "标志印制量")
    cost = tab.row("单批次抽检费用")
    if cost.a[3] == "元":
        c.same(t_price, cost.a[2], "单批次抽检费用")
    now, before, g = c.one(r"茶产值N亿元，较上年的N亿元增长N%")
    c.growth(g, now, before, "产值增长率")
    c.same(g, tab.row("茶产值增长率").a[2], "增长率")
    cases_, less = c.one(r"查处地理标志侵权假冒案件N件，较目标少N件")
    rc = tab.row("查处侵权假冒案件")
    c.same(cases_, rc.a[2], "案件数")
    c.diff(less, rc.t[2], cases_, "较目标少", "sum_mismatch")
    issued, sat_n, sat = c.one(r"发放问卷N份，全部有效，其中表示满意和基本满意的N份，满意度为N%")
    c.rate(sat, sat_n, issued, "满意度")
    c.same(sat, tab.row("用标企业满意度").a[2], "满意度")
    # prose targets vs table targets
    for pat, name in [(r"新核准使用专用标志企业不少于N家", "新核准用标企业数"),
                      (r"监督抽检不少于N批次", "地理标志产品监督抽检"),
                      (r"合格率不低于N%", "监督抽检合格率"),
                      (r"茶农不少于N人次", "茶企茶农培训"),
                      (r"费用控制在N元以内", "单批次抽检费用"),
                      (r"同比增长N%以上", "茶产值增长率"),
                      (r"满意度达到N%以上", "用标企业满意度")]:
        c.same(c.one(pat), tab.row(name).t[2], f"目标 {name}")
    total, g = c.one(r"自评总分N分，评价等级为“(.)”")
    c.same(total, tab.total["s"], "总分 文/表")
    c.grade(g, tab.total["s"], "等级")
    c.year_eq(c.one(r"\n(\d{4})年\d+月\d+日\s*$"), Y + 1, "report date")


def chk_pinghe(c):
    Y = 2020
    c.year_eq(c.one(r"^平和县市场监督管理局(\d{4})年度"), Y, "title")
    overview_rewards = c.one(r"全年兑现各类商标品牌奖补资金N万元")
    c.year_eq(c.one(r"(\d{4})年全年兑现"), Y, "概况年度")
    init, county, prov = c.one(r"年初预算N万元，其中县级财政资金N万元、省级商标品牌专项资金N万元")
    c.total(init, [county, prov], "年初预算")
    c.same(c.one(r"年初安排N万元"), init, "年初 概况/资金")
    c.issued(*c.one(r"省财政于(\d{4})年(\d{1,2})月提前下达"), Y, "省级资金下达")
    carry = c.one(r"上年结转的N万元")
    annual = c.one(r"全年预算数为N万元")
    c.total(annual, [init, carry], "全年预算")
    c.rate(c.one(r"到位率N%"), annual, annual, "到位率")
    spent, rate = c.one(r"全年实际支出N万元，预算执行率N%")
    c.rate(rate, spent, annual, "执行率")
    rewards = c.one(r"1\.奖补资金N万元")
    c.same(overview_rewards, rewards, "奖补资金 概况/明细")
    n_new, per_new, amt_new = c.one(r"新注册商标N件，按每件N元奖励，计N万元")
    c.product(amt_new, n_new, 1, per_new, "新注册商标奖励")
    n_wk, amt_wk = c.one(r"中国驰名商标N件，奖励N万元")
    n_gi, per_gi, amt_gi = c.one(r"地理标志证明商标N件，每件奖励N万元，计N万元")
    c.product_wan(amt_gi, n_gi, per_gi, "地理标志证明商标奖励")
    lo, hi, n_md, per_md, amt_md = c.one(r"按每件N万元至N万元分档奖励，本年度N件均按N万元/件兑现，计N万元")
    if not (num(lo) <= num(per_md) <= num(hi)):
        raise Structure("马德里 reward outside its range")
    c.product_wan(amt_md, n_md, per_md, "马德里奖励")
    n_demo, per_demo, amt_demo = c.one(r"商标品牌示范企业N家，每家N万元，计N万元")
    c.product_wan(amt_demo, n_demo, per_demo, "示范企业奖励")
    c.total(rewards, [amt_new, amt_wk, amt_gi, amt_md, amt_demo], "奖补资金明细")
    promo = c.one(r"2\.宣传培训及品牌推介N万元")
    law = c.one(r"3\.商标代理监管及维权N万元")
    c.total(spent, [rewards, promo, law], "支出明细")
    c.diff(c.one(r"年末未支出资金N万元"), annual, spent, "未支出", "balance_mismatch")
    c.year_after(c.one(r"结转(\d{4})年使用"), Y, "结转")
    applied, granted, grate = c.one(r"申请注册商标N件，核准注册N件，授权率N%")
    c.rate(grate, granted, applied, "授权率")
    c.same(granted, n_new, "核准注册/新注册商标")
    towns = c.one(r"分别为N件、N件、N件、N件、N件和N件，合计N件")
    c.total(towns[-1], towns[:-1], "分乡镇新注册商标")
    c.same(towns[-1], n_new, "分乡镇合计/新注册商标")
    sessions = c.one(r"参训人数分别为N、N、N、N、N人次，共计N人次，平均每期N人次")
    c.total(sessions[5], sessions[:5], "培训人次合计")
    c.average(sessions[6], sessions[:5], "平均每期")
    received, dropped, paid = c.one(r"共受理奖补申报N项，剔除重复申报和不符合条件的N项，经审核公示后兑现N项")
    c.diff(paid, received, dropped, "兑现项数", "sum_mismatch")
    c.total(paid, [n_new, n_wk, n_gi, n_md, n_demo], "兑现项数明细")
    tab = parse_table(c.t)
    table_checks(c, tab)
    c.same(tab.row("预算执行率").actual_s, rate, "执行率 表/文")
    c.same(c.one(r"新增注册商标N件，超额完成"), tab.row("新增注册商标").a[2], "新增注册商标 产出")
    c.same(n_new, tab.row("新增注册商标").a[2], "新增注册商标 表")
    c.same(c.one(r"(\d+)件地理标志证明商标获准注册；"), tab.row("地理标志证明商标").a[2], "地标证明商标")
    md_done, md_less = c.one(r"马德里国际注册完成N件，较目标少N件")
    rm = tab.row("马德里商标国际注册")
    c.same(md_done, rm.a[2], "马德里 表/文")
    c.same(md_done, n_md, "马德里 产出/奖补")
    c.diff(md_less, rm.t[2], md_done, "马德里较目标少", "sum_mismatch")
    c.same(per_new, tab.row("单件奖励标准").a[2], "单件奖励标准")
    pay_date = c.one(r"奖补资金于(\d{4}年\d{1,2}月\d{1,2}日)前全部兑现")
    c.same_text(pay_date, tab.row("奖补资金兑现时间").actual_s, "兑现日期")
    c.year_eq(pay_date[:4], Y, "兑现日期年度")
    sales = c.one(r"2020年获奖企业销售收入增长N%")
    c.same(sales, tab.row("销售收入增长率").a[2], "销售收入增长")
    stock, before, net = c.one(r"全县有效注册商标N件，较2019年末的N件净增N件")
    c.diff(net, stock, before, "有效注册商标净增", "sum_mismatch")
    c.same(stock, tab.row("有效注册商标总量").a[2], "有效注册商标")
    c.year_eq(c.one(r"截至(\d{4})年末"), Y, "截至")
    for pat, name in [(r"全年新增注册商标N件以上", "新增注册商标"),
                      (r"新增地理标志证明商标N件", "新增地理标志证明商标"),
                      (r"办理马德里商标国际注册N件", "马德里商标国际注册"),
                      (r"奖补对象审核合规率N%", "奖补对象审核合规率"),
                      (r"获奖企业销售收入增长N%以上", "销售收入增长率"),
                      (r"未达到N%的目标", "销售收入增长率"),
                      (r"有效注册商标总量达到N件", "有效注册商标总量"),
                      (r"商标申请人满意度不低于N%", "满意度")]:
        c.same(c.one(pat), tab.row(name).t[2], f"目标 {name}")
    total, g = c.one(r"综合得分N分，评价等级为(.)。")
    c.same(total, tab.total["s"], "总分 文/表")
    c.grade(g, tab.total["s"], "等级")


def chk_laiyang(c):
    Y = 2019
    c.year_eq(c.one(r"莱阳梨地理标志保护与品牌提升项目(\d{4})年度"), Y, "title")
    c.year_eq(c.one(r"项目实施期为(\d{4})年1月至12月"), Y, "实施期")
    c.year_eq(c.one(r"\n(\d{4})年项目全年预算资金"), Y, "预算年度")
    annual = c.one(r"全年预算资金N万元")
    prov, yt, city, carry = c.one(r"其中省级知识产权专项资金N万元，烟台市级资金N万元，莱阳市级资金N万元（含上年结转N万元）")
    c.total(annual, [prov, yt, city], "来源合计")
    if num(carry) > num(city):
        c.fail("sum_mismatch", "结转 larger than 莱阳市级资金")
    recv, rrate = c.one(r"实际到位资金N万元，资金到位率N%")
    c.rate(rrate, recv, annual, "到位率")
    yt_recv, yt_miss = c.one(r"烟台市级资金到位N万元，尚有N万元未拨付到位")
    c.diff(yt_miss, yt, yt_recv, "烟台未到位", "sum_mismatch")
    c.total(recv, [prov, yt_recv, city], "到位构成")
    spent, erate, urate = c.one(r"全年执行资金N万元，预算执行率N%，占到位资金的N%")
    c.rate(erate, spent, annual, "执行率")
    c.rate(urate, spent, recv, "使用率(到位为基数)")
    c.diff(c.one(r"年末结余N万元"), recv, spent, "结余", "balance_mismatch")
    c.year_after(c.one(r"结转(\d{4})年使用"), Y, "结转")
    base_amt, n_base, per_base = c.one(r"标准化示范基地补助N万元（N个基地，每个N万元）")
    c.product_wan(base_amt, n_base, per_base, "示范基地补助")
    mark_amt, mark_qty, mark_price = c.one(r"专用标志印制N万元（N万枚，每枚N元）")
    c.product(mark_amt, mark_qty, 10000, mark_price, "标志印制")
    test_amt, test_n, test_price = c.one(r"产品监督抽查检测费N万元（N批次，每批次N元）")
    c.product(test_amt, test_n, 1, test_price, "抽查检测费")
    train = c.one(r"梨农及企业培训、宣传资料N万元")
    promo = c.one(r"品牌推介活动N万元")
    c.total(spent, [base_amt, mark_amt, test_amt, train, promo], "支出明细")
    tab = parse_table(c.t)
    table_checks(c, tab)
    ex = tab.row("预算执行率")
    c.same(ex.actual_s, erate, "执行率 表/文")
    c.same(n_base, tab.row("标准化示范基地").a[2], "示范基地个数")
    c.same(per_base, tab.row("单个补助标准").a[2], "单个基地补助")
    c.same(test_n, tab.row("产品监督抽查").a[2], "抽查批次")
    c.same(c.one(r"(\d+)批次，合格"), test_n, "抽查批次 分析")
    n_ent = c.one(r"全年新增规范用标企业N家")
    c.same(n_ent, tab.row("新增规范用标企业").a[2], "用标企业")
    c.total(n_ent, c.one(r"其中照旺庄镇N家、姜疃镇N家、其他镇街N家"), "用标企业分镇")
    areas = c.one(r"面积分别为N亩、N亩和N亩，合计N亩")
    c.total(areas[3], areas[:3], "基地面积")
    tested, passed, prate = c.one(r"抽查N批次，合格N批次，抽查合格率N%")
    c.rate(prate, passed, tested, "抽查合格率")
    c.same(prate, tab.row("抽查合格率").a[2], "合格率 表/文")
    c.same(c.one(r"培训N人次，未达到"), tab.row("培训梨农").a[2], "培训人次")
    now, before, g = c.one(r"收购均价每斤N元，上年为N元，增长N%")
    c.growth(g, now, before, "收购均价增长")
    c.same(g, tab.row("收购均价增长率").a[2], "均价增长 表/文")
    c.same(c.one(r"带动梨农N户，"), tab.row("带动梨农户数").a[2], "带动梨农户数")
    issued, valid, sat_n, sat = c.one(r"发放问卷N份，回收有效问卷N份，满意N份，满意度N%")
    c.rate(sat, sat_n, valid, "满意度")
    c.same(sat, tab.row("满意度").a[2], "满意度 表/文")
    for pat, name in [(r"新增规范用标企业不少于N家", "新增规范用标企业"),
                      (r"建设标准化示范基地N个", "标准化示范基地"),
                      (r"完成产品监督抽查N批次", "产品监督抽查"),
                      (r"抽查合格率不低于N%", "抽查合格率"),
                      (r"培训梨农及企业人员N人次", "培训梨农"),
                      (r"较上年增长N%以上", "收购均价增长率"),
                      (r"带动梨农N户以上", "带动梨农户数"),
                      (r"服务对象满意度达到N%", "满意度")]:
        c.same(c.one(pat), tab.row(name).t[2], f"目标 {name}")
    planned, done = c.one(r"N个基地仅建成N个")
    rb = tab.row("标准化示范基地")
    c.same(planned, rb.t[2], "基地计划")
    c.same(done, rb.a[2], "基地建成")
    c.same(c.one(r"已建成的N个示范基地"), rb.a[2], "基地建成 产出")
    c.same(c.one(r"加之N个示范基地因土地流转"), num(planned) - num(done), "未建基地")
    c.diff(c.one(r"剩余N个基地纳入"), planned, done, "剩余基地", "sum_mismatch")
    c.year_after(c.one(r"纳入(\d{4})年计划"), Y, "剩余基地计划年度")
    total, g = c.one(r"自评总得分N分，等级为(..)")
    c.same(total, tab.total["s"], "总分 文/表")
    c.grade(g, tab.total["s"], "等级")


def chk_hanyuan(c):
    Y = 2021
    c.year_eq(c.one(r"\n(\d{4})年汉源花椒地理标志"), Y, "title")
    c.year_eq(c.one(r"项目实施期限为(\d{4})年1月1日"), Y, "实施期")
    total_f, fiscal, prov, county, carry, other = c.one(
        r"项目资金总额N万元，其中财政资金N万元（省级资金N万元、县级资金N万元，县级资金含上年结转N万元），其他资金N万元")
    c.total(total_f, [fiscal, other], "资金总额")
    c.same(c.one(r"总投入N万元"), total_f, "总投入 概况/资金")
    c.total(fiscal, [prov, county], "财政资金")
    c.issued(*c.one(r"省级资金由省财政厅于(\d{4})年(\d{1,2})月提前下达"), Y, "省级资金下达")
    y, m = c.one(r"上年结转资金N万元于(\d{4})年(\d{1,2})月经县财政局批复")[1:] if False else c.one(
        r"上年结转资金[\d.]+万元于(\d{4})年(\d{1,2})月经县财政局批复")
    c.issued(y, m, Y, "结转资金批复")
    c.same(c.one(r"上年结转资金N万元于"), carry, "结转 两处")
    c.year_eq(c.one(r"截至(\d{4})年12月31日"), Y, "截至")
    spent, rate = c.one(r"项目实际支出N万元，预算执行率N%")
    c.rate(rate, spent, total_f, "执行率")
    f_spent = c.one(r"财政资金支出N万元")
    n_test, per_test, amt_test = c.one(r"产品质量抽检N批次，每批次检测费N元，计N万元")
    c.product(amt_test, n_test, 1, per_test, "检测费")
    per_mu, area, amt_base = c.one(r"按每亩N元标准拨付N亩，计N万元")
    c.product(amt_base, area, 1, per_mu, "基地补助")
    promo = c.one(r"专用标志印制及宣传推介N万元")
    c.total(f_spent, [amt_test, amt_base, promo], "财政资金支出明细")
    o_spent = c.one(r"协会自筹的N万元全部用于")
    c.same(o_spent, other, "协会自筹")
    c.total(spent, [f_spent, o_spent], "支出合计")
    c.diff(c.one(r"财政资金未支出的N万元"), fiscal, f_spent, "财政资金未支出", "balance_mismatch")
    c.year_after(c.one(r"已结转至(\d{4})年支付"), Y, "结转")
    ft = funds_table(c, "资金来源\t年初预算数", ["财政资金", "财政专户管理资金", "单位资金", "其他资金", "合计"], 4)
    funds_table_checks(c, ft, "合计", ["财政资金", "财政专户管理资金", "单位资金", "其他资金"])
    c.total(ft["财政资金"][1], [ft["财政资金"][0], carry], "财政资金 年初 + 结转 = 全年")
    c.same(ft["合计"][1], total_f, "全年 表/文")
    c.same(ft["财政资金"][1], fiscal, "财政资金 表/文")
    c.same(ft["其他资金"][1], other, "其他资金 表/文")
    c.same(ft["合计"][2], spent, "执行 表/文")
    c.same(ft["财政资金"][2], f_spent, "财政执行 表/文")
    c.same(ft["合计"][3], rate, "执行率 表/文")
    tab = parse_table(c.t)
    table_checks(c, tab)
    lvl = {}
    for r in tab.rows:
        lvl[r.l1] = lvl.get(r.l1, Decimal(0)) + num(r.w_s)
    w_exec, w_perf, w_out, w_ben = c.one(r"按照预算执行率N分、绩效指标N分的标准打分，其中绩效指标分为产出指标N分、效益指标N分")
    if lvl.get("预算执行") != num(w_exec) or lvl.get("产出指标") != num(w_out) or \
            lvl.get("效益指标") != num(w_ben) or lvl["产出指标"] + lvl["效益指标"] != num(w_perf) or \
            num(w_out) + num(w_ben) != num(w_perf):
        c.fail("weight_sum_mismatch", f"level weights {lvl} vs text {w_exec}/{w_perf}/{w_out}/{w_ben}")
    c.same(tab.row("预算执行率").a[2], rate, "执行率 指标表/文")
    n_ent, comp = c.one(r"新增规范用标企业N家，完成年度目标的N%")
    re_ = tab.row("新增规范用标企业")
    c.same(n_ent, re_.a[2], "用标企业")
    c.completion(comp, n_ent, re_.t[2], "用标企业完成率")
    built, extra = c.one(r"核心基地建成N亩，超过目标N亩")
    rb = tab.row("核心基地面积")
    c.same(built, rb.a[2], "基地面积")
    c.same(built, area, "基地面积/补助")
    c.diff(extra, built, rb.t[2], "超过目标", "sum_mismatch")
    n_t2, q = c.one(r"抽检N批次，全部合格，合格率N%")
    c.same(n_t2, n_test, "抽检批次")
    c.rate(q, n_t2, n_t2, "合格率(全部合格)")
    c.same(q, tab.row("抽检合格率").a[2], "合格率 表/文")
    c.bounded(c.one(r"绿色防控覆盖率达到N%"), "绿色防控覆盖率")
    done = c.one(r"各项任务于(\d{4}年\d{1,2}月\d{1,2}日)前全部完成")
    c.same_text(done, tab.row("项目完成时间").actual_s, "完成时间")
    c.year_eq(done[:4], Y, "完成时间年度")
    per2, limit = c.one(r"单批次检测费用N元，低于N元的控制标准")
    c.same(per2, per_test, "检测单价")
    c.same(per2, tab.row("单批次检测费用").a[2], "检测单价 表")
    c.same(limit, tab.row("单批次检测费用").t[2], "检测单价目标")
    now, before, g, tgt = c.one(r"综合产值N亿元，较上年的N亿元增长N%，达到N亿元的目标")
    c.growth(g, now, before, "产值增长")
    c.same(now, tab.row("综合产值").a[2], "产值 表/文")
    c.same(tgt, tab.row("综合产值").t[2], "产值目标")
    n_case, tgt_case = c.one(r"查处侵权假冒案件N件，罚没款共计[\d.]+万元，未达到N件的目标")
    c.same(n_case, tab.row("查处侵权假冒案件").a[2], "案件数")
    c.same(tgt_case, tab.row("查处侵权假冒案件").t[2], "案件目标")
    for pat, name in [(r"新增规范用标企业N家以上", "新增规范用标企业"),
                      (r"核心基地面积达到N亩", "核心基地面积"),
                      (r"抽检合格率不低于N%", "抽检合格率"),
                      (r"单批次检测费用不超过N元", "单批次检测费用"),
                      (r"综合产值达到N亿元；", "综合产值"),
                      (r"查处侵权假冒案件N件以上", "查处侵权假冒案件")]:
        c.same(c.one(pat), tab.row(name).t[2], f"目标 {name}")
    total, g = c.one(r"自评得分N分，等级为(.)。")
    c.same(total, tab.total["s"], "总分 文/表")
    c.grade(g, tab.total["s"], "等级")


def chk_nanfeng(c):
    Y = 2024
    c.year_eq(c.one(r"^南丰县市场监督管理局(\d{4})年度部门整体"), Y, "title")
    overview_spent = c.one(r"我局全年支出N万元")
    init, add, annual, carry = c.one(r"部门年初预算N万元，年中省级追加知识产权和食品安全抽检转移支付N万元，全年预算N万元（含上年结转资金N万元）")
    c.total(annual, [init, add, carry], "年初 + 追加 + 结转 = 全年")
    basic, proj = c.one(r"基本支出N万元，项目支出N万元。")
    c.total(annual, [basic, proj], "基本 + 项目")
    spent, rate = c.one(r"全年实际支出N万元，预算执行率N%")
    c.rate(rate, spent, annual, "执行率")
    c.same(overview_spent, spent, "全年支出 概况/执行")
    b_spent, b_rate, staff, office = c.one(r"其中：基本支出N万元，执行率N%，包括人员经费N万元、公用经费N万元")
    c.rate(b_rate, b_spent, basic, "基本支出执行率")
    c.total(b_spent, [staff, office], "人员 + 公用")
    p_spent, p_rate = c.one(r"项目支出N万元，执行率N%。")
    c.rate(p_rate, p_spent, proj, "项目支出执行率")
    c.total(spent, [b_spent, p_spent], "支出构成")
    unspent = c.one(r"未执行的N万元")
    c.diff(unspent, proj, p_spent, "项目未执行", "balance_mismatch")
    c.diff(unspent, annual, spent, "部门未执行", "balance_mismatch")
    c.year_after(c.one(r"已按程序结转(\d{4})年"), Y, "结转")
    bud3, spent3 = c.one(r"“三公”经费支出N万元，控制在N万元的预算以内")
    if num(bud3) > num(spent3):
        c.fail("implausible_rate", "三公 above budget")
    pb, pa, saved, srate = c.one(r"政府采购预算N万元，实际采购金额N万元，节约资金N万元，节约率N%")
    c.diff(saved, pb, pa, "采购节约", "balance_mismatch")
    c.rate(srate, saved, pb, "节约率")
    n_proj = c.one(r"纳入\d{4}年部门预算的项目共(\d)个")
    budgets = c.one(r"预算分别为N万元、N万元、N万元、N万元和N万元")
    if len(budgets) != int(n_proj):
        raise Structure("project count")
    c.total(proj, budgets, "项目预算合计")
    tab = parse_table(c.t)
    table_checks(c, tab)
    c.same(tab.row("预算执行率").a[2], rate, "执行率 表/文")
    c.same(c.one(r"地理标志产品监督抽检N批次"), tab.row("地理标志产品监督抽检").a[2], "地标抽检")
    new_tm, comp = c.one(r"新增有效注册商标N件，完成年度目标的N%")
    rt = tab.row("新增有效注册商标")
    c.same(new_tm, rt.a[2], "新增注册商标")
    c.completion(comp, new_tm, rt.t[2], "新增注册商标完成率")
    c.year_eq(c.one(r"截至(\d{4})年12月31日"), Y, "截至")
    stock, before = c.one(r"全县有效注册商标N件（2023年末为N件）")
    c.diff(new_tm, stock, before, "有效注册商标净增", "sum_mismatch")
    c.same(c.one(r"年产值N亿元，保持"), tab.row("地理标志产品年产值").a[2], "年产值")
    n_case, less = c.one(r"冒用案件N件，较目标少N件")
    rc = tab.row("冒用案件查办")
    c.same(n_case, rc.a[2], "案件数")
    c.diff(less, rc.t[2], n_case, "较目标少", "sum_mismatch")
    f_n, f_rate = c.one(r"食品安全监督抽检N批次，抽检合格率N%")
    c.same(f_n, tab.row("食品安全监督抽检").a[2], "食品抽检")
    c.same(f_rate, tab.row("食品安全抽检合格率").a[2], "食品合格率")
    c.same(c.one(r"特种设备监督检查N台次"), tab.row("特种设备监督检查").a[2], "特种设备")
    n_rand, plan = c.one(r"抽查市场主体N户，因部分市场主体歇业、失联，未达到N户的计划数")
    c.same(n_rand, tab.row("抽查市场主体").a[2], "双随机")
    c.same(plan, tab.row("抽查市场主体").t[2], "双随机计划")
    c.same(c.one(r"按时办结率N%"), tab.row("按时办结率").a[2], "办结率")
    sat = c.one(r"满意度调查结果为N%")
    c.bounded(sat, "满意度")
    c.same(sat, tab.row("服务对象满意度").a[2], "满意度")
    c.same(office, tab.row("公用经费支出").a[2], "公用经费")
    n_eval = c.one(r"我局对(\d)个项目全部开展了绩效自评")
    scores = c.one(r"自评得分分别为N分、N分、N分、N分和N分，平均N分")
    if len(scores) - 1 != int(n_eval):
        raise Structure("score count")
    c.average(scores[-1], scores[:-1], "项目平均分")
    s1, s2 = c.one(r"两个项目分别得N分和N分")
    c.same(s1, scores[0], "地标项目得分")
    c.same(s2, scores[1], "商标项目得分")
    total = c.one(r"部门整体支出绩效自评得分N分（")
    c.same(total, tab.total["s"], "总分 文/表")
    g = c.one(r"评价等级：(.)")
    c.grade(g, tab.total["s"], "等级(表)")


CHECKS = {
    "gz-duyun-maojiandibiao-2022": chk_duyun,
    "fj-pinghe-shangbiaopeiyu-2020": chk_pinghe,
    "sd-laiyang-dibiaoli-2019": chk_laiyang,
    "sc-hanyuan-huajiaodibiao-2021": chk_hanyuan,
    "jx-nanfeng-scjgj-bumen-2024": chk_nanfeng,
}


def run(pid, text):
    c = Checker(text)
    CHECKS[pid](c)
    return c


def count_fig(text, fig):
    """occurrences of fig not glued to a longer number"""
    pat = r"(?<![\d.,])" + re.escape(fig) + (r"(?![\d])" if fig[-1].isdigit() else "")
    return len(re.findall(pat, text))


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s  # region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    by_case = {l["case"]: l for l in labels}
    files = sorted(os.listdir(CASES))
    if len(files) != 35 or len(labels) != 35 or set(files) != set(by_case):
        problems.append("expected 35 cases, each with one label line")
    code_count = {k: 0 for k in CODES}
    where = {"prose": 0, "table": 0}
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        n = len(clean)
        if not (2700 <= n <= 3500):
            problems.append(f"{pid}: clean draft has {n} characters")
        try:
            c = run(pid, clean)
        except Structure as e:
            problems.append(f"{pid}-clean: structure: {e}")
            continue
        for f in c.fails:
            problems.append(f"{pid}-clean: {f}")
        for w in c.warns:
            problems.append(f"{pid}-clean warning: {w}")
        if by_case[f"{pid}-clean.txt"]["expected"] != [] or not by_case[f"{pid}-clean.txt"]["clean"]:
            problems.append(f"{pid}-clean: label not empty")
        for i, e in enumerate(EDITS[pid], 1):
            name = f"{pid}-e{i}.txt"
            err = open(os.path.join(CASES, name), encoding="utf-8").read()
            lab = by_case[name]
            exp = lab["expected"]
            if len(exp) != 1 or exp[0]["code"] != e["code"] or exp[0]["severity"] != "error" or lab["clean"]:
                problems.append(f"{name}: label does not match the edit list")
                continue
            code = exp[0]["code"]
            value = exp[0]["value"]
            code_count[code] += 1
            where[e["where"]] += 1
            if err.count(value) != 1:
                problems.append(f"{name}: label value occurs {err.count(value)} times")
            a, b = diff_region(clean, err)
            if err == clean:
                problems.append(f"{name}: identical to clean")
            vs = err.find(value)
            if not (vs < max(b, a + 1) and a < vs + len(value)):
                problems.append(f"{name}: change [{a},{b}) does not overlap value at {vs}")
            if clean[:a] + err[a:b] + clean[len(clean) - (len(err) - b):] != err:
                problems.append(f"{name}: not a single contiguous change")
            if e["fig_old"]:
                want = 2 if code == "conflicting_values" else 1
                k = count_fig(clean, e["fig_old"])
                if k != want:
                    problems.append(f"{name}: changed figure {e['fig_old']!r} occurs {k} times in clean (want {want})")
            if e["fig_new"]:
                k = count_fig(err, e["fig_new"])
                if k != 1:
                    problems.append(f"{name}: new figure {e['fig_new']!r} occurs {k} times")
            try:
                ce = run(pid, err)
            except Structure as ex:
                problems.append(f"{name}: structure: {ex}")
                continue
            failed = {f[0] for f in ce.fails}
            if code not in failed:
                problems.append(f"{name}: labelled {code} does not fail (fails: {ce.fails})")
            other = failed - {code}
            if other:
                problems.append(f"{name}: other codes fail: {[f for f in ce.fails if f[0] != code]}")
    for k, v in code_count.items():
        if v < 2:
            problems.append(f"code {k} used {v} times")
    if abs(where["prose"] - where["table"]) > 4:
        problems.append(f"prose/table split {where}")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("codes:", json.dumps(code_count, ensure_ascii=False))
    print("where:", where)
    print("OK")


if __name__ == "__main__":
    main()
