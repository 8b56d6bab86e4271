#!/usr/bin/env python3
"""Build the error cases of drafts532 and labels.jsonl from the clean drafts and the edit list.

Each edit is (case suffix, code, old, new, value, explanation): `old` must occur exactly once in the
clean draft and is replaced by `new` (the text that actually differs is one contiguous run of at most
40 characters; verify.py checks that); `value` is the exact substring of the error case that carries
the changed figure and must occur there exactly once.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jx-wannian-hunyunjian-2021",
    "ha-xixian-yunjian-2019",
    "gx-tiandong-yizhanshi-2024",
    "gs-huining-fubaobumen-2022",
    "he-zaoqiang-hunjian-2025",
]

EDITS = {
    # ------------------------------------------------------------------ 江西 万年县 2021
    "jx-wannian-hunyunjian-2021": [
        ("e1", "rate_mismatch",
         "88.88\n—\n96.50%", "88.88\n—\n96.05%", "96.05%",
         "自评表 当年财政拨款 row: 88.88 / 92.10 = 96.50%, stated 96.05% (digits transposed); the row has no score, so only the rate is wrong"),
        ("e2", "balance_mismatch",
         "未执行的3.22万元", "未执行的3.12万元", "未执行的3.12万元",
         "全年预算 98.60 - 全年执行 95.38 = 3.22万元 left unspent (carried to 2022), stated 3.12"),
        ("e3", "sum_mismatch",
         "孕前优生健康检查费用29.87万元", "孕前优生健康检查费用28.97万元", "孕前优生健康检查费用28.97万元",
         "spending items 52.46 + 28.97 + 7.65 + 5.40 = 94.48, stated total 全年执行 95.38 (29.87 mistyped as 28.97)"),
        ("e4", "year_mismatch",
         "结转至2022年", "结转至2021年", "结转至2021年",
         "money left over from the 2021 budget is carried into 2021 itself; it can only go to a later year (2022)"),
        ("e5", "completion_mismatch",
         "72.32%\n111.26%", "72.32%\n112.16%", "112.16%",
         "婚前医学检查率 row: 72.32% / 65% = 111.26%, stated 112.16% (score 10 is full either way)"),
        ("e6", "score_exceeds_weight",
         "100.00%\n10\n10\n可持续影响\n服务机制运行\n长效运行\n已实现\n—\n10\n9\n",
         "100.00%\n10\n10.5\n可持续影响\n服务机制运行\n长效运行\n已实现\n—\n10\n8.5\n",
         "10\n10.5",
         "新生儿出生缺陷发生率 row scored 10.5 against a weight of 10; half a point was taken from the next "
         "(qualitative) row, 9 -> 8.5, so the 效益 subtotal 28.81 and the total 98.48 still add up"),
    ],
    # ------------------------------------------------------------------ 河南 息县 2019
    "ha-xixian-yunjian-2019": [
        ("e1", "rate_mismatch",
         "94.58\n97.99", "94.58\n99.79", "99.79",
         "funds table row (7)=(4)/(2), 中央级 column: 84.66 / 86.40 = 97.99%, stated 99.79"),
        ("e2", "sum_mismatch",
         "86.40\n21.60\n0.00\n34.80\n0.00\n0.00\n全年预算资金",
         "86.40\n21.60\n0.00\n34.08\n0.00\n0.00\n全年预算资金",
         "34.08",
         "funds table row (1) 年初预算资金: 中央 86.40 + 省 21.60 + 市 0.00 + 县区 34.08 = 142.08, stated 小计 142.80"),
        ("e3", "implausible_rate",
         "97.62\n97.48\n100\n100\n0\n89.66", "97.62\n97.48\n100\n100\n100\n89.66", "100\n100\n100\n89.66",
         "funds table row (6) 预算到位率, 市级 column prints 100 although the 市级 budget (2) is 0.00: a rate on a zero base"),
        ("e4", "unit_mismatch",
         "≤15个工作日\n12个工作日", "≤15个工作日\n100%", "≤15个工作日\n100%",
         "检查报告发放时限 row: target in 个工作日, actual written as a percentage (100%); completion cannot be computed"),
        ("e5", "grade_mismatch",
         "属于“优秀”", "属于“良好”", "属于“良好”",
         "total 97.49 lies in the 优 band (>= 90), stated 良好"),
        ("e6", "completion_mismatch",
         "86.32%\n107.90%", "86.32%\n109.70%", "109.70%",
         "目标人群覆盖率 row: 86.32% / 80% = 107.90%, stated 109.70% (score 10 is full either way)"),
    ],
    # ------------------------------------------------------------------ 广西 田东县 2024
    "gx-tiandong-yizhanshi-2024": [
        ("e1", "conflicting_values",
         "971对、1,942人", "971对、1,924人", "1,924人",
         "孕前优生健康检查 persons: 1,924 in the prose against 1942人 in the 自评表 and in the goal box (and 971对 x 2 = 1942)"),
        ("e2", "average_mismatch",
         "季度平均18.5场", "季度平均19.5场", "季度平均19.5场",
         "(15 + 18 + 22 + 19) / 4 = 18.5, stated 19.5"),
        ("e3", "weight_sum_mismatch",
         "、效益指标30分", "、效益指标35分", "效益指标35分",
         "first-level weights 10 + 50 + 35 + 10 = 105, and the 效益 rows of the 自评表 carry 10 + 10 + 10 = 30"),
        ("e4", "score_sum_mismatch",
         "10\n9.5\n乡镇宣传点", "10\n9\n乡镇宣传点", "10\n9\n乡镇宣传点",
         "qualitative row score lowered 9.5 -> 9 (still inside the achieved band); rows now sum to 98.44 and 效益 to 29, "
         "while 总分 and the prose keep 98.94 and 29.5"),
        ("e5", "unit_mismatch",
         "自治区补助资金38.40万元", "自治区补助资金384000万元", "384000万元",
         "384000 is the 元 amount (38.40万元) labelled 万元: 56.00 + 384000 + 34.20 ≠ 128.60, reconciled exactly by /10^4"),
        ("e6", "year_mismatch",
         "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
         "the spending of the 2024 budget is reported as of 2023-12-31; the cut-off date must fall in the evaluation year 2024"),
    ],
    # ------------------------------------------------------------------ 甘肃 会宁县 2022 部门整体
    "gs-huining-fubaobumen-2022": [
        ("e1", "average_mismatch",
         "平均96.23分", "平均96.32分", "平均96.32分",
         "(96.50 + 94.20 + 98.00) / 3 = 96.23, stated 96.32"),
        ("e2", "conflicting_values",
         "完成婚前医学检查1,874人", "完成婚前医学检查1,784人", "1,784人",
         "婚前医学检查人数 1,784 in the prose against 1874人 in the 自评表"),
        ("e3", "implausible_rate",
         "孕检服务满意度95.20%", "孕检服务满意度105.20%", "105.20%",
         "a satisfaction rate of 105.20% is above 100%"),
        ("e4", "score_sum_mismatch",
         "—\n10\n9\n基层随访", "—\n10\n8.5\n基层随访", "10\n8.5\n基层随访",
         "qualitative row score lowered 9 -> 8.5 (still inside the achieved band); rows now sum to 97.86 and 效益 to 28.05, "
         "while 总分/prose keep 98.36 and 28.55"),
        ("e5", "weight_sum_mismatch",
         "总分\n100\n98.36", "总分\n105\n98.36", "总分\n105",
         "the weight column totals 10 + 50 + 30 + 10 = 100, stated 105"),
        ("e6", "grade_mismatch",
         "综合评定等级为“优秀”", "综合评定等级为“良好”", "综合评定等级为“良好”",
         "total 98.36 lies in the 优 band (>= 90), stated 良好"),
    ],
    # ------------------------------------------------------------------ 河北 枣强县 2025
    "he-zaoqiang-hunjian-2025": [
        ("e1", "score_exceeds_weight",
         "106.47%\n10\n10\n可持续影响指标\n服务机制\n持续健全\n基本健全\n—\n10\n8.5",
         "106.47%\n10\n10.5\n可持续影响指标\n服务机制\n持续健全\n基本健全\n—\n10\n8.0",
         "10\n10.5",
         "新婚夫妇优生知识知晓率 row scored 10.5 against a weight of 10; the next (qualitative) row lost half a point "
         "(8.5 -> 8.0), so the 效益 subtotal 28.5 and the total 97.75 still add up"),
        ("e2", "rate_mismatch",
         "执行率91.35%", "执行率93.15%", "执行率93.15%",
         "县级资金 19.00 / 20.80 = 91.35%, stated 93.15%"),
        ("e3", "conflicting_values",
         "服务对象满意度97.80%", "服务对象满意度98.70%", "服务对象满意度98.70%",
         "satisfaction 98.70% in the prose against 97.80% in the 自评表"),
        ("e4", "unit_mismatch",
         "≥95%\n100%\n105.26%", "≥95%\n36人\n105.26%", "≥95%\n36人",
         "转诊率 row: target a percentage, actual written as a head count (36人, the number of cases referred)"),
        ("e5", "balance_mismatch",
         "结余2.85万元", "结余2.58万元", "结余2.58万元",
         "全年预算 (all received) 71.20 - 执行 68.35 = 2.85万元, stated 2.58"),
        ("e6", "completion_mismatch",
         "94.30%\n104.78%", "94.30%\n107.48%", "107.48%",
         "早孕随访率 row: 94.30% / 90% = 104.78%, stated 107.48% (score 10 is full either way)"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = "%s-clean.txt" % src
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, old, new, value, why in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                raise SystemExit("%s-%s: old text occurs %d times" % (src, suffix, n))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit("%s-%s: value occurs %d times" % (src, suffix, text.count(value)))
            name = "%s-%s.txt" % (src, suffix)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": why}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
