#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n80 from the clean drafts.

Each error is a list of (old, new) replacements applied to the clean draft; `old` must occur exactly
once. A `value` is either a literal substring of the error case, or a pair (start, end): the
substring that begins at the unique occurrence of `start` and ends after the first `end` behind it
(used for sum / score-sum / weight-sum errors, which span from the changed part to the total).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "huaian-dpfsubsidy-2021",
    "qinyuan-childrehab-2022",
    "chayouqian-assistdevice-2024",
    "lincheng-precisionrehab-2019",
    "kezuozhong-twosubsidy-2018",
]

# project -> list of (edits, code, value, explanation); e1, e2, ... in this order
ERRORS = {
    "huaian-dpfsubsidy-2021": [
        ([("100.00%\t84.64%\t96.93%", "100.00%\t89.72%\t96.93%")],
         "rate_mismatch", "89.72%",
         "county column: 全年执行 89.72 / 全年预算 106.00 = 84.64%; 89.72% is the rate on the 年初 figure 100.00"),
        ([("年初预算数\t200.00\t150.00", "年初预算数\t200.00\t105.00")],
         "sum_mismatch", "105.00\t50.00\t100.00\t500.00",
         "年初预算数 row: 200.00 + 105.00 + 50.00 + 100.00 = 455.00, 小计 says 500.00 (省级 150.00 retyped as 105.00)"),
        ([("93.60%\t15\t14.78", "93.60%\t14\t14.78"),
          ("达成年度指标\t15\t15", "达成年度指标\t16\t15")],
         "score_exceeds_weight", "93.60%\t14\t14.78",
         "weights of two adjacent rows re-balanced (15/15 -> 14/16) without the scores: 社会效益 row scores 14.78 on a weight of 14"),
        ([("平均99.33%", "平均99.60%")],
         "average_mismatch", "平均99.60%",
         "(100 + 99.2 + 98.8) / 3 = 99.33%; 99.60% is the mean of the first two towns only"),
        ([("14460人次、130.14万元", "14460人次、1301400万元")],
         "unit_mismatch", "1301400万元",
         "一级护理补贴 14460人次 x 90元 = 1301400元 = 130.14万元 (130.14 + 177.66 = 307.80); the 元 figure is labelled 万元"),
        ([("截至2021年12月31日，符合", "截至2020年12月31日，符合")],
         "year_mismatch", "截至2020年12月31日",
         "coverage figures of the 2021 report dated at the end of 2020 (last year's sentence left in)"),
    ],
    "qinyuan-childrehab-2022": [
        ([("2022年3月下达省级资金18.00万元", "2021年3月下达省级资金18.00万元")],
         "year_mismatch", "2021年3月下达省级资金",
         "provincial money of the 2022 budget (晋财社〔2022〕27号) said to be issued in March 2021: neither the evaluation year nor a December advance"),
        ([("\t—\n\t13.5\n", "\t—\n\t12.5\n")],
         "score_sum_mismatch", ("12.5\n", "\t97.48"),
         "可持续影响 row lowered to 12.5 without the total: rows now add to 96.48, table and text still say 97.48"),
        ([("\t103.36\n", "\t103.63\n")],
         "completion_mismatch", "103.63",
         "覆盖率 93.02% against ≥90%: completion 40/43/0.90 = 103.36%, stated 103.63% (digits swapped)"),
        ([("项目全年预算84.20万元", "项目全年预算82.40万元")],
         "conflicting_values", "82.40万元",
         "the overview gives the annual budget as 82.40万元; the funds table (rows (2) and (3)) gives 84.20万元"),
        ([("\t28.33\n", "\t352.94\n")],
         "implausible_rate", "352.94",
         "县区级 execution rate printed as 352.94%: the ratio was inverted (12.00/3.40); 3.40/12.00 = 28.33%"),
        ([("\t助听器适配人数\n\t5\n", "\t助听器适配人数\n\t8\n")],
         "weight_sum_mismatch", ("8\n\t≥6人", "合计\n\t\n\t\n\t100"),
         "助听器适配人数 weight 8 instead of 5: weights now add to 103 (产出 53) against the stated 100"),
    ],
    "chayouqian-assistdevice-2024": [
        ([("| 100.00% | 62.50% | 92.50% |", "| 100.00% | 12.50% | 92.50% |")],
         "rate_mismatch", "12.50%",
         "旗本级 execution 5.00 / 8.00 = 62.50%; 12.50% divides by the total budget 40.00"),
        ([("| ≥500件 | 516件 |", "| ≥500件 | 103.2% |")],
         "unit_mismatch", "≥500件 | 103.2%",
         "target in 件, actual written as a percentage (the completion rate put in the actual column)"),
        ([("未执行3.00万元", "未执行4.89万元")],
         "balance_mismatch", "未执行4.89万元",
         "40.00 - 37.00 = 3.00万元 unspent; 4.89 = 40.00 - 35.11 leaves out the 1.89万元 service fee"),
        ([("| 25张 | 1800 | 4.50 |", "| 25张 | 1800 | 4.05 |")],
         "sum_mismatch", ("4.05 |", "| 合计 | 516件 | — | 35.11"),
         "护理床 amount retyped 4.05 (25 x 1800元 = 4.50万元): items now add to 34.66, 合计 says 35.11"),
        ([("500件的103.20%", "500件的107.50%")],
         "completion_mismatch", "107.50%",
         "516件 / 500件 = 103.20%; 107.50% divides by the people target 480"),
        ([("资金到位率100%", "资金到位率111.11%")],
         "implausible_rate", "资金到位率111.11%",
         "到位率 over 100%: 40.00 received divided by the 年初 budget 36.00; 40.00/40.00 = 100%"),
    ],
    "lincheng-precisionrehab-2019": [
        ([("年末结余6.50万元", "年末结余6.05万元")],
         "balance_mismatch", "年末结余6.05万元",
         "到位 85.00 - 执行 78.50 = 6.50万元, stated 6.05"),
        ([("｜266件｜7.09", "｜266件｜7.90")],
         "score_sum_mismatch", ("7.90", "合计｜｜｜100｜｜｜91.53"),
         "辅具 row score retyped 7.90 without the total: rows add to 92.34, 合计 says 91.53"),
        ([("辅具适配件数｜8｜", "辅具适配件数｜9｜")],
         "weight_sum_mismatch", ("9｜≥300件", "合计｜｜｜100"),
         "辅具适配件数 weight 9: weights add to 101 (产出 51), 合计 says 100"),
        ([("平均执行率92.83%", "平均执行率92.35%")],
         "average_mismatch", "平均执行率92.35%",
         "mean of 100.00, 97.50, 90.29, 83.53 = 92.83%; 92.35% is the overall rate, not the average"),
        ([("全年为18名残疾儿童", "全年为20名残疾儿童")],
         "conflicting_values", "20名残疾儿童",
         "section 七 says 20 children; section 四 and the table say 18 (5+6+4+3); 20 is the target"),
        ([("评价等级为优。", "评价等级为良。")],
         "grade_mismatch", "评价等级为良",
         "total 91.53 is in the 优 band (>= 90)"),
    ],
    "kezuozhong-twosubsidy-2018": [
        ([("99.07%\t10\t10\t", "99.07%\t10\t10.11\t"),
          ("75.00%\t10\t7.89", "75.00%\t10\t7.78")],
         "score_exceeds_weight", "99.07%\t10\t10.11",
         "应补尽补率 scored 10 x 99.07/98 = 10.11 without the cap (weight 10); next row lowered to keep 89.94"),
        ([("评价等级为“良”", "评价等级为“优”")],
         "grade_mismatch", "评价等级为“优”",
         "total 89.94 is in the 良 band (80 <= s < 90)"),
        ([("505.20\t97.15%", "505.20\t97.51%")],
         "rate_mismatch", "97.51%",
         "生活补贴 505.20 / 520.00 = 97.15%, stated 97.51%"),
        ([("≥95%\t75.00%\t10", "≥95%\t9个月\t10")],
         "unit_mismatch", "≥95%\t9个月",
         "target is a percentage, actual given in months"),
        ([("护理补贴对象满意度86.50%，低于", "护理补贴对象满意度85.60%，低于")],
         "conflicting_values", "85.60%",
         "conclusion gives 85.60%; section 三 (346/400) and the table give 86.50%"),
        ([("结余资金44.32万元", "结余资金4.32万元")],
         "balance_mismatch", "结余资金4.32万元",
         "1240.00 - 1195.68 = 44.32万元; 4.32 = 年初 1200.00 - 1195.68"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    if i < 0 or text.count(start) != 1:
        raise SystemExit("value start %r not unique in case" % start)
    j = text.find(end, i)
    if j < 0:
        raise SystemExit("value end %r not found" % end)
    return text[i:j + len(end)]


def main():
    labels = []
    for proj in PROJECTS:
        clean_name = proj + "-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for n, (edits, code, value, expl) in enumerate(ERRORS[proj], 1):
            text = clean
            for old, new in edits:
                if text.count(old) != 1:
                    raise SystemExit("%s e%d: %r occurs %d times" % (proj, n, old, text.count(old)))
                text = text.replace(old, new)
            name = "%s-e%d.txt" % (proj, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value), "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases" % len(labels))


if __name__ == "__main__":
    main()
