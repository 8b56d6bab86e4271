#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n125 from the clean drafts.

Each edit is (source, n, code, old, new, value, explanation): `old` must occur exactly once in
cases/<source>-clean.txt; it is replaced by `new` to give cases/<source>-e<n>.txt, and `value`
(a short exact substring of the error case holding the changed figure) goes into the label.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "huairou-casefunds-2018",
    "changping-policeequip-2019",
    "songjiang-casefunds-2021",
    "jinnan-policeequip-2023",
    "baoshan-forensics-2024",
]

EDITS = [
    # ---- 北京市公安局怀柔分局 2018 刑事案件办案经费 ----
    ("huairou-casefunds-2018", 1, "rate_mismatch",
     "预算执行率**95.86%**", "预算执行率**95.68%**", "95.68%",
     "282.78 / 295.00 = 95.86%, the text states 95.68% (digits transposed; the funds table keeps 95.86%)"),
    ("huairou-casefunds-2018", 2, "sum_mismatch",
     "鉴定检验费58.20万元", "鉴定检验费52.80万元", "鉴定检验费52.80万元",
     "96.45 + 52.80 + 47.63 + 38.90 + 41.60 = 277.38, not the 282.78 spent that the list breaks down"),
    ("huairou-casefunds-2018", 3, "average_mismatch",
     "两项平均满意度为**90.50%**", "两项平均满意度为**91.50%**", "91.50%",
     "(92.60% + 88.40%) / 2 = 90.50%, stated 91.50%"),
    ("huairou-casefunds-2018", 4, "year_mismatch",
     "截至2018年12月31日", "截至2017年12月31日", "截至2017年12月31日",
     "the 2018 report gives the 2018 budget position as at 31 Dec 2017"),
    ("huairou-casefunds-2018", 5, "score_exceeds_weight",
     "| 案件法制审核率 | 100% | 100% | 10 | 10 | — |\n|  | 时效指标 | 办案经费报销审核时限 | ≤15个工作日 | 12个工作日 | 5 | 5 | — |",
     "| 案件法制审核率 | 100% | 100% | 5 | 10 | — |\n|  | 时效指标 | 办案经费报销审核时限 | ≤15个工作日 | 12个工作日 | 10 | 5 | — |",
     "案件法制审核率 | 100% | 100% | 5 | 10",
     "weights of two adjacent rows swapped: 案件法制审核率 now has 分值 5 and 得分 10 (sums of weights and scores unchanged)"),
    ("huairou-casefunds-2018", 6, "implausible_rate",
     "| 其他资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
     "| 其他资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | — |",
     "0.00 | — | 100.00%",
     "execution rate 100.00% on a zero budget (其他资金 0.00 / 0.00)"),

    # ---- 北京市公安局昌平分局 2019 公安业务装备购置经费 ----
    ("changping-policeequip-2019", 1, "completion_mismatch",
     "| 1158.76万元 | 100.00% |", "| 1158.76万元 | 97.74% |", "1158.76万元 | 97.74%",
     "≤1185.50万元 target met by 1158.76万元: completion 100%, the cell shows actual/target 97.74%"),
    ("changping-policeequip-2019", 2, "weight_sum_mismatch",
     "| 6架 | 6架 | 100.00% | 5 | 5 |", "| 6架 | 6架 | 100.00% | 6 | 5 |", "6架 | 100.00% | 6 | 5",
     "weight of 警用无人机采购数量 typed 6 instead of 5: weights total 101 (产出 51) while the 合计 row says 100"),
    ("changping-policeequip-2019", 3, "unit_mismatch",
     "| 2019年11月30日前 | 2019年11月26日 |", "| 2019年11月30日前 | 100% |",
     "2019年11月30日前 | 100%",
     "target is a date (2019年11月30日前), the actual is written as a percentage"),
    ("changping-policeequip-2019", 4, "conflicting_values",
     "新配发的420台执法记录仪", "新配发的402台执法记录仪", "402台",
     "body-camera count given as 402台 in the benefit paragraph but 420台 in the output paragraph and the table"),
    ("changping-policeequip-2019", 5, "balance_mismatch",
     "结余26.74万元", "结余26.47万元", "结余26.47万元",
     "1185.50 - 1158.76 = 26.74, stated 26.47"),
    ("changping-policeequip-2019", 6, "score_sum_mismatch",
     "| 97.47% | 10 | 9.75 |", "| 97.47% | 10 | 9.57 |", "97.47% | 10 | 9.57",
     "row scores now add to 97.34 (产出 49.57) while the 合计 and the text say 97.52"),

    # ---- 上海市公安局松江分局 2021 执法办案经费 ----
    ("songjiang-casefunds-2021", 1, "score_exceeds_weight",
     "| 13154起 | 10 | 10 | — |\n|  |  | 涉案财物入库登记数 | ≥5000件 | 4150件 | 5 | 4.15 |",
     "| 13154起 | 10 | 4.15 | — |\n|  |  | 涉案财物入库登记数 | ≥5000件 | 4150件 | 5 | 10 |",
     "4150件 | 5 | 10",
     "scores of two adjacent rows swapped: 涉案财物入库登记数 now scores 10 against a weight of 5 (total unchanged)"),
    ("songjiang-casefunds-2021", 2, "average_mismatch",
     "三季度93.8%", "三季度98.3%",
     "三季度98.3%、四季度94.0%，全年平均93.40%",
     "(92.6 + 93.2 + 98.3 + 94.0) / 4 = 94.53%, stated average 93.40%"),
    ("songjiang-casefunds-2021", 3, "implausible_rate",
     "运维预算360.00万元，实际支出356.80万元，执行率99.11%",
     "运维预算306.00万元，实际支出356.80万元，执行率116.60%",
     "执行率116.60%",
     "356.80 / 306.00 = 116.60%: spending above the sub-budget, an execution rate over 100%"),
    ("songjiang-casefunds-2021", 4, "year_mismatch",
     "项目支出绩效自评表（2021年度）", "项目支出绩效自评表（2020年度）", "项目支出绩效自评表（2020年度）",
     "the 2021 report's table is headed 2020年度"),
    ("songjiang-casefunds-2021", 5, "rate_mismatch",
     "| 1962.45 | 97.15% |", "| 1962.45 | 97.51% |", "1962.45 | 97.51%",
     "1962.45 / 2020.00 = 97.15%, stated 97.51%"),
    ("songjiang-casefunds-2021", 6, "grade_mismatch",
     "评价等级为**良好**", "评价等级为**优秀**", "评价等级为**优秀**",
     "total 87.95 lies in the 良 band (80 ≤ s < 90)"),

    # ---- 天津市公安局津南分局 2023 公安业务装备经费 ----
    ("jinnan-policeequip-2023", 1, "grade_mismatch",
     "评价等级为**良**", "评价等级为**优**", "评价等级为**优**",
     "total 89.49 is below 90: 良, not 优"),
    ("jinnan-policeequip-2023", 2, "completion_mismatch",
     "实际完成38辆，完成率84.44%", "实际完成38辆，完成率88.44%", "完成率88.44%",
     "38 / 45 = 84.44%, stated 88.44%"),
    ("jinnan-policeequip-2023", 3, "balance_mismatch",
     "未执行资金150.68万元", "未执行资金150.86万元", "150.86万元",
     "920.00 - 769.32 = 150.68, stated 150.86"),
    ("jinnan-policeequip-2023", 4, "weight_sum_mismatch",
     "数量指标25分", "数量指标20分", "数量指标20分",
     "二级 weights 20 + 10 + 5 + 10 = 45 ≠ 产出 50; the table's 数量 rows weigh 10 + 5 + 10 = 25"),
    ("jinnan-policeequip-2023", 5, "sum_mismatch",
     "| 60.00 | 64.00 | 64.00 |", "| 60.00 | 64.00 | 46.00 |", "64.00 | 46.00",
     "execution column: 705.32 + 0.00 + 46.00 = 751.32 ≠ 年度资金总额 769.32"),
    ("jinnan-policeequip-2023", 6, "conflicting_values",
     "防汛装备126套", "防汛装备162套", "防汛装备162套",
     "flood-rescue sets 162 in the table's goal block but 126 in the text and the indicator row"),

    # ---- 上海市公安局宝山分局 2024 刑事技术装备及办案经费 ----
    ("baoshan-forensics-2024", 1, "unit_mismatch",
     "| 电子物证取证设备 | 412.80 |", "| 电子物证取证设备 | 4128000.00 |", "4128000.00",
     "the 元 amount 4,128,000.00 entered in the 万元 column (should be 412.80); the 合计 1361.22 only holds at 412.80"),
    ("baoshan-forensics-2024", 2, "score_sum_mismatch",
     "| 558件 | 10 | 9.30 |", "| 558件 | 10 | 9.03 |", "558件 | 10 | 9.03",
     "产出 rows now add to 49.03 (total 98.89) while the 小计 says 49.30 and the 总分 99.16"),
    ("baoshan-forensics-2024", 3, "conflicting_values",
     "全年出现场勘查4,215起", "全年出现场勘查4,251起", "4,251起",
     "scene examinations 4,251 in the text, 4215 in the table"),
    ("baoshan-forensics-2024", 4, "rate_mismatch",
     "到位率100%", "到位率98.64%", "到位率98.64%",
     "received 1,380.00 of a 1,380.00 budget: 到位率 100%, the execution rate was copied instead"),
    ("baoshan-forensics-2024", 5, "year_mismatch",
     "结转至2025年支付", "结转至2024年支付", "结转至2024年",
     "money left over from the 2024 budget cannot be carried over to 2024 itself"),
    ("baoshan-forensics-2024", 6, "average_mismatch",
     "季均8,115份", "季均8,151份", "季均8,151份",
     "(7,860 + 8,120 + 8,390 + 8,090) / 4 = 8,115, stated 8,151"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{s}-e{n}: old text occurs {count} times in the clean draft")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{s}-e{n}: value {value!r} not in the error case")
            name = f"{s}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
