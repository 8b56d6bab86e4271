#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new). `old` must occur exactly
once in the clean draft. `value` is the label value: an exact substring of the error case that contains
the changed figure. `once` is the changed figure (with just enough context to name the quantity); verify.py
checks it occurs once in the clean draft (twice for conflicting_values, whose figure is meant to be stated
twice). `where` says whether the slip sits in prose or in a table (README only).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hn-guidong-lieshixiushan-2021",
    "jx-huichang-lingsanmu-2020",
    "ha-xinxian-jinianguan-2022",
    "sc-wanyuan-yinglie-2023",
    "gs-huachi-lieshuweiwen-2024",
]

SP18 = " " * 18
SP14 = " " * 14

EDITS = {
    # ---------------------------------------------------------------- A: Hunan, full-width bar tables
    "hn-guidong-lieshixiushan-2021": [
        dict(code="score_exceeds_weight", where="table",
             old="修缮工程验收合格率｜100%｜100%｜100.00%｜7.5｜7.5｜",
             new="修缮工程验收合格率｜100%｜100%｜100.00%｜7.5｜7.9｜",
             value="7.5｜7.9", once="合格率｜100%｜100%｜100.00%｜7.5｜7.5",
             explanation="row 修缮工程验收合格率 has weight 7.5 but score 7.9; the rows now add to 98.09, which "
                         "still rounds to the whole-point total 98 printed in the table and text, so only the row is wrong"),
        dict(code="rate_mismatch", where="prose",
             old="中央和省级补助资金支出102.40万元，执行率93.09%",
             new="中央和省级补助资金支出102.40万元，执行率90.93%",
             value="执行率90.93%", once="93.09%",
             explanation="central and provincial funds: 102.40 / 110.00 = 93.09%, stated 90.93%"),
        dict(code="sum_mismatch", where="table",
             old="其中：当年财政拨款｜150.00｜",
             new="其中：当年财政拨款｜160.00｜",
             value="当年财政拨款｜160.00", once="150.00",
             explanation="年初预算数 column: 160.00 + 18.60 + 0.00 = 178.60, but 年度资金总额 is 168.60 "
                         "(and the text's 110.00 + 40.00 = 150.00)"),
        dict(code="year_mismatch", where="prose",
             old="已按规定结转至2022年使用",
             new="已按规定结转至2021年使用",
             value="结转至2021年", once="结转至2022年",
             explanation="the unspent 13.78万元 of the 2021 budget is carried over to 2021 itself; it must go to a later year"),
        dict(code="completion_mismatch", where="table",
             old="2650平方米｜110.42%",
             new="2650平方米｜101.42%",
             value="2650平方米｜101.42%", once="110.42%",
             explanation="2650 / 2400 = 110.42%, stated 101.42%"),
        dict(code="grade_mismatch", where="prose",
             old="评价等级为“优”",
             new="评价等级为“良”",
             value="评价等级为“良”", once="评价等级为“优”",
             explanation="total 98 lies in the 优 band (90-100), stated 良"),
    ],
    # ---------------------------------------------------------------- B: Jiangxi, tab-separated tables
    "jx-huichang-lingsanmu-2020": [
        dict(code="balance_mismatch", where="prose",
             old="年末结余资金7.27万元",
             new="年末结余资金7.72万元",
             value="结余资金7.72万元", once="7.27万元",
             explanation="到位 244.00 - 支出 236.73 = 7.27万元, stated 7.72万元"),
        dict(code="weight_sum_mismatch", where="table",
             old="基本达成\t10\t8\t",
             new="基本达成\t12\t8\t",
             value="基本达成\t12\t8", once="基本达成\t10\t8",
             explanation="the 分值 column now adds to 102 (产出 rows 52 instead of 50) against the 总分 100"),
        dict(code="average_mismatch", where="prose",
             old="平均每批54.33座",
             new="平均每批53.33座",
             value="平均每批53.33座", once="54.33",
             explanation="(58 + 47 + 58) / 3 = 54.33, stated 53.33"),
        dict(code="unit_mismatch", where="table",
             old="≥170个\t176个\t",
             new="≥170个\t103.53%\t",
             value="≥170个\t103.53%", once="176个",
             explanation="target counted in 个 (墓位), actual given as a percentage"),
        dict(code="score_sum_mismatch", where="table",
             old="\t100\t95.78\t",
             new="\t100\t96.78\t",
             value="100\t96.78", once="95.78",
             explanation="row scores 9.45 + 48 + 28.33 + 10 = 95.78, stated total 96.78"),
        dict(code="implausible_rate", where="table",
             old="≥90%\t96.4%\t",
             new="≥90%\t106.4%\t",
             value="≥90%\t106.4%", once="96.4%",
             explanation="烈属满意度 106.4% is above 100%"),
    ],
    # ---------------------------------------------------------------- C: Henan, PDF text with runs of spaces
    "ha-xinxian-jinianguan-2022": [
        dict(code="conflicting_values", where="prose",
             old="其中团体预约 1126 批次",
             new="其中团体预约 1216 批次",
             value="团体预约 1216 批次", once="1126",
             explanation="the table gives 团体预约接待批次 1126批次 (completion 93.83% = 1126/1200); the text now says 1216"),
        dict(code="completion_mismatch", where="table",
             old="28.6万人次  114.40%",
             new="28.6万人次  141.40%",
             value="28.6万人次  141.40%", once="114.40%",
             explanation="28.6 / 25 = 114.40%, stated 141.40%"),
        dict(code="score_exceeds_weight", where="table",
             old="48.12万元   100.00%  2.5   2.5",
             new="48.12万元   100.00%  2.5   2.8",
             value="2.5   2.8", once="48.12万元   100.00%  2.5   2.5",
             explanation="row 安保保洁及运行费用 has weight 2.5 but score 2.8; the rows now add to 98.00, still "
                         "matching the whole-point total 98"),
        dict(code="implausible_rate", where="table",
             old="其他资金    0.00" + SP14 + "0.00" + SP14 + "—",
             new="其他资金    0.00" + SP14 + "0.00" + SP14 + "100.00%",
             value="0.00" + SP14 + "100.00%", once="其他资金    0.00" + SP14 + "0.00" + SP14 + "—",
             explanation="an execution rate of 100.00% on a zero budget (其他资金 0.00 / 0.00): undefined, should be —"),
        dict(code="unit_mismatch", where="prose",
             old="讲解员劳务\n补贴 259200 元",
             new="讲解员劳务\n补贴 259200 万元",
             value="259200 万元", once="259200",
             explanation="the 讲解员 allowance is 259200元 = 25.92万元 (12 人 × 1800元 × 12 月; 25.92 + 16.68 = 42.60); "
                         "written with the unit 万元 it is off by 10^4"),
        dict(code="rate_mismatch", where="table",
             old="28.46             94.87%",
             new="28.46             98.47%",
             value="98.47%", once="94.87%",
             explanation="省级补助 28.46 / 30.00 = 94.87%, stated 98.47%"),
    ],
    # ---------------------------------------------------------------- D: Sichuan, prose only
    "sc-wanyuan-yinglie-2023": [
        dict(code="weight_sum_mismatch", where="prose",
             old="分值分别为10分、60分、30分",
             new="分值分别为10分、65分、30分",
             value="10分、65分、30分", once="10分、60分、30分",
             explanation="10 + 65 + 30 = 105, and the 产出 items listed (15 + 15 + 10 + 10 + 10) add to 60, not 65"),
        dict(code="score_sum_mismatch", where="prose",
             old="本项目自评得分98.24分",
             new="本项目自评得分98.42分",
             value="自评得分98.42分", once="98.24",
             explanation="9.38 + 60 + 13.86 + 15 = 98.24, stated 98.42"),
        dict(code="balance_mismatch", where="prose",
             old="未使用的3.54万元",
             new="未使用的3.45万元",
             value="未使用的3.45万元", once="3.54",
             explanation="57.00 - 53.46 = 3.54万元 unspent (all funds received), stated 3.45"),
        dict(code="year_mismatch", where="prose",
             old="已申请结转至2024年",
             new="已申请结转至2023年",
             value="结转至2023年", once="结转至2024年",
             explanation="money left from the 2023 budget is carried over to 2023 itself; it must go to 2024"),
        dict(code="conflicting_values", where="prose",
             old="全年征集烈士事迹126篇",
             new="全年征集烈士事迹162篇",
             value="征集烈士事迹162篇", once="126篇",
             explanation="section 四 gives 征集整理烈士事迹材料126篇; the conclusion now says 162篇"),
        dict(code="average_mismatch", where="prose",
             old="平均每场1910人",
             new="平均每场1901人",
             value="平均每场1901人", once="1910",
             explanation="(1860 + 2340 + 1530) / 3 = 1910, stated 1901"),
    ],
    # ---------------------------------------------------------------- E: Gansu, web page with Markdown tables
    "gs-huachi-lieshuweiwen-2024": [
        dict(code="sum_mismatch", where="table",
             old="| 省级补助资金 | 0.00 | 9.60 |",
             new="| 省级补助资金 | 9.60 | 9.60 |",
             value="| 省级补助资金 | 9.60 |", once="| 省级补助资金 | 0.00 |",
             explanation="年初预算数 column: 68.00 + 9.60 + 0.00 = 77.60, but 合计 is 68.00"),
        dict(code="grade_mismatch", where="table",
             old="等级：优",
             new="等级：良",
             value="等级：良", once="等级：优",
             explanation="total 99.62 lies in the 优 band, stated 良"),
        dict(code="rate_mismatch", where="table",
             old="| 67.25 | 98.90% |",
             new="| 67.25 | 98.09% |",
             value="67.25 | 98.09%", once="98.90%",
             explanation="县级财政资金 67.25 / 68.00 = 98.90%, stated 98.09%"),
        dict(code="unit_mismatch", where="prose",
             old="春节慰问每户1200元",
             new="春节慰问每户1200万元",
             value="每户1200万元", once="1200元",
             explanation="286 户 × 1200元 = 34.32万元 as stated; written as 1200万元 the per-household amount is off by 10^4"),
        dict(code="completion_mismatch", where="table",
             old="| 34件 | 113.33% |",
             new="| 34件 | 133.33% |",
             value="34件 | 133.33%", once="113.33%",
             explanation="34 / 30 = 113.33%, stated 133.33%"),
        dict(code="conflicting_values", where="prose",
             old="为17户重病",
             new="为71户重病",
             value="为71户重病", once="17户",
             explanation="section 三 gives 临时慰问救助 for 17户 (5.35万元); section 五 now says 71户"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        edits = EDITS[src]
        assert len(edits) == 6, src
        for i, e in enumerate(edits, 1):
            n = clean.count(e["old"])
            if n != 1:
                raise SystemExit(f"{src} e{i}: old string occurs {n} times")
            text = clean.replace(e["old"], e["new"])
            if e["value"] not in text:
                raise SystemExit(f"{src} e{i}: value not in error case")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": e["value"],
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
