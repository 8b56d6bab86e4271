#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n121 from the clean drafts.

Each edit is one exact old -> new replacement applied to cases/<source>-clean.txt; `old` must occur
exactly once in the clean draft. The result is written to cases/<source>-e<n>.txt and one label line
per case (clean drafts first) to labels.jsonl. `value` is a short substring of the error case that
contains the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "tj-hongqiao-oldcomm-2023",
    "sd-rencheng-oldcomm-2020",
    "sd-decheng-oldcomm-2024",
    "ha-laocheng-oldcomm-2022",
    "ha-gulou-oldcomm-2019",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # --- Tianjin Hongqiao 2023 ---
    ("tj-hongqiao-oldcomm-2023", 1, "implausible_rate",
     '专项债券资金,"1,500.00",0.00,0.00,0.00,—\n',
     '专项债券资金,"1,500.00",0.00,0.00,0.00,100.00%\n',
     "0.00,0.00,0.00,100.00%",
     "bond row: 全年预算 0.00 and 执行 0.00, yet 执行率 100.00% (a rate over a zero base; the clean draft prints —)"),
    ("tj-hongqiao-oldcomm-2023", 2, "rate_mismatch",
     '"2,812.46",98.34%', '"2,812.46",98.43%', '"2,812.46",98.43%',
     "中央补助资金 2,812.46 / 2,860.00 = 98.34%, stated 98.43%"),
    ("tj-hongqiao-oldcomm-2023", 3, "weight_sum_mismatch",
     ",75%,10,9.38,", ",75%,12,9.38,", "75%,12,9.38",
     "物业管理覆盖率 weight typed 12 instead of 10: the 分值 column now adds to 102 while 合计 says 100"),
    ("tj-hongqiao-oldcomm-2023", 4, "average_mismatch",
     "平均每个小区改造面积3.05万平方米", "平均每个小区改造面积3.50万平方米", "平均每个小区改造面积3.50万平方米",
     "24.38 / 8 小区 = 3.05万平方米 (mean of the eight areas in the table), stated 3.50"),
    ("tj-hongqiao-oldcomm-2023", 5, "year_mismatch",
     "结转至2024年继续用于本项目", "结转至2023年继续用于本项目", "结转至2023年",
     "the 2023 balance is carried to 2023 itself; must be a later year (2024)"),
    ("tj-hongqiao-oldcomm-2023", 6, "unit_mismatch",
     "设计费98.40万元", "设计费984000万元", "984000万元",
     "设计费 copied in 元 (984000元 = 98.40万元) but labelled 万元; 4,326.18 + 98.40 + 121.36 + 46.20 + 142.30 = 4,734.44 only with 98.40"),
    # --- Shandong Jining Rencheng 2020 ---
    ("sd-rencheng-oldcomm-2020", 1, "sum_mismatch",
     '区级配套资金,"1,200.00"', '区级配套资金,"1,020.00"', '区级配套资金,"1,020.00"',
     "年初预算 column: 3,126.00 + 0.00 + 500.00 + 1,020.00 + 5,000.00 = 9,646.00, 合计 says 9,826.00"),
    ("sd-rencheng-oldcomm-2020", 2, "score_exceeds_weight",
     '138栋,5,5,\n产出指标,数量指标,惠及居民户数,"≥5,000户","5,218户",10,10,',
     '138栋,5,10,\n产出指标,数量指标,惠及居民户数,"≥5,000户","5,218户",10,5,',
     "138栋,5,10",
     "scores of two adjacent rows swapped: 改造楼栋数 now scores 10 against a weight of 5 (total unchanged)"),
    ("sd-rencheng-oldcomm-2020", 3, "grade_mismatch",
     "评价等级为“良”", "评价等级为“优”", "评价等级为“优”",
     "89.68 is in the 80–90 band (良), stated 优"),
    ("sd-rencheng-oldcomm-2020", 4, "completion_mismatch",
     "完成率104.36%", "完成率104.63%", "完成率104.63%",
     "5,218 / 5,000 = 104.36%, stated 104.63%"),
    ("sd-rencheng-oldcomm-2020", 5, "conflicting_values",
     "惠及居民5,218户", "惠及居民5,128户", "惠及居民5,128户",
     "households stated as 5,128 in 项目概况 but 5,218 in the 标段 table, the output section and the 自评表"),
    ("sd-rencheng-oldcomm-2020", 6, "balance_mismatch",
     "结余1,286.05万元", "结余1,268.05万元", "结余1,268.05万元",
     "到位 11,510.00 − 支出 10,223.95 = 1,286.05, stated 1,268.05"),
    # --- Shandong Dezhou Decheng 2024 ---
    ("sd-decheng-oldcomm-2024", 1, "rate_mismatch",
     "31.02,4.18%", "31.02,4.81%", "711.84,31.02,4.81%",
     "天衢花园 审减率 31.02 / 742.86 = 4.18%, stated 4.81%"),
    ("sd-decheng-oldcomm-2024", 2, "score_sum_mismatch",
     "88.89%,10,9.88", "88.89%,10,9.38", "88.89%,10,9.38",
     "row score typed 9.38 for 9.88: the 得分 column now adds to 96.45 while 合计 and the text say 96.95"),
    ("sd-decheng-oldcomm-2024", 3, "unit_mismatch",
     "工程验收一次合格率,≥95%,100%", "工程验收一次合格率,≥95%,9个", "≥95%,9个",
     "target is a percentage, actual a count of 小区: completion cannot be computed"),
    ("sd-decheng-oldcomm-2024", 4, "average_mismatch",
     "平均92.25分", "平均93.25分", "平均93.25分",
     "(93 + 91 + 95 + 90) / 4 = 92.25, stated 93.25"),
    ("sd-decheng-oldcomm-2024", 5, "year_mismatch",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "execution figures of the 2024 report dated to the end of 2023"),
    ("sd-decheng-oldcomm-2024", 6, "implausible_rate",
     "居民满意度,≥90%,95.80%", "居民满意度,≥90%,106.44%", "106.44%",
     "satisfaction above 100% (the completion 95.80/90 typed into 实际完成值)"),
    # --- Henan Luoyang Laocheng 2022 ---
    ("ha-laocheng-oldcomm-2022", 1, "completion_mismatch",
     '"4,126户",103.15%', '"4,126户",103.51%', '"4,126户",103.51%',
     "4,126 / 4,000 = 103.15%, stated 103.51%"),
    ("ha-laocheng-oldcomm-2022", 2, "balance_mismatch",
     "结余1,098.78万元", "结余1,089.78万元", "结余1,089.78万元",
     "到位 8,660.00 − 支出 7,561.22 = 1,098.78, stated 1,089.78"),
    ("ha-laocheng-oldcomm-2022", 3, "score_exceeds_weight",
     '103.15%,7,7,\n产出指标,数量指标,加装电梯数量,≥10部,3部,30.00%,6,1.80,',
     '103.15%,7,1.80,\n产出指标,数量指标,加装电梯数量,≥10部,3部,30.00%,6,7,',
     "30.00%,6,7",
     "scores of two adjacent rows swapped: 加装电梯数量 now scores 7 against a weight of 6 (total unchanged)"),
    ("ha-laocheng-oldcomm-2022", 4, "weight_sum_mismatch",
     "96.49%,7,6.75", "96.49%,8,6.75", "96.49%,8,6.75",
     "完工及时率 weight typed 8 instead of 7: weights add to 101 (产出 51) while 合计 says 100"),
    ("ha-laocheng-oldcomm-2022", 5, "conflicting_values",
     "改造楼栋104栋", "改造楼栋106栋", "改造楼栋106栋",
     "106 buildings in the output section, 104 in 项目概况, the 小区 table and the 自评表"),
    ("ha-laocheng-oldcomm-2022", 6, "sum_mismatch",
     "消防隐患87处", "消防隐患78处", "消防隐患78处",
     "112 + 78 + 78 + 49 = 317, stated total 326"),
    # --- Henan Kaifeng Gulou 2019 ---
    ("ha-gulou-oldcomm-2019", 1, "grade_mismatch",
     "评价等级为“中”", "评价等级为“良”", "评价等级为“良”",
     "78.24 is in the 60–80 band (中), stated 良"),
    ("ha-gulou-oldcomm-2019", 2, "score_sum_mismatch",
     "4个,10,6.67", "4个,10,6.76", "4个,10,6.76",
     "row score typed 6.76 for 6.67: the 得分 column adds to 78.33 while 合计 and the text say 78.24"),
    ("ha-gulou-oldcomm-2019", 3, "rate_mismatch",
     "300.00,66.67%", "300.00,66.76%", "300.00,66.76%",
     "区级配套 到位率 300.00 / 450.00 = 66.67%, stated 66.76%"),
    ("ha-gulou-oldcomm-2019", 4, "unit_mismatch",
     "户均改造投资17,451元", "户均改造投资17,451万元", "17,451万元",
     "per-household amount in 元 labelled 万元: 2,506.00万元 / 1,436户 = 1.75万元 = 17,451元"),
    ("ha-gulou-oldcomm-2019", 5, "sum_mismatch",
     "州桥街道,9,318", "州桥街道,9,381", "州桥街道,9,381",
     "户数 column: 274 + 212 + 381 + 168 + 236 + 228 = 1,499, 合计 says 1,436"),
    ("ha-gulou-oldcomm-2019", 6, "year_mismatch",
     "项目支出绩效自评表（2019年度）", "项目支出绩效自评表（2018年度）", "自评表（2018年度）",
     "the self-evaluation table of the 2019 report is headed 2018年度 (last year's template)"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{src}-e{n}: old string occurs {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
