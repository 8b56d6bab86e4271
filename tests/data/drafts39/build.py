#!/usr/bin/env python3
"""Regenerate the error cases (cases/<id>-eN.txt) and labels.jsonl from the clean drafts.

Pure Python 3, no third-party packages. The clean drafts cases/<id>-clean.txt are the source;
every error case is the clean draft with the edits listed in EDITS applied.

EDITS entry: (project id, case number, code, [(old, new), ...], value, explanation)
  - each `old` must occur exactly once in the clean draft; it is replaced by `new`
    (the `old`/`new` strings carry some context so that they are unique; the real edit is
    their difference, checked by verify.py);
  - `value` is either a string (the exact substring carrying the error) or a tuple
    ("span", start_marker, end_marker): the value is then the case text from the start of
    start_marker to the end of end_marker (used for sums, where the value runs from the
    changed part to the total).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "xiaonan-oldcommunity-2023",
    "changde-rentalhousing-2022",
    "tianjiaan-shantytown-2020",
    "xupu-dangerhouse-2019",
    "huangmei-rentsubsidy-2024",
]

EDITS = [
    # ---------------- xiaonan-oldcommunity-2023 (Hubei, old residential compounds) ----------------
    ("xiaonan-oldcommunity-2023", 1, "rate_mismatch",
     [("实际到位786.60万元，到位率89.39%", "实际到位786.60万元，到位率89.93%")],
     "到位率89.93%",
     "district matching funds: 786.60 received of 880.00 due = 89.39%; stated 89.93% (digits transposed)"),
    ("xiaonan-oldcommunity-2023", 2, "sum_mismatch",
     [("中央预算内投资880.00万元）", "中央预算内投资820.00万元）")],
     "中央补助资金2,860.00万元（其中中央财政城镇保障性安居工程补助资金1,980.00万元、中央预算内投资820.00万元",
     "central funds 2,860.00 = 1,980.00 + 880.00; the second part retyped 820.00, parts now add to 2,800.00"),
    ("xiaonan-oldcommunity-2023", 3, "score_exceeds_weight",
     [("≥26公里\n24.8公里\n6\n5.72\n", "≥26公里\n24.8公里\n6\n3\n"),
      ("≥12部\n9部\n4\n3\n", "≥12部\n9部\n4\n5.72\n")],
     "加装电梯数量\n≥12部\n9部\n4\n5.72",
     "elevator row: score 5.72 above its weight 4 (scores of the two adjacent rows swapped; total still 98.35)"),
    ("xiaonan-oldcommunity-2023", 4, "average_mismatch",
     [("平均每个街道1,309户", "平均每个街道1,319户")],
     "平均每个街道1,319户",
     "(1,486 + 1,302 + 1,215 + 1,233) / 4 = 1,309 households per sub-district, stated 1,319"),
    ("xiaonan-oldcommunity-2023", 5, "unit_mismatch",
     [("兑现奖补资金135.00万元", "兑现奖补资金1350000万元")],
     "1350000万元",
     "9 elevators x 15万元 = 135.00万元; the 元 amount 1,350,000 written with the unit 万元 (off by 10^4)"),
    ("xiaonan-oldcommunity-2023", 6, "year_mismatch",
     [("项目支出绩效自评表\n（2023年度）", "项目支出绩效自评表\n（2022年度）")],
     "（2022年度）",
     "the attached self-evaluation table is labelled 2022 in the 2023 report (last year's header left in)"),

    # ---------------- changde-rentalhousing-2022 (Hunan, affordable rental housing) ----------------
    ("changde-rentalhousing-2022", 1, "balance_mismatch",
     [("年末结余347.65万元", "年末结余374.65万元")],
     "结余374.65万元",
     "8,950.00 - 8,602.35 = 347.65 (also 2,656.00 - 2,308.35); stated 374.65"),
    ("changde-rentalhousing-2022", 2, "score_sum_mismatch",
     [("6\n5.77\n项目单位资料报送不全", "6\n5.47\n项目单位资料报送不全")],
     ("span", "5.47\n项目单位资料报送不全", "100\n99.22"),
     "timeliness row score retyped 5.47 without updating the total: rows add to 98.92, total row says 99.22"),
    ("changde-rentalhousing-2022", 3, "weight_sum_mismatch",
     [("≥1800套\n1950套\n8\n8", "≥1800套\n1950套\n9\n8")],
     ("span", "基本建成套数\n≥1800套\n1950套\n9", "总分\n\n\n\n\n100"),
     "weight of 基本建成套数 typed 9 instead of 8: weights add to 101 (output block 51), total row says 100"),
    ("changde-rentalhousing-2022", 4, "conflicting_values",
     [("全年筹集保障性租赁住房3,820套，年度任务全面完成", "全年筹集保障性租赁住房3,280套，年度任务全面完成")],
     "筹集保障性租赁住房3,280套",
     "units raised in 2022 are 3,820 everywhere else (1,460 + 1,080 + 1,280, table 3820套, 106.11% of 3,600)"),
    ("changde-rentalhousing-2022", 5, "implausible_rate",
     [("其他资金\n0.00\n0.00\n0.00\n—\n—\n—", "其他资金\n0.00\n0.00\n0.00\n—\n100%\n—")],
     "其他资金\n0.00\n0.00\n0.00\n—\n100%",
     "execution rate 100% printed for 其他资金 whose budget is 0.00: a rate on a zero base"),
    ("changde-rentalhousing-2022", 6, "completion_mismatch",
     [("完成率108.33%", "完成率92.31%")],
     "完成率92.31%",
     "基本建成 1,950 against target 1,800 = 108.33%; 92.31% is the inverted ratio 1,800/1,950"),

    # ---------------- tianjiaan-shantytown-2020 (Anhui, shantytown redevelopment) ----------------
    ("tianjiaan-shantytown-2020", 1, "rate_mismatch",
     [("支出9,214.80万元，执行率86.93%", "支出9,214.80万元，执行率23.87%")],
     "执行率23.87%",
     "fiscal funds 9,214.80 / 10,600.00 = 86.93%; 23.87% divides by the whole 38,600.00 budget (wrong base)"),
    ("tianjiaan-shantytown-2020", 2, "grade_mismatch",
     [("评价等级为“优”", "评价等级为“良”")],
     "评价等级为“良”",
     "total 95.27 is in the 优 band (>= 90)"),
    ("tianjiaan-shantytown-2020", 3, "sum_mismatch",
     [("省级补助1,180.00万元、区级财政资金3,000.00万元", "省级补助1,810.00万元、区级财政资金3,000.00万元")],
     "38,600.00万元，其中中央财政城镇保障性安居工程补助资金6,420.00万元、省级补助1,810.00万元",
     "6,420.00 + 1,810.00 + 3,000.00 + 28,000.00 = 39,230.00, stated 38,600.00 (provincial 1,180.00 retyped; "
     "table: fiscal 10,600.00 + bonds 28,000.00)"),
    ("tianjiaan-shantytown-2020", 4, "average_mismatch",
     [("平均签约率99.23%", "平均签约率99.34%")],
     "平均签约率99.34%",
     "mean of the six stated rates (100+100+98.50+99.26+100+97.62)/6 = 99.23%; 99.34% is the overall 2,108/2,122"),
    ("tianjiaan-shantytown-2020", 5, "year_mismatch",
     [("已结转至2021年", "已结转至2020年")],
     "结转至2020年",
     "the unspent part of the 2020 budget is carried over to 2020 itself"),
    ("tianjiaan-shantytown-2020", 6, "completion_mismatch",
     [("≥60%\n70.02%\n116.70%", "≥60%\n70.02%\n70.02%")],
     "70.02%\n70.02%",
     "monetised resettlement 70.02% against >=60% = 116.70% completion; the actual was copied into 完成率"),

    # ---------------- xupu-dangerhouse-2019 (Hunan, rural dilapidated houses) ----------------
    ("xupu-dangerhouse-2019", 1, "balance_mismatch",
     [("年末结余73.08万元", "年末结余70.38万元")],
     "结余70.38万元",
     "3,706.40 - 3,633.32 = 73.08; stated 70.38"),
    ("xupu-dangerhouse-2019", 2, "score_sum_mismatch",
     [("9.84\n购买服务补充录入力量", "9.48\n购买服务补充录入力量")],
     ("span", "9.48\n购买服务补充录入力量", "100\n99.56"),
     "archive row score retyped 9.48, total not updated: rows add to 99.20, total row says 99.56"),
    ("xupu-dangerhouse-2019", 3, "score_exceeds_weight",
     [("=100%\n99.06%\n8\n7.92\n", "=100%\n99.06%\n8\n4\n"),
      ("=3.5万元\n3.5万元\n4\n4\n", "=3.5万元\n3.5万元\n4\n7.92\n")],
     "重建一类对象户均补助\n=3.5万元\n3.5万元\n4\n7.92",
     "score 7.92 above weight 4 (scores of the adjacent 年度竣工率 and 重建一类 rows swapped; total still 99.56)"),
    ("xupu-dangerhouse-2019", 4, "conflicting_values",
     [("全县2019年完成农村危房改造1,704户", "全县2019年完成农村危房改造1,740户")],
     "完成农村危房改造1,740户",
     "the 2019 task and its completion are 1,704 households everywhere else (1,018+396+178+112, table 1704户)"),
    ("xupu-dangerhouse-2019", 5, "unit_mismatch",
     [("每户补助3.5万元，计1,792.00万元", "每户补助35000万元，计1,792.00万元")],
     "35000万元",
     "512 households x 3.5万元 = 1,792.00万元; the per-household 35,000元 written with the unit 万元"),
    ("xupu-dangerhouse-2019", 6, "implausible_rate",
     [("其中已搬迁入住1,652户，入住率97.87%", "其中已搬迁入住1,725户，入住率102.19%")],
     "1,725户，入住率102.19%",
     "1,725 households moved in out of 1,688 completed houses: occupancy rate over 100%"),

    # ---------------- huangmei-rentsubsidy-2024 (Hubei, rent subsidies and public rental housing) ----------------
    ("huangmei-rentsubsidy-2024", 1, "weight_sum_mismatch",
     [("产出指标40分、效益指标30分", "产出指标50分、效益指标30分")],
     "产出指标50分、效益指标30分、满意度指标10分，合计100分",
     "20 + 50 + 30 + 10 = 110, stated 100 (the MOF default 50 for outputs left in; the table gives 40)"),
    ("huangmei-rentsubsidy-2024", 2, "grade_mismatch",
     [("自评总得分88.58分，评价等级为良好", "自评总得分88.58分，评价等级为优秀")],
     "评价等级为优秀",
     "total 88.58 is in the 良 band (80-90)"),
    ("huangmei-rentsubsidy-2024", 3, "unit_mismatch",
     [("≤2200元/套\n2083.59元/套", "≤2200元/套\n94.71%")],
     "≤2200元/套\n94.71%",
     "cost target in 元/套, actual given as a percentage (2,083.59/2,200)"),
    ("huangmei-rentsubsidy-2024", 4, "average_mismatch",
     [("季均发放1,604户", "季均发放1,608户")],
     "季均发放1,608户",
     "(1,596 + 1,602 + 1,611 + 1,608) / 4 = 1,604.25; 1,608 is the Q4 / year-end figure"),
    ("huangmei-rentsubsidy-2024", 5, "balance_mismatch",
     [("年末结余211.14万元", "年末结余221.14万元")],
     "结余221.14万元",
     "786.50 - 575.36 = 211.14; stated 221.14"),
    ("huangmei-rentsubsidy-2024", 6, "rate_mismatch",
     [("实际发放443.04万元，支出率98.45%", "实际发放443.04万元，支出率56.33%")],
     "支出率56.33%",
     "rent subsidy 443.04 / 450.00 = 98.45%; 56.33% divides by the whole project budget 786.50 (wrong base)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply_edits(clean, edits, where):
    text = clean
    for old, new in edits:
        n = clean.count(old)
        if n != 1:
            raise SystemExit(f"{where}: edit anchor occurs {n} times in the clean draft: {old!r}")
        text = text.replace(old, new, 1)
    return text


def resolve_value(text, value, where):
    if isinstance(value, tuple):
        _, start, end = value
        i = text.find(start)
        j = text.find(end, i)
        if i < 0 or j < 0:
            raise SystemExit(f"{where}: span markers not found")
        return text[i:j + len(end)]
    return value


def main():
    labels = []
    for pid in PROJECTS:
        clean = read(os.path.join(CASES, f"{pid}-clean.txt"))
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, edits, value, expl) in [e for e in EDITS if e[0] == pid]:
            where = f"{pid}-e{n}"
            text = apply_edits(clean, edits, where)
            with open(os.path.join(CASES, f"{pid}-e{n}.txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": f"{pid}-e{n}.txt", "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value, where),
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
