#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n79 from the clean drafts.

Each edit is a list of (old, new) parts: `old` must occur exactly once in the clean draft and is
replaced by `new`.  One part = one contiguous edit inside one line; two parts are used only for the
score_exceeds_weight cases (scores swapped between two adjacent rows of the self-evaluation list).
`value` is either a literal substring of the error case or a (start, end) pair of markers: the value
is then the case text from the first occurrence of `start` to the end of the first `end` after it.
Pure Python 3, no third-party modules.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "cq-tongliang-archives-2023",
    "sc-pengxi-marriagerecords-2021",
    "sn-luochuan-realestate-2024",
    "sc-jiange-urbanconstr-2020",
    "cq-zhongxian-courtfiles-2018",
]

EDITS = {
    "cq-tongliang-archives-2023": [
        ("rate_mismatch",
         [("已数字化22,650卷，数字化率33.86%", "已数字化22,650卷，数字化率33.11%")],
         "数字化率33.11%",
         "end-2022 digitisation rate 22,650/66,900 = 33.86%; 33.11% divides by the end-2023 holdings 68,400 (wrong base)"),
        ("score_sum_mismatch",
         [("部分达成年度指标，得分7分。", "部分达成年度指标，得分8分。")],
         ("得分8分", "得分合计95.95分"),
         "row 11 raised from 7 to 8 without touching the total: 9.37+49.58+28+10 = 96.95, stated 95.95"),
        ("unit_mismatch",
         [("存储设备7.86万元", "存储设备78600万元")],
         "78600万元",
         "the storage purchase (成交价78,600元 = 7.86万元) written as 78600万元; 148.96+7.86+11.88 = 168.70 only after rescaling by 10^4"),
        ("average_mismatch",
         [("96.5%、97.5%，全年平均", "96.5%、95.7%，全年平均")],
         "96.2%、97.0%、96.5%、95.7%，全年平均96.80%",
         "(96.2+97.0+96.5+95.7)/4 = 96.35%, stated average 96.80%"),
        ("year_mismatch",
         [("7.84万元结转至2024年支付", "7.84万元结转至2023年支付")],
         "结转至2023年支付",
         "a 2023 report carries the retention money over to 2023 itself; must be a later year (2024)"),
        ("conflicting_values",
         [("实际3,426人次", "实际3,246人次")],
         "实际3,246人次",
         "online archive users 3,246 in the score list vs 3,426 in the benefit section (digits retyped)"),
    ],
    "sc-pengxi-marriagerecords-2021": [
        ("balance_mismatch",
         [("项目结余5.17万元", "项目结余5.71万元")],
         "结余5.71万元",
         "received 52.00 - spent 46.83 = 5.17, stated 5.71"),
        ("sum_mismatch",
         [("县级财政资金32.00万元", "县级财政资金23.00万元")],
         "52.00万元，其中省级婚姻登记历史数据补录补助资金20.00万元、县级财政资金23.00万元",
         "20.00 + 23.00 = 43.00, stated total 52.00 (county share 32.00 retyped)"),
        ("completion_mismatch",
         [("实际完成147,000条，完成率79.89%", "实际完成147,000条，完成率81.67%")],
         "完成率81.67%",
         "147,000/184,000 = 79.89%; 81.67% is 147,000/180,000, an outdated target"),
        ("grade_mismatch",
         [("评价等级为“良好”", "评价等级为“优秀”")],
         "评价等级为“优秀”",
         "87.32 lies in the 80-90 band (良); 优 needs 90 or more"),
        ("implausible_rate",
         [("办结1,241人次、占96.50%", "办结1,341人次、占104.28%")],
         "办结1,341人次、占104.28%",
         "1,341 of 1,286 applications settled: 104.28% is arithmetically 1,341/1,286 but a share above 100% is impossible"),
        ("weight_sum_mismatch",
         [("质量指标15分", "质量指标20分")],
         "产出指标60分（数量指标30分、质量指标20分",
         "30+20+10+5 = 65 against the output weight 60 (and the list's quality rows 10+5 = 15); total weights 105"),
    ],
    "sn-luochuan-realestate-2024": [
        ("rate_mismatch",
         [("资金到位率94.84%", "资金到位率94.17%")],
         "资金到位率94.17%",
         "128.60/135.60 = 94.84%; 94.17% is (40.00+73.00)/120.00, the carry-over dropped and the initial budget used as base"),
        ("score_exceeds_weight",
         [("完成率90.91%，得分4.55分", "完成率90.91%，得分10分"),
          ("业绩值0.50元/页，完成率100%，得分10分", "业绩值0.50元/页，完成率100%，得分4.55分")],
         "完成率90.91%，得分10分",
         "scores of rows 5 and 6 swapped: the 5-point timeliness row now scores 10 (total unchanged 97.65)"),
        ("conflicting_values",
         [("中心保管不动产登记存量档案75,810卷", "中心保管不动产登记存量档案73,460卷")],
         "存量档案73,460卷",
         "end-2024 holdings 73,460 in the overview (last year's figure left in) vs 75,810 = 27,950+41,660+6,200 in the benefit section"),
        ("unit_mismatch",
         [("业绩值97.30%", "业绩值97.30分")],
         "业绩值97.30分",
         "target ≥95% but the actual is given in points (分): completion cannot be computed"),
        ("completion_mismatch",
         [("完成率90.91%", "完成率110.00%")],
         "完成率110.00%",
         "≤210天 target, 231 days actual: completion 210/231 = 90.91%; 110.00% is 231/210, the ≥ formula on a ≤ indicator"),
        ("balance_mismatch",
         [("年末结余7.25万元", "年末结余14.25万元")],
         "结余14.25万元",
         "结余 defined as 到位 - 支出 = 128.60 - 121.35 = 7.25; 14.25 is budget minus spending"),
    ],
    "sc-jiange-urbanconstr-2020": [
        ("sum_mismatch",
         [("全年预算40.00万元，其中数字化加工30.50万元、存储扩容6.00万元、系统升级3.50万元",
           "全年预算40.00万元，其中数字化加工30.50万元、存储扩容6.00万元、系统升级3.05万元")],
         "40.00万元，其中数字化加工30.50万元、存储扩容6.00万元、系统升级3.05万元",
         "30.50 + 6.00 + 3.05 = 39.55, stated 40.00"),
        ("score_sum_mismatch",
         [("产出指标49.06分", "产出指标49.60分")],
         "94.22分，其中预算执行9.66分、产出指标49.60分",
         "9.66 + 49.60 + 25.50 + 10 = 94.76, stated 94.22 (the output rows add to 49.06)"),
        ("average_mismatch",
         [("99.0%、99.3%，平均99.10%", "99.0%、98.3%，平均99.10%")],
         "98.9%、99.2%、99.0%、98.3%，平均99.10%",
         "(98.9+99.2+99.0+98.3)/4 = 98.85%, stated 99.10%"),
        ("grade_mismatch",
         [("评价等级为“优秀”", "评价等级为“良好”")],
         "评价等级为“良好”",
         "94.22 is in the 90-100 band (优)"),
        ("year_mismatch",
         [("截至2020年12月31日", "截至2019年12月31日")],
         "截至2019年12月31日",
         "spending of the 2020 budget reported as of 31 Dec 2019 (last year's template)"),
        ("implausible_rate",
         [("全年执行0.00万元，执行率—", "全年执行0.00万元，执行率100%")],
         "全年执行0.00万元，执行率100%",
         "execution rate 100% on a zero carry-over budget (0.00/0.00): rate undefined"),
    ],
    "cq-zhongxian-courtfiles-2018": [
        ("rate_mismatch",
         [("资金到位率100%", "资金到位率95.50%")],
         "资金到位率95.50%",
         "72.00 received of 72.00 budget = 100%; 95.50% is the execution rate copied into the wrong line"),
        ("unit_mismatch",
         [("实际71.67%", "实际44,650卷")],
         "实际44,650卷",
         "target ≥70% (a rate) but the actual is a count of volumes"),
        ("completion_mismatch",
         [("完成率101.61%", "完成率98.42%")],
         "完成率98.42%",
         "28,450/28,000 = 101.61%; 98.42% is the inverted ratio 28,000/28,450"),
        ("conflicting_values",
         [("2018年全院新收各类案件6,832件", "2018年全院新收各类案件6,382件")],
         "新收各类案件6,382件",
         "cases received in 2018: 6,382 in the overview vs 6,832 in the benefit section (base of the 89.99% e-file rate); digits transposed"),
        ("score_exceeds_weight",
         [("完成率101.61%，得分15分", "完成率101.61%，得分10分"),
          ("完成率100.71%，得分10分", "完成率100.71%，得分15分")],
         "完成率100.71%，得分15分",
         "scores of rows 2 and 3 swapped: the 10-point page-count row scores 15 (total unchanged 99.02)"),
        ("weight_sum_mismatch",
         [("产出指标45分、效益指标35分", "产出指标45分、效益指标30分")],
         "满分100分，其中预算执行率10分、产出指标45分、效益指标30分",
         "10 + 45 + 30 + 10 = 95, not 100 (default 30 left from the template; the benefit rows weigh 35)"),
    ],
}


def core(old, new):
    """The changed region of one part after removing the common prefix and suffix."""
    i = 0
    while i < min(len(old), len(new)) and old[i] == new[i]:
        i += 1
    j = 0
    while j < min(len(old), len(new)) - i and old[-1 - j] == new[-1 - j]:
        j += 1
    return old[i:len(old) - j], new[i:len(new) - j]


def apply(clean, parts):
    text = clean
    for old, new in parts:
        if clean.count(old) != 1:
            raise SystemExit("edit anchor not unique in clean draft: %r" % old)
        if text.count(old) != 1:
            raise SystemExit("edit anchor not unique in case: %r" % old)
        text = text.replace(old, new)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    s = text.find(start)
    if s < 0:
        raise SystemExit("value start marker not found: %r" % start)
    e = text.find(end, s)
    if e < 0:
        raise SystemExit("value end marker not found: %r" % end)
    return text[s:e + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        cname = pid + "-clean.txt"
        with open(os.path.join(CASES, cname), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": cname, "source": pid, "clean": True, "expected": []})
        for n, (code, parts, value, expl) in enumerate(EDITS[pid], 1):
            text = apply(clean, parts)
            val = resolve_value(text, value)
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": val,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
