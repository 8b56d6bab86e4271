#!/usr/bin/env python3
"""Check set n85: labels, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: every case exists; clean cases expect nothing; every error case has exactly one
   label whose value occurs exactly once in the case and never in the clean draft.
2. edits: every error case differs from its clean draft by one contiguous replacement of at most
   16 characters within one line (score-row edits marked rows=2 in build.py: at most two adjacent
   lines, each line changed by at most 16 characters).
3. arithmetic of each clean draft (rules.md §5-§8): funds block (components add up per column,
   执行率, execution score), every indicator row (score from target/actual/weight), weights add
   to 100, scores add to the stated total, grade band; plus the text figures (rates, balances,
   sums, averages, completions, year-on-year changes) listed in FACTS, each compared with the
   tolerance of its stated decimals.
Pure Python 3, no third-party packages. Prints OK or the list of problems (exit 1).
"""
import datetime
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def D(x):
    return Decimal(str(x).replace(",", ""))


def r2(x):
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def pct(a, b):
    return D(a) / D(b) * 100


def mean(*xs):
    return sum(D(x) for x in xs) / len(xs)


def total(*xs):
    return sum(D(x) for x in xs)


def days(a, b):
    """inclusive day count between two ISO dates"""
    return D((datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days + 1)


def decimals(s):
    m = re.search(r"\d+(?:\.(\d+))?", s.replace(",", ""))
    return len(m.group(1)) if m and m.group(1) else 0


def consistent(computed, stated):
    """rules.md §8: stated value with d decimals matches computed c iff |c - v| <= 0.5*10^-d."""
    v = D(re.search(r"-?\d[\d,]*(?:\.\d+)?", stated).group(0))
    tol = Decimal("0.5") * Decimal(10) ** (-decimals(stated)) + Decimal("1e-9")
    return abs(D(computed) - v) <= tol


def grade(score):
    s = D(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------------------------------------
# The 自评表 of each clean draft, as structured data. Each row must also be found on one line of
# the clean text, its cells separated by runs of two or more spaces.
# funds: (label, 年初, 全年, 执行) for the total row, then the component rows.
# rows: (三级指标, 年度指标值, 实际完成值, 分值, 得分, rule); rule None = derive from the target sign;
#       ("qual", fraction) for qualitative rows scored at that fraction of the weight.
TABLES = {
    "jingmen-sanguan-2020": dict(
        funds=[("年度资金总额", "135.86", "158.36", "143.58"),
               ("其中：当年财政拨款", "127.50", "150.00", "135.22"),
               ("上年结转资金", "8.36", "8.36", "8.36"),
               ("其他资金", "0.00", "0.00", "0.00")],
        exec_weight="10", exec_rate="90.67%", exec_score="9.07",
        rows=[("三馆接待群众人次", "≥65万人次", "38.46万人次", "10", "5.92", None),
              ("市图书馆外借图书册次", "≥40万册次", "26.86万册次", "5", "3.36", None),
              ("公益性讲座展览培训", "≥300场次", "326场次", "10", "10", None),
              ("市图书馆每周开放时间", "≥56小时", "63小时", "5", "5", None),
              ("基本服务项目免费提供率", "100%", "100%", "5", "5", None),
              ("补助资金拨付及时率", "≥95%", "100%", "5", "5", None),
              ("地市级馆补助标准", "50万元/个", "50万元/个", "10", "10", None),
              ("数字资源访问量", "≥80万次", "126.57万次", "10", "10", None),
              ("群众文化活动参与人次", "≥20万人次", "12.64万人次", "10", "6.32", None),
              ("免费开放长效机制", "健全", "健全，运行良好", "10", "10", ("qual", "1")),
              ("群众满意度", "≥90%", "95.63%", "10", "10", None)],
        total=("总分", "100", "89.67"), grade_text="等级为“良”", grade="良"),
    "chenxi-freeopen-2022": dict(
        funds=[("年度资金总额", "94.30", "118.64", "112.37"),
               ("其中：当年财政拨款", "94.30", "115.00", "108.73"),
               ("上年结转资金", "0.00", "3.64", "3.64"),
               ("其他资金", "0.00", "0.00", "0.00")],
        exec_weight="10", exec_rate="94.72%", exec_score="9.47",
        rows=[("县图书馆接待读者", "≥12万人次", "13.00万人次", "8", "8", None),
              ("乡镇综合文化站免费开放数", "15个", "15个", "6", "6", None),
              ("公益性讲座、展览、培训", "≥200场次", "236场次", "6", "6", None),
              ("县文化馆文艺辅导培训", "≥2000人次", "1870人次", "6", "5.61", None),
              ("乡镇站每周开放时长", "≥42小时", "42小时", "6", "6", None),
              ("基本服务项目免费率", "100%", "100%", "6", "6", None),
              ("补助资金下达时限", "≤30天", "21天", "6", "6", None),
              ("乡镇综合文化站补助标准", "5万元/个", "5万元/个", "6", "6", None),
              ("县图书馆外借册次", "≥9万册次", "8.16万册次", "10", "9.07", None),
              ("乡镇站活动参与群众", "≥6万人次", "6.85万人次", "10", "10", None),
              ("免费开放保障机制", "长效运行", "达成年度指标", "10", "10", ("qual", "1")),
              ("群众满意度", "≥90%", "93.6%", "10", "10", None)],
        total=("总分", "100", "98.15"), grade_text="评价等级为“优”", grade="优"),
    "yichun-artmuseum-2023": dict(
        funds=[("年度资金总额", "40.00", "52.18", "49.87"),
               ("当年财政拨款", "40.00", "50.00", "47.69"),
               ("上年结转资金", "0.00", "2.18", "2.18"),
               ("其他资金", "0.00", "0.00", "0.00")],
        exec_weight="10", exec_rate="95.57%", exec_score="9.56",
        sub_rates={"当年财政拨款": "95.38%", "上年结转资金": "100.00%"},
        rows=[("举办展览数量", "≥18个", "21个", "10", "10", None),
              ("接待观众人次", "≥25万人次", "27.36万人次", "10", "10", None),
              ("公共教育活动场次", "≥120场次", "134场次", "10", "10", None),
              ("展品安全事故", "0起", "0起", "5", "5", None),
              ("每周开放时长", "≥42小时", "48小时", "5", "5", None),
              ("单个展览平均布展成本", "≤1.2万元", "1.02万元", "10", "10", None),
              ("线上展览浏览量", "≥30万次", "41.2万次", "10", "10", None),
              ("青少年美育活动参与人次", "≥1.2万人次", "1.08万人次", "10", "9", None),
              ("馆藏作品数字化率", "≥60%", "52%", "10", "8.67", None),
              ("观众满意度", "≥90%", "96.4%", "10", "10", None)],
        total=("总分", "100", "97.23"), grade_text="评价等级为优", grade="优"),
    "yongxin-venueopen-2019": dict(
        funds=[("年度资金总额", "129.42", "156.42", "148.86"),
               ("其中：当年财政拨款", "123.00", "150.00", "142.44"),
               ("上年结转资金", "6.42", "6.42", "6.42"),
               ("其他资金", "0.00", "0.00", "0.00")],
        exec_weight="10", exec_rate="95.17%", exec_score="9.52",
        rows=[("县图书馆接待读者", "≥12万人次", "12.35万人次", "8", "8", None),
              ("县图书馆外借图书", "≥8万册次", "7.52万册次", "6", "5.64", None),
              ("乡镇站免费开放数", "22个", "22个", "6", "6", None),
              ("县文化馆免费培训班", "≥40期", "43期", "6", "6", None),
              ("送戏下乡", "≥120场", "126场", "6", "6", None),
              ("违规收费投诉", "0起", "0起", "6", "6", None),
              ("补助资金按季度拨付到位率", "100%", "100%", "6", "6", None),
              ("县级馆补助标准", "20万元/个", "20万元/个", "6", "6", None),
              ("乡镇站开展活动场次", "≥528场次", "497场次", "10", "9.41", None),
              ("群众文化活动参与人次", "≥30万人次", "32.6万人次", "10", "10", None),
              ("免费开放长效机制", "建立", "已建立", "10", "10", ("qual", "1")),
              ("群众满意度", "≥90%", "94.8%", "10", "10", None)],
        total=("总分", "100", "98.57"), grade_text="评价等级为“优”", grade="优"),
    "liling-freeopen-2024": dict(
        funds=[("年度资金总额", "127.60", "158.60", "154.98"),
               ("其中：当年财政拨款", "124.00", "155.00", "151.38"),
               ("上年结转资金", "0.00", "0.00", "0.00"),
               ("其他资金", "3.60", "3.60", "3.60")],
        exec_weight="10", exec_rate="97.72%", exec_score="9.77",
        rows=[("全市公共文化场馆接待群众", "≥80万人次", "75.32万人次", "8", "7.53", None),
              ("市图书馆外借册次", "≥35万册次", "24.5万册次", "6", "4.20", None),
              ("讲座、展览、培训", "≥450场次", "468场次", "6", "6", None),
              ("镇（街道）综合文化站免费开放覆盖率", "100%", "100%", "6", "6", None),
              ("数字资源年更新量", "≥2TB", "1.2TB", "6", "3.60", None),
              ("安全责任事故", "0起", "0起", "6", "6", None),
              ("县级场馆每周开放时长", "≥56小时", "56小时", "6", "6", None),
              ("镇（街道）综合文化站补助标准", "5万元/个", "5万元/个", "6", "6", None),
              ("未成年人阅读推广活动参与人次", "≥3万人次", "2.46万人次", "10", "8.20", None),
              ("文化志愿服务时长", "≥1.5万小时", "1.38万小时", "10", "9.20", None),
              ("免费开放长效机制", "健全", "部分达成", "10", "7", ("qual", "0.7")),
              ("群众满意度", "≥90%", "88.5%", "10", "9.83", None)],
        total=("总分", "100", "89.33"), grade_text="评价等级为良", grade="良"),
}

# (context that must occur in the clean text, the stated figure inside it, computed value)
FACTS = {
    "jingmen-sanguan-2020": [
        ("三馆年度补助标准共计150.00万元", "150.00", 50 * 3),
        ("即中央75.00万元", "75.00", D(150) * D("0.50")),
        ("省级22.50万元、市级52.50万元", "22.50", D(150) * D("0.15")),
        ("省级22.50万元、市级52.50万元", "52.50", D(150) * D("0.35")),
        ("全年预算数158.36万元，其中当年财政拨款150.00万元", "150.00", total("75.00", "22.50", "52.50")),
        ("全年预算数158.36万元", "158.36", total("150.00", "8.36")),
        ("年初预算数135.86万元", "135.86", total("75.00", "52.50", "8.36")),
        ("全年预算数较年初预算数增加22.50万元", "22.50", D("158.36") - D("135.86")),
        ("预算执行率90.67%", "90.67", pct("143.58", "158.36")),
        ("年末未支出14.78万元", "14.78", D("158.36") - D("143.58")),
        ("三馆全年支出143.58万元", "143.58", total("55.12", "46.03", "42.43")),
        ("数字资源建设及设备更新28.97万元，疫情防控物资7.55万元", "7.55",
         D("143.58") - total("61.20", "45.86", "28.97")),
        ("全年接待群众38.46万人次", "38.46", total("21.37", "10.25", "6.84")),
        ("65万人次的59.17%", "59.17", pct("38.46", "65")),
        ("下降47.20%", "47.20", pct(D("72.84") - D("38.46"), "72.84")),
        ("40万册次的67.15%", "67.15", pct("26.86", "40")),
        ("活动326场次，其中线上118场次", "326", total(118, 208)),
        ("完成年度目标的108.67%", "108.67", pct(326, 300)),
        ("每周开放63小时", "63", D(6) * D("10.5")),
        ("超出年度目标58.21%", "58.21", pct(D("126.57") - 80, 80)),
        ("20万人次的63.20%", "63.20", pct("12.64", "20")),
        ("平均95.63%", "95.63", mean("96.21", "94.86", "95.82")),
        ("共发放900份", "900", 3 * 300),
        ("有效率96.89%", "96.89", pct(872, 900)),
        ("闭馆共计115天", "115", days("2020-01-24", "2020-05-17")),
        ("自评得分89.67分", "89.67", D("89.67")),
    ],
    "chenxi-freeopen-2022": [
        ("补助资金共计115.00万元（县级两馆40.00万元、15个乡镇站75.00万元）", "115.00", 20 * 2 + 5 * 15),
        ("县级两馆40.00万元", "40.00", 20 * 2),
        ("15个乡镇站75.00万元", "75.00", 5 * 15),
        ("其中中央补助92.00万元", "92.00", total("82.80", "9.20")),
        ("共计115.00万元", "115.00", total("92.00", "11.50", "11.50")),
        ("年初预算数94.30万元", "94.30", total("82.80", "11.50")),
        ("全年预算数为118.64万元", "118.64", total("115.00", "3.64")),
        ("全年支出112.37万元，预算执行率94.72%", "94.72", pct("112.37", "118.64")),
        ("全年支出112.37万元", "112.37", total("19.46", "20.00", "72.91")),
        ("县图书馆支出19.46万元", "19.46", total("12.33", "3.05", "4.08")),
        ("县文化馆支出20.00万元", "20.00", total("7.40", "8.85", "3.75")),
        ("平均每册18.00元", "18.00", D("123300") / 6850),
        ("年末未支出6.27万元", "6.27", D("118.64") - D("112.37")),
        ("年末未支出6.27万元", "6.27", total("0.54", "5.73")),
        ("县图书馆0.54万元", "0.54", D("20.00") - D("19.46")),
        ("乡镇站5.73万元", "5.73", D("75.00") + D("3.64") - D("72.91")),
        ("下达时间为21天", "21", days("2022-06-20", "2022-07-11") - 1),
        ("接待读者13.00万人次", "13.00", total("3.12", "2.87", "3.46", "3.55")),
        ("季均3.25万人次", "3.25", mean("3.12", "2.87", "3.46", "3.55")),
        ("完成年度目标的108.33%", "108.33", pct("13.00", "12")),
        ("增长10.73%", "10.73", pct(D("13.00") - D("11.74"), "11.74")),
        ("共举办公益性讲座、展览、培训236场次", "236", total(58, 64, 114)),
        ("完成年度目标的118.00%", "118.00", pct(236, 200)),
        ("2000人次的93.50%", "93.50", pct(1870, 2000)),
        ("完成年度目标的90.67%", "90.67", pct("8.16", "9")),
        ("回收率97.20%", "97.20", pct(486, 500)),
        ("满意度为93.62%", "93.62", pct(455, 486)),
        ("自评得分98.15分", "98.15", D("98.15")),
    ],
    "yichun-artmuseum-2023": [
        ("分别承担25.00万元、7.50万元和17.50万元", "25.00", D(50) - D("7.50") - D("17.50")),
        ("年初预算数40.00万元", "40.00", total("22.50", "17.50")),
        ("全年预算数为52.18万元", "52.18", total("40.00", "2.50", "7.50", "2.18")),
        ("当年财政拨款合计50.00万元", "50.00", total("22.50", "2.50", "7.50", "17.50")),
        ("全年支出49.87万元，执行率95.57%", "95.57", pct("49.87", "52.18")),
        ("全年支出49.87万元", "49.87", total("21.46", "11.35", "12.80", "4.26")),
        ("全年资金到位52.18万元", "52.18", total("22.00", "12.00", "13.50", "4.68")),
        ("支出21.46万元，执行率97.55%", "97.55", pct("21.46", "22.00")),
        ("支出11.35万元，执行率94.58%", "94.58", pct("11.35", "12.00")),
        ("支出12.80万元，执行率94.81%", "94.81", pct("12.80", "13.50")),
        ("支出4.26万元，执行率91.03%", "91.03", pct("4.26", "4.68")),
        ("年末未支出2.31万元", "2.31", D("52.18") - D("49.87")),
        ("全年共举办各类展览21个", "21", total(8, 9, 4)),
        ("完成年度目标的116.67%", "116.67", pct(21, 18)),
        ("单个展览平均布展成本1.02万元", "1.02", D("21.46") / 21),
        ("日均接待观众891人次", "891", D(273600) / 307),
        ("增长37.90%", "37.90", pct(D("27.36") - D("19.84"), "19.84")),
        ("每周开放48小时", "48", 6 * 8),
        ("1.2万人次的90.00%", "90.00", pct("1.08", "1.2")),
        ("数字化率52%", "52", pct(962, 1850)),
        ("60%的86.67%", "86.67", pct(52, 60)),
        ("观众满意度96.40%", "96.40", pct(562, 583)),
        ("效益指标得分27.67分", "27.67", total("10", "9", "8.67")),
        ("自评总分97.23分", "97.23", total("9.56", "50", "27.67", "10")),
    ],
    "yongxin-venueopen-2019": [
        ("补助资金总额150.00万元", "150.00", 20 * 2 + 5 * 22),
        ("22个乡镇站110.00万元", "110.00", 5 * 22),
        ("中央补助120.00万元", "120.00", D(150) * D("0.8")),
        ("省级补助15.00万元", "15.00", D(150) * D("0.1")),
        ("县级配套15.00万元", "15.00", D(150) - 120 - 15),
        ("年初预算数为129.42万元", "129.42", total("108.00", "15.00", "6.42")),
        ("全年预算数调整为156.42万元", "156.42", total("129.42", "12.00", "15.00")),
        ("全年实际支出148.86万元，预算执行率95.17%", "95.17", pct("148.86", "156.42")),
        ("全年实际支出148.86万元", "148.86", total("19.68", "19.92", "109.26")),
        ("实际支出19.68万元，执行率98.40%", "98.40", pct("19.68", "20.00")),
        ("实际支出19.92万元，执行率99.60%", "99.60", pct("19.92", "20.00")),
        ("乡镇综合文化站预算116.42万元", "116.42", total("110.00", "6.42")),
        ("实际支出109.26万元，执行率93.85%", "93.85", pct("109.26", "116.42")),
        ("年末结余7.56万元", "7.56", D("156.42") - D("148.86")),
        ("完成年度目标的102.92%", "102.92", pct("12.35", "12")),
        ("增长8.14%", "8.14", pct(D("12.35") - D("11.42"), "11.42")),
        ("三年平均11.54万人次", "11.54", mean("10.86", "11.42", "12.35")),
        ("完成年度目标的94.00%", "94.00", pct("7.52", "8")),
        ("实际支出7.86万元，执行率98.25%", "98.25", pct("7.86", "8.00")),
        ("528场次（每站24场次）", "528", 22 * 24),
        ("528场次的94.13%", "94.13", pct(497, 528)),
        ("平均每站22.59场次", "22.59", D(497) / 22),
        ("完成年度目标的108.67%", "108.67", pct("32.6", "30")),
        ("产出指标得分49.64分", "49.64", total("8", "5.64", "6", "6", "6", "6", "6", "6")),
        ("效益指标得分29.41分", "29.41", total("9.41", "10", "10")),
        ("自评得分98.57分", "98.57", total("9.52", "49.64", "29.41", "10")),
    ],
    "liling-freeopen-2024": [
        ("补助资金155.00万元", "155.00", 20 * 3 + 5 * 19),
        ("3个县级场馆60.00万元", "60.00", 20 * 3),
        ("综合文化站95.00万元", "95.00", 5 * 19),
        ("中央补助77.50万元", "77.50", total("69.75", "7.75")),
        ("当年财政拨款155.00万元", "155.00", total("77.50", "23.25", "54.25")),
        ("其他资金3.60万元", "3.60", D(36000) / 10000),
        ("年初预算数127.60万元", "127.60", total("69.75", "54.25", "3.60")),
        ("追加中央和省级补助31.00万元", "31.00", total("7.75", "23.25")),
        ("全年预算数为158.60万元", "158.60", total("127.60", "31.00")),
        ("全年预算数为158.60万元", "158.60", total("23.60", "20.00", "20.00", "95.00")),
        ("全年执行154.98万元，执行率97.72%", "97.72", pct("154.98", "158.60")),
        ("全年执行154.98万元", "154.98", total("23.41", "19.86", "19.52", "92.19")),
        ("年末未支出3.62万元", "3.62", D("158.60") - D("154.98")),
        ("年末未支出3.62万元", "3.62", D("155.00") - D("151.38")),
        ("综合文化站2.81万元", "2.81", D("95.00") - D("92.19")),
        ("全年接待群众75.32万人次，其中", "75.32", total("31.56", "12.48", "6.92", "24.36")),
        ("增长10.00%", "10.00", pct(D("75.32") - D("68.47"), "68.47")),
        ("完成年度目标的94.15%", "94.15", pct("75.32", 80)),
        ("闭馆76天", "76", days("2024-08-12", "2024-10-26")),
        ("完成年度目标的70.00%", "70.00", pct("24.5", 35)),
        ("完成年度目标的104.00%", "104.00", pct(468, 450)),
        ("完成年度目标的60.00%", "60.00", pct("1.2", 2)),
        ("完成年度目标的82.00%", "82.00", pct("2.46", 3)),
        ("完成年度目标的92.00%", "92.00", pct("1.38", "1.5")),
        ("产出指标得分45.33分", "45.33", total("7.53", "4.20", "6", "6", "3.60", "6", "6", "6")),
        ("效益指标得分24.40分", "24.40", total("8.20", "9.20", "7")),
        ("合计89.33分", "89.33", total("9.77", "45.33", "24.40", "9.83")),
    ],
}

NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def first_num(s):
    m = NUM.search(s)
    return D(m.group(0)) if m else None


def unit_of(s):
    m = NUM.search(s)
    return s[m.end():] if m else None


def row_score(target, actual, weight, rule):
    w = D(weight)
    if rule is not None and rule[0] == "qual":
        return r2(w * D(rule[1]))
    t, a = first_num(target), first_num(actual)
    if unit_of(target) != unit_of(actual):
        raise ValueError("unit differs: %s / %s" % (target, actual))
    if target.startswith("≤"):
        return w if a <= t else r2(w * t / a)
    if t == 0:  # = 0 target
        return w if a <= 0 else D(0)
    return w if a >= t else r2(w * a / t)  # gte, and eq scored like gte


def line_has(text, cells):
    pat = r"(?:^|\s{2,})" + r"\s{2,}".join(re.escape(c) for c in cells) + r"(?:\s{2,}|$)"
    return any(re.search(pat, line) for line in text.split("\n"))


def check_table(pid, text):
    t = TABLES[pid]
    funds = t["funds"]
    for col in (1, 2, 3):
        if total(*(r[col] for r in funds[1:])) != D(funds[0][col]):
            bad("%s: funds column %d does not add up" % (pid, col))
    rate = pct(funds[0][3], funds[0][2])
    if not consistent(rate, t["exec_rate"]):
        bad("%s: 执行率 %s vs %.4f" % (pid, t["exec_rate"], rate))
    if r2(D(t["exec_weight"]) * min(rate, D(100)) / 100) != D(t["exec_score"]):
        bad("%s: execution score %s" % (pid, t["exec_score"]))
    if not line_has(text, [funds[0][0], funds[0][1], funds[0][2], funds[0][3], t["exec_weight"],
                           t["exec_rate"], t["exec_score"]]):
        bad("%s: funds total row not found as a line" % pid)
    for r in funds[1:]:
        if not line_has(text, list(r)):
            bad("%s: funds row %s not found" % (pid, r[0]))
    for name, rr in t.get("sub_rates", {}).items():
        row = [r for r in funds if r[0] == name][0]
        if not consistent(pct(row[3], row[2]), rr) or not line_has(text, [row[3], "—", rr]):
            bad("%s: sub-row rate %s" % (pid, name))
    wsum = D(t["exec_weight"])
    ssum = D(t["exec_score"])
    for name, target, actual, weight, score, rule in t["rows"]:
        wsum += D(weight)
        ssum += D(score)
        try:
            s = row_score(target, actual, weight, rule)
        except ValueError as exc:
            bad("%s: %s: %s" % (pid, name, exc))
            continue
        if s != D(score):
            bad("%s: row %s scored %s, rule gives %s" % (pid, name, score, s))
        if not (0 <= D(score) <= D(weight)):
            bad("%s: row %s score outside [0, weight]" % (pid, name))
        if not line_has(text, [name, target, actual, weight, score]):
            bad("%s: row %s not found as a line" % (pid, name))
    label, wtot, stot = t["total"]
    if wsum != D(wtot) or wsum != 100:
        bad("%s: weights add to %s" % (pid, wsum))
    if ssum != D(stot):
        bad("%s: scores add to %s, stated %s" % (pid, ssum, stot))
    if not line_has(text, [label, wtot, stot]):
        bad("%s: total row not found" % pid)
    if grade(stot) != t["grade"] or t["grade_text"] not in text:
        bad("%s: grade %s for %s" % (pid, t["grade"], stot))


def check_facts(pid, text):
    for ctx, stated, computed in FACTS[pid]:
        if ctx not in text:
            bad("%s: fact context not in text: %s" % (pid, ctx))
            continue
        if stated not in ctx:
            bad("%s: stated %s not inside %s" % (pid, stated, ctx))
            continue
        if not consistent(computed, stated):
            bad("%s: %s -> computed %s" % (pid, ctx, computed))


def check_edit(pid, n, clean, case, rows):
    i = 0
    while i < min(len(clean), len(case)) and clean[i] == case[i]:
        i += 1
    j = 0
    while j < min(len(clean), len(case)) - i and clean[-1 - j] == case[-1 - j]:
        j += 1
    old, new = clean[i:len(clean) - j], case[i:len(case) - j]
    if not old and not new:
        bad("%s-e%d: identical to clean" % (pid, n))
        return
    cl, cs = clean.split("\n"), case.split("\n")
    if len(cl) != len(cs):
        bad("%s-e%d: line count changed" % (pid, n))
        return
    changed = [k for k in range(len(cl)) if cl[k] != cs[k]]
    if rows == 1:
        if "\n" in old or "\n" in new or len(changed) != 1:
            bad("%s-e%d: edit crosses lines" % (pid, n))
        if max(len(old), len(new)) > 16:
            bad("%s-e%d: edit of %d characters" % (pid, n, max(len(old), len(new))))
    else:
        if len(changed) > 2 or (len(changed) == 2 and changed[1] != changed[0] + 1):
            bad("%s-e%d: score-row edit touches non-adjacent lines" % (pid, n))
        for k in changed:
            a, b = cl[k], cs[k]
            p = 0
            while p < min(len(a), len(b)) and a[p] == b[p]:
                p += 1
            q = 0
            while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
                q += 1
            if max(len(a) - p - q, len(b) - p - q) > 16:
                bad("%s-e%d: line %d changed by more than 16 characters" % (pid, n, k + 1))


def main():
    allowed = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
               "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
               "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
               "completion_mismatch"}
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    edits = {(e["p"], e["n"]): e for e in build.EDITS}
    counts = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        if not os.path.exists(path):
            bad("missing case %s" % lab["case"])
            continue
        text = open(path, encoding="utf-8").read()
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"] or text != clean:
                bad("%s: clean case with labels or different text" % lab["case"])
            continue
        if len(lab["expected"]) != 1:
            bad("%s: needs exactly one label" % lab["case"])
            continue
        exp = lab["expected"][0]
        counts[exp["code"]] = counts.get(exp["code"], 0) + 1
        if exp["code"] not in allowed or exp["severity"] != "error":
            bad("%s: code/severity %s/%s" % (lab["case"], exp["code"], exp["severity"]))
        v = exp["value"]
        if text.count(v) != 1:
            bad("%s: value occurs %d times in case" % (lab["case"], text.count(v)))
        if v in clean:
            bad("%s: value occurs in the clean draft" % lab["case"])
        n = int(re.search(r"-e(\d+)\.txt$", lab["case"]).group(1))
        check_edit(lab["source"], n, clean, text, edits[(lab["source"], n)].get("rows", 1))
    for code in sorted(allowed):
        if counts.get(code, 0) < 2:
            bad("code %s used %d times (< 2)" % (code, counts.get(code, 0)))
    for pid in build.PROJECTS:
        text = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        if not 2500 <= len(text) <= 6000:
            bad("%s: clean draft length %d" % (pid, len(text)))
        check_table(pid, text)
        check_facts(pid, text)
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("FAILED: %d problem(s)" % len(PROBLEMS))
        return 1
    print("codes: " + ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
    print("OK: %d cases, %d labelled errors" % (len(labels), sum(counts.values())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
