#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts530 from the clean drafts and the edit list below.

Each edit: (source, n, code, where, old, new, value, explanation)
  old   exact text of the clean draft (must occur exactly once); replaced by new -> one contiguous edit
  value the labelled substring of the error case; either a string, or a pair (start, end) meaning
        "from the first occurrence of start up to and including the first occurrence of end after it"
        (used where the slip sits in a row and the identity is closed by a total further down)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "suichuan-chubeilin-2019",
    "suining-linyeju-bumen-2020",
    "shunchang-chubeilin-2022",
    "xuyong-chubeilin-2023",
    "pingyuan-chubeilin-2025",
]

EDITS = [
    # ---- 江西遂川 2019 (HTML, 项目支出) ----
    ("suichuan-chubeilin-2019", 1, "rate_mismatch", "prose: sub-project rates",
     "支出251.80万元，执行率96.85%", "支出251.80万元，执行率98.65%",
     "执行率98.65%",
     "现有林改培 251.80 / 260.00 = 96.85%, stated 98.65%"),
    ("suichuan-chubeilin-2019", 2, "year_mismatch", "prose: balance sentence",
     "已按规定结转至2020年继续使用", "已按规定结转至2019年继续使用",
     "结转至2019年",
     "the 2019 balance (21.00万元) is carried over to 2019 itself; it can only go to a later year (2020)"),
    ("suichuan-chubeilin-2019", 3, "average_mismatch", "prose: township list",
     "平均每个乡镇1280亩", "平均每个乡镇1320亩",
     "平均每个乡镇1320亩",
     "(1380 + 1260 + 1310 + 1170) / 4 = 1280亩, stated 1320亩"),
    ("suichuan-chubeilin-2019", 4, "completion_mismatch", "table: 中幼林抚育面积 完成率",
     "<td>3860亩</td><td>96.50%</td>", "<td>3860亩</td><td>95.60%</td>",
     "<td>95.60%</td>",
     "3860 / 4000 = 96.50%, stated 95.60%"),
    ("suichuan-chubeilin-2019", 5, "sum_mismatch", "table: funds, 县级财政资金 年初预算数",
     "<td>县级财政资金</td><td>100.00</td>", "<td>县级财政资金</td><td>120.00</td>",
     ("<td>县级财政资金</td><td>120.00</td>", "<td>合计</td><td>895.80</td>"),
     "年初预算数 column: 600.00 + 150.00 + 120.00 + 45.80 + 0.00 = 915.80, 合计 row says 895.80"),
    ("suichuan-chubeilin-2019", 6, "unit_mismatch", "table: 现有林改培面积 实际完成值",
     "<td>≥3000亩</td><td>3000亩</td>", "<td>≥3000亩</td><td>100%</td>",
     "<td>≥3000亩</td><td>100%</td>",
     "target in 亩, actual written as a percentage (100%): completion cannot be computed"),

    # ---- 湖南绥宁 2020 (HTML, 部门整体支出) ----
    ("suining-linyeju-bumen-2020", 1, "score_exceeds_weight", "table: 项目自评得分 of 森林防火",
     "<td>96.15%</td><td>93.5</td>", "<td>96.15%</td><td>103.5</td>",
     "<td>96.15%</td><td>103.5</td>",
     "森林防火 project self-evaluation score 103.5 above its 100-point maximum"),
    ("suining-linyeju-bumen-2020", 2, "implausible_rate", "table: funds, 其他收入 执行率",
     "<td>其他收入</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td>",
     "<td>其他收入</td><td>0.00</td><td>0.00</td><td>0.00</td><td>100.00%</td>",
     "<td>其他收入</td><td>0.00</td><td>0.00</td><td>0.00</td><td>100.00%</td>",
     "execution rate 100.00% printed on a zero budget (0.00 / 0.00); must be —"),
    ("suining-linyeju-bumen-2020", 3, "balance_mismatch", "prose: 年末结转",
     "年末结转资金62.34万元", "年末结转资金63.24万元",
     "年末结转资金63.24万元",
     "3,052.70 - 2,990.36 = 62.34万元, stated 63.24万元"),
    ("suining-linyeju-bumen-2020", 4, "weight_sum_mismatch", "table: 林业有害生物成灾率 分值",
     "<td>1.2‰</td><td>100.00%</td><td>8</td>", "<td>1.2‰</td><td>100.00%</td><td>10</td>",
     ("<td>1.2‰</td><td>100.00%</td><td>10</td>", "<td colspan=6>合计</td><td>100</td>"),
     "weights now 10 + 52 + 30 + 10 = 102 against the stated 100 (成灾率 row 10 instead of 8)"),
    ("suining-linyeju-bumen-2020", 5, "conflicting_values", "prose: 产出 paragraph",
     "新建集约人工林2,600亩", "新建集约人工林2,060亩",
     "新建集约人工林2,060亩",
     "prose gives 2,060亩, the 自评表 actual for 集约人工林栽培面积 is 2600亩"),
    ("suining-linyeju-bumen-2020", 6, "grade_mismatch", "prose: 自评结论",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 99.37 is in the 优 band (>= 90)"),

    # ---- 福建顺昌 2022 (tab layout, one cell a line) ----
    ("shunchang-chubeilin-2022", 1, "rate_mismatch", "table: funds, 省级财政资金 执行率(7)",
     "\t11.40\n\t100.00\n\t95.25\n", "\t11.40\n\t100.00\n\t92.55\n",
     "92.55",
     "省级 (4)/(2) = 228.60 / 240.00 = 95.25%, stated 92.55"),
    ("shunchang-chubeilin-2022", 2, "score_sum_mismatch", "table: 中幼林抚育面积 指标得分",
     "\t95.00%\n\t9.50\n", "\t95.00%\n\t9.05\n",
     ("9.05", "97.95"),
     "row scores 8.45 + 10 + 10 + 9.05 + 10 × 6 = 97.50, 合计 and text say 97.95"),
    ("shunchang-chubeilin-2022", 3, "completion_mismatch", "table: 造林当年成活率 完成率",
     "\t92.5%\n\t102.78%\n", "\t92.5%\n\t107.28%\n",
     "107.28%",
     "92.5 / 90 = 102.78%, stated 107.28%"),
    ("shunchang-chubeilin-2022", 4, "unit_mismatch", "prose: spending breakdown",
     "苗木采购312.40万元", "苗木采购3124000万元",
     "苗木采购3124000万元",
     "3,124,000元 written with the unit 万元 (off by 10^4); with 312.40万元 the items add up to 2,024.90万元"),
    ("shunchang-chubeilin-2022", 5, "year_mismatch", "prose: 截至 date of the outputs",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "a 2022 report states its results as of 2021-12-31"),
    ("shunchang-chubeilin-2022", 6, "sum_mismatch", "table: funds, 省级财政资金 年初预算(1)",
     "\t省级财政资金\n\t200.00\n", "\t省级财政资金\n\t260.00\n",
     ("省级财政资金\n\t260.00", "合计\n\t1,855.50"),
     "年初预算(1) column: 0.00 + 260.00 + 120.00 + 35.50 + 1,500.00 = 1,915.50, 合计 says 1,855.50"),

    # ---- 四川叙永 2023 (HTML, Sichuan table) ----
    ("xuyong-chubeilin-2023", 1, "weight_sum_mismatch", "table: 现有林改培面积 分值",
     "<td>2000</td><td>100.00%</td><td>10</td>", "<td>2000</td><td>100.00%</td><td>12</td>",
     ("<td>2000</td><td>100.00%</td><td>12</td>", "<td colspan=8>总分</td><td>100</td>"),
     "weights 10 (预算执行) + 52 + 30 + 10 = 102 against 总分 100"),
    ("xuyong-chubeilin-2023", 2, "grade_mismatch", "prose: 评价结论",
     "评价等级为优", "评价等级为良",
     "评价等级为良",
     "total 98.17 is in the 优 band (>= 90)"),
    ("xuyong-chubeilin-2023", 3, "score_sum_mismatch", "table: 中幼林抚育面积 得分",
     "<td>9.5</td><td>林权争议</td>", "<td>8.5</td><td>林权争议</td>",
     ("<td>8.5</td><td>林权争议</td>", "<td>98.17</td>"),
     "9.67 + 12 + 10 + 8.5 + 8 + 5 + 5 + 10 + 10 + 9 + 10 = 97.17, 总分 and text say 98.17"),
    ("xuyong-chubeilin-2023", 4, "implausible_rate", "table: 林农满意度 实际完成值",
     "<td>96.5</td><td>107.22%</td>", "<td>105.5</td><td>117.22%</td>",
     "<td>105.5</td><td>117.22%</td>",
     "satisfaction 105.5% is above 100% (the completion 117.22% = 105.5/90 is consistent with it)"),
    ("xuyong-chubeilin-2023", 5, "balance_mismatch", "prose: 未执行资金",
     "未执行资金34.45万元", "未执行资金43.45万元",
     "未执行资金43.45万元",
     "1,046.80 - 1,012.35 = 34.45万元, stated 43.45万元"),
    ("xuyong-chubeilin-2023", 6, "conflicting_values", "prose: 项目完成情况",
     "造林成活率91%。", "造林成活率97%。",
     "造林成活率97%",
     "prose 97%, the 自评表 actual for 造林成活率 is 91 (%)"),

    # ---- 广东平远 2025 (HTML, one cell a line in the 自评表) ----
    ("pingyuan-chubeilin-2025", 1, "average_mismatch", "prose: township list",
     "平均每镇1164亩", "平均每镇1146亩",
     "平均每镇1146亩",
     "(1320 + 1180 + 1260 + 1060 + 1000) / 5 = 1164亩, stated 1146亩"),
    ("pingyuan-chubeilin-2025", 2, "score_exceeds_weight", "prose: sub-project scores",
     "96分、93分、95分", "96分、103分、95分",
     "103分",
     "乡镇集体林储备林建设 self-evaluation score 103 above its 100-point maximum"),
    ("pingyuan-chubeilin-2025", 3, "balance_mismatch", "prose: 未执行/结转",
     "未执行的19.40万元", "未执行的21.40万元",
     "未执行的21.40万元",
     "1,036.50 - 1,017.10 = 19.40万元, stated 21.40万元"),
    ("pingyuan-chubeilin-2025", 4, "conflicting_values", "prose: 产出 paragraph",
     "（集约人工林）4620亩", "（集约人工林）4260亩",
     "新造储备林（集约人工林）4260亩",
     "prose 4260亩, the 自评表 actual for 新造储备林面积 is 4620亩"),
    ("pingyuan-chubeilin-2025", 5, "rate_mismatch", "table: sub-projects, 乡镇集体林 执行率",
     "<td>321.50</td><td>95.54%</td>", "<td>321.50</td><td>94.55%</td>",
     "<td>94.55%</td>",
     "321.50 / 336.50 = 95.54%, stated 94.55%"),
    ("pingyuan-chubeilin-2025", 6, "sum_mismatch", "prose: 省级资金 breakdown",
     "改培补助98.00万元", "改培补助89.00万元",
     "省级资金350.00万元中，造林补助210.00万元、改培补助89.00万元、抚育补助42.00万元",
     "210.00 + 89.00 + 42.00 = 341.00万元, stated total 350.00万元"),
]


def resolve_value(case, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = case.index(start)
    j = case.index(end, i) + len(end)
    return case[i:j]


def main():
    labels = []
    for src in SOURCES:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            assert clean.count(old) == 1, (src, n, "old text must occur once", old)
            case = clean.replace(old, new)
            val = resolve_value(case, value)
            assert case.count(val) == 1, (src, n, "value must occur once", val)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": val,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(r['clean'] for r in labels)} clean)")


if __name__ == "__main__":
    main()
