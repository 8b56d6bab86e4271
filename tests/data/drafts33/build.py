#!/usr/bin/env python3
"""Regenerate the error cases (cases/<id>-eN.txt) and labels.jsonl from the clean drafts.

Pure Python 3, no third-party packages. The clean drafts in cases/<id>-clean.txt are written by hand and
are the only input; every error case is the clean draft with the edits listed in EDITS applied.

An edit is (old, new): `old` must occur exactly once in the clean draft and is replaced by `new`.
Each case has one edit, except score-row cases (`rows=True`) that touch two adjacent table rows.
`value` is either the literal label value or a pair (start, end): the label value then runs from the
(unique) occurrence of `start` in the error case to the end of the first `end` found after it.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "lushan-reservoir-2022",
    "tangxian-irrigation-2019",
    "linxian-ruralwater-2024",
    "donge-riverchief-2020",
    "yanchuan-checkdam-2025",
]

EDITS = [
    # ---------------- 鲁山县水利局 小型水库除险加固 2022 (Henan) ----------------
    dict(src="lushan-reservoir-2022", n=1, code="rate_mismatch",
         edits=[("全年项目累计支出1,201.86万元，预算执行率93.60%", "全年项目累计支出1,201.86万元，预算执行率95.15%")],
         value="预算执行率95.15%",
         explanation="1,201.86 / 1,284.00 = 93.60%; 95.15% is the spending divided by the completed investment "
                     "1,263.12 (wrong base)"),
    dict(src="lushan-reservoir-2022", n=2, code="sum_mismatch",
         edits=[("质量检测等费用37.92万元", "质量检测等费用39.72万元")],
         value="39.72万元，项目实际完成投资1,263.12万元",
         explanation="1,225.20 + 39.72 = 1,264.92, stated completed investment 1,263.12 (other costs retyped 37.92 -> 39.72)"),
    dict(src="lushan-reservoir-2022", n=3, code="average_mismatch",
         edits=[("平均每座214.00万元", "平均每座241.00万元")],
         value="平均每座241.00万元",
         explanation="the six approved estimates total 1,284.00: mean 214.00 per reservoir, stated 241.00 (digits swapped)"),
    dict(src="lushan-reservoir-2022", n=4, code="completion_mismatch",
         edits=[("4,860亩         93.46%      5", "4,860亩         107.00%     5")],
         value="4,860亩         107.00%",
         explanation="gte target 5,200亩, actual 4,860亩: completion 93.46%; 107.00% is target/actual inverted"),
    dict(src="lushan-reservoir-2022", n=5, code="grade_mismatch",
         edits=[("评价等级为“优”", "评价等级为“良”")],
         value="评价等级为“良”",
         explanation="total 98.44 is in the 优 band (>= 90); 良 left over from an earlier report"),
    dict(src="lushan-reservoir-2022", n=6, code="unit_mismatch",
         edits=[("（612,600.00元）", "（612,600.00万元）")],
         value="612,600.00万元",
         explanation="the 61.26万元 retention written 612,600.00 with the unit 万元: off by 10^4 (should be 元)"),

    # ---------------- 唐县农业农村局 高效节水灌溉 2019 (Hebei) ----------------
    dict(src="tangxian-irrigation-2019", n=1, code="balance_mismatch",
         edits=[("年末结余147.60万元", "年末结余174.60万元")],
         value="结余174.60万元",
         explanation="到位 1,800.00 - 执行 1,652.40 = 147.60, stated 174.60"),
    dict(src="tangxian-irrigation-2019", n=2, code="score_sum_mismatch",
         edits=[("全部落实            全部落实            7       7", "全部落实            全部落实            7       6")],
         value=("全部落实            7       6", "98.54"),
         explanation="可持续影响 row re-scored 7 -> 6 without updating the total: rows now sum to 97.54, 合计 still 98.54"),
    dict(src="tangxian-irrigation-2019", n=3, code="weight_sum_mismatch",
         edits=[("93.00%              10      10", "93.00%              15      10")],
         value=("15      10\n合计", "100"),
         explanation="满意度 weight 15 copied from another template: weights sum to 105, 合计 says 100"),
    dict(src="tangxian-irrigation-2019", n=4, code="year_mismatch",
         edits=[("年度：2019年度", "年度：2018年度")],
         value="年度：2018年度",
         explanation="the 2019 report's table header claims the year 2018 (last year's table reused)"),
    dict(src="tangxian-irrigation-2019", n=5, code="conflicting_values",
         edits=[("项目区受益农户5,812户", "项目区受益农户5,182户")],
         value="受益农户5,182户",
         explanation="the table gives 5,812 beneficiary households; the text says 5,182 (digits swapped)"),
    dict(src="tangxian-irrigation-2019", n=6, code="implausible_rate",
         edits=[("0.00            0.00            —", "0.00            0.00            100%")],
         value="其他资金       0.00            0.00            0.00            100%",
         explanation="其他资金 budget 0.00: an execution rate on a zero base cannot be 100% (should be —)"),

    # ---------------- 临县农村供水保障中心 农村供水维修养护 2024 (Shanxi) ----------------
    dict(src="linxian-ruralwater-2024", n=1, code="rate_mismatch",
         edits=[("资金到位率98.09%", "资金到位率98.00%")],
         value="资金到位率98.00%",
         explanation="318.30 / 324.50 = 98.09%; 98.00% is the 财政资金小计 column (303.80 / 310.00) copied into the sentence"),
    dict(src="linxian-ruralwater-2024", n=2, code="score_exceeds_weight", rows=True,
         edits=[("\t101.41%\n\t8\n", "\t101.41%\n\t6.89\n"), ("\t98.49%\n\t6.89", "\t98.49%\n\t8")],
         value="\t7\n\t≥92%\n\t90.61%\n\t98.49%\n\t8",
         explanation="scores of two adjacent rows swapped: 水质检测合格率 gets 8 against a weight of 7 (total unchanged)"),
    dict(src="linxian-ruralwater-2024", n=3, code="completion_mismatch",
         edits=[("\t96.2%\n\t101.26%", "\t96.2%\n\t96.20%")],
         value="96.2%\n\t96.20%",
         explanation="集中供水率 target ≥95%, actual 96.2%: completion 101.26%; the actual was copied into 完成率"),
    dict(src="linxian-ruralwater-2024", n=4, code="sum_mismatch",
         edits=[("入户支管29.2公里", "入户支管26.2公里")],
         value="41.6公里（主管道12.4公里、入户支管26.2公里",
         explanation="12.4 + 26.2 = 38.6, stated total 41.6公里"),
    dict(src="linxian-ruralwater-2024", n=5, code="unit_mismatch",
         edits=[("\t≥730次\n\t756次", "\t≥730次\n\t103.56%")],
         value="≥730次\n\t103.56%",
         explanation="target counted in 次 (≥730次), actual given as a percentage: completion cannot be computed"),
    dict(src="linxian-ruralwater-2024", n=6, code="balance_mismatch",
         edits=[("年末结余7.80万元", "年末结余8.70万元")],
         value="结余8.70万元",
         explanation="到位 318.30 - 执行 310.50 = 7.80, stated 8.70"),

    # ---------------- 东阿县河长制办公室 河湖长制专项 2020 (Shandong) ----------------
    dict(src="donge-riverchief-2020", n=1, code="score_sum_mismatch",
         edits=[("2.6公里           6       2.40", "2.6公里           6       4.20")],
         value=("2.6公里           6       4.20", "16.40"),
         explanation="护坡 row score retyped 4.20 (was 2.40) without the subtotal: 8 + 4.20 + 6 = 18.20, 数量指标小计 16.40"),
    dict(src="donge-riverchief-2020", n=2, code="grade_mismatch",
         edits=[("评价等级为“良”", "评价等级为“优”")],
         value="评价等级为“优”",
         explanation="total 89.87 < 90 is 良, not 优 (rounded up to 90)"),
    dict(src="donge-riverchief-2020", n=3, code="implausible_rate",
         edits=[("满意度97.55%", "满意度106.00%")],
         value="满意度106.00%",
         explanation="318 satisfied divided by the 300 planned instead of the 326 visited: a satisfaction rate above 100%"),
    dict(src="donge-riverchief-2020", n=4, code="year_mismatch",
         edits=[("截至2020年12月31日", "截至2019年12月31日")],
         value="截至2019年12月31日",
         explanation="the 2020 execution figures are dated at the end of 2019 (last year's sentence kept)"),
    dict(src="donge-riverchief-2020", n=5, code="conflicting_values",
         edits=[("完成狼溪河清淤疏浚8.6公里", "完成狼溪河清淤疏浚6.8公里")],
         value="清淤疏浚6.8公里",
         explanation="the dredged length is 8.6公里 in the content, goals and table; 6.8 here"),
    dict(src="donge-riverchief-2020", n=6, code="weight_sum_mismatch",
         edits=[("100%              100%              6       6\n", "100%              100%              8       6\n")],
         value=("100%              8       6", "12      11.59"),
         explanation="清淤工程验收合格率 weight 8: 8 + 6 = 14 against 质量指标小计 12 (and 102 overall)"),

    # ---------------- 延川县水土保持工作站 病险淤地坝除险加固 2025 (Shaanxi) ----------------
    dict(src="yanchuan-checkdam-2025", n=1, code="average_mismatch",
         edits=[("平均单坝投资125.57万元", "平均单坝投资125.75万元")],
         value="平均单坝投资125.75万元",
         explanation="six 中型坝 total 753.40: mean 125.57, stated 125.75"),
    dict(src="yanchuan-checkdam-2025", n=2, code="score_exceeds_weight", rows=True,
         edits=[("365亩             5       4.35", "365亩             5       3.85"),
                ("100%              100%              5       5\n", "100%              100%              5       5.5\n")],
         value="100%              100%              5       5.5",
         explanation="管护责任落实率 scored 5.5 against a weight of 5 (0.5 moved from the row above, total unchanged)"),
    dict(src="yanchuan-checkdam-2025", n=3, code="unit_mismatch",
         edits=[("项目总投资0.15亿元", "项目总投资0.15万元")],
         value="总投资0.15万元",
         explanation="0.15 is in 亿元 (= 1,500.00万元, as the bracket says); written with 万元 it is off by 10^4"),
    dict(src="yanchuan-checkdam-2025", n=4, code="rate_mismatch",
         edits=[("中央资金执行率89.51%", "中央资金执行率84.80%")],
         value="中央资金执行率84.80%",
         explanation="966.75 / 1,080.00 = 89.51%; 84.80% divides by the 年初预算 1,140.00 (wrong base)"),
    dict(src="yanchuan-checkdam-2025", n=5, code="sum_mismatch",
         edits=[("未结算资金68.51万元", "未结算资金65.81万元")],
         value="113.25万元，其中工程质量保证金44.74万元、刘家沟和甄家湾两座中型坝未结算资金65.81万元",
         explanation="44.74 + 65.81 = 110.55, stated 结转 113.25"),
    dict(src="yanchuan-checkdam-2025", n=6, code="conflicting_values",
         edits=[("新增拦泥库容88.4万立方米", "新增拦泥库容84.8万立方米")],
         value="拦泥库容84.8万立方米",
         explanation="the table gives 88.4万立方米 new silt-retention capacity; the text says 84.8"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply(clean, edits):
    text = clean
    for old, new in edits:
        if clean.count(old) != 1:
            raise SystemExit(f"edit source not unique in clean draft ({clean.count(old)}x): {old!r}")
        if text.count(old) != 1:
            raise SystemExit(f"edit source not unique in working text: {old!r}")
        text = text.replace(old, new, 1)
    return text


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    start, end = spec
    if text.count(start) != 1:
        raise SystemExit(f"value start not unique: {start!r}")
    i = text.index(start)
    j = text.index(end, i + len(start)) + len(end)
    return text[i:j]


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for e in [x for x in EDITS if x["src"] == src]:
            clean = read(os.path.join(CASES, clean_name))
            text = apply(clean, e["edits"])
            name = f"{src}-e{e['n']}.txt"
            if name in seen:
                raise SystemExit(f"duplicate case {name}")
            seen.add(name)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            value = resolve_value(text, e["value"])
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": value,
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
