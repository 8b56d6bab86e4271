#!/usr/bin/env python3
"""Build the n112 error cases and labels.jsonl from the five clean drafts.

Every error case is its clean draft with exactly one edit applied: an exact
old -> new replacement that must match exactly once in the clean draft.
The label's `value` is a short substring of the error case around the changed
figure; it must occur in the result.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zhangbei-freeopen-2019",
    "wulateqian-pubculture-2020",
    "daixian-pubculture-2021",
    "liangcheng-freeopen-2023",
    "longhua-freeopen-2024",
]

# (source, suffix, code, old, new, value, explanation)
EDITS = [
    # ---- 张北县 2019 (Hebei): label：value paragraphs with 完成率 ----
    ("zhangbei-freeopen-2019", "e1", "rate_mismatch",
     "实际支出85.25万元，执行率94.72%", "实际支出85.25万元，执行率97.42%",
     "执行率97.42%",
     "乡镇综合文化站 85.25 / 90.00 = 94.72%; the text says 97.42% (digits transposed)"),
    ("zhangbei-freeopen-2019", "e2", "sum_mismatch",
     "县文化馆9.87万人次", "县文化馆9.78万人次",
     "县文化馆9.78万人次",
     "visitors by venue 12.35 + 9.78 + 26.40 = 48.53, not the stated total 48.62万人次 (should be 9.87)"),
    ("zhangbei-freeopen-2019", "e3", "grade_mismatch",
     "自评等级为\"优\"", "自评等级为\"良\"",
     "自评等级为\"良\"",
     "total 98.30 lies in the 优 band (>= 90); the conclusion says 良 (the table still says 优)"),
    ("zhangbei-freeopen-2019", "e4", "unit_mismatch",
     "实际完成值：2019年5月20日", "实际完成值：100%",
     "2019年6月30日前；实际完成值：100%",
     "年初补助资金分解下达时间: target is a date (2019年6月30日前), actual written as a percentage"),
    ("zhangbei-freeopen-2019", "e5", "completion_mismatch",
     "完成率：97.24%", "完成率：92.74%",
     "完成率：92.74%",
     "接待群众人次: actual 48.62 / target 50 = 97.24%; the table row states 92.74%"),
    ("zhangbei-freeopen-2019", "e6", "year_mismatch",
     "截至2019年12月31日", "截至2018年12月31日",
     "截至2018年12月31日",
     "2019 report: funds (part of them issued in 2019年6-7月) said to be fully received by 2018年12月31日; must be 2019"),

    # ---- 乌拉特前旗 2020 (Inner Mongolia): web copy, numbered indicator paragraphs ----
    ("wulateqian-pubculture-2020", "e1", "balance_mismatch",
     "年末结余资金8.56万元", "年末结余资金8.65万元",
     "结余资金8.65万元",
     "全年预算 179.50 - 实际支出 170.94 = 8.56万元; stated 8.65"),
    ("wulateqian-pubculture-2020", "e2", "score_sum_mismatch",
     "实际完成值：246天；分值：8；得分：6.56", "实际完成值：246天；分值：8；得分：6.65",
     "246天；分值：8；得分：6.65",
     "row scores now add to 89.45 (开放天数 6.65 instead of 6.56) but the stated 自评得分 is 89.36"),
    ("wulateqian-pubculture-2020", "e3", "weight_sum_mismatch",
     "实际完成值：13个；分值：8", "实际完成值：13个；分值：9",
     "13个；分值：9",
     "免费开放场馆数量 weighted 9: 产出 weights add to 51 against the heading's 50, all weights to 101"),
    ("wulateqian-pubculture-2020", "e4", "average_mismatch",
     "平均每队36场", "平均每队37场",
     "平均每队37场",
     "three troupes gave 38, 36 and 34 performances: mean 36, stated 37"),
    ("wulateqian-pubculture-2020", "e5", "conflicting_values",
     "全年实际开放246天", "全年实际开放264天",
     "全年实际开放264天",
     "open days are 264 in the text but 246 in the 自评表 (twice) and in the goal block"),
    ("wulateqian-pubculture-2020", "e6", "implausible_rate",
     "其他资金：年初预算数：0.00；全年预算数：0.00；全年执行数：0.00；执行率：—",
     "其他资金：年初预算数：0.00；全年预算数：0.00；全年执行数：0.00；执行率：100%",
     "全年执行数：0.00；执行率：100%",
     "其他资金 budget is 0.00 yet its 执行率 reads 100%: a rate on a zero base"),

    # ---- 代县 2021 (Shanxi): 行次 formulas, 目标值/业绩值 paragraphs ----
    ("daixian-pubculture-2021", "e1", "rate_mismatch",
     "支出率91.45%", "支出率94.15%",
     "支出率94.15%",
     "乡镇综合文化站 50.30 / 55.00 = 91.45%; stated 94.15%"),
    ("daixian-pubculture-2021", "e2", "score_exceeds_weight",
     "分值：12；得分：10.22；偏差原因分析：疫情限流、强降雨影响\n"
     "质量指标——指标名称：县级场馆每周开放时间；目标值：≥48小时；业绩值：56小时；分值：8；得分：8",
     "分值：12；得分：8；偏差原因分析：疫情限流、强降雨影响\n"
     "质量指标——指标名称：县级场馆每周开放时间；目标值：≥48小时；业绩值：56小时；分值：8；得分：10.22",
     "56小时；分值：8；得分：10.22",
     "scores of two adjacent rows swapped: 县级场馆每周开放时间 now scores 10.22 against a weight of 8 (total unchanged)"),
    ("daixian-pubculture-2021", "e3", "sum_mismatch",
     "县博物馆58场", "县博物馆85场",
     "县博物馆85场",
     "activities by venue 112 + 136 + 85 + 120 = 453, not the stated 426场 (should be 58)"),
    ("daixian-pubculture-2021", "e4", "year_mismatch",
     "年度：2021年度", "年度：2020年度",
     "年度：2020年度",
     "the 自评表 header claims 2020 while the report, title and funds are 2021"),
    ("daixian-pubculture-2021", "e5", "average_mismatch",
     "县文化馆95.2%", "县文化馆92.5%",
     "县文化馆92.5%",
     "(96.5 + 92.5 + 97.1 + 93.8) / 4 = 94.98%, stated 平均满意度 95.65%"),
    ("daixian-pubculture-2021", "e6", "unit_mismatch",
     "按每站50000元标准安排", "按每站50000万元标准安排",
     "50000万元",
     "per-station standard written 50000万元: a 元 figure labelled 万元 (5万元 × 11 = 55.00万元)"),

    # ---- 凉城县 2023 (Inner Mongolia): PDF copy-out, wrapped lines, 完成率 ----
    ("liangcheng-freeopen-2023", "e1", "balance_mismatch",
     "年末结余 2.44 万元", "年末结余 2.54 万元",
     "年末结余 2.54 万元",
     "全年预算 83.20 - 支出 80.76 = 2.44万元; stated 2.54"),
    ("liangcheng-freeopen-2023", "e2", "score_sum_mismatch",
     "完成率：56.20%；分值：10；得分：5.62", "完成率：56.20%；分值：10；得分：5.26",
     "分值：10；得分：5.26",
     "row scores now add to 89.64 (新增图书藏量 5.26 instead of 5.62) against the stated 90.00"),
    ("liangcheng-freeopen-2023", "e3", "grade_mismatch",
     "评定等级为\"优\"", "评定等级为\"良\"",
     "评定等级为\"良\"",
     "total 90.00 is in the 优 band (lower bound inclusive); the conclusion says 良"),
    ("liangcheng-freeopen-2023", "e4", "conflicting_values",
     "群众满意度 90.25%。", "群众满意度 92.05%。",
     "群众满意度 92.05%",
     "satisfaction is 92.05% in the goal block but 90.25% in the text and the indicator row"),
    ("liangcheng-freeopen-2023", "e5", "completion_mismatch",
     "完成率：92.00%", "完成率：90.20%",
     "完成率：90.20%",
     "公益性活动场次: 276 / 300 = 92.00%; stated 90.20%"),
    ("liangcheng-freeopen-2023", "e6", "weight_sum_mismatch",
     "117.50%；分值：10", "117.50%；分值：12",
     "117.50%；分值：12",
     "全民阅读 row weighted 12: 效益 weights add to 32 against the heading's 30, all weights to 102"),

    # ---- 隆化县 2024 (Hebei): web page, 指标N paragraphs, completion in text ----
    ("longhua-freeopen-2024", "e1", "implausible_rate",
     "实际完成值：96.8%", "实际完成值：968%",
     "968%",
     "读者满意度 968% is above 100% (decimal point dropped from 96.8%)"),
    ("longhua-freeopen-2024", "e2", "score_exceeds_weight",
     "实际完成值：1.26万册；分值：8；得分：8；偏差原因分析及改进措施：无\n\n"
     "指标5　一级指标：产出指标；二级指标：质量指标；三级指标：免费开放服务规范达标率；年度指标值：≥95%；实际完成值：96%；分值：6；得分：6",
     "实际完成值：1.26万册；分值：8；得分：6；偏差原因分析及改进措施：无\n\n"
     "指标5　一级指标：产出指标；二级指标：质量指标；三级指标：免费开放服务规范达标率；年度指标值：≥95%；实际完成值：96%；分值：6；得分：8",
     "96%；分值：6；得分：8",
     "scores of 指标4 and 指标5 swapped: 达标率 now scores 8 against a weight of 6 (total unchanged)"),
    ("longhua-freeopen-2024", "e3", "sum_mismatch",
     "县级资金28.50万元", "县级资金25.80万元",
     "县级资金25.80万元",
     "sources 132.00 + 16.50 + 25.80 = 174.30, not the stated 全年预算 177.00 (should be 28.50)"),
    ("longhua-freeopen-2024", "e4", "conflicting_values",
     "新增图书1.26万册。", "新增图书1.62万册。",
     "新增图书1.62万册",
     "new books 1.62万册 in the text but 1.26万册 in 指标4"),
    ("longhua-freeopen-2024", "e5", "completion_mismatch",
     "完成年度目标的80.67%", "完成年度目标的86.07%",
     "完成年度目标的86.07%",
     "接待群众 60.50 / 75 = 80.67%; stated 86.07%"),
    ("longhua-freeopen-2024", "e6", "rate_mismatch",
     "实际支出11.46万元，执行率95.50%", "实际支出11.46万元，执行率95.05%",
     "执行率95.05%",
     "城市书房 11.46 / 12.00 = 95.50%; stated 95.05%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            case = clean.replace(old, new, 1)
            if value not in case:
                sys.exit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
