#!/usr/bin/env python3
"""Verify drafts257.

1. every label value occurs in its case and overlaps the edited region;
2. every error case differs from its clean draft in one place (one contiguous region, one edit);
3. the arithmetic of every clean draft holds (rates, sums, balances, weights, scores, grade,
   completion rates, averages, same value everywhere, years), recomputed from the text itself;
4. set-level rules: 5 clean drafts of 3,000–9,000 characters, 6 errors each, every code ≥ 2 times.
Prints OK at the end when everything holds.
"""
import json
import pathlib
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)


def D(s):
    return Decimal(str(s).replace(",", "").replace("%", ""))


def decimals(s):
    s = str(s).replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """rules.md §8: stated value with d decimals agrees iff |c − v| ≤ 0.5·10^−d."""
    v = D(stated)
    tol = Decimal(5) / (Decimal(10) ** (decimals(stated) + 1)) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def pct(a, b):
    return D(a) / D(b) * 100


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def one(t, pattern, name):
    """Return the groups of the single match of pattern in t."""
    ms = list(re.finditer(pattern, t))
    check(len(ms) == 1, f"{name}: pattern {pattern!r} matched {len(ms)} times")
    if not ms:
        return None
    g = ms[0].groups()
    return g[0] if len(g) == 1 else g if g else ms[0].group(0)


def row(t, label, name):
    """Cells of the single table line that starts with label (cells split on ｜)."""
    lines = [ln for ln in t.splitlines() if ln.startswith(label + "｜")]
    check(len(lines) == 1, f"{name}: row {label!r} found {len(lines)} times")
    return lines[0].split("｜") if lines else []


def table_rows(t, first_cells):
    return [ln.split("｜") for ln in t.splitlines()
            if "｜" in ln and ln.split("｜")[0] in first_cells]


def first_num(s):
    m = re.search(r"\d+(?:\.\d+)?", s)
    return D(m.group(0)) if m else None


def unit_of(s):
    """The unit of a target/actual cell: what is left after signs and the number (dates are 'date')."""
    if re.match(r"^\d{4}年\d{1,2}月", s):
        return "date"
    return re.sub(r"^[≥≤=＞＜]?\s*\d+(?:\.\d+)?(?:/\d+)?", "", s)


def same_units(rows, ti, ai, name):
    for r in rows:
        if re.match(r"^[≥≤=]?\d", r[ti]) and re.match(r"^\d", r[ai]):
            check(unit_of(r[ti]) == unit_of(r[ai]), f"{name}: unit {r[ti]} vs {r[ai]}")


def completion(target, actual):
    """rules.md §5 completion for gte/eq (A/T) and lte (100% if met, else T/A)."""
    T, A = first_num(target), first_num(actual)
    if target.startswith("≤"):
        return Decimal(100) if A <= T else T / A * 100
    return A / T * 100


# ---------------------------------------------------------------- per-draft checks

def check_yiyuan(t):
    n = "sd-yiyuan"
    tot = row(t, "年度资金总额", n)
    cur = row(t, "其中：当年财政拨款", n)
    car = row(t, "上年结转资金", n)
    oth = row(t, "其他资金", n)
    for i in (1, 2, 3):  # 年初 / 全年 / 执行 columns: components add up
        check(D(cur[i]) + D(car[i]) + D(oth[i]) == D(tot[i]), f"{n}: funds column {i} sum")
    for r in (tot, cur, car):
        check(agrees(r[5], pct(r[3], r[2])), f"{n}: row {r[0]} 执行率")
    check(agrees(tot[6], D(tot[4]) * min(D(tot[3]) / D(tot[2]), Decimal(1))), f"{n}: execution score")
    # text vs table
    y0, carried, add, y1 = one(t, r"年初预算(\d+\.\d+)万元（含2020年结转资金(\d+\.\d+)万元）[^。]*。8月[^。]*追加(\d+\.\d+)万元，全年预算(\d+\.\d+)万元", n)
    check(D(y0) == D(tot[1]) and D(carried) == D(car[1]) and D(y1) == D(tot[2]), f"{n}: text budget = table")
    check(D(y0) + D(add) == D(y1), f"{n}: 年初 + 追加 = 全年")
    spent, rate = one(t, r"项目实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)", n)
    check(D(spent) == D(tot[3]) and rate == tot[5], f"{n}: text spending/rate = table")
    parts = one(t, r"其中数字化加工服务费(\d+\.\d+)万元，存储设备购置费(\d+\.\d+)万元，安全保密监理费(\d+\.\d+)万元", n)
    check(sum(D(p) for p in parts) == D(spent), f"{n}: spending breakdown")
    prov, pspent, prate = one(t, r"省级补助资金(\d+\.\d+)万元当年支出(\d+\.\d+)万元，执行率(\d+\.\d+%)", n)
    check(D(prov) == D(add) and agrees(prate, pct(pspent, prov)), f"{n}: 省级补助执行率")
    unspent = one(t, r"全年未支出(\d+\.\d+)万元", n)
    check(D(unspent) == D(y1) - D(spent), f"{n}: balance")
    check(int(one(t, r"已结转至(\d{4})年", n)) > 2021, f"{n}: carry-over year")
    # outputs
    scanned, *batches = one(t, r"全年完成扫描(\d+\.\d+)万画幅，分三批交付，分别为(\d+\.\d+)万、(\d+\.\d+)万和(\d+\.\d+)万画幅", n)
    check(sum(D(b) for b in batches) == D(scanned), f"{n}: batches")
    done_pct = one(t, r"为年度目标的(\d+\.\d+%)", n)
    check(agrees(done_pct, pct(scanned, 120)), f"{n}: scan completion")
    monthly = one(t, r"4—11月月均扫描(\d+\.\d+)万画幅", n)
    check(agrees(monthly, D(scanned) / 8), f"{n}: monthly mean over 8 months")
    sample = one(t, r"共抽检图像(\d+\.\d+)万画幅", n)
    check(D(sample) / D(scanned) >= Decimal("0.05"), f"{n}: sample ≥ 5%")
    # indicator table
    rows = table_rows(t, {"产出指标", "效益指标", "满意度指标"})
    check(len(rows) == 8, f"{n}: 8 indicator rows")
    same_units(rows, 3, 4, n)
    w = D(tot[4]) + sum(D(r[5]) for r in rows)
    s = D(tot[6]) + sum(D(r[6]) for r in rows)
    check(w == 100, f"{n}: weights {w}")
    check(all(D(r[6]) <= D(r[5]) for r in rows), f"{n}: score ≤ weight")
    total = row(t, "总分", n)
    check(D(total[5]) == 100 and D(total[6]) == s, f"{n}: total {s}")
    lv = one(t, r"预算执行率得(\d+\.\d+)分，产出指标得(\d+)分，效益指标得(\d+)分，满意度指标得(\d+)分，自评得分(\d+\.\d+)分，等级为“(.)”", n)
    by = lambda lvl: sum(D(r[6]) for r in rows if r[0] == lvl)
    check(D(lv[0]) == D(tot[6]) and D(lv[1]) == by("产出指标") and D(lv[2]) == by("效益指标")
          and D(lv[3]) == by("满意度指标"), f"{n}: level scores")
    check(D(lv[4]) == s and sum(D(x) for x in lv[:4]) == s, f"{n}: text total")
    check(lv[5] == grade(s), f"{n}: grade")
    check("2021年度" in t and "（2021年度）" in t, f"{n}: year")
    for r in rows:  # gte rows met
        if r[3].startswith("≥"):
            check(first_num(r[4]) >= first_num(r[3]) and D(r[6]) == D(r[5]), f"{n}: gte row {r[2]}")


def check_yanling(t):
    n = "hn-yanling"
    budget, county, prov = one(t, r"项目全年预算(\d+\.\d+)万元，其中县级财政安排(\d+\.\d+)万元，省档案馆下达红色档案资源建设补助资金(\d+\.\d+)万元", n)
    check(D(county) + D(prov) == D(budget), f"{n}: budget sum")
    arrived, arate = one(t, r"资金实际到位(\d+\.\d+)万元，到位率(\d+%)", n)
    check(agrees(arate, pct(arrived, budget)), f"{n}: 到位率")
    spent, rate, bal = one(t, r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)，结余(\d+\.\d+)万元", n)
    check(agrees(rate, pct(spent, budget)), f"{n}: 执行率")
    check(D(bal) == D(arrived) - D(spent), f"{n}: 结余")
    sp2, *parts = one(t, r"全年支出(\d+\.\d+)万元，其中档案征集补偿费(\d+\.\d+)万元，档案修复装裱费(\d+\.\d+)万元，口述史采录制作费(\d+\.\d+)万元，专家鉴定评审费(\d+\.\d+)万元", n)
    check(D(sp2) == D(spent) and sum(D(p) for p in parts) == D(spent), f"{n}: spending breakdown")
    *batches, avg = one(t, r"分别为(\d+)件、(\d+)件、(\d+)件、(\d+)件，平均每批(\d+\.\d+)件", n)
    check(agrees(avg, sum(D(b) for b in batches) / 4), f"{n}: average per batch")
    got, crate = one(t, r"实际征集(\d+)件，完成率(\d+%)", n)
    check(sum(D(b) for b in batches) == D(got), f"{n}: batches = collected")
    check(agrees(crate, pct(got, 300)), f"{n}: 征集完成率")
    kinds = one(t, r"其中手稿、信件(\d+)件，照片、票证等(\d+)件，实物类(\d+)件", n)
    check(sum(D(k) for k in kinds) == D(got), f"{n}: kinds sum")
    oral, orate = one(t, r"实际采录(\d+)人，完成率(\d+%)", n)
    check(agrees(orate, pct(oral, 20)), f"{n}: 口述史完成率")
    visitors = re.findall(r"(\d+)人次参观|参观人数合计(\d+)人次", t)
    vals = {a or b for a, b in visitors}
    check(len(visitors) == 2 and len(vals) == 1, f"{n}: visitors stated consistently {visitors}")
    sat = one(t, r"服务对象满意度为(\d+\.\d+)%", n)
    check(0 <= D(sat) <= 100, f"{n}: satisfaction range")
    items = re.findall(r"([\u4e00-\u9fa5]+)（(\d+)分）得(\d+(?:\.\d+)?)分", t)
    check(len(items) == 9, f"{n}: 9 scored items")
    w = sum(D(x[1]) for x in items)
    s = sum(D(x[2]) for x in items)
    check(w == 100, f"{n}: weights {w}")
    check(all(D(x[2]) <= D(x[1]) for x in items), f"{n}: score ≤ weight")
    execs = [x for x in items if x[0] == "预算执行率"]
    check(execs and agrees(execs[0][2], D(execs[0][1]) * D(spent) / D(budget)), f"{n}: execution score")
    oral_item = [x for x in items if x[0] == "口述史采录"]
    check(oral_item and agrees(oral_item[0][2], D(oral_item[0][1]) * D(oral) / 20), f"{n}: oral score")
    total, g = one(t, r"以上合计(\d+\.\d+)分，评价等级为“(.)”", n)
    check(D(total) == s, f"{n}: total {s}")
    check(g == grade(total), f"{n}: grade")
    check("2022年度" in t and "2023年2月" in t, f"{n}: years")


def check_zuoquan(t):
    n = "sx-zuoquan"
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    R = {k: row(t, k, n) for k in names}
    # columns: 0 label,1 行次,2 总,3 小计,4 中央,5 省,6 市,7 县,8 结转,9 其他
    for k in names[:5]:
        r = R[k]
        check(D(r[4]) + D(r[5]) + D(r[6]) + D(r[7]) == D(r[3]), f"{n}: {k} 小计")
        check(D(r[3]) + D(r[8]) + D(r[9]) == D(r[2]), f"{n}: {k} 总额")
    for c in range(2, 10):
        check(D(R["资金结余"][c]) == D(R["实际到位资金"][c]) - D(R["全年执行资金"][c]), f"{n}: (5) col {c}")
        for k, num in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            base = D(R["全年预算资金"][c])
            if base == 0:
                check(D(R[k][c]) == 0, f"{n}: {k} col {c} zero base must print 0")
            else:
                check(agrees(R[k][c], pct(R[num][c], base)), f"{n}: {k} col {c}")
    # text
    y0, county, carried, prov, y1 = one(t, r"年初预算(\d+\.\d+)万元，其中县级资金(\d+\.\d+)万元、2019年结转资金(\d+\.\d+)万元；9月，省地方志办公室下达第二轮修志补助资金(\d+\.\d+)万元，全年预算调整为(\d+\.\d+)万元", n)
    check(D(county) + D(carried) == D(y0) == D(R["年初预算资金"][2]), f"{n}: text 年初")
    check(D(y0) + D(prov) == D(y1) == D(R["全年预算资金"][2]), f"{n}: text 全年")
    spent, rate, bal = one(t, r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)，结余(\d+\.\d+)万元", n)
    check(D(spent) == D(R["全年执行资金"][2]) and D(rate) == D(R["预算执行率(%)"][2]) and D(bal) == D(R["资金结余"][2]), f"{n}: text funds = table")
    check(D(one(t, r"结余资金(\d+\.\d+)万元申请结转至2021年", n)) == D(bal), f"{n}: 结转 amount")
    # indicator tables: 二级｜三级｜权重｜目标值｜业绩值｜完成率｜得分
    rows = [ln.split("｜") for ln in t.splitlines() if ln.count("｜") == 6 and not ln.startswith("二级指标")]
    check(len(rows) == 9, f"{n}: 9 indicator rows, got {len(rows)}")
    same_units(rows, 3, 4, n)
    w = sum(D(r[2]) for r in rows)
    s = sum(D(r[6]) for r in rows)
    check(w == 100, f"{n}: weights {w}")
    check(all(D(r[6]) <= D(r[2]) for r in rows), f"{n}: score ≤ weight")
    for r in rows:
        if r[5] != "—":
            check(agrees(r[5], completion(r[3], r[4])), f"{n}: completion {r[1]}")
    ex = rows[0]
    check(ex[1] == "预算执行率" and ex[4] == rate, f"{n}: execution row rate")
    check(agrees(ex[6], D(ex[2]) * D(spent) / D(y1)), f"{n}: execution score")
    total, g = one(t, r"总得分(\d+\.\d+)分，属于“(..)”", n)
    check(D(total) == s, f"{n}: total {s}")
    check(g[0] == grade(total), f"{n}: grade")
    words = one(t, r"全年累计收集整理入志资料(\d+)万字", n)
    check(any(r[1].startswith("收集整理入志资料") and first_num(r[4]) == D(words) for r in rows), f"{n}: 入志资料 text = table")
    entries = one(t, r"县志资料数据库入库条目(\d+)条", n)
    check(any(r[1].startswith("县志资料数据库") and first_num(r[4]) == D(entries) for r in rows), f"{n}: 条目 text = table")


def check_meitan(t):
    n = "gz-meitan"
    budget, prov, county, share = one(t, r"项目全年预算(\d+\.\d+)万元，其中省级档案馆库建设补助资金(\d+\.\d+)万元、县级配套资金(\d+\.\d+)万元，省级资金占全年预算的(\d+\.\d+%)", n)
    check(D(prov) + D(county) == D(budget), f"{n}: budget sum")
    check(agrees(share, pct(prov, budget)), f"{n}: share")
    spent, rate = one(t, r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)", n)
    check(agrees(rate, pct(spent, budget)), f"{n}: 执行率")
    items = [ln.split("｜") for ln in t.splitlines() if re.match(r"^[1-5]｜", ln)]
    check(len(items) == 5, f"{n}: 5 sub-items")
    tot = row(t, "合计", n)
    check(sum(D(r[2]) for r in items) == D(tot[2]) == D(budget), f"{n}: sub-item budgets")
    check(sum(D(r[3]) for r in items) == D(tot[3]) == D(spent), f"{n}: sub-item spending")
    check(all(D(r[3]) <= D(r[2]) for r in items), f"{n}: sub-item spent ≤ budget")
    unspent, tail, rest = one(t, r"全年未支出(\d+\.\d+)万元，其中设计、监理及检测费尾款(\d+\.\d+)万元[^；]*；其余(\d+\.\d+)万元", n)
    check(D(unspent) == D(budget) - D(spent) == D(tail) + D(rest), f"{n}: unspent")
    fee = [r for r in items if r[1].startswith("设计、监理")][0]
    check(D(tail) == D(fee[2]) - D(fee[3]), f"{n}: 尾款 = budget − paid")
    first, unit = one(t, r"已支付首期款(\d+)(万?元)", n)
    check(unit == "元" and D(first) / 10000 == D(fee[3]), f"{n}: 首期款 元 = table 万元")
    check(int(one(t, r"已结转至(\d{4})年", n)) > 2023, f"{n}: carry-over year")
    *temps, avg = one(t, r"平均温度分别为(\d+\.\d+)℃、(\d+\.\d+)℃、(\d+\.\d+)℃、(\d+\.\d+)℃，4间库房平均为(\d+\.\d+)℃", n)
    check(agrees(avg, sum(D(x) for x in temps) / 4), f"{n}: temperature mean")
    ftot = row(t, "年度资金总额", n)
    fcur = row(t, "其中：当年财政拨款", n)
    for i in (1, 2, 3):
        check(D(fcur[i]) + D(row(t, "上年结转资金", n)[i]) + D(row(t, "其他资金", n)[i]) == D(ftot[i]), f"{n}: funds col {i}")
    check(D(ftot[2]) == D(budget) and D(ftot[3]) == D(spent) and ftot[5] == rate, f"{n}: funds table = text")
    check(D(ftot[1]) == D(ftot[2]), f"{n}: 年内未作调整 ⇒ 年初 = 全年")
    check(agrees(ftot[6], D(ftot[4]) * D(spent) / D(budget)), f"{n}: execution score")
    rows = table_rows(t, {"产出指标", "效益指标", "满意度指标"})
    check(len(rows) == 9, f"{n}: 9 indicator rows")
    same_units(rows, 3, 4, n)
    w = D(ftot[4]) + sum(D(r[5]) for r in rows)
    s = D(ftot[6]) + sum(D(r[6]) for r in rows)
    check(w == 100, f"{n}: weights {w}")
    check(all(D(r[6]) <= D(r[5]) for r in rows), f"{n}: score ≤ weight")
    total = row(t, "总分", n)
    check(D(total[6]) == s, f"{n}: total {s}")
    check(one(t, r"本项目自评等级为“(.)”", n) == grade(total[6]), f"{n}: grade")
    sust = [r for r in rows if r[1] == "可持续影响指标"][0]
    check(D(sust[5]) - D(sust[6]) == 2 and "扣2分" in t, f"{n}: 扣2分")
    area = [r for r in rows if r[2] == "改造档案库房面积"][0]
    check(all(a == "640" for a in re.findall(r"(\d+)平方米", t) if a != "600") and first_num(area[4]) == 640, f"{n}: area 640 everywhere")
    check("项目支出绩效自评表（2023年度）" in t, f"{n}: table year")
    cost = [r for r in rows if r[2] == "项目总成本"][0]
    check(first_num(cost[4]) == D(spent), f"{n}: cost = spending")


def check_liyang(t):
    n = "js-liyang"
    basic = row(t, "基本支出", n)
    staff = row(t, "其中：人员经费", n)
    office = row(t, "公用经费", n)
    proj = row(t, "项目支出", n)
    tot = [ln.split("｜") for ln in t.splitlines() if ln.startswith("合计｜") and ln.count("｜") == 4][0]
    for i in (1, 2, 3):
        check(D(staff[i]) + D(office[i]) == D(basic[i]), f"{n}: 基本支出 col {i}")
        check(D(basic[i]) + D(proj[i]) == D(tot[i]), f"{n}: 合计 col {i}")
    for r in (basic, staff, office, proj, tot):
        check(agrees(r[4], pct(r[3], r[2])), f"{n}: rate {r[0]}")
    inc, y0, add, a1, a2 = one(t, r"全年预算收入(\d+\.\d+)万元[^。]*。其中年初预算(\d+\.\d+)万元，年中追加(\d+\.\d+)万元，分别为调整人员经费(\d+\.\d+)万元和追加库房安全运维经费(\d+\.\d+)万元", n)
    check(D(y0) + D(add) == D(inc) and D(a1) + D(a2) == D(add), f"{n}: income")
    check(D(inc) == D(tot[2]) and D(y0) == D(tot[1]), f"{n}: income = table")
    check(D(staff[1]) + D(a1) == D(staff[2]), f"{n}: 人员 adjustment")
    spent, rate, bal = one(t, r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)，年末结转结余(\d+\.\d+)万元", n)
    check(D(spent) == D(tot[3]) and rate == tot[4] and D(bal) == D(tot[2]) - D(tot[3]), f"{n}: text funds")
    now, before, drop = one(t, r"“三公”经费支出(\d+\.\d+)万元，比2023年的(\d+\.\d+)万元下降(\d+\.\d+%)", n)
    check(agrees(drop, (D(before) - D(now)) / D(before) * 100), f"{n}: 三公 decrease")
    prj = [ln.split("｜") for ln in t.splitlines() if re.match(r"^[1-4]｜", ln)]
    check(len(prj) == 4, f"{n}: 4 projects")
    ptot = [ln.split("｜") for ln in t.splitlines() if ln.startswith("合计｜｜")][0]
    check(sum(D(p[2]) for p in prj) == D(ptot[2]) == D(proj[2]), f"{n}: project budgets")
    check(sum(D(p[3]) for p in prj) == D(ptot[3]) == D(proj[3]), f"{n}: project spending")
    for p in prj + [ptot]:
        check(agrees(p[4], pct(p[3], p[2])), f"{n}: project rate {p[1]}")
    lo, hi, avg = one(t, r"自评得分在(\d+)分至(\d+)分之间，平均得分(\d+\.\d+)分", n)
    sc = [D(p[5]) for p in prj]
    check(D(lo) == min(sc) and D(hi) == max(sc), f"{n}: score range")
    check(agrees(avg, sum(sc) / len(sc)), f"{n}: average")
    check(one(t, r"截至(\d{4})年12月31日", n) == "2024", f"{n}: 截至 year")
    rows = [ln.split("｜") for ln in t.splitlines() if ln.split("｜")[0] in {"预算执行", "产出指标", "效益指标", "满意度指标"}]
    check(len(rows) == 12, f"{n}: 12 indicator rows")
    same_units(rows, 3, 4, n)
    w = sum(D(r[6]) for r in rows)
    s = sum(D(r[7]) for r in rows)
    check(w == 100, f"{n}: weights {w}")
    check(all(D(r[7]) <= D(r[6]) for r in rows), f"{n}: score ≤ weight")
    for r in rows:
        if r[5] != "—" and re.search(r"\d", r[3]) and "/" not in r[3] and r[3] != "1部":
            check(agrees(r[5], completion(r[3], r[4])), f"{n}: completion {r[2]}")
    ex = rows[0]
    check(ex[4] == rate and agrees(ex[7], D(ex[6]) * D(spent) / D(inc)), f"{n}: execution row")
    lv = one(t, r"自评得分(\d+\.\d+)分，其中预算执行得(\d+\.\d+)分，产出指标得(\d+)分，效益指标得(\d+\.\d+)分，满意度指标得(\d+)分，评价等级为“(.)”", n)
    by = lambda lvl: sum(D(r[7]) for r in rows if r[0] == lvl)
    check(D(lv[1]) == by("预算执行") and D(lv[2]) == by("产出指标") and D(lv[3]) == by("效益指标") and D(lv[4]) == by("满意度指标"), f"{n}: level scores")
    check(D(lv[0]) == s == sum(D(x) for x in lv[1:5]), f"{n}: total {s}")
    check(lv[5] == grade(lv[0]), f"{n}: grade")
    use = [r for r in rows if r[2] == "档案查阅利用人次"][0]
    check(D(one(t, r"扣(\d+\.\d+)分", n)) == D(use[6]) - D(use[7]), f"{n}: 扣分")
    for key, pat in (("接收进馆档案", r"全年接收进馆档案(\d+)卷"), ("方志馆接待参观人次", r"方志馆接待参观(\d+)人次"),
                     ("档案查阅利用人次", r"到馆查档利用(\d+)人次"), ("馆藏档案数字化", r"全年完成馆藏档案数字化(\d+\.\d+)万页")):
        r = [x for x in rows if x[2] == key][0]
        check(first_num(r[4]) == D(one(t, pat, n)), f"{n}: {key} text = table")


CHECKS = {
    "sd-yiyuan-danganshuzihua-2021": check_yiyuan,
    "hn-yanling-hongsedangan-2022": check_yanling,
    "sx-zuoquan-xianzhi-2020": check_zuoquan,
    "gz-meitan-kufang-2023": check_meitan,
    "js-liyang-bumenzhengti-2024": check_liyang,
}


def changed_region(a, b):
    """Common prefix/suffix: the single region where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    import build  # the edit list
    labels = [json.loads(ln) for ln in open(HERE / "labels.jsonl", encoding="utf-8")]
    names = {p.name for p in CASES.glob("*.txt")}
    check(names == {l["case"] for l in labels}, "case files and labels differ")
    edits = {(e[0], e[1]): e for e in build.EDITS}
    codes = Counter()
    where = Counter()
    for lab in labels:
        case = (CASES / lab["case"]).read_text(encoding="utf-8")
        src = lab["source"]
        clean = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")
        if lab["clean"]:
            check(lab["expected"] == [], f"{lab['case']}: clean case with expectations")
            check(3000 <= len(case) <= 9000, f"{lab['case']}: length {len(case)}")
            continue
        check(len(lab["expected"]) == 1, f"{lab['case']}: exactly one expected finding")
        num = int(re.search(r"-e(\d+)\.txt$", lab["case"]).group(1))
        e = edits[(src, num)]
        exp = lab["expected"][0]
        codes[exp["code"]] += 1
        where[e[3]] += 1
        check(exp["code"] in CODES and exp["severity"] == "error", f"{lab['case']}: code/severity")
        check(clean.count(e[4]) == 1 and case == clean.replace(e[4], e[5]), f"{lab['case']}: not the clean draft + its one edit")
        p, ea, eb = changed_region(clean, case)
        check(ea - p <= 80 and eb - p <= 80, f"{lab['case']}: changed region too long")
        # changed region lies inside one occurrence of the edit
        check(case[p:eb] in e[5] and clean[p:ea] in e[4], f"{lab['case']}: diff outside the edit")
        v = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), case)]
        check(bool(occ), f"{lab['case']}: value {v!r} not in case")
        check(any(o < max(eb, p + 1) and o + len(v) > p for o in occ), f"{lab['case']}: value does not cover the change")
        check(v not in clean, f"{lab['case']}: value also in the clean draft")
    for src, fn in CHECKS.items():
        before = len(FAIL)
        fn((CASES / f"{src}-clean.txt").read_text(encoding="utf-8"))
        print(f"{src}: arithmetic {'ok' if len(FAIL) == before else 'FAILED'}")
    for c in CODES:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    check(sum(codes.values()) == 30, "30 error cases")
    print("codes:", dict(codes))
    print("text/table:", dict(where))
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
