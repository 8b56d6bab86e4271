#!/usr/bin/env python3
"""Build the n189 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "taikang-dilibaohu-2021",
    "xichong-tongfang-2023",
    "zhaodong-fenwu-2020",
    "midu-nongjituiguang-2019",
    "huaiyuan-nongjianzhan-2024",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # --- taikang-dilibaohu-2021 (Henan, 耕地地力保护补贴)
    ("taikang-dilibaohu-2021", 1, "rate_mismatch",
     "年度资金总额｜16838.52｜17283.12｜17269.90｜10｜99.92%｜9.99",
     "年度资金总额｜16838.52｜17283.12｜17269.90｜10｜99.29%｜9.99",
     "99.29%", "table: 17269.90 / 17283.12 = 99.92%, stated 99.29%"),
    ("taikang-dilibaohu-2021", 2, "sum_mismatch",
     "年度资金总额｜16838.52｜", "年度资金总额｜16883.52｜",
     "年度资金总额｜16883.52", "table 年初预算数: 16800.00 + 38.52 + 0.00 = 16838.52, total row says 16883.52"),
    ("taikang-dilibaohu-2021", 3, "grade_mismatch",
     "自评得分99.82分，评价等级为优秀", "自评得分99.82分，评价等级为良好",
     "评价等级为良好", "99.82 is in the 优 band (>= 90)"),
    ("taikang-dilibaohu-2021", 4, "average_mismatch",
     "97.5%、95.6%，平均为96.9%", "97.5%、95.9%，平均为96.9%",
     "95.9%，平均为96.9%", "(96.5 + 98.0 + 97.5 + 95.9) / 4 = 96.975 -> 97.0%, stated 96.9%"),
    ("taikang-dilibaohu-2021", 5, "completion_mismatch",
     "≥98%｜99.6%｜101.63%", "≥98%｜99.6%｜101.36%",
     "99.6%｜101.36%", "table: 99.6 / 98 = 101.63%, stated 101.36%"),
    ("taikang-dilibaohu-2021", 6, "year_mismatch",
     "已按规定结转至2022年", "已按规定结转至2021年",
     "结转至2021年", "the unspent part of the 2021 budget is carried over to 2021 itself"),
    # --- xichong-tongfang-2023 (Sichuan, 农作物病虫害统防统治)
    ("xichong-tongfang-2023", 1, "balance_mismatch",
     "结余7.44万元", "结余7.34万元",
     "结余7.34万元", "186.00 - 178.56 = 7.44"),
    ("xichong-tongfang-2023", 2, "score_sum_mismatch",
     "重大病虫害防治效果｜≥｜85%｜88.3%｜10｜10｜", "重大病虫害防治效果｜≥｜85%｜88.3%｜10｜9｜",
     "重大病虫害防治效果｜≥｜85%｜88.3%｜10｜9", "table: row scores now add to 96.60, 合计 and text say 97.60 (绩效指标 87, text 88)"),
    ("xichong-tongfang-2023", 3, "score_exceeds_weight",
     "4.2%｜10｜10｜\n产出指标｜时效指标｜防治作业及时率｜≥｜95%｜97.2%｜5｜5｜",
     "4.2%｜10｜9｜\n产出指标｜时效指标｜防治作业及时率｜≥｜95%｜97.2%｜5｜6｜",
     "防治作业及时率｜≥｜95%｜97.2%｜5｜6", "table: score 6 above weight 5 (row above lowered to 9 so the total still reads 97.60)"),
    ("xichong-tongfang-2023", 4, "weight_sum_mismatch",
     "｜2%｜1.6%｜10｜8｜", "｜2%｜1.6%｜12｜8｜",
     "1.6%｜12｜8", "table: weights now total 102 (效益 32 against 30)"),
    ("xichong-tongfang-2023", 5, "unit_mismatch",
     "扶持专业化服务组织｜≥｜12个｜12个｜", "扶持专业化服务组织｜≥｜12个｜100%｜",
     "12个｜100%", "table: target in 个, actual given as a percentage"),
    ("xichong-tongfang-2023", 6, "conflicting_values",
     "挽回粮食损失1.26万吨", "挽回粮食损失1.62万吨",
     "挽回粮食损失1.62万吨", "text 1.62万吨, table 实际完成值 1.26万吨"),
    # --- zhaodong-fenwu-2020 (Heilongjiang, 畜禽粪污资源化利用; prose only)
    ("zhaodong-fenwu-2020", 1, "rate_mismatch",
     "预算执行率91.22%", "预算执行率92.11%",
     "预算执行率92.11%", "2417.32 / 2650.00 = 91.22%"),
    ("zhaodong-fenwu-2020", 2, "implausible_rate",
     "满意度为98.5%", "满意度为985%",
     "满意度为985%", "a satisfaction rate cannot exceed 100% (decimal point dropped)"),
    ("zhaodong-fenwu-2020", 3, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”", "98.32 is in the 优 band"),
    ("zhaodong-fenwu-2020", 4, "score_sum_mismatch",
     "总分98.32分", "总分98.52分",
     "总分98.52分", "9.12 + 50 + 29.2 + 10 = 98.32"),
    ("zhaodong-fenwu-2020", 5, "average_mismatch",
     "92%、95%、89%，平均为92%", "92%、95%、86%，平均为92%",
     "92%、95%、86%，平均为92%", "(92 + 95 + 86) / 3 = 91%, stated 92%"),
    ("zhaodong-fenwu-2020", 6, "year_mismatch",
     "2020年度项目资金2650.00万元", "2019年度项目资金2650.00万元",
     "2019年度项目资金", "the 2020 report states the budget as that of 2019 (left from last year's report)"),
    # --- midu-nongjituiguang-2019 (Yunnan, 基层农技推广)
    ("midu-nongjituiguang-2019", 1, "sum_mismatch",
     "农技人员培训24.50万元", "农技人员培训25.40万元",
     "全年实际支出93.28万元，预算执行率97.17%。其中：示范主体补助32.00万元，农技人员培训25.40万元",
     "32.00 + 25.40 + 21.30 + 15.48 = 94.18, stated total 93.28"),
    ("midu-nongjituiguang-2019", 2, "weight_sum_mismatch",
     "建设试验示范基地｜6个｜6个｜10｜10｜", "建设试验示范基地｜6个｜6个｜15｜10｜",
     "6个｜6个｜15｜10", "table: weights now total 105 (产出 55 against 50)"),
    ("midu-nongjituiguang-2019", 3, "completion_mismatch",
     "完成率106.67%", "完成率106.76%",
     "完成率106.76%", "320 / 300 = 106.67%"),
    ("midu-nongjituiguang-2019", 4, "conflicting_values",
     "≥3000户｜3260户｜", "≥3000户｜3620户｜",
     "3620户", "table 3620户, text 3260户 (and 完成率108.67% = 3260/3000)"),
    ("midu-nongjituiguang-2019", 5, "unit_mismatch",
     "共发放补助320000元", "共发放补助320000万元",
     "320000万元", "320 households x 1000元 = 320000元 = 32.00万元; labelled 万元"),
    ("midu-nongjituiguang-2019", 6, "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%", "table: execution rate 100% on a zero budget"),
    # --- huaiyuan-nongjianzhan-2024 (Anhui, 部门整体, 农产品质量安全检测)
    ("huaiyuan-nongjianzhan-2024", 1, "balance_mismatch",
     "年末结转6.53万元", "年末结转5.63万元",
     "年末结转5.63万元", "293.65 - 287.12 = 6.53 (项目支出 107.25 - 100.72 = 6.53)"),
    ("huaiyuan-nongjianzhan-2024", 2, "score_exceeds_weight",
     "460人次｜10｜9.2｜乡镇快检员调整，部分培训延至2025年\n效益指标｜可持续影响指标｜移交执法案件线索｜≥5条｜6条｜10｜10｜",
     "460人次｜10｜8.4｜乡镇快检员调整，部分培训延至2025年\n效益指标｜可持续影响指标｜移交执法案件线索｜≥5条｜6条｜10｜10.8｜",
     "6条｜10｜10.8", "table: score 10.8 above weight 10 (row above lowered to 8.4 so the total still reads 98.98)"),
    ("huaiyuan-nongjianzhan-2024", 3, "unit_mismatch",
     "≤45万元｜43.86万元", "≤45万元｜43.86%",
     "43.86%", "table: target in 万元, actual given as a percentage"),
    ("huaiyuan-nongjianzhan-2024", 4, "conflicting_values",
     "≥2000批次｜2136批次", "≥2000批次｜2163批次",
     "2163批次", "table 2163批次, text 2136批次 (twice)"),
    ("huaiyuan-nongjianzhan-2024", 5, "implausible_rate",
     "实际支出25.25万元，执行率100%", "实际支出26.52万元，执行率105.03%",
     "26.52万元，执行率105.03%", "spending 26.52 above the 25.25 issued: execution rate over 100%"),
    ("huaiyuan-nongjianzhan-2024", 6, "year_mismatch",
     "追溯平台截至2024年12月31日", "追溯平台截至2023年12月31日",
     "截至2023年12月31日", "the 2024 report takes its detection figures as of the end of 2023"),
]


def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            c = clean.count(old)
            if c != 1:
                sys.exit(f"{src} e{n}: old text matches {c} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src} e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
