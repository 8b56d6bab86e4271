#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
`fig` is the figure (or word) that was changed, as it stands in the clean draft; verify.py checks that it
occurs only once there (twice or more for conflicting_values, where the other mention is the evidence).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "fj-wuping-jiapeijianguan-2018",
    "hb-jingshan-quandaozhan-2020",
    "sx-xiaoyi-jiapeizhiliang-2021",
    "sc-jiangan-jiaoguanxuanchuan-2023",
    "hn-youxian-yunshufuwu-bumen-2024",
]

# (source, n, code, where, old, new, value, fig, explanation)
EDITS = [
    # ---- fj-wuping-jiapeijianguan-2018 (Fujian, MOF 附件1 copied from PDF)
    ("fj-wuping-jiapeijianguan-2018", 1, "rate_mismatch", "prose",
     "整改率97.26%", "整改率97.62%", "整改率97.62%", "97.26%",
     "71 of 73 hazards rectified: 71/73 = 97.26%, stated 97.62%"),
    ("fj-wuping-jiapeijianguan-2018", 2, "year_mismatch", "prose",
     "已按规定结转至2019年支付", "已按规定结转至2018年支付", "结转至2018年", "结转至2019年",
     "the 2.45万元 left from the 2018 budget is carried over to 2018 itself; a carry-over goes to a later year (2019)"),
    ("fj-wuping-jiapeijianguan-2018", 3, "average_mismatch", "prose",
     "季均13.5次", "季均13.8次", "季均13.8次", "13.5",
     "quarterly inspections 11, 14, 13, 16: mean 54/4 = 13.5, stated 13.8"),
    ("fj-wuping-jiapeijianguan-2018", 4, "unit_mismatch", "prose",
     "按每人次260元的标准", "按每人次260万元的标准", "每人次260万元", "260元",
     "412人次 x 260元 = 10.71万元 as booked; written as 260万元 the fee is off by 10^4"),
    ("fj-wuping-jiapeijianguan-2018", 5, "score_sum_mismatch", "table",
     "10 9.26 三级机构", "10 9.62 三级机构", "10 9.62", "9.26",
     "row scores now add to 99.15 (9.53+50+29.62+10), stated total 98.79 in table and text"),
    ("fj-wuping-jiapeijianguan-2018", 6, "implausible_rate", "table",
     "≥90% 93.5%", "≥90% 103.5%", "103.5%", "93.5%",
     "学员满意度 above 100%"),
    # ---- hb-jingshan-quandaozhan-2020 (Hubei city table: execution 20 + two goal blocks of 40, web page)
    ("hb-jingshan-quandaozhan-2020", 1, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好", "优秀",
     "a total of 98.62 is in the 优 band (>= 90), not 良"),
    ("hb-jingshan-quandaozhan-2020", 2, "sum_mismatch", "prose",
     "28场、41场、52场、47场", "28场、44场、52场、47场", "28场、44场、52场、47场，全年共168场", "41场",
     "28 + 44 + 52 + 47 = 171, stated year total 168"),
    ("hb-jingshan-quandaozhan-2020", 3, "completion_mismatch", "table",
     "94.00%\t104.44%", "94.00%\t104.04%", "104.04%", "104.44%",
     "合格率 target >=90%, actual 94.00%: completion 94.00/90 = 104.44%, stated 104.04%"),
    ("hb-jingshan-quandaozhan-2020", 4, "weight_sum_mismatch", "table",
     "23个\t100%\t10\t10", "23个\t100%\t12\t10", "23个\t100%\t12", "23个\t100%\t10\t10",
     "weights now total 102 (目标一 block 42 against the 40 stated in the text)"),
    ("hb-jingshan-quandaozhan-2020", 5, "conflicting_values", "prose",
     "农村交通违法行为12436起", "农村交通违法行为12634起", "违法行为12634起", "12436起",
     "the table gives 12436起 for the same indicator (劝导纠正农村交通违法行为)"),
    ("hb-jingshan-quandaozhan-2020", 6, "balance_mismatch", "prose",
     "结余4.14万元", "结余4.41万元", "结余4.41万元", "4.14万元",
     "68.40 - 64.26 = 4.14, stated 4.41"),
    # ---- sx-xiaoyi-jiapeizhiliang-2021 (Shanxi, flattened tables with 行次)
    ("sx-xiaoyi-jiapeizhiliang-2021", 1, "rate_mismatch", "table",
     "\t90.73\n", "\t90.37\n", "90.37", "90.73",
     "row (7) 县区级 column: 27.22/30.00 = 90.73%, stated 90.37"),
    ("sx-xiaoyi-jiapeizhiliang-2021", 2, "implausible_rate", "table",
     "\t90.73\n\t100\n\t0\n", "\t90.73\n\t100\n\t100\n", "90.73\n\t100\n\t100", "\t90.73\n\t100\n\t0\n",
     "row (7) 其他资金 column has no budget (blank) yet shows an execution rate of 100: a rate on a zero base"),
    ("sx-xiaoyi-jiapeizhiliang-2021", 3, "completion_mismatch", "table",
     "\t104.83%\n", "\t104.38%\n", "104.38%", "104.83%",
     "科目二合格率 target >=75%, actual 78.62%: completion 104.83%, stated 104.38%"),
    ("sx-xiaoyi-jiapeizhiliang-2021", 4, "score_exceeds_weight", "table",
     "\t100.00%\n\t8\n", "\t100.00%\n\t8.5\n", "100.00%\n\t8.5", "\t100.00%\n\t8\n",
     "投诉处理按时办结率: score 8.5 above its weight 8 (the whole-point total 99 still covers the new sum 99.17)"),
    ("sx-xiaoyi-jiapeizhiliang-2021", 5, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日", "截至2021年12月31日",
     "the year-end figures of a 2021 report are dated 截至2020年12月31日"),
    ("sx-xiaoyi-jiapeizhiliang-2021", 6, "unit_mismatch", "table",
     "\t≥60次\n\t66次\n", "\t≥60次\n\t66%\n", "≥60次\n\t66%", "66次",
     "驾培机构专项检查: target in 次, actual written in %"),
    # ---- sc-jiangan-jiaoguanxuanchuan-2023 (Sichuan, 510000_0013zp table)
    ("sc-jiangan-jiaoguanxuanchuan-2023", 1, "sum_mismatch", "table",
     "其中：财政资金\t80.00\t73.60", "其中：财政资金\t80.00\t76.30", "财政资金\t80.00\t76.30", "73.60",
     "调整后预算数 column: 76.30 + 0.00 + 0.00 + 5.00 = 81.30, 资金总额 78.60"),
    ("sc-jiangan-jiaoguanxuanchuan-2023", 2, "balance_mismatch", "prose",
     "结余2.18万元", "结余2.81万元", "结余2.81万元", "2.18万元",
     "78.60 - 76.42 = 2.18, stated 2.81"),
    ("sc-jiangan-jiaoguanxuanchuan-2023", 3, "conflicting_values", "table",
     "人次\t2315\t", "人次\t2135\t", "2000\t人次\t2135", "2315",
     "the text gives 612 + 587 + 560 + 556 = 共2315人次 for the same indicator"),
    ("sc-jiangan-jiaoguanxuanchuan-2023", 4, "score_sum_mismatch", "prose",
     "综合自评得分99.57分", "综合自评得分99.75分", "综合自评得分99.75分", "99.57",
     "row scores 9.72 + 50 + 29.85 + 10 = 99.57, stated 99.75"),
    ("sc-jiangan-jiaoguanxuanchuan-2023", 5, "grade_mismatch", "prose",
     "总体评价为优秀", "总体评价为良好", "总体评价为良好", "优秀",
     "99.57 is in the 优 band"),
    ("sc-jiangan-jiaoguanxuanchuan-2023", 6, "weight_sum_mismatch", "table",
     "条\t742\t8\t8", "条\t742\t9\t8", "742\t9\t8", "条\t742\t8\t8",
     "weights now total 101 (产出 51)"),
    # ---- hn-youxian-yunshufuwu-bumen-2024 (Hunan, 部门整体支出)
    ("hn-youxian-yunshufuwu-bumen-2024", 1, "score_exceeds_weight", "table",
     "2.86万元\n10\n10\n", "2.86万元\n10\n10.3\n", "2.86万元\n10\n10.3", "2.86万元\n10\n10\n",
     "“三公”经费支出: score 10.3 above its weight 10 (the whole-point total 99 still covers the new sum 99.13)"),
    ("hn-youxian-yunshufuwu-bumen-2024", 2, "year_mismatch", "prose",
     "追加资金于2024年9月下达", "追加资金于2023年9月下达", "追加资金于2023年9月下达", "2024年9月",
     "an addition to the 2024 budget issued in September 2023 (only a December advance may precede the year)"),
    ("hn-youxian-yunshufuwu-bumen-2024", 3, "rate_mismatch", "table",
     "52.79 92.13%", "52.79 93.12%", "57.30 52.79 93.12%", "92.13%",
     "row 7: 52.79/57.30 = 92.13%, stated 93.12%"),
    ("hn-youxian-yunshufuwu-bumen-2024", 4, "sum_mismatch", "table",
     "农村客运班线补贴 8 36.20", "农村客运班线补贴 8 38.20", "8 38.20", "36.20",
     "年初预算数: 40.00 + 50.00 + 38.20 = 128.20, 项目支出 row 126.20 (and 38.20 + 追加20.60 ≠ 56.80)"),
    ("hn-youxian-yunshufuwu-bumen-2024", 5, "conflicting_values", "prose",
     "驾培机构开展监督检查46家次", "驾培机构开展监督检查64家次", "监督检查64家次", "46家次",
     "the 自评表 gives 46家次 for 驾培机构监督检查"),
    ("hn-youxian-yunshufuwu-bumen-2024", 6, "average_mismatch", "prose",
     "平均94.33分", "平均94.67分", "平均94.67分", "94.33",
     "(96.5 + 94 + 92.5)/3 = 94.33, stated 94.67"),
]


def main():
    labels = []
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, fig, expl) in EDITS:
            if s != src:
                continue
            k = clean.count(old)
            if k != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {k} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in error case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an error)")


if __name__ == "__main__":
    main()
