#!/usr/bin/env python3
"""Build the n133 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Error case i of a source is written to cases/<source>-e<i>.txt; labels.jsonl lists the clean
case of each source followed by its error cases.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# source -> list of (code, where, old, new, value, explanation)
EDITS = {
    "jx-qianshan-hehuzhang-2022": [
        ("rate_mismatch", "text",
         "执行140.77万元，执行率93.85%",
         "执行140.77万元，执行率93.58%",
         "执行率93.58%",
         "当年财政拨款 140.77 / 150.00 = 93.85%, stated 93.58%"),
        ("sum_mismatch", "table",
         "上年结转资金｜0.00｜8.60｜8.60｜",
         "上年结转资金｜0.00｜8.60｜6.80｜",
         "上年结转资金｜0.00｜8.60｜6.80",
         "执行 column: 当年财政拨款 140.77 + 上年结转 6.80 + 其他 0.00 = 147.57, but 年度资金总额 执行 is 149.37"),
        ("score_exceeds_weight", "table",
         "56人次｜10｜10｜汛期及专项行动增加巡查\n产出指标｜数量指标｜更新维护河长公示牌｜≥150块｜138块｜10｜9.2｜",
         "56人次｜10｜11｜汛期及专项行动增加巡查\n产出指标｜数量指标｜更新维护河长公示牌｜≥150块｜138块｜10｜8.2｜",
         "56人次｜10｜11",
         "巡河人次 row scored 11 with weight 10 (the 公示牌 row was lowered to 8.2 so the total still reads 98.62)"),
        ("grade_mismatch", "text",
         "评价等级为优。",
         "评价等级为良。",
         "评价等级为良",
         "total 98.62 lies in the 优 band (>= 90), stated 良"),
        ("unit_mismatch", "table",
         "整改销号率｜≥95%｜100%",
         "整改销号率｜≥95%｜42处",
         "≥95%｜42处",
         "target is a rate (≥95%), actual given as a count (42处): the number of problems instead of the 销号率"),
        ("year_mismatch", "text",
         "截至2022年12月31日",
         "截至2021年12月31日",
         "截至2021年12月31日",
         "execution figures of the 2022 budget dated 截至2021年12月31日, a year before the evaluation year"),
    ],
    "fj-songxi-szyjcz-2019": [
        ("average_mismatch", "text",
         "平均95.5分",
         "平均96.5分",
         "平均96.5分",
         "(96 + 94 + 97 + 95) / 4 = 95.5, stated 96.5"),
        ("completion_mismatch", "table",
         "98.63%｜103.82%",
         "98.63%｜103.28%",
         "98.63%｜103.28%",
         "数据到报率 98.63% / target 95% = 103.82%, stated 103.28%"),
        ("balance_mismatch", "text",
         "结余2.54万元",
         "结余2.45万元",
         "结余2.45万元",
         "到位 52.40 - 支出 49.86 = 2.54, stated 2.45"),
        ("conflicting_values", "text",
         "综合满意度为94.5%",
         "综合满意度为95.4%",
         "95.4%",
         "satisfaction 95.4% in the text, 94.5% in the 自评表 (whose completion 105.00% follows from 94.5%)"),
        ("implausible_rate", "table",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
         "0.00｜—｜100%",
         "execution rate 100% printed on a zero base (上年结转资金 0.00 / 0.00)"),
        ("weight_sum_mismatch", "table",
         "36小时｜100%｜5｜5｜",
         "36小时｜100%｜10｜5｜",
         "36小时｜100%｜10",
         "时效 weight typed 10 instead of 5: weights now total 105 (产出 55) against 合计 100"),
    ],
    "sc-langzhong-shuibaojiance-2023": [
        ("rate_mismatch", "table",
         "｜10｜93.10%｜9.31",
         "｜10｜93.01%｜9.31",
         "93.01%",
         "42.36 / 45.50 = 93.10%, stated 93.01%"),
        ("score_sum_mismatch", "table",
         "22｜10｜9.17｜",
         "22｜10｜9.71｜",
         "22｜10｜9.71",
         "row scores now add to 99.02 (9.31 + 10 + 10 + 9.71 + 15 + 10 + 5 + 15 + 15), stated 总分 98.48"),
        ("completion_mismatch", "text",
         "完成率91.67%",
         "完成率91.76%",
         "完成率91.76%",
         "径流小区观测 22 / 24 场次 = 91.67%, stated 91.76%"),
        ("year_mismatch", "table",
         "2023年度项目支出绩效自评表",
         "2022年度项目支出绩效自评表",
         "2022年度项目支出绩效自评表",
         "the attached 自评表 is titled 2022年度 in a 2023 self-evaluation report"),
        ("unit_mismatch", "text",
         "观测员劳务补助3.12万元",
         "观测员劳务补助31200万元",
         "31200万元",
         "31200元 (2人 × 1300元 × 12月) written with the unit 万元: off by 10^4; with 3.12万元 the parts add to 12.48"),
        ("score_exceeds_weight", "table",
         "2023年12月20日｜10｜10｜\n产出指标｜成本指标｜动态监测单位面积成本｜≤｜100｜元/平方公里｜99.04｜5｜5｜",
         "2023年12月20日｜10｜5｜\n产出指标｜成本指标｜动态监测单位面积成本｜≤｜100｜元/平方公里｜99.04｜5｜10｜",
         "99.04｜5｜10",
         "scores of the 时效 and 成本 rows swapped: 成本 row scored 10 with weight 5 (total unchanged)"),
    ],
    "hb-feixiang-shuixiliantong-2021": [
        ("sum_mismatch", "text",
         "区级配套资金380.00万元",
         "区级配套资金830.00万元",
         "区级配套资金830.00万元",
         "1,200.00 + 300.00 + 830.00 = 2,330.00, but 全年预算 is 1,880.00 (区级 280.00 + 100.00 = 380.00)"),
        ("balance_mismatch", "text",
         "年末结余137.42万元",
         "年末结余173.42万元",
         "173.42万元",
         "到位 1,880.00 - 支出 1,742.58 = 137.42, stated 173.42"),
        ("score_sum_mismatch", "text",
         "满意度指标（10分）得9.68分",
         "满意度指标（10分）得9.86分",
         "得9.86分",
         "9.27 + 49 + 28.5 + 9.86 = 96.63, stated 合计 96.45"),
        ("grade_mismatch", "text",
         "评价等级为“优”",
         "评价等级为“良”",
         "评价等级为“良”",
         "total 96.45 lies in the 优 band, stated 良"),
        ("conflicting_values", "text",
         "全年完成清淤疏浚河道43.6公里",
         "全年完成清淤疏浚河道46.3公里",
         "清淤疏浚河道46.3公里",
         "清淤疏浚 46.3公里 in the conclusion, 43.6公里 (103.81% of 42) in the output section"),
        ("weight_sum_mismatch", "text",
         "效益指标（30分）",
         "效益指标（35分）",
         "效益指标（35分）",
         "weights 10 + 50 + 35 + 10 = 105, and 效益 sub-weights 15 + 15 = 30 against 35"),
    ],
    "qh-huangyuan-slj-2024": [
        ("average_mismatch", "text",
         "平均自评得分94.4分",
         "平均自评得分94.8分",
         "平均自评得分94.8分",
         "(96.5 + 98 + 94 + 92.5 + 91) / 5 = 94.4, stated 94.8"),
        ("implausible_rate", "table",
         "≥90%｜93%｜10｜10｜",
         "≥90%｜103.33%｜10｜10｜",
         "103.33%",
         "satisfaction 103.33% is above 100% (the completion rate 93/90 typed into the 实际完成值 cell)"),
        ("rate_mismatch", "table",
         "301.25｜94.55%",
         "301.25｜95.45%",
         "301.25｜95.45%",
         "农村牧区供水工程维修养护 301.25 / 318.60 = 94.55%, stated 95.45%"),
        ("completion_mismatch", "text",
         "完成率91.11%",
         "完成率91.01%",
         "完成率91.01%",
         "维修养护 41 / 45处 = 91.11%, stated 91.01%"),
        ("conflicting_values", "table",
         "≥6.8公里｜6.8公里",
         "≥6.8公里｜8.6公里",
         "≥6.8公里｜8.6公里",
         "中小河流治理 8.6公里 in the 自评表, 6.8公里 in the text"),
        ("year_mismatch", "text",
         "已结转至2025年继续使用",
         "已结转至2024年继续使用",
         "结转至2024年",
         "the unspent part of the 2024 budget is carried over to 2024 itself"),
    ],
}


def main():
    labels = []
    for source, edits in EDITS.items():
        clean_name = f"{source}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": source, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{source} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{source} e{i}: value {value!r} not in case")
            name = f"{source}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": source, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
