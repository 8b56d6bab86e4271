#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n105 from the clean drafts.

Each edit replaces `old` (which must occur exactly once in the clean draft) by `new`.
`value` is either a literal string or a (start_marker, end_marker) pair: the value is then
the text of the error case from the start of start_marker to the end of the first end_marker
after it (used for sum/weight/score-total errors, which span from the changed part to the total).
`rows2` marks score-row edits that touch two adjacent table rows (old/new then span the line break).
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "nanjiang-gaibo-2018",
    "xichou-ruohuan-2019",
    "zhaojue-bogai-2020",
    "luodian-nengli-2022",
    "fugong-ruohuan-2024",
]

T = "\t"

EDITS = {
    "nanjiang-gaibo-2018": [
        dict(code="rate_mismatch",
             old="2,731.46｜10｜95.51%｜9.55", new="2,731.46｜10｜95.15%｜9.55",
             value="95.15%",
             explanation="table row 年度资金总额: 2,731.46 / 2,860.00 = 95.51%, printed 95.15% (digits transposed; text and 财政资金 row keep 95.51%)"),
        dict(code="sum_mismatch",
             old="学生宿舍0.46万平方米", new="学生宿舍0.64万平方米",
             value="新建校舍1.26万平方米（其中教学综合楼0.58万平方米、学生宿舍0.64万平方米",
             explanation="0.58 + 0.64 + 0.22 = 1.44 ≠ 1.26万平方米 (宿舍 0.46 retyped as 0.64)"),
        dict(code="year_mismatch",
             old="截至2018年12月31日，项目实际支出", new="截至2017年12月31日，项目实际支出",
             value="截至2017年12月31日",
             explanation="2018 report: the spending figure is dated at the end of 2017 (last year's template left in)"),
        dict(code="score_exceeds_weight", rows2=True,
             old="6.28平方米｜15｜15｜—\n效益指标｜可持续影响｜新建校舍设计使用年限≥50年｜50年｜5｜5｜—",
             new="6.28平方米｜5｜15｜—\n效益指标｜可持续影响｜新建校舍设计使用年限≥50年｜50年｜15｜5｜—",
             value="6.28平方米｜5｜15",
             explanation="社会效益 scored 15 against a weight of 5 (weights of the two adjacent 效益 rows swapped; weight and score sums unchanged)"),
        dict(code="average_mismatch",
             old="平均每校382.10万元", new="平均每校385.43万元",
             value="平均每校385.43万元",
             explanation="(452.60 + 388.20 + 305.50) / 3 = 382.10; 385.43 is the mean with 正直镇初级中学's pre-settlement 398.20 left in"),
        dict(code="unit_mismatch",
             old="单价28,500元，计273.60万元", new="单价28,500万元，计273.60万元",
             value="单价28,500万元",
             explanation="96 × 28,500元 = 273.60万元; the 元 unit price is written as 万元 (off by 10^4)"),
    ],
    "xichou-ruohuan-2019": [
        dict(code="balance_mismatch",
             old="年末结余43.43万元", new="年末结余34.43万元",
             value="结余34.43万元",
             explanation="1,645.80 − 1,602.37 = 43.43万元, stated 34.43"),
        dict(code="weight_sum_mismatch",
             old="社会效益小计" + T * 5 + "20" + T + "20", new="社会效益小计" + T * 5 + "25" + T + "20",
             value=("社会效益小计" + T * 5 + "25", "合计" + T * 6 + "100"),
             explanation="weights 10 + 20 + 10 + 10 + 10 + 25 + 10 + 10 = 105 ≠ 100 (社会效益 weight 20 → 25; text still says 效益30分)"),
        dict(code="completion_mismatch",
             old="1,040个" + T + "104.00%", new="1,040个" + T + "96.15%",
             value="1,040个" + T + "96.15%",
             explanation="≥1,000个, actual 1,040个: completion 104.00%; 96.15% is 1,000/1,040 (base inverted)"),
        dict(code="conflicting_values",
             old="1,540元/平方米" + T + "100.00%", new="1,450元/平方米" + T + "100.00%",
             value="1,450元/平方米",
             explanation="table actual 1,450元/平方米 vs text 每平方米1,540元 (1,047.20万元 / 0.68万平方米 = 1,540)"),
        dict(code="score_sum_mismatch",
             old="时效指标小计" + T * 5 + "10" + T + "8.57", new="时效指标小计" + T * 5 + "10" + T + "10",
             value=("时效指标小计" + T * 5 + "10" + T + "10", "合计" + T * 6 + "100" + T + "98.31"),
             explanation="9.74 + 20 + 10 + 10 + 10 + 20 + 10 + 10 = 99.74 ≠ 98.31 (时效 score raised to 10 without updating the total)"),
        dict(code="implausible_rate",
             old="实际支出34万元，执行率94%", new="实际支出38万元，执行率106%",
             value="实际支出38万元，执行率106%",
             explanation="前期费用 38万元 spent against a 36万元 budget: 38/36 = 105.56% ≈ 106%, an execution rate over 100%"),
    ],
    "zhaojue-bogai-2020": [
        dict(code="rate_mismatch",
             old="到位3,976.50万元，到位率96.36%", new="到位3,976.50万元，到位率96.63%",
             value="到位率96.63%",
             explanation="3,976.50 / 4,126.50 = 96.36%, printed 96.63%"),
        dict(code="year_mismatch",
             old="评价年度 | 2020年", new="评价年度 | 2019年",
             value="评价年度 | 2019年",
             explanation="2020 report (title, budget sentences); the table header keeps last year's 2019"),
        dict(code="grade_mismatch",
             old="自评等级 | 良好", new="自评等级 | 优秀",
             value="自评等级 | 优秀",
             explanation="total 88.25 is in the 良 band (80 ≤ s < 90)"),
        dict(code="average_mismatch",
             old="平均每校924.50万元", new="平均每校1,232.67万元",
             value="平均每校1,232.67万元",
             explanation="(1,568.60 + 972.80 + 822.40 + 334.20) / 4 = 924.50; 1,232.67 = 3,698.00 / 3 (one school left out of the count)"),
        dict(code="completion_mismatch",
             old="9个 | 55.56%", new="9个 | 180.00%",
             value="9个 | 180.00%",
             explanation="≤5个 target, actual 9个: completion 5/9 = 55.56%; 180.00% is actual/target as for a ≥ indicator"),
        dict(code="balance_mismatch",
             old="年末已到位未支出资金274.32万元", new="年末已到位未支出资金264.32万元",
             value="264.32万元",
             explanation="到位 3,976.50 − 执行 3,702.18 = 274.32万元, stated 264.32 (subtraction slip)"),
    ],
    "luodian-nengli-2022": [
        dict(code="implausible_rate",
             old="(6)=(3)/(2)" + T + "100.00" + T + "100.00" + T + "100.00" + T + "100.00" + T + "—",
             new="(6)=(3)/(2)" + T + "100.00" + T + "100.00" + T + "100.00" + T + "100.00" + T + "100.00",
             value="(6)=(3)/(2)" + T + "100.00" + T + "100.00" + T + "100.00" + T + "100.00" + T + "100.00",
             explanation="市级 column has no budget (—) yet its 到位率 cell reads 100.00: a rate over a zero base (row filled across by copy)"),
        dict(code="weight_sum_mismatch",
             old="可持续影响小计" + T * 2 + "10" + T * 4 + "9.56", new="可持续影响小计" + T * 2 + "15" + T * 4 + "9.56",
             value=("可持续影响小计" + T * 2 + "15", "\n合计" + T * 2 + "100"),
             explanation="社会效益 20 + 可持续影响 15 = 35 ≠ 效益指标合计 30; all weights now 105 ≠ 合计 100"),
        dict(code="score_sum_mismatch",
             old="时效指标小计" + T * 2 + "5" + T * 4 + "3.00", new="时效指标小计" + T * 2 + "5" + T * 4 + "5.00",
             value=("时效指标小计" + T * 2 + "5" + T * 4 + "5.00", "\n合计" + T * 2 + "100" + T * 4 + "96.28"),
             explanation="25 + 10 + 5.00 + 10 = 50.00 ≠ 产出指标合计 48.00, and the rows now add to 98.28 ≠ 合计 96.28 (时效 score edited without the totals)"),
        dict(code="sum_mismatch",
             old="沫阳镇中心小学0.32万平方米", new="沫阳镇中心小学0.23万平方米",
             value="1.46万平方米（其中罗甸县第三中学0.62万平方米、边阳镇中学0.52万平方米、沫阳镇中心小学0.23万平方米",
             explanation="0.62 + 0.52 + 0.23 = 1.37 ≠ 1.46万平方米"),
        dict(code="unit_mismatch",
             old="厕所改造191.53万元", new="厕所改造1915300万元",
             value="1915300万元",
             explanation="厕所改造 1,915,300元 written with the unit 万元; 596.66 + 547.50 + 191.53 = 1,335.69 (off by 10^4)"),
        dict(code="conflicting_values",
             old="二是生均图书28.24册", new="二是生均图书28.42册",
             value="生均图书28.42册",
             explanation="生均图书 is 28.24册 in the table and the 效益分析 (401,060 / 14,200 = 28.24)"),
    ],
    "fugong-ruohuan-2024": [
        dict(code="grade_mismatch",
             old="评价等级｜良好", new="评价等级｜优秀",
             value="评价等级｜优秀",
             explanation="total 86.21 is in the 良 band (80 ≤ s < 90); the text says 良好"),
        dict(code="score_exceeds_weight", rows2=True,
             old="3个｜10｜6.00｜雨季道路中断，2个子项目顺延\n产出指标｜成本指标｜校舍单方造价≤1,800元/平方米；运动场单价≤320元/平方米｜1,660—1,760元/平方米；300元/平方米｜10｜10｜—",
             new="3个｜10｜4.00｜雨季道路中断，2个子项目顺延\n产出指标｜成本指标｜校舍单方造价≤1,800元/平方米；运动场单价≤320元/平方米｜1,660—1,760元/平方米；300元/平方米｜10｜12｜—",
             value="300元/平方米｜10｜12",
             explanation="成本指标 scored 12 against a weight of 10 (2 points moved from the adjacent 时效 row, total unchanged)"),
        dict(code="rate_mismatch",
             old="2,248.00万元的78.26%", new="2,248.00万元的83.86%",
             value="83.86%",
             explanation="1,759.32 / 2,248.00 = 78.26%; 83.86% is 1,759.32 / 2,098.00 (年初预算 used as base)"),
        dict(code="unit_mismatch",
             old="800张；60块｜20", new="800张；100%｜20",
             value="800张；100%",
             explanation="智慧黑板 target ≥60块, actual written as 100%: no completion can be computed"),
        dict(code="sum_mismatch",
             old="（单价19,800元）118.80万元", new="（单价19,800元）108.80万元",
             value="108.80万元，设备购置合计326.80万元",
             explanation="116.00 + 92.00 + 108.80 = 316.80 ≠ 326.80"),
        dict(code="conflicting_values",
             old="项目学校寄宿生4,260人，床位缺口", new="项目学校寄宿生4,620人，床位缺口",
             value="寄宿生4,620人",
             explanation="项目学校寄宿生 4,260人 in 一、项目概况; 4,620 in 五、效益"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start_marker, end_marker = value
    s = text.index(start_marker)
    e = text.index(end_marker, s) + len(end_marker)
    return text[s:e]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for n, ed in enumerate(EDITS[pid], 1):
            cnt = clean.count(ed["old"])
            if cnt != 1:
                raise SystemExit(f"{pid} e{n}: old occurs {cnt} times in clean")
            text = clean.replace(ed["old"], ed["new"])
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({
                "case": name, "source": pid, "clean": False,
                "expected": [{
                    "code": ed["code"], "severity": "error",
                    "value": resolve_value(text, ed["value"]),
                    "explanation": ed["explanation"],
                }],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
