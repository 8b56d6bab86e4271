#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each edit replaces one exact, unique substring of a clean draft (the `old` text) by `new`.
The changed part is at most 16 characters; it stays inside one line, except for score-table
edits that touch two adjacent rows. `value` is the exact substring of the error case that
carries the wrong figure (for sum / score-sum / weight-sum errors it runs from the total to
the changed part, or from the changed part to the total).

Pure Python 3, no third-party packages.  Usage:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jingxian-publicforest-2018",
    "huzhu-grassland-2019",
    "wangkui-straw-2020",
    "fengmu-townprojects-2021",
    "dafan-townprojects-2022",
    "changyuan-streetprojects-2023",
    "liannan-familyplanning-2024",
    "bayi-farmertraining-2025",
]

# (project, n, old, new, code, value, explanation)
EDITS = [
    # ---- 泾县 公益林补偿 2018 (Anhui, three batches) ----
    ("jingxian-publicforest-2018", 1,
     "其中2016年998.06万元", "其中2016年989.06万元",
     "sum_mismatch", "3067.06万元，其中2016年989.06万元",
     "three-year cumulative: 989.06 + 1012.30 + 1056.70 = 3058.06, stated 3067.06 (2016 figure retyped, was 998.06)"),
    ("jingxian-publicforest-2018", 2,
     "森林防火宣传标牌制作38600元", "森林防火宣传标牌制作38600万元",
     "unit_mismatch", "38600万元",
     "a 元 amount labelled 万元: 9.60 + 3.86 + 3.11 = 16.57 only with 38600元 = 3.86万元; off by 10^4"),
    ("jingxian-publicforest-2018", 3,
     "效益指标｜30｜30", "效益指标｜30｜29",
     "score_sum_mismatch", "效益指标｜30｜29\n满意度指标｜10｜10\n合计｜100｜97.83",
     "row scores 9.83 + 48 + 29 + 10 = 96.83, total left at 97.83"),
    ("jingxian-publicforest-2018", 4,
     "截至2018年12月31日，全年执行", "截至2017年12月31日，全年执行",
     "year_mismatch", "截至2017年12月31日",
     "the 2018 execution figure is dated the end of 2017 (last year's sentence left in); evaluation year is 2018"),

    # ---- 互助县 草原补奖 2019 (Qinghai, three batches) ----
    ("huzhu-grassland-2019", 1,
     "预算执行率99.12%", "预算执行率99.21%",
     "rate_mismatch", "99.21%",
     "756.07 / 762.75 = 99.12%, digits transposed to 99.21%"),
    ("huzhu-grassland-2019", 2,
     "平均251.6公斤", "平均256.1公斤",
     "average_mismatch", "平均256.1公斤",
     "(238.4 + 262.1 + 247.9 + 258.0) / 4 = 251.6, stated 256.1"),
    ("huzhu-grassland-2019", 3,
     "评价等级为优秀", "评价等级为良好",
     "grade_mismatch", "评价等级为良好",
     "96.63 is in the 优 band (>= 90); last year's grade left in"),
    ("huzhu-grassland-2019", 4,
     "完成率98.79%", "完成率101.22%",
     "completion_mismatch", "完成率101.22%",
     "gte target 58%, actual 57.3%: completion 57.3 / 58 = 98.79%; 101.22% is target / actual (inverted)"),

    # ---- 望奎县 秸秆综合利用 2020 (Heilongjiang, four sources, two provincial batches) ----
    ("wangkui-straw-2020", 1,
     "兑付补助468.00万元，结余32.00万元", "兑付补助468.00万元，结余23.00万元",
     "balance_mismatch", "结余23.00万元",
     "离田 subsidy: 500.00 - 468.00 = 32.00, stated 23.00"),
    ("wangkui-straw-2020", 2,
     "全年支出78.6万元，执行率98.25%", "全年支出81.6万元，执行率102%",
     "implausible_rate", "81.6万元，执行率102%",
     "county funds: 81.6 spent of an 80.00 budget, execution rate 102% (> 100%)"),
    ("wangkui-straw-2020", 3,
     "其中秸秆还田面积15分、离田利用量10分", "其中秸秆还田面积15分、离田利用量15分",
     "weight_sum_mismatch", "数量指标分值25分，其中秸秆还田面积15分、离田利用量15分",
     "sub-weights 15 + 15 = 30 but the 数量指标 weight is 25 (table and text)"),
    ("wangkui-straw-2020", 4,
     "全县完成秸秆还田53.46万亩、离田", "全县完成秸秆还田53.64万亩、离田",
     "conflicting_values", "53.64万亩",
     "2020 straw-return area is 53.46万亩 everywhere else (31.86 + 21.60, the three-year list); retyped 53.64"),

    # ---- 屯昌县枫木镇 四个镇级项目 2021 (Hainan, township) ----
    ("fengmu-townprojects-2021", 1,
     "镇级自筹14.40万元", "镇级自筹12.40万元",
     "sum_mismatch", "86.40万元，其中县级财政补助72.00万元、镇级自筹12.40万元",
     "72.00 + 12.40 = 84.40, stated 86.40"),
    ("fengmu-townprojects-2021", 2,
     "时效指标｜5｜3\n成本指标｜10｜10", "时效指标｜5｜10\n成本指标｜10｜3",
     "score_exceeds_weight", "时效指标｜5｜10",
     "scores of two adjacent rows swapped: 时效指标 scored 10 against a weight of 5 (total unchanged)"),
    ("fengmu-townprojects-2021", 3,
     "按每人每月1200元发放补贴33.12万元，执行率95.83%", "按每人每月1200元发放补贴33.12万元，执行率92.00%",
     "rate_mismatch", "执行率92.00%",
     "33.12 / 34.56 = 95.83%; 92.00% is 33.12 over last year's 36.00 (wrong base)"),
    ("fengmu-townprojects-2021", 4,
     "平均每个村42.20万元", "平均每个村42.02万元",
     "average_mismatch", "平均每个村42.02万元",
     "(48.60 + 36.20 + 41.80) / 3 = 42.20, stated 42.02"),

    # ---- 通山县大畈镇 四个镇级项目 2022 (Hubei, township) ----
    ("dafan-townprojects-2022", 1,
     "全镇年清运垃圾4380吨", "全镇年清运垃圾4830吨",
     "conflicting_values", "年清运垃圾4830吨",
     "annual refuse collected is 4380吨 in section 三 (日均12吨); restated as 4830吨"),
    ("dafan-townprojects-2022", 2,
     "于2022年4月12日下达", "于2021年4月12日下达",
     "year_mismatch", "2021年4月12日",
     "county batch of the 2022 project dated April 2021: not the evaluation year and not a December advance"),
    ("dafan-townprojects-2022", 3,
     "实际完成改造586户，完成率97.67%", "实际完成改造586户，完成率97.66%",
     "completion_mismatch", "完成率97.66%",
     "586 / 600 = 97.667% -> 97.67% (half-up); 97.66% is truncated, outside the 0.005 tolerance"),
    ("dafan-townprojects-2022", 4,
     "产出指标得48.77分", "产出指标得47.77分",
     "score_sum_mismatch", "产出指标得47.77分，效益指标得30分，满意度指标得10分，合计98.58分",
     "9.81 + 47.77 + 30 + 10 = 97.58, stated 98.58 (row edited without the total)"),

    # ---- 荣昌区昌元街道 三个项目 2023 (Chongqing, street office) ----
    ("changyuan-streetprojects-2023", 1,
     "实际完成12条、4.8公里", "实际完成85.71%、4.8公里",
     "unit_mismatch", "实际完成85.71%",
     "target 14条 (count), actual written as a percentage (the completion 12/14 pasted in)"),
    ("changyuan-streetprojects-2023", 2,
     "项目结转29.44万元至2024年", "项目结转19.44万元至2024年",
     "balance_mismatch", "结转19.44万元",
     "185.50 - 156.06 = 29.44, stated 19.44 (borrow slip)"),
    ("changyuan-streetprojects-2023", 3,
     "评价等级为良。", "评价等级为优。",
     "grade_mismatch", "评价等级为优",
     "86.39 is in the 良 band (80 <= s < 90)"),
    ("changyuan-streetprojects-2023", 4,
     "效益指标｜可持续影响指标｜10｜7", "效益指标｜可持续影响指标｜8｜7",
     "weight_sum_mismatch", "8｜7\n满意度指标｜服务对象满意度｜10｜9.56\n合计｜｜100",
     "weights 10 + 20 + 10 + 10 + 10 + 20 + 8 + 10 = 98, total row says 100"),

    # ---- 连南县 计生奖励扶助和特别扶助 2024 (Guangdong, batches) ----
    ("liannan-familyplanning-2024", 1,
     "均已到位，到位率100%", "均已到位，到位率80%",
     "rate_mismatch", "到位率80%",
     "central funds 248.25 received of 248.25 = 100%; 80% is the first batch only (198.60 / 248.25)"),
    ("liannan-familyplanning-2024", 2,
     "到位64.65万元，到位率100%", "到位66.45万元，到位率102.78%",
     "implausible_rate", "66.45万元，到位率102.78%",
     "county funds received 66.45 against a 64.65 budget: 到位率 102.78% (> 100%)"),
    ("liannan-familyplanning-2024", 3,
     "年均607.08万元", "年均670.08万元",
     "average_mismatch", "年均670.08万元",
     "(587.16 + 609.36 + 624.72) / 3 = 607.08, stated 670.08"),
    ("liannan-familyplanning-2024", 4,
     "满意度指标｜10｜10\n合计｜100｜97.98", "满意度指标｜10｜10.6\n合计｜100｜98.58",
     "score_exceeds_weight", "满意度指标｜10｜10.6",
     "satisfaction scored 10 x 95.4/90 = 10.6 without the cap: above its weight 10 (total raised to match)"),

    # ---- 巴宜区 高素质农牧民培育 2025 (Tibet, three batches) ----
    ("bayi-farmertraining-2025", 1,
     "实际296人，完成率98.67%", "实际296人，完成率96.87%",
     "completion_mismatch", "完成率96.87%",
     "296 / 300 = 98.67%, stated 96.87%"),
    ("bayi-farmertraining-2025", 2,
     "技能服务型180人。培训补助标准", "技能服务型160人。培训补助标准",
     "sum_mismatch", "600人，分别为经营管理型120人、专业生产型300人、技能服务型160人",
     "120 + 300 + 160 = 580, stated 600"),
    ("bayi-farmertraining-2025", 3,
     "全年培育高素质农牧民596人，总体", "全年培育高素质农牧民569人，总体",
     "conflicting_values", "全年培育高素质农牧民569人",
     "people trained is 596 elsewhere (120 + 296 + 180, completion 99.33%)"),
    ("bayi-farmertraining-2025", 4,
     "实际考核合格率98.66%", "实际考核合格率588人",
     "unit_mismatch", "实际考核合格率588人",
     "target is a rate (>= 95%), actual written as a head count"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for proj, n, old, new, code, value, expl in EDITS:
            if proj != pid:
                continue
            if clean.count(old) != 1:
                raise SystemExit(f"{pid}-e{n}: old text occurs {clean.count(old)} times: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
