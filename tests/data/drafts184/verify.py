#!/usr/bin/env python3
"""Verify the n184 set.

1. every label value occurs in its case file;
2. every error case differs from its clean draft in one place (one short contiguous region);
3. the arithmetic of every clean draft is redone: funds tables, weights, scores, totals, grades,
   completion rates, averages, balances and the prose figures listed below.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
D = Decimal
errors = []


def fail(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- helpers
NUM = re.compile(r"\d+(?:\.\d+)?")


def last_num(s):
    m = NUM.findall(s)
    if not m:
        raise ValueError("no number in %r" % s)
    return m[-1]


def decimals(numstr):
    return len(numstr.split(".")[1]) if "." in numstr else 0


def consistent(computed, numstr):
    """rules.md §8: |c − v| ≤ 0.5 × 10^−d."""
    v = D(numstr)
    tol = D("0.5") * (D(10) ** -decimals(numstr)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def check(text, src, stated, computed, what):
    """stated must occur in the clean text; its last number must agree with computed."""
    if stated not in text:
        fail("%s: stated %r not found (%s)" % (src, stated, what))
        return
    n = last_num(stated)
    if not consistent(computed, n):
        fail("%s: %s: stated %s, computed %s" % (src, what, n, computed))


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def rows(text):
    """Table rows (lines with full-width bars) as lists of cells."""
    return [ln.split("｜") for ln in text.splitlines() if "｜" in ln]


def row(text, first):
    for cells in rows(text):
        if cells[0] == first:
            return cells
    raise KeyError(first)


def n(cell):
    return D(cell.replace("%", ""))


# ---------------------------------------------------------------- generic table checks
def score_table(text, src):
    """Weights/scores over every table whose header has 分值 and 得分; total row 总分/合计."""
    weights, scores, total = [], [], None
    wi = si = None
    for cells in rows(text):
        if "分值" in cells and "得分" in cells:
            wi, si = cells.index("分值"), cells.index("得分")
            continue
        if wi is None or len(cells) <= max(wi, si):
            continue
        w, s = cells[wi], cells[si]
        if cells[0] in ("总分", "合计"):
            total = (n(w), n(s))
            continue
        if not NUM.fullmatch(w) or not NUM.fullmatch(s):
            continue
        weights.append(D(w))
        scores.append(D(s))
        if D(s) > D(w) or D(s) < 0:
            fail("%s: row %s score %s exceeds weight %s" % (src, cells[2] if len(cells) > 2 else cells[0], s, w))
    if total is None:
        fail("%s: no total row" % src)
        return None
    if sum(weights) != 100 or total[0] != 100:
        fail("%s: weights sum %s, total weight %s" % (src, sum(weights), total[0]))
    if sum(scores) != total[1]:
        fail("%s: scores sum %s, stated total %s" % (src, sum(scores), total[1]))
    return total[1]


SIGN = re.compile(r"^(≥|≤|=)?(\d+(?:\.\d+)?)(.*)$")


def parse_val(cell):
    m = SIGN.match(cell.strip())
    if not m:
        return None
    sign = {"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return sign, D(m.group(2)), m.group(3)


def indicator_scores(text, src, target_col, actual_col, completion_col=None):
    """Quantitative rows: same unit; score per rules §5; completion column if any."""
    hdr = None
    for cells in rows(text):
        if target_col in cells and actual_col in cells and "分值" in cells:
            hdr = cells
            continue
        if hdr is None or len(cells) != len(hdr) or cells[0] in ("总分", "合计"):
            continue
        tc, ac = cells[hdr.index(target_col)], cells[hdr.index(actual_col)]
        w, s = D(cells[hdr.index("分值")]), D(cells[hdr.index("得分")])
        t, a = parse_val(tc), parse_val(ac)
        if t is None or a is None or "年" in tc:
            continue  # qualitative or date rows
        direction, T, unit_t = t
        _, A, unit_a = a
        if unit_t != unit_a:
            fail("%s: unit of %r vs %r" % (src, tc, ac))
            continue
        if T == 0:
            comp = D(100) if A <= 0 else D(0)
        elif direction == "lte":
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        exp_score = min(w, w * comp / 100)
        if not consistent(exp_score, cells[hdr.index("得分")]):
            fail("%s: score of %s is %s, rule gives %s" % (src, cells[2], s, r2(exp_score)))
        if completion_col:
            cc = cells[hdr.index(completion_col)]
            if not consistent(comp, cc.replace("%", "")):
                fail("%s: completion of %s is %s, computed %s" % (src, cells[2], cc, r2(comp)))


def mof_funds(text, src):
    """MOF funds block: 年度资金总额 = parts; 执行率 and score."""
    tot = row(text, "年度资金总额")
    parts = [row(text, "其中：当年财政拨款"), row(text, "上年结转资金"), row(text, "其他资金")]
    for col in (1, 2, 3):
        if n(tot[col]) != sum(n(p[col]) for p in parts):
            fail("%s: funds column %d total %s != parts" % (src, col, tot[col]))
    for r in [tot] + parts:
        if n(r[2]) > 0:
            rate = n(r[3]) / n(r[2]) * 100
            if not consistent(rate, r[5].replace("%", "")):
                fail("%s: rate %s in row %s, computed %s" % (src, r[5], r[0], r2(rate)))
        elif r[5] != "—":
            fail("%s: rate on zero base in row %s" % (src, r[0]))
    score = D(tot[4]) * min(D(1), n(tot[3]) / n(tot[2]))
    if not consistent(score, tot[6]):
        fail("%s: execution score %s, computed %s" % (src, tot[6], r2(score)))
    return tot


# ---------------------------------------------------------------- per-draft checks
def chk_guanyun(t, src):
    tot = mof_funds(t, src)
    total = score_table(t, src)
    indicator_scores(t, src, "年度指标值", "实际完成值")
    c = lambda stated, comp, what: check(t, src, stated, comp, what)
    c("调整后全年预算128.60万元", D("80.00") + D("45.00") + D("3.60"), "全年预算 = 年初 + 追加 + 结转")
    c("其中当年财政拨款125.00万元", D("80.00") + D("45.00"), "当年财政拨款")
    c("上年结转资金3.60万元", n(row(t, "上年结转资金")[2]), "结转 text = table")
    c("项目实际支出121.84万元", n(tot[3]), "支出 text = table")
    c("项目实际支出121.84万元", D("101.64") + D("14.80") + D("5.40"), "支出构成之和")
    c("预算执行率94.74%", D("121.84") / D("128.60") * 100, "执行率")
    c("未支付的6.76万元", D("128.60") - D("121.84"), "未支付 = 预算 − 支出")
    c("完成率105%", D(42) / D(40) * 100, "路径完成率")
    c("增加14条", D(42) - D(28), "较上年增加")
    c("平均配置8件", D(336) / D(42), "每条路径器材件数")
    c("平均单价3025元", D("101.64") * 10000 / D(336), "器材均价（元）")
    c("器材采购费用2.42万元", D("101.64") / D(42), "每条路径器材费用")
    c("覆盖率96.5%", D(193) / D(200) * 100, "覆盖率")
    c("低1.5个百分点", D(98) - D("96.5"), "差距")
    c("完成率98.47%", D("96.5") / D(98) * 100, "覆盖率完成率")
    c("有效回收率96.4%", D(482) / D(500) * 100, "问卷回收率")
    c("抽查比例约为29%", D(12) / D(42) * 100, "抽查比例")
    c("中有6.76万元", D("128.60") - D("121.84"), "偏离原因中的未支付额")
    c("项目预算执行率得9.47分", D(10) * D("121.84") / D("128.60"), "执行得分")
    c("效益指标得28.85分", D(10) + D("9.85") + D(9), "效益小计")
    c("产出指标得50分", D(15) + D(10) + D(5) + D(10) + D(10), "产出小计")
    c("自评总分98.32分", D("9.47") + D(50) + D("28.85") + D(10), "总分 = 各部分")
    c("自评总分98.32分", total, "总分 text = table")
    if grade(total) != "优" or "评价等级为“优”" not in t:
        fail(src + ": grade")


def chk_danling(t, src):
    c = lambda stated, comp, what: check(t, src, stated, comp, what)
    c("调整后预算为56.00万元", D("36.00") + D("20.00"), "调整后预算")
    c("到位率100%", D("56.00") / D("56.00") * 100, "到位率")
    c("预算执行率94.00%", D("52.64") / D("56.00") * 100, "执行率")
    c("结余3.36万元", D("56.00") - D("52.64"), "结余")
    c("实际支出52.64万元", D("18.72") + D("17.64") + D("9.12") + D("7.16"), "支出明细之和")
    c("平均每人1.56万元", D("18.72") / D(12), "教练员人均补助")
    c("人均1400元", D("17.64") * 10000 / D(126), "运动员人均补助（元）")
    c("平均每个训练点42人", (D(48) + D(40) + D(38)) / 3, "训练点平均人数")
    c("2021年全县在训运动员126人", D(48) + D(40) + D(38), "在训人数（概况）")
    c("全年在训运动员126人", D(48) + D(40) + D(38), "在训人数（绩效）")
    c("目标为120人，完成率105%", D(126) / D(120) * 100, "在训完成率")
    c("共获得奖牌41枚", D(12) + D(14) + D(15), "奖牌合计")
    c("完成率113.89%", D(41) / D(36) * 100, "奖牌完成率")
    c("完成率80%", D(4) / D(5) * 100, "输送完成率")
    c("完成率80%，得8分", D(10) * D(4) / D(5), "输送得分")
    c("完成率103.89%", D("93.5") / D(90) * 100, "出勤完成率")
    c("完成率108%", D("64.8") / D(60) * 100, "优良率完成率")
    weights = [10, 10, 10, 10, 5, 5]
    wstated = re.findall(r"\d\.[^（\n]+（分值(\d+)分）", t.split("（一）完成情况")[1].split("以上产出指标")[0])
    if [int(x) for x in wstated] != weights:
        fail("%s: 产出 weights %s" % (src, wstated))
    c("以上产出指标（50分）", sum(weights), "产出权重")
    c("共得48分", D(10) + D(10) + D(8) + D(10) + D(5) + D(5), "产出得分")
    c("效益指标（30分）", D(15) + D(15), "效益权重")
    c("效益指标（30分）共得28分", D(15) + D(13), "效益得分")
    c("满意度指标分值10分", D(100) - 10 - 50 - 30, "满意度权重 (100 − 10 − 50 − 30)")
    c("预算执行9.40分", D(10) * D("52.64") / D("56.00"), "执行得分")
    c("综合自评得分95.40分", D("9.40") + D(48) + D(28) + D(10), "总分")
    if "评价等级为“优”" not in t or grade(D("95.40")) != "优":
        fail(src + ": grade")
    for m in re.findall(r"满意度为(\d+(?:\.\d+)?)%", t):
        if D(m) > 100:
            fail(src + ": satisfaction > 100")


def chk_jinzhou(t, src):
    c = lambda stated, comp, what: check(t, src, stated, comp, what)
    names = ["中央补助资金", "省级补助资金", "本级配套资金", "上年结转资金"]
    rs = [row(t, x) for x in names]
    tot = row(t, "合计")
    for col in (1, 2, 3, 4):
        if sum(n(r[col]) for r in rs) != n(tot[col]):
            fail("%s: funds column %d" % (src, col))
    for r in rs + [tot]:
        if n(r[2]) - n(r[3]) != n(r[4]):
            fail("%s: 结余 of %s" % (src, r[0]))
        if n(r[1]) == 0:
            if r[5] != "—" or r[6] != "—":
                fail("%s: rate on zero base in %s" % (src, r[0]))
            continue
        if not consistent(n(r[2]) / n(r[1]) * 100, r[5].replace("%", "")):
            fail("%s: 到位率 of %s" % (src, r[0]))
        if not consistent(n(r[3]) / n(r[1]) * 100, r[6].replace("%", "")):
            fail("%s: 执行率 of %s" % (src, r[0]))
    c("全年预算56.00万元", D("40.00") + D("10.00") + D("6.00"), "全年预算")
    c("实际支出47.60万元", n(tot[3]), "支出 text = table")
    c("实际支出47.60万元", D("21.40") + D("12.00") + D("10.80") + D("3.40"), "支出构成之和")
    c("预算执行率85%", D("47.60") / D("56.00") * 100, "执行率")
    c("结余8.40万元", D("56.00") - D("47.60"), "结余")
    c("月均2.2万人次", D("26.4") / 12, "月均接待")
    c("原计划在馆内举办的3次活动", D(12) - D(9), "未办活动")
    c("8.40万元未能在年内支出", n(tot[4]), "问题中的结余")
    total = score_table(t, src)
    indicator_scores(t, src, "目标值", "业绩值", "完成率")
    c("预算执行率得8.50分", D(10) * D("47.60") / D("56.00"), "执行得分")
    c("产出指标得46.81分", D(10) + D(10) + D("8.80") + D("3.75") + D("9.26") + D(5), "产出小计")
    c("效益指标得24分", D(15) + D(9), "效益小计")
    c("满意度指标得9.56分", D(10) * D(86) / D(90), "满意度得分")
    c("自评得分88.87分", D("8.50") + D("46.81") + D(24) + D("9.56"), "总分 = 各部分")
    c("自评得分88.87分", total, "总分 text = table")
    if grade(total) != "良" or "评价等级为良好" not in t:
        fail(src + ": grade")
    if "2017年12月由省财政厅提前下达" not in t:
        fail(src + ": advance issue sentence missing")


def chk_xinshao(t, src):
    c = lambda stated, comp, what: check(t, src, stated, comp, what)
    b, p, tot = row(t, "基本支出"), row(t, "项目支出"), row(t, "合计")
    for col in (1, 2, 3):
        if n(b[col]) + n(p[col]) != n(tot[col]):
            fail("%s: 支出表 column %d" % (src, col))
    for r in (b, p, tot):
        if not consistent(n(r[3]) / n(r[2]) * 100, r[4].replace("%", "")):
            fail("%s: 执行率 of %s" % (src, r[0]))
    if n(row(t, "其中：人员经费")[3]) + n(row(t, "公用经费")[3]) != n(b[3]):
        fail(src + ": 人员 + 公用 != 基本支出")
    c("年初预算262.40万元", n(tot[1]), "年初预算 text = table")
    c("调整后全年预算286.45万元", D("262.40") + D("16.00") + D("8.05"), "调整后预算")
    c("其中财政拨款281.25万元", D("286.45") - D("5.20"), "财政拨款")
    c("全年支出279.87万元", n(tot[3]), "支出 text = table")
    c("整体预算执行率97.70%", D("279.87") / D("286.45") * 100, "整体执行率")
    c("年末结转结余6.58万元", D("286.45") - D("279.87"), "结转结余")
    c("基本支出196.53万元", n(b[3]), "基本支出")
    c("基本支出预算执行率99.03%", D("196.53") / D("198.45") * 100, "基本执行率")
    c("项目支出83.34万元", D("18.60") + D("36.24") + D("28.50"), "项目支出之和")
    c("项目支出预算执行率94.70%", D("83.34") / D("88.00") * 100, "项目执行率")
    c("项目支出83.34万元", n(p[3]), "项目支出 text = table")
    if D("20.00") + D("38.00") + D("30.00") != n(p[2]):
        fail(src + ": project budgets")
    c("预算20.00万元", D("4.00") + D("16.00"), "培训预算")
    c("支出18.60万元，执行率93.00%", D("18.60") / D("20.00") * 100, "培训执行率")
    c("支出36.24万元，执行率95.37%", D("36.24") / D("38.00") * 100, "活动执行率")
    c("支出28.50万元，执行率95.00%", D("28.50") / D("30.00") * 100, "维护执行率")
    c("下降12.24%", (D("0.98") - D("0.86")) / D("0.98") * 100, "三公经费降幅")
    c("平均每期三级培训67人", D(268) / 4, "三级培训期均人数")
    c("合计培训326人", D(58) + D(268), "培训人数")
    c("｜≥300人｜326人｜", D(58) + D(268), "培训人数 table = text")
    c("合格率97.85%", D(319) / D(326) * 100, "考核合格率")
    c("培训人均成本570.55元", D("18.60") * 10000 / D(326), "人均培训成本")
    c("｜≤650元｜570.55元｜", D("18.60") * 10000 / D(326), "人均培训成本 table")
    c("每千人拥有社会体育指导员2.92人", D(2015) / D(690), "每千人指导员")
    c("赛事活动18场次", D(20) - D(2), "活动场次")
    total = score_table(t, src)
    indicator_scores(t, src, "年度指标值", "实际完成值")
    c("预算执行9.77分", D(10) * D("279.87") / D("286.45"), "执行得分")
    c("产出指标49分", D(10) + D(10) + D(9) + D(10) + D(10), "产出小计")
    c("效益指标29分", D(10) + D(10) + D(9), "效益小计")
    c("自评得分97.77分", D("9.77") + D(49) + D(29) + D(10), "总分 = 各部分")
    c("自评得分97.77分", total, "总分 text = table")
    if grade(total) != "优" or "自评等级｜优" not in t or "评价等级为优" not in t:
        fail(src + ": grade")


def chk_barkol(t, src):
    c = lambda stated, comp, what: check(t, src, stated, comp, what)
    tot = mof_funds(t, src)
    total = score_table(t, src)
    indicator_scores(t, src, "年度指标值", "实际完成值")
    c("全年预算52.00万元", D("45.00") + D("7.00"), "全年预算")
    c("项目实际支出49.92万元", n(tot[3]), "支出 text = table")
    c("项目实际支出49.92万元", D("12.36") + D("10.80") + D("18.56") + D("5.40") + D("2.80"), "支出构成之和")
    c("预算执行率96.00%", D("49.92") / D("52.00") * 100, "执行率")
    c("剩余2.08万元", D("52.00") - D("49.92"), "交回节余")
    c("比上届增加311人", D(1356) - D(1045), "较上届增加")
    c("完成率113.00%", D(1356) / D(1200) * 100, "运动员完成率")
    c("人均补助136.87元", D("18.56") * 10000 / D(1356), "人均补助（元）")
    c("｜136.87元/人｜", D("18.56") * 10000 / D(1356), "人均补助 table")
    c("共14个比赛项目", len("篮球、足球、气排球、田径、乒乓球、羽毛球、象棋、拔河、赛马、叼羊、姑娘追、押加、射箭、搏克".split("、")), "项目数")
    c("预算执行9.60分", D(10) * D("49.92") / D("52.00"), "执行得分")
    c("产出指标50分", D(10) + D(10) + D(5) + D(10) + D(5) + D(5) + D(5), "产出小计")
    c("效益指标29分", D(10) + D(10) + D(9), "效益小计")
    c("总分98.60分", D("9.60") + D(50) + D(29) + D(10), "总分 = 各部分")
    c("总分98.60分", total, "总分 text = table")
    if grade(total) != "优" or "评价等级为优" not in t:
        fail(src + ": grade")


CHECKS = {
    "guanyun-fitnesspath-2022": chk_guanyun,
    "danling-youthtraining-2021": chk_danling,
    "jinzhou-venueopen-2018": chk_jinzhou,
    "xinshao-sportscentre-2023": chk_xinshao,
    "barkol-countygames-2024": chk_barkol,
}


def one_place(a, b):
    """True when a and b differ in one short contiguous region (at most 2 lines, 160 chars)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    da, db = a[i:len(a) - j], b[i:len(b) - j]
    if not da and not db:
        return False
    return len(da) <= 160 and len(db) <= 160 and da.count("\n") <= 1 and db.count("\n") <= 1


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels and case files differ")
    codes = {}
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(lab["case"] + ": clean case with expectations")
            n_chars = len(text)
            if not 3000 <= n_chars <= 9000:
                fail("%s: %d characters" % (lab["case"], n_chars))
            CHECKS[lab["source"]](text, lab["case"])
            continue
        if len(lab["expected"]) != 1:
            fail(lab["case"] + ": expected exactly one error")
        for e in lab["expected"]:
            if e["value"] not in text:
                fail("%s: value %r not in case" % (lab["case"], e["value"]))
            codes[e["code"]] = codes.get(e["code"], 0) + 1
        clean = read(lab["source"] + "-clean.txt")
        if not one_place(clean, text):
            fail(lab["case"] + ": does not differ from the clean draft in exactly one place")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for code in required:
        if codes.get(code, 0) < 2:
            fail("code %s occurs %d times" % (code, codes.get(code, 0)))
    for e in errors:
        print("FAIL", e)
    if errors:
        sys.exit(1)
    print("%d cases, %d error cases, codes: %s" % (len(labels), sum(codes.values()),
                                                 ", ".join("%s×%d" % (k, codes[k]) for k in required)))
    print("OK")


if __name__ == "__main__":
    main()
