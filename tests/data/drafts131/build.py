#!/usr/bin/env python3
"""Build the n131 error cases and labels.jsonl from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run from anywhere:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "longxian-supplycoop-2019",
    "fuyu-grainrotation-2021",
    "rongxian-countycommerce-2023",
    "wuzhishan-housekeeping-2024",
    "balinzuoqi-granaryrepair-2018",
]

# (source, case suffix, code, old, new, value, explanation, where)
EDITS = [
    # ---- 陇县供销社 2019 部门整体 (Shaanxi) ----
    ("longxian-supplycoop-2019", "e1", "rate_mismatch",
     "实际支出95.22万元，执行率90.69%", "实际支出95.22万元，执行率90.96%",
     "执行率90.96%", "电商项目 95.22/105.00 = 90.69%, stated 90.96% (digits transposed)", "text"),
    ("longxian-supplycoop-2019", "e2", "sum_mismatch",
     "公用经费17.20万元", "公用经费17.02万元",
     "公用经费17.02万元", "人员经费151.20 + 公用经费17.02 = 168.22, but 基本支出 is 168.40", "text"),
    ("longxian-supplycoop-2019", "e3", "weight_sum_mismatch",
     "｜2019年11月28日｜5｜5｜—", "｜2019年11月28日｜6｜5｜—",
     "2019年11月28日｜6｜5", "时效 weight 5 typed as 6: weights now total 101 (产出 51)", "table"),
    ("longxian-supplycoop-2019", "e4", "conflicting_values",
     "｜≥3000万元｜3450万元｜", "｜≥3000万元｜3540万元｜",
     "3540万元", "table gives 网络销售额 3540万元, the text 3450万元 (115.00% of 3000, +28.73% on 2680)", "table"),
    ("longxian-supplycoop-2019", "e5", "year_mismatch",
     "部门名称｜陇县供销合作社联合社｜年度｜2019年", "部门名称｜陇县供销合作社联合社｜年度｜2018年",
     "年度｜2018年", "自评表 header says 2018 while the report and all figures are for 2019 (last year's template)", "table"),
    ("longxian-supplycoop-2019", "e6", "completion_mismatch",
     "完成目标80个的107.50%", "完成目标80个的107.05%",
     "107.05%", "86/80 = 107.50%, stated 107.05%", "text"),

    # ---- 扶余市 2021 地方储备粮轮换 (Jilin) ----
    ("fuyu-grainrotation-2021", "e1", "rate_mismatch",
     "利息补贴预算58.60万元，执行率75.00%", "利息补贴预算58.60万元，执行率73.25%",
     "执行率73.25%", "利息补贴 43.95/58.60 = 75.00%, stated 73.25% (43.95 divided by 60)", "text"),
    ("fuyu-grainrotation-2021", "e2", "balance_mismatch",
     "年末结余47.05万元", "年末结余47.50万元",
     "结余47.50万元", "311.00 - 263.95 = 47.05, stated 47.50", "text"),
    ("fuyu-grainrotation-2021", "e3", "score_sum_mismatch",
     "｜0.60万吨｜10｜6.90｜", "｜0.60万吨｜10｜6.09｜",
     "0.60万吨｜10｜6.09", "row score 6.90 typed as 6.09: rows now add to 93.34, stated total 94.15", "table"),
    ("fuyu-grainrotation-2021", "e4", "grade_mismatch",
     "自评得分94.15分，评价等级为“优”", "自评得分94.15分，评价等级为“良”",
     "评价等级为“良”", "94.15 is in the 优 band (>= 90)", "text"),
    ("fuyu-grainrotation-2021", "e5", "conflicting_values",
     "｜≤4个月｜3.5个月｜", "｜≤4个月｜2.5个月｜",
     "2.5个月", "table gives 架空期 2.5个月, the text 3.5个月 (出库 mid-April, 入库 by end of July)", "table"),
    ("fuyu-grainrotation-2021", "e6", "implausible_rate",
     "上年结转资金｜0｜0｜0｜—｜—｜—", "上年结转资金｜0｜0｜0｜—｜100%｜—",
     "上年结转资金｜0｜0｜0｜—｜100%", "执行率 100% on a zero 上年结转 base", "table"),

    # ---- 容县 2023 县域商业体系建设 (Guangxi) ----
    ("rongxian-countycommerce-2023", "e1", "rate_mismatch",
     "农产品产地集配中心支出95.40万元，执行率70.67%", "农产品产地集配中心支出95.40万元，执行率70.76%",
     "执行率70.76%", "集配中心 95.40/135.00 = 70.67%, stated 70.76%", "text"),
    ("rongxian-countycommerce-2023", "e2", "score_exceeds_weight",
     "1个集配中心延期｜4｜3｜部分完成，加快建设进度\n产出指标｜成本指标｜农村新型便利店单店补助标准｜≤1.5万元/家｜1.5万元/家｜8｜8｜",
     "1个集配中心延期｜4｜5｜部分完成，加快建设进度\n产出指标｜成本指标｜农村新型便利店单店补助标准｜≤1.5万元/家｜1.5万元/家｜8｜6｜",
     "1个集配中心延期｜4｜5", "时效 score 5 above its weight 4 (成本 row lowered 8 -> 6 so the total still reads 89.72)", "table"),
    ("rongxian-countycommerce-2023", "e3", "average_mismatch",
     "平均每个30.00万元", "平均每个36.00万元",
     "平均每个36.00万元", "(35+32+30+28+27+28)/6 = 30.00; 36.00 is 180/5", "text"),
    ("rongxian-countycommerce-2023", "e4", "unit_mismatch",
     "｜≥50家｜45家｜8｜7.20｜", "｜≥50家｜90%｜8｜7.20｜",
     "≥50家｜90%", "target in 家, actual written as a percentage", "table"),
    ("rongxian-countycommerce-2023", "e5", "completion_mismatch",
     "完成计划50家的90%", "完成计划50家的96%",
     "完成计划50家的96%", "45/50 = 90%, stated 96%", "text"),
    ("rongxian-countycommerce-2023", "e6", "sum_mismatch",
     "农村电商直播带货培训40.00万元", "农村电商直播带货培训46.00万元",
     "农村电商直播带货培训46.00万元", "220+180+75+135+46 = 656, stated total 650.00", "text"),

    # ---- 五指山市妇联 2024 家政培训 (Hainan) ----
    ("wuzhishan-housekeeping-2024", "e1", "sum_mismatch",
     "养老护理班2期88人", "养老护理班2期86人",
     "养老护理班2期86人", "96 + 86 + 100 = 282, stated 284 trainees", "text"),
    ("wuzhishan-housekeeping-2024", "e2", "score_sum_mismatch",
     "｜284人｜15｜14.20｜", "｜284人｜15｜14.80｜",
     "284人｜15｜14.80", "rows now add to 98.41, stated total 97.81", "table"),
    ("wuzhishan-housekeeping-2024", "e3", "weight_sum_mismatch",
     "｜≥5家｜4家｜5｜4｜", "｜≥5家｜4家｜4｜4｜",
     "4家｜4｜4", "score typed into the 分值 cell: weights now total 99 (效益 29)", "table"),
    ("wuzhishan-housekeeping-2024", "e4", "average_mismatch",
     "1285.21元/人", "1258.21元/人",
     "1258.21元/人", "365000元 / 284人 = 1285.21元/人, stated 1258.21", "table"),
    ("wuzhishan-housekeeping-2024", "e5", "implausible_rate",
     "实际支出20.00万元，执行率100%", "实际支出20.60万元，执行率103.00%",
     "实际支出20.60万元，执行率103.00%", "省级资金 20.60 spent of 20.00: execution rate over 100%", "text"),
    ("wuzhishan-housekeeping-2024", "e6", "year_mismatch",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日", "the 2024 report states spending as of the end of 2023", "text"),

    # ---- 巴林左旗 2018 粮库维修 (Inner Mongolia) ----
    ("balinzuoqi-granaryrepair-2018", "e1", "balance_mismatch",
     "预算执行率75.00%，结余45.00万元", "预算执行率75.00%，结余54.00万元",
     "结余54.00万元", "180.00 - 135.00 = 45.00, stated 54.00", "text"),
    ("balinzuoqi-granaryrepair-2018", "e2", "score_exceeds_weight",
     "｜—｜5｜3｜雨季停工，延期20天\n产出指标｜成本指标｜工程造价控制｜≤180万元｜180万元｜100%｜10｜10｜",
     "｜—｜5｜6｜雨季停工，延期20天\n产出指标｜成本指标｜工程造价控制｜≤180万元｜180万元｜100%｜10｜7｜",
     "2018年11月20日｜—｜5｜6", "时效 score 6 above its weight 5 (成本 row lowered 10 -> 7 so the total still reads 87.83)", "table"),
    ("balinzuoqi-granaryrepair-2018", "e3", "grade_mismatch",
     "本项目得分87.83分，评价等级为良", "本项目得分87.83分，评价等级为优",
     "评价等级为优", "87.83 is in the 良 band (80-90)", "text"),
    ("balinzuoqi-granaryrepair-2018", "e4", "conflicting_values",
     "改善了3.2万吨仓容", "改善了2.3万吨仓容",
     "2.3万吨", "text says 2.3万吨 of improved storage; elsewhere 8栋 with 3.2万吨 (goal, overview, table)", "text"),
    ("balinzuoqi-granaryrepair-2018", "e5", "unit_mismatch",
     "电气线路改造21.20万元", "电气线路改造212000万元",
     "212000万元", "212000元 labelled 万元 (21.20万元): parts otherwise add to 180.00", "text"),
    ("balinzuoqi-granaryrepair-2018", "e6", "completion_mismatch",
     "｜90%｜94.74%｜", "｜90%｜97.44%｜",
     "90%｜97.44%", "90/95 = 94.74%, stated 97.44%", "table"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, suffix, code, old, new, value, expl, _where) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with one error)")


if __name__ == "__main__":
    main()
