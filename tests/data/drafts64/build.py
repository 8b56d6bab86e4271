#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n64 from the clean drafts.

Each edit replaces one exact string `old` (which must occur once in the clean draft) by `new`.
`value` is either a string (the exact substring carrying the error in the error case) or a pair
(start_marker, end_marker): the value then runs from the first occurrence of start_marker to the
end of the first occurrence of end_marker after it (used for sums, score totals and weight totals).
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "napo-linkagefund-2022",
    "lancang-linkagefund-2024",
    "sanjiang-oilteafund-2023",
    "ximeng-ethnicfund-2021",
    "donglan-linkagefund-2025",
]

# (project, n, code, old, new, value, explanation)
EDITS = [
    # ---------------- 那坡县乡村振兴局 2022 (Guangxi) ----------------
    ("napo-linkagefund-2022", 1, "sum_mismatch",
     "｜184.60｜184.60｜100.00%", "｜148.60｜148.60｜100.00%",
     ("二｜基础设施类｜｜715.90", "合计｜｜｜4,263.65｜4,020.34｜94.29%"),
     "row 11 retyped 184.60 as 148.60 in both money cells: 基础设施类 rows now sum to 679.90 / 640.57 against the "
     "subtotal 715.90 / 676.57, and all rows to 4,227.65 / 3,984.34 against 合计 4,263.65 / 4,020.34"),
    ("napo-linkagefund-2022", 2, "rate_mismatch",
     "｜198.36｜93.21%", "｜198.36｜93.12%",
     "198.36｜93.12%",
     "坡荷乡茶叶加工厂: 198.36 / 212.80 = 93.21%, stated 93.12% (digits transposed)"),
    ("napo-linkagefund-2022", 3, "score_sum_mismatch",
     "｜83.33%｜10｜8.77", "｜83.33%｜10｜9.77",
     ("83.33%｜10｜9.77", "总分｜｜｜｜｜100｜98.16"),
     "资产确权移交率 score raised from 8.77 to 9.77 without updating the total: rows now sum to 99.16, total reads 98.16"),
    ("napo-linkagefund-2022", 4, "year_mismatch",
     "已按规定结转至2023年继续使用", "已按规定结转至2022年继续使用",
     "结转至2022年",
     "the unpaid 243.31万元 of the 2022 funds is said to be carried over into 2022 itself; must be a later year (2023)"),
    ("napo-linkagefund-2022", 5, "average_mismatch",
     "三镇平均13,914元", "三镇平均13,941元",
     "三镇平均13,941元",
     "(14,286 + 13,540 + 13,917) / 3 = 13,914.33, stated 13,941"),
    ("napo-linkagefund-2022", 6, "unit_mismatch",
     "小额信贷贴息312.45万元，惠及", "小额信贷贴息3,124,500万元，惠及",
     "3,124,500万元",
     "the 贴息 of 3,124,500元 (312.45万元 in the table, row 14) written with the unit 万元: off by 10^4"),

    # ---------------- 澜沧县农业农村局 2024 (Yunnan) ----------------
    ("lancang-linkagefund-2024", 1, "conflicting_values",
     "已拨付2,437.15万元；", "已拨付2,473.15万元；",
     "2,473.15万元",
     "肉牛养殖产业园（二期） paid 2,437.15万元 in the table (row 3, 90.9% of 2,680.00), prose retyped it as 2,473.15万元"),
    ("lancang-linkagefund-2024", 2, "implausible_rate",
     "资金调整至第3项 | 0.00 | 0.00 | —", "资金调整至第3项 | 0.00 | 0.00 | 100.0%",
     "资金调整至第3项 | 0.00 | 0.00 | 100.0%",
     "cancelled project with 资金规模 0.00: a 支付进度 of 100.0% on a zero base (column filled down); should be —"),
    ("lancang-linkagefund-2024", 3, "weight_sum_mismatch",
     "88.24% | 98.04% | 5 | 4.90", "88.24% | 98.04% | 6 | 4.90",
     ("98.04% | 6 | 4.90", "| 100 | 98.94"),
     "项目完工率 weight typed 6 instead of 5: the 分值 column now sums to 101 while 合计 reads 100"),
    ("lancang-linkagefund-2024", 4, "completion_mismatch",
     "32615人 | 108.72%", "32615人 | 108.27%",
     "32615人 | 108.27%",
     "带动脱贫人口 32,615 / 30,000 = 108.72%, stated 108.27%"),
    ("lancang-linkagefund-2024", 5, "balance_mismatch",
     "未拨付的848.65万元", "未拨付的884.65万元",
     "884.65万元",
     "14,170.70 - 13,322.05 = 848.65万元 unpaid and carried over, stated 884.65"),
    ("lancang-linkagefund-2024", 6, "rate_mismatch",
     "8,656.95万元，支付进度93.05%", "8,656.95万元，支付进度61.09%",
     "支付进度61.09%",
     "产业发展类 paid 8,656.95 of 9,303.70 = 93.05%; 61.09% divides by the whole 14,170.70 (wrong base)"),

    # ---------------- 三江县林业局 2023 (Guangxi) ----------------
    ("sanjiang-oilteafund-2023", 1, "score_exceeds_weight",
     "4386人\t6\t6\n效益指标\t社会效益指标\t林业实用技术培训人次\t≥2100人次\t2100人次\t6\t6",
     "4386人\t6\t6.58\n效益指标\t社会效益指标\t林业实用技术培训人次\t≥2100人次\t2100人次\t6\t5.42",
     "4386人\t6\t6.58",
     "over-achievement scored uncapped (6 x 4386/4000 = 6.58) above the weight 6; the next row was lowered to 5.42 "
     "so the total still reads 88.42"),
    ("sanjiang-oilteafund-2023", 2, "grade_mismatch",
     "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”",
     "88.42 lies in the 80-90 band (良); 优 needs 90 or more (the platform 80/70/60 cut-offs are not the rule here)"),
    ("sanjiang-oilteafund-2023", 3, "sum_mismatch",
     "自治区衔接资金486.00万元", "自治区衔接资金468.00万元",
     ("1,870.00万元，比2022年", "自治区衔接资金468.00万元"),
     "sources 1,120.00 + 468.00 + 90.00 + 174.00 = 1,852.00, total stated 1,870.00 (486.00 retyped as 468.00)"),
    ("sanjiang-oilteafund-2023", 4, "unit_mismatch",
     "≤1200元/亩\t1200元/亩", "≤1200元/亩\t100%",
     "≤1200元/亩\t100%",
     "成本指标 target in 元/亩, actual written as a percentage"),
    ("sanjiang-oilteafund-2023", 5, "conflicting_values",
     "优质油茶苗圃建设项目投入96.00万元", "优质油茶苗圃建设项目投入69.00万元",
     "69.00万元",
     "苗圃 project is 96.00万元 in the table (budget and paid, 100%), prose says 69.00万元"),
    ("sanjiang-oilteafund-2023", 6, "year_mismatch",
     "截至2023年12月31日，已拨付", "截至2022年12月31日，已拨付",
     "截至2022年12月31日",
     "payment position of the 2023 funds dated at the end of 2022 (last year's date left in); evaluation year is 2023"),

    # ---------------- 西盟县民族宗教事务局 2021 (Yunnan) ----------------
    ("ximeng-ethnicfund-2021", 1, "average_mismatch",
     "平均每个村寨115.67万元", "平均每个村寨173.50万元",
     "平均每个村寨173.50万元",
     "(180.00 + 95.00 + 72.00) / 3 = 115.67; 173.50 divides the 347.00 by 2"),
    ("ximeng-ethnicfund-2021", 2, "implausible_rate",
     "全年支出48.60万元，支出率97.20%", "全年支出58.60万元，支出率117.20%",
     "58.60万元，支出率117.20%",
     "县级配套资金 50.00万元 with 58.60万元 spent: execution rate 117.20% (arithmetic right, spending above the budget)"),
    ("ximeng-ethnicfund-2021", 3, "score_sum_mismatch",
     "| 97.17% | 10 | 9.72 |", "| 97.17% | 10 | 9.27 |",
     ("97.17% | 10 | 9.27", "| 100 | 97.87 |"),
     "项目当年完工率 score retyped 9.27 (for 9.72): rows now sum to 97.42, 合计 reads 97.87"),
    ("ximeng-ethnicfund-2021", 4, "completion_mismatch",
     "| 72万元 | 100% |", "| 72万元 | 90.00% |",
     "72万元 | 90.00%",
     "≤80万元 target met by 72万元: completion 100%; 90.00% is actual/target applied to a ≤ indicator"),
    ("ximeng-ethnicfund-2021", 5, "rate_mismatch",
     "占少数民族发展任务资金的61.55%", "占少数民族发展任务资金的66.01%",
     "占少数民族发展任务资金的66.01%",
     "674.00 / 1,095.00 = 61.55%; 66.01% is 674.00 / 1,021.00 (other items left out of the base)"),
    ("ximeng-ethnicfund-2021", 6, "unit_mismatch",
     "1.6832亿元", "1.6832万元",
     "1.6832万元",
     "county total 1.6832亿元 written as 万元 (off by 10^4): it is then smaller than its part 1,095.00万元 and the 6.51% share fails"),

    # ---------------- 东兰县财政局 2025 (Guangxi) ----------------
    ("donglan-linkagefund-2025", 1, "weight_sum_mismatch",
     "9326人｜7｜7", "9326人｜8｜7",
     ("9326人｜8｜7", "总分｜｜｜｜｜100｜90.00"),
     "带动脱贫人口 weight typed 8 for 7: funds block 10 + indicator weights 91 = 101, 总分 reads 100"),
    ("donglan-linkagefund-2025", 2, "grade_mismatch",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "total 90.00 is in the 优 band (lower bound 90 inclusive)"),
    ("donglan-linkagefund-2025", 3, "balance_mismatch",
     "未执行的329.85万元", "未执行的239.85万元",
     "239.85万元",
     "3,091.90 - 2,762.05 = 329.85万元 unspent and carried to 2026, stated 239.85"),
    ("donglan-linkagefund-2025", 4, "conflicting_values",
     "养殖示范基地建设项目安排386.00万元", "养殖示范基地建设项目安排368.00万元",
     "368.00万元",
     "黑山猪示范基地 is 3,860,000.00元 = 386.00万元 in the table (row 2), prose says 368.00万元"),
    ("donglan-linkagefund-2025", 5, "score_exceeds_weight",
     "14.6万羽｜4｜2.92\n产出指标｜时效指标｜资金支付进度｜≥95%｜89.33%｜5｜4.70",
     "14.6万羽｜4｜4.70\n产出指标｜时效指标｜资金支付进度｜≥95%｜89.33%｜5｜2.92",
     "14.6万羽｜4｜4.70",
     "scores of two adjacent rows pasted one row off: 乌鸡供苗量 now scores 4.70 above its weight 4 (total unchanged)"),
    ("donglan-linkagefund-2025", 6, "sum_mismatch",
     "｜1,980.00｜2,765.06｜2,435.21｜", "｜1,980.00｜2,765.06｜2,453.21｜",
     ("年度资金总额｜2,306.84", "2,453.21"),
     "全年执行数: 当年财政拨款 2,453.21 + 上年结转 326.84 + 其他 0 = 2,780.05, 年度资金总额 reads 2,762.05 "
     "(2,435.21 retyped)"),
]


def value_of(text, spec):
    if isinstance(spec, str):
        return spec
    start, end = spec
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[i:j]


def build():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for _, n, code, old, new, spec, expl in sorted(by_project.get(proj, []), key=lambda e: e[1]):
            if clean.count(old) != 1:
                raise SystemExit(f"{proj} e{n}: old string occurs {clean.count(old)} times")
            text = clean.replace(old, new)
            value = value_of(text, spec)
            name = f"{proj}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    build()
