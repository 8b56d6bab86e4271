#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each edit replaces one anchor string (which must occur exactly once in the clean
draft) by its edited form; the real change inside the anchor is small (see
verify.py for the size rules).  `value` is the exact substring the label points
at; for sum / score-sum / weight-sum errors it is given as (start, end) markers
and the value is the text from `start` to the end of the first `end` after it.
Pure Python 3, no third-party modules.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jianhe-jumin-2021",
    "chuxiong-zhoubuzhu-2023",
    "lintao-jumin-2019",
    "xishui-jumin-2024",
    "zhenxiong-bumen-2022",
]

# (project, n, code, old anchor, new anchor, value or (start, end), explanation)
EDITS = [
    # ---------------- 剑河县 2021 (Guizhou) ----------------
    ("jianhe-jumin-2021", 1, "rate_mismatch",
     "较上年17936.20万元增长7.39%", "较上年17936.20万元增长6.89%",
     "增长6.89%",
     "fund expenditure growth (19262.56-17936.20)/17936.20 = 7.39%; 6.89% divides the increase by this year's 19262.56 (wrong base)"),
    ("jianhe-jumin-2021", 2, "unit_mismatch",
     "大病保险保费1585.50万元", "大病保险保费15855000万元",
     "15855000万元",
     "the critical-illness premium 15,855,000元 (70元 x 22.65万人 = 1585.50万元) written with the unit 万元: off by 10^4; the expenditure items no longer add to 19262.56"),
    ("jianhe-jumin-2021", 3, "sum_mismatch",
     "州级389.76万元", "州级398.76万元",
     ("12992.00万元（按2020年末", "州级398.76万元"),
     "initial budget 12992.00 but 10393.60 + 1559.04 + 398.76 + 649.60 = 13001.00 (prefecture share retyped; 17.40 x 22.40 = 389.76)"),
    ("jianhe-jumin-2021", 4, "average_mismatch",
     "季均支出4815.64万元", "季均支出4851.64万元",
     "季均支出4851.64万元",
     "(4512.36 + 4698.21 + 4873.40 + 5178.59) / 4 = 4815.64, stated 4851.64"),
    ("jianhe-jumin-2021", 5, "year_mismatch",
     "附：剑河县2021年度", "附：剑河县2020年度",
     "剑河县2020年度城乡居民基本医疗保险财政补助资金项目支出绩效自评表",
     "the attached self-evaluation table is titled 2020 (last year's template) while the report and its figures are for 2021"),
    ("jianhe-jumin-2021", 6, "completion_mismatch",
     "97.71%｜102.85%", "97.71%｜97.71%",
     "97.71%｜97.71%",
     "参保率 target >=95%, actual 97.71%: completion 97.71/95 = 102.85%; the actual was copied into the 完成率 column"),

    # ---------------- 楚雄州 2023 (Yunnan) ----------------
    ("chuxiong-zhoubuzhu-2023", 1, "sum_mismatch",
     "禄丰市655.87万元", "禄丰市665.87万元",
     "禄丰市665.87万元，合计4347.84万元",
     "the ten county allocations now add to 4357.84, stated total 4347.84 (禄丰市 retyped; 19.20 x 34.16 = 655.87)"),
    ("chuxiong-zhoubuzhu-2023", 2, "balance_mismatch",
     "清算资金中37.44万元", "清算资金中34.74万元",
     "34.74万元",
     "全年预算 4347.84 - 实际拨付 4310.40 = 37.44 carried forward, stated 34.74"),
    ("chuxiong-zhoubuzhu-2023", 3, "score_exceeds_weight",
     "| 10个 | 5 | 5 | — |\n| 产出指标 | 质量指标 | 城乡居民参保率 | ≥97% | 96.12% | 10 | 9.91 |",
     "| 10个 | 5 | 9.91 | — |\n| 产出指标 | 质量指标 | 城乡居民参保率 | ≥97% | 96.12% | 10 | 5 |",
     "州级补助资金覆盖县市 | =10个 | 10个 | 5 | 9.91",
     "scores of two adjacent rows swapped: 覆盖县市 now scores 9.91 against a weight of 5 (total still 96.07)"),
    ("chuxiong-zhoubuzhu-2023", 4, "conflicting_values",
     "全州城乡居民参保226.45万人，参保率", "全州城乡居民参保226.54万人，参保率",
     "参保226.54万人",
     "insured residents are 226.45万人 everywhere else (640元 x 226.45 = 144928.00; 参保率 226.45/235.59 = 96.12%)"),
    ("chuxiong-zhoubuzhu-2023", 5, "implausible_rate",
     "4347.84万元，到位率100%", "4348.80万元，到位率100.02%",
     "4348.80万元，到位率100.02%",
     "last year's 0.96万元 carry-over added to the money issued: 4348.80 against a 4347.84 budget, 到位率 over 100%"),
    ("chuxiong-zhoubuzhu-2023", 6, "unit_mismatch",
     "| 利息收入 | 0.1236 |", "| 利息收入 | 1236.18 |",
     "利息收入 | 1236.18",
     "the 亿元 table carries the 万元 figure 1236.18 (= 0.1236亿元); the income rows no longer add to 23.2496"),

    # ---------------- 临洮县 2019 (Gansu) ----------------
    ("lintao-jumin-2019", 1, "weight_sum_mismatch",
     "\t建档立卡贫困人口参保率\n\t10\n", "\t建档立卡贫困人口参保率\n\t15\n",
     ("建档立卡贫困人口参保率\n\t15", "合计\n\t\n\t100"),
     "weight of 建档立卡贫困人口参保率 raised to 15 (old poverty-alleviation template): weights add to 105, 产出 block to 55, stated 合计 100"),
    ("lintao-jumin-2019", 2, "score_sum_mismatch",
     "\t59.17%\n\t59.17%\n\t5.92\n", "\t59.17%\n\t59.17%\n\t5.29\n",
     ("5.29", "85.35"),
     "县级配套资金到位率 score retyped 5.29 (10 x 59.17% = 5.92): row scores add to 84.72, stated 85.35 (产出 subtotal 45.57 also breaks)"),
    ("lintao-jumin-2019", 3, "grade_mismatch",
     "属于“良好”", "属于“中等”",
     "属于“中等”",
     "85.35 is in the 良 band (80-90); 中等 left over from an earlier report"),
    ("lintao-jumin-2019", 4, "rate_mismatch",
     "回收率96.15%", "回收率96.51%",
     "回收率96.51%",
     "1500 valid of 1560 questionnaires = 96.15%, stated 96.51%"),
    ("lintao-jumin-2019", 5, "unit_mismatch",
     "\t≥46.85万人\n\t46.15万人\n", "\t≥46.85万人\n\t98.51%\n",
     "≥46.85万人\n\t98.51%",
     "target in 万人, actual typed as a percentage (the completion rate)"),
    ("lintao-jumin-2019", 6, "balance_mismatch",
     "资金结余719.94万元", "资金结余791.94万元",
     "资金结余791.94万元",
     "到位 23508.10 - 执行 22788.16 = 719.94, stated 791.94"),

    # ---------------- 习水县 2024 (Guizhou) ----------------
    ("xishui-jumin-2024", 1, "completion_mismatch",
     "57.80万人\t98.63%", "57.80万人\t101.38%",
     "57.80万人\t101.38%",
     "gte target 58.60, actual 57.80: completion 57.80/58.60 = 98.63%; 101.38% is the inverted ratio"),
    ("xishui-jumin-2024", 2, "implausible_rate",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%\t—",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
     "execution rate 100% printed on a zero carry-over budget"),
    ("xishui-jumin-2024", 3, "year_mismatch",
     "年度：2024年", "年度：2023年",
     "年度：2023年",
     "self-evaluation table header says 2023 (last year's template); the report evaluates 2024"),
    ("xishui-jumin-2024", 4, "score_sum_mismatch",
     "99.50%\t10\t9.95\t", "99.50%\t10\t9.59\t",
     ("9.59", "99.81"),
     "可支付月数 score retyped 9.59: row scores add to 99.45, stated 99.81 (效益 subtotal 29.95 also breaks)"),
    ("xishui-jumin-2024", 5, "conflicting_values",
     "全县参保群众57.80万人享受", "全县参保群众57.08万人享受",
     "参保群众57.08万人",
     "insured residents are 57.80万人 elsewhere (400元 x 57.80 = 23120.00; 670元 x 57.80 = 38726.00)"),
    ("xishui-jumin-2024", 6, "weight_sum_mismatch",
     "12个工作日\t100%\t5\t5", "12个工作日\t100%\t10\t5",
     ("零星报销结算时限\t≤20个工作日\t12个工作日\t100%\t10", "总分\t\t\t\t\t\t100"),
     "weight of 零星报销结算时限 changed to 10: 产出 weights add to 55 and all weights to 105, stated 总分 100"),

    # ---------------- 镇雄县 2022 (Yunnan, department) ----------------
    ("zhenxiong-bumen-2022", 1, "average_mismatch",
     "平均自评得分94.40分", "平均自评得分94.72分",
     "平均自评得分94.72分",
     "(98.60 + 94.35 + 91.20 + 93.45) / 4 = 94.40; 94.72 is the mean of the first three only"),
    ("zhenxiong-bumen-2022", 2, "score_exceeds_weight",
     "分别得2分、1分", "分别得1分、2分",
     "分值分别为2分、1分，分别得1分、2分",
     "scores of two items swapped in one sentence: 基础信息完善性 scores 2 against a weight of 1 (subtotal still 7)"),
    ("zhenxiong-bumen-2022", 3, "rate_mismatch",
     "项目支出执行率99.56%", "项目支出执行率87.03%",
     "项目支出执行率87.03%",
     "project spending 4859.68 / project budget 4881.30 = 99.56%; 87.03% divides by the whole budget 5583.66"),
    ("zhenxiong-bumen-2022", 4, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "95.79 is in the 优 band (>= 90)"),
    ("zhenxiong-bumen-2022", 5, "conflicting_values",
     "其中城乡居民医保县级配套4227.30万元全部", "其中城乡居民医保县级配套4272.30万元全部",
     "县级配套4272.30万元",
     "the county contribution is 4227.30万元 elsewhere (30.50元 x 138.60万人; executed 4227.30)"),
    ("zhenxiong-bumen-2022", 6, "sum_mismatch",
     "其中基本支出690.20万元", "其中基本支出609.20万元",
     ("5553.20万元，其中基本支出", "609.20万元"),
     "initial budget 5553.20 but 609.20 + 4863.00 = 5472.20 (basic spending retyped; 702.36 - 12.16 = 690.20)"),
]


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[i:j]


def main():
    labels = []
    for proj in PROJECTS:
        with open(os.path.join(CASES, proj + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": proj + "-clean.txt", "source": proj, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl) in EDITS:
            if p != proj:
                continue
            if clean.count(old) != 1:
                raise SystemExit("%s e%d: anchor occurs %d times" % (p, n, clean.count(old)))
            text = clean.replace(old, new)
            name = "%s-e%d.txt" % (p, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value),
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
