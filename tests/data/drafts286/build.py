#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts286 from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each with
exactly one edit: an exact old -> new replacement whose old text must occur exactly once in the
clean draft. labels.jsonl gets one line per case (clean drafts first, then their error copies).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sx-lucheng-paiwuxuke-2022",
    "tj-ninghe-jidongche-2023",
    "cq-yongchuan-youyan-2021",
    "gd-rongcheng-yangchen-2024",
    "nm-jining-yingjiwuzi-2019",
]

# (case suffix, code, where, old, new, value, explanation)
EDITS = {
    "sx-lucheng-paiwuxuke-2022": [
        ("e1", "completion_mismatch", "table",
         "\t97.8%\n\t102.95%", "\t97.8%\n\t102.59%", "102.59%",
         "附件1 持证单位按证排污率: actual 97.8% / target ≥95% = 102.95%, 完成率 printed 102.59%"),
        ("e2", "rate_mismatch", "table",
         "\t94.31\n", "\t94.13\n", "94.13",
         "funds table row (7)=(4)/(2), column 县区级: 45.27 / 48.00 = 94.31%, printed 94.13"),
        ("e3", "weight_sum_mismatch", "table",
         "\t持证单位按证排污率\n\t15\n", "\t持证单位按证排污率\n\t16\n", "持证单位按证排污率\n\t16",
         "附件1 权重 now add up to 101 (社会效益 row 16 instead of 15) while 合计 says 100"),
        ("e4", "unit_mismatch", "table",
         "\t≥300份\n\t288份\n", "\t≥300份\n\t96%\n", "≥300份\n\t96%",
         "附件1 执行报告审核: target in 份 (≥300份), actual given as a percentage (96%)"),
        ("e5", "grade_mismatch", "text",
         "属于\"优秀\"", "属于\"良好\"", "属于\"良好\"",
         "total 98.77 lies in the 优 band (≥90); 良好 stated"),
        ("e6", "year_mismatch", "text",
         "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
         "the 2022 report states its execution figure as at 2021-12-31"),
    ],
    "tj-ninghe-jidongche-2023": [
        ("e1", "average_mismatch", "text",
         "平均每家10次", "平均每家12.5次", "平均每家12.5次",
         "(12 + 10 + 9 + 11 + 8) / 5 = 10 checks per institution; 12.5 stated (divided by 4)"),
        ("e2", "sum_mismatch", "table",
         "其中：当年财政拨款\t260.00\t260.00", "其中：当年财政拨款\t206.00\t260.00", "其中：当年财政拨款\t206.00",
         "年初预算数 column: 206.00 + 0.00 + 0.00 = 206.00, but 年度资金总额 is 260.00"),
        ("e3", "balance_mismatch", "text",
         "结余12.52万元", "结余12.25万元", "结余12.25万元",
         "276.00 − 263.48 = 12.52万元; 12.25 stated"),
        ("e4", "conflicting_values", "text",
         "全年抽测柴油车2760辆", "全年抽测柴油车2670辆", "抽测柴油车2670辆",
         "the text gives 2670 vehicles tested, the 自评表 2760辆 (indicator row and goal block)"),
        ("e5", "implausible_rate", "table",
         "其他资金\t0.00\t0.00\t0.00\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100%", "0.00\t—\t100%",
         "其他资金 has a zero budget and zero spending, yet an execution rate of 100%"),
        ("e6", "score_sum_mismatch", "text",
         "综合自评得分98.54分", "综合自评得分98.45分", "98.45分",
         "9.55 + (10+10+9.2+10+5+5) + (10+9.79+10) + 10 = 98.54; 98.45 stated"),
    ],
    "cq-yongchuan-youyan-2021": [
        ("e1", "year_mismatch", "table",
         "（2021年度）", "（2020年度）", "（2020年度）",
         "the 自评表 of the 2021 report is headed 2020年度"),
        ("e2", "sum_mismatch", "text",
         "宣传及执法辅助费1.60万元。", "宣传及执法辅助费1.06万元。", "宣传及执法辅助费1.06万元",
         "84.00 + 18.00 + 1.06 = 103.06 ≠ 实际支出103.60万元"),
        ("e3", "completion_mismatch", "table",
         "\n101.68%\n", "\n101.86%\n", "101.86%",
         "净化设施验收合格率: 96.6% / 95% = 101.68%, 完成率 printed 101.86%"),
        ("e4", "rate_mismatch", "text",
         "兑付率97.67%", "兑付率96.77%", "兑付率96.77%",
         "84.00 / 86.00 = 97.67%; 96.77% stated"),
        ("e5", "unit_mismatch", "text",
         "追加第三方监测经费8.00万元", "追加第三方监测经费80000万元", "80000万元",
         "100.00 + x = 108.00 gives 8.00万元 = 80000元: a 元 figure labelled 万元 (off by 10^4)"),
        ("e6", "score_exceeds_weight", "table",
         "10\n9.44\n部分单位验收资料补正滞后\n成本指标\n大型餐饮单位补助标准\n≤8000元/家\n8000元/家\n100.00%\n5\n5\n",
         "10\n5\n部分单位验收资料补正滞后\n成本指标\n大型餐饮单位补助标准\n≤8000元/家\n8000元/家\n100.00%\n5\n9.44\n",
         "8000元/家\n100.00%\n5\n9.44",
         "scores of 时效 and 成本 rows swapped: 成本指标 weight 5, score 9.44 (total unchanged)"),
    ],
    "gd-rongcheng-yangchen-2024": [
        ("e1", "balance_mismatch", "table",
         "| 结余资金 | 3.65 |", "| 结余资金 | 3.56 |", "| 结余资金 | 3.56 |",
         "实际到位 170.00 − 全年执行 166.35 = 3.65万元; 3.56 stated"),
        ("e2", "conflicting_values", "text",
         "2024年纳入在线监测的在建工地92个", "2024年纳入在线监测的在建工地96个", "在建工地96个",
         "96 sites in the overview, 92 elsewhere in the text and in the 自评表"),
        ("e3", "average_mismatch", "table",
         "| 第三季度 | 98.1% |", "| 第三季度 | 98.7% |",
         "| 第三季度 | 98.7% |\n| 第四季度 | 97.8% |\n| 全年平均 | 97.40% |",
         "(96.2 + 97.5 + 98.7 + 97.8) / 4 = 97.55%, 全年平均 says 97.40%"),
        ("e4", "score_sum_mismatch", "text",
         "综合自评得分97.04分", "综合自评得分96.04分", "综合自评得分96.04分",
         "9.79 + 49.65 + 27.6 + 10 = 97.04 (also the 总分 row); 96.04 stated"),
        ("e5", "implausible_rate", "table",
         "| ≥85% | 91.6% |", "| ≥85% | 102.5% |", "102.5%",
         "satisfaction of 102.5% is above 100%"),
        ("e6", "grade_mismatch", "table",
         "自评等级：优 |", "自评等级：良 |", "自评等级：良",
         "total 97.04 lies in the 优 band; 良 stated in the 总分 row"),
    ],
    "nm-jining-yingjiwuzi-2019": [
        ("e1", "weight_sum_mismatch", "table",
         "｜≥3处｜3处｜5｜5｜", "｜≥3处｜3处｜8｜5｜", "｜3处｜8｜5｜",
         "分值 now add up to 103 (储备点 row 8 instead of 5) while 总分 says 100"),
        ("e2", "rate_mismatch", "text",
         "支出率80.63%", "支出率80.36%", "支出率80.36%",
         "30.64 / 38.00 = 80.63%; 80.36% stated"),
        ("e3", "score_exceeds_weight", "table",
         "｜5｜4.3｜园区企业参演人数少于计划｜\n｜｜质量指标｜应急物资验收合格率｜100%｜100%｜10｜10｜",
         "｜5｜10｜园区企业参演人数少于计划｜\n｜｜质量指标｜应急物资验收合格率｜100%｜100%｜10｜4.3｜",
         "｜86人次｜5｜10｜",
         "scores of two adjacent rows swapped: 应急演练参演人次 weight 5, score 10 (total unchanged)"),
        ("e4", "year_mismatch", "text",
         "2019年3月下达15.00万元", "2020年3月下达15.00万元", "2020年3月下达15.00万元",
         "2019 budget money said to be issued in March 2020, after the evaluation year"),
        ("e5", "sum_mismatch", "table",
         "｜12.60｜", "｜12.06｜", "｜12.06｜",
         "materials table: 12.06 + 8.40 + 7.30 + 2.34 = 30.10 ≠ 合计 30.64"),
        ("e6", "conflicting_values", "text",
         "参演人员86人次", "参演人员68人次", "参演人员68人次",
         "68 participants in the text, 86人次 in the 自评表"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src} {suffix}: old text occurs {n} times, expected once: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src} {suffix}: value {value!r} not in the error case")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
