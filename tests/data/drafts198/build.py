#!/usr/bin/env python3
"""Build the n198 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jingxiu-roadclean-2022",
    "daxiang-gongzufang-2023",
    "shunqing-elevator-2024",
    "hailing-streetlight-2021",
    "longsha-szcg-2019",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 保定市竞秀区 城市道路清扫保洁 2022 (Hebei) ----
    ("jingxiu-roadclean-2022", 1, "rate_mismatch", "table",
     "1962.30｜—｜99.11%", "1962.30｜—｜99.01%",
     "1962.30｜—｜99.01%",
     "当年财政拨款 row: 1962.30 / 1980.00 = 99.11%, the table prints 99.01%"),
    ("jingxiu-roadclean-2022", 2, "balance_mismatch", "text",
     "结余17.70万元", "结余17.07万元",
     "结余17.07万元",
     "全年预算 2025.60 − 实际支出 2007.90 = 17.70万元 (also 120.00 − 95.70 − 6.60), stated 17.07"),
    ("jingxiu-roadclean-2022", 3, "weight_sum_mismatch", "table",
     "保洁作业长效监管机制｜健全｜健全｜5｜5｜", "保洁作业长效监管机制｜健全｜健全｜6｜5｜",
     "保洁作业长效监管机制｜健全｜健全｜6｜5｜—\n满意度指标｜服务对象满意度指标｜市民对道路保洁满意度｜≥90%｜89.3%｜10｜9.92｜背街小巷保洁频次偏低\n总分｜｜｜｜｜100",
     "可持续影响 row weight typed 6 instead of 5: weights now add to 101 (10 + 50 + 31 + 10) while the total row says 100"),
    ("jingxiu-roadclean-2022", 4, "score_sum_mismatch", "table",
     "89.3%｜10｜9.92｜", "89.3%｜10｜9.29｜",
     "89.3%｜10｜9.29｜背街小巷保洁频次偏低\n总分｜｜｜｜｜100｜99.78",
     "satisfaction score transposed to 9.29: row scores add to 9.91 + 50 + 29.95 + 9.29 = 99.15, stated total 99.78 (table and text)"),
    ("jingxiu-roadclean-2022", 5, "grade_mismatch", "text",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 99.78 is in the 优 band (90 ≤ s ≤ 100)"),
    ("jingxiu-roadclean-2022", 6, "year_mismatch", "text",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "2022 report: the funds position is stated as at 2021-12-31 instead of the evaluation year's end"),

    # ---- 邵阳市大祥区 公租房运营维护 2023 (Hunan) ----
    ("daxiang-gongzufang-2023", 1, "sum_mismatch", "table",
     "其他资金（租金收入）｜150.00", "其他资金（租金收入）｜105.00",
     "其他资金（租金收入）｜105.00",
     "年初预算 column: 320.00 + 28.40 + 105.00 = 453.40 ≠ 年度资金总额 498.40 (should be 150.00)"),
    ("daxiang-gongzufang-2023", 2, "average_mismatch", "text",
     "95.8%、96.4%、96.4%", "95.8%、96.4%、96.9%",
     "入住率分别为95.8%、96.4%、96.9%，平均96.2%",
     "(95.8 + 96.4 + 96.9) / 3 = 96.37%, stated average 96.2%"),
    ("daxiang-gongzufang-2023", 3, "score_exceeds_weight", "table",
     "1356套次｜10｜10｜—\n产出指标｜数量指标｜电梯维保台数｜=48台｜48台｜5｜5｜",
     "1356套次｜10｜9｜—\n产出指标｜数量指标｜电梯维保台数｜=48台｜48台｜5｜6｜",
     "电梯维保台数｜=48台｜48台｜5｜6",
     "电梯维保台数 scored 6 against a weight of 5 (the row above lowered to 9, so the total still reads 98.78)"),
    ("daxiang-gongzufang-2023", 4, "implausible_rate", "text",
     "实际支出33.80万元，执行率93.89%", "实际支出38.30万元，执行率106.39%",
     "38.30万元，执行率106.39%",
     "电梯维修专项 36.00万元 with 38.30万元 spent: execution rate over 100%"),
    ("daxiang-gongzufang-2023", 5, "conflicting_values", "table",
     "｜3161户｜", "｜3116户｜",
     "3116户",
     "the text gives 年末在保家庭3,161户 twice; the table's 实际完成值 reads 3116户"),
    ("daxiang-gongzufang-2023", 6, "completion_mismatch", "text",
     "完成年度目标的92.00%", "完成年度目标的82.00%",
     "完成年度目标的82.00%",
     "新增分配入住 138户 / 目标 150户 = 92.00%, stated 82.00%"),

    # ---- 南充市顺庆区 老旧小区加装电梯补助 2024 (Sichuan) ----
    ("shunqing-elevator-2024", 1, "unit_mismatch", "table",
     "个工作日｜18｜", "个工作日｜100%｜",
     "个工作日｜100%",
     "补助拨付时限 target ≤30 个工作日, actual given as 100% (text: 18个工作日)"),
    ("shunqing-elevator-2024", 2, "weight_sum_mismatch", "table",
     "电梯维保责任落实率｜=｜100｜%｜100｜10｜10｜", "电梯维保责任落实率｜=｜100｜%｜100｜15｜10｜",
     "电梯维保责任落实率｜=｜100｜%｜100｜15｜10｜\n满意度指标｜服务对象满意度指标｜受益居民满意度｜≥｜95｜%｜93.8｜10｜9.87｜施工期间通行不便，居民有意见\n总分｜｜｜｜｜｜｜100",
     "可持续影响 weight 15 instead of 10: weights add to 105 while the total row says 100"),
    ("shunqing-elevator-2024", 3, "completion_mismatch", "text",
     "占年度计划72台的95.83%", "占年度计划72台的95.38%",
     "占年度计划72台的95.38%",
     "开工 69 / 计划 72 = 95.83%, stated 95.38%"),
    ("shunqing-elevator-2024", 4, "year_mismatch", "text",
     "结转至2025年", "结转至2024年",
     "结转至2024年",
     "money unspent in the 2024 budget year is carried over to 2024 itself (should be 2025)"),
    ("shunqing-elevator-2024", 5, "rate_mismatch", "table",
     "财政资金｜672.00｜864.00｜780.00｜—｜90.28%", "财政资金｜672.00｜864.00｜780.00｜—｜92.08%",
     "财政资金｜672.00｜864.00｜780.00｜—｜92.08%",
     "财政资金 row: 780.00 / 864.00 = 90.28%, the table prints 92.08%"),
    ("shunqing-elevator-2024", 6, "score_sum_mismatch", "table",
     "93.8｜10｜9.87｜", "93.8｜10｜9.78｜",
     "93.8｜10｜9.78｜施工期间通行不便，居民有意见\n总分｜｜｜｜｜｜｜100｜98.48",
     "satisfaction score typed 9.78: row scores add to 9.03 + 54.58 + 25 + 9.78 = 98.39, stated total 98.48"),

    # ---- 泰州市海陵区 城市照明维护 2021 (Jiangsu, prose only) ----
    ("hailing-streetlight-2021", 1, "sum_mismatch", "text",
     "电费459.68万元", "电费495.68万元",
     "电费495.68万元",
     "612.30 + 495.68 + 31.04 + 98.40 = 1237.42 ≠ 全年实际支出 1,201.42万元 (电费 should be 459.68)"),
    ("hailing-streetlight-2021", 2, "unit_mismatch", "text",
     "每盏综合单价820元", "每盏综合单价820万元",
     "每盏综合单价820万元",
     "3,000盏 × 820元 = 246.00万元 (and 1,200盏 × 820元 = 98.40万元); the unit price is labelled 万元, off by 10^4"),
    ("hailing-streetlight-2021", 3, "grade_mismatch", "text",
     "自评等级：良好", "自评等级：优秀",
     "自评等级：优秀",
     "total 88.32 is in the 良 band (80 ≤ s < 90)"),
    ("hailing-streetlight-2021", 4, "average_mismatch", "text",
     "97.2%、97.5%", "96.2%、97.5%",
     "分别为96.2%、97.5%、97.8%、97.9%，全年平均亮灯率97.6%",
     "(96.2 + 97.5 + 97.8 + 97.9) / 4 = 97.35%, stated average 97.6%"),
    ("hailing-streetlight-2021", 5, "balance_mismatch", "text",
     "结余194.58万元", "结余149.58万元",
     "结余149.58万元",
     "全年预算 1,396.00 − 实际支出 1,201.42 = 194.58万元, stated 149.58"),
    ("hailing-streetlight-2021", 6, "completion_mismatch", "text",
     "完成计划的40.00%", "完成计划的60.00%",
     "完成计划的60.00%",
     "LED改造 1,200盏 / 计划 3,000盏 = 40.00%, stated 60.00%"),

    # ---- 齐齐哈尔市龙沙区 数字城管中心 部门整体 2019 (Heilongjiang) ----
    ("longsha-szcg-2019", 1, "score_exceeds_weight", "table",
     "96.10%｜10｜10｜—\n产出指标｜质量指标｜案件按期处置率｜≥90%｜88.6%｜10｜9.84",
     "96.10%｜10｜11｜—\n产出指标｜质量指标｜案件按期处置率｜≥90%｜88.6%｜10｜8.84",
     "案件结案率｜≥95%｜96.10%｜10｜11",
     "案件结案率 scored 11 against a weight of 10 (the next row lowered to 8.84, so 产出 still reads 49.84)"),
    ("longsha-szcg-2019", 2, "implausible_rate", "text",
     "实际支出36.95万元，执行率97.75%", "实际支出38.95万元，执行率103.04%",
     "38.95万元，执行率103.04%",
     "公用经费 budget 37.80万元 with 38.95万元 spent: execution rate over 100%"),
    ("longsha-szcg-2019", 3, "conflicting_values", "table",
     "｜68452件｜", "｜68542件｜",
     "68542件",
     "the text gives 立案68,452件 (basis of 结案率 96.10% and 月均 5,704件); the table reads 68542件"),
    ("longsha-szcg-2019", 4, "year_mismatch", "table",
     "（2019年度）", "（2018年度）",
     "部门整体支出绩效自评表（2018年度）",
     "the 2019 report's 自评表 is headed 2018年度 (template of the previous year)"),
    ("longsha-szcg-2019", 5, "average_mismatch", "text",
     "91.2%、87.5%", "91.2%、85.7%",
     "分别为91.2%、85.7%、89.0%、86.8%、88.4%、88.7%，平均88.6%",
     "mean of the six streets = 88.30%, stated average 88.6%"),
    ("longsha-szcg-2019", 6, "grade_mismatch", "table",
     "自评等级｜优", "自评等级｜良",
     "自评等级｜良",
     "total 99.57 is in the 优 band"),
]


def main():
    labels = []
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            case = clean.replace(old, new)
            if value not in case:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
