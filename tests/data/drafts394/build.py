#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new) applied. `old` must occur exactly once
in the clean draft, `value` (the label) must occur in the resulting error case and contain the changed figure.
Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

XZ = "ha-xinzheng-weiquanyuanzhu-2019"
NK = "jx-nankang-jitishangbiao-2020"
ZQ = "sd-zhangqiu-zhuanlizhiya-2021"
YK = "zj-yongkang-shangbiaopinpai-2023"
SS = "fj-shishi-shangbiaofuwu-bumen-2024"
SOURCES = [XZ, NK, ZQ, YK, SS]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Xinzheng 2019: legal-aid fund, ｜ tables, MOF funds block + indicator table
    (XZ, 1, "year_mismatch", "prose",
     "经市财政局同意结转至2020年继续用于上述案件", "经市财政局同意结转至2019年继续用于上述案件",
     "结转至2019年",
     "the unspent 6.58万元 of the 2019 budget is carried over to 2019 itself; a carry-over must go to a later year (2020)"),
    (XZ, 2, "average_mismatch", "table",
     "单个工作站平均建设费用｜≤5万元｜4.87万元", "单个工作站平均建设费用｜≤5万元｜4.78万元",
     "单个工作站平均建设费用｜≤5万元｜4.78万元",
     "the three workstations cost 4.92, 4.85 and 4.83万元: mean 14.60/3 = 4.87万元, the table states 4.78万元"),
    (XZ, 3, "completion_mismatch", "prose",
     "完成年度目标的121.67%", "完成年度目标的112.67%",
     "完成年度目标的112.67%",
     "73 applications against the target of ≥60件: 73/60 = 121.67%, stated 112.67%"),
    (XZ, 4, "weight_sum_mismatch", "table",
     "重点园区维权工作站覆盖｜≥3个｜3个｜10｜10｜—", "重点园区维权工作站覆盖｜≥3个｜3个｜12｜10｜—",
     "3个｜12｜10｜—\n满意度指标｜服务对象满意度指标｜受援企业满意度｜≥90%｜93.55%｜10｜10｜—\n指标合计｜｜｜｜｜90｜88.20｜\n总分｜｜｜｜｜100",
     "indicator weights now add up to 92 against the 指标合计 90 (102 with the 10-point funds block against 总分 100); "
     "the value runs from the changed weight to the stated totals"),
    (XZ, 5, "score_sum_mismatch", "table",
     "受援企业满意度｜≥90%｜93.55%｜10｜10｜—", "受援企业满意度｜≥90%｜93.55%｜10｜9｜—",
     "93.55%｜10｜9｜—\n指标合计｜｜｜｜｜90｜88.20｜\n总分｜｜｜｜｜100｜97.32",
     "indicator scores now add up to 87.20 (96.32 with the funds score 9.12), stated 88.20 and 97.32; "
     "the value runs from the changed score to the stated totals"),
    (XZ, 6, "sum_mismatch", "prose",
     "宣传培训12.37万元", "宣传培训12.73万元",
     "全年实际支出68.42万元，预算执行率91.23%。按用途分：案件代理及鉴定资助31.60万元，展会知识产权保护9.85万元，宣传培训12.73万元",
     "31.60 + 9.85 + 12.73 + 14.60 = 68.78万元, but the total spent is 68.42万元 (value spans the total and the changed part)"),

    # ---- Nankang 2020: collective trademark, table flattened one cell per line (tab-indented)
    (NK, 1, "balance_mismatch", "prose",
     "年末结余13.23万元", "年末结余13.32万元",
     "年末结余13.32万元",
     "全年预算 344.50 − 支出 331.27 = 13.23万元, stated 13.32万元"),
    (NK, 2, "unit_mismatch", "table",
     "\t≥250家\n\t236家\n", "\t≥250家\n\t94.40%\n",
     "≥250家\n\t94.40%",
     "target is a count of enterprises (家), the actual value is a percentage: completion cannot be computed"),
    (NK, 3, "rate_mismatch", "table",
     "\t100%\n\t96.16%\n", "\t100%\n\t96.61%\n",
     "100%\n\t96.61%",
     "budget execution 331.27/344.50 = 96.16%, the table states 96.61%"),
    (NK, 4, "weight_sum_mismatch", "table",
     "\t≥90%\n\t95.20%\n\t10\n\t10\n", "\t≥90%\n\t95.20%\n\t12\n\t10\n",
     "95.20%\n\t12\n\t10\n\t\n\n\t合计\n\t\n\t\n\t\n\t\n\t100",
     "weights now add up to 102 against the 合计 100 (satisfaction weight 10 -> 12); "
     "the value runs from the changed weight to the stated total"),
    (NK, 5, "conflicting_values", "prose",
     "截至2020年末，全区有效注册商标34752件。", "截至2020年末，全区有效注册商标34572件。",
     "全区有效注册商标34572件",
     "the same year-end stock of valid trademarks is 34752件 in the growth sentence and in the table"),
    (NK, 6, "year_mismatch", "prose",
     "截至2020年12月31日，资金全部到位", "截至2021年12月31日，资金全部到位",
     "截至2021年12月31日",
     "the 2020 report states the funds position as of 31 December 2021 instead of the evaluation year 2020"),

    # ---- Zhangqiu 2021: patent pledge loans, tab-separated rows, 完成率 column
    (ZQ, 1, "completion_mismatch", "table",
     "≥45家\t39家\t86.67%", "≥45家\t39家\t88.67%",
     "≥45家\t39家\t88.67%",
     "39/45 = 86.67%, the 完成率 column states 88.67%"),
    (ZQ, 2, "conflicting_values", "prose",
     "项目实现专利质押融资3.82亿元", "项目实现专利质押融资3.28亿元",
     "实现专利质押融资3.28亿元",
     "the 2021 pledge financing total is 3.82亿元 in section 四 and in 表2, 3.28亿元 in the conclusion"),
    (ZQ, 3, "rate_mismatch", "table",
     "40.00\t31.40\t78.50%", "40.00\t31.40\t87.50%",
     "40.00\t31.40\t87.50%",
     "evaluation-fee subsidy executed 31.40 of 40.00 = 78.50%, stated 87.50%"),
    (ZQ, 4, "balance_mismatch", "prose",
     "年末结余37.15万元", "年末结余31.75万元",
     "年末结余31.75万元",
     "500.00 − 462.85 = 37.15万元, stated 31.75万元"),
    (ZQ, 5, "grade_mismatch", "table",
     "自评等级\t优秀", "自评等级\t良好",
     "自评等级\t良好",
     "total 96.34 is in the 优 band (≥90), the table states 良好"),
    (ZQ, 6, "unit_mismatch", "prose",
     "85000元和43500元", "85000元和43500万元",
     "43500万元",
     "8.50 + 4.35 = 12.85万元 holds only if the second share is 43500元; written 43500万元 (off by 10^4)"),

    # ---- Yongkang 2023: trademark brand strategy, ｜ tables, whole-point total (Σ 87.6 shown as 88)
    (YK, 1, "score_exceeds_weight", "table",
     "资助资金兑付及时率｜≥95%｜96.3%｜6｜6｜", "资助资金兑付及时率｜≥95%｜96.3%｜6｜6.4｜",
     "96.3%｜6｜6.4",
     "score 6.4 above the weight 6 (the whole-point total 88 still covers the row sum 88.0)"),
    (YK, 2, "grade_mismatch", "prose",
     "评价等级为良。", "评价等级为优。",
     "评价等级为优",
     "total 88 is in the 良 band (80–90), stated 优"),
    (YK, 3, "implausible_rate", "prose",
     "满意率为96.8%", "满意率为106.8%",
     "满意率为106.8%",
     "a satisfaction rate cannot exceed 100%"),
    (YK, 4, "completion_mismatch", "prose",
     "完成年度目标的89.31%", "完成年度目标的98.31%",
     "完成年度目标的98.31%",
     "3126 new registrations against the target of ≥3500件: 89.31%, stated 98.31%"),
    (YK, 5, "sum_mismatch", "table",
     "市级财政资金｜260.00｜", "市级财政资金｜250.00｜",
     "市级财政资金｜250.00｜240.00｜196.80｜82.00%\n省级补助资金｜30.00｜30.00｜30.00｜100.00%\n合计｜290.00",
     "initial budget column: 250.00 + 30.00 = 280.00 ≠ 合计 290.00 (and 250.00 − 240.00 ≠ the stated cut of 20.00)"),
    (YK, 6, "rate_mismatch", "table",
     "240.00｜196.80｜82.00%", "240.00｜196.80｜82.20%",
     "240.00｜196.80｜82.20%",
     "municipal funds executed 196.80 of 240.00 = 82.00%, stated 82.20%"),

    # ---- Shishi 2024: department-wide report, ASCII | tables, several projects, average score
    (SS, 1, "score_exceeds_weight", "table",
     "服务对象满意度|≥90%|92.7%|10|10", "服务对象满意度|≥90%|92.7%|10|10.5",
     "92.7%|10|10.5",
     "score 10.5 above the weight 10 (the whole-point total 98 still covers the row sum 98.3)"),
    (SS, 2, "average_mismatch", "prose",
     "平均自评得分92.33分", "平均自评得分93.33分",
     "平均自评得分93.33分",
     "(95.5 + 88.0 + 93.5)/3 = 92.33, stated 93.33"),
    (SS, 3, "score_sum_mismatch", "table",
     "有所提高|5|4.5", "有所提高|5|3.5",
     "有所提高|5|3.5\n满意度|服务对象满意度|服务对象满意度|≥90%|92.7%|10|10\n合计|||||100|98",
     "row scores now add up to 96.8, stated 98 (tolerance ±0.5 for a whole-point total); "
     "the value runs from the changed score to the stated total"),
    (SS, 4, "sum_mismatch", "prose",
     "追加人员经费6.30万元", "追加人员经费6.03万元",
     "追加人员经费6.03万元、维权援助经费26.50万元，调整后全年预算512.80万元",
     "480.00 + 6.03 + 26.50 = 512.53 ≠ 512.80; 表1 基本支出 186.30 − 180.00 = 6.30"),
    (SS, 5, "conflicting_values", "prose",
     "2024年中心共受理维权援助案件137件", "2024年中心共受理维权援助案件173件",
     "共受理维权援助案件173件",
     "the 2024 legal-aid case count is 137件 in section 三 and in 表3"),
    (SS, 6, "implausible_rate", "table",
     "服务对象满意度|≥90%|92.7%", "服务对象满意度|≥90%|102.7%",
     "≥90%|102.7%",
     "a satisfaction rate cannot exceed 100%"),
]


def main():
    labels = []
    for src in SOURCES:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: label value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
