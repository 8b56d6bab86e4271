#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new); `old` must occur exactly
once in the clean draft. `value` is the label span: an exact substring of the error case that contains
the changed figure. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
T = "\t"

# (source id, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- sx-fenxi-njtg-2019 (Shanxi layout: funds table with 行次 + 附件1 with 完成率) ----
    ("sx-fenxi-njtg-2019", 1, "completion_mismatch", "table",
     T + "86人" + T + "107.50%" + T, T + "86人" + T + "105.70%" + T,
     "86人" + T + "105.70%",
     "培训基层农技人员: actual 86人 / target ≥80人 = 107.50%, stated 105.70%"),
    ("sx-fenxi-njtg-2019", 2, "rate_mismatch", "table",
     "97.71" + T + "0" + T + "0" + T + "75.00" + T, "97.71" + T + "0" + T + "0" + T + "57.00" + T,
     "97.71" + T + "0" + T + "0" + T + "57.00",
     "funds table row (7)=(4)/(2), column 县区级: 6.00 / 8.00 = 75.00%, stated 57.00"),
    ("sx-fenxi-njtg-2019", 3, "average_mismatch", "prose",
     "平均每个基地125亩", "平均每个基地135亩",
     "平均每个基地135亩",
     "(120 + 150 + 100 + 130) / 4 = 125亩, stated 135亩"),
    ("sx-fenxi-njtg-2019", 4, "score_exceeds_weight", "table",
     "96.47%" + T + "96.47%" + T + "9.65" + T, "96.47%" + T + "96.47%" + T + "10.2" + T,
     "96.47%" + T + "10.2",
     "预算执行率 row: score 10.2 above its weight 10 (the score column now adds to 98.20, which still "
     "rounds to the stated whole-point total 98, so only the row is wrong)"),
    ("sx-fenxi-njtg-2019", 5, "unit_mismatch", "table",
     "2019年12月底前" + T + "2019年12月20日" + T, "2019年12月底前" + T + "100%" + T,
     "2019年12月底前" + T + "100%",
     "项目完成时间: target is a date, actual is a percentage"),
    ("sx-fenxi-njtg-2019", 6, "grade_mismatch", "prose",
     "属于\"优秀\"", "属于\"良好\"",
     "属于\"良好\"",
     "total 98 is in the 优 band (90–100), stated 良好"),

    # ---- ha-lankao-njtg-2021 (MOF outline, MOF funds block + indicator table) ----
    ("ha-lankao-njtg-2021", 1, "rate_mismatch", "prose",
     "中央当年资金执行154.16万元，执行率93.43%", "中央当年资金执行154.16万元，执行率94.33%",
     "执行率94.33%",
     "current-year central funds: 154.16 / 165 = 93.43%, stated 94.33%"),
    ("ha-lankao-njtg-2021", 2, "balance_mismatch", "prose",
     "项目年末结余10.84万元", "项目年末结余10.48万元",
     "结余10.48万元",
     "169.20 − 158.36 = 10.84, stated 10.48"),
    ("ha-lankao-njtg-2021", 3, "sum_mismatch", "prose",
     "信息化及推广服务工作经费20.66万元", "信息化及推广服务工作经费26.06万元",
     "工作经费26.06万元",
     "52.50 + 18.00 + 31.20 + 36.00 + 26.06 = 163.76, but the spending they break down is 158.36"),
    ("ha-lankao-njtg-2021", 4, "completion_mismatch", "prose",
     "分别完成目标任务的105%和104%", "分别完成目标任务的105%和106%",
     "105%和106%",
     "156人 / 150人 = 104%, stated 106% (the 105% for 1050/1000 is right)"),
    ("ha-lankao-njtg-2021", 5, "implausible_rate", "table",
     "其他资金" + T + "0" + T + "0" + T + "0" + T + "—" + T + "—" + T + "—",
     "其他资金" + T + "0" + T + "0" + T + "0" + T + "—" + T + "100%" + T + "—",
     "0" + T + "—" + T + "100%",
     "其他资金 row: execution rate 100% on a zero budget (0 / 0)"),
    ("ha-lankao-njtg-2021", 6, "score_sum_mismatch", "table",
     "9名" + T + "6" + T + "5.40" + T, "9名" + T + "6" + T + "4.50" + T,
     "9名" + T + "6" + T + "4.50",
     "row scores (incl. execution 9.36) now add to 95.86, stated 总分 96.76"),

    # ---- ah-dangtu-njtg-2018 (web page copy, budget-split table + indicator table) ----
    ("ah-dangtu-njtg-2018", 1, "sum_mismatch", "table",
     "农技人员能力提升" + T + "44.00", "农技人员能力提升" + T + "46.00",
     "农技人员能力提升" + T + "46.00",
     "budget column: 36.00 + 46.00 + 40.00 = 122.00, 合计 120.00"),
    ("ah-dangtu-njtg-2018", 2, "weight_sum_mismatch", "table",
     "发布主推技术" + T + "≥10项" + T + "12项" + T + "10" + T,
     "发布主推技术" + T + "≥10项" + T + "12项" + T + "12" + T,
     "12项" + T + "12" + T + "10",
     "weights now add to 102 (产出 52), 合计 says 100"),
    ("ah-dangtu-njtg-2018", 3, "implausible_rate", "table",
     T + "≥85%" + T + "92%" + T, T + "≥85%" + T + "102%" + T,
     "≥85%" + T + "102%",
     "示范户满意度 102% is above 100%"),
    ("ah-dangtu-njtg-2018", 4, "year_mismatch", "prose",
     "已按规定结转至2019年继续使用", "已按规定结转至2018年继续使用",
     "结转至2018年",
     "the unspent part of the 2018 budget is carried over to 2018 itself"),
    ("ah-dangtu-njtg-2018", 5, "conflicting_values", "prose",
     "油菜机械化生产等主推技术12项", "油菜机械化生产等主推技术15项",
     "主推技术15项",
     "text says 15项 published main technologies, the table's 实际完成值 says 12项"),
    ("ah-dangtu-njtg-2018", 6, "balance_mismatch", "prose",
     "结余3.72万元", "结余3.27万元",
     "结余3.27万元",
     "120.00 − 116.28 = 3.72, stated 3.27"),

    # ---- hl-yanshou-njtg-2023 (grade 良, header + MOF funds block + indicator table) ----
    ("hl-yanshou-njtg-2023", 1, "sum_mismatch", "prose",
     "2023年6月下达42万元", "2023年6月下达24万元",
     "2023年6月下达24万元",
     "168 + 24 = 192, but the two instalments are said to make up 210万元"),
    ("hl-yanshou-njtg-2023", 2, "completion_mismatch", "prose",
     "分别为计划数的102.13%和100%", "分别为计划数的101.23%和100%",
     "101.23%",
     "1532户 / 1500户 = 102.13%, stated 101.23%"),
    ("hl-yanshou-njtg-2023", 3, "grade_mismatch", "prose",
     "评价等级为良。", "评价等级为优。",
     "评价等级为优",
     "89.15 is in the 良 band (80–90), stated 优"),
    ("hl-yanshou-njtg-2023", 4, "unit_mismatch", "prose",
     "农技人员培训21.60万元", "农技人员培训216000万元",
     "216000万元",
     "the 21.60万元 training item written as 216000 (its amount in 元) with the unit 万元: off by 10^4; "
     "the breakdown only adds up to 171.42 after rescaling this one amount"),
    ("hl-yanshou-njtg-2023", 5, "conflicting_values", "table",
     T + "≥1500户" + T + "1532户" + T, T + "≥1500户" + T + "1523户" + T,
     "1523户",
     "table 实际完成值 1523户, text says 1532户 (also the basis of 91.92万元 = 1532 × 600元 and of 102.13%)"),
    ("hl-yanshou-njtg-2023", 6, "rate_mismatch", "table",
     "171.42" + T + "10" + T + "81.63%", "171.42" + T + "10" + T + "86.13%",
     "86.13%",
     "funds block: 171.42 / 210.00 = 81.63%, stated 86.13%"),

    # ---- gx-lingui-njtg-2024 (no satisfaction block: 10 + 60 + 30, whole-point total) ----
    ("gx-lingui-njtg-2024", 1, "average_mismatch", "prose",
     "平均每期33.5人", "平均每期34.5人",
     "平均每期34.5人",
     "(32 + 36 + 30 + 36) / 4 = 33.5, stated 34.5"),
    ("gx-lingui-njtg-2024", 2, "year_mismatch", "table",
     "评价年度" + T + "2024年度", "评价年度" + T + "2023年度",
     "评价年度" + T + "2023年度",
     "table header claims evaluation year 2023 for the 2024 report (title, budget sentences)"),
    ("gx-lingui-njtg-2024", 3, "weight_sum_mismatch", "table",
     "936户" + T + "12" + T + "12" + T, "936户" + T + "13" + T + "12" + T,
     "936户" + T + "13" + T + "12",
     "weights now add to 101 (产出 rows 61 against the stated 产出指标60分)"),
    ("gx-lingui-njtg-2024", 4, "score_exceeds_weight", "table",
     "2024年12月25日" + T + "4" + T + "4" + T, "2024年12月25日" + T + "4" + T + "4.5" + T,
     "2024年12月25日" + T + "4" + T + "4.5",
     "项目完成时限 row: score 4.5 above its weight 4 (the column now adds to 95.36, which still rounds "
     "to the stated whole-point total 95)"),
    ("gx-lingui-njtg-2024", 5, "score_sum_mismatch", "table",
     "134人" + T + "10" + T + "10" + T, "134人" + T + "10" + T + "9" + T,
     "134人" + T + "10" + T + "9",
     "row scores now add to 93.86, stated total 95 (whole points)"),
    ("gx-lingui-njtg-2024", 6, "conflicting_values", "prose",
     "中央财政补助资金186万元", "中央财政补助资金168万元",
     "补助资金168万元",
     "the central grant is 168万元 here but 186.00万元 in the funds section (186.00 + 14.00 = 200.00, "
     "177.00 spent at 95.16%)"),
]

SOURCES = ["sx-fenxi-njtg-2019", "ha-lankao-njtg-2021", "ah-dangtu-njtg-2018",
           "hl-yanshou-njtg-2023", "gx-lingui-njtg-2024"]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string occurs {cnt} times: {old!r}")
            err = clean.replace(old, new, 1)
            if value not in err:
                sys.exit(f"{src}-e{n}: value not in error case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an error)")


if __name__ == "__main__":
    main()
