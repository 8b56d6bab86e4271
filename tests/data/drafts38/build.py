#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of this set from the clean drafts.

Each project has a hand-written clean draft cases/<id>-clean.txt.  EDITS below lists, per
error case, the replacement(s) applied to the clean text (each `old` must occur exactly once
in the clean draft), the error code, the labelled `value` (an exact substring of the error
case holding the wrong figure) and an explanation.  Pure Python 3, no third-party modules.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "taishan-vectorcontrol-2018",
    "dongshan-marinelitter-2021",
    "yangchun-yuechef-2020",
    "fuding-ecotea-2023",
    "wengyuan-ruralsewage-2024",
]

# (project, suffix, code, [(old, new), ...], value, explanation)
# value is either the exact string, or (start, end): the stretch of the error case from the
# unique occurrence of `start` to the first `end` after it (used for score/weight sums, which
# span from the changed row to the 合计 row, as in the dev set).
EDITS = [
    # ---------------- taishan-vectorcontrol-2018 (Guangdong, 台山, 病媒生物防制) ----------------
    ("taishan-vectorcontrol-2018", "e1", "rate_mismatch",
     [("疫点应急消杀｜592,000.00｜564,800.00｜95.41%", "疫点应急消杀｜592,000.00｜564,800.00｜95.14%")],
     "564,800.00｜95.14%",
     "sub-item 疫点应急消杀: 564,800.00 / 592,000.00 = 95.41%, the row prints 95.14% (digits transposed)"),
    ("taishan-vectorcontrol-2018", "e2", "sum_mismatch",
     [("本级安排240.00万元", "本级安排204.00万元")],
     "年初预算360.00万元（省级提前下达120.00万元、本级安排204.00万元",
     "年初预算 360.00 = 省级 120.00 + 本级 240.00; the 本级 part retyped as 204.00, so 120.00 + 204.00 = 324.00 ≠ 360.00"),
    ("taishan-vectorcontrol-2018", "e3", "score_exceeds_weight",
     [("≥12万份｜13.6万份｜6｜6.00｜100.00%", "≥12万份｜13.6万份｜6｜6.80｜113.33%"),
      ("≥95%｜100%｜8｜8.00｜100.00%", "≥95%｜100%｜8｜7.20｜90.00%")],
     "6｜6.80｜113.33%",
     "健康教育宣传材料 row scored 6.80 against its weight 6 (the 113.33% completion applied to the score); "
     "0.80 was taken from the next row so the 产出 subtotal 49.78 still adds up"),
    ("taishan-vectorcontrol-2018", "e4", "average_mismatch",
     [("平均90.50分", "平均91.50分")],
     "平均91.50分",
     "(92.5 + 88.0 + 95.0 + 90.5 + 86.5) / 5 = 90.50; 91.50 is the mean of the first four towns only"),
    ("taishan-vectorcontrol-2018", "e5", "unit_mismatch",
     [("全年孳生地清理服务费168.48万元", "全年孳生地清理服务费1,684,800.00万元")],
     "1,684,800.00万元",
     "the 元 amount 1,684,800.00 (table) written with the unit 万元: should be 168.48万元 "
     "(48.0平方公里 × 35,100.00元); off by 10^4"),
    ("taishan-vectorcontrol-2018", "e6", "year_mismatch",
     [("截至2018年12月31日，专项资金全年执行", "截至2017年12月31日，专项资金全年执行")],
     "截至2017年12月31日",
     "the 2018 fund's year-end execution dated 2017-12-31 (last year's template left in); the report year is 2018"),

    # ---------------- dongshan-marinelitter-2021 (Fujian, 东山, 海漂垃圾治理) ----------------
    ("dongshan-marinelitter-2021", "e1", "balance_mismatch",
     [("到位资金结余27.27万元", "到位资金结余27.72万元")],
     "结余27.72万元",
     "到位 843.00 − 支出 815.73 = 27.27万元, stated 27.72"),
    ("dongshan-marinelitter-2021", "e2", "score_sum_mismatch",
     [("有效\t基本有效\t4\t3.50\t87.50%", "有效\t基本有效\t4\t4.00\t100.00%")],
     ("4\t4.00\t100.00%\n过程\t小计", "合计\t\t\t\t\t\t100\t96.28"),
     "制度执行有效性 re-scored 4.00 without updating the 过程 subtotal: 2.91 + 4.70 + 4.00 + 4.00 + 4.00 = 19.61 ≠ 19.11"),
    ("dongshan-marinelitter-2021", "e3", "weight_sum_mismatch",
     [("基本科学\t3\t2.50\t83.33%", "基本科学\t4\t2.50\t62.50%")],
     ("4\t2.50\t62.50%\n决策\t小计", "合计\t\t\t\t\t\t100"),
     "预算编制科学性 weight changed to 4: 决策 weights 4 + 3 + 3 + 2 + 4 = 16 ≠ subtotal 15 (all weights now 101)"),
    ("dongshan-marinelitter-2021", "e4", "conflicting_values",
     [("全年清理海漂垃圾3,942.6吨，全县岸线", "全年清理海漂垃圾3,924.6吨，全县岸线")],
     "3,924.6吨",
     "清理量 is 3,942.6吨 in the 产出 analysis, the per-ton cost and the score table; the conclusion retypes it as 3,924.6吨"),
    ("dongshan-marinelitter-2021", "e5", "implausible_rate",
     [("其他资金\t0.00\t0.00\t0.00\t0.00\t—\t—", "其他资金\t0.00\t0.00\t0.00\t0.00\t—\t100.00%")],
     "0.00\t—\t100.00%",
     "其他资金 row: execution rate 100.00% on a 0.00 budget (rate on a zero base)"),
    ("dongshan-marinelitter-2021", "e6", "completion_mismatch",
     [("2,200元上限，完成率100%", "2,200元上限，完成率87.07%")],
     "完成率87.07%",
     "cost indicator ≤2,200元/吨 met with 1,915.51元/吨 → completion 100%; 87.07% is actual ÷ target"),

    # ---------------- yangchun-yuechef-2020 (Guangdong, 阳春, 粤菜师傅培训) ----------------
    ("yangchun-yuechef-2020", "e1", "rate_mismatch",
     [("实际到位246.00万元，到位率95.35%", "实际到位246.00万元，到位率95.53%")],
     "到位率95.53%",
     "246.00 / 258.00 = 95.35%, stated 95.53%"),
    ("yangchun-yuechef-2020", "e2", "grade_mismatch",
     [("96.77分，评价等级为“优”", "96.77分，评价等级为“良”")],
     "评价等级为“良”",
     "综合得分 96.77 is in the 优 band (≥ 90)"),
    ("yangchun-yuechef-2020", "e3", "unit_mismatch",
     [("培训人次×100%｜≥90%｜96.00%", "培训人次×100%｜≥90%｜1,586人")],
     "≥90%｜1,586人",
     "培训合格率 target is a percentage, the actual is given as a head count (the 1,586 合格人次)"),
    ("yangchun-yuechef-2020", "e4", "sum_mismatch",
     [("宣传推广｜—｜—｜22,600.00", "宣传推广｜—｜—｜26,200.00")],
     "26,200.00\n合计｜—｜—｜2,216,940.00",
     "1,982,400.00 + 153,600.00 + 58,340.00 + 26,200.00 = 2,220,540.00 ≠ 合计 2,216,940.00 (宣传推广 retyped, 22,600.00)"),
    ("yangchun-yuechef-2020", "e5", "average_mismatch",
     [("平均95.60%", "平均95.36%")],
     "平均95.36%",
     "(96.10 + 94.80 + 95.70 + 95.80) / 4 = 95.60%; 95.36% is the pooled survey rate, not the mean of the four bases"),
    ("yangchun-yuechef-2020", "e6", "completion_mismatch",
     [("1,652人次｜91.78%", "1,652人次｜88.11%")],
     "1,652人次｜88.11%",
     "培训人次 1,652 / 1,800 = 91.78%; 88.11% = 1,586 (合格人次) / 1,800"),

    # ---------------- fuding-ecotea-2023 (Fujian, 福鼎, 生态茶园) ----------------
    ("fuding-ecotea-2023", "e1", "grade_mismatch",
     [("89.05分，评价等级为“良”", "89.05分，评价等级为“优”")],
     "评价等级为“优”",
     "综合得分 89.05 is in the 良 band (80 ≤ s < 90)"),
    ("fuding-ecotea-2023", "e2", "completion_mismatch",
     [("| 88.40% | 98.22% |", "| 88.40% | 88.40% |")],
     "88.40% | 88.40%",
     "茶农满意度 88.40 / 90 = 98.22%; the actual was copied into the 完成率 column"),
    ("fuding-ecotea-2023", "e3", "score_sum_mismatch",
     [("部分建立 | 10 | 7.00 | 70.00%", "部分建立 | 10 | 8.00 | 80.00%")],
     ("10 | 8.00 | 80.00%\n效益指标 | 小计", "合计 | | | | | | 100 | 89.05"),
     "长效管护机制 re-scored 8.00 without updating the subtotal: 8.56 + 8.00 + 8.00 = 24.56 ≠ 23.56"),
    ("fuding-ecotea-2023", "e4", "implausible_rate",
     [("实际支出364.87万元，预算执行率76.01%", "实际支出364.87万元，预算执行率228.04%")],
     "预算执行率228.04%",
     "execution rate over 100%: 364.87 divided by the 年初预算 160.00; on the 全年预算 480.00 it is 76.01%"),
    ("fuding-ecotea-2023", "e5", "conflicting_values",
     [("项目全年建成生态茶园11,260亩", "项目全年建成生态茶园11,620亩")],
     "11,620亩",
     "生态茶园面积 is 11,260亩 everywhere else (概况 and its town breakdown, 产出, tables); the conclusion says 11,620亩"),
    ("fuding-ecotea-2023", "e6", "year_mismatch",
     [("已按规定结转至2024年使用", "已按规定结转至2023年使用")],
     "结转至2023年",
     "money unspent in the 2023 report carried over into 2023 itself; should be 2024"),

    # ---------------- wengyuan-ruralsewage-2024 (Guangdong, 翁源, 农村污水运维) ----------------
    ("wengyuan-ruralsewage-2024", "e1", "weight_sum_mismatch",
     [("≥95%\t93.00%\t4\t3.92\t98.00%", "≥95%\t93.00%\t5\t3.92\t78.40%")],
     ("5\t3.92\t78.40%\n产出\t小计", "合计\t\t\t\t\t\t100"),
     "故障处理及时率 weight changed to 5: 产出 weights 7 + 5 + 7 + 7 + 5 + 5 = 36 ≠ subtotal 35 (all weights now 101)"),
    ("wengyuan-ruralsewage-2024", "e2", "score_exceeds_weight",
     [("≥400吨\t412.6吨\t7\t7.00\t100.00%", "≥400吨\t412.6吨\t7\t7.22\t103.14%"),
      ("部分达成\t5\t3.00\t60.00%", "部分达成\t5\t2.78\t55.60%")],
     "7\t7.22\t103.14%",
     "COD削减量 scored 7.22 against its weight 7 (completion 103.15% applied); 0.22 taken from the next row so the 效益 subtotal 26.33 holds"),
    ("wengyuan-ruralsewage-2024", "e3", "balance_mismatch",
     [("结余7.62万元", "结余43.62万元")],
     "结余43.62万元",
     "到位 560.00 − 支出 552.38 = 7.62万元; 43.62 subtracts from the 年初预算 596.00"),
    ("wengyuan-ruralsewage-2024", "e4", "year_mismatch",
     [("调整后2024年全年预算560.00万元", "调整后2023年全年预算560.00万元")],
     "2023年全年预算",
     "the budget of the 2024 report (title, table, 截至2024年12月31日) is called the 2023 annual budget"),
    ("wengyuan-ruralsewage-2024", "e5", "conflicting_values",
     [("全县纳入运维的农村生活污水处理设施共186座", "全县纳入运维的农村生活污水处理设施共168座")],
     "共168座",
     "运维设施 are 186座 elsewhere (180 + 6, 186座×24,000元, score table); the overview says 168座"),
    ("wengyuan-ruralsewage-2024", "e6", "rate_mismatch",
     [("实际支出552.38万元，预算执行率98.64%", "实际支出552.38万元，预算执行率92.68%")],
     "预算执行率92.68%",
     "552.38 / 560.00 = 98.64%; 92.68% divides by the 年初预算 596.00 instead of the adjusted budget"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def resolve_value(case, value):
    if isinstance(value, str):
        return value
    start, end = value
    if case.count(start) != 1:
        raise SystemExit(f"value start not unique: {start!r}")
    i = case.index(start)
    j = case.index(end, i) + len(end)
    return case[i:j]


def apply_edits(clean, edits):
    text = clean
    for old, new in edits:
        if clean.count(old) != 1:
            raise SystemExit(f"edit anchor not unique in clean draft: {old!r} ({clean.count(old)})")
        text = text.replace(old, new, 1)
    return text


def main():
    labels = []
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        clean = read(clean_name)
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for p, suf, code, edits, value, expl in EDITS:
            if p != proj:
                continue
            name = f"{proj}-{suf}.txt"
            text = apply_edits(clean, edits)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": resolve_value(text, value),
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases ({len(PROJECTS)} clean)")


if __name__ == "__main__":
    main()
