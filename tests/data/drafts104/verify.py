#!/usr/bin/env python3
"""Check set n104: labels, edit sizes, code coverage, and the arithmetic of every clean draft.

Pure Python 3. Prints the problems found, then OK or FAIL. Exit status 0 only on OK.
Tolerance: a stated value with d decimals matches a computed value c when |c - v| <= 0.5 * 10^-d
(rules.md §8); rates/scores derived from a rounded printed rate are accepted too.
"""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []

NUMERIC_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                 "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                 "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                 "completion_mismatch"]
SCORE_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}
MAX_EDIT = 16


def fail(msg):
    PROBLEMS.append(msg)


def check(cond, msg):
    if not cond:
        fail(msg)
    return cond


# ---------------------------------------------------------------- numbers
def dec(s):
    s = str(s).strip().replace(",", "").replace("，", "").rstrip("%")
    return Decimal(s)


def decimals(s):
    s = str(s).strip().rstrip("%").replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def near(stated, computed):
    """stated: string as printed; computed: Decimal."""
    tol = Decimal("0.5") * (Decimal(10) ** -decimals(stated)) + Decimal("1e-9")
    return abs(Decimal(computed) - dec(stated)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def eq(stated, computed, what):
    check(near(stated, computed), "%s: stated %s, computed %s" % (what, stated, r2(computed)))


def one(text, pattern, what):
    """Exactly one regex match; returns its groups."""
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        fail("%s: pattern matched %d times: %s" % (what, len(ms), pattern))
        return None
    return ms[0].groups()


def grade_of(total):
    t = dec(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "一般": "中",
               "合格": "中", "较差": "差", "差": "差", "不合格": "差"}


# ---------------------------------------------------------------- tables
def delim_table(text, header_start, sep):
    """Rows (lists of cells) of the delimited table whose header line starts with header_start."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(header_start) and sep in line:
            rows = []
            for l2 in lines[i:]:
                if sep not in l2:
                    break
                rows.append(l2.split(sep))
            return rows
    fail("table not found: %r" % header_start)
    return []


def flat_tables(text):
    """Flattened tables (one cell per tab-indented line, blank line between rows) -> list of row lists."""
    tables, rows, cur = [], [], []
    for line in text.split("\n") + ["<end>"]:
        if line.startswith("\t"):
            cur.append(line[1:])
        elif line == "":
            if cur:
                rows.append(cur)
                cur = []
        else:
            if cur:
                rows.append(cur)
                cur = []
            if rows:
                tables.append(rows)
                rows = []
    return tables


SIGN = {"≥": "gte", "≤": "lte", "=": "eq"}


def split_value(s):
    m = re.match(r"^(≥|≤|=)?\s*([\d,]+(?:\.\d+)?)(.*)$", s.strip())
    if not m:
        return None
    return SIGN.get(m.group(1), "eq"), dec(m.group(2)), m.group(3).strip()


def check_indicator(tag, name, target, actual, compl, weight, score):
    w, sc = dec(weight), dec(score)
    check(0 <= sc <= w, "%s %s: score %s outside [0, %s]" % (tag, name, score, weight))
    t, a = split_value(target), split_value(actual)
    if t and a and not re.search(r"\d{4}年", target):
        direction, tv, tu = t
        _, av, au = a
        if not check(tu == au, "%s %s: units differ %r vs %r" % (tag, name, tu, au)):
            return
        if direction == "lte":
            c = Decimal(1) if av <= tv else tv / av
        else:
            c = av / tv
        if compl.strip() not in ("—", ""):
            eq(compl, c * 100, "%s %s completion" % (tag, name))
            from_printed = w * min(dec(compl) / 100, Decimal(1))
        else:
            from_printed = None
        expect = w * min(c, Decimal(1))
        check(near(score, expect) or (from_printed is not None and near(score, from_printed)),
              "%s %s: score %s, rule gives %s" % (tag, name, score, r2(expect)))
        if c < 1:
            pass  # shortfall: explained in the text of every draft (checked by reading)
    else:
        # dates and qualitative judgements: score within the weight, completion printed as a dash
        check(compl.strip() in ("—", ""), "%s %s: completion %r for a non-numeric row" % (tag, name, compl))
        dt, da = re.findall(r"(\d{4})年(\d+)月(\d+)日", target), re.findall(r"(\d{4})年(\d+)月(\d+)日", actual)
        if dt and da:
            on_time = tuple(map(int, da[0])) <= tuple(map(int, dt[0]))
            check(on_time == (sc == w), "%s %s: date row on_time=%s but score %s of %s" % (tag, name, on_time, score, weight))
        else:
            check(sc >= w * Decimal("0.6"), "%s %s: qualitative score below 60%% band" % (tag, name))


def check_total_and_grade(tag, text, total):
    m = re.findall(r"(\d+(?:\.\d+)?)分[，,]?(?:评价等级为|等级为|属于)[“\"]?(优秀|良好|中等|较差|优|良|中|差)", text)
    check(len(m) == 1, "%s: expected one 'total + grade' sentence, found %d" % (tag, len(m)))
    for t, g in m:
        eq(t, dec(total), tag + " total in text vs table")
        check(GRADE_WORDS[g] == grade_of(t), "%s: grade %s for %s" % (tag, g, t))


# ---------------------------------------------------------------- project checks
def p_zanhuang(x):
    tag = "zanhuang"
    rows = delim_table(x, "乡镇｜计划户数", "｜")[1:]
    tot = [Decimal(0)] * 5
    for r in rows[:-1]:
        n, plan, wc, sw, s, rate, amt = r
        eq(s, dec(wc) + dec(sw), tag + " row sum " + n)
        eq(rate, dec(s) / dec(plan) * 100, tag + " rate " + n)
        eq(amt, dec(wc) * 1500 + dec(sw) * 1000, tag + " amount " + n)
        for i, v in enumerate((plan, wc, sw, s, amt)):
            tot[i] += dec(v)
    last = rows[-1]
    for i, v in enumerate((last[1], last[2], last[3], last[4], last[6])):
        eq(v, tot[i], tag + " column total %d" % i)
    eq(last[5], dec(last[4]) / dec(last[1]) * 100, tag + " total rate")
    g = one(x, r"项目全年预算([\d,.]+)万元，其中中央资金([\d,.]+)万元、省级资金([\d,.]+)万元、县级配套资金([\d,.]+)万元", tag + " budget")
    annual, cen, prov, cty = map(dec, g)
    eq(g[0], cen + prov + cty, tag + " budget components")
    g2 = one(x, r"年初预算([\d,.]+)万元，包括县级配套资金([\d,.]+)万元和2018年12月提前下达的中央资金([\d,.]+)万元", tag + " initial")
    eq(g2[0], dec(g2[1]) + dec(g2[2]), tag + " initial components")
    g3 = one(x, r"年中追加([\d,.]+)万元，包括中央资金([\d,.]+)万元（冀财农〔2019〕57号）和省级资金([\d,.]+)万元", tag + " added")
    eq(g3[0], dec(g3[1]) + dec(g3[2]), tag + " added components")
    eq(g[0], dec(g2[0]) + dec(g3[0]), tag + " initial + added = annual")
    eq(g[1], dec(g2[2]) + dec(g3[1]), tag + " central advance + added")
    eq(g3[2], prov, tag + " provincial")
    g4 = one(x, r"实际到位([\d,.]+)万元，到位率(\d+)%", tag + " received")
    eq(g4[1], dec(g4[0]) / annual * 100, tag + " received rate")
    g5 = one(x, r"全年实际支出([\d,.]+)万元，其中改厕奖补资金([\d,.]+)万元、第三方检测验收费([\d,.]+)万元、宣传培训费([\d,.]+)万元，预算执行率([\d.]+%)", tag + " spent")
    spent = dec(g5[0])
    eq(g5[0], dec(g5[1]) + dec(g5[2]) + dec(g5[3]), tag + " spent components")
    eq(g5[4], spent / annual * 100, tag + " execution rate")
    eq(g5[1], dec(last[6]) / 10000, tag + " subsidy text vs table")
    g6 = one(x, r"县级配套资金支出([\d,.]+)万元，县级配套资金执行率([\d.]+%)，未支出的([\d,.]+)万元", tag + " county")
    eq(g6[1], dec(g6[0]) / cty * 100, tag + " county rate")
    eq(g6[2], cty - dec(g6[0]), tag + " county balance")
    eq(g6[2], annual - spent, tag + " carry-forward = annual - spent")
    eq(g6[0], spent - cen - prov, tag + " county spent = spent - central - provincial")
    g7 = one(x, r"全年完成农村户厕改造([\d,]+)户，完成率([\d.]+%)，其中水冲式([\d,]+)户、双瓮式([\d,]+)户", tag + " done")
    eq(g7[0], dec(g7[2]) + dec(g7[3]), tag + " done split")
    eq(g7[0], dec(last[4]), tag + " done vs table")
    eq(g7[1], dec(g7[0]) / dec(last[1]) * 100, tag + " done rate")
    g8 = one(x, r"全部采用双瓮式，完成(\d+)户，奖补资金([\d.]+)万元；因(\d+)户", tag + " zhangshiyan")
    zs = [r for r in rows if r[0] == "嶂石岩镇"][0]
    eq(g8[0], dec(zs[4]), tag + " zhangshiyan households")
    eq(g8[1], dec(zs[6]) / 10000, tag + " zhangshiyan amount 万元 vs 元")
    eq(g8[2], dec(zs[1]) - dec(zs[4]), tag + " zhangshiyan shortfall")
    check("336户问题厕所" in x and "剩余24户" in x and "整改问题厕所312户" in x, tag + " problem toilets text")
    eq("24", Decimal(336 - 312), tag + " problem toilets left")
    g9 = one(x, r"一次验收合格([\d,]+)户，合格率([\d.]+%)，.*?不合格的(\d+)户", tag + " quality")
    eq(g9[1], dec(g9[0]) / dec(last[4]) * 100, tag + " pass rate")
    eq(g9[2], dec(last[4]) - dec(g9[0]), tag + " failed households")
    g10 = one(x, r"2018年底全县([\d,]+)户农户中有卫生厕所([\d,]+)户，普及率([\d.]+%)；2019年新增卫生厕所([\d,]+)户，年底卫生厕所达到([\d,]+)户，普及率([\d.]+%)，比上年提高([\d.]+)个百分点", tag + " coverage")
    eq(g10[2], dec(g10[1]) / dec(g10[0]) * 100, tag + " coverage 2018")
    eq(g10[4], dec(g10[1]) + dec(g10[3]), tag + " toilets 2019")
    eq(g10[3], dec(last[4]), tag + " new toilets = renovated")
    eq(g10[5], dec(g10[4]) / dec(g10[0]) * 100, tag + " coverage 2019")
    eq(g10[6], dec(g10[5]) - dec(g10[2]), tag + " coverage increase")
    g11 = one(x, r"收回有效问卷(\d+)份，其中满意(\d+)份，改厕农户满意度([\d.]+%)", tag + " satisfaction")
    eq(g11[2], dec(g11[1]) / dec(g11[0]) * 100, tag + " satisfaction rate")
    check("配备村级管护员96名" in x and "9个乡镇96个行政村" in x, tag + " caretakers = villages")
    # self-evaluation table
    check(one(x, r"年度：(\d{4})年", tag + " table year") == ("2019",), tag + " table year is 2019")
    fund = delim_table(x, "项目资金（万元）", "｜")
    f = fund[1]
    eq(f[1], dec(g2[0]), tag + " table initial")
    eq(f[2], annual, tag + " table annual")
    eq(f[3], spent, tag + " table spent")
    eq(f[5], spent / annual * 100, tag + " table rate")
    eq(f[6], dec(f[4]) * min(spent / annual, Decimal(1)), tag + " execution score")
    check(fund[2][1:6] == f[1:4] + ["—", f[5]], tag + " 当年财政拨款 row equals total row")
    ind = delim_table(x, "一级指标｜二级指标", "｜")[1:]
    wsum, ssum = dec(f[4]), dec(f[6])
    for r in ind[:-1]:
        check_indicator(tag, r[2], r[3], r[4], r[5], r[6], r[7])
        wsum += dec(r[6])
        ssum += dec(r[7])
    eq(ind[-1][6], wsum, tag + " weights")
    check(wsum == 100, tag + " weights total 100")
    eq(ind[-1][7], ssum, tag + " scores")
    levels = defaultdict(Decimal)
    for r in ind[:-1]:
        levels[r[0]] += dec(r[6])
    check(levels == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}, tag + " level-1 weights %s" % dict(levels))
    check_total_and_grade(tag, x, ind[-1][7])
    byname = {r[2]: r for r in ind[:-1]}
    check(byname["农村户厕改造户数"][4] == g7[0].replace(",", "") + "户", tag + " table actual households")
    check(byname["改厕验收合格率"][4] == g9[1], tag + " table pass rate")
    check(byname["农村卫生厕所普及率"][4] == g10[5], tag + " table coverage")
    check(byname["改厕农户满意度"][4] == g11[2], tag + " table satisfaction")


def p_pingshun(x):
    tag = "pingshun"
    tables = flat_tables(x)
    by_head = {t[0][0]: t for t in tables}
    fund = by_head["项目"]
    rows = {r[0]: r for r in fund[2:]}
    # columns: 2 total, 3 subtotal, 4 central, 5 provincial, 6 municipal, 7 county, 8 carry-over, 9 other
    def cell(row, i):
        v = rows[row][i]
        return dec(v) if v.strip() else Decimal(0)
    for row in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        eq(rows[row][3] or "0", sum(cell(row, i) for i in (4, 5, 6, 7)), tag + " subtotal " + row)
        eq(rows[row][2], cell(row, 3) + cell(row, 8) + cell(row, 9), tag + " total " + row)
    for i in range(2, 10):
        b, r, s = cell("全年预算资金", i), cell("实际到位资金", i), cell("全年执行资金", i)
        eq(rows["资金结余"][i] or "0", r - s, tag + " balance col %d" % i)
        for row, num in (("预算到位率(%)", r), ("预算执行率(%)", s)):
            v = rows[row][i]
            if b == 0:
                check(dec(v) == 0, tag + " %s col %d: rate %s on a zero base" % (row, i, v))
            else:
                eq(v, num / b * 100, tag + " %s col %d" % (row, i))
    annual, spent = cell("全年预算资金", 2), cell("全年执行资金", 2)
    g = one(x, r"全年预算资金([\d.]+)万元，其中中央资金([\d.]+)万元（2021年12月提前下达([\d.]+)万元，晋财农〔2021〕158号；2022年追加([\d.]+)万元，晋财农〔2022〕41号），省级资金([\d.]+)万元（晋财农〔2022〕67号），县级资金([\d.]+)万元。年初预算资金([\d.]+)万元", tag + " funds text")
    eq(g[0], annual, tag + " text annual")
    eq(g[1], dec(g[2]) + dec(g[3]), tag + " central advance + added")
    eq(g[0], dec(g[1]) + dec(g[4]) + dec(g[5]), tag + " text components")
    eq(g[1], cell("全年预算资金", 4), tag + " central")
    eq(g[4], cell("全年预算资金", 5), tag + " provincial")
    eq(g[5], cell("全年预算资金", 7), tag + " county")
    eq(g[6], dec(g[5]) + dec(g[2]), tag + " initial = county + advance")
    eq(g[6], cell("年初预算资金", 2), tag + " initial vs table")
    g2 = one(x, r"全年执行([\d.]+)万元，预算执行率([\d.]+%)；资金结余([\d.]+)万元，均为县级资金，县级资金执行率([\d.]+%)", tag + " exec text")
    eq(g2[0], spent, tag + " text spent")
    eq(g2[1], spent / annual * 100, tag + " text rate")
    eq(g2[2], annual - spent, tag + " text balance")
    eq(g2[3], cell("全年执行资金", 7) / cell("全年预算资金", 7) * 100, tag + " county rate")
    # components of the project
    items = [
        one(x, r"全年发放补助([\d.]+)万元", tag + " cleaners"),
        one(x, r"（2）分类垃圾桶购置。预算([\d.]+)万元，通过公开招标采购240升分类垃圾桶([\d,]+)个，单价(\d+)元，实际支出([\d.]+)万元，结余([\d.]+)万元", tag + " bins"),
        one(x, r"（3）垃圾转运车购置。预算([\d.]+)万元，公开招标购置8吨勾臂式垃圾转运车(\d+)辆，中标价([\d.]+)万元，结余资金([\d.]+)万元，每辆([\d.]+)万元", tag + " trucks"),
        one(x, r"（4）北社乡垃圾中转站建设。预算([\d.]+)万元.*?已按合同支付([\d.]+)万元", tag + " station"),
        one(x, r"（5）垃圾分类宣传培训。预算([\d.]+)万元.*?实际支出([\d.]+)万元", tag + " training"),
    ]
    cl, bins, trucks, st, tr = items
    eq(bins[3], dec(bins[1]) * dec(bins[2]) / 10000, tag + " bins cost")
    eq(bins[4], dec(bins[0]) - dec(bins[3]), tag + " bins balance")
    eq(trucks[3], dec(trucks[0]) - dec(trucks[2]), tag + " trucks balance")
    eq(trucks[4], dec(trucks[2]) / dec(trucks[1]), tag + " truck unit price")
    budget_sum = dec(cl[0]) + dec(bins[0]) + dec(trucks[0]) + dec(st[0]) + dec(tr[0])
    spent_sum = dec(cl[0]) + dec(bins[3]) + dec(trucks[2]) + dec(st[1]) + dec(tr[1])
    eq(str(annual), budget_sum, tag + " items budget = annual")
    eq(str(spent), spent_sum, tag + " items spent = spent")
    town = by_head["乡镇"]
    tot = [Decimal(0)] * 5
    for r in town[1:-1]:
        eq(r[5], dec(r[3]) * 500 * 12, tag + " cleaner pay " + r[0])
        for i in range(5):
            tot[i] += dec(r[i + 1])
    for i in range(5):
        eq(town[-1][i + 1], tot[i], tag + " town column %d" % i)
    eq(cl[0], tot[4] / 10000, tag + " cleaner pay 万元 vs 元")
    g3 = one(x, r"全县12个乡镇共配备村级保洁员(\d+)名，平均每个乡镇([\d.]+)名", tag + " average")
    check(len(town) - 2 == 12, tag + " 12 townships in table")
    eq(g3[0], tot[2], tag + " cleaners text vs table")
    eq(g3[1], tot[2] / (len(town) - 2), tag + " average per township")
    check("12个乡镇151个行政村51,036户" in x, tag + " overview counts")
    eq("151", tot[0], tag + " villages")
    eq("51036", tot[1], tag + " households")
    g4 = one(x, r"全年清运农村生活垃圾([\d,]+)吨，其中无害化处理([\d,]+)吨，无害化处理率([\d.]+%)", tag + " harmless")
    eq(g4[2], dec(g4[1]) / dec(g4[0]) * 100, tag + " harmless rate")
    g5 = one(x, r"由2021年的(\d+)个增加到(\d+)个，覆盖比例([\d.]+%)，.*?未覆盖的(\d+)个行政村为虹梯关乡(\d+)个和东寺头乡(\d+)个", tag + " coverage")
    eq(g5[2], dec(g5[1]) / tot[0] * 100, tag + " coverage rate")
    eq(g5[3], tot[0] - dec(g5[1]), tag + " villages not covered")
    eq(g5[3], dec(g5[4]) + dec(g5[5]), tag + " not covered split")
    check("仅覆盖128个行政村" in x, tag + " 2021 coverage repeated")
    g6 = one(x, r"调查农户(\d+)户，满意(\d+)户，满意度([\d.]+%)", tag + " satisfaction")
    eq(g6[2], dec(g6[1]) / dec(g6[0]) * 100, tag + " satisfaction rate")
    check("比计划推迟20天" in x and "超期20天" in x, tag + " delay days")
    # indicator tables
    hdr = "二级指标"
    ind_tables = [t for t in tables if t[0][0] == hdr]
    check(len(ind_tables) == 4, tag + " four indicator tables")
    level = []
    for t in ind_tables:
        w = s = Decimal(0)
        for r in t[1:]:
            check_indicator(tag, r[1], r[3], r[4], r[5], r[2], r[6])
            w += dec(r[2])
            s += dec(r[6])
        level.append((w, s))
    summ = by_head["一级指标"]
    for (w, s), r in zip(level, summ[1:5]):
        eq(r[1], w, tag + " summary weight " + r[0])
        eq(r[2], s, tag + " summary score " + r[0])
    eq(summ[-1][1], sum(dec(r[1]) for r in summ[1:5]), tag + " summary weights")
    check(dec(summ[-1][1]) == 100, tag + " weights 100")
    eq(summ[-1][2], sum(dec(r[2]) for r in summ[1:5]), tag + " summary scores")
    check_total_and_grade(tag, x, summ[-1][2])
    e = ind_tables[0][1]
    eq(e[4], spent / annual * 100, tag + " execution actual")
    byname = {r[1]: r for t in ind_tables for r in t[1:]}
    check(byname["配备村级保洁员（名）"][4] == "%d名" % tot[2], tag + " cleaners row")
    check(byname["购置分类垃圾桶（个）"][4] == "%d个" % tot[3], tag + " bins row")
    check(byname["购置分类垃圾桶（个）"][4] == bins[1].replace(",", "") + "个", tag + " bins row vs text")
    check(byname["垃圾转运车单价"][4] == trucks[4] + "万元/辆", tag + " truck price row")
    check(byname["农村生活垃圾无害化处理率"][4] == g4[2], tag + " harmless row")
    check(byname["生活垃圾收运处置体系覆盖行政村比例"][4] == g5[2], tag + " coverage row")
    check(byname["农村群众对生活垃圾治理的满意度"][4] == g6[2], tag + " satisfaction row")


def p_lushi(x):
    tag = "lushi"
    g = one(x, r"全年预算([\d,.]+)万元，其中年初预算([\d,.]+)万元，年中追加([\d,.]+)万元", tag + " budget")
    annual = dec(g[0])
    eq(g[0], dec(g[1]) + dec(g[2]), tag + " initial + added")
    g2 = one(x, r"全年收入合计([\d,.]+)万元，其中财政拨款收入([\d,.]+)万元、其他收入([\d,.]+)万元", tag + " revenue")
    eq(g2[0], dec(g2[1]) + dec(g2[2]), tag + " revenue components")
    eq(g2[0], annual, tag + " revenue = annual budget (no carry-over)")
    g3 = one(x, r"支出合计([\d,.]+)万元，预算执行率([\d.]+%)，年末结转结余([\d,.]+)万元。按支出性质分：基本支出([\d,.]+)万元，其中人员经费([\d,.]+)万元、公用经费([\d,.]+)万元；项目支出([\d,.]+)万元", tag + " spending")
    spent = dec(g3[0])
    eq(g3[1], spent / annual * 100, tag + " execution rate")
    eq(g3[2], annual - spent, tag + " carry-forward")
    eq(g3[0], dec(g3[3]) + dec(g3[6]), tag + " basic + project")
    eq(g3[3], dec(g3[4]) + dec(g3[5]), tag + " personnel + public")
    g4 = one(x, r"项目支出中，农村户厕改造奖补资金([\d,.]+)万元，村庄清洁行动经费([\d,.]+)万元，动物疫病防控经费([\d,.]+)万元，农业技术推广与农民培训经费([\d,.]+)万元，其他项目支出([\d,.]+)万元", tag + " projects")
    eq(g3[6], sum(dec(v) for v in g4), tag + " project components")
    check(x.count("186.40万元") == 2, tag + " village cleaning amount repeated")
    g5 = one(x, r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元", tag + " three public")
    eq(g5[1], dec(g5[2]) + dec(g5[3]), tag + " three public components")
    g6 = one(x, r"较2020年的([\d.]+)万元减少([\d.]+)万元，下降([\d.]+%)", tag + " three public y/y")
    eq(g6[1], dec(g6[0]) - dec(g5[1]), tag + " decrease")
    eq(g6[2], dec(g6[1]) / dec(g6[0]) * 100, tag + " decrease %")
    g7 = one(x, r"截至(\d{4})年12月31日，我局资产总额([\d,.]+)万元，其中固定资产([\d,.]+)万元、流动资产([\d,.]+)万元", tag + " assets")
    check(g7[0] == "2021", tag + " asset date year")
    eq(g7[1], dec(g7[2]) + dec(g7[3]), tag + " assets components")
    g8 = one(x, r"核定编制(\d+)名，其中行政编制(\d+)名、事业编制(\d+)名；年末实有在职人员(\d+)名，其中行政人员(\d+)名、事业人员(\d+)名", tag + " staff")
    eq(g8[0], dec(g8[1]) + dec(g8[2]), tag + " posts")
    eq(g8[3], dec(g8[4]) + dec(g8[5]), tag + " staff")
    rows = delim_table(x, "乡镇|水冲式", "|")[1:]
    tot = [Decimal(0)] * 4
    for r in rows[:-1]:
        eq(r[3], dec(r[1]) + dec(r[2]), tag + " row " + r[0])
        eq(r[4], dec(r[1]) * 1000 + dec(r[2]) * 800, tag + " amount " + r[0])
        for i in range(4):
            tot[i] += dec(r[i + 1])
    for i in range(4):
        eq(rows[-1][i + 1], tot[i], tag + " column %d" % i)
    eq(g4[0], tot[3] / 10000, tag + " toilet subsidy 万元 vs 元")
    g9 = one(x, r"全年完成改厕([\d,]+)户，其中水冲式([\d,]+)户、双瓮式([\d,]+)户，兑付奖补资金([\d,.]+)万元", tag + " toilets")
    eq(g9[0], tot[2], tag + " toilets text vs table")
    eq(g9[1], tot[0], tag + " flush")
    eq(g9[2], tot[1], tag + " double vat")
    eq(g9[3], tot[3] / 10000, tag + " subsidy")
    g10 = one(x, r"全年实际完成农村户厕改造([\d,]+)户", tag + " toilets overview")
    eq(g10[0], tot[2], tag + " toilets overview vs table")
    g11 = one(x, r"2020年底全县([\d,]+)户农户中有卫生厕所([\d,]+)户，普及率([\d.]+%)；2021年底卫生厕所达到([\d,]+)户，普及率([\d.]+%)，提高([\d.]+)个百分点", tag + " coverage")
    eq(g11[2], dec(g11[1]) / dec(g11[0]) * 100, tag + " coverage 2020")
    eq(g11[3], dec(g11[1]) + tot[2], tag + " toilets 2021")
    eq(g11[4], dec(g11[3]) / dec(g11[0]) * 100, tag + " coverage 2021")
    eq(g11[5], dec(g11[4]) - dec(g11[2]), tag + " coverage increase")
    goals = delim_table(x, "指标|年度指标值", "|")[1:]
    for r in goals:
        check_indicator(tag, r[0], r[1], r[2], r[3], "100", "100" if split_value(r[1])[0] == "lte" or dec(r[3]) >= 100 else str(dec(r[3])))
    gb = {r[0]: r for r in goals}
    check(gb["农村户厕改造户数"][2] == "%d户" % tot[2], tag + " goal households")
    check("整改问题厕所526户" in x and gb["问题厕所整改户数"][2] == "526户", tag + " problem toilets")
    check(gb["农村卫生厕所普及率"][2] == g11[4], tag + " goal coverage")
    check("免疫密度96.40%" in x and gb["重大动物疫病免疫密度"][2] == "96.40%", tag + " immunisation")
    check("1,620人次" in x and gb["农民培训人次"][2] == "1620人次", tag + " training")
    check(gb["“三公”经费支出"][1] == "≤%s万元" % g5[0] and gb["“三公”经费支出"][2] == g5[1] + "万元", tag + " three public row")
    sc = delim_table(x, "一级指标|二级指标", "|")[1:]
    w = sum(dec(r[2]) for r in sc[:-1])
    s = sum(dec(r[3]) for r in sc[:-1])
    for r in sc[:-1]:
        check(0 <= dec(r[3]) <= dec(r[2]), tag + " score within weight " + r[1])
    eq(sc[-1][2], w, tag + " weights")
    check(w == 100, tag + " weights 100")
    eq(sc[-1][3], s, tag + " scores")
    ex = [r for r in sc if r[1] == "预算执行"][0]
    eq(ex[3], dec(ex[2]) * spent / annual, tag + " execution score")
    g12 = one(x, r"发放问卷(\d+)份，满意(\d+)份，满意度([\d.]+%)，得([\d.]+)分", tag + " satisfaction")
    eq(g12[2], dec(g12[1]) / dec(g12[0]) * 100, tag + " satisfaction rate")
    sat = [r for r in sc if r[1] == "社会满意度"][0]
    eq(g12[3], dec(sat[2]) * dec(g12[1]) / dec(g12[0]), tag + " satisfaction score")
    check(sat[3] == g12[3], tag + " satisfaction score vs table")
    check("扣1.50分" in x and [r for r in sc if r[1] == "预算管理"][0][3] == "8.50", tag + " budget management deduction")
    check("扣1分" in x and [r for r in sc if r[1] == "资产管理"][0][3] == "9.00", tag + " asset deduction")
    check_total_and_grade(tag, x, sc[-1][3])
    check("按执行率97.33%计9.73分" in x, tag + " execution sentence")
    check("年中追加预算1,105.85万元" in x and "年末形成结转结余87.73万元" in x, tag + " problems repeat figures")


def p_julu(x):
    tag = "julu"
    g = one(x, r"项目全年预算([\d.]+)万元，其中县级资金([\d.]+)万元，已列入年初预算；省级农村生活垃圾治理专项资金([\d.]+)万元", tag + " budget")
    annual = dec(g[0])
    eq(g[0], dec(g[1]) + dec(g[2]), tag + " budget components")
    g2 = one(x, r"实际到位([\d.]+)万元，其中省级资金([\d.]+)万元、县级资金([\d.]+)万元，到位率([\d.]+%)。县级资金未到位([\d.]+)万元", tag + " received")
    rec = dec(g2[0])
    eq(g2[0], dec(g2[1]) + dec(g2[2]), tag + " received components")
    eq(g2[3], rec / annual * 100, tag + " received rate")
    eq(g2[4], dec(g[1]) - dec(g2[2]), tag + " county not received")
    g3 = one(x, r"全年实际支出([\d.]+)万元，其中保洁员补助([\d.]+)万元、垃圾收集箱购置([\d.]+)万元、垃圾清运服务费([\d.]+)万元，预算执行率([\d.]+%)；已到位未支出的([\d.]+)万元", tag + " spent")
    spent = dec(g3[0])
    eq(g3[0], dec(g3[1]) + dec(g3[2]) + dec(g3[3]), tag + " spent components")
    eq(g3[4], spent / annual * 100, tag + " execution rate")
    eq(g3[5], rec - spent, tag + " balance")
    rows = delim_table(x, "乡镇\t行政村", "\t")[1:]
    tot = [Decimal(0)] * 5
    for r in rows[:-1]:
        eq(r[3], dec(r[2]) * 300 * 12, tag + " cleaner pay " + r[0])
        eq(r[5], dec(r[4]) * 1150, tag + " bins " + r[0])
        for i in range(5):
            tot[i] += dec(r[i + 1])
    for i in range(5):
        eq(rows[-1][i + 1], tot[i], tag + " column %d" % i)
    eq(g3[1], tot[2] / 10000, tag + " cleaner pay 万元 vs 元")
    eq(g3[2], tot[4] / 10000, tag + " bins 万元 vs 元")
    check("全县10个乡镇294个行政村" in x and tot[0] == 294 and len(rows) - 1 == 10, tag + " villages")
    g4 = one(x, r"全年转运量分别为巨鹿镇站([\d,]+)吨、官亭站([\d,]+)吨、苏家营站([\d,]+)吨，平均每站([\d,.]+)吨", tag + " stations")
    st = [dec(v) for v in g4[:3]]
    eq(g4[3], sum(st) / 3, tag + " station average")
    g5 = one(x, r"全年清运农村生活垃圾([\d,]+)吨", tag + " hauled")
    eq(g5[0], sum(st), tag + " hauled = station total")
    eq(g3[3], dec(g5[0]) * 50 / 10000, tag + " haul cost = tonnes x 50元")
    check("单价1,150元" in x and "每名保洁员每月300元" in x and "清运单价50元/吨" in x, tag + " unit prices")
    check("全县配备村级保洁员882名" in x and tot[1] == 882, tag + " cleaners")
    check("购置垃圾收集箱1,236个" in x and tot[3] == 1236, tag + " bins")
    g6 = one(x, r"完成目标880名的([\d.]+%)", tag + " cleaners rate")
    eq(g6[0], tot[1] / 880 * 100, tag + " cleaners completion")
    g7 = one(x, r"294个行政村中已有(\d+)个行政村纳入收运处置体系，覆盖比例([\d.]+%)，超过90%的年度目标，未纳入的(\d+)个", tag + " coverage")
    eq(g7[1], dec(g7[0]) / tot[0] * 100, tag + " coverage rate")
    eq(g7[2], tot[0] - dec(g7[0]), tag + " not covered")
    check(x.count("剩余18个行政村") == 1 and "18个行政村尚未" in x, tag + " 18 villages repeated")
    g8 = one(x, r"全年清运的([\d,]+)吨垃圾中，进入县生活垃圾卫生填埋场无害化处理([\d,]+)吨，无害化处理率([\d.]+%)，.*?期间，([\d,]+)吨垃圾", tag + " harmless")
    eq(g8[0], sum(st), tag + " harmless base")
    eq(g8[2], dec(g8[1]) / dec(g8[0]) * 100, tag + " harmless rate")
    eq(g8[3], dec(g8[0]) - dec(g8[1]), tag + " untreated tonnes")
    g9 = one(x, r"发放问卷(\d+)份，满意(\d+)份，群众满意度([\d.]+%)", tag + " satisfaction")
    eq(g9[2], dec(g9[1]) / dec(g9[0]) * 100, tag + " satisfaction rate")
    fund = delim_table(x, "项目资金（万元）", "\t")
    f = fund[1]
    eq(f[1], dec(g[1]), tag + " table initial = county")
    eq(f[2], annual, tag + " table annual")
    eq(f[3], spent, tag + " table spent")
    eq(f[5], spent / annual * 100, tag + " table rate")
    eq(f[6], dec(f[4]) * spent / annual, tag + " execution score")
    ind = delim_table(x, "一级指标\t二级指标", "\t")[1:]
    w, s = dec(f[4]), dec(f[6])
    levels = defaultdict(Decimal)
    lscore = defaultdict(Decimal)
    for r in ind[:-1]:
        check_indicator(tag, r[2], r[3], r[4], r[5], r[6], r[7])
        w += dec(r[6])
        s += dec(r[7])
        levels[r[0]] += dec(r[6])
        lscore[r[0]] += dec(r[7])
    check(w == 100, tag + " weights 100 (got %s)" % w)
    eq(ind[-1][6], w, tag + " weights total row")
    eq(ind[-1][7], s, tag + " scores total row")
    check(levels == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}, tag + " level weights")
    g10 = one(x, r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总分([\d.]+)分", tag + " conclusion")
    eq(g10[0], dec(f[6]), tag + " conclusion execution")
    eq(g10[1], lscore["产出指标"], tag + " conclusion outputs")
    eq(g10[2], lscore["效益指标"], tag + " conclusion benefits")
    eq(g10[3], lscore["满意度指标"], tag + " conclusion satisfaction")
    eq(g10[4], sum(dec(v) for v in g10[:4]), tag + " conclusion sum")
    check_total_and_grade(tag, x, ind[-1][7])
    byname = {r[2]: r for r in ind[:-1]}
    check(byname["农村生活垃圾清运量"][4] == "%d吨" % sum(st), tag + " hauled row")
    check(byname["收运处置体系覆盖行政村比例"][4] == g7[1], tag + " coverage row")
    check(byname["生活垃圾无害化处理率"][4] == g8[2], tag + " harmless row")
    check(byname["农村群众满意度"][4] == g9[2], tag + " satisfaction row")
    check("96.20%" in x and byname["垃圾日产日清率"][4] == "96.20%", tag + " daily clearance")


def p_guangshan(x):
    tag = "guangshan"
    g = one(x, r"项目全年预算([\d.]+)万元，其中县级下达资金([\d.]+)万元、镇级配套资金([\d.]+)万元、2024年结转资金([\d.]+)万元", tag + " budget")
    annual = dec(g[0])
    eq(g[0], dec(g[1]) + dec(g[2]) + dec(g[3]), tag + " budget components")
    g0 = one(x, r"下达我镇农村户厕问题整改资金([\d.]+)万元", tag + " county allocation")
    eq(g0[0], dec(g[1]), tag + " county allocation repeated")
    fund = delim_table(x, "资金来源｜", "｜")[1:]
    fr = {r[0]: r for r in fund}
    for r in fund[:-1]:
        eq(r[4], dec(r[3]) / dec(r[1]) * 100, tag + " rate " + r[0])
    for i in (1, 2, 3):
        eq(fr["合计"][i], sum(dec(r[i]) for r in fund[:-1]), tag + " fund column %d" % i)
    eq(fr["合计"][4], dec(fr["合计"][3]) / dec(fr["合计"][1]) * 100, tag + " total rate")
    eq(g[1], dec(fr["县级财政下达资金"][1]) / 10000, tag + " county 万元 vs 元")
    eq(g[2], dec(fr["镇级配套资金"][1]) / 10000, tag + " town 万元 vs 元")
    eq(g[3], dec(fr["上年结转资金"][1]) / 10000, tag + " carry-over 万元 vs 元")
    check("资金全部到位" in x and fr["合计"][2] == fr["合计"][1], tag + " all received")
    g2 = one(x, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)。其中：问题户厕整改补助([\d.]+)万元", tag + " spent")
    spent = dec(g2[0])
    eq(g2[0], dec(fr["合计"][3]) / 10000, tag + " spent vs table")
    eq(g2[1], spent / annual * 100, tag + " execution rate")
    parts = [
        one(x, r"村级管护员补助([\d.]+)万元，(\d+)名管护员每人每月(\d+)元", tag + " caretakers"),
        one(x, r"购置小型吸污车(\d+)辆([\d.]+)万元，每辆([\d.]+)万元", tag + " trucks"),
        one(x, r"粪污清掏收运服务费([\d.]+)万元，全年清掏([\d,]+)户次，每户次(\d+)元", tag + " emptying"),
        one(x, r"宣传培训费([\d.]+)万元", tag + " publicity"),
    ]
    ca, tk, em, pb = parts
    eq(ca[0], dec(ca[1]) * dec(ca[2]) * 12 / 10000, tag + " caretaker pay")
    eq(tk[1], dec(tk[0]) * dec(tk[2]), tag + " trucks")
    eq(em[0], dec(em[1]) * dec(em[2]) / 10000, tag + " emptying")
    eq(g2[0], dec(g2[2]) + dec(ca[0]) + dec(tk[1]) + dec(em[0]) + dec(pb[0]), tag + " spent components")
    g3 = one(x, r"镇级配套资金支出([\d.]+)万元，年末结余([\d.]+)万元", tag + " town balance")
    eq(g3[0], dec(fr["镇级配套资金"][3]) / 10000, tag + " town spent vs table")
    eq(g3[1], dec(g[2]) - dec(g3[0]), tag + " town balance")
    eq(g3[1], annual - spent, tag + " balance = annual - spent")
    rows = delim_table(x, "行政村｜", "｜")[1:]
    tot = [Decimal(0)] * 6
    for r in rows[:-1]:
        eq(r[5], dec(r[3]) + dec(r[4]), tag + " village sum " + r[0])
        eq(r[6], dec(r[5]) / dec(r[2]) * 100, tag + " village rate " + r[0])
        eq(r[7], dec(r[3]) * 800 + dec(r[4]) * 600, tag + " village amount " + r[0])
        for i, j in enumerate((1, 2, 3, 4, 5, 7)):
            tot[i] += dec(r[j])
    for i, j in enumerate((1, 2, 3, 4, 5, 7)):
        eq(rows[-1][j], tot[i], tag + " village column %d" % j)
    eq(rows[-1][6], tot[4] / tot[1] * 100, tag + " total rectification rate")
    check(len(rows) - 1 == 10 and "辖10个行政村" in x, tag + " ten villages")
    eq(g2[2], tot[5] / 10000, tag + " subsidy 万元 vs 元")
    g4 = one(x, r"逐户排查了全镇([\d,]+)户改造户厕，排查覆盖率100%，共发现问题户厕(\d+)户", tag + " survey")
    eq(g4[0], tot[0], tag + " surveyed")
    eq(g4[1], tot[1], tag + " problems")
    g5 = one(x, r"未完成整改的(\d+)户中，(\d+)户为常年外出务工、无法入户施工，(\d+)户", tag + " remaining")
    eq(g5[0], tot[1] - tot[4], tag + " remaining households")
    eq(g5[0], dec(g5[1]) + dec(g5[2]), tag + " remaining split")
    check(x.count("剩余14户") == 1 and "仍有14户" in x, tag + " 14 repeated")
    g6 = one(x, r"全年整改问题户厕(\d+)户，超过380户的年度目标，其中三格式(\d+)户、双瓮式(\d+)户。镇级对整改户全部复核，合格(\d+)户，复核合格率([\d.]+%)", tag + " outputs")
    eq(g6[0], tot[4], tag + " rectified")
    eq(g6[1], tot[2], tag + " three-cell")
    eq(g6[2], tot[3], tag + " double vat")
    eq(g6[4], dec(g6[3]) / tot[4] * 100, tag + " pass rate")
    check("对验收合格的398户拨付补助" in x, tag + " subsidised households")
    g7 = one(x, r"2024年底全镇卫生厕所([\d,]+)户，普及率([\d.]+%)；2025年底卫生厕所达到([\d,]+)户，普及率([\d.]+%)", tag + " coverage")
    eq(g7[1], dec(g7[0]) / Decimal(9236) * 100, tag + " coverage 2024")
    eq(g7[3], dec(g7[2]) / Decimal(9236) * 100, tag + " coverage 2025")
    check("共有农户9,236户" in x, tag + " households")
    g8 = one(x, r"对(\d+)户整改户抽检，粪污无害化处理达标(\d+)户，无害化处理率([\d.]+%)", tag + " harmless")
    eq(g8[2], dec(g8[1]) / dec(g8[0]) * 100, tag + " harmless rate")
    g9 = one(x, r"受理群众报修(\d+)起，办结(\d+)起，办结率([\d.]+%)", tag + " repairs")
    eq(g9[2], dec(g9[1]) / dec(g9[0]) * 100, tag + " repair rate")
    check(dec(g9[1]) <= dec(g9[0]), tag + " closed <= received")
    g10 = one(x, r"随机入户调查(\d+)户，满意(\d+)户，群众满意度([\d.]+%)", tag + " satisfaction")
    eq(g10[2], dec(g10[1]) / dec(g10[0]) * 100, tag + " satisfaction rate")
    ind = delim_table(x, "一级指标｜二级指标", "｜")[1:]
    w = s = Decimal(0)
    levels = defaultdict(Decimal)
    for r in ind[:-1]:
        check_indicator(tag, r[2], r[3], r[4], r[5], r[6], r[7])
        w += dec(r[6])
        s += dec(r[7])
        levels[r[0]] += dec(r[6])
    check(w == 100, tag + " weights 100")
    check(levels == {"预算执行": 10, "产出指标": 50, "效益指标": 30, "满意度指标": 10}, tag + " level weights")
    eq(ind[-1][6], w, tag + " weights total")
    eq(ind[-1][7], s, tag + " scores total")
    ex = ind[0]
    eq(ex[4], spent / annual * 100, tag + " execution row")
    byname = {r[2]: r for r in ind[:-1]}
    check(byname["问题户厕整改数"][4] == "%d户" % tot[4], tag + " rectified row")
    check(byname["整改后复核合格率"][4] == g6[4], tag + " pass row")
    check(byname["配备村级管护员"][4] == ca[1] + "名", tag + " caretaker row")
    check(byname["农村卫生厕所普及率"][4] == g7[3], tag + " coverage row")
    check(byname["厕所粪污无害化处理率"][4] == g8[2], tag + " harmless row")
    check(byname["群众满意度"][4] == g10[2], tag + " satisfaction row")
    q = byname["户厕长效管护机制运行"]
    check(Decimal("0.6") * dec(q[6]) <= dec(q[7]) < Decimal("0.8") * dec(q[6]), tag + " partly achieved band")
    check_total_and_grade(tag, x, ind[-1][7])


PROJECT_CHECKS = {
    "zanhuang-gaice-2019": p_zanhuang,
    "pingshun-lajishouyun-2022": p_pingshun,
    "lushi-nongyebumen-2021": p_lushi,
    "julu-lajizhili-2018": p_julu,
    "guangshan-gaicezhenggai-2025": p_guangshan,
}


# ---------------------------------------------------------------- edits and labels
def edit_regions(a, b):
    """Per changed line: (line_no, removed, inserted) after trimming common prefix/suffix."""
    la, lb = a.split("\n"), b.split("\n")
    if len(la) != len(lb):
        return None
    out = []
    for i, (x, y) in enumerate(zip(la, lb)):
        if x == y:
            continue
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[len(x) - 1 - s] == y[len(y) - 1 - s]:
            s += 1
        out.append((i, x[p:len(x) - s], y[p:len(y) - s]))
    return out


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    texts = {}
    for lab in labels:
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            texts[lab["case"]] = fh.read()
    counts = defaultdict(list)
    for lab in labels:
        name, src = lab["case"], lab["source"]
        clean = texts[src + "-clean.txt"]
        if lab["clean"]:
            check(lab["expected"] == [], name + ": clean case with expectations")
            n = len(clean)
            check(2500 <= n <= 6000, "%s: length %d outside 2500-6000" % (name, n))
            continue
        text = texts[name]
        check(len(lab["expected"]) == 1, name + ": exactly one expected finding")
        for e in lab["expected"]:
            check(e["severity"] == "error", name + ": severity")
            check(e["code"] in NUMERIC_CODES, name + ": code %s not in the list" % e["code"])
            check(text.count(e["value"]) == 1, "%s: value occurs %d times in the case" % (name, text.count(e["value"])))
            check(clean.count(e["value"]) == 0, "%s: value occurs in the clean draft" % name)
            counts[e["code"]].append(src)
            regions = edit_regions(clean, text)
            if not check(regions, name + ": line count changed or no edit"):
                continue
            for ln, old, new in regions:
                check(max(len(old), len(new)) <= MAX_EDIT,
                      "%s: edit on line %d too large (%r -> %r)" % (name, ln + 1, old, new))
            if len(regions) > 1:
                check(len(regions) == 2 and regions[1][0] == regions[0][0] + 1 and e["code"] in SCORE_ROW_CODES,
                      "%s: more than one line edited" % name)
            # the value must contain (part of) the edited text
            ln, old, new = regions[0]
            check(any(new and new in e["value"] or e["value"] in new for ln, old, new in regions) or
                  any(new[:3] in e["value"] for ln, old, new in regions if new),
                  "%s: value does not cover the edit" % name)
        # the error case must differ from the clean one
        check(text != clean, name + ": identical to clean")
    for code in NUMERIC_CODES:
        srcs = counts.get(code, [])
        check(len(srcs) >= 2, "code %s used %d times" % (code, len(srcs)))
        check(len(set(srcs)) >= min(2, len(srcs)), "code %s not spread across projects" % code)
    extra = set(counts) - set(NUMERIC_CODES)
    check(not extra, "unexpected codes %s" % extra)
    for src, fn in PROJECT_CHECKS.items():
        fn(texts[src + "-clean.txt"])
        # every error case must break at least one of the project's arithmetic checks or its labels
    # sanity: the arithmetic checks must fail on the error cases (except codes they do not model)
    missed = []
    for lab in labels:
        if lab["clean"]:
            continue
        before = len(PROBLEMS)
        try:
            PROJECT_CHECKS[lab["source"]](texts[lab["case"]])
        except Exception as exc:  # a broken pattern counts as detected
            PROBLEMS.append("exc " + repr(exc))
        if len(PROBLEMS) == before:
            missed.append(lab["case"])
        del PROBLEMS[before:]
    check(not missed, "error cases that pass the arithmetic checks: %s" % missed)
    print("cases: %d (%d clean, %d with one error)" % (len(labels), sum(l["clean"] for l in labels),
                                                      sum(not l["clean"] for l in labels)))
    for code in NUMERIC_CODES:
        print("  %-22s %d  %s" % (code, len(counts[code]), ", ".join(sorted(set(counts[code])))))
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        print("FAIL")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
