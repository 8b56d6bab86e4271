#!/usr/bin/env python3
"""Verify the n108 set.

1. labels.jsonl: one line per case file, every label value occurs in its case, clean cases expect nothing,
   the 13 numeric codes of errors.md §A each occur at least twice.
2. Every error case differs from its clean draft in one contiguous place, that place is the edit listed in
   build.py, and an occurrence of the label value overlaps it.
3. The arithmetic of every clean draft is redone from the facts below; each fact is tied to the text by exact
   substrings (table rows are matched as consecutive cells, one cell per line, ignoring blank lines, tabs and
   page footers such as "— 3 —").
Prints OK at the end, or raises.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

PAGE = re.compile(r"^—\s*\d+\s*—$")
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def fail(msg):
    raise SystemExit("FAIL: " + msg)


def dec(s):
    """Decimal value and number of decimals of the first number in s."""
    m = NUM.search(s.replace(",", ""))
    if not m:
        fail(f"no number in {s!r}")
    txt = m.group(0)
    return D(txt), (len(txt.split(".")[1]) if "." in txt else 0)


def close(computed, stated):
    v, d = dec(stated)
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def cells(text):
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if not s or PAGE.match(s):
            continue
        out.append(s)
    return out


def has_row(cl, row):
    n = len(row)
    return any(cl[i:i + n] == row for i in range(len(cl) - n + 1))


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": ["优", "优秀"], "良": ["良", "良好"], "中": ["中", "中等", "合格", "一般"], "差": ["差", "较差"]}

# ---------------------------------------------------------------- facts of the clean drafts
# funds rows: (label, 年初, 全年, 执行, 分值, 执行率, 得分); "—" = empty
# indicators: (name lines, target, actual, completion or None, weight, score, kind)
#   kind: gte / lte / eq / qual / date ; qual & date scores only need 0 <= score <= weight (qual: >= 60%)
# checks: (kind, numbers..., context substrings that must occur in the draft)
FACTS = {
    "zhuxi-hospequip-2019": {
        "year": 2019,
        "funds": [
            ("年度资金总额", "350.00", "530.00", "503.50", "10", "95.00%", "9.50"),
            ("其中：当年财政拨款", "300.00", "480.00", "453.50", "—", "94.48%", "—"),
            ("上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"),
            ("其他资金", "50.00", "50.00", "50.00", "—", "100.00%", "—"),
        ],
        "indicators": [
            (["新购医疗设备数量"], "≥4台（套）", "4台（套）", None, "15", "15", "gte"),
            (["设备安装验收合格率"], "100%", "100%", None, "10", "10", "eq"),
            (["大型医用设备完好率"], "≥95%", "98.6%", None, "5", "5", "gte"),
            (["设备采购安装完成时间"], "2019年9月30日前", "2019年10月25日", None, "10", "8", "date"),
            (["设备购置总成本"], "≤530万元", "530万元", None, "10", "10", "lte"),
            (["新购设备开展检查人次"], "≥3000人次", "3416人次", None, "10", "10", "gte"),
            (["县域内就诊率"], "≥90%", "88.7%", None, "10", "9.86", "gte"),
            (["设备运行维护管理制度"], "健全", "健全", None, "10", "10", "qual"),
            (["住院患者满意度"], "≥90%", "94.2%", None, "10", "10", "gte"),
        ],
        "table_total": ["总分", "100", "97.36"],
        "text_total": "自评总得分97.36分",
        "grade_text": "评价等级为“优”",
        "subtotals": [("9.50", ["预算执行率得分9.50分"]), ("48", ["产出指标得分48分"]),
                      ("29.86", ["效益指标得分29.86分"]), ("10", ["满意度指标得分10分"])],
        "checks": [
            ("sum", ["300.00", "120.00"], "420.00", ["中央补助资金420.00万元（其中2018年12月提前下达\n300.00万元，2019年5月下达第二批120.00万元）"]),
            ("sum", ["420.00", "60.00", "50.00"], "530.00", ["本项目全年预算530.00万元", "县级配套资金60.00万元、医院自有资金50.00万元"]),
            ("sum", ["350.00", "180.00"], "530.00", ["年初\n预算350.00万元，年中追加180.00万元", "调整后全年预算530.00万元"]),
            ("sum", ["120.00", "60.00"], "180.00", []),
            ("sum", ["300.00", "50.00"], "350.00", []),
            ("sum", ["345.00", "96.80", "52.40", "35.80"], "530.00", ["合同总金额530.00万元", "64排螺旋CT\n345.00万元", "DR 96.80万元", "彩色多普勒超声诊断仪52.40万元", "全自动生化分析仪35.80万元"]),
            ("rate", "503.50", "530.00", "95.00%", ["实际支出503.50万元，预算执行率95.00%"]),
            ("diff", "530.00", "503.50", "26.50", ["未支付26.50万元"]),
            ("rate", "26.50", "530.00", "5%", ["按合同金额5%预留"]),
            ("rate", "530.00", "530.00", "100%", ["资金到位率100%"]),
            ("sum", ["1326", "1472", "618"], "3416", ["共开展检查3416人次，其中CT检查1326人次、DR摄片1472人次、"]),
            ("diff", "88.7", "86.9", "1.8", ["县域内就诊率88.7%，较2018年的86.9%提高1.8个百分点"]),
            ("diff", "90", "88.7", "1.3", ["低于目标1.3个百分点"]),
            ("eq", "3416", "3416", ["开展检查3416人次；县域内就诊率\n88.7%；住院患者满意度94.2%"]),
            ("eq", "94.2", "94.2", ["住院患者满意度94.2%，达到年度目标"]),
            ("eq", "98.6", "98.6", ["全年完好率98.6%"]),
            ("eq", "25", "25", ["较计划时间滞后25天", "完成时间滞后25天"]),  # 9月30日 -> 10月25日
        ],
        "years": ["结转至2020年", "截至2019年\n12月31日"],
    },
    "xichuan-healthcap-2021": {
        "year": 2021,
        "funds": [
            ("年度资金总额", "620.00", "835.00", "812.46", "10", "97.30%", "9.73"),
            ("当年财政拨款", "620.00", "835.00", "812.46", "—", "97.30%", "—"),
            ("上年结转资金", "0", "0", "0", "—", "—", "—"),
            ("其他资金", "0", "0", "0", "—", "—", "—"),
        ],
        "indicators": [
            (["产出指标", "数量指标", "配置设备的乡镇卫生院数"], "≥14家", "14家", None, "10", "10", "gte"),
            (["产出指标", "数量指标", "标准化村卫生室建设数"], "≥30个", "32个", None, "10", "10", "gte"),
            (["产出指标", "数量指标", "基层卫生人员培训人次"], "≥600人次", "648人次", None, "10", "10", "gte"),
            (["产出指标", "质量指标", "设备验收合格率"], "100%", "100%", None, "10", "10", "eq"),
            (["产出指标", "时效指标", "资金拨付及时率"], "≥95%", "100%", None, "5", "5", "gte"),
            (["产出指标", "成本指标", "村卫生室建设补助标准"], "≤5万元/个", "4.69万元/个", None, "5", "5", "lte"),
            (["效益指标", "社会效益指标", "乡镇卫生院门急诊人次增长率"], "≥5%", "6.8%", None, "10", "10", "gte"),
            (["效益指标", "社会效益指标", "县域内住院率"], "≥90%", "88.6%", None, "10", "9.84", "gte"),
            (["效益指标", "可持续影响指标", "基层医疗服务能力"], "持续提升", "稳步提升", None, "10", "9", "qual"),
            (["满意度指标", "服务对象满意度指标", "基层群众满意度"], "≥85%", "91.5%", None, "5", "5", "gte"),
            (["满意度指标", "服务对象满意度指标", "基层医务人员满意度"], "≥85%", "89.2%", None, "5", "5", "gte"),
        ],
        "table_total": ["总分", "100", "98.57"],
        "text_total": "自评总分98.57分",
        "grade_text": "自评等级为“优”",
        "subtotals": [("9.73", ["预算执行率得分9.73分"]), ("50", ["产出指标得分50分"]),
                      ("28.84", ["效益指标得分28.84分"]), ("10", ["满意度指标得分10分"])],
        "checks": [
            ("sum", ["620.00", "215.00"], "835.00", ["提前下达我县2021年医疗服务与保障能力提升补助资金620.00万元", "第二批资金215.00万元", "全年预算835.00万元"]),
            ("sum", ["480", "150", "95", "110"], "835.00", ["乡镇卫生院\n医疗设备配置480万元、村卫生室标准化建设150万元、基层卫生人才培训95万元、县域医共体信息化建设110万元"]),
            ("rate", "812.46", "835.00", "97.30%", ["实际支出812.46万元，预算执行率97.30%"]),
            ("rate", "468.20", "480", "97.54%", ["配置子项实际支出468.20万元，执行率97.54%"]),
            ("rate", "84.26", "95", "88.69%", ["基层卫生人才培训子项实际支出84.26万元，执行率88.69%"]),
            ("sum", ["468.20", "150", "84.26", "110"], "812.46", []),
            ("diff", "835.00", "812.46", "22.54", ["全年结余资金22.54万元"]),
            ("sum", ["52", "48", "46", "44", "50"], "240", ["5个中心卫生院共安排240万元，分别为老城镇52万元、厚坡镇48万元、九重镇46万元、\n盛湾镇44万元、香花镇50万元"]),
            ("avg", ["52", "48", "46", "44", "50"], "48", ["平均每院48万元"]),
            ("sum", ["240", "240"], "480", ["其余9家一般卫生院共安排240万元"]),
            ("rate", "32", "30", "106.67%", ["建成标准化村卫生室32个，完成率106.67%"]),
            ("div", "150", "32", "4.69", ["单个村卫生室补助4.69万元（150万元÷32个）"]),
            ("growth", "45.39", "42.50", "6.8%", ["门急诊45.39万人次，较2020年的42.50万人次增长6.8%"]),
            ("eq", "648", "648", ["全年培训基层卫生人员648人次", "培训648人次，县域内住院率88.6%"]),
            ("eq", "88.6", "88.6", ["县域内住院率88.6%，较上年有所提高"]),
            ("eq", "91.5", "91.5", ["基层群众满意度91.5%，基层医务人员满意度89.2%"]),
        ],
        "years": ["截至2021年12月31日", "结转2022年"],
    },
    "xunyang-tcmhosp-2022": {
        "year": 2022,
        "funds": [
            ("年度资金总额", "174.60", "224.60", "206.96", "10", "92.15%", "9.21"),
            ("其中：当年财政拨款", "150.00", "200.00", "182.36", "—", "91.18%", "—"),
            ("上年结转资金", "24.60", "24.60", "24.60", "—", "100.00%", "—"),
            ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—"),
        ],
        "indicators": [
            (["中医特色专科建设数"], "2个", "2个", None, "10", "10", "eq"),
            (["推广中医适宜技术"], "≥10项", "12项", None, "10", "10", "gte"),
            (["基层中医药人员培训", "人次"], "≥150人次", "136人次", None, "10", "9.07", "gte"),
            (["设备验收合格率"], "100%", "100%", None, "10", "10", "eq"),
            (["项目完成时间"], "2022年12月31日前", "2022年12月20日", None, "5", "5", "date"),
            (["中医诊疗设备购置支出"], "≤90万元", "77.20万元", None, "5", "5", "lte"),
            (["中医门诊服务人次"], "≥6.5万人次", "7.12万人次", None, "10", "10", "gte"),
            (["中医非药物疗法使用率"], "≥40%", "43.6%", None, "10", "10", "gte"),
            (["中医药服务能力"], "持续提升", "基本达成", None, "10", "8", "qual"),
            (["门诊患者满意度"], "≥90%", "95.3%", None, "10", "10", "gte"),
        ],
        "table_total": ["总分", "100", "96.28"],
        "text_total": "总得分96.28分",
        "grade_text": "自评等级为“优秀”",
        "subtotals": [("9.21", ["预算执行率得分9.21分"]), ("49.07", ["产出指标得分49.07分"]),
                      ("28", ["指标得分28分"]), ("10", ["满意度指标得分10分"])],
        "checks": [
            ("sum", ["150.00", "50.00"], "200.00", ["补助资金150.00万元，列入年初预算", "追加50.00万元", "全年预算200.00万元"]),
            ("sum", ["150.00", "24.60"], "174.60", ["结转资金24.60万元", "年初预算174.60万元"]),
            ("sum", ["200.00", "24.60"], "224.60", ["全年预算224.60万元"]),
            ("sum", ["80.00", "30.00", "90.00"], "200.00", ["中医特色专科建设80.00万元、中医适宜技术推广培训30.00万元、\n中医诊疗设备购置90.00万元"]),
            ("rate", "206.96", "224.60", "92.15%", ["项目全年执行206.96万元，预算执行率92.15%"]),
            ("sum", ["182.36", "24.60"], "206.96", ["当年财政拨款执行182.36万元"]),
            ("diff", "200.00", "182.36", "17.64", ["结余17.64万元，已按规定结转2023年使用"]),
            ("sum", ["80.00", "25.16", "77.20"], "182.36", ["建设80.00万元已全部支出", "培训支出25.16万元", "设备购置支出\n77.20万元"]),
            ("rate", "25.16", "30.00", "83.87%", ["培训支出25.16万元，执行率83.87%"]),
            ("rate", "77.20", "90.00", "85.78%", ["77.20万元，执行率85.78%"]),
            ("rate", "136", "150", "90.67%", ["人员136人次，完成年度目标的90.67%"]),
            ("diff", "150", "136", "14", ["全年少培训14人次"]),
            ("growth", "7.12", "6.58", "8.21%", ["中医门诊服务7.12万人次，较2021年的6.58万人次增长8.21%"]),
            ("eq", "12", "12", ["推广中医适宜技术12项，包括", "推广中医适宜技术12项，培训基层中医药人员136人次"]),
            ("eq", "43.6", "43.6", ["中医非药物疗法使用率\n43.6%"]),
            ("eq", "95.3", "95.3", ["门诊患者满意度95.3%"]),
            ("eq", "77.20", "77.20", ["设备购置实际支出77.20万元"]),
        ],
        "years": ["截至2022年12月31日", "结转2023年", "2021年12月，省级提前下达我院2022年补助资金"],
    },
    "tanghe-talenttrain-2023": {
        "year": 2023,
        "funds": [
            ("年度资金总额", "198.30", "262.80", "242.20", "10", "92.16%", "9.22"),
            ("其中：当年财政拨款", "186.00", "250.50", "229.90", "—", "91.78%", "—"),
            ("上年结转资金", "12.30", "12.30", "12.30", "—", "100%", "—"),
            ("其他资金", "—", "—", "—", "—", "—", "—"),
        ],
        "indicators": [
            (["住院医师规范化培训在培人数"], "≥38人", "36人", None, "10", "9.47", "gte"),
            (["乡村医生培训人次"], "≥900人次", "928人次", None, "10", "10", "gte"),
            (["县级骨干医师进修人数"], "≥30人", "21人", None, "10", "7.00", "gte"),
            (["住培结业考核通过率"], "≥90%", "85%", None, "10", "9.44", "gte"),
            (["补助资金拨付及时率"], "≥95%", "88%", None, "5", "4.63", "gte"),
            (["乡村医生培训补助标准"], "≤500元/人次", "500元/人次", None, "5", "5", "lte"),
            (["县域内就诊率"], "≥90%", "84.5%", None, "10", "9.39", "gte"),
            (["基层新增执业（助理）医师"], "≥20人", "14人", None, "10", "7.00", "gte"),
            (["农村订单定向医学生履约率"], "≥90%", "75%", None, "10", "8.33", "gte"),
            (["参训人员满意度"], "≥90%", "88.2%", None, "10", "9.80", "gte"),
        ],
        "table_total": ["总分", "100", "89.28"],
        "text_total": "自评总分89.28分",
        "grade_text": "自评等级为“良好”",
        "subtotals": [("9.22", ["预算执行率得分9.22分"]), ("45.54", ["产出指标得分45.54分"]),
                      ("24.72", ["效益指标得分24.72分"]), ("9.80", ["满意度\n指标得分9.80分"])],
        "checks": [
            ("sum", ["186.00", "64.50"], "250.50", ["提前下达我县2023年补助资金186.00万元", "第二批\n64.50万元", "当年财政拨款全年预算250.50万元"]),
            ("sum", ["186.00", "12.30"], "198.30", ["结转资金\n12.30万元", "年初预算198.30万元"]),
            ("sum", ["250.50", "12.30"], "262.80", ["全年预算262.80万元"]),
            ("sum", ["114.00", "24.00", "20.00", "45.00", "47.50"], "250.50", ["住院医师规范化培训114.00万元、助理全科医生培训24.00万元、全科医生转岗培训\n20.00万元、县级骨干医师进修45.00万元、乡村医生能力提升培训47.50万元"]),
            ("rate", "242.20", "262.80", "92.16%", ["项目全年执行242.20万元，预算执行率92.16%"]),
            ("rate", "229.90", "250.50", "91.78%", ["当年财政拨款执行229.90万元，\n执行率91.78%"]),
            ("sum", ["229.90", "12.30"], "242.20", []),
            ("diff", "250.50", "229.90", "20.60", ["当年资金结余20.60万元，已结转2024年"]),
            ("mul", "36", "3", "108.00", ["全年实际在培36人，按每人每年3万元标准拨付\n培训补助108.00万元"]),
            ("mul", "38", "3", "114.00", []),
            ("mul", "12", "2", "24.00", ["在培12人，补助资金按每人每年2万元标准"]),
            ("mul", "20", "1", "20.00", ["完成20名乡镇卫生院临床医师转岗培训，按每人1万元标准"]),
            ("mul", "21", "1.5", "31.50", ["实际选派21人", "按每人1.5万元\n标准支出31.50万元"]),
            ("mul", "928", "0.05", "46.40", ["共928人次，按每人次\n500元标准支出46.40万元"]),
            ("sum", ["108.00", "24.00", "20.00", "31.50", "46.40"], "229.90", []),
            ("sum", ["312", "308", "308"], "928", ["第一期312人次、第二期308人次、第三期308人次，共928人次"]),
            ("rate", "36", "38", "94.74%", ["住培在培36人，完成目标的94.74%"]),
            ("rate", "928", "900", "103.11%", ["乡村医生培训928人次，完成目标的103.11%"]),
            ("rate", "21", "30", "70%", ["骨干医师进修\n21人，完成目标的70%"]),
            ("rate", "17", "20", "85%", ["参加住培结业考核20人，通过17人，通过率85%"]),
            ("avg", ["86.5", "89.1", "84.9"], "86.83", ["成绩分别为86.5分、89.1分、84.9分，三期平均86.83分"]),
            ("rate", "22", "25", "88%", ["全年应拨付补助资金25笔，按时拨付22笔，拨付及时率88%"]),
            ("diff", "25", "22", "3", ["3笔资金未在规定时间内拨付"]),
            ("diff", "84.5", "83.1", "1.4", ["县域内就诊率84.5%，较2022年的83.1%提高1.4个百分点"]),
            ("rate", "9", "12", "75%", ["应到岗履约的农村订单定向医学生12人，实际到岗9人，履约率75%"]),
            ("diff", "12", "9", "3", ["有3人违约"]),
            ("eq", "14", "14", ["基层新增执业（助理）医师14人"]),
            ("eq", "88.2", "88.2", ["参训人员满意度88.2%"]),
            ("eq", "98.7", "98.7", ["结业考核合格率98.7%"]),
        ],
        "years": ["截至2023年12月31日", "结转2024年", "2022年12月，省财政提前下达我县2023年补助资金"],
    },
    "zhenping-hospcap-2024": {
        "year": 2024,
        "funds": [
            ("年度资金总额", "315.00", "450.00", "431.64", "10", "95.92%", "9.59"),
            ("其中：当年财政拨款", "285.00", "420.00", "401.64", "—", "95.63%", "—"),
            ("上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"),
            ("其他资金", "30.00", "30.00", "30.00", "—", "100.00%", "—"),
        ],
        "indicators": [
            (["更新医疗设备数量"], "≥12台", "14台", "116.67%", "10", "10", "gte"),
            (["远程会诊覆盖乡镇卫生院数"], "10家", "10家", "100%", "10", "10", "eq"),
            (["医共体下转患者人次"], "≥1200人次", "1356人次", "113.00%", "5", "5", "gte"),
            (["胸痛中心省级验收"], "通过", "通过", "100%", "10", "10", "qual"),
            (["设备到货安装及时率"], "≥95%", "92.86%", "97.75%", "5", "4.89", "gte"),
            (["设备采购总成本"], "≤400万元", "384.00万元", "100%", "10", "10", "lte"),
            (["县域内就诊率"], "≥90%", "90.8%", "100.89%", "10", "10", "gte"),
            (["急性胸痛患者D2B时间（中位数）"], "≤90分钟", "76分钟", "100%", "10", "10", "lte"),
            (["基层首诊率"], "≥60%", "57.2%", "95.33%", "10", "9.53", "gte"),
            (["患者满意度"], "≥90%", "93.4%", "103.78%", "5", "5", "gte"),
            (["医务人员满意度"], "≥85%", "82.6%", "97.18%", "5", "4.86", "gte"),
        ],
        "table_total": ["总分", "100", "98.87"],
        "text_total": "综合得分98.87分",
        "grade_text": "评价等级为优",
        "subtotals": [("9.59", ["预算执行率得10分中的9.59分"]), ("49.89", ["产出指标得分49.89分"]),
                      ("29.53", ["效益指标得分29.53分"]), ("9.86", ["满意度指标得分9.86分"])],
        "checks": [
            ("sum", ["260.00", "95.00"], "355.00", ["中央补助355.00万元（提前下达260.00万元、\n第二批95.00万元）"]),
            ("sum", ["355.00", "40.00", "25.00"], "420.00", ["当年财政拨款420.00万元", "省级补助40.00万元、县级配套25.00万元"]),
            ("sum", ["420.00", "30.00"], "450.00", ["本项目全年预算450.00万元", "单位自筹资金30.00万元"]),
            ("sum", ["260.00", "25.00", "30.00"], "315.00", ["年初预算315.00万元"]),
            ("sum", ["400.00", "28.00", "22.00"], "450.00", ["设备更新购置400.00万元", "胸痛中心建设\n28.00万元", "远程会诊平台运维及医共体下沉帮扶22.00万元"]),
            ("sum", ["370.00", "30.00"], "400.00", ["财政资金370.00万元、单位自筹30.00万元"]),
            ("rate", "431.64", "450.00", "95.92%", ["实际支出431.64万元，预算执行率95.92%"]),
            ("sum", ["384.00", "26.14", "21.50"], "431.64", ["设备更新购置支出384.00万元", "胸痛中心建设支出26.14万元", "医共体下沉帮扶支出21.50万元"]),
            ("diff", "420.00", "401.64", "18.36", ["财政资金结余18.36万元"]),
            ("diff", "450.00", "431.64", "18.36", []),
            ("eq", "384.00", "384.00", ["设备采购合同总金额384.00万元", "设备采购总成本384.00万元"]),
            ("diff", "400.00", "384.00", "16.00", ["较预算节约16.00万元"]),
            ("rate", "13", "14", "92.86%", ["14台设备中13台按合同约定时间到货安装", "按期到货安装率\n92.86%"]),
            ("eq", "14", "14", ["医疗设备14台", "更新医疗设备14台"]),
            ("eq", "1356", "1356", ["医共体内下转患者\n1356人次"]),
            ("diff", "90.8", "89.3", "1.5", ["县域内就诊率90.8%，较2023年的89.3%提高1.5个百分点"]),
            ("eq", "76", "76", ["由2023年的104分钟缩短至76分钟"]),
            ("eq", "57.2", "57.2", ["基层首诊率57.2%"]),
            ("eq", "93.4", "93.4", ["患者满意度93.4%，医务人员满意度82.6%"]),
        ],
        "years": ["截至2024年12月31日", "结转2025年", "于2023年12月下达"],
    },
}


def check_score_rule(name, target, actual, completion, weight, score, kind):
    w, _ = dec(weight)
    s, _ = dec(score)
    if not (0 <= s <= w):
        fail(f"{name}: score {score} outside [0, {weight}]")
    if kind in ("gte", "eq"):
        t, _ = dec(target)
        a, _ = dec(actual)
        ratio = a / t
        comp = ratio * 100
        if not (close(w * min(ratio, D(1)), score)):
            fail(f"{name}: score {score} != {w} x min({a}/{t}, 1)")
    elif kind == "lte":
        t, _ = dec(target)
        a, _ = dec(actual)
        comp = D(100) if a <= t else t / a * 100
        if not close(w * min(comp / 100, D(1)), score):
            fail(f"{name}: lte score {score}")
    elif kind == "qual":
        comp = D(100)
        if s < w * D("0.6"):
            fail(f"{name}: qualitative score below band")
    else:
        comp = None
    if completion is not None:
        if comp is None:
            fail(f"{name}: completion stated but not computable")
        if not close(comp, completion):
            fail(f"{name}: completion {completion} != {comp}")
        if kind in ("gte", "eq") and not (close(w * min(comp / 100, D(1)), score)
                                         or close(w * min(dec(completion)[0] / 100, D(1)), score)):
            fail(f"{name}: score does not follow completion")


def verify_clean(src, facts, text):
    cl = cells(text)
    # funds table
    rows = facts["funds"]
    for row in rows:
        if not has_row(cl, list(row)):
            fail(f"{src}: funds row not found as consecutive cells: {row}")
    val = lambda s: D(0) if s == "—" else dec(s)[0]
    for col in (1, 2, 3):
        total = val(rows[0][col])
        parts = sum(val(r[col]) for r in rows[1:])
        if total != parts:
            fail(f"{src}: funds column {col}: {total} != {parts}")
    for r in rows:
        ann, spent = val(r[2]), val(r[3])
        if r[5] == "—":
            if ann != 0:
                fail(f"{src}: {r[0]} rate missing on non-zero base")
            continue
        if ann == 0:
            fail(f"{src}: {r[0]} rate on zero base")
        rate = spent / ann * 100
        if rate > 100:
            fail(f"{src}: {r[0]} rate over 100%")
        if not close(rate, r[5]):
            fail(f"{src}: {r[0]} rate {r[5]} != {rate}")
    exec_w = dec(rows[0][4])[0]
    exec_rate = val(rows[0][3]) / val(rows[0][2])
    if not (close(exec_w * min(exec_rate, D(1)), rows[0][6])
            or close(exec_w * min(dec(rows[0][5])[0] / 100, D(1)), rows[0][6])):
        fail(f"{src}: execution score {rows[0][6]}")
    # indicator table
    wsum, ssum = exec_w, dec(rows[0][6])[0]
    for (name, target, actual, completion, weight, score, kind) in facts["indicators"]:
        seq = list(name) + [target, actual] + ([completion] if completion else []) + [weight, score]
        if not has_row(cl, seq):
            fail(f"{src}: indicator row not found: {seq}")
        check_score_rule("/".join(name), target, actual, completion, weight, score, kind)
        wsum += dec(weight)[0]
        ssum += dec(score)[0]
    if wsum != 100:
        fail(f"{src}: weights sum to {wsum}")
    tt = facts["table_total"]
    if not has_row(cl, tt):
        fail(f"{src}: table total row not found {tt}")
    if dec(tt[1])[0] != 100 or not close(ssum, tt[2]):
        fail(f"{src}: scores sum {ssum} vs table total {tt[2]}")
    if facts["text_total"] not in text or not close(ssum, facts["text_total"]):
        fail(f"{src}: text total")
    sub = sum(dec(v)[0] for v, _ in facts["subtotals"])
    if sub != ssum:
        fail(f"{src}: text subtotals {sub} != {ssum}")
    for v, ctxs in facts["subtotals"]:
        for c in ctxs:
            if c not in text:
                fail(f"{src}: subtotal context missing {c!r}")
    gtext = facts["grade_text"]
    if gtext not in text:
        fail(f"{src}: grade text missing")
    band = grade_of(ssum)
    label = gtext.split("为")[-1].strip("“”")
    if label not in GRADE_WORDS[band]:
        fail(f"{src}: grade {label} not in band {band} for {ssum}")
    # textual checks
    for chk in facts["checks"]:
        kind, ctxs = chk[0], chk[-1]
        for c in ctxs:
            if text.count(c) < 1:
                fail(f"{src}: context missing {c!r}")
        if kind == "sum":
            parts, total = chk[1], chk[2]
            if sum(dec(p)[0] for p in parts) != dec(total)[0]:
                fail(f"{src}: sum {parts} != {total}")
        elif kind == "diff":
            if dec(chk[1])[0] - dec(chk[2])[0] != dec(chk[3])[0]:
                fail(f"{src}: diff {chk[1:4]}")
        elif kind == "rate":
            if not close(dec(chk[1])[0] / dec(chk[2])[0] * 100, chk[3]):
                fail(f"{src}: rate {chk[1:4]}")
        elif kind == "growth":
            a, b = dec(chk[1])[0], dec(chk[2])[0]
            if not close((a - b) / b * 100, chk[3]):
                fail(f"{src}: growth {chk[1:4]}")
        elif kind == "avg":
            items = [dec(x)[0] for x in chk[1]]
            if not close(sum(items) / len(items), chk[2]):
                fail(f"{src}: average {chk[1:3]}")
        elif kind == "div":
            if not close(dec(chk[1])[0] / dec(chk[2])[0], chk[3]):
                fail(f"{src}: div {chk[1:4]}")
        elif kind == "mul":
            if dec(chk[1])[0] * dec(chk[2])[0] != dec(chk[3])[0]:
                fail(f"{src}: mul {chk[1:4]}")
        elif kind == "eq":
            if dec(chk[1])[0] != dec(chk[2])[0]:
                fail(f"{src}: eq {chk[1:3]}")
        else:
            fail(f"unknown check {kind}")
    # year statements: evaluation year in the title/table, carry-over to the following year
    y = facts["year"]
    if f"（{y}年度）" not in text:
        fail(f"{src}: table year")
    for c in facts["years"]:
        if c not in text:
            fail(f"{src}: year context missing {c!r}")
    for m in re.finditer(r"结转(?:至)?(\d{4})年", text):
        if int(m.group(1)) != y + 1:
            fail(f"{src}: carry-over to {m.group(1)}")
    for m in re.finditer(r"截至(\d{4})年\s*12月31日", text):
        if int(m.group(1)) != y:
            fail(f"{src}: 截至 {m.group(1)}")
    # no percentage above 100 except completion-type figures listed in the facts
    allowed = {f[3] for f in facts["indicators"] if f[3]} | {c[3] for c in facts["checks"] if c[0] == "rate"}
    for m in re.finditer(r"(\d+(?:\.\d+)?)%", text):
        if D(m.group(1)) > 100 and m.group(0) not in allowed:
            fail(f"{src}: unexpected percentage above 100: {m.group(0)}")


def changed_region(a, b):
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    while j < n - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j  # [i, end_a) in a replaced by [i, end_b) in b


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels and case files differ")
    if len(files) != 35 or len(build.SOURCES) != 5:
        fail("expected 5 clean + 30 error cases")
    code_count = Counter()
    edits = {(e[0], e[1]): e for e in build.EDITS}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        if not (3000 <= len(text) <= 9000):
            fail(f"{lab['case']}: length {len(text)}")
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expectations")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: not exactly one expected error")
        exp = lab["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            fail(f"{lab['case']}: bad code/severity")
        code_count[exp["code"]] += 1
        if exp["value"] not in text:
            fail(f"{lab['case']}: value {exp['value']!r} not in case")
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        i, end_a, end_b = changed_region(clean, text)
        suffix = lab["case"][len(lab["source"]) + 1:-4]
        e = edits[(lab["source"], suffix)]
        old, new = e[3], e[4]
        k = clean.find(old)
        if not (k <= i and end_a <= k + len(old) and clean[:k] + new + clean[k + len(old):] == text):
            fail(f"{lab['case']}: changed region is not the listed edit")
        if clean.count(old) != 1:
            fail(f"{lab['case']}: edit not unique")
        # the value must overlap the changed region in the error case
        occ, p = [], text.find(exp["value"])
        while p >= 0:
            occ.append((p, p + len(exp["value"])))
            p = text.find(exp["value"], p + 1)
        if not any(s < max(end_b, i + 1) and i < t for s, t in occ):
            fail(f"{lab['case']}: value does not overlap the change at [{i},{end_b})")
    for c in CODES:
        if code_count[c] < 2:
            fail(f"code {c} occurs {code_count[c]} times")
    for src in build.SOURCES:
        text = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        verify_clean(src, FACTS[src], text)
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={code_count[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
