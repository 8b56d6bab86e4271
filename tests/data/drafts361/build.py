#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new).  `old` must
occur exactly once in the clean draft; `value` (the label) must occur in the error case and
overlap the changed place.  Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (project id, error no., code, where, old, new, value, explanation)
EDITS = [
    # ---------------------------------------------------------------- Ruili 2018 (web page)
    ("yn-ruili-kouanchayan-2018", 1, "rate_mismatch", "table",
     "205.38\t—\t94.86%", "205.38\t—\t94.68%", "94.68%",
     "自评表 当年财政拨款 执行率: 205.38 / 216.50 = 94.86%, stated 94.68%"),
    ("yn-ruili-kouanchayan-2018", 2, "balance_mismatch", "prose",
     "年末尚有11.12万元未支付", "年末尚有11.21万元未支付", "尚有11.21万元未支付",
     "全年预算 228.80 − 实际支出 217.68 = 11.12万元 left unspent (carried to 2019), stated 11.21"),
    ("yn-ruili-kouanchayan-2018", 3, "sum_mismatch", "prose",
     "水电及专网通信38.23万元", "水电及专网通信38.32万元", "水电及专网通信38.32万元",
     "58.40 + 96.75 + 38.32 + 24.30 = 217.77, but the four items should add up to the 217.68万元 spent"),
    ("yn-ruili-kouanchayan-2018", 4, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "self-evaluation score 96.81 is in the 优 band (≥ 90), stated 良"),
    ("yn-ruili-kouanchayan-2018", 5, "weight_sum_mismatch", "table",
     "基本达成\t10\t9", "基本达成\t11\t9", "基本达成\t11\t9",
     "分值 now total 101 (10 execution + 50 + 31 + 10): 可持续影响 row weight 11 instead of 10"),
    ("yn-ruili-kouanchayan-2018", 6, "unit_mismatch", "table",
     "≥360天\t365天", "≥360天\t100%", "≥360天\t100%",
     "查验场地全年开放天数: target in 天, actual given as a percentage"),
    # ---------------------------------------------------------------- Manzhouli 2020 (Shanxi-style Word)
    ("nm-manzhouli-gonglukouan-2020", 1, "rate_mismatch", "table",
     "\t(7)=(4)/(2)\n\t95.85\n\t95.69\n\t0\n\t98.94\n",
     "\t(7)=(4)/(2)\n\t95.85\n\t95.69\n\t0\n\t89.94\n", "89.94",
     "funds table row (7)=(4)/(2), 自治区级 column: 138.52 / 140.00 = 98.94%, stated 89.94"),
    ("nm-manzhouli-gonglukouan-2020", 2, "completion_mismatch", "table",
     "\t96.5%\n\t101.58%\n", "\t96.5%\n\t101.85%\n", "101.85%",
     "查验设备完好率: actual 96.5% / target 95% = 101.58%, stated 101.85%"),
    ("nm-manzhouli-gonglukouan-2020", 3, "score_sum_mismatch", "prose",
     "总得分98.66分", "总得分96.86分", "总得分96.86分",
     "9.58 + 50 + 29.30 + 9.78 = 98.66 (and the 附件1 rows add up to the same), stated 96.86"),
    ("nm-manzhouli-gonglukouan-2020", 4, "average_mismatch", "prose",
     "月均22次", "月均24次", "月均24次",
     "264 maintenance jobs / 12 months = 22 per month, stated 24"),
    ("nm-manzhouli-gonglukouan-2020", 5, "implausible_rate", "table",
     "\t(6)=(3)/(2)\n\t100\n\t100\n\t0\n", "\t(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100",
     "预算到位率 in the 中央级 column, whose budget and receipts are 0: a rate of 100 on a zero base"),
    ("nm-manzhouli-gonglukouan-2020", 6, "year_mismatch", "prose",
     "结转至2021年支付", "结转至2020年支付", "结转至2020年支付",
     "unspent money of the 2020 budget cannot be carried over to 2020 itself"),
    # ---------------------------------------------------------------- Dandong 2022 (Word, MOF outline)
    ("ln-dandong-chayanshebei-2022", 1, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "score 99.25 is in the 优 band, stated 良"),
    ("ln-dandong-chayanshebei-2022", 2, "score_exceeds_weight", "table",
     "｜≥90%｜95%｜5｜5｜\n｜｜服务对象满意度指标｜进出口企业满意度｜≥85%｜83%｜5｜4.88｜",
     "｜≥90%｜95%｜5｜5.5｜\n｜｜服务对象满意度指标｜进出口企业满意度｜≥85%｜83%｜5｜4.38｜",
     "95%｜5｜5.5",
     "驻口岸查验单位满意度 scored 5.5 against a weight of 5 (the next row lowered to 4.38 so the total still reads 99.25)"),
    ("ln-dandong-chayanshebei-2022", 3, "sum_mismatch", "table",
     "丹东铁路口岸｜100.00｜98.70", "丹东铁路口岸｜100.00｜89.70", "丹东铁路口岸｜100.00｜89.70",
     "表1 实际支出: 142.36 + 89.70 + 177.56 = 409.62, 合计 says 418.62"),
    ("ln-dandong-chayanshebei-2022", 4, "unit_mismatch", "prose",
     "共420路，计50.40万元", "共420路，计504000万元", "计504000万元",
     "1,200元 × 420路 = 504,000元 = 50.40万元: the 元 figure is written with the unit 万元 (off by 10^4)"),
    ("ln-dandong-chayanshebei-2022", 5, "conflicting_values", "prose",
     "全年完成货物吞吐量2856万吨", "全年完成货物吞吐量2865万吨", "货物吞吐量2865万吨",
     "the 自评表 gives the actual throughput as 2856万吨 (scored 9.52); the text says 2865万吨"),
    ("ln-dandong-chayanshebei-2022", 6, "year_mismatch", "table",
     "\n2022年度项目支出绩效自评表\n", "\n2021年度项目支出绩效自评表\n", "2021年度项目支出绩效自评表",
     "the attached table is headed 2021 while the report, budget and figures are for 2022"),
    # ---------------------------------------------------------------- Horgos 2023 (PDF copy)
    ("xj-huoerguosi-kouanyunwei-2023", 1, "average_mismatch", "prose",
     "平均每台套4552元", "平均每台套4525元", "平均每台套4525元",
     "监管设备维保 265.40万元 / 583台套 = 4552.32元, stated 4525元"),
    ("xj-huoerguosi-kouanyunwei-2023", 2, "completion_mismatch", "prose",
     "完成年度指标值的77.50%", "完成年度指标值的72.50%", "完成年度指标值的72.50%",
     "货运量增幅 6.2% / target 8% = 77.50%, stated 72.50%"),
    ("xj-huoerguosi-kouanyunwei-2023", 3, "balance_mismatch", "prose",
     "尚有13.83万元未支出", "尚有13.38万元未支出", "尚有13.38万元未支出",
     "全年预算 655.20 − 执行 641.37 = 13.83万元 unspent, stated 13.38"),
    ("xj-huoerguosi-kouanyunwei-2023", 4, "implausible_rate", "table",
     "驻场查验单位满意度 ≥90% 96% 5 5", "驻场查验单位满意度 ≥90% 106% 5 5", "≥90% 106%",
     "a satisfaction rate of 106% is above 100%"),
    ("xj-huoerguosi-kouanyunwei-2023", 5, "weight_sum_mismatch", "table",
     "基本健全 10 8.5", "基本健全 9 8.5", "基本健全 9 8.5",
     "分值 now total 99: 可持续影响 row weight 9 instead of 10"),
    ("xj-huoerguosi-kouanyunwei-2023", 6, "score_sum_mismatch", "table",
     "总分 100 95.83", "总分 100 96.23", "总分 100 96.23",
     "row scores 9.79 + 49.79 + 26.25 + 10 = 95.83, 总分 row says 96.23 (the text's 约96分 is approximate and fits both)"),
    # ---------------------------------------------------------------- Hunchun 2024 (department-level)
    ("jl-hunchun-kouanban-bumen-2024", 1, "score_exceeds_weight", "table",
     "472台套\t10\t10\n\t质量指标\t监管设备完好率\t≥95%\t96.8%\t10\t10",
     "472台套\t10\t10.5\n\t质量指标\t监管设备完好率\t≥95%\t96.8%\t10\t9.5",
     "472台套\t10\t10.5",
     "监管设备维护台套数 scored 10.5 against a weight of 10 (完好率 row lowered to 9.5 so the total still reads 96.59)"),
    ("jl-hunchun-kouanban-bumen-2024", 2, "conflicting_values", "prose",
     "运维项目预算268.00万元", "运维项目预算286.00万元", "项目预算286.00万元",
     "表2 gives the 公路口岸查验场地运维 budget as 268.00万元 (262.64 spent = 98.00%); the text says 286.00"),
    ("jl-hunchun-kouanban-bumen-2024", 3, "average_mismatch", "prose",
     "平均自评得分92.95分", "平均自评得分92.59分", "平均自评得分92.59分",
     "(96.5 + 93.2 + 84.6 + 97.5) / 4 = 92.95, stated 92.59"),
    ("jl-hunchun-kouanban-bumen-2024", 4, "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "the year-end spending figure of the 2024 report is dated 2023-12-31"),
    ("jl-hunchun-kouanban-bumen-2024", 5, "sum_mismatch", "table",
     "公用经费\t44.25\t44.25\t42.72", "公用经费\t44.25\t44.25\t42.27", "44.25\t42.27",
     "表1 实际支出: 人员经费 268.15 + 公用经费 42.27 = 310.42, 基本支出 says 310.87"),
    ("jl-hunchun-kouanban-bumen-2024", 6, "rate_mismatch", "table",
     "71.83\t85.01%", "71.83\t85.10%", "85.10%",
     "沙坨子口岸查验设施维修: 71.83 / 84.50 = 85.01%, stated 85.10%"),
]

PROJECTS = [
    "yn-ruili-kouanchayan-2018",
    "nm-manzhouli-gonglukouan-2020",
    "ln-dandong-chayanshebei-2022",
    "xj-huoerguosi-kouanyunwei-2023",
    "jl-hunchun-kouanban-bumen-2024",
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for pid in PROJECTS:
        clean = read(os.path.join(CASES, pid + "-clean.txt"))
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        if [e[1] for e in edits] != [1, 2, 3, 4, 5, 6]:
            sys.exit("%s: need edits e1..e6" % pid)
        for _, n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit("%s-e%d: old text occurs %d times" % (pid, n, cnt))
            text = clean.replace(old, new)
            if value not in text:
                sys.exit("%s-e%d: label value not in case" % (pid, n))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
