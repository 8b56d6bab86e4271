#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n50 from the clean drafts.

Each edit is a list of (old, new) substitutions on the clean draft; `old` must occur exactly
once in the clean draft. All edits are one contiguous change of at most 16 characters within
one line, except score/weight edits, which may touch two adjacent table rows (checked by
verify.py). Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "weinan-freeopen-2019",
    "shuozhou-museum-2021",
    "xiuwu-digitalculture-2023",
    "hebi-artcenter-2024",
    "yijun-library-2018",
]

EDITS = {
    # ------------------------------------------------------------------ Weinan, Shaanxi, 2019
    "weinan-freeopen-2019": [
        dict(code="sum_mismatch",
             subs=[("省级配套资金154.20万元", "省级配套资金145.20万元")],
             value="1285.00万元，其中中央补助资金1028.00万元、省级配套资金145.20万元",
             explanation="1028.00 + 145.20 + 102.80 = 1276.00, stated total 1285.00 (provincial share retyped; 154.20 fits)"),
        dict(code="rate_mismatch",
             subs=[("| 431.07 | 97.97% |", "| 431.07 | 97.79% |")],
             value="97.79%",
             explanation="county level 431.07 / 440.00 = 97.97%, stated 97.79%"),
        dict(code="unit_mismatch",
             subs=[("2019年4月下达257.00万元", "2019年4月下达2570000万元")],
             value="2570000万元",
             explanation="the second central batch written in 元 (2570000) under the unit 万元; 771.00 + 257.00 = 1028.00 only after dividing by 10^4"),
        dict(code="average_mismatch",
             subs=[("平均每馆49.54万元", "平均每馆49.45万元")],
             value="平均每馆49.45万元",
             explanation="(49.86 + 49.37 + 49.39) / 3 = 49.54"),
        dict(code="score_sum_mismatch",
             subs=[("| 95.62% | 10 | 10 | 有效问卷1462份 |", "| 95.62% | 10 | 9.50 | 有效问卷1462份 |")],
             value="9.50 | 有效问卷1462份 |\n| 合计 | | | | | 100 | 98.49",
             explanation="satisfaction score cut to 9.50 without updating the total: rows add to 97.99, stated 98.49"),
        dict(code="year_mismatch",
             subs=[("截至2019年12月31日，全市免费开放补助资金", "截至2018年12月31日，全市免费开放补助资金")],
             value="截至2018年12月31日",
             explanation="2019 report: the spending of the 2019 budget is dated 截至2018年12月31日 (last year's date left in)"),
    ],
    # ------------------------------------------------------------------ Shuozhou, Shanxi, 2021
    "shuozhou-museum-2021": [
        dict(code="conflicting_values",
             subs=[("全年开放301天，接待观众38.64万人次", "全年开放301天，接待观众36.84万人次")],
             value="36.84万人次",
             explanation="visitors are 38.64万人次 in 三.3 and 附件1 (and 224.87万元 / 38.64万人次 = 5.82元); 36.84 is a transposition"),
        dict(code="completion_mismatch",
             subs=[("| 52.38万人次 | 130.95% |", "| 52.38万人次 | 103.95% |")],
             value="103.95%",
             explanation="52.38 / 40 = 130.95%, stated 103.95%"),
        dict(code="implausible_rate",
             subs=[("| 72.18 | 100.00 | — | — | — |", "| 72.18 | 100.00 | — | 100.00 | — |")],
             value="— | 100.00 | — |",
             explanation="execution rate 100.00 printed for 上年结转资金, whose budget and spending are 0.00: a rate on a zero base"),
        dict(code="grade_mismatch",
             subs=[("评价等级为“优秀”", "评价等级为“良好”")],
             value="评价等级为“良好”",
             explanation="total 98.86 is in the 优 band (≥90); 附件1 also says 优秀"),
        dict(code="score_exceeds_weight",
             subs=[("| 560件 | 93.33% | 4.67 |", "| 560件 | 93.33% | 10 |"),
                   ("| 301天 | 100.33% | 10 |", "| 301天 | 100.33% | 4.67 |")],
             value="560件 | 93.33% | 10 |",
             explanation="scores of two adjacent rows swapped: 藏品数字化采集 (weight 5) scored 10; total unchanged"),
        dict(code="rate_mismatch",
             subs=[("| 95.28 | 95.28 | 100.00 | 72.18 |", "| 95.28 | 95.28 | 100.00 | 80.19 |")],
             value="80.19",
             explanation="provincial 28.87 / 40.00 = 72.18%; 80.19 divides by the 市级 column's 36.00 (wrong base)"),
    ],
    # ------------------------------------------------------------------ Xiuwu, Henan, 2023
    "xiuwu-digitalculture-2023": [
        dict(code="weight_sum_mismatch",
             subs=[("| 93.64% | 10 | 9.36 |", "| 93.64% | 15 | 9.36 |")],
             value="15 | 9.36 | 驿站建成较晚 |\n"
                   "| 效益指标 | 社会效益指标 | 公共电子阅览室服务人次 | ≥3.5万人次 | 3.26万人次 | 93.14% | 10 | 9.31 | |\n"
                   "| 效益指标 | 可持续影响指标 | 每万人拥有数字文化终端 | ≥5.5台 | 5.98台 | 108.73% | 10 | 10 | 终端158台 |\n"
                   "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 88.60% | 98.44% | 10 | 9.84 | 有效问卷500份 |\n"
                   "| 合计 | | | | | | 100",
             explanation="online-visits weight 15 (last year's template): weights add to 105, stated 100"),
        dict(code="balance_mismatch",
             subs=[("未支出12.17万元", "未支出12.71万元")],
             value="12.71万元",
             explanation="93.60 − 81.43 = 12.17, stated 12.71"),
        dict(code="sum_mismatch",
             subs=[("上年结转8.60万元", "上年结转6.80万元")],
             value="93.60万元，其中中央补助45.00万元、省级补助20.00万元、县级配套20.00万元、上年结转6.80万元",
             explanation="45.00 + 20.00 + 20.00 + 6.80 = 91.80, stated 93.60"),
        dict(code="completion_mismatch",
             subs=[("| 99.20% | 101.22% |", "| 99.20% | 99.20% |")],
             value="99.20% | 99.20%",
             explanation="target ≥98%, actual 99.20%: completion 99.20 / 98 = 101.22%; the actual value was copied into the 完成率 cell"),
        dict(code="unit_mismatch",
             subs=[("| ≥50万人次 | 46.82万人次 |", "| ≥50万人次 | 93.64% |")],
             value="≥50万人次 | 93.64%",
             explanation="actual written as a percentage (the completion rate) while the target is in 万人次"),
        dict(code="year_mismatch",
             subs=[("结转至2024年使用", "结转至2023年使用")],
             value="结转至2023年",
             explanation="unspent money of the 2023 budget is carried to 2023 itself; must be a later year"),
    ],
    # ------------------------------------------------------------------ Hebi, Henan, 2024
    "hebi-artcenter-2024": [
        dict(code="balance_mismatch",
             subs=[("年末结余16.06万元", "年末结余16.60万元")],
             value="16.60万元",
             explanation="612.48 (all received) − 596.42 = 16.06, stated 16.60"),
        dict(code="score_sum_mismatch",
             subs=[("| 104支 | 10 | 8.67 |", "| 104支 | 10 | 8.76 |")],
             value="8.76 | |\n"
                   "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 88.50% | 10 | 9.83 | |\n"
                   "| 合计 | | | | | 100 | 90.03",
             explanation="row score retyped 8.67 → 8.76: rows add to 90.12, stated total 90.03"),
        dict(code="grade_mismatch",
             subs=[("等级为优秀。各项", "等级为良好。各项")],
             value="等级为良好",
             explanation="90.03 is in the 优 band (lower bound 90 inclusive); the table says 优秀"),
        dict(code="average_mismatch",
             subs=[("季均1,282.33人次", "季均1,228.33人次")],
             value="季均1,228.33人次",
             explanation="(1286 + 1452 + 1109) / 3 = 1282.33"),
        dict(code="implausible_rate",
             subs=[("| 64.92 | 94.91% |", "| 64.92 | 162.30% |")],
             value="162.30%",
             explanation="execution rate over 100%: recomputed on the initial budget 40.00 (64.92 / 40.00) instead of the annual 68.40 (94.91%)"),
        dict(code="conflicting_values",
             subs=[("全年举办各类群众文化活动326场", "全年举办各类群众文化活动362场")],
             value="362场",
             explanation="activities are 326场 in 三.(一) (48 + 112 + 166), the cost per activity and the score table"),
    ],
    # ------------------------------------------------------------------ Yijun, Shaanxi, 2018
    "yijun-library-2018": [
        dict(code="score_exceeds_weight",
             subs=[("| 77.78% | 5 | 4.32 |", "| 77.78% | 5 | 10 |"),
                   ("| 2.26元 | 10 | 10 |", "| 2.26元 | 10 | 4.32 |")],
             value="77.78% | 5 | 10 |",
             explanation="scores of two adjacent rows swapped: 服务点按期建成率 (weight 5) scored 10; totals unchanged"),
        dict(code="weight_sum_mismatch",
             subs=[("| 100% | 100% | 5 | 5 | 覆盖分馆", "| 100% | 100% | 10 | 5 | 覆盖分馆")],
             value="10 | 5 | 覆盖分馆和服务点22个 |\n"
                   "| 产出指标 | 质量指标 | 每周免费开放时长 | ≥56小时 | 56小时 | 5 | 5 | |\n"
                   "| 产出指标 | 时效指标 | 服务点按期建成率 | ≥90% | 77.78% | 5 | 4.32 | 4个服务点12月建成 |\n"
                   "| 产出指标 | 成本指标 | 每人次免费开放成本 | ≤3.00元 | 2.26元 | 10 | 10 | |\n"
                   "| 产出指标 | 小计 | | | | 50",
             explanation="output weights add to 55 against the 小计 50 (and 105 overall)"),
        dict(code="rate_mismatch",
             subs=[("执行率97.30%", "执行率97.03%")],
             value="97.03%",
             explanation="19.46 / 20.00 = 97.30%, stated 97.03%"),
        dict(code="sum_mismatch",
             subs=[("| 18.00 | 15.46 |", "| 18.00 | 15.64 |")],
             value="15.64 | 免费开放2.00万元、总分馆制建设16.00万元 |\n| 合计 | 36.00 | 46.00 | 46.00 | 41.04",
             explanation="spending column 16.00 + 9.58 + 15.64 = 41.22, stated 41.04"),
        dict(code="conflicting_values",
             subs=[("2018年全馆接待读者8.62万人次", "2018年全馆接待读者8.26万人次")],
             value="8.26万人次",
             explanation="visits are 8.62万人次 in 四.(二) and the table (and 19.46万元 / 8.62万人次 = 2.26元)"),
        dict(code="unit_mismatch",
             subs=[("| ≤3.00元 | 2.26元 |", "| ≤3.00元 | 2.26万元 |")],
             value="2.26万元",
             explanation="cost per visit 2.26元 written as 万元 (target in 元; 19.46万元 / 8.62万人次 = 2.26元)"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply(clean, subs):
    text = clean
    for old, new in subs:
        if clean.count(old) != 1:
            raise SystemExit(f"edit anchor not unique in clean draft: {old!r} ({clean.count(old)})")
        text = text.replace(old, new, 1)
    return text


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, ed in enumerate(EDITS[pid], 1):
            name = f"{pid}-e{i}.txt"
            text = apply(clean, ed["subs"])
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": ed["code"], "severity": "error",
                                         "value": ed["value"], "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels")


if __name__ == "__main__":
    main()
