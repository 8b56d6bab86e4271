#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit: an exact old -> new replacement whose
`old` must occur exactly once in the clean draft. The label value must occur in the error case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (project id, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- sx-houma-zichanqingcha-2019 (Shanxi layout, tab-separated tables) ----
    ("sx-houma-zichanqingcha-2019", "e1", "rate_mismatch", "table",
     "100\t95.60\t0", "100\t95.06\t0", "95.06",
     "funds table row (7)=(4)/(2), 市级 column: 57.36 / 60.00 = 95.60%, stated 95.06"),
    ("sx-houma-zichanqingcha-2019", "e2", "completion_mismatch", "table",
     "4.82万张\t107.11%", "4.82万张\t101.71%", "101.71%",
     "核对资产卡片数: 4.82万张 / 4.5万张 = 107.11%, stated 101.71%"),
    ("sx-houma-zichanqingcha-2019", "e3", "average_mismatch", "prose",
     "平均每组45.33家", "平均每组47.33家", "平均每组47.33家",
     "(45 + 48 + 43) / 3 = 45.33, stated 47.33"),
    ("sx-houma-zichanqingcha-2019", "e4", "sum_mismatch", "prose",
     "购置费5.36万元", "购置费5.63万元", "购置费5.63万元",
     "45.22 + 12.80 + 5.63 + 2.48 = 66.13, but the stated total spending is 65.86万元"),
    ("sx-houma-zichanqingcha-2019", "e5", "year_mismatch", "prose",
     "结转至2020年支付", "结转至2019年支付", "结转至2019年",
     "the unspent retention of a 2019 budget is carried over into 2019 itself; must be a later year (2020)"),
    ("sx-houma-zichanqingcha-2019", "e6", "grade_mismatch", "table",
     "自评等级\t优秀", "自评等级\t良好", "自评等级\t良好",
     "total 95.61 is in the 优 band (>= 90), the table states 良好"),

    # ---- hb-nanzhang-feishuiyunwei-2020 (Hubei style: execution 20 points, fullwidth bars) ----
    ("hb-nanzhang-feishuiyunwei-2020", "e1", "balance_mismatch", "prose",
     "结余4.31万元", "结余4.13万元", "结余4.13万元",
     "到位 52.00 - 支出 47.69 = 4.31, stated 4.13"),
    ("hb-nanzhang-feishuiyunwei-2020", "e2", "unit_mismatch", "prose",
     "每个年服务费1200元", "每个年服务费1200万元", "1200万元",
     "24 UKeys x 1200元 = 2.88万元; written as 1200万元 the product is 28800万元: the per-unit fee carries the wrong money unit (off by 10^4)"),
    ("hb-nanzhang-feishuiyunwei-2020", "e3", "score_exceeds_weight", "table",
     "5种｜10｜10｜\n效益指标｜可持续影响指标｜数据安全事故｜0起｜0起｜10｜10｜",
     "5种｜10｜11｜\n效益指标｜可持续影响指标｜数据安全事故｜0起｜0起｜10｜9｜",
     "5种｜10｜11",
     "缴费渠道数量 scored 11 against a weight of 10 (the next row lowered by 1 so the total still reads 98.18)"),
    ("hb-nanzhang-feishuiyunwei-2020", "e4", "weight_sum_mismatch", "table",
     "18.64万张｜10｜10", "18.64万张｜12｜10", "18.64万张｜12",
     "weights now total 102 (20 + 82), the table and text state 100 (20 + 80)"),
    ("hb-nanzhang-feishuiyunwei-2020", "e5", "implausible_rate", "prose",
     "满意率为96.2%", "满意率为106.2%", "满意率为106.2%",
     "a satisfaction rate cannot exceed 100%"),
    ("hb-nanzhang-feishuiyunwei-2020", "e6", "conflicting_values", "prose",
     "合同金额35.80万元", "合同金额38.50万元", "合同金额38.50万元",
     "the same operation contract is 35.80万元 where the procurement is described (成交价, 95% = 34.01, 5% = 1.79)"),

    # ---- fj-jianning-dianzipiaoju-2022 (MOF outline, ASCII bars) ----
    ("fj-jianning-dianzipiaoju-2022", "e1", "score_sum_mismatch", "table",
     "52.4% | 10 | 8.73", "52.4% | 10 | 8.37", "52.4% | 10 | 8.37",
     "row scores now add up to 96.45, the stated total is 96.81"),
    ("fj-jianning-dianzipiaoju-2022", "e2", "implausible_rate", "table",
     "其他资金 | 0.00 | 0.00 | 0.00 | — | — | —", "其他资金 | 0.00 | 0.00 | 0.00 | — | 100% | —",
     "0.00 | — | 100%",
     "execution rate 100% printed on a zero budget (其他资金 0.00): rate on a zero base"),
    ("fj-jianning-dianzipiaoju-2022", "e3", "unit_mismatch", "table",
     "≥80家 | 86家", "≥80家 | 86%", "≥80家 | 86%",
     "target counted in 家, actual given as a percentage"),
    ("fj-jianning-dianzipiaoju-2022", "e4", "completion_mismatch", "prose",
     "完成目标值的87.3%", "完成目标值的83.7%", "完成目标值的83.7%",
     "52.4% / 60% = 87.3%, stated 83.7%"),
    ("fj-jianning-dianzipiaoju-2022", "e5", "rate_mismatch", "prose",
     "节约率8.89%", "节约率8.98%", "节约率8.98%",
     "9.60 / 108.00 = 8.89%, stated 8.98%"),
    ("fj-jianning-dianzipiaoju-2022", "e6", "sum_mismatch", "table",
     "上年结转资金 | 0.00 | 18.60", "上年结转资金 | 18.60 | 18.60", "上年结转资金 | 18.60 | 18.60",
     "年初预算数 column: 120.00 + 18.60 + 0.00 = 138.60, but 年度资金总额 年初 is 120.00"),

    # ---- sc-daying-zichanyun-2023 (Sichuan layout 10 + 90, PDF copy with spaces) ----
    ("sc-daying-zichanyun-2023", "e1", "weight_sum_mismatch", "table",
     "3.2  5  5", "3.2  8  5", "3.2  8  5",
     "weights now total 103 (产出 63 + 效益 30 + 执行 10), stated 100"),
    ("sc-daying-zichanyun-2023", "e2", "score_exceeds_weight", "table",
     "96.2  10  9.82  历史数据治理未完成\n产出指标  质量指标  清查报告一次性审核通过率  ≥  95  %  76  10  8  ",
     "96.2  10  10.82  历史数据治理未完成\n产出指标  质量指标  清查报告一次性审核通过率  ≥  95  %  76  10  7  ",
     "96.2  10  10.82",
     "资产云系统数据准确率 scored 10.82 against a weight of 10 (the next row lowered by 1 so the total still reads 86.37)"),
    ("sc-daying-zichanyun-2023", "e3", "grade_mismatch", "prose",
     "评价等级为“良”", "评价等级为“优”", "评价等级为“优”",
     "total 86.37 is in the 良 band (80-90), stated 优"),
    ("sc-daying-zichanyun-2023", "e4", "year_mismatch", "table",
     "（2023年度）", "（2022年度）", "（2022年度）",
     "the self-evaluation table is headed 2022 while the report, title and figures are for 2023"),
    ("sc-daying-zichanyun-2023", "e5", "conflicting_values", "prose",
     "闲置资产价值195万元", "闲置资产价值159万元", "闲置资产价值159万元",
     "the table gives 闲置资产调剂盘活价值 195万元 (scored 6.5 = 10 x 195/300)"),
    ("sc-daying-zichanyun-2023", "e6", "balance_mismatch", "prose",
     "结余7.56万元", "结余7.65万元", "结余7.65万元",
     "79.20 - 71.64 = 7.56, stated 7.65"),

    # ---- ha-sheqi-caizhengju-2024 (部门整体支出, flattened project table + fullwidth bars) ----
    ("ha-sheqi-caizhengju-2024", "e1", "average_mismatch", "prose",
     "平均自评得分为92.75分", "平均自评得分为93.75分", "平均自评得分为93.75分",
     "(96 + 92 + 94 + 89) / 4 = 92.75, stated 93.75"),
    ("ha-sheqi-caizhengju-2024", "e2", "conflicting_values", "table",
     "≥4.2亿元｜4.46亿元", "≥4.2亿元｜4.64亿元", "4.64亿元",
     "the text gives 44612.35万元 (约合4.46亿元) for the same non-tax revenue"),
    ("ha-sheqi-caizhengju-2024", "e3", "unit_mismatch", "prose",
     "共组织非税收入44612.35万元", "共组织非税收入44612.35亿元", "44612.35亿元",
     "44612.35 is in 万元 (= 约4.46亿元, = sum of the four parts in 万元); labelled 亿元 it is off by 10^4"),
    ("ha-sheqi-caizhengju-2024", "e4", "score_sum_mismatch", "table",
     "87.5%｜8.75", "87.5%｜8.57", "87.5%｜8.57",
     "row scores now add up to 98.28 (产出 38.57), the table and text state 98.46 (产出 38.75)"),
    ("ha-sheqi-caizhengju-2024", "e5", "year_mismatch", "prose",
     "已结转至2025年", "已结转至2024年", "已结转至2024年",
     "year-end balance of the 2024 budget carried over into 2024 itself; must be 2025"),
    ("ha-sheqi-caizhengju-2024", "e6", "rate_mismatch", "table",
     "96.80%", "98.60%", "98.60%",
     "政府采购执行率 = 180.53 / 186.50 = 96.80%, stated 98.60%"),
]

SOURCES = ["sx-houma-zichanqingcha-2019", "hb-nanzhang-feishuiyunwei-2020", "fj-jianning-dianzipiaoju-2022",
           "sc-daying-zichanyun-2023", "ha-sheqi-caizhengju-2024"]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (pid, suf, code, where, old, new, value, expl) in EDITS:
            if pid != src:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid}-{suf}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{pid}-{suf}: label value not in case: {value!r}")
            with open(os.path.join(CASES, f"{pid}-{suf}.txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": f"{pid}-{suf}.txt", "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
