#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean
draft; each error case carries exactly one edit.  Run from any directory:

    python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# Order of the projects in labels.jsonl.
PROJECTS = [
    "ln-changhai-haidaoxiufu-2018",
    "fj-lianjiang-tantuyangzhi-2019",
    "zj-xiangshan-haidaoshengtai-2021",
    "gd-nanao-bumenzhengti-2022",
    "he-leting-tantuzhengzhi-2024",
]

# (project, n, code, where, old, new, value, explanation)
# value: exact substring of the error case that contains the changed figure.
EDITS = [
    # --- ln-changhai-haidaoxiufu-2018 (Liaoning, flattened Word tables) -----------------
    ("ln-changhai-haidaoxiufu-2018", 1, "rate_mismatch", "table",
     "\t88.89\n", "\t88.98\n", "88.98",
     "表1 预算到位率 (6)=(3)/(2), 县级资金: 160.00 / 180.00 = 88.89%, printed 88.98"),
    ("ln-changhai-haidaoxiufu-2018", 2, "completion_mismatch", "table",
     "63.5%\t105.83%", "63.5%\t105.38%", "105.38%",
     "修复区植被覆盖率: actual 63.5% / target ≥60% = 105.83%, stated 105.38%"),
    ("ln-changhai-haidaoxiufu-2018", 3, "year_mismatch", "table",
     "表2  2018年度项目绩效指标完成情况", "表2  2017年度项目绩效指标完成情况", "2017年度项目绩效指标完成情况",
     "the indicator table of the 2018 report is titled 2017年度 (title, 表1 and all budget sentences say 2018)"),
    ("ln-changhai-haidaoxiufu-2018", 4, "score_exceeds_weight", "prose",
     "得分分别为96、91、97分（满分均为100分）", "得分分别为96、101、97分（满分均为100分）", "96、101、97分（满分均为100分）",
     "广鹿乡 township self-score 101 exceeds its stated maximum of 100 (no sum or average uses these scores)"),
    ("ln-changhai-haidaoxiufu-2018", 5, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "total 97.83 is in the 优 band (>= 90), stated 良好"),
    ("ln-changhai-haidaoxiufu-2018", 6, "conflicting_values", "prose",
     "海漂垃圾1,462吨", "海漂垃圾1,426吨", "海漂垃圾1,426吨",
     "prose gives 1,426吨 of litter cleared, 表2 gives 1462吨 (its 完成率 97.47% and score 9.75 follow from 1462)"),

    # --- fj-lianjiang-tantuyangzhi-2019 (Fujian, Markdown-pipe MOF table with 小计) ------
    ("fj-lianjiang-tantuyangzhi-2019", 1, "balance_mismatch", "prose",
     "未支出的147.42万元", "未支出的174.42万元", "未支出的174.42万元",
     "全年预算 3,260 (all received) - 支出 3,112.58 = 147.42, stated 174.42"),
    ("fj-lianjiang-tantuyangzhi-2019", 2, "sum_mismatch", "prose",
     "清理费用536.30万元", "清理费用563.30万元", "清理费用563.30万元",
     "1,038.00 + 1,260.00 + 563.30 + 278.28 = 3,139.58, stated total 3,112.58 (component should be 536.30)"),
    ("fj-lianjiang-tantuyangzhi-2019", 3, "score_sum_mismatch", "table",
     "| 86% | 10 | 9.56 |", "| 86% | 10 | 9.65 |", "86% | 10 | 9.65",
     "效益指标 rows 10 + 9.65 + 10 = 29.65, 效益指标小计 29.56 (and the 合计 98.20)"),
    ("fj-lianjiang-tantuyangzhi-2019", 4, "implausible_rate", "table",
     "| 其他资金 | 0.00 | 0.00 | 0.00 | — | — | — |", "| 其他资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | — |",
     "其他资金 | 0.00 | 0.00 | 0.00 | — | 100.00%",
     "其他资金 has a 全年预算数 of 0.00: an execution rate of 100.00% on a zero base (should be —)"),
    ("fj-lianjiang-tantuyangzhi-2019", 5, "unit_mismatch", "prose",
     "补助标准每亩1,200元", "补助标准每亩1,200万元", "每亩1,200万元",
     "8,650亩 x 1,200 = 1,038.00万元 only with 元: the per-mu standard is labelled 万元 (off by 10^4)"),
    ("fj-lianjiang-tantuyangzhi-2019", 6, "conflicting_values", "table",
     "| 8650亩 |", "| 8560亩 |", "8560亩",
     "自评表 actual 8560亩, prose twice 8,650亩 (with 1,038.00万元 at 1,200元/亩 and 完成率108.13%)"),

    # --- zj-xiangshan-haidaoshengtai-2021 (Zhejiang, web page, ｜ tables) ---------------
    ("zj-xiangshan-haidaoshengtai-2021", 1, "rate_mismatch", "prose",
     "县级配套资金执行率80.76%", "县级配套资金执行率87.06%", "县级配套资金执行率87.06%",
     "县级配套 282.67 / 350.00 = 80.76%, stated 87.06%"),
    ("zj-xiangshan-haidaoshengtai-2021", 2, "score_sum_mismatch", "table",
     "｜95.00%｜15｜14.25", "｜95.00%｜15｜14.52", "95.00%｜15｜14.52",
     "row scores 9.35 + 15 + 14.52 + 5 + 10 + 5 + 10 + 10 + 10 + 8.5 = 97.37, stated 合计 97.10 (text too)"),
    ("zj-xiangshan-haidaoshengtai-2021", 3, "weight_sum_mismatch", "table",
     "24块｜120.00%｜5｜5", "24块｜120.00%｜6｜5", "120.00%｜6｜5",
     "分值 10 + 15 + 15 + 6 + 10 + 5 + 10 + 10 + 10 + 10 = 101, 合计 100 (产出 61 against the noted 60)"),
    ("zj-xiangshan-haidaoshengtai-2021", 4, "average_mismatch", "prose",
     "平均每岛5.7公顷", "平均每岛5.9公顷", "平均每岛5.9公顷",
     "(6.9 + 4.5) / 2 = 5.7, stated 5.9"),
    ("zj-xiangshan-haidaoshengtai-2021", 5, "unit_mismatch", "table",
     "≤210万元/公里｜195.73万元/公里", "≤210万元/公里｜93.21%", "≤210万元/公里｜93.21%",
     "target is a unit cost in 万元/公里, the actual is written as a percentage"),
    ("zj-xiangshan-haidaoshengtai-2021", 6, "completion_mismatch", "table",
     "91%｜107.06%", "91%｜107.60%", "91%｜107.60%",
     "修复区植被成活率: 91 / 85 = 107.06%, stated 107.60%"),

    # --- gd-nanao-bumenzhengti-2022 (Guangdong, department report, PDF copy) ------------
    ("gd-nanao-bumenzhengti-2022", 1, "rate_mismatch", "table",
     "221.40｜72.88%", "221.40｜78.28%", "221.40｜78.28%",
     "海岸带规划编制: 221.40 / 303.77 = 72.88%, stated 78.28%"),
    ("gd-nanao-bumenzhengti-2022", 2, "sum_mismatch", "prose",
     "公用经费158.23万元", "公用经费185.23万元", "公用经费185.23万元",
     "人员经费 968.15 + 公用经费 185.23 = 1,153.38, stated 基本支出 1,126.38"),
    ("gd-nanao-bumenzhengti-2022", 3, "score_exceeds_weight", "table",
     "563.35｜90.86%｜91", "563.35｜90.86%｜101", "90.86%｜101",
     "project self-score 101 in a column headed 自评得分（满分100分）"),
    ("gd-nanao-bumenzhengti-2022", 4, "average_mismatch", "prose",
     "季均39航次", "季均40航次", "季均40航次",
     "(34 + 41 + 45 + 36) / 4 = 39, stated 40"),
    ("gd-nanao-bumenzhengti-2022", 5, "implausible_rate", "prose",
     "服务对象满意度为93.1%", "服务对象满意度为103.1%", "服务对象满意度为103.1%",
     "a satisfaction rate above 100%"),
    ("gd-nanao-bumenzhengti-2022", 6, "balance_mismatch", "prose",
     "年末结转结余286.56万元", "年末结转结余268.56万元", "年末结转结余268.56万元",
     "4,318.55 - 4,031.99 = 286.56 (also 项目 3,192.17 - 2,905.61), stated 268.56"),

    # --- he-leting-tantuzhengzhi-2024 (Hebei, Markdown funds block + ｜ indicator table) --
    ("he-leting-tantuzhengzhi-2024", 1, "sum_mismatch", "prose",
     "设计及监理62.45万元", "设计及监理64.25万元", "设计及监理64.25万元",
     "318.60 + 241.75 + 64.25 + 38.40 = 663.00, stated 全年支出 661.20"),
    ("he-leting-tantuzhengzhi-2024", 2, "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "total 99.20 is in the 优 band, stated 良"),
    ("he-leting-tantuzhengzhi-2024", 3, "completion_mismatch", "prose",
     "完成率110.63%", "完成率110.36%", "完成率110.36%",
     "1,770亩 / 1,600亩 = 110.63%, stated 110.36%"),
    ("he-leting-tantuzhengzhi-2024", 4, "conflicting_values", "table",
     "｜1770亩｜", "｜1707亩｜", "≥1600亩｜1707亩",
     "自评表 actual 1707亩, prose twice 1,770亩 (with 318.60万元 at 1,800元/亩 and 完成率110.63%)"),
    ("he-leting-tantuzhengzhi-2024", 5, "weight_sum_mismatch", "table",
     "｜87.4%｜10｜9.71｜", "｜87.4%｜12｜9.71｜", "87.4%｜12｜9.71",
     "分值 10 + 50 + 32 + 10 = 102 against 总分 100; 效益指标 rows 32 against the stated 30分"),
    ("he-leting-tantuzhengzhi-2024", 6, "year_mismatch", "table",
     "（2024年度）", "（2023年度）", "（2023年度）",
     "附件1 自评表 of the 2024 report is headed 2023年度"),
]


def main():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (_, n, code, where, old, new, value, expl) in sorted(by_project[pid], key=lambda x: x[1]):
            count = clean.count(old)
            if count != 1:
                raise SystemExit("%s-e%d: old string matches %d times: %r" % (pid, n, count, old))
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit("%s-e%d: value %r not in the error case" % (pid, n, value))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d errors)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
