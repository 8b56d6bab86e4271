#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the
clean draft; the label value must then occur in the error case and overlap the
changed span (checked again, with the arithmetic, by verify.py).
Standard library only.  Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hb-badong-houfuzhibu-2019",
    "ha-nanzhao-yiminjichu-2021",
    "hn-zixing-yiminpeixun-2023",
    "gz-guanling-yiminchanye-2024",
    "sc-luding-bixianjiekun-2018",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- hb-badong-houfuzhibu-2019 (full-width bar tables) ----
    ("hb-badong-houfuzhibu-2019", 1, "unit_mismatch", "prose",
     "直补资金31,200元（涉及52人）", "直补资金31,200万元（涉及52人）",
     "31,200万元",
     "the 2018 carry-over of 52 persons x 600元 = 31,200元 = 3.12万元 (table row 上年结转资金 3.12; 2304.96 + 3.12 = 2308.08) is labelled 万元: off by 10^4"),
    ("hb-badong-houfuzhibu-2019", 2, "average_mismatch", "prose",
     "三镇满意度分别为96.0%、94.5%、95.1%", "三镇满意度分别为96.0%、92.5%、95.1%",
     "三镇满意度分别为96.0%、92.5%、95.1%，平均95.2%",
     "(96.0 + 92.5 + 95.1) / 3 = 94.53%, stated average 95.2%"),
    ("hb-badong-houfuzhibu-2019", 3, "weight_sum_mismatch", "table",
     "未发生群体性事件｜10｜9｜", "未发生群体性事件｜11｜9｜",
     "总体稳定，未发生群体性事件｜11｜9",
     "weights now total 101 (10 execution + 50 output + 31 benefit + 10 satisfaction) against the 总分 row 100"),
    ("hb-badong-houfuzhibu-2019", 4, "implausible_rate", "table",
     "其他资金｜0｜0｜0｜—｜—｜—", "其他资金｜0｜0｜0｜—｜100%｜—",
     "其他资金｜0｜0｜0｜—｜100%",
     "execution rate 100% printed for 其他资金 whose budget is 0: a rate on a zero base"),
    ("hb-badong-houfuzhibu-2019", 5, "score_sum_mismatch", "table",
     "未发生群体性事件｜10｜9｜", "未发生群体性事件｜10｜8｜",
     "未发生群体性事件｜10｜8",
     "row scores now add to 9.97 + 50 + 28 + 10 = 97.97, stated 总分 98.97 (table and text)"),
    ("hb-badong-houfuzhibu-2019", 6, "sum_mismatch", "table",
     "｜2304.96｜2304.96｜2297.40｜", "｜2304.96｜2304.96｜2279.40｜",
     "2279.40",
     "全年执行数 components 2279.40 + 3.12 + 0 = 2282.52, stated 年度资金总额 2300.52"),

    # ---- ha-nanzhao-yiminjichu-2021 (ASCII pipe tables, 完成率 column) ----
    ("ha-nanzhao-yiminjichu-2021", 1, "completion_mismatch", "table",
     "| 420盏 | 105.00% |", "| 420盏 | 110.00% |",
     "420盏 | 110.00%",
     "420 / 400 = 105.00%, stated 110.00%"),
    ("ha-nanzhao-yiminjichu-2021", 2, "rate_mismatch", "table",
     "| 106.30 | 88.58% |", "| 106.30 | 85.58% |",
     "85.58%",
     "省级库区基金 106.30 / 120.00 = 88.58%, stated 85.58%"),
    ("ha-nanzhao-yiminjichu-2021", 3, "conflicting_values", "table",
     "实际完成：12个村全部完工，硬化道路18.6公里", "实际完成：12个村全部完工，硬化道路16.8公里",
     "硬化道路16.8公里",
     "the goal block of the 自评表 gives 16.8公里 of hardened road, the indicator row gives 18.6公里 (completion 103.33%)"),
    ("ha-nanzhao-yiminjichu-2021", 4, "grade_mismatch", "prose",
     "综合得分98.24分，评价等级为优", "综合得分98.24分，评价等级为良",
     "评价等级为良",
     "total 98.24 is in the 优 band (90-100)"),
    ("ha-nanzhao-yiminjichu-2021", 5, "year_mismatch", "prose",
     "按合同约定结转至2022年继续支付", "按合同约定结转至2021年继续支付",
     "结转至2021年",
     "the unspent part of the 2021 budget is carried over to 2021 itself (should be 2022)"),
    ("ha-nanzhao-yiminjichu-2021", 6, "implausible_rate", "prose",
     "在入户走访中，97.2%的受访群众", "在入户走访中，107.2%的受访群众",
     "107.2%的受访群众",
     "a share of respondents above 100%"),

    # ---- hn-zixing-yiminpeixun-2023 (tab-separated tables, 完成率 column) ----
    ("hn-zixing-yiminpeixun-2023", 1, "score_exceeds_weight", "table",
     "15期\t100.00%\t5\t5\t", "15期\t100.00%\t5\t5.4\t",
     "15期\t100.00%\t5\t5.4",
     "举办培训班期数: score 5.4 above weight 5 (the whole-point total 98分 still rounds from 98.4)"),
    ("hn-zixing-yiminpeixun-2023", 2, "completion_mismatch", "table",
     "74.6%\t106.57%", "74.6%\t105.67%",
     "74.6%\t105.67%",
     "74.6 / 70 = 106.57%, stated 105.67%"),
    ("hn-zixing-yiminpeixun-2023", 3, "unit_mismatch", "table",
     "≥90%\t96.3%\t107.00%", "≥90%\t96.3分\t107.00%",
     "≥90%\t96.3分",
     "satisfaction target is a percentage (≥90%), the actual is given in 分: completion cannot be computed"),
    ("hn-zixing-yiminpeixun-2023", 4, "rate_mismatch", "table",
     "173.28\t95.00%", "173.28\t95.50%",
     "95.50%",
     "173.28 / 182.40 = 95.00%, stated 95.50%"),
    ("hn-zixing-yiminpeixun-2023", 5, "score_sum_mismatch", "prose",
     "项目自评综合得分98分", "项目自评综合得分96分",
     "综合得分96分",
     "9.50 + 50 + 28.5 + 10 = 98, stated 96"),
    ("hn-zixing-yiminpeixun-2023", 6, "conflicting_values", "prose",
     "共有872名学员取得", "共有827名学员取得",
     "827名学员",
     "prose gives 827 certificate holders, the indicator table 872人 (完成率 109.00%)"),

    # ---- gz-guanling-yiminchanye-2024 (tables in runs of spaces) ----
    ("gz-guanling-yiminchanye-2024", 1, "score_exceeds_weight", "table",
     "1座           1座           5       5       —", "1座           1座           5       5.3     —",
     "5       5.3",
     "新建产地冷链仓储库: score 5.3 above weight 5 (the whole-point total 88 still rounds from 88.3)"),
    ("gz-guanling-yiminchanye-2024", 2, "sum_mismatch", "table",
     "420.00              380.48", "402.00              380.48",
     "402.00",
     "planned investment 780.00 + 402.00 + 150.00 = 1332.00, stated 合计 1350.00"),
    ("gz-guanling-yiminchanye-2024", 3, "weight_sum_mismatch", "table",
     "部分建立      10      7", "部分建立      9       7",
     "部分建立      9       7",
     "效益指标 rows 10 + 10 + 9 = 29 against the heading 效益指标（30分）; all weights total 99"),
    ("gz-guanling-yiminchanye-2024", 4, "balance_mismatch", "table",
     "76.80%    313.16", "76.80%    331.16",
     "331.16",
     "到位 1350.00 - 执行 1036.84 = 313.16, stated 结转资金 331.16"),
    ("gz-guanling-yiminchanye-2024", 5, "sum_mismatch", "prose",
     "300头、240头、260头，合计800头", "300头、240头、280头，合计800头",
     "300头、240头、280头，合计800头",
     "300 + 240 + 280 = 820, stated 800"),
    ("gz-guanling-yiminchanye-2024", 6, "completion_mismatch", "prose",
     "完成率为105.00%", "完成率为102.50%",
     "完成率为102.50%",
     "1260亩 / 1200亩 = 105.00%, stated 102.50%"),

    # ---- sc-luding-bixianjiekun-2018 (prose only) ----
    ("sc-luding-bixianjiekun-2018", 1, "rate_mismatch", "prose",
     "预算执行率95.71%", "预算执行率97.51%",
     "预算执行率97.51%",
     "652.38 / 681.60 = 95.71%, stated 97.51%"),
    ("sc-luding-bixianjiekun-2018", 2, "balance_mismatch", "prose",
     "结余29.22万元", "结余29.12万元",
     "结余29.12万元",
     "681.60 - 652.38 = 29.22, stated 29.12"),
    ("sc-luding-bixianjiekun-2018", 3, "average_mismatch", "prose",
     "平均每个安置点28.7户", "平均每个安置点27.8户",
     "平均每个安置点27.8户",
     "(32 + 29 + 25) / 3 = 28.7, stated 27.8"),
    ("sc-luding-bixianjiekun-2018", 4, "year_mismatch", "prose",
     "截至2018年12月31日，86户", "截至2019年12月31日，86户",
     "截至2019年12月31日",
     "a 2018 report states its year-end results as of 31 December 2019"),
    ("sc-luding-bixianjiekun-2018", 5, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 97.24 is in the 优 band (90-100)"),
    ("sc-luding-bixianjiekun-2018", 6, "conflicting_values", "prose",
     "群众满意度96.5%。扣分", "群众满意度95.6%。扣分",
     "群众满意度95.6%",
     "the conclusion gives satisfaction 95.6%, section 三 gives 96.5% for the same survey"),
]


def main():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted(by_project.get(pid, []), key=lambda e: e[1])
        if [e[1] for e in edits] != [1, 2, 3, 4, 5, 6]:
            sys.exit(f"{pid}: expected edits 1..6, got {[e[1] for e in edits]}")
        for (_, n, code, where, old, new, value, expl) in edits:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{pid}-e{n}: value occurs {text.count(value)} times: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
