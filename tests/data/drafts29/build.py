#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each error case = its clean draft with ONE injected inconsistency. An edit is
(line_anchor, pattern, replacement): the single line of the clean draft that contains
line_anchor is taken, `pattern` (a regex) must match exactly once in that line, and either
its group 1 (if the pattern has a group) or the whole match is replaced. Score-row edits may
touch two adjacent lines (two edit tuples); every other case has one edit tuple.

A label value is given as
  "literal"                     the exact text,
  ("re", pattern)               the unique regex match in the error case,
  ("span", start_re, end_re)    from the first match of start_re to the end of the first
                                match of end_re after it (used for sum / score-sum /
                                weight-sum errors: from the changed part to the total, or
                                from the total to the changed part).
Pure Python 3, no third-party modules.  Run:  python3 build.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "pengshui-ruralbus-2021",
    "rongchang-codelivery-2023",
    "yingshan-fuelsubsidy-2018",
    "xuanhan-transportdept-2022",
    "shenmu-greenfreight-2024",
    "wugong-ruralexpress-2025",
]

ERRORS = [
    # ---------------- pengshui-ruralbus-2021 (Chongqing, 县交通局, rural bus subsidy per trip / per vehicle)
    dict(case="pengshui-ruralbus-2021-e1", code="rate_mismatch",
         edits=[("招呼站维护          69.36", r"87\.25%$", "82.75%")],
         value="82.75%",
         explanation="招呼站维护 line of the funds breakdown: 60.52 / 69.36 = 87.25%, stated 82.75% (digits retyped)"),
    dict(case="pengshui-ruralbus-2021-e2", code="conflicting_values",
         edits=[("全部接入动态监控平台", r"全县214辆", "全县241辆")],
         value="241辆",
         explanation="the subsidised rural bus fleet is 214 vehicles everywhere else (214 × 16,000元 = 342.40万元, table 214辆); restated as 241辆"),
    dict(case="pengshui-ruralbus-2021-e3", code="year_mismatch",
         edits=[("已按规定结转至2022年", r"结转至(2022)年", "2021")],
         value="结转至2021年",
         explanation="unspent money of the 2021 budget is carried over into the evaluation year itself (should be 2022)"),
    dict(case="pengshui-ruralbus-2021-e4", code="score_exceeds_weight",
         edits=[("104,000班次（90%–110%）  100,960班次", r"100,960班次\s+8\s+(8)", "6"),
                ("216辆（±5%）             214辆", r"214辆\s+6\s+(6)", "8")],
         value=("re", r"216辆（±5%）\s+214辆\s+6\s+8"),
         explanation="scores of the two adjacent 数量指标 rows swapped: 补贴农村客运车辆 now scores 8 against a weight of 6 (total 97.95 unchanged)"),

    # ---------------- rongchang-codelivery-2023 (Chongqing, 商务委/口岸物流办, per-trip delivery subsidy)
    dict(case="rongchang-codelivery-2023-e1", code="sum_mismatch",
         edits=[("信息平台运维费23.86万元。", r"运维费(23\.86)万元。", "23.68")],
         value=("span", r"全年实际支出498\.66万元", r"信息平台运维费23\.68万元"),
         explanation="247.20 + 118.20 + 63.00 + 46.40 + 23.68 = 498.48, stated total 498.66 (23.86 retyped as 23.68)"),
    dict(case="rongchang-codelivery-2023-e2", code="implausible_rate",
         edits=[("第四季度预拨68.00万元", r"当季实际支出(63\.24万元，支出率93\.00%)", "70.72万元，支出率104.00%")],
         value="70.72万元，支出率104.00%",
         explanation="Q4 spending 70.72 of 68.00 advanced: 支出率 104.00% (> 100%, arithmetic itself consistent)"),
    dict(case="rongchang-codelivery-2023-e3", code="completion_mismatch",
         edits=[("补助资金兑付周期｜≤30天", r"｜23天｜(100\.00%)｜", "76.67%")],
         value="补助资金兑付周期｜≤30天｜23天｜76.67%",
         explanation="≤30天 target met with 23天 → completion 100%; 76.67% = 23/30 computed as if the indicator were ≥"),
    dict(case="rongchang-codelivery-2023-e4", code="grade_mismatch",
         edits=[("综合得分90.84分", r"评价等级为(优秀)", "良好")],
         value="评价等级为良好",
         explanation="total 90.84 lies in the 优 band (90 inclusive); 良好 stated"),
    dict(case="rongchang-codelivery-2023-e5", code="conflicting_values",
         edits=[("我区36条配送线路合计", r"合计(2,360)公里", "2,630")],
         value="2,630公里",
         explanation="the 36 delivery routes total 2,360公里 in 一（三）; restated as 2,630公里"),

    # ---------------- yingshan-fuelsubsidy-2018 (Sichuan, 交通运输局, fuel-price subsidy per vehicle)
    dict(case="yingshan-fuelsubsidy-2018-e1", code="unit_mismatch",
         edits=[("出租汽车                245", r"(176\.40)$", "1,764,000.00")],
         value="1,764,000.00",
         explanation="出租汽车 amount in the 万元 column written in 元 (245 × 7,200元 = 1,764,000元 = 176.40万元): off by 10^4; column total 720.74 holds only after rescaling"),
    dict(case="yingshan-fuelsubsidy-2018-e2", code="weight_sum_mismatch",
         edits=[("补助出租汽车", r"245\s+辆\s+245\s+(12)", "15")],
         value=("span", r"补助出租汽车\s+＝\s+245\s+辆\s+245\s+15", r"总分(?:\s+—)+\s+100"),
         explanation="weight of 补助出租汽车 retyped 12 → 15: weights now sum to 103 (产出 63), total row says 100"),
    dict(case="yingshan-fuelsubsidy-2018-e3", code="balance_mismatch",
         edits=[("形成结余29.26万元", r"结余(29\.26)万元", "29.62")],
         value="29.62万元",
         explanation="750.00 − 720.74 = 29.26, stated 29.62"),
    dict(case="yingshan-fuelsubsidy-2018-e4", code="conflicting_values",
         edits=[("全年为312辆农村客运车辆", r"(245)辆出租汽车", "254")],
         value="254辆出租汽车",
         explanation="245 taxis in the 发放明细 table and 自评表 (245 × 7,200元); restated as 254辆"),

    # ---------------- xuanhan-transportdept-2022 (Sichuan, 交通运输局 部门整体)
    dict(case="xuanhan-transportdept-2022-e1", code="rate_mismatch",
         edits=[("“三公”经费预算38.50万元", r"执行率(81\.71)%", "89.68")],
         value="执行率89.68%",
         explanation="31.46 / 38.50 = 81.71%; 89.68% is 31.46 / 35.08, last year's spending used as the base"),
    dict(case="xuanhan-transportdept-2022-e2", code="sum_mismatch",
         edits=[("包括人员经费1,982.47万元", r"公用经费(364\.38)万元", "346.38")],
         value=("span", r"基本支出2,346\.85万元，包括", r"公用经费346\.38万元"),
         explanation="1,982.47 + 346.38 = 2,328.85, stated 基本支出 2,346.85 (364.38 retyped)"),
    dict(case="xuanhan-transportdept-2022-e3", code="implausible_rate",
         edits=[("国有资本经营预算财政拨款", r"0\.00\s+0\.00\s+0\.00\s+(—)$", "100.00%")],
         value=("re", r"国有资本经营预算财政拨款\s+0\.00\s+0\.00\s+0\.00\s+100\.00%"),
         explanation="execution rate 100.00% on a zero budget (0.00 / 0.00): rate undefined"),
    dict(case="xuanhan-transportdept-2022-e4", code="average_mismatch",
         edits=[("8个项目平均自评得分", r"得分(94\.69)分", "94.96")],
         value="平均自评得分94.96分",
         explanation="(95.6 + 98.0 + 92.4 + 94.8 + 96.2 + 97.5 + 86.5 + 96.5) / 8 = 94.69, stated 94.96"),
    dict(case="xuanhan-transportdept-2022-e5", code="score_sum_mismatch",
         edits=[("项目按期完工率        ≥90%", r"87\.5%\s+6\s+(5\.83)$", "5.38")],
         value=("span", r"5\.38", r"100\s+98\.94"),
         explanation="row 项目按期完工率 edited to 5.38 without the total: scores now sum to 98.49, total stays 98.94"),

    # ---------------- shenmu-greenfreight-2024 (Shaanxi, 道路运输服务中心, freight subsidy per vehicle / per trip)
    dict(case="shenmu-greenfreight-2024-e1", code="completion_mismatch",
         edits=[("淘汰老旧柴油货车  ", r"131辆\s+(87\.33%)", "114.50%")],
         value=("re", r"≥150辆\s+131辆\s+114\.50%"),
         explanation="131 / 150 = 87.33%; 114.50% is 150 / 131 (ratio inverted)"),
    dict(case="shenmu-greenfreight-2024-e2", code="score_sum_mismatch",
         edits=[("预算执行    预算执行率", r"91\.28%\s+10\s+(9\.13)$", "9.31")],
         value=("span", r"9\.31", r"100\s+97\.86"),
         explanation="execution score retyped 9.13 → 9.31 without the total: rows sum to 98.04, total 97.86"),
    dict(case="shenmu-greenfreight-2024-e3", code="unit_mismatch",
         edits=[("公铁联运短驳趟次  ", r"≥55,000趟\s+(58,350趟)", "106.09%")],
         value=("re", r"≥55,000趟\s+106\.09%"),
         explanation="target counted in 趟, actual written as a percentage (the completion rate copied into 业绩值)"),
    dict(case="shenmu-greenfreight-2024-e4", code="year_mismatch",
         edits=[("全年完成公铁联运短驳58,350趟", r"截至(2024)年12月31日", "2023")],
         value="截至2023年12月31日",
         explanation="the full-year 2024 short-haul count is dated 截至2023年12月31日 (last year's template left in)"),
    dict(case="shenmu-greenfreight-2024-e5", code="average_mismatch",
         edits=[("季度平均14,587.5趟", r"季度平均(14,587\.5)趟", "14,857.5")],
         value="季度平均14,857.5趟",
         explanation="(13,120 + 14,860 + 15,240 + 15,130) / 4 = 14,587.5, stated 14,857.5"),

    # ---------------- wugong-ruralexpress-2025 (Shaanxi, 商务局, rural parcel logistics, 20 + 80 scoring)
    dict(case="wugong-ruralexpress-2025-e1", code="weight_sum_mismatch",
         edits=[("效益指标小计", r"效益指标小计(?:\s+—)+\s+(20)\s", "30")],
         value=("span", r"效益指标小计(?:\s+—)+\s+30", r"总分(?:\s+—)+\s+100"),
         explanation="效益 rows weigh 10 + 10 = 20, 小计 says 30 (10/50/30/10 template left in); 小计 sum 110 ≠ 100"),
    dict(case="wugong-ruralexpress-2025-e2", code="score_exceeds_weight",
         edits=[("快递进村件量  ", r"512\.64万件\s+10\s+(10)$", "10.25"),
                ("新增新能源配送车辆  ", r"28辆\s+6\s+(6)$", "5.75")],
         value=("re", r"快递进村件量\s+≥500万件\s+512\.64万件\s+10\s+10\.25"),
         explanation="快递进村件量 scored 10.25 (uncapped 10 × 102.53%) against weight 10; 0.25 taken off the next row so 产出 still totals 50"),
    dict(case="wugong-ruralexpress-2025-e3", code="balance_mismatch",
         edits=[("年末结余18.14万元", r"结余(18\.14)万元", "28.14")],
         value="结余28.14万元",
         explanation="420.00 − 401.86 = 18.14, stated 28.14"),
    dict(case="wugong-ruralexpress-2025-e4", code="grade_mismatch",
         edits=[("自评总得分97.14分", r"评价等级为(优秀)", "良好")],
         value="评价等级为良好",
         explanation="total 97.14 is in the 优 band; 良好 stated"),
]


def apply_edit(text, anchor, pattern, repl):
    lines = text.split("\n")
    hits = [i for i, l in enumerate(lines) if anchor in l]
    if len(hits) != 1:
        raise SystemExit(f"anchor {anchor!r} found on {len(hits)} lines")
    i = hits[0]
    ms = list(re.finditer(pattern, lines[i]))
    if len(ms) != 1:
        raise SystemExit(f"pattern {pattern!r} matches {len(ms)} times on line {lines[i]!r}")
    m = ms[0]
    s, e = (m.start(1), m.end(1)) if m.re.groups else (m.start(), m.end())
    lines[i] = lines[i][:s] + repl + lines[i][e:]
    return "\n".join(lines)


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    kind = spec[0]
    if kind == "re":
        ms = list(re.finditer(spec[1], text))
        if len(ms) != 1:
            raise SystemExit(f"value regex {spec[1]!r} matches {len(ms)} times")
        return ms[0].group(0)
    if kind == "span":
        m1 = re.search(spec[1], text)
        if not m1:
            raise SystemExit(f"span start {spec[1]!r} not found")
        m2 = re.compile(spec[2]).search(text, m1.end())
        if not m2:
            raise SystemExit(f"span end {spec[2]!r} not found")
        return text[m1.start():m2.end()]
    raise SystemExit(f"bad value spec {spec!r}")


def main():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for err in ERRORS:
        by_project[err["case"].rsplit("-e", 1)[0]].append(err)
    for p in PROJECTS:
        with open(os.path.join(CASES, p + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": p + "-clean.txt", "source": p, "clean": True, "expected": []})
        for err in by_project[p]:
            text = clean
            for anchor, pattern, repl in err["edits"]:
                text = apply_edit(text, anchor, pattern, repl)
            value = resolve_value(text, err["value"])
            with open(os.path.join(CASES, err["case"] + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": err["case"] + ".txt", "source": p, "clean": False,
                           "expected": [{"code": err["code"], "severity": "error", "value": value,
                                         "explanation": err["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(ERRORS)} with one error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
