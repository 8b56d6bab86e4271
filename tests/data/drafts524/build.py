#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts524 from the clean drafts and the edit list below.

Each edit is (source id, error number, code, old, new, value, where, explanation):
`old` must occur exactly once in cases/<source>-clean.txt and is replaced by `new`
(one contiguous edit); `value` must occur exactly once in the resulting case and
contain the changed figure. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zj-lanxi-wogou-2019",
    "jx-fengcheng-wogou-2021",
    "ha-luohe-kqfz-2024",
    "gz-xingyi-wogou-2023",
    "ln-wafangdian-wogou-2025",
]

EDITS = [
    # ---- zj-lanxi-wogou-2019 (Zhejiang, 项目支出, 2019) ----
    ("zj-lanxi-wogou-2019", 1, "rate_mismatch",
     "| 84.12 | — | 97.36% |", "| 84.12 | — | 97.63% |", "| 84.12 | — | 97.63% |",
     "表1 当年财政拨款 row, 执行率 cell",
     "当年财政拨款 executed 84.12 of 86.40 = 97.36%, stated 97.63% (digits swapped)"),
    ("zj-lanxi-wogou-2019", 2, "sum_mismatch",
     "3.20万元和4.58万元", "3.20万元和4.85万元", "和4.85万元",
     "prose 资金执行情况, 分别为 list of spending items",
     "72.48 + 9.86 + 3.20 + 4.85 = 90.39 ≠ 全年执行 90.12万元 (expected 4.58)"),
    ("zj-lanxi-wogou-2019", 3, "average_mismatch",
     "人均封闭牙齿3.64颗", "人均封闭牙齿3.46颗", "人均封闭牙齿3.46颗",
     "prose 产出情况, 人均",
     "18,120颗 / 4,980人 = 3.64颗 per child, stated 3.46"),
    ("zj-lanxi-wogou-2019", 4, "completion_mismatch",
     "| 85.50% | 106.88% |", "| 85.50% | 108.66% |", "| 85.50% | 108.66% |",
     "表2 家长口腔保健知识知晓率 row, 完成率 cell",
     "85.50% / 80% = 106.88%, stated 108.66% (score 5 unaffected: over-achieved either way)"),
    ("zj-lanxi-wogou-2019", 5, "grade_mismatch",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "prose 自评结论",
     "total 99.15 is in the 优 band (≥ 90), stated 良"),
    ("zj-lanxi-wogou-2019", 6, "year_mismatch",
     "结转至2020年", "结转至2019年", "结转至2019年",
     "prose 资金执行情况, carry-over sentence",
     "unspent 2019 money is carried over to 2019 itself; it must go to a later year (2020)"),

    # ---- jx-fengcheng-wogou-2021 (Jiangxi, 项目支出, 2021) ----
    ("jx-fengcheng-wogou-2021", 1, "balance_mismatch",
     "资金结余2.99万元", "资金结余2.89万元", "资金结余2.89万元",
     "prose 资金到位及执行",
     "到位 123.84 − 执行 120.85 = 2.99万元, stated 2.89"),
    ("jx-fengcheng-wogou-2021", 2, "implausible_rate",
     "| 82.09% | — |", "| 82.09% | 100.00% |", "| 82.09% | 100.00% |",
     "表1 执行率 row, 上年结转 column",
     "上年结转 budget and spending are 0.00: a rate on a zero base cannot be 100.00% (was —)"),
    ("jx-fengcheng-wogou-2021", 3, "weight_sum_mismatch",
     "| 103.53% | 5 | 5 |", "| 103.53% | 6 | 5 |", "| 103.53% | 6 | 5 |",
     "表2 开展口腔检查学校数 row, 分值 cell",
     "weights now add up to 101 while 合计 says 100 (this row's weight was 5)"),
    ("jx-fengcheng-wogou-2021", 4, "conflicting_values",
     "项目安排资金126.00万元", "项目安排资金162.00万元", "项目安排资金162.00万元",
     "prose 项目概况",
     "the same 2021 project budget is 126.00万元 in the funds section and 表1; stated 162.00 here"),
    ("jx-fengcheng-wogou-2021", 5, "unit_mismatch",
     "质控督导及培训4.50万元", "质控督导及培训45000万元", "45000万元",
     "prose spending breakdown",
     "45,000元 written with the unit 万元: 109.98 + 6.37 + 45000 ≠ 120.85, reconciled exactly by 45000元 = 4.50万元"),
    ("jx-fengcheng-wogou-2021", 6, "score_sum_mismatch",
     "| 92.00% | 10 | 9.20 |", "| 92.00% | 10 | 9.02 |", "| 92.00% | 10 | 9.02 |",
     "表2 学生口腔健康知识知晓率 row, 得分 cell",
     "row scores now add up to 97.03 (效益 27.84) while 合计 and the text say 97.21 (效益 28.02)"),

    # ---- ha-luohe-kqfz-2024 (Henan, 部门整体支出, 2024) ----
    ("ha-luohe-kqfz-2024", 1, "average_mismatch",
     "平均自评得分91.83分", "平均自评得分93.18分", "平均自评得分93.18分",
     "prose after 表2",
     "(95.80 + 93.50 + 86.20) / 3 = 91.83, stated 93.18"),
    ("ha-luohe-kqfz-2024", 2, "sum_mismatch",
     "事业收入96.00万元", "事业收入69.00万元", "事业收入69.00万元",
     "prose 收入情况",
     "538.90 + 69.00 + 14.00 = 621.90 ≠ 全年收入 648.90 (expected 96.00)"),
    ("ha-luohe-kqfz-2024", 3, "rate_mismatch",
     "| 60.60 | 88.60% |", "| 60.60 | 86.80% |", "| 60.60 | 86.80% |",
     "表2 口腔诊疗设备购置项目 row, 执行率 cell",
     "60.60 / 68.40 = 88.60%, stated 86.80%"),
    ("ha-luohe-kqfz-2024", 4, "balance_mismatch",
     "该项目结余7.80万元", "该项目结余8.70万元", "该项目结余8.70万元",
     "prose after 表2",
     "设备购置项目 68.40 − 60.60 = 7.80万元, stated 8.70"),
    ("ha-luohe-kqfz-2024", 5, "grade_mismatch",
     "| 86.20 | 良 |", "| 86.20 | 优 |", "| 86.20 | 优 |",
     "表2 口腔诊疗设备购置项目 row, 评价等级 cell",
     "a project score of 86.20 is in the 良 band (80–90), stated 优"),
    ("ha-luohe-kqfz-2024", 6, "year_mismatch",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "prose 其他需要说明的问题",
     "a year-end statement in the 2024 report is dated 截至2023年12月31日"),

    # ---- gz-xingyi-wogou-2023 (Guizhou, 项目支出, 2023) ----
    ("gz-xingyi-wogou-2023", 1, "score_exceeds_weight",
     "5|\n|||家长满意度|≥90%|88.20%|98.00%|5|4.90", "5.90|\n|||家长满意度|≥90%|88.20%|98.00%|5|4.00",
     "107.11%|5|5.90",
     "表2 学生满意度 row 得分 (edit runs to the next row)",
     "学生满意度 scored 5.90 against a weight of 5; 家长满意度 lowered 4.90 → 4.00 in the same edit so every sum still holds"),
    ("gz-xingyi-wogou-2023", 2, "weight_sum_mismatch",
     "春季学期|—|5|3|", "春季学期|—|4|3|", "春季学期|—|4|3|",
     "表2 年度封闭任务完成时间 row, 分值 cell",
     "weights now add up to 99 while 合计 says 100 (this row's weight was 5)"),
    ("gz-xingyi-wogou-2023", 3, "completion_mismatch",
     "|3.80%|78.95%|", "|3.80%|126.67%|", "|3.80%|126.67%|",
     "表2 封闭牙齿龋患发生率 row (≤ indicator), 完成率 cell",
     "for a ≤3% target missed at 3.80% the completion is 3/3.80 = 78.95%; 126.67% is actual/target"),
    ("gz-xingyi-wogou-2023", 4, "conflicting_values",
     "共为4,316名儿童", "共为4,361名儿童", "共为4,361名儿童",
     "prose 项目基本情况",
     "children sealed in 2023: 4,316 in 产出 and 表2, 4,361 here"),
    ("gz-xingyi-wogou-2023", 5, "unit_mismatch",
     "|≥27个|22个|", "|≥27个|81.48%|", "|≥27个|81.48%|",
     "表2 覆盖乡镇（街道）数 row, 实际完成值 cell",
     "target counted in 个 (townships), actual given as a percentage"),
    ("gz-xingyi-wogou-2023", 6, "implausible_rate",
     "|0.00|0.00|0.00|0.00|—|", "|0.00|0.00|0.00|0.00|100.00%|", "|0.00|100.00%|",
     "表1 上年结转资金 row, 到位率 cell",
     "上年结转 budget is 0.00: a 到位率 of 100.00% on a zero base (was —)"),

    # ---- ln-wafangdian-wogou-2025 (Liaoning, 项目支出, 2025) ----
    ("ln-wafangdian-wogou-2025", 1, "score_exceeds_weight",
     "90|\n||成本指标|补助标准|≤50元|50元|100.00%|5|5",
     "40|\n||成本指标|补助标准|≤50元|50元|100.00%|5|5.50",
     "|100.00%|5|5.50|",
     "表2 补助标准 row 得分 (edit starts in the row above)",
     "补助标准 (成本指标) scored 5.50 against a weight of 5; 封闭完好率 lowered 9.90 → 9.40 in the same edit so every sum still holds"),
    ("ln-wafangdian-wogou-2025", 2, "score_sum_mismatch",
     "|71.78%|10|7.18|", "|71.78%|10|7.81|", "|71.78%|10|7.81|",
     "表2 封闭牙齿数 row, 得分 cell",
     "row scores now add up to 80.36 (产出 33.47) while 合计 and the text say 79.73 (产出 32.84)"),
    ("ln-wafangdian-wogou-2025", 3, "rate_mismatch",
     "到位率90.48%", "到位率94.08%", "到位率94.08%",
     "prose 预算及到位",
     "到位 190.00 / 全年预算 210.00 = 90.48%, stated 94.08%"),
    ("ln-wafangdian-wogou-2025", 4, "completion_mismatch",
     "|54.32%|77.60%|", "|54.32%|78.60%|", "|54.32%|78.60%|",
     "表2 适龄儿童窝沟封闭覆盖率 row, 完成率 cell",
     "54.32% / 70% = 77.60%, stated 78.60%"),
    ("ln-wafangdian-wogou-2025", 5, "average_mismatch",
     "平均每校77.6人", "平均每校76.7人", "平均每校76.7人",
     "prose 产出, 每校",
     "5,820人 / 75所 = 77.6 per school, stated 76.7"),
    ("ln-wafangdian-wogou-2025", 6, "conflicting_values",
     "全市二至四年级在校学生10,714人", "全市二至四年级在校学生10,741人", "在校学生10,741人",
     "prose 基本情况",
     "the number of eligible children is 10,714 in the coverage sentence (5,820/10,714 = 54.32%), 10,741 here"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    labels = []
    problems = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, where, expl) in [e for e in EDITS if e[0] == src]:
            name = f"{src}-e{n}.txt"
            if clean.count(old) != 1:
                problems.append(f"{name}: old text occurs {clean.count(old)} times in the clean draft")
                continue
            if old == new:
                problems.append(f"{name}: old == new")
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                problems.append(f"{name}: value occurs {text.count(value)} times")
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        for p in problems:
            print("build problem:", p)
        return 1
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one injected error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
