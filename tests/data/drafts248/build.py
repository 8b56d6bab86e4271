#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts248 from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run: python3 build.py   (writes cases/<id>-eN.txt and labels.jsonl next to this file)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yn-hekou-kouanbaozhang-2021",
    "gx-pingxiang-bianminhushi-2023",
    "xj-jeminay-chayansheshi-2020",
    "nm-ejina-bianjingtongdao-2018",
    "hlj-suifenhe-kouanbumen-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- yn-hekou-kouanbaozhang-2021 -------------------------------------------------
    ("yn-hekou-kouanbaozhang-2021", 1, "rate_mismatch", "prose",
     "项目全年实际支出499.74万元，预算执行率96.85%。",
     "项目全年实际支出499.74万元，预算执行率98.65%。",
     "预算执行率98.65%",
     "499.74 / 516.00 = 96.85% (digits transposed to 98.65%)"),
    ("yn-hekou-kouanbaozhang-2021", 2, "year_mismatch", "prose",
     "已按规定结转至2022年使用。",
     "已按规定结转至2021年使用。",
     "结转至2021年",
     "the unspent part of the 2021 budget cannot be carried over to 2021 itself (should be 2022)"),
    ("yn-hekou-kouanbaozhang-2021", 3, "grade_mismatch", "table",
     "｜100｜97.29｜自评等级：优",
     "｜100｜97.29｜自评等级：良",
     "自评等级：良",
     "total 97.29 is in the 优 band (>= 90); the table grade says 良"),
    ("yn-hekou-kouanbaozhang-2021", 4, "score_exceeds_weight", "table",
     "｜≤48小时｜36小时｜5｜5｜\n产出指标｜成本指标｜项目支出控制数｜≤516万元｜499.74万元｜5｜5｜",
     "｜≤48小时｜36小时｜5｜6｜\n产出指标｜成本指标｜项目支出控制数｜≤516万元｜499.74万元｜5｜4｜",
     "36小时｜5｜6",
     "时效 row scores 6 against a weight of 5 (成本 row lowered to 4 so the total still reads 97.29)"),
    ("yn-hekou-kouanbaozhang-2021", 5, "unit_mismatch", "table",
     "｜≥600辆次｜586辆次｜",
     "｜≥600辆次｜97.67%｜",
     "≥600辆次｜97.67%",
     "target in 辆次, actual entered as a percentage (the completion rate pasted into the actual column)"),
    ("yn-hekou-kouanbaozhang-2021", 6, "completion_mismatch", "prose",
     "指标完成率98.42%",
     "指标完成率94.82%",
     "指标完成率94.82%",
     "93.5% / 95% = 98.42%, stated 94.82%"),
    # ---- gx-pingxiang-bianminhushi-2023 ------------------------------------------------
    ("gx-pingxiang-bianminhushi-2023", 1, "sum_mismatch", "table",
     "其中：中央补助资金｜400.00｜400.00｜400.00｜",
     "其中：中央补助资金｜410.00｜400.00｜400.00｜",
     "中央补助资金｜410.00",
     "年初预算 column: 410.00 + 150.00 + 50.00 + 0.00 = 610.00, total row says 600.00"),
    ("gx-pingxiang-bianminhushi-2023", 2, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% on a zero budget (0.00 / 0.00)"),
    ("gx-pingxiang-bianminhushi-2023", 3, "weight_sum_mismatch", "table",
     "｜≤5000元/个｜5000元/个｜5｜5｜",
     "｜≤5000元/个｜5000元/个｜6｜5｜",
     "5000元/个｜6｜5",
     "weights now total 101 (产出 rows 51 instead of 50)"),
    ("gx-pingxiang-bianminhushi-2023", 4, "score_sum_mismatch", "table",
     "｜13家｜10｜8.67｜",
     "｜13家｜10｜8.76｜",
     "13家｜10｜8.76",
     "row scores now add up to 98.14, the 合计 row (and the text) say 98.05"),
    ("gx-pingxiang-bianminhushi-2023", 5, "average_mismatch", "prose",
     "平均每个互市点25.59亿元",
     "平均每个互市点25.95亿元",
     "平均每个互市点25.95亿元",
     "(41.28 + 36.52 + 18.30 + 6.26) / 4 = 25.59"),
    ("gx-pingxiang-bianminhushi-2023", 6, "conflicting_values", "prose",
     "全年参与互市贸易的边民1.76万人",
     "全年参与互市贸易的边民1.67万人",
     "全年参与互市贸易的边民1.67万人",
     "the table (and its score 9.78 = 10 x 1.76/1.8) gives 1.76万人 for the same indicator"),
    # ---- xj-jeminay-chayansheshi-2020 --------------------------------------------------
    ("xj-jeminay-chayansheshi-2020", 1, "balance_mismatch", "prose",
     "年末结余11.44万元",
     "年末结余10.44万元",
     "年末结余10.44万元",
     "到位 208.00 - 执行 196.56 = 11.44"),
    ("xj-jeminay-chayansheshi-2020", 2, "unit_mismatch", "prose",
     "货运通道及卡口维护25.00万元",
     "货运通道及卡口维护250000万元",
     "250000万元",
     "the 25万元 part written as 250000 (its 元 value) with the unit 万元; 98 + 62 + 25 + 23 = 208 only after rescaling by 10^4"),
    ("xj-jeminay-chayansheshi-2020", 3, "score_sum_mismatch", "prose",
     "产出指标得分48.33分",
     "产出指标得分48.83分",
     "产出指标得分48.83分",
     "9.45 + 48.83 + 27.22 + 10 = 95.50, stated total 95.00 (table 产出 rows add up to 48.33)"),
    ("xj-jeminay-chayansheshi-2020", 4, "rate_mismatch", "table",
     "其中：当年财政拨款｜185.00｜208.00｜196.56｜—｜94.50%｜—",
     "其中：当年财政拨款｜185.00｜208.00｜196.56｜—｜95.40%｜—",
     "196.56｜—｜95.40%",
     "196.56 / 208.00 = 94.50%, row says 95.40%"),
    ("xj-jeminay-chayansheshi-2020", 5, "completion_mismatch", "table",
     "｜≤3%｜3.6%｜83.33%｜",
     "｜≤3%｜3.6%｜120.00%｜",
     "3.6%｜120.00%",
     "reverse indicator ≤3% with actual 3.6%: completion 3/3.6 = 83.33%; 120.00% is actual/target"),
    ("xj-jeminay-chayansheshi-2020", 6, "weight_sum_mismatch", "table",
     "查验设施使用年限｜有效延长｜有效延长｜—｜10｜9｜",
     "查验设施使用年限｜有效延长｜有效延长｜—｜12｜9｜",
     "有效延长｜—｜12｜9",
     "weights now total 102 (效益 rows 32 instead of 30) while the 合计 row says 100"),
    # ---- nm-ejina-bianjingtongdao-2018 (prose only) -------------------------------------
    ("nm-ejina-bianjingtongdao-2018", 1, "sum_mismatch", "prose",
     "口岸货运通道附属设施维修92万元",
     "口岸货运通道附属设施维修82万元",
     "口岸货运通道附属设施维修82万元",
     "150 + 82 + 20 = 252, stated 预算262万元 (and 200 + 62 = 262)"),
    ("nm-ejina-bianjingtongdao-2018", 2, "average_mismatch", "prose",
     "平均每组62公里",
     "平均每组64公里",
     "平均每组64公里",
     "(62 + 70 + 54) / 3 = 62"),
    ("nm-ejina-bianjingtongdao-2018", 3, "implausible_rate", "prose",
     "当年实际发生19.2万元，使用率96.00%",
     "当年实际发生21.6万元，使用率108.00%",
     "21.6万元，使用率108.00%",
     "21.6 spent of the 20万元 arranged: a use rate over 100%"),
    ("nm-ejina-bianjingtongdao-2018", 4, "year_mismatch", "prose",
     "截至2018年12月31日",
     "截至2017年12月31日",
     "截至2017年12月31日",
     "the year-end spending of the 2018 project is dated 2017 (should be 2018-12-31)"),
    ("nm-ejina-bianjingtongdao-2018", 5, "balance_mismatch", "prose",
     "项目结转13.64万元",
     "项目结转13.46万元",
     "项目结转13.46万元",
     "到位 262 - 支出 248.36 = 13.64"),
    ("nm-ejina-bianjingtongdao-2018", 6, "conflicting_values", "prose",
     "巡逻路186公里全线保持畅通",
     "巡逻路168公里全线保持畅通",
     "巡逻路168公里",
     "the patrol road maintained is 186公里 everywhere else (养护186公里, 62 + 70 + 54, 172→186)"),
    # ---- hlj-suifenhe-kouanbumen-2024 (部门整体) ----------------------------------------
    ("hlj-suifenhe-kouanbumen-2024", 1, "grade_mismatch", "prose",
     "自评得分96.39分，等级为“优”",
     "自评得分96.39分，等级为“良”",
     "等级为“良”",
     "96.39 is in the 优 band (>= 90)"),
    ("hlj-suifenhe-kouanbumen-2024", 2, "score_exceeds_weight", "table",
     "｜96.5%｜98.47%｜10｜9.85｜新旧点位切换期间部分离线\n产出指标｜质量指标｜查验设施维修改造验收合格率｜100%｜100%｜100.00%｜5｜5｜",
     "｜96.5%｜98.47%｜5｜9.85｜新旧点位切换期间部分离线\n产出指标｜质量指标｜查验设施维修改造验收合格率｜100%｜100%｜100.00%｜10｜5｜",
     "98.47%｜5｜9.85",
     "weights of two adjacent 质量 rows swapped: 在线率 row scores 9.85 against a weight of 5 (weight and score totals unchanged)"),
    ("hlj-suifenhe-kouanbumen-2024", 3, "completion_mismatch", "table",
     "｜96.5%｜98.47%｜",
     "｜96.5%｜96.50%｜",
     "96.5%｜96.50%",
     "96.5% / 98% = 98.47%; the actual value was copied into the 完成率 column"),
    ("hlj-suifenhe-kouanbumen-2024", 4, "sum_mismatch", "table",
     "公用经费｜71.40｜71.40｜71.40｜",
     "公用经费｜74.10｜71.40｜71.40｜",
     "公用经费｜74.10",
     "年初预算 column: 人员经费 671.20 + 公用经费 74.10 = 745.30, 基本支出 says 742.60"),
    ("hlj-suifenhe-kouanbumen-2024", 5, "unit_mismatch", "table",
     "｜2024年10月31日前｜2024年10月25日｜",
     "｜2024年10月31日前｜100%｜",
     "2024年10月31日前｜100%",
     "target is a date, actual a percentage"),
    ("hlj-suifenhe-kouanbumen-2024", 6, "balance_mismatch", "prose",
     "支出158.48万元，结转28.32万元",
     "支出158.48万元，结转23.82万元",
     "结转23.82万元",
     "186.80 - 158.48 = 28.32 (and 10.74 + 28.32 + 8.00 = 47.06)"),
]


def main():
    labels = []
    written = 0
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old text matches {count} times, expected exactly once: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: label value not in the error case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            written += 1
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {written} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
