#!/usr/bin/env python3
"""Build the n163 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the
clean draft.  `where` says whether the slip sits in the prose ("text") or in a
table row ("table").  `value` is the exact substring of the error case that
carries the changed figure (what the scorer matches a finding's span against).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "mengcun-preschoolaid-2021",
    "tongdao-nutrition-2023",
    "qiubei-vocaid-2020",
    "wuyi-teachertrain-2024",
    "heshui-schoolrepair-2019",
]

# source -> list of (code, where, old, new, value, explanation)
EDITS = {
    "mengcun-preschoolaid-2021": [
        ("implausible_rate", "table",
         "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
         "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
         "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
         "其他资金 has a 全年预算数 of 0.00, yet its 执行率 cell reads 100.00%: a rate on a zero base"),
        ("completion_mismatch", "text",
         "完成年度目标（2,100人次）的105.14%",
         "完成年度目标（2,100人次）的105.41%",
         "完成年度目标（2,100人次）的105.41%",
         "2,208 / 2,100 = 105.14%, stated 105.41% (digits transposed)"),
        ("score_exceeds_weight", "table",
         "幼儿人数｜0人｜0人｜10｜10｜—\n效益指标｜可持续影响指标｜资助政策知晓率｜≥90%｜86%｜5｜4.78｜",
         "幼儿人数｜0人｜0人｜10｜4.78｜—\n效益指标｜可持续影响指标｜资助政策知晓率｜≥90%｜86%｜5｜10｜",
         "资助政策知晓率｜≥90%｜86%｜5｜10",
         "scores of two adjacent 效益 rows swapped: 资助政策知晓率 now scores 10 against a weight of 5 (sums unchanged)"),
        ("sum_mismatch", "text",
         "省级资金24.50万元、市级资金6.00万元、县级资金22.00万元，合计104.50万元",
         "省级资金25.40万元、市级资金6.00万元、县级资金22.00万元，合计104.50万元",
         "中央资金52.00万元、省级资金25.40万元、市级资金6.00万元、县级资金22.00万元，合计104.50万元",
         "52.00 + 25.40 + 6.00 + 22.00 = 105.40, stated total 104.50 (省级 21.00 + 3.50 = 24.50)"),
        ("year_mismatch", "table",
         "项目支出绩效自评表\n（2021年度）",
         "项目支出绩效自评表\n（2020年度）",
         "（2020年度）",
         "the attached 自评表 is headed 2020年度 in the report on the 2021 budget year (last year's template)"),
        ("average_mismatch", "text",
         "两个学期平均每学期资助1,104人次",
         "两个学期平均每学期资助1,140人次",
         "两个学期平均每学期资助1,140人次",
         "(1,086 + 1,122) / 2 = 1,104, stated 1,140"),
    ],
    "tongdao-nutrition-2023": [
        ("rate_mismatch", "table",
         "年度资金总额｜1,650.00｜1,745.00｜1,725.30｜10｜98.87%｜9.89",
         "年度资金总额｜1,650.00｜1,745.00｜1,725.30｜10｜98.78%｜9.89",
         "1,725.30｜10｜98.78%",
         "1,725.30 / 1,745.00 = 98.87%, the table prints 98.78%"),
        ("weight_sum_mismatch", "table",
         "供餐学校食堂标准化达标率｜≥95%｜97.32%｜5｜5｜",
         "供餐学校食堂标准化达标率｜≥95%｜97.32%｜6｜5｜",
         "食堂标准化达标率｜≥95%｜97.32%｜6",
         "weight 6 instead of 5: the 分值 column now adds to 101 (产出 51), 合计 still 100"),
        ("unit_mismatch", "table",
         "覆盖农村义务教育学校｜=112所｜112所｜",
         "覆盖农村义务教育学校｜=112所｜100%｜",
         "=112所｜100%",
         "target is a count of schools (所), the actual is a percentage"),
        ("score_exceeds_weight", "table",
         "学生贫血率｜≤8%｜6.9%｜5｜5｜\n效益指标｜可持续影响指标｜营养改善长效管理机制｜健全｜基本建立｜15｜12｜",
         "学生贫血率｜≤8%｜6.9%｜5｜12｜\n效益指标｜可持续影响指标｜营养改善长效管理机制｜健全｜基本建立｜15｜5｜",
         "学生贫血率｜≤8%｜6.9%｜5｜12",
         "scores of two adjacent rows swapped: 学生贫血率 scores 12 against a weight of 5 (sum unchanged at 96.89)"),
        ("conflicting_values", "table",
         "受益学生人数｜≥34,000人次｜34,506人次｜",
         "受益学生人数｜≥34,000人次｜34,605人次｜",
         "34,605人次",
         "the text gives 17,420 + 17,086 = 34,506人次 受益; the table's actual reads 34,605人次"),
        ("average_mismatch", "text",
         "满意度分别为93.8%、96.1%、99.6%，平均为96.5%",
         "满意度分别为93.8%、91.6%、99.6%，平均为96.5%",
         "满意度分别为93.8%、91.6%、99.6%，平均为96.5%",
         "(93.8 + 91.6 + 99.6) / 3 = 95.0%, stated average 96.5%"),
    ],
    "qiubei-vocaid-2020": [
        ("rate_mismatch", "text",
         "实际支出助学金214.40万元，预算执行率85.76%",
         "实际支出助学金214.40万元，预算执行率87.56%",
         "实际支出助学金214.40万元，预算执行率87.56%",
         "214.40 / 250.00 = 85.76%, stated 87.56%"),
        ("balance_mismatch", "text",
         "年末结余35.60万元",
         "年末结余36.50万元",
         "年末结余36.50万元",
         "全年预算 (all 到位) 250.00 − 支出 214.40 = 35.60, stated 36.50"),
        ("score_sum_mismatch", "text",
         "综合得分96.98分",
         "综合得分96.89分",
         "综合得分96.89分",
         "8.58 + 48.40 + 30 + 10 = 96.98, stated total 96.89"),
        ("weight_sum_mismatch", "text",
         "效益指标30分，满意度指标10分，合计100分",
         "效益指标35分，满意度指标10分，合计100分",
         "效益指标35分，满意度指标10分，合计100分",
         "weights 10 + 50 + 35 + 10 = 105, stated 合计100分"),
        ("year_mismatch", "text",
         "截至2020年12月31日",
         "截至2019年12月31日",
         "截至2019年12月31日",
         "the year-end balance of the 2020 budget is dated 31 December 2019"),
        ("completion_mismatch", "text",
         "年度目标为2,400人次，完成率89.33%",
         "年度目标为2,400人次，完成率98.33%",
         "年度目标为2,400人次，完成率98.33%",
         "2,144 / 2,400 = 89.33%, stated 98.33%"),
    ],
    "wuyi-teachertrain-2024": [
        ("rate_mismatch", "text",
         "实际支出361.85万元，项目支出执行率93.62%",
         "实际支出361.85万元，项目支出执行率96.32%",
         "实际支出361.85万元，项目支出执行率96.32%",
         "项目支出 361.85 / 386.50 = 93.62%, stated 96.32%"),
        ("grade_mismatch", "text",
         "自评得分98.34分，评价等级为“优”",
         "自评得分98.34分，评价等级为“良”",
         "评价等级为“良”",
         "98.34 lies in the 优 band (90–100)"),
        ("conflicting_values", "text",
         "覆盖全县3,206名专任教师",
         "覆盖全县3,260名专任教师",
         "3,260名专任教师",
         "section 一 gives 全县中小学幼儿园专任教师3,206人"),
        ("completion_mismatch", "table",
         "≥9000人次｜9682人次｜107.58%",
         "≥9000人次｜9682人次｜105.78%",
         "≥9000人次｜9682人次｜105.78%",
         "9,682 / 9,000 = 107.58%, the 完成率 cell reads 105.78%"),
        ("unit_mismatch", "table",
         "≤400元/人次｜353.85元/人次｜100%",
         "≤400元/人次｜88.46%｜100%",
         "≤400元/人次｜88.46%",
         "target in 元/人次, actual entered as a percentage (353.85 / 400)"),
        ("sum_mismatch", "table",
         "按支出性质分：基本支出｜398.20｜",
         "按支出性质分：基本支出｜389.20｜",
         "基本支出｜389.20",
         "年初预算: 基本支出 389.20 + 项目支出 350.00 = 739.20 ≠ 年度资金总额 748.20"),
    ],
    "heshui-schoolrepair-2019": [
        ("unit_mismatch", "table",
         "厕所改造｜310｜36.00｜20.46",
         "厕所改造｜310｜360000.00｜20.46",
         "360000.00",
         "吉岘乡中心小学's 36.00万元 budget entered in 元 in a 万元 column; the 合计 680.00 holds only with 36.00"),
        ("sum_mismatch", "table",
         "教学楼抗震加固｜2,150｜186.00｜171.20",
         "教学楼抗震加固｜2,150｜186.00｜172.10",
         "186.00｜172.10",
         "已支付 column adds to 575.52, 合计 reads 574.62 (171.20 typed 172.10)"),
        ("score_sum_mismatch", "table",
         "｜10｜9.37｜施工影响教学\n合计｜｜｜｜｜100｜89.96｜",
         "｜10｜9.73｜施工影响教学\n合计｜｜｜｜｜100｜89.96｜",
         "9.73｜施工影响教学\n合计｜｜｜｜｜100｜89.96",
         "8.45 + 47.14 + 25 + 9.73 = 90.32, 合计 reads 89.96"),
        ("implausible_rate", "text",
         "收回584份，回收率97.33%",
         "收回684份，回收率114.00%",
         "收回684份，回收率114.00%",
         "684 questionnaires returned of 600 sent: a return rate of 114.00% is impossible"),
        ("grade_mismatch", "text",
         "自评得分89.96分，评价等级为“良”",
         "自评得分89.96分，评价等级为“优”",
         "自评得分89.96分，评价等级为“优”",
         "89.96 is below 90: band 良, not 优"),
        ("balance_mismatch", "text",
         "结余105.38万元",
         "结余115.38万元",
         "结余115.38万元",
         "680.00 (all 到位) − 574.62 = 105.38, stated 115.38"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(EDITS[src], 1):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src} e{i}: value not in case: {value!r}")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
