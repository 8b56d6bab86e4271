#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n406 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft;
`value` is the substring of the error case that the label points at (it contains the changed figure).
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hb-zaoyang-hunyindangan-2018",
    "sx-xiaoyi-hunyindengjichu-2020",
    "ha-xiping-hunsugaige-2021",
    "yn-mile-dengjifuwu-2023",
    "gx-luchuan-minzheng-bumen-2024",
]

# (project, code, where, old, new, value, explanation)
EDITS = [
    # ---- Hubei, Zaoyang 2018: archive back-entry, Hubei-style 20-point execution score
    ("hb-zaoyang-hunyindangan-2018", "rate_mismatch", "prose",
     "资金到位率97.22%", "资金到位率97.72%", "资金到位率97.72%",
     "到位 52.50 / 全年预算 54.00 = 97.22%, stated 97.72%"),
    ("hb-zaoyang-hunyindangan-2018", "completion_mismatch", "prose",
     "完成年度目标的103.93%", "完成年度目标的103.39%", "完成年度目标的103.39%",
     "43650份 / 目标42000份 = 103.93%, stated 103.39%"),
    ("hb-zaoyang-hunyindangan-2018", "sum_mismatch", "prose",
     "档案装具及耗材4.23万元", "档案装具及耗材4.32万元", "档案装具及耗材4.32万元",
     "14.40 + 19.80 + 9.60 + 4.32 + 3.00 = 51.12, but total spending is 51.03万元"),
    ("hb-zaoyang-hunyindangan-2018", "year_mismatch", "prose",
     "结转至2019年", "结转至2018年", "结转至2018年",
     "the balance of the 2018 budget is carried over into 2018 itself; a carry-over goes to a later year (2019)"),
    ("hb-zaoyang-hunyindangan-2018", "score_sum_mismatch", "table",
     "已建立，查阅规程修订中｜15｜13｜", "已建立，查阅规程修订中｜15｜12｜", "查阅规程修订中｜15｜12",
     "row scores now sum to 18.90 + 40 + 27 + 9.83 = 95.73 against 合计 96.73 (and 效益 27 against 效益指标得28分)"),
    ("hb-zaoyang-hunyindangan-2018", "weight_sum_mismatch", "table",
     "档案查询终端配置数量｜2台｜2台｜5｜5｜", "档案查询终端配置数量｜2台｜2台｜6｜5｜", "2台｜2台｜6｜5",
     "weights now total 101 (产出 rows 41 against 产出指标分值40分)"),

    # ---- Shanxi, Xiaoyi 2020: registry standardisation, Shanxi flattened tables with formulas and 完成率
    ("sx-xiaoyi-hunyindengjichu-2020", "rate_mismatch", "table",
     "\t92.76\n", "\t97.26\n", "97.26",
     "执行率 (7)=(4)/(2), 县级 column: 46.38 / 50.00 = 92.76%, stated 97.26"),
    ("sx-xiaoyi-hunyindengjichu-2020", "sum_mismatch", "table",
     "\t10.00\n\t45.00\n", "\t10.00\n\t54.00\n", "54.00",
     "年初预算 row (1): 省级 20.00 + 市级 10.00 + 县级 54.00 = 84.00 against 财政资金小计 75.00"),
    ("sx-xiaoyi-hunyindengjichu-2020", "completion_mismatch", "table",
     "103.81%", "108.31%", "108.31%",
     "登记大厅改造面积 436 / 420 = 103.81%, stated 108.31%"),
    ("sx-xiaoyi-hunyindengjichu-2020", "unit_mismatch", "table",
     "\t1个\n\t1个\n", "\t1个\n\t100%\n", "1个\n\t100%",
     "颁证厅建设: target is a count (1个), actual a percentage (100%); completion cannot be computed"),
    ("sx-xiaoyi-hunyindengjichu-2020", "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 96.84 is in the 优 band (90–100), stated 良"),
    ("sx-xiaoyi-hunyindengjichu-2020", "conflicting_values", "prose",
     "开展个性化颁证仪式47场", "开展个性化颁证仪式74场", "个性化颁证仪式74场",
     "the table gives 个性化颁证仪式场次 47场 (completion 117.50% = 47/40); the prose now says 74场"),

    # ---- Henan, Xiping 2021: marriage-custom reform pilot, MOF table, whole-point total
    ("ha-xiping-hunsugaige-2021", "implausible_rate", "prose",
     "当年支出18.60万元，执行率93.00%", "当年支出21.40万元，执行率107.00%", "当年支出21.40万元，执行率107.00%",
     "provincial subsidy 20.00万元, spending 21.40万元 above it: execution 107.00% > 100%"),
    ("ha-xiping-hunsugaige-2021", "average_mismatch", "prose",
     "平均每场39对", "平均每场41对", "平均每场41对",
     "(36 + 42 + 28 + 50) / 4 = 39, stated 41"),
    ("ha-xiping-hunsugaige-2021", "score_exceeds_weight", "table",
     "≥150对｜156对｜6｜6｜", "≥150对｜156对｜6｜6.24｜", "156对｜6｜6.24",
     "score 6.24 (uncapped 6 × 156/150) above weight 6; the whole-point total 97 still holds (Σ 97.25)"),
    ("ha-xiping-hunsugaige-2021", "conflicting_values", "table",
     "≥40场｜46场｜", "≥40场｜44场｜", "≥40场｜44场",
     "the prose says 开展移风易俗宣传活动46场, the table now 44场"),
    ("ha-xiping-hunsugaige-2021", "unit_mismatch", "prose",
     "合计129000元", "合计129000万元", "合计129000万元",
     "215对 × 600元 = 129000元 = 12.90万元 (简约婚礼奖励12.90万元); labelled 万元 it is off by 10^4"),
    ("ha-xiping-hunsugaige-2021", "balance_mismatch", "prose",
     "结余5.44万元", "结余4.54万元", "结余4.54万元",
     "全年预算 80.00 (fully received) − 支出 74.56 = 5.44, stated 4.54"),

    # ---- Yunnan, Mile 2023: registration service + marriage counselling, table with 指标性质/度量单位
    ("yn-mile-dengjifuwu-2023", "sum_mismatch", "table",
     "州级补助资金｜5.00｜", "州级补助资金｜6.00｜", "州级补助资金｜6.00",
     "年初预算数 column: 0.00 + 6.00 + 42.00 + 0.00 = 48.00 against 合计 47.00"),
    ("yn-mile-dengjifuwu-2023", "weight_sum_mismatch", "table",
     "期｜2｜6｜6｜", "期｜2｜8｜6｜", "期｜2｜8｜6",
     "weights now total 102 (婚姻登记员业务培训 8 instead of 6)"),
    ("yn-mile-dengjifuwu-2023", "year_mismatch", "table",
     "自评表（2023年度）", "自评表（2022年度）", "自评表（2022年度）",
     "the report, its budget and its indicators are for 2023; the attached table claims 2022"),
    ("yn-mile-dengjifuwu-2023", "implausible_rate", "table",
     "%｜98.6｜", "%｜108.6｜", "108.6",
     "satisfaction 108.6% is above 100%"),
    ("yn-mile-dengjifuwu-2023", "score_sum_mismatch", "table",
     "已常态化，专职人员不足｜10｜9｜", "已常态化，专职人员不足｜10｜8｜", "专职人员不足｜10｜8",
     "row scores now sum to 97.26 against 合计/综合得分 98.26 (效益 27.69 against 效益指标得28.69分)"),
    ("yn-mile-dengjifuwu-2023", "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 98.26 is in the 优 band, stated 良"),

    # ---- Guangxi, Luchuan 2024: department-wide report, four projects, whole-point total
    ("gx-luchuan-minzheng-bumen-2024", "average_mismatch", "prose",
     "平均自评得分94.75分", "平均自评得分94.57分", "平均自评得分94.57分",
     "(95 + 92 + 98 + 94) / 4 = 94.75, stated 94.57"),
    ("gx-luchuan-minzheng-bumen-2024", "score_exceeds_weight", "table",
     "≥80%｜84.6%｜10｜10｜", "≥80%｜84.6%｜10｜10.57｜", "84.6%｜10｜10.57",
     "score 10.57 (uncapped 10 × 84.6/80) above weight 10; Σ 98.29 still rounds to the stated 98"),
    ("gx-luchuan-minzheng-bumen-2024", "rate_mismatch", "table",
     "｜97.57%｜", "｜97.75%｜", "97.75%",
     "项目支出 347.83 / 356.50 = 97.57%, stated 97.75%"),
    ("gx-luchuan-minzheng-bumen-2024", "balance_mismatch", "prose",
     "结余8.67万元", "结余8.76万元", "结余8.76万元",
     "全年预算 855.12 (fully received) − 支出 846.45 = 8.67, stated 8.76"),
    ("gx-luchuan-minzheng-bumen-2024", "conflicting_values", "prose",
     "举办主题颁证活动8场", "举办主题颁证活动10场", "主题颁证活动10场",
     "the indicator table gives 主题颁证活动 8场; the project paragraph now says 10场"),
    ("gx-luchuan-minzheng-bumen-2024", "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "a year-end figure of the 2024 report (5,736人 = the 2024 actual in the table) dated at the end of 2023"),
]


def main():
    labels = []
    counters = {}
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for (p, code, where, old, new, value, expl) in EDITS:
            if p != proj:
                continue
            n = clean.count(old)
            assert n == 1, f"{proj}: edit for {code} matches {n} times: {old!r}"
            text = clean.replace(old, new, 1)
            assert value in text, f"{proj}: value {value!r} not in error case ({code})"
            counters[proj] = counters.get(proj, 0) + 1
            name = f"{proj}-e{counters[proj]}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if l['clean'])} clean)")


if __name__ == "__main__":
    main()
