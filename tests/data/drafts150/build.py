#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts150 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft;
one edit per error case. Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yuncheng-cityclean-2022",
    "xiangcheng-streetlight-2020",
    "ningguo-wastesort-2023",
    "miluo-greening-2024",
    "guanghan-roadrepair-2021",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 郓城县 城区环卫保洁 2022 (web page, tab-separated table)
    ("yuncheng-cityclean-2022", 1, "rate_mismatch", "prose",
     "执行1243.56万元，执行率96.40%", "执行1243.56万元，执行率96.04%",
     "执行率96.04%",
     "当年财政拨款 executed 1243.56 of 1290.00 = 96.40%, stated 96.04% (digits transposed)"),
    ("yuncheng-cityclean-2022", 2, "sum_mismatch", "prose",
     "公厕保洁管理费121.36万元", "公厕保洁管理费112.36万元",
     "公厕保洁管理费112.36万元",
     "1086.40 + 112.36 + 89.80 = 1288.56, but the parts are given for 实际支出1297.56万元 (121.36 typed as 112.36)"),
    ("yuncheng-cityclean-2022", 3, "score_exceeds_weight", "table",
     "10\t9.84\t个别标段背街小巷保洁不到位，已扣减服务费\n产出指标\t时效指标\t生活垃圾日产日清率\t100%\t100%\t5\t5",
     "10\t5\t个别标段背街小巷保洁不到位，已扣减服务费\n产出指标\t时效指标\t生活垃圾日产日清率\t100%\t100%\t5\t9.84",
     "生活垃圾日产日清率\t100%\t100%\t5\t9.84",
     "the 得分 cells of two adjacent rows are swapped: 日产日清率 now scores 9.84 against 分值 5 (total still 97.09)"),
    ("yuncheng-cityclean-2022", 4, "implausible_rate", "table",
     "≥90%\t92.3%\t10", "≥90%\t923%\t10",
     "923%",
     "satisfaction 923% is above 100% (decimal point dropped from 92.3%)"),
    ("yuncheng-cityclean-2022", 5, "average_mismatch", "prose",
     "93.6%、93.4%，平均93.5%", "96.3%、93.4%，平均93.5%",
     "94.2%、92.8%、96.3%、93.4%，平均93.5%",
     "(94.2 + 92.8 + 96.3 + 93.4) / 4 = 94.175, stated 平均93.5% (93.6 typed as 96.3)"),
    ("yuncheng-cityclean-2022", 6, "completion_mismatch", "prose",
     "完成年度目标的103%", "完成年度目标的130%",
     "完成年度目标的130%",
     "412万平方米 against the target 400万平方米 is 103%, stated 130%"),

    # ---- 项城市 城区路灯维护 2020 (PDF copy, one tab-indented cell per line)
    ("xiangcheng-streetlight-2020", 1, "grade_mismatch", "prose",
     "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”",
     "total 89.99 is below 90: the band is 良, not 优"),
    ("xiangcheng-streetlight-2020", 2, "implausible_rate", "table",
     "\t上年结转资金\n\t0\n\t0\n\t0\n\t—", "\t上年结转资金\n\t0\n\t0\n\t0\n\t100%",
     "\t0\n\t100%",
     "执行率 100% printed for 上年结转资金 whose budget and spending are 0: a rate on a zero base"),
    ("xiangcheng-streetlight-2020", 3, "completion_mismatch", "table",
     "\t103.56%", "\t103.65%",
     "103.65%",
     "路灯设施日常维护数量 18640盏 / ≥18000盏 = 103.56%, stated 103.65%"),
    ("xiangcheng-streetlight-2020", 4, "average_mismatch", "prose",
     "月均156起", "月均165起",
     "月均165起",
     "1872起 over 12 months = 156 a month, stated 165"),
    ("xiangcheng-streetlight-2020", 5, "conflicting_values", "prose",
     "全年对城区18640盏路灯", "全年对城区18460盏路灯",
     "18460盏",
     "the lights maintained are 18640盏 in 项目概况 and in the 自评表 (completion 103.56%), 18460盏 here"),
    ("xiangcheng-streetlight-2020", 6, "balance_mismatch", "table",
     "\t56.86\n", "\t58.66\n",
     "58.66",
     "资金结余 (5)=(3)-(4) = 368.50 - 311.64 = 56.86, the table prints 58.66"),

    # ---- 宁国市 生活垃圾分类 2023 (web copy, one cell per line, merged cells dropped)
    ("ningguo-wastesort-2023", 1, "sum_mismatch", "table",
     "宣传及积分兑换\n60.00\n45.02", "宣传及积分兑换\n66.00\n45.02",
     "宣传及积分兑换\n66.00",
     "budget column: 160.00 + 216.00 + 66.00 + 84.00 = 526.00, 合计 520.00"),
    ("ningguo-wastesort-2023", 2, "score_exceeds_weight", "table",
     "120名\n120名\n5\n5\n无\n\n质量指标\n居民分类投放准确率\n≥70%\n58.8%\n10\n8.4",
     "120名\n120名\n5\n8.4\n无\n\n质量指标\n居民分类投放准确率\n≥70%\n58.8%\n10\n5",
     "120名\n120名\n5\n8.4",
     "scores of two adjacent rows swapped: 配备垃圾分类督导员 scores 8.4 against 分值 5 (total still 89.68)"),
    ("ningguo-wastesort-2023", 3, "average_mismatch", "prose",
     "河沥溪街道57.4%", "河沥溪街道54.7%",
     "河沥溪街道54.7%、南山街道57.8%，三个街道平均58.8%",
     "(61.2 + 54.7 + 57.8) / 3 = 57.9, stated 平均58.8%"),
    ("ningguo-wastesort-2023", 4, "weight_sum_mismatch", "table",
     "96%\n5\n4.8", "96%\n10\n4.8",
     "96%\n10\n4.8",
     "有害垃圾规范收运及时率 分值 typed 10 instead of 5: the 分值 column adds up to 105"),
    ("ningguo-wastesort-2023", 5, "unit_mismatch", "prose",
     "宣传及积分兑换45.02万元", "宣传及积分兑换450200万元",
     "450200万元",
     "450200元 written with the unit 万元: the table gives 45.02万元 and the spending adds up only with 45.02"),
    ("ningguo-wastesort-2023", 6, "completion_mismatch", "prose",
     "完成年度目标的80%", "完成年度目标的88%",
     "完成年度目标的88%",
     "176个 against the target 220个 is 80%, stated 88%"),

    # ---- 汨罗市 园林绿化养护 2024 (Hunan outline, pdftotext-style space-aligned table)
    ("miluo-greening-2024", 1, "rate_mismatch", "table",
     "75.15%", "75.51%",
     "75.51%",
     "当年财政拨款 709.76 / 944.40 = 75.15%, the table prints 75.51%"),
    ("miluo-greening-2024", 2, "grade_mismatch", "prose",
     "评价等级为“中”", "评价等级为“良”",
     "评价等级为“良”",
     "total 78.95 is in the 60-80 band (中), not 良"),
    ("miluo-greening-2024", 3, "year_mismatch", "prose",
     "已申请结转至2025年使用", "已申请结转至2024年使用",
     "结转至2024年",
     "the balance of the 2024 budget is carried to 2024 itself; it must go to 2025"),
    ("miluo-greening-2024", 4, "score_sum_mismatch", "table",
     "100    78.95", "100    79.85",
     "79.85",
     "the row scores add up to 78.95 (also the total in the text); the table total reads 79.85"),
    ("miluo-greening-2024", 5, "weight_sum_mismatch", "table",
     "4.2万株            5      5", "4.2万株            10     5",
     "4.2万株            10     5",
     "行道树养护 分值 typed 10 instead of 5: 分值 add up to 105 (产出 50 against 45)"),
    ("miluo-greening-2024", 6, "balance_mismatch", "prose",
     "年末结余234.64万元", "年末结余243.64万元",
     "结余243.64万元",
     "980.00 - 745.36 = 234.64, stated 243.64"),

    # ---- 广汉市 市政道路维修 2021 (Sichuan outline, pipe table with 指标性质/度量单位)
    ("guanghan-roadrepair-2021", 1, "conflicting_values", "prose",
     "更换检查井盖1460套。", "更换检查井盖1640套。",
     "更换检查井盖1640套",
     "the 自评表 gives 1460套 twice (实际完成情况 and the indicator row), the text 1640套"),
    ("guanghan-roadrepair-2021", 2, "unit_mismatch", "prose",
     "其中沥青路面修补256.30万元", "其中沥青路面修补2563000万元",
     "沥青路面修补2563000万元",
     "2563000元 written as 万元: the parts add up to 438.72万元 only with 256.30万元"),
    ("guanghan-roadrepair-2021", 3, "year_mismatch", "table",
     "项目支出绩效自评表\n（2021年度）", "项目支出绩效自评表\n（2020年度）",
     "（2020年度）",
     "the 自评表 is headed 2020年度 in a 2021 report"),
    ("guanghan-roadrepair-2021", 4, "score_sum_mismatch", "table",
     "| 10 | 9.56 | 施工影响出行", "| 10 | 9.65 | 施工影响出行",
     "9.65 | 施工影响出行\n总分 |  |  |  |  |  |  | 100 | 98.31",
     "with the satisfaction score 9.65 the rows add up to 98.40 (indicators 88.65), stated 98.31 / 88.56"),
    ("guanghan-roadrepair-2021", 5, "unit_mismatch", "table",
     "| 万平方米 | 1.8 | 10 | 9 |", "| 万平方米 | 90% | 10 | 9 |",
     "万平方米 | 90% | 10 | 9",
     "实际完成值 90% against an indicator in 万平方米 (target 2): completion cannot be computed"),
    ("guanghan-roadrepair-2021", 6, "balance_mismatch", "prose",
     "结余11.28万元", "结余12.18万元",
     "结余12.18万元",
     "450.00 - 438.72 = 11.28, stated 12.18"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{src}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
