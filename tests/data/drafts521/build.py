#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts521 from the clean drafts.

Each edit is exact: `old` must occur exactly once in the clean draft and is replaced by `new`
(one contiguous slip). `value` is the labelled substring of the resulting case; verify.py checks
that it occurs exactly once and overlaps the edited region.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "longhua-tuiyipeixun-2019",
    "longhui-tuiyijiuye-2021",
    "quxian-tyjrswj-bumen-2022",
    "huize-tuiyijineng-2024",
    "fengqiu-tuiyipeixun-2025",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---------------- longhua 2019 (project, ｜ tables) ----------------
    ("longhua-tuiyipeixun-2019", 1, "rate_mismatch", "prose, funds by use",
     "支出118.08万元，支出率94.62%", "支出118.08万元，支出率96.42%", "支出率96.42%",
     "培训费补助 118.08 / 124.80 = 94.62%, stated 96.42%"),
    ("longhua-tuiyipeixun-2019", 2, "balance_mismatch", "prose, funds by use",
     "年末结余7.86万元", "年末结余8.76万元", "年末结余8.76万元",
     "到位 136.80 − 执行 128.94 = 7.86, stated 8.76"),
    ("longhua-tuiyipeixun-2019", 3, "completion_mismatch", "tier table, 高级 row",
     "高级｜3个月以上｜6000｜40｜36｜90.00%", "高级｜3个月以上｜6000｜40｜36｜96.00%", "｜40｜36｜96.00%",
     "高级 结业 36 / 计划 40 = 90.00%, stated 96.00%"),
    ("longhua-tuiyipeixun-2019", 4, "score_exceeds_weight", "自评表, 可持续影响指标 rows",
     "| 4个 | 133.33% | 5 | 5 |\n| | | 培训档案管理 | 规范 | 规范 | — | 10 | 10 |",
     "| 4个 | 133.33% | 5 | 6 |\n| | | 培训档案管理 | 规范 | 规范 | — | 10 | 9 |",
     "| 4个 | 133.33% | 5 | 6 |",
     "校企合作培训基地 scored 6 against a weight of 5 (the next row, 培训档案管理, drops from 10 to 9 — still inside the "
     "qualitative 达成 band — so every subtotal and the total still add up)"),
    ("longhua-tuiyipeixun-2019", 5, "unit_mismatch", "prose, funding sources",
     "省级资金38.40万元", "省级资金384000万元", "384000万元",
     "the 38.40万元 provincial share (384000元) written with the unit 万元: off by 10^4; 72.00 + 38.40 + 26.40 = 136.80 "
     "only after rescaling, so the most specific explanation is the unit"),
    ("longhua-tuiyipeixun-2019", 6, "grade_mismatch", "prose, 自评结论",
     "评价等级为优。扣分情况", "评价等级为良。扣分情况", "评价等级为良",
     "total 99.09 lies in the 优 band (90–100), stated 良"),
    # ---------------- longhui 2021 (project, tab tables) ----------------
    ("longhui-tuiyijiuye-2021", 1, "sum_mismatch", "prose, funding sources",
     "县级财政46.00万元", "县级财政64.00万元", "县级财政64.00万元",
     "86.00 + 58.00 + 64.00 = 208.00, not the 190.00 budget (correct county share 46.00)"),
    ("longhui-tuiyijiuye-2021", 2, "score_sum_mismatch", "自评表, 产出指标小计 row",
     "| 产出指标小计 | | | | | | 50 | 49.18 |", "| 产出指标小计 | | | | | | 50 | 49.81 |", "| 50 | 49.81 |",
     "产出 rows add to 9.91 + 5 + 4.27 + 8 + 7 + 5 + 5 + 5 = 49.18, 小计 states 49.81 (and 9.36 + 49.81 + 30 + 10 ≠ 98.54)"),
    ("longhui-tuiyijiuye-2021", 3, "weight_sum_mismatch", "自评表, 吸纳就业补贴人数 row",
     "| 128人 | 85.33% | 5 | 4.27 |", "| 128人 | 85.33% | 6 | 4.27 |", "| 128人 | 85.33% | 6 | 4.27 |",
     "产出 weights now add to 51 against the 小计 50, and all weights to 101"),
    ("longhui-tuiyijiuye-2021", 4, "average_mismatch", "prose, 组织实施情况",
     "平均每期37人", "平均每期39人", "平均每期39人",
     "(42 + 38 + 31) / 3 = 37, stated 39"),
    ("longhui-tuiyijiuye-2021", 5, "conflicting_values", "prose, 就业创业补助情况",
     "共带动就业73人", "共带动就业78人", "共带动就业78人",
     "the 自评表 gives 创业带动就业人数 73人 (completion 73 / 60 = 121.67%), the text 78人"),
    ("longhui-tuiyijiuye-2021", 6, "year_mismatch", "prose, 资金基本情况",
     "2021年度项目预算190.00万元", "2020年度项目预算190.00万元", "2020年度项目预算190.00万元",
     "the 2021 self-evaluation (title, 自评表 年度 2021) states its budget as a 2020 budget"),
    # ---------------- quxian 2022 (department, ｜ tables) ----------------
    ("quxian-tyjrswj-bumen-2022", 1, "implausible_rate", "funds table, 财政专户管理资金 row",
     "财政专户管理资金｜0.00｜0.00｜0.00｜—", "财政专户管理资金｜0.00｜0.00｜0.00｜100.00%",
     "财政专户管理资金｜0.00｜0.00｜0.00｜100.00%",
     "an execution rate of 100.00% on a zero budget (0.00 / 0.00); the row should read —"),
    ("quxian-tyjrswj-bumen-2022", 2, "rate_mismatch", "funds table, 财政资金 row",
     "｜594.90｜98.45%", "｜594.90｜98.54%", "594.90｜98.54%",
     "财政资金 594.90 / 604.28 = 98.45%, stated 98.54%"),
    ("quxian-tyjrswj-bumen-2022", 3, "sum_mismatch", "expenditure-type table, 项目支出 row",
     "项目支出｜327.46｜", "项目支出｜327.64｜", "项目支出｜327.64",
     "186.50 + 92.00 + 48.96 = 327.46 and 285.02 + 327.64 ≠ 612.48; stated 327.64"),
    ("quxian-tyjrswj-bumen-2022", 4, "score_sum_mismatch", "自评表, 取证率 row",
     "| 96.52% | 7 | 6.76 |", "| 96.52% | 7 | 6.96 |", "| 96.52% | 7 | 6.96 |",
     "with 6.96 the 产出 rows add to 49.72, not the 小计 49.52, and all rows to 98.57, not the total 98.37"),
    ("quxian-tyjrswj-bumen-2022", 5, "weight_sum_mismatch", "自评表, 效益指标小计 row",
     "| 效益指标小计 | | | | | | 30 | 29 |", "| 效益指标小计 | | | | | | 35 | 29 |", "| 35 | 29 |",
     "效益 rows weigh 12 + 8 + 10 = 30, 小计 states 35 (10 + 50 + 35 + 10 = 105 ≠ 100)"),
    ("quxian-tyjrswj-bumen-2022", 6, "year_mismatch", "prose, 结余 sentence",
     "已结转2023年按原用途使用", "已结转2022年按原用途使用", "已结转2022年",
     "money left over in the 2022 budget year is carried to 2022 itself; it must go to 2023"),
    # ---------------- huize 2024 (project, ｜ tables) ----------------
    ("huize-tuiyijineng-2024", 1, "implausible_rate", "自评表, 参训学员满意度 row",
     "| 97.30% | 108.11% |", "| 107.30% | 119.22% |", "| 107.30% | 119.22% |",
     "a satisfaction rate of 107.30% is above 100% (the completion 107.30 / 90 = 119.22% is consistent with it)"),
    ("huize-tuiyijineng-2024", 2, "unit_mismatch", "自评表, 补助资金拨付时限 row",
     "| ≤30天 | 26天 |", "| ≤30天 | 100% |", "| ≤30天 | 100% |",
     "target in days (≤30天), actual given as a percentage: completion cannot be computed"),
    ("huize-tuiyijineng-2024", 3, "completion_mismatch", "自评表, 达成就业意向人数 row",
     "| 284人 | 94.67% |", "| 284人 | 96.47% |", "| 284人 | 96.47% |",
     "284 / 300 = 94.67%, stated 96.47%"),
    ("huize-tuiyijineng-2024", 4, "average_mismatch", "prose, 就业服务情况",
     "平均每场71人", "平均每场74人", "平均每场74人",
     "(86 + 74 + 65 + 59) / 4 = 71, stated 74"),
    ("huize-tuiyijineng-2024", 5, "conflicting_values", "prose, 分等级培训 narrative",
     "初级班共开班8期，结业231人", "初级班共开班8期，结业213人", "结业213人",
     "初级 completions are 231 in the tier table (231 × 2800元 = 64.68万元), stated 213 here"),
    ("huize-tuiyijineng-2024", 6, "grade_mismatch", "prose, 自评结论",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "total 99.36 lies in the 优 band (90–100), stated 良好"),
    # ---------------- fengqiu 2025 (project, tab tables) ----------------
    ("fengqiu-tuiyipeixun-2025", 1, "balance_mismatch", "prose, 资金安排和执行",
     "年末结余24.64万元", "年末结余26.44万元", "年末结余26.44万元",
     "到位 210.50 − 执行 185.86 = 24.64, stated 26.44"),
    ("fengqiu-tuiyipeixun-2025", 2, "score_exceeds_weight", "自评表, 可持续影响指标 rows",
     "| 7家 | 140.00% | 5 | 5 |\n| | | 培训机构监管 | 规范 | 规范 | — | 5 | 5 |",
     "| 7家 | 140.00% | 5 | 6 |\n| | | 培训机构监管 | 规范 | 规范 | — | 5 | 4 |",
     "| 7家 | 140.00% | 5 | 6 |",
     "订单式培训合作企业 scored 6 against a weight of 5 (the next row, 培训机构监管, drops from 5 to 4 — still inside "
     "the qualitative 达成 band — so the 效益 小计 27.41 and the total 88.92 still add up)"),
    ("fengqiu-tuiyipeixun-2025", 3, "unit_mismatch", "prose, execution breakdown",
     "职业介绍补贴6.46万元", "职业介绍补贴64600万元", "64600万元",
     "the 6.46万元 job-referral subsidy (200元 × 323人 = 64600元) written with the unit 万元: off by 10^4; "
     "149.40 + 30.00 + 6.46 = 185.86 only after rescaling"),
    ("fengqiu-tuiyipeixun-2025", 4, "rate_mismatch", "funds table, 当年财政拨款 row",
     "171.36\t87.43%", "171.36\t84.73%", "171.36\t84.73%",
     "当年财政拨款 171.36 / 196.00 = 87.43%, stated 84.73%"),
    ("fengqiu-tuiyipeixun-2025", 5, "conflicting_values", "prose, 满意度",
     "参训学员满意度为93.80%", "参训学员满意度为93.08%", "满意度为93.08%",
     "the 自评表 gives 参训学员满意度 93.80% (completion 98.74%, score 9.87), the text 93.08%"),
    ("fengqiu-tuiyipeixun-2025", 6, "year_mismatch", "自评表 header",
     "年度：2025年", "年度：2024年", "年度：2024年",
     "the 自评表 is headed 2024 while the title, budget and 截至2025年12月31日 figures are 2025"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                raise SystemExit(f"{src}-e{n}: old occurs {clean.count(old)} times in the clean draft")
            text = clean.replace(old, new, 1)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
