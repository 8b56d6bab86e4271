#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts in cases/.

Each edit: case id, number, code, list of (old, new) replacements applied to the clean text
(each `old` must occur exactly once), the labelled value (either a literal string, or a
(start_anchor, end_anchor) pair cut from the edited text), and an explanation.
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "huili-cropinsurance-2022",
    "ludian-disasterrelief-2020",
    "weining-potatoinsurance-2019",
    "jinggu-forestinsurance-2024",
    "pingchang-disasteraid-2018",
]

T = "\t"
EDITS = [
    # ---- huili-cropinsurance-2022 (Sichuan, 农业农村局, crop insurance) ----
    ("huili-cropinsurance-2022", 1, "sum_mismatch",
     [("399.00\t179.55\t99.75", "399.00\t179.55\t97.75")],
     "399.00\t179.55\t97.75",
     "玉米 row: 179.55 + 97.75 + 39.90 + 79.80 = 397.00, stated 保费 399.00 (省级 share 99.75 retyped as 97.75; also breaks the 省级 column total 199.65)"),
    ("huili-cropinsurance-2022", 2, "rate_mismatch",
     [("赔付率113.36%", "赔付率88.21%")],
     "赔付率88.21%",
     "玉米 赔款 452.31 / 保费 399.00 = 113.36%; 88.21% is the inverted ratio 399.00/452.31"),
    ("huili-cropinsurance-2022", 3, "unit_mismatch",
     [("市级配套资金80.00万元于", "市级配套资金800000万元于")],
     "800000万元",
     "市级 80.00万元 (800000元) written with the unit 万元: off by 10^4 against the 80.00 budget line and the 650.00 total"),
    ("huili-cropinsurance-2022", 4, "weight_sum_mismatch",
     [("92.5%\t5\t5\t", "92.5%\t10\t5\t")],
     ("92.5%\t10\t5", "合计\t—\t—\t—\t—\t—\t—\t100"),
     "政策知晓率 weight typed as 10 (like the rows above) instead of 5: weights now sum to 105 against 合计 100, 效益 block 35 instead of 30"),
    ("huili-cropinsurance-2022", 5, "year_mismatch",
     [("结转至2023年统筹使用", "结转至2022年统筹使用")],
     "结转至2022年",
     "the 2022 balance cannot be carried over into 2022 itself (should be 2023)"),
    ("huili-cropinsurance-2022", 6, "score_exceeds_weight",
     [("92.5%\t5\t5\t", "92.5%\t5\t9.84\t"), ("88.6%\t10\t9.84\t", "88.6%\t10\t5\t")],
     "92.5%\t5\t9.84",
     "scores of two adjacent rows pasted one row off: 政策知晓率 weight 5 scored 9.84 (total 99.67 unchanged)"),

    # ---- ludian-disasterrelief-2020 (Yunnan, 应急管理局, disaster relief) ----
    ("ludian-disasterrelief-2020", 1, "balance_mismatch",
     [("年末结转资金262.00万元", "年末结转资金226.00万元")],
     "226.00万元",
     "2260.00 - 1998.00 = 262.00 (and 201.60 + 60.40 = 262.00); stated 226.00"),
    ("ludian-disasterrelief-2020", 2, "average_mismatch",
     [("94.6%、96.4%，平均为96.0%", "92.6%、96.4%，平均为96.0%")],
     "92.6%、96.4%，平均为96.0%",
     "(96.2 + 95.8 + 97.0 + 92.6 + 96.4) / 5 = 95.6, stated average 96.0 (梭山镇 94.6 retyped as 92.6)"),
    ("ludian-disasterrelief-2020", 3, "completion_mismatch",
     [("35天\t85.71%", "35天\t116.67%")],
     "35天\t116.67%",
     "≤30天 target, actual 35天: completion 30/35 = 85.71%; 116.67% is 35/30 computed as if 'higher is better'"),
    ("ludian-disasterrelief-2020", 4, "grade_mismatch",
     [("自评等级为\"良好\"", "自评等级为\"优秀\"")],
     "自评等级为\"优秀\"",
     "total 89.17 lies in the 80-90 band (良), not 优"),
    ("ludian-disasterrelief-2020", 5, "conflicting_values",
     [("紧急转移安置群众4230人", "紧急转移安置群众4320人")],
     "安置群众4320人",
     "紧急转移安置 is 4230人 in the subsidy table (4230 x 100元 = 42.30万元); the overview says 4320人"),
    ("ludian-disasterrelief-2020", 6, "implausible_rate",
     [("上年结转资金\t0.00\t0.00\t0.00\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%")],
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
     "execution rate 100% printed on a zero 上年结转 budget"),

    # ---- weining-potatoinsurance-2019 (Guizhou, 财政局, livestock/potato insurance) ----
    ("weining-potatoinsurance-2019", 1, "score_sum_mismatch",
     [("90.00%\t10\t9.00", "90.00%\t10\t9.20")],
     ("9.20", "合计\t—\t—\t—\t—\t—\t100\t98.91"),
     "拨付及时率 score edited to 9.20 without the total: rows now sum to 99.11, stated 98.91"),
    ("weining-potatoinsurance-2019", 2, "rate_mismatch",
     [("3.51\t99.48\t99.11", "3.51\t99.84\t99.11")],
     "3.51\t99.84",
     "到位率 (6)=(3)/(2) = 954.39 / 959.39 = 99.48%, stated 99.84"),
    ("weining-potatoinsurance-2019", 3, "sum_mismatch",
     [("750.00\t—\t375.00\t225.00", "750.00\t—\t375.00\t252.00")],
     "750.00\t—\t375.00\t252.00",
     "马铃薯 row: 375.00 + 252.00 + 150.00 = 777.00, stated 保费 750.00 (县级 225.00 transposed; 县级 column no longer sums to 251.49)"),
    ("weining-potatoinsurance-2019", 4, "implausible_rate",
     [("3.51\t98.08\t96.73", "3.51\t101.96\t96.73")],
     "3.51\t101.96",
     "县级 到位率 computed as (2)/(3) = 260.00/255.00: a 到位率 over 100% (should be 98.08)"),
    ("weining-potatoinsurance-2019", 5, "unit_mismatch",
     [("≥35000头\t38600头", "≥35000头\t110.29%")],
     "≥35000头\t110.29%",
     "target in 头, actual written as a percentage (the completion rate pasted into the 业绩值 cell)"),
    ("weining-potatoinsurance-2019", 6, "completion_mismatch",
     [("1053.57万元\t117.06%", "1053.57万元\t85.42%")],
     "1053.57万元\t85.42%",
     "≥900万元 target, actual 1053.57: completion 117.06%; 85.42% = 900/1053.57 (inverted)"),

    # ---- jinggu-forestinsurance-2024 (Yunnan, 林业和草原局, forest insurance) ----
    ("jinggu-forestinsurance-2024", 1, "weight_sum_mismatch",
     [("64.80万亩\t15\t12.15", "64.80万亩\t20\t12.15")],
     ("60\t56.83", "64.80万亩\t20"),
     "商品林投保面积 weight 20: 产出 rows sum to 65 against the 小计 60 (and 105 overall)"),
    ("jinggu-forestinsurance-2024", 2, "score_exceeds_weight",
     [("64.80万亩\t15\t12.15", "64.80万亩\t15\t9.68"), ("92%\t10\t9.68", "92%\t10\t12.15")],
     "92%\t10\t12.15",
     "scores of two adjacent rows swapped: 查勘定损到场率 weight 10 scored 12.15"),
    ("jinggu-forestinsurance-2024", 3, "balance_mismatch",
     [("年末结转资金13.80万元", "年末结转资金13.08万元")],
     "13.08万元",
     "459.60 - 445.80 = 13.80 (县级 88.08 - 74.28), stated 13.08"),
    ("jinggu-forestinsurance-2024", 4, "year_mismatch",
     [("截至2024年12月31日，实际支出", "截至2023年12月31日，实际支出")],
     "截至2023年12月31日",
     "last year's cut-off date left in a 2024 report"),
    ("jinggu-forestinsurance-2024", 5, "conflicting_values",
     [("承保机构支付赔款358.12万元", "承保机构支付赔款385.12万元")],
     "赔款385.12万元",
     "全年赔款 is 358.12万元 elsewhere (126.30 + 231.82, table 358.12万元); conclusion says 385.12"),
    ("jinggu-forestinsurance-2024", 6, "grade_mismatch",
     [("评价等级为优", "评价等级为良")],
     "评价等级为良",
     "total 96.53 is in the 优 band (last year's grade left in)"),

    # ---- pingchang-disasteraid-2018 (Sichuan, 民政局, disaster relief, department summary) ----
    ("pingchang-disasteraid-2018", 1, "average_mismatch",
     [("平均自评得分96.33分", "平均自评得分96.03分")],
     "平均自评得分96.03分",
     "(97.50 + 96.30 + 95.20) / 3 = 96.33, stated 96.03"),
    ("pingchang-disasteraid-2018", 2, "score_sum_mismatch",
     [("效益指标28.50分", "效益指标28.00分")],
     "95.20分（预算执行10.00分、产出指标47.20分、效益指标28.00分",
     "冬春生活救助: 10.00 + 47.20 + 28.00 + 9.50 = 94.70, stated 95.20 (效益 edited without the total)"),
    ("pingchang-disasteraid-2018", 3, "rate_mismatch",
     [("支出率84.21%", "支出率88.24%")],
     "320.00万元，支出率88.24%",
     "省级 320.00 / 380.00 = 84.21%; 88.24% copied from the 倒损民房 row"),
    ("pingchang-disasteraid-2018", 4, "unit_mismatch",
     [("计372.00万元", "计3720000万元")],
     "3720000万元",
     "372户 x 10000元 = 3720000元 = 372.00万元; the 元 figure labelled 万元"),
    ("pingchang-disasteraid-2018", 5, "sum_mismatch",
     [("市级43.00万元、县级100.00万元，合计1323.00万元", "市级34.00万元、县级100.00万元，合计1323.00万元")],
     "34.00万元、县级100.00万元，合计1323.00万元",
     "800.00 + 380.00 + 34.00 + 100.00 = 1314.00, stated 1323.00 (市级 43.00 transposed)"),
    ("pingchang-disasteraid-2018", 6, "conflicting_values",
     [("为17000名受灾困难群众", "为17600名受灾困难群众")],
     "17600名",
     "冬春生活救助 covers 17000人 in the table (17000 x 250元 = 425.00万元); the text says 17600"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def apply(clean, pairs):
    text = clean
    for old, new in pairs:
        if clean.count(old) != 1:
            raise SystemExit(f"edit anchor not unique in clean text: {old!r} ({clean.count(old)})")
        text = text.replace(old, new, 1)
    return text


def cut_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    if i < 0 or text.count(start) != 1:
        raise SystemExit(f"start anchor not unique: {start!r}")
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"end anchor not found: {end!r}")
    return text[i:j + len(end)]


def main():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(clean_name)
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (_, n, code, pairs, value, expl) in sorted(by_project[pid], key=lambda x: x[1]):
            text = apply(clean, pairs)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": cut_value(text, value), "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
