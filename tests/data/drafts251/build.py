#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts251 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is a short exact substring of the error case that contains the changed figure.
`where` says whether the slip sits in the prose or in a table (documentation only).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "lanxian-kepudapeng-2018",
    "bishan-qingshaonian-2021",
    "yidu-kejiguan-2020",
    "minhe-kepujidi-2024",
    "nancheng-kepuri-2023",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Shanxi, 岚县科协, 科普大篷车巡展, 2018 (Word copy, seed-003 layout) ----
    ("lanxian-kepudapeng-2018", 1, "completion_mismatch", "table",
     "\t109.38%\n", "\t109.83%\n", "109.83%",
     "附件1 受益群众人次: 3.5万人次 / 目标≥3.2万人次 = 109.38%, the 完成率 cell reads 109.83% (digits swapped)"),
    ("lanxian-kepudapeng-2018", 2, "weight_sum_mismatch", "table",
     "巡展任务完成时间\n\t5\n", "巡展任务完成时间\n\t8\n", "巡展任务完成时间\n\t8",
     "附件1 weights now total 103 (时效指标 8 instead of 5) against the 合计 of 100; 产出 weights 53"),
    ("lanxian-kepudapeng-2018", 3, "rate_mismatch", "table",
     "\t90.31\n", "\t93.01\n", "93.01",
     "funds table row (7)=(4)/(2), 县区级 column: 11.74 / 13.00 = 90.31%, cell reads 93.01"),
    ("lanxian-kepudapeng-2018", 4, "balance_mismatch", "prose",
     "结余0.54万元", "结余0.45万元", "结余0.45万元",
     "科普日追加经费 3万元 less 2.46万元 spent = 0.54万元, text says 结余0.45万元"),
    ("lanxian-kepudapeng-2018", 5, "grade_mismatch", "prose",
     '属于"优秀"', '属于"良好"', '属于"良好"',
     "总得分98.33分 lies in the 优 band (>= 90), text grades it 良好"),
    ("lanxian-kepudapeng-2018", 6, "year_mismatch", "prose",
     "结转至2019年", "结转至2018年", "结转至2018年",
     "the 2018 balance is carried over to 2018 itself; a carry-over goes to a later year (2019)"),

    # ---- Chongqing, 璧山区科协, 青少年科技创新大赛, 2021 (web page copy, tab rows) ----
    ("bishan-qingshaonian-2021", 1, "sum_mismatch", "prose",
     "市科协补助3万元", "市科协补助5万元", "其中区级财政安排15万元、市科协补助5万元",
     "全年预算18万元 but its parts 15 + 5 = 20万元"),
    ("bishan-qingshaonian-2021", 2, "average_mismatch", "prose",
     "平均每个片区推荐30件", "平均每个片区推荐32件", "平均每个片区推荐32件",
     "(32 + 28 + 35 + 25 + 30) / 5 = 30件, stated 32件"),
    ("bishan-qingshaonian-2021", 3, "conflicting_values", "prose",
     "参与学生5860人次", "参与学生5680人次", "参与学生5680人次",
     "the text gives 5680人次 for the students taking part, the 自评表 5860人次 for the same indicator"),
    ("bishan-qingshaonian-2021", 4, "score_exceeds_weight", "table",
     "26件\t5\t5\t", "26件\t5\t5.2\t", "26件\t5\t5.2",
     "市级以上获奖作品数 scored 5.2 against a weight of 5 (26/25 = 104% applied without the cap); rows now sum to 97.2, which still reads 97 at whole points"),
    ("bishan-qingshaonian-2021", 5, "score_sum_mismatch", "table",
     "42%\t10\t8.4\t", "42%\t10\t4.8\t", "42%\t10\t4.8",
     "row scores now add to 93.4 (8.4 typed as 4.8) while 总分 reads 97"),
    ("bishan-qingshaonian-2021", 6, "unit_mismatch", "table",
     "≥120人次\t136人次", "≥120人次\t100%", "≥120人次\t100%",
     "培训科技辅导员: target in 人次, actual given as a percentage"),

    # ---- Hubei, 宜都市科协/科技馆, 科技馆免费开放, 2020 (PDF copy, space-separated rows) ----
    ("yidu-kejiguan-2020", 1, "rate_mismatch", "prose",
     "支出49.10万元，执行率98.20%", "支出49.10万元，执行率98.02%", "执行率98.02%",
     "中央补助资金 49.10 / 50 = 98.20%, stated 98.02%"),
    ("yidu-kejiguan-2020", 2, "implausible_rate", "prose",
     "实际支出5.64万元，执行率94.00%", "实际支出6.64万元，执行率110.67%", "实际支出6.64万元，执行率110.67%",
     "科普进校园流动展览: 6.64万元 spent of the 6.00万元 arranged, execution rate 110.67% (> 100%)"),
    ("yidu-kejiguan-2020", 3, "score_sum_mismatch", "prose",
     "产出指标得分45.82分", "产出指标得分45.28分", "产出指标得分45.28分",
     "9.77 + 45.28 + 30 + 10 = 95.05, the same sentence states 综合得分95.59分 (table rows give 45.82)"),
    ("yidu-kejiguan-2020", 4, "completion_mismatch", "table",
     "64场 106.67%", "64场 106.76%", "64场 106.76%",
     "开展科普教育活动场次: 64 / 60 = 106.67%, 完成率 cell reads 106.76%"),
    ("yidu-kejiguan-2020", 5, "weight_sum_mismatch", "table",
     "158.00% 15 15", "158.00% 20 15", "158.00% 20 15",
     "线上科普阅读量 weight 20: weights total 105 against 总分 100 (效益 35)"),
    ("yidu-kejiguan-2020", 6, "year_mismatch", "table",
     "（2020年度）", "（2021年度）", "（2021年度）",
     "the 自评表 is headed 2021年度 while the report and all budget figures are for 2020"),

    # ---- Qinghai, 民和县科协, 科普基地建设, 2024 (web page copy, tab rows) ----
    ("minhe-kepujidi-2024", 1, "unit_mismatch", "prose",
     "科普活动及讲解员补助15.68万元", "科普活动及讲解员补助156800万元", "156800万元",
     "156800元 written with the unit 万元; as 15.68万元 the three uses add to the 61.88万元 spent"),
    ("minhe-kepujidi-2024", 2, "average_mismatch", "prose",
     "平均每个基地4000人次", "平均每个基地4200人次", "平均每个基地4200人次",
     "(5120 + 3860 + 2740 + 4280) / 4 = 4000人次, stated 4200"),
    ("minhe-kepujidi-2024", 3, "conflicting_values", "prose",
     "新增、更新科普展品34件（套）", "新增、更新科普展品43件（套）", "科普展品43件（套）",
     "section 四 says 43件（套） were updated, the 自评表 and its 年度总体目标 row say 34"),
    ("minhe-kepujidi-2024", 4, "balance_mismatch", "table",
     "资金结余\t3.12", "资金结余\t3.21", "资金结余\t3.21",
     "资金情况表: 65.00 received - 61.88 spent = 3.12, cell reads 3.21"),
    ("minhe-kepujidi-2024", 5, "grade_mismatch", "table",
     "评价等级\t优", "评价等级\t良", "评价等级\t良",
     "总分 93.52 is in the 优 band, the table grades it 良"),
    ("minhe-kepujidi-2024", 6, "sum_mismatch", "table",
     "\t当年财政拨款\t60.00\t60.00\t56.88", "\t当年财政拨款\t50.00\t60.00\t56.88", "当年财政拨款\t50.00",
     "年初预算数 column: 50.00 + 0.00 + 0.00 = 50.00 but 年度资金总额 reads 60.00"),

    # ---- Jiangxi, 南城县科协, 全国科普日活动, 2023 (Word copy, one cell per line) ----
    ("nancheng-kepuri-2023", 1, "score_exceeds_weight", "table",
     "\t3.09万份\n\t10\n\t10\n", "\t3.09万份\n\t10\n\t10.3\n", "3.09万份\n\t10\n\t10.3",
     "发放科普宣传资料 scored 10.3 against a weight of 10 (103% applied without the cap); rows sum 96.3, which still reads 96"),
    ("nancheng-kepuri-2023", 2, "implausible_rate", "table",
     "上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t—\n", "上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t100%\n",
     "上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t100%",
     "上年结转资金 is 0 in every column, yet its 执行率 reads 100%: a rate on a zero base"),
    ("nancheng-kepuri-2023", 3, "sum_mismatch", "table",
     "\t6.42\n", "\t6.24\n", "科普宣传资料印制\n\t6.24",
     "支出明细: 12.80 + 6.24 + 9.86 + 3.18 + 2.30 = 34.38, 合计 reads 34.56"),
    ("nancheng-kepuri-2023", 4, "completion_mismatch", "prose",
     "完成率124%", "完成率142%", "完成率142%",
     "参与群众 6.2万人次 against the target of 5万人次 = 124%, stated 142%"),
    ("nancheng-kepuri-2023", 5, "conflicting_values", "prose",
     "参与1.26万人", "参与1.62万人", "参与1.62万人",
     "the text gives 1.62万人 for the online quiz, the 自评表 1.26万人"),
    ("nancheng-kepuri-2023", 6, "rate_mismatch", "prose",
     "到位率80%", "到位率85%", "到位率85%",
     "28.8万元 received of the 36万元 全年预算 = 80%, stated 85%"),
]


def main():
    labels = []
    errors = 0
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                print(f"ERROR {src}-e{n}: old string matches {count} times: {old!r}")
                errors += 1
                continue
            case = clean.replace(old, new, 1)
            if value not in case:
                print(f"ERROR {src}-e{n}: value not in case: {value!r}")
                errors += 1
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
