#!/usr/bin/env python3
"""Build the n160 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run: python3 build.py   (writes cases/<id>-eN.txt and labels.jsonl next to this file)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ninger-forestfire-2020",
    "gx-fengshan-gongyilin-2022",
    "yuanling-tuigeng-2019",
    "muling-forestpest-2023",
    "abaga-grassland-2024",
]

# (source, n, code, old, new, value, explanation, where)
EDITS = [
    # ---- 宁洱县 森林草原防火 2020 (Yunnan; table flattened one cell per line) ----
    ("ninger-forestfire-2020", 1, "rate_mismatch",
     "支出进度97.80%", "支出进度97.08%", "支出进度97.08%",
     "county funds: 117.36 / 120.00 = 97.80%, stated 97.08%", "text"),
    ("ninger-forestfire-2020", 2, "implausible_rate",
     "\t其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t—",
     "\t其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100%",
     "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100%",
     "execution rate 100% printed on a zero base (其他资金 budget 0.00, spent 0.00)", "table"),
    ("ninger-forestfire-2020", 3, "average_mismatch",
     "人均4800元", "人均4600元", "人均4600元",
     "62.40万元 / 130名护林员 = 4800元 per person, stated 4600元", "text"),
    ("ninger-forestfire-2020", 4, "score_sum_mismatch",
     "\t97.65%\n\t10\n\t9.76", "\t97.65%\n\t10\n\t9.67", "9.67",
     "row scores 9.69 + 50 + (10 + 10 + 9.67) + 10 = 99.36, stated total 99.45 (text also says 效益 29.76)", "table"),
    ("ninger-forestfire-2020", 5, "unit_mismatch",
     "\t68.5公里\n", "\t68.5%\n", "68.5%",
     "防火隔离带建设长度: target ≥65公里, actual given as 68.5% (text says 68.5公里)", "table"),
    ("ninger-forestfire-2020", 6, "grade_mismatch",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "total 99.45 lies in the 优 band (≥90), stated 良好", "text"),

    # ---- 凤山县 森林生态效益补偿 2022 (Guangxi; ｜-separated table with 完成率) ----
    ("gx-fengshan-gongyilin-2022", 1, "completion_mismatch",
     "｜430.56元｜107.64%｜", "｜430.56元｜107.46%｜", "107.46%",
     "户均补偿收入 430.56元 / target 400元 = 107.64%, stated 107.46%", "table"),
    ("gx-fengshan-gongyilin-2022", 2, "unit_mismatch",
     "户均430.56元", "户均430.56万元", "户均430.56万元",
     "922.95万元 / 21436户 = 430.56元 (table 430.56元); written with 万元, off by 10^4", "text"),
    ("gx-fengshan-gongyilin-2022", 3, "balance_mismatch",
     "年末结转6.41万元", "年末结转4.61万元", "4.61万元",
     "全年预算 1126.72 − 全年执行 1120.31 = 6.41万元, stated 4.61万元", "text"),
    ("gx-fengshan-gongyilin-2022", 4, "implausible_rate",
     "满意度为96.8%", "满意度为107.56%", "107.56%",
     "a satisfaction rate above 100% (the clerk wrote 96.8% / 90% as the rate)", "text"),
    ("gx-fengshan-gongyilin-2022", 5, "weight_sum_mismatch",
     "｜98%｜98%｜10｜9.8｜", "｜98%｜98%｜15｜9.8｜", "15｜9.8",
     "weights 10 + 15+10+10+5+10 + 10+10+15 + 10 = 105, not 100 (管护责任落实率 weight 15 for 10)", "table"),
    ("gx-fengshan-gongyilin-2022", 6, "conflicting_values",
     "国家级公益林58.60万亩（均为", "国家级公益林58.06万亩（均为", "58.06万亩",
     "国家级公益林 area is 58.60万亩 in the goals, outputs and the table (and 58.60 × 16 = 937.60)", "text"),

    # ---- 沅陵县 新一轮退耕还林补助 2019 (Hunan; PDF table, space-separated) ----
    ("yuanling-tuigeng-2019", 1, "sum_mismatch",
     "2017年度任务第二次补助360.00万元", "2017年度任务第二次补助306.00万元", "306.00万元",
     "340.00 + 306.00 + 400.00 = 1046.00, stated 全年预算 1100.00", "text"),
    ("yuanling-tuigeng-2019", 2, "year_mismatch",
     "（2019年度）", "（2018年度）", "（2018年度）",
     "the 自评表 is headed 2018年度 in a report on 2019 funds", "table"),
    ("yuanling-tuigeng-2019", 3, "completion_mismatch",
     "完成率94.51%", "完成率95.41%", "完成率95.41%",
     "兑付面积 2.41 / target 2.55万亩 = 94.51%, stated 95.41%", "text"),
    ("yuanling-tuigeng-2019", 4, "score_exceeds_weight",
     "2019年12月31日前 2019年12月 5 5\n成本指标 退耕还林补助标准 1500元/亩 1500元/亩 10 10",
     "2019年12月31日前 2019年12月 5 10\n成本指标 退耕还林补助标准 1500元/亩 1500元/亩 10 5",
     "2019年12月 5 10",
     "时效 row scored 10 with weight 5 (scores of the 时效 and 成本 rows pasted one row off; the total still adds up)", "table"),
    ("yuanling-tuigeng-2019", 5, "average_mismatch",
     "平均89.2%", "平均88.2%", "平均88.2%",
     "(87.5 + 90.3 + 88.8 + 89.6 + 89.8) / 5 = 89.2%, stated 88.2%", "text"),
    ("yuanling-tuigeng-2019", 6, "balance_mismatch",
     "对应现金补助71.40万元暂缓兑付", "对应现金补助74.10万元暂缓兑付", "74.10万元",
     "1100.00 − 1028.60 = 71.40万元 unspent and carried over, stated 74.10万元", "text"),

    # ---- 穆棱市 林业有害生物防治 2023 (Heilongjiang; tab-separated table) ----
    ("muling-forestpest-2023", 1, "year_mismatch",
     "结转至2024年", "结转至2023年", "结转至2023年",
     "unspent 2023 money carried over into 2023 itself", "text"),
    ("muling-forestpest-2023", 2, "grade_mismatch",
     "自评等级为“良”", "自评等级为“优”", "自评等级为“优”",
     "total 87.85 lies in the 良 band (80–90), stated 优", "text"),
    ("muling-forestpest-2023", 3, "sum_mismatch",
     "20.00\t8.64", "20.00\t8.46", "8.46",
     "执行数 by source 45.60 + 8.46 + 12.00 = 66.06, total row 66.24", "table"),
    ("muling-forestpest-2023", 4, "balance_mismatch",
     "5.52\t53.76", "5.52\t53.67", "53.67",
     "结转结余 = 120.00 − 66.24 = 53.76, stated 53.67", "table"),
    ("muling-forestpest-2023", 5, "weight_sum_mismatch",
     "2023年8月下旬\t5\t3", "2023年8月下旬\t3\t3", "2023年8月下旬\t3\t3",
     "时效 weight written as 3 (the score copied into 分值): weights total 98", "table"),
    ("muling-forestpest-2023", 6, "conflicting_values",
     "全市布设监测测报点32个", "全市布设监测测报点23个", "监测测报点23个",
     "the table gives 监测测报点数量 32个 (target ≥32个, actual 32个)", "text"),

    # ---- 阿巴嘎旗 草原生态保护补助奖励 2024 (Inner Mongolia; | table from a web page) ----
    ("abaga-grassland-2024", 1, "rate_mismatch",
     "| 6571.25 | — | 99.72% |", "| 6571.25 | — | 99.27% |", "99.27%",
     "草畜平衡奖励 6571.25 / 6589.50 = 99.72%, stated 99.27%", "table"),
    ("abaga-grassland-2024", 2, "average_mismatch",
     "平均30.1%", "平均31.0%", "平均31.0%",
     "(28.6 + 31.2 + 30.5) / 3 = 30.1%, stated 31.0%", "text"),
    ("abaga-grassland-2024", 3, "score_exceeds_weight",
     "| 补奖资金发放准确率 | 100% | 100% | 10 | 10 | |\n| | | 禁牧和草畜平衡监管覆盖率 | ≥95% | 97% | 5 | 5 | |",
     "| 补奖资金发放准确率 | 100% | 100% | 10 | 5 | |\n| | | 禁牧和草畜平衡监管覆盖率 | ≥95% | 97% | 5 | 10 | |",
     "97% | 5 | 10",
     "监管覆盖率 row scored 10 with weight 5 (scores of two adjacent rows swapped; the total still adds up)", "table"),
    ("abaga-grassland-2024", 4, "score_sum_mismatch",
     "| 明显提高 | 10 | 9 |", "| 明显提高 | 10 | 8 |", "明显提高 | 10 | 8",
     "row scores add to 97.99 (效益 28), stated total 98.99 and 效益 29", "table"),
    ("abaga-grassland-2024", 5, "year_mismatch",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "spending of the 2024 funds reported as of 31 Dec 2023", "text"),
    ("abaga-grassland-2024", 6, "unit_mismatch",
     "暂缓发放草畜平衡奖励资金18.25万元", "暂缓发放草畜平衡奖励资金182500万元", "182500万元",
     "6589.50 − 6571.25 = 18.25万元 = 182500元; the 元 figure labelled 万元", "text"),
]


def main():
    labels = []
    errors = 0
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, _where) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                print(f"ERROR {src}-e{n}: old string matches {count} times: {old!r}")
                errors += 1
                continue
            text = clean.replace(old, new, 1)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
