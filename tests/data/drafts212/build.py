#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts212 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean
draft; the result is written to cases/<source>-e<n>.txt. `value` is the exact substring of
the error case that carries the injected error (the scorer accepts a finding whose span
overlaps any occurrence of it). `where` says whether the slip sits in prose or in a table.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ah-wangjiang-yanghu-2018",
    "gs-zhangjiachuan-weiqiao-2023",
    "gd-longchuan-fanghu-2020",
    "hb-nanzhang-yunshu-2021",
    "xj-wusu-zhichao-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 望江县 农村公路养护 2018 (MOF table + prose) ----
    ("ah-wangjiang-yanghu-2018", 1, "rate_mismatch", "prose",
     "县级配套资金支出216.88万元，支出率93.48%",
     "县级配套资金支出216.88万元，支出率93.84%",
     "支出率93.84%",
     "216.88 / 232.00 = 93.48%, stated 93.84% (digits swapped)"),
    ("ah-wangjiang-yanghu-2018", 2, "balance_mismatch", "prose",
     "年末结余15.12万元",
     "年末结余15.21万元",
     "年末结余15.21万元",
     "全年预算(=到位) 686.40 - 执行 671.28 = 15.12, stated 15.21"),
    ("ah-wangjiang-yanghu-2018", 3, "sum_mismatch", "table",
     "其中：当年财政拨款｜580.00｜618.40｜603.28｜",
     "其中：当年财政拨款｜580.00｜618.40｜630.28｜",
     "671.28｜10｜97.80%｜9.78\n其中：当年财政拨款｜580.00｜618.40｜630.28",
     "执行 column: 630.28 + 40.00 + 28.00 = 698.28, but 年度资金总额 executed 671.28 (should be 603.28 = 386.40 + 216.88)"),
    ("ah-wangjiang-yanghu-2018", 4, "weight_sum_mismatch", "table",
     "个别村道管护人员不稳定｜10｜8｜",
     "个别村道管护人员不稳定｜12｜8｜",
     "个别村道管护人员不稳定｜12｜8｜部分达成，将完善村级管护考核\n满意度指标｜服务对象满意度指标｜沿线群众满意度｜≥90%｜88%｜10｜9.78｜村道病害修补不及时，将实行限时修复\n总分｜｜｜｜｜100",
     "分值 column now totals 102 (10 + 50 + 32 + 10) against the stated 100"),
    ("ah-wangjiang-yanghu-2018", 5, "grade_mismatch", "table",
     "自评等级｜优",
     "自评等级｜良",
     "自评等级｜良",
     "total 97.56 is in the 优 band (>= 90), table grade says 良"),
    ("ah-wangjiang-yanghu-2018", 6, "completion_mismatch", "prose",
     "满意度为88%，为年度指标值的97.78%",
     "满意度为88%，为年度指标值的97.87%",
     "年度指标值的97.87%",
     "actual 88% / target 90% = 97.78%, stated 97.87%"),

    # ---- 张家川县 危桥改造 2023 (bridge table + indicator table with 完成率) ----
    ("gs-zhangjiachuan-weiqiao-2023", 1, "average_mismatch", "prose",
     "5座桥梁平均投资253.60万元",
     "5座桥梁平均投资235.60万元",
     "平均投资235.60万元",
     "(412 + 276 + 198 + 214 + 168) / 5 = 1268.00 / 5 = 253.60, stated 235.60"),
    ("gs-zhangjiachuan-weiqiao-2023", 2, "sum_mismatch", "table",
     "加固改造｜62｜198.00｜178.20",
     "加固改造｜62｜198.00｜187.20",
     "187.20\n4｜长宁桥｜Y203线｜拆除重建｜36｜214.00｜192.60\n5｜庙川桥｜C517线｜加固改造｜40｜168.00｜144.96\n合计｜｜｜｜272｜1268.00｜1132.46",
     "已支付 column: 368.30 + 248.40 + 187.20 + 192.60 + 144.96 = 1141.46, 合计 says 1132.46"),
    ("gs-zhangjiachuan-weiqiao-2023", 3, "completion_mismatch", "table",
     "3.46万人｜108.13%",
     "3.46万人｜101.83%",
     "3.46万人｜101.83%",
     "3.46 / 3.2 = 108.13%, 完成率 column says 101.83%"),
    ("gs-zhangjiachuan-weiqiao-2023", 4, "unit_mismatch", "table",
     "完成危桥改造数量｜≥5座｜5座｜",
     "完成危桥改造数量｜≥5座｜100%｜",
     "≥5座｜100%",
     "target counted in 座, actual given as a percentage"),
    ("gs-zhangjiachuan-weiqiao-2023", 5, "year_mismatch", "prose",
     "已按规定结转至2024年",
     "已按规定结转至2023年",
     "结转至2023年",
     "money unspent in the 2023 evaluation year cannot be carried over into 2023 itself (should be 2024)"),
    ("gs-zhangjiachuan-weiqiao-2023", 6, "grade_mismatch", "table",
     "评价等级｜优",
     "评价等级｜良",
     "评价等级｜良",
     "合计 98.93 is in the 优 band, table says 良"),

    # ---- 龙川县 公路安全生命防护工程 2020 (web copy, MOF table as 附件) ----
    ("gd-longchuan-fanghu-2020", 1, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%",
     "执行率 100.00% printed on a zero budget (其他资金 0.00 / 0.00)"),
    ("gd-longchuan-fanghu-2020", 2, "score_exceeds_weight", "table",
     "39260米｜8｜8｜—\n产出指标｜数量指标｜新设及更换标志标牌｜≥650块｜688块｜6｜6｜",
     "39260米｜6｜8｜—\n产出指标｜数量指标｜新设及更换标志标牌｜≥650块｜688块｜8｜6｜",
     "39260米｜6｜8",
     "weights of two adjacent rows swapped: 新增波形护栏 now 分值 6 with 得分 8 (totals unchanged)"),
    ("gd-longchuan-fanghu-2020", 3, "conflicting_values", "table",
     "126.8公里｜10｜10｜",
     "128.6公里｜10｜10｜",
     "128.6公里",
     "table gives 128.6公里 implemented, the text 126.8公里 (and 872.34 / 126.8 = 6.88万元/公里, 105.67%)"),
    ("gd-longchuan-fanghu-2020", 4, "unit_mismatch", "prose",
     "波形护栏支出612.48万元",
     "波形护栏支出6124800万元",
     "6124800万元",
     "the 元 figure 6124800 labelled 万元: parts no longer add to 872.34 unless rescaled by 10^4 (612.48万元)"),
    ("gd-longchuan-fanghu-2020", 5, "year_mismatch", "prose",
     "截至2020年12月31日，项目累计支出",
     "截至2021年12月31日，项目累计支出",
     "截至2021年12月31日",
     "spending of the 2020 evaluation year dated to the end of 2021 (report itself published 2021-06)"),
    ("gd-longchuan-fanghu-2020", 6, "rate_mismatch", "prose",
     "当年财政拨款执行835.84万元，执行率98.33%",
     "当年财政拨款执行835.84万元，执行率98.03%",
     "执行率98.03%",
     "835.84 / 850.00 = 98.33%, stated 98.03%"),

    # ---- 南漳县 道路运输服务中心 部门整体 2021 ----
    ("hb-nanzhang-yunshu-2021", 1, "average_mismatch", "table",
     "平均得分｜｜｜｜｜95.55｜优",
     "平均得分｜｜｜｜｜95.05｜优",
     "95.05",
     "(98.50 + 96.20 + 92.40 + 95.10) / 4 = 95.55, stated 95.05"),
    ("hb-nanzhang-yunshu-2021", 2, "weight_sum_mismatch", "table",
     "168.4万人次｜10｜9.36｜",
     "168.4万人次｜12｜9.36｜",
     "168.4万人次｜12｜9.36｜受疫情影响客流下降\n效益指标｜社会效益指标｜较大及以上道路运输安全事故｜0起｜0起｜10｜10｜—\n效益指标｜可持续影响指标｜城乡交通运输一体化发展水平｜保持4A级｜保持4A级｜10｜10｜—\n满意度指标｜服务对象满意度指标｜乘客满意度｜≥90%｜92.3%｜10｜10｜—\n合计｜｜｜｜｜100",
     "分值 column now totals 102 against 合计 100"),
    ("hb-nanzhang-yunshu-2021", 3, "score_sum_mismatch", "table",
     "92.3%｜10｜10｜—\n合计｜｜｜｜｜100｜99.14｜",
     "92.3%｜10｜9｜—\n合计｜｜｜｜｜100｜99.14｜",
     "92.3%｜10｜9｜—\n合计｜｜｜｜｜100｜99.14",
     "row scores now add to 98.14 (9.78 + 50 + 29.36 + 9), 合计 and text say 99.14"),
    ("hb-nanzhang-yunshu-2021", 4, "conflicting_values", "prose",
     "全年农村客运发送旅客168.4万人次",
     "全年农村客运发送旅客186.4万人次",
     "186.4万人次",
     "text gives 186.4万人次, the 自评表 168.4万人次 (scored 9.36 = 10 x 168.4 / 180)"),
    ("hb-nanzhang-yunshu-2021", 5, "balance_mismatch", "prose",
     "收支相抵，年末结转34.54万元",
     "收支相抵，年末结转43.54万元",
     "结转43.54万元",
     "1536.72 - 1502.18 = 34.54 (项目 894.36 - 859.82 = 34.54), stated 43.54"),
    ("hb-nanzhang-yunshu-2021", 6, "sum_mismatch", "table",
     "其中：人员经费｜560.00｜",
     "其中：人员经费｜506.00｜",
     "基本支出｜626.40｜642.36｜642.36｜100.00%\n其中：人员经费｜506.00",
     "年初预算 column: 506.00 + 66.40 = 572.40, 基本支出 says 626.40"),

    # ---- 乌苏市 治超站运行 2024 (prose only) ----
    ("xj-wusu-zhichao-2024", 1, "implausible_rate", "prose",
     "称重检测设备完好率99.5%",
     "称重检测设备完好率995%",
     "完好率995%",
     "decimal point dropped: an equipment availability rate of 995% is impossible"),
    ("xj-wusu-zhichao-2024", 2, "score_exceeds_weight", "prose",
     "该项分值10分，得10分；卸载转运超限货物3480吨，完成率77.33%，该项分值8分",
     "该项分值8分，得10分；卸载转运超限货物3480吨，完成率77.33%，该项分值10分",
     "该项分值8分，得10分",
     "weights of two neighbouring items swapped: 查处超限超载车辆 scored 10 out of 8"),
    ("xj-wusu-zhichao-2024", 3, "unit_mismatch", "prose",
     "月均劳务费5500元",
     "月均劳务费5500万元",
     "5500万元",
     "18 x 5500元 x 12 = 118.80万元; a monthly fee of 5500万元 is off by 10^4"),
    ("xj-wusu-zhichao-2024", 4, "score_sum_mismatch", "prose",
     "绩效自评得分86.64分",
     "绩效自评得分86.46分",
     "86.46分",
     "7.24 + 43.19 + 26.54 + 9.67 = 86.64, stated 86.46"),
    ("xj-wusu-zhichao-2024", 5, "grade_mismatch", "prose",
     "评价等级为良",
     "评价等级为优",
     "评价等级为优",
     "86.64 is in the 良 band (80 <= s < 90)"),
    ("xj-wusu-zhichao-2024", 6, "completion_mismatch", "prose",
     "卸载转运超限货物3480吨，完成率77.33%",
     "卸载转运超限货物3480吨，完成率73.33%",
     "完成率73.33%",
     "3480 / 4500 = 77.33%, stated 73.33%"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old text matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
