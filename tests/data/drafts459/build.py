#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Each error case gets exactly one edit (one slip). `value` is the substring of the error case that
carries the slip (it must occur in the error case; verify.py checks that).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hn-yanhu-jianyu-zhiji-2021",
    "sx-fendong-jianyu-jiaogai-2019",
    "sc-langzhong-sifaju-jineng-2023",
    "fj-longjin-jianyu-bumen-2024",
    "hb-jianyuju-jinengbuzhu-2020",
]

# (project, suffix, where, code, old, new, value, explanation)
EDITS = [
    # --- Hunan 2021, prison vocational training (space-aligned table, 小计 rows, no total row)
    ("hn-yanhu-jianyu-zhiji-2021", "e1", "prose", "rate_mismatch",
     "当年财政拨款支出187.30万元，执行率95.56%",
     "当年财政拨款支出187.30万元，执行率95.65%",
     "执行率95.65%",
     "sub-rate of the current-year appropriation: 187.30 / 196.00 = 95.56%, stated 95.65% (the overall 95.74% is a different base)"),
    ("hn-yanhu-jianyu-zhiji-2021", "e2", "prose", "average_mismatch",
     "人均课酬1.35万元",
     "人均课酬1.53万元",
     "人均课酬1.53万元",
     "48.60万元 / 36人次 = 1.35万元, stated 1.53万元"),
    ("hn-yanhu-jianyu-zhiji-2021", "e3", "prose", "year_mismatch",
     "已按规定结转至2022年继续使用",
     "已按规定结转至2021年继续使用",
     "结转至2021年",
     "unspent money of the 2021 budget cannot be carried over to 2021 itself; should be 2022"),
    ("hn-yanhu-jianyu-zhiji-2021", "e4", "table", "completion_mismatch",
     "24期           92.31%",
     "24期           93.21%",
     "93.21%",
     "开班期数: 24 / 26 = 92.31%, stated 93.21% (score 9.23 still follows 92.31%)"),
    ("hn-yanhu-jianyu-zhiji-2021", "e5", "table", "unit_mismatch",
     "1518.66元/人",
     "1518.66万元/人",
     "1518.66万元/人",
     "target is ≤1600元/人 and 195.30万元 / 1286人 = 1518.66元: the actual is written in 万元/人, off by 10^4"),
    ("hn-yanhu-jianyu-zhiji-2021", "e6", "table", "score_sum_mismatch",
     "50     49.23",
     "50     49.32",
     "50     49.32",
     "产出指标 小计: 9.23 + 10 + 10 + 5 + 5 + 10 = 49.23, stated 49.32 (and 9.57 + 49.32 + 29.55 + 10 = 98.44 ≠ 自评得分98.35)"),

    # --- Shanxi 2019, education-reform special funds (Shanxi funds table with 行次, pipe tables)
    ("sx-fendong-jianyu-jiaogai-2019", "e1", "table", "sum_mismatch",
     "年初预算资金｜(1)｜120.00｜120.00｜40.00｜",
     "年初预算资金｜(1)｜120.00｜120.00｜45.00｜",
     "120.00｜120.00｜45.00",
     "row (1): 财政资金小计 120.00 ≠ 中央 45.00 + 省级 80.00 = 125.00 (中央 should be 40.00)"),
    ("sx-fendong-jianyu-jiaogai-2019", "e2", "table", "rate_mismatch",
     "｜96.25｜90.70｜",
     "｜96.25｜90.07｜",
     "96.25｜90.07",
     "row (7) 省级: 72.56 / 80.00 = 90.70%, stated 90.07"),
    ("sx-fendong-jianyu-jiaogai-2019", "e3", "table", "weight_sum_mismatch",
     "时效指标｜年度教育计划按期完成率｜5｜",
     "时效指标｜年度教育计划按期完成率｜6｜",
     "年度教育计划按期完成率｜6｜",
     "weights now total 101 (产出 block 51 against the stated 产出50分)"),
    ("sx-fendong-jianyu-jiaogai-2019", "e4", "prose", "grade_mismatch",
     "属于“优秀”",
     "属于“良好”",
     "属于“良好”",
     "total 98.10 lies in the 优 band (≥90)"),
    ("sx-fendong-jianyu-jiaogai-2019", "e5", "prose", "conflicting_values",
     "2018年项目结转资金36.80万元",
     "2018年项目结转资金38.60万元",
     "结转资金38.60万元",
     "the funds table gives 上年结转资金 36.80 in rows (2) and (3); the text now says 38.60"),
    ("sx-fendong-jianyu-jiaogai-2019", "e6", "prose", "balance_mismatch",
     "实际支出70.16万元，结余4.14万元",
     "实际支出70.16万元，结余4.41万元",
     "结余4.41万元",
     "职业技能培训经费 74.30 − 70.16 = 4.14, stated 4.41"),

    # --- Sichuan 2023, county justice bureau, training for community-corrections and released persons
    ("sc-langzhong-sifaju-jineng-2023", "e1", "prose", "balance_mismatch",
     "项目结余1.63万元",
     "项目结余1.36万元",
     "项目结余1.36万元",
     "51.50 − 49.87 = 1.63, stated 1.36"),
    ("sc-langzhong-sifaju-jineng-2023", "e2", "prose", "score_sum_mismatch",
     "合计得分99.12分",
     "合计得分99.21分",
     "合计得分99.21分",
     "9.68 + 59.44 + 30 = 99.12, stated 99.21"),
    ("sc-langzhong-sifaju-jineng-2023", "e3", "prose", "implausible_rate",
     "满意率为96.4%",
     "满意率为106.4%",
     "满意率为106.4%",
     "a satisfaction rate cannot exceed 100%"),
    ("sc-langzhong-sifaju-jineng-2023", "e4", "prose", "unit_mismatch",
     "按每人1200元的标准",
     "按每人1200万元的标准",
     "每人1200万元",
     "326人 × 1200元 = 39.12万元; the per-person standard is written in 万元, off by 10^4"),
    ("sc-langzhong-sifaju-jineng-2023", "e5", "table", "completion_mismatch",
     "76.99       96.24%",
     "76.99       92.64%",
     "92.64%",
     "取证率 76.99 / 80 = 96.24%, stated 92.64% (score 14.44 still follows 96.24%)"),
    ("sc-langzhong-sifaju-jineng-2023", "e6", "table", "year_mismatch",
     "评价年度：2023年",
     "评价年度：2022年",
     "评价年度：2022年",
     "the report evaluates 2023 (title, funds 截至2023年12月31日) but the attached table claims 2022"),

    # --- Fujian 2024, prison department-wide expenditure (tab tables, 合计 row)
    ("fj-longjin-jianyu-bumen-2024", "e1", "prose", "average_mismatch",
     "平均95.80分",
     "平均95.08分",
     "平均95.08分",
     "(96.50 + 92.80 + 98.10) / 3 = 95.80, stated 95.08"),
    ("fj-longjin-jianyu-bumen-2024", "e2", "prose", "sum_mismatch",
     "监管安全设施运行维护586.20万元",
     "监管安全设施运行维护568.20万元",
     "监管安全设施运行维护568.20万元",
     "312.40 + 568.20 + 309.15 = 1189.75 ≠ 项目支出1207.75 (should be 586.20)"),
    ("fj-longjin-jianyu-bumen-2024", "e3", "prose", "grade_mismatch",
     "等级为“优”",
     "等级为“良”",
     "等级为“良”",
     "96.20 lies in the 优 band (≥90)"),
    ("fj-longjin-jianyu-bumen-2024", "e4", "table", "conflicting_values",
     "≤18.50万元\t16.42万元",
     "≤18.50万元\t14.62万元",
     "14.62万元",
     "the text gives “三公”经费支出16.42万元; the table row now says 14.62万元"),
    ("fj-longjin-jianyu-bumen-2024", "e5", "table", "implausible_rate",
     "上年结转资金\t0.00\t0.00\t0.00\t—",
     "上年结转资金\t0.00\t0.00\t0.00\t100%",
     "0.00\t0.00\t0.00\t100%",
     "an execution rate of 100% on a zero budget (上年结转资金 0.00 / 0.00)"),
    ("fj-longjin-jianyu-bumen-2024", "e6", "prose", "score_exceeds_weight",
     "出监就业推荐成功率指标（分值10分",
     "出监就业推荐成功率指标（分值8分",
     "分值8分，得8.64分",
     "project indicator scored 8.64 against a weight of 8"),

    # --- Hubei 2020, provincial prison administration subsidy (space-aligned, 预算执行 20 points)
    ("hb-jianyuju-jinengbuzhu-2020", "e1", "table", "weight_sum_mismatch",
     "3个               1个              5      1.67",
     "3个               1个              3      1.67",
     "1个              3      1.67",
     "产出 rows now weigh 10 + 3 + 10 + 5 + 10 = 38 against 小计 40; all weights 98 (the text says 80 for 产出+效益+满意度)"),
    ("hb-jianyuju-jinengbuzhu-2020", "e2", "table", "score_exceeds_weight",
     "5      3.00    部分达成，延期约一个月\n产出指标    成本指标    人均培训成本        ≤900元/人次       767.12元/人次    10     10 ",
     "5      10      部分达成，延期约一个月\n产出指标    成本指标    人均培训成本        ≤900元/人次       767.12元/人次    10     3.00 ",
     "5      10      部分达成",
     "scores of two adjacent rows swapped (pasted one row off): 时效 row now 10 against weight 5; 成本 row 3.00 (sums unchanged)"),
    ("hb-jianyuju-jinengbuzhu-2020", "e3", "table", "rate_mismatch",
     "87.95%",
     "89.75%",
     "89.75%",
     "756.38 / 860.00 = 87.95%, stated 89.75% (score 17.59 still follows 87.95%)"),
    ("hb-jianyuju-jinengbuzhu-2020", "e4", "table", "score_sum_mismatch",
     "30     28.40",
     "30     28.04",
     "30     28.04",
     "效益指标 小计: 15 + 13.40 = 28.40, stated 28.04 (and the subtotals add to 89.26 ≠ 89.62)"),
    ("hb-jianyuju-jinengbuzhu-2020", "e5", "prose", "year_mismatch",
     "截至2020年12月31日，项目共支出",
     "截至2019年12月31日，项目共支出",
     "截至2019年12月31日",
     "the spending of the 2020 project is reported as of 2019-12-31; should be 2020"),
    ("hb-jianyuju-jinengbuzhu-2020", "e6", "prose", "average_mismatch",
     "平均每所67.00万元",
     "平均每所66.70万元",
     "平均每所66.70万元",
     "804.00 / 12 = 67.00, stated 66.70"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, suf, where, code, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid}-{suf}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{pid}-{suf}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
