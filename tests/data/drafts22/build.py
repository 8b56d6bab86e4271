#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Pure Python 3, no third-party packages. Run from anywhere:
    python3 build.py
Each error case = the clean draft with exactly one injected inconsistency, made by the
replacement pairs listed in EDITS (each `old` must occur exactly once in the clean draft).
A label's `value` is either a literal string or a span ("span", start_anchor, end_anchor):
the text of the error case from start_anchor up to and including end_anchor (the first
end_anchor after start_anchor) -- used for sums, where the value runs from the changed
part to the total.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "chaozhou-museum-2018",
    "beihai-deptwhole-2020",
    "baoting-waterfest-2021",
    "dianbai-sportsevents-2022",
    "fuchuan-stadiumopen-2023",
    "wanning-tourismpromo-2024",
]

# (project, case number, code, [(old, new), ...], value, explanation)
EDITS = [
    # ---- chaozhou-museum-2018 (Guangdong, museum free opening, 2018)
    ("chaozhou-museum-2018", 1, "rate_mismatch",
     [("| 三季度 | 115.20 | 67.45% |", "| 三季度 | 115.20 | 76.80% |")],
     "76.80% | 75% | -7.55",
     "Q3 cumulative progress 115.20 / 170.80 (全年预算, the stated base) = 67.45%; 76.80% is 115.20 / 150.00, the 年初预算 (the gap column -7.55 no longer matches)"),
    ("chaozhou-museum-2018", 2, "score_sum_mismatch",
     [("| 1080件 | 90.00% | 6 | 5.40 |", "| 1080件 | 90.00% | 6 | 4.80 |")],
     ("span", "4.80 | 服务合同", "| 100 | 98.68"),
     "数字化 row score lowered from 5.40 to 4.80 without the total: rows now sum to 98.08, stated 98.68"),
    ("chaozhou-museum-2018", 3, "conflicting_values",
     [("全年接待观众31.26万人次，免费开放", "全年接待观众31.62万人次，免费开放")],
     "31.62万人次",
     "visitors retyped: 31.62万人次 here, 31.26万人次 in 五（一） and in the table (completion 111.64% = 31.26/28)"),
    ("chaozhou-museum-2018", 4, "completion_mismatch",
     [("| ≤6.5万元 | 6.04万元 | 100.00% |", "| ≤6.5万元 | 6.04万元 | 92.92% |")],
     "≤6.5万元 | 6.04万元 | 92.92%",
     "a ≤ (cost) target met: completion is 100%; 92.92% is actual/target computed as if it were a ≥ indicator"),

    # ---- beihai-deptwhole-2020 (Guangxi, department-wide, 2020)
    ("beihai-deptwhole-2020", 1, "balance_mismatch",
     [("年末未支出资金341.42万元", "年末未支出资金314.42万元")],
     "314.42万元",
     "6,035.60 - 5,694.18 = 341.42 (also the base of the 5.66% 结转结余率); digits transposed to 314.42"),
    ("beihai-deptwhole-2020", 2, "year_mismatch",
     [("截至2020年12月31日，全局实际支出", "截至2021年12月31日，全局实际支出")],
     "截至2021年12月31日",
     "the 2020 report's spending is dated to the end of 2021"),
    ("beihai-deptwhole-2020", 3, "weight_sum_mismatch",
     [("| 服务对象满意度 | ≥90% | 90.81% | 10 | 10 |", "| 服务对象满意度 | ≥90% | 90.81% | 12 | 10 |")],
     ("span", "12 | 10 |", "| 合计 | | | | | 100"),
     "satisfaction weight 12 (an older template): weights now sum to 102 and 效益 to 22, stated 100 / 20"),
    ("beihai-deptwhole-2020", 4, "average_mismatch",
     [("平均94分", "平均94.5分")],
     "平均94.5分",
     "(96 + 94.5 + 92 + 97 + 90.5) / 5 = 94"),
    ("beihai-deptwhole-2020", 5, "unit_mismatch",
     [("| ≤100% | 92.43% |", "| ≤100% | 171人 |")],
     "≤100% | 171人",
     "在职人员控制率 target is a percentage, actual written as the headcount 171人 (should be 171/185 = 92.43%)"),

    # ---- baoting-waterfest-2021 (Hainan, festival, 2021)
    ("baoting-waterfest-2021", 1, "sum_mismatch",
     [("实物折价13.60万元", "实物折价16.30万元")],
     "45.60万元（现金32.00万元、实物折价16.30万元",
     "32.00 + 16.30 = 48.30, stated total 45.60 (the in-kind part retyped)"),
    ("baoting-waterfest-2021", 2, "average_mismatch",
     [("平均每场6453人次", "平均每场6543人次")],
     "平均每场6543人次",
     "(6,420 + 7,860 + 5,080) / 3 = 6,453.33"),
    ("baoting-waterfest-2021", 3, "implausible_rate",
     [("执行率96.35%", "执行率130.64%")],
     "130.64%",
     "county execution rate above 100%: 130.64% is the whole 228.62 over the county budget 175.00; county spent 168.62 -> 96.35%"),
    ("baoting-waterfest-2021", 4, "weight_sum_mismatch",
     [("\t参展商户摊位\n\t≥50个\n\t56个\n\t6\n", "\t参展商户摊位\n\t≥50个\n\t56个\n\t8\n")],
     ("span", "8\n\t6\n\t—\n\n\t产出指标\n\t质量指标", "\t总分\n\t\n\t\n\t\n\t\n\t100"),
     "摊位 weight 8: weights now total 102 (产出 52), stated 100"),

    # ---- dianbai-sportsevents-2022 (Guangdong, sports events, 2022)
    ("dianbai-sportsevents-2022", 1, "rate_mismatch",
     [("支出33.52万元，执行率83.80%", "支出33.52万元，执行率91.20%")],
     "执行率91.20%",
     "33.52 / 40.00 = 83.80%; 91.20% is not the rate of these amounts (a figure left in from an earlier draft)"),
    ("dianbai-sportsevents-2022", 2, "score_exceeds_weight",
     [("| 8140人次 | 10 | 6.51 |", "| 8140人次 | 10 | 5 |"),
      ("| 160人次 | 5 | 5 |", "| 160人次 | 5 | 6.51 |")],
     "160人次 | 5 | 6.51",
     "scores of two adjacent rows swapped: 培训 row scores 6.51 above its weight 5 (total still 89.73)"),
    ("dianbai-sportsevents-2022", 3, "year_mismatch",
     [("2021年12月提前下达", "2023年12月提前下达")],
     "2023年12月提前下达",
     "money of the 2022 budget cannot be issued in advance in December 2023"),
    ("dianbai-sportsevents-2022", 4, "grade_mismatch",
     [("评价等级为“良”", "评价等级为“优”")],
     "评价等级为“优”",
     "89.73 is in the 良 band (80 <= s < 90)"),

    # ---- fuchuan-stadiumopen-2023 (Guangxi, stadium free opening, 2023)
    ("fuchuan-stadiumopen-2023", 1, "balance_mismatch",
     [("结余4.26万元", "结余4.62万元")],
     "结余4.62万元",
     "63.00 - 58.74 = 4.26"),
    ("fuchuan-stadiumopen-2023", 2, "score_sum_mismatch",
     [("| 18场 | 8 | 7.20 |", "| 18场 | 8 | 7.60 |")],
     ("span", "7.60 |", "| 合计 | | | | | 100 | 98.52"),
     "row score changed 7.20 -> 7.60 without the totals: 产出 rows now sum to 49.60 (小计 49.20), all rows to 98.92 (合计 98.52)"),
    ("fuchuan-stadiumopen-2023", 3, "conflicting_values",
     [("群众满意度92.80%。", "群众满意度92.08%。")],
     "92.08%",
     "satisfaction 92.08% in the conclusion vs 92.80% (451/486) in 四（三） and the table"),
    ("fuchuan-stadiumopen-2023", 4, "unit_mismatch",
     [("合计12.86万元", "合计128600万元")],
     "128600万元",
     "94,200元 + 34,400元 = 128,600元 = 12.86万元; the 元 figure is labelled 万元"),

    # ---- wanning-tourismpromo-2024 (Hainan, tourism promotion, 2024)
    ("wanning-tourismpromo-2024", 1, "sum_mismatch",
     [("| 50.00 | 42.10 |", "| 50.00 | 47.10 |")],
     ("span", "47.10 |", "| 合计 | 400.00 | 372.48"),
     "113.60 + 88.45 + 102.33 + 47.10 + 26.00 = 377.48, stated 372.48"),
    ("wanning-tourismpromo-2024", 2, "score_exceeds_weight",
     [("| 420条 | 105.00% | 10 | 10 |", "| 420条 | 105.00% | 10 | 12 |"),
      ("| 46家 | 92.00% | 8 | 7.36 |", "| 46家 | 92.00% | 8 | 5.36 |")],
     "105.00% | 10 | 12",
     "新媒体 row scored 12 above its weight 10 (the next row lowered so the total still reads 98.51)"),
    ("wanning-tourismpromo-2024", 3, "grade_mismatch",
     [("自评结论为“优”", "自评结论为“良”")],
     "自评结论为“良”",
     "98.51 is in the 优 band"),
    ("wanning-tourismpromo-2024", 4, "implausible_rate",
     [("到位率100%", "到位率125%")],
     "到位率125%",
     "funds received 400.00 of a 400.00 budget; 125% (400/320, the 年初预算) is above 100%"),
    ("wanning-tourismpromo-2024", 5, "completion_mismatch",
     [("| 46家 | 92.00% |", "| 46家 | 108.70% |")],
     "46家 | 108.70%",
     "46/50 = 92.00%; 108.70% is target/actual inverted"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    kind, start, end = spec
    assert kind == "span"
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[i:j]


def main():
    clean = {p: read(os.path.join(CASES, f"{p}-clean.txt")) for p in PROJECTS}
    # remove stale error cases
    for name in os.listdir(CASES):
        if "-e" in name and name.endswith(".txt") and not name.endswith("-clean.txt"):
            os.remove(os.path.join(CASES, name))
    labels = []
    for p in PROJECTS:
        labels.append({"case": f"{p}-clean.txt", "source": p, "clean": True, "expected": []})
        for (proj, n, code, edits, vspec, expl) in EDITS:
            if proj != p:
                continue
            text = clean[p]
            for old, new in edits:
                if text.count(old) != 1:
                    raise SystemExit(f"{p}-e{n}: edit anchor occurs {text.count(old)} times: {old!r}")
                text = text.replace(old, new)
            name = f"{p}-e{n}.txt"
            write(os.path.join(CASES, name), text)
            value = resolve_value(text, vspec)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
