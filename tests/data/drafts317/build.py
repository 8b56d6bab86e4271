#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of this set from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean
draft; the label `value` must then occur in the error case. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "jx-ruijin-hujidangan-2021"
B = "hb-macheng-shenfenzheng-2019"
C = "gd-huiyang-crjdating-2023"
D = "zj-yiwu-xinjumin-bumen-2018"
E = "sc-chaotian-hujiguanli-2024"
PROJECTS = [A, B, C, D, E]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: Ruijin (Jiangxi) 2021, full-width bar tables ----
    (A, 1, "completion_mismatch", "table",
     "｜192.4万页｜106.89%｜", "｜192.4万页｜116.89%｜",
     "192.4万页｜116.89%",
     "scanned pages: 192.4 / 180 = 106.89%, the row states 116.89%"),
    (A, 2, "score_exceeds_weight", "table",
     "｜97.89%｜5｜4.89｜两个派出所档案移交滞后，影响整体进度\n产出指标｜成本指标｜单页综合加工成本｜≤0.55元/页｜0.52元/页｜100%｜10｜10｜",
     "｜97.89%｜5｜10｜两个派出所档案移交滞后，影响整体进度\n产出指标｜成本指标｜单页综合加工成本｜≤0.55元/页｜0.52元/页｜100%｜10｜4.89｜",
     "97.89%｜5｜10",
     "按期完成率 row scores 10 against its weight 5; the scores of this row and the cost row below were swapped, so the column still sums to 89.39"),
    (A, 3, "rate_mismatch", "table",
     "｜119.07｜—｜94.50%｜", "｜119.07｜—｜95.40%｜",
     "119.07｜—｜95.40%",
     "当年财政拨款 row: 119.07 / 126.00 = 94.50%, stated 95.40%"),
    (A, 4, "sum_mismatch", "table",
     "当年财政拨款｜120.00｜", "当年财政拨款｜102.00｜",
     "当年财政拨款｜102.00",
     "年初预算数 column: 102.00 + 12.60 + 0 = 114.60, the total row states 132.60 (component should be 120.00)"),
    (A, 5, "year_mismatch", "prose",
     "已按规定结转至2022年继续使用", "已按规定结转至2021年继续使用",
     "结转至2021年",
     "money left over from the 2021 budget is carried over into 2021 itself; it must go to 2022"),
    (A, 6, "conflicting_values", "prose",
     "满意度为95.6%（2020年", "满意度为96.5%（2020年",
     "满意度为96.5%",
     "the satisfaction survey result is 95.6% in the indicator table, 96.5% in the text"),

    # ---- B: Macheng (Hubei) 2019, tab-separated tables ----
    (B, 1, "weight_sum_mismatch", "table",
     "≥99.5%\t99.8%\t9\t9", "≥99.5%\t99.8%\t11\t9",
     "99.8%\t11\t9",
     "weights now sum to 102 against 合计 100 (产出 rows 47 against the 45 stated in 五、自评结论)"),
    (B, 2, "score_sum_mismatch", "table",
     "≥10个\t8个\t10\t8\t", "≥10个\t8个\t10\t9\t",
     "8个\t10\t9",
     "row scores now sum to 97.60 against the stated 96.60 (效益 rows 24 against the 23 stated in 五、自评结论)"),
    (B, 3, "unit_mismatch", "table",
     "≥1200张\t1316张", "≥1200张\t109.67%",
     "≥1200张\t109.67%",
     "target is a count of cards (张), the actual is a percentage: completion cannot be computed"),
    (B, 4, "implausible_rate", "table",
     "≥95%\t97.3%", "≥95%\t103.7%",
     "103.7%",
     "satisfaction of 103.7% is above 100%"),
    (B, 5, "average_mismatch", "prose",
     "季度平均1.78万张", "季度平均1.87万张",
     "季度平均1.87万张",
     "(1.62 + 1.85 + 1.91 + 1.74) / 4 = 1.78万张, stated 1.87"),
    (B, 6, "balance_mismatch", "prose",
     "结余6.05万元", "结余6.50万元",
     "结余6.50万元",
     "到位 86.40 - 支出 80.35 = 6.05万元, stated 6.50"),

    # ---- C: Huiyang (Guangdong) 2023, PDF table with runs of spaces ----
    (C, 1, "completion_mismatch", "table",
     "23分钟         86.96%", "23分钟         115.00%",
     "23分钟         115.00%",
     "reverse indicator ≤20分钟 missed with 23分钟: completion 20/23 = 86.96%; 115.00% is actual/target"),
    (C, 2, "unit_mismatch", "table",
     "≥65%            72.4%  ", "≥65%            8.15万件",
     "≥65%            8.15万件",
     "target is a share (%), the actual is a count of cases (万件): completion cannot be computed"),
    (C, 3, "score_sum_mismatch", "table",
     "106.25%    10      10", "106.25%    10      9",
     "106.25%    10      9",
     "row scores now sum to 97.38 against the stated 98.38 (效益 rows 27.70 against the 28.70 stated in 四、综合评价结论)"),
    (C, 4, "conflicting_values", "table",
     "31.40万元      100%", "34.10万元      100%",
     "34.10万元",
     "the hall running cost is 31.40万元 in the funds section (大厅运行经费…支出31.40万元) but 34.10万元 in the table"),
    (C, 5, "rate_mismatch", "prose",
     "执行率94.85%", "执行率94.58%",
     "执行率94.58%",
     "自助设备租赁及维护: 49.32 / 52.00 = 94.85%, stated 94.58%"),
    (C, 6, "sum_mismatch", "prose",
     "便民服务补助25.00万元", "便民服务补助20.50万元",
     "便民服务补助20.50万元",
     "区本级 190.00 + 省级 20.50 = 210.50, the annual budget is 215万元"),

    # ---- D: Yiwu (Zhejiang) 2018, department-wide, prose only ----
    (D, 1, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "total 96.20 lies in the 优 band (≥90)"),
    (D, 2, "average_mismatch", "prose",
     "三类对象平均94.07%", "三类对象平均94.70%",
     "三类对象平均94.70%",
     "(94.2 + 92.6 + 95.4) / 3 = 94.07%, stated 94.70%"),
    (D, 3, "weight_sum_mismatch", "prose",
     "质量15分", "质量16分",
     "质量16分",
     "产出 sub-weights 20 + 16 + 15 = 51, the level weight is 50"),
    (D, 4, "balance_mismatch", "prose",
     "项目支出结余54.11万元", "项目支出结余45.11万元",
     "结余45.11万元",
     "项目支出 595.90 - 541.79 = 54.11万元, stated 45.11"),
    (D, 5, "unit_mismatch", "prose",
     "人均6861.54元", "人均6861.54万元",
     "人均6861.54万元",
     "285.44万元 / 416人 = 6861.54元; written as 万元 the per-person amount is off by 10^4"),
    (D, 6, "year_mismatch", "prose",
     "截至2018年12月31日", "截至2017年12月31日",
     "截至2017年12月31日",
     "the 2018 department report states its spending as of 31 Dec 2017"),

    # ---- E: Chaotian (Sichuan) 2024, Markdown pipe tables ----
    (E, 1, "score_exceeds_weight", "table",
     "| 15 | 14.25 | 部分早年档案破损需先修复，剩余0.21万卷列入2025年计划 |\n| 产出指标 | 质量指标 | 户籍信息准确率 | ≥ | 99 | % | 99.6 | 10 | 10 |",
     "| 15 | 10 | 部分早年档案破损需先修复，剩余0.21万卷列入2025年计划 |\n| 产出指标 | 质量指标 | 户籍信息准确率 | ≥ | 99 | % | 99.6 | 10 | 14.25 |",
     "| 99.6 | 10 | 14.25 |",
     "户籍信息准确率 scores 14.25 against its weight 10; the scores of this row and the archive row above were swapped, so the column still sums to 89.25"),
    (E, 2, "implausible_rate", "table",
     "| % | 93.5 |", "| % | 103.5 |",
     "% | 103.5",
     "a share of cases settled in one visit cannot exceed 100%"),
    (E, 3, "rate_mismatch", "table",
     "| 46.20 | — | 88.85% |", "| 46.20 | — | 88.58% |",
     "46.20 | — | 88.58%",
     "财政资金 row: 46.20 / 52.00 = 88.85%, stated 88.58%"),
    (E, 4, "sum_mismatch", "prose",
     "中子派出所8700卷", "中子派出所8070卷",
     "中子派出所8070卷",
     "13800 + 9600 + 8070 + 7800 = 39270卷, stated total 39900卷"),
    (E, 5, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 98.25 lies in the 优 band (≥90)"),
    (E, 6, "conflicting_values", "prose",
     "错误户籍信息1728条（2023年", "错误户籍信息1782条（2023年",
     "错误户籍信息1782条",
     "records cleaned: 1782条 in the text, 1728 in the indicator table"),
]


def main():
    labels = []
    errors = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            if clean.count(old) != 1:
                errors.append(f"{pid}-e{n}: old string occurs {clean.count(old)} times: {old!r}")
                continue
            text = clean.replace(old, new)
            if value not in text:
                errors.append(f"{pid}-e{n}: value not in case: {value!r}")
            with open(os.path.join(CASES, f"{pid}-e{n}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": f"{pid}-e{n}.txt", "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
