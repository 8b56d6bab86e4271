#!/usr/bin/env python3
"""Build the error cases of drafts261 and labels.jsonl from the clean drafts.

Each edit is (case suffix, code, old, new, value, explanation, where): `old` must occur exactly once in
the clean draft and is replaced by `new`; `value` is a short substring of the resulting case that
contains the changed figure (the scorer matches a finding against any occurrence of it).
`where` says whether the slip sits in the prose or in the 自评表 (table); it is documentation only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jx-pengze-jingjipucha-2023",
    "zj-daishan-fuzhudiaochayuan-2022",
    "tj-nankai-shujuzhiliang-2021",
    "gx-wuxuan-tongjidiaocha-2019",
    "qh-tianjun-tongjizhifa-2024",
]

EDITS = {
    # 江西 彭泽县 第五次全国经济普查 2023 — table flattened one cell per line with a leading tab (web/Word copy)
    "jx-pengze-jingjipucha-2023": [
        ("e1", "rate_mismatch",
         "\t74.82\n\t10\n\t97.80%\n", "\t74.82\n\t10\n\t97.08%\n",
         "97.08%",
         "table 执行率: 全年执行数 74.82 / 全年预算数 76.50 = 97.80%, printed 97.08%", "table"),
        ("e2", "conflicting_values",
         "普查小区412个，选聘普查指导员和普查员304名。", "普查小区412个，选聘普查指导员和普查员340名。",
         "普查员340名",
         "概况 says 340 普查指导员和普查员; the 产出 section gives 46 + 258 = 304 and the table 304人", "prose"),
        ("e3", "average_mismatch",
         "平均每轮973个", "平均每轮937个",
         "平均每轮937个",
         "(1128 + 984 + 807) / 3 = 973, stated 937", "prose"),
        ("e4", "score_exceeds_weight",
         "\t304人\n\t10\n\t10\n\t\n\n\t\n\t\n\t开展普查业务培训\n\t≥12期\n\t16期\n\t5\n\t5\n",
         "\t304人\n\t10\n\t5\n\t\n\n\t\n\t\n\t开展普查业务培训\n\t≥12期\n\t16期\n\t5\n\t10\n",
         "开展普查业务培训\n\t≥12期\n\t16期\n\t5\n\t10",
         "scores of two adjacent rows pasted one row off: 开展普查业务培训 now scores 10 against 分值 5 "
         "(total 98.78 unchanged)", "table"),
        ("e5", "year_mismatch",
         "截至2023年12月31日，项目累计支出", "截至2022年12月31日，项目累计支出",
         "截至2022年12月31日",
         "2023 report: the year's spending is dated 截至2022年12月31日", "prose"),
        ("e6", "unit_mismatch",
         "\t≥7000个\n\t7518个\n", "\t≥7000个\n\t107.40%\n",
         "107.40%",
         "target ≥7000个 but 实际完成值 107.40% (the completion rate typed into the actual column)", "table"),
    ],
    # 浙江 岱山县 住户调查辅助调查员 2022 — table rows on one line, cells separated by tabs (HTML copy)
    "zj-daishan-fuzhudiaochayuan-2022": [
        ("e1", "balance_mismatch",
         "年末结余1.12万元", "年末结余1.21万元",
         "结余1.21万元",
         "36.00 − 34.88 = 1.12, stated 1.21", "prose"),
        ("e2", "sum_mismatch",
         "其中：当年财政拨款\t36.00\t36.00\t34.88", "其中：当年财政拨款\t36.00\t36.00\t34.38",
         "当年财政拨款\t36.00\t36.00\t34.38",
         "全年执行数 column: 年度资金总额 34.88 ≠ 当年财政拨款 34.38 + 上年结转 0.00 + 其他 0.00", "table"),
        ("e3", "completion_mismatch",
         "\t2304户次\t106.67%", "\t2304户次\t106.76%",
         "2304户次\t106.76%",
         "2304 / 2160 = 106.67%, stated 106.76%", "table"),
        ("e4", "grade_mismatch",
         "综合得分99.66分，评价等级为优秀", "综合得分99.66分，评价等级为良好",
         "评价等级为良好",
         "99.66 lies in the 优 band (≥ 90)", "prose"),
        ("e5", "unit_mismatch",
         "记账户补贴10.80万元", "记账户补贴108000万元",
         "记账户补贴108000万元",
         "the 元 figure 108000 labelled 万元: 22.88 + 10.80 + 1.20 = 34.88 holds only after rescaling by 10^4", "prose"),
        ("e6", "weight_sum_mismatch",
         "月度数据按时上报率\t100%\t100%\t100%\t7\t7", "月度数据按时上报率\t100%\t100%\t100%\t8\t7",
         "月度数据按时上报率\t100%\t100%\t100%\t8\t7",
         "分值 now total 101 (产出 rows 51 instead of 50)", "table"),
    ],
    # 天津 南开区 统计数据质量核查 2021 — PDF copy: one row per line, cells separated by spaces, page footers
    "tj-nankai-shujuzhiliang-2021": [
        ("e1", "implausible_rate",
         "上年结转资金 0.00 0.00 0.00 — — —", "上年结转资金 0.00 0.00 0.00 — 100% —",
         "上年结转资金 0.00 0.00 0.00 — 100%",
         "执行率 100% printed on a zero base (上年结转资金 0.00)", "table"),
        ("e2", "score_sum_mismatch",
         "≥3件 2件 10 6.67", "≥3件 2件 10 6.76",
         "10 6.76",
         "row scores now add to 96.58 (9.82 + 50 + 26.76 + 10), 总分 stated 96.49", "table"),
        ("e3", "rate_mismatch",
         "半年预算执行率为37.60%", "半年预算执行率为36.70%",
         "半年预算执行率为36.70%",
         "11.28 / 30.00 = 37.60% at 30 June, stated 36.70%", "prose"),
        ("e4", "average_mismatch",
         "平均每批次39.5家", "平均每批次38.5家",
         "平均每批次38.5家",
         "(42 + 38 + 45 + 33) / 4 = 39.5, stated 38.5", "prose"),
        ("e5", "conflicting_values",
         "≥150家 158家 10 10", "≥150家 185家 10 10",
         "≥150家 185家",
         "table gives 185 enterprises checked; the text gives 158 twice (42 + 38 + 45 + 33 = 158)", "table"),
        ("e6", "completion_mismatch",
         "完成计划的105.11%", "完成计划的104.11%",
         "完成计划的104.11%",
         "946 / 900 = 105.11%, stated 104.11%", "prose"),
    ],
    # 广西 武宣县 统计调查经费 2019 — Word table pasted one cell per line, no separators between rows
    "gx-wuxuan-tongjidiaocha-2019": [
        ("e1", "sum_mismatch",
         "专项统计调查经费9.60万元", "专项统计调查经费9.06万元",
         "专项统计调查经费9.06万元",
         "15.40 + 9.06 + 3.60 = 28.06 ≠ 全年预算 28.60", "prose"),
        ("e2", "grade_mismatch",
         "自评等级\n优\n", "自评等级\n良\n",
         "自评等级\n良",
         "总分 99.70 is in the 优 band", "table"),
        ("e3", "year_mismatch",
         "（2019年度）", "（2018年度）",
         "（2018年度）",
         "the 自评表 of the 2019 report is headed 2018年度", "table"),
        ("e4", "score_exceeds_weight",
         "8\n7.96\n新入库单位业务不熟，加强培训\n时效指标\n统计年鉴编印完成时间\n2019年9月底前\n2019年9月20日\n6\n6\n",
         "8\n6\n新入库单位业务不熟，加强培训\n时效指标\n统计年鉴编印完成时间\n2019年9月底前\n2019年9月20日\n6\n7.96\n",
         "2019年9月20日\n6\n7.96",
         "scores of two rows swapped: 统计年鉴编印完成时间 scores 7.96 against 分值 6 (total 99.70 unchanged)", "table"),
        ("e5", "balance_mismatch",
         "结余0.75万元", "结余0.57万元",
         "结余0.57万元",
         "28.60 − 27.85 = 0.75, stated 0.57", "prose"),
        ("e6", "implausible_rate",
         "人口变动抽样调查经费预算2.40万元", "人口变动抽样调查经费预算0.00万元",
         "预算0.00万元，实际支出2.40万元，执行率100%",
         "a 100% execution rate (and 2.40万元 spent) on a budget of 0.00万元", "prose"),
    ],
    # 青海 天峻县 统计执法检查 2024 — table as a web page's pipe rows
    "qh-tianjun-tongjizhifa-2024": [
        ("e1", "weight_sum_mismatch",
         "| 2024年11月22日 | 5 | 5 |", "| 2024年11月22日 | 6 | 5 |",
         "2024年11月22日 | 6 | 5",
         "分值 now total 101 (产出 rows 51)", "table"),
        ("e2", "score_sum_mismatch",
         "| 5 | 4.93 |", "| 5 | 4.39 |",
         "| 5 | 4.39 |",
         "row scores add to 97.69 (9.80 + 49.39 + 28.5 + 10), 总分 98.23", "table"),
        ("e3", "completion_mismatch",
         "实际检查24家，完成率120%", "实际检查24家，完成率102%",
         "实际检查24家，完成率102%",
         "24 / 20 = 120%, stated 102%", "prose"),
        ("e4", "rate_mismatch",
         "支出1.91万元，执行率95.50%", "支出1.91万元，执行率95.05%",
         "执行率95.05%",
         "省级补助 1.91 / 2.00 = 95.50%, stated 95.05%", "prose"),
        ("e5", "conflicting_values",
         "立案查处统计违法案件3件，依法", "立案查处统计违法案件4件，依法",
         "立案查处统计违法案件4件",
         "text gives 4 cases filed, the table 3件 (and 3 penalties)", "prose"),
        ("e6", "unit_mismatch",
         "| ≤6.00万元 | 5.88万元 |", "| ≤6.00万元 | 98% |",
         "≤6.00万元 | 98%",
         "cost target in 万元, 实际完成值 given as a percentage", "table"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, old, new, value, expl, _where in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src} {suffix}: old string occurs {n} times")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src} {suffix}: value not in case")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
