#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of drafts11 from the clean drafts.

Each edit is one replacement of a unique string `old` of a clean draft by `new`.  The label value is
either given literally (`value`) or cut from the error text between two anchors: it starts at the
first occurrence of `vfrom` and ends after the first occurrence of `vto` that follows it (used for
sum / score-sum / weight-sum errors, where the value spans from the changed part to the total).
`rows=True` marks a score-table edit that touches two adjacent rows (allowed by the brief).

Pure Python 3, no third-party packages.  Usage: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jiangzi-grassland-2018",
    "weichang-potatoseed-2019",
    "chengkou-beekeeping-2020",
    "huzhu-forestry-2021",
    "qiongzhong-rubberins-2022",
    "juxian-water-2023",
    "jiexi-tradein-2024",
    "jizhou-greatwall-2025",
]

EDITS = {
    # ---------------------------------------------------------------- Tibet, Markdown tables
    "jiangzi-grassland-2018": [
        dict(code="rate_mismatch",
             old="| 中央财政 | 12,644,000.00 | 12,555,100.00 | 99.30% |",
             new="| 中央财政 | 12,644,000.00 | 12,555,100.00 | 88.38% |",
             value="12,555,100.00 | 88.38%",
             explanation="central funds 12,555,100.00 / 12,644,000.00 = 99.30%; 88.38% is the central spending "
                         "divided by the whole budget 14,206,000.00 (wrong base)"),
        dict(code="average_mismatch",
             old="平均为44.50%",
             new="平均为44.05%",
             value="平均为44.05%",
             explanation="(44.6 + 46.2 + 43.8 + 45.1 + 42.8) / 5 = 44.50%, stated 44.05% (digits transposed)"),
        dict(code="completion_mismatch",
             old="| ≥41.5% | 41.2% | 99.28% |",
             new="| ≥41.5% | 41.2% | 99.72% |",
             value="41.2% | 99.72%",
             explanation="gte target 41.5%, actual 41.2%: completion 41.2 / 41.5 = 99.28%, stated 99.72% "
                         "(score 9.93 still follows 99.28%)"),
        dict(code="score_exceeds_weight", rows=True,
             old="| 聘用草原生态管护员 | =412名 | 412名 | 100% | 5 | 5 |  |\n"
                 "| 产出指标 | 质量指标 | 补奖资金兑付到户率 | ≥98% | 99.73% | 101.77% | 10 | 10 |",
             new="| 聘用草原生态管护员 | =412名 | 412名 | 100% | 10 | 5 |  |\n"
                 "| 产出指标 | 质量指标 | 补奖资金兑付到户率 | ≥98% | 99.73% | 101.77% | 5 | 10 |",
             value="补奖资金兑付到户率 | ≥98% | 99.73% | 101.77% | 5 | 10",
             explanation="weights of two adjacent rows swapped when pasting: 兑付到户率 now has weight 5 and "
                         "score 10 (weight and score totals unchanged at 100 / 99.82)"),
    ],
    # ---------------------------------------------------------------- Hebei, flattened tab-indented tables
    "weichang-potatoseed-2019": [
        dict(code="sum_mismatch",
             old="年初预算230.00万元，年中追加205.00万元",
             new="年初预算230.00万元，年中追加250.00万元",
             value="230.00万元，年中追加250.00万元，全年预算435.00万元",
             explanation="230.00 + 250.00 = 480.00, stated 全年预算 435.00 (the addition is 205.00; digits retyped)"),
        dict(code="unit_mismatch",
             old="质量检测及技术培训22.86万元",
             new="质量检测及技术培训228,600.00万元",
             value="228,600.00万元",
             explanation="the 元 figure 228,600.00 from the table written with 万元 (should be 22.86万元); "
                         "120.00 + 90.00 + 176.50 + 22.86 = 409.36 only with the rescaled amount"),
        dict(code="grade_mismatch",
             old="评价等级为“优秀”",
             new="评价等级为“良好”",
             value="评价等级为“良好”",
             explanation="total 95.89 is in the 优 band (90–100), stated 良好"),
        dict(code="conflicting_values",
             old="全县马铃薯播种面积52.60万亩。为解决",
             new="全县马铃薯播种面积56.20万亩。为解决",
             value="56.20万亩",
             explanation="the county potato area is 52.60万亩 in section 三 (30.14 / 52.60 = 57.3%); 56.20 retyped"),
    ],
    # ---------------------------------------------------------------- Chongqing, space-aligned tables
    "chengkou-beekeeping-2020": [
        dict(code="balance_mismatch",
             old="结余6.82万元",
             new="结余6.28万元",
             value="结余6.28万元",
             explanation="全年预算 262.40 − 支出 255.58 = 6.82, stated 6.28"),
        dict(code="weight_sum_mismatch",
             old="发放活框蜂箱            ≥8,000个          8,000个           100.00%    10      10",
             new="发放活框蜂箱            ≥8,000个          8,000个           100.00%    15      10",
             vfrom="发放活框蜂箱            ≥8,000个          8,000个           100.00%    15",
             vto="合计                                                                                           100",
             explanation="weights now add to 105 (蜂箱 row 15, last year's weight left in) against the stated 100"),
        dict(code="year_mismatch",
             old="已按规定结转至2021年使用",
             new="已按规定结转至2020年使用",
             value="结转至2020年",
             explanation="the unspent part of the 2020 budget cannot be carried over to 2020 itself (should be 2021)"),
        dict(code="implausible_rate",
             old="0.00        —",
             new="0.00    100.00%",
             vfrom="其他资金",
             vto="100.00%",
             explanation="其他资金 budget 0.00 and spending 0.00: a rate on a zero base is undefined, 100.00% printed"),
    ],
    # ---------------------------------------------------------------- Qinghai department, tab tables with blanks
    "huzhu-forestry-2021": [
        dict(code="sum_mismatch",
             old="森林草原防火\t365,000.00",
             new="森林草原防火\t356,000.00",
             vfrom="356,000.00",
             vto="19,729,000.00",
             explanation="项目支出 年初预算 items add to 19,720,000.00, stated 小计 19,729,000.00 (365,000.00 retyped as 356,000.00)"),
        dict(code="score_sum_mismatch",
             old="完成造林面积\t8\t≥2.00万亩\t1.80万亩\t7.20",
             new="完成造林面积\t8\t≥2.00万亩\t1.80万亩\t7.60",
             vfrom="7.60",
             vto="96.52",
             explanation="row scores now add to 96.92, stated total 96.52 (造林 score edited without the total)"),
        dict(code="rate_mismatch",
             old="1,712,500.00\t91.58%",
             new="1,712,500.00\t91.85%",
             value="1,712,500.00\t91.85%",
             explanation="省级 1,712,500.00 / 1,870,000.00 = 91.58%, stated 91.85%"),
        dict(code="average_mismatch",
             old="平均每个林场管护16.00万亩",
             new="平均每个林场管护19.20万亩",
             value="平均每个林场管护19.20万亩",
             explanation="96.00 / 6 = 16.00 (the six farms listed); 19.20 = 96.00 / 5"),
    ],
    # ---------------------------------------------------------------- Hainan, tab tables, full-width digits
    "qiongzhong-rubberins-2022": [
        dict(code="unit_mismatch",
             old="≤30天\t18天",
             new="≤30天\t100%",
             value="≤30天\t100%",
             explanation="target in days, actual given as a percentage"),
        dict(code="completion_mismatch",
             old="80.5%\t94.71%",
             new="80.5%\t105.59%",
             value="80.5%\t105.59%",
             explanation="gte target 85%, actual 80.5%: completion 94.71%; 105.59% is 85 / 80.5 (inverted)"),
        dict(code="score_exceeds_weight", rows=True,
             old="理赔兑付时限\t≤30天\t18天\t100%\t5\t5\t\n\t成本指标\t每亩保费\t≤60元\t60元\t100%\t10\t10",
             new="理赔兑付时限\t≤30天\t18天\t100%\t5\t10\t\n\t成本指标\t每亩保费\t≤60元\t60元\t100%\t10\t5",
             value="理赔兑付时限\t≤30天\t18天\t100%\t5\t10",
             explanation="scores of two adjacent rows swapped: weight 5, score 10 (total unchanged at 99.12)"),
        dict(code="balance_mismatch",
             old="结余5.76万元",
             new="结余5.67万元",
             value="结余5.67万元",
             explanation="576.00 − 570.24 = 5.76, stated 5.67"),
    ],
    # ---------------------------------------------------------------- Shandong department, flattened + tab tables
    "juxian-water-2023": [
        dict(code="year_mismatch",
             old="已按规定结转至2024年继续使用",
             new="已按规定结转至2023年继续使用",
             value="结转至2023年",
             explanation="2023 money carried over to 2023 itself; last year's wording left in (should be 2024)"),
        dict(code="conflicting_values",
             old="农村供水工程维修，支出253.42万元",
             new="农村供水工程维修，支出235.42万元",
             value="支出235.42万元",
             explanation="农村供水工程维修养护 spending is 2,534,200.00元 (253.42万元) in the programme table"),
        dict(code="weight_sum_mismatch",
             old="取水计量设施安装\t≥120处\t126处\t6\t6",
             new="取水计量设施安装\t≥120处\t126处\t8\t6",
             vfrom="取水计量设施安装\t≥120处\t126处\t8",
             vto="合计\t\t\t\t\t100",
             explanation="weights now add to 102 against the stated 100 (取水计量 row 6 → 8)"),
        dict(code="implausible_rate",
             old="满意194份，满意度97.00%",
             new="满意214份，满意度107.00%",
             value="满意214份，满意度107.00%",
             explanation="214 satisfied of 200 questionnaires: satisfaction 107.00% above 100%"),
    ],
    # ---------------------------------------------------------------- Guangdong, Markdown + space-aligned
    "jiexi-tradein-2024": [
        dict(code="score_sum_mismatch",
             old="1,860辆         93.00%     5      4.65",
             new="1,860辆         93.00%     5      4.56",
             vfrom="4.56",
             vto="100    89.85",
             explanation="row scores now add to 89.76, stated total 89.85 (4.65 retyped as 4.56)"),
        dict(code="grade_mismatch",
             old="等级为良。",
             new="等级为优。",
             value="等级为优",
             explanation="total 89.85 is below 90: 良 band, stated 优"),
        dict(code="rate_mismatch",
             old="| 8,500,000.00 | 8,364,500.00 | 98.41% |",
             new="| 8,500,000.00 | 8,364,500.00 | 98.14% |",
             value="8,364,500.00 | 98.14%",
             explanation="家电 8,364,500.00 / 8,500,000.00 = 98.41%, stated 98.14% (digits transposed)"),
        dict(code="unit_mismatch",
             old="兑付补贴93.00万元",
             new="兑付补贴930,000.00万元",
             value="930,000.00万元",
             explanation="the 元 figure 930,000.00 of the table written with 万元 (93.00万元 = 1,860 × 500元)"),
    ],
    # ---------------------------------------------------------------- Tianjin, Markdown tables, full-width digits
    "jizhou-greatwall-2025": [
        dict(code="completion_mismatch",
             old="| 110.4万人次 | 92.00% |",
             new="| 110.4万人次 | 96.00% |",
             value="110.4万人次 | 96.00%",
             explanation="target ≥120万人次, actual 110.4: completion 92.00%; 96.00% = 110.4 / 115 (last year's target)"),
        dict(code="sum_mismatch",
             old="其中当年财政拨款627.60万元",
             new="其中当年财政拨款672.60万元",
             value="656.00万元，其中当年财政拨款672.60万元",
             explanation="672.60 + 28.40 = 701.00, stated 全年预算 656.00; the items and sources of 当年财政拨款 add to 627.60"),
        dict(code="conflicting_values",
             old="中标价466.50万元",
             new="中标价456.50万元",
             value="中标价456.50万元",
             explanation="the contract price is 466.50万元 in the 自评表 (成本指标) and gives 480.00 − 466.50 = 13.50"),
        dict(code="balance_mismatch",
             old="预算执行率71.92%，结余184.22万元",
             new="预算执行率71.92%，结余148.22万元",
             value="结余148.22万元",
             explanation="656.00 − 471.78 = 184.22, stated 148.22"),
    ],
}


def cut_value(text, ed):
    if "value" in ed:
        return ed["value"]
    a = text.index(ed["vfrom"])
    b = text.index(ed["vto"], a) + len(ed["vto"])
    return text[a:b]


def build():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, ed in enumerate(EDITS[pid], 1):
            if clean.count(ed["old"]) != 1:
                raise SystemExit(f"{pid} e{i}: old string occurs {clean.count(ed['old'])} times")
            text = clean.replace(ed["old"], ed["new"])
            value = cut_value(text, ed)
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": ed["code"], "severity": "error", "value": value,
                                         "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")


if __name__ == "__main__":
    build()
