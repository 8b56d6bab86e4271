#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the
clean draft; it injects one arithmetic slip.  `value` is the short substring of the
error case that carries the changed figure (what a checker's span must overlap).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-jincheng-shinengpinggu-2021",
    "hb-jingmen-jujiahuli-2019",
    "sc-xindu-huliyuanpeixun-2023",
    "nm-huhehaote-dingdianguanli-2024",
    "jx-guangfeng-changhuzhongxin-2022",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- sx-jincheng-shinengpinggu-2021 (Shanxi layout, one cell per line) ---
    ("sx-jincheng-shinengpinggu-2021", 1, "rate_mismatch", "table",
     "\t94.73\n", "\t94.37\n", "94.37",
     "funds table, 市级财政资金 column, row (7)=(4)/(2): 170.52 / 180.00 = 94.73%, stated 94.37"),
    ("sx-jincheng-shinengpinggu-2021", 2, "completion_mismatch", "table",
     "\t102.42%\n", "\t104.22%\n", "104.22%",
     "评估结论复核一致率: target ≥95%, actual 97.3% -> completion 97.3/95 = 102.42%, stated 104.22%"),
    ("sx-jincheng-shinengpinggu-2021", 3, "weight_sum_mismatch", "table",
     "评估员持证上岗率\n\t10\n", "评估员持证上岗率\n\t12\n", "评估员持证上岗率\n\t12",
     "weight of 评估员持证上岗率 raised to 12: weights now total 102 instead of 100"),
    ("sx-jincheng-shinengpinggu-2021", 4, "score_sum_mismatch", "prose",
     "自评总得分98.95分", "自评总得分98.59分", "总得分98.59分",
     "row scores 9.52 + 50 + 29.60 + 9.83 = 98.95 (also the four subtotals in the next sentence), stated 98.59"),
    ("sx-jincheng-shinengpinggu-2021", 5, "conflicting_values", "prose",
     "满意度为88.5%", "满意度为85.8%", "满意度为85.8%",
     "text gives the satisfaction rate as 85.8% while the table's 业绩值 is 88.5% (from which 98.33% and 9.83 follow)"),
    ("sx-jincheng-shinengpinggu-2021", 6, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "2021 report: the cut-off date of the coverage figures must be 2021-12-31, stated 2020"),

    # --- hb-jingmen-jujiahuli-2019 (Hubei 20+80 goal blocks, tab-separated) ---
    ("hb-jingmen-jujiahuli-2019", 1, "balance_mismatch", "prose",
     "年末结余22.72万元", "年末结余22.27万元", "结余22.27万元",
     "到位 520.00 - 执行 497.28 = 22.72, stated 22.27"),
    ("hb-jingmen-jujiahuli-2019", 2, "unit_mismatch", "prose",
     "护理耗材包81.60万元", "护理耗材包816000万元", "816000万元",
     "170元 x 400人 x 12个月 = 816000元 = 81.60万元; the yuan figure is labelled 万元 (off by 10^4); "
     "371.88 + 81.60 + 43.80 = 497.28 only with 81.60"),
    ("hb-jingmen-jujiahuli-2019", 3, "score_exceeds_weight", "table",
     "享受居家上门护理人数\t≥380人\t400人\t10\t10\t", "享受居家上门护理人数\t≥380人\t400人\t10\t10.5\t",
     "400人\t10\t10.5",
     "score 10.5 above the row weight 10 (the whole-point total 97 still matches 97.31 within its rounding)"),
    ("hb-jingmen-jujiahuli-2019", 4, "average_mismatch", "prose",
     "全年享受上门服务206.6小时", "全年享受上门服务216.6小时", "216.6小时",
     "82640小时 / 400人 = 206.6小时 per person, stated 216.6"),
    ("hb-jingmen-jujiahuli-2019", 5, "sum_mismatch", "table",
     "市级财政资金\t360.00\t", "市级财政资金\t336.00\t", "市级财政资金\t336.00",
     "年初预算数 column: 336.00 + 120.00 + 0.00 = 456.00, 合计 480.00 (and 336.00 + 追加 40.00 ≠ 全年 400.00)"),
    ("hb-jingmen-jujiahuli-2019", 6, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t0.00\t—", "其他资金\t0.00\t0.00\t0.00\t0.00\t100%", "0.00\t100%",
     "execution rate 100% printed for 其他资金 whose budget is 0.00: a rate on a zero base"),

    # --- sc-xindu-huliyuanpeixun-2023 (Sichuan 10+90, ASCII pipes) ---
    ("sc-xindu-huliyuanpeixun-2023", 1, "rate_mismatch", "prose",
     "执行率91.01%", "执行率90.11%", "执行率90.11%",
     "区级资金 78.72 / 86.50 = 91.01%, stated 90.11%"),
    ("sc-xindu-huliyuanpeixun-2023", 2, "grade_mismatch", "prose",
     "自评等级为“优”", "自评等级为“良”", "自评等级为“良”",
     "table total 98.28 is in the 优 band (>= 90), stated 良"),
    ("sc-xindu-huliyuanpeixun-2023", 3, "unit_mismatch", "prose",
     "计19.20万元", "计19.20亿元", "19.20亿元",
     "96人 x 2000元 = 19.20万元; written in 亿元 (off by 10^4); 117.60 + 67.20 + 19.20 = 204.00 only in 万元"),
    ("sc-xindu-huliyuanpeixun-2023", 4, "score_sum_mismatch", "table",
     "| 100 | 98.28 |", "| 100 | 98.82 |", "100 | 98.82",
     "9.67 + 15 + 15 + 10 + 10 + 10 + 13.61 + 15 = 98.28, 总分 row states 98.82"),
    ("sc-xindu-huliyuanpeixun-2023", 5, "implausible_rate", "table",
     "| % | 86.2 |", "| % | 106.2 |", "106.2",
     "定点护理机构护理员持证率 (a share in %) stated as 106.2: above 100%"),
    ("sc-xindu-huliyuanpeixun-2023", 6, "conflicting_values", "table",
     "| 天 | 45 |", "| 天 | 54 |", "天 | 54",
     "table gives the subsidy payment time as 54 days, the text says 在培训结束后45天内拨付到位"),

    # --- nm-huhehaote-dingdianguanli-2024 (MOF table, runs of spaces) ---
    ("nm-huhehaote-dingdianguanli-2024", 1, "balance_mismatch", "table",
     "2.46", "2.64", "2.64",
     "结转结余 = 全年预算 92.60 - 全年执行 90.14 = 2.46, stated 2.64"),
    ("nm-huhehaote-dingdianguanli-2024", 2, "weight_sum_mismatch", "table",
     "100.00%    10      10", "100.00%    12      10", "100.00%    12",
     "weight of 违规护理费用追回率 raised to 12: 产出 rows now total 52 (heading 产出指标（50分）) and all weights 102"),
    ("nm-huhehaote-dingdianguanli-2024", 3, "unit_mismatch", "table",
     "136家次", "136%", "136%",
     "现场检查 target ≥120家次 but actual written as 136%: not in the unit of the target"),
    ("nm-huhehaote-dingdianguanli-2024", 4, "completion_mismatch", "table",
     "108.27%", "108.72%", "108.72%",
     "待遇享受人数 4872 / 4500 = 108.27%, stated 108.72%"),
    ("nm-huhehaote-dingdianguanli-2024", 5, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "total 96.73 is in the 优 band, stated 良好"),
    ("nm-huhehaote-dingdianguanli-2024", 6, "conflicting_values", "table",
     "≤20个工作日     15个工作日", "≤20个工作日     18个工作日", "18个工作日",
     "table gives the settlement time as 18 working days, the text 平均审核结算周期为15个工作日"),

    # --- jx-guangfeng-changhuzhongxin-2022 (部门整体, prose only) ---
    ("jx-guangfeng-changhuzhongxin-2022", 1, "rate_mismatch", "prose",
     "执行率79.95%", "执行率79.59%", "执行率79.59%",
     "护理员培训补贴 34.22 / 42.80 = 79.95%, stated 79.59%"),
    ("jx-guangfeng-changhuzhongxin-2022", 2, "sum_mismatch", "prose",
     "人员经费158.40万元", "人员经费154.80万元", "人员经费154.80万元",
     "基本支出 186.25 ≠ 人员经费 154.80 + 公用经费 27.85 = 182.65"),
    ("jx-guangfeng-changhuzhongxin-2022", 3, "score_exceeds_weight", "prose",
     "预算管理得20分", "预算管理得20.5分", "预算管理得20.5分",
     "预算管理 is worth 20 points, scored 20.5 (the whole-point total 94 still matches 94.32 within its rounding)"),
    ("jx-guangfeng-changhuzhongxin-2022", 4, "average_mismatch", "prose",
     "平均自评得分92分", "平均自评得分95分", "平均自评得分95分",
     "(97 + 86 + 93) / 3 = 92, stated 95"),
    ("jx-guangfeng-changhuzhongxin-2022", 5, "year_mismatch", "prose",
     "已结转至2023年继续使用", "已结转至2022年继续使用", "结转至2022年",
     "unspent 2022 money carried over to 2022 itself; must be a later year (the class moved to 2023-01)"),
    ("jx-guangfeng-changhuzhongxin-2022", 6, "conflicting_values", "prose",
     "受理失能等级评估申请1,245人次", "受理失能等级评估申请1,254人次", "申请1,254人次",
     "section (一) gives 1,254 applications, section (三) 在1,245人次评估中 (from which 85.78% follows)"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == pid]:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid}-e{n}: value {value!r} not in the error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
