#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts in cases/.
Each edit: (project, n, code, old, new, value, explanation). `old` must occur exactly once in the clean draft;
the case is the clean draft with that one occurrence replaced by `new`."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROJECTS = ["bj-backstreet-2023", "sh-citysigns-2022", "tj-evcharging-2020", "cq-hotline-2024", "gz-histblock-2019"]

EDITS = [
    # --- Beijing 2023, back-street renewal
    ("bj-backstreet-2023", 1, "rate_mismatch", "累计支出8,547.73万元，累计执行率61.67%", "累计支出8,547.73万元，累计执行率71.23%",
     "累计执行率71.23%", "Q3 cumulative 8,547.73 / 13,860.00 = 61.67%; 71.23% is on the 年初 base 12,000"),
    ("bj-backstreet-2023", 2, "sum_mismatch", "第三方检查评估960.00万元", "第三方检查评估690.00万元",
     "13,860.00万元，即1.386亿元，其中当年财政拨款13,200.00万元、上年结转资金660.00万元。全年预算按用途分为三部分：整治工程补助11,520.00万元、设计与技术服务1,380.00万元、第三方检查评估690.00万元",
     "11,520.00 + 1,380.00 + 690.00 = 13,590.00, stated total 13,860.00 (960 retyped as 690)"),
    ("bj-backstreet-2023", 3, "grade_mismatch", "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”", "total 99.44 is in the 优 band (≥90)"),
    ("bj-backstreet-2023", 4, "unit_mismatch", "设计与技术服务1,380.00万元", "设计与技术服务1,380.00亿元",
     "1,380.00亿元", "a 万元 component labelled 亿元: off by 10^4; 11,520 + 1,380 + 960 = 13,860 only in 万元"),
    ("bj-backstreet-2023", 5, "completion_mismatch", "完成年度计划的104.13%", "完成年度计划的96.03%",
     "完成年度计划的96.03%", "1,562 / 1,500 = 104.13%; 96.03% is the inverse ratio 1,500/1,562"),
    ("bj-backstreet-2023", 6, "year_mismatch", "已按规定结转至2024年使用", "已按规定结转至2023年使用",
     "结转至2023年", "unspent 2023 money carried over to 2023 itself"),
    # --- Shanghai 2022, city digital signs
    ("sh-citysigns-2022", 1, "balance_mismatch", "年末结余813.48万元", "年末结余831.48万元",
     "831.48万元", "到位 22,300.00 − 执行 21,486.52 = 813.48"),
    ("sh-citysigns-2022", 2, "score_sum_mismatch", "产出指标得49.89分", "产出指标得49.98分",
     "产出指标得49.98分，效益指标得30分，满意度指标得10分，自评总得分99.53分",
     "9.64 + 49.98 + 30 + 10 = 99.62, stated total 99.53"),
    ("sh-citysigns-2022", 3, "weight_sum_mismatch", "2022年12月20日 | 100% | 8 | 8 |", "2022年12月20日 | 100% | 10 | 8 |",
     "10 | 8 |\n| 产出指标 | 成本指标 | 单个设备接入成本 | 感知终端接入支出/新接入设备数 | ≤760元/个 | 729.67元/个 | 100% | 10 | 10 |\n| 效益指标 | 社会效益指标 | 事件平均处置时长缩短比例 | （上年时长−本年时长）/上年时长 | ≥10% | 10.00% | 100.00% | 15 | 15 |\n| 效益指标 | 可持续影响指标 | 跨部门协同事件按期办结率 | 按期办结事件数/协同事件总数 | ≥95% | 96.2% | 101.26% | 15 | 15 |\n| 满意度指标 | 服务对象满意度指标 | 基层用户满意度 | 问卷满意及比较满意占比 | ≥90% | 92.4% | 102.67% | 10 | 10 |\n| 合计 | | | | | | | 100",
     "时效 weight left at the template's 10: weights now 10+12+10+10+10+10+15+15+10 = 102, stated 100"),
    ("sh-citysigns-2022", 4, "implausible_rate", "平台软件开发支出7,356.40万元，执行率96.79%", "平台软件开发支出7,356.40万元，执行率103.31%",
     "执行率103.31%", "7,356.40 / 7,600.00 = 96.79%; 103.31% is the inverse ratio, an execution rate over 100% with spending below budget"),
    ("sh-citysigns-2022", 5, "average_mismatch", "平均每批接入4.3万个", "平均每批接入4.6万个",
     "平均每批接入4.6万个", "(4.2 + 5.6 + 3.1) / 3 = 4.3"),
    ("sh-citysigns-2022", 6, "conflicting_values", "城市体征指标达到1,286项", "城市体征指标达到1,268项",
     "1,268项", "text 1,268 vs 1,286 in the table (and 1,300 − 14 = 1,286)"),
    # --- Tianjin 2020, EV charging subsidy
    ("tj-evcharging-2020", 1, "rate_mismatch", "| 348.04 | 95.38% | 88.39% |", "| 348.04 | 95.38% | 83.89% |",
     "83.89%", "市级 (7)=(4)/(2): 4,401.96 / 4,980.00 = 88.39%"),
    ("tj-evcharging-2020", 2, "score_exceeds_weight", "按季度拨付 | 部分达成 | 10 | 6 |\n| 产出指标 | 成本指标 | 单桩建设补贴 | 建设补贴支出/新建台数 | ≤1.8万元/台 | 1.60万元/台 | 15 | 15 |",
     "按季度拨付 | 部分达成 | 10 | 11 |\n| 产出指标 | 成本指标 | 单桩建设补贴 | 建设补贴支出/新建台数 | ≤1.8万元/台 | 1.60万元/台 | 15 | 10 |",
     "部分达成 | 10 | 11", "时效 row scored 11 against weight 10 (scores of two adjacent rows swapped, total unchanged)"),
    ("tj-evcharging-2020", 3, "sum_mismatch", "市级资金4,980.00万元、上年结转", "市级资金4,890.00万元、上年结转",
     "8,650.00万元（0.865亿元），其中中央资金3,200.00万元、市级资金4,890.00万元",
     "3,200.00 + 4,890.00 + 470.00 = 8,560.00, stated 8,650.00"),
    ("tj-evcharging-2020", 4, "year_mismatch", "截至2020年12月31日，全年新建", "截至2019年12月31日，全年新建",
     "截至2019年12月31日", "the 2020 year's output dated to the end of 2019"),
    ("tj-evcharging-2020", 5, "average_mismatch", "平均利用率17.60%", "平均利用率18.60%",
     "平均利用率18.60%", "(16.2 + 19.5 + 14.8 + 18.1 + 19.4) / 5 = 17.60%"),
    ("tj-evcharging-2020", 6, "balance_mismatch", "结余461.64万元。按用途分", "结余691.64万元。按用途分",
     "结余691.64万元", "到位 8,420.00 − 执行 7,958.36 = 461.64; 691.64 was taken from the budget, not the money received"),
    # --- Chongqing 2024, 12345 hotline
    ("cq-hotline-2024", 1, "completion_mismatch", "| 88.6% | 104.24% |", "| 88.6% | 104.42% |",
     "88.6% | 104.42%", "88.6 / 85 = 104.24%"),
    ("cq-hotline-2024", 2, "unit_mismatch", "（0.732亿元）", "（0.732万元）",
     "0.732万元", "7,320.00万元 is 0.732亿元; 亿元 figure labelled 万元 (off by 10^4)"),
    ("cq-hotline-2024", 3, "grade_mismatch", "对应等级“优”", "对应等级“良”",
     "对应等级“良”", "total 99.23 is in the 优 band"),
    ("cq-hotline-2024", 4, "conflicting_values", "新增及更新条目4,352条", "新增及更新条目4,532条",
     "4,532条", "text 4,532 vs table 4,352 (table completion 108.80% = 4,352/4,000)"),
    ("cq-hotline-2024", 5, "score_sum_mismatch", "效益指标得29.55分", "效益指标得30分",
     "效益指标得30分，满意度指标得9.97分，自评得分99.23分", "9.71 + 50 + 30 + 9.97 = 99.68, stated 99.23"),
    ("cq-hotline-2024", 6, "implausible_rate", "全年累计执行率97.06%。各季度", "全年累计执行率104.48%。各季度",
     "累计执行率104.48%", "cumulative 7,104.88 over the 年初 6,800.00: rate above 100% (should be 97.06% of 7,320.00)"),
    # --- Guangzhou 2019, historic blocks
    ("gz-histblock-2019", 1, "weight_sum_mismatch", "产出指标60分、效益指标30分，合计100分", "产出指标65分、效益指标30分，合计100分",
     "产出指标65分、效益指标30分，合计100分", "10 + 65 + 30 = 105, stated 100"),
    ("gz-histblock-2019", 2, "score_exceeds_weight", "10.2万平方米 | 15 | 15 |\n| 产出指标 | 质量指标 | 修缮工程验收合格率 | 验收合格工程数/完工工程数 | 100% | 100% | 10 | 10 |",
     "10.2万平方米 | 15 | 10 |\n| 产出指标 | 质量指标 | 修缮工程验收合格率 | 验收合格工程数/完工工程数 | 100% | 100% | 10 | 15 |",
     "100% | 100% | 10 | 15", "合格率 row scored 15 against weight 10 (scores of two adjacent rows swapped)"),
    ("gz-histblock-2019", 3, "rate_mismatch", "执行率88.83%，结余301.60", "执行率88.38%，结余301.60",
     "88.38%", "北京路 2,398.40 / 2,700.00 = 88.83%"),
    ("gz-histblock-2019", 4, "sum_mismatch", "由恩宁路4,010.20万元", "由恩宁路4,100.20万元",
     "9,821.40万元，由恩宁路4,100.20万元、新河浦3,412.80万元和北京路2,398.40万元", "4,100.20 + 3,412.80 + 2,398.40 = 9,911.40, stated 9,821.40"),
    ("gz-histblock-2019", 5, "unit_mismatch", "≥9.5万平方米 | 10.2万平方米 |", "≥9.5万平方米 | 107.37% |",
     "≥9.5万平方米 | 107.37%", "target in 万平方米, actual given as a completion percentage"),
    ("gz-histblock-2019", 6, "balance_mismatch", "结余301.60万元，执行率低于", "结余310.60万元，执行率低于",
     "310.60万元", "北京路 2,700.00 − 2,398.40 = 301.60"),
]


def main():
    clean = {}
    for p in PROJECTS:
        with open(os.path.join(CASES, p + "-clean.txt"), encoding="utf-8") as fh:
            clean[p] = fh.read()
    rows = []
    for p in PROJECTS:
        rows.append({"case": p + "-clean.txt", "source": p, "clean": True, "expected": []})
        for proj, n, code, old, new, value, expl in EDITS:
            if proj != p:
                continue
            text = clean[p]
            assert text.count(old) == 1, (p, n, old)
            out = text.replace(old, new, 1)
            name = f"{p}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(out)
            rows.append({"case": name, "source": p, "clean": False,
                         "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"built {len(rows)} cases")


if __name__ == "__main__":
    main()
