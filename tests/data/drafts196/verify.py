#!/usr/bin/env python3
"""Verify the n196 set.

1. every label value occurs in its case, and one occurrence overlaps the edited region;
2. every error case differs from its clean draft in exactly one short contiguous place;
3. the arithmetic of every clean draft is redone: funds components and rates, execution score,
   indicator weights, scores, completion rates, total, grade, and the figures stated in the prose.
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
FAIL = []


def fail(msg):
    FAIL.append(msg)


def dec_places(s):
    m = re.search(r"\d+(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", s.replace(",", ""))
    return D(m.group(0))


def agrees(stated, value):
    """stated string (e.g. '92.70%', '9.2', '2.14万元') against a computed Decimal, by the stated decimals."""
    d = dec_places(stated)
    return abs(D(value) - num(stated)) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- layouts of the tables
def j_tab(c): return "\t".join(c)
def j_space(c): return " ".join(c)
def j_flat(c): return "\n".join("\t" + x for x in c)
def j_fw(c): return "｜".join(c)
def j_ascii(c): return " | ".join(c)


# indicator rows: (name, target, actual, completion or None, weight, score)
# funds rows: (label, initial, annual, spent, weight, rate, score) in the printed order of the layout
PROJECTS = {
    "yunmeng-innovoucher-2021": dict(
        year=2021, join=j_tab, completion_col=True,
        funds=[("年度资金总额", "80.00", "106.50", "98.72", "10", "92.69%", "9.27"),
               ("其中：当年财政拨款", "80.00", "100.00", "92.22", "—", "92.22%", "—"),
               ("上年结转资金", "0.00", "6.50", "6.50", "—", "100.00%", "—"),
               ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")],
        rows=[("兑付创新券企业数", "≥40家", "43家", "107.50%", "10", "10"),
              ("签约科技服务机构数", "≥15家", "17家", "113.33%", "10", "10"),
              ("兑付审核合规率", "100%", "100%", "100.00%", "10", "10"),
              ("兑付资金按时拨付率", "≥95%", "90.7%", "95.47%", "10", "9.55"),
              ("单家企业最高兑付额", "≤5万元", "4.80万元", "100.00%", "10", "10"),
              ("带动企业新增研发投入", "≥2000万元", "2365万元", "118.25%", "10", "10"),
              ("产学研合作项目数", "≥50项", "46项", "92.00%", "10", "9.2"),
              ("创新券政策企业知晓率", "≥85%", "88%", "103.53%", "10", "10"),
              ("企业满意度", "≥90%", "93.3%", "103.67%", "10", "10")],
        blocks={"产出": range(0, 5), "效益": range(5, 8), "满意度": range(8, 9)},
        total_row="总分\t\t\t\t\t\t100\t98.02", total="98.02", grade_text="评价等级为“优”",
        facts=[
            ("全年预算调整为106.50万元，其中当年财政拨款100.00万元", "106.50万元", D("100.00") + D("6.50")),
            ("当年财政拨款100.00万元（县级财政安排80.00万元、省级补助20.00万元）", "100.00", D("80.00") + D("20.00")),
            ("项目实际支出98.72万元，其中兑付创新券92.10万元，专家评审、政策宣传培训等工作经费6.62万元", "98.72万元", D("92.10") + D("6.62")),
            ("预算执行率92.69%", "92.69%", D("98.72") / D("106.50") * 100),
            ("结余7.78万元", "7.78万元", D("106.50") - D("98.72")),
            ("户均兑付2.14万元", "2.14万元", D("92.10") / 43),
            ("单家企业年度兑付额度最高不超过50000元", "50000元", D("5") * 10000),
            ("比年度目标多3家", "3家", D(43 - 40)),
            ("4家企业因服务合同与发票内容不一致未予兑付", "4家", D(47 - 43)),
            ("签约科技服务机构17家，其中高校及科研院所6家、第三方检验检测机构11家", "17", D(6 + 11)),
            ("按承诺时限拨付39家，按时拨付率90.7%", "90.7%", D(39) / 43 * 100),
            ("其中表示“满意”的56份，满意度为93.3%", "93.3%", D(56) / 60 * 100),
            ("比目标少4项", "4项", D(50 - 46)),
            ("预算执行得分9.27分", "9.27", r2(D(10) * D("98.72") / D("106.50"))),
            ("产出指标得分49.55分", "49.55", D("10") + 10 + 10 + D("9.55") + 10),
            ("效益指标得分29.20分", "29.20", D(10) + D("9.2") + 10),
            ("综合自评得分98.02分", "98.02", D("9.27") + D("49.55") + D("29.20") + 10),
        ]),
    "wuping-techenvoy-2020": dict(
        year=2020, join=j_space, completion_col=False,
        funds=[("年度资金总额", "84.00", "84.00", "79.80", "10", "95.00%", "9.50"),
               ("其中：当年财政拨款", "84.00", "84.00", "79.80", "—", "95.00%", "—"),
               ("上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"),
               ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")],
        rows=[("选派科技特派员人数", "≥30人", "32人", None, "8", "8"),
              ("开展技术培训场次", "≥60场次", "66场次", None, "8", "8"),
              ("培训农民人次", "≥3000人次", "3412人次", None, "8", "8"),
              ("引进推广新品种新技术", "≥25项", "27项", None, "8", "8"),
              ("特派员年度考核合格率", "≥95%", "100%", None, "6", "6"),
              ("补助资金发放及时率", "100%", "100%", None, "6", "6"),
              ("人均工作经费补助", "≤2万元", "2万元", None, "6", "6"),
              ("带动服务对象增收", "≥1500万元", "1620万元", None, "10", "10"),
              ("服务农业企业及合作社数", "≥80家", "76家", None, "10", "9.5"),
              ("建立科技示范基地", "≥12个", "12个", None, "10", "10"),
              ("服务对象满意度", "≥90%", "96%", None, "10", "10")],
        blocks={"产出": range(0, 7), "效益": range(7, 10), "满意度": range(10, 11)},
        total_row="总分 100 99", total="99", grade_text="自评等级 优",
        facts=[
            ("项目年初预算84.00万元，其中县级财政安排60.00万元，省级科技特派员专项经费24.00万元", "84.00万元", D("60.00") + D("24.00")),
            ("全年实际支出79.80万元，预算执行率95.00%", "95.00%", D("79.80") / D("84.00") * 100),
            ("按每人每年20000元标准发放科技特派员工作经费补助，共计64.00万元", "64.00万元", D(32) * 20000 / 10000),
            ("共计64.00万元；开展农业实用技术培训支出9.60万元；科技示范基地建设补助6.20万元", "64.00", D("79.80") - D("9.60") - D("6.20")),
            ("结余4.20万元", "4.20万元", D("84.00") - D("79.80")),
            ("其中省级9人、市级11人、县级12人", "9人", D(32 - 11 - 12)),
            ("其中新品种15个、新技术12项", "15个", D(27 - 12)),
            ("其中考核优秀7人、合格25人", "25人", D(32 - 7)),
            ("特派员人均工作经费补助2万元", "2万元", D("64.00") / 32),
            ("较年度目标少4家", "4家", D(80 - 76)),
            ("高于目标值8%", "8%", (D(1620) - 1500) / 1500 * 100),
            ("分别为95%、97%、96%，综合满意度96%", "满意度96%", (D(95) + 97 + 96) / 3),
            ("回收有效问卷300份。", "300份", D(3 * 100)),
            ("预算执行率得分9.5分", "9.5", D(10) * D("79.80") / D("84.00")),
            ("产出指标得分50分", "50", D(8 * 4 + 6 * 3)),
            ("效益指标得分29.5分", "29.5", D(10) + D("9.5") + 10),
            ("本项目自评得分99分", "99", D("9.5") + 50 + D("29.5") + 10),
            ("预算执行率10分、产出指标50分、效益指标30分、满意度指标10分，满分100分", "100分", D(10 + 50 + 30 + 10)),
        ]),
    "luannan-econcensus-2023": dict(
        year=2023, join=j_flat, completion_col=False,
        funds=[("年度资金总额", "120.00", "155.60", "142.35", "10", "91.48%", "9.15"),
               ("其中：县级财政资金", "120.00", "120.00", "106.75", "—", "—", "—"),
               ("上级补助资金", "0.00", "35.60", "35.60", "—", "—", "—"),
               ("上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—")],
        rows=[("清查单位数", "≥8500个", "9286个", None, "10", "10"),
              ("选聘普查员和普查指导员", "≥700人", "720人", None, "8", "8"),
              ("组织业务培训", "≥15期", "18期", None, "7", "7"),
              ("清查数据差错率", "≤1%", "0.6%", None, "10", "10"),
              ("单位清查完成时间", "2023年12月31日前", "2023年12月28日", None, "8", "8"),
              ("普查员劳务补助标准", "≤1200元/人", "1200元/人", None, "7", "7"),
              ("清查数据按时上报率", "100%", "100%", None, "15", "15"),
              ("基本单位名录库更新", "持续更新完善", "已全面更新，部分个体户待核实", None, "15", "14"),
              ("普查对象满意度", "≥90%", "92%", None, "10", "10")],
        blocks={"产出": range(0, 6), "效益": range(6, 8), "满意度": range(8, 9)},
        total_row=j_flat(["总分", "", "", "", "", "100", "98.15"]), total="98.15", grade_text="评价等级为优秀",
        facts=[
            ("年内省、市下达经济普查补助资金35.60万元，全年预算155.60万元", "155.60万元", D("120.00") + D("35.60")),
            ("全年实际支出142.35万元，预算执行率91.48%", "91.48%", D("142.35") / D("155.60") * 100),
            ("劳务补助86.40万元（720人，每人1200元）", "86.40万元", D(720) * 1200 / 10000),
            ("业务培训费12.75万元，宣传动员费8.60万元，印刷及办公用品10.30万元，数据处理设备购置24.30万元", "24.30万元",
             D("142.35") - D("86.40") - D("12.75") - D("8.60") - D("10.30")),
            ("年末未支出13.25万元", "13.25万元", D("155.60") - D("142.35")),
            ("清查单位9286个，其中法人单位2814个、产业活动单位603个、个体经营户5869个", "9286个", D(2814 + 603 + 5869)),
            ("完成年度目标的109.25%", "109.25%", D(9286) / 8500 * 100),
            ("清查单位数超出目标值9.25%", "9.25%", (D(9286) - 8500) / 8500 * 100),
            ("选聘普查指导员96人、普查员624人，共720人", "720人", D(96 + 624)),
            ("表示满意的460户，满意度92%", "92%", D(460) / 500 * 100),
            ("本项目自评得分98.15分", "98.15", r2(D(10) * D("142.35") / D("155.60")) + 50 + 29 + 10),
            ("名录库更新指标扣1分", "1分", D(15 - 14)),
            ("全年预算执行率约91.5%", "91.5%", D("91.48")),
        ]),
    "fuling-statsurvey-2022": dict(
        year=2022, join=j_fw, completion_col=True,
        funds=[("年度资金总额", "68.00", "72.50", "58.00", "10", "80.00%", "8.00"),
               ("其中：当年财政拨款", "68.00", "68.00", "53.50", "—", "78.68%", "—"),
               ("上年结转资金", "0.00", "4.50", "4.50", "—", "100.00%", "—"),
               ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")],
        rows=[("常规统计调查项目", "≥12项", "12项", "100.00%", "10", "10"),
              ("住户调查记账户", "≥200户", "200户", "100.00%", "10", "10"),
              ("统计执法检查单位", "≥60家", "36家", "60.00%", "10", "6"),
              ("数据差错率", "≤1%", "0.8%", "100.00%", "10", "10"),
              ("统计报表按时报送率", "≥98%", "99.2%", "101.22%", "10", "10"),
              ("发布统计分析报告", "≥20篇", "12篇", "60.00%", "10", "6"),
              ("统计信息被采用次数", "≥10次", "11次", "110.00%", "10", "10"),
              ("镇乡街道统计基础规范化达标占比", "≥80%", "74%", "92.50%", "10", "9.25"),
              ("数据使用部门满意度", "≥90%", "88%", "97.78%", "10", "9.78")],
        blocks={"产出": range(0, 5), "效益": range(5, 8), "满意度": range(8, 9)},
        total_row="合计｜｜｜｜｜｜100｜89.03", total="89.03", grade_text="评价等级为“良”",
        facts=[
            ("上年结转资金4.50万元，全年预算72.50万元", "72.50万元", D("68.00") + D("4.50")),
            ("全年实际支出58.00万元，预算执行率80.00%", "80.00%", D("58.00") / D("72.50") * 100),
            ("其中当年财政拨款支出53.50万元、上年结转资金支出4.50万元", "53.50万元", D("58.00") - D("4.50")),
            ("年末结余14.50万元", "14.50万元", D("72.50") - D("58.00")),
            ("住户调查记账补贴24.00万元（记账户200户，每户每年补贴1200元）", "24.00万元", D(200) * 1200 / 10000),
            ("劳动力调查8.40万元，规上企业统计监测及专项调查15.60万元，统计执法检查4.20万元，数据质量核查及统计宣传5.80万元",
             "5.80万元", D("58.00") - D("24.00") - D("8.40") - D("15.60") - D("4.20")),
            ("每户每月100元", "100元", D(1200) / 12),
            ("全区27个镇乡街道中20个达到统计基础规范化标准，达标占比74%", "74%", D(20) / 27 * 100),
            ("主要是7个镇乡街道统计人员变动较大", "7个", D(27 - 20)),
            ("表示满意的44份，满意度88%", "88%", D(44) / 50 * 100),
            ("预算执行率仅为80.00%，结余14.50万元", "14.50万元", D("72.50") - D("58.00")),
            ("预算执行得分8.00分", "8.00", D(10) * D("58.00") / D("72.50")),
            ("产出指标得分46分", "46", D(10 + 10 + 6 + 10 + 10)),
            ("效益指标得分25.25分", "25.25", D(6) + 10 + D("9.25")),
            ("综合得分89.03分", "89.03", D("8.00") + 46 + D("25.25") + D("9.78")),
        ]),
    "zhungeer-hitechcultivate-2024": dict(
        year=2024, join=j_ascii, completion_col=False,
        funds=[("年度资金总额", "240.00", "300.00", "286.00", "10", "95.33%", "9.53"),
               ("其中：当年财政拨款", "240.00", "300.00", "286.00", "—", "95.33%", "—"),
               ("上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"),
               ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")],
        rows=[("新认定高新技术企业数", "≥14家", "12家", None, "10", "8.57"),
              ("科技型中小企业入库培育数", "≥20家", "23家", None, "10", "10"),
              ("组织高企申报培训", "≥4场", "5场", None, "5", "5"),
              ("奖补资金审核合规率", "100%", "100%", None, "10", "10"),
              ("奖补资金拨付时间", "2024年12月31日前", "2024年12月20日", None, "5", "5"),
              ("新认定企业奖励标准", "≤20万元/家", "20万元/家", None, "10", "10"),
              ("高企研发投入总额", "≥3.5亿元", "3.82亿元", None, "10", "10"),
              ("全旗有效期内高新技术企业数", "≥60家", "63家", None, "10", "10"),
              ("高企培育梯队建设", "梯队持续完善", "培育库动态管理，梯队基本形成", None, "10", "9"),
              ("受奖补企业满意度", "≥95%", "97%", None, "10", "10")],
        blocks={"产出": range(0, 6), "效益": range(6, 9), "满意度": range(9, 10)},
        total_row="| 总分 |  |  |  |  | 100 | 97.10 |", total="97.10", grade_text="评价等级为优秀",
        facts=[
            ("年中鄂尔多斯市科技局下达市级科技创新引导资金60.00万元，全年预算300.00万元", "300.00万元", D("240.00") + D("60.00")),
            ("新认定高新技术企业奖励240.00万元（12家，每家20万元）", "240.00万元", D(12) * 20),
            ("培育库入库企业补助46.00万元（23家，每家2万元）", "46.00万元", D(23) * 2),
            ("全年实际支出286.00万元", "286.00万元", D("240.00") + D("46.00")),
            ("预算执行率95.33%", "95.33%", D("286.00") / D("300.00") * 100),
            ("结余资金14.00万元", "14.00万元", D("300.00") - D("286.00")),
            ("其中新材料领域5家、现代煤化工领域4家、电子信息及其他领域3家", "5家", D(12 - 4 - 3)),
            ("比上年的9家增加3家", "3家", D(12 - 9)),
            ("累计培训企业财务、研发人员410人次，场均82人次", "82人次", D(410) / 5),
            ("（2023年末为54家，本年新认定12家，资格到期未重新认定3家）", "54家", D(63 - 12 + 3)),
            ("平均每家约606万元", "606万元", D("3.82") * 10000 / 63),
            ("向35家受奖补企业发放问卷35份", "35家", D(12 + 23)),
            ("34家表示满意，满意度97%", "97%", D(34) / 35 * 100),
            ("新认定企业12家全部表示满意，入库培育企业23家中22家表示满意", "22家", D(34 - 12)),
            ("主要是2家申报企业", "2家", D(14 - 12)),
            ("预算执行得分9.53分", "9.53", r2(D(10) * D("286.00") / D("300.00"))),
            ("产出指标得分48.57分", "48.57", D("8.57") + 10 + 5 + 10 + 5 + 10),
            ("效益指标得分29分", "29", D(10 + 10 + 9)),
            ("总得分97.10分", "97.10", D("9.53") + D("48.57") + 29 + 10),
        ]),
}

# figures in the prose that restate a table row's 实际完成值: (snippet, stated, row name)
LINKS = {
    "yunmeng-innovoucher-2021": [
        ("全年兑付创新券企业43家", "43家", "兑付创新券企业数"),
        ("签约科技服务机构17家", "17家", "签约科技服务机构数"),
        ("按时拨付率90.7%", "90.7%", "兑付资金按时拨付率"),
        ("单家企业最高兑付4.80万元，未超过", "4.80万元", "单家企业最高兑付额"),
        ("全年新增研发投入2365万元", "2365万元", "带动企业新增研发投入"),
        ("产学研合作项目46项", "46项", "产学研合作项目数"),
        ("知晓率达到88%", "88%", "创新券政策企业知晓率"),
        ("企业满意度93.3%", "93.3%", "企业满意度"),
    ],
    "wuping-techenvoy-2020": [
        ("数量指标：选派科技特派员32人", "32人", "选派科技特派员人数"),
        ("开展技术培训66场次", "66场次", "开展技术培训场次"),
        ("培训农民3412人次", "3412人次", "培训农民人次"),
        ("引进推广新品种新技术27项，其中", "27项", "引进推广新品种新技术"),
        ("带动服务对象增收1620万元。", "1620万元", "带动服务对象增收"),
        ("服务农业企业及农民专业合作社76家", "76家", "服务农业企业及合作社数"),
        ("建立科技示范基地12个", "12个", "建立科技示范基地"),
        ("综合满意度96%", "96%", "服务对象满意度"),
        ("特派员人均工作经费补助2万元", "2万元", "人均工作经费补助"),
    ],
    "luannan-econcensus-2023": [
        ("清查单位9286个", "9286个", "清查单位数"),
        ("普查员624人，共720人", "720人", "选聘普查员和普查指导员"),
        ("举办业务培训18期", "18期", "组织业务培训"),
        ("差错率0.6%", "0.6%", "清查数据差错率"),
        ("单位清查于2023年12月28日", "2023年12月28日", "单位清查完成时间"),
        ("清查数据按时上报率100%", "100%", "清查数据按时上报率"),
        ("表示满意的460户，满意度92%", "92%", "普查对象满意度"),
    ],
    "fuling-statsurvey-2022": [
        ("常规统计调查项目12项", "12项", "常规统计调查项目"),
        ("住户调查样本200户", "200户", "住户调查记账户"),
        ("对36家调查对象开展统计执法检查", "36家", "统计执法检查单位"),
        ("数据差错率0.8%", "0.8%", "数据差错率"),
        ("统计报表按时报送率99.2%", "99.2%", "统计报表按时报送率"),
        ("发布统计分析报告12篇", "12篇", "发布统计分析报告"),
        ("采用11次", "11次", "统计信息被采用次数"),
        ("达标占比74%", "74%", "镇乡街道统计基础规范化达标占比"),
        ("表示满意的44份，满意度88%", "88%", "数据使用部门满意度"),
    ],
    "zhungeer-hitechcultivate-2024": [
        ("全年新认定高新技术企业12家", "12家", "新认定高新技术企业数"),
        ("科技型中小企业入库培育23家", "23家", "科技型中小企业入库培育数"),
        ("组织高企申报政策培训5场", "5场", "组织高企申报培训"),
        ("于2024年12月20日前全部拨付", "2024年12月20日", "奖补资金拨付时间"),
        ("高新技术企业达到63家", "63家", "全旗有效期内高新技术企业数"),
        ("全年研发投入3.82亿元", "3.82亿元", "高企研发投入总额"),
        ("满意度97%", "97%", "受奖补企业满意度"),
    ],
}


def split_target(s):
    """-> (kind, direction, number, unit)"""
    if re.search(r"\d{4}年\d+月", s):
        return ("date", None, None, None)
    m = re.match(r"^(≥|≤|＞|＜)?\s*(\d+(?:\.\d+)?)(.*)$", s)
    if not m:
        return ("qual", None, None, None)
    sign, n, unit = m.groups()
    direction = "lte" if sign in ("≤", "＜") else "gte"
    return ("num", direction, D(n), unit)


def check_project(pid, p, text):
    join = p["join"]
    # funds block
    cols = [[], [], []]
    for row in p["funds"]:
        s = join(list(row))
        if s not in text:
            fail(f"{pid}: funds row not found: {s!r}")
        for k in range(3):
            cols[k].append(D(row[k + 1]))
        if row[5] != "—":
            ann, sp = D(row[2]), D(row[3])
            if ann == 0 or not agrees(row[5], sp / ann * 100):
                fail(f"{pid}: rate {row[5]} of {row[0]} != {sp}/{ann}")
    for k in range(3):
        if cols[k][0] != sum(cols[k][1:]):
            fail(f"{pid}: funds column {k} total {cols[k][0]} != sum {sum(cols[k][1:])}")
    tot = p["funds"][0]
    rate = D(tot[3]) / D(tot[2])
    exec_score = D(tot[6])
    if not (agrees(tot[6], D(tot[4]) * min(rate, D(1))) or agrees(tot[6], D(tot[4]) * num(tot[5]) / 100)):
        fail(f"{pid}: execution score {tot[6]} != {tot[4]} x {rate}")
    if D(tot[3]) > D(tot[2]):
        fail(f"{pid}: spending above budget")
    # indicators
    wsum, ssum = D(tot[4]), exec_score
    for (name, target, actual, comp, w, sc) in p["rows"]:
        cells = [name, target, actual] + ([comp] if p["completion_col"] else []) + [w, sc]
        s = join(cells)
        if s not in text:
            fail(f"{pid}: indicator row not found: {s!r}")
        W, S = D(w), D(sc)
        wsum += W
        ssum += S
        if S > W or S < 0:
            fail(f"{pid}: {name} score {sc} outside [0, {w}]")
        kind, direction, T, tu = split_target(target)
        if kind == "num":
            akind, _, A, au = split_target(actual)
            if akind != "num" or au != tu:
                fail(f"{pid}: {name} unit of actual {actual!r} differs from target {target!r}")
                continue
            if direction == "gte":
                c = A / T * 100
                expect = W * min(A / T, D(1))
            else:
                c = D(100) if A <= T else T / A * 100
                expect = W if A <= T else W * T / A
            if comp is not None and not agrees(comp, c):
                fail(f"{pid}: {name} completion {comp} != {c:.4f}")
            if not agrees(sc, expect):
                fail(f"{pid}: {name} score {sc} != {expect:.4f}")
        elif kind == "qual":
            if S < W * D("0.8"):
                fail(f"{pid}: qualitative {name} scored below the achieved band")
        elif kind == "date":
            if str(p["year"]) not in target or str(p["year"]) not in actual:
                fail(f"{pid}: {name} dates outside {p['year']}")
            if S != W:
                fail(f"{pid}: date row {name} not full marks")
    if wsum != 100:
        fail(f"{pid}: weights add to {wsum}")
    blocks = {k: sum(D(p["rows"][i][4]) for i in v) for k, v in p["blocks"].items()}
    if blocks != {"产出": 50, "效益": 30, "满意度": 10}:
        fail(f"{pid}: block weights {blocks}")
    if not agrees(p["total"], ssum) or num(p["total"]) != ssum:
        fail(f"{pid}: total {p['total']} != sum {ssum}")
    if p["total_row"] not in text:
        fail(f"{pid}: total row not found {p['total_row']!r}")
    g = grade_of(p["total"])
    if p["grade_text"] not in text or g not in p["grade_text"]:
        fail(f"{pid}: grade {p['grade_text']} vs band {g}")
    # prose facts
    for snippet, stated, value in p["facts"]:
        if snippet not in text:
            fail(f"{pid}: fact snippet not found: {snippet!r}")
            continue
        if stated not in snippet:
            fail(f"{pid}: {stated!r} not inside {snippet!r}")
            continue
        if not agrees(stated, value):
            fail(f"{pid}: {snippet!r}: stated {stated} but computed {value}")
    # the same quantity has the same value in text and table
    actual = {r[0]: r[2] for r in p["rows"]}
    for snippet, stated, row in LINKS[pid]:
        if snippet not in text or stated not in snippet:
            fail(f"{pid}: link snippet not found: {snippet!r}")
        elif actual[row] != stated:
            fail(f"{pid}: text {stated} vs table {row} {actual[row]}")
    # evaluation year: title and table header name the same year
    y = p["year"]
    head = [l for i, l in enumerate(text.splitlines()) if i < 5 or "自评表" in l]
    title_years = set(re.findall(r"(20\d\d)年度", "\n".join(head)))
    if title_years != {str(y)}:
        fail(f"{pid}: title / table header years {title_years}, expected only {y}")
    if re.search(rf"结转至{y}年|结转至{y - 1}年", text):
        fail(f"{pid}: carry-over into the evaluation year or earlier")


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ disagree")
    clean = {}
    for pid, p in PROJECTS.items():
        text = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        clean[pid] = text
        n = len(text)
        if not 3000 <= n <= 5000:
            fail(f"{pid}: clean draft has {n} characters (3000-5000 wanted)")
        check_project(pid, p, text)
    per_code = {}
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        base = clean[rec["source"]]
        if rec["clean"]:
            if rec["expected"] or text != base:
                fail(f"{rec['case']}: clean case with labels or differing text")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected one label")
        if not 3000 <= len(text) <= 9000:
            fail(f"{rec['case']}: {len(text)} characters")
        s, e_old, e_new = diff_region(base, text)
        if e_old <= s and e_new <= s:
            fail(f"{rec['case']}: identical to the clean draft")
        if e_old - s > 12 or e_new - s > 12:
            fail(f"{rec['case']}: changed region too long ({base[s:e_old]!r} -> {text[s:e_new]!r})")
        for exp in rec["expected"]:
            per_code[exp["code"]] = per_code.get(exp["code"], 0) + 1
            if exp["severity"] != "error" or exp["code"] not in CODES:
                fail(f"{rec['case']}: bad code/severity {exp}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{rec['case']}: value {v!r} not in case")
            elif not any(o < max(e_new, s + 1) and s < o + len(v) for o in occ):
                fail(f"{rec['case']}: value {v!r} does not cover the change {text[s:e_new]!r}")
    for c in CODES:
        if per_code.get(c, 0) < 2:
            fail(f"code {c} used {per_code.get(c, 0)} times (need 2)")
    by_src = {}
    for rec in labels:
        by_src.setdefault(rec["source"], []).append(rec)
    for src, recs in by_src.items():
        if sum(1 for r in recs if not r["clean"]) != 6:
            fail(f"{src}: not six error cases")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, {len(PROJECTS)} clean drafts re-checked, codes: "
          + ", ".join(f"{c}={per_code[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
