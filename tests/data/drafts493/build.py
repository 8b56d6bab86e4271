#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts493 from the clean drafts and an edit list.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft.
`value` (the label) must occur exactly once in the resulting case. Run: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ha-pingdingshan-xiaofangshuan-2019",
    "fj-sanming-guanwangjianlou-2020",
    "jx-ruichang-zhujian-bumen-2022",
    "sc-yuechi-xiaofangshuan-jianlou-2023",
    "hb-zhijiang-gongshui-jianlou-2024",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---- 平顶山 2019 (PDF copy, indicator table split over a page break)
    ("ha-pingdingshan-xiaofangshuan-2019", 1, "rate_mismatch",
     "13.24       —       97.35%", "13.24       —       97.53%",
     "97.53%",
     "上年结转资金 row: 13.24 / 13.60 = 97.35%, table says 97.53% (the rate is stated only here)"),
    ("ha-pingdingshan-xiaofangshuan-2019", 2, "sum_mismatch",
     "巡检测压及台账建设26.80万元", "巡检测压及台账建设28.60万元",
     "新装消防栓84.76万元、维修更换75.79万元、巡检测压及台账建设28.60万元",
     "84.76 + 75.79 + 28.60 = 189.15, but the spending broken down is 全年执行 187.35 (26.80 expected)"),
    ("ha-pingdingshan-xiaofangshuan-2019", 3, "unit_mismatch",
     "全年支出中新装消防栓84.76万元", "全年支出中新装消防栓847600万元",
     "847600万元",
     "the 847,600元 (= 84.76万元) for new hydrants is written with the unit 万元: off by 10^4; "
     "rescaling it reconciles both the breakdown sum (187.35) and 163座 × 5,200元"),
    ("ha-pingdingshan-xiaofangshuan-2019", 4, "grade_mismatch",
     "综合评价等级为\"优\"", "综合评价等级为\"良\"",
     "综合评价等级为\"良\"",
     "total 99.11 is in the 优 band (≥90); the table still says 优"),
    ("ha-pingdingshan-xiaofangshuan-2019", 5, "average_mismatch",
     "平均每区40.75座", "平均每区41.75座",
     "平均每区41.75座",
     "(46 + 38 + 41 + 38) / 4 = 40.75, stated 41.75"),
    ("ha-pingdingshan-xiaofangshuan-2019", 6, "year_mismatch",
     "结转至2020年支付", "结转至2019年支付",
     "结转至2019年支付",
     "in the 2019 report the unspent 8.25万元 is carried over to 2019 itself; a carry-over must go to a later year"),
    # ---- 三明 2020 (Word copy, tab rows, [bookmark] residue)
    ("fj-sanming-guanwangjianlou-2020", 1, "balance_mismatch",
     "年末结余8.64万元", "年末结余8.46万元",
     "年末结余8.46万元",
     "到位 150.00 − 执行 141.36 = 8.64, stated 8.46"),
    ("fj-sanming-guanwangjianlou-2020", 2, "score_exceeds_weight",
     "5\t5\t\n\t\t非居民用户满意度\t≥90%\t93.8%\t104.22%\t5\t5",
     "5\t6\t\n\t\t非居民用户满意度\t≥90%\t93.8%\t104.22%\t5\t4",
     "居民用户满意度\t≥90%\t95.4%\t106.00%\t5\t6",
     "居民用户满意度 scored 6 against a weight of 5 (非居民用户满意度 lowered to 4 in the same edit, so the total still reads 97.42)"),
    ("fj-sanming-guanwangjianlou-2020", 3, "completion_mismatch",
     "97.76%\t102.91%", "97.76%\t102.19%",
     "97.76%\t102.19%",
     "漏点修复率: actual 97.76% / target 95% = 102.91%, stated 102.19% (full score kept)"),
    ("fj-sanming-guanwangjianlou-2020", 4, "implausible_rate",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
     "an execution rate of 100% on a zero 全年预算数 (0.00): a rate on a zero base is implausible; should be —"),
    ("fj-sanming-guanwangjianlou-2020", 5, "conflicting_values",
     "修复漏点305处", "修复漏点350处",
     "修复漏点350处",
     "section 四 says 已修复305处 (修复率 305/312 = 97.76%); the conclusion restates it as 350"),
    ("fj-sanming-guanwangjianlou-2020", 6, "weight_sum_mismatch",
     "80.00%\t10\t8", "80.00%\t12\t8",
     "8个\t80.00%\t12\t8",
     "weights now total 102 (10 + 50 + 32 + 10); 效益 rows 10 + 10 + 12"),
    # ---- 瑞昌 2022 部门整体 (web page, one cell a line)
    ("jx-ruichang-zhujian-bumen-2022", 1, "score_sum_mismatch",
     "综合自评得分98.91分", "综合自评得分98.19分",
     "综合自评得分98.19分",
     "row scores 9.74 + 49.17 + 30 + 10 = 98.91 (table total 98.91), text says 98.19"),
    ("jx-ruichang-zhujian-bumen-2022", 2, "rate_mismatch",
     "1547.31\n\t—\n\t95.34%", "1547.31\n\t—\n\t95.43%",
     "95.43%",
     "项目支出 row: 1547.31 / 1622.88 = 95.34%, table cell says 95.43% (the rate is stated only here)"),
    ("jx-ruichang-zhujian-bumen-2022", 3, "sum_mismatch",
     "1169.85", "1196.85",
     "1196.85",
     "年初预算数 by 支出性质: 基本支出 1216.55 + 项目支出 1196.85 = 2413.40 ≠ 年度资金总额 2386.40 (1169.85 expected)"),
    ("jx-ruichang-zhujian-bumen-2022", 4, "conflicting_values",
     "全年完成城区供水管网检漏268.4公里", "全年完成城区供水管网检漏286.4公里",
     "全年完成城区供水管网检漏286.4公里",
     "the conclusion says 286.4公里; section 三 and the table say 268.4公里 (805,200元 at 3,000元/公里 also gives 268.4)"),
    ("jx-ruichang-zhujian-bumen-2022", 5, "average_mismatch",
     "平均每个片区71.33座", "平均每个片区73.13座",
     "平均每个片区73.13座",
     "(86 + 71 + 57) / 3 = 71.33, stated 73.13"),
    ("jx-ruichang-zhujian-bumen-2022", 6, "year_mismatch",
     "结转至2023年", "结转至2022年",
     "结转至2022年",
     "the 2022 year-end balance is carried over to 2022 itself; must be a later year (2023)"),
    # ---- 岳池 2023 (Sichuan table as tab rows)
    ("sc-yuechi-xiaofangshuan-jianlou-2023", 1, "unit_mismatch",
     "座\t271\t104.23%", "座\t104.23%\t104.23%",
     "260\t座\t104.23%",
     "维修更换消防栓数量: target 260 座, actual given as a percentage (104.23%) — completion cannot be computed"),
    ("sc-yuechi-xiaofangshuan-jianlou-2023", 2, "score_exceeds_weight",
     "5\t5\t\n\t\t\t商户满意度\t≥\t90\t%\t94.2\t104.67%\t5\t5",
     "5\t6\t\n\t\t\t商户满意度\t≥\t90\t%\t94.2\t104.67%\t5\t4",
     "95.8\t106.44%\t5\t6",
     "居民满意度 scored 6 against a weight of 5 (商户满意度 lowered to 4 in the same edit, so the total still reads 99.68)"),
    ("sc-yuechi-xiaofangshuan-jianlou-2023", 3, "weight_sum_mismatch",
     "192.6\t107.00%\t10\t10", "192.6\t107.00%\t15\t10",
     "107.00%\t15\t10",
     "weights now total 105: 产出 rows 10 + 10 + 15 + 10 + 5 + 5 = 55"),
    ("sc-yuechi-xiaofangshuan-jianlou-2023", 4, "balance_mismatch",
     "年末结余7.17万元", "年末结余7.71万元",
     "年末结余7.71万元",
     "到位 286.50 − 执行 279.33 = 7.17, stated 7.71"),
    ("sc-yuechi-xiaofangshuan-jianlou-2023", 5, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "99.68 is in the 优 band; the table's 评价结论 still says 优"),
    ("sc-yuechi-xiaofangshuan-jianlou-2023", 6, "implausible_rate",
     "回收有效问卷291份，有效回收率97.00%", "回收有效问卷321份，有效回收率107.00%",
     "回收有效问卷321份，有效回收率107.00%",
     "321 valid questionnaires out of 300 issued: 107.00% (arithmetic right) is over 100%"),
    # ---- 枝江 2024 (PDF copy, Hubei 20 + 80 goal blocks)
    ("hb-zhijiang-gongshui-jianlou-2024", 1, "completion_mismatch",
     "104处             115.56%", "104处             111.56%",
     "111.56%",
     "发现并修复漏点: 104 / 90 = 115.56%, stated 111.56%"),
    ("hb-zhijiang-gongshui-jianlou-2024", 2, "score_sum_mismatch",
     "100    98.85", "100    98.58",
     "98.58",
     "table total 98.58, but 19.35 + 40 + 39.50 = 98.85 (the text says 98.85)"),
    ("hb-zhijiang-gongshui-jianlou-2024", 3, "unit_mismatch",
     "2024年11月30日前   2024年11月28日", "2024年11月30日前   100%",
     "2024年11月30日前   100%",
     "更新改造完成时限: target is a date, actual given as 100%"),
    ("hb-zhijiang-gongshui-jianlou-2024", 4, "rate_mismatch",
     "117.30          —       97.75%", "117.30          —       97.57%",
     "97.57%",
     "其中：财政拨款 row: 117.30 / 120.00 = 97.75%, table says 97.57% (the rate is stated only here)"),
    ("hb-zhijiang-gongshui-jianlou-2024", 5, "implausible_rate",
     "复检合格101处，合格率97.12%", "复检合格110处，合格率105.77%",
     "复检合格110处，合格率105.77%",
     "110 passed out of the 104 leaks re-checked: 105.77% (arithmetic right) is over 100%"),
    ("hb-zhijiang-gongshui-jianlou-2024", 6, "year_mismatch",
     "截至2024年12月31日", "截至2025年12月31日",
     "截至2025年12月31日",
     "the 2024 report (dated 2025年2月) states funds as of 2025-12-31; must be the evaluation year 2024"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == src), key=lambda e: e[1])
        if [e[1] for e in edits] != [1, 2, 3, 4, 5, 6]:
            sys.exit(f"{src}: edits are not e1..e6")
        for _, n, code, old, new, value, expl in edits:
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old occurs {clean.count(old)}x in the clean draft: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {text.count(value)}x: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
