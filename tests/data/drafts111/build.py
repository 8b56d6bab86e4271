#!/usr/bin/env python3
"""Build the n111 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the
clean draft. One edit per error case; the label's `value` must occur in the result.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sn-binzhou-dafosi-2020",
    "sx-gaoping-mugou-2022",
    "gs-lixian-kaogu-2021",
    "sn-pucheng-bowuguan-2024",
    "gs-gaotai-luotuocheng-2018",
]

# (source, case suffix, code, old, new, value, explanation)
EDITS = [
    # ---- 彬州大佛寺石窟 2020 (Shaanxi, box-drawing tables, full-width digits) ----
    ("sn-binzhou-dafosi-2020", "e1", "rate_mismatch",
     "预算执行率92.06%。", "预算执行率92.60%。",
     "预算执行率92.60%",
     "424.75 / 461.40 = 92.06%; the text says 92.60% (digits transposed; the table keeps 92.06%)"),
    ("sn-binzhou-dafosi-2020", "e2", "balance_mismatch",
     "年末结余３６.６５万元", "年末结余３６.５６万元",
     "３６.５６万元",
     "全年可用 461.40 - 执行 424.75 = 36.65万元 carried forward; stated (full-width) 36.56"),
    ("sn-binzhou-dafosi-2020", "e3", "year_mismatch",
     "已按规定结转2021年使用", "已按规定结转2020年使用",
     "结转2020年使用",
     "the 2020 year-end balance is carried to 2020 itself; must be a later year (2021)"),
    ("sn-binzhou-dafosi-2020", "e4", "score_exceeds_weight",
     "│=0处        │0处           │10  │10   │                      │\n"
     "│      │社会效益│文物保护宣传活动  │≥6次        │8次           │8   │8    │",
     "│=0处        │0处           │10  │8    │                      │\n"
     "│      │社会效益│文物保护宣传活动  │≥6次        │8次           │8   │10   │",
     "8次           │8   │10   │",
     "scores of two adjacent rows swapped: 宣传活动 now scores 10 against its weight 8 (total unchanged)"),
    ("sn-binzhou-dafosi-2020", "e5", "unit_mismatch",
     "2020年11月30日前│2020年11月26日│", "2020年11月30日前│100%│",
     "2020年11月30日前│100%",
     "target is a completion date, actual written as a percentage"),
    ("sn-binzhou-dafosi-2020", "e6", "conflicting_values",
     "全年完成窟檐及崖面加固１２６０平方米", "全年完成窟檐及崖面加固１６２０平方米",
     "１６２０平方米",
     "加固面积 is 1260平方米 in the 自评表 and in the goal block; the text says 1620 (full-width)"),

    # ---- 高平市早期木构建筑 2022 (Shanxi layout, ｜ tables, 行次 formulas) ----
    ("sx-gaoping-mugou-2022", "e1", "completion_mismatch",
     "｜100%｜75%｜75.00%｜7.50｜", "｜100%｜75%｜57.00%｜7.50｜",
     "75%｜57.00%",
     "按合同工期完工率: target 100%, actual 75% -> 完成率 75.00%, stated 57.00%"),
    ("sx-gaoping-mugou-2022", "e2", "sum_mismatch",
     "二郎庙戏台修缮安排123.00万元", "二郎庙戏台修缮安排132.00万元",
     "二郎庙戏台修缮安排132.00万元",
     "218.00 + 146.50 + 132.00 + 82.00 = 578.50, not the stated 全年预算 569.50 (should be 123.00)"),
    ("sx-gaoping-mugou-2022", "e3", "rate_mismatch",
     "(6)=(3)/(2)｜98.77｜98.56｜", "(6)=(3)/(2)｜98.77｜98.65｜",
     "98.77｜98.65",
     "财政资金小计 到位率 (6)=(3)/(2) = 478.00 / 485.00 = 98.56%, stated 98.65"),
    ("sx-gaoping-mugou-2022", "e4", "weight_sum_mismatch",
     "｜分部分项工程验收合格率｜10｜", "｜分部分项工程验收合格率｜12｜",
     "分部分项工程验收合格率｜12",
     "weights now add to 102 (质量指标 12 instead of 10) while 合计 stays 100"),
    ("sx-gaoping-mugou-2022", "e5", "grade_mismatch",
     "属于\"优秀\"", "属于\"良好\"",
     "属于\"良好\"",
     "total 91.31 is in the 优 band (>= 90), not 良"),
    ("sx-gaoping-mugou-2022", "e6", "implausible_rate",
     "(7)=(4)/(2)｜89.46｜87.63｜83.67｜90.92｜0｜84.44｜100｜0",
     "(7)=(4)/(2)｜89.46｜87.63｜83.67｜90.92｜0｜84.44｜100｜100",
     "84.44｜100｜100",
     "其他资金 has a zero budget (0.00) yet its 执行率 reads 100: a rate on a zero base"),

    # ---- 礼县 考古发掘 2021 (Gansu, ｜ tables, Chinese numerals) ----
    ("gs-lixian-kaogu-2021", "e1", "average_mismatch",
     "平均每区460平方米", "平均每区470平方米",
     "平均每区470平方米",
     "(520 + 460 + 400) / 3 = 460, stated 470"),
    ("gs-lixian-kaogu-2021", "e2", "score_sum_mismatch",
     "｜10｜9.73｜活动场次少", "｜10｜9.37｜活动场次少",
     "9.37｜活动场次少，增加线上讲解\n总分｜｜｜｜｜100｜93.43",
     "row scores now add to 93.07 (满意度 9.37 instead of 9.73) but 总分 reads 93.43"),
    ("gs-lixian-kaogu-2021", "e3", "unit_mismatch",
     "资料整理及报告编写14.80万元", "资料整理及报告编写148000万元",
     "148000万元",
     "148000元 written with 万元: off by 10^4; with 14.80万元 the parts add to 149.26"),
    ("gs-lixian-kaogu-2021", "e4", "year_mismatch",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日",
     "spending of the 2021 report dated to the end of 2020"),
    ("gs-lixian-kaogu-2021", "e5", "completion_mismatch",
     "完成率108.67%", "完成率106.87%",
     "完成率106.87%",
     "登记建档 326 / 300 = 108.67%, stated 106.87%"),
    ("gs-lixian-kaogu-2021", "e6", "balance_mismatch",
     "年末结余27.54万元", "年末结余27.45万元",
     "27.45万元",
     "到位 176.80 - 支出 149.26 = 27.54, stated 27.45"),

    # ---- 蒲城县博物馆 2024 (Shaanxi, box-drawing tables, full-width digits) ----
    ("sn-pucheng-bowuguan-2024", "e1", "sum_mismatch",
     "文物囊匣及专用柜架52.30万元", "文物囊匣及专用柜架53.20万元",
     "文物囊匣及专用柜架53.20万元",
     "68.40 + 53.20 + 79.85 + 34.40 = 235.85, not the 234.95 spent (should be 52.30)"),
    ("sn-pucheng-bowuguan-2024", "e2", "score_sum_mismatch",
     "效益指标得分27.33分", "效益指标得分27.83分",
     "效益指标得分27.83分",
     "9.10 + 43.40 + 27.83 + 9.21 = 89.54, stated total 89.04; the 效益 rows add to 27.33"),
    ("sn-pucheng-bowuguan-2024", "e3", "grade_mismatch",
     "评价等级为\"良\"", "评价等级为\"优\"",
     "评价等级为\"优\"",
     "total 89.04 is in the 良 band (80 <= s < 90)"),
    ("sn-pucheng-bowuguan-2024", "e4", "average_mismatch",
     "平均每季度3.3万人次", "平均每季度3.8万人次",
     "平均每季度3.8万人次",
     "(2.9 + 3.6 + 4.1 + 2.6) / 4 = 3.3, stated 3.8"),
    ("sn-pucheng-bowuguan-2024", "e5", "conflicting_values",
     "无酸纸囊匣1236个", "无酸纸囊匣1263个",
     "囊匣1263个",
     "囊匣 actual is 1236个 in the 自评表, 1263个 in the text"),
    ("sn-pucheng-bowuguan-2024", "e6", "rate_mismatch",
     "│186.75  │—   │88.93%  │", "│186.75  │—   │89.83%  │",
     "186.75  │—   │89.83%",
     "当年财政拨款 186.75 / 210.00 = 88.93%, stated 89.83%"),

    # ---- 高台县骆驼城遗址 2018 (Gansu, ｜ tables, Chinese numerals) ----
    ("gs-gaotai-luotuocheng-2018", "e1", "weight_sum_mismatch",
     "｜2520根｜10｜10｜", "｜2520根｜15｜10｜",
     "2520根｜15｜10",
     "weights now add to 105 (锚杆 row 15, copied from the row above) while 总分 stays 100"),
    ("gs-gaotai-luotuocheng-2018", "e2", "score_exceeds_weight",
     "｜88%｜5｜4.89｜冻融期停工｜\n｜产出指标｜成本指标｜年度工程支出控制数｜≤725.60万元｜637.78万元｜10｜10｜",
     "｜88%｜5｜10｜冻融期停工｜\n｜产出指标｜成本指标｜年度工程支出控制数｜≤725.60万元｜637.78万元｜10｜4.89｜",
     "88%｜5｜10",
     "scores of 时效 and 成本 rows swapped: 时效 scores 10 against weight 5 (total unchanged)"),
    ("gs-gaotai-luotuocheng-2018", "e3", "completion_mismatch",
     "完成率95.83%", "完成率95.38%",
     "完成率95.38%",
     "加固长度 1150 / 1200 = 95.83%, stated 95.38%"),
    ("gs-gaotai-luotuocheng-2018", "e4", "implausible_rate",
     "｜　　　其他资金｜0.00｜0.00｜0.00｜—｜—｜—｜",
     "｜　　　其他资金｜0.00｜0.00｜0.00｜—｜100%｜—｜",
     "0.00｜—｜100%",
     "其他资金 全年预算 0.00 but 执行率 100%: a rate on a zero base"),
    ("gs-gaotai-luotuocheng-2018", "e5", "unit_mismatch",
     "≤725.60万元｜637.78万元｜", "≤725.60万元｜87.90%｜",
     "≤725.60万元｜87.90%",
     "cost target in 万元, actual written as a percentage (the execution rate)"),
    ("gs-gaotai-luotuocheng-2018", "e6", "year_mismatch",
     "2018年7月，中央财政下达", "2019年7月，中央财政下达",
     "2019年7月",
     "central money spent in 2018 said to be issued in July 2019, after the evaluation year"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (_, suffix, code, old, new, value, expl) in by_source.get(src, []):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: edit old string matches {n} times")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-{suffix}: value {value!r} not in the error case")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, "
          f"{sum(1 for l in labels if l['clean'])} clean drafts")


if __name__ == "__main__":
    main()
