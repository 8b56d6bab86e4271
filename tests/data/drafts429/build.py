#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run from anywhere: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "gz-dejiang-linxiatianma-2021",
    "hn-longhui-linxiahuangjing-2023",
    "yn-simao-linxiasanqi-2020",
    "zj-panan-linxiazhongyao-2019",
    "jl-fusong-linyeju-bumen-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 德江 林下天麻 2021 ----
    ("gz-dejiang-linxiatianma-2021", 1, "rate_mismatch", "prose",
     "支出52.46万元，执行率80.71%", "支出52.46万元，执行率87.01%",
     "执行率87.01%", "county funds: 52.46 / 65 = 80.71%, stated 87.01%"),
    ("gz-dejiang-linxiatianma-2021", 2, "balance_mismatch", "prose",
     "年末未支出资金12.54万元", "年末未支出资金12.45万元",
     "未支出资金12.45万元", "全年预算 403.6 - 全年支出 391.06 = 12.54, stated 12.45"),
    ("gz-dejiang-linxiatianma-2021", 3, "conflicting_values", "table",
     "林下天麻种植面积      ≥1800亩      1850亩", "林下天麻种植面积      ≥1800亩      1580亩",
     "1580亩", "table gives 林下天麻 1580亩 while the text gives 天麻1850亩 (and 1850 x 1200元 = 222.00万元 paid)"),
    ("gz-dejiang-linxiatianma-2021", 4, "score_sum_mismatch", "table",
     "1460人次    6     5.84", "1460人次    6     5.48",
     "5.48", "row scores now add up to 97.37 (non-execution rows 87.68) while 合计 and the text say 97.73 (88.04)"),
    ("gz-dejiang-linxiatianma-2021", 5, "unit_mismatch", "table",
     "≥90%         94.6%", "≥90%         94.6分",
     "94.6分", "种植户满意度 target is a percentage (≥90%), actual written in 分"),
    ("gz-dejiang-linxiatianma-2021", 6, "year_mismatch", "prose",
     "已按规定结转至2022年继续使用", "已按规定结转至2021年继续使用",
     "结转至2021年", "money left at the end of 2021 cannot be carried over to 2021 itself"),
    # ---- 隆回 林下黄精 2023 ----
    ("hn-longhui-linxiahuangjing-2023", 1, "sum_mismatch", "table",
     "县级资金\t45.00\t45.00\t38.37", "县级资金\t45.00\t45.00\t33.87",
     "33.87", "实际支出数 column: 150.00 + 20.00 + 33.87 = 203.87, 合计 says 208.37"),
    ("hn-longhui-linxiahuangjing-2023", 2, "completion_mismatch", "prose",
     "完成年度目标的115.00%", "完成年度目标的113.00%",
     "完成年度目标的113.00%", "连片基地 1380亩 / target 1200亩 = 115.00%, stated 113.00%"),
    ("hn-longhui-linxiahuangjing-2023", 3, "weight_sum_mismatch", "table",
     "中药材育苗基地\t≥2个\t2个\t5\t5", "中药材育苗基地\t≥2个\t2个\t6\t5",
     "2个\t6\t5", "分值 column now totals 101 (产出 51) while 合计 says 100"),
    ("hn-longhui-linxiahuangjing-2023", 4, "grade_mismatch", "prose",
     "评价等级为\"优\"", "评价等级为\"良\"",
     "评价等级为\"良\"", "98.99 is in the 优 band (≥90)"),
    ("hn-longhui-linxiahuangjing-2023", 5, "implausible_rate", "table",
     "≥90%\t95.2%", "≥90%\t105.2%",
     "105.2%", "satisfaction cannot exceed 100%"),
    ("hn-longhui-linxiahuangjing-2023", 6, "average_mismatch", "prose",
     "户均增收2960元", "户均增收2690元",
     "户均增收2690元", "256.04万元 / 865户 = 2960元, stated 2690元"),
    # ---- 思茅 林下三七 2020 ----
    ("yn-simao-linxiasanqi-2020", 1, "completion_mismatch", "table",
     "98%             103.16%", "98%             103.61%",
     "103.61%", "林分郁闭度保持率 98% / 95% = 103.16%, stated 103.61%"),
    ("yn-simao-linxiasanqi-2020", 2, "rate_mismatch", "table",
     "76.00     43.92", "76.00     49.32",
     "49.32", "区级 (7)=(4)/(2): 10.54 / 24.00 = 43.92, stated 49.32"),
    ("yn-simao-linxiasanqi-2020", 3, "unit_mismatch", "table",
     "2020年10月底前   2020年9月25日", "2020年10月底前   100%",
     "2020年10月底前   100%", "种植完成时间 target is a date, actual given as a percentage"),
    ("yn-simao-linxiasanqi-2020", 4, "score_sum_mismatch", "prose",
     "产出指标43.83分", "产出指标44.83分",
     "产出指标44.83分", "产出 rows add up to 43.83, and 8.26 + 44.83 + 27.95 + 8.89 = 89.93 is not the stated 88.93"),
    ("yn-simao-linxiasanqi-2020", 5, "year_mismatch", "prose",
     "80万元已于2019年12月提前下达", "80万元已于2018年12月提前下达",
     "于2018年12月提前下达", "advance issue of 2020 funds belongs to December 2019, not 2018"),
    ("yn-simao-linxiasanqi-2020", 6, "grade_mismatch", "prose",
     "评价等级为良", "评价等级为优",
     "评价等级为优", "88.93 is in the 良 band (80-90)"),
    # ---- 磐安 林下中药材 2019 ----
    ("zj-panan-linxiazhongyao-2019", 1, "score_exceeds_weight", "table",
     "88.5%            10    9.83", "88.5%            10    10.38",
     "10.38", "种植户满意度 score 10.38 above its weight 10 (total still rounds to 98)"),
    ("zj-panan-linxiazhongyao-2019", 2, "balance_mismatch", "prose",
     "结余资金8.40万元", "结余资金8.04万元",
     "结余资金8.04万元", "240 - 231.60 = 8.40, stated 8.04"),
    ("zj-panan-linxiazhongyao-2019", 3, "weight_sum_mismatch", "table",
     "≥650亩            600亩            8     7.38", "≥650亩            600亩            9     7.38",
     "600亩            9", "分值 column now totals 101 (产出 51) while 合计 says 100"),
    ("zj-panan-linxiazhongyao-2019", 4, "average_mismatch", "prose",
     "户均增收4200元", "户均增收4020元",
     "户均增收4020元", "470.4万元 / 1120户 = 4200元, stated 4020元"),
    ("zj-panan-linxiazhongyao-2019", 5, "conflicting_values", "table",
     "≥2000万元         2150万元", "≥2000万元         2510万元",
     "2510万元", "table gives 林下中药材产值 2510万元, the text 2150万元"),
    ("zj-panan-linxiazhongyao-2019", 6, "sum_mismatch", "prose",
     "铁皮石斛180亩", "铁皮石斛160亩",
     "铁皮石斛160亩", "420 + 160 + 900 = 1480 (not 1500) and 420 + 160 = 580 (not 600)"),
    # ---- 抚松 部门整体 2024 ----
    ("jl-fusong-linyeju-bumen-2024", 1, "score_exceeds_weight", "table",
     "100    98.5", "100    100.5",
     "100.5", "公益林管护补偿 self-score 100.5 above its 分值 100"),
    ("jl-fusong-linyeju-bumen-2024", 2, "average_mismatch", "prose",
     "户均增收6500元", "户均增收6050元",
     "户均增收6050元", "1612.00万元 / 2480户 = 6500元, stated 6050元"),
    ("jl-fusong-linyeju-bumen-2024", 3, "implausible_rate", "table",
     "0.00          0.00          —", "0.00          0.00          100.00%",
     "0.00          100.00%", "政府性基金 budget 0.00: a rate on a zero base is undefined"),
    ("jl-fusong-linyeju-bumen-2024", 4, "sum_mismatch", "prose",
     "公用经费185.55万元", "公用经费158.55万元",
     "公用经费158.55万元", "1196.85 + 158.55 = 1355.40, 基本支出 stated 1382.40"),
    ("jl-fusong-linyeju-bumen-2024", 5, "rate_mismatch", "prose",
     "执行率98.60%", "执行率96.80%",
     "执行率96.80%", "基本支出 1382.40 / 1402.00 = 98.60%, stated 96.80%"),
    ("jl-fusong-linyeju-bumen-2024", 6, "unit_mismatch", "table",
     "12.6亿元", "12.6万元",
     "12.6万元", "林下经济总产值 target in 亿元, actual written in 万元 (text: 11.8亿元 last year, +6.78%)"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            cnt = clean.count(old)
            assert cnt == 1, f"{src}-e{n}: old string matches {cnt} times: {old!r}"
            text = clean.replace(old, new)
            assert value in text, f"{src}-e{n}: value not in case: {value!r}"
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
