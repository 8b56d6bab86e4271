#!/usr/bin/env python3
"""Regenerate the error cases (cases/<id>-e1.txt … -e6.txt) and labels.jsonl from the clean drafts.

Every edit is a list of substitutions (prefix, old, new, suffix): prefix+old+suffix must occur exactly
once in the clean draft, and `old` is replaced by `new` there. One substitution per case, except the
two-adjacent-rows swaps (score rows) that the brief allows. `value` is either a literal string or
("span", start, end): the text of the error case from the (unique) `start` to the first `end` after it.
Pure Python 3, no third-party packages."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1, P2, P3, P4, P5 = ("longzhou-legalaid-2019", "hainan-legalaidfund-2022", "sinan-legalaid-2024",
                      "wuzhou-legalaidcentre-2023", "panzhou-legalaid-2018")

EDITS = [
    # ---------------- P1 龙州县 2019 ----------------
    dict(src=P1, n=1, code="rate_mismatch",
         subs=[("| 43.87      | —    | ", "94.85%", "90.27%", "")],
         value="90.27%",
         explanation="funds block, row 当年财政拨款: 43.87 / 46.25 = 94.85%; 90.27% is 43.87 over the total 48.60 (rate recomputed on the wrong base)"),
    dict(src=P1, n=2, code="sum_mismatch",
         subs=[("中央补助地方法律援助办案专款", "8.15", "8.51", "万元、自治区")],
         value="48.60万元，其中县本级财政安排36.00万元、中央补助地方法律援助办案专款8.51万元",
         explanation="36.00 + 8.51 + 2.10 + 2.35 = 48.96, stated 全年预算数 48.60 (central grant retyped 8.15 -> 8.51)"),
    dict(src=P1, n=3, code="score_exceeds_weight",
         subs=[("| 94.97%      | 8    | ", "8 ", "7 ", ""),
               ("| 96.67%      | 7    | ", "7", "8", "")],
         value="96.67%      | 7    | 8",
         explanation="scores of the two adjacent 质量指标 rows typed in swapped order: 案件质量评查合格率 scored 8 against weight 7 (结案率 now 7 of 8; total unchanged)"),
    dict(src=P1, n=4, code="grade_mismatch",
         subs=[("98.82分，评价等级为", "优", "良", "。")],
         value="98.82分，评价等级为良",
         explanation="98.82 lies in the 优 band (>= 90); 良 is last year's grade (86.50) left in"),
    dict(src=P1, n=5, code="unit_mismatch",
         subs=[("案件质量评查及受援人回访费用", "1.17万元", "11700万元", "（专家评查费")],
         value="11700万元",
         explanation="a 元 amount (7200 + 4500 = 11700元) labelled 万元; 38.10 + 2.35 + 4.60 + 1.17 = 46.22 only with 1.17万元"),
    dict(src=P1, n=6, code="year_mismatch",
         subs=[("已按规定结转至", "2020", "2019", "年支付")],
         value="结转至2019年",
         explanation="unspent money of the 2019 budget is carried forward to 2019 itself; must be a later year (2020)"),
    # ---------------- P2 海南省 2022 ----------------
    dict(src=P2, n=1, code="sum_mismatch",
         subs=[("| 万宁市       | 37.60      | ", "618", "681", "")],
         value=("span", "681        | 35.17", "| 9846"),
         explanation="办结案件 column: 2412 + 1386 + 1107 + 702 + 655 + 681 + 596 + 2160 + 210 = 9909, 合计 row says 9846 (万宁 618 retyped as 681)"),
    dict(src=P2, n=2, code="average_mismatch",
         subs=[("分别为96.8%、97.4%、", "98.1%", "96.1%", "")],
         value="96.1%、97.7%，全年平均97.50%",
         explanation="(96.8 + 97.4 + 96.1 + 97.7) / 4 = 97.00%, stated 全年平均 97.50%"),
    dict(src=P2, n=3, code="conflicting_values",
         subs=[("多办案多补助，全省", "9846", "9212", "件办结案件")],
         value="全省9212件办结案件",
         explanation="2022 办结 cases are 9846 in the text, table and 自评表; 9212 is the 2021 figure left in"),
    dict(src=P2, n=4, code="rate_mismatch",
         subs=[("中央专款支出530.12万元，执行率", "96.74%", "72.82%", "")],
         value="72.82%",
         explanation="central grant: 530.12 / 548.00 = 96.74%; 72.82% divides by the whole project budget 728.00"),
    dict(src=P2, n=5, code="weight_sum_mismatch",
         subs=[("| 市县法律援助 | =100%      | 100%       | 100%     | ", "8 ", "10", "   | 8  ")],
         value=("span", "100%     | 10   | 8", "| 100  |"),
         explanation="可持续影响 weight typed 10 instead of 8: weights now sum to 102 (效益 32) against the stated total 100"),
    dict(src=P2, n=6, code="completion_mismatch",
         subs=[("| 93.46%     | ", "103.84%", "96.30% ", "")],
         value="96.30%",
         explanation="结案率 >=90%, actual 93.46%: completion 103.84%; 96.30% is the inverted ratio 90 / 93.46"),
    # ---------------- P3 思南县 2024 ----------------
    dict(src=P3, n=1, code="balance_mismatch",
         subs=[("支出61.38万元，年末结余", "3.52", "3.25", "万元")],
         value="年末结余3.25万元",
         explanation="到位 64.90 - 支出 61.38 = 3.52, stated 3.25 (digits transposed)"),
    dict(src=P3, n=2, code="score_sum_mismatch",
         subs=[("| 548.30万元 | 91.38%   | 10   | ", "9.14", "9.41", "")],
         value=("span", "91.38%   | 10   | 9.41", "| 98.08 |"),
         explanation="row score retyped 9.14 -> 9.41 without the total: rows now sum to 98.35, 合计 says 98.08"),
    dict(src=P3, n=3, code="implausible_rate",
         subs=[("当年受理案件结案率", "96.55%", "102.96%", "")],
         value="结案率102.96%",
         explanation="结案率 above 100%: 418 办结 (incl. 26 carried from 2023) over 406 new cases; the rate of this year's cases is 392 / 406 = 96.55%"),
    dict(src=P3, n=4, code="completion_mismatch",
         subs=[("| ≤30日      | 21日       | ", "100%  ", "70.00%", "")],
         value="21日       | 70.00%",
         explanation="<= 30日 met with 21日: completion 100%; 70.00% is 21/30 computed as if a >= indicator"),
    dict(src=P3, n=5, code="unit_mismatch",
         subs=[("| ≥650件     | ", "618件 ", "95.08%", "")],
         value="≥650件     | 95.08%",
         explanation="target in 件, actual typed as a percentage (the completion rate copied into 实际完成值)"),
    dict(src=P3, n=6, code="year_mismatch",
         subs=[("思南县项目支出绩效自评表（", "2024", "2023", "年度）")],
         value="绩效自评表（2023年度）",
         explanation="the 2024 report's table is headed 2023年度 (last year's template)"),
    # ---------------- P4 梧州市 2023 (部门整体) ----------------
    dict(src=P4, n=1, code="average_mismatch",
         subs=[("平均自评得分", "86.67", "86.76", "分")],
         value="平均自评得分86.76分",
         explanation="(92.50 + 88.00 + 79.50) / 3 = 86.67, stated 86.76"),
    dict(src=P4, n=2, code="balance_mismatch",
         subs=[("实际支出290.21万元，年末结余", "30.69", "30.96", "万元")],
         value="年末结余30.96万元",
         explanation="320.90 - 290.21 = 30.69 (all funds received), stated 30.96"),
    dict(src=P4, n=3, code="conflicting_values",
         subs=[("| ≥1700人      | ", "1806人", "1742人", "")],
         value="≥1700人      | 1742人",
         explanation="受援人数 is 1806 in the text; the table keeps the 2022 figure 1742"),
    dict(src=P4, n=4, code="grade_mismatch",
         subs=[("89.61分，评价等级为", "良好", "优秀", "")],
         value="89.61分，评价等级为优秀",
         explanation="89.61 < 90 is 良 (rounding to 90 does not make it 优)"),
    dict(src=P4, n=5, code="sum_mismatch",
         subs=[("公务用车运行维护费", "2.16", "2.61", "万元")],
         value="2.58万元，其中公务接待费0.42万元、公务用车运行维护费2.61万元",
         explanation="0.42 + 2.61 = 3.03, stated 三公 total 2.58"),
    dict(src=P4, n=6, code="weight_sum_mismatch",
         subs=[("产出指标50分（数量", "28", "26", "分")],
         value="产出指标50分（数量26分",
         explanation="26 + 12 + 4 + 6 = 48, not the 50 of 产出指标 (table rows give 数量 28)"),
    # ---------------- P5 盘州市 2018 ----------------
    dict(src=P5, n=1, code="score_sum_mismatch",
         subs=[("产出指标得分", "39.30", "39.40", "分")],
         value="39.40分，效益指标得分40分，满意度指标得分10分，自评总得分98.86分",
         explanation="9.56 + 39.40 + 40 + 10 = 98.96, stated 98.86 (产出 score edited, table rows give 39.30)"),
    dict(src=P5, n=2, code="score_exceeds_weight",
         subs=[("| 212件        | 5    | ", "5    ", "6.30 ", ""),
               ("| 108件        | 7    | ", "6.30", "5   ", "")],
         value="212件        | 5    | 6.30",
         explanation="scores of two adjacent rows swapped: 刑事案件 row scored 6.30 against weight 5 (农民工 row 5 of 7; total unchanged)"),
    dict(src=P5, n=3, code="implausible_rate",
         subs=[("其他资金         | 0.00       | 0.00       | 0.00       | —    | ", "—      ", "100.00%", "")],
         value="其他资金         | 0.00       | 0.00       | 0.00       | —    | 100.00%",
         explanation="执行率 100.00% on a 0.00 budget: a rate on a zero base"),
    dict(src=P5, n=4, code="rate_mismatch",
         subs=[("全年实际支出50.12万元，预算执行率", "95.65%", "83.53%", "")],
         value="83.53%",
         explanation="50.12 / 52.40 = 95.65%; 83.53% is 50.12 over the 年初预算 60.00 (wrong base after the mid-year cut)"),
    dict(src=P5, n=5, code="conflicting_values",
         subs=[("全年受援人", "512", "521", "人，受援人中")],
         value="全年受援人521人",
         explanation="受援人数 is 512 in the 自评表; the text says 521 (digits transposed)"),
    dict(src=P5, n=6, code="unit_mismatch",
         subs=[("| =1000元/件   | ", "1000元/件", "100%     ", "")],
         value="=1000元/件   | 100%",
         explanation="cost standard target in 元/件, actual written as a percentage"),
]

SOURCES = [P1, P2, P3, P4, P5]


def apply(clean, subs):
    text = clean
    for prefix, old, new, suffix in subs:
        pat = prefix + old + suffix
        n = clean.count(pat)
        if n != 1:
            raise SystemExit(f"pattern {pat!r} occurs {n} times in the clean draft")
        i = text.index(pat) + len(prefix)
        text = text[:i] + new + text[i + len(old):]
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    _, start, end = value
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[i:j]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for e in sorted((e for e in EDITS if e["src"] == src), key=lambda e: e["n"]):
            text = apply(clean, e["subs"])
            name = f"{src}-e{e['n']}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False, "expected": [
                {"code": e["code"], "severity": "error", "value": resolve_value(text, e["value"]),
                 "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
