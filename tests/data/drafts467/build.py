#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit: an exact old -> new replacement whose `old`
string occurs exactly once in the clean draft.  `value` (the label) is a short substring of the error
case that contains the changed figure or word.  Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# id -> list of (code, where, old, new, value, explanation); list order gives e1 .. e6
EDITS = {
    "ah-quanjiao-huiminbinzang-2018": [
        ("rate_mismatch", "prose", "执行率88.75%", "执行率85.75%", "执行率85.75%",
         "生态安葬奖补 sub-rate: 21.30 / 24.00 = 88.75%, stated 85.75%"),
        ("completion_mismatch", "table", "142例\t118.33%", "142例\t113.83%", "142例\t113.83%",
         "生态安葬奖补 row: 142 / 120 = 118.33%, stated 113.83%"),
        ("grade_mismatch", "prose", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
         "total 98.49 lies in the 优 band (>= 90), stated 良"),
        ("sum_mismatch", "prose", "275具、241具", "275具、214具", "214具",
         "township split 486 + 275 + 214 + 1,844 = 2,819, not the 2,846 bodies stated"),
        ("weight_sum_mismatch", "table", "118.33%\t10\t10", "118.33%\t12\t10", "118.33%\t12\t10",
         "生态安葬奖补 weight raised to 12: weights now total 102, 合计 says 100"),
        ("year_mismatch", "prose", "结转至2019年", "结转至2018年", "结转至2018年",
         "the balance of the 2018 budget is carried forward into 2018 itself; must be a later year"),
    ],
    "sd-yanggu-shengtaibinzang-2020": [
        ("balance_mismatch", "prose", "年末结余6.66万元", "年末结余6.86万元", "结余6.86万元",
         "到位 178.50 - 支出 171.84 = 6.66, stated 6.86"),
        ("score_sum_mismatch", "table", "85.71%\t5\t4.29", "85.71%\t5\t4.92", "85.71%\t5\t4.92",
         "row scores now add up to 99.13 while 合计 and the text give 98.50"),
        ("unit_mismatch", "table", "≤30天\t35天", "≤30天\t100%", "≤30天\t100%",
         "奖补资金兑付时限: target in days, actual written as a percentage; completion cannot be computed"),
        ("average_mismatch", "prose", "平均每个片区78例", "平均每个片区87例", "平均每个片区87例",
         "(96 + 84 + 72 + 60) / 4 = 78, stated 87"),
        ("conflicting_values", "prose", "安排的186.50万元", "安排的168.50万元", "168.50万元",
         "the opening gives the fund as 168.50万元; the funds section and the funds table give 186.50万元"),
        ("implausible_rate", "prose", "回访满意率99.2%", "回访满意率109.2%", "回访满意率109.2%",
         "a satisfaction rate above 100%"),
    ],
    "hn-huitong-binzanggaige-2022": [
        ("score_exceeds_weight", "table", "107.50%\t8\t8", "107.50%\t8\t8.5", "107.50%\t8\t8.5",
         "生态安葬奖补 row: score 8.5 above its weight 8 (row sum 95.35 still rounds to the stated 95)"),
        ("rate_mismatch", "table", "176.35\t—\t95.32%", "176.35\t—\t93.52%", "93.52%",
         "当年财政拨款 row: 176.35 / 185.00 = 95.32%, stated 93.52%"),
        ("sum_mismatch", "table", "当年财政拨款\t150.00", "当年财政拨款\t105.00", "当年财政拨款\t105.00",
         "年初预算数 column: 105.00 + 12.40 + 0.00 = 117.40, total row says 162.40"),
        ("year_mismatch", "prose", "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
         "spending of the 2022 budget reported as of 31 Dec 2021; the cut-off must be in 2022"),
        ("completion_mismatch", "table", "1968具\t103.58%", "1968具\t105.38%", "1968具\t105.38%",
         "基本殡葬服务费用减免 row: 1968 / 1900 = 103.58%, stated 105.38%"),
        ("conflicting_values", "prose", "每具减免基本殡葬服务费用600元", "每具减免基本殡葬服务费用660元",
         "服务费用660元",
         "the policy paragraph gives 660元 per body; the outputs (600元/具 x 1,968 = 118.08万元) and the table give 600元"),
    ],
    "sc-miyi-jibenbinzangmianfei-2023": [
        ("grade_mismatch", "prose", "评价等级为优秀", "评价等级为良好", "评价等级为良好",
         "total 94.63 lies in the 优 band, stated 良好"),
        ("weight_sum_mismatch", "table", "1356\t104.31%\t15\t15", "1356\t104.31%\t16\t15", "104.31%\t16",
         "免费基本殡葬服务 weight raised to 16: weights now total 101 (indicators 91), 总分 says 100"),
        ("unit_mismatch", "prose", "市级补助15.00万元", "市级补助150000万元", "150000万元",
         "the 15万元 municipal part (150000元) written with the unit 万元: off by 10^4; 40 + 15 + 75 = 130 only after rescaling"),
        ("balance_mismatch", "table", "结余资金\t7.15", "结余资金\t7.51", "结余资金\t7.51",
         "到位 140.00 - 支出 132.85 = 7.15, stated 7.51"),
        ("implausible_rate", "prose", "回收306份，回收率95.63%", "回收336份，回收率105.00%",
         "回收336份，回收率105.00%",
         "more questionnaires returned (336) than issued (320): return rate above 100%"),
        ("average_mismatch", "prose", "平均每家452具", "平均每家425具", "平均每家425具",
         "(612 + 438 + 306) / 3 = 452, stated 425"),
    ],
    "yn-heqing-binzangguanlisuo-bumen-2024": [
        ("score_exceeds_weight", "table", "100%\t100%\t100.00%\t7\t7", "100%\t100%\t100.00%\t7\t7.5",
         "100.00%\t7\t7.5",
         "殡葬服务收费公示率 row: score 7.5 above its weight 7 (row sum 98.29 still rounds to the stated 98)"),
        ("score_sum_mismatch", "table", "96.00%\t10\t9.6", "96.00%\t10\t6.9", "96.00%\t10\t6.9",
         "row scores now add up to 95.09 while 合计 and the text give 98"),
        ("conflicting_values", "table", "≤30天\t18天", "≤30天\t21天", "≤30天\t21天",
         "the table gives 21天 for the average handling time; the text says 平均18天办结"),
        ("completion_mismatch", "table", "79.61%\t106.15%", "79.61%\t116.05%", "79.61%\t116.05%",
         "遗体火化率 row: 79.61 / 75 = 106.15%, stated 116.05%"),
        ("average_mismatch", "table", "—\t93.33\t—", "—\t93.83\t—", "93.83",
         "(97.5 + 94 + 88.5) / 3 = 93.33, stated 93.83"),
        ("rate_mismatch", "prose", "执行率94.10%", "执行率91.40%", "执行率91.40%",
         "project spending 189.62 / 201.50 = 94.10%, stated 91.40%"),
    ],
}


def main():
    lines = []
    problems = []
    for cid, edits in EDITS.items():
        clean_name = f"{cid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        lines.append({"case": clean_name, "source": cid, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                problems.append(f"{cid} e{i}: old string occurs {n} times: {old!r}")
                continue
            text = clean.replace(old, new, 1)
            if value not in text:
                problems.append(f"{cid} e{i}: value not in case: {value!r}")
            name = f"{cid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            lines.append({"case": name, "source": cid, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value,
                                        "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"built {len(lines)} cases")


if __name__ == "__main__":
    main()
