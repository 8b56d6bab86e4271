#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Every error case is its clean draft with exactly one injected inconsistency, made by the
replacement(s) listed in EDITS (each `old` must occur exactly once in the clean draft).
`value` is either the literal label value or a pair (start, end): the label value is then the
stretch of the error case from the first occurrence of `start` (which must contain the changed
figure) to the end of the next occurrence of `end` (the total the figure should add up to).

Pure Python 3, no third-party packages.  Usage:  python3 build.py
"""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "qihe-machinesubsidy-2023",
    "xinghua-scraprenewal-2024",
    "huaiyuan-graindryer-2021",
    "gaoan-machinerybureau-2018",
    "yushu-conservationtillage-2022",
    "helan-machinesafety-2020",
]

# kind "line": one contiguous change inside one line (<= 16 characters);
# kind "rows": a score-row edit touching two adjacent table rows (<= 16 characters per line).
EDITS = [
    # ---------------- 齐河 2023 农机购置与应用补贴 (Shandong) ----------------
    dict(case="qihe-machinesubsidy-2023-e1", code="sum_mismatch", kind="line",
         repl=[("| 2023年5月16日 | 845.00 |", "| 2023年5月16日 | 854.00 |")],
         value=("854.00 |", "| 合计 | | | 2517.60"),
         explanation="batch table: 1260.00 + 854.00 + 412.60 = 2526.60, the 合计 row (and the text) says 2517.60; "
                     "the second batch (845.00) was retyped"),
    dict(case="qihe-machinesubsidy-2023-e2", code="average_mismatch", kind="line",
         repl=[("| 71 | 386.25 | 5.44 |", "| 71 | 386.25 | 5.18 |")],
         value="386.25 | 5.18",
         explanation="台均补贴 of 玉米收获机: 386.25 / 71 = 5.44, stated 5.18 (last year's average left in)"),
    dict(case="qihe-machinesubsidy-2023-e3", code="unit_mismatch", kind="line",
         repl=[("报废拖拉机52台，兑付补贴68.40万元", "报废拖拉机52台，兑付补贴684000万元")],
         value="684000万元",
         explanation="a 元 figure labelled 万元: 684000元 = 68.40万元; only then do 68.40 + 72.00 make the "
                     "报废更新补贴 140.40万元"),
    dict(case="qihe-machinesubsidy-2023-e4", code="score_sum_mismatch", kind="line",
         repl=[("产出指标得49.56分", "产出指标得49.65分")],
         value=("产出指标得49.65分", "综合自评得分98.96分"),
         explanation="9.61 + 49.65 + 29.79 + 10 = 99.05, stated total 98.96 (the 产出 rows of the table sum to 49.56)"),
    dict(case="qihe-machinesubsidy-2023-e5", code="year_mismatch", kind="line",
         repl=[("项目支出绩效自评表\n（2023年度）", "项目支出绩效自评表\n（2022年度）")],
         value="（2022年度）",
         explanation="the 2023 report's 自评表 is headed 2022年度 (last year's table header left in)"),

    # ---------------- 兴化 2024 农机报废更新补贴 (Jiangsu) ----------------
    dict(case="xinghua-scraprenewal-2024-e1", code="implausible_rate", kind="line",
         repl=[("当年兑付180.00万元，执行率100%", "当年兑付194.40万元，执行率108%")],
         value="194.40万元，执行率108%",
         explanation="省级资金 180.00万元, stated paid 194.40万元 = 108%: spending above the money issued, "
                     "execution rate over 100%"),
    dict(case="xinghua-scraprenewal-2024-e2", code="rate_mismatch", kind="line",
         repl=[("占全年预算的7.26%", "占全年预算的7.45%")],
         value="占全年预算的7.45%",
         explanation="108.78 / 1498.62 = 7.26%; 7.45% is 108.78 / 1460.00 (当年下达 only, wrong base)"),
    dict(case="xinghua-scraprenewal-2024-e3", code="conflicting_values", kind="line",
         repl=[("| ≥15% | 17.6% |", "| ≥15% | 16.7% |")],
         value="16.7%",
         explanation="作业效率提升 is 17.6% in the text (四（四）1.) but 16.7% in the 自评表 (digits swapped)"),
    dict(case="xinghua-scraprenewal-2024-e4", code="weight_sum_mismatch", kind="line",
         repl=[("| 1.11万元 | 10 | 10 |", "| 1.11万元 | 15 | 10 |")],
         value=("15 | 10 |", "| 总分 | | | | | 100"),
         explanation="成本指标 weight 10 typed as 15: weights now total 105 (产出 rows 55), stated 100"),
    dict(case="xinghua-scraprenewal-2024-e5", code="grade_mismatch", kind="line",
         repl=[("综合得分89.90分，评价等级为“良”", "综合得分89.90分，评价等级为“优”")],
         value="评价等级为“优”",
         explanation="89.90 is in the 良 band (80 ≤ s < 90); rounded up to 90 in the writer's head"),

    # ---------------- 怀远 2021 粮食产地烘干 (Anhui) ----------------
    dict(case="huaiyuan-graindryer-2021-e1", code="balance_mismatch", kind="line",
         repl=[("年末结余75.86万元", "年末结余78.56万元")],
         value="78.56万元",
         explanation="492.50 - 416.64 = 75.86, stated 78.56"),
    dict(case="huaiyuan-graindryer-2021-e2", code="sum_mismatch", kind="line",
         repl=[("项目工作经费8.64万元", "项目工作经费6.84万元")],
         value=("416.64万元，其中烘干中心建设补助", "项目工作经费6.84万元"),
         explanation="330.00 + 78.00 + 6.84 = 414.84, stated total 416.64 (工作经费 8.64 retyped)"),
    dict(case="huaiyuan-graindryer-2021-e3", code="completion_mismatch", kind="line",
         repl=[("| 165天 | 100.00% |", "| 165天 | 109.09% |")],
         value="165天 | 109.09%",
         explanation="≤180天 met with 165天: completion 100%; 109.09% is 180/165, the lower-is-better target "
                     "divided the wrong way round"),
    dict(case="huaiyuan-graindryer-2021-e4", code="score_exceeds_weight", kind="rows",
         repl=[("| 104.00% | 10 | 10 |", "| 104.00% | 10 | 5 |"),
               ("| 109.29% | 5 | 5 |", "| 109.29% | 5 | 10 |")],
         value="109.29% | 5 | 10",
         explanation="scores of two adjacent rows pasted one row off: 新增批处理能力 scored 10 against a weight of 5 "
                     "(the total still reads 96.63)"),
    dict(case="huaiyuan-graindryer-2021-e5", code="year_mismatch", kind="line",
         repl=[("2021年4月12日由蚌埠市财政局转发下达", "2020年4月12日由蚌埠市财政局转发下达")],
         value="2020年4月12日",
         explanation="2021 funds (蚌财农〔2021〕63号) said to be issued in April 2020, a year before the evaluation "
                     "year and not as a December advance"),

    # ---------------- 高安 2018 农机局部门整体支出 (Jiangxi) ----------------
    dict(case="gaoan-machinerybureau-2018-e1", code="implausible_rate", kind="line",
         repl=[("| 其他资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
                "| 其他资金 | 0.00 | 0.00 | 0.00 | — | 100% | — |")],
         value="0.00 | — | 100%",
         explanation="执行率 100% printed on a 0.00 budget (其他资金 row): rate on a zero base"),
    dict(case="gaoan-machinerybureau-2018-e2", code="rate_mismatch", kind="line",
         repl=[("购置补贴资金执行率93.95%", "购置补贴资金执行率99.53%")],
         value="购置补贴资金执行率99.53%",
         explanation="1612.46 / 1716.34 = 93.95%; 99.53% is 1612.46 / 1620.00 (the carry-over left out of the base)"),
    dict(case="gaoan-machinerybureau-2018-e3", code="year_mismatch", kind="line",
         repl=[("截至2018年12月31日，全年支出", "截至2017年12月31日，全年支出")],
         value="截至2017年12月31日",
         explanation="the 2018 spending is dated 截至2017年12月31日 (last year's sentence left in)"),
    dict(case="gaoan-machinerybureau-2018-e4", code="average_mismatch", kind="line",
         repl=[("人均人员经费14.86万元", "人均人员经费13.92万元")],
         value="人均人员经费13.92万元",
         explanation="386.42 / 26 = 14.86, stated 13.92 (the 2017 figure)"),

    # ---------------- 榆树 2022 保护性耕作 (Jilin) ----------------
    dict(case="yushu-conservationtillage-2022-e1", code="completion_mismatch", kind="line",
         repl=[("| 56元 | 112.00% |", "| 56元 | 12.00% |")],
         value="56元 | 12.00%",
         explanation="56 / 50 = 112.00%; 12.00% is the deviation (56 - 50) / 50, written in the 完成率 column"),
    dict(case="yushu-conservationtillage-2022-e2", code="unit_mismatch", kind="line",
         repl=[("| 120万亩 | 126.80万亩 | 105.67% |", "| 120万亩 | 105.67% | 105.67% |")],
         value="120万亩 | 105.67%",
         explanation="业绩值 given as a percentage (105.67%) against a 万亩 target"),
    dict(case="yushu-conservationtillage-2022-e3", code="score_sum_mismatch", kind="line",
         repl=[("| 80.00% | 10 | 8.00 |", "| 80.00% | 10 | 9.00 |")],
         value=("9.00 | 春季降水偏多", "| 合计 | | | | | | | 100 | 97.72"),
         explanation="row score raised to 9.00 without the total: rows now sum to 98.72, 合计 says 97.72"),
    dict(case="yushu-conservationtillage-2022-e4", code="conflicting_values", kind="line",
         repl=[("平均秸秆覆盖还田率35.2%", "平均秸秆覆盖还田率32.5%")],
         value="秸秆覆盖还田率32.5%",
         explanation="the text gives 32.5%, the 自评表 35.2% (completion 117.33% = 35.2/30) for the same indicator"),
    dict(case="yushu-conservationtillage-2022-e5", code="rate_mismatch", kind="line",
         repl=[("| (7)=(4)/(2) | 97.19 | 97.09 | 100 |", "| (7)=(4)/(2) | 97.19 | 97.19 | 100 |")],
         value="(7)=(4)/(2) | 97.19 | 97.19",
         explanation="中央资金 column: 5000.00 / 5150.00 = 97.09%, the total column's 97.19 copied across"),

    # ---------------- 贺兰 2020 农机安全生产及免费管理 (Ningxia) ----------------
    dict(case="helan-machinesafety-2020-e1", code="balance_mismatch", kind="line",
         repl=[("项目结余1.82万元", "项目结余2.82万元")],
         value="项目结余2.82万元",
         explanation="45.56 - 43.74 = 1.82, stated 2.82 (subtraction slip)"),
    dict(case="helan-machinesafety-2020-e2", code="grade_mismatch", kind="line",
         repl=[("评价等级为优秀", "评价等级为良好")],
         value="评价等级为良好",
         explanation="95.55 is in the 优 band; last year's grade left in"),
    dict(case="helan-machinesafety-2020-e3", code="weight_sum_mismatch", kind="line",
         repl=[("| 43.74 | 10 | 96.01% |", "| 43.74 | 20 | 96.01% |")],
         value=("20 | 96.01% | 9.60 |", "| 总分 | | | | | 100"),
         explanation="budget-execution weight entered as 20 (Hubei-style template): weights total 110, stated 100"),
    dict(case="helan-machinesafety-2020-e4", code="score_exceeds_weight", kind="rows",
         repl=[("| 3170台 | 10 | 8.34 |", "| 3170台 | 10 | 5 |"),
               ("| 11500份 | 5 | 5 |", "| 11500份 | 5 | 8.34 |")],
         value="11500份 | 5 | 8.34",
         explanation="scores of two adjacent rows swapped: 宣传资料 row scored 8.34 against a weight of 5 "
                     "(the total still reads 95.55)"),
    dict(case="helan-machinesafety-2020-e5", code="unit_mismatch", kind="line",
         repl=[("| 安全宣传 | | | 3.86 |", "| 安全宣传 | | | 38600.00 |")],
         value="38600.00",
         explanation="安全宣传 entered in 元 (38600.00) in a 万元 column; as 3.86万元 the items add up to 43.74"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    if i < 0:
        raise SystemExit("value start not found: %r" % start)
    j = text.find(end, i)
    if j < 0:
        raise SystemExit("value end not found: %r" % end)
    return text[i:j + len(end)]


def source_of(case):
    return case.rsplit("-e", 1)[0]


def main():
    for old in glob.glob(os.path.join(CASES, "*-e*.txt")):
        os.remove(old)
    labels = []
    for pid in PROJECTS:
        clean_name = pid + "-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for ed in [e for e in EDITS if source_of(e["case"]) == pid]:
            text = clean
            for old, new in ed["repl"]:
                if clean.count(old) != 1:
                    raise SystemExit("%s: edit target occurs %d times: %r" % (ed["case"], clean.count(old), old))
                text = text.replace(old, new)
            value = resolve_value(text, ed["value"])
            if text.count(value) != 1 or clean.count(value) != 0:
                raise SystemExit("%s: value occurs %d times in case, %d in clean: %r"
                                 % (ed["case"], text.count(value), clean.count(value), value))
            write(os.path.join(CASES, ed["case"] + ".txt"), text)
            labels.append({"case": ed["case"] + ".txt", "source": pid, "clean": False,
                           "expected": [{"code": ed["code"], "severity": "error", "value": value,
                                         "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d clean, %d with one error)" % (len(labels), len(PROJECTS), len(EDITS)))


if __name__ == "__main__":
    main()
