#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

The clean drafts (cases/<id>-clean.txt) are the source; every error case is the clean draft with exactly
one edit from EDITS below. Run:  python3 build.py && python3 verify.py

An edit is {case, code, old, new, value, explanation, kind}:
  old    an exact string occurring once in the clean draft; it is replaced by new.
  value  the labelled substring of the error case: either a literal string, or
         ("span", start, end) = from the first occurrence of start to the end of the first occurrence of end
         after it (used for sums, whose value runs from the changed part to the total).
  total  (sums only) a string of the total that the value must contain: the value runs from the total to the
         changed part or from the changed part to the total.
  kind   "single": one contiguous edit of at most 16 characters inside one line;
         "rows":   a score-row edit touching two adjacent table rows (cells swapped), each change <= 16 chars.
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gongshan-linkagefund-2022",
    "ceheng-rockydesert-2020",
    "maqu-echinococcosis-2018",
    "wuqia-schoolimprove-2023",
    "dingri-ruralroad-2021",
    "haiyuan-beefcattle-2025",
]

EDITS = [
    # ---- gongshan-linkagefund-2022 (Yunnan, rural revitalisation linkage funds) ----
    dict(case="gongshan-linkagefund-2022-e1", code="sum_mismatch", kind="single", total="3,612.40万元",
         old="重楼等中药材种植项目716.00万元", new="重楼等中药材种植项目761.00万元",
         value="3,612.40万元，其中独龙江乡独龙牛扩繁项目860.00万元、茨开镇和普拉底乡草果提质增效项目1,236.40万元、捧当乡和丙中洛镇重楼等中药材种植项目761.00万元",
         explanation="860.00 + 1236.40 + 761.00 + 800.00 = 3657.40, stated total 3612.40 (716.00 retyped as 761.00)"),
    dict(case="gongshan-linkagefund-2022-e2", code="rate_mismatch", kind="single",
         old="支出1,548.20万元，执行率96.40%", new="支出1,548.20万元，执行率96.04%",
         value="96.04%",
         explanation="provincial funds 1548.20 / 1606.00 = 96.40%, stated 96.04%"),
    dict(case="gongshan-linkagefund-2022-e3", code="year_mismatch", kind="single",
         old="截至2022年12月31日，累计支出", new="截至2021年12月31日，累计支出",
         value="截至2021年12月31日",
         explanation="the 2022 spending figure is dated the end of 2021 (last year's phrase left in); it must name 2022"),
    dict(case="gongshan-linkagefund-2022-e4", code="unit_mismatch", kind="single",
         old="通过“一卡通”发放304.80万元", new="通过“一卡通”发放3048000万元",
         value="3048000万元",
         explanation="2032人次 x 1500元 = 3,048,000元 = 304.80万元 (also 304.80 in the allocation list): a 元 figure labelled 万元, off by 10^4"),
    dict(case="gongshan-linkagefund-2022-e5", code="completion_mismatch", kind="single",
         old="102.33%  5", new="97.73%   5",
         value="97.73%",
         explanation="gte target 不低于55%, actual 56.28%: completion 56.28/55 = 102.33%; stated 97.73% is the inverted ratio 55/56.28"),

    # ---- ceheng-rockydesert-2020 (Guizhou, rocky desertification control) ----
    dict(case="ceheng-rockydesert-2020-e1", code="balance_mismatch", kind="single",
         old="差额51.38万元为年末结余", new="差额53.18万元为年末结余",
         value="53.18万元",
         explanation="到位 1150.00 - 支出 1098.62 = 51.38, stated 53.18"),
    dict(case="ceheng-rockydesert-2020-e2", code="score_exceeds_weight", kind="rows",
         old="95.16%\n4\n3.81\n冗渡镇0.6公里路段林地权属有争议，调减未建\n\n产出指标\n质量指标\n造林成活率\n不低于85%\n91.6%\n107.76%\n8\n8\n",
         new="95.16%\n4\n8\n冗渡镇0.6公里路段林地权属有争议，调减未建\n\n产出指标\n质量指标\n造林成活率\n不低于85%\n91.6%\n107.76%\n8\n3.81\n",
         value="新建作业便道\n不少于12.4公里\n11.8公里\n95.16%\n4\n8",
         explanation="scores of two adjacent rows swapped: 作业便道 (weight 4) now scores 8 > 4; total 99.06 unchanged"),
    dict(case="ceheng-rockydesert-2020-e3", code="average_mismatch", kind="single",
         old="平均每个乡镇1,033.33亩", new="平均每个乡镇1,083.33亩",
         value="1,083.33亩",
         explanation="(1150 + 980 + 1260 + 870 + 1040 + 900) / 6 = 1033.33, stated 1083.33"),
    dict(case="ceheng-rockydesert-2020-e4", code="implausible_rate", kind="single",
         old="实际支出24.60万元，执行率82.00%", new="实际支出32.40万元，执行率108.00%",
         value="32.40万元，执行率108.00%",
         explanation="training budget 30.00万元, spent 32.40: execution rate 108.00% over 100% (spending above the item budget)"),

    # ---- maqu-echinococcosis-2018 (Gansu, echinococcosis control) ----
    dict(case="maqu-echinococcosis-2018-e1", code="weight_sum_mismatch", kind="single", total="合计",
         old="71.67%   5     3.58", new="71.67%   6     3.58",
         value=("span", "流浪犬收容处置数量", "100   88.10"),
         explanation="流浪犬 weight changed 5 -> 6: weights now sum to 101 (产出 51) against the stated 100"),
    dict(case="maqu-echinococcosis-2018-e2", code="grade_mismatch", kind="single",
         old="评价等级为“良”", new="评价等级为“优”",
         value="评价等级为“优”",
         explanation="total 88.10 is in the 良 band (80 <= s < 90)"),
    dict(case="maqu-echinococcosis-2018-e3", code="conflicting_values", kind="single",
         old="项目资金451.50万元的使用", new="项目资金415.50万元的使用",
         value="415.50万元",
         explanation="the same project funds are 451.50万元 in the body (260.50 + 96.00 + 40.00 + 55.00)"),
    dict(case="maqu-echinococcosis-2018-e4", code="rate_mismatch", kind="single",
         old="县级资金支出31.60万元，执行率57.45%", new="县级资金支出31.60万元，执行率54.75%",
         value="54.75%",
         explanation="county funds 31.60 / 55.00 = 57.45%, stated 54.75% (digits transposed)"),

    # ---- wuqia-schoolimprove-2023 (Xinjiang, compulsory-education schools) ----
    dict(case="wuqia-schoolimprove-2023-e1", code="score_sum_mismatch", kind="single", total="合计",
         old="\t10\n\t9.00\n", new="\t10\n\t9.50\n",
         value=("span", "9.50", "97.53"),
         explanation="可持续 row re-scored 9.00 -> 9.50 without the total: rows now sum to 98.03, stated total 97.53"),
    dict(case="wuqia-schoolimprove-2023-e2", code="sum_mismatch", kind="single", total="2,150.00万元",
         old="2023年4月18日下达550.00万元", new="2023年4月18日下达505.00万元",
         value="2,150.00万元分两批下达，其中2022年12月5日提前下达1,600.00万元（新财教〔2022〕178号），2023年4月18日下达505.00万元",
         explanation="1600.00 + 505.00 = 2105.00, stated central total 2150.00"),
    dict(case="wuqia-schoolimprove-2023-e3", code="completion_mismatch", kind="single",
         old="\t2480元/平方米\n\t100.00%", new="\t2480元/平方米\n\t95.38%",
         value="2480元/平方米\n\t95.38%",
         explanation="lte target 不超过2600元/平方米 met by 2480: completion 100%; 95.38% is 2480/2600 computed as if gte"),
    dict(case="wuqia-schoolimprove-2023-e4", code="unit_mismatch", kind="single",
         old="\t不少于480个\n\t512个\n", new="\t不少于480个\n\t106.67%\n",
         value="不少于480个\n\t106.67%",
         explanation="target in 个 (beds), actual cell holds a percentage (the completion copied into it)"),
    dict(case="wuqia-schoolimprove-2023-e5", code="balance_mismatch", kind="single",
         old="年末结余85.14万元", new="年末结余135.14万元",
         value="135.14万元",
         explanation="到位 2800.00 - 支出 2714.86 = 85.14; 135.14 is 全年预算 2850.00 - 支出 (balance on the wrong base)"),

    # ---- dingri-ruralroad-2021 (Tibet, rural road maintenance) ----
    dict(case="dingri-ruralroad-2021-e1", code="average_mismatch", kind="single",
         old="平均每个乡镇155.20公里", new="平均每个乡镇165.20公里",
         value="165.20公里",
         explanation="the 13 township lengths sum to 2017.6 km: mean 155.20, stated 165.20"),
    dict(case="dingri-ruralroad-2021-e2", code="year_mismatch", kind="single",
         old="年度：2021年", new="年度：2020年",
         value="年度：2020年",
         explanation="self-evaluation table dated 2020 (last year's template) in the 2021 report"),
    dict(case="dingri-ruralroad-2021-e3", code="score_exceeds_weight", kind="rows",
         old="82.80%   8     6.62   路龄长、冻融破坏重，养护资金标准低；争取提高养护标准\n产出指标    时效指标            水毁路段平均抢通时间  不超过72小时          96小时          75.00%   5     3.75",
         new="82.80%   8     3.75   路龄长、冻融破坏重，养护资金标准低；争取提高养护标准\n产出指标    时效指标            水毁路段平均抢通时间  不超过72小时          96小时          75.00%   5     6.62",
         value="水毁路段平均抢通时间  不超过72小时          96小时          75.00%   5     6.62",
         explanation="scores of two adjacent rows swapped: 抢通时间 (weight 5) now scores 6.62 > 5; total 93.34 unchanged"),
    dict(case="dingri-ruralroad-2021-e4", code="grade_mismatch", kind="single",
         old="综合评定等级为“优秀”", new="综合评定等级为“良好”",
         value="综合评定等级为“良好”",
         explanation="total 93.34 is in the 优 band; 良好 is last year's grade (88.60) left in"),

    # ---- haiyuan-beefcattle-2025 (Ningxia, beef cattle subsidies) ----
    dict(case="haiyuan-beefcattle-2025-e1", code="implausible_rate", kind="single",
         old="中卫市级资金  0.00        0.00        0.00        —", new="中卫市级资金  0.00        0.00        0.00        100.00%",
         value="中卫市级资金  0.00        0.00        0.00        100.00%",
         explanation="execution rate 100.00% on a zero budget (prefecture allocated nothing)"),
    dict(case="haiyuan-beefcattle-2025-e2", code="conflicting_values", kind="single",
         old="全县肉牛饲养量27.3万头、出栏", new="全县肉牛饲养量25.8万头、出栏",
         value="饲养量25.8万头",
         explanation="year-end 2025 stock is 27.3万头 in the benefit section and the table; 25.8 is the 2024 figure left in"),
    dict(case="haiyuan-beefcattle-2025-e3", code="weight_sum_mismatch", kind="single", total="合计100分",
         old="设置预算执行率10分、产出指标50分", new="设置预算执行率10分、产出指标60分",
         value="60分、效益指标30分、满意度指标10分，合计100分",
         explanation="10 + 60 + 30 + 10 = 110, stated 合计100分 (table 产出 rows weigh 50)"),
    dict(case="haiyuan-beefcattle-2025-e4", code="score_sum_mismatch", kind="single", total="合计98.68分",
         old="预算执行率9.72分、产出指标49.16分", new="预算执行率9.72分、产出指标49.61分",
         value="49.61分、效益指标29.80分、满意度指标10分，合计98.68分",
         explanation="9.72 + 49.61 + 29.80 + 10 = 99.13, stated 98.68 (产出 score retyped)"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    tag, start, end = value
    assert tag == "span"
    i = text.index(start)
    j = text.index(end, i + len(start)) + len(end)
    return text[i:j]


def main():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        pid = e["case"].rsplit("-e", 1)[0]
        by_project[pid].append(e)
    for pid in PROJECTS:
        clean = read(pid + "-clean.txt")
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for e in by_project[pid]:
            n = clean.count(e["old"])
            if n != 1:
                raise SystemExit("%s: old string occurs %d times in the clean draft" % (e["case"], n))
            text = clean.replace(e["old"], e["new"])
            with open(os.path.join(CASES, e["case"] + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            value = resolve_value(text, e["value"])
            labels.append({"case": e["case"] + ".txt", "source": pid, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": value,
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases (%d clean, %d with one injected error)"
          % (len(labels), len(PROJECTS), len(labels) - len(PROJECTS)))


if __name__ == "__main__":
    main()
