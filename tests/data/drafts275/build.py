#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts275 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hn-xupu-shanhong-2021",
    "gz-nayong-kanghanshuiyuan-2023",
    "ha-shangcheng-fangxunwuzi-2020",
    "ah-jixi-shuiwenzhan-2019",
    "ln-kuandian-xiaoxingshuiku-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- hn-xupu-shanhong-2021 (Hunan, flattened Word table: one cell per line, tab-indented)
    ("hn-xupu-shanhong-2021", 1, "implausible_rate", "table",
     "上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t—\n\t—",
     "上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t100%\n\t—",
     "上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t100%",
     "上年结转资金 row: budget 0 and spending 0, yet 执行率 100% (rate on a zero base)"),
    ("hn-xupu-shanhong-2021", 2, "average_mismatch", "prose",
     "满意度分别为94%、92%、95%",
     "满意度分别为94%、96%、95%",
     "94%、96%、95%、93%、94%，平均满意度93.6%",
     "(94+96+95+93+94)/5 = 94.4%, stated average 93.6%"),
    ("hn-xupu-shanhong-2021", 3, "balance_mismatch", "prose",
     "结余6.72万元",
     "结余6.27万元",
     "结余6.27万元",
     "到位 168 - 支出 161.28 = 6.72万元, stated 6.27"),
    ("hn-xupu-shanhong-2021", 4, "year_mismatch", "table",
     "项目支出绩效自评表\n（2021年度）",
     "项目支出绩效自评表\n（2020年度）",
     "（2020年度）",
     "the 自评表 claims 2020 while the report, its funds and its indicators are for 2021"),
    ("hn-xupu-shanhong-2021", 5, "conflicting_values", "prose",
     "更换安装无线预警广播210套；",
     "更换安装无线预警广播201套；",
     "更换安装无线预警广播201套",
     "section 四 says 201套 installed; section 六, the goal block and the indicator row say 210套"),
    ("hn-xupu-shanhong-2021", 6, "weight_sum_mismatch", "table",
     "\t≥25场次\n\t27场次\n\t5\n\t5",
     "\t≥25场次\n\t27场次\n\t10\n\t5",
     "27场次\n\t10",
     "培训演练 weight 5 -> 10: weights now 10 + 55 + 30 + 10 = 105 (产出 rows 55 against 50), 总分 row says 100"),

    # ---- gz-nayong-kanghanshuiyuan-2023 (Guizhou, web page: one row per line, tab-separated)
    ("gz-nayong-kanghanshuiyuan-2023", 1, "rate_mismatch", "prose",
     "资金到位率95.33%",
     "资金到位率93.53%",
     "资金到位率93.53%",
     "到位 286 / 全年预算 300 = 95.33%, stated 93.53%"),
    ("gz-nayong-kanghanshuiyuan-2023", 2, "score_exceeds_weight", "table",
     "18.6公里\t10\t10\t\n\t\t新建蓄水池\t≥24口\t20口\t5\t4.17",
     "18.6公里\t10\t4.17\t\n\t\t新建蓄水池\t≥24口\t20口\t5\t10",
     "新建蓄水池\t≥24口\t20口\t5\t10",
     "蓄水池 row scores 10 against its weight 5 (scores of the 管道 and 蓄水池 rows swapped; total still 91.02)"),
    ("gz-nayong-kanghanshuiyuan-2023", 3, "unit_mismatch", "table",
     "应急提水泵站\t≥6座\t6座",
     "应急提水泵站\t≥6座\t100%",
     "≥6座\t100%",
     "target in 座, actual given as a percentage: completion cannot be computed"),
    ("gz-nayong-kanghanshuiyuan-2023", 4, "sum_mismatch", "prose",
     "寨乐镇86.75万元",
     "寨乐镇68.75万元",
     "寨乐镇68.75万元",
     "98.40 + 68.75 + 72.17 + 21.30 = 260.62, stated total 278.62"),
    ("gz-nayong-kanghanshuiyuan-2023", 5, "conflicting_values", "table",
     "≥18公里\t18.6公里",
     "≥18公里\t16.8公里",
     "≥18公里\t16.8公里",
     "table gives 16.8公里 of pipe, the text (产出 and 年度总体目标) 18.6公里"),
    ("gz-nayong-kanghanshuiyuan-2023", 6, "grade_mismatch", "prose",
     "评价等级为优秀",
     "评价等级为良好",
     "评价等级为良好",
     "91.02 is in the 优 band (>= 90)"),

    # ---- ha-shangcheng-fangxunwuzi-2020 (Henan, PDF text: space-separated cells, hard line breaks)
    ("ha-shangcheng-fangxunwuzi-2020", 1, "unit_mismatch", "prose",
     "计10.80万元",
     "计108000万元",
     "108000万元",
     "编织袋 6万条 x 1.80元 = 108000元 = 10.80万元; written with 万元 the list no longer adds to 121.60 (off by 10^4)"),
    ("ha-shangcheng-fangxunwuzi-2020", 2, "average_mismatch", "prose",
     "响应时间分别为1.2小时",
     "响应时间分别为2.1小时",
     "2.1小时、1.8小时、1.5小时和1.5小时，平均1.5",
     "(2.1+1.8+1.5+1.5)/4 = 1.725小时, stated average 1.5"),
    ("ha-shangcheng-fangxunwuzi-2020", 3, "score_sum_mismatch", "table",
     "760件 7 6.65",
     "760件 7 6.56",
     "760件 7 6.56",
     "row scores now add to 99.29 (9.73 + 49.56 + 30 + 10), stated 总分 99.38 (table and text)"),
    ("ha-shangcheng-fangxunwuzi-2020", 4, "year_mismatch", "prose",
     "2020年7月，县财政追加",
     "2021年7月，县财政追加",
     "2021年7月，县财政追加",
     "a 2020 budget addition dated July 2021, after the evaluation year"),
    ("ha-shangcheng-fangxunwuzi-2020", 5, "completion_mismatch", "prose",
     "为年度计划（20次）的120%",
     "为年度计划（20次）的102%",
     "为年度计划（20次）的102%",
     "24 / 20 = 120%, stated 102%"),
    ("ha-shangcheng-fangxunwuzi-2020", 6, "balance_mismatch", "table",
     "121.60 3.40 97.28%",
     "121.60 4.30 97.28%",
     "121.60 4.30 97.28%",
     "表1: 到位 125.00 - 支出 121.60 = 3.40, 结余 column says 4.30"),

    # ---- ah-jixi-shuiwenzhan-2019 (Anhui, CMS table copied as | rows, with 完成率 column)
    ("ah-jixi-shuiwenzhan-2019", 1, "completion_mismatch", "table",
     "98.9% | 104.11%",
     "98.9% | 101.41%",
     "98.9% | 101.41%",
     "到报率 98.9 / 95 = 104.11%, stated 101.41%"),
    ("ah-jixi-shuiwenzhan-2019", 2, "sum_mismatch", "table",
     "| 上年结转资金 | 0.00 | 3.20 | 3.20 |",
     "| 上年结转资金 | 0.00 | 3.20 | 2.30 |",
     "上年结转资金 | 0.00 | 3.20 | 2.30",
     "全年执行数: 43.56 + 2.30 + 0.00 = 45.86, 年度资金总额 says 46.76"),
    ("ah-jixi-shuiwenzhan-2019", 3, "score_exceeds_weight", "table",
     "| 1套 | 1套 | 100% | 5 | 5 |  |\n|  | 质量指标 | 水情信息到报率 | ≥95% | 98.9% | 104.11% | 10 | 10 |",
     "| 1套 | 1套 | 100% | 5 | 10 |  |\n|  | 质量指标 | 水情信息到报率 | ≥95% | 98.9% | 104.11% | 10 | 5 |",
     "水文资料整编 | 1套 | 1套 | 100% | 5 | 10",
     "资料整编 row scores 10 against its weight 5 (scores of two adjacent rows swapped; total still 99.44)"),
    ("ah-jixi-shuiwenzhan-2019", 4, "rate_mismatch", "prose",
     "执行率96.8%",
     "执行率98.6%",
     "全年支出43.56万元，执行率98.6%",
     "当年拨款 43.56 / 45 = 96.8%, stated 98.6%"),
    ("ah-jixi-shuiwenzhan-2019", 5, "weight_sum_mismatch", "prose",
     "效益指标30分",
     "效益指标35分",
     "效益指标35分",
     "stated weights 10 + 50 + 35 + 10 = 105, not 100"),
    ("ah-jixi-shuiwenzhan-2019", 6, "implausible_rate", "prose",
     "参训人员满意度97.5%",
     "参训人员满意度975%",
     "参训人员满意度975%",
     "a satisfaction rate above 100% (decimal point dropped)"),

    # ---- ln-kuandian-xiaoxingshuiku-2024 (Liaoning, PDF text: one cell per line, empty cells dropped)
    ("ln-kuandian-xiaoxingshuiku-2024", 1, "grade_mismatch", "prose",
     "评价等级为“良”",
     "评价等级为“优”",
     "评价等级为“优”",
     "89.49 is in the 良 band (80 <= s < 90)"),
    ("ln-kuandian-xiaoxingshuiku-2024", 2, "score_sum_mismatch", "prose",
     "自评得分89.49分",
     "自评得分89.94分",
     "自评得分89.94分",
     "row scores add to 89.49 (9.45 + 44.76 + 25.5 + 9.78), stated 89.94"),
    ("ln-kuandian-xiaoxingshuiku-2024", 3, "sum_mismatch", "prose",
     "大坝安全鉴定33.60万元",
     "大坝安全鉴定36.30万元",
     "大坝安全鉴定36.30万元",
     "97.50 + 36.30 + 48.60 + 15.12 + 3.63 = 201.15, stated 全年支出 198.45"),
    ("ln-kuandian-xiaoxingshuiku-2024", 4, "rate_mismatch", "table",
     "96.88\n0\n76.04",
     "96.88\n0\n76.40",
     "76.40",
     "县级资金 执行率 18.25 / 24 = 76.04%, stated 76.40"),
    ("ln-kuandian-xiaoxingshuiku-2024", 5, "conflicting_values", "table",
     "≥12座\n12座",
     "≥12座\n21座",
     "≥12座\n21座",
     "table gives 21座 with monitoring facilities, the text 12座 (twice)"),
    ("ln-kuandian-xiaoxingshuiku-2024", 6, "implausible_rate", "table",
     "预算到位率(%)\n100\n100\n0\n100",
     "预算到位率(%)\n100\n100\n100\n100",
     "预算到位率(%)\n100\n100\n100",
     "省级资金 column: budget 0 and receipts 0, yet 到位率 100 (rate on a zero base; the 0 printed elsewhere in that column is tolerated)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            key = (s, n)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen.add(key)
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string occurs {cnt} times")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
