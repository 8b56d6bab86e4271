#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts.

Each project has a clean draft in cases/<id>-clean.txt and six edits. An edit is an exact
old -> new replacement that must match exactly once in the clean draft; it produces
cases/<id>-eN.txt with exactly one changed figure or word. `value` is the labelled substring
of the error case (it must contain the changed figure); `where` says whether the slip sits in
prose or in a table (used by README and verify.py).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sd-dingtao-bingzhubutie-2018",
    "hn-yizhang-bingsizhu-2020",
    "ha-junxian-tuzaijianyi-2021",
    "jx-xiajiang-dongjiansuo-2022",
    "gx-lipu-tuzaibuzhu-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- sd-dingtao-bingzhubutie-2018 (Shandong, MOF 附件1 layout) ---
    ("sd-dingtao-bingzhubutie-2018", 1, "rate_mismatch", "prose",
     "区级资金执行率89.28%", "区级资金执行率89.82%", "区级资金执行率89.82%",
     "district funds spent 47.64 of 53.36 = 89.28%, stated 89.82%"),
    ("sd-dingtao-bingzhubutie-2018", 2, "score_sum_mismatch", "table",
     "｜93.2%｜10｜9.81｜", "｜93.2%｜10｜9.18｜", "93.2%｜10｜9.18",
     "row scores 9.69 + 50 + 29 + 9.18 = 97.87, but 总分 (table) and the text give 98.50"),
    ("sd-dingtao-bingzhubutie-2018", 3, "unit_mismatch", "prose",
     "处理费用补贴16.60万元", "处理费用补贴166000万元", "处理费用补贴166000万元",
     "the 80元/头 part is 2075 × 80元 = 166000元 = 16.60万元; written with 万元 it is off by 10^4 "
     "(166.00 + 166000 ≠ 182.60); rescaling this one amount reconciles the sum"),
    ("sd-dingtao-bingzhubutie-2018", 4, "year_mismatch", "prose",
     "结转至2019年兑付", "结转至2018年兑付", "结转至2018年兑付",
     "unspent money of the 2018 budget cannot be carried over into 2018 itself; carry-over goes to 2019"),
    ("sd-dingtao-bingzhubutie-2018", 5, "weight_sum_mismatch", "table",
     "病害猪肉流入市场事件｜0起｜0起｜10｜10｜", "病害猪肉流入市场事件｜0起｜0起｜12｜10｜",
     "病害猪肉流入市场事件｜0起｜0起｜12｜10",
     "weights now total 102 (10 execution + 50 + 32 + 10)"),
    ("sd-dingtao-bingzhubutie-2018", 6, "average_mismatch", "prose",
     "平均每家9.66万头", "平均每家9.76万头", "平均每家9.76万头",
     "(13.86 + 10.42 + 8.76 + 5.59) / 4 = 9.6575 ≈ 9.66, stated 9.76"),

    # --- hn-yizhang-bingsizhu-2020 (Hunan outline, 完成率 column) ---
    ("hn-yizhang-bingsizhu-2020", 1, "completion_mismatch", "table",
     "13850头｜106.54%", "13850头｜105.64%", "13850头｜105.64%",
     "13850 / 13000 = 106.54%, stated 105.64%"),
    ("hn-yizhang-bingsizhu-2020", 2, "balance_mismatch", "prose",
     "县级配套尚余7.48万元", "县级配套尚余7.84万元", "县级配套尚余7.84万元",
     "county funds 28.08 − 20.60 = 7.48 (also 154.55 − 147.07 = 7.48), stated 7.84"),
    ("hn-yizhang-bingsizhu-2020", 3, "sum_mismatch", "prose",
     "省级资金31.20万元", "省级资金31.02万元", "省级资金31.02万元",
     "88.92 + 31.02 + 28.08 = 148.02, stated total 148.20 (and 6.35 + 88.92 + 31.02 + 20.60 ≠ 147.07)"),
    ("hn-yizhang-bingsizhu-2020", 4, "conflicting_values", "prose",
     "养殖户满意度为93.5%", "养殖户满意度为95.3%", "养殖户满意度为95.3%",
     "the same survey result is 93.5% in the 自评表 (with completion 103.89% = 93.5/90)"),
    ("hn-yizhang-bingsizhu-2020", 5, "grade_mismatch", "table",
     "评价等级：优", "评价等级：良", "评价等级：良",
     "total 98.47 lies in the 优 band (≥ 90)"),
    ("hn-yizhang-bingsizhu-2020", 6, "average_mismatch", "prose",
     "季度平均3462.5头", "季度平均3426.5头", "季度平均3426.5头",
     "(3920 + 3215 + 2980 + 3735) / 4 = 3462.5, stated 3426.5"),

    # --- ha-junxian-tuzaijianyi-2021 (Henan, 10 + 60 + 30, no satisfaction) ---
    ("ha-junxian-tuzaijianyi-2021", 1, "completion_mismatch", "table",
     "23280份｜97.00%", "23280份｜96.00%", "23280份｜96.00%",
     "23280 / 24000 = 97.00%, stated 96.00%"),
    ("ha-junxian-tuzaijianyi-2021", 2, "unit_mismatch", "table",
     "｜≥24000份｜23280份｜", "｜≥24000份｜97%｜", "≥24000份｜97%",
     "target counted in 份, actual given as a percentage: completion cannot be computed"),
    ("ha-junxian-tuzaijianyi-2021", 3, "rate_mismatch", "table",
     "61.42｜90.32%", "61.42｜93.02%", "61.42｜93.02%",
     "county funds 61.42 / 68.00 = 90.32%, stated 93.02%"),
    ("ha-junxian-tuzaijianyi-2021", 4, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "spending of the 2021 project reported as of 31 Dec 2020: the cut-off must name the evaluation year 2021"),
    ("ha-junxian-tuzaijianyi-2021", 5, "sum_mismatch", "prose",
     "检疫票证印制及监督执法费用12.36万元", "检疫票证印制及监督执法费用12.63万元", "监督执法费用12.63万元",
     "32.40 + 18.00 + 28.80 + 33.44 + 12.63 = 125.27, stated total 125.00"),
    ("ha-junxian-tuzaijianyi-2021", 6, "weight_sum_mismatch", "table",
     "检测结果报送时限｜≤24小时｜18小时｜100%｜5｜5｜", "检测结果报送时限｜≤24小时｜18小时｜100%｜8｜5｜",
     "检测结果报送时限｜≤24小时｜18小时｜100%｜8｜5",
     "weights now total 103 and 产出 rows 63, while the text fixes 产出 at 60"),

    # --- jx-xiajiang-dongjiansuo-2022 (Jiangxi, 部门整体支出) ---
    ("jx-xiajiang-dongjiansuo-2022", 1, "score_exceeds_weight", "table",
     "28.40｜28.40｜100%｜98.5", "28.40｜28.40｜100%｜108.5", "28.40｜28.40｜100%｜108.5",
     "project self-evaluation score 108.5 above the stated 满分100分 of that column"),
    ("jx-xiajiang-dongjiansuo-2022", 2, "implausible_rate", "table",
     "｜≥90%｜96.8%｜", "｜≥90%｜106.8%｜", "≥90%｜106.8%",
     "a satisfaction rate cannot exceed 100%"),
    ("jx-xiajiang-dongjiansuo-2022", 3, "grade_mismatch", "prose",
     "自评得分98.57分，等级为优", "自评得分98.57分，等级为良", "等级为良",
     "98.57 lies in the 优 band (≥ 90)"),
    ("jx-xiajiang-dongjiansuo-2022", 4, "conflicting_values", "prose",
     "2022年全年预算收入312.87万元", "2022年全年预算收入321.87万元", "全年预算收入321.87万元",
     "the full-year budget is 312.87万元 in the funds table (286.45 + 26.42, 246.12 + 66.75)"),
    ("jx-xiajiang-dongjiansuo-2022", 5, "balance_mismatch", "prose",
     "年末结转7.24万元", "年末结转7.42万元", "年末结转7.42万元",
     "312.87 − 305.63 = 7.24 (central funds 28.55 − 21.31 = 7.24), stated 7.42"),
    ("jx-xiajiang-dongjiansuo-2022", 6, "rate_mismatch", "table",
     "5.47｜73.62%", "5.47｜76.32%", "5.47｜76.32%",
     "ASF testing funds 5.47 / 7.43 = 73.62%, stated 76.32%"),

    # --- gx-lipu-tuzaibuzhu-2024 (Guangxi, tab-separated tables, execution worth 20) ---
    ("gx-lipu-tuzaibuzhu-2024", 1, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—", "其他资金\t0.00\t0.00\t0.00\t100.00%", "其他资金\t0.00\t0.00\t0.00\t100.00%",
     "execution rate printed on a zero budget (其他资金 0.00): a rate on a zero base"),
    ("gx-lipu-tuzaibuzhu-2024", 2, "score_exceeds_weight", "prose",
     "各企业得分在81分至96分之间", "各企业得分在81分至106分之间", "各企业得分在81分至106分之间",
     "an enterprise score of 106 above the stated 满分100分"),
    ("gx-lipu-tuzaibuzhu-2024", 3, "conflicting_values", "table",
     "≥600头\t615头", "≥600头\t651头", "≥600头\t651头",
     "the text gives 615 diseased pigs twice (615 × 880元 = 54.12万元; 650 − 615 = 35)"),
    ("gx-lipu-tuzaibuzhu-2024", 4, "score_sum_mismatch", "prose",
     "本项目自评得分89.12分", "本项目自评得分89.21分", "本项目自评得分89.21分",
     "row scores sum to 89.12 (17.51 + 44.15 + 18.46 + 9.00), stated 89.21"),
    ("gx-lipu-tuzaibuzhu-2024", 5, "completion_mismatch", "prose",
     "完成年度目标的99.79%", "完成年度目标的97.99%", "完成年度目标的97.99%",
     "9480 / 9500 = 99.79%, stated 97.99%"),
    ("gx-lipu-tuzaibuzhu-2024", 6, "year_mismatch", "table",
     "评价年度\t2024年", "评价年度\t2023年", "评价年度\t2023年",
     "the 2024 report's table claims evaluation year 2023"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            err = clean.replace(old, new)
            if value not in err:
                raise SystemExit(f"{pid}-e{n}: value not in error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
