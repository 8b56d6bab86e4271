#!/usr/bin/env python3
"""Verify the n141 set.

1. labels.jsonl is well formed: 5 clean drafts, 30 error cases, one expected finding each,
   each of the 13 numeric codes of errors.md §A at least twice.
2. Every label value occurs in its case (and, for error cases, not in the clean draft).
3. Every error case differs from its clean draft in one place (one contiguous region).
4. The arithmetic of every clean draft is redone from the figures read out of its text and
   its 自评表: rates, sums, balances, averages, completion rates, row scores, weights,
   totals, grades, carry-over year, and the same quantity stated in text and table.
5. The same checks, run on each error case, notice its injected error.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ----------------------------------------------------------------- numbers and tolerance
def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    d = decimals(stated)
    return abs(Decimal(str(computed)) - D(stated)) <= Decimal("0.5") * Decimal(10) ** -d + Decimal("1e-9")


def r2(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def expect(tag, stated, computed):
    if not consistent(stated, computed):
        fail(f"{tag}: stated {stated}, computed {Decimal(str(computed)):.4f}")


def grab(text, pattern, tag, count=None):
    ms = list(re.finditer(pattern, text))
    if not ms:
        fail(f"{tag}: pattern not found: {pattern}")
        return None
    if count is not None and len(ms) != count:
        fail(f"{tag}: pattern found {len(ms)} times, expected {count}: {pattern}")
    return ms[0].groups()


def grade_of(score):
    s = D(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

# ----------------------------------------------------------------- indicator rows
VAL = re.compile(r"^(≥|≤|＞|＜|=)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)(.*)$")


def parse_val(s):
    m = VAL.match(s.strip())
    if not m:
        return None
    sign, n, unit = m.groups()
    return sign, D(n), unit.strip()


def check_rows(tag, rows, exec_w, exec_s, total_w, total_s):
    """rows: dicts name, target, actual, weight, score, completion (optional)."""
    sw, ss = D(exec_w), D(exec_s)
    for r in rows:
        t = f"{tag}/{r['name']}"
        w, s = D(r["weight"]), D(r["score"])
        sw += w
        ss += s
        if s < 0 or s > w:
            fail(f"{t}: score {s} outside [0, {w}]")
        tv, av = parse_val(r["target"]), parse_val(r["actual"])
        comp = None
        if tv and av:
            sign, T, tu = tv
            _, A, au = av
            if tu != au:
                fail(f"{t}: unit of target {tu!r} differs from unit of actual {au!r}")
                continue
            if sign in ("≤", "＜"):
                comp = Decimal(100) if A <= T else T / A * 100
                rule = w if A <= T else w * T / A
            elif T == 0:
                comp = Decimal(100) if A == 0 else Decimal(0)
                rule = w if A == 0 else Decimal(0)
            else:
                comp = A / T * 100
                rule = w if A >= T else w * A / T
            expect(f"{t} score", r["score"], r2(rule))
            if r.get("completion"):
                expect(f"{t} 完成率", r["completion"].rstrip("%"), comp)
        else:  # qualitative
            if r.get("completion"):
                expect(f"{t} qualitative score", r["score"], w * D(r["completion"].rstrip("%")) / 100)
            if r["target"] == r["actual"] and s != w:
                fail(f"{t}: qualitative target met but score {s} < {w}")
    if sw != D(total_w) or sw != 100:
        fail(f"{tag}: weights add up to {sw}, stated {total_w}")
    expect(f"{tag} total score", total_s, ss)


def check_funds(tag, total, subs):
    """total/subs: lists [年初, 全年, 执行, (分值, 执行率, 得分)] as strings."""
    for i, col in enumerate(("年初", "全年", "执行")):
        expect(f"{tag} funds {col} sum", total[i], sum(D(s[i]) for s in subs))
    rate = D(total[2]) / D(total[1]) * 100
    expect(f"{tag} 执行率", total[4].rstrip("%"), rate)
    expect(f"{tag} 执行得分", total[5], r2(D(total[3]) * min(rate, Decimal(100)) / 100))
    for s in subs:
        if len(s) > 4 and s[4] not in ("—", "", "-"):
            if D(s[1]) == 0:
                fail(f"{tag}: rate {s[4]} on a zero budget")
            else:
                expect(f"{tag} sub-row 执行率", s[4].rstrip("%"), D(s[2]) / D(s[1]) * 100)
    for s in subs:
        if D(s[2]) > D(s[1]):
            fail(f"{tag}: a source spent more than its budget")
    return rate


def rows_from_grid(grid, total_names=("总分", "合计")):
    """grid: list of cell lists where the indicator header row contains 三级指标."""
    hi = next(i for i, r in enumerate(grid) if "三级指标" in r and "年度指标值" in r)
    h = grid[hi]
    ci = {k: h.index(k) for k in ("三级指标", "年度指标值", "实际完成值", "分值", "得分")}
    comp = h.index("完成率") if "完成率" in h else None
    rows, total = [], None
    for r in grid[hi + 1:]:
        if r and r[0] in total_names:
            total = (r[ci["分值"]], r[ci["得分"]])
            break
        rows.append({"name": r[ci["三级指标"]], "target": r[ci["年度指标值"]],
                     "actual": r[ci["实际完成值"]], "weight": r[ci["分值"]], "score": r[ci["得分"]],
                     "completion": r[comp] if comp is not None else None})
    return rows, total


def funds_from_grid(grid):
    i = next(k for k, r in enumerate(grid) if "年度资金总额" in r)
    tot = grid[i]
    j = tot.index("年度资金总额")
    total = tot[j + 1:j + 7]
    subs = []
    for r in grid[i + 1:]:
        name = next((c for c in r if c), "")
        subs.append(r[r.index(name) + 1:r.index(name) + 7])
        if name == "其他资金":
            break
    return total, subs


def same_value(tag, text, pattern, n_min=2):
    """All captures of pattern (one group) must be equal, at least n_min of them."""
    vals = [D(m.group(1)) for m in re.finditer(pattern, text)]
    if len(vals) < n_min:
        fail(f"{tag}: found {len(vals)} mentions of {pattern}, expected >= {n_min}")
    elif len(set(vals)) != 1:
        fail(f"{tag}: mentions disagree {vals}")


def text_grade(tag, text, total, pattern):
    g = grab(text, pattern, tag)
    if g and GRADE_WORDS.get(g[0]) != grade_of(total):
        fail(f"{tag}: grade {g[0]} for total {total}")


def eval_year_ok(tag, text, year):
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) <= year:
            fail(f"{tag}: carried over to {m.group(1)} in the {year} report")
    for m in re.finditer(r"(\d{4})年度项目支出绩效自评表|自评表\s*\n?（(\d{4})年度）", text):
        y = m.group(1) or m.group(2)
        if int(y) != year:
            fail(f"{tag}: table year {y} in the {year} report")


# ----------------------------------------------------------------- project checks
def p_daye(text):
    tag = "daye"
    part = text.split("附件：项目支出绩效自评表", 1)[1]
    grid = [[c[1:] if c.startswith("\t") else c for c in g.split("\n")]
            for g in part.split("\n\n") if g.strip()]
    total, subs = funds_from_grid(grid)
    rate = check_funds(tag, total, subs)
    rows, tot = rows_from_grid(grid)
    check_rows(tag, rows, total[3], total[5], *tot)
    g = grab(text, r"年初预算安排市政道路维护经费([\d.]+)万元。.*?追加路面修复资金([\d.]+)万元，加上2021年结转资金([\d.]+)万元，全年预算调整为([\d.]+)万元", tag)
    expect(f"{tag} 全年预算", g[3], D(g[0]) + D(g[1]) + D(g[2]))
    expect(f"{tag} 全年预算=table", g[3], D(total[1]))
    expect(f"{tag} 年初=table", g[0], D(total[0]))
    g = grab(text, r"实际支出([\d.]+)万元，预算执行率([\d.]+)%", tag)
    expect(f"{tag} 执行率 text", g[1], D(g[0]) / D(total[1]) * 100)
    expect(f"{tag} 执行数 text=table", g[0], D(total[2]))
    g = grab(text, r"当年财政拨款([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%", tag)
    expect(f"{tag} 当年拨款执行率", g[2], D(g[1]) / D(g[0]) * 100)
    expect(f"{tag} 当年拨款=table", g[0], D(subs[0][1]))
    expect(f"{tag} 当年拨款支出=table", g[1], D(subs[0][2]))
    g = grab(text, r"([\d.]+)万元中：道路日常养护([\d.]+)万元，占([\d.]+)%；人行道破损修复([\d.]+)万元；沥青路面罩面工程([\d.]+)万元", tag)
    expect(f"{tag} 支出构成", g[0], D(g[1]) + D(g[3]) + D(g[4]))
    expect(f"{tag} 日常养护占比", g[2], D(g[1]) / D(g[0]) * 100)
    upkeep = D(g[1])
    g2 = grab(text, r"年末未支出资金([\d.]+)万元", tag)
    expect(f"{tag} 结余", g2[0], D(total[1]) - D(total[2]))
    eval_year_ok(tag, text, 2022)
    g = grab(text, r"约([\d.]+)万平方米，其中车行道约([\d.]+)万平方米、人行道约([\d.]+)万平方米", tag)
    expect(f"{tag} 管养面积(约)", g[0], D(g[1]) + D(g[2]))
    by = {r["name"]: r for r in rows}
    g = grab(text, r"日常养护([\d.]+)万平方米，完成年度目标的([\d.]+)%；修复人行道破损([\d.]+)万平方米，完成率([\d.]+)%；完成沥青路面罩面([\d.]+)公里，完成率([\d.]+)%", tag)
    for (a, c), key in zip(((g[0], g[1]), (g[2], g[3]), (g[4], g[5])),
                           ("道路日常养护面积", "人行道破损修复面积", "沥青路面罩面长度")):
        T = parse_val(by[key]["target"])[1]
        expect(f"{tag} {key} 完成率", c, D(a) / T * 100)
        expect(f"{tag} {key} text=table", a, parse_val(by[key]["actual"])[1])
    g = grab(text, r"发现道路病害(\d+)处，在规定时限内处置(\d+)处，处置及时率([\d.]+)%", tag)
    expect(f"{tag} 及时率", g[2], D(g[1]) / D(g[0]) * 100)
    expect(f"{tag} 及时率=table", g[2], parse_val(by["道路病害处置及时率"]["actual"])[1])
    g = grab(text, r"单位成本([\d.]+)元/平方米", tag)
    expect(f"{tag} 单位成本", g[0], upkeep / parse_val(by["道路日常养护面积"]["actual"])[1])
    g = grab(text, r"收回的(\d+)份有效问卷中，表示“满意”“基本满意”的(\d+)份，满意度([\d.]+)%", tag)
    expect(f"{tag} 满意度", g[2], D(g[1]) / D(g[0]) * 100)
    same_value(f"{tag} 有效问卷", text, r"收回(?:的)?(?:有效问卷)?(\d+)份(?:有效问卷)?")
    g = grab(text, r"剩余([\d.]+)公里", tag)
    expect(f"{tag} 剩余罩面", g[0], D("4.5") - D("4.2"))
    g = grab(text, r"综合得分([\d.]+)分，评价等级为“(\S+?)”。其中预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分", tag)
    expect(f"{tag} 总分 text=table", g[0], D(tot[1]))
    expect(f"{tag} 分项合计", g[0], sum(D(x) for x in g[2:]))
    expect(f"{tag} 预算执行分", g[2], D(total[5]))
    expect(f"{tag} 产出分", g[3], sum(D(r["score"]) for r in rows[:6]))
    expect(f"{tag} 效益分", g[4], sum(D(r["score"]) for r in rows[6:9]))
    expect(f"{tag} 满意度分", g[5], D(rows[9]["score"]))
    if GRADE_WORDS[g[1]] != grade_of(g[0]):
        fail(f"{tag}: grade {g[1]} for {g[0]}")
    return rate


def p_guixi(text):
    tag = "guixi"
    part = text.split("项目支出绩效自评表\n", 1)[1]
    grid = [l.split("\t") for l in part.split("\n") if "\t" in l]
    total, subs = funds_from_grid(grid)
    check_funds(tag, total, subs)
    rows, tot = rows_from_grid(grid)
    check_rows(tag, rows, total[3], total[5], *tot)
    by = {r["name"]: r for r in rows}
    g = grab(text, r"共有路灯(\d+)盏，其中2018年末原有路灯(\d+)盏，.*?新建道路路灯(\d+)盏", tag)
    expect(f"{tag} 路灯数", g[0], D(g[1]) + D(g[2]))
    same_value(f"{tag} 路灯数 everywhere", text, r"(?<!原有)路灯(\d{5})盏(?!以上)", 3)
    expect(f"{tag} 路灯数=table", g[0], parse_val(by["路灯设施管护数量"]["actual"])[1])
    g = grab(text, r"年初预算([\d.]+)万元，年中未作调整，全年预算([\d.]+)万元", tag)
    if D(g[0]) != D(g[1]) or D(g[1]) != D(total[1]) or D(g[0]) != D(total[0]):
        fail(f"{tag}: 年初/全年 in text {g} vs table {total[:2]}")
    g = grab(text, r"项目资金([\d.]+)万元全部到位。全年实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中：路灯电费([\d.]+)万元，维修及材料费([\d.]+)万元，亮化设施维护费([\d.]+)万元。年末结余([\d.]+)万元", tag)
    recv, spent = D(g[0]), D(g[1])
    expect(f"{tag} 执行率", g[2], spent / recv * 100)
    expect(f"{tag} 支出构成", g[1], D(g[3]) + D(g[4]) + D(g[5]))
    expect(f"{tag} 结余", g[6], recv - spent)
    expect(f"{tag} 支出=table", g[1], D(total[2]))
    fee = D(g[3])
    g = grab(text, r"2018年同一项目支出([\d.]+)万元，本年增加([\d.]+)万元", tag)
    expect(f"{tag} 同比增加", g[1], spent - D(g[0]))
    g = grab(text, r"共发现故障路灯(\d+)盏次，全部完成维修，其中24小时内修复(\d+)盏次", tag)
    expect(f"{tag} 24小时修复率=table", by["故障路灯24小时修复率"]["actual"].rstrip("%"), D(g[1]) / D(g[0]) * 100)
    same_value(f"{tag} 维修盏次", text, r"故障路灯(\d{4})盏次(?!以上)", 3)
    g = grab(text, r"一季度([\d.]+)%、二季度([\d.]+)%、三季度([\d.]+)%、四季度([\d.]+)%，全年平均亮灯率([\d.]+)%", tag)
    expect(f"{tag} 平均亮灯率", g[4], sum(D(x) for x in g[:4]) / 4)
    expect(f"{tag} 亮灯率=table", g[4], parse_val(by["主次干道亮灯率"]["actual"])[1])
    g = grab(text, r"单灯年均电费约(\d+)元", tag)
    expect(f"{tag} 单灯电费", g[0], fee * 10000 / parse_val(by["路灯设施管护数量"]["actual"])[1])
    expect(f"{tag} 单灯电费=table", g[0], parse_val(by["单灯年均电费"]["actual"])[1])
    g = grab(text, r"LED灯具累计达到(\d+)盏，占路灯总数的([\d.]+)%", tag)
    expect(f"{tag} LED占比", g[1], D(g[0]) / parse_val(by["路灯设施管护数量"]["actual"])[1] * 100)
    expect(f"{tag} LED占比=table", g[1], parse_val(by["LED节能灯具占比"]["actual"])[1])
    g = grab(text, r"自评得分([\d.]+)分，评价等级为(\S\S)", tag)
    expect(f"{tag} 总分 text=table", g[0], D(tot[1]))
    if GRADE_WORDS[g[1]] != grade_of(g[0]):
        fail(f"{tag}: grade {g[1]} for {g[0]}")
    for r in rows:
        if "满意" in r["name"] and parse_val(r["actual"])[1] > 100:
            fail(f"{tag}: satisfaction above 100%")
    eval_year_ok(tag, text, 2019)


def p_sihui(text):
    tag = "sihui"
    grid = [l.split("｜") for l in text.split("\n") if "｜" in l]
    total, subs = funds_from_grid(grid)
    check_funds(tag, total, subs)
    rows, tot = rows_from_grid(grid)
    check_rows(tag, rows, total[3], total[5], *tot)
    by = {r["name"]: r for r in rows}
    g = grab(text, r"年初预算([\d.]+)万元。.*?调减相应养护经费([\d.]+)万元，加上2022年结转资金([\d.]+)万元，全年预算([\d.]+)万元", tag)
    expect(f"{tag} 全年预算", g[3], D(g[0]) - D(g[1]) + D(g[2]))
    expect(f"{tag} 全年预算=table", g[3], D(total[1]))
    expect(f"{tag} 当年拨款全年=table", D(g[0]) - D(g[1]), D(subs[0][1]))
    expect(f"{tag} 结转=table", g[2], D(subs[1][1]))
    g = grab(text, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%。分标段看，一标段支付([\d.]+)万元，二标段([\d.]+)万元，三标段([\d.]+)万元，四标段([\d.]+)万元，平均每个标段([\d.]+)万元。年末结余([\d.]+)万元，其中当年财政拨款结余([\d.]+)万元、上年结转资金结余([\d.]+)万元", tag)
    spent = D(g[0])
    expect(f"{tag} 执行率", g[1], spent / D(total[1]) * 100)
    expect(f"{tag} 标段合计", g[0], sum(D(x) for x in g[2:6]))
    expect(f"{tag} 标段平均", g[6], sum(D(x) for x in g[2:6]) / 4)
    expect(f"{tag} 结余", g[7], D(total[1]) - spent)
    expect(f"{tag} 当年结余", g[8], D(subs[0][1]) - D(subs[0][2]))
    expect(f"{tag} 结转结余", g[9], D(subs[1][1]) - D(subs[1][2]))
    expect(f"{tag} 结余构成", g[7], D(g[8]) + D(g[9]))
    g = grab(text, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分，合计(\d+)分", tag)
    expect(f"{tag} 权重合计", g[4], sum(D(x) for x in g[:4]))
    expect(f"{tag} 产出权重=table", g[1], sum(D(r["weight"]) for r in rows[:5]))
    expect(f"{tag} 效益权重=table", g[2], sum(D(r["weight"]) for r in rows[5:8]))
    g = grab(text, r"完成绿地养护([\d.]+)万平方米，超出年度目标([\d.]+)万平方米；完成行道树修剪([\d.]+)万株", tag)
    T = parse_val(by["绿地养护面积"]["target"])[1]
    expect(f"{tag} 超出面积", g[1], D(g[0]) - T)
    expect(f"{tag} 面积=table", g[0], parse_val(by["绿地养护面积"]["actual"])[1])
    expect(f"{tag} 行道树=table", g[2], parse_val(by["行道树修剪"]["actual"])[1])
    g2 = grab(text, r"单位成本([\d.]+)元/平方米，低于", tag)
    expect(f"{tag} 单位成本", g2[0], spent / D(g[0]))
    g = grab(text, r"一季度([\d.]+)分、二季度([\d.]+)分、三季度([\d.]+)分、四季度([\d.]+)分，全年平均([\d.]+)分", tag)
    expect(f"{tag} 季度考核平均", g[4], sum(D(x) for x in g[:4]) / 4)
    expect(f"{tag} 考核=table", g[4], parse_val(by["季度养护考核平均得分"]["actual"])[1])
    g = grab(text, r"城区绿化覆盖率([\d.]+)%，较上年的([\d.]+)%提高([\d.]+)个百分点", tag)
    expect(f"{tag} 覆盖率提高", g[2], D(g[0]) - D(g[1]))
    g = grab(text, r"收回的(\d+)份有效问卷中，表示满意的(\d+)份，满意度([\d.]+)%", tag)
    expect(f"{tag} 满意度", g[2], D(g[1]) / D(g[0]) * 100)
    same_value(f"{tag} 有效问卷", text, r"收回(?:的)?(?:有效问卷)?(\d+)份")
    for pat in (r"成活率([\d.]+)%", r"满意度([\d.]+)%", r"覆盖率([\d.]+)%，"):
        same_value(f"{tag} {pat}", text, pat)
    g = grab(text, r"项目综合得分([\d.]+)分，评价等级为“(\S)”", tag)
    expect(f"{tag} 总分 text=table", g[0], D(tot[1]))
    if GRADE_WORDS[g[1]] != grade_of(g[0]):
        fail(f"{tag}: grade {g[1]} for {g[0]}")
    eval_year_ok(tag, text, 2023)


def p_linhe(text):
    tag = "linhe"
    f = {}
    for m in re.finditer(r"^(年初预算资金|全年预算资金|实际到位资金|全年执行资金|资金结余|预算到位率（%）|预算执行率（%）)\s+\S+\s+([\d.]+)\s*$", text, re.M):
        f[m.group(1)] = m.group(2)
    if len(f) != 7:
        fail(f"{tag}: funds table rows found {sorted(f)}")
        return
    expect(f"{tag} (5)=(3)-(4)", f["资金结余"], D(f["实际到位资金"]) - D(f["全年执行资金"]))
    expect(f"{tag} (6)=(3)/(2)", f["预算到位率（%）"], D(f["实际到位资金"]) / D(f["全年预算资金"]) * 100)
    expect(f"{tag} (7)=(4)/(2)", f["预算执行率（%）"], D(f["全年执行资金"]) / D(f["全年预算资金"]) * 100)
    sec = text.split("二、绩效指标完成情况", 1)[1]
    rows, exec_row, tot = [], None, None
    for line in sec.split("\n"):
        toks = re.split(r"\s{2,}", line.strip())
        if not line.strip() or "三级指标" in line or line.startswith("-"):
            continue
        if toks[0] == "合计":
            tot = (toks[1], toks[2])
            continue
        i = next(k for k, t in enumerate(toks) if re.fullmatch(r"\d+(\.\d+)?", t))
        r = {"name": toks[i - 1], "weight": toks[i], "target": toks[i + 1], "actual": toks[i + 2],
             "completion": toks[i + 3], "score": toks[i + 4]}
        if r["name"] == "预算执行率":
            exec_row = r
        else:
            rows.append(r)
    rate = D(f["全年执行资金"]) / D(f["全年预算资金"]) * 100
    expect(f"{tag} 执行率 row actual", exec_row["actual"].rstrip("%"), rate)
    expect(f"{tag} 执行率 row completion", exec_row["completion"].rstrip("%"), rate)
    expect(f"{tag} 执行率得分", exec_row["score"], r2(D(exec_row["weight"]) * rate / 100))
    check_rows(tag, rows, exec_row["weight"], exec_row["score"], *tot)
    by = {r["name"]: r for r in rows}
    g = grab(text, r"年初预算安排区本级财政资金([\d.]+)万元。6月，自治区下达城市排水防涝补助资金([\d.]+)万元，全年预算([\d.]+)万元，其中自治区城市排水防涝补助资金([\d.]+)万元、区本级财政资金([\d.]+)万元", tag)
    expect(f"{tag} 全年预算", g[2], D(g[0]) + D(g[1]))
    expect(f"{tag} 预算来源", g[2], D(g[3]) + D(g[4]))
    expect(f"{tag} 年初=table", g[0], D(f["年初预算资金"]))
    expect(f"{tag} 全年=table", g[2], D(f["全年预算资金"]))
    g = grab(text, r"全年执行([\d.]+)万元，预算执行率([\d.]+)%。其中管网清淤疏通([\d.]+)万元、检查井及雨箅子清掏([\d.]+)万元、排涝泵站运行维护([\d.]+)万元、防汛物资储备([\d.]+)万元", tag)
    expect(f"{tag} 执行=table", g[0], D(f["全年执行资金"]))
    expect(f"{tag} 执行率 text", g[1], D(g[0]) / D(f["全年预算资金"]) * 100)
    expect(f"{tag} 支出构成", g[0], sum(D(x) for x in g[2:6]))
    dredge = D(g[2])
    g = grab(text, r"约([\d.]+)公里，其中雨水管网约([\d.]+)公里、合流管网约([\d.]+)公里", tag)
    expect(f"{tag} 管网长度(约)", g[0], D(g[1]) + D(g[2]))
    g = grab(text, r"完成排水管网清淤疏通([\d.]+)公里，超额完成年度目标，其中雨水管网([\d.]+)公里、合流管网([\d.]+)公里；清掏雨水检查井及雨箅子(\d+)座", tag)
    expect(f"{tag} 清淤构成", g[0], D(g[1]) + D(g[2]))
    expect(f"{tag} 清淤=table", g[0], parse_val(by["排水管网清淤疏通长度"]["actual"])[1])
    expect(f"{tag} 清掏=table", g[3], parse_val(by["检查井及雨箅子清掏"]["actual"])[1])
    g = grab(text, r"管网清淤单位成本([\d.]+)万元/公里", tag)
    expect(f"{tag} 单位成本", g[0], dredge / parse_val(by["排水管网清淤疏通长度"]["actual"])[1])
    g = grab(text, r"收回有效问卷(\d+)份，其中满意(\d+)份，满意度([\d.]+)%", tag)
    expect(f"{tag} 满意度", g[2], D(g[1]) / D(g[0]) * 100)
    same_value(f"{tag} 满意度 everywhere", text, r"满意度([\d.]+)%", 2)
    expect(f"{tag} 满意度=table", g[2], parse_val(by["周边居民满意度"]["actual"])[1])
    for pat, key in ((r"通畅率([\d.]+)%", "清淤后管道通畅率"), (r"汛前完成主干管网清淤([\d.]+)%", "汛前主干管网清淤完成率"),
                     (r"积水最长(\d+)小时", "易涝点积水消除时间"), (r"内涝积水点(\d+)处，较", "汛期城区内涝积水点数量")):
        g = grab(text, pat, tag)
        expect(f"{tag} {key} text=table", g[0], parse_val(by[key]["actual"])[1])
    g = grab(text, r"自评得分([\d.]+)分，评价等级为“(\S)”。其中预算执行([\d.]+)分，产出指标([\d.]+)分，效益指标([\d.]+)分，满意度指标([\d.]+)分", tag)
    expect(f"{tag} 总分 text=table", g[0], D(tot[1]))
    expect(f"{tag} 分项合计", g[0], sum(D(x) for x in g[2:]))
    expect(f"{tag} 预算执行分", g[2], D(exec_row["score"]))
    expect(f"{tag} 产出分", g[3], sum(D(r["score"]) for r in rows[:6]))
    expect(f"{tag} 效益分", g[4], sum(D(r["score"]) for r in rows[6:9]))
    expect(f"{tag} 满意度分", g[5], D(rows[9]["score"]))
    if GRADE_WORDS[g[1]] != grade_of(g[0]):
        fail(f"{tag}: grade {g[1]} for {g[0]}")
    eval_year_ok(tag, text, 2020)


def p_dawukou(text):
    tag = "dawukou"
    grid = [[c.strip() for c in l.strip().strip("|").split("|")] for l in text.split("\n") if l.startswith("|")]
    total, subs = funds_from_grid(grid)
    check_funds(tag, total, subs)
    rows, tot = rows_from_grid(grid)
    check_rows(tag, rows, total[3], total[5], *tot)
    by = {r["name"]: r for r in rows}
    grade_row = next(r for r in grid if r[0] == "评价等级")
    if GRADE_WORDS[grade_row[1]] != grade_of(tot[1]):
        fail(f"{tag}: table grade {grade_row[1]} for {tot[1]}")
    g = grab(text, r"全年接待游客([\d.]+)万人次，其中人民公园([\d.]+)万人次、北武当公园([\d.]+)万人次、滨河湿地公园([\d.]+)万人次，较2023年的([\d.]+)万人次增长([\d.]+)%", tag)
    expect(f"{tag} 游客合计", g[0], D(g[1]) + D(g[2]) + D(g[3]))
    expect(f"{tag} 同比增长", g[5], (D(g[0]) - D(g[4])) / D(g[4]) * 100)
    same_value(f"{tag} 游客量 everywhere", text, r"接待游客([\d.]+)万人次(?!以上)", 3)
    expect(f"{tag} 游客=table", g[0], parse_val(by["年接待游客量"]["actual"])[1])
    g = grab(text, r"年初预算([\d.]+)万元，其中自治区补助资金([\d.]+)万元、区本级资金([\d.]+)万元。.*?追加区本级资金([\d.]+)万元，全年预算调整为([\d.]+)万元", tag)
    expect(f"{tag} 年初构成", g[0], D(g[1]) + D(g[2]))
    expect(f"{tag} 全年预算", g[4], D(g[0]) + D(g[3]))
    expect(f"{tag} 年初=table", g[0], D(total[0]))
    expect(f"{tag} 全年=table", g[4], D(total[1]))
    expect(f"{tag} 区本级全年=table", D(g[2]) + D(g[3]), D(subs[1][1]))
    g = grab(text, r"实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元", tag)
    spent = D(g[0])
    expect(f"{tag} 执行率", g[1], spent / D(total[1]) * 100)
    expect(f"{tag} 结余", g[2], D(total[1]) - spent)
    expect(f"{tag} 支出=table", g[0], D(total[2]))
    g = grab(text, r"人民公园支出([\d.]+)万元，北武当公园([\d.]+)万元，滨河湿地公园([\d.]+)万元，平均每个公园([\d.]+)万元", tag)
    expect(f"{tag} 公园合计", spent, D(g[0]) + D(g[1]) + D(g[2]))
    expect(f"{tag} 公园平均", g[3], (D(g[0]) + D(g[1]) + D(g[2])) / 3)
    g = grab(text, r"全年开放(\d+)天", tag)
    expect(f"{tag} 开放天数=table", g[0], parse_val(by["全年免费开放天数"]["actual"])[1])
    if int(g[0]) != 366:
        fail(f"{tag}: 2024 has 366 days")
    g = grab(text, r"公共设施([\d,]+)处，年末检查完好([\d,]+)处，完好率([\d.]+)%", tag)
    expect(f"{tag} 完好率", g[2], D(g[1]) / D(g[0]) * 100)
    expect(f"{tag} 完好率=table", g[2], parse_val(by["公园设施完好率"]["actual"])[1])
    g = grab(text, r"受理设施报修([\d,]+)件，在规定时限内处置([\d,]+)件，及时处置率([\d.]+)%", tag)
    expect(f"{tag} 及时处置率", g[2], D(g[1]) / D(g[0]) * 100)
    expect(f"{tag} 及时处置率=table", g[2], parse_val(by["设施报修及时处置率"]["actual"])[1])
    g = grab(text, r"收回的(\d+)份有效问卷中，满意(\d+)份，游客满意度([\d.]+)%", tag)
    expect(f"{tag} 满意度", g[2], D(g[1]) / D(g[0]) * 100)
    same_value(f"{tag} 满意度 everywhere", text, r"满意度([\d.]+)%(?!以上)", 2)
    g = grab(text, r"项目自评得分([\d.]+)分（2023年度自评得分([\d.]+)分，等级为(\S)），其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分", tag)
    expect(f"{tag} 总分 text=table", g[0], D(tot[1]))
    expect(f"{tag} 分项合计", g[0], sum(D(x) for x in g[3:]))
    expect(f"{tag} 预算执行分", g[3], D(total[5]))
    expect(f"{tag} 产出分", g[4], sum(D(r["score"]) for r in rows[:5]))
    expect(f"{tag} 效益分", g[5], sum(D(r["score"]) for r in rows[5:8]))
    expect(f"{tag} 满意度分", g[6], D(rows[8]["score"]))
    if GRADE_WORDS[g[2]] != grade_of(g[1]):
        fail(f"{tag}: last year's grade {g[2]} for {g[1]}")
    eval_year_ok(tag, text, 2024)


PROJECTS = {
    "daye-roadmaint-2022": p_daye,
    "guixi-streetlight-2019": p_guixi,
    "sihui-greening-2023": p_sihui,
    "linhe-drainage-2020": p_linhe,
    "dawukou-parkopen-2024": p_dawukou,
}


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels and case files differ")
    clean = [l for l in labels if l["clean"]]
    errs = [l for l in labels if not l["clean"]]
    if len(clean) != 5 or len(errs) != 30:
        fail(f"{len(clean)} clean, {len(errs)} error cases")
    counts = {c: 0 for c in CODES}
    for l in labels:
        text = read(l["case"])
        if l["clean"]:
            if l["expected"]:
                fail(f"{l['case']}: clean case with expected findings")
            if not 3000 <= len(text) <= 9000:
                fail(f"{l['case']}: length {len(text)}")
            continue
        if len(l["expected"]) != 1:
            fail(f"{l['case']}: {len(l['expected'])} expected findings")
        base = read(f"{l['source']}-clean.txt")
        for e in l["expected"]:
            if e["code"] not in counts or e["severity"] != "error":
                fail(f"{l['case']}: bad code/severity {e}")
            else:
                counts[e["code"]] += 1
            if e["value"] not in text:
                fail(f"{l['case']}: value not in case: {e['value']!r}")
            if e["value"] in base:
                fail(f"{l['case']}: value also in the clean draft: {e['value']!r}")
        # one contiguous change
        p = 0
        while p < min(len(base), len(text)) and base[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(base), len(text)) - p and base[-1 - s] == text[-1 - s]:
            s += 1
        a, b = base[p:len(base) - s], text[p:len(text) - s]
        if not (a or b):
            fail(f"{l['case']}: identical to its clean draft")
        if len(a) > 150 or len(b) > 150:
            fail(f"{l['case']}: changed region too long ({len(a)}/{len(b)} chars)")
        # the label value must overlap the edited region
        vpos = [m.start() for m in re.finditer(re.escape(l["expected"][0]["value"]), text)]
        if not any(v < p + len(b) and p < v + len(l["expected"][0]["value"]) for v in vpos):
            fail(f"{l['case']}: label value does not cover the changed text")
    for c, n in counts.items():
        if n < 2:
            fail(f"code {c} used {n} times")
    for src, fn in PROJECTS.items():
        before = len(FAIL)
        try:
            fn(read(f"{src}-clean.txt"))
        except Exception as exc:  # a parse failure is a failure
            fail(f"{src}: check crashed: {exc!r}")
        if len(FAIL) > before:
            fail(f"{src}: clean draft is not arithmetically consistent")
    # the same checks must catch every injected error (each error case breaks at least one of them)
    saved = list(FAIL)
    for l in errs:
        FAIL.clear()
        try:
            PROJECTS[l["source"]](read(l["case"]))
        except Exception as exc:
            FAIL.append(repr(exc))
        if not FAIL:
            saved.append(f"{l['case']}: no arithmetic check notices the injected error")
    FAIL[:] = saved
    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        sys.exit(1)
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
