#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new). `old` must occur exactly
once in the clean draft. `value` is the short substring of the error case that carries the change.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

LZ = "sd-laizhou-zaishengshui-2021"
XM = "ha-xinmi-guanwanggaizao-2019"
LX = "zj-lanxi-ercigongshui-2023"
MC = "hb-macheng-shuizhijiance-2020"
GA = "jx-gaoan-jieshuichengshi-2024"

SOURCES = [LZ, XM, LX, MC, GA]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Laizhou, reclaimed water, full-width bar tables ---
    (LZ, 1, "rate_mismatch", "prose",
     "当年财政拨款执行1206.46万元，执行率94.25%", "当年财政拨款执行1206.46万元，执行率92.45%",
     "执行率92.45%",
     "当年财政拨款 1206.46 / 全年 1280.00 = 94.25%, stated 92.45%"),
    (LZ, 2, "unit_mismatch", "table",
     "｜≥40家｜46家｜", "｜≥40家｜46%｜",
     "≥40家｜46%",
     "新增再生水用户: target in 家, actual written as a percentage; completion cannot be computed"),
    (LZ, 3, "score_sum_mismatch", "table",
     "｜2021年12月20日｜5｜4｜", "｜2021年12月20日｜5｜3｜",
     "2021年12月20日｜5｜3",
     "row scores now add to 9.45 + 87.5 = 96.95, while the table and the text state 97.95"),
    (LZ, 4, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "97.95 points is in the 优 band (>= 90), not 良"),
    (LZ, 5, "conflicting_values", "prose",
     "综合满意度93.6%", "综合满意度96.3%",
     "综合满意度96.3%",
     "用水单位满意度 is 93.6% in the 自评表 but 96.3% in the text"),
    (LZ, 6, "sum_mismatch", "table",
     "上年结转资金｜0.00｜150.00｜", "上年结转资金｜150.00｜150.00｜",
     "上年结转资金｜150.00｜150.00",
     "年初预算数 column: 1280.00 + 150.00 + 0.00 = 1430.00, but 年度资金总额 年初 is 1280.00"),

    # --- Xinmi, old water-main renewal, tab-separated tables ---
    (XM, 1, "balance_mismatch", "prose",
     "到位资金扣除支出后结余143.49万元", "到位资金扣除支出后结余134.49万元",
     "结余134.49万元",
     "到位 2520.00 - 支出 2376.51 = 143.49, stated 134.49"),
    (XM, 2, "rate_mismatch", "table",
     "\t820.00\t86.32%\t", "\t820.00\t68.32%\t",
     "820.00\t68.32%",
     "市级资金 到位率 = 820.00 / 950.00 = 86.32%, stated 68.32%"),
    (XM, 3, "completion_mismatch", "table",
     "\t1870户\t103.89%\t", "\t1870户\t108.39%\t",
     "1870户\t108.39%",
     "水表出户改造户数 1870 / 1800 = 103.89%, stated 108.39%"),
    (XM, 4, "weight_sum_mismatch", "table",
     "\t91.2%\t96%\t10\t9.6\t", "\t91.2%\t96%\t12\t9.6\t",
     "96%\t12\t9.6",
     "分值 column now adds to 102 (压力合格率 weight 12 instead of 10), the 合计 row says 100"),
    (XM, 5, "average_mismatch", "prose",
     "户均改造费用527.33元", "户均改造费用572.33元",
     "户均改造费用572.33元",
     "水表出户改造 98.61万元 / 1870户 = 527.33元, stated 572.33元"),
    (XM, 6, "year_mismatch", "prose",
     "全部结转至2020年", "全部结转至2019年",
     "结转至2019年",
     "money left at the end of the 2019 budget year is carried over to 2019 itself; it must go to a later year (2020)"),

    # --- Lanxi, secondary water supply, PDF space-aligned tables ---
    (LX, 1, "sum_mismatch", "prose",
     "其中第一批18个、第二批14个", "其中第一批18个、第二批12个",
     "第二批12个",
     "18 + 12 = 30 小区, but the sentence (and the table) give 32 completed"),
    (LX, 2, "rate_mismatch", "prose",
     "财政拨款执行1,742.53万元，执行率93.68%", "财政拨款执行1,742.53万元，执行率96.38%",
     "执行率96.38%",
     "财政拨款 1742.53 / 1860.00 = 93.68%, stated 96.38%"),
    (LX, 3, "unit_mismatch", "prose",
     "户均投入1,804.61元", "户均投入1,804.61万元",
     "1,804.61万元",
     "财政资金 1742.53万元 / 9656户 = 1804.61元: the per-household amount is labelled 万元 (off by 10^4)"),
    (LX, 4, "implausible_rate", "table",
     "≥99%  99.6%  9  9", "≥99%  109.6%  9  9",
     "109.6%",
     "改造后龙头水水质合格率 109.6%: a pass rate cannot exceed 100%"),
    (LX, 5, "conflicting_values", "table",
     "≥90%  94.8%  10  10", "≥90%  98.4%  10  10",
     "≥90%  98.4%",
     "改造小区居民满意度 is 98.4% in the 自评表 but 94.8% in the text (third-party survey)"),
    (LX, 6, "year_mismatch", "table",
     "年度：2023", "年度：2022",
     "年度：2022",
     "the 自评表 header gives 2022 for the 2023 evaluation (title, funds and dates are 2023)"),

    # --- Macheng, online water-quality monitoring, prose only, Hubei 20-point execution ---
    (MC, 1, "score_exceeds_weight", "prose",
     "实际100%，分值10分，得10分", "实际100%，分值10分，得10.3分",
     "分值10分，得10.3分",
     "设备安装验收合格率: score 10.3 above its weight 10 (the stated total 88 still matches the row sum 88.3 within whole-point rounding)"),
    (MC, 2, "balance_mismatch", "prose",
     "支出56.40万元，结余7.60万元", "支出56.40万元，结余6.70万元",
     "结余6.70万元",
     "运行维护服务 64.00 - 56.40 = 7.60, stated 6.70"),
    (MC, 3, "implausible_rate", "prose",
     "平均在线率98.6%", "平均在线率108.6%",
     "平均在线率108.6%",
     "an average online rate of 108.6% is above 100%"),
    (MC, 4, "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀",
     "88 points is in the 良 band (80 <= s < 90), not 优"),
    (MC, 5, "average_mismatch", "prose",
     "平均每个9.37万元", "平均每个9.73万元",
     "平均每个9.73万元",
     "设备购置及安装 112.48万元 / 12 monitoring points = 9.37万元, stated 9.73"),
    (MC, 6, "completion_mismatch", "prose",
     "完成年度目标的66.67%", "完成年度目标的76.67%",
     "完成年度目标的76.67%",
     "12 built / 18 planned = 66.67%, stated 76.67%"),

    # --- Gaoan, department-wide report, Markdown pipe tables ---
    (GA, 1, "sum_mismatch", "table",
     "| 基本支出 | 598.50 |", "| 基本支出 | 589.50 |",
     "基本支出 | 589.50",
     "年初预算数 column: 589.50 + 870.00 = 1459.50, the 合计 row says 1,468.50 (and 589.50 + 13.80 调资 ≠ 612.30)"),
    (GA, 2, "score_sum_mismatch", "table",
     "| 108% | 7 | 7 |", "| 108% | 7 | 5 |",
     "108% | 7 | 5",
     "row scores now add to 96, the 合计 row and the conclusion say 98"),
    (GA, 3, "score_exceeds_weight", "table",
     "| 103.81% | 7 | 7 |", "| 103.81% | 7 | 7.4 |",
     "103.81% | 7 | 7.4",
     "管网漏损检测覆盖长度: score 7.4 above its weight 7 (the stated whole-point total 98 still matches the row sum 98.4)"),
    (GA, 4, "weight_sum_mismatch", "table",
     "| 113.33% | 7 | 7 |", "| 113.33% | 9 | 7 |",
     "113.33% | 9 | 7",
     "分值 column now adds to 102 (万元GDP用水量降幅 weight 9 instead of 7), the 合计 row says 100"),
    (GA, 5, "completion_mismatch", "table",
     "| 23.6% | 107.27% |", "| 23.6% | 102.27% |",
     "23.6% | 102.27%",
     "城市再生水利用率 23.6 / 22 = 107.27%, stated 102.27%"),
    (GA, 6, "conflicting_values", "prose",
     "城区再生水利用率达到23.6%", "城区再生水利用率达到26.3%",
     "利用率达到26.3%",
     "城市再生水利用率 is 23.6% in the 自评表 but 26.3% in the text"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (_, n, code, where, old, new, value, expl) in sorted(by_source[src], key=lambda x: x[1]):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in error case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
