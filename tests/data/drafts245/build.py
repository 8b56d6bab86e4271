#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts245 from the clean drafts.

Each clean draft cases/<id>-clean.txt is written by hand. Every error case is a copy of its
clean draft with exactly one edit from EDITS applied: an exact old -> new replacement that must
match exactly once in the clean text. `value` is a short exact substring of the error case that
contains the changed figure; the scorer accepts a finding whose span overlaps it.

    python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "js-yizheng-boshihou-2022",
    "ha-huixian-anjiabutie-2021",
    "cq-dadukou-rencaigongyu-2023",
    "gs-yumen-shenghuobutie-2019",
    "hi-meilan-rencaipeixun-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 仪征市 博士后工作站资助 2022 (Word copy, flattened tables, 完成率 column) ----
    ("js-yizheng-boshihou-2022", 1, "implausible_rate", "table",
     "\t91.2\n\t0\n\t0", "\t91.2\n\t100\n\t0",
     "91.2\n\t100\n\t0",
     "funds table row (7)=(4)/(2): the 上年结转资金 column has no budget (all amounts blank/0) yet prints "
     "an execution rate of 100 - a rate on a zero base"),
    ("js-yizheng-boshihou-2022", 2, "completion_mismatch", "table",
     "\t85.71%\n", "\t87.51%\n",
     "87.51%",
     "新招收进站博士后人数: target >=7人, actual 6人 -> 6/7 = 85.71%, the 完成率 cell reads 87.51%"),
    ("js-yizheng-boshihou-2022", 3, "sum_mismatch", "prose",
     "在站博士后生活补贴34万元", "在站博士后生活补贴43万元",
     "在站博士后生活补贴43万元",
     "county budget 150万元 'of which' 60 + 56 + 43 = 159 (the clean draft has 34: 60 + 56 + 34 = 150)"),
    ("js-yizheng-boshihou-2022", 4, "weight_sum_mismatch", "table",
     "\t博士后研究课题与企业需求匹配率\n\t6\n", "\t博士后研究课题与企业需求匹配率\n\t8\n",
     "博士后研究课题与企业需求匹配率\n\t8",
     "weight of 匹配率 raised from 6 to 8: the 分值 column now adds to 102 while the 总分 row says 100"),
    ("js-yizheng-boshihou-2022", 5, "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "a 2022 report gives the cumulative figures 'as of 2021-12-31' (copied from last year's report); "
     "the evaluation year is 2022"),
    ("js-yizheng-boshihou-2022", 6, "conflicting_values", "prose",
     "承担技术攻关项目14项", "承担技术攻关项目12项",
     "承担技术攻关项目12项",
     "the text says 12 technical projects, the 自评表 row 博士后承担企业技术攻关项目数 says 14项 (and 140%)"),

    # ---- 辉县市 高层次人才安家补贴 2021 (web page, tab-separated rows) ----
    ("ha-huixian-anjiabutie-2021", 1, "balance_mismatch", "prose",
     "结余资金39万元", "结余资金29万元",
     "结余资金29万元",
     "到位 250 - 执行 211 = 39万元, stated 29万元"),
    ("ha-huixian-anjiabutie-2021", 2, "average_mismatch", "prose",
     "人均3.98万元", "人均3.89万元",
     "人均3.89万元",
     "211万元 / 53人 = 3.98万元 (60 + 95 + 56 over 6 + 19 + 28 people), stated 3.89"),
    ("ha-huixian-anjiabutie-2021", 3, "completion_mismatch", "prose",
     "完成年度目标的88.33%", "完成年度目标的83.33%",
     "完成年度目标的83.33%",
     "53 people against the target of 60 = 88.33%, stated 83.33%"),
    ("ha-huixian-anjiabutie-2021", 4, "score_exceeds_weight", "table",
     "\t10\t7.5\t博士研究生引进难度大\n\t\t质量指标\t资格审核准确率\t100%\t100%\t10\t10\t\n"
     "\t\t时效指标\t补贴按时发放率\t100%\t92.45%\t5\t4.62\t",
     "\t10\t4.62\t博士研究生引进难度大\n\t\t质量指标\t资格审核准确率\t100%\t100%\t10\t10\t\n"
     "\t\t时效指标\t补贴按时发放率\t100%\t92.45%\t5\t7.5\t",
     "92.45%\t5\t7.5",
     "the scores of two rows were pasted into each other's row: 补贴按时发放率 now scores 7.5 against a "
     "weight of 5 (the total 93.39 still adds up)"),
    ("ha-huixian-anjiabutie-2021", 5, "rate_mismatch", "table",
     "其中：当年财政拨款\t260\t250\t211\t—\t84.4%", "其中：当年财政拨款\t260\t250\t211\t—\t84.8%",
     "211\t—\t84.8%",
     "当年财政拨款 row: 211 / 250 = 84.4%, the 执行率 cell reads 84.8%"),
    ("ha-huixian-anjiabutie-2021", 6, "unit_mismatch", "table",
     "≥15项\t18项", "≥15项\t100%",
     "≥15项\t100%",
     "人才参与企业技术改造及科研项目数: target in 项, actual written as a percentage; completion cannot be computed"),

    # ---- 大渡口区 人才公寓租赁 2023 (full-width ｜ tables) ----
    ("cq-dadukou-rencaigongyu-2023", 1, "grade_mismatch", "prose",
     "评价等级为“良好”", "评价等级为“优秀”",
     "评价等级为“优秀”",
     "total 89.86 lies in the 良 band (80 <= s < 90), the text says 优秀"),
    ("cq-dadukou-rencaigongyu-2023", 2, "year_mismatch", "prose",
     "结转至2024年继续使用", "结转至2023年继续使用",
     "结转至2023年",
     "the 2023 balance is carried forward 'to 2023', the evaluation year itself; it must go to 2024"),
    ("cq-dadukou-rencaigongyu-2023", 3, "sum_mismatch", "table",
     "义渡人才公寓｜40｜39｜", "义渡人才公寓｜40｜36｜",
     "义渡人才公寓｜40｜36",
     "occupied flats per site 36 + 45 + 30 = 111, the 合计 row (and the text) says 114"),
    ("cq-dadukou-rencaigongyu-2023", 4, "score_sum_mismatch", "table",
     "｜≥98%｜95%｜8｜7.76｜", "｜≥98%｜95%｜8｜7.67｜",
     "≥98%｜95%｜8｜7.67",
     "row scores now add to 89.77 (产出 47.67) while the 总分 row and the text give 89.86 (产出 47.76)"),
    ("cq-dadukou-rencaigongyu-2023", 5, "unit_mismatch", "prose",
     "人才公寓房源租金302.4万元", "人才公寓房源租金3024000万元",
     "3024000万元",
     "rent written as the yuan figure with the unit 万元 (3,024,000元 = 302.4万元): the parts then no longer "
     "add to 403.2万元; rescaling by 10^4 reconciles them (also 120套 x 2.52万元)"),
    ("cq-dadukou-rencaigongyu-2023", 6, "rate_mismatch", "prose",
     "当年财政拨款执行率91.6%", "当年财政拨款执行率96.1%",
     "当年财政拨款执行率96.1%",
     "当年财政拨款 executed 384.7 of 420 (table; also 403.2 - 18.5) = 91.6%, stated 96.1%"),

    # ---- 玉门市 引进人才生活补贴 2019 (PDF text, space-aligned table, 完成率 column) ----
    ("gs-yumen-shenghuobutie-2019", 1, "implausible_rate", "prose",
     "满意率为97.3%", "满意率为973%",
     "满意率为973%",
     "a satisfaction rate of 973% (decimal point lost) is above 100%"),
    ("gs-yumen-shenghuobutie-2019", 2, "completion_mismatch", "table",
     "90人   105.88%", "90人   105.38%",
     "105.38%",
     "享受生活补贴人数: 90 / 85 = 105.88%, the 完成率 cell reads 105.38%"),
    ("gs-yumen-shenghuobutie-2019", 3, "weight_sum_mismatch", "table",
     "100.2%   10   10", "100.2%   15   10",
     "100.2%   15   10",
     "weight of 发放补贴人月数 typed as 15: weights now add to 105 while 合计 says 100"),
    ("gs-yumen-shenghuobutie-2019", 4, "score_exceeds_weight", "table",
     "10   9.89   1人多发已追回\n           时效指标   季度补贴按时发放率   100%   75%   75%   5   3.75",
     "10   3.75   1人多发已追回\n           时效指标   季度补贴按时发放率   100%   75%   75%   5   9.89",
     "75%   5   9.89",
     "scores of the 质量 and 时效 rows swapped: 季度补贴按时发放率 scores 9.89 against a weight of 5 "
     "(the total 97.43 still adds up)"),
    ("gs-yumen-shenghuobutie-2019", 5, "year_mismatch", "table",
     "（2019年度）", "（2018年度）",
     "（2018年度）",
     "the 自评表 is headed 2018年度 in the 2019 report (template of last year)"),
    ("gs-yumen-shenghuobutie-2019", 6, "balance_mismatch", "prose",
     "结余13.44万元", "结余13.34万元",
     "结余13.34万元",
     "120 - 106.56 = 13.44万元, stated 13.34"),

    # ---- 美兰区 人才培训 2024 (markdown tables) ----
    ("hi-meilan-rencaipeixun-2024", 1, "average_mismatch", "prose",
     "平均每期140人次", "平均每期150人次",
     "平均每期150人次",
     "2100人次 / 15期 = 140, stated 150"),
    ("hi-meilan-rencaipeixun-2024", 2, "conflicting_values", "table",
     "| 2100人次 |", "| 2010人次 |",
     "| 2010人次 |",
     "the table gives 2010人次 trained, the text 2100人次 (720 + 280 + 1100)"),
    ("hi-meilan-rencaipeixun-2024", 3, "score_sum_mismatch", "prose",
     "产出指标49.4分", "产出指标49.6分",
     "产出指标49.6分",
     "产出 rows add to 49.4 and 9.61 + 49.6 + 29.5 + 10 = 98.71, not the stated 98.51"),
    ("hi-meilan-rencaipeixun-2024", 4, "unit_mismatch", "table",
     "| 2024年12月31日前 | 2024年11月28日 |", "| 2024年12月31日前 | 100% |",
     "2024年12月31日前 | 100%",
     "年度培训计划完成时间: target is a date, actual a percentage"),
    ("hi-meilan-rencaipeixun-2024", 5, "implausible_rate", "table",
     "| 其他资金 | 0 | 0 | 0 | — | — | — |", "| 其他资金 | 0 | 0 | 0 | — | 100% | — |",
     "| 其他资金 | 0 | 0 | 0 | — | 100% |",
     "其他资金 row has 0 budget and 0 spending yet an execution rate of 100%: a rate on a zero base"),
    ("hi-meilan-rencaipeixun-2024", 6, "grade_mismatch", "prose",
     "自评等级为“优”", "自评等级为“良”",
     "自评等级为“良”",
     "total 98.51 lies in the 优 band (>= 90), the text says 良"),
]


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            key = (s, n)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen.add(key)
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{s} e{n}: old string matches {cnt} times")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{s} e{n}: value not in case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
