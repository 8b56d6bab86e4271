#!/usr/bin/env python3
"""Build the n119 error cases and labels.jsonl from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft;
each error case gets exactly one edit (one injected inconsistency).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "anyuan-fanghuo-2018"
B = "mingxi-fanghuo-2019"
C = "zixi-gongyilin-2021"
D = "yongshun-tianbao-2023"
E = "zhenghe-gongyilin-2025"
SOURCES = [A, B, C, D, E]

# (source, case suffix, code, old, new, value, explanation)
EDITS = [
    # ---- A: 安远县林业局 2018 森林防火专项资金 (Word table, tab separated)
    (A, "e1", "rate_mismatch",
     "执行203.10万元，执行率94.47%", "执行203.10万元，执行率94.74%",
     "执行率94.74%", "当年财政拨款 203.10 / 215.00 = 94.47%, stated 94.74% (digits transposed)"),
    (A, "e2", "sum_mismatch",
     "防火物资及装备购置52.36万元", "防火物资及装备购置53.26万元",
     "防火物资及装备购置53.26万元",
     "components 86.40 + 53.26 + 41.20 + 25.70 + 9.84 = 216.40, stated total 全年执行215.50"),
    (A, "e3", "score_exceeds_weight",
     "63.5公里\t8.00\t8.00\t超额完成，追加资金用于重点林区隔离带\n\t\t县专业扑火队队员人数\t≥36人\t36人\t6.00\t6.00",
     "63.5公里\t8.00\t6.00\t超额完成，追加资金用于重点林区隔离带\n\t\t县专业扑火队队员人数\t≥36人\t36人\t6.00\t8.00",
     "36人\t6.00\t8.00",
     "scores of two adjacent rows swapped: 县专业扑火队队员人数 now scores 8.00 against a weight of 6.00 (total unchanged)"),
    (A, "e4", "average_mismatch",
     "平均每次116人", "平均每次118人",
     "平均每次118人", "(120 + 96 + 138 + 110) / 4 = 116, stated 118"),
    (A, "e5", "year_mismatch",
     "已按规定结转至2019年继续使用", "已按规定结转至2018年继续使用",
     "结转至2018年", "2018 report carries the balance over to 2018, the evaluation year itself (should be 2019)"),
    (A, "e6", "completion_mismatch",
     "为年度目标的105.83%", "为年度目标的105.38%",
     "为年度目标的105.38%", "63.5公里 / 60公里 = 105.83%, stated 105.38%"),

    # ---- B: 明溪县林业局 2019 森林防火项目 (web copy, | separated)
    (B, "e1", "balance_mismatch",
     "年末结转资金26.34万元", "年末结转资金26.43万元",
     "年末结转资金26.43万元", "全年预算 168.50 - 实际支出 142.16 = 26.34, stated 26.43"),
    (B, "e2", "weight_sum_mismatch",
     "| 1.00万元/公里 | 4.00 | 4.00 |", "| 1.00万元/公里 | 5.00 | 4.00 |",
     "1.00万元/公里 | 5.00 | 4.00", "成本指标 weight typed 5.00: weights now add up to 101, table states 100.00"),
    (B, "e3", "grade_mismatch",
     "自评得分90.67分，评价等级为\"优\"", "自评得分90.67分，评价等级为\"良\"",
     "评价等级为\"良\"", "90.67 lies in the 优 band (90 <= s <= 100), text says 良"),
    (B, "e4", "implausible_rate",
     "| ≥90% | 88.60% | 10.00 | 9.84 |", "| ≥90% | 886.0% | 10.00 | 9.84 |",
     "886.0%", "林区群众满意度 of 886.0% (decimal point slipped) is above 100%"),
    (B, "e5", "unit_mismatch",
     "| ≥6个 | 2个 | 8.00 | 2.67 |", "| ≥6个 | 33.33% | 8.00 | 2.67 |",
     "≥6个 | 33.33%", "target in 个 (监控点), actual filled in as a percentage"),
    (B, "e6", "conflicting_values",
     "维修防火通道26.8公里，超过年度目标", "维修防火通道28.6公里，超过年度目标",
     "维修防火通道28.6公里", "防火通道 repaired: 28.6公里 in 产出 text vs 26.8公里 in 资金使用 and the 自评表"),

    # ---- C: 资溪县林业局 2021 生态公益林补偿资金 (Word table, tab separated)
    (C, "e1", "score_sum_mismatch",
     "66.281万亩\t10.00\t9.98", "66.281万亩\t10.00\t9.89",
     "66.281万亩\t10.00\t9.89", "row scores now add up to 98.11, table and text state 98.20"),
    (C, "e2", "sum_mismatch",
     "省级财政配套766.27万元", "省级财政配套766.72万元",
     "省级财政配套766.72万元", "661.76 + 766.72 = 1428.48, stated 合计1428.03"),
    (C, "e3", "average_mismatch",
     "平均得分94分", "平均得分95分",
     "平均得分95分", "(96+93+95+91+94+92+97) / 7 = 94, stated 95"),
    (C, "e4", "completion_mismatch",
     "兑付完成率99.79%", "兑付完成率99.97%",
     "兑付完成率99.97%", "66.281万亩 / 66.42万亩 = 99.79%, stated 99.97%"),
    (C, "e5", "conflicting_values",
     "完成66.42万亩省级以上公益林补偿兑付工作", "完成66.24万亩省级以上公益林补偿兑付工作",
     "完成66.24万亩", "annual goal 66.24万亩 vs 66.42万亩 everywhere else (基本情况, 资金安排, 自评表)"),
    (C, "e6", "unit_mismatch",
     "公共管护支出104.25万元", "公共管护支出104.25元",
     "公共管护支出104.25元", "104.25 labelled 元: 1325.62万元 + 104.25元 ≠ 1429.87万元; reconciles only as 104.25万元"),

    # ---- D: 永顺县林业局 2023 天然林保护修复资金 (web copy, ｜ separated)
    (D, "e1", "rate_mismatch",
     "补助兑付率99.64%", "补助兑付率99.46%",
     "补助兑付率99.46%", "2131.35 / 2139.00 = 99.64%, stated 99.46%"),
    (D, "e2", "balance_mismatch",
     "年末结余158.55万元", "年末结余158.85万元",
     "年末结余158.85万元", "全年预算 2488.30 - 执行 2329.75 = 158.55, stated 158.85"),
    (D, "e3", "score_exceeds_weight",
     "142.09万亩｜6.00｜5.98｜0.51万亩林权纠纷暂缓兑付\n｜｜聘用天保护林员｜≥290人｜286人｜5.00｜4.93",
     "142.09万亩｜6.00｜4.93｜0.51万亩林权纠纷暂缓兑付\n｜｜聘用天保护林员｜≥290人｜286人｜5.00｜5.98",
     "286人｜5.00｜5.98", "scores of two adjacent rows swapped: 聘用天保护林员 scores 5.98 against a weight of 5.00"),
    (D, "e4", "grade_mismatch",
     "项目综合得分89.48分，评价等级为\"良\"", "项目综合得分89.48分，评价等级为\"优\"",
     "评价等级为\"优\"", "89.48 is below 90: band 良, text says 优"),
    (D, "e5", "year_mismatch",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日", "2023 execution figures dated 截至2022年12月31日"),
    (D, "e6", "implausible_rate",
     "护林员满意度为95.2%", "护林员满意度为952%",
     "护林员满意度为952%", "satisfaction of 952% (decimal point dropped) is above 100%"),

    # ---- E: 政和县林业局 2025 省级以上生态公益林补偿资金 (Word table, tab separated)
    (E, "e1", "weight_sum_mismatch",
     "0起\t7.00\t7.00", "0起\t8.00\t7.00",
     "0起\t8.00\t7.00", "社会效益 weight typed 8.00: weights now add up to 101, table states 100.00"),
    (E, "e2", "score_sum_mismatch",
     "57.50万亩\t10.00\t9.94", "57.50万亩\t10.00\t9.49",
     "57.50万亩\t10.00\t9.49", "row scores now add up to 98.58, stated total 99.03"),
    (E, "e3", "balance_mismatch",
     "项目结余8.38万元", "项目结余8.83万元",
     "项目结余8.83万元", "全年预算 1446.50 - 执行 1438.12 = 8.38, stated 8.83"),
    (E, "e4", "unit_mismatch",
     "全年补助74.40万元", "全年补助744000万元",
     "744000万元", "62人×1000元×12月 = 744000元 = 74.40万元; the 元 figure is labelled 万元 (74.40 + 12.39 = 86.79)"),
    (E, "e5", "completion_mismatch",
     "完成率99.38%", "完成率99.83%",
     "完成率99.83%", "57.50万亩 / 57.86万亩 = 99.38%, stated 99.83%"),
    (E, "e6", "rate_mismatch",
     "已支出1083.88万元，执行率99.23%", "已支出1083.88万元，执行率99.32%",
     "执行率99.32%", "省级资金 1083.88 / 1092.26 = 99.23%, stated 99.32%"),
]


def main():
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
    labels = []
    for src in SOURCES:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, suffix, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            text = clean[src]
            n = text.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            out = text.replace(old, new, 1)
            if value not in out:
                sys.exit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(out)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with one injected error)")


if __name__ == "__main__":
    main()
