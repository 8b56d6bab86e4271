#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts230 from the clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jianping-jumingbuzhu-2022",
    "dongyuan-yiliaojiuzhu-2021",
    "kaifeng-changhu-2023",
    "jingning-jijinjianguan-2024",
    "longyou-yidijiesuan-2019",
]

# (source, case suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- 建平县 城乡居民医保财政补助 2022 (Liaoning; tab-separated table with 完成率 column)
    ("jianping-jumingbuzhu-2022", "e1", "rate_mismatch", "prose",
     "县级配套资金执行5332.71万元，执行率96.62%",
     "县级配套资金执行5332.71万元，执行率96.26%",
     "执行率96.26%",
     "county share spent 5332.71 of 5519.16 = 96.62%, stated 96.26%"),
    ("jianping-jumingbuzhu-2022", "e2", "balance_mismatch", "prose",
     "剩余186.45万元",
     "剩余168.45万元",
     "剩余168.45万元",
     "received 27595.79 - spent 27409.34 = 186.45 (county 5519.16 - 5332.71 = 186.45), stated 168.45"),
    ("jianping-jumingbuzhu-2022", "e3", "score_exceeds_weight", "table",
     "\t5\t5\t\n\t\t可持续影响指标\t居民医保基金累计结存可支付月数\t≥6个月\t5.4个月\t90.00%\t10\t9\t",
     "\t5\t9\t\n\t\t可持续影响指标\t居民医保基金累计结存可支付月数\t≥6个月\t5.4个月\t90.00%\t10\t5\t",
     "困难群众资助参保覆盖率\t100%\t100%\t100%\t5\t9",
     "row 困难群众资助参保覆盖率 scored 9 against its 分值 5 (scores of this row and the next typed one row off; the totals still add up)"),
    ("jianping-jumingbuzhu-2022", "e4", "average_mismatch", "prose",
     "满意度分别为92.8%、94.1%、93.6%",
     "满意度分别为92.8%、94.7%、93.6%",
     "94.7%、93.6%，平均满意度93.5%",
     "(92.8 + 94.7 + 93.6) / 3 = 93.70, stated average 93.5"),
    ("jianping-jumingbuzhu-2022", "e5", "completion_mismatch", "table",
     "≥95%\t95.62%\t100.65%",
     "≥95%\t95.62%\t100.56%",
     "100.56%",
     "参保率 95.62 / 95 = 100.65%, stated 100.56%"),
    ("jianping-jumingbuzhu-2022", "e6", "year_mismatch", "prose",
     "截至2022年12月31日，三级补助资金全部到位",
     "截至2021年12月31日，三级补助资金全部到位",
     "截至2021年12月31日",
     "2022 report: the year's funds position is dated 2021-12-31 instead of the evaluation year"),

    # ---- 东源县 医疗救助资金 2021 (Guangdong; PDF copy, space-separated cells, wrapped rows)
    ("dongyuan-yiliaojiuzhu-2021", "e1", "sum_mismatch", "table",
     "2021年8月 241.40",
     "2021年8月 214.40",
     "214.40",
     "表1: 1050.00 + 880.00 + 470.00 + 215.00 + 214.40 = 2829.40, 合计 says 2856.40"),
    ("dongyuan-yiliaojiuzhu-2021", "e2", "grade_mismatch", "prose",
     "评价等级为“优”",
     "评价等级为“良”",
     "评价等级为“良”",
     "score 96.94 is in the 优 band (>= 90)"),
    ("dongyuan-yiliaojiuzhu-2021", "e3", "weight_sum_mismatch", "table",
     "86.2% 5 4.54",
     "86.2% 6 4.54",
     "86.2% 6 4.54",
     "分值 now 10 + 10+10+10+10+6+5 + 10+10+10 + 10 = 101"),
    ("dongyuan-yiliaojiuzhu-2021", "e4", "unit_mismatch", "prose",
     "门诊救助支出276.89万元",
     "门诊救助支出2768900万元",
     "2768900万元",
     "the 元 figure 2768900 labelled 万元: 1098.27 + 1356.42 + 276.89 = 2731.58 only after rescaling by 10^4"),
    ("dongyuan-yiliaojiuzhu-2021", "e5", "conflicting_values", "prose",
     "医疗救助资金2856.40万元开展",
     "医疗救助资金2865.40万元开展",
     "2865.40万元",
     "the opening evaluates 2865.40万元 while 全年预算 is 2856.40万元 in 资金安排, 表1 and the 自评表"),
    ("dongyuan-yiliaojiuzhu-2021", "e6", "implausible_rate", "table",
     "其他资金 0.00 0.00 0.00 — — —",
     "其他资金 0.00 0.00 0.00 — 100% —",
     "0.00 0.00 0.00 — 100%",
     "execution rate 100% printed for 其他资金 whose budget is 0.00 (rate on a zero base)"),

    # ---- 开封市 长期护理保险试点 2023 (Henan; seed-003 layout: one cell per line, tab-indented)
    ("kaifeng-changhu-2023", "e1", "score_sum_mismatch", "table",
     "\t94.75%\n\t9.48\n",
     "\t94.75%\n\t9.84\n",
     "9.84",
     "row scores now add to 99.20 (9.36 + 49.84 + 30 + 10), 合计 and text say 98.84"),
    ("kaifeng-changhu-2023", "e2", "rate_mismatch", "table",
     "\t(7)=(4)/(2)\n\t93.62\n\t93.62\n\t0\n\t0\n\t93.62\n",
     "\t(7)=(4)/(2)\n\t93.62\n\t93.62\n\t0\n\t0\n\t96.32\n",
     "96.32",
     "市级 column: (4)/(2) = 401.27 / 428.60 = 93.62%, printed 96.32"),
    ("kaifeng-changhu-2023", "e3", "year_mismatch", "table",
     "附件1.2023年度项目支出绩效自评表",
     "附件1.2022年度项目支出绩效自评表",
     "2022年度项目支出绩效自评表",
     "the attached table claims evaluation year 2022 for the 2023 project"),
    ("kaifeng-changhu-2023", "e4", "unit_mismatch", "table",
     "\t≥50万人\n\t51.86万人\n",
     "\t≥50万人\n\t103.72%\n",
     "≥50万人\n\t103.72%",
     "target in 万人, 业绩值 given as a percentage: completion cannot be computed"),
    ("kaifeng-changhu-2023", "e5", "completion_mismatch", "table",
     "\t34家\n\t113.33%\n",
     "\t34家\n\t111.33%\n",
     "111.33%",
     "34 / 30 = 113.33%, stated 111.33%"),
    ("kaifeng-changhu-2023", "e6", "conflicting_values", "prose",
     "全年完成失能等级评估4210人次",
     "全年完成失能等级评估4201人次",
     "4201人次",
     "assessments are 4210人次 in the funds sentence (4210 x 400元 = 168.40万元) and in the table"),

    # ---- 静宁县 医保基金监管专项经费 2024 (Gansu; markdown pipe tables)
    ("jingning-jijinjianguan-2024", "e1", "balance_mismatch", "prose",
     "结余4.64万元",
     "结余4.46万元",
     "结余4.46万元",
     "52.00 - 47.36 = 4.64, stated 4.46"),
    ("jingning-jijinjianguan-2024", "e2", "sum_mismatch", "table",
     "| 8.00 | 5.46 |",
     "| 8.00 | 5.64 |",
     "5.64",
     "执行数 28.60 + 9.80 + 5.64 + 3.50 = 47.54, 合计 says 47.36"),
    ("jingning-jijinjianguan-2024", "e3", "grade_mismatch", "table",
     "评价等级：良",
     "评价等级：优",
     "评价等级：优",
     "total 85.27 is in the 良 band (80-90)"),
    ("jingning-jijinjianguan-2024", "e4", "average_mismatch", "prose",
     "56家、48家、61家",
     "56家、46家、61家",
     "46家、61家，平均每组55家",
     "(56 + 46 + 61) / 3 = 54.33, stated 55"),
    ("jingning-jijinjianguan-2024", "e5", "weight_sum_mismatch", "table",
     "| 28.60万元 | 5 | 5 |",
     "| 28.60万元 | 10 | 5 |",
     "28.60万元 | 10 | 5",
     "分值 now add to 105 (产出 55 instead of 50)"),
    ("jingning-jijinjianguan-2024", "e6", "score_exceeds_weight", "table",
     "| 96.20% | 10 | 10 | |\n| | 时效指标 | 举报线索按期办结率 | =100% | 100% | 5 | 5 |",
     "| 96.20% | 5 | 10 | |\n| | 时效指标 | 举报线索按期办结率 | =100% | 100% | 10 | 5 |",
     "96.20% | 5 | 10",
     "智能监控疑点数据处理率 scored 10 against 分值 5 (分值 of this row and the next typed one row off; weight total still 100)"),

    # ---- 龙游县 异地就医直接结算 2019 (Zhejiang; full-width ｜ separated table)
    ("longyou-yidijiesuan-2019", "e1", "implausible_rate", "prose",
     "好评率99.46%",
     "好评率994.6%",
     "好评率994.6%",
     "a 好评率 of 994.6% is impossible (decimal point slipped)"),
    ("longyou-yidijiesuan-2019", "e2", "score_sum_mismatch", "table",
     "｜10｜9.44｜",
     "｜10｜9.94｜",
     "9.94",
     "rows now add to 99.62 (9.68 + 50 + 29.94 + 10), 总分 and text say 99.12"),
    ("longyou-yidijiesuan-2019", "e3", "conflicting_values", "prose",
     "跨省直接结算1236人次",
     "跨省直接结算1263人次",
     "1263人次",
     "跨省 settlements are 1236人次 in the output section (1236 + 48652 = 49888)"),
    ("longyou-yidijiesuan-2019", "e4", "unit_mismatch", "prose",
     "培训及宣传支出4.20万元",
     "培训及宣传支出42000万元",
     "42000万元",
     "42000 is the 元 figure of 4.20万元: 18.60 + 7.45 + 4.20 + 4.60 = 34.85 only after rescaling"),
    ("longyou-yidijiesuan-2019", "e5", "rate_mismatch", "prose",
     "执行率97.89%",
     "执行率97.98%",
     "执行率97.98%",
     "系统接口改造及运维 18.60 / 19.00 = 97.89%, stated 97.98%"),
    ("longyou-yidijiesuan-2019", "e6", "sum_mismatch", "prose",
     "协查稽核差旅5.00万元",
     "协查稽核差旅5.50万元",
     "5.50万元",
     "年初预算 parts 19.00 + 7.50 + 4.50 + 5.50 = 36.50, total says 36.00"),
]


def main():
    labels = []
    for src in SOURCES:
        name = f"{src}-clean.txt"
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            fh.read()
        labels.append({"case": name, "source": src, "clean": True, "expected": []})
        for (s, suffix, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            with open(os.path.join(CASES, name), encoding="utf-8") as fh:
                clean = fh.read()
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: value not in case: {value!r}")
            case = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, case), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": case, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
