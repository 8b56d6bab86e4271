#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts154 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run from anywhere:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "xisaishan-elevator-2022",
    "yiyang-heshan-gongzufang-2023",
    "mashan-weigai-2022",
    "daan-penggai-dept-2019",
    "korla-rentsubsidy-2024",
]

# (source, n, code, old, new, value, explanation, where)
EDITS = [
    # --- Hubei, Xisaishan: elevator subsidy 2022 (MOF table, funds block with sub-row rates) ---
    ("xisaishan-elevator-2022", 1, "rate_mismatch",
     "区级资金360.00万元支出346.50万元，执行率96.25%",
     "区级资金360.00万元支出346.50万元，执行率96.52%",
     "执行率96.52%", "district funds 346.50 / 360.00 = 96.25%, stated 96.52% (digits swapped)", "prose"),
    ("xisaishan-elevator-2022", 2, "sum_mismatch",
     "其中：当年财政拨款｜360.00｜",
     "其中：当年财政拨款｜306.00｜",
     "当年财政拨款｜306.00",
     "年初预算数 column: 306.00 + 0.00 + 0.00 = 306.00, but 年度资金总额 says 360.00", "table"),
    ("xisaishan-elevator-2022", 3, "score_exceeds_weight",
     "21个工作日｜5｜5｜\n产出指标｜成本指标｜补助资金支出总额｜≤552万元｜526.50万元｜10｜10｜",
     "21个工作日｜5｜6｜\n产出指标｜成本指标｜补助资金支出总额｜≤552万元｜526.50万元｜10｜9｜",
     "21个工作日｜5｜6",
     "时效 row scored 6 against a weight of 5 (the next row lowered to 9, so the total still reads 98.54)", "table"),
    ("xisaishan-elevator-2022", 4, "average_mismatch",
     "平均每台补助13.86万元",
     "平均每台补助13.68万元",
     "平均每台补助13.68万元", "(165.00 + 139.50 + 124.00 + 98.00) / 38 = 526.50 / 38 = 13.86", "prose"),
    ("xisaishan-elevator-2022", 5, "unit_mismatch",
     "｜≥36台｜38台｜",
     "｜≥36台｜105.56%｜",
     "≥36台｜105.56%", "target in 台, actual entered as a percentage (the completion rate)", "table"),
    ("xisaishan-elevator-2022", 6, "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%", "execution rate 100.00% on a zero budget (其他资金 0.00)", "table"),

    # --- Hunan, Heshan (Yiyang): public rental housing operation 2023 (Hunan outline, 完成率 column) ---
    ("yiyang-heshan-gongzufang-2023", 1, "balance_mismatch",
     "年末结余12.43万元",
     "年末结余14.23万元",
     "14.23万元", "310.60 - 298.17 = 12.43", "prose"),
    ("yiyang-heshan-gongzufang-2023", 2, "weight_sum_mismatch",
     "｜≤150万元｜142.35万元｜100.00%｜5｜5｜",
     "｜≤150万元｜142.35万元｜100.00%｜10｜5｜",
     "100.00%｜10｜5", "cost row weight 10 instead of 5: weights add to 105 (合计 says 100)", "table"),
    ("yiyang-heshan-gongzufang-2023", 3, "score_sum_mismatch",
     "产出指标得49.94分",
     "产出指标得49.49分",
     "产出指标得49.49分",
     "output rows score 10 + 10 + 10 + 9.94 + 5 + 5 = 49.94; and 9.60 + 49.49 + 30 + 9.66 = 98.75, not the stated 99.20", "prose"),
    ("yiyang-heshan-gongzufang-2023", 4, "completion_mismatch",
     "｜94.47%｜99.44%｜",
     "｜94.47%｜94.47%｜",
     "94.47%｜94.47%", "租金收缴率 94.47% against ≥95%: completion 94.47/95 = 99.44%, the actual value was copied into 完成率", "table"),
    ("yiyang-heshan-gongzufang-2023", 5, "conflicting_values",
     "｜≤150万元｜142.35万元｜",
     "｜≤150万元｜124.35万元｜",
     "124.35万元", "维修维护 spending is 142.35万元 in the use-of-funds table; the 自评表 says 124.35万元", "table"),
    ("yiyang-heshan-gongzufang-2023", 6, "year_mismatch",
     "结转至2024年",
     "结转至2023年",
     "结转至2023年", "money left at the end of 2023 cannot be carried over into 2023", "prose"),

    # --- Guangxi, Mashan: rural dangerous-house renovation 2022 (MOF outline, sources in funds block) ---
    ("mashan-weigai-2022", 1, "score_exceeds_weight",
     "｜10｜9｜个别户室内配套仍较简陋\n效益指标｜可持续影响指标｜农村房屋安全动态监测机制｜建立并长效运行｜部分达成年度指标并具有一定效果｜8｜6｜",
     "｜10｜6｜个别户室内配套仍较简陋\n效益指标｜可持续影响指标｜农村房屋安全动态监测机制｜建立并长效运行｜部分达成年度指标并具有一定效果｜8｜9｜",
     "具有一定效果｜8｜9", "scores of two adjacent rows swapped: the 8-point row now scores 9", "table"),
    ("mashan-weigai-2022", 2, "weight_sum_mismatch",
     "年度资金总额｜360.00｜591.00｜541.80｜10｜91.68%｜9.17",
     "年度资金总额｜360.00｜591.00｜541.80｜20｜91.68%｜9.17",
     "541.80｜20｜91.68%", "execution weight 20 (old template) + 90 indicator points = 110, 总分 row says 100", "table"),
    ("mashan-weigai-2022", 3, "grade_mismatch",
     "等级为“优”",
     "等级为“良”",
     "等级为“良”", "95.91 is in the 优 band (>= 90)", "prose"),
    ("mashan-weigai-2022", 4, "sum_mismatch",
     "修缮加固147户",
     "修缮加固174户",
     "修缮加固174户", "118 + 174 = 292, but the task is 265户", "prose"),
    ("mashan-weigai-2022", 5, "implausible_rate",
     "｜≥95%｜96.90%｜",
     "｜≥95%｜102.00%｜",
     "≥95%｜102.00%", "satisfaction above 100% (96.90/95 entered as the actual value)", "table"),
    ("mashan-weigai-2022", 6, "unit_mismatch",
     "县级配套资金｜60.00｜60.00｜60.00｜",
     "县级配套资金｜60.00｜60.00｜600000.00｜",
     "600000.00", "county funds spent written in 元 in a 万元 table: 360.00 + 121.80 + 60.00 = 541.80 only with 60.00万元", "table"),

    # --- Jilin, Da'an: shantytown renovation centre, department-wide 2019 ---
    ("daan-penggai-dept-2019", 1, "rate_mismatch",
     "｜32.46｜85.87%",
     "｜32.46｜85.78%",
     "32.46｜85.78%", "公用经费 32.46 / 37.80 = 85.87%", "table"),
    ("daan-penggai-dept-2019", 2, "score_sum_mismatch",
     "｜10｜9.11｜回迁推迟影响评价",
     "｜10｜9.41｜回迁推迟影响评价",
     "9.41｜回迁推迟影响评价\n合计｜｜｜｜｜100｜88.44",
     "satisfaction row changed to 9.41 without updating the total: rows now add to 88.74, 合计 says 88.44", "table"),
    ("daan-penggai-dept-2019", 3, "conflicting_values",
     "｜≥1850套｜1850套｜",
     "｜≥1850套｜1580套｜",
     "1580套", "开工 1,850套 in the text (完成率100%), 1580套 in the 自评表", "table"),
    ("daan-penggai-dept-2019", 4, "completion_mismatch",
     "完成年度任务的110.50%",
     "完成年度任务的101.50%",
     "完成年度任务的101.50%", "1326 / 1200 = 110.50%", "prose"),
    ("daan-penggai-dept-2019", 5, "year_mismatch",
     "截至2019年12月31日",
     "截至2018年12月31日",
     "截至2018年12月31日", "2019 report: the year-end spending figures are dated the end of 2018", "prose"),
    ("daan-penggai-dept-2019", 6, "grade_mismatch",
     "评价等级为良好",
     "评价等级为优秀",
     "评价等级为优秀", "88.44 is in the 良 band (80-90)", "prose"),

    # --- Xinjiang, Korla: rental subsidy 2024 (funds and indicators in prose only) ---
    ("korla-rentsubsidy-2024", 1, "rate_mismatch",
     "预算执行率96.58%",
     "预算执行率95.68%",
     "预算执行率95.68%", "498.36 / 516.00 = 96.58%", "prose"),
    ("korla-rentsubsidy-2024", 2, "balance_mismatch",
     "年末结余17.64万元",
     "年末结余16.74万元",
     "16.74万元", "516.00 received - 498.36 spent = 17.64", "prose"),
    ("korla-rentsubsidy-2024", 3, "sum_mismatch",
     "城镇低保家庭612户",
     "城镇低保家庭621户",
     "城镇低保家庭621户", "621 + 1,088 + 445 = 2,154, not 2,145", "prose"),
    ("korla-rentsubsidy-2024", 4, "average_mismatch",
     "季度平均发放124.59万元",
     "季度平均发放125.49万元",
     "季度平均发放125.49万元", "(118.20 + 124.56 + 126.30 + 129.30) / 4 = 124.59", "prose"),
    ("korla-rentsubsidy-2024", 5, "completion_mismatch",
     "完成率107.25%",
     "完成率107.52%",
     "完成率107.52%", "2,145 / 2,000 = 107.25%", "prose"),
    ("korla-rentsubsidy-2024", 6, "conflicting_values",
     "发放租赁补贴498.36万元，年度绩效目标基本实现",
     "发放租赁补贴489.36万元，年度绩效目标基本实现",
     "489.36万元", "the year's payments are 498.36万元 everywhere else (and the four quarters add to 498.36)", "prose"),
]


def main():
    labels = []
    clean_text = {}
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as f:
            clean_text[src] = f.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, where) in EDITS:
            if s != src:
                continue
            t = clean_text[src]
            k = t.count(old)
            if k != 1:
                sys.exit(f"{src}-e{n}: old string matches {k} times: {old!r}")
            out = t.replace(old, new, 1)
            if out.count(value) < 1:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(out)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
