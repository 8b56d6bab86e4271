#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft `cases/<id>-clean.txt` gets six copies `-e1` ... `-e6`, each made by exactly one
old -> new replacement (the old text must occur exactly once in the clean draft).  The label value is
a short substring of the error case around the changed figure or word.
Standard library only.  Run: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-wenxi-jiangfutefu-2020",
    "hb-zhongxiang-jishengfuzhu-2021",
    "sc-gaoxian-jiangfutefu-2023",
    "hn-longhui-jishengjiangfu-2018",
    "cq-qijiang-weijianwei-bumen-2022",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- sx-wenxi-jiangfutefu-2020 (Shanxi layout, 2020) ----
    ("sx-wenxi-jiangfutefu-2020", 1, "rate_mismatch", "table",
     "| 100 | 84.49 | 0 | 0 |", "| 100 | 84.94 | 0 | 0 |", "84.94",
     "funds table row (7)=(4)/(2), column 县区级: 88.44 / 104.68 = 84.49%, printed 84.94"),
    ("sx-wenxi-jiangfutefu-2020", 2, "sum_mismatch", "table",
     "| 607.44 | 202.48 | 101.24 |", "| 607.44 | 220.48 | 101.24 |", "220.48",
     "row (1) 年初预算资金: 607.44 + 220.48 + 101.24 + 101.24 = 1030.40, but 财政资金小计 and 年度总金额 read 1012.40 (省级 should be 202.48)"),
    ("sx-wenxi-jiangfutefu-2020", 3, "completion_mismatch", "table",
     "| 578人 | 101.40% |", "| 578人 | 104.10% |", "104.10%",
     "特别扶助金发放人数: 578 / 570 = 101.40%, printed 104.10%"),
    ("sx-wenxi-jiangfutefu-2020", 4, "year_mismatch", "prose",
     "结余资金已按规定结转至2021年", "结余资金已按规定结转至2020年", "结转至2020年",
     "the balance of the 2020 budget is carried over to 2020 itself; it can only go to 2021"),
    ("sx-wenxi-jiangfutefu-2020", 5, "unit_mismatch", "prose",
     "独生子女伤残家庭每人每月450元", "独生子女伤残家庭每人每月450万元", "每人每月450万元",
     "monthly standard written in 万元: 213人 × 450元 × 12 = 115.02万元 as stated; with 万元 it is off by 10^4"),
    ("sx-wenxi-jiangfutefu-2020", 6, "average_mismatch", "prose",
     "季均257.64万元", "季均257.46万元", "季均257.46万元",
     "(255.63 + 257.02 + 258.91 + 259.00) / 4 = 257.64, stated 257.46"),

    # ---- hb-zhongxiang-jishengfuzhu-2021 (Hubei style, 20-point execution, 2021) ----
    ("hb-zhongxiang-jishengfuzhu-2021", 1, "score_sum_mismatch", "table",
     "| 45 | 44.17 |", "| 45 | 44.71 |", "45 | 44.71",
     "产出指标 小计: 10 + 10 + 10 + 4.17 + 5 + 5 = 44.17, printed 44.71; 19.78 + 44.71 + 25 + 10 = 99.49 ≠ 总分 98.95"),
    ("hb-zhongxiang-jishengfuzhu-2021", 2, "weight_sum_mismatch", "table",
     "| 25 | 25 |", "| 30 | 25 |", "30 | 25",
     "效益指标 小计 分值 30 while its rows weigh 10 + 10 + 5 = 25; the 小计 weights 20 + 45 + 30 + 10 = 105 ≠ 100"),
    ("hb-zhongxiang-jishengfuzhu-2021", 3, "completion_mismatch", "table",
     "| 98.83% | 104.03% |", "| 98.83% | 104.30% |", "104.30%",
     "特扶对象家庭医生签约率: 98.83 / 95 = 104.03%, printed 104.30%"),
    ("hb-zhongxiang-jishengfuzhu-2021", 4, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "score 98.95 lies in the 优 band (90–100), not 良"),
    ("hb-zhongxiang-jishengfuzhu-2021", 5, "balance_mismatch", "prose",
     "结余38.30万元", "结余38.03万元", "结余38.03万元",
     "3452.00 − 3413.70 = 38.30, stated 38.03"),
    ("hb-zhongxiang-jishengfuzhu-2021", 6, "implausible_rate", "prose",
     "知晓率为97.3%", "知晓率为107.3%", "知晓率为107.3%",
     "a policy awareness rate cannot exceed 100%"),

    # ---- sc-gaoxian-jiangfutefu-2023 (Sichuan 10 + 90 table, 2023) ----
    ("sc-gaoxian-jiangfutefu-2023", 1, "conflicting_values", "table",
     "| 人 | 9466 |", "| 人 | 9646 |", "9646",
     "奖励扶助对象人数 is 9466 in the text (and 9466 × 1200元 = 1135.92万元, 9187 + 638 − 359 = 9466), 9646 in the table"),
    ("sc-gaoxian-jiangfutefu-2023", 2, "unit_mismatch", "table",
     "| 场 | 12 |", "| 场 | 100% |", "场 | 100%",
     "政策宣传活动场次 is measured in 场 (target ≥10场) but the actual is written as a percentage"),
    ("sc-gaoxian-jiangfutefu-2023", 3, "year_mismatch", "table",
     "2023年12月25日", "2022年12月25日", "2022年12月25日",
     "the 2023 payments are said to have been completed on a date in 2022"),
    ("sc-gaoxian-jiangfutefu-2023", 4, "rate_mismatch", "prose",
     "执行率99.02%", "执行率99.20%", "执行率99.20%",
     "特别扶助 732.78 / 740.00 = 99.02%, stated 99.20%"),
    ("sc-gaoxian-jiangfutefu-2023", 5, "sum_mismatch", "prose",
     "县级配套资金225.60万元", "县级配套资金252.60万元", "县级配套资金252.60万元",
     "1504.00 + 150.40 + 252.60 = 1907.00 ≠ 全年预算 1880.00"),
    ("sc-gaoxian-jiangfutefu-2023", 6, "score_exceeds_weight", "prose",
     "2022年度自评得分96.50分", "2022年度自评得分106.50分", "自评得分106.50分",
     "a self-evaluation score of 106.50 exceeds the maximum of 100"),

    # ---- hn-longhui-jishengjiangfu-2018 (Hunan / MOF outline, 2018) ----
    ("hn-longhui-jishengjiangfu-2018", 1, "conflicting_values", "table",
     "| ≥1350人 | 1396人 |", "| ≥1350人 | 1369人 |", "1369人",
     "死亡家庭对象 is 1396人 in the text (1396 × 500元 × 12 = 837.60万元; 1028 + 1396 = 2424), 1369人 in the table"),
    ("hn-longhui-jishengjiangfu-2018", 2, "implausible_rate", "table",
     "| ≥95% | 97.6% |", "| ≥95% | 107.6% |", "107.6%",
     "扶助对象满意度 cannot exceed 100%"),
    ("hn-longhui-jishengjiangfu-2018", 3, "weight_sum_mismatch", "table",
     "| 30 | 28 |", "| 35 | 28 |", "35 | 28",
     "效益指标 小计 分值 35 while its rows weigh 10 + 10 + 10 = 30; 10 + 50 + 35 + 10 = 105 ≠ 100"),
    ("hn-longhui-jishengjiangfu-2018", 4, "balance_mismatch", "prose",
     "结余12.80万元", "结余12.08万元", "结余12.08万元",
     "到位 2806.40 − 支出 2793.60 = 12.80, stated 12.08"),
    ("hn-longhui-jishengjiangfu-2018", 5, "score_sum_mismatch", "prose",
     "自评总分97.91分", "自评总分97.19分", "自评总分97.19分",
     "9.92 + 87.99 = 97.91 (table: 9.92 + 49.99 + 28 + 10), stated 97.19"),
    ("hn-longhui-jishengjiangfu-2018", 6, "completion_mismatch", "prose",
     "完成率109.30%", "完成率109.03%", "完成率109.03%",
     "health check-ups 2186 / planned 2000 = 109.30%, stated 109.03%"),

    # ---- cq-qijiang-weijianwei-bumen-2022 (department as a whole, 2022) ----
    ("cq-qijiang-weijianwei-bumen-2022", 1, "score_exceeds_weight", "table",
     "| 96.5 | 优 |", "| 106.5 | 优 |", "106.5",
     "project self-evaluation score 106.5 above the maximum of 100 (weights 10 + 50 + 30 + 10)"),
    ("cq-qijiang-weijianwei-bumen-2022", 2, "grade_mismatch", "table",
     "| 90.00 | 优 |", "| 90.00 | 良 |", "90.00 | 良",
     "90.00 is the lower bound of the 优 band (inclusive), not 良"),
    ("cq-qijiang-weijianwei-bumen-2022", 3, "sum_mismatch", "table",
     "| 其他收入 | 175.80 |", "| 其他收入 | 157.80 |", "157.80",
     "15960.12 + 706.43 + 157.80 = 16824.35 ≠ 收入合计 16842.35"),
    ("cq-qijiang-weijianwei-bumen-2022", 4, "rate_mismatch", "prose",
     "部门预算执行率98.07%", "部门预算执行率98.70%", "部门预算执行率98.70%",
     "16517.09 / 16842.35 = 98.07%, stated 98.70%"),
    ("cq-qijiang-weijianwei-bumen-2022", 5, "average_mismatch", "prose",
     "平均97.5%", "平均97.8%", "平均97.8%",
     "(96.8 + 97.4 + 98.3) / 3 = 97.5, stated 97.8"),
    ("cq-qijiang-weijianwei-bumen-2022", 6, "conflicting_values", "prose",
     "家庭成员共2386人", "家庭成员共2368人", "家庭成员共2368人",
     "特别扶助对象 2368 in the overview, 2386 in section 三 (= 1012 + 1374) and in （四）"),
]


def main():
    labels = []
    seen = set()
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            key = (p, n)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen.add(key)
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{p}-e{n}: old text {old!r} occurs {cnt} times in the clean draft")
            text = clean.replace(old, new)
            if text.count(value) < 1:
                sys.exit(f"{p}-e{n}: value {value!r} not in the error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
