#!/usr/bin/env python3
"""Verify drafts156.

1. The set: every case named in labels.jsonl exists and every case file is labelled; clean cases expect
   nothing; every error case differs from its clean draft in one contiguous place; every label value
   occurs in its case, overlaps the changed place and does not occur in the clean draft; each of the
   13 codes of errors.md section A occurs at least twice; clean drafts are 3,000-5,000 characters.
2. The arithmetic of every clean draft, redone from the figures it prints: funds (sums, rates,
   balances), indicator tables re-read from the layout of each draft (weights to 100, scores to the
   total, score <= weight, score and completion from target and actual), grade band, averages, shares,
   and the figures the prose repeats.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAILS = []


def check(cond, msg):
    if not cond:
        FAILS.append(msg)
    return cond


def r(x, d):
    """Round half up to d decimals, return Decimal."""
    q = D(1).scaleb(-d)
    return D(x).quantize(q, rounding=ROUND_HALF_UP)


def consistent(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d with d the decimals written."""
    s = str(stated)
    d = len(s.split(".")[1]) if "." in s else 0
    return abs(D(computed) - D(s)) <= D("0.5") * D(10) ** (-d) + D("1e-9")


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


NUM = re.compile(r"-?\d+(?:\.\d+)?")


def parse_value(cell):
    """'≥620万公里' -> ('gte', 620); '0起' -> ('eq', 0); '明显改善' -> (None, None)."""
    cell = cell.strip()
    sign = None
    if cell[:1] in "≥＞>":
        sign = "gte"
    elif cell[:1] in "≤＜<":
        sign = "lte"
    elif cell[:1] == "=":
        sign = "eq"
    m = NUM.search(cell)
    if not m:
        return None, None
    return sign or "eq", D(m.group())


def actual_value(cell):
    m = NUM.search(cell)
    return D(m.group()) if m else None


def rule_score(target, actual, weight):
    """rules.md section 5; returns (completion %, score) or (None, None) for qualitative rows."""
    sign, t = parse_value(target)
    a = actual_value(actual)
    if sign is None or a is None:
        return None, None
    w = D(weight)
    if sign == "lte":
        comp = D(100) if a <= t else t / a * 100
    elif t == 0:  # eq zero, e.g. 0起
        comp = D(100) if a <= 0 else D(0)
    else:  # gte, or eq with a positive target: scored like gte
        comp = a / t * 100
    score = w * min(comp, D(100)) / 100
    return comp, score


class Row:
    def __init__(self, level1, name, target, actual, weight, score, completion=None):
        self.level1, self.name, self.target, self.actual = level1, name, target, actual
        self.weight, self.score, self.completion = weight, score, completion


def check_rows(src, rows, total_weight, total_score, qualitative):
    """Weights to 100, scores to the total, each row's score and completion from target/actual."""
    wsum = sum(D(x.weight) for x in rows)
    ssum = sum(D(x.score) for x in rows)
    check(wsum == D(total_weight) == 100, f"{src}: weights add to {wsum}, stated {total_weight}")
    check(consistent(total_score, ssum), f"{src}: scores add to {ssum}, stated total {total_score}")
    for x in rows:
        check(D(0) <= D(x.score) <= D(x.weight), f"{src}: {x.name} score {x.score} outside 0..{x.weight}")
        if x.name in qualitative:
            check(D(x.score) == D(qualitative[x.name]), f"{src}: qualitative row {x.name} score {x.score}")
            continue
        if x.actual.strip().endswith("%"):  # I5: a rate or a satisfaction cannot pass 100%
            check(actual_value(x.actual) <= 100, f"{src}: {x.name} actual {x.actual} above 100%")
        unit = lambda s: NUM.sub("", s.strip().lstrip("≥≤＞＜<>=")).strip()
        check(unit(x.target) == unit(x.actual), f"{src}: {x.name} target {x.target} / actual {x.actual} units differ")
        if x.name == "预算执行率":  # execution row: 10 x min(rate, 100%)
            rate = actual_value(x.actual)
            comp, want = rate, D(x.weight) * min(rate, D(100)) / 100
        else:
            comp, want = rule_score(x.target, x.actual, x.weight)
        check(want is not None, f"{src}: cannot score row {x.name}")
        if want is None:
            continue
        check(consistent(x.score, want), f"{src}: {x.name} score {x.score}, rule gives {r(want, 2)}")
        if x.completion is not None:
            check(consistent(x.completion.rstrip("%"), comp),
                  f"{src}: {x.name} completion {x.completion}, computed {r(comp, 2)}")


def level_sums(rows):
    out = {}
    for x in rows:
        out.setdefault(x.level1, [D(0), D(0)])
        out[x.level1][0] += D(x.weight)
        out[x.level1][1] += D(x.score)
    return out


def has(src, text, s):
    return check(s in text, f"{src}: text lacks {s!r}")


def eq(src, what, stated, computed):
    return check(consistent(stated, computed), f"{src}: {what}: stated {stated}, computed {r(computed, 4)}")


# ---------------------------------------------------------------------------------------------------
# per-draft arithmetic

def v_dingyuan(src, t):
    lines = t.split("\n")
    funds = {}
    rows, level1, in_ind, total = [], None, False, None
    for ln in lines:
        c = ln.split("\t")
        if len(c) >= 8 and c[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[c[1]] = c[2:8]
        if c[0] == "绩效指标":
            in_ind = True
            continue
        if in_ind and c[0] == "总分":
            total = (c[6], c[7])
            in_ind = False
        elif in_ind and len(c) >= 8:
            level1 = c[1] or level1
            rows.append(Row(level1, c[3], c[4], c[5], c[6], c[7]))
    tot = funds["年度资金总额"]
    parts = [funds["其中：当年财政拨款"], funds["上年结转资金"], funds["其他资金"]]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        eq(src, f"funds {col} = sum of sources", tot[i], sum(D(p[i]) for p in parts))
    initial, budget, spent = D(tot[0]), D(tot[1]), D(tot[2])
    rate = pct(spent, budget)
    eq(src, "执行率 (table)", tot[4].rstrip("%"), rate)
    eq(src, "执行率 score", tot[5], 10 * min(rate, D(100)) / 100)
    check(funds["其他资金"][4] == "—", f"{src}: zero-base rate cell must be —")
    exec_row = Row("预算执行", "预算执行率", "100%", tot[4], tot[3], tot[5])
    allrows = [exec_row] + rows
    check_rows(src, allrows, total[0], total[1], {"农村客运长效运营机制": 8})
    # prose
    has(src, t, "资金386.00万元"); has(src, t, "第二批资金45.20万元"); has(src, t, "结转的21.40万元")
    eq(src, "年初 386.00 + 追加 45.20 = 当年拨款", funds["其中：当年财政拨款"][1], D("386.00") + D("45.20"))
    has(src, t, f"全年预算数为{budget}万元"); has(src, t, f"全年实际支出{spent}万元")
    has(src, t, f"预算执行率{r(rate, 2)}%")
    has(src, t, f"结余{budget - spent}万元"); has(src, t, "结转至2022年")
    groups = [(186, "261.30"), (84, "116.20"), (42, "39.25")]
    for n, m in groups:
        has(src, t, f"{n}辆，补贴{m}万元")
    cur = D(funds["其中：当年财政拨款"][2])
    eq(src, "当年资金 = sum of operators", cur, sum(D(m) for _, m in groups))
    has(src, t, f"当年资金{cur}万元")
    vehicles = sum(n for n, _ in groups)
    eq(src, "vehicles", 312, vehicles)
    has(src, t, "车辆312辆"); has(src, t, "\t312辆\t")
    has(src, t, "车均补贴约1.34万元"); eq(src, "车均", "1.34", cur / vehicles)
    has(src, t, "完成年度目标的104%"); eq(src, "completion 312/300", "104", pct(312, 300))
    has(src, t, "较2020年的298辆增加14辆"); eq(src, "增加", 14, 312 - 298)
    loads = ["58.2", "66.0", "61.5", "64.3", "62.0"]
    has(src, t, "（分别为" + "%、".join(loads) + "%）")
    has(src, t, "平均实载率为62.4%"); eq(src, "average 实载率", "62.4", sum(D(x) for x in loads) / len(loads))
    has(src, t, "满意及基本满意561份，乘客满意度96.4%"); has(src, t, "有效问卷582份")
    eq(src, "satisfaction 561/582", "96.4", pct(561, 582))
    has(src, t, "\t96.4%\t")
    lv = level_sums(rows)
    has(src, t, "预算执行率10分、产出指标50分、效益指标30分、满意度指标10分")
    check([lv["产出指标"][0], lv["效益指标"][0], lv["满意度指标"][0]] == [50, 30, 10], f"{src}: level weights")
    has(src, t, f"预算执行率得分{tot[5]}分")
    for name, stated in [("产出指标", "49.68"), ("效益指标", "28"), ("满意度指标", "10")]:
        has(src, t, f"{name}得分{stated}分"); eq(src, f"{name} score", stated, lv[name][1])
    has(src, t, f"综合自评得分{total[1]}分，评价等级为“优秀”")
    check(grade(total[1]) == "优", f"{src}: grade")
    has(src, t, "2021年度")


def flattened_tables(t):
    """Seed-003 layout: one cell per line with a leading tab, a blank line between rows."""
    tables, cur, row = [], [], []
    for ln in t.split("\n"):
        if ln.startswith("\t"):
            row.append(ln[1:])
        elif ln == "" and row:
            cur.append(row)
            row = []
        else:
            if row:
                cur.append(row)
                row = []
            if cur:
                tables.append(cur)
                cur = []
    if row:
        cur.append(row)
    if cur:
        tables.append(cur)
    return tables


def v_guannan(src, t):
    tabs = flattened_tables(t)
    check(len(tabs) == 2, f"{src}: expected 2 flattened tables, got {len(tabs)}")
    funds, ind = tabs[0], tabs[1]
    f = {row[0]: row for row in funds}
    # columns: 项目 行次 总金额 小计 省级 县级 上年结转 其他
    num = lambda s: D(s) if s.strip() else D(0)
    for key in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]:
        row = f[key]
        eq(src, f"{key}: 总金额 = 小计 + 结转 + 其他", row[2], num(row[3]) + num(row[6]) + num(row[7]))
        eq(src, f"{key}: 小计 = 省级 + 县级", row[3], num(row[4]) + num(row[5]))
    for col in range(2, 8):
        got = num(f["实际到位资金"][col]) - num(f["全年执行资金"][col])
        eq(src, f"结余 col {col}", f["资金结余"][col] or "0", got)
        base = num(f["全年预算资金"][col])
        for key, numer in [("预算到位率", "实际到位资金"), ("预算执行率(%)", "全年执行资金")]:
            stated = f[key][col]
            if base == 0:
                check(stated in ("0", ""), f"{src}: {key} col {col} zero base prints {stated}")
            else:
                eq(src, f"{key} col {col}", stated, pct(num(f[numer][col]), base))
    budget, spent = D(f["全年预算资金"][2]), D(f["全年执行资金"][2])
    rows, level1, total = [], None, None
    for row in ind[1:]:
        if row[0] == "合计":
            total = (row[3], row[7])
            continue
        level1 = row[0] or level1
        rows.append(Row(level1, row[2], row[4], row[5], row[3], row[7], completion=row[6]))
    check(rows[0].name == "预算执行率", f"{src}: first row is the execution row")
    eq(src, "execution row actual", rows[0].actual.rstrip("%"), pct(spent, budget))
    check_rows(src, rows, total[0], total[1], {})
    lv = level_sums(rows)
    for name, label in [("预算执行指标", "预算执行得分"), ("产出指标", "产出指标得分"), ("效益指标", "效益指标得分"),
                        ("满意度指标", "满意度指标得分")]:
        m = re.search(label + r"(\d+(?:\.\d+)?)分", t)
        check(m is not None, f"{src}: no {label}")
        if m:
            eq(src, label, m.group(1), lv[name][1])
    has(src, t, f"总得分{total[1]}分，属于“优秀”"); check(grade(total[1]) == "优", f"{src}: grade")
    # prose figures
    has(src, t, "全年预算资金1356.80万元"); has(src, t, "全年执行1318.52万元")
    parts = ["986.40", "156.80", "175.32"]
    has(src, t, "其中：运营亏损补贴986.40万元，省级新能源公交车运营补贴156.80万元，老年人等免费乘车补贴175.32万元")
    eq(src, "execution breakdown", spent, sum(D(x) for x in parts))
    eq(src, "1200.00 + 156.80", budget, D("1200.00") + D("156.80"))
    eq(src, "free rides 146.1万人次 x 1.20元", "175.32", D("146.1") * D("1.20"))
    has(src, t, "免费乘车约146.1万人次"); has(src, t, "每人次1.20元")
    has(src, t, "营运公交车136辆，其中新能源公交车112辆，占82.35%"); eq(src, "新能源占比", "82.35", pct(112, 136))
    has(src, t, "\t82.35%\n")
    has(src, t, "客运量748.25万人次，日均2.05万人次"); eq(src, "日均", "2.05", D("748.25") / 365)
    has(src, t, "占全年客运量的19.53%"); eq(src, "免费乘车占比", "19.53", pct("146.1", "748.25"))
    has(src, t, "较2022年日均1.87万人次增长9.63%"); eq(src, "增长", "9.63", pct(D("2.05") - D("1.87"), "1.87"))
    has(src, t, "运营亏损补贴986.40万元，折合每车公里约1.54元"); has(src, t, "运营里程641.3万公里")
    eq(src, "每车公里", "1.54", D("986.40") / D("641.3"))
    lines_n = [a or b for a, b in re.findall(r"线路(\d+)条|(\d+)条(?:城市公交)?线路", t)]
    check(len(lines_n) >= 3 and set(lines_n) == {"12"}, f"{src}: bus lines not 12 everywhere: {lines_n}")
    has(src, t, "\t≥12条\n\t12条\n")
    for fig in ["88.2%", "94.6%", "15.8%"]:
        has(src, t, fig)
    has(src, t, "2023年度")


def v_dejiang(src, t):
    lines = t.split("\n")
    fund = next(l for l in lines if l.startswith("年度资金总额 "))
    a = fund.split()
    initial, budget, spent, w, rate_s, score = a[1], a[2], a[3], a[4], a[5], a[6]
    rate = pct(spent, budget)
    eq(src, "执行率 (table)", rate_s.rstrip("%"), rate)
    eq(src, "execution score", score, D(w) * rate / 100)
    fin = next(l for l in lines if l.startswith("其中：当年财政拨款 ")).split()
    check(fin[1:4] == [initial, budget, spent], f"{src}: 当年财政拨款 row differs from 年度资金总额")
    rows, level1, inside, total = [], None, False, None
    pat = re.compile(r"^(?P<head>.+?) (?P<target>\S+) (?P<actual>\S+) (?P<w>\d+) (?P<s>\d+(?:\.\d+)?)(?: (?P<note>\D.*))?$")
    for ln in lines:
        if ln.startswith("一级指标 二级指标"):
            inside = True
            continue
        if not inside:
            continue
        if ln.startswith("总分 "):
            _, tw, ts = ln.split()
            total = (tw, ts)
            break
        m = pat.match(ln)
        if not m:
            continue
        head = m.group("head").split()
        if head[0].endswith("指标") and len(head) == 3:
            level1 = head[0]
        rows.append(Row(level1, head[-1], m.group("target"), m.group("actual"), m.group("w"), m.group("s")))
    check(len(rows) == 9, f"{src}: expected 9 indicator rows, read {len(rows)}")
    allrows = [Row("预算执行", "预算执行率", "100%", rate_s, w, score)] + rows
    check_rows(src, allrows, total[0], total[1], {"群众出行条件": 7, "农村公路养护长效机制": 7})
    lv = level_sums(rows)
    check([lv["产出指标"][0], lv["效益指标"][0], lv["满意度指标"][0]] == [50, 30, 10], f"{src}: level weights")
    ind_sum = sum(D(x.score) for x in rows)
    has(src, t, f"预算执行率得分 {score} 分，产出、效益、满意度三类绩效指标合计得分 {ind_sum} 分，自评得分 {total[1]} 分，评价等级为“良好”")
    check(grade(total[1]) == "良", f"{src}: grade")
    # prose
    roads = {"县道": (D("412.6"), D("10000")), "乡道": (D("873.5"), D("5000")), "村道": (D("1560.2"), D("1000"))}
    has(src, t, "列养农村公路 2846.3 公里，其中县道 412.6 公里、乡道 873.5 公里、村道 1560.2 公里")
    eq(src, "road length", "2846.3", sum(v[0] for v in roads.values()))
    has(src, t, "县道每年每公里 10000 元、乡道 5000 元、村道 1000 元")
    eq(src, "need", budget, sum(km * std for km, std in roads.values()) / 10000)
    has(src, t, f"资金需求 {budget} 万元")
    has(src, t, "省级农村公路养护补助资金 620.00 万元和县级配套资金 385.37 万元")
    eq(src, "sources", budget, D("620.00") + D("385.37"))
    check(initial == budget, f"{src}: 年初 = 全年 (年内未作调整)"); has(src, t, "年内未作调整")
    has(src, t, f"项目资金支出 {spent} 万元，预算执行率 {rate_s}，结余 {D(budget) - D(spent)} 万元")
    has(src, t, "省级补助资金 620.00 万元，支出 560.00 万元，支出率 90.32%")
    eq(src, "省级支出率", "90.32", pct("560.00", "620.00"))
    has(src, t, "县级配套资金 385.37 万元，支出 252.46 万元，支出率 65.51%")
    eq(src, "县级支出率", "65.51", pct("252.46", "385.37"))
    eq(src, "spent = 省 + 县", spent, D("560.00") + D("252.46"))
    has(src, t, "结转至 2021 年"); has(src, t, "截至 2020 年 12 月 31 日")
    has(src, t, "水毁路段 40 处，其中 36 处在规定时限内抢通，抢通及时率 90%"); eq(src, "抢通", "90", pct(36, 40))
    has(src, t, "养护员 326 人，其中建档立卡贫困劳动力 211 人，占 64.72%"); eq(src, "贫困劳动力占比", "64.72", pct(211, 326))
    has(src, t, "有效问卷 386 份，其中满意及基本满意 320 份，沿线群众满意度约 83%")
    eq(src, "满意度", "83", pct(320, 386))
    for fig in ["优良中等路率 68%", "保洁达标率 85%"]:
        has(src, t, fig)


def pipe_rows(t, sep):
    out = []
    for ln in t.split("\n"):
        if sep not in ln:
            continue
        cells = [c.strip() for c in ln.strip().strip(sep).split(sep)] if sep == "|" else ln.split(sep)
        out.append(cells)
    return out


def v_yongning(src, t):
    rows_all = pipe_rows(t, "|")
    funds = {c[1]: c[2:8] for c in rows_all if len(c) >= 8 and c[0] == "" and c[1]}
    tot = funds["年度资金总额"]
    for i in range(3):
        eq(src, "funds column sum", tot[i], sum(D(funds[k][i]) for k in ["其中：当年财政拨款", "上年结转资金", "其他资金"]))
    initial, budget, spent = D(tot[0]), D(tot[1]), D(tot[2])
    rate = pct(spent, budget)
    eq(src, "执行率", tot[4].rstrip("%"), rate)
    rows, total = [], None
    for c in rows_all:
        if c[0] == "总分":
            total = (c[5], c[6])
        elif len(c) >= 8 and c[0].endswith("指标") and c[0] != "一级指标":
            rows.append(Row(c[0], c[2], c[3], c[4], c[5], c[6]))
    allrows = [Row("预算执行", "预算执行率", "100%", tot[4], tot[3], tot[5])] + rows
    check_rows(src, allrows, total[0], total[1], {})
    lv = level_sums(rows)
    has(src, t, "预算执行率10分、产出指标50分、效益指标30分、满意度指标10分（驾驶员、乘客满意度各5分）")
    check([lv["产出指标"][0], lv["效益指标"][0], lv["满意度指标"][0]] == [50, 30, 10], f"{src}: level weights")
    for name, stated in [("产出指标", "49.60"), ("效益指标", "29.74"), ("满意度指标", "9.53")]:
        has(src, t, f"{name}得分{stated}分")
        eq(src, f"{name} score", stated, lv[name][1])
    has(src, t, f"预算执行率得分{tot[5]}分")
    has(src, t, f"自评总分{total[1]}分，评价等级为“优秀”"); check(grade(total[1]) == "优", f"{src}: grade")
    # prose
    has(src, t, "提前下达我县2019年出租车油价补贴资金213.86万元（占全年预算的80.00%）")
    eq(src, "advance share", "80.00", pct(initial, budget))
    has(src, t, "下达剩余资金53.46万元，全年预算267.32万元，按326辆、每车8200元标准测算")
    eq(src, "remaining", "53.46", budget - initial); eq(src, "budget = 326 x 8200", budget, D(326) * 8200 / 10000)
    has(src, t, "2018年该项补贴为309.62万元，2019年同比下降13.66%")
    eq(src, "同比下降", "13.66", pct(D("309.62") - budget, "309.62"))
    has(src, t, f"符合条件的出租汽车320辆，每车补贴8200元，实际发放{spent}万元，预算执行率{tot[4]}，结余{budget - spent}万元（系6辆车")
    eq(src, "spent = 320 x 8200", spent, D(320) * 8200 / 10000)
    eq(src, "balance = 6 x 8200", budget - spent, D(6) * 8200 / 10000)
    has(src, t, "享受补贴车辆320辆，完成年度目标的106.67%"); eq(src, "completion", "106.67", pct(320, 300))
    has(src, t, "| ≥300辆 | 320辆 |")
    fleet = [138, 112, 76]
    has(src, t, "有限公司138辆、永宁县鑫源出租汽车有限公司112辆、永宁县长城出租汽车有限公司76辆")
    eq(src, "fleet", 326, sum(fleet)); has(src, t, "巡游出租汽车326辆")
    has(src, t, "办结率95.5%"); has(src, t, "乘客满意度81.6%"); has(src, t, "合格率94.1%")
    has(src, t, "2019年度")


def v_dongfang(src, t):
    rows_all = pipe_rows(t, "｜")
    funds = {c[0]: c[1:7] for c in rows_all if c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot = funds["年度资金总额"]
    for i in range(3):
        eq(src, "funds column sum", tot[i], sum(D(funds[k][i]) for k in ["其中：当年财政拨款", "上年结转资金", "其他资金"]))
    initial, budget, spent = D(tot[0]), D(tot[1]), D(tot[2])
    rate = pct(spent, budget)
    eq(src, "执行率", tot[4].rstrip("%"), rate)
    rows, total, grade_label = [], None, None
    for c in rows_all:
        if c[0] == "总分":
            total = (c[5], c[6])
            grade_label = c[7]
        elif len(c) >= 8 and c[0].endswith("指标") and c[0] != "一级指标":
            rows.append(Row(c[0], c[2], c[3], c[4], c[5], c[6]))
    allrows = [Row("预算执行", "预算执行率", "100%", tot[4], tot[3], tot[5])] + rows
    check_rows(src, allrows, total[0], total[1], {"执法规范化水平": 7})
    lv = level_sums(rows)
    check([lv["产出指标"][0], lv["效益指标"][0], lv["满意度指标"][0]] == [50, 30, 10], f"{src}: level weights")
    has(src, t, f"预算执行率得分{tot[5]}分")
    for name, stated in [("产出指标", "47.78"), ("效益指标", "27"), ("满意度指标", "9.81")]:
        has(src, t, f"{name}得分{stated}分"); eq(src, f"{name} score", stated, lv[name][1])
    has(src, t, f"自评得分{total[1]}分，评价等级为“优秀”"); check(grade(total[1]) == "优", f"{src}: grade")
    check(grade_label == "评价等级：优秀", f"{src}: table grade label {grade_label}")
    check(re.search(r"年度｜(\d{4})年", t).group(1) == "2024", f"{src}: table year"); has(src, t, "2024年度")
    # prose
    has(src, t, "年初预算安排交通运输综合执法经费186.00万元"); has(src, t, "调减13.60万元，全年预算172.40万元")
    eq(src, "186.00 - 13.60", budget, initial - D("13.60"))
    has(src, t, f"实际支出{spent}万元，预算执行率{tot[4]}，结余{budget - spent}万元")
    items = ["46.80", "15.20", "62.35", "8.60", "35.98"]
    has(src, t, "执法车辆运行维护费46.80万元，执法装备购置15.20万元（购置执法记录仪40台，每台3800元），"
                "超限检测站运行经费62.35万元，执法人员培训8.60万元，普法宣传及案件办理35.98万元")
    eq(src, "expenditure breakdown", spent, sum(D(x) for x in items))
    eq(src, "40 x 3800元", "15.20", D(40) * 3800 / 10000)
    has(src, t, "路面执法检查1386次，6个中队平均每个中队231次"); eq(src, "average per squad", "231", D(1386) / 6)
    has(src, t, "检测货车16.2万辆，发现超限车辆680辆，超限率0.42%"); eq(src, "超限率", "0.42", pct(680, 162000))
    has(src, t, "违法案件412起，其中道路运输类268起、超限超载类97起、港航水运类47起")
    eq(src, "cases", 412, 268 + 97 + 47); has(src, t, "立案查处97起")
    has(src, t, "受理投诉举报150件，按时办结129件，按时处理率86.0%"); eq(src, "按时处理率", "86.0", pct(129, 150))
    has(src, t, "案件办结率97.3%"); has(src, t, "满意度88.3%")


CHECKS = {
    "dingyuan-ruralbus-2021": v_dingyuan,
    "guannan-citybus-2023": v_guannan,
    "dejiang-ruralroadmaint-2020": v_dejiang,
    "yongning-taxifuel-2019": v_yongning,
    "dongfang-transportenforce-2024": v_dongfang,
}


def diff_region(a, b):
    """Common prefix/suffix; returns (start, end_a, end_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = {rec["case"] for rec in labels}
    files = set(os.listdir(CASES))
    check(names == files, f"labels and case files differ: {sorted(names ^ files)}")
    sources = sorted({rec["source"] for rec in labels})
    check(sources == sorted(CHECKS), f"sources {sources}")
    counts = {c: 0 for c in CODES}
    n_err = 0
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        text = open(path, encoding="utf-8").read()
        clean = open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        if rec["clean"]:
            check(rec["expected"] == [], f"{rec['case']}: clean case with expectations")
            check(rec["case"] == rec["source"] + "-clean.txt", f"{rec['case']}: clean name")
            check(3000 <= len(text) <= 5000, f"{rec['case']}: {len(text)} characters")
            continue
        n_err += 1
        check(len(rec["expected"]) == 1, f"{rec['case']}: one expected finding")
        s, ea, eb = diff_region(clean, text)
        check(ea - s <= 200 and eb - s <= 200 and text != clean, f"{rec['case']}: change is not one small place")
        for exp in rec["expected"]:
            check(exp["code"] in CODES, f"{rec['case']}: code {exp['code']}")
            check(exp["severity"] == "error", f"{rec['case']}: severity")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(bool(occ), f"{rec['case']}: value {v!r} not in case")
            check(any(o < max(eb, s + 1) and s < o + len(v) for o in occ),
                  f"{rec['case']}: value {v!r} does not cover the change")
            check(v not in clean, f"{rec['case']}: value {v!r} also occurs in the clean draft")
    check(n_err == 30, f"{n_err} error cases")
    for c in CODES:
        check(counts[c] >= 2, f"code {c} occurs {counts[c]} times")
    for src, fn in CHECKS.items():
        text = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        try:
            fn(src, text)
        except Exception as exc:  # a parse failure is a failure of the draft's arithmetic check
            FAILS.append(f"{src}: {type(exc).__name__}: {exc}")
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print("codes:", ", ".join(f"{c} {counts[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
