#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one exact old->new replacement (the old text must occur
exactly once in the clean draft). The label value is an exact substring of the error case that contains
the changed figure. Run: python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zj-yuhuan-xinhaokong-2022",
    "jx-xinzhou-tingche-2020",
    "ha-yuzhou-zhuapai-2019",
    "sc-longchang-jtaqxc-2023",
    "hb-xiaochang-jiaojingbumen-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- zj-yuhuan-xinhaokong-2022 (full-width bar ｜) ---
    ("zj-yuhuan-xinhaokong-2022", 1, "rate_mismatch", "prose",
     "实际支出382.25万元，执行率96.04%", "实际支出382.25万元，执行率96.40%",
     "执行率96.40%",
     "当年财政拨款 sub-rate: 382.25 / 398 = 96.04%, stated 96.40% (the overall 96.30% in the funds table is right)"),
    ("zj-yuhuan-xinhaokong-2022", 2, "conflicting_values", "prose",
     "项目全年完成86个路口", "项目全年完成68个路口",
     "完成68个路口",
     "the conclusion says 68 intersections upgraded; the indicator table gives 实际完成值 86个 for the same indicator"),
    ("zj-yuhuan-xinhaokong-2022", 3, "year_mismatch", "prose",
     "按规定结转至2023年继续使用", "按规定结转至2022年继续使用",
     "结转至2022年",
     "unspent money of the 2022 budget is carried over to 2022 itself; it must go to a later year (2023)"),
    ("zj-yuhuan-xinhaokong-2022", 4, "sum_mismatch", "table",
     "年度资金总额｜407.60｜", "年度资金总额｜470.60｜",
     "年度资金总额｜470.60",
     "年初预算数 column: 380.00 + 27.60 + 0 = 407.60, total row says 470.60"),
    ("zj-yuhuan-xinhaokong-2022", 5, "score_exceeds_weight", "table",
     "98.2%｜103.37%｜5｜5｜", "98.2%｜103.37%｜5｜5.17｜",
     "103.37%｜5｜5.17",
     "设备在线率 row scored 5 x 103.37% = 5.17 without the cap: score 5.17 above weight 5; the whole-point total 98 "
     "still matches the row sum (97.87) within the rounding tolerance, so only this code fires"),
    ("zj-yuhuan-xinhaokong-2022", 6, "completion_mismatch", "table",
     "112个｜93.33%", "112个｜95.33%",
     "112个｜95.33%",
     "配时方案优化路口数: 112 / 120 = 93.33%, stated 95.33%"),

    # --- jx-xinzhou-tingche-2020 (ASCII pipes, weights in headings) ---
    ("jx-xinzhou-tingche-2020", 1, "balance_mismatch", "prose",
     "尚未支付的结余87.68万元", "尚未支付的结余78.68万元",
     "结余78.68万元",
     "到位 1286.40 - 支出 1198.72 = 87.68, stated 78.68"),
    ("jx-xinzhou-tingche-2020", 2, "weight_sum_mismatch", "prose",
     "（三）效益指标（30分）", "（三）效益指标（35分）",
     "效益指标（35分）",
     "heading weights now 10 + 50 + 35 + 10 = 105, and the rows under 效益指标 add up to 30, not 35"),
    ("jx-xinzhou-tingche-2020", 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 97.93 lies in the 90-100 band (优), not 良"),
    ("jx-xinzhou-tingche-2020", 4, "implausible_rate", "table",
     "其他资金 | 0.00 | 0.00 | 0.00 | — | —", "其他资金 | 0.00 | 0.00 | 0.00 | — | 100.00%",
     "0.00 | — | 100.00%",
     "执行率 100.00% printed for 其他资金 whose budget is 0.00: a rate on a zero base"),
    ("jx-xinzhou-tingche-2020", 5, "completion_mismatch", "table",
     "1850个 | 102.78%", "1850个 | 108.72%",
     "1850个 | 108.72%",
     "新建公共停车泊位: 1850 / 1800 = 102.78%, stated 108.72%"),
    ("jx-xinzhou-tingche-2020", 6, "sum_mismatch", "table",
     "收费终端 | 216.80", "收费终端 | 261.80",
     "收费终端 | 261.80",
     "支出明细: 812.36 + 261.80 + 96.00 + 73.56 = 1243.72, 合计 says 1198.72 (clean item 216.80)"),

    # --- ha-yuzhou-zhuapai-2019 (tab-separated) ---
    ("ha-yuzhou-zhuapai-2019", 1, "average_mismatch", "prose",
     "全年平均在线率97.40%", "全年平均在线率97.04%",
     "平均在线率97.04%",
     "(96.2 + 97.5 + 98.1 + 97.8) / 4 = 97.40%, stated 97.04%"),
    ("ha-yuzhou-zhuapai-2019", 2, "rate_mismatch", "table",
     "29.93\t100%\t87.53%", "29.93\t100%\t85.73%",
     "100%\t85.73%",
     "执行率 = 210.07 / 240.00 = 87.53%, stated 85.73%"),
    ("ha-yuzhou-zhuapai-2019", 3, "balance_mismatch", "table",
     "210.07\t29.93", "210.07\t23.93",
     "210.07\t23.93",
     "结余 = 到位 240.00 - 支出 210.07 = 29.93, stated 23.93"),
    ("ha-yuzhou-zhuapai-2019", 4, "score_sum_mismatch", "table",
     "\t90\t80.20\t", "\t90\t82.20\t",
     "90\t82.20",
     "indicator scores add up to 80.20 (and 8.75 + 80.20 = 88.95 as in the conclusion); 合计 says 82.20"),
    ("ha-yuzhou-zhuapai-2019", 5, "unit_mismatch", "table",
     "≥410套\t418套", "≥410套\t100%",
     "≥410套\t100%",
     "target counted in 套, actual given as a percentage: completion cannot be computed"),
    ("ha-yuzhou-zhuapai-2019", 6, "implausible_rate", "table",
     "≥90%\t93.8%", "≥90%\t103.8%",
     "≥90%\t103.8%",
     "satisfaction 103.8% is above 100%"),

    # --- sc-longchang-jtaqxc-2023 (runs of spaces, Sichuan 10 + 90) ---
    ("sc-longchang-jtaqxc-2023", 1, "score_sum_mismatch", "prose",
     "项目自评得分97分", "项目自评得分96分",
     "自评得分96分",
     "9.54 + row scores 87.52 = 97.06, i.e. 97 when rounded as the text says; stated 96"),
    ("sc-longchang-jtaqxc-2023", 2, "conflicting_values", "prose",
     "全年进校园开展宣传126场次", "全年进校园开展宣传162场次",
     "开展宣传162场次",
     "text says 162 school sessions, the 自评表 row 进校园宣传活动 gives 126"),
    ("sc-longchang-jtaqxc-2023", 3, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "spending of the 2023 project reported as at 31 Dec 2022; the cut-off date must be in the evaluation year"),
    ("sc-longchang-jtaqxc-2023", 4, "score_exceeds_weight", "table",
     "97.5  102.63%  10  10", "97.5  102.63%  10  10.26",
     "102.63%  10  10.26",
     "宣传活动计划完成率 scored 10 x 102.63% = 10.26 without the cap: above weight 10; the whole-point total 97 "
     "still matches the row sum (97.32) within tolerance"),
    ("sc-longchang-jtaqxc-2023", 5, "weight_sum_mismatch", "table",
     "90.67%  10  9.07", "90.67%  12  9.07",
     "90.67%  12  9.07",
     "weights now 10 + 60 + 32 = 102 (效益 rows 10 + 10 + 12)"),
    ("sc-longchang-jtaqxc-2023", 6, "completion_mismatch", "table",
     "712  118.67%", "712  116.87%",
     "712  116.87%",
     "新媒体发布信息: 712 / 600 = 118.67%, stated 116.87%"),

    # --- hb-xiaochang-jiaojingbumen-2024 (prose only, department overall, Hubei 20-point execution) ---
    ("hb-xiaochang-jiaojingbumen-2024", 1, "balance_mismatch", "prose",
     "年末未支出资金87.67万元", "年末未支出资金86.77万元",
     "未支出资金86.77万元",
     "全年预算 2618.75 - 支出 2531.08 = 87.67, stated 86.77"),
    ("hb-xiaochang-jiaojingbumen-2024", 2, "sum_mismatch", "prose",
     "交通违法抓拍设备运维212.25万元", "交通违法抓拍设备运维221.25万元",
     "设备运维221.25万元",
     "project items 486.20 + 221.25 + 140 + 38 = 885.45, 项目支出 stated 876.45 (clean item 212.25)"),
    ("hb-xiaochang-jiaojingbumen-2024", 3, "grade_mismatch", "prose",
     "等级为“良”", "等级为“优”",
     "等级为“优”",
     "total 87.34 lies in the 80-90 band (良), not 优"),
    ("hb-xiaochang-jiaojingbumen-2024", 4, "average_mismatch", "prose",
     "平均89.50分", "平均90.50分",
     "平均90.50分",
     "(91 + 88 + 93 + 86) / 4 = 89.50, stated 90.50"),
    ("hb-xiaochang-jiaojingbumen-2024", 5, "unit_mismatch", "prose",
     "项目支出794.56万元", "项目支出7945600万元",
     "7945600万元",
     "项目支出 written as the yuan figure 7945600 with the unit 万元 (794.56万元): off by 10^4; it alone "
     "breaks 1736.52 + x = 2531.08, the 90.66% rate and the 81.89 carry-over, all reconciled by rescaling"),
    ("hb-xiaochang-jiaojingbumen-2024", 6, "rate_mismatch", "prose",
     "预算执行率96.65%", "预算执行率96.56%",
     "执行率96.56%",
     "2531.08 / 2618.75 = 96.65%, stated 96.56%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old text occurs {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
