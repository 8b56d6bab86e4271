#!/usr/bin/env python3
"""Build the n203 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement applied to one clean draft; `old` must occur
exactly once in that draft.  One edit = one error case = one injected inconsistency.
Run from anywhere:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "huarong-njbutie-2023",
    "dongfeng-animalcdc-2021",
    "luoyuan-fishrelease-2022",
    "mianzhu-seedbase-2024",
    "zhouzhi-coldstorage-2020",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---- 华容县 农机购置与应用补贴 2023 (MOF table, prose + 自评表) ----
    ("huarong-njbutie-2023", 1, "rate_mismatch",
     "其中当年财政拨款执行率96.47%", "其中当年财政拨款执行率96.74%",
     "执行率96.74%",
     "当年财政拨款 executed 1337.62 of 1386.50 (table; also 1437.62 - 100.00 of 1260.00 + 126.50) = 96.47%, stated 96.74%"),
    ("huarong-njbutie-2023", 2, "average_mismatch",
     "平均每台补贴3.88万元", "平均每台补贴3.68万元",
     "平均每台补贴3.68万元",
     "联合收割机 489.30万元 / 126台 = 3.88万元 per machine, stated 3.68"),
    ("huarong-njbutie-2023", 3, "sum_mismatch",
     "谷物烘干机58台，补贴170.42万元", "谷物烘干机58台，补贴107.42万元",
     "补贴107.42万元",
     "category amounts 352.64 + 489.30 + 186.74 + 138.52 + 107.42 + 100.00 = 1374.62, total paid 1437.62 (digits transposed: 170.42)"),
    ("huarong-njbutie-2023", 4, "grade_mismatch",
     "99.22｜自评等级：优", "99.22｜自评等级：良",
     "自评等级：良",
     "total 99.22 is in the 优 band (>= 90), table says 良"),
    ("huarong-njbutie-2023", 5, "score_exceeds_weight",
     "2146台（套）｜15｜15｜—\n产出指标｜数量指标｜受益农户（含合作社）数量｜≥1400户｜1532户｜10｜10｜",
     "2146台（套）｜15｜16｜—\n产出指标｜数量指标｜受益农户（含合作社）数量｜≥1400户｜1532户｜10｜9｜",
     "2146台（套）｜15｜16",
     "补贴机具数量 scored 16 against a weight of 15 (受益农户 row lowered to 9 so the total still reads 99.22)"),
    ("huarong-njbutie-2023", 6, "unit_mismatch",
     "植保无人机97架，补贴138.52万元", "植保无人机97架，补贴1385200万元",
     "1385200万元",
     "the 138.52万元 (1385200元) for 植保无人机 written with the unit 万元: off by 10^4; the category list adds up to 1437.62 only after rescaling"),

    # ---- 东丰县 动物疫病预防控制中心 部门整体 2021 (department table with 完成率) ----
    ("dongfeng-animalcdc-2021", 1, "balance_mismatch",
     "年末项目支出未执行17.58万元", "年末项目支出未执行15.78万元",
     "15.78万元",
     "项目支出 187.50 - 169.92 = 17.58 (also 548.74 - 531.16 = 17.58), stated 15.78"),
    ("dongfeng-animalcdc-2021", 2, "weight_sum_mismatch",
     "按时完成｜—｜5｜5", "按时完成｜—｜10｜5",
     "按时完成｜—｜10｜5",
     "时效 row weight typed 10 instead of 5: weights now total 105 while 合计 reads 100"),
    ("dongfeng-animalcdc-2021", 3, "year_mismatch",
     "已按规定结转至2022年使用", "已按规定结转至2021年使用",
     "结转至2021年",
     "unspent money of the 2021 budget cannot be carried over to 2021 itself (should be 2022)"),
    ("dongfeng-animalcdc-2021", 4, "completion_mismatch",
     "186.40万羽｜98.11%", "186.40万羽｜101.93%",
     "101.93%",
     "≥190万羽 target, 186.40万羽 actual: completion 98.11%; 101.93% is 190/186.40 (ratio inverted)"),
    ("dongfeng-animalcdc-2021", 5, "score_sum_mismatch",
     "96.80%｜9.68", "96.80%｜9.86",
     "96.80%｜9.86",
     "row scores now add to 99.67 (9.86 + 49.81 + 30 + 10) while 合计 and the conclusion say 99.49"),
    ("dongfeng-animalcdc-2021", 6, "implausible_rate",
     "98.6%｜109.56%", "102.3%｜113.67%",
     "102.3%",
     "应免畜禽免疫密度 102.3% is above 100% (completion 113.67% follows from it, the rate itself is impossible)"),

    # ---- 罗源县 渔业资源增殖放流 2022 (prose only, no table) ----
    ("luoyuan-fishrelease-2022", 1, "sum_mismatch",
     "县级配套资金6.00万元", "县级配套资金9.00万元",
     "县级配套资金9.00万元",
     "60.00 + 30.00 + 9.00 = 99.00, total budget stated 96.00"),
    ("luoyuan-fishrelease-2022", 2, "rate_mismatch",
     "执行率97.31%", "执行率97.13%",
     "执行率97.13%",
     "93.42 / 96.00 = 97.31%, stated 97.13%"),
    ("luoyuan-fishrelease-2022", 3, "average_mismatch",
     "平均每尾0.035元", "平均每尾0.35元",
     "平均每尾0.35元",
     "42.00万元 / 1200万尾 = 0.035元 per fry, stated 0.35元"),
    ("luoyuan-fishrelease-2022", 4, "conflicting_values",
     "渔民满意度96.0%", "渔民满意度94.0%",
     "渔民满意度94.0%",
     "the same survey's satisfaction is 96.0% in section 五 (满意度指标实际值96.0%)"),
    ("luoyuan-fishrelease-2022", 5, "score_sum_mismatch",
     "项目自评总得分98.13分", "项目自评总得分98.31分",
     "98.31分",
     "9.73 + 50 + 28.40 + 10 = 98.13, stated 98.31"),
    ("luoyuan-fishrelease-2022", 6, "year_mismatch",
     "罗源县2022年度渔业资源增殖放流项目总预算", "罗源县2021年度渔业资源增殖放流项目总预算",
     "2021年度渔业资源增殖放流项目总预算",
     "the budget sentence names 2021 while the report (title, funds, outputs) evaluates 2022"),

    # ---- 绵竹市 种业振兴 2024 (Sichuan-style table, 产出60/效益30, no satisfaction) ----
    ("mianzhu-seedbase-2024", 1, "implausible_rate",
     "实际到位40.00万元，到位率66.67%", "实际到位64.00万元，到位率106.67%",
     "到位率106.67%",
     "64.00 received of 60.00 planned: 到位率 106.67% is arithmetically right but above 100%"),
    ("mianzhu-seedbase-2024", 2, "grade_mismatch",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀",
     "89.33 is in the 良 band (80 <= s < 90), stated 优秀"),
    ("mianzhu-seedbase-2024", 3, "completion_mismatch",
     "完成目标的95.67%", "完成目标的96.57%",
     "完成目标的96.57%",
     "带动制种农户 2870 / 3000 = 95.67%, stated 96.57%"),
    ("mianzhu-seedbase-2024", 4, "weight_sum_mismatch",
     "4.62｜15｜13.86", "4.62｜20｜13.86",
     "4.62｜20｜13.86",
     "水稻制种面积 weight 20: 10 + 65 + 30 = 105 while 总分 reads 100 (产出 should total 60)"),
    ("mianzhu-seedbase-2024", 5, "sum_mismatch",
     "｜800.00｜742.46｜", "｜800.00｜724.46｜",
     "724.46",
     "全年执行数: 财政资金 724.46 + 其他资金 40.00 = 764.46, 年度资金总额 reads 782.46 (item spending also gives 742.46)"),
    ("mianzhu-seedbase-2024", 6, "conflicting_values",
     "万亩｜4.62｜", "万亩｜4.26｜",
     "万亩｜4.26",
     "the text gives the 2024 水稻制种面积 as 4.62万亩 (also the insured area 4.62万亩 × 16元 = 73.92万元)"),

    # ---- 周至县 农产品产地冷藏保鲜 2020 (table with 完成率 column) ----
    ("zhouzhi-coldstorage-2020", 1, "completion_mismatch",
     "96%｜106.67%", "96%｜96.00%",
     "96%｜96.00%",
     "≥90% target, 96% actual: completion 106.67%; the actual value was copied into the 完成率 cell"),
    ("zhouzhi-coldstorage-2020", 2, "unit_mismatch",
     "设施验收合格率｜100%｜100%", "设施验收合格率｜100%｜72个",
     "100%｜72个",
     "target is a percentage, actual a count of facilities: completion cannot be computed"),
    ("zhouzhi-coldstorage-2020", 3, "score_exceeds_weight",
     "1.2元/公斤｜150.00%｜10｜10｜当年鲜果价格走高，下年度据实调整目标\n效益指标｜社会效益指标｜带动农户数量｜≥2000户｜1860户｜93.00%｜10｜9.30",
     "1.2元/公斤｜150.00%｜10｜11｜当年鲜果价格走高，下年度据实调整目标\n效益指标｜社会效益指标｜带动农户数量｜≥2000户｜1860户｜93.00%｜10｜8.30",
     "150.00%｜10｜11",
     "错季销售平均增值 scored 11 against a weight of 10 (带动农户 row lowered to 8.30 so the total still reads 98.75)"),
    ("zhouzhi-coldstorage-2020", 4, "rate_mismatch",
     "1086.70｜10｜94.50%", "1086.70｜10｜95.40%",
     "95.40%",
     "1086.70 / 1150.00 = 94.50%, stated 95.40%"),
    ("zhouzhi-coldstorage-2020", 5, "balance_mismatch",
     "补助资金63.30万元未能", "补助资金36.30万元未能",
     "36.30万元",
     "1150.00 - 1086.70 = 63.30 carried over, stated 36.30"),
    ("zhouzhi-coldstorage-2020", 6, "year_mismatch",
     "2020年6月，省农业农村厅", "2021年6月，省农业农村厅",
     "2021年6月",
     "the 2020 funds are said to be issued in June 2021, after the evaluation year"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in SOURCES:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (_, n, code, old, new, value, expl) in by_source.get(src, []):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value {value!r} not in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
