#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft.
`value` is the substring of the error case that carries the changed figure (the label).
`where` is prose/table; `fig` = (old figure, new figure, check) feeds verify.py's uniqueness test:
check "once" = the old figure occurs once in the clean draft and the new one once in the error case,
"twice" = conflicting_values (old figure is meant to occur twice), None = not a stand-alone figure
(a grade word, a year, a unit, a small weight or count).
Standard library only. Run: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sx-yuci-yilaodian-2018",
    "gx-liuzhou-bengzhan-2019",
    "jx-jizhou-yilaodian-2021",
    "fj-licheng-bumen-2022",
    "hb-shashi-qingyu-2024",
]

EDITS = {
    "sx-yuci-yilaodian-2018": [
        dict(code="rate_mismatch", where="table",
             old="\t92.35\n", new="\t93.25\n", value="\t93.25",
             fig=("92.35", "93.25", "once"),
             what="(7) row, 县区级 column: 92.35 -> 93.25",
             explanation="预算执行率 (7)=(4)/(2), 县区级: 318.62 / 345.00 = 92.35%, the table prints 93.25"),
        dict(code="balance_mismatch", where="table",
             old="(5)=(3)-(4)\n\t26.38", new="(5)=(3)-(4)\n\t26.83", value="(5)=(3)-(4)\n\t26.83",
             fig=("26.38", "26.83", "once"),
             what="(5) 资金结余, 年度总金额: 26.38 -> 26.83",
             explanation="资金结余 (5)=(3)-(4): 501.50 - 475.12 = 26.38, the table prints 26.83"),
        dict(code="completion_mismatch", where="table",
             old="\t109.00%", new="\t119.00%", value="43.6公里\n\t119.00%",
             fig=("109.00", "119.00", "once"),
             what="附件1 雨水管道清掏疏通长度 完成率: 109.00% -> 119.00%",
             explanation="≥40公里 target, 43.6公里 actual: completion 43.6 / 40 = 109.00%, stated 119.00%"),
        dict(code="weight_sum_mismatch", where="table",
             old="\t易涝点整治数量\n\t15\n", new="\t易涝点整治数量\n\t16\n", value="易涝点整治数量\n\t16",
             fig=None,
             what="附件1 易涝点整治数量 权重: 15 -> 16",
             explanation="weights 10+16+15+10+10+15+15+10 = 101, not 100 (the row's score 15 is unchanged)"),
        dict(code="grade_mismatch", where="prose",
             old="属于“优秀”", new="属于“良好”", value="99.31分，属于“良好”",
             fig=None,
             what="grade 优秀 -> 良好",
             explanation="a total of 99.31 is in the 优 band (90 and above), the text says 良好"),
        dict(code="year_mismatch", where="prose",
             old="已结转至2019年", new="已结转至2018年", value="已结转至2018年",
             fig=None,
             what="carry-over year 2019 -> 2018",
             explanation="the unspent part of the 2018 budget is said to be carried over to 2018 itself"),
    ],
    "gx-liuzhou-bengzhan-2019": [
        dict(code="sum_mismatch", where="table",
             old="\t2700\t4,924.0", new="\t2700\t4,942.0", value="合计\t9780\t26\t2700\t4,942.0",
             fig=("4,924.0", "4,942.0", "once"),
             what="pump-station table 合计 抽排水量: 4,924.0 -> 4,942.0",
             explanation="1,286.4 + 947.2 + 1,612.8 + 605.5 + 472.1 = 4,924.0 万立方米, the 合计 row says 4,942.0"),
        dict(code="average_mismatch", where="prose",
             old="平均每座540小时", new="平均每座504小时", value="平均每座504小时",
             fig=("540", "504", "once"),
             what="average running hours per station: 540 -> 504",
             explanation="(612 + 538 + 705 + 447 + 398) / 5 = 540 hours, the text says 504"),
        dict(code="implausible_rate", where="table",
             old="≥90%\t93.6%", new="≥90%\t103.6%", value="≥90%\t103.6%",
             fig=("93.6", "103.6", "once"),
             what="附表 沿线居民及商户满意度 实际完成值: 93.6% -> 103.6%",
             explanation="a satisfaction rate of 103.6% is above 100%"),
        dict(code="unit_mismatch", where="table",
             old="运行维护泵站数量\t5座\t5座", new="运行维护泵站数量\t5座\t100%",
             value="运行维护泵站数量\t5座\t100%",
             fig=None,
             what="附表 运行维护泵站数量 实际完成值: 5座 -> 100%",
             explanation="target is a count of stations (5座), the actual is a percentage: completion cannot be computed"),
        dict(code="conflicting_values", where="prose",
             old="机组完好率保持在97.5%", new="机组完好率保持在95.7%", value="机组完好率保持在95.7%",
             fig=("97.5", "95.7", "twice"),
             what="prose 机组完好率: 97.5% -> 95.7%",
             explanation="the same year's 机组完好率 is 97.5% in the 附表 (质量指标 row), 95.7% in the text"),
        dict(code="score_sum_mismatch", where="table",
             old="总分\t100\t99.68", new="总分\t100\t98.68", value="总分\t100\t98.68",
             fig=("99.68", "98.68", "once"),
             what="附表 总分 得分: 99.68 -> 98.68",
             explanation="row scores 9.68 + 10×5 + 15 + 15 + 10 = 99.68, the 总分 row says 98.68"),
    ],
    "jx-jizhou-yilaodian-2021": [
        dict(code="sum_mismatch", where="table",
             old="年度资金总额\n786.00", new="年度资金总额\n768.00", value="年度资金总额\n768.00",
             fig=("786.00", "768.00", "once"),
             what="附件1 年度资金总额 年初预算数: 786.00 -> 768.00",
             explanation="年初预算数 720.00 + 66.00 + 0.00 = 786.00, the 年度资金总额 row says 768.00"),
        dict(code="rate_mismatch", where="prose",
             old="741.35万元，执行率97.55%", new="741.35万元，执行率97.45%",
             value="741.35万元，执行率97.45%",
             fig=("97.55", "97.45", "once"),
             what="当年财政拨款 执行率: 97.55% -> 97.45%",
             explanation="当年财政拨款 741.35 / 760.00 = 97.55%, the text says 97.45%"),
        dict(code="completion_mismatch", where="prose",
             old="（15公里）的124.00%", new="（15公里）的142.00%", value="（15公里）的142.00%",
             fig=("124.00", "142.00", "once"),
             what="雨水管渠 completion: 124.00% -> 142.00%",
             explanation="18.6公里 built against a 15公里 target: 18.6 / 15 = 124.00%, the text says 142.00%"),
        dict(code="conflicting_values", where="prose",
             old="新建和改造雨水口652个", new="新建和改造雨水口625个", value="雨水口625个",
             fig=("652", "625", "twice"),
             what="prose 雨水口 count: 652 -> 625",
             explanation="the 附件1 row 新建改造雨水口数量 gives 652个 for the same output, the text 625个"),
        dict(code="implausible_rate", where="table",
             old="其他资金\n0.00\n0.00\n0.00\n—\n—\n—", new="其他资金\n0.00\n0.00\n0.00\n—\n100.00%\n—",
             value="0.00\n—\n100.00%",
             fig=None,
             what="附件1 其他资金 执行率: — -> 100.00%",
             explanation="其他资金 has a 0.00 budget and 0.00 spent: a 100.00% execution rate on a zero base"),
        dict(code="year_mismatch", where="prose",
             old="截至2021年12月31日", new="截至2020年12月31日", value="截至2020年12月31日",
             fig=None,
             what="cut-off date 2021年12月31日 -> 2020年12月31日",
             explanation="the 2021 report states its spending as of 31 December 2020, before the budget year began"),
    ],
    "fj-licheng-bumen-2022": [
        dict(code="score_exceeds_weight", where="table",
             old="90.61%｜100｜92.40", new="90.61%｜100｜102.40", value="｜100｜102.40",
             fig=("92.40", "102.40", "once"),
             what="表1 防汛应急物资储备及抢险 自评得分: 92.40 -> 102.40",
             explanation="the project's self-evaluation score 102.40 is above its 分值 100"),
        dict(code="average_mismatch", where="prose",
             old="平均95.40%", new="平均95.04%", value="平均95.04%",
             fig=("95.40", "95.04", "once"),
             what="average satisfaction: 95.40% -> 95.04%",
             explanation="(96.2 + 94.8 + 97.5 + 95.0 + 93.5) / 5 = 95.40%, the text says 95.04%"),
        dict(code="balance_mismatch", where="prose",
             old="年末结转结余75.64万元", new="年末结转结余75.46万元", value="结转结余75.46万元",
             fig=("75.64", "75.46", "once"),
             what="year-end 结转结余: 75.64 -> 75.46",
             explanation="收入 2,468.35 - 支出 2,392.71 = 75.64万元, the text says 75.46万元"),
        dict(code="weight_sum_mismatch", where="table",
             old="资金使用合规性｜10｜10", new="资金使用合规性｜12｜10", value="资金使用合规性｜12｜10",
             fig=None,
             what="表2 资金使用合规性 分值: 10 -> 12",
             explanation="表2 weights 5+15+12+5+15+10+10+15+15 = 102, not the 100 of the 总分 row"),
        dict(code="grade_mismatch", where="table",
             old="评价等级：优", new="评价等级：良", value="97.24｜评价等级：良",
             fig=None,
             what="表2 grade 优 -> 良",
             explanation="a total of 97.24 is in the 优 band (90 and above), the table says 良"),
        dict(code="unit_mismatch", where="prose",
             old="物资81.55万元", new="物资815500万元", value="物资815500万元",
             fig=("81.55", "815500", "once"),
             what="防汛物资 amount: 81.55万元 -> 815500万元",
             explanation="81.55万元 written as the 元 figure 815500 with the unit 万元: 815500 + 62.16 ≠ 143.71, "
                         "reconciled exactly by 815500元 = 81.55万元 (off by 10^4)"),
    ],
    "hb-shashi-qingyu-2024": [
        dict(code="sum_mismatch", where="prose",
             old="朝阳街道9处，合计31处", new="朝阳街道9处，合计33处", value="朝阳街道9处，合计33处",
             fig=("31", "33", "once"),
             what="waterlogging points 合计: 31 -> 33",
             explanation="6 + 5 + 7 + 4 + 9 = 31 points, the text says 合计33处"),
        dict(code="score_sum_mismatch", where="prose",
             old="综合自评得分96分", new="综合自评得分98分", value="综合自评得分98分",
             fig=("96", "98", "once"),
             what="stated total score: 96 -> 98",
             explanation="附件 row scores sum to 95.55 (consistent with a whole-point 96), not 98"),
        dict(code="score_exceeds_weight", where="table",
             old="已建立|5|4.5", new="已建立|5|5.4", value="已建立|5|5.4",
             fig=("4.5", "5.4", "once"),
             what="附件 易涝点台账及应急预案 得分: 4.5 -> 5.4",
             explanation="score 5.4 above the row's 分值 5 (the new sum 96.45 still rounds to the stated 96)"),
        dict(code="unit_mismatch", where="prose",
             old="每公里14,500元", new="每公里14,500万元", value="每公里14,500万元",
             fig=None,
             what="支管 unit price 14,500元 -> 14,500万元 per km",
             explanation="86.6公里 × 14,500万元 ≠ 125.57万元; with 元 (1.45万元/公里) it is exact: unit off by 10^4"),
        dict(code="year_mismatch", where="table",
             old="附件\n2024年度项目支出绩效自评表", new="附件\n2023年度项目支出绩效自评表",
             value="2023年度项目支出绩效自评表",
             fig=None,
             what="附件 header 2024年度 -> 2023年度",
             explanation="the 2024 report's 自评表 claims the 2023 budget year"),
        dict(code="conflicting_values", where="prose",
             old="抢险人员1,850人次", new="抢险人员1,580人次", value="抢险人员1,580人次",
             fig=("1,850", "1,580", "twice"),
             what="prose 抢险人员 count: 1,850 -> 1,580",
             explanation="the 附件 row 抢险人员出动 gives 1850人次 as the actual, the text 1,580人次"),
    ],
}


def main():
    rows = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        rows.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, ed in enumerate(EDITS[src], 1):
            n = clean.count(ed["old"])
            if n != 1:
                raise SystemExit(f"{src} e{i}: old string matches {n} times: {ed['old']!r}")
            text = clean.replace(ed["old"], ed["new"])
            if ed["value"] not in text:
                raise SystemExit(f"{src} e{i}: value not in error case: {ed['value']!r}")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            rows.append({"case": name, "source": src, "clean": False,
                         "expected": [{"code": ed["code"], "severity": "error",
                                       "value": ed["value"], "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"built {len(rows)} cases")


if __name__ == "__main__":
    main()
