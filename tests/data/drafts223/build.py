#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts223 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose ("text") or in a table ("table").
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "lijin-jujiayanglao-2022",
    "baofeng-jinglaoyuan-2020",
    "shidian-guer-2023",
    "huanren-ertongfuliyuan-2019",
    "xiangshan-gaolingjintie-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 利津县 居家养老服务补贴 2022 (Shandong) ---
    ("lijin-jujiayanglao-2022", 1, "rate_mismatch", "text",
     "预算执行率96.62%。", "预算执行率96.26%。",
     "预算执行率96.26%",
     "352.68 / 365.00 = 96.62%, the text states 96.26% (digits swapped)"),
    ("lijin-jujiayanglao-2022", 2, "balance_mismatch", "text",
     "年末结余12.32万元", "年末结余13.32万元",
     "年末结余13.32万元",
     "全年预算365.00 (all received) − 支出352.68 = 12.32, stated 13.32"),
    ("lijin-jujiayanglao-2022", 3, "score_sum_mismatch", "table",
     "逐步健全｜基本建立｜10｜8｜", "逐步健全｜基本建立｜10｜9｜",
     "基本建立｜10｜9",
     "row scores now add to 9.66 + 49.17 + 29 + 10 = 97.83, while the table total and the text say 96.83 (效益 subtotal 28)"),
    ("lijin-jujiayanglao-2022", 4, "grade_mismatch", "text",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良",
     "total 96.83 lies in the 优 band (≥ 90), not 良"),
    ("lijin-jujiayanglao-2022", 5, "average_mismatch", "text",
     "平均90.37分", "平均91.37分",
     "平均91.37分",
     "(92.5 + 88.0 + 90.6) / 3 = 90.37, stated 91.37"),
    ("lijin-jujiayanglao-2022", 6, "unit_mismatch", "table",
     "上门服务人次｜≥14万人次｜15.36万人次｜", "上门服务人次｜≥14万人次｜109.71%｜",
     "≥14万人次｜109.71%",
     "target in 万人次, actual cell holds a percentage (the completion rate pasted in): no common unit"),

    # --- 宝丰县 敬老院改造提升 2020 (Henan) ---
    ("baofeng-jinglaoyuan-2020", 1, "sum_mismatch", "text",
     "大营镇敬老院支出92.30万元", "大营镇敬老院支出93.20万元",
     "大营镇敬老院支出93.20万元",
     "93.20 + 85.16 + 61.10 = 239.46, but the three homes are the breakdown of 全年支出238.56"),
    ("baofeng-jinglaoyuan-2020", 2, "year_mismatch", "text",
     "已按合同约定结转至2021年", "已按合同约定结转至2020年",
     "结转至2020年",
     "the unspent part of the 2020 budget is carried to 2020 itself; must be a later year (2021)"),
    ("baofeng-jinglaoyuan-2020", 3, "weight_sum_mismatch", "table",
     "改造设施正常使用年限｜≥15年｜≥15年｜10｜10｜", "改造设施正常使用年限｜≥15年｜≥15年｜15｜10｜",
     "≥15年｜≥15年｜15｜10",
     "分值 now 10 + 50 + 35 + 10 = 105 instead of 100 (the 15 of 15年 typed into the weight)"),
    ("baofeng-jinglaoyuan-2020", 4, "implausible_rate", "table",
     "入住特困人员满意度｜≥90%｜93.8%｜", "入住特困人员满意度｜≥90%｜103.8%｜",
     "103.8%",
     "a satisfaction rate above 100%"),
    ("baofeng-jinglaoyuan-2020", 5, "conflicting_values", "text",
     "新增护理型床位96张，", "新增护理型床位69张，",
     "新增护理型床位69张",
     "the 自评表 gives 新增护理型床位 96张 (target ≥90张, full score); the text says 69张"),
    ("baofeng-jinglaoyuan-2020", 6, "rate_mismatch", "table",
     "中央资金｜150.00｜150.00｜150.00｜138.56｜100%｜92.37%", "中央资金｜150.00｜150.00｜150.00｜138.56｜100%｜93.27%",
     "138.56｜100%｜93.27%",
     "central funds: 138.56 / 150.00 = 92.37%, stated 93.27%"),

    # --- 施甸县 孤儿基本生活费 2023 (Yunnan, prose only) ---
    ("shidian-guer-2023", 1, "score_sum_mismatch", "text",
     "综合得分97.71分", "综合得分97.17分",
     "综合得分97.17分",
     "9.71 + 50 + 28 + 10 = 97.71, stated 97.17"),
    ("shidian-guer-2023", 2, "average_mismatch", "text",
     "季均104.40万元", "季均104.04万元",
     "季均104.04万元",
     "(104.28 + 104.28 + 104.52 + 104.52) / 4 = 104.40, stated 104.04"),
    ("shidian-guer-2023", 3, "completion_mismatch", "text",
     "为年度目标的104.00%", "为年度目标的140.00%",
     "为年度目标的140.00%",
     "312 / 300 = 104.00%, stated 140.00%"),
    ("shidian-guer-2023", 4, "unit_mismatch", "text",
     "月均86人，支出113.52万元", "月均86人，支出1135200万元",
     "1135200万元",
     "the 元 figure 1135200元 (= 113.52万元) labelled 万元; the parts add to 417.60 only after rescaling by 10^4"),
    ("shidian-guer-2023", 5, "year_mismatch", "text",
     "2023年度孤儿基本生活费全年预算430.00万元", "2022年度孤儿基本生活费全年预算430.00万元",
     "2022年度孤儿基本生活费全年预算",
     "the 2023 report gives its annual budget as the 2022 budget"),
    ("shidian-guer-2023", 6, "conflicting_values", "text",
     "全年累计发放基本生活费417.60万元", "全年累计发放基本生活费471.60万元",
     "全年累计发放基本生活费471.60万元",
     "the same year's payments are 417.60万元 in the funds section (执行率97.12% of 430.00)"),

    # --- 桓仁满族自治县儿童福利院 部门整体 2019 (Liaoning) ---
    ("huanren-ertongfuliyuan-2019", 1, "sum_mismatch", "table",
     "公用经费｜23.70｜23.70｜23.25｜", "公用经费｜27.30｜23.70｜23.25｜",
     "公用经费｜27.30",
     "年初预算: 人员经费144.70 + 公用经费27.30 = 172.00 ≠ 基本支出168.40"),
    ("huanren-ertongfuliyuan-2019", 2, "score_exceeds_weight", "table",
     "健康体检覆盖率｜100%｜100%｜10｜10｜\n产出指标｜时效指标｜康复设备采购安装完成时间｜2019年9月30日前｜2019年12月18日｜10｜6｜",
     "健康体检覆盖率｜100%｜100%｜10｜11｜\n产出指标｜时效指标｜康复设备采购安装完成时间｜2019年9月30日前｜2019年12月18日｜10｜5｜",
     "健康体检覆盖率｜100%｜100%｜10｜11",
     "score 11 above the weight 10 (the 时效 row lowered from 6 to 5 so the total still reads 90.12)"),
    ("huanren-ertongfuliyuan-2019", 3, "weight_sum_mismatch", "table",
     "部分完成｜10｜7｜", "部分完成｜8｜7｜",
     "部分完成｜8｜7",
     "分值 now add to 98, while the 合计 row says 100"),
    ("huanren-ertongfuliyuan-2019", 4, "completion_mismatch", "text",
     "完成年度目标的116.25%", "完成年度目标的106.25%",
     "完成年度目标的106.25%",
     "1860 / 1600 = 116.25%, stated 106.25%"),
    ("huanren-ertongfuliyuan-2019", 5, "implausible_rate", "text",
     "疫苗接种率达到100%", "疫苗接种率达到1000%",
     "接种率达到1000%",
     "a vaccination rate of 1000% (one zero too many)"),
    ("huanren-ertongfuliyuan-2019", 6, "grade_mismatch", "table",
     "自评等级｜优", "自评等级｜良",
     "自评等级｜良",
     "total 90.12 is ≥ 90: band 优, not 良"),

    # --- 象山县 高龄津贴 2024 (Zhejiang) ---
    ("xiangshan-gaolingjintie-2024", 1, "completion_mismatch", "table",
     "≥17000人｜17504人｜102.96%｜", "≥17000人｜17504人｜102.69%｜",
     "17504人｜102.69%",
     "17504 / 17000 = 102.96%, the 完成率 cell says 102.69%"),
    ("xiangshan-gaolingjintie-2024", 2, "score_exceeds_weight", "table",
     "99.4%｜101.43%｜10｜10｜\n效益指标｜社会效益指标｜老年人去世后未及时停发人数｜≤20人｜23人｜86.96%｜10｜8.70｜",
     "99.4%｜101.43%｜10｜10.14｜\n效益指标｜社会效益指标｜老年人去世后未及时停发人数｜≤20人｜23人｜86.96%｜10｜8.56｜",
     "101.43%｜10｜10.14",
     "score 10.14 (10 × 101.43%) above the weight 10; the next row lowered 8.70 → 8.56 so the total 98.61 still holds"),
    ("xiangshan-gaolingjintie-2024", 3, "balance_mismatch", "table",
     "1516.68｜13.32｜99.13%", "1516.68｜13.23｜99.13%",
     "1516.68｜13.23",
     "到位1530.00 − 执行1516.68 = 13.32, the 结余 cell says 13.23"),
    ("xiangshan-gaolingjintie-2024", 4, "conflicting_values", "table",
     "县级财政资金｜1480.00｜", "县级财政资金｜1840.00｜",
     "县级财政资金｜1840.00",
     "the text gives 年初预算1480.00万元 (+ 追加50.00 = 1530.00); the table's 年初预算数 says 1840.00"),
    ("xiangshan-gaolingjintie-2024", 5, "year_mismatch", "table",
     "项目名称｜高龄津贴｜年度｜2024年", "项目名称｜高龄津贴｜年度｜2023年",
     "年度｜2023年",
     "the 2024 report's 自评表 header names the year 2023"),
    ("xiangshan-gaolingjintie-2024", 6, "sum_mismatch", "text",
     "90至99周岁2146人", "90至99周岁2164人",
     "90至99周岁2164人",
     "15320 + 2164 + 38 = 17522 ≠ 月均17504名发放对象"),
]


def main():
    labels = []
    errors = 0
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            cnt = clean.count(old)
            if cnt != 1:
                print(f"ERROR {s}-e{n}: old string matches {cnt} times: {old!r}")
                errors += 1
                continue
            text = clean.replace(old, new, 1)
            if value not in text:
                print(f"ERROR {s}-e{n}: value not in case: {value!r}")
                errors += 1
            name = f"{s}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
