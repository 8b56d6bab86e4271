#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one old -> new replacement; `old` must occur
exactly once in the clean draft. `figure` is the changed token as it stands in the clean draft
(verify.py counts it); `where` says whether the slip sits in prose or in a table.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "sc-langzhong-kouqiang-2019"
P2 = "sx-qinshui-woguofengbi-2021"
P3 = "hb-wufeng-kouqiang-2022"
P4 = "fj-changting-fuyou-2023"
P5 = "gs-tongwei-kouqiang-2024"

PROJECTS = [P1, P2, P3, P4, P5]

# (project, n, code, where, old, new, value, figure, explanation[, repeat_note])
EDITS = [
    # --- P1 阆中 2019 (Sichuan outline, PDF tables) ---
    (P1, 1, "rate_mismatch", "prose",
     "支出率97.07%", "支出率96.07%", "支出率96.07%", "97.07%",
     "财政资金支出 43.10 / 财政资金 44.40 = 97.07%, stated 96.07%"),
    (P1, 2, "sum_mismatch", "prose",
     "人员培训10.08万元", "人员培训10.80万元", "人员培训10.80万元", "10.08",
     "23.26 + 7.56 + 10.80 + 2.20 = 43.82, but 财政资金支出 is 43.10 (item was 10.08)"),
    (P1, 3, "year_mismatch", "prose",
     "结转至2020年", "结转至2019年", "结转至2019年", "2020",
     "the unspent 1.30万元 of the 2019 budget is carried to 2019 itself; carry-over must go to a later year (2020)",
     "the other 2020 is the report date 2020年3月18日, a different quantity"),
    (P1, 4, "average_mismatch", "prose",
     "平均每个机构1,579.5人", "平均每个机构1,597.5人", "平均每个机构1,597.5人", "1,579.5",
     "(2106 + 1645 + 1392 + 1175) / 4 = 1579.5, stated 1597.5"),
    (P1, 5, "completion_mismatch", "table",
     "86.5 108.13% 15 15", "86.5 101.83% 15 15", "86.5 101.83%", "108.13%",
     "知晓率 row: 86.5 / 80 = 108.13%, stated 101.83%"),
    (P1, 6, "score_sum_mismatch", "table",
     "4652 96.92% 10 9.69", "4652 96.92% 10 9.96", "96.92% 10 9.96", "9.69",
     "row scores now add to 99.68 while 总分 (table and text) is 99.41 (窝沟封闭牙数 score was 9.69)"),
    # --- P2 沁水 2021 (Shanxi layout, one cell per line) ---
    (P2, 1, "balance_mismatch", "table",
     "(5)=(3)-(4)\n\t0.82\n", "(5)=(3)-(4)\n\t0.86\n", "(5)=(3)-(4)\n\t0.86", "0.82",
     "资金结余 (5)=(3)-(4): 30.95 - 30.13 = 0.82, stated 0.86"),
    (P2, 2, "rate_mismatch", "table",
     "\t93.00\n", "\t95.00\n", "95.00\n\t100", "93.00",
     "预算执行率 (7)=(4)/(2), 县区级 column: 3.72 / 4.00 = 93.00%, stated 95.00"),
    (P2, 3, "weight_sum_mismatch", "table",
     "单颗牙封闭成本\n\t5\n", "单颗牙封闭成本\n\t6\n", "单颗牙封闭成本\n\t6", "5",
     "附件1 weights now add to 101 (成本 row 6 instead of 5) while 合计 says 100",
     "weight 5 of the 成本 row; other 5s are other rows' weights/scores"),
    (P2, 4, "grade_mismatch", "prose",
     "属于“优秀”", "属于“良好”", "属于“良好”", "优秀",
     "total 98.26 is in the 优 band (≥90), stated 良好"),
    (P2, 5, "conflicting_values", "prose",
     "完成窝沟封闭5,836颗", "完成窝沟封闭5,386颗", "窝沟封闭5,386颗", "5,836",
     "text says 5,386 sealed teeth, 附件1 业绩值 says 5836颗 (completion 108.07% and full score follow 5836)"),
    (P2, 6, "unit_mismatch", "table",
     "≥1500人\n\t1612人\n", "≥1500人\n\t107.47%\n", "≥1500人\n\t107.47%", "1612人",
     "窝沟封闭儿童人数: target in 人 (≥1500人) but 业绩值 given as a percentage",
     "the text states the same count as 1,612名, which stays; only the table cell changes"),
    # --- P3 五峰 2022 (Hubei web page, tab-separated) ---
    (P3, 1, "implausible_rate", "prose",
     "教师满意度为96.4%", "教师满意度为104.6%", "教师满意度为104.6%", "96.4%",
     "a satisfaction rate cannot exceed 100%"),
    (P3, 2, "score_sum_mismatch", "table",
     "97.00%\t10\t9.70\t", "97.00%\t10\t9.07\t", "97.00%\t10\t9.07", "9.70",
     "row scores now add to 97.61 (goal blocks 78.47), but 总分 and the text say 98.24 (goal blocks 79.10)"),
    (P3, 3, "sum_mismatch", "prose",
     "县级配套资金5.00万元", "县级配套资金5.80万元", "县级配套资金5.80万元", "5.00",
     "中央 30.80 + 县级 5.80 = 36.60, but 全年预算 is 35.80"),
    (P3, 4, "completion_mismatch", "table",
     "2941人\t105.04%", "2941人\t105.40%", "2941人\t105.40%", "105.04%",
     "口腔健康检查人数: 2941 / 2800 = 105.04%, stated 105.40%"),
    (P3, 5, "conflicting_values", "table",
     "全覆盖\t8个乡镇中心幼儿园", "全覆盖\t9个乡镇中心幼儿园", "9个乡镇中心幼儿园全部覆盖", "8",
     "table says 9 township kindergartens covered, the text says 全县8个乡镇中心幼儿园全部覆盖",
     "figure meant to appear twice"),
    (P3, 6, "balance_mismatch", "prose",
     "结余1.54万元", "结余1.45万元", "结余1.45万元", "1.54",
     "35.80 - 34.26 = 1.54 (funds fully received), stated 1.45"),
    # --- P4 长汀 2023 (department overall, ｜ tables) ---
    (P4, 1, "average_mismatch", "prose",
     "平均自评得分97.6分", "平均自评得分97.8分", "平均自评得分97.8分", "97.6",
     "(96.5 + 97.2 + 99.1) / 3 = 97.6 (the zero-budget project is not scored), stated 97.8"),
    (P4, 2, "implausible_rate", "table",
     "托幼机构卫生保健指导｜0.00｜0.00｜—｜—", "托幼机构卫生保健指导｜0.00｜0.00｜100.00%｜—",
     "0.00｜0.00｜100.00%", "—",
     "an execution rate on a 0.00万元 budget is undefined; 100.00% is implausible",
     "the dash is the only rate cell of this row; other dashes are other cells"),
    (P4, 3, "score_exceeds_weight", "prose",
     "履职产出（45分）得45分", "履职产出（45分）得45.4分", "履职产出（45分）得45.4分", "45",
     "score 45.4 above the weight 45; the sum 97.4 still rounds to the stated whole-point total 97 (rules §8)",
     "the same number is the weight; only the score token changes"),
    (P4, 4, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日", "2023年12月31日",
     "2023 outputs reported as of 2022-12-31 in the 2023 report"),
    (P4, 5, "weight_sum_mismatch", "prose",
     "部门管理（15分）", "部门管理（18分）", "部门管理（18分）", "15",
     "first-level weights 10 + 18 + 45 + 20 + 10 = 103, not 100",
     "15 also occurs in the report date 2024年3月15日"),
    (P4, 6, "rate_mismatch", "table",
     "41.18｜96.67%", "41.18｜96.76%", "41.18｜96.76%", "96.67%",
     "儿童口腔疾病综合干预: 41.18 / 42.60 = 96.67%, stated 96.76%"),
    # --- P5 通渭 2024 (MOF 附件1, tab-separated) ---
    (P5, 1, "grade_mismatch", "table",
     "评价等级\t优", "评价等级\t良", "评价等级\t良", "评价等级\t优",
     "总分 99 is in the 优 band, table states 良"),
    (P5, 2, "unit_mismatch", "prose",
     "局部涂氟9.34万元", "局部涂氟93400万元", "局部涂氟93400万元", "9.34",
     "93400 is the amount in 元 (9.34万元) written with the unit 万元: off by 10^4; with 9.34 the items add to 50.56"),
    (P5, 3, "weight_sum_mismatch", "table",
     "已纳入中小学健康教育课程\t10\t10", "已纳入中小学健康教育课程\t15\t10",
     "已纳入中小学健康教育课程\t15", "10",
     "weights now add to 105 (可持续影响 row 15 instead of 10) while 总分 says 100",
     "10 is also the weight/score of other rows"),
    (P5, 4, "score_exceeds_weight", "table",
     "3112人次\t5\t5\t", "3112人次\t5\t5.19\t", "3112人次\t5\t5.19", "5",
     "score 5.19 (= 5 × 103.73%) above the weight 5; the sum 99.19 still agrees with the whole-point total 99 (rules §8)",
     "5 is also the weight of this and other rows"),
    (P5, 5, "sum_mismatch", "table",
     "上年结转资金\t0.00\t4.80", "上年结转资金\t4.80\t4.80", "上年结转资金\t4.80", "0.00",
     "年初预算数 column: 52.00 + 4.80 + 0.00 = 56.80, but 年度资金总额 年初 is 52.00",
     "0.00 also fills other empty cells"),
    (P5, 6, "conflicting_values", "prose",
     "完成局部涂氟3,112人次", "完成局部涂氟3,121人次", "局部涂氟3,121人次", "3,112",
     "text says 3,121人次, the 自评表 (twice) says 3112人次"),
]


def main():
    clean = {}
    for p in PROJECTS:
        with open(os.path.join(CASES, p + "-clean.txt"), encoding="utf-8") as fh:
            clean[p] = fh.read()
    labels = []
    seen = set()
    for p in PROJECTS:
        labels.append({"case": p + "-clean.txt", "source": p, "clean": True, "expected": []})
        for e in EDITS:
            if e[0] != p:
                continue
            proj, n, code, where, old, new, value, figure, expl = e[:9]
            assert (proj, n) not in seen, (proj, n)
            seen.add((proj, n))
            text = clean[p]
            cnt = text.count(old)
            if cnt != 1:
                sys.exit("%s-e%d: old string occurs %d times: %r" % (p, n, cnt, old))
            err = text.replace(old, new, 1)
            if value not in err:
                sys.exit("%s-e%d: value not in error case: %r" % (p, n, value))
            name = "%s-e%d.txt" % (p, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(err)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases (%d clean, %d with one error)" % (
        len(labels), len(PROJECTS), len(labels) - len(PROJECTS)))


if __name__ == "__main__":
    main()
