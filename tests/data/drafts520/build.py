#!/usr/bin/env python3
"""Build the error cases of drafts520 and labels.jsonl from the clean drafts.

Each error case is a copy of one clean draft with exactly one contiguous edit (old -> new, `old`
occurs exactly once in the clean draft).  `value` is the labelled substring: it contains the
changed figure and occurs exactly once in the error case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

DZ = "dezhou-lajishouyun-2019"
LF = "linfen-fenleishouyun-2020"
CD = "changde-chengguan-bumen-2022"
DY = "deyang-shouyunbuzhu-2023"
YL = "yulin-lajifenlei-2024"
SOURCES = [DZ, LF, CD, DY, YL]

# (source, n, code, old, new, value, explanation, where)
EDITS = [
    # ---- Dezhou 2019 (Shandong), 项目支出, Word copy, space-aligned funds table
    (DZ, 1, "rate_mismatch", "95.90%", "95.09%", "95.09%",
     "当年财政拨款 1,150.80 / 1,200.00 = 95.90%, stated 95.09%",
     "表1 funds table, row 当年财政拨款, 执行率"),
    (DZ, 2, "balance_mismatch", "年末未支出资金49.20万元", "年末未支出资金42.90万元", "42.90万元",
     "全年预算 1,286.00 − 全年支出 1,236.80 = 49.20, stated 42.90 (funds fully received)",
     "prose 一（二）, unspent amount carried forward"),
    (DZ, 3, "sum_mismatch", "中转站改造补助192.00万元", "中转站改造补助219.00万元", "中转站改造补助219.00万元",
     "468.00 + 540.00 + 219.00 + 86.00 = 1,313.00 ≠ 全年预算 1,286.00 (the use breakdown no longer adds up)",
     "prose 一（二）, breakdown of 全年预算 by use"),
    (DZ, 4, "average_mismatch", "生活垃圾39.42万吨", "生活垃圾36.42万吨", "36.42万吨，日均1,080吨",
     "364,200吨 / 365天 = 997.8吨/日, stated 日均1,080吨 (39.42万吨 gives 1,080)",
     "prose 四（三）, yearly tonnage vs daily average"),
    (DZ, 5, "weight_sum_mismatch", "2019年11月25日\n\t100.00%\n\t5", "2019年11月25日\n\t100.00%\n\t6",
     "2019年11月25日\n\t100.00%\n\t6",
     "时效指标 weight 5 → 6: weights now total 101 (产出 51) against the stated 100",
     "附件 自评表 (one cell a line), 收运设施完工时间 分值"),
    (DZ, 6, "year_mismatch", "结转至2020年", "结转至2019年", "结转至2019年",
     "money unspent in the 2019 budget year cannot be carried over to 2019 itself",
     "prose 一（二）, carry-over sentence"),
    # ---- Linfen 2020 (Shanxi), 项目支出, Shanxi funds table with 行次, leap year
    (LF, 1, "rate_mismatch", "97.32", "97.23", "97.23",
     "市级 到位 545.00 / 全年预算 560.00 = 97.32%, stated 97.23",
     "（二）预算执行情况 table, row (6)=(3)/(2) 预算到位率, column 市级"),
    (LF, 2, "implausible_rate", "(7)=(4)/(2)\n\t95.26\n\t94.93\n\t—", "(7)=(4)/(2)\n\t95.26\n\t94.93\n\t100",
     "(7)=(4)/(2)\n\t95.26\n\t94.93\n\t100",
     "中央级 column has no budget (zero base) yet the execution-rate row prints 100",
     "（二）预算执行情况 table, row (7) 预算执行率, column 中央级"),
    (LF, 3, "completion_mismatch", "102.86%", "102.68%", "102.68%",
     "日均清运量 720 / 700 = 102.86%, stated 102.68%",
     "附件1, 城区生活垃圾日均清运量 完成率"),
    (LF, 4, "score_sum_mismatch", "11.94", "11.49", "11.49",
     "row scores now add to 98.52 (产出 48.99) against the stated 合计 98.97, 总得分98.97分 and 产出指标得分49.44分",
     "附件1, 补助资金拨付及时率 指标得分"),
    (LF, 5, "average_mismatch", "26.352万吨", "25.352万吨", "25.352万吨，日均720吨",
     "253,520吨 / 366天 (2020 is a leap year) = 692.7吨/日, stated 日均720吨",
     "prose 三.3, yearly tonnage vs daily average"),
    (LF, 6, "conflicting_values", "配置四分类收集容器2,460组", "配置四分类收集容器2,640组", "2,640组",
     "the body says 2,640组 while 附件1 业绩值 (and its 完成率 102.50%) gives 2,460组",
     "prose 三.2, containers configured"),
    # ---- Changde 2022 (Hunan), 部门整体支出, web page copy
    (CD, 1, "sum_mismatch", "城区环卫作业经费1,245.80万元", "城区环卫作业经费1,254.80万元",
     "城区环卫作业经费1,254.80万元",
     "1,860.00 + 1,254.80 + 260.00 + 160.00 = 3,534.80 ≠ 项目支出 3,525.80",
     "prose 二（二）, project budget list"),
    (CD, 2, "score_exceeds_weight", "100.00%\t10\t10\t\n\t时效指标\t按期结案率\t≥95%\t96.8%\t101.89%\t5\t5",
     "100.00%\t10\t11\t\n\t时效指标\t按期结案率\t≥95%\t96.8%\t101.89%\t5\t4",
     "无害化处理率\t=100%\t100%\t100.00%\t10\t11",
     "无害化处理率 scored 11 with weight 10 (按期结案率 lowered 5 → 4 in the same edit, so the total still reads 98.00)",
     "附件 自评表, 质量指标 row 得分"),
    (CD, 3, "average_mismatch", "97.5分", "95.7分", "95.7分",
     "(96.5 + 100 + 95.7 + 88) / 4 = 95.05, stated 平均95.50分",
     "prose 三（二）, project self-evaluation scores"),
    (CD, 4, "conflicting_values", "整体支出5,842.60万元开展", "整体支出5,482.60万元开展", "5,482.60万元",
     "opening paragraph evaluates 5,482.60万元, while 一（三） and the table give 全年预算 5,842.60万元",
     "opening paragraph"),
    (CD, 5, "unit_mismatch", "31.26万元", "82.26%", "≤38.00万元\t82.26%",
     "target is an amount (≤38.00万元), actual a percentage (82.26%): completion cannot be computed",
     "附件 自评表, 成本指标 “三公”经费支出 实际完成值"),
    (CD, 6, "grade_mismatch", "等级为“优”", "等级为“良”", "等级为“良”",
     "自评得分98.00 is in the 优 band (≥90)",
     "prose 三（三）"),
    # ---- Deyang 2023 (Sichuan), 项目支出, PDF copy with page footers inside the table
    (DY, 1, "weight_sum_mismatch", "105.33%   15     15", "105.33%   16     15", "105.33%   16",
     "新建分类收集站（屋） weight 15 → 16: weights now total 101 against 总分 100",
     "附件 PDF table, 数量指标 row 分值"),
    (DY, 2, "unit_mismatch", "按每座32,000元", "按每座32,000万元", "32,000万元",
     "158座 × 32,000万元 ≠ 505.60万元; 158 × 32,000元 = 505.60万元: the 元 figure is labelled 万元 (off by 10^4)",
     "prose 二（二）3, per-unit subsidy"),
    (DY, 3, "implausible_rate", "居民满意度95.6%", "居民满意度105.6%", "居民满意度105.6%",
     "a satisfaction rate cannot exceed 100%",
     "prose 四（二）, satisfaction sub-rate"),
    (DY, 4, "completion_mismatch", "104.22%", "102.24%", "102.24%",
     "日均收运量 938 / 900 = 104.22%, stated 102.24%",
     "附件 PDF table, 社会效益 row 完成率"),
    (DY, 5, "year_mismatch", "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日",
     "the year-end status of a 2023 budget is dated 2022-12-31",
     "prose 二（二）2, funds received"),
    (DY, 6, "score_sum_mismatch", "9.50", "9.05", "9.05",
     "row scores now add to 98.91 against 总分 99.36 (table and text)",
     "附件 PDF table, 生态效益 row 得分"),
    # ---- Yulin 2024 (Guangxi), 项目支出, web page copy + space-aligned funds table, leap year
    (YL, 1, "score_exceeds_weight", "100.00%\t10\t10\t\n\t时效指标\t资金拨付时限\t≤30天\t42天\t71.43%\t5\t3.57",
     "100.00%\t10\t11\t\n\t时效指标\t资金拨付时限\t≤30天\t42天\t71.43%\t5\t2.57",
     "验收合格率\t=100%\t100%\t100.00%\t10\t11",
     "验收合格率 scored 11 with weight 10 (资金拨付时限 lowered 3.57 → 2.57 in the same edit, so totals still read 85.91 / 产出 42.57)",
     "附件 自评表, 质量指标 row 得分"),
    (YL, 2, "grade_mismatch", "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "项目得分85.91 is in the 良 band (80–90)",
     "prose 五、自评结论"),
    (YL, 3, "balance_mismatch", "未执行资金132.00万元", "未执行资金123.00万元", "123.00万元",
     "到位 600.00 − 支出 468.00 = 132.00, stated 123.00",
     "prose 二（二）, unspent amount carried forward"),
    (YL, 4, "implausible_rate",
     "上年结转资金                0.00        0.00        0.00      —         —",
     "上年结转资金                0.00        0.00        0.00      —   100.00%",
     "上年结转资金                0.00        0.00        0.00      —   100.00%",
     "上年结转资金 has a zero budget, yet an execution rate of 100.00% is printed",
     "表1 funds table (space-aligned), row 上年结转资金, 执行率"),
    (YL, 5, "completion_mismatch", "84.44%", "88.44%", "88.44%",
     "可回收物日均回收量 38 / 45 = 84.44%, stated 88.44%",
     "附件 自评表, 生态效益 row 完成率"),
    (YL, 6, "conflicting_values", "800,000元", "880,000元", "880,000元",
     "the 自治区 subsidy is 880,000元 (88.00万元) in one sentence and 80.00万元 in the next (which also closes 520.00 + 80.00 = 600)",
     "prose 二（一）, subsidy issued"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    problems = []
    for src in SOURCES:
        clean = read(f"{src}-clean.txt")
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, where) in [e for e in EDITS if e[0] == src]:
            name = f"{s}-e{n}.txt"
            if clean.count(old) != 1:
                problems.append(f"{name}: old string occurs {clean.count(old)}x in the clean draft")
                continue
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                problems.append(f"{name}: value occurs {text.count(value)}x in the case")
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        for p in problems:
            print("BUILD PROBLEM:", p)
        return 1
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
