#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n21 from the clean drafts.

Every error case is its clean draft with exactly one edit from EDITS below.
Pure Python 3, no third-party packages.  Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zhalaite-irrigation-2018",
    "aihui-ruralroad-2019",
    "benxi-heatingpipe-2020",
    "dunhua-rivertreatment-2022",
    "kulun-bridgerepair-2023",
    "meihekou-gaspipe-2024",
]

# Each edit: project, n (-> <project>-e<n>.txt), code, a list of (old, new) replacements (old must be
# unique in the clean draft; one replacement, or two on adjacent table rows for score edits),
# value (the exact labelled substring; a str, or ("span", start, end): from the first occurrence of
# `start` in the case to the end of the first occurrence of `end` after it), explanation.
EDITS = [
    # ---- zhalaite-irrigation-2018 (Inner Mongolia, water conservancy, irrigation district) ----
    dict(project="zhalaite-irrigation-2018", n=1, code="rate_mismatch",
         repl=[("| 863.15 | 92.81% |", "| 863.15 | 92.18% |")],
         value="92.18%",
         explanation="自治区配套 executed 863.15 of 930.00 = 92.81%; stated 92.18% (digits transposed when retyping the table)"),
    dict(project="zhalaite-irrigation-2018", n=2, code="weight_sum_mismatch",
         repl=[("| ≥126座 | 124座 | 10 | 9.84 |", "| ≥126座 | 124座 | 12 | 9.84 |")],
         value=("span", "12 | 9.84", "| 合计 | | | | | 100"),
         explanation="weight of 配套渠系建筑物 left at 12 from the 2017 table: 产出 weights now 52 and all weights 102, stated total 100"),
    dict(project="zhalaite-irrigation-2018", n=3, code="average_mismatch",
         repl=[("三个标段平均下浮率6.47%", "三个标段平均下浮率6.74%")],
         value="平均下浮率6.74%",
         explanation="(6.88% + 5.92% + 6.61%) / 3 = 6.47%, stated 6.74%"),
    dict(project="zhalaite-irrigation-2018", n=4, code="year_mismatch",
         repl=[("截至2018年12月31日，项目累计完成投资", "截至2017年12月31日，项目累计完成投资")],
         value="截至2017年12月31日",
         explanation="the cumulative 8,068.35 = 3,800.00 (2017) + 4,268.35 (2018) is the end-of-2018 figure of a 2018 report; date left from the 2017 report"),
    dict(project="zhalaite-irrigation-2018", n=5, code="unit_mismatch",
         repl=[("预留施工质保金122.58万元", "预留施工质保金1,225,768.16万元")],
         value="1,225,768.16万元",
         explanation="the 元 figure of the 质保金 column (1,225,768.16元 = 122.58万元) written with the unit 万元; balance 226.65 = 122.58 + 11.86 + 92.21 only after rescaling by 10^4"),

    # ---- aihui-ruralroad-2019 (Heilongjiang, transport, rural roads) ----
    dict(project="aihui-ruralroad-2019", n=1, code="balance_mismatch",
         repl=[("结余113.28万元", "结余131.28万元")],
         value="结余131.28万元",
         explanation="到位 2,960.00 − 执行 2,846.72 = 113.28 (区级 620.00 − 506.72), stated 131.28"),
    dict(project="aihui-ruralroad-2019", n=2, code="score_sum_mismatch",
         repl=[("| 84.00% | 10 | 8.40 |", "| 84.00% | 10 | 8.04 |")],
         value=("span", "8.04 |", "| 100 | 98.02"),
         explanation="运输成本 row score retyped 8.04 without changing the total: rows now sum to 97.66, total still 98.02"),
    dict(project="aihui-ruralroad-2019", n=3, code="implausible_rate",
         repl=[("| 省级补助资金 | 0.00 | 0.00 | 0.00 | 0.00 | — |", "| 省级补助资金 | 0.00 | 0.00 | 0.00 | 0.00 | 100.00% |")],
         value="| 省级补助资金 | 0.00 | 0.00 | 0.00 | 0.00 | 100.00%",
         explanation="execution rate 100.00% printed for a source whose 全年预算 is 0.00: rate on a zero base"),
    dict(project="aihui-ruralroad-2019", n=4, code="completion_mismatch",
         repl=[("| 97.6% | 102.74% |", "| 97.6% | 97.60% |")],
         value="97.60%",
         explanation="平整度 target ≥95%, actual 97.6%: completion 97.6/95 = 102.74%; the actual was copied into the 完成率 cell"),
    dict(project="aihui-ruralroad-2019", n=5, code="conflicting_values",
         repl=[("合同价46.80万元", "合同价48.60万元")],
         value="48.60万元",
         explanation="监理 contract is 468,000.00元 (46.80万元) in the payment table, 48.60万元 in the text"),

    # ---- benxi-heatingpipe-2020 (Liaoning, housing & construction, heating network) ----
    dict(project="benxi-heatingpipe-2020", n=1, code="sum_mismatch",
         repl=[("明山区16.80公里", "明山区18.60公里")],
         value="58.40公里，其中平山区21.60公里、明山区18.60公里",
         explanation="21.60 + 18.60 + 13.20 + 6.80 = 60.20 ≠ 58.40 (明山区 length retyped)"),
    dict(project="benxi-heatingpipe-2020", n=2, code="score_exceeds_weight",
         repl=[("| 2020年10月22日 | 8 | 8 |", "| 2020年10月22日 | 8 | 10 |"),
               ("| 29.82万元 | 10 | 10 |", "| 29.82万元 | 10 | 8 |")],
         value="2020年10月22日 | 8 | 10",
         explanation="scores of the adjacent 时效 and 成本 rows swapped: 时效 scores 10 against weight 8 (subtotal and total still add up)"),
    dict(project="benxi-heatingpipe-2020", n=3, code="grade_mismatch",
         repl=[("评价等级为良好", "评价等级为优秀")],
         value="评价等级为优秀",
         explanation="total 89.03 lies in the 良 band (80 ≤ s < 90)"),
    dict(project="benxi-heatingpipe-2020", n=4, code="rate_mismatch",
         repl=[("| 1,612.46 | 87.16% |", "| 1,612.46 | 70.11% |")],
         value="70.11%",
         explanation="市级 1,612.46 / 全年预算 1,850.00 = 87.16%; 70.11% is recomputed on the 年初预算 2,300.00 (before the 450.00 cut)"),
    dict(project="benxi-heatingpipe-2020", n=5, code="unit_mismatch",
         repl=[("换热站1,386.52万元", "换热站1,386.52亿元")],
         value="1,386.52亿元",
         explanation="a 万元 amount labelled 亿元: 6,020.00 = 2,860.40 + 1,773.08 + 1,386.52 (万元); contract 13,865,200.00元"),

    # ---- dunhua-rivertreatment-2022 (Jilin, water conservancy, river treatment) ----
    dict(project="dunhua-rivertreatment-2022", n=1, code="implausible_rate",
         repl=[("| ≥90% | 95.2% | 10 | 10 |", "| ≥90% | 952% | 10 | 10 |")],
         value="沿河群众满意度 | ≥90% | 952%",
         explanation="satisfaction 952% (decimal point lost from 95.2%): a satisfaction rate above 100%"),
    dict(project="dunhua-rivertreatment-2022", n=2, code="average_mismatch",
         repl=[("村均5,400人", "村均4,320人")],
         value="村均4,320人",
         explanation="(6,120 + 5,480 + 4,860 + 5,140) / 4 = 5,400; 4,320 divides by 5"),
    dict(project="dunhua-rivertreatment-2022", n=3, code="weight_sum_mismatch",
         repl=[("| 5.20公里 | 8 | 8 |", "| 5.20公里 | 10 | 8 |")],
         value=("span", "10 | 8 | — |", "| 合计 | | | | | 100"),
         explanation="新建护岸 weight typed 10 (copied from the row above): 产出 weights 52, all weights 102, stated total 100"),
    dict(project="dunhua-rivertreatment-2022", n=4, code="balance_mismatch",
         repl=[("年末结余197.36万元", "年末结余179.36万元")],
         value="结余179.36万元",
         explanation="到位 3,716.00 − 执行 3,518.64 = 197.36, stated 179.36"),
    dict(project="dunhua-rivertreatment-2022", n=5, code="sum_mismatch",
         repl=[("右岸3.78公里", "右岸3.87公里")],
         value="8.64公里（左岸4.86公里、右岸3.87公里",
         explanation="4.86 + 3.87 = 8.73 ≠ 8.64 (右岸 length transposed)"),

    # ---- kulun-bridgerepair-2023 (Inner Mongolia, transport, dangerous bridges) ----
    dict(project="kulun-bridgerepair-2023", n=1, code="conflicting_values",
         repl=[("年内完成7座危桥改造，共386.4延米", "年内完成7座危桥改造，共368.4延米")],
         value="共368.4延米",
         explanation="total bridge length is 386.4延米 in the overview, the bridge table and the indicator table; 368.4 in section 五"),
    dict(project="kulun-bridgerepair-2023", n=2, code="year_mismatch",
         repl=[("于2023年3月15日下达", "于2022年3月15日下达")],
         value="2022年3月15日",
         explanation="funds of the 2023 budget said to be issued in March 2022 (neither the evaluation year nor the December advance)"),
    dict(project="kulun-bridgerepair-2023", n=3, code="completion_mismatch",
         repl=[("| 4.81万元 | 100.00% |", "| 4.81万元 | 82.93% |")],
         value="82.93%",
         explanation="cost indicator ≤5.8万元 met by 4.81万元: completion 100%; 82.93% = 4.81/5.8 computed as if it were a ≥ target"),
    dict(project="kulun-bridgerepair-2023", n=4, code="score_sum_mismatch",
         repl=[("| 50 | 49.29 |", "| 50 | 49.92 |")],
         value=("span", "49.92 |", "| 100 | 97.21"),
         explanation="产出 subtotal typed 49.92: its rows sum to 49.29, and 9.17 + 49.92 + 28.75 + 10 = 97.84 ≠ 97.21"),
    dict(project="kulun-bridgerepair-2023", n=5, code="rate_mismatch",
         repl=[("| 391.85 | 67.56% |", "| 391.85 | 17.34% |")],
         value="17.34%",
         explanation="旗级 391.85 / 580.00 = 67.56%; 17.34% is 391.85 over the whole budget 2,260.00"),

    # ---- meihekou-gaspipe-2024 (Jilin, housing & construction, gas pipes) ----
    dict(project="meihekou-gaspipe-2024", n=1, code="grade_mismatch",
         repl=[("评价等级为优秀", "评价等级为良好")],
         value="评价等级为良好",
         explanation="total 97.44 lies in the 优 band (≥ 90)"),
    dict(project="meihekou-gaspipe-2024", n=2, code="score_exceeds_weight",
         repl=[("|2.8%|10|8.93|", "|2.8%|10|8.53|"),
               ("|93.6%|10|10|—", "|93.6%|10|10.40|—")],
         value="93.6%|10|10.40",
         explanation="satisfaction scored uncapped 10 × 93.6/90 = 10.40 against weight 10; the adjacent 漏损率 row lowered from 8.93 to 8.53 so rows still sum to 97.44"),
    dict(project="meihekou-gaspipe-2024", n=3, code="unit_mismatch",
         repl=[("项目总投资1.3862亿元", "项目总投资1.3862万元")],
         value="1.3862万元",
         explanation="total investment 6,800.00 + 4,200.00 + 2,862.00 = 13,862.00万元 = 1.3862亿元, written 1.3862万元 (off by 10^4)"),
    dict(project="meihekou-gaspipe-2024", n=4, code="conflicting_values",
         repl=[("户内设施改造完成12,460户", "户内设施改造完成12,640户")],
         value="12,640户",
         explanation="households done: 12,460户 in the indicator table (1.246万户 benefited), 12,640户 in section 四"),
    dict(project="meihekou-gaspipe-2024", n=5, code="sum_mismatch",
         repl=[("第三方检测|520,000.00|—|520,000.00|", "第三方检测|520,000.00|—|502,000.00|")],
         value=("span", "502,000.00", "|87,462,800.00"),
         explanation="检测 payment retyped 502,000.00: the 2024年支付 column now sums to 87,444,800.00, total still 87,462,800.00"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply(clean, repl):
    text = clean
    for old, new in repl:
        if clean.count(old) != 1:
            raise SystemExit(f"anchor not unique in clean draft: {old!r} ({clean.count(old)})")
        text = text.replace(old, new, 1)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    _, start, end = value
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"value start not found: {start!r}")
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"value end not found after start: {end!r}")
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for e in [x for x in EDITS if x["project"] == pid]:
            text = apply(clean, e["repl"])
            name = f"{pid}-e{e['n']}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error",
                                         "value": resolve_value(text, e["value"]),
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels ({sum(1 for r in labels if not r['clean'])} error cases)")


if __name__ == "__main__":
    main()
