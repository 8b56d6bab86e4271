#!/usr/bin/env python3
"""Verify drafts246.

1. every label value occurs in its case file;
2. each error case differs from its clean draft in exactly one short place;
3. the arithmetic of every clean draft is redone from figures read out of the text itself
   (rates, sums, balances, averages, weights, scores, grade, completion, units, years, repeated values);
   the same checks must pass on every clean draft and must fail on every error case.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")


class ParseError(Exception):
    pass


def one(text, pattern, flags=0):
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise ParseError(f"{len(ms)} matches for {pattern!r}")
    m = ms[0]
    return m.groups() if len(m.groups()) > 1 else m.group(1)


def num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    if not m:
        raise ParseError(f"no number in {s!r}")
    return D(m.group(0))


def decimals(s):
    m = re.search(r"\d+(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


class Checker:
    def __init__(self, text):
        self.text = text
        self.fail = []

    def ok(self, cond, msg):
        if not cond:
            self.fail.append(msg)

    def close(self, computed, stated, msg):
        """stated is the string as written; tolerance half a unit of its last decimal (rules §8)."""
        v = num(stated)
        tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
        self.ok(abs(D(computed) - v) <= tol, f"{msg}: computed {computed}, stated {stated}")

    def eq(self, a, b, msg):
        self.ok(D(a) == D(b), f"{msg}: {a} != {b}")


def pct(a, b):
    return D(a) / D(b) * 100


def grade_of(score):
    s = D(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
               "一般": "中", "差": "差", "较差": "差"}


def unit_of(value):
    """Unit of a target/actual cell: '%', a counting unit, 'date', or None for a qualitative cell."""
    v = value.strip()
    if re.search(r"\d{4}年\d{1,2}月", v):
        return "date"
    m = re.search(r"\d+(?:\.\d+)?\s*([^\d\s]*)$", v)
    if not m:
        return None
    return m.group(1).rstrip("前以上内") or ""


def completion(target, actual):
    """rules §5: gte/eq -> A/T; lte -> 100% when A <= T else T/A."""
    t, a = num(target), num(actual)
    if re.match(r"^\s*(≤|＜＝|<=|不超过|不高于)", target):
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def check_rows(c, rows, exec_row, totals, grades):
    """rows: list of (name, target, actual, weight, score[, completion]) strings; exec_row: (weight, score)."""
    wsum = num(exec_row[0]) + sum(num(r[3]) for r in rows)
    c.eq(wsum, 100, "weights add to 100")
    ssum = num(exec_row[1]) + sum(num(r[4]) for r in rows)
    for r in rows:
        w, s = num(r[3]), num(r[4])
        c.ok(D(0) <= s <= w, f"score within weight: {r[0]} {r[4]} / {r[3]}")
        ut, ua = unit_of(r[1]), unit_of(r[2])
        if ut is not None:
            c.ok(ut == ua, f"unit of actual = unit of target: {r[0]} {r[1]!r} vs {r[2]!r}")
        if ut == "%" and ua == "%":
            c.ok(num(r[2]) <= 100, f"percentage actual not above 100%: {r[0]} {r[2]}")
        if len(r) > 5 and ut is not None and ut == ua and ut != "date":
            c.close(completion(r[1], r[2]), r[5], f"completion of {r[0]}")
    for t in totals:
        c.close(ssum, t, "sum of scores vs stated total")
    for g in grades:
        for t in totals:
            c.ok(GRADE_WORDS[g] == grade_of(num(t)), f"grade {g} vs total {t}")
    return ssum


# ---------------------------------------------------------------- A: Jingxian 2020
def check_jingxian(text):
    c = Checker(text)
    alloc = one(text, r"查济村(\d+)万元、黄田村(\d+)万元、厚岸村(\d+)万元、茂林村(\d+)万元")
    initial = one(text, r"项目年初预算(\d+)万元")
    c.eq(sum(num(x) for x in alloc), num(initial), "village allocations add to the initial budget")
    c.close(sum(num(x) for x in alloc) / len(alloc), one(text, r"每村平均(\d+)万元"), "average allocation")
    extra = one(text, r"追加县级配套资金(\d+)万元")
    annual = one(text, r"全年预算调整为(\d+)万元")
    c.eq(num(initial) + num(extra), num(annual), "initial + top-up = annual")
    recv, rrate = one(text, r"项目资金到位(\d+)万元，到位率([\d.]+%)")
    c.close(pct(recv, annual), rrate, "到位率")
    spent, erate = one(text, r"实际支出([\d.]+)万元，预算执行率([\d.]+%)")
    c.close(pct(spent, annual), erate, "执行率 (text)")
    cs, cr = one(text, r"中央补助资金支出([\d.]+)万元，支出率([\d.]+%)")
    ks, kr = one(text, r"县级配套资金支出([\d.]+)万元，支出率([\d.]+%)")
    c.close(pct(cs, initial), cr, "central subsidy rate")
    c.close(pct(ks, extra), kr, "county top-up rate")
    c.eq(num(cs) + num(ks), num(spent), "central + county spending = total spending")
    c.close(num(recv) - num(spent), one(text, r"年末结余([\d.]+)万元"), "balance = received - spent")
    c.ok(int(one(text, r"截至(\d{4})年12月31日")) == 2020, "figures dated in the evaluation year")
    c.ok(int(one(text, r"已结转至(\d{4})年")) > 2020, "carry-over goes to a later year")
    plan, done, crate = one(text, r"计划修缮传统建筑(\d+)处，实际完成(\d+)处，完成率([\d.]+%)")
    c.close(pct(done, plan), crate, "completion in text")
    n, k, r = one(text, r"单项工程(\d+)个，.*?年内完工(\d+)个，年内工程完工率为([\d.]+%)")
    c.close(pct(k, n), r, "completion rate of single works")
    # funds block of the table
    fr = {}
    for name in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        fr[name] = one(text, "\t" + name + r"\t([\d.]+)\t([\d.]+)\t([\d.]+)\t([^\t]+)\t([^\t]+)\t([^\t\n]+)")
    for i in range(3):
        c.eq(sum(num(fr[k][i]) for k in list(fr)[1:]), num(fr["年度资金总额"][i]), f"funds column {i} adds up")
    tot = fr["年度资金总额"]
    c.eq(num(tot[0]), num(initial), "table 年初预算 = text")
    c.eq(num(tot[1]), num(annual), "table 全年预算 = text")
    c.eq(num(tot[2]), num(spent), "table 执行数 = text")
    c.close(pct(tot[2], tot[1]), tot[4], "执行率 (table)")
    c.close(num(tot[3]) * min(pct(tot[2], tot[1]), D(100)) / 100, tot[5], "execution score")
    for k in list(fr)[1:]:
        for cell in fr[k][3:]:
            c.ok(cell.strip() == "—", f"no rate or score in component row {k}")
    names = ["传统建筑修缮数量", "巷道石板路修复长度", "消防设施建设数量", "修缮工程验收合格率", "年内工程完工率",
             "古民居修缮补助标准", "村落传统风貌保护", "受益农户数", "长效管护机制建立情况", "村民满意度"]
    rows = [(nm,) + one(text, "\t" + nm + r"\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t\n]+)") for nm in names]
    totals = [one(text, r"\n总分\t+100\t([\d.]+)"), one(text, r"综合自评得分([\d.]+)分")]
    grades = [one(text, r"评价等级为“(.)”")]
    check_rows(c, rows, (tot[3], tot[5]), totals, grades)
    c.eq(num(rows[0][2]), num(done), "修缮数量 table = text")
    fire = one(text, r"建设消防水池(\d+)座、室外消火栓(\d+)处")
    c.ok(unit_of(rows[2][2]) == "处" and num(rows[2][2]) == sum(num(x) for x in fire), "fire facilities = pools + hydrants")
    c.eq(num(rows[9][2]), num(one(text, r"村民满意度为([\d.]+)%")), "satisfaction table = text")
    return c.fail


# ---------------------------------------------------------------- B: Yongtai 2021
def check_yongtai(text):
    c = Checker(text)
    initial, county, prov = one(text, r"项目年初预算(\d+)万元，其中县级财政资金(\d+)万元、省级补助资\n?金(\d+)万元")
    c.eq(num(county) + num(prov), num(initial), "county + province = initial budget")
    add, other = one(text, r"县财政追加(\d+)万\n?元，庄寨理事会自筹及社会捐资(\d+)万元")
    annual = one(text, r"全年预\n?算(\d+)万元。")
    c.eq(num(initial) + num(add) + num(other), num(annual), "initial + top-up + own funds = annual")
    recv, rrate = one(text, r"全年资金到位(\d+)万元，到位率([\d.]+%)")
    c.close(pct(recv, annual), rrate, "到位率")
    spent, erate = one(text, r"全年支出([\d.]+)万元，预\n?算执行率([\d.]+%)")
    c.close(pct(spent, annual), erate, "执行率 (text)")
    body = one(text, r"庄寨本体修缮([\d.]+)万元")
    each = one(text, r"爱荆庄(\d+)万元、\n?仁和庄(\d+)万元、容就庄(\d+)万元、绍安庄(\d+)万元、昇平庄(\d+)万元、谷\n?贻堂(\d+)万元")
    c.eq(sum(num(x) for x in each), num(body), "six 庄寨 add up to the body repair amount")
    c.close(sum(num(x) for x in each) / len(each), one(text, r"平均每座(\d+)万元"), "average per 庄寨")
    fire = one(text, r"消防安防设施改造([\d.]+)万元")
    env = one(text, r"周边环境整治([\d.]+)万元")
    c.eq(num(body) + num(fire) + num(env), num(spent), "spending items add up")
    c.close(num(recv) - num(spent), one(text, r"年末结余([\d.]+)万元"), "balance = received - spent")
    c.ok(int(one(text, r"已结转至(\d{4})年")) > 2021, "carry-over goes to a later year")
    fr = {}
    for name in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        fr[name] = one(text, "\n" + name + r" ([\d.]+) ([\d.]+) ([\d.]+) (\S+) (\S+) (\S+)\n")
    for i in range(3):
        c.eq(sum(num(fr[k][i]) for k in list(fr)[1:]), num(fr["年度资金总额"][i]), f"funds column {i} adds up")
    tot = fr["年度资金总额"]
    c.eq(num(tot[0]), num(initial), "table 年初预算 = text")
    c.eq(num(tot[1]), num(annual), "table 全年预算 = text")
    c.eq(num(tot[2]), num(spent), "table 执行数 = text")
    c.eq(num(fr["其中：当年财政拨款"][1]), num(initial) + num(add), "fiscal annual = initial + top-up")
    c.eq(num(fr["其他资金"][1]), num(other), "other funds = own funds in text")
    c.close(pct(tot[2], tot[1]), tot[4], "执行率 (table)")
    c.close(num(tot[3]) * min(pct(tot[2], tot[1]), D(100)) / 100, tot[5], "execution score")
    for k in list(fr)[1:]:
        for cell in fr[k][3:]:
            c.ok(cell == "—", f"component row {k}: no rate on a zero base, no score")
    specs = [("古庄寨修缮数量", r"古庄寨修缮数量 (\S+) (\S+) (\S+) (\S+)"),
             ("消防安防设施改造庄寨数", r"消防安防设施改造庄寨数 (\S+) (\S+) (\S+) (\S+)"),
             ("修缮建筑面积", r"\n修缮建筑面积 (\S+) (\S+) (\S+) (\S+)"),
             ("修缮工程验收合格率", r"修缮工程验收合格率 (\S+) (\S+) (\S+) (\S+)"),
             ("修缮工程完工时间", r"修缮工程完工时间 (\S+) (\S+) (\S+) (\S+)"),
             ("庄寨修缮补助标准", r"庄寨修缮补助标准 (\S+) (\S+) (\S+) (\S+)"),
             ("开放庄寨接待游客人次", r"开放庄寨接待游客人次 (\S+) (\S+) (\S+) (\S+)"),
             ("庄寨文化研学活动场次", r"庄寨文化研学活动场次 (\S+) (\S+) (\S+) (\S+)"),
             ("修缮庄寨长效管护机制", r"修缮庄寨长效管护机制 (\S+) (部分庄寨管护\n责任未落实) (\S+) (\S+)"),
             ("庄寨产权人及村民满意度", r"庄寨产权人及村民满意度 (\S+) (\S+) (\S+) (\S+)")]
    rows = [(nm,) + one(text, rx) for nm, rx in specs]
    totals = [one(text, r"\n总分 100 ([\d.]+)"), one(text, r"综合得分([\d.]+)分")]
    grades = [one(text, r"评价等级为\n?“(.)”")]
    check_rows(c, rows, (tot[3], tot[5]), totals, grades)
    area_text = one(text, r"修缮建筑面积(\d+)平方米，经")
    c.eq(num(rows[2][2]), num(area_text), "repaired area table = text")
    # cost per m2 in 元 against 万元 totals (rounded to whole 元)
    c.close(num(body) * 10000 / num(rows[2][2]), rows[5][2], "subsidy per m2 = body repair / area")
    c.eq(num(rows[9][2]), num(one(text, r"满意度为([\d.]+)%")), "satisfaction table = text")
    c.eq(num(rows[6][2]), num(one(text, r"全年接待游客([\d.]+)万人次，受疫情")), "visitors table = text")
    return c.fail


# ---------------------------------------------------------------- C: Yangcheng 2022
def check_yangcheng(text):
    c = Checker(text)

    def frow(label):
        cells = one(text, r"\t" + re.escape(label) + r"\n((?:\t[^\n]*\n){9})")
        return [x[1:] for x in cells.rstrip("\n").split("\n")]

    r1, r2, r3, r4 = frow("年初预算资金"), frow("全年预算资金"), frow("实际到位资金"), frow("全年执行资金")
    r5, r6, r7 = frow("资金结余"), frow("预算到位率"), frow("预算执行率(%)")
    # columns: 0 行次, 1 年度总金额, 2 小计, 3 中央, 4 省, 5 市, 6 县, 7 结转, 8 其他
    val = lambda row, i: num(row[i]) if row[i].strip() else D(0)
    for row in (r1, r2, r3, r4, r5):
        c.eq(sum(val(row, i) for i in (3, 4, 5, 6)), val(row, 2), f"小计 = sum of levels ({row[0]})")
        c.eq(val(row, 2) + val(row, 7) + val(row, 8), val(row, 1), f"total = 小计 + 结转 + 其他 ({row[0]})")
    for i in range(1, 9):
        c.eq(val(r3, i) - val(r4, i), val(r5, i), f"(5)=(3)-(4) column {i}")
        if val(r2, i) == 0:
            c.ok(val(r6, i) == 0 and val(r7, i) == 0, f"zero-base column {i} prints 0")
        else:
            c.close(pct(val(r3, i), val(r2, i)), r6[i], f"(6)=(3)/(2) column {i}")
            c.close(pct(val(r4, i), val(r2, i)), r7[i], f"(7)=(4)/(2) column {i}")
            c.ok(num(r7[i]) <= 100 and num(r6[i]) <= 100, f"rates within 100 column {i}")
    prov, adv, add = one(text, r"补助资金(\d+)万元，其中(\d+)万元于2021年12月提前下达、(\d+)万元于2022年6月追加")
    c.eq(num(adv) + num(add), num(prov), "advance + top-up = provincial")
    c.eq(num(adv), val(r1, 4), "provincial initial = advance issue")
    c.eq(num(prov), val(r2, 4), "provincial annual (text = table)")
    cnty = one(text, r"县级配套资金(\d+)万元")
    c.eq(num(cnty), val(r2, 6), "county annual (text = table)")
    year, recv, spent, erate, bal = one(text, r"截至(\d{4})年12月31日，实际到位资金(\d+)万元，全年执行([\d.]+)万元，预算执行率([\d.]+%)，资金结余([\d.]+)万元")
    c.ok(int(year) == 2022, "figures dated in the evaluation year")
    c.eq(num(recv), val(r3, 1), "received text = table")
    c.eq(num(spent), val(r4, 1), "spent text = table")
    c.close(pct(spent, val(r2, 1)), erate, "执行率 text")
    c.eq(num(bal), val(r5, 1), "balance text = table")
    items = one(text, r"历史建筑修缮([\d.]+)万元，传统街巷整治([\d.]+)万元，消防设施建设([\d.]+)万元")
    c.eq(sum(num(x) for x in items), num(spent), "spending items add up")
    n16, parts = one(text, r"全年完成历史建筑修缮(\d+)处，其中郭峪村(\d+处、上庄村\d+处、屯城村\d+处、砥洎城\d+)处")
    c.eq(sum(D(x) for x in re.findall(r"\d+", parts)), num(n16), "villages add up to the repaired total")
    nn, avg = one(text, r"(\d+)处修缮历史建筑平均修缮成本([\d.]+)万元")
    c.eq(num(nn), num(n16), "count in average sentence")
    c.close(num(items[0]) / num(nn), avg, "average repair cost")
    c.eq(num(one(text, r"修缮历史建筑(\d+)处，超额")), num(n16), "repaired count in section 三")
    # indicator table (附件1): name, weight, target, actual, completion, score
    def irow(name):
        cells = one(text, r"\t" + re.escape(name) + r"\n((?:\t[^\n]*\n?){6})")
        w, t, a, cp, s, _ = [x[1:] for x in cells.rstrip("\n").split("\n")]
        return (name, t, a, w, s, cp)
    exec_r = irow("预算执行率")
    c.close(pct(spent, val(r2, 1)), exec_r[2], "执行率 actual in 自评表")
    c.close(pct(spent, val(r2, 1)), exec_r[5], "执行率 completion in 自评表")
    c.close(num(exec_r[3]) * min(pct(spent, val(r2, 1)), D(100)) / 100, exec_r[4], "execution score")
    names = ["历史建筑修缮数量（处）", "修缮工程验收合格率", "修缮项目完成及时率", "单处历史建筑平均修缮成本",
             "名镇名村传统风貌格局保持", "修缮历史建筑保护利用率", "居民及游客满意度"]
    rows = [irow(nm) for nm in names]
    totals = [one(text, r"总得分([\d.]+)分")]
    grades = [one(text, r"属于\"(..)\"")]
    check_rows(c, rows, (exec_r[3], exec_r[4]), totals, grades)
    c.eq(num(rows[0][2]), num(n16), "repaired count table = text")
    c.eq(num(rows[3][2]), num(avg), "average cost table = text")
    c.eq(num(rows[2][2]), num(one(text, r"修缮项目完成及时率(\d+)%")), "timeliness table = text")
    c.eq(num(rows[5][2]), num(one(text, r"保护利用率(\d+)%，略低")), "utilisation table = text")
    for m in re.findall(r"满意度(?:为|达)([\d.]+)%", text):
        c.eq(num(rows[6][2]), D(m), "satisfaction table = text")
    return c.fail


# ---------------------------------------------------------------- D: Xixiu 2018
def check_xixiu(text):
    c = Checker(text)
    total, prov, dist = one(text, r"项目资金(\d+)万元，其中省级传统村落保护补助资金(\d+)万元、区级配套资金(\d+)万元")
    c.eq(num(prov) + num(dist), num(total), "province + district = project funds")
    year, spent, erate = one(text, r"截至(\d{4})年12月31日，项目实际支出([\d.]+)万元，预算执行率([\d.]+%)")
    c.ok(int(year) == 2018, "figures dated in the evaluation year")
    c.close(pct(spent, total), erate, "执行率 text")
    fee, per, review, bal = one(text, r"规划编制费([\d.]+)万元（合同价每村([\d.]+)万元），专家评审及成果印制费([\d.]+)万元；结余([\d.]+)万元")
    c.eq(num(fee) + num(review), num(spent), "planning fee + review costs = spending")
    c.close(num(total) - num(spent), bal, "balance = budget - spent")
    nvill = 8
    c.eq(num(per) * nvill, num(fee), "per-village price x 8 = planning fee")
    contract = one(text, r"合同总价([\d.]+)万元")
    c.eq(num(contract), num(fee), "contract price = planning fee")
    p1, a1, p2, a2, p3, a3 = one(text, r"支付(\d+)%即([\d.]+)万元，中期成果审查通过后支付(\d+)%即([\d.]+)万元，最终成果通过专家评审后支付(\d+)%即([\d.]+)万元")
    c.eq(num(p1) + num(p2) + num(p3), 100, "instalment shares add to 100%")
    for p, a in ((p1, a1), (p2, a2), (p3, a3)):
        c.close(num(contract) * num(p) / 100, a, "instalment amount")
    c.eq(num(a1) + num(a2) + num(a3), num(contract), "instalments add to the contract")
    scores = one(text, r"打分分别为((?:\d+分、)+\d+分)")
    sc = [D(x) for x in re.findall(r"\d+", scores)]
    c.eq(len(sc), nvill, "one expert score per village")
    c.close(sum(sc) / len(sc), one(text, r"，平均([\d.]+)分"), "average expert score")
    fr = {}
    for name in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        fr[name] = one(text, "\t" + name + r"\t([\d.]+)\t([\d.]+)\t([\d.]+)\t([^\t]+)\t([^\t]+)\t([^\t\n]+)")
    for i in range(3):
        c.eq(sum(num(fr[k][i]) for k in list(fr)[1:]), num(fr["年度资金总额"][i]), f"funds column {i} adds up")
    tot = fr["年度资金总额"]
    c.eq(num(tot[0]), num(total), "table 年初 = text (no adjustment)")
    c.eq(num(tot[1]), num(total), "table 全年 = text")
    c.eq(num(tot[2]), num(spent), "table 执行 = text")
    c.close(pct(tot[2], tot[1]), tot[4], "执行率 table")
    exec_score_text = one(text, r"预算执行率得分([\d.]+)分")
    c.close(num(tot[3]) * min(pct(tot[2], tot[1]), D(100)) / 100, tot[5], "execution score table")
    c.eq(num(exec_score_text), num(tot[5]), "execution score text = table")
    for k in list(fr)[1:]:
        for cell in fr[k][3:]:
            c.ok(cell.strip() == "—", f"no rate or score in component row {k}")
    names = ["规划编制村落数量", "村落测绘及建筑调查登记数量", "规划成果专家评审通过率", "规划成果提交时间",
             "每村规划编制费用", "传统村落保护管控依据", "规划期限", "村民及村“两委”满意度"]
    rows = [(nm,) + one(text, "\t" + re.escape(nm) + r"\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t\n]+)") for nm in names]
    totals = [one(text, r"综合自评得分([\d.]+)分")]
    grades = [one(text, r"评价等级为“(.)”")]
    check_rows(c, rows, (tot[3], tot[5]), totals, grades)
    c.eq(num(rows[4][2]), num(per), "per-village fee table = text")
    c.eq(num(rows[1][2]), num(one(text, r"测绘调查登记建筑(\d+)栋")), "surveyed buildings table = text")
    return c.fail


# ---------------------------------------------------------------- E: Songyang 2024
def check_songyang(text):
    c = Checker(text)
    initial, carry, annual = one(text, r"项目年初预算(\d+)万元，年中将2023年结转资金(\d+)万元纳入项目，全年预算(\d+)万元")
    c.eq(num(initial) + num(carry), num(annual), "initial + carry-over = annual")
    recv, spent, erate = one(text, r"全年资金到位(\d+)万元，实际支出([\d.]+)万元，预算执行率([\d.]+%)")
    c.close(pct(spent, annual), erate, "执行率 text")
    items = one(text, r"老屋修缮补助([\d.]+)万元，测绘建档及挂牌保护费用([\d.]+)万元，工匠培训费([\d.]+)万元")
    c.eq(sum(num(x) for x in items), num(spent), "spending items add up")
    bal = one(text, r"年末结余([\d.]+)万元")
    c.close(num(recv) - num(spent), bal, "balance = received - spent")
    c.ok(int(one(text, r"质保金，按合同约定于(\d{4})年支付")) > 2024, "retention paid in a later year")
    shares = one(text, r"修缮主体完工后拨付(\d+)%，竣工验收合格后拨付(\d+)%，剩余(\d+)%")
    c.eq(sum(num(x) for x in shares), 100, "instalment shares add to 100%")
    n38, parts = one(text, r"全年完成老屋修缮(\d+)幢，其中(大东坝镇\d+幢、四都乡\d+幢、三都乡\d+幢、枫坪乡\d+)幢")
    c.eq(sum(D(x) for x in re.findall(r"\d+", parts)), num(n38), "townships add up to the repaired total")
    ontime, orate = one(text, r"(\d+)幢按期完工，按期完工率([\d.]+%)")
    c.close(pct(ontime, n38), orate, "on-time rate")
    avg = one(text, r"老屋修缮补助平均每幢([\d.]+)万元")
    c.close(num(items[0]) / num(n38), avg, "average subsidy per house")
    trained = one(text, r"参训人数分别为((?:\d+人、)+\d+人)")
    tl = [D(x) for x in re.findall(r"\d+", trained)]
    c.eq(len(tl), 4, "four training sessions")
    c.close(sum(tl) / len(tl), one(text, r"平均每期(\d+)人"), "average trainees per session")

    def cells_after(label, k):
        cells = one(text, r"\n" + re.escape(label) + r"\n((?:[^\n]*\n){" + str(k) + r"})")
        return cells.rstrip("\n").split("\n")

    fr = {name: cells_after(name, 6) for name in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    for i in range(3):
        c.eq(sum(num(fr[k][i]) for k in list(fr)[1:]), num(fr["年度资金总额"][i]), f"funds column {i} adds up")
    tot = fr["年度资金总额"]
    c.eq(num(tot[0]), num(initial), "table 年初 = text")
    c.eq(num(tot[1]), num(annual), "table 全年 = text")
    c.eq(num(tot[2]), num(spent), "table 执行 = text")
    c.eq(num(fr["上年结转资金"][1]), num(carry), "carry-over table = text")
    c.close(pct(tot[2], tot[1]), tot[4], "执行率 table")
    c.close(num(tot[3]) * min(pct(tot[2], tot[1]), D(100)) / 100, tot[5], "execution score")
    for k in list(fr)[1:]:
        for cell in fr[k][3:]:
            c.ok(cell == "—", f"no rate or score in component row {k}")
    names = ["历史建筑（老屋）修缮数量", "历史建筑测绘建档数量", "历史建筑挂牌保护数量", "修缮工程质量验收合格率",
             "修缮工程按期完工率", "单幢老屋平均修缮补助", "修缮后老屋活化利用数量", "传统村落风貌保护",
             "修缮老屋管护协议签订率", "老屋产权人满意度"]
    rows = [(nm,) + tuple(cells_after(nm, 4)) for nm in names]
    total_row = cells_after("总分", 2)
    c.eq(num(total_row[0]), 100, "总分 row weight 100")
    totals = [total_row[1], one(text, r"本项目自评得分([\d.]+)分")]
    grades = [one(text, r"评价等级为“(.)”")]
    check_rows(c, rows, (tot[3], tot[5]), totals, grades)
    c.eq(num(rows[0][2]), num(n38), "repaired houses table = text")
    c.eq(num(rows[1][2]), num(one(text, r"完成历史建筑测绘建档(\d+)处")), "surveys table = text")
    c.ok(unit_of(rows[2][2]) == "处" and num(rows[2][2]) == num(one(text, r"完成历史建筑挂牌保护(\d+)处")), "plaques table = text")
    c.eq(num(rows[4][2]), num(orate), "on-time rate table = text")
    c.eq(num(rows[5][2]), num(avg), "average subsidy table = text")
    c.eq(num(rows[6][2]), num(one(text, r"老屋中有(\d+)幢")), "re-used houses table = text")
    c.eq(num(rows[9][2]), num(one(text, r"老屋产权人满意度为([\d.]+)%")), "satisfaction table = text")
    goal = one(text, r"\n(完成历史建筑（老屋）修缮\d+幢，测绘建档\d+处，挂牌保护\d+处，修缮后老屋活化利用\d+幢。)\n")
    g = [D(x) for x in re.findall(r"\d+", goal)]
    c.ok(g == [num(n38), num(rows[1][2]), num(one(text, r"完成历史建筑挂牌保护(\d+)处")), num(rows[6][2])],
         "goal box actuals = text")
    return c.fail


CHECKS = {
    "jingxian-chuantongcunluo-2020": check_jingxian,
    "yongtai-zhuangzhai-2021": check_yongtai,
    "yangcheng-mingzhenmingcun-2022": check_yangcheng,
    "xixiu-tunbaoguihua-2018": check_xixiu,
    "songyang-lishijianzhu-2024": check_songyang,
}

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


def run_checks(src, text):
    try:
        return CHECKS[src](text)
    except ParseError as exc:
        return [f"parse: {exc}"]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        src = lab["source"]
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{lab['case']}: length {len(text)} outside 3000-9000")
            fails = run_checks(src, text)
            for f in fails:
                problems.append(f"{lab['case']}: {f}")
            continue
        # 1. label values occur in the case
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected must hold exactly one finding")
        for e in lab["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            if e["severity"] != "error" or e["code"] not in CODES:
                problems.append(f"{lab['case']}: bad code/severity {e}")
            if e["value"] not in text:
                problems.append(f"{lab['case']}: value {e['value']!r} not in case")
        # 2. one place differs
        if text == clean:
            problems.append(f"{lab['case']}: identical to the clean draft")
        else:
            p = 0
            while p < min(len(text), len(clean)) and text[p] == clean[p]:
                p += 1
            s = 0
            while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
                s += 1
            a, b = clean[p:len(clean) - s], text[p:len(text) - s]
            if max(len(a), len(b)) > 12:
                problems.append(f"{lab['case']}: changed region too long: {a!r} -> {b!r}")
            # the label value must cover the changed place
            covered = False
            for e in lab["expected"]:
                i = text.find(e["value"])
                while i >= 0:
                    if i <= p + len(b) and i + len(e["value"]) >= p:
                        covered = True
                    i = text.find(e["value"], i + 1)
            if not covered:
                problems.append(f"{lab['case']}: value does not cover the changed place")
        # 3. the redone arithmetic must catch the slip
        if not run_checks(src, text):
            problems.append(f"{lab['case']}: no check fails on the error case")
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} occurs {counts.get(c, 0)} times (< 2)")
    if problems:
        print("\n".join(problems))
        print("FAILED")
        sys.exit(1)
    n_err = sum(1 for l in labels if not l["clean"])
    print(f"{len(labels)} cases ({n_err} with one injected error); per code: " +
          ", ".join(f"{c}={counts[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
