#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each edit below is applied to cases/<source>-clean.txt and written to cases/<source>-eN.txt.
  old / new : the replaced text (old must occur exactly once in the clean draft)
  rows      : True when the edit touches two adjacent table rows (score-row edits)
  value     : a literal, or ("span", start, end): the text of the error case from the first
              occurrence of `start` to the end of the first `end` after it
Pure Python 3, no third-party modules.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ninghua-agriindustry-2021",
    "pingnan-villagecollective-2023",
    "suichuan-camellia-2022",
    "lean-ruraltourism-2024",
    "luxi-ethnicvillage-2023",
    "chengbu-ricefish-2025",
]

EDITS = {
    "ninghua-agriindustry-2021": [
        dict(code="sum_mismatch",
             old="｜中央（第二批）｜186.00", new="｜中央（第二批）｜168.00",
             value=("span", "168.00", "合计｜｜｜｜915.00"),
             explanation="batch table (表2): 420.00 + 168.00 + 100.00 + 96.50 + 60.00 + 52.50 = 897.00, "
                         "stated 合计 915.00 (the 186.00 second central batch retyped as 168.00)"),
        dict(code="unit_mismatch",
             old="实际贴息111.72万元", new="实际贴息1117200万元",
             value="1117200万元",
             explanation="a 元 figure (1,117,200元 = 111.72万元) labelled 万元; with it 126.30 - 贴息 = 14.58 "
                         "(the stated 结余) only after rescaling by 10^4"),
        dict(code="completion_mismatch",
             old="840亩｜107.69%", new="840亩｜107.96%",
             value="840亩｜107.96%",
             explanation="840 / 780 = 107.69%, stated 107.96% (digits transposed)"),
        dict(code="score_sum_mismatch",
             old="97.15%｜6｜5.83｜", new="97.15%｜6｜5.38｜",
             value=("span", "5.38｜部分农户", "总分｜｜｜｜｜｜100｜99.27"),
             explanation="贴息户数 row score edited 5.83 -> 5.38 without the total: 9.84 + 49.38 + 29.60 + 10 = "
                         "98.82, stated 总分 99.27"),
        dict(code="year_mismatch",
             old="截至2021年12月31日", new="截至2020年12月31日",
             value="截至2020年12月31日",
             explanation="2021 report: the spending figure 900.42万元 is dated 截至2020年12月31日 "
                         "(last year's sentence left in); must name the evaluation year 2021"),
    ],
    "pingnan-villagecollective-2023": [
        dict(code="average_mismatch",
             old="村均15.84万元", new="村均15.48万元",
             value="村均15.48万元",
             explanation="表3: 2023 incomes of the 9 villages sum to 142.60, mean 15.84; stated 15.48"),
        dict(code="conflicting_values",
             old="带动脱贫户、监测户1,556户", new="带动脱贫户、监测户1,565户",
             value="1,565户",
             explanation="联农带农 households are 1,556 in the overview (1,104 + 452) and in the 自评表 (1556户); "
                         "the benefit paragraph says 1,565"),
        dict(code="balance_mismatch",
             old="年末结转资金113.60万元", new="年末结转资金131.60万元",
             value="结转资金131.60万元",
             explanation="到位 1,286.00 - 支出 1,172.40 = 113.60 (also 36.00 + 9.60 + 68.00 unpaid in 表1), stated 131.60"),
        dict(code="grade_mismatch",
             old="评价等级为“良好”", new="评价等级为“优秀”",
             value="评价等级为“优秀”",
             explanation="total 89.03 is in the 良 band (80 <= s < 90), stated 优秀"),
        dict(code="weight_sum_mismatch",
             old="412人次\t5\t4.58", new="412人次\t6\t4.58",
             value=("span", "412人次\t6", "总分\t\t\t\t\t100"),
             explanation="雨露计划 weight raised 5 -> 6 without rebalancing: 产出 weights 51, all 分值 "
                         "10 + 51 + 30 + 10 = 101, stated 总分 100"),
    ],
    "suichuan-camellia-2022": [
        dict(code="rate_mismatch",
             old="全年实际支出634.60万元，预算执行率94.89%", new="全年实际支出634.60万元，预算执行率94.59%",
             value="预算执行率94.59%",
             explanation="634.60 / 668.80 = 94.89%; 94.59% is the 当年财政拨款 rate (597.80 / 632.00) "
                         "put on the whole-year figures"),
        dict(code="implausible_rate",
             old="保存面积1,008亩，保存率96.00%", new="保存面积1,080亩，保存率102.86%",
             value="1,080亩，保存率102.86%",
             explanation="area kept (1,080) larger than the 1,050亩 planted: 保存率 102.86% is above 100% "
                         "(arithmetic itself right)"),
        dict(code="score_exceeds_weight", rows=True,
             old="3,000亩｜8｜8｜群众改造意愿强，目标设置偏低\n产出指标｜数量指标｜新修油茶林道｜≥8公里｜8.5公里｜6｜6｜",
             new="3,000亩｜8｜8.89｜群众改造意愿强，目标设置偏低\n产出指标｜数量指标｜新修油茶林道｜≥8公里｜8.5公里｜6｜5.11｜",
             value="3,000亩｜8｜8.89",
             explanation="低产林改造 scored 8 x 3000/2700 = 8.89 above its weight 8 (林道 row lowered to 5.11 "
                         "so the total still reads 94.85)"),
        dict(code="unit_mismatch",
             old="≥8公里｜8.5公里", new="≥8公里｜106.25%",
             value="≥8公里｜106.25%",
             explanation="target in 公里, actual written as a completion percentage (8.5/8)"),
    ],
    "lean-ruraltourism-2024": [
        dict(code="conflicting_values",
             old="带动当地群众就业138人，接待游客", new="带动当地群众就业183人，接待游客",
             value="就业183人",
             explanation="employment is 138人 in 效益 text and in the 自评表 (≥120人 | 138人); overview says 183"),
        dict(code="year_mismatch",
             old="结转至2025年使用", new="结转至2024年使用",
             value="结转至2024年",
             explanation="2024 report: unspent 2024 money carried over 'to 2024' (must be a later year)"),
        dict(code="score_sum_mismatch",
             old="效益指标29.36分", new="效益指标29.63分",
             value=("span", "98.10分，其中预算执行", "效益指标29.63分"),
             explanation="listed parts 9.49 + 49.25 + 29.63 + 10 = 98.37, stated total 98.10 "
                         "(table rows give 效益 29.36)"),
        dict(code="rate_mismatch",
             old="支付率88.04%", new="支付率88.40%",
             value="支付率88.40%",
             explanation="164.20 / 186.50 = 88.04%, stated 88.40%"),
        dict(code="unit_mismatch",
             old="设计及监理费8.16万元", new="设计及监理费81600万元",
             value="81600万元",
             explanation="a 元 figure (81,600元 = 8.16万元) labelled 万元: 162.30 + 81600 + 16.04 != 186.50, "
                         "reconciled exactly by rescaling 10^4"),
    ],
    "luxi-ethnicvillage-2023": [
        dict(code="balance_mismatch",
             old="结余43.14万元", new="结余43.41万元",
             value="结余43.41万元",
             explanation="到位 451.00 - 支出 407.86 = 43.14, stated 43.41"),
        dict(code="sum_mismatch",
             old="省级衔接资金86.00万元", new="省级衔接资金68.00万元",
             value=("span", "451.00万元，其中：中央衔接资金", "省级衔接资金68.00万元"),
             explanation="325.00 + 68.00 + 40.00 = 433.00, stated total 451.00 (86.00 retyped as 68.00)"),
        dict(code="grade_mismatch",
             old="评价等级为“优秀”", new="评价等级为“良好”",
             value="评价等级为“良好”",
             explanation="total 90.00 is in the 优 band (90 inclusive), stated 良好"),
        dict(code="completion_mismatch",
             old="完成率107.14%", new="完成率107.41%",
             value="45户，完成率107.41%",
             explanation="45 / 42 = 107.14%, stated 107.41%"),
        dict(code="implausible_rate",
             old="上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", new="上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
             value="上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
             explanation="execution rate 100% printed on a zero base (上年结转 0.00 / 0.00), copied down the column"),
    ],
    "chengbu-ricefish-2025": [
        dict(code="weight_sum_mismatch",
             old="365人次\t4\t3.65", new="365人次\t5\t3.65",
             value=("span", "产出指标\t\t\t\t\t50\t48.65", "365人次\t5"),
             explanation="培训 weight raised 4 -> 5: 产出 third-level weights sum to 51 against the 一级 50"),
        dict(code="score_exceeds_weight", rows=True,
             old="860元\t8\t8\t\n\t经济效益指标\t带动脱贫户户均增收\t≥1,200元\t1,150元\t8\t7.67",
             new="860元\t8\t8.60\t\n\t经济效益指标\t带动脱贫户户均增收\t≥1,200元\t1,150元\t8\t7.07",
             value="860元\t8\t8.60",
             explanation="亩均增收 scored 8 x 860/800 = 8.60 above its weight 8 (next row lowered to 7.07 so "
                         "效益 still reads 29.67)"),
        dict(code="average_mismatch",
             old="平均41.1公斤", new="平均43.1公斤",
             value="平均43.1公斤",
             explanation="(41.2 + 38.6 + 43.5) / 3 = 41.1, stated 43.1"),
        dict(code="rate_mismatch",
             old="到位率96.11%", new="到位率93.83%",
             value="到位率93.83%",
             explanation="到位 371.00 / 预算 386.00 = 96.11%; 93.83% is the execution rate copied into 到位率"),
    ],
}


def edit_regions(old, new):
    """Changed parts of old and new after removing the common prefix and suffix."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return old[p:len(old) - s], new[p:len(new) - s]


def check_size(old, new, rows):
    if not rows:
        d, i = edit_regions(old, new)
        assert "\n" not in d and "\n" not in i, "edit crosses a line"
        assert max(len(d), len(i)) <= 16, f"edit too large: {d!r} -> {i!r}"
    else:
        ol, nl = old.split("\n"), new.split("\n")
        assert len(ol) == len(nl) <= 2, "row edit spans more than two rows"
        for a, b in zip(ol, nl):
            d, i = edit_regions(a, b)
            assert max(len(d), len(i)) <= 16, f"row edit too large: {d!r} -> {i!r}"


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    _, start, end = spec
    s = text.find(start)
    assert s >= 0, f"value start {start!r} not found"
    e = text.find(end, s)
    assert e >= 0, f"value end {end!r} not found"
    return text[s:e + len(end)]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for n, ed in enumerate(EDITS[src], 1):
            old, new = ed["old"], ed["new"]
            assert clean.count(old) == 1, f"{src} e{n}: old text occurs {clean.count(old)} times"
            check_size(old, new, ed.get("rows", False))
            text = clean.replace(old, new)
            value = resolve_value(text, ed["value"])
            assert text.count(value) == 1, f"{src} e{n}: value occurs {text.count(value)} times in case"
            assert value not in clean, f"{src} e{n}: value occurs in the clean draft"
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": ed["code"], "severity": "error", "value": value,
                                         "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases ({len(SOURCES)} clean)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
