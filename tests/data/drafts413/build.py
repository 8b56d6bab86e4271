#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the
clean draft.  Each error case gets exactly one edit (one injected slip).
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "hn-linzhou-tejiaobanxue-2021"
P2 = "sc-zhongjiang-songjiao-2023"
P3 = "gx-rongxian-tejiaobuzhu-2019"
P4 = "jx-yudu-tejiaoxuexiao-bumen-2022"
P5 = "sx-qinxian-songjiaoshangmen-2020"
SOURCES = [P1, P2, P3, P4, P5]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- P1 林州 (Henan 2021, MOF table with ｜) ----
    (P1, 1, "rate_mismatch", "prose",
     "当年财政拨款执行率为95.08%", "当年财政拨款执行率为95.80%",
     "执行率为95.80%",
     "当年财政拨款 sub-rate: 128.36/135.00 = 95.08%, stated 95.80% (the overall 95.20% beside it is right)"),
    (P1, 2, "sum_mismatch", "prose",
     "校舍零星维修等）106.46万元", "校舍零星维修等）104.66万元",
     "104.66万元",
     "spending by use 104.66 + 11.60 + 13.50 = 129.76, but the stated total spent is 131.56 (公用经费 should be 106.46)"),
    (P1, 3, "score_sum_mismatch", "table",
     "｜186人｜8｜8｜", "｜186人｜8｜7｜",
     "186人｜8｜7",
     "row scores now add up to 9.52 + 48 + 29.41 + 10 = 96.93, stated total 97.93 (table and text)"),
    (P1, 4, "average_mismatch", "prose",
     "平均每室393节", "平均每室398节",
     "平均每室398节",
     "(412 + 376 + 392) / 3 = 393.33, stated 398"),
    (P1, 5, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "total 97.93 lies in the 90-100 band (优), stated 良好"),
    (P1, 6, "unit_mismatch", "table",
     "｜≥90%｜92%｜", "｜≥90%｜92人｜",
     "≥90%｜92人",
     "特教教师专业培训覆盖率: target in %, actual written in 人; completion cannot be computed"),

    # ---- P2 中江 (Sichuan 2023, space-aligned table, 10 + 90 without satisfaction row) ----
    (P2, 1, "balance_mismatch", "prose",
     "未支出的4.62万元", "未支出的4.26万元",
     "4.26万元",
     "全年预算 60.00 (全部到位) - 执行 55.38 = 4.62, stated 4.26"),
    (P2, 2, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "the 2023 report states its year-end funding position as of 31 Dec 2022 (before the Aug-2023 追加 it counts as received); the evaluation year is 2023"),
    (P2, 3, "implausible_rate", "prose",
     "家长满意度98.6%", "家长满意度108.6%",
     "家长满意度108.6%",
     "a satisfaction rate cannot exceed 100%"),
    (P2, 4, "conflicting_values", "prose",
     "举办送教能力专题培训3期", "举办送教能力专题培训4期",
     "专题培训4期",
     "the text says 4 training sessions, the self-evaluation table says 3期 for the same indicator"),
    (P2, 5, "completion_mismatch", "table",
     "106.91%", "109.61%",
     "109.61%",
     "全年送教人次 1176 / 1100 = 106.91%, stated 109.61%"),
    (P2, 6, "score_exceeds_weight", "table",
     "105.45%   10    10\n产出指标  数量指标  全年送教人次                  ≥1100人次    1176人次     106.91%   10    10",
     "105.45%   10    10.5\n产出指标  数量指标  全年送教人次                  ≥1100人次    1176人次     106.91%   10    9.5",
     "105.45%   10    10.5",
     "送教上门服务学生数 scored 10.5 against a weight of 10 (the next row was lowered to 9.5 so the total still reads 97.40)"),

    # ---- P3 容县 (Guangxi 2019, tab-separated MOF table, grade only in the table) ----
    (P3, 1, "weight_sum_mismatch", "table",
     "送教上门对象人数\t≥65人\t67人\t8\t8", "送教上门对象人数\t≥65人\t67人\t10\t8",
     "67人\t10\t8",
     "weights now total 102 (产出 52 against the 50 stated in the text)"),
    (P3, 2, "rate_mismatch", "table",
     "87.45%", "84.75%",
     "84.75%",
     "执行率 66.90 / 76.50 = 87.45%, stated 84.75%"),
    (P3, 3, "grade_mismatch", "table",
     "自评等级：优", "自评等级：良",
     "自评等级：良",
     "total 96.25 lies in the 90-100 band (优), table says 良"),
    (P3, 4, "sum_mismatch", "prose",
     "自治区本级资金18.00万元", "自治区本级资金16.00万元",
     "自治区本级资金16.00万元",
     "32.00 + 16.00 + 26.50 = 74.50, stated total 76.50"),
    (P3, 5, "completion_mismatch", "prose",
     "118.00%", "112.00%",
     "2000课时的112.00%",
     "2360 / 2000 = 118.00%, stated 112.00%"),
    (P3, 6, "conflicting_values", "prose",
     "年内建成随班就读资源教室5个", "年内建成随班就读资源教室6个",
     "建成随班就读资源教室6个",
     "the text says 6 resource rooms were built, the table (and its deviation note) says 5个"),

    # ---- P4 于都 (Jiangxi 2022, 部门整体 report, ｜ tables, level subtotals only in prose) ----
    (P4, 1, "score_sum_mismatch", "prose",
     "产出指标49.52分", "产出指标49.25分",
     "产出指标49.25分",
     "产出 rows add up to 8 + 8 + 7.52 + 8 + 6 + 6 + 6 = 49.52; with 49.25 the subtotals no longer add up to 99.17"),
    (P4, 2, "average_mismatch", "prose",
     "平均每组10名", "平均每组11名",
     "平均每组11名",
     "(9 + 11 + 8 + 12 + 10) / 5 = 10, stated 11"),
    (P4, 3, "unit_mismatch", "prose",
     "送教上门专项36.00万元", "送教上门专项360000万元",
     "360000万元",
     "360000 is the amount in 元 labelled 万元: 98.40 + 36.00 + 41.88 = 176.28 holds only with 36.00万元 (off by 10^4)"),
    (P4, 4, "implausible_rate", "table",
     "政府性基金预算拨款｜0.00｜0.00｜0.00｜—｜—", "政府性基金预算拨款｜0.00｜0.00｜0.00｜100.00%｜—",
     "0.00｜0.00｜100.00%",
     "an execution rate of 100.00% on a zero budget (0.00万元); the rate is undefined"),
    (P4, 5, "year_mismatch", "table",
     "于都县特殊教育学校2022年度部门整体支出绩效自评表", "于都县特殊教育学校2021年度部门整体支出绩效自评表",
     "2021年度部门整体支出绩效自评表",
     "the scoring table of the 2022 report is titled 2021年度"),
    (P4, 6, "balance_mismatch", "table",
     "97.62%｜14.55", "97.62%｜15.45",
     "97.62%｜15.45",
     "年末结余 612.48 - 597.93 = 14.55, stated 15.45"),

    # ---- P5 沁县 (Shanxi 2020, flattened tables with 完成率, funds table with 行次 formulas) ----
    (P5, 1, "rate_mismatch", "table",
     "\t96.20\n", "\t92.60\n",
     "92.60",
     "县区级 (7)=(4)/(2): 9.62 / 10.00 = 96.20, stated 92.60"),
    (P5, 2, "score_exceeds_weight", "table",
     "\t106.29%\n\t10\n\n\t质量指标\n\t送教学生个别化教育计划制定率\n\t10\n\t100%\n\t100%\n\t100%\n\t10\n",
     "\t106.29%\n\t11\n\n\t质量指标\n\t送教学生个别化教育计划制定率\n\t10\n\t100%\n\t100%\n\t100%\n\t9\n",
     "106.29%\n\t11",
     "全年送教人次 scored 11 against a weight of 10 (the next row was lowered to 9 so the total still reads 98.71)"),
    (P5, 3, "weight_sum_mismatch", "table",
     "送教教师培训覆盖率\n\t15\n", "送教教师培训覆盖率\n\t18\n",
     "送教教师培训覆盖率\n\t18",
     "weights now total 103 (10 + 50 + 33 + 10)"),
    (P5, 4, "completion_mismatch", "table",
     "\t106.29%\n", "\t106.92%\n",
     "106.92%",
     "全年送教人次 744 / 700 = 106.29%, stated 106.92%"),
    (P5, 5, "unit_mismatch", "table",
     "≤80元/人次\n\t80元/人次\n", "≤80元/人次\n\t100%\n",
     "≤80元/人次\n\t100%",
     "送教教师交通补助标准: target in 元/人次, actual written as a percentage"),
    (P5, 6, "conflicting_values", "prose",
     "家庭满意度为97.5%", "家庭满意度为95.7%",
     "家庭满意度为95.7%",
     "the text gives 95.7%, the satisfaction table gives 97.5% for the same survey"),
]


def main():
    clean = {}
    for s in SOURCES:
        with open(os.path.join(CASES, s + "-clean.txt"), encoding="utf-8") as f:
            clean[s] = f.read()
    labels = []
    for s in SOURCES:
        labels.append({"case": s + "-clean.txt", "source": s, "clean": True, "expected": []})
        for (src, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == s]:
            t = clean[s]
            cnt = t.count(old)
            if cnt != 1:
                raise SystemExit("%s-e%d: old string matches %d times: %r" % (s, n, cnt, old))
            out = t.replace(old, new, 1)
            if out.count(value) != 1:
                raise SystemExit("%s-e%d: label value occurs %d times in the error case: %r"
                                 % (s, n, out.count(value), value))
            name = "%s-e%d.txt" % (s, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(out)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
