#!/usr/bin/env python3
"""Build the n129 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose or in a table (for the README only).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "linxi-airstation-2022",
    "tiantai-soilsurvey-2018",
    "taojiang-ruralenv-2023",
    "dianjiang-ecoenforce-2024",
    "jinghe-waterpollution-2020",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # 临西县 空气质量自动监测站运维 2022
    ("linxi-airstation-2022", 1, "rate_mismatch", "prose",
     "县级资金支出率91.51%", "县级资金支出率95.11%",
     "县级资金支出率95.11%",
     "county funds spent 53.44 of 58.40 = 91.51%, stated 95.11%"),
    ("linxi-airstation-2022", 2, "average_mismatch", "prose",
     "分别为93.8%、95.2%、94.9%", "分别为93.8%、92.5%、94.9%",
     "93.8%、92.5%、94.9%、94.5%，四个季度平均为94.6%",
     "(93.8 + 92.5 + 94.9 + 94.5) / 4 = 93.925%, stated average 94.6%"),
    ("linxi-airstation-2022", 3, "implausible_rate", "prose",
     "对数据公开及时性的满意度为97.37%", "对数据公开及时性的满意度为973.7%",
     "满意度为973.7%",
     "a satisfaction rate cannot exceed 100% (decimal point slipped: 97.37%)"),
    ("linxi-airstation-2022", 4, "unit_mismatch", "table",
     "运维乡镇空气质量微站数量｜≥16个｜16个", "运维乡镇空气质量微站数量｜≥16个｜100%",
     "≥16个｜100%",
     "target is a count of stations (个), actual given as a percentage"),
    ("linxi-airstation-2022", 5, "weight_sum_mismatch", "table",
     "质控考核合格率｜100%｜100%｜5｜5", "质控考核合格率｜100%｜100%｜6｜5",
     "质控考核合格率｜100%｜100%｜6｜5",
     "weights now total 101 (10 + 51 + 30 + 10): 质控考核合格率 weight 6 instead of 5"),
    ("linxi-airstation-2022", 6, "year_mismatch", "table",
     "项目支出绩效自评表\n（2022年度）", "项目支出绩效自评表\n（2021年度）",
     "（2021年度）",
     "the self-evaluation table is dated 2021 in a 2022 report (last year's template)"),

    # 天台县 土壤污染状况调查 2018
    ("tiantai-soilsurvey-2018", 1, "completion_mismatch", "table",
     "94.2%｜101.29%", "94.2%｜102.19%",
     "94.2%｜102.19%",
     "actual 94.2% / target 93% = 101.29%, stated 102.19%"),
    ("tiantai-soilsurvey-2018", 2, "score_sum_mismatch", "prose",
     "产出指标得分48.75分", "产出指标得分47.85分",
     "产出指标得分47.85分",
     "9.10 + 47.85 + 30 + 10 = 96.95, stated total 97.85 (output rows in the table add to 48.75)"),
    ("tiantai-soilsurvey-2018", 3, "average_mismatch", "prose",
     "平均每个地块39个土壤点位", "平均每个地块37个土壤点位",
     "平均每个地块37个土壤点位",
     "312 sampling points / 8 plots = 39, stated 37"),
    ("tiantai-soilsurvey-2018", 4, "sum_mismatch", "table",
     "县级资金｜70.00｜51.40", "县级资金｜75.00｜51.40",
     "县级资金｜75.00",
     "年初预算 components 80.00 + 75.00 = 155.00, total row 150.00"),
    ("tiantai-soilsurvey-2018", 5, "score_exceeds_weight", "table",
     "42个｜105.00%｜7｜7｜增设受污染耕地复测点位\n产出指标｜质量指标｜调查报告专家评审一次通过率｜100%｜87.5%｜87.50%｜10｜8.75",
     "42个｜105.00%｜7｜8｜增设受污染耕地复测点位\n产出指标｜质量指标｜调查报告专家评审一次通过率｜100%｜87.5%｜87.50%｜10｜7.75",
     "105.00%｜7｜8",
     "score 8 above weight 7 (the next row lowered to 7.75 so the total still reads 97.85)"),
    ("tiantai-soilsurvey-2018", 6, "balance_mismatch", "prose",
     "年末项目未支出11.83万元", "年末项目未支出11.38万元",
     "11.38万元",
     "131.40 - 119.57 = 11.83, stated 11.38"),

    # 桃江县 农村环境整治 2023
    ("taojiang-ruralenv-2023", 1, "grade_mismatch", "prose",
     "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”",
     "total 86.95 is in the 良 band (80-90), stated 优"),
    ("taojiang-ruralenv-2023", 2, "year_mismatch", "prose",
     "含2022年12月提前下达", "含2021年12月提前下达",
     "2021年12月提前下达",
     "2023 funds issued in advance must come in December 2022, not December 2021"),
    ("taojiang-ruralenv-2023", 3, "sum_mismatch", "prose",
     "县级配套资金120.00万元", "县级配套资金102.00万元",
     "县级配套资金102.00万元",
     "300.00 + 60.00 + 102.00 = 462.00, stated 全年预算 480.00"),
    ("taojiang-ruralenv-2023", 4, "score_sum_mismatch", "table",
     "2650户｜10｜8.28", "2650户｜10｜8.82",
     "2650户｜10｜8.82",
     "row scores now add to 87.49, stated total 86.95"),
    ("taojiang-ruralenv-2023", 5, "unit_mismatch", "table",
     "已建设施正常运行率｜≥90%｜88%", "已建设施正常运行率｜≥90%｜22座",
     "≥90%｜22座",
     "target is a rate (%), actual given as a count of facilities (座)"),
    ("taojiang-ruralenv-2023", 6, "completion_mismatch", "prose",
     "完成率66.67%", "完成率76.67%",
     "完成率76.67%",
     "2 of 3 black-odorous water bodies = 66.67%, stated 76.67%"),

    # 垫江县 生态环境保护综合行政执法支队 部门整体 2024
    ("dianjiang-ecoenforce-2024", 1, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 90.96 is in the 优 band (>= 90), stated 良"),
    ("dianjiang-ecoenforce-2024", 2, "conflicting_values", "prose",
     "罚没款386.42万元已全部缴入国库", "罚没款368.42万元已全部缴入国库",
     "368.42万元",
     "fines and confiscations given as 386.42万元 in 产出 (68 cases, 5.68万元 each), 368.42万元 here"),
    ("dianjiang-ecoenforce-2024", 3, "weight_sum_mismatch", "table",
     "93.9%｜5｜4.79", "93.9%｜6｜4.79",
     "环境信访投诉按期办结率｜≥98%｜93.9%｜6｜4.79",
     "weights now total 101: 按期办结率 weight 6 instead of 5"),
    ("dianjiang-ecoenforce-2024", 4, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "an execution rate of 100% on a zero carry-over budget"),
    ("dianjiang-ecoenforce-2024", 5, "unit_mismatch", "prose",
     "实际支出44.38万元", "实际支出443800万元",
     "443800万元",
     "443800元 (= 44.38万元, the sum of the listed equipment) written with the unit 万元: off by 10^4"),
    ("dianjiang-ecoenforce-2024", 6, "rate_mismatch", "table",
     "当年财政拨款｜612.50｜651.20｜637.38｜—｜97.88%", "当年财政拨款｜612.50｜651.20｜637.38｜—｜98.78%",
     "637.38｜—｜98.78%",
     "637.38 / 651.20 = 97.88%, stated 98.78%"),

    # 精河县 水污染防治 2020
    ("jinghe-waterpollution-2020", 1, "conflicting_values", "prose",
     "全年共排查入河排污口48个", "全年共排查入河排污口46个",
     "排查入河排污口46个",
     "outfalls surveyed: 46 in the text, 48 in the table (48个, 106.67% of 45)"),
    ("jinghe-waterpollution-2020", 2, "sum_mismatch", "table",
     "中央资金｜360.00｜360.00｜302.80", "中央资金｜360.00｜360.00｜320.80",
     "360.00｜320.80",
     "全年执行数 components 320.80 + 40.00 = 360.80, total row 342.80"),
    ("jinghe-waterpollution-2020", 3, "completion_mismatch", "table",
     "9.20万元｜100.00%", "9.20万元｜96.84%",
     "9.20万元｜96.84%",
     "≤ target met (9.20 ≤ 9.5): completion 100%, stated 96.84% (9.20/9.5)"),
    ("jinghe-waterpollution-2020", 4, "score_exceeds_weight", "table",
     "48个｜106.67%｜10｜10｜—\n产出指标｜数量指标｜入河排污口整治数量｜≥20个｜14个｜70.00%｜10｜7.00",
     "48个｜106.67%｜10｜11｜—\n产出指标｜数量指标｜入河排污口整治数量｜≥20个｜14个｜70.00%｜10｜6.00",
     "106.67%｜10｜11",
     "score 11 above weight 10 (the next row lowered to 6.00 so the total still reads 93.15)"),
    ("jinghe-waterpollution-2020", 5, "balance_mismatch", "table",
     "342.80｜57.20", "342.80｜52.70",
     "342.80｜52.70",
     "400.00 - 342.80 = 57.20, 结转结余 column 52.70"),
    ("jinghe-waterpollution-2020", 6, "year_mismatch", "prose",
     "截至2020年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "spending of the 2020 budget reported as of 31 December 2021"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{pid}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid}-e{n}: value {value!r} not in the error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
