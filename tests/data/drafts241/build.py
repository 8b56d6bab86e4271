#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts241 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the exact substring of the error case that carries the changed figure.
Run from anywhere:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jl-longjing-minbing-2021",
    "xj-manas-zhengbing-2023",
    "sn-sanyuan-shuangyong-2019",
    "hi-lingao-guofangdongyuan-2024",
    "nm-wulatezhongqi-renwubu-2020",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: 龙井市人武部 民兵训练经费 2021 (flattened PDF table, one cell per line) ----
    ("jl-longjing-minbing-2021", 1, "rate_mismatch", "prose",
     "支出率98.19%", "支出率98.91%", "支出率98.91%",
     "伙食补助 22.82 / 23.24 = 98.19%, stated 98.91%"),
    ("jl-longjing-minbing-2021", 2, "weight_sum_mismatch", "table",
     "\t训练任务完成时间\n\t5\n", "\t训练任务完成时间\n\t8\n", "训练任务完成时间\n\t8",
     "时效 row weight 5 typed as 8: weights now total 103 (产出 53 instead of 50)"),
    ("jl-longjing-minbing-2021", 3, "completion_mismatch", "table",
     "\t326人\n\t108.67%\n", "\t326人\n\t106.87%\n", "326人\n\t106.87%",
     "actual 326人 / target 300人 = 108.67%, stated 106.87%"),
    ("jl-longjing-minbing-2021", 4, "average_mismatch", "prose",
     "平均每期81.5人", "平均每期85.1人", "平均每期85.1人",
     "(86 + 92 + 78 + 70) / 4 = 81.5, stated 85.1"),
    ("jl-longjing-minbing-2021", 5, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "the 2021 report states its spending as of 31 Dec 2020"),
    ("jl-longjing-minbing-2021", 6, "score_exceeds_weight", "table",
     "\t93.33%\n\t4.67\n\t部分器材厂家延期交货，已列入2022年采购计划\n\n\t\n\t质量指标\n\t训练考核合格率\n\t10\n\t≥95%\n\t97.2%\n\t102.32%\n\t10\n",
     "\t93.33%\n\t10\n\t部分器材厂家延期交货，已列入2022年采购计划\n\n\t\n\t质量指标\n\t训练考核合格率\n\t10\n\t≥95%\n\t97.2%\n\t102.32%\n\t4.67\n",
     "93.33%\n\t10",
     "scores of two adjacent rows swapped: 更新训练器材 (分值5) now scored 10 (合格率 row 4.67; total unchanged 98.20)"),

    # ---- B: 玛纳斯县 征兵工作经费 2023 (web table, tab-separated MOF 自评表) ----
    ("xj-manas-zhengbing-2023", 1, "balance_mismatch", "prose",
     "结余1.14万元", "结余1.41万元", "结余1.41万元",
     "38.40 - 37.26 = 1.14, stated 1.41"),
    ("xj-manas-zhengbing-2023", 2, "sum_mismatch", "table",
     "上年结转资金\t0.00\t2.40", "上年结转资金\t2.40\t2.40", "上年结转资金\t2.40\t2.40\t2.40",
     "年初预算数 column: 36.00 + 2.40 + 0.00 = 38.40 but 年度资金总额 年初 is 36.00 (carry-over typed into the 年初 column)"),
    ("xj-manas-zhengbing-2023", 3, "grade_mismatch", "prose",
     "98.37分，自评等级为优秀", "98.37分，自评等级为良好", "98.37分，自评等级为良好",
     "98.37 lies in the 优 band (>= 90); 良好 copied from last year's grade"),
    ("xj-manas-zhengbing-2023", 4, "unit_mismatch", "table",
     "=42人\t42人", "=42人\t100%", "=42人\t100%",
     "target is a head count (人), actual given as a percentage"),
    ("xj-manas-zhengbing-2023", 5, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100%", "其他资金\t0.00\t0.00\t0.00\t—\t100%",
     "execution rate 100% on a 0.00 budget (rate on a zero base)"),
    ("xj-manas-zhengbing-2023", 6, "conflicting_values", "prose",
     "全年共向部队输送合格新兵42名", "全年共向部队输送合格新兵45名", "输送合格新兵45名",
     "new recruits sent: 42名 in 基本情况 (18 + 24) and in the table, 45名 here"),

    # ---- C: 三原县 双拥工作经费 2019 (pipe table with 完成率) ----
    ("sn-sanyuan-shuangyong-2019", 1, "sum_mismatch", "prose",
     "双拥创建活动经费11.36万元", "双拥创建活动经费11.63万元", "双拥创建活动经费11.63万元",
     "24.80 + 11.63 + 7.48 + 5.00 = 48.91, stated 合计48.64"),
    ("sn-sanyuan-shuangyong-2019", 2, "score_sum_mismatch", "table",
     "| 10 | 9.85 | 慰问形式较单一 |", "| 10 | 9.58 | 慰问形式较单一 |",
     "| 9.58 | 慰问形式较单一 |\n| 合计 |  |  |  |  |  | 100 | 98.18 |",
     "row scores now add up to 97.91, 合计 (and text) says 98.18"),
    ("sn-sanyuan-shuangyong-2019", 3, "conflicting_values", "prose",
     "送医送法进军营等双拥共建活动9次", "送医送法进军营等双拥共建活动7次", "双拥共建活动7次",
     "双拥共建活动 7次 here, 9次 in 偏离原因 and in the table"),
    ("sn-sanyuan-shuangyong-2019", 4, "implausible_rate", "prose",
     "满意率达98.5%", "满意率达985%", "满意率达985%",
     "a satisfaction rate of 985% (decimal point dropped) exceeds 100%"),
    ("sn-sanyuan-shuangyong-2019", 5, "completion_mismatch", "table",
     "| 310户次 | 103.33% |", "| 310户次 | 103.03% |", "310户次 | 103.03%",
     "310 / 300 = 103.33%, stated 103.03%"),
    ("sn-sanyuan-shuangyong-2019", 6, "unit_mismatch", "prose",
     "按每户800元标准", "按每户800万元标准", "每户800万元",
     "per-household standard 800元 written as 800万元: 310 x 800万元 != 24.80万元, reconciled exactly by 10^4"),

    # ---- D: 临高县 国防动员工作经费 2024 (full-width ｜ tables) ----
    ("hi-lingao-guofangdongyuan-2024", 1, "rate_mismatch", "table",
     "57.50｜54.16｜—｜94.19%", "57.50｜54.16｜—｜94.91%", "57.50｜54.16｜—｜94.91%",
     "当年财政拨款 54.16 / 57.50 = 94.19%, stated 94.91%"),
    ("hi-lingao-guofangdongyuan-2024", 2, "balance_mismatch", "table",
     "结余｜3.34｜", "结余｜3.43｜", "结余｜3.43",
     "实际到位 60.70 - 实际支出 57.36 = 3.34, stated 3.43"),
    ("hi-lingao-guofangdongyuan-2024", 3, "average_mismatch", "prose",
     "平均410人次", "平均401人次", "平均401人次",
     "(420 + 386 + 512 + 398 + 334) / 5 = 410, stated 401"),
    ("hi-lingao-guofangdongyuan-2024", 4, "grade_mismatch", "table",
     "自评等级｜良", "自评等级｜优", "自评等级｜优",
     "total 89.90 is in the 良 band (80 <= s < 90), table says 优"),
    ("hi-lingao-guofangdongyuan-2024", 5, "weight_sum_mismatch", "table",
     "防空警报试鸣｜=1次｜1次｜5｜5｜", "防空警报试鸣｜=1次｜1次｜6｜5｜", "防空警报试鸣｜=1次｜1次｜6",
     "weight 5 typed as 6: weights total 101, 总分 row says 100"),
    ("hi-lingao-guofangdongyuan-2024", 6, "year_mismatch", "prose",
     "我办对2024年度国防动员工作经费", "我办对2023年度国防动员工作经费", "2023年度国防动员工作经费",
     "title and table evaluate 2024, the opening sentence says 2023年度"),

    # ---- E: 乌拉特中旗人武部 运行保障经费 2020 (PDF text, space-separated table) ----
    ("nm-wulatezhongqi-renwubu-2020", 1, "score_sum_mismatch", "prose",
     "产出指标得分49.63分", "产出指标得分49.36分",
     "产出指标得分49.36分，效益指标得分29分，满意度指标得分10分，综合得分98.28分",
     "9.65 + 49.36 + 29 + 10 = 98.01, stated 98.28; table 产出 rows add up to 49.63"),
    ("nm-wulatezhongqi-renwubu-2020", 2, "score_exceeds_weight", "table",
     "民兵装备完好率 ≥95% 97.5% 8 8\n产出指标 质量指标 维修工程验收合格率 =100% 100% 6 6",
     "民兵装备完好率 ≥95% 97.5% 8 6\n产出指标 质量指标 维修工程验收合格率 =100% 100% 6 8",
     "维修工程验收合格率 =100% 100% 6 8",
     "scores of two adjacent rows swapped: 验收合格率 (分值6) now scored 8 (total unchanged 98.28)"),
    ("nm-wulatezhongqi-renwubu-2020", 3, "rate_mismatch", "prose",
     "资金到位率97.66%", "资金到位率97.96%", "资金到位率97.96%",
     "96.20 / 98.50 = 97.66%, stated 97.96%"),
    ("nm-wulatezhongqi-renwubu-2020", 4, "average_mismatch", "prose",
     "平均每个卡点9人", "平均每个卡点8人", "平均每个卡点8人",
     "(12 + 8 + 10 + 6 + 9) / 5 = 9, stated 8"),
    ("nm-wulatezhongqi-renwubu-2020", 5, "unit_mismatch", "table",
     "≤15万元 14.28万元", "≤15万元 95.2%", "≤15万元 95.2%",
     "target in 万元, actual given as a percentage (14.28 / 15)"),
    ("nm-wulatezhongqi-renwubu-2020", 6, "conflicting_values", "prose",
     "2.全年维护保养民兵装备248件（套）", "2.全年维护保养民兵装备284件（套）", "维护保养民兵装备284件（套）",
     "装备维护保养 284件（套） here, 248件（套） in the table (and 260 - 12 = 248)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    problems = []
    for src in SOURCES:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                problems.append(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
                continue
            text = clean.replace(old, new)
            if value not in text:
                problems.append(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
