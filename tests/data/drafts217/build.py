#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts217 from the clean drafts.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft.
`value` is a short substring of the error case that carries the changed figure.
Run: python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, suffix, code, old, new, value, explanation, where)
EDITS = [
    # ---- huozhou-jienengjigai-2022 (Shanxi, 节能技改补助, Shanxi-style tables) ----
    ("huozhou-jienengjigai-2022", "e1", "rate_mismatch",
     "｜85.50｜100｜—", "｜85.05｜100｜—", "85.05",
     "funds table row (7) 县区级: 102.60 / 120.00 = 85.50%, stated 85.05", "table"),
    ("huozhou-jienengjigai-2022", "e2", "completion_mismatch",
     "9420吨标准煤｜104.67%", "9420吨标准煤｜106.47%", "9420吨标准煤｜106.47%",
     "年节能量 9420 / 9000 = 104.67%, stated 106.47%", "table"),
    ("huozhou-jienengjigai-2022", "e3", "average_mismatch",
     "户均补助25.69万元", "户均补助28.26万元", "户均补助28.26万元",
     "282.60万元 over 11 enterprises = 25.69万元 (28.26 divides by 10)", "prose"),
    ("huozhou-jienengjigai-2022", "e4", "unit_mismatch",
     "钢铁及铸造企业4家补助88.20万元", "钢铁及铸造企业4家补助882000万元", "882000万元",
     "882000元 written with the unit 万元: 146.40 + 88.20 + 48.00 = 282.60 only after rescaling by 10^4", "prose"),
    ("huozhou-jienengjigai-2022", "e5", "score_sum_mismatch",
     "92%｜96.84%｜5｜4.84｜", "92%｜96.84%｜5｜4.48｜", "96.84%｜5｜4.48",
     "row scores now add to 97.90 while the 合计 and the text say 98.26", "table"),
    ("huozhou-jienengjigai-2022", "e6", "year_mismatch",
     "截至2022年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "a 2022 report states its spending as of 2023-12-31", "prose"),

    # ---- pinghu-chongdianzhuang-2023 (Zhejiang, 充电桩, MOF table) ----
    ("pinghu-chongdianzhuang-2023", "e1", "weight_sum_mismatch",
     "180个｜10｜10｜", "180个｜15｜10｜", "180个｜15｜10",
     "直流快充桩 weight 15 (copied from the row above): weights now total 105", "table"),
    ("pinghu-chongdianzhuang-2023", "e2", "score_exceeds_weight",
     "90%｜5｜4.74｜第四季度运营补助待核定，结转下年兑付\n产出指标｜成本指标｜直流快充桩建设补助标准｜≤200元/千瓦｜200元/千瓦｜10｜10｜",
     "90%｜5｜10｜第四季度运营补助待核定，结转下年兑付\n产出指标｜成本指标｜直流快充桩建设补助标准｜≤200元/千瓦｜200元/千瓦｜10｜4.74｜",
     "90%｜5｜10",
     "scores of the 时效 and 成本 rows swapped: 兑付及时率 scored 10 against a weight of 5 (total unchanged)", "table"),
    ("pinghu-chongdianzhuang-2023", "e3", "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "执行率 100% on a 0.00 budget (其他资金 row)", "table"),
    ("pinghu-chongdianzhuang-2023", "e4", "conflicting_values",
     "｜≥400个｜420个｜", "｜≥400个｜402个｜", "402个",
     "table says 402 new chargers, the text 420 (= 180 DC + 240 AC)", "table"),
    ("pinghu-chongdianzhuang-2023", "e5", "average_mismatch",
     "单桩平均功率107.33千瓦", "单桩平均功率101.33千瓦", "单桩平均功率101.33千瓦",
     "19320千瓦 / 180 piles = 107.33千瓦", "prose"),
    ("pinghu-chongdianzhuang-2023", "e6", "balance_mismatch",
     "年末结余28.20万元", "年末结余28.02万元", "年末结余28.02万元",
     "560.00 - 531.80 = 28.20", "prose"),

    # ---- hengzhou-yuanqujichu-2021 (Guangxi, 工业园区基础设施, MOF table + 完成率) ----
    ("hengzhou-yuanqujichu-2021", "e1", "sum_mismatch",
     "｜380.00｜331.28｜", "｜380.00｜313.28｜", "313.28",
     "sub-project spending 742.50 + 296.18 + 313.28 + 142.40 = 1494.36, 合计 says 1,512.36", "table"),
    ("hengzhou-yuanqujichu-2021", "e2", "rate_mismatch",
     "支出率88.00%", "支出率86.00%", "支出率86.00%",
     "自治区补助 396.00 / 450.00 = 88.00%", "prose"),
    ("hengzhou-yuanqujichu-2021", "e3", "grade_mismatch",
     "评价等级为良。", "评价等级为优。", "评价等级为优",
     "89.23 lies in the 良 band (80 <= s < 90)", "prose"),
    ("hengzhou-yuanqujichu-2021", "e4", "completion_mismatch",
     "｜32家｜106.67%｜", "｜32家｜93.75%｜", "32家｜93.75%",
     "受益企业 32 / 30 = 106.67% (93.75% is 30/32, inverted)", "table"),
    ("hengzhou-yuanqujichu-2021", "e5", "unit_mismatch",
     "｜≥1.2公里｜1.2公里｜", "｜≥1.2公里｜100%｜", "≥1.2公里｜100%",
     "target in 公里, actual given as a percentage", "table"),
    ("hengzhou-yuanqujichu-2021", "e6", "year_mismatch",
     "结转至2022年", "结转至2021年", "结转至2021年",
     "money left over from the 2021 budget is carried to 2021 itself", "prose"),

    # ---- liangzhou-fuwuquan-2024 (Gansu, 中小企业服务券, prose only) ----
    ("liangzhou-fuwuquan-2024", "e1", "balance_mismatch",
     "结余26.50万元", "结余25.60万元", "结余25.60万元",
     "到位 260.00 - 兑付 233.50 = 26.50", "prose"),
    ("liangzhou-fuwuquan-2024", "e2", "sum_mismatch",
     "财税法律类61.40万元", "财税法律类64.10万元", "财税法律类64.10万元",
     "98.60 + 64.10 + 43.20 + 30.30 = 236.20, stated 四类合计233.50", "prose"),
    ("liangzhou-fuwuquan-2024", "e3", "score_sum_mismatch",
     "自评得分96.80分", "自评得分97.80分", "自评得分97.80分",
     "8.98 + 48.82 + 29 + 10 = 96.80", "prose"),
    ("liangzhou-fuwuquan-2024", "e4", "grade_mismatch",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "96.80 lies in the 优 band", "prose"),
    ("liangzhou-fuwuquan-2024", "e5", "conflicting_values",
     "全年惠及中小企业312家", "全年惠及中小企业321家", "惠及中小企业321家",
     "overview says 321 enterprises, the output section and the per-enterprise average use 312", "prose"),
    ("liangzhou-fuwuquan-2024", "e6", "implausible_rate",
     "面值288.00万元，企业实际使用兑付233.50万元，兑付率81.08%",
     "面值228.00万元，企业实际使用兑付233.50万元，兑付率102.41%", "兑付率102.41%",
     "233.50 redeemed against 228.00 face value: redemption rate over 100%", "prose"),

    # ---- anda-yingjiju-2020 (Heilongjiang, 部门整体, 安全生产专项整治) ----
    ("anda-yingjiju-2020", "e1", "weight_sum_mismatch",
     "达成｜—｜10｜9", "达成｜—｜9｜9", "达成｜—｜9｜9",
     "应急物资储备保障能力 weight 9 (score typed as weight): weights total 99", "table"),
    ("anda-yingjiju-2020", "e2", "score_exceeds_weight",
     "109.20%｜12｜12\n产出指标｜数量指标｜安全生产培训｜≥3000人次｜2760人次｜92.00%｜8｜7.36",
     "109.20%｜8｜12\n产出指标｜数量指标｜安全生产培训｜≥3000人次｜2760人次｜92.00%｜12｜7.36",
     "109.20%｜8｜12",
     "分值 of two adjacent rows swapped: 排查安全隐患 scored 12 against a weight of 8 (sums unchanged)", "table"),
    ("anda-yingjiju-2020", "e3", "rate_mismatch",
     "76.80｜83.48%", "76.80｜84.38%", "84.38%",
     "应急救援物资储备 76.80 / 92.00 = 83.48%", "table"),
    ("anda-yingjiju-2020", "e4", "conflicting_values",
     "全年执法检查企业216家次", "全年执法检查企业261家次", "执法检查企业261家次",
     "section 一 says 261 inspections, section 四 and the table 216", "prose"),
    ("anda-yingjiju-2020", "e5", "unit_mismatch",
     "≥3000人次｜2760人次｜", "≥3000人次｜92%｜", "≥3000人次｜92%",
     "target in 人次, actual given as a percentage", "table"),
    ("anda-yingjiju-2020", "e6", "completion_mismatch",
     "92.4%｜102.67%", "92.4%｜102.76%", "102.76%",
     "满意度 92.4 / 90 = 102.67%", "table"),
]

SOURCES = [
    "huozhou-jienengjigai-2022",
    "pinghu-chongdianzhuang-2023",
    "hengzhou-yuanqujichu-2021",
    "liangzhou-fuwuquan-2024",
    "anda-yingjiju-2020",
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, suffix, code, old, new, value, expl, _where) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
