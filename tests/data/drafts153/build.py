#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts153 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean
draft; every error case carries exactly one injected inconsistency.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "xinbin-fitnessfacility-2019",
    "yongdeng-wentiju-2020",
    "fushun-stadiumopen-2021",
    "xiping-nongjiashuwu-2022",
    "taishun-ichprotect-2024",
]

# (source, case suffix, code, old, new, value, explanation, where)
EDITS = [
    # ---- 新宾 全民健身设施 2019 (prose only) ----
    ("xinbin-fitnessfacility-2019", "e1", "rate_mismatch",
     "实际支出93.10万元，预算执行率95.00%", "实际支出93.10万元，预算执行率96.00%",
     "预算执行率96.00%", "93.10 / 98.00 = 95.00%, stated 96.00%", "prose"),
    ("xinbin-fitnessfacility-2019", "e2", "balance_mismatch",
     "剩余4.90万元为按合同金额5%预留", "剩余5.90万元为按合同金额5%预留",
     "剩余5.90万元", "received 98.00 - spent 93.10 = 4.90, stated 5.90", "prose"),
    ("xinbin-fitnessfacility-2019", "e3", "average_mismatch",
     "平均每套3.85万元", "平均每套3.58万元",
     "平均每套3.58万元", "46.20 / 12 sets = 3.85, stated 3.58 (digits swapped)", "prose"),
    ("xinbin-fitnessfacility-2019", "e4", "grade_mismatch",
     "综合自评得分98.17分，评价等级为“优”", "综合自评得分98.17分，评价等级为“良”",
     "评价等级为“良”", "98.17 lies in the 优 band (>= 90), stated 良", "prose"),
    ("xinbin-fitnessfacility-2019", "e5", "year_mismatch",
     "已按规定结转至2020年使用", "已按规定结转至2019年使用",
     "结转至2019年", "the 2019 report carries its unspent money over to 2019 itself (should be 2020)", "prose"),
    ("xinbin-fitnessfacility-2019", "e6", "unit_mismatch",
     "县级配套资金26.00万元", "县级配套资金260000万元",
     "260000万元", "county share 26.00万元 (260000元) written with the unit 万元: 72.00 + 260000 != 98.00, "
     "reconciled by 10^-4", "prose"),
    # ---- 永登 部门整体 2020 ----
    ("yongdeng-wentiju-2020", "e1", "sum_mismatch",
     "按支出性质分：基本支出｜612.30｜", "按支出性质分：基本支出｜621.30｜",
     "基本支出｜621.30", "年初预算: 基本支出 621.30 + 项目支出 420.00 = 1041.30, total row 1032.30", "table"),
    ("yongdeng-wentiju-2020", "e2", "weight_sum_mismatch",
     "拨付及时率｜100%｜100%｜5｜5｜", "拨付及时率｜100%｜100%｜6｜5｜",
     "拨付及时率｜100%｜100%｜6｜5", "weights now 10 + 51 + 30 + 10 = 101 against 总分 100 (产出 rows 51)", "table"),
    ("yongdeng-wentiju-2020", "e3", "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%", "execution rate 100.00% printed on a zero budget (0.00)", "table"),
    ("yongdeng-wentiju-2020", "e4", "conflicting_values",
     "｜≥30万人次｜32.6万人次｜", "｜≥30万人次｜36.2万人次｜",
     "36.2万人次", "the text gives 32.6万人次 served by the township stations; table 36.2万人次", "table"),
    ("yongdeng-wentiju-2020", "e5", "score_sum_mismatch",
     "整体支出绩效自评得分94.39分", "整体支出绩效自评得分94.93分",
     "94.93分", "9.69 + 48.50 + 26.20 + 10 = 94.39 (table 总分 94.39), text says 94.93", "prose"),
    ("yongdeng-wentiju-2020", "e6", "completion_mismatch",
     "送戏下乡演出156场，完成率104.00%", "送戏下乡演出156场，完成率96.15%",
     "完成率96.15%", "156 / 150 = 104.00% (96.15% is 150 / 156)", "prose"),
    # ---- 富顺 公共体育场馆免费低收费开放 2021 ----
    ("fushun-stadiumopen-2021", "e1", "rate_mismatch",
     "｜47.56｜10｜82.00%｜8.20", "｜47.56｜10｜80.20%｜8.20",
     "80.20%", "47.56 / 58.00 = 82.00%, stated 80.20%", "table"),
    ("fushun-stadiumopen-2021", "e2", "balance_mismatch",
     "年末未支出资金10.44万元", "年末未支出资金10.34万元",
     "10.34万元", "58.00 - 47.56 = 10.44, stated 10.34", "prose"),
    ("fushun-stadiumopen-2021", "e3", "score_exceeds_weight",
     "｜≥35小时｜40小时｜5｜5｜\n产出指标｜成本指标｜场馆运行维护成本｜≤58.00万元｜47.56万元｜5｜5｜",
     "｜≥35小时｜40小时｜5｜6｜\n产出指标｜成本指标｜场馆运行维护成本｜≤58.00万元｜47.56万元｜5｜4｜",
     "40小时｜5｜6", "时效 row scored 6 against weight 5 (成本 row lowered to 4, so the total still reads 87.75)", "table"),
    ("fushun-stadiumopen-2021", "e4", "grade_mismatch",
     "自评得分87.75分，评价等级为“良”", "自评得分87.75分，评价等级为“优”",
     "评价等级为“优”", "87.75 lies in the 良 band (80-90), stated 优", "prose"),
    ("fushun-stadiumopen-2021", "e5", "unit_mismatch",
     "｜≥25万人次｜18.6万人次｜", "｜≥25万人次｜74.40%｜",
     "≥25万人次｜74.40%", "target in 万人次, actual given as a percentage (the completion 18.6/25)", "table"),
    ("fushun-stadiumopen-2021", "e6", "average_mismatch",
     "平均每处场馆6.2万人次", "平均每处场馆6.8万人次",
     "平均每处场馆6.8万人次", "(7.2 + 5.8 + 5.6) / 3 = 6.2, stated 6.8", "prose"),
    # ---- 西平 农家书屋出版物补充 2022 ----
    ("xiping-nongjiashuwu-2022", "e1", "sum_mismatch",
     "省级补助资金17.58万元", "省级补助资金17.85万元",
     "省级补助资金17.85万元", "41.02 + 17.85 = 58.87, total stated 58.60 (293 x 2000元)", "prose"),
    ("xiping-nongjiashuwu-2022", "e2", "score_sum_mismatch",
     "合计｜｜｜｜｜100｜96.50｜", "合计｜｜｜｜｜100｜96.05｜",
     "100｜96.05", "9.80 + 48 + 28.70 + 10 = 96.50, table total 96.05", "table"),
    ("xiping-nongjiashuwu-2022", "e3", "completion_mismatch",
     "完成率92.00%，部分集中活动取消", "完成率94.20%，部分集中活动取消",
     "完成率94.20%", "276 / 300 = 92.00% (94.20% is 276 / 293)", "table"),
    ("xiping-nongjiashuwu-2022", "e4", "year_mismatch",
     "截至2022年12月31日，实际支出", "截至2021年12月31日，实际支出",
     "截至2021年12月31日", "spending of the 2022 budget reported as at 31 Dec 2021", "prose"),
    ("xiping-nongjiashuwu-2022", "e5", "unit_mismatch",
     "结余1.17万元为政府采购节约资金", "结余11700万元为政府采购节约资金",
     "11700万元", "58.60 - 57.43 = 1.17万元 = 11700元, written with the unit 万元 (off by 10^4)", "prose"),
    ("xiping-nongjiashuwu-2022", "e6", "conflicting_values",
     "｜≥29300册｜30180册｜", "｜≥29300册｜31080册｜",
     "31080册", "the text gives 30180册 (103.00% of 29300, 103 per 书屋); table 31080册", "table"),
    # ---- 泰顺 非物质文化遗产保护 2024 ----
    ("taishun-ichprotect-2024", "e1", "weight_sum_mismatch",
     "非遗项目数字化记录｜≥3项｜3项｜6｜6｜", "非遗项目数字化记录｜≥3项｜3项｜8｜6｜",
     "3项｜8｜6", "产出 weights 8+8+8+6+8+6+8 = 52 against 小计 50; all weights 102", "table"),
    ("taishun-ichprotect-2024", "e2", "score_exceeds_weight",
     "2024年6月20日｜6｜6｜\n产出指标｜成本指标｜传习补助标准｜2000元/人·年｜2000元/人·年｜8｜8｜",
     "2024年6月20日｜6｜7｜\n产出指标｜成本指标｜传习补助标准｜2000元/人·年｜2000元/人·年｜8｜7｜",
     "2024年6月20日｜6｜7", "时效 row scored 7 against weight 6 (成本 row lowered to 7, subtotal unchanged)", "table"),
    ("taishun-ichprotect-2024", "e3", "completion_mismatch",
     "非遗展演展示活动46场，完成率115.00%", "非遗展演展示活动46场，完成率105.00%",
     "完成率105.00%", "46 / 40 = 115.00%, stated 105.00%", "prose"),
    ("taishun-ichprotect-2024", "e4", "implausible_rate",
     "年内完成支付6.40万元，执行率80.00%", "年内完成支付8.64万元，执行率108.00%",
     "8.64万元，执行率108.00%", "sub-project spending 8.64 above its 8.00 budget: execution rate over 100%", "prose"),
    ("taishun-ichprotect-2024", "e5", "year_mismatch",
     "附件：2024年度项目支出绩效自评表", "附件：2023年度项目支出绩效自评表",
     "2023年度项目支出绩效自评表", "the attached table claims 2023 in a 2024 report", "table"),
    ("taishun-ichprotect-2024", "e6", "conflicting_values",
     "全年非遗活动参与群众5.8万人次", "全年非遗活动参与群众8.5万人次",
     "8.5万人次", "the table gives 5.8万人次 for the same indicator", "prose"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in PROJECTS:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (_, suffix, code, old, new, value, expl, _where) in by_source[src]:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old text matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: value {value!r} not in case")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
