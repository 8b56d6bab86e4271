#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly ONE replacement: `old` must occur exactly once
in the clean draft and is replaced by `new`. `value` (the label) must occur exactly once in the
resulting case and must overlap the changed place. Run: python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zj-anji-jiuhupeixun-2018",
    "sd-juxian-rendaojiuzhu-2020",
    "hn-chaling-jiuhupeixun-2021",
    "sc-yingshan-hszbumen-2023",
    "gs-huining-jiuhujiuzhu-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 安吉县红十字会 2018 应急救护培训 (MOF 自评表 with funds block) ----
    ("zj-anji-jiuhupeixun-2018", 1, "rate_mismatch", "table",
     "10    96.85%", "10    96.58%", "96.58%",
     "funds block: 全年执行数 50.36 / 全年预算数 52.00 = 96.85%, the cell reads 96.58% (digits swapped)"),
    ("zj-anji-jiuhupeixun-2018", 2, "sum_mismatch", "prose",
     "驾驶员538人", "驾驶员583人", "驾驶员583人",
     "trainee groups 612 + 486 + 583 + 682 = 2,363, but the sentence says 共计培训2,318人 (538 written as 583)"),
    ("zj-anji-jiuhupeixun-2018", 3, "year_mismatch", "prose",
     "已按规定结转至2019年使用", "已按规定结转至2018年使用", "结转至2018年",
     "the unspent 1.64万元 of the 2018 budget is said to be carried over to 2018 itself; a carry-over goes to 2019"),
    ("zj-anji-jiuhupeixun-2018", 4, "unit_mismatch", "prose",
     "人均培训成本148.02元", "人均培训成本148.02万元", "148.02万元",
     "34.31万元 / 2,318人 = 148.02元 per trainee (table: 148元/人); written with 万元 the figure is off by 10^4"),
    ("zj-anji-jiuhupeixun-2018", 5, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 99.38 lies in the 优 band (90-100), the grade says 良"),
    ("zj-anji-jiuhupeixun-2018", 6, "conflicting_values", "table",
     "≥2000人           2318人", "≥2000人           2381人", "2381人",
     "table actual 救护员持证培训人数 2381人, while the text gives 2,318人 twice (and the groups add up to 2,318)"),

    # ---- 莒县红十字会 2020 人道救助 (table with 完成率 column) ----
    ("sd-juxian-rendaojiuzhu-2020", 1, "completion_mismatch", "table",
     "103.37%", "103.73%", "103.73%",
     "受助群众满意度 actual 98.2% / target 95% = 103.37%, the 完成率 cell reads 103.73%"),
    ("sd-juxian-rendaojiuzhu-2020", 2, "average_mismatch", "prose",
     "人均2,500元", "人均2,050元", "人均2,050元",
     "大病救助 53.50万元 / 214人 = 2,500元 per person, stated 2,050元"),
    ("sd-juxian-rendaojiuzhu-2020", 3, "sum_mismatch", "prose",
     "社会捐赠12.30万元", "社会捐赠13.20万元", "社会捐赠13.20万元",
     "大病救助 53.50万元, 其中 财政资金 41.20 + 社会捐赠 13.20 = 54.40 ≠ 53.50"),
    ("sd-juxian-rendaojiuzhu-2020", 4, "balance_mismatch", "prose",
     "捐赠资金结余3.64万元", "捐赠资金结余3.46万元", "结余3.46万元",
     "donations 18.60 received − 14.96 spent = 3.64 (also 91.10 − 87.46 = 3.64), stated 3.46"),
    ("sd-juxian-rendaojiuzhu-2020", 5, "implausible_rate", "prose",
     "受灾群众满意度96.8%", "受灾群众满意度106.8%", "受灾群众满意度106.8%",
     "a satisfaction rate above 100% is impossible"),
    ("sd-juxian-rendaojiuzhu-2020", 6, "score_sum_mismatch", "table",
     "50    49.69", "50    49.96", "49.96",
     "产出 rows 12 + 10 + 8 + 10 + 4.69 + 5 = 49.69, 小计 reads 49.96; 49.96 + 30 + 10 + 9.60 = 99.56 ≠ 合计 99.29"),

    # ---- 茶陵县红十字会 2021 应急救护培训 (Hunan outline, 附件 自评表) ----
    ("hn-chaling-jiuhupeixun-2021", 1, "score_exceeds_weight", "table",
     "92.34%          10    9.72", "92.34%          10    10.12", "10.12",
     "参训人员满意度 scored 10.12 with a weight of 10 (total 99.40 still reads 99 at whole points)"),
    ("hn-chaling-jiuhupeixun-2021", 2, "rate_mismatch", "prose",
     "取证率96.92%", "取证率96.29%", "取证率96.29%",
     "1,512 certified / 1,560 trained = 96.92%, stated 96.29%"),
    ("hn-chaling-jiuhupeixun-2021", 3, "average_mismatch", "table",
     "32.5人", "35.2人", "35.2人",
     "平均每期培训人数: 1,560人 / 48期 = 32.5人, the table says 35.2人"),
    ("hn-chaling-jiuhupeixun-2021", 4, "weight_sum_mismatch", "table",
     "1.2万人次       10    10", "1.2万人次       15    10", "1.2万人次       15",
     "产出 rows now weigh 10 + 15 + 5 + 10 + 5 + 10 = 55 against 小计 50; all weights 105 ≠ 100"),
    ("hn-chaling-jiuhupeixun-2021", 5, "conflicting_values", "prose",
     "扩大到42名", "扩大到46名", "扩大到46名",
     "text says 46 trainers, the table row 救护师资人数 says 42人"),
    ("hn-chaling-jiuhupeixun-2021", 6, "year_mismatch", "table",
     "（2021年度）", "（2020年度）", "（2020年度）",
     "the 自评表 is headed 2020 while the report, funds and outputs are for 2021"),

    # ---- 营山县红十字会 2023 部门整体支出 (Sichuan 10 + 90, no satisfaction) ----
    ("sc-yingshan-hszbumen-2023", 1, "score_sum_mismatch", "prose",
     "自评得分98.39分", "自评得分98.93分", "自评得分98.93分",
     "9.72 + 58.67 + 30 = 98.39, stated 98.93"),
    ("sc-yingshan-hszbumen-2023", 2, "completion_mismatch", "prose",
     "完成年度目标的86.67%", "完成年度目标的88.67%", "88.67%",
     "52人份 / target 60人份 = 86.67%, stated 88.67%"),
    ("sc-yingshan-hszbumen-2023", 3, "sum_mismatch", "table",
     "其他资金          13.00       13.00", "其他资金          15.00       13.00", "其他资金          15.00",
     "年初预算数 column: 173.40 + 0.00 + 0.00 + 15.00 = 188.40 ≠ 合计 186.40"),
    ("sc-yingshan-hszbumen-2023", 4, "implausible_rate", "table",
     "财政专户管理资金  0.00        0.00        0.00        —",
     "财政专户管理资金  0.00        0.00        0.00        100.00%", "100.00%",
     "execution rate 100.00% printed on a zero budget (0.00); a rate on a zero base is undefined"),
    ("sc-yingshan-hszbumen-2023", 5, "unit_mismatch", "table",
     "≥600人次   642人次", "≥600人次   107.00%", "107.00%",
     "人道救助人次: target in 人次, actual written as a percentage"),
    ("sc-yingshan-hszbumen-2023", 6, "weight_sum_mismatch", "table",
     "60    58.67", "65    58.67", "65    58.67",
     "产出 rows weigh 15 + 15 + 10 + 10 + 5 + 5 = 60, 小计 says 65; 10 + 65 + 30 = 105 ≠ 100"),

    # ---- 会宁县红十字会 2024 应急救护培训与人道救助 (funds table with 行次 and formulas) ----
    ("gs-huining-jiuhujiuzhu-2024", 1, "rate_mismatch", "table",
     "95.83%", "98.53%", "98.53%",
     "县级 到位率 (6)=(3)/(2) = 46.00 / 48.00 = 95.83%, the cell reads 98.53%"),
    ("gs-huining-jiuhujiuzhu-2024", 2, "completion_mismatch", "table",
     "118.67%", "118.76%", "118.76%",
     "人道救助人次 356 / 300 = 118.67%, the 完成率 cell reads 118.76%"),
    ("gs-huining-jiuhujiuzhu-2024", 3, "score_exceeds_weight", "table",
     "8个工作日    100.00%  5     5", "8个工作日    100.00%  5     5.3", "100.00%  5     5.3",
     "救助资金发放时限 scored 5.3 with a weight of 5 (total 99.30 still reads 99 at whole points)"),
    ("gs-huining-jiuhujiuzhu-2024", 4, "balance_mismatch", "prose",
     "节余0.64万元", "节余0.46万元", "节余0.46万元",
     "AED budget 12.00 − spent 11.36 = 0.64, stated 0.46"),
    ("gs-huining-jiuhujiuzhu-2024", 5, "conflicting_values", "prose",
     "受训学员满意度97.6%", "受训学员满意度96.7%", "受训学员满意度96.7%",
     "text 96.7%, table row 受训学员满意度 97.6%"),
    ("gs-huining-jiuhujiuzhu-2024", 6, "grade_mismatch", "prose",
     "评定等级为优秀", "评定等级为良好", "评定等级为良好",
     "total 99 lies in the 优 band, the grade says 良好"),
]


def main():
    labels = []
    by_project = {p: [e for e in EDITS if e[0] == p] for p in PROJECTS}
    for p in PROJECTS:
        clean_name = f"{p}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": p, "clean": True, "expected": []})
        edits = sorted(by_project[p], key=lambda e: e[1])
        if [e[1] for e in edits] != [1, 2, 3, 4, 5, 6]:
            sys.exit(f"{p}: edits must be numbered 1..6")
        for _, n, code, where, old, new, value, expl in edits:
            k = clean.count(old)
            if k != 1:
                sys.exit(f"{p}-e{n}: old string occurs {k} times: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{p}-e{n}: value occurs {text.count(value)} times: {value!r}")
            name = f"{p}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": p, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
