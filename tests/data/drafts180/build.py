#!/usr/bin/env python3
"""Build the n180 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Running this script rewrites cases/<id>-e<n>.txt and labels.jsonl; the clean drafts are never changed.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "ha-xincai-puhuiyuan-2022"
B = "gd-heping-xiangcunpeixun-2020"
C = "sn-xunyi-suiban-2023"
D = "ah-shitai-ruohuan-2024"
E = "jl-jingyu-xiaoshe-2019"
SOURCES = [A, B, C, D, E]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- A: Henan 新蔡县 2022 学前教育发展资金 (tab-separated web table) ---
    (A, 1, "score_sum_mismatch", "prose",
     "效益指标得分29分", "效益指标得分28分",
     "效益指标得分28分，满意度指标得分10分，综合得分98.77分",
     "level scores 9.77 + 50 + 28 + 10 = 97.77, stated 综合得分98.77 (the 效益 rows give 15 + 14 = 29)"),
    (A, 2, "sum_mismatch", "prose",
     "省级资金206.60万元", "省级资金260.60万元",
     "省级资金260.60万元",
     "412.00 + 260.60 + 130.00 = 802.60, not the 全年预算748.60 of the same sentence (省级 130.00 + 76.60 = 206.60)"),
    (A, 3, "average_mismatch", "prose",
     "96.1%、94.8%、94.7%", "96.1%、98.4%、94.7%",
     "96.1%、98.4%、94.7%，平均满意度95.2%",
     "(96.1 + 98.4 + 94.7) / 3 = 96.4, stated average 95.2% (94.8 typed as 98.4)"),
    (A, 4, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100%",
     "其他资金\t0.00\t0.00\t0.00\t—\t100%",
     "execution rate 100% printed on a zero budget (其他资金 0.00 / 0.00): rate on a zero base"),
    (A, 5, "weight_sum_mismatch", "table",
     "87.6%\t10\t10", "87.6%\t15\t10",
     "≥85%\t87.6%\t15",
     "普惠性幼儿园覆盖率 weight 10 typed as 15: weights add to 105 (产出 55) while 总分 says 100"),
    (A, 6, "unit_mismatch", "table",
     "≥3000人次\t3186人次", "≥3000人次\t100%",
     "≥3000人次\t100%",
     "target in 人次, actual written as a percentage (the goal box and the text give 3186人次): completion cannot be computed"),

    # --- B: Guangdong 和平县 2020 乡村教师培训 (Word table flattened one cell per line) ---
    (B, 1, "rate_mismatch", "prose",
     "执行率84.60%", "执行率86.40%",
     "支出101.52万元，执行率86.40%",
     "省级资金 101.52 / 120.00 = 84.60%, stated 86.40%"),
    (B, 2, "unit_mismatch", "table",
     "596.15元/人次", "596.15万元/人次",
     "596.15万元/人次",
     "人均培训成本 target ≤800元/人次, actual labelled 万元/人次; 158.10万元 / 2652人次 = 596.15元: off by 10^4"),
    (B, 3, "implausible_rate", "table",
     "\t≥90%\n\t93.8%", "\t≥90%\n\t104.22%",
     "104.22%",
     "参训教师满意度 104.22% is above 100% (the completion ratio 93.8/90 typed into the actual cell)"),
    (B, 4, "score_sum_mismatch", "table",
     "\t96人\n\t10\n\t8.00", "\t96人\n\t10\n\t9.60",
     "96人\n\t10\n\t9.60",
     "row scores 8.50+10+9.60+10+10+10+15+10.5+10 = 93.60, 总分 (and the text) say 92.00"),
    (B, 5, "year_mismatch", "prose",
     "结转至2021年", "结转至2020年",
     "结转至2020年",
     "the unspent part of the 2020 budget is said to be carried over to 2020 itself"),
    (B, 6, "average_mismatch", "prose",
     "平均每个片区884人次", "平均每个片区848人次",
     "平均每个片区848人次",
     "(912 + 886 + 854) / 3 = 884, stated 848"),

    # --- C: Shaanxi 旬邑县 2023 特殊教育随班就读 (PDF copy, space-separated table) ---
    (C, 1, "balance_mismatch", "prose",
     "结余3.16万元", "结余3.61万元",
     "结余3.61万元",
     "80.00 - 76.84 = 3.16, stated 3.61"),
    (C, 2, "unit_mismatch", "prose",
     "每生每年2,000元", "每生每年2,000万元",
     "每生每年2,000万元",
     "62人 × 2,000元 = 12.40万元 as stated; the per-pupil standard written in 万元 is off by 10^4"),
    (C, 3, "completion_mismatch", "prose",
     "完成年度目标的88.57%", "完成年度目标的88.75%",
     "完成年度目标的88.75%",
     "62 / 70 = 88.57%, stated 88.75%"),
    (C, 4, "rate_mismatch", "table",
     "省级资金 20.00 20.00 19.04 100% 95.20%", "省级资金 20.00 20.00 19.04 100% 92.50%",
     "19.04 100% 92.50%",
     "省级资金 19.04 / 20.00 = 95.20%, stated 92.50%"),
    (C, 5, "score_exceeds_weight", "table",
     "62人 10 8.86 8名学生随家长外出，\n转为线上指导\n质量指标 适龄残疾儿童少年义务教育入学率 ≥97% 98.2% 10 10",
     "62人 12 8.86 8名学生随家长外出，\n转为线上指导\n质量指标 适龄残疾儿童少年义务教育入学率 ≥97% 98.2% 8 10",
     "≥97% 98.2% 8 10",
     "weights of two adjacent rows re-split 10/10 -> 12/8 (sum still 100) but the 入学率 score 10 was left: 10 > 8"),
    (C, 6, "grade_mismatch", "table",
     "评价等级 优", "评价等级 良",
     "评价等级 良",
     "total 97.47 lies in the 优 band (≥90)"),

    # --- D: Anhui 石台县 2024 义务教育薄弱环节改善 (fullwidth ｜ table) ---
    (D, 1, "completion_mismatch", "table",
     "6420平方米｜107.00%", "6420平方米｜170.00%",
     "≥6000平方米｜6420平方米｜170.00%",
     "6420 / 6000 = 107.00%, stated 170.00%"),
    (D, 2, "conflicting_values", "prose",
     "受益学生4,736人", "受益学生4,376人",
     "受益学生4,376人",
     "the 自评表 gives 受益学生人数 4736人 (and 105.24% of 4500); the text now says 4,376"),
    (D, 3, "rate_mismatch", "table",
     "｜286.80｜94.03%", "｜286.80｜94.30%",
     "305.00｜286.80｜94.30%",
     "省级资金 286.80 / 305.00 = 94.03%, stated 94.30%"),
    (D, 4, "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日",
     "the 2024 report's spending cut-off names 2023, before most of the money was issued"),
    (D, 5, "score_exceeds_weight", "table",
     "66.67%｜10｜6.67｜仙寓小学食堂汛期停工，2025年1月竣工\n产出指标｜成本指标｜智慧黑板采购单价｜≤2.8万元/块｜2.6万元/块｜100.00%｜10｜10｜",
     "66.67%｜12｜6.67｜仙寓小学食堂汛期停工，2025年1月竣工\n产出指标｜成本指标｜智慧黑板采购单价｜≤2.8万元/块｜2.6万元/块｜100.00%｜8｜10｜",
     "2.6万元/块｜100.00%｜8｜10",
     "weights of 时效/成本 re-split 10/10 -> 12/8 (sum still 100) but the 成本 score 10 was left: 10 > 8"),
    (D, 6, "sum_mismatch", "prose",
     "食堂设备79.06万元", "食堂设备79.60万元",
     "食堂设备79.60万元",
     "111.60 + 93.60 + 79.60 = 284.80, stated 设施设备采购284.26万元"),

    # --- E: Jilin 靖宇县 2019 中小学校舍维修改造 (tab table with merged cells) ---
    (E, 1, "sum_mismatch", "table",
     "年度资金总额\t260.00", "年度资金总额\t206.00",
     "年度资金总额\t206.00",
     "年初预算数 column: 260.00 + 0.00 + 0.00 = 260.00, total row says 206.00"),
    (E, 2, "weight_sum_mismatch", "table",
     "竣工验收合格率\t100%\t100%\t10\t10", "竣工验收合格率\t100%\t100%\t15\t10",
     "竣工验收合格率\t100%\t100%\t15",
     "weight 10 typed as 15: weights add to 105 while 合计 says 100"),
    (E, 3, "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀",
     "89.54 is below 90: band 良"),
    (E, 4, "balance_mismatch", "prose",
     "年末结转70.30万元", "年末结转73.00万元",
     "年末结转73.00万元",
     "380.00 - 309.70 = 70.30, stated 73.00"),
    (E, 5, "completion_mismatch", "prose",
     "完成年度目标的90.50%", "完成年度目标的90.05%",
     "10,860平方米，完成年度目标的90.05%",
     "10860 / 12000 = 90.50%, stated 90.05%"),
    (E, 6, "conflicting_values", "table",
     "10860平方米", "10680平方米",
     "10680平方米",
     "the text gives 维修改造面积10,860平方米 (and 285.17元/平方米 = 309.70万元 / 10,860); the table now says 10680"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    clean = {}
    for src in SOURCES:
        clean[src] = read(os.path.join(CASES, f"{src}-clean.txt"))
    errors = 0
    for src in SOURCES:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            text = clean[src]
            if text.count(old) != 1:
                print(f"{src}-e{n}: old text found {text.count(old)} times: {old!r}", file=sys.stderr)
                errors += 1
                continue
            out = text.replace(old, new, 1)
            if value not in out:
                print(f"{src}-e{n}: value not in case: {value!r}", file=sys.stderr)
                errors += 1
            with open(os.path.join(CASES, f"{src}-e{n}.txt"), "w", encoding="utf-8") as fh:
                fh.write(out)
            labels.append({"case": f"{src}-e{n}.txt", "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
