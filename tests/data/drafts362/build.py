#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit (old -> new); `old` must
occur exactly once in the clean draft, and `value` (the label) must occur in the
edited text.  `token` is the changed figure as written in the clean draft; verify.py
checks that it is stated only once there (twice or more for conflicting_values).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-jiexiu-mangan-shouyu-2021",
    "sc-xichong-shouyufanyi-2023",
    "hn-liling-canlian-anmo-2020",
    "gx-wuzhou-mananzhongxin-bumen-2024",
    "hb-zhijiang-mangan-butie-2019",
]

# (project, suffix, code, where, old, new, token, value, explanation)
EDITS = [
    # --- Shanxi, Jiexiu 2021 (flattened one-cell-per-line tables) ---
    ("sx-jiexiu-mangan-shouyu-2021", "e1", "rate_mismatch", "table",
     "\t87.09\n", "\t78.09\n", "87.09", "78.09",
     "funds table row (7)=(4)/(2), column 县区级: 14.37 / 16.50 = 87.09%, printed 78.09"),
    ("sx-jiexiu-mangan-shouyu-2021", "e2", "average_mismatch", "prose",
     "8家平均每家2.13万元", "8家平均每家2.31万元", "2.13", "平均每家2.31万元",
     "(3 × 3 + 5 × 1.6) / 8 = 17 / 8 = 2.125 ≈ 2.13万元, stated 2.31"),
    ("sx-jiexiu-mangan-shouyu-2021", "e3", "year_mismatch", "prose",
     "结转至2022年", "结转至2021年", "结转至2022年", "结转至2021年",
     "the 2021 balance is carried over to 2021 itself; it must go to a later year (2022)"),
    ("sx-jiexiu-mangan-shouyu-2021", "e4", "completion_mismatch", "table",
     "\t103.33\n", "\t130.33\n", "103.33", "130.33",
     "盲人按摩技能培训人次: 62 / 60 = 103.33%, 完成率 printed 130.33"),
    ("sx-jiexiu-mangan-shouyu-2021", "e5", "unit_mismatch", "table",
     "\t1376场次\n", "\t114.67%\n", "1376", "114.67%",
     "提供手语翻译服务场次: target ≥1200场次 is a count, 业绩值 given as a percentage"),
    ("sx-jiexiu-mangan-shouyu-2021", "e6", "balance_mismatch", "prose",
     "剩余0.48万元", "剩余0.84万元", "0.48", "剩余0.84万元",
     "视频手语翻译服务: budget 9.60 − paid 9.12 = 0.48万元, stated 0.84"),

    # --- Sichuan, Xichong 2023 (tab-separated table, 10 + 90 points, no satisfaction row) ---
    ("sc-xichong-shouyufanyi-2023", "e1", "sum_mismatch", "prose",
     "金额依次为14.4万元、9.6万元和15.6万元", "金额依次为14.4万元、6.9万元和15.6万元",
     "9.6万元", "14.4万元、6.9万元和15.6万元",
     "财政资金39.6万元 = 14.4 + 9.6 + 15.6; with 6.9 the parts add to 36.9"),
    ("sc-xichong-shouyufanyi-2023", "e2", "weight_sum_mismatch", "table",
     "补贴驻点手语翻译员人数\t≥\t9\t人\t9\t10\t10", "补贴驻点手语翻译员人数\t≥\t9\t人\t9\t12\t10",
     "补贴驻点手语翻译员人数\t≥\t9\t人\t9\t10\t10", "补贴驻点手语翻译员人数\t≥\t9\t人\t9\t12",
     "weight 10 → 12: 分值 now add to 102 (产出 62 against the 60 stated in 评价结论)"),
    ("sc-xichong-shouyufanyi-2023", "e3", "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“优”", "评价等级为“良”",
     "total 98.88 is in the 优 band (≥ 90)"),
    ("sc-xichong-shouyufanyi-2023", "e4", "implausible_rate", "prose",
     "服务对象满意度为96.5%", "服务对象满意度为106.5%", "96.5", "服务对象满意度为106.5%",
     "a satisfaction rate cannot exceed 100%"),
    ("sc-xichong-shouyufanyi-2023", "e5", "conflicting_values", "table",
     "按需手语翻译服务次数\t≥\t280\t次\t312", "按需手语翻译服务次数\t≥\t280\t次\t321",
     "312", "280\t次\t321",
     "table 实际完成值 321次 while the text gives 312次 (312 × 150元 = 4.68万元 as spent)"),
    ("sc-xichong-shouyufanyi-2023", "e6", "completion_mismatch", "prose",
     "完成年度目标的90%", "完成年度目标的95%", "90%", "完成年度目标的95%",
     "36 trained against a target of 40: 36 / 40 = 90%"),

    # --- Hunan, Liling 2020 (MOF table with full-width bars) ---
    ("hn-liling-canlian-anmo-2020", "e1", "score_exceeds_weight", "table",
     "补贴手语翻译员人数｜6人｜6人｜8｜8｜—\n产出指标｜数量指标｜电视新闻手语节目期数｜≥48期｜52期｜8｜8",
     "补贴手语翻译员人数｜6人｜6人｜8｜9｜—\n产出指标｜数量指标｜电视新闻手语节目期数｜≥48期｜52期｜8｜7",
     "补贴手语翻译员人数｜6人｜6人｜8｜8",
     "6人｜8｜9｜—\n产出指标｜数量指标｜电视新闻手语节目期数｜≥48期｜52期｜8｜7",
     "补贴手语翻译员人数 scored 9 against a weight of 8 (next row lowered to 7 so the total still reads 97.03)"),
    ("hn-liling-canlian-anmo-2020", "e2", "rate_mismatch", "table",
     "｜96.27%｜", "｜92.67%｜", "96.27", "92.67%",
     "年度资金总额 执行率: 35.58 / 36.96 = 96.27%, printed 92.67%"),
    ("hn-liling-canlian-anmo-2020", "e3", "unit_mismatch", "prose",
     "共支出31200元", "共支出31200万元", "31200", "31200万元",
     "手语培训 120人次 × 260元 = 31200元 = 3.12万元 (as in the spending list); written with 万元, off by 10^4"),
    ("hn-liling-canlian-anmo-2020", "e4", "sum_mismatch", "table",
     "其中：当年财政拨款｜30.00｜34.50｜", "其中：当年财政拨款｜30.00｜34.05｜", "34.50",
     "当年财政拨款｜30.00｜34.05",
     "全年预算数: 34.05 + 2.46 + 0 = 36.51 ≠ 年度资金总额 36.96 (30 + 4.5 = 34.5 in the text)"),
    ("hn-liling-canlian-anmo-2020", "e5", "score_sum_mismatch", "table",
     "120人次｜8｜6.4｜", "120人次｜8｜6.8｜", "120人次｜8｜6.4", "120人次｜8｜6.8",
     "row scores now add to 97.43 (产出 48.8) while 总分 is 97.03 (产出 48.4 in the text)"),
    ("hn-liling-canlian-anmo-2020", "e6", "year_mismatch", "prose",
     "截至2020年12月31日", "截至2021年12月31日", "截至2020年12月31日", "截至2021年12月31日",
     "spending of the 2020 report stated as at 31 Dec 2021"),

    # --- Guangxi, Wuzhou 2024 (department-level report, ASCII pipes) ---
    ("gx-wuzhou-mananzhongxin-bumen-2024", "e1", "average_mismatch", "prose",
     "平均92.2分", "平均92.6分", "92.2", "平均92.6分",
     "(95 + 91 + 97 + 86 + 92) / 5 = 92.2"),
    ("gx-wuzhou-mananzhongxin-bumen-2024", "e2", "rate_mismatch", "prose",
     "83.97%", "89.37%", "83.97", "89.37%",
     "4th project (手语翻译服务站运行): 12.05 / 14.35 = 83.97%, stated 89.37%"),
    ("gx-wuzhou-mananzhongxin-bumen-2024", "e3", "balance_mismatch", "prose",
     "项目支出结转5.84万元", "项目支出结转5.48万元", "5.84", "项目支出结转5.48万元",
     "项目支出 94.45 − 88.61 = 5.84万元, stated 5.48"),
    ("gx-wuzhou-mananzhongxin-bumen-2024", "e4", "score_sum_mismatch", "table",
     "45人 | 8 | 7.2", "45人 | 8 | 7.6", "45人 | 8 | 7.2", "45人 | 8 | 7.6",
     "row scores now add to 99.13 (产出 39.6) while 合计 is 98.73 (产出 39.2 in the text)"),
    ("gx-wuzhou-mananzhongxin-bumen-2024", "e5", "weight_sum_mismatch", "table",
     "补贴手语翻译员人数 | 15人 | 15人 | 7 | 7", "补贴手语翻译员人数 | 15人 | 15人 | 9 | 7",
     "补贴手语翻译员人数 | 15人 | 15人 | 7", "15人 | 15人 | 9 | 7",
     "weight 7 → 9: 分值 add to 102, 产出 to 42 against the 40 stated in the text"),
    ("gx-wuzhou-mananzhongxin-bumen-2024", "e6", "implausible_rate", "table",
     "| 92.6% |", "| 102.6% |", "92.6", "102.6%",
     "服务对象满意度 102.6%: a satisfaction rate cannot exceed 100%"),

    # --- Hubei, Zhijiang 2019 (20-point execution + goal blocks) ---
    ("hb-zhijiang-mangan-butie-2019", "e1", "score_exceeds_weight", "table",
     "带动盲人就业人数｜≥20人｜22人｜8｜8｜—\n目标一｜效益指标｜可持续影响指标｜机构运营管理水平｜逐步提升｜部分达成年度指标并具有一定效果｜4｜2.8",
     "带动盲人就业人数｜≥20人｜22人｜8｜8.6｜—\n目标一｜效益指标｜可持续影响指标｜机构运营管理水平｜逐步提升｜部分达成年度指标并具有一定效果｜4｜2.2",
     "带动盲人就业人数｜≥20人｜22人｜8｜8",
     "22人｜8｜8.6｜—\n目标一｜效益指标｜可持续影响指标｜机构运营管理水平｜逐步提升｜部分达成年度指标并具有一定效果｜4｜2.2",
     "带动盲人就业人数 scored 8.6 against a weight of 8 (next row lowered to 2.2 so 目标一 still totals 36.97)"),
    ("hb-zhijiang-mangan-butie-2019", "e2", "grade_mismatch", "prose",
     "评价等级为“良”", "评价等级为“优”", "评价等级为“良”", "评价等级为“优”",
     "total 89.7 is in the 良 band (80 ≤ s < 90)"),
    ("hb-zhijiang-mangan-butie-2019", "e3", "conflicting_values", "prose",
     "等12个窗口单位", "等21个窗口单位", "12个", "等21个窗口单位",
     "text says 21 window units, the table 实际完成值 says 12个"),
    ("hb-zhijiang-mangan-butie-2019", "e4", "unit_mismatch", "table",
     "｜236人次｜", "｜118%｜", "236", "≥200人次｜118%",
     "公务人员手语培训人次: target ≥200人次 is a count, 实际完成值 given as a percentage"),
    ("hb-zhijiang-mangan-butie-2019", "e5", "implausible_rate", "prose",
     "满意率为97.6%", "满意率为107.6%", "97.6", "满意率为107.6%",
     "a satisfaction rate cannot exceed 100%"),
    ("hb-zhijiang-mangan-butie-2019", "e6", "sum_mismatch", "prose",
     "8.6万元、1.86万元、5.04万元", "8.6万元、1.68万元、5.04万元", "1.86", "1.68万元",
     "8.6 + 1.68 + 5.04 + 4.2 + 1.32 = 20.84 ≠ 全年支出 21.02"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, suf, code, where, old, new, token, value, expl) in EDITS:
            if p != pid:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid}-{suf}: old string occurs {n} times")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-{suf}: label value not in edited text")
            name = f"{pid}-{suf}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with errors)")


if __name__ == "__main__":
    main()
