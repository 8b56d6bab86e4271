#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every clean draft lives in cases/<id>-clean.txt (written by hand). Each entry of EDITS below
turns one clean draft into one error case by replacing `old` (which must occur exactly once in
the clean draft) with `new`. `value` is the label: an exact substring of the error case that
contains the changed figure. `where` says whether the slip sits in prose or in a table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-houma-ranqiguanwang-2021",
    "sc-shehong-ranqigaizao-2023",
    "hn-liling-guanwangpucha-2022",
    "jx-gaoan-zhujianju-bumen-2024",
    "hb-yicheng-guanxianpucha-2020",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- sx-houma-ranqiguanwang-2021 (Shanxi layout, amounts in 元) ----
    ("sx-houma-ranqiguanwang-2021", 1, "implausible_rate", "table",
     "\t75.00\n\t100\n\t0\n\t100\n\n\t预算执行率(%)",
     "\t75.00\n\t100\n\t100\n\t100\n\n\t预算执行率(%)",
     "75.00\n\t100\n\t100\n\t100",
     "funds table row 预算到位率 (6)=(3)/(2), column 上年结转资金: budget and receipts are both empty (0), "
     "yet the rate reads 100; a rate on a zero base is not possible (the clean draft prints 0)"),
    ("sx-houma-ranqiguanwang-2021", 2, "rate_mismatch", "table",
     "\t94.67\n", "\t94.76\n", "94.76",
     "funds table row 预算执行率 (7)=(4)/(2), column 小计: 6,235,086.40 / 6,586,400.00 = 94.67%, stated 94.76"),
    ("sx-houma-ranqiguanwang-2021", 3, "balance_mismatch", "table",
     "\t128,163.60\n", "\t128,613.60\n", "128,613.60",
     "funds table row 资金结余 (5)=(3)-(4), column 县区级: 1,286,400.00 - 1,158,236.40 = 128,163.60, stated 128,613.60"),
    ("sx-houma-ranqiguanwang-2021", 4, "completion_mismatch", "table",
     "\t105.57%\n", "\t105.75%\n", "105.75%",
     "附件1 受益居民户数: actual 5912户 / target ≥5600户 = 105.57%, stated 105.75%"),
    ("sx-houma-ranqiguanwang-2021", 5, "sum_mismatch", "prose",
     "管网普查探测及数据建库支出2,036,370.00元",
     "管网普查探测及数据建库支出2,063,370.00元",
     "2,063,370.00元",
     "全年共支出6,635,086.40元，其中 2,063,370.00 + 4,598,716.40 = 6,662,086.40 (the clean part is 2,036,370.00)"),
    ("sx-houma-ranqiguanwang-2021", 6, "year_mismatch", "prose",
     "已按规定结转至2022年继续用于本项目", "已按规定结转至2021年继续用于本项目",
     "结转至2021年",
     "the unspent money of the 2021 budget is carried over to 2021 itself; a carry-over must go to a later year (2022)"),

    # ---- sc-shehong-ranqigaizao-2023 (Sichuan outline, web-page copy, 万元) ----
    ("sc-shehong-ranqigaizao-2023", 1, "average_mismatch", "prose",
     "平均每个片区7.45公里", "平均每个片区7.54公里", "平均每个片区7.54公里",
     "(8.15 + 7.6 + 6.6) / 3 = 7.45公里, stated 7.54"),
    ("sc-shehong-ranqigaizao-2023", 2, "score_exceeds_weight", "table",
     "\t10\t9\t巡检制度已建立，考核办法待完善\n满意度指标\t服务对象满意度指标\t改造小区居民满意度\t≥\t90\t%\t95.3\t5\t5\t",
     "\t10\t8\t巡检制度已建立，考核办法待完善\n满意度指标\t服务对象满意度指标\t改造小区居民满意度\t≥\t90\t%\t95.3\t5\t6\t",
     "95.3\t5\t6",
     "改造小区居民满意度: score 6 above its weight 5 (the qualitative row above was lowered 9 -> 8, so the total still reads 98.14)"),
    ("sc-shehong-ranqigaizao-2023", 3, "conflicting_values", "prose",
     "项目惠及居民7,640户", "项目惠及居民7,460户", "惠及居民7,460户",
     "the prose gives 7,460户 for 惠及居民户数 while the 自评表 row (scored 9.55 = 10 x 7640/8000) gives 7640户"),
    ("sc-shehong-ranqigaizao-2023", 4, "unit_mismatch", "prose",
     "按每户1,200元的标准补助", "按每户1,200万元的标准补助", "每户1,200万元",
     "3150户 x 1,200元 = 378.00万元; the per-household standard written in 万元 is off by 10^4"),
    ("sc-shehong-ranqigaizao-2023", 5, "rate_mismatch", "prose",
     "财政资金执行率94.62%", "财政资金执行率96.42%", "财政资金执行率96.42%",
     "财政资金 1,247.62 / 1,318.50 = 94.62%, stated 96.42%"),
    ("sc-shehong-ranqigaizao-2023", 6, "weight_sum_mismatch", "table",
     "22.35\t20\t20", "22.35\t25\t20", "22.35\t25\t20",
     "indicator weights now add up to 95 (+10 for budget execution = 105); the 更新改造长度 weight reads 25 instead of 20"),

    # ---- hn-liling-guanwangpucha-2022 (Hunan outline, MOF 附件1 as PDF text) ----
    ("hn-liling-guanwangpucha-2022", 1, "sum_mismatch", "table",
     "其他资金 0.00 0.00 0.00", "其他资金 0.00 5.00 0.00", "其他资金 0.00 5.00",
     "全年预算数 column: 700.00 + 45.00 + 5.00 = 750.00, but 年度资金总额 reads 745.00"),
    ("hn-liling-guanwangpucha-2022", 2, "score_sum_mismatch", "table",
     "已建立，运行初期 10 9 ", "已建立，运行初期 10 9.5 ", "已建立，运行初期 10 9.5",
     "row scores now add up to 98.43 (9.43+15+9.5+10+5+10+10+10+9.5+10) while 总分 reads 97.93"),
    ("hn-liling-guanwangpucha-2022", 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "97.93 is in the 优 band (90-100), not 良"),
    ("hn-liling-guanwangpucha-2022", 4, "balance_mismatch", "prose",
     "年末未支付资金42.64万元", "年末未支付资金46.24万元", "年末未支付资金46.24万元",
     "全年预算 745.00 - 全年执行 702.36 = 42.64万元, stated 46.24万元"),
    ("hn-liling-guanwangpucha-2022", 5, "unit_mismatch", "table",
     "≥240处 228处", "≥240处 95%", "≥240处 95%",
     "燃气管道隐患整治点位: target counted in 处, actual written as a percentage; completion cannot be computed"),
    ("hn-liling-guanwangpucha-2022", 6, "completion_mismatch", "prose",
     "完成年度目标的103.17%", "完成年度目标的101.37%", "完成年度目标的101.37%",
     "1,186.5公里 / 1150公里 = 103.17%, stated 101.37%"),

    # ---- jx-gaoan-zhujianju-bumen-2024 (部门整体支出, web-page copy) ----
    ("jx-gaoan-zhujianju-bumen-2024", 1, "average_mismatch", "prose",
     "4个项目平均自评得分94.75分", "4个项目平均自评得分95.75分", "平均自评得分95.75分",
     "(95 + 92 + 98 + 94) / 4 = 94.75, stated 95.75"),
    ("jx-gaoan-zhujianju-bumen-2024", 2, "rate_mismatch", "prose",
     "控制率85.70%", "控制率87.50%", "控制率87.50%",
     "“三公”经费 15.94 / 18.60 = 85.70%, stated 87.50%"),
    ("jx-gaoan-zhujianju-bumen-2024", 3, "sum_mismatch", "table",
     "城镇燃气安全专项整治\t300.00", "城镇燃气安全专项整治\t350.00", "城镇燃气安全专项整治\t350.00",
     "年初预算 column: 420.00 + 820.00 + 350.00 + 510.13 = 2,100.13, but 合计 reads 2,050.13"),
    ("jx-gaoan-zhujianju-bumen-2024", 4, "implausible_rate", "prose",
     "燃气用户满意度96.2%", "燃气用户满意度106.2%", "燃气用户满意度106.2%",
     "a satisfaction rate cannot exceed 100%"),
    ("jx-gaoan-zhujianju-bumen-2024", 5, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "93.50 is in the 优 band (90-100), not 良"),
    ("jx-gaoan-zhujianju-bumen-2024", 6, "weight_sum_mismatch", "table",
     "预算编制\t7\t6", "预算编制\t9\t6", "预算编制\t9\t6",
     "weights now add up to 102 (8+9+10+5+5+15+30+10+10) while 合计 reads 100"),

    # ---- hb-yicheng-guanxianpucha-2020 (Hubei-style table, execution worth 20) ----
    ("hb-yicheng-guanxianpucha-2020", 1, "completion_mismatch", "table",
     "9.8公里 103.16%", "9.8公里 103.61%", "103.61%",
     "改造燃气管网长度: 9.8公里 / ≥9.5公里 = 103.16%, stated 103.61%"),
    ("hb-yicheng-guanxianpucha-2020", 2, "score_exceeds_weight", "table",
     "101.58% 8 8\n产出指标 时效指标 普查工作周期 ≤10个月 11个月 90.91% 5 4.55",
     "101.58% 8 9\n产出指标 时效指标 普查工作周期 ≤10个月 11个月 90.91% 5 3.55",
     "101.58% 8 9",
     "成果数据质检合格率: score 9 above its weight 8 (the next row was lowered 4.55 -> 3.55, so the block and the total still read 34.55 / 97.96)"),
    ("hb-yicheng-guanxianpucha-2020", 3, "unit_mismatch", "table",
     "≤10个月 11个月", "≤10个月 2020年11月", "≤10个月 2020年11月",
     "普查工作周期: target is a duration in months, actual written as a calendar month; completion cannot be computed"),
    ("hb-yicheng-guanxianpucha-2020", 4, "score_sum_mismatch", "table",
     "92.31% 8 7.38", "92.31% 8 7.83", "92.31% 8 7.83",
     "row scores now add up to 98.41 while 合计 (and the text) read 97.96"),
    ("hb-yicheng-guanxianpucha-2020", 5, "conflicting_values", "prose",
     "全年完成普查管线436.8公里", "全年完成普查管线463.8公里", "完成普查管线463.8公里",
     "the prose gives 463.8公里 for the pipelines surveyed, the 自评表 row gives 436.8公里 (with 完成率 104.00% = 436.8/420)"),
    ("hb-yicheng-guanxianpucha-2020", 6, "year_mismatch", "prose",
     "已按规定结转至2021年支付", "已按规定结转至2020年支付", "结转至2020年",
     "the balance of the 2020 budget is carried over to 2020 itself; a carry-over must go to a later year"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old text occurs {cnt} times in the clean draft")
            err = clean.replace(old, new)
            if value not in err:
                raise SystemExit(f"{pid}-e{n}: label value not in the error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(err)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with errors)")


if __name__ == "__main__":
    main()
