#!/usr/bin/env python3
"""Build the n158 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "linshu-youfu-2021",
    "pingguo-guangrongyuan-2023",
    "linjiang-lieshi-2019",
    "fukang-veterantrain-2024",
    "hongkou-junxiu-2022",
]

# (source, case suffix, code, where, old, new, value, explanation)
EDITS = [
    # --- linshu-youfu-2021 (Shandong, 重点优抚对象抚恤补助, MOF table) ---
    ("linshu-youfu-2021", "e1", "rate_mismatch", "table",
     "1921.36｜10｜99.26%｜9.93", "1921.36｜10｜99.62%｜9.93",
     "99.62%", "执行率 1921.36 / 1935.72 = 99.26%, the 年度资金总额 row prints 99.62%"),
    ("linshu-youfu-2021", "e2", "weight_sum_mismatch", "table",
     "98.59%｜10｜9.86", "98.59%｜15｜9.86",
     "98.59%｜15｜9.86", "信息核查覆盖率 weight 15 makes the 分值 column 10 + 55 + 30 + 10 = 105, table total says 100"),
    ("linshu-youfu-2021", "e3", "score_sum_mismatch", "table",
     "基本健全｜10｜9｜", "基本健全｜10｜9.5｜",
     "基本健全｜10｜9.5", "row scores now add to 9.93 + 49.86 + 29.5 + 10 = 99.29, stated total 98.79 (and 效益 29 in the text)"),
    ("linshu-youfu-2021", "e4", "unit_mismatch", "prose",
     "追加调标资金73.32万元", "追加调标资金733200万元",
     "733200万元", "733200元 written as 万元: 1862.40 + 73.32 = 1935.72 and 66.00 + 7.32 = 73.32 hold only for 73.32万元"),
    ("linshu-youfu-2021", "e5", "conflicting_values", "table",
     "≥2950人｜2986人", "≥2950人｜2968人",
     "2968人", "the table gives 2968 people paid, the text 2986 (also the sum 412 + 96 + 38 + 205 + 2235)"),
    ("linshu-youfu-2021", "e6", "completion_mismatch", "prose",
     "完成年度目标（2950人）的101.22%", "完成年度目标（2950人）的102.12%",
     "102.12%", "2986 / 2950 = 101.22%, stated 102.12%"),

    # --- pingguo-guangrongyuan-2023 (Guangxi, 光荣院运行经费, prose only) ---
    ("pingguo-guangrongyuan-2023", "e1", "balance_mismatch", "prose",
     "年末结余3.63万元", "年末结余3.36万元",
     "结余3.36万元", "全年预算/到位 98.00 − 支出 94.37 = 3.63, stated 3.36"),
    ("pingguo-guangrongyuan-2023", "e2", "sum_mismatch", "prose",
     "日常维修等公用经费13.08万元", "日常维修等公用经费13.80万元",
     "公用经费13.80万元", "41.26 + 28.45 + 13.80 + 11.58 = 95.09, not the 94.37 spent"),
    ("pingguo-guangrongyuan-2023", "e3", "average_mismatch", "prose",
     "三年平均入住率73.33%", "三年平均入住率74.33%",
     "平均入住率74.33%", "(70.00 + 73.33 + 76.67) / 3 = 73.33%, stated 74.33%"),
    ("pingguo-guangrongyuan-2023", "e4", "implausible_rate", "prose",
     "供养对象满意度为96.8%", "供养对象满意度为106.8%",
     "106.8%", "a satisfaction rate above 100%"),
    ("pingguo-guangrongyuan-2023", "e5", "grade_mismatch", "prose",
     "自评总分97.63分，评价等级为优", "自评总分97.63分，评价等级为良",
     "评价等级为良", "97.63 is in the 优 band (≥ 90)"),
    ("pingguo-guangrongyuan-2023", "e6", "year_mismatch", "prose",
     "截至2023年12月31日，实际支出94.37万元", "截至2022年12月31日，实际支出94.37万元",
     "截至2022年12月31日", "the 2023 report gives its spending as of 31 Dec 2022"),

    # --- linjiang-lieshi-2019 (Jilin, 烈士纪念设施维护, sub-item + MOF table) ---
    ("linjiang-lieshi-2019", "e1", "grade_mismatch", "prose",
     "自评总分89.84分，评价等级为良", "自评总分89.84分，评价等级为优",
     "评价等级为优", "89.84 is in the 良 band (80 ≤ s < 90)"),
    ("linjiang-lieshi-2019", "e2", "score_exceeds_weight", "table",
     "3.42万人次｜12｜12｜\n效益指标｜社会效益指标｜开展爱国主义教育活动｜≥20场｜14场｜8｜5.6",
     "3.42万人次｜8｜12｜\n效益指标｜社会效益指标｜开展爱国主义教育活动｜≥20场｜14场｜12｜5.6",
     "3.42万人次｜8｜12", "weights of two adjacent rows swapped: 年接待人次 now scores 12 of a weight of 8 (sums unchanged)"),
    ("linjiang-lieshi-2019", "e3", "sum_mismatch", "table",
     "草坪养护｜22.40｜21.54", "草坪养护｜22.40｜21.45",
     "22.40｜21.45", "57.92 + 9.60 + 21.45 + 13.66 = 102.63, 合计 row says 102.72"),
    ("linjiang-lieshi-2019", "e4", "rate_mismatch", "table",
     "102.72｜10｜85.60%｜8.56", "102.72｜10｜85.06%｜8.56",
     "85.06%", "102.72 / 120.00 = 85.60%, stated 85.06%"),
    ("linjiang-lieshi-2019", "e5", "unit_mismatch", "table",
     "≥40座｜16座", "≥40座｜40%",
     "≥40座｜40%", "target in 座, actual given as a percentage"),
    ("linjiang-lieshi-2019", "e6", "balance_mismatch", "prose",
     "结余17.28万元", "结余17.82万元",
     "结余17.82万元", "120.00 − 102.72 = 17.28, stated 17.82"),

    # --- fukang-veterantrain-2024 (Xinjiang, 退役士兵职业技能培训, class table + table with 完成率) ---
    ("fukang-veterantrain-2024", "e1", "score_exceeds_weight", "table",
     "136人｜104.62%｜15｜15｜\n产出指标｜数量指标｜开设培训班次｜≥4期｜4期｜100.00%｜5｜5｜",
     "136人｜104.62%｜5｜15｜\n产出指标｜数量指标｜开设培训班次｜≥4期｜4期｜100.00%｜15｜5｜",
     "136人｜104.62%｜5｜15", "weights of two adjacent rows swapped: 培训人数 scores 15 of a weight of 5 (sums unchanged)"),
    ("fukang-veterantrain-2024", "e2", "completion_mismatch", "table",
     "91.91%｜102.12%", "91.91%｜101.12%",
     "101.12%", "91.91% / 90% = 102.12%, stated 101.12%"),
    ("fukang-veterantrain-2024", "e3", "average_mismatch", "prose",
     "平均成绩为86.75分", "平均成绩为86.57分",
     "平均成绩为86.57分", "(86.5 + 82.0 + 90.5 + 88.0) / 4 = 86.75, stated 86.57"),
    ("fukang-veterantrain-2024", "e4", "conflicting_values", "prose",
     "全年4期共培训退役士兵136人", "全年4期共培训退役士兵138人",
     "共培训退役士兵138人", "the class table (42 + 36 + 30 + 28), the indicator table and the survey all give 136 trainees"),
    ("fukang-veterantrain-2024", "e5", "score_sum_mismatch", "table",
     "96.08%｜15｜14.41", "96.08%｜15｜14.14",
     "96.08%｜15｜14.14", "row scores add to 98.76, stated total 99.03"),
    ("fukang-veterantrain-2024", "e6", "year_mismatch", "prose",
     "结转至2025年继续用于", "结转至2024年继续用于",
     "结转至2024年", "the unspent part of the 2024 budget is carried over to 2024 itself"),

    # --- hongkou-junxiu-2022 (Shanghai, 军休干部服务管理, 部门整体) ---
    ("hongkou-junxiu-2022", "e1", "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—", "上年结转资金｜0.00｜0.00｜0.00｜100%",
     "0.00｜0.00｜0.00｜100%", "an execution rate of 100% on a zero budget"),
    ("hongkou-junxiu-2022", "e2", "weight_sum_mismatch", "table",
     "38场次｜10｜6.33", "38场次｜12｜6.33",
     "38场次｜12｜6.33", "分值 column now adds to 102, 合计 says 100"),
    ("hongkou-junxiu-2022", "e3", "average_mismatch", "table",
     "项目平均自评得分｜｜｜｜91.67", "项目平均自评得分｜｜｜｜91.76",
     "91.76", "(96.5 + 91.0 + 87.5) / 3 = 91.67, stated 91.76"),
    ("hongkou-junxiu-2022", "e4", "rate_mismatch", "table",
     "121.63｜85.15%", "121.63｜85.51%",
     "85.51%", "121.63 / 142.84 = 85.15%, stated 85.51%"),
    ("hongkou-junxiu-2022", "e5", "year_mismatch", "prose",
     "2022年全年预算数1312.74万元", "2021年全年预算数1312.74万元",
     "2021年全年预算数", "the 2022 department report gives its budget 1312.74 as the 2021 budget"),
    ("hongkou-junxiu-2022", "e6", "conflicting_values", "prose",
     "中心2022年共支出1254.06万元", "中心2022年共支出1245.06万元",
     "1245.06万元", "the table gives 全年执行数 1254.06 (782.15 + 471.91)"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, code, where, old, new, value, expl) in by_source[src]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{s}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{s}-{suffix}: value {value!r} not in case")
            name = f"{s}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with errors)")


if __name__ == "__main__":
    main()
