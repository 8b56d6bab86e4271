#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit is exact: `old` must occur exactly once in the clean draft and is replaced by `new`
(one contiguous change); `value` is the labelled substring, which must occur exactly once in the
resulting case. Run `python3 build.py && python3 verify.py`.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ha-tongxu-lijian-2019",
    "sx-qinxian-lijian-2021",
    "hn-xinning-hegezheng-2022",
    "sc-yilong-lijian-2024",
    "gx-gongcheng-jiancezhan-bumen-2025",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---- 通许县 2019 (Henan; MOF outline, tab-row 自评表, space-aligned sample table)
    ("ha-tongxu-lijian-2019", 1, "rate_mismatch",
     "合格率99.66%", "合格率99.56%", "合格率99.56%",
     "速测合格率: 5262/5280 = 99.66%, stated 99.56%"),
    ("ha-tongxu-lijian-2019", 2, "balance_mismatch",
     "年末未支出2.64万元", "年末未支出2.46万元", "年末未支出2.46万元",
     "到位 48.00 − 支出 45.36 = 2.64万元 unspent, stated 2.46"),
    ("ha-tongxu-lijian-2019", 3, "sum_mismatch",
     "合格证印制及宣传3.30万元", "合格证印制及宣传3.80万元", "合格证印制及宣传3.80万元",
     "spending items 25.20 + 9.86 + 3.80 + 2.40 + 4.60 = 45.86 ≠ 全年支出 45.36"),
    ("ha-tongxu-lijian-2019", 4, "score_exceeds_weight",
     "0\n\t\t速测样品（批次）\t≥5000\t5280\t105.60%\t10\t10",
     "1\n\t\t速测样品（批次）\t≥5000\t5280\t105.60%\t10\t9",
     "定量检测样品（批次）\t≥600\t600\t100.00%\t10\t11",
     "定量检测样品 scored 11 against weight 10 (the next row 速测样品 lowered 10 → 9, so the total 98.05 still adds up)"),
    ("ha-tongxu-lijian-2019", 5, "year_mismatch",
     "结转2020年继续使用", "结转2019年继续使用", "结转2019年",
     "unspent money of the 2019 budget carried over to 2019 itself; must be a later year (2020)"),
    ("ha-tongxu-lijian-2019", 6, "implausible_rate",
     "食用菌               0           0          —",
     "食用菌               0           0     100.00%",
     "食用菌               0           0     100.00%",
     "pass rate 100.00% printed for a category with 0 samples (rate on a zero base)"),
    # ---- 沁县 2021 (Shanxi; 行次 funds table and 附件1 one cell a line, space-aligned sample table)
    ("sx-qinxian-lijian-2021", 1, "weight_sum_mismatch",
     "开具合格证（万张）\n\t8\n", "开具合格证（万张）\n\t9\n", "开具合格证（万张）\n\t9",
     "weights now sum to 101, and the 产出 rows to 51 against the stated 50"),
    ("sx-qinxian-lijian-2021", 2, "completion_mismatch",
     "101.28%", "102.28%", "102.28%",
     "定量监测样品: 790/780 = 101.28%, stated 102.28%"),
    ("sx-qinxian-lijian-2021", 3, "unit_mismatch",
     "≤10个工作日\n\t7个工作日", "≤10个工作日\n\t100%", "≤10个工作日\n\t100%",
     "检测结果报送时限: target in 个工作日, actual given as a percentage; completion cannot be computed"),
    ("sx-qinxian-lijian-2021", 4, "grade_mismatch",
     "属于“优秀”", "属于“良好”", "属于“良好”",
     "total 98.36 is in the 优 band (≥ 90), stated 良好"),
    ("sx-qinxian-lijian-2021", 5, "average_mismatch",
     "季度平均为99.12%", "季度平均为99.42%", "季度平均为99.42%",
     "(98.50 + 99.00 + 99.50 + 99.47)/4 = 99.12%, stated 99.42%"),
    ("sx-qinxian-lijian-2021", 6, "conflicting_values",
     "项目全年完成定量监测790批次", "项目全年完成定量监测709批次", "完成定量监测709批次",
     "section 二 says 709 batches; 表1, the quarterly split and 附件1 give 790"),
    # ---- 新宁县 2022 (Hunan; seed-002 outline, 附件 one cell a line, space-aligned sample table)
    ("hn-xinning-hegezheng-2022", 1, "rate_mismatch",
     "96.68%", "98.68%", "98.68%",
     "funds block 当年财政拨款: 45.44/47.00 = 96.68%, stated 98.68%"),
    ("hn-xinning-hegezheng-2022", 2, "score_sum_mismatch",
     "自评得分97.20分", "自评得分97.70分", "自评得分97.70分",
     "row scores 9.70 + 50 + 10 + 9.50 + 8 + 10 = 97.20, stated 97.70 (grade 优 unchanged)"),
    ("hn-xinning-hegezheng-2022", 3, "unit_mismatch",
     "培训宣传4.20万元", "培训宣传42000万元", "培训宣传42000万元",
     "the 42000元 item written with the unit 万元 (off by 10^4); with 4.20万元 the items add to 50.44"),
    ("hn-xinning-hegezheng-2022", 4, "conflicting_values",
     "全县318家生产主体", "全县381家生产主体", "全县381家生产主体",
     "text gives 381 subjects issuing certificates; the 自评表 actual is 318家"),
    ("hn-xinning-hegezheng-2022", 5, "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "cut-off date names 2021 in the 2022 report"),
    ("hn-xinning-hegezheng-2022", 6, "average_mismatch",
     "平均每轮113人", "平均每轮118人", "平均每轮118人",
     "(126 + 98 + 143 + 85)/4 = 113, stated 118"),
    # ---- 仪陇县 2024 (Sichuan; 10 + 90 table with 指标性质/度量单位 one cell a line, space-aligned sample table)
    ("sc-yilong-lijian-2024", 1, "balance_mismatch",
     "结余1.60万元", "结余1.06万元", "结余1.06万元",
     "到位 72.50 − 支出 70.90 = 1.60万元, stated 1.06"),
    ("sc-yilong-lijian-2024", 2, "weight_sum_mismatch",
     "\t90.00%\n\t5\n", "\t90.00%\n\t6\n", "90.00%\n\t6\n\t4.50",
     "培训生产主体 weight 6: weights sum to 101 and 产出 rows to 61 against the stated 60"),
    ("sc-yilong-lijian-2024", 3, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 99.28 is in the 优 band, stated 良"),
    ("sc-yilong-lijian-2024", 4, "completion_mismatch",
     "107.17%", "101.17%", "101.17%",
     "快速检测样品: 6430/6000 = 107.17%, stated 101.17%"),
    ("sc-yilong-lijian-2024", 5, "implausible_rate",
     "知晓率为91.5%", "知晓率为119.5%", "知晓率为119.5%",
     "an awareness rate of 119.5% is above 100%"),
    ("sc-yilong-lijian-2024", 6, "sum_mismatch",
     "县级财政资金54.00万元", "县级财政资金45.00万元", "县级财政资金45.00万元",
     "年初预算 66.50 ≠ 县级 45.00 + 中央 12.50 = 57.50"),
    # ---- 恭城县检测站 2025 (Guangxi; 部门整体支出, space-aligned funds table, one-cell sample table, tab-row 自评表)
    ("gx-gongcheng-jiancezhan-bumen-2025", 1, "score_exceeds_weight",
     "8\n\t时效指标\t报告出具时限（工作日）\t≤5\t4\t100.00%\t6\t6",
     "9\n\t时效指标\t报告出具时限（工作日）\t≤5\t4\t100.00%\t6\t5",
     "例行监测合格率\t≥98%\t99.27%\t101.30%\t8\t9",
     "例行监测合格率 scored 9 against weight 8 (the next row lowered 6 → 5, so the total 99.49 still adds up)"),
    ("gx-gongcheng-jiancezhan-bumen-2025", 2, "score_sum_mismatch",
     "96.67%\t10\t9.67", "96.67%\t10\t9.76", "96.67%\t10\t9.76",
     "row scores now add to 99.58, stated total 99.49"),
    ("gx-gongcheng-jiancezhan-bumen-2025", 3, "unit_mismatch",
     "上年结转6.00万元", "上年结转6.00亿元", "上年结转6.00亿元",
     "carry-over written in 亿元; with 万元 the income 180.40 + 6.00 = 186.40 adds up"),
    ("gx-gongcheng-jiancezhan-bumen-2025", 4, "completion_mismatch",
     "102.89%", "102.98%", "102.98%",
     "规模主体合格证覆盖率: 92.6/90 = 102.89%, stated 102.98%"),
    ("gx-gongcheng-jiancezhan-bumen-2025", 5, "conflicting_values",
     "全年完成定量检测960批次、快速检测", "全年完成定量检测906批次、快速检测", "定量检测906批次",
     "conclusion says 906 batches; the sample table, section 三 and the 自评表 give 960"),
    ("gx-gongcheng-jiancezhan-bumen-2025", 6, "year_mismatch",
     "2025年7月下达5.00万元", "2024年7月下达5.00万元", "2024年7月下达",
     "money of the 2025 budget issued in July 2024 (only a December-before advance is possible)"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for s, n, code, old, new, value, expl in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old occurs {clean.count(old)}x: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {text.count(value)}x: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
