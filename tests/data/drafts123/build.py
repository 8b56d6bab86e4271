#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n123 from the clean drafts.

Each edit is an exact old -> new replacement that must occur exactly once in the clean draft.
Run: python3 build.py   (then python3 verify.py)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# source id -> list of (suffix, code, old, new, value, explanation)
EDITS = {
    "tinghu-roadsweep-2021": [
        ("e1", "rate_mismatch", "执行率：98.98%", "执行率：98.89%", "执行率：98.89%",
         "form cell: 全年执行数 1,734.06 / 全年预算数 1,752.00 = 98.98%, stated 98.89%"),
        ("e2", "sum_mismatch", "其中洗扫车22台", "其中洗扫车24台",
         "48台，其中洗扫车24台、高压冲洗车14台、小型机扫车12台",
         "vehicle breakdown 24 + 14 + 12 = 50, stated total 48"),
        ("e3", "average_mismatch", "平均得分91.8分", "平均得分91.6分", "平均得分91.6分",
         "quarterly scores (91.2 + 92.0 + 92.6 + 91.4) / 4 = 91.8, stated 91.6"),
        ("e4", "unit_mismatch", "｜≥486万平方米｜522万平方米｜", "｜≥486万平方米｜107.41%｜",
         "≥486万平方米｜107.41%",
         "target in 万平方米, actual given as a percentage (the completion rate) in the table"),
        ("e5", "year_mismatch", "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
         "the 2021 report states the year's execution 'as of 2020-12-31'; the cut-off must name 2021"),
        ("e6", "score_exceeds_weight", "88.2%｜5｜4.5｜", "88.2%｜5｜5.4｜", "88.2%｜5｜5.4",
         "问题工单按时整改率: score 5.4 above weight 5 (digits transposed; should be 5 x 88.2/98 = 4.5); "
         "row sum 97.46 still rounds to the stated whole-point total 97"),
    ],
    "xiuzhou-refusetransfer-2023": [
        ("e1", "balance_mismatch", "结余8.00万元", "结余8.60万元", "结余8.60万元",
         "到位/全年预算 1,375.00 - 执行 1,367.00 = 8.00, stated 8.60"),
        ("e2", "conflicting_values", "覆盖收集点位达到1,284个", "覆盖收集点位达到1,248个", "1,248个",
         "collection points are 1,284个 in the indicator table (completion 101.90% of 1,260), 1,248个 in the text"),
        ("e3", "completion_mismatch", "134件｜89.55%", "134件｜111.67%", "134件｜111.67%",
         "≤120件 target with 134件 actual: completion 120/134 = 89.55%; 111.67% is actual/target"),
        ("e4", "grade_mismatch", "综合评定等级为“优”", "综合评定等级为“良”", "综合评定等级为“良”",
         "total 98.90 lies in the 优 band (>= 90)"),
        ("e5", "implausible_rate", "｜0.00｜0.00｜0.00｜—｜—｜—｜", "｜0.00｜0.00｜0.00｜—｜100%｜—｜",
         "0.00｜—｜100%", "其他资金 row: execution rate 100% on a zero budget"),
        ("e6", "weight_sum_mismatch", "101.90%｜5｜5｜", "101.90%｜6｜5｜", "101.90%｜6｜5",
         "weight of 垃圾收集点位覆盖数 raised to 6: 产出 rows sum to 51 (header says 50分), all weights to 101"),
    ],
    "luan-jinan-incineration-2022": [
        ("e1", "score_sum_mismatch", "36件｜10｜8.33｜", "36件｜10｜8.83｜", "36件｜10｜8.83",
         "row scores now add up to 95.81, stated total 95.31 (table and text)"),
        ("e2", "rate_mismatch", "预算执行率为99.75%", "预算执行率为99.57%", "预算执行率为99.57%",
         "1,289.65 / 1,292.82 = 99.75%, stated 99.57%"),
        ("e3", "unit_mismatch", "计量称重系统运维费11.60万元", "计量称重系统运维费116000万元", "116000万元",
         "116,000元 written as 万元: 1,054.85 + 223.20 + x = 1,289.65 only with x = 11.60万元 (= 116000 / 10^4)"),
        ("e4", "average_mismatch", "平均每座日转运106.25吨", "平均每座日转运108.25吨", "平均每座日转运108.25吨",
         "(118 + 96 + 112 + 99) / 4 = 106.25, stated 108.25"),
        ("e5", "sum_mismatch", "｜12,318｜", "｜12,813｜", "12,813",
         "monthly tonnages now add up to 155,620, stated 全年 155,125"),
        ("e6", "year_mismatch", "结转至2023年", "结转至2022年", "结转至2022年",
         "the unspent 2022 balance is carried over 'to 2022', the evaluation year itself"),
    ],
    "dantu-ruralsanitation-2019": [
        ("e1", "grade_mismatch", "评价等级为“良”", "评价等级为“优”", "评价等级为“优”",
         "total 88.86 lies in the 良 band (80 <= s < 90)"),
        ("e2", "completion_mismatch", "完成率118%", "完成率128%", "完成率128%",
         "236处 against ≥200处: completion 118%, stated 128%"),
        ("e3", "balance_mismatch", "年末结余2.46万元", "年末结余2.64万元", "年末结余2.64万元",
         "到位 1380.00 - 执行 1377.54 = 2.46, stated 2.64"),
        ("e4", "weight_sum_mismatch", "1.80元/平方米·年｜5｜5｜", "1.80元/平方米·年｜6｜5｜",
         "1.80元/平方米·年｜6｜5", "weight of the cost row raised to 6: weights add up to 101"),
        ("e5", "conflicting_values", "覆盖全区7个镇（街道）、78个行政村", "覆盖全区7个镇（街道）、87个行政村",
         "87个行政村", "the project covers 78 villages in the form and in section 可持续影响, 87 in 项目概况"),
        ("e6", "implausible_rate", "｜≥98%｜99.2%｜", "｜≥98%｜992%｜", "992%",
         "集中收运处理率 992% (decimal point lost; 2480/2500 = 99.2% in the text): a rate above 100%"),
    ],
    "wuhu-jiujiang-kitchenwaste-2018": [
        ("e1", "score_exceeds_weight", "93.6%｜8｜7.8｜", "93.6%｜8｜8.7｜", "93.6%｜8｜8.7",
         "收运车辆按时到达率: score 8.7 above weight 8 (digits transposed; 8 x 93.6/96 = 7.8); "
         "row sum 98.47 still rounds to the stated whole-point total 98"),
        ("e2", "score_sum_mismatch", "0起｜0起｜10｜10｜", "0起｜0起｜10｜0｜", "0起｜10｜0",
         "the 0起 actual copied into the score cell: rows now add up to 87.57, stated total 98"),
        ("e3", "sum_mismatch", "｜394.00｜404.00｜402.60｜", "｜394.00｜404.00｜402.06｜", "402.06",
         "全年执行数 column: 402.06 + 6.00 = 408.06, stated 年度资金总额 408.60"),
        ("e4", "conflicting_values", "签约餐饮单位达到1,186家", "签约餐饮单位达到1,168家", "1,168家",
         "signed restaurants are 1,186家 in the form and the indicator table, 1,168家 in the text"),
        ("e5", "unit_mismatch", "≤120元/吨｜120元/吨", "≤120元/吨｜227.76万元", "≤120元/吨｜227.76万元",
         "unit-price row: target in 元/吨, actual given as the total subsidy in 万元"),
        ("e6", "rate_mismatch", "｜99.66%（全年执行数÷全年预算数）｜", "｜99.56%（全年执行数÷全年预算数）｜",
         "99.56%（全年执行数÷全年预算数）", "408.60 / 410.00 = 99.66%, stated 99.56%"),
    ],
}


def main():
    labels = []
    for src, edits in EDITS.items():
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, old, new, value, expl in edits:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
