#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n91 from the clean drafts.

Each edit is a list of (old, new) replacements applied to the clean draft; every `old` must occur
exactly once in the clean draft.  A single-line edit changes one contiguous run of at most 16
characters; a score-row edit may touch two adjacent table rows (each change at most 16 characters).
`value` is either a literal substring of the error case, or a pair (start, end): the value then runs
from the first occurrence of `start` to the end of the first `end` found after it (used for
score/weight/sum errors that must span from the changed part to the total).

Pure Python 3, no third-party packages.  Usage: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "longlin-shenghuobuzhu-2018",
    "ningdu-xiangcunjiaoshi-2020",
    "luocheng-guopei-2021",
    "guzhang-shenghuobuzhu-2023",
    "guangchang-jinxiuxuexiao-2024",
]

EDITS = {
    "longlin-shenghuobuzhu-2018": [
        ("rate_mismatch",
         [("全年支出11,396,400.00元，预算执行率97.0%", "全年支出11,396,400.00元，预算执行率99.1%")],
         "预算执行率99.1%",
         "11,396,400.00 / 11,743,600.00 = 97.0%; 99.1% is the rate recomputed on the wrong base "
         "(当年财政拨款 11,500,000.00, leaving out the 上年结转)"),
        ("unit_mismatch",
         [("其中，使用上年结转资金243,600.00元，", "其中，使用上年结转资金243,600.00万元，")],
         "243,600.00万元",
         "the carry-over is 243,600.00元 (24.36万元 in the table; 243,600 + 11,152,800 = 11,396,400元); "
         "written with the unit 万元 it is off by 10^4"),
        ("year_mismatch",
         [("结转至2019年继续用于乡村教师生活补助", "结转至2018年继续用于乡村教师生活补助")],
         "结转至2018年继续用于",
         "the 2018 balance cannot be carried over into 2018 itself; it goes to 2019 "
         "(the earlier 结转至2018年 about the 2017 money is correct)"),
        ("score_sum_mismatch",
         [("｜10｜9.36｜特岗教师9人放弃入职", "｜10｜9.63｜特岗教师9人放弃入职")],
         ("9.63｜特岗教师9人放弃入职", "总分｜｜｜｜｜100｜99.06"),
         "row score retyped 9.63 without touching the total: 9.70 + 50 + 10 + 9.63 + 10 + 10 = 99.33, "
         "stated 99.06"),
        ("completion_mismatch",
         [("完成年度目标140人的93.6%", "完成年度目标140人的106.9%")],
         "完成年度目标140人的106.9%",
         "131 / 140 = 93.6%; 106.9% is the inverted ratio 140 / 131"),
        ("balance_mismatch",
         [("全年资金结余347,200.00元", "全年资金结余374,200.00元")],
         "结余374,200.00元",
         "11,743,600.00 - 11,396,400.00 = 347,200.00 (digits transposed)"),
    ],
    "ningdu-xiangcunjiaoshi-2020": [
        ("sum_mismatch",
         [("1,386人×450元×12个月=7,484,400.00元", "1,386人×450元×12个月=7,448,400.00元")],
         ("全年共发放补助18,403,200.00元", "=7,448,400.00元"),
         "2,966,400.00 + 7,448,400.00 + 7,952,400.00 = 18,367,200.00, stated 18,403,200.00 "
         "(二类 amount retyped; 1,386 × 450 × 12 = 7,484,400.00)"),
        ("average_mismatch",
         [("分别为198人、231人、253人，年均227人", "分别为198人、231人、253人，年均237人")],
         "年均237人",
         "(198 + 231 + 253) / 3 = 227.33, stated 237"),
        ("implausible_rate",
         [("｜—｜100.0｜—｜—\n预算执行率", "｜—｜100.0｜100.0｜—\n预算执行率")],
         "—｜100.0｜100.0｜—",
         "到位率 100.0 printed in the 上年结转资金 column whose 全年预算 is 0.00: a rate on a zero base"),
        ("weight_sum_mismatch",
         [("｜时效指标｜按季度及时发放率｜5｜", "｜时效指标｜按季度及时发放率｜10｜")],
         ("按季度及时发放率｜10｜", "合计｜｜｜100"),
         "weights now total 105 (时效 weight 10 instead of 5), stated 100"),
        ("grade_mismatch",
         [("评价等级为“优秀”", "评价等级为“良好”")],
         "评价等级为“良好”",
         "total 94.29 is in the 优 band (>= 90); 良好 is last year's grade left in"),
        ("conflicting_values",
         [("2020年我县安排乡村教师生活补助资金18,840,000.00元", "2020年我县安排乡村教师生活补助资金18,480,000.00元")],
         "资金18,480,000.00元",
         "the 2020 budget is 18,840,000.00元 elsewhere (全年预算资金, table 1884.00万元); 18,480,000.00 is a retype"),
    ],
    "luocheng-guopei-2021": [
        ("implausible_rate",
         [("实际参训1,498人，参训率98.6%", "实际参训1,598人，参训率105.1%")],
         "实际参训1,598人，参训率105.1%",
         "1,598 / 1,520 = 105.1%: more rural teachers trained than were due, a participation rate over 100%"),
        ("completion_mismatch",
         [("｜640人次｜98.5%｜9.85", "｜640人次｜101.6%｜9.85")],
         "640人次｜101.6%",
         "target >= 650, actual 640: completion 98.5%; 101.6% is 650 / 640 inverted"),
        ("score_exceeds_weight",
         [("｜210人次｜105.0%｜5｜", "｜210人次｜105.0%｜10｜"),
          ("｜1860人次｜103.3%｜10｜", "｜1860人次｜103.3%｜5｜")],
         "210人次｜105.0%｜10",
         "scores typed one row off in two adjacent rows: 自治区级培训人次 weight 5 scored 10 (total unchanged)"),
        ("sum_mismatch",
         [("食宿费328,600.00元", "食宿费382,600.00元")],
         "县级培训支出818,400.00元，其中授课专家讲课费286,000.00元、食宿费382,600.00元",
         "286,000 + 382,600 + 96,400 + 61,200 + 46,200 = 872,400.00, stated 818,400.00 (食宿费 digits transposed)"),
        ("score_sum_mismatch",
         [("｜52人｜86.7%｜8.67｜", "｜52人｜86.7%｜8.76｜")],
         ("8.76｜小学科人选不足", "总分｜｜｜100｜｜｜｜97.87"),
         "row score retyped 8.76, total left at 97.87: the rows now sum to 97.96"),
        ("unit_mismatch",
         [("｜≥1800人次｜1860人次｜", "｜≥1800人次｜97.9%｜")],
         "≥1800人次｜97.9%",
         "target in 人次, actual entered as the 县级 participation rate (97.9%): completion cannot be computed"),
    ],
    "guzhang-shenghuobuzhu-2023": [
        ("rate_mismatch",
         [("县级配套资金执行率80.1%", "县级配套资金执行率72.9%")],
         "县级配套资金执行率72.9%",
         "1,282,000.00 / 1,600,000.00 = 80.1%; 72.9% divides by 县级 + 上年结转 (1,758,400.00), the wrong base"),
        ("balance_mismatch",
         [("全年资金结余318,000.00元", "全年资金结余158,400.00元")],
         "资金结余158,400.00元",
         "6,458,400.00 - 6,140,400.00 = 318,000.00; 158,400.00 is last year's carry-over left in"),
        ("grade_mismatch",
         [("自评总分89.95分，评价等级为“良好”", "自评总分89.95分，评价等级为“优秀”")],
         "评价等级为“优秀”",
         "89.95 < 90 is 良 (the band does not round up)"),
        ("year_mismatch",
         [("截至2023年12月31日，项目资金实际到位", "截至2022年12月31日，项目资金实际到位")],
         "截至2022年12月31日",
         "the 2023 report states receipts as at the end of 2022 (last year's template); should be 2023年12月31日"),
        ("weight_sum_mismatch",
         [("\t1191人\n\t15\n", "\t1191人\n\t20\n")],
         ("20\n\t14.89", "总分\n\t\n\t\n\t\n\t\n\t100"),
         "weight of 享受补助乡村教师人数 changed 15 -> 20: weights total 105"),
        ("conflicting_values",
         [("全县享受生活补助的乡村教师1,191人", "全县享受生活补助的乡村教师1,176人")],
         "享受生活补助的乡村教师1,176人",
         "2023 beneficiaries are 1,191 elsewhere (14,292人·月 / 12, table 1191人); 1,176 is the 2022 figure left in"),
    ],
    "guangchang-jinxiuxuexiao-2024": [
        ("average_mismatch",
         [("平均每个片区535人次", "平均每个片区553人次")],
         "平均每个片区553人次",
         "(612 + 538 + 497 + 493) / 4 = 535, stated 553"),
        ("score_exceeds_weight",
         [("｜2645人次｜101.7%｜10\n", "｜2645人次｜101.7%｜5\n"),
          ("｜97.4%｜102.5%｜5\n", "｜97.4%｜102.5%｜10\n")],
         "参训率｜5｜≥95%｜97.4%｜102.5%｜10",
         "scores swapped between adjacent rows: 参训率 weight 5 scored 10 (total unchanged)"),
        ("implausible_rate",
         [("评价满意44份，满意度95.7%", "评价满意49份，满意度106.5%")],
         "评价满意49份，满意度106.5%",
         "49 satisfied of 46 forms: satisfaction 106.5% is over 100%"),
        ("completion_mismatch",
         [("｜27人｜90.0%｜9.00", "｜27人｜111.1%｜9.00")],
         "27人｜111.1%",
         "target >= 30, actual 27: completion 90.0%; 111.1% is 30 / 27 inverted"),
        ("sum_mismatch",
         [("对个人和家庭的补助491,700.00元", "对个人和家庭的补助419,700.00元")],
         "人员经费3,478,200.00元，其中工资福利支出2,986,500.00元、对个人和家庭的补助419,700.00元",
         "2,986,500.00 + 419,700.00 = 3,406,200.00, stated 3,478,200.00 (digits transposed)"),
        ("unit_mismatch",
         [("公用经费｜43.86｜43.86｜43.28｜98.7%", "公用经费｜43.86｜43.86｜432780.00｜98.7%")],
         "432780.00",
         "公用经费 executed 432,780.00元 typed into the 万元 table: should be 43.28; 347.82 + 43.28 = 391.10"),
    ],
}


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    start, end = spec
    i = text.index(start)
    j = text.index(end, i)
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for k, (code, reps, vspec, expl) in enumerate(EDITS[pid], 1):
            text = clean
            for old, new in reps:
                if clean.count(old) != 1:
                    raise SystemExit(f"{pid} e{k}: anchor occurs {clean.count(old)} times: {old!r}")
                text = text.replace(old, new, 1)
            name = f"{pid}-e{k}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            value = resolve_value(text, vspec)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")


if __name__ == "__main__":
    main()
