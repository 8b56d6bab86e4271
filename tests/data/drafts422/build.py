#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft.
Run from this directory: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

HN = "hn-heshan-fushouluo-2018"
GD = "gd-xinhui-hongzhuoyi-2020"
AH = "ah-nanqiao-ruqinpucha-2021"
ZJ = "zj-nanhu-yizhihuang-2022"
JX = "jx-guangfeng-zhibaozhan-bumen-2024"
PROJECTS = [HN, GD, AH, ZJ, JX]

# (project, suffix, code, where, old, new, value, explanation)
EDITS = [
    # --- Hunan, 2018, 福寿螺 (tab-separated Word table) ---
    (HN, "e1", "rate_mismatch", "table",
     "25.00\t25.00\t23.30\t100%\t93.20%", "25.00\t25.00\t23.30\t100%\t92.30%",
     "23.30\t100%\t92.30%",
     "省级植保专项资金 row: 23.30 / 25.00 = 93.20%, stated 92.30%"),
    (HN, "e2", "balance_mismatch", "prose",
     "年末结余5.44万元", "年末结余4.54万元",
     "结余4.54万元",
     "到位 85.00 - 支出 79.56 = 5.44万元, stated 4.54万元"),
    (HN, "e3", "sum_mismatch", "prose",
     "沟渠0.35万亩", "沟渠0.53万亩",
     "沟渠0.53万亩",
     "稻田1.84 + 沟渠0.53 + 藕田及坑塘0.17 = 2.54万亩, but the total is 2.36万亩"),
    (HN, "e4", "average_mismatch", "prose",
     "平均每平方米1.8头", "平均每平方米1.6头",
     "平均每平方米1.6头",
     "(2.6 + 2.1 + 1.4 + 1.1) / 4 = 1.8头, stated 1.6头"),
    (HN, "e5", "score_sum_mismatch", "table",
     "≥4次\t4次\t6\t6", "≥4次\t4次\t6\t5",
     "4次\t6\t5",
     "row scores now add up to 96.60, while the table 合计 and the text say 97.60"),
    (HN, "e6", "year_mismatch", "prose",
     "已结转至2019年", "已结转至2018年",
     "结转至2018年",
     "unspent money of the 2018 budget carried over to 2018 itself; must be a later year (2019)"),

    # --- Guangdong, 2020, 红火蚁 (space-aligned Excel table) ---
    (GD, "e1", "completion_mismatch", "table",
     "12540亩     104.50%", "12540亩     105.40%",
     "105.40%",
     "防控处置面积: 12540 / 12000 = 104.50%, stated 105.40%"),
    (GD, "e2", "score_exceeds_weight", "table",
     "112.00%  8     8      无\n"
     "                                培训防控人员            ≥300人次    285人次     95.00%   6     5.70",
     "112.00%  8     7.50   无\n"
     "                                培训防控人员            ≥300人次    285人次     95.00%   6     6.20",
     "95.00%   6     6.20",
     "培训防控人员 scored 6.20 against a weight of 6 (the 监测调查点位 row above was lowered to 7.50, so the total still reads 98.87)"),
    (GD, "e3", "weight_sum_mismatch", "table",
     "105.56%  8     8", "105.56%  9     8",
     "105.56%  9",
     "防控处置率 weight 9 instead of 8: weights now total 101 against the stated 100"),
    (GD, "e4", "unit_mismatch", "table",
     "≥300人次    285人次", "≥300人次    95%    ",
     "≥300人次    95%",
     "培训防控人员 target in 人次, actual given as a percentage"),
    (GD, "e5", "conflicting_values", "prose",
     "全年累计处置红火蚁发生区12540亩", "全年累计处置红火蚁发生区12450亩",
     "发生区12450亩",
     "section 三 says 12450亩, section 四 and the table give the same 防控处置面积 as 12540亩"),
    (GD, "e6", "implausible_rate", "prose",
     "有效问卷回收率97.5%", "有效问卷回收率107.5%",
     "回收率107.5%",
     "a questionnaire return rate cannot exceed 100%"),

    # --- Anhui, 2021, 外来入侵物种普查 (full-width pipe tables) ---
    (AH, "e1", "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀",
     "等级为优秀",
     "total 87.34 lies in the 80-90 band (良), not 优"),
    (AH, "e2", "rate_mismatch", "table",
     "7.52｜100%｜94.00%", "7.52｜100%｜96.00%",
     "100%｜96.00%",
     "省级资金 row: 7.52 / 8.00 = 94.00%, stated 96.00%"),
    (AH, "e3", "sum_mismatch", "table",
     "标本采集制作及鉴定费｜6.50｜5.84", "标本采集制作及鉴定费｜6.50｜5.48",
     "鉴定费｜6.50｜5.48",
     "支出数 column: 13.26 + 5.48 + 5.62 + 3.92 + 2.04 + 0.90 = 31.22, 合计 says 31.58"),
    (AH, "e4", "unit_mismatch", "prose",
     "实施480亩计0.96万元", "实施480亩计9600万元",
     "9600万元",
     "20元/亩 x 480亩 = 9600元 = 0.96万元: a 元 figure written with 万元 (off by 10^4); also breaks 2.04 = part + 1.08"),
    (AH, "e5", "conflicting_values", "prose",
     "共发现外来入侵物种41种", "共发现外来入侵物种44种",
     "发现外来入侵物种44种",
     "the overview says 44 species, section 三 confirms 41 (29 + 9 + 3)"),
    (AH, "e6", "average_mismatch", "prose",
     "平均每个乡镇310亩", "平均每个乡镇301亩",
     "平均每个乡镇301亩",
     "(420 + 360 + 280 + 300 + 270 + 230) / 6 = 310亩, stated 301亩"),

    # --- Zhejiang, 2022, 加拿大一枝黄花 (ASCII pipe table from a web page) ---
    (ZJ, "e1", "balance_mismatch", "prose",
     "未使用的8.55万元", "未使用的8.65万元",
     "未使用的8.65万元",
     "全年预算 192.40 - 执行 183.85 = 8.55万元, stated 8.65万元"),
    (ZJ, "e2", "completion_mismatch", "table",
     "6200亩 | 103.33%", "6200亩 | 101.33%",
     "6200亩 | 101.33%",
     "人工连根拔除面积: 6200 / 6000 = 103.33%, stated 101.33%"),
    (ZJ, "e3", "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "the 2022 report states its execution as of 2021-12-31"),
    (ZJ, "e4", "score_exceeds_weight", "table",
     "| 6 | 4.80 | 化学防除地块根茎残留，推广连根拔除 |\n"
     "| | 时效指标 | 秋季集中清除完成时间 | 11月30日前 | 11月26日 | 100% | 5 | 5 |",
     "| 6 | 4.00 | 化学防除地块根茎残留，推广连根拔除 |\n"
     "| | 时效指标 | 秋季集中清除完成时间 | 11月30日前 | 11月26日 | 100% | 5 | 5.80 |",
     "| 100% | 5 | 5.80 |",
     "秋季集中清除完成时间 scored 5.80 against a weight of 5 (复查复发率 above lowered to 4.00, total unchanged at 97.86)"),
    (ZJ, "e5", "weight_sum_mismatch", "table",
     "| 95.00% | 10 | 9.50 |", "| 95.00% | 11 | 9.50 |",
     "| 11 | 9.50",
     "长效管护 row weight 11 instead of 10: weights total 101 against 总分 100"),
    (ZJ, "e6", "implausible_rate", "prose",
     "清除到位率96.7%", "清除到位率106.7%",
     "清除到位率106.7%",
     "share of sampled plots cleared cannot exceed 100%"),

    # --- Jiangxi, 2024, 部门整体支出 (PDF copy, single-space table) ---
    (JX, "e1", "score_sum_mismatch", "table",
     "≥24期 26期 6 6 无", "≥24期 26期 6 5 无",
     "26期 6 5",
     "row scores now add up to 96.28, while 合计 and the text say 97.28"),
    (JX, "e2", "grade_mismatch", "prose",
     "等级为优秀", "等级为良好",
     "97.28分，等级为良好",
     "97.28 is in the 90-100 band (优)"),
    (JX, "e3", "completion_mismatch", "prose",
     "完成年度目标的88.00%", "完成年度目标的92.00%",
     "完成年度目标的92.00%",
     "农药减量示范区 1.32 / 1.5万亩 = 88.00%, stated 92.00%"),
    (JX, "e4", "year_mismatch", "table",
     "部门整体支出绩效自评表（2024年度）", "部门整体支出绩效自评表（2023年度）",
     "自评表（2023年度）",
     "the attached table claims 2023 for a 2024 report"),
    (JX, "e5", "implausible_rate", "prose",
     "防效达到92.6%", "防效达到102.6%",
     "防效达到102.6%",
     "a control efficacy (share of nests eliminated) cannot exceed 100%"),
    (JX, "e6", "rate_mismatch", "table",
     "结转结余率 ≤5% 2.69%", "结转结余率 ≤5% 2.86%",
     "结转结余率 ≤5% 2.86%",
     "结转结余 7.46 / 全年预算 276.90 = 2.69%, stated 2.86%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, suffix, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-{suffix}: label value not in case: {value!r}")
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if l['clean'])} clean)")


if __name__ == "__main__":
    main()
