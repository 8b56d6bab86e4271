#!/usr/bin/env python3
"""Build the drafts555 error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit: (source, n, code, old, new, value, where, explanation).  `old` must occur exactly once
in the clean draft; the error case is the clean draft with that one replacement; `value` must occur
exactly once in the error case and contain (part of) the changed text.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hb-jiangling-dingluo-2020",
    "ah-dongzhi-xuefang-2019",
    "js-yangzhong-xuejian-2022",
    "jx-duchang-xuefangzhan-bumen-2023",
    "sc-danling-chaluo-2025",
]

EDITS = [
    # ---- A: 湖北 江陵县血吸虫病防治站 2020 (Hubei goal blocks, PDF copy with runs of spaces)
    ("hb-jiangling-dingluo-2020", 1, "rate_mismatch",
     "执行率95.88%", "执行率98.58%", "执行率98.58%",
     "prose 一(二), carry-over sub-rate",
     "上年结转资金执行 15.82 / 全年 16.50 = 95.88%, stated 98.58% (the rate is stated only here)"),
    ("hb-jiangling-dingluo-2020", 2, "sum_mismatch",
     "秋季查螺1248.3万平方米", "秋季查螺1284.3万平方米", "秋季查螺1284.3万平方米",
     "prose 二(一), 分别 list",
     "春季 2108.5 + 秋季 1284.3 = 3392.8 万平方米, but the same sentence gives the total 3356.8 (= table actual)"),
    ("hb-jiangling-dingluo-2020", 3, "completion_mismatch",
     "1562.4万平方米    104.16%", "1562.4万平方米    101.46%", "101.46%",
     "table, 药物灭螺面积 完成率",
     "actual 1562.4 / target ≥1500 = 104.16%, stated 101.46% (full score 8 either way)"),
    ("hb-jiangling-dingluo-2020", 4, "year_mismatch",
     "已结转至2021年", "已结转至2020年", "结转至2020年",
     "prose 一(二), carry-forward",
     "unspent money of the 2020 budget is carried forward to 2020 itself; it must go to a later year (2021)"),
    ("hb-jiangling-dingluo-2020", 5, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "prose 四 conclusion",
     "total 98.38 is in the 优 band (>= 90), stated 良"),
    ("hb-jiangling-dingluo-2020", 6, "average_mismatch",
     "94.8%、96.0%、95.5%", "94.8%、96.8%、95.5%", "94.8%、96.8%、95.5%、94.2%、95.5%，平均95.2%",
     "prose 二(三), township survey",
     "(94.8 + 96.8 + 95.5 + 94.2 + 95.5) / 5 = 95.36%, stated 平均95.2% (which still matches the table)"),

    # ---- B: 安徽 东至县血吸虫病防治站 2019 (Word page saved as HTML, sources as rows)
    ("ah-dongzhi-xuefang-2019", 1, "balance_mismatch",
     "全年结余2.36万元", "全年结余3.26万元", "全年结余3.26万元",
     "prose 二, balance",
     "到位 143.60 − 执行 141.24 = 2.36万元, stated 3.26万元"),
    ("ah-dongzhi-xuefang-2019", 2, "weight_sum_mismatch",
     "健全（达成年度指标）</td><td>—</td><td>5</td>", "健全（达成年度指标）</td><td>—</td><td>6</td>",
     "健全（达成年度指标）</td><td>—</td><td>6</td>",
     "table, 血防长效机制 分值",
     "weight 5 → 6: weights now sum to 101 (10 + 50 + 31 + 10); score 5 of 6 stays inside the qualitative 80–100% band"),
    ("ah-dongzhi-xuefang-2019", 3, "conflicting_values",
     "，药物灭螺1316.0万平方米", "，药物灭螺1361.0万平方米", "药物灭螺1361.0万平方米",
     "prose 三(一) vs table",
     "prose gives 药物灭螺 1361.0万平方米, the indicator table 1316.0万平方米 (completion 101.23% is computed from 1316.0)"),
    ("ah-dongzhi-xuefang-2019", 4, "unit_mismatch",
     "中央补助资金85.00万元", "中央补助资金850000万元", "中央补助资金850000万元",
     "prose 二, source list",
     "the 85.00万元 central grant written as 850000 with the unit 万元 (a 元 figure): 850000 + 32.00 + 26.60 ≠ 143.60 and ≠ table 85.00; "
     "rescaling by 10^4 repairs both, so the most specific code is unit_mismatch"),
    ("ah-dongzhi-xuefang-2019", 5, "implausible_rate",
     "96.8%</td><td>107.56%", "106.8%</td><td>118.67%", "106.8%</td><td>118.67%",
     "table, 疫区群众满意度 actual and 完成率",
     "satisfaction 106.8% is above 100% (the completion 106.8/90 = 118.67% is computed consistently; score stays capped at 10)"),
    ("ah-dongzhi-xuefang-2019", 6, "score_sum_mismatch",
     "健全（达成年度指标）</td><td>—</td><td>5</td><td>5</td>", "健全（达成年度指标）</td><td>—</td><td>5</td><td>4.5</td>",
     "健全（达成年度指标）</td><td>—</td><td>5</td><td>4.5</td>",
     "table, 血防长效机制 得分",
     "row scores now sum to 98.94 while 合计 and the conclusion say 99.44 (4.5 of 5 is inside the qualitative band, so no row-rule issue)"),

    # ---- C: 江苏 扬中市血吸虫病防治站 2022 (Shanxi-style funds table, one cell a line, [bookmark] residue)
    ("js-yangzhong-xuejian-2022", 1, "rate_mismatch",
     "\t96.40\n\t0\n\t96.50", "\t96.40\n\t0\n\t95.60", "95.60",
     "funds table row (7)=(4)/(2), 省级 column",
     "省级 执行 38.60 / 全年 40.00 = 96.50, stated 95.60"),
    ("js-yangzhong-xuejian-2022", 2, "sum_mismatch",
     "监测检测试剂及耗材17.10万元", "监测检测试剂及耗材17.01万元", "监测检测试剂及耗材17.01万元",
     "prose 资金用途 list",
     "41.20 + 37.90 + 17.01 + 8.60 = 104.71, stated 合计104.80万元"),
    ("js-yangzhong-xuejian-2022", 3, "unit_mismatch",
     "\t≥6500人次\n\t6712人次", "\t≥6500人次\n\t100%", "≥6500人次\n\t100%",
     "附件1, 血清学查病 业绩值",
     "target in 人次, actual written as a percentage (100%): completion cannot be computed"),
    ("js-yangzhong-xuejian-2022", 4, "completion_mismatch",
     "\t905.2万平方米\n\t105.26%", "\t905.2万平方米\n\t102.56%", "102.56%",
     "附件1, 查螺面积 完成率",
     "905.2 / 860 = 105.26%, stated 102.56% (full score either way)"),
    ("js-yangzhong-xuejian-2022", 5, "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "prose 一(二), execution sentence",
     "the 2022 report states its execution as of 31 Dec 2021"),
    ("js-yangzhong-xuejian-2022", 6, "score_sum_mismatch",
     "持续有效运行\n\t—\n\t15", "持续有效运行\n\t—\n\t13", "持续有效运行\n\t—\n\t13",
     "附件1, 血吸虫病监测体系运行 指标得分",
     "row scores now sum to 97.67 while 合计 and 总得分 say 99.67 (13 of 15 is inside the qualitative band)"),

    # ---- D: 江西 都昌县血吸虫病防治站 2023 部门整体支出 (tab-separated rows)
    ("jx-duchang-xuefangzhan-bumen-2023", 1, "average_mismatch",
     "平均分95.15分", "平均分95.51分", "平均分95.51分",
     "prose 二, project scores",
     "(94.60 + 96.20 + 91.80 + 98.00) / 4 = 95.15, stated 95.51"),
    ("jx-duchang-xuefangzhan-bumen-2023", 2, "balance_mismatch",
     "未执行的12.90万元", "未执行的12.09万元", "未执行的12.09万元",
     "prose 二, unspent/carry-forward",
     "全年预算 468.30 − 执行 455.40 = 12.90万元, stated 12.09万元"),
    ("jx-duchang-xuefangzhan-bumen-2023", 3, "conflicting_values",
     "全年查螺4962.5万平方米", "全年查螺4926.5万平方米", "全年查螺4926.5万平方米",
     "prose 三(一) vs table",
     "prose 4926.5万平方米 vs table actual 4962.5万平方米 (the 约7.44万亩 beside it also fits only 4962.5)"),
    ("jx-duchang-xuefangzhan-bumen-2023", 4, "implausible_rate",
     "其他资金\t0.00\t0.00\t0.00\t—", "其他资金\t0.00\t0.00\t0.00\t100.00%", "其他资金\t0.00\t0.00\t0.00\t100.00%",
     "funds table, 其他资金 row",
     "an execution rate of 100.00% printed on a zero budget (0.00万元); must be —"),
    ("jx-duchang-xuefangzhan-bumen-2023", 5, "weight_sum_mismatch",
     "全面覆盖\t—\t6\t6", "全面覆盖\t—\t7\t6", "全面覆盖\t—\t7\t6",
     "table, 宣传覆盖 分值",
     "weight 6 → 7: weights now sum to 101 (score 6 of 7 stays inside the qualitative band)"),
    ("jx-duchang-xuefangzhan-bumen-2023", 6, "score_exceeds_weight",
     "106.67%\t6\t6\t\n\t\t宣传覆盖\t全面覆盖\t全面覆盖\t—\t6\t6",
     "106.67%\t6\t7\t\n\t\t宣传覆盖\t全面覆盖\t全面覆盖\t—\t6\t5",
     "106.67%\t6\t7",
     "table, 查螺员队伍 得分 (with the next row)",
     "查螺员队伍 scored 7 against weight 6; the next (qualitative) row was lowered 6 → 5 so the total still reads 98.68"),

    # ---- E: 四川 丹棱县疾控中心（血防站） 2025 (Sichuan table, pipes, 10 + 产出60 + 效益30)
    ("sc-danling-chaluo-2025", 1, "score_exceeds_weight",
     "持续开展（达成）|—|4|4|\n||查螺员队伍|≥|12|人|12|100.00%|4|4",
     "持续开展（达成）|—|4|3.5|\n||查螺员队伍|≥|12|人|12|100.00%|4|4.5",
     "100.00%|4|4.5",
     "table, 查螺员队伍 得分 (with the row above)",
     "查螺员队伍 scored 4.5 against weight 4; the qualitative row above was lowered 4 → 3.5 so all sums still hold"),
    ("sc-danling-chaluo-2025", 2, "score_sum_mismatch",
     "产出指标得分52.92分", "产出指标得分52.29分", "产出指标得分52.29分",
     "prose 五(一) conclusion",
     "产出 rows sum to 10.92 + 10.32 + 10.08 + 8 + 5.6 + 8 = 52.92, stated 52.29 (and 8.31 + 52.29 + 28.33 ≠ 89.56)"),
    ("sc-danling-chaluo-2025", 3, "unit_mismatch",
     "查螺员队伍|≥|12|人|12|", "查螺员队伍|≥|12|人|100%|", "人|100%|100.00%",
     "table, 查螺员队伍 实际完成值",
     "度量单位 人 (target 12人) but the actual is written as 100%"),
    ("sc-danling-chaluo-2025", 4, "grade_mismatch",
     "评价等级为“良”", "评价等级为“优”", "评价等级为“优”",
     "prose 五(一) conclusion",
     "total 89.56 is in the 良 band (80 <= s < 90), stated 优"),
    ("sc-danling-chaluo-2025", 5, "balance_mismatch",
     "未执行的10.90万元", "未执行的11.90万元", "未执行的11.90万元",
     "prose 二(二), carry-forward",
     "全年预算 64.50 − 执行 53.60 = 10.90万元, stated 11.90万元"),
    ("sc-danling-chaluo-2025", 6, "completion_mismatch",
     "42.0|83.33%", "42.0|120.00%", "42.0|120.00%",
     "table, 有螺面积 (≤ indicator) 完成率",
     "for a ≤ target missed, completion = 35 / 42.0 = 83.33%; 120.00% is actual/target (score 6.67 unchanged)"),
]


def main():
    labels = []
    for src in SOURCES:
        path = os.path.join(CASES, f"{src}-clean.txt")
        clean = open(path, encoding="utf-8").read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, where, expl) in [e for e in EDITS if e[0] == src]:
            k = clean.count(old)
            if k != 1:
                sys.exit(f"{src}-e{n}: old text occurs {k} times: {old!r}")
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {text.count(value)} times: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with one injected error)")


if __name__ == "__main__":
    main()
