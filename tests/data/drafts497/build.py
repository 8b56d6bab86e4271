#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts497 from the clean drafts.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean
draft. `value` is the label value: an exact substring of the error case that contains the
changed figure (verify.py checks that it occurs exactly once and overlaps the edit).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "duchang-caisha-2021",
    "pingnan-caisha-2022",
    "youxi-caishazhan-bumen-2023",
    "xixian-caisha-2019",
    "hanbin-caisha-2025",
]

# (source, n, code, old, new, value, where, explanation)
EDITS = [
    # ---- A 都昌 2021 (MOF table with ｜) ----
    ("duchang-caisha-2021", 1, "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "funds table, 其他资金 row, 执行率 cell",
     "execution rate 100.00% printed on a zero base (全年预算 0.00, 执行 0.00); the clean draft prints —"),
    ("duchang-caisha-2021", 2, "unit_mismatch",
     "46.50元/吨", "46.50万元/吨", "46.50万元/吨",
     "prose 三(一), unit price",
     "86.4万吨 × 46.50元/吨 = 4017.60万元; with the price labelled 万元/吨 the product is 10^4 times the stated revenue: wrong money unit"),
    ("duchang-caisha-2021", 3, "average_mismatch",
     "平均每个中队5起", "平均每个中队6起", "平均每个中队6起",
     "prose 三(二), cases per squad",
     "(5 + 6 + 4) / 3 = 5, stated 6"),
    ("duchang-caisha-2021", 4, "completion_mismatch",
     "402次｜111.67%", "402次｜101.67%", "101.67%",
     "indicator table, 河道巡查次数 完成率",
     "402 / 360 = 111.67%, stated 101.67%"),
    ("duchang-caisha-2021", 5, "sum_mismatch",
     "二标段（周溪水域）38.4万吨", "二标段（周溪水域）36.4万吨", "36.4万吨",
     "prose 三(一), 二标段 volume",
     "48.0 + 36.4 = 84.4万吨, stated total 86.4万吨 (table and revenue agree with 86.4)"),
    ("duchang-caisha-2021", 6, "conflicting_values",
     "全年开展河道巡查402次", "全年开展河道巡查420次", "河道巡查420次",
     "prose 三(二), patrol count",
     "prose says 420 patrols, the indicator table 402次 (and its 完成率 111.67% = 402/360)"),

    # ---- B 平南 2022 (Shanxi-style tab tables) ----
    ("pingnan-caisha-2022", 1, "rate_mismatch",
     "—\t85.00\t100\t—", "—\t80.50\t100\t—", "80.50",
     "funds table, row (7) 预算执行率, column 县级",
     "县级 153.00 / 180.00 = 85.00%, stated 80.50"),
    ("pingnan-caisha-2022", 2, "implausible_rate",
     "89.62\t100\t—", "89.62\t100\t100", "89.62\t100\t100",
     "funds table, row (7) 预算执行率, column 市级",
     "市级 budget and spending are 0.00: a rate of 100 on a zero base (the clean draft prints —)"),
    ("pingnan-caisha-2022", 3, "score_exceeds_weight",
     "100.00%\t10\n效益指标\t可持续影响指标\t长效监管机制\t10\t健全\t基本健全\t—\t9",
     "100.00%\t11\n效益指标\t可持续影响指标\t长效监管机制\t10\t健全\t基本健全\t—\t8",
     "非法采砂举报核查率\t10\t100%\t100%\t100.00%\t11",
     "indicator table, 非法采砂举报核查率 得分 (长效监管机制 lowered 9 → 8 in the same edit)",
     "score 11 above weight 10; the qualitative row below was lowered by 1 (still inside its band) so the total 97.94 still adds up"),
    ("pingnan-caisha-2022", 4, "year_mismatch",
     "结转至2023年继续使用", "结转至2022年继续使用", "结转至2022年",
     "prose 一(二), carry-over sentence",
     "the unspent part of the 2022 budget is carried over to 2022 itself; must be a later year (2023)"),
    ("pingnan-caisha-2022", 5, "weight_sum_mismatch",
     "监管日志按日上报率\t8\t", "监管日志按日上报率\t9\t", "监管日志按日上报率\t9",
     "indicator table, 监管日志按日上报率 权重",
     "weights now add up to 101 while the 合计 row states 100"),
    ("pingnan-caisha-2022", 6, "unit_mismatch",
     "≤36万元\t34.80万元", "≤36万元\t96.67%", "≤36万元\t96.67%",
     "indicator table, 开采量核定第三方服务费 业绩值",
     "target in 万元, actual written as a percentage (96.67%): completion cannot be computed"),

    # ---- C 尤溪 2023 部门整体 ----
    ("youxi-caishazhan-bumen-2023", 1, "sum_mismatch",
     "公务用车运行维护费4.20万元", "公务用车运行维护费4.02万元", "公务用车运行维护费4.02万元",
     "prose 二(三), 三公 breakdown",
     "4.02 + 0.66 + 0.00 = 4.68, stated 三公 total 4.86 (control rate 81.00% = 4.86/6.00)"),
    ("youxi-caishazhan-bumen-2023", 2, "average_mismatch",
     "人均16.90万元", "人均19.60万元", "人均19.60万元",
     "prose 二(二), personnel cost per head",
     "人员经费 152.10 / 9 = 16.90万元, stated 19.60"),
    ("youxi-caishazhan-bumen-2023", 3, "rate_mismatch",
     "59.91｜85.83%", "59.91｜88.53%", "88.53%",
     "expenditure table, 砂石统一开采监管专项 执行率",
     "59.91 / 69.80 = 85.83%, stated 88.53%"),
    ("youxi-caishazhan-bumen-2023", 4, "grade_mismatch",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "conclusion 五",
     "total 97.97 is in the 优 band (≥90)"),
    ("youxi-caishazhan-bumen-2023", 5, "score_sum_mismatch",
     "基本健全｜—｜10｜8.5", "基本健全｜—｜10｜9", "基本健全｜—｜10｜9",
     "indicator table, 制度建设 得分",
     "row scores now add up to 98.47; table 合计 and conclusion both state 97.97"),
    ("youxi-caishazhan-bumen-2023", 6, "balance_mismatch",
     "年末结转结余11.54万元", "年末结转结余11.45万元", "11.45万元",
     "prose 二(二), year-end balance",
     "312.80 − 301.26 = 11.54万元, stated 11.45"),

    # ---- D 息县 2019 (prose only) ----
    ("xixian-caisha-2019", 1, "rate_mismatch",
     "预算执行率80.00%", "预算执行率85.00%", "预算执行率85.00%",
     "prose 二, execution rate",
     "85.60 / 107.00 = 80.00%, stated 85.00% (the execution score 8.00 still follows 80%)"),
    ("xixian-caisha-2019", 2, "weight_sum_mismatch",
     "分值12分，得分12分", "分值14分，得分12分", "分值14分",
     "prose 四(二)1, 河道巡查次数 weight",
     "产出 weights 14 + 10 + 10 + 8 + 10 = 52 against the block's 分值50分; all weights add up to 102"),
    ("xixian-caisha-2019", 3, "unit_mismatch",
     "实际完成3.0公顷", "实际完成60%", "实际完成60%",
     "prose 四(三)3, 复绿面积 actual",
     "target ≥5.0公顷, actual written as 60% (the completion rate): units differ"),
    ("xixian-caisha-2019", 4, "balance_mismatch",
     "结余21.40万元", "结余24.10万元", "结余24.10万元",
     "prose 二, balance",
     "到位 107.00 − 支出 85.60 = 21.40万元, stated 24.10"),
    ("xixian-caisha-2019", 5, "score_sum_mismatch",
     "综合自评得分88.59分", "综合自评得分88.95分", "88.95分",
     "conclusion 五, total score",
     "8.00 + 46.73 + 24.33 + 9.53 = 88.59, stated 88.95 (grade 良 still fits)"),
    ("xixian-caisha-2019", 6, "year_mismatch",
     "截至2019年12月31日", "截至2018年12月31日", "截至2018年12月31日",
     "prose 二, cut-off date of spending",
     "a 2019 report gives its spending as of 31 Dec 2018"),

    # ---- E 汉滨 2025 (10 + 90, 指标性质/度量单位 columns) ----
    ("hanbin-caisha-2025", 1, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "conclusion 五(一)",
     "total 97.30 is in the 优 band (≥90)"),
    ("hanbin-caisha-2025", 2, "completion_mismatch",
     "｜2.5｜80.00%｜", "｜2.5｜125.00%｜", "125.00%",
     "indicator table, 非法采砂举报处置时限 完成率",
     "≤2小时 target, actual 2.5小时: completion is 2/2.5 = 80.00% (lte), stated 125.00% (actual/target)"),
    ("hanbin-caisha-2025", 3, "score_exceeds_weight",
     "基本健全｜—｜5｜4\n｜生态效益指标｜涉砂安全事故｜=｜0｜起｜0｜—｜5｜5",
     "基本健全｜—｜5｜3\n｜生态效益指标｜涉砂安全事故｜=｜0｜起｜0｜—｜5｜6",
     "涉砂安全事故｜=｜0｜起｜0｜—｜5｜6",
     "indicator table, 涉砂安全事故 得分 (长效机制 lowered 4 → 3 in the same edit)",
     "score 6 above weight 5; the qualitative row above was lowered by 1 so the total 97.30 still adds up"),
    ("hanbin-caisha-2025", 4, "conflicting_values",
     "全年开展河道巡查420次", "全年开展河道巡查402次", "河道巡查402次",
     "prose 三(二), patrol count",
     "prose says 402 patrols, the indicator table 420 (完成率 105.00% = 420/400)"),
    ("hanbin-caisha-2025", 5, "average_mismatch",
     "平均每个可采区25.60万吨", "平均每个可采区25.06万吨", "平均每个可采区25.06万吨",
     "prose 三(一), average per pit",
     "(28.40 + 26.00 + 22.40) / 3 = 25.60万吨, stated 25.06"),
    ("hanbin-caisha-2025", 6, "sum_mismatch",
     "可采区视频监控运维费38.20万元", "可采区视频监控运维费32.80万元", "视频监控运维费32.80万元",
     "prose 二(二), spending breakdown",
     "46.80 + 32.80 + 52.60 + 33.40 = 165.60, stated 全年执行 171.00"),
]


def main():
    labels = []
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
    for src, n, code, old, new, value, where, expl in EDITS:
        text = clean[src]
        if text.count(old) != 1:
            raise SystemExit(f"{src} e{n}: old string occurs {text.count(old)} times")
        out = text.replace(old, new)
        name = f"{src}-e{n}.txt"
        with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
            fh.write(out)
        labels.append({"case": name, "source": src, "clean": False,
                       "expected": [{"code": code, "severity": "error", "value": value,
                                     "explanation": expl}]})
    order = {s: i for i, s in enumerate(SOURCES)}
    labels.sort(key=lambda l: (order[l["source"]], l["case"]))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(EDITS)} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
