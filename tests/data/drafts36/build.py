#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each edit replaces one unique string `old` of the clean draft by `new` (the changed characters
themselves are few; `old`/`new` carry context only to make the place unique).  `value` is the
exact substring of the error case that carries the wrong figure; a tuple (start, end) means
"from the first occurrence of start to the end of the next occurrence of end" in the error case
(used for the sum / score-sum / weight-sum spans and for two-row score edits).
`rows` > 0 marks a score-row edit allowed to touch two adjacent table rows (that many lines).
Pure Python 3, no dependencies.  Usage: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "shunping-dibao-2021",
    "yushe-tekun-2023",
    "qingan-deptwhole-2024",
    "zhenlai-orphan-2019",
    "huade-eldersubsidy-2020",
]

# (project, n, code, old, new, value, explanation, rows)
EDITS = [
    # ---- 河北 顺平县 城乡低保+临时救助 2021 -------------------------------------------------
    ("shunping-dibao-2021", 1, "implausible_rate",
     "全年实际支出3,095.04万元，预算执行率97.33%", "全年实际支出3,095.04万元，预算执行率100.03%",
     "预算执行率100.03%",
     "execution rate over 100%: 3,095.04 was divided by the 年初预算 3,094.00; on the 全年预算 3,180.00 it is 97.33%", 0),
    ("shunping-dibao-2021", 2, "rate_mismatch",
     "提高240元，增幅5.00%", "提高240元，增幅4.76%",
     "增幅4.76%",
     "rural standard 4,800 -> 5,040 元/年: +240 / 4,800 = 5.00%; 4.76% is 240 / 5,040 (rate on the wrong base)", 0),
    ("shunping-dibao-2021", 3, "sum_mismatch",
     "695.40万元、720.86万元", "659.40万元、720.86万元",
     ("659.40万元", "全年累计发放城乡低保金2,832.54万元"),
     "quarters 690.12 + 659.40 + 720.86 + 726.16 = 2,796.54, stated total 2,832.54 (Q2 695.40 retyped as 659.40)", 0),
    ("shunping-dibao-2021", 4, "unit_mismatch",
     "438人次、61.32万元", "438人次、613200万元",
     "613200万元",
     "急难型临时救助 613,200元 written with the unit 万元: off by 10^4; 61.32 + 201.18 = 262.50 holds only with 61.32万元", 0),
    ("shunping-dibao-2021", 5, "year_mismatch",
     "已按规定结转至2022年继续用于", "已按规定结转至2021年继续用于",
     "结转至2021年",
     "unspent money of the 2021 budget cannot be carried over to 2021 itself; it goes to 2022", 0),
    ("shunping-dibao-2021", 6, "average_mismatch",
     "城市低保月人均补助512元", "城市低保月人均补助507元",
     "城市低保月人均补助507元",
     "376.32万元 / 7,350人次 = 512元 per person-month; 507 divides by the 618 year-end persons × 12 instead", 0),
    # ---- 山西 榆社县 特困人员救助供养 2023 (flattened tables) -----------------------------------
    ("yushe-tekun-2023", 1, "completion_mismatch",
     "\t56.00%\n\t93.33%\n", "\t56.00%\n\t107.14%\n",
     "56.00%\n\t107.14%",
     "target ≥60%, actual 56.00%: completion 56/60 = 93.33%; 107.14% is the inverted ratio 60/56", 0),
    ("yushe-tekun-2023", 2, "rate_mismatch",
     "\t97.01\n\t96.89\n", "\t97.01\n\t98.69\n",
     "98.69",
     "财政资金小计 执行率 (7)=(4)/(2) = 1540.62 / 1590.00 = 96.89%, printed 98.69 (digits swapped)", 0),
    ("yushe-tekun-2023", 3, "weight_sum_mismatch",
     "\t集中供养人数\n\t5\n", "\t集中供养人数\n\t6\n",
     ("集中供养人数\n\t6", "合计\n\t\n\t\n\t100"),
     "weights now total 101 (集中供养人数 weight 6 instead of 5; 产出 rows sum to 51) while 合计 reads 100", 0),
    ("yushe-tekun-2023", 4, "score_exceeds_weight",
     "\t4.67\n\t部分失能特困人员不愿离家入住，下一步推进分散供养照料服务\n\n\t\n\t时效指标\n\t供养金按月发放及时率\n\t10\n\t100%\n\t100%\n\t100.00%\n\t10\n",
     "\t10\n\t部分失能特困人员不愿离家入住，下一步推进分散供养照料服务\n\n\t\n\t时效指标\n\t供养金按月发放及时率\n\t10\n\t100%\n\t100%\n\t100.00%\n\t4.67\n",
     ("10\n\t部分失能特困人员", "100.00%\n\t4.67"),
     "scores of two adjacent rows pasted into each other: 集中供养率 (weight 5) now scores 10; the total 99.37 still adds up", 12),
    ("yushe-tekun-2023", 5, "balance_mismatch",
     "资金结余19.38万元，执行率72.57%", "资金结余19.83万元，执行率72.57%",
     "结余19.83万元",
     "县区级 到位 150.00 − 支出 130.62 = 19.38, stated 19.83", 0),
    ("yushe-tekun-2023", 6, "conflicting_values",
     "全县1428名特困人员", "全县1482名特困人员",
     "1482名特困人员",
     "year-end 特困人员 are 1428 everywhere else (286 集中 + 1142 分散; 38 城市 + 1390 农村)", 0),
    # ---- 黑龙江 庆安县 部门整体支出 2024 ------------------------------------------------------
    ("qingan-deptwhole-2024", 1, "score_sum_mismatch",
     "95.83%｜12｜11.50", "95.83%｜12｜12",
     ("95.83%｜12｜12", "合计｜｜｜｜｜100｜99.29"),
     "row score raised from 11.50 to 12 without the total: rows now add to 99.79, stated 99.29 (产出 subtotal 31.50 too)", 0),
    ("qingan-deptwhole-2024", 2, "sum_mismatch",
     "城乡社区支出149.98万元", "城乡社区支出194.98万元",
     ("支出合计6,348.32万元，分别为", "城乡社区支出194.98万元"),
     "6,118.66 + 38.42 + 41.26 + 194.98 = 6,393.32, stated 6,348.32 (149.98 retyped as 194.98)", 0),
    ("qingan-deptwhole-2024", 3, "unit_mismatch",
     "公务接待费2.46万元，共接待", "公务接待费24600万元，共接待",
     "24600万元",
     "公务接待费 24,600元 written as 万元 (table 2.46万元; 2.46 + 14.41 = 16.87)", 0),
    ("qingan-deptwhole-2024", 4, "average_mismatch",
     "平均98.23分", "平均98.30分",
     "平均98.30分",
     "(98.50 + 97.20 + 99.00 + 96.80 + 100.00 + 97.90) / 6 = 98.23; 98.30 is the mean of the first five only", 0),
    ("qingan-deptwhole-2024", 5, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 99.29 is in the 优 band (≥90)", 0),
    ("qingan-deptwhole-2024", 6, "year_mismatch",
     "本部门2024年收入合计", "本部门2023年收入合计",
     "2023年收入合计6,482.60万元",
     "the 2024 report states the 2024 income total (6,482.60 = 6,396.10 + 86.50) as 2023's (last year's template)", 0),
    # ---- 吉林 镇赉县 孤儿基本生活保障 2019 ----------------------------------------------------
    ("zhenlai-orphan-2019", 1, "score_sum_mismatch",
     "93.75%｜10｜9.38｜", "93.75%｜10｜9.83｜",
     ("9.83｜", "合计｜｜｜｜｜｜100｜98.64"),
     "row score 9.38 retyped 9.83: rows add to 99.09, stated total 98.64", 0),
    ("zhenlai-orphan-2019", 2, "completion_mismatch",
     "87人｜102.35%", "87人｜97.70%",
     "87人｜97.70%",
     "target ≥85人, actual 87人: completion 102.35%; 97.70% is 85/87", 0),
    ("zhenlai-orphan-2019", 3, "implausible_rate",
     "实际支出16.56万元，执行率92.00%", "实际支出16.56万元，执行率108.70%",
     "执行率108.70%",
     "county funds 16.56 spent of 18.00: 92.00%; 108.70% is the inverted ratio and above 100%", 0),
    ("zhenlai-orphan-2019", 4, "rate_mismatch",
     "全年共支出133.32万元，预算执行率92.58%", "全年共支出133.32万元，预算执行率96.61%",
     "预算执行率96.61%",
     "133.32 / 144.00 = 92.58%; 96.61% leaves the 6.00 lottery grant out of the base (133.32 / 138.00)", 0),
    ("zhenlai-orphan-2019", 5, "weight_sum_mismatch",
     "6人｜6人｜100.00%｜5｜5｜", "6人｜6人｜100.00%｜6｜5｜",
     ("100.00%｜6｜5｜", "合计｜｜｜｜｜｜100"),
     "weights now total 101 (助学工程 weight 6; 产出 51 against 50) while 合计 reads 100", 0),
    ("zhenlai-orphan-2019", 6, "conflicting_values",
     "全县64名事实无人抚养儿童逐一", "全县46名事实无人抚养儿童逐一",
     "46名事实无人抚养儿童",
     "事实无人抚养儿童 are 64 elsewhere (table, 192人次 = 64 × 3, 60 of 64 recorded)", 0),
    # ---- 内蒙古 化德县 高龄津贴及养老服务补贴 2020 ------------------------------------------
    ("huade-eldersubsidy-2020", 1, "average_mismatch",
     "季均118.44万元", "季均157.92万元",
     "季均157.92万元",
     "(117.36 + 118.08 + 118.83 + 119.49) / 4 = 118.44; 157.92 divides 473.76 by 3", 0),
    ("huade-eldersubsidy-2020", 2, "balance_mismatch",
     "资金结余11.52万元", "资金结余23.52万元",
     "资金结余23.52万元",
     "到位 708.00 − 支出 696.48 = 11.52; 23.52 subtracts from the budget 720.00 although 到位 is given", 0),
    ("huade-eldersubsidy-2020", 3, "grade_mismatch",
     "评价等次为“优”", "评价等次为“良”",
     "评价等次为“良”",
     "total 97.17 is in the 优 band", 0),
    ("huade-eldersubsidy-2020", 4, "score_exceeds_weight",
     "分值10分，得分7.50分。\n6.80—89周岁高龄津贴标准：年度指标值100元/人·月，实际完成值100元/人·月，完成率100.00%，分值5分，得分5分。",
     "分值10分，得分5分。\n6.80—89周岁高龄津贴标准：年度指标值100元/人·月，实际完成值100元/人·月，完成率100.00%，分值5分，得分7.50分。",
     ("得分5分。\n6.80—89周岁", "分值5分，得分7.50分"),
     "scores of items 5 and 6 swapped: item 6 (weight 5) scores 7.50; the total 97.17 still adds up", 2),
    ("huade-eldersubsidy-2020", 5, "year_mismatch",
     "截至2020年12月31日，全县领取高龄津贴", "截至2019年12月31日，全县领取高龄津贴",
     "截至2019年12月31日",
     "the 2020 year-end count 3,518 (Q4 3,085 + 425 + 8) dated 2019 in a 2020 report", 0),
    ("huade-eldersubsidy-2020", 6, "unit_mismatch",
     "实际完成值3,518人", "实际完成值101.97%",
     "实际完成值101.97%",
     "target ≥3,450人, actual given as a percentage: completion cannot be computed", 0),
]


def resolve_value(text, value):
    if isinstance(value, tuple):
        start, end = value
        i = text.find(start)
        if i < 0:
            raise SystemExit(f"value start not found: {start!r}")
        j = text.find(end, i)
        if j < 0:
            raise SystemExit(f"value end not found: {end!r}")
        return text[i:j + len(end)]
    return value


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl, rows) in EDITS:
            if p != pid:
                continue
            if clean.count(old) != 1:
                raise SystemExit(f"{pid}-e{n}: old string occurs {clean.count(old)} times: {old!r}")
            text = clean.replace(old, new)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value), "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels")


if __name__ == "__main__":
    main()
