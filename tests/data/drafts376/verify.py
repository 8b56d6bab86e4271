#!/usr/bin/env python3
"""Verify this set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous place
   that overlaps an occurrence of the label value; every code of errors.md §A (1-13) is used at least twice;
2. the arithmetic of every clean draft is redone from the text (all checks must pass);
3. the same checks are run on every error case: at least one check of the labelled code must fail and no check
   of another error-level code may fail.

Amounts are read as written (Decimal), normalised to 万元 for comparisons; a stated value with d decimals is
consistent with a computed value c iff |c - v| <= 0.5 * 10^-d (rules.md §8). Score-rule checks (rules.md §5,
a warning code) are run on the clean drafts only.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
]
CLEAN_ONLY = {"score_rule_mismatch"}
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
EPS = D("1e-9")


class ExtractError(Exception):
    pass


class N:
    """A number as written in the text, with its unit."""

    def __init__(self, s, unit=""):
        s = s.replace(",", "").strip()
        self.s = s
        self.v = D(s) if s else D(0)
        self.unit = unit
        self.d = len(s.split(".")[1]) if "." in s else 0

    @property
    def factor(self):
        return MONEY.get(self.unit, D(1))

    @property
    def w(self):  # value in 万元 for money, as written otherwise
        return self.v * self.factor

    @property
    def tol(self):
        return D("0.5") * (D(10) ** -self.d) * self.factor + EPS

    def __repr__(self):
        return f"{self.s}{self.unit}"


def close(n, computed):
    return abs(n.w - computed) <= n.tol


RESCALE = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

VAL_RE = re.compile(r"^(≥|≤|=|＞＝|＜＝|>=|<=)?\s*([\d.]+)\s*(.*)$")


def parse_val(s):
    """'≥2500亩' -> (direction, N); None for qualitative values."""
    s = s.strip()
    m = VAL_RE.match(s)
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞＝": "gte", ">=": "gte", "≤": "lte", "＜＝": "lte", "<=": "lte"}.get(sign or "", "eq")
    return direction, N(num, unit.strip())


def completion_of(direction, t, a):
    if direction == "lte":
        return D(100) if a.v <= t.v else t.v / a.v * 100
    return a.v / t.v * 100


def rule_score(direction, t, a, w):
    if direction == "lte":
        return w if a.v <= t.v else w * t.v / a.v
    return min(w, w * max(a.v, D(0)) / t.v)


class Ctx:
    def __init__(self, text):
        self.t = text
        self.res = []

    # -- extraction -------------------------------------------------------------------------
    def m(self, pat):
        ms = list(re.finditer(pat, self.t, re.M))
        if len(ms) != 1:
            raise ExtractError(f"{len(ms)} matches for {pat!r}")
        return ms[0]

    # -- checks -----------------------------------------------------------------------------
    def ok(self, code, desc, cond):
        self.res.append((code, desc, bool(cond)))

    def eq(self, code, desc, n, computed, money=None):
        """stated n against a computed value (万元 for money)."""
        if close(n, computed):
            self.ok(code, desc, True)
            return
        if (money if money is not None else n.unit in MONEY):
            for f in RESCALE:
                if abs(n.w * f - computed) <= n.tol * f:
                    self.ok("unit_mismatch", desc + f" (stated {n}, off by a power of ten)", False)
                    return
        self.ok(code, desc + f" (stated {n}, computed {computed:.4f})", False)

    def sum(self, desc, total, parts, code="sum_mismatch"):
        s = sum((p.w for p in parts), D(0))
        if close(total, s):
            self.ok(code, desc, True)
            return
        for f in RESCALE:
            if total.unit in MONEY and abs(total.w * f - s) <= total.tol * f:
                self.ok("unit_mismatch", desc + f" (total {total} off by a power of ten)", False)
                return
            for p in parts:
                if p.unit in MONEY and close(total, s - p.w + p.w * f):
                    self.ok("unit_mismatch", desc + f" (part {p} off by a power of ten)", False)
                    return
        self.ok(code, desc + f" (stated {total}, sum {s})", False)

    def same(self, desc, a, b, code="conflicting_values"):
        if abs(a.w - b.w) <= max(a.tol, b.tol):
            self.ok(code, desc, True)
            return
        if a.unit in MONEY or b.unit in MONEY:
            for f in RESCALE:
                if abs(a.w * f - b.w) <= max(a.tol * f, b.tol):
                    self.ok("unit_mismatch", desc + f" ({a} vs {b}, off by a power of ten)", False)
                    return
        self.ok(code, desc + f" ({a} vs {b})", False)

    def rate(self, desc, stated, num, den, code="rate_mismatch"):
        """stated rate (percent) = num / den (amounts in 万元); zero base -> only 0/blank allowed."""
        if den == 0:
            self.ok("implausible_rate", desc + f" (rate {stated} on a zero base)", stated.v == 0)
            return
        self.ok("implausible_rate", desc + f" (rate {stated} within 0-100%)", D(0) <= stated.v <= 100)
        self.eq(code, desc, stated, num / den * 100, money=False)

    def row(self, name, target, actual, w, s, completion=None):
        """one indicator row: score <= weight, units agree, completion, score rule (clean only)."""
        W, S = N(w), N(s)
        self.ok("score_exceeds_weight", f"{name}: 0 <= score {s} <= weight {w}", D(0) <= S.v <= W.v)
        tv, av = parse_val(target), parse_val(actual)
        if tv is None or av is None:
            return
        direction, t = tv
        _, a = av
        if t.unit != a.unit:
            self.ok("unit_mismatch", f"{name}: target unit {t.unit!r} vs actual unit {a.unit!r}", False)
            return
        self.ok("unit_mismatch", f"{name}: units agree", True)
        if a.unit == "%" and ("率" in name or "满意度" in name) and not ("增长" in name or "增幅" in name):
            self.ok("implausible_rate", f"{name}: {actual} within 0-100%", D(0) <= a.v <= 100)
        if completion is not None:
            self.eq("completion_mismatch", f"{name}: completion", N(completion.rstrip("%"), "%"),
                    completion_of(direction, t, a), money=False)
        self.eq("score_rule_mismatch", f"{name}: score by rules §5", S, rule_score(direction, t, a, W.v), money=False)

    def grade(self, desc, total, word):
        g = GRADE_WORDS.get(word)
        self.ok("grade_mismatch", desc + f" ({total} -> {grade_of(total)}, stated {word})", g == grade_of(total))


def num(m, i, unit="万元"):
    return N(m.group(i), unit)


# =========================================================================================
# A. Hunan, Jingzhou 2018: Hunan outline, MOF 附件1 table (tab-separated rows)
# =========================================================================================
def check_jingzhou(c):
    Y = 2018
    title = c.m(r"^(\d{4})年度少数民族发展资金（特色产业扶持）项目支出绩效自评报告$")
    c.ok("year_mismatch", "title year", int(title.group(1)) == Y)
    tbl_year = c.m(r"^（(\d{4})年度）$")
    c.ok("year_mismatch", "table year", int(tbl_year.group(1)) == Y)
    m = c.m(r"(\d{4})年当年财政拨款合计([\d.]+)万元，其中中央资金([\d.]+)万元、省级资金([\d.]+)万元、县级配套资金([\d.]+)(万元|元)")
    c.ok("year_mismatch", "appropriation year", int(m.group(1)) == Y)
    approp, central, prov, county = num(m, 2), num(m, 3), num(m, 4), N(m.group(5), m.group(6))
    c.sum("当年财政拨款 = 中央 + 省 + 县", approp, [central, prov, county])
    m = c.m(r"中央资金分两批下达：(\d{4})年(\d{1,2})月提前下达([\d.]+)万元，(\d{4})年(\d{1,2})月下达([\d.]+)万元")
    c.ok("year_mismatch", "advance issued in December of the year before",
         int(m.group(1)) == Y or (int(m.group(1)) == Y - 1 and int(m.group(2)) == 12))
    c.ok("year_mismatch", "second batch in the year", int(m.group(4)) == Y)
    c.sum("中央 = two batches", central, [num(m, 3), num(m, 6)])
    m = c.m(r"年初预算([\d.]+)万元，(\d{1,2})月省民宗委追加省级资金([\d.]+)万元")
    initial, added = num(m, 1), num(m, 3)
    c.sum("当年财政拨款 = 年初 + 追加", approp, [initial, added])
    m = c.m(r"另有(\d{4})年结转资金([\d.]+)万元并入本年度使用，全年预算合计([\d.]+)万元")
    c.ok("year_mismatch", "incoming carry-over from an earlier year", int(m.group(1)) < Y)
    carry, annual = num(m, 2), num(m, 3)
    c.sum("全年预算 = 当年 + 上年结转", annual, [approp, carry])
    m = c.m(r"全年到位资金([\d.]+)万元，到位率([\d.]+)%")
    received, rrate = num(m, 1), N(m.group(2), "%")
    c.rate("到位率", rrate, received.w, annual.w)
    m = c.m(r"截至(\d{4})年12月31日，实际支出([\d.]+)万元，执行率([\d.]+)%")
    c.ok("year_mismatch", "截至 year", int(m.group(1)) == Y)
    spent, erate = num(m, 2), N(m.group(3), "%")
    c.rate("执行率 (text)", erate, spent.w, annual.w)
    m = c.m(r"资金主要用于：油茶低产林改造([\d.]+)万元；杨梅提质改造([\d.]+)万元；民族特色产业合作社扶持([\d.]+)万元；"
            r"产业路及小型配套设施([\d.]+)万元；实用技术培训([\d.]+)万元")
    oil_amt, bay_amt = num(m, 1), num(m, 2)
    c.sum("支出 = Σ uses", spent, [num(m, i) for i in range(1, 6)])
    m = c.m(r"年末结余([\d.]+)万元")
    c.eq("balance_mismatch", "结余 = 到位 − 支出", num(m, 1), received.w - spent.w)
    m = c.m(r"结转至(\d{4})年使用")
    c.ok("year_mismatch", "outgoing carry-over to a later year", int(m.group(1)) > Y)
    m = c.m(r"完成油茶低产林改造(\d+)亩，为年度目标的([\d.]+)%，按每亩(\d+)元")
    oil_area, oil_price = N(m.group(1), "亩"), N(m.group(3), "元")
    c.eq("sum_mismatch", "油茶 area × price = amount", oil_amt, oil_area.v * oil_price.w)
    m2 = c.m(r"改造油茶低产林不少于(\d+)亩")
    c.eq("completion_mismatch", "油茶 completion (text)", N(m.group(2), "%"), oil_area.v / D(m2.group(1)) * 100,
         money=False)
    m = c.m(r"完成杨梅嫁接更新和提质改造(\d+)亩，为计划的([\d.]+)%，按每亩(\d+)元兑付补助(\d+)(万元|元)")
    bay_area, bay_price, bay_paid = N(m.group(1), "亩"), N(m.group(3), "元"), N(m.group(4), m.group(5))
    m2 = c.m(r"杨梅提质改造不少于(\d+)亩")
    c.eq("completion_mismatch", "杨梅 completion (text)", N(m.group(2), "%"), bay_area.v / D(m2.group(1)) * 100,
         money=False)
    c.eq("sum_mismatch", "杨梅 area × price = paid", bay_paid, bay_area.v * bay_price.w)
    c.same("杨梅 paid (元) vs 杨梅 amount (万元)", bay_paid, bay_amt)
    coop = N(c.m(r"茯苓加工等合作社(\d+)家").group(1), "家")
    m = c.m(r"户均增收(\d+)元，带动建档立卡贫困户(\d+)户")
    income, households = N(m.group(1), "元"), N(m.group(2), "户")
    sat_floor = N(c.m(r"满意率在(\d+)%以上").group(1), "%")
    m = c.m(r"本项目自评得分([\d.]+)分，评价等级为“(.)”")
    text_total, text_grade = N(m.group(1)), m.group(2)
    dt = c.m(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
    c.ok("year_mismatch", "report dated in the year or the next", int(dt.group(1)) in (Y, Y + 1))

    # funds block of the 自评表
    m = c.m(r"^年度资金总额\t([\d.]+)\t([\d.]+)\t([\d.]+)\t(\d+)\t([\d.]+)%\t([\d.]+)$")
    tot = [num(m, i) for i in (1, 2, 3)]
    exec_w, exec_rate, exec_score = N(m.group(4)), N(m.group(5), "%"), N(m.group(6))
    rows = {}
    for label in ("其中：当年财政拨款", "上年结转资金", "其他资金"):
        mm = c.m(r"^" + label + r"\t([\d.]+)\t([\d.]+)\t([\d.]+)\t")
        rows[label] = [num(mm, i) for i in (1, 2, 3)]
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.sum(f"年度资金总额 {col} = Σ rows", tot[i], [rows[k][i] for k in rows])
    c.rate("执行率 (table)", exec_rate, tot[2].w, tot[1].w)
    c.eq("score_rule_mismatch", "execution score", exec_score, exec_w.v * min(tot[2].w / tot[1].w, D(1)), money=False)
    c.same("年初预算 text vs table", initial, tot[0])
    c.same("全年预算 text vs table", annual, tot[1])
    c.same("执行 text vs table", spent, tot[2])
    c.same("当年财政拨款 text vs table", approp, rows["其中：当年财政拨款"][1])
    c.same("上年结转 text vs table", carry, rows["上年结转资金"][1])

    # indicator rows
    body = c.m(r"^一级指标\t二级指标\t三级指标\t年度指标值.*\n((?:.*\n)*?)总分\t+(\d+)\t([\d.]+)\t?$")
    weights, scores = [exec_w.v], [exec_score.v]
    actual_by_name = {}
    for line in body.group(1).splitlines():
        cells = line.split("\t")
        if len(cells) < 7:
            raise ExtractError(f"short row {line!r}")
        name, target, actual, w, s = cells[2], cells[3], cells[4], cells[5], cells[6]
        c.row(name, target, actual, w, s)
        weights.append(D(w))
        scores.append(D(s))
        actual_by_name[name] = actual
    c.ok("weight_sum_mismatch", f"Σ weights = 100 ({sum(weights)})", sum(weights) == 100)
    c.ok("weight_sum_mismatch", "总分 row weight = 100", D(body.group(2)) == 100)
    table_total = N(body.group(3))
    c.eq("score_sum_mismatch", "总分 (table) = Σ scores", table_total, sum(scores))
    c.eq("score_sum_mismatch", "自评得分 (text) = Σ scores", text_total, sum(scores))
    c.grade("grade (text)", text_total.v, text_grade)
    pv = lambda k: parse_val(actual_by_name[k])[1]
    c.same("油茶 area text vs table", oil_area, pv("油茶低产林改造面积"))
    c.same("杨梅 area text vs table", bay_area, pv("杨梅提质改造面积"))
    c.same("合作社 text vs table", coop, pv("扶持民族特色产业合作社"))
    c.same("户均增收 text vs table", income, pv("受益农户户均增收"))
    c.same("贫困户 text vs table", households, pv("带动建档立卡贫困户"))
    c.ok("conflicting_values", "满意度 text (95%以上) vs table", pv("受益群众满意度").v >= sat_floor.v)


# =========================================================================================
# B. Hubei, Xianfeng 2020: Hubei-style 20 + 80 table with 完成率 (｜-separated web table)
# =========================================================================================
def check_xianfeng(c):
    Y = 2020
    c.ok("year_mismatch", "title year",
         int(c.m(r"咸丰县民族宗教事务局(\d{4})年度少数民族特色村寨建设项目绩效自评报告").group(1)) == Y)
    c.ok("year_mismatch", "published the next year", int(c.m(r"发布时间：(\d{4})-").group(1)) in (Y, Y + 1))
    m = c.m(r"项目全年预算([\d.]+)万元，其中中央财政少数民族发展资金([\d.]+)万元、省级民族团结进步示范创建补助资金([\d.]+)万元、"
            r"县级配套资金([\d.]+)万元，资金已全部到位")
    annual, central, prov, county = (num(m, i) for i in (1, 2, 3, 4))
    c.sum("全年预算 = 中央 + 省 + 县", annual, [central, prov, county])
    m = c.m(r"截至(\d{4})年12月31日，项目累计支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.ok("year_mismatch", "截至 year", int(m.group(1)) == Y)
    spent, erate = num(m, 2), N(m.group(3), "%")
    c.rate("执行率 (text)", erate, spent.w, annual.w)
    m = c.m(r"中央资金支出([\d.]+)万元，执行率([\d.]+)%；省级资金支出([\d.]+)万元，执行率([\d.]+)%；"
            r"县级配套资金支出([\d.]+)万元，执行率([\d.]+)%")
    c_sp, p_sp, k_sp = num(m, 1), num(m, 3), num(m, 5)
    c.rate("中央 执行率", N(m.group(2), "%"), c_sp.w, central.w)
    c.rate("省级 执行率", N(m.group(4), "%"), p_sp.w, prov.w)
    c.rate("县级 执行率", N(m.group(6), "%"), k_sp.w, county.w)
    c.sum("支出 = 中央 + 省 + 县 支出", spent, [c_sp, p_sp, k_sp])
    m = c.m(r"未支出的([\d.]+)万元")
    c.eq("balance_mismatch", "未支出 = 预算(=到位) − 支出", num(m, 1), annual.w - spent.w)
    c.ok("year_mismatch", "carry-over to a later year", int(c.m(r"已结转(\d{4})年继续使用").group(1)) > Y)
    m = c.m(r"石仁坪村支出([\d.]+)万元、长岭村([\d.]+)万元、新场村([\d.]+)万元、水坝村([\d.]+)万元，(\d+)个示范村平均投入([\d.]+)万元")
    villages = [num(m, i) for i in (1, 2, 3, 4)]
    c.sum("支出 = Σ villages", spent, villages)
    c.ok("sum_mismatch", "village count", int(m.group(5)) == len(villages))
    c.eq("average_mismatch", "平均投入", num(m, 6), sum(v.w for v in villages) / len(villages))
    m = c.m(r"全年硬化村组道路([\d.]+)公里；完成民居风貌改造(\d+)户，户均补助([\d.]+)万元")
    road, houses, per_house = N(m.group(1), "公里"), N(m.group(2), "户"), N(m.group(3), "万元")
    m = c.m(r"发放满意度问卷(\d+)份，其中满意(\d+)份，满意度([\d.]+)%")
    sat = N(m.group(3), "%")
    c.rate("满意度 = 满意 / 问卷", sat, D(m.group(2)), D(m.group(1)))
    income = N(c.m(r"农民人均可支配收入增长([\d.]+)%，未达到").group(1), "%")
    events = N(c.m(r"宣传活动(\d+)场").group(1), "场")
    projects = N(c.m(r"等特色产业项目(\d+)个").group(1), "个")
    m = c.m(r"预算执行率占(\d+)分.*其余(\d+)分按年度目标分为(\d+)个目标块，分值分别为(\d+)分、(\d+)分、(\d+)分")
    exec_w_text, rest = D(m.group(1)), D(m.group(2))
    blocks_w = [D(m.group(i)) for i in (4, 5, 6)]
    c.ok("weight_sum_mismatch", "执行 + 其余 = 100", exec_w_text + rest == 100)
    c.ok("weight_sum_mismatch", "Σ block weights = 其余", sum(blocks_w) == rest)
    c.ok("weight_sum_mismatch", "block count", int(m.group(3)) == len(blocks_w))

    body = c.m(r"^目标｜指标｜年度指标值｜实际完成值｜完成率｜分值｜得分\n((?:.*\n)*?)合计｜｜｜｜｜(\d+)｜([\d.]+)$")
    weights, scores = [], []
    block_rows = []
    actual_by_name = {}
    exec_row = None
    for line in body.group(1).splitlines():
        cells = line.split("｜")
        if len(cells) != 7:
            raise ExtractError(f"bad row {line!r}")
        goal, name, target, actual, comp, w, s = cells
        if goal == "预算执行":
            exec_row = cells
        elif goal:
            block_rows.append([])
        if goal != "预算执行":
            block_rows[-1].append(D(w))
        c.row(name, target, actual, w, s, completion=comp)
        weights.append(D(w))
        scores.append(D(s))
        actual_by_name[name] = actual
    c.ok("weight_sum_mismatch", f"Σ weights = 100 ({sum(weights)})", sum(weights) == 100)
    c.ok("weight_sum_mismatch", "合计 weight = 100", D(body.group(2)) == 100)
    c.ok("weight_sum_mismatch", "block count (table)", len(block_rows) == len(blocks_w))
    for i, (bw, rws) in enumerate(zip(blocks_w, block_rows)):
        c.ok("weight_sum_mismatch", f"block {i + 1}: Σ rows = {bw}", sum(rws) == bw)
    c.ok("weight_sum_mismatch", "execution weight text vs table", D(exec_row[5]) == exec_w_text)
    c.rate("执行率 (table actual)", N(exec_row[3].rstrip("%"), "%"), spent.w, annual.w)
    c.eq("score_rule_mismatch", "execution score = 20 × rate", N(exec_row[6]),
         D(exec_row[5]) * min(spent.w / annual.w, D(1)), money=False)
    total = N(body.group(3))
    c.eq("score_sum_mismatch", "合计 = Σ scores", total, sum(scores))
    m = c.m(r"预算执行率扣([\d.]+)分，民居风貌改造户数扣([\d.]+)分，农民人均可支配收入增幅扣([\d.]+)分，合计扣([\d.]+)分")
    c.sum("Σ deductions", N(m.group(4)), [N(m.group(i)) for i in (1, 2, 3)])
    c.eq("score_sum_mismatch", "合计扣 = 100 − total", N(m.group(4)), 100 - sum(scores))
    m = c.m(r"项目自评得分([\d.]+)分，评价等级为“(.)”")
    c.eq("score_sum_mismatch", "text total = Σ scores", N(m.group(1)), sum(scores))
    c.grade("grade (text)", D(m.group(1)), m.group(2))
    pv = lambda k: parse_val(actual_by_name[k])[1]
    c.same("道路 text vs table", road, pv("村组道路硬化里程"))
    c.same("风貌改造 text vs table", houses, pv("民居风貌改造户数"))
    c.same("户均补助 text vs table", per_house, pv("户均风貌改造补助"))
    c.same("满意度 text vs table", sat, pv("群众满意度"))
    c.same("收入增幅 text vs table", income, pv("示范村农民人均可支配收入增幅"))
    c.same("宣传活动 text vs table", events, pv("开展民族团结进步宣传活动"))
    c.same("产业项目 text vs table", projects, pv("扶持特色产业项目"))
    dt = c.m(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
    c.ok("year_mismatch", "report dated in the year or the next", int(dt.group(1)) in (Y, Y + 1))


# =========================================================================================
# C. Guangxi, Fuchuan 2021: Shanxi-style funds table with 行次, one-cell-per-line 自评表 with 完成率
# =========================================================================================
FUNDS_COLS = ["总额", "小计", "中央", "自治区", "市级", "县级", "上年结转", "其他"]


def check_fuchuan(c):
    Y = 2021
    c.ok("year_mismatch", "project year", int(c.m(r"项目名称：(\d{4})年少数民族特色村寨保护与发展项目").group(1)) == Y)
    rows = {}
    for key, label in (("1", "年初预算资金"), ("2", "全年预算资金"), ("3", "实际到位资金"), ("4", "全年执行资金"),
                       ("5", "资金结余"), ("6", r"预算到位率\(%\)"), ("7", r"预算执行率\(%\)")):
        line = c.m(r"^" + label + r"\t\(" + key + r"\).*$").group(0)
        cells = line.split("\t")[2:]
        if len(cells) != 8:
            raise ExtractError(f"funds row {key}: {len(cells)} cells")
        unit = "%" if key in "67" else "万元"
        rows[key] = [N(x, unit) for x in cells]
    for key in "12345":
        r = rows[key]
        c.sum(f"row ({key}) 总额 = 小计 + 结转 + 其他", r[0], [r[1], r[6], r[7]])
        c.sum(f"row ({key}) 小计 = 中央 + 自治区 + 市 + 县", r[1], [r[2], r[3], r[4], r[5]])
    for i, col in enumerate(FUNDS_COLS):
        c.eq("balance_mismatch", f"(5) {col} = (3) − (4)", rows["5"][i], rows["3"][i].w - rows["4"][i].w)
        c.rate(f"(6) 到位率 {col}", rows["6"][i], rows["3"][i].w, rows["2"][i].w)
        c.rate(f"(7) 执行率 {col}", rows["7"][i], rows["4"][i].w, rows["2"][i].w)
    annual, received, spent = rows["2"][0], rows["3"][0], rows["4"][0]
    m = c.m(r"上年结转资金为(\d{4})年自治区下达")
    c.ok("year_mismatch", "incoming carry-over from an earlier year", int(m.group(1)) < Y)
    m = c.m(r"截至(\d{4})年12月31日，全年执行资金中传统民居修缮([\d.]+)万元、村寨消防设施改造([\d.]+)万元、特色产业扶持([\d.]+)万元、"
            r"民族文化展演及村寨标识([\d.]+)万元，年末结余([\d.]+)万元")
    c.ok("year_mismatch", "截至 year", int(m.group(1)) == Y)
    repair_amt, industry_amt = num(m, 2), num(m, 4)
    c.sum("执行 = Σ uses (text)", spent, [num(m, i) for i in (2, 3, 4, 5)])
    c.eq("balance_mismatch", "结余 (text) = 到位 − 执行", num(m, 6), received.w - spent.w)
    m = c.m(r"全年预算([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+)%")
    c.same("全年预算 text vs table", num(m, 1), annual)
    c.same("执行 text vs table", num(m, 2), spent)
    c.rate("执行率 (text)", N(m.group(3), "%"), num(m, 2).w, num(m, 1).w)
    m = c.m(r"修缮传统民居(\d+)栋，栋均补助([\d.]+)万元")
    houses, per_house = N(m.group(1), "栋"), N(m.group(2), "万元")
    c.eq("sum_mismatch", "民居 count × 栋均 = 修缮 amount", repair_amt, houses.v * per_house.w)
    fire = N(c.m(r"消防设施改造(\d+)处全部完工").group(1), "处")
    m = c.m(r"特色产业扶持面积(\d+)亩，按每亩(\d+)(元|万元)补助")
    area, price = N(m.group(1), "亩"), N(m.group(2), m.group(3))
    c.eq("sum_mismatch", "area × price = 产业 amount", industry_amt, area.v * price.w)
    growth = N(c.m(r"接待游客较上年增长([\d.]+)%").group(1), "%")
    shows = N(c.m(r"民族文化活动(\d+)场").group(1), "场")
    sat = N(c.m(r"村民满意度([\d.]+)%，").group(1), "%")
    m = c.m(r"本项目自评总得分([\d.]+)分，等级为“(..)”")
    text_total, text_grade = N(m.group(1)), m.group(2)

    tail = c.t.split("附件1.项目支出绩效自评表\n", 1)
    if len(tail) != 2:
        raise ExtractError("no 附件1")
    blocks = [b for b in tail[1].rstrip("\n").split("\n\n")]
    weights, scores = [], []
    actual_by_name = {}
    total_row = None
    for b in blocks:
        cells = [ln[1:] if ln.startswith("\t") else ln for ln in b.split("\n")]
        if len(cells) != 9:
            raise ExtractError(f"自评表 block with {len(cells)} cells: {b!r}")
        if cells[0] == "一级指标":
            continue
        if cells[0] == "合计":
            total_row = cells
            continue
        l1, l2, name, w, target, actual, comp, s, note = cells
        if name == "预算执行率":
            c.rate("执行率 (自评表 actual)", N(actual.rstrip("%"), "%"), spent.w, annual.w)
            c.eq("completion_mismatch", "执行率 completion", N(comp.rstrip("%"), "%"), spent.w / annual.w * 100,
                 money=False)
            c.eq("score_rule_mismatch", "execution score", N(s), D(w) * min(spent.w / annual.w, D(1)), money=False)
            c.ok("score_exceeds_weight", "execution score <= weight", D(0) <= D(s) <= D(w))
        else:
            c.row(name, target, actual, w, s, completion=comp)
        weights.append(D(w))
        scores.append(D(s))
        actual_by_name[name] = actual
    if total_row is None:
        raise ExtractError("no 合计 block")
    c.ok("weight_sum_mismatch", f"Σ weights = 100 ({sum(weights)})", sum(weights) == 100)
    c.ok("weight_sum_mismatch", "合计 weight = 100", D(total_row[3]) == 100)
    c.eq("score_sum_mismatch", "合计 score = Σ", N(total_row[7]), sum(scores))
    c.eq("score_sum_mismatch", "text total = Σ", text_total, sum(scores))
    c.grade("grade (text)", text_total.v, text_grade)
    pv = lambda k: parse_val(actual_by_name[k])[1]
    c.same("民居 text vs table", houses, pv("修缮传统民居"))
    c.same("栋均补助 text vs table", per_house, pv("传统民居栋均修缮补助"))
    c.same("消防 text vs table", fire, pv("改造村寨消防设施"))
    c.same("种植面积 text vs table", area, pv("特色产业种植面积"))
    c.same("游客增长 text vs table", growth, pv("村寨旅游接待人次增长率"))
    c.same("展演 text vs table", shows, pv("民族文化展演活动"))
    c.same("满意度 text vs table", sat, pv("村民满意度"))


# =========================================================================================
# D. Qinghai, Menyuan 2022: department-wide report (web page, ｜ tables)
# =========================================================================================
def check_menyuan(c):
    Y = 2022
    c.ok("year_mismatch", "title year",
         int(c.m(r"门源回族自治县民族宗教事务局(\d{4})年度部门整体支出绩效自评报告").group(1)) == Y)
    c.ok("year_mismatch", "published the next year", int(c.m(r"时间：(\d{4})-").group(1)) in (Y, Y + 1))
    m = c.m(r"(\d{4})年年初预算([\d.]+)万元，年中追加([\d.]+)万元（其中省级民族团结进步示范创建补助([\d.]+)万元、"
            r"州级宗教活动场所整治补助([\d.]+)万元），调整后全年预算([\d.]+)万元")
    c.ok("year_mismatch", "budget year", int(m.group(1)) == Y)
    initial, added, annual = num(m, 2), num(m, 3), num(m, 6)
    c.sum("追加 = 省级 + 州级", added, [num(m, 4), num(m, 5)])
    c.sum("全年 = 年初 + 追加", annual, [initial, added])
    m = c.m(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    spent = num(m, 1)
    c.rate("部门执行率", N(m.group(2), "%"), spent.w, annual.w)
    m = c.m(r"年末未支出([\d.]+)万元，其中项目支出结转([\d.]+)万元、基本支出结余([\d.]+)万元")
    unspent, proj_carry, basic_bal = num(m, 1), num(m, 2), num(m, 3)
    c.eq("balance_mismatch", "未支出 = 全年 − 支出", unspent, annual.w - spent.w)
    c.sum("未支出 = 项目结转 + 基本结余", unspent, [proj_carry, basic_bal])
    m = c.m(r"基本支出。全年预算([\d.]+)万元，其中人员经费([\d.]+)万元、公用经费([\d.]+)万元；实际支出([\d.]+)万元，执行率([\d.]+)%")
    b_budget, b_spent = num(m, 1), num(m, 4)
    c.sum("基本 = 人员 + 公用", b_budget, [num(m, 2), num(m, 3)])
    c.rate("基本执行率", N(m.group(5), "%"), b_spent.w, b_budget.w)
    c.eq("balance_mismatch", "基本结余 = 基本预算 − 基本支出", basic_bal, b_budget.w - b_spent.w)
    m = c.m(r"项目支出。全年预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%")
    p_budget, p_spent = num(m, 1), num(m, 2)
    c.rate("项目执行率 (text)", N(m.group(3), "%"), p_spent.w, p_budget.w)
    c.eq("balance_mismatch", "项目结转 = 项目预算 − 项目支出", proj_carry, p_budget.w - p_spent.w)
    c.sum("全年 = 基本 + 项目", annual, [b_budget, p_budget])
    c.sum("支出 = 基本 + 项目", spent, [b_spent, p_spent])
    # project table
    projs = []
    for mm in re.finditer(r"^(\d)｜([^｜\n]+)｜([\d.]+)｜([\d.]+)｜([\d.]+)%｜([\d.]+)$", c.t, re.M):
        projs.append(mm)
    if len(projs) != 5:
        raise ExtractError(f"{len(projs)} project rows")
    for mm in projs:
        c.rate(f"项目{mm.group(1)} 执行率", N(mm.group(5), "%"), N(mm.group(4)).w, N(mm.group(3)).w)
        c.ok("score_exceeds_weight", f"项目{mm.group(1)} score <= 100", D(mm.group(6)) <= 100)
    m = c.m(r"^合计｜｜([\d.]+)｜([\d.]+)｜([\d.]+)%｜—$")
    c.sum("项目表 预算合计", num(m, 1), [N(p.group(3)) for p in projs])
    c.sum("项目表 执行合计", num(m, 2), [N(p.group(4)) for p in projs])
    c.rate("项目表 合计执行率", N(m.group(3), "%"), num(m, 2).w, num(m, 1).w)
    c.same("项目预算 text vs table", p_budget, num(m, 1))
    c.same("项目支出 text vs table", p_spent, num(m, 2))
    m = c.m(r"(\d)个项目平均自评得分([\d.]+)分")
    c.ok("average_mismatch", "project count", int(m.group(1)) == len(projs))
    c.eq("average_mismatch", "平均自评得分", N(m.group(2)), sum(D(p.group(6)) for p in projs) / len(projs), money=False)
    m = c.m(r"示范村建设项目年度预算([\d.]+)万元，用于浩门镇、青石嘴镇、东川镇等(\d+)个示范村.*平均每村支出([\d.]+)万元")
    c.same("示范村 budget text vs table", num(m, 1), N(projs[0].group(3)))
    c.eq("average_mismatch", "平均每村支出", num(m, 3), N(projs[0].group(4)).w / D(m.group(2)))
    # 三公
    m = c.m(r"(\d{4})年“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，较(\d{4})年的([\d.]+)万元下降([\d.]+)万元，降幅([\d.]+)%")
    c.ok("year_mismatch", "三公 year", int(m.group(1)) == Y and int(m.group(4)) == Y - 1)
    sg_budget, sg_spent, sg_last = num(m, 2), num(m, 3), num(m, 5)
    c.eq("sum_mismatch", "下降额 = 上年 − 本年", num(m, 6), sg_last.w - sg_spent.w)
    c.rate("降幅", N(m.group(7), "%"), sg_last.w - sg_spent.w, sg_last.w)
    sg_rows = []
    for label in ("因公出国（境）费", "公务接待费", "公务用车运行维护费"):
        mm = c.m(r"^" + label + r"｜([\d.]+)｜([\d.]+)｜([\d.]+)$")
        sg_rows.append([num(mm, i) for i in (1, 2, 3)])
    m = c.m(r"^合计｜([\d.]+)｜([\d.]+)｜([\d.]+)$")
    sg_tot = [num(m, i) for i in (1, 2, 3)]
    for i, col in enumerate(("2022年预算数", "2022年支出数", "2021年支出数")):
        c.sum(f"三公 {col} 合计", sg_tot[i], [r[i] for r in sg_rows])
    c.same("三公预算 text vs table", sg_budget, sg_tot[0])
    c.same("三公支出 text vs table", sg_spent, sg_tot[1])
    c.same("三公上年 text vs table", sg_last, sg_tot[2])
    # score table
    srows = list(re.finditer(r"^(投入|过程|产出|效益)｜([^｜\n]+)｜([\d.]+)｜([\d.]+)$", c.t, re.M))
    if len(srows) != 6:
        raise ExtractError(f"{len(srows)} score rows")
    for mm in srows:
        c.ok("score_exceeds_weight", f"{mm.group(2)}: score <= weight", D(0) <= D(mm.group(4)) <= D(mm.group(3)))
        if mm.group(2) == "预算执行率":
            c.eq("score_rule_mismatch", "execution score = 20 × rate", N(mm.group(4)),
                 D(mm.group(3)) * min(spent.w / annual.w, D(1)), money=False)
    m = c.m(r"^合计｜(\d+)｜([\d.]+)｜等级：(.)$")
    c.ok("weight_sum_mismatch", "Σ weights = 100", sum(D(r.group(3)) for r in srows) == 100)
    c.ok("weight_sum_mismatch", "合计 weight = 100", D(m.group(1)) == 100)
    ssum = sum(D(r.group(4)) for r in srows)
    c.eq("score_sum_mismatch", "合计 score = Σ", N(m.group(2)), ssum)
    c.grade("grade (table)", D(m.group(2)), m.group(3))
    m = c.m(r"整体支出绩效自评得分([\d.]+)分，等级为(..)。")
    c.eq("score_sum_mismatch", "text total = Σ", N(m.group(1)), ssum)
    c.grade("grade (text)", D(m.group(1)), m.group(2))
    m = c.m(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
    c.ok("year_mismatch", "report dated in the year or the next", int(m.group(1)) in (Y, Y + 1))
    for mm in re.finditer(r"(?:顺延至|结转资金于)(\d{4})年", c.t):
        c.ok("year_mismatch", "carry-over / postponement to a later year", int(mm.group(1)) > Y)


# =========================================================================================
# E. Sichuan, Beichuan 2024: Sichuan outline, 自评表 with 指标性质/度量单位 (10 + 90, no satisfaction)
# =========================================================================================
def check_beichuan(c):
    Y = 2024
    c.ok("year_mismatch", "title year", int(c.m(r"^(\d{4})年度项目支出绩效自评报告$").group(1)) == Y)
    c.ok("year_mismatch", "table year", int(c.m(r"^（(\d{4})年度）$").group(1)) == Y)
    m = c.m(r"年初预算([\d.]+)万元，其中县级财政资金([\d.]+)万元、省级民族团结进步创建补助资金([\d.]+)万元；(\d{1,2})月省民宗委追加"
            r"示范创建奖补资金([\d.]+)万元，调整后全年预算([\d.]+)万元（县级([\d.]+)万元、省级([\d.]+)万元）")
    initial, added, annual = num(m, 1), num(m, 5), num(m, 6)
    c.sum("年初 = 县级 + 省级", initial, [num(m, 2), num(m, 3)])
    c.sum("全年 = 年初 + 追加", annual, [initial, added])
    c.sum("全年 = 县级 + 省级", annual, [num(m, 7), num(m, 8)])
    c.sum("省级 全年 = 年初省级 + 追加", num(m, 8), [num(m, 3), added])
    c.same("县级 年初 vs 全年 (no county adjustment)", num(m, 2), num(m, 7))
    c.ok("year_mismatch", "last year's figure names an earlier year", int(c.m(r"上年（(\d{4})年）").group(1)) == Y - 1)
    m = c.m(r"资金分三批到位([\d.]+)万元，到位率([\d.]+)%")
    received = num(m, 1)
    c.rate("到位率", N(m.group(2), "%"), received.w, annual.w)
    m = c.m(r"全年实际支出([\d.]+)万元，执行率([\d.]+)%")
    spent = num(m, 1)
    c.rate("执行率 (text)", N(m.group(2), "%"), spent.w, annual.w)
    m = c.m(r"其中示范单位命名奖补([\d.]+)万元，每个示范单位奖补([\d.]+)(万元|元)；“石榴籽”家园建设([\d.]+)万元，每个家园([\d.]+)(万元|元)；"
            r"宣传教育([\d.]+)万元；宣讲及培训([\d.]+)万元。未支出([\d.]+)万元，为“石榴籽”家园建设质保金([\d.]+)万元和宣传品采购尾款"
            r"([\d.]+)万元，已结转(\d{4})年支付")
    award_amt, per_award = num(m, 1), N(m.group(2), m.group(3))
    home_amt, per_home = num(m, 4), N(m.group(5), m.group(6))
    c.sum("支出 = Σ uses", spent, [award_amt, home_amt, num(m, 7), num(m, 8)])
    unspent = num(m, 9)
    c.eq("balance_mismatch", "未支出 = 到位 − 支出", unspent, received.w - spent.w)
    c.sum("未支出 = 质保金 + 尾款", unspent, [num(m, 10), num(m, 11)])
    c.ok("year_mismatch", "carry-over to a later year", int(m.group(12)) > Y)
    m = c.m(r"全年命名县级民族团结进步示范单位(\d+)个，其中机关(\d+)个、企业(\d+)个、学校(\d+)个、社区（村）(\d+)个、宗教活动场所(\d+)个，"
            r"复核达标率(\d+)%；建成“石榴籽”家园(\d+)个；开展民族团结进步宣讲(\d+)场次，完成率([\d.]+)%")
    units_n = N(m.group(1), "个")
    c.sum("示范单位 = Σ types", units_n, [N(m.group(i), "个") for i in range(2, 7)])
    recheck, homes, talks = N(m.group(7), "%"), N(m.group(8), "个"), N(m.group(9), "场次")
    talks_target = N(c.m(r"开展民族团结进步宣讲不少于(\d+)场次").group(1), "场次")
    c.eq("completion_mismatch", "宣讲 completion (text)", N(m.group(10), "%"), talks.v / talks_target.v * 100, money=False)
    c.eq("sum_mismatch", "奖补 = 单位数 × 每个", award_amt, units_n.v * per_award.w)
    c.eq("sum_mismatch", "家园 = 个数 × 每个", home_amt, homes.v * per_home.w)
    timely = N(c.m(r"兑付及时率(\d+)%").group(1), "%")
    aware = N(c.m(r"知晓率达到([\d.]+)%").group(1), "%")
    m = c.m(r"本项目自评得分([\d.]+)分，评价等级为“(.)”")
    text_total, text_grade = N(m.group(1)), m.group(2)

    m = c.m(r"^年度资金总额\t([\d.]+)\t([\d.]+)\t([\d.]+)\t(\d+)\t([\d.]+)%\t([\d.]+)$")
    tot = [num(m, i) for i in (1, 2, 3)]
    exec_w, exec_rate, exec_score = N(m.group(4)), N(m.group(5), "%"), N(m.group(6))
    frows = []
    for label in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        mm = c.m(r"^" + label + r"\t([\d.]+)\t([\d.]+)\t([\d.]+)\t")
        frows.append([num(mm, i) for i in (1, 2, 3)])
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.sum(f"年度资金总额 {col} = Σ rows", tot[i], [r[i] for r in frows])
    c.rate("执行率 (table)", exec_rate, tot[2].w, tot[1].w)
    c.eq("score_rule_mismatch", "execution score", exec_score, exec_w.v * min(tot[2].w / tot[1].w, D(1)), money=False)
    c.same("年初 text vs table", initial, tot[0])
    c.same("全年 text vs table", annual, tot[1])
    c.same("执行 text vs table", spent, tot[2])
    box = c.m(r"资金执行率([\d.]+)%。$")
    c.rate("执行率 (评价结论 box)", N(box.group(1), "%"), tot[2].w, tot[1].w)

    body = c.m(r"^一级指标\t二级指标\t三级指标\t指标性质.*\n((?:.*\n)*?)总分\t+(\d+)\t([\d.]+)\t?$")
    weights, scores = [exec_w.v], [exec_score.v]
    actual_by_name = {}
    for line in body.group(1).splitlines():
        cells = line.split("\t")
        if len(cells) < 9:
            raise ExtractError(f"short row {line!r}")
        _, _, name, nature, target, unit, actual, w, s = cells[:9]
        if nature == "定性":
            c.ok("score_exceeds_weight", f"{name}: score <= weight", D(0) <= D(s) <= D(w))
            c.ok("score_rule_mismatch", f"{name}: qualitative 达成 band [80%,100%]",
                 D(w) * D("0.8") <= D(s) <= D(w) if actual.startswith("达成") else True)
        else:
            sign = {"≥": "≥", "≤": "≤", "=": ""}[nature]
            c.row(name, sign + target + unit, actual + unit, w, s)
            actual_by_name[name] = N(actual, unit)
        weights.append(D(w))
        scores.append(D(s))
    c.ok("weight_sum_mismatch", f"Σ weights = 100 ({sum(weights)})", sum(weights) == 100)
    c.ok("weight_sum_mismatch", "总分 weight = 100", D(body.group(2)) == 100)
    c.eq("score_sum_mismatch", "总分 (table) = Σ", N(body.group(3)), sum(scores))
    c.eq("score_sum_mismatch", "text total = Σ", text_total, sum(scores))
    c.grade("grade (text)", text_total.v, text_grade)
    a = actual_by_name
    c.same("示范单位 text vs table", units_n, a["命名县级民族团结进步示范单位"])
    c.same("家园 text vs table", homes, a["建成“石榴籽”家园"])
    c.same("宣讲 text vs table", talks, a["开展民族团结进步宣讲"])
    c.same("复核达标率 text vs table", recheck, a["示范单位复核达标率"])
    c.same("兑付及时率 text vs table", timely, a["奖补资金兑付及时率"])
    c.same("知晓率 text vs table", aware, a["民族团结进步知识知晓率"])
    std = a["示范单位奖补标准"]
    c.same("每个示范单位奖补 text vs table standard", per_award, N(std.s, "万元"))


CHECKERS = {
    "hn-jingzhou-tesechanye-2018": check_jingzhou,
    "hb-xianfeng-shifancun-2020": check_xianfeng,
    "gx-fuchuan-tesecunzhai-2021": check_fuchuan,
    "qh-menyuan-minzongju-bumen-2022": check_menyuan,
    "sc-beichuan-minzutuanjie-2024": check_beichuan,
}


def run_checks(source, text):
    c = Ctx(text)
    CHECKERS[source](c)
    return c.res


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
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    # 1. labels, diffs, code counts
    counts = {}
    for rec in labels:
        t = texts[rec["case"]]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            continue
        clean = texts[rec["source"] + "-clean.txt"]
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected exactly one label")
        start, end = diff_region(clean, t)
        if start >= end and len(clean) == len(t):
            problems.append(f"{rec['case']}: identical to clean draft")
        for lab in rec["expected"]:
            counts[lab["code"]] = counts.get(lab["code"], 0) + 1
            if lab["code"] not in ERROR_CODES or lab["severity"] != "error":
                problems.append(f"{rec['case']}: bad code/severity {lab}")
            v = lab["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), t)]
            if not occ:
                problems.append(f"{rec['case']}: value not found: {v!r}")
            elif not any(o < max(end, start + 1) and o + len(v) > start for o in occ):
                problems.append(f"{rec['case']}: value {v!r} does not overlap the edit [{start},{end})")
        # the edit is one contiguous place: outside [start, end) both texts are equal by construction;
        # require the region to be short (one figure or word, or one table-row pair)
        if end - start > 80:
            problems.append(f"{rec['case']}: edit region too long ({end - start})")
    for code in ERROR_CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    # 2./3. arithmetic
    for rec in labels:
        t = texts[rec["case"]]
        try:
            res = run_checks(rec["source"], t)
        except ExtractError as e:
            problems.append(f"{rec['case']}: extraction failed: {e}")
            continue
        failed = [(code, desc) for code, desc, ok in res if not ok]
        if rec["clean"]:
            for code, desc in failed:
                problems.append(f"{rec['case']}: clean draft fails {code}: {desc}")
            print(f"{rec['case']}: {len(res)} checks, all pass")
            continue
        want = rec["expected"][0]["code"]
        failed_err = [(code, desc) for code, desc in failed if code not in CLEAN_ONLY]
        hit = [d for code, d in failed_err if code == want]
        other = [(code, d) for code, d in failed_err if code != want]
        if not hit:
            problems.append(f"{rec['case']}: labelled {want} but no {want} check fails")
        for code, d in other:
            problems.append(f"{rec['case']}: unlabelled {code} fails: {d}")
        print(f"{rec['case']}: {want} -> {hit[0] if hit else 'NOT FOUND'}")
    print("codes:", ", ".join(f"{k}={counts.get(k, 0)}" for k in ERROR_CODES))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
