#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts247 from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft.
The error case <id>-eN.txt is the clean draft with that one replacement applied.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, case number, code, where, old, new, value, explanation)
EDITS = [
    # ---- 永康市商务局 2019 境外展会补贴资金 (Zhejiang, project, MOF table) ----
    ("yongkang-zhanhuibutie-2019", 1, "score_sum_mismatch", "table",
     "总分｜｜｜｜｜100｜97.36｜", "总分｜｜｜｜｜100｜97.63｜",
     "100｜97.63",
     "row scores 9.49 + (10+10+9.47+5+5+5+5) + (10+8.40+10) + 10 = 97.36, total row reads 97.63"),
    ("yongkang-zhanhuibutie-2019", 2, "score_exceeds_weight", "table",
     "｜10｜9.47｜中小企业缩减参展计划，下年加强政策宣传\n产出指标｜质量指标｜补贴资金审核合规率｜=100%｜100%｜5｜5｜",
     "｜10｜5｜中小企业缩减参展计划，下年加强政策宣传\n产出指标｜质量指标｜补贴资金审核合规率｜=100%｜100%｜5｜9.47｜",
     "补贴资金审核合规率｜=100%｜100%｜5｜9.47",
     "scores of two adjacent rows swapped: 审核合规率 now scores 9.47 against a weight of 5 (total still 97.36)"),
    ("yongkang-zhanhuibutie-2019", 3, "grade_mismatch", "prose",
     "评价等级为“优”。", "评价等级为“良”。",
     "评价等级为“良”",
     "total 97.36 (table) is in the 优 band (>= 90), text says 良"),
    ("yongkang-zhanhuibutie-2019", 4, "balance_mismatch", "prose",
     "全年结余36.48万元", "全年结余36.84万元",
     "36.84万元",
     "全年预算 720.00 (fully received) - 执行 683.52 = 36.48, stated 36.84"),
    ("yongkang-zhanhuibutie-2019", 5, "unit_mismatch", "table",
     "｜≥3.5亿美元｜3.86亿美元｜10｜10｜", "｜≥3.5亿美元｜110.29%｜10｜10｜",
     "≥3.5亿美元｜110.29%",
     "target in 亿美元, actual given as a percentage (the completion rate) in the 实际完成值 cell"),
    ("yongkang-zhanhuibutie-2019", 6, "year_mismatch", "prose",
     "截至2019年12月31日，项目实际支出", "截至2018年12月31日，项目实际支出",
     "截至2018年12月31日",
     "2019 report: spending of the evaluation year is dated 截至2018年12月31日"),

    # ---- 胶州市商务局 2022 跨境电商综试区胶州片区建设专项资金 (Shandong, project, completion column) ----
    ("jiaozhou-kuajingdianshang-2022", 1, "sum_mismatch", "table",
     "青岛市级资金｜450.00｜450.00", "青岛市级资金｜540.00｜450.00",
     "青岛市级资金｜540.00",
     "年初预算 column: 150.00 + 540.00 + 500.00 = 1190.00, total row reads 1100.00"),
    ("jiaozhou-kuajingdianshang-2022", 2, "rate_mismatch", "table",
     "｜438.60｜97.47%", "｜438.60｜97.74%",
     "97.74%",
     "青岛市级资金 438.60 / 450.00 = 97.47%, stated 97.74%"),
    ("jiaozhou-kuajingdianshang-2022", 3, "weight_sum_mismatch", "table",
     "政策兑现周期｜≤45天｜38天｜100.00%｜5｜5", "政策兑现周期｜≤45天｜38天｜100.00%｜6｜5",
     "政策兑现周期｜≤45天｜38天｜100.00%｜6｜5",
     "weights now 10 + 51 + 30 + 10 = 101 (产出 rows 51 against 50)"),
    ("jiaozhou-kuajingdianshang-2022", 4, "completion_mismatch", "table",
     "33.6亿元｜112.00%", "33.6亿元｜121.00%",
     "33.6亿元｜121.00%",
     "33.6 / 30 = 112.00%, stated 121.00%"),
    ("jiaozhou-kuajingdianshang-2022", 5, "average_mismatch", "prose",
     "平均每个仓补助160万元", "平均每个仓补助165万元",
     "平均每个仓补助165万元",
     "(150 + 180 + 150) / 3 = 160, stated 165"),
    ("jiaozhou-kuajingdianshang-2022", 6, "conflicting_values", "prose",
     "全年实际支出1163.85万元，主要用于", "全年实际支出1136.85万元，主要用于",
     "1136.85万元",
     "spending is 1163.85万元 in section 二 and the funds table (and the four uses add to it), 1136.85 in section 一"),

    # ---- 福清市商务局 2021 出口信用保险保费补贴 (Fujian, project, prose only) ----
    ("fuqing-xinbaobutie-2021", 1, "rate_mismatch", "prose",
     "预算执行率96.04%", "预算执行率96.40%",
     "96.40%",
     "912.37 / 950.00 = 96.04%, stated 96.40%"),
    ("fuqing-xinbaobutie-2021", 2, "balance_mismatch", "prose",
     "结余37.63万元", "结余36.73万元",
     "36.73万元",
     "950.00 received - 912.37 spent = 37.63, stated 36.73"),
    ("fuqing-xinbaobutie-2021", 3, "implausible_rate", "prose",
     "企业综合满意度96.5%", "企业综合满意度965%",
     "满意度965%",
     "decimal point dropped: a satisfaction rate of 965% is outside 0-100%"),
    ("fuqing-xinbaobutie-2021", 4, "completion_mismatch", "prose",
     "完成率112.86%", "完成率112.68%",
     "112.68%",
     "受补贴企业 790 / 700 = 112.86%, stated 112.68%"),
    ("fuqing-xinbaobutie-2021", 5, "unit_mismatch", "prose",
     "户均补贴35161元", "户均补贴35161万元",
     "35161万元",
     "625.87万元 / 178 firms = 35161元 per firm; written with the unit 万元 it is off by 10^4"),
    ("fuqing-xinbaobutie-2021", 6, "score_sum_mismatch", "prose",
     "自评总分95.90分", "自评总分95.09分",
     "95.09分",
     "9.60 + 49.30 + 27.00 + 10.00 = 95.90, stated total 95.09"),

    # ---- 汕头市澄海区商务局 2024 部门整体支出 (Guangdong, department) ----
    ("chenghai-shangwuju-bumen-2024", 1, "weight_sum_mismatch", "table",
     "｜≥5%｜3.6%｜15｜10.80｜", "｜≥5%｜3.6%｜13｜10.80｜",
     "3.6%｜13｜10.80",
     "weights now 10 + 50 + 28 + 10 = 98 (效益 rows 13 + 10 + 5)"),
    ("chenghai-shangwuju-bumen-2024", 2, "average_mismatch", "table",
     "平均得分｜—｜—｜—｜93.00｜—", "平均得分｜—｜—｜—｜93.50｜—",
     "平均得分｜—｜—｜—｜93.50",
     "(95.5 + 91 + 93 + 92.5) / 4 = 93.00, stated 93.50"),
    ("chenghai-shangwuju-bumen-2024", 3, "conflicting_values", "table",
     "｜≤12.00万元｜9.86万元｜", "｜≤12.00万元｜9.68万元｜",
     "9.68万元",
     "“三公”经费 is 9.86万元 in the text (2.16 + 7.70; 11.10 - 1.24), 9.68万元 in the table"),
    ("chenghai-shangwuju-bumen-2024", 4, "sum_mismatch", "table",
     "公用经费｜61.60｜63.60", "公用经费｜16.60｜63.60",
     "公用经费｜16.60",
     "年初预算 column: 人员经费 538.80 + 公用经费 16.60 = 555.40, 基本支出 reads 600.40"),
    ("chenghai-shangwuju-bumen-2024", 5, "grade_mismatch", "prose",
     "自评等级为“优秀”", "自评等级为“良好”",
     "自评等级为“良好”",
     "total 95.38 is in the 优 band (>= 90), text says 良好"),
    ("chenghai-shangwuju-bumen-2024", 6, "year_mismatch", "prose",
     "已按规定结转至2025年继续使用", "已按规定结转至2024年继续使用",
     "结转至2024年",
     "2024 report: the unspent 58.40万元 is carried over to 2024, the evaluation year itself"),

    # ---- 许昌市建安区商务局 2023 外贸企业培育 (Henan, project, A/B table with 完成率) ----
    ("jianan-waimaopeiyu-2023", 1, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%",
     "execution rate 100.00% printed for 上年结转资金 whose budget is 0.00 (rate on a zero base)"),
    ("jianan-waimaopeiyu-2023", 2, "score_exceeds_weight", "table",
     "107.50%｜15｜15｜—\n产出指标｜数量指标｜支持企业参加境外展会｜≥30家次｜26家次｜86.67%｜10｜8.67｜",
     "107.50%｜15｜8.67｜—\n产出指标｜数量指标｜支持企业参加境外展会｜≥30家次｜26家次｜86.67%｜10｜15｜",
     "26家次｜86.67%｜10｜15",
     "scores of two adjacent rows swapped: 境外展会 now scores 15 against a weight of 10 (total still 97.18)"),
    ("jianan-waimaopeiyu-2023", 3, "rate_mismatch", "prose",
     "区级资金执行率91.08%", "区级资金执行率91.80%",
     "91.80%",
     "区级 spent (452.90 - 125.00) / 360.00 = 91.08%, stated 91.80%"),
    ("jianan-waimaopeiyu-2023", 4, "completion_mismatch", "table",
     "655人次｜109.17%", "655人次｜109.71%",
     "655人次｜109.71%",
     "655 / 600 = 109.17%, stated 109.71%"),
    ("jianan-waimaopeiyu-2023", 5, "unit_mismatch", "table",
     "｜=20000元/家｜20000元/家｜", "｜=20000元/家｜20000万元/家｜",
     "20000万元/家",
     "the 2万元 (20000元) award per firm written as 20000万元/家: off by 10^4 (86.00万元 for 43 firms)"),
    ("jianan-waimaopeiyu-2023", 6, "conflicting_values", "prose",
     "全区完成进出口总额86.4亿元", "全区完成进出口总额84.6亿元",
     "84.6亿元",
     "全区进出口总额 is 86.4亿元 in the table (twice), 84.6亿元 in the text"),
]

SOURCES = [
    "yongkang-zhanhuibutie-2019",
    "jiaozhou-kuajingdianshang-2022",
    "fuqing-xinbaobutie-2021",
    "chenghai-shangwuju-bumen-2024",
    "jianan-waimaopeiyu-2023",
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old text matches {count} times, must match exactly once: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: label value not in the error case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
