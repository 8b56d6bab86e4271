#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n90 from the hand-written clean drafts.

Every error case = its clean draft with exactly one edit (two adjacent score rows for the
score_exceeds_weight cases).  An edit is (old, new): `old` must occur exactly once in the clean
draft; the changed characters (after removing the common prefix and suffix of old/new) are the
injected error.  `value` is either a literal string or ("span", start, end): the text of the
error case from the first occurrence of `start` to the end of the first `end` after it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "qianjiang-grainsubsidy-2021",
    "dengzhou-granaryrepair-2019",
    "linquan-reserverotation-2023",
    "gushi-grainbureau-2024",
    "shayang-grainoil-2018",
]

# (project, n, code, [(old, new), ...], value, explanation)
EDITS = [
    # ---- 潜江 2021, 市级储备粮油管理费用补贴 (Hubei) ----
    ("qianjiang-grainsubsidy-2021", 1, "rate_mismatch",
     [("实际执行839.79万元，预算执行率96.31%", "实际执行839.79万元，预算执行率97.71%")],
     "预算执行率97.71%",
     "839.79 / 872.00 (全年预算) = 96.31%; 97.71% is 839.79 over the 年初预算 859.50 (rate recomputed on the wrong base)"),
    ("qianjiang-grainsubsidy-2021", 2, "unit_mismatch",
     [("计息12个月，利息补贴295.80万元", "计息12个月，利息补贴2958000万元")],
     "2958000万元",
     "6800万元 × 4.35% × 12/12 = 295.80万元 = 2958000元: the 元 figure was written with 万元 (295.80 + 23.49 = 319.29)"),
    ("qianjiang-grainsubsidy-2021", 3, "score_exceeds_weight",
     [("0.25%,5,4.00,", "0.25%,5,3.00,"), ("2个月,5,5,", "2个月,5,6,")],
     "稻谷轮换架空期,≤4个月,2个月,5,6",
     "架空期 row scored 6 for weight 5 (a 'bonus' for the short 架空期); the adjacent 损耗率 row was lowered 4.00 → 3.00 so the total still reads 98.47"),
    ("qianjiang-grainsubsidy-2021", 4, "year_mismatch",
     [("截至2021年12月31日，市级储备粮实际库存", "截至2020年12月31日，市级储备粮实际库存")],
     "截至2020年12月31日",
     "the 2021 report states the year-end stock as of 2020-12-31 (last year's sentence left in)"),
    ("qianjiang-grainsubsidy-2021", 5, "conflicting_values",
     [("满意度93.5%，比目标低1.5个百分点", "满意度95.3%，比目标低1.5个百分点")],
     "满意度95.3%",
     "承储企业满意度 is 93.50% in the survey (187/200) and 93.5% in the 自评表 (score 9.84); the problems section says 95.3%"),
    ("qianjiang-grainsubsidy-2021", 6, "sum_mismatch",
     [("稻谷180.50万元、食用油28.00万元", "稻谷190.00万元、食用油28.00万元")],
     "322.50万元，其中小麦114.00万元、稻谷190.00",
     "114.00 + 190.00 + 28.00 = 332.00 ≠ 322.50; 190.00 is the full-year 稻谷 fee without the 架空 deduction (detail table: 1,330,000 + 475,000 元 = 180.50)"),

    # ---- 邓州 2019, 粮食仓储设施维修改造 (Henan) ----
    ("dengzhou-granaryrepair-2019", 1, "completion_mismatch",
     [("23.76万元,79.20%", "23.76万元,97.20%")],
     "23.76万元,97.20%",
     "年节约储粮损耗费用 ≥30万元, actual 23.76: completion 23.76/30 = 79.20% (text and score 7.92 agree); 97.20% has the digits transposed"),
    ("dengzhou-granaryrepair-2019", 2, "weight_sum_mismatch",
     [("82.81%,87.17%,10,8.72", "82.81%,87.17%,15,8.72")],
     ("span", "15,8.72", "总分,,,,,,100"),
     "仓房完好率 weight 10 → 15 (an earlier template's weight left in): weights now sum to 105, stated 100"),
    ("dengzhou-granaryrepair-2019", 3, "balance_mismatch",
     [("年末结转资金90.00万元", "年末结转资金80.00万元")],
     "结转资金80.00万元",
     "到位 570.00 − 执行 480.00 = 90.00 (张村库点 152.00 − 62.00); stated 80.00"),
    ("dengzhou-granaryrepair-2019", 4, "grade_mismatch",
     [("综合得分88.02分，评价等级为“良”", "综合得分88.02分，评价等级为“优”")],
     "评价等级为“优”",
     "88.02 lies in the 良 band (80 ≤ s < 90); 优 follows a platform's 80-point cut-off, not 财预〔2020〕10号"),
    ("dengzhou-granaryrepair-2019", 5, "score_sum_mismatch",
     [("3套,75.00%,5,3.75", "3套,75.00%,5,3.57")],
     ("span", "3套,75.00%,5,3.57", "总分,,,,,,100,88.02"),
     "粮情测控 score 3.75 retyped 3.57; row scores now add to 87.84, stated total 88.02"),
    ("dengzhou-granaryrepair-2019", 6, "unit_mismatch",
     [("≤50元/吨,47.50元/吨", "≤50元/吨,47.50万元/吨")],
     "47.50万元/吨",
     "target ≤50元/吨; 418.00万元 / 8.8万吨 = 47.50元/吨 (text says 47.50元); written 47.50万元/吨"),

    # ---- 临泉 2023, 县级储备粮轮换费用及利息补贴 (Anhui) ----
    ("linquan-reserverotation-2023", 1, "implausible_rate",
     [("上年结转,0.00,0.00,0.00,—", "上年结转,0.00,0.00,0.00,100.00%")],
     "上年结转,0.00,0.00,0.00,100.00%",
     "execution rate 100.00% on a zero 上年结转 budget (rate undefined, was —)"),
    ("linquan-reserverotation-2023", 2, "average_mismatch",
     [("平均96分", "平均95.75分")],
     "平均95.75分",
     "(96+94+98+95+97)/5 = 96; 95.75 is the mean of the first four 库点 only"),
    ("linquan-reserverotation-2023", 3, "rate_mismatch",
     [("204.90,93.14%", "204.90,93.41%")],
     "204.90,93.41%",
     "轮换价差亏损补贴 204.90 / 220.00 = 93.14%; stated 93.41%"),
    ("linquan-reserverotation-2023", 4, "balance_mismatch",
     [("结余资金29.00万元", "结余资金19.00万元")],
     "结余资金19.00万元",
     "到位 770.00 − 执行 741.00 = 29.00 (13.90 利息 + 15.10 价差); stated 19.00"),
    ("linquan-reserverotation-2023", 5, "conflicting_values",
     [("2023年初储备粮贷款余额11600万元", "2023年初储备粮贷款余额11060万元")],
     "贷款余额11060万元",
     "the loan balance at the start of 2023 is 11600万元 in the interest section (1—6月余额11600万元, 211.70万元); the overview says 11060万元"),
    ("linquan-reserverotation-2023", 6, "completion_mismatch",
     [("指标完成率95.17%", "指标完成率105.08%")],
     "指标完成率105.08%",
     "≤130元 missed with 136.60元: completion = 130/136.60 = 95.17%; 105.08% is actual/target, as if the indicator were ≥"),

    # ---- 固始 2024, 粮食和物资储备局部门整体支出 (Henan) ----
    ("gushi-grainbureau-2024", 1, "average_mismatch",
     [("5个项目平均自评得分88.34分", "5个项目平均自评得分90.78分")],
     "平均自评得分90.78分",
     "(96.50+95.20+86.40+85.00+78.60)/5 = 88.34; 90.78 is the mean of the first four projects"),
    ("gushi-grainbureau-2024", 2, "year_mismatch",
     [("剩余72.00万元结转至2025年", "剩余72.00万元结转至2024年")],
     "结转至2024年",
     "unspent 2024 money cannot be carried over to 2024 itself (elsewhere: 按规定结转下年, 2025年上半年全部支出)"),
    ("gushi-grainbureau-2024", 3, "grade_mismatch",
     [("89.39分，等级为“良好”", "89.39分，等级为“优秀”")],
     "等级为“优秀”",
     "89.39 < 90 is 良好, not 优秀 (rounded up to 90 in the writer's head)"),
    ("gushi-grainbureau-2024", 4, "score_sum_mismatch",
     [("20栋,5,2.78", "20栋,5,2.87")],
     ("span", "20栋,5,2.87", "合计,,,,,100,89.39"),
     "粮情测控 score 2.78 retyped 2.87; row scores now add to 89.48, stated total 89.39"),
    ("gushi-grainbureau-2024", 5, "sum_mismatch",
     [("公务用车运行维护费7.80万元", "公务用车运行维护费8.70万元")],
     "39.85万元，其中办公费12.40万元、水电费6.85万元、差旅费8.30万元、公务用车运行维护费8.70",
     "12.40 + 6.85 + 8.30 + 8.70 + 4.50 = 40.75 ≠ 39.85 (公车费 7.80 transposed to 8.70)"),
    ("gushi-grainbureau-2024", 6, "weight_sum_mismatch",
     [("≥5万吨,5万吨,10,10", "≥5万吨,5万吨,12,10")],
     ("span", "5万吨,12,10", "合计,,,,,100"),
     "县级储备粮规模 weight 10 → 12: weights now sum to 102, stated 100"),

    # ---- 沙洋 2018, 县级储备粮油管理费用补贴及应急供应网点 (Hubei) ----
    ("shayang-grainoil-2018", 1, "implausible_rate",
     [("表示满意的171份，满意率95.00%", "表示满意的189份，满意率105.00%")],
     "表示满意的189份，满意率105.00%",
     "189 satisfied out of 180 questionnaires: satisfaction 105.00% (> 100%)"),
    ("shayang-grainoil-2018", 2, "unit_mismatch",
     [("按每个网点补助20000元拨付", "按每个网点补助20000万元拨付")],
     "按每个网点补助20000万元",
     "9 网点 × 20000元 = 18.00万元 (also 每个网点补助20000元 in 项目背景); the 元 figure was labelled 万元"),
    ("shayang-grainoil-2018", 3, "score_exceeds_weight",
     [("520吨,10,10", "520吨,10,10.40"), ("3500吨,10,7.00", "3500吨,10,6.60")],
     "520吨,10,10.40",
     "储备油规模 scored 10.40 for weight 10 (weight × 104% over-achievement); the adjacent 稻谷轮换 row was lowered 7.00 → 6.60 so the total still reads 89.67"),
    ("shayang-grainoil-2018", 4, "rate_mismatch",
     [("226.20,226.20,94.25%", "226.20,226.20,92.45%")],
     "226.20,92.45%",
     "贷款利息补贴 226.20 / 240.00 = 94.25%; stated 92.45%"),
    ("shayang-grainoil-2018", 5, "sum_mismatch",
     [("其中县级财政安排413.00万元", "其中县级财政安排431.00万元")],
     "443.00万元，其中县级财政安排431.00",
     "431.00 + 30.00 = 461.00 ≠ 443.00 (413.00 transposed)"),
    ("shayang-grainoil-2018", 6, "conflicting_values",
     [("支行贷款5200万元", "支行贷款5800万元")],
     "贷款5800万元",
     "the loan is 5200万元 in the interest calculation (5200×4.35% = 226.20万元); the overview says 5800万元"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def apply(text, edits):
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit anchor not unique (%d): %r" % (text.count(old), old))
        text = text.replace(old, new)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    _, start, end = value
    i = text.find(start)
    j = text.find(end, i)
    if i < 0 or j < 0:
        raise SystemExit("span markers not found: %r" % (value,))
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        clean = read(pid + "-clean.txt")
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, edits, value, expl) in EDITS:
            if p != pid:
                continue
            text = apply(clean, edits)
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
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
