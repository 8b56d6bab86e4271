#!/usr/bin/env python3
"""Build the n110 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement applied to the clean draft of its project;
`old` must occur exactly once in the clean draft, and `value` (the label) must occur in
the resulting case.  Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "junan-jiuyebuzhu-2021",
    "raoyang-peixunbutie-2019",
    "luyi-gongyigangwei-2023",
    "gaomi-chuangyetiexi-2024",
    "ruzhou-shebaobutie-2018",
]

# (project, code, old, new, value, explanation)
EDITS = {
    "junan-jiuyebuzhu-2021": [
        ("rate_mismatch",
         "支出528.76万元，执行率90.17%", "支出528.76万元，执行率90.71%",
         "执行率90.71%",
         "职业培训补贴 528.76 / 586.40 = 90.17%, stated 90.71% (digits transposed)"),
        ("sum_mismatch",
         "农村转移劳动力就业技能培训1937人次", "农村转移劳动力就业技能培训1973人次",
         "农村转移劳动力就业技能培训1973人次",
         "1852 + 1973 + 537 = 4362人次, but the total is 4326人次"),
        ("average_mismatch",
         "人均补贴4157.37元", "人均补贴4175.37元",
         "人均补贴4175.37元",
         "社会保险补贴 612.38万元 / 1473人 = 4157.37元, stated 4175.37元"),
        ("grade_mismatch",
         "评价等级为“优秀”", "评价等级为“良好”",
         "评价等级为“良好”",
         "total 99.27 is in the 优 band (90–100), stated 良好"),
        ("year_mismatch",
         "截至2021年12月31日", "截至2020年12月31日",
         "截至2020年12月31日",
         "2021 report: the year's spending 2031.47万元 is dated to the end of 2020"),
        ("conflicting_values",
         "全年实现城镇新增就业5436人", "全年实现城镇新增就业5346人",
         "城镇新增就业5346人",
         "城镇新增就业 is 5436人 in 二（二）, the goal table and the 自评表; the conclusion says 5346人"),
    ],
    "raoyang-peixunbutie-2019": [
        ("balance_mismatch",
         "年末结余22.15万元", "年末结余22.51万元",
         "22.51万元",
         "到位 318.60 − 支出 296.45 = 22.15万元, stated 22.51万元"),
        ("score_sum_mismatch",
         "384人\t96.00%\t5\t4.8\t", "384人\t96.00%\t5\t4.3\t",
         "96.00%\t5\t4.3",
         "row scores now add to 97.60 (产出 49.3) while the table total and the text say 98.10 (产出 49.8)"),
        ("weight_sum_mismatch",
         "培训机构资质审核合格率\t100%\t100%\t100%\t5\t5", "培训机构资质审核合格率\t100%\t100%\t100%\t6\t5",
         "培训机构资质审核合格率\t100%\t100%\t100%\t6",
         "weights now add to 101 (产出 51) against the 总分 100"),
        ("completion_mismatch",
         "386人\t110.29%", "386人\t110.92%",
         "110.92%",
         "386 / 350 = 110.29%, stated 110.92%"),
        ("unit_mismatch",
         "人均培训补贴1226.01元", "人均培训补贴1226.01万元",
         "1226.01万元",
         "296.45万元 / 2418人 = 1226.01元; the per-person figure is labelled 万元 (off by 10^4; table says 1226.01元)"),
        ("implausible_rate",
         "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%\t—",
         "0.00\t—\t100%",
         "execution rate 100% printed for the 上年结转资金 row whose budget is 0.00 (rate on a zero base)"),
    ],
    "luyi-gongyigangwei-2023": [
        ("score_exceeds_weight",
         "91.67%\t96.49%\t5\t4.82\t2月份人员信息比对延迟，已建立月度比对机制\n"
         "产出指标\t成本指标\t乡村公益性岗位人均年补贴\t≤8400元\t7979.57元\t100%\t10\t10",
         "91.67%\t96.49%\t5\t10\t2月份人员信息比对延迟，已建立月度比对机制\n"
         "产出指标\t成本指标\t乡村公益性岗位人均年补贴\t≤8400元\t7979.57元\t100%\t10\t4.82",
         "96.49%\t5\t10",
         "补贴按月发放及时率 scores 10 against a weight of 5 (scores of two adjacent rows swapped; totals unchanged)"),
        ("average_mismatch",
         "安置61.58人", "安置61.85人",
         "安置61.85人",
         "1478人 / 24个乡镇（街道） = 61.58人, stated 61.85人"),
        ("sum_mismatch",
         "水利设施管护\t218", "水利设施管护\t281",
         "水利设施管护\t281",
         "512 + 364 + 281 + 156 + 128 + 100 = 1541, 合计 says 1478"),
        ("rate_mismatch",
         "支出693.28万元，执行率97.37%", "支出693.28万元，执行率97.73%",
         "执行率97.73%",
         "城镇公益性岗位补贴 693.28 / 712.00 = 97.37%, stated 97.73%"),
        ("unit_mismatch",
         "零就业家庭动态清零率\t100%\t100%", "零就业家庭动态清零率\t100%\t0户",
         "100%\t0户",
         "target is a percentage (100%), actual is a count of households (0户)"),
        ("completion_mismatch",
         "96.2%\t106.89%", "96.2%\t106.98%",
         "106.98%",
         "上岗人员满意度 96.2 / 90 = 106.89%, stated 106.98%"),
    ],
    "gaomi-chuangyetiexi-2024": [
        ("conflicting_values",
         "累计带动就业3416人", "累计带动就业3146人",
         "累计带动就业3146人",
         "带动就业 is 3416人 in 二（二） and the 自评表; the conclusion says 3146人"),
        ("balance_mismatch",
         "全年结余14.32万元", "全年结余14.23万元",
         "14.23万元",
         "486.25 − 471.93 = 14.32万元, stated 14.23万元"),
        ("grade_mismatch",
         "评价等级为“优”", "评价等级为“良”",
         "评价等级为“良”",
         "total 99.46 is in the 优 band, stated 良"),
        ("weight_sum_mismatch",
         "贷款逾期率\t≤2%\t0.86%\t5\t5", "贷款逾期率\t≤2%\t0.86%\t10\t5",
         "0.86%\t10",
         "weights now add to 105 (产出 55) against the 总分 100"),
        ("year_mismatch",
         "截至2024年12月31日", "截至2023年12月31日",
         "截至2023年12月31日",
         "2024 report: the year's execution 471.93万元 is dated to the end of 2023"),
        ("implausible_rate",
         "≥90%\t96.5%\t10\t10", "≥90%\t965%\t10\t10",
         "965%",
         "satisfaction 965% is above 100% (decimal point dropped from 96.5%)"),
    ],
    "ruzhou-shebaobutie-2018": [
        ("score_sum_mismatch",
         "总分\t\t\t\t\t100\t97.46", "总分\t\t\t\t\t100\t97.64",
         "100\t97.64",
         "execution 9.66 + indicator scores 87.80 = 97.46, table total says 97.64"),
        ("score_exceeds_weight",
         "96家\t5\t4.8\t部分企业缴费不满6个月，不符合申领条件\n"
         "\t质量指标\t补贴对象身份核验准确率\t100%\t100%\t10\t10",
         "96家\t5\t10\t部分企业缴费不满6个月，不符合申领条件\n"
         "\t质量指标\t补贴对象身份核验准确率\t100%\t100%\t10\t4.8",
         "96家\t5\t10",
         "补贴企业户数 scores 10 against a weight of 5 (scores of two adjacent rows swapped; total unchanged)"),
        ("average_mismatch",
         "人均补贴2286.35元", "人均补贴2268.35元",
         "人均补贴2268.35元",
         "3,987,400元 / 1744人 = 2286.35元, stated 2268.35元"),
        ("rate_mismatch",
         "预算218.00万元，执行率95.98%", "预算218.00万元，执行率95.89%",
         "执行率95.89%",
         "灵活就业人员社会保险补贴 209.24 / 218.00 = 95.98%, stated 95.89%"),
        ("sum_mismatch",
         "公益性岗位人员社会保险补贴\t428\t", "公益性岗位人员社会保险补贴\t482\t",
         "公益性岗位人员社会保险补贴\t482",
         "1046 + 482 + 213 + 57 = 1798, 合计 says 1744"),
        ("unit_mismatch",
         "社会保险补贴19.97万元", "社会保险补贴199700万元",
         "199700万元",
         "the 199,700元 of the table is written as 199700万元; with 19.97万元 the parts add to 398.74万元"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, (code, old, new, value, expl) in enumerate(EDITS[pid], 1):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid} e{i}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{pid} e{i}: value not in case: {value!r}")
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
