#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts543 from the clean drafts.

Each error case is its clean draft with exactly one edit: `old` (which must occur exactly once in the
clean draft) replaced by `new`. `value` is the labelled substring (it must occur exactly once in the
error case and overlap the edit); verify.py re-checks all of this and redoes the arithmetic.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "tonggu-zhongfeng-2021",
    "shennongjia-fengye-2023",
    "luoping-mifeng-2019",
    "raohe-heifeng-2025",
    "jiangshan-fengye-2022",
]

# (project, n, code, old, new, value, where, explanation)
EDITS = [
    # ---- 铜鼓县 2021 (MOF layout, 项目支出) ----
    ("tonggu-zhongfeng-2021", 1, "rate_mismatch",
     "执行154.25万元，预算执行率95.00%", "执行154.25万元，预算执行率95.50%",
     "预算执行率95.50%", "prose, 二（二）资金使用",
     "154.25 / 162.36 = 95.00%, stated 95.50% (the funds table still reads 95.00%)"),
    ("tonggu-zhongfeng-2021", 2, "balance_mismatch",
     "差额8.11万元", "差额8.21万元",
     "差额8.21万元", "prose, 二（二）资金使用",
     "全年预算 162.36 − 全年执行 154.25 = 8.11 carried forward, stated 8.21"),
    ("tonggu-zhongfeng-2021", 3, "unit_mismatch",
     "箱数补助资金86.00万元", "箱数补助资金860000万元",
     "箱数补助资金860000万元", "prose, 分别为 list",
     "the 86.00万元 item (860,000元) is written as 860000万元: the list no longer adds up to 154.25 and the item "
     "disagrees with 补助资金86.00万元 (100元 × 8,600箱); both are reconciled exactly by ÷10^4, so unit_mismatch, "
     "not sum_mismatch / conflicting_values"),
    ("tonggu-zhongfeng-2021", 4, "year_mismatch",
     "结转至2022年", "结转至2021年",
     "结转至2021年", "prose, 二（二）资金使用",
     "unspent money of the 2021 budget cannot be carried over to 2021 itself; it goes to a later year (2022)"),
    ("tonggu-zhongfeng-2021", 5, "implausible_rate",
     "实际到位100.00万元，到位率100%", "实际到位108.00万元，到位率108%",
     "实际到位108.00万元，到位率108%", "prose, 二（一）资金安排",
     "108.00万元 received against a provincial allocation of 100.00万元: the rate 108% is arithmetically "
     "consistent but a 到位率 above 100% is impossible"),
    ("tonggu-zhongfeng-2021", 6, "grade_mismatch",
     "评价等级为优", "评价等级为良",
     "评价等级为良", "prose, 四、自评结论",
     "total 97.83 lies in the 优 band (≥ 90), stated 良"),
    # ---- 神农架林区 2023 (部门整体支出, Hubei-style 20 + 80) ----
    ("shennongjia-fengye-2023", 1, "average_mismatch",
     "平均得分94.50分", "平均得分94.05分",
     "平均得分94.05分", "prose, 三（四）项目自评情况",
     "(96.50 + 92.00 + 94.30 + 95.20) / 4 = 94.50, stated 94.05"),
    ("shennongjia-fengye-2023", 2, "weight_sum_mismatch",
     "20分、40分、30分、10分", "20分、45分、30分、10分",
     "分值分别为20分、45分、30分、10分", "prose above the 自评表",
     "first-level weights now total 105 (not 100), and the 产出 rows of the table add up to 40, not 45"),
    ("shennongjia-fengye-2023", 3, "score_sum_mismatch",
     "保护机制基本建立\t9", "保护机制基本建立\t8",
     "保护机制基本建立\t8", "table, 可持续影响指标 row",
     "row scores now add up to 96.82 (效益 block 28) while the table and the text state 97.82 and 效益29分; "
     "8 is still inside the 达成 band [8, 10], so no other rule is broken"),
    ("shennongjia-fengye-2023", 4, "sum_mismatch",
     "检测设备项目31.70万元", "检测设备项目37.10万元",
     "采购蜂产品质量检测设备项目37.10万元", "prose, 分别为 list of projects",
     "96.00 + 78.40 + 37.10 + 20.00 = 231.50 ≠ 项目支出预算 226.10"),
    ("shennongjia-fengye-2023", 5, "conflicting_values",
     "蜂王2,150只", "蜂王2,510只",
     "推广中蜂良种蜂王2,510只", "prose, 三（一）履职产出",
     "the 自评表 gives 推广中蜂良种蜂王数量 2150只"),
    ("shennongjia-fengye-2023", 6, "rate_mismatch",
     "95.63%\t95.72%", "95.63%\t95.27%",
     "95.63%\t95.27%", "table, 与上年对比, 2023 column",
     "394.65 / 412.30 = 95.72%, stated 95.27% (last year's 95.63% beside it is right)"),
    # ---- 罗平县 2019 (Shanxi-style tables with 完成率) ----
    ("luoping-mifeng-2019", 1, "completion_mismatch",
     "2200个\t110.00%", "2200个\t101.00%",
     "2200个\t101.00%", "table, 产出 block, 发放活框蜂箱 row",
     "2200 / 2000 = 110.00%, stated 101.00%"),
    ("luoping-mifeng-2019", 2, "score_exceeds_weight",
     "9.20\n蜂箱验收合格率\t10\t≥95%\t98%\t103.16%\t10", "8.20\n蜂箱验收合格率\t10\t≥95%\t98%\t103.16%\t11",
     "蜂箱验收合格率\t10\t≥95%\t98%\t103.16%\t11", "table, 产出 block, two adjacent rows",
     "score 11 above weight 10; the row above (技术培训人次) was lowered from 9.20 to 8.20 in the same edit so the "
     "total still reads 98.94 (that row now also deviates from 10 × 460/500 — a score_rule_mismatch warning, not an error)"),
    ("luoping-mifeng-2019", 3, "year_mismatch",
     "2018年12月提前下达", "2017年12月提前下达",
     "2017年12月提前下达", "prose, 一（二）资金来源",
     "money for the 2019 budget can be issued in advance in December 2018, not December 2017"),
    ("luoping-mifeng-2019", 4, "average_mismatch",
     "每期平均培训57.5人次", "每期平均培训55.7人次",
     "每期平均培训55.7人次", "prose, 三（一）产出分析",
     "460人次 / 8期 = 57.5, stated 55.7"),
    ("luoping-mifeng-2019", 5, "conflicting_values",
     "贫困户86户发展养蜂", "贫困户68户发展养蜂",
     "贫困户68户发展养蜂", "prose, 三（二）效益分析",
     "the 效益 table gives 带动贫困户养蜂 86户"),
    ("luoping-mifeng-2019", 6, "unit_mismatch",
     "11.5万亩", "115%",
     "≥10万亩\t115%", "table, 效益 block, 蜜蜂授粉面积 row",
     "target in 万亩, actual written as a percentage, so completion cannot be computed from the row"),
    # ---- 饶河县 2025 (Shanxi-style funds table with a zero 中央 column; no satisfaction line) ----
    ("raohe-heifeng-2025", 1, "implausible_rate",
     "94.38\t—", "94.38\t100.00",
     "94.38\t100.00\t94.56", "table, 预算执行率 (7) row, 中央 column",
     "the 中央 column has a zero base (budget 0.00, spent 0.00): a non-zero execution rate there is impossible"),
    ("raohe-heifeng-2025", 2, "sum_mismatch",
     "(1)\t180.00", "(1)\t185.00",
     "(1)\t185.00", "table, 年初预算资金 (1) row, 合计",
     "0.00 + 150.00 + 30.00 + 0.00 = 180.00 ≠ 185.00 (and 全年 198.60 − 年中追加自筹 18.60 = 180.00)"),
    ("raohe-heifeng-2025", 3, "average_mismatch",
     "户均补助4,800元", "户均补助4,080元",
     "户均补助4,080元", "prose, 二（三）补助兑付情况",
     "160元 × 5,700箱 = 91.20万元 over 190户 = 4,800元 per household, stated 4,080"),
    ("raohe-heifeng-2025", 4, "rate_mismatch",
     "94.56", "94.65",
     "94.65", "table, 预算执行率 (7) row, 省级 column",
     "141.84 / 150.00 = 94.56%, stated 94.65"),
    ("raohe-heifeng-2025", 5, "grade_mismatch",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好", "prose, 三（三）自评结论",
     "total 97.69 lies in the 优 band (≥ 90), stated 良好"),
    ("raohe-heifeng-2025", 6, "score_sum_mismatch",
     "达成年度指标\t5\t4.5", "达成年度指标\t5\t4.2",
     "基本建立，达成年度指标\t5\t4.2", "table, 可持续影响指标 row",
     "row scores now add up to 97.39 (效益 block 29.2) while the table and the text state 97.69 and 29.5; "
     "4.2 is still inside the 达成 band [4, 5]"),
    # ---- 江山市 2022 (MOF layout with 完成率 column, grade 良) ----
    ("jiangshan-fengye-2022", 1, "completion_mismatch",
     "95.83%", "95.38%",
     "1150人\t95.38%", "table, 社会效益指标 row",
     "1150 / 1200 = 95.83%, stated 95.38% (the score 9.58 still follows from the amounts)"),
    ("jiangshan-fengye-2022", 2, "grade_mismatch",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀", "prose, 四、自评结论",
     "total 88.07 lies in the 良 band (80 ≤ s < 90), stated 优秀"),
    ("jiangshan-fengye-2022", 3, "weight_sum_mismatch",
     "50元/箱\t100.00%\t5\t5", "50元/箱\t100.00%\t6\t5",
     "50元/箱\t100.00%\t6\t5", "table, 成本指标 row, 分值",
     "weights now total 101 and the 产出 rows add up to 51 against the stated 产出指标50分"),
    ("jiangshan-fengye-2022", 4, "sum_mismatch",
     "质量追溯平台38.00万元", "质量追溯平台36.00万元",
     "建设蜂产品质量追溯平台36.00万元", "prose, 分别为 list",
     "108.00 + 45.52 + 36.00 + 30.00 = 219.52 ≠ 全年执行 221.52"),
    ("jiangshan-fengye-2022", 5, "score_exceeds_weight",
     "10\t\n\t时效指标\t资金兑付及时率\t≥95%\t90%\t94.74%\t5\t4.74",
     "9\t\n\t时效指标\t资金兑付及时率\t≥95%\t90%\t94.74%\t5\t5.74",
     "94.74%\t5\t5.74", "table, two adjacent rows (质量 / 时效)",
     "score 5.74 above weight 5; the 抽检合格率 row above was lowered from 10 to 9 in the same edit so the total "
     "still reads 88.07 (that row now deviates from its full-marks rule — a score_rule_mismatch warning, not an error)"),
    ("jiangshan-fengye-2022", 6, "balance_mismatch",
     "未执行的38.48万元", "未执行的38.84万元",
     "未执行的38.84万元", "prose, 二、资金安排及使用情况",
     "全年预算 260.00 − 全年执行 221.52 = 38.48, stated 38.84"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    by_project = {p: [e for e in EDITS if e[0] == p] for p in PROJECTS}
    for proj in PROJECTS:
        clean = read(os.path.join(CASES, f"{proj}-clean.txt"))
        labels.append({"case": f"{proj}-clean.txt", "source": proj, "clean": True, "expected": []})
        for (_, n, code, old, new, value, where, expl) in sorted(by_project[proj], key=lambda e: e[1]):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{proj}-e{n}: old text occurs {cnt} times in the clean draft: {old!r}")
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                sys.exit(f"{proj}-e{n}: value occurs {text.count(value)} times: {value!r}")
            name = f"{proj}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
