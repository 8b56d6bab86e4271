#!/usr/bin/env python3
"""Verify drafts238: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; otherwise lists the failures and exits 1.
Tolerance follows rules.md §8: a stated value with d decimals matches a computed value c
when |c - v| <= 0.5 * 10^-d (ROUND_HALF_UP conventions, Decimal arithmetic).
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

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
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def match(stated, computed):
    """stated: string as written (may end in %), computed: Decimal in the same scale."""
    v = D(stated.strip().rstrip("%"))
    return abs(computed - v) <= D("0.5") * D(10) ** -decimals(stated) + D("1e-9")


def same(stated, computed, msg):
    check(match(stated, computed), f"{msg}: stated {stated}, computed {computed:.4f}")


def one(text, pattern, msg):
    """The groups of the single match of pattern (asserts exactly one match)."""
    found = list(re.finditer(pattern, text))
    check(len(found) == 1, f"{msg}: pattern {pattern!r} matched {len(found)} times")
    if not found:
        return ("0",) * 10
    g = found[0].groups()
    return g if len(g) != 1 else g[0]


def all_equal(text, pattern, msg, expect=None):
    vals = re.findall(pattern, text)
    check(len(vals) >= 1, f"{msg}: no mention")
    check(len(set(vals)) <= 1, f"{msg}: differing values {vals}")
    if expect is not None:
        check(all(v == expect for v in vals), f"{msg}: {vals} != {expect}")


def consistent(text, patterns, msg):
    """Every pattern must match at least once, and all matches give the same value."""
    vals = []
    for pat in patterns:
        found = re.findall(pat, text)
        check(len(found) >= 1, f"{msg}: no match for {pat!r}")
        vals += found
    check(len(set(vals)) <= 1, f"{msg}: differing values {vals}")
    return vals[0] if vals else None


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def mean(xs):
    return sum(D(x) for x in xs) / len(xs)


# ---------------------------------------------------------------- indicator tables
NUM = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日|底)")


def parse_value(cell):
    m = NUM.match(cell.strip())
    if not m or DATE.search(cell):
        return None
    sign = m.group(1) or "="
    direction = "lte" if sign in ("≤", "＜＝", "<=") else "gte"
    return direction, D(m.group(2)), m.group(3).strip()


def date_key(cell):
    m = DATE.search(cell)
    if not m:
        return None
    day = int(m.group(3)) if m.group(3) else 31
    return (int(m.group(1)), int(m.group(2)), day)


def rule(target, actual, weight):
    """(completion %, score) under rules.md §5, or None for qualitative rows."""
    t, a = parse_value(target), parse_value(actual)
    if t is None or a is None:
        dt, da = date_key(target), date_key(actual)
        if dt and da:
            return (D(100), weight) if da <= dt else (None, None)
        return None
    direction, tv, tu = t
    _, av, au = a
    check(tu == au, f"unit of target {target!r} vs actual {actual!r}")
    if direction == "gte":
        comp = av / tv * 100
        return comp, weight * min(D(1), av / tv)
    comp = D(100) if av <= tv else tv / av * 100
    return comp, weight if av <= tv else weight * tv / av


LEVEL1 = ("预算执行", "产出指标", "效益指标", "满意度指标")


def indicator_rows(text, layout):
    rows = []
    for line in text.splitlines():
        cells = line.split("｜")
        if cells[0] not in LEVEL1 or len(cells) < 8:
            continue
        if layout == "mof":
            l1, l2, name, target, actual, w, s = cells[:7]
            comp = None
        else:  # shanxi: weight before target, completion column
            l1, l2, name, w, target, actual, comp, s = cells[:8]
        rows.append(dict(l1=l1, name=name, target=target, actual=actual,
                         w=D(w), s=D(s), s_str=s, comp=comp))
    return rows


def check_indicators(pid, text, layout, exec_weight_score, total_str):
    rows = indicator_rows(text, layout)
    check(len(rows) >= 8, f"{pid}: only {len(rows)} indicator rows parsed")
    weights = sum(r["w"] for r in rows) + (exec_weight_score[0] if exec_weight_score else 0)
    scores = sum(r["s"] for r in rows) + (exec_weight_score[1] if exec_weight_score else 0)
    check(weights == 100, f"{pid}: weights total {weights}")
    same(total_str, scores, f"{pid}: score total")
    for r in rows:
        check(0 <= r["s"] <= r["w"], f"{pid}: {r['name']} score {r['s']} > weight {r['w']}")
        pa = parse_value(r["actual"])
        if pa and pa[2] == "%" and not r["name"].startswith("预算执行"):
            check(pa[1] <= 100, f"{pid}: {r['name']} rate {r['actual']} above 100%")
        res = rule(r["target"], r["actual"], r["w"])
        if res is None:  # qualitative: score inside the 60%-100% bands used in the drafts
            check(r["s"] >= r["w"] * D("0.6"), f"{pid}: {r['name']} qualitative score low")
            check(r["comp"] in (None, "—"), f"{pid}: {r['name']} qualitative completion")
            continue
        comp, score = res
        check(score is not None, f"{pid}: {r['name']} date target missed")
        if score is not None:
            same(r["s_str"], score, f"{pid}: {r['name']} score")
        if r["comp"] is not None:
            same(r["comp"], comp, f"{pid}: {r['name']} completion")
    return rows


def check_mof_funds(pid, text, n_components):
    """年度资金总额 row + its component rows (MOF / Sichuan layout)."""
    lines = text.splitlines()
    idx = [i for i, l in enumerate(lines) if l.startswith("年度资金总额｜")]
    check(len(idx) == 1, f"{pid}: funds total row")
    i = idx[0]
    tot = lines[i].split("｜")
    comps = [lines[i + k].split("｜") for k in range(1, n_components + 1)]
    for col in (1, 2, 3):
        s = sum(D(c[col]) for c in comps)
        check(s == D(tot[col]), f"{pid}: funds column {col}: components {s} vs total {tot[col]}")
    rate = D(tot[3]) / D(tot[2]) * 100
    same(tot[5], rate, f"{pid}: execution rate in table")
    same(tot[6], D(tot[4]) * min(rate, D(100)) / 100, f"{pid}: execution score")
    check(tot[4] == "10", f"{pid}: execution weight")
    for c in comps:
        if c[5] not in ("—", "-"):
            check(D(c[2]) > 0, f"{pid}: rate on zero base in {c[0]}")
            same(c[5], D(c[3]) / D(c[2]) * 100, f"{pid}: component rate {c[0]}")
        check(D(c[3]) <= D(c[2]), f"{pid}: component {c[0]} spent above budget")
    return tot


# ---------------------------------------------------------------- per project
def check_guoyang(t):
    pid = "guoyang"
    tot = check_mof_funds(pid, t, 3)
    check(tot[1:4] == ["40.00", "380.00", "331.84"], f"{pid}: funds row values")
    rows = check_indicators(pid, t, "mof", (D(10), D(tot[6])), one(t, r"总分｜｜｜｜｜100｜([\d.]+)｜", pid))
    # prose budget build-up
    ini, c1, c2, carry, annual = one(t, r"年初预算([\d.]+)万元，为县级财政安排。年内上级下达中央农业生产和水利救灾资金([\d.]+)万元、省级农业防灾减灾资金([\d.]+)万元，加上上年结转资金([\d.]+)万元，全年预算调整为([\d.]+)万元", pid)
    check(D(ini) + D(c1) + D(c2) + D(carry) == D(annual), f"{pid}: budget build-up")
    check(D(ini) + D(c1) + D(c2) == D("352.60"), f"{pid}: 当年财政拨款 = 40 + 260 + 52.60")
    check(D(carry) == D("27.40"), f"{pid}: carry-over in table")
    spent, rate = one(t, r"项目实际支出([\d.]+)万元，预算执行率([\d.]+%)", pid)
    check(spent == tot[3], f"{pid}: spent text vs table")
    same(rate, D(spent) / D(annual) * 100, f"{pid}: execution rate text")
    parts = one(t, r"统防统治作业及药剂补助([\d.]+)万元，病虫监测预警([\d.]+)万元，技术培训和宣传([\d.]+)万元，第三方防效评估([\d.]+)万元", pid)
    check(sum(D(p) for p in parts) == D(spent), f"{pid}: spending parts")
    bal = one(t, r"未支出的([\d.]+)万元", pid)
    check(D(bal) == D(annual) - D(spent), f"{pid}: balance")
    check("结转至2023年" in t, f"{pid}: carry-over year")
    # subsidy = area x standard
    area = one(t, r"全年完成小麦赤霉病等重大病虫害统防统治([\d.]+)万亩", pid)
    check(D(area) * D("4.5") == D(parts[0]), f"{pid}: subsidy = area x 4.5元")
    same(one(t, r"完成年度目标的([\d.]+%)", pid), D(area) / 60 * 100, f"{pid}: area completion")
    samples = one(t, r"防治效果分别为([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%，平均([\d.]+)%", pid)
    same(samples[4], mean(samples[:4]), f"{pid}: average effect")
    sat_n, sat_ok, sat = one(t, r"收回有效问卷(\d+)份，其中满意和基本满意(\d+)份，满意度([\d.]+%)", pid)
    same(sat, D(sat_ok) / D(sat_n) * 100, f"{pid}: satisfaction")
    loss = one(t, r"挽回小麦产量损失([\d.]+)万吨，按每斤([\d.]+)元的收购价计算，挽回经济损失约(\d+)万元", pid)
    check(D(loss[0]) * 10000 * 2000 * D(loss[1]) / 10000 == D(loss[2]), f"{pid}: loss value")
    # same quantity, same value (text vs table)
    consistent(t, [r"完成统防统治([\d.]+)万亩", r"统防统治([\d.]+)万亩，完成年度目标", r"｜≥60万亩｜([\d.]+)万亩｜"], f"{pid}: area")
    consistent(t, [r"培训农民和机防手(\d+)人次。", r"｜≥1500人次｜(\d+)人次｜"], f"{pid}: training")
    consistent(t, [r"防治效果([\d.]+)%，种植户", r"平均([\d.]+)%，未达到", r"｜≥85%｜([\d.]+)%｜"], f"{pid}: effect")
    consistent(t, [r"危害损失率([\d.]+)%，(?:防治|控制)", r"｜≤5%｜([\d.]+)%｜"], f"{pid}: loss rate")
    consistent(t, [r"种植户满意度([\d.]+)%，防治", r"，满意度([\d.]+)%。", r"｜≥90%｜([\d.]+)%｜"], f"{pid}: satisfaction")
    consistent(t, [r"扶持专业化防治服务组织(\d+)家，", r"｜≥40家｜(\d+)家｜"], f"{pid}: organisations")
    consistent(t, [r"挽回小麦产量损失([\d.]+)万吨，", r"｜≥1.5万吨｜([\d.]+)万吨｜"], f"{pid}: yield loss saved")
    score = one(t, r"项目自评得分([\d.]+)分，评价等级为“(.)”", pid)
    check(score[0] == one(t, r"总分｜｜｜｜｜100｜([\d.]+)｜", pid), f"{pid}: total text vs table")
    check(grade_of(D(score[0])) == score[1], f"{pid}: grade")
    return rows


def check_tunliu(t):
    pid = "tunliu"
    rows = {}
    for line in t.splitlines():
        c = line.split("｜")
        if len(c) == 10 and c[1].startswith("("):
            rows[c[1].split("=")[0]] = c
    check(len(rows) == 7, f"{pid}: funds rows {len(rows)}")
    for key in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        r = rows[key]
        vals = [D(x) for x in r[2:]]
        check(vals[0] == vals[1] + vals[6] + vals[7], f"{pid}: {key} total = 小计 + 结转 + 其他")
        check(vals[1] == sum(vals[2:6]), f"{pid}: {key} 小计 = 中央 + 省 + 市 + 县")
    for col in range(2, 10):
        b, rcv, sp, bal = (D(rows[k][col]) for k in ("(2)", "(3)", "(4)", "(5)"))
        check(bal == rcv - sp, f"{pid}: balance column {col}")
        for key, num in (("(6)", rcv), ("(7)", sp)):
            cell = rows[key][col]
            if b == 0:
                check(D(cell) == 0, f"{pid}: non-zero rate on zero base {key} col {col}")
            else:
                same(cell, num / b * 100, f"{pid}: rate {key} col {col}")
    exec_rate = rows["(7)"][2]
    irows = check_indicators(pid, t, "shanxi", None, one(t, r"合计｜｜｜100｜｜｜｜([\d.]+)", pid))
    check(irows[0]["actual"] == exec_rate + "%", f"{pid}: execution rate in indicator table")
    total = one(t, r"总得分([\d.]+)分，属于“(..)”", pid)
    check(total[0] == one(t, r"合计｜｜｜100｜｜｜｜([\d.]+)", pid), f"{pid}: total text vs table")
    check(grade_of(D(total[0])) + "秀" == total[1], f"{pid}: grade")
    # prose funds
    prov, city, county, annual = one(t, r"省级种业发展资金([\d.]+)万元于2021年3月下达，市级追加资金([\d.]+)万元于2021年8月下达，区级配套资金([\d.]+)万元列入年初预算，全年预算资金([\d.]+)万元", pid)
    check(D(prov) + D(city) + D(county) == D(annual) == D(rows["(2)"][2]), f"{pid}: prose budget")
    spent, *parts = one(t, r"全年执行资金([\d.]+)万元，其中繁种农户补助([\d.]+)万元（(\d+)亩×(\d+)元/亩），原种扩繁及种子质量检测([\d.]+)万元，品种展示示范田建设([\d.]+)万元，技术培训及现场观摩([\d.]+)万元", pid)
    check(D(spent) == D(rows["(4)"][2]), f"{pid}: spent text vs table")
    check(D(parts[0]) + D(parts[3]) + D(parts[4]) + D(parts[5]) == D(spent), f"{pid}: spending parts")
    check(D(parts[1]) * D(parts[2]) / 10000 == D(parts[0]), f"{pid}: subsidy = area x 400元")
    bal = one(t, r"区级资金结余([\d.]+)万元", pid)
    check(D(bal) == D(rows["(5)"][2]), f"{pid}: balance text")
    same(one(t, r"全年预算执行率([\d.]+%)", pid), D(spent) / D(annual) * 100, f"{pid}: rate text")
    old_b, new_b = one(t, r"由年初的([\d.]+)万元调整为([\d.]+)万元", pid)
    check(D(old_b) == D(rows["(1)"][2]) and D(new_b) == D(annual), f"{pid}: adjustment")
    bases = one(t, r"繁种面积分别为(\d+)亩、(\d+)亩、(\d+)亩，合计(\d+)亩，超出年度目标(\d+)亩", pid)
    check(sum(D(x) for x in bases[:3]) == D(bases[3]) == D(parts[1]), f"{pid}: base areas")
    check(D(bases[3]) - 3000 == D(bases[4]), f"{pid}: excess area")
    pur = one(t, r"纯度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%，平均([\d.]+)%", pid)
    same(pur[3], mean(pur[:3]), f"{pid}: purity average")
    n, ok, sat = one(t, r"问卷(\d+)份，满意(\d+)份，满意度([\d.]+%)", pid)
    same(sat, D(ok) / D(n) * 100, f"{pid}: satisfaction")
    consistent(t, [r"全年生产原种及良种(\d+)万公斤", r"｜≥60万公斤｜(\d+)万公斤｜"], f"{pid}: seed output")
    consistent(t, [r"平均([\d.]+)%，发芽率", r"｜≥98%｜([\d.]+)%｜"], f"{pid}: purity")
    consistent(t, [r"亩均增收(\d+)元，", r"｜≥300元｜(\d+)元｜"], f"{pid}: income")
    consistent(t, [r"推广面积([\d.]+)万亩，", r"｜≥15万亩｜([\d.]+)万亩｜"], f"{pid}: spread area")
    consistent(t, [r"满意度(\d+)%。", r"｜≥90%｜(\d+)%｜"], f"{pid}: satisfaction")
    consistent(t, [r"全年预算执行率([\d.]+)%", r"｜100%｜([\d.]+)%｜"], f"{pid}: execution rate")
    return irows


def check_hepu(t):
    pid = "hepu"
    check("｜" not in t, f"{pid}: prose-only draft contains a table bar")
    ini, add, annual, rcv, rrate = one(t, r"项目年初预算([\d.]+)万元，为县级配套资金。2018年4月，自治区财政下达我县农作物病虫害绿色防控资金([\d.]+)万元，全年预算调整为([\d.]+)万元，资金到位([\d.]+)万元，到位率(\d+%)", pid)
    check(D(ini) + D(add) == D(annual), f"{pid}: budget")
    same(rrate, D(rcv) / D(annual) * 100, f"{pid}: 到位率")
    spent, rate, *parts = one(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)，其中：示范区绿色防控物资采购([\d.]+)万元，统防统治作业补助([\d.]+)万元，培训和宣传([\d.]+)万元，农药使用量调查监测([\d.]+)万元", pid)
    same(rate, D(spent) / D(annual) * 100, f"{pid}: execution rate")
    check(sum(D(p) for p in parts) == D(spent), f"{pid}: spending parts")
    bal = one(t, r"年末结余([\d.]+)万元", pid)
    check(D(bal) == D(rcv) - D(spent), f"{pid}: balance")
    check("结转至2019年" in t, f"{pid}: carry-over year")
    a = one(t, r"公馆镇([\d.]+)万亩、石康镇([\d.]+)万亩、常乐镇([\d.]+)万亩，合计([\d.]+)万亩，完成年度目标([\d.]+)万亩的(\d+%)", pid)
    check(sum(D(x) for x in a[:3]) == D(a[3]), f"{pid}: demo areas")
    same(a[5], D(a[3]) / D(a[4]) * 100, f"{pid}: area completion")
    consistent(t, [r"示范面积([\d.]+)万亩，完成", r"合计([\d.]+)万亩，完成年度目标"], f"{pid}: demo area")
    all_equal(t, r"(1\.\d+)万亩示范区", f"{pid}: demo area in benefits", a[3])
    area2, std, sub = one(t, r"完成水稻统防统治作业([\d.]+)万亩，按每亩(\d+)元标准兑付作业补助([\d.]+)万元", pid)
    check(D(area2) * D(std) == D(sub) == D(parts[1]), f"{pid}: 统防统治 subsidy")
    all_equal(t, r"统防统治作业([\d.]+)万亩", f"{pid}: 统防统治 area", area2)
    tr, trc = one(t, r"培训农民(\d+)人次，完成目标的([\d.]+%)", pid)
    same(trc, D(tr) / 800 * 100, f"{pid}: training completion")
    consistent(t, [r"培训农民(\d+)人次，"], f"{pid}: training")
    same(one(t, r"亩均物资投入([\d.]+)元", pid), D(parts[0]) / D(a[3]), f"{pid}: per-mu input")
    use = one(t, r"农药使用量（商品量）(\d+)吨，较2017年的(\d+)吨减少(\d+)吨，下降([\d.]+%)", pid)
    check(D(use[1]) - D(use[0]) == D(use[2]), f"{pid}: pesticide reduction")
    same(use[3], D(use[2]) / D(use[1]) * 100, f"{pid}: reduction rate")
    red = one(t, r"分别减少([\d.]+)%、([\d.]+)%、([\d.]+)%，平均减少([\d.]+)%", pid)
    same(red[3], mean(red[:3]), f"{pid}: average reduction")
    per, tot_save = one(t, r"亩均节约农药和人工成本(\d+)元，1\.62万亩示范区合计节本约(\d+)万元", pid)
    check(abs(D(per) * D(a[3]) - D(tot_save)) < 1, f"{pid}: saving (约)")
    n, ok, sat = one(t, r"农户(\d+)户，表示满意的(\d+)户，满意度([\d.]+%)", pid)
    same(sat, D(ok) / D(n) * 100, f"{pid}: satisfaction")
    sc = one(t, r"预算执行率（(\d+)分）得([\d.]+)分，产出指标（(\d+)分）得([\d.]+)分，效益指标（(\d+)分）得([\d.]+)分，满意度指标（(\d+)分）得([\d.]+)分，自评总得分([\d.]+)分，评价等级为“(.)”", pid)
    w, s = [D(x) for x in sc[0:8:2]], [D(x) for x in sc[1:8:2]]
    check(sum(w) == 100, f"{pid}: weights")
    check(all(si <= wi for si, wi in zip(s, w)), f"{pid}: score above weight")
    same(sc[8], sum(s), f"{pid}: total score")
    same(sc[1], D(10) * D(spent) / D(annual), f"{pid}: execution score")
    check(grade_of(D(sc[8])) == sc[9], f"{pid}: grade")


def check_youyi(t):
    pid = "youyi"
    tot = check_mof_funds(pid, t, 3)
    total_str = one(t, r"总分｜｜｜｜｜100｜([\d.]+)｜", pid)
    rows = check_indicators(pid, t, "mof", (D(10), D(tot[6])), total_str)
    budget, annual, spent, rate = one(t, r"资金([\d.]+)万元，县财政全额列入项目年初预算，年内未作调整，全年预算([\d.]+)万元。截至2024年12月31日，全年实际支出([\d.]+)万元，预算执行率([\d.]+%)", pid)
    check(budget == annual == tot[1] == tot[2], f"{pid}: no adjustment => 年初 = 全年")
    check(spent == tot[3], f"{pid}: spent text vs table")
    same(rate, D(spent) / D(annual) * 100, f"{pid}: rate text")
    sub, share, fee = one(t, r"兑付飞防作业补贴([\d.]+)万元，占支出的([\d.]+%)；支付作业监管平台数据核验服务费([\d.]+)万元", pid)
    check(D(sub) + D(fee) == D(spent), f"{pid}: spending parts")
    same(share, D(sub) / D(spent) * 100, f"{pid}: share")
    bal = one(t, r"结余资金([\d.]+)万元", pid)
    check(D(bal) == D(annual) - D(spent), f"{pid}: balance")
    towns = one(t, r"龙山镇([\d.]+)万亩次、兴隆镇([\d.]+)万亩次、凤岗镇([\d.]+)万亩次、其他乡镇([\d.]+)万亩次", pid)
    area = one(t, r"核验的飞防作业面积([\d.]+)万亩次", pid)
    check(sum(D(x) for x in towns) == D(area), f"{pid}: towns sum")
    check(D(area) * 6 == D(sub), f"{pid}: subsidy = area x 6元")
    all_equal(t, r"(5\d\.\d\d)万亩次", f"{pid}: area mentions", area)
    drones, avg = one(t, r"投入植保无人机(\d+)架，平均每架作业约(\d+)亩次", pid)
    check(abs(D(area) * 10000 / D(drones) - D(avg)) < 1, f"{pid}: per-drone average (约)")
    consistent(t, [r"抽查合格率([\d.]+)%，对", r"｜≥95%｜([\d.]+)%｜"], f"{pid}: pass rate")
    consistent(t, [r"(\d+)家服务组织共投入", r"扶持服务组织(\d+)家，", r"｜≥30家｜(\d+)家｜"], f"{pid}: organisations")
    consistent(t, [r"统防统治覆盖率([\d.]+)%，", r"｜≥45%｜([\d.]+)%｜"], f"{pid}: coverage")
    consistent(t, [r"成本([\d.]+)元，未达到", r"｜≥15元｜([\d.]+)元｜"], f"{pid}: saving")
    s, g = one(t, r"项目自评得分([\d.]+)分，评价等级为“(.)”", pid)
    check(s == total_str, f"{pid}: total text vs table")
    check(grade_of(D(s)) == g, f"{pid}: grade text")
    check(grade_of(D(total_str)) == one(t, r"自评等级：(.)", pid), f"{pid}: grade table")
    check("2023年12月，省财政厅提前下达2024年" in t, f"{pid}: advance in December before")


def check_zhongjiang(t):
    pid = "zhongjiang"
    tot = check_mof_funds(pid, t, 4)
    total_str = one(t, r"总分｜｜｜｜｜100｜([\d.]+)｜", pid)
    rows = check_indicators(pid, t, "mof", (D(10), D(tot[6])), total_str)
    ini, add, fisc, unit, annual = one(t, r"年初预算([\d.]+)万元，年中追加中央基层农技推广体系改革与建设补助等资金([\d.]+)万元，全年财政资金预算([\d.]+)万元；另有单位资金（品种试验和技术服务收入）([\d.]+)万元，全年预算合计([\d.]+)万元", pid)
    check(D(ini) + D(add) == D(fisc), f"{pid}: fiscal budget")
    check(D(fisc) + D(unit) == D(annual) == D(tot[2]), f"{pid}: annual budget")
    check(D(ini) == D(tot[1]), f"{pid}: 年初 text vs table")
    lines = t.splitlines()
    fin = next(l for l in lines if l.startswith("其中：财政资金｜")).split("｜")
    uni = next(l for l in lines if l.startswith("单位资金｜")).split("｜")
    check(fin[2] == fisc and uni[2] == unit, f"{pid}: component budgets text vs table")
    g = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+%)。按支出性质分：基本支出([\d.]+)万元，其中人员经费([\d.]+)万元、公用经费([\d.]+)万元，基本支出预算([\d.]+)万元，执行率([\d.]+%)；项目支出([\d.]+)万元，项目预算([\d.]+)万元，执行率([\d.]+%)。年末结余([\d.]+)万元", pid)
    spent = D(g[0])
    check(spent == D(tot[3]), f"{pid}: spent text vs table")
    same(g[1], spent / D(annual) * 100, f"{pid}: rate")
    check(D(g[3]) + D(g[4]) == D(g[2]), f"{pid}: basic = personnel + public")
    same(g[6], D(g[2]) / D(g[5]) * 100, f"{pid}: basic rate")
    same(g[9], D(g[7]) / D(g[8]) * 100, f"{pid}: project rate")
    check(D(g[2]) + D(g[7]) == spent, f"{pid}: basic + project spent")
    check(D(g[5]) + D(g[8]) == D(annual), f"{pid}: basic + project budget")
    check(D(g[10]) == D(annual) - spent, f"{pid}: balance")
    projs = re.findall(r"项目全年预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+%)", t)
    check(len(projs) == 3, f"{pid}: three projects")
    for b, s, r in projs:
        same(r, D(s) / D(b) * 100, f"{pid}: project rate {b}")
    check(sum(D(p[0]) for p in projs) == D(g[8]), f"{pid}: project budgets sum")
    check(sum(D(p[1]) for p in projs) == D(g[7]), f"{pid}: project spending sum")
    cur, prev, drop = one(t, r"“三公”经费支出([\d.]+)万元，较上年的([\d.]+)万元下降([\d.]+%)", pid)
    same(drop, (D(prev) - D(cur)) / D(prev) * 100, f"{pid}: 三公 drop")
    check(cur + "万元" in t.split("“三公”经费支出｜")[1].split("\n")[0], f"{pid}: 三公 text vs table")
    duty = one(t, r"全年培训基层农技人员(\d+)人，建设农业科技示范基地(\d+)个，培育农业科技示范主体(\d+)户；运行农作物病虫害系统监测点(\d+)个", pid)
    table_vals = {r["name"]: r["actual"] for r in rows}
    check(table_vals["基层农技人员知识更新培训"] == duty[0] + "人", f"{pid}: training text vs table")
    check(table_vals["建设农业科技示范基地"] == duty[1] + "个", f"{pid}: bases text vs table")
    check(table_vals["培育农业科技示范主体"] == duty[2] + "户", f"{pid}: demo households")
    check(table_vals["农作物病虫害系统监测点"] == duty[3] + "个", f"{pid}: monitoring points")
    check(12 - int(duty[1]) == 3, f"{pid}: 3 bases postponed")
    all_equal(t, r"危害损失率(\d\.\d)%", f"{pid}: loss rate", "4.6")
    s, gr = one(t, r"自评得分([\d.]+)分，评价等级为“(.)”", pid)
    check(s == total_str, f"{pid}: total text vs table")
    check(grade_of(D(s)) == gr, f"{pid}: grade")


CHECKERS = {
    "ah-guoyang-tongfang-2022": check_guoyang,
    "sx-tunliu-guzi-liangzhong-2021": check_tunliu,
    "gx-hepu-nongyaojianliang-2018": check_hepu,
    "hlj-youyi-feifang-butie-2024": check_youyi,
    "sc-zhongjiang-nongjizhongxin-2020": check_zhongjiang,
}


def diff_region(a, b):
    """(start, end_a, end_b) of the single differing region between a and b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    check(sorted(l["case"] for l in labels) == files, "labels and case files differ")
    check(len(labels) == 35, f"{len(labels)} labels")
    codes = Counter()
    where = Counter()
    cleans = {l["source"]: read(l["case"]) for l in labels if l["clean"]}
    check(len(cleans) == 5, "five clean drafts")
    for pid, text in cleans.items():
        check(3000 <= len(text) <= 9000, f"{pid}: length {len(text)}")
        CHECKERS[pid](text)
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            check(lab["expected"] == [], f"{lab['case']}: clean case with labels")
            continue
        clean = cleans[lab["source"]]
        check(len(lab["expected"]) == 1, f"{lab['case']}: one expected error")
        exp = lab["expected"][0]
        codes[exp["code"]] += 1
        check(exp["severity"] == "error", f"{lab['case']}: severity")
        check(exp["code"] in CODES, f"{lab['case']}: unknown code {exp['code']}")
        v = exp["value"]
        check(v in text, f"{lab['case']}: value {v!r} not in case")
        check(v not in clean, f"{lab['case']}: value {v!r} already in the clean draft")
        check(text != clean, f"{lab['case']}: identical to clean")
        p, ea, eb = diff_region(clean, text)
        # one place: the changed region is contiguous and short
        check(eb - p <= 120, f"{lab['case']}: changed region too long ({eb - p})")
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        check(any(o < eb and o + len(v) > p for o in occ),
              f"{lab['case']}: value does not cover the change")
        check(3000 <= len(text) <= 9000, f"{lab['case']}: length {len(text)}")
    for c in CODES:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    # every error case must break at least one identity that holds in its clean draft
    saved = list(FAIL)
    for lab in labels:
        if lab["clean"]:
            continue
        FAIL.clear()
        try:
            CHECKERS[lab["source"]](read(lab["case"]))
        except Exception as exc:  # a broken pattern also counts as a detected change
            FAIL.append(repr(exc))
        broke = bool(FAIL)
        FAIL[:] = saved
        check(broke, f"{lab['case']}: the injected error breaks no identity")
        saved = list(FAIL)
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, "
          f"codes: {dict(sorted(codes.items()))}")
    print("OK")


if __name__ == "__main__":
    main()
