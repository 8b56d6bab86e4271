#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts in cases/.

Every error case is its clean draft with exactly one injected inconsistency.  An edit is a
list of (old, new) replacements; each `old` must occur exactly once in the clean draft.  Score-row
edits may touch two adjacent rows; every other edit is one contiguous change inside one line.
`value` is either a literal substring of the error case or a pair (start, end): the span from the
first occurrence of `start` to the end of the first `end` after it (used for sums/totals).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "shangyu-foodsampling-2022",
    "suixi-foodsampling-2020",
    "siyang-foodsampling-2019",
    "putuo-seafoodsampling-2024",
    "tongcheng-foodsampling-2023",
]

# (project, n, code, [(old, new), ...], value, explanation)
EDITS = [
    # ---- 绍兴市上虞区 2022 -------------------------------------------------------------
    ("shangyu-foodsampling-2022", 1, "rate_mismatch",
     [("餐饮食品｜200｜212｜9｜95.75%", "餐饮食品｜200｜212｜9｜95.50%")],
     "餐饮食品｜200｜212｜9｜95.50%",
     "餐饮食品 合格率 = (212-9)/212 = 95.75%; 95.50% is (200-9)/200, recomputed on the planned batches instead of the completed ones"),
    ("shangyu-foodsampling-2022", 2, "score_sum_mismatch",
     [("｜96.77%｜8｜7.74｜", "｜96.77%｜8｜7.47｜")],
     ("7.47｜1批次外省", "总分｜｜｜｜｜100｜98.89"),
     "核查处置率 row retyped 7.74 -> 7.47 without updating the total: 9.15 + 49.47 + 30 + 10 = 98.62, stated 98.89"),
    ("shangyu-foodsampling-2022", 3, "unit_mismatch",
     [("尾款184,800元", "尾款184,800万元")],
     "尾款184,800万元",
     "标段二 尾款 is 184,800元 (696,000 - 511,200; 18.48万元 carried forward); written with the unit 万元 it is off by 10^4"),
    ("shangyu-foodsampling-2022", 4, "year_mismatch",
     [("已按规定结转至2023年", "已按规定结转至2022年")],
     "结转至2022年",
     "unspent 2022 money (标段二尾款 18.48万元) is carried to 2022 itself; it must go to 2023"),
    ("shangyu-foodsampling-2022", 5, "completion_mismatch",
     [("监督抽检合格率｜≥97%｜97.93%｜100.96%", "监督抽检合格率｜≥97%｜97.93%｜97.93%")],
     "监督抽检合格率｜≥97%｜97.93%｜97.93%",
     "completion = 97.93/97 = 100.96%; the actual value was copied into the 完成率 column"),
    ("shangyu-foodsampling-2022", 6, "conflicting_values",
     [("省级补助资金24.60万元全部用于", "省级补助资金26.40万元全部用于")],
     "省级补助资金26.40万元",
     "the provincial subsidy is 24.60万元 in the budget breakdown (180.00 + 24.60 + 12.35 = 216.95) and in 当年财政拨款 204.60; restated as 26.40万元"),
    # ---- 濉溪县 2020 ------------------------------------------------------------------
    ("suixi-foodsampling-2020", 1, "balance_mismatch",
     [("全年结余资金9.12万元", "全年结余资金9.21万元")],
     "结余资金9.21万元",
     "到位 105.50 - 执行 96.38 = 9.12 (县级 85.00 - 75.88 = 9.12); stated 9.21"),
    ("suixi-foodsampling-2020", 2, "weight_sum_mismatch",
     [("监督抽检合格率\t10\t≥98%", "监督抽检合格率\t15\t≥98%")],
     ("监督抽检合格率\t15", "合计\t\t\t100"),
     "weights now add up to 105 (效益 35) while the 合计 row says 100"),
    ("suixi-foodsampling-2020", 3, "grade_mismatch",
     [("评价等级为良好（上年", "评价等级为优秀（上年")],
     "评价等级为优秀",
     "total 89.62 is in the 良 band (80 <= s < 90); 优秀 needs 90"),
    ("suixi-foodsampling-2020", 4, "average_mismatch",
     [("平均每个快检室完成1,920批次", "平均每个快检室完成2,400批次")],
     "平均每个快检室完成2,400批次",
     "(2460 + 1985 + 1736 + 1604 + 1815) / 5 = 1920; 2400 is 9600 divided by 4 rooms"),
    ("suixi-foodsampling-2020", 5, "implausible_rate",
     [("(6)=(4)/(2)\t91.36\t100\t100\t0\t89.27", "(6)=(4)/(2)\t91.36\t100\t100\t100\t89.27")],
     "预算执行率(%)\t(6)=(4)/(2)\t91.36\t100\t100\t100",
     "市级 column: 全年预算 0, 执行 0 -> an execution rate of 100 on a zero base (the clean draft prints 0 there)"),
    ("suixi-foodsampling-2020", 6, "sum_mismatch",
     [("蔬菜\t220\t226", "蔬菜\t240\t226")],
     ("蔬菜\t240", "合计\t880"),
     "计划批次 column now sums to 900 (蔬菜 240, last year's plan), 合计 says 880"),
    # ---- 泗阳县 2019 ------------------------------------------------------------------
    ("siyang-foodsampling-2019", 1, "rate_mismatch",
     [("全年实际到位资金129.00万元，到位率100%", "全年实际到位资金129.00万元，到位率95.56%")],
     "到位率95.56%",
     "到位 129.00 / 全年预算 129.00 = 100%; 95.56% divides by the 年初预算 135.00"),
    ("siyang-foodsampling-2019", 2, "score_exceeds_weight",
     [("｜5640批次｜5｜4.70｜", "｜5640批次｜5｜10｜"),
      ("｜=100%｜100%｜10｜10｜—\n产出指标｜时效指标", "｜=100%｜100%｜10｜4.70｜—\n产出指标｜时效指标")],
     "食用农产品快检批次｜≥6000批次｜5640批次｜5｜10",
     "scores of two adjacent rows swapped: 快检 row scores 10 against a weight of 5 (total unchanged)"),
    ("siyang-foodsampling-2019", 3, "score_sum_mismatch",
     [("96.40%｜10｜9.84｜", "96.40%｜10｜9.48｜")],
     ("9.48｜跨县", "总分｜｜｜｜｜100｜99.34"),
     "row 9.84 retyped 9.48: 9.80 + 49.70 + 29.48 + 10 = 98.98, stated 99.34"),
    ("siyang-foodsampling-2019", 4, "year_mismatch",
     [("截至2019年12月31日", "截至2018年12月31日")],
     "截至2018年12月31日",
     "the 2019 execution figure is dated to the end of 2018"),
    ("siyang-foodsampling-2019", 5, "completion_mismatch",
     [("（1,200批次）的103.00%", "（1,200批次）的97.09%")],
     "完成年度目标任务（1,200批次）的97.09%",
     "1236 / 1200 = 103.00%; 97.09% is the inverse ratio 1200/1236"),
    ("siyang-foodsampling-2019", 6, "unit_mismatch",
     [("≥1200批次｜1236批次", "≥1200批次｜103%")],
     "≥1200批次｜103%",
     "target in 批次, actual given as a percentage (the completion rate typed into 实际完成值)"),
    # ---- 舟山市普陀区 2024 ------------------------------------------------------------
    ("putuo-seafoodsampling-2024", 1, "sum_mismatch",
     [("| 评价性抽检 | 20.00 | 20.00 |", "| 评价性抽检 | 22.00 | 20.00 |")],
     ("| 评价性抽检 | 22.00", "| 合计 | 118.00"),
     "年初预算 column: 67.20 + 21.60 + 22.00 + 9.20 + 0.00 = 120.00, 合计 118.00 (last year's 22.00 left in)"),
    ("putuo-seafoodsampling-2024", 2, "grade_mismatch",
     [("评价等级为优（上年为良）", "评价等级为良（上年为良）")],
     "评价等级为良",
     "total 98.73 is in the 优 band; last year's grade 良 was left in"),
    ("putuo-seafoodsampling-2024", 3, "implausible_rate",
     [("| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — |", "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100% |")],
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100% |",
     "上年结转资金 budget 0.00: an execution rate of 100% on a zero base"),
    ("putuo-seafoodsampling-2024", 4, "weight_sum_mismatch",
     [("| 抽检覆盖水产品主要品类 | ≥7类 | 8类 | 6 | 6 |", "| 抽检覆盖水产品主要品类 | ≥7类 | 8类 | 8 | 6 |")],
     ("| 抽检覆盖水产品主要品类 | ≥7类 | 8类 | 8", "| 产出指标小计 | | | | | 60"),
     "产出 third-level weights now add up to 62 against the 小计 60 (all weights 102)"),
    ("putuo-seafoodsampling-2024", 5, "conflicting_values",
     [("渔港码头快检8,642批次。", "渔港码头快检8,462批次。")],
     "渔港码头快检8,462批次",
     "快检 batches are 8,642 in the body (96.02% of 9,000) and in the table; the conclusion says 8,462"),
    ("putuo-seafoodsampling-2024", 6, "balance_mismatch",
     [("未执行的5.34万元", "未执行的5.43万元")],
     "未执行的5.43万元",
     "126.80 - 121.46 = 5.34 (also 216,000 - 162,600 = 53,400元 尾款); stated 5.43"),
    # ---- 桐城市 2023 ------------------------------------------------------------------
    ("tongcheng-foodsampling-2023", 1, "rate_mismatch",
     [("｜16.40｜15.62｜95.24%", "｜16.40｜15.62｜95.42%")],
     "农贸市场快检｜16.40｜15.62｜95.42%",
     "15.62 / 16.40 = 95.24%; stated 95.42%"),
    ("tongcheng-foodsampling-2023", 2, "sum_mismatch",
     [("年初预算142.60万元", "年初预算124.60万元")],
     "158.60万元（年初预算124.60万元",
     "124.60 + 16.00 = 140.60, not the 158.60 stated (142.60 retyped)"),
    ("tongcheng-foodsampling-2023", 3, "score_exceeds_weight",
     [("批次｜≥300批次｜300批次｜100.00%｜5｜5", "批次｜≥300批次｜300批次｜100.00%｜3｜5"),
      ("｜12480批次｜104.00%｜5｜5", "｜12480批次｜104.00%｜7｜5")],
     "评价性抽检及风险监测批次｜≥300批次｜300批次｜100.00%｜3｜5",
     "weights of two adjacent rows rebalanced (5/5 -> 3/7) but the scores kept: score 5 above weight 3"),
    ("tongcheng-foodsampling-2023", 4, "average_mismatch",
     [("平均满意度94.93%", "平均满意度95.60%")],
     "平均满意度95.60%",
     "(92.40 + 95.60 + 96.80) / 3 = 94.93%; 95.60% is the middle group's value"),
    ("tongcheng-foodsampling-2023", 5, "conflicting_values",
     [("对23批次不合格食品", "对32批次不合格食品")],
     "对32批次不合格食品",
     "the category table gives 23 unqualified batches (合计 row); the disposal paragraph says 32"),
    ("tongcheng-foodsampling-2023", 6, "completion_mismatch",
     [("≤900元｜840元｜100.00%", "≤900元｜840元｜93.33%")],
     "≤900元｜840元｜93.33%",
     "a ≤ target met (840 <= 900) completes at 100%; 93.33% is 840/900"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def apply(clean, pairs):
    text = clean
    for old, new in pairs:
        if clean.count(old) != 1:
            raise SystemExit("edit anchor not unique in clean draft: %r (%d)" % (old, clean.count(old)))
        text = text.replace(old, new, 1)
    return text


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


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = pid + "-clean.txt"
        clean = read(clean_name)
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, pairs, value, expl) in EDITS:
            if p != pid:
                continue
            text = apply(clean, pairs)
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value),
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d cases (%d clean, %d with an error)" % (
        len(labels), len(PROJECTS), len(labels) - len(PROJECTS)))


if __name__ == "__main__":
    main()
