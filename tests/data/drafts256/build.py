#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts256 from the clean drafts.

Each edit is an exact old -> new replacement applied to one clean draft; `old` must occur exactly once in
that draft. `value` is the exact substring of the error case that carries the changed figure (the scorer
accepts a finding whose span overlaps an occurrence of it). `where` says whether the slip sits in the prose
or in a table (for the README).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NB = "\u00a0"  # empty web-table cell (kuitun layout)

SOURCES = [
    "huoqiu-jiaoyiyunwei-2021",
    "gaozhou-dianzizhaobiao-2023",
    "dianjiang-yidipingbiao-2019",
    "kuitun-zhuanjiaku-2020",
    "huanan-jianzheng-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- huoqiu (Anhui, Word copy, cell-per-line tables with 行次 and 完成率) ---
    ("huoqiu-jiaoyiyunwei-2021", 1, "rate_mismatch", "table",
     "(7)=(4)/(2)\n\t95.84\n\t95.84", "(7)=(4)/(2)\n\t95.84\n\t95.48",
     "(7)=(4)/(2)\n\t95.84\n\t95.48",
     "预算执行率 row, 财政资金小计 column: 88.56 / 92.40 = 95.84%, printed 95.48"),
    ("huoqiu-jiaoyiyunwei-2021", 2, "implausible_rate", "table",
     "(6)=(3)/(2)\n\t100\n\t100\n\t0\n\t0", "(6)=(3)/(2)\n\t100\n\t100\n\t0\n\t100",
     "(6)=(3)/(2)\n\t100\n\t100\n\t0\n\t100",
     "预算到位率 row, 省级 column reads 100 although the 省级 budget and receipts are empty (zero base)"),
    ("huoqiu-jiaoyiyunwei-2021", 3, "completion_mismatch", "table",
     "1356宗\n\t113.00%", "1356宗\n\t131.00%",
     "131.00%",
     "保障进场交易项目数: 1356 / 1200 = 113.00%, 完成率 printed 131.00%"),
    ("huoqiu-jiaoyiyunwei-2021", 4, "score_sum_mismatch", "table",
     "≥52次\n\t52次\n\t100.00%\n\t10", "≥52次\n\t52次\n\t100.00%\n\t9",
     "52次\n\t100.00%\n\t9",
     "row scores now add to 97.58 (运维巡检次数 scored 9) while the 合计 and the text give 98.58"),
    ("huoqiu-jiaoyiyunwei-2021", 5, "year_mismatch", "prose",
     "2021年年初预算安排86.00万元", "2020年年初预算安排86.00万元",
     "2020年年初预算安排86.00万元",
     "the 2021 report puts its own 年初预算 86.00万元 in 2020"),
    ("huoqiu-jiaoyiyunwei-2021", 6, "balance_mismatch", "prose",
     "年末结余3.84万元", "年末结余3.48万元",
     "结余3.48万元",
     "到位 92.40 - 支出 88.56 = 3.84万元, text says 结余3.48万元"),

    # --- gaozhou (Guangdong, web page, tab-separated table rows, MOF 自评表) ---
    ("gaozhou-dianzizhaobiao-2023", 1, "year_mismatch", "prose",
     "结转至2024年", "结转至2023年",
     "结转至2023年",
     "the unpaid 质保金 of the 2023 budget is carried over into 2023 itself (should be 2024)"),
    ("gaozhou-dianzizhaobiao-2023", 2, "sum_mismatch", "table",
     "工程监理\t7.00\t6.50", "工程监理\t7.00\t6.05",
     "工程监理\t7.00\t6.05",
     "表1 实际支出: 205.20 + 12.00 + 6.05 + 10.00 + 35.00 = 268.25, 合计 says 268.70"),
    ("gaozhou-dianzizhaobiao-2023", 3, "score_exceeds_weight", "table",
     "6家\t5\t5\t\n\t质量指标\t系统上线验收合格率\t100%\t100%\t10\t10",
     "6家\t5\t10\t\n\t质量指标\t系统上线验收合格率\t100%\t100%\t10\t5",
     "接入CA数字证书互认机构\t≥5家\t6家\t5\t10",
     "scores of two adjacent rows swapped: CA互认 row scores 10 against its 分值 5 (total unchanged)"),
    ("gaozhou-dianzizhaobiao-2023", 4, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "其他资金 row: budget 0.00, executed 0.00, yet 执行率 100.00% (rate on a zero base)"),
    ("gaozhou-dianzizhaobiao-2023", 5, "rate_mismatch", "prose",
     "全年执行268.70万元，执行率95.96%", "全年执行268.70万元，执行率95.69%",
     "执行率95.69%",
     "268.70 / 280.00 = 95.96%, text says 95.69%"),
    ("gaozhou-dianzizhaobiao-2023", 6, "conflicting_values", "prose",
     "等9个功能模块", "等8个功能模块",
     "等8个功能模块",
     "新增功能模块: text 8个, 自评表 实际完成值 and 年度总体目标 9个"),

    # --- dianjiang (Chongqing, PDF copy, space-separated table rows) ---
    ("dianjiang-yidipingbiao-2019", 1, "average_mismatch", "prose",
     "平均每季度16场", "平均每季度17场",
     "平均每季度17场",
     "(12 + 18 + 15 + 19) / 4 = 16, text says 平均每季度17场"),
    ("dianjiang-yidipingbiao-2019", 2, "completion_mismatch", "prose",
     "为年度目标50场的128%", "为年度目标50场的118%",
     "50场的118%",
     "64 / 50 = 128%, text says 118%"),
    ("dianjiang-yidipingbiao-2019", 3, "weight_sum_mismatch", "table",
     "专家劳务费按时发放率 100% 100% 5 5", "专家劳务费按时发放率 100% 100% 8 5",
     "专家劳务费按时发放率 100% 100% 8",
     "时效 row weight 8 instead of 5: weights now total 103 (产出 53 against 50)"),
    ("dianjiang-yidipingbiao-2019", 4, "grade_mismatch", "table",
     "自评等级 优", "自评等级 良",
     "自评等级 良",
     "total 97.10 is in the 优 band (>= 90), table says 良"),
    ("dianjiang-yidipingbiao-2019", 5, "unit_mismatch", "prose",
     "异地专家评审劳务费26.40万元", "异地专家评审劳务费264000万元",
     "264000万元",
     "26.40万元 written as its 元 figure 264000 with the unit 万元: the items add to 49.92 only after dividing it by 10^4"),
    ("dianjiang-yidipingbiao-2019", 6, "balance_mismatch", "prose",
     "结余2.08万元", "结余2.80万元",
     "结余2.80万元",
     "到位 52.00 - 支出 49.92 = 2.08万元, text says 结余2.80万元"),

    # --- kuitun (Xinjiang, web page, one cell per line, NBSP in empty cells) ---
    ("kuitun-zhuanjiaku-2020", 1, "grade_mismatch", "prose",
     "自评等级为“良好”", "自评等级为“优秀”",
     "自评等级为“优秀”",
     "total 89.98 is in the 良 band (80 <= s < 90), text says 优秀"),
    ("kuitun-zhuanjiaku-2020", 2, "sum_mismatch", "prose",
     "货物类186人", "货物类168人",
     "货物类168人",
     "512 + 168 + 148 = 828, the 专家库 total is 846人"),
    ("kuitun-zhuanjiaku-2020", 3, "average_mismatch", "table",
     "平均每期\n" + NB + "\n" + NB + "\n200\n195", "平均每期\n" + NB + "\n" + NB + "\n210\n195",
     "平均每期\n" + NB + "\n" + NB + "\n210",
     "表1: (176 + 224) / 2 = 200 参训人次 per 期, row 平均每期 says 210"),
    ("kuitun-zhuanjiaku-2020", 4, "unit_mismatch", "prose",
     "专家培训费7.20万元", "专家培训费72000万元",
     "72000万元",
     "培训费 7.20万元 written as 72000 (its 元 figure) with the unit 万元: 24.60 = 72000/10^4 + 10.00 + 7.40"),
    ("kuitun-zhuanjiaku-2020", 5, "score_sum_mismatch", "prose",
     "产出指标得45分", "产出指标得43分",
     "产出指标得43分",
     "8.20 + 43 + 27 + 9.78 = 87.98, stated 项目总得分89.98分 (table rows give 产出 45)"),
    ("kuitun-zhuanjiaku-2020", 6, "weight_sum_mismatch", "table",
     "组织评标专家集中培训\n≥4期\n2期\n10\n5", "组织评标专家集中培训\n≥4期\n2期\n15\n5",
     "组织评标专家集中培训\n≥4期\n2期\n15",
     "集中培训 row weight 15 instead of 10: weights total 105, 产出 rows 55 against the stated 50"),

    # --- huanan (Heilongjiang, PDF copy, space-separated rows, page footers) ---
    ("huanan-jianzheng-2024", 1, "score_exceeds_weight", "table",
     "异常情况报告及时率 100% 100% 5 5\n成本指标 见证服务人均月费用 ≤4500元 4500元 10 10",
     "异常情况报告及时率 100% 100% 5 10\n成本指标 见证服务人均月费用 ≤4500元 4500元 10 5",
     "异常情况报告及时率 100% 100% 5 10",
     "scores of two adjacent rows swapped: 异常情况报告及时率 scores 10 against its 分值 5 (total unchanged)"),
    ("huanan-jianzheng-2024", 2, "unit_mismatch", "table",
     "见证交易项目数 ≥350个 412个", "见证交易项目数 ≥350个 100%",
     "≥350个 100%",
     "target in 个, 实际完成值 given as a percentage"),
    ("huanan-jianzheng-2024", 3, "sum_mismatch", "prose",
     "108个、121个", "118个、121个",
     "97个、118个、121个",
     "86 + 97 + 118 + 121 = 422, 全年合计412个"),
    ("huanan-jianzheng-2024", 4, "conflicting_values", "prose",
     "其中有效投诉2件", "其中有效投诉3件",
     "有效投诉3件",
     "有效投诉件数: text 3件, 自评表 实际完成值 2件"),
    ("huanan-jianzheng-2024", 5, "year_mismatch", "table",
     "（2024年度）", "（2023年度）",
     "（2023年度）",
     "自评表 header claims 2023 for the 2024 report"),
    ("huanan-jianzheng-2024", 6, "rate_mismatch", "table",
     "17.46 10 97.00% 9.70", "17.46 10 79.00% 9.70",
     "17.46 10 79.00%",
     "年度资金总额 row: 17.46 / 18.00 = 97.00%, printed 79.00%"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string occurs {cnt} times")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with one injected error)")


if __name__ == "__main__":
    main()
