#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n34 from the clean drafts.

Each edit replaces one exact substring `old` of the clean draft (it must occur exactly once)
by `new`.  `value` is the substring of the resulting case that carries the error; it must occur
exactly once in the case and never in the clean draft (checked here and again in verify.py).
`rows` marks score-table edits allowed to touch two adjacent rows.
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zhuji-skilltrain-2021",
    "changshu-employfund-2019",
    "danyang-traineeship-2022",
    "fengxian-startuploan-2023",
    "lanxi-publicpost-2024",
]

# (project, n, code, old, new, value, explanation, rows)
EDITS = [
    # ---------------- zhuji-skilltrain-2021 ----------------
    ("zhuji-skilltrain-2021", 1, "conflicting_values",
     "全市28家定点培训机构全部纳入", "全市26家定点培训机构全部纳入",
     "26家",
     "the overview says 2021年全市共有定点培训机构28家; the 效益 paragraph gives 26家 (last year's count left in)",
     False),
    ("zhuji-skilltrain-2021", 2, "completion_mismatch",
     "| 3,210人 | 89.17% |", "| 3,210人 | 112.15% |",
     "3,210人 | 112.15%",
     "≥3,600人 with 3,210人 gives 3,210/3,600 = 89.17%; 112.15% is target/actual (wrong base)",
     False),
    ("zhuji-skilltrain-2021", 3, "unit_mismatch",
     "每人4,000元，补贴8.80万元", "每人4,000元，补贴88000万元",
     "88000万元",
     "22人 × 4,000元 = 88,000元 = 8.80万元, written as 88000万元; the five grades then no longer add to 558.60万元, "
     "reconciled exactly by reading 88000 as 元",
     False),
    ("zhuji-skilltrain-2021", 4, "score_exceeds_weight",
     "| | | 技能等级认定人数 | 5 | 5 | |\n| | | 以工代训补贴人数 | 5 | 5 | |",
     "| | | 技能等级认定人数 | 5 | 5.5 | |\n| | | 以工代训补贴人数 | 5 | 4.5 | |",
     "技能等级认定人数 | 5 | 5.5",
     "score 5.5 above its weight 5 (half a point moved from the next row, so 小计 49.46 still adds up)",
     True),
    ("zhuji-skilltrain-2021", 5, "implausible_rate",
     "年末仍在岗8,106人，稳岗率96.27%", "年末仍在岗8,601人，稳岗率102.15%",
     "8,601人，稳岗率102.15%",
     "8,601 still employed out of the 8,420 trainees: 稳岗率 102.15% is over 100% (digits of 8,106 transposed, rate recomputed)",
     False),
    ("zhuji-skilltrain-2021", 6, "sum_mismatch",
     "上年结转专账资金560.00万元", "上年结转专账资金516.00万元",
     "年初预算1,200.00万元，其中：上年结转专账资金516.00万元",
     "516.00 + 640.00 = 1,156.00, stated total 1,200.00 (carry-over should be 560.00)",
     False),
    # ---------------- changshu-employfund-2019 ----------------
    ("changshu-employfund-2019", 1, "balance_mismatch",
     "全年结余108.78万元", "全年结余118.78万元",
     "118.78万元",
     "1,770.00 (budget, fully received) − 1,661.22 (spent) = 108.78",
     False),
    ("changshu-employfund-2019", 2, "grade_mismatch",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀",
     "total 89.52 lies in the 80–90 band: 良",
     False),
    ("changshu-employfund-2019", 3, "score_sum_mismatch",
     "| | 成本指标 | 公益性岗位补贴标准 | 5 | 5 | |", "| | 成本指标 | 公益性岗位补贴标准 | 5 | 4 | |",
     "公益性岗位补贴标准 | 5 | 4 | |\n| 小计 | | | 50 | 44.77",
     "产出 rows now add to 43.77 but 小计 still 44.77 (and 合计 89.52): a row score edited without the totals",
     True),
    ("changshu-employfund-2019", 4, "year_mismatch",
     "截至2019年12月31日，全市城镇登记失业率", "截至2018年12月31日，全市城镇登记失业率",
     "截至2018年12月31日",
     "the 2019 report gives the year-end unemployment rate as of 31 Dec 2018 (last year's sentence left in)",
     False),
    ("changshu-employfund-2019", 5, "average_mismatch",
     "平均每家11.70万元", "平均每家15.60万元",
     "平均每家15.60万元",
     "(12.60 + 11.80 + 13.20 + 9.20) / 4 = 11.70; 15.60 is 46.80 divided by 3",
     False),
    ("changshu-employfund-2019", 6, "rate_mismatch",
     "累计支出1,186.40万元，执行率67.03%", "累计支出1,186.40万元，执行率71.90%",
     "71.90%",
     "1,186.40 / 1,770.00 = 67.03%; 71.90% divides by the 年初预算 1,650.00 although the June 追加 had already raised it",
     False),
    # ---------------- danyang-traineeship-2022 ----------------
    ("danyang-traineeship-2022", 1, "rate_mismatch",
     "| 430.20 | 82.73% |", "| 430.20 | 76.82% |",
     "430.20 | 76.82%",
     "430.20 / 520.00 (全年预算) = 82.73%; 76.82% divides by the 年初预算 560.00",
     False),
    ("danyang-traineeship-2022", 2, "completion_mismatch",
     "| 15个工作日 | 100% |", "| 15个工作日 | 75.00% |",
     "15个工作日 | 75.00%",
     "≤20个工作日 met with 15 → completion 100%; 75.00% is actual/target, as if the indicator were ≥",
     False),
    ("danyang-traineeship-2022", 3, "unit_mismatch",
     "共计2.56万元", "共计25600万元",
     "25600万元",
     "512人 × 50元 = 25,600元 = 2.56万元 (table: 2.56), written with the unit 万元",
     False),
    ("danyang-traineeship-2022", 4, "weight_sum_mismatch",
     "| | 可持续影响指标 | 见习基地动态管理机制 | 5 | 3 |", "| | 可持续影响指标 | 见习基地动态管理机制 | 6 | 3 |",
     "见习基地动态管理机制 | 6 | 3 | 退出机制未执行 |\n| | | 青年就业见习服务长效机制 | 5 | 3.5 | 岗位质量评估未开展 |\n| 小计 | | | 30",
     "效益 weights 10 + 10 + 6 + 5 = 31 against 小计 30; all weights now 101",
     True),
    ("danyang-traineeship-2022", 5, "grade_mismatch",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀",
     "89.96 is below 90: 良, not 优",
     False),
    ("danyang-traineeship-2022", 6, "sum_mismatch",
     "其中：省级就业补助资金300.00万元", "其中：省级就业补助资金310.00万元",
     "全年预算调整为880.00万元，其中：省级就业补助资金310.00万元",
     "310.00 + 580.00 = 890.00, stated total 880.00 (provincial 120.00 + 180.00 = 300.00)",
     False),
    # ---------------- fengxian-startuploan-2023 ----------------
    ("fengxian-startuploan-2023", 1, "average_mismatch",
     "平均每家30.00万元", "平均每家31.00万元",
     "平均每家31.00万元",
     "(32.00 + 30.00 + 28.00) / 3 = 30.00; 31.00 is the mean of the first two only",
     False),
    ("fengxian-startuploan-2023", 2, "balance_mismatch",
     "年末结余46.96万元", "年末结余49.66万元",
     "49.66万元",
     "940.00 − 893.04 = 46.96",
     False),
    ("fengxian-startuploan-2023", 3, "conflicting_values",
     "共带动就业2,146人", "共带动就业2,164人",
     "2,164人",
     "带动就业 is 2,146人 in the indicator table (completion 119.22%), 2,164人 in the text",
     False),
    ("fengxian-startuploan-2023", 4, "unit_mismatch",
     "| ≥300户 | 312户 | 104.00% |", "| ≥300户 | 104.00% | 104.00% |",
     "≥300户 | 104.00%",
     "target counted in 户, actual given as a percentage (the completion rate typed into the actual column)",
     False),
    ("fengxian-startuploan-2023", 5, "score_sum_mismatch",
     "| 服务对象满意度指标 | 创业者满意度 | 5 | 5 | |", "| 服务对象满意度指标 | 创业者满意度 | 5 | 4.5 | |",
     "创业者满意度 | 5 | 4.5 | |\n| | | 孵化基地入驻企业满意度 | 5 | 4.89 | 未达目标 |\n| 小计 | | | 10 | 9.89",
     "4.5 + 4.89 = 9.39 against 小计 9.89 (合计 98.56 unchanged): a row score edited without the totals",
     True),
    ("fengxian-startuploan-2023", 6, "year_mismatch",
     "市级资金于2023年3月下达", "市级资金于2022年3月下达",
     "2022年3月下达",
     "2023 budget money said to be issued in March 2022 — neither in 2023 nor an advance in December 2022",
     False),
    # ---------------- lanxi-publicpost-2024 ----------------
    ("lanxi-publicpost-2024", 1, "year_mismatch",
     "结转至2025年继续", "结转至2024年继续",
     "结转至2024年",
     "the unspent part of the 2024 budget cannot be carried over to 2024 itself",
     False),
    ("lanxi-publicpost-2024", 2, "implausible_rate",
     "实际到位150.00万元，到位率100%", "实际到位165.00万元，到位率110%",
     "165.00万元，到位率110%",
     "provincial money 150.00 budgeted, 165.00 'received': 到位率 110% is over 100%",
     False),
    ("lanxi-publicpost-2024", 3, "average_mismatch",
     "季度平均在岗316.5人", "季度平均在岗315.6人",
     "平均在岗315.6人",
     "(312 + 320 + 318 + 316) / 4 = 316.5",
     False),
    ("lanxi-publicpost-2024", 4, "rate_mismatch",
     "| 303.84 | 98.01% |", "| 303.84 | 98.10% |",
     "303.84 | 98.10%",
     "303.84 / 310.00 = 98.01% (digits transposed)",
     False),
    ("lanxi-publicpost-2024", 5, "score_exceeds_weight",
     "| | 成本指标 | 城镇公益性岗位补贴标准 | 5 | 5 | |\n| | | 乡村公益性岗位补贴标准 | 5 | 5 | |",
     "| | 成本指标 | 城镇公益性岗位补贴标准 | 5 | 5.5 | |\n| | | 乡村公益性岗位补贴标准 | 5 | 4.5 | |",
     "城镇公益性岗位补贴标准 | 5 | 5.5",
     "score 5.5 above its weight 5 (half a point moved from the next row; 小计 50 unchanged)",
     True),
    ("lanxi-publicpost-2024", 6, "weight_sum_mismatch",
     "| 城镇公益性岗位人员退出后实现市场就业 | 5 | 5 |", "| 城镇公益性岗位人员退出后实现市场就业 | 6 | 5 |",
     "城镇公益性岗位人员退出后实现市场就业 | 6 | 5 | |\n| | | 按需设岗、以岗定人 | 5 | 5 | |\n"
     "| | 可持续影响指标 | 公益性岗位动态管理机制 | 10 | 8.5 | 跟踪服务未制度化 |\n| 小计 | | | 30",
     "效益 weights 10 + 6 + 5 + 10 = 31 against 小计 30; all weights now 101",
     True),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for proj in PROJECTS:
        clean_name = proj + "-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl, _rows) in EDITS:
            if p != proj:
                continue
            assert clean.count(old) == 1, (p, n, "old must occur once in the clean draft", old)
            case = clean.replace(old, new, 1)
            assert case.count(value) == 1, (p, n, "value must occur once in the case", value)
            assert value not in clean, (p, n, "value must not occur in the clean draft", value)
            name = "%s-e%d.txt" % (proj, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d with an injected error)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
