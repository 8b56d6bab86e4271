#!/usr/bin/env python3
"""Verify drafts212.

1. every label value occurs in its case file;
2. every error case differs from its clean draft in one place (one contiguous changed region);
3. the arithmetic of every clean draft is redone from the text itself: funds blocks, components,
   rates, balances, averages, weights, scores, completion rates, grades and repeated figures.
Prints OK at the end, or the list of failures and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []


def fail(msg):
    FAIL.append(msg)


def D(s):
    return Decimal(str(s).replace(",", "").replace("，", ""))


def decimals(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed, where):
    """rules.md §8: stated value with d decimals matches computed within half a unit of its last digit."""
    d = decimals(stated)
    tol = Decimal(5) * Decimal(10) ** (-(d + 1)) + Decimal("1e-9")
    if abs(D(stated) - Decimal(computed)) > tol:
        fail(f"{where}: stated {stated}, computed {Decimal(computed).quantize(Decimal('0.0001'))}")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grab(text, pattern, where, group=1):
    """The number captured by pattern; all matches must give the same value."""
    vals = [m.group(group) for m in re.finditer(pattern, text)]
    if not vals:
        fail(f"{where}: pattern not found: {pattern}")
        return Decimal(0), "0"
    if len({D(v) for v in vals}) != 1:
        fail(f"{where}: conflicting values for {pattern}: {vals}")
    return D(vals[0]), vals[0]


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "一般": "中", "合格": "中",
               "中": "中", "较差": "差", "差": "差", "不合格": "差"}


def check_grades(text, total, where):
    found = 0
    for m in re.finditer(r"(?:评价等级为|自评等级为|等级为|评定为|自评等级｜|评价等级｜)(优秀|良好|中等|较差|不合格|合格|一般|优|良|中|差)", text):
        found += 1
        if GRADE_WORDS[m.group(1)] != grade_of(total):
            fail(f"{where}: grade {m.group(1)} does not fit total {total}")
    if not found:
        fail(f"{where}: no grade statement found")


def rows(text):
    return [ln.split("｜") for ln in text.splitlines() if "｜" in ln]


def table_after(text, header_start, stop_prefixes):
    """Header cells and the body rows of the bar table whose header line starts with header_start."""
    lines = text.splitlines()
    for i, ln in enumerate(lines):
        if ln.startswith(header_start) and "｜" in ln:
            head = ln.split("｜")
            body = []
            for ln2 in lines[i + 1:]:
                if "｜" not in ln2:
                    break
                cells = ln2.split("｜")
                body.append(cells)
                if any(cells[0].startswith(p) for p in stop_prefixes):
                    break
            return head, body
    fail(f"table with header {header_start!r} not found")
    return [], []


NUM = re.compile(r"-?\d+(?:\.\d+)?")


def first_num(cell):
    m = NUM.search(cell.replace(",", ""))
    return m.group(0) if m else None


def unit_of(cell):
    c = re.sub(r"^[≥≤＝=＜＞<>]+", "", cell.strip())
    return re.sub(r"-?\d+(?:\.\d+)?", "", c, count=1).strip()


def direction(target):
    t = target.strip()
    if t.startswith(("≥", ">=", "＞", "不低于", "不少于")):
        return "gte"
    if t.startswith(("≤", "<=", "＜", "不高于", "不超过")):
        return "lte"
    return "eq"


def is_date(cell):
    return bool(re.search(r"\d{4}年\d{1,2}月", cell))


def expected_score(target, actual, w, where=""):
    tn, an = first_num(target), first_num(actual)
    if tn is None or an is None or is_date(target) or is_date(actual):
        return None, None
    if unit_of(target) != unit_of(actual):
        fail(f"{where}: unit of target {target!r} differs from actual {actual!r}")
        return None, None
    T, A = D(tn), D(an)
    dr = direction(target)
    if dr == "lte":
        comp = Decimal(100) if A <= T else T / A * 100
        sc = w if A <= T else w * T / A
    else:
        if T == 0:
            comp = None
            sc = w if A <= 0 else Decimal(0)
        else:
            comp = A / T * 100
            sc = w if A >= T else w * A / T
    return comp, sc


def check_indicator_table(text, where, exec_weight=None, exec_score=None):
    """Weights to 100, scores to the total, score <= weight, scores and completion rates follow §5."""
    head, body = table_after(text, "一级指标", ("总分", "合计"))
    ci = {name: i for i, name in enumerate(head)}
    iw, isc = ci["分值"], ci["得分"]
    it, ia = ci["年度指标值"], ci["实际完成值"]
    icomp = ci.get("完成率")
    wsum = Decimal(exec_weight or 0)
    ssum = Decimal(exec_score or 0)
    total_row = body[-1]
    for cells in body[:-1]:
        w, s = D(cells[iw]), D(cells[isc])
        wsum += w
        ssum += s
        if s > w or s < 0:
            fail(f"{where}: score {s} outside [0, {w}] in row {cells[2]}")
        comp, exp = expected_score(cells[it], cells[ia], w, f"{where}: {cells[2]}")
        if exp is not None:
            ok(cells[isc], r2(exp), f"{where}: score of {cells[2]}")
        if icomp is not None and cells[icomp] not in ("—", "") and comp is not None:
            ok(cells[icomp].rstrip("%"), comp, f"{where}: 完成率 of {cells[2]}")
    ok(total_row[iw], wsum, f"{where}: weight total")
    if wsum != 100:
        fail(f"{where}: weights add to {wsum}")
    ok(total_row[isc], ssum, f"{where}: score total")
    return D(total_row[isc]), total_row[isc]


def check_mof_funds(text, where):
    """MOF funds block: rows add up per column, 执行率 = 执行/全年, 得分 = 10 x min(rate, 1)."""
    head, body = table_after(text, "项目资金（万元）", ("其他资金",))
    total = body[0]
    parts = body[1:]
    for col in (1, 2, 3):
        ok(total[col], sum(D(p[col]) for p in parts), f"{where}: funds column {head[col]}")
    rate = D(total[3]) / D(total[2]) * 100
    ok(total[5].rstrip("%"), rate, f"{where}: 执行率")
    ok(total[6], D(total[4]) * min(rate, Decimal(100)) / 100, f"{where}: execution score")
    for p in parts:
        if p[5] not in ("—",):
            fail(f"{where}: sub-row rate expected blank, got {p[5]}")
    return {"initial": D(total[1]), "annual": D(total[2]), "spent": D(total[3]),
            "rate": total[5].rstrip("%"), "weight": D(total[4]), "score": D(total[6]), "parts": parts}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- per-draft arithmetic

def check_wangjiang(t):
    w = "wangjiang"
    f = check_mof_funds(t, w)
    total, total_s = check_indicator_table(t, w, f["weight"], f["score"])
    check_grades(t, total, w)
    # prose funds
    ini, _ = grab(t, r"年初预算(\d+\.\d+)万元", w)
    fis0, _ = grab(t, r"其中当年财政拨款(\d+\.\d+)万元、上年结转", w)
    carry, _ = grab(t, r"上年结转资金(\d+\.\d+)万元。", w)
    add_prov, _ = grab(t, r"追加下达农村公路养护工程补助资金(\d+\.\d+)万元", w)
    other, _ = grab(t, r"其他资金(\d+\.\d+)万元用于村道养护", w)
    annual, _ = grab(t, r"调整后全年预算(\d+\.\d+)万元", w)
    fis, _ = grab(t, r"当年财政拨款(\d+\.\d+)万元中", w)
    prov, _ = grab(t, r"省级农村公路养护补助资金(\d+\.\d+)万元（", w)
    adv, _ = grab(t, r"其中(\d+\.\d+)万元已于2017年12月提前下达", w)
    county, _ = grab(t, r"县级配套资金(\d+\.\d+)万元。", w)
    recv, _ = grab(t, r"实际到位(\d+\.\d+)万元，到位率", w)
    spent, _ = grab(t, r"全年实际支出(\d+\.\d+)万元", w)
    rate_s = grab(t, r"预算执行率(\d+\.\d+)%", w)[1]
    cspent, _ = grab(t, r"县级配套资金支出(\d+\.\d+)万元", w)
    crate_s = grab(t, r"支出率(\d+\.\d+)%", w)[1]
    bal_s = grab(t, r"年末结余(\d+\.\d+)万元", w)[1]
    ok(str(ini), fis0 + carry, f"{w}: 年初 = 财政拨款 + 结转")
    ok(str(annual), ini + add_prov + other, f"{w}: 全年 = 年初 + 追加 + 其他")
    ok(str(fis), prov + county, f"{w}: 当年财政拨款 = 省级 + 县级")
    ok(str(prov), adv + add_prov, f"{w}: 省级 = 提前下达 + 追加")
    ok(str(fis0), adv + county, f"{w}: 年初财政拨款 = 提前下达 + 县级")
    ok(grab(t, r"到位率(\d+)%", w)[1], recv / annual * 100, f"{w}: 到位率")
    ok(rate_s, spent / annual * 100, f"{w}: 执行率 (prose)")
    ok(crate_s, cspent / county * 100, f"{w}: 县级配套支出率")
    ok(bal_s, recv - spent, f"{w}: 结余 = 到位 - 执行")
    ok(bal_s, county - cspent, f"{w}: 结余 = 县级未支出")
    # table agrees with prose
    ok(str(f["initial"]), ini, f"{w}: table 年初")
    ok(str(f["annual"]), annual, f"{w}: table 全年")
    ok(str(f["spent"]), spent, f"{w}: table 执行")
    ok(f["rate"], D(rate_s), f"{w}: table rate")
    p = {row[0]: row for row in f["parts"]}
    ok(p["其中：当年财政拨款"][3], prov + cspent, f"{w}: 当年财政拨款执行 = 省级全部 + 县级支出")
    ok(p["其中：当年财政拨款"][2], fis, f"{w}: table 当年财政拨款")
    # spending structure and standards
    routine, routine_s = grab(t, r"日常养护支出(\d+\.\d+)万元", w)
    works, _ = grab(t, r"预防性养护及中修工程支出(\d+\.\d+)万元", w)
    flood, _ = grab(t, r"水毁修复及安全隐患处置支出(\d+\.\d+)万元", w)
    ok(str(spent), routine + works + flood, f"{w}: 支出结构")
    xd, _ = grab(t, r"县道(\d+\.\d+)公里", w)
    xiang, _ = grab(t, r"乡道(\d+\.\d+)公里", w)
    cun, _ = grab(t, r"村道(\d+\.\d+)公里", w)
    tot_km_s = grab(t, r"农村公路总里程(\d+\.\d+)公里", w)[1]
    ok(tot_km_s, xd + xiang + cun, f"{w}: 里程")
    ok(grab(t, r"全县(\d+\.\d+)公里农村公路全部纳入", w)[1], D(tot_km_s), f"{w}: 里程 repeated")
    ok(grab(t, r"测算为(\d+\.\d+)万元", w)[1], (xd * 5000 + xiang * 2000 + cun * 800) / 10000, f"{w}: 养护标准测算")
    ok(grab(t, r"测算为(\d+\.\d+)万元", w)[1], routine, f"{w}: 日常养护 = 测算")
    ok(grab(t, r"占农村公路总里程的(\d+\.\d+)%", w)[1], grab(t, r"抽查里程(\d+\.\d+)公里", w)[0] / D(tot_km_s) * 100, f"{w}: 抽查占比")
    km, _ = grab(t, r"完成预防性养护及中修(\d+\.\d+)公里", w)
    ok(grab(t, r"完成年度目标的(\d+\.\d+)%", w)[1], km / 45 * 100, f"{w}: 中修完成率")
    ok(grab(t, r"平均每公里支出(\d+\.\d+)万元", w)[1], works / km, f"{w}: 单位成本")
    ok(grab(t, r"(\d+\.\d+)万元/公里｜6", w)[1], works / km, f"{w}: 单位成本 (table)")
    n_valid, _ = grab(t, r"收回有效问卷(\d+)份", w)
    n_sat, _ = grab(t, r"表示满意的(\d+)份", w)
    sat_s = grab(t, r"满意度为(\d+)%", w)[1]
    ok(sat_s, n_sat / n_valid * 100, f"{w}: 满意度")
    ok(grab(t, r"年度指标值的(\d+\.\d+)%", w)[1], D(sat_s) / 90 * 100, f"{w}: 满意度完成率")
    lv = [grab(t, pat, w)[0] for pat in (r"预算执行率得(\d+\.\d+)分", r"产出指标得(\d+)分", r"效益指标得(\d+)分", r"满意度指标得(\d+\.\d+)分")]
    ok(grab(t, r"自评总分(\d+\.\d+)分", w)[1], sum(lv), f"{w}: 总分 = 各级得分")
    ok(total_s, grab(t, r"自评总分(\d+\.\d+)分", w)[0], f"{w}: 总分 table vs text")


def check_zhangjiachuan(t):
    w = "zhangjiachuan"
    head, body = table_after(t, "序号｜桥梁名称", ("合计",))
    items, tot = body[:-1], body[-1]
    for col in (4, 5, 6):
        ok(tot[col], sum(D(r[col]) for r in items), f"{w}: bridge column {head[col]}")
    n = len(items)
    inv, spent, length = D(tot[5]), D(tot[6]), D(tot[4])
    for r in items:
        if D(r[6]) > D(r[5]):
            fail(f"{w}: paid above investment for {r[1]}")
    # funds in prose
    central, _ = grab(t, r"中央车购税资金(\d+\.\d+)万元", w)
    prov, _ = grab(t, r"省级财政补助资金(\d+\.\d+)万元", w)
    county, _ = grab(t, r"县级配套资金(\d+\.\d+)万元", w)
    ini, _ = grab(t, r"中央和省级资金合计(\d+\.\d+)万元", w)
    annual, _ = grab(t, r"调整后全年预算(\d+\.\d+)万元", w)
    ok(grab(t, r"项目总投资(\d+\.\d+)万元", w)[1], central + prov + county, f"{w}: 总投资 = 来源之和")
    ok(str(ini), central + prov, f"{w}: 年初 = 中央 + 省")
    ok(str(annual), ini + county, f"{w}: 全年 = 年初 + 县级")
    ok(str(annual), inv, f"{w}: 全年预算 = 桥梁投资合计")
    paid, _ = grab(t, r"全年实际支付(\d+\.\d+)万元", w)
    ok(str(paid), spent, f"{w}: 支付 = 桥梁已支付合计")
    ok(grab(t, r"预算执行率(\d+\.\d+)%，低于90%", w)[1], paid / annual * 100, f"{w}: 执行率 (section 五)")
    ok(grab(t, r"全年实际支付\d+\.\d+万元，预算执行率(\d+\.\d+)%", w)[1], paid / annual * 100, f"{w}: 执行率")
    ok(grab(t, r"未支付的(\d+\.\d+)万元", w)[1], annual - paid, f"{w}: 结转 = 预算 - 支付")
    ok(grab(t, r"平均投资(\d+\.\d+)万元", w)[1], inv / n, f"{w}: 平均投资")
    ok(grab(t, r"每延米造价(\d+\.\d+)万元。", w)[1], inv / length, f"{w}: 每延米造价")
    ok(grab(t, r"改造桥梁总长度(\d+)延米", w)[1], length, f"{w}: 总长度 prose")
    ok(grab(t, r"完成年度指标值的(\d+\.\d+)%", w)[1], length / 270 * 100, f"{w}: 长度完成率")
    ok(grab(t, r"较年度指标值3.2万人多(\d+\.\d+)万人", w)[1], D("3.46") - D("3.2"), f"{w}: 受益人数差")
    ok(grab(t, r"满意度(\d+\.\d+)%。", w)[1], grab(t, r"其中满意(\d+)份", w)[0] / grab(t, r"回收有效问卷(\d+)份", w)[0] * 100, f"{w}: 满意度")
    # table header line of funds
    m = re.search(r"年初预算(\d+\.\d+)，全年预算(\d+\.\d+)，全年执行(\d+\.\d+)", t)
    ok(m.group(1), ini, f"{w}: table 年初")
    ok(m.group(2), annual, f"{w}: table 全年")
    ok(m.group(3), paid, f"{w}: table 执行")
    # the execution row sits inside the indicator table (target 100%, actual = rate)
    total, total_s = check_indicator_table(t, w)
    exec_row = [r for r in rows(t) if r[0] == "预算执行"][0]
    ok(exec_row[4].rstrip("%"), paid / annual * 100, f"{w}: 执行率 row")
    ok(exec_row[7], 10 * paid / annual, f"{w}: execution score")
    lv = [grab(t, pat, w)[0] for pat in (r"预算执行率得(\d+\.\d+)分", r"产出指标得(\d+)分", r"效益指标得(\d+)分", r"满意度指标得(\d+)分")]
    ok(grab(t, r"综合得分(\d+\.\d+)分", w)[1], sum(lv), f"{w}: 综合得分 = 各级")
    ok(total_s, grab(t, r"综合得分(\d+\.\d+)分", w)[0], f"{w}: total table vs text")
    check_grades(t, total, w)


def check_longchuan(t):
    w = "longchuan"
    f = check_mof_funds(t, w)
    total, total_s = check_indicator_table(t, w, f["weight"], f["score"])
    check_grades(t, total, w)
    ini, _ = grab(t, r"年初预算(\d+\.\d+)万元", w)
    prov, _ = grab(t, r"省级补助资金(\d+\.\d+)万元、", w)
    county, _ = grab(t, r"县级配套资金(\d+\.\d+)万元。", w)
    adv, _ = grab(t, r"省级补助资金中(\d+\.\d+)万元于2019年12月提前下达", w)
    rest, _ = grab(t, r"其余(\d+\.\d+)万元于2020年5月下达", w)
    carry, _ = grab(t, r"上年结转资金(\d+\.\d+)万元一并", w)
    annual, _ = grab(t, r"全年预算(\d+\.\d+)万元", w)
    spent, _ = grab(t, r"项目累计支出(\d+\.\d+)万元", w)
    ok(str(ini), prov + county, f"{w}: 年初 = 省 + 县")
    ok(str(prov), adv + rest, f"{w}: 省级 = 提前 + 其余")
    ok(str(annual), ini + carry, f"{w}: 全年 = 年初 + 结转")
    ok(grab(t, r"项目累计支出\d+\.\d+万元，预算执行率(\d+\.\d+)%", w)[1], spent / annual * 100, f"{w}: 执行率")
    fis_spent, _ = grab(t, r"当年财政拨款执行(\d+\.\d+)万元", w)
    ok(grab(t, r"当年财政拨款执行\d+\.\d+万元，执行率(\d+\.\d+)%", w)[1], fis_spent / ini * 100, f"{w}: 当年财政拨款执行率")
    ok(str(spent), fis_spent + carry, f"{w}: 执行 = 当年 + 结转")
    ok(grab(t, r"年末结余(\d+\.\d+)万元", w)[1], annual - spent, f"{w}: 结余")
    parts = [grab(t, pat, w)[0] for pat in (r"波形护栏支出(\d+\.\d+)万元", r"标志标牌及标线支出(\d+\.\d+)万元",
                                             r"警示桩等设施支出(\d+\.\d+)万元", r"设计、监理及检测费(\d+\.\d+)万元")]
    ok(str(spent), sum(parts), f"{w}: 支出结构")
    guard_m, _ = grab(t, r"新增波形护栏(\d+)米，", w)
    ok(grab(t, r"折合每米约(\d+)元", w)[1], parts[0] * 10000 / guard_m, f"{w}: 护栏每米造价")
    km, km_s = grab(t, r"全年实施公路安全生命防护工程(\d+\.\d+)公里", w)
    ok(grab(t, r"(\d+\.\d+)公里｜10｜10", w)[1], km, f"{w}: 里程 table vs text")
    ok(grab(t, r"完成年度目标的(\d+\.\d+)%", w)[1], km / 120 * 100, f"{w}: 里程完成率")
    ok(grab(t, r"每公里综合造价(\d+\.\d+)万元", w)[1], spent / km, f"{w}: 每公里造价")
    a20, _ = grab(t, r"2020年发生交通事故(\d+)起", w)
    a19, _ = grab(t, r"较2019年的(\d+)起", w)
    ok(grab(t, r"下降(\d+\.\d+)%；", w)[1], (a19 - a20) / a19 * 100, f"{w}: 事故降幅")
    ok(grab(t, r"减少(\d+)人", w)[1], grab(t, r"上年的(\d+)人", w)[0] - grab(t, r"死亡(\d+)人，", w)[0], f"{w}: 死亡人数差")
    ok(grab(t, r"满意度(\d+\.\d+)%。", w)[1], grab(t, r"满意(\d+)份", w)[0] / grab(t, r"收回(\d+)份", w)[0] * 100, f"{w}: 满意度")
    ok(str(f["annual"]), annual, f"{w}: table 全年")
    ok(str(f["spent"]), spent, f"{w}: table 执行")
    ok(str(f["initial"]), ini, f"{w}: table 年初")
    lv = [grab(t, pat, w)[0] for pat in (r"预算执行率得(\d+\.\d+)分", r"产出指标得(\d+)分", r"效益指标得(\d+)分", r"满意度指标得(\d+)分")]
    ok(grab(t, r"自评得分(\d+\.\d+)分", w)[1], sum(lv), f"{w}: 自评得分 = 各级")
    ok(total_s, grab(t, r"自评得分(\d+\.\d+)分", w)[0], f"{w}: total table vs text")


def check_nanzhang(t):
    w = "nanzhang"
    head, body = table_after(t, "支出类别", ("合计",))
    r = {row[0]: row for row in body}
    basic, staff, pub, proj, tot = r["基本支出"], r["其中：人员经费"], r["公用经费"], r["项目支出"], r["合计"]
    for col in (1, 2, 3):
        ok(basic[col], D(staff[col]) + D(pub[col]), f"{w}: 基本 = 人员 + 公用 ({head[col]})")
        ok(tot[col], D(basic[col]) + D(proj[col]), f"{w}: 合计 = 基本 + 项目 ({head[col]})")
    for row in body:
        ok(row[4].rstrip("%"), D(row[3]) / D(row[2]) * 100, f"{w}: 执行率 {row[0]}")
    annual, spent = D(tot[2]), D(tot[3])
    ok(grab(t, r"全年预算收入(\d+\.\d+)万元", w)[1], annual, f"{w}: 收入 = 全年预算")
    ok(str(annual), grab(t, r"财政拨款(\d+\.\d+)万元", w)[0] + grab(t, r"上年结转(\d+\.\d+)万元", w)[0], f"{w}: 收入构成")
    ok(grab(t, r"预算调增(\d+\.\d+)万元", w)[1], annual - grab(t, r"年初预算(\d+\.\d+)万元", w)[0], f"{w}: 调增")
    ok(grab(t, r"年初预算(\d+\.\d+)万元", w)[1], D(tot[1]), f"{w}: 年初 text vs table")
    ok(grab(t, r"全年支出(\d+\.\d+)万元", w)[1], spent, f"{w}: 支出 text vs table")
    ok(grab(t, r"全年支出\d+\.\d+万元，预算执行率(\d+\.\d+)%", w)[1], spent / annual * 100, f"{w}: 执行率 text")
    ok(grab(t, r"基本支出(\d+\.\d+)万元，占", w)[1], D(basic[3]), f"{w}: 基本支出 text")
    ok(grab(t, r"占全年支出的(\d+\.\d+)%", w)[1], D(basic[3]) / spent * 100, f"{w}: 基本支出占比")
    ok(grab(t, r"项目支出(\d+\.\d+)万元，占", w)[1], D(proj[3]), f"{w}: 项目支出 text")
    ok(grab(t, r"项目支出\d+\.\d+万元，占(\d+\.\d+)%", w)[1], D(proj[3]) / spent * 100, f"{w}: 项目支出占比")
    sg_b, _ = grab(t, r"“三公”经费预算(\d+\.\d+)万元", w)
    sg_s, _ = grab(t, r"实际支出(\d+\.\d+)万元，为预算的", w)
    ok(grab(t, r"为预算的(\d+\.\d+)%", w)[1], sg_s / sg_b * 100, f"{w}: 三公控制率")
    ok(str(sg_s), grab(t, r"公务用车运行维护费(\d+\.\d+)万元", w)[0] + grab(t, r"公务接待费(\d+\.\d+)万元", w)[0], f"{w}: 三公构成")
    ok(grab(t, r"年末结转(\d+\.\d+)万元", w)[1], annual - spent, f"{w}: 结转 = 预算 - 支出")
    ok(grab(t, r"年末结转(\d+\.\d+)万元", w)[1], D(proj[2]) - D(proj[3]), f"{w}: 均为项目支出结转")
    # project table
    head2, body2 = table_after(t, "序号｜项目名称", ("平均得分",))
    projs = [row for row in body2 if row[0].isdigit()]
    ptot = [row for row in body2 if row[0] == "合计"][0]
    pavg = [row for row in body2 if row[0] == "平均得分"][0]
    ok(ptot[2], sum(D(p[2]) for p in projs), f"{w}: 项目预算合计")
    ok(ptot[3], sum(D(p[3]) for p in projs), f"{w}: 项目执行合计")
    ok(ptot[2], D(proj[2]), f"{w}: 项目预算 = 项目支出全年预算")
    ok(ptot[3], D(proj[3]), f"{w}: 项目执行 = 项目支出执行")
    for p in projs + [ptot]:
        ok(p[4].rstrip("%"), D(p[3]) / D(p[2]) * 100, f"{w}: 执行率 {p[1]}")
    for p in projs:
        if GRADE_WORDS[p[6]] != grade_of(D(p[5])):
            fail(f"{w}: project grade {p[6]} vs {p[5]}")
    avg = sum(D(p[5]) for p in projs) / len(projs)
    ok(pavg[5], avg, f"{w}: 平均得分")
    if GRADE_WORDS[pavg[6]] != grade_of(D(pavg[5])):
        fail(f"{w}: average grade")
    ok(grab(t, r"共实施(\d+)个项目", w)[1], len(projs), f"{w}: 项目个数")
    ok(grab(t, r"全年预算(\d+\.\d+)万元，执行", w)[1], D(ptot[2]), f"{w}: 项目预算 text")
    ok(grab(t, r"执行(\d+\.\d+)万元。各项目", w)[1], D(ptot[3]), f"{w}: 项目执行 text")
    ok(grab(t, r"执法经费执行率为(\d+\.\d+)%", w)[1], D(projs[2][4].rstrip("%")), f"{w}: 执法经费执行率 text")
    per, _ = grab(t, r"每站每年(\d+)万元", w)
    ok(grab(t, r"乡镇客运站共补贴(\d+\.\d+)万元", w)[1], per * grab(t, r"(\d+)个乡镇客运站共补贴", w)[0], f"{w}: 客运站补贴")
    ok(projs[0][2], grab(t, r"乡镇客运站共补贴(\d+\.\d+)万元", w)[0], f"{w}: 客运站补贴 vs table")
    # indicator table: execution row inside the table
    total, total_s = check_indicator_table(t, w)
    ex = [row for row in rows(t) if row[0] == "预算执行"][0]
    ok(ex[4].rstrip("%"), spent / annual * 100, f"{w}: 执行率 row")
    ok(ex[6], 10 * spent / annual, f"{w}: execution score")
    ok(grab(t, r"发送旅客(\d+\.\d+)万人次（", w)[1], grab(t, r"(\d+\.\d+)万人次｜10", w)[0], f"{w}: 旅客量 text vs table")
    ok(grab(t, r"安全检查(\d+)家次，", w)[1], grab(t, r"(\d+)家次｜8", w)[0], f"{w}: 安全检查 text vs table")
    ok(grab(t, r"年度审验率(\d+\.\d+)%；", w)[1], grab(t, r"(\d+\.\d+)%｜6｜6", w)[0], f"{w}: 审验率 text vs table")
    ok(grab(t, r"有效样本600份，满意度(\d+\.\d+)%", w)[1], grab(t, r"(\d+\.\d+)%｜10｜10｜—\n合计", w)[0], f"{w}: 满意度 text vs table")
    ok(grab(t, r"“三公”经费控制率｜≤100%｜(\d+\.\d+)%", w)[1], sg_s / sg_b * 100, f"{w}: 三公 table")
    ok(grab(t, r"自评得分(\d+\.\d+)分", w)[1], total, f"{w}: total text vs table")
    check_grades(t, total, w)


def check_wusu(t):
    w = "wusu"
    ini, _ = grab(t, r"年初预算(\d+\.\d+)万元", w)
    add, _ = grab(t, r"追加预算(\d+\.\d+)万元", w)
    annual, _ = grab(t, r"调整后全年预算(\d+\.\d+)万元", w)
    ok(str(annual), ini + add, f"{w}: 全年 = 年初 + 追加")
    recv, _ = grab(t, r"资金实际到位(\d+\.\d+)万元", w)
    ok(grab(t, r"到位率(\d+)%", w)[1], recv / annual * 100, f"{w}: 到位率")
    spent, _ = grab(t, r"全年实际支出(\d+\.\d+)万元", w)
    rate_s = grab(t, r"全年实际支出\d+\.\d+万元，预算执行率(\d+\.\d+)%", w)[1]
    ok(rate_s, spent / annual * 100, f"{w}: 执行率")
    ok(grab(t, r"全年结余(\d+\.\d+)万元", w)[1], recv - spent, f"{w}: 结余")
    labour, labour_s = grab(t, r"协管员劳务费(\d+\.\d+)万元", w)
    parts = [labour] + [grab(t, pat, w)[0] for pat in (r"电费及取暖费(\d+\.\d+)万元", r"维护及检定费(\d+\.\d+)万元",
                                                        r"执法车辆运行费(\d+\.\d+)万元", r"办公及其他费用(\d+\.\d+)万元")]
    ok(str(spent), sum(parts), f"{w}: 支出明细")
    n, _ = grab(t, r"（(\d+)名协管员", w)
    fee, _ = grab(t, r"月均劳务费(\d+)元", w)
    ok(labour_s, n * fee * 12 / 10000, f"{w}: 劳务费 = 人数 x 月均 x 12")
    ok(grab(t, r"聘用协管员(\d+)名", w)[1], n, f"{w}: 协管员人数")
    # indicator scores written in prose (rules §5)
    def item(pattern):
        m = re.search(pattern, t)
        if not m:
            fail(f"{w}: item not found {pattern}")
            return None
        return m

    m = item(r"检测货运车辆(\d+\.\d+)万辆次，完成年度指标的(\d+\.\d+)%，该项分值(\d+)分，得(\d+(?:\.\d+)?)分")
    ok(m.group(2), D(m.group(1)) / 36 * 100, f"{w}: 检测完成率")
    ok(m.group(4), min(D(m.group(3)), D(m.group(3)) * D(m.group(1)) / 36), f"{w}: 检测得分")
    s1, w1 = D(m.group(4)), D(m.group(3))
    m = item(r"查处超限超载车辆(\d+)辆，其中超限30%以上的严重超限车辆(\d+)辆，占(\d+\.\d+)%，该项分值(\d+)分，得(\d+(?:\.\d+)?)分")
    ok(m.group(3), D(m.group(2)) / D(m.group(1)) * 100, f"{w}: 严重超限占比")
    ok(m.group(5), min(D(m.group(4)), D(m.group(4)) * D(m.group(1)) / 600), f"{w}: 查处得分")
    s2, w2 = D(m.group(5)), D(m.group(4))
    m = item(r"卸载转运超限货物(\d+)吨，完成率(\d+\.\d+)%，该项分值(\d+)分，得(\d+(?:\.\d+)?)分")
    ok(m.group(2), D(m.group(1)) / 4500 * 100, f"{w}: 卸载完成率")
    ok(m.group(4), D(m.group(3)) * min(Decimal(1), D(m.group(1)) / 4500), f"{w}: 卸载得分")
    s3, w3 = D(m.group(4)), D(m.group(3))
    m = item(r"完好率(\d+(?:\.\d+)?)%，该项分值(\d+)分，得(\d+(?:\.\d+)?)分")
    if D(m.group(1)) > 100:
        fail(f"{w}: 完好率 above 100%")
    ok(m.group(3), D(m.group(2)) if D(m.group(1)) >= 95 else D(m.group(2)) * D(m.group(1)) / 95, f"{w}: 完好率得分")
    s4, w4 = D(m.group(3)), D(m.group(2))
    m = item(r"完成计量检定(\d+)次，完成率(\d+)%，该项分值(\d+)分，得(\d+(?:\.\d+)?)分")
    ok(m.group(2), D(m.group(1)) / 2 * 100, f"{w}: 检定完成率")
    ok(m.group(4), D(m.group(3)) * D(m.group(1)) / 2, f"{w}: 检定得分")
    s5, w5 = D(m.group(4)), D(m.group(3))
    for s, ww in ((s1, w1), (s2, w2), (s3, w3), (s4, w4), (s5, w5)):
        if s > ww:
            fail(f"{w}: score {s} above weight {ww}")
    out_s = grab(t, r"产出指标合计得(\d+\.\d+)分", w)[1]
    ok(out_s, s1 + s2 + s3 + s4 + s5, f"{w}: 产出合计")
    m = item(r"货车超限率为(\d+\.\d+)%，高于(\d+)%的控制目标，该项分值(\d+)分，按目标值与实际值之比计得(\d+\.\d+)分")
    ok(m.group(4), D(m.group(3)) * D(m.group(2)) / D(m.group(1)), f"{w}: 超限率得分 (lte)")
    s6, w6 = D(m.group(4)), D(m.group(3))
    m = item(r"桥梁垮塌事故，该项分值(\d+)分，得(\d+)分")
    s7, w7 = D(m.group(2)), D(m.group(1))
    ben_s = grab(t, r"效益指标合计得(\d+\.\d+)分", w)[1]
    ok(ben_s, s6 + s7, f"{w}: 效益合计")
    m = item(r"发放满意度问卷(\d+)份，收回(\d+)份，表示满意的(\d+)份，满意度(\d+)%，低于(\d+)%的年度目标，该项分值(\d+)分，得(\d+\.\d+)分")
    ok(m.group(4), D(m.group(3)) / D(m.group(2)) * 100, f"{w}: 满意度")
    ok(m.group(7), D(m.group(6)) * D(m.group(4)) / D(m.group(5)), f"{w}: 满意度得分")
    s8, w8 = D(m.group(7)), D(m.group(6))
    m = item(r"预算执行率(\d+\.\d+)%，该项分值(\d+)分，得(\d+\.\d+)分")
    ok(m.group(1), D(rate_s), f"{w}: 执行率 repeated")
    ok(m.group(3), D(m.group(2)) * spent / annual, f"{w}: 执行得分")
    s9, w9 = D(m.group(3)), D(m.group(2))
    wsum = w1 + w2 + w3 + w4 + w5 + w6 + w7 + w8 + w9
    if wsum != 100:
        fail(f"{w}: weights add to {wsum}")
    total_s = grab(t, r"绩效自评得分(\d+\.\d+)分", w)[1]
    ok(total_s, D(out_s) + D(ben_s) + s8 + s9, f"{w}: 总分")
    check_grades(t, D(total_s), w)
    if "366天" in t and not (2024 % 4 == 0):
        fail(f"{w}: 366 days in a non-leap year")


def check_years(text, year, where):
    """rules §7 I14: carry-over goes to a later year, 截至 dates name the evaluation year,
    advances are issued in the December before it."""
    for m in re.finditer(r"结转至?(\d{4})年", text):
        if int(m.group(1)) <= year:
            fail(f"{where}: carried over into {m.group(1)} in the {year} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != year:
            fail(f"{where}: 截至{m.group(1)}年12月31日 in the {year} report")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:以)?提前(?:批方式)?下达", text):
        if (int(m.group(1)), int(m.group(2))) != (year - 1, 12):
            fail(f"{where}: advance issued {m.group(1)}-{m.group(2)} for the {year} budget")
    titles = re.findall(r"(\d{4})年度", text.split("\n\n")[0])
    if not titles or any(int(y) != year for y in titles):
        fail(f"{where}: title year {titles} is not {year}")


CHECKS = {
    "ah-wangjiang-yanghu-2018": check_wangjiang,
    "gs-zhangjiachuan-weiqiao-2023": check_zhangjiachuan,
    "gd-longchuan-fanghu-2020": check_longchuan,
    "hb-nanzhang-yunshu-2021": check_nanzhang,
    "xj-wusu-zhichao-2024": check_wusu,
}


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    codes = {}
    for rec in labels:
        text = read(rec["case"])
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{rec['case']}: length {n} outside 3000-9000")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected one label")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["value"] not in text:
                fail(f"{rec['case']}: value {exp['value']!r} not in case")
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity should be error")
        clean = read(rec["source"] + "-clean.txt")
        if clean == text:
            fail(f"{rec['case']}: identical to clean draft")
            continue
        i = 0
        while i < min(len(clean), len(text)) and clean[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(clean), len(text)) - i and clean[-1 - j] == text[-1 - j]:
            j += 1
        a, b = clean[i:len(clean) - j], text[i:len(text) - j]
        if max(len(a), len(b)) > 80:
            fail(f"{rec['case']}: changed region too long ({len(a)}/{len(b)} chars)")
        # the changed region must overlap an occurrence of the value
        vals = [exp["value"] for exp in rec["expected"]]
        hit = False
        for v in vals:
            k = text.find(v)
            while k >= 0:
                if k < len(text) - j and i < k + len(v):
                    hit = True
                k = text.find(v, k + 1)
        if not hit:
            fail(f"{rec['case']}: value does not cover the changed region")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times (need 2)")
    for src, fn in CHECKS.items():
        fn(read(src + "-clean.txt"))
        check_years(read(src + "-clean.txt"), int(src[-4:]), src)
    # the checks must also catch the injected errors: run them on each error case and expect a failure
    global FAIL
    saved = FAIL
    missed = []
    for rec in labels:
        if rec["clean"]:
            continue
        FAIL = []
        try:
            CHECKS[rec["source"]](read(rec["case"]))
            check_years(read(rec["case"]), int(rec["source"][-4:]), rec["case"])
        except Exception as exc:  # a broken pattern also means the error was seen
            FAIL.append(repr(exc))
        if not FAIL:
            missed.append(rec["case"])
    FAIL = saved
    for name in missed:
        print(f"note: arithmetic re-check does not notice the error in {name}")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in sorted(codes)))
    print("OK")


if __name__ == "__main__":
    main()
