#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n41 from the clean drafts.

Each edit replaces one exact string `old` (which must occur exactly once in the clean draft)
by `new`.  `value` is the label's substring of the error case: either a literal string, or a
pair (start, end) meaning "from the first occurrence of start to the end of the first
occurrence of end after it" (used for sums and score/weight totals, which span lines).
`rows=True` marks a score-row edit that may touch two adjacent table rows.
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "lingyun-phs-2021",
    "yongsheng-medaid-2022",
    "cangxi-familydoctor-2024",
    "shanglin-residentins-2020",
    "binchuan-deptwhole-2019",
]

EDITS = [
    # ---- lingyun-phs-2021 (Guangxi, 卫健局, 基本公共卫生服务) ----
    dict(case="lingyun-phs-2021", e="e1", code="rate_mismatch",
         old="规范管理9,871人，规范管理率69.34%", new="规范管理9,781人，规范管理率69.34%",
         value="9,781人，规范管理率69.34%",
         explanation="规范管理人数 retyped 9,871 -> 9,781: 9,781/14,236 = 68.71%, stated 规范管理率 69.34%"),
    dict(case="lingyun-phs-2021", e="e2", code="balance_mismatch",
         old="年末结余60.73万元", new="年末结余60.37万元",
         value="年末结余60.37万元",
         explanation="到位 1559.46 - 执行 1498.73 = 60.73万元, stated 60.37 (digits transposed)"),
    dict(case="lingyun-phs-2021", e="e3", code="sum_mismatch",
         old="其中拨付乡镇卫生院822.60万元", new="其中拨付乡镇卫生院826.20万元",
         value="1498.73万元，其中拨付乡镇卫生院826.20万元",
         explanation="826.20 + 599.49 + 76.64 = 1502.33, stated total 1498.73"),
    dict(case="lingyun-phs-2021", e="e4", code="unit_mismatch",
         old="督导考核支出76.64万元", new="督导考核支出766400万元",
         value="766400万元",
         explanation="the 76.64万元 county-level part copied from a voucher in 元 (766400元) but labelled 万元: off by 10^4; rescaling reconciles the 1498.73 total"),
    dict(case="lingyun-phs-2021", e="e5", code="score_sum_mismatch",
         old="| 10 | 9 | 村医队伍老化", new="| 10 | 8 | 村医队伍老化",
         value=("| 10 | 8 | 村医队伍老化", "| 100 | 98.52 |"), rows=True,
         explanation="可持续影响 score lowered 9 -> 8 without updating the total: rows sum to 97.52, stated 总分 98.52"),
    dict(case="lingyun-phs-2021", e="e6", code="year_mismatch",
         old="结转至2022年", new="结转至2021年",
         value="结转至2021年",
         explanation="the unspent part of the 2021 budget cannot be carried over into 2021 itself (should be 2022)"),

    # ---- yongsheng-medaid-2022 (Yunnan, 医保局, 医疗救助) ----
    dict(case="yongsheng-medaid-2022", e="e1", code="completion_mismatch",
         old="| 12.35% | 80.97% |", new="| 12.35% | 123.50% |",
         value="12.35% | 123.50%",
         explanation="≤10% target missed: completion = 10/12.35 = 80.97% (rule stated in the report); 123.50% is actual/target"),
    dict(case="yongsheng-medaid-2022", e="e2", code="average_mismatch",
         old="72.6%、71.9%、72.7%", new="72.6%、71.6%、72.7%",
         value="71.6%、72.7%，平均72.40%",
         explanation="(72.6 + 71.6 + 72.7)/3 = 72.30%, stated 平均72.40% (one batch ratio retyped)"),
    dict(case="yongsheng-medaid-2022", e="e3", code="conflicting_values",
         old="住院救助9,842人次，门诊救助6,236人次，困难群众", new="住院救助9,482人次，门诊救助6,236人次，困难群众",
         value="住院救助9,482人次",
         explanation="the conclusion restates 住院救助 as 9,482人次; the body and the table give 9,842人次"),
    dict(case="yongsheng-medaid-2022", e="e4", code="weight_sum_mismatch",
         old="产出指标50分、效益指标30分", new="产出指标55分、效益指标30分",
         value="总分100分，其中预算执行率10分、产出指标55分",
         explanation="10 + 55 + 30 + 10 = 105 ≠ 100 (the table's 产出 rows carry 50)"),
    dict(case="yongsheng-medaid-2022", e="e5", code="grade_mismatch",
         old="评价等级为“良”", new="评价等级为“优”",
         value="评价等级为“优”",
         explanation="total 89.86 < 90 is 良, not 优 (rounded up)"),
    dict(case="yongsheng-medaid-2022", e="e6", code="rate_mismatch",
         old="执行率92.13%", new="执行率92.31%",
         value="执行率92.31%",
         explanation="直接救助 604.48/656.15 = 92.13%, stated 92.31%"),

    # ---- cangxi-familydoctor-2024 (Sichuan, 卫健局, 家庭医生签约) ----
    dict(case="cangxi-familydoctor-2024", e="e1", code="average_mismatch",
         old="93.0%、94.7%，全年平均92.1%", new="93.0%、97.4%，全年平均92.1%",
         value="97.4%，全年平均92.1%",
         explanation="(89.2 + 91.5 + 93.0 + 97.4)/4 = 92.78%, stated 全年平均92.1% (fourth quarter retyped 94.7 -> 97.4)"),
    dict(case="cangxi-familydoctor-2024", e="e2", code="score_exceeds_weight",
         old="| 92.1 | 8 | 8 |  |\n|  |  | 签约居民续约率 | ≥ | 70 | % | 76.42 | 6 | 6 |",
         new="| 92.1 | 8 | 6 |  |\n|  |  | 签约居民续约率 | ≥ | 70 | % | 76.42 | 6 | 8 |",
         value="签约居民续约率 | ≥ | 70 | % | 76.42 | 6 | 8", rows=True,
         explanation="scores of the 履约率 and 续约率 rows swapped: 续约率 scored 8 against a weight of 6 (total unchanged)"),
    dict(case="cangxi-familydoctor-2024", e="e3", code="completion_mismatch",
         old="为目标值的103.81%", new="为目标值的96.33%",
         value="为目标值的96.33%",
         explanation="436个 against ≥420个 is 103.81% of target; 96.33% is 420/436 (division inverted)"),
    dict(case="cangxi-familydoctor-2024", e="e4", code="rate_mismatch",
         old="签约77,411人，签约率78.62%", new="签约77,411人，签约率80.46%",
         value="签约77,411人，签约率80.46%",
         explanation="77,411/98,460 = 78.62%; 80.46% was computed on last year's base 96,212"),
    dict(case="cangxi-familydoctor-2024", e="e5", code="implausible_rate",
         old="| 单位资金 | 0.00 | 0.00 | 0.00 | — | — |", new="| 单位资金 | 0.00 | 0.00 | 0.00 | — | 100.00% |",
         value="单位资金 | 0.00 | 0.00 | 0.00 | — | 100.00%",
         explanation="execution rate 100.00% printed on a zero budget (单位资金 0.00): rate on a zero base"),
    dict(case="cangxi-familydoctor-2024", e="e6", code="unit_mismatch",
         old="| 天 | 34 | 6 | 5.29 |", new="| 天 | 2024年12月26日 | 6 | 5.29 |",
         value="2024年12月26日",
         explanation="target ≤30 天 (a number of days), actual entered as a date: completion cannot be computed"),

    # ---- shanglin-residentins-2020 (Guangxi, 医保局, 城乡居民医保补助) ----
    dict(case="shanglin-residentins-2020", e="e1", code="sum_mismatch",
         old="| 2968.94 | 2968.94 |", new="| 2986.94 | 2968.94 |",
         value=("2986.94 | 2968.94 |", "| 合计 |  |  | 22837.98"),
         explanation="预算数 column: 15800.00 + 2470.38 + 2986.94 + 799.33 + 799.33 = 22855.98, stated 合计 22837.98"),
    dict(case="shanglin-residentins-2020", e="e2", code="balance_mismatch",
         old="当期结余1346.79万元", new="当期结余1364.79万元",
         value="当期结余1364.79万元",
         explanation="基金收入 34265.26 - 支出 32918.47 = 1346.79 (and 5872.40 + 1346.79 = 7219.19), stated 1364.79"),
    dict(case="shanglin-residentins-2020", e="e3", code="weight_sum_mismatch",
         old="| 280元/人 | 6 | 6 |", new="| 280元/人 | 8 | 6 |",
         value=("280元/人 | 8 | 6 |", "| 总分 |  |  |  |  | 100"),
         explanation="个人缴费标准 weight edited 6 -> 8: weights now total 102 (产出 52 against 50)"),
    dict(case="shanglin-residentins-2020", e="e4", code="grade_mismatch",
         old="本年度评价等级为优", new="本年度评价等级为良",
         value="本年度评价等级为良",
         explanation="total 99.26 is in the 优 band; 良 is last year's grade left in"),
    dict(case="shanglin-residentins-2020", e="e5", code="year_mismatch",
         old="对2020年度城乡居民基本医疗保险财政补助资金", new="对2019年度城乡居民基本医疗保险财政补助资金",
         value="2019年度城乡居民基本医疗保险财政补助资金",
         explanation="the opening sentence evaluates 2019 funds in the 2020 report (last year's template)"),
    dict(case="shanglin-residentins-2020", e="e6", code="conflicting_values",
         old="人均财政补助标准达到550元/人", new="人均财政补助标准达到520元/人",
         value="人均财政补助标准达到520元/人",
         explanation="2020 人均财政补助标准 is 550元 elsewhere (basis, 测算 415,236×550 = 22837.98万元, table); 520 is the 2019 standard left in"),

    # ---- binchuan-deptwhole-2019 (Yunnan, 卫健局, 部门整体) ----
    dict(case="binchuan-deptwhole-2019", e="e1", code="average_mismatch",
         old="平均自评得分92.74分", new="平均自评得分93.93分",
         value="平均自评得分93.93分",
         explanation="(96 + 93.5 + 95.2 + 88 + 91)/5 = 92.74; 93.93 is the mean of four rows (乡村医生补助 left out)"),
    dict(case="binchuan-deptwhole-2019", e="e2", code="implausible_rate",
         old="| 298.44 | 95.65% |", new="| 328.44 | 105.27% |",
         value="328.44 | 105.27%",
         explanation="乡村医生补助 执行 328.44 above its 312.00 budget: 105.27% (arithmetic right, rate over 100%)"),
    dict(case="binchuan-deptwhole-2019", e="e3", code="score_sum_mismatch",
         old="| 资产管理 | 5 | 4.5 |", new="| 资产管理 | 5 | 5 |",
         value=("资产管理 | 5 | 5 |", "| 合计 |  | 100 | 93.81"),
         explanation="资产管理 re-scored 4.5 -> 5 without the total: rows sum to 94.31, stated 93.81"),
    dict(case="binchuan-deptwhole-2019", e="e4", code="score_exceeds_weight",
         old="| 5 | 5 | 部门整体绩效目标完整、细化 |\n|  | 预算配置 | 10 | 9 |",
         new="| 5 | 9 | 部门整体绩效目标完整、细化 |\n|  | 预算配置 | 10 | 5 |",
         value="目标设置 | 5 | 9", rows=True,
         explanation="scores of 目标设置 and 预算配置 swapped: 目标设置 scored 9 against a weight of 5 (total unchanged)"),
    dict(case="binchuan-deptwhole-2019", e="e5", code="balance_mismatch",
         old="年末结转结余355.53万元", new="年末结转结余335.53万元",
         value="年末结转结余335.53万元",
         explanation="年初结转结余 412.36 + 收入 12846.75 - 支出 12903.58 = 355.53, stated 335.53"),
    dict(case="binchuan-deptwhole-2019", e="e6", code="conflicting_values",
         old="全年完成支出12903.58万元", new="全年完成支出12930.58万元",
         value="全年完成支出12930.58万元",
         explanation="本年支出合计 is 12903.58万元 (= 7482.31 + 5421.27, 执行率 96.07%); the conclusion restates it as 12930.58"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"value start {start!r} not found")
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"value end {end!r} not found after start")
    return text[i:j + len(end)]


def build():
    labels = []
    for proj in PROJECTS:
        clean = read(f"{proj}-clean.txt")
        labels.append({"case": f"{proj}-clean.txt", "source": proj, "clean": True, "expected": []})
        for ed in [d for d in EDITS if d["case"] == proj]:
            n = clean.count(ed["old"])
            if n != 1:
                raise SystemExit(f"{proj} {ed['e']}: old string occurs {n} times in the clean draft")
            text = clean.replace(ed["old"], ed["new"], 1)
            name = f"{proj}-{ed['e']}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            value = resolve_value(text, ed["value"])
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": ed["code"], "severity": "error", "value": value,
                                         "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    build()
