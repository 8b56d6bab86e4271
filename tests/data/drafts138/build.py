#!/usr/bin/env python3
"""Build the n138 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose ("text") or in a table ("table").
Run: python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "wangdu-dilibaohu-2021",
    "shucheng-agriqualitytest-2022",
    "dazhu-qiangmian-2023",
    "nanhua-renju-2024",
    "huanan-nyncj-2019",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A  Hebei, 望都县 耕地地力保护补贴 2021 (MOF layout, funds block + indicator table)
    ("wangdu-dilibaohu-2021", 1, "rate_mismatch", "table",
     "3725.04｜10｜99.65%｜9.97", "3725.04｜10｜99.56%｜9.97", "99.56%",
     "执行率 in the 自评表 funds row: 3725.04 / 3738.00 = 99.65%, stated 99.56% (digits swapped)"),
    ("wangdu-dilibaohu-2021", 2, "balance_mismatch", "text",
     "剩余资金12.96万元", "剩余资金12.69万元", "12.69万元",
     "remaining money returned to the county: 3738.00 - 3725.04 = 12.96万元, stated 12.69万元"),
    ("wangdu-dilibaohu-2021", 3, "score_exceeds_weight", "table",
     "92.4%｜10｜10｜—\n效益指标｜可持续影响指标｜农民耕地地力保护意识｜逐步增强｜部分农户重用轻养｜8｜6｜",
     "92.4%｜10｜6｜—\n效益指标｜可持续影响指标｜农民耕地地力保护意识｜逐步增强｜部分农户重用轻养｜8｜10｜",
     "部分农户重用轻养｜8｜10",
     "scores of two adjacent 效益 rows typed in swapped order: 可持续影响 row now scores 10 against a weight of 8 (total still 97.97)"),
    ("wangdu-dilibaohu-2021", 4, "year_mismatch", "text",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "the 2021 report states its payout 截至2020年12月31日; the figures must be as at the end of the evaluation year 2021"),
    ("wangdu-dilibaohu-2021", 5, "unit_mismatch", "table",
     "2021年6月30日前｜2021年6月25日", "2021年6月30日前｜100%", "2021年6月30日前｜100%",
     "时效 row: target is a date (2021年6月30日前), actual given as a percentage 100%"),
    ("wangdu-dilibaohu-2021", 6, "completion_mismatch", "text",
     "完成年度目标的101.44%", "完成年度目标的104.14%", "104.14%",
     "补贴面积 36.52万亩 against the target 36万亩 = 101.44%, stated 104.14%"),

    # ---- B  Anhui, 舒城县 农产品质量安全检测 2022 (prose only: funds, indicators and scores in text)
    ("shucheng-agriqualitytest-2022", 1, "sum_mismatch", "text",
     "检测试剂及耗材28.45万元", "检测试剂及耗材28.54万元", "28.54万元",
     "spending items 46.80 + 28.54 + 9.62 + 13.50 = 98.46, stated total 98.37万元"),
    ("shucheng-agriqualitytest-2022", 2, "score_sum_mismatch", "text",
     "综合自评得分97.37分", "综合自评得分97.73分", "97.73分",
     "9.37 + 50 + 28 + 10 = 97.37, stated total 97.73分"),
    ("shucheng-agriqualitytest-2022", 3, "grade_mismatch", "text",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 97.37 is in the 优 band (>= 90), stated 良"),
    ("shucheng-agriqualitytest-2022", 4, "average_mismatch", "text",
     "平均99.10%", "平均99.01%", "平均99.01%",
     "(98.9 + 99.3 + 99.4 + 98.8) / 4 = 99.10%, stated 99.01%"),
    ("shucheng-agriqualitytest-2022", 5, "year_mismatch", "text",
     "2022年7月，省级下达", "2023年7月，省级下达", "2023年7月",
     "provincial money for the 2022 budget said to be issued in July 2023, after the evaluation year"),
    ("shucheng-agriqualitytest-2022", 6, "conflicting_values", "text",
     "全县共完成定量检测2586批次", "全县共完成定量检测2568批次", "2568批次",
     "定量检测 given as 2568批次 in the overview but 2586批次 in the indicator section (twice, with completion 107.75% and 2563 qualified)"),

    # ---- C  Sichuan, 大竹县 动物疫病强制免疫 2023 (Sichuan outline, 10 + 90 table with 指标性质)
    ("dazhu-qiangmian-2023", 1, "weight_sum_mismatch", "table",
     "基本达成｜15｜12｜", "基本达成｜16｜12｜", "基本达成｜16｜12",
     "weights now add to 101 (可持续影响 16 instead of 15) while the 合计 row says 100"),
    ("dazhu-qiangmian-2023", 2, "score_exceeds_weight", "table",
     "86.4%｜10｜10｜超出目标值23.43%，因70%为国家底线标准，我县免疫质量较稳定，2024年目标值调整为80%\n产出指标｜时效指标｜集中免疫完成时间｜定性｜春防5月31日前、秋防11月30日前｜按期完成｜5｜5｜",
     "86.4%｜5｜10｜超出目标值23.43%，因70%为国家底线标准，我县免疫质量较稳定，2024年目标值调整为80%\n产出指标｜时效指标｜集中免疫完成时间｜定性｜春防5月31日前、秋防11月30日前｜按期完成｜10｜5｜",
     "86.4%｜5｜10",
     "weights of the adjacent 质量 and 时效 rows swapped: 抗体合格率 row scores 10 against a weight of 5 (weight total still 100)"),
    ("dazhu-qiangmian-2023", 3, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "执行率 100% printed on a zero budget (其他资金 0.00)"),
    ("dazhu-qiangmian-2023", 4, "conflicting_values", "table",
     "126.8万头（只）｜10｜10", "128.6万头（只）｜10｜10", "128.6万头（只）",
     "口蹄疫 immunised 128.6万头 in the table but 实免126.8万头 in the text (which also gives 免疫密度 96.21% = 126.8/131.8)"),
    ("dazhu-qiangmian-2023", 5, "unit_mismatch", "text",
     "村级防疫员劳务补助38.40万元", "村级防疫员劳务补助384000万元", "384000万元",
     "384000元 (320 × 1200元) written with the unit 万元; the spending items only add to 151.26万元 with 38.40万元"),
    ("dazhu-qiangmian-2023", 6, "year_mismatch", "table",
     "项目支出绩效自评表（2023年度）", "项目支出绩效自评表（2022年度）", "项目支出绩效自评表（2022年度）",
     "the attached table is headed 2022年度 in the 2023 report"),

    # ---- D  Yunnan, 南华县 农村人居环境整治 2024 (MOF table with a 完成率 column)
    ("nanhua-renju-2024", 1, "completion_mismatch", "table",
     "42.6%｜106.50%", "42.6%｜105.60%", "42.6%｜105.60%",
     "污水治理率 42.6% against >= 40% = 106.50%, stated 105.60%"),
    ("nanhua-renju-2024", 2, "rate_mismatch", "text",
     "覆盖率97.66%", "覆盖率96.76%", "覆盖率96.76%",
     "125 of 128 行政村 = 97.66%, stated 96.76%"),
    ("nanhua-renju-2024", 3, "sum_mismatch", "table",
     "年度资金总额｜105.30", "年度资金总额｜150.30", "年度资金总额｜150.30",
     "年初预算数 column: 60.00 + 45.30 + 0.00 = 105.30, total row says 150.30"),
    ("nanhua-renju-2024", 4, "average_mismatch", "text",
     "平均95.75%", "平均95.57%", "平均95.57%",
     "(96 + 94 + 98 + 95) / 4 = 95.75%, stated 95.57%"),
    ("nanhua-renju-2024", 5, "unit_mismatch", "table",
     "≥95%｜98.72%", "≥95%｜308座", "≥95%｜308座",
     "验收合格率 target is a percentage, actual given as a count (308座)"),
    ("nanhua-renju-2024", 6, "grade_mismatch", "text",
     "等级为“优秀”", "等级为“良好”", "等级为“良好”",
     "total 95.40 is in the 优 band (>= 90), stated 良好"),

    # ---- E  Heilongjiang, 桦南县农业农村局 部门整体支出 2019 (project list + department table)
    ("huanan-nyncj-2019", 1, "balance_mismatch", "text",
     "年末结转资金135.39万元", "年末结转资金153.39万元", "153.39万元",
     "2856.42 - 2721.03 = 135.39万元 unspent, stated 153.39万元"),
    ("huanan-nyncj-2019", 2, "score_sum_mismatch", "table",
     "部分达成｜10｜8｜", "部分达成｜10｜9｜", "部分达成｜10｜9",
     "row scores now add to 98.45 (可持续影响 9 instead of 8) while the 合计 row and the text say 97.45"),
    ("huanan-nyncj-2019", 3, "rate_mismatch", "table",
     "1397.25｜91.92%", "1397.25｜91.29%", "91.29%",
     "黑土地保护利用 1397.25 / 1520.00 = 91.92%, stated 91.29%"),
    ("huanan-nyncj-2019", 4, "sum_mismatch", "text",
     "公用经费64.22万元", "公用经费46.22万元", "公用经费46.22万元",
     "人员经费 548.16 + 公用经费 46.22 = 594.38, stated 基本支出 612.38万元"),
    ("huanan-nyncj-2019", 5, "implausible_rate", "text",
     "实际兑付1118.40万元，兑付率93.20%", "实际兑付1218.40万元，兑付率101.53%",
     "实际兑付1218.40万元，兑付率101.53%",
     "秸秆还田作业补助 paid 1218.40 out of 1200.00万元 budgeted: 兑付率 over 100%"),
    ("huanan-nyncj-2019", 6, "weight_sum_mismatch", "table",
     "5.6万吨｜10｜10", "5.6万吨｜12｜10", "5.6万吨｜12｜10",
     "weights now add to 102 (经济效益 12 instead of 10) while the 合计 row says 100"),
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
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
