#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n42 from the clean drafts.

Each error case = its clean draft with exactly one edit (old -> new, old unique in the clean draft).
`value` is either a literal substring of the error case, or ("range", start, end_regex): the text
from `start` (searched from the edit position) to the end of the first match of end_regex after it.
Pure Python 3, no third-party packages.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "huining-youfu-2021",
    "xiangyuan-childrehab-2023",
    "yongfeng-twosubsidy-2019",
    "fangxian-conscriptfamily-2024",
    "baiquan-dpfwhole-2018",
]

# (case suffix, code, old, new, value spec, explanation)
EDITS = {
    "huining-youfu-2021": [
        ("e1", "rate_mismatch",
         "138.86       93.82%", "138.86       98.32%",
         "98.32%",
         "county funds row: 138.86 / 148.00 = 93.82%, table prints 98.32% (digits retyped)"),
        ("e2", "sum_mismatch",
         "7324       4758796", "7324       4785796",
         ("range", "4785796", r"9799860"),
         "参战退役人员 amount retyped 4785796 (transposed digits); the 小计 9799860 no longer equals the sum of the six rows (9826860)"),
        ("e3", "unit_mismatch",
         "中央追加资金41.60万元", "中央追加资金416000万元",
         "416000万元",
         "the central top-up is 41.60万元 = 416000元, written with the unit 万元: 702.00 + 41.60 = 743.60 and 41.60 + 13.60 = 55.20 only hold after rescaling by 10^4"),
        ("e4", "conflicting_values",
         "的优抚对象共1256人", "的优抚对象共1257人",
         "共1257人",
         "year-end beneficiaries stated as 1257 (the start-of-year / 2020年末 figure left in) while the table and the indicator give 年末 1256人 (and the same sentence says 减少1人)"),
        ("e5", "year_mismatch",
         "已按规定结转至2022年", "已按规定结转至2021年",
         "结转至2021年",
         "the balance of the 2021 budget is carried forward to 2021 itself; it must go to a later year (2022)"),
        ("e6", "score_sum_mismatch",
         "达成年度指标    10       8    与医疗救助", "达成年度指标    10       9    与医疗救助",
         ("range", "9    与医疗救助", r"合计\s+100\s+96\.91"),
         "可持续 row raised from 8 to 9 without updating the total: 9.91 + 50 + 9 + 10 + 9 + 10 = 97.91, table total still 96.91"),
    ],
    "xiangyuan-childrehab-2023": [
        ("e1", "completion_mismatch",
         "148人         105.71%", "148人         94.59%",
         "94.59%",
         "救助残疾儿童人数 ≥140人, actual 148人: completion 148/140 = 105.71%; 94.59% is the inverted ratio 140/148"),
        ("e2", "rate_mismatch",
         "预算执行率95.38%。", "预算执行率99.96%。",
         "预算执行率99.96%",
         "249.90 / 262.00 = 95.38%; 99.96% divides by the 年初预算 250.00 instead of the 全年预算"),
        ("e3", "balance_mismatch",
         "年末资金结余6.10万元", "年末资金结余12.10万元",
         "结余12.10万元",
         "到位 256.00 - 执行 249.90 = 6.10万元 (table row (5) also 6.10); 12.10 is 预算 262.00 - 执行, ignoring the 6.00 not received"),
        ("e4", "weight_sum_mismatch",
         "88.33%      5      4.42", "88.33%     10      4.42",
         ("range", "10      4.42", r"合计\s+100"),
         "辅助器具适配件数 weight copied as 10 from the row above: weights now total 105 (产出 55), table still says 100"),
        ("e5", "grade_mismatch",
         "属于“良好”", "属于“优秀”",
         "属于“优秀”",
         "89.17 is in the 80–90 band (良); 优 needs 90 or more"),
        ("e6", "average_mismatch",
         "平均91.33分", "平均93.50分",
         "平均93.50分",
         "(96 + 91 + 87) / 3 = 91.33; 93.50 averages only the first two institutions"),
    ],
    "yongfeng-twosubsidy-2019": [
        ("e1", "sum_mismatch",
         "8—12月发放187.56万元", "8—12月发放145.88万元",
         "145.88万元，合计389.44万元",
         "8—12月 amount recomputed at the old 70元 rate (20840人次 x 70 = 145.88万元); 201.88 + 145.88 = 347.76, stated 合计 389.44"),
        ("e2", "implausible_rate",
         "上年结转资金 0.00 0.00 0.00 — — —", "上年结转资金 0.00 0.00 0.00 — 100% —",
         "上年结转资金 0.00 0.00 0.00 — 100%",
         "execution rate 100% printed on a zero carry-over (0.00 budget, 0.00 spent): a rate on a zero base"),
        ("e3", "unit_mismatch",
         "≥4100人 4168人 10 10", "≥4100人 100% 10 10",
         "≥4100人 100%",
         "target counted in 人, actual given as a percentage (text: 年末发放4168人)"),
        ("e4", "conflicting_values",
         "年末护理补贴发放\n3592人", "年末护理补贴发放\n3486人",
         "3486人，较2018年末的3486人",
         "2019 year-end nursing-subsidy recipients given as 3486 (the 2018 figure left in); the table and the monthly figures (1530 + 2062) give 3592"),
        ("e5", "score_exceeds_weight",
         "100元/人·月 100元/人·月 5 5\n效益指标 社会效益 残疾人基本生活保障 有所提高 达成年度指标 10 9",
         "100元/人·月 100元/人·月 5 9\n效益指标 社会效益 残疾人基本生活保障 有所提高 达成年度指标 10 5",
         "一级护理补贴标准（8—12月） 100元/人·月 100元/人·月 5 9",
         "scores of two adjacent rows swapped: the cost row (分值 5) now scores 9 (total unchanged at 95.49)"),
        ("e6", "completion_mismatch",
         "完成率100%", "完成率20.00%",
         "完成率20.00%",
         "差错率 ≤0.5% (lte) with actual 0.10%: target met, completion 100%; 20.00% is 0.10/0.5 as if gte"),
    ],
    "fangxian-conscriptfamily-2024": [
        ("e1", "balance_mismatch",
         "结余16.46万元", "结余25.76万元",
         "结余25.76万元",
         "826.00 - 809.54 = 16.46; 25.76 = 826.00 - 800.24 leaves out the 光荣牌 (4.50) and 喜报 (4.80) spending"),
        ("e2", "weight_sum_mismatch",
         "目标2：光荣牌悬挂和喜报送达（20分）", "目标2：光荣牌悬挂和喜报送达（25分）",
         ("range", "25分）", r"合计\s+100"),
         "block 2 weight 25 while its rows carry 10 + 5 + 5 = 20; blocks 20 + 40 + 25 + 20 = 105, total still 100"),
        ("e3", "score_exceeds_weight",
         "1250块           10       8.33\n                         立功受奖喜报送达户数     ≥120户           96户              5       4.00",
         "1250块            5       8.33\n                         立功受奖喜报送达户数     ≥120户           96户             10       4.00",
         "1250块            5       8.33",
         "weights of two adjacent rows swapped: 光荣牌悬挂数量 now 分值 5 with 得分 8.33"),
        ("e4", "grade_mismatch",
         "评价等级为“优秀”", "评价等级为“良好”",
         "评价等级为“良好”",
         "91.41 is in the 优 band (90 or more); 良好 is last year's grade left in"),
        ("e5", "year_mismatch",
         "截至2024年12月31日", "截至2023年12月31日",
         "截至2023年12月31日",
         "spending of the 2024 project reported as at the end of 2023 (last year's template date)"),
        ("e6", "average_mismatch",
         "年均761.69万元", "年均781.88万元",
         "年均781.88万元",
         "(721.30 + 763.52 + 800.24) / 3 = 761.69; 781.88 averages only 2023 and 2024"),
    ],
    "baiquan-dpfwhole-2018": [
        ("e1", "score_sum_mismatch",
         "部分达成年度  —          10      7", "部分达成年度  —          10      7.5",
         ("range", "7.5", r"合计\s+100\s+96\.43"),
         "qualitative row raised from 7 to 7.5 without updating the total: rows now add to 96.93, table says 96.43"),
        ("e2", "implausible_rate",
         "合格率95.00%。", "合格率112.71%。",
         "合格率112.71%",
         "pass rate over 100%: 266 passes (人次) divided by 236 persons (人数) instead of 280人次 -> 95.00%"),
        ("e3", "rate_mismatch",
         "16.80       84.00%", "16.80       93.33%",
         "16.80       93.33%",
         "training execution rate 16.80 / 20.00 = 84.00%; 93.33% is the output completion 280/300 pasted into the rate column"),
        ("e4", "conflicting_values",
         "全年为2146名残疾人", "全年为1985名残疾人",
         "全年为1985名残疾人",
         "2018 rehabilitation count given as 1985 (the 2017 figure) while the table and 项目明细 say 2146人; the same sentence still claims +161"),
        ("e5", "unit_mismatch",
         "13.70       12.66       92.41%", "13.70       126600       92.41%",
         "126600",
         "the 辅助器具 spending 12.66万元 = 126600元 pasted into the 万元 table: the 合计 246.36 and the rate 92.41% only hold after rescaling by 10^4"),
        ("e6", "completion_mismatch",
         "1860人次      103.33%", "1860人次      106.29%",
         "106.29%",
         "评残体检 ≥1800人次, actual 1860: completion 103.33%; 106.29% divides by last year's target 1750"),
    ],
}


def resolve_value(text, spec, edit_pos):
    if isinstance(spec, str):
        return spec
    kind, start, end_re = spec
    assert kind == "range"
    s = text.find(start, edit_pos)
    assert s >= 0, (start,)
    m = re.compile(end_re).search(text, s)
    assert m, (end_re,)
    return text[s:m.end()]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = pid + "-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for suffix, code, old, new, vspec, expl in EDITS[pid]:
            assert clean.count(old) == 1, (pid, suffix, "old not unique", old)
            pos = clean.index(old)
            case = clean[:pos] + new + clean[pos + len(old):]
            value = resolve_value(case, vspec, pos)
            assert case.count(value) == 1, (pid, suffix, "value not unique", value)
            assert value not in clean, (pid, suffix, "value in clean", value)
            name = "%s-%s.txt" % (pid, suffix)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), sum(1 for r in labels if not r["clean"])))


if __name__ == "__main__":
    main()
