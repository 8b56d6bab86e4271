#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts237 from the clean drafts.

Each edit is (case suffix, code, old, new, value, explanation, where):
  old -> new is an exact replacement that must match exactly once in the clean draft;
  value is the label's exact substring of the error case (it must contain the changed figure);
  where is "table" or "prose" (documentation only).
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ha-huojia-dengbao-2022",
    "gs-zhangxian-zwww-2020",
    "zj-yunhe-dsjzx-2023",
    "yn-yangbi-shipinhuiyi-2019",
    "ln-heishan-zwyunwei-2024",
]

EDITS = {
    # ---------------- Henan, Huojia: 等级保护测评及整改 (2022) ----------------
    "ha-huojia-dengbao-2022": [
        ("e1", "rate_mismatch",
         "｜65.28｜10｜95.30%｜9.53",
         "｜65.28｜10｜93.50%｜9.53",
         "93.50%",
         "funds table: 65.28/68.50 = 95.30%, stated 93.50% (digits transposed)", "table"),
        ("e2", "weight_sum_mismatch",
         "｜≥95%｜92%｜10｜9.68｜",
         "｜≥95%｜92%｜12｜9.68｜",
         "｜92%｜12｜9.68",
         "weight of 高危漏洞整改完成率 typed 12: 产出 weights now 52 (text says 50), all weights 102", "table"),
        ("e3", "average_mismatch",
         "满意度分别为95%、92%和92%，平均满意度为93%",
         "满意度分别为95%、92%和90%，平均满意度为93%",
         "95%、92%和90%，平均满意度为93%",
         "(95 + 92 + 90)/3 = 92.33%, stated average 93%", "prose"),
        ("e4", "year_mismatch",
         "项目支出绩效自评表（2022年度）",
         "项目支出绩效自评表（2021年度）",
         "（2021年度）",
         "the attached table claims 2021 while the report and its figures are for 2022", "table"),
        ("e5", "score_sum_mismatch",
         "｜≥90%｜93%｜10｜10｜无偏差\n总分",
         "｜≥90%｜93%｜10｜9｜无偏差\n总分",
         "｜10｜9｜无偏差\n总分｜｜｜｜｜100｜98.21",
         "row scores 9.53 + 49.68 + 29 + 9 = 97.21, stated total 98.21 (satisfaction score typed 9)", "table"),
        ("e6", "unit_mismatch",
         "｜≥60项｜63项｜",
         "｜≥60项｜105%｜",
         "≥60项｜105%",
         "target counted in 项, actual written as a percentage (63/60 typed instead of 63项)", "table"),
    ],
    # ---------------- Gansu, Zhangxian: 电子政务外网运维 (2020) ----------------
    "gs-zhangxian-zwww-2020": [
        ("e1", "balance_mismatch",
         "年末结余6.44万元",
         "年末结余5.44万元",
         "结余5.44万元",
         "全年预算/到位 45.00 - 支出 38.56 = 6.44, stated 5.44", "prose"),
        ("e2", "sum_mismatch",
         "其中：当年财政拨款｜40.00｜40.00｜33.56｜",
         "其中：当年财政拨款｜40.00｜40.00｜35.56｜",
         "38.56｜10｜85.69%｜8.57\n其中：当年财政拨款｜40.00｜40.00｜35.56",
         "执行数 column: 35.56 + 5.00 + 0.00 = 40.56, total row 38.56", "table"),
        ("e3", "grade_mismatch",
         "评价等级为“良”",
         "评价等级为“优”",
         "评价等级为“优”",
         "total 82.18 is in the 良 band (80-90)", "prose"),
        ("e4", "completion_mismatch",
         "接入58家，完成率89.23%",
         "接入58家，完成率98.23%",
         "完成率98.23%",
         "58/65 = 89.23%, stated 98.23%", "prose"),
        ("e5", "score_exceeds_weight",
         "｜3小时｜10｜6.67｜偏远乡镇设立运维服务点\n产出指标｜时效指标｜运维服务合同签订时间｜2020年3月31日前｜2020年3月20日｜5｜5｜",
         "｜3小时｜10｜5｜偏远乡镇设立运维服务点\n产出指标｜时效指标｜运维服务合同签订时间｜2020年3月31日前｜2020年3月20日｜5｜6.67｜",
         "2020年3月20日｜5｜6.67",
         "scores of two adjacent rows swapped: 时效 row scores 6.67 against a weight of 5 (total unchanged)", "table"),
        ("e6", "conflicting_values",
         "｜≥65家｜58家｜",
         "｜≥65家｜56家｜",
         "≥65家｜56家",
         "table gives 56 units connected, the text 58家 (with 完成率89.23% = 58/65)", "table"),
    ],
    # ---------------- Zhejiang, Yunhe: 大数据发展中心 部门整体 (2023) ----------------
    "zj-yunhe-dsjzx-2023": [
        ("e1", "implausible_rate",
         "实际支出11.86万元，执行率98.83%",
         "实际支出12.86万元，执行率107.17%",
         "12.86万元，执行率107.17%",
         "12.86 spent of a 12.00 allocation: execution rate 107.17% is above 100%", "prose"),
        ("e2", "average_mismatch",
         "平均94.30分",
         "平均94.03分",
         "平均94.03分",
         "(100 + 95.20 + 93.60 + 88.40)/4 = 94.30, stated 94.03", "prose"),
        ("e3", "year_mismatch",
         "已按规定结转2024年继续使用",
         "已按规定结转2023年继续使用",
         "结转2023年继续使用",
         "unspent 2023 money cannot be carried over into 2023 itself", "prose"),
        ("e4", "weight_sum_mismatch",
         "｜2.5个工作日｜5｜5｜",
         "｜2.5个工作日｜6｜5｜",
         "2.5个工作日｜6｜5",
         "weight 6 instead of 5: weights total 101", "table"),
        ("e5", "conflicting_values",
         "｜≥300场｜342场｜",
         "｜≥300场｜324场｜",
         "≥300场｜324场",
         "table 324 video meetings, text 342场 (较目标多42场)", "table"),
        ("e6", "unit_mismatch",
         "｜215.60｜203.85｜94.55%",
         "｜215.60｜2038500｜94.55%",
         "2038500",
         "元 figure in a 万元 column: 2038500元 = 203.85万元 restores the 合计 1050.27 and the rate 94.55%", "table"),
    ],
    # ---------------- Yunnan, Yangbi: 视频会议系统升级改造 (2019), prose only ----------------
    "yn-yangbi-shipinhuiyi-2019": [
        ("e1", "rate_mismatch",
         "预算执行率为95.00%",
         "预算执行率为94.00%",
         "预算执行率为94.00%",
         "87.40/92.00 = 95.00%, stated 94.00%", "prose"),
        ("e2", "sum_mismatch",
         "会场音视频线路改造及安装调试16.40万元",
         "会场音视频线路改造及安装调试16.04万元",
         "项目支出87.40万元，预算执行率为95.00%。其中：高清视频会议终端11套，每套4.20万元，共46.20万元；多点控制单元（MCU）1台，24.80万元；会场音视频线路改造及安装调试16.04万元",
         "46.20 + 24.80 + 16.04 = 87.04, stated total 87.40", "prose"),
        ("e3", "score_sum_mismatch",
         "合计得29.17分",
         "合计得29.71分",
         "合计得29.71分；满意度指标10分，得10分。项目自评总分98.67分",
         "效益 parts 10 + 10 + 9.17 = 29.17, stated 29.71; 9.50 + 50 + 29.71 + 10 = 99.21 vs total 98.67", "prose"),
        ("e4", "year_mismatch",
         "截至2019年12月31日",
         "截至2018年12月31日",
         "截至2018年12月31日",
         "the 2019 spending is dated to the end of 2018", "prose"),
        ("e5", "completion_mismatch",
         "完成率121.67%",
         "完成率112.67%",
         "完成率112.67%",
         "146/120 = 121.67%, stated 112.67%", "prose"),
        ("e6", "conflicting_values",
         "使用率仅为55%",
         "使用率仅为50%",
         "使用率仅为50%",
         "section 八 says 50%, section 四 gives the same 分会场使用率 as 55% (scored 9.17 = 10 x 55/60)", "prose"),
    ],
    # ---------------- Liaoning, Heishan: 政务服务信息系统运维 (2024) ----------------
    "ln-heishan-zwyunwei-2024": [
        ("e1", "implausible_rate",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
         "execution rate 100% printed on a zero budget (上年结转 0.00)", "table"),
        ("e2", "grade_mismatch",
         "评价等级为“良”",
         "评价等级为“优”",
         "评价等级为“优”",
         "total 89.85 is below 90: 良, not 优", "prose"),
        ("e3", "completion_mismatch",
         "｜90%｜94.74%｜",
         "｜90%｜97.44%｜",
         "90%｜97.44%",
         "90/95 = 94.74%, stated 97.44%", "table"),
        ("e4", "balance_mismatch",
         "年末项目结余8.70万元",
         "年末项目结余7.80万元",
         "结余7.80万元",
         "全年预算 30.00 - 支出 21.30 = 8.70, stated 7.80", "prose"),
        ("e5", "score_exceeds_weight",
         "｜21.30万元｜100.00%｜5｜5｜\n效益指标｜社会效益指标｜政务服务事项网上可办率｜≥95%｜90%｜94.74%｜10｜9.47｜",
         "｜21.30万元｜100.00%｜5｜9.47｜\n效益指标｜社会效益指标｜政务服务事项网上可办率｜≥95%｜90%｜94.74%｜10｜5｜",
         "21.30万元｜100.00%｜5｜9.47",
         "scores of two adjacent rows swapped: 成本 row scores 9.47 against a weight of 5 (total unchanged)", "table"),
        ("e6", "sum_mismatch",
         "其中：当年财政拨款｜36.00｜30.00｜21.30｜",
         "其中：当年财政拨款｜36.00｜30.00｜23.10｜",
         "21.30｜10｜71.00%｜7.10\n其中：当年财政拨款｜36.00｜30.00｜23.10",
         "执行数 column: 23.10 + 0.00 + 0.00 = 23.10, total row 21.30", "table"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for pid in PROJECTS:
        clean = read(os.path.join(CASES, pid + "-clean.txt"))
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for suffix, code, old, new, value, expl, _where in EDITS[pid]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid}-{suffix}: value not in case: {value!r}")
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
