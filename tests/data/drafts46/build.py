#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n46 from the clean drafts.

Each entry of EDITS injects exactly one inconsistency into a copy of a clean draft:
  repl  : list of (old, new) replacements; each `old` must occur exactly once in the clean
          draft; one replacement normally, two only for score/weight rows on adjacent lines.
  value : the labelled substring -- a plain string, or (start, end) anchors: the value then
          runs from the first occurrence of `start` to the end of the first occurrence of
          `end` after it (used for sums, whose value spans from the changed part to the total).
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "dafeng-techreform-2019",
    "linzi-zhuanjingtexin-2022",
    "shunde-firstset-2023",
    "chiping-deptwhole-2020",
    "shuyang-industryfund-2024",
]

EDITS = {
    # ------------------------------------------------------------------ Dafeng (Jiangsu) 2019
    "dafeng-techreform-2019": [
        dict(code="rate_mismatch",
             repl=[("预算执行率97.27%", "预算执行率97.15%")],
             value="预算执行率97.15%",
             explanation="the sentence gives 年度资金总额 2,046.40 and 支出 1,990.60: 1,990.60/2,046.40 = 97.27%; "
                         "97.15% is the 当年财政拨款 row's rate (1,904.20/1,960.00) copied onto the total"),
        dict(code="sum_mismatch",
             repl=[("1,580.20        158.02", "1,580.20        185.02")],
             value=("185.02", "20,757.00       1,904.20"),
             explanation="row 8 subsidy retyped 158.02 -> 185.02: the 16 subsidies now add to 1,931.20, "
                         "the 合计 row still says 1,904.20"),
        dict(code="weight_sum_mismatch",
             repl=[("≥300个              356个               5       5",
                    "≥300个              356个               10      5")],
             value=("≥300个              356个               10", "总分                                                                                  100"),
             explanation="新增就业岗位 weight written as the default 10 instead of 5: weights now sum to 105 "
                         "(效益 35 against 30), 总分 still 100"),
        dict(code="average_mismatch",
             repl=[("平均每家补助119.01万元", "平均每家补助126.95万元")],
             value="平均每家补助126.95万元",
             explanation="1,904.20 over 16 enterprises = 119.01; 126.95 is 1,904.20/15 (divided by the target count)"),
        dict(code="implausible_rate",
             repl=[("其他资金      0.00            0.00            0.00            —       —",
                    "其他资金      0.00            0.00            0.00            —       100%")],
             value="其他资金      0.00            0.00            0.00            —       100%",
             explanation="execution rate 100% printed on a zero budget (其他资金 0.00): rate on a zero base"),
        dict(code="unit_mismatch",
             repl=[("年末结余55.80万元", "年末结余558000.00万元")],
             value="558000.00万元",
             explanation="the balance 2,046.40 - 1,990.60 = 55.80万元 copied from the 元 ledger (558,000.00元) "
                         "but labelled 万元: off by 10^4 (also stated as 55.80万元 under 存在的问题)"),
    ],
    # ------------------------------------------------------------------ Linzi (Shandong) 2022
    "linzi-zhuanjingtexin-2022": [
        dict(code="balance_mismatch",
             repl=[("结余7.00万元", "结余17.00万元")],
             value="结余17.00万元",
             explanation="budget 700.00 (到位 700.00) - spent 693.00 = 7.00, stated 17.00"),
        dict(code="sum_mismatch",
             repl=[("2           60.00", "2           90.00")],
             value=("90.00", "合计                                                      54          693.00"),
             explanation="单项冠军 row amount 90.00 (2 x 30 = 60.00): the tier amounts add to 723.00, 合计 693.00"),
        dict(code="score_exceeds_weight",
             repl=[("108.00%     10      10\n", "108.00%     10      10.80\n"),
                   ("100.00%     10      10\n                    \"小巨人\"",
                    "100.00%     10      9.20\n                    \"小巨人\"")],
             value="108.00%     10      10.80",
             explanation="兑现奖励企业数量 scored weight x completion = 10.80 above its weight 10 "
                         "(the next row lowered to 9.20 so the total still reads 99.20)"),
        dict(code="conflicting_values",
             repl=[("奖励资金总额693.00万元，控制在", "奖励资金总额639.00万元，控制在")],
             value="奖励资金总额639.00万元",
             explanation="total award money is 693.00万元 everywhere else (支出, 分层级合计, 自评表); 639.00 is a transposition"),
        dict(code="year_mismatch",
             repl=[("截至2022年12月31日，实际支出", "截至2021年12月31日，实际支出")],
             value="截至2021年12月31日",
             explanation="spending of the 2022 budget reported as of 31 Dec 2021 (last year's sentence left in)"),
        dict(code="completion_mismatch",
             repl=[("186件             93.00%", "186件             107.53%")],
             value="107.53%",
             explanation="≥200件 target, 186件 actual: completion 93.00%; 107.53% is 200/186 (inverted base)"),
    ],
    # ------------------------------------------------------------------ Shunde (Guangdong) 2023
    "shunde-firstset-2023": [
        dict(code="rate_mismatch",
             repl=[("827.00万元的77.99%", "827.00万元的78.99%")],
             value="827.00万元的78.99%",
             explanation="644.96/827.00 = 77.99%, stated 78.99% (mistyped digit)"),
        dict(code="score_sum_mismatch",
             repl=[("11家            10      7.33", "11家            10      9.17")],
             value=("9.17", "100     89.83"),
             explanation="支持企业数量 score changed to 9.17 (11/12 of an older target) without the total: "
                         "rows now add to 91.67, total 89.83"),
        dict(code="grade_mismatch",
             repl=[("综合评价等级为良", "综合评价等级为优")],
             value="综合评价等级为优",
             explanation="89.83 is in the 良 band (80 <= s < 90)"),
        dict(code="conflicting_values",
             repl=[("实际缴纳保险费827.00万元", "实际缴纳保险费872.00万元")],
             value="实际缴纳保险费872.00万元",
             explanation="premium total is 827.00万元 in the detail table and in the ratio sentence"),
        dict(code="unit_mismatch",
             repl=[("≤15个工作日       11个工作日", "≤15个工作日       100%")],
             value="≤15个工作日       100%",
             explanation="target in working days, actual written as a percentage (及时率)"),
        dict(code="completion_mismatch",
             repl=[("行业覆盖完成率83.33%", "行业覆盖完成率120.00%")],
             value="完成率120.00%",
             explanation="≥6个 target, 5个 actual: 83.33%; 120.00% is 6/5 (inverted base)"),
    ],
    # ------------------------------------------------------------------ Chiping (Shandong) 2020
    "chiping-deptwhole-2020": [
        dict(code="balance_mismatch",
             repl=[("结余23.68万元", "结余32.68万元")],
             value="结余32.68万元",
             explanation="platform subsidy: 180.00 - 156.32 = 23.68, stated 32.68"),
        dict(code="weight_sum_mismatch",
             repl=[("账实相符        账实相符        5       5", "账实相符        账实相符        10      5")],
             value=("账实相符        账实相符        10", "合计                                                                              100"),
             explanation="固定资产管理规范性 weight 10 instead of 5: 过程 rows add to 35 against 30, all weights to 105"),
        dict(code="score_sum_mismatch",
             repl=[("436家次         10      8.72", "436家次         10      8.27")],
             value=("8.27", "100     98.39"),
             explanation="row score retyped 8.72 -> 8.27 without the total: rows add to 97.94, total 98.39"),
        dict(code="average_mismatch",
             repl=[("平均自评得分93.46分", "平均自评得分93.64分")],
             value="平均自评得分93.64分",
             explanation="(96.5 + 98 + 88.6 + 93.2 + 91)/5 = 93.46"),
        dict(code="implausible_rate",
             repl=[("≥90%            94.20%", "≥90%            104.20%")],
             value="104.20%",
             explanation="satisfaction above 100%"),
        dict(code="unit_mismatch",
             repl=[("其中公务接待费1.26万元", "其中公务接待费12600万元")],
             value="公务接待费12600万元",
             explanation="12,600元 written with the unit 万元: 1.26 + 5.58 = 6.84 holds only for 1.26万元 (off by 10^4)"),
    ],
    # ------------------------------------------------------------------ Shuyang (Jiangsu) 2024
    "shuyang-industryfund-2024": [
        dict(code="rate_mismatch",
             repl=[("93.08         62.05%", "93.08         62.50%")],
             value="62.50%",
             explanation="首台（套） sub-item: 93.08/150.00 = 62.05%, stated 62.50%"),
        dict(code="sum_mismatch",
             repl=[("958.50        95.85", "985.50        95.85")],
             value=("985.50", "11,767.80"),
             explanation="row 3 investment retyped 985.50: the 8 investments add to 11,794.80, 合计 11,767.80"),
        dict(code="score_exceeds_weight",
             repl=[("25家              10      10", "25家              5       10"),
                   ("100%              5       5", "100%              10      5")],
             value="25家              5       10",
             explanation="weights of two adjacent rows swapped: 专精特新奖励企业数 now weight 5 with score 10"),
        dict(code="grade_mismatch",
             repl=[("评价等级为优秀", "评价等级为良好")],
             value="评价等级为良好",
             explanation="96.42 is in the 优 band"),
        dict(code="conflicting_values",
             repl=[("专项资金380.00万元（苏财工贸", "专项资金308.00万元（苏财工贸")],
             value="专项资金308.00万元",
             explanation="the provincial fund is 380.00万元 in the funds section (1,280.00 + 380.00 = 1,660.00)"),
        dict(code="year_mismatch",
             repl=[("结转至2025年", "结转至2024年")],
             value="结转至2024年",
             explanation="unspent 2024 money carried over to 2024 itself; must be a later year (2025)"),
    ],
}


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    start, end = spec
    i = text.index(start)
    j = text.index(end, i)
    return text[i:j + len(end)]


def build():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for k, ed in enumerate(EDITS[pid], 1):
            text = clean
            for old, new in ed["repl"]:
                n = clean.count(old)
                if n != 1:
                    raise SystemExit(f"{pid} e{k}: edit anchor occurs {n} times in the clean draft: {old!r}")
                text = text.replace(old, new, 1)
            name = f"{pid}-e{k}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            value = resolve_value(text, ed["value"])
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": ed["code"], "severity": "error", "value": value,
                                         "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")


if __name__ == "__main__":
    build()
