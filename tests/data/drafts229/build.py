#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts229 from the clean drafts.

Each edit is an exact old -> new replacement that must match the clean draft exactly once.
Run from anywhere:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "dangyang-xiaofangzhuangbei-2022",
    "renqiu-zhuanzhidui-2020",
    "zhangpu-xiaofangzhan-2024",
    "kuitun-yinhuanpaicha-2019",
    "tongliang-yingjiju-2023",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 当阳市 消防装备购置 2022 (Hubei) ----
    ("dangyang-xiaofangzhuangbei-2022", 1, "rate_mismatch", "prose",
     "全年执行301.68万元，预算执行率95.32%",
     "全年执行301.68万元，预算执行率93.52%",
     "预算执行率93.52%",
     "301.68 / 316.50 = 95.32% (the 自评表 also says 95.32%); the text states 93.52%"),
    ("dangyang-xiaofangzhuangbei-2022", 2, "score_sum_mismatch", "prose",
     "产出指标得分48.59分",
     "产出指标得分49.59分",
     "产出指标得分49.59分、效益指标得分30分、满意度指标得分10分，合计98.12分",
     "产出 rows score 10 + 10 + 3.75 + 10 + 4.84 + 10 = 48.59, not 49.59; and 9.53 + 49.59 + 30 + 10 = 99.12, not the stated 98.12"),
    ("dangyang-xiaofangzhuangbei-2022", 3, "score_exceeds_weight", "table",
     "｜5｜3.75｜1艘流标，纳入2023年采购计划\n产出指标｜质量指标｜装备验收合格率｜100%｜100%｜10｜10｜",
     "｜5｜10｜1艘流标，纳入2023年采购计划\n产出指标｜质量指标｜装备验收合格率｜100%｜100%｜10｜3.75｜",
     "冲锋舟购置数量｜4艘｜3艘｜5｜10",
     "scores of two adjacent rows typed into the wrong rows: 冲锋舟 row scores 10 against a weight of 5 (the total still reads 98.12)"),
    ("dangyang-xiaofangzhuangbei-2022", 4, "unit_mismatch", "table",
     "｜≤316.50万元｜301.68万元｜",
     "｜≤316.50万元｜95.32%｜",
     "≤316.50万元｜95.32%",
     "cost indicator: target in 万元, actual given as a percentage (the execution rate)"),
    ("dangyang-xiaofangzhuangbei-2022", 5, "year_mismatch", "prose",
     "截至2022年12月31日",
     "截至2021年12月31日",
     "截至2021年12月31日",
     "the 2022 report states its execution figure as of 31 Dec 2021 (last year's template)"),
    ("dangyang-xiaofangzhuangbei-2022", 6, "average_mismatch", "prose",
     "平均每艘11.80万元",
     "平均每艘11.08万元",
     "平均每艘11.08万元",
     "(11.20 + 11.80 + 12.40) / 3 = 11.80, stated 11.08"),

    # ---- 任丘市 专职消防队运行经费 2020 (Hebei) ----
    ("renqiu-zhuanzhidui-2020", 1, "balance_mismatch", "prose",
     "年末结余11.65万元",
     "年末结余12.65万元",
     "年末结余12.65万元",
     "全年预算 498.00 (all received) - 执行 486.35 = 11.65, stated 12.65"),
    ("renqiu-zhuanzhidui-2020", 2, "sum_mismatch", "table",
     "其中：当年财政拨款｜486.00｜486.00｜474.35",
     "其中：当年财政拨款｜486.00｜486.00｜474.53",
     "其中：当年财政拨款｜486.00｜486.00｜474.53",
     "执行数 column: 当年财政拨款 474.53 + 上年结转 12.00 + 其他 0.00 = 486.53, total row says 486.35"),
    ("renqiu-zhuanzhidui-2020", 3, "weight_sum_mismatch", "table",
     "｜≥72台次｜72台次｜100.00%｜5｜5｜",
     "｜≥72台次｜72台次｜100.00%｜6｜5｜",
     "72台次｜100.00%｜6｜5",
     "分值 column now totals 101 (执勤车辆定期保养 weight 6 instead of 5; 产出 51) while the 合计 row says 100"),
    ("renqiu-zhuanzhidui-2020", 4, "grade_mismatch", "prose",
     "评定等级为“优”",
     "评定等级为“良”",
     "评定等级为“良”",
     "total 98.77 is in the 优 band (>= 90)"),
    ("renqiu-zhuanzhidui-2020", 5, "completion_mismatch", "table",
     "｜≥60场｜54场｜90.00%｜",
     "｜≥60场｜54场｜111.11%｜",
     "54场｜111.11%",
     "54 / 60 = 90.00% (the text says 90.00%); 111.11% is 60/54, inverted"),
    ("renqiu-zhuanzhidui-2020", 6, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate of 100% on a zero budget (0.00 of 0.00): the rate is undefined"),

    # ---- 漳浦县 旧镇镇专职消防站建设 2024 (Fujian) ----
    ("zhangpu-xiaofangzhan-2024", 1, "rate_mismatch", "table",
     "｜230.00｜230.00｜211.20｜100.00%｜91.83%",
     "｜230.00｜230.00｜211.20｜100.00%｜91.38%",
     "211.20｜100.00%｜91.38%",
     "县级配套资金 211.20 / 230.00 = 91.83%, stated 91.38%"),
    ("zhangpu-xiaofangzhan-2024", 2, "balance_mismatch", "prose",
     "项目年末结余18.80万元",
     "项目年末结余18.08万元",
     "结余18.08万元",
     "到位 380.00 - 支出 361.20 = 18.80, stated 18.08"),
    ("zhangpu-xiaofangzhan-2024", 3, "conflicting_values", "prose",
     "施工合同价324.00万元",
     "施工合同价342.00万元",
     "施工合同价342.00万元",
     "the same contract price is 324.00万元 in 产出完成情况 (316.00 saves 8.00 against it) and in the cost indicator ≤324.00万元"),
    ("zhangpu-xiaofangzhan-2024", 4, "completion_mismatch", "prose",
     "年度指标为15人，完成率80%",
     "年度指标为15人，完成率75%",
     "年度指标为15人，完成率75%",
     "12 / 15 = 80%, stated 75%"),
    ("zhangpu-xiaofangzhan-2024", 5, "year_mismatch", "prose",
     "对2024年度旧镇镇专职消防站建设项目开展了绩效自评",
     "对2023年度旧镇镇专职消防站建设项目开展了绩效自评",
     "对2023年度旧镇镇专职消防站建设项目",
     "the opening evaluates 2023 while title, funds and 自评表 are 2024"),
    ("zhangpu-xiaofangzhan-2024", 6, "grade_mismatch", "table",
     "｜100｜97.51｜自评等级：优",
     "｜100｜97.51｜自评等级：良",
     "97.51｜自评等级：良",
     "total 97.51 is in the 优 band (>= 90); the text says 优"),

    # ---- 奎屯市 火灾隐患排查整治 2019 (Xinjiang, prose only) ----
    ("kuitun-yinhuanpaicha-2019", 1, "sum_mismatch", "prose",
     "消防宣传及培训12.60万元",
     "消防宣传及培训12.06万元",
     "全年实际支出57.84万元，预算执行率96.40%，年末结余2.16万元已上缴市财政。按用途分，第三方电气火灾隐患检测服务费32.40万元、消防宣传及培训12.06万元、整改督导及执法文书印制8.34万元、车辆燃油及差旅4.50万元",
     "32.40 + 12.06 + 8.34 + 4.50 = 57.30, the stated spending is 57.84"),
    ("kuitun-yinhuanpaicha-2019", 2, "score_sum_mismatch", "prose",
     "综合得分98.57分",
     "综合得分98.75分",
     "预算执行率得分9.64分，产出指标得分48.93分，效益指标得分30分，满意度指标得分10分，综合得分98.75分",
     "9.64 + 48.93 + 30 + 10 = 98.57, stated 98.75"),
    ("kuitun-yinhuanpaicha-2019", 3, "average_mismatch", "prose",
     "平均每轮459家",
     "平均每轮495家",
     "平均每轮495家",
     "(412 + 468 + 497 + 459) / 4 = 459, stated 495"),
    ("kuitun-yinhuanpaicha-2019", 4, "conflicting_values", "prose",
     "全年使用专项经费57.84万元",
     "全年使用专项经费58.74万元",
     "全年使用专项经费58.74万元",
     "spending is 57.84万元 in 资金支出 (rate 96.40% of 60.00); the conclusion says 58.74万元"),
    ("kuitun-yinhuanpaicha-2019", 5, "implausible_rate", "prose",
     "隐患复查及时率98%，高于95%",
     "隐患复查及时率103.16%，高于95%",
     "隐患复查及时率103.16%",
     "a 及时率 cannot exceed 100% (103.16% is the completion 98/95 written as the actual)"),
    ("kuitun-yinhuanpaicha-2019", 6, "weight_sum_mismatch", "prose",
     "按照预算执行率10分、产出指标50分",
     "按照预算执行率10分、产出指标60分",
     "按照预算执行率10分、产出指标60分、效益指标30分、满意度指标10分设置权重",
     "10 + 60 + 30 + 10 = 110; the 产出 indicators weigh 15 + 10 + 15 + 10 = 50"),

    # ---- 铜梁区应急管理局 部门整体 2023 (Chongqing) ----
    ("tongliang-yingjiju-2023", 1, "score_exceeds_weight", "table",
     "｜846人次｜105.75%｜5｜5｜\n产出指标｜质量指标｜重大事故隐患整改率｜100%｜96%｜96.00%｜10｜9.6｜",
     "｜846人次｜105.75%｜5｜9.6｜\n产出指标｜质量指标｜重大事故隐患整改率｜100%｜96%｜96.00%｜10｜5｜",
     "应急救援队伍培训｜≥800人次｜846人次｜105.75%｜5｜9.6",
     "scores of two adjacent rows swapped: 培训 row scores 9.6 against a weight of 5 (total still 89.22)"),
    ("tongliang-yingjiju-2023", 2, "grade_mismatch", "prose",
     "评价等级为“良”",
     "评价等级为“优”",
     "综合得分89.22分，评价等级为“优”",
     "89.22 is below 90: 良, not 优 (the 自评表 says 良)"),
    ("tongliang-yingjiju-2023", 3, "unit_mismatch", "table",
     "｜≥90%｜70%｜77.78%｜",
     "｜≥90%｜14个｜77.78%｜",
     "≥90%｜14个",
     "预案修订率: target a percentage, actual a count of plans"),
    ("tongliang-yingjiju-2023", 4, "completion_mismatch", "table",
     "｜≤5人｜7人｜71.43%｜",
     "｜≤5人｜7人｜140.00%｜",
     "7人｜140.00%",
     "reverse indicator ≤5 with actual 7: completion 5/7 = 71.43%; 140.00% is 7/5"),
    ("tongliang-yingjiju-2023", 5, "rate_mismatch", "table",
     "｜120.00｜112.56｜93.80%｜",
     "｜120.00｜112.56｜93.08%｜",
     "112.56｜93.08%",
     "安全生产执法检查经费 112.56 / 120.00 = 93.80%, stated 93.08%"),
    ("tongliang-yingjiju-2023", 6, "conflicting_values", "table",
     "组织综合演练10场",
     "组织综合演练12场",
     "组织综合演练12场",
     "the key-project table says 12 drills; the text (10场, 84.30 / 10 = 8.43 per drill) and the 自评表 (10场) say 10"),
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
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{src}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in the error case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
