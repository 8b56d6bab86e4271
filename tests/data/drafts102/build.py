#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n102 from the clean drafts.

Each edit replaces one unique string `old` of the clean draft by `new` (the two differ in one
contiguous run of at most 16 characters, or in two adjacent table rows for score-row edits).
The label value is either a literal string or ("span", start, end): the text of the error case
from the first occurrence of `start` to the end of the first `end` that follows it.
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sn-baishui-hailrain-2022",
    "ha-warningcenter-2023",
    "sd-weifang-xiashanrain-2019",
    "ha-lushi-tobaccohail-2020",
    "sn-yanan-meteodept-2024",
]

# (project, n, code, old, new, value, explanation, two_rows)
EDITS = [
    # ---- P1 白水县 人工防雹增雨 2022 ----
    ("sn-baishui-hailrain-2022", 1, "sum_mismatch",
     "装备年检维修15.20万元", "装备年检维修15.02万元",
     "63.13万元，其中作业点标准化改造37.50万元、装备年检维修15.02万元",
     "37.50 + 15.02 + 10.43 = 62.95, stated total 63.13 (15.20 retyped as 15.02)", False),
    ("sn-baishui-hailrain-2022", 2, "unit_mismatch",
     "共计33600元", "共计33600万元",
     "共计33600万元",
     "42人×800元 = 33600元 = 3.36万元 (item ③); the 元 figure is labelled 万元, off by 10^4", False),
    ("sn-baishui-hailrain-2022", 3, "completion_mismatch",
     "指标完成率98.17%", "指标完成率98.71%",
     "指标完成率98.71%",
     "作业响应及时率 93.26% against target ≥95%: 93.26/95 = 98.17%, stated 98.71%", False),
    ("sn-baishui-hailrain-2022", 4, "score_sum_mismatch",
     "0.74亿立方米 10 9.25", "0.74亿立方米 10 9.52",
     ("span", "0.74亿立方米 10 9.52", "总分 100 98.72"),
     "row scores (incl. execution 9.65) now add up to 98.99 after 增雨量 9.25 was retyped 9.52; 总分 still 98.72", False),
    ("sn-baishui-hailrain-2022", 5, "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "spending of the 2022 budget reported as of 31 Dec 2021 (evaluation year 2022)", False),
    ("sn-baishui-hailrain-2022", 6, "average_mismatch",
     "月均作业14.83次", "月均作业12.71次",
     "月均作业12.71次",
     "(8+11+19+24+17+10)/6 = 89/6 = 14.83; 12.71 is 89 divided by 7 months", False),

    # ---- P2 河南省预警信息发布中心 2023 ----
    ("ha-warningcenter-2023", 1, "rate_mismatch",
     "支出537.06万元，执行率86.62%", "支出537.06万元，执行率95.90%",
     "执行率95.90%",
     "当年财政拨款 537.06/620.00 = 86.62%; 95.90% is 537.06 over the 年初预算 560.00", False),
    ("ha-warningcenter-2023", 2, "conflicting_values",
     "全年发布预警信息13652条，暴雨", "全年发布预警信息13562条，暴雨",
     "全年发布预警信息13562条",
     "the same count is 13652条 in section 四 and in the table (and the four types add up to 13652)", False),
    ("ha-warningcenter-2023", 3, "implausible_rate",
     "其他资金 0.00 0.00 0.00 — — —", "其他资金 0.00 0.00 0.00 — 100% —",
     "其他资金 0.00 0.00 0.00 — 100%",
     "execution rate 100% printed for 其他资金 whose budget and spending are 0.00 (rate on a zero base)", False),
    ("ha-warningcenter-2023", 4, "weight_sum_mismatch",
     "时效15分", "时效20分",
     "产出指标50分（数量15分、质量10分、时效20分",
     "second-level weights 15 + 10 + 20 + 10 = 55 ≠ 产出 50 (table: 时效 rows 10 + 5 = 15)", False),
    ("ha-warningcenter-2023", 5, "grade_mismatch",
     '评价等级为"优"', '评价等级为"良"',
     '评价等级为"良"',
     "total 95.82 lies in the 优 band (≥90); 良 is last year's grade", False),
    ("ha-warningcenter-2023", 6, "balance_mismatch",
     "年末结余82.94万元", "年末结余92.94万元",
     "结余92.94万元",
     "655.80 − 572.86 = 82.94", False),

    # ---- P3 潍坊 峡山水库人工增雨 2019 ----
    ("sd-weifang-xiashanrain-2019", 1, "sum_mismatch",
     "作业人员补助及保险38.60万元", "作业人员补助及保险36.80万元",
     "386.72万元，其中飞机增雨作业130.20万元、地面火箭作业166.40万元、焰条购置10.80万元、作业人员补助及保险36.80万元",
     "130.20 + 166.40 + 10.80 + 36.80 + 40.72 = 384.92, stated 386.72 (38.60 retyped as 36.80)", False),
    ("sd-weifang-xiashanrain-2019", 2, "balance_mismatch",
     "项目资金结余13.28万元", "项目资金结余14.28万元",
     "结余14.28万元",
     "400.00 − 386.72 = 13.28 (table row (5) also 13.28)", False),
    ("sd-weifang-xiashanrain-2019", 3, "completion_mismatch",
     "1.86亿立方米 93.00%", "1.86亿立方米 107.53%",
     "1.86亿立方米 107.53%",
     "≥2.0 target, actual 1.86: completion 93.00%; 107.53% is target/actual (formula inverted)", False),
    ("sd-weifang-xiashanrain-2019", 4, "score_exceeds_weight",
     "46.5小时 103.33% 7 7\n地面火箭作业次数 ≥60次 64次 106.67% 8 8",
     "46.5小时 103.33% 7 8\n地面火箭作业次数 ≥60次 64次 106.67% 8 7",
     "46.5小时 103.33% 7 8",
     "飞行时长 row: score 8 above its weight 7 (scores of two adjacent rows swapped, total unchanged)", True),
    ("sd-weifang-xiashanrain-2019", 5, "average_mismatch",
     "平均每次过程增雨0.465亿立方米", "平均每次过程增雨0.62亿立方米",
     "平均每次过程增雨0.62亿立方米",
     "(0.42+0.58+0.51+0.35)/4 = 0.465; 0.62 is 1.86 divided by 3", False),
    ("sd-weifang-xiashanrain-2019", 6, "unit_mismatch",
     "≥0.30亿立方米 0.34亿立方米 113.33%", "≥0.30亿立方米 113.33% 113.33%",
     "≥0.30亿立方米 113.33%",
     "业绩值 given as a percentage while the target is in 亿立方米 (completion typed into the actual column)", False),

    # ---- P4 卢氏县 烟叶防雹 2020 ----
    ("ha-lushi-tobaccohail-2020", 1, "rate_mismatch",
     "131.10万元，执行率95.00%", "131.10万元，执行率95.89%",
     "131.10万元，执行率95.89%",
     "县级财政资金 131.10/138.00 = 95.00%; 95.89% is the overall rate copied into this line", False),
    ("ha-lushi-tobaccohail-2020", 2, "year_mismatch",
     "结转至2021年", "结转至2020年",
     "结转至2020年",
     "balance of the 2020 budget carried over to 2020 itself", False),
    ("ha-lushi-tobaccohail-2020", 3, "score_sum_mismatch",
     "产出指标得分56.40分、效益", "产出指标得分58.40分、效益",
     "58.40分、效益指标得分23.86分，合计89.85分",
     "9.59 + 58.40 + 23.86 = 91.85, stated 89.85 (产出 56.40 elsewhere and in the table)", False),
    ("ha-lushi-tobaccohail-2020", 4, "grade_mismatch",
     '评价等级为"良"', '评价等级为"优"',
     '评价等级为"优"',
     "total 89.85 is below 90: 良, not 优", False),
    ("ha-lushi-tobaccohail-2020", 5, "conflicting_values",
     "2020年全县烟叶种植面积4.8万亩", "2020年全县烟叶种植面积5.6万亩",
     "2020年全县烟叶种植面积5.6万亩",
     "2020 planting area is 4.8万亩 in section Ⅳ (5.6万亩 is the 2019 figure left in)", False),
    ("ha-lushi-tobaccohail-2020", 6, "weight_sum_mismatch",
     "2000发 2000发 8 8", "2000发 2000发 10 8",
     ("span", "2000发 10 8", "总分 100"),
     "weights 10 + 12+8+10+12+10+10 + 10+10+10 = 102 ≠ 100 (产出 62 ≠ 60)", False),

    # ---- P5 延安市气象局 部门整体 2024 ----
    ("sn-yanan-meteodept-2024", 1, "implausible_rate",
     "覆盖人数221.4万人，覆盖率98.01%", "覆盖人数231.4万人，覆盖率102.43%",
     "覆盖人数231.4万人，覆盖率102.43%",
     "covered 231.4万人 of a 225.9万人 population: coverage 102.43% (> 100%)", False),
    ("sn-yanan-meteodept-2024", 2, "score_exceeds_weight",
     "236次 8 8\n发布气象灾害预警信号 ≥380期 412期 6 6",
     "236次 8 9\n发布气象灾害预警信号 ≥380期 412期 6 5",
     "236次 8 9",
     "人影作业次数 row: score 9 above weight 8 (a bonus point for over-achievement taken from the next row)", True),
    ("sn-yanan-meteodept-2024", 3, "balance_mismatch",
     "年末结转资金28.08万元", "年末结转资金28.80万元",
     "结转资金28.80万元",
     "1755.30 − 1727.22 = 28.08 (also 612.50 − 584.42)", False),
    ("sn-yanan-meteodept-2024", 4, "sum_mismatch",
     "③气象观测站网运维 120.00", "③气象观测站网运维 102.00",
     ("span", "项目支出 536.00 612.50 584.42 95.42%", "③气象观测站网运维 102.00"),
     "年初 column: 260.00 + 96.00 + 102.00 + 60.00 = 518.00 ≠ 536.00", False),
    ("sn-yanan-meteodept-2024", 5, "completion_mismatch",
     "（≥200次）的118.00%", "（≥200次）的106.00%",
     "（≥200次）的106.00%",
     "236/200 = 118.00%; 106.00% is last year's 212/200", False),
    ("sn-yanan-meteodept-2024", 6, "year_mismatch",
     "2024年3月15日下达", "2023年3月15日下达",
     "2023年3月15日",
     "2024 年初预算 issued in March 2023 (only a December-before advance is possible)", False),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, value):
    if isinstance(value, tuple):
        _, start, end = value
        i = text.index(start)
        j = text.index(end, i) + len(end)
        return text[i:j]
    return value


def main():
    labels = []
    for p in PROJECTS:
        clean_name = p + "-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": p, "clean": True, "expected": []})
        for (proj, n, code, old, new, value, expl, _two) in EDITS:
            if proj != p:
                continue
            if clean.count(old) != 1:
                raise SystemExit("%s e%d: old string occurs %d times" % (p, n, clean.count(old)))
            case = clean.replace(old, new, 1)
            name = "%s-e%d.txt" % (p, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({
                "case": name, "source": p, "clean": False,
                "expected": [{"code": code, "severity": "error",
                              "value": resolve_value(case, value), "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
