#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit applied (old -> new, where old must occur
exactly once in the clean draft). The label value is an exact substring of the error case that
contains the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, error no, code, where, old, new, value, explanation)
EDITS = [
    # --- ha-jiaxian-yianbuding-2018 (Henan, web page, tab-separated 附件1) ---
    ("ha-jiaxian-yianbuding-2018", 1, "rate_mismatch", "prose",
     "县级资金支出28.62万元，执行率95.40%", "县级资金支出28.62万元，执行率94.50%",
     "执行率94.50%", "county funds 28.62 spent of 30.00 = 95.40%, stated 94.50%"),
    ("ha-jiaxian-yianbuding-2018", 2, "sum_mismatch", "prose",
     "调解卷宗印制及年度表彰1.90万元", "调解卷宗印制及年度表彰1.09万元",
     "年度表彰1.09万元", "uses 30.08 + 2.64 + 1.09 = 33.81, but 全年实际支出 is 34.62 (the part should be 1.90)"),
    ("ha-jiaxian-yianbuding-2018", 3, "average_mismatch", "prose",
     "平均每件补贴134.41元", "平均每件补贴143.41元",
     "平均每件补贴143.41元", "300800元 / 2238件 = 134.41元, stated 143.41元"),
    ("ha-jiaxian-yianbuding-2018", 4, "unit_mismatch", "table",
     "≥450人次\t436人次", "≥450人次\t96.89%",
     "≥450人次\t96.89%", "附件1 培训 row: target in 人次, actual given as a percentage"),
    ("ha-jiaxian-yianbuding-2018", 5, "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良", "total 98.31 lies in the 优 band (>= 90), stated 良"),
    ("ha-jiaxian-yianbuding-2018", 6, "implausible_rate", "table",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "0.00\t—\t100.00%", "附件1 上年结转资金 row: 全年预算数 0.00, an execution rate of 100.00% on a zero base"),

    # --- sx-jishan-tiaojiebutie-2020 (Shanxi, Word with bookmarks, 行次 funds table, 完成率 column) ---
    ("sx-jishan-tiaojiebutie-2020", 1, "rate_mismatch", "table",
     "\t0\n\t89.86\n", "\t0\n\t98.86\n",
     "98.86", "funds table row (7) 县区级: 19.77 / 22.00 = 89.86%, stated 98.86"),
    ("sx-jishan-tiaojiebutie-2020", 2, "completion_mismatch", "table",
     "\t112.06%\n", "\t121.06%\n",
     "121.06%", "附件1 调解成功矛盾纠纷件数: 1793 / 1600 = 112.06%, stated 121.06%"),
    ("sx-jishan-tiaojiebutie-2020", 3, "year_mismatch", "prose",
     "结余资金已结转至2021年", "结余资金已结转至2020年",
     "结转至2020年", "the unspent 2020 money cannot be carried over into 2020 itself (should be 2021)"),
    ("sx-jishan-tiaojiebutie-2020", 4, "unit_mismatch", "prose",
     "三类补贴合计249800元", "三类补贴合计249800万元",
     "合计249800万元", "61800 + 129000 + 59000 = 249800元 (= 24.98万元 in the same sentence): the yuan figure is labelled 万元, off by 10^4"),
    ("sx-jishan-tiaojiebutie-2020", 5, "weight_sum_mismatch", "table",
     "\t补贴季度兑付及时率\n\t5\n", "\t补贴季度兑付及时率\n\t8\n",
     "补贴季度兑付及时率\n\t8", "附件1 weights now add up to 103 (时效 weight 8 instead of 5), 合计 row says 100"),
    ("sx-jishan-tiaojiebutie-2020", 6, "conflicting_values", "prose",
     "经费33.50万元的使用情况", "经费35.30万元的使用情况",
     "35.30万元", "opening gives the evaluated fund as 35.30万元; the funds table (全年预算资金 (2)) and the budget paragraph give 33.50万元"),

    # --- hn-lengshuijiang-renmintiaojie-2021 (Hunan outline, PDF, 自评表 one cell per line) ---
    ("hn-lengshuijiang-renmintiaojie-2021", 1, "completion_mismatch", "prose",
     "完成年度目标的108.16%", "完成年度目标的106.18%",
     "完成年度目标的106.18%", "2055 / 1900 = 108.16%, stated 106.18%"),
    ("hn-lengshuijiang-renmintiaojie-2021", 2, "score_exceeds_weight", "table",
     "22天\n5\n5\n/\n— 4 —\n成本指标\n一般纠纷补贴标准\n=100元/件\n100元/件\n10\n10",
     "22天\n5\n10\n/\n— 4 —\n成本指标\n一般纠纷补贴标准\n=100元/件\n100元/件\n10\n5",
     "22天\n5\n10", "附件 时效 row: 分值 5, 得分 10 (scores of the two adjacent rows transposed; the sum still reads 98.46)"),
    ("hn-lengshuijiang-renmintiaojie-2021", 3, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日", "2021 report: the funds position is stated as of 2020-12-31"),
    ("hn-lengshuijiang-renmintiaojie-2021", 4, "score_sum_mismatch", "table",
     "86%\n10\n9.56", "86%\n10\n9.65",
     "86%\n10\n9.65", "row scores now add up to 98.55, 总分 says 98.46"),
    ("hn-lengshuijiang-renmintiaojie-2021", 5, "balance_mismatch", "prose",
     "结余1.15万元", "结余1.51万元",
     "结余1.51万元", "42.00 − 40.85 = 1.15, stated 1.51"),
    ("hn-lengshuijiang-renmintiaojie-2021", 6, "conflicting_values", "table",
     "≥1900件\n2055件", "≥1900件\n2505件",
     "2505件", "附件 row gives 2505件 successful mediations; the report text and the 年度总体目标 block give 2055件"),

    # --- gz-meitan-maodunhuajie-2023 (Guizhou, Word with bookmarks, pipe tables, dated 2024) ---
    ("gz-meitan-maodunhuajie-2023", 1, "balance_mismatch", "prose",
     "结余1.66万元", "结余1.86万元",
     "结余1.86万元", "52.60 − 50.94 = 1.66, stated 1.86"),
    ("gz-meitan-maodunhuajie-2023", 2, "score_sum_mismatch", "table",
     "80.65%｜10｜8.06｜", "80.65%｜10｜8.60｜",
     "80.65%｜10｜8.60", "row scores now add up to 98.28, 合计 and text say 97.74"),
    ("gz-meitan-maodunhuajie-2023", 3, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”",
     "评价等级为“良好”", "total 97.74 lies in the 优 band, stated 良好"),
    ("gz-meitan-maodunhuajie-2023", 4, "implausible_rate", "prose",
     "回访满意率98.6%", "回访满意率108.6%",
     "回访满意率108.6%", "a satisfaction rate above 100%"),
    ("gz-meitan-maodunhuajie-2023", 5, "score_exceeds_weight", "table",
     "108.33%｜5｜5｜汛期和节前各增加1次\n产出指标｜数量指标｜调解成功矛盾纠纷件数｜≥2000件｜2093件｜104.65%｜15｜15｜",
     "108.33%｜5｜15｜汛期和节前各增加1次\n产出指标｜数量指标｜调解成功矛盾纠纷件数｜≥2000件｜2093件｜104.65%｜15｜5｜",
     "108.33%｜5｜15", "排查次数 row: 分值 5, 得分 15 (scores of two adjacent rows transposed; the sum still reads 97.74)"),
    ("gz-meitan-maodunhuajie-2023", 6, "sum_mismatch", "prose",
     "调解员培训3.84万元", "调解员培训3.48万元",
     "调解员培训3.48万元", "32.10 + 12.60 + 3.48 + 2.40 = 50.58 ≠ 50.94 全年执行 (the part should be 3.84)"),

    # --- sc-pengxi-sifaju-bumen-2024 (Sichuan, 部门整体, web page, ' | ' tables) ---
    ("sc-pengxi-sifaju-bumen-2024", 1, "average_mismatch", "table",
     "95.67% | 94.83 |", "95.67% | 94.38 |",
     "94.38", "(96.50 + 95.20 + 92.80) / 3 = 94.83, stated 94.38"),
    ("sc-pengxi-sifaju-bumen-2024", 2, "sum_mismatch", "table",
     "| 624 | 112320", "| 624 | 121320",
     "624 | 121320", "180元/件 × 624件 = 112320元; the column now adds up to 251900, 合计 says 242900"),
    ("sc-pengxi-sifaju-bumen-2024", 3, "rate_mismatch", "prose",
     "基本支出958.74万元，执行率99.64%", "基本支出958.74万元，执行率96.94%",
     "执行率96.94%", "基本支出 958.74 / 962.18 = 99.64%, stated 96.94%"),
    ("sc-pengxi-sifaju-bumen-2024", 4, "conflicting_values", "prose",
     "全年统筹使用财政资金1036.23万元", "全年统筹使用财政资金1063.23万元",
     "财政资金1063.23万元", "section 三 gives the year's spending as 1063.23万元, section 二 as 1036.23万元"),
    ("sc-pengxi-sifaju-bumen-2024", 5, "completion_mismatch", "table",
     "106.19%", "106.91%",
     "106.91%", "法律援助案件办结数: 446 / 420 = 106.19%, stated 106.91%"),
    ("sc-pengxi-sifaju-bumen-2024", 6, "weight_sum_mismatch", "table",
     "| 0% | 100% | 10 | 10", "| 0% | 100% | 15 | 10",
     "100% | 15 | 10", "weights now add up to 105 (indicators 95 against the stated 90), 合计 row says 100"),
]

SOURCES = ["ha-jiaxian-yianbuding-2018", "sx-jishan-tiaojiebutie-2020",
           "hn-lengshuijiang-renmintiaojie-2021", "gz-meitan-maodunhuajie-2023",
           "sc-pengxi-sifaju-bumen-2024"]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old text occurs {cnt} times, must be exactly once: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value {value!r} not in error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
