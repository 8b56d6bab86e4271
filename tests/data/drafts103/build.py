#!/usr/bin/env python3
"""Rebuild the error cases and labels.jsonl of set n103 from the clean drafts.

Each edit replaces one unique anchor of the clean draft (old -> new). The anchor is only there to
locate the edit; the real change is the differing part inside it (checked by verify.py: one
contiguous change of at most 16 characters on one line, or on two adjacent rows for score-row edits).
`value` is the exact substring of the error case that carries the wrong figure.
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sangzhi-xkweiyang-2019",
    "xiushui-chuxian-2021",
    "zijin-xkyanghu-2023",
    "anhua-jiance-2024",
    "luoding-xkweiyang-2018",
]

T = "\t"

# (project, n, code, old anchor, new anchor, value, explanation)
EDITS = [
    # ---------------- sangzhi 2019 (Hunan, maintenance, Hunan outline + MOF table) ----------------
    ("sangzhi-xkweiyang-2019", 1, "rate_mismatch",
     "县级配套资金｜20.00｜20.00｜20.00｜14.62｜73.10%",
     "县级配套资金｜20.00｜20.00｜20.00｜14.62｜10.55%",
     "14.62｜10.55%",
     "county row: 14.62 / 20.00 = 73.10%; 10.55% is 14.62 / 138.62, the county share of total spending, not its execution rate"),
    ("sangzhi-xkweiyang-2019", 2, "conflicting_values",
     "凉水口水库投资16.40万元，封堵",
     "凉水口水库投资14.60万元，封堵",
     "14.60万元",
     "凉水口水库 is 16.40万元 in the reservoir list (and the list adds up to 107.60 with 16.40); the prose paragraph retypes it as 14.60"),
    ("sangzhi-xkweiyang-2019", 3, "sum_mismatch",
     "其中：专项维修工程款102.22万元",
     "其中：专项维修工程款107.60万元",
     "全年实际支出138.62万元，其中：专项维修工程款107.60万元",
     "107.60 + 32.80 + 3.60 = 144.00, not 138.62: the 结算 amount of the special repairs was entered instead of the 102.22 actually paid (107.60 - 5.38 retention)"),
    ("sangzhi-xkweiyang-2019", 4, "grade_mismatch",
     "评价等级为优秀",
     "评价等级为良好",
     "评价等级为良好",
     "94.83 is in the 优 band (90-100), not 良"),
    ("sangzhi-xkweiyang-2019", 5, "year_mismatch",
     "全部为县级配套资金，结转至2020年继续使用",
     "全部为县级配套资金，结转至2019年继续使用",
     "结转至2019年",
     "the unspent part of the 2019 budget cannot be carried over to 2019 itself (the 其他 section says 2020)"),
    ("sangzhi-xkweiyang-2019", 6, "score_exceeds_weight",
     "坝体白蚁灭治数量｜≥8座｜9座｜6｜6｜新发现1座白蚁危害水库，一并灭治\n产出指标｜质量指标｜维修工程验收合格率｜100%｜100%｜8｜8｜",
     "坝体白蚁灭治数量｜≥8座｜9座｜6｜6.75｜新发现1座白蚁危害水库，一并灭治\n产出指标｜质量指标｜维修工程验收合格率｜100%｜100%｜8｜7.25｜",
     "坝体白蚁灭治数量｜≥8座｜9座｜6｜6.75",
     "score 6.75 (6 x 9/8) above the weight 6; the next row lowered 8 -> 7.25 so the total still reads 94.83"),

    # ---------------- xiushui 2021 (Jiangxi, 除险加固, table with 完成率) ----------------
    ("xiushui-chuxian-2021", 1, "balance_mismatch",
     "扣除执行数1,876.43万元，结余资金563.57万元",
     "扣除执行数1,876.43万元，结余资金648.89万元",
     "648.89万元",
     "到位 2440.00 - 执行 1876.43 = 563.57; 648.89 is 全年预算 2525.32 - 1876.43 although the sentence itself starts from 到位"),
    ("xiushui-chuxian-2021", 2, "unit_mismatch",
     "质量检测费18.64万元",
     "质量检测费186400万元",
     "186400万元",
     "the 质量检测费 of 186400元 (18.64万元) is labelled 万元: off by 10^4; with 18.64 the breakdown adds up to 1876.43"),
    ("xiushui-chuxian-2021", 3, "weight_sum_mismatch",
     "小(2)型水库平均单座投资｜≤160万元｜149.75万元｜100.00%｜6｜6｜",
     "小(2)型水库平均单座投资｜≤160万元｜149.75万元｜100.00%｜8｜6｜",
     "8｜6｜—\n效益指标｜经济效益指标｜恢复灌溉面积｜≥2.10万亩｜1.62万亩｜77.14%｜10｜7.71｜在建水库灌区效益未发挥\n效益指标｜社会效益指标｜保护下游人口｜≥4.50万人｜4.62万人｜102.67%｜10｜10｜—\n效益指标｜可持续影响指标｜工程管护责任落实｜全面落实｜部分落实｜—｜10｜7.00｜在建水库未移交\n满意度指标｜服务对象满意度指标｜受益群众满意度｜≥90%｜86.40%｜96.00%｜10｜9.60｜在建水库周边群众对工期不满意\n合计｜｜｜｜｜｜100",
     "cost row weight 6 -> 8 (last year's weight): weights now add to 102 (产出 52) against the 合计 100"),
    ("xiushui-chuxian-2021", 4, "completion_mismatch",
     "完成除险加固水库数量｜≥13座｜10座｜76.92%",
     "完成除险加固水库数量｜≥13座｜10座｜130.00%",
     "10座｜130.00%",
     "10 / 13 = 76.92%; 130.00% is the inverted ratio 13 / 10"),
    ("xiushui-chuxian-2021", 5, "average_mismatch",
     "平均每座342.62万元",
     "平均每座307.63万元",
     "平均每座307.63万元",
     "(412.60 + 318.45 + 296.80) / 3 = 342.62; 307.63 is the mean of the two finished 小(1)型 reservoirs only"),
    ("xiushui-chuxian-2021", 6, "implausible_rate",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%",
     "execution rate 100% printed on the carry-over row whose budget is 0.00 (rate on a zero base)"),

    # ---------------- zijin 2023 (Guangdong, maintenance + 物业化管护, markdown tables) ----------------
    ("zijin-xkyanghu-2023", 1, "score_sum_mismatch",
     "| 水库巡查到位率 | ≥95% | 91.20% | 4 | 3.84 |",
     "| 水库巡查到位率 | ≥95% | 91.20% | 4 | 4 |",
     "91.20% | 4 | 4 |\n| 产出指标 | 时效指标 | 重点维修9月30日前完工率 | ≥100% | 75.00% | 5 | 3.75 |\n| 产出指标 | 成本指标 | 专业化管护单价 | ≤0.60万元/座 | 0.60万元/座 | 5 | 5 |\n| 效益指标 | 社会效益指标 | 小型水库安全度汛率 | =100% | 100% | 10 | 10 |\n| 效益指标 | 经济效益指标 | 保障灌溉面积 | ≥3.60万亩 | 3.42万亩 | 10 | 9.50 |\n| 效益指标 | 社会效益指标 | 保护下游人口 | ≥8.50万人 | 8.73万人 | 8 | 8 |\n| 效益指标 | 可持续影响指标 | 管护长效机制 | 健全 | 部分达成 | 7 | 5.25 |\n| 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 91.60% | 10 | 10 |\n| 合计 | | | | | 100 | 94.88",
     "巡查到位率 row re-scored 3.84 -> 4 without updating the total: rows now add to 95.04, 合计 still 94.88"),
    ("zijin-xkyanghu-2023", 2, "sum_mismatch",
     "雨水情测报和安全监测设施运行维护22.45万元",
     "雨水情测报和安全监测设施运行维护24.25万元",
     "执行401.87万元，其中重点维修183.92万元、日常维修养护123.80万元、专业化管护61.20万元、白蚁防治10.50万元、雨水情测报和安全监测设施运行维护24.25万元",
     "183.92 + 123.80 + 61.20 + 10.50 + 24.25 = 403.67, not 401.87 (22.45 retyped as 24.25)"),
    ("zijin-xkyanghu-2023", 3, "conflicting_values",
     "牛角塘水库投资28.40万元，更换",
     "牛角塘水库投资24.80万元，更换",
     "24.80万元",
     "牛角塘水库 is 28.40万元 in the numbered list (which adds up to 183.92); the prose paragraph says 24.80"),
    ("zijin-xkyanghu-2023", 4, "rate_mismatch",
     "| 省级资金 | 147.00 | 147.00 | 134.26 | 91.33% |",
     "| 省级资金 | 147.00 | 147.00 | 134.26 | 93.13% |",
     "134.26 | 93.13%",
     "provincial row: 134.26 / 147.00 = 91.33%; digits transposed"),
    ("zijin-xkyanghu-2023", 5, "year_mismatch",
     "截至2023年12月31日，全年执行401.87万元",
     "截至2022年12月31日，全年执行401.87万元",
     "截至2022年12月31日",
     "the 2023 report states the year's spending as of 2022-12-31 (last year's sentence left in)"),
    ("zijin-xkyanghu-2023", 6, "average_mismatch",
     "其中5座小(1)型平均26.90万元",
     "其中5座小(1)型平均33.63万元",
     "其中5座小(1)型平均33.63万元",
     "(32.60 + 26.85 + 28.40 + 24.75 + 21.90) / 5 = 26.90; 33.63 divides the 134.50 by 4"),

    # ---------------- anhua 2024 (Hunan, monitoring + 安全鉴定, 指标性质/度量单位 table) ----------------
    ("anhua-jiance-2024", 1, "unit_mismatch",
     "完成大坝安全鉴定｜≥｜24｜座｜20｜",
     "完成大坝安全鉴定｜≥｜24｜座｜83.33%｜",
     "座｜83.33%",
     "target in 座 (≥24座), actual written as a percentage (the completion 83.33%) instead of 20座"),
    ("anhua-jiance-2024", 2, "score_exceeds_weight",
     "安装渗压计｜≥｜40｜支｜42｜4｜4｜—\n产出指标｜质量指标｜监测数据到报率｜≥｜95｜%｜92.10｜6｜5.82｜",
     "安装渗压计｜≥｜40｜支｜42｜4｜4.20｜—\n产出指标｜质量指标｜监测数据到报率｜≥｜95｜%｜92.10｜6｜5.62｜",
     "支｜42｜4｜4.20",
     "score 4.20 (4 x 42/40) above the weight 4; the next row lowered 5.82 -> 5.62 so the total still reads 89.06"),
    ("anhua-jiance-2024", 3, "balance_mismatch",
     "结余资金106.54万元",
     "结余资金114.54万元",
     "114.54万元",
     "到位 562.00 - 执行 455.46 = 106.54; 114.54 = 570.00 - 455.46, the budget before the county cut of 8.00"),
    ("anhua-jiance-2024", 4, "completion_mismatch",
     "目标为不低于60%，完成率83.33%",
     "目标为不低于60%，完成率100.00%",
     "完成率100.00%",
     "50.00% / 60% = 83.33%; 100.00% takes the 20 finished appraisals as base (12/20 = 60%, as if the target were met)"),
    ("anhua-jiance-2024", 5, "grade_mismatch",
     "项目自评得分89.06分，评价等级为良好",
     "项目自评得分89.06分，评价等级为优秀",
     "评价等级为优秀",
     "89.06 is below 90: band 良, not 优"),
    ("anhua-jiance-2024", 6, "weight_sum_mismatch",
     "建成监测设施水库｜≥｜40｜座｜34｜12｜10.20｜",
     "建成监测设施水库｜≥｜40｜座｜34｜14｜10.20｜",
     "14｜10.20｜6座无公网信号，设计变更\n产出指标｜数量指标｜完成大坝安全鉴定｜≥｜24｜座｜20｜10｜8.33｜鉴定单位检测力量不足\n产出指标｜数量指标｜安装渗压计｜≥｜40｜支｜42｜4｜4｜—\n产出指标｜质量指标｜监测数据到报率｜≥｜95｜%｜92.10｜6｜5.82｜阴雨天供电不足\n产出指标｜质量指标｜鉴定成果审定通过率｜=｜100｜%｜100｜6｜6｜—\n产出指标｜时效指标｜主汛期前完成鉴定占比｜≥｜60｜%｜50.00｜6｜5.00｜鉴定单位进场晚\n产出指标｜成本指标｜小(2)型监测设施单座造价｜≤｜9.00｜万元/座｜8.65｜6｜6｜—\n效益指标｜社会效益指标｜接入省级平台水库｜≥｜40｜座｜34｜10｜8.50｜同建成数\n效益指标｜社会效益指标｜三类坝列入除险加固计划率｜=｜100｜%｜100｜6｜6｜—\n效益指标｜社会效益指标｜水库安全事故｜=｜0｜起｜0｜6｜6｜—\n效益指标｜可持续影响指标｜运行维护机制｜定性｜健全｜—｜部分达成｜8｜5.60｜县级运维经费未落实\n满意度指标｜服务对象满意度指标｜水库管理人员满意度｜≥｜90｜%｜85.60｜10｜9.51｜部分站点运行不稳定\n总分｜｜｜｜｜｜｜100",
     "monitoring row weight 12 -> 14: weights now add to 102 (产出 52) against 总分 100"),

    # ---------------- luoding 2018 (Guangdong, Shanxi-style 行次 table, tab cells) ----------------
    ("luoding-xkweiyang-2018", 1, "implausible_rate",
     "预算到位率(%)" + T + "(6)=(3)/(2)" + T + "96.10" + T + "96.10" + T + "0" + T,
     "预算到位率(%)" + T + "(6)=(3)/(2)" + T + "96.10" + T + "96.10" + T + "100" + T,
     "96.10" + T + "96.10" + T + "100",
     "到位率 100 printed in the 中央级 column, whose 全年预算 is 0 (rate on a zero base; the other zero columns print 0)"),
    ("luoding-xkweiyang-2018", 2, "score_sum_mismatch",
     "大坝安全鉴定" + T + "6" + T + "≥8座" + T + "2座" + T + "25.00%" + T + "1.50",
     "大坝安全鉴定" + T + "6" + T + "≥8座" + T + "2座" + T + "25.00%" + T + "3.00",
     "3.00\n" + "\n".join([
         T.join(["安全管理标识牌设置", "6", "≥64座", "64座", "100.00%", "6"]),
         T.join(["工程验收合格率", "8", "=100%", "100%", "100.00%", "8"]),
         T.join(["重点维修年内完工率", "6", "=100%", "44.44%", "44.44%", "2.67"]),
         T.join(["重点维修单宗平均投资", "6", "≤12.00万元", "10.11万元", "100.00%", "6"]),
         T.join(["小计", "50", "", "", "", "36.95"])]),
     "安全鉴定 row re-scored 1.50 -> 3.00 without updating the 小计: the 产出 rows now add to 38.45, 小计 still 36.95"),
    ("luoding-xkweiyang-2018", 3, "conflicting_values",
     "白石坑水库投资14.25万元，护坡",
     "白石坑水库投资12.45万元，护坡",
     "12.45万元",
     "白石坑水库 is 14.25万元 in the list of 9 (which adds up to 91.00); the prose retypes it as 12.45"),
    ("luoding-xkweiyang-2018", 4, "unit_mismatch",
     "安全管理标识牌16.00万元",
     "安全管理标识牌160000万元",
     "160000万元",
     "the 标识牌 cost of 160000元 (64 x 2500元 = 16.00万元) is labelled 万元: off by 10^4; 64座 x 0.25万元 = 16.00"),
    ("luoding-xkweiyang-2018", 5, "sum_mismatch",
     "在建5宗预付款14.62万元",
     "在建5宗预付款16.24万元",
     "重点维修工程款50.12万元（已完工4宗结算支付35.50万元、在建5宗预付款16.24万元",
     "35.50 + 16.24 = 51.74, not 50.12 (14.62 retyped as 16.24)"),
    ("luoding-xkweiyang-2018", 6, "rate_mismatch",
     "75.21" + T + "47.69" + T,
     "75.21" + T + "59.62" + T,
     "75.21" + T + "59.62",
     "(7)=(4)/(2) for 市级: 18.60 / 39.00 = 47.69; 59.62 divides by the 到位 31.20 instead of the 全年预算"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = pid + "-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            if clean.count(old) != 1:
                raise SystemExit("anchor not unique in %s e%d: %r" % (pid, n, old))
            text = clean.replace(old, new, 1)
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), len(labels) - len(PROJECTS)))


if __name__ == "__main__":
    main()
