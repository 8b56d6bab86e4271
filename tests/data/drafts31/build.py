#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n31 from the clean drafts.

Each entry of EDITS makes one case: the clean draft with `old` replaced by `new`
(`old` must occur exactly once in the clean draft).  `value` is the label's exact
substring carrying the error.  `rows=True` marks a score-table edit that touches
two adjacent rows (allowed by the brief); every other edit is one contiguous change
of at most 16 characters within one line (checked by verify.py).
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "fangshan-coaltoelec-2018",
    "qingyuan-gasheating-2019",
    "mentougou-gridmonitor-2020",
    "jinghai-dustcontrol-2021",
    "cangzhou-deptwhole-2023",
    "ninghe-mobilesource-2024",
]

E = lambda **kw: kw  # noqa: E731

EDITS = [
    # ---------------- 北京房山 2018 煤改电 ----------------
    E(case="fangshan-coaltoelec-2018", code="sum_mismatch",
      old="第三方核查费86.40万元。", new="第三方核查费68.40万元。",
      value="11,725.40万元，其中设备购置补贴10,368.00万元、运行电价补贴1,271.00万元、第三方核查费68.40万元",
      explanation="年初预算 10,368.00 + 1,271.00 + 68.40 = 11,707.40, stated total 11,725.40 (核查费 86.40 retyped as 68.40)"),
    E(case="fangshan-coaltoelec-2018", code="unit_mismatch",
      old="运行电价补贴983.65万元、", new="运行电价补贴9836500万元、",
      value="9836500万元",
      explanation="the 运行电价补贴 paid, 9,836,500元 (983.65万元), written with the unit 万元: the execution sum 10,814.40 + x + 90.60 = 11,888.65 holds only for x = 983.65 (off by 10^4)"),
    E(case="fangshan-coaltoelec-2018", code="balance_mismatch",
      old="结余287.35万元", new="结余332.35万元",
      value="332.35万元",
      explanation="运行电价补贴 budget 1,271.00 - paid 983.65 = 287.35 (subtraction slip, as if 938.65 had been paid)"),
    E(case="fangshan-coaltoelec-2018", code="conflicting_values",
      old="第三方机构对9,060户逐户核查", new="第三方机构对9,600户逐户核查",
      value="9,600户",
      explanation="the households converted (and checked one by one) are 9,060 everywhere else (8,640 + 420, town table, 自评表); 9,600 is a retyping"),
    E(case="fangshan-coaltoelec-2018", code="completion_mismatch",
      old="为年度指标值的96.00%", new="为年度指标值的104.17%",
      value="年度指标值的104.17%",
      explanation="按期发放率 91.20% against target ≥95%: completion 91.20/95 = 96.00%; 104.17% is the inverted ratio 95/91.20"),

    # ---------------- 河北保定清苑 2019 气代煤 ----------------
    E(case="qingyuan-gasheating-2019", code="score_sum_mismatch",
      old="｜62微克/立方米｜10｜9.68", new="｜62微克/立方米｜10｜9.86",
      value="9.86\n效益指标｜生态效益指标｜优良天数｜≥200天｜198天｜10｜9.90\n"
            "效益指标｜社会效益指标｜改造村庄散煤复烧率｜≤0.5%｜1.0%｜10｜5.00\n"
            "满意度指标｜服务对象满意度指标｜改造农户满意度｜≥90%｜82.4%｜10｜9.16\n合计｜｜｜｜｜100｜89.68",
      explanation="row scores now add to 89.86 (PM2.5 row 9.68 edited to 9.86), the total still reads 89.68"),
    E(case="qingyuan-gasheating-2019", code="weight_sum_mismatch",
      old="｜1.0%｜10｜5.00", new="｜1.0%｜5｜5.00",
      value="1.0%｜5｜5.00\n满意度指标｜服务对象满意度指标｜改造农户满意度｜≥90%｜82.4%｜10｜9.16\n合计｜｜｜｜｜100",
      explanation="weights now add to 95 (复烧率 row weight 10 written as 5, its score copied into the weight cell), stated 100"),
    E(case="qingyuan-gasheating-2019", code="grade_mismatch",
      old="89.68分，评价等级为“良”", new="89.68分，评价等级为“优”",
      value="89.68分，评价等级为“优”",
      explanation="89.68 lies in the 良 band (80 ≤ s < 90); 优 needs 90 — the total was rounded up in the head"),
    E(case="qingyuan-gasheating-2019", code="conflicting_values",
      old="运行补贴发放户数52,360户", new="运行补贴发放户数53,260户",
      value="53,260户",
      explanation="the target number of subsidised households is 52,360 everywhere else (38,450 + 13,910; 自评表 52360户); digits transposed"),
    E(case="qingyuan-gasheating-2019", code="completion_mismatch",
      old="完成年度指标的80.42%", new="完成年度指标的76.40%",
      value="完成年度指标的76.40%",
      explanation="按期发放率 76.40% against target ≥95%: completion 76.40/95 = 80.42%; 76.40% divides by 100 instead of the target"),

    # ---------------- 北京门头沟 2020 网格化监测 ----------------
    E(case="mentougou-gridmonitor-2020", code="balance_mismatch",
      old="结余12.06万元，已于", new="结余73.26万元，已于",
      value="73.26万元",
      explanation="到位 550.80 - 执行 538.74 = 12.06 (funds table row (5) also 12.06); 73.26 subtracts from the 年初预算 612.00 before the cut"),
    E(case="mentougou-gridmonitor-2020", code="score_exceeds_weight", rows=True,
      old="| 101.40% | 10 | 10 |\n| 产出指标 | 质量指标 | 小微站数据有效率 | ≥90% | 81.0% | 90.00% | 10 | 9.00 |",
      new="| 101.40% | 10 | 10.14 |\n| 产出指标 | 质量指标 | 小微站数据有效率 | ≥90% | 81.0% | 90.00% | 10 | 8.86 |",
      value="101.40% | 10 | 10.14",
      explanation="小微站运维数量 scored by its 101.40% completion: 10.14 above the weight 10 (next row lowered to 8.86 so the total still reads 93.58)"),
    E(case="mentougou-gridmonitor-2020", code="grade_mismatch",
      old="评价等级为“优”", new="评价等级为“良”",
      value="评价等级为“良”",
      explanation="93.58 lies in the 优 band (≥ 90); 良 left over from an earlier draft"),
    E(case="mentougou-gridmonitor-2020", code="year_mismatch",
      old="截至2020年12月31日", new="截至2019年12月31日",
      value="截至2019年12月31日",
      explanation="the 2020 report states its year-end station count as of 2019-12-31 (last year's sentence left in)"),
    E(case="mentougou-gridmonitor-2020", code="rate_mismatch",
      old="优良天数比例77.0%", new="优良天数比例77.3%",
      value="优良天数比例77.3%",
      explanation="282 good days of the 366 days of 2020 = 77.0%; 77.3% divides by 365"),

    # ---------------- 天津静海 2021 扬尘监管 ----------------
    E(case="jinghai-dustcontrol-2021", code="rate_mismatch",
      old="执行率85.83%", new="执行率85.38%",
      value="执行率85.38%",
      explanation="执法取证设备 38.28 / 44.60 = 85.83%; digits transposed"),
    E(case="jinghai-dustcontrol-2021", code="score_exceeds_weight", rows=True,
      old="2316次\t10\t10\t—\n产出指标\t数量指标\t道路积尘负荷走航监测次数\t=12次\t12次\t5\t5",
      new="2316次\t5\t10\t—\n产出指标\t数量指标\t道路积尘负荷走航监测次数\t=12次\t12次\t10\t5",
      value="2316次\t5\t10",
      explanation="weights of two adjacent rows swapped: 施工工地执法检查次数 now weight 5 with score 10 (weight total unchanged)"),
    E(case="jinghai-dustcontrol-2021", code="implausible_rate",
      old="≥95%\t96.49%", new="≥95%\t103.64%",
      value="103.64%",
      explanation="按时结案率 over 100%: 55 of 57 cases closed on time = 96.49%; 103.64% is 57/55"),
    E(case="jinghai-dustcontrol-2021", code="year_mismatch",
      old="附件：2021年度项目支出绩效自评表", new="附件：2020年度项目支出绩效自评表",
      value="2020年度项目支出绩效自评表",
      explanation="the 2021 report attaches a table headed 2020年度 (last year's template left in)"),
    E(case="jinghai-dustcontrol-2021", code="unit_mismatch",
      old="=12次\t12次", new="=12次\t100%",
      value="=12次\t100%",
      explanation="target in 次, actual given as a percentage"),

    # ---------------- 河北沧州 2023 部门整体 ----------------
    E(case="cangzhou-deptwhole-2023", code="sum_mismatch",
      old="公用经费533.74万元", new="公用经费353.74万元",
      value="4,236.18万元（人员经费3,702.44万元、公用经费353.74万元",
      explanation="基本支出 3,702.44 + 353.74 = 4,056.18, stated 4,236.18 (533.74 retyped)"),
    E(case="cangzhou-deptwhole-2023", code="score_sum_mismatch",
      old="| 3.91% | 6 | 4.69 |", new="| 3.91% | 6 | 4.96 |",
      value="3.91% | 6 | 4.96 |\n| 满意度指标 | 满意度指标 | 社会公众满意度 | ≥85% | 86.7% | 5 | 5 |\n"
            "| 满意度指标 | 满意度指标 | 服务企业满意度 | ≥90% | 93.1% | 5 | 5 |\n| 合计 |  |  |  |  | 100 | 98.39",
      explanation="row scores now add to 98.66 (信访 row 4.69 edited to 4.96), the total still reads 98.39"),
    E(case="cangzhou-deptwhole-2023", code="average_mismatch",
      old="平均得分95.90分", new="平均得分96.88分",
      value="平均得分96.88分",
      explanation="(96.5 + 98.2 + 95.8 + 97.0 + 92.0) / 5 = 95.90; 96.88 is the mean of the first four only"),
    E(case="cangzhou-deptwhole-2023", code="implausible_rate",
      old="| 政府性基金预算拨款 | 0.00 | 0.00 | 0.00 | — |", new="| 政府性基金预算拨款 | 0.00 | 0.00 | 0.00 | 100.00% |",
      value="政府性基金预算拨款 | 0.00 | 0.00 | 0.00 | 100.00%",
      explanation="an execution rate of 100.00% on a 0.00 budget (template default left in)"),
    E(case="cangzhou-deptwhole-2023", code="completion_mismatch",
      old="完成年度目标的99.85%", new="完成年度目标的100.15%",
      value="完成年度目标的100.15%",
      explanation="优良天数比例 67.4% against target ≥67.5%: completion 67.4/67.5 = 99.85%; 100.15% is the inverted ratio"),

    # ---------------- 天津宁河 2024 移动源 ----------------
    E(case="ninghe-mobilesource-2024", code="rate_mismatch",
      old="执行率92.00%", new="执行率90.20%",
      value="执行率90.20%",
      explanation="非道路移动机械抽测服务费 20.70 / 22.50 = 92.00%"),
    E(case="ninghe-mobilesource-2024", code="weight_sum_mismatch",
      old="| 312家次 | 5 | 5 |", new="| 312家次 | 10 | 5 |",
      value="312家次 | 10 | 5 | — |\n| 产出指标 | 数量指标 | 非道路移动机械抽测 | ≥1500台 | 1380台 | 10 | 9.20 | 工地停工，在用机械减少 |\n"
            "| 产出指标 | 质量指标 | 遥感设备数据有效传输率 | ≥95% | 97.3% | 10 | 10 | — |\n"
            "| 产出指标 | 质量指标 | 超标车辆闭环处理率 | =100% | 100% | 5 | 5 | — |\n"
            "| 产出指标 | 成本指标 | 每辆次抽测费用 | ≤80元 | 80元 | 10 | 10 | — |\n"
            "| 效益指标 | 生态效益指标 | 柴油货车抽测超标率 | ≤5% | 3.6% | 10 | 10 | — |\n"
            "| 效益指标 | 生态效益指标 | PM2.5年均浓度 | ≤40微克/立方米 | 37微克/立方米 | 10 | 10 | — |\n"
            "| 效益指标 | 社会效益指标 | 黑烟车投诉办结率 | =100% | 100% | 10 | 10 | — |\n"
            "| 满意度指标 | 服务对象满意度指标 | 运输企业及群众满意度 | ≥90% | 92.5% | 10 | 10 | — |\n"
            "| 总分 |  |  |  |  | 100",
      explanation="weights now add to 105 (入户检查 row weight 5 written as 10; 产出 block 55), stated 100"),
    E(case="ninghe-mobilesource-2024", code="average_mismatch",
      old="平均每套40.2万条", new="平均每套48.2万条",
      value="平均每套48.2万条",
      explanation="(41.2 + 38.6 + 44.9 + 36.3 + 40.7 + 39.5) / 6 = 40.2; 48.2 divides the 241.2 by 5"),
    E(case="ninghe-mobilesource-2024", code="unit_mismatch",
      old="罚款83.00万元", new="罚款830000万元",
      value="830000万元",
      explanation="830,000元 (83.00万元) written with the unit 万元: 63.00 + x = 146.00 holds only for x = 83.00 (off by 10^4)"),
    E(case="ninghe-mobilesource-2024", code="conflicting_values",
      old="累计抽测柴油货车8,640辆次", new="累计抽测柴油货车8,460辆次",
      value="8,460辆次",
      explanation="diesel trucks tested: 8,640辆次 everywhere else (settlement 69.12万元 at 80元, 超标率 311/8,640, 自评表); digits transposed"),
]


def main():
    labels = []
    by_case = {}
    for p in PROJECTS:
        labels.append({"case": f"{p}-clean.txt", "source": p, "clean": True, "expected": []})
        clean = open(os.path.join(CASES, f"{p}-clean.txt"), encoding="utf-8").read()
        n = 0
        for ed in [e for e in EDITS if e["case"] == p]:
            n += 1
            if clean.count(ed["old"]) != 1:
                raise SystemExit(f"{p}: edit source not unique: {ed['old']!r} ({clean.count(ed['old'])})")
            text = clean.replace(ed["old"], ed["new"])
            name = f"{p}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": ed["code"], "severity": "error",
                                         "value": ed["value"], "explanation": ed["explanation"]}]})
            by_case[name] = ed
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
