#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft is cases/<id>-clean.txt.  EDITS lists, per draft, six single-place edits
(exact old -> new replacement; `old` must occur exactly once in the clean draft).
Every error case = clean draft with exactly one edit applied.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (suffix, code, where, old, new, value, explanation)
EDITS = {
    "zj-tongxiang-sangyuantisheng-2019": [
        ("e1", "rate_mismatch", "prose",
         "支出274.56万元，执行率91.98%", "支出274.56万元，执行率91.89%",
         "执行率91.89%",
         "市级资金及上年结转: 274.56 / 298.50 = 91.98%, stated 91.89%"),
        ("e2", "sum_mismatch", "prose",
         "河山镇286亩", "河山镇268亩",
         "河山镇268亩",
         "412 + 268 + 315 + 223 = 1218, stated 共计1236亩"),
        ("e3", "score_sum_mismatch", "table",
         "效益指标｜小计｜｜｜｜30｜29.30｜", "效益指标｜小计｜｜｜｜30｜29.80｜",
         "30｜29.80",
         "效益 row scores 10 + 9.30 + 10 = 29.30, subtotal states 29.80 (and 9.33 + 49.68 + 29.80 + 10 = 98.81 vs total 98.31)"),
        ("e4", "unit_mismatch", "table",
         "｜≥2000户｜1860户｜", "｜≥2000户｜1860人｜",
         "1860人",
         "带动蚕农户数: target in 户, actual in 人; completion cannot be computed"),
        ("e5", "implausible_rate", "table",
         "｜≥90%｜94.2%｜", "｜≥90%｜104.2%｜",
         "104.2%",
         "蚕农满意度 104.2% is above 100%"),
        ("e6", "year_mismatch", "prose",
         "该笔资金已结转2020年继续使用", "该笔资金已结转2019年继续使用",
         "结转2019年",
         "the unspent part of the 2019 budget cannot be carried over into 2019 itself (should be 2020)"),
    ],
    "sn-hanbin-canyezhongxin-2022": [
        ("e1", "balance_mismatch", "prose",
         "年末未使用资金31.93万元", "年末未使用资金31.39万元",
         "31.39万元",
         "697.40 - 665.47 = 31.93, stated 31.39"),
        ("e2", "weight_sum_mismatch", "table",
         "2.86万元      7        7", "2.86万元      7        8",
         "2.86万元      7        8",
         "权重 column (last number of the row) of “三公”经费支出 raised to 8: weights sum to 101"),
        ("e3", "conflicting_values", "prose",
         "带动脱贫户及监测户1380户养蚕", "带动脱贫户及监测户1308户养蚕",
         "1308户",
         "prose 1308户 vs 自评表 实际完成值 1380户 for the same indicator"),
        ("e4", "unit_mismatch", "table",
         "≥90%          95.6%", "≥90%          95.6分",
         "95.6分",
         "蚕农满意度: target ≥90% (a rate), actual given as 95.6分 (a score); completion cannot be computed"),
        ("e5", "average_mismatch", "prose",
         "平均每期60人次", "平均每期66人次",
         "平均每期66人次",
         "2160人次 / 36期 = 60, stated 66"),
        ("e6", "grade_mismatch", "table",
         "评价等级：优", "评价等级：良",
         "评价等级：良",
         "total 96.74 is in the 优 band (>= 90)"),
    ],
    "gx-huanjiang-sangyuanshuifei-2020": [
        ("e1", "completion_mismatch", "table",
         "\t1325人次\n\t110.42%", "\t1325人次\n\t101.42%",
         "101.42%",
         "蚕农技术培训 1325 / 1200 = 110.42%, stated 101.42%"),
        ("e2", "sum_mismatch", "table",
         "\t县级配套资金\n\t50.00", "\t县级配套资金\n\t55.00",
         "县级配套资金\n\t55.00",
         "年初预算 200.00 + 55.00 = 255.00, 年度资金总额 states 250.00 (and 55.00 - 8.00 调减 != 42.00)"),
        ("e3", "average_mismatch", "prose",
         "平均每个基地120亩", "平均每个基地126亩",
         "平均每个基地126亩",
         "480亩 / 4个 = 120, stated 126"),
        ("e4", "year_mismatch", "prose",
         "截至2020年12月31日", "截至2021年12月31日",
         "截至2021年12月31日",
         "a 2020 report states its execution figures as of 2021-12-31"),
        ("e5", "grade_mismatch", "prose",
         "评价等级为良", "评价等级为优",
         "评价等级为优",
         "total 88.80 is in the 良 band (80 <= s < 90)"),
        ("e6", "conflicting_values", "prose",
         "培训蚕农1325人次", "培训蚕农1352人次",
         "1352人次",
         "prose 1352人次 vs 表2 实际完成值 1325人次 for the same training count"),
    ],
    "yn-luliang-cansangfazhan-2023": [
        ("e1", "score_exceeds_weight", "table",
         "桑园建设验收合格率        7     7     ", "桑园建设验收合格率        7     7.4   ",
         "7     7.4",
         "桑园建设验收合格率: 得分 7.4 above 权重 7 (row sum 97.4 still reads 97 at whole points)"),
        ("e2", "weight_sum_mismatch", "table",
         "小蚕共育室建设            10    10", "小蚕共育室建设            12    10",
         "小蚕共育室建设            12",
         "权重 10 + 15 + 12 + 8 + 7 + 5 + 5 + 10 + 10 + 10 + 10 = 102, not 100"),
        ("e3", "balance_mismatch", "prose",
         "年末结余23.92万元", "年末结余23.29万元",
         "23.29万元",
         "437.60 - 413.68 = 23.92, stated 23.29"),
        ("e4", "rate_mismatch", "table",
         "94.00%", "94.60%",
         "94.60%",
         "当年财政拨款 349.68 / 372.00 = 94.00%, stated 94.60%"),
        ("e5", "sum_mismatch", "prose",
         "召夸镇640亩", "召夸镇604亩",
         "召夸镇604亩",
         "760 + 604 + 480 + 370 = 2214, stated 共计2250亩"),
        ("e6", "completion_mismatch", "prose",
         "完成年度计划的112.50%", "完成年度计划的121.50%",
         "121.50%",
         "2250 / 2000 = 112.50%, stated 121.50%"),
    ],
    "sc-gaoxian-cansanggaozhiliang-2024": [
        ("e1", "score_exceeds_weight", "table",
         "套\t150\t6\t6\n", "套\t150\t6\t6.4\n",
         "6\t6.4",
         "省力化蚕台推广: 得分 6.4 above 分值 6 (row sum 94.4 still reads 94 at whole points)"),
        ("e2", "score_sum_mismatch", "table",
         "部分达成\t10\t7\t", "部分达成\t10\t6\t",
         "部分达成\t10\t6",
         "9.75 + 59.2 + 10.8 + 7.25 + 6 = 93.00, 总分 states 94"),
        ("e3", "grade_mismatch", "prose",
         "自评得分94分，等级为优", "自评得分94分，等级为良",
         "等级为良",
         "total 94 is in the 优 band (>= 90)"),
        ("e4", "unit_mismatch", "prose",
         "每张补贴18元", "每张补贴18万元",
         "18万元",
         "24000张 x 18 = 43.20万元 only if the per-张 subsidy is 18元; written as 18万元 (off by 10^4)"),
        ("e5", "implausible_rate", "table",
         "%\t93.6\t", "%\t103.6\t",
         "103.6",
         "新植桑苗成活率 103.6% is above 100%"),
        ("e6", "conflicting_values", "table",
         "张\t24000\t", "张\t24600\t",
         "24600",
         "自评表 蚕种补贴发放量 24600张 vs prose 发放蚕种24000张 (24000 x 18元 = 43.20万元)"),
    ],
}

SOURCES = list(EDITS)


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) < 1:
                sys.exit(f"{src}-{suffix}: value not in error case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
