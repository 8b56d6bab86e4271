#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts499 from the clean drafts.

Each edit is an exact (old -> new) replacement; `old` must occur exactly once in the clean draft,
and `value` (the label) must occur exactly once in the edited case. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zhangxian-dagujie-2019",
    "haixing-gaodian-2020",
    "rangtang-cdc-bumen-2022",
    "weining-ranmeifu-2023",
    "kedong-keshanbing-2024",
]

# (project, suffix, code, old, new, value, explanation)
EDITS = [
    # --- zhangxian-dagujie-2019 (Gansu, plain text, ｜ tables) ---
    ("zhangxian-dagujie-2019", "e1", "rate_mismatch",
     "碘盐覆盖率98.46%", "碘盐覆盖率98.64%", "碘盐覆盖率98.64%",
     "iodized salt 384 of 390 samples = 98.46%, stated 98.64% (digits transposed)"),
    ("zhangxian-dagujie-2019", "e2", "balance_mismatch",
     "年末结余1.64万元", "年末结余1.46万元", "年末结余1.46万元",
     "received 41.00 - spent 39.36 = 1.64万元, stated 1.46万元"),
    ("zhangxian-dagujie-2019", "e3", "sum_mismatch",
     "健康教育及宣传材料4.28万元", "健康教育及宣传材料4.82万元", "健康教育及宣传材料4.82万元",
     "uses 12.48 + 15.60 + 4.82 + 3.20 + 3.80 = 39.90, but the total spent is 39.36 (item should be 4.28)"),
    ("zhangxian-dagujie-2019", "e4", "average_mismatch",
     "平均每村240人", "平均每村250人", "平均每村250人",
     "(260 + 240 + 250 + 220 + 230) / 5 = 240, stated 250"),
    ("zhangxian-dagujie-2019", "e5", "implausible_rate",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% printed on a zero base (上年结转 0.00 budget, 0.00 spent); should be —"),
    ("zhangxian-dagujie-2019", "e6", "year_mismatch",
     "结转至2020年继续使用", "结转至2019年继续使用", "结转至2019年",
     "the unspent part of the 2019 budget cannot be carried over to 2019 itself (should be 2020)"),

    # --- haixing-gaodian-2020 (Hebei, tab tables with 行次 and formulas) ---
    ("haixing-gaodian-2020", "e1", "completion_mismatch",
     "48处\t106.67%", "48处\t107.67%", "48处\t107.67%",
     "gte: actual 48处 / target 45处 = 106.67%, stated 107.67%"),
    ("haixing-gaodian-2020", "e2", "weight_sum_mismatch",
     "每份尿碘检测费用\t4", "每份尿碘检测费用\t5", "每份尿碘检测费用\t5",
     "weights now total 101 (产出 rows 51 against the stated 产出指标50分); the cost row should weigh 4"),
    ("haixing-gaodian-2020", "e3", "score_sum_mismatch",
     "98.00%\t9.80", "98.00%\t9.60", "98.00%\t9.60",
     "row scores now add up to 98.80 while the table and the text state 99.00"),
    ("haixing-gaodian-2020", "e4", "unit_mismatch",
     "≥100份\t100份", "≥100份\t100%", "≥100份\t100%",
     "target is a count of samples (份), actual written as a percentage"),
    ("haixing-gaodian-2020", "e5", "conflicting_values",
     "全县48处改水工程", "全县46处改水工程", "全县46处改水工程",
     "the number of monitored water-improvement works is 48 in the text and table elsewhere"),
    ("haixing-gaodian-2020", "e6", "rate_mismatch",
     "92.00\t92.22", "92.00\t93.22", "93.22",
     "row (7)=(4)/(2), central column: 33.20 / 36.00 = 92.22%, stated 93.22"),

    # --- rangtang-cdc-bumen-2022 (Sichuan, department-wide, 10 + 90 points) ---
    ("rangtang-cdc-bumen-2022", "e1", "sum_mismatch",
     "重大传染病防控56.72万元", "重大传染病防控56.27万元", "重大传染病防控56.27万元",
     "project spending items now sum to 195.87, stated 项目支出196.32万元"),
    ("rangtang-cdc-bumen-2022", "e2", "balance_mismatch",
     "单位资金结余2.60万元", "单位资金结余2.06万元", "单位资金结余2.06万元",
     "单位资金 18.00 - 15.40 = 2.60万元, stated 2.06万元"),
    ("rangtang-cdc-bumen-2022", "e3", "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 97.93 (9.73 + 88.20) is in the 优 band"),
    ("rangtang-cdc-bumen-2022", "e4", "unit_mismatch",
     "碘缺乏病监测12.30万元", "碘缺乏病监测123000万元", "碘缺乏病监测123000万元",
     "123000 is the amount in 元 (12.30万元) labelled 万元: the project items only sum to 196.32 with 12.30"),
    ("rangtang-cdc-bumen-2022", "e5", "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "the spending of the 2022 report is stated as of the end of 2021"),
    ("rangtang-cdc-bumen-2022", "e6", "completion_mismatch",
     "1126｜102.36%", "1126｜102.63%", "1126｜102.63%",
     "gte: 1126 / 1100 = 102.36%, stated 102.63%"),

    # --- weining-ranmeifu-2023 (Guizhou, Markdown tables) ---
    ("weining-ranmeifu-2023", "e1", "score_exceeds_weight",
     "9.50 | 炉具老化 |\n| 合计 | | | | | | 90 | 81",
     "10.50 | 炉具老化 |\n| 合计 | | | | | | 90 | 82",
     "| 10 | 10.50 |",
     "satisfaction row scored 10.50 against a weight of 10 (the 合计 row was raised to match)"),
    ("weining-ranmeifu-2023", "e2", "weight_sum_mismatch",
     "2023年12月15日 | — | 5 | 5", "2023年12月15日 | — | 6 | 5", "2023年12月15日 | — | 6 | 5",
     "indicator weights now total 91 against the 合计 90 (and 101 with the 10 execution points)"),
    ("weining-ranmeifu-2023", "e3", "grade_mismatch",
     "评价等级为“良”", "评价等级为“优”", "评价等级为“优”",
     "total 7.50 + 81.41 = 88.91 is in the 良 band"),
    ("weining-ranmeifu-2023", "e4", "average_mismatch",
     "平均每乡镇675户", "平均每乡镇657户", "平均每乡镇657户",
     "(720 + 680 + 650 + 650) / 4 = 675, stated 657"),
    ("weining-ranmeifu-2023", "e5", "implausible_rate",
     "412户，改炉改灶覆盖率98.10%", "432户，改炉改灶覆盖率102.86%",
     "已改炉灶432户，改炉改灶覆盖率102.86%",
     "432 improved stoves out of 420 households due: coverage 102.86% is above 100%"),
    ("weining-ranmeifu-2023", "e6", "conflicting_values",
     "安排中央补助地方病防治资金45.00万元", "安排中央补助地方病防治资金54.00万元",
     "安排中央补助地方病防治资金54.00万元",
     "the project's funds are 45.00万元 in the funds section and table (32.00 + 13.00)"),

    # --- kedong-keshanbing-2024 (Heilongjiang, ｜ tables, (A)/(B) labels) ---
    ("kedong-keshanbing-2024", "e1", "score_exceeds_weight",
     "9.40｜随访频次不够\n总分｜｜｜｜｜｜100｜98.80", "10.40｜随访频次不够\n总分｜｜｜｜｜｜100｜99.80",
     "10｜10.40",
     "satisfaction row scored 10.40 against a weight of 10 (the 总分 row was raised to match)"),
    ("kedong-keshanbing-2024", "e2", "score_sum_mismatch",
     "9.60｜老年村民受宣传少", "9.06｜老年村民受宣传少", "10｜9.06",
     "row scores plus execution 9.80 now add up to 98.26, 总分 states 98.80"),
    ("kedong-keshanbing-2024", "e3", "completion_mismatch",
     "105.94%", "105.49%", "95.35%｜105.49%",
     "gte: 95.35% / 90% = 105.94%, stated 105.49%"),
    ("kedong-keshanbing-2024", "e4", "unit_mismatch",
     "≥86人｜86人", "≥86人｜100%", "≥86人｜100%",
     "target is a number of patients (人), actual written as a percentage"),
    ("kedong-keshanbing-2024", "e5", "conflicting_values",
     "群众满意度84.60%，", "群众满意度86.40%，", "群众满意度86.40%",
     "satisfaction is 84.60% in the self-evaluation table"),
    ("kedong-keshanbing-2024", "e6", "rate_mismatch",
     "碘盐覆盖率99.00%", "碘盐覆盖率97.00%", "碘盐覆盖率97.00%",
     "iodized salt 297 of 300 samples = 99.00%, stated 97.00%"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        by_project[e[0]].append(e)
    for proj in PROJECTS:
        clean = read(os.path.join(CASES, f"{proj}-clean.txt"))
        labels.append({"case": f"{proj}-clean.txt", "source": proj, "clean": True, "expected": []})
        for _, suffix, code, old, new, value, expl in by_project[proj]:
            if clean.count(old) != 1:
                sys.exit(f"{proj}-{suffix}: old {old!r} occurs {clean.count(old)} times in the clean draft")
            if len(old) > 40 or len(new) > 40:
                sys.exit(f"{proj}-{suffix}: edit longer than 40 characters")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{proj}-{suffix}: value {value!r} occurs {text.count(value)} times")
            name = f"{proj}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with one injected error)")


if __name__ == "__main__":
    main()
