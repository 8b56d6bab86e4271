#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts548 from the clean drafts and the edit list.

Each edit is one exact old → new replacement; `old` must occur exactly once in the clean draft,
`value` (the label) must occur exactly once in the resulting case, and the changed region must be
at most 40 characters.  Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jx-ganzhou-sheke-2019",
    "sc-mianyang-sheke-bumen-2021",
    "hn-changde-shekejijin-2022",
    "sx-jinzhong-kepu-2024",
    "hb-yichang-sheke-2025",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 江西赣州 2019 (PDF copy)
    ("jx-ganzhou-sheke-2019", 1, "rate_mismatch", "table, funds row 其中：当年财政拨款",
     "81.76\n—\n97.33%", "81.76\n—\n97.73%", "97.73%",
     "当年财政拨款 81.76 / 84.00 = 97.33%, the row prints 97.73%"),
    ("jx-ganzhou-sheke-2019", 2, "sum_mismatch", "prose, 资金情况 use breakdown",
     "社科普及读物编印8.90万元", "社科普及读物编印9.80万元", "社科普及读物编印9.80万元",
     "46.50 + 27.36 + 9.80 + 5.40 = 89.06, but 全年执行 is 88.16 (the 读物编印 part should be 8.90)"),
    ("jx-ganzhou-sheke-2019", 3, "average_mismatch", "prose, 课题资助",
     "平均每项资助1.79万元", "平均每项资助1.97万元", "平均每项资助1.97万元",
     "46.5 / 26 topics = 1.79万元 per topic, stated 1.97"),
    ("jx-ganzhou-sheke-2019", 4, "year_mismatch", "prose, 资金情况",
     "结转至2020年继续使用", "结转至2019年继续使用", "结转至2019年",
     "the unspent 2.24万元 of the 2019 budget is carried over to 2019 itself; it must go to a later year (2020)"),
    ("jx-ganzhou-sheke-2019", 5, "completion_mismatch", "table, 举办社科普及讲座场次",
     "126场\n105.00%", "126场\n106.00%", "106.00%",
     "actual 126场 / target 120场 = 105.00%, stated 106.00%"),
    ("jx-ganzhou-sheke-2019", 6, "conflicting_values", "prose, 项目产出 社科普及",
     "讲座126场", "讲座162场", "讲座162场",
     "the prose gives 162 lectures, the indicator table's 实际完成值 is 126场"),
    # ---- 四川绵阳 2021 部门整体 (Word copy, tab rows)
    ("sc-mianyang-sheke-bumen-2021", 1, "balance_mismatch", "prose, 支出情况",
     "年末结转结余16.13万元", "年末结转结余16.31万元", "结转结余16.31万元",
     "612.48 - 596.35 = 16.13 (also 项目支出 194.21 - 178.08 = 16.13), stated 16.31"),
    ("sc-mianyang-sheke-bumen-2021", 2, "score_sum_mismatch", "table, 市级社科普及基地数量 得分",
     "17\t10\t10\t", "17\t10\t9\t", "17\t10\t9",
     "row scores now add up to 96.74 (绩效指标 87, 效益 27) while 总分 and the conclusion state 97.74 / 88 / 28"),
    ("sc-mianyang-sheke-bumen-2021", 3, "weight_sum_mismatch", "table, 编辑出版《绵阳社科》 分值",
     "6\t期\t6\t5\t5", "6\t期\t6\t8\t5", "6\t期\t6\t8",
     "weights now total 103 (产出 rows 53 against the stated 产出指标50分, 总分 100)"),
    ("sc-mianyang-sheke-bumen-2021", 4, "grade_mismatch", "prose, 评价结论",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "97.74 is in the 优 band (≥ 90)"),
    ("sc-mianyang-sheke-bumen-2021", 5, "implausible_rate", "table, 社科工作者及群众满意度 实际完成值",
     "%\t95\t10", "%\t105\t10", "90\t%\t105",
     "a satisfaction rate of 105% is above 100%"),
    ("sc-mianyang-sheke-bumen-2021", 6, "score_exceeds_weight", "table, 社科普及受众人次 得分",
     "9.6\t10\t10\t\n\t\t决策咨询成果获市领导批示\t≥\t10\t项\t8\t10\t8",
     "9.6\t10\t11\t\n\t\t决策咨询成果获市领导批示\t≥\t10\t项\t8\t10\t7", "9.6\t10\t11",
     "score 11 above the weight 10 (the next row 决策咨询成果 lowered from 8 to 7, so all totals still read 97.74)"),
    # ---- 湖南常德 2022 (PDF copy, Hunan outline)
    ("hn-changde-shekejijin-2022", 1, "rate_mismatch", "prose, 分用途 执行率",
     "执行7.44万元，执行率87.53%", "执行7.44万元，执行率87.35%", "执行率87.35%",
     "课题评审鉴定及管理 7.44 / 8.50 = 87.53%, stated 87.35%"),
    ("hn-changde-shekejijin-2022", 2, "conflicting_values", "prose, 项目过程情况",
     "普及活动等经费70.12万元", "普及活动等经费71.02万元", "普及活动等经费71.02万元",
     "the year's payments are 70.12万元 in the funds section and the table, 71.02万元 here"),
    ("hn-changde-shekejijin-2022", 3, "sum_mismatch", "prose, 立项课题 list",
     "青年专项8项、资助4.00万元", "青年专项8项、资助4.80万元", "青年专项8项、资助4.80万元",
     "20.00 + 22.00 + 4.80 = 46.80, stated 合计46.00万元"),
    ("hn-changde-shekejijin-2022", 4, "average_mismatch", "prose, 社科普及周 分别 list",
     "平均每个区（市）9场", "平均每个区（市）8场", "平均每个区（市）8场",
     "(12 + 9 + 6) / 3 = 9 events per district, stated 8"),
    ("hn-changde-shekejijin-2022", 5, "year_mismatch", "prose, 资金使用",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "the 2022 report states its year-end execution as of 2021-12-31"),
    ("hn-changde-shekejijin-2022", 6, "unit_mismatch", "prose, 项目资金基本情况",
     "省社科联补助资金8.00万元", "省社科联补助资金80000万元", "省社科联补助资金80000万元",
     "80000元 labelled 万元 (off by 10^4): 65.00 + 8.00 = 73.00 and the 8.00 elsewhere are reconciled only by "
     "rescaling this amount, so unit_mismatch rather than sum_mismatch / conflicting_values"),
    # ---- 山西晋中 2024 (flattened tables, seed 003 layout)
    ("sx-jinzhong-kepu-2024", 1, "balance_mismatch", "prose, 分项目",
     "结余2.00万元，系1个", "结余2.60万元，系1个", "结余2.60万元",
     "基地建设补助 26.00 - 24.00 = 2.00, stated 2.60"),
    ("sx-jinzhong-kepu-2024", 2, "score_sum_mismatch", "table 附件1, 社科普及基地年开放天数 指标得分",
     "\t13.95\n", "\t13.59\n", "13.59",
     "row scores add up to 98.22 (效益 28.59) while the text states 总得分98.58 and 效益指标得分28.95"),
    ("sx-jinzhong-kepu-2024", 3, "unit_mismatch", "table 附件1, 举办社科普及讲座 业绩值",
     "\t66场\n", "\t100%\n", "≥60场\n\t100%",
     "target counted in 场, actual given as a percentage: completion cannot be computed"),
    ("sx-jinzhong-kepu-2024", 4, "implausible_rate", "table 预算执行情况, row (7) 上年结转资金 column",
     "95.72\n\t0\n\t0\n\t0", "95.72\n\t0\n\t100\n\t0", "95.72\n\t0\n\t100",
     "a 100% execution rate printed for 上年结转资金, whose budget (2) is empty (zero base)"),
    ("sx-jinzhong-kepu-2024", 5, "completion_mismatch", "table 附件1, 社会公众满意度 完成率",
     "105.11%", "105.01%", "105.01%",
     "94.6% / 90% = 105.11%, stated 105.01%"),
    ("sx-jinzhong-kepu-2024", 6, "conflicting_values", "prose, 项目实施和预算执行情况",
     "省级补助资金8.00万元已于", "省级补助资金8.80万元已于", "省级补助资金8.80万元",
     "the funds table gives the provincial money as 8.00 (rows (2) and (3), 省级 column)"),
    # ---- 湖北宜昌 2025 (web page copy, Hubei 20 + 80)
    ("hb-yichang-sheke-2025", 1, "weight_sum_mismatch", "table, 单个一般课题资助标准 分值",
     "1万元\t100.00%\t4\t4", "1万元\t100.00%\t6\t4", "100.00%\t6\t4",
     "目标1 rows now weigh 42 against its stated 40分, and the weights total 102"),
    ("hb-yichang-sheke-2025", 2, "grade_mismatch", "prose, 综合评价结论",
     "综合评定等级为“良”", "综合评定等级为“优”", "综合评定等级为“优”",
     "88.91 is in the 良 band (80 ≤ s < 90)"),
    ("hb-yichang-sheke-2025", 3, "rate_mismatch", "prose, 资金投入和使用情况",
     "执行率94.10%", "执行率94.01%", "执行率94.01%",
     "当年财政拨款 112.92 / 120.00 = 94.10%, stated 94.01%"),
    ("hb-yichang-sheke-2025", 4, "sum_mismatch", "prose, 按用途分",
     "课题评审与管理6.30万元", "课题评审与管理6.03万元", "课题评审与管理6.03万元",
     "73.00 + 31.86 + 8.26 + 6.03 = 119.15, but 全年执行 is 119.42"),
    ("hb-yichang-sheke-2025", 5, "completion_mismatch", "table, 课题按期开题率 完成率",
     "103.16%", "103.61%", "103.61%",
     "98% / 95% = 103.16%, stated 103.61%"),
    ("hb-yichang-sheke-2025", 6, "score_exceeds_weight", "table, 举办社科普及活动 得分",
     "168场\t112.00%\t8\t8\t\n\t\t\t新认定市级社科普及基地\t≥6个\t4个\t66.67%\t6\t4",
     "168场\t112.00%\t8\t9\t\n\t\t\t新认定市级社科普及基地\t≥6个\t4个\t66.67%\t6\t3", "168场\t112.00%\t8\t9",
     "score 9 above the weight 8 (the next row lowered from 4 to 3, so 目标2 and the total still read 34.53 / 88.91)"),
]


def changed_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return len(a) - q - p, len(b) - q - p


def main():
    labels = []
    for proj in PROJECTS:
        clean_name = "%s-clean.txt" % proj
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != proj:
                continue
            assert clean.count(old) == 1, (p, n, "old occurs %d times" % clean.count(old))
            text = clean.replace(old, new)
            assert text.count(value) == 1, (p, n, "value occurs %d times" % text.count(value))
            lo, ln = changed_span(clean, text)
            assert max(lo, ln) <= 40, (p, n, "edit too long", lo, ln)
            name = "%s-e%d.txt" % (proj, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases (%d with an injected error)" % (len(labels), len(labels) - len(PROJECTS)))


if __name__ == "__main__":
    main()
