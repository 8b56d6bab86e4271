#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n52 from the clean drafts.

The clean drafts (cases/<id>-clean.txt) are the source of truth and are never
rewritten. Each entry of EDITS below describes one error case:
  id        project id (clean draft = cases/<id>-clean.txt)
  n         case number (cases/<id>-e<n>.txt)
  code      error code (errors.md section A)
  edits     list of (old, new): `old` must occur exactly once in the clean draft;
            it may carry unchanged context, the changed part must lie on one line
            and be at most 16 characters (two edits only for score rows on adjacent
            lines)
  value     either a literal string, or ("span", start, end): the substring of the
            error case from the first occurrence of `start` through the end of the
            first occurrence of `end` after it (used for sum/score/weight totals)
  why       explanation
Pure Python 3, no third-party modules.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "huinan-realestate-2019",
    "beipiao-cadastral-2021",
    "tumedzuoqi-farmlandcomp-2024",
    "zhangwu-landconsolidation-2022",
    "taonan-deptwhole-2020",
]

EDITS = [
    # ---------------- huinan-realestate-2019 (Jilin, 不动产登记) ----------------
    dict(id="huinan-realestate-2019", n=1, code="rate_mismatch",
         edits=[("其中当年财政拨款支出98.68万元，执行率94.52%", "其中当年财政拨款支出98.68万元，执行率94.25%")],
         value="执行率94.25%",
         why="当年财政拨款 98.68 / 104.40 = 94.52%; stated 94.25% (digits transposed when retyped)"),
    dict(id="huinan-realestate-2019", n=2, code="completion_mismatch",
         edits=[("实际完成值：6.5个工作日；完成率：100%", "实际完成值：6.5个工作日；完成率：65%")],
         value="6.5个工作日；完成率：65%",
         why="≤10个工作日 met by 6.5 → completion 100%; 65% is actual/target applied to a reverse indicator"),
    dict(id="huinan-realestate-2019", n=3, code="average_mismatch",
         edits=[("季均3559件", "季均3595件")],
         value="季均3595件",
         why="(3126 + 3894 + 3702 + 3514) / 4 = 3559, stated 3595"),
    dict(id="huinan-realestate-2019", n=4, code="year_mismatch",
         edits=[("已按规定结转至2020年使用", "已按规定结转至2019年使用")],
         value="结转至2019年",
         why="unspent money of the 2019 budget is carried to 2020, not to the evaluation year 2019"),
    dict(id="huinan-realestate-2019", n=5, code="score_exceeds_weight",
         edits=[("完成率：109.51%；分值：10；得分：10", "完成率：109.51%；分值：10；得分：10.95"),
                ("完成率：105.00%；分值：10；得分：10", "完成率：105.00%；分值：10；得分：9.05")],
         value="完成率：109.51%；分值：10；得分：10.95",
         why="row 1 scored 10 × 109.51% = 10.95 above its weight 10 (row 2 lowered to 9.05 so the 产出 subtotal 49.83 and total still add up)"),
    dict(id="huinan-realestate-2019", n=6, code="sum_mismatch",
         edits=[("分项为窗口运行30.00万元、权籍补测22.00万元", "分项为窗口运行30.00万元、权籍补测20.00万元")],
         value=("span", "全年预算数为110.00万元", "权籍补测20.00万元"),
         why="adjusted budget by item 30.00 + 20.00 + 44.00 + 14.00 = 108.00 ≠ 110.00 (权籍补测 is 22.00; 20.00 is the 档案 line of the year-start list)"),

    # ---------------- beipiao-cadastral-2021 (Liaoning, 地籍调查) ----------------
    dict(id="beipiao-cadastral-2021", n=1, code="balance_mismatch",
         edits=[("结余13.54万元，均为省级资金", "结余13.45万元，均为省级资金")],
         value="结余13.45万元",
         why="到位 332.00 − 执行 318.46 = 13.54 (省级 236.00 − 222.46 = 13.54), stated 13.45"),
    dict(id="beipiao-cadastral-2021", n=2, code="conflicting_values",
         edits=[("实际完成情况：完成地籍调查53680宗", "实际完成情况：完成地籍调查53860宗")],
         value="完成地籍调查53860宗",
         why="the same annual output is 53680宗 in the body (17920 + 21340 + 14420, 52260 + 1420) and in indicator row 1"),
    dict(id="beipiao-cadastral-2021", n=3, code="unit_mismatch",
         edits=[("成果质检14.80万元", "成果质检148000万元")],
         value="148000万元",
         why="148000元 (= 14.80万元) labelled 万元; 295.24 + 14.80 + 8.42 = 318.46 only with 14.80万元"),
    dict(id="beipiao-cadastral-2021", n=4, code="weight_sum_mismatch",
         edits=[("分值：5；得分：3；偏差原因：雨季影响第三批进度", "分值：10；得分：3；偏差原因：雨季影响第三批进度")],
         value=("span", "分值：10；得分：3；", "产出指标：分值50"),
         why="产出 row weights 10 + 5 + 10 + 5 + 5 + 10 + 10 = 55 against the stated 产出 50 (all weights 105)"),
    dict(id="beipiao-cadastral-2021", n=5, code="grade_mismatch",
         edits=[("自评得分：89.40\n评价等级：良", "自评得分：89.40\n评价等级：优")],
         value="评价等级：优",
         why="89.40 lies in 80 ≤ s < 90 → 良, not 优 (total rounded up to 90 by the writer)"),
    dict(id="beipiao-cadastral-2021", n=6, code="implausible_rate",
         edits=[("资金来源：其他资金\n年初预算数：0.00万元\n全年预算数：0.00万元\n全年执行数：0.00万元\n执行率：—",
                 "资金来源：其他资金\n年初预算数：0.00万元\n全年预算数：0.00万元\n全年执行数：0.00万元\n执行率：100%")],
         value="执行率：100%",
         why="其他资金 has a 0.00万元 budget and 0.00 spent: a rate on a zero base (template default 100% left in)"),

    # ---------------- tumedzuoqi-farmlandcomp-2024 (Inner Mongolia, 耕地保护补偿) ----------------
    dict(id="tumedzuoqi-farmlandcomp-2024", n=1, code="sum_mismatch",
         edits=[("善岱镇231650亩", "善岱镇213650亩")],
         value=("span", "951000亩", "善岱镇213650亩"),
         why="186420 + 142380 + 213650 + 168240 + 124510 + 97800 = 933000 ≠ 951000亩"),
    dict(id="tumedzuoqi-farmlandcomp-2024", n=2, code="year_mismatch",
         edits=[("截至2024年12月31日", "截至2023年12月31日")],
         value="截至2023年12月31日",
         why="the 2024 report states funds in place 截至2023年12月31日 (last year's sentence left in)"),
    dict(id="tumedzuoqi-farmlandcomp-2024", n=3, code="completion_mismatch",
         edits=[("实际完成值：92%；完成率：96.84%", "实际完成值：92%；完成率：103.26%")],
         value="实际完成值：92%；完成率：103.26%",
         why="≥95%, actual 92% → 92/95 = 96.84%; 103.26% is the inverted ratio 95/92"),
    dict(id="tumedzuoqi-farmlandcomp-2024", n=4, code="score_sum_mismatch",
         edits=[("分值：10；得分：7.69", "分值：10；得分：7.96")],
         value=("span", "得分：7.96", "产出指标：分值50；得分47.61"),
         why="产出 rows 10 + 5 + 5 + 9.92 + 7.96 + 10 = 47.88 ≠ stated 47.61 (and 97.53 ≠ 97.26 overall)"),
    dict(id="tumedzuoqi-farmlandcomp-2024", n=5, code="rate_mismatch",
         edits=[("全年执行数：998.36万元\n执行率：99.74%\n分值：10", "全年执行数：998.36万元\n执行率：95.08%\n分值：10")],
         value="执行率：95.08%",
         why="998.36 / 1001.00 = 99.74%; 95.08% is 998.36 over the year-start 1050.00 (wrong base)"),
    dict(id="tumedzuoqi-farmlandcomp-2024", n=6, code="average_mismatch",
         edits=[("平均93.47%", "平均93.74%")],
         value="平均93.74%",
         why="(94.1 + 92.8 + 93.5) / 3 = 93.47%, stated 93.74%"),

    # ---------------- zhangwu-landconsolidation-2022 (Liaoning, 土地整治) ----------------
    dict(id="zhangwu-landconsolidation-2022", n=1, code="balance_mismatch",
         edits=[("年末结余61.80万元", "年末结余186.50万元")],
         value="结余186.50万元",
         why="到位 566.50 − 执行 504.70 = 61.80; 186.50 is last year's carry-over left in"),
    dict(id="zhangwu-landconsolidation-2022", n=2, code="implausible_rate",
         edits=[("实际支出9.12万元，执行率95%", "实际支出10.08万元，执行率105%")],
         value="10.08万元，执行率105%",
         why="项目管理费 spent 10.08 of a 9.60 budget: execution rate 105% is over 100%"),
    dict(id="zhangwu-landconsolidation-2022", n=3, code="unit_mismatch",
         edits=[("实际完成值：229.55公顷；完成率：85.02%", "实际完成值：85.02%；完成率：85.02%")],
         value="实际完成值：85.02%",
         why="target ≥270公顷, actual given as a percentage: completion cannot be computed"),
    dict(id="zhangwu-landconsolidation-2022", n=4, code="score_exceeds_weight",
         edits=[("实际完成值：24眼；完成率：100%；分值：5；得分：5", "实际完成值：24眼；完成率：100%；分值：5；得分：4"),
                ("分值：5；得分：4.38", "分值：5；得分：5.38")],
         value="分值：5；得分：5.38",
         why="田间道路 score 5.38 above its weight 5 (机电井 row above lowered to 4; subtotal 41.45 unchanged)"),
    dict(id="zhangwu-landconsolidation-2022", n=5, code="grade_mismatch",
         edits=[("评价等级为中", "评价等级为良")],
         value="评价等级为良",
         why="79.98 lies in 60 ≤ s < 80 → 中 (the writer rounded to 80)"),
    dict(id="zhangwu-landconsolidation-2022", n=6, code="conflicting_values",
         edits=[("实际完成情况：新增耕地229.55公顷", "实际完成情况：新增耕地292.55公顷")],
         value="新增耕地292.55公顷",
         why="新增耕地 is 229.55公顷 in the body (168.35 + 61.20) and in indicator row 1"),

    # ---------------- taonan-deptwhole-2020 (Jilin, 部门整体) ----------------
    dict(id="taonan-deptwhole-2020", n=1, code="weight_sum_mismatch",
         edits=[("完成率：105.56%；分值：5；得分：5", "完成率：105.56%；分值：6；得分：5")],
         value=("span", "完成率：105.56%；分值：6", "产出指标：分值50"),
         why="产出 weights 8 + 8 + 6 + 6 + 6 + 6 + 6 + 5 = 51 ≠ 50 (total 101)"),
    dict(id="taonan-deptwhole-2020", n=2, code="score_sum_mismatch",
         edits=[("分值：10；得分：8.99", "分值：10；得分：8.89")],
         value=("span", "得分：8.89", "效益指标：分值30；得分28.99"),
         why="效益 rows 10 + 8.89 + 10 = 28.89 ≠ stated 28.99 (overall 96.19 ≠ 96.29)"),
    dict(id="taonan-deptwhole-2020", n=3, code="unit_mismatch",
         edits=[("实际采购271.70万元", "实际采购2717000万元")],
         value="2717000万元",
         why="2717000元 (= 271.70万元) labelled 万元; 政府采购执行率 95.00% = 271.70 / 286.00"),
    dict(id="taonan-deptwhole-2020", n=4, code="conflicting_values",
         edits=[("颁发不动产权证书及登记证明9860本，登记业务", "颁发不动产权证书及登记证明9680本，登记业务")],
         value="登记证明9680本",
         why="the same output is 9860本 in the table (实际完成情况 and indicator row 1, 完成率 109.56%)"),
    dict(id="taonan-deptwhole-2020", n=5, code="rate_mismatch",
         edits=[("结转结余率4.50%，其中", "结转结余率4.71%，其中")],
         value="结转结余率4.71%",
         why="129.08 / 2867.20 = 4.50%; 4.71% is 129.08 over spending 2738.12 (wrong base)"),
    dict(id="taonan-deptwhole-2020", n=6, code="sum_mismatch",
         edits=[("政府性基金预算拨款356.40万元", "政府性基金预算拨款365.40万元")],
         value=("span", "调整后全年预算2867.20万元", "政府性基金预算拨款365.40万元"),
         why="2412.80 + 365.40 + 98.00 = 2876.20 ≠ 2867.20"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply_edits(text, edits):
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit(f"edit context not unique ({text.count(old)}x): {old!r}")
        text = text.replace(old, new)
    return text


def resolve_value(case_text, value):
    if isinstance(value, str):
        return value
    _, start, end = value
    i = case_text.index(start)
    j = case_text.index(end, i + len(start) - 1)
    return case_text[i:j + len(end)]


def case_name(pid, n=None):
    return f"{pid}-clean.txt" if n is None else f"{pid}-e{n}.txt"


def build():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        by_project[e["id"]].append(e)
    for pid in PROJECTS:
        clean = read(os.path.join(CASES, case_name(pid)))
        labels.append({"case": case_name(pid), "source": pid, "clean": True, "expected": []})
        for e in sorted(by_project[pid], key=lambda x: x["n"]):
            text = apply_edits(clean, e["edits"])
            name = case_name(pid, e["n"])
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            value = resolve_value(text, e["value"])
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error",
                                         "value": value, "explanation": e["why"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with an error)")


if __name__ == "__main__":
    build()
