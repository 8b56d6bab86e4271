#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each error case = its clean draft with exactly one exact old->new replacement
(the old string must occur exactly once in the clean draft).
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jx-chongyi-wuxidiaocha-2021",
    "nm-wulatehouqi-kuangshanjiance-2019",
    "gz-puan-dihuanjiance-2023",
    "gs-subei-chuliangjiance-2022",
    "ha-luanchuan-zirandept-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- jx-chongyi-wuxidiaocha-2021 (Markdown table) ----
    ("jx-chongyi-wuxidiaocha-2021", 1, "rate_mismatch", "prose",
     "资金到位率100%", "资金到位率75%", "资金到位率75%",
     "到位 240.00 / 全年预算 240.00 = 100%, stated 75% (the 年初 180.00 share, wrong base)"),
    ("jx-chongyi-wuxidiaocha-2021", 2, "balance_mismatch", "prose",
     "年末结余43.15万元", "年末结余34.15万元", "结余34.15万元",
     "到位 240.00 - 支出 196.85 = 43.15, stated 34.15"),
    ("jx-chongyi-wuxidiaocha-2021", 3, "year_mismatch", "prose",
     "结转至2022年继续使用", "结转至2021年继续使用", "结转至2021年",
     "the unspent part of the 2021 budget cannot be carried over to 2021 itself; it goes to 2022"),
    ("jx-chongyi-wuxidiaocha-2021", 4, "unit_mismatch", "prose",
     "合同价198.00万元", "合同价1980000万元", "合同价1980000万元",
     "contract price is 1,980,000元 = 198.00万元 (59.40 + 99.00 + 39.60; 59.40 is 30%; 158.40 is 80%); the 元 figure is labelled 万元, off by 10^4"),
    ("jx-chongyi-wuxidiaocha-2021", 5, "weight_sum_mismatch", "table",
     "| 320平方公里 | 15 | 15 |", "| 320平方公里 | 18 | 15 |", "320平方公里 | 18 | 15",
     "weights now total 103 (10 + 53 + 30 + 10) against the 合计 100; the 产出 rows sum to 53"),
    ("jx-chongyi-wuxidiaocha-2021", 6, "score_exceeds_weight", "table",
     "| 91.2% | 5 | 4.8 |", "| 91.2% | 5 | 5.2 |", "91.2% | 5 | 5.2",
     "score 5.2 above its weight 5 (should be 5 x 91.2/95 = 4.8); the scores now sum to 96.4, still 96 at whole points, so the total is not wrong"),
    # ---- nm-wulatehouqi-kuangshanjiance-2019 (｜ tables with 完成率 and 小计 rows) ----
    ("nm-wulatehouqi-kuangshanjiance-2019", 1, "completion_mismatch", "table",
     "｜126个｜105.00%｜", "｜126个｜150.00%｜", "126个｜150.00%",
     "126 / 120 = 105.00%, stated 150.00%"),
    ("nm-wulatehouqi-kuangshanjiance-2019", 2, "score_sum_mismatch", "table",
     "｜30｜27.75｜", "｜30｜28.75｜", "30｜28.75",
     "效益 rows score 12.75 + 15 = 27.75, the 效益指标小计 says 28.75 (and 9.6 + 50 + 28.75 + 9.68 = 98.03 against the 合计 97.03)"),
    ("nm-wulatehouqi-kuangshanjiance-2019", 3, "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "total 97.03 is in the 优 band (>= 90)"),
    ("nm-wulatehouqi-kuangshanjiance-2019", 4, "average_mismatch", "prose",
     "平均每个苏木镇9.6座", "平均每个苏木镇9.8座", "平均每个苏木镇9.8座",
     "(9 + 14 + 12 + 7 + 6) / 5 = 9.6, stated 9.8"),
    ("nm-wulatehouqi-kuangshanjiance-2019", 5, "conflicting_values", "prose",
     "遥感监测覆盖面积2160平方公里，", "遥感监测覆盖面积2610平方公里，", "遥感监测覆盖面积2610平方公里",
     "the same remote-sensing coverage is 2160平方公里 in the indicator table (completion 108.00% of 2000)"),
    ("nm-wulatehouqi-kuangshanjiance-2019", 6, "sum_mismatch", "table",
     "旗本级财政资金｜38.00｜", "旗本级财政资金｜36.00｜", "旗本级财政资金｜36.00",
     "年初 column: 80.00 + 36.00 = 116.00, the 年度资金总额 says 118.00 (and 46.50 - 36.00 differs from the 追加 8.50)"),
    # ---- gz-puan-dihuanjiance-2023 (MOF funds block + ｜ indicator table) ----
    ("gz-puan-dihuanjiance-2023", 1, "rate_mismatch", "prose",
     "当年财政拨款执行率97.07%", "当年财政拨款执行率97.70%", "当年财政拨款执行率97.70%",
     "当年财政拨款 执行 145.60 / 预算 150.00 = 97.07%, stated 97.70%"),
    ("gz-puan-dihuanjiance-2023", 2, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜", "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% printed on a zero budget (0.00 / 0.00): rate undefined, should be —"),
    ("gz-puan-dihuanjiance-2023", 3, "unit_mismatch", "table",
     "｜≥4家｜3家｜", "｜≥4家｜75%｜", "≥4家｜75%",
     "target counted in 家, actual given as a percentage: completion cannot be computed from the row"),
    ("gz-puan-dihuanjiance-2023", 4, "average_mismatch", "prose",
     "平均每站8539条", "平均每站8593条", "平均每站8593条",
     "(8612 + 8590 + 8437 + 8566 + 8501 + 8528) / 6 = 51234 / 6 = 8539, stated 8593"),
    ("gz-puan-dihuanjiance-2023", 5, "year_mismatch", "table",
     "年度：2023年", "年度：2022年", "年度：2022年",
     "the self-evaluation table claims year 2022 for the 2023 report (title, budget and dates are 2023)"),
    ("gz-puan-dihuanjiance-2023", 6, "sum_mismatch", "prose",
     "罐子窑镇7处", "罐子窑镇9处", "罐子窑镇9处",
     "8 + 6 + 9 + 5 + 6 = 34, the text says the 32处 monitored points are split this way"),
    # ---- gs-subei-chuliangjiance-2022 (tab-separated tables copied from Word) ----
    ("gs-subei-chuliangjiance-2022", 1, "balance_mismatch", "table",
     "资金结余\t7.85", "资金结余\t8.75", "资金结余\t8.75",
     "到位 120.00 - 执行 112.15 = 7.85, stated 8.75"),
    ("gs-subei-chuliangjiance-2022", 2, "completion_mismatch", "prose",
     "完成率115%", "完成率105%", "完成率105%",
     "planned 40宗, done 46宗: 46 / 40 = 115%, stated 105%"),
    ("gs-subei-chuliangjiance-2022", 3, "score_exceeds_weight", "table",
     "93.1%\t10\t9.8\t", "93.1%\t10\t10.2\t", "93.1%\t10\t10.2",
     "score 10.2 above its weight 10 (10 x 93.1/95 = 9.8); scores now sum to 89.4, still 89 at whole points"),
    ("gs-subei-chuliangjiance-2022", 4, "grade_mismatch", "table",
     "评价等级\t良", "评价等级\t优", "评价等级\t优",
     "total 89 is in the 良 band (80 <= s < 90), not 优"),
    ("gs-subei-chuliangjiance-2022", 5, "conflicting_values", "prose",
     "实际监测矿山23座", "实际监测矿山25座", "实际监测矿山25座",
     "the table gives 储量动态监测矿山数量 23座 for the same count"),
    ("gs-subei-chuliangjiance-2022", 6, "weight_sum_mismatch", "prose",
     "效益指标30分", "效益指标35分", "效益指标35分",
     "10 + 50 + 35 + 10 = 105; the 效益 rows of the table weigh 30"),
    # ---- ha-luanchuan-zirandept-2024 (department-wide, Markdown tables) ----
    ("ha-luanchuan-zirandept-2024", 1, "implausible_rate", "prose",
     "满意率99.4%", "满意率100.4%", "满意率100.4%",
     "a satisfaction rate cannot exceed 100%"),
    ("ha-luanchuan-zirandept-2024", 2, "score_sum_mismatch", "prose",
     "产出指标得分49.17分", "产出指标得分49.71分", "产出指标得分49.71分",
     "产出 rows score 7.17 + 8 + 6 + 6 + 8 + 6 + 8 = 49.17, stated 49.71"),
    ("ha-luanchuan-zirandept-2024", 3, "rate_mismatch", "table",
     "| 395.50 | 88.88% |", "| 395.50 | 88.78% |", "395.50 | 88.78%",
     "395.50 / 445.00 = 88.88%, stated 88.78%"),
    ("ha-luanchuan-zirandept-2024", 4, "completion_mismatch", "table",
     "| 9,846件 | 109.40% |", "| 9,846件 | 106.40% |", "9,846件 | 106.40%",
     "9846 / 9000 = 109.40%, stated 106.40%"),
    ("ha-luanchuan-zirandept-2024", 5, "conflicting_values", "table",
     "| 3个工作日 | 100% |", "| 4个工作日 | 100% |", "4个工作日",
     "the text gives 平均3个工作日办结 (2 days ahead of the 5-day limit); the table says 4 for the same measure"),
    ("ha-luanchuan-zirandept-2024", 6, "sum_mismatch", "table",
     "| 地质环境监测及地灾防治 | 640.00 |", "| 地质环境监测及地灾防治 | 604.00 |", "地质环境监测及地灾防治 | 604.00",
     "年初 column: 380.00 + 604.00 + 400.00 = 1384.00, the 项目支出 row says 1,420.00"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
