#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts544 from the clean drafts and the edit list below.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft, the changed
region (after removing the common prefix and suffix of old/new) must be one contiguous stretch of at most 40
characters, and `value` (the label's evidence string) must occur exactly once in the resulting case and overlap
the changed region.  Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jl-siping-wuzhangai-2019",
    "ha-zhoukou-canlian-bumen-2021",
    "fj-longyan-wuzhangai-2022",
    "nm-xinganmeng-wuzhangai-2023",
    "hlj-heihe-wuzhangai-2025",
]

# (project, n, code, old, new, value, where, explanation)
EDITS = [
    # ---- P1 四平市残联 2019 (项目支出, MOF funds block + county table)
    ("jl-siping-wuzhangai-2019", 1, "rate_mismatch",
     "市级配套资金支出34.14万元，支出率81.29%", "市级配套资金支出34.14万元，支出率82.19%",
     "支出率82.19%", "prose, 资金来源及使用",
     "市级配套 34.14 / 42.00 = 81.29%, stated 82.19%"),
    ("jl-siping-wuzhangai-2019", 2, "balance_mismatch",
     "未支出的7.86万元", "未支出的7.68万元",
     "未支出的7.68万元", "prose, 资金来源及使用",
     "unspent = 278.60 - 270.74 = 7.86 (also 市级 42.00 - 34.14 = 7.86), stated 7.68"),
    ("jl-siping-wuzhangai-2019", 3, "average_mismatch",
     "户均改造费用5147.15元", "户均改造费用5174.15元",
     "户均改造费用5174.15元", "prose after the county table",
     "270.74万元 / 526户 = 5147.15元, stated 5174.15元"),
    ("jl-siping-wuzhangai-2019", 4, "implausible_rate",
     "0.00      —         —      —", "0.00      —   100.00%      —",
     "其他资金             0.00         0.00         0.00      —   100.00%", "funds block, row 其他资金",
     "execution rate 100.00% printed on a zero budget (0.00 / 0.00); the cell should be —"),
    ("jl-siping-wuzhangai-2019", 5, "completion_mismatch",
     "643户   107.17%", "643户   106.17%",
     "643户   106.17%", "indicator table, 入户评估建档户数",
     "643 / 600 = 107.17%, stated 106.17%"),
    ("jl-siping-wuzhangai-2019", 6, "unit_mismatch",
     "省级补助资金84.00万元", "省级补助资金840000万元",
     "840000万元", "prose, 资金来源及使用",
     "the 84.00万元 provincial share written as 840000万元 (its value in 元 labelled 万元): 140.00 + 84.00 + 42.00 = 266.00 "
     "and 140.00 + 84.00 + 34.14 = 258.14 hold only after rescaling by 10^-4"),
    # ---- P2 周口市残联 2021 (部门整体支出, compact score table + KPI table)
    ("ha-zhoukou-canlian-bumen-2021", 1, "score_exceeds_weight",
     "结转结余控制       5      4\n预算管理  预算编制规范性     5      5",
     "结转结余控制       5      3\n预算管理  预算编制规范性     5      6",
     "预算编制规范性     5      6", "score table, rows 结转结余控制 / 预算编制规范性",
     "预算编制规范性 scored 6 against a weight of 5 (结转结余控制 lowered 4 -> 3, so the total still reads 96.35)"),
    ("ha-zhoukou-canlian-bumen-2021", 2, "score_exceeds_weight",
     "居家条件改善      10      9\n履职效益  社会认知提升      10      9",
     "居家条件改善      10      7.5\n履职效益  社会认知提升      10      10.5",
     "社会认知提升      10      10.5", "score table, rows 居家条件改善 / 社会认知提升",
     "社会认知提升 scored 10.5 against a weight of 10 (居家条件改善 lowered 9 -> 7.5, level and total unchanged)"),
    ("ha-zhoukou-canlian-bumen-2021", 3, "weight_sum_mismatch",
     "预算编制规范性     5      5", "预算编制规范性     6      5",
     "预算编制规范性     6      5", "score table, row 预算编制规范性",
     "weights now total 101 (合计 says 100) and 预算管理 rows sum to 26 against the stated 25分"),
    ("ha-zhoukou-canlian-bumen-2021", 4, "sum_mismatch",
     "沈丘县              105              44.93", "沈丘县              105              49.43",
     "沈丘县              105              49.43", "county table, row 沈丘县",
     "county amounts now sum to 416.88, 合计 and prose say 412.38"),
    ("ha-zhoukou-canlian-bumen-2021", 5, "year_mismatch",
     "结转至2022年继续使用", "结转至2021年继续使用",
     "结转至2021年", "prose, 结转结余",
     "money left at the end of the 2021 budget year is carried over into 2021 itself; must be a later year (2022)"),
    ("ha-zhoukou-canlian-bumen-2021", 6, "conflicting_values",
     "基本支出486.72万元保障了", "基本支出468.72万元保障了",
     "基本支出468.72万元", "prose, section 五",
     "basic expenditure is 486.72万元 in section 二 (392.15 + 94.57), restated as 468.72万元"),
    # ---- P3 龙岩市残联 2022 (项目支出, source table + county table)
    ("fj-longyan-wuzhangai-2022", 1, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”", "prose, 综合评价结论",
     "total 98.54 is in the 优 band (>= 90)"),
    ("fj-longyan-wuzhangai-2022", 2, "score_sum_mismatch",
     "有效提升     有效提升         —     10       9", "有效提升     有效提升         —     10       8",
     "残疾人生活自理能力         有效提升     有效提升         —     10       8", "indicator table, row 残疾人生活自理能力",
     "row scores now sum to 97.54 (合计 and prose 98.54); 效益 rows sum to 28 against the stated 29分"),
    ("fj-longyan-wuzhangai-2022", 3, "average_mismatch",
     "平均每处1.40万元", "平均每处1.48万元",
     "平均每处1.48万元", "prose, 资金使用",
     "53.16万元 / 38处 = 1.40万元, stated 1.48万元"),
    ("fj-longyan-wuzhangai-2022", 4, "completion_mismatch",
     "5895元      100%", "5895元   101.78%",
     "5895元   101.78%", "indicator table, row 户均改造成本",
     "a met ≤ target (5895元 ≤ 6000元) completes at 100%; 101.78% is 6000/5895"),
    ("fj-longyan-wuzhangai-2022", 5, "unit_mismatch",
     "≥200人次      236人次", "≥200人次         100%",
     "≥200人次         100%", "indicator table, row 改造政策培训",
     "target counted in 人次, actual given as a percentage"),
    ("fj-longyan-wuzhangai-2022", 6, "sum_mismatch",
     "省级132.00万元", "省级123.00万元",
     "省级123.00万元", "prose, 预算安排",
     "216.00 + 123.00 + 72.00 = 411.00, 年初 says 420.00 (and 123.00 + 36.80 ≠ 168.80)"),
    # ---- P4 兴安盟残联 2023 (项目支出, MOF funds block, weights 10/40/40/10)
    ("nm-xinganmeng-wuzhangai-2023", 1, "rate_mismatch",
     "执行率91.30%", "执行率93.10%",
     "执行率93.10%", "prose, 资金执行",
     "自治区 98.60 / 108.00 = 91.30%, stated 93.10%"),
    ("nm-xinganmeng-wuzhangai-2023", 2, "year_mismatch",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日", "prose, 资金执行",
     "year-end figure of the 2023 report dated to 2022"),
    ("nm-xinganmeng-wuzhangai-2023", 3, "conflicting_values",
     "项目为575户", "项目为585户",
     "项目为585户", "prose, 自评结论",
     "households completed are 575 in the table, the county total and section 四; 585 here"),
    ("nm-xinganmeng-wuzhangai-2023", 4, "implausible_rate",
     "满意度为97.60%", "满意度为107.60%",
     "满意度为107.60%", "prose, 满意度指标",
     "a satisfaction rate above 100%"),
    ("nm-xinganmeng-wuzhangai-2023", 5, "weight_sum_mismatch",
     "产出指标40分", "产出指标45分",
     "产出指标45分", "prose, 绩效目标",
     "产出 rows weigh 40; stated 45, and 10 + 45 + 40 + 10 = 105 against 合计100分"),
    ("nm-xinganmeng-wuzhangai-2023", 6, "balance_mismatch",
     "年末结余12.64万元", "年末结余12.46万元",
     "年末结余12.46万元", "prose, 资金执行",
     "342.50 (到位) - 329.86 (执行) = 12.64, stated 12.46"),
    # ---- P5 黑河市残联 2025 (项目支出, Shanxi-style funds table with 行次)
    ("hlj-heihe-wuzhangai-2025", 1, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良好”",
     "评价等级为“良好”", "prose, 自评结论",
     "total 98.43 is in the 优 band (>= 90)"),
    ("hlj-heihe-wuzhangai-2025", 2, "score_sum_mismatch",
     "效益指标得分29.00分", "效益指标得分29.50分",
     "效益指标得分29.50分", "prose, 各部分得分",
     "效益 rows score 14 + 15 = 29; the listed parts now add to 98.93, not the stated 98.43"),
    ("hlj-heihe-wuzhangai-2025", 3, "sum_mismatch",
     "五大连池市           95         96              53.18", "五大连池市           95         96              55.18",
     "五大连池市           95         96              55.18", "county table, row 五大连池市",
     "county amounts now sum to 307.81, 合计 says 305.81"),
    ("hlj-heihe-wuzhangai-2025", 4, "average_mismatch",
     "平均每县改造92户", "平均每县改造94户",
     "平均每县改造94户", "prose after the county table",
     "552户 / 6 = 92户, stated 94"),
    ("hlj-heihe-wuzhangai-2025", 5, "completion_mismatch",
     "552户   102.22%", "552户   101.22%",
     "552户   101.22%", "indicator table, row 改造户数",
     "552 / 540 = 102.22%, stated 101.22%"),
    ("hlj-heihe-wuzhangai-2025", 6, "conflicting_values",
     "全市项目全年预算318.20万元", "全市项目全年预算381.20万元",
     "全年预算381.20万元", "prose, 项目概况",
     "全年预算 is 318.20万元 in the funds table (row (2)), 381.20万元 here"),
]


def changed_region(old, new):
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return p, len(old) - s, len(new) - s  # region [p, old_end) in old, [p, new_end) in new


def main():
    labels = []
    problems = []
    for proj in PROJECTS:
        with open(os.path.join(CASES, proj + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": proj + "-clean.txt", "source": proj, "clean": True, "expected": []})
        for (p, n, code, old, new, value, where, expl) in EDITS:
            if p != proj:
                continue
            name = f"{proj}-e{n}.txt"
            if clean.count(old) != 1:
                problems.append(f"{name}: old occurs {clean.count(old)}x in clean draft")
                continue
            at = clean.index(old)
            text = clean[:at] + new + clean[at + len(old):]
            a, oe, ne = changed_region(old, new)
            if max(oe - a, ne - a) > 40 or ne <= a:
                problems.append(f"{name}: edit region too long or empty ({oe - a}/{ne - a})")
            if text.count(value) != 1:
                problems.append(f"{name}: value occurs {text.count(value)}x")
            else:
                vs = text.index(value)
                es, ee = at + a, at + ne
                if not (vs < ee and es < vs + len(value)):
                    problems.append(f"{name}: value does not overlap the edit")
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"built {len(labels)} cases ({len(EDITS)} with one injected error)")


if __name__ == "__main__":
    main()
