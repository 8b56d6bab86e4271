#!/usr/bin/env python3
"""Regenerate the error cases (cases/<id>-eN.txt) and labels.jsonl from the clean drafts.

Pure Python 3, no third-party packages.  Every error is one entry of EDITS:
  (project id, case number, code, [(old, new), ...], value, explanation)
- each (old, new) pair is applied to the clean draft; `old` must occur exactly once in it;
- one pair = one contiguous edit; two pairs are only used for score rows and must sit on
  two adjacent lines (checked in verify.py);
- value is either a literal string or a (begin, end) pair: the substring of the error case
  that starts at `begin` and runs to the end of the first `end` after it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "yuechi-police-2023",
    "qijiang-justice-2021",
    "yuanan-court-2019",
    "shimen-emergency-2022",
    "tongshan-fire-2024",
    "wuxi-procuratorate-2018",
]

EDITS = [
    # ---- A. 四川 岳池县公安局 2023 部门整体 (决策/过程/履职效能/社会效应, 小计 rows) ----
    ("yuechi-police-2023", 1, "score_sum_mismatch",
     [("\t6\t5.68\t目标1,200个", "\t6\t5.86\t目标1,200个")],
     ("5.86\t目标1,200个", "小计\t\t40\t39.68"),
     "雪亮工程 row retyped 5.68 -> 5.86; 履职效能 rows now sum 5+6+5+6+5.86+6+6 = 39.86, "
     "小计 still 39.68 (and 合计 95.93 no longer equals the row sum 96.11)"),
    ("yuechi-police-2023", 2, "rate_mismatch",
     [("10,854.25万元，执行率98.56%", "10,854.25万元，执行率98.65%")],
     "10,854.25万元，执行率98.65%",
     "基本支出 10,854.25 / 基本支出预算 11,012.60 = 98.56%, stated 98.65% (digits transposed)"),
    ("yuechi-police-2023", 3, "average_mismatch",
     [("平均6.8分钟", "平均7.1分钟")],
     "平均7.1分钟",
     "(6.2 + 7.4 + 5.8 + 8.1 + 6.5) / 5 = 6.8; 7.1 is the mean with the 5.8 station left out"),
    ("yuechi-police-2023", 4, "unit_mismatch",
     [("单价3,800元", "单价3,800万元")],
     "单价3,800万元",
     "120台 x 3,800元 = 45.60万元 as stated; 3,800万元 is off by 10^4 (元 figure labelled 万元)"),
    ("yuechi-police-2023", 5, "year_mismatch",
     [("截至2023年12月31日", "截至2022年12月31日")],
     "截至2022年12月31日",
     "2023 report: the staffing figures are as at the end of the evaluation year 2023; "
     "last year's date left in"),

    # ---- B. 重庆 綦江区司法局 2021 部门整体 (预算执行/产出/效益/满意度, 完成率 column) ----
    ("qijiang-justice-2021", 1, "weight_sum_mismatch",
     [("103.88%\t8\t8", "103.88%\t9\t8")],
     ("103.88%\t9\t8", "合计\t\t\t\t\t\t100"),
     "法治宣传教育知晓率 weight 8 -> 9: weights now sum 101 (效益 31) against 合计 100"),
    ("qijiang-justice-2021", 2, "balance_mismatch",
     [("结余14.52万元", "结余15.52万元")],
     "结余15.52万元",
     "法律援助专项 286.00 - 271.48 = 14.52, stated 15.52 (borrow slip)"),
    ("qijiang-justice-2021", 3, "conflicting_values",
     [("全年办理法律援助案件1,286件", "全年办理法律援助案件1,268件")],
     "法律援助案件1,268件",
     "the table gives 法律援助案件数 1,286件 (completion 107.17% = 1,286/1,200); the text retypes it as 1,268件"),
    ("qijiang-justice-2021", 4, "completion_mismatch",
     [("5,126件\t113.91%", "5,126件\t87.79%")],
     "5,126件\t87.79%",
     "≥4,500件 with 5,126件: completion 113.91%; 87.79% is 4,500/5,126 (inverted)"),

    # ---- C. 湖北 远安县人民法院 2019 部门整体 (20-point execution, 良) ----
    ("yuanan-court-2019", 1, "score_exceeds_weight",
     [("4,018件\t8\t7.65\t", "4,018件\t8\t5\t"),
      ("66场\t5\t5\t", "66场\t5\t7.65\t")],
     "66场\t5\t7.65",
     "scores of two adjacent rows swapped when pasting: 巡回审判场次 weight 5 now scored 7.65 "
     "(审执结案件数 8 scored 5); the total 89.46 still adds up"),
    ("yuanan-court-2019", 2, "sum_mismatch",
     [("中央政法转移支付140.00万元", "中央政法转移支付104.00万元")],
     "2,756.34万元，其中县级财政2,516.34万元、中央政法转移支付104.00万元",
     "2,516.34 + 104.00 + 100.00 = 2,720.34, stated total 2,756.34 (140.00 retyped as 104.00)"),
    ("yuanan-court-2019", 3, "grade_mismatch",
     [("评价等级为良好", "评价等级为优秀")],
     "评价等级为优秀",
     "total 89.46 lies in the 良 band (80 ≤ s < 90)"),
    ("yuanan-court-2019", 4, "implausible_rate",
     [("实际支出90.24万元，执行率94.00%", "实际支出99.24万元，执行率103.38%")],
     "99.24万元，执行率103.38%",
     "执行专项 spending 99.24 above its 96.00 budget: execution rate 103.38% (> 100%)"),

    # ---- D. 湖南 石门县应急管理局 2022 项目支出 (MOF 自评表, equipment list) ----
    ("shimen-emergency-2022", 1, "sum_mismatch",
     [("救援队员培训9.84万元", "救援队员培训8.94万元")],
     "225.38万元，其中装备物资购置185.18万元、物资储备仓库租金12.00万元、应急演练18.36万元、救援队员培训8.94万元",
     "185.18 + 12.00 + 18.36 + 8.94 = 224.48, stated 225.38 (9.84 retyped as 8.94)"),
    ("shimen-emergency-2022", 2, "balance_mismatch",
     [("年末结余34.62万元", "年末结余74.82万元")],
     "结余74.82万元",
     "260.00 - 225.38 = 34.62; 74.82 = 260.00 - 185.18 counts only the equipment purchase"),
    ("shimen-emergency-2022", 3, "completion_mismatch",
     [("286人次\t95.33%", "286人次\t93.33%")],
     "286人次\t93.33%",
     "≥300人次 with 286人次: 95.33%, stated 93.33%"),
    ("shimen-emergency-2022", 4, "score_sum_mismatch",
     [("产出指标48.77分", "产出指标48.27分")],
     "97.44分，其中预算执行8.67分、产出指标48.27分",
     "8.67 + 48.27 + 30 + 10 = 96.94, stated total 97.44 (and the table's 产出 rows sum to 48.77)"),
    ("shimen-emergency-2022", 5, "unit_mismatch",
     [("≤9.00万元/艘\t8.65万元/艘", "≤9.00万元/艘\t96.11%")],
     "≤9.00万元/艘\t96.11%",
     "target in 万元/艘, actual given as a percentage (8.65/9.00 typed into the actual cell)"),

    # ---- E. 湖北 通山县消防救援大队 2024 部门整体 (投入/过程/产出/效益) ----
    ("tongshan-fire-2024", 1, "weight_sum_mismatch",
     [("15分、25分、35分、25分", "15分、25分、40分、25分")],
     "15分、25分、40分、25分，合计100分",
     "15 + 25 + 40 + 25 = 105, stated 100; the 产出 rows carry 35"),
    ("tongshan-fire-2024", 2, "rate_mismatch",
     [("940.46万元，执行率95.15%", "940.46万元，执行率97.69%")],
     "940.46万元，执行率97.69%",
     "项目支出 940.46 / 988.40 = 95.15%; 97.69% is the 基本支出 rate copied from the clause before"),
    ("tongshan-fire-2024", 3, "implausible_rate",
     [("上年结转资金\t0.00\t0.00\t0.00\t0.00\t—", "上年结转资金\t0.00\t0.00\t0.00\t0.00\t100.00%")],
     "上年结转资金\t0.00\t0.00\t0.00\t0.00\t100.00%",
     "an execution rate of 100.00% on a zero budget (上年结转 0.00)"),
    ("tongshan-fire-2024", 4, "average_mismatch",
     [("平均113起", "平均141.25起")],
     "平均141.25起",
     "(126 + 98 + 143 + 87 + 111) / 5 = 113; 141.25 divides the 565 by 4"),

    # ---- F. 重庆 巫溪县人民检察院 2018 部门整体 (决策/过程/产出/效益, 90.00 boundary) ----
    ("wuxi-procuratorate-2018", 1, "grade_mismatch",
     [("评价等级为“优”", "评价等级为“良”")],
     "评价等级为“良”",
     "total 90.00 is 优 (the lower bound 90 is inclusive)"),
    ("wuxi-procuratorate-2018", 2, "score_exceeds_weight",
     [("264.50万元\t6\t5.29\t", "264.50万元\t6\t7.45\t"),
      ("88.50%\t8\t7.45\t", "88.50%\t8\t5.29\t")],
     "264.50万元\t6\t7.45",
     "scores of two adjacent rows swapped: 公益诉讼挽回国有财产损失 weight 6 scored 7.45; "
     "效益 subtotal 16.74 and total 90.00 unchanged"),
    ("wuxi-procuratorate-2018", 3, "conflicting_values",
     [("扫黑除恶专项经费60.00万元，实际支出", "扫黑除恶专项经费66.00万元，实际支出")],
     "扫黑除恶专项经费66.00万元",
     "the 追加 sentence gives 扫黑除恶专项经费 60.00 (60.00 + 83.50 = 143.50); restated as 66.00"),
    ("wuxi-procuratorate-2018", 4, "year_mismatch",
     [("年度：2018年", "年度：2017年")],
     "年度：2017年",
     "the 自评表 header claims 2017 in the 2018 report (last year's template)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    begin, end = value
    i = text.find(begin)
    assert i >= 0, f"value begin not found: {begin!r}"
    j = text.find(end, i)
    assert j >= 0, f"value end not found: {end!r}"
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, pairs, value, why) in EDITS:
            if p != pid:
                continue
            text = clean
            for old, new in pairs:
                assert clean.count(old) == 1, f"{pid}-e{n}: old text not unique in clean: {old!r}"
                text = text.replace(old, new, 1)
            name = f"{pid}-e{n}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value), "explanation": why}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
