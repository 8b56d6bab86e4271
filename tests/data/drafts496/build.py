#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts496 from the clean drafts and the edit list below.

Each edit is exact: `old` must occur exactly once in the clean draft and is replaced by `new`; `value` (the
labelled substring, containing the changed figure) must occur exactly once in the resulting case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ln-bayuquan-ludeng-2019",
    "gz-honghuagang-zhaoming-2021",
    "sn-qindu-zhaomingsuo-bumen-2022",
    "nm-kundulun-ludeng-2023",
    "ah-jinghu-ludeng-2025",
]

# (source, n, code, old, new, value, where, explanation)
EDITS = [
    # ---- ln-bayuquan-ludeng-2019 (MOF 自评表, ｜ tables)
    ("ln-bayuquan-ludeng-2019", 1, "rate_mismatch",
     "383.63｜—｜96.39%", "383.63｜—｜96.93%", "96.93%",
     "自评表 funds block, row 当年财政拨款", "383.63 / 398.00 = 96.39%, stated 96.93%"),
    ("ln-bayuquan-ludeng-2019", 2, "score_exceeds_weight",
     "108.40%｜10｜10\n效益指标｜可持续影响指标｜设施长效管护机制｜健全｜基本健全｜—｜10｜8",
     "108.40%｜10｜11\n效益指标｜可持续影响指标｜设施长效管护机制｜健全｜基本健全｜—｜10｜7",
     "75.88万千瓦时｜108.40%｜10｜11",
     "自评表 row 年节约用电量 (and the next row's score)",
     "score 11 above weight 10 (设施长效管护机制 lowered from 8 to 7, so the total still reads 97.28)"),
    ("ln-bayuquan-ludeng-2019", 3, "unit_mismatch",
     "LED灯具购置及安装233.10万元", "LED灯具购置及安装2331000万元", "2331000万元",
     "prose, 资金执行情况",
     "the 233.10万元 part (2,331,000元) written with the unit 万元: off by 10^4; reconciles the breakdown sum, "
     "1,260×1,850元 and the 2,331,000元 restatement"),
    ("ln-bayuquan-ludeng-2019", 4, "average_mismatch",
     "第三季度｜135.27｜99.10%", "第三季度｜135.27｜99.40%", "第三季度｜135.27｜99.40%",
     "quarterly table, 第三季度 亮灯率",
     "(98.20 + 98.60 + 99.40 + 98.90) / 4 = 98.775% → 98.78%, stated 平均98.70%"),
    ("ln-bayuquan-ludeng-2019", 5, "grade_mismatch",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "prose, 自评结论", "97.28 is in the 优 band (90–100), stated 良"),
    ("ln-bayuquan-ludeng-2019", 6, "year_mismatch",
     "结转至2020年支付", "结转至2019年支付", "结转至2019年",
     "prose, 资金执行情况", "money left over from the 2019 budget is carried to 2019 itself"),
    # ---- gz-honghuagang-zhaoming-2021 (tab tables, funds table with 行次)
    ("gz-honghuagang-zhaoming-2021", 1, "balance_mismatch",
     "资金结余15.54万元全部为区级资金", "资金结余15.45万元全部为区级资金", "资金结余15.45万元",
     "prose under the funds table", "到位 326.90 − 执行 311.36 = 15.54 (区级 228.50 − 212.96 = 15.54), stated 15.45"),
    ("gz-honghuagang-zhaoming-2021", 2, "implausible_rate",
     "预算执行率(%)\t(7)=(4)/(2)\t92.97\t100.00\t90.05\t100.00\t—",
     "预算执行率(%)\t(7)=(4)/(2)\t92.97\t100.00\t90.05\t100.00\t100.00",
     "90.05\t100.00\t100.00",
     "funds table, row (7), column 其他资金",
     "execution rate 100.00 printed on a zero base (其他资金 全年预算 0.00): rate undefined"),
    ("gz-honghuagang-zhaoming-2021", 3, "completion_mismatch",
     "860盏\t107.50%", "860盏\t105.70%", "860盏\t105.70%",
     "自评表 row LED路灯改造数量", "860 / 800 = 107.50%, stated 105.70%"),
    ("gz-honghuagang-zhaoming-2021", 4, "sum_mismatch",
     "第三季度\t96.83\t12.48", "第三季度\t96.38\t12.48", "第三季度\t96.38",
     "quarterly table, 第三季度 支出",
     "38.60 + 71.25 + 96.38 + 104.68 = 310.91, 合计 stated 311.36"),
    ("gz-honghuagang-zhaoming-2021", 5, "weight_sum_mismatch",
     "改造工程完工时间\t5\t", "改造工程完工时间\t6\t", "改造工程完工时间\t6",
     "自评表 row 改造工程完工时间, 权重", "weights now total 101 against 合计 100"),
    ("gz-honghuagang-zhaoming-2021", 6, "conflicting_values",
     "全年完成LED路灯改造860盏", "全年完成LED路灯改造680盏", "全年完成LED路灯改造680盏",
     "prose, 绩效分析 1", "the 自评表 and the cost sentence give 860盏 (860盏×1,600元 = 137.60万元)"),
    # ---- sn-qindu-zhaomingsuo-bumen-2022 (部门整体, ｜ tables)
    ("sn-qindu-zhaomingsuo-bumen-2022", 1, "average_mismatch",
     "平均自评得分96.47分", "平均自评得分96.74分", "平均自评得分96.74分",
     "prose under the project table", "(99.70 + 98.50 + 91.20) / 3 = 96.47, stated 96.74"),
    ("sn-qindu-zhaomingsuo-bumen-2022", 2, "score_sum_mismatch",
     "98.74%｜9.87", "98.74%｜9.78", "98.74%｜9.78",
     "自评表 row 故障维修及时率, 得分",
     "row scores now add to 98.60 (履职产出 39.78) against 合计 98.69 and the stated 39.87 / 98.69"),
    ("sn-qindu-zhaomingsuo-bumen-2022", 3, "score_exceeds_weight",
     "0起｜0起｜—｜5\n履职效益｜可持续影响｜长效管理机制｜5｜健全｜基本健全｜—｜4",
     "0起｜0起｜—｜6\n履职效益｜可持续影响｜长效管理机制｜5｜健全｜基本健全｜—｜3",
     "0起｜0起｜—｜6",
     "自评表 row 照明设施安全责任事故 (and the next row's score)",
     "score 6 above weight 5 (长效管理机制 lowered from 4 to 3, so 履职效益 still reads 29 and the total 98.69)"),
    ("sn-qindu-zhaomingsuo-bumen-2022", 4, "year_mismatch",
     "20.64万元结转至2023年", "20.64万元结转至2022年", "结转至2022年",
     "prose, 支出执行", "the unspent part of the 2022 budget is carried to 2022 itself"),
    ("sn-qindu-zhaomingsuo-bumen-2022", 5, "sum_mismatch",
     "设计及监理费7.84万元", "设计及监理费7.48万元", "设计及监理费7.48万元",
     "prose under the project table", "143.52 + 7.48 = 151.00, LED 项目执行 stated 151.36"),
    ("sn-qindu-zhaomingsuo-bumen-2022", 6, "conflicting_values",
     "全区管护路灯16,452盏。", "全区管护路灯16,542盏。", "全区管护路灯16,542盏",
     "prose, 部门基本情况", "产出 section and 自评表 give 16,452盏 (15,880 + 572)"),
    # ---- nm-kundulun-ludeng-2023 (Markdown tables)
    ("nm-kundulun-ludeng-2023", 1, "balance_mismatch",
     "年末未执行14.35万元", "年末未执行14.53万元", "年末未执行14.53万元",
     "prose under the funds table", "612.80 − 598.45 = 14.35, stated 14.53"),
    ("nm-kundulun-ludeng-2023", 2, "unit_mismatch",
     "| 13.6公里 | 113.33% |", "| 113.33% | 113.33% |", "| ≥12公里 | 113.33% |",
     "自评表 row 被盗破损电缆修复, 实际完成值",
     "target in 公里, actual given as a percentage: completion cannot be computed"),
    ("nm-kundulun-ludeng-2023", 3, "implausible_rate",
     "沿街商户满意度86.30%", "沿街商户满意度106.30%", "沿街商户满意度106.30%",
     "prose, 满意度", "a satisfaction rate above 100%"),
    ("nm-kundulun-ludeng-2023", 4, "completion_mismatch",
     "| 99.10% | 101.12% |", "| 99.10% | 101.21% |", "101.21%",
     "自评表 row 主干道亮灯率, 完成率", "99.10 / 98 = 101.12%, stated 101.21%"),
    ("nm-kundulun-ludeng-2023", 5, "sum_mismatch",
     "| 第二季度 | 165.42 | 236.40 |", "| 第二季度 | 165.42 | 263.40 |", "| 第二季度 | 165.42 | 263.40 |",
     "quarterly table, 第二季度 用电量", "342.18 + 263.40 + 231.52 + 308.26 = 1,145.36, 合计 stated 1,118.36"),
    ("nm-kundulun-ludeng-2023", 6, "rate_mismatch",
     "| 545.65 | 97.44% |", "| 545.65 | 97.04% |", "97.04%",
     "funds table, row 当年财政拨款, 执行率", "545.65 / 560.00 = 97.44%, stated 97.04%"),
    # ---- ah-jinghu-ludeng-2025 (｜ tables, grade 良)
    ("ah-jinghu-ludeng-2025", 1, "grade_mismatch",
     "评价等级为良。", "评价等级为优。", "评价等级为优",
     "prose under the 自评表", "83.34 is in the 良 band (80–90), stated 优"),
    ("ah-jinghu-ludeng-2025", 2, "balance_mismatch",
     "未支出113.82万元", "未支出113.28万元", "未支出113.28万元",
     "prose, 资金到位及执行情况", "486.00 − 372.18 = 113.82, stated 113.28"),
    ("ah-jinghu-ludeng-2025", 3, "score_sum_mismatch",
     "67.13%｜6.71", "67.13%｜6.17", "67.13%｜6.17",
     "自评表 row 节约电费, 得分",
     "row scores now add to 82.80 (效益 21.94) against 合计 83.34 and the stated 22.48 / 83.34"),
    ("ah-jinghu-ludeng-2025", 4, "weight_sum_mismatch",
     "设施长效管护机制｜5｜", "设施长效管护机制｜4｜", "设施长效管护机制｜4",
     "自评表 row 设施长效管护机制, 分值", "weights now total 99 against 合计 100"),
    ("ah-jinghu-ludeng-2025", 5, "year_mismatch",
     "截至2025年12月31日", "截至2024年12月31日", "截至2024年12月31日",
     "prose, 资金到位及执行情况", "the year-end of a 2025 report is 2025年12月31日"),
    ("ah-jinghu-ludeng-2025", 6, "conflicting_values",
     "全年开展日常巡查372次", "全年开展日常巡查327次", "全年开展日常巡查327次",
     "prose, 产出", "the 自评表 gives 372次 (completion 101.92% = 372/365)"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = "%s-clean.txt" % src
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, where, expl) in [e for e in EDITS if e[0] == src]:
            if clean.count(old) != 1:
                sys.exit("%s-e%d: old text occurs %d times" % (src, n, clean.count(old)))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit("%s-e%d: value occurs %d times" % (src, n, text.count(value)))
            name = "%s-e%d.txt" % (src, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
