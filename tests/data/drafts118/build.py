#!/usr/bin/env python3
"""Build the n118 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is a substring of the resulting error case that contains the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "puan-nutrition-2019",
    "rongan-preschoolaid-2020",
    "zhenyuan-hsgrant-2023",
    "tiandeng-studentloan-2024",
    "sansui-studentaid-2018",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---------------- 普安县 营养改善计划 2019 ----------------
    ("puan-nutrition-2019", 1, "rate_mismatch",
     "预算执行率98.43％", "预算执行率98.34％",
     "预算执行率98.34％",
     "3,433.60 / 3,488.20 = 98.43%, the text states 98.34%"),
    ("puan-nutrition-2019", 2, "balance_mismatch",
     "年末结余54.60万元", "年末结余45.60万元",
     "年末结余45.60万元",
     "全年预算 3,488.20 (all received) − 实际支出 3,433.60 = 54.60万元, stated 45.60"),
    ("puan-nutrition-2019", 3, "sum_mismatch",
     "食堂从业人员劳务补助176.28万元", "食堂从业人员劳务补助167.28万元",
     "食堂从业人员劳务补助167.28万元",
     "3,233.60 + 167.28 + 23.72 = 3,424.60 ≠ 实际支出 3,433.60 (and county 200.00)"),
    ("puan-nutrition-2019", 4, "score_sum_mismatch",
     "93.60％\t10\t9.85\t", "93.60％\t10\t9.58\t",
     "93.60％\t10\t9.58\t菜品种类少，将推行带量食谱\n总分\t\t\t\t\t\t100\t97.39",
     "satisfaction row score 9.85 typed as 9.58: 9.84 + 49.70 + 28 + 9.58 = 97.12 ≠ 总分 97.39"),
    ("puan-nutrition-2019", 5, "grade_mismatch",
     "评价等级为\"优\"", "评价等级为\"良\"",
     "自评总分97.39分，评价等级为\"良\"",
     "97.39 is in the 优 band (≥90)"),
    ("puan-nutrition-2019", 6, "completion_mismatch",
     "的101.63％", "的101.36％",
     "完成年度目标（≥40,000人）的101.36％",
     "40,652 / 40,000 = 101.63%, stated 101.36%"),

    # ---------------- 融安县 学前教育资助 2020 ----------------
    ("rongan-preschoolaid-2020", 1, "score_exceeds_weight",
     "家庭经济困难幼儿资助覆盖率\t100%\t100%\t10\t10\t\n\t\t资助对象认定准确率\t≥98%\t99.2%\t5\t5\t",
     "家庭经济困难幼儿资助覆盖率\t100%\t100%\t5\t10\t\n\t\t资助对象认定准确率\t≥98%\t99.2%\t10\t5\t",
     "家庭经济困难幼儿资助覆盖率\t100%\t100%\t5\t10",
     "weights of the two 质量 rows swapped (10↔5): 覆盖率 now scores 10 of 5 (weights and total still add up)"),
    ("rongan-preschoolaid-2020", 2, "weight_sum_mismatch",
     "逐步提升\t基本实现\t10\t8", "逐步提升\t基本实现\t12\t8",
     "逐步提升\t基本实现\t12\t8",
     "可持续影响 weight 10 → 12: weights now 10 + 50 + 32 + 10 = 102 (效益 rows 32 ≠ 30)"),
    ("rongan-preschoolaid-2020", 3, "average_mismatch",
     "96.2 %、97.5 %、96.4 %", "96.2 %、95.7 %、96.4 %",
     "96.2 %、95.7 %、96.4 %，平均满意度 96.7 %",
     "(96.2 + 95.7 + 96.4) / 3 = 96.1, stated 96.7"),
    ("rongan-preschoolaid-2020", 4, "conflicting_values",
     "全县共有幼儿园46所", "全县共有幼儿园48所",
     "全县共有幼儿园48所",
     "the 园所 table gives 16 + 21 + 9 = 46 kindergartens (合计 46), the text says 48"),
    ("rongan-preschoolaid-2020", 5, "implausible_rate",
     "资助对象认定准确率\t≥98%\t99.2%", "资助对象认定准确率\t≥98%\t100.2%",
     "资助对象认定准确率\t≥98%\t100.2%",
     "an accuracy rate cannot exceed 100% (was 99.2%)"),
    ("rongan-preschoolaid-2020", 6, "unit_mismatch",
     "春季学期资助幼儿人数\t≥2100人\t2146人", "春季学期资助幼儿人数\t≥2100人\t102.19%",
     "春季学期资助幼儿人数\t≥2100人\t102.19%",
     "target in 人, actual given as a percentage (the completion 2146/2100 pasted into 实际完成值)"),

    # ---------------- 镇沅县 普通高中国家助学金 2023 ----------------
    ("zhenyuan-hsgrant-2023", 1, "year_mismatch",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "the 2023 execution figures are dated 截至2022年12月31日 in a 2023 report"),
    ("zhenyuan-hsgrant-2023", 2, "rate_mismatch",
     "3,586人的39.32％", "3,586人的39.23％",
     "3,586人的39.23％",
     "1,410 / 3,586 = 39.32%, stated 39.23%"),
    ("zhenyuan-hsgrant-2023", 3, "sum_mismatch",
     "民族中学548人", "民族中学584人",
     "春季学期资助学生1,410人（一中862人、民族中学584人）",
     "862 + 584 = 1,446 ≠ 1,410"),
    ("zhenyuan-hsgrant-2023", 4, "score_sum_mismatch",
     "2次\t10\t5.00\t", "2次\t10\t5.50\t",
     "2次\t10\t5.50\t教学安排调整，活动未按计划开展\n满意度指标\t服务对象满意度指标\t受助学生满意度\t≥95％\t97.2％\t10\t10\t\n总分\t\t\t\t\t100\t94.16",
     "row score 5.00 → 5.50: 9.31 + 49.85 + 25.50 + 10 = 94.66 ≠ 总分 94.16"),
    ("zhenyuan-hsgrant-2023", 5, "grade_mismatch",
     "项目综合得分94.16分，评价等级为优秀", "项目综合得分94.16分，评价等级为良好",
     "项目综合得分94.16分，评价等级为良好",
     "94.16 is in the 优 band (≥90)"),
    ("zhenyuan-hsgrant-2023", 6, "average_mismatch",
     "民族中学96.6％，两校平均97.2％", "民族中学96.0％，两校平均97.2％",
     "一中受助学生满意度97.8％，民族中学96.0％，两校平均97.2％",
     "(97.8 + 96.0) / 2 = 96.9, stated 97.2"),

    # ---------------- 天等县 生源地信用助学贷款 2024 ----------------
    ("tiandeng-studentloan-2024", 1, "balance_mismatch",
     "结余1.14 万元", "结余1.41 万元",
     "结余1.41 万元",
     "267.34 − 266.20 = 1.14万元 (工作经费 12.00 − 10.86), stated 1.41"),
    ("tiandeng-studentloan-2024", 2, "score_exceeds_weight",
     "符合条件学生应贷尽贷率\t100％\t100％\t10\t10\t\n\t\t贷款资料审核准确率\t≥98％\t99.6％\t5\t5\t",
     "符合条件学生应贷尽贷率\t100％\t100％\t10\t5\t\n\t\t贷款资料审核准确率\t≥98％\t99.6％\t5\t10\t",
     "贷款资料审核准确率\t≥98％\t99.6％\t5\t10",
     "scores of the two 质量 rows swapped: 审核准确率 scores 10 of weight 5 (total unchanged)"),
    ("tiandeng-studentloan-2024", 3, "weight_sum_mismatch",
     "因经济困难失学的大学新生人数\t0人\t0人\t10\t10", "因经济困难失学的大学新生人数\t0人\t0人\t15\t10",
     "因经济困难失学的大学新生人数\t0人\t0人\t15\t10",
     "weight 10 → 15: weights now 10 + 50 + 35 + 10 = 105 ≠ 100"),
    ("tiandeng-studentloan-2024", 4, "conflicting_values",
     "贷款办理人数\t≥5000人\t5646人", "贷款办理人数\t≥5000人\t5664人",
     "贷款办理人数\t≥5000人\t5664人",
     "the text and the loan table give 5,646 students, the indicator table 5664"),
    ("tiandeng-studentloan-2024", 5, "implausible_rate",
     "生源地贷款政策知晓率\t≥90％\t96.8％", "生源地贷款政策知晓率\t≥90％\t106.8％",
     "生源地贷款政策知晓率\t≥90％\t106.8％",
     "an awareness rate cannot exceed 100% (was 96.8%)"),
    ("tiandeng-studentloan-2024", 6, "unit_mismatch",
     "研究生\t86\t22\t172.50\t", "研究生\t86\t22\t1725000\t",
     "1725000",
     "the 研究生 amount 172.50万元 entered in 元 (1,725,000) in the 万元 column; the column no longer sums to 8,511.45, "
     "reconciled exactly by ÷10^4"),

    # ---------------- 三穗县 学生资助补助经费 2018 ----------------
    ("sansui-studentaid-2018", 1, "year_mismatch",
     "已结转至2019年", "已结转至2018年",
     "结转至2018年",
     "the unspent part of the 2018 budget is carried to 2018 itself (should be a later year)"),
    ("sansui-studentaid-2018", 2, "completion_mismatch",
     "的108.40％", "的104.80％",
     "完成年度目标（≥1,000人）的104.80％",
     "1,084 / 1,000 = 108.40%, stated 104.80%"),
    ("sansui-studentaid-2018", 3, "sum_mismatch",
     "省级186.00 万元", "省级168.00 万元",
     "全年预算1,120.00 万元，其中中央812.00 万元、省级168.00 万元、州级40.00 万元、县级82.00 万元",
     "812 + 168 + 40 + 82 = 1,102.00 ≠ 1,120.00"),
    ("sansui-studentaid-2018", 4, "rate_mismatch",
     "资助面35.84％", "资助面38.54％",
     "受助1,438人，资助面38.54％",
     "1,438 / 4,012 = 35.84%, stated 38.54%"),
    ("sansui-studentaid-2018", 5, "conflicting_values",
     "满意度91.8％。", "满意度98.1％。",
     "满意度98.1％",
     "the text gives 98.1%, the 自评表 91.8% for the same survey"),
    ("sansui-studentaid-2018", 6, "unit_mismatch",
     "中职国家助学金78.80 万元", "中职国家助学金788000 万元",
     "788000 万元",
     "78.80万元 written as 788000 (its 元 value) with the unit 万元: the items no longer add to 1,090.30, "
     "reconciled exactly by ÷10^4"),
]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    labels = []
    for pid in PROJECTS:
        clean = read(os.path.join(CASES, f"{pid}-clean.txt"))
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        for src, n, code, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
