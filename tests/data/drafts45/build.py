#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n45 from the clean drafts.

Each edit is (case suffix, code, old, new, value, explanation):
  old   an exact substring of the clean draft, occurring exactly once;
  new   its replacement (one contiguous edit; score-row edits may touch two adjacent rows);
  value the exact substring of the error case that carries the wrong figure (labels.jsonl "value").
Pure Python 3, no third-party modules.  Usage: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "kaizhou-houfu-2020",
    "sandu-minzu-2022",
    "yunyang-yimin-2024",
    "yongshan-xiangmu-2023",
    "baojing-minfa-2018",
]

EDITS = {
    # 重庆市开州区移民事务中心, 2020, 后扶资金 (直补 + 项目扶持)
    "kaizhou-houfu-2020": [
        ("e1", "rate_mismatch",
         "支出率85.60%", "支出率74.56%",
         "支出率74.56%",
         "current-year project money 1078.50 over current-year project budget 1260.00 = 85.60%; "
         "74.56% is 1078.50 divided by the budget including last year's carry-over (1446.40), a wrong base"),
        ("e2", "balance_mismatch",
         "年末结转资金181.50万元", "年末结转资金186.40万元",
         "年末结转资金186.40万元",
         "全年预算 4230.76 - 全年执行 4049.26 = 181.50; 186.40 is last year's carry-over left in"),
        ("e3", "sum_mismatch",
         "丰乐街道｜7134｜2489｜428.04", "丰乐街道｜7134｜2489｜482.04",
         "丰乐街道｜7134｜2489｜482.04\n赵家街道｜5318｜1862｜319.08\n渠口镇｜4896｜1701｜293.76\n"
         "大德镇｜3473｜1228｜208.38\n合计｜46406｜16230｜2784.36",
         "town amounts now add to 2838.36, stated 合计 2784.36 (丰乐街道 428.04 retyped as 482.04; 7134 x 600 = 428.04)"),
        ("e4", "unit_mismatch",
         "第一批13921800元于", "第一批13921800万元于",
         "13921800万元",
         "the first batch is 13921800元 = 1392.18万元 (46406 x 300元; two batches = 2784.36万元); written with 万元, off by 10^4"),
        ("e5", "average_mismatch",
         "平均每个项目投入126.00万元", "平均每个项目投入140.00万元",
         "平均每个项目投入140.00万元",
         "1260.00万元 over ten projects = 126.00; 140.00 divides by nine"),
        ("e6", "year_mismatch",
         "截至2020年12月31日，后扶资金", "截至2019年12月31日，后扶资金",
         "截至2019年12月31日",
         "the year's execution of the 2020 budget is dated 2019-12-31 (last year's template date left in)"),
    ],
    # 三都水族自治县民族宗教事务局, 2022, 少数民族发展任务资金
    "sandu-minzu-2022": [
        ("e1", "score_sum_mismatch",
         "99.48%｜9.95", "99.48%｜9.59",
         "9.59\n效益指标｜社会效益指标｜民族团结宣传活动场次｜5｜≥12场｜13场｜108.33%｜5\n"
         "效益指标｜可持续影响指标｜项目设施正常运行率｜5｜≥90%｜100%｜111.11%｜5\n"
         "效益指标｜小计｜｜30｜｜｜｜29.95\n"
         "满意度指标｜服务对象满意度指标｜少数民族群众满意度｜10｜≥90%｜95.20%｜105.78%｜10\n"
         "合计｜｜｜100｜｜｜｜97.06",
         "row score 9.95 retyped 9.59: 效益 rows add to 29.59 (小计 says 29.95) and all rows to 96.70 (合计 says 97.06)"),
        ("e2", "score_exceeds_weight",
         "105.26%｜8\n产出指标｜时效指标｜项目完工及时率｜6｜≥90%｜88.89%｜98.77%｜5.93",
         "105.26%｜5.93\n产出指标｜时效指标｜项目完工及时率｜6｜≥90%｜88.89%｜98.77%｜8",
         "项目完工及时率｜6｜≥90%｜88.89%｜98.77%｜8",
         "scores of two adjacent rows swapped: 时效 row scored 8 with weight 6 (totals unchanged)"),
        ("e3", "weight_sum_mismatch",
         "民族团结宣传活动场次｜5｜", "民族团结宣传活动场次｜6｜",
         "民族团结宣传活动场次｜6｜≥12场｜13场｜108.33%｜5\n"
         "效益指标｜可持续影响指标｜项目设施正常运行率｜5｜≥90%｜100%｜111.11%｜5\n"
         "效益指标｜小计｜｜30｜｜｜｜29.95\n"
         "满意度指标｜服务对象满意度指标｜少数民族群众满意度｜10｜≥90%｜95.20%｜105.78%｜10\n"
         "合计｜｜｜100",
         "weight 5 raised to 6 without rebalancing: 效益 weights add to 31 (小计 30), all weights to 101"),
        ("e4", "completion_mismatch",
         "88.89%｜98.77%｜5.93", "88.89%｜88.89%｜5.93",
         "88.89%｜88.89%",
         "gte target 90%, actual 88.89%: completion 88.89/90 = 98.77%; the actual was copied into the 完成率 cell"),
        ("e5", "conflicting_values",
         "金额为一百六十五万元", "金额为一百五十六万元",
         "一百五十六万元",
         "省级资金 is 165.00万元 in the opening breakdown (385 + 165 + 50 = 600); the 文号 paragraph says 156万元"),
        ("e6", "grade_mismatch",
         "评价等级为“优”", "评价等级为“良”",
         "评价等级为“良”",
         "total 97.06 is in the 优 band (>= 90); 良 is last year's grade (88.50) carried over"),
    ],
    # 十堰市郧阳区移民服务中心, 2024, 部门整体支出
    "yunyang-yimin-2024": [
        ("e1", "rate_mismatch",
         "执行1935.68万元，执行率90.03%", "执行1935.68万元，执行率88.09%",
         "执行率88.09%",
         "1935.68 / 2150.00 = 90.03%; 88.09% is the current-year spending 1585.68 over 1800.00, quoted for the whole fund"),
        ("e2", "implausible_rate",
         "满意的473份，满意度97.33%", "满意的473份，满意度102.75%",
         "满意度102.75%",
         "satisfaction above 100%: 473 satisfied of 486 valid = 97.33%; 102.75% is 486/473"),
        ("e3", "sum_mismatch",
         "政府性基金预算拨款6156.50万元", "政府性基金预算拨款6165.50万元",
         "全年预算7183.96万元，其中一般公共预算拨款677.46万元、政府性基金预算拨款6165.50万元",
         "677.46 + 6165.50 + 350.00 = 7192.96, stated 7183.96 (6156.50 retyped)"),
        ("e4", "grade_mismatch",
         "评价等级为良。", "评价等级为优。",
         "评价等级为优",
         "total 89.73 is in the 良 band (80 <= s < 90); rounded up to 90 in the writer's head"),
        ("e5", "average_mismatch",
         "平均得分95.02分", "平均得分93.78分",
         "平均得分93.78分",
         "(98.50 + 91.20 + 89.40 + 96.00 + 100) / 5 = 95.02; 93.78 is the mean of the first four only"),
        ("e6", "conflicting_values",
         "全区核定后期扶持人口61275人", "全区核定后期扶持人口61725人",
         "核定后期扶持人口61725人",
         "核定后扶人口 is 61275人 in 产出 and in the table (61275 x 600元 = 3676.50万元); the opening says 61725"),
    ],
    # 永善县移民开发局, 2023, 后扶项目扶持资金
    "yongshan-xiangmu-2023": [
        ("e1", "weight_sum_mismatch",
         "产出指标50分", "产出指标55分",
         "满分100分，其中预算执行10分、产出指标55分",
         "10 + 55 + 30 + 10 = 105, not 100; the 产出 rows of the table weigh 50"),
        ("e2", "score_exceeds_weight",
         "88.38%｜10｜8.84\n效益指标｜可持续影响指标｜项目设施正常运行率｜≥95%｜100%｜105.26%｜5｜5",
         "88.38%｜10｜5\n效益指标｜可持续影响指标｜项目设施正常运行率｜≥95%｜100%｜105.26%｜5｜8.84",
         "项目设施正常运行率｜≥95%｜100%｜105.26%｜5｜8.84",
         "scores of two adjacent rows swapped: weight-5 row scored 8.84 (total unchanged)"),
        ("e3", "completion_mismatch",
         "≤4000元｜3199.63元｜100%", "≤4000元｜3199.63元｜79.99%",
         "≤4000元｜3199.63元｜79.99%",
         "lte target met (3199.63 <= 4000): completion 100%; 79.99% is actual/target"),
        ("e4", "unit_mismatch",
         "33079人，户均投入3199.63元", "33079人，户均投入3199.63万元",
         "3199.63万元",
         "2760.00万元 / 8626户 = 3199.63元; written as 万元, off by 10^4"),
        ("e5", "balance_mismatch",
         "结余221.80万元", "结余231.80万元",
         "结余231.80万元",
         "到位 2760.00 - 支出 2538.20 = 221.80 (= 96.80 + 125.00 unpaid), stated 231.80"),
        ("e6", "year_mismatch",
         "2023年7月，省财政厅", "2024年7月，省财政厅",
         "2024年7月",
         "the second batch (云财农〔2023〕87号) of the 2023 budget is said to be issued in July 2024, after the evaluation year"),
    ],
    # 保靖县民族宗教事务局, 2018, 少数民族发展资金
    "baojing-minfa-2018": [
        ("e1", "score_sum_mismatch",
         "基本规范｜5", "基本规范｜6",
         "基本规范｜6\n产出｜数量指标｜特色村寨建设个数｜8｜2个｜2个｜8\n"
         "产出｜数量指标｜特色民居改造户数｜8｜45户｜45户｜8\n"
         "产出｜数量指标｜黄金茶茶园提质面积｜8｜500亩｜520亩｜8\n"
         "产出｜数量指标｜村组道路硬化里程｜8｜2.8公里｜2.1公里｜6\n"
         "产出｜质量指标｜项目验收合格率｜8｜100%｜100%｜8\n"
         "效益｜经济效益｜参与茶农户均增收｜10｜≥2000元｜2150元｜10\n"
         "效益｜社会效益｜受益群众人数｜10｜≥5000人｜5213人｜10\n"
         "效益｜满意度｜群众满意度｜10｜≥90%｜92.80%｜10\n"
         "合计｜｜｜100｜｜｜96.78\n"
         "经自评，本项目投入指标得分10分，过程指标得分18.78分，产出指标得分38分，效益指标得分30分，总分96.78分",
         "row raised from 5 to 6 without the totals: rows add to 97.78 against 合计 96.78; 过程 rows add to 19.78 against the "
         "text's 18.78"),
        ("e2", "implausible_rate",
         "全部到位，到位率100%", "全部到位，到位率105.74%",
         "到位率105.74%",
         "到位率 above 100%: 645.00 of 645.00 arrived = 100%; 105.74% divides by the current-year 610.00"),
        ("e3", "sum_mismatch",
         "州级配套资金六十万元", "州级配套资金八十万元",
         "州级配套资金八十万元，合计六百一十万元",
         "五百五十 + 八十 = 630万元, stated 合计 六百一十万元 (610.00)"),
        ("e4", "unit_mismatch",
         "2.8公里｜2.1公里｜6", "2.8公里｜75%｜6",
         "2.8公里｜75%",
         "target in 公里, actual written as a percentage (the completion rate), so the row cannot be computed"),
        ("e5", "rate_mismatch",
         "支付率75%", "支付率57%",
         "支付率57%",
         "52.50 / 70.00 = 75%; stated 57% (digits swapped)"),
        ("e6", "conflicting_values",
         "五千二百一十三人", "五千二百三十一人",
         "五千二百三十一人",
         "受益人数 is 5213 in the list 合计 and the score table; the text says 五千二百三十一 (5231)"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for suffix, code, old, new, value, why in EDITS[pid]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid}-{suffix}: edit anchor occurs {n} times in the clean draft: {old!r}")
            case = clean.replace(old, new)
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": why}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")


if __name__ == "__main__":
    main()
