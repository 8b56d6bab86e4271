#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of this set from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zj-yuyao-jiagejiance-2019",
    "hn-zhuzhou-pingjiashangdian-2021",
    "sd-zibo-jiagebutie-2022",
    "gx-yulin-chengbendiaocha-2023",
    "nx-wuzhong-jiagerending-2024",
]

# (project, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- zj-yuyao-jiagejiance-2019 (full-width bar table, MOF layout) ----
    ("zj-yuyao-jiagejiance-2019", "e1", "rate_mismatch", "table",
     "｜38.62｜—｜95.36%｜", "｜38.62｜—｜95.63%｜",
     "38.62｜—｜95.63%",
     "当年财政拨款 row: 38.62 / 40.50 = 95.36%, the table prints 95.63%"),
    ("zj-yuyao-jiagejiance-2019", "e2", "unit_mismatch", "table",
     "｜≥1.2万条｜1.31万条｜", "｜≥1.2万条｜1.31万元｜",
     "≥1.2万条｜1.31万元",
     "target counts price records (万条) but the actual is written in money (万元), so completion cannot be computed"),
    ("zj-yuyao-jiagejiance-2019", "e3", "implausible_rate", "table",
     "｜≥90%｜93.5%｜", "｜≥90%｜103.5%｜",
     "103.5%",
     "satisfaction of network units and collectors stated as 103.5%: a satisfaction rate cannot exceed 100%"),
    ("zj-yuyao-jiagejiance-2019", "e4", "year_mismatch", "table",
     "年度｜2019年", "年度｜2018年",
     "年度｜2018年",
     "the self-evaluation table claims year 2018 for the 2019 report (title 2019年度, 截至2019年12月31日, carry-over to 2020)"),
    ("zj-yuyao-jiagejiance-2019", "e5", "balance_mismatch", "prose",
     "未支出的1.88万元", "未支出的1.68万元",
     "未支出的1.68万元",
     "全年预算 42.80 − 全年执行 40.92 = 1.88万元 unspent, text says 1.68"),
    ("zj-yuyao-jiagejiance-2019", "e6", "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良",
     "total 96.89 lies in the 优 band (90–100), text says 良"),

    # ---- hn-zhuzhou-pingjiashangdian-2021 (tab-separated table, Hunan outline) ----
    ("hn-zhuzhou-pingjiashangdian-2021", "e1", "score_exceeds_weight", "table",
     "75%\t15\t14.06\t部分新建小区周边暂无合适门店，2022年在新建小区增设网点\n效益指标\t可持续影响指标\t平价商店年度考核合格率\t≥90%\t93.75%\t15\t15",
     "75%\t15\t13.06\t部分新建小区周边暂无合适门店，2022年在新建小区增设网点\n效益指标\t可持续影响指标\t平价商店年度考核合格率\t≥90%\t93.75%\t15\t16",
     "93.75%\t15\t16",
     "考核合格率 row scored 16 against a weight of 15 (one point moved from the 覆盖率 row above, 14.06 → 13.06, so the total still reads 98.59)"),
    ("hn-zhuzhou-pingjiashangdian-2021", "e2", "weight_sum_mismatch", "table",
     "≥40种\t46种\t10\t10", "≥40种\t46种\t12\t10",
     "46种\t12\t10",
     "平价商品品种 weight raised to 12: weights now total 102 (产出 52 instead of 50)"),
    ("hn-zhuzhou-pingjiashangdian-2021", "e3", "score_sum_mismatch", "table",
     "补贴资金拨付及时率\t100%\t100%\t5\t5", "补贴资金拨付及时率\t100%\t100%\t5\t4",
     "补贴资金拨付及时率\t100%\t100%\t5\t4",
     "row scores now add up to 97.59 (9.53 + 49 + 29.06 + 10) while the table and the text state 98.59"),
    ("hn-zhuzhou-pingjiashangdian-2021", "e4", "average_mismatch", "prose",
     "平均每家获得补贴3.58万元", "平均每家获得补贴3.85万元",
     "平均每家获得补贴3.85万元",
     "114.40万元 / 32家 = 3.575 ≈ 3.58万元, text says 3.85"),
    ("hn-zhuzhou-pingjiashangdian-2021", "e5", "sum_mismatch", "prose",
     "考核奖励34.40万元", "考核奖励36.40万元",
     "考核奖励36.40万元",
     "基础补贴 80.00 + 考核奖励 36.40 = 116.40 ≠ 114.40 paid; the award breakdown 10×2 + 12×1.2 = 34.40"),
    ("hn-zhuzhou-pingjiashangdian-2021", "e6", "conflicting_values", "prose",
     "消费者满意度88.4%。", "消费者满意度84.8%。",
     "消费者满意度84.8%",
     "text gives consumer satisfaction 84.8%, the self-evaluation table 88.4% for the same survey"),

    # ---- sd-zibo-jiagebutie-2022 (prose only) ----
    ("sd-zibo-jiagebutie-2022", "e1", "rate_mismatch", "prose",
     "执行率98.75%", "执行率98.57%",
     "区级资金使用79.00万元，执行率98.57%",
     "district funds: 79.00 / 80 = 98.75%, text says 98.57%"),
    ("sd-zibo-jiagebutie-2022", "e2", "balance_mismatch", "prose",
     "年末结余1.00万元", "年末结余1.60万元",
     "年末结余1.60万元",
     "全年预算 115.60 − 实际支出 114.60 = 1.00万元, text says 1.60"),
    ("sd-zibo-jiagebutie-2022", "e3", "score_sum_mismatch", "prose",
     "质量指标得10分（满分10分）", "质量指标得9分（满分10分）",
     "质量指标得9分",
     "产出 sub-scores 20 + 9 + 10 + 10 = 49 while 产出指标得50分 and the total 98.95 (sum now 97.95)"),
    ("sd-zibo-jiagebutie-2022", "e4", "implausible_rate", "prose",
     "满意度为93%", "满意度为103%",
     "满意度为103%",
     "beneficiary satisfaction of 103%: a satisfaction rate cannot exceed 100%"),
    ("sd-zibo-jiagebutie-2022", "e5", "unit_mismatch", "prose",
     "补助资金35.60万元", "补助资金356000万元",
     "356000万元",
     "the city subsidy 35.60万元 (356000元) is written with the unit 万元: 80 + 35.60 = 115.60 only after rescaling by 10^4"),
    ("sd-zibo-jiagebutie-2022", "e6", "completion_mismatch", "prose",
     "完成率106.11%", "完成率104.11%",
     "发放人次完成率104.11%",
     "28650人次 / target 27000人次 = 106.11%, text says 104.11%"),

    # ---- gx-yulin-chengbendiaocha-2023 (full-width bar table with 完成率 column) ----
    ("gx-yulin-chengbendiaocha-2023", "e1", "completion_mismatch", "table",
     "｜99.1%｜101.12%｜", "｜99.1%｜101.21%｜",
     "99.1%｜101.21%",
     "审核通过率 99.1% against ≥98% gives 101.12%, the table prints 101.21%"),
    ("gx-yulin-chengbendiaocha-2023", "e2", "rate_mismatch", "table",
     "｜22.67｜100.00%｜87.19%", "｜22.67｜100.00%｜87.91%",
     "22.67｜100.00%｜87.91%",
     "市级财政资金 execution 22.67 / 26.00 = 87.19%, the funds table prints 87.91%"),
    ("gx-yulin-chengbendiaocha-2023", "e3", "weight_sum_mismatch", "table",
     "｜87.72%｜15｜13.16", "｜87.72%｜16｜13.16",
     "87.72%｜16｜13.16",
     "核减不合理成本 weight 16: weights total 101 and 效益 rows 31 against 效益指标满分30分"),
    ("gx-yulin-chengbendiaocha-2023", "e4", "unit_mismatch", "table",
     "｜≥12个｜12个｜", "｜≥12个｜100%｜",
     "≥12个｜100%",
     "target counts varieties (个) but the actual is a percentage"),
    ("gx-yulin-chengbendiaocha-2023", "e5", "sum_mismatch", "prose",
     "调查员培训及业务费5.38万元", "调查员培训及业务费5.83万元",
     "调查员培训及业务费5.83万元",
     "spending items 7.56 + 21.60 + 5.83 + 6.53 = 41.52 ≠ 全年执行 41.07"),
    ("gx-yulin-chengbendiaocha-2023", "e6", "conflicting_values", "prose",
     "补助资金18.40万元，其余经费", "补助资金14.80万元，其余经费",
     "补助资金14.80万元",
     "overview gives the regional subsidy as 14.80万元, the funds table as 18.40万元 (44.40 − 26.00)"),

    # ---- nx-wuzhong-jiagerending-2024 (department report, space-aligned PDF tables) ----
    ("nx-wuzhong-jiagerending-2024", "e1", "grade_mismatch", "table",
     "89.5  良", "89.5  优",
     "89.5  优",
     "project score 89.5 lies in the 良 band (80–90), the project table says 优"),
    ("nx-wuzhong-jiagerending-2024", "e2", "conflicting_values", "table",
     "≥600件  688件", "≥600件  668件",
     "≥600件  668件",
     "indicator table gives 668 price determinations, the text 688件 (from which 12.42% and 114.67% are computed)"),
    ("nx-wuzhong-jiagerending-2024", "e3", "score_exceeds_weight", "table",
     "4项  10  8\n产出指标  质量指标  认定结论复核维持率  ≥95%  100%  10  10",
     "4项  10  7\n产出指标  质量指标  认定结论复核维持率  ≥95%  100%  10  11",
     "≥95%  100%  10  11",
     "复核维持率 row scored 11 against a weight of 10 (one point taken from the 成本监审 row above, 8 → 7, so the total still reads 97.86)"),
    ("nx-wuzhong-jiagerending-2024", "e4", "year_mismatch", "prose",
     "结转至2025年", "结转至2024年",
     "结转至2024年继续使用",
     "unspent money of the 2024 budget is carried over to 2024 itself; it must go to 2025"),
    ("nx-wuzhong-jiagerending-2024", "e5", "completion_mismatch", "prose",
     "完成率114.67%", "完成率116.47%",
     "完成率116.47%",
     "688件 / target 600件 = 114.67%, text says 116.47%"),
    ("nx-wuzhong-jiagerending-2024", "e6", "average_mismatch", "prose",
     "平均自评得分94.88分", "平均自评得分94.68分",
     "平均自评得分94.68分",
     "(97 + 98 + 89.5 + 95) / 4 = 94.875 ≈ 94.88, text says 94.68"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, suf, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid}-{suf}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-{suf}: label value not in error case: {value!r}")
            name = f"{pid}-{suf}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
