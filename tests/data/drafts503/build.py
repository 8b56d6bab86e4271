#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts503 from the clean drafts and the edit list below.

Each edit: (project, n, code, old, new, value, where, explanation)
  old   exact text of the clean draft (must occur exactly once there), replaced by new;
  value exact substring of the resulting case, containing the changed figure, occurring exactly once.
The old/new strings may carry some unchanged context so that they are unique; the real change
(common prefix and suffix removed) is one contiguous edit of at most 40 characters (checked by verify.py).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gz-panzhou-bishucun-2021",
    "he-guyuan-xiangcunlvyoucun-2019",
    "hb-xuanen-bishucun-2022",
    "sc-nanjiang-wenlvju-2023",
    "nx-longde-xiangcunlvyou-2024",
]

EDITS = [
    # ---- gz-panzhou-bishucun-2021 (Guizhou, web-page copy, tab tables) ----
    ("gz-panzhou-bishucun-2021", 1, "rate_mismatch",
     "690.00\t—\t95.83%", "690.00\t—\t95.38%", "690.00\t—\t95.38%",
     "表1 funds table, row 其中：当年财政拨款, 执行率 cell",
     "当年财政拨款 690.00 / 720.00 = 95.83%, stated 95.38%"),
    ("gz-panzhou-bishucun-2021", 2, "year_mismatch",
     "结转至2022年继续使用", "结转至2021年继续使用", "结转至2021年继续使用",
     "prose 二（一）资金到位及执行",
     "unspent money of the 2021 budget is carried over to 2021 itself; must be a later year (2022)"),
    ("gz-panzhou-bishucun-2021", 3, "average_mismatch",
     "村均奖补43.53万元", "村均奖补45.53万元", "村均奖补45.53万元",
     "prose 二（一）",
     "740.00 / 17 villages = 43.53, stated 45.53"),
    ("gz-panzhou-bishucun-2021", 4, "completion_mismatch",
     "1386张\t115.50%", "1386张\t105.50%", "1386张\t105.50%",
     "表2 自评表, row 新增避暑民宿床位, 完成率 cell",
     "1386 / 1200 = 115.50%, stated 105.50%"),
    ("gz-panzhou-bishucun-2021", 5, "score_exceeds_weight",
     "80万元/村\t100%\t5\t5\t\n\t\t评估验收费用\t≤15万元\t2.50万元\t100%\t5\t5",
     "80万元/村\t100%\t5\t5.5\t\n\t\t评估验收费用\t≤15万元\t2.50万元\t100%\t5\t4.5",
     "80万元/村\t100%\t5\t5.5",
     "表2 自评表, rows 一类村奖补标准 and 评估验收费用 (one edit over both score cells)",
     "一类村奖补标准 scored 5.5 against a weight of 5 (评估验收费用 lowered from 5 to 4.5, so the total still reads 98.90)"),
    ("gz-panzhou-bishucun-2021", 6, "balance_mismatch",
     "未支出的37.50万元", "未支出的35.70万元", "未支出的35.70万元",
     "prose 二（一）",
     "780.00 received − 742.50 spent = 37.50, stated 35.70"),

    # ---- he-guyuan-xiangcunlvyoucun-2019 (Hebei, Word copy, tables one cell a line) ----
    ("he-guyuan-xiangcunlvyoucun-2019", 1, "grade_mismatch",
     "总得分96.87分，属于“优秀”", "总得分96.87分，属于“良好”", "总得分96.87分，属于“良好”",
     "prose 二、项目绩效情况",
     "96.87 lies in the 优 band (90–100), stated 良好"),
    ("he-guyuan-xiangcunlvyoucun-2019", 2, "implausible_rate",
     "(6)=(3)/(2)\n\t98.00\n\t98.00\n\t0\n", "(6)=(3)/(2)\n\t98.00\n\t98.00\n\t100\n",
     "(6)=(3)/(2)\n\t98.00\n\t98.00\n\t100",
     "funds table (flattened), row 预算到位率 (6)=(3)/(2), column 中央级",
     "中央级 has no budget (全年预算 blank = 0): a 到位率 of 100 on a zero base is impossible (was 0)"),
    ("he-guyuan-xiangcunlvyoucun-2019", 3, "weight_sum_mismatch",
     "公共服务设施达标率\n\t10\n", "公共服务设施达标率\n\t12\n", "公共服务设施达标率\n\t12",
     "附件1 自评表 (one cell a line), row 公共服务设施达标率, 权重 cell",
     "weights now total 102 (10+12+8+12+10+10+10+10+10+10), 合计 row still 100"),
    ("he-guyuan-xiangcunlvyoucun-2019", 4, "completion_mismatch",
     "68.5万人次\n\t114.17%", "68.5万人次\n\t104.17%", "68.5万人次\n\t104.17%",
     "附件1 自评表, row 重点村接待游客, 完成率 cell",
     "68.5 / 60 = 114.17%, stated 104.17%"),
    ("he-guyuan-xiangcunlvyoucun-2019", 5, "sum_mismatch",
     "一日游游客47.2万人次", "一日游游客42.7万人次", "一日游游客42.7万人次",
     "prose 三、3. 效益情况",
     "过夜 21.3 + 一日游 42.7 = 64.0, stated total 68.5万人次"),
    ("he-guyuan-xiangcunlvyoucun-2019", 6, "unit_mismatch",
     "≤100万元\n\t100万元\n", "≤100万元\n\t100%\n", "≤100万元\n\t100%",
     "附件1 自评表, row 单村最高奖补标准, 业绩值 cell",
     "target in 万元, actual written as a percentage: completion cannot be computed"),

    # ---- hb-xuanen-bishucun-2022 (Hubei, PDF copy, runs of spaces) ----
    ("hb-xuanen-bishucun-2022", 1, "conflicting_values",
     "全年累计支出362.80万元", "全年累计支出326.80万元", "全年累计支出326.80万元",
     "prose 四（四）项目效益",
     "the year's spending is 362.80万元 in 三 (and 120.00+150.00+70.00+22.80 = 362.80); restated as 326.80"),
    ("hb-xuanen-bishucun-2022", 2, "rate_mismatch",
     "执行率88.33%", "执行率83.33%", "执行率83.33%",
     "prose 三, 县级资金 sub-rate",
     "县级资金 106.00 / 120.00 = 88.33%, stated 83.33%"),
    ("hb-xuanen-bishucun-2022", 3, "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "prose 三, first line of the funds paragraph",
     "the 2022 report states its year-end figures as of 2021-12-31"),
    ("hb-xuanen-bishucun-2022", 4, "average_mismatch",
     "村均接待游客6.83万人次", "村均接待游客6.38万人次", "村均接待游客6.38万人次",
     "prose 四（四）",
     "95.6 / 14 villages = 6.83, stated 6.38"),
    ("hb-xuanen-bishucun-2022", 5, "unit_mismatch",
     "旅游综合收入0.86亿元", "旅游综合收入0.86万元", "旅游综合收入0.86万元",
     "prose 四（四）",
     "revenue is 8600万元 in the table (= 0.86亿元); written 0.86万元, off by 10^4"),
    ("hb-xuanen-bishucun-2022", 6, "score_sum_mismatch",
     "95.60%  10          9.56", "95.60%  10          9.65", "95.6万人次   95.60%  10          9.65",
     "表1 自评表, row 重点村接待游客, 得分 cell",
     "row scores now sum to 97.12 (18.14+44.33+10+9.65+5+10), stated 97.03"),

    # ---- sc-nanjiang-wenlvju-2023 (Sichuan, department overall, web-page copy, tab tables) ----
    ("sc-nanjiang-wenlvju-2023", 1, "sum_mismatch",
     "单位资金\t30.00\t30.00", "单位资金\t36.00\t30.00", "单位资金\t36.00",
     "自评表 funds block, row 单位资金, 年初预算数 cell",
     "年初: 2280.40 + 0.00 + 36.00 + 0.00 = 2316.40, stated 年度资金总额 2310.40"),
    ("sc-nanjiang-wenlvju-2023", 2, "score_exceeds_weight",
     "25\t100%\t5\t5\t\n\t\t项目资金支出进度\t≥\t90\t%\t95.87\t106.52%\t5\t5",
     "25\t100%\t5\t5.5\t\n\t\t项目资金支出进度\t≥\t90\t%\t95.87\t106.52%\t5\t4.5",
     "25\t100%\t5\t5.5",
     "自评表, rows 奖补资金拨付时限 and 项目资金支出进度 (one edit over both score cells)",
     "奖补资金拨付时限 scored 5.5 against a weight of 5 (next row lowered to 4.5, total still 98.75)"),
    ("sc-nanjiang-wenlvju-2023", 3, "weight_sum_mismatch",
     "举办文化惠民演出\t≥\t120\t场\t136\t113.33%\t8", "举办文化惠民演出\t≥\t120\t场\t136\t113.33%\t9",
     "举办文化惠民演出\t≥\t120\t场\t136\t113.33%\t9",
     "自评表, row 举办文化惠民演出, 分值 cell",
     "weights now total 101 (10 + 51 + 30 + 10); 总分 row still 100"),
    ("sc-nanjiang-wenlvju-2023", 4, "grade_mismatch",
     "自评等级\t优", "自评等级\t良", "自评等级\t良",
     "自评表, last row 自评等级",
     "98.75 lies in the 优 band, stated 良"),
    ("sc-nanjiang-wenlvju-2023", 5, "implausible_rate",
     "游客满意度96.8%", "游客满意度106.8%", "游客满意度106.8%",
     "prose 三（三）",
     "a satisfaction rate cannot exceed 100%"),
    ("sc-nanjiang-wenlvju-2023", 6, "conflicting_values",
     "全年兑现重点村奖补资金496.00万元", "全年兑现重点村奖补资金469.00万元", "全年兑现重点村奖补资金469.00万元",
     "prose 三（三）",
     "the village awards are 496.00万元 in 三（二） (120.00+160.00+216.00, 执行率 95.38% of 520.00); restated as 469.00"),

    # ---- nx-longde-xiangcunlvyou-2024 (Ningxia, web-page copy of the MOF table) ----
    ("nx-longde-xiangcunlvyou-2024", 1, "balance_mismatch",
     "年末结余13.20万元", "年末结余12.30万元", "年末结余12.30万元",
     "prose 三（三）结余情况",
     "220.00 received − 206.80 spent = 13.20, stated 12.30"),
    ("nx-longde-xiangcunlvyou-2024", 2, "score_sum_mismatch",
     "92.00%\t10\t9.20", "92.00%\t10\t9.02", "92.00%\t10\t9.02",
     "附件 自评表, row 村集体经济收入增长率, 得分 cell",
     "row scores now sum to 98.04, stated 总分 98.22 (and 98.22分 in 六)"),
    ("nx-longde-xiangcunlvyou-2024", 3, "completion_mismatch",
     "58.4万人次\t97.33%", "58.4万人次\t99.33%", "58.4万人次\t99.33%",
     "附件 自评表, row 重点村接待游客, 完成率 cell",
     "58.4 / 60 = 97.33%, stated 99.33%"),
    ("nx-longde-xiangcunlvyou-2024", 4, "rate_mismatch",
     "增长17.74%", "增长17.47%", "较上年的49.6万人次增长17.47%",
     "prose 五（二）效益",
     "(58.4 − 49.6) / 49.6 = 17.74%, stated 17.47%"),
    ("nx-longde-xiangcunlvyou-2024", 5, "unit_mismatch",
     "≥5%\t4.6%", "≥5%\t4.6万元", "≥5%\t4.6万元",
     "附件 自评表, row 村集体经济收入增长率, 实际完成值 cell",
     "target is a percentage, actual written in 万元: completion cannot be computed"),
    ("nx-longde-xiangcunlvyou-2024", 6, "conflicting_values",
     "下达我县乡村旅游重点村奖补资金150.00万元", "下达我县乡村旅游重点村奖补资金105.00万元",
     "下达我县乡村旅游重点村奖补资金105.00万元",
     "prose 一、项目概况",
     "the regional (自治区) allocation is 150.00万元 in 三（一） (150.00 + 50.00 = 200.00); restated as 105.00"),
]


def main():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        by_project[e[0]].append(e)
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for (_, n, code, old, new, value, where, expl) in sorted(by_project[proj], key=lambda e: e[1]):
            if clean.count(old) != 1:
                sys.exit(f"{proj}-e{n}: old text occurs {clean.count(old)} times in the clean draft")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{proj}-e{n}: value occurs {text.count(value)} times in the case")
            name = f"{proj}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with one injected error)")


if __name__ == "__main__":
    main()
