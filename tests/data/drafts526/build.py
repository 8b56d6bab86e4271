#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts526 from the clean drafts and the edit list below.

Every edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft, and
the resulting case gets exactly one label whose `value` (a substring of the case containing the
changed figure) must occur exactly once in it.  Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jx-ruijin-yushoujianguan-2019",
    "ha-yuzhou-yushoujianguan-bumen-2021",
    "gx-beiliu-yushoujianguan-2022",
    "sc-guanghan-yushoujianguan-2023",
    "sd-laixi-yushoujianguan-2025",
]

# (source, n, code, old, new, value, where, explanation)
EDITS = [
    # --- 瑞金 2019 -------------------------------------------------------------------------------
    ("jx-ruijin-yushoujianguan-2019", 1, "rate_mismatch",
     "59.87｜95.03%", "59.87｜95.30%", "59.87｜95.30%",
     "表1 当年财政拨款 row, 执行率 cell",
     "当年财政拨款 59.87 / 63.00 = 95.03%, stated 95.30%"),
    ("jx-ruijin-yushoujianguan-2019", 2, "sum_mismatch",
     "基本支出1,873.52万元", "基本支出1,837.52万元", "基本支出1,837.52万元",
     "prose, 部门预算 sentence",
     "部门预算收入合计 4,126.38 ≠ 基本支出 1,837.52 + 项目支出 2,252.86 = 4,090.38"),
    ("jx-ruijin-yushoujianguan-2019", 3, "score_exceeds_weight",
     "1.5个工作日｜10｜10\n产出指标｜成本指标｜运维服务费｜≤48万元｜48万元｜10｜10",
     "1.5个工作日｜10｜11\n产出指标｜成本指标｜运维服务费｜≤48万元｜48万元｜10｜9",
     "1.5个工作日｜10｜11",
     "表2 rows 拨付申请办结时限 / 运维服务费 (one edit across two adjacent rows)",
     "拨付申请办结时限 scores 11 against a weight of 10 (the next row lowered to 9, so every total still reads 98.71)"),
    ("jx-ruijin-yushoujianguan-2019", 4, "unit_mismatch",
     "运维服务费48.00万元", "运维服务费48.00元", "运维服务费48.00元",
     "prose, 全年执行 breakdown",
     "48.00元 should be 48.00万元: the breakdown 48.00元 + 11.80 + 5.00 + 0.57万元 no longer gives 65.37万元 and the "
     "contract says 480,000元; both are reconciled exactly by rescaling that one amount by 10^4"),
    ("jx-ruijin-yushoujianguan-2019", 5, "year_mismatch",
     "结转至2020年", "结转至2019年", "结转至2019年",
     "prose, 结转 sentence",
     "the unspent 3.13万元 of the 2019 budget cannot be carried over to 2019 itself (should be 2020)"),
    ("jx-ruijin-yushoujianguan-2019", 6, "average_mismatch",
     "99.71%", "99.17%", "99.17%",
     "prose, quarterly availability list",
     "(99.52 + 99.17 + 99.58 + 99.59) / 4 = 99.465 → 99.47%, stated 全年平均99.60%"),
    # --- 禹州 2021 部门整体 ----------------------------------------------------------------------
    ("ha-yuzhou-yushoujianguan-bumen-2021", 1, "balance_mismatch",
     "项目结余2.64万元", "项目结余2.46万元", "结余2.46万元",
     "prose, 预售资金监管平台运维 paragraph",
     "52.80 − 50.16 = 2.64万元, stated 结余2.46万元"),
    ("ha-yuzhou-yushoujianguan-bumen-2021", 2, "weight_sum_mismatch",
     "179.36万元｜100%｜10｜10", "179.36万元｜100%｜12｜10", "179.36万元｜100%｜12",
     "表3 row 公用经费支出, 分值 cell",
     "weights now sum to 102 (产出 rows 52 against the stated 产出指标50分, total against 合计 100)"),
    ("ha-yuzhou-yushoujianguan-bumen-2021", 3, "grade_mismatch",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "prose, 自评结论",
     "total 99.48 is in the 优 band (≥90), stated 良好"),
    ("ha-yuzhou-yushoujianguan-bumen-2021", 4, "conflicting_values",
     "新批预售项目46个", "新批预售项目48个", "新批预售项目48个",
     "prose, 产出方面",
     "the same count is 46个 in 表3 (纳入资金监管的预售项目, completion 115.00% = 46/40)"),
    ("ha-yuzhou-yushoujianguan-bumen-2021", 5, "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—", "其他资金｜0.00｜0.00｜0.00｜100.00%",
     "其他资金｜0.00｜0.00｜0.00｜100.00%",
     "表1 row 其他资金, 执行率 cell",
     "execution rate 100.00% printed on a zero budget (0.00 / 0.00); should be —"),
    ("ha-yuzhou-yushoujianguan-bumen-2021", 6, "completion_mismatch",
     "93.6%｜98.53%", "93.6%｜95.83%", "93.6%｜95.83%",
     "表3 row 房地产领域信访办结率, 完成率 cell",
     "93.6 / 95 = 98.53%, stated 95.83%"),
    # --- 北流 2022 -------------------------------------------------------------------------------
    ("gx-beiliu-yushoujianguan-2022", 1, "rate_mismatch",
     "100.00\t92.40", "100.00\t94.20", "94.20",
     "表1 row 执行率(%), column 北流市级",
     "北流市级 41.58 / 45.00 = 92.40%, stated 94.20"),
    ("gx-beiliu-yushoujianguan-2022", 2, "score_sum_mismatch",
     "96.84%\t14.53", "96.84%\t14.35", "96.84%\t14.35",
     "表2 row 监管项目按期交付率, 得分 cell",
     "row scores now add up to 98.75, while 合计 and the text state 98.93"),
    ("gx-beiliu-yushoujianguan-2022", 3, "average_mismatch",
     "季度平均2,160.5笔", "季度平均2,106.5笔", "季度平均2,106.5笔",
     "prose, 产出情况",
     "(1,986 + 2,214 + 2,305 + 2,137) / 4 = 2,160.5, stated 2,106.5"),
    ("gx-beiliu-yushoujianguan-2022", 4, "unit_mismatch",
     "≤2小时\t1.5小时", "≤2小时\t100%", "≤2小时\t100%",
     "表2 row 系统故障响应时间, 业绩值 cell",
     "target in 小时, actual given as a percentage: completion cannot be computed"),
    ("gx-beiliu-yushoujianguan-2022", 5, "year_mismatch",
     "截至2022年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "prose, 预算执行情况",
     "the 2022 report states its year-end position as at 2023-12-31"),
    ("gx-beiliu-yushoujianguan-2022", 6, "completion_mismatch",
     "8642笔\t108.03%", "8642笔\t108.30%", "108.30%",
     "表2 row 监管资金入账核对笔数, 完成率 cell",
     "8642 / 8000 = 108.03%, stated 108.30%"),
    # --- 广汉 2023 -------------------------------------------------------------------------------
    ("sc-guanghan-yushoujianguan-2023", 1, "sum_mismatch",
     "财政资金｜720,000.00", "财政资金｜702,000.00", "财政资金｜702,000.00",
     "表1 row 财政资金, 年初预算数 cell",
     "年初预算 合计 720,000.00 ≠ 702,000.00 + 0.00 + 0.00 + 0.00; and 702,000.00 + 追加 30,000.00 ≠ 750,000.00"),
    ("sc-guanghan-yushoujianguan-2023", 2, "score_exceeds_weight",
     "23｜15｜15\n产出指标｜数量指标｜资金拨付笔数｜≥｜1500｜笔｜1623｜15｜15",
     "23｜15｜16\n产出指标｜数量指标｜资金拨付笔数｜≥｜1500｜笔｜1623｜15｜14",
     "23｜15｜16",
     "表2 rows 纳入监管预售项目 / 资金拨付笔数 (one edit across two adjacent rows)",
     "纳入监管预售项目 scores 16 against a weight of 15 (the next row lowered to 14, totals unchanged)"),
    ("sc-guanghan-yushoujianguan-2023", 3, "implausible_rate",
     "3,214.05万元，部门预算执行率98.36%", "3,314.05万元，部门预算执行率101.42%",
     "全年支出3,314.05万元，部门预算执行率101.42%",
     "prose, 基本情况 (department-level figures)",
     "department spending 3,314.05 above its budget 3,267.60: 101.42% is arithmetically right but an execution rate over 100%"),
    ("sc-guanghan-yushoujianguan-2023", 4, "conflicting_values",
     "全年纳入监管预售项目23个", "全年纳入监管预售项目32个", "全年纳入监管预售项目32个",
     "prose, 完成情况",
     "表2 gives 纳入监管预售项目 actual 23个"),
    ("sc-guanghan-yushoujianguan-2023", 5, "balance_mismatch",
     "18,187.60元", "18,817.60元", "18,817.60元",
     "prose, 资金使用 paragraph",
     "786,500.00 − 768,312.40 = 18,187.60元, stated 18,817.60元"),
    ("sc-guanghan-yushoujianguan-2023", 6, "weight_sum_mismatch",
     "产出指标权重60分", "产出指标权重65分", "产出指标权重65分",
     "prose, 评价结论",
     "产出 rows in 表2 weigh 60; 10 + 65 + 30 = 105 ≠ 100"),
    # --- 莱西 2025 -------------------------------------------------------------------------------
    ("sd-laixi-yushoujianguan-2025", 1, "grade_mismatch",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "prose, 自评结论",
     "total 99.57 is in the 优 band (≥90), stated 良"),
    ("sd-laixi-yushoujianguan-2025", 2, "score_sum_mismatch",
     "综合自评得分99.57分", "综合自评得分99.75分", "综合自评得分99.75分",
     "prose, 自评结论 (the only statement of the total)",
     "row scores in 表2 add up to 99.57, stated 99.75"),
    ("sd-laixi-yushoujianguan-2025", 3, "rate_mismatch",
     "执行率96.79%", "执行率96.97%", "执行率96.97%",
     "prose, 莱西市级资金 sub-rate",
     "莱西市级 67.75 / 70.00 = 96.79%, stated 96.97%"),
    ("sd-laixi-yushoujianguan-2025", 4, "unit_mismatch",
     "计84,000元", "计84,000万元", "84,000万元",
     "prose, 银行对账服务费 per-project sentence",
     "42 × 2,000元 = 84,000元 = 8.40万元; written 84,000万元, off by 10^4"),
    ("sd-laixi-yushoujianguan-2025", 5, "completion_mismatch",
     "95.6%｜106.22%", "95.6%｜102.66%", "95.6%｜102.66%",
     "表2 row 购房人满意度, 完成率 cell",
     "95.6 / 90 = 106.22%, stated 102.66%"),
    ("sd-laixi-yushoujianguan-2025", 6, "year_mismatch",
     "2025年3月下达", "2023年3月下达", "2023年3月下达",
     "prose, 预算及调整情况",
     "the 2025 subsidy is said to be issued in March 2023 (must be 2025, or December 2024 as an advance)"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, where, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old text occurs {clean.count(old)} times in the clean draft")
            case = clean.replace(old, new, 1)
            if case.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {case.count(value)} times in the case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(r['clean'] for r in labels)} clean)")


if __name__ == "__main__":
    main()
