#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every clean draft is cases/<id>-clean.txt (written by hand). Each edit below is an exact
old -> new replacement that must match exactly once in the clean draft; the result is
cases/<id>-eN.txt with one label {code, severity, value, explanation}. `where` (prose/table)
is documentation only (README table); it is not written to labels.jsonl.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jl-zhenlai-yanjiandi-2021",
    "gs-zhenyuan-dimohuishou-2019",
    "sd-shanghe-nongyaobaozhuang-2022",
    "jx-yujiang-cetupeifang-2020",
    "nm-wuyuan-nongmubumen-2024",
]

T = "\t"

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- jl-zhenlai-yanjiandi-2021 (MOF table with ｜, funds block + indicator block) ----
    ("jl-zhenlai-yanjiandi-2021", 1, "rate_mismatch", "table",
     "｜1,158.62｜—｜96.55%｜", "｜1,158.62｜—｜95.65%｜",
     "1,158.62｜—｜95.65%",
     "当年财政拨款 row: 1,158.62 / 1,200.00 = 96.55%, the table prints 95.65%"),
    ("jl-zhenlai-yanjiandi-2021", 2, "unit_mismatch", "prose",
     "补助标准每亩350元", "补助标准每亩350万元",
     "每亩350万元",
     "1,120.00万元 for 3.2万亩 is 350元 per mu; '350万元' per mu is off by 10^4 (a 元 figure written with 万元)"),
    ("jl-zhenlai-yanjiandi-2021", 3, "score_sum_mismatch", "table",
     "部分建立｜10｜7｜", "部分建立｜10｜7.5｜",
     "部分建立｜10｜7.5",
     "row scores now add to 9.68+15+9.77+10+5+10+10+10+7.5+10 = 96.95, the 总分 row and the text say 96.45"),
    ("jl-zhenlai-yanjiandi-2021", 4, "weight_sum_mismatch", "table",
     "｜≤850元｜820元｜10｜10｜", "｜≤850元｜820元｜12｜10｜",
     "820元｜12｜10",
     "分值 column now adds to 102 (产出 rows 52 against the 50 of the weight sentence and the 总分 100)"),
    ("jl-zhenlai-yanjiandi-2021", 5, "year_mismatch", "table",
     "附件：项目支出绩效自评表（2021年度）", "附件：项目支出绩效自评表（2020年度）",
     "项目支出绩效自评表（2020年度）",
     "the attached table claims 2020 while the report, its funds (截至2021年12月31日) and the title are 2021"),
    ("jl-zhenlai-yanjiandi-2021", 6, "sum_mismatch", "prose",
     "省级财政资金400万元", "省级财政资金420万元",
     "省级财政资金420万元",
     "中央800 + 省级420 = 1,220万元, but the 年初预算 they make up is 1,200.00万元"),

    # ---- gs-zhenyuan-dimohuishou-2019 (tab-separated tables with 完成率) ----
    ("gs-zhenyuan-dimohuishou-2019", 1, "completion_mismatch", "table",
     "2573吨\t102.92%", "2573吨\t102.29%",
     "2573吨\t102.29%",
     "回收量 2573吨 / 目标2500吨 = 102.92%, the 完成率 cell says 102.29%"),
    ("gs-zhenyuan-dimohuishou-2019", 2, "implausible_rate", "prose",
     "覆盖全县89.6%的行政村", "覆盖全县109.6%的行政村",
     "覆盖全县109.6%的行政村",
     "a coverage share of the county's villages cannot exceed 100%"),
    ("gs-zhenyuan-dimohuishou-2019", 3, "sum_mismatch", "table",
     "中央财政资金\t380.00\t380.00", "中央财政资金\t380.00\t370.00",
     "380.00\t370.00",
     "实际到位数 column: 370.00 + 120.00 + 50.00 = 540.00, 合计 row says 550.00"),
    ("gs-zhenyuan-dimohuishou-2019", 4, "unit_mismatch", "table",
     "监测点亩均地膜残留量\t≤4.5公斤\t4.1公斤", "监测点亩均地膜残留量\t≤4.5公斤\t100%",
     "≤4.5公斤\t100%",
     "target is a quantity in 公斤 per mu, the actual value is a percentage (completion cannot be computed)"),
    ("gs-zhenyuan-dimohuishou-2019", 5, "grade_mismatch", "table",
     "98.40\t优秀", "98.40\t良好",
     "98.40\t良好",
     "98.40 is in the 优 band (≥90), not 良"),
    ("gs-zhenyuan-dimohuishou-2019", 6, "conflicting_values", "prose",
     "全年回收废旧地膜2,573吨", "全年回收废旧地膜2,375吨",
     "全年回收废旧地膜2,375吨",
     "the year's recovered film is 2,573吨 in the funds text, section 三 and the table; the conclusion says 2,375吨"),

    # ---- sd-shanghe-nongyaobaozhuang-2022 (｜ tables with 完成率, 得X分（满分Y分）) ----
    ("sd-shanghe-nongyaobaozhuang-2022", 1, "sum_mismatch", "table",
     "宣传培训｜9.45", "宣传培训｜9.54",
     "宣传培训｜9.54",
     "spending rows add to 211.57, 合计 row says 211.48"),
    ("sd-shanghe-nongyaobaozhuang-2022", 2, "balance_mismatch", "prose",
     "结余14.52万元", "结余15.42万元",
     "结余15.42万元",
     "226.00 (fully received) - 211.48 = 14.52"),
    ("sd-shanghe-nongyaobaozhuang-2022", 3, "score_sum_mismatch", "prose",
     "效益指标得29分（满分30分）", "效益指标得28分（满分30分）",
     "效益指标得28分",
     "效益 rows of the table add to 29, and 9.36+49.5+28+9.83 = 96.69 ≠ 自评总分97.69"),
    ("sd-shanghe-nongyaobaozhuang-2022", 4, "average_mismatch", "prose",
     "季度平均25.65吨", "季度平均26.65吨",
     "季度平均26.65吨",
     "(18.4 + 31.2 + 35.7 + 17.3) / 4 = 25.65"),
    ("sd-shanghe-nongyaobaozhuang-2022", 5, "completion_mismatch", "table",
     "102.6吨｜108.00%", "102.6吨｜110.00%",
     "102.6吨｜110.00%",
     "102.6 / 95 = 108.00%"),
    ("sd-shanghe-nongyaobaozhuang-2022", 6, "weight_sum_mismatch", "table",
     "18场｜90.00%｜5｜4.5", "18场｜90.00%｜6｜4.5",
     "90.00%｜6｜4.5",
     "分值 column adds to 101; 产出 rows 51 against 满分50分 in the text"),

    # ---- jx-yujiang-cetupeifang-2020 (prose only) ----
    ("jx-yujiang-cetupeifang-2020", 1, "score_exceeds_weight", "prose",
     "按完成比例得8.33分（满分10分）", "按完成比例得8.33分（满分8分）",
     "得8.33分（满分8分）",
     "the field-trial item scores 8.33 above its stated full mark 8"),
    ("jx-yujiang-cetupeifang-2020", 2, "rate_mismatch", "prose",
     "预算执行率97.80%", "预算执行率97.08%",
     "预算执行率97.08%",
     "117.36 / 120.00 = 97.80%"),
    ("jx-yujiang-cetupeifang-2020", 3, "unit_mismatch", "prose",
     "每个土样化验费120元", "每个土样化验费120万元",
     "化验费120万元",
     "2,000 samples for 24.00万元 is 120元 each; '120万元' is off by 10^4"),
    ("jx-yujiang-cetupeifang-2020", 4, "year_mismatch", "prose",
     "于2019年12月提前下达", "于2018年12月提前下达",
     "2018年12月提前下达",
     "an advance for the 2020 budget is issued in December 2019, not December 2018"),
    ("jx-yujiang-cetupeifang-2020", 5, "balance_mismatch", "prose",
     "项目结余2.64万元", "项目结余2.46万元",
     "结余2.46万元",
     "120.00 (fully received) - 117.36 = 2.64"),
    ("jx-yujiang-cetupeifang-2020", 6, "implausible_rate", "prose",
     "综合满意度为94.5%", "综合满意度为104.5%",
     "综合满意度为104.5%",
     "a satisfaction rate above 100%"),

    # ---- nm-wuyuan-nongmubumen-2024 (部门整体, PDF-style space-aligned table) ----
    ("nm-wuyuan-nongmubumen-2024", 1, "average_mismatch", "prose",
     "平均得分89.90分", "平均得分90.90分",
     "平均得分90.90分",
     "(95.6 + 93.2 + 88.5 + 82.3) / 4 = 89.90"),
    ("nm-wuyuan-nongmubumen-2024", 2, "score_exceeds_weight", "prose",
     "产出指标得47.6分（满分50分）", "产出指标得47.6分（满分45分）",
     "得47.6分（满分45分）",
     "盐碱化耕地改良项目: output score 47.6 above its full mark 45"),
    ("nm-wuyuan-nongmubumen-2024", 3, "grade_mismatch", "table",
     "82.3      良", "82.3      优",
     "82.3      优",
     "82.3 is in the 良 band (80–90), not 优"),
    ("nm-wuyuan-nongmubumen-2024", 4, "conflicting_values", "table",
     "88.5      良    92.8%", "88.5      良    98.2%",
     "良    98.2%",
     "化肥减量增效 satisfaction is 92.8% in section 三(三), 98.2% in the table"),
    ("nm-wuyuan-nongmubumen-2024", 5, "implausible_rate", "table",
     "95.6      优    96.5%", "95.6      优    106.5%",
     "优    106.5%",
     "a satisfaction rate above 100%"),
    ("nm-wuyuan-nongmubumen-2024", 6, "rate_mismatch", "table",
     "236.70    84.54%", "236.70    85.44%",
     "236.70    85.44%",
     "236.70 / 280.00 = 84.54%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in sorted(
                (e for e in EDITS if e[0] == pid), key=lambda e: e[1]):
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) < 1:
                raise SystemExit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")


if __name__ == "__main__":
    main()
