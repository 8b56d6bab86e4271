#!/usr/bin/env python3
"""Build the n185 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
The error case is written as cases/<id>-eN.txt; labels.jsonl lists the clean case and its six
error cases per project. Run from anywhere: paths are relative to this file.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "gd-fengkai-dukou-2018",
    "hlj-suileng-yanghu-2020",
    "ah-susong-weiqiao-2021",
    "sn-shiquan-gongjiao-2023",
    "fj-zhouning-anfang-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- gd-fengkai-dukou-2018 (Guangdong, ferry safety, flattened one-cell-per-line table) ----
    ("gd-fengkai-dukou-2018", 1, "implausible_rate", "table",
     "\t上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t—",
     "\t上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t100%",
     "上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t100%",
     "上年结转资金 row: budget 0, spent 0, yet 执行率 printed 100% (rate on a zero base; the clean table has —)"),
    ("gd-fengkai-dukou-2018", 2, "year_mismatch", "text",
     "按合同约定结转至2019年支付",
     "按合同约定结转至2018年支付",
     "结转至2018年支付",
     "2018 report carries the 4.42万元 balance over 'to 2018' — carry-over must go to a later year (2019)"),
    ("gd-fengkai-dukou-2018", 3, "sum_mismatch", "text",
     "渡口安全设施配置18.62万元",
     "渡口安全设施配置18.26万元",
     "126.58万元，预算执行率96.63%。其中：渡工补贴24.00万元，渡船维修及更新改造58.36万元，渡口安全设施配置18.26万元",
     "components 24.00+58.36+18.26+9.80+15.80 = 126.22 ≠ stated total 126.58 (clean 18.62)"),
    ("gd-fengkai-dukou-2018", 4, "average_mismatch", "text",
     "季均8.4万人次",
     "季均8.6万人次",
     "8.1万、7.6万、9.4万、8.5万人次，季均8.6万人次",
     "mean of the four quarters (8.1+7.6+9.4+8.5)/4 = 8.4, stated 8.6"),
    ("gd-fengkai-dukou-2018", 5, "weight_sum_mismatch", "table",
     "\t渡工补贴按季发放及时率\n\t100%\n\t100%\n\t5\n\t5",
     "\t渡工补贴按季发放及时率\n\t100%\n\t100%\n\t10\n\t5",
     "渡工补贴按季发放及时率\n\t100%\n\t100%\n\t10",
     "时效 row weight typed 10 instead of 5: weights now total 105, table still says 100"),
    ("gd-fengkai-dukou-2018", 6, "rate_mismatch", "text",
     "支出率94.86%",
     "支出率94.68%",
     "县级资金86.00万元支出81.58万元，支出率94.68%",
     "81.58/86.00 = 94.86%, stated 94.68% (digits transposed)"),

    # ---- hlj-suileng-yanghu-2020 (Heilongjiang, rural road maintenance, ｜-separated web table) ----
    ("hlj-suileng-yanghu-2020", 1, "completion_mismatch", "table",
     "9800平方米｜81.67%",
     "9800平方米｜86.17%",
     "≥12000平方米｜9800平方米｜86.17%",
     "完成率 of 坑槽修补 should be 9800/12000 = 81.67%, stated 86.17%"),
    ("hlj-suileng-yanghu-2020", 2, "score_exceeds_weight", "table",
     "71.2%｜94.93%｜10｜9.49｜水毁路段修复标准不高\n｜时效指标｜水毁路段抢通时限｜≤48小时｜36小时｜100%｜5｜5｜",
     "71.2%｜94.93%｜10｜10.49｜水毁路段修复标准不高\n｜时效指标｜水毁路段抢通时限｜≤48小时｜36小时｜100%｜5｜4｜",
     "71.2%｜94.93%｜10｜10.49",
     "优良中等路比例 scored 10.49 against a weight of 10 (a point moved from the 时效 row, total still 88.45)"),
    ("hlj-suileng-yanghu-2020", 3, "average_mismatch", "text",
     "74.8、70.2、73.5、72.3、72.2",
     "74.8、70.2、75.3、72.3、72.2",
     "74.8、70.2、75.3、72.3、72.2，平均为72.6",
     "mean of the five MQI values is 364.8/5 = 72.96, stated 72.6 (73.5 mistyped as 75.3)"),
    ("hlj-suileng-yanghu-2020", 4, "balance_mismatch", "text",
     "结余47.20万元",
     "结余42.70万元",
     "实际支出318.40万元，预算执行率87.09%，结余42.70万元",
     "balance = 365.60 − 318.40 = 47.20, stated 42.70"),
    ("hlj-suileng-yanghu-2020", 5, "sum_mismatch", "table",
     "其中：当年财政拨款｜320.00｜365.60｜318.40",
     "其中：当年财政拨款｜320.00｜365.60｜318.04",
     "其中：当年财政拨款｜320.00｜365.60｜318.04",
     "全年执行数 column: 年度资金总额 318.40 but components 318.04 + 0.00 + 0.00 = 318.04"),
    ("hlj-suileng-yanghu-2020", 6, "year_mismatch", "table",
     "2020年度项目支出绩效自评表",
     "2019年度项目支出绩效自评表",
     "2019年度项目支出绩效自评表",
     "the attached table is headed 2019年度 in the 2020 report (last year's template)"),

    # ---- ah-susong-weiqiao-2021 (Anhui, dangerous bridges, tab-separated Word table) ----
    ("ah-susong-weiqiao-2021", 1, "unit_mismatch", "text",
     "县级配套资金210.00万元，合计728.00万元",
     "县级配套资金2100000万元，合计728.00万元",
     "县级配套资金2100000万元",
     "a 元 figure (2,100,000元 = 210.00万元) labelled 万元: 392.00+126.00+2100000 ≠ 728.00, reconciled exactly by ÷10^4"),
    ("ah-susong-weiqiao-2021", 2, "grade_mismatch", "text",
     "评价等级为“优”",
     "评价等级为“良”",
     "项目自评得分97.52分，评价等级为“良”",
     "97.52 lies in the 优 band (≥90), stated 良"),
    ("ah-susong-weiqiao-2021", 3, "conflicting_values", "table",
     "危桥改造数量\t≥14座\t14座",
     "危桥改造数量\t≥14座\t13座",
     "危桥改造数量\t≥14座\t13座",
     "table gives 13座 completed while the text (and the goal cell) say 14座 were rebuilt"),
    ("ah-susong-weiqiao-2021", 4, "rate_mismatch", "table",
     "702.36\t—\t96.48%",
     "702.36\t—\t96.84%",
     "其中：当年财政拨款\t602.00\t728.00\t702.36\t—\t96.84%",
     "当年财政拨款 row: 702.36/728.00 = 96.48%, stated 96.84%"),
    ("ah-susong-weiqiao-2021", 5, "completion_mismatch", "text",
     "完成年度目标的104.85%",
     "完成年度目标的108.45%",
     "受益群众约3.46万人，完成年度目标的108.45%",
     "3.46/3.3 = 104.85% (约3.46 allows 104.70–105.00%), stated 108.45%"),
    ("ah-susong-weiqiao-2021", 6, "score_sum_mismatch", "table",
     "10\t9.85\t个别桥梁",
     "10\t9.58\t个别桥梁",
     "9.58\t个别桥梁施工期间便道通行不便\n总分\t\t\t\t\t\t100\t97.52",
     "row scores now add to 97.25 (满意度 9.85 typed 9.58) while 总分 stays 97.52"),

    # ---- sn-shiquan-gongjiao-2023 (Shaanxi, urban-rural bus subsidy, PDF text with spaced columns) ----
    ("sn-shiquan-gongjiao-2023", 1, "balance_mismatch", "text",
     "年末结余22.72万元",
     "年末结余27.22万元",
     "年末结余27.22万元",
     "balance = 536.80 − 514.08 = 22.72 (also 56.80 − 34.08), stated 27.22"),
    ("sn-shiquan-gongjiao-2023", 2, "score_sum_mismatch", "text",
     "效益指标得分25.29分",
     "效益指标得分25.92分",
     "效益指标得分25.92分，满意度指标得分9.00分，合计89.42分",
     "9.58+45.55+25.92+9.00 = 90.05 ≠ 合计89.42 (and the table's 效益 rows add to 25.29)"),
    ("sn-shiquan-gongjiao-2023", 3, "implausible_rate", "text",
     "在线率98.6%",
     "在线率986%",
     "车载动态监控在线率986%",
     "an online rate cannot exceed 100% (decimal point dropped from 98.6%)"),
    ("sn-shiquan-gongjiao-2023", 4, "conflicting_values", "table",
     "≥310万车公里     321.5万车公里",
     "≥310万车公里     312.5万车公里",
     "≥310万车公里     312.5万车公里",
     "table actual 312.5万车公里 vs 321.5万车公里 in the text (which also gives 321.5 × 1.20元 = 385.80万元 and 103.71%)"),
    ("sn-shiquan-gongjiao-2023", 5, "weight_sum_mismatch", "table",
     "88.3%           10     9.29",
     "88.3%           15     9.29",
     "城乡公交准点率        ≥95%             88.3%           15",
     "准点率 weight 15 instead of 10: weights total 105 against 总分 100"),
    ("sn-shiquan-gongjiao-2023", 6, "unit_mismatch", "table",
     "≤1.20元/车公里   1.20元/车公里   5      5",
     "≤1.20元/车公里   100%            5      5",
     "≤1.20元/车公里   100%",
     "target in 元/车公里, actual given as 100%"),

    # ---- fj-zhouning-anfang-2024 (Fujian, road safety protection works, |-bordered web table) ----
    ("fj-zhouning-anfang-2024", 1, "rate_mismatch", "text",
     "支出率96.70%",
     "支出率97.60%",
     "省级资金支出193.40万元，支出率97.60%",
     "193.40/200.00 = 96.70%, stated 97.60%"),
    ("fj-zhouning-anfang-2024", 2, "grade_mismatch", "text",
     "评价等级为“优”",
     "评价等级为“良”",
     "综合得分90.00分，评价等级为“良”",
     "90.00 is 优 (lower bound inclusive), stated 良"),
    ("fj-zhouning-anfang-2024", 3, "conflicting_values", "text",
     "新增波形护栏43260米，设置",
     "新增波形护栏43620米，设置",
     "新增波形护栏43620米",
     "text 43620米 vs table actual 43260米 (whose 完成率 103.00% = 43260/42000)"),
    ("fj-zhouning-anfang-2024", 4, "sum_mismatch", "table",
     "| 其中：当年财政拨款 | 260.00 |",
     "| 其中：当年财政拨款 | 200.00 |",
     "| 其中：当年财政拨款 | 200.00 | 260.00 | 247.00 |",
     "年初预算数 column: total 260.00 but components 200.00 + 0.00 + 0.00 (only the provincial part entered)"),
    ("fj-zhouning-anfang-2024", 5, "completion_mismatch", "table",
     "586块 | 104.64%",
     "586块 | 104.46%",
     "≥560块 | 586块 | 104.46%",
     "586/560 = 104.64%, stated 104.46%"),
    ("fj-zhouning-anfang-2024", 6, "score_exceeds_weight", "table",
     "| 97.00% | 10 | 9.70 | 剩余路段列入下年计划 |\n| | 可持续影响指标 | 长效管护机制 | 健全 | 部分达成 | — | 10 | 7 |",
     "| 97.00% | 10 | 10.70 | 剩余路段列入下年计划 |\n| | 可持续影响指标 | 长效管护机制 | 健全 | 部分达成 | — | 10 | 6 |",
     "| 87.3% | 97.00% | 10 | 10.70 |",
     "防护覆盖率 row scored 10.70 against a weight of 10 (a point taken from the next row, total still 90.00)"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in sorted(
                (e for e in EDITS if e[0] == src), key=lambda e: e[1]):
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old string matches {count} times, need exactly 1: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case text: {value!r}")
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
