#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl from the five clean drafts.

Every edit is one exact old -> new replacement that must match exactly once in the clean draft.
The label `value` must occur in the resulting error case and contain the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "gs-gaotai-dimingbiaozhi-2019"
B = "js-xuyi-menloupai-2020"
C = "fj-datian-dimingzhuanhua-2021"
D = "zj-wuyi-xiangcunmenpai-2022"
E = "hn-taojiang-dimingbiaozhi-2024"
SOURCES = [A, B, C, D, E]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: 高台县 2019 ----
    (A, 1, "rate_mismatch", "prose",
     "县级配套资金支出56.40万元，执行率94.00%", "县级配套资金支出56.40万元，执行率96.00%",
     "执行率96.00%", "county funds: 56.40 / 60.00 = 94.00%, stated 96.00%"),
    (A, 2, "balance_mismatch", "prose",
     "年末未支付资金3.60万元", "年末未支付资金3.06万元",
     "未支付资金3.06万元", "72.00 received - 68.40 spent = 3.60, stated 3.06"),
    (A, 3, "sum_mismatch", "prose",
     "72块、90块、84块", "72块、96块、84块",
     "96块", "168+72+96+84+60+56+44+66+48 = 694, stated 共计688块 (南华镇 figure changed from 90)"),
    (A, 4, "score_exceeds_weight", "table",
     "| 688块 | 12.5 | 12.5 |", "| 688块 | 12.5 | 12.8 |",
     "688块 | 12.5 | 12.8", "score 12.8 above its weight 12.5 (产出 小计 50 and total 99 still agree within whole-point rounding: 50.3, 99.3)"),
    (A, 5, "completion_mismatch", "prose",
     "完成率105.85%", "完成率108.55%",
     "完成率108.55%", "688 / 650 = 105.85%, stated 108.55%"),
    (A, 6, "year_mismatch", "prose",
     "结转至2020年", "结转至2019年",
     "结转至2019年", "unspent money of the 2019 budget cannot be carried over into 2019 itself; should be 2020"),
    # ---- B: 盱眙县 2020 ----
    (B, 1, "weight_sum_mismatch", "table",
     "| 产出指标 | 小计 | | | | 50 | 50 |", "| 产出指标 | 小计 | | | | 55 | 50 |",
     "| 55 | 50 |", "产出 leaf weights 15+10+10+5+10 = 50, subtotal weight stated 55; all weights then total 105, not 100"),
    (B, 2, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好", "total 94.80 lies in the 90-100 band (优秀), not 良好"),
    (B, 3, "average_mismatch", "prose",
     "平均每镇设置门牌2,081块", "平均每镇设置门牌2,018块",
     "平均每镇设置门牌2,018块", "(2864+1958+2137+1742+1915+1870) / 6 = 12486 / 6 = 2081, stated 2018"),
    (B, 4, "conflicting_values", "prose",
     "合同金额41万元", "合同金额44万元",
     "合同金额44万元", "the same door-plate contract is 41.00万元 where it is broken down (11980 x 30 + 506 x 100 = 410000元) and in the 质保金 arithmetic"),
    (B, 5, "unit_mismatch", "table",
     "| 16208条 |", "| 108.05% |",
     "≥15000条 | 108.05%", "target is a count of records (条), the actual is a percentage: completion cannot be computed"),
    (B, 6, "implausible_rate", "table",
     "| 96.3% |", "| 106.3% |",
     "106.3%", "a satisfaction rate cannot exceed 100%"),
    # ---- C: 大田县 2021 ----
    (C, 1, "score_sum_mismatch", "table",
     "| 效益指标 | 小计 | | | | | 30 | 28.7 |", "| 效益指标 | 小计 | | | | | 30 | 29.7 |",
     "| 30 | 29.7 |", "效益 row scores 10 + 9.2 + 9.5 = 28.7, subtotal stated 29.7 (and 9.32+50+29.7+10 = 99.02 vs total 98.02)"),
    (C, 2, "rate_mismatch", "table",
     "| 13.54 | 90.27% |", "| 13.54 | 92.07% |",
     "13.54 | 92.07%", "13.54 / 15.00 = 90.27%, stated 92.07%"),
    (C, 3, "sum_mismatch", "table",
     "| 石牌镇 | 26 | 88 | 114 |", "| 石牌镇 | 26 | 98 | 114 |",
     "石牌镇 | 26 | 98", "row 26 + 98 = 124 vs 小计 114; column 126+98+84+80+82+70 = 540 vs 合计 530"),
    (C, 4, "completion_mismatch", "table",
     "| 678块 | 104.31% |", "| 678块 | 103.41% |",
     "678块 | 103.41%", "678 / 650 = 104.31%, stated 103.41%"),
    (C, 5, "balance_mismatch", "prose",
     "年末结余5.80万元", "年末结余5.08万元",
     "年末结余5.08万元", "85.00 received - 79.20 spent = 5.80, stated 5.08"),
    (C, 6, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日", "spending of the 2021 budget reported as at 31 Dec 2020; the evaluation year is 2021"),
    # ---- D: 武义县 2022 ----
    (D, 1, "conflicting_values", "prose",
     "全年共设置门牌19,600块", "全年共设置门牌16,900块",
     "设置门牌16,900块", "the plates are 19,600 in the township breakdown (共计19,600块) and 19600块 in the table"),
    (D, 2, "unit_mismatch", "prose",
     "以722,000元中标", "以722,000万元中标",
     "722,000万元", "the bid is 722,000元 = 72.20万元 (18400 x 35 + 1200 x 65 元; contract 72.20万元); written with 万元 it is off by 10^4"),
    (D, 3, "implausible_rate", "table",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — |", "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100% |",
     "上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100%", "execution rate 100% on a zero carry-over budget (0.00): a rate on a zero base"),
    (D, 4, "average_mismatch", "prose",
     "平均每个乡镇2,450块", "平均每个乡镇2,540块",
     "平均每个乡镇2,540块", "19600 / 8 = 2450, stated 2540"),
    (D, 5, "grade_mismatch", "table",
     "| 自评等级 | 优 |", "| 自评等级 | 良 |",
     "| 自评等级 | 良", "total 94.97 lies in the 90-100 band (优), not 良"),
    (D, 6, "weight_sum_mismatch", "table",
     "| 2022年11月20日 | 5 | 3 |", "| 2022年11月20日 | 4 | 3 |",
     "2022年11月20日 | 4 | 3", "产出 weights 15+10+10+4+10 = 49 vs 小计 50; all weights 99, not 100"),
    # ---- E: 桃江县 2024 ----
    (E, 1, "score_exceeds_weight", "table",
     "| 1850元/块 | 7.5 | 7.5 |", "| 1850元/块 | 7.5 | 7.9 |",
     "1850元/块 | 7.5 | 7.9", "score 7.9 above its weight 7.5 (产出 小计 50 and total 98 still agree within whole-point rounding: 50.4, 98.4)"),
    (E, 2, "score_sum_mismatch", "prose",
     "项目综合得分98分", "项目综合得分96分",
     "综合得分96分", "9.5 + 50 (产出) + 28.5 (效益) + 10 (满意度) = 98, stated 96"),
    (E, 3, "sum_mismatch", "table",
     "| 40.00 | 40.00 | 36.80 |", "| 40.00 | 40.00 | 38.60 |",
     "| 40.00 | 38.60 |", "spending column 16.00 + 8.00 + 38.60 = 62.60, 合计 60.80"),
    (E, 4, "conflicting_values", "table",
     "| 8530块 |", "| 8350块 |",
     "8350块", "the text gives 8,530 door plates twice (共计8,530块; 8,530块 x 20元 = 17.06万元)"),
    (E, 5, "unit_mismatch", "table",
     "| 2.3万次 |", "| 115% |",
     "≥2万次 | 115%", "target is a number of queries (万次), the actual is a percentage"),
    (E, 6, "implausible_rate", "prose",
     "知晓率96.4%", "知晓率106.4%",
     "知晓率106.4%", "an awareness rate from a household survey cannot exceed 100%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            assert cnt == 1, f"{src}-e{n}: old string matches {cnt} times: {old!r}"
            err = clean.replace(old, new)
            assert value in err, f"{src}-e{n}: value not in error case: {value!r}"
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
