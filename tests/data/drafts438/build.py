#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case = its clean draft with exactly one replacement (old -> new); `old` must occur exactly once
in the clean draft. `value` (the label) must occur in the error case and overlap the replaced text.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

BASE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(BASE, "cases")

A = "sx-zuoquan-rengongerwo-2021"
B = "sc-dazhu-tingzhangjiuzhu-2023"
C = "hn-chaling-erwokangfu-2018"
D = "hb-huangmei-erwozhiru-2020"
E = "jx-leping-canlian-bumen-2024"
PROJECTS = [A, B, C, D, E]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: Shanxi, 2021, one cell per line tables (funds table with 行次, 附件1 with 完成率) ----
    (A, 1, "rate_mismatch", "table",
     "\t98.19\n\t98.08\n", "\t98.19\n\t98.80\n", "98.80",
     "funds table row (6)=(3)/(2), column 财政资金小计: 102.00 / 104.00 = 98.08%, printed 98.80"),
    (A, 2, "completion_mismatch", "table",
     "\t42人\n\t93.33%", "\t42人\n\t95.33%", "42人\n\t95.33%",
     "附件1 康复训练救助人数: actual 42人 against target ≥45人 is 93.33%, printed 95.33% (the score 11.67 still follows 93.33%)"),
    (A, 3, "implausible_rate", "table",
     "\t98.08\n\t0\n\t100\n\t90\n", "\t98.08\n\t100\n\t100\n\t90\n", "98.08\n\t100",
     "funds table row (6) 预算到位率, column 中央级: the column has no budget at all (zero base), yet the rate reads 100"),
    (A, 4, "sum_mismatch", "prose",
     "4—6岁19名", "4—6岁18名", "42名听障儿童提供康复训练救助，按年龄段分别为0—3岁17名、4—6岁18名、7—14岁6名",
     "age groups 17 + 18 + 6 = 41, but the sentence counts 42 children in training (42 also in 附件1 and in the assessment)"),
    (A, 5, "score_sum_mismatch", "prose",
     "得分49.17分", "得分49.71分", "总得分98.75分，评价等级为\"优秀\"。其中预算执行指标权重10分，得分9.58分；产出指标权重50分，得分49.71分",
     "产出 rows in 附件1 score 12.5 + 11.67 + 12.5 + 12.5 = 49.17; and 9.58 + 49.71 + 30 + 10 = 99.29 ≠ the stated total 98.75"),
    (A, 6, "year_mismatch", "prose",
     "结转至2022年继续使用", "结转至2021年继续使用", "结转至2021年",
     "the balance of the 2021 budget is carried over to 2021 itself; a carry-over must go to a later year (2022)"),

    # ---- B: Sichuan, 2023, Sichuan outline + tab-separated 自评表 (10 + 90) ----
    (B, 1, "rate_mismatch", "prose",
     "108.26万元，执行率94.63%", "108.26万元，执行率96.43%", "执行率96.43%",
     "财政资金 execution: 108.26 / 114.40 = 94.63%, stated 96.43% (the overall 94.86% is a different, correct rate)"),
    (B, 2, "unit_mismatch", "table",
     "60人\t56人\t15\t14", "60人\t93.33%\t15\t14", "60人\t93.33%",
     "康复训练救助人数: target counted in 人 (≥60人), actual given as a percentage (93.33%): completion cannot be computed from mismatched units"),
    (B, 3, "weight_sum_mismatch", "table",
     "长期\t达成\t15\t15", "长期\t达成\t20\t15",
     "达成\t20\t15\t\n满意度指标\t服务对象满意度指标\t受助家庭满意度\t≥\t90%\t96.5%\t10\t10\t\n总分\t\t\t\t\t\t100",
     "weights now 10 + 15 + 15 + 10 + 5 + 5 + 15 + 20 + 10 = 105, while 总分 reads 100"),
    (B, 4, "grade_mismatch", "prose",
     "总体评价优秀", "总体评价良好", "总体评价良好",
     "score 98.49 lies in the 90–100 band (优), not 良"),
    (B, 5, "conflicting_values", "prose",
     "共救助听力残疾儿童68人次", "共救助听力残疾儿童86人次", "86人次",
     "section 四 gives the same year total as 68人次 (12 植入 + 56 康复训练); the overview now says 86人次"),
    (B, 6, "average_mismatch", "prose",
     "人均康复训练补助1.26万元", "人均康复训练补助1.62万元", "人均康复训练补助1.62万元",
     "70.56万元 / 56人 = 1.26万元 per child, stated 1.62"),

    # ---- C: Hunan, 2018, MOF-style outline + 自评表 copied from PDF (single spaces) ----
    (C, 1, "balance_mismatch", "prose",
     "年末结余3.25万元", "年末结余3.52万元", "年末结余3.52万元",
     "all 89.00万元 arrived and 85.75万元 was spent: balance 3.25, stated 3.52"),
    (C, 2, "score_exceeds_weight", "table",
     "11人 10 10\n", "11人 10 10.5\n", "11人 10 10.5",
     "人工耳蜗植入救助人数: score 10.5 above its weight 10 (over-achievement may not earn more than the weight); row sum 99.35 still rounds to the stated 99"),
    (C, 3, "unit_mismatch", "prose",
     "每人每年12000元", "每人每年12000万元", "12000万元",
     "the per-child standard is 12000元 (= 1.2万元 as in the 自评表); written with 万元 it is off by 10^4 and 46 × 12000万元 ≠ 55.20万元"),
    (C, 4, "sum_mismatch", "table",
     "当年财政拨款 68.00 84.80", "当年财政拨款 66.00 84.80", "72.20 89.00 85.75 10 96.35% 9.63\n其中：当年财政拨款 66.00",
     "年初预算数 column: 66.00 + 4.20 + 0 = 70.20 ≠ 年度资金总额 72.20 (and 66.00 + 追加16.80 ≠ 全年 84.80)"),
    (C, 5, "implausible_rate", "prose",
     "出勤率达到96.4%", "出勤率达到106.4%", "出勤率达到106.4%",
     "an attendance rate cannot exceed 100%"),
    (C, 6, "year_mismatch", "table",
     "项目支出绩效自评表 （2018年度）", "项目支出绩效自评表 （2017年度）", "（2017年度）",
     "the report and all its funds are for 2018; the attached 自评表 claims the year 2017"),

    # ---- D: Hubei, 2020, 20-point execution + goal blocks, tab-separated tables ----
    (D, 1, "sum_mismatch", "table",
     "省级财政补助\t3\t40.00", "省级财政补助\t3\t45.00",
     "150.00\t172.60\t172.60\t160.35\n中央财政补助\t2\t60.00\t72.60\t72.60\t72.60\n省级财政补助\t3\t45.00",
     "年初预算数 column: 60.00 + 45.00 + 50.00 = 155.00 ≠ 合计 150.00"),
    (D, 2, "completion_mismatch", "prose",
     "完成率112.5%", "完成率102.5%", "完成率102.5%",
     "9 sessions held against a plan of 8 is 112.5%, stated 102.5%"),
    (D, 3, "score_sum_mismatch", "table",
     "105.00%\t10\t10\n合计", "105.00%\t10\t9\n合计", "105.00%\t10\t9\n合计\t\t\t\t\t\t\t100\t97.72",
     "受助家庭满意度 row scored 9 (target met, rule says full marks): rows now sum to 96.72, 合计 and text say 97.72"),
    (D, 4, "balance_mismatch", "prose",
     "结余资金12.25万元", "结余资金12.52万元", "结余资金12.52万元",
     "到位 172.60 − 支出 160.35 = 12.25, stated 12.52"),
    (D, 5, "conflicting_values", "table",
     "完成植入救助16例", "完成植入救助18例", "完成植入救助18例",
     "年度总体目标 实际完成 says 18例, the indicator row and the text say 16例 (10 + 6)"),
    (D, 6, "weight_sum_mismatch", "table",
     "105.00%\t10\t10\n合计", "105.00%\t15\t10\n合计", "105.00%\t15\t10\n合计\t\t\t\t\t\t\t100",
     "受助家庭满意度 weight 15: weights now total 105 against 合计 100 (目标3 block 25 against the stated 20)"),

    # ---- E: Jiangxi, 2024, 部门整体支出 report copied from a government web page ----
    (E, 1, "average_mismatch", "prose",
     "平均自评得分94.33分", "平均自评得分94.67分", "平均自评得分94.67分",
     "(96 + 92 + 95) / 3 = 94.33, stated 94.67"),
    (E, 2, "grade_mismatch", "table",
     "评价等级\t\t优", "评价等级\t\t良", "评价等级\t\t良",
     "total 94 lies in the 90–100 band (优), not 良"),
    (E, 3, "score_exceeds_weight", "table",
     "绩效管理\t5\t5", "绩效管理\t5\t5.5", "绩效管理\t5\t5.5",
     "score 5.5 above the weight 5; the rows now sum to 94.24, which still agrees with the whole-point total 94"),
    (E, 4, "rate_mismatch", "prose",
     "执行率93.08%", "执行率98.03%", "执行率98.03%",
     "康复训练补助项目: 141.86 / 152.40 = 93.08%, stated 98.03%"),
    (E, 5, "unit_mismatch", "table",
     "项目支出\t320.00", "项目支出\t3200000.00", "3200000.00",
     "年初 项目支出 written in 元 (3200000.00) inside a 万元 table: 212.60 + 320.00 = 532.60 and 368.10 − 48.10 = 320.00 only after rescaling by 10^4"),
    (E, 6, "conflicting_values", "prose",
     "人工耳蜗植入救助14名、", "人工耳蜗植入救助16名、", "植入救助16名",
     "the project paragraph gives 救助14名 (9 + 5, 11 in 2023 + 3); the summary sentence now says 16名"),
]


def main():
    clean = {}
    for p in PROJECTS:
        with open(os.path.join(CASES, p + "-clean.txt"), encoding="utf-8") as f:
            clean[p] = f.read()
    labels = []
    for p in PROJECTS:
        labels.append({"case": p + "-clean.txt", "source": p, "clean": True, "expected": []})
        for (src, n, code, where, old, new, value, expl) in EDITS:
            if src != p:
                continue
            text = clean[p]
            cnt = text.count(old)
            if cnt != 1:
                raise SystemExit(f"{p}-e{n}: old string occurs {cnt} times: {old!r}")
            err = text.replace(old, new)
            if value not in err:
                raise SystemExit(f"{p}-e{n}: value not in error case: {value!r}")
            with open(os.path.join(CASES, f"{p}-e{n}.txt"), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": f"{p}-e{n}.txt", "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
