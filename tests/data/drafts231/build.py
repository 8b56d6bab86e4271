#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts231 from the clean drafts.

Every edit is one exact old -> new replacement that must match exactly once in the clean
draft (one slip = one place).  `value` is the substring of the error case that carries the
changed figure; the scorer accepts a finding whose span overlaps an occurrence of it.

    python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "beian-gengdijiance-2021",
    "linli-gbnt-2022",
    "zhalute-gengdibaohu-2019",
    "baoying-tudizhengzhi-2023",
    "fenggang-nongtianshuili-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 北安市 耕地质量监测 2021 (seed-003 layout: one cell per line, tab-indented) ----
    ("beian-gengdijiance-2021", 1, "completion_mismatch", "table",
     "\t95.24%\n", "\t92.54%\n", "92.54%",
     "采样点位 ≥420个, actual 400个: completion 400/420 = 95.24%, the 完成率 cell says 92.54%"),
    ("beian-gengdijiance-2021", 2, "rate_mismatch", "table",
     "\t94.13\n", "\t94.31\n", "94.31",
     "funds table (6)=(4)/(2), column 县(市)级: 42.36/45.00 = 94.13%, printed 94.31"),
    ("beian-gengdijiance-2021", 3, "weight_sum_mismatch", "table",
     "\t监测数据上报及时率\n\t10\n", "\t监测数据上报及时率\n\t15\n", "监测数据上报及时率\n\t15",
     "weight of 监测数据上报及时率 typed 15: weights add to 10 + 55 + 30 + 10 = 105, not 100"),
    ("beian-gengdijiance-2021", 4, "balance_mismatch", "prose",
     "年末结余2.64万元", "年末结余2.46万元", "结余2.46万元",
     "到位 60.00 − 执行 57.36 = 2.64万元, text says 结余2.46万元"),
    ("beian-gengdijiance-2021", 5, "year_mismatch", "prose",
     "结转至2022年", "结转至2021年", "结转至2021年",
     "the unspent part of the 2021 budget is carried over to 2021 itself; it can only go to 2022"),
    ("beian-gengdijiance-2021", 6, "unit_mismatch", "table",
     "\t≥48个\n\t48个\n", "\t≥48个\n\t100%\n", "≥48个\n\t100%",
     "监测点维护数量: target in 个 (≥48个), actual given as a percentage (100%)"),

    # ---- 临澧县 高标准农田建设 2022 (Hunan outline, web table: one row per line, tab-separated) ----
    ("linli-gbnt-2022", 1, "score_sum_mismatch", "table",
     "\t86%\t10\t9.56\t", "\t86%\t10\t9.65\t", "86%\t10\t9.65",
     "scores 7.20 + 44.75 + 27.75 + 9.65 = 89.35, 总分 says 89.26 (satisfaction score transposed 9.56 → 9.65)"),
    ("linli-gbnt-2022", 2, "grade_mismatch", "prose",
     "评价等级为“良”", "评价等级为“优”", "评价等级为“优”",
     "total 89.26 lies in the 良 band (80 ≤ s < 90), text says 优"),
    ("linli-gbnt-2022", 3, "implausible_rate", "table",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "0.00\t—\t100.00%",
     "上年结转资金 row: 全年预算 0.00, yet 执行率 100.00% (a rate on a zero base must be —)"),
    ("linli-gbnt-2022", 4, "conflicting_values", "prose",
     "受益农户1.26万户；项目区", "受益农户1.62万户；项目区", "受益农户1.62万户",
     "beneficiary households 1.62万户 in 四（四）, but 1.26万户 in the 自评表 (target row and 实际完成情况)"),
    ("linli-gbnt-2022", 5, "sum_mismatch", "prose",
     "中央财政资金2340.00万元", "中央财政资金2430.00万元", "中央财政资金2430.00万元",
     "其中 2430.00 + 1040.00 + 520.00 = 3990.00, 全年预算 3900.00"),
    ("linli-gbnt-2022", 6, "average_mismatch", "prose",
     "平均合格率96.47%", "平均合格率96.74%", "平均合格率96.74%",
     "(97.2 + 95.8 + 96.4) / 3 = 96.47%, text says 96.74%"),

    # ---- 扎鲁特旗 耕地地力保护补贴 2019 (PDF copy: cells separated by spaces, wrapped lines) ----
    ("zhalute-gengdibaohu-2019", 1, "completion_mismatch", "table",
     "93% 97.89% 10 9.79", "93% 97.98% 10 9.79", "97.98%",
     "补贴政策知晓率 ≥95%, actual 93%: completion 93/95 = 97.89%, 完成率 cell says 97.98%"),
    ("zhalute-gengdibaohu-2019", 2, "score_exceeds_weight", "table",
     "2019年9月26日 100.00% 10 10\n成本指标 补贴标准 =58元/亩 58元/亩 100.00% 5 5",
     "2019年9月26日 100.00% 10 5\n成本指标 补贴标准 =58元/亩 58元/亩 100.00% 5 10",
     "58元/亩 100.00% 5 10",
     "scores of the 时效 and 成本 rows swapped: 成本指标 分值 5, 得分 10 (the total still adds up)"),
    ("zhalute-gengdibaohu-2019", 3, "grade_mismatch", "table",
     "总分 100 99.78 自评等级 优", "总分 100 99.78 自评等级 良", "自评等级 良",
     "total 99.78 is in the 优 band, table says 良 (text: 优)"),
    ("zhalute-gengdibaohu-2019", 4, "average_mismatch", "prose",
     "平均每镇抽查110户", "平均每镇抽查115户", "平均每镇抽查115户",
     "(120 + 100 + 110) / 3 = 110户, text says 115户"),
    ("zhalute-gengdibaohu-2019", 5, "unit_mismatch", "prose",
     "另有上年结转资金36.54万元", "另有上年结转资金365400万元", "365400万元",
     "上年结转 365400元 written as 365400万元: off by 10^4; 13463.54 − 13427.00 = 36.54万元 (as in the table)"),
    ("zhalute-gengdibaohu-2019", 6, "year_mismatch", "prose",
     "我局对2019年度耕地地力保护补贴资金", "我局对2018年度耕地地力保护补贴资金", "对2018年度耕地地力保护补贴资金",
     "the report and its table are for 2019年度, the opening says the 2018年度 funds were evaluated"),

    # ---- 宝应县 土地综合整治 2023 (web page copy: one cell per line, empty cells dropped) ----
    ("baoying-tudizhengzhi-2023", 1, "rate_mismatch", "prose",
     "执行率81.70%", "执行率81.07%", "执行率81.07%",
     "射阳湖镇项目 702.60 / 860.00 = 81.70%, text says 81.07%"),
    ("baoying-tudizhengzhi-2023", 2, "sum_mismatch", "table",
     "1920\n273.8\n", "1920\n237.8\n", "237.8",
     "附表1 新增耕地: 368.5 + 237.8 = 606.3, 合计 642.3"),
    ("baoying-tudizhengzhi-2023", 3, "score_sum_mismatch", "prose",
     "效益指标27.81分", "效益指标28.71分", "效益指标28.71分",
     "7.30 + 42.04 + 28.71 + 9.78 = 87.83, stated 合计86.93分 (the table's 效益 rows add to 27.81)"),
    ("baoying-tudizhengzhi-2023", 4, "weight_sum_mismatch", "table",
     "≥1.1万人\n1.16万人\n10\n10", "≥1.1万人\n1.16万人\n15\n10", "1.16万人\n15",
     "受益人口 weight typed 15: weights add to 10 + 50 + 35 + 10 = 105"),
    ("baoying-tudizhengzhi-2023", 5, "conflicting_values", "table",
     "≥5200亩\n4680亩", "≥5200亩\n4860亩", "4860亩",
     "整治规模 actual 4860亩 in the 自评表, 4680亩 in the text, 附表1 合计 and the 总体目标 cell"),
    ("baoying-tudizhengzhi-2023", 6, "score_exceeds_weight", "table",
     "10\n6\n广洋湖镇项目土方量增加，工期延长\n成本指标\n亩均工程投资\n≤3000元\n2340元\n5\n5",
     "10\n5\n广洋湖镇项目土方量增加，工期延长\n成本指标\n亩均工程投资\n≤3000元\n2340元\n5\n6",
     "2340元\n5\n6",
     "scores of the 时效 and 成本 rows swapped: 亩均工程投资 分值 5, 得分 6 (the total still adds up)"),

    # ---- 凤冈县 小型农田水利 2024 (Sichuan-like outline, PDF tables) ----
    ("fenggang-nongtianshuili-2024", 1, "average_mismatch", "prose",
     "平均92分", "平均93分", "平均93分",
     "(92 + 95 + 89) / 3 = 92分, text says 93分"),
    ("fenggang-nongtianshuili-2024", 2, "balance_mismatch", "prose",
     "结余资金22.50万元", "结余资金25.20万元", "结余资金25.20万元",
     "到位 450.00 − 支出 427.50 = 22.50万元, text says 25.20万元"),
    ("fenggang-nongtianshuili-2024", 3, "implausible_rate", "prose",
     "满意率98.5%", "满意率985%", "满意率985%",
     "a satisfaction rate of 985% (decimal point dropped) is impossible"),
    ("fenggang-nongtianshuili-2024", 4, "conflicting_values", "prose",
     "新建灌溉渠道18.6公里", "新建灌溉渠道16.8公里", "新建灌溉渠道16.8公里",
     "channel length 16.8公里 in 四（一）, 18.6公里 in 表1 合计 and the 自评表"),
    ("fenggang-nongtianshuili-2024", 5, "rate_mismatch", "table",
     "138.60 97.61%", "138.60 97.16%", "97.16%",
     "表1 进化镇: 138.60 / 142.00 = 97.61%, printed 97.16%"),
    ("fenggang-nongtianshuili-2024", 6, "sum_mismatch", "table",
     "进化镇 4 6.1 ", "进化镇 4 6.7 ", "进化镇 4 6.7",
     "表1 新建渠道: 7.2 + 6.7 + 5.3 = 19.2, 合计 18.6"),
]


def main():
    labels = []
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old text matches {count} times, must match once: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value {value!r} not in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
