#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n85 from the clean drafts.

Each edit: one contiguous replacement (old -> new) inside the clean draft; `old` must occur
exactly once. The label value is either given literally (`value`) or as a span
(`span` = (start_text, end_text)): from the first occurrence of start_text in the error case
to the end of the first occurrence of end_text after it (used for sum / score-sum /
weight-sum errors, whose evidence runs from the changed part to the total or back).
Pure Python 3, no third-party packages.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jingmen-sanguan-2020",
    "chenxi-freeopen-2022",
    "yichun-artmuseum-2023",
    "yongxin-venueopen-2019",
    "liling-freeopen-2024",
]

# (project, n, code, old, new, value | span, explanation, rows)
# rows=2 marks a score-row edit allowed to touch two adjacent table rows.
EDITS = [
    # ---- 荆门市 2020 -------------------------------------------------------------
    dict(p="jingmen-sanguan-2020", n=1, code="rate_mismatch",
         old="预算执行率90.67%", new="预算执行率95.72%",
         value="预算执行率95.72%",
         why="rate recomputed on the wrong base: 143.58/150.00 (当年拨款 only) = 95.72%; "
             "against the 全年预算数 158.36 it is 143.58/158.36 = 90.67% (as in the table)"),
    dict(p="jingmen-sanguan-2020", n=2, code="balance_mismatch",
         old="年末未支出14.78万元", new="年末未支出8.36万元",
         value="年末未支出8.36万元",
         why="last year's carry-over figure left in: 158.36 - 143.58 = 14.78, stated 8.36"),
    dict(p="jingmen-sanguan-2020", n=3, code="score_sum_mismatch",
         old="12.64万人次    10    6.32", new="12.64万人次    10    7.32",
         span=("12.64万人次    10    7.32", "100   89.67"),
         why="row score raised to 7.32 without updating the total: rows now add to 90.67, "
             "total still 89.67"),
    dict(p="jingmen-sanguan-2020", n=4, code="unit_mismatch",
         old="疫情防控物资7.55万元", new="疫情防控物资75500万元",
         value="75500万元",
         why="a 元 figure (75,500元) written with the unit 万元; the use breakdown "
             "61.20 + 45.86 + 28.97 + 7.55 = 143.58 holds only with 7.55万元"),
    dict(p="jingmen-sanguan-2020", n=5, code="year_mismatch",
         old="结转至2021年继续", new="结转至2020年继续",
         value="结转至2020年",
         why="the unspent part of the 2020 budget is carried to 2020 itself; must be a later year"),
    dict(p="jingmen-sanguan-2020", n=6, code="completion_mismatch",
         old="40万册次的67.15%", new="40万册次的76.15%",
         value="40万册次的76.15%",
         why="26.86/40 = 67.15%, stated 76.15% (digits transposed)"),
    # ---- 辰溪县 2022 -------------------------------------------------------------
    dict(p="chenxi-freeopen-2022", n=1, code="sum_mismatch",
         old="115.00      108.73", new="115.00      107.83",
         span=("年度资金总额", "107.83"),
         why="全年执行数 column: 107.83 + 3.64 + 0.00 = 111.47, but 年度资金总额 says 112.37"),
    dict(p="chenxi-freeopen-2022", n=2, code="score_exceeds_weight",
         old="13.00万人次  8  8  —\n产出指标  数量指标  乡镇综合文化站免费开放数  15个  15个  6  6  —",
         new="13.00万人次  8  6  —\n产出指标  数量指标  乡镇综合文化站免费开放数  15个  15个  6  8  —",
         value="15个  15个  6  8",
         why="scores of two adjacent rows swapped: 乡镇站 row scores 8 against a weight of 6 "
             "(the total is unchanged)", rows=2),
    dict(p="chenxi-freeopen-2022", n=3, code="weight_sum_mismatch",
         old="≤30天  21天  6  6", new="≤30天  21天  8  6",
         span=("21天  8  6", "总分  100"),
         why="last year's weight 8 left in the 时效 row: weights add to 102, not the stated 100"),
    dict(p="chenxi-freeopen-2022", n=4, code="grade_mismatch",
         old="评价等级为“优”", new="评价等级为“良”",
         value="评价等级为“良”",
         why="98.15 lies in the 优 band (90-100)"),
    dict(p="chenxi-freeopen-2022", n=5, code="average_mismatch",
         old="季均3.25万人次", new="季均3.52万人次",
         value="季均3.52万人次",
         why="(3.12 + 2.87 + 3.46 + 3.55)/4 = 3.25"),
    dict(p="chenxi-freeopen-2022", n=6, code="conflicting_values",
         old="参与群众6.85万人次", new="参与群众6.58万人次",
         value="参与群众6.58万人次",
         why="乡镇站活动参与群众 is 6.85万人次 in the 自评表, 6.58万人次 in the text"),
    # ---- 宜春市美术馆 2023 -------------------------------------------------------
    dict(p="yichun-artmuseum-2023", n=1, code="rate_mismatch",
         old="支出11.35万元，执行率94.58%", new="支出11.35万元，执行率95.48%",
         value="执行率95.48%",
         why="公共教育活动经费 11.35/12.00 = 94.58%, stated 95.48%"),
    dict(p="yichun-artmuseum-2023", n=2, code="implausible_rate",
         old="其他资金          0.00          0.00          0.00          —       —",
         new="其他资金          0.00          0.00          0.00          —       100.00%",
         value="0.00          —       100.00%",
         why="执行率 100.00% printed for 其他资金 whose 全年预算数 is 0.00: a rate on a zero base"),
    dict(p="yichun-artmuseum-2023", n=3, code="conflicting_values",
         old="全年接待观众27.36万人次", new="全年接待观众27.63万人次",
         value="全年接待观众27.63万人次",
         why="visitors are 27.36万人次 in section 五 and in the 自评表, 27.63万人次 in the conclusion"),
    dict(p="yichun-artmuseum-2023", n=4, code="unit_mismatch",
         old="≥30万次       41.2万次", new="≥30万次       137.33%",
         value="≥30万次       137.33%",
         why="实际完成值 written as the completion rate (%) while the 年度指标值 is in 万次"),
    dict(p="yichun-artmuseum-2023", n=5, code="completion_mismatch",
         old="60%的86.67%", new="60%的88.67%",
         value="60%的88.67%",
         why="52%/60% = 86.67%, stated 88.67%"),
    dict(p="yichun-artmuseum-2023", n=6, code="sum_mismatch",
         old="引进展览9个", new="引进展览7个",
         value="21个，其中原创展览8个、引进展览7个",
         why="8 + 7 + 4 = 19, stated total 21"),
    # ---- 永新县 2019 -------------------------------------------------------------
    dict(p="yongxin-venueopen-2019", n=1, code="balance_mismatch",
         old="年末结余7.56万元", new="年末结余7.65万元",
         value="年末结余7.65万元",
         why="156.42 - 148.86 = 7.56, stated 7.65"),
    dict(p="yongxin-venueopen-2019", n=2, code="score_sum_mismatch",
         old="7.52万册次  6  5.64", new="7.52万册次  6  6",
         span=("7.52万册次  6  6", "总分  100  98.57"),
         why="外借 row rounded up to full marks without updating the total: rows now add to 98.93, "
             "total still 98.57"),
    dict(p="yongxin-venueopen-2019", n=3, code="weight_sum_mismatch",
         old="建立  已建立  10  10", new="建立  已建立  15  10",
         span=("已建立  15  10", "总分  100"),
         why="可持续影响 weight 15 (old template) makes the weights add to 105, not 100"),
    dict(p="yongxin-venueopen-2019", n=4, code="average_mismatch",
         old="三年平均11.54万人次", new="三年平均11.45万人次",
         value="三年平均11.45万人次",
         why="(10.86 + 11.42 + 12.35)/3 = 11.54"),
    dict(p="yongxin-venueopen-2019", n=5, code="year_mismatch",
         old="截至2019年12月31日", new="截至2018年12月31日",
         value="截至2018年12月31日",
         why="last year's date left in: the 2019 report states holdings as of 2018-12-31"),
    dict(p="yongxin-venueopen-2019", n=6, code="implausible_rate",
         old="实际支出7.86万元，执行率98.25%", new="实际支出8.26万元，执行率103.25%",
         value="8.26万元，执行率103.25%",
         why="送戏下乡 spent 8.26 of an 8.00 budget: execution rate 103.25% is over 100%"),
    # ---- 醴陵市 2024 -------------------------------------------------------------
    dict(p="liling-freeopen-2024", n=1, code="grade_mismatch",
         old="评价等级为良", new="评价等级为优",
         value="评价等级为优",
         why="89.33 lies in the 良 band (80-90); 优 needs 90"),
    dict(p="liling-freeopen-2024", n=2, code="score_exceeds_weight",
         old="468场次    6    6    —\n    数量指标    镇（街道）综合文化站免费开放覆盖率    100%    100%    6    6",
         new="468场次    6    6.24    —\n    数量指标    镇（街道）综合文化站免费开放覆盖率    100%    100%    6    5.76",
         value="468场次    6    6.24",
         why="over-achieved row scored 6 × 468/450 = 6.24 above its weight 6; the next row "
             "lowered to 5.76 so the total still reads 89.33", rows=2),
    dict(p="liling-freeopen-2024", n=3, code="rate_mismatch",
         old="97.72%    9.77", new="97.27%    9.77",
         value="97.27%",
         why="154.98/158.60 = 97.72%, table prints 97.27%"),
    dict(p="liling-freeopen-2024", n=4, code="conflicting_values",
         old="75.32万人次，基本完成", new="75.23万人次，基本完成",
         value="接待群众75.23万人次",
         why="visitors 75.32万人次 in section 三 and the 自评表, 75.23万人次 in the conclusion"),
    dict(p="liling-freeopen-2024", n=5, code="unit_mismatch",
         old="更新资金36,000元", new="更新资金36,000万元",
         value="36,000万元",
         why="the 36,000元 donation written as 万元: off by 10^4 against 其他资金 3.60万元"),
    dict(p="liling-freeopen-2024", n=6, code="sum_mismatch",
         old="其中市图书馆31.56万人次", new="其中市图书馆35.16万人次",
         value="75.32万人次，其中市图书馆35.16万人次",
         why="35.16 + 12.48 + 6.92 + 24.36 = 78.92, stated total 75.32"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def resolve_value(text, e):
    if "value" in e:
        return e["value"]
    start, end = e["span"]
    i = text.find(start)
    if i < 0:
        raise SystemExit("span start not found: %r" % start)
    j = text.find(end, i)
    if j < 0:
        raise SystemExit("span end not found: %r" % end)
    return text[i:j + len(end)]


def main():
    # drop stale error cases
    for name in os.listdir(CASES):
        if "-e" in name and name.endswith(".txt") and not name.endswith("-clean.txt"):
            os.remove(os.path.join(CASES, name))
    labels = []
    for p in PROJECTS:
        clean = read(os.path.join(CASES, p + "-clean.txt"))
        labels.append({"case": p + "-clean.txt", "source": p, "clean": True, "expected": []})
        for e in sorted((e for e in EDITS if e["p"] == p), key=lambda e: e["n"]):
            if clean.count(e["old"]) != 1:
                raise SystemExit("%s e%d: old text occurs %d times" % (p, e["n"], clean.count(e["old"])))
            text = clean.replace(e["old"], e["new"], 1)
            name = "%s-e%d.txt" % (p, e["n"])
            write(os.path.join(CASES, name), text)
            labels.append({
                "case": name, "source": p, "clean": False,
                "expected": [{"code": e["code"], "severity": "error",
                              "value": resolve_value(text, e), "explanation": e["why"]}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d with an error)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    sys.exit(main())
