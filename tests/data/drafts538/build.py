#!/usr/bin/env python3
"""build.py - write the 30 error cases and labels.jsonl of drafts538 from the clean drafts.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft, and
`value` (the label) must occur exactly once in the resulting case. Run `python3 verify.py` afterwards.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gs-maiji-falvyuanzhu-2019",
    "jx-ganzhou-sfjdjianguan-2021",
    "hb-jingmen-sifaju-bumen-2023",
    "sx-changzhi-sfjdzhiliang-2022",
    "sc-yibin-xuzhou-falvyuanzhu-2024",
]

# (project, n, code, old, new, value, explanation)
EDITS = [
    # --- 甘肃 天水市麦积区 法律援助专项经费 2019 -------------------------------------------------
    ("gs-maiji-falvyuanzhu-2019", 1, "rate_mismatch",
     "执行率96.10%", "执行率96.01%", "执行率96.01%",
     "当年财政拨款执行 88.41 / 92.00 = 96.10%, the text states 96.01%"),
    ("gs-maiji-falvyuanzhu-2019", 2, "balance_mismatch",
     "年末结余3.59万元", "年末结余3.95万元", "年末结余3.95万元",
     "funds fully received (98.40) minus 全年执行 94.81 = 3.59万元, the text states 3.95万元"),
    ("gs-maiji-falvyuanzhu-2019", 3, "sum_mismatch",
     "民事301件", "民事310件", "民事310件",
     "刑事218 + 民事310 + 行政43 = 571件, but the total given before the brackets is 562件"),
    ("gs-maiji-falvyuanzhu-2019", 4, "implausible_rate",
     "回访满意率为98.2%", "回访满意率为982%", "回访满意率为982%",
     "a satisfaction rate of 982% is outside [0, 100] (decimal point dropped)"),
    ("gs-maiji-falvyuanzhu-2019", 5, "average_mismatch",
     "97.4%、96.1%、96.9%", "97.4%、95.1%、96.9%", "97.4%、95.1%、96.9%",
     "(97.4 + 95.1 + 96.9) / 3 = 96.47%, the stated average is 96.8%"),
    ("gs-maiji-falvyuanzhu-2019", 6, "year_mismatch",
     "结转至2020年", "结转至2019年", "结转至2019年",
     "the balance left at the end of 2019 is carried over to 2019, the evaluation year itself (should be 2020)"),
    # --- 江西 赣州市司法局 司法鉴定行业监管经费 2021 -------------------------------------------
    ("jx-ganzhou-sfjdjianguan-2021", 1, "score_exceeds_weight",
     "93.6%\n10\n10\n无\n合计\n100\n99.28", "93.6%\n10\n10.4\n无\n合计\n100\n99.68", "10.4",
     "鉴定委托人满意度: 分值10, 得分10.4 (10 x 104% completion, not capped at the weight); the 合计 was "
     "recomputed to 99.68 so the score sum still holds and the grade is unchanged"),
    ("jx-ganzhou-sfjdjianguan-2021", 2, "unit_mismatch",
     "平均每份446.54元", "平均每份446.54万元", "平均每份446.54万元",
     "14.20万元 / 318份 = 446.54元 per file (table: 446.54元); labelled 万元 it is 10^4 too large"),
    ("jx-ganzhou-sfjdjianguan-2021", 3, "completion_mismatch",
     "为年度目标的106.00%", "为年度目标的116.00%", "为年度目标的116.00%",
     "318份 against the target of 300份 is 106.00%, the text states 116.00%"),
    ("jx-ganzhou-sfjdjianguan-2021", 4, "conflicting_values",
     "全年随机抽查司法鉴定机构12家", "全年随机抽查司法鉴定机构13家", "随机抽查司法鉴定机构13家",
     "the text says 13 institutions were inspected, the 自评表 实际完成值 says 12家"),
    ("jx-ganzhou-sfjdjianguan-2021", 5, "grade_mismatch",
     "绩效自评等级为“优”", "绩效自评等级为“良”", "自评等级为“良”",
     "the 自评表 total is 99.28, which is in the 优 band (90-100), not 良"),
    ("jx-ganzhou-sfjdjianguan-2021", 6, "weight_sum_mismatch",
     "≥300份\n318份\n10\n10", "≥300份\n318份\n15\n10", "318份\n15",
     "评查司法鉴定案卷数 weight changed 10 -> 15: 分值 sum to 105 while the 合计 row says 100"),
    # --- 湖北 荆门市司法局 部门整体支出 2023 -----------------------------------------------------
    ("hb-jingmen-sifaju-bumen-2023", 1, "rate_mismatch",
     "82.90%", "89.20%", "89.20%",
     "“三公”经费控制率 = 实际支出15.42 / 预算18.60 = 82.90%, the table states 89.20%"),
    ("hb-jingmen-sifaju-bumen-2023", 2, "sum_mismatch",
     "司法鉴定行业监管经费42.65万元", "司法鉴定行业监管经费42.56万元", "司法鉴定行业监管经费42.56万元",
     "186.40 + 42.56 + 96.30 + 75.18 + 58.20 + 49.10 = 507.74万元, but 项目支出 is 507.83万元"),
    ("hb-jingmen-sifaju-bumen-2023", 3, "average_mismatch",
     "96.1%、94.8%、95.3%、94.6%", "96.1%、98.4%、95.3%、94.6%", "96.1%、98.4%、95.3%、94.6%",
     "(96.1 + 98.4 + 95.3 + 94.6) / 4 = 96.10%, the stated average is 95.2%"),
    ("hb-jingmen-sifaju-bumen-2023", 4, "year_mismatch",
     "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日",
     "the 2023 report gives the year's spending as of 31 December 2022"),
    ("hb-jingmen-sifaju-bumen-2023", 5, "score_sum_mismatch",
     "226份\n6\n5.65", "226份\n6\n5.56", "5.56",
     "row scores now add up to 98.66, the 合计 row and the text state 98.75"),
    ("hb-jingmen-sifaju-bumen-2023", 6, "conflicting_values",
     "≥1600件\n1732件", "≥1600件\n1723件", "1723件",
     "the 自评表 gives 1723件 办结法律援助案件, the text gives 1,732件"),
    # --- 山西 长治市司法局 司法鉴定质量监管及行业管理经费 2022 -----------------------------------
    ("sx-changzhi-sfjdzhiliang-2022", 1, "score_exceeds_weight",
     "102.67%\n\t12.5", "102.67%\n\t12.83", "12.83",
     "鉴定文书质量评查合格率: 权重12.5, 指标得分12.83 (12.5 x 102.67%, not capped); the sum 99.05 still "
     "rounds to the stated 总得分99分"),
    ("sx-changzhi-sfjdzhiliang-2022", 2, "implausible_rate",
     "\t95.68\n\t0\n\t90.00", "\t95.68\n\t100\n\t90.00", "95.68\n\t100",
     "row (7) 预算执行率, column 中央级: the 中央级 budget is empty (0), so a rate of 100 sits on a zero base"),
    ("sx-changzhi-sfjdzhiliang-2022", 3, "completion_mismatch",
     "108.33%", "103.83%", "103.83%",
     "执业检查 26次 against ≥24次 is 108.33%, the table states 103.83%"),
    ("sx-changzhi-sfjdzhiliang-2022", 4, "rate_mismatch",
     "96.75", "96.57", "96.57",
     "row (7)=(4)/(2), column 市级: 30.96 / 32.00 = 96.75, the table states 96.57"),
    ("sx-changzhi-sfjdzhiliang-2022", 5, "weight_sum_mismatch",
     "培训覆盖率\n\t15", "培训覆盖率\n\t18", "培训覆盖率\n\t18",
     "weights 10 + 4 x 12.5 + 15 + 18 + 10 = 103, not 100"),
    ("sx-changzhi-sfjdzhiliang-2022", 6, "grade_mismatch",
     "属于\"优秀\"", "属于\"良好\"", "属于\"良好\"",
     "总得分99分 is in the 优 band (90-100), not 良好"),
    # --- 四川 宜宾市叙州区 法律援助办案补贴及值班律师经费 2024 -----------------------------------
    ("sc-yibin-xuzhou-falvyuanzhu-2024", 1, "balance_mismatch",
     "年末未执行资金5.14万元", "年末未执行资金5.41万元", "年末未执行资金5.41万元",
     "调整后预算134.50 (fully received) - 实际支出129.36 = 5.14万元, the text states 5.41万元"),
    ("sc-yibin-xuzhou-falvyuanzhu-2024", 2, "unit_mismatch",
     "人次\n1380\n10", "人次\n92%\n10", "92%",
     "值班律师提供法律帮助人次: 指标值 1500 with 度量单位 人次, 实际完成值 written as 92% (a rate)"),
    ("sc-yibin-xuzhou-falvyuanzhu-2024", 3, "sum_mismatch",
     "工作站运行经费9.84万元", "工作站运行经费9.48万元", "工作站运行经费9.48万元",
     "86.42 + 27.60 + 9.48 + 5.50 = 129.00万元, but 实际支出 is 129.36万元"),
    ("sc-yibin-xuzhou-falvyuanzhu-2024", 4, "conflicting_values",
     "办结912件", "办结921件", "办结921件",
     "the text says 921 cases were closed; the funds paragraph, the goal block and the table say 912件"),
    ("sc-yibin-xuzhou-falvyuanzhu-2024", 5, "score_sum_mismatch",
     "\n9.20\n", "\n9.02\n", "9.02",
     "row scores now add up to 98.64, while 总分 row, 评价结论 box and text state 98.82"),
    ("sc-yibin-xuzhou-falvyuanzhu-2024", 6, "completion_mismatch",
     "完成率118.29%", "完成率112.89%", "完成率112.89%",
     "挽回经济损失 2365.8万元 against ≥2000万元 is 118.29%, the text states 112.89%"),
]


def main():
    labels = []
    bad = []
    for src in PROJECTS:
        clean_name = src + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            if clean.count(old) != 1:
                bad.append("%s-e%d: old occurs %d times" % (p, n, clean.count(old)))
                continue
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                bad.append("%s-e%d: value occurs %d times" % (p, n, text.count(value)))
            name = "%s-e%d.txt" % (p, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    if bad:
        print("\n".join(bad))
        sys.exit(1)
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
