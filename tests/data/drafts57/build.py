#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts in cases/.

Each error case = its clean draft with one injected inconsistency. An edit is
(context, old, new): `context` occurs exactly once in the clean draft, `old` exactly
once in `context`; `old` is replaced by `new` inside it. Score-row edits may carry two
edits in adjacent table rows. `value` is either a literal substring of the error case or
{"from": a, "to": b}: the error text from the first occurrence of a through the end of
the first occurrence of b after it (used for sum / score-sum / weight-sum findings).
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "minxian-ruralroad-2019",
    "hualong-cundaoanfang-2022",
    "tongxin-jiaotongdept-2024",
    "tanchang-weiqiao-2021",
    "qilian-babaoroad-2018",
]

ERRORS = {
    # ---------------- 岷县交通运输局 2019 农村公路养护工程 (Gansu) ----------------
    "minxian-ruralroad-2019": [
        dict(code="rate_mismatch",
             edits=[("项目累计支出1260.46万元，预算执行率96.68%", "96.68", "96.51")],
             value="预算执行率96.51%",
             explanation="the project execution rate is 1260.46/1303.79 = 96.68%; 96.51% is the "
                         "当年财政拨款 row's rate (1198.46/1241.79) copied onto the whole project"),
        dict(code="sum_mismatch",
             edits=[("县级配套资金185.79万元", "185.79", "158.79")],
             value={"from": "当年财政拨款1241.79万元，其中", "to": "县级配套资金158.79万元"},
             explanation="690.00 + 366.00 + 158.79 = 1214.79, stated 1241.79 (185.79 retyped as 158.79)"),
        dict(code="score_exceeds_weight",
             edits=[("│ 养护工程交工验收   │ =100%            │ 100%             │ 5    │ 5     │",
                     "│ 5    │ 5     │", "│ 5    │ 4     │"),
                    ("│ 危桥改造完工时间   │ 2019年11月30日前 │ 2019年11月22日   │ 4    │ 4     │",
                     "│ 4    │ 4     │", "│ 4    │ 5     │")],
             value="2019年11月22日   │ 4    │ 5",
             explanation="scores of two adjacent rows swapped (5/4 instead of 4/5): 危桥改造完工时间 "
                         "gets 5 against a weight of 4; the total 99.52 still adds up"),
        dict(code="unit_mismatch",
             edits=[("项目结余资金43.33万元", "43.33万元", "433300万元")],
             value="433300万元",
             explanation="the balance 1303.79 - 1260.46 = 43.33万元 (433300元) written with the unit 万元; "
                         "off by 10^4 (restated correctly as 43.33万元 in 九)"),
        dict(code="year_mismatch",
             edits=[("截至2019年12月31日，项目累计支出", "2019", "2018")],
             value="截至2018年12月31日",
             explanation="the 2019 report states its spending as at 31 Dec 2018 (last year's sentence left in)"),
        dict(code="completion_mismatch",
             edits=[("完成年度指标值（95%）的98.53%", "98.53%", "98.35%")],
             value="98.35%",
             explanation="93.60/95 = 98.53%, stated 98.35% (digits transposed)"),
    ],
    # ---------------- 化隆县农村公路建设养护服务中心 2022 村道安全生命防护工程 (Qinghai) ----------------
    "hualong-cundaoanfang-2022": [
        dict(code="balance_mismatch",
             edits=[("结余55.91万元，为中央资金", "55.91", "59.51")],
             value="结余59.51万元",
             explanation="到位 1506.85 - 执行 1450.94 = 55.91 (also 1118.10 - 1062.19), stated 59.51"),
        dict(code="weight_sum_mismatch",
             edits=[("│ 214处          │ 89.17%  │ 6    │ 5.35  │", "│ 6    │", "│ 8    │")],
             value={"from": "8    │ 5.35", "to": "│ 100 "},
             explanation="减速带 weight raised from 6 to 8 without touching the others: weights now total 102, "
                         "the 合计 row still says 100"),
        dict(code="grade_mismatch",
             edits=[("评价等级为“优秀”", "优秀", "良好")],
             value="评价等级为“良好”",
             explanation="96.48 is in the 优 band (>= 90); 良好 is the 2021 grade left in"),
        dict(code="conflicting_values",
             edits=[("安装波形梁钢护栏38420米", "38420", "38240")],
             value="38240米",
             explanation="the guardrail length is 38420米 in the 自评表 (完成率 101.11% = 38420/38000); text says 38240米"),
        dict(code="implausible_rate",
             edits=[("93.81    │ 95.00    │ 100.00   │ 80.49    │ 100.00   │ —      │", "—     ", "100.00")],
             value="80.49    │ 100.00   │ 100.00 │",
             explanation="其他资金 has a zero budget (0.00): an execution rate of 100.00 on a zero base (filled across the row)"),
        dict(code="average_mismatch",
             edits=[("平均下浮5.12%", "5.12", "5.21")],
             value="平均下浮5.21%",
             explanation="(4.82 + 5.16 + 3.95 + 6.20 + 5.47)/5 = 5.12%, stated 5.21%"),
    ],
    # ---------------- 同心县交通运输局 2024 部门整体支出 (Ningxia) ----------------
    "tongxin-jiaotongdept-2024": [
        dict(code="average_mismatch",
             edits=[("平均得分94.08分", "94.08", "94.80")],
             value="平均得分94.80分",
             explanation="(98.50 + 93.20 + 86.40 + 97.00 + 95.30)/5 = 94.08, stated 94.80"),
        dict(code="rate_mismatch",
             edits=[("全年执行2905.31万元，项目支出执行率92.91%", "92.91", "76.94")],
             value="项目支出执行率76.94%",
             explanation="项目支出 2905.31/3126.96 = 92.91%; 76.94% divides by the department total 3775.86 (wrong base)"),
        dict(code="sum_mismatch",
             edits=[("公用经费74.58万元", "74.58", "68.40")],
             value={"from": "全年执行648.90万元，其中", "to": "增加6.18万元"},
             explanation="574.32 + 68.40 = 642.72, stated 648.90: last year's 公用经费 (68.40) left in"),
        dict(code="score_sum_mismatch",
             edits=[("│ 资产账实相符率       │ ≥98%       │ 96.40%       │ 5    │ 4.92  │", "4.92", "5   ")],
             value={"from": "96.40%       │ 5    │ 5 ", "to": "96.66"},
             explanation="资产账实相符率 raised from 4.92 to 5 without updating the total: rows now add to 96.74, stated 96.66"),
        dict(code="unit_mismatch",
             edits=[("│ 危桥改造数量         │ ≥6座       │ 4座          │", "4座         ", "66.67%      ")],
             value="≥6座       │ 66.67%",
             explanation="target in 座, actual written as a completion percentage (4/6): units differ"),
        dict(code="year_mismatch",
             edits=[("结转至2025年使用", "2025", "2024")],
             value="结转至2024年",
             explanation="unspent 2024 money cannot be carried over into 2024 itself; it goes to 2025"),
    ],
    # ---------------- 宕昌县农村公路管理所 2021 危桥改造 (Gansu) ----------------
    "tanchang-weiqiao-2021": [
        dict(code="balance_mismatch",
             edits=[("结余36.78万元，主要为", "36.78", "36.30")],
             value="结余36.30万元",
             explanation="738.00 - 701.22 = 36.78; 36.30 is the retention money alone (检测费节余 0.48 forgotten)"),
        dict(code="score_exceeds_weight",
             edits=[("│ 174.50延米       │ 102.65%  │ 8    │ 8     │", "│ 8     │", "│ 8.21  │"),
                    ("│ 2386平方米       │ 97.39%   │ 8    │ 7.79  │", "7.79", "7.58")],
             value="102.65%  │ 8    │ 8.21",
             explanation="over-achievement scored uncapped (8 x 102.65% = 8.21 > weight 8); the next row "
                         "was lowered to 7.58 so the total still reads 98.09"),
        dict(code="weight_sum_mismatch",
             edits=[("│ 3042.75元/平方米 │ 100.00%  │ 7    │ 7     │", "│ 7    │ 7     │", "│ 8    │ 7     │")],
             value={"from": "3042.75元/平方米 │ 100.00%  │ 8", "to": "│ 100 "},
             explanation="单位面积造价 weight 8 (old template) with the others unchanged: weights total 101, stated 100"),
        dict(code="implausible_rate",
             edits=[("实际支出11.52万元，执行率96.00%", "11.52万元，执行率96.00%", "12.60万元，执行率105.00%")],
             value="12.60万元，执行率105.00%",
             explanation="检测费 spent 12.60 of a 12.00 budget: execution rate 105.00% (> 100%)"),
        dict(code="completion_mismatch",
             edits=[("│ 2386平方米       │ 97.39%   │", "97.39%  ", "102.68% ")],
             value="2386平方米       │ 102.68%",
             explanation="≥2450 target, actual 2386: completion 2386/2450 = 97.39%; 102.68% is the inverse (2450/2386)"),
        dict(code="conflicting_values",
             edits=[("的12680名群众", "12680", "12860")],
             value="12860名群众",
             explanation="beneficiaries are 12680人 in the 自评表 (105.67% of 12000); the text says 12860"),
    ],
    # ---------------- 八宝镇人民政府 2018 农村公路管护 (Qinghai) ----------------
    "qilian-babaoroad-2018": [
        dict(code="score_sum_mismatch",
             edits=[("│ 部分达成         │ 10   │ 6     │", "│ 6     │", "│ 7     │")],
             value={"from": "部分达成         │ 10   │ 7", "to": "89.20"},
             explanation="管护长效机制 re-scored 6 -> 7 without the total: rows add to 90.20, stated 89.20"),
        dict(code="grade_mismatch",
             edits=[("评价结果为良。", "良", "优")],
             value="评价结果为优",
             explanation="89.20 is in the 良 band (80 <= s < 90), not 优"),
        dict(code="rate_mismatch",
             edits=[("全年支出116.36万元，预算执行率98.09%", "98.09", "96.67")],
             value="预算执行率96.67%",
             explanation="116.36/118.62 = 98.09%; 96.67% is a stale rate (114.67 spent before the 水毁 settlement)"),
        dict(code="sum_mismatch",
             edits=[("镇级财政安排24.00万元", "24.00", "22.40")],
             value={"from": "资金来源为：", "to": "水毁修复12.00万元"},
             explanation="48.52 + 39.60 + 22.40 + 6.50 = 117.02, stated 118.62; the next sentence splits the "
                         "镇级 money 12.00 + 12.00 = 24.00, not 22.40 (24.00 retyped)"),
        dict(code="unit_mismatch",
             edits=[("每台班375元", "375元", "375万元")],
             value="375万元",
             explanation="320台班 x 375元 = 12.00万元; 375万元 per 台班 is off by 10^4"),
        dict(code="conflicting_values",
             edits=[("用时30小时恢复通行", "30", "36")],
             value="36小时",
             explanation="the 自评表 gives 30小时 (score 4.80 = 6 x 24/30); the text says 36小时"),
    ],
}


def apply(text, edits):
    for ctx, old, new in edits:
        if text.count(ctx) != 1:
            raise SystemExit("context not unique (%d): %r" % (text.count(ctx), ctx))
        if ctx.count(old) != 1:
            raise SystemExit("old not unique in context: %r in %r" % (old, ctx))
        text = text.replace(ctx, ctx.replace(old, new))
    return text


def resolve(text, value):
    if isinstance(value, str):
        return value
    s = text.index(value["from"])
    e = text.index(value["to"], s) + len(value["to"])
    return text[s:e]


def main():
    labels = []
    for src in SOURCES:
        clean_name = src + "-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, err in enumerate(ERRORS[src], 1):
            text = apply(clean, err["edits"])
            name = "%s-e%d.txt" % (src, i)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False, "expected": [{
                "code": err["code"], "severity": "error",
                "value": resolve(text, err["value"]), "explanation": err["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d with errors)" % (len(labels), sum(not l["clean"] for l in labels)))


if __name__ == "__main__":
    main()
