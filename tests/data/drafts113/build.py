#!/usr/bin/env python3
"""Build the n113 error cases and labels.jsonl from the five clean drafts.

Every edit is an exact old -> new replacement that must occur exactly once in the clean
draft; one edit makes one error case. The label `value` must occur in the resulting case
(it contains the changed figure). Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "changshan-huyouyuanqu-2019",
    "gutian-daqiaozhen-2020",
    "xuwen-boluoyuan-2022",
    "panan-xinwo-2023",
    "yingde-yinghongzhen-2025",
]

# (source, suffix, code, old, new, value, explanation)
EDITS = [
    # ---- 常山县胡柚省级现代农业园区 2019 (Zhejiang; funds block carries the 10 points) ----
    ("changshan-huyouyuanqu-2019", "e1", "rate_mismatch",
     "| 150.00 | 141.36 | 94.24% |", "| 150.00 | 141.36 | 92.44% |",
     "141.36 | 92.44%",
     "太公山村 sub-project: 141.36 / 150.00 = 94.24%; the table row says 92.44% (digits swapped)"),
    ("changshan-huyouyuanqu-2019", "e2", "year_mismatch",
     "已按规定结转2020年继续使用", "已按规定结转2019年继续使用",
     "结转2019年继续使用",
     "the unspent 53.64万元 of the 2019 budget is carried over to 2019 itself; it must go to a later year (2020)"),
    ("changshan-huyouyuanqu-2019", "e3", "average_mismatch",
     "3010公斤、2920公斤、3100公斤和2970公斤，平均亩产2970公斤",
     "3010公斤、2290公斤、3100公斤和2970公斤，平均亩产2970公斤",
     "2290公斤、3100公斤和2970公斤，平均亩产2970公斤",
     "five sampled yields 2850, 3010, 2290, 3100, 2970 average 2844公斤, stated 2970 (2920 mistyped as 2290)"),
    ("changshan-huyouyuanqu-2019", "e4", "sum_mismatch",
     "| 230.00 | 230.00 | 100.00% | 660.00 |", "| 230.00 | 230.00 | 100.00% | 606.00 |",
     "100.00% | 606.00",
     "带动社会投资 column: 606.00 + 410.00 + 1520.00 + 610.00 = 3146.00, 合计 row says 3200.00"),
    ("changshan-huyouyuanqu-2019", "e5", "grade_mismatch",
     "自评等级为“优”", "自评等级为“良”",
     "自评等级为“良”",
     "total 98.93 lies in the 优 band (>= 90); the report grades it 良"),
    ("changshan-huyouyuanqu-2019", "e6", "unit_mismatch",
     "| ≥900亩 | 900亩 | 10 | 10 |", "| ≥900亩 | 100% | 10 | 10 |",
     "≥900亩 | 100%",
     "target in 亩, actual written as a percentage: completion cannot be computed"),

    # ---- 古田县大桥镇食用菌农业产业强镇 2020 (Fujian; web page copy) ----
    ("gutian-daqiaozhen-2020", "e1", "implausible_rate",
     "银耳晾晒场（已取消） | 0.00 | 0.00 | — |", "银耳晾晒场（已取消） | 0.00 | 0.00 | 100.00% |",
     "（已取消） | 0.00 | 0.00 | 100.00%",
     "cancelled sub-project with 0.00 budget and 0.00 spent is given an execution rate of 100.00% (rate on a zero base)"),
    ("gutian-daqiaozhen-2020", "e2", "conflicting_values",
     "完成标准化银耳菇房改造126间", "完成标准化银耳菇房改造162间",
     "菇房改造162间",
     "the text says 162 rooms were rebuilt; the sub-project table, the cost sentence and the 自评表 say 126间"),
    ("gutian-daqiaozhen-2020", "e3", "balance_mismatch",
     "年末结余55.00万元", "年末结余45.00万元",
     "年末结余45.00万元",
     "全年预算 1,100.00 (all received) − 支出 1,045.00 = 55.00万元, stated 45.00"),
    ("gutian-daqiaozhen-2020", "e4", "weight_sum_mismatch",
     "| 菌渣资源化利用率 | ≥80% | 85% | 5 | 5 |", "| 菌渣资源化利用率 | ≥80% | 85% | 6 | 5 |",
     "85% | 6 | 5",
     "weights now add to 101 (10 + 50 + 31 + 10) while the 合计 row says 100; 效益 weights 10+10+6+5 = 31"),
    ("gutian-daqiaozhen-2020", "e5", "completion_mismatch",
     "完成库容1200吨，完成率80.00%", "完成库容1200吨，完成率85.00%",
     "完成率85.00%",
     "1200吨 of a 1500吨 target = 80.00%, stated 85.00%"),
    ("gutian-daqiaozhen-2020", "e6", "score_sum_mismatch",
     "| ≥90% | 94.6% | 10 | 10 | |", "| ≥90% | 94.6% | 10 | 9 | |",
     "94.6% | 10 | 9 | |\n| 合计 | 合计 | 合计 | 合计 | 合计 | 100 | 97.39 |",
     "satisfaction row lowered to 9 but the total was not updated: 9.50 + 47.89 + 30 + 9 = 96.39, stated 97.39"),

    # ---- 徐闻县菠萝省级现代农业产业园 2022 (Guangdong; PDF copy, 执行率 row inside the indicator table) ----
    ("xuwen-boluoyuan-2022", "e1", "unit_mismatch",
     "5,200,000元补助资金", "5,200,000万元补助资金",
     "5,200,000万元",
     "曲界合作社 subsidy is 520.00万元 in the table (= 5,200,000元); written as 5,200,000万元, off by 10^4"),
    ("xuwen-boluoyuan-2022", "e2", "completion_mismatch",
     "完成年度目标的92.59%", "完成年度目标的95.29%",
     "目标的95.29%",
     "完工率 83.33% against a >=90% target = 92.59% of target, stated 95.29%"),
    ("xuwen-boluoyuan-2022", "e3", "rate_mismatch",
     "| 310.00 | 287.40 | 92.71% |", "| 310.00 | 287.40 | 97.21% |",
     "287.40 | 97.21%",
     "南山村 sub-project: 287.40 / 310.00 = 92.71%, stated 97.21%"),
    ("xuwen-boluoyuan-2022", "e4", "score_exceeds_weight",
     "| ≥20期 | 16期 | 5 | 4 | 台风天气取消部分班次，2023年错峰安排 |\n"
     "| 产出指标 | 质量指标 | 菠萝优质果率 | ≥85% | 88% | 10 | 10 |",
     "| ≥20期 | 16期 | 5 | 10 | 台风天气取消部分班次，2023年错峰安排 |\n"
     "| 产出指标 | 质量指标 | 菠萝优质果率 | ≥85% | 88% | 10 | 4 |",
     "16期 | 5 | 10",
     "scores of two adjacent rows swapped: 技术培训 now scores 10 against a weight of 5 (total unchanged)"),
    ("xuwen-boluoyuan-2022", "e5", "sum_mismatch",
     "合作社及农户投入2,380.00万元", "合作社及农户投入2,830.00万元",
     "合作社及农户投入2,830.00万元",
     "3,570.00 + 2,830.00 + 450.00 = 6,850.00, but the total social investment is 6,400.00万元"),
    ("xuwen-boluoyuan-2022", "e6", "average_mismatch",
     "四镇平均亩产3.5吨", "四镇平均亩产3.6吨",
     "四镇平均亩产3.6吨",
     "(3.8 + 3.5 + 3.4 + 3.3) / 4 = 3.5吨, stated 3.6"),

    # ---- 磐安县新渥街道中药材农业产业强镇 2023 (Zhejiang; 自评表 with 小计 rows, grade 良) ----
    ("panan-xinwo-2023", "e1", "score_sum_mismatch",
     "| 效益指标 | 小计 | 小计 | 小计 | 小计 | 30 | 28 |", "| 效益指标 | 小计 | 小计 | 小计 | 小计 | 30 | 29 |",
     "小计 | 30 | 29",
     "效益 subtotal: 9 + 9 + 10 = 28, stated 29 (and 8.02 + 43 + 29 + 10 = 90.02 ≠ 总分 89.02)"),
    ("panan-xinwo-2023", "e2", "balance_mismatch",
     "实际支出144.00万元，结余16.00万元", "实际支出144.00万元，结余26.00万元",
     "结余26.00万元",
     "渥川合作社 sub-project: 160.00 − 144.00 = 16.00万元, stated 26.00"),
    ("panan-xinwo-2023", "e3", "implausible_rate",
     "| ≥90% | 95.6% | 10 | 10 |", "| ≥90% | 956% | 10 | 10 |",
     "956%",
     "satisfaction 956% is impossible (decimal point dropped from 95.6%)"),
    ("panan-xinwo-2023", "e4", "grade_mismatch",
     "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”",
     "total 89.02 is in the 良 band (80 <= s < 90), not 优"),
    ("panan-xinwo-2023", "e5", "year_mismatch",
     "项目支出绩效自评表\n（2023年度）", "项目支出绩效自评表\n（2022年度）",
     "（2022年度）",
     "the 自评表 is headed 2022年度 while the report and all budget figures are for 2023"),
    ("panan-xinwo-2023", "e6", "conflicting_values",
     "中药材产业产值5.4亿元，受浙贝母", "中药材产业产值4.5亿元，受浙贝母",
     "产业产值4.5亿元",
     "the text gives 4.5亿元 for the 2023 output value; the 自评表 gives 5.4亿元 (and scores 9 = 10 × 5.4/6)"),

    # ---- 英德市英红镇红茶农业产业强镇 2025 (Guangdong; web copy, 完成率 column) ----
    ("yingde-yinghongzhen-2025", "e1", "conflicting_values",
     "塘坑村完成生态茶园提质改造420亩", "塘坑村完成生态茶园提质改造402亩",
     "提质改造402亩",
     "the text says 402亩; the goal table and the 自评表 say 420亩 (and 4,285.71元/亩 = 180.00万元 / 420亩)"),
    ("yingde-yinghongzhen-2025", "e2", "weight_sum_mismatch",
     "| 游客满意度 | ≥90% | 91.5% | 101.67% | 5 | 5 |", "| 游客满意度 | ≥90% | 91.5% | 101.67% | 10 | 5 |",
     "101.67% | 10 | 5",
     "游客满意度 weight typed as 10 (the first-level weight): weights add to 105, 总分 row says 100"),
    ("yingde-yinghongzhen-2025", "e3", "rate_mismatch",
     "中央资金支出983.26万元，执行率98.33%", "中央资金支出983.26万元，执行率98.83%",
     "执行率98.83%",
     "中央资金 983.26 / 1,000.00 = 98.33%, stated 98.83%"),
    ("yingde-yinghongzhen-2025", "e4", "unit_mismatch",
     "| 2025年11月30日前 | 2025年11月20日 |", "| 2025年11月30日前 | 100% |",
     "2025年11月30日前 | 100%",
     "target is a completion date, actual written as a percentage"),
    ("yingde-yinghongzhen-2025", "e5", "score_exceeds_weight",
     "| 420亩 | 105.00% | 10 | 10 | |\n"
     "| 产出指标 | 数量指标 | 新建红茶自动化加工生产线 | ≥1条 | 1条 | 100.00% | 5 | 5 |",
     "| 420亩 | 105.00% | 10 | 5 | |\n"
     "| 产出指标 | 数量指标 | 新建红茶自动化加工生产线 | ≥1条 | 1条 | 100.00% | 5 | 10 |",
     "1条 | 100.00% | 5 | 10",
     "scores of two adjacent rows swapped: 加工生产线 scores 10 against a weight of 5 (output subtotal unchanged)"),
    ("yingde-yinghongzhen-2025", "e6", "completion_mismatch",
     "| 46万人次 | 92.00% |", "| 46万人次 | 95.00% |",
     "46万人次 | 95.00%",
     "46 / 50万人次 = 92.00%, 完成率 column says 95.00%"),
]


def main():
    labels = []
    by_source = {s: [] for s in SOURCES}
    for e in EDITS:
        by_source[e[0]].append(e)
    ok = True
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (_, suffix, code, old, new, value, expl) in sorted(by_source[src], key=lambda x: x[1]):
            n = clean.count(old)
            if n != 1:
                print(f"{src}-{suffix}: old text occurs {n} times", file=sys.stderr)
                ok = False
                continue
            text = clean.replace(old, new, 1)
            if value not in text:
                print(f"{src}-{suffix}: value not in case: {value!r}", file=sys.stderr)
                ok = False
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if not ok:
        sys.exit(1)
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
