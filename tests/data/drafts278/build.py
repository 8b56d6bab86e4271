#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts278 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
The clean drafts (cases/<id>-clean.txt) are written by hand and are not touched here.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# source id -> list of (code, old, new, value, explanation); e1 ... e6 in this order
EDITS = {
    "zj-tiantai-chengshishufang-2021": [
        ("completion_mismatch",
         "｜9.46万人次｜118.25%｜", "｜9.46万人次｜112.85%｜",
         "9.46万人次｜112.85%",
         "table row 书房接待读者: 9.46 / 8 = 118.25%, stated 112.85% (mistyped)"),
        ("average_mismatch",
         "平均面积146平方米", "平均面积164平方米",
         "平均面积164平方米",
         "(152 + 138 + 126 + 168 + 146) / 5 = 146, stated average 164"),
        ("rate_mismatch",
         "支付进度82.67%", "支付进度82.76%",
         "支付进度82.76%",
         "智能设备 29.76 paid of 36.00 budgeted = 82.67%, stated 82.76%"),
        ("score_sum_mismatch",
         "｜92.00%｜10｜9.20｜", "｜92.00%｜10｜9.02｜",
         "10｜9.02",
         "row 新办读者证 score typed 9.02 (for 9.20); 9.60 + 50 + 10 + 9.02 + 10 + 10 = 98.62, total still 98.80"),
        ("unit_mismatch",
         "｜≤40万元｜37.63万元｜", "｜≤40万元｜37.63%｜",
         "37.63%",
         "target 单个书房平均投入 ≤40万元, actual given as a percentage (37.63万元 in the text)"),
        ("year_mismatch",
         "结转至2022年", "结转至2021年",
         "结转至2021年",
         "unspent 2021 money (7.84万元 质保金) carried over into 2021 itself; must be a later year"),
    ],
    "ha-shangcai-nongjiashuwu-2019": [
        ("sum_mismatch",
         "音像电子出版物5.36万元", "音像电子出版物5.63万元",
         "音像电子出版物5.63万元",
         "实际支出79.04 = 61.20 + 12.48 + 5.36; with 5.63 the parts add to 79.31"),
        ("balance_mismatch",
         "年末结余4.16万元", "年末结余4.61万元",
         "年末结余4.61万元",
         "到位 83.20 - 执行 79.04 = 4.16, stated 4.61"),
        ("unit_mismatch",
         "按每个书屋2000元的标准", "按每个书屋2000万元的标准",
         "2000万元",
         "416 书屋 × 2000元 = 83.20万元; the per-unit figure written with 万元 is off by 10^4"),
        ("completion_mismatch",
         "完成率104.17%", "完成率101.47%",
         "完成率101.47%",
         "补充图书 6.5万册 / 目标 6.24万册 = 104.17%, stated 101.47%"),
        ("score_exceeds_weight",
         "权重10分，得10分；全年农民群众借阅10.8万人次，完成率90.00%，权重10分，得9分",
         "权重10分，得11分；全年农民群众借阅10.8万人次，完成率90.00%，权重10分，得8分",
         "权重10分，得11分",
         "书屋月均开放 scored 11 of weight 10 (借阅 lowered to 8 so the 29-point subtotal still holds)"),
        ("implausible_rate",
         "其中满意和基本满意1050份，满意度91.30%", "其中满意和基本满意1205份，满意度104.78%",
         "满意度104.78%",
         "1205 satisfied out of 1150 valid questionnaires: satisfaction 104.78% is above 100%"),
    ],
    "sc-yingshan-liudongtushuche-2023": [
        ("score_exceeds_weight",
         "｜98｜5｜5｜\n产出指标｜时效指标｜每个服务点每月服务次数｜≥｜2｜次｜2｜5｜5｜",
         "｜98｜5｜6｜\n产出指标｜时效指标｜每个服务点每月服务次数｜≥｜2｜次｜2｜5｜4｜",
         "新购图书上架及时率｜≥｜95｜%｜98｜5｜6",
         "上架及时率 scored 6 of weight 5 (时效 row lowered to 4 so the total still reads 83.47)"),
        ("grade_mismatch",
         "评价等级为良。", "评价等级为优。",
         "评价等级为优",
         "table conclusion box: 83.47 is in the 良 band (80-90), not 优"),
        ("sum_mismatch",
         "财政资金｜52.00｜52.00｜40.45｜", "财政资金｜52.00｜52.00｜40.54｜",
         "财政资金｜52.00｜52.00｜40.54",
         "全年执行数 column: 40.54 + 0.00 + 2.80 + 0.00 = 43.34, 年度资金总额 says 43.25"),
        ("average_mismatch",
         "平均每条线路63车次", "平均每条线路65车次",
         "平均每条线路65车次",
         "(66 + 60 + 64 + 62) / 4 = 63, stated 65"),
        ("weight_sum_mismatch",
         "流动服务点｜≥｜60｜个｜64｜10｜10｜", "流动服务点｜≥｜60｜个｜64｜12｜10｜",
         "流动服务点｜≥｜60｜个｜64｜12｜10",
         "分值 column now adds to 102 (10 + 52 + 30 + 10) against the stated 100"),
        ("rate_mismatch",
         "｜43.25｜10｜77.23%｜7.72", "｜43.25｜10｜83.17%｜7.72",
         "83.17%",
         "执行率 = 43.25 / 56.00 (全年预算) = 77.23%; 83.17% divides by the 年初预算 52.00"),
    ],
    "he-baoding-gujibaohu-2022": [
        ("completion_mismatch",
         "99.2%｜101.22%", "99.2%｜102.12%",
         "99.2%｜102.12%",
         "修复验收合格率 99.2 / 98 = 101.22%, stated 102.12%"),
        ("conflicting_values",
         "全年修复破损古籍2150叶", "全年修复破损古籍2510叶",
         "修复破损古籍2510叶",
         "text says 2510叶 repaired, the 自评表 says 2150叶 (completion 107.50% follows from 2150)"),
        ("implausible_rate",
         "｜94%｜104.44%｜", "｜104%｜115.56%｜",
         "≥90%｜104%",
         "satisfaction 104% is above 100% (completion 104/90 = 115.56% recomputed to match)"),
        ("score_sum_mismatch",
         "效益指标得分28.60分", "效益指标得分28.06分",
         "效益指标得分28.06分",
         "效益 rows score 8.60 + 10 + 10 = 28.60; and 9.12 + 50 + 28.06 + 10 = 97.18, not the stated 97.72"),
        ("year_mismatch",
         "项目名称｜古籍保护专项经费｜年度｜2022年", "项目名称｜古籍保护专项经费｜年度｜2021年",
         "年度｜2021年",
         "自评表 says 2021 while the title and all budget sentences are for 2022"),
        ("balance_mismatch",
         "年末结余6.60万元", "年末结余6.06万元",
         "年末结余6.06万元",
         "到位 75.00 - 执行 68.40 = 6.60, stated 6.06"),
    ],
    "gz-sinan-tushuguan-bumen-2024": [
        ("weight_sum_mismatch",
         "重点阅读活动按时完成率｜100%｜100%｜5｜5｜", "重点阅读活动按时完成率｜100%｜100%｜8｜5｜",
         "重点阅读活动按时完成率｜100%｜100%｜8｜5",
         "分值 column now adds to 103 against the 合计 100"),
        ("grade_mismatch",
         "自评等级：优", "自评等级：良",
         "自评等级：良",
         "97.25 is in the 优 band (>= 90)"),
        ("unit_mismatch",
         "免费开放补助30.00万元", "免费开放补助300000万元",
         "300000万元",
         "38.00 + x + 24.60 = 92.60 gives x = 30.00万元 = 300000元: the 元 figure was labelled 万元 (10^4)"),
        ("year_mismatch",
         "截至2024年12月31日", "截至2023年12月31日",
         "截至2023年12月31日",
         "the 2024 department report states its spending as of 31 Dec 2023"),
        ("conflicting_values",
         "｜≥15万人次｜16.8万人次｜", "｜≥15万人次｜18.6万人次｜",
         "18.6万人次",
         "table 年到馆读者 18.6万人次, text 16.8万人次"),
        ("implausible_rate",
         "当年支出18.60万元，执行率100%", "当年支出19.60万元，执行率105.38%",
         "当年支出19.60万元，执行率105.38%",
         "19.60 spent of an 18.60 special fund: execution rate 105.38% above 100%"),
    ],
}


def main():
    labels = []
    for src, edits in EDITS.items():
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, (code, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src} e{i}: value not in case: {value!r}")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(not l['clean'] for l in labels)} with errors)")


if __name__ == "__main__":
    main()
