#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n59 from the clean drafts.

Each edit replaces one unique string `find` of the clean draft by `repl` (a contiguous change of at most
16 characters inside one line; kind "rows" = two adjacent score rows edited together). `value` is the
labelled substring of the resulting case: a literal string, or a (start, end) pair meaning "from the
unique occurrence of start up to the end of the first occurrence of end after it".
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "wendeng-rdbuzhu-2022",
    "jintan-agritech-2020",
    "jining-medsci-2023",
    "qinhuangdao-keyrd-2024",
    "xuyi-rdbuzhu-2019",
]

EDITS = [
    # ---------------- wendeng-rdbuzhu-2022 (Shandong, enterprise R&D post-subsidy) ----------------
    dict(case="wendeng-rdbuzhu-2022-e1", code="rate_mismatch", kind="line",
         find="省级资金109.96万元，预算执行率95.68%", repl="省级资金109.96万元，预算执行率96.58%",
         value="预算执行率96.58%",
         explanation="409.96 / 428.46 = 95.68%; the prose rate has two digits swapped (96.58%)"),
    dict(case="wendeng-rdbuzhu-2022-e2", code="unit_mismatch", kind="line",
         find="省级资金128.46万元于2022年8月26日到账", repl="省级资金1,284,600.00万元于2022年8月26日到账",
         value="1,284,600.00万元",
         explanation="the table's 元 figure 1,284,600.00 copied into the prose with the unit 万元 (10^4 too large); "
                     "300.00 + 128.46 = 428.46万元 到位"),
    dict(case="wendeng-rdbuzhu-2022-e3", code="average_mismatch", kind="line",
         find="户均补助额由28.89万元提高到35.71万元", repl="户均补助额由28.89万元提高到38.95万元",
         value="提高到38.95万元",
         explanation="428.46万元 / 12家 = 35.71万元; 38.95 divides by the 11 enterprises actually paid"),
    dict(case="wendeng-rdbuzhu-2022-e4", code="score_sum_mismatch", kind="line",
         find="｜91.67%｜10｜9.17｜", repl="｜91.67%｜10｜10｜",
         value=("10｜10｜同上，信用核查前移", "｜100｜97.69"),
         explanation="兑现补助企业数 raised from 9.17 to 10 without updating the total: rows now sum 98.52, "
                     "stated 97.69 (text and table)"),
    dict(case="wendeng-rdbuzhu-2022-e5", code="year_mismatch", kind="line",
         find="截至2022年12月31日，项目实际拨付", repl="截至2021年12月31日，项目实际拨付",
         value="截至2021年12月31日",
         explanation="2022 execution figures dated 截至2021年12月31日 (last year's template date)"),
    dict(case="wendeng-rdbuzhu-2022-e6", code="completion_mismatch", kind="line",
         find="｜21天｜100.00%｜", repl="｜21天｜70.00%｜",
         value="21天｜70.00%",
         explanation="target ≤30天 met by 21天: completion 100%; 70.00% = 21/30 computed as if it were a ≥ target"),

    # ---------------- jintan-agritech-2020 (Jiangsu, agricultural S&T 课题) ----------------
    dict(case="jintan-agritech-2020-e1", code="balance_mismatch", kind="line",
         find="未执行的24.00万元为JT2019-03课题尾款", repl="未执行的26.00万元为JT2019-03课题尾款",
         value="未执行的26.00万元",
         explanation="197.00 - 173.00 = 24.00万元 unexecuted (440,000.00 - 200,000.00 元 of carry-over)"),
    dict(case="jintan-agritech-2020-e2", code="sum_mismatch", kind="line",
         find="茶园2,900亩", repl="茶园2,090亩",
         value="12,600亩，其中水稻6,800亩、茶园2,090亩",
         explanation="6,800 + 2,090 + 1,600 + 1,300 = 11,790亩, stated total 12,600亩 (茶园 retyped)"),
    dict(case="jintan-agritech-2020-e3", code="weight_sum_mismatch", kind="line",
         find="｜12,600亩｜8｜5.04｜", repl="｜12,600亩｜10｜5.04｜",
         value=("10｜5.04", "合计｜｜｜｜｜100"),
         explanation="示范推广面积 weight changed 8 -> 10: 产出 weights 62, all weights 102, stated 100"),
    dict(case="jintan-agritech-2020-e4", code="grade_mismatch", kind="line",
         find="综合得分88.66分，评价等级为良", repl="综合得分88.66分，评价等级为优",
         value="评价等级为优",
         explanation="88.66 is in the 良 band (80 <= s < 90)"),
    dict(case="jintan-agritech-2020-e5", code="conflicting_values", kind="line",
         find="2020年度项目全年预算197.00万元", repl="2020年度项目全年预算186.50万元",
         value="全年预算186.50万元",
         explanation="2019's 186.50万元 left in the 2020 overview; the 2020 全年预算 is 197.00万元 elsewhere (text and table)"),
    dict(case="jintan-agritech-2020-e6", code="implausible_rate", kind="line",
         find="｜240,000.00｜0.00｜0.00｜—", repl="｜240,000.00｜0.00｜0.00｜100.00%",
         value="0.00｜0.00｜100.00%",
         explanation="JT2019-03: nothing disbursed (0.00), a 支出率 of 100.00% on a zero base"),

    # ---------------- jining-medsci-2023 (Shandong, medical S&T 课题) ----------------
    dict(case="jining-medsci-2023-e1", code="rate_mismatch", kind="line",
         find="实际执行98.40万元，预算执行率93.89%", repl="实际执行98.40万元，预算执行率84.83%",
         value="预算执行率84.83%",
         explanation="98.40 / 104.80 = 93.89%; 84.83% is 98.40 / 116.00 (the 立项经费 total used as base)"),
    dict(case="jining-medsci-2023-e2", code="sum_mismatch", kind="line",
         find="一般课题4项12.80万元", repl="一般课题4项12.08万元",
         value="28.80万元，其中重点课题2项16.00万元、一般课题4项12.08万元",
         explanation="16.00 + 12.08 = 28.08, stated 28.80 (12.80 retyped)"),
    dict(case="jining-medsci-2023-e3", code="score_exceeds_weight", kind="rows",
         find="首期经费拨付时限｜≤30日｜18日｜100.00%｜5｜5｜\n产出指标｜成本指标｜一般课题资助标准｜≤8万元/项｜8万元/项｜100.00%｜5｜5｜",
         repl="首期经费拨付时限｜≤30日｜18日｜100.00%｜5｜6｜\n产出指标｜成本指标｜一般课题资助标准｜≤8万元/项｜8万元/项｜100.00%｜5｜4｜",
         value="首期经费拨付时限｜≤30日｜18日｜100.00%｜5｜6",
         explanation="score 6 above weight 5 (a point moved from the next row, so totals still read 48 / 96.39)"),
    dict(case="jining-medsci-2023-e4", code="completion_mismatch", kind="line",
         find="23家｜115.00%", repl="23家｜86.96%",
         value="23家｜86.96%",
         explanation="≥20家 target, 23家 actual: completion 115.00%; 86.96% = 20/23 (inverted)"),
    dict(case="jining-medsci-2023-e5", code="average_mismatch", kind="line",
         find="平均每项11.60万元", repl="平均每项12.89万元",
         value="平均每项12.89万元",
         explanation="116.00万元 / 10项 = 11.60万元; 12.89 divides by 9"),
    dict(case="jining-medsci-2023-e6", code="unit_mismatch", kind="line",
         find="｜≥25篇｜31篇｜", repl="｜≥25篇｜124%｜",
         value="≥25篇｜124%",
         explanation="target in 篇, actual written as a percentage (the completion rate) instead of 31篇"),

    # ---------------- qinhuangdao-keyrd-2024 (Hebei, key R&D programme) ----------------
    dict(case="qinhuangdao-keyrd-2024-e1", code="balance_mismatch", kind="line",
         find="未执行的36.00万元为QKY2024-09", repl="未执行的30.60万元为QKY2024-09",
         value="未执行的30.60万元",
         explanation="600.00 - 564.00 = 36.00万元 unexecuted (table: 6,000,000.00 - 5,640,000.00)"),
    dict(case="qinhuangdao-keyrd-2024-e2", code="conflicting_values", kind="line",
         find="带动企业研发投入0.52亿元，财政资金撬动比1:8.75", repl="带动企业研发投入0.43亿元，财政资金撬动比1:8.75",
         value="带动企业研发投入0.43亿元",
         explanation="2023's 0.43亿元 left in; 2024 自筹 5,248.00万元 = 0.52亿元 (same sentence, table 0.52亿元)"),
    dict(case="qinhuangdao-keyrd-2024-e3", code="implausible_rate", kind="line",
         find="支出35.47万元，支出率98.53%", repl="支出37.47万元，支出率104.08%",
         value="37.47万元，支出率104.08%",
         explanation="QKY2024-09 received 36.00万元 but is said to have spent 37.47万元: 支出率 above 100%"),
    dict(case="qinhuangdao-keyrd-2024-e4", code="year_mismatch", kind="line",
         find="结转至2025年，待整改复查合格后拨付", repl="结转至2024年，待整改复查合格后拨付",
         value="结转至2024年",
         explanation="unspent 2024 money carried over to 2024 itself; must be 2025"),
    dict(case="qinhuangdao-keyrd-2024-e5", code="score_sum_mismatch", kind="line",
         find="\t5个\n\t5.0\n", repl="\t5个\n\t7.0\n",
         value=("自评得分90.6分", "\t90.6\n"),
         explanation="开发新产品 score raised 5.0 -> 7.0 without updating the total: rows sum 92.6, stated 90.6"),
    dict(case="qinhuangdao-keyrd-2024-e6", code="grade_mismatch", kind="line",
         find="自评得分90.6分，评价等级为优秀", repl="自评得分90.6分，评价等级为良好",
         value="评价等级为良好",
         explanation="90.6 >= 90 is 优 (lower bound inclusive)"),
    dict(case="qinhuangdao-keyrd-2024-e7", code="sum_mismatch", kind="line",
         find="｜700,000.00｜6,315,000.00｜", repl="｜700,000.00｜6,135,000.00｜",
         value=("6,135,000.00", "合计｜｜｜6,000,000.00｜52,480,000.00"),
         explanation="企业自筹 column sums 52,300,000.00, stated 52,480,000.00 (QKY2024-05 digits transposed)"),

    # ---------------- xuyi-rdbuzhu-2019 (Jiangsu, R&D post-subsidy + new products) ----------------
    dict(case="xuyi-rdbuzhu-2019-e1", code="weight_sum_mismatch", kind="line",
         find="首台（套）重大装备奖励｜6｜", repl="首台（套）重大装备奖励｜8｜",
         value=("首台（套）重大装备奖励｜8", "合计｜｜｜100"),
         explanation="weight 6 -> 8: 产出 rows sum 52 (subtotal 50), all weights 102 (total 100)"),
    dict(case="xuyi-rdbuzhu-2019-e2", code="score_exceeds_weight", kind="rows",
         find="新增授权发明专利｜5｜≥25件｜28件｜112.00%｜5｜\n效益指标｜可持续影响指标｜新增省级工程技术研究中心｜5｜≥3家｜2家｜66.67%｜3.33｜",
         repl="新增授权发明专利｜5｜≥25件｜28件｜112.00%｜6｜\n效益指标｜可持续影响指标｜新增省级工程技术研究中心｜5｜≥3家｜2家｜66.67%｜2.33｜",
         value="新增授权发明专利｜5｜≥25件｜28件｜112.00%｜6",
         explanation="score 6 above weight 5 (a point taken from the next row, subtotal 27.57 unchanged)"),
    dict(case="xuyi-rdbuzhu-2019-e3", code="unit_mismatch", kind="line",
         find="新产品奖励57.00万元、", repl="新产品奖励570,000.00万元、",
         value="570,000.00万元",
         explanation="570,000.00元 written as 万元: 227.17 + 57.00 + 20.00 = 304.17万元 only with 57.00万元"),
    dict(case="xuyi-rdbuzhu-2019-e4", code="completion_mismatch", kind="line",
         find="19项｜95.00%", repl="19项｜105.26%",
         value="19项｜105.26%",
         explanation="≥20项 target, 19项 actual: 95.00%; 105.26% = 20/19 (inverted)"),
    dict(case="xuyi-rdbuzhu-2019-e5", code="conflicting_values", kind="line",
         find="全年对14家规上工业企业", repl="全年对11家规上工业企业",
         value="全年对11家规上工业企业",
         explanation="2018's 11家 left in; 2019 研发后补助 went to 14家 (table rows, indicator 14家)"),
    dict(case="xuyi-rdbuzhu-2019-e6", code="rate_mismatch", kind="line",
         find="｜98.12%｜97.67%｜100.00%", repl="｜98.12%｜78.76%｜100.00%",
         value="78.76%",
         explanation="县级 (7)=(4)/(2): 2,441,700.00 / 2,500,000.00 = 97.67%; 78.76% divides by the 3,100,000.00 total"),
]


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[i:j]


def main():
    labels = []
    by_project = {p: [e for e in EDITS if e["case"].startswith(p + "-")] for p in PROJECTS}
    for p in PROJECTS:
        clean_name = p + "-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": p, "clean": True, "expected": []})
        for e in by_project[p]:
            n = clean.count(e["find"])
            if n != 1:
                raise SystemExit(f"{e['case']}: find string occurs {n} times in {clean_name}")
            text = clean.replace(e["find"], e["repl"])
            with open(os.path.join(CASES, e["case"] + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": e["case"] + ".txt", "source": p, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error",
                                         "value": resolve_value(text, e["value"]),
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with one error)")


if __name__ == "__main__":
    main()
