#!/usr/bin/env python3
"""Verify drafts151.

1. every label value occurs in its case, and overlaps the place where the case differs from its clean draft;
2. every error case differs from its clean draft in one place (one contiguous changed region);
3. the arithmetic of every clean draft is redone from the text itself (funds, sums, rates, balances,
   completion rates, weights, scores, totals, grades, averages, repeated figures).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)


def dec(s):
    return D(str(s).replace(",", ""))


def ndec(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed, approx=False):
    """stated (string) agrees with computed within half a unit of its last digit (rules.md §8)."""
    tol = D("0.5") * D(10) ** -ndec(stated) + D("1e-9")
    if approx:  # 约: the stated figure is itself rounded; allow one more half unit
        tol += D("0.5") * D(10) ** -ndec(stated)
    return abs(dec(stated) - D(computed)) <= tol


def pct(a, b):
    return dec(a) / dec(b) * 100


def grade(total):
    t = dec(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def first_num(s):
    m = re.search(r"\d+(?:\.\d+)?", s)
    return dec(m.group()) if m else None


def direction(target):
    if re.match(r"^(≥|>=|＞＝|不低于|不少于)", target):
        return "gte"
    if re.match(r"^(≤|<=|＜＝|不超过|不高于)", target):
        return "lte"
    return "eq"


def unit_of(s):
    return re.sub(r"^[≥≤<>=＜＞＝]*\s*\d+(?:\.\d+)?", "", s).strip()


def completion(target, actual):
    t, a = first_num(target), first_num(actual)
    if direction(target) == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:  # "= 0起": met only at zero
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def rule_score(w, target, actual):
    """score of a quantitative row under rules.md §5 (gte/eq proportional, lte met -> full)."""
    w = dec(w)
    c = completion(target, actual)
    return w if c >= 100 else w * c / 100


def one(text, pattern, what, group=1):
    """the value of every match of pattern (all must agree); at least one match required."""
    vals = [m.group(group) for m in re.finditer(pattern, text)]
    check(vals, f"{what}: pattern not found {pattern!r}")
    if not vals:
        return "0"
    check(len(set(vals)) == 1, f"{what}: differing values {vals}")
    return vals[0]


def check_indicator_rows(src, rows, exec_weight, exec_score, total, stated_grade):
    """rows: list of dicts name, target, actual, weight, score, (compl)."""
    wsum = dec(exec_weight) + sum(dec(r["weight"]) for r in rows)
    ssum = dec(exec_score) + sum(dec(r["score"]) for r in rows)
    check(wsum == 100, f"{src}: weights add up to {wsum}")
    check(agrees(total, ssum), f"{src}: scores add up to {ssum}, total {total}")
    check(grade(total) == stated_grade, f"{src}: grade {stated_grade} for {total}")
    for r in rows:
        check(dec(r["score"]) <= dec(r["weight"]) and dec(r["score"]) >= 0, f"{src}: {r['name']} score > weight")
        quantitative = first_num(r["target"]) is not None and first_num(r["actual"]) is not None \
            and not re.search(r"\d{4}年", r["target"])
        if quantitative:
            check(unit_of(r["target"]) == unit_of(r["actual"]),
                  f"{src}: {r['name']} units {r['target']} / {r['actual']}")
            check(agrees(r["score"], rule_score(r["weight"], r["target"], r["actual"])),
                  f"{src}: {r['name']} score {r['score']} vs rule")
            if r.get("compl") not in (None, "", "—"):
                c = completion(r["target"], r["actual"])
                check(agrees(r["compl"].rstrip("%"), c), f"{src}: {r['name']} completion {r['compl']} vs {c:.4f}")
        elif r.get("compl") not in (None,):
            check(r.get("compl") in ("", "—"), f"{src}: qualitative row {r['name']} with completion")
    return ssum


def flattened_blocks(segment):
    """seed-003 style tables: one cell per tab-indented line, blank line between rows."""
    blocks, cur = [], []
    for line in segment.split("\n"):
        if line.startswith("\t") or (line.strip() == "" and line != ""):
            cur.append(line[1:] if line.startswith("\t") else "")
        elif line == "":
            if cur:
                blocks.append(cur)
            cur = []
        else:
            if cur:
                blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


# ---------------------------------------------------------------- Cangnan 2023
def v_cangnan(src, t):
    # last year's figures (2022) are a look-alike: checked for presence, then set aside
    check(re.search(r"2022年度本项目全年预算185\.00万元、实际支出179\.52万元", t), f"{src}: 2022 figures")
    t = re.sub(r"2022年度本项目全年预算[^。]*。", "", t)
    ini = one(t, r"年初预算(\d+\.\d+)万元", "年初")
    county = one(t, r"其中县级财政资金(\d+\.\d+)万元", "县级年初")
    prov = one(t, r"省级食品安全抽检补助资金(\d+\.\d+)万元", "省级")
    add = one(t, r"追加预算(\d+\.\d+)万元", "追加")
    annual = one(t, r"全年预算(\d+\.\d+)万元", "全年预算")
    county_all = one(t, r"县级财政资金(\d+\.\d+)万元（含追加部分）", "县级全年")
    spent = one(t, r"实际支出(\d+\.\d+)万元", "实际支出")
    rate = one(t, r"预算执行率(\d+\.\d+)%", "执行率")
    check(dec(county) + dec(prov) == dec(ini), f"{src}: 年初 {county}+{prov} != {ini}")
    check(dec(ini) + dec(add) == dec(annual), f"{src}: 年初+追加 != 全年")
    check(dec(prov) + dec(county_all) == dec(annual), f"{src}: sources != 全年")
    check(agrees(rate, pct(spent, annual)), f"{src}: 执行率")
    bal = one(t, r"年末结余资金(\d+\.\d+)万元", "结余")
    check(dec(bal) == dec(annual) - dec(spent), f"{src}: 结余 {bal}")  # 到位率100% so 到位 = 全年预算
    check("结转2024年" in t, f"{src}: carry-over year")
    # breakdown table
    lines = t.split("\n")
    i = lines.index("支出内容\t预算数（万元）\t实际支出（万元）")
    b = s = D(0)
    for line in lines[i + 1:]:
        c = line.split("\t")
        if c[0] == "合计":
            check(dec(c[1]) == b and dec(c[2]) == s, f"{src}: breakdown sums {b} {s} vs {c}")
            check(c[1] == annual and c[2] == spent, f"{src}: breakdown total vs text")
            break
        b += dec(c[1])
        s += dec(c[2])
    m = re.search(r"委托检验费预算(\d+\.\d+)万元，实际支付(\d+\.\d+)万元，支付进度(\d+\.\d+)%", t)
    check(m and agrees(m.group(3), pct(m.group(2), m.group(1))), f"{src}: 支付进度")
    check(re.search(r"委托检验费\t" + re.escape(m.group(1)) + r"\t" + re.escape(m.group(2)), t), f"{src}: 委托检验费 table")
    # outputs
    total_b = one(t, r"全年完成食品安全监督抽检(\d+)批次", "抽检批次")
    q = [dec(x) for x in re.search(r"分别完成(\d+)批次、(\d+)批次、(\d+)批次、(\d+)批次", t).groups()]
    check(sum(q) == dec(total_b), f"{src}: quarters sum {sum(q)}")
    avg = one(t, r"平均每季度(\d+)批次", "季均")
    check(agrees(avg, sum(q) / 4), f"{src}: quarterly average")
    last = one(t, r"比2022年的(\d+)批次增加(\d+)批次", "上年", 1)
    inc = one(t, r"比2022年的(\d+)批次增加(\d+)批次", "增加", 2)
    check(dec(total_b) - dec(last) == dec(inc), f"{src}: increase over 2022")
    unq = one(t, r"检出不合格样品(\d+)批次", "不合格")
    check(agrees(one(t, r"总体合格率(\d+\.\d+)%", "总体合格率"), pct(dec(total_b) - dec(unq), total_b)), f"{src}: 总体合格率")
    m = re.search(r"评价性抽检(\d+)批次中合格(\d+)批次，合格率(\d+\.\d+)%", t)
    check(agrees(m.group(3), pct(m.group(2), m.group(1))), f"{src}: 评价性合格率")
    check(one(t, r"含评价性抽检(\d+)批次", "评价性") == m.group(1), f"{src}: 评价性批次")
    per = one(t, r"平均每批次约(\d+)元", "单批次")
    fee = one(t, r"委托检验费(\d+\.\d+)万元，按", "委托检验费")
    check(fee == "168.42" and agrees(per, dec(fee) * 10000 / dec(total_b), approx=True), f"{src}: per-batch cost")
    # 自评表
    fr = [l.split("\t") for l in lines if l.startswith("年度资金总额\t")][0]
    check(fr[1] == ini and fr[2] == annual and fr[3] == spent, f"{src}: funds row amounts")
    check(agrees(fr[5].rstrip("%"), pct(spent, annual)), f"{src}: funds row rate")
    check(agrees(fr[6], dec(fr[4]) * pct(spent, annual) / 100), f"{src}: execution score")
    h = next(k for k, l in enumerate(lines) if l.startswith("一级指标\t二级指标\t三级指标"))
    rows = []
    for line in lines[h + 1:]:
        c = line.split("\t")
        if c[0] == "总分":
            total_w, total = c[6], c[7]
            break
        rows.append(dict(name=c[2], target=c[3], actual=c[4], compl=c[5], weight=c[6], score=c[7]))
    check(total_w == "100", f"{src}: 总分 weight")
    check(one(t, r"自评得分(\d+\.\d+)分", "自评得分") == total, f"{src}: text total vs table")
    g = one(t, r"等级为“(.)”", "等级")
    ssum = check_indicator_rows(src, rows, fr[4], fr[6], total, g)
    check(one(t, r"预算执行率指标得(\d+\.\d+)分", "执行得分") == fr[6], f"{src}: execution score in text")
    check(agrees(one(t, r"满意度指标合计得(\d+)分", "指标合计"), ssum - dec(fr[6])), f"{src}: indicator subtotal")
    act = {r["name"]: r["actual"] for r in rows}
    check(act["食品安全监督抽检批次"] == total_b + "批次", f"{src}: 抽检批次 table")
    check(act["快速检测批次"] == one(t, r"完成快速检测(\d+)批次", "快检") + "批次", f"{src}: 快检")
    check(act["抽检覆盖食品大类"] == one(t, r"等(\d+)个食品大类", "大类") + "类", f"{src}: 大类")
    check(act["抽检结果按时公布率"] == one(t, r"按时公布率(\d+\.\d+%)", "公布率"), f"{src}: 公布率")
    check(act["平均每批次检验费用"] == per + "元", f"{src}: cost")
    check(act["评价性抽检合格率"] == m.group(3) + "%", f"{src}: 评价性合格率 table")
    check(act["群众满意度"] == one(t, r"群众满意度(\d+\.\d+%)", "满意度"), f"{src}: 满意度")


# ---------------------------------------------------------------- Gaoyou 2021
def v_gaoyou(src, t):
    ini = one(t, r"年年初预算(\d+\.\d+)万元", "年初")
    add = one(t, r"运维经费(\d+\.\d+)万元", "追加")
    annual = one(t, r"全年预算调整为(\d+\.\d+)万元", "全年")
    recv = one(t, r"全年资金到位(\d+\.\d+)万元", "到位")
    check(dec(ini) + dec(add) == dec(annual), f"{src}: 年初+追加")
    check(agrees(one(t, r"到位率(\d+)%", "到位率"), pct(recv, annual)), f"{src}: 到位率")
    check(one(t, r"全年预算数(\d+\.\d+)万元", "全年预算数") == annual, f"{src}: 全年预算数")
    spent = one(t, r"全年执行数(\d+\.\d+)万元", "执行")
    rate = one(t, r"预算执行率(\d+\.\d+)%", "执行率")
    check(agrees(rate, pct(spent, annual)), f"{src}: 执行率")
    part = re.search(r"具体支出为：(.*?)。", t).group(1)
    parts = [dec(x) for x in re.findall(r"(\d+\.\d+)万元", part)]
    check(sum(parts) == dec(spent), f"{src}: breakdown {sum(parts)}")
    check(dec(one(t, r"年末结余(\d+\.\d+)万元", "结余")) == dec(recv) - dec(spent), f"{src}: 结余")
    elev = re.findall(r"在用电梯(\d+)台", t)
    check(len(elev) == 2 and len(set(elev)) == 1, f"{src}: elevators {elev}")
    n = one(t, r"完成电梯定期检验(\d+)台", "电梯检验")
    sub = one(t, r"电梯定期检验补助(\d+\.\d+)万元", "电梯补助")
    check(agrees(one(t, r"单台补助约(\d+)元", "单台"), dec(sub) * 10000 / dec(n), approx=True), f"{src}: per elevator")
    seg = t[t.index("附件：项目支出绩效自评表"):]
    blocks = flattened_blocks(seg)
    fr = next(b for b in blocks if b[0] == "年度资金总额")
    check(fr[1] == ini and fr[2] == annual and fr[3] == spent, f"{src}: funds row")
    check(agrees(fr[5].rstrip("%"), pct(spent, annual)) and agrees(fr[6], dec(fr[4]) * pct(spent, annual) / 100),
          f"{src}: funds row rate/score")
    sub_row = next(b for b in blocks if b[0] == "其中：当年财政拨款")
    check(sub_row[1:4] == fr[1:4], f"{src}: 当年财政拨款 row")
    for name in ("上年结转资金", "其他资金"):
        z = next(b for b in blocks if b[0] == name)
        check(z[1:4] == ["0", "0", "0"] and z[5] == "—", f"{src}: {name} row")
    h = next(k for k, b in enumerate(blocks) if b[0] == "一级指标")
    rows = [dict(name=b[2], target=b[3], actual=b[4], weight=b[5], score=b[6]) for b in blocks[h + 1:]]
    check(len(rows) == 9, f"{src}: {len(rows)} indicator rows")
    total = one(t, r"综合得分(\d+\.\d+)分", "总分")
    g = one(t, r"评价等级为“(.)”", "等级")
    check_indicator_rows(src, rows, fr[4], fr[6], total, g)
    act = {r["name"]: r["actual"] for r in rows}
    check(act["电梯定期检验台数"] == n + "台", f"{src}: 电梯 table")
    check(act["锅炉、压力容器定期检验台数"] == one(t, r"压力容器定期检验(\d+台)", "承压"), f"{src}: 承压")
    check(act["特种设备安全监督检查家次"] == one(t, r"安全监督检查(\d+家次)", "检查"), f"{src}: 检查")
    check(act["检验报告按时出具率"] == one(t, r"按时出具率(\d+\.\d+%)", "出具率"), f"{src}: 出具率")
    check(act["电梯检验单台补助标准"] == one(t, r"单台补助约(\d+)元", "单台") + "元/台", f"{src}: 单台 table")
    check(act["使用单位满意度"] == one(t, r"使用单位满意度(\d+\.\d+%)", "满意度"), f"{src}: 满意度")


# ---------------------------------------------------------------- Mile 2020
def v_mile(src, t):
    seg = t[t.index("（二）预算执行情况"):t.index("年初预算52.40万元")]
    blocks = [b for b in flattened_blocks(seg) if len(b) == 10]
    rows = {b[1]: b for b in blocks if b[1].startswith("(")}
    r1, r2, r3, r4 = (rows["(%d)" % k] for k in (1, 2, 3, 4))
    r5, r6, r7 = rows["(5)=(3)-(4)"], rows["(6)=(3)/(2)"], rows["(7)=(4)/(2)"]
    z = lambda s: dec(s) if s.strip() else D(0)
    for r in (r1, r2, r3, r4):
        check(z(r[2]) == z(r[3]) + z(r[8]) + z(r[9]), f"{src}: {r[0]} total vs columns")
        check(z(r[3]) == sum(z(x) for x in r[4:8]), f"{src}: {r[0]} 小计 vs levels")
    for col in range(2, 10):
        check(z(r5[col]) == z(r3[col]) - z(r4[col]), f"{src}: 结余 column {col}")
        for rr, num in ((r6, r3), (r7, r4)):
            if z(r2[col]) == 0:
                check(rr[col] in ("0", "", "—"), f"{src}: zero-base rate column {col}")
            else:
                check(agrees(rr[col], pct(z(num[col]), z(r2[col]))), f"{src}: {rr[0]} column {col}: {rr[col]}")
    check(one(t, r"年初预算(\d+\.\d+)万元全部为市级", "年初") == r1[2], f"{src}: 年初 text")
    prov = one(t, r"计量惠民专项补助(\d+\.\d+)万元", "省级")
    check(dec(r1[2]) + dec(prov) == dec(r2[2]) and prov == r2[5], f"{src}: 全年 = 年初 + 省级")
    check(one(t, r"全年预算调整为(\d+\.\d+)万元", "全年") == r2[2], f"{src}: 全年 text")
    check(one(t, r"市级资金实际到位(\d+\.\d+)万元", "到位") == r3[7], f"{src}: 到位 text")
    check(dec(one(t, r"未到位(\d+\.\d+)万元", "未到位")) == dec(r2[7]) - dec(r3[7]), f"{src}: 未到位")
    spent = one(t, r"项目实际支出(\d+\.\d+)万元", "支出")
    check(spent == r4[2], f"{src}: 支出 text")
    check(one(t, r"截至(\d{4})年12月31日", "截至") == "2020", f"{src}: 截至 year")
    check(one(t, r"预算执行率(\d+\.\d+)%", "执行率") == r7[2], f"{src}: 执行率 text")
    part = re.search(r"主要用于：(.*?)。", t).group(1)
    check(sum(dec(x) for x in re.findall(r"(\d+\.\d+)万元", part)) == dec(spent), f"{src}: breakdown")
    check(one(t, r"结余(\d+\.\d+)万元为市级资金", "结余") == r5[2] == r5[7], f"{src}: 结余 text")
    m = re.search(r"合格率分别为((?:\d+%、)+\d+%)，平均合格率(\d+)%", t)
    items = [dec(x) for x in re.findall(r"(\d+)%", m.group(1))]
    check(len(items) == 5 and agrees(m.group(2), sum(items) / len(items)), f"{src}: market average")
    n = one(t, r"完成强制检定计量器具(\d+)台", "强检")
    last = one(t, r"比2019年的(\d+)台", "上年")
    check(agrees(one(t, r"增长(\d+\.\d+)%", "增长"), (dec(n) / dec(last) - 1) * 100), f"{src}: growth")
    cost = one(t, r"强制检定直接费用(\d+\.\d+)万元", "强检费用")
    check(cost in part, f"{src}: 强检费用 in breakdown")
    unit = one(t, r"单台件检定成本约(\d+)元", "单台件")
    check(agrees(unit, dec(cost) * 10000 / dec(n), approx=True), f"{src}: unit cost")
    seg2 = t[t.index("附件1.项目支出绩效自评表"):]
    b2 = [b for b in flattened_blocks(seg2) if len(b) == 9]
    check(b2[0][0] == "一级指标", f"{src}: indicator header")
    ex = b2[1]
    check(ex[2] == "预算执行率" and agrees(ex[5].rstrip("%"), dec(r7[2])) and agrees(ex[6].rstrip("%"), dec(r7[2])),
          f"{src}: execution row")
    check(agrees(ex[7], dec(ex[3]) * pct(spent, r2[2]) / 100), f"{src}: execution score")
    rows = [dict(name=b[2], weight=b[3], target=b[4], actual=b[5], compl=b[6], score=b[7])
            for b in b2[2:] if b[0] != "合计"]
    tot = next(b for b in b2 if b[0] == "合计")
    check(tot[3] == "100", f"{src}: 合计 weight")
    total = one(t, r"自评得分(\d+\.\d+)分", "总分")
    check(tot[7] == total, f"{src}: table total vs text")
    g = one(t, r"属于“(.)秀”", "等级")
    check_indicator_rows(src, rows, ex[3], ex[7], total, g)
    act = {r["name"]: r["actual"] for r in rows}
    check(act["强制检定计量器具数量"] == n + "台（件）", f"{src}: 强检 table")
    check(act["集贸市场计量监督检查场次"] == one(t, r"计量监督检查(\d+场次)", "场次"), f"{src}: 场次")
    check(act["加油机检定数量"] == one(t, r"加油机检定(\d+枪)", "加油机"), f"{src}: 加油机")
    check(act["检定结果准确率"] == one(t, r"准确率(\d+\.\d+%)", "准确率"), f"{src}: 准确率")
    check(act["检定按时完成率"] == one(t, r"按时完成率(\d+\.\d+%)", "按时"), f"{src}: 按时")
    check(act["单台件检定成本"] == unit + "元", f"{src}: 单台件 table")
    check(act["民生计量器具受检率"] == one(t, r"受检率(\d+\.\d+%)", "受检率"), f"{src}: 受检率")
    check(act["服务对象满意度"] == one(t, r"服务对象满意度(\d+\.\d+%)", "满意度"), f"{src}: 满意度")


# ---------------------------------------------------------------- Longxi 2024
def v_longxi(src, t):
    pipes = [[c.strip() for c in l.strip().strip("|").split("|")] for l in t.split("\n") if l.startswith("|")]
    fh = next(k for k, r in enumerate(pipes) if r[0] == "资金来源")
    tot, county, prov = pipes[fh + 1], pipes[fh + 2], pipes[fh + 3]
    for col in (1, 2, 3, 4):
        check(dec(tot[col]) == dec(county[col]) + dec(prov[col]), f"{src}: funds column {col}")
    check(dec(tot[5]) == dec(tot[3]) - dec(tot[4]), f"{src}: 结余")
    for r in (tot, county, prov):
        check(agrees(r[6].rstrip("%"), pct(r[4], r[2])), f"{src}: {r[0]} 执行率")
    check(one(t, r"年初预算(\d+\.\d+)万元", "年初") == tot[1], f"{src}: 年初 text")
    check(one(t, r"其中县级财政资金(\d+\.\d+)万元", "县级") == county[1], f"{src}: 县级 text")
    check(one(t, r"省级药品监管补助资金(\d+\.\d+)万元", "省级") == prov[1], f"{src}: 省级 text")
    check(one(t, r"全年预算(\d+\.\d+)万元", "全年") == tot[2] and tot[1] == tot[2], f"{src}: 全年 / 未调整")
    spent = one(t, r"全年实际支出(\d+\.\d+)万元", "支出")
    check(spent == tot[4], f"{src}: 支出 text")
    part = re.search(r"全年实际支出\d+\.\d+万元，其中：(.*?)。", t).group(1)
    check(sum(dec(x) for x in re.findall(r"(\d+\.\d+)万元", part)) == dec(spent), f"{src}: breakdown")
    m = re.search(r"全年共完成抽检(\d+)批次，比2023年的(\d+)批次增加(\d+)批次。其中药品(\d+)批次（含中药材及中药饮片\d+批次）、医疗器械(\d+)批次、化妆品(\d+)批次", t)
    n, last, inc, drug, dev, cos = (dec(x) for x in m.groups())
    check(n == drug + dev + cos and n - last == inc, f"{src}: batches")
    m2 = re.search(r"检出不合格产品(\d+)批次（中药饮片(\d+)批次、化妆品(\d+)批次），总体合格率(\d+\.\d+)%", t)
    bad, bad_d, bad_c = (dec(x) for x in m2.groups()[:3])
    check(bad == bad_d + bad_c and agrees(m2.group(4), (n - bad) / n * 100), f"{src}: 总体合格率")
    drug_rate = one(t, r"药品抽检合格率(\d+\.\d+)%，略低", "药品合格率")
    check(agrees(drug_rate, (drug - bad_d) / drug * 100), f"{src}: 药品合格率")
    m3 = re.search(r"收回有效问卷(\d+)份，表示满意和基本满意的(\d+)份，群众满意度(\d+\.\d+)%", t)
    check(agrees(m3.group(3), pct(m3.group(2), m3.group(1))), f"{src}: 满意度")
    check(dec(one(t, r"回访满意率(\d+\.\d+)%", "回访")) <= 100, f"{src}: 回访满意率")
    fee = one(t, r"委托检验费(\d+\.\d+)万元", "委托检验费")
    per = one(t, r"平均每批次检验费约(\d+)元", "单批次")
    check(agrees(per, dec(fee) * 10000 / n, approx=True), f"{src}: per batch")
    ih = next(k for k, r in enumerate(pipes) if r[0] == "一级指标")
    ex = pipes[ih + 1]
    check(ex[0] == "预算执行率" and agrees(ex[4].rstrip("%"), pct(spent, tot[2])), f"{src}: execution row")
    check(agrees(ex[6], dec(ex[5]) * pct(spent, tot[2]) / 100), f"{src}: execution score")
    rows, total = [], None
    for r in pipes[ih + 2:]:
        if r[0] == "合计":
            check(r[5] == "100", f"{src}: 合计 weight")
            total = r[6]
            break
        rows.append(dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]))
    g = one(t, r"绩效自评等级为“(.)", "等级")
    check_indicator_rows(src, rows, ex[5], ex[6], total, g)
    act = {r["name"]: r["actual"] for r in rows}
    check(act["药品抽检批次"] == f"{drug}批次" and act["医疗器械抽检批次"] == f"{dev}批次"
          and act["化妆品抽检批次"] == f"{cos}批次", f"{src}: batches table")
    check(act["单批次平均检验费用"] == per + "元", f"{src}: cost table")
    check(act["药品抽检合格率"] == drug_rate + "%", f"{src}: 合格率 table")
    check(act["群众满意度"] == m3.group(3) + "%", f"{src}: 满意度 table")
    check(act["抽检任务完成时限"] == "2024年11月28日" and "2024年11月28日完成" in t, f"{src}: date")


# ---------------------------------------------------------------- Shizhu 2019
def v_shizhu(src, t):
    ini = one(t, r"年初预算(\d+\.\d+)万元", "年初")
    add = one(t, r"追加预算(\d+\.\d+)万元", "追加")
    annual = one(t, r"全年预算(\d+\.\d+)万元", "全年")
    check(dec(ini) + dec(add) == dec(annual), f"{src}: 年初+追加")
    spent = one(t, r"实际支出(\d+\.\d+)万元", "支出")
    check(agrees(one(t, r"预算执行率(\d+\.\d+)%", "执行率"), pct(spent, annual)), f"{src}: 执行率")
    check(dec(one(t, r"年末结余(\d+\.\d+)万元", "结余")) == dec(annual) - dec(spent), f"{src}: 结余")
    lines = t.split("\n")
    i = next(k for k, l in enumerate(lines) if l.strip().startswith("支出项目"))
    bud = exe = D(0)
    items = {}
    for l in lines[i + 1:]:
        tok = re.split(r"\s{2,}", l.strip())
        if tok[0] == "合计":
            check(dec(tok[1]) == bud and dec(tok[2]) == exe, f"{src}: breakdown sums {bud} {exe}")
            check(tok[1] == annual and tok[2] == spent, f"{src}: breakdown total vs text")
            break
        items[tok[0]] = tok
        bud += dec(tok[1])
        exe += dec(tok[2])
    m = re.search(r"原计划奖励3家（质量奖2家各(\d+)万元、提名奖1家(\d+)万元）.*?实际奖励2家，兑现(\d+\.\d+)万元", t)
    a, nom, paid = (dec(x) for x in m.groups())
    check(2 * a + nom == dec(items["县长质量奖奖励"][1]) and 2 * a == dec(paid) == dec(items["县长质量奖奖励"][2]),
          f"{src}: 质量奖")
    m = re.search(r"地理标志证明商标(\d+)件，按每件(\d+)万元兑现奖补(\d+\.\d+)万元", t)
    check(dec(m.group(1)) * dec(m.group(2)) == dec(m.group(3)) == dec(items["地理标志商标及品牌培育奖补"][2]), f"{src}: 品牌")
    std = items["标准化试点示范补助"]
    check(agrees(one(t, r"执行率为(\d+\.\d+)%", "标准化执行率"), pct(std[2], std[1])), f"{src}: 标准化执行率")
    check(dec(one(t, r"合同价(\d+\.\d+)万元", "设备")) == dec(items["检验检测设备购置"][2]), f"{src}: 设备")
    m = re.search(r"产品(\d+)批次，检出不合格(\d+)批次", t)
    qrate = one(t, r"抽查合格率(\d+\.\d+)%", "合格率")
    check(agrees(qrate, (dec(m.group(1)) - dec(m.group(2))) / dec(m.group(1)) * 100), f"{src}: 合格率")
    h = next(k for k, l in enumerate(lines) if "一级指标   二级指标" in l)
    rx = re.compile(r"^\s*(.*?)\s{2,}(\S+)\s{2,}(\S+)\s{2,}(\S+%|—)\s{2,}(\d+)\s{2,}(\d+(?:\.\d+)?)(?:\s{2,}(\S+))?\s*$")
    rows, ex, total = [], None, None
    for l in lines[h + 1:]:
        if l.strip().startswith("合计"):
            tok = l.split()
            check(tok[1] == "100", f"{src}: 合计 weight")
            total = tok[2]
            break
        m = rx.match(l)
        if not m:
            check(len(l.split()) <= 1, f"{src}: unparsed row {l!r}")
            continue
        name = re.split(r"\s+", m.group(1).strip())[-1]
        r = dict(name=name, target=m.group(2), actual=m.group(3), compl=m.group(4), weight=m.group(5), score=m.group(6))
        if name == "预算执行率":
            ex = r
        else:
            rows.append(r)
    check(agrees(ex["actual"].rstrip("%"), pct(spent, annual)) and ex["compl"] == ex["actual"], f"{src}: execution row")
    check(agrees(ex["score"], dec(ex["weight"]) * pct(spent, annual) / 100), f"{src}: execution score")
    check(len(rows) == 11, f"{src}: {len(rows)} rows")
    check(one(t, r"综合得分(\d+\.\d+)分", "总分") == total, f"{src}: text total vs table")
    g = one(t, r"等级为“(.)”", "等级")
    check_indicator_rows(src, rows, ex["weight"], ex["score"], total, g)
    act = {r["name"]: r["actual"] for r in rows}
    check(act["主导或参与制定标准"] == one(t, r"团体标准共(\d+)项", "标准") + "项", f"{src}: 标准")
    check(act["新增地理标志证明商标"] == "2件" and act["县长质量奖表彰企业数"] == "2家", f"{src}: 奖/商标")
    check(act["质量提升行动监督抽查产品"] == one(t, r"等产品(\d+)批次", "抽查") + "批次", f"{src}: 抽查")
    check(act["奖补资金兑付及时率"] == one(t, r"兑付及时率(\d+%)", "及时率"), f"{src}: 及时率")
    check(act["产品质量监督抽查合格率"] == qrate + "%", f"{src}: 合格率 table")
    check(act["质量奖及品牌企业产值增长率"] == one(t, r"产值增长率(\d+\.\d+%)，低于", "产值"), f"{src}: 产值")
    check(act["企业及群众满意度"] == one(t, r"满意度(\d+%)。", "满意度"), f"{src}: 满意度")
    check(act["检验检测设备购置成本"] == "16万元", f"{src}: 设备 table")


VERIFY = {
    "cangnan-foodsampling-2023": v_cangnan,
    "gaoyou-tezhongshebei-2021": v_gaoyou,
    "mile-jiliangjianding-2020": v_mile,
    "longxi-yaopinchoujian-2024": v_longxi,
    "shizhu-zhiliangqiangxian-2019": v_shizhu,
}

REQUIRED = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    check(sorted(os.listdir(CASES)) == sorted(texts), "case files and labels differ")
    codes = Counter()
    for rec in labels:
        src, case, text = rec["source"], rec["case"], texts[rec["case"]]
        if rec["clean"]:
            check(rec["expected"] == [], f"{case}: clean case with labels")
            check(3000 <= len(text) <= 5000, f"{case}: length {len(text)}")
            VERIFY[src](src, text)
            continue
        clean = texts[f"{src}-clean.txt"]
        check(len(rec["expected"]) == 1, f"{case}: {len(rec['expected'])} labels")
        (ca, cb), (ea, eb) = changed_region(clean, text)
        check(text != clean and (cb - ca) <= 400 and (eb - ea) <= 400, f"{case}: change region too large or empty")
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            check(exp["severity"] == "error", f"{case}: severity")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(occ, f"{case}: value not found {v!r}")
            check(any(o < max(eb, ea + 1) and ea < o + len(v) for o in occ),
                  f"{case}: value does not cover the changed place {v!r}")
            check(v not in clean or clean.count(v) < text.count(v), f"{case}: value also in clean draft {v!r}")
    for c in REQUIRED:
        check(codes[c] >= 2, f"code {c} used {codes[c]} times")
    check(sum(codes.values()) == 30, f"{sum(codes.values())} labelled errors")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} labelled errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in REQUIRED))
    print("OK")


if __name__ == "__main__":
    main()
