#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts238 from the clean drafts.

Each edit is an exact old -> new replacement applied to the clean draft of its project;
`old` must occur exactly once in the clean draft. One edit = one error case.
`where` says whether the slip sits in the prose or in a table (README statistics only).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ah-guoyang-tongfang-2022",
    "sx-tunliu-guzi-liangzhong-2021",
    "gx-hepu-nongyaojianliang-2018",
    "hlj-youyi-feifang-butie-2024",
    "sc-zhongjiang-nongjizhongxin-2020",
]

E = lambda code, where, old, new, value, explanation: dict(
    code=code, where=where, old=old, new=new, value=value, explanation=explanation)

EDITS = {
    "ah-guoyang-tongfang-2022": [
        E("rate_mismatch", "prose",
          "预算执行率87.33%", "预算执行率83.73%", "预算执行率83.73%",
          "331.84 / 380.00 = 87.33% (the table still says 87.33%); digits transposed to 83.73%"),
        E("average_mismatch", "prose",
          "80.6%、83.9%、81.7%、83.4%，平均82.4%", "80.6%、89.3%、81.7%、83.4%，平均82.4%",
          "80.6%、89.3%、81.7%、83.4%，平均82.4%",
          "mean of 80.6, 89.3, 81.7, 83.4 is 83.75%, stated average 82.4%"),
        E("sum_mismatch", "table",
          "其中：当年财政拨款｜40.00｜352.60｜306.44｜", "其中：当年财政拨款｜40.00｜352.60｜304.64｜",
          "当年财政拨款｜40.00｜352.60｜304.64",
          "全年执行数 components 304.64 + 25.40 + 0.00 = 330.04, total row says 331.84"),
        E("score_exceeds_weight", "table",
          "｜10｜9.69｜穗期连阴雨，部分田块施药后遇雨，防效偏低\n产出指标｜时效指标｜穗期统防统治作业完成时间｜2022年5月10日前｜2022年5月8日｜5｜5｜",
          "｜10｜5｜穗期连阴雨，部分田块施药后遇雨，防效偏低\n产出指标｜时效指标｜穗期统防统治作业完成时间｜2022年5月10日前｜2022年5月8日｜5｜9.69｜",
          "2022年5月8日｜5｜9.69",
          "scores of two adjacent rows swapped: the 时效 row (分值 5) now scores 9.69; total still 93.20"),
        E("year_mismatch", "prose",
          "已按规定结转至2023年使用", "已按规定结转至2022年使用", "结转至2022年",
          "unspent money of the 2022 budget cannot be carried over to 2022 itself (should be 2023)"),
        E("unit_mismatch", "table",
          "｜≥1500人次｜1380人次｜", "｜≥1500人次｜92%｜", "≥1500人次｜92%",
          "target in 人次, actual given as a percentage (the completion rate typed into the 实际完成值 cell)"),
    ],
    "sx-tunliu-guzi-liangzhong-2021": [
        E("completion_mismatch", "table",
          "｜57万公斤｜95.00%｜", "｜57万公斤｜105.26%｜", "57万公斤｜105.26%",
          "57 / 60 = 95.00%; 105.26% is the inverted ratio 60 / 57"),
        E("rate_mismatch", "table",
          "｜100｜100｜84.70｜", "｜100｜100｜87.40｜", "87.40",
          "县区级 column of (7)=(4)/(2): 42.35 / 50.00 = 84.70, stated 87.40"),
        E("average_mismatch", "prose",
          "98.4%、98.9%、98.5%", "98.4%、97.9%、98.5%", "98.4%、97.9%、98.5%，平均98.6%",
          "mean of 98.4, 97.9, 98.5 is 98.27%, stated average 98.6%"),
        E("sum_mismatch", "prose",
          "1200亩、1050亩、900亩", "1200亩、1150亩、900亩", "1200亩、1150亩、900亩，合计3150亩",
          "1200 + 1150 + 900 = 3250亩, stated total 3150亩"),
        E("implausible_rate", "table",
          "(6)=(3)/(2)｜100｜100｜0｜", "(6)=(3)/(2)｜100｜100｜100｜", "(6)=(3)/(2)｜100｜100｜100",
          "中央级 column has 全年预算 (2) = 0, yet its 到位率 reads 100: a rate on a zero base"),
        E("weight_sum_mismatch", "table",
          "良种辐射推广面积｜10｜", "良种辐射推广面积｜15｜", "良种辐射推广面积｜15",
          "weights now total 105 (社会效益 row 15 instead of 10)"),
    ],
    "gx-hepu-nongyaojianliang-2018": [
        E("weight_sum_mismatch", "prose",
          "效益指标（30分）", "效益指标（35分）", "效益指标（35分）",
          "weights 10 + 50 + 35 + 10 = 105, not 100"),
        E("score_sum_mismatch", "prose",
          "得29.72分", "得29.27分", "效益指标（30分）得29.27分",
          "9.64 + 49.6 + 29.27 + 10 = 98.51, stated total 98.96"),
        E("balance_mismatch", "prose",
          "年末结余2.16万元", "年末结余2.61万元", "2.61万元",
          "到位 60.00 − 支出 57.84 = 2.16万元, stated 2.61"),
        E("year_mismatch", "prose",
          "已结转至2019年继续使用", "已结转至2018年继续使用", "结转至2018年",
          "the 2018 balance is carried over to 2018 itself (should be 2019)"),
        E("conflicting_values", "prose",
          "建成绿色防控示范区3个，示范面积1.62万亩", "建成绿色防控示范区3个，示范面积1.26万亩", "1.26万亩",
          "demonstration area 1.26万亩 in the summary, 1.62万亩 (0.58 + 0.52 + 0.52) in the output section"),
        E("completion_mismatch", "prose",
          "完成年度目标1.5万亩的108%", "完成年度目标1.5万亩的118%", "1.5万亩的118%",
          "1.62 / 1.5 = 108%, stated 118%"),
    ],
    "hlj-youyi-feifang-butie-2024": [
        E("grade_mismatch", "table",
          "自评等级：良", "自评等级：优", "自评等级：优",
          "total 87.71 lies in the 良 band (80 ≤ s < 90)"),
        E("score_sum_mismatch", "table",
          "｜26家｜10｜8.67｜", "｜26家｜10｜8.76｜", "26家｜10｜8.76",
          "row scores now add up to 87.80, the 总分 row says 87.71"),
        E("implausible_rate", "table",
          "｜≥90%｜86.4%｜", "｜≥90%｜864%｜", "864%",
          "satisfaction of 864% (decimal point dropped) is above 100%"),
        E("balance_mismatch", "prose",
          "结余资金70.68万元", "结余资金70.86万元", "70.86万元",
          "420.00 − 349.32 = 70.68万元, stated 70.86"),
        E("conflicting_values", "table",
          "｜≥65万亩次｜57.42万亩次｜", "｜≥65万亩次｜54.72万亩次｜", "54.72万亩次",
          "the indicator row says 54.72万亩次, the goal row and the text say 57.42万亩次 (16.38 + 14.25 + 13.91 + 12.88)"),
        E("unit_mismatch", "prose",
          "数据核验服务费4.80万元", "数据核验服务费48000万元", "48000万元",
          "the 48000元 fee written with the unit 万元: 344.52 + 4.80 = 349.32 only holds for 4.80万元"),
    ],
    "sc-zhongjiang-nongjizhongxin-2020": [
        E("grade_mismatch", "prose",
          "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
          "total 91.02 lies in the 优 band (≥ 90)"),
        E("score_exceeds_weight", "table",
          "｜≥15个｜15个｜6｜6｜\n产出指标｜质量指标｜主推技术到位率｜≥95%｜88%｜8｜7.41｜",
          "｜≥15个｜15个｜6｜7.41｜\n产出指标｜质量指标｜主推技术到位率｜≥95%｜88%｜8｜6｜",
          "15个｜6｜7.41",
          "scores of two adjacent rows swapped: 监测点 row (分值 6) now scores 7.41; total still 91.02"),
        E("sum_mismatch", "table",
          "其中：财政资金｜540.00｜", "其中：财政资金｜504.00｜", "财政资金｜504.00",
          "年初预算数 components 504.00 + 0 + 0 + 0 = 504.00, total row says 540.00"),
        E("rate_mismatch", "prose",
          "执行率94.56%", "执行率95.46%", "执行率95.46%",
          "种子市场检查和品种区域试验项目 41.70 / 44.10 = 94.56%, stated 95.46%"),
        E("conflicting_values", "prose",
          "全年培训基层农技人员126人", "全年培训基层农技人员162人", "162人",
          "training count 162人 in the text, 126人 in the 自评表"),
        E("unit_mismatch", "table",
          "建设农业科技示范基地｜≥12个｜9个｜", "建设农业科技示范基地｜≥12个｜75%｜", "≥12个｜75%",
          "target in 个, actual given as a percentage"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, ed in enumerate(EDITS[pid], 1):
            n = clean.count(ed["old"])
            if n != 1:
                sys.exit(f"{pid} e{i}: old string occurs {n} times")
            text = clean.replace(ed["old"], ed["new"])
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False, "expected": [
                {"code": ed["code"], "severity": "error", "value": ed["value"],
                 "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
