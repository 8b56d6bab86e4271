#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts255 from the clean drafts.

Each edit is an exact old -> new replacement that must occur exactly once in the clean draft.
`value` is a short exact substring of the error case that contains the changed figure.
`where` says whether the slip sits in the prose (P) or in a table (T).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# project id -> list of edits (case number, code, where, old, new, value, explanation)
EDITS = {
    "gs-ningxian-yudiba-2020": [
        (1, "rate_mismatch", "T",
         "\t96.43\n", "\t96.34\n", "96.34",
         "funds table row 预算执行率 (7)=(4)/(2), column 中央级: 540.00 / 560.00 = 96.43%, printed 96.34"),
        (2, "balance_mismatch", "P",
         "结余27.64万元", "结余26.74万元", "结余26.74万元",
         "到位 680.00 − 执行 652.36 = 27.64万元 (the funds table's 资金结余 row also says 27.64)"),
        (3, "completion_mismatch", "T",
         "\t108.13%\n", "\t108.31%\n", "108.31%",
         "下游受保护人口 ≥3200人, actual 3460人: completion 3460/3200 = 108.13%, printed 108.31%"),
        (4, "average_mismatch", "P",
         "平均73.50万元", "平均75.30万元", "平均75.30万元",
         "(78.62 + 71.40 + 69.85 + 74.13) / 4 = 73.50万元, stated 75.30"),
        (5, "year_mismatch", "P",
         "截至2020年12月31日", "截至2019年12月31日", "截至2019年12月31日",
         "2020 report (money of 2020, works Mar–Nov 2020) but the spending cut-off is dated 2019年12月31日"),
        (6, "implausible_rate", "T",
         "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t0\n",
         "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t100\n",
         "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t100",
         "预算到位率 row, column 市级: the 市级 budget is empty (zero base) yet the rate reads 100 (was 0)"),
    ],
    "sn-liuba-qingjie-2022": [
        (1, "rate_mismatch", "T",
         "\t10\t97.47%\t9.75", "\t10\t97.74%\t9.75", "97.74%",
         "自评表 年度资金总额: 438.60 / 450.00 = 97.47%, printed 97.74%"),
        (2, "unit_mismatch", "P",
         "追加县级配套资金30万元", "追加县级配套资金300000万元", "300000万元",
         "the 30万元 county top-up (300000元) written with the unit 万元: 420.00 + 300000 ≠ 450.00, "
         "reconciled exactly by rescaling that amount by 10^4"),
        (3, "score_sum_mismatch", "P",
         "产出指标49.38分", "产出指标48.38分",
         "98.13分，评价等级为“优秀”。其中预算执行9.75分、产出指标48.38分",
         "9.75 + 48.38 + 29 + 10 = 97.13, stated total 98.13 (the table's 产出 rows give 49.38)"),
        (4, "score_exceeds_weight", "T",
         "22座\t5\t5\t\n\t\t\t河道清淤整治长度\t≥3.2公里\t3.0公里\t10\t9.38",
         "22座\t5\t9.38\t\n\t\t\t河道清淤整治长度\t≥3.2公里\t3.0公里\t10\t5",
         "22座\t5\t9.38",
         "scores of two adjacent rows pasted one row off: 新建垃圾收集池 分值 5 得分 9.38 (> 5); "
         "the total 98.13 is unchanged"),
        (5, "grade_mismatch", "T",
         "自评等级\t优", "自评等级\t良", "自评等级\t良",
         "total 98.13 lies in the 优 band (≥90), table grade reads 良"),
        (6, "conflicting_values", "P",
         "受益人口3050人", "受益人口3500人", "受益人口3500人",
         "受益人口 is 3050人 in the 自评表 (row 受益人口 and 实际完成情况), 3500人 in the text"),
    ],
    "gz-daozhen-podigeng-2019": [
        (1, "sum_mismatch", "T",
         "上坝乡 590 1.0 4", "上坝乡 590 1.3 4", "上坝乡 590 1.3 4\n合计 4200 7.2 24",
         "表1 生产道路 column: 2.0 + 1.6 + 1.4 + 1.2 + 1.3 = 7.5, 合计 7.2"),
        (2, "average_mismatch", "P",
         "平均每个项目区840亩", "平均每个项目区804亩", "平均每个项目区804亩",
         "(1050 + 920 + 860 + 780 + 590) / 5 = 840亩, stated 804"),
        (3, "weight_sum_mismatch", "T",
         "85% 5 4.25", "85% 10 4.25", "85% 10 4.25",
         "时效指标 分值 5 → 10: weights now total 105"),
        (4, "grade_mismatch", "P",
         "评价等级为“良”", "评价等级为“优”", "项目自评得分89.72分，评价等级为“优”",
         "89.72 is in the 良 band (80 ≤ s < 90), stated 优"),
        (5, "implausible_rate", "T",
         "其他资金 0.00 0.00 0.00 — — —", "其他资金 0.00 0.00 0.00 — 100% —",
         "其他资金 0.00 0.00 0.00 — 100%",
         "其他资金 budget 0.00 (zero base) yet 执行率 100%"),
        (6, "year_mismatch", "P",
         "结转至2020年使用", "结转至2019年使用", "结转至2019年",
         "the unspent 252.00万元 of the 2019 budget is carried over to 2019 itself"),
    ],
    "nm-yijinhuoluo-jiance-2024": [
        (1, "unit_mismatch", "T",
         "| 5600平方公里 | 5600平方公里 | 100% |", "| 5600平方公里 | 100% | 100% |",
         "5600平方公里 | 100%",
         "水土流失动态监测面积: target in 平方公里, actual given as 100%"),
        (2, "rate_mismatch", "P",
         "预算执行率为98.00%", "预算执行率为96.00%", "预算执行率为96.00%",
         "78.40 / 80.00 = 98.00%, stated 96.00%"),
        (3, "completion_mismatch", "T",
         "| 114.00% |", "| 141.00% |", "141.00%",
         "图斑复核 ≥300个, actual 342个: completion 342/300 = 114.00%, printed 141.00%"),
        (4, "weight_sum_mismatch", "P",
         "产出指标50分", "产出指标60分",
         "满分100分，其中预算执行率10分、产出指标60分、效益指标30分、满意度指标10分",
         "10 + 60 + 30 + 10 = 110 against 满分100 (the table's 产出 rows weigh 50)"),
        (5, "conflicting_values", "P",
         "共复核图斑342个", "共复核图斑324个", "共复核图斑324个",
         "图斑复核 is 342个 in the 自评表 (and 114% of 300), 324个 in the text"),
        (6, "score_sum_mismatch", "T",
         "| 100 | 99.00 |", "| 100 | 99.20 |", "99.20",
         "row scores 9.80 + 50 + 29.20 + 10 = 99.00, 总分 row reads 99.20 (the text's rounded 99分 still fits)"),
    ],
    "hn-shuangpai-shuitu-2018": [
        (1, "year_mismatch", "T",
         "（2018年度）", "（2017年度）", "（2017年度）",
         "the 自评表 is headed 2017年度 while the report, budget and indicators are 2018"),
        (2, "balance_mismatch", "P",
         "结转资金112.50万元", "结转资金121.50万元", "结转资金121.50万元",
         "到位 750.00 − 执行 637.50 = 112.50万元, stated 121.50"),
        (3, "score_exceeds_weight", "T",
         "4.8平方公里\n10\n10\n小型水保工程（蓄水池、谷坊）\n≥40座\n30座\n5\n3.75",
         "4.8平方公里\n10\n3.75\n小型水保工程（蓄水池、谷坊）\n≥40座\n30座\n5\n10",
         "30座\n5\n10",
         "scores of two adjacent rows swapped: 小型水保工程 分值 5 得分 10 (> 5); the total 90.92 is unchanged"),
        (4, "sum_mismatch", "P",
         "保土耕作1.6平方公里", "保土耕作6.1平方公里",
         "保土耕作6.1平方公里，共计完成综合治理面积25.5平方公里",
         "4.8 + 1.6 + 17.5 + 6.1 = 30.0, stated 共计 25.5"),
        (5, "completion_mismatch", "P",
         "完成年度目标的102.00%", "完成年度目标的120.00%", "完成年度目标的120.00%",
         "25.5 / 25 = 102.00%, stated 120.00%"),
        (6, "conflicting_values", "T",
         "≥25平方公里\n25.5平方公里\n15", "≥25平方公里\n25.2平方公里\n15", "25.2平方公里",
         "综合治理面积 actual 25.2 in the indicator row, 25.5 in the text and in 实际完成情况"),
    ],
}

ORDER = ["gs-ningxian-yudiba-2020", "sn-liuba-qingjie-2022", "gz-daozhen-podigeng-2019",
         "nm-yijinhuoluo-jiance-2024", "hn-shuangpai-shuitu-2018"]


def main():
    labels = []
    for pid in ORDER:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for n, code, where, old, new, value, expl in EDITS[pid]:
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{pid}-e{n}: old string occurs {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
