#!/usr/bin/env python3
"""Build the n182 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jingning-hailsuppression-2021",
    "songxian-flashflood-2019",
    "tongren-hydronet-2022",
    "gongzhuling-meteodept-2024",
    "wencheng-meteowarning-2018",
]

# (source, case suffix, where, code, old, new, value, explanation)
EDITS = [
    # ---- 静宁县 人工增雨防雹作业 2021 (Gansu) ----
    ("jingning-hailsuppression-2021", "e1", "table", "score_exceeds_weight",
     "作业安全事故｜=0起｜0起｜5｜5｜\n产出指标｜质量指标｜作业信息上报及时率｜≥95%｜97.5%｜5｜5｜",
     "作业安全事故｜=0起｜0起｜5｜6｜\n产出指标｜质量指标｜作业信息上报及时率｜≥95%｜97.5%｜5｜4｜",
     "作业安全事故｜=0起｜0起｜5｜6",
     "作业安全事故 scored 6 against a weight of 5 (the next row typed 4 instead of 5, so the total still reads 98.36)"),
    ("jingning-hailsuppression-2021", "e2", "table", "weight_sum_mismatch",
     "长期稳定运行｜稳定运行｜10｜10｜",
     "长期稳定运行｜稳定运行｜15｜10｜",
     "稳定运行｜15｜10｜\n满意度指标｜服务对象满意度指标｜果农满意度｜≥90%｜93.6%｜10｜10｜\n总分｜｜｜｜｜100",
     "weight of the 人影作业体系长效运行 row typed 15: the 分值 column (incl. the 10 of 预算执行) now adds to 105, the 总分 row says 100"),
    ("jingning-hailsuppression-2021", "e3", "table", "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed for 其他资金 whose budget and spending are 0.00: a rate on a zero base"),
    ("jingning-hailsuppression-2021", "e4", "prose", "grade_mismatch",
     "自评得分98.36分，评价等级为“优”",
     "自评得分98.36分，评价等级为“良”",
     "评价等级为“良”",
     "98.36 lies in the 优 band (90-100); 良 is 80-90"),
    ("jingning-hailsuppression-2021", "e5", "prose", "year_mismatch",
     "已按规定结转至2022年使用",
     "已按规定结转至2021年使用",
     "结转至2021年",
     "money unspent in the 2021 budget year cannot be carried over to 2021 itself (2022 expected)"),
    ("jingning-hailsuppression-2021", "e6", "prose", "sum_mismatch",
     "作业装备维护及年检18.30万元",
     "作业装备维护及年检13.80万元",
     "13.80万元",
     "78.60 + 32.40 + 13.80 + 10.50 = 135.30, but the stated spending is 139.80 (18.30 in the clean draft)"),

    # ---- 嵩县 山洪灾害气象预警服务 2019 (Henan) ----
    ("songxian-flashflood-2019", "e1", "table", "completion_mismatch",
     "3352人｜104.75%",
     "3352人｜104.57%",
     "104.57%",
     "3352 / 3200 = 104.75%, stated 104.57%"),
    ("songxian-flashflood-2019", "e2", "prose", "average_mismatch",
     "共48期，月均9.6期",
     "共48期，月均10.4期",
     "月均10.4期",
     "(6 + 9 + 14 + 12 + 7) / 5 = 9.6 per flood-season month; 10.4 is the annual 52 divided by 5"),
    ("songxian-flashflood-2019", "e3", "prose", "balance_mismatch",
     "年末结余3.74万元",
     "年末结余3.47万元",
     "3.47万元",
     "85.00 received - 81.26 spent = 3.74, stated 3.47"),
    ("songxian-flashflood-2019", "e4", "table", "unit_mismatch",
     "≤10分钟｜8分钟｜100%",
     "≤10分钟｜100%｜100%",
     "≤10分钟｜100%",
     "预警信息发布时效: target in minutes, actual written as a percentage"),
    ("songxian-flashflood-2019", "e5", "table", "conflicting_values",
     "≤10分钟｜8分钟｜100%",
     "≤10分钟｜9分钟｜100%",
     "9分钟",
     "the table gives 9 minutes for the release time, the text says 平均用时8分钟"),
    ("songxian-flashflood-2019", "e6", "table", "rate_mismatch",
     "23.46｜93.84%",
     "23.46｜98.34%",
     "98.34%",
     "county funds 23.46 / 25.00 = 93.84%, stated 98.34%"),

    # ---- 铜仁 水文站网运行维护 2022 (Guizhou) ----
    ("tongren-hydronet-2022", "e1", "prose", "score_sum_mismatch",
     "产出指标得43.07分",
     "产出指标得43.70分",
     "产出指标得43.70分，效益指标得26.47分，满意度指标得8.89分，自评总分87.43分",
     "the 产出 rows of the table add to 43.07, and 9.00 + 43.70 + 26.47 + 8.89 = 88.06, not the stated 87.43"),
    ("tongren-hydronet-2022", "e2", "prose", "average_mismatch",
     "平均每站24次",
     "平均每站28次",
     "平均每站28次",
     "336 tests / 14 stations = 24 per station, stated 28"),
    ("tongren-hydronet-2022", "e3", "table", "balance_mismatch",
     "205.40｜22.80",
     "205.40｜28.20",
     "205.40｜28.20",
     "228.20 received - 205.40 spent = 22.80, table 1 says 28.20"),
    ("tongren-hydronet-2022", "e4", "table", "year_mismatch",
     "评价年度｜2022年度",
     "评价年度｜2021年度",
     "2021年度",
     "the 自评表 header names 2021 as the evaluation year of a 2022 report"),
    ("tongren-hydronet-2022", "e5", "prose", "unit_mismatch",
     "雨量站62处维护37.20万元",
     "雨量站62处维护372000万元",
     "372000万元",
     "372000 is the amount in 元 (62 x 6000元 = 37.20万元) written with the unit 万元: off by 10^4; the uses no longer add to 228.20"),
    ("tongren-hydronet-2022", "e6", "table", "rate_mismatch",
     "10｜90.01%｜9.00",
     "10｜90.10%｜9.00",
     "90.10%",
     "205.40 / 228.20 = 90.01%, stated 90.10%"),

    # ---- 公主岭市气象局 部门整体 2024 (Jilin) ----
    ("gongzhuling-meteodept-2024", "e1", "table", "sum_mismatch",
     "公用经费｜35.30｜35.30｜35.30",
     "公用经费｜35.03｜35.30｜35.30",
     "公用经费｜35.03",
     "年初 column: 人员经费 291.20 + 公用经费 35.03 = 326.23, but 基本支出 says 326.50"),
    ("gongzhuling-meteodept-2024", "e2", "prose", "average_mismatch",
     "平均93.00分",
     "平均93.50分",
     "平均93.50分",
     "(96.5 + 94.0 + 88.5) / 3 = 93.00, stated 93.50"),
    ("gongzhuling-meteodept-2024", "e3", "table", "score_exceeds_weight",
     "≤15分钟｜12分钟｜5｜5｜\n产出指标｜成本指标｜“三公”经费支出｜≤3.20万元｜2.86万元｜5｜5｜",
     "≤15分钟｜12分钟｜5｜6｜\n产出指标｜成本指标｜“三公”经费支出｜≤3.20万元｜2.86万元｜5｜4｜",
     "12分钟｜5｜6",
     "预警信息发布时间 scored 6 against a weight of 5 (the next row typed 4, so the total still reads 97.20)"),
    ("gongzhuling-meteodept-2024", "e4", "prose", "grade_mismatch",
     "自评结果为“优”",
     "自评结果为“良”",
     "自评结果为“良”",
     "97.20 lies in the 优 band (90-100); 良 is 80-90"),
    ("gongzhuling-meteodept-2024", "e5", "table", "unit_mismatch",
     "≥300户｜270户",
     "≥300户｜90%",
     "≥300户｜90%",
     "直通式服务新型农业经营主体: target in 户, actual written as a percentage (the completion rate)"),
    ("gongzhuling-meteodept-2024", "e6", "table", "weight_sum_mismatch",
     "服务对象满意度｜≥90%｜92.4%｜10｜10｜\n总分",
     "服务对象满意度｜≥90%｜92.4%｜15｜10｜\n总分",
     "92.4%｜15｜10｜\n总分｜｜｜｜｜100",
     "weight of 服务对象满意度 typed 15: the 分值 column now adds to 105, the 总分 row says 100"),

    # ---- 文成县 气象灾害监测预警 2018 (Zhejiang, prose only) ----
    ("wencheng-meteowarning-2018", "e1", "prose", "implausible_rate",
     "表示满意和基本满意的324份，满意度81.00%",
     "表示满意和基本满意的424份，满意度106.00%",
     "424份，满意度106.00%",
     "424 satisfied out of 400 returned questionnaires: satisfaction 106.00% is above 100%"),
    ("wencheng-meteowarning-2018", "e2", "prose", "grade_mismatch",
     "评价等级为“良”",
     "评价等级为“优”",
     "评价等级为“优”",
     "88.20 lies in the 良 band (80-90); 优 needs 90"),
    ("wencheng-meteowarning-2018", "e3", "prose", "score_sum_mismatch",
     "本项目自评得分88.20分",
     "本项目自评得分88.02分",
     "88.02分",
     "8.70 + 43.00 + 27.50 + 9.00 = 88.20, stated total 88.02"),
    ("wencheng-meteowarning-2018", "e4", "prose", "completion_mismatch",
     "完成率103.20%",
     "完成率102.30%",
     "102.30%",
     "258 trained / 250 target = 103.20%, stated 102.30%"),
    ("wencheng-meteowarning-2018", "e5", "prose", "rate_mismatch",
     "预算执行率87.00%",
     "预算执行率78.00%",
     "78.00%",
     "99.18 / 114.00 = 87.00%, stated 78.00%"),
    ("wencheng-meteowarning-2018", "e6", "prose", "conflicting_values",
     "各类灾害性天气预警信号87次",
     "各类灾害性天气预警信号78次",
     "预警信号78次",
     "section 三 gives 78 warning signals for the year, section 四 gives 87 (完成率145.00% = 87/60)"),
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
        for (_, suffix, _where, code, old, new, value, expl) in by_source[src]:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old text matches {n} times: {old!r}")
            case = clean.replace(old, new, 1)
            if value not in case:
                raise SystemExit(f"{src}-{suffix}: value {value!r} not in case")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} with errors)")


if __name__ == "__main__":
    main()
