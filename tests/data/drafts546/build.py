#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts546 from the clean drafts and the edit list.

Each edit is exact: `old` must occur exactly once in the clean draft; it is replaced by `new`.
`value` (the label) must occur exactly once in the resulting case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jx-ganzhou-gjjdept-2024",
    "gx-liuzhou-gjjarchive-2019",
    "sx-changzhi-gjj12329-2021",
    "hb-yichang-gjjloanrisk-2023",
    "sc-mianyang-gjjsystem-2025",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- jx-ganzhou-gjjdept-2024 (部门整体支出, Markdown tables) ---
    ("jx-ganzhou-gjjdept-2024", 1, "rate_mismatch", "prose, 人员经费 sentence",
     "执行1,851.46万元，执行率99.74%", "执行1,851.46万元，执行率99.47%",
     "执行率99.47%", "人员经费 1,851.46 / 1,856.20 = 99.74%, stated 99.47%"),
    ("jx-ganzhou-gjjdept-2024", 2, "average_mismatch", "prose after the project table",
     "四个项目平均自评得分94.50分", "四个项目平均自评得分95.40分",
     "平均自评得分95.40分", "(96.50 + 98.00 + 88.00 + 95.50) / 4 = 94.50, stated 95.40"),
    ("jx-ganzhou-gjjdept-2024", 3, "unit_mismatch", "prose, business overview",
     "5,368笔、金额24.65亿元", "5,368笔、金额24.65万元",
     "金额24.65万元",
     "loan amount written as 24.65万元: the 个性指标 table gives 24.65亿元 and 5,368笔 × 45.92万元 ≈ 24.65亿元; "
     "off by exactly 10^4, so a unit slip rather than a conflict or an average error"),
    ("jx-ganzhou-gjjdept-2024", 4, "year_mismatch", "prose, unspent funds",
     "已结转至2025年继续使用", "已结转至2024年继续使用",
     "结转至2024年", "money unspent in the 2024 budget cannot be carried over to 2024 itself (should be 2025)"),
    ("jx-ganzhou-gjjdept-2024", 5, "conflicting_values", "prose, after the 个性指标 table",
     "缴存职工满意度达96.30%", "缴存职工满意度达93.60%",
     "满意度达93.60%", "缴存职工满意度 is 96.30% in the 个性指标 table, 93.60% in the text"),
    ("jx-ganzhou-gjjdept-2024", 6, "sum_mismatch", "prose, funding sources",
     "上年结转资金186.00万元", "上年结转资金168.00万元",
     "上年结转资金168.00万元", "当年财政拨款 3,412.10 + 上年结转 168.00 = 3,580.10, stated 全年预算数 3,598.10"),

    # --- gx-liuzhou-gjjarchive-2019 (项目支出, MOF 自评表 with ｜) ---
    ("gx-liuzhou-gjjarchive-2019", 1, "completion_mismatch", "prose, 产出情况",
     "为年度目标的104.59%", "为年度目标的105.49%",
     "为年度目标的105.49%", "460.2万页 / 440万页 = 104.59%, stated 105.49%"),
    ("gx-liuzhou-gjjarchive-2019", 2, "grade_mismatch", "prose, 自评结论",
     "评价等级为优", "评价等级为良",
     "评价等级为良", "total 99.13 is in the 优 band (90 ≤ s ≤ 100), stated 良"),
    ("gx-liuzhou-gjjarchive-2019", 3, "implausible_rate", "自评表, satisfaction row",
     "档案利用单位满意度｜≥90%｜95.20%", "档案利用单位满意度｜≥90%｜105.20%",
     "档案利用单位满意度｜≥90%｜105.20%", "a satisfaction rate of 105.20% is impossible (above 100%)"),
    ("gx-liuzhou-gjjarchive-2019", 4, "balance_mismatch", "prose, 项目资金情况",
     "未执行8.22万元", "未执行8.42万元",
     "未执行8.42万元", "全年预算 204.60 − 全年执行 196.38 = 8.22, stated 8.42"),
    ("gx-liuzhou-gjjarchive-2019", 5, "score_sum_mismatch", "自评表, qualitative row",
     "档案安全管理制度｜健全｜健全｜5｜5", "档案安全管理制度｜健全｜健全｜5｜4.5",
     "档案安全管理制度｜健全｜健全｜5｜4.5",
     "row scores now add to 98.63 (9.60 + 12 + 9.53 + 10 + 8 + 10 + 10 + 10 + 4.5 + 5 + 10), stated 总分 99.13"),
    ("gx-liuzhou-gjjarchive-2019", 6, "score_exceeds_weight", "自评表, two adjacent rows",
     "86.40%｜10｜10｜—\n｜可持续影响指标｜档案安全管理制度｜健全｜健全｜5｜5",
     "86.40%｜10｜11｜—\n｜可持续影响指标｜档案安全管理制度｜健全｜健全｜5｜4",
     "数字档案利用率｜≥80%｜86.40%｜10｜11",
     "score 11 above weight 10 (档案安全管理制度 lowered from 5 to 4 so that the total still reads 99.13)"),

    # --- sx-changzhi-gjj12329-2021 (项目支出, Shanxi layout, tab tables) ---
    ("sx-changzhi-gjj12329-2021", 1, "rate_mismatch", "funds table, row (7), 财政资金小计",
     "(7)=(4)/(2)\t95.06\t94.52", "(7)=(4)/(2)\t95.06\t95.42",
     "(7)=(4)/(2)\t95.06\t95.42", "财政资金小计 124.76 / 132.00 = 94.52%, stated 95.42"),
    ("sx-changzhi-gjj12329-2021", 2, "average_mismatch", "prose, 绩效分析",
     "平均每件话务成本5.82元", "平均每件话务成本6.82元",
     "平均每件话务成本6.82元", "114.30万元 / 19.64万件 = 5.82元 per call, stated 6.82元"),
    ("sx-changzhi-gjj12329-2021", 3, "weight_sum_mismatch", "summary score table",
     "效益指标\t30\t30", "效益指标\t35\t30",
     "效益指标\t35\t30", "一级 weights now total 105 (10 + 50 + 35 + 10), and 效益 35 ≠ 15 + 15 in its detail table"),
    ("sx-changzhi-gjj12329-2021", 4, "completion_mismatch", "产出 table, 人工接听量 row",
     "19.64万件\t109.11%", "19.64万件\t101.91%",
     "19.64万件\t101.91%", "19.64万件 / 18万件 = 109.11%, stated 101.91%"),
    ("sx-changzhi-gjj12329-2021", 5, "unit_mismatch", "产出 table, 热线接通率 row",
     "≥95%\t97.80%", "≥95%\t19.64万件",
     "热线接通率\t12.5\t≥95%\t19.64万件", "target is a rate (≥95%), the actual is a count (19.64万件)"),
    ("sx-changzhi-gjj12329-2021", 6, "year_mismatch", "prose under the funds table",
     "截至2021年12月31日", "截至2022年12月31日",
     "截至2022年12月31日", "the 2021 report gives its execution figure as of 2022-12-31"),

    # --- hb-yichang-gjjloanrisk-2023 (项目支出, Hubei 20 + 80 layout, ｜ table) ---
    ("hb-yichang-gjjloanrisk-2023", 1, "balance_mismatch", "prose, 资金使用",
     "结余5.44万元", "结余4.54万元",
     "结余4.54万元", "实际到位 85.00 − 全年执行 79.56 = 5.44, stated 4.54"),
    ("hb-yichang-gjjloanrisk-2023", 2, "sum_mismatch", "prose, 分别 list of spending",
     "抵押登记及评估费21.36万元", "抵押登记及评估费23.16万元",
     "抵押登记及评估费23.16万元", "32.40 + 23.16 + 25.80 = 81.36, stated 全年执行 79.56"),
    ("hb-yichang-gjjloanrisk-2023", 3, "score_exceeds_weight", "自评表, two adjacent rows",
     "2,382.35元｜100%｜10｜10\n｜｜质量指标｜贷后管理制度执行｜有效｜有效｜—｜5｜5",
     "2,382.35元｜100%｜10｜11\n｜｜质量指标｜贷后管理制度执行｜有效｜有效｜—｜5｜4",
     "2,382.35元｜100%｜10｜11",
     "score 11 above weight 10 (贷后管理制度执行 lowered from 5 to 4 so that the total still reads 97.05)"),
    ("hb-yichang-gjjloanrisk-2023", 4, "grade_mismatch", "prose, 自评结论",
     "评价等级为优", "评价等级为良",
     "评价等级为良", "total 97.05 is in the 优 band, stated 良"),
    ("hb-yichang-gjjloanrisk-2023", 5, "completion_mismatch", "自评表, 清收户数 row",
     "136户｜113.33%", "136户｜111.33%",
     "136户｜111.33%", "136户 / 120户 = 113.33%, stated 111.33%"),
    ("hb-yichang-gjjloanrisk-2023", 6, "conflicting_values", "prose, 产出情况",
     "全年完成贷后回访2,150笔", "全年完成贷后回访2,510笔",
     "贷后回访2,510笔", "贷后回访笔数 is 2,150笔 in the table, 2,510笔 in the text"),

    # --- sc-mianyang-gjjsystem-2025 (项目支出, Sichuan 10 + 90 layout, Markdown tables) ---
    ("sc-mianyang-gjjsystem-2025", 1, "implausible_rate", "自评表 funds block, zero-base row",
     "| 财政专户管理资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
     "| 财政专户管理资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | — |",
     "财政专户管理资金 | 0.00 | 0.00 | 0.00 | — | 100.00%",
     "财政专户管理资金 has a zero budget, yet an execution rate of 100.00% is printed"),
    ("sc-mianyang-gjjsystem-2025", 2, "weight_sum_mismatch", "自评表, 等保测评 row",
     "通过 | — | 通过 | 5 | 5 |", "通过 | — | 通过 | 6 | 5 |",
     "通过 | 6 | 5", "weights now total 101 (indicator weights 91 against the stated 绩效指标90分)"),
    ("sc-mianyang-gjjsystem-2025", 3, "score_sum_mismatch", "自评表, 等保测评 row",
     "通过 | — | 通过 | 5 | 5 |", "通过 | — | 通过 | 5 | 4.5 |",
     "通过 | 5 | 4.5", "row scores now add to 97.51, stated 总分/自评得分 98.01"),
    ("sc-mianyang-gjjsystem-2025", 4, "rate_mismatch", "自评表 funds block, 财政资金 row",
     "| 其中：财政资金 | 420.00 | 398.00 | 385.24 | — | 96.79% |",
     "| 其中：财政资金 | 420.00 | 398.00 | 385.24 | — | 97.69% |",
     "其中：财政资金 | 420.00 | 398.00 | 385.24 | — | 97.69%", "财政资金 385.24 / 398.00 = 96.79%, stated 97.69%"),
    ("sc-mianyang-gjjsystem-2025", 5, "unit_mismatch", "prose, spending breakdown",
     "软件开发费312.60万元", "软件开发费3,126,000万元",
     "软件开发费3,126,000万元",
     "312.60万元 (= 3,126,000元) written as 3,126,000万元: off by exactly 10^4; with 312.60 the parts add to 385.24"),
    ("sc-mianyang-gjjsystem-2025", 6, "conflicting_values", "prose, 效益情况",
     "缩短至12分钟", "缩短至11分钟",
     "缩短至11分钟", "线上业务平均办理时长 is 12分钟 in the 自评表, 11分钟 in the text"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in sorted(by_source.get(src, []), key=lambda x: x[1]):
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old text occurs {clean.count(old)} times in the clean draft")
            case = clean.replace(old, new, 1)
            if case.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {case.count(value)} times in the case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
