#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts in cases/.
Each edit: (case id, code, old, new, value, explanation). `old` must occur exactly once in the
clean draft; the edit is one contiguous replacement (see verify.py for the size rule)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROJECTS = ["xiangzhou-edu-2018", "longgang-health-2020", "pingshan-edu-2021",
            "nanhai-health-2022", "doumen-health-2024"]

EDITS = {
    "xiangzhou-edu-2018": [
        ("rate_mismatch", "| 9055.81 | 97.26% |", "| 9055.81 | 97.62% |", "9055.81 | 97.62%",
         "香洲区第九中学 9055.81/9310.48 = 97.26%, stated 97.62% (digits transposed)"),
        ("sum_mismatch", "人员经费48962.35万元", "人员经费49862.35万元",
         "基本支出58280.00万元（其中人员经费49862.35万元",
         "人员经费 49862.35 + 公用经费 9317.65 = 59180.00, stated 基本支出 58280.00"),
        ("score_sum_mismatch", "| 96.84% | 10 | 9.68 |", "| 96.84% | 10 | 9.86 |",
         "10 | 9.86 |\n| 产出小计 | | | | | | 35 | 34.68",
         "产出 rows 8 + 8 + 9 + 9.86 = 34.86, 小计 says 34.68 (row score retyped, subtotal and total not updated)"),
        ("grade_mismatch", "98.05分，评价等级为“优”", "98.05分，评价等级为“良”", "98.05分，评价等级为“良”",
         "98.05 is in the 优 band (≥90)"),
        ("year_mismatch", "结转至2019年继续使用", "结转至2018年继续使用", "结转至2018年",
         "unspent 2018 money is carried over to 2018 itself; must be 2019"),
        ("unit_mismatch", "其中公务接待费1.86万元", "其中公务接待费18600万元", "公务接待费18600万元",
         "公务接待费 is 1.86万元 in 表3 (18600元): a 元 figure labelled 万元, off by 10^4"),
    ],
    "longgang-health-2020": [
        ("balance_mismatch", "未支出的14211.47万元", "未支出的14121.47万元", "14121.47万元",
         "332871.42 - 318659.95 = 14211.47, stated 14121.47"),
        ("weight_sum_mismatch", "| 95.00% | 8 | 7.60 |", "| 95.00% | 10 | 7.60 |",
         "10 | 7.60 |\n| 产出 | 质量 | 适龄儿童免疫规划疫苗接种率 | ≥95% | 97.31% | 102.43% | 10 | 10.00 |\n"
         "| 产出 | 时效 | 院前急救平均反应时间 | ≤12分钟 | 11.4分钟 | 100.00% | 9 | 9.00 |\n| 产出小计 | | | | | | 35",
         "产出 weights 8 + 10 + 10 + 9 = 37, 小计 35 (all weights now 102)"),
        ("completion_mismatch", "| 97.31% | 102.43% |", "| 97.31% | 97.63% |", "97.31% | 97.63%",
         "≥95%, actual 97.31%: completion 102.43%; 97.63% is target/actual inverted"),
        ("average_mismatch", "家庭医生团队数24.18个", "家庭医生团队数24.81个", "团队数24.81个",
         "(24+31+18+27+22+35+20+29+16+25+19)/11 = 24.18"),
        ("conflicting_values", "其中公务接待费3.28万元", "其中公务接待费3.82万元", "公务接待费3.82万元",
         "表3 gives 公务接待费 2020 支出 3.28万元; the text says 3.82万元"),
        ("implausible_rate", "群众满意度为96.85%", "群众满意度为106.85%", "满意度为106.85%",
         "a satisfaction rate cannot exceed 100%"),
    ],
    "pingshan-edu-2021": [
        ("rate_mismatch", "下降10.37%", "下降11.56%", "下降11.56%",
         "(10.13 - 9.08)/10.13 = 10.37%; 11.56% divides the fall by this year's 9.08 (wrong base)"),
        ("score_exceeds_weight",
         "| 10 | 10.00 |\n| 产出 | 数量 | 新招聘教师人数 | ≥800人 | 756人 | 94.50% | 8 | 7.56 |",
         "| 10 | 9.00 |\n| 产出 | 数量 | 新招聘教师人数 | ≥800人 | 756人 | 94.50% | 8 | 8.56 |",
         "94.50% | 8 | 8.56 |",
         "新招聘教师人数 score 8.56 above its weight 8 (新增公办学位数 lowered to 9.00 so the subtotal still reads 34.56)"),
        ("sum_mismatch", "| 事业收入 | 4140.00 |", "| 事业收入 | 4410.00 |",
         "4410.00 | 4140.80 | 3685.27 | 89.00% |\n| 合计 | 215380.60",
         "年初预算 column: 211240.60 + 0.00 + 0.00 + 4410.00 = 215650.60, 合计 215380.60"),
        ("conflicting_values", "新增公办学位数实际完成12840个", "新增公办学位数实际完成12480个", "实际完成12480个",
         "表4 gives 新增公办学位数 actual 12840个; the text says 12480个"),
        ("implausible_rate", "| 0.00 | 0.00 | 0.00 | — |", "| 0.00 | 0.00 | 0.00 | 100.00% |",
         "| 0.00 | 0.00 | 0.00 | 100.00% |", "政府性基金 budget 0.00: an execution rate on a zero base"),
        ("unit_mismatch", "人均培训费250.00元", "人均培训费250.00万元", "人均培训费250.00万元",
         "128.70万元 / 5148人次 = 250.00元 per head; written as 万元, off by 10^4"),
    ],
    "nanhai-health-2022": [
        ("balance_mismatch", "未支出的4805.22万元", "未支出的4850.22万元", "未支出的4850.22万元",
         "区卫生健康信息中心 16793.85 - 11988.63 = 4805.22, stated 4850.22"),
        ("score_sum_mismatch", "| 95.33% | 8 | 7.63 |", "| 95.33% | 8 | 7.36 |",
         "8 | 7.36 |\n| 效益 | 可持续影响 | 医疗卫生机构信息互联互通率 | ≥90% | 83% | 92.22% | 7 | 6.46 |\n"
         "| 效益 | 满意度 | 服务对象满意度 | ≥90% | 89.60% | 99.56% | 10 | 9.96 |\n| 效益小计 | | | | | | 25 | 24.05",
         "效益 rows 7.36 + 6.46 + 9.96 = 23.78, 小计 24.05"),
        ("weight_sum_mismatch", "| 部分明确 | — | 5 | 3.00 |", "| 部分明确 | — | 6 | 3.00 |",
         "6 | 3.00 |\n| 决策 | 预算配置 | 预算编制科学性 | 科学 | 基本科学 | — | 5 | 4.00 |\n| 决策小计 | | | | | | 15",
         "决策 weights 5 + 6 + 5 = 16, 小计 15 (all weights now 101)"),
        ("year_mismatch", "截至2022年12月31日，全局实际支出", "截至2021年12月31日，全局实际支出",
         "截至2021年12月31日，全局实际支出", "the 2022 report's spending is dated to the end of 2021"),
        ("grade_mismatch", "90.21分，评价等级为“优”", "90.21分，评价等级为“良”", "90.21分，评价等级为“良”",
         "90.21 ≥ 90 is 优 (lower bound inclusive)"),
        ("average_mismatch", "平均住院日7.93天", "平均住院日7.39天", "平均住院日7.39天",
         "(7.8+8.2+6.9+7.4+9.1+8.6+7.5)/7 = 7.93"),
    ],
    "doumen-health-2024": [
        ("completion_mismatch", "| 1.08万人 | 90.00% |", "| 1.08万人 | 111.11% |", "1.08万人 | 111.11%",
         "≥1.2万人, actual 1.08万人: completion 90.00%; 111.11% is target/actual"),
        ("score_exceeds_weight",
         "| 90.00% | 8 | 7.20 |\n| 产出 | 质量 | 严重精神障碍患者规范管理率 | ≥85% | 91.40% | 107.53% | 9 | 9.00 |",
         "| 90.00% | 8 | 6.40 |\n| 产出 | 质量 | 严重精神障碍患者规范管理率 | ≥85% | 91.40% | 107.53% | 9 | 9.80 |",
         "107.53% | 9 | 9.80 |",
         "严重精神障碍患者规范管理率 score 9.80 above its weight 9 (两癌 row lowered to 6.40 so 小计 34.20 still holds)"),
        ("rate_mismatch", "占政府采购金额的77.89%", "占政府采购金额的73.75%", "占政府采购金额的73.75%",
         "15826.70 / 20318.94 = 77.89%; 73.75% uses the procurement budget 21460.50 as base"),
        ("sum_mismatch", "| 2.公务接待费 | 2.60 | 1.24 | 1.57 |", "| 2.公务接待费 | 2.60 | 1.24 | 1.75 |",
         "49.82 |\n| 1.因公出国（境）费 | 0.00 | 0.00 | 0.00 |\n| 2.公务接待费 | 2.60 | 1.24 | 1.75",
         "2023 column: 0.00 + 1.75 + 48.25 = 50.00, 小计 49.82"),
        ("conflicting_values", "“两癌”筛查10800人", "“两癌”筛查12000人", "筛查12000人",
         "表4 gives the actual as 1.08万人 (10800人); the text says 12000人 (the target left in)"),
        ("balance_mismatch", "未支出的3825.29万元", "未支出的3852.29万元", "3852.29万元",
         "108657.85 - 104832.56 = 3825.29, stated 3852.29"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, (code, old, new, value, expl) in enumerate(EDITS[pid], 1):
            assert clean.count(old) == 1, (pid, i, old)
            text = clean.replace(old, new)
            assert text.count(value) == 1, (pid, i, value, text.count(value))
            assert value not in clean, (pid, i, value)
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
