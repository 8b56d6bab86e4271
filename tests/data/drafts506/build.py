#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts506 from the clean drafts.

Each edit is (case suffix, code, old, new, value, where, explanation):
  old   occurs exactly once in the clean draft and is replaced by new (one contiguous edit);
  value is the labelled substring of the error case (contains the changed figure, occurs once).
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hulu-xushui-2019",
    "hulu-lukou-2021",
    "hulu-maiji-bumen-2023",
    "hulu-guiding-2022",
    "hulu-zhaohua-2025",
]

EDITS = {
    "hulu-xushui-2019": [
        ("e1", "score_exceeds_weight",
         "125.00%｜10｜10\n效益指标｜可持续影响指标｜护路联防长效机制｜健全｜健全｜—｜10｜9",
         "125.00%｜10｜11\n效益指标｜可持续影响指标｜护路联防长效机制｜健全｜健全｜—｜10｜8",
         "125.00%｜10｜11",
         "自评表 社会效益 row 危及行车安全路外案件同比下降率",
         "score 11 above the weight 10 (the next row, the qualitative 长效机制, drops 9 -> 8 inside its "
         "achieved band, so the total still reads 98.17)"),
        ("e2", "rate_mismatch",
         "预算执行率96.67%", "预算执行率96.76%", "预算执行率96.76%",
         "prose 二（二）资金使用情况",
         "66.12 / 68.40 = 96.67%, stated 96.76%"),
        ("e3", "implausible_rate",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%",
         "自评表 funds block, row 上年结转资金",
         "execution rate 100.00% printed on a zero base (全年预算数 0.00); must be —"),
        ("e4", "sum_mismatch",
         "违章建筑和堆积物27处", "违章建筑和堆积物24处", "违章建筑和堆积物24处",
         "prose 三（一）产出情况, breakdown of the 134 hazards",
         "89 + 24 + 18 = 131, stated total 134 (clean: 27)"),
        ("e5", "conflicting_values",
         "全年累计巡防19230公里", "全年累计巡防19320公里", "全年累计巡防19320公里",
         "prose 五、自评结论",
         "the same patrol distance is 19230公里 in section 三 and in the 自评表"),
        ("e6", "unit_mismatch",
         "×1800元/人·月标准", "×1800万元/人·月标准", "1800万元/人·月",
         "prose 二（二）, staff × months × 元/人·月",
         "24 × 12 × 1800万元 = 518400万元 against 合计518400元 and the 1800元/人·月 standard: "
         "the 元 rate written as 万元, off by 10^4"),
    ],
    "hulu-lukou-2021": [
        ("e1", "average_mismatch",
         "平均每镇36处", "平均每镇38处", "平均每镇38处",
         "prose 四（一）产出, 分别 list by township",
         "(46 + 38 + 41 + 29 + 26) / 5 = 36, stated 38"),
        ("e2", "sum_mismatch",
         "11.40万元", "11.04万元", "11.04万元",
         "prose 二（一）, 分别 list of township payments",
         "12.60 + 9.80 + 11.04 + 8.20 + 7.50 = 49.14, stated 合计49.50万元"),
        ("e3", "balance_mismatch",
         "未使用资金7.30万元", "未使用资金7.03万元", "未使用资金7.03万元",
         "prose 二（一）, carry-over",
         "到位 91.50 - 执行 84.20 = 7.30, stated 7.03"),
        ("e4", "year_mismatch",
         "结转至2022年", "结转至2021年", "结转至2021年",
         "prose 二（一）, carry-over",
         "money unspent in the 2021 report is carried to 2021 itself; must be a later year (2022)"),
        ("e5", "completion_mismatch",
         "22356公里\t103.50%", "22356公里\t105.30%", "105.30%",
         "自评表 row 护路员巡防里程",
         "22356 / 21600 = 103.50%, stated 105.30%"),
        ("e6", "grade_mismatch",
         "评价等级为优秀", "评价等级为良好", "评价等级为良好",
         "prose after the 自评表",
         "98.72 is in the 优 band (>= 90)"),
    ],
    "hulu-maiji-bumen-2023": [
        ("e1", "weight_sum_mismatch",
         "规范运行\t规范运行\t10\t9", "规范运行\t规范运行\t9\t9", "规范运行\t9\t9",
         "自评表 row 中心规范运行 (weight column)",
         "weights now total 99 against the 合计 100 (row weight 10 -> 9; its score 9 stays inside the "
         "achieved band and within the weight)"),
        ("e2", "rate_mismatch",
         "执行率99.62%", "执行率99.26%", "执行率99.26%",
         "prose 二（二）预算执行, 基本支出",
         "基本支出 195.26 / 196.00 = 99.62%, stated 99.26%"),
        ("e3", "score_sum_mismatch",
         "规范运行\t规范运行\t10\t9", "规范运行\t规范运行\t10\t8", "规范运行\t10\t8",
         "自评表 row 中心规范运行 (score column)",
         "row scores now add to 95.47 while 合计 and the conclusion state 96.47 (the qualitative score 8 "
         "is still inside the achieved band)"),
        ("e4", "score_exceeds_weight",
         "0起\t10\t10\n效益指标\t可持续影响\t中心规范运行\t规范运行\t规范运行\t10\t9",
         "0起\t10\t11\n效益指标\t可持续影响\t中心规范运行\t规范运行\t规范运行\t10\t8",
         "路外伤亡事故\t=0起\t0起\t10\t11",
         "自评表 row 路外伤亡事故",
         "score 11 above the weight 10 (the next row drops 9 -> 8 inside its band, so the total still "
         "reads 96.47)"),
        ("e5", "average_mismatch",
         "季均95件", "季均97件", "季均97件",
         "prose 三（一）3, quarterly 分别 list",
         "(86 + 104 + 97 + 93) / 4 = 95, stated 97"),
        ("e6", "grade_mismatch",
         "评价等级为优", "评价等级为良", "评价等级为良",
         "prose 五、自评结论",
         "96.47 is in the 优 band (>= 90)"),
    ],
    "hulu-guiding-2022": [
        ("e1", "balance_mismatch",
         "资金结余7.70万元", "资金结余7.07万元", "资金结余7.07万元",
         "prose below the funds table",
         "到位 66.00 - 执行 58.30 = 7.70, stated 7.07"),
        ("e2", "completion_mismatch",
         "76处｜84.44%", "76处｜88.44%", "76处｜88.44%",
         "自评表 row 排查整治沿线安全隐患",
         "76 / 90 = 84.44%, stated 88.44% (the score 8.44 still follows the true completion)"),
        ("e3", "unit_mismatch",
         "州级追加补助12.00万元", "州级追加补助12.00亿元", "州级追加补助12.00亿元",
         "prose 一（一）, budget split by level",
         "20.00 + 12.00亿元 + 40.00 cannot give 72.00万元; the 州级 amount is 12.00万元 in the funds "
         "table: 亿元 for 万元, off by 10^4"),
        ("e4", "implausible_rate",
         "87.50｜—｜—", "87.50｜100.00｜—", "87.50｜100.00",
         "funds table row 预算执行率(%), column 上年结转资金",
         "a rate of 100.00 printed on a zero base (上年结转资金 (2) = 0.00)"),
        ("e5", "score_sum_mismatch",
         "自评得分87.65分", "自评得分87.56分", "自评得分87.56分",
         "prose 二、项目绩效情况",
         "row scores add to 87.65 (合计 row), text states 87.56 (grade 良 still fits both)"),
        ("e6", "year_mismatch",
         "截至2022年12月31日", "截至2023年12月31日", "截至2023年12月31日",
         "prose below the funds table",
         "the 2022 report states its year-end figures as of 2023-12-31"),
    ],
    "hulu-zhaohua-2025": [
        ("e1", "weight_sum_mismatch",
         "基本实现｜10｜7", "基本实现｜11｜7", "基本实现｜11｜7",
         "自评表 row 护路联防机制运行 (weight column)",
         "indicator weights now add to 91 (stated 绩效指标分值90分) and the table to 101 against 总分 100 "
         "(score 7 is still inside the 部分达成 band of 11)"),
        ("e2", "completion_mismatch",
         "完成年度目标的95.00%", "完成年度目标的93.00%", "完成年度目标的93.00%",
         "prose 四（一）项目完成情况",
         "57 / 60 = 95.00%, stated 93.00%"),
        ("e3", "year_mismatch",
         "2024年12月提前下达", "2023年12月提前下达", "2023年12月提前下达",
         "prose 二（二）资金到位",
         "an advance for the 2025 budget can be issued in December 2024, not December 2023"),
        ("e4", "unit_mismatch",
         "｜公里｜12480｜", "｜公里｜100%｜", "巡防里程｜≥｜12000｜公里｜100%",
         "自评表 row 铁路沿线巡防里程",
         "target 12000 公里, actual written as 100% (a percentage where a distance is due)"),
        ("e5", "conflicting_values",
         "知晓率为91.2%", "知晓率为92.1%", "知晓率为92.1%",
         "prose 四（二）项目效益情况",
         "the same awareness rate is 91.2 (%) in the 自评表"),
        ("e6", "rate_mismatch",
         "年度资金总额｜48.00｜45.60｜44.28｜97.11%",
         "年度资金总额｜48.00｜45.60｜44.28｜97.01%",
         "年度资金总额｜48.00｜45.60｜44.28｜97.01%",
         "自评表 funds block, row 年度资金总额",
         "44.28 / 45.60 = 97.11%, stated 97.01%"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, old, new, value, where, expl in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old text occurs {n} times")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{src}-{suffix}: value occurs {text.count(value)} times")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
