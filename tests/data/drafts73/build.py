#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

The clean drafts (cases/<id>-clean.txt) are the only hand-written texts. Every error case is the clean
draft with the edits listed in EDITS applied: each edit is (old, new) where `old` occurs exactly once in
the clean draft. The changed core of each edit (after dropping the common prefix/suffix) is at most 16
characters and stays within one line; score/weight-row cases may use two edits on adjacent table rows.

In the strings below "¦" stands for a TAB (the tables in the drafts are tab-separated).

value: a literal (exact substring of the error case), or ("span", first, last): the substring of the error
case from the first occurrence of `first` to the end of the first occurrence of `last` after it. This is
used for sum / score-sum / weight-sum labels, whose value runs from the changed part to the total.

Pure Python 3, no third-party packages.  Usage:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")


def t(s):
    return s.replace("¦", "\t")


PROJECTS = [
    "yangpu-homecare-2020",
    "hexi-legaladviser-2023",
    "gusu-socialwork-2022",
    "jinshan-correctionsw-2018",
    "tianning-eldermeal-2024",
]

# (project, n, code, [(old, new), ...], value, explanation)
EDITS = [
    # ---------------- yangpu-homecare-2020 (上海 杨浦区民政局, 居家养老上门服务) ----------------
    ("yangpu-homecare-2020", 1, "rate_mismatch",
     [("¦920.00¦910.16¦98.93%", "¦920.00¦910.16¦95.34%")],
     "95.34%",
     "购买居家养老上门服务 row: 910.16/920.00 = 98.93%; 95.34% is 910.16 divided by the whole-project budget 954.60 (wrong base)"),
    ("yangpu-homecare-2020", 2, "sum_mismatch",
     [("其中区级财政资金834.60万元", "其中区级财政资金843.60万元")],
     "954.60万元，其中区级财政资金843.60万元",
     "843.60 + 120.00 = 963.60, stated total 954.60 (834.60 retyped with two digits swapped)"),
    ("yangpu-homecare-2020", 3, "score_sum_mismatch",
     [("¦10¦9.85¦记录填写不规范", "¦10¦9.58¦记录填写不规范")],
     ("span", "9.58", "¦100¦98.95"),
     "row scores now add up to 98.68 while the 合计 row (and the text) still read 98.95: the 质量指标 score was changed to 9.58 without updating the total"),
    ("yangpu-homecare-2020", 4, "unit_mismatch",
     [("包件一扣减尾款7.20万元", "包件一扣减尾款72000万元")],
     "72000万元",
     "the 7.20万元 deduction (72000元, 1440小时×50元) written with the unit 万元: 72000万元 + 2.64万元 ≠ 9.84万元; rescaling by 10^4 reconciles it"),
    ("yangpu-homecare-2020", 5, "year_mismatch",
     [("截至2020年12月31日", "截至2019年12月31日")],
     "截至2019年12月31日",
     "2020 report: the full-year spending 944.76万元 is dated at the end of 2019 (last year's sentence left in)"),
    ("yangpu-homecare-2020", 6, "average_mismatch",
     [("平均服务对象155人", "平均服务对象165人")],
     "平均服务对象165人",
     "the 12 street rows add up to 1860 persons: 1860/12 = 155, stated 165"),

    # ---------------- hexi-legaladviser-2023 (天津 河西区司法局, 社区法律顾问) ----------------
    ("hexi-legaladviser-2023", 1, "balance_mismatch",
     [("年末结余2.40万元", "年末结余2.04万元")],
     "结余2.04万元",
     "到位 150.00 − 执行 147.60 = 2.40, stated 2.04 (digits swapped)"),
    ("hexi-legaladviser-2023", 2, "score_exceeds_weight",
     [("¦105.11%¦15¦15", "¦105.11%¦15¦14.00"), ("¦106.69%¦15¦15", "¦106.69%¦15¦16.00")],
     t("居民法律咨询人次¦≥11000人次¦11736人次¦106.69%¦15¦16.00"),
     "score 16.00 above its weight 15 (106.69% over-achievement scored proportionally without the cap); the 调解 row above was lowered to 14.00 so the totals 87.39/97.23 still hold"),
    ("hexi-legaladviser-2023", 3, "weight_sum_mismatch",
     [("产出指标50分", "产出指标55分")],
     "100分，其中预算执行率10分、产出指标55分",
     "10 + 55 + 30 + 10 = 105, stated full marks 100 (the 产出 rows of the table weigh 50)"),
    ("hexi-legaladviser-2023", 4, "conflicting_values",
     [("共培训“法律明白人”486人", "共培训“法律明白人”468人")],
     "共培训“法律明白人”468人",
     "the 自评表 gives 486人 (81.00% of 600) for the same training count; the text says 468"),
    ("hexi-legaladviser-2023", 5, "implausible_rate",
     [("上年结转资金¦0.00¦0.00¦0.00¦—¦—¦—", "上年结转资金¦0.00¦0.00¦0.00¦—¦100%¦—")],
     t("上年结转资金¦0.00¦0.00¦0.00¦—¦100%"),
     "an execution rate of 100% on a 0.00 上年结转 budget (rate on a zero base; should be —)"),
    ("hexi-legaladviser-2023", 6, "completion_mismatch",
     [("¦94.60%¦105.11%¦", "¦94.60%¦94.60%¦")],
     t("94.60%¦94.60%"),
     "调解成功率: 94.60/90 = 105.11%; the actual value was copied into the 完成率 column"),

    # ---------------- gusu-socialwork-2022 (江苏 苏州姑苏区民政局, 社工站) ----------------
    ("gusu-socialwork-2022", 1, "rate_mismatch",
     [("到位率98.39%", "到位率98.93%")],
     "到位率98.93%",
     "到位 329.60 / 全年预算 335.00 = 98.39%, stated 98.93% (digits swapped)"),
    ("gusu-socialwork-2022", 2, "sum_mismatch",
     [("¦22¦4210¦86.5", "¦22¦4120¦86.5")],
     ("span", "4120", "¦47740"),
     "服务人次 column: 7120+6480+6950+4120+5380+4860+7640+5100 = 47650, 合计 row says 47740 (金阊 4210 retyped as 4120)"),
    ("gusu-socialwork-2022", 3, "grade_mismatch",
     [("评价等级为良好", "评价等级为优秀")],
     "评价等级为优秀",
     "total 89.21 is in the 良 band (80 ≤ s < 90), stated 优秀"),
    ("gusu-socialwork-2022", 4, "average_mismatch",
     [("平均91.31分", "平均91.50分")],
     "平均91.50分",
     "(94.5+92.0+93.5+86.5+91.0+88.0+95.0+90.0)/8 = 91.31; 91.50 is the mean of only the first seven stations"),
    ("gusu-socialwork-2022", 5, "unit_mismatch",
     [("¦≥160个¦173个¦", "¦≥160个¦108.13%¦")],
     t("≥160个¦108.13%"),
     "个案服务数: target in 个, actual given as a percentage (the completion rate typed into 实际完成值)"),
    ("gusu-socialwork-2022", 6, "year_mismatch",
     [("附件：2022年度项目支出绩效自评表", "附件：2021年度项目支出绩效自评表")],
     "附件：2021年度项目支出绩效自评表",
     "2022 report whose attached 自评表 is titled 2021 (last year's template)"),

    # ---------------- jinshan-correctionsw-2018 (上海 金山区司法局, 社区矫正社工) ----------------
    ("jinshan-correctionsw-2018", 1, "balance_mismatch",
     [("结余10.71万元，均为合同扣减资金", "结余9.35万元，均为合同扣减资金")],
     "结余9.35万元",
     "445.00 − 434.29 = 10.71; 9.35 is only the 社工岗位 deduction (心理矫治 1.36 left out)"),
    ("jinshan-correctionsw-2018", 2, "score_sum_mismatch",
     [("产出指标得分49.22分", "产出指标得分48.22分")],
     "98.58分，其中预算执行率得分9.76分，产出指标得分48.22分",
     "9.76 + 48.22 + 29.77 + 9.83 = 97.58, stated 98.58"),
    ("jinshan-correctionsw-2018", 3, "score_exceeds_weight",
     [("¦10¦9.96¦社工离职补员间隔", "¦10¦4.81¦社工离职补员间隔"),
      ("¦5¦4.81¦节假日前后报到集中", "¦5¦9.96¦节假日前后报到集中")],
     t("首次谈话及时率¦100%¦96.23%¦96.23%¦5¦9.96"),
     "score 9.96 above its weight 5: the scores of two adjacent rows were swapped (the total 98.58 is unchanged)"),
    ("jinshan-correctionsw-2018", 4, "weight_sum_mismatch",
     [("¦68.42%¦97.74%¦10¦9.77", "¦68.42%¦97.74%¦15¦9.77")],
     ("span", "15¦9.77", "合计¦—¦—¦—¦—¦—¦100"),
     "weights now add up to 105 while the 合计 row says 100 (社工持证率 weight raised from 10 to 15)"),
    ("jinshan-correctionsw-2018", 5, "conflicting_values",
     [("全年组织集中教育学习142场次", "全年组织集中教育学习124场次")],
     "集中教育学习124场次",
     "the 司法所 table and the 自评表 give 142场次 for the same year's 集中教育学习"),
    ("jinshan-correctionsw-2018", 6, "completion_mismatch",
     [("¦0.10%¦100%¦", "¦0.10%¦50.00%¦")],
     t("0.10%¦50.00%"),
     "再犯罪率 ≤0.20% met at 0.10%: completion 100%; 50.00% is actual/target of a reverse indicator"),

    # ---------------- tianning-eldermeal-2024 (江苏 常州天宁区民政局, 老年助餐) ----------------
    ("tianning-eldermeal-2024", 1, "grade_mismatch",
     [("评价等级为“优”", "评价等级为“良”")],
     "评价等级为“良”",
     "total 93.82 is in the 优 band (≥ 90)"),
    ("tianning-eldermeal-2024", 2, "implausible_rate",
     [("实际支出15.63万元，执行率86.83%", "实际支出19.35万元，执行率107.50%")],
     "19.35万元，执行率107.50%",
     "送餐上门: 19.35 spent of an 18.00 budget, execution rate 107.50% (over 100%)"),
    ("tianning-eldermeal-2024", 3, "sum_mismatch",
     [("包件二121300餐", "包件二112300餐")],
     "354225餐，其中包件一148650餐、包件二112300餐",
     "148650 + 112300 + 84275 = 345225, stated total 354225 (121300 retyped)"),
    ("tianning-eldermeal-2024", 4, "conflicting_values",
     [("满意度为85.60%", "满意度为86.50%")],
     "满意度为86.50%",
     "the 自评表 gives 老年人满意度 85.60% (scored 9.51); the text says 86.50%"),
    ("tianning-eldermeal-2024", 5, "year_mismatch",
     [("2024年，区财政安排", "2023年，区财政安排")],
     "2023年，区财政安排项目年初预算",
     "2024 report: the budget sentence names 2023 as the budget year (last year's sentence left in)"),
    ("tianning-eldermeal-2024", 6, "completion_mismatch",
     [("完成年度目标的98.40%", "完成年度目标的98.04%")],
     "完成年度目标的98.04%",
     "354225/360000 = 98.40%, stated 98.04%"),
]


def resolve_value(text, spec):
    if isinstance(spec, tuple):
        _, first, last = spec
        first, last = t(first), t(last)
        i = text.find(first)
        if i < 0:
            raise SystemExit("value start not found: %r" % first)
        j = text.find(last, i)
        if j < 0:
            raise SystemExit("value end not found: %r" % last)
        return text[i:j + len(last)]
    return t(spec)


def main():
    clean = {}
    for p in PROJECTS:
        with open(os.path.join(CASES, p + "-clean.txt"), encoding="utf-8") as fh:
            clean[p] = fh.read()
    labels = {p: [] for p in PROJECTS}
    for p in PROJECTS:
        labels[p].append({"case": p + "-clean.txt", "source": p, "clean": True, "expected": []})
    for proj, n, code, edits, vspec, expl in EDITS:
        text = clean[proj]
        for old, new in edits:
            old, new = t(old), t(new)
            if text.count(old) != 1:
                raise SystemExit("%s-e%d: edit anchor occurs %d times: %r" % (proj, n, text.count(old), old))
            text = text.replace(old, new)
        name = "%s-e%d.txt" % (proj, n)
        with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        value = resolve_value(text, vspec)
        labels[proj].append({"case": name, "source": proj, "clean": False,
                             "expected": [{"code": code, "severity": "error", "value": value,
                                           "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for p in PROJECTS:
            for rec in labels[p]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d error cases, %d labels" % (len(EDITS), sum(len(v) for v in labels.values())))


if __name__ == "__main__":
    main()
