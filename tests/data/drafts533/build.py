#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts533 from the clean drafts and the edit list.

Each edit is exact: `old` must occur exactly once in the clean draft; it is replaced by `new`.
`value` (the label value) must occur exactly once in the resulting case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gs-tongwei-renchuyinshui-2019",
    "sc-meigu-renchuyinshui-2021",
    "yn-xundian-renchuyinshui-2022",
    "gx-fengshan-shuiliju-bumen-2023",
    "hb-zhushan-renchuyinshui-2025",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 通渭 2019
    ("gs-tongwei-renchuyinshui-2019", 1, "rate_mismatch", "prose, 二 资金使用情况",
     "预算执行率98.14%。", "预算执行率98.41%。", "预算执行率98.41%",
     "1821.87 / 1856.40 = 98.14%, stated 98.41% (table 1 and the 自评表 keep 98.14%)"),
    ("gs-tongwei-renchuyinshui-2019", 2, "implausible_rate", "table 1, 市级资金 row",
     "市级资金\t0.00\t0.00\t0.00\t0.00\t0.00\t—", "市级资金\t0.00\t0.00\t0.00\t0.00\t0.00\t100.00%",
     "市级资金\t0.00\t0.00\t0.00\t0.00\t0.00\t100.00%",
     "execution rate 100.00% printed on a zero budget (全年预算 0.00); the clean draft prints —"),
    ("gs-tongwei-renchuyinshui-2019", 3, "sum_mismatch", "table 2, 常家河镇 row",
     "常家河镇\t5\t5462\t276.40", "常家河镇\t5\t5462\t267.40", "常家河镇\t5\t5462\t267.40",
     "township rows 386.52 + 342.18 + 298.75 + 267.40 + 268.93 + 249.09 = 1812.87, 合计 1821.87"),
    ("gs-tongwei-renchuyinshui-2019", 4, "grade_mismatch", "prose, 五 自评结论",
     "评价等级为优秀", "评价等级为良好", "自评得分99.30分，评价等级为良好",
     "99.30 lies in the 优 band (90 and above), stated 良好"),
    ("gs-tongwei-renchuyinshui-2019", 5, "year_mismatch", "prose, 二 资金使用情况",
     "结转至2020年", "结转至2019年", "已按规定结转至2019年",
     "a 2019 report carries its unspent 34.53万元 over to 2019 itself; the carry-over year must be later"),
    ("gs-tongwei-renchuyinshui-2019", 6, "completion_mismatch", "table 3, 改造配套管网 row",
     "271.5公里\t104.42%", "271.5公里\t104.24%", "≥260公里\t271.5公里\t104.24%",
     "271.5 / 260 = 104.42%, stated 104.24%"),
    # --- 美姑 2021
    ("sc-meigu-renchuyinshui-2021", 1, "balance_mismatch", "prose, 二（二）",
     "年末结余35.19万元", "年末结余53.19万元", "年末结余53.19万元",
     "到位 1465.80 - 支出 1430.61 = 35.19, stated 53.19"),
    ("sc-meigu-renchuyinshui-2021", 2, "score_sum_mismatch", "附件 自评表, 总分 row",
     "\t100\t99.04", "\t100\t99.40", "总分\t\t\t\t\t\t\t100\t99.40",
     "9.60 (funds block) + 59.44 + 30 = 99.04 (the text says 99.04), table total 99.40"),
    ("sc-meigu-renchuyinshui-2021", 3, "score_exceeds_weight", "附件 自评表, 工程验收合格率 row",
     "100\t8\t8\t\n\t时效指标\t工程按期完工率\t≥\t95\t%\t97.87\t8\t8",
     "100\t8\t9\t\n\t时效指标\t工程按期完工率\t≥\t95\t%\t97.87\t8\t7",
     "工程验收合格率\t=\t100\t%\t100\t8\t9",
     "score 9 above the weight 8 (the next row's score lowered from 8 to 7 in the same edit, so the total still reads 99.04)"),
    ("sc-meigu-renchuyinshui-2021", 4, "weight_sum_mismatch", "附件 自评表, 新建集中供水工程 row",
     "新建集中供水工程\t≥\t9\t处\t9\t12\t12", "新建集中供水工程\t≥\t9\t处\t9\t15\t12",
     "新建集中供水工程\t≥\t9\t处\t9\t15",
     "weights 10 + (15 + 12 + 12 + 8 + 8 + 8) + (10 + 10 + 10) = 103, stated 总分 100"),
    ("sc-meigu-renchuyinshui-2021", 5, "average_mismatch", "prose, 二（二）",
     "户均2,848.69元", "户均2,884.69元", "户均2,884.69元",
     "1430.61万元 / 5,022户 = 2,848.69元, stated 2,884.69"),
    ("sc-meigu-renchuyinshui-2021", 6, "unit_mismatch", "附件 自评表, 铺设输配水管道 row",
     "公里\t176.4\t12", "公里\t95.35%\t12", "铺设输配水管道\t≥\t185\t公里\t95.35%",
     "target 185 with 度量单位 公里, actual written as a percentage 95.35%"),
    # --- 寻甸 2022
    ("yn-xundian-renchuyinshui-2022", 1, "conflicting_values", "prose, 一 基本情况",
     "全年预算资金1,315.60万元", "全年预算资金1,351.60万元", "全年预算资金1,351.60万元",
     "the same 全年预算 is 1,315.60万元 in table 1 (合计) and the sources add to 1315.60; the opening says 1,351.60"),
    ("yn-xundian-renchuyinshui-2022", 2, "unit_mismatch", "prose, after table 2",
     "功山镇投资232.51万元", "功山镇投资2325100万元", "功山镇投资2325100万元",
     "功山镇 232.51万元 in table 2 (2,325,100元) written with the unit 万元: off by 10^4"),
    ("yn-xundian-renchuyinshui-2022", 3, "rate_mismatch", "prose, 二 资金到位及使用情况",
     "资金到位率95.90%", "资金到位率95.09%", "资金到位率95.09%",
     "1261.60 / 1315.60 = 95.90%, stated 95.09% (table 1 keeps 95.90%)"),
    ("yn-xundian-renchuyinshui-2022", 4, "average_mismatch", "prose, after table 2",
     "人均投入408.39元", "人均投入480.39元", "受益人口人均投入480.39元",
     "1236.12万元 / 30,268人 = 408.39元, stated 480.39"),
    ("yn-xundian-renchuyinshui-2022", 5, "completion_mismatch", "table 3, 更换老化管网 row",
     "113.6公里\t94.67%", "113.6公里\t96.47%", "≥120公里\t113.6公里\t96.47%",
     "113.6 / 120 = 94.67%, stated 96.47%"),
    ("yn-xundian-renchuyinshui-2022", 6, "implausible_rate", "table 3, 受益群众满意度 row",
     "92.6%\t102.89%", "102.6%\t114.00%", "受益群众满意度\t≥90%\t102.6%\t114.00%",
     "satisfaction 102.6% is above 100% (its completion 114.00% = 102.6 / 90 is consistent, the score stays 10)"),
    # --- 凤山 2023 部门整体
    ("gx-fengshan-shuiliju-bumen-2023", 1, "sum_mismatch", "table 1, 一般公共预算财政拨款 row",
     "一般公共预算财政拨款\t986.52", "一般公共预算财政拨款\t968.52", "一般公共预算财政拨款\t968.52",
     "年初预算 column 968.52 + 60.00 + 0.00 + 0.00 = 1028.52, 合计 1046.52"),
    ("gx-fengshan-shuiliju-bumen-2023", 2, "balance_mismatch", "prose, 二（二）",
     "年末结转结余51.89万元", "年末结转结余15.89万元", "年末结转结余15.89万元",
     "全年预算 2064.42 - 全年支出 2012.53 = 51.89, stated 15.89"),
    ("gx-fengshan-shuiliju-bumen-2023", 3, "grade_mismatch", "prose, 五 自评结论",
     "评价等级为良好", "评价等级为优秀", "自评得分89.65分，评价等级为优秀",
     "89.65 is below 90: 良 band, stated 优秀"),
    ("gx-fengshan-shuiliju-bumen-2023", 4, "weight_sum_mismatch", "table 3, 河湖巡查 row",
     "河湖巡查\t≥1200人次\t1356人次\t5\t5", "河湖巡查\t≥1200人次\t1356人次\t8\t5",
     "河湖巡查\t≥1200人次\t1356人次\t8",
     "weights 20 + (10 + 5 + 8 + 10 + 10) + 30 + 10 = 103, stated 合计 100"),
    ("gx-fengshan-shuiliju-bumen-2023", 5, "year_mismatch", "prose, 二（二）",
     "已按规定结转至2024年", "已按规定结转至2023年", "已按规定结转至2023年",
     "a 2023 report carries its 结转结余 over to 2023 itself; the carry-over year must be later"),
    ("gx-fengshan-shuiliju-bumen-2023", 6, "conflicting_values", "prose, 五 自评结论",
     "部门全年支出2,012.53万元", "部门全年支出2,102.53万元", "部门全年支出2,102.53万元",
     "全年支出 is 2,012.53万元 in table 1 and in 二（二） (612.38 + 1400.15); the conclusion says 2,102.53"),
    # --- 竹山 2025
    ("hb-zhushan-renchuyinshui-2025", 1, "score_sum_mismatch", "prose, 五 自评结论",
     "本项目自评得分96.62分", "本项目自评得分96.26分", "本项目自评得分96.26分",
     "row scores 19.23 + 38.19 + 39.20 = 96.62 (table 合计 96.62), stated 96.26"),
    ("hb-zhushan-renchuyinshui-2025", 2, "score_exceeds_weight", "table 3, 新建改造集中供水工程 row",
     "≥24处\t24处\t100.00%\t10\t10\t\n\t\t\t新建蓄水池\t≥30座\t30座\t100.00%\t5\t5",
     "≥24处\t24处\t100.00%\t10\t11\t\n\t\t\t新建蓄水池\t≥30座\t30座\t100.00%\t5\t4",
     "新建改造集中供水工程\t≥24处\t24处\t100.00%\t10\t11",
     "score 11 above the weight 10 (新建蓄水池 lowered from 5 to 4 in the same edit, so the total still reads 96.62)"),
    ("hb-zhushan-renchuyinshui-2025", 3, "rate_mismatch", "table 3, 预算执行率 row",
     "96.15%\t96.15%", "96.51%\t96.51%", "预算执行率\t100%\t96.51%\t96.51%",
     "1954.31 / 2032.46 = 96.15%, the execution row states 96.51% (table 1 and the text keep 96.15%)"),
    ("hb-zhushan-renchuyinshui-2025", 4, "average_mismatch", "prose, after table 2",
     "平均每村38.79万元", "平均每村37.89万元", "平均每村37.89万元",
     "1862.11万元 / 48村 = 38.79万元, stated 37.89"),
    ("hb-zhushan-renchuyinshui-2025", 5, "year_mismatch", "prose, 二（二）",
     "截至2025年12月31日", "截至2024年12月31日", "截至2024年12月31日",
     "the year-end figures of a 2025 report are dated 截至2024年12月31日"),
    ("hb-zhushan-renchuyinshui-2025", 6, "completion_mismatch", "table 3, 农村供水水质达标率 row",
     "93.6%\t101.74%", "93.6%\t101.47%", "≥92%\t93.6%\t101.47%",
     "93.6 / 92 = 101.74%, stated 101.47%"),
]


def main():
    # remove stale error cases
    for f in os.listdir(CASES):
        if not f.endswith("-clean.txt"):
            os.remove(os.path.join(CASES, f))
    lines = []
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        lines.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for p, n, code, where, old, new, value, expl in EDITS:
            if p != proj:
                continue
            assert clean.count(old) == 1, (p, n, old)
            text = clean.replace(old, new)
            assert text.count(value) == 1, (p, n, value)
            name = f"{proj}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            lines.append({"case": name, "source": proj, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value,
                                        "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(lines)} cases")


if __name__ == "__main__":
    main()
