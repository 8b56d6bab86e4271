#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts556 from the clean drafts and the edit list below.

Each edit is exact: `old` must occur exactly once in the clean draft and is replaced by `new`.
The label `value` is located in the error case by the regular expression `value_re`, which must match
exactly once; the matched text (an exact substring of the case) becomes the label value.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zj-lishui-shuiwenhua-2025",
    "jx-yongfeng-slfjq-2019",
    "sc-jiajiang-dongfengyan-2021",
    "sd-yinan-shuiliju-bumen-2022",
    "hb-luotian-slfjq-2024",
]

# (project, n, code, where, old, new, value_re, explanation)
EDITS = [
    # ---- zj-lishui-shuiwenhua-2025 -------------------------------------------------------------
    ("zj-lishui-shuiwenhua-2025", 1, "rate_mismatch", "sub-project table, row 数字化建档与数据库建设",
     "56.12            96.76%", "56.12            97.66%", r"56\.12\s+97\.66%",
     "sub-project rate 56.12/58.00 = 96.76%, stated 97.66%"),
    ("zj-lishui-shuiwenhua-2025", 2, "sum_mismatch", "county table, 缙云县 调查河道长度",
     "缙云县         164.3", "缙云县         146.3", r"缙云县\s+146\.3",
     "county river lengths now add up to 1401.0 km, 合计 row still 1419.0"),
    ("zj-lishui-shuiwenhua-2025", 3, "average_mismatch", "prose after the county table",
     "登录遗产点34.8处", "登录遗产点38.4处", r"登录遗产点38\.4处",
     "313 heritage points / 9 counties = 34.78 (34.8 at one decimal), stated 38.4"),
    ("zj-lishui-shuiwenhua-2025", 4, "implausible_rate", "funds table, row 上年结转资金",
     "上年结转资金     0.00         0.00         0.00         —",
     "上年结转资金     0.00         0.00         0.00         100.00%",
     r"上年结转资金\s+0\.00\s+0\.00\s+0\.00\s+100\.00%",
     "execution rate 100.00% printed on a zero budget (0.00 / 0.00): a rate on a zero base"),
    ("zj-lishui-shuiwenhua-2025", 5, "score_sum_mismatch", "indicator table, row 遗产保护名录动态管理机制",
     "基本建立          —          10     7\n", "基本建立          —          10     7.5\n",
     r"基本建立\s+—\s+10\s+7\.5",
     "row scores now add up to 96.99 (qualitative row 7 -> 7.5, still inside its band), stated total 96.49"),
    ("zj-lishui-shuiwenhua-2025", 6, "year_mismatch", "funds prose on the unspent balance",
     "结转至2026年", "结转至2025年", r"结转至2025年",
     "the unspent part of the 2025 budget is carried over to 2025 itself (must be a later year)"),
    # ---- jx-yongfeng-slfjq-2019 ----------------------------------------------------------------
    ("jx-yongfeng-slfjq-2019", 1, "balance_mismatch", "prose after the funds table",
     "项目资金结余13.74万元", "项目资金结余13.47万元", r"结余13\.47万元",
     "到位 405.00 - 执行 391.26 = 13.74, stated 13.47"),
    ("jx-yongfeng-slfjq-2019", 2, "completion_mismatch", "indicator table, row 滨水步道长度",
     "3.2公里｜106.67%", "3.2公里｜107.67%", r"3\.2公里｜107\.67%",
     "3.2 / 3 = 106.67%, stated 107.67%"),
    ("jx-yongfeng-slfjq-2019", 3, "grade_mismatch", "conclusion",
     "评价等级为优秀", "评价等级为良好", r"评价等级为良好",
     "total 97.5 is in the 优 band (>= 90)"),
    ("jx-yongfeng-slfjq-2019", 4, "unit_mismatch", "prose on the provincial instalments",
     "2019年6月下达100.00万元", "2019年6月下达1000000万元", r"1000000万元",
     "the second instalment of 100.00万元 (1,000,000元) written as 1000000万元: off by 10^4; "
     "200.00 + 100.00 = 300.00 only after rescaling"),
    ("jx-yongfeng-slfjq-2019", 5, "conflicting_values", "产出 prose",
     "建成亲水平台6处", "建成亲水平台8处", r"建成亲水平台8处",
     "the indicator table gives 6 waterside platforms (actual 6处, completion 100.00%)"),
    ("jx-yongfeng-slfjq-2019", 6, "score_exceeds_weight", "indicator table, 满意度 rows",
     "｜5｜5\n｜｜周边居民满意度｜≥90%｜86%｜95.56%｜5｜4.78",
     "｜5｜5.5\n｜｜周边居民满意度｜≥90%｜86%｜95.56%｜5｜4.28",
     r"游客满意度｜≥90%｜93%｜103\.33%｜5｜5\.5",
     "游客满意度 scored 5.5 against a weight of 5 (the next row was lowered 4.78 -> 4.28, so the total still reads 97.5)"),
    # ---- sc-jiajiang-dongfengyan-2021 ----------------------------------------------------------
    ("sc-jiajiang-dongfengyan-2021", 1, "weight_sum_mismatch", "产出 block, row 新增展板及实物展品",
     "新增展板及实物展品       6 ", "新增展板及实物展品       8 ", r"新增展板及实物展品\s+8(?=\s)",
     "产出 weights now add up to 52 against the block's 50分, all weights to 102"),
    ("sc-jiajiang-dongfengyan-2021", 2, "rate_mismatch", "sub-project table, row 遗产展示馆布展提升",
     "58.42      94.23%", "58.42      92.43%", r"58\.42\s+92\.43%",
     "58.42 / 62.00 = 94.23%, stated 92.43%"),
    ("sc-jiajiang-dongfengyan-2021", 3, "unit_mismatch", "效益 block, row 展示馆接待参观",
     "≥3万人次          3.42万人次", "≥3万人次          100%", r"≥3万人次\s+100%",
     "target in 万人次, actual given as a percentage: completion cannot be computed"),
    ("sc-jiajiang-dongfengyan-2021", 4, "average_mismatch", "prose after the township table",
     "登录遗产要素25.6处", "登录遗产要素26.5处", r"登录遗产要素26\.5处",
     "128 / 5 townships = 25.6, stated 26.5"),
    ("sc-jiajiang-dongfengyan-2021", 5, "year_mismatch", "funds prose on the unspent amount",
     "结转至2022年", "结转至2021年", r"结转至2021年",
     "the unspent part of the 2021 budget is carried over to 2021 itself"),
    ("sc-jiajiang-dongfengyan-2021", 6, "completion_mismatch", "效益 block, row 渠系遗产点保护完好率",
     "97%                 102.11%", "97%                 101.12%", r"97%\s+101\.12%",
     "97 / 95 = 102.11%, stated 101.12%"),
    # ---- sd-yinan-shuiliju-bumen-2022 ----------------------------------------------------------
    ("sd-yinan-shuiliju-bumen-2022", 1, "sum_mismatch", "prose on funding sources",
     "上年结转资金126.30万元", "上年结转资金162.30万元", r"上年结转资金162\.30万元",
     "3,016.45 + 162.30 = 3,178.75, but the full-year budget is 3,142.75"),
    ("sd-yinan-shuiliju-bumen-2022", 2, "balance_mismatch", "prose on the carry-over of 水土保持综合治理",
     "结转71.80万元至2023年", "结转71.08万元至2023年", r"结转71\.08万元",
     "538.00 - 466.20 = 71.80, stated 71.08"),
    ("sd-yinan-shuiliju-bumen-2022", 3, "conflicting_values", "project prose on 沂河水利风景区提升",
     "完成投资396.85万元", "完成投资369.85万元", r"完成投资369\.85万元",
     "the project table gives 396.85万元 spent on 沂河水利风景区提升"),
    ("sd-yinan-shuiliju-bumen-2022", 4, "implausible_rate", "project table, row 小型水库除险加固前期",
     "0.00          0.00          —", "0.00          0.00          100.00%",
     r"小型水库除险加固前期\s+0\.00\s+0\.00\s+100\.00%",
     "execution rate 100.00% on a budget cut to 0.00: a rate on a zero base"),
    ("sd-yinan-shuiliju-bumen-2022", 5, "grade_mismatch", "conclusion",
     "综合评定等级为“优”", "综合评定等级为“良”", r"综合评定等级为“良”",
     "total 96.84 is in the 优 band"),
    ("sd-yinan-shuiliju-bumen-2022", 6, "score_sum_mismatch", "个性指标 table, row 水文化保护利用机制",
     "部分建立         —          6       4.2", "部分建立         —          6       4.5",
     r"部分建立\s+—\s+6\s+4\.5",
     "个性 rows now add up to 67.7 (qualitative row 4.2 -> 4.5, still in its band), 小计 still 67.4"),
    # ---- hb-luotian-slfjq-2024 -----------------------------------------------------------------
    ("hb-luotian-slfjq-2024", 1, "score_exceeds_weight", "indicator table, rows 古堰修缮 / 导览标识",
     "\t6\t6\n\t\t导览标识\t≥80块\t72块\t90.00%\t5\t4.5", "\t6\t6.5\n\t\t导览标识\t≥80块\t72块\t90.00%\t5\t4",
     r"古堰修缮\t1处\t1处\t100\.00%\t6\t6\.5",
     "古堰修缮 scored 6.5 against a weight of 6 (导览标识 lowered 4.5 -> 4, so the total still reads 98.52)"),
    ("hb-luotian-slfjq-2024", 2, "weight_sum_mismatch", "indicator table, row 滨水绿道长度",
     "106.67%\t8\t8", "106.67%\t9\t8", r"滨水绿道长度\t≥4\.5公里\t4\.8公里\t106\.67%\t9",
     "weights now add up to 101 (indicator part 81 against the stated 80分)"),
    ("hb-luotian-slfjq-2024", 3, "rate_mismatch", "sub-project table, row 水文化主题广场",
     "88.75\t95.95%", "88.75\t95.59%", r"88\.75\t95\.59%",
     "88.75 / 92.50 = 95.95%, stated 95.59%"),
    ("hb-luotian-slfjq-2024", 4, "conflicting_values", "指标说明 prose",
     "全年接待游客12.8万人次", "全年接待游客18.2万人次", r"全年接待游客18\.2万人次",
     "the indicator table and the quarterly table give 12.8 (12.80) 万人次"),
    ("hb-luotian-slfjq-2024", 5, "completion_mismatch", "indicator table, row 游客满意度",
     "92.6%\t102.89%", "92.6%\t102.98%", r"92\.6%\t102\.98%",
     "92.6 / 90 = 102.89%, stated 102.98%"),
    ("hb-luotian-slfjq-2024", 6, "unit_mismatch", "indicator table, row 主题广场面积",
     "≥3000平方米\t3260平方米", "≥3000平方米\t108.67%", r"≥3000平方米\t108\.67%",
     "target in 平方米, actual given as a percentage: completion cannot be computed"),
]


def main():
    labels = []
    seen = set()
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == proj), key=lambda e: e[1])
        if [e[1] for e in edits] != [1, 2, 3, 4, 5, 6]:
            sys.exit(f"{proj}: expected edits 1..6, got {[e[1] for e in edits]}")
        for _, n, code, where, old, new, value_re, expl in edits:
            if clean.count(old) != 1:
                sys.exit(f"{proj}-e{n}: old text occurs {clean.count(old)} times in the clean draft: {old!r}")
            text = clean.replace(old, new)
            hits = [m for m in re.finditer(value_re, text)]
            if len(hits) != 1:
                sys.exit(f"{proj}-e{n}: value regex matches {len(hits)} times")
            value = hits[0].group(0)
            if text.count(value) != 1:
                sys.exit(f"{proj}-e{n}: value occurs {text.count(value)} times: {value!r}")
            name = f"{proj}-e{n}.txt"
            if name in seen:
                sys.exit(f"duplicate case {name}")
            seen.add(name)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}],
                           "where": where})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            where = rec.pop("where", None)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if where is not None:
                rec["where"] = where
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
