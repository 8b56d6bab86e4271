#!/usr/bin/env python3
"""Build the n132 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run from any directory:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "shiqian-ruralroadmaint-2021",
    "guidong-busstation-2023",
    "huguan-roadsafety-2019",
    "jixi-busintegration-2022",
    "linkou-enforcement-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 石阡县 农村公路养护 2021 (Guizhou, MOF table) ----
    ("shiqian-ruralroadmaint-2021", 1, "rate_mismatch", "text",
     "支出234.46万元，支出率83.74%", "支出234.46万元，支出率87.34%",
     "支出率87.34%",
     "county matching funds: 234.46 spent of 280.00 received = 83.74%, stated 87.34% (digits transposed)"),
    ("shiqian-ruralroadmaint-2021", 2, "score_sum_mismatch", "table",
     "沿线群众满意度｜≥90%｜93.2%｜10｜10｜—", "沿线群众满意度｜≥90%｜93.2%｜10｜9｜—",
     "93.2%｜10｜9｜—\n总分｜｜｜｜｜100｜97.33",
     "row scores now add to 9.54 + 49.79 + 28 + 9 = 96.33, the 总分 row still reads 97.33"),
    ("shiqian-ruralroadmaint-2021", 3, "score_exceeds_weight", "table",
     "中修工程里程｜≥45公里｜46.2公里｜6｜6｜—\n产出指标｜质量指标｜优良中等路率｜≥75%｜76.8%｜8｜8｜—",
     "中修工程里程｜≥45公里｜46.2公里｜6｜8｜—\n产出指标｜质量指标｜优良中等路率｜≥75%｜76.8%｜8｜6｜—",
     "中修工程里程｜≥45公里｜46.2公里｜6｜8",
     "scores of two adjacent rows swapped: 中修工程里程 scores 8 against a weight of 6 (total unchanged at 97.33)"),
    ("shiqian-ruralroadmaint-2021", 4, "conflicting_values", "text",
     "全年聘用养护员412名，超过400名的目标", "全年聘用养护员421名，超过400名的目标",
     "全年聘用养护员421名",
     "the number of road keepers is 412 in the funds paragraph (412 x 600元 x 12 = 296.64万元) and in the table, 421 here"),
    ("shiqian-ruralroadmaint-2021", 5, "unit_mismatch", "table",
     "中修工程里程｜≥45公里｜46.2公里｜", "中修工程里程｜≥45公里｜100%｜",
     "≥45公里｜100%",
     "target in 公里, actual entered as a percentage (the text gives 46.2公里)"),
    ("shiqian-ruralroadmaint-2021", 6, "year_mismatch", "text",
     "截至2021年12月31日，项目实际支出938.46万元", "截至2020年12月31日，项目实际支出938.46万元",
     "截至2020年12月31日",
     "the 2021 spending figure is dated 截至2020年12月31日; the evaluation year is 2021"),

    # ---- 桂东县 乡镇客运站运营补贴 2023 (Hunan, prose only) ----
    ("guidong-busstation-2023", 1, "balance_mismatch", "text",
     "全年结余资金4.14万元", "全年结余资金4.41万元",
     "结余资金4.41万元",
     "186.00 received - 181.86 spent = 4.14万元, stated 4.41万元"),
    ("guidong-busstation-2023", 2, "grade_mismatch", "text",
     "综合自评得分89.66分，自评等级为“良”", "综合自评得分89.66分，自评等级为“优”",
     "自评等级为“优”",
     "89.66 is in the 良 band (80 <= s < 90)"),
    ("guidong-busstation-2023", 3, "average_mismatch", "text",
     "平均每站9.33万元", "平均每站9.88万元",
     "平均每站9.88万元",
     "(6 x 12.00 + 12 x 8.00) / 18 = 168.00 / 18 = 9.33; 9.88 is 168.00 / 17"),
    ("guidong-busstation-2023", 4, "implausible_rate", "text",
     "满意和基本满意的560份，满意度96.22%", "满意和基本满意的592份，满意度101.72%",
     "满意度101.72%",
     "592 satisfied out of 582 valid questionnaires: satisfaction above 100%"),
    ("guidong-busstation-2023", 5, "rate_mismatch", "text",
     "县本级资金支出145.86万元，执行率97.24%", "县本级资金支出145.86万元，执行率97.42%",
     "执行率97.42%",
     "county funds 145.86 / 150.00 = 97.24%, stated 97.42%"),
    ("guidong-busstation-2023", 6, "conflicting_values", "text",
     "共发送旅客42.6万人次，比2022年", "共发送旅客46.2万人次，比2022年",
     "共发送旅客46.2万人次",
     "passengers sent are 42.6万人次 in the benefit section (scored 9.47 against 45), 46.2万人次 in the background"),

    # ---- 壶关县 公路安全生命防护工程 2019 (Shanxi layout) ----
    ("huguan-roadsafety-2019", 1, "sum_mismatch", "table",
     "22.4｜5,180｜45｜176.85", "22.4｜5,810｜45｜176.85",
     "22.4｜5,810",
     "guardrail column: 4,260 + 5,810 + 2,340 + 3,150 + 3,870 = 19,430, 合计 row says 18,800"),
    ("huguan-roadsafety-2019", 2, "score_exceeds_weight", "table",
     "2019年11月25日｜100%｜5｜5\n产出指标｜成本指标｜每公里平均处治成本｜≤6.8万元｜6.36万元｜100%｜10｜10",
     "2019年11月25日｜100%｜5｜10\n产出指标｜成本指标｜每公里平均处治成本｜≤6.8万元｜6.36万元｜100%｜10｜5",
     "2019年11月25日｜100%｜5｜10",
     "scores of the 时效 and 成本 rows swapped: 完工时间 scores 10 against a weight of 5 (total unchanged)"),
    ("huguan-roadsafety-2019", 3, "weight_sum_mismatch", "table",
     "沿线群众满意度｜≥95%｜92.6%｜97.47%｜10｜9.75", "沿线群众满意度｜≥95%｜92.6%｜97.47%｜11｜9.75",
     "97.47%｜11｜9.75\n总分｜｜｜｜｜｜100",
     "weights now add to 10 + 50 + 30 + 11 = 101, 总分 row says 100"),
    ("huguan-roadsafety-2019", 4, "completion_mismatch", "table",
     "≥98%｜97.8%｜99.80%", "≥98%｜97.8%｜97.80%",
     "97.8%｜97.80%",
     "防护设施完好率 97.8 / 98 = 99.80%; the actual value was copied into the 完成率 cell"),
    ("huguan-roadsafety-2019", 5, "conflicting_values", "text",
     "全年共处治隐患路段96.5公里", "全年共处治隐患路段95.6公里",
     "全年共处治隐患路段95.6公里",
     "treated length is 96.5公里 in 表1 合计, in section 三 and in 附件1; 95.6公里 here"),
    ("huguan-roadsafety-2019", 6, "year_mismatch", "text",
     "经综合评价，2019年度公路安全生命防护工程项目自评得分", "经综合评价，2018年度公路安全生命防护工程项目自评得分",
     "2018年度公路安全生命防护工程项目自评得分",
     "the 2019 report gives its total score as that of 2018年度"),

    # ---- 绩溪县 城乡公交一体化 2022 (Anhui, MOF table) ----
    ("jixi-busintegration-2022", 1, "rate_mismatch", "table",
     "其中：当年财政拨款｜500.00｜552.00｜538.74｜—｜97.60%", "其中：当年财政拨款｜500.00｜552.00｜538.74｜—｜97.06%",
     "538.74｜—｜97.06%",
     "当年财政拨款 538.74 / 552.00 = 97.60%, stated 97.06%"),
    ("jixi-busintegration-2022", 2, "weight_sum_mismatch", "table",
     "基本稳定，偏远线路亏损较大｜10｜8", "基本稳定，偏远线路亏损较大｜12｜8",
     "偏远线路亏损较大｜12｜8｜优化线路，试行预约公交\n满意度指标｜服务对象满意度指标｜乘客满意度｜≥95%｜91.4%｜10｜9.62｜加密偏远线路班次\n合计｜｜｜｜｜100",
     "效益 weights now 10 + 5 + 5 + 12 = 32; all weights add to 102 against 合计 100"),
    ("jixi-busintegration-2022", 3, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget (其他资金 0.00)"),
    ("jixi-busintegration-2022", 4, "sum_mismatch", "text",
     "公交运营亏损补贴420.00万元", "公交运营亏损补贴402.00万元",
     "公交运营亏损补贴402.00万元、新能源公交车购置补助120.00万元、农村候车亭建设72.00万元",
     "402.00 + 120.00 + 72.00 = 594.00, the adjusted budget is 612.00"),
    ("jixi-busintegration-2022", 5, "score_sum_mismatch", "text",
     "效益指标得分26.90分", "效益指标得分27.90分",
     "效益指标得分27.90分，满意度指标得分9.62分，自评总分95.30分",
     "9.78 + 49 + 27.90 + 9.62 = 96.30, stated total 95.30 (table 效益 rows add to 26.90)"),
    ("jixi-busintegration-2022", 6, "year_mismatch", "text",
     "未使用的13.26万元结转至2023年", "未使用的13.26万元结转至2022年",
     "结转至2022年",
     "unspent money of the 2022 budget carried over to 2022 itself"),

    # ---- 林口县 交通运输综合行政执法大队 部门整体 2024 (Heilongjiang) ----
    ("linkou-enforcement-2024", 1, "balance_mismatch", "text",
     "年末结转结余13.18万元", "年末结转结余13.81万元",
     "年末结转结余13.81万元",
     "486.20 received - 473.02 spent = 13.18万元, stated 13.81万元"),
    ("linkou-enforcement-2024", 2, "sum_mismatch", "table",
     "公用经费｜36.20｜37.20", "公用经费｜32.60｜37.20",
     "公用经费｜32.60",
     "年初 column: 人员经费 270.40 + 公用经费 32.60 = 303.00, 基本支出 row says 306.60"),
    ("linkou-enforcement-2024", 3, "grade_mismatch", "text",
     "自评得分90.00分，等级为“优”", "自评得分90.00分，等级为“良”",
     "等级为“良”",
     "90.00 is in the 优 band (90 inclusive)"),
    ("linkou-enforcement-2024", 4, "average_mismatch", "text",
     "三个项目平均得分93.37分", "三个项目平均得分93.73分",
     "平均得分93.73分",
     "(96.50 + 90.20 + 93.40) / 3 = 93.37"),
    ("linkou-enforcement-2024", 5, "unit_mismatch", "table",
     "40台｜2,800｜11.20", "40台｜2,800｜112000",
     "112000",
     "40 x 2,800元 = 112,000元 written in the 万元 column; read as 11.20万元 the column adds to 66.38 again"),
    ("linkou-enforcement-2024", 6, "completion_mismatch", "table",
     "≤1.5%｜2.0%｜75.00%", "≤1.5%｜2.0%｜133.33%",
     "2.0%｜133.33%",
     "≤ target missed: completion is 1.5 / 2.0 = 75.00%; 133.33% is actual / target"),
]


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            assert (s, n) not in seen, (s, n)
            seen.add((s, n))
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{s}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{s}-e{n}: value not in case: {value!r}")
            name = f"{s}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
