#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts and the edit list below.

Every edit is one exact old -> new replacement that must match exactly once in the clean draft.
`value` is the exact substring of the error case that carries the changed figure (it is the label span).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-pianguan-jieriweiwen-2021",
    "hn-rucheng-youfuweiwen-2022",
    "sc-yingjing-shuangyong-2023",
    "zj-qingyuan-tyjrswj-bumen-2019",
    "hb-tongshan-jieriweiwen-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Shanxi, 偏关县 2021 (seed-003 layout: tab-flattened tables, 行次 funds table, whole-point total) ---
    ("sx-pianguan-jieriweiwen-2021", 1, "rate_mismatch", "table",
     "\t96.53\n", "\t95.63\n", "95.63",
     "funds table row (7)=(4)/(2), column 县区级: 36.68 / 38.00 = 96.53%, stated 95.63"),
    ("sx-pianguan-jieriweiwen-2021", 2, "implausible_rate", "table",
     "\t97.36\n\t0\n", "\t97.36\n\t100\n", "97.36\n\t100",
     "funds table row (7)=(4)/(2), column 中央级: the 中央级 budget is empty (zero base), so no execution rate can be 100"),
    ("sx-pianguan-jieriweiwen-2021", 3, "score_exceeds_weight", "table",
     "\t102.36%\n\t12\n", "\t102.36%\n\t12.28\n", "102.36%\n\t12.28",
     "附件1 春节慰问重点优抚对象户数: weight 12, score 12.28 (12 x 102.36%, the over-achievement not capped); "
     "the row sum 97.99 still rounds to the stated whole-point total 98"),
    ("sx-pianguan-jieriweiwen-2021", 4, "completion_mismatch", "table",
     "101.94%", "101.49%", "367户次\n\t101.49%",
     "附件1 “八一”、中秋慰问户次: 367 / 360 = 101.94%, stated 101.49%"),
    ("sx-pianguan-jieriweiwen-2021", 5, "conflicting_values", "prose",
     "优抚对象满意度为96.2%", "优抚对象满意度为92.6%", "满意度为92.6%",
     "section 三.4 gives satisfaction 92.6% while 附件1 gives 96.2% for the same survey (completion 106.89% is computed from 96.2)"),
    ("sx-pianguan-jieriweiwen-2021", 6, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "the 2021 report states its spending 截至2020年12月31日 (before the 2021 budget existed); should be 2021"),

    # --- Hunan, 汝城县 2022 (MOF reference outline, MOF 附件1 pasted as ｜ rows) ---
    ("hn-rucheng-youfuweiwen-2022", 1, "average_mismatch", "prose",
     "平均每节慰问501户次", "平均每节慰问510户次", "平均每节慰问510户次",
     "(755 + 400 + 348) / 3 = 1,503 / 3 = 501, stated 510"),
    ("hn-rucheng-youfuweiwen-2022", 2, "balance_mismatch", "prose",
     "年末结余2.14万元", "年末结余2.41万元", "结余2.41万元",
     "到位 72.5 - 支出 70.36 = 2.14, stated 2.41"),
    ("hn-rucheng-youfuweiwen-2022", 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 96.7 (table 96.70) lies in the 优 band (>= 90), stated 良"),
    ("hn-rucheng-youfuweiwen-2022", 4, "weight_sum_mismatch", "table",
     "基本巩固｜15｜12", "基本巩固｜20｜12", "基本巩固｜20｜12",
     "weights now total 105 (10 + 50 + 15 + 20 + 10) against the stated 总分 100"),
    ("hn-rucheng-youfuweiwen-2022", 5, "sum_mismatch", "prose",
     "年中县财政追加9.3万元", "年中县财政追加9.8万元", "追加9.8万元",
     "60 + 9.8 + 3.2 = 73.0, stated 全年预算 72.5 (and 60 + 9.8 != 当年财政拨款 69.30 in the table)"),
    ("hn-rucheng-youfuweiwen-2022", 6, "unit_mismatch", "table",
     "500元/户｜500元/户", "500元/户｜500万元/户", "500元/户｜500万元/户",
     "成本指标: target in 元/户, actual in 万元/户 (off by 10^4; the text pays 500元 per household)"),

    # --- Sichuan, 荥经县 2023 (Sichuan outline, 10 + 90 table with 指标性质/度量单位, no satisfaction row) ---
    ("sc-yingjing-shuangyong-2023", 1, "implausible_rate", "prose",
     "取得96.5%好评", "取得106.5%好评", "106.5%好评",
     "a satisfaction (好评) rate cannot exceed 100%"),
    ("sc-yingjing-shuangyong-2023", 2, "score_sum_mismatch", "table",
     "531｜15｜14.22", "531｜15｜14.72", "531｜15｜14.72",
     "scores now sum to 9.88 + 15 + 14.72 + 10 + 10 + 10 + 15 + 14 = 98.60, stated 合计 98.10 (and 98.1分 in the text)"),
    ("sc-yingjing-shuangyong-2023", 3, "weight_sum_mismatch", "prose",
     "产出指标60分", "产出指标65分", "产出指标65分",
     "10 + 65 + 30 = 105, not 100; the 产出 rows of the table add up to 60"),
    ("sc-yingjing-shuangyong-2023", 4, "conflicting_values", "table",
     "600｜户｜612｜", "600｜户｜621｜", "户｜621",
     "table gives 621 households for the Spring Festival visits, the text 612 (38 + 21 + 553)"),
    ("sc-yingjing-shuangyong-2023", 5, "unit_mismatch", "prose",
     "活动支出6.22万元", "活动支出62200万元", "62200万元",
     "62200元 written as 62200万元: the items then no longer add up to 48.02万元; rescaled by 10^-4 (6.22) they do"),
    ("sc-yingjing-shuangyong-2023", 6, "year_mismatch", "table",
     "（2023年度）", "（2022年度）", "（2022年度）",
     "the 自评表 is headed 2022年度 in the 2023 report (title, budget and spending are 2023)"),

    # --- Zhejiang, 庆元县 2019 部门整体支出 (web page) ---
    ("zj-qingyuan-tyjrswj-bumen-2019", 1, "average_mismatch", "table",
     "平均自评得分｜｜｜｜｜93.75", "平均自评得分｜｜｜｜｜94.75", "平均自评得分｜｜｜｜｜94.75",
     "(96.5 + 98 + 92.5 + 88) / 4 = 93.75, stated 94.75"),
    ("zj-qingyuan-tyjrswj-bumen-2019", 2, "score_sum_mismatch", "prose",
     "自评得分95.69分", "自评得分96.69分", "自评得分96.69分",
     "19.5 + 29.19 + 28.5 + 18.5 = 95.69 (also the sum of the table rows), stated 96.69"),
    ("zj-qingyuan-tyjrswj-bumen-2019", 3, "rate_mismatch", "prose",
     "满意率97.76%", "满意率97.67%", "满意率97.67%",
     "305 / 312 = 97.76%, stated 97.67%"),
    ("zj-qingyuan-tyjrswj-bumen-2019", 4, "implausible_rate", "table",
     "0.00｜0.00｜—｜—", "0.00｜0.00｜100%｜—", "0.00｜100%",
     "就业创业扶持 row: budget 0.00, yet an execution rate of 100% (rate on a zero base)"),
    ("zj-qingyuan-tyjrswj-bumen-2019", 5, "balance_mismatch", "prose",
     "结余2.47万元", "结余2.74万元", "结余2.74万元",
     "双拥工作经费 38.40 - 35.93 = 2.47, stated 2.74"),
    ("zj-qingyuan-tyjrswj-bumen-2019", 6, "completion_mismatch", "prose",
     "完成率102.40%", "完成率102.04%", "完成率102.04%",
     "1,536 / 1,500 = 102.40%, stated 102.04%"),

    # --- Hubei, 通山县 2024 (MOF outline, PDF copy, 附件1 with (A)/(B)/(B/A), whole-point total) ---
    ("hb-tongshan-jieriweiwen-2024", 1, "score_exceeds_weight", "table",
     "1280户 12 12\n", "1280户 12 12.29\n", "12 12.29",
     "春节慰问户数: weight 12, score 12.29 (12 x 1280/1250, over-achievement not capped); "
     "the row sum 98.01 still rounds to the stated whole-point total 98"),
    ("hb-tongshan-jieriweiwen-2024", 2, "grade_mismatch", "table",
     "评价等级：优", "评价等级：良", "评价等级：良",
     "total 98 lies in the 优 band, stated 良"),
    ("hb-tongshan-jieriweiwen-2024", 3, "sum_mismatch", "table",
     "年度资金总额 75.00", "年度资金总额 57.00", "年度资金总额 57.00",
     "年初预算数: 当年财政拨款 75.00 + 上年结转 0.00 + 其他 0.00 = 75.00 (= 省级20 + 县级55 in the text), stated 57.00"),
    ("hb-tongshan-jieriweiwen-2024", 4, "conflicting_values", "prose",
     "走访慰问重点优抚对象1280户", "走访慰问重点优抚对象1208户", "重点优抚对象1208户",
     "section 三 gives 1208 households for the Spring Festival visits; section 四 and 附件1 give 1280"),
    ("hb-tongshan-jieriweiwen-2024", 5, "year_mismatch", "prose",
     "县级配套55万元于2024年3月拨付到位", "县级配套55万元于2025年3月拨付到位", "于2025年3月拨付到位",
     "the county share of the 2024 budget is said to arrive in 2025-03, after the evaluation year "
     "(and after the report date 2025年2月) although it was spent in 2024"),
    ("hb-tongshan-jieriweiwen-2024", 6, "rate_mismatch", "table",
     "97.04%", "97.40%", "97.40%",
     "当年财政拨款 row: 72.78 / 75.00 = 97.04%, stated 97.40%"),
]


def main():
    labels = []
    seen = set()
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            assert (p, n) not in seen, (p, n)
            seen.add((p, n))
            k = clean.count(old)
            if k != 1:
                sys.exit(f"{p}-e{n}: old string matches {k} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{p}-e{n}: value not in error case: {value!r}")
            name = f"{p}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({
                "case": name, "source": p, "clean": False,
                "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
