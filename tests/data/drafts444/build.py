#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft.
`value` is a short substring of the error case that contains the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sn-zhouzhi-yiyuanjiance-2019",
    "yn-lancang-zhihaibuchang-2022",
    "hl-hulin-zhihaijiance-2021",
    "sc-pingwu-zhaoshibuchang-2018",
    "ha-xixia-linyeju-bumen-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 周至 2019: space-aligned table with completion column ----
    ("sn-zhouzhi-yiyuanjiance-2019", 1, "completion_mismatch", "table",
     "351天        117.00%", "351天        107.00%", "351天        107.00%",
     "巡护监测天数 351 / 300 = 117.00%, table says 107.00%"),
    ("sn-zhouzhi-yiyuanjiance-2019", 2, "average_mismatch", "prose",
     "平均每季度87.75天", "平均每季度88.75天", "平均每季度88.75天",
     "(84 + 88 + 90 + 89) / 4 = 351 / 4 = 87.75 days, stated 88.75"),
    ("sn-zhouzhi-yiyuanjiance-2019", 3, "rate_mismatch", "prose",
     "执行率78.77%", "执行率87.77%", "执行率87.77%",
     "县级配套 5.12 / 6.50 = 78.77%, stated 87.77%"),
    ("sn-zhouzhi-yiyuanjiance-2019", 4, "unit_mismatch", "prose",
     "监测员补助10.08万元", "监测员补助10.08元", "监测员补助10.08元",
     "the 10.08万元 (14 × 600元 × 12 = 100800元) written as 10.08元: the spending items then add to 23.04万元, "
     "not 33.12; rescaling this one amount by 10^4 reconciles the sum"),
    ("sn-zhouzhi-yiyuanjiance-2019", 5, "weight_sum_mismatch", "table",
     "168份        112.00%  8     8", "168份        112.00%  9     8", "112.00%  9     8",
     "采集送检样品 weight 8 -> 9: the 分值 column now adds to 101 while 合计 says 100"),
    ("sn-zhouzhi-yiyuanjiance-2019", 6, "year_mismatch", "prose",
     "结转至2020年支付", "结转至2019年支付", "结转至2019年支付",
     "unspent 2019 money is carried to 2019 itself; it must go to 2020 (equipment accepted the next January)"),

    # ---- 澜沧 2022: pipe table ----
    ("yn-lancang-zhihaibuchang-2022", 1, "sum_mismatch", "prose",
     "31.98万元", "31.89万元", "31.89万元",
     "201.36 + 31.89 + 39.00 = 272.25, stated 合计 272.34 (also the amount paid)"),
    ("yn-lancang-zhihaibuchang-2022", 2, "conflicting_values", "table",
     "｜1339起｜", "｜1393起｜", "1393起",
     "table 补偿案件办结数 1393起 vs 1339起 in the text (1248 + 86 + 5 = 1339)"),
    ("yn-lancang-zhihaibuchang-2022", 3, "implausible_rate", "table",
     "｜93.7%｜", "｜103.7%｜", "103.7%",
     "受偿群众满意度 103.7% is above 100%"),
    ("yn-lancang-zhihaibuchang-2022", 4, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "97.97 points is in the 优 band (>= 90), not 良"),
    ("yn-lancang-zhihaibuchang-2022", 5, "rate_mismatch", "table",
     "｜97.46%｜", "｜97.64%｜", "97.64%",
     "案件报告及时率: 1305 / 1339 = 97.46%, table says 97.64%"),
    ("yn-lancang-zhihaibuchang-2022", 6, "balance_mismatch", "prose",
     "年末结余13.26万元", "年末结余12.36万元", "年末结余12.36万元",
     "285.60 - 272.34 = 13.26, stated 12.36"),

    # ---- 虎林 2021: tab-separated MOF table ----
    ("hl-hulin-zhihaijiance-2021", 1, "sum_mismatch", "table",
     "年度资金总额\t96.30", "年度资金总额\t96.03", "年度资金总额\t96.03",
     "年初预算数 column: 84.00 + 12.30 + 0.00 = 96.30, total row says 96.03"),
    ("hl-hulin-zhihaijiance-2021", 2, "score_sum_mismatch", "table",
     "\t100\t97.13", "\t100\t97.31", "100\t97.31",
     "9.53 + 50 + 28 + 9.6 = 97.13, 总分 row says 97.31"),
    ("hl-hulin-zhihaijiance-2021", 3, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100%\t—", "—\t100%",
     "其他资金 has a zero budget (0.00), yet an execution rate of 100% is printed"),
    ("hl-hulin-zhihaijiance-2021", 4, "year_mismatch", "table",
     "（2021年度）", "（2020年度）", "（2020年度）",
     "the self-evaluation table claims 2020 while the report and all budget sentences are for 2021"),
    ("hl-hulin-zhihaijiance-2021", 5, "unit_mismatch", "table",
     "\t100%\t100%\t7\t7", "\t100%\t341起\t7\t7", "100%\t341起",
     "补偿核查定损到位率: target is a percentage, actual given as a number of cases (起)"),
    ("hl-hulin-zhihaijiance-2021", 6, "completion_mismatch", "prose",
     "113.67%", "116.37%", "116.37%",
     "341 / 300 = 113.67%, stated 116.37%"),

    # ---- 平武 2018: Sichuan table, one cell per line ----
    ("sc-pingwu-zhaoshibuchang-2018", 1, "weight_sum_mismatch", "table",
     "\t72\n\t10\n\t10", "\t72\n\t12\n\t10", "72\n\t12",
     "采集送检样品 weight 10 -> 12: weights now add to 102"),
    ("sc-pingwu-zhaoshibuchang-2018", 2, "grade_mismatch", "table",
     "\t自评结论\n\t优", "\t自评结论\n\t良", "自评结论\n\t良",
     "total 96.28 is in the 优 band, table conclusion says 良"),
    ("sc-pingwu-zhaoshibuchang-2018", 3, "balance_mismatch", "table",
     "\t资金结余\n\t4.89", "\t资金结余\n\t4.98", "资金结余\n\t4.98",
     "到位 120.00 - 支出 115.11 = 4.89, table says 4.98"),
    ("sc-pingwu-zhaoshibuchang-2018", 4, "score_sum_mismatch", "prose",
     "自评得分96.28分", "自评得分96.82分", "自评得分96.82分",
     "9.59 + 15 + 10 + 10 + 10 + 4.69 + 10 + 10 + 10 + 7 = 96.28, stated 96.82"),
    ("sc-pingwu-zhaoshibuchang-2018", 5, "conflicting_values", "prose",
     "采集送检样品72份", "采集送检样品78份", "采集送检样品78份",
     "text says 78 samples, the table's 实际完成值 says 72"),
    ("sc-pingwu-zhaoshibuchang-2018", 6, "year_mismatch", "prose",
     "结转至2019年使用", "结转至2018年使用", "结转至2018年使用",
     "money of the 2018 budget carried over to 2018 itself"),

    # ---- 西峡 2024: department report, space-aligned tables ----
    ("ha-xixia-linyeju-bumen-2024", 1, "score_exceeds_weight", "table",
     "100.00%  100   99.5", "100.00%  100   100.5", "100   100.5",
     "林业有害生物防治 scored 100.5 out of 100"),
    ("ha-xixia-linyeju-bumen-2024", 2, "score_exceeds_weight", "prose",
     "得分97分", "得分101分", "得分101分",
     "monitoring-station assessment scored 101 on a 100-point scale (满分100分)"),
    ("ha-xixia-linyeju-bumen-2024", 3, "average_mismatch", "prose",
     "平均每起3169.09元", "平均每起3196.09元", "平均每起3196.09元",
     "1784200元 / 563 = 3169.09元, stated 3196.09"),
    ("ha-xixia-linyeju-bumen-2024", 4, "rate_mismatch", "prose",
     "项目支出执行率95.47%", "项目支出执行率94.57%", "项目支出执行率94.57%",
     "1289.66 / 1350.88 = 95.47%, stated 94.57%"),
    ("ha-xixia-linyeju-bumen-2024", 5, "unit_mismatch", "prose",
     "公用经费154.25万元", "公用经费154.25元", "公用经费154.25元",
     "公用经费 written in 元: 1208.15 + 0.015425 != 1362.40; rescaling by 10^4 reconciles the sum"),
    ("ha-xixia-linyeju-bumen-2024", 6, "conflicting_values", "table",
     "≥500起   563起", "≥500起   536起", "536起",
     "table 致害补偿案件办结数 536起 vs 563起 in the text (521 + 38 + 4 = 563)"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in error case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
