#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of this set from the clean drafts.

Each error case is the clean draft with exactly one injected inconsistency, made by one
small contiguous edit in one line (score-row edits may touch two adjacent table rows).
The edit list below is the single source of truth; verify.py checks the result.

Value spec: a plain string (must occur exactly once in the case), or
("span", start, end): the substring of the case from the (unique) occurrence of `start`
through the end of the first occurrence of `end` after it (used for sums, where the value
runs from the changed part to the total).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# project id -> list of errors; each error: code, edits [(old, new)], value, explanation
EDITS = {
    "xinhui-refusehaul-2023": [
        {"code": "rate_mismatch",
         "edits": [("2025.28\t14.72\t99.28%", "2025.28\t14.72\t99.82%")],
         "value": "99.82%",
         "explanation": "表1 收运服务费 2025.28 / 2040.00 = 99.28%, stated 99.82% (digits transposed)"},
        {"code": "unit_mismatch",
         "edits": [("扣除考核扣款4.85万元后", "扣除考核扣款48500万元后")],
         "value": "48500万元",
         "explanation": "the deduction is 48500元 (表2) = 4.85万元; the 元 figure was written with 万元 (2030.13 - 4.85 = 2025.28)"},
        {"code": "sum_mismatch",
         "edits": [("生活垃圾处理费收入安排750.00万元", "生活垃圾处理费收入安排570.00万元")],
         "value": ("span", "全年预算4650.00万元，其中区级", "生活垃圾处理费收入安排570.00万元"),
         "explanation": "3900.00 + 570.00 = 4470.00, stated total 4650.00 (750.00 mistyped)"},
        {"code": "year_mismatch",
         "edits": [("截至2023年12月31日，项目实际支出", "截至2022年12月31日，项目实际支出")],
         "value": "截至2022年12月31日",
         "explanation": "the 2023 report states its spending as of 2022-12-31 (last year's template left in)"},
        {"code": "score_sum_mismatch",
         "edits": [("97.6%\t5\t4.98\t台风", "97.6%\t5\t5\t台风")],
         "value": ("span", "收集点日产日清达标率\t≥98%\t97.6%\t5\t5", "总分\t\t\t\t\t100\t99.92"),
         "explanation": "row score raised from 4.98 to 5 without updating the total: 9.94 + 50 + 30 + 10 = 99.94, stated 99.92"},
        {"code": "completion_mismatch",
         "edits": [("完成年度目标的103.00%", "完成年度目标的130.00%")],
         "value": "完成年度目标的130.00%",
         "explanation": "22.557万吨 / 21.90万吨 = 103.00%, stated 130.00%"},
    ],
    "huangyan-roadsweep-2021": [
        {"code": "balance_mismatch",
         "edits": [("年末结余22.78万元", "年末结余8.68万元")],
         "value": "结余8.68万元",
         "explanation": "到位 2568.00 - 支出 2545.22 = 22.78; 8.68 leaves out the 14.10 deductions that stay unspent"},
        {"code": "average_mismatch",
         "edits": [("87.7分、90.5分、86.0分", "87.7分、95.0分、86.0分")],
         "value": "95.0分、86.0分，两个标段全年平均88.6分",
         "explanation": "mean of the eight quarterly scores is now (708.8 - 90.5 + 95.0) / 8 = 89.16, stated 88.6"},
        {"code": "score_exceeds_weight",
         "edits": [("486.5万平方米\t10\t10\t", "486.5万平方米\t10\t5\t"),
                   ("12.0万平方米\t5\t5\t", "12.0万平方米\t5\t10\t")],
         "value": "新接管道路清扫保洁面积\t≥11万平方米\t12.0万平方米\t5\t10",
         "explanation": "scores of two adjacent rows swapped: 10 points on a row worth 5 (total unchanged)"},
        {"code": "weight_sum_mismatch",
         "edits": [("77.00%\t10\t10\t", "77.00%\t15\t10\t")],
         "value": ("span", "机械化清扫率\t≥75%\t77.00%\t15", "合计\t\t\t\t\t100"),
         "explanation": "机械化清扫率 weight changed 10 -> 15 without rebalancing: weights sum to 105, stated 100"},
        {"code": "conflicting_values",
         "edits": [("现有56台机扫作业车辆", "现有65台机扫作业车辆")],
         "value": "65台",
         "explanation": "the fleet is 26 + 12 + 18 = 56台 in section 一; section 六 says 65台"},
        {"code": "unit_mismatch",
         "edits": [("≥480万平方米\t486.5万平方米", "≥480万平方米\t101.35%")],
         "value": "≥480万平方米\t101.35%",
         "explanation": "target in 万平方米, actual written as a percentage (the completion rate)"},
    ],
    "hanjiang-wastesort-2019": [
        {"code": "rate_mismatch",
         "edits": [("680.00\t650.00\t95.59%", "680.00\t650.00\t94.59%")],
         "value": "650.00\t94.59%",
         "explanation": "到位率 650.00 / 680.00 = 95.59%; 94.59% is the execution rate copied into the wrong cell"},
        {"code": "completion_mismatch",
         "edits": [("74.00%\t105.71%", "74.00%\t74.00%")],
         "value": "74.00%\t74.00%",
         "explanation": "覆盖率 74.00% against ≥70% gives completion 105.71%; the actual was copied into the 完成率 column"},
        {"code": "unit_mismatch",
         "edits": [("≥4000吨\t4230吨", "≥4000吨\t105.75%")],
         "value": "≥4000吨\t105.75%",
         "explanation": "target in 吨, actual written as a percentage"},
        {"code": "sum_mismatch",
         "edits": [("分类垃圾桶4794只、95.88万元", "分类垃圾桶4794只、59.88万元")],
         "value": ("span", "252.36万元，其中分类垃圾桶", "156.48万元"),
         "explanation": "59.88 + 156.48 = 216.36, stated 252.36 (95.88 mistyped)"},
        {"code": "year_mismatch",
         "edits": [("区级配套资金于2019年3月", "区级配套资金于2020年3月")],
         "value": "区级配套资金于2020年3月",
         "explanation": "2019 budget money stated as issued in March 2020, after the evaluation year (and after spending closed 2019-12-31)"},
        {"code": "conflicting_values",
         "edits": [("督导员月均在岗171人，流失", "督导员月均在岗177人，流失")],
         "value": "督导员月均在岗177人",
         "explanation": "monthly average of supervisors is 171人 elsewhere (2052人·月 / 12; table 171人)"},
    ],
    "shanwei-toilets-2024": [
        {"code": "implausible_rate",
         "edits": [("0.00\t0.00\t—\n", "0.00\t0.00\t100.00%\n")],
         "value": "-10.00\t0.00\t0.00\t100.00%",
         "explanation": "budget cut to 0.00 and nothing spent: a 100.00% execution rate on a zero base"},
        {"code": "grade_mismatch",
         "edits": [("评价等级为“良”", "评价等级为“优”")],
         "value": "评价等级为“优”",
         "explanation": "89.19 is in the 良 band (80 ≤ s < 90)"},
        {"code": "balance_mismatch",
         "edits": [("结余11.66万元", "结余12.66万元")],
         "value": "结余12.66万元",
         "explanation": "264.00 - 252.34 = 11.66, stated 12.66"},
        {"code": "completion_mismatch",
         "edits": [("78件\t76.92%", "78件\t130.00%")],
         "value": "78件\t130.00%",
         "explanation": "≤60件 missed with 78件: completion 60/78 = 76.92%; 130.00% is A/T on a reverse indicator"},
        {"code": "score_sum_mismatch",
         "edits": [("91.67%\t10\t9.17\t", "91.67%\t10\t9.71\t")],
         "value": ("span", "群众满意度\t≥90%\t82.5%\t91.67%\t10\t9.71", "100\t89.19"),
         "explanation": "satisfaction score retyped 9.17 -> 9.71; rows now sum to 89.73, stated 89.19"},
        {"code": "sum_mismatch",
         "edits": [("公厕改造提升工程\t264.00\t0.00", "公厕改造提升工程\t246.00\t0.00")],
         "value": ("span", "246.00\t0.00\t264.00", "合计\t970.00"),
         "explanation": "年初 column 360 + 246 + 312 + 24 + 10 = 952, stated 970; row 246 + 0 ≠ 264"},
    ],
    "kecheng-sanitationdept-2018": [
        {"code": "average_mismatch",
         "edits": [("自评平均得分92.50分", "自评平均得分93.63分")],
         "value": "平均得分93.63分",
         "explanation": "(96.5 + 94.0 + 91.5 + 88.0 + 92.5) / 5 = 92.50; 93.63 is the mean of four (the 良 project left out)"},
        {"code": "implausible_rate",
         "edits": [("预算0.00万元，未发生支出", "预算0.00万元，执行率100%")],
         "value": "预算0.00万元，执行率100%",
         "explanation": "execution rate 100% on a 0.00万元 budget"},
        {"code": "weight_sum_mismatch",
         "edits": [("91.6%\t10\t10\n", "91.6%\t15\t10\n")],
         "value": "社会公众满意度\t≥90%\t91.6%\t15\t10\n合计\t\t\t\t\t100",
         "explanation": "satisfaction weight 15: weights sum to 105 (效果 block 35 against 30), stated 100"},
        {"code": "grade_mismatch",
         "edits": [("98.78分，等级为优秀", "98.78分，等级为良好")],
         "value": "98.78分，等级为良好",
         "explanation": "98.78 is in the 优 band; last year's grade left in"},
        {"code": "conflicting_values",
         "edits": [("2018年末在职在编86人", "2018年末在职在编84人")],
         "value": "在职在编84人",
         "explanation": "section 四 gives 在职人员86人 (86 / 88 = 97.73%)"},
        {"code": "score_exceeds_weight",
         "edits": [("97.5%\t5\t5\n", "97.5%\t5\t6\n"),
                   ("政府采购执行率\t100%\t100%\t5\t5\n", "政府采购执行率\t100%\t100%\t5\t4\n")],
         "value": "固定资产利用率\t≥95%\t97.5%\t5\t6",
         "explanation": "a point moved between adjacent rows: 6 on a row worth 5 (total unchanged)"},
    ],
}

ORDER = ["xinhui-refusehaul-2023", "huangyan-roadsweep-2021", "hanjiang-wastesort-2019",
         "shanwei-toilets-2024", "kecheng-sanitationdept-2018"]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    _, start, end = spec
    i = text.find(start)
    assert i >= 0 and text.count(start) == 1, f"span start not unique: {start!r}"
    j = text.find(end, i)
    assert j >= 0, f"span end not found: {end!r}"
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in ORDER:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for k, err in enumerate(EDITS[pid], 1):
            text = clean
            for old, new in err["edits"]:
                assert clean.count(old) == 1, f"{pid} e{k}: anchor not unique in clean: {old!r}"
                text = text.replace(old, new, 1)
            value = resolve_value(text, err["value"])
            name = f"{pid}-e{k}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": err["code"], "severity": "error", "value": value,
                                         "explanation": err["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
