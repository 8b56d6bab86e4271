#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n104 from the clean drafts.

Pure Python 3, no third-party packages. Run from anywhere:
    python3 build.py
Every edit is listed in EDITS below: (old, new) pairs applied to the clean draft, each `old` must
occur exactly once in it. A label's value is either a literal string or a (start, end) pair of
markers: the value then runs from the start marker to the end of the end marker in the error case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zanhuang-gaice-2019",
    "pingshun-lajishouyun-2022",
    "lushi-nongyebumen-2021",
    "julu-lajizhili-2018",
    "guangshan-gaicezhenggai-2025",
]

# source -> list of error cases, numbered e1, e2 ... in this order
EDITS = {
    "zanhuang-gaice-2019": [
        dict(code="rate_mismatch",
             edits=[("县级配套资金执行率90.27%", "县级配套资金执行率92.07%")],
             value="县级配套资金执行率92.07%",
             explanation="county funds spent 198.60 of 220.00 = 90.27%, stated 92.07% (digits retyped)"),
        dict(code="sum_mismatch",
             edits=[("第三方检测验收费17.80万元", "第三方检测验收费17.08万元")],
             value="1,098.60万元，其中改厕奖补资金1,074.10万元、第三方检测验收费17.08万元",
             explanation="1,074.10 + 17.08 + 6.70 = 1,097.88, stated total 1,098.60 (17.80 retyped as 17.08)"),
        dict(code="score_exceeds_weight",
             edits=[("｜8176户｜102.20%｜15｜15｜", "｜8176户｜102.20%｜15｜15.33｜"),
                    ("｜312户｜104.00%｜5｜5｜", "｜312户｜104.00%｜5｜4.67｜")],
             value="102.20%｜15｜15.33",
             explanation="score 15.33 above weight 15 (weight x completion 102.20% without the cap); next row lowered to 4.67 so the total still reads 99.70"),
        dict(code="unit_mismatch",
             edits=[("奖补资金58.40万元", "奖补资金584000万元")],
             value="584000万元",
             explanation="584 double-vat households x 1,000元 = 584000元 (table) = 58.40万元; the 元 figure is labelled 万元 (off by 10^4)"),
        dict(code="completion_mismatch",
             edits=[("｜312户｜104.00%｜", "｜312户｜96.15%｜")],
             value="问题厕所整改数｜≥300户｜312户｜96.15%",
             explanation="gte target 300, actual 312: completion 104.00%; 96.15% is 300/312 (inverted base)"),
        dict(code="year_mismatch",
             edits=[("年度：2019年", "年度：2018年")],
             value="年度：2018年",
             explanation="the 2019 report's self-evaluation table header says 2018 (last year's form reused)"),
    ],
    "pingshun-lajishouyun-2022": [
        dict(code="balance_mismatch",
             edits=[("中标价178.32万元，结余资金7.68万元", "中标价178.32万元，结余资金8.68万元")],
             value="结余资金8.68万元",
             explanation="truck budget 186.00 - contract 178.32 = 7.68, stated 8.68"),
        dict(code="weight_sum_mismatch",
             edits=[("\t满意度指标\n\t10\n\t9.81", "\t满意度指标\n\t15\n\t9.81")],
             value="15\n\t9.81\n\n\t合计\n\t100",
             explanation="summary weights 10 + 50 + 30 + 15 = 105, total row says 100 (satisfaction detail table weight is 10)"),
        dict(code="completion_mismatch",
             edits=[("\t2436个\n\t101.50%", "\t2436个\n\t105.10%")],
             value="105.10%",
             explanation="2436 / 2400 = 101.50%, stated 105.10%"),
        dict(code="implausible_rate",
             edits=[("\t100\n\t100\n\t0\n\t91.72", "\t100\n\t100\n\t100\n\t91.72")],
             value="100\n\t91.72",
             explanation="市级 column of row (7) has no budget (zero base) yet shows an execution rate of 100 (filled down from the 省级 cell)"),
        dict(code="average_mismatch",
             edits=[("平均每个乡镇57名", "平均每个乡镇62.18名")],
             value="平均每个乡镇62.18名",
             explanation="684 cleaners over the 12 townships of the table = 57; 62.18 is 684/11"),
    ],
    "lushi-nongyebumen-2021": [
        dict(code="sum_mismatch",
             edits=[("其他收入46.28万元", "其他收入64.28万元")],
             value="3,286.45万元，其中财政拨款收入3,240.17万元、其他收入64.28万元",
             explanation="3,240.17 + 64.28 = 3,304.45, stated total 3,286.45 (46.28 retyped as 64.28)"),
        dict(code="score_sum_mismatch",
             edits=[("投入|预算配置|12|11.00", "投入|预算配置|12|11.50")],
             value=("11.50\n", "合计||100|89.93"),
             explanation="row scores now add to 90.43, the 合计 row still says 89.93 (one score edited without the total)"),
        dict(code="grade_mismatch",
             edits=[("评价等级为良好", "评价等级为优秀")],
             value="评价等级为优秀",
             explanation="89.93 is below 90: band 良 (good), not 优秀"),
        dict(code="conflicting_values",
             edits=[("全年实际完成农村户厕改造4,218户", "全年实际完成农村户厕改造4,128户")],
             value="4,128户",
             explanation="households renovated are 4,218 elsewhere in the text and in the table total; 4,128 here"),
        dict(code="year_mismatch",
             edits=[("截至2021年12月31日，我局资产总额", "截至2020年12月31日，我局资产总额")],
             value="截至2020年12月31日",
             explanation="year-end asset figures of the 2021 report dated at the end of 2020 (last year's sentence left in)"),
    ],
    "julu-lajizhili-2018": [
        dict(code="rate_mismatch",
             edits=[("到位率95.69%", "到位率96.59%")],
             value="到位率96.59%",
             explanation="received 585.60 / annual budget 612.00 = 95.69%, stated 96.59%"),
        dict(code="weight_sum_mismatch",
             edits=[("24206吨\t110.03%\t10\t10", "24206吨\t110.03%\t12\t10")],
             value=("12\t10\t新增覆盖村增加清运量", "合计\t\t\t\t\t\t100"),
             explanation="weights 10 + 8 + 12 + 12 + 5 + 5 + 10 + 10 + 10 + 10 + 10 = 102, 合计 says 100"),
        dict(code="average_mismatch",
             edits=[("平均每站8,068.67吨", "平均每站8,086.67吨")],
             value="平均每站8,086.67吨",
             explanation="(9,856 + 7,412 + 6,938) / 3 = 8,068.67, stated 8,086.67"),
        dict(code="unit_mismatch",
             edits=[("\t93.88%\t104.31%", "\t276个\t104.31%")],
             value="276个\t104.31%",
             explanation="target is a share (≥90%), actual written as a count of villages (276个)"),
        dict(code="score_exceeds_weight",
             edits=[("882名\t100.23%\t8\t8", "882名\t100.23%\t8\t12"),
                    ("1236个\t103.00%\t12\t12", "1236个\t103.00%\t12\t8")],
             value="882名\t100.23%\t8\t12",
             explanation="scores of two adjacent rows swapped: 12 points on a weight of 8 (total unchanged)"),
    ],
    "guangshan-gaicezhenggai-2025": [
        dict(code="balance_mismatch",
             edits=[("年末结余2.44万元", "年末结余2.54万元")],
             value="结余2.54万元",
             explanation="town funds 8.00 received, 5.56 spent: balance 2.44, stated 2.54"),
        dict(code="score_sum_mismatch",
             edits=[("｜10｜9.68｜清掏响应不够及时", "｜10｜9.86｜清掏响应不够及时")],
             value=("9.86｜清掏响应不够及时", "总分｜｜｜｜｜｜100｜96.06"),
             explanation="row scores add to 96.24 after 9.68 was retyped 9.86; 总分 still 96.06"),
        dict(code="grade_mismatch",
             edits=[("评价等级为优秀", "评价等级为良好")],
             value="评价等级为良好",
             explanation="96.06 is in the 优 band"),
        dict(code="implausible_rate",
             edits=[("办结265起，办结率98.88%", "办结271起，办结率101.12%")],
             value="办结271起，办结率101.12%",
             explanation="271 closed of 268 received: a completion rate over 100% (arithmetic 271/268 holds)"),
        dict(code="conflicting_values",
             edits=[("问题整改资金42.60万元", "问题整改资金46.20万元")],
             value="问题整改资金46.20万元",
             explanation="the county allocation is 42.60万元 in the funds sentence and 426000元 in the table; 46.20 here"),
    ],
}


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    start, end = spec
    i = text.find(start)
    if i < 0 or text.find(start, i + 1) >= 0:
        raise SystemExit("value start marker not unique: %r" % start)
    j = text.find(end, i)
    if j < 0:
        raise SystemExit("value end marker not found: %r" % end)
    return text[i:j + len(end)]


def main():
    labels = []
    for src in PROJECTS:
        clean_name = src + "-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for n, e in enumerate(EDITS[src], 1):
            text = clean
            for old, new in e["edits"]:
                if clean.count(old) != 1:
                    raise SystemExit("%s e%d: edit anchor occurs %d times: %r" % (src, n, clean.count(old), old))
                text = text.replace(old, new, 1)
            name = "%s-e%d.txt" % (src, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error",
                                         "value": resolve_value(text, e["value"]),
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d with errors)" % (len(labels), sum(1 for l in labels if not l["clean"])))


if __name__ == "__main__":
    main()
