#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts226 from the clean drafts.

Each edit is an exact old -> new replacement applied to one clean draft; `old` must occur exactly
once in that draft, and `value` (the label span) must occur in the resulting case and contain the
changed figure. Run from anywhere:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ah-yongqiao-foodchoujian-2022",
    "gd-yingde-12315-2020",
    "sn-fengxiang-tezhongshebei-2023",
    "jl-fusong-jiliangjianding-2019",
    "hainan-wenchang-adr-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Anhui, Yongqiao: food sampling 2022 (flattened table, one tab-indented cell per line) ---
    ("ah-yongqiao-foodchoujian-2022", 1, "rate_mismatch", "table",
     "128.61\n\t10\n\t95.27%",
     "128.61\n\t10\n\t95.72%",
     "95.72%",
     "年度资金总额 row: 128.61 / 135.00 = 95.27%, the table prints 95.72% (digits transposed)"),
    ("ah-yongqiao-foodchoujian-2022", 2, "score_exceeds_weight", "table",
     "2022年12月16日\n\t5\n\t5\n\t\n\n\t\n\t成本指标\n\t每批次监督抽检平均费用\n\t≤650元\n\t583.59元\n\t10\n\t10\n",
     "2022年12月16日\n\t5\n\t10\n\t\n\n\t\n\t成本指标\n\t每批次监督抽检平均费用\n\t≤650元\n\t583.59元\n\t10\n\t5\n",
     "2022年12月16日\n\t5\n\t10",
     "时效 row (分值 5) scored 10: the scores of the 时效 and 成本 rows were swapped, so the total still reads 99.05"),
    ("ah-yongqiao-foodchoujian-2022", 3, "sum_mismatch", "prose",
     "样品购置费6.35万元",
     "样品购置费6.53万元",
     "样品购置费6.53万元",
     "112.40 + 9.86 + 6.53 = 128.79, but the stated total spending is 128.61 (6.35 typed as 6.53)"),
    ("ah-yongqiao-foodchoujian-2022", 4, "year_mismatch", "prose",
     "结转至2023年继续用于食品安全抽检",
     "结转至2022年继续用于食品安全抽检",
     "结转至2022年",
     "the unspent part of the 2022 budget is carried over to 2022 itself; must be a later year (2023)"),
    ("ah-yongqiao-foodchoujian-2022", 5, "completion_mismatch", "prose",
     "完成快检5712批次，完成年度计划的95.20%",
     "完成快检5712批次，完成年度计划的92.50%",
     "完成年度计划的92.50%",
     "快检 5712 of target 6000 = 95.20%, stated 92.50%"),
    ("ah-yongqiao-foodchoujian-2022", 6, "grade_mismatch", "prose",
     "自评得分99.05分，评价等级为“优”",
     "自评得分99.05分，评价等级为“良”",
     "评价等级为“良”",
     "99.05 lies in the 优 band (90–100), the text says 良"),

    # --- Guangdong, Yingde: 12315 complaints 2020 (web table, tab-separated rows) ---
    ("gd-yingde-12315-2020", 1, "balance_mismatch", "prose",
     "结余2.22万元已按规定由财政收回",
     "结余2.12万元已按规定由财政收回",
     "结余2.12万元",
     "46.00 − 43.78 = 2.22, stated 2.12"),
    ("gd-yingde-12315-2020", 2, "average_mismatch", "prose",
     "月均受理1040.5件",
     "月均受理1004.5件",
     "月均受理1004.5件",
     "12486 / 12 months = 1040.5 per month, stated 1004.5"),
    ("gd-yingde-12315-2020", 3, "weight_sum_mismatch", "table",
     "投诉受理时限\t≤7个工作日\t2.6个工作日\t5\t5",
     "投诉受理时限\t≤7个工作日\t2.6个工作日\t10\t5",
     "投诉受理时限\t≤7个工作日\t2.6个工作日\t10\t5",
     "分值 column now adds to 105 (时效 row 5 typed as 10); 产出 block 55 instead of 50"),
    ("gd-yingde-12315-2020", 4, "implausible_rate", "table",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "an execution rate of 100.00% on a zero 上年结转资金 budget: rate on a zero base"),
    ("gd-yingde-12315-2020", 5, "unit_mismatch", "table",
     "投诉按时办结率\t≥95%\t97.23%",
     "投诉按时办结率\t≥95%\t5165件",
     "≥95%\t5165件",
     "target is a percentage (≥95%), the actual is a count (5165件); completion cannot be computed"),
    ("gd-yingde-12315-2020", 6, "conflicting_values", "prose",
     "为消费者挽回经济损失186.42万元，项目基本达到预期效果",
     "为消费者挽回经济损失168.42万元，项目基本达到预期效果",
     "挽回经济损失168.42万元",
     "the conclusion gives 168.42万元 for the losses recovered, the body and the table give 186.42万元"),

    # --- Shaanxi, Fengxiang: special equipment 2023 (PDF copy, wrapped lines, space-separated table) ---
    ("sn-fengxiang-tezhongshebei-2023", 1, "sum_mismatch", "table",
     "其中：当年财政拨款 80.00 68.20 67.56",
     "其中：当年财政拨款 88.00 68.20 67.56",
     "当年财政拨款 88.00 68.20 67.56",
     "年初预算数 column: 年度资金总额 80.00 ≠ 88.00 + 0.00 + 0.00"),
    ("sn-fengxiang-tezhongshebei-2023", 2, "score_sum_mismatch", "table",
     "71.86 10 99.12% 9.91",
     "71.86 10 99.12% 9.19",
     "99.12% 9.19",
     "scores add to 9.19 + 49.36 + 30 + 10 = 98.55, the table and text total is 99.27 (execution score 9.91 typed as 9.19)"),
    ("sn-fengxiang-tezhongshebei-2023", 3, "completion_mismatch", "table",
     "≥98% 99.00% 101.02% 10 10",
     "≥98% 99.00% 101.20% 10 10",
     "99.00% 101.20%",
     "定期检验率 99.00% against ≥98% = 101.02%, the table prints 101.20%"),
    ("sn-fengxiang-tezhongshebei-2023", 4, "year_mismatch", "table",
     "项目支出绩效自评表\n（2023年度）",
     "项目支出绩效自评表\n（2022年度）",
     "（2022年度）",
     "the 自评表 of the 2023 report is headed 2022年度"),
    ("sn-fengxiang-tezhongshebei-2023", 5, "unit_mismatch", "prose",
     "委托检验检测费38.60万元",
     "委托检验检测费386000万元",
     "386000万元",
     "the 38.60万元 item written as its 元 amount (386000) with the unit 万元: off by 10^4, which also breaks the 71.86 total"),
    ("sn-fengxiang-tezhongshebei-2023", 6, "grade_mismatch", "prose",
     "合得分99.27分，评价等级为优秀",
     "合得分99.27分，评价等级为良好",
     "评价等级为良好",
     "99.27 lies in the 优 band, the text says 良好"),

    # --- Jilin, Fusong: metrology verification 2019 (Word copy, tab rows, 分值 column before the targets) ---
    ("jl-fusong-jiliangjianding-2019", 1, "rate_mismatch", "table",
     "年度资金总额\t38.00\t38.00\t30.40\t10\t80.00%\t8.00",
     "年度资金总额\t38.00\t38.00\t30.40\t10\t86.00%\t8.00",
     "30.40\t10\t86.00%",
     "30.40 / 38.00 = 80.00%, the funds row prints 86.00%"),
    ("jl-fusong-jiliangjianding-2019", 2, "balance_mismatch", "prose",
     "结余7.60万元",
     "结余6.70万元",
     "结余6.70万元",
     "到位 38.00 − 执行 30.40 = 7.60, stated 6.70"),
    ("jl-fusong-jiliangjianding-2019", 3, "average_mismatch", "prose",
     "人均完成检定1731.2台（件）",
     "人均完成检定1713.2台（件）",
     "人均完成检定1713.2台（件）",
     "8656 / 5 检定员 = 1731.2, stated 1713.2"),
    ("jl-fusong-jiliangjianding-2019", 4, "implausible_rate", "table",
     "集贸市场计价秤检定覆盖率\t10\t100%\t100%\t10",
     "集贸市场计价秤检定覆盖率\t10\t100%\t105.2%\t10",
     "100%\t105.2%",
     "a coverage rate of 105.2%: coverage cannot exceed 100% (the text says all scales were covered)"),
    ("jl-fusong-jiliangjianding-2019", 5, "weight_sum_mismatch", "table",
     "检定员持证上岗率\t5\t100%",
     "检定员持证上岗率\t15\t100%",
     "检定员持证上岗率\t15",
     "分值 column now adds to 110 (持证上岗率 5 typed as 15); the 合计 row still says 100"),
    ("jl-fusong-jiliangjianding-2019", 6, "conflicting_values", "prose",
     "全年检定计量器具8656台（件），主要产出指标",
     "全年检定计量器具8566台（件），主要产出指标",
     "全年检定计量器具8566台（件）",
     "the conclusion gives 8566 devices verified, the body (with its breakdown) and the table give 8656"),

    # --- Hainan, Wenchang: ADR monitoring 2024 (web page, one cell per line, blank line between rows) ---
    ("hainan-wenchang-adr-2024", 1, "score_sum_mismatch", "table",
     "15\n14.06\n",
     "15\n14.60\n",
     "15\n14.60",
     "scores add to 8.27 + 46.65 + 25.10 + 9.18 = 89.20, the stated total is 88.66 (14.06 typed as 14.60)"),
    ("hainan-wenchang-adr-2024", 2, "score_exceeds_weight", "table",
     "105份\n10\n7.00\n基层器械不良事件识别和报告意识不强\n\n产出指标\n数量指标\n化妆品不良反应报告数\n≥40份\n46份\n5\n5\n",
     "105份\n10\n5\n基层器械不良事件识别和报告意识不强\n\n产出指标\n数量指标\n化妆品不良反应报告数\n≥40份\n46份\n5\n7.00\n",
     "化妆品不良反应报告数\n≥40份\n46份\n5\n7.00",
     "化妆品 row (分值 5) scored 7.00: the scores of two adjacent rows were swapped, so the total still reads 88.66"),
    ("hainan-wenchang-adr-2024", 3, "conflicting_values", "table",
     "药品不良反应报告数\n≥230份\n268份",
     "药品不良反应报告数\n≥230份\n286份",
     "药品不良反应报告数\n≥230份\n286份",
     "the table row gives 286 ADR reports, the text and the 总体目标 cell give 268"),
    ("hainan-wenchang-adr-2024", 4, "sum_mismatch", "prose",
     "宣传费2.45万元",
     "宣传费2.54万元",
     "宣传费2.54万元",
     "4.32 + 3.86 + 2.54 + 5.20 + 4.02 = 19.94, the stated spending is 19.85"),
    ("hainan-wenchang-adr-2024", 5, "rate_mismatch", "prose",
     "全年实际支出19.85万元，预算执行率82.71%",
     "全年实际支出19.85万元，预算执行率82.17%",
     "预算执行率82.17%",
     "19.85 / 24.00 = 82.71%, the text says 82.17%"),
    ("hainan-wenchang-adr-2024", 6, "completion_mismatch", "prose",
     "完成年度目标的116.52%",
     "完成年度目标的116.25%",
     "完成年度目标的116.25%",
     "268 reports against ≥230 = 116.52%, stated 116.25%"),
]


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            key = (s, n)
            if key in seen:
                sys.exit(f"duplicate edit number {key}")
            seen.add(key)
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{s}-e{n}: old string occurs {cnt} times (must be exactly once): {old!r}")
            case = clean.replace(old, new, 1)
            if case == clean:
                sys.exit(f"{s}-e{n}: edit changes nothing")
            if value not in case:
                sys.exit(f"{s}-e{n}: value not in case: {value!r}")
            if value in clean:
                sys.exit(f"{s}-e{n}: value also occurs in the clean draft: {value!r}")
            name = f"{s}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    if len(seen) != len(EDITS):
        sys.exit("an edit names an unknown source")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(EDITS)} error cases from {len(SOURCES)} clean drafts; labels.jsonl has {len(labels)} lines")


if __name__ == "__main__":
    main()
