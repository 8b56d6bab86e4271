#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts in cases/.

Every error case is the clean draft with ONE edit listed in EDITS below: one contiguous
change of at most 16 characters inside one line, or (for score rows only) one such change
on each of two adjacent rows.  Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
U = "\u3000"  # full-width space: the cell separator of tables pasted from WPS

PROJECTS = [
    "danfeng-phs-2020",   # Shaanxi, Shangluo, Danfeng county
    "jingbian-phs-2023",  # Shaanxi, Yulin, Jingbian county
    "xihe-phs-2021",      # Gansu, Longnan, Xihe county
    "jingtai-phs-2024",   # Gansu, Baiyin, Jingtai county
    "minhe-phs-2022",     # Qinghai, Haidong, Minhe Hui and Tu autonomous county
]

# (project, n, code, [(old, new), ...], value, explanation)
EDITS = [
    # ---------------- danfeng-phs-2020 ----------------
    ("danfeng-phs-2020", 1, "rate_mismatch",
     [("全年执行2,087.63万元，预算执行率97.31%", "全年执行2,087.63万元，预算执行率97.13%")],
     "2,087.63万元，预算执行率97.13%",
     "2087.63 / 2145.42 = 97.31%; the rate is retyped with two digits swapped (97.13%)"),
    ("danfeng-phs-2020", 2, "sum_mismatch",
     [("县妇幼保健院58.30万元", "县妇幼保健院85.30万元")],
     "2020年项目资金2,109.00万元中，计划拨付12个镇（街道）卫生院1,866.00万元（含村卫生室部分），县疾控中心96.50万元，县妇幼保健院85.30万元",
     "allocation plan 1866.00 + 96.50 + 85.30 + 42.20 + 46.00 = 2136.00, not the 2109.00 total (58.30 retyped as 85.30)"),
    ("danfeng-phs-2020", 3, "score_sum_mismatch",
     [("产出指标得49.86分", "产出指标得49.68分")],
     "得分98.59分，评价等级为“优”。其中预算执行率得9.73分，产出指标得49.68分",
     "9.73 + 49.68 + 29 + 10 = 98.41, stated total 98.59 (output subtotal mistyped; table rows give 49.86)"),
    ("danfeng-phs-2020", 4, "grade_mismatch",
     [("评价等级为“优”", "评价等级为“良”")],
     "评价等级为“良”",
     "total 98.59 is in the 优 band (90–100); 良 left from an older report"),
    ("danfeng-phs-2020", 5, "unit_mismatch",
     [("尚有25.45万元未到位", "尚有254500万元未到位")],
     "254500万元",
     "county share 105.45 − received 80.00 = 25.45万元 = 254500元; the 元 figure is labelled 万元 (off by 10^4)"),
    ("danfeng-phs-2020", 6, "completion_mismatch",
     [("68.49%" + U + "97.84%", "68.49%" + U + "68.49%")],
     "68.49%" + U + "68.49%",
     "65岁及以上老年人健康管理率: 68.49 / 70 = 97.84%; the actual value was copied into the 完成率 column"),

    # ---------------- jingbian-phs-2023 ----------------
    ("jingbian-phs-2023", 1, "balance_mismatch",
     [("资金结余36.36万元，为12月下旬", "资金结余58.35万元，为12月下旬")],
     "资金结余58.35万元",
     "到位 3194.33 − 执行 3157.97 = 36.36 (also row (5) of the table); 58.35 is last year's carry-over left in"),
    ("jingbian-phs-2023", 2, "implausible_rate",
     [("资金到位率99.00%", "资金到位率100.82%")],
     "资金到位率100.82%",
     "到位 3194.33 divided by 年初预算 3168.40 instead of 全年预算 3226.75 (= 99.00%): a received rate above 100%"),
    ("jingbian-phs-2023", 3, "year_mismatch",
     [("截至2023年12月31日，全年执行资金", "截至2022年12月31日，全年执行资金")],
     "截至2022年12月31日",
     "the 2023 report states its full-year execution as of 31 Dec 2022 (last year's date left in)"),
    ("jingbian-phs-2023", 4, "weight_sum_mismatch",
     [("人均基本公共卫生服务补助标准" + U + "5" + U, "人均基本公共卫生服务补助标准" + U + "6" + U)],
     "6" + U + "≥89元" + U + "89元" + U + "5\n小计" + U + U + "50",
     "产出 rows now weigh 51 against the 小计 50, all weights 101 (cost row weight 5 typed as 6)"),
    ("jingbian-phs-2023", 5, "average_mismatch",
     [("平均得分89.25分", "平均得分88.92分")],
     "平均得分88.92分",
     "mean of the 14 listed scores = 1249.5 / 14 = 89.25; 88.92 is the mean of 13 (社区卫生服务中心 left out)"),
    ("jingbian-phs-2023", 6, "conflicting_values",
     [("全年规范管理高血压患者24,682人", "全年规范管理高血压患者24,862人")],
     "24,862人",
     "the table gives 24682 hypertension patients under standard management (64.19% of 38450); text says 24,862"),

    # ---------------- xihe-phs-2021 ----------------
    ("xihe-phs-2021", 1, "rate_mismatch",
     [("全年执行3,106.66万元，预算执行率96.85%", "全年执行3,106.66万元，预算执行率71.28%")],
     "3,106.66万元，预算执行率71.28%",
     "3106.66 / 3207.80 = 96.85%; 71.28% is the end-of-October progress rate left in"),
    ("xihe-phs-2021", 2, "sum_mismatch",
     [("六巷乡卫生院" + U + "16280" + U + "9" + U, "六巷乡卫生院" + U + "16280" + U + "6" + U)],
     "6" + U + "105.82" + U + "105.82" + U + "100.00%\n合计" + U + "388000" + U + "227",
     "村卫生室 column now sums to 224, 合计 row (and text) says 227"),
    ("xihe-phs-2021", 3, "score_exceeds_weight",
     [("86.45%" + U + "5" + U + "4.80", "86.45%" + U + "5" + U + "4.52"),
      ("95.12%" + U + "5" + U + "5" + U, "95.12%" + U + "5" + U + "5.28" + U)],
     "95.12%" + U + "5" + U + "5.28",
     "疫苗接种率 scored 5 × 95.12/90 = 5.28 without the cap, above its weight 5; the 建档率 row above was lowered to 4.52 so the total still reads 89.70"),
    ("xihe-phs-2021", 4, "grade_mismatch",
     [("评价等级为良好", "评价等级为优秀")],
     "评价等级为优秀",
     "total 89.70 is in the 良 band (80 ≤ s < 90)"),
    ("xihe-phs-2021", 5, "conflicting_values",
     [("≥90%" + U + "86.50%" + U + "10" + U + "9.61", "≥90%" + U + "88.50%" + U + "10" + U + "9.61")],
     "88.50%",
     "居民满意度 is 86.50% in the text (346 / 400), 88.50% in the 自评表"),
    ("xihe-phs-2021", 6, "year_mismatch",
     [("评价年度：2021年度", "评价年度：2020年度")],
     "评价年度：2020年度",
     "the 2021 report's 自评表 header names 2020 (last year's template)"),

    # ---------------- jingtai-phs-2024 ----------------
    ("jingtai-phs-2024", 1, "balance_mismatch",
     [("支出281.94万元，结余4.56万元", "支出281.94万元，无结余")],
     "支出281.94万元，无结余",
     "一条山镇卫生院 received 286.50 and spent 281.94: 4.56 left, not 无结余"),
    ("jingtai-phs-2024", 2, "score_sum_mismatch",
     [("97.50%" + U + "10" + U + "9.75", "97.50%" + U + "10" + U + "9.57")],
     "9.57\n合计" + U * 6 + "100" + U + "99.07",
     "satisfaction score retyped 9.57; row scores add to 98.89, total left at 99.07"),
    ("jingtai-phs-2024", 3, "weight_sum_mismatch",
     [("产出指标50分", "产出指标60分")],
     "满分100分，其中预算执行率10分、产出指标60分",
     "10 + 60 + 30 + 10 = 110, not 100 (产出 60 left from an older template without a satisfaction line)"),
    ("jingtai-phs-2024", 4, "average_mismatch",
     [("平均得分89.83分", "平均得分89.38分")],
     "平均得分89.38分",
     "1078 / 12 = 89.83; digits swapped"),
    ("jingtai-phs-2024", 5, "unit_mismatch",
     [("≥94元/人" + U + "94元/人", "≥94元/人" + U + "100%")],
     "≥94元/人" + U + "100%",
     "target in 元/人, actual given as a percentage"),
    ("jingtai-phs-2024", 6, "completion_mismatch",
     [("60.14%" + U + "97.00%", "60.14%" + U + "103.09%")],
     "60.14%" + U + "103.09%",
     "≥62% target, actual 60.14%: completion 60.14/62 = 97.00%; 103.09% is the inverse 62/60.14"),

    # ---------------- minhe-phs-2022 ----------------
    ("minhe-phs-2022", 1, "implausible_rate",
     [("其他资金" + U + "0" + U + "0" + U + "0" + U + "—" + U + "—",
       "其他资金" + U + "0" + U + "0" + U + "0" + U + "—" + U + "100%")],
     "其他资金" + U + "0" + U + "0" + U + "0" + U + "—" + U + "100%",
     "execution rate 100% on a zero budget (其他资金 0 / 0 / 0)"),
    ("minhe-phs-2022", 2, "score_exceeds_weight",
     [("20.06%" + U + "10" + U + "9.12", "20.06%" + U + "10" + U + "5"),
      ("96.30%" + U + "5" + U + "5", "96.30%" + U + "5" + U + "9.12")],
     "96.30%" + U + "5" + U + "9.12",
     "scores of two adjacent rows swapped when pasting: 肺结核患者管理率 gets 9.12 on a weight of 5 (total unchanged)"),
    ("minhe-phs-2022", 3, "rate_mismatch",
     [("项目支出2,874.35万元，预算执行率97.79%", "项目支出2,874.35万元，预算执行率98.68%")],
     "2,874.35万元，预算执行率98.68%",
     "2874.35 / 2939.18 (全年预算) = 97.79%; 98.68% divides by 到位 2912.87"),
    ("minhe-phs-2022", 4, "sum_mismatch",
     [("县妇幼保健院156.00万元", "县妇幼保健院165.00万元")],
     "513.75万元，其中县疾控中心198.00万元、县妇幼保健院165.00万元",
     "198.00 + 165.00 + 72.00 + 87.75 = 522.75, not 513.75"),
    ("minhe-phs-2022", 5, "conflicting_values",
     [("2021年结转的62.18万元", "2021年结转的68.12万元")],
     "68.12万元",
     "the 2021 carry-over is 62.18万元 in the funds section and the 自评表, 68.12 in section 七"),
    ("minhe-phs-2022", 6, "unit_mismatch",
     [("≥90%" + U + "90.51%", "≥90%" + U + "23406人")],
     "≥90%" + U + "23406人",
     "0～6岁儿童健康管理率 target is a percentage, actual given as a head count (23406 children)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply(text, pairs):
    for old, new in pairs:
        n = text.count(old)
        if n != 1:
            raise SystemExit(f"edit anchor occurs {n} times: {old!r}")
        text = text.replace(old, new)
    return text


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, pairs, value, expl) in EDITS:
            if p != pid:
                continue
            name = f"{pid}-e{n}.txt"
            text = apply(clean, pairs)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels ({sum(1 for r in labels if not r['clean'])} error cases)")


if __name__ == "__main__":
    main()
