#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts in cases/.

Each edit is (case suffix, code, where, old, new, value, explanation): `old` must occur exactly
once in the clean draft and is replaced by `new`; `value` must occur exactly once in the result.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jx-yujiang-zjdpanhuo-2020",
    "zj-shangyu-zjdshenpi-2022",
    "ah-jinzhai-zjdtuichu-2021",
    "hb-yicheng-zjdxinxi-2023",
    "cq-dazu-nongjingzhan-2019",
]

EDITS = {
    "jx-yujiang-zjdpanhuo-2020": [
        ("e1", "rate_mismatch", "table",
         "\t0\n\t83.60\n\t73.65\n", "\t0\n\t86.30\n\t73.65\n", "86.30",
         "funds table row (7)=(4)/(2), 县区级 column: 66.88 / 80.00 = 83.60%, the table prints 86.30"),
        ("e2", "completion_mismatch", "table",
         "\t326宗\n\t108.67%\n", "\t326宗\n\t106.87%\n", "106.87%",
         "附件1 盘活利用闲置宅基地: target ≥300宗, actual 326宗 → completion 108.67%, stated 106.87%"),
        ("e3", "weight_sum_mismatch", "table",
         "\t盘活项目合同备案率\n\t10\n", "\t盘活项目合同备案率\n\t12\n", "盘活项目合同备案率\n\t12",
         "附件1 weights now add up to 102 (10+12+8+12+10+10+15+15+10); the 质量指标 row should weigh 10"),
        ("e4", "conflicting_values", "prose",
         "安排区级配套资金80万元", "安排区级配套资金60万元", "安排区级配套资金60万元",
         "余财农〔2020〕12号 is quoted with 60万元 of 区级配套, while the funds paragraph and the table (县区级 全年预算 80.00) give 80万元"),
        ("e5", "year_mismatch", "prose",
         "已按规定结转至2021年", "已按规定结转至2020年", "结转至2020年",
         "the balance of the 2020 budget is carried over to 2020 itself; carry-over must go to 2021"),
        ("e6", "average_mismatch", "prose",
         "4个试点乡镇平均81.50宗", "4个试点乡镇平均85.10宗", "平均85.10宗",
         "(93 + 78 + 86 + 69) / 4 = 81.50, stated 85.10"),
    ],
    "zj-shangyu-zjdshenpi-2022": [
        ("e1", "implausible_rate", "table",
         "申请农户满意度\t≥90%\t95.8%\t", "申请农户满意度\t≥90%\t105.8%\t", "105.8%",
         "a satisfaction rate cannot exceed 100%"),
        ("e2", "score_sum_mismatch", "table",
         "4620宗\t10\t9.24\t", "4620宗\t10\t9.42\t", "4620宗\t10\t9.42",
         "row scores now add up to 85.15 (9.53+10+9.42+6.20+10+5+5+10+0+10+10), the table and the text state 84.97"),
        ("e3", "sum_mismatch", "table",
         "房地一体确权登记外业调查\t98.50", "房地一体确权登记外业调查\t89.50", "外业调查\t89.50",
         "区级年初预算 items 46.00 + 89.50 + 35.50 = 171.00, but the 小计 reads 180.00"),
        ("e4", "grade_mismatch", "prose",
         "评价等级为“良”", "评价等级为“优”", "评价等级为“优”",
         "84.97 lies in the 80–90 band: 良, not 优"),
        ("e5", "balance_mismatch", "prose",
         "年末结余11.25万元", "年末结余11.52万元", "结余11.52万元",
         "received 237.40 − spent 226.15 = 11.25万元, stated 11.52"),
        ("e6", "unit_mismatch", "prose",
         "按每宗2400元的标准", "按每宗2400万元的标准", "每宗2400万元",
         "186宗 × 2400元 = 44.64万元 as stated; the per-case standard is written in 万元 instead of 元 (off by 10^4)"),
    ],
    "ah-jinzhai-zjdtuichu-2021": [
        ("e1", "average_mismatch", "prose",
         "三镇平均2.50万元", "三镇平均2.60万元", "三镇平均2.60万元",
         "(2.62 + 2.41 + 2.47) / 3 = 2.50, stated 2.60"),
        ("e2", "sum_mismatch", "prose",
         "复垦及拆除费用68.40万元", "复垦及拆除费用64.80万元", "复垦及拆除费用64.80万元",
         "355 + 64.80 + 36 + 12.40 = 468.20, but the spending is stated as 471.80"),
        ("e3", "completion_mismatch", "prose",
         "完成年度目标（150户）的94.67%", "完成年度目标（150户）的96.47%", "的96.47%",
         "142 / 150 = 94.67%, stated 96.47%"),
        ("e4", "rate_mismatch", "prose",
         "支出240.80万元，执行率92.62%", "支出240.80万元，执行率96.22%", "执行率96.22%",
         "县级配套 240.80 / 260 = 92.62%, stated 96.22%"),
        ("e5", "conflicting_values", "table",
         "｜≥150亩｜186.5亩｜", "｜≥150亩｜168.5亩｜", "168.5亩",
         "自评表 gives 168.5亩 of new farmland, the text (四、项目产出) 186.5亩"),
        ("e6", "score_exceeds_weight", "table",
         "｜≥120亩｜124亩｜10｜10｜", "｜≥120亩｜124亩｜10｜10.3｜", "124亩｜10｜10.3",
         "score 10.3 above the weight 10 (124/120 scored without the cap); the whole-point total 95 still agrees within its decimals"),
    ],
    "hb-yicheng-zjdxinxi-2023": [
        ("e1", "weight_sum_mismatch", "table",
         "99.1% 101.12% 10 10", "99.1% 101.12% 15 10", "101.12% 15 10",
         "目标1 row weights 10+10+15+10 = 45 against the block's 40分; all weights add up to 105"),
        ("e2", "unit_mismatch", "table",
         "≥13个 11个 84.62%", "≥13个 84.62% 84.62%", "≥13个 84.62%",
         "target counted in 个, actual given as a percentage"),
        ("e3", "completion_mismatch", "table",
         "22个工作日 90.91%", "22个工作日 110.00%", "110.00%",
         "reverse indicator ≤20 with actual 22: completion 20/22 = 90.91%, stated 110.00% (A/T)"),
        ("e4", "implausible_rate", "prose",
         "便捷程度的满意度为96.2%", "便捷程度的满意度为106.2%", "满意度为106.2%",
         "a satisfaction rate cannot exceed 100%"),
        ("e5", "year_mismatch", "prose",
         "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日",
         "the spending of the 2023 project is reported as of the end of 2022"),
        ("e6", "score_sum_mismatch", "prose",
         "目标2得分28.22分", "目标2得分28.42分", "目标2得分28.42分",
         "目标2 rows 9.13 + 9.09 + 10 = 28.22, stated 28.42 (and 19.30+38.46+28.42+10 = 96.18 ≠ 95.98)"),
    ],
    "cq-dazu-nongjingzhan-2019": [
        ("e1", "score_exceeds_weight", "table",
         "100.00%\t96\n", "100.00%\t106\n", "100.00%\t106",
         "project score 106 above the full mark of 100 stated in the column header"),
        ("e2", "rate_mismatch", "table",
         "86.10\t93.28%", "86.10\t92.38%", "92.38%",
         "农村集体产权制度改革: 86.10 / 92.30 = 93.28%, stated 92.38%"),
        ("e3", "sum_mismatch", "table",
         "公用经费\t3\t24.50", "公用经费\t3\t25.40", "3\t25.40",
         "年初预算: 人员经费 152.30 + 公用经费 25.40 = 177.70, but 基本支出 reads 176.80"),
        ("e4", "grade_mismatch", "prose",
         "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
         "93 lies in the 90–100 band: 优, not 良"),
        ("e5", "balance_mismatch", "prose",
         "基本支出年末结余2.37万元", "基本支出年末结余3.27万元", "结余3.27万元",
         "基本支出 186.42 − 184.05 = 2.37万元 (公用经费 26.30 − 23.93 = 2.37), stated 3.27"),
        ("e6", "conflicting_values", "prose",
         "2019年度部门调整后预算598.72万元", "2019年度部门调整后预算589.72万元", "调整后预算589.72万元",
         "the adjusted budget is 598.72万元 in section 二 and in 表1, 589.72万元 here"),
    ],
}


def main():
    lines = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        lines.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl in EDITS[pid]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid}-{suffix}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new)
            m = text.count(value)
            if m != 1:
                sys.exit(f"{pid}-{suffix}: value occurs {m} times: {value!r}")
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            lines.append({"case": name, "source": pid, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value,
                                        "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(lines)} cases")


# where (prose/table) per case, for the README and verify.py
WHERE = {f"{pid}-{e[0]}.txt": e[2] for pid, edits in EDITS.items() for e in edits}

if __name__ == "__main__":
    main()
