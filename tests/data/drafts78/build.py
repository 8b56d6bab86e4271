#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n78 from the clean drafts.

Each edit replaces one exact substring `old` (which must occur exactly once in the clean
draft) by `new`. `value` is the labelled substring of the resulting case: either a literal
string (`value`) or the stretch from the first occurrence of `vfrom` to the end of the first
occurrence of `vto` after it (used for sum / score-sum / weight-sum errors, where the value
runs from the changed part to the total). `rows=True` marks a score-row edit that touches two
adjacent table rows (allowed by the brief); all other edits are one contiguous change of at
most 16 characters within one line. verify.py checks all of this.

Pure Python 3, no third-party packages.  Usage:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "changyi-gaoling-2021",
    "ganjingzi-homecare-2023",
    "jiutai-welfare-2019",
    "hunchun-civilaffairs-2024",
    "laizhou-wenchang-2018",
]

E = "error"

EDITS = {
    # ------------------------------------------------------------------ 昌邑 高龄津贴 2021
    "changyi-gaoling-2021": [
        dict(code="sum_mismatch",
             old="柳疃镇\t19,195\t2,573\t62\t1,235,650",
             new="柳疃镇\t19,195\t2,573\t62\t1,253,650",
             vfrom="1,253,650", vto="合计\t171,384\t22,380\t564\t10,976,400",
             explanation="town table, 发放金额 column: 柳疃镇 retyped as 1,253,650 (digits swapped; "
                         "50×19,195+100×2,573+300×62 = 1,235,650); the nine rows now add to 10,994,400, "
                         "the 合计 row still says 10,976,400"),
        dict(code="score_exceeds_weight", rows=True,
             old="｜16,194人｜5｜5｜新增认定人数多于预期\n产出指标｜质量指标｜发放对象认定准确率｜≥98%｜99.6%｜10｜10｜",
             new="｜16,194人｜5｜10｜新增认定人数多于预期\n产出指标｜质量指标｜发放对象认定准确率｜≥98%｜99.6%｜10｜5｜",
             value="月均享受津贴高龄老人人数｜≥15,800人｜16,194人｜5｜10",
             explanation="scores of two adjacent rows pasted one row off: 月均享受人数 has weight 5 but "
                         "score 10 (the 认定准确率 row now shows 5); total 98.73 unchanged"),
        dict(code="rate_mismatch",
             old="全年支出1,097.64万元，预算执行率97.80%",
             new="全年支出1,097.64万元，预算执行率98.89%",
             value="98.89%",
             explanation="1,097.64 / 1,122.36 = 97.80%; 98.89% is the rate recomputed on the wrong base "
                         "(当年财政拨款 1,110.00 instead of 全年预算数 1,122.36)"),
        dict(code="year_mismatch",
             old="截至2021年12月31日，全年支出",
             new="截至2020年12月31日，全年支出",
             value="截至2020年12月31日",
             explanation="the 2021 report states its year-end spending 'as of 31 Dec 2020' "
                         "(last year's date left in)"),
        dict(code="grade_mismatch",
             old="自评等级为“优”",
             new="自评等级为“良”",
             value="自评等级为“良”",
             explanation="total 98.73 is in the 优 band (≥90); 良 is last year's grade"),
        dict(code="completion_mismatch",
             old="较年度目标15,800人多394人，完成率102.49%",
             new="较年度目标15,800人多394人，完成率97.57%",
             value="完成率97.57%",
             explanation="actual 16,194 / target 15,800 = 102.49%; 97.57% is the ratio inverted "
                         "(15,800 / 16,194)"),
    ],
    # ------------------------------------------------------------------ 甘井子 居家养老 2023
    "ganjingzi-homecare-2023": [
        dict(code="sum_mismatch",
             old="调整后全年预算1,140.00万元，其中区级720.00万元",
             new="调整后全年预算1,140.00万元，其中区级760.00万元",
             value="1,140.00万元，其中区级760.00万元",
             explanation="区级 760.00 (the 年初 figure, not updated after the 40.00 cut) + 市级 260.00 + "
                         "省级 160.00 = 1,180.00, stated total 1,140.00"),
        dict(code="average_mismatch",
             old="平均93.5分",
             new="平均93.6分",
             value="平均93.6分",
             explanation="(96+94+92+95+91+93)/6 = 93.5; 93.6 is the mean of the first five only"),
        dict(code="weight_sum_mismatch",
             old="应服务时长完成率|≥98%|98.1%|100.1%|10|10",
             new="应服务时长完成率|≥98%|98.1%|100.1%|15|10",
             vfrom="15|10", vto="合计||||||100",
             explanation="weight of 应服务时长完成率 typed as 15 (last year's template); the weights now "
                         "add to 105, the 合计 row says 100"),
        dict(code="balance_mismatch",
             old="结余18.39万元",
             new="结余15.39万元",
             value="结余15.39万元",
             explanation="1,140.00 − 1,121.61 = 18.39; 15.39 is the 服务补贴 line alone (1,125.00 − 1,109.61)"),
        dict(code="conflicting_values",
             old="中标单价为每小时30元",
             new="中标单价为每小时28元",
             value="每小时28元",
             explanation="the same contract price is 30元/小时 where services are settled "
                         "(369,870 h × 30 = 11,096,100元) and in the table (≤30元/小时 | 30元/小时)"),
        dict(code="implausible_rate",
             old="一致的152户，一致率95.0%",
             new="一致的172户，一致率107.5%",
             value="172户，一致率107.5%",
             explanation="172 consistent of 160 households checked: a match rate of 107.5% is impossible "
                         "(persons counted instead of households)"),
    ],
    # ------------------------------------------------------------------ 九台 社会福利中心 2019
    "jiutai-welfare-2019": [
        dict(code="average_mismatch",
             old="三年平均73.2%",
             new="三年平均75.8%",
             value="三年平均75.8%",
             explanation="(68.1+71.6+80.0)/3 = 73.2%; 75.8% averages 2018 and 2019 only"),
        dict(code="score_sum_mismatch",
             old="\t9.76\n\t社会代养老人入住增长慢于预期",
             new="\t9.67\n\t社会代养老人入住增长慢于预期",
             vfrom="9.67\n", vto="\t99.30",
             explanation="平均床位入住率 score retyped 9.67 (from 9.76) without the total: rows add to 99.21, "
                         "合计 says 99.30"),
        dict(code="unit_mismatch",
             old="\t≥82%\n\t80.0%\n",
             new="\t≥82%\n\t256人\n",
             value="≥82%\n\t256人",
             explanation="平均床位入住率: target in %, actual entered as a head count (256人), "
                         "completion cannot be computed"),
        dict(code="rate_mismatch",
             old="区级资金执行率94.33%",
             new="区级资金执行率57.13%",
             value="57.13%",
             explanation="区级 260.82 / 276.50 = 94.33%; 57.13% divides by the whole budget 456.50"),
        dict(code="conflicting_values",
             old="保障中心320张床位正常运营",
             new="保障中心302张床位正常运营",
             value="302张床位",
             explanation="核定床位 is 320张 in 项目概况 (184 + 136) and in the quarterly table"),
        dict(code="completion_mismatch",
             old="\t66.7%\n\t102.6%\n",
             new="\t66.7%\n\t66.7%\n",
             value="66.7%\n\t66.7%",
             explanation="集中供养率: actual 66.7% against ≥65% gives completion 102.6%; "
                         "the actual was copied into the 完成率 cell"),
    ],
    # ------------------------------------------------------------------ 珲春 民政局 部门整体 2024
    "hunchun-civilaffairs-2024": [
        dict(code="score_sum_mismatch",
             old="困难群众基本生活保障\t有效保障\t达成年度指标\t—\t10\t10",
             new="困难群众基本生活保障\t有效保障\t达成年度指标\t—\t10\t9",
             vfrom="达成年度指标\t—\t10\t9", vto="\t100\t94.75",
             explanation="a qualitative row lowered to 9 on review without updating the sums: rows add to "
                         "93.75 (效益 小计 still 30), 合计 says 94.75"),
        dict(code="weight_sum_mismatch",
             old="救助资金按月发放及时率\t100%\t100%\t100%\t10\t10",
             new="救助资金按月发放及时率\t100%\t100%\t100%\t15\t10",
             vfrom="100%\t15\t10", vto="合计\t—\t—\t—\t—\t—\t100",
             explanation="weight 15 for 救助资金按月发放及时率: 产出 rows add to 55 against 小计 50, "
                         "all weights to 105 against 合计 100"),
        dict(code="year_mismatch",
             old="结转至2025年",
             new="结转至2024年",
             value="结转至2024年",
             explanation="money unspent in the 2024 report is carried over to 2024 itself; must be 2025"),
        dict(code="balance_mismatch",
             old="结余9.78万元",
             new="结余10.78万元",
             value="结余10.78万元",
             explanation="基本支出 1,046.20 − 1,036.42 = 9.78 (borrow slip gives 10.78)"),
        dict(code="average_mismatch",
             old="平均自评得分93.69分",
             new="平均自评得分95.36分",
             value="平均自评得分95.36分",
             explanation="the eight listed scores (97.5, 96, 95.5, 93, 82, 95, 94, 96.5) average 93.69; "
                         "95.36 leaves out the 82"),
        dict(code="completion_mismatch",
             old="\t4,826人\t102.7%",
             new="\t4,826人\t104.3%",
             value="4,826人\t104.3%",
             explanation="4,826 / 4,700 = 102.7%; 104.3% uses the December count 4,903 instead of the "
                         "stated monthly average"),
    ],
    # ------------------------------------------------------------------ 莱州 文昌路街道 2018
    "laizhou-wenchang-2018": [
        dict(code="grade_mismatch",
             old="评价等级为良好",
             new="评价等级为优秀",
             value="评价等级为优秀",
             explanation="total 89.62 is in the 良 band (80 ≤ s < 90)"),
        dict(code="score_exceeds_weight", rows=True,
             old="| 86人 | 5 | 4.78 |", new="| 86人 | 10 | 4.78 |",
             old2="| 77.5% | 10 | 9.12 |", new2="| 77.5% | 5 | 9.12 |",
             value="77.5% | 5 | 9.12",
             explanation="weights of two adjacent rows swapped: 敬老院床位入住率 scored 9.12 against a weight "
                         "of 5 (居家 row now weight 10); weight and score totals unchanged"),
        dict(code="rate_mismatch",
             old="全年实际支出79.12万元，预算执行率84.53%",
             new="全年实际支出79.12万元，预算执行率85.43%",
             value="85.43%",
             explanation="79.12 / 93.60 = 84.53% (digits transposed)"),
        dict(code="implausible_rate",
             old="日均使用128张，使用率64.0%",
             new="日均使用218张，使用率109.0%",
             value="218张，使用率109.0%",
             explanation="218 beds used of 200: a bed-use rate above 100% (visits counted instead of beds)"),
        dict(code="sum_mismatch",
             old="| 前坡村幸福院 | 一星 | 12 | 10,000 |",
             new="| 前坡村幸福院 | 一星 | 12 | 8,000 |",
             vfrom="8,000 |", vto="175,000",
             explanation="前坡村 entered at last year's 8,000: the twelve subsidies add to 173,000, "
                         "合计 says 175,000"),
        dict(code="unit_mismatch",
             old="意外伤害保险7.05万元。",
             new="意外伤害保险70,500万元。",
             value="70,500万元",
             explanation="the 70,500元 premium written with the unit 万元 (should be 7.05万元): off by 10^4; "
                         "the 其中 list then breaks its 79.12 total"),
    ],
}


def apply_edit(clean, ed):
    text = clean
    pairs = [(ed["old"], ed["new"])]
    if "old2" in ed:
        pairs.append((ed["old2"], ed["new2"]))
    for old, new in pairs:
        n = text.count(old)
        if n != 1:
            raise SystemExit(f"edit anchor occurs {n} times: {old!r}")
        text = text.replace(old, new)
    if "value" in ed:
        value = ed["value"]
    else:
        i = text.index(ed["vfrom"])
        j = text.index(ed["vto"], i) + len(ed["vto"])
        value = text[i:j]
    return text, value


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for k, ed in enumerate(EDITS[pid], 1):
            text, value = apply_edit(clean, ed)
            name = f"{pid}-e{k}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": ed["code"], "severity": E, "value": value,
                                         "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")


if __name__ == "__main__":
    main()
