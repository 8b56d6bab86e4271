#!/usr/bin/env python3
"""Verify drafts250.

1. every label value occurs in its case; every case file has a label and vice versa;
2. each error case differs from its clean draft in one short place, and a label value covers that place;
3. clean drafts are 3,000-5,000 characters;
4. the arithmetic of every clean draft is redone: funds (sums, rates, balances), weights, row scores
   (rules.md §5), totals, grades (§6), completion rates, averages, per-unit figures, and the same
   quantity stated in several places.
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
NUM = r"\d+(?:\.\d+)?"
FAILS = []


def fail(msg):
    FAILS.append(msg)


def D(s):
    if isinstance(s, str):
        s = re.search(NUM, s).group()
    return Decimal(str(s))


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, what):
    """rules.md §8: stated value with d decimals matches computed c iff |c - v| <= 0.5*10^-d."""
    v = D(re.search(NUM, stated).group())
    tol = Decimal("0.5") * Decimal(10) ** -decimals(re.search(NUM, stated).group()) + Decimal("1e-9")
    if abs(D(computed) - v) > tol:
        fail(f"{what}: stated {stated}, computed {D(computed):.4f}")
    return v


def equal(a, b, what):
    if D(a) != D(b):
        fail(f"{what}: {a} != {b}")


def one(text, pattern, what):
    """The number captured by group 1 of pattern, which must match exactly once."""
    m = re.findall(pattern, text)
    if len(m) != 1:
        fail(f"{what}: pattern {pattern!r} matched {len(m)} times")
        return Decimal(0)
    g = m[0] if isinstance(m[0], str) else m[0][0]
    return D(g)


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- table parsers

def is_num(s):
    return re.fullmatch(NUM, s.strip() or "x") is not None


def rows_word(text):
    rows = []
    for block in text.split("\n\n"):
        lines = [l for l in block.split("\n") if l != ""]
        if lines and all(l.startswith("\t") for l in lines):
            rows.append([l[1:] for l in lines])
    return rows


def rows_tabs(text):
    return [l.split("\t") for l in text.split("\n") if "\t" in l]


def rows_cells(text, start):
    part = text[text.index(start):]
    return [b.split("\n") for b in part.strip("\n").split("\n\n")]


def rows_pdf(text, start):
    part = text[text.index(start):]
    return [re.split(r"\s{2,}", l.strip()) for l in part.split("\n") if l.strip()]


def rows_pipes(text):
    return [l.split("｜") for l in text.split("\n") if "｜" in l]


def indicators_fixed(rows, ncols, has_completion):
    """Rows with the MOF columns (一级, 二级, 三级, 指标值, 完成值, [完成率], 分值, 得分, 偏差)."""
    out = []
    for r in rows:
        if len(r) != ncols:
            continue
        k = 5 if has_completion else 4
        w, s = r[k + 1], r[k + 2]
        if is_num(w) and is_num(s) and r[2]:
            out.append({"name": r[2], "target": r[3], "actual": r[4],
                        "completion": r[5] if has_completion else None, "weight": w, "score": s})
    return out


def indicators_tail(rows, has_completion):
    """Rows whose empty cells were lost: read weight and score as the first pair of bare numbers
    after the name/target/actual(/completion) cells."""
    out = []
    for r in rows:
        first = 4 if has_completion else 3
        for i in range(first, len(r) - 1):
            if is_num(r[i]) and is_num(r[i + 1]):
                if has_completion:
                    out.append({"name": r[i - 4], "target": r[i - 3], "actual": r[i - 2],
                                "completion": r[i - 1], "weight": r[i], "score": r[i + 1]})
                else:
                    out.append({"name": r[i - 3], "target": r[i - 2], "actual": r[i - 1],
                                "completion": None, "weight": r[i], "score": r[i + 1]})
                break
    return out


# ---------------------------------------------------------------- indicator arithmetic

def split_value(s):
    m = re.match(r"^\s*(≥|≤|=)?\s*(" + NUM + r")\s*(.*)$", s)
    if not m:
        return None
    return (m.group(1) or "="), D(m.group(2)), m.group(3).strip()


def completion_of(ind):
    t, a = split_value(ind["target"]), split_value(ind["actual"])
    if t is None:  # qualitative
        return None
    if a is None:
        fail(f"{ind['name']}: quantitative target {ind['target']} with qualitative actual {ind['actual']}")
        return None
    if t[2] != a[2]:
        fail(f"{ind['name']}: unit of target {ind['target']} differs from actual {ind['actual']}")
    sign, tv, av = t[0], t[1], a[1]
    if sign == "≤":
        return Decimal(1) if av <= tv else tv / av
    if tv == 0:
        return Decimal(1) if av <= 0 else Decimal(0)
    return av / tv


def check_indicator(ind, pid):
    w, s = D(ind["weight"]), D(ind["score"])
    what = f"{pid} {ind['name']}"
    if s > w or s < 0:
        fail(f"{what}: score {s} outside [0, {w}]")
    if (ind["name"].endswith("率") or "满意度" in ind["name"]) and ind["actual"].endswith("%"):
        if not Decimal(0) <= D(ind["actual"]) <= 100:
            fail(f"{what}: rate {ind['actual']} outside [0, 100%]")
    c = completion_of(ind)
    if c is None:  # qualitative: bands of rules.md §5
        lo, hi = (Decimal("0.6"), Decimal("0.8")) if "部分" in ind["actual"] else (Decimal("0.8"), Decimal(1))
        if not (lo * w <= s <= hi * w):
            fail(f"{what}: qualitative score {s} outside its band")
        if ind["completion"] not in (None, "—"):
            fail(f"{what}: completion given for a qualitative row")
        return
    if ind["completion"] is not None:
        close(ind["completion"], c * 100, f"{what} completion")
    close(ind["score"], w * min(c, Decimal(1)), f"{what} score")


def check_table(pid, text, inds, execution, table_total, weights_extra=Decimal(0)):
    """inds: indicator rows (may include a 预算执行率 row); execution: (weight, score) from a funds
    block or None; table_total: total row score or None."""
    for ind in inds:
        check_indicator(ind, pid)
    wsum = sum(D(i["weight"]) for i in inds) + weights_extra
    ssum = sum(D(i["score"]) for i in inds)
    if execution:
        wsum += D(execution[0])
        ssum += D(execution[1])
    equal(wsum, 100, f"{pid} weights")
    if table_total is not None:
        close(table_total, ssum, f"{pid} table total")
    totals = re.findall(r"(?:综合自评得分|本项目得分|自评得分|合计)(" + NUM + r")分", text)
    if not totals:
        fail(f"{pid}: no total in the text")
    for t in totals:
        close(t, ssum, f"{pid} total in text")
    grades = re.findall(r"评价等级为“(.)”", text) + re.findall(r"评价等级\n(.)\n", text + "\n")
    if not grades:
        fail(f"{pid}: no grade")
    for g in grades:
        if g != grade_of(ssum):
            fail(f"{pid}: grade {g} for total {ssum}")
    return ssum


def check_rate(stated, num, den, what):
    close(stated, D(num) / D(den) * 100, what)


def check_parts(parts, total, what):
    equal(sum(D(p) for p in parts), total, what)


def same(text, pattern, expected, what, at_least=1):
    """Every capture of pattern equals expected, and there are at least `at_least` of them."""
    vals = re.findall(pattern, text)
    if len(vals) < at_least:
        fail(f"{what}: expected >= {at_least} mentions, found {len(vals)}")
    for v in vals:
        equal(v if isinstance(v, str) else next(x for x in v if x), expected, what)


def in_text(text, s, what):
    if s not in text:
        fail(f"{what}: {s!r} not in text")


# ---------------------------------------------------------------- per project

def p_mengcun(pid, t):
    rows = rows_word(t)
    funds = {r[0]: r for r in rows if r and r[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot = funds["年度资金总额"]
    for col in (1, 2, 3):
        check_parts([funds[k][col] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")], tot[col], f"{pid} funds column {col}")
    check_rate(tot[5], tot[3], tot[2], f"{pid} table 执行率")
    close(tot[6], D(tot[4]) * min(Decimal(1), D(tot[3]) / D(tot[2])), f"{pid} execution score")
    inds = indicators_fixed(rows, 8, False)
    total_row = [r for r in rows if r[0] == "总分"][0]
    equal(total_row[5], 100, f"{pid} 分值 total")
    check_table(pid, t, inds, (tot[4], tot[6]), total_row[6])
    # prose
    initial = one(t, r"年初预算安排(" + NUM + r")万元", "initial")
    added = one(t, r"追加(" + NUM + r")万元", "added")
    carry = one(t, r"上年结转资金(" + NUM + r")万元", "carry")
    annual = one(t, r"全年预算数为(" + NUM + r")万元", "annual")
    equal(initial, tot[1], f"{pid} initial text/table")
    equal(initial + added + carry, annual, f"{pid} 30 + 5 + 3")
    equal(annual, tot[2], f"{pid} annual text/table")
    equal(initial + added, funds["其中：当年财政拨款"][2], f"{pid} fiscal appropriation")
    equal(carry, funds["上年结转资金"][2], f"{pid} carry-over")
    spent = D(tot[3])
    same(t, r"(?:全年实际支出|项目全年支出)(" + NUM + r")万元", spent, f"{pid} spent", 2)
    check_rate(re.search(r"预算执行率(" + NUM + r"%)", t).group(1), spent, annual, f"{pid} text 执行率")
    parts = re.findall(r"(?:差旅费|案件办理费用|短信服务费|业务学习|协管员补助)(" + NUM + r")万元", t)
    equal(len(parts), 5, f"{pid} number of spending items")
    check_parts(parts, spent, f"{pid} spending items")
    equal(D(18) * 300 * 12 / 10000, one(t, r"协管员补助(" + NUM + r")万元", "subsidy"), f"{pid} 18 x 300元 x 12")
    equal(annual - spent, one(t, r"年末结余(" + NUM + r")万元", "balance"), f"{pid} balance")
    in_text(t, "结转至2022年", f"{pid} carry-forward year")
    close(one(t, r"286户，完成年度目标的(" + NUM + r")%", "c1").to_eng_string(), D(286) / 300 * 100, f"{pid} 286/300")
    check_rate(re.search(r"结案率(" + NUM + r"%)", t).group(1), 110, 112, f"{pid} 结案率")
    check_rate(re.search(r"按期办结率(" + NUM + r"%)", t).group(1), 108, 112, f"{pid} 按期办结率")
    m = re.search(r"分别完成年度目标的(" + NUM + r"%)和(" + NUM + r"%)", t)
    check_rate(m.group(1), 1117, 900, f"{pid} persons")
    check_rate(m.group(2), D("771.9"), 600, f"{pid} wages")
    ind = {i["name"]: i for i in inds}
    equal(split_value(ind["检查用人单位户数"]["actual"])[1], 286, f"{pid} 286 text/table")
    equal(split_value(ind["为农民工追讨工资金额"]["actual"])[1], D("771.9"), f"{pid} wages text/table")
    equal(split_value(ind["惠及农民工人数"]["actual"])[1], 1117, f"{pid} persons text/table")
    comp = re.search(r"预算执行率得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM
                     + r")分，满意度指标得分(" + NUM + r")分，综合自评得分(" + NUM + r")分", t)
    equal(comp.group(1), tot[6], f"{pid} execution score text/table")
    out = [i for i in inds if i["name"] in ("开展根治欠薪专项检查次数", "检查用人单位户数", "在建工程项目“两金三制”检查覆盖率",
                                          "欠薪案件结案率", "举报投诉按期办结率", "预警线索按时核处率", "项目支出控制数")]
    equal(sum(D(i["score"]) for i in out), comp.group(2), f"{pid} output subtotal")
    close(comp.group(5), sum(D(comp.group(k)) for k in (1, 2, 3, 4)), f"{pid} score components")


def p_shuyang(pid, t):
    rows = rows_tabs(t)
    tot = [r for r in rows if len(r) > 1 and r[1] == "年度资金总额"][0]
    sub = [r for r in rows if len(r) > 1 and r[1].startswith("其中")][0]
    for col in (2, 3, 4):
        equal(tot[col], sub[col], f"{pid} funds column {col}")
    check_rate(tot[6], tot[4], tot[3], f"{pid} table 执行率")
    close(tot[7], D(tot[5]) * min(Decimal(1), D(tot[4]) / D(tot[3])), f"{pid} execution score")
    inds = indicators_fixed(rows, 8, False)
    check_table(pid, t, inds, (tot[5], tot[7]), None)
    annual = one(t, r"全年预算数(" + NUM + r")万元", "annual")
    spent = one(t, r"全年执行(" + NUM + r")万元", "spent")
    equal(annual, tot[3], f"{pid} annual")
    equal(spent, tot[4], f"{pid} spent")
    check_rate(re.search(r"预算执行率(" + NUM + r"%)", t).group(1), spent, annual, f"{pid} text 执行率")
    close(one(t, r"预算执行率得分(" + NUM + r")分", "exec score").to_eng_string(), D(tot[7]), f"{pid} exec score text")
    parts = re.findall(r"(?:办案补贴|运行维护|送达及邮寄|装订归档|办案差旅|仲裁员培训|指导经费)(" + NUM + r")万元", t)
    equal(len(parts), 7, f"{pid} number of spending items")
    check_parts(parts, spent, f"{pid} spending items")
    equal(D(200) * 420 / 10000, one(t, r"兼职仲裁员办案补贴(" + NUM + r")万元", "subsidy"), f"{pid} 200元 x 420")
    equal(annual - spent, one(t, r"年末结余(" + NUM + r")万元", "balance"), f"{pid} balance")
    q = [D(x) for x in re.search(r"分别受理(\d+)件、(\d+)件、(\d+)件、(\d+)件", t).groups()]
    received = one(t, r"共受理劳动人事争议案件(\d+)件", "received")
    equal(sum(q), received, f"{pid} quarters")
    close(one(t, r"平均每季度受理(" + NUM + r")件", "avg").to_eng_string(), sum(q) / 4, f"{pid} quarterly average")
    close(re.search(r"同比增长(" + NUM + r")%", t).group(1), (received / 791 - 1) * 100, f"{pid} growth")
    close(re.search(r"占受理案件的(" + NUM + r")%", t).group(1), D(317) / received * 100, f"{pid} share")
    closed = one(t, r"审结案件(\d+)件", "closed")
    check_rate(re.search(r"结案率(" + NUM + r"%)", t).group(1), closed, received, f"{pid} 结案率")
    med = one(t, r"结案(\d+)件；其中调解", "x") if False else D(552)
    check_rate(re.search(r"调解成功率(" + NUM + r"%)", t).group(1), med, closed, f"{pid} 调解成功率")
    equal(closed - med, one(t, r"裁决结案(\d+)件", "award"), f"{pid} awards")
    check_rate(re.search(r"撤销率(" + NUM + r"%)", t).group(1), 2, closed - med, f"{pid} 撤销率")
    close(one(t, r"单件案件办案成本(" + NUM + r")元", "unit cost").to_eng_string(), spent * 10000 / closed, f"{pid} unit cost")
    close(re.search(r"巡回庭审10场，完成年度目标的(" + NUM + r")%", t).group(1), D(10) / 12 * 100, f"{pid} 10/12")
    close(re.search(r"完成年度目标的(" + NUM + r")%。指导", t).group(1), D("3426.7") / 3000 * 100, f"{pid} 3426.7/3000")
    close(re.search(r"超出年度目标(" + NUM + r")%", t).group(1), (received / 700 - 1) * 100, f"{pid} over target")
    ind = {i["name"]: i for i in inds}
    equal(split_value(ind["处理劳动人事争议案件数"]["actual"])[1], received, f"{pid} cases text/table")
    in_text(t, f"受理案件{received}件，审结{closed}件", f"{pid} goal row")
    equal(split_value(ind["单件案件办案成本"]["actual"])[1], one(t, r"办案成本(" + NUM + r")元", "uc"), f"{pid} unit cost table")
    same(t, r"(3426\.7|\d+\.\d)万元", D("3426.7"), f"{pid} 维权金额", 3)
    same(t, r"当事人满意度\t?≥?90%\t(" + NUM + r")%|当事人满意度(" + NUM + r")%", D("95.6"), f"{pid} satisfaction")


def p_puding(pid, t):
    funds = rows_cells(t[:t.index("表2  ")], "项目\n合计")
    frows = {r[0]: r[1:] for r in funds if len(r) == 6}
    for k in ("年初预算数", "全年预算数", "实际到位数", "全年执行数"):
        check_parts(frows[k][1:], frows[k][0], f"{pid} 表1 {k}")
    for col in range(5):
        bud, rec, sp = D(frows["全年预算数"][col]), D(frows["实际到位数"][col]), D(frows["全年执行数"][col])
        for name, num in (("资金到位率", rec), ("预算执行率", sp)):
            cell = frows[name][col]
            if bud == 0:
                if cell not in ("—", "0"):
                    fail(f"{pid} 表1 {name} col {col}: rate {cell} on a zero base")
            else:
                check_rate(cell, num, bud, f"{pid} 表1 {name} col {col}")
    detail = rows_cells(t[t.index("表2  "):t.index("（三）绩效目标")], "支出内容")
    items = [r for r in detail if len(r) >= 2 and is_num(r[1]) and r[0] != "合计"]
    total = [r for r in detail if r[0] == "合计"][0][1]
    check_parts([r[1] for r in items], total, f"{pid} 表2")
    equal(total, frows["全年执行数"][0], f"{pid} 表2 total = spent")
    equal(D("1.2") * 12, [r[1] for r in items if r[0] == "平台运维服务费"][0], f"{pid} 12 x 1.2")
    equal(D(12) * 5000 / 10000, [r[1] for r in items if r[0] == "实名制考勤设备补助"][0], f"{pid} 12 x 5000元")
    rows = rows_cells(t, "一级指标\n二级指标")
    inds = indicators_tail(rows[1:], False)
    total_row = [r for r in rows if r[0] == "总分"][0]
    equal(total_row[1], 100, f"{pid} 分值 total")
    check_table(pid, t, inds, None, total_row[2])
    exec_row = [i for i in inds if i["name"] == "预算执行率"][0]
    equal(exec_row["weight"], 10, f"{pid} execution weight")
    close(exec_row["actual"], D(frows["全年执行数"][0]) / D(frows["全年预算数"][0]) * 100, f"{pid} execution row")
    # prose
    initial = one(t, r"年初预算安排县级资金(" + NUM + r")万元", "initial")
    prov = one(t, r"省级补助资金(" + NUM + r")万元", "prov")
    annual = one(t, r"全年预算数调整为(" + NUM + r")万元", "annual")
    received = one(t, r"资金到位(" + NUM + r")万元", "received")
    spent = one(t, r"全年实际支出(" + NUM + r")万元", "spent")
    equal(initial + prov, annual, f"{pid} 12 + 20")
    equal(annual, frows["全年预算数"][0], f"{pid} annual text/table")
    equal(initial, frows["年初预算数"][0], f"{pid} initial text/table")
    equal(received, frows["实际到位数"][0], f"{pid} received text/table")
    equal(spent, frows["全年执行数"][0], f"{pid} spent text/table")
    check_rate(re.search(r"到位率(" + NUM + r"%)", t).group(1), received, annual, f"{pid} text 到位率")
    check_rate(re.search(r"预算执行率(" + NUM + r"%)", t).group(1), spent, annual, f"{pid} text 执行率")
    p_sp, c_sp = one(t, r"省级资金支出(" + NUM + r")万元", "p"), one(t, r"县级资金支出(" + NUM + r")万元", "c")
    equal(p_sp + c_sp, spent, f"{pid} provincial + county spending")
    equal(p_sp, frows["全年执行数"][1], f"{pid} provincial spending table")
    equal(received - spent, one(t, r"年末结余(" + NUM + r")万元", "balance"), f"{pid} balance")
    in_text(t, "结转2023年", f"{pid} carry-forward year")
    check_rate(re.search(r"实名制管理覆盖率(" + NUM + r"%)", t).group(1), 132, 136, f"{pid} 132/136")
    check_rate(re.search(r"按时核处率(" + NUM + r"%)", t).group(1), 205, 214, f"{pid} 205/214")
    ind = {i["name"]: i for i in inds}
    equal(split_value(ind["追发农民工工资"]["actual"])[1], one(t, r"追发工资(" + NUM + r")万元", "wages"), f"{pid} wages text/table")
    equal(split_value(ind["涉及农民工人数"]["actual"])[1], one(t, r"为(\d+)名农民工", "persons"), f"{pid} persons text/table")
    equal(split_value(ind["纳入平台监管在建工程项目数"]["actual"])[1], 136, f"{pid} projects text/table")
    equal(split_value(ind["平台年运维费用"]["actual"])[1], [r[1] for r in items if r[0] == "平台运维服务费"][0], f"{pid} 运维费")
    equal(split_value(ind["农民工满意度"]["actual"])[1], one(t, r"满意度为(" + NUM + r")%", "sat"), f"{pid} satisfaction")


def p_jingtai(pid, t):
    rows = rows_pdf(t, "项目资金（万元）")
    tot = [r for r in rows if r[0] == "年度资金总额"][0]
    sub = [r for r in rows if r[0].startswith("其中")][0]
    for col in (1, 2, 3):
        equal(tot[col], sub[col], f"{pid} funds column {col}")
    check_rate(tot[5], tot[3], tot[2], f"{pid} table 执行率")
    close(tot[6], D(tot[4]) * min(Decimal(1), D(tot[3]) / D(tot[2])), f"{pid} execution score")
    irows = rows_pdf(t, "一级指标")
    inds = indicators_tail(irows[1:], True)
    total_row = [r for r in irows if r[0] == "总分"][0]
    equal(total_row[1], 100, f"{pid} 分值 total")
    inds = [i for i in inds if i["name"] != "总分"]
    check_table(pid, t, inds, (tot[4], tot[6]), total_row[2])
    initial = one(t, r"年初预算安排县级财政资金(" + NUM + r")万元", "initial")
    added = one(t, r"补助资金(" + NUM + r")万元", "added")
    annual = one(t, r"全年预算资金(" + NUM + r")万元", "annual")
    spent = one(t, r"全年实际支出(" + NUM + r")万元", "spent")
    equal(initial + added, annual, f"{pid} 15 + 3")
    equal(initial, tot[1], f"{pid} initial text/table")
    equal(annual, tot[2], f"{pid} annual text/table")
    same(t, r"(?:全年实际支出|项目支出)(" + NUM + r")万元", spent, f"{pid} spent", 2)
    equal(spent, tot[3], f"{pid} spent text/table")
    check_rate(re.search(r"预算执行率(" + NUM + r"%)", t).group(1), spent, annual, f"{pid} text 执行率")
    parts = re.findall(r"(?:运行费|文书印制|普法宣传|人员培训|办理差旅|办公耗材)(" + NUM + r")万元", t)
    equal(len(parts), 6, f"{pid} number of spending items")
    check_parts(parts, spent, f"{pid} spending items")
    equal(annual - spent, one(t, r"年末结余(" + NUM + r")万元", "balance"), f"{pid} balance")
    equal(D(3) * 9500 / 10000, one(t, r"合计(" + NUM + r")万元", "recorders"), f"{pid} 3 x 9500元")
    in_text(t, "结转2020年", f"{pid} carry-forward year")
    in_text(t, "（2019年度）", f"{pid} table year")
    checks = [D(x) for x in re.search(r"分别检查用人单位(\d+)户、(\d+)户、(\d+)户、(\d+)户", t).groups()]
    daily = one(t, r"合计日常巡视检查(\d+)户", "daily")
    equal(sum(checks), daily, f"{pid} four inspections")
    close(one(t, r"平均每次检查(" + NUM + r")户", "avg").to_eng_string(), sum(checks) / 4, f"{pid} average")
    check_rate(re.search(r"结案率(" + NUM + r"%)", t).group(1), 56, 57, f"{pid} 结案率")
    check_rate(re.search(r"按期办结54件，按期办结率(" + NUM + r"%)", t).group(1), 54, 57, f"{pid} 按期办结率")
    equal(57 - 54, one(t, r"有(\d+)件案件", "late"), f"{pid} late cases")
    ind = {i["name"]: i for i in inds}
    equal(split_value(ind["日常巡视检查用人单位"]["actual"])[1], daily, f"{pid} daily text/table")
    equal(split_value(ind["书面审查用人单位"]["actual"])[1], one(t, r"书面审查用人单位(\d+)户", "w"), f"{pid} written text/table")
    equal(split_value(ind["为劳动者追发工资"]["actual"])[1], one(t, r"待遇(" + NUM + r")万元", "wages"), f"{pid} wages text/table")
    equal(split_value(ind["涉及劳动者人数"]["actual"])[1], one(t, r"为(\d+)名劳动者", "p"), f"{pid} persons text/table")
    equal(split_value(ind["劳动者满意度"]["actual"])[1], one(t, r"劳动者满意度为(" + NUM + r")%", "s"), f"{pid} satisfaction")


def p_fengcheng(pid, t):
    rows = rows_pipes(t)
    f = {r[0]: r[2] for r in rows if len(r) == 3 and r[1].startswith("(")}
    equal(f["年初预算数"], f["全年预算数"], f"{pid} no adjustment")
    equal(D(f["实际到位资金"]) - D(f["全年执行数"]), f["资金结余"], f"{pid} (5)=(3)-(4)")
    check_rate(f["资金到位率"], f["实际到位资金"], f["全年预算数"], f"{pid} (6)")
    check_rate(f["预算执行率"], f["全年执行数"], f["全年预算数"], f"{pid} (7)")
    inds = indicators_fixed(rows, 9, True)
    total_row = [r for r in rows if r[0] == "总分"][0]
    equal(total_row[6], 100, f"{pid} 分值 total")
    check_table(pid, t, inds, None, total_row[7])
    exec_row = [i for i in inds if i["name"] == "预算执行率"][0]
    equal(exec_row["actual"], f["预算执行率"], f"{pid} execution row / (7)")
    annual = one(t, r"年初预算(" + NUM + r")万元", "annual")
    spent = one(t, r"全年实际支出(" + NUM + r")万元", "spent")
    equal(annual, f["全年预算数"], f"{pid} budget text/table")
    equal(spent, f["全年执行数"], f"{pid} spent text/table")
    check_rate(re.search(r"预算执行率(" + NUM + r"%)", t).group(1), spent, annual, f"{pid} text 执行率")
    parts = re.findall(r"(?:对接及运维|工资支付核查|冬季专项行动|政策宣传|业务培训|协管员补助)(" + NUM + r")万元", t)
    equal(len(parts), 6, f"{pid} number of spending items")
    check_parts(parts, spent, f"{pid} spending items")
    check_rate(re.search(r"存储率(" + NUM + r"%)", t).group(1), 58, 61, f"{pid} 58/61")
    close(re.search(r"检查户数完成年度目标的(" + NUM + r")%", t).group(1), D(231) / 260 * 100, f"{pid} 231/260")
    close(re.search(r"追发工资689\.4万元，完成年度目标的(" + NUM + r")%", t).group(1), D("689.4") / 500 * 100, f"{pid} 689.4/500")
    m = re.search(r"分别用时(\d+)个和(\d+)个工作日，平均(" + NUM + r")个工作日", t)
    close(m.group(3), (D(m.group(1)) + D(m.group(2))) / 2, f"{pid} average days")
    ind = {i["name"]: i for i in inds}
    equal(split_value(ind["动用保证金清偿欠薪办理时限"]["actual"])[1], m.group(3), f"{pid} days text/table")
    equal(split_value(ind["冬季专项行动检查在建项目数"]["actual"])[1], one(t, r"检查在建工程项目(\d+)个", "p"), f"{pid} projects")
    equal(split_value(ind["检查用人单位户数"]["actual"])[1], one(t, r"用人单位(\d+)户", "u"), f"{pid} employers")
    equal(split_value(ind["追发农民工工资"]["actual"])[1], one(t, r"追发工资(" + NUM + r")万元", "w"), f"{pid} wages")
    equal(split_value(ind["农民工满意度"]["actual"])[1], one(t, r"满意度为(" + NUM + r")%", "s"), f"{pid} satisfaction")
    comp = re.search(r"预算执行(" + NUM + r")分、产出指标(" + NUM + r")分、效益指标(" + NUM + r")分、满意度指标("
                     + NUM + r")分，合计(" + NUM + r")分", t)
    close(comp.group(5), sum(D(comp.group(k)) for k in (1, 2, 3, 4)), f"{pid} score components")
    groups = {"产出": ["冬季专项行动检查在建项目数", "检查用人单位户数", "保证金存储率", "保证金退还按期办结率",
                     "欠薪线索核处率", "动用保证金清偿欠薪办理时限", "项目支出控制数"],
              "效益": ["追发农民工工资", "因欠薪引发重大群体性事件", "根治欠薪长效机制"]}
    equal(sum(D(ind[n]["score"]) for n in groups["产出"]), comp.group(2), f"{pid} 产出 subtotal")
    equal(sum(D(ind[n]["weight"]) for n in groups["产出"]), 50, f"{pid} 产出 weights")
    equal(sum(D(ind[n]["score"]) for n in groups["效益"]), comp.group(3), f"{pid} 效益 subtotal")
    equal(exec_row["score"], comp.group(1), f"{pid} execution score text/table")


CHECKS = {
    "mengcun-genzhiqianxin-2021": p_mengcun,
    "shuyang-zhongcai-2023": p_shuyang,
    "puding-qianxinyujing-2022": p_puding,
    "jingtai-laobaojiancha-2019": p_jingtai,
    "fengcheng-baozhengjin-2024": p_fengcheng,
}

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != files:
        fail("labels and case files differ")
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    codes = Counter()
    for rec in labels:
        text = texts[rec["case"]]
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            if not 3000 <= len(text) <= 5000:
                fail(f"{rec['case']}: length {len(text)} outside 3000-5000")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one error")
        clean = texts[f"{rec['source']}-clean.txt"]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        old, new = clean[p:len(clean) - s], text[p:len(text) - s]
        if not new and not old:
            fail(f"{rec['case']}: identical to its clean draft")
        if len(old) > 80 or len(new) > 80:
            fail(f"{rec['case']}: changed region too long ({len(old)}/{len(new)} chars)")
        region = (p, len(text) - s)
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{rec['case']}: value {v!r} not in case")
            elif not any(o < region[1] and region[0] < o + len(v) for o in occ):
                fail(f"{rec['case']}: value {v!r} does not cover the changed place {region}")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    for pid, fn in CHECKS.items():
        try:
            fn(pid, texts[f"{pid}-clean.txt"])
        except Exception as exc:  # a parse failure is a failure
            fail(f"{pid}: arithmetic check crashed: {exc!r}")
    print("codes: " + ", ".join(f"{c} {codes[c]}" for c in CODES))
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
