#!/usr/bin/env python3
"""Build the n107 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft;
`value` is the substring of the error case that carries the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "wanan-yinshui-2018",
    "anren-gongshui-2020",
    "huoshan-weihu-2022",
    "pingjiang-yinshui-2023",
    "shexian-weihu-2024",
]

# (project, n, code, old, new, value, explanation)
EDITS = [
    # --- 万安县 2018 (Jiangxi) ---
    ("wanan-yinshui-2018", 1, "rate_mismatch",
     "支出97.46万元，支出率88.60%", "支出97.46万元，支出率86.80%",
     "支出率86.80%", "县级配套资金 97.46 / 110 = 88.60%, stated 86.80% (digits swapped)"),
    ("wanan-yinshui-2018", 2, "balance_mismatch",
     "年末结余12.54万元", "年末结余12.45万元",
     "年末结余12.45万元", "到位 285 − 执行 272.46 = 12.54 (县级 110 − 97.46 = 12.54), stated 12.45"),
    ("wanan-yinshui-2018", 3, "score_sum_mismatch",
     "| 基本建立，部分单村工程水费收缴率偏低 | 10 | 8 |", "| 基本建立，部分单村工程水费收缴率偏低 | 10 | 9 |",
     "部分单村工程水费收缴率偏低 | 10 | 9 |",
     "row scores now add to 9.56 + 49.6 + 29 + 10 = 98.16, stated 总分 97.16 (and 效益 28分 in the text)"),
    ("wanan-yinshui-2018", 4, "grade_mismatch",
     "自评总分97.16分，评价等级为优秀", "自评总分97.16分，评价等级为良好",
     "评价等级为良好", "97.16 is in the 优 band (90 ≤ s ≤ 100), not 良"),
    ("wanan-yinshui-2018", 5, "unit_mismatch",
     "水质检测15.80万元", "水质检测158000万元",
     "水质检测158000万元",
     "the 15.80万元 item written as its 元 amount (158000) with the unit 万元; the parts add to 272.46 only with 15.80"),
    ("wanan-yinshui-2018", 6, "year_mismatch",
     "对2018年度农村饮水安全工程维修养护项目开展了绩效自评", "对2017年度农村饮水安全工程维修养护项目开展了绩效自评",
     "对2017年度农村饮水安全工程维修养护项目",
     "the report, the 评价年度 field and the funds are 2018; this sentence claims the 2017 evaluation year"),

    # --- 安仁县 2020 (Hunan) ---
    ("anren-gongshui-2020", 1, "sum_mismatch",
     "千人以上集中供水工程维修84.20万元", "千人以上集中供水工程维修82.40万元",
     "千人以上集中供水工程维修82.40万元",
     "96.85 + 82.40 + 27.32 + 19.00 = 225.57, but the items are given as the breakdown of 227.37 executed"),
    ("anren-gongshui-2020", 2, "score_exceeds_weight",
     "| 54台（套） | 8 | 7.2 | 6台（套）消毒设备政府采购流标，已重新招标，2021年一季度安装 |\n"
     "| | 质量指标 | 农村供水工程水质检测合格率 | ≥90% | 92.3% | 6 | 6 |",
     "| 54台（套） | 8 | 6 | 6台（套）消毒设备政府采购流标，已重新招标，2021年一季度安装 |\n"
     "| | 质量指标 | 农村供水工程水质检测合格率 | ≥90% | 92.3% | 6 | 7.2 |",
     "| 92.3% | 6 | 7.2 |",
     "scores of two adjacent rows pasted in swapped order: 水质检测合格率 scores 7.2 against a weight of 6 (total still 98.67)"),
    ("anren-gongshui-2020", 3, "weight_sum_mismatch",
     "| ≥95% | 97.1% | 4 | 4 |", "| ≥95% | 97.1% | 6 | 4 |",
     "| 97.1% | 6 | 4 |", "weights now 10 + 52 + 30 + 10 = 102 (产出 rows add to 52, not 50)"),
    ("anren-gongshui-2020", 4, "average_mismatch",
     "95%、93%、97%、92%、96%", "95%、93%、99%、92%、96%",
     "95%、93%、99%、92%、96%", "(95 + 93 + 99 + 92 + 96) / 5 = 95.0%, stated 平均满意度94.6%"),
    ("anren-gongshui-2020", 5, "implausible_rate",
     "| 其他资金 | 0.00 | 0.00 | 0.00 | — | — | — |", "| 其他资金 | 0.00 | 0.00 | 0.00 | — | 100% | — |",
     "0.00 | — | 100% | — |", "an execution rate of 100% printed for 其他资金 whose budget is 0.00"),
    ("anren-gongshui-2020", 6, "completion_mismatch",
     "为年度计划140处的108.57%", "为年度计划140处的106.57%",
     "为年度计划140处的106.57%", "152 / 140 = 108.57%, stated 106.57%"),

    # --- 霍山县 2022 (Anhui) ---
    ("huoshan-weihu-2022", 1, "conflicting_values",
     "全县48处集中供水工程中", "全县46处集中供水工程中",
     "全县46处集中供水工程", "the county's 农村集中供水工程 are 48 in 概况 (and 48 − 41 = 7 in the table), 46 here"),
    ("huoshan-weihu-2022", 2, "rate_mismatch",
     "到位率96.20%", "到位率96.02%",
     "到位率96.02%", "到位 380 / 全年预算 395 = 96.20%, stated 96.02%"),
    ("huoshan-weihu-2022", 3, "balance_mismatch",
     "年末结余15.18万元", "年末结余15.81万元",
     "年末结余15.81万元", "到位 380 − 执行 364.82 = 15.18 (县级 120 − 104.82), stated 15.81"),
    ("huoshan-weihu-2022", 4, "grade_mismatch",
     "综合评定等级为良好", "综合评定等级为优秀",
     "综合评定等级为优秀", "89.34 < 90 is 良, not 优"),
    ("huoshan-weihu-2022", 5, "unit_mismatch",
     "| ≥520份 | 536份 |", "| ≥520份 | 98.6% |",
     "| ≥520份 | 98.6% |", "target is a number of samples (份), actual a percentage: completion cannot be computed"),
    ("huoshan-weihu-2022", 6, "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日", "the 2022 report states the funds received 'as of 2021-12-31'"),

    # --- 平江县 2023 (Hunan) ---
    ("pingjiang-yinshui-2023", 1, "score_sum_mismatch",
     "| 4,620只 | 5 | 4.62 |", "| 4,620只 | 5 | 4.26 |",
     "| 4,620只 | 5 | 4.26 |", "row scores now add to 9.71 + 49.26 + 29.76 + 10 = 98.73, stated 总分 99.09"),
    ("pingjiang-yinshui-2023", 2, "weight_sum_mismatch",
     "| 工程验收合格率 | 100% | 100% | 5 | 5 |", "| 工程验收合格率 | 100% | 100% | 6 | 5 |",
     "工程验收合格率 | 100% | 100% | 6 | 5 |", "weights now 10 + 51 + 30 + 10 = 101, stated 总分 100"),
    ("pingjiang-yinshui-2023", 3, "average_mismatch",
     "92.5%、94.0%、95.5%、96.0%", "92.5%、94.0%、97.5%、96.0%",
     "92.5%、94.0%、97.5%、96.0%", "(92.5 + 94.0 + 97.5 + 96.0) / 4 = 95.0%, stated 全年平均合格率94.5%"),
    ("pingjiang-yinshui-2023", 4, "implausible_rate",
     "| ≥90% | 98.5% |", "| ≥90% | 985% |",
     "| ≥90% | 985% |", "satisfaction of 985% (decimal point dropped from 98.5%)"),
    ("pingjiang-yinshui-2023", 5, "completion_mismatch",
     "（160公里）的116.5%", "（160公里）的115.6%",
     "（160公里）的115.6%", "186.4 / 160 = 116.5%, stated 115.6%"),
    ("pingjiang-yinshui-2023", 6, "sum_mismatch",
     "水源工程维修187.65万元", "水源工程维修178.65万元",
     "水源工程维修178.65万元",
     "682.40 + 265.18 + 178.65 + 58.50 + 55.00 = 1,239.73, but the items are the breakdown of 1,248.73"),

    # --- 歙县 2024 (Anhui) ---
    ("shexian-weihu-2024", 1, "score_exceeds_weight",
     "| 68处 | 10 | 9.07 | 7处工程设计变更、招标延后，2025年一季度完工 |\n"
     "| 产出指标 | 数量指标 | 水质检测 | ≥480份次 | 512份次 | 5 | 5 |",
     "| 68处 | 5 | 9.07 | 7处工程设计变更、招标延后，2025年一季度完工 |\n"
     "| 产出指标 | 数量指标 | 水质检测 | ≥480份次 | 512份次 | 10 | 5 |",
     "| 68处 | 5 | 9.07 |",
     "weights of two adjacent rows pasted in swapped order: 9.07 scored against a weight of 5 (weight and score totals unchanged)"),
    ("shexian-weihu-2024", 2, "conflicting_values",
     "项目资金356.80万元开展了绩效自评", "项目资金365.80万元开展了绩效自评",
     "项目资金365.80万元", "the project's money is 356.80万元 (全年预算 = 到位) everywhere else"),
    ("shexian-weihu-2024", 3, "rate_mismatch",
     "支出50万元，支出率45.45%", "支出50万元，支出率54.55%",
     "支出率54.55%", "县级 50 / 110 = 45.45%; 54.55% is the unspent share"),
    ("shexian-weihu-2024", 4, "balance_mismatch",
     "剩余资金84.17万元", "剩余资金84.71万元",
     "剩余资金84.71万元", "到位 356.80 − 执行 272.63 = 84.17, stated 84.71"),
    ("shexian-weihu-2024", 5, "completion_mismatch",
     "为计划75处的90.67%", "为计划75处的90.76%",
     "为计划75处的90.76%", "68 / 75 = 90.67%, stated 90.76%"),
    ("shexian-weihu-2024", 6, "unit_mismatch",
     "| 13 | 12 | 46.50 |", "| 13 | 12 | 465000 |",
     "| 13 | 12 | 465000 |",
     "片区4 allocation written in 元 (465000) under the 万元 column; the column adds to 276.40 only with 46.50"),
]


def main():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        by_project[e[0]].append(e)
    for p in PROJECTS:
        with open(os.path.join(CASES, f"{p}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{p}-clean.txt", "source": p, "clean": True, "expected": []})
        for (_, n, code, old, new, value, expl) in sorted(by_project[p], key=lambda e: e[1]):
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{p}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{p}-e{n}: value not in case: {value!r}")
            if value in clean:
                sys.exit(f"{p}-e{n}: value already in the clean draft: {value!r}")
            name = f"{p}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
