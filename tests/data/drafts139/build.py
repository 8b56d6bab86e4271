#!/usr/bin/env python3
"""Build the n139 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "mengyin-dibao-2021",
    "liancheng-tekun-2020",
    "cq-tongnan-canbu-2023",
    "gs-yuzhong-jumin-2019",
    "jiaohe-mzjdept-2024",
]

# source -> list of (old, new, code, value, explanation); list position = e1..e6
EDITS = {
    "mengyin-dibao-2021": [
        ("支出766.24万元，执行率99.02%", "支出766.24万元，执行率99.20%",
         "rate_mismatch", "执行率99.20%",
         "prose: city dibao 766.24 / 773.80 = 99.02%, stated 99.20%"),
        ("其中：当年财政拨款｜5200.00｜5372.50｜5317.72", "其中：当年财政拨款｜5200.00｜5327.50｜5317.72",
         "sum_mismatch", "当年财政拨款｜5200.00｜5327.50",
         "table: 5327.50 + 113.90 + 0.00 = 5441.40, but 年度资金总额 全年预算 is 5486.40 (3612.00 + 1020.50 + 740.00 = 5372.50)"),
        ("低保对象满意度｜≥90%｜93.2%｜10｜10｜—", "低保对象满意度｜≥90%｜93.2%｜10｜9｜—",
         "score_sum_mismatch", "低保对象满意度｜≥90%｜93.2%｜10｜9｜—\n总分｜｜｜｜｜100｜98.36",
         "table: 9.90 + 50 + 10 + 9.96 + 8.5 + 9 = 97.36, stated total 98.36"),
        ("评价等级为“优”", "评价等级为“良”",
         "grade_mismatch", "评价等级为“良”",
         "prose: 98.36 is in the 优 band (>= 90)"),
        ("完成率107.68%", "完成率107.86%",
         "completion_mismatch", "完成率107.86%",
         "prose: 23690 / 22000 = 107.68%, stated 107.86%"),
        ("城乡低保保障人数｜≥21000人｜21677人", "城乡低保保障人数｜≥21000人｜103.22%",
         "unit_mismatch", "≥21000人｜103.22%",
         "table: target in 人, actual given as a percentage (the completion rate typed into the actual cell)"),
    ],
    "liancheng-tekun-2020": [
        ("年末结余32.72万元", "年末结余32.27万元",
         "balance_mismatch", "结余32.27万元",
         "prose: 1362.56 (到位) - 1329.84 (支出) = 32.72"),
        ("平均每所31.50万元", "平均每所31.05万元",
         "average_mismatch", "平均每所31.05万元",
         "prose: (38.60 + 31.20 + 28.80 + 27.40) / 4 = 31.50"),
        ("年末在册保障特困人员1146人", "年末在册保障特困人员1164人",
         "conflicting_values", "特困人员1164人",
         "prose: 特困人员 at year end are 1146 elsewhere (238 + 908; 1203 - 57; 896 + 162 + 88)"),
        ("已结转至2021年继续使用", "已结转至2020年继续使用",
         "year_mismatch", "结转至2020年",
         "prose: the unspent part of the 2020 budget cannot be carried over into 2020 itself"),
        ("预算执行率10分、产出指标50分、效益指标30分、满意度指标10分",
         "预算执行率10分、产出指标60分、效益指标30分、满意度指标10分",
         "weight_sum_mismatch", "产出指标60分",
         "prose: 10 + 60 + 30 + 10 = 110, not the stated 满分100分"),
        ("满意度指标得10分，合计98.46分", "满意度指标得9分，合计98.46分",
         "score_sum_mismatch", "满意度指标得9分，合计98.46分",
         "prose: 9.76 + 49.2 + 29.5 + 9 = 97.46, stated 98.46"),
    ],
    "cq-tongnan-canbu-2023": [
        ("｜≥98%｜97.2%｜10｜9.92｜低保状态变化未及时停发，已追回\n产出指标｜质量指标｜补贴社会化发放率｜100%｜100%｜5｜5｜—",
         "｜≥98%｜97.2%｜10｜5｜低保状态变化未及时停发，已追回\n产出指标｜质量指标｜补贴社会化发放率｜100%｜100%｜5｜9.92｜—",
         "score_exceeds_weight", "补贴社会化发放率｜100%｜100%｜5｜9.92",
         "table: scores of two adjacent rows swapped; 社会化发放率 now scores 9.92 of a weight of 5 (total unchanged)"),
        ("二级80元/人·月｜一级100元、二级80元/人·月｜5｜5", "二级80元/人·月｜一级100元、二级80元/人·月｜6｜5",
         "weight_sum_mismatch", "二级80元/人·月｜6｜5",
         "table: weights 10 + 51 + 30 + 10 = 101 against 总分 100 (产出 rows now sum to 51)"),
        ("｜10｜97.97%｜9.80", "｜10｜97.79%｜9.80",
         "rate_mismatch", "97.79%",
         "table: 2184.84 / 2230.00 = 97.97%, stated 97.79%"),
        ("补贴对象满意度｜≥90%｜96.37%", "补贴对象满意度｜≥90%｜103.76%",
         "implausible_rate", "补贴对象满意度｜≥90%｜103.76%",
         "table: a satisfaction rate cannot exceed 100%"),
        ("9876人、9907人，全年月均9860人", "9867人、9907人，全年月均9860人",
         "average_mismatch", "9867人、9907人，全年月均9860人",
         "prose: (9812 + 9845 + 9867 + 9907) / 4 = 9857.75, stated 9860"),
        ("截至2023年12月31日", "截至2022年12月31日",
         "year_mismatch", "截至2022年12月31日",
         "prose: a 2023 report states the year-end position as of 31 Dec 2022"),
    ],
    "gs-yuzhong-jumin-2019": [
        ("年末结余56.70万元", "年末结余65.70万元",
         "balance_mismatch", "结余65.70万元",
         "prose: 7320.00 (到位) - 7263.30 (支出) = 56.70"),
        ("代缴保费389.00万元", "代缴保费3890000万元",
         "unit_mismatch", "3890000万元",
         "prose: the 3,890,000元 (38900人 x 100元) written with the unit 万元; 6471.70 + 402.60 + 389.00 = 7263.30 only with 389.00万元"),
        ("｜91.6%｜96.42%｜", "｜91.6%｜96.24%｜",
         "completion_mismatch", "91.6%｜96.24%",
         "table: 91.6 / 95 = 96.42%, stated 96.24%"),
        ("38900人｜100.00%｜8｜8｜—\n产出指标｜质量指标｜16周岁以上城乡居民参保率｜≥95%｜91.6%｜96.42%｜12｜11.57｜",
         "38900人｜100.00%｜8｜11.57｜—\n产出指标｜质量指标｜16周岁以上城乡居民参保率｜≥95%｜91.6%｜96.42%｜12｜8｜",
         "score_exceeds_weight", "100.00%｜8｜11.57",
         "table: scores of two adjacent rows swapped; 代缴人数 now scores 11.57 of a weight of 8 (total unchanged)"),
        ("自评等级｜良", "自评等级｜优",
         "grade_mismatch", "自评等级｜优",
         "table: total 89.52 is in the 良 band (80 <= s < 90)"),
        ("实际完成情况：全年为52360名", "实际完成情况：全年为53260名",
         "conflicting_values", "全年为53260名",
         "table 年度总体目标: 53260 recipients, while the indicator row and the text give 52360"),
    ],
    "jiaohe-mzjdept-2024": [
        ("特困人员救助供养资金1318.75万元", "特困人员救助供养资金1381.75万元",
         "sum_mismatch", "特困人员救助供养资金1381.75万元",
         "prose: 5126.40 + 1381.75 + 1460.28 + 386.90 + 792.50 = 9147.83, stated 项目支出 9084.83"),
        ("现将2024年度部门整体支出绩效自评情况报告如下", "现将2023年度部门整体支出绩效自评情况报告如下",
         "year_mismatch", "2023年度部门整体支出绩效自评情况",
         "prose: the 2024 report says it reports on 2023"),
        ("自评得分91.45分，等级为“优”", "自评得分91.45分，等级为“良”",
         "grade_mismatch", "等级为“良”",
         "prose: 91.45 is in the 优 band (>= 90)"),
        ("临时救助资金支出率｜≥90%｜96.2%", "临时救助资金支出率｜≥90%｜106.2%",
         "implausible_rate", "临时救助资金支出率｜≥90%｜106.2%",
         "table: a spending rate over 100% (more spent than budgeted)"),
        ("五个项目平均｜92.90", "五个项目平均｜92.09",
         "average_mismatch", "五个项目平均｜92.09",
         "table: (96.5 + 95.2 + 93.8 + 88.6 + 90.4) / 5 = 92.90, stated 92.09"),
        ("｜10｜98.30%｜9.83", "｜10｜98.03%｜9.83",
         "rate_mismatch", "98.03%",
         "table: 10471.35 / 10652.48 = 98.30%, stated 98.03%"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, (old, new, code, value, expl) in enumerate(EDITS[src], 1):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src} e{i}: value not in case: {value!r}")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
