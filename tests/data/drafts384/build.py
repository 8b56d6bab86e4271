#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each with exactly one
injected slip: one exact old -> new replacement that must match exactly once in the clean draft.
labels.jsonl gets one line per case (clean cases first in each group), in the format of
/work/shared/eval/dev/labels.jsonl.

Edit tuple: (suffix, code, where, old, new, value, explanation)
  where  -- "prose" or "table" (documentation only; README counts them)
  value  -- exact substring of the error case that contains the changed figure
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

EDITS = {
    # ------------------------------------------------------------------ Shanxi, cell-per-line tables
    "sx-huairen-ludeng-2021": [
        ("e1", "implausible_rate", "table",
         "\t(6)=(3)/(2)\n\t100\n\t100\n\t0\n", "\t(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
         "(6)=(3)/(2)\n\t100\n\t100\n\t100",
         "funds table row (6) 预算到位率, column 中央级: that column has no budget (row (2) blank), so a rate of 100 "
         "there is a rate on a zero base (the other zero-base columns correctly print 0)"),
        ("e2", "completion_mismatch", "table",
         "\t12460盏\n\t103.83%\n", "\t12460盏\n\t103.38%\n",
         "103.38%",
         "附件1 路灯设施日常维护数量: 12460 / 12000 = 103.83%, stated 103.38%"),
        ("e3", "sum_mismatch", "prose",
         "路灯日常维护112.60万元", "路灯日常维护121.60万元",
         "路灯日常维护121.60万元",
         "spending components 329.90 + 121.60 + 19.80 + 52.40 = 523.70, stated total 514.70 (table (4) also 514.70)"),
        ("e4", "year_mismatch", "prose",
         "质保金17.36万元结转至2022年", "质保金17.36万元结转至2021年",
         "质保金17.36万元结转至2021年",
         "2021 report: the unspent retention money is carried forward to the evaluation year itself; must be a later year (2022)"),
        ("e5", "average_mismatch", "prose",
         "平均每盏1378.02元", "平均每盏1387.02元",
         "平均每盏1387.02元",
         "settlement 347.26万元 / 2520盏 = 1378.02元 per lamp, stated 1387.02元"),
        ("e6", "score_sum_mismatch", "table",
         "\t95.83%\n\t9.58\n", "\t95.83%\n\t9.85\n",
         "95.83%\n\t9.85",
         "附件1 scores 9.56 + 10×5 + 9.2 + 9.85 + 10 + 10 = 98.61, stated total 98.34分"),
    ],
    # ------------------------------------------------------------------ Sichuan, funds in 元, tab rows
    "sc-longchang-ludeng-2023": [
        ("e1", "rate_mismatch", "table",
         "\t10\t98.25%\t9.83", "\t10\t98.52%\t9.83",
         "98.52%",
         "自评表 年度资金总额: 3,051,287.40 / 3,105,600.00 = 98.25%, stated 98.52%"),
        ("e2", "unit_mismatch", "table",
         "\t万元\t170.24\t5\t5", "\t万元\t1702367.40\t5\t5",
         "万元\t1702367.40",
         "LED改造工程结算成本 row is measured in 万元 but the actual is the 元 figure 1,702,367.40 (= 170.24万元): "
         "off by 10^4"),
        ("e3", "weight_sum_mismatch", "table",
         "\t小时\t20\t10\t10", "\t小时\t20\t12\t10",
         "小时\t20\t12\t10",
         "分值 10 (execution) + 10+10+10+12+5+5 + 10+10+10 + 10 = 102, 总分 row says 100"),
        ("e4", "conflicting_values", "prose",
         "全年更换LED灯具1860盏", "全年更换LED灯具1680盏",
         "全年更换LED灯具1680盏",
         "the conclusion gives 1680 LED lamps replaced; 四（一） says 1,860盏 and the table 1860"),
        ("e5", "balance_mismatch", "prose",
         "年末结余54,312.60元", "年末结余45,312.60元",
         "年末结余45,312.60元",
         "all funds arrived: 3,105,600.00 - 3,051,287.40 = 54,312.60元, stated 45,312.60元"),
        ("e6", "grade_mismatch", "prose",
         "评价等级为“优”", "评价等级为“良”",
         "项目得分99.13分，评价等级为“良”",
         "99.13 is in the 优 band (90-100)"),
    ],
    # ------------------------------------------------------------------ Hunan, MOF 附件1, PDF-style rows
    "hn-lengshuijiang-ludeng-2022": [
        ("e1", "implausible_rate", "table",
         "≥90% 96.5% 10 10", "≥90% 965% 10 10",
         "沿线群众满意度 ≥90% 965%",
         "satisfaction of 965% is above 100% (decimal point dropped from 96.5%)"),
        ("e2", "score_exceeds_weight", "table",
         "1180盏 10 10\n", "1180盏 10 10.26\n",
         "1180盏 10 10.26",
         "LED路灯改造数量 scored 10.26 with weight 10 (over-achievement 1180/1150 not capped); "
         "the scores now sum to 97.00, still consistent with the stated whole-point total 97"),
        ("e3", "sum_mismatch", "table",
         "620.00 620.00 594.58", "620.00 620.00 595.48",
         "当年财政拨款 620.00 620.00 595.48",
         "全年执行数 column: 595.48 + 16.50 + 0.00 = 611.98, 年度资金总额 says 611.08"),
        ("e4", "rate_mismatch", "prose",
         "到位率97.91%", "到位率97.19%",
         "到位率97.19%",
         "到位 623.20 / 全年预算 636.50 = 97.91%, stated 97.19%"),
        ("e5", "conflicting_values", "prose",
         "完成LED路灯改造1180盏", "完成LED路灯改造1280盏",
         "完成LED路灯改造1280盏",
         "prose gives 1280 lamps converted, the 自评表 1180盏"),
        ("e6", "year_mismatch", "prose",
         "截至2022年12月31日", "截至2021年12月31日",
         "截至2021年12月31日",
         "2022 report (title, 自评表 2022年度) but the funds figures are dated 截至2021年12月31日"),
    ],
    # ------------------------------------------------------------------ Hubei 2020 style (20 + 80), PDF rows
    "hb-anlu-ludeng-2020": [
        ("e1", "weight_sum_mismatch", "table",
         "≤60件 48件 10 10", "≤60件 48件 12 10",
         "48件 12 10",
         "表2 分值 20 + 10+10+10+12 + 10+10+10 + 10 = 102, 合计 says 100"),
        ("e2", "balance_mismatch", "table",
         "409.37 19.23 95.51%", "409.37 19.32 95.51%",
         "409.37 19.32",
         "表1: 到位 428.60 - 执行 409.37 = 19.23, 结余 stated 19.32"),
        ("e3", "score_exceeds_weight", "table",
         "7350盏 10 10", "7350盏 10 10.21",
         "7350盏 10 10.21",
         "管护路灯数量 scored 10.21 with weight 10 (7350/7200 not capped); scores now sum to 98.21, "
         "still consistent with the whole-point total 98"),
        ("e4", "unit_mismatch", "prose",
         "LED改造工程款169.07万元", "LED改造工程款1690700万元",
         "LED改造工程款1690700万元",
         "the 元 amount 1,690,700 written with the unit 万元: off by 10^4; 169.07万元 restores both the spending sum "
         "(409.37) and the 1166元 per-lamp average"),
        ("e5", "completion_mismatch", "prose",
         "完成率96.67%", "完成率96.76%",
         "完成率96.76%",
         "1450 / 1500 = 96.67%, stated 96.76%"),
        ("e6", "grade_mismatch", "prose",
         "综合得分98分，评价等级为优秀", "综合得分98分，评价等级为良好",
         "评价等级为良好",
         "98 is in the 优 band (90-100)"),
    ],
    # ------------------------------------------------------------------ Gansu, department-wide, web page
    "gs-kongtong-chengguan-bumen-2024": [
        ("e1", "rate_mismatch", "table",
         "356.96\t92.57%", "356.96\t95.27%",
         "356.96\t95.27%",
         "城区LED节能改造: 356.96 / 385.60 = 92.57%, stated 95.27%"),
        ("e2", "completion_mismatch", "table",
         "12486盏\t104.05%", "12486盏\t104.50%",
         "12486盏\t104.50%",
         "路灯设施维护数量: 12486 / 12000 = 104.05%, stated 104.50%"),
        ("e3", "score_sum_mismatch", "table",
         "生态效益\t15\t13.8", "生态效益\t15\t13.3",
         "生态效益\t15\t13.3",
         "scores 9.79 + 20 + 10 + 9.5 + 10 + 14 + 13.3 + 10 = 96.59, 合计 and text say 97.09"),
        ("e4", "average_mismatch", "prose",
         "平均95.67分", "平均96.67分",
         "平均96.67分",
         "(98 + 93 + 96) / 3 = 95.67, stated 96.67"),
        ("e5", "conflicting_values", "prose",
         "全年完成LED节能改造3,126盏", "全年完成LED节能改造3,216盏",
         "全年完成LED节能改造3,216盏",
         "section 三 gives 3,216 lamps; section 二 (3,126盏) and the indicator table (3126盏) give 3126"),
        ("e6", "unit_mismatch", "prose",
         "平均每盏1,202.02元", "平均每盏1,202.02万元",
         "平均每盏1,202.02万元",
         "per-lamp average written in 万元: 375.75万元 / 3,126盏 = 1,202.02元, off by 10^4"),
    ],
}

ORDER = ["sx-huairen-ludeng-2021", "sc-longchang-ludeng-2023", "hn-lengshuijiang-ludeng-2022",
         "hb-anlu-ludeng-2020", "gs-kongtong-chengguan-bumen-2024"]


def main():
    labels = []
    for pid in ORDER:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl in EDITS[pid]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{pid}-{suffix}: value not in error case: {value!r}")
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
