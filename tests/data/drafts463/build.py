#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

The clean drafts live in cases/<id>-clean.txt and are the only hand-written texts.
Every error case is its clean draft with exactly one replacement from EDITS below;
`old` must occur exactly once in the clean draft and `value` (the label) must occur
exactly once in the resulting error case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "fj-jianyang-baiyi-2021",
    "hb-gongan-baiyi-2020",
    "sx-yuci-zijianfang-2023",
    "sc-wutongqiao-fwjianding-2024",
    "gd-jiaoling-baiyisuo-bumen-2018",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- fj-jianyang-baiyi-2021 -------------------------------------------------
    ("fj-jianyang-baiyi-2021", 1, "rate_mismatch", "table",
     "179.62\t—\t96.36%", "179.62\t—\t96.63%", "96.63%",
     "当年财政拨款 row of the 自评表: 179.62 / 186.40 = 96.36%, printed 96.63%"),
    ("fj-jianyang-baiyi-2021", 2, "balance_mismatch", "prose",
     "年末结余6.78万元", "年末结余6.87万元", "结余6.87万元",
     "到位 196.40 - 支出 189.62 = 6.78万元, stated 6.87万元"),
    ("fj-jianyang-baiyi-2021", 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 98.15 (prose and 自评表) is in the 优 band (>= 90), stated 良"),
    ("fj-jianyang-baiyi-2021", 4, "conflicting_values", "prose",
     "群众满意度为96.4%", "群众满意度为94.6%", "群众满意度为94.6%",
     "the same survey result is 96.4% in the 自评表 满意度 row; the prose now says 94.6%"),
    ("fj-jianyang-baiyi-2021", 5, "unit_mismatch", "prose",
     "户均灭治费用907.62元", "户均灭治费用907.62万元", "907.62万元",
     "58.36万元 / 643户 = 907.62元 per household; written with the unit 万元 (off by 10^4)"),
    ("fj-jianyang-baiyi-2021", 6, "year_mismatch", "table",
     "项目支出绩效自评表\n（2021年度）", "项目支出绩效自评表\n（2020年度）", "（2020年度）",
     "the 自评表 header claims 2020 while the report, the budget and all figures are for 2021"),
    # ---- hb-gongan-baiyi-2020 ---------------------------------------------------
    ("hb-gongan-baiyi-2020", 1, "sum_mismatch", "table",
     "县级资金 120.00 112.00 104.36", "县级资金 120.00 114.00 104.36", "120.00 114.00 104.36",
     "到位数 column: 0.00 + 40.00 + 25.00 + 114.00 = 179.00, 合计 row says 177.00"),
    ("hb-gongan-baiyi-2020", 2, "implausible_rate", "table",
     "中央资金 0.00 0.00 0.00 —", "中央资金 0.00 0.00 0.00 100%", "中央资金 0.00 0.00 0.00 100%",
     "execution rate 100% printed on a zero 中央 budget (0.00): a rate on a zero base"),
    ("hb-gongan-baiyi-2020", 3, "rate_mismatch", "table",
     "38.50 96.25%", "38.50 96.52%", "38.50 96.52%",
     "省级资金 row: 38.50 / 40.00 = 96.25%, printed 96.52%"),
    ("hb-gongan-baiyi-2020", 4, "weight_sum_mismatch", "prose",
     "分别为30分、30分、20分", "分别为30分、35分、20分", "30分、35分、20分",
     "目标2 block is weighted 35 in the text but its rows carry 15 + 10 + 5 = 30; 20 + 30 + 35 + 20 = 105, not 100"),
    ("hb-gongan-baiyi-2020", 5, "year_mismatch", "prose",
     "结转2021年继续使用", "结转2020年继续使用", "结转2020年",
     "unspent money of the 2020 budget is carried to 2020 itself; it must go to a later year"),
    ("hb-gongan-baiyi-2020", 6, "completion_mismatch", "prose",
     "完成年度目标的91.56%", "完成年度目标的95.16%", "完成年度目标的95.16%",
     "412户 / target 450户 = 91.56%, stated 95.16%"),
    # ---- sx-yuci-zijianfang-2023 -----------------------------------------------
    ("sx-yuci-zijianfang-2023", 1, "rate_mismatch", "prose",
     "128栋，处置率97.71%", "128栋，处置率97.17%", "处置率97.17%",
     "C级 disposal rate: 128 / 131 = 97.71%, stated 97.17%"),
    ("sx-yuci-zijianfang-2023", 2, "balance_mismatch", "table",
     "\t(5)=(3)-(4)\n\t7.68\n", "\t(5)=(3)-(4)\n\t7.86\n", "(5)=(3)-(4)\n\t7.86",
     "资金结余 row (5)=(3)-(4): 156.00 - 148.32 = 7.68, printed 7.86"),
    ("sx-yuci-zijianfang-2023", 3, "score_sum_mismatch", "prose",
     "总得分97.51分", "总得分97.15分", "总得分97.15分",
     "9.51 + 50 + 28 + 10 = 97.51 (also the sum of the 附件1 scores), stated 97.15"),
    ("sx-yuci-zijianfang-2023", 4, "average_mismatch", "prose",
     "平均每家362栋", "平均每家326栋", "平均每家326栋",
     "(412 + 358 + 316) / 3 = 362栋, stated 326栋"),
    ("sx-yuci-zijianfang-2023", 5, "unit_mismatch", "table",
     "\t2.80元\n", "\t2.80万元\n", "2.80万元",
     "成本指标 actual: 131.17万元 / 46.85万平方米 = 2.80元 per 平方米, target ≤3.5元; written as 2.80万元 (off by 10^4, not in the target's unit)"),
    ("sx-yuci-zijianfang-2023", 6, "completion_mismatch", "table",
     "\t108.60%\n", "\t106.80%\n", "106.80%",
     "鉴定栋数: 1086栋 / ≥1000栋 = 108.60%, 完成率 printed 106.80%"),
    # ---- sc-wutongqiao-fwjianding-2024 -----------------------------------------
    ("sc-wutongqiao-fwjianding-2024", 1, "score_exceeds_weight", "table",
     "7.46\t5\t5\t", "7.46\t5\t5.4\t", "7.46\t5\t5.4",
     "成本指标 row: score 5.4 above its weight 5 (the stated total 99 still matches 99.4 at whole-point precision)"),
    ("sc-wutongqiao-fwjianding-2024", 2, "score_sum_mismatch", "table",
     "总分\t100\t99", "总分\t100\t97", "总分\t100\t97",
     "9.60 + 19.9 + 15 + 9.5 + 10 + 5 + 10 + 10 + 10 = 99.0, 总分 row says 97"),
    ("sc-wutongqiao-fwjianding-2024", 3, "weight_sum_mismatch", "table",
     "2.68\t15\t15", "2.68\t16\t15", "2.68\t16\t15",
     "白蚁灭治面积 weight 16: 10 + 20 + 16 + 10 + 10 + 5 + 10 + 10 + 10 = 101, 总分 100"),
    ("sc-wutongqiao-fwjianding-2024", 4, "conflicting_values", "table",
     "%\t92.6\t10", "%\t96.2\t10", "%\t96.2",
     "群众满意度 is 92.6% in the text (第三方回访) and 96.2 in the 自评表"),
    ("sc-wutongqiao-fwjianding-2024", 5, "implausible_rate", "prose",
     "录入率100%", "录入率110%", "录入率110%",
     "a data-entry rate (录入率) of 110%: above 100%"),
    ("sc-wutongqiao-fwjianding-2024", 6, "completion_mismatch", "prose",
     "完成年度目标的107.2%", "完成年度目标的102.7%", "完成年度目标的102.7%",
     "2.68万平方米 / target 2.5万平方米 = 107.2%, stated 102.7%"),
    # ---- gd-jiaoling-baiyisuo-bumen-2018 ---------------------------------------
    ("gd-jiaoling-baiyisuo-bumen-2018", 1, "sum_mismatch", "prose",
     "长潭镇67户", "长潭镇76户", "长潭镇76户",
     "152 + 76 + 85 + 82 = 395户, stated total 386户 (also 386 in the 自评表)"),
    ("gd-jiaoling-baiyisuo-bumen-2018", 2, "score_exceeds_weight", "table",
     "26.8万平方米\t10\n", "26.8万平方米\t10.3\n", "26.8万平方米\t10.3",
     "新建房屋白蚁预防面积 row: score 10.3 above its weight 10 (total 96 still matches 96.3 at whole-point precision)"),
    ("gd-jiaoling-baiyisuo-bumen-2018", 3, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "total 96 is in the 优 band (>= 90), stated 良好"),
    ("gd-jiaoling-baiyisuo-bumen-2018", 4, "average_mismatch", "prose",
     "平均90.67分", "平均91.67分", "平均91.67分",
     "(96 + 91 + 85) / 3 = 90.67, stated 91.67"),
    ("gd-jiaoling-baiyisuo-bumen-2018", 5, "unit_mismatch", "table",
     "45.00\t34.00\t", "45.00\t340000\t", "45.00\t340000",
     "水库堤围白蚁防治 spending written in 元 (340000) in a 万元 table: 46.20 + 55.31 + 34.00 = 135.51 and 34.00 / 45.00 = 75.56% only hold at 34.00万元"),
    ("gd-jiaoling-baiyisuo-bumen-2018", 6, "rate_mismatch", "table",
     "55.31\t88.13%", "55.31\t88.31%", "55.31\t88.31%",
     "既有房屋白蚁灭治 row: 55.31 / 62.76 = 88.13%, printed 88.31%"),
]


def main():
    labels = []
    made = 0
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old text occurs {clean.count(old)} times: {old!r}")
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {text.count(value)} times: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            made += 1
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {made} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
