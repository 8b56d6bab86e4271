#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the label value: an exact substring of the error case that contains the changed figure.
`where` (prose / table) is documentation only (README table).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hn-jingzhou-tesechanye-2018",
    "hb-xianfeng-shifancun-2020",
    "gx-fuchuan-tesecunzhai-2021",
    "qh-menyuan-minzongju-bumen-2022",
    "sc-beichuan-minzutuanjie-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Hunan, Jingzhou 2018 -------------------------------------------------------------
    ("hn-jingzhou-tesechanye-2018", 1, "sum_mismatch", "prose",
     "县级配套资金30.00万元", "县级配套资金35.00万元", "县级配套资金35.00万元",
     "当年财政拨款合计420.00万元 but its parts 300.00 + 90.00 + 35.00 = 425.00"),
    ("hn-jingzhou-tesechanye-2018", 2, "balance_mismatch", "prose",
     "年末结余23.90万元", "年末结余23.09万元", "年末结余23.09万元",
     "到位432.50 − 实际支出408.60 = 23.90, stated 23.09"),
    ("hn-jingzhou-tesechanye-2018", 3, "score_sum_mismatch", "table",
     "820亩\t10\t9.11\t", "820亩\t10\t9.31\t", "820亩\t10\t9.31",
     "row scores now add to 9.45 + 49.31 + 29 + 10 = 97.76, while 总分 (table) and the text state 97.56"),
    ("hn-jingzhou-tesechanye-2018", 4, "implausible_rate", "table",
     "\t95.3%\t10\t10", "\t105.3%\t10\t10", "105.3%",
     "受益群众满意度 actual 105.3%: a satisfaction rate cannot exceed 100%"),
    ("hn-jingzhou-tesechanye-2018", 5, "unit_mismatch", "prose",
     "兑付补助656000元", "兑付补助656000万元", "656000万元",
     "820亩 × 800元 = 656000元 = 65.60万元 (杨梅提质改造65.60万元); the 元 amount is labelled 万元, off by 10^4"),
    ("hn-jingzhou-tesechanye-2018", 6, "year_mismatch", "prose",
     "结转至2019年使用", "结转至2018年使用", "结转至2018年",
     "the unspent part of the 2018 budget cannot be carried over to 2018 itself (should be a later year)"),

    # --- Hubei, Xianfeng 2020 ---------------------------------------------------------------
    ("hb-xianfeng-shifancun-2020", 1, "completion_mismatch", "table",
     "171户｜95.00%", "171户｜95.50%", "171户｜95.50%",
     "≥180户, actual 171户: completion 171/180 = 95.00%, stated 95.50%"),
    ("hb-xianfeng-shifancun-2020", 2, "score_exceeds_weight", "table",
     "116.67%｜9｜9\n｜户均风貌改造补助｜≤1.2万元｜1.15万元｜100.00%｜8｜8",
     "116.67%｜9｜10\n｜户均风貌改造补助｜≤1.2万元｜1.15万元｜100.00%｜8｜7",
     "116.67%｜9｜10",
     "扶持特色产业项目 scored 10 against a weight of 9 (the next row was lowered to 7 so the total still reads 97.06)"),
    ("hb-xianfeng-shifancun-2020", 3, "average_mismatch", "prose",
     "平均投入88.16万元", "平均投入88.61万元", "平均投入88.61万元",
     "(94.80 + 88.36 + 86.20 + 83.28) / 4 = 88.16"),
    ("hb-xianfeng-shifancun-2020", 4, "rate_mismatch", "prose",
     "执行率62.80%", "执行率68.20%", "执行率68.20%",
     "县级配套资金 25.12 / 40.00 = 62.80%, stated 68.20%"),
    ("hb-xianfeng-shifancun-2020", 5, "conflicting_values", "prose",
     "完成民居风貌改造171户", "完成民居风貌改造117户", "民居风貌改造117户",
     "the text gives 117户 while the score table gives 171户 for the same indicator (completion 95.00% of 180)"),
    ("hb-xianfeng-shifancun-2020", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 97.06 is in the 优 band (≥ 90)"),

    # --- Guangxi, Fuchuan 2021 --------------------------------------------------------------
    ("gx-fuchuan-tesecunzhai-2021", 1, "balance_mismatch", "prose",
     "年末结余7.35万元", "年末结余7.53万元", "年末结余7.53万元",
     "到位236.80 − 执行229.45 = 7.35 (funds table row (5)), stated 7.53"),
    ("gx-fuchuan-tesecunzhai-2021", 2, "completion_mismatch", "table",
     "460亩\n\t92.00%", "460亩\n\t82.00%", "460亩\n\t82.00%",
     "≥500亩, actual 460亩: completion 460/500 = 92.00%, stated 82.00%"),
    ("gx-fuchuan-tesecunzhai-2021", 3, "weight_sum_mismatch", "table",
     "年底前项目完工率\n\t5\n", "年底前项目完工率\n\t6\n", "年底前项目完工率\n\t6",
     "weights now add to 101 (时效指标 6 instead of 5) against the 100 of the 合计 row"),
    ("gx-fuchuan-tesecunzhai-2021", 4, "sum_mismatch", "table",
     "(1)\t210.00\t210.00\t150.00", "(1)\t210.00\t210.00\t105.00", "(1)\t210.00\t210.00\t105.00",
     "年初预算 row: 财政资金小计 210.00 but 中央 105.00 + 自治区 40.00 + 县级 20.00 = 165.00"),
    ("gx-fuchuan-tesecunzhai-2021", 5, "implausible_rate", "table",
     "(7)=(4)/(2)\t96.90\t96.50\t100\t100\t0", "(7)=(4)/(2)\t96.90\t96.50\t100\t100\t100",
     "(7)=(4)/(2)\t96.90\t96.50\t100\t100\t100",
     "市级 column has no budget (zero base) yet prints an execution rate of 100"),
    ("gx-fuchuan-tesecunzhai-2021", 6, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "the 2021 report states its spending as of 31 Dec 2020"),

    # --- Qinghai, Menyuan 2022 (department) --------------------------------------------------
    ("qh-menyuan-minzongju-bumen-2022", 1, "sum_mismatch", "table",
     "｜5.50｜4.50｜5.40", "｜5.50｜4.50｜5.04", "4.50｜5.04",
     "三公经费 2021 column: 0.00 + 1.05 + 5.04 = 6.09, 合计 row states 6.45"),
    ("qh-menyuan-minzongju-bumen-2022", 2, "average_mismatch", "prose",
     "平均自评得分94.74分", "平均自评得分94.47分", "平均自评得分94.47分",
     "(96.20 + 100 + 88.50 + 98.00 + 91.00) / 5 = 94.74"),
    ("qh-menyuan-minzongju-bumen-2022", 3, "score_sum_mismatch", "table",
     "资产管理）｜15｜14\n", "资产管理）｜15｜14.5\n", "资产管理）｜15｜14.5",
     "row scores now add to 95.84, 合计 and text state 95.34"),
    ("qh-menyuan-minzongju-bumen-2022", 4, "rate_mismatch", "table",
     "75.92｜89.32%", "75.92｜89.23%", "75.92｜89.23%",
     "宗教活动场所安全隐患整治补助 75.92 / 85.00 = 89.32%, stated 89.23%"),
    ("qh-menyuan-minzongju-bumen-2022", 5, "conflicting_values", "prose",
     "年度预算210.00万元", "年度预算120.00万元", "年度预算120.00万元",
     "the project table gives 示范村建设 全年预算数 210.00万元; the text says 120.00万元"),
    ("qh-menyuan-minzongju-bumen-2022", 6, "grade_mismatch", "table",
     "95.34｜等级：优", "95.34｜等级：良", "等级：良",
     "total 95.34 is in the 优 band (≥ 90)"),

    # --- Sichuan, Beichuan 2024 --------------------------------------------------------------
    ("sc-beichuan-minzutuanjie-2024", 1, "weight_sum_mismatch", "table",
     "家园\t≥\t6\t个\t6\t15\t15", "家园\t≥\t6\t个\t6\t16\t15", "6\t个\t6\t16",
     "weights now add to 101 (10 + 91) against the 100 of the 总分 row"),
    ("sc-beichuan-minzutuanjie-2024", 2, "score_exceeds_weight", "table",
     "96\t5\t5\t\n\t成本指标\t示范单位奖补标准\t=\t2\t万元/个\t2\t5\t5",
     "96\t5\t5.5\t\n\t成本指标\t示范单位奖补标准\t=\t2\t万元/个\t2\t5\t4.5",
     "96\t5\t5.5",
     "奖补资金兑付及时率 scored 5.5 against a weight of 5 (the next row was lowered to 4.5 so the total still reads 97.90)"),
    ("sc-beichuan-minzutuanjie-2024", 3, "year_mismatch", "table",
     "（2024年度）", "（2023年度）", "（2023年度）",
     "the 自评表 is headed 2023 while the report and all its figures are for 2024"),
    ("sc-beichuan-minzutuanjie-2024", 4, "unit_mismatch", "prose",
     "奖补20000元", "奖补20000万元", "20000万元",
     "24个 × 20000元 = 48.00万元 and the table's 2万元/个; written as 20000万元, off by 10^4"),
    ("sc-beichuan-minzutuanjie-2024", 5, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 97.90 is in the 优 band (≥ 90)"),
    ("sc-beichuan-minzutuanjie-2024", 6, "completion_mismatch", "prose",
     "完成率95%", "完成率98%", "完成率98%",
     "宣讲 38 of ≥40场次: completion 95%, stated 98%"),
]


def main():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        by_project[e[0]].append(e)
    for p in PROJECTS:
        clean_path = os.path.join(CASES, f"{p}-clean.txt")
        with open(clean_path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{p}-clean.txt", "source": p, "clean": True, "expected": []})
        for (_, n, code, where, old, new, value, expl) in sorted(by_project[p], key=lambda x: x[1]):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{p}-e{n}: old text matches {cnt} times: {old!r}")
            err = clean.replace(old, new)
            if value not in err:
                sys.exit(f"{p}-e{n}: value not in error case: {value!r}")
            if err.count(value) != 1:
                sys.exit(f"{p}-e{n}: value occurs {err.count(value)} times: {value!r}")
            name = f"{p}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(err)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an error)")


if __name__ == "__main__":
    main()
