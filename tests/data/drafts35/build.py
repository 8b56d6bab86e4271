#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts in cases/.

Each edit: (source id, case number, code, old, new, value, explanation).
- `old` must occur exactly once in the clean draft; it is replaced by `new`.
- `value` is either a literal string or a pair (start, end): then the value is the
  slice of the error case from the (unique) start marker through the end of the
  first end marker after it (used for row spans ending at the 总分 row).
Pure Python 3, no third-party modules.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "guangnan-tuigeng-2020"
B = "huanxian-grassland-2022"
C = "longde-forestfuyu-2019"
Dz = "zhenan-tianbao-2024"
E = "xinyuan-zaolin-2021"

TOTAL_A = "总分\t\t\t\t\t\t100\t99.41"
TOTAL_C = "总分\t\t\t\t\t\t100"
TOTAL_E_SCORE = "总分\t\t\t\t\t\t100\t88.80"
TOTAL_E_WEIGHT = "总分\t\t\t\t\t\t100"

EDITS = [
    # ---------------- A: 云南广南 新一轮退耕还林 2020 ----------------
    (A, 1, "rate_mismatch",
     "累计支出1914.05万元，预算执行率98.44%",
     "累计支出1914.05万元，预算执行率98.41%",
     "预算执行率98.41%",
     "1914.05 / 1944.40 = 98.44%; 98.41% is the 当年财政拨款 rate (1877.65 / 1908.00) put on the whole-project sentence (wrong base)"),
    (A, 2, "score_sum_mismatch",
     "退耕农户政策知晓率\t≥90%\t95.00%\t10\t10\t",
     "退耕农户政策知晓率\t≥90%\t95.00%\t10\t9.50\t",
     ("退耕农户政策知晓率\t≥90%\t95.00%\t10\t9.50", TOTAL_A),
     "可持续 row re-scored 9.50 without touching the total: row scores now add to 98.91, 总分 still reads 99.41"),
    (A, 3, "average_mismatch",
     "户均1786.71元",
     "户均1876.71元",
     "户均1876.71元",
     "574.25万元 cash paid to 3214 households = 1786.71元 per household, not 1876.71 (digits transposed)"),
    (A, 4, "unit_mismatch",
     "其中当年财政拨款1908.00万元、上年结转资金36.40万元，无其他资金",
     "其中当年财政拨款1908.00万元、上年结转资金364000万元，无其他资金",
     "上年结转资金364000万元",
     "the 36.40万元 carry-over written as its 元 figure 364000 with the unit 万元 (off by 10^4): 1908.00 + 36.40 = 1944.40 only after rescaling"),
    (A, 5, "year_mismatch",
     "截至2020年12月31日，累计支出1914.05万元",
     "截至2019年12月31日，累计支出1914.05万元",
     "截至2019年12月31日",
     "2020 report: the year-end spending figure is dated 截至2019年12月31日 (last year's template date left in)"),
    (A, 6, "completion_mismatch",
     "完成年度指标的95.71%",
     "完成年度指标的104.48%",
     "完成年度指标的104.48%",
     "target ≥12000亩, actual 11485亩: completion 11485/12000 = 95.71%; 104.48% is the inverse ratio 12000/11485"),
    # ---------------- B: 甘肃环县 草原生态保护补助奖励 2022 ----------------
    (B, 1, "sum_mismatch",
     "草畜平衡奖励765.00万元、草原管护员补助352.80万元",
     "草畜平衡奖励756.00万元、草原管护员补助352.80万元",
     "2050.00万元，其中禁牧补助900.00万元、草畜平衡奖励756.00万元",
     "900.00 + 756.00 + 352.80 + 32.20 = 2041.00, stated total 2050.00 (765.00 retyped as 756.00; 306万亩 × 2.5元 = 765.00)"),
    (B, 2, "balance_mismatch",
     "实际支出29.86万元，结余2.34万元",
     "实际支出29.86万元，结余2.43万元",
     "结余2.43万元",
     "工作经费 32.20 − 29.86 = 2.34, stated 2.43"),
    (B, 3, "unit_mismatch",
     "草原管护员补助351.54万元，工作经费29.86万元",
     "草原管护员补助3515400万元，工作经费29.86万元",
     "草原管护员补助3515400万元",
     "351.54万元 written as its 元 figure with the unit 万元: the spending breakdown adds to 2053.15 only after rescaling by 10^4"),
    (B, 4, "conflicting_values",
     "草原综合植被盖度为52.7%（2021年为52.3%）",
     "草原综合植被盖度为52.3%（2021年为52.3%）",
     "盖度为52.3%",
     "2022 植被盖度 is 52.7% in the goal block, the table row and the score 9.94 (=10×52.7/53); the text now repeats last year's 52.3% for 2022"),
    (B, 5, "implausible_rate",
     "\t其他资金\t0.00\t0.00\t0.00\t—\t—\t—",
     "\t其他资金\t0.00\t0.00\t0.00\t—\t100%\t—",
     "其他资金\t0.00\t0.00\t0.00\t—\t100%",
     "execution rate 100% printed on a zero budget (其他资金 0.00): rate on a zero base"),
    (B, 6, "score_exceeds_weight",
     "301.2万亩\t7\t6.89\t186户超载核减4.8万亩，整改复核后兑付\n\t产出指标\t数量指标\t草原管护员人数\t=420名\t420名\t6\t6\t",
     "301.2万亩\t7\t6\t186户超载核减4.8万亩，整改复核后兑付\n\t产出指标\t数量指标\t草原管护员人数\t=420名\t420名\t6\t6.89\t",
     "草原管护员人数\t=420名\t420名\t6\t6.89",
     "scores of two adjacent rows swapped: 管护员 row scored 6.89 against a weight of 6 (total unchanged)"),
    # ---------------- C: 宁夏隆德 森林抚育 2019 ----------------
    (C, 1, "grade_mismatch",
     "自评得分92.42分，自评等级为“优”",
     "自评得分92.42分，自评等级为“良”",
     "自评等级为“良”",
     "92.42 is in the 优 band (≥90); 良 is the 2018 grade (88.50) carried over"),
    (C, 2, "weight_sum_mismatch",
     "补助资金拨付及时率\t≥90%\t82.00%\t10\t9.11",
     "补助资金拨付及时率\t≥90%\t82.00%\t15\t9.11",
     ("补助资金拨付及时率\t≥90%\t82.00%\t15", TOTAL_C),
     "时效 weight typed 15: weights now add to 105 (10 + 55 + 30 + 10), 总分 still 100"),
    (C, 3, "rate_mismatch",
     "全年支出407.45万元，预算执行率83.32%",
     "全年支出407.45万元，预算执行率83.23%",
     "预算执行率83.23%",
     "407.45 / 489.00 = 83.32%, stated 83.23% (retyped)"),
    (C, 4, "average_mismatch",
     "平均91.67分",
     "平均92.67分",
     "平均92.67分",
     "(92 + 88 + 95) / 3 = 91.67, stated 92.67"),
    (C, 5, "conflicting_values",
     "\t≥70%\t72.4%\t10\t10\t",
     "\t≥70%\t74.2%\t10\t10\t",
     "≥70%\t74.2%",
     "目的树种比例 after thinning is 72.4% in the text and the goal block, 74.2% in the table row"),
    (C, 6, "unit_mismatch",
     "=100元/亩\t100元/亩\t10\t10",
     "=100元/亩\t100%\t10\t10",
     "=100元/亩\t100%",
     "成本 row: target in 元/亩, actual as a percentage"),
    # ---------------- D: 陕西镇安 天然林保护 2024 ----------------
    (Dz, 1, "sum_mismatch",
     "2023年2256.90万元、2024年2270.10万元）",
     "2023年2256.90万元、2024年2256.90万元）",
     "8947.20万元（2021年2188.50万元、2022年2231.70万元、2023年2256.90万元、2024年2256.90万元",
     "2188.50 + 2231.70 + 2256.90 + 2256.90 = 8934.00, stated 8947.20 (2023 figure left in for 2024; 2024 is 2270.10)"),
    (Dz, 2, "balance_mismatch",
     "实际执行2290.30万元，预算执行率99.52%，结余资金11.00万元",
     "实际执行2290.30万元，预算执行率99.52%，结余资金10.20万元",
     "结余资金10.20万元",
     "2301.30 − 2290.30 = 11.00, stated 10.20 (only the 林权纠纷 part counted)"),
    (Dz, 3, "year_mismatch",
     "已结转2025年使用",
     "已结转2024年使用",
     "结转2024年",
     "2024 report: unspent money carried over to 2024 itself (should be 2025)"),
    (Dz, 4, "completion_mismatch",
     "完成年度指标的99.27%",
     "完成年度指标的99.72%",
     "完成年度指标的99.72%",
     "target ≥117万亩, actual 116.15万亩: 116.15/117 = 99.27%, stated 99.72%"),
    (Dz, 5, "score_exceeds_weight",
     "155.25万亩\t8\t8\t\n\t\t\t选聘护林员人数\t=390名\t390名\t7\t7\t",
     "155.25万亩\t8\t7\t\n\t\t\t选聘护林员人数\t=390名\t390名\t7\t8\t",
     "选聘护林员人数\t=390名\t390名\t7\t8",
     "scores of two adjacent rows swapped: 护林员 row scored 8 against a weight of 7 (total unchanged)"),
    (Dz, 6, "implausible_rate",
     "实际支出15.60万元，支出率100%",
     "实际支出16.50万元，支出率105.77%",
     "实际支出16.50万元，支出率105.77%",
     "county item budget 15.60, spending 16.50: rate 105.77% (arithmetic right, spending above budget)"),
    # ---------------- E: 新疆新源 中央财政造林补助 2021 ----------------
    (E, 1, "grade_mismatch",
     "评价等级为“良”",
     "评价等级为“优”",
     "评价等级为“优”",
     "88.80 is in the 良 band (80–90), stated 优"),
    (E, 2, "score_sum_mismatch",
     "带动农牧民务工\t≥800人次\t640人次\t10\t8.00",
     "带动农牧民务工\t≥800人次\t640人次\t10\t8.60",
     ("带动农牧民务工\t≥800人次\t640人次\t10\t8.60", TOTAL_E_SCORE),
     "社会 row re-scored 8.60 without the total: row scores add to 89.40, 总分 still 88.80"),
    (E, 3, "weight_sum_mismatch",
     "=300元/亩\t300元/亩\t4\t4",
     "=300元/亩\t300元/亩\t6\t4",
     ("退化林修复补助标准\t=300元/亩\t300元/亩\t6", TOTAL_E_WEIGHT),
     "成本 row weight 6 (copied from the 数量 rows): weights add to 102, 总分 still 100"),
    (E, 4, "rate_mismatch",
     "预算执行率84.94%，该项得8.49分",
     "预算执行率89.76%，该项得8.49分",
     "预算执行率89.76%",
     "673.20 / 792.60 = 84.94%; 89.76% = 673.20 / 750.00 (carry-over left out of the base, kept in the spending)"),
    (E, 5, "conflicting_values",
     "造林主体满意度\t≥90%\t84.00%",
     "造林主体满意度\t≥90%\t86.00%",
     "造林主体满意度\t≥90%\t86.00%",
     "2021 satisfaction is 84.00% in the text (126/150); the table shows last year's 86.00%"),
    (E, 6, "balance_mismatch",
     "资金结余104.40万元，全部结转2022年使用",
     "资金结余140.40万元，全部结转2022年使用",
     "资金结余140.40万元",
     "到位 777.60 − 执行 673.20 = 104.40, stated 140.40"),
]

SOURCES = [A, B, C, Dz, E]


def make_value(err, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = err.index(start)
    j = err.index(end, i) + len(end)
    return err[i:j]


def build():
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
    labels = {src: [] for src in SOURCES}
    for src, n, code, old, new, value, expl in EDITS:
        text = clean[src]
        if text.count(old) != 1:
            sys.exit(f"{src}-e{n}: old text occurs {text.count(old)} times")
        err = text.replace(old, new)
        val = make_value(err, value)
        name = f"{src}-e{n}.txt"
        with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
            fh.write(err)
        labels[src].append({"case": name, "source": src, "clean": False,
                            "expected": [{"code": code, "severity": "error", "value": val,
                                          "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for src in SOURCES:
            fh.write(json.dumps({"case": f"{src}-clean.txt", "source": src, "clean": True,
                                 "expected": []}, ensure_ascii=False) + "\n")
            for rec in sorted(labels[src], key=lambda r: r["case"]):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(EDITS)} error cases from {len(SOURCES)} clean drafts")


if __name__ == "__main__":
    build()
