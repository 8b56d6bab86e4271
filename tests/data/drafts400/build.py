#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft lives in cases/<id>-clean.txt and is never modified here.  Every error case
cases/<id>-eN.txt is the clean draft with exactly ONE replacement applied (old -> new, where
`old` must occur exactly once in the clean draft).  `value` is the label value: an exact
substring of the error case that contains the changed figure.  `where` says whether the slip
sits in prose or in a table; `figure` is the original figure (checked by verify.py: it occurs
once in the clean draft, twice for conflicting_values; None for a changed word or cell).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zj-kecheng-baiyi-2021",
    "gx-wuzhou-baiyisuo-2019",
    "jx-xunyang-fwjianding-2023",
    "hn-yueyang-baiyi-2018",
    "sc-shunqing-fwjianding-2024",
]

# (project, n, code, where, old, new, value, figure, explanation)
EDITS = [
    # --- zj-kecheng-baiyi-2021: Zhejiang web page, 元 table + MOF 附件1 (tab-separated rows)
    ("zj-kecheng-baiyi-2021", 1, "rate_mismatch", "table",
     "190.65\t—\t96.00%", "190.65\t—\t96.60%", "190.65\t—\t96.60%", "96.00%",
     "附件1 当年财政拨款 row: 190.65 / 198.60 = 96.00%, stated 96.60%"),
    ("zj-kecheng-baiyi-2021", 2, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "0.00\t—\t100.00%", None,
     "附件1 其他资金 row: an execution rate of 100.00% on a 0.00 budget (rate on a zero base)"),
    ("zj-kecheng-baiyi-2021", 3, "score_sum_mismatch", "table",
     "总分\t100\t98.95", "总分\t100\t98.59", "总分\t100\t98.59", "98.95",
     "9.62 + 15 + 10 + 10 + 5 + 10 + 15 + 14.33 + 10 = 98.95, stated total 98.59"),
    ("zj-kecheng-baiyi-2021", 4, "unit_mismatch", "prose",
     "灭治经费24.00万元", "灭治经费240000万元", "灭治经费240000万元", "24.00万元",
     "the 24.00万元 addition written as 240000 with the unit 万元 (a 元 figure, off by 10^4): 186.00 + 24.00 = 210.00 only after rescaling"),
    ("zj-kecheng-baiyi-2021", 5, "year_mismatch", "prose",
     "结转至2022年继续使用", "结转至2021年继续使用", "结转至2021年", "结转至2022年",
     "money left at the end of 2021 cannot be carried over to 2021, the evaluation year itself"),
    ("zj-kecheng-baiyi-2021", 6, "completion_mismatch", "prose",
     "完成年度目标的102.08%", "完成年度目标的102.80%", "完成年度目标的102.80%", "102.08%",
     "61.25 / 60 万平方米 = 102.08%, stated 102.80%"),

    # --- gx-wuzhou-baiyisuo-2019: Guangxi department-level report, ｜ tables, 元 funds table
    ("gx-wuzhou-baiyisuo-2019", 1, "average_mismatch", "table",
     "平均｜—｜—｜—｜92.67", "平均｜—｜—｜—｜93.67", "—｜93.67", "92.67",
     "table 2: (96.5 + 92 + 89.5) / 3 = 92.67, stated average 93.67"),
    ("gx-wuzhou-baiyisuo-2019", 2, "sum_mismatch", "table",
     "5=6+7+8｜1,863,000.00", "5=6+7+8｜1,836,000.00", "1,836,000.00", "1,863,000.00",
     "table 1 年初预算 column: 项目支出 1,280,000.00 + 583,000.00 + 0.00 = 1,863,000.00, stated 1,836,000.00 (合计 4,123,000.00 + 1,836,000.00 ≠ 5,986,000.00)"),
    ("gx-wuzhou-baiyisuo-2019", 3, "weight_sum_mismatch", "table",
     "政府采购执行率｜100%｜100%｜5｜5", "政府采购执行率｜100%｜100%｜8｜5",
     "政府采购执行率｜100%｜100%｜8", None,
     "table 3 weights now sum to 103 against the stated 100 (政府采购执行率 weight 8 instead of 5)"),
    ("gx-wuzhou-baiyisuo-2019", 4, "conflicting_values", "prose",
     "预防面积47.32万平方米，比上年", "预防面积47.23万平方米，比上年", "预防面积47.23万平方米", "47.32",
     "prose gives the prevention area as 47.23万平方米, table 3 as 47.32万平方米"),
    ("gx-wuzhou-baiyisuo-2019", 5, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”", None,
     "a total of 97.02 lies in the 优 band (≥ 90), stated 良"),
    ("gx-wuzhou-baiyisuo-2019", 6, "balance_mismatch", "prose",
     "年末结余14.77万元", "年末结余17.47万元", "结余17.47万元", "14.77",
     "642.38 − 627.61 = 14.77万元, stated 17.47万元"),

    # --- jx-xunyang-fwjianding-2023: Shanxi-style layout (Word table copied one cell per line)
    ("jx-xunyang-fwjianding-2023", 1, "rate_mismatch", "table",
     "\t93.32\n", "\t93.23\n", "93.23", "93.32",
     "funds table (7)=(4)/(2), 县区级 column: 71.30 / 76.40 = 93.32%, stated 93.23"),
    ("jx-xunyang-fwjianding-2023", 2, "completion_mismatch", "table",
     "\t107.43%\n", "\t104.73%\n", "37.60万平方米\n\t104.73%", "107.43%",
     "附件1 房屋安全鉴定面积: 37.60 / 35 = 107.43%, stated 104.73%"),
    ("jx-xunyang-fwjianding-2023", 3, "score_exceeds_weight", "table",
     "\t103.11%\n\t10\n", "\t103.11%\n\t10.31\n", "103.11%\n\t10.31", None,
     "附件1 产权人满意度: score 10.31 above its weight 10 (over-achievement not capped); the whole-point total 98 still holds within rounding"),
    ("jx-xunyang-fwjianding-2023", 4, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日", "截至2023年12月31日",
     "the spending of the 2023 project is reported as of 31 December 2022"),
    ("jx-xunyang-fwjianding-2023", 5, "average_mismatch", "prose",
     "平均每家12.53万平方米", "平均每家13.25万平方米", "平均每家13.25万平方米", "12.53",
     "(14.20 + 12.60 + 10.80) / 3 = 12.53万平方米, stated 13.25"),
    ("jx-xunyang-fwjianding-2023", 6, "implausible_rate", "prose",
     "认可率为96.5%", "认可率为106.5%", "认可率为106.5%", "96.5%",
     "an acceptance share of respondents cannot exceed 100%"),

    # --- hn-yueyang-baiyi-2018: Hunan outline, MOF 附件 copied out of a PDF (space-separated)
    ("hn-yueyang-baiyi-2018", 1, "weight_sum_mismatch", "table",
     "住户满意度 ≥85% 88% 10 10", "住户满意度 ≥85% 88% 12 10", "88% 12 10", None,
     "weights 10 + 12 + 12 + 10 + 8 + 8 + 15 + 15 + 12 = 102 against the stated 100"),
    ("hn-yueyang-baiyi-2018", 2, "score_exceeds_weight", "table",
     "≥95% 96% 8 8", "≥95% 96% 8 8.08", "96% 8 8.08", None,
     "灭治后复查合格率: score 8.08 above its weight 8 (8 × 96/95 not capped); the whole-point total 97 still holds within rounding"),
    ("hn-yueyang-baiyi-2018", 3, "unit_mismatch", "table",
     "≥30万平方米 30.80万平方米", "≥30万平方米 30.80%", "≥30万平方米 30.80%", "30.80",
     "target in 万平方米, actual in % (completion cannot be computed)"),
    ("hn-yueyang-baiyi-2018", 4, "grade_mismatch", "prose",
     "自评得分97分，等级为优", "自评得分97分，等级为良", "等级为良", None,
     "a total of 97 lies in the 优 band (≥ 90), stated 良"),
    ("hn-yueyang-baiyi-2018", 5, "sum_mismatch", "prose",
     "施工劳务费33.80万元", "施工劳务费38.30万元", "施工劳务费38.30万元", "33.80",
     "economic breakdown 52.74 + 38.30 + 18.62 + 3.20 = 112.86 ≠ 108.36万元 spent"),
    ("hn-yueyang-baiyi-2018", 6, "balance_mismatch", "prose",
     "年末结余11.64万元", "年末结余16.14万元", "结余16.14万元", "11.64",
     "120.00 − 108.36 = 11.64万元, stated 16.14万元"),

    # --- sc-shunqing-fwjianding-2024: Sichuan outline and 2024 table (10 + 90, no satisfaction line)
    ("sc-shunqing-fwjianding-2024", 1, "score_sum_mismatch", "table",
     "114\t15\t14.25", "114\t15\t14.52", "114\t15\t14.52", "14.25",
     "rows 9.64 + 60 + 15 + 14.52 = 99.16 ≠ stated total 98.89 (and 效益 15 + 14.52 ≠ 29.25)"),
    ("sc-shunqing-fwjianding-2024", 2, "sum_mismatch", "table",
     "财政资金\t53.80", "财政资金\t58.30", "财政资金\t58.30", "53.80",
     "年初预算数 column: 58.30 + 0.00 + 14.20 + 0.00 = 72.50 ≠ 年度资金总额 68.00"),
    ("sc-shunqing-fwjianding-2024", 3, "grade_mismatch", "table",
     "自评等级：优", "自评等级：良", "自评等级：良", None,
     "a total of 98.89 lies in the 优 band (≥ 90), stated 良 in the table's 评价结论"),
    ("sc-shunqing-fwjianding-2024", 4, "conflicting_values", "prose",
     "全年完成既有房屋安全鉴定25.15万平方米", "全年完成既有房屋安全鉴定25.51万平方米",
     "鉴定25.51万平方米", "25.15",
     "prose gives the appraised area as 25.51万平方米, the table as 25.15 (and 50.30万元 / 2.00元 = 25.15)"),
    ("sc-shunqing-fwjianding-2024", 5, "rate_mismatch", "prose",
     "执行率95.74%", "执行率97.54%", "执行率97.54%", "95.74%",
     "白蚁防治监管 sub-project: 22.50 / 23.50 = 95.74%, stated 97.54%"),
    ("sc-shunqing-fwjianding-2024", 6, "year_mismatch", "prose",
     "2024年度年初预算68.00万元", "2023年度年初预算68.00万元", "2023年度年初预算", "2024年度年初预算",
     "the budget sentence of the 2024 report names 2023 as the budget year"),
]


def case_name(pid, n=None):
    return f"{pid}-clean.txt" if n is None else f"{pid}-e{n}.txt"


def build():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, case_name(pid)), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": case_name(pid), "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, figure, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid} e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid} e{n}: value not in error case: {value!r}")
            with open(os.path.join(CASES, case_name(pid, n)), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": case_name(pid, n), "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")


if __name__ == "__main__":
    build()
