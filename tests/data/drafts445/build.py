#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the
clean draft; each error case carries exactly one edit and one label.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- Shanxi, Changzhi central blood station, NAT testing 2019 ----
    ("sx-changzhi-hesuanjiance-2019", "e1", "rate_mismatch", "table",
     "\t100\t94.33\t0\t93.10", "\t100\t93.43\t0\t93.10", "93.43",
     "funds table row (7): 市级 118.86/126.00 = 94.33%, stated 93.43"),
    ("sx-changzhi-hesuanjiance-2019", "e2", "implausible_rate", "table",
     "(6)=(3)/(2)\t100\t100\t0\t", "(6)=(3)/(2)\t100\t100\t100\t", "(6)=(3)/(2)\t100\t100\t100",
     "到位率 of the 中央级 column is 100 although that column's budget (2) is 0: a rate on a zero base"),
    ("sx-changzhi-hesuanjiance-2019", "e3", "completion_mismatch", "table",
     "54318人份\t104.46%", "54318人份\t104.64%", "54318人份\t104.64%",
     "completion 54318/52000 = 104.46%, stated 104.64%"),
    ("sx-changzhi-hesuanjiance-2019", "e4", "average_mismatch", "prose",
     "季均13579.5人份", "季均13597.5人份", "季均13597.5人份",
     "(13012 + 13655 + 14027 + 13624) / 4 = 13579.5"),
    ("sx-changzhi-hesuanjiance-2019", "e5", "year_mismatch", "prose",
     "已结转2020年继续用于核酸检测", "已结转2019年继续用于核酸检测", "已结转2019年",
     "the unspent part of the 2019 budget cannot be carried over into 2019 itself (should be 2020)"),
    ("sx-changzhi-hesuanjiance-2019", "e6", "grade_mismatch", "table",
     "自评等级\t优", "自评等级\t良", "自评等级\t良",
     "total 99.52 lies in the 优 band (>= 90), table says 良"),

    # ---- Hunan, Xiangtan central blood station, recruitment and donor care 2018 ----
    ("hun-xiangtan-xianxuezhaomu-2018", "e1", "balance_mismatch", "prose",
     "结余6.58万元", "结余6.85万元", "结余6.85万元",
     "到位 170.00 - 执行 163.42 = 6.58"),
    ("hun-xiangtan-xianxuezhaomu-2018", "e2", "sum_mismatch", "prose",
     "志愿服务及团体献血组织费用18.00万元", "志愿服务及团体献血组织费用16.00万元", "组织费用16.00万元",
     "64.00 + 88.00 + 16.00 = 168.00, but the annual budget broken down is 170.00"),
    ("hun-xiangtan-xianxuezhaomu-2018", "e3", "score_sum_mismatch", "table",
     "\t100\t99.01\t", "\t100\t99.10\t", "100\t99.10",
     "9.61 + 15 + 10 + 10 + 10 + 5 + 14.4 + 15 + 10 = 99.01, 总分 row says 99.10"),
    ("hun-xiangtan-xianxuezhaomu-2018", "e4", "unit_mismatch", "prose",
     "计823500元", "计823500万元", "计823500万元",
     "27450人次 x 30元 = 823500元; written with 万元 it is off by 10^4 and breaks 84.45 = 82.35 + 2.10"),
    ("hun-xiangtan-xianxuezhaomu-2018", "e5", "conflicting_values", "prose",
     "组织团体献血单位186家", "组织团体献血单位168家", "团体献血单位168家",
     "the self-evaluation table gives 186家 for the same indicator"),
    ("hun-xiangtan-xianxuezhaomu-2018", "e6", "weight_sum_mismatch", "table",
     "献血当日\t献血当日\t5\t5", "献血当日\t献血当日\t6\t5", "献血当日\t6\t5",
     "weights now total 101 (10 + 15 + 10 + 10 + 10 + 6 + 15 + 15 + 10) against 总分 100"),

    # ---- Sichuan, Meishan health commission, blood donation special fund 2023 ----
    ("sc-meishan-xianxuezhuanxiang-2023", "e1", "rate_mismatch", "prose",
     "单位资金执行率87.08%", "单位资金执行率78.08%", "单位资金执行率78.08%",
     "单位资金 10.45 / 12.00 = 87.08%"),
    ("sc-meishan-xianxuezhuanxiang-2023", "e2", "unit_mismatch", "table",
     "单位\t36812\t10", "单位\t92.03%\t10", "单位\t92.03%",
     "采血量 target is in 单位 (≥40000), actual written as a percentage"),
    ("sc-meishan-xianxuezhuanxiang-2023", "e3", "completion_mismatch", "prose",
     "完成年度目标的98.84%", "完成年度目标的98.48%", "完成年度目标的98.48%",
     "22734 / 23000 = 98.84%"),
    ("sc-meishan-xianxuezhuanxiang-2023", "e4", "score_exceeds_weight", "table",
     "0.32\t10\t10\t", "0.32\t10\t10.5\t", "0.32\t10\t10.5",
     "score 10.5 above the weight 10 (Σ scores 97.27 still rounds to the stated 97)"),
    ("sc-meishan-xianxuezhuanxiang-2023", "e5", "year_mismatch", "table",
     "（2023年度）", "（2022年度）", "（2022年度）",
     "the self-evaluation table is headed 2022 while the report and all its figures are for 2023"),
    ("sc-meishan-xianxuezhuanxiang-2023", "e6", "sum_mismatch", "table",
     "年度资金总额\t102.00", "年度资金总额\t120.00", "年度资金总额\t120.00",
     "年初预算数: 90.00 + 0 + 12.00 + 0 = 102.00, total row says 120.00"),

    # ---- Zhejiang, Taizhou central blood station, whole-department 2022 ----
    ("zj-taizhou-xuezhan-bumen-2022", "e1", "average_mismatch", "prose",
     "平均每人次40.00元", "平均每人次41.00元", "平均每人次41.00元",
     "313.85万元 / 78462人次 = 40.00元"),
    ("zj-taizhou-xuezhan-bumen-2022", "e2", "rate_mismatch", "prose",
     "报废率2.70%", "报废率2.07%", "报废率2.07%",
     "3412 / 126340 = 2.70%"),
    ("zj-taizhou-xuezhan-bumen-2022", "e3", "conflicting_values", "table",
     "≥75000人次\t78462人次", "≥75000人次\t78642人次", "78642人次",
     "the text gives 78462人次 (also 24105 + 25836 + 28521 = 78462)"),
    ("zj-taizhou-xuezhan-bumen-2022", "e4", "implausible_rate", "prose",
     "满意率98.6%", "满意率108.6%", "满意率108.6%",
     "a satisfaction rate above 100%"),
    ("zj-taizhou-xuezhan-bumen-2022", "e5", "score_exceeds_weight", "prose",
     "过程指标（20分）得分19.6分", "过程指标（20分）得分20.1分", "得分20.1分",
     "score 20.1 above the weight 20 (Σ 96.2 still rounds to the stated 96)"),
    ("zj-taizhou-xuezhan-bumen-2022", "e6", "grade_mismatch", "prose",
     "合计得分96分，评价等级为优", "合计得分96分，评价等级为良", "评价等级为良",
     "96 lies in the 优 band (>= 90)"),

    # ---- Henan, Xinxiang health commission, blood safety and donor incentives 2024 ----
    ("ha-xinxiang-xueyeanquan-2024", "e1", "balance_mismatch", "prose",
     "未支出的24.82万元", "未支出的24.28万元", "未支出的24.28万元",
     "全年预算 648.00 - 执行 623.18 = 24.82"),
    ("ha-xinxiang-xueyeanquan-2024", "e2", "sum_mismatch", "table",
     "92.00  73.12", "82.00  73.12", "82.00  73.12",
     "表1 预算数: 312.00 + 186.00 + 82.00 + 30.00 = 610.00, 合计 says 620.00"),
    ("ha-xinxiang-xueyeanquan-2024", "e3", "score_sum_mismatch", "prose",
     "自评总得分99.62分", "自评总得分99.26分", "自评总得分99.26分",
     "9.62 + 50 + 30 + 10 = 99.62 (table rows give the same), stated 99.26"),
    ("ha-xinxiang-xueyeanquan-2024", "e4", "weight_sum_mismatch", "table",
     "全部整改到位\n\t全部整改到位\n\t10\n", "全部整改到位\n\t全部整改到位\n\t12\n", "全部整改到位\n\t12",
     "weights now total 102 (产出 52 against the 50 stated in the scoring rule)"),
    ("ha-xinxiang-xueyeanquan-2024", "e5", "unit_mismatch", "table",
     "≤30日\n\t21日", "≤30日\n\t70%", "≤30日\n\t70%",
     "target is a time limit in 日, actual written as a percentage"),
    ("ha-xinxiang-xueyeanquan-2024", "e6", "conflicting_values", "table",
     "9.86万人份", "9.68万人份", "9.68万人份",
     "the text gives 98600人份 (= 9.86万人份) for the same output"),
]

SOURCES = [
    "sx-changzhi-hesuanjiance-2019",
    "hun-xiangtan-xianxuezhaomu-2018",
    "sc-meishan-xianxuezhuanxiang-2023",
    "zj-taizhou-xuezhan-bumen-2022",
    "ha-xinxiang-xueyeanquan-2024",
]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    labels = []
    by_src = {s: [e for e in EDITS if e[0] == s] for s in SOURCES}
    for src in SOURCES:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (_, suffix, code, where, old, new, value, expl) in by_src[src]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-{suffix}: value {value!r} not in the error case")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with one error)")


if __name__ == "__main__":
    main()
