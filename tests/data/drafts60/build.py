#!/usr/bin/env python3
"""Regenerate the error cases (cases/<id>-eN.txt) and labels.jsonl from the clean drafts.

Pure Python 3, no third-party packages. The clean drafts themselves are written by src/compose.py
(not needed to rebuild the error cases). Every edit is listed in EDITS below.

An edit is (old, new): `old` is found in the clean draft ignoring hard line breaks (the PDF copy
breaks lines anywhere), must occur exactly once, and the characters that really change must lie on
one line. A score-row edit may list two such pairs on two adjacent lines.
`value` is either a string (found in the error case ignoring line breaks; must occur exactly once)
or a pair (start, end): the value runs from the unique start string to the end of the first `end`
after it (used for sum / score-sum / weight-sum errors, "from the changed part to the total" or
"from the total to the changed part").
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# id -> list of (code, [(old, new), ...], value, explanation)
EDITS = {
    "qitai-legalaid-2021": [
        ("balance_mismatch", [("年末结余3.24万元", "年末结余3.42万元")], "结余3.42万元",
         "全年预算 = 到位 60.60, 支出 57.36: 结余 should be 3.24万元, stated 3.42 (digits swapped)"),
        ("implausible_rate", [("上年结转资金 0.00 0.00 0.00 — — —", "上年结转资金 0.00 0.00 0.00 — 100% —")],
         "上年结转资金 0.00 0.00 0.00 — 100%",
         "自评表 row 上年结转资金 has a zero budget (0.00) yet an execution rate of 100% (template fill-down)"),
        ("average_mismatch", [("季均127件", "季均172件")], "季均172件",
         "quarterly intake 112 + 131 + 124 + 141 = 508, mean 127件, stated 172"),
        ("year_mismatch", [("结转至2022年继续", "结转至2021年继续")], "结转至2021年",
         "the unspent part of the 2021 budget cannot be carried over into 2021 itself (last year's template wording)"),
        ("score_exceeds_weight", [("法律援助案件受理数 ≥450件 508件 10 10", "法律援助案件受理数 ≥450件 508件 8 10"),
                                  ("≥600人次 716人次 5 5", "≥600人次 716人次 7 5")],
         "法律援助案件受理数 ≥450件 508件 8 10",
         "weights of two adjacent rows re-split 10/5 -> 8/7 without rescoring: 受理数 scores 10 against a weight of 8 (weights and total still add up)"),
        ("conflicting_values", [("办结489件，办结农民工", "办结498件，办结农民工")], "办结498件",
         "closed cases are 489 in the text (全年办结489件, 结案率96.26% = 489/508, by type 186+180+10+113); the 自评表 goal cell says 498"),
    ],
    "ledong-correction-2023": [
        ("completion_mismatch", [("≥95% 93.20% 98.11% 7 6.87", "≥95% 93.20% 93.20% 7 6.87")], "93.20% 93.20%",
         "信息化核查率 target ≥95%, actual 93.20%: 完成率 = 93.20/95 = 98.11%, stated 93.20% (actual copied into the 完成率 column)"),
        ("unit_mismatch", [("4.80万元（40台", "48000万元（40台")], "48000万元",
         "定位终端租赁费 40台×100元×12个月 = 48000元 = 4.80万元 (9.60 + 4.80 = 14.40): the 元 figure is labelled 万元"),
        ("sum_mismatch", [("4.62万元、宣传培训费", "4.26万元、宣传培训费")], ("43.82万元，其中智慧", "4.26万元"),
         "14.40 + 12.00 + 9.60 + 4.26 + 3.20 = 43.46, stated total 43.82 (调查评估及走访核查费 should be 4.62)"),
        ("score_sum_mismatch", [("≥24期 20期 83.33% 6 5", "≥24期 20期 83.33% 6 6")], ("20期 83.33% 6 6", "总分 100 98.72"),
         "集中教育学习期数 rescored 5 -> 6 without the totals: output rows now add to 49.87 and all rows to 99.72, while 小计 says 48.87 and 总分 98.72"),
        ("rate_mismatch", [("预算执行率98.47%", "预算执行率98.74%")], "预算执行率98.74%",
         "43.82 / 44.50 = 98.47%, stated 98.74% (digits swapped; the 自评表 keeps 98.47%)"),
        ("grade_mismatch", [("评价等级为优。", "评价等级为良。")], "评价等级为良",
         "自评总分98.72 is in the 优 band (≥90), text says 良"),
    ],
    "karuo-legalaid-2020": [
        ("completion_mismatch", [("300件 93.75%", "300件 106.67%")], "300件 106.67%",
         "受理数 target ≥320件, actual 300件: 完成率 = 300/320 = 93.75%; 106.67% is 320/300 (inverted base)"),
        ("weight_sum_mismatch", [("28场 70.00% 5 3.50", "28场 70.00% 6 3.50")], ("70.00% 6 3.50", "合计 100"),
         "宣传活动场次 weight typed as 6 (was 5): row weights add to 101 (产出 51) while 合计 states 100"),
        ("rate_mismatch", [("75.00 95.65", "75.00 95.56")], "75.00 95.56",
         "执行率 (7)=(4)/(2), 区级 column: 11.86 / 12.40 = 95.65%, stated 95.56"),
        ("unit_mismatch", [("=160个 160个", "=160个 100%")], "=160个 100%",
         "法律顾问配备数 target in 个 (=160个), actual given as a percentage (100%): completion cannot be computed"),
        ("sum_mismatch", [("法律宣传费6.37万元", "法律宣传费6.73万元")], ("65.62万元，其中法律援助", "6.73万元"),
         "26.85 + 24.00 + 6.73 + 4.20 + 4.20 = 65.98, stated total 65.62 (宣传费 should be 6.37)"),
        ("conflicting_values", [("受理法律援助案件300件，办结289件", "受理法律援助案件256件，办结289件")],
         "受理法律援助案件256件",
         "cases received in 2020 are 300 elsewhere (text 三(一), table 300件); 256 is the 2019 figure left in"),
    ],
    "fuhai-correction-2024": [
        ("rate_mismatch", [("53.90万元，预算执行率87.50%", "53.90万元，预算执行率92.93%")], "预算执行率92.93%",
         "53.90 / 61.60 = 87.50%; 92.93% is 53.90 / 58.00, the current-year appropriation without the 3.60 carry-over"),
        ("year_mismatch", [("结转至2025年", "结转至2024年")], "结转至2024年",
         "the 2024 contract balance is carried over to the evaluation year 2024 itself; must be a later year"),
        ("average_mismatch", [("17.75人。全年开展", "17.57人。全年开展")], "17.57人",
         "new intakes 18 + 21 + 15 + 17 = 71, mean 17.75人, stated 17.57"),
        ("implausible_rate", [("其他资金 0.00 0.00 0.00 — — —", "其他资金 0.00 0.00 0.00 — 100.00% —")],
         "其他资金 0.00 0.00 0.00 — 100.00%",
         "row 其他资金 has a zero budget yet an execution rate of 100.00%"),
        ("score_sum_mismatch", [("210人次 6 5.25", "210人次 6 6")], ("210人次 6 6", "总分 100 92.80"),
         "心理测评人次 rescored 5.25 -> 6 without the total: rows add to 93.55, 总分 says 92.80"),
        ("balance_mismatch", [("未执行7.70万元", "未执行7.07万元")], "未执行7.07万元",
         "61.60 - 53.90 = 7.70 (also 合同 29.00 - 已付 21.30 = 7.70), stated 7.07"),
    ],
    "tunchang-justicedept-2019": [
        ("grade_mismatch", [("评价等级为良好", "评价等级为优秀")], "评价等级为优秀",
         "总分89.27 is in the 良 band (80 ≤ s < 90), stated 优秀"),
        ("weight_sum_mismatch", [("过程35分", "过程30分")], ("满分100分", "过程30分"),
         "first-level weights 15 + 30 + 30 + 20 = 95 ≠ 满分100 (the 过程 rows carry 10+5+5+5+5+5 = 35)"),
        ("sum_mismatch", [("以案定补经费38.62万元、普法", "以案定补经费36.82万元、普法")], ("174.22万元，其中法律援助", "36.82万元"),
         "48.50 + 52.30 + 36.82 + 20.80 + 14.00 = 172.42 ≠ 174.22 (人民调解 budget is 38.62 in 表1)"),
        ("balance_mismatch", [("结转结余16.13万元", "结转结余16.31万元")], "结转结余16.31万元",
         "全年预算 612.48 - 支出 596.35 = 16.13, stated 16.31"),
        ("score_exceeds_weight", [("1146件 6 5.73", "1146件 6 4"), ("97.12% 4 4", "97.12% 4 5.73")],
         "人民调解成功率 ≥95% 97.12% 4 5.73",
         "scores of two adjacent rows swapped while pasting: 调解成功率 scores 5.73 against a weight of 4 (total unchanged)"),
        ("average_mismatch", [("平均自评得分89.40分", "平均自评得分94.75分")], "平均自评得分94.75分",
         "(96.5 + 94.0 + 91.5 + 97.0 + 68.0) / 5 = 89.40; 94.75 is the mean of the first four only"),
    ],
}


def loose(s):
    """Regex matching s with optional line breaks between characters."""
    return "\n?".join(re.escape(c) for c in s)


def find_unique(text, s, what):
    ms = list(re.finditer(loose(s), text))
    if len(ms) != 1:
        raise SystemExit(f"{what}: {s!r} found {len(ms)} times")
    return ms[0]


def apply_edit(text, old, new, what):
    m = find_unique(text, old, what)
    seg = m.group(0)
    # positions of the non-newline characters of seg
    pos = [i for i, c in enumerate(seg) if c != "\n"]
    flat = seg.replace("\n", "")
    assert flat == old
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    q = 0
    while q < min(len(old), len(new)) - p and old[-1 - q] == new[-1 - q]:
        q += 1
    # changed part old[p:len(old)-q] -> new[p:len(new)-q]
    if p < len(old) - q:
        a, b = pos[p], pos[len(old) - q - 1] + 1
        if "\n" in seg[a:b]:
            raise SystemExit(f"{what}: changed part of {old!r} crosses a line break")
    else:  # pure insertion
        a = b = (pos[p] if p < len(pos) else len(seg))
    start = m.start()
    return text[:start + a] + new[p:len(new) - q] + text[start + b:]


def find_value(text, spec, what):
    if isinstance(spec, str):
        return find_unique(text, spec, what).group(0)
    s, e = spec
    m1 = find_unique(text, s, what)
    m2 = re.compile(loose(e)).search(text, m1.start())
    if not m2:
        raise SystemExit(f"{what}: end {e!r} not found after start")
    return text[m1.start():m2.end()]


def main():
    labels = []
    for pid, edits in EDITS.items():
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for n, (code, pairs, vspec, expl) in enumerate(edits, 1):
            name = f"{pid}-e{n}.txt"
            text = clean
            for old, new in pairs:
                text = apply_edit(text, old, new, name)
            value = find_value(text, vspec, name)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an error)")


if __name__ == "__main__":
    main()
