#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts488 from the clean drafts and an edit list.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft,
`value` (the label) must occur exactly once in the resulting case and contain the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "haining-xinbao-2019",
    "nankang-kaituo-2021",
    "lanshan-baofei-2022",
    "yibin-waijingmao-2023",
    "xuchang-bumen-2024",
]

# (source, n, code, old, new, value, where, explanation)
EDITS = [
    # --- 浙江 海宁 2019 (｜ tables, MOF layout, no 完成率 column) ---
    ("haining-xinbao-2019", 1, "rate_mismatch",
     "731.56｜10｜96.26%", "731.56｜10｜92.66%", "92.66%",
     "funds table, 年度资金总额 执行率",
     "731.56 / 760.00 = 96.26%, stated 92.66% (the 9.63 score still follows the amounts)"),
    ("haining-xinbao-2019", 2, "sum_mismatch",
     "第二批280.00万元", "第二批290.00万元", "第二批290.00万元",
     "prose, 资金安排与下达 (batch list)",
     "320.00 + 290.00 + 160.00 = 770.00, stated 合计760.00万元"),
    ("haining-xinbao-2019", 3, "unit_mismatch",
     "统保平台保费1192000元", "统保平台保费1192000万元", "统保平台保费1192000万元",
     "prose, 资金使用",
     "the 统保 premium of 119.20万元 (1192000元) labelled 万元: 612.36 + 1192000 ≠ 731.56 and 596户 × 2000元 ≠ 1192000万元; both reconcile exactly when rescaled by 10^4"),
    ("haining-xinbao-2019", 4, "balance_mismatch",
     "未执行的28.44万元", "未执行的24.84万元", "未执行的24.84万元",
     "prose, 资金使用 (carry-over sentence)",
     "760.00 − 731.56 = 28.44, stated 24.84"),
    ("haining-xinbao-2019", 5, "year_mismatch",
     "结转至2020年", "结转至2019年", "结转至2019年",
     "prose, 资金使用 (carry-over sentence)",
     "unspent money of the 2019 budget cannot be carried over to 2019 itself"),
    ("haining-xinbao-2019", 6, "score_exceeds_weight",
     "达成年度指标｜5｜5｜—\n｜可持续影响｜政策持续效应｜持续发挥｜达成年度指标｜5｜5",
     "达成年度指标｜5｜6｜—\n｜可持续影响｜政策持续效应｜持续发挥｜达成年度指标｜5｜4",
     "外贸企业抗风险能力｜有效提升｜达成年度指标｜5｜6",
     "indicator table, 社会效益 row (next qualitative row lowered 5→4 inside its 80–100% band)",
     "score 6 above weight 5; the next qualitative row went 5→4 so the total 98.83 still adds up"),
    # --- 江西 南康 2021 (tab tables, Shanxi funds table, 完成率 column) ---
    ("nankang-kaituo-2021", 1, "implausible_rate",
     "87.40\t—\t—", "87.40\t100\t—", "87.40\t100\t—",
     "funds table, row (7) 预算执行率, column 上年结转",
     "上年结转 全年预算 is 0.00: an execution rate of 100 on a zero base is implausible (was —)"),
    ("nankang-kaituo-2021", 2, "completion_mismatch",
     "93.8%\t104.22%", "93.8%\t102.44%", "102.44%",
     "indicator table, 企业满意度 row",
     "93.8 / 90 = 104.22%, stated 102.44%"),
    ("nankang-kaituo-2021", 3, "sum_mismatch",
     "国际认证及商标注册补助41.64万元", "国际认证及商标注册补助46.14万元", "国际认证及商标注册补助46.14万元",
     "prose, breakdown of 开拓国际市场补助",
     "154.80 + 46.14 + 36.00 = 236.94, stated 232.44"),
    ("nankang-kaituo-2021", 4, "unit_mismatch",
     "19.62亿元", "19.62%", "19.62%",
     "indicator table, 参保企业出口额 row",
     "target ≥18亿元 but actual written as 19.62%: completion cannot be computed"),
    ("nankang-kaituo-2021", 5, "score_sum_mismatch",
     "达成年度指标\t—\t5\t5", "达成年度指标\t—\t5\t4.5",
     "企业开拓国际市场能力\t逐步增强\t达成年度指标\t—\t5\t4.5",
     "indicator table, 可持续影响 row (qualitative, 4.5 still inside its band)",
     "row scores now add to 96.24, stated 合计 96.74 (table) and 96.74分 (text)"),
    ("nankang-kaituo-2021", 6, "conflicting_values",
     "共支持54家企业", "共支持45家企业", "共支持45家企业",
     "prose, 绩效目标完成情况",
     "text says 45 companies at trade fairs, the 自评表 row says 54家 (90.00% of ≥60家, score 9)"),
    # --- 山东 兰山 2022 (prose only) ---
    ("lanshan-baofei-2022", 1, "score_exceeds_weight",
     "达成年度指标，得10分；“出口市场多元化”分值10分，达成年度指标，得9分",
     "达成年度指标，得11分；“出口市场多元化”分值10分，达成年度指标，得8分",
     "“外贸企业抗风险能力”分值10分，达成年度指标，得11分",
     "prose, 效益指标 qualitative pair",
     "score 11 above weight 10; the next qualitative item went 9→8 (inside 8–10) so 效益 still totals 29"),
    ("lanshan-baofei-2022", 2, "completion_mismatch",
     "完成率110.00%", "完成率101.00%", "完成率101.00%",
     "prose, 产出指标 1 保费补贴企业数",
     "110 / 100 = 110.00%, stated 101.00%"),
    ("lanshan-baofei-2022", 3, "weight_sum_mismatch",
     "产出指标（分值50分", "产出指标（分值55分", "产出指标（分值55分",
     "prose, heading of 产出指标 block",
     "产出 items weigh 15 + 10 + 10 + 5 + 10 = 50, stated 55; first-level weights now total 105"),
    ("lanshan-baofei-2022", 4, "average_mismatch",
     "平均每批95.77万元", "平均每批97.55万元", "平均每批97.55万元",
     "prose, batch list",
     "(96.48 + 118.52 + 72.30) / 3 = 95.77, stated 97.55"),
    ("lanshan-baofei-2022", 5, "score_sum_mismatch",
     "合计自评得分97.60分", "合计自评得分96.70分", "合计自评得分96.70分",
     "prose, 自评结论",
     "9.40 + 49.2 + 29 + 10 = 97.60, stated 96.70 (grade 优 unchanged)"),
    ("lanshan-baofei-2022", 6, "balance_mismatch",
     "未支出的26.74万元", "未支出的27.64万元", "未支出的27.64万元",
     "prose, 资金安排及使用情况",
     "445.00 − 418.26 = 26.74, stated 27.64"),
    # --- 四川 宜宾 2023 (Sichuan table: 10 + 90, 指标性质/度量单位) ---
    ("yibin-waijingmao-2023", 1, "rate_mismatch",
     "其中：财政资金｜800.00｜750.00｜702.35｜—｜93.65%", "其中：财政资金｜800.00｜750.00｜702.35｜—｜96.35%",
     "其中：财政资金｜800.00｜750.00｜702.35｜—｜96.35%",
     "funds table, 财政资金 row",
     "702.35 / 750.00 = 93.65%, stated 96.35%"),
    ("yibin-waijingmao-2023", 2, "weight_sum_mismatch",
     "达成年度指标｜15｜15", "达成年度指标｜18｜15", "稳外贸稳就业作用｜定性｜明显｜—｜达成年度指标｜18",
     "indicator table, 社会效益 row weight",
     "indicator weights now total 93 against 绩效指标合计 90 (and 103 against 总分 100); score 15 stays inside the 80–100% band of 18"),
    ("yibin-waijingmao-2023", 3, "balance_mismatch",
     "未支出的47.65万元", "未支出的46.75万元", "未支出的46.75万元",
     "prose, 资金计划、到位及使用",
     "750.00 − 702.35 = 47.65, stated 46.75"),
    ("yibin-waijingmao-2023", 4, "implausible_rate",
     "财政专户管理资金｜0.00｜0.00｜0.00｜—｜—", "财政专户管理资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "财政专户管理资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "funds table, 财政专户管理资金 row",
     "rate 100.00% on a 0.00 budget (was —)"),
    ("yibin-waijingmao-2023", 5, "average_mismatch",
     "户均补助3.46万元", "户均补助3.64万元", "户均补助3.64万元",
     "prose, batch list",
     "460.05 / 133 = 3.46, stated 3.64"),
    ("yibin-waijingmao-2023", 6, "grade_mismatch",
     "自评等级为优", "自评等级为良", "自评等级为良",
     "prose, 评价结论",
     "98.31 is in the 优 band (≥90)"),
    # --- 河南 许昌 2024 (部门整体支出) ---
    ("xuchang-bumen-2024", 1, "average_mismatch",
     "平均自评得分93.53分", "平均自评得分93.35分", "平均自评得分93.35分",
     "prose under the project table",
     "(95.6 + 91.2 + 93.8) / 3 = 93.53, stated 93.35"),
    ("xuchang-bumen-2024", 2, "conflicting_values",
     "全年共为216家企业", "全年共为261家企业", "全年共为261家企业",
     "prose, 保费补贴 paragraph",
     "text says 261 companies, the 自评表 row says 216家 (108.00% of ≥200家)"),
    ("xuchang-bumen-2024", 3, "completion_mismatch",
     "34场｜113.33%", "34场｜103.33%", "34场｜103.33%",
     "indicator table, 组织企业参加境内外展会 row",
     "34 / 30 = 113.33%, stated 103.33%"),
    ("xuchang-bumen-2024", 4, "year_mismatch",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "prose, 部门预算收支情况",
     "the 2024 spending is reported as of 31 Dec 2023"),
    ("xuchang-bumen-2024", 5, "grade_mismatch",
     "综合评价等级为优", "综合评价等级为良", "综合评价等级为良",
     "prose, 自评结论",
     "97.27 is in the 优 band (≥90)"),
    ("xuchang-bumen-2024", 6, "rate_mismatch",
     "392.52｜90.03%", "392.52｜93.03%", "392.52｜93.03%",
     "project table, 外贸企业开拓国际市场资金 row",
     "392.52 / 436.00 = 90.03%, stated 93.03%"),
]


def changed_region(a, b):
    """[start, end) in b of the single contiguous region where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s


def main():
    labels = []
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
    for src in SOURCES:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, where, expl) in EDITS:
            if s != src:
                continue
            text = clean[src]
            if text.count(old) != 1:
                sys.exit(f"{src}-e{n}: old occurs {text.count(old)} times: {old!r}")
            out = text.replace(old, new)
            if out.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {out.count(value)} times: {value!r}")
            a, b = changed_region(text, out)
            if b - a > 40 or b <= a:
                sys.exit(f"{src}-e{n}: changed region {a}-{b} not 1..40 characters")
            vs = out.index(value)
            if not (vs < b and a < vs + len(value)):
                sys.exit(f"{src}-e{n}: value does not overlap the edit")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(out)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
