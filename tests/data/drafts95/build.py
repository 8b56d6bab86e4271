#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of this set from the clean drafts.

Pure Python 3, no third-party modules.  Every error case is its clean draft with exactly one
injected inconsistency: one contiguous edit inside one line, or (marked `rows`) one cell in each
of two adjacent rows of the 自评表.  The edit list below is the single source of truth.

Edit operations
  sub(old, new)            literal replacement; `old` must occur exactly once in the clean draft
  cell(label, i, new)      in the one line containing `label`, replace the i-th cell (cells are the
                           runs of text between full-width spaces; negative i counts from the end)
Value specifications (evaluated on the error case)
  lit(s)                   the literal string s
  span(a, b)               from the first occurrence of a to the end of the first b after it
  to_line_end(a, label)    from the first occurrence of a to the end of the first line after it
                           that starts (ignoring full-width spaces) with label
  row(label)               the line containing label, without its leading full-width spaces
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FW = "\u3000"


# ---------------------------------------------------------------- operations
def sub(old, new):
    return ("sub", old, new)


def cell(label, i, new):
    return ("cell", label, i, new)


def lit(s):
    return ("lit", s)


def span(a, b):
    return ("span", a, b)


def to_line_end(a, label):
    return ("to_line_end", a, label)


def row(label):
    return ("row", label)


def apply_op(text, op):
    if op[0] == "sub":
        _, old, new = op
        n = text.count(old)
        if n != 1:
            raise SystemExit(f"sub: {old!r} occurs {n} times")
        return text.replace(old, new)
    if op[0] == "cell":
        _, label, i, new = op
        lines = text.split("\n")
        hits = [k for k, ln in enumerate(lines) if label in ln]
        if len(hits) != 1:
            raise SystemExit(f"cell: label {label!r} on {len(hits)} lines")
        k = hits[0]
        cells = list(re.finditer(r"[^\u3000]+", lines[k]))
        m = cells[i]
        lines[k] = lines[k][:m.start()] + new + lines[k][m.end():]
        return "\n".join(lines)
    raise SystemExit(f"unknown op {op[0]}")


def eval_value(text, spec):
    kind = spec[0]
    if kind == "lit":
        return spec[1]
    if kind == "span":
        _, a, b = spec
        i = text.index(a)
        j = text.index(b, i)
        return text[i:j + len(b)]
    if kind == "to_line_end":
        _, a, label = spec
        i = text.index(a)
        pos = text.index("\n", i) + 1
        while True:
            end = text.index("\n", pos)
            if text[pos:end].lstrip(FW).startswith(label):
                return text[i:end]
            pos = end + 1
    if kind == "row":
        lines = [ln for ln in text.split("\n") if spec[1] in ln]
        if len(lines) != 1:
            raise SystemExit(f"row: label {spec[1]!r} on {len(lines)} lines")
        return lines[0].lstrip(FW)
    raise SystemExit(f"unknown value spec {kind}")


# ---------------------------------------------------------------- the edit list
# (project, suffix, [ops], rows_edit, code, value_spec, explanation)
EDITS = [
    # 1. Beijing Fengtai, 2022, road green space maintenance
    ("bj-fengtai-roadgreen-2022", "e1", [sub("支付率99.02%", "支付率99.76%")], False,
     "rate_mismatch", lit("支付率99.76%"),
     "养护费 3,611.27 / 3,646.88 = 99.02%; 99.76% is the payment recomputed on the 年初 养护费 3,620.00 (wrong base)"),
    ("bj-fengtai-roadgreen-2022", "e2", [sub("第二季度905.18万元", "第二季度950.18万元")], False,
     "sum_mismatch", span("3,875.33万元，其中第一季度", "第二季度950.18万元"),
     "862.40 + 950.18 + 936.52 + 1171.23 = 3920.33, stated total 3,875.33 (Q2 905.18 retyped as 950.18)"),
    ("bj-fengtai-roadgreen-2022", "e3", [cell("≥3.50万平方米", -2, "7")], False,
     "score_sum_mismatch", to_line_end("补植灌木及地被\u3000", "总分"),
     "row score of 补植灌木及地被 raised from 6.84 to 7 without updating the total: 9.89 + 50 + 28 + 10 = 97.89, 总分 still 97.73"),
    ("bj-fengtai-roadgreen-2022", "e4", [sub("扣款21.84万元", "扣款218400万元")], False,
     "unit_mismatch", lit("218400万元"),
     "1,092处 × 200元 = 218,400元 = 21.84万元; the 元 figure is written with the unit 万元 (4.51 + 21.84 = 26.35 only after rescaling)"),
    ("bj-fengtai-roadgreen-2022", "e5", [sub("完成率97.71%", "完成率102.34%")], False,
     "completion_mismatch", lit("102.34%"),
     "补植灌木及地被 3.42 / 3.50 = 97.71%; 102.34% is the inverted ratio 3.50 / 3.42"),
    ("bj-fengtai-roadgreen-2022", "e6", [sub("截至2022年12月31日", "截至2021年12月31日")], False,
     "year_mismatch", lit("截至2021年12月31日"),
     "2022 report: cumulative payment of the 2022 budget dated 截至2021年12月31日 (last year's template date left in)"),

    # 2. Tianjin Hexi, 2019, street greening maintenance
    ("tj-hexi-streetgreen-2019", "e1", [sub("全年结余31.52万元", "全年结余62.40万元")], False,
     "balance_mismatch", lit("结余62.40万元"),
     "到位 1,762.40 − 执行 1,730.88 = 31.52; 62.40 is last year's balance (the 上年结转) left in"),
    ("tj-hexi-streetgreen-2019", "e2", [sub("数量26分", "数量28分")], False,
     "weight_sum_mismatch", lit("产出指标50分（数量28分"),
     "sub-weights 28 + 16 + 4 + 4 = 52 ≠ 产出 50 (the 数量 rows weigh 12 + 8 + 6 = 26)"),
    ("tj-hexi-streetgreen-2019", "e3", [sub("评价等级为优。", "评价等级为良。")], False,
     "grade_mismatch", lit("评价等级为良"),
     "综合得分 90.42 is in the 优 band (90 inclusive), stated 良"),
    ("tj-hexi-streetgreen-2019", "e4", [sub("88.6分和91.4分", "86.8分和91.4分")], False,
     "average_mismatch", lit("86.8分和91.4分，平均90.80分"),
     "(92.4 + 90.8 + 86.8 + 91.4) / 4 = 90.35, stated 平均90.80 (三标段 88.6 retyped as 86.8)"),
    ("tj-hexi-streetgreen-2019", "e5", [sub("法桐等乔木420株", "法桐等乔木402株")], False,
     "conflicting_values", lit("乔木402株"),
     "the same planting is 420株 everywhere else (资金结算 420 × 980元 = 41.16万元, 完成率 70.00%, 自评表)"),
    ("tj-hexi-streetgreen-2019", "e6", [cell("其他资金", 5, "100%")], False,
     "implausible_rate", row("其他资金"),
     "其他资金 budget 0.00: an execution rate of 100% on a zero base"),

    # 3. Chengde Shuangqiao, 2021, maintenance and street-tree replanting (Shanxi-style tables)
    ("chengde-shuangqiao-treeplant-2021", "e1",
     [sub("实际支出901.16万元，预算执行率94.86%", "实际支出901.16万元，预算执行率94.68%")], False,
     "rate_mismatch", lit("预算执行率94.68%"),
     "901.16 / 950.00 = 94.86%, stated 94.68% (digits swapped)"),
    ("chengde-shuangqiao-treeplant-2021", "e2", [cell("≥6次", -2, "10"), cell("≥95%", -2, "5")], True,
     "score_exceeds_weight", row("≥6次"),
     "美国白蛾防控作业 weight 5 scored 10: the scores of two adjacent rows were pasted one row off (成活率 row now 5)"),
    ("chengde-shuangqiao-treeplant-2021", "e3", [sub("防治63.84万元", "防治68.34万元")], False,
     "sum_mismatch", span("901.16万元，其中养护费", "防治68.34万元"),
     "635.42 + 158.40 + 43.50 + 68.34 = 905.66 ≠ 901.16 (63.84 retyped as 68.34)"),
    ("chengde-shuangqiao-treeplant-2021", "e4", [cell("≤1%", -4, "140.00%")], False,
     "completion_mismatch", lit("140.00%"),
     "≤1% target, actual 1.40%: completion is 1/1.40 = 71.43%; 140.00% applies the ≥ formula to a ≤ indicator"),
    ("chengde-shuangqiao-treeplant-2021", "e5",
     [sub("补助资金120.00万元于2021年4月16日", "补助资金102.00万元于2021年4月16日")], False,
     "conflicting_values", lit("补助资金102.00万元"),
     "the provincial subsidy is 120.00 in the funds table (省级 全年预算/到位/支出) and 830.00 + 120.00 = 950.00"),
    ("chengde-shuangqiao-treeplant-2021", "e6", [sub("（2021年度）", "（2020年度）")], False,
     "year_mismatch", lit("项目支出绩效自评表（2020年度）"),
     "the report evaluates 2021; the attached table is headed 2020年度 (last year's header left in)"),

    # 4. Hengshui, 2024, park and road green space maintenance (10/60/30, no satisfaction)
    ("hengshui-parkgreen-2024", "e1", [sub("结余43.42万元", "结余34.42万元")], False,
     "balance_mismatch", lit("结余34.42万元"),
     "到位 1,980.00 − 执行 1,936.58 = 43.42, stated 34.42"),
    ("hengshui-parkgreen-2024", "e2", [cell("健全有效", -2, "7")], False,
     "score_sum_mismatch", to_line_end("养护管理长效机制\u3000", "总分"),
     "长效机制 score raised from 6 to 7 without updating the total: 9.54 + 58.92 + 30 = 98.46, 总分 still 97.46"),
    ("hengshui-parkgreen-2024", "e3", [cell("投诉办结率\u3000", -3, "6")], False,
     "weight_sum_mismatch", to_line_end("投诉办结率\u3000", "总分"),
     "投诉办结率 weight 5 typed as 6: weights 10 + 60 + 31 = 101 (效益 rows 10 + 6 + 8 + 7 = 31), 总分 column still 100"),
    ("hengshui-parkgreen-2024", "e4", [sub("季度平均170处", "季度平均178处")], False,
     "average_mismatch", lit("季度平均178处"),
     "(126 + 188 + 214 + 152) / 4 = 170, stated 178"),
    ("hengshui-parkgreen-2024", "e5", [cell("≥6500吨", -4, "105.26%")], False,
     "unit_mismatch", lit("105.26%"),
     "target ≥6500吨, actual written as a percentage (the completion 6842/6500) instead of 吨"),
    ("hengshui-parkgreen-2024", "e6", [sub("预算执行率95.40%", "预算执行率103.01%")], False,
     "implausible_rate", lit("预算执行率103.01%"),
     "execution rate over 100%: 1,936.58 divided by the 年初 1,880.00; against 全年预算 2,030.00 it is 95.40%"),

    # 5. Sanhe, 2018, maintenance and node greening (Hunan-style outline)
    ("sanhe-nodegreen-2018", "e1", [sub("评价等级为良好", "评价等级为优秀")], False,
     "grade_mismatch", lit("评价等级为优秀"),
     "89.74 is below 90: band 良, stated 优秀"),
    ("sanhe-nodegreen-2018", "e2", [cell("≥95%", -2, "4.90"), cell("≥90分", -2, "9.47")], True,
     "score_exceeds_weight", row("≥90分"),
     "季度考核平均得分 weight 5 scored 9.47: the scores of 成活率 and 季度考核 rows were swapped (total unchanged)"),
    ("sanhe-nodegreen-2018", "e3", [sub("支付率70.54%", "支付率70.45%")], False,
     "rate_mismatch", lit("支付率70.45%"),
     "176.35 / 250.00 = 70.54%, stated 70.45%"),
    ("sanhe-nodegreen-2018", "e4", [cell("≤8.50元/平方米·年", -4, "8.20万元/平方米·年")], False,
     "unit_mismatch", lit("8.20万元/平方米·年"),
     "target in 元/平方米·年, actual written in 万元/平方米·年 (790.69万元 ÷ 96.40万平方米 = 8.20元)"),
    ("sanhe-nodegreen-2018", "e5", [sub("泃河桥头节点52.65万元", "泃河桥头节点56.25万元")], False,
     "sum_mismatch", span("共支付176.35万元，其中", "泃河桥头节点56.25万元"),
     "48.20 + 56.25 + 38.90 + 36.60 = 179.95 ≠ 176.35 (52.65 retyped as 56.25)"),
    ("sanhe-nodegreen-2018", "e6",
     [sub("1.养护绿地96.40万平方米，养护综合单价", "1.养护绿地92.80万平方米，养护综合单价")], False,
     "conflicting_values", lit("养护绿地92.80万平方米"),
     "2018 maintained area is 96.40万平方米 elsewhere (合同表, 自评表, 8.20 = 790.69 / 96.40); 92.80 is the 2017 area left in"),
]

PROJECTS = ["bj-fengtai-roadgreen-2022", "tj-hexi-streetgreen-2019", "chengde-shuangqiao-treeplant-2021",
            "hengshui-parkgreen-2024", "sanhe-nodegreen-2018"]


def main():
    labels = []
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for p, suffix, ops, rows_edit, code, vspec, expl in EDITS:
            if p != proj:
                continue
            text = clean
            for op in ops:
                text = apply_op(text, op)
            name = f"{proj}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            value = eval_value(text, vspec)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with an error)")


if __name__ == "__main__":
    main()
