#!/usr/bin/env python3
"""Build the -e1..-e6 error cases and labels.jsonl from the clean drafts and the edit list below."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# source: [(code, old, new, value, explanation)] ; old occurs exactly once in the clean draft
EDITS = {
    "jx-zhangshu-jgswj-bumen-2020": [
        ("rate_mismatch", "636.18 | 99.60% |", "636.18 | 99.06% |", "99.06%", "基本支出 636.18/638.75 = 99.60%, table states 99.06%"),
        ("average_mismatch", "平均自评得分93.23分", "平均自评得分93.32分", "平均自评得分93.32分", "(95.20+97.50+93.80+86.40)/4 = 93.225 → 93.23, stated 93.32"),
        ("score_exceeds_weight", "资金使用合规性 | 5 | 5.00 |\n| 预算管理 | 管理制度健全性 | 5 | 4.50", "资金使用合规性 | 5 | 5.50 |\n| 预算管理 | 管理制度健全性 | 5 | 4.00", "资金使用合规性 | 5 | 5.50", "score 5.50 above weight 5 (next row lowered by 0.50, so the 小计 38.83 still adds up)"),
        ("year_mismatch", "结转至2021年继续使用", "结转至2020年继续使用", "结转至2020年", "money unspent in the 2020 report is carried over to 2020 itself; must be a later year (2021)"),
        ("implausible_rate", "| 政府性基金支出 | 0.00 | 0.00 | 0.00 | — |", "| 政府性基金支出 | 0.00 | 0.00 | 0.00 | 100.00% |", "政府性基金支出 | 0.00 | 0.00 | 0.00 | 100.00%", "execution rate 100.00% on a zero budget (0.00万元)"),
        ("conflicting_values", "（278000元）", "（287000元）", "287000元", "上年结转资金 stated as 27.80万元 (and 27.80 in the table) but 287000元 = 28.70万元 in the same sentence"),
    ],
    "sd-laiyang-jgswj-bumen-2024": [
        ("sum_mismatch", "| 其他资金 | 30.00 | 30.00 | 29.00 |", "| 其他资金 | 30.00 | 30.00 | 20.90 |", "其他资金 | 30.00 | 30.00 | 20.90", "全年执行数 components 2170.07 + 32.50 + 20.90 = 2223.47 ≠ 年度资金总额 2231.57"),
        ("score_exceeds_weight", "政府采购规范性 | 5 | 5.00 |\n| 预算管理 | 绩效监控开展 | 5 | 4.20", "政府采购规范性 | 5 | 5.80 |\n| 预算管理 | 绩效监控开展 | 5 | 3.40", "政府采购规范性 | 5 | 5.80", "score 5.80 above weight 5 (next row lowered by 0.80, 小计 29.04 unchanged)"),
        ("grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”", "total 97.64 is in the 优 band (≥90)"),
        ("balance_mismatch", "年末结余36.83万元", "年末结余38.63万元", "年末结余38.63万元", "到位 2268.40 − 执行 2231.57 = 36.83, stated 38.63"),
        ("average_mismatch", "| — | 94.03 |", "| — | 94.30 |", "— | 94.30", "(94.60+98.00+89.50)/3 = 94.03 (zero-budget row excluded), stated 94.30"),
        ("weight_sum_mismatch", "| 通过省级复核 | — | 10 | 10.00 |", "| 通过省级复核 | — | 12 | 10.00 |", "通过省级复核 | — | 12", "个性指标 weights now add to 72 against the 小计 70 (and 102 overall)"),
    ],
    "sc-jianyang-gongcheping-2019": [
        ("completion_mismatch", "| 92% | 102.22% |", "| 92% | 100.22% |", "100.22%", "用车单位满意度 92/90 = 102.22%, stated 100.22%"),
        ("unit_mismatch", "| 42辆 | 42辆 | 100.00%", "| 42辆 | 100% | 100.00%", "42辆 | 100%", "target in 辆, actual given as a percentage"),
        ("score_sum_mismatch", "自评得分98.53分", "自评得分98.35分", "自评得分98.35分", "row scores add to 98.53 (table 总分 98.53), text states 98.35"),
        ("rate_mismatch", "预算执行率97.34%，", "预算执行率97.43%，", "预算执行率97.43%", "173.76/178.50 = 97.34%, text states 97.43%"),
        ("year_mismatch", "截至2019年12月31日", "截至2018年12月31日", "截至2018年12月31日", "2019 report: the cumulative count must be as at 2019-12-31"),
        ("conflicting_values", "项目全年预算数178.50万元", "项目全年预算数187.50万元", "项目全年预算数187.50万元", "全年预算数 is 178.50万元 in the funds section and the table"),
    ],
    "hb-macheng-jiguanshitang-2022": [
        ("balance_mismatch", "年末结余3.35万元", "年末结余3.53万元", "年末结余3.53万元", "158.90 − 155.55 = 3.35, stated 3.53"),
        ("grade_mismatch", "评价等级为“良”", "评价等级为“优”", "评价等级为“优”", "total 88.57 is in the 良 band (80–90)"),
        ("implausible_rate", "实际支出5.86万元，执行率97.67%", "实际支出6.30万元，执行率105.00%", "实际支出6.30万元，执行率105.00%", "消毒柜 sub-item spent 6.30 of a 6.00 budget: 105.00% is arithmetically right but above 100%"),
        ("unit_mismatch", "食堂人员劳务费38.40万元，", "食堂人员劳务费384000万元，", "384000万元", "38.40万元 = 384000元 written with 万元 (off by 10^4); table shows 38.40"),
        ("sum_mismatch", "蔬菜肉类采购48.75万元", "蔬菜肉类采购47.85万元", "蔬菜肉类采购47.85万元", "41.20 + 47.85 + 6.05 = 95.10 ≠ 96"),
        ("completion_mismatch", "| ≥10% | 8% | 80.00%", "| ≥10% | 8% | 85.00%", "8% | 85.00%", "餐厨垃圾减量 8/10 = 80.00%, stated 85.00%"),
    ],
    "sn-hancheng-jienenggaizao-2025": [
        ("weight_sum_mismatch", "| 已建立 | — | 10 | 10.00 |", "| 已建立 | — | 12 | 10.00 |", "已建立 | — | 12", "weights now add to 102 against 总分 100"),
        ("score_sum_mismatch", "| 100 | 98.30 |", "| 100 | 98.03 |", "100 | 98.03", "row scores add to 98.30 (also stated in the text), 总分 row says 98.03"),
        ("unit_mismatch", "| ≥30万元 | 31.2万元 |", "| ≥30万元 | 104% |", "≥30万元 | 104%", "target in 万元, actual given as a percentage"),
        ("completion_mismatch", "| 31.2万元 | 104.00% |", "| 31.2万元 | 140.00% |", "140.00%", "31.2/30 = 104.00%, stated 140.00%"),
        ("year_mismatch", "已结转至2026年", "已结转至2025年", "结转至2025年", "2025 report: carry-over must go to a later year (2026)"),
        ("conflicting_values", "本项目实际支出198.50万元", "本项目实际支出189.50万元", "实际支出189.50万元", "全年执行数 is 198.50万元 in the table and the funds paragraph"),
    ],
}


def main():
    lines = []
    for src, edits in EDITS.items():
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        lines.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for i, (code, old, new, value, expl) in enumerate(edits, 1):
            assert clean.count(old) == 1, (src, old)
            text = clean.replace(old, new)
            assert text.count(value) == 1, (src, value)
            name = f"{src}-e{i}.txt"
            open(os.path.join(CASES, name), "w", encoding="utf-8").write(text)
            lines.append({"case": name, "source": src, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
