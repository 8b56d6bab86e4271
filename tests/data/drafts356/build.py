#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit: an exact old -> new replacement
that must match exactly once in the clean draft. `value` is the label value (an exact
substring of the error case containing the changed figure or word).

    python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-yuanqu-jianguanzhan-2019",
    "sc-pingchang-zhuisu-2022",
    "zj-kaihua-nongcankuaijian-2021",
    "hb-danjiangkou-hegezheng-2023",
    "jx-dingnan-nongjianzhan-2020",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- sx-yuanqu-jianguanzhan-2019 (Shanxi, one cell per line) ----
    ("sx-yuanqu-jianguanzhan-2019", 1, "rate_mismatch", "table",
     "\t88.38\n", "\t83.88\n", "83.88",
     "funds table row (7)=(4)/(2), column 县区级: 32.17 / 36.40 = 88.38%, printed 83.88"),
    ("sx-yuanqu-jianguanzhan-2019", 2, "implausible_rate", "table",
     "(6)=(3)/(2)\n\t100\n\t100\n\t0\n", "(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100",
     "funds table row (6) 到位率, column 中央级: the central budget is 0 in rows (2) and (3), "
     "so a 到位率 of 100 on a zero base is implausible (0 or blank expected)"),
    ("sx-yuanqu-jianguanzhan-2019", 3, "completion_mismatch", "table",
     "\t96.57%\n", "\t95.67%\n", "95.67%",
     "附件1 农残快速检测样品: 4056 / 4200 = 96.57%, printed 95.67%"),
    ("sx-yuanqu-jianguanzhan-2019", 4, "weight_sum_mismatch", "table",
     "乡镇监管员培训（人次）\n\t5\n", "乡镇监管员培训（人次）\n\t6\n", "\t6\n\t≥100人次",
     "附件1 weight of 乡镇监管员培训 raised from 5 to 6: weights now total 101 and 产出指标 51 "
     "against the 50 stated in the text"),
    ("sx-yuanqu-jianguanzhan-2019", 5, "year_mismatch", "prose",
     "于2018年12月提前下达", "于2017年12月提前下达", "2017年12月提前下达",
     "money for the 2019 budget can be issued in advance only in December 2018 (the document is "
     "晋财农〔2018〕156号); December 2017 is two years early"),
    ("sx-yuanqu-jianguanzhan-2019", 6, "grade_mismatch", "prose",
     "自评等级为“优秀”", "自评等级为“良好”", "自评等级为“良好”",
     "total 98.22 lies in the 优 band (>= 90), text says 良好"),

    # ---- sc-pingchang-zhuisu-2022 (Sichuan, HTML residue) ----
    ("sc-pingchang-zhuisu-2022", 1, "score_sum_mismatch", "table",
     "<td>97.44</td>", "<td>97.84</td>", "97.84",
     "row scores 9.48 + 15 + 10 + 9.10 + 10 + 5 + 5 + 15 + 9 + 9.86 = 97.44, 总分 printed 97.84"),
    ("sc-pingchang-zhuisu-2022", 2, "unit_mismatch", "table",
     "<td>小时</td><td>24</td>", "<td>小时</td><td>100%</td>", "小时</td><td>100%",
     "追溯数据上传时限: target ≤24 小时, actual written as a percentage (100%)"),
    ("sc-pingchang-zhuisu-2022", 3, "conflicting_values", "prose",
     "抽查核验追溯信息546批次", "抽查核验追溯信息564批次", "抽查核验追溯信息564批次",
     "the text says 564 批次 checked, the 自评表 gives 546 for the same indicator (score 9.10 = 10 × 546/600)"),
    ("sc-pingchang-zhuisu-2022", 4, "rate_mismatch", "prose",
     "财政资金执行率94.96%", "财政资金执行率95.96%", "财政资金执行率95.96%",
     "财政资金 46.15 / 48.60 = 94.96%, stated 95.96%"),
    ("sc-pingchang-zhuisu-2022", 5, "sum_mismatch", "table",
     "<td>单位资金</td><td>4.00</td>", "<td>单位资金</td><td>4.60</td>", "单位资金</td><td>4.60",
     "年初预算数 column: 45.00 + 0.00 + 4.60 + 0.00 = 49.60, 年度资金总额 49.00"),
    ("sc-pingchang-zhuisu-2022", 6, "balance_mismatch", "prose",
     "全年结余2.73万元", "全年结余2.37万元", "全年结余2.37万元",
     "52.60 - 49.87 = 2.73, stated 2.37"),

    # ---- zj-kaihua-nongcankuaijian-2021 (Zhejiang, tab-separated) ----
    ("zj-kaihua-nongcankuaijian-2021", 1, "balance_mismatch", "prose",
     "结余2.24万元", "结余2.42万元", "结余2.42万元",
     "73.50 - 71.26 = 2.24, stated 2.42"),
    ("zj-kaihua-nongcankuaijian-2021", 2, "implausible_rate", "table",
     "\t95.2%\t", "\t105.2%\t", "105.2%",
     "satisfaction (生产主体及消费者满意度) cannot exceed 100%"),
    ("zj-kaihua-nongcankuaijian-2021", 3, "unit_mismatch", "prose",
     "单价8600元", "单价8600万元", "单价8600万元",
     "20 × 8600 元 = 17.20 万元; the unit price written in 万元 is off by 10^4"),
    ("zj-kaihua-nongcankuaijian-2021", 4, "average_mismatch", "prose",
     "98.4%、98.9%，全年平均", "98.7%、98.9%，全年平均", "98.7%、98.9%，全年平均合格率98.6%",
     "(98.2 + 98.9 + 98.7 + 98.9) / 4 = 98.675%, stated average 98.6%"),
    ("zj-kaihua-nongcankuaijian-2021", 5, "score_sum_mismatch", "prose",
     "合计97.70分", "合计98.70分", "合计98.70分",
     "9.70 + 50 + 28 + 10 = 97.70, stated 98.70"),
    ("zj-kaihua-nongcankuaijian-2021", 6, "completion_mismatch", "prose",
     "为年度目标的106.25%", "为年度目标的106.52%", "为年度目标的106.52%",
     "19125 / 18000 = 106.25%, stated 106.52%"),

    # ---- hb-danjiangkou-hegezheng-2023 (Hubei, full-width bars) ----
    ("hb-danjiangkou-hegezheng-2023", 1, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "score 98 lies in the 优 band (>= 90), text says 良"),
    ("hb-danjiangkou-hegezheng-2023", 2, "score_exceeds_weight", "table",
     "｜90.00%｜5｜4.5｜", "｜90.00%｜5｜5.4｜", "90.00%｜5｜5.4",
     "培训生产主体: score 5.4 above its weight 5 (digits transposed from 4.5; the whole-point "
     "total 98 still holds: 98.46 rounds to 98)"),
    ("hb-danjiangkou-hegezheng-2023", 3, "weight_sum_mismatch", "table",
     "｜100%｜100%｜100%｜5｜5｜", "｜100%｜100%｜100%｜6｜5｜", "100%｜6｜5",
     "问题合格证整改及时率 weight 6: 目标2 rows now total 31 against the block's 30分, all weights 101"),
    ("hb-danjiangkou-hegezheng-2023", 4, "year_mismatch", "prose",
     "结转下年度（2024年）", "结转下年度（2023年）", "结转下年度（2023年）",
     "the unspent part of the 2023 budget cannot be carried over into 2023 itself"),
    ("hb-danjiangkou-hegezheng-2023", 5, "sum_mismatch", "prose",
     "市级配套资金13.00万元", "市级配套资金31.00万元", "市级配套资金31.00万元",
     "25.00 + 31.00 = 56.00, 年初预算 38.00"),
    ("hb-danjiangkou-hegezheng-2023", 6, "completion_mismatch", "table",
     "｜94.29%｜", "｜92.49%｜", "92.49%",
     "合格证核查及监督检查: 2263 / 2400 = 94.29%, printed 92.49%"),

    # ---- jx-dingnan-nongjianzhan-2020 (Jiangxi, department, PDF copy) ----
    ("jx-dingnan-nongjianzhan-2020", 1, "average_mismatch", "prose",
     "平均得分96.17分", "平均得分96.71分", "平均得分96.71分",
     "(96.5 + 94 + 98) / 3 = 96.17, stated 96.71"),
    ("jx-dingnan-nongjianzhan-2020", 2, "conflicting_values", "table",
     "   1260批次   ", "   1206批次   ", "1206批次",
     "表2 gives 1206 批次 of 例行监测抽检, the text 1260 批次 (620 + 310 + 210 + 120 = 1260)"),
    ("jx-dingnan-nongjianzhan-2020", 3, "score_exceeds_weight", "table",
     "14项   6   5.6", "14项   6   6.5", "14项   6   6.5",
     "能力验证及实验室间比对: score 6.5 above its weight 6 (digits transposed from 5.6; the "
     "whole-point total 97 still holds: 97.45 rounds to 97)"),
    ("jx-dingnan-nongjianzhan-2020", 4, "rate_mismatch", "table",
     "89.99%", "98.99%", "98.99%",
     "表1 项目支出: 153.26 / 170.30 = 89.99%, printed 98.99%"),
    ("jx-dingnan-nongjianzhan-2020", 5, "sum_mismatch", "prose",
     "上年结转资金12.30万元", "上年结转资金13.20万元",
     "上年结转资金13.20万元",
     "254.84 + 13.20 = 268.04, 收入合计 267.14 (and 158.00 + 13.20 = 171.20, 表1 项目支出 170.30)"),
    ("jx-dingnan-nongjianzhan-2020", 6, "unit_mismatch", "table",
     "基本支出   96.84   96.84   100.00%", "基本支出   96.84   968400   100.00%", "968400",
     "表1 基本支出 决算数 968400 is 96.84 万元 written in 元 under a 万元 header (rate 100.00% and "
     "合计 250.10 both reconcile only with 96.84)"),
]


def main():
    labels = []
    seen = set()
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            key = (p, n)
            assert key not in seen, key
            seen.add(key)
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{p}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{p}-e{n}: value not in error case: {value!r}")
            name = f"{p}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({
                "case": name, "source": p, "clean": False,
                "expected": [{"code": code, "severity": "error", "value": value,
                              "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels, {len(labels) - len(PROJECTS)} error cases")


if __name__ == "__main__":
    main()
