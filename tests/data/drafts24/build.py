#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts in cases/.

Each error case = the clean draft with ONE injected inconsistency, written as a list of
(old, new) replacements: old must occur exactly once in the clean draft. One replacement
is the rule; two are used only for score-table edits on two adjacent rows.
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "shouyang-millet-2019",
    "luonan-minerestore-2021",
    "jinzhai-watersource-2023",
    "xingguo-veterans-2022",
    "linyou-foresttending-2018",
    "wanzai-flashflood-2025",
]

# (project, case suffix, code, [(old, new), ...], value, explanation)
EDITS = [
    # ---- A. 山西寿阳 有机旱作谷子示范基地 2019 (Shanxi funds table with 行次 formulas, 完成率 column)
    ("shouyang-millet-2019", "e1", "completion_mismatch",
     [("195元 100% 10 —", "195元 97.50% 10 —")],
     "195元 97.50%",
     "cost indicator ≤200元 met with 195元: completion is 100% (lte met); 97.50% is 195/200, the ratio taken as if it were a gte indicator"),
    ("shouyang-millet-2019", "e2", "rate_mismatch",
     [("(6)=(3)/(2) 98.51 98.44", "(6)=(3)/(2) 98.51 98.51")],
     "(6)=(3)/(2) 98.51 98.51",
     "到位率 财政资金小计 = 410.00/416.50 = 98.44%; the 年度总金额 value 98.51 was copied into the 小计 column"),
    ("shouyang-millet-2019", "e3", "sum_mismatch",
     [("(1) 380.00 360.00 0", "(1) 380.00 380.00 0")],
     "(1) 380.00 380.00 0 300.00 0 60.00 20.00 0",
     "row (1) 年初预算: 财政资金小计 380.00 ≠ 中央0 + 省300.00 + 市0 + 县60.00 = 360.00 (and 380.00 + 结转20.00 ≠ 总额380.00); the total was copied into 小计"),
    ("shouyang-millet-2019", "e4", "year_mismatch",
     [("附件1\n2019年度项目支出绩效自评表", "附件1\n2018年度项目支出绩效自评表")],
     "2018年度项目支出绩效自评表",
     "the 2019 report's attached table is titled 2018年度 (last year's template left in)"),
    ("shouyang-millet-2019", "e5", "score_exceeds_weight",
     [("1 428户 95.20% 9.52 部分", "1 428户 95.20% 5 部分"),
      ("5.80% 116.00% 5 —", "5.80% 116.00% 9.52 —")],
     "5 ≥5% 5.80% 116.00% 9.52",
     "scores of two adjacent rows pasted one row off: 化肥使用量减少比例 weight 5 now scored 9.52 (> 5); total 98.64 unchanged"),

    # ---- B. 陕西洛南 历史遗留废弃矿山生态修复 2021 (MOF reference outline, MOF table)
    ("luonan-minerestore-2021", "e1", "balance_mismatch",
     [("余68.88万元", "余58.88万元")],
     "58.88万元",
     "省级资金 180.00 − 执行111.12 = 68.88万元, stated 58.88 (subtraction slip)"),
    ("luonan-minerestore-2021", "e2", "unit_mismatch",
     [("土壤及水质检测52 200元", "土壤及水质检测52 200万元")],
     "52 200万元",
     "a 元 amount labelled 万元: 43 800元 + 52 200元 + 30 000元 = 126 000元 = 12.60万元 holds only with 52 200元 (off by 10^4)"),
    ("luonan-minerestore-2021", "e3", "conflicting_values",
     [("治理区98.6亩", "治理区89.6亩")],
     "89.6亩",
     "景村镇废弃金矿渣堆 area is 98.6亩 in the overview (126.4 + 98.6 + 85.0 = 310.0) but 89.6亩 in the quality paragraph"),
    ("luonan-minerestore-2021", "e4", "weight_sum_mismatch",
     [("治理区管护期 ≥3年 3年 10 10", "治理区管护期 ≥3年 3年 15 10")],
     "15 10 —\n满意度指标 服务对象满意度 周边群众满意度 ≥90% 95.21% 10 10 —\n总分 100",
     "weight of 治理区管护期 raised to 15 without lowering another row: 10 + 50 + 35 + 10 = 105 against 总分 100"),

    # ---- C. 安徽金寨 饮用水水源地保护及水质监测 2023 (minimum outline, footnotes)
    ("jinzhai-watersource-2023", "e1", "average_mismatch",
     [("年均值2.05mg/L", "年均值2.15mg/L")],
     "年均值2.15mg/L",
     "(1.8 + 2.1 + 2.4 + 1.9) / 4 = 2.05 mg/L, stated 2.15"),
    ("jinzhai-watersource-2023", "e2", "implausible_rate",
     [("上年结转资金 0.00 0.00 0.00 — — —", "上年结转资金 0.00 0.00 0.00 — 100% —")],
     "上年结转资金 0.00 0.00 0.00 — 100%",
     "execution rate 100% printed on a zero 上年结转 budget (template default)"),
    ("jinzhai-watersource-2023", "e3", "grade_mismatch",
     [("评价等级为“优秀”", "评价等级为“良好”")],
     "评价等级为“良好”",
     "score 95.10 is in the 优 band (≥90); 良好 left from last year's wording"),
    ("jinzhai-watersource-2023", "e4", "score_sum_mismatch",
     [("62.50% 10 6.25 涉及", "62.50% 10 6.52 涉及")],
     "6.52 涉及搬迁补偿，\n标 完成率 2024年6月底前完成\n满意度指标 服务对象满意 受益群众满意度 ≥90% 94.60% 10 10\n度指标\n合计 100 95.10",
     "row score retyped 6.52 (was 6.25) without the total: 9.34 + 49.51 + 10 + 10 + 6.52 + 10 = 95.37, stated 95.10"),

    # ---- D. 江西兴国 退役军人事务局 部门整体支出 2022 (department summary with project table)
    ("xingguo-veterans-2022", "e1", "average_mismatch",
     [("平均自评得分93.10分", "平均自评得分93.01分")],
     "平均自评得分93.01分",
     "(98.50 + 94.20 + 91.60 + 88.40 + 92.80) / 5 = 93.10, stated 93.01"),
    ("xingguo-veterans-2022", "e2", "sum_mismatch",
     [("公用经费53.67万元", "公用经费53.76万元")],
     "409.87万元，执行率99.40%，包括人员经费356.20万元、公用经费53.76万元",
     "356.20 + 53.76 = 409.96 ≠ 基本支出 409.87 (digits of 53.67 transposed)"),
    ("xingguo-veterans-2022", "e3", "rate_mismatch",
     [("298.56 95.69%", "298.56 99.52%")],
     "298.56 99.52%",
     "优抚对象医疗保障 298.56/312.00 = 95.69%; 99.52% is the rate on the 年初预算 300.00 (wrong base)"),
    ("xingguo-veterans-2022", "e4", "year_mismatch",
     [("；2022年8\n月，根据", "；2021年8\n月，根据")],
     "2021年8\n月，根据赣财社指〔2022〕45号",
     "the 2022 提标 funds (document 赣财社指〔2022〕45号, dated 2022年8月15日 in the 附件 list) are said to be issued in 2021年8月, before the evaluation year and not as a December advance"),
    ("xingguo-veterans-2022", "e5", "conflicting_values",
     [("1 784人 10 10", "1 748人 10 10")],
     "1 748人",
     "定期抚恤 recipients: 1 784人 in the text (186 + 23 + 41 + 64 + 118 + 1 352), 1 748人 in 附件1"),

    # ---- E. 陕西麟游 中央财政森林抚育补助 2018 (Hunan-like outline, completion column, bare page numbers)
    ("linyou-foresttending-2018", "e1", "unit_mismatch",
     [("≥3.0万亩 3.0万亩 100.00%", "≥3.0万亩 100% 100.00%")],
     "≥3.0万亩 100%",
     "target in 万亩, actual written as a percentage (100%): completion cannot be computed"),
    ("linyou-foresttending-2018", "e2", "completion_mismatch",
     [("0.65 108.33%", "0.65 92.31%")],
     "0.65 92.31%",
     "郁闭度 ≥0.6, actual 0.65: completion 0.65/0.6 = 108.33%; 92.31% is the inverted ratio 0.6/0.65"),
    ("linyou-foresttending-2018", "e3", "score_sum_mismatch",
     [("— 10 6.00", "— 10 8.00")],
     "8.00\n指标 底前 （12月15日完成）\n成本 亩均补助标准 =100元 100元 100.00% 10 10\n指标\n效益 生态 抚育后林分郁闭度 ≥0.6 0.65 108.33% 10 10\n指标 效益\n经济 林农务工收入 ≥150万元 128.60万元 85.73% 10 8.57\n效益\n社会 带动建档立卡贫困 ≥300人 210人 70.00% 10 7.00\n效益 户务工人数\n满意度 满意度 林农满意度 ≥90% 84.00% 93.33% 10 9.33\n合计 100 89.73",
     "时效 row raised from 6.00 to 8.00 without the total: rows now sum to 91.73, 合计 says 89.73"),
    ("linyou-foresttending-2018", "e4", "grade_mismatch",
     [("评价等级为“良好”", "评价等级为“优秀”")],
     "评价等级为“优秀”",
     "score 89.73 is in the 良 band (80 ≤ s < 90), stated 优秀 (rounded up in the writer's head)"),

    # ---- F. 江西万载 山洪灾害防治非工程措施运行维护 2025 (指标性质/度量单位 columns, level subtotals)
    ("wanzai-flashflood-2025", "e1", "implausible_rate",
     [("执行\n60.00万元，执行率100%", "执行\n61.20万元，执行率102.00%")],
     "61.20万元，执行率102.00%",
     "省级资金 budget 60.00万元, stated spending 61.20万元 and rate 102.00% (arithmetic right, spending above the budget)"),
    ("wanzai-flashflood-2025", "e2", "weight_sum_mismatch",
     [("97.6 10 10", "97.6 15 10")],
     "产出指标（50分）\n数量指标 监测站点运维数量 ≥ 122 个 122 10 10\n预警设施巡检覆盖率 ≥ 100 % 100 10 10\n质量指标 站点数据平均到报率 ≥ 95 % 97.6 15 10\n时效指标 故障站点修复时限 ≤ 48 小时 36 10 10\n成本指标 单站年均运维成本 ≤ 6000 元 5567 10 10\n效益指标（30分）\n社会效益 预警信息发送成功率 ≥ 98 % 99.20 10 10\n山洪灾害人员伤亡 = 0 人 0 10 10\n可持续影响 群测群防责任人培训 ≥ 90 % 85.00 10 9.44\n覆盖率\n满意度指标（10分）\n服务对象满意度 危险区群众满意度 ≥ 90 % 95.38 10 10\n总分 100",
     "质量 row weight 15: 产出 rows 10 + 10 + 15 + 10 + 10 = 55 against 产出指标（50分）, all weights 105 against 总分 100"),
    ("wanzai-flashflood-2025", "e3", "score_exceeds_weight",
     [("99.20 10 10", "99.20 15 10"),
      ("= 0 人 0 10 10", "= 0 人 0 5 10")],
     "= 0 人 0 5 10",
     "weights of two adjacent rows rebalanced (15/5) without the scores: 山洪灾害人员伤亡 weight 5 scored 10; weights and total still 100 / 98.96"),
    ("wanzai-flashflood-2025", "e4", "balance_mismatch",
     [("结余8.64万元", "结余16.64万元")],
     "结余16.64万元",
     "到位 180.00 − 执行 171.36 = 8.64万元; 16.64 is the 年初预算 188.00 − 171.36 (wrong base)"),
]


def apply(clean, edits):
    text = clean
    for old, new in edits:
        n = clean.count(old)
        if n != 1:
            raise SystemExit(f"edit anchor occurs {n} times in the clean draft: {old!r}")
        text = text.replace(old, new, 1)
    return text


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        for proj, suffix, code, edits, value, why in EDITS:
            if proj != pid:
                continue
            name = f"{pid}-{suffix}.txt"
            text = apply(clean, edits)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": why}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an error)")


if __name__ == "__main__":
    main()
