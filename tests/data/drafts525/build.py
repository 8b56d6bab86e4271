#!/usr/bin/env python3
"""Build the drafts525 error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit is (case suffix, code, old, new, value, where, explanation): `old` must occur exactly once in
the clean draft and is replaced by `new`; `value` (the labelled substring) must contain the changed
figure and occur exactly once in the resulting case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "qianan-kuangshanxiufu-2021",
    "xinfeng-xitukuangshan-2019",
    "renhe-kuangshanxiufu-2024",
    "zichuan-zrzybumen-2022",
    "pinggui-feiqikuangqu-2020",
]

EDITS = {
    "qianan-kuangshanxiufu-2021": [
        ("e1", "rate_mismatch", "\t95.60%\n", "\t96.50%\n", "96.50%", "table",
         "自评表 当年财政拨款 row: 1612.31 / 1686.50 = 95.60%, stated 96.50%"),
        ("e2", "balance_mismatch", "未执行的74.19万元", "未执行的71.49万元", "未执行的71.49万元", "prose",
         "unspent = 全年预算 1836.50 − 执行 1762.31 = 74.19万元, stated 71.49万元"),
        ("e3", "sum_mismatch", "省级资金486.50万元", "省级资金468.50万元", "省级资金468.50万元", "prose",
         "当年财政拨款 1686.50 ≠ 中央 1000.00 + 省级 468.50 + 市本级 200.00 = 1668.50"),
        ("e4", "completion_mismatch", "\t113.83%\n", "\t118.33%\n", "118.33%", "table",
         "植被覆盖率 actual 68.3% / target 60% = 113.83%, stated 118.33%"),
        ("e5", "conflicting_values", "实际完成治理面积2236.5亩", "实际完成治理面积2263.5亩", "治理面积2263.5亩", "prose",
         "治理面积 2263.5亩 in the outputs paragraph vs 2236.5亩 in the 自评表 and the goal block"),
        ("e6", "score_sum_mismatch", "产出指标得分49.94分", "产出指标得分49.49分", "产出指标得分49.49分", "prose",
         "产出 rows score 10+10+10+9.94+10 = 49.94, stated 49.49; 9.60+49.49+29+10 = 98.09 ≠ 98.54"),
    ],
    "xinfeng-xitukuangshan-2019": [
        ("e1", "rate_mismatch", "\t84.57\n", "\t85.47\n", "85.47", "table",
         "funds table row (7) 县区级: 59.20 / 70.00 = 84.57, stated 85.47"),
        ("e2", "grade_mismatch", "评价等级为优。", "评价等级为良。", "评价等级为良", "prose",
         "total 98.08 is in the 优 band (≥90), stated 良"),
        ("e3", "average_mismatch", "平均93.33分", "平均94.33分", "平均94.33分", "prose",
         "(93 + 96 + 91) / 3 = 93.33, stated 94.33"),
        ("e4", "implausible_rate", "84.57\n\t0\n\t0", "84.57\n\t100\n\t0", "84.57\n\t100", "table",
         "funds table row (7) 上年结转 column: 100 on a zero base (全年预算 0)"),
        ("e5", "unit_mismatch", "≥12公里\t12.6公里", "≥12公里\t100%", "≥12公里\t100%", "table",
         "修建截排水沟: target in 公里, actual written as 100%; completion cannot be computed"),
        ("e6", "weight_sum_mismatch", "已落实\t—\t10\t9", "已落实\t—\t11\t9", "—\t11\t9", "table",
         "治理成果管护 weight 11: weights sum to 101, 合计 says 100"),
    ],
    "renhe-kuangshanxiufu-2024": [
        ("e1", "score_exceeds_weight", "10    10    —\n总分        100        98.56",
         "10    11    —\n总分        100        99.56", "修复区管护期    ≥    3    年    3    10    11", "table",
         "修复区管护期 scored 11 with weight 10 (total moved with it, so Σ得分 = 99.56 still holds)"),
        ("e2", "weight_sum_mismatch", "产出指标60分", "产出指标65分", "产出指标65分", "prose",
         "产出 rows weigh 15+15+10+10+10 = 60 and 绩效指标 is 90 = 产出 + 效益 30; stated 产出 65"),
        ("e3", "unit_mismatch", "全年执行1012.46万元", "全年执行10124600万元", "10124600万元", "prose",
         "执行数 written in 元 with the 万元 label: 10124600万元 for 1012.46万元 (table, rate 96.72%, 未执行 34.34)"),
        ("e4", "year_mismatch", "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日", "prose",
         "as-of date names 2023 in the 2024 report"),
        ("e5", "sum_mismatch", "财政资金              880.00", "财政资金              890.00", "890.00", "table",
         "年初预算数 column: 890.00 + 0.00 + 0.00 + 100.00 = 990.00 ≠ 年度资金总额 980.00"),
        ("e6", "conflicting_values", "新增林草植被面积326.4亩", "新增林草植被面积362.4亩", "新增林草植被面积362.4亩", "prose",
         "新增林草植被面积 362.4亩 in the text vs 326.4 in the 自评表"),
    ],
    "zichuan-zrzybumen-2022": [
        ("e1", "average_mismatch", "平均自评得分96.2分", "平均自评得分96.8分", "平均自评得分96.8分", "prose",
         "(96.5 + 98 + 94 + 97.5 + 95) / 5 = 96.2, stated 96.8"),
        ("e2", "score_sum_mismatch", "部分完善\t—\t10\t7", "部分完善\t—\t10\t6.5", "部分完善\t—\t10\t6.5", "table",
         "rows now sum to 95.73 while 合计 and the text say 96.23; 效益 rows 26.1 vs stated 26.6 (6.5 stays inside the 部分达成 band)"),
        ("e3", "grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”", "prose",
         "total 96.23 is in the 优 band, stated 良"),
        ("e4", "balance_mismatch", "结余4.77万元", "结余7.47万元", "结余7.47万元", "prose",
         "未执行 191.27 = 结转 186.50 + 结余, so 结余 = 4.77万元, stated 7.47万元"),
        ("e5", "conflicting_values", "受理不动产登记26814件", "受理不动产登记28614件", "受理不动产登记28614件", "prose",
         "办件量 28614件 in the text vs 26814件 in the 自评表"),
        ("e6", "implausible_rate", "上年结转\t0.00\t0.00\t—", "上年结转\t0.00\t0.00\t100.00%", "上年结转\t0.00\t0.00\t100.00%",
         "table", "表1 上年结转 row: 100.00% on a zero base"),
    ],
    "pinggui-feiqikuangqu-2020": [
        ("e1", "score_exceeds_weight", "10\n\t\n\n\t总分\n\t100\n\t98.94\n\n综合得分98.94",
         "11\n\t\n\n\t总分\n\t100\n\t99.94\n\n综合得分99.94", "102.00%\n\t10\n\t11", "table",
         "群众满意度 scored 11 with weight 10 (table total and the sentence below it moved with it)"),
        ("e2", "completion_mismatch", "\t103.43%\n", "\t104.33%\n", "104.33%", "table",
         "土方量 36.2 / 35 万立方米 = 103.43%, stated 104.33%"),
        ("e3", "implausible_rate", "乡镇干部满意度95.4%", "乡镇干部满意度105.4%", "乡镇干部满意度105.4%", "prose",
         "a satisfaction rate above 100%"),
        ("e4", "rate_mismatch", "到位率96.11%", "到位率96.71%", "到位率96.71%", "prose",
         "到位 1236.00 / 全年预算 1286.00 = 96.11%, stated 96.71%"),
        ("e5", "year_mismatch", "（2020年4月下达）", "（2021年4月下达）", "2021年4月下达", "prose",
         "自治区资金 issued in 2021 although the report covers 2020 spending (and 到位 is counted at 2020-12-31)"),
        ("e6", "balance_mismatch", "已到位未支出的37.26万元", "已到位未支出的32.76万元", "已到位未支出的32.76万元", "prose",
         "到位 1236.00 − 支出 1198.74 = 37.26万元, stated 32.76万元"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        path = os.path.join(CASES, src + "-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for suffix, code, old, new, value, where, why in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                sys.exit("%s-%s: old %r occurs %d times" % (src, suffix, old, n))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit("%s-%s: value %r occurs %d times" % (src, suffix, value, text.count(value)))
            name = "%s-%s.txt" % (src, suffix)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": "%s (%s)" % (why, where)}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
