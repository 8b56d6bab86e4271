#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in the clean draft.
Run from this directory: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ha-xiuwu-zidongjiankong-2022",
    "js-dafeng-zhenghoujianguan-2020",
    "sc-jialing-zaixianjiankong-2023",
    "sx-yangqu-zidongjiankong-2019",
    "gx-zhaoping-sthj-bumen-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Henan, Xiuwu 2022: MOF outline, funds table in yuan ---
    ("ha-xiuwu-zidongjiankong-2022", 1, "rate_mismatch", "prose",
     "其中县级财政拨款执行率95.63%", "其中县级财政拨款执行率95.36%",
     "县级财政拨款执行率95.36%",
     "county appropriation executed 621,600.00 of 650,000.00 yuan = 95.63%, stated 95.36%"),
    ("ha-xiuwu-zidongjiankong-2022", 2, "sum_mismatch", "table",
     "省级专项补助｜150,000.00｜150,000.00", "省级专项补助｜105,000.00｜150,000.00",
     "省级专项补助｜105,000.00",
     "年初预算数 column: 650,000.00 + 105,000.00 + 0.00 + 0.00 = 755,000.00, total row says 800,000.00"),
    ("ha-xiuwu-zidongjiankong-2022", 3, "balance_mismatch", "prose",
     "年末结余2.84万元", "年末结余2.48万元",
     "年末结余2.48万元",
     "全年预算 86.24 (fully received) - 支出 83.40 = 2.84万元, stated 2.48"),
    ("ha-xiuwu-zidongjiankong-2022", 4, "unit_mismatch", "table",
     "｜≥41个｜41个｜", "｜≥41个｜100%｜",
     "≥41个｜100%",
     "target is a count of monitoring points (个), the actual is a percentage: completion cannot be computed"),
    ("ha-xiuwu-zidongjiankong-2022", 5, "conflicting_values", "table",
     "｜≥15起｜19起｜", "｜≥15起｜16起｜",
     "≥15起｜16起",
     "the text says 19 exceedance leads were handed over (移交超标排放线索19起); the table says 16"),
    ("ha-xiuwu-zidongjiankong-2022", 6, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”",
     "评价等级为“良好”",
     "total 99.36 lies in the 优 band (>= 90), stated 良好"),

    # --- Jiangsu, Dafeng 2020: table with 完成率 column, whole-point scores ---
    ("js-dafeng-zhenghoujianguan-2020", 1, "score_exceeds_weight", "table",
     "｜108.67%｜5｜5\n", "｜108.67%｜5｜5.43\n",
     "108.67%｜5｜5.43",
     "score 5.43 above the weight 5 (5 x 108.67% without the cap); the row sum 90.43 still rounds to the stated whole total 90"),
    ("js-dafeng-zhenghoujianguan-2020", 2, "average_mismatch", "prose",
     "平均每个中队81.5家次", "平均每个中队85.1家次",
     "平均每个中队85.1家次",
     "(86 + 79 + 92 + 69) / 4 = 81.5, stated 85.1"),
    ("js-dafeng-zhenghoujianguan-2020", 3, "year_mismatch", "prose",
     "该部分资金已结转至2021年", "该部分资金已结转至2020年",
     "结转至2020年",
     "money left at the end of the 2020 budget year cannot be carried over to 2020 itself (next year: 2021)"),
    ("js-dafeng-zhenghoujianguan-2020", 4, "completion_mismatch", "table",
     "｜97.2%｜102.32%｜", "｜97.2%｜103.22%｜",
     "97.2%｜103.22%",
     "97.2% / 95% = 102.32%, stated 103.22%"),
    ("js-dafeng-zhenghoujianguan-2020", 5, "implausible_rate", "prose",
     "信息公开率达到98.6%", "信息公开率达到108.6%",
     "信息公开率达到108.6%",
     "a disclosure rate (share of units) cannot exceed 100%"),
    ("js-dafeng-zhenghoujianguan-2020", 6, "score_sum_mismatch", "table",
     "｜81%｜90.00%｜10｜9\n合计", "｜81%｜90.00%｜10｜8\n合计",
     "81%｜90.00%｜10｜8\n合计｜｜｜｜｜｜100｜90",
     "row scores now add up to 9+10+5+6+8+5+4+5+9+10+10+8 = 89, the 合计 row and the text say 90"),

    # --- Sichuan, Jialing 2023: Sichuan table (指标性质/度量单位), 10 + 90 split, no satisfaction line ---
    ("sc-jialing-zaixianjiankong-2023", 1, "weight_sum_mismatch", "table",
     "｜定性｜健全｜—｜健全｜10｜10｜—\n总分", "｜定性｜健全｜—｜健全｜15｜10｜—\n总分",
     "健全｜15｜10｜—\n总分｜｜｜｜｜｜｜100",
     "weights now add up to 10 (execution) + 95 = 105, 总分 row says 100"),
    ("sc-jialing-zaixianjiankong-2023", 2, "rate_mismatch", "table",
     "｜87.70｜—｜88.95%｜", "｜87.70｜—｜88.59%｜",
     "87.70｜—｜88.59%",
     "财政资金 row: 87.70 / 98.60 = 88.95%, stated 88.59%"),
    ("sc-jialing-zaixianjiankong-2023", 3, "completion_mismatch", "prose",
     "为年度目标120点次的108.33%", "为年度目标120点次的103.83%",
     "120点次的103.83%",
     "130 / 120 = 108.33%, stated 103.83%"),
    ("sc-jialing-zaixianjiankong-2023", 4, "sum_mismatch", "prose",
     "执法监测费9.90万元", "执法监测费9.09万元",
     "全年执行92.70万元，执行率89.48%，其中在线监控运维费62.40万元，比对监测费14.80万元，执法监测费9.09万元，平台维护及通信费5.60万元",
     "62.40 + 14.80 + 9.09 + 5.60 = 91.89, stated total 92.70"),
    ("sc-jialing-zaixianjiankong-2023", 5, "unit_mismatch", "prose",
     "比对监测费14.80万元", "比对监测费148000万元",
     "比对监测费148000万元",
     "the 14.80万元 part (148,000元) written with the unit 万元: off by 10^4, the most specific explanation of the broken breakdown"),
    ("sc-jialing-zaixianjiankong-2023", 6, "conflicting_values", "table",
     "｜家次｜236｜", "｜家次｜263｜",
     "家次｜263",
     "the text gives 236家次 of 双随机 inspections; the table says 263"),

    # --- Shanxi, Yangqu 2019: 行次 funds table, tab-separated sub-tables with 完成率 ---
    ("sx-yangqu-zidongjiankong-2019", 1, "score_exceeds_weight", "table",
     "103.17%\t10\n", "103.17%\t10.32\n",
     "103.17%\t10.32",
     "score 10.32 above the weight 10 (10 x 103.17% without the cap); sum 89.32 still rounds to the stated whole total 89"),
    ("sx-yangqu-zidongjiankong-2019", 2, "balance_mismatch", "table",
     "(5)=(3)-(4)\t15.00", "(5)=(3)-(4)\t16.50",
     "(5)=(3)-(4)\t16.50",
     "(3) 75.00 - (4) 60.00 = 15.00, 资金结余 row says 16.50"),
    ("sx-yangqu-zidongjiankong-2019", 3, "completion_mismatch", "table",
     "60小时\t80.00%", "60小时\t125.00%",
     "60小时\t125.00%",
     "≤48小时 missed with 60小时: completion 48/60 = 80.00%; 125.00% is actual/target"),
    ("sx-yangqu-zidongjiankong-2019", 4, "average_mismatch", "prose",
     "平均92.75分", "平均92.57分",
     "平均92.57分",
     "(88 + 92 + 95 + 96) / 4 = 92.75, stated 92.57"),
    ("sx-yangqu-zidongjiankong-2019", 5, "grade_mismatch", "prose",
     "评价等级为“良好”", "评价等级为“优秀”",
     "评价等级为“优秀”",
     "total 89 lies in the 良 band (80 <= s < 90), stated 优秀"),
    ("sx-yangqu-zidongjiankong-2019", 6, "year_mismatch", "prose",
     "年末结余资金已结转至2020年", "年末结余资金已结转至2019年",
     "结转至2019年",
     "the balance of the 2019 budget is carried over to 2019 itself (should be 2020)"),

    # --- Guangxi, Zhaoping 2024: department overall spending ---
    ("gx-zhaoping-sthj-bumen-2024", 1, "weight_sum_mismatch", "table",
     "｜84%｜10｜9.33\n合计", "｜84%｜12｜9.33\n合计",
     "84%｜12｜9.33\n合计｜｜｜｜｜100",
     "weights now add up to 102 (效果 block 27 against the stated 分值25分), 合计 says 100"),
    ("gx-zhaoping-sthj-bumen-2024", 2, "score_sum_mismatch", "prose",
     "效果指标（分值25分）得23.28分", "效果指标（分值25分）得23.82分",
     "得23.82分。综合自评得分97.85分",
     "效果 rows score 5 + 5 + 3.95 + 9.33 = 23.28, stated 23.82; subtotals 15 + 29.76 + 29.81 + 23.82 = 98.39 against the stated 97.85"),
    ("gx-zhaoping-sthj-bumen-2024", 3, "implausible_rate", "table",
     "空气质量优良天数比率｜≥95%｜97.5%", "空气质量优良天数比率｜≥95%｜107.5%",
     "空气质量优良天数比率｜≥95%｜107.5%",
     "a share of days cannot exceed 100%"),
    ("gx-zhaoping-sthj-bumen-2024", 4, "rate_mismatch", "prose",
     "项目支出执行率92.86%", "项目支出执行率92.68%",
     "项目支出执行率92.68%",
     "项目支出 395.82 / 426.25 = 92.86%, stated 92.68%"),
    ("gx-zhaoping-sthj-bumen-2024", 5, "conflicting_values", "prose",
     "全年开展执法检查437家次", "全年开展执法检查473家次",
     "执法检查473家次",
     "the indicator table gives 437家次 of inspections; the text says 473"),
    ("gx-zhaoping-sthj-bumen-2024", 6, "sum_mismatch", "table",
     "基本支出｜826.30", "基本支出｜862.30",
     "基本支出｜862.30",
     "年初预算 column: 862.30 + 352.00 = 1,214.30, 合计 row says 1,178.30"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted([e for e in EDITS if e[0] == pid], key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for (_, n, code, where, old, new, value, expl) in edits:
            cnt = clean.count(old)
            assert cnt == 1, f"{pid}-e{n}: old string matches {cnt} times: {old!r}"
            text = clean.replace(old, new)
            assert value in text, f"{pid}-e{n}: value not in case"
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
