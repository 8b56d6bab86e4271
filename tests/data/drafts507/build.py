#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit replaces one exact string `old` (which must occur exactly once in the clean draft) by
`new`; the changed span is one contiguous stretch of at most 40 characters.  `value` is the label
value: an exact substring of the resulting case that contains the changed figure and occurs
exactly once in it.  Run `python3 build.py && python3 verify.py`.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yifeng-forestranger-2019",
    "songxian-senlinguanhu-2021",
    "jianghua-forestrydept-2022",
    "ningshan-rangerpatrol-2024",
    "jianning-forestranger-2025",
]

# (source, code, old, new, value, explanation)
EDITS = [
    # ---- 宜丰 2019 (｜ tables, funds by source in columns)
    ("yifeng-forestranger-2019", "rate_mismatch",
     "100.00%｜62.50%｜100.00%｜91.91%", "100.00%｜65.20%｜100.00%｜91.91%", "65.20%",
     "funds table, 到位率 of the county column: 30.00 / 48.00 = 62.50%, stated 65.20%"),
    ("yifeng-forestranger-2019", "balance_mismatch",
     "结余资金3.84万元已结转", "结余资金3.48万元已结转", "结余资金3.48万元",
     "balance carried forward: received 204.40 - spent 200.56 = 3.84, stated 3.48"),
    ("yifeng-forestranger-2019", "completion_mismatch",
     "16.0天｜80.00%", "16.0天｜85.00%", "16.0天｜85.00%",
     "patrol days: 16.0 / 20 = 80.00%, stated 85.00% (row score 6.40 still follows the true completion)"),
    ("yifeng-forestranger-2019", "average_mismatch",
     "平均每场10名", "平均每场11名", "平均每场11名",
     "rangers per forest farm: (12 + 9 + 11 + 8) / 4 = 10, stated 11"),
    ("yifeng-forestranger-2019", "year_mismatch",
     "已结转至2020年", "已结转至2019年", "已结转至2019年",
     "the balance of the 2019 budget is carried over to 2019 itself; it must go to a later year"),
    ("yifeng-forestranger-2019", "score_exceeds_weight",
     "0.35‰｜100.00%｜10｜10｜—\n｜可持续影响指标｜网格化管护机制｜健全｜健全｜—｜5｜5",
     "0.35‰｜100.00%｜10｜11｜—\n｜可持续影响指标｜网格化管护机制｜健全｜健全｜—｜5｜4",
     "0.35‰｜100.00%｜10｜11",
     "森林火灾受害率 scored 11 against a weight of 10 (the next, qualitative row lowered from 5 to 4, "
     "so every total still reads 89.78)"),
    # ---- 嵩县 2021 (tab tables, MOF funds block)
    ("songxian-senlinguanhu-2021", "sum_mismatch",
     "巡护装备购置26.35万元", "巡护装备购置23.65万元", "巡护装备购置23.65万元",
     "spending items 543.84 + 23.65 + 15.64 + 18.60 = 601.73, stated total 604.43 (item should be 26.35)"),
    ("songxian-senlinguanhu-2021", "score_sum_mismatch",
     "项目自评总分98.79分", "项目自评总分97.79分", "项目自评总分97.79分",
     "execution 9.76 + indicator scores 89.03 = 98.79, stated 97.79 (grade 优 unaffected)"),
    ("songxian-senlinguanhu-2021", "weight_sum_mismatch",
     "产出指标50分", "产出指标55分", "产出指标55分",
     "output weight stated 55 while the output rows add up to 50; 10 + 55 + 30 + 10 = 105, not the stated 100"),
    ("songxian-senlinguanhu-2021", "conflicting_values",
     "林区群众满意度91.5%。", "林区群众满意度95.1%。", "林区群众满意度95.1%",
     "public satisfaction is 91.5% in the 自评表 row, 95.1% in the text"),
    ("songxian-senlinguanhu-2021", "unit_mismatch",
     "（6,044,300元）", "（6,044,300万元）", "6,044,300万元",
     "604.43万元 restated as 6,044,300万元: the 元 figure carries the unit 万元 (off by 10^4)"),
    ("songxian-senlinguanhu-2021", "implausible_rate",
     "其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%\t—", "0.00\t—\t100.00%",
     "execution rate 100.00% printed for 其他资金 whose budget is 0.00: a rate on a zero base"),
    # ---- 江华 2022 部门整体支出 (｜ tables, sources as columns)
    ("jianghua-forestrydept-2022", "grade_mismatch",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 96.13 is in the 优 band (>= 90)"),
    ("jianghua-forestrydept-2022", "average_mismatch",
     "平均92.55分", "平均92.45分", "平均92.45分",
     "(96.50 + 93.20 + 91.80 + 88.70) / 4 = 92.55, stated 92.45"),
    ("jianghua-forestrydept-2022", "rate_mismatch",
     "下降10.73%", "下降11.73%", "下降11.73%",
     "三公 decrease 0.82 / 7.64 = 10.73%, stated 11.73%"),
    ("jianghua-forestrydept-2022", "sum_mismatch",
     "基本支出｜1,286.40｜", "基本支出｜1,268.40｜", "1,268.40",
     "基本支出 row 1,268.40 + 0.00 + 0.00 + 12.60 = 1,281.00, stated 1,299.00 (column total 3,651.20 breaks too)"),
    ("jianghua-forestrydept-2022", "conflicting_values",
     "全年管护森林资源298.6万亩", "全年管护森林资源289.6万亩", "管护森林资源289.6万亩",
     "managed forest area 289.6万亩 in the overview, 298.6万亩 in section 三 and in the 自评表"),
    ("jianghua-forestrydept-2022", "score_exceeds_weight",
     "政府采购执行率｜100%｜100%｜5｜5\n｜｜管理制度健全性｜健全｜健全｜5｜5",
     "政府采购执行率｜100%｜100%｜5｜6\n｜｜管理制度健全性｜健全｜健全｜5｜4",
     "政府采购执行率｜100%｜100%｜5｜6",
     "政府采购执行率 scored 6 against a weight of 5 (the next, qualitative row lowered from 5 to 4, "
     "so the 过程 subtotal 29.60 and the total 96.13 still hold)"),
    # ---- 宁陕 2024 (tab tables, items table, no satisfaction indicator)
    ("ningshan-rangerpatrol-2024", "completion_mismatch",
     "17.6天\t80.00%", "17.6天\t88.00%", "17.6天\t88.00%",
     "patrol days 17.6 / 22 = 80.00%, stated 88.00% (score 8.00 still follows the true completion)"),
    ("ningshan-rangerpatrol-2024", "unit_mismatch",
     "巡护装备购置\t24.00\t", "巡护装备购置\t240000.00\t", "240000.00",
     "budget of 巡护装备购置 written in 元 (240000) in a 万元 column: items sum, 执行率 99.00% and "
     "结转 0.24 all reconcile only with 24.00万元"),
    ("ningshan-rangerpatrol-2024", "weight_sum_mismatch",
     "小计\t\t\t\t\t60\t51.80", "小计\t\t\t\t\t65\t51.80", "小计\t\t\t\t\t65\t51.80",
     "产出 subtotal weight 65 while its rows add up to 60; 10 + 65 + 30 = 105"),
    ("ningshan-rangerpatrol-2024", "balance_mismatch",
     "结转资金10.77万元", "结转资金10.47万元", "结转资金10.47万元",
     "380.00 - 369.23 = 10.77, stated 10.47"),
    ("ningshan-rangerpatrol-2024", "implausible_rate",
     "满意116户，满意率96.67%", "满意126户，满意率105.00%", "满意126户，满意率105.00%",
     "126 satisfied out of 120 households visited: satisfaction 105.00% (the division is right, the rate impossible)"),
    ("ningshan-rangerpatrol-2024", "year_mismatch",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "spending of the 2024 report stated as of 31 December 2023"),
    # ---- 建宁 2025 (｜ tables, MOF funds block, completion column)
    ("jianning-forestranger-2025", "grade_mismatch",
     "评价等级｜优", "评价等级｜良", "评价等级｜良",
     "total 98.47 is in the 优 band (>= 90)"),
    ("jianning-forestranger-2025", "score_sum_mismatch",
     "｜100｜98.47｜", "｜100｜98.74｜", "100｜98.74",
     "总分 row: execution 9.92 + indicator rows 88.55 = 98.47, stated 98.74 (grade 优 unaffected)"),
    ("jianning-forestranger-2025", "rate_mismatch",
     "预算执行率99.20%。", "预算执行率96.20%。", "预算执行率96.20%",
     "279.26 / 281.50 = 99.20%, stated 96.20%"),
    ("jianning-forestranger-2025", "unit_mismatch",
     "问题处置时限｜≤2天｜1.5天", "问题处置时限｜≤2天｜100%", "问题处置时限｜≤2天｜100%",
     "target in days (≤2天), actual as a percentage (100%): completion cannot be computed"),
    ("jianning-forestranger-2025", "sum_mismatch",
     "巡护APP运维及装备19.66万元", "巡护APP运维及装备16.96万元", "巡护APP运维及装备16.96万元",
     "254.88 + 4.72 + 16.96 = 276.56, stated total 279.26 (item should be 19.66)"),
    ("jianning-forestranger-2025", "conflicting_values",
     "松材线虫病疫情发生面积620亩，超出", "松材线虫病疫情发生面积602亩，超出", "松材线虫病疫情发生面积602亩",
     "pine-wilt area 602亩 in the text, 620亩 in the 自评表 row"),
]


def edit_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return max(len(a) - j - i, len(b) - j - i)


def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        k = 0
        for (s, code, old, new, value, why) in EDITS:
            if s != src:
                continue
            k += 1
            assert clean.count(old) == 1, (src, code, old, clean.count(old))
            text = clean.replace(old, new)
            n = edit_span(clean, text)
            assert 0 < n <= 40, (src, code, n)
            assert text.count(value) == 1, (src, code, value, text.count(value))
            assert value not in clean or clean.count(value) == 0, (src, code, "value already in the clean draft")
            name = f"{src}-e{k}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": why}]})
        assert k == 6, (src, k)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
