#!/usr/bin/env python3
"""Verify set n177.

1. labels.jsonl covers every case file; every label value occurs in its case; each of the 13 codes of
   errors.md section A occurs at least twice; each error case has exactly one expected finding.
2. Each error case differs from its clean draft in one place (one contiguous changed region), and an
   occurrence of the label value overlaps that region.
3. Redoes the arithmetic of every clean draft:
   - funds tables: execution rate = 执行 / 全年预算, execution score = 分值 x min(rate, 100%),
     "—" where the budget is zero, components add up to totals;
   - indicator tables: every score <= its weight and follows from target / actual (rules.md section 5),
     stated completion rates follow from target and actual, weights add to 100, scores add to the total,
     units of target and actual agree;
   - every grade stated in the draft is the band of the total (rules.md section 6);
   - a list of facts per draft (sums, rates, balances, averages, per-unit figures, prose scores),
     each compared with the figure as written, within the tolerance of its decimals (rules.md section 8).
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

errors = []


def fail(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
def decimals(s):
    s = s.strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated, approx=False):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d; approximate figures (约) get one more unit."""
    v = D(stated)
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    if approx:
        tol = tol * 2
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


NUM = re.compile(r"^-?\d+(?:\.\d+)?$")


def isnum(s):
    return bool(NUM.match(s.strip()))


def pct(s):
    s = s.strip()
    return s[:-1] if s.endswith("%") else s


# ---------------------------------------------------------------- table parsing
def table_lines(text):
    return [ln for ln in text.split("\n") if "｜" in ln]


def funds_rows(text):
    """Rows of the funds block: the lines after a header holding 年初预算数 and 全年执行数."""
    lines = text.split("\n")
    out, header = [], None
    for ln in lines:
        if "年初预算数" in ln and "全年执行数" in ln:
            header = [c.strip() for c in ln.split("｜")]
            continue
        if header is not None:
            cells = [c.strip() for c in ln.split("｜")]
            if len(cells) == len(header) and isnum(cells[1]):
                out.append((header, cells))
            else:
                header = None
    return out


def check_funds(pid, text):
    rows = funds_rows(text)
    if not rows:
        return None
    exec_weight = exec_score = None
    for header, cells in rows:
        col = {h: i for i, h in enumerate(header)}
        name = cells[0]
        budget = D(cells[2])
        spent = D(cells[3])
        rate_cell = cells[[i for i, h in enumerate(header) if h.startswith("执行率")][0]]
        if budget == 0:
            if rate_cell != "—":
                fail(f"{pid}: funds row {name}: rate {rate_cell} on a zero budget")
            continue
        rate = spent / budget * 100
        if not close(rate, pct(rate_cell)):
            fail(f"{pid}: funds row {name}: rate {rate_cell}, computed {rate:.4f}%")
        if rate > 100:
            fail(f"{pid}: funds row {name}: rate over 100%")
        if "分值" in col and isnum(cells[col["分值"]]):
            w = D(cells[col["分值"]])
            s = cells[col["得分"]]
            a = w * min(rate / 100, D(1))
            b = w * min(D(pct(rate_cell)) / 100, D(1))
            if not (close(a, s) or close(b, s)):
                fail(f"{pid}: funds row {name}: score {s}, computed {a:.4f}")
            exec_weight, exec_score = w, D(s)
    return rows, exec_weight, exec_score


def funds_value(rows, label, column):
    for header, cells in rows:
        if cells[0] == label:
            return D(cells[header.index(column)])
    raise KeyError(label)


SIGN = re.compile(r"^(≥|≤|＞|＜|=)?\s*(-?\d+(?:\.\d+)?)(.*)$")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_value(s):
    s = s.strip()
    m = SIGN.match(s)
    if not m:
        return None
    sign, num, unit = m.group(1) or "", D(m.group(2)), m.group(3).strip()
    return sign, num, unit


def expected_score(pid, name, target, actual, w, stated):
    """Return (score lower, score upper, completion or None) following rules.md section 5."""
    td, ad = DATE.search(target), DATE.search(actual)
    if td and ad:
        t = tuple(int(x) for x in td.groups())
        a = tuple(int(x) for x in ad.groups())
        return (w, w, None) if a <= t else (D(0), w, None)
    pt, pa = parse_value(target), parse_value(actual)
    if pt is None and pa is None:          # qualitative
        if "部分" in actual:
            return (w * D("0.6"), w * D("0.8") - D("0.01"), None)
        return (w * D("0.8"), w, None)
    if pt is None or pa is None:
        fail(f"{pid}: {name}: target {target!r} and actual {actual!r} not both numeric")
        return (D(0), w, None)
    sign, t, tu = pt
    _, a, au = pa
    if tu != au:
        fail(f"{pid}: {name}: unit of target {tu!r} differs from unit of actual {au!r}")
    if sign in ("≤", "＜"):
        if a <= t:
            return (w, w, D(100))
        sc = w * t / a
        return (sc, sc, t / a * 100)
    if t == 0:
        return ((w, w, None) if a <= 0 else (D(0), D(0), None))
    comp = a / t * 100
    sc = w * min(a / t, D(1))
    return (sc, sc, comp)


def check_indicators(pid, text, exec_weight, exec_score):
    lines = text.split("\n")
    start = None
    for i, ln in enumerate(lines):
        if "三级指标" in ln and "分值" in ln and "｜" in ln:
            start = i
    if start is None:
        return None
    header = [c.strip() for c in lines[start].split("｜")]
    col = {h: i for i, h in enumerate(header)}
    i_t, i_a, i_w, i_s = col["年度指标值"], col["实际完成值"], col["分值"], col["得分"]
    i_c = col.get("完成率")
    weights, scores, groups = D(0), D(0), {}
    total_w = total_s = None
    for ln in lines[start + 1:]:
        if "｜" not in ln:
            break
        cells = [c.strip() for c in ln.split("｜")]
        if cells[0] in ("总分", "合计"):
            nums = [c for c in cells[1:] if isnum(c)]
            total_w, total_s = D(nums[0]), D(nums[1])
            continue
        if cells[0] == "自评等级":
            continue
        name = cells[2]
        w, s = D(cells[i_w]), D(cells[i_s])
        weights += w
        scores += s
        g = groups.setdefault(cells[0], [D(0), D(0)])
        g[0] += w
        g[1] += s
        if s > w or s < 0:
            fail(f"{pid}: {name}: score {s} outside [0, {w}]")
        lo, hi, comp = expected_score(pid, name, cells[i_t], cells[i_a], w, s)
        if not (close(lo, cells[i_s]) or close(hi, cells[i_s]) or (lo <= s <= hi)):
            fail(f"{pid}: {name}: score {s}, expected {lo:.4f}..{hi:.4f}")
        if i_c is not None:
            c = cells[i_c]
            if comp is None:
                if c != "—":
                    fail(f"{pid}: {name}: completion {c} where none can be computed")
            elif not close(comp, pct(c)):
                fail(f"{pid}: {name}: completion {c}, computed {comp:.4f}%")
    if exec_weight is not None and "预算执行率" not in groups:
        weights += exec_weight
        scores += exec_score
        groups["预算执行率"] = [exec_weight, exec_score]
    if total_w is None:
        fail(f"{pid}: no 总分 row")
        return None
    if weights != 100 or total_w != 100:
        fail(f"{pid}: weights add to {weights}, stated {total_w}")
    if not close(scores, str(total_s)):
        fail(f"{pid}: scores add to {scores}, stated total {total_s}")
    return total_s, groups


GRADE = re.compile(r"(?:等级为|等级：|自评等级｜|评定等级为)[“\"]?(优秀|良好|中等|较差|优|良|中|差)")


def check_grades(pid, text, total):
    found = GRADE.findall(text)
    if not found:
        fail(f"{pid}: no grade stated")
    for g in found:
        if g[0] != band(total):
            fail(f"{pid}: grade {g} does not fit total {total} ({band(total)})")


# ---------------------------------------------------------------- per-draft facts
def mean(*xs):
    return sum(D(str(x)) for x in xs) / len(xs)


def S(*xs):
    return sum(D(str(x)) for x in xs)


def Q(a, b):
    return D(str(a)) / D(str(b))


# (description, computed value, snippet that must occur in the clean draft, stated number inside it,
#  approximate?); a snippet of None means an identity the draft relies on without stating its result
FACTS = {
    "rongjiang-tesecunzhai-2021": [
        ("年初 + 追加 = 全年预算", S("300.00", "60.00"), "全年预算调整为360.00万元", "360.00"),
        ("village allocations add to the budget", S("80.00", "72.00", "68.00", "70.00", "70.00"),
         "全年预算调整为360.00万元", "360.00"),
        ("average per village", mean("80.00", "72.00", "68.00", "70.00", "70.00"), "平均每个村寨72.00万元", "72.00"),
        ("execution rate", Q("342.60", "360.00") * 100, "预算执行率95.17%", "95.17"),
        ("central + provincial spending", S("291.20", "51.40"), "项目实际支出342.60万元", "342.60"),
        ("unspent = budget - spent", D("360.00") - D("342.60"), "尚未支付的17.40万元", "17.40"),
        ("houses above target", D(126) - D(120), "比目标多6户", "6"),
        ("pipes below target", D("3.5") - D("3.2"), "比目标少0.3公里", "0.3"),
        ("subsidy per household", Q("178.92", 126), "户均1.42万元", "1.42"),
        ("tourism growth", (D("9.83") - D("8.73")) / D("8.73") * 100, "同比增长12.6%", "12.6"),
        ("prose total = sum of prose parts", S("9.52", "49.31", "30", "10"), "项目自评得分98.83分", "98.83"),
    ],
    "menghai-zongjiaochangsuo-2019": [
        ("provincial + county", S(100, 20), "2019年度项目预算120万元", "120"),
        ("temples + churches", S(92, 28), "2019年度项目预算120万元", "120"),
        ("six temples", S(18, 20, 15, 14, 13, 12), "佛寺6处资金92万元", "92"),
        ("two churches", S(16, 12), "教堂2处28万元", "28"),
        ("average per site", mean(18, 20, 15, 14, 13, 12, 16, 12), "平均每处15万元", "15"),
        ("execution rate", Q("116.40", 120) * 100, "预算执行率97.00%", "97.00"),
        ("spending by source", S("98.20", "18.20"), "项目累计支出116.40万元", "116.40"),
        ("balance = 到位 - spent", D(120) - D("116.40"), "结余3.60万元", "3.60"),
        ("completed in year", Q(7, 8) * 100, "年内完工率87.5%", "87.5"),
        ("satisfaction", Q(241, 250) * 100, "满意度96.40%", "96.40"),
        ("table 合计 row = prose total", D("99.42"), "项目得分99.42分", "99.42"),
    ],
    "keyouzhongqi-shuangyu-2023": [
        ("年初 + 追加 = 全年预算", S("45.00", "7.80"), "追加后全年预算52.80万元", "52.80"),
        ("item budgets", S("19.20", "22.40", "6.80", "4.40"), "追加后全年预算52.80万元", "52.80"),
        ("item spending", S("18.60", "16.12", "6.20", "3.96"), "全年实际支出44.88万元", "44.88"),
        ("carry-over", D("52.80") - D("44.88"), "年末结转7.92万元", "7.92"),
        ("sign item rate", Q("16.12", "22.40") * 100, "执行率71.96%", "71.96"),
        ("translation parts", S(96, 42), "蒙汉互译138万字", "138"),
        ("translation above target", D(138) - D(120), "超过目标18万字", "18"),
        ("sign completion", Q(215, 300) * 100, "完成率71.67%", "71.67"),
        ("signs postponed", D(300) - D(215), "其余85块", "85"),
        ("training sessions", D(3) * 50, "共150人次", "150"),
        ("training completion", Q(150, 200) * 100, "完成率75%", "75"),
        ("cost per sign in 元", D("16.12") * 10000 / 215, "749.77元/块", "749.77"),
        ("information items", Q(420, 500) * 100, "完成年度目标的84%", "84"),
        ("average satisfaction", mean("87.6", "89.4", "88.8"), "三类对象平均满意度为88.6%", "88.6"),
        ("table total = prose total", D("88.66"), "项目自评得分88.66分", "88.66"),
    ],
    "ledong-minzufazhan-2018": [
        ("sources", S(240, 120, 40), "少数民族发展资金共计400万元", "400"),
        ("uses", S(220, 140, 40), "少数民族发展资金共计400万元", "400"),
        ("village roads by township", S(48, 46, 42, 44, 40), "村庄基础设施建设220万元", "220"),
        ("planned road length", S("1.4", "1.3", "1.2", "1.2", "1.4"), "村道不少于6.5公里", "6.5"),
        ("industry projects", S(30, 35, 25, 30, 20), "特色产业发展140万元", "140"),
        ("execution rate", Q("386.50", 400) * 100, "执行率96.63%", "96.63"),
        ("road completion", Q("6.2", "6.5") * 100, "完成率95.38%", "95.38"),
        ("road actual", D("6.5") - D("0.3"), "完成村道硬化6.2公里", "6.2"),
        ("千家 actual", D("1.4") - D("0.3"), "实际硬化1.1公里", "1.1"),
        ("training completion", Q(326, 300) * 100, "完成率108.67%", "108.67"),
        ("training per session (约)", Q(326, 8), "平均每期约41人次", "41", True),
        ("households by project", S(112, 96, 105, 85, 70), "项目带动468户", "468"),
        ("brocade sales vs target", Q(54, 60) * 100, "完成目标的90%", "90"),
        ("brocade sales growth", (D(54) - D(41)) / D(41) * 100, "增长31.71%", "31.71"),
        ("satisfaction", Q(264, 300) * 100, "群众满意度为88%", "88"),
        ("output weights", S(15, 10, 10, 10, 5), "产出指标50分", "50"),
        ("benefit weights", S(10, 10, 10), "效益指标30分", "30"),
        ("all weights add to 100 (not stated: the four are stated)", S(10, 50, 30, 10), None, "100"),
        ("execution score", r2(10 * min(Q("386.50", 400), D(1))), "预算执行指标得9.66分", "9.66"),
        ("output score", S(r2(15 * Q("6.2", "6.5")), 10, 10, 10, 5), "产出指标得49.31分", "49.31"),
        ("output deduction", D(15) - r2(15 * Q("6.2", "6.5")), "扣0.69分", "0.69"),
        ("benefit score", S(10, r2(10 * Q(54, 60)), 10), "效益指标得29分", "29"),
        ("satisfaction score", r2(10 * Q(88, 90)), "满意度指标得9.78分", "9.78"),
        ("total", S("9.66", "49.31", "29", "9.78"), "合计得分97.75分", "97.75"),
    ],
    "xiahe-bumenzhengti-2024": [
        ("年初 basic + project", S("312.50", "173.80"), "年初预算486.30万元", "486.30"),
        ("全年 basic + project", S("318.20", "210.50"), "调整后全年预算528.70万元", "528.70"),
        ("spent basic + project", S("318.20", "194.65"), "全年支出512.85万元", "512.85"),
        ("execution rate", Q("512.85", "528.70") * 100, "预算执行率97.00%", "97.00"),
        ("basic = staff + office", S("276.40", "41.80"), "基本支出318.20万元（人员经费", "318.20"),
        ("project budgets", S("86.00", "72.50", "22.00", "30.00"), "项目支出210.50万元", "210.50"),
        ("project spending", S("82.40", "65.35", "19.80", "27.10"), "项目支出194.65万元，分别为", "194.65"),
        ("carry-over", D("528.70") - D("512.85"), "年末结转15.85万元", "15.85"),
        ("三公 decrease", (D("6.37") - D("5.82")) / D("6.37") * 100, "下降8.63%", "8.63"),
        ("示范单位 parts", S(2, 3, 9), "民族团结进步示范单位14个", "14"),
        ("宣讲 completion", Q(36, 40) * 100, "36场次，完成率90%", "90"),
        ("宣讲 postponed", D(40) - D(36), "有4场调整", "4"),
        ("training pass rate", Q(195, 200) * 100, "合格率97.5%", "97.5"),
        ("awareness", Q(432, 500) * 100, "知晓率86.4%", "86.4"),
        ("awareness completion", Q("86.4", 90) * 100, "完成率96%", "96"),
        ("weights add to 100 (the four are stated)", S(10, 50, 30, 10), None, "100"),
        ("table total = prose total", D("98.80"), "自评得分98.80分", "98.80"),
    ],
}

# the same quantity written in prose and in the table, and the components the FACTS add up, as written:
# every snippet must occur (so the facts above are computed from the figures the draft really states)
SAME = {
    "rongjiang-tesecunzhai-2021": ["大利村80.00万元、摆贝村72.00万元、本里村68.00万元、晚寨村70.00万元、三宝侗寨70.00万元",
                                   "其中中央资金支出291.20万元，省级追加资金支出51.40万元", "年初预算300.00万元",
                                   "追加下达补助资金60.00万元", "风貌改造补助共支出178.92万元",
                                   "2020年共接待游客8.73万人次，2021年接待9.83万人次",
                                   "完成民居风貌改造126户", "≥120户｜126户", "管网3.2公里", "≥3.5公里｜3.2公里",
                                   "受益群众满意度为92.5%", "≥90%｜92.5%", "直接受益群众4380人", "≥4000人｜4380人",
                                   "产出指标得分49.31分", "预算执行率得分9.52分", "｜95.17%｜9.52"],
    "menghai-zongjiaochangsuo-2019": ["其中省级补助资金100万元（2018年12月提前下达），县级配套资金20万元",
                                      "勐海镇曼短佛寺18万元、勐遮镇景真佛寺20万元、勐混镇曼垒佛寺15万元、勐遮镇曼根佛寺14万元、"
                                      "勐混镇曼蚌佛寺13万元、布朗山乡新班章佛寺12万元、勐海镇基督教堂16万元、勐满镇基督教堂12万元",
                                      "其中省级资金支出98.20万元，县级资金支出18.20万元", "年内完工7处",
                                      "共发放问卷250份，收回有效问卷250份，其中表示满意的241份",
                                      "维修加固建筑面积2560平方米", "≥2400平方米｜2560平方米", "受益信教群众1.35万人",
                                      "≥1.2万人｜1.35万人", "满意度96.40%", "≥90%｜96.40%", "｜116.40｜97.00%",
                                      "合计｜｜｜｜｜｜100｜99.42｜"],
    "keyouzhongqi-shuangyu-2023": ["项目年初预算45.00万元", "补助资金7.80万元",
                                   "翻译服务费支出18.60万元（预算19.20万元）；双语标识规范更换支出16.12万元（预算22.40万元，"
                                   "执行率71.96%）；双语服务培训支出6.20万元（预算6.80万元）；宣传资料编印支出3.96万元（预算4.40万元）",
                                   "其中旗直部门文件96万字、苏木镇公告及会议材料42万字", "每期50人次",
                                   "满意度分别为87.6%、89.4%、88.8%",
                                   "规范更换双语标识牌215块", "≥300块｜215块", "发布双语政务信息420条", "≥500条｜420条",
                                   "平均满意度为88.6%", "≥90%｜88.6%", "总分｜｜｜｜｜100｜88.66｜", "749.77元/块"],
    "ledong-minzufazhan-2018": ["其中中央资金240万元、省级资金120万元、县级配套资金40万元",
                                "村庄基础设施建设220万元", "特色产业发展140万元", "黎锦技艺传承培训40万元",
                                "各乡镇分别安排48万元、46万元、42万元、44万元、40万元",
                                "计划硬化村道分别为1.4公里、1.3公里、1.2公里、1.2公里、1.4公里",
                                "其中山兰稻种植30万元、五脚猪养殖35万元、益智种植25万元、黄牛养殖30万元、中华蜂养殖20万元",
                                "实际支出386.50万元", "比计划缩短0.3公里", "举办黎锦技艺培训班8期",
                                "山兰稻种植带动112户，五脚猪养殖带动96户，益智种植带动105户，黄牛养殖带动85户，中华蜂养殖带动70户",
                                "黎锦产品销售收入54万元", "较2017年的41万元", "共发放问卷300份，收回有效问卷300份，其中表示满意的264份",
                                "其中村道硬化长度15分，产业项目数量、培训人次、验收合格率各10分，年内开工率5分",
                                "效益指标30分（三项各10分）", "预算执行指标10分", "满意度指标10分",
                                "培训326人次", "黎锦培训的326人次学员"],
    "xiahe-bumenzhengti-2024": ["其中基本支出312.50万元、项目支出173.80万元", "其中基本支出318.20万元、项目支出210.50万元",
                                "人员经费276.40万元、公用经费41.80万元",
                                "民族团结进步示范创建预算86.00万元，支出82.40万元；宗教活动场所维修及安全设施预算72.50万元，"
                                "支出65.35万元；藏汉双语政策宣讲预算22.00万元，支出19.80万元；宗教教职人员培训预算30.00万元，支出27.10万元",
                                "比2023年的6.37万元", "其中寺院2个、学校3个、村（社区）9个", "宣讲36场次",
                                "参训200人，考核合格195人", "抽样调查500人", "正确回答民族团结进步基本知识的432人",
                                "预算执行率10分、产出指标50分、效益指标30分、满意度指标10分",
                                "民族团结进步示范单位14个", "≥12个｜14个", "命名示范单位14个", "知晓率86.4%，",
                                "≥90%｜86.4%", "满意度为94.3%", "≥90%｜94.3%", "5.82万元", "≤6.50万元｜5.82万元",
                                "总分｜｜｜｜｜100｜98.80｜"],
}

# components that must add up to the total row of a funds table: (total label, [component labels])
FUND_SUMS = {
    "rongjiang-tesecunzhai-2021": [("年度资金总额", ["其中：中央资金", "省级追加资金"])],
    "menghai-zongjiaochangsuo-2019": [("合计", ["省级补助资金", "县级配套资金"])],
    "keyouzhongqi-shuangyu-2023": [("年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"])],
    "ledong-minzufazhan-2018": [],
    "xiahe-bumenzhengti-2024": [("年度资金总额", ["其中：基本支出", "项目支出"]),
                                ("年度资金总额", ["按来源：当年财政拨款", "上年结转资金"])],
}

# totals of drafts without an indicator table (prose only)
PROSE_TOTAL = {"ledong-minzufazhan-2018": D("97.75")}


def check_clean(pid):
    text = read(f"{pid}-clean.txt")
    n = len(text)
    if not 3000 <= n <= 4000:
        fail(f"{pid}: clean draft has {n} characters (want 3000-4000)")
    for fact in FACTS[pid]:
        desc, value, snippet, stated = fact[:4]
        approx = len(fact) > 4 and fact[4]
        if snippet is not None and snippet not in text:
            fail(f"{pid}: fact {desc}: snippet {snippet!r} not in draft")
            continue
        if snippet is not None and stated not in snippet:
            fail(f"{pid}: fact {desc}: {stated!r} not in its snippet")
        if not close(value, stated, approx):
            fail(f"{pid}: fact {desc}: stated {stated}, computed {value:.4f}")
    for snip in SAME[pid]:
        if snip not in text:
            fail(f"{pid}: {snip!r} not in draft")
    res = check_funds(pid, text)
    total = PROSE_TOTAL.get(pid)
    if res is not None:
        rows, ew, es = res
        for tot, parts in FUND_SUMS[pid]:
            header = rows[0][0]
            for column in header[1:4]:
                t = funds_value(rows, tot, column)
                s = sum(funds_value(rows, p, column) for p in parts)
                if t != s:
                    fail(f"{pid}: {tot} {column}: {t} != sum of {parts} = {s}")
        ind = check_indicators(pid, text, ew, es)
        if ind is not None:
            total = ind[0]
    if total is None:
        fail(f"{pid}: no total found")
    else:
        check_grades(pid, text, total)
    # the evaluation year appears in the title and the table header
    year = pid.rsplit("-", 1)[1]
    head = text[:80]
    if year + "年度" not in head and "关于" + year + "年度" not in head:
        fail(f"{pid}: title does not name {year}")
    for m in re.finditer(r"（(\d{4})年度）", text):
        if m.group(1) != year:
            fail(f"{pid}: table header year {m.group(1)}")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if m.group(1) != year:
            fail(f"{pid}: 截至 {m.group(1)}")
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) <= int(year):
            fail(f"{pid}: 结转至 {m.group(1)}")


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ do not hold the same files")
    pids = sorted({l["source"] for l in labels})
    if len(pids) != 5:
        fail(f"{len(pids)} projects, want 5")
    counts = {c: 0 for c in CODES}
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: {len(lab['expected'])} expected findings, want 1")
        clean = read(f"{lab['source']}-clean.txt")
        if clean == text:
            fail(f"{lab['case']}: identical to its clean draft")
            continue
        (cs, ce), (es, ee) = changed_region(clean, text)
        if ce - cs > 150 or ee - es > 150:
            fail(f"{lab['case']}: changed region too long ({ce - cs} / {ee - es} chars)")
        if not 3000 <= len(text) <= 9000:
            fail(f"{lab['case']}: {len(text)} characters")
        for exp in lab["expected"]:
            if exp["code"] not in CODES:
                fail(f"{lab['case']}: unknown code {exp['code']}")
            else:
                counts[exp["code"]] += 1
            if exp.get("severity") != "error":
                fail(f"{lab['case']}: severity {exp.get('severity')}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{lab['case']}: value {v!r} not in case")
            elif not any(o < max(ee, es + 1) and o + len(v) > es for o in occ):
                fail(f"{lab['case']}: no occurrence of value {v!r} overlaps the change [{es},{ee})")
    for c, n in counts.items():
        if n < 2:
            fail(f"code {c} occurs {n} times, want >= 2")
    for pid in pids:
        check_clean(pid)
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(counts.values())} injected errors, "
          + ", ".join(f"{c} {n}" for c, n in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
