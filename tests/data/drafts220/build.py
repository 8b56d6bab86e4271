#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts220 from the clean drafts.

Each clean draft cases/<id>-clean.txt is hand-written and internally consistent (verify.py redoes
its arithmetic). Every error case is the clean draft with exactly one exact old -> new replacement
from EDITS; the old string must occur exactly once in the clean draft.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ah-mengcheng-kehoufuwu-2023",
    "sd-yuncheng-xiaoshe-2021",
    "cq-wuxi-yingyang-2019",
    "nm-elunchun-jiaoshipeixun-2022",
    "fj-pingnan-xueshengzizhu-2024",
]

# (code, where, old, new, value, explanation) -- value must occur in the error case and contain the change
EDITS = {
    "ah-mengcheng-kehoufuwu-2023": [
        ("rate_mismatch", "prose",
         "当年财政拨款支出612.36万元，执行率95.68%",
         "当年财政拨款支出612.36万元，执行率95.86%",
         "执行率95.86%",
         "当年财政拨款 612.36 / 640.00 (= 680.00 - 40.00, table row 其中：当年财政拨款) = 95.68%, stated 95.86%"),
        ("sum_mismatch", "table",
         "其中：当年财政拨款\t560.00",
         "其中：当年财政拨款\t506.00",
         "506.00",
         "年初预算数 column: 506.00 + 40.00 + 0.00 = 546.00, but 年度资金总额 is 600.00 (should be 560.00)"),
        ("weight_sum_mismatch", "table",
         "课后服务长效机制\t逐步健全\t逐步健全\t15\t15",
         "课后服务长效机制\t逐步健全\t逐步健全\t20\t15",
         "逐步健全\t20\t15",
         "可持续影响 weight 20: weights now 10 + 50 + 35 + 10 = 105 (效益 15 + 20 = 35, not 30)"),
        ("average_mismatch", "prose",
         "平均每校12门",
         "平均每校13门",
         "平均每校13门",
         "(12 + 9 + 15 + 10 + 14) / 5 = 12, stated 13"),
        ("year_mismatch", "prose",
         "已按规定结转至2024年使用",
         "已按规定结转至2023年使用",
         "结转至2023年",
         "the unspent 27.64万元 of the 2023 budget cannot be carried over to 2023 itself (should be 2024)"),
        ("completion_mismatch", "prose",
         "完成年度指标的107.84%",
         "完成年度指标的107.48%",
         "107.48%",
         "86275 / 80000 = 107.84%, stated 107.48%"),
    ],
    "sd-yuncheng-xiaoshe-2021": [
        ("completion_mismatch", "table",
         "\t16840平方米\n\t93.56%",
         "\t16840平方米\n\t93.65%",
         "93.65%",
         "维修改造校舍面积 16840 / 18000 = 93.56%, 完成率 cell reads 93.65%"),
        ("balance_mismatch", "prose",
         "未支付的210.28万元",
         "未支付的201.28万元",
         "201.28万元",
         "到位 1256.80 - 支出 1046.52 = 210.28万元 unpaid, stated 201.28 (table 资金结余 210.28)"),
        ("unit_mismatch", "table",
         "\t23所\n\t20所",
         "\t23所\n\t86.96%",
         "23所\n\t86.96%",
         "完成维修改造学校数: target 23所, actual given as a percentage (86.96%) instead of 20所"),
        ("sum_mismatch", "prose",
         "门窗更换6所，安排资金236.40万元",
         "门窗更换6所，安排资金263.40万元",
         "263.40万元",
         "412.60 + 263.40 + 318.50 + 289.30 = 1283.80, stated 合计1256.80 (门窗更换 should be 236.40)"),
        ("score_sum_mismatch", "table",
         "\t94.95%\n\t9.49",
         "\t94.95%\n\t9.94",
         "9.94\n\t施工影响正常教学\n\n\t合计\n\t\n\t\n\t100\n\t\n\t\n\t\n\t89.26",
         "row scores 8.33 + 9.36 + 8.70 + 9.50 + 8.50 + 10 + 9.38 + 10 + 6 + 9.94 = 89.71, 合计 89.26 (满意度 score typed 9.94 for 9.49)"),
        ("grade_mismatch", "prose",
         "项目自评得分89.26分，等级为良好",
         "项目自评得分89.26分，等级为优秀",
         "项目自评得分89.26分，等级为优秀",
         "89.26 is in the 80-90 band: 良, not 优"),
    ],
    "cq-wuxi-yingyang-2019": [
        ("implausible_rate", "table",
         "上年结转资金        0.00  0.00  0.00  —  —  —",
         "上年结转资金        0.00  0.00  0.00  —  100%  —",
         "上年结转资金        0.00  0.00  0.00  —  100%",
         "上年结转资金 budget 0.00: a 100% execution rate on a zero base"),
        ("average_mismatch", "prose",
         "平均4.10元",
         "平均4.01元",
         "平均4.01元",
         "(4.12 + 4.05 + 3.98 + 4.20 + 4.08 + 4.15) / 6 = 4.10, stated 4.01"),
        ("score_exceeds_weight", "table",
         "≥93%  92.4%  10  9.94  偏远学校学生锻炼不足，加强体育活动\n"
         "          社会效益指标  学生营养健康知识知晓率  ≥90%  94.5%  5  5",
         "≥93%  92.4%  5  9.94  偏远学校学生锻炼不足，加强体育活动\n"
         "          社会效益指标  学生营养健康知识知晓率  ≥90%  94.5%  10  5",
         "92.4%  5  9.94",
         "weights of two adjacent 社会效益 rows swapped: 体质健康合格率 now 分值 5 with 得分 9.94 (totals unchanged)"),
        ("conflicting_values", "prose",
         "项目覆盖全县142所",
         "项目覆盖全县124所",
         "124所",
         "the number of schools is 142 elsewhere (产出 text and table 实施学校数 142所)"),
        ("rate_mismatch", "table",
         "其中：当年财政拨款  3450.00  3588.40  3572.72  —  99.56%",
         "其中：当年财政拨款  3450.00  3588.40  3572.72  —  99.65%",
         "3572.72  —  99.65%",
         "当年财政拨款 3572.72 / 3588.40 = 99.56%, row shows 99.65%"),
        ("score_sum_mismatch", "prose",
         "效益指标得分29.94分",
         "效益指标得分29.49分",
         "效益指标得分29.49分，满意度指标得分10分，综合得分99.90分",
         "9.96 + 50 + 29.49 + 10 = 99.45, stated 综合得分99.90 (效益 rows 9.94 + 5 + 15 = 29.94)"),
    ],
    "nm-elunchun-jiaoshipeixun-2022": [
        ("grade_mismatch", "prose",
         "项目自评得分79.70分，评价等级为“中”",
         "项目自评得分79.70分，评价等级为“良”",
         "项目自评得分79.70分，评价等级为“良”",
         "79.70 is in the 60-80 band: 中, not 良"),
        ("year_mismatch", "prose",
         "截至2022年12月31日",
         "截至2021年12月31日",
         "截至2021年12月31日",
         "spending of the 2022 budget reported as of 2021-12-31 in the 2022 report"),
        ("balance_mismatch", "prose",
         "剩余资金47.25万元",
         "剩余资金47.52万元",
         "47.52万元",
         "135.00 - 87.75 = 47.25万元, stated 47.52"),
        ("score_exceeds_weight", "table",
         "| 70.00% | 15 | 10.50 | 受疫情影响下半年集中培训暂停 |\n| | 数量指标 | 教师参训率 | ≥95% | 86.00% | 90.53% | 10 |",
         "| 70.00% | 10 | 10.50 | 受疫情影响下半年集中培训暂停 |\n| | 数量指标 | 教师参训率 | ≥95% | 86.00% | 90.53% | 15 |",
         "70.00% | 10 | 10.50",
         "weights of the two 数量指标 rows swapped: 培训教师人次 now 分值 10 with 得分 10.50 (sums unchanged)"),
        ("completion_mismatch", "table",
         "| 培训考核合格率 | ≥95% | 90.25% | 95.00% |",
         "| 培训考核合格率 | ≥95% | 90.25% | 90.25% |",
         "90.25% | 90.25%",
         "合格率 90.25% against ≥95%: completion 90.25 / 95 = 95.00%, the cell repeats the actual value"),
        ("conflicting_values", "table",
         "受疫情影响仅完成9期",
         "受疫情影响仅完成8期",
         "仅完成8期",
         "the text says 实际举办9期 (15 planned, 6 not held, 按期完成率60.00%); the table cell says 8期"),
    ],
    "fj-pingnan-xueshengzizhu-2024": [
        ("weight_sum_mismatch", "table",
         "资助对象认定准确率\n=100%\n100%\n10\n10",
         "资助对象认定准确率\n=100%\n100%\n15\n10",
         "资助对象认定准确率\n=100%\n100%\n15",
         "weights now 10 + 55 + 30 + 10 = 105 (产出 rows 10 + 10 + 15 + 10 + 10 = 55)"),
        ("implausible_rate", "table",
         "其他资金\n0.00\n0.00\n0.00\n—\n—",
         "其他资金\n0.00\n0.00\n0.00\n—\n100%",
         "其他资金\n0.00\n0.00\n0.00\n—\n100%",
         "其他资金 budget 0.00: a 100% execution rate on a zero base"),
        ("rate_mismatch", "table",
         "中央资金\n170.00\n168.20\n98.94%",
         "中央资金\n170.00\n168.20\n98.49%",
         "168.20\n98.49%",
         "中央资金 168.20 / 170.00 = 98.94%, stated 98.49%"),
        ("unit_mismatch", "prose",
         "县级资金52.95万元",
         "县级资金529500万元",
         "529500万元",
         "县级 spending 529500元 labelled 万元: 168.20 + 86.40 + 52.95 = 307.55 only with 52.95万元 (table 52.95)"),
        ("sum_mismatch", "prose",
         "普通高中国家助学金139.90万元",
         "普通高中国家助学金139.09万元",
         "普通高中国家助学金139.09万元",
         "141.25 + 139.09 + 26.40 = 306.74, but 全年实际支出 is 307.55 (640 x 1000 + 660 x 1150 = 139.90万元)"),
        ("conflicting_values", "prose",
         "惠及1570名学生",
         "惠及1750名学生",
         "1750名",
         "义务教育生活补助 recipients are 1570人 in 概况 (930 + 640) and in the table"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for n, (code, where, old, new, value, expl) in enumerate(EDITS[pid], 1):
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{pid} e{n}: old string occurs {count} times, need exactly 1: {old!r}")
            if old == new:
                sys.exit(f"{pid} e{n}: old == new")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{pid} e{n}: value {value!r} not in the error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
