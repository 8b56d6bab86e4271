#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Each error case carries exactly one edit (one changed figure or word).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zj-jinyun-qiangcun-2021",
    "sd-yuncheng-jitishidian-2019",
    "ah-huoqiu-guangfushouyi-2020",
    "sc-pengan-jitijingji-2022",
    "hb-luotian-nongyebumen-2024",
]

# (project, suffix, code, where, old, new, value, explanation)
EDITS = [
    # --- zj-jinyun-qiangcun-2021 (full-width bar tables; funds table with sources as rows) ---
    ("zj-jinyun-qiangcun-2021", "e1", "sum_mismatch", "table",
     "村集体自筹资金｜120.00｜108.40", "村集体自筹资金｜102.00｜108.40", "村集体自筹资金｜102.00",
     "年初预算数 column: 600.00 + 300.00 + 102.00 + 0.00 = 1002.00, but 合计 says 1020.00 (and 102.00 - 11.60 ≠ 108.40); was 120.00"),
    ("zj-jinyun-qiangcun-2021", "e2", "score_sum_mismatch", "table",
     "基本健全｜5｜4｜", "基本健全｜5｜4.5｜", "基本健全｜5｜4.5",
     "row scores now add up to 98.52, while 合计 and the text give 98.02"),
    ("zj-jinyun-qiangcun-2021", "e3", "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜0.00｜—", "上年结转资金｜0.00｜0.00｜0.00｜0.00｜100.00%",
     "上年结转资金｜0.00｜0.00｜0.00｜0.00｜100.00%",
     "an execution rate of 100.00% on a 0.00 budget (zero base) is impossible; the cell was —"),
    ("zj-jinyun-qiangcun-2021", "e4", "conflicting_values", "table",
     "≥40个｜42个", "≥40个｜44个", "≥40个｜44个",
     "the table counts 44 supported villages, the text 42 入股村/经济薄弱村 throughout (村均分红 12 = 504/42)"),
    ("zj-jinyun-qiangcun-2021", "e5", "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "98.02 points is in the 优 band (≥90), not 良"),
    ("zj-jinyun-qiangcun-2021", "e6", "year_mismatch", "prose",
     "结转至2022年", "结转至2021年", "结转至2021年",
     "the unpaid balance of the 2021 budget cannot be carried over to 2021 itself (should be 2022)"),

    # --- sd-yuncheng-jitishidian-2019 (tab-separated table with 完成率) ---
    ("sd-yuncheng-jitishidian-2019", "e1", "score_exceeds_weight", "table",
     "103.70%\t10\t10\t", "103.70%\t10\t10.37\t", "103.70%\t10\t10.37",
     "score 10.37 above the weight 10 (completion 103.70% scored without the cap); the rows now sum to 99.28, still 99 when rounded to the stated whole point"),
    ("sd-yuncheng-jitishidian-2019", "e2", "weight_sum_mismatch", "table",
     "100.00%\t5\t5", "100.00%\t8\t5", "项目资产确权登记率\t100%\t100%\t100.00%\t8",
     "weights now total 103 (10 + 50 + 10 + 10 + 5 + 8 + 10) against 合计 100; was 5"),
    ("sd-yuncheng-jitishidian-2019", "e3", "completion_mismatch", "table",
     "93.8%\t104.22%", "93.8%\t102.42%", "93.8%\t102.42%",
     "93.8% / 90% = 104.22%, stated 102.42%"),
    ("sd-yuncheng-jitishidian-2019", "e4", "rate_mismatch", "prose",
     "执行率70.87%", "执行率70.78%", "执行率70.78%",
     "县级配套资金 212.60 / 300 = 70.87%, stated 70.78%"),
    ("sd-yuncheng-jitishidian-2019", "e5", "balance_mismatch", "prose",
     "年末结余87.40万元", "年末结余78.40万元", "结余78.40万元",
     "1800 - 1712.60 = 87.40 (also 300 - 212.60), stated 78.40"),
    ("sd-yuncheng-jitishidian-2019", "e6", "average_mismatch", "prose",
     "村均6.38万元", "村均6.83万元", "村均6.83万元",
     "191.40万元 / 30 试点村 = 6.38万元, stated 6.83"),

    # --- ah-huoqiu-guangfushouyi-2020 (full-width bar, 目标值/业绩值/完成率 layout) ---
    ("ah-huoqiu-guangfushouyi-2020", "e1", "rate_mismatch", "table",
     "100%｜85.57%｜—", "100%｜85.75%｜—", "85.75%",
     "813.76 / 951.00 = 85.57%, the execution row states 85.75%"),
    ("ah-huoqiu-guangfushouyi-2020", "e2", "score_sum_mismatch", "table",
     "规范｜规范｜—｜10｜10", "规范｜规范｜—｜10｜9", "规范｜—｜10｜9",
     "row scores now add up to 97.46, while 合计 and the text give 98.46"),
    ("ah-huoqiu-guangfushouyi-2020", "e3", "completion_mismatch", "table",
     "1320个｜101.54%", "1320个｜105.14%", "1320个｜105.14%",
     "1320 / 1300 = 101.54%, stated 105.14%"),
    ("ah-huoqiu-guangfushouyi-2020", "e4", "year_mismatch", "table",
     "年度｜2020年", "年度｜2021年", "年度｜2021年",
     "the table header claims 2021 for the 2020 report (title, funds and 截至2020年12月31日)"),
    ("ah-huoqiu-guangfushouyi-2020", "e5", "balance_mismatch", "prose",
     "剩余137.24万元", "剩余173.24万元", "剩余173.24万元",
     "951.00 - 813.76 = 137.24, stated 173.24"),
    ("ah-huoqiu-guangfushouyi-2020", "e6", "sum_mismatch", "prose",
     "产业发展奖励补助96.50万元", "产业发展奖励补助69.50万元", "奖励补助69.50万元",
     "475.20 + 212.36 + 69.50 + 29.70 = 786.76, but the items are said to make up 813.76"),

    # --- sc-pengan-jitijingji-2022 (prose only, Sichuan 10 + 60 + 30) ---
    ("sc-pengan-jitijingji-2022", "e1", "weight_sum_mismatch", "prose",
     "实际100%，分值10分", "实际100%，分值12分", "实际100%，分值12分",
     "产出 weights 15 + 15 + 12 + 10 + 10 = 62, but 产出指标 is worth 60 (total 102); was 10"),
    ("sc-pengan-jitijingji-2022", "e2", "conflicting_values", "prose",
     "户均增收1620元，村集体", "户均增收1680元，村集体", "户均增收1680元",
     "the overview says 户均增收1680元, the indicator section 实际1620元"),
    ("sc-pengan-jitijingji-2022", "e3", "implausible_rate", "prose",
     "受益群众满意度为96.8%", "受益群众满意度为106.8%", "满意度为106.8%",
     "a satisfaction rate cannot exceed 100%"),
    ("sc-pengan-jitijingji-2022", "e4", "unit_mismatch", "prose",
     "村集体自筹资金62.40万元。", "村集体自筹资金624000万元。", "624000万元",
     "a 元 figure labelled 万元: 800 + 624000 ≠ 862.40 and 768.60 + 624000 ≠ 831.00; both hold with 62.40万元 (624000元)"),
    ("sc-pengan-jitijingji-2022", "e5", "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "the spending of the 2022 budget is dated 截至2021年12月31日, a year that is not the evaluation year (funds for 2022 were issued Dec 2021/Apr 2022)"),
    ("sc-pengan-jitijingji-2022", "e6", "completion_mismatch", "prose",
     "完成率98.77%", "完成率97.77%", "完成率97.77%",
     "88.89% / 90% = 98.77%, stated 97.77%"),

    # --- hb-luotian-nongyebumen-2024 (部门整体; space-aligned tables as copied from PDF) ---
    ("hb-luotian-nongyebumen-2024", "e1", "score_exceeds_weight", "table",
     "8650户    5    5\n", "8650户    5    5.41\n", "8650户    5    5.41",
     "score 5.41 above the weight 5 (108.13% scored without the cap); the rows now sum to 98.28, still 98 at the stated whole point"),
    ("hb-luotian-nongyebumen-2024", "e2", "unit_mismatch", "table",
     "≥300个    312个", "≥300个    104%", "≥300个    104%",
     "target in 个 (villages), actual given as a percentage: completion cannot be computed"),
    ("hb-luotian-nongyebumen-2024", "e3", "rate_mismatch", "table",
     "94.18%", "94.81%", "94.81%",
     "项目支出 3659.83 / 3886.16 = 94.18%, stated 94.81%"),
    ("hb-luotian-nongyebumen-2024", "e4", "sum_mismatch", "table",
     "项目支出    2568.60", "项目支出    2586.60", "项目支出    2586.60",
     "年初预算数 column: 1296.80 + 2586.60 = 3883.40, but 合计 (and the text) say 3865.40; was 2568.60"),
    ("hb-luotian-nongyebumen-2024", "e5", "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "98 points is in the 优 band (≥90), not 良"),
    ("hb-luotian-nongyebumen-2024", "e6", "average_mismatch", "prose",
     "平均92.33分", "平均93.33分", "平均93.33分",
     "(96.5 + 92 + 88.5) / 3 = 92.33, stated 93.33"),
]


def main():
    labels = []
    ok = True
    for pid in PROJECTS:
        clean_path = os.path.join(CASES, f"{pid}-clean.txt")
        with open(clean_path, encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, suf, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            n = clean.count(old)
            if n != 1:
                print(f"ERROR {pid}-{suf}: old string matches {n} times: {old!r}")
                ok = False
                continue
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                print(f"ERROR {pid}-{suf}: label value occurs {text.count(value)} times: {value!r}")
                ok = False
            with open(os.path.join(CASES, f"{pid}-{suf}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": f"{pid}-{suf}.txt", "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an error)")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
