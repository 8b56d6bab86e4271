#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of this set from the clean drafts.

Pure Python 3, no third-party packages.  The clean drafts in cases/<id>-clean.txt are the
only hand-written inputs; every cases/<id>-eN.txt is made here by the edits listed in EDITS.

An edit is a list of (old, new) replacements; each `old` must occur exactly once in the clean
draft.  Almost every edit is one replacement; the two score_exceeds_weight cases change two
adjacent table rows (score raised above its weight in one row, the neighbouring row lowered
so the stated total still holds), as the brief allows for score rows.

`value` is either a literal string or a pair (start, end): the substring of the error case from
the (unique) occurrence of `start` to the end of the first occurrence of `end` after it; used for
sum / score-sum / weight-sum errors so the value spans from the changed part to the total.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "leizhou-immunization-2019",
    "zhaoan-majorid-2018",
    "qionghai-coldchain-2023",
    "lingshui-cdcwhole-2022",
    "chaoyang-majorid-2024",
]

V = 'valign="center"'

EDITS = {
    "leizhou-immunization-2019": [
        dict(code="rate_mismatch",
             edits=[("报告发生率为19.50/10万剂次", "报告发生率为47.09/10万剂次")],
             value="47.09/10万剂次",
             explanation="AEFI 96例 / 492333剂次 × 10万 = 19.50/10万剂次; 47.09 is 96 over the 203868 vaccinated children (wrong base)"),
        dict(code="sum_mismatch",
             edits=[("<td>26140</td><td>97.90</td><td>104870</td>", "<td>26140</td><td>97.90</td><td>104780</td>")],
             value=("104780", "492333"),
             explanation="剂次 column: 26002+79012+26095…: components now sum to 492243, 合计 still 492333 (百白破 104870 retyped as 104780)"),
        dict(code="average_mismatch",
             edits=[("算术平均为97.50%", "算术平均为98.07%")],
             value="算术平均为98.07%",
             explanation="mean of the 8 stated rates (99.30…93.51, sum 780.00) = 97.50%; 98.07% is the mean of the first 7 (甲肝 left out)"),
        dict(code="unit_mismatch",
             edits=[("接种服务补助196.93万元", "接种服务补助1969332万元")],
             value="1969332万元",
             explanation="492333剂次 × 4元 = 1969332元 = 196.93万元; the 元 figure is labelled 万元 (the 309.81万元 breakdown only adds up with 196.93)"),
        dict(code="score_sum_mismatch",
             edits=[("<td>85.71%</td><td>10</td><td>9.52</td>", "<td>85.71%</td><td>10</td><td>9.25</td>")],
             value=("9.25", "98.82"),
             explanation="规范化门诊 score retyped 9.52→9.25 without the total: 9.36+10+5+4.94+9.25+5+5+5+5+10+10+10+10 = 98.55, stated 98.82"),
        dict(code="year_mismatch",
             edits=[("2019年7月以湛财社〔2019〕97号", "2018年7月以湛财社〔2019〕97号")],
             value="2018年7月",
             explanation="the 2019 provincial top-up (湛财社〔2019〕97号) is dated July 2018: not the evaluation year nor the December advance"),
    ],
    "zhaoan-majorid-2018": [
        dict(code="balance_mismatch",
             edits=[("年末结余6.38万元", "年末结余6.83万元")],
             value="结余6.83万元",
             explanation="到位 122.80 − 支出 116.42 = 6.38 (县级 30.00 − 23.62 = 6.38); stated 6.83"),
        dict(code="implausible_rate",
             edits=[("<td>67.49%</td><td>—</td></tr>", "<td>67.49%</td><td>100%</td></tr>")],
             value="67.49%</td><td>100%",
             explanation="上年结转 column: budget 0.00, spent 0.00 — an execution rate of 100% on a zero base"),
        dict(code="completion_mismatch",
             edits=[("<td>82.05%</td><td>91.17%</td>", "<td>82.05%</td><td>91.71%</td>")],
             value="91.71%",
             explanation="艾滋病抗病毒治疗覆盖率 ≥90%, actual 82.05%: completion 82.05/90 = 91.17%, stated 91.71% (digits swapped)"),
        dict(code="grade_mismatch",
             edits=[("综合评价等级为良好", "综合评价等级为优秀")],
             value="等级为优秀",
             explanation="total 88.54 lies in the 良 band [80, 90)"),
        dict(code="weight_sum_mismatch",
             edits=[("<td>77.00%</td><td>10</td><td>7.70</td>", "<td>77.00%</td><td>15</td><td>7.70</td>")],
             value=("15</td><td>7.70", "<td>100</td>"),
             explanation="肺结核可疑症状者筛查 weight 15 (last year's weight left in): 10 + 55 + 30 + 10 = 105, stated 100"),
        dict(code="conflicting_values",
             edits=[("防控经费68.50万元", "防控经费65.80万元")],
             value="65.80万元",
             explanation="the central transfer is 68.50万元 in both tables (and 103.50 = 68.50 + 35.00 年初); the text says 65.80"),
    ],
    "qionghai-coldchain-2023": [
        dict(code="sum_mismatch",
             edits=[("<td>205.00</td><td>171.82</td>", "<td>205.00</td><td>171.28</td>")],
             value=("188.62</td><td>10</td>", "171.28"),
             explanation="执行 column: 当年财政拨款 171.28 + 上年结转 16.80 + 其他 0 = 188.08, 年度资金总额 188.62"),
        dict(code="unit_mismatch",
             edits=[("<td>≥14台</td><td>14台</td>", "<td>≥14台</td><td>100%</td>")],
             value="≥14台</td><td>100%",
             explanation="target in 台, actual given as a percentage"),
        dict(code="score_exceeds_weight",
             edits=[("<td>60套</td><td>100%</td><td>5</td><td>5</td>", "<td>60套</td><td>100%</td><td>5</td><td>4.50</td>"),
                    ("<td>105.01%</td><td>10</td><td>10</td>", "<td>105.01%</td><td>10</td><td>10.50</td>")],
             value="105.01%</td><td>10</td><td>10.50",
             explanation="接种剂次 scored weight × completion = 10.50 above its weight 10 (adjacent 监测终端 row lowered to 4.50 so the total still reads 96.00)"),
        dict(code="rate_mismatch",
             edits=[("到位率９６．１２％", "到位率９６．２１％")],
             value="９６．２１％",
             explanation="213.20/221.80 = 96.12%, stated 96.21% (full-width digits)"),
        dict(code="completion_mismatch",
             edits=[("<td>9850元/台</td><td>100%</td>", "<td>9850元/台</td><td>98.50%</td>")],
             value="9850元/台</td><td>98.50%",
             explanation="≤10000元/台 met (9850): completion 100%; 98.50% is actual/target"),
        dict(code="year_mismatch",
             edits=[("结转至2024年继续使用", "结转至2023年继续使用")],
             value="结转至2023年",
             explanation="the unspent part of the 2023 budget is carried over to 2023 itself"),
    ],
    "lingshui-cdcwhole-2022": [
        dict(code="average_mismatch",
             edits=[("平均自评得分90.40分", "平均自评得分91.75分")],
             value="平均自评得分91.75分",
             explanation="(96.5 + 92.0 + 88.5 + 90.0 + 85.0)/5 = 90.40; 91.75 is the mean without project 5"),
        dict(code="conflicting_values",
             edits=[("全年预算1062.87万元", "全年预算1026.87万元")],
             value="1026.87万元",
             explanation="新冠肺炎疫情防控专项 全年预算 is 1062.87 in the project table (and the column sums to 1513.57 with it); text says 1026.87"),
        dict(code="balance_mismatch",
             edits=[("年末结余111.22万元", "年末结余86.37万元")],
             value="结余86.37万元",
             explanation="2418.75 − 2307.53 = 111.22 (= 1513.57 − 1402.35); stated 86.37"),
        dict(code="weight_sum_mismatch",
             edits=[("<td>95.40%</td><td>10</td><td>9.54</td>", "<td>95.40%</td><td>20</td><td>9.54</td>")],
             value=("20</td><td>9.54", "<td>100</td>"),
             explanation="预算执行率 weight 20 (a 20-point template left in): 20 + 50 + 30 + 10 = 110, stated 100"),
        dict(code="implausible_rate",
             edits=[("<td>96.8%</td>", "<td>968%</td>")],
             value="968%",
             explanation="satisfaction 968% (decimal point lost): a satisfaction rate above 100%"),
        dict(code="rate_mismatch",
             edits=[("<td>94.49</td><td>78.41%</td>", "<td>94.49</td><td>87.41%</td>")],
             value="87.41%",
             explanation="实验室检测能力建设 94.49/120.50 = 78.41%, stated 87.41%"),
    ],
    "chaoyang-majorid-2024": [
        dict(code="score_sum_mismatch",
             edits=[(f"<td {V}>10</td><td {V}>8.50</td>", f"<td {V}>10</td><td {V}>8.05</td>")],
             value=("8.05", "79.52"),
             explanation="艾滋病抗体检测 score retyped 8.50→8.05 without the total: rows now sum to 79.07, 总分 79.52"),
        dict(code="score_exceeds_weight",
             edits=[(f"3.15/10万</td><td {V}>10</td><td {V}>10</td>", f"3.15/10万</td><td {V}>10</td><td {V}>11.50</td>"),
                    (f"<td {V}>10</td><td {V}>6.94</td>", f"<td {V}>10</td><td {V}>5.44</td>")],
             value=f"3.15/10万</td><td {V}>10</td><td {V}>11.50",
             explanation="登革热报告发病率 score 11.50 above its weight 10 (adjacent 布雷图指数 row lowered to 5.44 so the total still reads 79.52)"),
        dict(code="grade_mismatch",
             edits=[("评价等级为中", "评价等级为良")],
             value="评价等级为良",
             explanation="79.52 is below 80: 中 band"),
        dict(code="conflicting_values",
             edits=[("全年开展艾滋病抗体检测80750人次", "全年开展艾滋病抗体检测87050人次")],
             value="检测87050人次",
             explanation="the table gives 80750人次 (score 8.50 = 10 × 80750/95000); the text says 87050"),
        dict(code="unit_mismatch",
             edits=[("按每例380元标准", "按每例380万元标准")],
             value="380万元",
             explanation="212例 × 380元 = 80560元 = 8.06万元; the per-case 元 figure is labelled 万元 (table: 380元/例)"),
        dict(code="sum_mismatch",
             edits=[("艾滋病防治62.40万元", "艾滋病防治64.20万元")],
             value=("286.40万元，其中", "64.20万元"),
             explanation="98.00 + 64.20 + 71.00 + 55.00 = 288.20, stated total 286.40 (62.40 retyped)"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    start, end = spec
    assert text.count(start) == 1, f"value start {start!r} not unique ({text.count(start)})"
    i = text.index(start)
    j = text.index(end, i + len(start))
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for n, spec in enumerate(EDITS[pid], 1):
            text = clean
            for old, new in spec["edits"]:
                assert clean.count(old) == 1, f"{pid} e{n}: {old!r} occurs {clean.count(old)}x in clean"
                text = text.replace(old, new, 1)
            value = resolve_value(text, spec["value"])
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": spec["code"], "severity": "error",
                                         "value": value, "explanation": spec["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
