#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each edit replaces one exact substring `old` (which must occur exactly once in the clean draft) by `new`.
Edits touch one line, except score-row edits, which may touch two adjacent table rows.
`value` is the exact substring of the resulting case that carries the error; when `value` is None it is
built from `value_from` (a substring of `new`'s line, where the value starts) up to and including `value_to`
(the first occurrence of that marker after the start), for the sum-type codes that span changed part → total.
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = {
    "zhucheng-techloan-2019": "invented: 诸城市发展和改革局 技改贷款贴息 2019 (Shandong)",
    "jiangyin-guidefund-2021": "invented: 江阴市财政局 产业发展引导基金 2021 (Jiangsu)",
    "ruian-exportloan-2022": "invented: 瑞安市商务局 外贸订单融资贴息 2022 (Zhejiang)",
    "tengzhou-agriloan-2018": "invented: 滕州市农业局 新型农业经营主体贷款贴息 2018 (Shandong)",
    "pizhou-sciloan-2024": "invented: 邳州市科学技术局 科技金融专项（苏科贷贴息+天使基金）2024 (Jiangsu)",
}

# (source, n, code, old, new, value, explanation, score_rows)
# value: str (exact) or tuple (start_marker, end_marker) -> from start_marker (inclusive) to end_marker (inclusive)
EDITS = [
    # ---------------- 诸城 发改局 技改贴息 2019 ----------------
    ("zhucheng-techloan-2019", 1, "sum_mismatch",
     "| 减：不符合条件剔除 | 2 | 3,500.00 | 131.66 | 65.83 |",
     "| 减：不符合条件剔除 | 2 | 3,500.00 | 131.66 | 56.83 |",
     ("510.80 |\n| 减：不符合条件剔除", "| 核定 | 12 | 25,000.00 | 865.58 | 407.45"),
     "申报贴息510.80 − 剔除56.83 − 核减12.18 − 上限核减25.34 = 416.45, 核定 407.45 (剔除 should be 65.83; digits transposed)",
     False),
    ("zhucheng-techloan-2019", 2, "rate_mismatch",
     "实际支出407.45万元，预算执行率90.54%",
     "实际支出407.45万元，预算执行率84.89%",
     "预算执行率84.89%",
     "407.45/450.00 = 90.54%; 84.89% is 407.45 over the 年初预算 480.00 (wrong base)",
     False),
    ("zhucheng-techloan-2019", 3, "grade_mismatch",
     "综合得分95.87分，评价等级为“优秀”",
     "综合得分95.87分，评价等级为“良好”",
     "评价等级为“良好”",
     "95.87 lies in the 90–100 band: 优秀, not 良好",
     False),
    ("zhucheng-techloan-2019", 4, "average_mismatch",
     "核定企业平均每户贴息33.95万元",
     "核定企业平均每户贴息34.71万元",
     "平均每户贴息34.71万元",
     "407.45/12 = 33.95; 34.71 is last year's average (312.40/9) left in",
     False),
    ("zhucheng-techloan-2019", 5, "year_mismatch",
     "| 评价年度 | 2019年度 |",
     "| 评价年度 | 2018年度 |",
     "评价年度 | 2018年度",
     "the 2019 report's 自评表 names 2018 as the evaluation year (last year's template)",
     False),
    ("zhucheng-techloan-2019", 6, "score_exceeds_weight",
     "| 7.4亿元 | 10 | 9.25 | 新建产线未满产 |\n| 效益指标 | 社会效益指标 | 新增就业岗位 | ≥400个 | 436个 | 5 | 5 |",
     "| 7.4亿元 | 10 | 5 | 新建产线未满产 |\n| 效益指标 | 社会效益指标 | 新增就业岗位 | ≥400个 | 436个 | 5 | 9.25 |",
     "新增就业岗位 | ≥400个 | 436个 | 5 | 9.25",
     "scores of two adjacent rows swapped: 新增就业岗位 scored 9.25 against a weight of 5 (total unchanged)",
     True),
    # ---------------- 江阴 财政局 产业引导基金 2021 ----------------
    ("jiangyin-guidefund-2021", 1, "unit_mismatch",
     "引导基金认缴3.5亿元",
     "引导基金认缴3.5万元",
     "引导基金认缴3.5万元",
     "the 引导基金 subscription is 35,000.00万元 (3.5亿元) in the table and 14亿元 − 10.5亿元; written as 3.5万元: off by 10^4",
     False),
    ("jiangyin-guidefund-2021", 2, "weight_sum_mismatch",
     "| ≥60% | 65.00% | 108.33% | 5 | 5 | |",
     "| ≥60% | 65.00% | 108.33% | 10 | 5 | |",
     ("108.33% | 10", "| 合计 | | | | | | 100"),
     "weights now total 105 (效益 35 against 30): 投向本地企业金额占比 weight typed 10 instead of 5",
     True),
    ("jiangyin-guidefund-2021", 3, "conflicting_values",
     "子基金2021年投资项目23个",
     "子基金2021年投资项目32个",
     "投资项目32个",
     "the same count is 23个 in the 自评表 (completion 153.33% = 23/15); text says 32个",
     False),
    ("jiangyin-guidefund-2021", 4, "balance_mismatch",
     "实际支出16,787.50万元，结余1,512.50万元",
     "实际支出16,787.50万元，结余3,512.50万元",
     "结余3,512.50万元",
     "18,300.00 − 16,787.50 = 1,512.50; 3,512.50 is computed from the 年初预算 20,300.00",
     False),
    ("jiangyin-guidefund-2021", 5, "completion_mismatch",
     "| ≤30% | 25.00% | 100.00% | 10 | 10 | |",
     "| ≤30% | 25.00% | 83.33% | 10 | 10 | |",
     "25.00% | 83.33%",
     "≤30% target met by 25.00%: completion 100%; 83.33% is actual/target applied to a reverse indicator",
     False),
    ("jiangyin-guidefund-2021", 6, "implausible_rate",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100% | — |",
     "上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100%",
     "execution rate 100% on a zero 上年结转 budget (rate on a zero base)",
     False),
    # ---------------- 瑞安 商务局 外贸订单融资贴息 2022 ----------------
    ("ruian-exportloan-2022", 1, "sum_mismatch",
     "省级商务促进资金45.00万元（浙财企",
     "省级商务促进资金54.00万元（浙财企",
     "105.00万元，其中市级年初预算60.00万元、省级商务促进资金54.00万元",
     "60.00 + 54.00 = 114.00 ≠ 105.00 (省级 45.00 retyped as 54.00)",
     False),
    ("ruian-exportloan-2022", 2, "score_sum_mismatch",
     "| 逐步增强 | 基本达成 | 5 | 4.5 | |",
     "| 逐步增强 | 基本达成 | 5 | 5 | |",
     ("基本达成 | 5 | 5", "| 总分 | | | | | 100 | 97.41"),
     "可持续 row raised from 4.5 to 5 without updating the total: rows now add to 97.91, stated 97.41 (效益 34.2 vs 33.7 in text)",
     True),
    ("ruian-exportloan-2022", 3, "unit_mismatch",
     "项目实际支出91.43万元（914,318.75元）",
     "项目实际支出91.43万元（914,318.75万元）",
     "914,318.75万元",
     "914,318.75 is the 元 figure of 91.43万元, labelled 万元: off by 10^4",
     False),
    ("ruian-exportloan-2022", 4, "rate_mismatch",
     "预算执行率87.08%。其中",
     "预算执行率87.80%。其中",
     "预算执行率87.80%",
     "91.43/105.00 = 87.08%; stated 87.80% (digits transposed)",
     False),
    ("ruian-exportloan-2022", 5, "average_mismatch",
     "12家企业户均贴息7.62万元",
     "12家企业户均贴息6.10万元",
     "户均贴息6.10万元",
     "914,318.75元/12 = 7.62万元; 6.10万元 divides by the 15 applicants",
     False),
    ("ruian-exportloan-2022", 6, "year_mismatch",
     "截至2022年12月31日，项目实际支出",
     "截至2021年12月31日，项目实际支出",
     "截至2021年12月31日",
     "the 2022 spending is dated to the end of 2021 (year before the evaluation year; the 省级 money arrived in June 2022)",
     False),
    # ---------------- 滕州 农业局 新型经营主体贷款贴息 2018 ----------------
    ("tengzhou-agriloan-2018", 1, "balance_mismatch",
     "结余14.60万元，为市级资金",
     "结余14.06万元，为市级资金",
     "结余14.06万元",
     "到位 120.00 − 执行 105.40 = 14.60, stated 14.06",
     False),
    ("tengzhou-agriloan-2018", 2, "completion_mismatch",
     "完成目标6,000万元的118.50%",
     "完成目标6,000万元的84.39%",
     "6,000万元的84.39%",
     "7,110/6,000 = 118.50%; 84.39% is target/actual (inverted)",
     False),
    ("tengzhou-agriloan-2018", 3, "score_exceeds_weight",
     "| 2018年12月28日 | 10 | 6 | 审核公示时间不足，已调整申报时间 |\n| 产出指标 | 成本指标 | 贴息比例 | ≤50% | 50% | 5 | 5 |",
     "| 2018年12月28日 | 10 | 5 | 审核公示时间不足，已调整申报时间 |\n| 产出指标 | 成本指标 | 贴息比例 | ≤50% | 50% | 5 | 6 |",
     "贴息比例 | ≤50% | 50% | 5 | 6",
     "scores of two adjacent rows swapped: 贴息比例 scored 6 against a weight of 5 (total unchanged)",
     True),
    ("tengzhou-agriloan-2018", 4, "conflicting_values",
     "2018年共受理19个主体申请",
     "2018年共受理16个主体申请",
     "共受理16个主体申请",
     "applications are 19 in 二（一） and in the 审核 table (14 + 5); 四 says 16",
     False),
    ("tengzhou-agriloan-2018", 5, "grade_mismatch",
     "得分89.68分，评价等级为良好",
     "得分89.68分，评价等级为优秀",
     "评价等级为优秀",
     "89.68 is in the 80–90 band: 良好 (rounded up to 90 by the writer)",
     False),
    ("tengzhou-agriloan-2018", 6, "implausible_rate",
     "| ≥90% | 96.2% | 10 | 10 | |",
     "| ≥90% | 962% | 10 | 10 | |",
     "≥90% | 962%",
     "satisfaction 962% (> 100%): decimal point dropped from 96.2%",
     False),
    # ---------------- 邳州 科技局 科技金融专项 2024 ----------------
    ("pizhou-sciloan-2024", 1, "weight_sum_mismatch",
     "| ≥10% | 8.6% | 5 | 4.3 |",
     "| ≥10% | 8.6% | 10 | 4.3 |",
     ("8.6% | 10", "| 合计 | | | | | 100"),
     "效益 rows now weigh 10+10+10+5 = 35 against the 小计 30, and the table totals 105",
     True),
    ("pizhou-sciloan-2024", 2, "score_sum_mismatch",
     "| 1.86亿元 | 10 | 6.2 |",
     "| 1.86亿元 | 10 | 6.8 |",
     ("1.86亿元 | 10 | 6.8", "| 合计 | | | | | 100 | 89.27"),
     "效益 rows now add to 24.6 against the 小计 24 (and 89.87 against the total 89.27); one score retyped without the totals",
     True),
    ("pizhou-sciloan-2024", 3, "rate_mismatch",
     "项目支出1,723.87万元，执行率98.51%",
     "项目支出1,723.87万元，执行率98.15%",
     "执行率98.15%",
     "1,723.87/1,750.00 = 98.51%; stated 98.15%",
     False),
    ("pizhou-sciloan-2024", 4, "sum_mismatch",
     "其中市级财政资金1,250.00万元",
     "其中市级财政资金1,520.00万元",
     "1,750.00万元，其中市级财政资金1,520.00万元、省级科技成果转化专项转移支付资金500.00万元",
     "1,520.00 + 500.00 = 2,020.00 ≠ 1,750.00 (市级 1,250.00 retyped)",
     False),
    ("pizhou-sciloan-2024", 5, "conflicting_values",
     "实缴首期出资1,500.00万元",
     "实缴首期出资1,050.00万元",
     "实缴首期出资1,050.00万元",
     "the first paid-in contribution is 1,500万元 in 一（一）, the sub-item table (1,500.00) and the 自评表; text says 1,050.00",
     False),
    ("pizhou-sciloan-2024", 6, "unit_mismatch",
     "| ≥25家 | 14家 | 10 | 5.6 |",
     "| ≥25家 | 56% | 10 | 5.6 |",
     "≥25家 | 56%",
     "target in 家, actual written as a percentage (the completion rate typed into the actual column)",
     False),
]


def make_value(case_text, value):
    if isinstance(value, str):
        return value
    start_marker, end_marker = value
    i = case_text.find(start_marker)
    assert i >= 0, start_marker
    j = case_text.find(end_marker, i)
    assert j >= 0, end_marker
    return case_text[i:j + len(end_marker)]


def main():
    labels = []
    order = []
    for src in SOURCES:
        order.append(src)
    by_src = {}
    for e in EDITS:
        by_src.setdefault(e[0], []).append(e)
    for src in order:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (_, n, code, old, new, value, expl, _score) in sorted(by_src[src], key=lambda e: e[1]):
            if clean.count(old) != 1:
                raise SystemExit(f"{src}-e{n}: 'old' occurs {clean.count(old)} times")
            case = clean.replace(old, new)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": make_value(case, value), "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
