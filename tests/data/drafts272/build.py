#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts272 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in a table (T) or in the prose (P); it is documentation only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "danleng-touzishenji-2022",
    "fufeng-jingzeshenji-2019",
    "qingliu-kuaijijiancha-2020",
    "huinan-caihuijiandu-2023",
    "xiuying-shenjiju-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 丹棱县审计局 2022 政府投资审计项目经费 (Sichuan) ----
    ("danleng-touzishenji-2022", 1, "rate_mismatch", "T",
     "年度资金总额｜60.00｜75.20｜73.76｜10｜98.09%｜9.81",
     "年度资金总额｜60.00｜75.20｜73.76｜10｜98.90%｜9.81",
     "98.90%", "执行率 of the total row: 73.76 / 75.20 = 98.09%, stated 98.90%"),
    ("danleng-touzishenji-2022", 2, "score_sum_mismatch", "T",
     "｜≥90%｜95%｜10｜10｜—\n总分｜｜｜｜｜100｜98.55｜",
     "｜≥90%｜95%｜10｜9｜—\n总分｜｜｜｜｜100｜98.55｜",
     "｜10｜9｜—\n总分｜｜｜｜｜100｜98.55",
     "satisfaction row re-scored 9 but the total was not updated: rows now add up to 97.55, stated 98.55 (table and text)"),
    ("danleng-touzishenji-2022", 3, "grade_mismatch", "P",
     "本项目自评得分98.55分，评价等级为“优”",
     "本项目自评得分98.55分，评价等级为“良”",
     "评价等级为“良”", "98.55 is in the 优 band (>= 90), stated 良"),
    ("danleng-touzishenji-2022", 4, "unit_mismatch", "T",
     "｜≤30天｜26天｜",
     "｜≤30天｜100%｜",
     "≤30天｜100%", "target in days (≤30天), actual entered as a percentage (text: 平均审计周期26天)"),
    ("danleng-touzishenji-2022", 5, "year_mismatch", "P",
     "2022年部门预算年初安排本项目60.00万元",
     "2021年部门预算年初安排本项目60.00万元",
     "2021年部门预算年初安排", "the 2022 report's initial budget is attributed to the 2021 departmental budget"),
    ("danleng-touzishenji-2022", 6, "weight_sum_mismatch", "T",
     "｜审减金额｜≥2400万元｜2657.82万元｜10｜10｜",
     "｜审减金额｜≥2400万元｜2657.82万元｜15｜10｜",
     "2657.82万元｜15｜10", "weights now 10 + 50 + 35 + 10 = 105 (审减金额 weight 15 instead of 10), total row says 100"),

    # ---- 扶风县审计局 2019 经济责任审计专项经费 (Shaanxi) ----
    ("fufeng-jingzeshenji-2019", 1, "balance_mismatch", "P",
     "执行率80.00%，结余7.00万元",
     "执行率80.00%，结余6.00万元",
     "结余6.00万元", "到位 35.00 - 执行 28.00 = 7.00"),
    ("fufeng-jingzeshenji-2019", 2, "score_exceeds_weight", "T",
     "｜≥20人｜14人｜70.00%｜5｜3.50｜同上\n产出指标｜质量指标｜审计报告经审理率｜=100%｜100%｜100.00%｜10｜10｜",
     "｜≥20人｜14人｜70.00%｜5｜10｜同上\n产出指标｜质量指标｜审计报告经审理率｜=100%｜100%｜100.00%｜10｜3.50｜",
     "70.00%｜5｜10", "scores of two adjacent rows swapped: 审计领导干部人数 scores 10 against a weight of 5 (total still 88.86)"),
    ("fufeng-jingzeshenji-2019", 3, "completion_mismatch", "T",
     "｜70.00%｜82.35%｜10｜8.24｜",
     "｜70.00%｜83.25%｜10｜8.24｜",
     "83.25%", "整改率 70.00% against ≥85%: completion 70/85 = 82.35%, stated 83.25%"),
    ("fufeng-jingzeshenji-2019", 4, "average_mismatch", "P",
     "平均每组完成2.5个",
     "平均每组完成2.75个",
     "平均每组完成2.75个", "(3 + 3 + 2 + 2) / 4 = 2.5"),
    ("fufeng-jingzeshenji-2019", 5, "conflicting_values", "T",
     "查出问题金额2486.20万元，审计结果按程序运用于干部考核",
     "查出问题金额2846.20万元，审计结果按程序运用于干部考核",
     "2846.20万元", "goal block of the table gives 2846.20万元; text, its breakdown (312.40 + 2173.80) and the indicator row give 2486.20万元"),
    ("fufeng-jingzeshenji-2019", 6, "rate_mismatch", "T",
     "年度资金总额｜35.00｜35.00｜35.00｜28.00｜100.00%｜80.00%",
     "年度资金总额｜35.00｜35.00｜35.00｜28.00｜97.14%｜80.00%",
     "97.14%", "到位率: 35.00 / 35.00 = 100.00%, stated 97.14%"),

    # ---- 清流县财政局 2020 会计信息质量检查专项经费 (Fujian, prose only) ----
    ("qingliu-kuaijijiancha-2020", 1, "balance_mismatch", "P",
     "结余0.54万元",
     "结余0.45万元",
     "结余0.45万元", "到位 12.00 - 支出 11.46 = 0.54"),
    ("qingliu-kuaijijiancha-2020", 2, "score_sum_mismatch", "P",
     "合计97.47分",
     "合计97.74分",
     "合计97.74分", "9.55 + 49.00 + 28.92 + 10 = 97.47"),
    ("qingliu-kuaijijiancha-2020", 3, "conflicting_values", "P",
     "检查对象28户",
     "检查对象26户",
     "检查对象26户", "overview says 26 units, the indicator section says 实际检查28户 (28 conclusions, 28 questionnaires)"),
    ("qingliu-kuaijijiancha-2020", 4, "implausible_rate", "P",
     "满意和基本满意27份，满意度96.43%",
     "满意和基本满意29份，满意度103.57%",
     "满意度103.57%", "29 satisfied answers out of 28 returned: satisfaction 103.57% is above 100%"),
    ("qingliu-kuaijijiancha-2020", 5, "completion_mismatch", "P",
     "完成率99.21%",
     "完成率99.12%",
     "完成率99.12%", "整改率 89.29% against ≥90%: completion 89.29/90 = 99.21%"),
    ("qingliu-kuaijijiancha-2020", 6, "rate_mismatch", "P",
     "预算执行率95.50%",
     "预算执行率94.50%",
     "预算执行率94.50%", "11.46 / 12.00 = 95.50%"),

    # ---- 辉南县财政局 2023 财会监督专项行动工作经费 (Jilin) ----
    ("huinan-caihuijiandu-2023", 1, "sum_mismatch", "T",
     "其中：当年财政拨款｜20.00｜22.00｜20.78",
     "其中：当年财政拨款｜22.00｜22.00｜20.78",
     "当年财政拨款｜22.00｜22.00", "年初 column: 22.00 + 0.00 + 0.00 = 22.00, total row says 20.00"),
    ("huinan-caihuijiandu-2023", 2, "weight_sum_mismatch", "T",
     "｜抽查代理记账机构｜≥8家｜8家｜5｜5｜",
     "｜抽查代理记账机构｜≥8家｜8家｜8｜5｜",
     "8家｜8｜5", "weight 8 instead of 5: weights add up to 103, total row says 100"),
    ("huinan-caihuijiandu-2023", 3, "year_mismatch", "P",
     "结转至2024年",
     "结转至2023年",
     "结转至2023年", "unspent money of the 2023 budget carried over to 2023 itself"),
    ("huinan-caihuijiandu-2023", 4, "unit_mismatch", "P",
     "收回多发津补贴46.80万元",
     "收回多发津补贴468000万元",
     "468000万元", "468000元 written with the unit 万元; 46.80 + 129.60 = 176.40 only holds with 46.80万元"),
    ("huinan-caihuijiandu-2023", 5, "grade_mismatch", "P",
     "评价等级为“良”",
     "评价等级为“优”",
     "评价等级为“优”", "89.96 is in the 良 band (80 <= s < 90), stated 优"),
    ("huinan-caihuijiandu-2023", 6, "implausible_rate", "T",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%", "execution rate 100% on a zero budget (其他资金 0.00)"),

    # ---- 海口市秀英区审计局 2024 部门整体支出 (Hainan) ----
    ("xiuying-shenjiju-2024", 1, "sum_mismatch", "T",
     "审计业务专项经费｜36.20｜",
     "审计业务专项经费｜32.60｜",
     "审计业务专项经费｜32.60", "年初 column of 项目支出: 60.00 + 32.60 + 30.00 = 122.60, the 项目支出 row says 126.20"),
    ("xiuying-shenjiju-2024", 2, "score_exceeds_weight", "T",
     "｜≥5件｜4件｜12｜9.60｜线索研判机制不健全\n效益指标｜可持续影响指标｜审计成果运用｜审计建议转化为制度成果｜达成年度指标｜6｜5.50｜",
     "｜≥5件｜4件｜12｜5.50｜线索研判机制不健全\n效益指标｜可持续影响指标｜审计成果运用｜审计建议转化为制度成果｜达成年度指标｜6｜9.60｜",
     "达成年度指标｜6｜9.60", "scores of two adjacent rows swapped: 审计成果运用 scores 9.60 against a weight of 6 (total still 96.63)"),
    ("xiuying-shenjiju-2024", 3, "grade_mismatch", "P",
     "85分（良）",
     "85分（优）",
     "85分（优）", "a project score of 85 is in the 良 band, stated 优"),
    ("xiuying-shenjiju-2024", 4, "year_mismatch", "T",
     "附表：海口市秀英区审计局2024年度部门整体支出绩效自评表",
     "附表：海口市秀英区审计局2023年度部门整体支出绩效自评表",
     "2023年度部门整体支出绩效自评表", "the self-evaluation table of the 2024 report is headed 2023年度"),
    ("xiuying-shenjiju-2024", 5, "average_mismatch", "P",
     "平均得分91.67分",
     "平均得分92.67分",
     "平均得分92.67分", "(96 + 94 + 85) / 3 = 91.67"),
    ("xiuying-shenjiju-2024", 6, "conflicting_values", "P",
     "全年审计促进增收节支4126.85万元",
     "全年审计促进增收节支4216.85万元",
     "4216.85万元", "text gives 4216.85万元, the self-evaluation table 4126.85万元 (and its 37.56% over-achievement)"),
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
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times")
            text = clean.replace(old, new, 1)
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
