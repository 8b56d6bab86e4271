#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt is written by hand.  Every error case is that draft
with exactly one edit (old -> new, old must occur exactly once in the draft).  The label
value is an exact substring of the error case that contains the changed figure.
Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (id, [ (suffix, code, where, old, new, value, explanation), ... ])
EDITS = [
    ("hb-zhongxiang-spchoujian-2020", [
        ("e1", "rate_mismatch", "prose",
         "11批次，不合格率2.67%", "11批次，不合格率2.76%", "不合格率2.76%",
         "食用农产品 11/412 = 2.67%, stated 2.76%"),
        ("e2", "balance_mismatch", "prose",
         "年末结余8.13万元", "年末结余8.31万元", "结余8.31万元",
         "156.50 - 148.37 = 8.13, stated 8.31"),
        ("e3", "unit_mismatch", "prose",
         "运输费5.85万元", "运输费58500万元", "58500万元",
         "the 5.85万元 item (58500元) written with the unit 万元: off by 10^4; 121.60 + 17.42 + 5.85 + 3.50 = 148.37 only after rescaling"),
        ("e4", "completion_mismatch", "table",
         "1563批次\t104.20%", "1563批次\t102.40%", "1563批次\t102.40%",
         "1563 / 1500 = 104.20%, stated 102.40%"),
        ("e5", "score_exceeds_weight", "prose",
         "得分28.5分（满分30分）", "得分31.5分（满分30分）", "得分31.5分（满分30分）",
         "score 31.5 above its full mark 30"),
        ("e6", "weight_sum_mismatch", "table",
         "103.00%\t10\t10", "103.00%\t12\t10", "412批次\t103.00%\t12\t10",
         "weight 12: 目标一 rows now sum to 42 against （40分）, all weights to 102"),
    ]),
    ("sx-xiangyuan-ypjiance-2021", [
        ("e1", "rate_mismatch", "table",
         "\t89.92\n", "\t89.29\n", "89.29",
         "(7)=(4)/(2) 县区级: 21.58 / 24.00 = 89.92, stated 89.29"),
        ("e2", "sum_mismatch", "prose",
         "抽样购样费4.80万元", "抽样购样费4.08万元", "抽样购样费4.08万元",
         "31.26 + 4.08 + 5.72 + 1.40 = 42.46, stated total spending 43.18"),
        ("e3", "score_sum_mismatch", "prose",
         "总得分99.19分", "总得分99.91分", "总得分99.91分",
         "附件1 scores 9.47 + 50 + 29.72 + 10 = 99.19, stated 99.91"),
        ("e4", "completion_mismatch", "table",
         "138份\n\t115.00%", "138份\n\t105.00%", "138份\n\t105.00%",
         "138 / 120 = 115.00%, stated 105.00%"),
        ("e5", "year_mismatch", "prose",
         "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
         "the 2021 report states its spending as of the end of 2020"),
        ("e6", "unit_mismatch", "table",
         "\t2021年11月26日\n", "\t100%\n", "2021年11月30日前\n\t100%",
         "target is a date (2021年11月30日前), actual a percentage"),
    ]),
    ("sc-qingshen-adrjiance-2023", [
        ("e1", "weight_sum_mismatch", "table",
         "份 16 8 7.11", "份 16 9 7.11", "16 9 7.11",
         "weights 10 + 12 + 10 + 9 + 10 + 10 + 10 + 10 + 10 + 10 = 101, table 总分 100"),
        ("e2", "grade_mismatch", "prose",
         "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
         "98.60 is in the 优 band"),
        ("e3", "implausible_rate", "table",
         "% 97.1 10 10", "% 107.1 10 10", "培训覆盖率 ≥ 95 % 107.1",
         "a coverage rate of 107.1% is above 100%"),
        ("e4", "average_mismatch", "prose",
         "季均44份", "季均47份", "季均47份",
         "(38 + 41 + 49 + 48) / 4 = 44"),
        ("e5", "conflicting_values", "table",
         "份 176 12 12", "份 167 12 12", "报告数 ≥ 150 份 167",
         "the table gives 167 ADR reports, the text 176 (= 38 + 41 + 49 + 48)"),
        ("e6", "rate_mismatch", "table",
         "94.93%", "94.39%", "94.39%",
         "21.36 / 22.50 = 94.93%, stated 94.39%"),
    ]),
    ("gx-babu-spchoujian-2022", [
        ("e1", "score_sum_mismatch", "table",
         "100\t96.61", "100\t96.16", "96.16",
         "9.61 + 15 + 5 + 10 + 5 + 5 + 10 + 10 + 10 + 7 + 10 = 96.61, stated 96.16"),
        ("e2", "implausible_rate", "table",
         "91.3%", "101.3%", "≥85%\t101.3%",
         "a satisfaction rate of 101.3% is above 100%"),
        ("e3", "conflicting_values", "prose",
         "1,186批次", "1,168批次", "抽检1,168批次",
         "the summary gives 1,168 batches, section 四 and the table 1186"),
        ("e4", "grade_mismatch", "prose",
         "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
         "total 96.61 (附件1) is in the 优 band"),
        ("e5", "year_mismatch", "prose",
         "结转2023年支付", "结转2022年支付", "结转2022年支付",
         "unspent money of the 2022 budget carried over to 2022 itself"),
        ("e6", "rate_mismatch", "table",
         "95.70%", "97.50%", "84.22\t—\t97.50%",
         "当年财政拨款 84.22 / 88.00 = 95.70%, stated 97.50%"),
    ]),
    ("fj-changting-bmzt-2024", [
        ("e1", "average_mismatch", "prose",
         "平均自评得分93.43分", "平均自评得分94.33分", "平均自评得分94.33分",
         "(94.50 + 97.20 + 88.60) / 3 = 93.43"),
        ("e2", "score_exceeds_weight", "prose",
         "得18.6分（满分20分）", "得21.6分（满分20分）", "得21.6分（满分20分）",
         "score 21.6 above its full mark 20"),
        ("e3", "sum_mismatch", "table",
         "基本支出｜1,912.60", "基本支出｜1,921.60", "基本支出｜1,921.60",
         "年初预算 1,921.60 + 473.80 = 2,395.40, stated 合计 2,386.40"),
        ("e4", "implausible_rate", "prose",
         "上传及时率99.2%", "上传及时率109.2%", "上传及时率109.2%",
         "a timeliness rate of 109.2% is above 100%"),
        ("e5", "conflicting_values", "table",
         "≥400份｜452份", "≥400份｜425份", "≥400份｜425份",
         "表3 gives 425 ADR reports, the text 452 (with 127/452 = 28.10%)"),
        ("e6", "balance_mismatch", "prose",
         "结转结余81.67万元", "结转结余86.17万元", "结转结余86.17万元",
         "2,518.75 - 2,437.08 = 81.67 (项目 560.40 - 478.73), stated 86.17"),
    ]),
]


def main():
    labels = []
    for pid, edits in EDITS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl in edits:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid}-{suffix}: old string {old!r} occurs {n} times")
            text = clean.replace(old, new, 1)
            if text.count(value) < 1:
                sys.exit(f"{pid}-{suffix}: value {value!r} not in error case")
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
