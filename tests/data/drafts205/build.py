#!/usr/bin/env python3
"""Build the n205 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "funing-rfgcweihu-2021",
    "kaiping-jingbaoqi-2023",
    "fenyang-zhihuisuo-2020",
    "yiliang-rfxuanjiao-2024",
    "diaobingshan-yidifei-2019",
]

# (source, case suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---------------- 阜宁县 人防工程维护管理 2021 (tab-separated web table) ----------------
    ("funing-rfgcweihu-2021", "e1", "rate_mismatch", "text",
     "当年财政拨款执行86.16万元，执行率97.25%",
     "当年财政拨款执行86.16万元，执行率97.52%",
     "执行率97.52%",
     "当年财政拨款 86.16 / 88.60 = 97.25%, stated 97.52% (digits transposed)"),
    ("funing-rfgcweihu-2021", "e2", "sum_mismatch", "table",
     "\t其中：当年财政拨款\t85.00\t88.60",
     "\t其中：当年财政拨款\t58.00\t88.60",
     "当年财政拨款\t58.00",
     "年初预算数 column: 58.00 + 0.00 + 0.00 = 58.00, but 年度资金总额 reads 85.00"),
    ("funing-rfgcweihu-2021", "e3", "score_sum_mismatch", "table",
     "\t11处\t10\t9.17\t",
     "\t11处\t10\t9.71\t",
     "11处\t10\t9.71",
     "row scores now add to 9.74 + 50 + 9.71 + 10 + 10 + 10 = 99.45, stated 总分 98.91 (table and text)"),
    ("funing-rfgcweihu-2021", "e4", "grade_mismatch", "table",
     "评价等级\t优\n",
     "评价等级\t良\n",
     "评价等级\t良",
     "总分 98.91 lies in the 优 band (>= 90), the table says 良"),
    ("funing-rfgcweihu-2021", "e5", "completion_mismatch", "text",
     "完成率91.67%",
     "完成率91.76%",
     "完成率91.76%",
     "11处 of a >=12处 target = 91.67%, stated 91.76%"),
    ("funing-rfgcweihu-2021", "e6", "year_mismatch", "text",
     "已结转至2022年使用",
     "已结转至2021年使用",
     "结转至2021年",
     "money left over from the 2021 budget is carried forward into 2021 itself; must be a later year (2022)"),

    # ---------------- 开平市 人防警报器建设 2023 (pipe table from a web page) ----------------
    ("kaiping-jingbaoqi-2023", "e1", "balance_mismatch", "text",
     "项目年末结余6.48万元",
     "项目年末结余6.84万元",
     "结余6.84万元",
     "120.00 - 113.52 = 6.48, stated 6.84"),
    ("kaiping-jingbaoqi-2023", "e2", "weight_sum_mismatch", "table",
     "| 2023年12月15日 | 5 | 3 |",
     "| 2023年12月15日 | 6 | 3 |",
     "2023年12月15日 | 6 | 3",
     "时效指标 weight typed 6 instead of 5: weights add to 10 + 51 + 30 + 10 = 101, 总分 row says 100"),
    ("kaiping-jingbaoqi-2023", "e3", "score_exceeds_weight", "table",
     "| 8台 | 15 | 15 | |\n| | 数量指标 | 城区警报音响覆盖率 | ≥95% | 97.2% | 10 | 10 |",
     "| 8台 | 15 | 10 | |\n| | 数量指标 | 城区警报音响覆盖率 | ≥95% | 97.2% | 10 | 15 |",
     "97.2% | 10 | 15",
     "scores of the two adjacent 数量指标 rows swapped: 覆盖率 row scores 15 against a weight of 10 (total still 97.46)"),
    ("kaiping-jingbaoqi-2023", "e4", "unit_mismatch", "table",
     "| ≥8台 | 8台 | 15 |",
     "| ≥8台 | 100% | 15 |",
     "≥8台 | 100%",
     "target counted in 台, actual given as a percentage"),
    ("kaiping-jingbaoqi-2023", "e5", "conflicting_values", "text",
     "共新建电声警报器8台",
     "共新建电声警报器6台",
     "共新建电声警报器6台",
     "the same output is 8台 in 项目概况, 绩效目标, 质量 paragraph and the 自评表; 6台 here"),
    ("kaiping-jingbaoqi-2023", "e6", "average_mismatch", "text",
     "三埠街道93.8%",
     "三埠街道98.3%",
     "三埠街道98.3%",
     "(95.2 + 98.3 + 93.9) / 3 = 95.8, stated 平均满意度94.3%"),

    # ---------------- 汾阳市 人防指挥所运维 2020 (Shanxi flattened table, one cell per line) ----------------
    ("fenyang-zhihuisuo-2020", "e1", "rate_mismatch", "table",
     "\t95.18\n",
     "\t95.81\n",
     "95.81",
     "县区级 (7)=(4)/(2): 53.30 / 56.00 = 95.18, stated 95.81"),
    ("fenyang-zhihuisuo-2020", "e2", "balance_mismatch", "text",
     "年末结余2.70万元",
     "年末结余2.07万元",
     "结余2.07万元",
     "到位 68.00 - 支付 65.30 = 2.70, stated 2.07"),
    ("fenyang-zhihuisuo-2020", "e3", "completion_mismatch", "table",
     "\t96.5%\n\t98.47%\n",
     "\t96.5%\n\t98.74%\n",
     "98.74%",
     "可用率 96.5% against >=98% = 98.47%, 完成率 column says 98.74%"),
    ("fenyang-zhihuisuo-2020", "e4", "implausible_rate", "table",
     "\t(7)=(4)/(2)\n\t96.03\n\t95.65\n\t0\n",
     "\t(7)=(4)/(2)\n\t96.03\n\t95.65\n\t100\n",
     "95.65\n\t100",
     "中央级 column of 预算执行率: no central budget (empty in (2)), yet the rate reads 100"),
    ("fenyang-zhihuisuo-2020", "e5", "grade_mismatch", "text",
     "属于\"优秀\"",
     "属于\"良好\"",
     "属于\"良好\"",
     "总得分 99.37 is in the 优 band (>= 90)"),
    ("fenyang-zhihuisuo-2020", "e6", "unit_mismatch", "text",
     "运维补助资金6.00万元",
     "运维补助资金60000万元",
     "60000万元",
     "the 6.00万元 provincial subsidy (60000元) written with the unit 万元: off by 10^4 (table 省级 6.00; 56 + 6 + 6 = 68)"),

    # ---------------- 宜良县 人防宣传教育 2024 (PDF text, cells separated by spaces) ----------------
    ("yiliang-rfxuanjiao-2024", "e1", "sum_mismatch", "text",
     "“五进”宣传活动8.60万元",
     "“五进”宣传活动6.80万元",
     "“五进”宣传活动6.80万元",
     "11.20 + 6.80 + 4.50 + 5.70 = 28.20, stated budget 30.00"),
    ("yiliang-rfxuanjiao-2024", "e2", "score_sum_mismatch", "table",
     "4620人 10 9.24 ",
     "4620人 10 9.42 ",
     "4620人 10 9.42",
     "row scores now add to 99.24 (效益 29.42), stated 总分 99.06 and 效益指标得分29.24分"),
    ("yiliang-rfxuanjiao-2024", "e3", "weight_sum_mismatch", "table",
     "≤6元 5.8元 5 5",
     "≤6元 5.8元 6 5",
     "5.8元 6 5",
     "成本指标 weight 6 instead of 5: weights add to 101 (产出 51)"),
    ("yiliang-rfxuanjiao-2024", "e4", "average_mismatch", "text",
     "84.6%、83.9%",
     "86.4%、83.9%",
     "86.4%",
     "(81.2 + 86.4 + 83.9 + 84.3) / 4 = 83.95, stated 平均为83.5%"),
    ("yiliang-rfxuanjiao-2024", "e5", "year_mismatch", "text",
     "截至2024年12月31日",
     "截至2023年12月31日",
     "截至2023年12月31日",
     "the 2024 spending figure is dated to the end of 2023"),
    ("yiliang-rfxuanjiao-2024", "e6", "conflicting_values", "table",
     "≥15000份 16800份",
     "≥15000份 18600份",
     "18600份",
     "宣传资料 given as 16800份 in the text, 18600份 in the 自评表"),

    # ---------------- 调兵山市 防空地下室易地建设费 2019 (full-width ｜ table) ----------------
    ("diaobingshan-yidifei-2019", "e1", "implausible_rate", "table",
     "｜其他资金｜0.00｜0.00｜0.00｜—｜—｜—｜",
     "｜其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—｜",
     "0.00｜—｜100.00%",
     "其他资金 全年预算 0.00: an execution rate of 100.00% on a zero base"),
    ("diaobingshan-yidifei-2019", "e2", "score_exceeds_weight", "table",
     "｜100%｜100%｜10｜10｜｜\n｜｜时效指标｜工程完工时间｜2019年10月31日前｜一期11月20日完工，二期未完工｜5｜2｜",
     "｜100%｜100%｜10｜2｜｜\n｜｜时效指标｜工程完工时间｜2019年10月31日前｜一期11月20日完工，二期未完工｜5｜10｜",
     "二期未完工｜5｜10",
     "scores of the 质量 and 时效 rows swapped: 时效 scores 10 against a weight of 5 (total still 88.00)"),
    ("diaobingshan-yidifei-2019", "e3", "unit_mismatch", "text",
     "警报器维护8.00万元、征收管理",
     "警报器维护80000万元、征收管理",
     "80000万元",
     "警报器维护 8.00万元 (80000元) written with the unit 万元: the sub-project list no longer adds to 186.50; rescaling by 10^4 fixes it"),
    ("diaobingshan-yidifei-2019", "e4", "rate_mismatch", "text",
     "资金支付率73.98%",
     "资金支付率73.89%",
     "资金支付率73.89%",
     "72.50 / 98.00 = 73.98%, stated 73.89%"),
    ("diaobingshan-yidifei-2019", "e5", "sum_mismatch", "table",
     "｜上年结转资金｜0.00｜36.50｜",
     "｜上年结转资金｜36.50｜36.50｜",
     "上年结转资金｜36.50｜36.50｜36.50",
     "年初预算数 column: 150.00 + 36.50 + 0.00 = 186.50, but 年度资金总额 reads 150.00"),
    ("diaobingshan-yidifei-2019", "e6", "grade_mismatch", "text",
     "评价等级为良好",
     "评价等级为优秀",
     "评价等级为优秀",
     "自评得分 88.00 lies in the 良 band (80 <= s < 90)"),
]


def main():
    labels = []
    for src in PROJECTS:
        clean_path = os.path.join(CASES, f"{src}-clean.txt")
        with open(clean_path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, suffix, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            if old == new:
                sys.exit(f"{src}-{suffix}: edit changes nothing")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-{suffix}: label value not in case: {value!r}")
            with open(os.path.join(CASES, f"{src}-{suffix}.txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": f"{src}-{suffix}.txt", "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
