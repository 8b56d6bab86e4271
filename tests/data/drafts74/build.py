#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n74 from the clean drafts.

Pure Python 3, no third-party packages.  Run from any directory:
    python3 build.py
Each edit is a list of hunks (old -> new); every `old` must occur exactly once in the clean draft.
`value` is either given literally or as (start_marker, end_marker): the slice of the error case from
the first occurrence of start_marker to the end of the first later occurrence of end_marker
(used for sums, score sums and weight sums, where the value runs from the changed part to the total).
`kind` is "line" (one contiguous edit of at most 16 characters within one line) or "rows"
(score-table edit touching two adjacent rows, each hunk at most 16 characters).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "yian-hsfarmland-2021",
    "huachuan-farmland-2024",
    "jiaxian-nongkai-2018",
    "shangshui-farmland-2022",
    "wuhe-farmland-2020",
]

T = "\t"

EDITS = {
    # ------------------------------------------------------------------ 依安县 2021 (Heilongjiang)
    "yian-hsfarmland-2021": [
        dict(code="rate_mismatch", kind="line",
             hunks=[("到位率98.67%", "到位率96.87%")],
             value="到位率96.87%",
             explanation="到位 9620.00 / 全年预算 9750.00 = 98.67%; stated 96.87% (digits transposed when retyped)"),
        dict(code="sum_mismatch", kind="line",
             hunks=[("红星乡｜9｜1.53｜34｜2290.35", "红星乡｜9｜1.53｜34｜2209.35")],
             value=("2209.35", "合计｜38｜6.50｜142｜9750.00"),
             explanation="项目区 investments 2748.30 + 2469.15 + 2209.35 + 2242.20 = 9669.00, 合计 says 9750.00 "
                         "(红星乡 2290.35 retyped as 2209.35)"),
        dict(code="score_sum_mismatch", kind="line",
             hunks=[("75%｜5｜3.75｜先锋乡", "75%｜5｜3.5｜先锋乡")],
             value=("3.5｜先锋乡", "总分｜｜｜｜｜100｜98.37"),
             explanation="时效 row score changed 3.75 -> 3.5 without the total: 9.70 + 48.50 + 30 + 9.92 = 98.12, "
                         "总分 still 98.37"),
        dict(code="unit_mismatch", kind="line",
             hunks=[("工程监理费162.30万元", "工程监理费1623000万元")],
             value="1623000万元",
             explanation="监理费 162.30万元 = 1623000元 written with the unit 万元 (off by 10^4); "
                         "with 162.30 the components add up to the 9458.26 spent"),
        dict(code="year_mismatch", kind="line",
             hunks=[("结转至2022年使用", "结转至2021年使用")],
             value="结转至2021年",
             explanation="the 2021 balance cannot be carried over into 2021 itself; last year's wording left in (2022)"),
        dict(code="completion_mismatch", kind="line",
             hunks=[("682.5｜105.00%", "682.5｜95.24%")],
             value="682.5｜95.24%",
             explanation="新增粮食产能 682.5 / 650 = 105.00%; 95.24% is 650 / 682.5 (base inverted)"),
    ],
    # ------------------------------------------------------------------ 桦川县 2024 (Heilongjiang), tab table
    "huachuan-farmland-2024": [
        dict(code="balance_mismatch", kind="line",
             hunks=[("年末结余912.70万元", "年末结余85.50万元")],
             value="结余85.50万元",
             explanation="到位 9160.00 − 执行 8247.30 = 912.70; 85.50 is 年初预算 8332.80 − 8247.30 (wrong base)"),
        dict(code="weight_sum_mismatch", kind="line",
             hunks=[("新建桥涵闸" + T + "≥420座" + T + "428座" + T + "5" + T + "5",
                     "新建桥涵闸" + T + "≥420座" + T + "428座" + T + "10" + T + "5")],
             value=("新建桥涵闸" + T + "≥420座" + T + "428座" + T + "10", "总分" + T * 5 + "100"),
             explanation="桥涵闸 weight typed 10 instead of 5: weights now 10 + 55 + 30 + 10 = 105, 总分 says 100"),
        dict(code="grade_mismatch", kind="line",
             hunks=[("评价等级为良。", "评价等级为优秀。")],
             value="评价等级为优秀",
             explanation="89.08 lies in the 良 band (80 ≤ s < 90); 优秀 needs 90"),
        dict(code="average_mismatch", kind="line",
             hunks=[("平均亩增产46.5公斤", "平均亩增产48.33公斤")],
             value="平均亩增产48.33公斤",
             explanation="(48 + 52 + 45 + 41) / 4 = 46.5; 48.33 averages only the first three 项目区"),
        dict(code="conflicting_values", kind="line",
             hunks=[("新建衬砌渠道27.0公里，其中", "新建衬砌渠道36.0公里，其中")],
             value="新建衬砌渠道36.0公里",
             explanation="the 自评表 gives 27.0公里 built (score 3.75 = 5 × 27/36); the text now repeats the planned 36"),
        dict(code="implausible_rate", kind="line",
             hunks=[("≥85%" + T + "86.40%", "≥85%" + T + "101.65%")],
             value="101.65%",
             explanation="a satisfaction of 101.65% is impossible: the completion 86.40/85 was typed into the 实际完成值 cell"),
    ],
    # ------------------------------------------------------------------ 郏县 2018 (Henan), 农业综合开发
    "jiaxian-nongkai-2018": [
        dict(code="rate_mismatch", kind="line",
             hunks=[("财政资金预算执行率91.38%", "财政资金预算执行率87.87%")],
             value="预算执行率87.87%",
             explanation="3618.72 / 全年预算 3960.00 = 91.38%; 87.87% divides by the 年初预算 4118.40 before the 调减"),
        dict(code="balance_mismatch", kind="line",
             hunks=[("财政资金结余341.28万元", "财政资金结余499.68万元")],
             value="结余499.68万元",
             explanation="到位 3960.00 − 支出 3618.72 = 341.28; 499.68 = 年初 4118.40 − 3618.72"),
        dict(code="score_exceeds_weight", kind="rows",
             hunks=[("铺设地埋管道｜≥95公里｜98.4公里｜8｜8", "铺设地埋管道｜≥95公里｜98.4公里｜9｜8"),
                    ("混凝土田间道路｜≥45公里｜42.8公里｜8｜7.61", "混凝土田间道路｜≥45公里｜42.8公里｜7｜7.61")],
             value="混凝土田间道路｜≥45公里｜42.8公里｜7｜7.61",
             explanation="weights of two adjacent rows reshuffled (8/8 -> 9/7, total still 100): score 7.61 above weight 7"),
        dict(code="sum_mismatch", kind="line",
             hunks=[("勘察设计费79.20万元", "勘察设计费97.20万元")],
             value=("3618.72万元，其中", "勘察设计费97.20万元"),
             explanation="3302.15 + 97.20 + 59.40 + 81.27 + 96.70 = 3636.72 ≠ 3618.72 (79.20 retyped as 97.20)"),
        dict(code="year_mismatch", kind="line",
             hunks=[("截至2018年12月31日", "截至2017年12月31日")],
             value="截至2017年12月31日",
             explanation="the 2018 spending is dated to the end of 2017: last year's report wording left in"),
        dict(code="average_mismatch", kind="line",
             hunks=[("冢头镇｜10120｜1332.30｜1316.50", "冢头镇｜10120｜1332.30｜1176.94")],
             value="1176.94",
             explanation="亩均 = 1332.30万元 / 10120亩 = 1316.50元/亩; 1176.94 divides by 11320亩, the area before the 调减"),
    ],
    # ------------------------------------------------------------------ 商水县 2022 (Henan), ASCII | table
    "shangshui-farmland-2022": [
        dict(code="score_sum_mismatch", kind="line",
             hunks=[("92.5公里|96.35%|5|4.82", "92.5公里|96.35%|5|4.28")],
             value=("新修田间道路|≥96公里|92.5公里|96.35%|5|4.28", "总分||||||100|99.03"),
             explanation="田间道路 score retyped 4.82 -> 4.28: rows add to 98.49, 总分 says 99.03"),
        dict(code="weight_sum_mismatch", kind="line",
             hunks=[("268.4公里|103.23%|5|5", "268.4公里|103.23%|10|5")],
             value=("铺设地埋管道|≥260公里|268.4公里|103.23%|10", "总分||||||100"),
             explanation="地埋管道 weight 5 -> 10 copied from the row above: weights total 105, 总分 says 100"),
        dict(code="conflicting_values", kind="line",
             hunks=[("新增粮食产能856万公斤。", "新增粮食产能865万公斤。")],
             value="865万公斤",
             explanation="the 自评表 and 8万亩 × 107公斤 give 856万公斤; the text says 865"),
        dict(code="implausible_rate", kind="line",
             hunks=[("上年结转资金|0.00|0.00|0.00|—|—|—", "上年结转资金|0.00|0.00|0.00|—|100%|—")],
             value="上年结转资金|0.00|0.00|0.00|—|100%",
             explanation="an execution rate of 100% on a zero 上年结转 budget (rate filled down the column)"),
        dict(code="unit_mismatch", kind="line",
             hunks=[("≥8万亩|8万亩|100.00%", "≥8万亩|100%|100.00%")],
             value="≥8万亩|100%",
             explanation="target in 万亩, actual written as a percentage"),
        dict(code="completion_mismatch", kind="line",
             hunks=[("436眼|103.81%", "436眼|101.40%")],
             value="436眼|101.40%",
             explanation="436 / 420 = 103.81%; 101.40% is 436 / 430, last year's target"),
    ],
    # ------------------------------------------------------------------ 五河县 2020 (Anhui), 决策/过程/产出/效益
    "wuhe-farmland-2020": [
        dict(code="score_exceeds_weight", kind="rows",
             hunks=[("工程验收合格率｜10｜10", "工程验收合格率｜8｜10"),
                    ("按期完工率｜8｜5.33", "按期完工率｜10｜5.33")],
             value="工程验收合格率｜8｜10",
             explanation="weights of 质量 and 时效 rows swapped (subtotal 40 unchanged): score 10 above weight 8"),
        dict(code="grade_mismatch", kind="line",
             hunks=[("评价等级为优。项目总投资", "评价等级为良。项目总投资")],
             value="评价等级为良",
             explanation="95.01 is in the 优 band (≥ 90)"),
        dict(code="average_mismatch", kind="line",
             hunks=[("平均474.13公斤", "平均479.25公斤")],
             value="平均479.25公斤",
             explanation="(486.5 + 472.0 + 463.9) / 3 = 474.13; 479.25 is the mean of the first two"),
        dict(code="rate_mismatch", kind="line",
             hunks=[("预算执行率94.62%", "预算执行率94.26%")],
             value="预算执行率94.26%",
             explanation="5279.66 / 5580.00 = 94.62%; stated 94.26%"),
        dict(code="conflicting_values", kind="line",
             hunks=[("项目总投资5580.00万元", "项目总投资5850.00万元")],
             value="项目总投资5850.00万元",
             explanation="全年预算 / 资金合计 / 项目区合计 are 5580.00万元; the conclusion says 5850.00"),
        dict(code="unit_mismatch", kind="line",
             hunks=[("亩均财政投入1550元，较2019年", "亩均财政投入1550万元，较2019年")],
             value="1550万元",
             explanation="亩均 5580.00万元 / 3.60万亩 = 1550元/亩, written as 1550万元 (off by 10^4)"),
    ],
}


def make_value(err_text, spec):
    if isinstance(spec, str):
        return spec
    start_marker, end_marker = spec
    s = err_text.index(start_marker)
    e = err_text.index(end_marker, s) + len(end_marker)
    return err_text[s:e]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, ed in enumerate(EDITS[pid], 1):
            text = clean
            for old, new in ed["hunks"]:
                n = clean.count(old)
                if n != 1:
                    raise SystemExit(f"{pid} e{i}: hunk {old!r} occurs {n} times in the clean draft")
                text = text.replace(old, new, 1)
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            value = make_value(text, ed["value"])
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": ed["code"], "severity": "error", "value": value,
                                         "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")


if __name__ == "__main__":
    main()
