#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts209 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft.
Run: python3 build.py  (then python3 verify.py)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "xianju-waterstation-2021",
    "lueyang-soilsurvey-2019",
    "chengjiang-deptwhole-2022",
    "chenbaerhu-airstation-2020",
    "nanjing-solidwaste-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 仙居 水质自动站 2021 -------------------------------------------------------------
    ("xianju-waterstation-2021", 1, "rate_mismatch", "text",
     "项目全年执行88.71万元，执行率96.01%", "项目全年执行88.71万元，执行率96.10%",
     "执行率96.10%", "88.71 / 92.40 = 96.01%, the text states 96.10% (the table keeps 96.01%)"),
    ("xianju-waterstation-2021", 2, "sum_mismatch", "table",
     "实验室比对监测费｜4.86｜", "实验室比对监测费｜4.68｜",
     "实验室比对监测费｜4.68", "支出明细 68.60 + 11.25 + 4.68 + 4.00 = 88.53, 合计 reads 88.71"),
    ("xianju-waterstation-2021", 3, "weight_sum_mismatch", "table",
     "故障响应时间｜≤24小时｜18小时｜5｜5", "故障响应时间｜≤24小时｜18小时｜6｜5",
     "18小时｜6｜5", "weight 6 instead of 5: 产出 weights add to 51 and all weights to 101 (总分 100)"),
    ("xianju-waterstation-2021", 4, "average_mismatch", "text",
     "田市站97.4%", "田市站94.7%",
     "田市站94.7%、埠头站94.4%，平均为95.6%",
     "mean of the seven stated station rates is 666.5 / 7 = 95.21%, stated average 95.6%"),
    ("xianju-waterstation-2021", 5, "completion_mismatch", "text",
     "完成率98.47%", "完成率98.74%",
     "完成率98.74%", "质控比对合格率 target ≥85%, actual 83.7%: completion 83.7 / 85 = 98.47%, stated 98.74%"),
    ("xianju-waterstation-2021", 6, "conflicting_values", "table",
     "公众满意度｜≥90%｜93.33%", "公众满意度｜≥90%｜95.33%",
     "95.33%", "table satisfaction 95.33% while the text gives 112 / 120 = 93.33%"),
    # --- 略阳 土壤污染状况调查 2019 ----------------------------------------------------------
    ("lueyang-soilsurvey-2019", 1, "balance_mismatch", "text",
     "年末结余2.86万元", "年末结余2.68万元",
     "结余2.68万元", "到位 53.00 - 执行 50.14 = 2.86, stated 2.68"),
    ("lueyang-soilsurvey-2019", 2, "score_sum_mismatch", "table",
     "97.22%｜10｜9.72", "97.22%｜10｜9.27",
     "97.22%｜10｜9.27", "row scores now add to 98.73 while 合计 and the text give 99.18"),
    ("lueyang-soilsurvey-2019", 3, "conflicting_values", "text",
     "共采集土壤样品216个", "共采集土壤样品261个",
     "土壤样品261个", "the table and the cost breakdown give 216 soil samples (216 × 1150元 = 24.84万元)"),
    ("lueyang-soilsurvey-2019", 4, "implausible_rate", "table",
     "100.00｜100.00｜100.00｜—", "100.00｜100.00｜100.00｜100.00",
     "100.00｜100.00｜100.00｜100.00", "到位率 100.00 printed for 其他资金 whose 全年预算 is 0.00: a rate on a zero base"),
    ("lueyang-soilsurvey-2019", 5, "year_mismatch", "text",
     "按规定结转2020年继续用于本项目", "按规定结转2019年继续用于本项目",
     "结转2019年", "the balance of the 2019 budget is carried to 2019 itself; must be a later year (2020)"),
    ("lueyang-soilsurvey-2019", 6, "completion_mismatch", "table",
     "97.2%｜102.32%", "97.2%｜103.22%",
     "103.22%", "样品检测质控合格率 97.2 / 95 = 102.32%, stated 103.22%"),
    # --- 澄江 部门整体 2022 --------------------------------------------------------------------
    ("chengjiang-deptwhole-2022", 1, "sum_mismatch", "table",
     "基本支出｜438.60｜", "基本支出｜438.06｜",
     "基本支出｜438.06", "年初预算 column: 438.06 + 173.80 = 611.86, 合计 612.40"),
    ("chengjiang-deptwhole-2022", 2, "score_exceeds_weight", "table",
     "26台（套）｜5｜5｜—\n产出指标｜质量指标｜环境信访案件办结率｜100%｜100%｜10｜10｜—",
     "26台（套）｜5｜6｜—\n产出指标｜质量指标｜环境信访案件办结率｜100%｜100%｜10｜9｜—",
     "26台（套）｜5｜6", "score 6 above the weight 5 (the next row was lowered to 9, so the total still reads 97.47)"),
    ("chengjiang-deptwhole-2022", 3, "grade_mismatch", "text",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”", "total 97.47 lies in the 优 band (≥90)"),
    ("chengjiang-deptwhole-2022", 4, "implausible_rate", "table",
     "政府性基金预算财政拨款｜0.00｜0.00｜0.00｜—", "政府性基金预算财政拨款｜0.00｜0.00｜0.00｜100.00%",
     "政府性基金预算财政拨款｜0.00｜0.00｜0.00｜100.00%", "execution rate 100.00% on a 0.00 budget"),
    ("chengjiang-deptwhole-2022", 5, "year_mismatch", "text",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日", "the 2022 execution figure is dated the end of 2021"),
    ("chengjiang-deptwhole-2022", 6, "rate_mismatch", "table",
     "37.17｜90.22%", "37.17｜92.02%",
     "37.17｜92.02%", "大气及噪声自动监测运行 37.17 / 41.20 = 90.22%, stated 92.02%"),
    # --- 陈巴尔虎旗 空气自动站 2020 ------------------------------------------------------------
    ("chenbaerhu-airstation-2020", 1, "rate_mismatch", "table",
     "31.92｜—｜84.00%", "31.92｜—｜48.00%",
     "31.92｜—｜48.00%", "当年财政拨款 31.92 / 38.00 = 84.00%, stated 48.00%"),
    ("chenbaerhu-airstation-2020", 2, "score_sum_mismatch", "table",
     "80次｜5｜3.85", "80次｜5｜3.58",
     "80次｜5｜3.58", "scores now add to 89.37 while 合计 and the text give 89.64"),
    ("chenbaerhu-airstation-2020", 3, "weight_sum_mismatch", "table",
     "部分支撑｜10｜6", "部分支撑｜15｜6",
     "部分支撑｜15｜6", "效益 weights 10 + 10 + 15 = 35 under 效益指标（30分）; all weights 105"),
    ("chenbaerhu-airstation-2020", 4, "unit_mismatch", "table",
     "运维空气自动站数量｜2座｜2座", "运维空气自动站数量｜2座｜100%",
     "2座｜100%", "target in 座, actual given as a percentage"),
    ("chenbaerhu-airstation-2020", 5, "average_mismatch", "text",
     "96小时", "69小时",
     "69小时、68小时，平均60小时", "(36 + 52 + 48 + 69 + 68) / 5 = 54.6 hours, stated average 60"),
    ("chenbaerhu-airstation-2020", 6, "year_mismatch", "text",
     "于2020年3月由旗财政局全额下达", "于2021年3月由旗财政局全额下达",
     "2021年3月由旗财政局全额下达", "2020 project money said to be issued in March 2021, after the evaluation year"),
    # --- 南靖 固废监管 2024 (prose only) --------------------------------------------------------
    ("nanjing-solidwaste-2024", 1, "balance_mismatch", "text",
     "年末结余1.70万元", "年末结余1.07万元",
     "结余1.07万元", "42.50 - 40.80 = 1.70 (county 30.00 - 28.30 = 1.70), stated 1.07"),
    ("nanjing-solidwaste-2024", 2, "score_exceeds_weight", "text",
     "时效指标5分得5分，成本指标10分得10分", "时效指标5分得6分，成本指标10分得9分",
     "时效指标5分得6分", "时效 scored 6 of 5 (成本 lowered to 9 so 产出 still adds to 49.47)"),
    ("nanjing-solidwaste-2024", 3, "grade_mismatch", "text",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”", "total 99.07 lies in the 优 band"),
    ("nanjing-solidwaste-2024", 4, "conflicting_values", "text",
     "对2024年度42.50万元", "对2024年度45.20万元",
     "45.20万元", "the opening evaluates 45.20万元 while the funds section gives 全年预算 42.50万元 (30.00 + 12.50)"),
    ("nanjing-solidwaste-2024", 5, "unit_mismatch", "text",
     "省级追加12.50万元", "省级追加125000万元",
     "125000万元", "the 12.50万元 provincial part (125000元) written with the unit 万元: 30.00 + 125000 ≠ 42.50, reconciled by 10^4"),
    ("nanjing-solidwaste-2024", 6, "average_mismatch", "text",
     "平均每期47.33人次", "平均每期47.67人次",
     "平均每期47.67人次", "(52 + 46 + 44) / 3 = 47.33, stated 47.67"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old text matches {cnt} times: {old!r}")
            case = clean.replace(old, new)
            if value not in case:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
