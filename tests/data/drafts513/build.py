#!/usr/bin/env python3
"""Build the error cases (-e1 ... -e6) and labels.jsonl of drafts513 from the clean drafts.

Each edit is exact: `old` must occur exactly once in the clean draft and is replaced by `new`;
`value` (the label) must occur exactly once in the resulting case and contain the changed figure.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "js-sihong-kehoufuwu-2019",
    "hb-dawu-kehoufuwu-2021",
    "gx-guanyang-kehoufuwu-2022",
    "ha-neixiang-jiaoyuju-bumen-2024",
    "sc-nanjiang-kehoufuwu-2025",
]

# (project, n, code, old, new, value, where, explanation)
EDITS = [
    # ---- 泗洪县 2019 (Word copy, [bookmark] residue, one cell a line) ----
    ("js-sihong-kehoufuwu-2019", 1, "rate_mismatch",
     "\t98.30\n", "\t98.03\n", "98.03",
     "funds table, row (7)=(4)/(2), column 县区级",
     "县区级 442.34 / 450.00 = 98.30%; the cell prints 98.03"),
    ("js-sihong-kehoufuwu-2019", 2, "sum_mismatch",
     "管理及安全保障经费12.46万元", "管理及安全保障经费21.46万元", "管理及安全保障经费21.46万元",
     "prose, （二）预算执行情况",
     "全年执行492.34万元，其中学生补助479.88 + 管理及安全保障经费21.46 = 501.34 ≠ 492.34"),
    ("js-sihong-kehoufuwu-2019", 3, "grade_mismatch",
     "属于“优秀”", "属于“良好”", "属于“良好”",
     "prose, 二、项目绩效情况",
     "总得分98.35分 is in the 优 band (≥90), stated 良好"),
    ("js-sihong-kehoufuwu-2019", 4, "unit_mismatch",
     "\t39990人·学期\n", "\t88.01%\n", "≥38000人·学期\n\t88.01%",
     "附件1 table, row 参加课后服务学生",
     "target is a count (≥38000人·学期) but the actual is a percentage; completion 105.24% cannot be computed"),
    ("js-sihong-kehoufuwu-2019", 5, "year_mismatch",
     "已按规定结转2020年", "已按规定结转2019年", "已按规定结转2019年",
     "prose, （二）预算执行情况",
     "the unspent 7.66万元 of the 2019 budget is carried over to 2019 itself; must be a later year"),
    ("js-sihong-kehoufuwu-2019", 6, "conflicting_values",
     "补助资金500.00万元开展了绩效自评", "补助资金560.00万元开展了绩效自评", "560.00万元",
     "prose, opening paragraph",
     "the project is evaluated as 560.00万元 while its 全年预算 is 500.00万元 everywhere else (450.00 + 50.00; funds table row (2))"),
    # ---- 大悟县 2021 (PDF copy with page footers, runs of spaces) ----
    ("hb-dawu-kehoufuwu-2021", 1, "balance_mismatch",
     "结余30.00万元", "结余36.00万元", "结余36.00万元",
     "prose, （二）资金情况",
     "到位610.00 − 支出580.00 = 30.00万元, stated 36.00"),
    ("hb-dawu-kehoufuwu-2021", 2, "score_sum_mismatch",
     "合计    100    97.11", "合计    100    97.41", "合计    100    97.41",
     "自评表, 合计 row",
     "18.71 + 8 + 8 + 7.90 + 8 + 4 + 4 + 15 + 5 + 8.50 + 10 = 97.11, the 合计 row prints 97.41"),
    ("hb-dawu-kehoufuwu-2021", 3, "weight_sum_mismatch",
     "产出指标40分、", "产出指标45分、", "产出指标45分",
     "prose, 二、绩效评价工作开展情况",
     "产出 rows weigh 8+8+8+8+4+4 = 40; 20 + 45 + 30 + 10 = 105 ≠ 100"),
    ("hb-dawu-kehoufuwu-2021", 4, "average_mismatch",
     "平均满意度95.97%", "平均满意度95.79%", "平均满意度95.79%",
     "prose, （四）项目效益情况",
     "(96.2 + 94.6 + 97.1) / 3 = 95.97%, stated 95.79%"),
    ("hb-dawu-kehoufuwu-2021", 5, "conflicting_values",
     "全年预算620万元", "全年预算602万元", "全年预算602万元",
     "prose, （一）项目决策情况",
     "全年预算 is 620.00万元 in （二）资金情况 (300.00 + 320.00) and in the 自评表; here 602万元"),
    ("hb-dawu-kehoufuwu-2021", 6, "completion_mismatch",
     "31510人  105.03%", "31510人  105.30%", "31510人  105.30%",
     "自评表, row 秋季学期参加学生",
     "31510 / 30000 = 105.03%, the 完成率 cell prints 105.30%"),
    # ---- 灌阳县 2022 (web page copy, tab-separated rows) ----
    ("gx-guanyang-kehoufuwu-2022", 1, "rate_mismatch",
     "预算执行率97.16%", "预算执行率97.61%", "预算执行率97.61%",
     "prose, 二、资金使用及管理情况",
     "362.02 / 372.60 = 97.16%, stated 97.61%"),
    ("gx-guanyang-kehoufuwu-2022", 2, "implausible_rate",
     "乡镇学校参与率90.8%", "乡镇学校参与率908%", "乡镇学校参与率908%",
     "prose, （四）效益情况",
     "a participation rate of 908% is impossible (decimal point dropped from 90.8%)"),
    ("gx-guanyang-kehoufuwu-2022", 3, "sum_mismatch",
     "县级配套资金210.00万元", "县级配套资金201.00万元", "县级配套资金201.00万元",
     "prose, （二）资金基本情况",
     "当年财政拨款360.00万元 = 自治区150.00 + 县级201.00 = 351.00 ≠ 360.00"),
    ("gx-guanyang-kehoufuwu-2022", 4, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "prose, 七、其他需要说明的问题",
     "项目得分98.08分 is in the 优 band, stated 良"),
    ("gx-guanyang-kehoufuwu-2022", 5, "average_mismatch",
     "平均参与率92.90%", "平均参与率92.09%", "平均参与率92.09%",
     "prose, （四）效益情况",
     "(91.2 + 94.6) / 2 = 92.90%, stated 92.09%"),
    ("gx-guanyang-kehoufuwu-2022", 6, "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "prose, 二、资金使用及管理情况",
     "the 2022 report states its spending as of 2021年12月31日"),
    # ---- 内乡县教育局 2024 部门整体 (PDF copy with page footers) ----
    ("ha-neixiang-jiaoyuju-bumen-2024", 1, "balance_mismatch",
     "年末结转结余891.84万元", "年末结转结余819.84万元", "年末结转结余819.84万元",
     "prose, （二）预算执行情况",
     "41,208.66 − 40,316.82 = 891.84万元 (also 8,748.41 − 7,856.57), stated 819.84"),
    ("ha-neixiang-jiaoyuju-bumen-2024", 2, "score_sum_mismatch",
     "为97.78分", "为97.87分", "为97.87分",
     "prose, （一）自评结论",
     "9.78 + 49.5 + 28.5 + 10 = 97.78 (the 合计 row), the text states 97.87"),
    ("ha-neixiang-jiaoyuju-bumen-2024", 3, "score_exceeds_weight",
     "5  5\n财务管理规范性  规范  基本规范  —  5  4.5",
     "5  5.5\n财务管理规范性  规范  基本规范  —  5  4",
     "资产管理规范性  规范  规范  —  5  5.5",
     "自评表, rows 资产管理规范性 / 财务管理规范性",
     "资产管理规范性 scores 5.5 against a weight of 5 (the next row lowered from 4.5 to 4, so the totals still add up)"),
    ("ha-neixiang-jiaoyuju-bumen-2024", 4, "unit_mismatch",
     "9,577,000元", "9,577,000万元", "9,577,000万元",
     "prose, （三）重点项目",
     "100元 × 95,770人·学期 = 9,577,000元 = 957.70万元; written 9,577,000万元 (off by 10^4)"),
    ("ha-neixiang-jiaoyuju-bumen-2024", 5, "completion_mismatch",
     "95770人·学期    104.10%", "95770人·学期    101.40%", "95770人·学期    101.40%",
     "自评表, row 参加课后服务学生",
     "95770 / 92000 = 104.10%, the 完成率 cell prints 101.40%"),
    ("ha-neixiang-jiaoyuju-bumen-2024", 6, "weight_sum_mismatch",
     "基本健全    —    15    13.5", "基本健全    —    16    13.5", "基本健全    —    16    13.5",
     "自评表, row 教育资源均衡配置机制",
     "weights now total 101 (效益 15 + 16 = 31 against the stated 30)"),
    # ---- 南江县 2025 (Sichuan table, Word copy, tab-separated rows) ----
    ("sc-nanjiang-kehoufuwu-2025", 1, "score_exceeds_weight",
     "10\t\n\t\t\t资金使用规范性\t定性\t规范\t\t基本规范\t5\t4.5",
     "10.5\t\n\t\t\t资金使用规范性\t定性\t规范\t\t基本规范\t5\t4",
     "课后服务安全责任事故\t=\t0\t起\t0\t10\t10.5",
     "自评表, rows 课后服务安全责任事故 / 资金使用规范性",
     "得分10.5 above 分值10 (the next row lowered from 4.5 to 4, so the total still reads 97.75)"),
    ("sc-nanjiang-kehoufuwu-2025", 2, "implausible_rate",
     "单位资金\t0.00\t0.00\t0.00\t—\t—", "单位资金\t0.00\t0.00\t0.00\t—\t100%",
     "单位资金\t0.00\t0.00\t0.00\t—\t100%",
     "自评表, funds row 单位资金",
     "an execution rate of 100% on a zero budget; the cell must read —"),
    ("sc-nanjiang-kehoufuwu-2025", 3, "conflicting_values",
     "项目资金458.00万元", "项目资金485.00万元", "项目资金485.00万元",
     "prose, （一）评价结论",
     "全年预算 is 458.00万元 (436.00 + 22.00; 自评表 年度资金总额), the conclusion says 485.00万元"),
    ("sc-nanjiang-kehoufuwu-2025", 4, "completion_mismatch",
     "的103.20%", "的102.30%", "（≥50,000人·学期）的102.30%",
     "prose, （一）项目完成情况",
     "51,600 / 50,000 = 103.20%, stated 102.30%"),
    ("sc-nanjiang-kehoufuwu-2025", 5, "rate_mismatch",
     "412.80\t—\t97.82%", "412.80\t—\t97.28%", "412.80\t—\t97.28%",
     "自评表, funds row 财政资金",
     "412.80 / 422.00 = 97.82%, the 执行率 cell prints 97.28%"),
    ("sc-nanjiang-kehoufuwu-2025", 6, "unit_mismatch",
     "下达财政资金422.00万元", "下达财政资金422.00元", "下达财政资金422.00元",
     "prose, 1.资金到位",
     "422.00万元 written as 422.00元 (off by 10^4): the 到位率100% and the 422.00万元 budget only hold in 万元"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, old, new, value, where, expl) in [e for e in EDITS if e[0] == pid]:
            if clean.count(old) != 1:
                sys.exit(f"{pid}-e{n}: old occurs {clean.count(old)} times in the clean draft: {old!r}")
            case = clean.replace(old, new)
            if case.count(value) != 1:
                sys.exit(f"{pid}-e{n}: value occurs {case.count(value)} times: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
