#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new); `old` must occur exactly once in
the clean draft and `value` (the label) must occur in the result.  Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "js-changshu-banquanzizhu-2022",
    "gd-foshan-chubanwuchoucha-2020",
    "jx-yudu-saohuangdafei-2021",
    "gs-tongwei-nongjiashuwu-2023",
    "gz-meitan-zhengbanhua-2018",
]

# (project, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- js-changshu-banquanzizhu-2022 (full-width bar table) ----
    ("js-changshu-banquanzizhu-2022", "e1", "completion_mismatch", "table",
     "｜1846件｜115.38%｜", "｜1846件｜105.38%｜", "1846件｜105.38%",
     "资助作品登记件数: actual 1846 / target 1600 = 115.38%, stated 105.38%"),
    ("js-changshu-banquanzizhu-2022", "e2", "score_sum_mismatch", "table",
     "｜8｜7｜将工作站服务", "｜8｜7.6｜将工作站服务", "｜8｜7.6｜将工作站",
     "工作站运行 row scored 7.6 (still within its weight 8): row scores now add to 99.06 (效益 29.6), against the stated total 98.46 in table and text and 效益指标29分 in text"),
    ("js-changshu-banquanzizhu-2022", "e3", "rate_mismatch", "prose",
     "市级资金支出57.37万元，执行率95.62%", "市级资金支出57.37万元，执行率96.52%", "执行率96.52%",
     "市级资金 57.37 / 60.00 = 95.62%, stated 96.52%"),
    ("js-changshu-banquanzizhu-2022", "e4", "average_mismatch", "prose",
     "4家平均每家3.00万元", "4家平均每家3.20万元", "平均每家3.20万元",
     "(5.00 + 3.50 + 1.75 + 1.75) / 4 = 12.00 / 4 = 3.00, stated 3.20"),
    ("js-changshu-banquanzizhu-2022", "e5", "unit_mismatch", "prose",
     "每件300元，计8.52万元", "每件300元，计85200万元", "85200万元",
     "284件 × 300元 = 85200元 = 8.52万元 written with the unit 万元 (off by 10^4); 31.24 + 8.52 = 39.76 only after rescaling"),
    ("js-changshu-banquanzizhu-2022", "e6", "grade_mismatch", "prose",
     "综合评定等级为优", "综合评定等级为良", "综合评定等级为良",
     "total 98.46 is in the 优 band (≥ 90), stated 良"),

    # ---- gd-foshan-chubanwuchoucha-2020 (tab-separated table) ----
    ("gd-foshan-chubanwuchoucha-2020", "e1", "weight_sum_mismatch", "table",
     "2.4%\t8\t6.67", "2.4%\t9\t6.67", "2.4%\t9\t6.67",
     "复核差错率 weight 9: weights add to 101 (产出 rows 51 against 产出指标50分 in the text and 合计 100)"),
    ("gd-foshan-chubanwuchoucha-2020", "e2", "score_exceeds_weight", "table",
     "92.8%\t10\t10\t\n", "92.8%\t10\t10.8\t\n", "92.8%\t10\t10.8",
     "抽查合格率 row: score 10.8 above its weight 10 (row scores 94.36 still round to the stated whole-point total 94)"),
    ("gd-foshan-chubanwuchoucha-2020", "e3", "implausible_rate", "table",
     "≥90%\t96.3%\t10", "≥90%\t106.3%\t10", "106.3%",
     "被抽查单位满意度 106.3%: a satisfaction rate cannot exceed 100%"),
    ("gd-foshan-chubanwuchoucha-2020", "e4", "balance_mismatch", "prose",
     "结余2.28万元", "结余2.82万元", "结余2.82万元",
     "全年预算 41.80 (all received) − 支出 39.52 = 2.28, stated 2.82"),
    ("gd-foshan-chubanwuchoucha-2020", "e5", "year_mismatch", "prose",
     "2020年初，市财政批复", "2021年初，市财政批复", "2021年初，市财政批复",
     "the budget of the 2020 evaluation is said to be approved at the start of 2021"),
    ("gd-foshan-chubanwuchoucha-2020", "e6", "conflicting_values", "table",
     "≥60家\t63家", "≥60家\t65家", "≥60家\t65家",
     "被抽查单位数 65家 in the table, 63家 three times in the text (概况, 产出, 满意度)"),

    # ---- jx-yudu-saohuangdafei-2021 (runs of spaces, PDF copy) ----
    ("jx-yudu-saohuangdafei-2021", "e1", "sum_mismatch", "table",
     "志愿者培训                    5.92", "志愿者培训                    5.29", "志愿者培训                    5.29",
     "支出明细: 12.45 + 8.36 + 5.29 + 7.40 + 17.50 = 51.00, stated 合计 51.63"),
    ("jx-yudu-saohuangdafei-2021", "e2", "completion_mismatch", "table",
     "76.4%            95.50%", "76.4%            94.50%", "76.4%            94.50%",
     "举报渠道知晓率: 76.4 / 80 = 95.50%, stated 94.50%"),
    ("jx-yudu-saohuangdafei-2021", "e3", "rate_mismatch", "table",
     "2.65        100%      91.17%", "2.65        100%      97.11%", "97.11%",
     "县级配套资金 执行率 27.35 / 30.00 = 91.17%, stated 97.11%"),
    ("jx-yudu-saohuangdafei-2021", "e4", "score_exceeds_weight", "table",
     "100%             100%       6       6\n", "100%             100%       6       6.5\n", "100%       6       6.5",
     "举报线索办结率 row: score 6.5 above its weight 6 (row scores 96.45 still round to the stated whole-point total 96)"),
    ("jx-yudu-saohuangdafei-2021", "e5", "average_mismatch", "prose",
     "平均每个站点68次", "平均每个站点86次", "平均每个站点86次",
     "2380次 / 35个站点 = 68, stated 86"),
    ("jx-yudu-saohuangdafei-2021", "e6", "year_mismatch", "prose",
     "结转至2022年", "结转至2021年", "结转至2021年",
     "the unspent part of the 2021 budget is carried over into 2021 itself"),

    # ---- gs-tongwei-nongjiashuwu-2023 (prose only) ----
    ("gs-tongwei-nongjiashuwu-2023", "e1", "weight_sum_mismatch", "prose",
     "质量指标15分", "质量指标16分", "质量指标16分",
     "产出 second-level weights 20 + 16 + 8 + 7 = 51 against 产出指标50分; all weights add to 101"),
    ("gs-tongwei-nongjiashuwu-2023", "e2", "score_sum_mismatch", "prose",
     "质量指标得14.2分", "质量指标得14.6分", "质量指标得14.6分",
     "产出 scores 20 + 14.6 + 7 + 7 = 48.6 against 产出指标得48.2分; total 95.82 against 合计95.42分"),
    ("gs-tongwei-nongjiashuwu-2023", "e3", "balance_mismatch", "prose",
     "结余0.58万元", "结余0.85万元", "结余0.85万元",
     "县级追加 6.00 − 5.42 = 0.58 (also 69.20 − 68.62), stated 0.85"),
    ("gs-tongwei-nongjiashuwu-2023", "e4", "conflicting_values", "prose",
     "38个数字接入点累计访问", "83个数字接入点累计访问", "83个数字接入点",
     "the new digital access points are 38 in the outputs paragraph, 83 in the benefits paragraph"),
    ("gs-tongwei-nongjiashuwu-2023", "e5", "grade_mismatch", "prose",
     "等级为优", "等级为良", "等级为良",
     "total 95.42 is in the 优 band (≥ 90), stated 良"),
    ("gs-tongwei-nongjiashuwu-2023", "e6", "unit_mismatch", "prose",
     "合计每个书屋2000元", "合计每个书屋2000万元", "2000万元",
     "per-书屋 standard 1500元 + 500元 = 2000元 written as 万元; 316 × 2000元 = 63.20万元 only after rescaling by 10^4"),

    # ---- gz-meitan-zhengbanhua-2018 (Markdown pipe table) ----
    ("gz-meitan-zhengbanhua-2018", "e1", "implausible_rate", "table",
     "| ≥95% | 98.6% |", "| ≥95% | 108.6% |", "108.6%",
     "装机检查合格率 108.6%: a pass rate cannot exceed 100%"),
    ("gz-meitan-zhengbanhua-2018", "e2", "sum_mismatch", "prose",
     "部署安装及培训服务7.78万元", "部署安装及培训服务7.87万元", "培训服务7.87万元",
     "34.72 + 29.64 + 9.60 + 7.87 = 81.83, against the contract total and payment 81.74"),
    ("gz-meitan-zhengbanhua-2018", "e3", "unit_mismatch", "table",
     "| ≥150人次 | 172人次 |", "| ≥150人次 | 100% |", "≥150人次 | 100%",
     "培训信息化管理人员: target in 人次, actual given as a percentage"),
    ("gz-meitan-zhengbanhua-2018", "e4", "rate_mismatch", "table",
     "| 10 | 95.05% | 9.50 |", "| 10 | 95.50% | 9.50 |", "95.50%",
     "执行率 81.74 / 86.00 = 95.05%, stated 95.50%"),
    ("gz-meitan-zhengbanhua-2018", "e5", "year_mismatch", "table",
     "| 评价年度 | 2018年度 |", "| 评价年度 | 2019年度 |", "评价年度 | 2019年度",
     "the table claims 2019 while the title, budget and conclusion are for 2018"),
    ("gz-meitan-zhengbanhua-2018", "e6", "conflicting_values", "prose",
     "（街道）共68家单位", "（街道）共66家单位", "共66家单位",
     "the units covered are 66 in 概况 but 68 in the goals, the table (≥68家 / 68家) and the survey"),
]


def main():
    labels = []
    seen = set()
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        for (p, suf, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            assert (p, suf) not in seen, (p, suf)
            seen.add((p, suf))
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{p}-{suf}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{p}-{suf}: label value not in case: {value!r}")
            name = f"{p}-{suf}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an error)")


if __name__ == "__main__":
    main()
