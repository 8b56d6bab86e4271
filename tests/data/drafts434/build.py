#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of the n434 set from the clean drafts and the edit list below.

Each edit is one exact old -> new replacement that must match exactly once in its clean draft.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ha-neixiang-guopei-2018",
    "sc-nanbu-jiaoshipeixun-2020",
    "hn-mayang-guopei-2022",
    "sx-lanxian-jiaoxiu-bumen-2023",
    "yn-shidian-xiangcunjiaoshi-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 1 Henan, 内乡县, 2018 (MOF table with ｜)
    ("ha-neixiang-guopei-2018", 1, "rate_mismatch", "table",
     "上年结转资金｜0.00｜16.40｜15.52｜—｜94.63%｜—", "上年结转资金｜0.00｜16.40｜15.52｜—｜96.43%｜—",
     "15.52｜—｜96.43%",
     "上年结转 row: 15.52 / 16.40 = 94.63%, stated 96.43%"),
    ("ha-neixiang-guopei-2018", 2, "sum_mismatch", "prose",
     "分别为送教下乡640人次", "分别为送教下乡604人次",
     "1,200人次，分别为送教下乡604人次",
     "604 + 360 + 120 + 80 = 1164, stated total 1,200人次"),
    ("ha-neixiang-guopei-2018", 3, "balance_mismatch", "prose",
     "年末结余7.53万元", "年末结余7.35万元",
     "年末结余7.35万元",
     "全部到位 112.40 - 执行 104.87 = 7.53, stated 7.35"),
    ("ha-neixiang-guopei-2018", 4, "year_mismatch", "prose",
     "已按规定结转至2019年", "已按规定结转至2018年",
     "结转至2018年",
     "the unspent part of the 2018 budget cannot be carried over into 2018 itself"),
    ("ha-neixiang-guopei-2018", 5, "unit_mismatch", "prose",
     "按每人每天420元包干，支出42.00万元", "按每人每天420元包干，支出420000万元",
     "支出420000万元",
     "1,000人·天 x 420元 = 420,000元 = 42.00万元; the 元 figure is labelled 万元 (off by 10^4), which also breaks 42.00 + 38.40 + 24.47 = 104.87"),
    ("ha-neixiang-guopei-2018", 6, "score_sum_mismatch", "table",
     "｜≥90%｜87.50%｜5｜4.86｜", "｜≥90%｜87.50%｜5｜4.68｜",
     "87.50%｜5｜4.68",
     "row scores now add to 98.56 (产出 49.68), but the table and text give 98.74 (产出 49.86)"),
    # ---- 2 Sichuan, 南部县, 2020 (Sichuan table, tabs)
    ("sc-nanbu-jiaoshipeixun-2020", 1, "score_exceeds_weight", "table",
     "\t88.5\t10\t9.83\t", "\t88.5\t10\t10.33\t",
     "88.5\t10\t10.33",
     "参训教师满意度: score 10.33 above its weight 10 (the whole-point total 98 still matches the row sum 98.28)"),
    ("sc-nanbu-jiaoshipeixun-2020", 2, "weight_sum_mismatch", "table",
     "\t期\t17\t10\t10\t", "\t期\t17\t12\t10\t",
     "17\t12\t10",
     "集中面授培训期数 weight 12: weights now total 102, the 总分 row says 100"),
    ("sc-nanbu-jiaoshipeixun-2020", 3, "completion_mismatch", "prose",
     "完成年度目标的103.62%", "完成年度目标的106.32%",
     "完成年度目标的106.32%",
     "6528 / 6300 = 103.62%, stated 106.32%"),
    ("sc-nanbu-jiaoshipeixun-2020", 4, "implausible_rate", "table",
     "\t%\t88.5\t10\t9.83\t", "\t%\t108.5\t10\t9.83\t",
     "108.5",
     "参训教师满意度 108.5% is above 100%"),
    ("sc-nanbu-jiaoshipeixun-2020", 5, "conflicting_values", "prose",
     "项目调整后预算138.6万元", "项目调整后预算136.8万元",
     "调整后预算136.8万元",
     "调整后预算 is 138.60万元 in 二（一） and in the table (150.00 - 11.40); the overview says 136.8"),
    ("sc-nanbu-jiaoshipeixun-2020", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 98 is in the 优 band (90-100)"),
    # ---- 3 Hunan, 麻阳县, 2022 (| table)
    ("hn-mayang-guopei-2022", 1, "grade_mismatch", "prose",
     "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”",
     "89.40 is below 90: band 良, stated 优"),
    ("hn-mayang-guopei-2022", 2, "average_mismatch", "prose",
     "对送教团队满意度95.1%", "对送教团队满意度96.1%",
     "对送教团队满意度96.1%、对课程设置满意度91.3%，综合满意度93.2%",
     "(96.1 + 91.3) / 2 = 93.7, stated 93.2"),
    ("hn-mayang-guopei-2022", 3, "rate_mismatch", "prose",
     "资金到位率92.49%", "资金到位率94.29%",
     "资金到位率94.29%",
     "98.50 / 106.50 = 92.49%, stated 94.29%"),
    ("hn-mayang-guopei-2022", 4, "balance_mismatch", "prose",
     "中央资金结余17.13万元", "中央资金结余17.31万元",
     "结余17.31万元",
     "到位 98.50 - 支出 81.37 = 17.13 (中央 86.50 - 69.37 = 17.13), stated 17.31"),
    ("hn-mayang-guopei-2022", 5, "unit_mismatch", "table",
     "|≥12期|9期|10|7.50|", "|≥12期|75%|10|7.50|",
     "≥12期|75%",
     "target in 期, actual as a percentage"),
    ("hn-mayang-guopei-2022", 6, "weight_sum_mismatch", "table",
     "|≥240件|168件|10|7.00|", "|≥240件|168件|15|7.00|",
     "168件|15|7.00",
     "生成性课程资源 weight 15: weights now total 105, the 总分 row says 100"),
    # ---- 4 Shanxi, 岚县, 2023 部门整体 (flattened tables)
    ("sx-lanxian-jiaoxiu-bumen-2023", 1, "score_exceeds_weight", "table",
     "\t97.75%\n\t4.89\n", "\t97.75%\n\t5.09\n",
     "5.09",
     "培训按期完成率: score 5.09 above its weight 5 (the whole-point total 99 still matches the row sum 99.06)"),
    ("sx-lanxian-jiaoxiu-bumen-2023", 2, "completion_mismatch", "table",
     "\t107.78%\n", "\t117.78%\n",
     "117.78%",
     "3880 / 3600 = 107.78%, stated 117.78%"),
    ("sx-lanxian-jiaoxiu-bumen-2023", 3, "rate_mismatch", "table",
     "\t97.64\n\t88.04\n", "\t97.64\n\t86.04\n",
     "86.04",
     "中央级 column, row (7)=(4)/(2): 16.20 / 18.40 = 88.04, stated 86.04"),
    ("sx-lanxian-jiaoxiu-bumen-2023", 4, "sum_mismatch", "prose",
     "人员经费209.81万元", "人员经费209.18万元",
     "基本支出233.37万元（人员经费209.18万元",
     "209.18 + 23.56 = 232.74, stated 基本支出 233.37"),
    ("sx-lanxian-jiaoxiu-bumen-2023", 5, "average_mismatch", "prose",
     "满意度分别为96.1%、94.8%、95.0%", "满意度分别为96.1%、98.4%、95.0%",
     "96.1%、98.4%、95.0%，平均95.30%",
     "(96.1 + 98.4 + 95.0) / 3 = 96.50, stated 95.30"),
    ("sx-lanxian-jiaoxiu-bumen-2023", 6, "implausible_rate", "prose",
     "认可度为97.6%", "认可度为107.6%",
     "认可度为107.6%",
     "an approval rate above 100%"),
    # ---- 5 Yunnan, 施甸县, 2024 (Markdown, 小计 rows)
    ("yn-shidian-xiangcunjiaoshi-2024", 1, "score_sum_mismatch", "table",
     "| 效益指标 | 小计 |  |  |  | 30 | 25.00 |", "| 效益指标 | 小计 |  |  |  | 30 | 25.50 |",
     "30 | 25.50",
     "效益 rows score 8.00 + 7.00 + 10 = 25.00, 小计 says 25.50 (and 小计s now add to 88.57, not 88.07)"),
    ("yn-shidian-xiangcunjiaoshi-2024", 2, "completion_mismatch", "prose",
     "完成年度目标的72.00%", "完成年度目标的74.00%",
     "完成年度目标的74.00%",
     "720 / 1000 = 72.00%, stated 74.00%"),
    ("yn-shidian-xiangcunjiaoshi-2024", 3, "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日",
     "the 2024 report gives its spending as of 31 Dec 2023"),
    ("yn-shidian-xiangcunjiaoshi-2024", 4, "conflicting_values", "table",
     "| 300元/人·天 |", "| 320元/人·天 |",
     "320元/人·天",
     "text: 49.05万元 / 1,635人·天 = 人均日成本300元; table actual 320元/人·天"),
    ("yn-shidian-xiangcunjiaoshi-2024", 5, "weight_sum_mismatch", "table",
     "| ≥45人 | 45人 | 5 | 5 |", "| ≥45人 | 45人 | 6 | 5 |",
     "45人 | 6 | 5",
     "校长领导力研修人数 weight 6: 产出 rows add to 51 against 小计 50, all weights 101"),
    ("yn-shidian-xiangcunjiaoshi-2024", 6, "sum_mismatch", "table",
     "| 10.80 | 10.80 | 9.62 |", "| 10.80 | 10.80 | 9.26 |",
     "10.80 | 9.26",
     "执行数 column: 43.50 + 9.26 + 5.00 = 57.76, 合计 says 58.12"),
]


def main():
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
    labels = []
    by_src = {}
    for e in EDITS:
        by_src.setdefault(e[0], []).append(e)
    for src in SOURCES:
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in sorted(by_src[src], key=lambda x: x[1]):
            text = clean[src]
            k = text.count(old)
            if k != 1:
                raise SystemExit("%s-e%d: old string matches %d times: %r" % (src, n, k, old))
            err = text.replace(old, new, 1)
            if value not in err:
                raise SystemExit("%s-e%d: value not in case: %r" % (src, n, value))
            name = "%s-e%d.txt" % (src, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(err)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d errors)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
