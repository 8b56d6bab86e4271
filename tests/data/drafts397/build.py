#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of this set from the five clean drafts.

Each clean draft lives in cases/<id>-clean.txt and is never changed here.  Every edit below is one exact
old -> new replacement that must match exactly once in its clean draft; `value` is the label value, an exact
substring of the resulting error case that contains the changed figure or word.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-youyu-zaolin-2018",
    "nm-duolun-fengshayuan-2019",
    "gs-jinta-zhishazhan-2020",
    "xj-qiemo-shazhang-2022",
    "sn-yuyang-fangsha-2024",
]

T = "\t"

# (project, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- sx-youyu-zaolin-2018 (Shanxi layout, 完成率 column, total only in prose) ----
    ("sx-youyu-zaolin-2018", "e1", "completion_mismatch", "table",
     "≥90%｜93.5%｜103.89%｜10", "≥90%｜93.5%｜108.39%｜10",
     "93.5%｜108.39%",
     "满意度 actual 93.5% / target 90% = 103.89%, the 完成率 cell says 108.39%"),
    ("sx-youyu-zaolin-2018", "e2", "rate_mismatch", "table",
     "｜95.61｜95.39｜100｜82.53｜100", "｜95.61｜93.59｜100｜82.53｜100",
     "95.61｜93.59｜100",
     "row (7)=(4)/(2), 中央级 column: 612.40 / 642.00 = 95.39%, printed 93.59"),
    ("sx-youyu-zaolin-2018", "e3", "grade_mismatch", "prose",
     "属于“优秀”等级", "属于“良好”等级",
     "属于“良好”等级",
     "total 98.29 is in the 优 band (≥90); the grade says 良好"),
    ("sx-youyu-zaolin-2018", "e4", "year_mismatch", "prose",
     "已按规定结转至2019年", "已按规定结转至2018年",
     "结转至2018年",
     "unspent money of the 2018 budget cannot be carried over to 2018 itself (the draft later says it is paid in 2019)"),
    ("sx-youyu-zaolin-2018", "e5", "score_sum_mismatch", "prose",
     "总得分98.29分", "总得分98.92分",
     "总得分98.92分",
     "row scores 9.56 + 50 + 28.73 + 10 = 98.29, stated 98.92 (grade 优 unchanged)"),
    ("sx-youyu-zaolin-2018", "e6", "unit_mismatch", "prose",
     "人工造林500元/亩", "人工造林500万元/亩",
     "人工造林500万元/亩",
     "500万元/亩 × 12,000亩 would be 6,000,000万元, not the 600万元 stated; the standard is 500元/亩 (off by 10^4)"),

    # ---- nm-duolun-fengshayuan-2019 (MOF table, tab separated, total only in table) ----
    ("nm-duolun-fengshayuan-2019", "e1", "sum_mismatch", "prose",
     "县级配套80万元", "县级配套60万元",
     "县级配套60万元",
     "中央 1,200 + 自治区 180 + 县级 60 = 1,440 ≠ 财政拨款 1,460万元"),
    ("nm-duolun-fengshayuan-2019", "e2", "weight_sum_mismatch", "table",
     "封沙育林面积" + T + "≥15000亩" + T + "15000亩" + T + "10" + T + "10",
     "封沙育林面积" + T + "≥15000亩" + T + "15000亩" + T + "15" + T + "10",
     "15000亩" + T + "15" + T + "10",
     "产出 weights 10+10+15+5+5+5+5 = 55 (should be 50); all weights sum to 105, 总分 row says 100"),
    ("nm-duolun-fengshayuan-2019", "e3", "conflicting_values", "prose",
     "带动当地农牧民856人", "带动当地农牧民865人",
     "带动当地农牧民865人",
     "the 自评表 gives 带动农牧民务工 856人; the text now says 865人 for the same quantity"),
    ("nm-duolun-fengshayuan-2019", "e4", "average_mismatch", "prose",
     "算术平均为76.6%", "算术平均为77.6%",
     "算术平均为77.6%",
     "(78.4 + 73.9 + 77.5) / 3 = 76.6%, stated 77.6%"),
    ("nm-duolun-fengshayuan-2019", "e5", "implausible_rate", "table",
     "其他资金" + T + "0.00" + T + "0.00" + T + "0.00" + T + "—" + T + "—" + T + "—",
     "其他资金" + T + "0.00" + T + "0.00" + T + "0.00" + T + "—" + T + "100%" + T + "—",
     "0.00" + T + "—" + T + "100%",
     "其他资金 全年预算数 0.00: an execution rate of 100% on a zero base is impossible"),
    ("nm-duolun-fengshayuan-2019", "e6", "year_mismatch", "table",
     "年度" + T + "2019年", "年度" + T + "2018年",
     "年度" + T + "2018年",
     "the 自评表 header claims 2018 for a report, budget and figures of 2019"),

    # ---- gs-jinta-zhishazhan-2020 (部门整体 report, project list + department table) ----
    ("gs-jinta-zhishazhan-2020", "e1", "average_mismatch", "prose",
     "平均自评得分为94.00分", "平均自评得分为94.60分",
     "平均自评得分为94.60分",
     "(96.5 + 100 + 91 + 88.5) / 4 = 94.00, stated 94.60"),
    ("gs-jinta-zhishazhan-2020", "e2", "sum_mismatch", "prose",
     "项目支出245.40万元", "项目支出254.40万元",
     "项目支出254.40万元",
     "基本支出 142.30 + 项目支出 254.40 = 396.70 ≠ 年初预算 387.7; the three projects' 108 + 75.6 + 61.8 = 245.40"),
    ("gs-jinta-zhishazhan-2020", "e3", "balance_mismatch", "prose",
     "年末结转结余22.93万元", "年末结转结余23.93万元",
     "结转结余23.93万元",
     "全年预算 466.10 − 支出 443.17 = 22.93万元, stated 23.93"),
    ("gs-jinta-zhishazhan-2020", "e4", "unit_mismatch", "table",
     "≥50万株｜46万株", "≥50万株｜92%",
     "≥50万株｜92%",
     "target in 万株, actual in %: completion cannot be computed from the row"),
    ("gs-jinta-zhishazhan-2020", "e5", "score_sum_mismatch", "table",
     "合计｜｜｜｜｜100｜98.71", "合计｜｜｜｜｜100｜98.17",
     "100｜98.17",
     "row scores 9.51 + 49.20 + 30 + 10 = 98.71, 合计 row says 98.17"),
    ("gs-jinta-zhishazhan-2020", "e6", "conflicting_values", "table",
     "≥50人｜52人", "≥50人｜56人",
     "≥50人｜56人",
     "the text says 聘用季节性管护人员52人; the table now says 56人 for the same indicator"),

    # ---- xj-qiemo-shazhang-2022 (Sichuan-like columns, no satisfaction, whole total in prose) ----
    ("xj-qiemo-shazhang-2022", "e1", "score_exceeds_weight", "table",
     "项目完工及时率 | = | 100 | % | 100 | 5 | 5 |", "项目完工及时率 | = | 100 | % | 100 | 5 | 5.3 |",
     "100 | 5 | 5.3",
     "row 项目完工及时率 scored 5.3 against a weight of 5 (Σ 99.41 still rounds to the stated 99分)"),
    ("xj-qiemo-shazhang-2022", "e2", "rate_mismatch", "table",
     "120.00 | 110.00 | 91.67%", "120.00 | 110.00 | 97.16%",
     "110.00 | 97.16%",
     "自治区财政资金 110.00 / 120.00 = 91.67%, printed 97.16%"),
    ("xj-qiemo-shazhang-2022", "e3", "year_mismatch", "prose",
     "已结转至2023年", "已结转至2022年",
     "结转至2022年",
     "money unspent in the 2022 budget is carried over to 2022 itself; it is paid after the 2023 spring check"),
    ("xj-qiemo-shazhang-2022", "e4", "completion_mismatch", "prose",
     "年度任务的102.5%", "年度任务的105.2%",
     "年度任务的105.2%",
     "造林 2,460亩 / 2,400亩 = 102.5%, stated 105.2%"),
    ("xj-qiemo-shazhang-2022", "e5", "implausible_rate", "table",
     "沙障验收合格率 | ≥ | 95 | % | 96.8 |", "沙障验收合格率 | ≥ | 95 | % | 106.8 |",
     "% | 106.8 |",
     "a 验收合格率 of 106.8% is above 100%"),
    ("xj-qiemo-shazhang-2022", "e6", "weight_sum_mismatch", "prose",
     "产出指标60分", "产出指标50分",
     "产出指标50分",
     "stated weights 10 + 50 + 30 = 90 ≠ 100; the table's 产出 rows add up to 60"),

    # ---- sn-yuyang-fangsha-2024 (MOF table, tab separated, whole total in prose) ----
    ("sn-yuyang-fangsha-2024", "e1", "score_exceeds_weight", "table",
     "管护责任落实率" + T + "=100%" + T + "100%" + T + "5" + T + "5" + T,
     "管护责任落实率" + T + "=100%" + T + "100%" + T + "5" + T + "5.3" + T,
     "100%" + T + "5" + T + "5.3",
     "row 管护责任落实率 scored 5.3 against a weight of 5 (Σ 99.22 still rounds to the stated 99分)"),
    ("sn-yuyang-fangsha-2024", "e2", "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 99分 is in the 优 band; the grade says 良"),
    ("sn-yuyang-fangsha-2024", "e3", "average_mismatch", "prose",
     "户均3,000元", "户均3,200元",
     "户均3,200元",
     "318.6万元 / 1,062户 = 3,000元 per household, stated 3,200元"),
    ("sn-yuyang-fangsha-2024", "e4", "balance_mismatch", "prose",
     "年末结余73.65万元", "年末结余76.35万元",
     "年末结余76.35万元",
     "全年预算 1,586.40 − 执行 1,512.75 = 73.65万元, stated 76.35"),
    ("sn-yuyang-fangsha-2024", "e5", "unit_mismatch", "table",
     "≤1200元/亩" + T + "1200元/亩", "≤1200元/亩" + T + "1200万元/亩",
     "1200万元/亩",
     "target 1200元/亩, actual written 1200万元/亩 (off by 10^4; the text gives 1,200元/亩)"),
    ("sn-yuyang-fangsha-2024", "e6", "conflicting_values", "table",
     "≥90%" + T + "94.3%", "≥90%" + T + "93.4%",
     "≥90%" + T + "93.4%",
     "the text gives 群众满意度94.3%; the 自评表 now says 93.4%"),
]


def main():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (_, suffix, code, where, old, new, value, expl) in by_project[pid]:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid}-{suffix}: old string matches {n} times: {old!r}")
            err = clean.replace(old, new, 1)
            if err.count(value) != 1:
                raise SystemExit(f"{pid}-{suffix}: value occurs {err.count(value)} times: {value!r}")
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} with errors)")


if __name__ == "__main__":
    main()
