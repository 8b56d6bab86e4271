#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Pure Python 3, no third-party packages. Run from anywhere:
    python3 build.py
Each edit is applied to cases/<project>-clean.txt and written to cases/<project>-eN.txt.

An edit is a list of one or two sub-edits (anchor, old, new): `anchor` must occur exactly once in
the clean draft, `old` must occur inside the anchor, and its LAST occurrence inside the anchor is
replaced by `new`. Two sub-edits are used only for score-row edits on two adjacent table rows.

`value` is either a literal string or a pair (start, end): the value is then the slice of the
error case from the first occurrence of `start` to the end of the first occurrence of `end`
after it (used for sum / score-sum / weight-sum errors, where the value runs from the changed
part to the total or from the total to the changed part).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "nayong-nutrition-2022",
    "guangnan-boardingaid-2020",
    "duan-publicfunds-2023",
    "yuanyang-deptwhole-2018",
    "daxin-highschoolaid-2025",
]

EN = "<span lang=EN-US>"  # Word-export span used in the duan draft

EDITS = {
    "nayong-nutrition-2022": [
        dict(code="rate_mismatch",
             edits=[("已支付175.52万元，支付率54.85%", "54.85", "45.15")],
             value="支付率45.15%",
             explanation="175.52 paid of 320.00 = 54.85%; 45.15% is the unpaid share (144.48/320.00) put in as the payment rate"),
        dict(code="unit_mismatch",
             edits=[("秋季学期85,937人×5元×100天=4,296.85万元", "4,296.85", "42,968,500")],
             value="42,968,500万元",
             explanation="85,937×5元×100天 = 42,968,500元 = 4,296.85万元: the 元 figure is labelled 万元 (off by 10^4); 4,320.60 + 4,296.85 = 8,617.45"),
        dict(code="score_exceeds_weight",
             edits=[("<td>学校食堂供餐率</td><td>&ge;98%</td><td>98.13%</td><td>100.13%</td><td>8</td><td>8</td>",
                     "<td>8</td><td>8</td>", "<td>8</td><td>5.84</td>"),
                    ("<td>资金拨付及时率</td><td>&ge;95%</td><td>92.50%</td><td>97.37%</td><td>6</td><td>5.84</td>",
                     "<td>6</td><td>5.84</td>", "<td>6</td><td>8</td>")],
             value="资金拨付及时率</td><td>&ge;95%</td><td>92.50%</td><td>97.37%</td><td>6</td><td>8</td>",
             explanation="scores of two adjacent rows swapped: 资金拨付及时率 now scores 8 against a weight of 6 (the total still reads 99.70)"),
        dict(code="year_mismatch",
             edits=[("7,980.00万元于2021年12月由", "2021年12月", "2020年12月")],
             value="2020年12月",
             explanation="funds of the 2022 budget issued in advance must come in December 2021 (document 黔财教〔2021〕206号), not December 2020: last year's date left in"),
        dict(code="average_mismatch",
             edits=[("平均99.25%", "99.25", "99.52")],
             value="平均99.52%",
             explanation="(98.5 + 99.0 + 100 + 99.5) / 4 = 99.25%"),
        dict(code="completion_mismatch",
             edits=[("<td>85,937人</td><td>101.10%</td>", "101.10%", "98.91%")],
             value="85,937人</td><td>98.91%",
             explanation="85,937 / 85,000 = 101.10%; 98.91% is target/actual inverted"),
    ],
    "guangnan-boardingaid-2020": [
        dict(code="balance_mismatch",
             edits=[("结余28.75万元", "28.75", "27.85")],
             value="结余27.85万元",
             explanation="county funds 248.00 − 219.25 = 28.75 (also 2,480.00 − 2,451.25 = 28.75)"),
        dict(code="sum_mismatch",
             edits=[("调整后全年预算2,480.00万元，其中中央1,240.00万元、省级868.00万元、州级124.00万元",
                     "州级124.00", "州级142.00")],
             value="2,480.00万元，其中中央1,240.00万元、省级868.00万元、州级142.00万元",
             explanation="1,240.00 + 868.00 + 142.00 + 248.00 = 2,498.00 ≠ 2,480.00 (州级 should be 124.00 = 115.00 + 9.00)"),
        dict(code="weight_sum_mismatch",
             edits=[("<td>覆盖学校数</td>\n<td>&ge;180所</td>\n<td>183所</td>\n<td>101.67%</td>\n<td>5</td>",
                     "<td>5</td>", "<td>10</td>")],
             value=("183所</td>\n<td>101.67%</td>\n<td>10</td>", "<td>100</td>"),
             explanation="weights now total 105 (覆盖学校数 weight 5 → 10) against the stated 100"),
        dict(code="implausible_rate",
             edits=[("<td>其他资金</td>\n<td>0.00</td>\n<td>0.00</td>\n<td>0.00</td>\n<td>—</td>\n<td>—</td>",
                     "<td>—</td>", "<td>100%</td>")],
             value="其他资金</td>\n<td>0.00</td>\n<td>0.00</td>\n<td>0.00</td>\n<td>—</td>\n<td>100%</td>",
             explanation="execution rate 100% printed for 其他资金 whose budget is 0.00: a rate on a zero base"),
        dict(code="conflicting_values",
             edits=[("资助政策知晓率为88.5%", "88.5", "86.3")],
             value="知晓率为86.3%",
             explanation="the 自评表 gives 资助政策知晓率 88.5% (completion 98.33%, score 9.83); the text says 86.3%"),
        dict(code="completion_mismatch",
             edits=[("<td>97.27%</td>\n<td>97.27%</td>", "97.27%", "97.72%")],
             value="<td>97.27%</td>\n<td>97.72%</td>",
             explanation="target =100%, actual 97.27%: completion 97.27%, stated 97.72%"),
    ],
    "duan-publicfunds-2023": [
        dict(code="rate_mismatch",
             edits=[("预算执行率" + EN + "96.25%</span>", "96.25", "99.00")],
             value="预算执行率" + EN + "99.00%</span>",
             explanation="7,398.05 / 7,686.20 = 96.25%; 99.00% is 7,398.05 / 7,472.66, the current-year appropriation without the 213.54 carry-over in the base"),
        dict(code="sum_mismatch",
             edits=[("维修（护）费" + EN + "1,684.93</span>", "1,684.93", "1,648.93")],
             value=("全年支出" + EN + "7,398.05</span>万元，其中：", "1,648.93"),
             explanation="the seven spending items now sum to 7,362.05 ≠ 7,398.05 (维修（护）费 should be 1,684.93)"),
        dict(code="score_sum_mismatch",
             edits=[(EN + "92.66%</span></p></td><td><p class=MsoNormal>" + EN + "10</span></p></td><td><p class=MsoNormal>" + EN + "9.27</span>",
                     "9.27", "9.72")],
             value=(EN + "9.72</span>", EN + "89.31</span>"),
             explanation="row scores now add up to 89.76 (产出 49.63) while the total reads 89.31: a score edited without the total"),
        dict(code="grade_mismatch",
             edits=[("评价等级为“良好”", "良好", "优秀")],
             value="评价等级为“优秀”",
             explanation="a total of 89.31 is in the 良 band (80 ≤ s < 90)"),
        dict(code="unit_mismatch",
             edits=[("<td><p class=MsoNormal>" + EN + "5.17%</span>", "5.17%", "386.20万元")],
             value=EN + "386.20万元</span>",
             explanation="教师培训经费占比 has target ≥5% (a share) but the actual is the amount 386.20万元"),
        dict(code="year_mismatch",
             edits=[("截至" + EN + "2023</span>年" + EN + "12</span>月", "2023", "2022")],
             value="截至" + EN + "2022</span>年" + EN + "12</span>月" + EN + "31</span>日",
             explanation="the 2023 figures are stated as of 2022-12-31; the evaluation year is 2023"),
    ],
    "yuanyang-deptwhole-2018": [
        dict(code="balance_mismatch",
             edits=[("年末结转和结余428.14万元", "428.14", "612.38")],
             value="年末结转和结余612.38万元",
             explanation="612.38 + 18,736.42 − 18,920.66 = 428.14; the opening balance 612.38 was left in as the closing one"),
        dict(code="score_sum_mismatch",
             edits=[("<td>预决算信息公开性</td><td>3</td><td>按时公开</td><td>预算公开晚3天</td><td>2</td>",
                     "<td>2</td>", "<td>3</td>")],
             value=("预算公开晚3天</td><td>3</td>", "<td>93.01</td>"),
             explanation="row scores now add up to 94.01 (过程 37.34) against the stated 93.01: a score raised without the total"),
        dict(code="weight_sum_mismatch",
             edits=[("<td>政府采购执行率</td><td>3</td>", "<td>3</td>", "<td>5</td>")],
             value=("<td>政府采购执行率</td><td>5</td>", "<td>100</td>"),
             explanation="weights now total 102 (过程 42, 预算执行 30) against the stated 100"),
        dict(code="average_mismatch",
             edits=[("年均16,747.20万元", "16,747.20", "16,774.20")],
             value="年均16,774.20万元",
             explanation="(15,862.40 + 16,745.08 + 17,634.12) / 3 = 16,747.20"),
        dict(code="conflicting_values",
             edits=[("营养改善计划支出5,326.40万元", "5,326.40", "5,362.40")],
             value="营养改善计划支出5,362.40万元",
             explanation="the breakdown of 项目支出 gives 农村义务教育学生营养改善计划 5,326.40万元 (and the items sum to 17,634.12 with it)"),
        dict(code="implausible_rate",
             edits=[("<td>&ge;90%</td><td>98.6%</td>", "98.6%", "986%")],
             value="<td>986%</td>",
             explanation="satisfaction 986% is above 100% (decimal point dropped from 98.6%)"),
    ],
    "daxin-highschoolaid-2025": [
        dict(code="score_exceeds_weight",
             edits=[("<td>国家助学金二档标准</td><td>=1000元/生·学期</td><td>1000元/生·学期</td><td>5</td><td>5</td>",
                     "<td>5</td><td>5</td>", "<td>5</td><td>10</td>"),
                    ("<td>因家庭经济困难辍学学生数</td><td>=0人</td><td>0人</td><td>10</td><td>10</td>",
                     "<td>10</td><td>10</td>", "<td>10</td><td>5</td>")],
             value="1000元/生·学期</td><td>5</td><td>10</td>",
             explanation="scores of two adjacent rows shifted: 国家助学金二档标准 scores 10 against a weight of 5 (the total still reads 90.00)"),
        dict(code="grade_mismatch",
             edits=[("评价等级为“优秀”", "优秀", "良好")],
             value="评价等级为“良好”",
             explanation="a total of 90.00 is 优 (lower bound inclusive)"),
        dict(code="conflicting_values",
             edits=[("<td>免学费资助人次</td><td>&gt;=780人次</td><td>788人次</td>", "788", "878")],
             value="<td>878人次</td>",
             explanation="the text gives 免学费资助788人次 (386 + 402); the table says 878"),
        dict(code="balance_mismatch",
             edits=[("结余5.58万元", "5.58", "5.85")],
             value="结余5.85万元",
             explanation="372.00 − 366.42 = 5.58 (funds fully received)"),
        dict(code="sum_mismatch",
             edits=[("县级37.20万元；按用途分", "37.20", "27.20")],
             value="372.00万元，其中中央260.40万元、自治区74.40万元、县级27.20万元",
             explanation="260.40 + 74.40 + 27.20 = 362.00 ≠ 372.00 (县级 should be 34.60 + 2.60 = 37.20)"),
        dict(code="completion_mismatch",
             edits=[("完成年度目标的99.59%", "99.59", "99.95")],
             value="完成年度目标的99.95%",
             explanation="97.6% / 98% = 99.59%"),
    ],
}


def apply(clean, edits):
    text = clean
    for anchor, old, new in edits:
        if clean.count(anchor) != 1:
            raise SystemExit(f"anchor not unique in clean ({clean.count(anchor)}): {anchor!r}")
        if old not in anchor:
            raise SystemExit(f"old {old!r} not in anchor {anchor!r}")
        i = anchor.rfind(old)
        new_anchor = anchor[:i] + new + anchor[i + len(old):]
        if text.count(anchor) != 1:
            raise SystemExit(f"anchor not unique while editing: {anchor!r}")
        text = text.replace(anchor, new_anchor)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"value start not found: {start!r}")
    j = text.find(end, i + len(start))
    if j < 0:
        raise SystemExit(f"value end not found after start: {end!r}")
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for n, e in enumerate(EDITS[pid], 1):
            text = apply(clean, e["edits"])
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error",
                                         "value": resolve_value(text, e["value"]),
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")


if __name__ == "__main__":
    main()
