#!/usr/bin/env python3
"""Verify drafts248: labels, one-place edits, and the arithmetic of every clean draft.

Run after build.py:  python3 build.py && python3 verify.py   (last line printed: OK)
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"}
FAILS = []


def fail(msg):
    FAILS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
NUM_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def to_f(s):
    return float(s.replace(",", ""))


def consistent(computed, stated):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals written in the stated string."""
    d = decimals(stated)
    return abs(computed - to_f(stated)) <= 0.5 * 10 ** (-d) + 1e-9


def r2(x):
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def grade(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Draft:
    def __init__(self, name):
        self.name = name
        self.text = read(name)
        self.lines = self.text.split("\n")
        self.checks = 0

    def get(self, pattern, group=1):
        """Number captured by a regex that must match exactly once in the draft."""
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            fail(f"{self.name}: pattern {pattern!r} matches {len(ms)} times")
            return "0"
        return ms[0].group(group)

    def row(self, prefix):
        """Cells of the unique table line starting with prefix."""
        rows = [ln for ln in self.lines if ln.startswith(prefix) and "｜" in ln]
        if len(rows) != 1:
            fail(f"{self.name}: table row {prefix!r} found {len(rows)} times")
            return [""] * 12
        return rows[0].split("｜")

    def eq(self, what, computed, stated):
        self.checks += 1
        if not consistent(computed, stated):
            fail(f"{self.name}: {what}: computed {computed:.4f}, stated {stated}")

    def same(self, what, a, b):
        self.checks += 1
        if abs(to_f(a) - to_f(b)) > 1e-9:
            fail(f"{self.name}: {what}: {a} != {b}")

    def truth(self, what, cond):
        self.checks += 1
        if not cond:
            fail(f"{self.name}: {what}")


# ---------------------------------------------------------------- generic table checks
def parse_value(cell):
    """(number, unit, direction) of a target/actual cell, or None for dates/qualitative."""
    c = cell.strip()
    if not c or c in ("—", "-") or ("年" in c and "月" in c):
        return None
    m = NUM_RE.search(c)
    if not m:
        return None
    direction = "eq"
    if c.startswith(("≥", "＞", ">", "不低于", "不少于")):
        direction = "gte"
    elif c.startswith(("≤", "＜", "<", "不高于", "不超过")):
        direction = "lte"
    unit = c[m.end():].strip()
    return to_f(m.group()), unit, direction


def completion(t, a):
    (tv, tu, d), (av, au, _) = t, a
    if d == "lte":
        return 100.0 if av <= tv else tv / av * 100
    if d == "eq" and tv == 0:
        return 100.0 if av <= 0 else 0.0
    return av / tv * 100


def rule_score(t, a, w):
    (tv, tu, d), (av, au, _) = t, a
    if d == "lte":
        return w if av <= tv else w * tv / av
    if d == "eq" and tv == 0:
        return w if av <= 0 else 0.0
    return w * min(max(av, 0) / tv, 1.0)


def check_funds_tables(dr):
    """Every funds table (header with 全年预算数 and 执行率): rate = 执行/全年, zero base prints —,
    execution score = 分值 x min(rate, 100%)."""
    n_tables = 0
    for i, ln in enumerate(dr.lines):
        if "全年预算数" in ln and "执行率" in ln and "｜" in ln:
            n_tables += 1
            head = ln.split("｜")
            ci = {name: k for k, name in enumerate(head)}
            col = lambda key: next(k for name, k in ci.items() if key in name)
            c_year, c_exec, c_rate = col("全年预算数"), col("全年执行数"), col("执行率")
            c_w = next((k for name, k in ci.items() if name == "分值"), None)
            c_s = next((k for name, k in ci.items() if name == "得分"), None)
            for ln2 in dr.lines[i + 1:]:
                if "｜" not in ln2 or ln2.startswith(("年度总体目标", "一级指标")):
                    break
                cells = ln2.split("｜")
                year, spent, rate = cells[c_year], cells[c_exec], cells[c_rate]
                if to_f(year) == 0:
                    dr.truth(f"zero-base row prints no rate: {ln2}", rate.strip() == "—")
                    continue
                r = to_f(spent) / to_f(year) * 100
                dr.eq(f"rate of row {cells[0]}", r, rate.rstrip("%"))
                dr.truth(f"rate <= 100% in row {cells[0]}", r <= 100 + 1e-9)
                if c_w is not None and NUM_RE.fullmatch(cells[c_w].strip() or "x"):
                    w, s = to_f(cells[c_w]), cells[c_s]
                    exact = w * min(r, 100) / 100
                    printed = w * min(to_f(rate.rstrip("%")), 100) / 100
                    dr.truth(f"execution score {s} (exact {exact:.4f}, from printed rate {printed:.4f})",
                             consistent(exact, s) or consistent(r2(printed), s))
    return n_tables


def check_indicator_table(dr, extra_weight=0.0, extra_score=0.0):
    """Indicator table: weights sum to 100, scores <= weights, scores add to the total row,
    quantitative rows scored by rules.md §5, completion column recomputed. Returns the total."""
    hi = [i for i, ln in enumerate(dr.lines) if ln.startswith("一级指标｜") and "分值" in ln]
    if len(hi) != 1:
        fail(f"{dr.name}: {len(hi)} indicator tables")
        return None
    head = dr.lines[hi[0]].split("｜")
    c_t, c_a = head.index("年度指标值"), head.index("实际完成值")
    c_w, c_s = head.index("分值"), head.index("得分")
    c_c = head.index("完成率") if "完成率" in head else None
    wsum, ssum = extra_weight, extra_score
    level1 = {}
    total = None
    for ln in dr.lines[hi[0] + 1:]:
        cells = ln.split("｜")
        if cells[0] in ("合计", "总分"):
            dr.eq("weights add to 100", wsum, cells[c_w])
            dr.same("weight total row", cells[c_w], "100")
            dr.eq("row scores add to the total", ssum, cells[c_s])
            total = cells[c_s]
            break
        w, s = to_f(cells[c_w]), to_f(cells[c_s])
        wsum += w
        ssum += s
        level1[cells[0]] = level1.get(cells[0], 0) + w
        dr.truth(f"score <= weight in row {cells[2]}", 0 <= s <= w)
        t, a = parse_value(cells[c_t]), parse_value(cells[c_a])
        if t and a:
            dr.truth(f"same unit target/actual in row {cells[2]}", t[1] == a[1])
            dr.eq(f"score rule in row {cells[2]}", r2(rule_score(t, a, w)), cells[c_s])
            if c_c is not None:
                dr.eq(f"completion in row {cells[2]}", completion(t, a), cells[c_c].rstrip("%"))
        else:
            if "年" in cells[c_t] and "月" in cells[c_t]:
                dr.truth(f"date target has a date actual in row {cells[2]}", "年" in cells[c_a] and "月" in cells[c_a])
            if (t is None) != (a is None):
                dr.truth(f"target/actual both numeric or both not in row {cells[2]}", False)
        if not (t and a) and c_c is not None:
            dr.truth(f"no completion for a non-numeric row {cells[2]}", cells[c_c] == "—" or (t is None and a is None and "年" in cells[c_t]))
    else:
        fail(f"{dr.name}: indicator table has no total row")
    dr.truth(f"first-level weights {level1}", level1.get("产出指标") == 50 and level1.get("效益指标") == 30
             and level1.get("满意度指标") == 10)
    return total


# ---------------------------------------------------------------- per-draft arithmetic
def check_hekou(dr):
    g = dr.get
    check_funds_tables(dr)
    fw = dr.row("年度资金总额")
    total = check_indicator_table(dr, extra_weight=to_f(fw[4]), extra_score=to_f(fw[6]))
    tot, cur, carry, oth = dr.row("年度资金总额"), dr.row("其中：当年财政拨款"), dr.row("上年结转资金"), dr.row("其他资金")
    for k, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        dr.eq(f"funds column {col} adds up", to_f(cur[k]) + to_f(carry[k]) + to_f(oth[k]), tot[k])
    init, add, carry_t, year = g(r"年初预算安排项目资金([\d.]+)万元"), g(r"追加入境货运车辆消杀经费([\d.]+)万元"), \
        g(r"维保资金([\d.]+)万元，全年预算数"), g(r"全年预算数为([\d.]+)万元")
    dr.eq("年初 + 追加 + 结转 = 全年预算", to_f(init) + to_f(add) + to_f(carry_t), year)
    dr.same("text/table 年初", init, tot[1])
    dr.same("text/table 全年", year, tot[2])
    dr.same("text/table 结转", carry_t, carry[2])
    dr.eq("当年财政拨款 全年 = 年初 + 追加", to_f(init) + to_f(add), cur[2])
    recv = g(r"全年资金到位([\d.]+)万元，到位率(\d+)%")
    dr.eq("到位率", to_f(recv) / to_f(year) * 100, g(r"到位率(\d+)%"))
    spent = g(r"项目全年实际支出([\d.]+)万元")
    dr.same("text/table 执行", spent, tot[3])
    dr.eq("prose 执行率", to_f(spent) / to_f(year) * 100, g(r"预算执行率([\d.]+)%。其中"))
    cspent = g(r"当年财政拨款支出([\d.]+)万元")
    dr.same("text/table 当年财政拨款支出", cspent, cur[3])
    dr.eq("prose 当年财政拨款执行率", to_f(cspent) / to_f(cur[2]) * 100, g(r"当年财政拨款支出[\d.]+万元，执行率([\d.]+)%"))
    dr.eq("未支出 = 全年 - 执行", to_f(year) - to_f(spent), g(r"未支出的([\d.]+)万元"))
    dr.truth("carried over to the year after 2021", "结转至2022年" in dr.text)
    dr.eq("开放天数完成率", 341 / 330 * 100, g(r"完成年度目标的([\d.]+)%；联检楼"))
    dr.same("开放天数 text/table", g(r"货运通道开放(\d+)天，完成"), dr.row("产出指标｜数量指标｜货运通道开放天数")[4].rstrip("天"))
    dr.eq("车辆消杀完成率", to_f(g(r"终末消杀([\d.]+)万辆次，完成")) / 6 * 100, g(r"完成年度目标的([\d.]+)%，消杀"))
    dr.eq("完好率完成率", to_f(g(r"查验辅助设备完好率([\d.]+)%，未达到")) / 95 * 100, g(r"指标完成率([\d.]+)%"))
    dr.same("日均通关 text/table", g(r"日均通关车辆(\d+)辆次，较"), dr.row("效益指标｜社会效益指标｜货运通道日均通关车辆")[4].rstrip("辆次"))
    dr.eq("满意度", to_f(g(r"满意及基本满意(\d+)份")) / to_f(g(r"收回有效问卷(\d+)份")) * 100, g(r"满意及基本满意\d+份，满意度([\d.]+)%"))
    parts = [g(r"预算执行率得分([\d.]+)分"), g(r"产出指标得分([\d.]+)分"), g(r"效益指标得分([\d.]+)分"), g(r"满意度指标得分([\d.]+)分")]
    stated = g(r"综合得分([\d.]+)分")
    dr.eq("prose parts add to the total", sum(map(to_f, parts)), stated)
    dr.same("prose/table total", stated, total)
    dr.same("prose execution score / table", parts[0], fw[6])
    dr.truth("grade in text", grade(to_f(stated)) == g(r"自评等级为“(.)”"))
    dr.truth("grade in table", grade(to_f(total)) == g(r"自评等级：(.)"))


def check_pingxiang(dr):
    g = dr.get
    check_funds_tables(dr)
    fw = dr.row("年度资金总额")
    total = check_indicator_table(dr, extra_weight=to_f(fw[4]), extra_score=to_f(fw[6]))
    rows = [dr.row("其中：中央补助资金"), dr.row("自治区补助资金"), dr.row("市本级资金"), dr.row("其他资金")]
    for k, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        dr.eq(f"funds column {col} adds up", sum(to_f(r[k]) for r in rows), fw[k])
    init, year = g(r"年初预算([\d.]+)万元。"), g(r"调整后全年预算([\d.]+)万元")
    dr.same("text/table 年初", init, fw[1])
    dr.same("text/table 全年", year, fw[2])
    dr.eq("年初 + 追加 = 全年", to_f(init) + to_f(g(r"自治区追加补助资金([\d.]+)万元")) + to_f(g(r"市本级追加([\d.]+)万元")), year)
    dr.eq("自治区 追加", to_f(rows[1][2]) - to_f(rows[1][1]), g(r"自治区追加补助资金([\d.]+)万元"))
    dr.eq("市本级 追加", to_f(rows[2][2]) - to_f(rows[2][1]), g(r"市本级追加([\d.]+)万元"))
    dr.eq("中央 share", to_f(g(r"中央补助资金([\d.]+)万元，占")) / to_f(year) * 100, g(r"占全年预算的([\d.]+)%"))
    spent = g(r"项目实际支出([\d.]+)万元")
    dr.same("text/table 执行", spent, fw[3])
    dr.eq("prose 执行率", to_f(spent) / to_f(year) * 100, g(r"项目实际支出[\d.]+万元，预算执行率([\d.]+)%"))
    unspent = g(r"未支出的([\d.]+)万元")
    dr.eq("未支出 = 全年 - 执行", to_f(year) - to_f(spent), unspent)
    a, b = g(r"监控改造款([\d.]+)万元"), g(r"落地加工奖补([\d.]+)万元，已")
    dr.eq("未支出 parts", to_f(a) + to_f(b), unspent)
    dr.eq("自治区 unspent", to_f(rows[1][2]) - to_f(rows[1][3]), a)
    dr.eq("市本级 unspent", to_f(rows[2][2]) - to_f(rows[2][3]), b)
    dr.eq("互助组补助 = 126 x 5000元", to_f(g(r"对(\d+)个互助组拨付")) * to_f(g(r"每个互助组(\d+)元")) / 10000,
          g(r"拨付运行补助([\d.]+)万元"))
    dr.same("互助组 text/table", g(r"补助边民互助组(\d+)个；"), dr.row("产出指标｜数量指标｜补助边民互助组数量")[4].rstrip("个"))
    trade = g(r"交易额([\d.]+)亿元，完成目标")
    dr.eq("交易额完成率", to_f(trade) / 95 * 100, g(r"完成目标的([\d.]+)%"))
    pts = [g(r"浦寨互市点交易额([\d.]+)亿元"), g(r"弄尧互市点([\d.]+)亿元"), g(r"叫堪互市点([\d.]+)亿元"), g(r"平而互市点([\d.]+)亿元")]
    dr.eq("互市点 parts add to 交易额", sum(map(to_f, pts)), trade)
    dr.eq("互市点 average", sum(map(to_f, pts)) / 4, g(r"平均每个互市点([\d.]+)亿元"))
    dr.same("边民人数 text/table", g(r"全年参与互市贸易的边民([\d.]+)万人"), dr.row("效益指标｜社会效益指标｜参与互市贸易边民人数")[4].rstrip("万人"))
    dr.eq("满意度", to_f(g(r"表示满意的(\d+)人")) / to_f(g(r"抽取参与互市的边民(\d+)人")) * 100, g(r"满意度(\d+)%。"))
    stated = g(r"本项目得分([\d.]+)分")
    dr.same("prose/table total", stated, total)
    dr.truth("grade 优秀", grade(to_f(stated)) == "优" and "评价等级为优秀" in dr.text)


def check_jeminay(dr):
    g = dr.get
    check_funds_tables(dr)
    fw = dr.row("年度资金总额")
    total = check_indicator_table(dr, extra_weight=to_f(fw[4]), extra_score=to_f(fw[6]))
    rows = [dr.row("其中：当年财政拨款"), dr.row("上年结转资金"), dr.row("其他资金")]
    for k, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        dr.eq(f"funds column {col} adds up", sum(to_f(r[k]) for r in rows), fw[k])
    init, add, year = g(r"2020年年初预算([\d.]+)万元"), g(r"追加查验场地消杀经费([\d.]+)万元"), g(r"调整后全年预算([\d.]+)万元")
    dr.eq("年初 + 追加 = 全年", to_f(init) + to_f(add), year)
    dr.same("text/table 年初", init, fw[1])
    dr.same("text/table 全年", year, fw[2])
    budget_parts = [g(r"查验设备运维费([\d.]+)万元"), g(r"水电及供暖费([\d.]+)万元"), g(r"货运通道及卡口维护([\d.]+)万元"), g(r"查验场地消杀费([\d.]+)万元")]
    dr.eq("budget parts add to 全年", sum(map(to_f, budget_parts)), year)
    dr.same("消杀 budget = 追加", budget_parts[3], add)
    recv = g(r"实际到位([\d.]+)万元")
    dr.eq("到位率", to_f(recv) / to_f(year) * 100, g(r"到位率(\d+)%"))
    spent = g(r"项目实际支出([\d.]+)万元")
    dr.same("text/table 执行", spent, fw[3])
    dr.eq("prose 执行率", to_f(spent) / to_f(year) * 100, g(r"项目实际支出[\d.]+万元，预算执行率([\d.]+)%"))
    spend_parts = [g(r"查验设备运维支出([\d.]+)万元"), g(r"水电及供暖支出([\d.]+)万元"), g(r"卡口维护支出([\d.]+)万元"), g(r"消杀支出([\d.]+)万元")]
    dr.eq("spending parts add to 执行", sum(map(to_f, spend_parts)), spent)
    for bp, sp in zip(budget_parts, spend_parts):
        dr.truth(f"part spending {sp} within its budget {bp}", to_f(sp) <= to_f(bp))
    dr.eq("结余 = 到位 - 执行", to_f(recv) - to_f(spent), g(r"年末结余([\d.]+)万元"))
    dr.same("维保费用 text/table", spend_parts[0], dr.row("产出指标｜成本指标｜查验设备年度维保费用")[4].rstrip("万元"))
    dr.eq("通关量完成率", to_f(g(r"货运通关量([\d.]+)万吨，完成")) / 120 * 100, g(r"完成年度目标的([\d.]+)%"))
    parts = [g(r"预算执行率得分([\d.]+)分"), g(r"产出指标得分([\d.]+)分"), g(r"效益指标得分([\d.]+)分"), g(r"满意度指标得分([\d.]+)分")]
    stated = g(r"总得分([\d.]+)分")
    dr.eq("prose parts add to the total", sum(map(to_f, parts)), stated)
    dr.same("prose/table total", stated, total)
    # first-level subtotals of the table equal the prose parts
    lines = [ln.split("｜") for ln in dr.lines if ln.startswith(("产出指标｜", "效益指标｜", "满意度指标｜"))]
    for lvl, part in (("产出指标", parts[1]), ("效益指标", parts[2]), ("满意度指标", parts[3])):
        dr.eq(f"{lvl} subtotal", sum(to_f(c[7]) for c in lines if c[0] == lvl), part)
    dr.same("execution score prose/table", parts[0], fw[6])
    dr.truth("grade 优", grade(to_f(stated)) == g(r"等级为(.)。"))


def check_ejina(dr):
    g = dr.get
    dr.truth("prose-only draft has no table", "｜" not in dr.text)
    budget = g(r"本项目2018年预算(\d+)万元")
    parts = [g(r"边境巡逻路养护(\d+)万元"), g(r"附属设施维修(\d+)万元"), g(r"应急抢通经费(\d+)万元。")]
    dr.eq("budget parts", sum(map(to_f, parts)), budget)
    dr.eq("sources", to_f(g(r"转移支付资金(\d+)万元")) + to_f(g(r"旗本级财政资金(\d+)万元")), budget)
    dr.eq("自治区 issued in two parts", to_f(g(r"自治区资金中的(\d+)万元")) + to_f(g(r"其余(\d+)万元")), g(r"转移支付资金(\d+)万元"))
    recv = g(r"全年资金到位(\d+)万元")
    dr.eq("到位率", to_f(recv) / to_f(budget) * 100, g(r"到位率(\d+)%"))
    spent = g(r"项目累计支出([\d.]+)万元")
    dr.eq("执行率", to_f(spent) / to_f(budget) * 100, g(r"预算执行率([\d.]+)%"))
    dr.truth("spending dated at the end of 2018", "截至2018年12月31日" in dr.text)
    e_b, e_s = g(r"应急抢通经费年初安排(\d+)万元"), g(r"当年实际发生([\d.]+)万元")
    dr.same("应急 budget twice", e_b, parts[2])
    dr.eq("应急 使用率", to_f(e_s) / to_f(e_b) * 100, g(r"使用率([\d.]+)%"))
    dr.truth("应急 use rate <= 100%", to_f(e_s) <= to_f(e_b))
    dr.eq("结转 = 到位 - 支出", to_f(recv) - to_f(spent), g(r"项目结转([\d.]+)万元"))
    dr.truth("carried to the following year", "已结转至2019年" in dr.text)
    segs = [g(r"分别承担(\d+)公里"), g(r"、(\d+)公里和"), g(r"和(\d+)公里的巡逻路")]
    km = g(r"全年完成边境巡逻路养护(\d+)公里")
    dr.eq("班组 segments add to 养护里程", sum(map(to_f, segs)), km)
    dr.eq("average per 班组", sum(map(to_f, segs)) / 3, g(r"平均每组(\d+)公里"))
    dr.eq("里程完成率", to_f(km) / to_f(g(r"完成边境巡逻路养护(\d+)公里以上")) * 100, g(r"养护\d+公里，完成率([\d.]+)%"))
    dr.same("畅通里程 = 养护里程", g(r"巡逻路(\d+)公里全线保持畅通"), km)
    dr.same("172 -> 里程", g(r"增加到(\d+)公里"), km)
    fac = g(r"维修货运通道附属设施(\d+)处，完成率")
    dr.eq("附属设施完成率", to_f(fac) / to_f(g(r"维修货运通道附属设施(\d+)处；")) * 100, g(r"附属设施\d+处，完成率([\d.]+)%"))
    dr.eq("附属设施 10 + 1", to_f(g(r"(\d+)处附属设施维修于10月25日")) + to_f(g(r"(\d+)处于11月中旬")), fac)
    dr.eq("满意率", to_f(g(r"其中满意(\d+)份")) / to_f(g(r"收回(\d+)份")) * 100, g(r"满意率([\d.]+)%"))
    sc = [g(r"预算执行率指标得([\d.]+)分"), g(r"产出指标得([\d.]+)分"), g(r"效益指标得([\d.]+)分"), g(r"满意度指标得([\d.]+)分")]
    total = g(r"合计([\d.]+)分")
    dr.eq("execution score = 10 x rate", r2(10 * to_f(spent) / to_f(budget)), sc[0])
    dr.eq("score parts add to the total", sum(map(to_f, sc)), total)
    for s, w in zip(sc, (10, 50, 30, 10)):
        dr.truth(f"score {s} within default weight {w}", to_f(s) <= w)
    dr.truth("grade 优秀", grade(to_f(total)) == "优" and "评价等级为优秀" in dr.text)


def check_suifenhe(dr):
    g = dr.get
    n = check_funds_tables(dr)
    dr.truth("two funds tables", n == 2)
    total = check_indicator_table(dr)
    tot, basic, staff, pub, proj = dr.row("合计｜1,268.40"), dr.row("基本支出"), dr.row("其中：人员经费"), dr.row("公用经费"), dr.row("项目支出")
    for k, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        dr.eq(f"基本 + 项目 = 合计 ({col})", to_f(basic[k]) + to_f(proj[k]), tot[k])
        dr.eq(f"人员 + 公用 = 基本 ({col})", to_f(staff[k]) + to_f(pub[k]), basic[k])
    projects = [dr.row("口岸运行保障经费"), dr.row("国门安全防控设施运维经费"), dr.row("查验设施维修改造")]
    ptot = dr.row("合计｜598.80")
    for k, col in ((1, "全年"), (2, "执行")):
        dr.eq(f"projects add up ({col})", sum(to_f(p[k]) for p in projects), ptot[k])
        dr.same(f"project total = 项目支出 ({col})", ptot[k], proj[k + 1])
    dr.same("project total rate", ptot[3].rstrip("%"), proj[4].rstrip("%"))
    inc, init, add = g(r"部门收入([\d.]+)万元"), g(r"其中年初预算([\d.]+)万元"), g(r"年中追加([\d.]+)万元")
    dr.same("收入 = 全年预算", inc, tot[2])
    dr.same("年初 text/table", init, tot[1])
    dr.eq("年初 + 追加 = 收入", to_f(init) + to_f(add), inc)
    a1, a2 = g(r"人员调资([\d.]+)万元"), g(r"补点运维([\d.]+)万元")
    dr.eq("追加 parts", to_f(a1) + to_f(a2), add)
    dr.eq("人员调资 = 人员经费 全年 - 年初", to_f(staff[2]) - to_f(staff[1]), a1)
    dr.eq("项目 追加 = 项目 全年 - 年初", to_f(proj[2]) - to_f(proj[1]), a2)
    spent = g(r"部门支出([\d.]+)万元")
    dr.same("支出 text/table", spent, tot[3])
    dr.eq("整体执行率", to_f(spent) / to_f(inc) * 100, g(r"整体预算执行率([\d.]+)%"))
    sg = [g(r"公务用车运行维护费([\d.]+)万元"), g(r"公务接待费([\d.]+)万元")]
    sg_tot = g(r"“三公”经费支出([\d.]+)万元，其中")
    dr.eq("三公 parts", sum(map(to_f, sg)), sg_tot)
    dr.same("三公 text/table", sg_tot, dr.row("产出指标｜成本指标｜“三公”经费支出")[4].rstrip("万元"))
    bal = g(r"年末结转结余([\d.]+)万元")
    dr.eq("结转结余 = 收入 - 支出", to_f(inc) - to_f(spent), bal)
    dr.eq("结转结余率", to_f(bal) / to_f(inc) * 100, g(r"结转结余率([\d.]+)%"))
    b = [g(r"口岸运行保障经费结转([\d.]+)万元"), g(r"支出158.48万元，结转([\d.]+)万元"), g(r"查验设施维修改造结转([\d.]+)万元")]
    for p, bb in zip(projects, b):
        dr.eq(f"project balance {p[0]}", to_f(p[1]) - to_f(p[2]), bb)
    dr.eq("project balances add to 结转结余", sum(map(to_f, b)), bal)
    dr.same("国门 budget text/table", g(r"运维经费全年预算([\d.]+)万元"), projects[1][1])
    dr.same("国门 rate text/table", g(r"运维经费执行率([\d.]+)%"), projects[1][3].rstrip("%"))
    dr.eq("旅客完成率", to_f(g(r"出入境旅客([\d.]+)万人次，完成")) / 60 * 100, g(r"完成目标的([\d.]+)%"))
    dr.same("execution row = 整体执行率", dr.row("预算执行｜")[4].rstrip("%"), g(r"整体预算执行率([\d.]+)%"))
    stated = g(r"自评得分([\d.]+)分")
    dr.same("prose/table total", stated, total)
    dr.truth("grade 优", grade(to_f(stated)) == g(r"等级为“(.)”"))


CHECKS = {
    "yn-hekou-kouanbaozhang-2021": check_hekou,
    "gx-pingxiang-bianminhushi-2023": check_pingxiang,
    "xj-jeminay-chayansheshi-2020": check_jeminay,
    "nm-ejina-bianjingtongdao-2018": check_ejina,
    "hlj-suifenhe-kouanbumen-2024": check_suifenhe,
}


def run_checks(src, dr):
    try:
        CHECKS[src](dr)
    except (ValueError, IndexError, ZeroDivisionError, StopIteration) as exc:
        fail(f"{dr.name}: cannot read a figure ({exc!r})")


def one_place(clean, err):
    """Start/end of the changed region in the error case, and the number of lines it touches."""
    p = 0
    while p < min(len(clean), len(err)) and clean[p] == err[p]:
        p += 1
    s = 0
    while s < min(len(clean), len(err)) - p and clean[-1 - s] == err[-1 - s]:
        s += 1
    region = err[p:len(err) - s]
    return p, len(err) - s, region.count("\n") + 1, clean[p:len(clean) - s]


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    names = [lab["case"] for lab in labels]
    if sorted(names) != files or len(set(names)) != len(names):
        fail("labels.jsonl and cases/ do not list the same files")
    sources = sorted({lab["source"] for lab in labels})
    if sources != sorted(CHECKS):
        fail(f"sources {sources}")
    code_count = {}
    for lab in labels:
        text = read(lab["case"])
        clean = read(lab["source"] + "-clean.txt")
        if lab["clean"]:
            if lab["expected"] or lab["case"] != lab["source"] + "-clean.txt":
                fail(f"{lab['case']}: clean case with findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{lab['case']}: {n} characters")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected one finding")
        for exp in lab["expected"]:
            if exp["code"] not in CODES or exp["severity"] != "error":
                fail(f"{lab['case']}: code/severity {exp['code']}/{exp['severity']}")
            code_count[exp["code"]] = code_count.get(exp["code"], 0) + 1
            if exp["value"] not in text:
                fail(f"{lab['case']}: value {exp['value']!r} not in the case")
            if exp["value"] in clean:
                fail(f"{lab['case']}: value {exp['value']!r} already in the clean draft")
        if text == clean:
            fail(f"{lab['case']}: identical to the clean draft")
            continue
        start, end, nlines, old = one_place(clean, text)
        if nlines > 2 or end - start > 80:
            fail(f"{lab['case']}: change spans {nlines} lines / {end - start} chars")
        val = lab["expected"][0]["value"]
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if not any(o < end and o + len(val) > start for o in occ):
            fail(f"{lab['case']}: value does not cover the changed text")
    for code in sorted(CODES):
        if code_count.get(code, 0) < 2:
            fail(f"code {code} used {code_count.get(code, 0)} times (< 2)")
    # arithmetic of the clean drafts
    total_checks = 0
    for src, fn in CHECKS.items():
        dr = Draft(src + "-clean.txt")
        run_checks(src, dr)
        total_checks += dr.checks
        print(f"{src}: {len(dr.text)} chars, {dr.checks} arithmetic checks")
    # self-test: the same arithmetic must fail on every error case
    for lab in labels:
        if lab["clean"]:
            continue
        before = len(FAILS)
        dr = Draft(lab["case"])
        run_checks(lab["source"], dr)
        found = FAILS[before:]
        del FAILS[before:]
        if not found:
            fail(f"{lab['case']}: the clean-draft arithmetic does not notice the injected error")
        elif "-v" in sys.argv:
            print(f"  {lab['case']} ({lab['expected'][0]['code']}): {found[0]}")
    print(f"{len(labels)} labels, {sum(code_count.values())} injected errors, {len(code_count)} codes, {total_checks} checks")
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
