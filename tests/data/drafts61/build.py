#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n61 from the clean drafts.

Pure Python 3, no third-party packages.  Each entry of EDITS is one injected error:
  case      - output file stem (<project>-eN)
  code      - errors.md code (all severity "error")
  edits     - list of (old, new) replacements applied to the clean draft; every `old`
              must occur exactly once in the clean draft.  One pair = one edit inside one
              line; two pairs = two adjacent table rows (score-row edits only).
  value     - the labelled substring, given either as a string or as (start, end) markers:
              the value then runs from the first occurrence of `start` in the error case
              to the end of the first occurrence of `end` after it (used for the sum /
              score-sum / weight-sum codes, where the value spans changed part ... total).
  why       - explanation stored in the label.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "wuan-steelultralow-2019",
    "dongli-vocsozone-2024",
    "yaodu-cleanheating-2018",
    "gaocheng-airgrid-2021",
    "xiaoyi-cokingultralow-2025",
]

EDITS = [
    # ---------------- 武安 2019 (Hebei, steel ultra-low emission) ----------------
    dict(case="wuan-steelultralow-2019-e1", code="rate_mismatch",
         edits=[("执行586.40万元，执行率83.77%", "执行586.40万元，执行率88.37%")],
         value="执行率88.37%",
         why="无组织治理奖补 586.40/700.00 = 83.77%; stated 88.37% (digits retyped)"),
    dict(case="wuan-steelultralow-2019-e2", code="sum_mismatch",
         edits=[("华兴冶金460.00万元", "华兴冶金406.00万元")],
         value=("有组织排放超低改造奖补1380.00万元，其中", "华兴冶金406.00万元"),
         why="520.00 + 406.00 + 400.00 = 1326.00, stated total 1380.00 (460 retyped as 406)"),
    dict(case="wuan-steelultralow-2019-e3", code="unit_mismatch",
         edits=[("省级大气污染防治专项资金480.00万元", "省级大气污染防治专项资金4800000万元")],
         value="4800000万元",
         why="the 省级 480.00万元 written as its 元 figure 4800000 with the unit 万元; 1560.00 + 480.00 = 2040.00 only after rescaling by 10^4"),
    dict(case="wuan-steelultralow-2019-e4", code="year_mismatch",
         edits=[("截至2019年12月31日，上述资金", "截至2018年12月31日，上述资金")],
         value="截至2018年12月31日",
         why="2019 report: the 到位 cut-off date names 2018 (last year's sentence left in); 2019年7月 追加 money cannot be in place by 2018-12-31"),
    dict(case="wuan-steelultralow-2019-e5", code="score_sum_mismatch",
         edits=[("| 17天 | 3 | 2.65 |", "| 17天 | 3 | 3 |")],
         value=("17天 | 3 | 3 |", "| 总分 | | | | | 100 | 98.07"),
         why="重污染天数 score raised from 2.65 to 3 without changing the total: rows now sum to 98.42, stated 98.07 (text also 98.07, 效益 29.17)"),
    dict(case="wuan-steelultralow-2019-e6", code="grade_mismatch",
         edits=[("自评等级为“优”", "自评等级为“良”")],
         value="自评等级为“良”",
         why="total 98.07 is in the 优 band (>= 90)"),

    # ---------------- 东丽 2024 (Tianjin, VOCs / ozone) ----------------
    dict(case="dongli-vocsozone-2024-e1", code="balance_mismatch",
         edits=[("结余21.02万元", "结余22.02万元")],
         value="结余22.02万元",
         why="484.00 - 462.98 = 21.02"),
    dict(case="dongli-vocsozone-2024-e2", code="weight_sum_mismatch",
         edits=[("| 176微克/立方米 | 96.59% | 5 | 4.83 |", "| 176微克/立方米 | 96.59% | 6 | 4.83 |")],
         value=("6 | 4.83 |", "| 总分 | | | | | | 100"),
         why="臭氧 row weight changed 5 -> 6: weights now 10 + 50 + 31 + 10 = 101, stated 100"),
    dict(case="dongli-vocsozone-2024-e3", code="average_mismatch",
         edits=[("平均每季度13次", "平均每季度12次")],
         value="平均每季度12次",
         why="(10 + 16 + 17 + 9) / 4 = 13; 12 is the target 48 / 4"),
    dict(case="dongli-vocsozone-2024-e4", code="completion_mismatch",
         edits=[("| 95.80% | 106.44% |", "| 95.80% | 95.80% |")],
         value="≥90% | 95.80% | 95.80%",
         why="completion = 95.80 / 90 = 106.44%; the actual value was copied into the 完成率 cell"),
    dict(case="dongli-vocsozone-2024-e5", code="implausible_rate",
         edits=[("| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
                 "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | — |")],
         value="上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00%",
         why="execution rate 100.00% printed on a zero budget (上年结转 0.00)"),
    dict(case="dongli-vocsozone-2024-e6", code="conflicting_values",
         edits=[("重点行业VOCs减排量287.6吨", "重点行业VOCs减排量278.6吨")],
         value="278.6吨",
         why="the text gives 278.6吨, the 自评表 287.6吨 (completion 110.62% = 287.6/260) for the same VOCs reduction"),

    # ---------------- 尧都 2018 (Shanxi, clean heating) ----------------
    dict(case="yaodu-cleanheating-2018-e1", code="rate_mismatch",
         edits=[("(7)=(4)/(2) | 85.58 | 85.58 | 100 | 86.74", "(7)=(4)/(2) | 85.58 | 85.58 | 100 | 87.64")],
         value="(7)=(4)/(2) | 85.58 | 85.58 | 100 | 87.64",
         why="省级 执行率 = 1318.40 / 1520.00 = 86.74%; stated 87.64"),
    dict(case="yaodu-cleanheating-2018-e2", code="sum_mismatch",
         edits=[("散煤市场监管286.80万元", "散煤市场监管268.80万元")],
         value=("全年执行5237.64万元，其中", "散煤市场监管268.80万元"),
         why="2195.64 + 2755.20 + 268.80 = 5219.64, stated 5237.64"),
    dict(case="yaodu-cleanheating-2018-e3", code="score_exceeds_weight",
         edits=[("| 95.67% | 11.48 |", "| 95.67% | 11.08 |"),
                ("| 64个 | 106.67% | 6 |", "| 64个 | 106.67% | 6.40 |")],
         value="64个 | 106.67% | 6.40",
         why="取缔散煤经营点 scored 6.40 (6 x 106.67%) above its weight 6; 煤改气 lowered to 11.08 so the total still reads 96.14"),
    dict(case="yaodu-cleanheating-2018-e4", code="completion_mismatch",
         edits=[("| 11480户 | 95.67% |", "| 11480户 | 104.53% |")],
         value="11480户 | 104.53%",
         why="completion = 11480 / 12000 = 95.67%; 104.53% is the ratio inverted (12000 / 11480)"),
    dict(case="yaodu-cleanheating-2018-e5", code="year_mismatch",
         edits=[("评价年度：2018年度", "评价年度：2017年度")],
         value="评价年度：2017年度",
         why="the 2018 report's 自评表 header names 2017 (last year's table reused)"),
    dict(case="yaodu-cleanheating-2018-e6", code="conflicting_values",
         edits=[("全年完成煤改电8132户、煤改气11480户", "全年完成煤改电8132户、煤改气11840户")],
         value="煤改气11840户",
         why="概况 gives 11840户, the rest of the report 11480户 (2755.20万元 = 11480 x 2400元, 完成率 95.67%)"),

    # ---------------- 藁城 2021 (Hebei, township air stations + grid) ----------------
    dict(case="gaocheng-airgrid-2021-e1", code="balance_mismatch",
         edits=[("结余39.82万元", "结余38.92万元")],
         value="结余38.92万元",
         why="286.00 - 246.18 = 39.82"),
    dict(case="gaocheng-airgrid-2021-e2", code="score_sum_mismatch",
         edits=[("| 14天 | 6 | 5.14 |", "| 14天 | 6 | 5.41 |")],
         value=("14天 | 6 | 5.41", "| 总分 | | | | | 100 | 97.87"),
         why="重污染天数 row score retyped 5.41 (for 5.14): scores now sum to 98.14, stated 97.87 (text also 97.87, 效益 29.14)"),
    dict(case="gaocheng-airgrid-2021-e3", code="weight_sum_mismatch",
         edits=[("| 下降15.29% | 6 | 6 |", "| 下降15.29% | 8 | 6 |")],
         value=("下降15.29% | 8 | 6", "| 总分 | | | | | 100"),
         why="涉气信访投诉 row weight 6 -> 8: weights now 10 + 60 + 32 = 102, stated 100"),
    dict(case="gaocheng-airgrid-2021-e4", code="average_mismatch",
         edits=[("95.8%、98.3%，平均97.1%", "93.8%、98.3%，平均97.1%")],
         value="93.8%、98.3%，平均97.1%",
         why="(96.4 + 97.9 + 93.8 + 98.3) / 4 = 96.6, stated average 97.1"),
    dict(case="gaocheng-airgrid-2021-e5", code="implausible_rate",
         edits=[("已联网57家，联网率100%", "已联网59家，联网率103.51%")],
         value="已联网59家，联网率103.51%",
         why="59 of 57 units connected: 103.51% is arithmetically 59/57 but a coverage rate cannot exceed 100%"),
    dict(case="gaocheng-airgrid-2021-e6", code="unit_mismatch",
         edits=[("| ≥230天 | 241天 |", "| ≥230天 | 66.03% |")],
         value="≥230天 | 66.03%",
         why="target in days, actual given as the ratio 66.03%: completion cannot be computed"),

    # ---------------- 孝义 2025 (Shanxi, coking ultra-low emission) ----------------
    dict(case="xiaoyi-cokingultralow-2025-e1", code="grade_mismatch",
         edits=[("自评等级：优", "自评等级：良")],
         value="自评等级：良",
         why="total 99.04 is in the 优 band"),
    dict(case="xiaoyi-cokingultralow-2025-e2", code="score_exceeds_weight",
         edits=[("| 73微克/立方米 | 5 | 4.79 |", "| 73微克/立方米 | 5 | 4.68 |"),
                ("| 71.51% | 5 | 5 |", "| 71.51% | 5 | 5.11 |")],
         value="71.51% | 5 | 5.11",
         why="优良天数比例 scored 5.11 (5 x 71.51/70) above its weight 5; PM10 lowered to 4.68 so the total still reads 99.04"),
    dict(case="xiaoyi-cokingultralow-2025-e3", code="unit_mismatch",
         edits=[("上年结转资金３８０．００万元。", "上年结转资金３８０．００亿元。")],
         value="上年结转资金３８０．００亿元",
         why="1840.00万元 = 1460.00万元 + 380.00万元; the carry-over is written in 亿元 (off by 10^4)"),
    dict(case="xiaoyi-cokingultralow-2025-e4", code="rate_mismatch",
         edits=[("| 1402.36 | — | 96.05% |", "| 1402.36 | — | 76.21% |")],
         value="1402.36 | — | 76.21%",
         why="当年财政拨款 1402.36 / 1460.00 = 96.05%; 76.21% divides by the total 1840.00 (wrong base)"),
    dict(case="xiaoyi-cokingultralow-2025-e5", code="sum_mismatch",
         edits=[("汾源焦化280.00万元", "汾源焦化208.00万元")],
         value=("焦化企业超低排放改造奖补1200.00万元，其中", "汾源焦化208.00万元"),
         why="360.00 + 320.00 + 208.00 + 240.00 = 1128.00, stated 1200.00"),
    dict(case="xiaoyi-cokingultralow-2025-e6", code="conflicting_values",
         edits=[("PM2.5年均浓度３９微克/立方米，优良天数比例", "PM2.5年均浓度３７微克/立方米，优良天数比例")],
         value="PM2.5年均浓度３７微克/立方米",
         why="the conclusion gives PM2.5 37, the body and the table 39微克/立方米 for the same 2025 annual mean"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def apply(clean, edits):
    text = clean
    for old, new in edits:
        n = clean.count(old)
        if n != 1:
            raise SystemExit(f"edit anchor occurs {n} times in clean draft: {old!r}")
        text = text.replace(old, new, 1)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"value start marker not found: {start!r}")
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"value end marker not found: {end!r}")
    return text[i:j + len(end)]


def main():
    labels = []
    for proj in PROJECTS:
        read(f"{proj}-clean.txt")
        labels.append({"case": f"{proj}-clean.txt", "source": proj, "clean": True, "expected": []})
        for e in [x for x in EDITS if x["case"].startswith(proj + "-e")]:
            clean = read(f"{proj}-clean.txt")
            text = apply(clean, e["edits"])
            with open(os.path.join(CASES, e["case"] + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": e["case"] + ".txt", "source": proj, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error",
                                         "value": resolve_value(text, e["value"]),
                                         "explanation": e["why"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
