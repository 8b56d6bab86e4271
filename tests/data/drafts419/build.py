#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in
the clean draft; `value` is the substring of the error case that carries the
changed figure and becomes the label value.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, [(suffix, code, where, old, new, value, explanation), ...])
EDITS = [
    ("sd-huantai-zongfenguan-2020", [
        ("e1", "rate_mismatch", "table",
         "｜143.60｜139.88｜10｜97.41%｜9.74", "｜143.60｜139.88｜10｜97.14%｜9.74",
         "97.14%", "年度资金总额 row: 139.88 / 143.60 = 97.41%, stated 97.14%"),
        ("e2", "balance_mismatch", "prose",
         "年末结余3.72万元", "年末结余3.27万元",
         "结余3.27万元", "到位 143.60 − 执行 139.88 = 3.72 (also 图书采购 58.60 − 54.88 = 3.72), stated 3.27"),
        ("e3", "sum_mismatch", "prose",
         "通借通还平台及物流25.00万元", "通借通还平台及物流25.80万元",
         "物流25.80万元", "uses 42.00 + 58.60 + 25.80 + 18.00 = 144.40 ≠ 全年预算 143.60"),
        ("e4", "unit_mismatch", "prose",
         "每个补助5000元", "每个补助5000万元",
         "5000万元", "36 service points × 5000万元 = 180000万元 against 基层服务点补助 18.00万元: the per-point 5000元 written with 万元 (off by 10^4)"),
        ("e5", "completion_mismatch", "prose",
         "完成年度指标的107.68%", "完成年度指标的106.78%",
         "106.78%", "外借 30.15万册次 against target ≥28万册次 = 107.68%, stated 106.78%"),
        ("e6", "weight_sum_mismatch", "table",
         "分馆统一平台接入率｜100%｜100%｜8｜8", "分馆统一平台接入率｜100%｜100%｜9｜8",
         "100%｜9｜8", "分值 column now sums to 101 (质量指标 weight 8 → 9)"),
    ]),
    ("sx-wuxiang-mianfeikaifang-2019", [
        ("e1", "rate_mismatch", "table",
         "\t96.00\n", "\t96.60\n",
         "96.60", "预算执行率 row, 中央级 column: 19.20 / 20.00 = 96.00, stated 96.60"),
        ("e2", "implausible_rate", "table",
         "\t89.38\n\t0\n\t0\n", "\t89.38\n\t100\n\t0\n",
         "89.38\n\t100", "预算执行率 row, 上年结转资金 column: the budget there is 0, yet a rate of 100 is printed (rate on a zero base)"),
        ("e3", "completion_mismatch", "table",
         "\t115.75%", "\t117.55%",
         "117.55%", "年接待到馆读者 9.26万人次 / target 8万人次 = 115.75%, stated 117.55%"),
        ("e4", "score_exceeds_weight", "table",
         "\t100.00%\n\t5\n", "\t100.00%\n\t5.2\n",
         "100.00%\n\t5.2", "免费服务项目公示率: 得分 5.2 above its 权重 5 (the scores now sum to 97.2, which the whole-point total 97分 still covers under the rules §8 tolerance)"),
        ("e5", "year_mismatch", "prose",
         "已按规定结转至2020年", "已按规定结转至2019年",
         "结转至2019年", "a balance of the 2019 budget cannot be carried over to 2019 itself (next year: 2020)"),
        ("e6", "conflicting_values", "prose",
         "全年9.26万人次走进图书馆", "全年9.62万人次走进图书馆",
         "9.62万人次", "到馆读者 is 9.26万人次 in the 效益分析 and in the 效益 table, 9.62万人次 here"),
    ]),
    ("hb-xishui-zongfenguan-2021", [
        ("e1", "score_sum_mismatch", "table",
         "1620元\t5\t4.63", "1620元\t5\t4.36",
         "4.36", "row scores now add up to 89.59, while 合计 and the text give 89.86"),
        ("e2", "grade_mismatch", "prose",
         "评价等级为良。", "评价等级为优。",
         "评价等级为优", "89.86 lies in the 良 band (80 ≤ s < 90), not 优"),
        ("e3", "average_mismatch", "prose",
         "平均每个分馆1.08万册次", "平均每个分馆1.18万册次",
         "1.18万册次", "5.4万册次 / 5 分馆 = 1.08万册次, stated 1.18"),
        ("e4", "sum_mismatch", "table",
         "图书采购及加工\t25.20", "图书采购及加工\t25.02",
         "25.02", "支出明细: 22.46 + 25.02 + 8.88 + 5.38 = 61.74 ≠ 合计 61.92"),
        ("e5", "unit_mismatch", "table",
         "≥2.4万册\t2.52万册", "≥2.4万册\t105%",
         "≥2.4万册\t105%", "分馆图书配送: target in 万册, actual given as a percentage"),
        ("e6", "conflicting_values", "prose",
         "项目累计支付资金61.92万元", "项目累计支付资金69.12万元",
         "69.12万元", "the year's spending is 61.92万元 in section 二 and in the 支出明细 合计; 69.12万元 here"),
    ]),
    ("sc-lezhi-mianfeikaifang-2023", [
        ("e1", "balance_mismatch", "prose",
         "结余2.08万元", "结余2.80万元",
         "结余2.80万元", "all 52.00万元 received, 49.92万元 spent: balance 2.08, stated 2.80"),
        ("e2", "weight_sum_mismatch", "table",
         "补助资金拨付及时性\t定性\t及时\t—\t及时\t8\t8", "补助资金拨付及时性\t定性\t及时\t—\t及时\t9\t8",
         "及时\t9\t8", "分值 now total 101 against the stated 100 (时效指标 weight 8 → 9)"),
        ("e3", "score_exceeds_weight", "table",
         "场次\t68\t12\t12\t", "场次\t68\t12\t12.2\t",
         "68\t12\t12.2", "开展全民阅读推广活动: 得分 12.2 above its 分值 12 (the scores now sum to 97.2, which the whole-point 总分 97 still covers under the rules §8 tolerance)"),
        ("e4", "year_mismatch", "prose",
         "截至2023年12月31日", "截至2022年12月31日",
         "截至2022年12月31日", "the spending of the 2023 budget is reported as of 2022-12-31; the evaluation year is 2023"),
        ("e5", "sum_mismatch", "prose",
         "共计15.50万元", "共计16.50万元",
         "共计16.50万元", "3 × 2.50 + 5 × 1.60 = 15.50万元, stated 16.50"),
        ("e6", "unit_mismatch", "prose",
         "活动支出8.16万元", "活动支出8.16亿元",
         "8.16亿元", "8.16亿元 / 68场 = 1200万元 per event against 平均每场1200元: the 8.16万元 written as 亿元 (off by 10^4)"),
    ]),
    ("jx-yanshan-tushuguan-bumen-2022", [
        ("e1", "rate_mismatch", "prose",
         "项目支出执行率97.01%", "项目支出执行率97.10%",
         "97.10%", "项目支出 111.56 / 115.00 = 97.01%, stated 97.10%"),
        ("e2", "score_sum_mismatch", "table",
         "| 小计 | | | | | 30 | 28.93 |", "| 小计 | | | | | 30 | 29.83 |",
         "30 | 29.83", "效益 rows give 10 + 8.93 + 10 = 28.93, 小计 says 29.83 (and 小计 no longer add up to 合计 98.93)"),
        ("e3", "grade_mismatch", "prose",
         "综合评定为“优秀”等次", "综合评定为“良好”等次",
         "综合评定为“良好”", "98.93 is in the 优 band (≥ 90)"),
        ("e4", "average_mismatch", "prose",
         "三个项目平均得分94.67分", "三个项目平均得分94.76分",
         "94.76分", "(97.5 + 92 + 94.5) / 3 = 94.67, stated 94.76"),
        ("e5", "conflicting_values", "table",
         "| ≥36万人次 | 38.62万人次 |", "| ≥36万人次 | 36.82万人次 |",
         "36.82万人次", "到馆读者 is 38.62万人次 in section 三 (with the 12.40% growth), 36.82万人次 in the table"),
        ("e6", "implausible_rate", "table",
         "| ≥90% | 94.8% |", "| ≥90% | 104.8% |",
         "104.8%", "读者满意度 above 100%"),
    ]),
]

def build():
    labels = []
    for src, edits in EDITS:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl in edits:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: value {value!r} not in the error case")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    build()
