#!/usr/bin/env python3
"""Verify the n112 set.

1. labels.jsonl: every label `value` occurs in its case file; each of the 13 codes occurs at least twice.
2. Every error case differs from its clean draft in one place (a single short changed region).
3. Redo the arithmetic of every clean draft:
   - the 自评表 (parsed from its 'label：value；' paragraphs): funds rows (执行率 = 执行/全年预算, components add up
     to 年度资金总额, execution score = 10 x rate), every indicator (score <= weight, score follows the §5 rule from
     年度指标值 / 实际完成值, stated 完成率 = completion), weights add up to 100 and to the level headings,
     scores add up to the stated total, level scores match the text, the grade fits the band;
   - the text: per-project list of sums, rates, balances, averages, same-value mentions, years.
Prints OK at the end.
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


def dec_places(s):
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: string as written; computed: Decimal. Tolerance from the stated decimals (rules §8)."""
    tol = D("0.5") * (D(10) ** -dec_places(stated)) + D("1e-9")
    return abs(D(stated) - computed) <= tol


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- per-project facts
# kinds:
#   ("sum", ctx, [parts], total)          parts add up to total; all numbers must appear in ctx, ctx in text
#   ("rate", ctx, num, den, rate)         rate% = num/den*100
#   ("diff", ctx, a, b, c)                c = a - b
#   ("avg", ctx, [items], avg)            avg = mean(items)
#   ("prod", ctx, a, b, c)                c = a * b
#   ("pct", ctx, a, b, pct)               a / b = pct% (completion or deviation ratio stated in text)
#   ("same", [strings])                   each string occurs in the text (same quantity, same value)
#   ("count", string, n)                  string occurs exactly n times
#   ("absent", string)                    string does not occur
PROJECTS = {
    "zhangbei-freeopen-2019": {
        "table": "附件：项目支出绩效自评表",
        "year": "2019",
        "total_re": r"自评得分：([\d.]+)",
        "grade_re": r"评价等级：(\S)",
        "levels_text": {"产出": "产出指标得分49.72分", "效益": "效益指标得分29分", "满意度": "满意度指标得分10分",
                        "执行": "预算执行率得分9.58分", "total": "自评总得分98.30分", "grade": "自评等级为\"优\""},
        "checks": [
            ("prod", "18个乡镇综合文化站", "18", "5", "90"),
            ("sum", "县图书馆20.00万元、县文化馆20.00万元、乡镇综合文化站90.00万元", ["20.00", "20.00", "90.00"], "130.00"),
            ("sum", "中央补助资金104.00万元、省级补助资金13.00万元、县级配套资金13.00万元", ["104.00", "13.00", "13.00"], "130.00"),
            ("sum", "中央资金中98.00万元为2018年12月提前下达", ["98.00", "6.00"], "104.00"),
            ("same", ["其余6.00万元于2019年6月下达"]),
            ("sum", "年初预算111.00万元", ["98.00", "13.00"], "111.00"),
            ("rate", "到位率100%", "130.00", "130.00", "100"),
            ("rate", "全年实际支出124.60万元，预算执行率95.85%", "124.60", "130.00", "95.85"),
            ("sum", "县图书馆支出20.00万元 县文化馆支出19.35万元 实际支出85.25万元", ["20.00", "19.35", "85.25"], "124.60"),
            ("rate", "乡镇综合文化站补助资金90.00万元，实际支出85.25万元，执行率94.72%", "85.25", "90.00", "94.72"),
            ("diff", "年末结余5.40万元", "130.00", "124.60", "5.40"),
            ("sum", "县图书馆136场 县文化馆188场 乡镇综合文化站288场 612场", ["136", "188", "288"], "612"),
            ("sum", "县图书馆12.35万人次、县文化馆9.87万人次、乡镇综合文化站26.40万人次 48.62万人次", ["12.35", "9.87", "26.40"], "48.62"),
            ("pct", "完成年度目标的97.24%", "48.62", "50", "97.24"),
            ("diff", "较上年的81.2%提高7.3个百分点", "88.5", "81.2", "7.3"),
            ("sum", "县图书馆、县文化馆和18个乡镇综合文化站 20个", ["1", "1", "18"], "20"),
            ("same", ["截至2019年12月31日", "结转2020年", "2018年12月提前下达", "评价年度：2019年度"]),
            ("same", ["举办公益性文化活动612场", "实际完成值：612场", "接待群众48.62万人次", "实际完成值：48.62万人次",
                      "8.36万册次", "群众满意度93.6%", "实际完成值：93.6%", "实际平均每周开放45小时", "实际完成值：45小时"]),
            ("count", "9.87", 1),
        ],
    },
    "wulateqian-pubculture-2020": {
        "table": "2020年度项目支出绩效自评表",
        "year": "2020",
        "total_re": r"自评得分：([\d.]+)分",
        "grade_re": r"评价等级：(\S)",
        "levels_text": {"产出": "产出指标45.76分", "效益": "效益指标24.15分", "满意度": "满意度指标9.93分",
                        "执行": "预算执行9.52分", "total": "自评得分89.36分", "grade": "评价等级为\"良\""},
        "level_weights": {"产出": "产出指标（分值50分）", "效益": "效益指标（分值30分）", "满意度": "满意度指标（分值10分）"},
        "checks": [
            ("sum", "当年财政拨款167.20万元、上年结转资金12.30万元", ["167.20", "12.30"], "179.50"),
            ("sum", "中央补助资金120.00万元、自治区补助资金27.20万元、旗本级配套资金20.00万元", ["120.00", "27.20", "20.00"], "167.20"),
            ("sum", "年初预算152.30万元（含中央提前下达资金100.00万元、自治区提前下达资金20.00万元、旗本级20.00万元和上年结转12.30万元）",
             ["100.00", "20.00", "20.00", "12.30"], "152.30"),
            ("sum", "年中追加中央资金20.00万元、自治区资金7.20万元 152.30", ["152.30", "20.00", "7.20"], "179.50"),
            ("sum", "中央资金 100.00 20.00 120.00", ["100.00", "20.00"], "120.00"),
            ("sum", "自治区 20.00 7.20 27.20", ["20.00", "7.20"], "27.20"),
            ("prod", "苏木镇综合文化站55.00万元（11个站，每站5万元）", "11", "5", "55.00"),
            ("sum", "旗图书馆免费开放20.00万元、旗文化馆免费开放20.00万元 55.00万元 36.00万元 48.50万元",
             ["20.00", "20.00", "55.00", "36.00", "48.50"], "179.50"),
            ("rate", "项目实际支出170.94万元，预算执行率95.23%", "170.94", "179.50", "95.23"),
            ("sum", "旗图书馆支出20.00万元，旗文化馆支出20.00万元，苏木镇综合文化站支出52.36万元，乌兰牧骑送演出下基层支出30.08万元，嘎查村文化设备购置支出48.50万元",
             ["20.00", "20.00", "52.36", "30.08", "48.50"], "170.94"),
            ("rate", "当年财政拨款执行率94.88% 158.64 167.20", "158.64", "167.20", "94.88"),
            ("diff", "年末结余资金8.56万元", "179.50", "170.94", "8.56"),
            ("sum", "13个公共文化场馆（旗图书馆、旗文化馆和11个苏木镇综合文化站）", ["1", "1", "11"], "13"),
            ("sum", "乌兰牧骑全年送演出下基层108场，三个演出小分队分别完成38场、36场、34场", ["38", "36", "34"], "108"),
            ("avg", "分别完成38场、36场、34场，平均每队36场", ["38", "36", "34"], "36"),
            ("pct", "仅完成年度目标150场的72%", "108", "150", "72"),
            ("sum", "接待群众21.46万人次，其中旗图书馆6.82万人次、旗文化馆4.15万人次、苏木镇综合文化站10.49万人次",
             ["6.82", "4.15", "10.49"], "21.46"),
            ("pct", "点击量达13.8万次，超出年度目标10万次的38%", "3.8", "10", "38"),
            ("avg", "旗图书馆读者满意度95.8%、旗文化馆94.6%、苏木镇综合文化站92.7%，综合满意度94.37%",
             ["95.8", "94.6", "92.7"], "94.37"),
            ("same", ["全年实际开放246天", "实际完成值：246天", "开放246天", "实际完成值：108场", "实际完成值：42套",
                      "文化设备42套", "实际完成值：21.46万人次", "实际完成值：13.8万次", "实际完成值：94.37%"]),
            ("same", ["截至2020年12月31日", "结转2021年"]),
            ("count", "8.56", 1),
        ],
    },
    "daixian-pubculture-2021": {
        "table": "2021年度项目支出绩效自评表",
        "year": "2021",
        "total_re": r"总得分：([\d.]+)",
        "grade_re": r"评价等级：(\S)",
        "levels_text": {"产出": "产出指标得分46.77分", "效益": "效益指标得分21.06分", "满意度": "满意度指标得分10分",
                        "执行": "预算执行率得分9.47分", "total": "自评总得分87.30分", "grade": "评价等级为\"良\""},
        "checks": [
            ("prod", "11个乡镇综合文化站按每站50000元标准安排，共55.00万元", "11", "0.5", "5.5"),
            ("sum", "县图书馆、县文化馆免费开放补助按每馆20.00万元安排；县博物馆免费开放补助按省级核定数30.00万元安排 55.00万元 项目总资金125.00万元",
             ["20.00", "20.00", "30.00", "55.00"], "125.00"),
            ("sum", "县图书馆、县文化馆、县博物馆各1个，乡镇综合文化站11个 14个", ["1", "1", "1", "11"], "14"),
            ("sum", "年初预算资金90.00万元，其中中央资金80.00万元 县级配套10.00万元", ["80.00", "10.00"], "90.00"),
            ("sum", "追加中央资金20.00万元、省级资金15.00万元，全年预算资金125.00万元 90.00", ["90.00", "20.00", "15.00"], "125.00"),
            ("diff", "全年执行118.37万元，资金结余6.63万元 实际到位125.00万元", "125.00", "118.37", "6.63"),
            ("rate", "预算执行率94.70% 118.37 125.00", "118.37", "125.00", "94.70"),
            ("sum", "县图书馆20.00万元 县文化馆20.00万元，支出19.62万元；县博物馆30.00万元，支出28.45万元；乡镇综合文化站55.00万元，支出50.30万元",
             ["20.00", "19.62", "28.45", "50.30"], "118.37"),
            ("rate", "乡镇综合文化站55.00万元，支出50.30万元，支出率91.45%", "50.30", "55.00", "91.45"),
            # 行次 block: columns 年度总金额 = 财政资金小计 = 中央 + 省 + 市 + 县 (+ 结转 + 其他 = 0)
            ("sum", "年初预算资金(1)：年度总金额90.00；财政资金小计90.00；中央级80.00；省级0.00；市级0.00；县区级10.00",
             ["80.00", "0.00", "0.00", "10.00"], "90.00"),
            ("sum", "全年预算资金(2)：年度总金额125.00；财政资金小计125.00；中央级100.00；省级15.00；市级0.00；县区级10.00",
             ["100.00", "15.00", "0.00", "10.00"], "125.00"),
            ("sum", "实际到位资金(3)：年度总金额125.00；财政资金小计125.00；中央级100.00；省级15.00；市级0.00；县区级10.00",
             ["100.00", "15.00", "0.00", "10.00"], "125.00"),
            ("sum", "全年执行资金(4)：年度总金额118.37；财政资金小计118.37；中央级93.37；省级15.00；市级0.00；县区级10.00",
             ["93.37", "15.00", "0.00", "10.00"], "118.37"),
            ("diff", "资金结余(5)=(3)-(4)：年度总金额6.63；财政资金小计6.63；中央级6.63", "100.00", "93.37", "6.63"),
            ("rate", "预算到位率(6)=(3)/(2)（%）：年度总金额100；财政资金小计100；中央级100；省级100；市级0；县区级100", "125.00", "125.00", "100"),
            ("rate", "预算执行率(7)=(4)/(2)（%）：年度总金额94.70；财政资金小计94.70；中央级93.37；省级100；市级0；县区级100", "118.37", "125.00", "94.70"),
            ("rate", "中央级93.37；省级100 (central)", "93.37", "100.00", "93.37"),
            ("pct", "全年举办公益活动426场 完成年度目标的85.2%", "426", "500", "85.2"),
            ("sum", "其中县图书馆112场、县文化馆136场、县博物馆58场、乡镇综合文化站120场 426场", ["112", "136", "58", "120"], "426"),
            ("pct", "有9个通过市级达标验收，达标率81.82%", "9", "11", "81.82"),
            ("sum", "接待群众35.28万人次，其中县图书馆9.46万人次、县文化馆6.35万人次、县博物馆7.92万人次、乡镇综合文化站11.55万人次",
             ["9.46", "6.35", "7.92", "11.55"], "35.28"),
            ("pct", "完成年度目标50万人次的70.56%", "35.28", "50", "70.56"),
            ("avg", "县图书馆96.5%、县文化馆95.2%、县博物馆97.1%、乡镇综合文化站93.8%，平均满意度95.65%",
             ["96.5", "95.2", "97.1", "93.8"], "95.65"),
            ("diff", "乡镇站补助结余4.70万元", "55.00", "50.30", "4.70"),
            ("sum", "全年结余6.63万元，其中乡镇综合文化站4.70万元、县博物馆1.55万元、县文化馆0.38万元", ["4.70", "1.55", "0.38"], "6.63"),
            ("diff", "县博物馆1.55万元 30.00 28.45", "30.00", "28.45", "1.55"),
            ("diff", "县文化馆0.38万元 20.00 19.62", "20.00", "19.62", "0.38"),
            ("same", ["接待中小学生研学64批次", "业绩值：64批次", "业绩值：426场", "业绩值：35.28万人次", "业绩值：95.65%",
                      "每周开放56小时", "业绩值：56小时", "年度：2021年度", "2020年12月提前下达", "结转2022年"]),
            ("count", "50000元", 1),
        ],
    },
    "liangcheng-freeopen-2023": {
        "table": "项目支出绩效自评表\n（2023 年度）",
        "year": "2023",
        "total_re": r"自评得分：([\d.]+)",
        "grade_re": r"评价等级：(\S)",
        "levels_text": {"产出": "产\n出指标得分 44.82 分", "效益": "效益指标得分 25.97 分", "满意度": "满意度指标得分\n9.50 分",
                        "执行": "预算执行率得分 9.71 分", "total": "自评总分 90.00 分", "grade": "评定等级为\"优\""},
        "level_weights": {"产出": "产出指标（50 分）", "效益": "效益指标（30 分）", "满意度": "满意度指标（10 分）"},
        "checks": [
            ("sum", "县图书馆 20.00 万元、县文化馆 20.00 万元、乡镇综合文化站\n40.00 万元 80.00 万元", ["20.00", "20.00", "40.00"], "80.00"),
            ("prod", "8 个乡镇综合文化站 每站每年 5 万元", "8", "5", "40"),
            ("sum", "县图书馆、县文化馆和 8 个乡镇综合文化站 10 个", ["1", "1", "8"], "10"),
            ("sum", "中央补助 64.00 万元、自治区补助 8.00\n万元、县级配套 8.00 万元，合计 80.00 万元", ["64.00", "8.00", "8.00"], "80.00"),
            ("sum", "年初预算 75.20 万元 64.00 8.00 3.20", ["64.00", "8.00", "3.20"], "75.20"),
            ("sum", "全年预算 83.20 万元 75.20 8.00", ["75.20", "8.00"], "83.20"),
            ("rate", "项目支出 80.76 万元，预算执行率\n97.07%", "80.76", "83.20", "97.07"),
            ("rate", "当年财政拨款支出 77.56 万元，执行率 96.95%", "77.56", "80.00", "96.95"),
            ("rate", "上年结转资金支出 3.20 万元，执行率 100%", "3.20", "3.20", "100"),
            ("sum", "77.56 3.20 80.76", ["77.56", "3.20"], "80.76"),
            ("sum", "县图书馆\n支出 19.48 万元，县文化馆支出 23.20 万元（含结转资金），乡镇\n综合文化站支出 38.08 万元",
             ["19.48", "23.20", "38.08"], "80.76"),
            ("diff", "年末结余 2.44 万元", "83.20", "80.76", "2.44"),
            ("sum", "276 场，其中县图书馆 84 场、县文化馆 102 场、乡镇综合文化\n站 90 场", ["84", "102", "90"], "276"),
            ("pct", "书 2810 册，仅完成目标的 56.20%", "2810", "5000", "56.20"),
            ("sum", "22.42 万人次，其中县图书馆\n7.64 万人次、县文化馆 5.83 万人次、乡镇综合文化站 8.95 万人次",
             ["7.64", "5.83", "8.95"], "22.42"),
            ("pct", "参与群众 2.35 万人次，超过年度\n目标 17.5%", "0.35", "2", "17.5"),
            ("avg", "县图书馆满意度 91.6%、\n县文化馆 90.8%、乡镇综合文化站 88.35%，三类场馆平均满意度\n90.25%",
             ["91.6", "90.8", "88.35"], "90.25"),
            ("same", ["群众满意度 90.25%", "实际完成值：90.25%", "22.42 万人次，群众满意度", "2810 册；",
                      "（2023 年度）", "截至 2023 年 12 月 31 日", "2022 年 12 月提前下达", "已结转 2024 年使用"]),
            ("count", "2.44", 1),
        ],
    },
    "longhua-freeopen-2024": {
        "table": "附件：2024年度项目支出绩效自评表",
        "year": "2024",
        "total_re": r"自评得分：([\d.]+)",
        "grade_re": r"评价等级：(\S)",
        "levels_text": {"产出": "产出指标49.52分", "效益": "效益指标23.56分", "满意度": "满意度指标10分",
                        "执行": "预算执行率9.68分", "total": "自评得分92.76分", "grade": "评价等级为\"优\""},
        "checks": [
            ("prod", "乡镇综合文化站125.00万元 25个 每站每年5万元", "25", "5", "125.00"),
            ("sum", "县图书馆20.00万元、县文化馆20.00万元、乡镇综合文化站125.00万元", ["20.00", "20.00", "125.00"], "165.00"),
            ("sum", "共核定165.00万元 城市书房运行经费12.00万元 全年预算177.00万元", ["165.00", "12.00"], "177.00"),
            ("sum", "中央资金132.00万元、省级资金16.50万元、县级资金28.50万元", ["132.00", "16.50", "28.50"], "177.00"),
            ("sum", "年初预算136.50万元，包括2023年12月提前下达的中央资金120.00万元和县级配套资金16.50万元",
             ["120.00", "16.50"], "136.50"),
            ("sum", "追加中央资金12.00万元、省级资金16.50万元、县级城市书房运行经费12.00万元，共追加40.50万元",
             ["12.00", "16.50", "12.00"], "40.50"),
            ("sum", "136.50 40.50 177.00", ["136.50", "40.50"], "177.00"),
            ("sum", "中央 120.00 12.00 132.00", ["120.00", "12.00"], "132.00"),
            ("sum", "县级 16.50 12.00 28.50", ["16.50", "12.00"], "28.50"),
            ("rate", "实际支出171.38万元，预算执行率96.82%", "171.38", "177.00", "96.82"),
            ("sum", "县图书馆支出20.00万元；县文化馆支出19.56万元；乡镇综合文化站支出120.36万元 实际支出11.46万元",
             ["20.00", "19.56", "120.36", "11.46"], "171.38"),
            ("rate", "乡镇综合文化站支出120.36万元，执行率96.29%", "120.36", "125.00", "96.29"),
            ("rate", "城市书房运行经费12.00万元，实际支出11.46万元，执行率95.50%", "11.46", "12.00", "95.50"),
            ("diff", "未支出5.62万元", "177.00", "171.38", "5.62"),
            ("sum", "全县27个场馆（含县图书馆、县文化馆、25个乡镇综合文化站）", ["1", "1", "25"], "27"),
            ("sum", "1063场，其中县图书馆168场、县文化馆245场、乡镇综合文化站650场", ["168", "245", "650"], "1063"),
            ("pct", "25个乡镇综合文化站平均每站开展活动26场 650场", "650", "2500", "26"),
            ("pct", "有23个站按时拨付 拨付及时率92%", "23", "25", "92"),
            ("sum", "60.50万人次，其中县图书馆15.26万人次、城市书房3.48万人次、县文化馆11.07万人次、乡镇综合文化站30.69万人次",
             ["15.26", "3.48", "11.07", "30.69"], "60.50"),
            ("pct", "完成年度目标的80.67%", "60.50", "75", "80.67"),
            ("same", ["新增图书1.26万册", "实际完成值：1.26万册", "达标率96%", "实际完成值：96%", "实际完成值：76.4%",
                      "覆盖行政村比例为76.4%", "接待群众60.50万人次", "公益文化活动1063场", "截至2024年12月31日",
                      "2023年12月提前下达", "已结转2025年"]),
            ("count", "28.50", 1),
        ],
    },
}

LEVEL_KEYS = {"产出": "产出指标", "效益": "效益指标", "满意度": "满意度指标"}


def norm(s):
    return re.sub(r"[ \n\r\t]", "", s)


NUM_UNIT = re.compile(r"^([≥≤=＞＜<>]?)\s*([\d.]+)\s*(.*)$")


def parse_val(s):
    m = NUM_UNIT.match(s)
    if not m:
        return None
    sign, num, unit = m.groups()
    try:
        return sign, D(num), unit
    except Exception:
        return None


def check_table(name, text, spec):
    i = text.find(spec["table"])
    if i < 0:
        fail(f"{name}: table marker not found")
        return
    t = norm(text[i:])
    # ---- funds rows
    rows = re.findall(r"年初预算数：([\d.]+)；全年预算数：([\d.]+)；全年执行数：([\d.]+)；(?:分值：[^；]*；)?执行率：(—|[\d.]+%?)", t)
    if len(rows) != 4:
        fail(f"{name}: expected 4 funds rows, got {len(rows)}")
        return
    for k, (a0, a1, a2, rate) in enumerate(rows):
        b = D(a1)
        if b == 0:
            if rate not in ("—", "0"):
                fail(f"{name}: funds row {k} zero base with rate {rate}")
        else:
            if not close(rate.rstrip("%"), D(a2) / b * 100):
                fail(f"{name}: funds row {k} rate {rate} vs {D(a2) / b * 100}")
    for col in range(3):
        tot = D(rows[0][col])
        parts = sum(D(r[col]) for r in rows[1:])
        if tot != parts:
            fail(f"{name}: funds column {col}: {tot} != {parts}")
    m = re.search(r"全年执行数：([\d.]+)；分值：(\d+)；执行率：([\d.]+)%；得分：([\d.]+)", t)
    exec_w, exec_s = D(m.group(2)), m.group(4)
    budget = D(rows[0][1])
    exact = min(D(rows[0][2]) / budget, D(1)) * exec_w
    from_stated = min(D(m.group(3)) / 100, D(1)) * exec_w
    if not (close(exec_s, exact) or close(exec_s, from_stated)):
        fail(f"{name}: execution score {exec_s} vs {exact}")
    if exec_w != 10:
        fail(f"{name}: execution weight {exec_w}")
    # ---- indicators
    marker = "指标名称：" if "指标名称：" in t else "三级指标："
    starts = [mm.start() for mm in re.finditer(marker, t)]
    inds = []
    for j, st in enumerate(starts):
        end = starts[j + 1] if j + 1 < len(starts) else len(t)
        chunk = t[st:end]
        before = t[:st]
        level = max(LEVEL_KEYS, key=lambda k: before.rfind(LEVEL_KEYS[k]))
        tgt = re.search(r"(?:年度指标值|目标值)：([^；]*)", chunk).group(1)
        act = re.search(r"(?:实际完成值|业绩值)：([^；]*)", chunk).group(1)
        w = D(re.search(r"分值：([\d.]+)", chunk).group(1))
        s_str = re.search(r"得分：([\d.]+)", chunk).group(1)
        s = D(s_str)
        cm = re.search(r"完成率：([^；]*)", chunk)
        comp = cm.group(1) if cm else None
        nm = re.search(marker + r"([^；]*)", chunk).group(1)
        inds.append((level, nm, w, s))
        if s > w or s < 0:
            fail(f"{name}: {nm} score {s} > weight {w}")
        pt, pa = parse_val(tgt), parse_val(act)
        date_t = re.match(r"(\d{4})年(\d+)月(\d+)日前", tgt)
        if date_t:
            da = re.match(r"(\d{4})年(\d+)月(\d+)日", act)
            if not da or tuple(map(int, da.groups())) > tuple(map(int, date_t.groups())):
                fail(f"{name}: {nm} date actual {act} vs {tgt}")
            if s != w:
                fail(f"{name}: {nm} date met but score {s}")
            if comp not in (None, "100%"):
                fail(f"{name}: {nm} completion {comp}")
            continue
        if pt is None or pa is None:
            # qualitative
            lo, hi = (D("0.6") * w, D("0.8") * w) if "部分" in act else (D("0.8") * w, w)
            if not (lo <= s <= hi):
                fail(f"{name}: {nm} qualitative score {s} outside [{lo},{hi}]")
            if comp not in (None, "—"):
                fail(f"{name}: {nm} qualitative completion {comp}")
            continue
        sign, T, ut = pt
        _, A, ua = pa
        if ut != ua:
            fail(f"{name}: {nm} unit {ut!r} vs {ua!r}")
            continue
        if sign == "≤":
            expect = w if A <= T else w * T / A
            c = D(100) if A <= T else T / A * 100
        else:
            expect = w if A >= T else w * A / T
            c = A / T * 100
        if not close(s_str, expect):
            fail(f"{name}: {nm} score {s_str} vs rule {expect}")
        if comp is not None and not close(comp.rstrip("%"), c):
            fail(f"{name}: {nm} completion {comp} vs {c}")
        if A > 100 and ua == "%":
            fail(f"{name}: {nm} percentage above 100")
    # ---- weights, scores, levels
    wsum = exec_w + sum(x[2] for x in inds)
    ssum = D(exec_s) + sum(x[3] for x in inds)
    if wsum != 100:
        fail(f"{name}: weights add to {wsum}")
    total_m = re.search(spec["total_re"], t)
    total = total_m.group(1)
    if not close(total, ssum):
        fail(f"{name}: scores add to {ssum}, stated {total}")
    grade = re.search(spec["grade_re"], t).group(1)
    if grade != grade_of(D(total)):
        fail(f"{name}: grade {grade} for {total}")
    if "总分：100" not in t:
        fail(f"{name}: 总分：100 missing")
    lt = spec["levels_text"]
    for lv in LEVEL_KEYS:
        lw = sum(x[2] for x in inds if x[0] == lv)
        ls = sum(x[3] for x in inds if x[0] == lv)
        want = re.search(r"([\d.]+)\s*分", lt[lv].split("得分")[-1] if "得分" in lt[lv] else lt[lv]).group(1)
        if not close(want, ls):
            fail(f"{name}: level {lv} scores {ls} vs text {want}")
        if lt[lv] not in text:
            fail(f"{name}: level text missing: {lt[lv]!r}")
        lwt = spec.get("level_weights", {}).get(lv)
        if lwt:
            if lwt not in text:
                fail(f"{name}: level weight heading missing {lwt!r}")
            hw = re.search(r"(\d+)\s*分", lwt).group(1)
            if D(hw) != lw:
                fail(f"{name}: level {lv} weights {lw} vs heading {hw}")
        default = {"产出": 50, "效益": 30, "满意度": 10}[lv]
        if lw != default:
            fail(f"{name}: level {lv} weight {lw} (expected {default} in this set)")
    ex = re.search(r"([\d.]+)\s*分", lt["执行"]).group(1)
    if ex != exec_s or lt["执行"] not in text:
        fail(f"{name}: execution score text {lt['执行']!r} vs {exec_s}")
    tt = re.search(r"([\d.]+)\s*分", lt["total"]).group(1)
    if tt != total or lt["total"] not in text:
        fail(f"{name}: total in text {lt['total']!r} vs table {total}")
    if lt["grade"] not in text or lt["grade"].split('"')[1] != grade:
        fail(f"{name}: grade in text {lt['grade']!r} vs table {grade}")
    return inds


def check_facts(name, text, spec):
    for chk in spec["checks"]:
        kind = chk[0]
        if kind == "same":
            for s in chk[1]:
                if s not in text:
                    fail(f"{name}: same-value mention missing: {s!r}")
            continue
        if kind == "count":
            if text.count(chk[1]) != chk[2]:
                fail(f"{name}: {chk[1]!r} occurs {text.count(chk[1])} times, expected {chk[2]}")
            continue
        ctx = chk[1]
        # ctx: space-separated fragments, each must occur in the text
        for frag in ctx.split(" "):
            if frag and not frag.startswith("(") and frag not in text:
                fail(f"{name}: context fragment missing: {frag!r}")
        if kind == "sum":
            parts, total = chk[2], chk[3]
            if sum(D(p) for p in parts) != D(total):
                fail(f"{name}: sum {parts} != {total}")
        elif kind == "rate":
            num, den, rate = chk[2], chk[3], chk[4]
            if not close(rate, D(num) / D(den) * 100):
                fail(f"{name}: rate {num}/{den} != {rate}")
        elif kind == "diff":
            a, b, c = chk[2], chk[3], chk[4]
            if D(a) - D(b) != D(c):
                fail(f"{name}: {a} - {b} != {c}")
        elif kind == "prod":
            a, b, c = chk[2], chk[3], chk[4]
            if D(a) * D(b) != D(c):
                fail(f"{name}: {a} x {b} != {c}")
        elif kind == "avg":
            items, avg = chk[2], chk[3]
            if not close(avg, sum(D(x) for x in items) / len(items)):
                fail(f"{name}: mean {items} != {avg}")
        elif kind == "pct":
            a, b, pct = chk[2], chk[3], chk[4]
            if not close(pct, D(a) / D(b) * 100):
                fail(f"{name}: {a}/{b} != {pct}%")
        else:
            fail(f"{name}: unknown check {kind}")


def check_years(name, text, year):
    y = int(year)
    for m in re.finditer(r"截至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日", text):
        if int(m.group(1)) != y:
            fail(f"{name}: 截至 year {m.group(1)}")
    for m in re.finditer(r"结转\s*(\d{4})\s*年", text):
        if int(m.group(1)) <= y:
            fail(f"{name}: 结转 to {m.group(1)}")
    for m in re.finditer(r"(\d{4})\s*年\s*(\d+)\s*月\s*提前下达", text):
        if not (int(m.group(1)) == y - 1 and int(m.group(2)) >= 10):
            fail(f"{name}: 提前下达 in {m.group(1)}-{m.group(2)}")
    first = text[:200]
    if year not in norm(first):
        fail(f"{name}: year {year} not in title")


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    cases = sorted(os.listdir(CASES))
    if len(labels) != 35 or len(cases) != 35 or sorted(l["case"] for l in labels) != cases:
        fail("labels and case files do not match (expected 35)")
    counts = {c: 0 for c in CODES}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expectations")
            if not (3000 <= len(text) <= 9000):
                fail(f"{lab['case']}: length {len(text)}")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one label")
        for e in lab["expected"]:
            if e["code"] not in CODES:
                fail(f"{lab['case']}: unknown code {e['code']}")
            else:
                counts[e["code"]] += 1
            if e["severity"] != "error":
                fail(f"{lab['case']}: severity {e['severity']}")
            if e["value"] not in text:
                fail(f"{lab['case']}: value {e['value']!r} not in case")
        # one place: a single changed region between common prefix and suffix, short
        if text == clean:
            fail(f"{lab['case']}: identical to clean draft")
            continue
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        q = 0
        while q < min(len(text), len(clean)) - p and text[-1 - q] == clean[-1 - q]:
            q += 1
        region_clean = clean[p:len(clean) - q]
        region_case = text[p:len(text) - q]
        if len(region_clean) > 200 or len(region_case) > 200:
            fail(f"{lab['case']}: changed region too long ({len(region_clean)})")
        if not (3000 <= len(text) <= 9000):
            fail(f"{lab['case']}: length {len(text)}")
        # the value overlaps the changed region
        ok = False
        start = 0
        while True:
            k = text.find(e["value"], start)
            if k < 0:
                break
            if k < len(text) - q and k + len(e["value"]) > p:
                ok = True
                break
            start = k + 1
        if not ok:
            fail(f"{lab['case']}: value does not cover the change")
    for c, n in counts.items():
        if n < 2:
            fail(f"code {c} occurs {n} times")
    for name, spec in PROJECTS.items():
        text = open(os.path.join(CASES, name + "-clean.txt"), encoding="utf-8").read()
        check_table(name, text, spec)
        check_facts(name, text, spec)
        check_years(name, text, spec["year"])
    # the injected errors must actually break the arithmetic that verify redoes for the clean drafts
    for lab in labels:
        if lab["clean"]:
            continue
        global errors
        saved = errors
        errors = []
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        spec = PROJECTS[lab["source"]]
        try:
            check_table(lab["case"], text, spec)
        except Exception as exc:  # a broken table is also a detection
            errors.append(str(exc))
        check_facts(lab["case"], text, spec)
        check_years(lab["case"], text, spec["year"])
        found = errors
        errors = saved
        if not found:
            fail(f"{lab['case']}: verify's own arithmetic does not notice the injected error")
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
