#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new); `old` must occur exactly once
in the clean draft and `value` (the label) must occur in the resulting error case.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SX = "sx-xiaodian-jiagerending-2021"
SC = "sc-guangan-jiagejiance-2023"
JX = "jx-shangyou-jiagerenzheng-bumen-2022"
HN = "hn-xiangxiang-jiagejiance-2019"
HB = "hb-chibi-jiagejiance-2020"
PROJECTS = [SX, SC, JX, HN, HB]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Shanxi, 小店区 涉案财物价格认定 2021 (seed-003 layout: flattened funds table with 行次, 附件1) ----
    (SX, 1, "rate_mismatch", "table",
     "\t94.35\n", "\t93.45\n", "93.45",
     "funds table row (7)=(4)/(2), column 县区级: 18.87 / 20.00 = 94.35%, stated 93.45%"),
    (SX, 2, "sum_mismatch", "prose",
     "聘请专家及外出勘验费2.36万元", "聘请专家及外出勘验费2.63万元", "勘验费2.63万元",
     "the breakdown 21.39 + 2.63 + 1.62 = 25.64 no longer adds up to 全年执行25.37万元 (2.36 in the clean draft)"),
    (SX, 3, "completion_mismatch", "table",
     "\t105.26%\n", "\t102.56%\n", "102.56%",
     "附件1 认定结论复核维持率: target ≥95%, actual 100% -> completion 100/95 = 105.26%, stated 102.56%"),
    (SX, 4, "grade_mismatch", "prose",
     "属于\"优秀\"", "属于\"良好\"", "98.46分，属于\"良好\"",
     "a total of 98.46 lies in the 优 band (90 ≤ s ≤ 100), not 良"),
    (SX, 5, "conflicting_values", "prose",
     "办结价格认定案件186件（2020年为152件）", "办结价格认定案件168件（2020年为152件）", "案件168件",
     "the 2021 case count is 168件 in the text but 186件 in 附件1 (where 186/150 = 124.00% confirms 186); "
     "152件 is the 2020 figure, not a conflict"),
    (SX, 6, "year_mismatch", "prose",
     "结转至2022年使用", "结转至2021年使用", "结转至2021年",
     "unspent money of the 2021 budget is said to be carried over into 2021 itself; carry-over goes to 2022"),

    # ---- Sichuan, 广安市发改委 价格监测预警及成本监审 2023 (Sichuan outline, 510000_0013zp table, tabs) ----
    (SC, 1, "implausible_rate", "table",
     "单位资金\t0.00\t0.00\t0.00\t—\t—\t—", "单位资金\t0.00\t0.00\t0.00\t—\t100.00%\t—", "100.00%",
     "单位资金 row has 全年预算数 0.00: an execution rate of 100.00% on a zero base is implausible (should be —)"),
    (SC, 2, "unit_mismatch", "prose",
     "信息员补助16.80万元", "信息员补助168000万元", "168000万元",
     "56个点×3000元 = 168000元 = 16.80万元; the 元 figure is labelled 万元 (off by 10^4), which also breaks "
     "the spending breakdown (must add to 51.62万元) — the unit explains both"),
    (SC, 3, "rate_mismatch", "prose",
     "核减率8.28%", "核减率8.82%", "核减率8.82%",
     "1,268.45 / 15,327.60 = 8.28%, stated 8.82%"),
    (SC, 4, "balance_mismatch", "prose",
     "年末结余2.38万元", "年末结余2.83万元", "结余2.83万元",
     "54.00 - 51.62 = 2.38万元 (all funds received), stated 2.83万元"),
    (SC, 5, "score_sum_mismatch", "table",
     "97.22\t10\t9.92\t", "97.22\t10\t9.29\t", "97.22\t10\t9.29",
     "scores 9.56 + 10 + 10 + 10 + 10 + 9.29 + 15 + 15 + 10 = 98.85, but 总分 and the text say 99.48"),
    (SC, 6, "weight_sum_mismatch", "table",
     "小时\t12\t15\t15", "小时\t12\t16\t15", "12\t16\t15",
     "分值 10 + 5×10 + 15 + 16 + 10 = 101, not 100 (预警响应时间 row weight 16)"),

    # ---- Jiangxi, 上犹县价格认证中心 部门整体 2022 (web page, basic spending + three projects) ----
    (JX, 1, "average_mismatch", "prose",
     "平均93分", "平均95分", "平均95分",
     "(96.5 + 94 + 88.5) / 3 = 93, stated 95"),
    (JX, 2, "sum_mismatch", "prose",
     "1,176份", "1,167份", "1,167份",
     "1,152 + 1,152 + 1,167 = 3,471, but the stated 全年合计 is 3,480份 (3,480 also fits 3,445/3,480 = 98.99% "
     "and 3,480×20元 = 6.96万元)"),
    (JX, 3, "score_exceeds_weight", "table",
     "满意度\t10\t10\t\n", "满意度\t10\t10.42\t\n", "满意度\t10\t10.42",
     "满意度 scored 10.42 (10×93.8/90, not capped) above its weight 10; the sum 96.42 still rounds to the "
     "stated whole-point total 96, so only the row is wrong"),
    (JX, 4, "implausible_rate", "prose",
     "服务对象满意度93.8%", "服务对象满意度103.8%", "满意度103.8%",
     "a satisfaction rate cannot exceed 100%"),
    (JX, 5, "grade_mismatch", "prose",
     "等级为优。", "等级为良。", "96分，等级为良",
     "a total of 96 lies in the 优 band (90 ≤ s ≤ 100), not 良"),
    (JX, 6, "conflicting_values", "table",
     "≥24期\t26期", "≥24期\t28期", "≥24期\t28期",
     "价格监测信息编发: 28期 in the indicator table vs 全年编发价格监测信息26期 in the text"),

    # ---- Hunan, 湘乡市发改局 价格监测与价格认定 2019 (Hunan outline, MOF 附件1 copied from PDF) ----
    (HN, 1, "balance_mismatch", "prose",
     "年末结余1.31万元", "年末结余1.13万元", "结余1.13万元",
     "到位24.36 - 支出23.05 = 1.31万元, stated 1.13万元"),
    (HN, 2, "sum_mismatch", "prose",
     "价格认定业务费9.85万元", "价格认定业务费9.58万元", "业务费9.58万元",
     "6.60 + 9.58 + 2.40 + 4.20 = 22.78, not the 23.05万元 spent"),
    (HN, 3, "rate_mismatch", "table",
     "21.69 — 94.30%", "21.69 — 93.40%", "93.40%",
     "当年财政拨款 row: 21.69 / 23.00 = 94.30%, stated 93.40%"),
    (HN, 4, "score_sum_mismatch", "table",
     "基本健全 15 13", "基本健全 15 12", "基本健全 15 12",
     "9.46 + 10 + 10 + 5 + 5 + 10 + 9.89 + 15 + 12 + 10 = 96.35, but 总分 and the text say 97.35"),
    (HN, 5, "year_mismatch", "table",
     "自评表（2019年度）", "自评表（2018年度）", "（2018年度）",
     "the attached self-evaluation table claims 2018 while the report and all its money are 2019"),
    (HN, 6, "unit_mismatch", "table",
     "≥1期 2期 5 5", "≥1期 100% 5 5", "≥1期 100%",
     "监测点信息员业务培训: target in 期, actual given as a percentage; completion cannot be computed"),

    # ---- Hubei, 赤壁市发改局 重要民生商品价格监测 2020 (Hubei 20+80 goal-block table, PDF layout) ----
    (HB, 1, "score_exceeds_weight", "table",
     "1250份        10      10\n", "1250份        10      10.42\n", "1250份        10      10.42",
     "报送价格监测报表 scored 10.42 (10×1250/1200, not capped) above its weight 10; the sum 97.42 still rounds "
     "to the whole-point total 97"),
    (HB, 2, "completion_mismatch", "prose",
     "该指标完成率89.29%", "该指标完成率92.89%", "完成率92.89%",
     "≤3.5万元 target missed with 3.92万元: completion 3.5/3.92 = 89.29%, stated 92.89%"),
    (HB, 3, "weight_sum_mismatch", "table",
     "14期          5       5", "14期          6       5", "14期          6",
     "发布价格预警提示 weight 6: 年度目标3 now holds 16 against its 15分 and all weights sum to 101"),
    (HB, 4, "average_mismatch", "prose",
     "三个月平均30.93元", "三个月平均31.93元", "平均31.93元",
     "(30.60 + 32.40 + 29.80) / 3 = 30.93元, stated 31.93元"),
    (HB, 5, "conflicting_values", "table",
     "≥90期       98期", "≥90期       96期", "96期",
     "应急价格日报: 96期 in the table vs 共编报价格日报98期 in the text (24 Jan - 30 Apr 2020 is 98 days)"),
    (HB, 6, "implausible_rate", "table",
     "94.2%", "104.2%", "104.2%",
     "满意度 actual 104.2%: a satisfaction rate cannot exceed 100%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            assert cnt == 1, f"{pid}-e{n}: old string found {cnt} times: {old!r}"
            text = clean.replace(old, new)
            assert value in text, f"{pid}-e{n}: value not in case: {value!r}"
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
