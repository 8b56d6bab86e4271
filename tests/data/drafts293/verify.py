#!/usr/bin/env python3
"""Check drafts293: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

problems = []
nchecks = 0


def fail(msg):
    problems.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    s = s.replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: a stated value with d decimals matches c iff |c - v| <= 0.5*10^-d."""
    v = D(stated.replace("%", ""))
    d = decimals(stated)
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def chk(src, text, snippet, stated, computed, what):
    """snippet must be printed in the draft and contain the stated figure; stated must match computed."""
    global nchecks
    nchecks += 1
    if snippet not in text:
        fail(f"{src}: snippet not found for {what}: {snippet!r}")
        return
    if stated not in snippet:
        fail(f"{src}: stated {stated!r} not inside snippet {snippet!r}")
        return
    if not consistent(stated, computed):
        fail(f"{src}: {what}: stated {stated}, computed {computed}")


def eq(src, a, b, what):
    global nchecks
    nchecks += 1
    try:
        same = D(a) == D(b)
    except Exception:
        same = str(a) == str(b)
    if not same:
        fail(f"{src}: {what}: {a} != {b}")


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def table(text, header_start):
    """Rows (lists of cells) of the ｜ table whose header line starts with header_start."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(header_start) and "｜" in ln:
            head = ln.split("｜")
            rows = []
            for ln2 in lines[i + 1:]:
                if "｜" not in ln2:
                    break
                rows.append(ln2.split("｜"))
            return head, rows
    raise KeyError(header_start)


NUM = re.compile(r"-?\d+(?:\.\d+)?")


def num(cell):
    m = NUM.search(cell)
    return D(m.group()) if m else None


def completion(target, actual):
    """rules.md §5 completion for ≥ / = targets (all quantitative targets here are gte or eq)."""
    return num(actual) / num(target) * 100


def indicator_table(src, text, header_start, wcol, scol, total_label, extra_weight=0, extra_score=0,
                    ccol=None, tcol=None, acol=None):
    head, rows = table(text, header_start)
    wi, si = head.index(wcol), head.index(scol)
    ws, ss = D(extra_weight), D(extra_score)
    total = None
    for r in rows:
        if r[0].startswith(total_label):
            total = (r[wi], r[si])
            continue
        w, s = D(r[wi]), D(r[si])
        global nchecks
        nchecks += 1
        if s > w or s < 0:
            fail(f"{src}: score {s} outside 0..{w} in row {r}")
        ws += w
        ss += s
        if ccol:
            c = r[head.index(ccol)]
            t, a = r[head.index(tcol)], r[head.index(acol)]
            if c != "—":
                if t.startswith("≤"):
                    comp = D(100) if num(a) <= num(t) else num(t) / num(a) * 100
                else:
                    comp = completion(t, a)
                nchecks += 1
                if not consistent(c, comp):
                    fail(f"{src}: completion {c} vs computed {comp} in row {r}")
    if total is None:
        fail(f"{src}: no total row in table {header_start}")
        return None
    eq(src, ws, 100, "sum of weights")
    eq(src, total[0], 100, "stated total weight")
    eq(src, ss, D(total[1]), "sum of scores vs total row")
    return ss


# --------------------------------------------------------------------------------------------
def check_xinglong(t):
    s = "xinglong-tourtoilet-2019"
    chk(s, t, "年初预算260.00万元，其中省级旅游发展专项资金（旅游厕所建设补助）180.00万元、县级配套资金80.00万元",
        "260.00", D("180.00") + D("80.00"), "年初 = 省级 + 县级")
    chk(s, t, "全年预算调整为286.40万元", "286.40", D("260.00") + D("10.00") + D("16.40"), "全年 = 年初 + 追加 + 结转")
    chk(s, t, "全年执行272.02万元，预算执行率94.98%", "94.98%", D("272.02") / D("286.40") * 100, "执行率")
    chk(s, t, "新建旅游厕所支出198.60万元，改扩建旅游厕所支出51.30万元，导视标识及智能管理系统支出22.12万元",
        "22.12", D("272.02") - D("198.60") - D("51.30"), "uses add up to execution")
    chk(s, t, "未支出的14.38万元", "14.38", D("286.40") - D("272.02"), "未支出 = 全年 − 执行")
    chk(s, t, "完成率112.50%", "112.50%", D(9) / D(8) * 100, "改扩建完成率")
    chk(s, t, "新建12座厕所支出198.60万元，平均每座16.55万元", "16.55", D("198.60") / 12, "新建平均")
    chk(s, t, "改扩建9座支出51.30万元，平均每座57000元", "57000", D("51.30") / 9 * 10000, "改扩建平均 (元)")
    chk(s, t, "｜≤6万元｜5.70万元｜", "5.70", D("51.30") / 9, "改扩建单座平均 (table)")
    chk(s, t, "其中表示满意的468份，游客满意度93.60%", "93.60%", D(468) / D(500) * 100, "满意度")
    # funds block
    _, rows = table(t, "项目资金（万元）")
    f = {r[0]: r for r in rows}
    tot, cur, carry, oth = f["年度资金总额"], f["其中：当年财政拨款"], f["上年结转资金"], f["其他资金"]
    for col in (1, 2, 3):
        eq(s, D(tot[col]), D(cur[col]) + D(carry[col]) + D(oth[col]), f"funds column {col} sum")
    eq(s, cur[2], D("180.00") + D("80.00") + D("10.00"), "当年财政拨款 全年")
    chk(s, t, tot[5], tot[5], D(tot[3]) / D(tot[2]) * 100, "total 执行率")
    chk(s, t, cur[5], cur[5], D(cur[3]) / D(cur[2]) * 100, "当年财政拨款 执行率")
    chk(s, t, carry[5], carry[5], D(carry[3]) / D(carry[2]) * 100, "结转 执行率")
    eq(s, tot[6], r2(D(10) * D(tot[3]) / D(tot[2])), "execution score")
    total = indicator_table(s, t, "一级指标", "分值", "得分", "总分", extra_weight=10, extra_score=tot[6])
    eq(s, D("3.75"), r2(D(5) * D(3) / D(4)), "第三卫生间 proportional score")
    chk(s, t, "自评总分96.25分，自评等级为优秀", "96.25", total, "stated total")
    chk(s, t, "预算执行得分9.50分，产出指标得分48.75分，效益指标得分28分，满意度指标得分10分", "9.50",
        D("96.25") - D("48.75") - D(28) - D(10), "level scores add to total")
    eq(s, grade("96.25"), "优", "grade band")


def check_danzhai(t):
    s = "danzhai-ruraltourvillage-2022"
    _, rows = table(t, "资金来源")
    f = {r[0]: r for r in rows}
    tot = f["合计"]
    parts = [r for k, r in f.items() if k != "合计"]
    for col in (1, 2, 3, 4):
        eq(s, D(tot[col]), sum(D(r[col]) for r in parts), f"funds column {col} sum")
    for r in parts + [tot]:
        if D(r[2]) == 0:
            eq(s, 1 if r[5] == "—" else 0, 1, f"zero-base rate printed as — ({r[0]})")
        else:
            chk(s, t, "｜".join(r), r[5], D(r[4]) / D(r[2]) * 100, f"执行率 {r[0]}")
    eq(s, D("180.00") + D("120.00"), D(f["中央财政衔接推进乡村振兴补助资金"][2]), "中央 全年 = 提前 + 第二批")
    chk(s, t, "年初预算380.00万元，其中：中央财政衔接资金180.00万元（2021年12月提前下达）、省级专项资金120.00万元、县级资金80.00万元",
        "380.00", D(180) + D(120) + D(80), "年初 parts")
    chk(s, t, "实际到位484.00万元，到位率96.80%", "96.80%", D("484.00") / D("500.00") * 100, "到位率")
    chk(s, t, "县级资金尚有16.00万元未到位", "16.00", D("80.00") - D("64.00"), "未到位")
    chk(s, t, "全年执行469.76万元，执行率93.95%", "93.95%", D("469.76") / D("500.00") * 100, "执行率 prose")
    chk(s, t, "结余14.24万元", "14.24", D("484.00") - D("469.76"), "结余 = 到位 − 执行")
    chk(s, t, "三个村平均投入资金156.59万元", "156.59", D("469.76") / 3, "平均投入")
    chk(s, t, "156.59万元/村｜100%", "156.59", D("469.76") / 3, "平均投入 (table)")
    chk(s, t, "5.1公里，完成年度目标的85%", "85%", D("5.1") / D(6) * 100, "步道完成率 prose")
    chk(s, t, "0.9公里", "0.9", D(6) - D("5.1"), "顺延 km")
    chk(s, t, "改造提升接待户36户，比计划少4户", "4", D(40) - D(36), "少4户")
    chk(s, t, "全年接待游客27.6万人次", "27.6", D("27.6"), "visitors prose")
    chk(s, t, "｜≥25万人次｜27.6万人次｜", "27.6", D("27.6"), "visitors table (same value)")
    chk(s, t, "就业285人", "285", D(285), "就业 prose = table")
    chk(s, t, "｜≥300人｜285人｜", "285", D(285), "就业 table")
    head, irows = table(t, "一级指标")
    si = head.index("得分")
    exec_row = [r for r in irows if r[2] == "预算执行率"][0]
    eq(s, exec_row[si], r2(D(10) * D("469.76") / D("500.00")), "execution score")
    total = indicator_table(s, t, "一级指标", "分值", "得分", "合计", ccol="完成率", tcol="年度指标值", acol="实际完成值")
    for name, w, a, tg in (("新建改造村内旅游步道", 8, "5.1", 6), ("改造提升农家乐（民宿）接待户", 8, 36, 40),
                           ("带动村民旅游从业", 8, 285, 300), ("村民满意度", 5, 86, 90)):
        row = [r for r in irows if r[2] == name][0]
        eq(s, row[si], r2(D(w) * D(a) / D(tg)), f"proportional score {name}")
    eq(s, D("4.2"), D(7) * D("0.6"), "qualitative 部分建立 at 60%")
    chk(s, t, "项目全年预算执行得分9.40分，绩效指标得分84.58分，总得分93.98分，自评等级为优", "84.58",
        total - D("9.40"), "indicator score = total − execution")
    chk(s, t, "总得分93.98分", "93.98", total, "stated total")
    eq(s, grade("93.98"), "优", "grade band")


def check_jinyun(t):
    s = "jinyun-minsu-2024"
    chk(s, t, "全年预算调整为390.00万元", "390.00", D("300.00") + D("90.00"), "全年 = 年初 + 省级")
    chk(s, t, "项目实际支出364.80万元，执行率93.54%", "93.54%", D("364.80") / D("390.00") * 100, "执行率")
    chk(s, t, "结余25.20万元", "25.20", D("390.00") - D("364.80"), "结余")
    chk(s, t, "等级民宿创建奖励170.00万元，其中白金宿1家奖励30万元、金宿3家各奖励20万元、银宿8家各奖励10万元",
        "170.00", D(30) + 3 * D(20) + 8 * D(10), "奖励 parts")
    chk(s, t, "民宿改造提升补助42家，共155.40万元，平均每家3.70万元", "3.70", D("155.40") / 42, "平均补助")
    eq(s, 1 if D("3.70") * 10000 <= 50000 else 0, 1, "average within the 50000元 cap")
    chk(s, t, "民宿管家培训及品牌推广39.40万元", "39.40", D("364.80") - D("170.00") - D("155.40"), "uses add up")
    chk(s, t, "上半年受等级评定和验收时间安排影响，支出106.20万元，下半年支出258.60万元", "258.60",
        D("364.80") - D("106.20"), "half-years add up")
    chk(s, t, "新评定等级民宿12家", "12", D(1) + 3 + 8, "12 = 1 + 3 + 8")
    chk(s, t, "年末全县等级民宿达到99家，比年初增加12家", "99", D(87) + 12, "等级民宿 year-end")
    chk(s, t, "全年预算390.00万元，执行364.80万元，预算执行得9.35分", "9.35",
        D(10) * D("364.80") / D("390.00"), "execution score")
    chk(s, t, "合格42家，验收合格率93.33%", "93.33%", D(42) / D(45) * 100, "验收合格率")
    chk(s, t, "按比例得9.82分", "9.82", D(10) * (D(42) / D(45) * 100) / D(95), "合格率 score")
    chk(s, t, "平均入住率41.6%，低于45%的目标值，按比例得9.24分", "9.24", D(10) * D("41.6") / D(45), "入住率 score")
    prod = D(10) + 10 + 10 + D("9.82") + 10
    ben = D(10) + 10 + D("9.24")
    sat = D(5) + 5
    chk(s, t, "（二）产出指标（50分，得49.82分）", "49.82", prod, "产出 subtotal")
    chk(s, t, "（三）效益指标（30分，得29.24分）", "29.24", ben, "效益 subtotal")
    chk(s, t, "（四）满意度指标（10分，得10分）", "10", sat, "满意度 subtotal")
    eq(s, D(10) + 50 + 30 + 10, 100, "weights")
    chk(s, t, "绩效自评总分98.41分，等级为优秀", "98.41", D("9.35") + prod + ben + sat, "total")
    eq(s, grade("98.41"), "优", "grade band")
    for y in ("2024年12月31日",):
        chk(s, t, "截至" + y, "2024", D(2024), "evaluation year")


def check_tekes(t):
    s = "tekes-roadstation-2021"
    chk(s, t, "年初预算600.00万元，其中自治区旅游发展专项资金450.00万元，县级配套资金150.00万元", "600.00",
        D(450) + D(150), "年初 parts")
    chk(s, t, "年中追加对口援疆资金120.00万元，全年预算720.00万元", "720.00", D(600) + D(120), "全年")
    chk(s, t, "喀拉峻景区入口驿站预算250.00万元，阔克苏大峡谷驿站预算240.00万元，琼库什台驿站预算230.00万元",
        "230.00", D(720) - D(250) - D(240), "station budgets add to 720")
    chk(s, t, "全年执行698.40万元，预算执行率97.00%", "97.00%", D("698.40") / D("720.00") * 100, "执行率")
    chk(s, t, "结余21.60万元", "21.60", D("720.00") - D("698.40"), "结余")
    for name, b, e, rate in (("喀拉峻景区入口驿站", "250.00", "246.30", "98.52%"),
                             ("阔克苏大峡谷驿站", "240.00", "233.80", "97.42%"),
                             ("琼库什台驿站", "230.00", "218.30", "94.91%")):
        chk(s, t, f"{name}支出{e}万元，执行率{rate}", rate, D(e) / D(b) * 100, f"{name} 执行率")
    eq(s, D("246.30") + D("233.80") + D("218.30"), D("698.40"), "station spending adds up")
    chk(s, t, "单个驿站平均建设成本232.80万元", "232.80", D("698.40") / 3, "平均成本 prose")
    chk(s, t, "｜≤240万元｜232.80万元｜", "232.80", D("698.40") / 3, "平均成本 table")
    chk(s, t, "配套生态停车位136个，完成年度目标的113.33%", "113.33%", D(136) / D(120) * 100, "停车位完成率")
    chk(s, t, "全年累计服务过往游客18.3万人次", "18.3", D("18.3"), "visitors prose")
    chk(s, t, "｜≥15万人次｜18.3万人次｜", "18.3", D("18.3"), "visitors table (same value)")
    chk(s, t, "就业34人，其中保洁、安保岗位21人，售卖和讲解岗位13人", "34", D(21) + 13, "就业 parts")
    chk(s, t, "经营性收入52.8万元", "52.8", D("52.8"), "收入 prose")
    chk(s, t, "其中满意363份，满意度95.28%", "95.28%", D(363) / D(381) * 100, "游客满意度")
    chk(s, t, "｜≥90%｜95.28%｜", "95.28%", D(363) / D(381) * 100, "游客满意度 table")
    chk(s, t, "满意39户，满意度97.50%", "97.50%", D(39) / D(40) * 100, "商户满意度")
    _, rows = table(t, "项目资金（万元）")
    f = {r[0]: r for r in rows}
    tot, cur, carry, oth = f["年度资金总额"], f["其中：当年财政拨款"], f["上年结转资金"], f["其他资金（对口援疆资金）"]
    for col in (1, 2, 3):
        eq(s, D(tot[col]), D(cur[col]) + D(carry[col]) + D(oth[col]), f"funds column {col} sum")
    chk(s, t, tot[5], tot[5], D(tot[3]) / D(tot[2]) * 100, "total 执行率")
    chk(s, t, cur[5], cur[5], D(cur[3]) / D(cur[2]) * 100, "当年 执行率")
    chk(s, t, oth[5], oth[5], D(oth[3]) / D(oth[2]) * 100, "援疆 执行率")
    eq(s, carry[5], "—", "zero-base rate printed as —")
    eq(s, tot[6], r2(D(10) * D(tot[3]) / D(tot[2])), "execution score")
    total = indicator_table(s, t, "一级指标", "分值", "得分", "总分", extra_weight=10, extra_score=tot[6])
    eq(s, D("8.8"), r2(D(10) * D("52.8") / D(60)), "收入 proportional score")
    chk(s, t, "预算执行率得分9.70分，各项绩效指标得分88.80分，自评总分98.50分", "88.80", total - D("9.70"),
        "indicator score")
    chk(s, t, "自评总分98.50分", "98.50", total, "stated total")
    eq(s, grade("98.50"), "优", "grade band")


def check_fenghuang(t):
    s = "fenghuang-culturetourism-dept-2020"
    chk(s, t, "收入合计3286.45万元，其中一般公共预算拨款2812.60万元、政府性基金预算拨款240.00万元、上年结转186.35万元、其他收入47.50万元",
        "3286.45", D("2812.60") + D("240.00") + D("186.35") + D("47.50"), "income parts")
    chk(s, t, "支出合计3168.92万元，其中基本支出1426.38万元（人员经费1238.76万元、公用经费187.62万元），项目支出1742.54万元",
        "3168.92", D("1426.38") + D("1742.54"), "spending parts")
    eq(s, D("1426.38"), D("1238.76") + D("187.62"), "基本支出 parts")
    chk(s, t, "年末结转结余117.53万元", "117.53", D("3286.45") - D("3168.92"), "结转结余")
    _, rows = table(t, "资金类别")
    f = {r[0]: r for r in rows}
    for col in (1, 2, 3):
        eq(s, D(f["合计"][col]), D(f["基本支出"][col]) + D(f["项目支出"][col]), f"funds column {col} sum")
    for k in ("基本支出", "项目支出", "合计"):
        r = f[k]
        chk(s, t, "｜".join(r), r[4], D(r[3]) / D(r[2]) * 100, f"执行率 {k}")
    eq(s, f["合计"][1], "2965.80", "年初 total as in prose")
    chk(s, t, "年初预算2965.80万元", "2965.80", D(f["合计"][1]), "年初 prose = table")
    chk(s, t, "调整为3286.45万元", "3286.45", D(f["合计"][2]), "全年 = income")
    _, prow = table(t, "重点项目")
    scores = []
    for r in prow:
        chk(s, t, "｜".join(r), r[3], D(r[2]) / D(r[1]) * 100, f"执行率 {r[0]}")
        eq(s, grade(r[4]) + ("秀" if grade(r[4]) == "优" else "好"), r[5], f"grade {r[0]}")
        scores.append(D(r[4]))
    chk(s, t, "四个重点项目平均自评得分93.25分", "93.25", sum(scores) / len(scores), "average")
    chk(s, t, "全年预算533.85万元，支出486.54万元", "533.85", D("1833.85") - sum(D(r[1]) for r in prow),
        "其他项目 budget")
    eq(s, D("486.54"), D("1742.54") - sum(D(r[2]) for r in prow), "其他项目 spending")
    chk(s, t, "在职人员控制率96.15%", "96.15%", D(75) / D(78) * 100, "在职人员控制率")
    chk(s, t, "“三公经费”支出21.75万元，比上年的23.80万元下降8.61%", "8.61%",
        (D("23.80") - D("21.75")) / D("23.80") * 100, "三公 变动")
    chk(s, t, "｜≤0｜-8.61%｜", "-8.61%", (D("21.75") - D("23.80")) / D("23.80") * 100, "三公 table")
    chk(s, t, "公用经费预算192.90万元，实际支出187.62万元，公用经费控制率97.26%", "97.26%",
        D("187.62") / D("192.90") * 100, "公用经费控制率")
    chk(s, t, "按期完成8项，按期完成率80%", "80%", D(8) / D(10) * 100, "按期完成率")
    chk(s, t, "与2019年的1126.37万人次和101.2亿元相比，分别下降39.3%和42.0%", "39.3%",
        (D("1126.37") - D("683.2")) / D("1126.37") * 100, "visitor decline")
    chk(s, t, "分别下降39.3%和42.0%", "42.0%", (D("101.2") - D("58.7")) / D("101.2") * 100, "revenue decline")
    chk(s, t, "全县全年接待游客683.2万人次，实现旅游综合收入58.7亿元", "58.7", D("58.7"), "prose = table")
    chk(s, t, "｜≥90亿元｜58.7亿元｜", "58.7", D("58.7"), "revenue table")
    head, irows = table(t, "一级指标")
    si = head.index("得分")
    byname = {r[2]: r for r in irows}
    eq(s, byname["预算执行率"][si], r2(D(10) * D("3168.92") / D("3286.45")), "execution score")
    for name, w, a, tg in (("重点工作任务按期完成率", 10, 80, 90), ("全县接待游客人次", 10, "683.2", 1000),
                           ("旅游综合收入", 10, "58.7", 90), ("游客满意度", 10, "88.6", 90)):
        eq(s, byname[name][si], r2(D(w) * D(a) / D(tg)), f"proportional score {name}")
    eq(s, D(3), D(5) * D("0.6"), "部分规范 at 60%")
    total = indicator_table(s, t, "一级指标", "分值", "得分", "合计")
    chk(s, t, "部门整体支出绩效自评得分89.72分", "89.72", total, "stated total")
    eq(s, grade("89.72"), "良", "grade band (良好)")
    if "综合评定等级为良好" not in t:
        fail(f"{s}: grade 良好 not printed")


CHECKS = {
    "xinglong-tourtoilet-2019": check_xinglong,
    "danzhai-ruraltourvillage-2022": check_danzhai,
    "jinyun-minsu-2024": check_jinyun,
    "tekes-roadstation-2021": check_tekes,
    "fenghuang-culturetourism-dept-2020": check_fenghuang,
}


def one_place(clean, err):
    """Length of common prefix/suffix; the differing middle must lie within two adjacent lines."""
    i = 0
    while i < min(len(clean), len(err)) and clean[i] == err[i]:
        i += 1
    j = 0
    while j < min(len(clean), len(err)) - i and clean[-1 - j] == err[-1 - j]:
        j += 1
    mid_c = clean[i:len(clean) - j]
    mid_e = err[i:len(err) - j]
    return i, mid_c, mid_e


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        fail("labels and case files differ")
    sources = sorted({r["source"] for r in labels})
    if len(sources) != 5:
        fail(f"expected 5 sources, got {len(sources)}")
    counts = {c: 0 for c in CODES}
    for r in labels:
        text = read(r["case"])
        if r["clean"]:
            if r["expected"]:
                fail(f"{r['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{r['case']}: {n} characters, outside 3000–9000")
            continue
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: expected exactly one label")
        lab = r["expected"][0]
        if lab["code"] not in CODES:
            fail(f"{r['case']}: unknown code {lab['code']}")
        else:
            counts[lab["code"]] += 1
        if lab["severity"] != "error":
            fail(f"{r['case']}: severity {lab['severity']}")
        clean = read(r["source"] + "-clean.txt")
        if lab["value"] not in text:
            fail(f"{r['case']}: value {lab['value']!r} not in case")
        if text == clean:
            fail(f"{r['case']}: identical to clean draft")
            continue
        start, mid_c, mid_e = one_place(clean, text)
        if mid_c.count("\n") > 1 or mid_e.count("\n") > 1 or len(mid_e) > 80:
            fail(f"{r['case']}: change is not in one place: {mid_c!r} -> {mid_e!r}")
        # the label value must cover (overlap) the changed region
        hit = False
        for m in re.finditer(re.escape(lab["value"]), text):
            if m.start() < start + max(len(mid_e), 1) and m.end() > start:
                hit = True
        if not hit:
            fail(f"{r['case']}: value {lab['value']!r} does not overlap the change at {start}")
    for c, n in counts.items():
        if n < 2:
            fail(f"code {c} occurs {n} times (< 2)")
    for src in sources:
        CHECKS[src](read(src + "-clean.txt"))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(counts.values())} injected errors, {nchecks} arithmetic checks")
    print("OK")


if __name__ == "__main__":
    main()
