#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts292 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the
clean draft; the result is written as cases/<id>-e<n>.txt and labelled with one
expected finding whose `value` is a short substring of the error case that
contains the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ah-guzhen-gongshuiyitihua-2022",
    "sn-jingyang-shuichangtibiao-2020",
    "gd-xinxing-guanwangloushun-2023",
    "jl-panshi-ercigongshui-2018",
    "sc-jingyan-shuizhijiance-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 固镇县 (Anhui) 2022 城乡供水一体化 --------------------------------------
    ("ah-guzhen-gongshuiyitihua-2022", 1, "sum_mismatch", "table",
     "其中：当年财政拨款｜2400.00｜", "其中：当年财政拨款｜2440.00｜",
     "2440.00",
     "年初预算数 column: 2440.00 + 270.00 + 0.00 = 2710.00, but 年度资金总额 年初 reads 2670.00 (component was 2400.00)"),
    ("ah-guzhen-gongshuiyitihua-2022", 2, "completion_mismatch", "prose",
     "完成年度目标的104.11%", "完成年度目标的101.41%",
     "完成年度目标的101.41%",
     "192.6公里 / 185公里 = 104.11%, stated 101.41%"),
    ("ah-guzhen-gongshuiyitihua-2022", 3, "score_sum_mismatch", "table",
     "4.35万人｜10｜10｜", "4.35万人｜10｜9｜",
     "4.35万人｜10｜9",
     "row scores now add to 9.48 + 49 + 28 + 10 = 96.48 while 总分 (table and text) reads 97.48; 效益 rows 28 vs 效益指标得分29分 in the text"),
    ("ah-guzhen-gongshuiyitihua-2022", 4, "year_mismatch", "prose",
     "已按规定结转至2023年使用", "已按规定结转至2022年使用",
     "结转至2022年",
     "money unspent in the 2022 report is carried over to 2022 itself; must be a later year (2023)"),
    ("ah-guzhen-gongshuiyitihua-2022", 5, "average_mismatch", "prose",
     "平均0.44NTU", "平均0.46NTU",
     "平均0.46NTU",
     "(0.42 + 0.38 + 0.52) / 3 = 0.44NTU, stated 0.46NTU"),
    ("ah-guzhen-gongshuiyitihua-2022", 6, "implausible_rate", "table",
     "｜≥90%｜93.5%｜", "｜≥90%｜103.5%｜",
     "103.5%",
     "受益群众满意度 103.5%: a satisfaction rate cannot exceed 100%"),

    # --- 泾阳县 (Shaanxi) 2020 水厂提标改造 --------------------------------------
    ("sn-jingyang-shuichangtibiao-2020", 1, "rate_mismatch", "table",
     "｜702.60｜—｜92.45%｜", "｜702.60｜—｜92.54%｜",
     "92.54%",
     "当年财政拨款 row: 702.60 / 760.00 = 92.45%, stated 92.54%"),
    ("sn-jingyang-shuichangtibiao-2020", 2, "score_exceeds_weight", "table",
     "｜5｜3｜设备到货延迟\n产出指标｜成本指标｜工程投资控制数｜≤860万元｜792.60万元｜10｜10｜",
     "｜10｜3｜设备到货延迟\n产出指标｜成本指标｜工程投资控制数｜≤860万元｜792.60万元｜5｜10｜",
     "792.60万元｜5｜10",
     "分值 cells of the 时效 and 成本 rows swapped: 成本 row scores 10 against a weight of 5 (weights still total 100, scores 95.00)"),
    ("sn-jingyang-shuichangtibiao-2020", 3, "weight_sum_mismatch", "table",
     "改造V型滤池｜≥4座｜4座｜5｜5｜", "改造V型滤池｜≥4座｜4座｜6｜5｜",
     "4座｜6｜5",
     "分值 now add to 101 (产出 rows 51 instead of 50) while 合计 reads 100"),
    ("sn-jingyang-shuichangtibiao-2020", 4, "unit_mismatch", "table",
     "｜≤0.5NTU｜0.21NTU｜", "｜≤0.5NTU｜0.21mg/L｜",
     "0.21mg/L",
     "出厂水浊度 target in NTU, actual written in mg/L: completion cannot be computed"),
    ("sn-jingyang-shuichangtibiao-2020", 5, "balance_mismatch", "prose",
     "结余67.40万元", "结余76.40万元",
     "结余76.40万元",
     "860.00 − 792.60 = 67.40万元, stated 76.40万元"),
    ("sn-jingyang-shuichangtibiao-2020", 6, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "综合得分95.00分 is in the 优 band (90–100), stated 良好"),

    # --- 新兴县 (Guangdong) 2023 管网漏损治理, prose only -------------------------
    ("gd-xinxing-guanwangloushun-2023", 1, "conflicting_values", "prose",
     "年初预算1250万元仅", "年初预算1520万元仅",
     "年初预算1520万元",
     "the same 年初预算 is 1250.00万元 in 资金安排 (800.00 + 450.00; 1250.00 + 180.00 = 1430.00)"),
    ("gd-xinxing-guanwangloushun-2023", 2, "completion_mismatch", "prose",
     "探测修复漏点326处，完成率108.67%", "探测修复漏点326处，完成率106.87%",
     "完成率106.87%",
     "326处 / 300处 = 108.67%, stated 106.87%"),
    ("gd-xinxing-guanwangloushun-2023", 3, "balance_mismatch", "prose",
     "结余143.65万元", "结余134.65万元",
     "结余134.65万元",
     "到位 1430.00 − 支出 1286.35 = 143.65万元, stated 134.65万元"),
    ("gd-xinxing-guanwangloushun-2023", 4, "implausible_rate", "prose",
     "满意率为97.6%", "满意率为107.6%",
     "满意率为107.6%",
     "a satisfaction rate (停水通知及时性) cannot exceed 100%"),
    ("gd-xinxing-guanwangloushun-2023", 5, "score_sum_mismatch", "prose",
     "自评总得分98.84分", "自评总得分98.48分",
     "98.48分",
     "9.00 + 50 + 30 + 9.84 = 98.84, stated total 98.48"),
    ("gd-xinxing-guanwangloushun-2023", 6, "unit_mismatch", "prose",
     "县级资金630.00万元", "县级资金6300000万元",
     "6300000万元",
     "the county share 630万元 written as its 元 amount with the unit 万元 (800.00 + 630.00 = 1430.00; 450.00 + 180.00 = 630.00): off by 10^4"),

    # --- 磐石市 (Jilin) 2018 二次供水设施改造 -------------------------------------
    ("jl-panshi-ercigongshui-2018", 1, "weight_sum_mismatch", "table",
     "覆盖老旧小区｜≥24个｜25个｜5｜5｜", "覆盖老旧小区｜≥24个｜25个｜10｜5｜",
     "25个｜10｜5",
     "分值 now add to 105 (产出 rows 55) while 合计 reads 100"),
    ("jl-panshi-ercigongshui-2018", 2, "score_exceeds_weight", "table",
     "2018年10月12日｜5｜5｜\n产出指标｜成本指标｜单座泵房平均改造成本｜≤35万元｜34.30万元｜10｜10｜",
     "2018年10月12日｜5｜10｜\n产出指标｜成本指标｜单座泵房平均改造成本｜≤35万元｜34.30万元｜10｜5｜",
     "2018年10月12日｜5｜10",
     "得分 cells of the 时效 and 成本 rows swapped: 时效 row scores 10 against a weight of 5 (total still 98.46)"),
    ("jl-panshi-ercigongshui-2018", 3, "grade_mismatch", "table",
     "评价等级：优", "评价等级：良",
     "评价等级：良",
     "合计 98.46 is in the 优 band, table states 良"),
    ("jl-panshi-ercigongshui-2018", 4, "year_mismatch", "table",
     "项目支出绩效自评表（2018年度）", "项目支出绩效自评表（2019年度）",
     "（2019年度）",
     "the self-evaluation table claims 2019 while the report and its funds are for 2018"),
    ("jl-panshi-ercigongshui-2018", 5, "average_mismatch", "prose",
     "平均0.286MPa", "平均0.268MPa",
     "平均0.268MPa",
     "(0.26 + 0.29 + 0.31 + 0.27 + 0.30) / 5 = 0.286MPa, stated 0.268MPa"),
    ("jl-panshi-ercigongshui-2018", 6, "conflicting_values", "prose",
     "改造后惠及居民9340户", "改造后惠及居民9430户",
     "惠及居民9430户",
     "受益居民户数 is 9340户 in the 自评表"),

    # --- 井研县 (Sichuan) 2024 水质检测中心 部门整体 -------------------------------
    ("sc-jingyan-shuizhijiance-2024", 1, "sum_mismatch", "table",
     "项目支出｜87.80｜", "项目支出｜78.80｜",
     "项目支出｜78.80",
     "年初预算数 column: 基本支出 198.60 + 项目支出 78.80 = 277.40, but 年度资金总额 年初 reads 286.40 (was 87.80)"),
    ("sc-jingyan-shuizhijiance-2024", 2, "unit_mismatch", "table",
     "｜元｜652｜5｜5｜", "｜元｜95.88%｜5｜5｜",
     "95.88%",
     "单份水样检测成本: target 680 元, actual given as a percentage (652/680)"),
    ("sc-jingyan-shuizhijiance-2024", 3, "score_sum_mismatch", "table",
     "｜85｜5｜4.25｜", "｜85｜5｜4.52｜",
     "85｜5｜4.52",
     "row scores now add to 88.22 while 合计 and 评价结论 read 87.95"),
    ("sc-jingyan-shuizhijiance-2024", 4, "grade_mismatch", "table",
     "评价等级：良", "评价等级：优",
     "评价等级：优",
     "自评得分87.95分 is in the 良 band (80–90), table states 优"),
    ("sc-jingyan-shuizhijiance-2024", 5, "rate_mismatch", "prose",
     "财政拨款支出283.48万元，执行率96.83%", "财政拨款支出283.48万元，执行率98.63%",
     "执行率98.63%",
     "财政拨款 283.48 / 292.75 = 96.83%, stated 98.63%"),
    ("sc-jingyan-shuizhijiance-2024", 6, "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日",
     "the 2024 department report gives its annual spending as of 2023-12-31"),
]


def main():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in sorted(by_project[pid], key=lambda x: x[1]):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid}-e{n}: old text matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid}-e{n}: value {value!r} not in error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with errors)")


if __name__ == "__main__":
    main()
