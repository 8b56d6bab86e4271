#!/usr/bin/env python3
"""Build the n157 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the
clean draft of its source. One edit per error case (exactly one injected
inconsistency); `value` is a short exact substring of the error case containing
the changed figure. `where` says whether the slip sits in the prose (P) or in a
table (T); it is documentation only and is not written to labels.jsonl.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jingshan-ruralsewage-2021",
    "hengdong-soilsurvey-2019",
    "changshou-airpollution-2023",
    "delingha-envmonitor-2024",
    "wuqing-eebdept-2022",
]

# (source, n, where, code, old, new, value, explanation)
EDITS = [
    # ---- 京山 2021 农村生活污水治理 (Hubei) ----
    ("jingshan-ruralsewage-2021", 1, "T", "rate_mismatch",
     "565.68｜—｜94.28%", "565.68｜—｜92.48%",
     "92.48%",
     "自评表 row 当年财政拨款: 565.68 / 600.00 = 94.28%, stated 92.48% (digits swapped)"),
    ("jingshan-ruralsewage-2021", 2, "P", "sum_mismatch",
     "设计及监理费38.46万元", "设计及监理费38.64万元",
     "652.08万元，其中工程建设支出596.30万元、设计及监理费38.64万元、第三方运维费17.32万元",
     "596.30 + 38.64 + 17.32 = 652.26, stated total 652.08"),
    ("jingshan-ruralsewage-2021", 3, "T", "score_sum_mismatch",
     "｜93%｜10｜9.79｜", "｜93%｜10｜9.97｜",
     "9.97｜提升泵故障，督促运维单位储备配件\n满意度指标｜服务对象满意度指标｜受益群众满意度｜≥90%｜94.6%｜10｜10｜\n总分｜｜｜｜｜100｜98.29",
     "row scores now add to 98.47 (9.50 + 49 + 29.97 + 10) while 总分 reads 98.29 (可持续影响 score 9.79 typed 9.97)"),
    ("jingshan-ruralsewage-2021", 4, "P", "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "98.29 is in the 优 band (90 <= s <= 100), stated 良"),
    ("jingshan-ruralsewage-2021", 5, "P", "year_mismatch",
     "已按规定结转至2022年使用", "已按规定结转至2021年使用",
     "结转至2021年",
     "money unspent in the 2021 report is carried over into 2021 itself; must be a later year (2022)"),
    ("jingshan-ruralsewage-2021", 6, "T", "unit_mismatch",
     "｜≥12个｜12个｜", "｜≥12个｜100%｜",
     "≥12个｜100%",
     "target counted in 个 (villages), actual written as a percentage: completion cannot be computed"),

    # ---- 衡东 2019 土壤污染状况调查 (Hunan, prose only) ----
    ("hengdong-soilsurvey-2019", 1, "P", "balance_mismatch",
     "年末结余25.30万元", "年末结余23.50万元",
     "23.50万元",
     "全年预算 110 - 实际支出 84.70 = 25.30, stated 23.50"),
    ("hengdong-soilsurvey-2019", 2, "P", "average_mismatch",
     "平均每个地块24个", "平均每个地块27个",
     "平均每个地块27个",
     "(78 + 84 + 54) / (3 + 4 + 2) = 216 / 9 = 24, stated 27"),
    ("hengdong-soilsurvey-2019", 3, "P", "weight_sum_mismatch",
     "数量指标20分（信息采集地块10分", "数量指标25分（信息采集地块10分",
     "数量指标25分",
     "产出 weights 25 + 15 + 10 + 5 = 55, not the stated 产出指标50分; the 数量 sub-weights 10 + 5 + 5 = 20"),
    ("hengdong-soilsurvey-2019", 4, "P", "conflicting_values",
     "2019年土壤污染防治专项资金86万元（湘财", "2019年土壤污染防治专项资金68万元（湘财",
     "专项资金68万元",
     "the same provincial fund is 86万元 in the budget sentence (86 + 24 = 110)"),
    ("hengdong-soilsurvey-2019", 5, "P", "completion_mismatch",
     "样品数量完成率108%", "样品数量完成率118%",
     "完成率118%",
     "216 samples against >= 200: 108%, stated 118%"),
    ("hengdong-soilsurvey-2019", 6, "P", "year_mismatch",
     "截至2019年12月31日，项目实际支出", "截至2018年12月31日，项目实际支出",
     "截至2018年12月31日",
     "spending of the 2019 budget reported as of 2018-12-31; the cut-off must name the evaluation year 2019"),

    # ---- 长寿 2023 大气污染防治 (Chongqing) ----
    ("changshou-airpollution-2023", 1, "T", "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%",
     "execution rate 100.00% on a zero base (其他资金 全年预算 0.00)"),
    ("changshou-airpollution-2023", 2, "T", "completion_mismatch",
     "｜163家｜108.67%｜", "｜163家｜106.87%｜",
     "≥150家｜163家｜106.87%",
     "163 / 150 = 108.67%, stated 106.87%"),
    ("changshou-airpollution-2023", 3, "T", "score_exceeds_weight",
     "｜94.44%｜8｜7.56｜1家企业停产搬迁，在新厂区同步治理\n产出指标｜质量指标｜空气自动监测数据有效率｜≥90%｜96.3%｜107.00%｜7｜7｜",
     "｜94.44%｜8｜7｜1家企业停产搬迁，在新厂区同步治理\n产出指标｜质量指标｜空气自动监测数据有效率｜≥90%｜96.3%｜107.00%｜7｜7.56｜",
     "96.3%｜107.00%｜7｜7.56",
     "score 7.56 above the weight 7 (the VOCs row's 7.56 pasted one row down, so the total still reads 98.80)"),
    ("changshou-airpollution-2023", 4, "T", "weight_sum_mismatch",
     "大气网格化监管长效机制｜持续运行｜持续运行｜—｜5｜5｜", "大气网格化监管长效机制｜持续运行｜持续运行｜—｜6｜5｜",
     "持续运行｜—｜6｜5｜\n满意度指标｜服务对象满意度指标｜公众对大气环境质量满意度｜≥85%｜87.4%｜102.82%｜10｜10｜\n总分｜｜｜｜｜｜100",
     "分值 now add to 101 (10 + 50 + 31 + 10) against 总分 100"),
    ("changshou-airpollution-2023", 5, "P", "conflicting_values",
     "优良天数达到324天", "优良天数达到342天",
     "优良天数达到342天",
     "效益情况 gives 324天 (324/365 = 88.77%, also the table); the conclusion restates it as 342天"),
    ("changshou-airpollution-2023", 6, "P", "average_mismatch",
     "分别为35、37、36微克/立方米", "分别为35、37、38微克/立方米",
     "35、37、38微克/立方米，平均36微克/立方米",
     "(35 + 37 + 38) / 3 = 36.67, stated average 36"),

    # ---- 德令哈 2024 生态环境监测能力建设 (Qinghai) ----
    ("delingha-envmonitor-2024", 1, "P", "rate_mismatch",
     "实际支出142.80万元，执行率96.49%", "实际支出142.80万元，执行率94.69%",
     "执行率94.69%",
     "设备购置 142.80 / 148 = 96.49%, stated 94.69%"),
    ("delingha-envmonitor-2024", 2, "P", "balance_mismatch",
     "年末结余6.37万元", "年末结余6.73万元",
     "结余6.73万元",
     "185 - 178.63 = 6.37, stated 6.73"),
    ("delingha-envmonitor-2024", 3, "T", "sum_mismatch",
     "运维及质控｜16.00｜15.33｜", "运维及质控｜16.00｜15.83｜",
     "运维及质控｜16.00｜15.83｜\n合计｜185.00｜178.63",
     "实际支出数 column: 142.80 + 8.00 + 12.50 + 15.83 = 179.13, 合计 178.63"),
    ("delingha-envmonitor-2024", 4, "P", "unit_mismatch",
     "中央生态环境保护资金150万元（2023年12月", "中央生态环境保护资金1500000万元（2023年12月",
     "1500000万元",
     "the central fund 150万元 (1500000元) written with the unit 万元: 1500000 + 35 != 185, rescaling by 10^4 reconciles"),
    ("delingha-envmonitor-2024", 5, "P", "score_sum_mismatch",
     "产出指标得48分", "产出指标得46分",
     "产出指标得46分，效益指标得30分，满意度指标得10分，合计97.66分",
     "9.66 + 46 + 30 + 10 = 95.66, stated 合计 97.66 (the table's 产出 rows add to 48)"),
    ("delingha-envmonitor-2024", 6, "T", "score_exceeds_weight",
     "设备验收合格率｜100%｜100%｜10｜10｜\n产出指标｜质量指标｜空气自动站数据有效率｜≥90%｜93.8%｜12｜12｜",
     "设备验收合格率｜100%｜100%｜10｜12｜\n产出指标｜质量指标｜空气自动站数据有效率｜≥90%｜93.8%｜12｜10｜",
     "设备验收合格率｜100%｜100%｜10｜12",
     "score 12 above the weight 10 (scores of two adjacent rows swapped, total unchanged)"),

    # ---- 武清 2022 部门整体 (Tianjin) ----
    ("wuqing-eebdept-2022", 1, "P", "implausible_rate",
     "支出172.90万元，执行率92.76%", "支出192.90万元，执行率103.49%",
     "192.90万元，执行率103.49%",
     "危险废物规范化管理 spent 192.90 of a 186.40 budget: execution rate over 100%"),
    ("wuqing-eebdept-2022", 2, "T", "completion_mismatch",
     "｜348家｜108.75%｜", "｜348家｜107.85%｜",
     "≥320家｜348家｜107.85%",
     "348 / 320 = 108.75%, stated 107.85%"),
    ("wuqing-eebdept-2022", 3, "T", "grade_mismatch",
     "自评等级｜优", "自评等级｜良",
     "自评等级｜良",
     "总分 96.16 is in the 优 band, the table says 良"),
    ("wuqing-eebdept-2022", 4, "T", "sum_mismatch",
     "项目支出｜1426.15｜", "项目支出｜1462.15｜",
     "项目支出｜1462.15｜1631.20｜1515.64｜92.92%\n合计｜3268.45",
     "年初预算数 column: 1842.30 + 1462.15 = 3304.45, 合计 3268.45"),
    ("wuqing-eebdept-2022", 5, "T", "conflicting_values",
     "≤12.00万元｜9.86万元｜", "≤12.00万元｜9.68万元｜",
     "9.68万元",
     "“三公”经费 actual 9.68万元 in the table, 9.86万元 in the text"),
    ("wuqing-eebdept-2022", 6, "T", "rate_mismatch",
     "1515.64｜92.92%", "1515.64｜92.29%",
     "92.29%",
     "项目支出 1515.64 / 1631.20 = 92.92%, stated 92.29%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, where, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({
                "case": name, "source": src, "clean": False,
                "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
