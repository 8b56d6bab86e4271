#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl from the five clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in the clean draft.
`value` is the label: an exact substring of the error case that contains the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "zj-zhuji-laoniandaxue-2018"
B = "sc-langzhong-sqlnjy-2019"
C = "hb-anlu-zhlpx-2021"
D = "hn-liling-lnfzxc-2023"
E = "sx-jiexiu-nlpg-2024"
PROJECTS = [A, B, C, D, E]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- A: Zhuji elderly university, department-wide report 2018 (HTML residue) ---
    (A, 1, "rate_mismatch", "prose",
     "项目支出执行率94.95%", "项目支出执行率94.59%", "项目支出执行率94.59%",
     "project spending 188.77 / 198.80 (funds table) = 94.95%, stated 94.59%"),
    (A, 2, "sum_mismatch", "table",
     "<td>项目支出</td><td>174.20</td>", "<td>项目支出</td><td>147.20</td>", "项目支出</td><td>147.20",
     "year-start 项目支出 should be 96.40 + 35.40 + 42.40 = 174.20; 212.30 + 147.20 = 359.50 ≠ 386.50 and 147.20 + 24.60 ≠ 198.80"),
    (A, 3, "average_mismatch", "prose",
     "平均每个分校20.00万元", "平均每个分校22.00万元", "平均每个分校22.00万元",
     "(24.00 + 18.00 + 18.00) / 3 = 20.00, stated 22.00"),
    (A, 4, "grade_mismatch", "prose",
     "等级为“优秀”", "等级为“良好”", "等级为“良好”",
     "total 98 is in the 优 band (90–100), stated 良好"),
    (A, 5, "year_mismatch", "prose",
     "截至2018年12月31日", "截至2019年12月31日", "截至2019年12月31日",
     "the 2018 report states its full-year spending as of 31 Dec 2019; the evaluation year is 2018"),
    (A, 6, "score_exceeds_weight", "table",
     "<td>126个</td><td>10</td><td>10</td>", "<td>126个</td><td>10</td><td>10.5</td>", "126个</td><td>10</td><td>10.5",
     "score 10.5 (uncapped 10 × 126/120) above weight 10; row sum 98.05 still rounds to the stated whole-point total 98"),

    # --- B: Langzhong community elderly education 2019 (Sichuan, one cell per line) ---
    (B, 1, "balance_mismatch", "prose",
     "全年结余3.12万元", "全年结余3.21万元", "全年结余3.21万元",
     "到位 99.50 − 支出 96.38 = 3.12, stated 3.21"),
    (B, 2, "weight_sum_mismatch", "table",
     "参训老年学员人次\n≥\n12000\n人次\n13460\n15\n15\n", "参训老年学员人次\n≥\n12000\n人次\n13460\n16\n15\n", "13460\n16\n15",
     "weight of 参训老年学员人次 changed 15 → 16: weights now sum to 101 (10 + 15 + 16 + 10 + 10 + 10 + 10 + 10 + 10) against 总分 100"),
    (B, 3, "conflicting_values", "prose",
     "全年开办社区老年学校（教学点）35个", "全年开办社区老年学校（教学点）38个", "全年开办社区老年学校（教学点）38个",
     "the 自评表 (goal block and indicator row) gives 35 schools; the prose now says 38"),
    (B, 4, "implausible_rate", "table",
     "%\n96.2\n10\n10\n", "%\n106.2\n10\n10\n", "106.2",
     "satisfaction of 106.2% is above 100%"),
    (B, 5, "score_sum_mismatch", "table",
     "\n7.4\n10\n9.25\n", "\n7.4\n10\n9.52\n", "9.52",
     "row scores now sum to 9.69 + 60 + 9.52 + 10 + 10 = 99.21, stated total 98.94"),
    (B, 6, "completion_mismatch", "prose",
     "完成率92.50%", "完成率95.20%", "完成率95.20%",
     "参学率 7.4% against target 8% = 92.50%, stated 95.20%"),

    # --- C: Anlu smart-technology training for older people 2021 (Hubei, tab-separated) ---
    (C, 1, "rate_mismatch", "table",
     "5.10\t42.50%", "5.10\t45.20%", "5.10\t45.20%",
     "provincial funds 5.10 / 12.00 = 42.50%, stated 45.20%"),
    (C, 2, "unit_mismatch", "table",
     "≤45元\t24.00元", "≤45元\t24.00%", "≤45元\t24.00%",
     "target of 人均培训成本 in 元, actual given in %"),
    (C, 3, "year_mismatch", "prose",
     "2021年11月，省级财政下达", "2022年11月，省级财政下达", "2022年11月，省级财政下达",
     "provincial money of the 2021 budget (spent in 2021) said to be issued in Nov 2022, after the evaluation year"),
    (C, 4, "average_mismatch", "prose",
     "季均46场", "季均48场", "季均48场",
     "(38 + 61 + 33 + 52) / 4 = 46, stated 48"),
    (C, 5, "balance_mismatch", "table",
     "结余（结转）资金\t23.04", "结余（结转）资金\t23.40", "结余（结转）资金\t23.40",
     "到位 48.00 − 执行 24.96 = 23.04, stated 23.40"),
    (C, 6, "completion_mismatch", "table",
     "6675人次\t111.25%", "6675人次\t112.15%", "6675人次\t112.15%",
     "6675 / 6000 = 111.25%, stated 112.15%"),

    # --- D: Liling anti-fraud publicity for older people 2023 (Hunan, PDF copy) ---
    (D, 1, "sum_mismatch", "prose",
     "短视频制作1.29万元", "短视频制作1.92万元", "短视频制作1.92万元",
     "27.71 + 4.26 + 1.92 = 33.89, stated total spending 33.26"),
    (D, 2, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 98.75 is in the 优 band, stated 良"),
    (D, 3, "conflicting_values", "table",
     "覆盖老年人人次 ≥40000人次 41250人次", "覆盖老年人人次 ≥40000人次 42150人次", "42150人次",
     "prose and the goal block of the 自评表 give 41250人次; the indicator row now says 42150人次"),
    (D, 4, "implausible_rate", "prose",
     "提高到活动后的93.8%", "提高到活动后的103.8%", "提高到活动后的103.8%",
     "a share of older people answering correctly cannot exceed 100%"),
    (D, 5, "balance_mismatch", "prose",
     "全年结余0.84万元", "全年结余0.48万元", "全年结余0.48万元",
     "全年预算 34.10 − 支出 33.26 = 0.84, stated 0.48"),
    (D, 6, "score_sum_mismatch", "table",
     "288人 10 9.60", "288人 10 9.06", "288人 10 9.06",
     "row scores now sum to 98.21, stated 总分 98.75 (text and table)"),

    # --- E: Jiexiu elderly capability assessment 2024 (Shanxi, ｜-separated) ---
    (E, 1, "weight_sum_mismatch", "table",
     "完成老年人能力综合评估人数｜15｜", "完成老年人能力综合评估人数｜18｜", "完成老年人能力综合评估人数｜18",
     "weights now sum to 103 (10 + 18 + 10 + 10 + 5 + 10 + 15 + 15 + 10), 合计 says 100"),
    (E, 2, "unit_mismatch", "prose",
     "第三方评估服务费66.42万元", "第三方评估服务费664200万元", "664200万元",
     "664200元 written as 万元: rescaled to 66.42万元 it restores 66.42 + 2.18 + 2.80 = 71.40 and 270元 per person"),
    (E, 3, "completion_mismatch", "table",
     "2460人｜82.00%", "2460人｜88.00%", "2460人｜88.00%",
     "2460 / 3000 = 82.00%, stated 88.00%"),
    (E, 4, "rate_mismatch", "table",
     "0｜77.33｜0｜0", "0｜73.33｜0｜0", "｜73.33｜",
     "row (7)=(4)/(2), column 县区级: 46.40 / 60.00 = 77.33%, stated 73.33"),
    (E, 5, "score_exceeds_weight", "prose",
     "考核得分94分", "考核得分104分", "考核得分104分",
     "履约考核 out of 满分100分 scored 104"),
    (E, 6, "grade_mismatch", "table",
     "评价等级｜优", "评价等级｜良", "评价等级｜良",
     "total 95.46 is in the 优 band, table grade 良"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: label value not in error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
