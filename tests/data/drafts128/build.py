#!/usr/bin/env python3
"""Build the n128 error cases and labels.jsonl from the clean drafts.

Each edit is (source id, case suffix, code, where, old, new, value, explanation).
`old` must occur exactly once in the clean draft; `value` must occur in the error case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "meixian-archivesdigital-2021",
    "yongchun-countychronicle-2023",
    "juxian-statsbureau-2022",
    "qixian-officecars-2024",
    "gangu-energysaving-2019",
]

A, B, C, D, E = SOURCES

EDITS = [
    # --- A: Meixian archives digitisation 2021 ---
    (A, "e1", "rate_mismatch", "prose",
     "项目实际支出69.80万元，预算执行率96.28%",
     "项目实际支出69.80万元，预算执行率96.82%",
     "预算执行率96.82%",
     "69.80/72.50 = 96.28%, the text states 96.82% (table still 96.28%)"),
    (A, "e2", "balance_mismatch", "prose",
     "年末结余2.70万元",
     "年末结余2.07万元",
     "2.07万元",
     "全年预算72.50 − 实际支出69.80 = 2.70万元, stated 2.07万元"),
    (A, "e3", "score_exceeds_weight", "table",
     "｜≥98%｜99.20%｜10｜10｜—\n产出指标｜时效指标｜年度加工任务验收时间｜2021年12月31日前｜2021年12月20日｜5｜5｜",
     "｜≥98%｜99.20%｜10｜5｜—\n产出指标｜时效指标｜年度加工任务验收时间｜2021年12月31日前｜2021年12月20日｜5｜10｜",
     "2021年12月20日｜5｜10",
     "scores of the 质量 and 时效 rows swapped: 时效 row scores 10 against a weight of 5 (total still 98.14)"),
    (A, "e4", "completion_mismatch", "prose",
     "完成档案目录著录61820条，为年度指标值的95.11%",
     "完成档案目录著录61820条，为年度指标值的95.51%",
     "为年度指标值的95.51%",
     "61820/65000 = 95.11%, stated 95.51%"),
    (A, "e5", "unit_mismatch", "table",
     "｜≥120万页｜126.34万页｜",
     "｜≥120万页｜105.28%｜",
     "≥120万页｜105.28%",
     "实际完成值 given as a percentage (the completion rate) against a target in 万页"),
    (A, "e6", "year_mismatch", "prose",
     "已按规定结转至2022年使用",
     "已按规定结转至2021年使用",
     "结转至2021年",
     "the balance of the 2021 budget is carried over into 2021 itself; must be a later year (2022)"),
    # --- B: Yongchun county chronicle 2023 ---
    (B, "e1", "sum_mismatch", "table",
     "年度资金总额｜53.20｜",
     "年度资金总额｜52.30｜",
     "年度资金总额｜52.30",
     "年初预算数 column: 45.00 + 8.20 + 0.00 = 53.20, total row states 52.30"),
    (B, "e2", "score_sum_mismatch", "table",
     "｜≥90%｜94.00%｜10｜10｜—\n合计",
     "｜≥90%｜94.00%｜10｜9｜—\n合计",
     "94.00%｜10｜9｜—\n合计｜｜｜｜｜100｜94.05",
     "row scores 9.55+10+10+10+5+6+5+15+13.5+9 = 93.05, 合计 and text state 94.05"),
    (B, "e3", "grade_mismatch", "prose",
     "评价等级为优。",
     "评价等级为良。",
     "评价等级为良",
     "94.05 is in the 优 band (≥90), stated 良"),
    (B, "e4", "average_mismatch", "prose",
     "平均90.33分",
     "平均90.67分",
     "平均90.67分",
     "(87 + 90 + 94)/3 = 90.33, stated 90.67"),
    (B, "e5", "conflicting_values", "table",
     "｜≥260万字｜268万字｜",
     "｜≥260万字｜286万字｜",
     "286万字",
     "志稿总字数 is 268万字 in the text (8万字 above the 260万字 target), 286万字 in the table"),
    (B, "e6", "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%",
     "执行率 100.00% on a zero budget (其他资金 0.00): rate on a zero base"),
    # --- C: Juxian statistics bureau, whole-department 2022 ---
    (C, "e1", "weight_sum_mismatch", "table",
     "｜≥120条｜136条｜10｜10｜",
     "｜≥120条｜136条｜15｜10｜",
     "136条｜15｜10",
     "weights now total 105 (公开发布统计信息 row 15 instead of 10)"),
    (C, "e2", "rate_mismatch", "table",
     "项目支出｜111.70｜139.12｜127.06｜91.33%",
     "项目支出｜111.70｜139.12｜127.06｜93.31%",
     "127.06｜93.31%",
     "127.06/139.12 = 91.33%, stated 93.31%"),
    (C, "e3", "sum_mismatch", "prose",
     "统计执法检查经费12.52万元",
     "统计执法检查经费12.25万元",
     "139.12万元，包括常规统计调查经费68.40万元、统计基础及信息化建设经费36.20万元、统计执法检查经费12.25万元",
     "68.40 + 36.20 + 12.25 + 22.00 = 138.85, stated total 139.12"),
    (C, "e4", "balance_mismatch", "prose",
     "全年结转结余12.06万元",
     "全年结转结余12.60万元",
     "12.60万元",
     "528.74 − 516.68 = 12.06 (also 139.12 − 127.06), stated 12.60"),
    (C, "e5", "average_mismatch", "prose",
     "平均98.27%",
     "平均98.72%",
     "平均98.72%",
     "(98.5 + 97.2 + 99.1)/3 = 98.27%, stated 98.72%"),
    (C, "e6", "year_mismatch", "table",
     "莒县统计局部门整体支出绩效自评表（2022年度）",
     "莒县统计局部门整体支出绩效自评表（2021年度）",
     "自评表（2021年度）",
     "the 2022 self-evaluation's table is headed 2021年度: two evaluation years for one report"),
    # --- D: Qixian official cars 2024 ---
    (D, "e1", "implausible_rate", "prose",
     "燃油费实际支出17.28万元，执行率96.00%",
     "燃油费实际支出18.72万元，执行率104.00%",
     "18.72万元，执行率104.00%",
     "燃油费 spent 18.72 against a budget of 18.00: execution rate above 100%"),
    (D, "e2", "unit_mismatch", "prose",
     "维修保养费支出212520元",
     "维修保养费支出212520万元",
     "212520万元",
     "212520元 written as 万元 (off by 10^4): 46 cars × 4620元 = 212520元 = 21.25万元"),
    (D, "e3", "grade_mismatch", "table",
     "｜100｜98.39｜优",
     "｜100｜98.39｜良",
     "98.39｜良",
     "98.39 is in the 优 band (≥90), table states 良"),
    (D, "e4", "completion_mismatch", "table",
     "97.80%｜102.95%",
     "97.80%｜102.59%",
     "97.80%｜102.59%",
     "97.80/95 = 102.95%, stated 102.59%"),
    (D, "e5", "conflicting_values", "prose",
     "派车平均响应时间22分钟。",
     "派车平均响应时间27分钟。",
     "派车平均响应时间27分钟",
     "the text says 27分钟, the table 22分钟 for the same indicator"),
    (D, "e6", "score_sum_mismatch", "prose",
     "效益指标得分28.75分",
     "效益指标得分27.85分",
     "效益指标得分27.85分，满意度指标得分10分，合计98.39分",
     "9.64 + 50 + 27.85 + 10 = 97.49, stated 合计98.39 (table 效益 rows give 28.75)"),
    # --- E: Gangu public-institution energy saving 2019 ---
    (E, "e1", "rate_mismatch", "table",
     "其中：当年财政拨款｜80.00｜92.00｜83.72｜—｜91.00%",
     "其中：当年财政拨款｜80.00｜92.00｜83.72｜—｜90.10%",
     "83.72｜—｜90.10%",
     "83.72/92.00 = 91.00%, 当年财政拨款 row states 90.10%"),
    (E, "e2", "sum_mismatch", "prose",
     "节能宣传及培训6.40万元",
     "节能宣传及培训6.04万元",
     "83.72万元，执行率91.00%。其中LED照明改造35.40万元，空调系统节能改造28.60万元，能耗监测平台13.32万元，节能宣传及培训6.04万元",
     "35.40 + 28.60 + 13.32 + 6.04 = 83.36, stated total 83.72"),
    (E, "e3", "conflicting_values", "table",
     "｜≥2400盏｜2460盏｜",
     "｜≥2400盏｜2640盏｜",
     "2640盏",
     "the text reports 2460盏 replaced, the table 2640盏"),
    (E, "e4", "weight_sum_mismatch", "table",
     "｜≥12台｜12台｜5｜5｜",
     "｜≥12台｜12台｜10｜5｜",
     "12台｜10｜5",
     "weights now total 105 (改造空调机组 row 10 instead of 5)"),
    (E, "e5", "score_exceeds_weight", "table",
     "｜≥4期｜5期｜5｜5｜—\n产出指标｜质量指标｜改造工程验收合格率｜100%｜100%｜10｜10｜",
     "｜≥4期｜5期｜5｜6｜—\n产出指标｜质量指标｜改造工程验收合格率｜100%｜100%｜10｜9｜",
     "5期｜5｜6",
     "节能培训 row scores 6 against a weight of 5 (next row lowered so the total still reads 89.55)"),
    (E, "e6", "completion_mismatch", "prose",
     "完成率86.67%",
     "完成率86.76%",
     "完成率86.76%",
     "26/30 = 86.67%, stated 86.76%"),
]


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        if not os.path.exists(os.path.join(CASES, clean_name)):
            sys.exit(f"missing {clean_name}")
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        for (s, suffix, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            key = (s, suffix)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen.add(key)
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{s}-{suffix}: old text occurs {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{s}-{suffix}: value not in case: {value!r}")
            name = f"{s}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
