#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts234 from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "longyao-rdlvzhi-2022",
    "yunhe-zxtian-2023",
    "gulin-dxpeixun-2021",
    "changbai-xianzhi-2024",
    "wanning-jgswj-2019",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- longyao-rdlvzhi-2022 (Hebei, 人大代表履职, MOF table) ----
    ("longyao-rdlvzhi-2022", 1, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% printed for 其他资金 whose budget is 0.00: a rate on a zero base"),
    ("longyao-rdlvzhi-2022", 2, "average_mismatch", "text",
     "平均每次51.5人次",
     "平均每次55.1人次",
     "参加代表412人次，平均每次55.1人次",
     "412 / 8 = 51.5 per inspection, stated 55.1"),
    ("longyao-rdlvzhi-2022", 3, "score_exceeds_weight", "table",
     "12个｜10｜10｜\n产出指标｜质量指标｜代表建议按期办复率｜100%｜100%｜10｜10｜",
     "12个｜10｜11｜\n产出指标｜质量指标｜代表建议按期办复率｜100%｜100%｜10｜9｜",
     "12个｜10｜11",
     "score 11 above the weight 10 (the next row lowered to 9 so the total still reads 97.30)"),
    ("longyao-rdlvzhi-2022", 4, "year_mismatch", "text",
     "截至2022年12月31日，项目全年实际支出",
     "截至2021年12月31日，项目全年实际支出",
     "截至2021年12月31日",
     "the 2022 report gives its full-year spending as of 31 Dec 2021"),
    ("longyao-rdlvzhi-2022", 5, "weight_sum_mismatch", "table",
     "800元/人·年｜5｜5｜",
     "800元/人·年｜6｜5｜",
     "800元/人·年｜6｜5",
     "weights now total 101 (10 + 51 + 30 + 10) against 100 in the 总分 row"),
    ("longyao-rdlvzhi-2022", 6, "rate_mismatch", "text",
     "支出率88.03%",
     "支出率88.30%",
     "支出率88.30%",
     "training fund 11.62 / 13.20 = 88.03%, stated 88.30%"),

    # ---- yunhe-zxtian-2023 (Zhejiang, 政协提案办理, prose only) ----
    ("yunhe-zxtian-2023", 1, "balance_mismatch", "text",
     "年末结余2.62万元",
     "年末结余2.26万元",
     "结余2.26万元",
     "45.00 - 42.38 = 2.62, stated 2.26"),
    ("yunhe-zxtian-2023", 2, "sum_mismatch", "text",
     "委员学习培训经费9.50万元",
     "委员学习培训经费9.05万元",
     "委员学习培训经费9.05万元",
     "12.00 + 18.50 + 9.05 + 5.00 = 44.55, not the 45.00 budget being broken down"),
    ("yunhe-zxtian-2023", 3, "score_sum_mismatch", "text",
     "综合自评得分95.30分",
     "综合自评得分95.03分",
     "综合自评得分95.03分",
     "9.42 + 49 + 27 + 9.88 = 95.30, stated 95.03"),
    ("yunhe-zxtian-2023", 4, "completion_mismatch", "text",
     "完成年度目标的108.67%",
     "完成年度目标的106.87%",
     "完成年度目标的106.87%",
     "163 proposals against a target of 150 = 108.67%, stated 106.87%"),
    ("yunhe-zxtian-2023", 5, "unit_mismatch", "text",
     "提案征集及督办经费12.00万元",
     "提案征集及督办经费120000万元",
     "120000万元",
     "the 12.00万元 item (120000元) written with the unit 万元; rescaled by 10^4 the parts add to 45.00 again"),
    ("yunhe-zxtian-2023", 6, "weight_sum_mismatch", "text",
     "效益指标30分",
     "效益指标35分",
     "效益指标35分",
     "10 + 50 + 35 + 10 = 105; the two benefit indicators carry 15 + 15 = 30"),

    # ---- gulin-dxpeixun-2021 (Sichuan, 党校干部培训, Sichuan table) ----
    ("gulin-dxpeixun-2021", 1, "year_mismatch", "text",
     "按规定结转至2022年继续用于干部培训",
     "按规定结转至2021年继续用于干部培训",
     "结转至2021年",
     "the unspent part of the 2021 budget is carried to 2021 itself"),
    ("gulin-dxpeixun-2021", 2, "rate_mismatch", "table",
     "109.73｜—｜94.19%",
     "109.73｜—｜94.91%",
     "94.91%",
     "财政资金 109.73 / 116.50 = 94.19%, stated 94.91%"),
    ("gulin-dxpeixun-2021", 3, "average_mismatch", "text",
     "科级干部进修班95.8%",
     "科级干部进修班95.3%",
     "中青年干部培训班97.1%、科级干部进修班95.3%、党史学习教育专题班95.7%，三类班次平均满意度96.2%",
     "(97.1 + 95.3 + 95.7) / 3 = 96.03, stated average 96.2"),
    ("gulin-dxpeixun-2021", 4, "unit_mismatch", "table",
     "｜6｜门｜5｜5｜4.17｜",
     "｜6｜门｜83.33%｜5｜4.17｜",
     "6｜门｜83.33%",
     "target counted in 门 (6), actual given as a percentage"),
    ("gulin-dxpeixun-2021", 5, "score_exceeds_weight", "table",
     "88.6｜5｜5｜\n产出指标｜时效指标｜年度培训计划完成时间｜定性｜12月31日前｜—｜12月20日｜5｜5｜",
     "88.6｜5｜6｜\n产出指标｜时效指标｜年度培训计划完成时间｜定性｜12月31日前｜—｜12月20日｜5｜4｜",
     "88.6｜5｜6",
     "score 6 above the weight 5 (the next row lowered to 4 so the total still reads 97.56)"),
    ("gulin-dxpeixun-2021", 6, "sum_mismatch", "table",
     "其中：财政资金｜110.00｜",
     "其中：财政资金｜101.00｜",
     "财政资金｜101.00",
     "年初 column: 101.00 + 0.00 + 10.00 + 0.00 = 111.00, total row says 120.00"),

    # ---- changbai-xianzhi-2024 (Jilin, 地方志编纂, MOF table, grade 良) ----
    ("changbai-xianzhi-2024", 1, "grade_mismatch", "text",
     "评价等级为良好",
     "评价等级为优秀",
     "评价等级为优秀",
     "83.04 is in the 良 band (80 <= s < 90)"),
    ("changbai-xianzhi-2024", 2, "balance_mismatch", "text",
     "年末结余18.16万元",
     "年末结余18.61万元",
     "结余18.61万元",
     "95.00 - 76.84 = 18.16, stated 18.61"),
    ("changbai-xianzhi-2024", 3, "conflicting_values", "text",
     "全年完成县志志稿总纂186万字",
     "全年完成县志志稿总纂168万字",
     "总纂168万字",
     "the text gives 168万字 written, the table 186万字 for the same indicator"),
    ("changbai-xianzhi-2024", 4, "score_sum_mismatch", "table",
     "245人次｜10｜8.17｜",
     "245人次｜10｜8.71｜",
     "245人次｜10｜8.71｜数据库未上线，以到馆查阅为主\n效益指标｜可持续影响指标｜地情资料数据库建设｜建成并投入使用｜部分完成｜10｜7｜检索功能调试中\n满意度指标｜服务对象满意度指标｜资料使用单位满意度｜≥90%｜88.0%｜10｜9.78｜资料获取不够便捷\n总分｜｜｜｜｜100｜83.04",
     "row scores now add to 83.58 (8.09 + 40 + 25.71 + 9.78), the 总分 row and the text say 83.04"),
    ("changbai-xianzhi-2024", 5, "unit_mismatch", "table",
     "｜≥90%｜88.0%｜10｜9.78｜",
     "｜≥90%｜44家｜10｜9.78｜",
     "≥90%｜44家",
     "satisfaction target in %, actual given as a count of units"),
    ("changbai-xianzhi-2024", 6, "rate_mismatch", "table",
     "10.00｜—｜66.67%",
     "10.00｜—｜76.67%",
     "76.67%",
     "上年结转资金 10.00 / 15.00 = 66.67%, stated 76.67%"),

    # ---- wanning-jgswj-2019 (Hainan, 机关运行保障, 部门整体, table with 完成率) ----
    ("wanning-jgswj-2019", 1, "completion_mismatch", "table",
     "6842车次｜114.03%",
     "6842车次｜104.03%",
     "104.03%",
     "6842 / 6000 = 114.03%, stated 104.03%"),
    ("wanning-jgswj-2019", 2, "implausible_rate", "text",
     "实际支出256.40万元，执行率98.62%",
     "实际支出265.40万元，执行率102.08%",
     "实际支出265.40万元，执行率102.08%",
     "spending 265.40 above the 260.00 budget of the repair project: execution rate over 100%"),
    ("wanning-jgswj-2019", 3, "grade_mismatch", "table",
     "自评等级｜优",
     "自评等级｜良",
     "自评等级｜良",
     "95.96 is in the 优 band (>= 90)"),
    ("wanning-jgswj-2019", 4, "conflicting_values", "text",
     "提供物业服务面积12.6万平方米",
     "提供物业服务面积16.2万平方米",
     "16.2万平方米",
     "the goal and the table give 12.6万平方米 served, the text 16.2"),
    ("wanning-jgswj-2019", 5, "sum_mismatch", "table",
     "项目支出｜800.00｜",
     "项目支出｜880.00｜",
     "项目支出｜880.00",
     "年初 column: 基本支出 486.40 + 项目支出 880.00 = 1366.40, total row says 1286.40"),
    ("wanning-jgswj-2019", 6, "year_mismatch", "table",
     "2019年度部门整体支出绩效自评表",
     "2018年度部门整体支出绩效自评表",
     "2018年度部门整体支出绩效自评表",
     "the attached table is labelled 2018 in the 2019 report"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
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
