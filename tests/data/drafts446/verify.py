#!/usr/bin/env python3
"""Verify the n446 test set (standard library only).

1. every label value occurs in its case; labels well formed; every code of errors.md section A (13 error
   codes) used at least twice;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value,
   and the changed figure occurs only once in the clean draft (twice or more for conflicting_values);
3. the arithmetic of every clean draft is redone and must pass; for each error case the labelled code
   must fail and no other error-level code may fail (score-rule deviations are warnings only).
Prints OK at the end when everything holds.
"""
import datetime
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, InvalidOperation  # noqa: F401

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


class Structure(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance (rules.md section 8)
def num(s):
    return D(s.replace(",", ""))


def decs(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def ok_val(stated, computed):
    """stated (string, d decimals) is consistent with computed iff |c - v| <= 0.5 * 10^-d (+1e-9)."""
    return abs(D(computed) - num(stated)) <= D("0.5") * (D(10) ** -decs(stated)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def to_wan(value, unit):
    return value / D(10000) if unit == "元" else value


GRADES = {"优": 0, "优秀": 0, "良": 1, "良好": 1, "中": 2, "中等": 2, "一般": 2, "合格": 2, "差": 3, "较差": 3, "不合格": 3}


def band(total):
    if total >= 90:
        return 0
    if total >= 80:
        return 1
    if total >= 60:
        return 2
    return 3


# ---------------------------------------------------------------- markdown tables
def tables(text):
    blocks, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cur.append(line)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    out = []
    for b in blocks:
        rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in b]
        header = rows[0]
        body = [r for r in rows[1:] if not set("".join(r)) <= set("-: ")]
        out.append((header, body))
    return out


def parse_val(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前)?", s)
    if m:
        return ("date", datetime.date(int(m[1]), int(m[2]), int(m[3])))
    m = re.fullmatch(r"([≥≤]?)(\d[\d,]*(?:\.\d+)?)(\S*)", s)
    if m:
        return ("num", m[1], m[2], m[3])
    return ("qual", s)


# ---------------------------------------------------------------- check context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.fails = []   # (code, message)
        self.warns = []

    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise Structure(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def g(self, pat, i=1):
        return self.one(pat).group(i)

    def check(self, code, cond, msg):
        if not cond:
            self.fails.append((code, msg))

    # a stated amount against a computed one (万元); a mismatch reconciled by 10^4 / 10^8 is a unit error
    def money(self, code, stated, unit, computed_wan, msg):
        comp = computed_wan * D(10000) if unit == "元" else computed_wan
        if ok_val(stated, comp):
            return
        for f in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
            if ok_val(stated, comp * f):
                self.fails.append(("unit_mismatch", msg + f" (stated {stated}{unit}, off by a power of ten)"))
                return
        self.fails.append((code, msg + f" (stated {stated}{unit}, computed {r2(computed_wan)}万元)"))

    def rate(self, stated, numer, denom, msg, code="rate_mismatch"):
        if denom == 0:
            self.check("implausible_rate", False, msg + " (rate on a zero base)")
            return
        c = D(numer) / D(denom) * 100
        self.check(code, ok_val(stated, c), msg + f" (stated {stated}%, computed {r2(c)}%)")
        self.check("implausible_rate", num(stated) <= 100, msg + f" (rate {stated}% above 100%)")

    # the same quantity stated more than once: items are (number string, unit)
    def same(self, msg, *items):
        norm = []
        for n, u in items:
            if u in ("元", "万元"):
                norm.append((n, "money", to_wan(num(n), u), u))
            else:
                norm.append((n, u, num(n), u))
        a = norm[0]
        for b in norm[1:]:
            if a[1] != b[1]:
                continue   # a different measure (unit): not the same quantity any more
            if a[1] == "money":
                va, vb = a[2], b[2]
                if abs(va - vb) <= D("0.005") or ok_val(b[0], to_wan_rev(va, b[3])) or ok_val(a[0], to_wan_rev(vb, a[3])):
                    continue
                if vb != 0 and (va / vb in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8)):
                    self.fails.append(("unit_mismatch", msg + f" ({a[0]}{a[3]} vs {b[0]}{b[3]})"))
                else:
                    self.fails.append(("conflicting_values", msg + f" ({a[0]}{a[3]} vs {b[0]}{b[3]})"))
            else:
                if ok_val(a[0], b[2]) or ok_val(b[0], a[2]):
                    continue
                self.fails.append(("conflicting_values", msg + f" ({a[0]}{a[3]} vs {b[0]}{b[3]})"))

    def same_date(self, msg, d1, d2):
        self.check("conflicting_values", d1 == d2, msg + f" ({d1} vs {d2})")


def to_wan_rev(v_wan, unit):
    return v_wan * D(10000) if unit == "元" else v_wan


# ---------------------------------------------------------------- the indicator table
class Indicators:
    def __init__(self, c):
        found = [tb for tb in tables(c.t) if "三级指标" in tb[0]]
        if len(found) != 1:
            raise Structure("indicator table not found exactly once")
        self.h, self.body = found[0]
        self.col = {name: i for i, name in enumerate(self.h)}
        self.leaves, self.subs, self.total, self.grade = [], {}, None, None
        for r in self.body:
            if len(r) != len(self.h):
                raise Structure(f"row with {len(r)} cells: {r}")
            if r[1] == "小计":
                self.subs[r[0]] = r
            elif r[0] in ("合计", "总分"):
                self.total = r
            elif r[0] == "自评等级":
                self.grade = r[1]
            else:
                self.leaves.append(r)

    def cell(self, r, name):
        return r[self.col[name]]

    def row(self, name):
        rs = [r for r in self.leaves if self.cell(r, "三级指标") == name]
        if len(rs) != 1:
            raise Structure(f"indicator row {name!r} found {len(rs)} times")
        return rs[0]

    def actual(self, name):
        return parse_val(self.cell(self.row(name), "实际完成值"))

    def target(self, name):
        return parse_val(self.cell(self.row(name), "年度指标值"))


def indicator_checks(c, ind, exec_weight=None, exec_score=None, total_stated=None, grade_stated=None):
    W, S = "分值", "得分"
    wsum, ssum = D(0), D(0)
    if exec_weight is not None:
        wsum += num(exec_weight)
        ssum += num(exec_score)
    by_l1 = {}
    for r in ind.leaves:
        name = ind.cell(r, "三级指标")
        w, s = num(ind.cell(r, W)), num(ind.cell(r, S))
        wsum += w
        ssum += s
        l1 = r[0]
        bw, bs = by_l1.get(l1, (D(0), D(0)))
        by_l1[l1] = (bw + w, bs + s)
        c.check("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {s} vs weight {w}")
        tv, av = ind.target(name), ind.actual(name)
        # units (I13)
        if tv[0] != "qual" and av[0] != "qual":
            same_kind = tv[0] == av[0] and (tv[0] == "date" or tv[3] == av[3])
            c.check("unit_mismatch", same_kind, f"{name}: target {ind.cell(r, '年度指标值')} vs actual {ind.cell(r, '实际完成值')}")
        else:
            same_kind = False
        # completion and score rule
        comp = None
        if same_kind and tv[0] == "num":
            T, A = num(tv[2]), num(av[2])
            if tv[1] == "≤":
                comp = D(100) if A <= T else T / A * 100
            else:
                comp = A / T * 100
            exp = w * min(comp, D(100)) / 100
        elif same_kind and tv[0] == "date":
            comp = D(100) if av[1] <= tv[1] else None
            exp = w if av[1] <= tv[1] else None
        else:
            exp = None
        if exp is not None and not ok_val(ind.cell(r, S), exp):
            c.warns.append(("score_rule_mismatch", f"{name}: score {s}, rule gives {r2(exp)}"))
        if "完成率" in ind.col:
            cs = ind.cell(r, "完成率")
            if comp is not None and cs not in ("—", ""):
                c.check("completion_mismatch", cs.endswith("%") and ok_val(cs[:-1], comp),
                        f"{name}: completion {cs}, computed {r2(comp)}%")
        # implausible rates among actual values that are rates
        if av[0] == "num" and av[3] == "%" and tv[0] == "num" and tv[3] == "%":
            c.check("implausible_rate", num(av[2]) <= 100, f"{name}: rate {av[2]}% above 100%")
    # weights and scores per block
    sub_w, sub_s = D(0), D(0)
    for l1, r in ind.subs.items():
        bw, bs = by_l1.get(l1, (D(0), D(0)))
        c.check("weight_sum_mismatch", ok_val(ind.cell(r, W), bw), f"{l1} 小计 weight {ind.cell(r, W)} vs sum {bw}")
        c.check("score_sum_mismatch", ok_val(ind.cell(r, S), bs), f"{l1} 小计 score {ind.cell(r, S)} vs sum {bs}")
        c.check("score_exceeds_weight", num(ind.cell(r, S)) <= num(ind.cell(r, W)), f"{l1} 小计 score above weight")
        sub_w += num(ind.cell(r, W)) - bw
        sub_s += num(ind.cell(r, S)) - bs
    c.check("weight_sum_mismatch", ok_val("100", wsum), f"all weights sum to {wsum}")
    c.check("weight_sum_mismatch", ok_val("100", wsum + sub_w), f"subtotal weights and other rows sum to {wsum + sub_w}")
    totals = []
    if ind.total is not None:
        c.check("weight_sum_mismatch", ok_val(ind.cell(ind.total, W), wsum), f"total weight {ind.cell(ind.total, W)} vs {wsum}")
        totals.append(ind.cell(ind.total, S))
    if total_stated is not None:
        totals.append(total_stated)
    if not totals:
        raise Structure("no total score")
    for tot in totals:
        c.check("score_sum_mismatch", ok_val(tot, ssum), f"total {tot} vs sum of row scores {ssum}")
        c.check("score_sum_mismatch", ok_val(tot, ssum + sub_s), f"total {tot} vs subtotals and other rows {ssum + sub_s}")
    grades = [g for g in (ind.grade, grade_stated) if g is not None]
    if not grades:
        raise Structure("no grade")
    for gr in grades:
        c.check("grade_mismatch", GRADES[gr] == band(num(totals[0])), f"grade {gr} for total {totals[0]}")
    return ssum


def prose_rates(c):
    # any rate of a kind bounded by 100% written in the prose
    for m in re.finditer(r"(到位率|执行率|满意度|合格率|使用率|覆盖率|知晓率|准确率|一致率|成功率|规范率|落实率)(?:为|达到|达)?(\d+(?:\.\d+)?)%", c.t):
        c.check("implausible_rate", num(m[2]) <= 100, f"{m[1]} {m[2]}% above 100%")


def years(c, yr, report_pat=r"\n(\d{4})年\d{1,2}月(?:\d{1,2}日)?\s*$"):
    if not re.findall(r"(\d{4})年度", c.t):
        raise Structure("no evaluation year")
    for m in re.finditer(r"(\d{4})年度", c.t):
        c.check("year_mismatch", int(m[1]) == yr, f"evaluation year {m[1]} vs {yr}")
    c.check("year_mismatch", int(c.g(r"结转至(\d{4})年")) > yr, "carry-over must go to a later year")
    ry = int(c.g(report_pat))
    c.check("year_mismatch", yr <= ry <= yr + 1, f"report dated {ry}")
    for m in re.finditer(r"截至(\d{4})年12月31日", c.t):
        c.check("year_mismatch", int(m[1]) == yr, f"截至 {m[1]}年12月31日 in a {yr} report")


def numlist(s, unit):
    return [num(x) for x in re.findall(r"([\d,]+)" + unit, s)]


# ---------------------------------------------------------------- draft A: 高台县 2019
def check_A(c):
    yr = 2019
    years(c, yr)
    m = c.one(r"项目全年预算([\d.]+)万元，其中省级地名普查成果转化补助资金([\d.]+)万元（[^）]*?于(\d{4})年12月提前下达），县级财政配套资金([\d.]+)万元")
    budget, prov, county = num(m[1]), num(m[2]), num(m[4])
    c.check("year_mismatch", int(m[3]) == yr - 1, "advance issued in December of the previous year")
    c.money("sum_mismatch", m[1], "万元", prov + county, "budget = provincial + county")
    received = budget   # 资金全部到位
    c.rate(c.g(r"到位率(\d+(?:\.\d+)?)%"), received, budget, "到位率")
    spent_s = c.g(r"项目实际支出([\d.]+)万元")
    spent = num(spent_s)
    exec_s = c.g(r"预算执行率([\d.]+)%")
    c.rate(exec_s, spent, budget, "执行率")
    m = c.one(r"省级补助资金支出([\d.]+)万元，执行率([\d.]+)%")
    c.rate(m[2], num(m[1]), prov, "省级执行率")
    ps = num(m[1])
    m = c.one(r"县级配套资金支出([\d.]+)万元，执行率([\d.]+)%")
    c.rate(m[2], num(m[1]), county, "县级执行率")
    c.money("sum_mismatch", spent_s, "万元", ps + num(m[1]), "spent = provincial + county spending")
    m = c.one(r"支付地名标志制作安装费([\d.]+)万元，地名信息采集及坐标测绘服务费([\d.]+)万元，标准地名录编印和宣传费用([\d.]+)万元")
    fee_sign = num(m[1])
    c.money("sum_mismatch", spent_s, "万元", num(m[1]) + num(m[2]) + num(m[3]), "spent = sum of uses")
    m = c.one(r"合同金额([\d.,]+)(万元|元)，包括村（社区）名标志(\d+)块，单价([\d,]+)(万元|元)/块；街路巷标志(\d+)块，单价([\d,]+)(万元|元)/块")
    contract = to_wan(num(m[1]), m[2])
    n1, n2 = num(m[3]), num(m[6])
    p1, p2 = to_wan(num(m[4]), m[5]), to_wan(num(m[7]), m[8])
    c.money("sum_mismatch", m[1], m[2], n1 * p1 + n2 * p2, "contract = quantities x unit prices")
    m2 = c.one(r"预留合同金额的(\d+)%作为质保金（([\d.]+)万元）")
    c.money("sum_mismatch", m2[2], "万元", contract * num(m2[1]) / 100, "质保金 = contract x rate")
    c.check("sum_mismatch", ok_val(str(fee_sign), contract - num(m2[2])), "sign fee paid = contract - 质保金")
    c.money("balance_mismatch", c.g(r"年末未支付资金([\d.]+)万元"), "万元", received - spent, "balance = received - spent")
    m = c.one(r"分别设置地名标志([\d、块]+)，共计(\d+)块")
    total_signs = num(m[2])
    c.check("sum_mismatch", sum(numlist(m[1], "块")) == total_signs, f"townships sum {sum(numlist(m[1], '块'))} vs 共计 {m[2]}")
    c.check("sum_mismatch", n1 + n2 == total_signs, "sign types sum to the total")
    m = c.one(r"年度目标(\d+)块，实际设置(\d+)块，完成率([\d.]+)%")
    c.check("completion_mismatch", ok_val(m[3], num(m[2]) / num(m[1]) * 100), "completion 688/650")
    ind = Indicators(c)
    c.same("signs set", (m[2], "块"), (str(total_signs), "块"), ind.actual("新设地名标志")[2:4])
    c.same("target signs", (m[1], "块"), ind.target("新设地名标志")[2:4])
    c.same("records", (c.g(r"补充采集地名信息([\d,]+)条"), "条"), ind.actual("补充采集入库地名信息")[2:4])
    m = c.one(r"首次验收合格(\d+)块，合格率([\d.]+)%，其余(\d+)块")
    c.rate(m[2], num(m[1]), total_signs, "合格率")
    c.check("sum_mismatch", num(m[1]) + num(m[3]) == total_signs, "passed + reworked = total")
    c.same("合格率", (m[2], "%"), ind.actual("标志首次验收合格率")[2:4])
    m = c.one(r"标志于(\d{4})年(\d+)月(\d+)日全部安装完毕，比计划提前(\d+)天")
    d_act = datetime.date(int(m[1]), int(m[2]), int(m[3]))
    c.check("year_mismatch", int(m[1]) == yr, "completion date year")
    c.same_date("completion date", d_act, ind.actual("标志安装完成时间")[1])
    c.check("sum_mismatch", (ind.target("标志安装完成时间")[1] - d_act).days == int(m[4]), "days ahead of plan")
    m = c.one(r"街路巷标志中标单价([\d,]+)元/块，低于([\d,]+)元/块的控制标准")
    c.same("unit price", (m[1], "元/块"), ind.actual("街路巷标志单价")[2:4])
    c.check("conflicting_values", to_wan(num(m[1]), "元") == p2, "unit price vs contract")
    c.same("price cap", (m[2], "元/块"), ind.target("街路巷标志单价")[2:4])
    m = c.one(r"全县(\d+)个行政村（社区）均已设置村（社区）名标志，覆盖率(\d+)%")
    c.rate(m[2], num(m[1]), num(m[1]), "覆盖率")
    c.same("覆盖率", (m[2], "%"), ind.actual("行政村（社区）标志覆盖率")[2:4])
    m = c.one(r"(\d+)处地名标注进行了抽查，规范使用标准地名的有(\d+)处，规范使用率([\d.]+)%")
    c.rate(m[3], num(m[2]), num(m[1]), "规范使用率")
    c.same("规范使用率", (m[3], "%"), ind.actual("标准地名规范使用率")[2:4])
    m = c.one(r"有效回收(\d+)份，其中表示满意或基本满意的(\d+)份，满意度([\d.]+)%")
    c.rate(m[3], num(m[2]), num(m[1]), "满意度")
    c.same("满意度", (m[3], "%"), ind.actual("群众满意度")[2:4])
    c.same("执行率", (exec_s, "%"), ind.actual("资金执行率")[2:4])
    total_s = c.g(r"项目综合自评得分(\d+(?:\.\d+)?)分")
    grade = c.g(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    indicator_checks(c, ind, total_stated=total_s, grade_stated=grade)
    m = c.one(r"其中预算执行率扣([\d.]+)分，标准地名规范使用率扣([\d.]+)分")
    for lost, rn in ((m[1], "资金执行率"), (m[2], "标准地名规范使用率")):
        r = ind.row(rn)
        c.check("score_sum_mismatch", ok_val(lost, num(ind.cell(r, "分值")) - num(ind.cell(r, "得分"))), f"points lost on {rn}")
    prose_rates(c)


# ---------------------------------------------------------------- draft B: 盱眙县 2020
def check_B(c):
    yr = 2020
    years(c, yr)
    m = c.one(r"年初预算([\d.]+)万元，全部为县级财政资金；6月份市民政局追加下达市级补助([\d.]+)万元，[^，]*，调整后全年预算([\d.]+)万元")
    budget = num(m[3])
    c.money("sum_mismatch", m[3], "万元", num(m[1]) + num(m[2]), "initial + addition = annual budget")
    received = budget   # 资金已全部到位
    m = c.one(r"实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    spent_s, exec_s = m[1], m[2]
    spent = num(spent_s)
    c.rate(exec_s, spent, budget, "执行率")
    m = c.one(r"门（楼）牌制作安装费([\d.]+)万元，地名地址信息采集更新服务费([\d.]+)万元，宣传公示及资料印制费([\d.]+)万元")
    fee_plate = num(m[1])
    c.money("sum_mismatch", spent_s, "万元", num(m[1]) + num(m[2]) + num(m[3]), "spent = sum of uses")
    m = c.one(r"公开招标，合同金额([\d.,]+)(万元|元)，其中户号牌([\d,]+)块、单价([\d,]+)元/块，组牌及楼栋牌([\d,]+)块、单价([\d,]+)元/块")
    contract_s, contract_u = m[1], m[2]
    contract = to_wan(num(m[1]), m[2])
    n1, n2 = num(m[3]), num(m[5])
    c.money("sum_mismatch", m[1], m[2], (n1 * num(m[4]) + n2 * num(m[6])) / 10000, "contract = quantities x unit prices")
    m = c.one(r"验收合格后支付合同金额的(\d+)%，其余(\d+)%即([\d.]+)万元作为质保金")
    c.check("sum_mismatch", num(m[1]) + num(m[2]) == 100, "payment shares sum to 100%")
    c.money("sum_mismatch", m[3], "万元", contract * num(m[2]) / 100, "质保金 = contract x 5%")
    c.check("sum_mismatch", ok_val(str(fee_plate), contract * num(m[1]) / 100), "plate fee paid = 95% of contract")
    qz = m[3]
    m = c.one(r"年末结余([\d.]+)万元，其中质保金([\d.]+)万元结转至\d{4}年支付，其余([\d.]+)万元")
    c.money("balance_mismatch", m[1], "万元", received - spent, "balance = received - spent")
    c.money("sum_mismatch", m[1], "万元", num(m[2]) + num(m[3]), "balance = 质保金 + remainder")
    c.same("质保金", (m[2], "万元"), (qz, "万元"))
    c.same("contract", (c.g(r"主要支出为门（楼）牌制作安装，合同金额([\d.,]+)万元"), "万元"), (contract_s, contract_u))
    m = c.one(r"全年共设置门（楼）牌([\d,]+)块，[^，]*分别安装([\d,、块]+)，(\d)个镇平均每镇设置门牌([\d,]+)块")
    total_s = m[1]
    parts = numlist(m[2], "块")
    c.check("sum_mismatch", sum(parts) == num(total_s), f"townships sum {sum(parts)} vs {total_s}")
    c.check("sum_mismatch", n1 + n2 == num(total_s), "plate types sum to the total")
    c.check("average_mismatch", len(parts) == int(m[3]) and ok_val(m[4], num(total_s) / int(m[3])),
            f"average {m[4]} vs {num(total_s) / int(m[3])}")
    ind = Indicators(c)
    c.same("plates", (total_s, "块"), ind.actual("门（楼）牌设置数量")[2:4])
    c.same("target plates", (c.g(r"全年设置门（楼）牌不少于([\d,]+)块"), "块"), ind.target("门（楼）牌设置数量")[2:4])
    # 1.6万余条 (approximate) against the table value, when the table gives a count
    av = ind.actual("地名地址信息更新入库")
    if av[0] == "num" and av[3] == "条":
        lo = num(c.g(r"更新入库地名地址信息([\d.]+)万余条")) * 10000
        c.check("conflicting_values", lo <= num(av[2]) < lo + 10000, "1.6万余条 vs table")
    c.same("price", (c.g(r"户号牌中标单价(\d+)元/块"), "元/块"), ind.actual("户号牌单价")[2:4])
    c.same("cap", (c.g(r"低于(\d+)元/块的控制标准"), "元/块"), ind.target("户号牌单价")[2:4])
    m = c.one(r"(\d+)月(\d+)日全部安装完毕")
    c.same_date("completion date", datetime.date(yr, int(m[1]), int(m[2])), ind.actual("安装完成时间")[1])
    c.same("coverage", (c.g(r"门牌覆盖农户比例达到([\d.]+)%"), "%"), ind.actual("门牌覆盖农户比例")[2:4])
    c.same("error rate", (c.g(r"投递差错率为([\d.]+)%"), "%"), ind.actual("地址类快递投递差错率")[2:4])
    c.same("执行率", (exec_s, "%"), ind.actual("预算执行率")[2:4])
    tot = c.g(r"项目综合得分([\d.]+)分")
    grade = c.g(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    indicator_checks(c, ind, total_stated=tot, grade_stated=grade)
    for m in re.finditer(r"(\d{4})年(\d+)月(\d+)日", ind.cell(ind.row("安装完成时间"), "实际完成值")):
        c.check("year_mismatch", int(m[1]) == yr, "completion year")
    prose_rates(c)


# ---------------------------------------------------------------- draft C: 大田县 2021
def check_C(c):
    yr = 2021
    years(c, yr)
    m = c.one(r"项目全年预算([\d.]+)万元，其中省级补助资金([\d.]+)万元、县级财政资金([\d.]+)万元、(\d{4})年结转资金([\d.]+)万元，资金到位率(\d+)%")
    budget_s = m[1]
    budget = num(m[1])
    c.money("sum_mismatch", m[1], "万元", num(m[2]) + num(m[3]) + num(m[5]), "budget = sources")
    c.check("year_mismatch", int(m[4]) == yr - 1, "incoming carry-over from the previous year")
    received = budget
    c.rate(m[6], received, budget, "到位率")
    m = c.one(r"截至\d{4}年12月31日，项目实际支出([\d.]+)万元，执行率([\d.]+)%")
    spent_s, exec_s = m[1], m[2]
    spent = num(spent_s)
    c.rate(exec_s, spent, budget, "执行率")
    funds = [tb for tb in tables(c.t) if tb[0][0] == "支出内容"]
    if len(funds) != 1:
        raise Structure("funds table")
    rows = funds[0][1]
    comp = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"][0]
    for r in rows:
        c.rate(r[3].rstrip("%"), num(r[2]), num(r[1]), f"执行率 {r[0]}")
    c.money("sum_mismatch", tot[1], "万元", sum(num(r[1]) for r in comp), "budget column sum")
    c.money("sum_mismatch", tot[2], "万元", sum(num(r[2]) for r in comp), "spending column sum")
    c.same("budget", (budget_s, "万元"), (tot[1], "万元"))
    c.same("spent", (spent_s, "万元"), (tot[2], "万元"))
    c.same("exec rate", (exec_s, "%"), (tot[3].rstrip("%"), "%"))
    c.money("balance_mismatch", c.g(r"年末结余([\d.]+)万元"), "万元", received - spent, "balance = received - spent")
    sign_spent = [r for r in comp if r[0] == "乡村地名标志设置"][0][2]
    m = c.one(r"合同金额([\d.,]+)(万元|元)，其中村名标志(\d+)块、单价([\d,]+)元/块，组名及路名牌(\d+)块、单价([\d,]+)元/块")
    contract = to_wan(num(m[1]), m[2])
    n1, n2, p1 = num(m[3]), num(m[5]), m[4]
    c.money("sum_mismatch", m[1], m[2], (n1 * num(m[4]) + n2 * num(m[6])) / 10000, "contract = quantities x prices")
    m = c.one(r"验收合格后付至(\d+)%，留(\d+)%作质保金，[^，]*，年内实际支付([\d.]+)万元")
    c.check("sum_mismatch", num(m[1]) + num(m[2]) == 100, "shares sum to 100%")
    c.money("sum_mismatch", m[3], "万元", contract * num(m[1]) / 100, "paid = 95% of contract")
    c.same("sign spending", (m[3], "万元"), (sign_spent, "万元"))
    towns = [tb for tb in tables(c.t) if tb[0][0] == "乡镇"][0][1]
    trs = [r for r in towns if r[0] != "合计"]
    ttot = [r for r in towns if r[0] == "合计"][0]
    for r in towns:
        c.check("sum_mismatch", num(r[1]) + num(r[2]) == num(r[3]), f"row {r[0]}")
    for j in (1, 2, 3):
        c.check("sum_mismatch", sum(num(r[j]) for r in trs) == num(ttot[j]), f"column {j}")
    c.check("conflicting_values", num(ttot[1]) == n1 and num(ttot[2]) == n2, "town table vs contract")
    ind = Indicators(c)
    total_signs = ttot[3]
    c.same("signs", (total_signs, "块"), ind.actual("设置乡村地名标志")[2:4])
    m = c.one(r"验收时对(\d+)块标志逐一复核坐标和朝向，点位准确的(\d+)块，另有(\d+)块")
    c.same("signs checked", (m[1], "块"), (total_signs, "块"))
    c.check("sum_mismatch", num(m[2]) + num(m[3]) == num(m[1]), "accurate + deviating = checked")
    av = ind.actual("标志点位准确率")
    c.rate(av[2], num(m[2]), num(m[1]), "点位准确率")
    m = c.one(r"标志于(\d+)月(\d+)日全部安装完毕")
    c.same_date("completion date", datetime.date(yr, int(m[1]), int(m[2])), ind.actual("标志安装完成时间")[1])
    c.same("price", (p1, "元/块"), ind.actual("村名标志单价")[2:4])
    c.same("list", (c.g(r"公布第一批保护名录(\d+)条"), "条"), ind.actual("公布地名文化遗产保护名录")[2:4])
    c.same("queries", (c.g(r"全年查询量([\d.]+)万次"), "万次"), ind.actual("地名信息公众查询量")[2:4])
    c.same("visitors", (c.g(r"参与群众([\d,]+)人次"), "人次"), ind.actual("地名文化宣传活动参与人次")[2:4])
    c.same("visitor target", (c.g(r"略低于([\d,]+)人次的目标"), "人次"), ind.target("地名文化宣传活动参与人次")[2:4])
    c.same("管护", (c.g(r"管护责任落实率(\d+(?:\.\d+)?)%"), "%"), ind.actual("标志管护责任落实率")[2:4])
    c.same("满意度", (c.g(r"满意度([\d.]+)%。"), "%"), ind.actual("群众满意度")[2:4])
    c.same("exec rate table", (exec_s, "%"), ind.actual("预算执行率")[2:4])
    tot_s = c.g(r"项目自评得分([\d.]+)分")
    grade = c.g(r"等级为(优秀|良好|中等|较差|优|良|中|差)")
    indicator_checks(c, ind, total_stated=tot_s, grade_stated=grade)
    m = c.one(r"预算执行率略低，扣([\d.]+)分；宣传活动参与人次和管护责任落实率未达到目标，分别扣([\d.]+)分和([\d.]+)分")
    for lost, rn in ((m[1], "预算执行率"), (m[2], "地名文化宣传活动参与人次"), (m[3], "标志管护责任落实率")):
        r = ind.row(rn)
        c.check("score_sum_mismatch", ok_val(lost, num(ind.cell(r, "分值")) - num(ind.cell(r, "得分"))), f"points lost on {rn}")
    c.check("year_mismatch", int(c.g(r"附件1 项目支出绩效自评表（(\d{4})年度）")) == yr, "table year")
    prose_rates(c)


# ---------------------------------------------------------------- draft D: 武义县 2022
def check_D(c):
    yr = 2022
    years(c, yr)
    m = c.one(r"项目年初预算([\d.]+)万元，9月份追加省级乡村标准地址建设补助([\d.]+)万元，全年预算([\d.]+)万元，全年执行([\d.]+)万元，执行率([\d.]+)%")
    c.money("sum_mismatch", m[3], "万元", num(m[1]) + num(m[2]), "initial + addition = annual")
    init_s, budget_s, spent_s, exec_s = m[1], m[3], m[4], m[5]
    budget, spent = num(budget_s), num(spent_s)
    c.rate(exec_s, spent, budget, "执行率")
    funds = [tb for tb in tables(c.t) if tb[0][0] == "资金情况"]
    if len(funds) != 1:
        raise Structure("funds table")
    h, rows = funds[0]
    byname = {r[0]: r for r in rows}
    tot = byname["年度资金总额"]
    comps = [byname["其中：当年财政拨款"], byname["上年结转资金"], byname["其他资金"]]
    for j in (1, 2, 3):
        c.money("sum_mismatch", tot[j], "万元", sum(num(r[j]) for r in comps), f"funds column {h[j]}")
    for r in [tot] + comps:
        if num(r[2]) == 0:
            c.check("implausible_rate", r[5] in ("—", "0", "0%", "0.00%"), f"{r[0]}: rate {r[5]} on a zero budget")
        else:
            c.rate(r[5].rstrip("%"), num(r[3]), num(r[2]), f"{r[0]} 执行率")
    c.same("initial", (init_s, "万元"), (tot[1], "万元"))
    c.same("annual", (budget_s, "万元"), (tot[2], "万元"))
    c.same("spent", (spent_s, "万元"), (tot[3], "万元"))
    c.same("exec", (exec_s, "%"), (tot[5].rstrip("%"), "%"))
    exec_w, exec_sc = tot[4], tot[6]
    if not ok_val(exec_sc, num(exec_w) * min(spent / budget, D(1))):
        c.warns.append(("score_rule_mismatch", "execution score"))
    m = c.one(r"支出明细为：门牌制作安装费([\d.]+)万元，标准地址采集比对服务费([\d.]+)万元，门牌二维码及地址服务接入费([\d.]+)万元，宣传培训及资料费([\d.]+)万元")
    fee = m[1]
    c.money("sum_mismatch", spent_s, "万元", sum(num(m[i]) for i in range(1, 5)), "spent = uses")
    m = c.one(r"门牌制作安装合同金额([\d.]+)万元，按合同约定扣留(\d+)%质保金([\d.]+)万元，实际支付([\d.]+)万元")
    contract_s = m[1]
    contract = num(m[1])
    c.money("sum_mismatch", m[3], "万元", contract * num(m[2]) / 100, "质保金")
    c.money("sum_mismatch", m[4], "万元", contract - num(m[3]), "paid = contract - 质保金")
    c.same("fee", (fee, "万元"), (m[4], "万元"))
    c.money("balance_mismatch", c.g(r"年末未执行的([\d.]+)万元"), "万元", budget - spent, "unspent = budget - spent")
    m = c.one(r"以([\d,]+)(万元|元)中标，包括户号门牌([\d,]+)块、单价(\d+)元/块，楼幢牌([\d,]+)块、单价(\d+)元/块")
    n1, n2 = num(m[3]), num(m[5])
    c.money("sum_mismatch", m[1], m[2], (n1 * num(m[4]) + n2 * num(m[6])) / 10000, "bid = quantities x prices")
    c.same("bid vs contract", (m[1], m[2]), (contract_s, "万元"))
    price = m[4]
    m = c.one(r"8个乡镇分别设置门牌([\d,、块]+)，共计([\d,]+)块，平均每个乡镇([\d,]+)块")
    parts = numlist(m[1], "块")
    total = num(m[2])
    c.check("sum_mismatch", sum(parts) == total, f"townships {sum(parts)} vs {m[2]}")
    c.check("sum_mismatch", n1 + n2 == total, "plate types")
    c.check("average_mismatch", len(parts) == 8 and ok_val(m[3], total / 8), f"average {m[3]} vs {total / 8}")
    ind = Indicators(c)
    c.same("plates", (m[2], "块"), (c.g(r"全年共设置门牌([\d,]+)块"), "块"), ind.actual("新设（更换）门牌")[2:4])
    addr = c.g(r"采集标准地址([\d.]+)万条")
    c.same("addresses", (addr, "万条"), (c.g(r"标准地址入库([\d.]+)万条，超过目标"), "万条"), ind.actual("标准地址入库")[2:4])
    m2 = c.one(r"标准地址入库([\d.]+)万条，超过目标([\d.]+)%")
    tv = ind.target("标准地址入库")
    c.check("completion_mismatch", ok_val(m2[2], (num(m2[1]) / num(tv[2]) - 1) * 100), "exceeding the target by")
    c.same("price", (price, "元/块"), ind.actual("户号门牌单价")[2:4])
    m = c.one(r"门牌安装于(\d+)月(\d+)日全部完成，比计划推迟(\d+)天")
    d_act = datetime.date(yr, int(m[1]), int(m[2]))
    c.same_date("date", d_act, ind.actual("门牌安装完成时间")[1])
    c.check("sum_mismatch", (d_act - ind.target("门牌安装完成时间")[1]).days == int(m[3]), "days late")
    m = c.one(r"随机访问农户([\d,]+)户，表示满意的([\d,]+)户，满意度([\d.]+)%")
    c.rate(m[3], num(m[2]), num(m[1]), "满意度")
    c.same("满意度", (m[3], "%"), ind.actual("农户满意度")[2:4])
    lost = c.g(r"共扣([\d.]+)分")
    l = sum(num(ind.cell(ind.row(n), "分值")) - num(ind.cell(ind.row(n), "得分")) for n in ("快递外卖地址解析成功率", "门牌二维码扫码服务次数"))
    c.check("score_sum_mismatch", ok_val(lost, l), "points lost on benefits")
    tot_s = c.g(r"项目自评总分([\d.]+)分")
    indicator_checks(c, ind, exec_weight=exec_w, exec_score=exec_sc, total_stated=tot_s)
    prose_rates(c)


# ---------------------------------------------------------------- draft E: 桃江县 2024
def check_E(c):
    yr = 2024
    years(c, yr)
    budget_s = c.g(r"项目全年预算([\d.]+)万元")
    funds = [tb for tb in tables(c.t) if tb[0][0] == "资金来源"]
    if len(funds) != 1:
        raise Structure("funds table")
    rows = funds[0][1]
    comp = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"][0]
    for j in (1, 2, 3):
        c.money("sum_mismatch", tot[j], "万元", sum(num(r[j]) for r in comp), f"funds column {j}")
    for r in rows:
        c.check("implausible_rate", num(r[2]) <= num(r[1]) and num(r[3]) <= num(r[2]), f"{r[0]}: spent/received above budget")
    c.same("budget", (budget_s, "万元"), (tot[1], "万元"))
    budget, received, spent = num(tot[1]), num(tot[2]), num(tot[3])
    m = c.one(r"资金到位率(\d+(?:\.\d+)?)%，预算执行率([\d.]+)%")
    c.rate(m[1], received, budget, "到位率")
    c.rate(m[2], spent, budget, "执行率")
    exec_s = m[2]
    m = c.one(r"其中省级民政专项资金于(\d{4})年12月提前下达，市级补助资金于(\d{4})年(\d+)月拨付")
    c.check("year_mismatch", int(m[1]) == yr - 1, "advance in December of the previous year")
    c.check("year_mismatch", int(m[2]) == yr, "city funds paid in the year")
    m = c.one(r"合同金额([\d.,]+)(万元|元)，共(\d+)块，单价([\d,]+)元/块；合同约定预留(\d+)%质保金([\d.]+)万元，年内支付([\d.]+)万元")
    contract = to_wan(num(m[1]), m[2])
    n_sign, price = num(m[3]), m[4]
    c.money("sum_mismatch", m[1], m[2], n_sign * num(m[4]) / 10000, "contract = quantity x price")
    c.money("sum_mismatch", m[6], "万元", contract * num(m[5]) / 100, "质保金")
    c.money("sum_mismatch", m[7], "万元", contract - num(m[6]), "paid = contract - 质保金")
    paid_sign = num(m[7])
    m = c.one(r"门牌委托乡镇按询价方式采购，共([\d,]+)块，单价(\d+)元/块，计([\d.,]+)(万元|元)")
    plates_s = m[1]
    c.money("sum_mismatch", m[3], m[4], num(m[1]) * num(m[2]) / 10000, "plates = quantity x price")
    plate_cost = to_wan(num(m[3]), m[4])
    other = num(c.g(r"标志点位测绘和设计费([\d.]+)万元"))
    c.money("sum_mismatch", tot[3], "万元", paid_sign + plate_cost + other, "spending = uses")
    c.money("balance_mismatch", c.g(r"年末结余([\d.]+)万元"), "万元", received - spent, "balance")
    m = c.one(r"分别补设村名标志([\d、块]+)，共计(\d+)块；门牌规范设置[^，]*，共计([\d,]+)块")
    parts = numlist(m[1], "块")
    c.check("sum_mismatch", sum(parts) == num(m[2]), f"townships {sum(parts)} vs {m[2]}")
    ind = Indicators(c)
    c.same("signs", (m[2], "块"), (str(n_sign), "块"), ind.actual("补设村（社区）名标志")[2:4])
    c.same("plates", (m[3], "块"), (plates_s, "块"), ind.actual("规范设置门牌")[2:4])
    c.same("price", (price, "元/块"), ind.actual("村名标志单价")[2:4])
    m = c.one(r"村名标志和门牌均于(\d+)月(\d+)日前安装完毕")
    c.same_date("date", datetime.date(yr, int(m[1]), int(m[2])), ind.actual("安装完成时间")[1])
    m = c.one(r"抽检标志和门牌(\d+)块，合格(\d+)块，验收合格率([\d.]+)%")
    c.rate(m[3], num(m[2]), num(m[1]), "合格率")
    c.same("合格率", (m[3], "%"), ind.actual("标志安装验收合格率")[2:4])
    av = ind.actual("地名信息查询服务次数")
    if av[0] == "num" and av[3] == "万次":
        lo = num(c.g(r"查询(\d+)万余次"))
        c.check("conflicting_values", lo <= num(av[2]) < lo + 1, "2万余次 vs table")
    c.same("上图率", (c.g(r"标准地名上图率([\d.]+)%"), "%"), ind.actual("标准地名导航平台上图率")[2:4])
    c.same("满意度", (c.g(r"随机调查群众\d+人，满意度([\d.]+)%"), "%"), ind.actual("群众满意度")[2:4])
    c.same("exec", (exec_s, "%"), ind.actual("预算执行率")[2:4])
    tot_s = c.g(r"项目综合得分(\d+(?:\.\d+)?)分")
    grade = c.g(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    indicator_checks(c, ind, total_stated=tot_s, grade_stated=grade)
    prose_rates(c)


CHECKS = {
    "gs-gaotai-dimingbiaozhi-2019": check_A,
    "js-xuyi-menloupai-2020": check_B,
    "fj-datian-dimingzhuanhua-2021": check_C,
    "zj-wuyi-xiangcunmenpai-2022": check_D,
    "hn-taojiang-dimingbiaozhi-2024": check_E,
}


def run_checks(src, text):
    c = Ctx(text)
    try:
        CHECKS[src](c)
    except (Structure, ValueError, IndexError, KeyError, ArithmeticError) as e:
        c.fails.append(("STRUCTURE", f"{type(e).__name__}: {e}"))
    return c


TOKEN = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(万元|元/块|元|%|块|条|人次|万次|万条|分)")


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    by_case = {l["case"]: l for l in labels}
    files = sorted(os.listdir(CASES))
    if sorted(by_case) != files:
        problems.append("labels and case files differ")
    counts = {k: 0 for k in CODES}
    for src in CHECKS:
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        n = len(clean)
        if not 2800 <= n <= 3400:
            problems.append(f"{src}: clean draft has {n} characters")
        c = run_checks(src, clean)
        if c.fails:
            problems.append(f"{src}-clean: {c.fails}")
        if c.warns:
            problems.append(f"{src}-clean warnings: {c.warns}")
        if by_case[f"{src}-clean.txt"]["expected"] != []:
            problems.append(f"{src}-clean has labels")
        errs = [l for l in labels if l["source"] == src and not l["clean"]]
        if len(errs) != 6:
            problems.append(f"{src}: {len(errs)} error cases")
        for lab in errs:
            text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
            if len(lab["expected"]) != 1:
                problems.append(f"{lab['case']}: not exactly one label")
                continue
            exp = lab["expected"][0]
            code, value = exp["code"], exp["value"]
            if code not in CODES or exp["severity"] != "error" or not exp.get("explanation"):
                problems.append(f"{lab['case']}: bad label {exp}")
            counts[code] = counts.get(code, 0) + 1
            if value not in text:
                problems.append(f"{lab['case']}: value {value!r} not in case")
                continue
            # one contiguous difference
            p = 0
            while p < min(len(clean), len(text)) and clean[p] == text[p]:
                p += 1
            s = 0
            while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
                s += 1
            e_new, e_old = len(text) - s, len(clean) - s
            if e_new <= p and e_old <= p:
                problems.append(f"{lab['case']}: identical to clean")
                continue
            if max(e_new - p, e_old - p) > 12:
                problems.append(f"{lab['case']}: change too long ({clean[p:e_old]!r} -> {text[p:e_new]!r})")
            occ = [m.start() for m in re.finditer(re.escape(value), text)]
            if not any(o < max(e_new, p + 1) and o + len(value) > p for o in occ):
                problems.append(f"{lab['case']}: label value does not overlap the change")
            # the changed figure in the clean draft
            a = p
            while a > 0 and (clean[a - 1].isdigit() or clean[a - 1] in ".,"):
                a -= 1
            m = TOKEN.match(clean, a)
            if m and m.end() >= e_old and not clean[m.end() - 1:m.end() + 1].startswith("年"):
                val = num(m[1])
                same = [t for t in TOKEN.finditer(clean) if t[2] == m[2] and num(t[1]) == val]
                if code == "conflicting_values":
                    if len(same) < 2:
                        problems.append(f"{lab['case']}: conflicting figure {m[0]} stated only once in clean")
                elif len(same) != 1:
                    problems.append(f"{lab['case']}: changed figure {m[0]} occurs {len(same)} times in clean")
            # the arithmetic
            c = run_checks(src, text)
            got = {f[0] for f in c.fails}
            if code not in got:
                problems.append(f"{lab['case']}: labelled {code} does not fail (fails: {c.fails})")
            other = got - {code}
            if other:
                problems.append(f"{lab['case']}: other codes fail: {[f for f in c.fails if f[0] != code]}")
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times")
    print("cases:", len(labels), "error cases:", sum(counts.values()))
    print("per code:", json.dumps(counts, ensure_ascii=False))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
