#!/usr/bin/env python3
"""Build the n378 error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft and changes one
figure or one word. `value` is the exact substring of the error case that carries the slip.
`repeat_ok` explains why the changed token may legitimately appear elsewhere in the draft as a different quantity
(small integers in table cells, years, words); it is None when the changed figure is unique in the draft.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

KS = "js-kunshan-shengjiance-2022"
LS = "sc-leshan-shizhong-zaoshengtousu-2023"
PC = "sx-pingcheng-shenghuanjing-2019"
YY = "hn-yueyanglou-bumenzhengti-2020"
ZW = "hb-zhangwan-zidongzhan-2024"
SOURCES = [KS, LS, PC, YY, ZW]

# (source, n, code, where, old, new, value, explanation, repeat_ok)
EDITS = [
    # ---- Kunshan 2022 (Jiangsu, MOF table with funds block)
    (KS, 1, "rate_mismatch", "prose", "实际使用11.86万元，执行率95.65%", "实际使用11.86万元，执行率96.55%",
     "执行率96.55%", "additional funds: 11.86 / 12.40 = 95.65%, stated 96.55%", None),
    (KS, 2, "balance_mismatch", "prose", "年末结余4.78万元", "年末结余4.87万元",
     "结余4.87万元", "140.40 - 135.62 = 4.78 (also 96.00 contract - 91.22 paid = 4.78), stated 4.87", None),
    (KS, 3, "weight_sum_mismatch", "table", "4.8万元/个\t5\t5", "4.8万元/个\t8\t5",
     "4.8万元/个\t8\t5", "cost row weight 5 -> 8: weights now sum to 103", "weight cell; '5' is also another row's weight and score"),
    (KS, 4, "average_mismatch", "prose", "平均54.9分贝", "平均55.9分贝",
     "平均55.9分贝", "(54.2 + 56.8 + 53.6 + 55.0) / 4 = 54.9, stated 55.9", None),
    (KS, 5, "year_mismatch", "prose", "已按规定结转至2023年支付", "已按规定结转至2022年支付",
     "结转至2022年支付", "money unspent in the 2022 budget cannot be carried over to 2022 itself (should be 2023)",
     "a year; 2022 is the evaluation year named elsewhere"),
    (KS, 6, "unit_mismatch", "table", "≥80点次\t84点次", "≥80点次\t84%",
     "≥80点次\t84%", "target counted in 点次, actual written as a percentage: completion cannot be computed",
     "unit word changed, the figure 84 is unchanged"),
    # ---- Leshan Shizhong 2023 (Sichuan, 10 + 90 table with 指标性质 column)
    (LS, 1, "sum_mismatch", "prose", "72、95、88、79", "72、95、86、79",
     "72、95、86、79", "July 88 -> 86: the twelve months now sum to 732, stated total 734 (also 312+286+94+42)", None),
    (LS, 2, "implausible_rate", "table", "≥\t95%\t98.5%", "≥\t95%\t108.5%",
     "108.5%", "a first-pass approval rate of third-party reports cannot exceed 100%", None),
    (LS, 3, "completion_mismatch", "prose", "为年度目标600件的122.33%", "为年度目标600件的112.33%",
     "600件的112.33%", "734 / 600 = 122.33%, stated 112.33%", None),
    (LS, 4, "grade_mismatch", "prose", "评价等次为“优”", "评价等次为“良”",
     "评价等次为“良”", "total 97.49 is in the 优 band (>= 90)", "grade word"),
    (LS, 5, "score_sum_mismatch", "table", "6.4%\t10\t7.81", "6.4%\t10\t7.18",
     "7.18", "row scores now sum to 96.86 (indicators 87.18), stated total 97.49 and 绩效指标得分 87.81", None),
    (LS, 6, "unit_mismatch", "prose", "单价37000元", "单价37000万元",
     "单价37000万元", "4 units x 37000万元 is not 14.80万元; the unit price is 37000元 (= 3.7万元/台 in the table): "
     "元 written as 万元, off by 10^4", "unit word changed, the figure 37000 is unchanged"),
    # ---- Pingcheng 2019 (Shanxi, funds table with 行次 and formulas, 完成率 column)
    (PC, 1, "completion_mismatch", "table", "97.2%\t102.32%", "97.2%\t103.22%",
     "97.2%\t103.22%", "97.2 / 95 = 102.32%, stated 103.22%", None),
    (PC, 2, "score_exceeds_weight", "table", "102.32%\t10\n", "102.32%\t10.23\n",
     "102.32%\t10.23", "score 10.23 above the weight 10 (completion applied without the cap); the whole-point "
     "total 99 (rows now 99.14) still rounds, so only the row is wrong", "score cell; '10' is also other rows' weight/score"),
    (PC, 3, "rate_mismatch", "table", "96.99\t96.78\t", "96.99\t97.68\t",
     "97.68", "funds table (7)=(4)/(2), 财政资金小计: 43.55 / 45.00 = 96.78%, stated 97.68", None),
    (PC, 4, "year_mismatch", "prose", "截至2019年12月31日", "截至2020年12月31日",
     "截至2020年12月31日", "the 2019 report states its spending as of 31 Dec 2020", "a year"),
    (PC, 5, "sum_mismatch", "table", "\t10.00\t32.00\t", "\t10.00\t23.00\t",
     "10.00\t23.00", "row (1) 年初预算: 财政资金小计 42.00 != 市级 10.00 + 区级 23.00 = 33.00", None),
    (PC, 6, "average_mismatch", "prose", "算术平均67.4分贝", "算术平均67.8分贝",
     "算术平均67.8分贝", "(69.8 + 67.2 + 68.5 + 66.1 + 67.9 + 64.9) / 6 = 67.4, stated 67.8", None),
    # ---- Yueyanglou 2020 (Hunan, 部门整体支出)
    (YY, 1, "average_mismatch", "prose", "平均93.1分", "平均93.4分",
     "平均93.4分", "(96.5 + 94.2 + 88.6) / 3 = 93.1, stated 93.4", None),
    (YY, 2, "conflicting_values", "table", "≤58dB(A)\t56.3dB(A)", "≤58dB(A)\t56.8dB(A)",
     "56.8dB(A)", "the table gives the city daytime average as 56.8 while the text gives 平均56.3分贝 (which matches "
     "its five point values)", "conflict: the figure is meant to appear twice"),
    (YY, 3, "score_exceeds_weight", "table", "94.6%\t8\t8\t", "94.6%\t8\t8.41\t",
     "94.6%\t8\t8.41", "score 8.41 above the weight 8; the whole-point total 98 (rows now 98.01) still rounds",
     "score cell; '8' is also other rows' weight/score"),
    (YY, 4, "rate_mismatch", "table", "92.92%", "92.29%",
     "92.29%", "project execution 172.84 / 186.00 = 92.92%, stated 92.29%", None),
    (YY, 5, "unit_mismatch", "table", "≥85%\t82.3%", "≥85%\t82.3分",
     "82.3分", "satisfaction target in %, actual written in 分: completion cannot be computed",
     "unit word changed, the figure 82.3 is unchanged"),
    (YY, 6, "year_mismatch", "prose", "市财政于2019年12月提前下达", "市财政于2018年12月提前下达",
     "2018年12月提前下达", "an advance for the 2020 budget can be issued in Dec 2019, not Dec 2018", "a year"),
    # ---- Zhangwan 2024 (Hubei, execution worth 20 points)
    (ZW, 1, "grade_mismatch", "prose", "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”", "total 89.62 is in the 良 band (80 <= s < 90)", "grade word"),
    (ZW, 2, "conflicting_values", "prose", "安排项目预算180万元", "安排项目预算186万元",
     "安排项目预算186万元", "the overview says the 2024 project budget is 186万元 while the funds section gives 全年预算180.00万元 (150.00 + 30.00)",
     "conflict: the figure is meant to appear twice"),
    (ZW, 3, "weight_sum_mismatch", "table", "18.6万元/套\t5\t5", "18.6万元/套\t10\t5",
     "18.6万元/套\t10\t5", "cost row weight 5 -> 10: weights now sum to 105", "weight cell; '5' is also other rows' weight/score"),
    (ZW, 4, "implausible_rate", "table", "≥95%\t97.6%", "≥95%\t107.6%",
     "107.6%", "a complaint closure rate cannot exceed 100%", None),
    (ZW, 5, "score_sum_mismatch", "table", "11.72", "11.27",
     "11.27", "row scores now sum to 89.17, stated total 89.62 (table and text)", None),
    (ZW, 6, "balance_mismatch", "prose", "年末结余31.60万元", "年末结余31.06万元",
     "结余31.06万元", "到位 172.00 - 执行 140.40 = 31.60, stated 31.06", None),
]


def changed_token(clean, old, new):
    """The number token of the clean draft that the edit changes (None for word edits)."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    a, b = p, len(old) - s
    while a > 0 and (old[a - 1].isdigit() or old[a - 1] == "."):
        a -= 1
    while b < len(old) and (old[b].isdigit() or old[b] == "."):
        b += 1
    tok = old[a:b]
    return tok if re.fullmatch(r"\d+(\.\d+)?", tok or "") else None


def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl, repeat_ok) in [e for e in EDITS if e[0] == src]:
            assert clean.count(old) == 1, (src, n, old, clean.count(old))
            tok = changed_token(clean, old, new)
            if tok is not None:
                cnt = len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d.])", clean))
                assert cnt == 1 or repeat_ok, (src, n, tok, cnt)
            text = clean.replace(old, new)
            assert text.count(value) >= 1, (src, n, value)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with one error each)")


if __name__ == "__main__":
    main()
