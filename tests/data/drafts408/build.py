#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run: python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sx-xiaoyi-zybjc-2021",
    "gz-liuzhi-chenfei-2019",
    "fj-dehua-zyjkjc-2020",
    "zj-changxing-zybfz-2023",
    "jx-luxi-jkzx-bumen-2022",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    ("sx-xiaoyi-zybjc-2021", 1, "rate_mismatch", "table",
     "\t85.33\n", "\t83.53\n", "83.53",
     "funds table row (7) 预算执行率, 省级 column: 5.12 / 6.00 = 85.33%, printed 83.53"),
    ("sx-xiaoyi-zybjc-2021", 2, "completion_mismatch", "table",
     "\t108.04%\n", "\t104.08%\n", "104.08%",
     "附件1 重点人群职业健康检查人数: 4862 / 4500 = 108.04%, 完成率 printed 104.08%"),
    ("sx-xiaoyi-zybjc-2021", 3, "unit_mismatch", "table",
     "\t85元/人\n", "\t85万元\n", "85万元",
     "附件1 职业健康检查人均补助: target ≤90元/人, actual written in 万元, so completion cannot be computed"),
    ("sx-xiaoyi-zybjc-2021", 4, "sum_mismatch", "prose",
     "炼焦及钢铁冶炼业1683人", "炼焦及钢铁冶炼业1638人", "炼焦及钢铁冶炼业1638人",
     "2315 + 1638 + 864 = 4817, but the total given with 分别为 is 4862"),
    ("sx-xiaoyi-zybjc-2021", 5, "year_mismatch", "prose",
     "结转至2022年", "结转至2021年", "结转至2021年",
     "the balance of the 2021 budget is carried over to 2021 itself; it must go to a later year"),
    ("sx-xiaoyi-zybjc-2021", 6, "conflicting_values", "prose",
     "全年对64家重点用人单位", "全年对61家重点用人单位", "61家",
     "the text gives 61 monitored employers, 附件1 gives 64家 (with 完成率 106.67% = 64/60)"),

    # ---- gz-liuzhi-chenfei-2019 (browser copy, MOF 附件1 table, tab-separated rows)
    ("gz-liuzhi-chenfei-2019", 1, "rate_mismatch", "table",
     "\t82.26%\t", "\t86.22%\t", "86.22%",
     "自评表 上年结转资金 row: 10.20 / 12.40 = 82.26%, printed 86.22%"),
    ("gz-liuzhi-chenfei-2019", 2, "implausible_rate", "table",
     "其他资金\t0\t0\t0\t—\t—\t—", "其他资金\t0\t0\t0\t—\t100%\t—", "其他资金\t0\t0\t0\t—\t100%",
     "自评表 其他资金 row: budget 0, a 100% execution rate on a zero base"),
    ("gz-liuzhi-chenfei-2019", 3, "score_exceeds_weight", "table",
     "96.77%\t10\t10\t\n\t\t时效指标\t随访调查完成时间\t2019年11月30日前\t2019年11月28日\t5\t5\t",
     "96.77%\t10\t5\t\n\t\t时效指标\t随访调查完成时间\t2019年11月30日前\t2019年11月28日\t5\t10\t",
     "2019年11月28日\t5\t10",
     "时效指标 row: weight 5, score 10 (the scores of the 随访率 and 时效 rows are swapped, so the total still reads 95.68)"),
    ("gz-liuzhi-chenfei-2019", 4, "balance_mismatch", "prose",
     "尚未支出的6.34万元", "尚未支出的6.43万元", "6.43万元",
     "97.40 - 91.06 = 6.34万元 left unspent, stated 6.43"),
    ("gz-liuzhi-chenfei-2019", 5, "conflicting_values", "prose",
     "满意度为92.4%", "满意度为94.2%", "满意度为94.2%",
     "the text gives 94.2% satisfaction, the 自评表 row gives 92.4%"),
    ("gz-liuzhi-chenfei-2019", 6, "unit_mismatch", "prose",
     "按每人2,000元标准", "按每人2,000万元标准", "2,000万元",
     "168 people x 2,000元 = 33.60万元; the per-person standard is written with 万元 (off by 10^4)"),

    # ---- fj-dehua-zyjkjc-2020 (PDF copy, 元 table with 行次, space-separated table rows)
    ("fj-dehua-zyjkjc-2020", 1, "score_sum_mismatch", "table",
     "5386人次 15 13.47", "5386人次 15 13.74", "15 13.74",
     "表2 scores now add up to 94.00, the 合计 row and the text say 93.73"),
    ("fj-dehua-zyjkjc-2020", 2, "grade_mismatch", "table",
     "93.73 评价等级：优", "93.73 评价等级：良", "评价等级：良",
     "93.73 lies in the 优 band (>= 90), 表2 states 良"),
    ("fj-dehua-zyjkjc-2020", 3, "balance_mismatch", "prose",
     "年末结余56,753.50元", "年末结余56,573.50元", "56,573.50元",
     "到位 1,386,500.00 - 支出 1,329,746.50 = 56,753.50元, stated 56,573.50"),
    ("fj-dehua-zyjkjc-2020", 4, "unit_mismatch", "prose",
     "粉尘监测费172,000.00元", "粉尘监测费172,000.00万元", "172,000.00万元",
     "the three spending items add up to 1,329,746.50元 only with 172,000.00元; written as 万元 (off by 10^4)"),
    ("fj-dehua-zyjkjc-2020", 5, "average_mismatch", "prose",
     "94.33分", "94.67分", "94.67分",
     "(96 + 92 + 95) / 3 = 94.33, stated average 94.67"),
    ("fj-dehua-zyjkjc-2020", 6, "completion_mismatch", "prose",
     "完成率89.77%", "完成率87.97%", "完成率87.97%",
     "5386 / 6000 = 89.77%, stated 87.97%"),

    # ---- zj-changxing-zybfz-2023 (Word export, pipe tables)
    ("zj-changxing-zybfz-2023", 1, "sum_mismatch", "table",
     "| 141.50 | 113.33 |", "| 141.50 | 113.03 |", "113.03",
     "全年执行数: 当年财政拨款 113.03 + 上年结转 15.00 = 128.03, 年度资金总额 says 128.33"),
    ("zj-changxing-zybfz-2023", 2, "score_exceeds_weight", "table",
     "| 2023年11月24日 | 5 | 5 | |\n| | 成本指标 | 血铅检测单价 | ≤60元/人次 | 58元/人次 | 10 | 10 |",
     "| 2023年11月24日 | 5 | 10 | |\n| | 成本指标 | 血铅检测单价 | ≤60元/人次 | 58元/人次 | 10 | 5 |",
     "2023年11月24日 | 5 | 10",
     "时效指标 row: weight 5, score 10 (scores of the 时效 and 成本 rows swapped, total unchanged)"),
    ("zj-changxing-zybfz-2023", 3, "weight_sum_mismatch", "table",
     "| 100% | 100% | 5 | 5 |", "| 100% | 100% | 6 | 5 |", "100% | 6 | 5",
     "质控合格率 weight 6: weights now add up to 101 (execution 10 + rows 91), 总分 row says 100"),
    ("zj-changxing-zybfz-2023", 4, "conflicting_values", "table",
     "| ≥6500人 | 6932人 |", "| ≥6500人 | 6923人 |", "6923人",
     "自评表 gives 6923 examined, the text gives 6932 (and its breakdowns add up to 6932)"),
    ("zj-changxing-zybfz-2023", 5, "average_mismatch", "prose",
     "季均1,733人", "季均1,773人", "季均1,773人",
     "(1,512 + 1,846 + 1,937 + 1,637) / 4 = 1,733, stated 1,773"),
    ("zj-changxing-zybfz-2023", 6, "grade_mismatch", "prose",
     "评价等级为良。", "评价等级为优。", "评价等级为优",
     "88.83 lies in the 良 band (80 <= s < 90), stated 优"),

    # ---- jx-luxi-jkzx-bumen-2022 (department summary, tab and full-width bar tables)
    ("jx-luxi-jkzx-bumen-2022", 1, "score_sum_mismatch", "table",
     "重点工作完成率｜20｜18.5", "重点工作完成率｜20｜17.5", "重点工作完成率｜20｜17.5",
     "department table scores now add up to 93.36, 合计 and the text say 94.36"),
    ("jx-luxi-jkzx-bumen-2022", 2, "rate_mismatch", "prose",
     "预算执行率95.58%", "预算执行率95.85%", "预算执行率95.85%",
     "1,457.53 / 1,524.87 = 95.58%, stated 95.85%"),
    ("jx-luxi-jkzx-bumen-2022", 3, "sum_mismatch", "prose",
     "公用经费117.23万元", "公用经费117.32万元", "117.32万元",
     "人员经费 845.12 + 公用经费 117.32 = 962.44, 基本支出 stated 962.35"),
    ("jx-luxi-jkzx-bumen-2022", 4, "implausible_rate", "prose",
     "综合满意度为93.0%", "综合满意度为103.0%", "103.0%",
     "a satisfaction rate above 100%"),
    ("jx-luxi-jkzx-bumen-2022", 5, "year_mismatch", "prose",
     "结转2023年使用", "结转2022年使用", "结转2022年使用",
     "the unspent 2022 funds are carried over to 2022 itself; must be a later year"),
    ("jx-luxi-jkzx-bumen-2022", 6, "weight_sum_mismatch", "table",
     "结转结余率｜5｜4", "结转结余率｜6｜4", "结转结余率｜6｜4",
     "department table weights now add up to 101, 合计 says 100"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit("%s-e%d: old string matches %d times: %r" % (s, n, cnt, old))
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit("%s-e%d: value %r not in the error case" % (s, n, value))
            name = "%s-e%d.txt" % (s, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases (%d errors) and labels.jsonl" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
