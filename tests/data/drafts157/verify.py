#!/usr/bin/env python3
"""Verify the n157 set.

1. every label value occurs in its case; clean cases expect nothing;
2. each error case differs from its clean draft in one place, and that place
   overlaps an occurrence of the label value;
3. each of the 13 numeric codes of errors.md §A occurs at least twice;
4. the arithmetic of every clean draft is redone (tables and prose).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as f:
        return f.read()


# ---------------------------------------------------------------- numbers
def dec(s):
    return D(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: string as written; tolerance from its decimals (rules §8)."""
    return abs(D(computed) - dec(stated)) <= D(5) / (D(10) ** (ndec(stated) + 1)) + D("1e-9")


def pct(a, b):
    return D(a) / D(b) * 100


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def one(t, pat, src, n=1):
    m = re.search(pat, t, re.S)
    if not m:
        FAIL.append(f"{src}: pattern not found: {pat}")
        return [D(0)] * n
    return [dec(g) for g in m.groups()]


def all_of(t, pat):
    return [m.group(1) for m in re.finditer(pat, t)]


# ---------------------------------------------------------------- tables
def cells(line):
    return line.split("｜")


def mof_funds(t, src, exec_weight=D(10)):
    """MOF funds block: 年初 | 全年 | 执行 | 分值 | 执行率 | 得分."""
    rows = {}
    for line in t.splitlines():
        c = cells(line)
        for key in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            if c[0] == key and len(c) == 7:
                rows[key] = c
    check(len(rows) == 4, f"{src}: funds block incomplete")
    if len(rows) != 4:
        return None

    def v(s):
        return D(0) if s == "—" else dec(s)

    for col in (1, 2, 3):
        total = v(rows["年度资金总额"][col])
        parts = sum(v(rows[k][col]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金"))
        check(total == parts, f"{src}: funds column {col}: {parts} != {total}")
    for key, c in rows.items():
        budget, spent, rate = v(c[2]), v(c[3]), c[5]
        check(spent <= budget, f"{src}: {key} spent above budget")
        if budget == 0:
            check(rate == "—", f"{src}: {key} rate on zero base must be —")
        else:
            check(close(rate.rstrip("%"), pct(spent, budget)), f"{src}: {key} rate {rate}")
    tot = rows["年度资金总额"]
    check(dec(tot[4]) == exec_weight, f"{src}: execution weight")
    r = min(D(1), v(tot[3]) / v(tot[2]))
    check(close(tot[6], exec_weight * r), f"{src}: execution score {tot[6]}")
    return {"budget0": v(tot[1]), "budget": v(tot[2]), "spent": v(tot[3]),
            "rate": tot[5], "weight": dec(tot[4]), "score": dec(tot[6])}


TARGET = re.compile(r"^(≥|≤)?([\d.,]+)(.*)$")


def parse_val(s):
    m = TARGET.match(s)
    if not m or ("年" in s and "月" in s):
        return None
    return m.group(1) or "", dec(m.group(2)), m.group(3)


def indicator_table(t, src, exec_block=None, levels=(("产出指标", 50), ("效益指标", 30), ("满意度指标", 10))):
    lines = t.splitlines()
    hi = next(i for i, l in enumerate(lines) if l.startswith("一级指标｜"))
    head = cells(lines[hi])
    idx = {}
    for name, alts in (("target", ("年度指标值", "指标值")), ("actual", ("实际完成值", "完成值")),
                       ("completion", ("完成率",)), ("weight", ("分值", "权重")), ("score", ("得分",))):
        for a in alts:
            if a in head:
                idx[name] = head.index(a)
                break
    rows, total = [], None
    for l in lines[hi + 1:]:
        c = cells(l)
        if c[0] == "总分":
            total = c
            break
        rows.append(c)
    check(total is not None, f"{src}: no 总分 row")
    wsum = sum(dec(c[idx["weight"]]) for c in rows)
    ssum = sum(dec(c[idx["score"]]) for c in rows)
    if exec_block:
        wsum += exec_block["weight"]
        ssum += exec_block["score"]
    tw, ts = [x for x in total if x][1:3]
    check(wsum == 100 and dec(tw) == 100, f"{src}: weights add to {wsum}")
    check(close(ts, ssum), f"{src}: scores add to {ssum}, stated {ts}")
    for lvl, w in levels:
        lw = sum(dec(c[idx["weight"]]) for c in rows if c[0] == lvl)
        check(lw == w, f"{src}: level {lvl} weights {lw} != {w}")
    for c in rows:
        name = c[2]
        w, s = dec(c[idx["weight"]]), dec(c[idx["score"]])
        check(D(0) <= s <= w, f"{src}: {name} score {s} above weight {w}")
        tv, av = parse_val(c[idx["target"]]), parse_val(c[idx["actual"]])
        if tv is None or av is None:
            continue
        op, T, tu = tv
        _, A, au = av
        check(tu == au, f"{src}: {name} units differ: {tu!r} vs {au!r}")
        if op == "≤":
            comp = D(100) if A <= T else T / A * 100
            sc = w if A <= T else w * T / A
        elif T == 0:
            comp = D(100) if A <= 0 else D(0)
            sc = w if A <= 0 else D(0)
        else:
            comp = A / T * 100
            sc = w * min(D(1), A / T)
        if "completion" in idx and c[idx["completion"]] != "—":
            check(close(c[idx["completion"]].rstrip("%"), comp), f"{src}: {name} completion {c[idx['completion']]} vs {r2(comp)}")
        check(close(str(s), sc) or s == r2(sc), f"{src}: {name} score {s} vs rule {r2(sc)}")
    return {"total": ts, "rows": rows, "idx": idx}


def days(a, b):
    return (date(*b) - date(*a)).days


# ---------------------------------------------------------------- drafts
def check_jingshan(t, src):
    f = mof_funds(t, src)
    tab = indicator_table(t, src, f)
    y0, prov, city = one(t, r"年初预算安排([\d.]+)万元，其中省级农村环境整治资金([\d.]+)万元.*?市级配套资金([\d.]+)万元", src, 3)
    add, carry, year = one(t, r"追加([\d.]+)万元，加上2020年结转的([\d.]+)万元，全年预算([\d.]+)万元", src, 3)
    check(y0 == prov + city == f["budget0"], f"{src}: 年初 {prov}+{city} != {y0}")
    check(y0 + add + carry == year == f["budget"], f"{src}: 全年 {y0}+{add}+{carry} != {year}")
    spent, a, b, c = one(t, r"实际支出([\d.]+)万元，其中工程建设支出([\d.]+)万元、设计及监理费([\d.]+)万元、第三方运维费([\d.]+)万元", src, 4)
    check(a + b + c == spent == f["spent"], f"{src}: spending parts {a}+{b}+{c} != {spent}")
    rate, = one(t, r"第三方运维费[\d.]+万元，预算执行率([\d.]+)%", src)
    check(close(str(rate), pct(spent, year)) and f["rate"] == f"{rate}%", f"{src}: 执行率")
    bal, yr = one(t, r"未支出的([\d.]+)万元为工程尾款.*?结转至(\d{4})年", src, 2)
    check(bal == year - spent, f"{src}: balance {bal} != {year - spent}")
    check(yr > 2021, f"{src}: carried into {yr}")
    for b2 in all_of(t, r"导致([\d.]+)万元当年未能支出"):
        check(dec(b2) == bal, f"{src}: balance restated {b2}")
    km, kmp = one(t, r"新建收集管网([\d.]+)公里，完成年度目标的([\d.]+)%", src, 2)
    check(close(str(kmp), pct(km, 28)), f"{src}: 管网 completion")
    avgc, = one(t, r"村均工程建设成本([\d.]+)万元", src)
    check(close(str(avgc), a / 12), f"{src}: 村均成本")
    p1, p2, p3, pav = one(t, r"分别巡检(\d+)次、(\d+)次、(\d+)次，平均每个片区(\d+)次", src, 4)
    check(close(str(pav), (p1 + p2 + p3) / 3), f"{src}: 巡检 average")
    run, runp = one(t, r"设施正常运行率([\d.]+)%，为年度目标的([\d.]+)%", src, 2)
    check(close(str(runp), pct(run, 95)), f"{src}: 运行率 completion")
    total, = one(t, r"本项目自评得分([\d.]+)分", src)
    check(str(total) == tab["total"], f"{src}: prose total vs table")
    d1, d2, d3 = one(t, r"扣([\d.]+)分；二是工程完工时间推迟，扣([\d.]+)分；三是设施正常运行率未达目标，扣([\d.]+)分", src, 3)
    check(100 - d1 - d2 - d3 == total, f"{src}: deductions")
    g = re.search(r"评价等级为“(.)”", t).group(1)
    check(g == grade(total), f"{src}: grade {g} for {total}")
    check(days((2021, 11, 30), (2021, 12, 20)) == 20 and "推迟20天" in t, f"{src}: delay")
    check("出水水质达标率92.5%" in t and "｜≥90%｜92.5%｜" in t, f"{src}: 达标率 text/table")


def check_hengdong(t, src):
    provs = all_of(t, r"专项资金(\d+)万元")
    check(len(set(provs)) == 1 and len(provs) == 2, f"{src}: provincial fund mentions {provs}")
    add, = one(t, r"县财政追加安排配套资金([\d.]+)万元", src)
    year, prov, cty = one(t, r"全年预算([\d.]+)万元，其中省级专项资金([\d.]+)万元、县级配套资金([\d.]+)万元", src, 3)
    check(prov + cty == year and cty == add, f"{src}: {prov}+{cty} != {year}")
    cut, spent, rate = one(t, r"截至(\d{4})年12月31日，项目实际支出([\d.]+)万元，预算执行率([\d.]+)%", src, 3)
    check(cut == 2019, f"{src}: cut-off year {cut}")
    check(close(str(rate), pct(spent, year)), f"{src}: 执行率 {rate}")
    a, b, c = one(t, r"采样调查委托费([\d.]+)万元，样品检测分析费([\d.]+)万元，信息采集及质量控制等费用([\d.]+)万元", src, 3)
    check(a + b + c == spent, f"{src}: spending parts")
    bal, = one(t, r"年末结余([\d.]+)万元", src)
    check(bal == year - spent, f"{src}: balance {bal}")
    yr, = one(t, r"该笔资金已按规定结转至(\d{4})年", src)
    check(yr > 2019, f"{src}: carried into {yr}")
    n_all, n_on, n_off = one(t, r"完成(\d+)个地块的基础信息采集和风险筛查，完成率100%，其中在产企业地块(\d+)个、关闭搬迁企业地块(\d+)个", src, 3)
    check(n_on + n_off == n_all == 37, f"{src}: 地块 split")
    hi, mid, lo = one(t, r"高关注度地块(\d+)个、中关注度地块(\d+)个、低关注度地块(\d+)个", src, 3)
    check(hi + mid + lo == n_all, f"{src}: 关注度 split")
    g1, s1, g2, s2, g3, s3, stot, avg, comp = one(
        t, r"第一批(\d+)个地块采集样品(\d+)个，第二批(\d+)个地块(\d+)个，第三批(\d+)个地块(\d+)个，共采集土壤和地下水样品(\d+)个，平均每个地块(\d+)个，样品数量完成率(\d+)%", src, 9)
    check(s1 + s2 + s3 == stot and g1 + g2 + g3 == hi == 9, f"{src}: sample sums")
    check(close(str(avg), stot / (g1 + g2 + g3)), f"{src}: sample average")
    check(close(str(comp), pct(stot, 200)), f"{src}: sample completion")
    per, = one(t, r"单个地块平均([\d.]+)万元", src)
    check(close(str(per), a / 9), f"{src}: per-plot cost")
    check(days((2019, 10, 31), (2019, 12, 15)) == 45, f"{src}: delay")
    w = one(t, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分，合计(\d+)分", src, 5)
    check(sum(w[:4]) == w[4] == 100, f"{src}: top weights")
    q, q1, q2, q3, ql, ql1, ql2, tm, co = one(
        t, r"数量指标(\d+)分（信息采集地块(\d+)分、采样调查地块(\d+)分、样品数量(\d+)分），质量指标(\d+)分（质控合格率(\d+)分、成果报送(\d+)分），时效指标(\d+)分，成本指标(\d+)分", src, 9)
    check(q1 + q2 + q3 == q and ql1 + ql2 == ql and q + ql + tm + co == w[1], f"{src}: 产出 weights")
    check(3 * 10 == w[2], f"{src}: 效益 weights")
    es, ps, tms, bs, sus, ss, total, last, inc = one(
        t, r"预算执行率得([\d.]+)分；产出指标得([\d.]+)分，其中时效指标因推迟45天得([\d.]+)分.*?效益指标得([\d.]+)分，其中可持续影响得([\d.]+)分；满意度指标得([\d.]+)分。项目自评总分([\d.]+)分，较2018年度（([\d.]+)分）提高([\d.]+)分", src, 9)
    check(es == w[0] * min(D(1), spent / year), f"{src}: execution score")
    check(ps == w[1] - (tm - tms), f"{src}: 产出 score")
    check(bs == w[2] - (10 - sus), f"{src}: 效益 score")
    check(es + ps + bs + ss == total, f"{src}: total {total}")
    check(total - last == inc, f"{src}: change vs 2018")
    g = re.search(r"评价等级为“(.)”", t).group(1)
    check(g == grade(total), f"{src}: grade")
    check(re.search(r"预算执行率仅为([\d.]+)%", t).group(1) == str(rate), f"{src}: rate restated")


def check_changshou(t, src):
    f = mof_funds(t, src)
    tab = indicator_table(t, src, f)
    y0, add, carry, year, spent, rate = one(
        t, r"2023年初预算([\d.]+)万元，年中区财政追加([\d.]+)万元.*?2022年结转资金([\d.]+)万元，全年预算([\d.]+)万元。全年实际支出([\d.]+)万元，预算执行率([\d.]+)%", src, 6)
    check(y0 == f["budget0"] and y0 + add + carry == year == f["budget"] and spent == f["spent"], f"{src}: budget")
    check(f["rate"] == f"{rate}%" and close(str(rate), pct(spent, year)), f"{src}: rate")
    parts = one(t, r"餐饮油烟治理补助([\d.]+)万元，工地扬尘在线监测([\d.]+)万元，机动车遥感监测及路检路查([\d.]+)万元，VOCs治理帮扶([\d.]+)万元，网格化监管运维([\d.]+)万元", src, 5)
    check(sum(parts) == spent, f"{src}: spending parts {sum(parts)}")
    bal, yr = one(t, r"年末未支出([\d.]+)万元.*?结转至(\d{4})年", src, 2)
    check(bal == year - spent and yr > 2023, f"{src}: balance/carry")
    days_good, ratio, over = one(t, r"优良天数(\d+)天，优良天数比率([\d.]+)%，比目标高([\d.]+)个百分点", src, 3)
    check(close(str(ratio), pct(days_good, 365)) and ratio - 85 == over, f"{src}: 优良天数")
    check(set(all_of(t, r"优良天数(?:达到)?(\d+)天")) == {str(days_good)}, f"{src}: 优良天数 restated")
    s1, s2, s3, avg, last, down = one(t, r"分别为(\d+)、(\d+)、(\d+)微克/立方米，平均(\d+)微克/立方米，较2022年的(\d+)微克/立方米下降(\d+)微克", src, 6)
    check(close(str(avg), (s1 + s2 + s3) / 3) and last - avg == down, f"{src}: PM2.5 average")
    check("｜36微克/立方米｜" in t and avg == 36, f"{src}: PM2.5 table")
    es, ind, total = one(t, r"预算执行率得([\d.]+)分，产出、效益、满意度指标合计得([\d.]+)分，自评总分([\d.]+)分", src, 3)
    rows_sum = sum(dec(c[tab["idx"]["score"]]) for c in tab["rows"])
    check(es == f["score"] and ind == rows_sum and es + ind == total and str(total) == tab["total"], f"{src}: prose scores")
    check("评价等级为优秀" in t and grade(total) == "优", f"{src}: grade")
    comp, = one(t, r"VOCs治理完成17家，完成率([\d.]+)%", src)
    check(close(str(comp), pct(17, 18)), f"{src}: VOCs completion")


def check_delingha(t, src):
    f = mof_funds(t, src)
    tab = indicator_table(t, src, f)
    total, c1, c2 = one(t, r"项目预算([\d.]+)万元，其中中央生态环境保护资金([\d.]+)万元（2023年12月提前下达）、省级生态环境保护专项资金([\d.]+)万元", src, 3)
    check(c1 + c2 == total == f["budget0"] == f["budget"], f"{src}: sources")
    spent, rate, bal, yr = one(t, r"实际支出([\d.]+)万元，预算执行率([\d.]+)%，年末结余([\d.]+)万元，已结转至(\d{4})年", src, 4)
    check(spent == f["spent"] and f["rate"] == f"{rate}%" and close(str(rate), pct(spent, total)), f"{src}: rate")
    check(bal == total - spent and yr > 2024, f"{src}: balance")
    rows = {}
    for line in t.splitlines():
        c = cells(line)
        if len(c) == 4 and c[0] in ("监测设备购置", "人员培训", "安装调试", "运维及质控", "合计"):
            rows[c[0]] = c
    check(len(rows) == 5, f"{src}: spending table")
    for col in (1, 2):
        parts = sum(dec(rows[k][col]) for k in rows if k != "合计")
        check(parts == dec(rows["合计"][col]), f"{src}: spending column {col}: {parts}")
    check(dec(rows["合计"][1]) == total and dec(rows["合计"][2]) == spent, f"{src}: spending totals")
    saved, = one(t, r"政府采购节约([\d.]+)万元", src)
    check(saved == dec(rows["监测设备购置"][1]) - dec(rows["监测设备购置"][2]), f"{src}: saving")
    eb, es, er = one(t, r"其中设备购置预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%", src, 3)
    check(eb == dec(rows["监测设备购置"][1]) and es == dec(rows["监测设备购置"][2]) and close(str(er), pct(es, eb)), f"{src}: 设备购置 rate")
    tr, trp = one(t, r"培训监测人员(\d+)人次，完成年度目标的([\d.]+)%", src, 2)
    check(close(str(trp), pct(tr, 60)), f"{src}: training completion")
    q = one(t, r"数据有效率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%，全年平均([\d.]+)%，较2023年的([\d.]+)%提高([\d.]+)个百分点", src, 7)
    check(close(str(q[4]), sum(q[:4]) / 4) and q[4] - q[5] == q[6], f"{src}: quarterly average")
    check(days((2024, 9, 30), (2024, 10, 18)) == 18 and "推迟18天" in t, f"{src}: delay")
    p = one(t, r"预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，合计([\d.]+)分，评价等级为(?:优)", src, 5)
    idx = tab["idx"]
    lvl = {k: sum(dec(c[idx["score"]]) for c in tab["rows"] if c[0] == k) for k in ("产出指标", "效益指标", "满意度指标")}
    check(p[0] == f["score"] and p[1] == lvl["产出指标"] and p[2] == lvl["效益指标"] and p[3] == lvl["满意度指标"], f"{src}: prose level scores")
    check(sum(p[:4]) == p[4] and str(p[4]) == tab["total"] and grade(p[4]) == "优", f"{src}: prose total/grade")


def check_wuqing(t, src):
    rows = {}
    for line in t.splitlines():
        c = cells(line)
        if len(c) == 5 and c[0] in ("基本支出", "项目支出", "合计"):
            rows[c[0]] = c
    check(len(rows) == 3, f"{src}: funds table")
    for col in (1, 2, 3):
        check(dec(rows["基本支出"][col]) + dec(rows["项目支出"][col]) == dec(rows["合计"][col]), f"{src}: funds column {col}")
    for k, c in rows.items():
        check(close(c[4].rstrip("%"), pct(dec(c[3]), dec(c[2]))), f"{src}: {k} rate {c[4]}")
    tab = indicator_table(t, src, None, (("预算执行", 10), ("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)))
    ex = [c for c in tab["rows"] if c[0] == "预算执行"][0]
    check(ex[4] == rows["合计"][4] and ex[5] == rows["合计"][4], f"{src}: execution row vs funds table")
    y0, year, spent, rate, basic, proj, carry, yr = one(
        t, r"年初部门预算([\d.]+)万元.*?全年预算调整为([\d.]+)万元。全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中基本支出([\d.]+)万元，全部执行；项目支出执行([\d.]+)万元。年末未支出的([\d.]+)万元均为项目支出.*?结转至(\d{4})年", src, 8)
    check(y0 == dec(rows["合计"][1]) and year == dec(rows["合计"][2]) and spent == dec(rows["合计"][3]), f"{src}: prose totals")
    check(f"{rate}%" == rows["合计"][4] and basic == dec(rows["基本支出"][3]) == dec(rows["基本支出"][2]), f"{src}: prose rate/basic")
    check(proj == dec(rows["项目支出"][3]) and carry == year - spent == dec(rows["项目支出"][2]) - proj and yr > 2022, f"{src}: carry")
    check(f"项目支出结转{carry}万元" in t, f"{src}: carry in table")
    sg, sgb, sgd = one(t, r"“三公”经费支出([\d.]+)万元，控制在(\d+)万元的预算以内，比2021年减少([\d.]+)万元", src, 3)
    check(sg <= sgb and f"≤{sgb}.00万元｜{sg}万元｜" in t, f"{src}: 三公经费 text/table")
    hb, hs, hr = one(t, r"危险废物规范化管理专项预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%", src, 3)
    check(hs <= hb and close(str(hr), pct(hs, hb)), f"{src}: 危废 rate")
    chk, more = one(t, r"执法检查(\d+)家次，较年度目标多(\d+)家次", src, 2)
    check(chk - 1200 == more and f"｜{chk}家次｜" in t, f"{src}: 执法检查")
    rec, ontime, okr, late = one(t, r"信访投诉(\d+)件，按时办结(\d+)件，按时办结率([\d.]+)%，其余(\d+)件", src, 4)
    check(close(str(okr), pct(ontime, rec)) and rec - ontime == late, f"{src}: 信访")
    pm, pml, pmd = one(t, r"PM2.5年均浓度(\d+)微克/立方米，较2021年的(\d+)微克/立方米下降(\d+)微克", src, 3)
    check(pml - pm == pmd and f"｜{pm}微克/立方米｜" in t, f"{src}: PM2.5")
    n5, n4, wr = one(t, r"(\d+)个国考断面中(\d+)个达到水质目标，达标率(\d+)%", src, 3)
    check(close(str(wr), pct(n4, n5)), f"{src}: 断面")
    total, = one(t, r"自评得分([\d.]+)分，绩效等级为优", src)
    check(str(total) == tab["total"] and grade(total) == "优", f"{src}: total/grade")
    check(re.search(r"自评等级｜(.)", t).group(1) == grade(total), f"{src}: table grade")
    ded = one(t, r"预算执行率扣([\d.]+)分；.*?扣([\d.]+)分；.*?扣([\d.]+)分；.*?扣([\d.]+)分；.*?扣([\d.]+)分；满意度扣([\d.]+)分", src, 6)
    check(100 - sum(ded) == total, f"{src}: deductions {sum(ded)}")


CHECKS = {
    "jingshan-ruralsewage-2021": check_jingshan,
    "hengdong-soilsurvey-2019": check_hengdong,
    "changshou-airpollution-2023": check_changshou,
    "delingha-envmonitor-2024": check_delingha,
    "wuqing-eebdept-2022": check_wuqing,
}


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    names = sorted(os.listdir(CASES))
    check(sorted(r["case"] for r in labels) == names, "labels and case files differ")
    codes = Counter()
    for rec in labels:
        text = read(rec["case"])
        src = rec["source"]
        check(rec["case"].startswith(src + "-"), f"{rec['case']}: source")
        if rec["clean"]:
            check(rec["expected"] == [], f"{rec['case']}: clean case with expected findings")
            n = len(text)
            check(3000 <= n <= 9000, f"{rec['case']}: length {n}")
            continue
        check(len(rec["expected"]) == 1, f"{rec['case']}: exactly one expected finding")
        clean = read(f"{src}-clean.txt")
        check(text != clean, f"{rec['case']}: identical to clean")
        # the single place where the case differs from its clean draft
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        region = (p, len(text) - s)
        check(region[1] - region[0] <= 120 and len(clean) - s - p <= 120, f"{rec['case']}: differs in more than one place")
        for e in rec["expected"]:
            codes[e["code"]] += 1
            check(e["code"] in CODES and e["severity"] == "error", f"{rec['case']}: code/severity")
            v = e["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(bool(occ), f"{rec['case']}: value not found: {v!r}")
            check(any(o < max(region[1], region[0] + 1) and region[0] < o + len(v) for o in occ),
                  f"{rec['case']}: value does not cover the changed place")
    for c in CODES:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    for src, fn in CHECKS.items():
        fn(read(f"{src}-clean.txt"), src)
    if FAIL:
        for m in FAIL:
            print("FAIL:", m)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
