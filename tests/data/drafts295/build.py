#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts295 from the clean drafts.

Every error case is its project's clean draft with exactly one edit applied: an exact
old -> new replacement whose `old` must occur exactly once in the clean draft.
`value` is a short exact substring of the error case that contains the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ha-xixia-12345rexian-2021",
    "fj-yongchun-zwfwzx-2018",
    "ln-donggang-dianzizhengzhao-2023",
    "gx-cenxi-yiwangtongban-2020",
    "cq-wushan-bianminzhan-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- ha-xixia-12345rexian-2021 (Henan, flattened PDF table: one cell per line, tab-indented)
    ("ha-xixia-12345rexian-2021", 1, "balance_mismatch", "prose",
     "年末结余3.14万元", "年末结余3.41万元", "年末结余3.41万元",
     "到位128.50 − 支出125.36 = 3.14万元; stated 3.41万元 (digits transposed)"),
    ("ha-xixia-12345rexian-2021", 2, "average_mismatch", "prose",
     "三季度98.1%", "三季度98.7%", "三季度98.7%、四季度98.4%，全年平均97.7%",
     "(96.8 + 97.5 + 98.7 + 98.4) / 4 = 97.85%, stated average 97.7%"),
    ("ha-xixia-12345rexian-2021", 3, "sum_mismatch", "table",
     "\t122.30\n\t119.16\n", "\t122.30\n\t119.61\n", "119.61",
     "当年财政拨款 执行 119.61 + 上年结转 6.20 = 125.81 ≠ 年度资金总额 执行 125.36 (should be 119.16)"),
    ("ha-xixia-12345rexian-2021", 4, "weight_sum_mismatch", "table",
     "\t=18个\n\t18个\n\t5\n", "\t=18个\n\t18个\n\t6\n", "=18个\n\t18个\n\t6",
     "在岗运行坐席数 分值 6: weights now total 101 (产出 51 instead of 50)"),
    ("ha-xixia-12345rexian-2021", 5, "completion_mismatch", "prose",
     "完成年度目标的111.25%", "完成年度目标的110.25%", "完成年度目标的110.25%",
     "17.80万件 / 16万件 = 111.25%, stated 110.25%"),
    ("ha-xixia-12345rexian-2021", 6, "year_mismatch", "prose",
     "已结转至2022年使用", "已结转至2021年使用", "结转至2021年",
     "a 2021 report carries its unspent balance into 2021 itself; must be a later year (2022)"),

    # ---- fj-yongchun-zwfwzx-2018 (Fujian, web-page table with full-width ｜ separators)
    ("fj-yongchun-zwfwzx-2018", 1, "rate_mismatch", "table",
     "｜80.75｜10｜98.00%｜9.80", "｜80.75｜10｜98.60%｜9.80", "98.60%",
     "全年执行数 80.75 / 全年预算数 82.40 = 98.00%, stated 98.60%"),
    ("fj-yongchun-zwfwzx-2018", 2, "score_exceeds_weight", "table",
     "｜365天｜5｜5｜\n｜｜群众办事一次办结率｜≥90%｜87.6%｜10｜9.73｜",
     "｜365天｜5｜9.73｜\n｜｜群众办事一次办结率｜≥90%｜87.6%｜10｜5｜",
     "自助服务区全年运行天数｜≥360天｜365天｜5｜9.73",
     "scores of two adjacent rows swapped: 自助服务区 row scores 9.73 against a weight of 5 (total unchanged)"),
    ("fj-yongchun-zwfwzx-2018", 3, "conflicting_values", "prose",
     "全年共办理各类事项26.45万件", "全年共办理各类事项24.65万件", "24.65万件",
     "the self-evaluation table gives 全年办件量 26.45万件 for the same year"),
    ("fj-yongchun-zwfwzx-2018", 4, "unit_mismatch", "table",
     "｜≤24小时｜4小时｜", "｜≤24小时｜100%｜", "≤24小时｜100%",
     "target is a time (≤24小时), actual given as a percentage"),
    ("fj-yongchun-zwfwzx-2018", 5, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "99.53分 is in the 优 band (≥90)"),
    ("fj-yongchun-zwfwzx-2018", 6, "implausible_rate", "table",
     "上年结转资金｜0｜0｜0｜—｜—｜—", "上年结转资金｜0｜0｜0｜—｜100%｜—", "上年结转资金｜0｜0｜0｜—｜100%",
     "execution rate 100% printed on a zero budget (上年结转资金 0)"),

    # ---- ln-donggang-dianzizhengzhao-2023 (Liaoning, Word table copied as tab-separated rows)
    ("ln-donggang-dianzizhengzhao-2023", 1, "sum_mismatch", "prose",
     "营业执照4.12万份", "营业执照4.21万份", "营业执照4.21万份",
     "4.21 + 3.85 + 0.96 + 4.53 = 13.55 ≠ 13.46万份 stated as the total"),
    ("ln-donggang-dianzizhengzhao-2023", 2, "score_sum_mismatch", "table",
     "18.4万次\t10\t9.2\t", "18.4万次\t10\t9.6\t", "18.4万次\t10\t9.6",
     "row scores now add to 96.40 (效益 29.6) while 总分 and the text say 96.00 (效益 29.2)"),
    ("ln-donggang-dianzizhengzhao-2023", 3, "completion_mismatch", "prose",
     "18.4万次，完成率92%", "18.4万次，完成率90%", "18.4万次，完成率90%",
     "18.4万次 / 20万次 = 92%, stated 90%"),
    ("ln-donggang-dianzizhengzhao-2023", 4, "year_mismatch", "prose",
     "结转至2024年", "结转至2023年", "结转至2023年",
     "unspent 2023 money carried over to 2023 itself; must be 2024"),
    ("ln-donggang-dianzizhengzhao-2023", 5, "conflicting_values", "table",
     "≥12万份\t13.46万份", "≥12万份\t13.64万份", "13.64万份",
     "text and 年度总体目标 give 13.46万份 (also the sum of the four kinds) for the same quantity"),
    ("ln-donggang-dianzizhengzhao-2023", 6, "rate_mismatch", "prose",
     "支付进度61.43%", "支付进度64.13%", "支付进度64.13%",
     "已支付8.60万元 / 合同14.00万元 = 61.43%, stated 64.13%"),

    # ---- gx-cenxi-yiwangtongban-2020 (Guangxi, PDF text: cells separated by two spaces, merged cells dropped)
    ("gx-cenxi-yiwangtongban-2020", 1, "average_mismatch", "prose",
     "季度平均2.48万件", "季度平均2.84万件", "季度平均2.84万件",
     "(1.82 + 2.46 + 2.71 + 2.93) / 4 = 2.48万件, stated 2.84万件"),
    ("gx-cenxi-yiwangtongban-2020", 2, "sum_mismatch", "prose",
     "模块开发11.80万元", "模块开发11.08万元", "模块开发11.08万元",
     "38.50 + 18.00 + 11.08 + 2.26 = 69.84 ≠ 全年支出70.56万元"),
    ("gx-cenxi-yiwangtongban-2020", 3, "implausible_rate", "table",
     "平台可用率  ≥99%  99.6%", "平台可用率  ≥99%  996%", "平台可用率  ≥99%  996%",
     "availability rate 996% (decimal point lost) cannot exceed 100%"),
    ("gx-cenxi-yiwangtongban-2020", 4, "conflicting_values", "table",
     "≥1200项  1356项", "≥1200项  1536项", "1536项",
     "text and 年度总体目标 give 网上可办事项1356项"),
    ("gx-cenxi-yiwangtongban-2020", 5, "score_sum_mismatch", "table",
     "网络安全等级保护测评  通过  通过  5  5", "网络安全等级保护测评  通过  通过  5  4",
     "网络安全等级保护测评  通过  通过  5  4",
     "row scores now add to 96.80 while 总分 and the text say 97.80"),
    ("gx-cenxi-yiwangtongban-2020", 6, "unit_mismatch", "prose",
     "测评费2.26万元", "测评费22600万元", "22600万元",
     "22600元 written as 万元: the items add to 70.56万元 only with 2.26万元 (off by 10^4)"),

    # ---- cq-wushan-bianminzhan-2024 (Chongqing, web-page table with ASCII | separators)
    ("cq-wushan-bianminzhan-2024", 1, "grade_mismatch", "prose",
     "评价等级为良", "评价等级为优", "评价等级为优",
     "89.48分 is in the 良 band (80 ≤ s < 90)"),
    ("cq-wushan-bianminzhan-2024", 2, "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "the 2024 report's spending figure dated to the end of 2023"),
    ("cq-wushan-bianminzhan-2024", 3, "rate_mismatch", "table",
     "| 10 | 92.85% | 9.29 |", "| 10 | 92.58% | 9.29 |", "92.58%",
     "106.78 / 115.00 = 92.85%, stated 92.58%"),
    ("cq-wushan-bianminzhan-2024", 4, "score_exceeds_weight", "table",
     "| 452人次 | 5 | 5 | |\n| | | 每站可代办事项 | ≥40项/站 | 36项/站 | 10 | 9 |",
     "| 452人次 | 5 | 9 | |\n| | | 每站可代办事项 | ≥40项/站 | 36项/站 | 10 | 5 |",
     "业务培训人次 | ≥400人次 | 452人次 | 5 | 9",
     "scores of two adjacent rows swapped: 业务培训人次 scores 9 against a weight of 5 (total unchanged)"),
    ("cq-wushan-bianminzhan-2024", 5, "weight_sum_mismatch", "table",
     "| 建立 | 部分建立 | 10 | 6 |", "| 建立 | 部分建立 | 15 | 6 |", "部分建立 | 15 | 6",
     "长效运行机制 分值 15: weights now total 105 (效益 35 instead of 30)"),
    ("cq-wushan-bianminzhan-2024", 6, "balance_mismatch", "prose",
     "结余8.22万元", "结余8.32万元", "结余8.32万元",
     "115.00 − 106.78 = 8.22万元, stated 8.32万元"),
]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid}-e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(not l['clean'] for l in labels)} with errors)")


if __name__ == "__main__":
    main()
