#!/usr/bin/env python3
"""Build the n143 error cases and labels.jsonl from the clean drafts.

Every error case is a copy of its clean draft with exactly one edit from EDITS applied.
Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the substring of the error case that carries the injected figure (it must occur there).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sanmen-npcdeputy-2022",
    "qidong-cppcc-2023",
    "changle-partyedu-2021",
    "shizong-unionaid-2024",
    "ningan-youthleague-2019",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 三门县人大常委会办公室, 人大代表履职经费, Zhejiang 2022 ---
    ("sanmen-npcdeputy-2022", 1, "average_mismatch", "prose",
     "平均每期128.4人次", "平均每期126.4人次", "平均每期126.4人次",
     "(128 + 136 + 130 + 124 + 124) / 5 = 128.4 (total 642), stated 126.4"),
    ("sanmen-npcdeputy-2022", 2, "sum_mismatch", "prose",
     "代表视察调研及闭会期间活动10.72万元", "代表视察调研及闭会期间活动10.27万元",
     "代表视察调研及闭会期间活动10.27万元",
     "42.40 + 18.62 + 21.36 + 10.27 = 92.65, but the uses are given as the 93.10万元 executed"),
    ("sanmen-npcdeputy-2022", 3, "score_exceeds_weight", "table",
     "代表参训人次｜≥600人次｜642人次｜10｜10｜—\n产出指标｜数量指标｜代表联络站进站接待活动｜≥120次｜108次｜10｜9｜",
     "代表参训人次｜≥600人次｜642人次｜10｜11｜—\n产出指标｜数量指标｜代表联络站进站接待活动｜≥120次｜108次｜10｜8｜",
     "代表参训人次｜≥600人次｜642人次｜10｜11",
     "score 11 above the weight 10 (one point taken from the next row, so the total still reads 98.07)"),
    ("sanmen-npcdeputy-2022", 4, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 98.07 is in the 优 band (90-100), stated 良"),
    ("sanmen-npcdeputy-2022", 5, "unit_mismatch", "table",
     "≥120次｜108次", "≥120次｜90%", "≥120次｜90%",
     "target in 次, actual given as a percentage (the completion rate typed into the actual column)"),
    ("sanmen-npcdeputy-2022", 6, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% on a zero budget (0.00 / 0.00) is undefined"),

    # --- 政协祁东县委员会办公室, 政协委员活动经费, Hunan 2023 (prose only) ---
    ("qidong-cppcc-2023", 1, "rate_mismatch", "prose",
     "预算执行率96.19%", "预算执行率96.91%", "预算执行率96.91%",
     "70.22 / 73.00 = 96.19%, stated 96.91%"),
    ("qidong-cppcc-2023", 2, "balance_mismatch", "prose",
     "年末结余2.78万元", "年末结余2.87万元", "结余2.87万元",
     "73.00 received - 70.22 spent = 2.78, stated 2.87"),
    ("qidong-cppcc-2023", 3, "weight_sum_mismatch", "prose",
     "数量指标20分", "数量指标25分", "数量指标25分",
     "产出指标 50分 but its parts 25 + 15 + 10 + 5 = 55 (all weights now 105)"),
    ("qidong-cppcc-2023", 4, "score_sum_mismatch", "prose",
     "综合自评得分97.47分", "综合自评得分97.74分", "综合自评得分97.74分",
     "9.62 + (20 + 15 + 9.85 + 5) + (20 + 8) + 10 = 97.47, stated 97.74"),
    ("qidong-cppcc-2023", 5, "implausible_rate", "prose",
     "满意度为97.2%", "满意度为108%", "满意度为108%",
     "a satisfaction rate cannot exceed 100% (97.2 / 90 = 108% written as the satisfaction)"),
    ("qidong-cppcc-2023", 6, "conflicting_values", "prose",
     "本届县政协现有委员236名", "本届县政协现有委员263名", "现有委员263名",
     "the same body of members is 236 where the per-member cost is computed (按236名委员计算)"),

    # --- 中共昌乐县委组织部, 党员教育培训经费, Shandong 2021 ---
    ("changle-partyedu-2021", 1, "completion_mismatch", "table",
     "｜97.80%｜102.95%｜", "｜97.80%｜97.80%｜", "97.80%｜97.80%",
     "target >=95%, actual 97.80%: completion 97.80 / 95 = 102.95%, stated 97.80%"),
    ("changle-partyedu-2021", 2, "rate_mismatch", "table",
     "｜93.57%｜9.36", "｜93.75%｜9.36", "93.75%",
     "118.37 / 126.50 = 93.57%, stated 93.75%"),
    ("changle-partyedu-2021", 3, "unit_mismatch", "prose",
     "电教片制作6.40万元", "电教片制作64000万元", "64000万元",
     "a 元 figure labelled 万元: 108.36 + 3.61 + 6.40 = 118.37 only with 64000元 = 6.40万元"),
    ("changle-partyedu-2021", 4, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "spending of the 2021 budget reported as at 31 Dec 2020"),
    ("changle-partyedu-2021", 5, "weight_sum_mismatch", "table",
     "｜10部｜83.33%｜8｜6.67｜", "｜10部｜83.33%｜9｜6.67｜", "83.33%｜9｜6.67",
     "weights now 10 + 8+8+8+9+8+5+5 + 15+15 + 10 = 101, the 合计 says 100"),
    ("changle-partyedu-2021", 6, "average_mismatch", "prose",
     "平均每期92.29人", "平均每期92.92人", "平均每期92.92人",
     "(86 + 92 + 78 + 104 + 96 + 88 + 102) / 7 = 646 / 7 = 92.29, stated 92.92"),

    # --- 师宗县总工会, 困难职工帮扶资金, Yunnan 2024 ---
    ("shizong-unionaid-2024", 1, "score_exceeds_weight", "table",
     "｜15｜14｜台账更新不及时\n满意度指标｜服务对象满意度指标｜受助职工满意度｜≥90%｜96.58%｜10｜10｜",
     "｜15｜13｜台账更新不及时\n满意度指标｜服务对象满意度指标｜受助职工满意度｜≥90%｜96.58%｜10｜11｜",
     "受助职工满意度｜≥90%｜96.58%｜10｜11",
     "score 11 above the weight 10 (the row above lowered by one, so the total still reads 98.17)"),
    ("shizong-unionaid-2024", 2, "sum_mismatch", "table",
     "｜72.60｜70.94｜", "｜72.60｜70.49｜", "72.60｜70.49",
     "executed: 70.49 + 12.00 + 25.96 = 108.45, 年度资金总额 says 108.90"),
    ("shizong-unionaid-2024", 3, "conflicting_values", "table",
     "｜≥140户｜146户｜", "｜≥140户｜164户｜", "≥140户｜164户",
     "the text gives 146 households helped (146户, 户均2400元 = 35.04万元), the table 164"),
    ("shizong-unionaid-2024", 4, "year_mismatch", "prose",
     "结转至2025年", "结转至2024年", "结转至2024年",
     "money left from the 2024 budget carried over to 2024 itself"),
    ("shizong-unionaid-2024", 5, "completion_mismatch", "table",
     "完成率95.00%", "完成率93.00%", "完成率93.00%",
     "57 / 60 = 95.00%, stated 93.00%"),
    ("shizong-unionaid-2024", 6, "balance_mismatch", "prose",
     "年末尚有结转资金3.70万元", "年末尚有结转资金3.07万元", "结转资金3.07万元",
     "112.60 received - 108.90 spent = 3.70, stated 3.07"),

    # --- 共青团宁安市委员会, 部门整体支出, Heilongjiang 2019 ---
    ("ningan-youthleague-2019", 1, "score_sum_mismatch", "table",
     "｜10｜9.51｜服务与需求结合不够", "｜10｜9.15｜服务与需求结合不够",
     "9.15｜服务与需求结合不够\n合计｜｜｜｜｜100｜89.16",
     "row scores now add to 88.80 (9.33 + 46.22 + 24.10 + 9.15), 合计 and text say 89.16"),
    ("ningan-youthleague-2019", 2, "grade_mismatch", "prose",
     "综合评定等级为“良”", "综合评定等级为“优”", "综合评定等级为“优”",
     "total 89.16 is in the 良 band (80-90), stated 优"),
    ("ningan-youthleague-2019", 3, "conflicting_values", "prose",
     "应届大学新生42名", "应届大学新生48名", "应届大学新生48名",
     "the students funded are 42 in the table and 29 + 13 = 42 in the spending breakdown"),
    ("ningan-youthleague-2019", 4, "implausible_rate", "prose",
     "年内支出5.00万元，执行率100%", "年内支出5.60万元，执行率112.00%",
     "年内支出5.60万元，执行率112.00%",
     "5.60 spent of a 5.00万元 grant: execution rate above 100%"),
    ("ningan-youthleague-2019", 5, "unit_mismatch", "table",
     "≤3.20万元｜2.86万元", "≤3.20万元｜89.38%", "≤3.20万元｜89.38%",
     "target in 万元, actual given as a percentage (2.86 / 3.20 typed as the actual)"),
    ("ningan-youthleague-2019", 6, "year_mismatch", "table",
     "（2019年度）", "（2018年度）", "（2018年度）",
     "the attached table is headed 2018 in a 2019 report (title, budget and text are 2019)"),
]


def main():
    labels = []
    written = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old text matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            written.add(name)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    # remove stale error cases that no edit produces any more
    for f in os.listdir(CASES):
        if f.endswith(".txt") and not f.endswith("-clean.txt") and f not in written:
            os.remove(os.path.join(CASES, f))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(written)} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
