#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts254 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is a short exact substring of the resulting error case that contains the changed figure.
`where` says whether the slip sits in the prose or in a table (for the README statistics).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zj-qingyuan-bawupufa-2021",
    "zhecheng-mingbairen-2022",
    "yongping-minzhufazhicun-2023",
    "helong-fazhiwenhua-2019",
    "ninghua-sifaju-2024",
]

# (source, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- 庆元县 2021 “八五”普法宣传教育 (Zhejiang) ----
    ("zj-qingyuan-bawupufa-2021", "e1", "rate_mismatch", "table",
     "｜48.60｜46.16｜—｜94.98%｜—", "｜48.60｜46.16｜—｜94.89%｜—",
     "46.16｜—｜94.89%",
     "当年财政拨款 row: 46.16 / 48.60 = 94.98%, stated 94.89% (digits swapped)"),
    ("zj-qingyuan-bawupufa-2021", "e2", "score_exceeds_weight", "table",
     "｜97.2%｜5｜5｜\n产出指标｜时效指标｜宪法宣传周活动完成时间｜2021年12月10日前｜2021年12月4日｜5｜5｜",
     "｜97.2%｜5｜6｜\n产出指标｜时效指标｜宪法宣传周活动完成时间｜2021年12月10日前｜2021年12月4日｜5｜4｜",
     "培训结业考试合格率｜≥95%｜97.2%｜5｜6",
     "score 6 above the weight 5 of 培训结业考试合格率 (the 时效 row was lowered to 4 so the total still reads 97.83)"),
    ("zj-qingyuan-bawupufa-2021", "e3", "conflicting_values", "prose",
     "组织“法治文艺进村”巡演42场", "组织“法治文艺进村”巡演24场",
     "巡演24场",
     "the text gives 24 performances, the 自评表 (goal row and 巡演场次 row) 42场"),
    ("zj-qingyuan-bawupufa-2021", "e4", "year_mismatch", "prose",
     "截至2021年12月31日，项目实际支出", "截至2020年12月31日，项目实际支出",
     "截至2020年12月31日",
     "spending of the 2021 budget reported as of 31 Dec 2020 in a 2021 self-evaluation"),
    ("zj-qingyuan-bawupufa-2021", "e5", "unit_mismatch", "table",
     "｜2928.57元｜", "｜2928.57万元｜",
     "2928.57万元",
     "每场巡演成本: target ≤3000元 but actual written in 万元 (12.30万元 / 42场 = 2928.57元); off by 10^4"),
    ("zj-qingyuan-bawupufa-2021", "e6", "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 97.83 is in the 优 band (≥90)"),

    # ---- 柘城县 2022 “法律明白人”培养工程 (Henan, prose only) ----
    ("zhecheng-mingbairen-2022", "e1", "balance_mismatch", "prose",
     "结余1.44万元", "结余1.14万元",
     "结余1.14万元",
     "36.00 - 34.56 = 1.44, stated 1.14"),
    ("zhecheng-mingbairen-2022", "e2", "average_mismatch", "prose",
     "平均每期403人", "平均每期430人",
     "平均每期430人",
     "(412 + 398 + 405 + 397) / 4 = 403, stated 430"),
    ("zhecheng-mingbairen-2022", "e3", "sum_mismatch", "prose",
     "培训授课及场地租赁12.80万元", "培训授课及场地租赁12.08万元",
     "12.08万元",
     "12.08 + 8.64 + 10.32 + 2.80 = 33.84, stated 合计34.56万元"),
    ("zhecheng-mingbairen-2022", "e4", "score_sum_mismatch", "prose",
     "效益指标共得28.50分", "效益指标共得28.05分",
     "效益指标共得28.05分",
     "10 + 10 + 8.50 = 28.50, and 9.60 + 50 + 28.05 + 10 = 97.65 ≠ total 98.10"),
    ("zhecheng-mingbairen-2022", "e5", "implausible_rate", "prose",
     "741份，满意度95.49%", "781份，满意度100.64%",
     "781份，满意度100.64%",
     "781 satisfied of 776 returned questionnaires: satisfaction over 100%"),
    ("zhecheng-mingbairen-2022", "e6", "completion_mismatch", "prose",
     "完成率107.47%", "完成率104.77%",
     "完成率104.77%",
     "3224 / 3000 = 107.47%, stated 104.77%"),

    # ---- 永平县 2023 民主法治示范村创建 (Yunnan) ----
    ("yongping-minzhufazhicun-2023", "e1", "balance_mismatch", "table",
     "结余｜3.12", "结余｜3.21",
     "结余｜3.21",
     "到位 60.00 - 支出 56.88 = 3.12, table states 3.21"),
    ("yongping-minzhufazhicun-2023", "e2", "average_mismatch", "prose",
     "平均94.5分", "平均95.4分",
     "平均95.4分",
     "(96 + 94 + 92 + 95 + 93 + 97) / 6 = 94.5, stated 95.4"),
    ("yongping-minzhufazhicun-2023", "e3", "completion_mismatch", "table",
     "｜97.3%｜102.42%｜", "｜97.3%｜102.24%｜",
     "97.3%｜102.24%",
     "调解成功率 97.3 / 95 = 102.42%, stated 102.24%"),
    ("yongping-minzhufazhicun-2023", "e4", "score_sum_mismatch", "table",
     "｜342人次｜95.00%｜10｜9.50｜", "｜342人次｜95.00%｜10｜9.05｜",
     "342人次｜95.00%｜10｜9.05",
     "row scores now add to 96.53 (产出 49.05) while the table and text give 96.98 (产出 49.50)"),
    ("yongping-minzhufazhicun-2023", "e5", "weight_sum_mismatch", "table",
     "｜36块｜120.00%｜5｜5｜", "｜36块｜120.00%｜6｜5｜",
     "36块｜120.00%｜6",
     "weights now total 101 (产出 51 against the stated 50)"),
    ("yongping-minzhufazhicun-2023", "e6", "year_mismatch", "prose",
     "结转至2024年继续用于示范村创建", "结转至2023年继续用于示范村创建",
     "结转至2023年",
     "the unspent part of the 2023 budget is carried over to 2023 itself"),

    # ---- 和龙市 2019 法治文化阵地建设 (Jilin) ----
    ("helong-fazhiwenhua-2019", "e1", "sum_mismatch", "table",
     "其中：当年财政拨款｜70.00｜", "其中：当年财政拨款｜76.00｜",
     "当年财政拨款｜76.00",
     "年初预算 column: 76.00 + 0.00 + 0.00 ≠ 年度资金总额 70.00"),
    ("helong-fazhiwenhua-2019", "e2", "grade_mismatch", "prose",
     "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”",
     "total 89.02 is in the 良 band (80 ≤ s < 90)"),
    ("helong-fazhiwenhua-2019", "e3", "conflicting_values", "table",
     "｜≤55万元｜52.60万元｜", "｜≤55万元｜52.06万元｜",
     "52.06万元",
     "广场建设成本 is 52.60万元 in the text (twice), 52.06万元 in the 自评表"),
    ("helong-fazhiwenhua-2019", "e4", "unit_mismatch", "prose",
     "平均每个10800元", "平均每个10800万元",
     "10800万元",
     "9.72万元 / 9 书屋 = 10800元; written as 10800万元, off by 10^4"),
    ("helong-fazhiwenhua-2019", "e5", "completion_mismatch", "prose",
     "1.2万人次，完成率60%", "1.2万人次，完成率66%",
     "完成率66%",
     "1.2 / 2万人次 = 60%, stated 66%"),
    ("helong-fazhiwenhua-2019", "e6", "score_exceeds_weight", "table",
     "｜9个｜5｜5｜龙城镇利用闲置村部增设1个\n产出指标｜质量指标｜工程验收合格率｜100%｜100%｜10｜10｜",
     "｜9个｜4｜5｜龙城镇利用闲置村部增设1个\n产出指标｜质量指标｜工程验收合格率｜100%｜100%｜11｜10｜",
     "法治书屋｜≥8个｜9个｜4｜5",
     "法治书屋 scored 5 on a weight of 4 (the next row's weight raised to 11, so weights still total 100)"),

    # ---- 宁化县司法局 2024 部门整体 (Fujian) ----
    ("ninghua-sifaju-2024", "e1", "sum_mismatch", "table",
     "其中：基本支出｜948.20｜", "其中：基本支出｜984.20｜",
     "基本支出｜984.20",
     "年初预算 column: 984.20 + 338.20 = 1322.40 ≠ 1286.40"),
    ("ninghua-sifaju-2024", "e2", "average_mismatch", "table",
     "｜332.27｜90.69%｜96.20", "｜332.27｜90.69%｜96.02",
     "332.27｜90.69%｜96.02",
     "(97.20 + 95.60 + 98.10 + 96.40 + 93.70) / 5 = 96.20, stated 96.02"),
    ("ninghua-sifaju-2024", "e3", "rate_mismatch", "table",
     "｜86.50｜80.12｜92.62%｜", "｜86.50｜80.12｜92.26%｜",
     "80.12｜92.26%",
     "以案释法 project: 80.12 / 86.50 = 92.62%, stated 92.26%"),
    ("ninghua-sifaju-2024", "e4", "implausible_rate", "prose",
     "办结479件，结案率98.56%", "办结497件，结案率102.26%",
     "办结497件，结案率102.26%",
     "497 closed of 486 accepted legal-aid cases: 结案率 over 100%"),
    ("ninghua-sifaju-2024", "e5", "weight_sum_mismatch", "table",
     "｜11.85万元｜100.00%｜5｜5｜", "｜11.85万元｜100.00%｜6｜5｜",
     "11.85万元｜100.00%｜6",
     "weights now total 101 (三公经费 row 6 instead of 5)"),
    ("ninghua-sifaju-2024", "e6", "year_mismatch", "table",
     "评价年度｜2024年", "评价年度｜2023年",
     "评价年度｜2023年",
     "the 自评表 claims 2023 for the 2024 部门整体 report"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suf, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suf}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-{suf}: value not in case: {value!r}")
            name = f"{src}-{suf}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(not r['clean'] for r in labels)} with one error each)")


if __name__ == "__main__":
    main()
