#!/usr/bin/env python3
"""Verify drafts269.

1. labels.jsonl: every case exists, clean cases expect nothing, every error case has one label
   whose value occurs in the case and overlaps the edited region; each of the 13 codes occurs twice.
2. Every error case differs from its clean draft in exactly one contiguous place.
3. Lengths: 3,000-9,000 characters.
4. The arithmetic of every clean draft is redone from the text: funds tables (rates, execution
   score, components), indicator tables (units, completion, row scores, weights, subtotals,
   totals), grade bands, and the prose identities of each draft (sums, balances, rates,
   averages, same figure in text and table, years). All must hold in the clean drafts, and
   every error case must break at least one of them.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

D = Decimal
problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- number helpers
def dec_places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """stated: the number as written (str, may end with %); tolerance from its decimals."""
    v = D(stated.strip().rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** -dec_places(stated) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grab(text, pat, group=1):
    m = re.search(pat, text)
    if not m:
        raise ValueError(f"pattern not found: {pat}")
    return m.group(group)


def num(text, pat, group=1):
    return D(grab(text, pat, group).rstrip("%"))


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- generic table checks
def funds_block(text):
    """MOF funds block: 年度资金总额 row and the component rows after it."""
    out = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.startswith("年度资金总额｜"):
            continue
        c = line.split("｜")
        budget, spent, w, rate, score = D(c[2]), D(c[3]), D(c[4]), c[5], c[6]
        r = spent / budget * 100
        out.append(("funds rate", close(r, rate)))
        ok = close(w * min(r, D(100)) / 100, score) or close(w * min(D(rate.rstrip("%")), D(100)) / 100, score)
        out.append(("funds score", ok))
        out.append(("funds rate <= 100%", D(rate.rstrip("%")) <= 100))
        comps = []
        for nxt in lines[i + 1:]:
            if not nxt.strip() or nxt.startswith("一级指标"):
                break
            cc = nxt.split("｜")
            comps.append(cc)
            out.append((f"component {cc[0]} has no rate/score", cc[4:7] == ["—", "—", "—"]))
        if comps:
            for col in (1, 2, 3):
                out.append((f"funds components column {col}",
                            sum(D(cc[col]) for cc in comps) == D(c[col])))
    return out


def source_table(text):
    """表1 资金来源及执行情况 (rows with a rate each, then 合计)."""
    out = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.startswith("资金来源｜年初预算数"):
            continue
        rows = []
        for nxt in lines[i + 1:]:
            c = nxt.split("｜")
            if c[0] == "合计":
                for col in (1, 2, 3):
                    out.append((f"source table column {col}", sum(D(r[col]) for r in rows) == D(c[col])))
                rows.append(c)
                break
            rows.append(c)
        for c in rows:
            b, s = D(c[2]), D(c[3])
            out.append((f"source rate {c[0]}", b > 0 and close(s / b * 100, c[4])))
    return out


def parse_value(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日前?", s)
    if m:
        return ("date", int(m.group(1)), None, None)
    m = re.fullmatch(r"(≥|≤|=)?(\d+(?:\.\d+)?)(.*)", s)
    if m:
        return ("num", m.group(1) or "=", D(m.group(2)), m.group(3))
    return ("text", None, None, s)


def indicator_table(text, year):
    out = []
    lines = text.split("\n")
    funds_w = D(0)
    funds_s = D(0)
    for line in lines:
        if line.startswith("年度资金总额｜"):
            c = line.split("｜")
            funds_w, funds_s = D(c[4]), D(c[6])
    for i, line in enumerate(lines):
        if not line.startswith("一级指标｜"):
            continue
        head = line.split("｜")
        it, ia = head.index("年度指标值"), head.index("实际完成值")
        ic = head.index("完成率") if "完成率" in head else None
        iw, isc = head.index("分值"), head.index("得分")
        levels = {}
        sum_w, sum_s = funds_w, funds_s
        for nxt in lines[i + 1:]:
            c = nxt.split("｜")
            name = c[0]
            if name in ("总分", "合计"):
                out.append(("weights total 100", sum_w == D(c[iw]) == 100))
                out.append(("scores total", sum_s == D(c[isc])))
                break
            if name.endswith("小计"):
                lv = name[:-2]
                out.append((f"subtotal weight {lv}", levels[lv][0] == D(c[iw])))
                out.append((f"subtotal score {lv}", levels[lv][1] == D(c[isc])))
                continue
            w, s = D(c[iw]), D(c[isc])
            lv = levels.setdefault(name, [D(0), D(0)])
            lv[0] += w
            lv[1] += s
            sum_w += w
            sum_s += s
            out.append((f"score <= weight: {c[2]}", D(0) <= s <= w))
            t, a = parse_value(c[it]), parse_value(c[ia])
            if t[0] == "date":
                out.append((f"target date year: {c[2]}", t[1] == year))
                if a[0] == "date":
                    out.append((f"actual date year: {c[2]}", a[1] == year))
                continue
            if t[0] != "num":
                continue
            out.append((f"actual numeric with target unit: {c[2]}", a[0] == "num" and a[3] == t[3]))
            if a[0] != "num":
                continue
            direction, T, A = t[1], t[2], a[2]
            if direction == "≤":
                comp = D(100) if A <= T else T / A * 100
            elif T == 0:
                comp = D(100) if A == 0 else D(0)
            else:
                comp = A / T * 100
            if t[3] == "%":
                out.append((f"percentage actual <= 100: {c[2]}", A <= 100))
            if ic is not None and c[ic] != "—":
                out.append((f"completion: {c[2]}", close(comp, c[ic])))
            expect = w * min(comp, D(100)) / 100
            ok = close(expect, c[isc])
            if ic is not None and c[ic] != "—":
                ok = ok or close(w * min(D(c[ic].rstrip("%")), D(100)) / 100, c[isc])
            out.append((f"score rule: {c[2]}", ok))
    return out


def grade_checks(text):
    out = []
    m = re.search(r"得分([\d.]+)分，评价等级为“?(优秀|良好|中等|较差|优|良|中|差)", text)
    out.append(("grade stated", m is not None))
    if m:
        total = D(m.group(1))
        out.append(("grade band", m.group(2)[0] == grade_of(total)))
        for line in text.split("\n"):
            c = line.split("｜")
            if c[0] in ("总分", "合计") and "100" in c:
                out.append(("text total = table total", D([x for x in c if x][-1]) == total))
    return out


# ---------------------------------------------------------------- draft-specific checks
def cell(text, label, k):
    """k-th cell (0-based) of the table row whose third cell is label."""
    for line in text.split("\n"):
        c = line.split("｜")
        if len(c) > 3 and c[2] == label:
            return c[k]
    raise ValueError(f"row {label} not found")


def zj(t):
    n = lambda p: num(t, p)
    ch = []
    budget = n(r"全年预算调整为([\d.]+)万元")
    spent = n(r"全年实际支出([\d.]+)万元")
    ch.append(("budget = 年初 + 追加 + 结转",
               n(r"项目年初预算([\d.]+)万元") + n(r"数据更新经费([\d.]+)万元") + n(r"检测尾款([\d.]+)万元") == budget))
    ch.append(("use breakdown = 全年预算",
               n(r"常规定期检测费([\d.]+)万元") + n(r"水下构件检测费([\d.]+)万元")
               + n(r"桥梁管理系统数据更新费([\d.]+)万元") + n(r"专家评审及报告复核费([\d.]+)万元") == budget))
    unpaid = n(r"年末未支付资金([\d.]+)万元")
    ch.append(("unpaid = budget - spent", budget - spent == unpaid))
    ch.append(("unpaid = 节余 + 复核费", n(r"节余([\d.]+)万元") + n(r"报告复核费([\d.]+)万元因") == unpaid))
    ch.append(("节余 = 常规预算 - 常规支出",
               n(r"常规定期检测费([\d.]+)万元") - n(r"常规定期检测实际支出([\d.]+)万元") == n(r"节余([\d.]+)万元")))
    ch.append(("carry-over into the next year", grab(t, r"结转至(\d{4})年") == "2023"))
    row = [l.split("｜") for l in t.split("\n") if l.startswith("年度资金总额｜")][0]
    ch.append(("table budget = text", D(row[2]) == budget and D(row[3]) == spent))
    bridges = n(r"全年实际检测桥梁(\d+)座")
    ch.append(("bridges 18+64+170", n(r"大桥(\d+)座") + n(r"中桥(\d+)座") + n(r"小桥(\d+)座") == bridges))
    ch.append(("bridges 246 + 6", n(r"检测计划的桥梁(\d+)座") + n(r"新增纳入管养的桥梁(\d+)座") == bridges))
    ch.append(("completion 252/246", close(bridges / n(r"检测计划的桥梁(\d+)座") * 100, grab(t, r"完成年度目标值的([\d.]+%)"))))
    ch.append(("per-bridge cost 元", n(r"常规定期检测实际支出([\d.]+)万元") * 10000 / bridges == n(r"平均每座检测费用(\d+)元")))
    ch.append(("per-bridge cost table 万元/座", D(cell(t, "单座桥梁常规检测费用", 4).replace("万元/座", "")) * 10000
               == n(r"平均每座检测费用(\d+)元")))
    ch.append(("报告通过率 15/16", close(D(15) / 16 * 100, grab(t, r"一次性通过评审率([\d.]+%)，"))))
    ch.append(("纳入比例 17/20", close(D(17) / 20 * 100, grab(t, r"纳入比例([\d.]+%)"))))
    ch.append(("table bridges = text", cell(t, "定期检测桥梁数量", 4) == f"{bridges}座"))
    ch.append(("table satisfaction = text", cell(t, "沿线群众及养护单位满意度", 4) == grab(t, r"满意度为(\d+%)")))
    ch.append(("table pass rate = text", cell(t, "检测报告一次性通过评审率", 4) == grab(t, r"一次性通过评审率([\d.]+%)，")))
    return ch


def yn(t):
    n = lambda p: num(t, p)
    ch = []
    c, p, x = n(r"中央车购税补助资金([\d.]+)万元（"), n(r"省级补助资金([\d.]+)万元"), n(r"县级配套资金([\d.]+)万元。")
    start, add, budget = n(r"年初预算([\d.]+)万元"), n(r"追加县级配套资金([\d.]+)万元"), n(r"全年预算调整为([\d.]+)万元")
    ch.append(("年初 = 中央 + 省 + 县", c + p + x == start))
    ch.append(("全年 = 年初 + 追加", start + add == budget))
    arrived = n(r"到位资金([\d.]+)万元")
    ch.append(("到位率", close(arrived / budget * 100, grab(t, r"到位率(\d+%)"))))
    spent = n(r"全年实际支出([\d.]+)万元")
    ch.append(("执行率", close(spent / budget * 100, grab(t, r"预算执行率([\d.]+%)"))))
    ch.append(("执行率 score", close(spent / budget * 10, grab(t, r"按执行率计分，得([\d.]+)分"))))
    ch.append(("prose budget restated", n(r"全年预算([\d.]+)万元，实际执行") == budget and n(r"实际执行([\d.]+)万元") == spent))
    ch.append(("中央 + 省 fully paid", n(r"中央和省级资金([\d.]+)万元") == c + p))
    county_b, county_s = n(r"县级配套资金([\d.]+)万元，支出"), n(r"支出([\d.]+)万元，支付率")
    ch.append(("县级 = 130 + 45", county_b == x + add))
    ch.append(("spent = 730 + 121.60", c + p + county_s == spent))
    ch.append(("县级支付率", close(county_s / county_b * 100, grab(t, r"支付率([\d.]+%)"))))
    ch.append(("结转 = budget - spent", budget - spent == n(r"年末结转([\d.]+)万元")))
    ch.append(("carry-over year", grab(t, r"结转至(\d{4})年") == "2021"))
    ch.append(("advance issue in the December before", grab(t, r"（(\d{4})年12月提前下达）") == "2019"))
    ch.append(("到位 date in evaluation year", grab(t, r"截至(\d{4})年12月31日") == "2020"))
    ratio = grab(t, r"支付比例([\d.]+%)")
    ch.append(("监理支付比例", close(n(r"当年已支付([\d.]+)万元") / n(r"监理服务合同金额([\d.]+)万元") * 100, ratio)))
    ch.append(("监理支付比例 <= 100%", D(ratio.rstrip("%")) <= 100))
    nb = n(r"列入改造计划的危桥共(\d+)座")
    for avg in re.findall(r"平均每座完成投资([\d.]+)万元|实际([\d.]+)万元，分值", t):
        a = avg[0] or avg[1]
        ch.append(("average cost per bridge", close(spent / nb, a)))
    towns = [D(v) for v in re.findall(r"(?:洛泽河镇|龙街乡|奎香乡|钟鸣镇|牛街镇)(\d)座", grab(t, r"危桥共\d+座，其中([^。]+)合计"))]
    ch.append(("bridges by town", sum(towns) == nb))
    ch.append(("延米", sum(D(v) for v in re.findall(r"（(\d+)延米）", t)) == n(r"合计(\d+)延米")))
    ch.append(("按期完工率 7/8", close(D(7) / nb * 100, grab(t, r"按期完工率([\d.]+%)"))))
    ch.append(("受益群众完成率", close(n(r"实际([\d.]+)万人") / n(r"≥([\d.]+)万人") * 100, grab(t, r"完成([\d.]+%)"))))
    ch.append(("受益群众 same figure", n(r"实际([\d.]+)万人") == n(r"沿线([\d.]+)万群众")))
    sats = [D(v) for v in re.findall(r"(\d+)%", grab(t, r"满意度分别为([^，]+)"))]
    ch.append(("average satisfaction", close(sum(sats) / len(sats), grab(t, r"平均满意度为(\d+)%"))))
    pairs = [(D(a), D(b)) for a, b in re.findall(r"分值(\d+)分，得([\d.]+)分", t)]
    ch.append(("prose score <= weight", all(s <= w for w, s in pairs)))
    ch.append(("prose weights 10 + 90 = 100", 10 + sum(w for w, _ in pairs) == 100))
    ch.append(("产出 weights 50", sum(w for w, _ in pairs[:4]) == 50))
    ch.append(("产出 subtotal", sum(s for _, s in pairs[:4]) == n(r"产出指标合计得([\d.]+)分")))
    ch.append(("效益 subtotal", sum(s for _, s in pairs[4:7]) == n(r"效益指标合计得([\d.]+)分")))
    total = n(r"自评得分([\d.]+)分")
    ch.append(("total", n(r"按执行率计分，得([\d.]+)分") + sum(s for _, s in pairs) == total))
    wt, sc = re.search(r"按期完工率[\d.]+%，分值(\d+)分，得([\d.]+)分", t).groups()
    ch.append(("按期完工率 score", close(D(wt) * D(7) / nb * 100 / 95, sc)))
    return ch


def cq(t):
    n = lambda p: num(t, p)
    ch = []
    budget = n(r"全年预算调整为([\d.]+)万元")
    ch.append(("budget = 286 + 16.40 + 10", n(r"项目年初预算([\d.]+)万元") + n(r"机电维护费([\d.]+)万元") + n(r"核增预算([\d.]+)万元") == budget))
    ch.append(("budget breakdown", n(r"按电费([\d.]+)万元") + n(r"外委维护费([\d.]+)万元、备品") + n(r"备品备件购置费([\d.]+)万元安排") == budget))
    spent = n(r"全年实际支出([\d.]+)万元")
    elec = n(r"其中电费([\d.]+)万元")
    ch.append(("spending breakdown", elec + n(r"外委维护费([\d.]+)万元、备品备件购置费[\d.]+万元。") + n(r"备品备件购置费([\d.]+)万元。") == spent))
    ch.append(("未使用 = budget - spent", budget - spent == n(r"全年未使用资金([\d.]+)万元")))
    ch.append(("carry-over year", grab(t, r"结转至(\d{4})年") == "2024"))
    ch.append(("外委支付率", close(n(r"全年已支付([\d.]+)万元") / n(r"外委维护合同金额([\d.]+)万元") * 100, grab(t, r"支付率([\d.]+%)"))))
    ch.append(("外委 paid = 外委 spent", n(r"全年已支付([\d.]+)万元") == n(r"外委维护费([\d.]+)万元、备品备件购置费[\d.]+万元。")))
    tunnels = n(r"共有公路隧道(\d+)座")
    ch.append(("tunnels 2+3+4", n(r"长隧道(\d+)座") + n(r"中隧道(\d+)座") + n(r"短隧道(\d+)座") == tunnels))
    ch.append(("average electricity per tunnel", close(elec / tunnels, grab(t, r"平均每座隧道全年电费([\d.]+)万元"))))
    q = [D(v) for v in re.findall(r"([\d.]+)%", grab(t, r"四个季度分别为([^，]+)"))]
    ch.append(("quarterly average", close(sum(q) / len(q), grab(t, r"全年平均([\d.]+)%"))))
    ch.append(("table 完好率 = text", cell(t, "机电设施完好率", 4) == grab(t, r"全年平均([\d.]+%)")))
    ch.append(("table 在线率 = text", cell(t, "监控系统在线率", 4) == grab(t, r"在线率([\d.]+%)，")))
    ch.append(("table LED = text", cell(t, "更换LED照明灯具", 4) == grab(t, r"更换LED照明灯具(\d+盏)")))
    ch.append(("table response = text", cell(t, "故障响应时间", 4) == grab(t, r"平均故障响应时间([\d.]+小时)")))
    ch.append(("table interruption = text", cell(t, "隧道通行中断时长", 4) == grab(t, r"累计通行中断(\d+小时)")))
    ch.append(("table satisfaction = text", cell(t, "过往驾乘人员满意度", 4) == grab(t, r"过往驾乘人员满意度(\d+%)")))
    ch.append(("table cost cap = budget", cell(t, "维护费用控制", 3) == f"≤{budget}万元"))
    ch.append(("table cost actual = spent", cell(t, "维护费用控制", 4) == f"{spent}万元"))
    return ch


def jl(t):
    n = lambda p: num(t, p)
    ch = []
    total_row = [l.split("｜") for l in t.split("\n") if l.startswith("合计｜420") or l.startswith("合计｜4")][0]
    budget, spent = D(total_row[2]), D(total_row[3])
    ch.append(("text 年初 = table", n(r"项目年初预算([\d.]+)万元") == D(total_row[1])))
    ch.append(("text 全年 = table", n(r"全年预算调整为([\d.]+)万元") == budget))
    ch.append(("cumulative spending = table", n(r"项目累计支出([\d.]+)万元") == spent))
    ch.append(("spending date in evaluation year", grab(t, r"截至(\d{4})年12月31日，项目累计支出") == "2021"))
    ch.append(("结转 = budget - spent", budget - spent == n(r"年末结转资金([\d.]+)万元")))
    ch.append(("结转 paid in the following year", grab(t, r"结转资金将在(\d{4})年") == "2022"))
    fr = [l.split("｜") for l in t.split("\n") if l.startswith("年度资金总额｜")][0]
    ch.append(("自评表 funds = 表1", D(fr[1]) == D(total_row[1]) and D(fr[2]) == budget and D(fr[3]) == spent and fr[5] == total_row[4]))
    km = n(r"全年实施安防工程([\d.]+)公里")
    ch.append(("里程 completion", close(km / n(r"安防工程里程不少于(\d+)公里") * 100, grab(t, r"完成年度目标的([\d.]+%)"))))
    rail = n(r"新增波形梁钢护栏([\d.]+)公里，")
    ch.append(("护栏 completion", close(rail / n(r"护栏不少于(\d+)公里") * 100, grab(t, r"完成目标的([\d.]+%)"))))
    ch.append(("cost per km", close(spent / km, grab(t, r"每公里平均造价([\d.]+)万元，"))))
    a20, a21 = n(r"2020年发生交通事故(\d+)起"), n(r"2021年发生(\d+)起")
    ch.append(("accident decline", close((a20 - a21) / a20 * 100, grab(t, r"同比下降([\d.]+%)，路侧"))))
    ch.append(("table 里程 = text", cell(t, "实施安防工程里程", 4) == f"{km}公里"))
    ch.append(("table 护栏 = text", cell(t, "新增波形梁钢护栏", 4) == f"{rail}公里"))
    ch.append(("table cost = text", cell(t, "每公里平均造价", 4) == grab(t, r"每公里平均造价([\d.]+万元)，")))
    ch.append(("table accidents = text", cell(t, "实施路段交通事故起数同比下降", 4) == grab(t, r"同比下降([\d.]+%)，路侧")))
    ch.append(("table satisfaction = text", cell(t, "沿线群众满意度", 4) == grab(t, r"沿线群众满意度(\d+%)")))
    return ch


def sn(t):
    n = lambda p: num(t, p)
    ch = []
    start, budget = n(r"年初预算([\d.]+)万元"), n(r"全年预算([\d.]+)万元，全部")
    ch.append(("全年 = 年初 + 追加 + 调增", start + n(r"水毁修复资金([\d.]+)万元、") + n(r"调增人员经费([\d.]+)万元") == budget))
    spent = n(r"全年支出([\d.]+)万元")
    ch.append(("结转 = budget - spent", budget - spent == n(r"年末结转([\d.]+)万元")))
    ch.append(("carry-over year", grab(t, r"已结转至(\d{4})年") == "2025"))
    basic = n(r"全年基本支出([\d.]+)万元")
    staff, pub = n(r"人员经费([\d.]+)万元，公用"), n(r"公用经费([\d.]+)万元，")
    ch.append(("basic = 人员 + 公用", staff + pub == basic))
    ch.append(("人均公用经费", close(pub / n(r"实有在职人员(\d+)名"), grab(t, r"人均公用经费([\d.]+)万元"))))
    ch.append(("三公 = 5.40 + 0.72", n(r"公务用车运行维护费([\d.]+)万元") + n(r"公务接待费([\d.]+)万元") == n(r"实际支出([\d.]+)万元，其中公务用车")))
    ch.append(("三公 table = text", cell(t, "“三公”经费支出", 4) == grab(t, r"实际支出([\d.]+万元)，其中公务用车")
               and cell(t, "“三公”经费支出", 3) == "≤" + grab(t, r"“三公”经费预算([\d.]+万元)")))
    pb = n(r"项目支出全年预算([\d.]+)万元")
    ch.append(("project budgets", n(r"其中农村公路桥梁加固([\d.]+)万元") + n(r"日常养护([\d.]+)万元、水毁修复[\d.]+万元。全年")
               + n(r"水毁修复([\d.]+)万元。全年") == pb))
    ps = n(r"全年项目支出([\d.]+)万元")
    bridge_s = n(r"其中桥梁加固([\d.]+)万元")
    ch.append(("project spending", bridge_s + n(r"、日常养护([\d.]+)万元、水毁修复[\d.]+万元。\n") + n(r"水毁修复([\d.]+)万元。\n") == ps))
    ch.append(("spent = basic + project", basic + ps == spent))
    row = {l.split("｜")[0].replace("其中：", ""): l.split("｜") for l in t.split("\n")
           if l.startswith(("年度资金总额｜", "其中：基本支出｜", "项目支出｜"))}
    ch.append(("table totals = text", D(row["年度资金总额"][1]) == start and D(row["年度资金总额"][2]) == budget
               and D(row["年度资金总额"][3]) == spent))
    ch.append(("table basic/project = text", D(row["基本支出"][3]) == basic and D(row["项目支出"][2]) == pb and D(row["项目支出"][3]) == ps))
    nb = n(r"完成农村公路桥梁加固(\d+)座")
    ch.append(("average per bridge", close(bridge_s / nb, grab(t, r"平均每座加固费用([\d.]+)万元"))))
    ch.append(("二类及以上比例", close(n(r"(\d+)座桥梁技术状况达到二类") / nb * 100, grab(t, r"占([\d.]+%)"))))
    ch.append(("table 二类比例 = text", cell(t, "加固桥梁技术状况二类及以上比例", 4) == grab(t, r"占([\d.]+%)")))
    good = grab(t, r"优良中等路率([\d.]+%)，")
    ch.append(("路率 completion", close(D(good.rstrip("%")) / D(cell(t, "优良中等路率", 3).lstrip("≥").rstrip("%")) * 100,
                                       grab(t, r"完成年度指标的([\d.]+%)"))))
    ch.append(("table 路率 = text", cell(t, "优良中等路率", 4) == good))
    st = [D(v) for v in re.findall(r"(?:城关|民主|佐龙)养护站(\d+)分", t)]
    ch.append(("station average", close(sum(st) / len(st), grab(t, r"平均(\d+)分"))))
    ch.append(("table 里程 = text", cell(t, "农村公路列养里程", 4) == grab(t, r"全县列养农村公路(\d+公里)")))
    ch.append(("table 抢通 = text", cell(t, "水毁路段平均抢通时间", 4) == grab(t, r"平均抢通时间(\d+小时)")))
    ch.append(("table satisfaction = text", cell(t, "沿线群众满意度", 4) == grab(t, r"综合满意度为([\d.]+%)")))
    return ch


SPECIFIC = {
    "zj-songyang-qiaojian-2022": (2022, zj),
    "yn-yiliang-weiqiao-2020": (2020, yn),
    "cq-xiushan-suidaojidian-2023": (2023, cq),
    "jl-yitong-anfang-2021": (2021, jl),
    "sn-langao-gonglu-bumen-2024": (2024, sn),
}


def all_checks(src, text):
    year, fn = SPECIFIC[src]
    results = []
    for name, f in [("funds", funds_block), ("source", source_table),
                    ("indicators", lambda t: indicator_table(t, year)), ("grade", grade_checks), ("specific", fn)]:
        try:
            results.extend(f(text))
        except Exception as exc:  # a check that cannot be read counts as failed
            results.append((f"{name}: cannot read ({exc})", False))
    return results


# ---------------------------------------------------------------- main
def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = {r["case"] for r in labels}
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if names != on_disk:
        fail(f"labels and case files differ: {sorted(names ^ on_disk)}")
    texts = {}
    for name in sorted(on_disk):
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            texts[name] = fh.read()
        if not 3000 <= len(texts[name]) <= 9000:
            fail(f"{name}: length {len(texts[name])} outside 3000-9000")

    codes = Counter()
    sources = sorted({r["source"] for r in labels})
    if len(sources) != 5:
        fail(f"expected 5 sources, got {len(sources)}")
    for rec in labels:
        name, text = rec["case"], texts.get(rec["case"], "")
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{name}: clean case with expected findings")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{name}: expected exactly one label")
        clean = texts[f"{rec['source']}-clean.txt"]
        # one contiguous difference
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        region = (p, len(text) - s)
        if clean == text:
            fail(f"{name}: identical to its clean draft")
        elif len(clean) - s - p > 150 or region[1] - region[0] > 150:
            fail(f"{name}: the change is not one small place ({clean[p:len(clean) - s]!r} -> {text[p:len(text) - s]!r})")
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            if exp["code"] not in CODES or exp["severity"] != "error":
                fail(f"{name}: bad code/severity {exp}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{name}: value {v!r} not in the case")
            elif not any(o < max(region[1], region[0] + 1) and region[0] < o + len(v) for o in occ):
                fail(f"{name}: value {v!r} does not cover the changed place")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")

    # arithmetic
    for src in sources:
        clean = texts[f"{src}-clean.txt"]
        res = all_checks(src, clean)
        bad = [n for n, ok in res if not ok]
        if bad:
            fail(f"{src}-clean: arithmetic fails: {bad}")
        if len(res) < 25:
            fail(f"{src}-clean: only {len(res)} checks ran")
        for rec in labels:
            if rec["source"] == src and not rec["clean"]:
                broken = [n for n, ok in all_checks(src, texts[rec["case"]]) if not ok]
                if not broken:
                    fail(f"{rec['case']}: the injected error breaks no check")
                elif "-v" in sys.argv:
                    print(f"{rec['case']:40s} {rec['expected'][0]['code']:22s} breaks: {broken}")
        if "-v" in sys.argv:
            print(f"{src}-clean: {len(res)} checks hold")

    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
