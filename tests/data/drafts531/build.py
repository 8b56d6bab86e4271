#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts531 from the clean drafts and an edit list.

Each edit is an exact old -> new replacement; old must occur exactly once in the clean draft.
Run: python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hb-shenzhou-njbaofei-2019",
    "sd-yucheng-njbaofei-2021",
    "hlj-mingshui-njbaofei-2022",
    "ah-linquan-njzx-bumen-2023",
    "hn-nanxian-njbaofei-2025",
]

# (source, code, old, new, value, explanation)
EDITS = [
    # ---- 深州 2019 (Markdown tables)
    ("hb-shenzhou-njbaofei-2019", "rate_mismatch",
     "到位率100%", "到位率94.70%", "到位率94.70%",
     "到位158.00万元 / 全年预算158万元 = 100%; 94.70% is the execution rate copied into the 到位率"),
    ("hb-shenzhou-njbaofei-2019", "balance_mismatch",
     "结转资金8.37万元", "结转资金8.73万元", "结转资金8.73万元",
     "到位158.00 - 执行149.63 = 8.37万元, stated 8.73万元"),
    ("hb-shenzhou-njbaofei-2019", "score_sum_mismatch",
     "95.63% | 10 | 9.56", "95.63% | 10 | 9.65", "年减少柴油消耗 | ≥80吨 | 76.5吨 | 95.63% | 10 | 9.65",
     "row scores now add to 98.85 (效益 29.38) but the table and the text state 98.76 (效益 29.29); "
     "9.65 also no longer follows 95.63% (score_rule_mismatch, a warning, may be reported beside)"),
    ("hb-shenzhou-njbaofei-2019", "average_mismatch",
     "平均每台补贴4,632.51元", "平均每台补贴4,623.51元", "平均每台补贴4,623.51元",
     "1,496,300元 / 323台 = 4,632.51元"),
    ("hb-shenzhou-njbaofei-2019", "unit_mismatch",
     "58台、54.80万元", "58台、548000万元", "联合收割机报废补贴58台、548000万元",
     "the 54.80万元 part (548,000元) written with the unit 万元: off by 10^4; the sum 88.65+54.80+6.18=149.63 "
     "and the average 9,448.28元 per harvester both reconcile only after rescaling this one amount"),
    ("hb-shenzhou-njbaofei-2019", "year_mismatch",
     "结转至2020年", "结转至2019年", "结转至2019年继续用于报废补贴",
     "money unspent in the 2019 budget is carried to 2019 itself; must be a later year (2020)"),
    # ---- 禹城 2021 (｜ tables, merged cells left empty)
    ("sd-yucheng-njbaofei-2021", "sum_mismatch",
     "63台、补贴11.98万元", "63台、补贴11.89万元", "其他机具（播种机、秸秆还田机等）63台、补贴11.89万元",
     "161.24 + 74.16 + 11.89 = 247.29万元, but the parts are of the 247.38万元 paid"),
    ("sd-yucheng-njbaofei-2021", "score_exceeds_weight",
     "0｜—\n｜｜报废联合收割机数量｜≥80台｜74台｜92.50%｜10｜9",
     "2｜—\n｜｜报废联合收割机数量｜≥80台｜74台｜92.50%｜10｜7",
     "报废拖拉机数量｜≥380台｜396台｜104.21%｜10｜12",
     "score 12 above weight 10 (the next row lowered from 9.25 to 7.25 so the total still reads 98.39)"),
    ("sd-yucheng-njbaofei-2021", "grade_mismatch",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 98.39 is in the 优 band (>= 90)"),
    ("sd-yucheng-njbaofei-2021", "conflicting_values",
     "资金255万元的管理使用", "资金225万元的管理使用", "农机报废更新补贴资金225万元",
     "the opening evaluates 225万元 while the body, the funds table (2,550,000.00元) and the budget "
     "sentence give 255万元 for the same year's fund"),
    ("sd-yucheng-njbaofei-2021", "completion_mismatch",
     "91.20%｜107.29%", "91.20%｜107.92%", "报废更新政策知晓率｜≥85%｜91.20%｜107.92%",
     "91.20 / 85 = 107.29%, stated 107.92%"),
    ("sd-yucheng-njbaofei-2021", "implausible_rate",
     "95.80%｜106.44%", "105.80%｜117.56%", "受补贴农户满意度｜≥90%｜105.80%｜117.56%",
     "a satisfaction rate of 105.80% is impossible (completion 117.56% = 105.80/90 is arithmetically consistent)"),
    # ---- 明水 2022 (Markdown tables)
    ("hlj-mingshui-njbaofei-2022", "weight_sum_mismatch",
     "110.00% | 5 | 5.00", "110.00% | 8 | 5.00", "其中：报废联合收割机数量 | ≥80台 | 88台 | 110.00% | 8",
     "weights now total 103 (数量指标 18 vs the stated 15, 产出指标 53 vs 50)"),
    ("hlj-mingshui-njbaofei-2022", "average_mismatch",
     "平均每户11,623.26元", "平均每户11,263.26元", "平均每户11,263.26元",
     "3,498,600元 / 301户 = 11,623.26元"),
    ("hlj-mingshui-njbaofei-2022", "rate_mismatch",
     "兑付率98.75%", "兑付率97.85%", "兑付率97.85%",
     "已兑付349.86 / 应兑付354.30 = 98.75%"),
    ("hlj-mingshui-njbaofei-2022", "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "the 2022 execution figure is dated to the end of 2021"),
    ("hlj-mingshui-njbaofei-2022", "completion_mismatch",
     "34个工作日 | 88.24%", "34个工作日 | 113.33%", "≤30个工作日 | 34个工作日 | 113.33%",
     "≤ indicator missed: completion = 30/34 = 88.24%; 113.33% is 34/30, the ≥ formula"),
    ("hlj-mingshui-njbaofei-2022", "balance_mismatch",
     "未兑付的36.14万元", "未兑付的31.64万元", "未兑付的31.64万元",
     "全年预算386.00 - 兑付349.86 = 36.14万元"),
    # ---- 临泉 2023 部门整体 (｜ tables)
    ("ah-linquan-njzx-bumen-2023", "sum_mismatch",
     "当年财政拨款｜4,186,500.00", "当年财政拨款｜4,168,500.00", "其中：当年财政拨款｜4,168,500.00",
     "年初 column: 4,168,500.00 + 0.00 + 0.00 != 年度资金总额 4,186,500.00"),
    ("ah-linquan-njzx-bumen-2023", "score_exceeds_weight",
     "6\n｜｜技术培训人次｜≥800人次｜680人次｜85.00%｜6｜5",
     "7\n｜｜技术培训人次｜≥800人次｜680人次｜85.00%｜6｜4",
     "农机安全检验数量｜≥1,500台｜1,620台｜108.00%｜6｜7",
     "score 7 above weight 6 (技术培训人次 lowered from 5.10 to 4.10 so the total still reads 89.72)"),
    ("ah-linquan-njzx-bumen-2023", "conflicting_values",
     "兑付农机报废更新补贴374.64万元", "兑付农机报废更新补贴347.64万元", "兑付农机报废更新补贴347.64万元",
     "the overview gives 347.64万元, 表2 gives 3,746,400.00元 for the same subsidy, and the parts "
     "158.92 + 189.40 + 26.32 = 374.64"),
    ("ah-linquan-njzx-bumen-2023", "unit_mismatch",
     "≤15个工作日｜19个工作日", "≤15个工作日｜95%", "补贴资金兑付时限｜≤15个工作日｜95%",
     "target in 个工作日, actual in %: completion cannot be computed"),
    ("ah-linquan-njzx-bumen-2023", "implausible_rate",
     "0.00｜—｜—｜—", "0.00｜—｜100.00%｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% on a zero budget (其他资金 0.00)"),
    ("ah-linquan-njzx-bumen-2023", "grade_mismatch",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "total 89.72 is in the 良 band (80 <= s < 90)"),
    # ---- 南县 2025 (Markdown tables)
    ("hn-nanxian-njbaofei-2025", "score_sum_mismatch",
     "97.08% | 10 | 9.71", "97.08% | 10 | 9.17", "带动新购置农机具数量 | ≥650台 | 631台 | 97.08% | 10 | 9.17",
     "row scores now add to 98.61 (效益 29.17) while table and text state 99.15 (效益 29.71); "
     "9.17 no longer follows 97.08% (score_rule_mismatch, a warning, may be reported beside)"),
    ("hn-nanxian-njbaofei-2025", "weight_sum_mismatch",
     "产出指标50分，效益", "产出指标60分，效益", "产出指标60分",
     "the stated first-level weights 10 + 60 + 30 + 10 = 110, and the 产出 rows add to 50"),
    ("hn-nanxian-njbaofei-2025", "completion_mismatch",
     "96.40% | 104.78%", "96.40% | 96.40%", "受补贴农户满意度 | ≥92% | 96.40% | 96.40%",
     "96.40 / 92 = 104.78%; the actual value was copied into the 完成率 cell"),
    ("hn-nanxian-njbaofei-2025", "average_mismatch",
     "平均每台补贴11,096.71元", "平均每台补贴11,069.71元", "平均每台补贴11,069.71元",
     "7,412,600元 / 668台 = 11,096.71元"),
    ("hn-nanxian-njbaofei-2025", "rate_mismatch",
     "执行率96.48%", "执行率94.68%", "省级资金执行168.84万元、执行率94.68%",
     "168.84 / 175 = 96.48%"),
    ("hn-nanxian-njbaofei-2025", "conflicting_values",
     "共报废老旧农机668台", "共报废老旧农机686台", "全年我县共报废老旧农机686台",
     "the overview gives 686台; the table, the output paragraph and the per-type counts "
     "286 + 214 + 97 + 71 give 668台"),
]


def main():
    labels = []
    n_per = {}
    for src in SOURCES:
        path = os.path.join(CASES, src + "-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit("%s: old %r occurs %d times" % (src, old, n))
            k = n_per.get(src, 0) + 1
            n_per[src] = k
            text = clean.replace(old, new)
            name = "%s-e%d.txt" % (src, k)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases (%d with an injected error)" % (len(labels), len(labels) - len(SOURCES)))


if __name__ == "__main__":
    main()
