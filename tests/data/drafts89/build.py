#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Pure Python 3, no third-party packages.  Every error case is its clean draft with ONE
injected inconsistency.  An edit is a list of (old, new) replacements: one replacement
(a contiguous change of at most 16 characters inside one line), or, for score-table rows,
two replacements on adjacent lines.  `old` must occur exactly once in the clean draft.

The label value is either given literally (`value`) or as a span of the error case
(`span`: from the first occurrence of `start` to the end of the first occurrence of `end`
after it), used for sum / score-sum / weight-sum errors where the value runs from the
changed part to the total.

Usage: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "fengcheng-courtfunds-2021",
    "panshi-procuratorate-2022",
    "dalate-courtexec-2019",
    "tieling-intermediatecourt-2024",
    "yakeshi-procuratorate-2018",
]

# (project, n, code, [(old, new), ...], value | ("span", start, end), explanation)
EDITS = [
    # ---------------- fengcheng-courtfunds-2021 (Liaoning, basic court, 2021) ----------------
    ("fengcheng-courtfunds-2021", 1, "implausible_rate",
     [("资金到位率100%", "资金到位率115.48%")],
     "资金到位率115.48%",
     "到位率 recomputed on the 年初预算 420.00 instead of the 全年预算 485.00: 485.00/420.00 = 115.48%; "
     "到位 485.00 of 485.00 is 100%, a 到位率 cannot exceed 100%"),
    ("fengcheng-courtfunds-2021", 2, "sum_mismatch",
     [("其中：民商事案件｜2.57｜2.19", "其中：民商事案件｜2.75｜2.19")],
     ("span", "执行到位金额｜3.12｜2.68", "其中：民商事案件｜2.75"),
     "表四 2021 column: 2.75 + 0.34 + 0.21 = 3.30, stated total 3.12 (民商事 retyped; 3.12 - 0.34 - 0.21 = 2.57)"),
    ("fengcheng-courtfunds-2021", 3, "year_mismatch",
     [("评价年度：2021年度", "评价年度：2020年度")],
     "评价年度：2020年度",
     "last year's table header left in: the report, its funds and all figures are for 2021"),
    ("fengcheng-courtfunds-2021", 4, "score_exceeds_weight",
     [("97.08%｜8\n", "97.08%｜6.98\n"), ("99.21%｜6.98", "99.21%｜8")],
     "≥99.5%｜99.21%｜8",
     "scores of the two 质量指标 rows transposed: 审限内结案率 now scores 8 against its weight 7 "
     "(total still 99.11)"),
    ("fengcheng-courtfunds-2021", 5, "conflicting_values",
     [("九十九点一一分", "九十七点一一分")],
     "九十七点一一分",
     "the total in words (97.11) differs from the same total in digits, 99.11分, and from the table total 99.11"),
    ("fengcheng-courtfunds-2021", 6, "unit_mismatch",
     [("执行到位金额3.12亿元", "执行到位金额3.12万元")],
     "执行到位金额3.12万元",
     "执行到位金额 is 3.12亿元 (表四, 自评表; 16.42% growth on 2.68亿元); written with 万元 it is off by 10^4"),

    # ---------------- panshi-procuratorate-2022 (Jilin, county procuratorate, 2022) ----------------
    ("panshi-procuratorate-2022", 1, "rate_mismatch",
     [("资金到位率97.73%", "资金到位率97.37%")],
     "资金到位率97.37%",
     "到位 258.50 / 全年预算 264.50 = 97.73%, stated 97.37% (digits transposed)"),
    ("panshi-procuratorate-2022", 2, "balance_mismatch",
     [("年末结余11.14万元", "年末结余11.41万元")],
     "年末结余11.41万元",
     "结余 = 到位 258.50 - 支出 247.36 = 11.14, stated 11.41"),
    ("panshi-procuratorate-2022", 3, "average_mismatch",
     [("平均95.75分", "平均96.75分")],
     "平均96.75分",
     "(96.5 + 94.0 + 97.5 + 95.0) / 4 = 95.75, stated 96.75"),
    ("panshi-procuratorate-2022", 4, "completion_mismatch",
     [("88.28%\t103.86%", "88.28%\t103.28%")],
     "88.28%\t103.28%",
     "认罪认罚 适用率 88.28% against ≥85%: completion 88.28/85 = 103.86%; 103.28% adds the 3.28-point excess to 100"),
    ("panshi-procuratorate-2022", 5, "weight_sum_mismatch",
     [("成本指标\t10\t案均办案经费\t10", "成本指标\t10\t案均办案经费\t12")],
     "成本指标\t10\t案均办案经费\t12",
     "三级 weight 12 under the 二级 成本指标 10; 产出 三级 weights now sum to 52 (parent 50) and all weights to 102"),
    ("panshi-procuratorate-2022", 6, "score_sum_mismatch",
     [("83.33%\t8.33\t", "83.33%\t8.83\t")],
     ("span", "8.83\t多数问题", "97.48"),
     "row score edited without the total: 9.35 + 49.93 + 28.83 + 9.87 = 97.98, stated 97.48 (效益 rows 28.83 vs 28.33)"),

    # ---------------- dalate-courtexec-2019 (Inner Mongolia, banner court, 2019) ----------------
    ("dalate-courtexec-2019", 1, "sum_mismatch",
     [("执行查控及异地执行费 | 74.38", "执行查控及异地执行费 | 47.38")],
     ("span", "执行查控及异地执行费 | 47.38", "合计 | 455.36"),
     "表二 items now add to 428.36, stated 合计 455.36 (74.38 retyped as 47.38)"),
    ("dalate-courtexec-2019", 2, "unit_mismatch",
     [("悬赏公告及媒体曝光费8.64万元", "悬赏公告及媒体曝光费86400万元")],
     "86400万元",
     "the 元 figure 86,400元 written with 万元: 表二 gives 8.64万元; off by 10^4"),
    ("dalate-courtexec-2019", 3, "implausible_rate",
     [("当年财政拨款执行率87.58%", "当年财政拨款执行率115.00%")],
     "当年财政拨款执行率115.00%",
     "437.01 divided by the 年初 380.00 (115.00%) instead of the 全年 499.00 (87.58%); an execution rate over 100% "
     "is implausible when 执行 437.01 < 全年预算 499.00"),
    ("dalate-courtexec-2019", 4, "grade_mismatch",
     [("评价等级为“良好”", "评价等级为“优秀”")],
     "评价等级为“优秀”",
     "total 89.50 is in the 良 band (80 ≤ s < 90), stated 优秀"),
    ("dalate-courtexec-2019", 5, "conflicting_values",
     [("上年结转的18.35万元", "上年结转的18.53万元")],
     "上年结转的18.53万元",
     "上年结转资金 is 18.35万元 in the budget sentence and in 表一 (all three columns), stated 18.53 here"),
    ("dalate-courtexec-2019", 6, "year_mismatch",
     [("截至2019年12月31日，项目全年支出", "截至2018年12月31日，项目全年支出")],
     "截至2018年12月31日",
     "the 2019 spending figure is dated at the end of 2018; the evaluation year is 2019"),

    # ---------------- tieling-intermediatecourt-2024 (Liaoning, intermediate court, 2024) ----------------
    ("tieling-intermediatecourt-2024", 1, "rate_mismatch",
     [("市本级资金执行率97.46%", "市本级资金执行率93.44%")],
     "市本级资金执行率93.44%",
     "951.20 / 全年市本级 976.00 = 97.46%; 93.44% divides by the 年初 1018.00 before the 42.00 cut"),
    ("tieling-intermediatecourt-2024", 2, "score_exceeds_weight",
     [("｜质量指标｜结案率｜6｜", "｜质量指标｜结案率｜4｜"),
      ("｜质量指标｜审限内结案率｜4｜", "｜质量指标｜审限内结案率｜6｜")],
     "结案率｜4｜≥97%｜95.76%｜98.72%｜5.92",
     "weights of two adjacent 质量指标 rows transposed: 结案率 scores 5.92 against a weight of 4 "
     "(weights still 15, total still 98.34)"),
    ("tieling-intermediatecourt-2024", 3, "completion_mismatch",
     [("2178.35元/件｜96.40%", "2178.35元/件｜103.73%")],
     "2178.35元/件｜103.73%",
     "≤2100元 indicator missed: completion = 2100/2178.35 = 96.40%; 103.73% is actual/target, the gte formula"),
    ("tieling-intermediatecourt-2024", 4, "weight_sum_mismatch",
     [("效益指标30分、满意度指标10分，合计100分", "效益指标35分、满意度指标10分，合计100分")],
     "效益指标35分、满意度指标10分，合计100分",
     "10 + 50 + 35 + 10 = 105, stated 合计100分 (table and 二级 weights give 效益 30)"),
    ("tieling-intermediatecourt-2024", 5, "average_mismatch",
     [("三类平均37.43天", "三类平均36.85天")],
     "三类平均36.85天",
     "(32.5 + 41.2 + 38.6) / 3 = 37.43; 36.85 is the mean of 刑事 and 民事 only"),
    ("tieling-intermediatecourt-2024", 6, "balance_mismatch",
     [("结余92.56万元", "结余48.56万元")],
     "结余48.56万元",
     "结余 = 全年预算(=到位) 1312.00 - 支出 1219.44 = 92.56; 48.56 uses the 年初 1268.00"),

    # ---------------- yakeshi-procuratorate-2018 (Inner Mongolia, county-level procuratorate, 2018) ----------------
    ("yakeshi-procuratorate-2018", 1, "score_sum_mismatch",
     [("≥95%\t80%\t8.42", "≥95%\t80%\t8.24")],
     ("span", "8.24\n效益指标小计", "23.42"),
     "效益 rows 5 + 10 + 8.24 = 23.24, stated 小计 23.42 (row score retyped, subtotal and total left)"),
    ("yakeshi-procuratorate-2018", 2, "grade_mismatch",
     [("评价等级为优秀", "评价等级为良好")],
     "评价等级为良好",
     "total 90.23 is in the 优 band (≥ 90), stated 良好"),
    ("yakeshi-procuratorate-2018", 3, "sum_mismatch",
     [("司法鉴定及技术协助费\t21.36", "司法鉴定及技术协助费\t12.36")],
     ("span", "司法鉴定及技术协助费\t12.36", "合计\t219.87"),
     "表二 items now add to 210.87, stated 合计 219.87 (21.36 retyped as 12.36)"),
    ("yakeshi-procuratorate-2018", 4, "conflicting_values",
     [("全年公益诉讼立案37件", "全年公益诉讼立案31件")],
     "公益诉讼立案31件",
     "公益诉讼立案 is 37件 in 自评表 (actual of 公益诉讼立案数), stated 31件 in the text"),
    ("yakeshi-procuratorate-2018", 5, "unit_mismatch",
     [("≤10个工作日\t7个工作日", "≤10个工作日\t100%")],
     "≤10个工作日\t100%",
     "target in 工作日, actual given as a percentage: completion cannot be computed"),
    ("yakeshi-procuratorate-2018", 6, "rate_mismatch",
     [("批捕率74.46%", "批捕率74.64%")],
     "批捕率74.64%",
     "批准逮捕 172人 / 受理 231人 = 74.46%, stated 74.64%"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def apply(clean, reps):
    text = clean
    for old, new in reps:
        if clean.count(old) != 1:
            raise SystemExit(f"edit anchor not unique in clean draft ({clean.count(old)}x): {old!r}")
        text = text.replace(old, new, 1)
    return text


def value_of(text, spec):
    if isinstance(spec, str):
        return spec
    _, start, end = spec
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"span start not found: {start!r}")
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"span end not found: {end!r}")
    return text[i:j + len(end)]


def main():
    # remove stale error cases
    for name in os.listdir(CASES):
        if "-e" in name and name.endswith(".txt") and not name.endswith("-clean.txt"):
            os.remove(os.path.join(CASES, name))
    labels = []
    for proj in PROJECTS:
        clean = read(os.path.join(CASES, f"{proj}-clean.txt"))
        labels.append({"case": f"{proj}-clean.txt", "source": proj, "clean": True, "expected": []})
        for (p, n, code, reps, vspec, expl) in EDITS:
            if p != proj:
                continue
            text = apply(clean, reps)
            value = value_of(text, vspec)
            name = f"{proj}-e{n}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
