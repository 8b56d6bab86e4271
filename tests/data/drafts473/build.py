#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft;
it changes one figure (or one word) and yields exactly one labelled error.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zj-keqiao-ggzxc-2018",
    "hb-duodao-ggzxc-2020",
    "sx-taigu-ggzxc-2021",
    "sc-pengshan-ggzxc-2023",
    "fj-longwen-ggzxc-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- zj-keqiao-ggzxc-2018 (Zhejiang, web page, MOF 附件1 with tab cells) ----
    ("zj-keqiao-ggzxc-2018", 1, "rate_mismatch", "prose",
     "分别为100%、95.16%、74.90%", "分别为100%、95.61%、74.90%",
     "95.61%",
     "sub-rate of 站点电费及通讯费: 17.70 / 18.60 = 95.16%, stated 95.61%"),
    ("zj-keqiao-ggzxc-2018", 2, "unit_mismatch", "prose",
     "全年合同金额2,232,000元", "全年合同金额2,232,000万元",
     "2,232,000万元",
     "480元/辆·年 × 4650辆 = 2,232,000元 = 223.20万元 (the 运营维护服务费 budget line); the 元 figure is labelled 万元, off by 10^4"),
    ("zj-keqiao-ggzxc-2018", 3, "year_mismatch", "prose",
     "截至2018年12月31日", "截至2019年12月31日",
     "截至2019年12月31日",
     "the 2018 report (published 2019-04-16) states its station and bike counts as of 2019-12-31; the evaluation year is 2018"),
    ("zj-keqiao-ggzxc-2018", 4, "implausible_rate", "table",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%\t—",
     "0.00\t0.00\t—\t100%",
     "自评表 row 上年结转资金 has 全年预算数 0.00 yet an 执行率 of 100%: a rate on a zero base"),
    ("zj-keqiao-ggzxc-2018", 5, "completion_mismatch", "table",
     "完成率98.42%", "完成率97.42%",
     "完成率97.42%",
     "故障车辆24小时内修复率: actual 93.50% / target 95% = 98.42%, stated 97.42%"),
    ("zj-keqiao-ggzxc-2018", 6, "score_sum_mismatch", "table",
     "2.04次\t15\t15", "2.04次\t15\t14",
     "2.04次\t15\t14",
     "row scores now add up to 98.53 (9.69 + 10 + 10 + 10 + 9.84 + 10 + 15 + 14 + 10) while 总分 reads 99.53"),

    # ---- hb-duodao-ggzxc-2020 (Hubei, 20-point execution, ｜ table with 完成率) ----
    ("hb-duodao-ggzxc-2020", 1, "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良",
     "total 95.81 lies in the 优 band (90 ≤ s ≤ 100), stated 良"),
    ("hb-duodao-ggzxc-2020", 2, "year_mismatch", "prose",
     "结转至2021年继续使用", "结转至2020年继续使用",
     "结转至2020年",
     "the unspent 8.03万元 of the 2020 budget is said to be carried over into 2020 itself; it can only go to 2021"),
    ("hb-duodao-ggzxc-2020", 3, "balance_mismatch", "prose",
     "年末结余8.03万元", "年末结余8.30万元",
     "结余8.30万元",
     "全年预算 160.60 (all received) − 支出 152.57 = 8.03, stated 8.30"),
    ("hb-duodao-ggzxc-2020", 4, "weight_sum_mismatch", "table",
     "已建立并执行｜达成｜5｜5", "已建立并执行｜达成｜6｜5",
     "达成｜6｜5",
     "分值 column now sums to 101 (20 + 10×4 + 10 + 15 + 6 + 10) while 合计 reads 100"),
    ("hb-duodao-ggzxc-2020", 5, "completion_mismatch", "table",
     "34分钟｜88.24%", "34分钟｜85.24%",
     "34分钟｜85.24%",
     "调度响应时间 is a ≤ indicator missed: 30 / 34 = 88.24%, stated 85.24%"),
    ("hb-duodao-ggzxc-2020", 6, "conflicting_values", "table",
     "≤420元/辆·年｜420元/辆·年｜100%", "≤420元/辆·年｜400元/辆·年｜100%",
     "400元/辆·年｜100%",
     "运营服务单价 actual 400元/辆·年 in the table, but the text gives the contract price as 420元/辆·年 (420 × 1600 = 67.20万元 paid)"),

    # ---- sx-taigu-ggzxc-2021 (Shanxi, 行次 funds table and 附件1 one cell per line) ----
    ("sx-taigu-ggzxc-2021", 1, "sum_mismatch", "table",
     "\t(1)\n\t95.40\n\t95.40\n", "\t(1)\n\t95.40\n\t94.50\n",
     "(1)\n\t95.40\n\t94.50",
     "row (1) 年初预算资金: 财政资金小计 94.50 but 县区级 95.40 (only source) and 年度总金额 95.40"),
    ("sx-taigu-ggzxc-2021", 2, "rate_mismatch", "table",
     "\t0\n\t92.89\n", "\t0\n\t98.29\n",
     "98.29",
     "row (7)=(4)/(2), column 县区级: 88.62 / 95.40 = 92.89%, stated 98.29"),
    ("sx-taigu-ggzxc-2021", 3, "average_mismatch", "prose",
     "日均每车骑行2.13次", "日均每车骑行2.31次",
     "日均每车骑行2.31次",
     "81.6万人次 / 1050辆 / 365天 = 2.13 rides per bike per day, stated 2.31"),
    ("sx-taigu-ggzxc-2021", 4, "conflicting_values", "prose",
     "骑行用户满意度93.2%，群众", "骑行用户满意度92.3%，群众",
     "骑行用户满意度92.3%",
     "the text gives 92.3% while 附件1 gives 93.2% (completion 103.56% = 93.2/90) for the same survey"),
    ("sx-taigu-ggzxc-2021", 5, "unit_mismatch", "table",
     "≥250辆\n\t250辆\n", "≥250辆\n\t100%\n",
     "≥250辆\n\t100%",
     "更新车辆数: target in 辆, actual written as a percentage, so completion cannot be computed"),
    ("sx-taigu-ggzxc-2021", 6, "grade_mismatch", "prose",
     "属于“优秀”", "属于“良好”",
     "属于“良好”",
     "total 98.86 is in the 优 band, stated 良好"),

    # ---- sc-pengshan-ggzxc-2023 (Sichuan, 10 + 90 table, one cell per line with page footers) ----
    ("sc-pengshan-ggzxc-2023", 1, "sum_mismatch", "prose",
     "站点电费及网络费21.50万元", "站点电费及网络费25.10万元",
     "站点电费及网络费25.10万元",
     "财政资金 186.00 broken down as 136.00 + 25.10 + 28.50 = 189.60"),
    ("sc-pengshan-ggzxc-2023", 2, "balance_mismatch", "prose",
     "财政资金结余6.37万元", "财政资金结余6.73万元",
     "结余6.73万元",
     "财政资金 177.60 received − 171.23 spent = 6.37, stated 6.73"),
    ("sc-pengshan-ggzxc-2023", 3, "implausible_rate", "prose",
     "车辆调度及时率98.7%", "车辆调度及时率108.7%",
     "调度及时率108.7%",
     "a timeliness rate cannot exceed 100%"),
    ("sc-pengshan-ggzxc-2023", 4, "completion_mismatch", "table",
     "完成率99.16%", "完成率99.61%",
     "完成率99.61%",
     "车辆完好率: 94.2 / 95 = 99.16%, stated 99.61%"),
    ("sc-pengshan-ggzxc-2023", 5, "weight_sum_mismatch", "table",
     "小时\n36\n10\n10\n", "小时\n36\n15\n10\n",
     "小时\n36\n15",
     "分值 column now sums to 105 (10 + 15 + 15 + 10 + 15 + 10 + 15 + 5 + 10) while 总分 reads 100"),
    ("sc-pengshan-ggzxc-2023", 6, "score_sum_mismatch", "table",
     "辆\n2000\n15\n15\n", "辆\n2000\n15\n14\n",
     "2000\n15\n14",
     "row scores now add up to 98.46 (9.54 + 15 + 14 + 9.92 + 10 + 10 + 15 + 5 + 10) while 总分 reads 99.46"),

    # ---- fj-longwen-ggzxc-2024 (Fujian, summary of three projects, MOF table one cell per line) ----
    ("fj-longwen-ggzxc-2024", 1, "score_exceeds_weight", "prose",
     "预算执行率指标得9.20分（分值10分）", "预算执行率指标得19.20分（分值10分）",
     "得19.20分（分值10分）",
     "站点智能化改造项目: execution score 19.20 above its weight 10"),
    ("fj-longwen-ggzxc-2024", 2, "score_exceeds_weight", "prose",
     "预算执行率指标得9.00分（分值10分）", "预算执行率指标得9.00分（分值8分）",
     "得9.00分（分值8分）",
     "保险及电费项目: execution score 9.00 above the weight 8 now stated"),
    ("fj-longwen-ggzxc-2024", 3, "average_mismatch", "prose",
     "平均自评分96.33分", "平均自评分96.63分",
     "平均自评分96.63分",
     "(99.78 + 93.20 + 96.00) / 3 = 96.33, stated 96.63"),
    ("fj-longwen-ggzxc-2024", 4, "conflicting_values", "table",
     "≥3200辆\n3200辆\n", "≥3200辆\n3300辆\n",
     "3300辆",
     "自评表 在用车辆数 actual 3300辆, while the text gives 3200辆 in use (1400 + 1050 + 750; 3200辆 tested)"),
    ("fj-longwen-ggzxc-2024", 5, "rate_mismatch", "table",
     "210.00\n10\n100.00%\n", "210.00\n10\n99.00%\n",
     "99.00%",
     "年度资金总额: 执行 210.00 / 全年预算 210.00 = 100.00%, stated 99.00%"),
    ("fj-longwen-ggzxc-2024", 6, "sum_mismatch", "table",
     "192.00\n202.00\n202.00", "192.00\n220.00\n202.00",
     "192.00\n220.00",
     "全年预算数 column: 当年财政拨款 220.00 + 上年结转 8.00 + 其他 0.00 = 228.00, but 年度资金总额 is 210.00"),
]


def main():
    labels = []
    seen = {}
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit("edit %s-e%d: old text matches %d times" % (s, n, cnt))
            text = clean.replace(old, new)
            if value not in text:
                sys.exit("edit %s-e%d: value not in the error case" % (s, n))
            name = "%s-e%d.txt" % (s, n)
            if name in seen:
                sys.exit("duplicate case " + name)
            seen[name] = 1
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d errors)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
