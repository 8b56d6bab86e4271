#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n40 from the clean drafts.

Each entry of EDITS names one error case: the clean draft it comes from, the error code,
the edits (old -> new; `old` must occur exactly once in the text), the labelled value
(a literal, or ("span", start, end): from the unique `start` to the first `end` after it,
read in the error case) and an explanation.  Pure Python 3, no third-party modules.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "keshan-cornsoy-2022",
    "huaxian-farmland-2021",
    "nongan-deptwhole-2024",
    "changtu-deeptillage-2019",
    "molidawa-landsubsidy-2023",
]

EDITS = {
    # ---------------- 黑龙江 克山县 玉米和大豆生产者补贴 2022 ----------------
    "keshan-cornsoy-2022": [
        dict(code="rate_mismatch",
             edits=[("预算执行率99.87%", "预算执行率99.89%")],
             value="预算执行率99.89%",
             explanation="289,712,486.40 / 290,100,000.00 = 99.87%; 99.89% is the paid amount over the "
                         "payable 290,026,205.64 (wrong base), not over the budget"),
        dict(code="sum_mismatch",
             edits=[("、8.62万亩、", "、8.26万亩、")],
             value=("span", "86.54万亩中，克山镇", "8.26万亩"),
             explanation="the twelve township soybean areas now add to 86.18万亩, stated total 86.54万亩 "
                         "(北兴镇 8.62 retyped as 8.26)"),
        dict(code="unit_mismatch",
             edits=[("补贴313,719.24元，其中", "补贴313,719.24万元，其中")],
             value="313,719.24万元",
             explanation="a 元 figure labelled 万元: 162,965.28 + 150,753.96 = 313,719.24元 and "
                         "387,513.60 − 73,794.36 = 313,719.24元; off by 10^4"),
        dict(code="average_mismatch",
             edits=[("三个片区平均1,279斤", "三个片区平均1,297斤")],
             value="三个片区平均1,297斤",
             explanation="(1,318 + 1,276 + 1,243) / 3 = 1,279斤, stated 1,297斤"),
        dict(code="score_sum_mismatch",
             edits=[("96.85%｜10｜10｜", "96.85%｜10｜9｜")],
             value=("span", "96.85%｜10｜9｜", "｜100｜99.63"),
             explanation="知晓率 row re-scored 9 without changing the total: rows now add to 98.63, "
                         "stated 总分 99.63 (and 效益 29.65 in the text)"),
        dict(code="year_mismatch",
             edits=[("截至2022年12月31日", "截至2021年12月31日")],
             value="截至2021年12月31日",
             explanation="payments of the 2022 subsidy (started 2022年11月18日) reported as of 2021-12-31; "
                         "the evaluation year is 2022"),
    ],
    # ---------------- 河南 滑县 高标准农田建设 2021 ----------------
    "huaxian-farmland-2021": [
        dict(code="balance_mismatch",
             edits=[("年末结余1,463.52万元", "年末结余1,436.52万元")],
             value="结余1,436.52万元",
             explanation="到位 14,700.00 − 支出 13,236.48 = 1,463.52万元, stated 1,436.52万元"),
        dict(code="conflicting_values",
             edits=[("修建田间道路132.6公里，架设", "修建田间道路123.6公里，架设")],
             value="田间道路123.6公里",
             explanation="the same road length is 132.6公里 in 项目概况, 123.6公里 in the output analysis"),
        dict(code="completion_mismatch",
             edits=[("2.91万户｜103.93%", "2.91万户｜96.22%")],
             value="2.91万户｜96.22%",
             explanation="2.91 / 2.8 = 103.93%; 96.22% is 2.8 / 2.91 (ratio inverted)"),
        dict(code="weight_sum_mismatch",
             edits=[("1,260眼｜105.00%｜5｜5", "1,260眼｜105.00%｜10｜5")],
             value=("span", "105.00%｜10｜5", "｜｜｜｜｜｜100"),
             explanation="新打机井 weight typed 10 instead of 5: weights now add to 105 (产出 55), "
                         "stated 合计 100"),
        dict(code="grade_mismatch",
             edits=[("评价等级为“优秀”", "评价等级为“良好”")],
             value="评价等级为“良好”",
             explanation="97.22分 is in the 优 band (≥90)"),
        dict(code="unit_mismatch",
             edits=[("≥15%｜12.60%｜84.00%", "≥15%｜26.46立方米｜84.00%")],
             value="26.46立方米",
             explanation="target is a percentage reduction (≥15%), actual written as the absolute "
                         "reduction 210 − 183.54 = 26.46立方米: units differ"),
    ],
    # ---------------- 吉林 农安县 农业农村局 部门整体 2024 ----------------
    "nongan-deptwhole-2024": [
        dict(code="sum_mismatch",
             edits=[("3.86｜60.31%｜4.62", "3.86｜60.31%｜4.26")],
             value=("span", "4.26\n合计", "80.66%｜31.74"),
             explanation="2023 三公 column: 0.00 + 0.00 + 27.12 + 4.26 = 31.38, stated 合计 31.74 "
                         "(公务接待费 4.62 retyped as 4.26)"),
        dict(code="rate_mismatch",
             edits=[("24.37｜85.21%", "24.37｜86.33%")],
             value="24.37｜86.33%",
             explanation="公务用车运行维护费 24.37 / 28.60 = 85.21%; 86.33% is 24.37 / 28.23 "
                         "(share of total 三公 spending, wrong base)"),
        dict(code="implausible_rate",
             edits=[("因公出国（境）费｜0.00｜0.00｜—", "因公出国（境）费｜0.00｜0.00｜100.00%")],
             value="因公出国（境）费｜0.00｜0.00｜100.00%",
             explanation="execution rate 100.00% on a zero budget (0.00 / 0.00): undefined, should be —"),
        dict(code="score_exceeds_weight",
             edits=[("健全｜健全｜6｜6", "健全｜健全｜7｜6"),
                    ("个别资产账实不符｜6｜5.5", "个别资产账实不符｜5｜5.5")],
             value="个别资产账实不符｜5｜5.5",
             explanation="one weight point moved from 资产管理规范性 to the row above: score 5.5 now "
                         "exceeds its weight 5 (weights still 100, scores still 98.76)"),
        dict(code="conflicting_values",
             edits=[("培训高素质农民1,236人", "培训高素质农民1,263人")],
             value="培训高素质农民1,263人",
             explanation="the text gives 1,263 trained farmers, the table 1,236人 for the same indicator"),
        dict(code="year_mismatch",
             edits=[("评价年度：2024年", "评价年度：2023年")],
             value="评价年度：2023年",
             explanation="the table header names 2023 (last year's template left in) in the 2024 "
                         "department report"),
    ],
    # ---------------- 辽宁 昌图县 农机深松整地 2019 ----------------
    "changtu-deeptillage-2019": [
        dict(code="average_mismatch",
             edits=[("平均每个乡镇完成4.20万亩", "平均每个乡镇完成4.02万亩")],
             value="平均每个乡镇完成4.02万亩",
             explanation="(5.82 + 4.96 + 4.37 + 4.15 + 3.88 + 3.64 + 3.51 + 3.27) / 8 = 4.20万亩, stated 4.02"),
        dict(code="completion_mismatch",
             edits=[("完成年度任务的87.93%", "完成年度任务的87.39%")],
             value="完成年度任务的87.39%",
             explanation="48.36 / 55 = 87.93%, stated 87.39%"),
        dict(code="score_sum_mismatch",
             edits=[("85.4%｜10｜9.49", "85.4%｜10｜9.94")],
             value=("span", "85.4%｜10｜9.94", "｜100｜89.78"),
             explanation="满意度 score retyped 9.94 without the total: rows add to 90.23, stated 89.78"),
        dict(code="implausible_rate",
             edits=[("上年结转资金｜0.00｜0.00｜0.00｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%")],
             value="上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%",
             explanation="execution rate 100.00% on a zero carry-over budget (0.00 / 0.00)"),
        dict(code="balance_mismatch",
             edits=[("年末结余166.00万元", "年末结余178.00万元")],
             value="结余178.00万元",
             explanation="1,387.00 − 1,221.00 = 166.00万元; 178.00 = 1,387.00 − 1,209.00 leaves out the "
                         "12.00万元 county work funds spent"),
        dict(code="grade_mismatch",
             edits=[("评价等级为“良”", "评价等级为“优”")],
             value="评价等级为“优”",
             explanation="89.78分 is below 90: band 良 (the table still says 良)"),
    ],
    # ---------------- 内蒙古 莫力达瓦旗 耕地地力保护补贴 2023 ----------------
    "molidawa-landsubsidy-2023": [
        dict(code="weight_sum_mismatch",
             edits=[("142.6万亩｜10｜9.51", "142.6万亩｜15｜9.51")],
             value=("span", "142.6万亩｜15｜9.51", "｜｜｜｜｜100"),
             explanation="秸秆还田 weight 15: weights add to 105 (效益 30 against the stated 25), stated 合计 100"),
        dict(code="score_exceeds_weight",
             edits=[("142.6万亩｜10｜9.51", "142.6万亩｜5｜9.51"),
                    ("4.42等｜5｜5", "4.42等｜10｜5")],
             value="142.6万亩｜5｜9.51",
             explanation="weights of two adjacent rows swapped: 秸秆还田 score 9.51 above its weight 5 "
                         "(weight and score totals unchanged)"),
        dict(code="rate_mismatch",
             edits=[("占应兑付额的99.93%", "占应兑付额的99.90%")],
             value="占应兑付额的99.90%",
             explanation="193,412,571.60 / 193,544,833.40 = 99.93%; 99.90% is the rate on the budget "
                         "193,600,000.00 (wrong base)"),
        dict(code="unit_mismatch",
             edits=[("万元（1.5亿元）", "万元（1.5万元）")],
             value="（1.5万元）",
             explanation="the bracketed restatement of the 15,000.00万元 advance should read 1.5亿元; "
                         "written 1.5万元 it is off by 10^4"),
        dict(code="conflicting_values",
             edits=[("全旗612.48万亩补贴面积", "全旗621.48万亩补贴面积")],
             value="全旗621.48万亩",
             explanation="subsidy area 612.48万亩 (6,124,836.5亩) in 概况 and table, 621.48万亩 in the "
                         "output analysis"),
        dict(code="sum_mismatch",
             edits=[("下达4,360.00万元", "下达4,630.00万元")],
             value=("span", "19,360.00万元（193,600,000.00元", "下达4,630.00万元"),
             explanation="15,000.00 + 4,630.00 = 19,630.00 ≠ stated 全年预算 19,360.00万元"),
    ],
}

MAX_EDIT = 16


def changed_span(old, new):
    """Size (chars) of the differing middle part of old/new after stripping common ends."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return old[p:len(old) - s], new[p:len(new) - s]


def apply(text, edits):
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit(f"edit anchor occurs {n} times: {old!r}")
        a, b = changed_span(old, new)
        if max(len(a), len(b)) > MAX_EDIT or "\n" in a or "\n" in b:
            raise SystemExit(f"edit too large: {old!r} -> {new!r}")
        text = text.replace(old, new)
    return text


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    _, start, end = spec
    if text.count(start) != 1:
        raise SystemExit(f"value start not unique: {start!r}")
    i = text.index(start)
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"value end not found: {end!r}")
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for k, e in enumerate(EDITS[pid], 1):
            text = apply(clean, e["edits"])
            value = resolve_value(text, e["value"])
            name = f"{pid}-e{k}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": value,
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
