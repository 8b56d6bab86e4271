#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of this set from the clean drafts.

Pure Python 3, no third-party packages.  Run from anywhere:  python3 build.py

Every error case is the clean draft with exactly one injected inconsistency.  An edit is a
list of (anchor, replacement) pairs: the anchor must occur exactly once in the clean draft and
the replacement differs from it in one contiguous region of at most 16 characters.  Only the
score-row edits (two scores or two weights swapped between adjacent table rows) use two pairs.

The label `value` is the exact substring of the error case that carries the wrong figure; for
sum / score-sum / weight-sum errors it runs from the total to the changed part (or from the
changed part to the total), given here as (start, end) markers: the value is the text of the
error case from the first occurrence of `start` to the end of the first occurrence of `end`
after it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "sx-guanzhongligong-xueke-2023"
P2 = "gs-qilianshifan-xszz-2021"
P3 = "xj-zhundongligong-zxdk-2024"
P4 = "xj-tianshanyixue-xueke-2019"
P5 = "sx-qinlingshifan-yjszz-2020"
SOURCES = [P1, P2, P3, P4, P5]

# (source, n, code, [(anchor, replacement), ...], value or (start, end), explanation)
EDITS = [
    # ---- P1 陕西关中理工大学 一流学科建设专项 2023 ----
    (P1, 1, "rate_mismatch",
     [("支出2,716.4316万元，预算执行率93.81%；", "支出2,716.4316万元，预算执行率98.42%；")],
     "预算执行率98.42%",
     "2,716.4316 / 2,895.6820 = 93.81%; 98.42% divides by the current-year appropriation 2,760.0000 only "
     "(the carry-over 135.6820 left out of the base) - a rate recomputed on the wrong base"),
    (P1, 2, "sum_mismatch",
     [("高层次人才引育100.0000万元。", "高层次人才引育120.0000万元。")],
     ("追加学科专项360.0000万元", "高层次人才引育120.0000万元"),
     "split of the 360.0000 addition: 120 + 80 + 60 + 120 = 380, stated 360; the table's final +120.0000 "
     "for XK-2023-04 (which includes the 20.0000 moved from XK-2023-05) was copied into the split"),
    (P1, 3, "score_sum_mismatch",
     [("| 1,386.5000万元 | 10 | 9.24 |", "| 1,386.5000万元 | 10 | 9.42 |")],
     ("9.42 | 2项合同跨年签订", "| 100 | 96.42"),
     "row scores now add up to 96.60 (技术合同金额 retyped 9.42 instead of 9.24), total still 96.42"),
    (P1, 4, "average_mismatch",
     [("平均每个学科37.67篇", "平均每个学科37.76篇")],
     "平均每个学科37.76篇",
     "(46 + 38 + 29) / 3 = 37.67; digits transposed to 37.76"),
    (P1, 5, "unit_mismatch",
     [("每项资助5000元", "每项资助5000万元")],
     "每项资助5000万元",
     "200 projects x 5000元 = 100.0000万元; the per-project 5000元 written as 5000万元 (off by 10^4)"),
    (P1, 6, "year_mismatch",
     [("已按规定结转至2024年继续使用", "已按规定结转至2023年继续使用")],
     "结转至2023年",
     "the unspent part of the 2023 budget cannot be carried over to 2023 itself (should be 2024)"),

    # ---- P2 甘肃祁连师范学院 学生资助 2021 ----
    (P2, 1, "balance_mismatch",
     [("年末结余24.6160万元", "年末结余21.3160万元")],
     "年末结余21.3160万元",
     "到位 2,141.2000 (到位率100%) - 执行 2,116.5840 = 24.6160; 21.3160 is only the ZZ-2021-04 part "
     "(the 3.3000 of 国家助学金 left out)"),
    (P2, 2, "conflicting_values",
     [("2021年秋季学期复核认定5,126人", "2021年秋季学期复核认定5,162人")],
     "复核认定5,162人",
     "the number of certified students in financial difficulty is 5,126 everywhere else (30.44% of 16,842, "
     "4,129.11元 per head); retyped as 5,162"),
    (P2, 3, "weight_sum_mismatch",
     [("| 92.24% | 10 | 9.22 |", "| 92.24% | 12 | 9.22 |")],
     ("12 | 9.22 | 疫情影响招聘", "| 合计 | | | | | | 100"),
     "weights now add up to 102 (受助毕业生就业率 weight 12 instead of 10), table still says 100"),
    (P2, 4, "score_sum_mismatch",
     [("| 93.26% | 10 | 9.33 |", "| 93.26% | 10 | 10.00 |")],
     ("10.00 | 岗位不足", "| 100 | 97.24"),
     "满意度 score raised to 10.00 without updating the total: rows add up to 97.91, total still 97.24"),
    (P2, 5, "completion_mismatch",
     [("| 12个工作日 | 100.00% |", "| 12个工作日 | 80.00% |")],
     "| 12个工作日 | 80.00% |",
     "≤15个工作日 target met with 12 -> completion 100%; 80.00% is 12/15 computed as if it were a ≥ indicator"),
    (P2, 6, "implausible_rate",
     [("| 上年结转资金 | 0.0000 | 0.0000 | 0.0000 | — |", "| 上年结转资金 | 0.0000 | 0.0000 | 0.0000 | 100.00% |")],
     "| 上年结转资金 | 0.0000 | 0.0000 | 0.0000 | 100.00% |",
     "execution rate 100.00% on a zero carry-over budget (0.0000): rate undefined, should be —"),

    # ---- P3 新疆准东理工学院 国家助学贷款 2024 ----
    (P3, 1, "rate_mismatch",
     [("| 31.2680 | 64.47% |", "| 31.2680 | 78.17% |")],
     "| 31.2680 | 78.17% |",
     "DK-2024-04: 31.2680 / 48.5000 = 64.47%; 78.17% divides by the 年初批复 40.0000 instead of the adjusted budget"),
    (P3, 2, "sum_mismatch",
     [("基层就业代偿380.0000万元、新生", "基层就业代偿360.0000万元、新生")],
     ("年初批复608.0000万元", "基层就业代偿360.0000万元"),
     "120 + 360 + 60 + 40 + 8 = 588, stated 608 (代偿 advance is 380.0000 in the same paragraph and the table; "
     "last year's 360 left in)"),
    (P3, 3, "score_exceeds_weight",
     [("| 9场 | 7 | 5.25 |", "| 9场 | 7 | 10.00 |"),
      ("| 94.5% | 10 | 10.00 |", "| 94.5% | 10 | 5.25 |")],
     "资助育人主题活动 | ≥12场 | 9场 | 7 | 10.00",
     "scores of two adjacent rows swapped: 资助育人主题活动 scores 10.00 against a weight of 7 "
     "(the total 97.59 still adds up)"),
    (P3, 4, "average_mismatch",
     [("三年平均1.48%", "三年平均1.64%")],
     "三年平均1.64%",
     "(1.82 + 1.46 + 1.17) / 3 = 1.48%; 1.64% is the mean of the first two years only"),
    (P3, 5, "unit_mismatch",
     [("计提风险补偿金228.3120万元", "计提风险补偿金2283120.00万元")],
     "2283120.00万元",
     "12% x 1,902.6000 = 228.3120万元 and 50% of it = 114.1560; the 元 figure 2,283,120.00 pasted with the unit 万元"),
    (P3, 6, "conflicting_values",
     [("学院为186名到南疆", "学院为168名到南疆")],
     "学院为168名",
     "the 代偿 count is 186 in 四、(一) and the table (412.6350万元, 22,184.68元 per head); 168 here"),

    # ---- P4 新疆天山医学院 重点学科建设 2019 ----
    (P4, 1, "balance_mismatch",
     [("支出112.6400万元，结余7.3600万元", "支出112.6400万元，结余37.3600万元")],
     "结余37.3600万元",
     "自筹 到位 120.0000 - 支出 112.6400 = 7.3600; 37.3600 subtracts from the plan 150.0000 instead of the "
     "amount received"),
    (P4, 2, "grade_mismatch",
     [("属于“良好”", "属于“优秀”")],
     "88.32分，属于“优秀”",
     "88.32 is in the 良 band (80 <= s < 90)"),
    (P4, 3, "weight_sum_mismatch",
     [("| 69.30% | 10 | 6.93 |", "| 69.30% | 8 | 6.93 |")],
     ("8 | 6.93 |", "| 合计 | | | | | | 100"),
     "weights now add up to 98 (成果转化合同金额 weight 8 instead of 10), table still says 100"),
    (P4, 4, "implausible_rate",
     [("实际支出316.16万元，执行率98.8%", "实际支出361.16万元，执行率112.9%")],
     "361.16万元，执行率112.9%",
     "equipment spending 361.16 above its 320.00 budget: execution rate over 100% (digits of 316.16 transposed)"),
    (P4, 5, "year_mismatch",
     [("截至2019年12月31日，项目全年执行", "截至2018年12月31日，项目全年执行")],
     "截至2018年12月31日",
     "the 2019 report states the year's execution as of 2018-12-31 (last year's template left in)"),
    (P4, 6, "completion_mismatch",
     [("| 6家 | 75.00% |", "| 6家 | 133.33% |")],
     "| 6家 | 133.33% |",
     "≥8家 target, 6家 achieved -> 75.00%; 133.33% is 8/6, computed as if it were a ≤ indicator"),

    # ---- P5 陕西秦岭师范大学 研究生奖助 2020 ----
    (P5, 1, "rate_mismatch",
     [("学校事业收入支出314.3100万元，执行率89.80%", "学校事业收入支出314.3100万元，执行率98.22%")],
     "执行率98.22%",
     "学校事业收入: 314.3100 / 350.0000 = 89.80%; 98.22% divides by the 年初 320.0000"),
    (P5, 2, "grade_mismatch",
     [("评价等级为优。", "评价等级为良。")],
     "90.00分，评价等级为良",
     "90.00 is in the 优 band (the lower bound 90 is inclusive)"),
    (P5, 3, "score_exceeds_weight",
     [("| 18,560学时 | 6 | 3.71 |", "| 18,560学时 | 8 | 3.71 |"),
      ("评审程序合规率 | 100% | 100% | 8 | 8.00", "评审程序合规率 | 100% | 100% | 6 | 8.00")],
     "评审程序合规率 | 100% | 100% | 6 | 8.00",
     "weights of two adjacent rows swapped: 评审程序合规率 scores 8.00 against a weight of 6 "
     "(weights still add up to 100)"),
    (P5, 4, "sum_mismatch",
     [("研究生奖助资金4,276.0000万元", "研究生奖助资金4,267.0000万元")],
     ("4,267.0000万元", "年初预算合计4,596.0000万元"),
     "4,267.0000 + 320.0000 = 4,587.0000, stated 4,596.0000; the provincial approval is 136 + 1,860 + 2,280 "
     "= 4,276.0000 (table 批复数), digits transposed"),
    (P5, 5, "conflicting_values",
     [("全年设助教岗位412个", "全年设助教岗位421个")],
     "助教岗位421个",
     "the number of teaching-assistant posts is 412 in the 自评表 (score 6 x 412/600 = 4.12); 421 here"),
    (P5, 6, "unit_mismatch",
     [("| 学业奖学金覆盖面 | 100% | 100% |", "| 学业奖学金覆盖面 | 100% | 3,044人 |")],
     "| 100% | 3,044人 |",
     "target is a percentage (100%), actual given as a head count (3,044人): completion cannot be computed"),
]


def diff_region(a, b):
    """Common prefix/suffix strip: return (start, old_part, new_part)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, a[i:len(a) - j], b[i:len(b) - j]


def apply(clean, pairs):
    text = clean
    for anchor, repl in pairs:
        if clean.count(anchor) != 1:
            raise SystemExit(f"anchor not unique in clean draft ({clean.count(anchor)}x): {anchor!r}")
        if "\n" in anchor or "\n" in repl:
            raise SystemExit(f"edit crosses a line: {anchor!r}")
        _, old, new = diff_region(anchor, repl)
        if max(len(old), len(new)) > 16 or not (old or new):
            raise SystemExit(f"edit too large or empty: {old!r} -> {new!r}")
        text = text.replace(anchor, repl, 1)
    return text


def value_of(text, spec):
    if isinstance(spec, str):
        return spec
    start, end = spec
    s = text.find(start)
    if s < 0:
        raise SystemExit(f"value start not found: {start!r}")
    e = text.find(end, s)
    if e < 0:
        raise SystemExit(f"value end not found after start: {end!r}")
    return text[s:e + len(end)]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, pairs, vspec, expl) in EDITS:
            if s != src:
                continue
            text = apply(clean, pairs)
            value = value_of(text, vspec)
            if text.count(value) != 1 or value in clean:
                raise SystemExit(f"{src}-e{n}: value must occur once in the case and never in the clean draft: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_err = sum(1 for r in labels if not r["clean"])
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {n_err} with one injected error)")


if __name__ == "__main__":
    main()
