#!/usr/bin/env python3
"""Verify set n183.

1. labels.jsonl covers every case file; every label value occurs in its case; clean cases have no labels.
2. every error case differs from its clean draft in one place (one contiguous changed region, at most
   two adjacent lines), and the label value overlaps that region.
3. the arithmetic of every clean draft is redone from the text: funds sums, rates, balances, weights,
   scores, completion rates, averages, grades and repeated figures (tolerance rules.md §8).
4. set-level requirements: 5 sources, 6 errors each, each of the 13 codes at least twice, clean drafts
   3,000–9,000 characters.
Prints OK at the end, or exits non-zero with the list of failures.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


def fail(msg):
    FAIL.append(msg)


def D(x):
    return Decimal(str(x).replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed, where):
    """stated: the string as printed; computed: Decimal. Tolerance 0.5 × 10^-d."""
    try:
        d = decimals(stated)
        tol = Decimal(5) / (Decimal(10) ** (d + 1)) + Decimal("1e-9")
        bad = abs(D(stated) - Decimal(computed)) > tol
    except Exception:
        fail(f"{where}: unreadable {stated!r}")
        return
    if bad:
        fail(f"{where}: stated {stated}, computed {Decimal(computed):.4f}")


def eq(a, b, where):
    try:
        same = D(a) == D(b)
    except Exception:
        same = False
    if not same:
        fail(f"{where}: {a} != {b}")


def one(text, pattern, where, group=1):
    """The figure captured by pattern; every match must give the same string."""
    ms = re.findall(pattern, text)
    if not ms:
        fail(f"{where}: pattern not found: {pattern}")
        return "0"
    vals = {m if isinstance(m, str) else m[group - 1] for m in ms}
    if len(vals) != 1:
        fail(f"{where}: pattern {pattern} gives different values {vals}")
    return sorted(vals)[0]


def pct(a, b):
    return D(a) / D(b) * 100


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- tables
def table(text, header_start, stop=None):
    """Rows (lists of cells) of the ｜ table whose header line starts with header_start."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(header_start) and "｜" in line:
            rows = [line.split("｜")]
            for nxt in lines[i + 1:]:
                if "｜" not in nxt:
                    break
                if stop and nxt.startswith(stop):
                    rows.append(nxt.split("｜"))
                    break
                rows.append(nxt.split("｜"))
            return rows
    fail(f"table {header_start!r} not found")
    return [[]]


NUM = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)")


def parse_value(cell):
    """(direction, number string, unit) of a target/actual cell."""
    cell = cell.strip()
    direction = "eq"
    if cell.startswith(("≥", "＞", ">")):
        direction = "gte"
    elif cell.startswith(("≤", "＜", "<")):
        direction = "lte"
    m = NUM.search(cell)
    if not m:
        return direction, None, cell
    unit = cell[m.end():].strip()
    return direction, m.group(1).replace(",", ""), unit


def check_indicator_rows(rows, cols, where, exec_weight=None, exec_score=None):
    """rows: data rows; cols: dict name -> column index (target, actual, weight, score, completion?, name).
    Returns (sum of weights, sum of scores, per-level weights)."""
    w_sum = Decimal(0)
    s_sum = Decimal(0)
    level_w = Counter()
    level = None
    for r in rows:
        if r[0].strip():
            level = r[0].strip()
        name = r[cols["name"]]
        w = D(r[cols["weight"]])
        s = D(r[cols["score"]])
        w_sum += w
        s_sum += s
        level_w[level] += w
        if s > w or s < 0:
            fail(f"{where} {name}: score {s} outside [0, {w}]")
        td, tv, tu = parse_value(r[cols["target"]])
        ad, av, au = parse_value(r[cols["actual"]])
        if tv is None or av is None:
            fail(f"{where} {name}: unreadable target/actual")
            continue
        if tu != au:
            fail(f"{where} {name}: unit {tu!r} vs {au!r}")
        T, A = D(tv), D(av)
        if td == "lte":
            comp = Decimal(100) if A <= T else T / A * 100
            exp_score = w if A <= T else w * T / A
        elif td == "eq" and T == 0:
            comp = Decimal(100) if A == 0 else Decimal(0)
            exp_score = w if A == 0 else Decimal(0)
        else:
            comp = A / T * 100
            exp_score = w if A >= T else w * A / T
        if "completion" in cols:
            ok(r[cols["completion"]].rstrip("%"), comp, f"{where} {name} 完成率")
        # score rule (gte/lte proportional); accept the score from the rounded completion too
        stated = r[cols["score"]]
        alt = w * D(r[cols["completion"]].rstrip("%")) / 100 if "completion" in cols else exp_score
        alt = min(alt, w)
        d = decimals(stated)
        tol = Decimal(5) / (Decimal(10) ** (d + 1)) + Decimal("1e-9")
        if abs(D(stated) - exp_score) > tol and abs(D(stated) - alt) > tol:
            fail(f"{where} {name}: score {stated}, rule gives {exp_score:.4f}")
    return w_sum, s_sum, level_w


# ---------------------------------------------------------------- per draft
def check_hejin(t):
    w = "hejin"
    # funds table with 行次
    rows = table(t, "项目｜行次")
    byname = {r[0]: r for r in rows[1:]}
    cols = range(2, 10)  # 年度总金额, 小计, 中央, 省, 市, 县, 上年结转, 其他
    def v(row, c):
        x = byname[row][c].strip()
        return D(x) if x else Decimal(0)
    for row in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]:
        ok(byname[row][3], v(row, 4) + v(row, 5) + v(row, 6) + v(row, 7), f"{w} {row} 小计")
        ok(byname[row][2], v(row, 3) + v(row, 8) + v(row, 9), f"{w} {row} 总金额")
    for c in cols:
        if byname["资金结余"][c].strip():
            ok(byname["资金结余"][c], v("实际到位资金", c) - v("全年执行资金", c), f"{w} 结余 col{c}")
        base = v("全年预算资金", c)
        for row, num in [("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")]:
            cell = byname[row][c].strip()
            if base == 0:
                if cell not in ("", "0"):
                    fail(f"{w} {row} col{c}: rate on zero base")
            else:
                ok(cell, pct(v(num, c), base), f"{w} {row} col{c}")
    # prose funds
    y0 = one(t, r"年初预算(\d+\.\d+)万元", w)
    prov = one(t, r"省级特种设备安全专项补助(\d+\.\d+)万元", w)
    cty = one(t, r"县区级财政安排(\d+\.\d+)万元", w)
    add = one(t, r"省级追加补助(\d+\.\d+)万元", w)
    annual = one(t, r"全年预算调整为(\d+\.\d+)万元", w)
    spent = one(t, r"全年执行(\d+\.\d+)万元", w)
    rate = one(t, r"预算执行率(\d+\.\d+)%", w)
    bal = one(t, r"年末结余(\d+\.\d+)万元", w)
    ok(y0, D(prov) + D(cty), f"{w} 年初 = 省 + 县")
    ok(annual, D(y0) + D(add), f"{w} 全年 = 年初 + 追加")
    eq(y0, byname["年初预算资金"][2], f"{w} 年初 text/table")
    eq(annual, byname["全年预算资金"][2], f"{w} 全年 text/table")
    eq(spent, byname["全年执行资金"][2], f"{w} 执行 text/table")
    eq(bal, byname["资金结余"][2], f"{w} 结余 text/table")
    ok(rate, pct(spent, annual), f"{w} 执行率")
    ok(bal, D(annual) - D(spent), f"{w} 结余")
    eq(one(t, r"全年预算(\d+\.\d+)万元，执行", w), annual, f"{w} 全年 restated")
    eq(one(t, r"执行率(\d+\.\d+)%，按权重", w), rate, f"{w} rate restated")
    ok(one(t, r"按权重10分计得(\d+\.\d+)分", w), D(10) * D(spent) / D(annual), f"{w} 执行得分")
    eq(one(t, r"县级资金结余(\d+\.\d+)万元", w), bal, f"{w} 结余 in table note")
    if "结转至2023年" not in t or "2022年7月" not in t or "2021年12月提前下达" not in t:
        fail(f"{w}: year statements changed")
    # prose outputs
    ok("45", D(326) - D(281), f"{w} 326-281")
    ok("15", D(625) - D(610), f"{w} 625-610")
    ok(one(t, r"整改率(\d+\.\d+)%", w), pct(610, 625), f"{w} 整改率")
    batches = [D(x) for x in one(t, r"分别为([\d、]+)人次", w).split("、")]
    ok(one(t, r"共(\d+)人次，平均", w), sum(batches), f"{w} 考核合计")
    ok(one(t, r"平均每批次(\d+)人次", w), sum(batches) / len(batches), f"{w} 平均每批次")
    ok(one(t, r"完成年度目标的(\d+\.\d+)%", w), pct(sum(batches), 600), f"{w} 考核完成率")
    ok(one(t, r"单台成本(\d+)元", w), D("18.60") * 10000 / 500, f"{w} 单台成本")
    ok(one(t, r"覆盖率(\d+\.\d+)%", w), pct(1748, 1870), f"{w} 平台覆盖率")
    ok(one(t, r"满意度(\d+\.\d+)%。", w), pct(264, 286), f"{w} 满意度")
    # indicator table
    rows = table(t, "一级指标｜二级指标｜目标指标", stop="总分")
    data, total = rows[1:-1], rows[-1]
    cols = {"name": 2, "weight": 3, "target": 4, "actual": 5, "completion": 6, "score": 7}
    ws, ss, lw = check_indicator_rows(data, cols, w)
    eq(ws, 100, f"{w} Σ权重")
    eq(total[3], 100, f"{w} 总分 权重")
    ok(total[7], ss, f"{w} Σ得分")
    for lvl, target in [("预算执行指标", 10), ("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)]:
        eq(lw[lvl], target, f"{w} level {lvl}")
    ok(data[0][7], D(10) * D(spent) / D(annual), f"{w} 执行得分 table")
    eq(data[0][5].rstrip("%"), rate, f"{w} rate in table")
    tot = one(t, r"总得分(\d+\.\d+)分", w)
    eq(tot, total[7], f"{w} total text/table")
    if grade(tot) != "优" or "属于“优秀”" not in t or "评价等级：优" not in t:
        fail(f"{w}: grade")


def check_binyang(t):
    w = "binyang"
    rows = table(t, "项目资金（万元）")
    fb = {r[0]: r for r in rows[1:]}
    for c in (1, 2, 3):
        ok(fb["年度资金总额"][c], D(fb["当年财政拨款"][c]) + D(fb["上年结转资金"][c]) + D(fb["其他资金"][c]),
           f"{w} funds col{c}")
    for row in ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"]:
        base, spent_ = D(fb[row][2]), D(fb[row][3])
        cell = fb[row][5]
        if base == 0:
            if cell != "—":
                fail(f"{w} {row}: rate on zero base")
        else:
            ok(cell.rstrip("%"), pct(spent_, base), f"{w} {row} 执行率")
    ok(fb["年度资金总额"][6], D(10) * D(fb["年度资金总额"][3]) / D(fb["年度资金总额"][2]), f"{w} 执行得分")
    # prose funds
    y0 = one(t, r"年初预算(\d+\.\d+)万元", w)
    central = one(t, r"中央食品监管补助资金(\d+\.\d+)万元", w)
    county = one(t, r"县本级财政安排(\d+\.\d+)万元", w)
    add = one(t, r"追加校园食品安全专项抽检经费(\d+\.\d+)万元", w)
    carry = one(t, r"2022年结转资金(\d+\.\d+)万元", w)
    annual = one(t, r"全年预算(\d+\.\d+)万元", w)
    spent = one(t, r"全年执行(\d+\.\d+)万元", w)
    rate = one(t, r"预算执行率(\d+\.\d+)%", w)
    bal = one(t, r"结余(\d+\.\d+)万元", w)
    ok(y0, D(central) + D(county), f"{w} 年初 parts")
    ok(fb["当年财政拨款"][2], D(y0) + D(add), f"{w} 当年财政拨款 全年")
    ok(annual, D(y0) + D(add) + D(carry), f"{w} 全年")
    eq(y0, fb["年度资金总额"][1], f"{w} 年初 text/table")
    eq(annual, fb["年度资金总额"][2], f"{w} 全年 text/table")
    eq(spent, fb["年度资金总额"][3], f"{w} 执行 text/table")
    eq(carry, fb["上年结转资金"][2], f"{w} 结转 text/table")
    ok(rate, pct(spent, annual), f"{w} 执行率")
    ok(bal, D(annual) - D(spent), f"{w} 结余")
    eq(one(t, r"年末仍有(\d+\.\d+)万元未使用", w), bal, f"{w} 结余 restated")
    parts = [one(t, p, w) for p in (r"委托检验费(\d+\.\d+)万元", r"快检试剂及耗材(\d+\.\d+)万元",
                                     r"抽样及样品购置费(\d+\.\d+)万元", r"宣传及信息公开费(\d+\.\d+)万元")]
    ok(spent, sum(D(p) for p in parts), f"{w} 支出构成")
    total_batches = one(t, r"全年完成食品安全监督抽检(\d+)批次", w)
    quarters = [D(x) for x in one(t, r"一至四季度分别完成([\d、]+)批次", w).split("、")]
    ok(total_batches, sum(quarters), f"{w} 季度合计")
    ok(one(t, r"季度平均(\d+)批次", w), sum(quarters) / 4, f"{w} 季度平均")
    eq(one(t, r"全年抽检(\d+)批次", w), total_batches, f"{w} 抽检 restated")
    ok(one(t, r"平均每批次检验费用(\d+)元", w), D(parts[0]) * 10000 / D(total_batches), f"{w} 单批次费用")
    quick = one(t, r"快检(\d+)批次，其中", w)
    ok(quick, sum(D(x) for x in re.findall(r"(?:农贸市场|超市|学校食堂)(\d+)批次", t)), f"{w} 快检合计")
    bad = one(t, r"不合格样品(\d+)批次", w)
    ok(bad, D(11) + D(6) + D(5) + D(5), f"{w} 不合格构成")
    ok(bad, D(12) + D(15), f"{w} 不合格处置")
    good = one(t, r"监督抽检合格(\d+)批次", w)
    ok(total_batches, D(good) + D(bad), f"{w} 合格+不合格")
    ok(one(t, r"总体合格率(\d+\.\d+)%", w), pct(good, total_batches), f"{w} 合格率")
    # indicator table
    rows = table(t, "一级指标｜二级指标｜三级指标", stop="总分")
    data, total = rows[1:-1], rows[-1]
    cols = {"name": 2, "target": 3, "actual": 4, "weight": 5, "score": 6}
    ws, ss, lw = check_indicator_rows(data, cols, w)
    eq(ws + 10, 100, f"{w} Σ权重 incl. execution")
    eq(total[5], 100, f"{w} 总分 权重")
    exec_score = D(fb["年度资金总额"][6])
    ok(total[6], ss + exec_score, f"{w} Σ得分")
    eq(lw["产出指标"], 50, f"{w} 产出")
    eq(lw["效益指标"], 30, f"{w} 效益")
    eq(lw["满意度指标"], 10, f"{w} 满意度")
    byname = {r[2]: r for r in data}
    eq(byname["食品安全监督抽检批次"][4].rstrip("批次"), total_batches, f"{w} 抽检 table")
    eq(byname["食用农产品快检批次"][4].rstrip("批次"), quick, f"{w} 快检 table")
    eq(byname["监督抽检总体合格率"][4].rstrip("%"), one(t, r"总体合格率(\d+\.\d+)%", w), f"{w} 合格率 table")
    eq(byname["单批次平均检验费用"][4].rstrip("元"), one(t, r"平均每批次检验费用(\d+)元", w), f"{w} 单批次 table")
    tot = one(t, r"自评得分(\d+\.\d+)分", w)
    eq(tot, total[6], f"{w} total text/table")
    parts_s = [one(t, p, w) for p in (r"预算执行得(\d+\.\d+)分", r"产出指标得(\d+)分", r"效益指标得(\d+\.\d+)分",
                                       r"满意度指标得(\d+)分")]
    ok(tot, sum(D(p) for p in parts_s), f"{w} text score parts")
    eq(parts_s[0], exec_score, f"{w} exec score text/table")
    eq(parts_s[1], sum(D(r[6]) for r in data if r[0] == "产出指标"), f"{w} 产出 score")
    eq(parts_s[2], sum(D(r[6]) for r in data if r[0] == "效益指标"), f"{w} 效益 score")
    ok(one(t, r"该项扣(\d+\.\d+)分", w), D(10) - D(byname["食品安全风险预警通报期数"][6]), f"{w} 扣分")
    if grade(tot) != "优" or "等级为优" not in t:
        fail(f"{w}: grade")


def check_yidu(t):
    w = "yidu"
    y0 = one(t, r"年初预算(\d+\.\d+)万元", w)
    annual = one(t, r"全年预算(\d+\.\d+)万元", w)
    recv = one(t, r"实际到位(\d+\.\d+)万元", w)
    eq(y0, annual, f"{w} 未调整 ⇒ 年初 = 全年")
    ok(one(t, r"到位率(\d+)%", w), pct(recv, annual), f"{w} 到位率")
    budget_parts = [one(t, p, w) for p in (r"标准器具溯源检定费(\d+\.\d+)万元", r"检定设备购置与维护费(\d+\.\d+)万元，下乡",
                                            r"下乡检定差旅及车辆运行费(\d+\.\d+)万元，宣传", r"宣传及业务培训费(\d+\.\d+)万元。")]
    ok(annual, sum(D(p) for p in budget_parts), f"{w} 预算构成")
    spent = one(t, r"本项目支出(\d+\.\d+)万元", w)
    spent_parts = [one(t, p, w) for p in (r"标准器具溯源检定费支出(\d+\.\d+)万元", r"检定设备购置与维护费支出(\d+\.\d+)万元",
                                           r"实际支出(\d+\.\d+)万元，支出率", r"宣传及业务培训费支出(\d+\.\d+)万元")]
    ok(spent, sum(D(p) for p in spent_parts), f"{w} 支出构成")
    rate = one(t, r"预算执行率(\d+\.\d+)%", w)
    ok(rate, pct(spent, annual), f"{w} 执行率")
    ok(one(t, r"结余(\d+\.\d+)万元", w), D(recv) - D(spent), f"{w} 结余")
    ok(one(t, r"支出率(\d+\.\d+)%", w), pct(spent_parts[2], one(t, r"下乡检定差旅及车辆运行费预算(\d+\.\d+)万元", w)),
       f"{w} 差旅支出率")
    for p in spent_parts:
        pass
    # outputs in prose
    n = one(t, r"全年完成强制检定计量器具(\d+)台件", w)
    kinds = re.findall(r"(?:衡器|加油机|压力表|医用计量器具|出租汽车计价器)(\d+)台件", t)
    ok(n, sum(D(k) for k in kinds), f"{w} 器具构成")
    ok(one(t, r"完成年度目标的(\d+\.\d+)%", w), pct(n, 15000), f"{w} 数量完成率")
    relief = one(t, r"减免检定费用(\d+\.\d+)万元", w)
    ok(one(t, r"平均每台件(\d+\.\d+)元", w), D(relief) * 10000 / D(n), f"{w} 每台件")
    # table
    rows = table(t, "一级指标｜二级指标｜三级指标", stop="合计")
    data, total = rows[1:-1], rows[-1]
    cols = {"name": 2, "target": 3, "actual": 4, "completion": 5, "weight": 6, "score": 7}
    ws, ss, lw = check_indicator_rows(data, cols, w)
    eq(ws, 100, f"{w} Σ权重")
    eq(total[6], 100, f"{w} 合计 权重")
    ok(total[7], ss, f"{w} Σ得分")
    for lvl, target in [("预算执行率", 10), ("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)]:
        eq(lw[lvl], target, f"{w} level {lvl}")
    by = {r[2]: r for r in data}
    eq(by["预算执行率"][4].rstrip("%"), rate, f"{w} rate table")
    eq(by["强制检定计量器具数量"][4].rstrip("台件"), n, f"{w} 数量 table")
    eq(by["强检服务覆盖用户数"][4].rstrip("户"), one(t, r"服务强检用户(\d+)户", w), f"{w} 用户 table")
    eq(by["强检器具按期受检率"][4].rstrip("%"), one(t, r"按期受检率(\d+\.\d+)%", w), f"{w} 受检率 table")
    eq(by["检定设备购置与维护费"][4].rstrip("万元"), spent_parts[1], f"{w} 设备费 table")
    eq(by["减免企业和群众检定费用"][4].rstrip("万元"), relief, f"{w} 减免 table")
    eq(by["集贸市场计量器具抽查合格率"][4].rstrip("%"), one(t, r"抽查合格率(\d+\.\d+)%", w), f"{w} 合格率 table")
    eq(by["强检用户满意度"][4].rstrip("%"), one(t, r"强检用户满意度(\d+\.\d+)%", w), f"{w} 满意度 table")
    tot = one(t, r"综合得分(\d+\.\d+)分", w)
    eq(tot, total[7], f"{w} total text/table")
    ok(one(t, r"共扣(\d+)分", w), D(100) - D(tot), f"{w} 扣分")
    if grade(tot) != "良" or "评价等级为良好" not in t:
        fail(f"{w}: grade")


def check_beizhen(t):
    w = "beizhen"
    y0 = one(t, r"年初预算安排知识产权保护专项资金(\d+\.\d+)万元", w)
    add = one(t, r"省级知识产权专项资金(\d+\.\d+)万元", w)
    annual = one(t, r"全年预算(\d+\.\d+)万元", w)
    ok(annual, D(y0) + D(add), f"{w} 全年")
    spent = one(t, r"实际支出(\d+\.\d+)万元", w)
    rate = one(t, r"预算执行率(\d+\.\d+)%", w)
    ok(rate, pct(spent, annual), f"{w} 执行率")
    ok(one(t, r"结余(\d+\.\d+)万元", w), D(annual) - D(spent), f"{w} 结余")
    if "截至2020年12月31日" not in t:
        fail(f"{w}: 截至 date")
    parts = [one(t, p, w) for p in (r"专利资助及奖励(\d+\.\d+)万元", r"商标品牌培育及地理标志保护(\d+\.\d+)万元",
                                     r"知识产权执法办案及打假(\d+\.\d+)万元", r"宣传培训(\d+\.\d+)万元")]
    ok(spent, sum(D(p) for p in parts), f"{w} 支出构成")
    ok(parts[0], D(one(t, r"资助授权发明专利(\d+)件，每件", w)) * D(one(t, r"每件(\d+)元）", w)) / 10000, f"{w} 专利资助")
    cases = re.findall(r"案件(\d+)件", t)
    if len(set(cases)) != 1:
        fail(f"{w}: 案件 counts differ {cases}")
    recv, done = one(t, r"受理知识产权侵权投诉举报(\d+)件", w), one(t, r"办结(\d+)件", w)
    close_rate = one(t, r"结案率(\d+\.\d+)%", w)
    ok(close_rate, pct(done, recv), f"{w} 结案率")
    ok("2", D(recv) - D(done), f"{w} 未办结")
    att = [D(x) for x in one(t, r"参训人数分别为([\d、]+)人次", w).split("、")]
    ok(one(t, r"共(\d+)人次，场均", w), sum(att), f"{w} 参训合计")
    ok(one(t, r"场均(\d+)人次", w), sum(att) / len(att), f"{w} 场均")
    ok(one(t, r"宣传培训(\d+)场", w), len(att), f"{w} 场数")
    sent, back, sat = one(t, r"发放问卷(\d+)份", w), one(t, r"收回(\d+)份", w), one(t, r"满意(\d+)份", w)
    satr = one(t, r"满意度(\d+\.\d+)%", w)
    ok(satr, pct(sat, back), f"{w} 满意度")
    # scores
    lv = dict(re.findall(r"(预算执行率|产出指标|效益指标|满意度指标)(\d+)分，得", t))
    sc = dict(re.findall(r"(预算执行率|产出指标|效益指标|满意度指标)\d+分，得(\d+\.\d+)分", t))
    eq(sum(D(x) for x in lv.values()), 100, f"{w} 一级权重")
    tot = one(t, r"综合得分(\d+\.\d+)分", w)
    ok(tot, sum(D(x) for x in sc.values()), f"{w} 总分")
    for k in lv:
        if D(sc[k]) > D(lv[k]):
            fail(f"{w} {k}: score above weight")
    ok(sc["预算执行率"], D(10) * D(spent) / D(annual), f"{w} 执行得分")
    sub = dict(re.findall(r"(数量指标|质量指标|时效指标|成本指标)（(\d+)分）", t))
    sub_s = {k: one(t, k + r"（\d+分）：[^。]*?得(\d+(?:\.\d+)?)分", w) for k in sub}
    eq(sum(D(x) for x in sub.values()), lv["产出指标"], f"{w} 产出二级权重")
    ok(sc["产出指标"], sum(D(x) for x in sub_s.values()), f"{w} 产出得分")
    for k in sub:
        if D(sub_s[k]) > D(sub[k]):
            fail(f"{w} {k}: score above weight")
    ok(sub_s["质量指标"], D(sub["质量指标"]) * D(done) / D(recv) / D("0.95"), f"{w} 质量得分")
    eff = re.findall(r"(社会效益指标|可持续影响指标)分值(\d+)分[^；。]*?得(\d+(?:\.\d+)?)分", t)
    eq(sum(D(x[1]) for x in eff), lv["效益指标"], f"{w} 效益二级权重")
    ok(sc["效益指标"], sum(D(x[2]) for x in eff), f"{w} 效益得分")
    for name, ww, ss in eff:
        if D(ss) > D(ww):
            fail(f"{w} {name}: score above weight")
    ok(sc["满意度指标"], D(10) * D(sat) / D(back) / D("0.95"), f"{w} 满意度得分")
    ok(one(t, r"满意度\d+\.\d+%，低于95%的目标值，得(\d+\.\d+)分", w), D(sc["满意度指标"]), f"{w} 满意度 restated")
    if grade(tot) != "优" or "评价等级为“优”" not in t:
        fail(f"{w}: grade")


def check_tengchong(t):
    w = "tengchong"
    y0 = one(t, r"年初预算([\d,]+\.\d+)万元", w)
    y0b, y0p = one(t, r"其中基本支出([\d,]+\.\d+)万元、项目支出355", w), "355.60"
    ok(y0, D(y0b) + D(y0p), f"{w} 年初")
    annual = one(t, r"全年预算([\d,]+\.\d+)万元", w)
    ab, ap = re.findall(r"其中基本支出([\d,]+\.\d+)万元、项目支出([\d,]+\.\d+)万元", t)[1]
    ok(annual, D(ab) + D(ap), f"{w} 全年")
    spent = one(t, r"全年实际支出([\d,]+\.\d+)万元", w)
    sb = one(t, r"其中基本支出([\d,]+\.\d+)万元，执行率", w)
    sp = one(t, r"项目支出([\d,]+\.\d+)万元，执行率", w)
    ok(spent, D(sb) + D(sp), f"{w} 支出")
    ok(one(t, r"预算执行率(\d+\.\d+)%", w), pct(spent, annual), f"{w} 执行率")
    ok(one(t, r"基本支出[\d,]+\.\d+万元，执行率(\d+)%", w), pct(sb, ab), f"{w} 基本执行率")
    ok(one(t, r"项目支出[\d,]+\.\d+万元，执行率(\d+\.\d+)%", w), pct(sp, ap), f"{w} 项目执行率")
    bal = one(t, r"结转结余(\d+\.\d+)万元", w)
    ok(bal, D(annual) - D(spent), f"{w} 结转结余")
    ok(bal, D(ap) - D(sp), f"{w} 结转结余 = 项目")
    ok(one(t, r"人均基本支出(\d+\.\d+)万元", w), D(sb) / D(one(t, r"实有在职人员(\d+)人", w)), f"{w} 人均")
    ok(one(t, r"项目支出执行率(\d+\.\d+)%", w), pct(sp, ap), f"{w} 项目执行率 restated")
    # project table
    rows = table(t, "项目名称｜全年预算数")
    data, total = rows[1:-1], rows[-1]
    for r in data:
        ok(r[3].rstrip("%"), pct(r[2], r[1]), f"{w} {r[0]} 执行率")
    ok(total[1], sum(D(r[1]) for r in data), f"{w} 项目预算合计")
    ok(total[2], sum(D(r[2]) for r in data), f"{w} 项目执行合计")
    ok(total[3].rstrip("%"), pct(total[2], total[1]), f"{w} 合计执行率")
    eq(total[1], ap, f"{w} 项目预算 text/table")
    eq(total[2], sp, f"{w} 项目执行 text/table")
    # 三公
    ok(one(t, r"“三公”经费支出(\d+\.\d+)万元", w), D("10.82") + D("1.54"), f"{w} 三公构成")
    ok(one(t, r"减少(\d+\.\d+)万元", w), D("13.41") - D("12.36"), f"{w} 三公减少")
    # 12315
    n = one(t, r"受理投诉举报及咨询(\d+)件", w)
    m = re.search(r"其中投诉(\d+)件、举报(\d+)件、咨询(\d+)件", t)
    ok(n, sum(D(x) for x in m.groups()) if m else 0, f"{w} 受理构成")
    # indicator table
    rows = table(t, "一级指标｜二级指标｜三级指标", stop="合计")
    data, total = rows[1:-1], rows[-1]
    cols = {"name": 2, "target": 3, "actual": 4, "weight": 5, "score": 6}
    ws, ss, lw = check_indicator_rows(data, cols, w)
    eq(ws, 100, f"{w} Σ权重")
    eq(total[5], 100, f"{w} 合计 权重")
    ok(total[6], ss, f"{w} Σ得分")
    for lvl, target in [("预算执行", 10), ("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)]:
        eq(lw[lvl], target, f"{w} level {lvl}")
    by = {r[2]: r for r in data}
    ok(by["部门整体预算执行率"][6], D(10) * D(spent) / D(annual), f"{w} 执行得分")
    pairs = [("部门整体预算执行率", r"预算执行率(\d+\.\d+)%"), ("12315投诉举报及咨询受理量", r"咨询(\d+)件，其中"),
             ("“双随机、一公开”抽查户次", r"抽查市场主体(\d+)户次"), ("食品安全抽检批次", r"食品安全抽检(\d+)批次"),
             ("投诉举报按期办结率", r"按期办结率(\d+\.\d+)%"), ("在用特种设备定期检验率", r"定期检验率(\d+\.\d+)%"),
             ("诉求1个工作日内分流率", r"分流率(\d+\.\d+)%"), ("为消费者挽回经济损失", r"挽回经济损失(\d+\.\d+)万元"),
             ("消费投诉调解成功率", r"调解成功率(\d+\.\d+)%"), ("消费者及经营主体满意度", r"满意度测评，满意度(\d+\.\d+)%")]
    for name, pat in pairs:
        m = NUM.search(by[name][4])
        eq(m.group(1).replace(",", ""), one(t, pat, w).replace(",", ""), f"{w} {name} text/table")
    _, tv, _ = parse_value(by["部门整体支出控制数"][3])
    _, av, _ = parse_value(by["部门整体支出控制数"][4])
    eq(tv, annual.replace(",", ""), f"{w} 控制数 = 全年预算")
    eq(av, spent.replace(",", ""), f"{w} 支出 = 实际支出")
    r = one(t, r"回访满意率(\d+\.\d+)%", w)
    if not D(0) <= D(r) <= 100:
        fail(f"{w}: 回访满意率 out of range")
    tot = one(t, r"自评得分(\d+\.\d+)分", w)
    eq(tot, total[6], f"{w} total text/table")
    if grade(tot) != "优" or "等级为优秀" not in t:
        fail(f"{w}: grade")


CHECKS = {
    "hejin-tezhongshebei-2022": check_hejin,
    "binyang-foodsampling-2023": check_binyang,
    "yidu-jiliangjianding-2021": check_yidu,
    "beizhen-zhishichanquan-2020": check_beizhen,
    "tengchong-bumenzhengti-2024": check_tengchong,
}


def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ differ")
    codes = Counter()
    per_source = Counter()
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean_name = lab["source"] + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"] or lab["case"] != clean_name:
                fail(f"{lab['case']}: clean case with labels")
            if not 3000 <= len(text) <= 9000:
                fail(f"{lab['case']}: length {len(text)}")
            continue
        per_source[lab["source"]] += 1
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected must hold one error")
        for exp in lab["expected"]:
            codes[exp["code"]] += 1
            if exp["severity"] != "error" or exp["code"] not in CODES:
                fail(f"{lab['case']}: bad code/severity {exp}")
            if exp["value"] not in text:
                fail(f"{lab['case']}: value not in case: {exp['value']!r}")
            if exp["value"] in clean:
                fail(f"{lab['case']}: value also in the clean draft: {exp['value']!r}")
        if text == clean:
            fail(f"{lab['case']}: identical to clean")
            continue
        s, e_clean, e_case = changed_region(clean, text)
        region = text[s:e_case]
        if region.count("\n") > 1 or (e_case - s) > 200:
            fail(f"{lab['case']}: change not in one place ({e_case - s} chars)")
        # the value must overlap the changed region
        v = lab["expected"][0]["value"]
        hit = False
        k = text.find(v)
        while k >= 0:
            if k < max(e_case, s + 1) and k + len(v) > s:
                hit = True
            k = text.find(v, k + 1)
        if not hit:
            fail(f"{lab['case']}: value does not cover the change")
    for src, fn in CHECKS.items():
        t = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        before = len(FAIL)
        fn(t)
        if len(FAIL) == before:
            print(f"arithmetic ok: {src}")
    # self-test: the arithmetic checks must flag every error case
    for lab in labels:
        if lab["clean"]:
            continue
        t = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        saved = list(FAIL)
        CHECKS[lab["source"]](t)
        found = len(FAIL) > len(saved)
        FAIL[:] = saved
        if not found:
            fail(f"{lab['case']}: the arithmetic checks do not notice the injected error")
    if len(per_source) != 5 or any(v != 6 for v in per_source.values()):
        fail(f"errors per source: {dict(per_source)}")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times")
    print("codes:", ", ".join(f"{c}={codes[c]}" for c in CODES))
    if FAIL:
        print("\n".join("FAIL " + f for f in FAIL))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
