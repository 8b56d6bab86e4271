#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of the n349 set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft;
the result is written to cases/<id>-eN.txt and labelled with one expected finding whose
`value` is a short substring of the error case around the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gs-huixian-fengye-2022",
    "ha-xixia-xianggujidi-2020",
    "sd-qingzhou-huahuiyuan-2019",
    "hlj-dongning-junbang-2023",
    "sc-tongjiang-nongjizhongxin-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- gs-huixian-fengye-2022 (pipe table) ----
    ("gs-huixian-fengye-2022", 1, "rate_mismatch", "table",
     "| 100% | 96.27% | 10 | 9.63 |", "| 100% | 96.72% | 10 | 9.63 |",
     "96.72%",
     "execution row of the 自评表: 171.36 / 178.00 = 96.27%, the table states 96.72%"),
    ("gs-huixian-fengye-2022", 2, "conflicting_values", "prose",
     "培训蜂农612人次；", "培训蜂农621人次；",
     "培训蜂农621人次",
     "the text gives 621人次 trained, the 自评表 row 蜂农技术培训 gives 612人次 (its note 超出目标22.40% also follows 612)"),
    ("gs-huixian-fengye-2022", 3, "average_mismatch", "table",
     "| ≥1500元 | 1680元 |", "| ≥1500元 | 1860元 |",
     "1860元",
     "户均增收: 70.56万元 / 420户 = 1680元, the table states 1860元"),
    ("gs-huixian-fengye-2022", 4, "year_mismatch", "prose",
     "结转至2023年继续使用", "结转至2022年继续使用",
     "结转至2022年",
     "money unspent in the 2022 budget year is carried over to 2022 itself; it must go to a later year (2023)"),
    ("gs-huixian-fengye-2022", 5, "unit_mismatch", "table",
     "| ≥4个 | 3个 |", "| ≥4个 | 75% |",
     "| ≥4个 | 75% |",
     "target counted in 个, actual written as a percentage: completion cannot be computed"),
    ("gs-huixian-fengye-2022", 6, "weight_sum_mismatch", "table",
     "| ≥90% | 93.2% | 5 | 5 |", "| ≥90% | 93.2% | 6 | 5 |",
     "93.2% | 6 | 5",
     "weight of 蜂群越冬成活率 raised to 6: 产出 weights now 51 against the heading 产出指标（50分）, all weights 101 against 总分 100"),

    # ---- ha-xixia-xianggujidi-2020 (tab-separated tables) ----
    ("ha-xixia-xianggujidi-2020", 1, "sum_mismatch", "table",
     "上年结转资金\t0.00\t25.00", "上年结转资金\t0.00\t52.00",
     "上年结转资金\t0.00\t52.00",
     "全年预算数 column: 300.00 + 52.00 + 0.00 = 352.00, but 年度资金总额 is 325.00"),
    ("ha-xixia-xianggujidi-2020", 2, "grade_mismatch", "prose",
     "89.99分，评价等级为\"良\"", "89.99分，评价等级为\"优\"",
     "89.99分，评价等级为\"优\"",
     "89.99 is below 90, so the grade is 良, not 优 (no rounding up to 90)"),
    ("ha-xixia-xianggujidi-2020", 3, "score_sum_mismatch", "table",
     "100座\t10\t8.33", "100座\t10\t8.38",
     "100座\t10\t8.38",
     "row scores now add to 8.08 + 42.88 + 29.30 + 9.78 = 90.04, the stated 总分 (and text) is 89.99"),
    ("ha-xixia-xianggujidi-2020", 4, "completion_mismatch", "prose",
     "完成计划的83.33%", "完成计划的88.33%",
     "完成计划的88.33%",
     "100座 built of ≥120座 planned = 83.33%, the text states 88.33%"),
    ("ha-xixia-xianggujidi-2020", 5, "balance_mismatch", "table",
     "结余资金\t47.40", "结余资金\t47.04",
     "结余资金\t47.04",
     "到位 310.00 - 执行 262.60 = 47.40, the table states 47.04"),
    ("ha-xixia-xianggujidi-2020", 6, "implausible_rate", "table",
     "≥92%\t94.5%", "≥92%\t104.5%",
     "菌袋成品率\t≥92%\t104.5%",
     "a 菌袋成品率 of 104.5% is impossible (share of bags, max 100%)"),

    # ---- sd-qingzhou-huahuiyuan-2019 (space-aligned table, 完成率 column, whole-point scores) ----
    ("sd-qingzhou-huahuiyuan-2019", 1, "score_exceeds_weight", "table",
     "415人次           138.33%     5       5\n", "415人次           138.33%     5       5.4\n",
     "138.33%     5       5.4",
     "花农技术培训 scored 5.4 against a weight of 5 (over-achievement is capped at the weight); the sums stay consistent at whole-point precision (产出 45.4 -> 45, total 88.4 -> 88)"),
    ("sd-qingzhou-huahuiyuan-2019", 2, "completion_mismatch", "table",
     "102.11%", "101.21%",
     "97%               101.21%",
     "新植苗木成活率 97% against ≥95% = 102.11%, the 完成率 cell states 101.21%"),
    ("sd-qingzhou-huahuiyuan-2019", 3, "weight_sum_mismatch", "table",
     "105.00%     5       5", "105.00%     6       5",
     "105.00%     6       5",
     "weight of 园区绿化覆盖率 raised to 6: weights add to 101 while 合计 says 100"),
    ("sd-qingzhou-huahuiyuan-2019", 4, "sum_mismatch", "prose",
     "园区道路硬化56.40万元", "园区道路硬化65.40万元",
     "园区道路硬化65.40万元",
     "uses 180.00 + 96.00 + 65.40 + 12.00 = 353.40, but 实际支出 is 344.40"),
    ("sd-qingzhou-huahuiyuan-2019", 5, "year_mismatch", "table",
     "年度    2019", "年度    2018",
     "年度    2018",
     "the 自评表 header claims the year 2018 while the report and all budget figures are for 2019"),
    ("sd-qingzhou-huahuiyuan-2019", 6, "conflicting_values", "prose",
     "硬化园区主干道2.5公里", "硬化园区主干道2.8公里",
     "硬化园区主干道2.8公里",
     "the text gives 2.8公里 of road hardened, the 自评表 实际完成值 gives 2.5公里 (完成率 100.00%)"),

    # ---- hlj-dongning-junbang-2023 (one cell per line, 完成率 column) ----
    ("hlj-dongning-junbang-2023", 1, "completion_mismatch", "table",
     "1315人\n\t109.58%", "1315人\n\t105.98%",
     "1315人\n\t105.98%",
     "带动务工就业 1315人 against ≥1200人 = 109.58%, the 完成率 cell states 105.98%"),
    ("hlj-dongning-junbang-2023", 2, "unit_mismatch", "table",
     "=0.12元\n\t0.12元", "=0.12元\n\t0.12万元",
     "0.12万元",
     "target 0.12元 per bag, actual written as 0.12万元 (off by 10^4; 4270万袋 x 0.12元 = 512.40万元)"),
    ("hlj-dongning-junbang-2023", 3, "score_sum_mismatch", "table",
     "89.13%\n\t10\n\t8.91", "89.13%\n\t10\n\t8.19",
     "89.13%\n\t10\n\t8.19",
     "效益 rows now add to 28.19 (text 28.91) and all scores to 93.81, the stated 总分 is 94.53"),
    ("hlj-dongning-junbang-2023", 4, "average_mismatch", "prose",
     "合计增收118.69万元", "合计增收116.89万元",
     "合计增收116.89万元",
     "116.89万元 / 286户 = 4087元, but the table gives 户均增收 4150元 (118.69万元 would fit)"),
    ("hlj-dongning-junbang-2023", 5, "balance_mismatch", "prose",
     "年末结余87.60万元", "年末结余78.60万元",
     "年末结余78.60万元",
     "600.00 (all received) - 512.40 spent = 87.60, the text states 78.60"),
    ("hlj-dongning-junbang-2023", 6, "implausible_rate", "prose",
     "接种成活率98.7%", "接种成活率108.7%",
     "接种成活率108.7%",
     "a survival rate of inoculated bags above 100% is impossible"),

    # ---- sc-tongjiang-nongjizhongxin-2024 (department-wide, prose only) ----
    ("sc-tongjiang-nongjizhongxin-2024", 1, "rate_mismatch", "prose",
     "执行率90.64%", "执行率96.04%",
     "执行率96.04%",
     "项目支出 460.46 / 508.00 = 90.64%, the text states 96.04%"),
    ("sc-tongjiang-nongjizhongxin-2024", 2, "score_sum_mismatch", "prose",
     "本项合计37分", "本项合计38分",
     "本项合计38分",
     "履职产出 items 10 + 10 + 9 + 8 = 37, stated 38 (and 18 + 10 + 38 + 15 + 10 = 91 against the total 90)"),
    ("sc-tongjiang-nongjizhongxin-2024", 3, "grade_mismatch", "prose",
     "自评得分90分，评价等级为优", "自评得分90分，评价等级为良",
     "自评得分90分，评价等级为良",
     "90 is the inclusive lower bound of 优"),
    ("sc-tongjiang-nongjizhongxin-2024", 4, "sum_mismatch", "prose",
     "支出188.66万元", "支出186.68万元",
     "支出186.68万元",
     "project spending 121.80 + 186.68 + 150.00 = 458.48, but 项目支出 is 460.46"),
    ("sc-tongjiang-nongjizhongxin-2024", 5, "year_mismatch", "prose",
     "结转至2025年使用", "结转至2024年使用",
     "结转至2024年",
     "money unspent in 2024 is carried over to 2024 itself; it must go to 2025"),
    ("sc-tongjiang-nongjizhongxin-2024", 6, "score_exceeds_weight", "prose",
     "满意度93.5%，得5分", "满意度93.5%，得5.4分",
     "得5.4分",
     "服务对象满意度 (5分) scored 5.4; the section subtotal 10 and total 90 stay consistent at whole-point precision"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            k = clean.count(old)
            if k != 1:
                raise SystemExit("%s-e%d: old string matches %d times: %r" % (pid, n, k, old))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit("%s-e%d: value occurs %d times: %r" % (pid, n, text.count(value), value))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases (%d errors)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
