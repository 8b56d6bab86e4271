#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each edit replaces one exact, unique substring `old` of the clean draft by `new`.
kind "line": the changed part (after removing the common prefix/suffix of old and new)
is at most 16 characters on each side and lies within one line.
kind "rows": a score-row edit that touches two adjacent table rows (allowed by the brief).
`value` is the labelled substring: it must occur once in the case and never in the clean draft.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "lindian-hsgrant-2019",
    "naiman-nutrition-2021",
    "qianan-preschoolaid-2024",
    "arong-vocaid-2023",
    "tangyuan-aidcenter-2018",
]

# (project, n, kind, old, new, code, value, explanation)
EDITS = [
    # ---------------- 林甸县 2019 普通高中国家助学金及免学费 ----------------
    ("lindian-hsgrant-2019", 1, "line",
     "<td>238.15</td><td>—</td><td>98.46%</td>",
     "<td>238.15</td><td>—</td><td>96.81%</td>",
     "rate_mismatch", "96.81%",
     "当年财政拨款 row: 238.15 / 241.88 = 98.46%; 96.81% is 238.15 divided by the total budget 246.00 (wrong base)"),
    ("lindian-hsgrant-2019", 2, "line",
     "县级配套资金48.28万元",
     "县级配套资金48.82万元",
     "sum_mismatch",
     "当年财政拨款全年预算241.88万元，包括中央资金145.20万元、省级资金48.40万元、县级配套资金48.82万元",
     "145.20 + 48.40 + 48.82 = 242.42, stated 241.88 (county share 48.00 + 0.28 = 48.28 retyped)"),
    ("lindian-hsgrant-2019", 3, "line",
     "校均340.67人",
     "校均341.67人",
     "average_mismatch", "校均341.67人",
     "(474 + 350 + 198) / 3 = 340.67"),
    ("lindian-hsgrant-2019", 4, "line",
     "结转至2020年",
     "结转至2019年",
     "year_mismatch", "结转至2019年",
     "the unspent part of the 2019 budget is carried over into 2019 itself; must be a later year (2020)"),
    ("lindian-hsgrant-2019", 5, "rows",
     "<td>2037人次</td><td>10</td><td>10</td><td>&nbsp;</td></tr>\n"
     "<tr><td>免学费资助学生人次</td><td>≥950人次</td><td>958人次</td><td>5</td><td>5</td>",
     "<td>2037人次</td><td>10</td><td>5</td><td>&nbsp;</td></tr>\n"
     "<tr><td>免学费资助学生人次</td><td>≥950人次</td><td>958人次</td><td>5</td><td>10</td>",
     "score_exceeds_weight", "958人次</td><td>5</td><td>10",
     "免学费资助学生人次 scored 10 against a weight of 5 (scores of two adjacent rows swapped; 产出 subtotal 50 and total 99.56 unchanged)"),
    ("lindian-hsgrant-2019", 6, "line",
     "秋季学期认定免学费学生472人",
     "秋季学期认定免学费学生427人",
     "conflicting_values", "认定免学费学生427人",
     "autumn 免学费 students are 472 in the school table (216 + 160 + 96) and 958 = 486 + 472; the text says 427"),

    # ---------------- 奈曼旗 2021 营养改善计划 ----------------
    ("naiman-nutrition-2021", 1, "line",
     "年末结余20.53万元",
     "年末结余20.35万元",
     "balance_mismatch", "结余20.35万元",
     "到位 1675.00 − 支出 1654.47 = 20.53"),
    ("naiman-nutrition-2021", 2, "line",
     "<td>36773人次</td><td>102.15%</td>",
     "<td>36773人次</td><td>97.90%</td>",
     "completion_mismatch", "97.90%",
     "≥36000人次, actual 36773人次: completion 102.15%; 97.90% is target/actual"),
    ("naiman-nutrition-2021", 3, "line",
     "<tr><td>自治区资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>—</td></tr>",
     "<tr><td>自治区资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>100.00%</td></tr>",
     "implausible_rate", "0.00</td><td>—</td><td>100.00%",
     "执行率 100.00% on a zero budget (自治区资金 全年预算 0.00): the rate is undefined and should read —"),
    ("naiman-nutrition-2021", 4, "line",
     "<td>93.8%</td><td>104.22%</td><td>5</td><td>5</td>",
     "<td>93.8%</td><td>104.22%</td><td>5</td><td>4.5</td>",
     "score_sum_mismatch",
     "4.5</td><td>&nbsp;</td></tr>\n<tr><td colspan=\"6\">合计</td><td>100</td><td>99.69",
     "row scores now sum to 99.19 while the total (table and text) still reads 99.69"),
    ("naiman-nutrition-2021", 5, "line",
     "春季学期拨付7,367,200元",
     "春季学期拨付7,367,200万元",
     "unit_mismatch", "7,367,200万元",
     "a 元 amount labelled 万元: 7,367,200元 = 736.72万元 (= 155.00 + 581.72; table 7,367,200 元; 7,367,200 + 9,177,500 = 16,544,700元)"),
    ("naiman-nutrition-2021", 6, "line",
     "秋季学期按每生每天5元、供餐100天标准核拨",
     "秋季学期按每生每天4元、供餐100天标准核拨",
     "conflicting_values", "秋季学期按每生每天4元",
     "autumn standard is 5元/生·天 elsewhere (提标 from 4 to 5, per-term table, 成本指标 row, 9,177,500 = 18,355 × 5 × 100); last term's 4元 left in"),

    # ---------------- 乾安县 2024 学前资助及义务教育生活补助 ----------------
    ("qianan-preschoolaid-2024", 1, "line",
     "执行率93.72%",
     "执行率93.27%",
     "rate_mismatch", "执行率93.27%",
     "义务教育生活补助 113.40 / 121.00 = 93.72%"),
    ("qianan-preschoolaid-2024", 2, "line",
     "<td>91.2</td><td>10</td><td>9.60</td>",
     "<td>91.2</td><td>15</td><td>9.60</td>",
     "weight_sum_mismatch",
     "15</td><td>9.60</td><td>幼儿园资助发放不够及时</td></tr>\n<tr><td colspan=\"7\">总分</td><td>100",
     "满意度 weight 15 (last year's table): weights now total 105, stated 100"),
    ("qianan-preschoolaid-2024", 3, "line",
     "评价等级为优秀",
     "评价等级为良好",
     "grade_mismatch", "评价等级为良好",
     "total 95.21 lies in the 优 band (≥90)"),
    ("qianan-preschoolaid-2024", 4, "line",
     "850人次的100.59%",
     "850人次的99.42%",
     "completion_mismatch", "99.42%",
     "855 / 850 = 100.59%; 99.42% is 850 / 855 (inverted)"),
    ("qianan-preschoolaid-2024", 5, "line",
     "2024年度项目支出绩效自评表",
     "2023年度项目支出绩效自评表",
     "year_mismatch", "2023年度项目支出绩效自评表",
     "the report and all budget sentences are for 2024; the table header (last year's template) says 2023"),
    ("qianan-preschoolaid-2024", 6, "line",
     "<td>人次</td><td>2896</td>",
     "<td>人次</td><td>99.86%</td>",
     "unit_mismatch", "人次</td><td>99.86%",
     "target 2900 人次, actual given as a percentage (the completion rate typed into the actual column)"),

    # ---------------- 阿荣旗 2023 中职国家助学金和免学费 ----------------
    ("arong-vocaid-2023", 1, "line",
     "年末结余4.05万元",
     "年末结余4.50万元",
     "balance_mismatch", "结余4.50万元",
     "到位 338.00 − 支出 333.95 = 4.05 (旗级 28.00 − 23.95)"),
    ("arong-vocaid-2023", 2, "line",
     "二年级430人",
     "二年级403人",
     "sum_mismatch", "1,268人（一年级452人、二年级403人",
     "452 + 403 + 386 = 1,241, stated 1,268 (also 一、二年级 882 = 452 + 430)"),
    ("arong-vocaid-2023", 3, "line",
     "<tr><td>上年结转资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td>",
     "<tr><td>上年结转资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>100%</td>",
     "implausible_rate", "0.00</td><td>100%",
     "到位率 100% on a zero budget (上年结转资金 0.00): undefined, should read —"),
    ("arong-vocaid-2023", 4, "line",
     "<td>94.0%</td><td>7</td><td>6.93</td>",
     "<td>94.0%</td><td>7</td><td>7</td>",
     "score_sum_mismatch",
     "7</td><td>家长对实习安排有意见</td></tr>\n<tr><td colspan=\"6\">合计</td><td>100</td><td>98.94",
     "家长满意度 score raised to 7 without the total: rows now sum to 99.01, total (table and text) 98.94"),
    ("arong-vocaid-2023", 5, "line",
     "<td>≥95%</td><td>94.0%</td><td>7</td>",
     "<td>≥95%</td><td>92.6%</td><td>7</td>",
     "conflicting_values", "<td>92.6%</td>",
     "家长满意度 is 94.0% in the text (470 / 500); 92.6% is the 2022 figure left in the table"),
    ("arong-vocaid-2023", 6, "line",
     "2023年5月22日",
     "2022年5月22日",
     "year_mismatch", "2022年5月22日",
     "funds for 2023 (内财教〔2023〕598号, adjusting the 2023 budget) dated May 2022, before the budget year and not a December advance"),

    # ---------------- 汤原县 2018 学生资助管理中心部门整体 ----------------
    ("tangyuan-aidcenter-2018", 1, "rows",
     "<td>10</td><td>9.24</td><td>农村寄宿生源减少</td></tr>\n"
     "<tr><td>普通高中国家助学金资助人次</td><td>≥1400人次</td><td>1406人次</td><td>5</td><td>5</td>",
     "<td>10</td><td>5</td><td>农村寄宿生源减少</td></tr>\n"
     "<tr><td>普通高中国家助学金资助人次</td><td>≥1400人次</td><td>1406人次</td><td>5</td><td>9.24</td>",
     "score_exceeds_weight", "1406人次</td><td>5</td><td>9.24",
     "score 9.24 above the weight 5 (scores of two adjacent rows swapped, total 89.88 unchanged)"),
    ("tangyuan-aidcenter-2018", 2, "line",
     "<td>1.00%</td><td>5</td><td>2.50</td>",
     "<td>1.00%</td><td>10</td><td>2.50</td>",
     "weight_sum_mismatch",
     "预算执行（25分）</td><td>预算执行率</td><td>100%</td><td>99.00%</td><td>10</td><td>9.90</td><td>&nbsp;</td></tr>\n"
     "<tr><td>结转结余率</td><td>≤0.5%</td><td>1.00%</td><td>10",
     "预算执行 rows 10 + 10 + 5 + 5 = 30 against the stated 25; all weights now 105"),
    ("tangyuan-aidcenter-2018", 3, "line",
     "评价等级为良好",
     "评价等级为优秀",
     "grade_mismatch", "评价等级为优秀",
     "total 89.88 is below 90: 良 band"),
    ("tangyuan-aidcenter-2018", 4, "line",
     "<td>20.40</td><td>97.14%</td>",
     "<td>20.40</td><td>97.41%</td>",
     "rate_mismatch", "97.41%",
     "学前教育幼儿资助 20.40 / 21.00 = 97.14%"),
    ("tangyuan-aidcenter-2018", 5, "line",
     "发放资助资金20.40万元",
     "发放资助资金20.40元",
     "unit_mismatch", "资助资金20.40元",
     "340人次 × 600元 = 204,000元 = 20.40万元 (project table 20.40 万元); written as 元, off by 10^4"),
    ("tangyuan-aidcenter-2018", 6, "line",
     "平均得分96.00分",
     "平均得分94.67分",
     "average_mismatch", "平均得分94.67分",
     "(96.50 + 95.00 + 92.50 + 100.00) / 4 = 96.00; 94.67 leaves out the 风险补偿金 project"),
]


def changed_region(old, new):
    """Return (old_part, new_part) after removing the common prefix and suffix."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return old[p:len(old) - s], new[p:len(new) - s]


def main():
    labels = []
    errors = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, kind, old, new, code, value, expl) in [e for e in EDITS if e[0] == pid]:
            name = f"{pid}-e{n}.txt"
            if clean.count(old) != 1:
                errors.append(f"{name}: old text occurs {clean.count(old)} times in the clean draft")
                continue
            a, b = changed_region(old, new)
            if kind == "line" and (len(a) > 16 or len(b) > 16 or "\n" in a or "\n" in b):
                errors.append(f"{name}: edit too large ({a!r} -> {b!r})")
            if kind == "rows" and (a.count("\n") > 1 or b.count("\n") > 1):
                errors.append(f"{name}: row edit spans more than two rows")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                errors.append(f"{name}: value occurs {text.count(value)} times in the case")
            if value in clean:
                errors.append(f"{name}: value occurs in the clean draft")
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"built {len(labels)} cases ({len(EDITS)} with an injected error)")


if __name__ == "__main__":
    main()
