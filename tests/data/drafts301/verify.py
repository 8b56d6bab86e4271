#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case, and not in the clean draft;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. each of the 13 error codes of errors.md section A (figure_mismatch needs key figures and is not used)
   occurs at least twice;
4. the arithmetic of every clean draft is redone and must hold (rules.md section 7, tolerance of section 8);
5. in every error case the labelled code must fail and no other error-level code may fail.

The arithmetic is redone per draft from figures read out of the text with anchored patterns, so the same
function reads the clean draft and its six edited copies.  Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}   # checked on clean drafts only (local scoring rules differ)

TEN4 = Decimal(10000)


# ----------------------------------------------------------------------------------------------- helpers
class ReadError(Exception):
    pass


def dec(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return Decimal(s)


def places(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = dec(stated)
    d = places(stated)
    return abs(Decimal(computed) - v) <= Decimal("0.5") * Decimal(10) ** (-d) + Decimal("1e-9")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def pct(num, den):
    return Decimal(num) / Decimal(den) * 100


def find(pattern, text, flags=0):
    m = re.search(pattern, text, flags)
    if not m:
        raise ReadError("pattern not found: " + pattern)
    return m


def grade_of(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checks:
    def __init__(self):
        self.items = []   # (code, ok, message)

    def add(self, code, ok, msg):
        self.items.append((code, bool(ok), msg))

    # --- generic identities -------------------------------------------------------------------------
    def sum_(self, total_str, parts, msg, unit_aware=False):
        total = dec(total_str)
        s = sum((dec(p) for p in parts), Decimal(0))
        ok = consistent(total_str, s)
        code = "sum_mismatch"
        if not ok and unit_aware and (consistent(total_str, s * TEN4) or consistent(total_str, s / TEN4)):
            code = "unit_mismatch"
        self.add(code, ok, "%s: %s vs sum %s" % (msg, total, s))

    def rate(self, stated, num, den, msg):
        """stated rate (string with or without %) against num/den; zero base and >100% are implausible."""
        den = dec(den)
        if den == 0:
            self.add("implausible_rate", stated.strip() in ("—", "-", "0", "0%", "0.00%", "0.00"),
                     "%s: rate %s on a zero base" % (msg, stated))
            return
        if stated.strip() in ("—", "-"):
            self.add("rate_mismatch", False, "%s: rate missing on a non-zero base" % msg)
            return
        c = pct(num, den)
        self.add("rate_mismatch", consistent(stated, c), "%s: stated %s, computed %s" % (msg, stated, r2(c)))
        self.add("implausible_rate", dec(stated) <= 100 and dec(stated) >= 0, "%s: %s within 0..100" % (msg, stated))

    def balance(self, stated, received, spent, msg):
        c = dec(received) - dec(spent)
        self.add("balance_mismatch", consistent(stated, c), "%s: stated %s, computed %s" % (msg, stated, c))

    def same(self, a, b, msg, unit_aware=False):
        """conflicting_values: the same quantity stated twice; compared at the coarser precision."""
        va, vb = dec(a), dec(b)
        ok = consistent(a, vb) or consistent(b, va)
        code = "conflicting_values"
        if not ok and unit_aware and (va == vb * TEN4 or vb == va * TEN4):
            code = "unit_mismatch"
        self.add(code, ok, "%s: %s vs %s" % (msg, a, b))

    def year_after(self, year_str, eval_year, msg):
        self.add("year_mismatch", int(year_str) > eval_year, "%s: %s must be after %d" % (msg, year_str, eval_year))

    def year_eq(self, year_str, eval_year, msg):
        self.add("year_mismatch", int(year_str) == eval_year, "%s: %s vs %d" % (msg, year_str, eval_year))

    def average(self, stated, items, msg):
        vals = [dec(i) for i in items]
        c = sum(vals, Decimal(0)) / len(vals)
        self.add("average_mismatch", consistent(stated, c), "%s: stated %s, mean %s" % (msg, stated, r2(c)))

    def completion(self, stated, computed, msg):
        self.add("completion_mismatch", consistent(stated, computed),
                 "%s: stated %s, computed %s" % (msg, stated, r2(computed)))

    def grade(self, word, total_str, msg):
        g = GRADE_WORDS.get(word)
        self.add("grade_mismatch", g == grade_of(dec(total_str)), "%s: %s for %s" % (msg, word, total_str))

    # --- score table ----------------------------------------------------------------------------------
    def score_table(self, rows, exec_weight, exec_score, exec_rate, total_weight, total_score, msg,
                    completion_col=False):
        """rows: dicts name, target, actual, weight, score, [completion]."""
        weights = [dec(exec_weight)] + [dec(r["weight"]) for r in rows]
        self.add("weight_sum_mismatch", sum(weights) == 100 and dec(total_weight) == 100,
                 "%s: weights sum %s, stated %s" % (msg, sum(weights), total_weight))
        scores = [dec(exec_score)] + [dec(r["score"]) for r in rows]
        self.add("score_sum_mismatch", consistent(total_score, sum(scores)),
                 "%s: scores sum %s, stated %s" % (msg, sum(scores), total_score))
        for w, s, name in [(exec_weight, exec_score, "预算执行率")] + [(r["weight"], r["score"], r["name"]) for r in rows]:
            self.add("score_exceeds_weight", Decimal(0) <= dec(s) <= dec(w), "%s %s: score %s weight %s" % (msg, name, s, w))
        # execution score (warning-level rule)
        r = dec(exec_rate)
        exp = dec(exec_weight) * min(r, Decimal(100)) / 100
        self.add("score_rule_mismatch", consistent(exec_score, exp), "%s execution score %s vs %s" % (msg, exec_score, exp))
        for row in rows:
            self.indicator(row, msg, completion_col)

    def indicator(self, row, msg, completion_col):
        name, target, actual = row["name"], row["target"], row["actual"]
        w, s = dec(row["weight"]), row["score"]
        ut, ua = unit_of(target), unit_of(actual)
        if ut == "qual" or ua == "qual":
            self.add("score_rule_mismatch", consistent(s, w) or target == actual, "%s %s qualitative" % (msg, name))
            return
        if ut != ua:
            self.add("unit_mismatch", False, "%s %s: target unit %s, actual unit %s" % (msg, name, ut, ua))
            return
        self.add("unit_mismatch", True, "%s %s units" % (msg, name))
        if ut == "%" and dec(number_of(actual)) > 100 and not name.endswith("时长"):
            self.add("implausible_rate", False, "%s %s: %s above 100%%" % (msg, name, actual))
        elif ut == "%":
            self.add("implausible_rate", True, "%s %s: %s" % (msg, name, actual))
        comp = completion_of(target, actual)
        if completion_col:
            self.completion(row["completion"], comp, "%s %s" % (msg, name))
        exp = w * min(comp, Decimal(100)) / 100
        self.add("score_rule_mismatch", consistent(s, exp), "%s %s: score %s vs %s" % (msg, name, s, r2(exp)))

    def failing(self, levels=None):
        return sorted({c for (c, ok, m) in self.items if not ok and (levels is None or c in levels)})

    def messages(self, code=None):
        return [m for (c, ok, m) in self.items if not ok and (code is None or c == code)]


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def number_of(s):
    m = re.search(r"-?[\d,]*\.?\d+", s)
    return m.group(0).replace(",", "")


def unit_of(s):
    s = s.strip()
    if DATE.search(s):
        return "date"
    if not re.search(r"\d", s):
        return "qual"
    s = re.sub(r"^[≥≤=<>＞＜＝\s]+", "", s)
    m = re.match(r"[\d,]*\.?\d+\s*(.*)$", s)
    return m.group(1).strip() if m else "?"


def direction(target):
    t = target.strip()
    if t.startswith(("≥", ">=", "＞", ">")) or "不低于" in t or "不少于" in t:
        return "gte"
    if t.startswith(("≤", "<=", "＜", "<")) or "不超过" in t or "以内" in t:
        return "lte"
    if DATE.search(t):
        return "date"
    return "eq"


def completion_of(target, actual):
    d = direction(target)
    if d == "date":
        t = tuple(int(x) for x in DATE.search(target).groups())
        a = tuple(int(x) for x in DATE.search(actual).groups())
        return Decimal(100) if a <= t else Decimal(0)
    T, A = dec(number_of(target)), dec(number_of(actual))
    if d == "lte":
        return Decimal(100) if A <= T else T / A * 100
    if T == 0:
        return Decimal(100) if A <= 0 else Decimal(0)
    return max(A, Decimal(0)) / T * 100


# ------------------------------------------------------------------------------------ A: Jiangxi Hengfeng
def check_A(t):
    c = Checks()
    Y = 2022
    c.year_eq(find(r"(\d{4})年度应急广播体系建设项目支出绩效自评报告", t).group(1), Y, "title")
    c.year_eq(find(r"(\d{4})年度项目支出绩效自评表", t).group(1), Y, "table title")
    c.year_eq(find(r"截至(\d{4})年12月31日", t).group(1), Y, "cut-off date")
    m = find(r"(\d{4})年年初预算安排(\d+)万元，其中中央补助资金(\d+)万元、省级补助资金(\d+)万元、县级配套资金(\d+)万元", t)
    c.year_eq(m.group(1), Y, "budget year")
    init, cen, prov, cty = m.group(2), m.group(3), m.group(4), m.group(5)
    c.sum_(init, [cen, prov, cty], "年初 = 中央 + 省 + 县")
    m = find(r"追加县级配套资金([\d.]+)万元，加上(\d{4})年结转的([\d.]+)万元，全年预算数为([\d.]+)万元", t)
    add, carry_year, carry, annual = m.group(1), m.group(2), m.group(3), m.group(4)
    c.add("year_mismatch", int(carry_year) == Y - 1, "carry-over from previous year")
    c.sum_(annual, [init, add, carry], "全年 = 年初 + 追加 + 结转")
    m = find(r"项目累计支出([\d.]+)万元，预算执行率([\d.]+%)", t)
    spent, rate = m.group(1), m.group(2)
    c.rate(rate, spent, annual, "执行率 (prose)")
    m = find(r"县级配套资金支出([\d.]+)万元，执行率([\d.]+%)", t)
    cty_spent = m.group(1)
    c.rate(m.group(2), cty_spent, dec(cty) + dec(add), "县级执行率")
    c.sum_(spent, [cen, prov, carry, cty_spent], "支出 = 中央 + 省 + 结转 + 县级支出")
    m = find(r"年末结余([\d.]+)万元，已按规定结转至(\d{4})年", t)
    c.balance(m.group(1), annual, spent, "结余 (到位率100%)")
    c.year_after(m.group(2), Y, "结转年度")
    terminals = find(r"行政村（社区）应急广播终端(\d+)个", t).group(1)
    m = find(r"共抽查终端(\d+)个，抽查比例([\d.]+%)", t)
    c.rate(m.group(2), m.group(1), terminals, "抽查比例")
    m = find(r"安装室外音柱(\d+)只，完成年度目标(\d+)只的([\d.]+%)", t)
    pillars, pillar_target = m.group(1), m.group(2)
    c.completion(m.group(3), pct(pillars, pillar_target), "音柱完成率")
    m = find(r"政策宣传信息(\d+)次，完成率([\d.]+%)", t)
    msgs = m.group(1)
    goal_msgs = find(r"发布预警及政策信息不少于(\d+)次", t).group(1)
    c.completion(m.group(2), pct(msgs, goal_msgs), "信息发布完成率")
    m = find(r"满意度分别为(\d+)%、(\d+)%、(\d+)%，平均([\d.]+)%", t)
    avg = m.group(4)
    c.average(avg, [m.group(1), m.group(2), m.group(3)], "满意度平均")
    m = find(r"本项目自评得分([\d.]+)分，评价等级为“(.)”", t)
    prose_total, grade_word = m.group(1), m.group(2)
    c.grade(grade_word, prose_total, "grade")

    # table
    rows = {}
    for line in t.splitlines():
        f = line.split("｜")
        if f[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(f) == 7:
            rows[f[0]] = f
    tot, cur, car, oth = rows["年度资金总额"], rows["其中：当年财政拨款"], rows["上年结转资金"], rows["其他资金"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(tot[col], [cur[col], car[col], oth[col]], "资金总额 %s 列" % nm)
    for f in (tot, cur, car, oth):
        c.rate(f[5], f[3], f[2], "table %s 执行率" % f[0])
        c.add("implausible_rate", dec(f[3]) <= dec(f[2]) or dec(f[2]) == 0, "%s 执行 <= 预算" % f[0])
    c.same(annual, tot[2], "全年预算 prose/table")
    c.same(init, tot[1], "年初预算 prose/table")
    c.same(spent, tot[3], "支出 prose/table")
    c.same(rate, tot[5], "执行率 prose/table")
    c.same(carry, car[2], "上年结转 prose/table")
    c.same(carry, car[3], "结转支出 prose/table")
    ind = []
    total_w = total_s = None
    for line in t.splitlines():
        f = line.split("｜")
        if f[0] in ("产出指标", "效益指标", "满意度指标") and len(f) == 8:
            ind.append({"name": f[2], "target": f[3], "actual": f[4], "weight": f[5], "score": f[6]})
        if f[0] == "总分":
            total_w, total_s = f[5], f[6]
    c.score_table(ind, tot[4], tot[6], tot[5], total_w, total_s, "自评表")
    c.same(prose_total, total_s, "总分 prose/table")
    byname = {r["name"]: r for r in ind}
    c.same(avg, number_of(byname["群众满意度"]["actual"]), "满意度 prose/table")
    c.same(pillars, number_of(byname["室外音柱安装数量"]["actual"]), "音柱 prose/table")
    c.same(pillar_target, number_of(byname["室外音柱安装数量"]["target"]), "音柱目标 prose/table")
    c.same(msgs, number_of(byname["预警及政策信息发布次数"]["actual"]), "信息发布 prose/table")
    c.same(goal_msgs, number_of(byname["预警及政策信息发布次数"]["target"]), "信息发布目标 prose/table")
    c.same(terminals, number_of(byname["行政村（社区）终端接入数"]["actual"]), "终端 prose/table")
    c.same(find(r"验收合格率([\d.]+)%", t).group(1), number_of(byname["设备验收合格率"]["actual"]), "合格率")
    c.same(find(r"系统正常运行率([\d.]+)%，在", t).group(1), number_of(byname["系统正常运行率"]["actual"]), "运行率")
    c.same(spent, number_of(byname["项目总成本"]["actual"]), "成本 prose/table")
    c.same(annual, number_of(byname["项目总成本"]["target"]), "成本上限 prose/table")
    return c


# ------------------------------------------------------------------------------------ B: Hebei Kuancheng
def check_B(t):
    c = Checks()
    Y = 2018
    c.year_eq(find(r"关于(\d{4})年度直播卫星户户通", t).group(1), Y, "title")
    c.year_eq(find(r"(\d{4})年度项目支出绩效自评表", t).group(1), Y, "table title")
    m = find(r"(\d{4})年年初预算安排户户通运行维护资金([\d.]+)万元，其中中央补助(\d+)万元、省级补助(\d+)万元、县级配套([\d.]+)万元", t)
    c.year_eq(m.group(1), Y, "budget year")
    init = m.group(2)
    c.sum_(init, [m.group(3), m.group(4), m.group(5)], "年初 = 中央 + 省 + 县")
    m = find(r"按每户每年(\d+)元标准，全县(\d+)户共(\d+)(万元|元)（([\d.]+)万元）", t)
    per_hh, households, amt, amt_unit, amt_wan = m.groups()
    amt_yuan = dec(amt) * (TEN4 if amt_unit == "万元" else 1)
    prod = dec(per_hh) * dec(households)
    ok = amt_yuan == prod
    c.add("unit_mismatch" if (not ok and (amt_yuan == prod * TEN4 or prod == amt_yuan * TEN4)) else "sum_mismatch",
          ok, "户数 x 标准 = %s元, stated %s%s" % (prod, amt, amt_unit))
    ok = consistent(amt_wan, amt_yuan / TEN4)
    c.add("unit_mismatch" if (not ok and consistent(amt_wan, amt_yuan / TEN4 / TEN4)) else "conflicting_values",
          ok, "元 and 万元 statement of the same amount")
    c.same(households, find(r"累计开通直播卫星用户(\d+)户", t).group(1), "用户数")
    m = find(r"按每个网点每年(\d+)元、(\d+)个网点计([\d.]+)万元", t)
    c.sum_(m.group(3), [dec(m.group(1)) * dec(m.group(2)) / TEN4], "网点补助 = 标准 x 网点数", unit_aware=True)
    outlets, outlet_amt = m.group(2), m.group(3)
    c.sum_(init, [amt_wan, outlet_amt], "年初 = 用户运维 + 网点运行")
    m = find(r"另有(\d{4})年结转资金([\d.]+)万元，全年预算(\d+)万元", t)
    c.add("year_mismatch", int(m.group(1)) == Y - 1, "carry-over year")
    carry, annual = m.group(2), m.group(3)
    c.sum_(annual, [init, carry], "全年 = 年初 + 结转")
    m = find(r"全年支出([\d.]+)万元，预算执行率([\d.]+%)，其中当年财政拨款([\d.]+)万元全部支出，上年结转资金支出([\d.]+)万元", t)
    spent, rate, cur_spent, carry_spent = m.groups()
    c.rate(rate, spent, annual, "执行率 (prose)")
    c.same(cur_spent, init, "当年拨款全部支出")
    c.sum_(spent, [cur_spent, carry_spent], "支出 = 当年 + 结转")
    m = find(r"年末结余([\d.]+)万元，按规定结转(\d{4})年", t)
    c.balance(m.group(1), annual, spent, "结余 (资金全部到位)")
    c.year_after(m.group(2), Y, "结转年度")
    m = find(r"各片区用户满意度分别为((?:\d+%、)+\d+%)，平均([\d.]+)%", t)
    items = [x.rstrip("%") for x in m.group(1).split("、")]
    c.add("average_mismatch", len(items) == int(find(r"全县划分为(\d+)个服务片区", t).group(1)), "片区数")
    avg = m.group(2)
    c.average(avg, items, "满意度平均")
    m = find(r"本项目自评得分(\d+)分，评价结果为(..)", t)
    prose_total = m.group(1)
    c.grade(m.group(2), prose_total, "grade")

    rows = {}
    ind = []
    total_w = total_s = None
    for line in t.splitlines():
        f = line.split("\t")
        if f[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(f) == 7:
            rows[f[0]] = f
        if f[0] in ("产出指标", "效益指标", "满意度指标") and len(f) == 8:
            ind.append({"name": f[2], "target": f[3], "actual": f[4], "weight": f[5], "score": f[6]})
        if f[0] == "总分":
            total_w, total_s = f[5], f[6]
    tot, cur, car, oth = rows["年度资金总额"], rows["其中：当年财政拨款"], rows["上年结转资金"], rows["其他资金"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(tot[col], [cur[col], car[col], oth[col]], "资金总额 %s 列" % nm)
    for f in (tot, cur, car, oth):
        c.rate(f[5], f[3], f[2], "table %s 执行率" % f[0])
    c.same(init, tot[1], "年初 prose/table")
    c.same(annual, tot[2], "全年 prose/table")
    c.same(spent, tot[3], "执行 prose/table")
    c.same(rate, tot[5], "执行率 prose/table")
    c.same(carry, car[2], "结转 prose/table")
    c.same(carry_spent, car[3], "结转支出 prose/table")
    c.score_table(ind, tot[4], tot[6], tot[5], total_w, total_s, "自评表")
    c.same(prose_total, total_s, "总分 prose/table")
    byname = {r["name"]: r for r in ind}
    c.same(avg, number_of(byname["用户满意度"]["actual"]), "满意度 prose/table")
    c.same(find(r"全年上门维修([\d,]+)户", t).group(1), number_of(byname["上门维修服务户数"]["actual"]), "维修户数 prose/table")
    c.same(find(r"上门维修服务不少于(\d+)户", t).group(1), number_of(byname["上门维修服务户数"]["target"]), "维修目标")
    c.same(find(r"报修处理及时率([\d.]+)%，未达到", t).group(1), number_of(byname["报修处理及时率"]["actual"]), "及时率")
    c.same(find(r"正常收视率([\d.]+)%，用户", t).group(1), number_of(byname["用户正常收视率"]["actual"]), "收视率")
    c.same(find(r"用户投诉率([\d.]+)%", t).group(1), number_of(byname["用户投诉率"]["actual"]), "投诉率")
    c.same(outlets, number_of(byname["乡镇维修服务网点"]["actual"]), "网点数")
    c.same(per_hh, number_of(byname["户均运维补助标准"]["actual"]), "户均标准", unit_aware=True)
    c.same(find(r"全年组织维护人员培训(\d+)期", t).group(1), number_of(byname["维护人员培训"]["actual"]), "培训期数")
    return c


# ------------------------------------------------------------------------------------ C: Shanxi Heshun
def cell_blocks(t):
    """one-cell-per-line tables: rows are runs of tab-indented lines separated by blank lines."""
    blocks, cur = [], []
    for line in t.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:])
        else:
            if cur:
                blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def check_C(t):
    c = Checks()
    Y = 2021
    blocks = cell_blocks(t)
    fr = {}
    ind = []
    total = None
    for b in blocks:
        if len(b) == 10 and b[1].startswith("("):
            fr[b[1].split("=")[0]] = b
        if len(b) == 9 and b[0] in ("预算执行指标", "产出指标", "效益指标", "满意度指标", ""):
            ind.append(b)
        if len(b) == 9 and b[0] == "合计":
            total = b
    r1, r2_, r3, r4, r5, r6, r7 = (fr["(%d)" % i] for i in range(1, 8))
    # columns: 2 total, 3 小计, 4 中央, 5 省, 6 市, 7 县, 8 结转, 9 其他
    for r, nm in ((r1, "年初"), (r2_, "全年"), (r3, "到位"), (r4, "执行"), (r5, "结余")):
        c.sum_(r[2], [r[3], r[8], r[9]], "%s: 总额 = 小计 + 结转 + 其他" % nm)
        c.sum_(r[3], [r[4], r[5], r[6], r[7]], "%s: 小计 = 中央 + 省 + 市 + 县" % nm)
    for col in range(2, 10):
        c.balance(r5[col], r3[col], r4[col], "(5)=(3)-(4) col %d" % col)
        c.rate(r6[col], r3[col], r2_[col], "(6)=(3)/(2) col %d" % col)
        c.rate(r7[col], r4[col], r2_[col], "(7)=(4)/(2) col %d" % col)
        c.add("implausible_rate", dec(r4[col]) <= dec(r3[col]) <= dec(r2_[col]), "执行<=到位<=预算 col %d" % col)
    m = find(r"(\d{4})年年初预算(\d+)万元，年中县财政追加配套资金(\d+)万元，全年预算(\d+)万元；实际到位(\d+)万元，全年支出(\d+)万元，预算执行率([\d.]+%)", t)
    yr, init, add, annual, received, spent, rate = m.groups()
    c.year_eq(yr, Y, "budget year")
    c.sum_(annual, [init, add], "全年 = 年初 + 追加")
    c.rate(rate, spent, annual, "执行率 (prose)")
    c.same(init, r1[2], "年初 prose/table")
    c.same(annual, r2_[2], "全年 prose/table")
    c.same(received, r3[2], "到位 prose/table")
    c.same(spent, r4[2], "执行 prose/table")
    c.same(rate, r7[2], "执行率 prose/table")
    m = find(r"设备购置费预算(\d+)万元，支出(\d+)万元，执行率([\d.]+%)；安装调试及系统集成费预算(\d+)万元，支出(\d+)万元，执行率([\d.]+%)", t)
    eb, es, er, ib, is_, ir = m.groups()
    c.rate(er, es, eb, "设备购置费执行率")
    c.rate(ir, is_, ib, "安装集成费执行率")
    c.sum_(annual, [eb, ib], "全年 = 设备 + 安装")
    c.sum_(spent, [es, is_], "支出 = 设备 + 安装")
    m = find(r"县级配套资金中有(\d+)万元于(\d{4})年1月才拨付到位", t)
    c.sum_(r2_[7], [r3[7], m.group(1)], "县级 全年 = 到位 + 次年到位")
    c.year_after(m.group(2), Y, "次年到位")
    m = find(r"年末结余(\d+)万元为设备质保金，已结转(\d{4})年", t)
    c.balance(m.group(1), received, spent, "结余 (prose)")
    c.year_after(m.group(2), Y, "结转年度")
    c.same(find(r"年内执行(\d+)万元", t).group(1), r4[7], "县级执行 prose/table")
    m = find(r"本项目自评总得分(\d+)分，等级为(..)", t)
    prose_total = m.group(1)
    c.grade(m.group(2), prose_total, "grade")
    c.year_eq(find(r"于(\d{4})年9月28日切换开播", t).group(1), Y, "开播年度")

    exec_row = [b for b in ind if b[2] == "预算执行率"][0]
    rows = [{"name": b[2], "target": b[4], "actual": b[5], "completion": b[6], "weight": b[3], "score": b[7]}
            for b in ind if b[2] != "预算执行率"]
    c.same(exec_row[5], r7[2], "执行率 table/funds")
    c.completion(exec_row[6], pct(r4[2], r2_[2]), "执行率完成率")
    c.score_table(rows, exec_row[3], exec_row[7], exec_row[5], total[3], total[7], "自评表", completion_col=True)
    c.same(prose_total, total[7], "总分 prose/table")
    byname = {r["name"]: r for r in rows}
    c.same(find(r"观众满意度(\d+)%", t).group(1), number_of(byname["观众满意度"]["actual"]), "满意度 prose/table")
    c.same(find(r"不少于([\d.]+)万户", t).group(1), number_of(byname["高清信号覆盖用户"]["target"]), "覆盖目标")
    return c


# ------------------------------------------------------------------------------------ D: Sichuan Wangcang
def check_D(t):
    c = Checks()
    Y = 2023
    c.year_eq(find(r"(\d{4})年度农村公益电影放映项目支出绩效自评报告", t).group(1), Y, "title")
    c.year_eq(find(r"（(\d{4})年度）", t).group(1), Y, "table year")
    m = find(r"为全县(\d+)个\s*行政村每月各放映1场，全年([\d,]+)场", t)
    villages, planned = m.groups()
    c.sum_(planned, [dec(villages) * 12], "计划场次 = 村数 x 12")
    m = find(r"年初按每场(\d+)(万元|元)的补助标准，全年([\d,]+)场申报放映补助，县财政批复([\d.]+)万元", t)
    std, std_unit, n_sub, init = m.groups()
    std_yuan = dec(std) * (TEN4 if std_unit == "万元" else 1)
    prod = std_yuan * dec(n_sub) / TEN4
    ok = consistent(init, prod)
    c.add("unit_mismatch" if (not ok and (consistent(init, prod / TEN4) or consistent(init, prod * TEN4))) else "sum_mismatch",
          ok, "批复 = 标准 x 场次: %s vs %s" % (init, prod))
    c.same(n_sub, planned, "申报场次")
    m = find(r"(\d+)月省级下达数字电影放映设备更新补助([\d.]+)万元，调整后预算([\d.]+)万元", t)
    equip_b, annual = m.group(2), m.group(3)
    c.sum_(annual, [init, equip_b], "调整后 = 年初 + 追加")
    m = find(r"全年支出([\d.]+)万元，预算执行率([\d.]+%)，其中放映补助([\d.]+)万元按季度考核后全部拨付，设备更新支出([\d.]+)万元，执行率([\d.]+%)", t)
    spent, rate, sub_spent, equip_s, equip_r = m.groups()
    c.rate(rate, spent, annual, "执行率 (prose)")
    c.same(sub_spent, init, "放映补助全部拨付")
    c.sum_(spent, [sub_spent, equip_s], "支出 = 补助 + 设备")
    c.rate(equip_r, equip_s, equip_b, "设备执行率")
    m = find(r"设备采购节余([\d.]+)万元已于(\d{4})年12月交回", t)
    c.balance(m.group(1), annual, spent, "节余")
    c.year_eq(m.group(2), Y, "交回年度")
    m = find(r"全年放映([\d,]+)场（(\d{4})年为[\d,]+场），其中农村公益放映([\d,]+)场，校园及社区放映(\d+)场", t)
    shows, last_year, rural, campus = m.groups()
    c.add("year_mismatch", int(last_year) == Y - 1, "上年对比")
    c.sum_(shows, [rural, campus], "放映 = 农村 + 校园社区")
    c.same(rural, planned, "农村场次")
    m = find(r"发放问卷(\d+)份，回收(\d+)份，回收率([\d.]+%)，其中表示满意和基本满意的(\d+)份，满意度([\d.]+%)", t)
    issued, back, back_rate, sat_n, sat = m.groups()
    c.rate(back_rate, back, issued, "回收率")
    c.rate(sat, sat_n, back, "满意度")
    m = find(r"自评得分([\d.]+)分，等级为(.)", t)
    prose_total = m.group(1)
    c.grade(m.group(2), prose_total, "grade")

    funds = {}
    for line in t.splitlines():
        f = line.split(" ")
        if f[0] in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金") and len(f) == 7:
            funds[f[0]] = f
    tot = funds["年度资金总额"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(tot[col], [funds[k][col] for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")],
               "资金总额 %s 列" % nm)
    for f in funds.values():
        c.rate(f[5], f[3], f[2], "table %s 执行率" % f[0])
    c.same(init, tot[1], "年初 prose/table")
    c.same(annual, tot[2], "全年 prose/table")
    c.same(spent, tot[3], "执行 prose/table")
    c.same(rate, tot[5], "执行率 prose/table")
    row_re = re.compile(r"^(产出指标|效益指标|满意度指标) (\S+) (\S+) (≥|≤|=|定性) (\S+) (\S+) (\S+) (\S+) (\S+)(?: (.*))?$")
    ind = []
    for line in t.splitlines():
        m = row_re.match(line)
        if m:
            _, l2, name, sign, val, unit, actual, w, s, note = m.groups()
            if sign == "定性":
                ind.append({"name": name, "target": unit, "actual": actual, "weight": w, "score": s})
            else:
                u = "" if unit == "%" else unit
                ind.append({"name": name, "target": sign + val + (unit if unit == "%" else u),
                            "actual": actual + (unit if unit == "%" else u), "weight": w, "score": s})
    m = find(r"^总分 (\d+) ([\d.]+)$", t, re.M)
    c.score_table(ind, tot[4], tot[6], tot[5], m.group(1), m.group(2), "自评表")
    c.same(prose_total, m.group(2), "总分 prose/table")
    byname = {r["name"]: r for r in ind}
    c.same(rural, number_of(byname["农村公益电影放映场次"]["actual"]), "场次 prose/table")
    c.same(find(r"更新数字电影放映设备(\d+)套", t).group(1), number_of(byname["放映设备更新"]["actual"]), "设备套数 prose/table")
    c.same(find(r"设备完好率([\d.]+)%", t).group(1), number_of(byname["放映设备完好率"]["actual"]), "完好率")
    c.same(find(r"GPS回传率([\d.]+)%，低于", t).group(1), number_of(byname["监管平台GPS回传率"]["actual"]), "回传率")
    c.same(find(r"GPS回传率达到(\d+)%以上", t).group(1), number_of(byname["监管平台GPS回传率"]["target"]), "回传率目标")
    c.same(find(r"观影群众([\d.]+)万人次，场均", t).group(1), number_of(byname["年观影人次"]["actual"]), "观影人次")
    c.same(find(r"观影群众不少于(\d+)万人次", t).group(1), number_of(byname["年观影人次"]["target"]), "观影目标")
    c.same(sat, number_of(byname["群众满意度"]["actual"]), "满意度 prose/table")
    c.same(str(std_yuan), number_of(byname["每场放映补助标准"]["actual"]), "补助标准 prose/table", unit_aware=True)
    return c


# ------------------------------------------------------------------------------------ E: Hunan Hengyang
def check_E(t):
    c = Checks()
    Y = 2024
    c.year_eq(find(r"衡阳市广播电视监测中心(\d{4})年度部门整体支出绩效自评报告", t).group(1), Y, "title")
    c.year_eq(find(r"附件：衡阳市广播电视监测中心(\d{4})年度部门整体支出绩效自评表", t).group(1), Y, "table title")
    c.year_eq(find(r"(\d{4})年末实有在职人员", t).group(1), Y, "人员年度")
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", t):
        rows.append(re.findall(r"<td>(.*?)</td>", tr))
    fund = {r[0]: r for r in rows if len(r) == 7 and r[0] != "年度预算资金（万元）"}
    tot = fund["年度资金总额"]
    gen, oth = fund["按收入性质分：一般公共预算"], fund["其他资金"]
    basic, proj = fund["按支出性质分：基本支出"], fund["项目支出"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(tot[col], [gen[col], oth[col]], "总额 = 一般公共预算 + 其他 (%s)" % nm)
        c.sum_(tot[col], [basic[col], proj[col]], "总额 = 基本 + 项目 (%s)" % nm)
    for f in fund.values():
        c.rate(f[5], f[3], f[2], "table %s 执行率" % f[0])
    m = find(r"(\d{4})年中心年初预算([\d.]+)万元", t)
    c.year_eq(m.group(1), Y, "budget year")
    c.same(m.group(2), tot[1], "年初 prose/table")
    m = find(r"全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元。全年实际支出([\d.]+)万元，预算执行率([\d.]+%)", t)
    annual, b_annual, p_annual, spent, rate = m.groups()
    c.sum_(annual, [b_annual, p_annual], "全年 = 基本 + 项目 (prose)")
    c.rate(rate, spent, annual, "执行率 (prose)")
    c.same(annual, tot[2], "全年 prose/table")
    c.same(b_annual, basic[2], "基本 prose/table")
    c.same(p_annual, proj[2], "项目 prose/table")
    c.same(spent, tot[3], "执行 prose/table")
    c.same(rate, tot[5], "执行率 prose/table")
    c.same(find(r"基本支出([\d.]+)万元全部执行", t).group(1), basic[3], "基本支出执行")
    m = find(r"安全播出监测运维经费(\d+)万元、监测系统升级改造([\d.]+)万元、应急广播监测接入([\d.]+)万元，分别支出(\d+)万元、([\d.]+)万元、([\d.]+)万元，项目支出合计([\d.]+)万元，执行率([\d.]+%)", t)
    b1, b2, b3, s1, s2, s3, p_spent, p_rate = m.groups()
    c.sum_(p_annual, [b1, b2, b3], "项目预算 = 三项之和")
    c.sum_(p_spent, [s1, s2, s3], "项目支出 = 三项之和")
    c.rate(p_rate, p_spent, p_annual, "项目执行率 (prose)")
    c.same(p_spent, proj[3], "项目支出 prose/table")
    m = find(r"年末结转资金([\d.]+)万元", t)
    c.balance(m.group(1), annual, spent, "结转 (全年预算 - 支出)")
    c.year_after(find(r"将结转至(\d{4})年", t).group(1), Y, "结转年度")
    m = find(r"共发现播出异态([\d,]+)次，其中技术性异态([\d,]+)次、内容类异态(\d+)次", t)
    c.sum_(m.group(1), [m.group(2), m.group(3)], "异态 = 技术 + 内容")
    m = find(r"四个季度得分分别为([\d.、]+)分，平均([\d.]+)分", t)
    c.average(m.group(2), m.group(1).split("、"), "季度平均")
    prose_total = find(r"(\d{4})年度自评得分([\d.]+)分", t)
    c.year_eq(prose_total.group(1), Y, "自评年度")

    ind = [r for r in rows if len(r) == 8 and r[0] in ("产出指标", "效益指标", "满意度指标")]
    total = [r for r in rows if r and r[0] == "总分"][0]
    grade_row = [r for r in rows if r and r[0] == "自评等级"][0]
    rs = [{"name": r[2], "target": r[3], "actual": r[4], "weight": r[5], "score": r[6]} for r in ind]
    c.score_table(rs, tot[4], tot[6], tot[5], total[5], total[6], "自评表")
    c.same(prose_total.group(2), total[6], "总分 prose/table")
    c.grade(grade_row[1], total[6], "grade (table)")
    byname = {r["name"]: r for r in rs}
    c.same(find(r"监测广播电视节目(\d+)套", t).group(1), number_of(byname["监测节目套数"]["actual"]), "节目套数")
    c.same(find(r"编发监测报告(\d+)期", t).group(1), number_of(byname["出具监测月报"]["actual"]), "月报")
    m = find(r"计划接入全市(\d+)个县（市、区），年内完成(\d+)个", t)
    c.same(m.group(1), number_of(byname["应急广播平台接入监测县（市、区）"]["target"]), "接入目标")
    c.same(m.group(2), number_of(byname["应急广播平台接入监测县（市、区）"]["actual"]), "接入完成")
    c.same(find(r"平均上报用时([\d.]+)分钟", t).group(1), number_of(byname["异态上报时限"]["actual"]), "上报用时")
    c.same(find(r"处置率(\d+)%", t).group(1), number_of(byname["播出异态处置率"]["actual"]), "处置率")
    c.same(find(r"播出机构满意度为(\d+)%", t).group(1), number_of(byname["播出机构满意度"]["actual"]), "满意度")
    c.same(annual, number_of(byname["部门整体支出"]["target"]), "支出上限")
    c.same(spent, number_of(byname["部门整体支出"]["actual"]), "支出")
    return c


CHECKERS = {
    "jx-hengfeng-yingjiguangbo-2022": check_A,
    "he-kuancheng-huhutong-2018": check_B,
    "sx-heshun-gaoqinghua-2021": check_C,
    "sc-wangcang-nongcundianying-2023": check_D,
    "hn-hengyang-gdjiance-2024": check_E,
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def diff_region(a, b):
    """common prefix / suffix: the changed region [p, len(b)-s) of b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def occurrences(text, value):
    out, i = [], text.find(value)
    while value and i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ list different files")
    code_count = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    for lab in labels:
        for e in lab["expected"]:
            if e["code"] in code_count:
                code_count[e["code"]] += 1
            else:
                problems.append("%s: unknown code %s" % (lab["case"], e["code"]))
            if e["severity"] != "error":
                problems.append("%s: severity %s" % (lab["case"], e["severity"]))
    for code, n in code_count.items():
        if n < 2:
            problems.append("code %s used %d times (< 2)" % (code, n))

    clean_results = {}
    for src, fn in CHECKERS.items():
        text = read(os.path.join(CASES, src + "-clean.txt"))
        try:
            res = fn(text)
        except ReadError as exc:
            problems.append("%s-clean: %s" % (src, exc))
            continue
        clean_results[src] = res
        bad = res.failing()
        if bad:
            problems.append("%s-clean fails %s: %s" % (src, bad, res.messages()))
        print("%-45s clean  %3d checks, all pass" % (src, len(res.items)) if not bad else "%s clean FAIL" % src)

    for lab in labels:
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with expected findings" % lab["case"])
            continue
        case = lab["case"]
        src = lab["source"]
        text = read(os.path.join(CASES, case))
        clean = read(os.path.join(CASES, src + "-clean.txt"))
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one label" % case)
            continue
        exp = lab["expected"][0]
        value, code = exp["value"], exp["code"]
        occ = occurrences(text, value)
        if not occ:
            problems.append("%s: value not found" % case)
        if len(occ) > 1:
            problems.append("%s: value occurs %d times" % (case, len(occ)))
        if value in clean:
            problems.append("%s: value also occurs in the clean draft" % case)
        p, end_clean, end_err = diff_region(clean, text)
        if p == len(text) and end_clean == end_err:
            problems.append("%s: identical to clean" % case)
        if end_err - p > 12 or end_clean - p > 12:
            problems.append("%s: changed region too long (%r -> %r)" % (case, clean[p:end_clean], text[p:end_err]))
        lo, hi = p, max(end_err, p + 1)   # a pure deletion is anchored at its position
        if not any(lo < e and s < hi for (s, e) in occ):
            problems.append("%s: changed region [%d,%d) does not overlap the value" % (case, p, end_err))
        try:
            res = CHECKERS[src](text)
        except ReadError as exc:
            problems.append("%s: %s" % (case, exc))
            continue
        failing = res.failing(levels=set(CODES))
        if failing != [code]:
            problems.append("%s: labelled %s, failing error codes %s: %s" % (case, code, failing, res.messages()))
        print("%-45s %-4s %-22s changed %r -> %r" % (src, case[len(src) + 1:-4], code,
                                                    clean[p:end_clean], text[p:end_err]))

    print()
    for code in CODES:
        print("%-22s %d" % (code, code_count[code]))
    try:
        sys.path.insert(0, HERE)
        from build import EDITS
        for e in EDITS:
            where[e[3]] += 1
        print("slips in prose: %d, in tables: %d" % (where["prose"], where["table"]))
        if abs(where["prose"] - where["table"]) > 4:
            problems.append("prose/table split uneven: %s" % where)
    except ImportError:
        pass
    if problems:
        print()
        for pr in problems:
            print("PROBLEM:", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
