#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n374 from the clean drafts.

Each edit: (source id, code, where, old, new, value, explanation). `old` must occur exactly once in the
clean draft; it is replaced by `new` (one changed figure or word). `value` is the short substring of the
error case that carries the changed figure (the label span).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zj-liandu-zhengbing-2024",
    "ha-luoshan-youdaijin-2022",
    "hb-zengdu-minbing-2021",
    "gx-dahua-renwubu-2023",
    "sc-ganluo-tijian-2018",
]

EDITS = {
    "zj-liandu-zhengbing-2024": [
        ("rate_mismatch", "table",
         "其中：当年财政拨款｜86.00｜98.40｜94.32｜—｜95.85%｜—", "其中：当年财政拨款｜86.00｜98.40｜94.32｜—｜95.58%｜—",
         "95.58%", "当年财政拨款 row: 94.32 / 98.40 = 95.85%, stated 95.58%"),
        ("sum_mismatch", "prose",
         "宣传发动费18.46万元", "宣传发动费18.64万元",
         "宣传发动费18.64万元", "items 24.36 + 6.90 + 18.64 + 17.52 + 15.70 + 14.98 = 98.10, stated total spending 97.92万元"),
        ("completion_mismatch", "prose",
         "征集任务完成率104.29%", "征集任务完成率104.92%",
         "征集任务完成率104.92%", "146 recruits / task 140 = 104.29%, stated 104.92%"),
        ("average_mismatch", "prose",
         "平均每名入伍新兵投入经费6706.85元", "平均每名入伍新兵投入经费6760.85元",
         "投入经费6760.85元", "979200元 / 146 recruits = 6706.85元, stated 6760.85元"),
        ("score_sum_mismatch", "table",
         "总分｜｜｜｜｜100｜99.45｜", "总分｜｜｜｜｜100｜99.54｜",
         "100｜99.54", "row scores 9.60 + 50 + 29.85 + 10 = 99.45, stated total 99.54 (grade 优 unaffected)"),
        ("year_mismatch", "table",
         "附表：项目支出绩效自评表（2024年度）", "附表：项目支出绩效自评表（2023年度）",
         "自评表（2023年度）", "the self-evaluation table claims 2023 for the 2024 report"),
    ],
    "ha-luoshan-youdaijin-2022": [
        ("completion_mismatch", "table",
         "94.50%\t105.00%", "94.50%\t104.50%",
         "104.50%", "知晓率 94.50% / target 90% = 105.00%, stated 104.50%"),
        ("implausible_rate", "table",
         "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
         "0.00\t—\t100.00%", "execution rate 100.00% on a zero budget (上年结转资金 0.00)"),
        ("balance_mismatch", "prose",
         "全年结余4.76万元", "全年结余4.67万元",
         "全年结余4.67万元", "1025.00 - 1020.24 = 4.76, stated 4.67"),
        ("unit_mismatch", "prose",
         "优待金补助45.00万元", "优待金补助450000万元",
         "450000万元", "the provincial 45.00万元 (450000元) written with the unit 万元: 980.00 + 45.00 = 1025.00 only after rescaling by 10^4"),
        ("conflicting_values", "prose",
         "全县为612户义务兵家庭发放了优待金", "全县为621户义务兵家庭发放了优待金",
         "621户", "612 households everywhere else (402 + 210, comparison with 2021, table)"),
        ("weight_sum_mismatch", "prose",
         "效益指标30分", "效益指标35分",
         "效益指标35分", "stated weights 10 + 50 + 35 + 10 = 105; the 效益 rows add to 30"),
    ],
    "hb-zengdu-minbing-2021": [
        ("score_sum_mismatch", "prose",
         "综合得分98.70分", "综合得分97.80分",
         "综合得分97.80分", "table scores 19.30 + 45 + 24.40 + 10 = 98.70, stated 97.80 (grade 优 unaffected)"),
        ("score_exceeds_weight", "prose",
         "预算执行指标得分19.42分（分值20分）", "预算执行指标得分21.42分（分值20分）",
         "得分21.42分", "2020 execution score 21.42 above its weight 20 (should be 20 x 97.09% = 19.42)"),
        ("sum_mismatch", "table",
         "\t2022年\n\t120.00\n", "\t2022年\n\t102.00\n",
         "102.00", "yearly allocations 110.00 + 130.00 + 102.00 = 342.00, stated 合计 360.00"),
        ("rate_mismatch", "table",
         "\t106.80\n\t97.09%", "\t106.80\n\t97.90%",
         "97.90%", "2020 row: 106.80 / 110.00 = 97.09%, stated 97.90%"),
        ("average_mismatch", "prose",
         "平均每次出动133人次", "平均每次出动143人次",
         "平均每次出动143人次", "1064 person-times / 8 tasks = 133, stated 143"),
        ("weight_sum_mismatch", "table",
         "\t8次\n\t10\n\t10\n", "\t8次\n\t12\n\t10\n",
         "8次\n\t12", "weights 20 + 45 + 27 + 10 = 102 (参与抢险救灾 row 12 instead of 10; 20 + 80 stated)"),
    ],
    "gx-dahua-renwubu-2023": [
        ("score_exceeds_weight", "table",
         "| 95.06% | 9.51 |", "| 95.06% | 10.51 |",
         "10.51", "execution score 10.51 above its weight of 10 (民兵军事训练经费)"),
        ("average_mismatch", "table",
         "| — | 94.00 | — |", "| — | 94.50 | — |",
         "94.50", "(96.5 + 92 + 98 + 89.5) / 4 = 94.00, stated 94.50"),
        ("grade_mismatch", "table",
         "| 89.5 | 良 |", "| 89.5 | 优 |",
         "89.5 | 优", "89.5 is in the 良 band (80 <= s < 90)"),
        ("weight_sum_mismatch", "table",
         "| 98.60% | 5 | 5 |", "| 98.60% | 6 | 5 |",
         "98.60% | 6", "weights now add to 101, stated 合计 100"),
        ("implausible_rate", "prose",
         "新兵家长满意度97.6%", "新兵家长满意度107.6%",
         "满意度107.6%", "a satisfaction rate above 100%"),
        ("sum_mismatch", "prose",
         "具体为征兵工作经费96.00万元", "具体为征兵工作经费69.00万元",
         "征兵工作经费69.00万元", "69.00 + 98.00 + 24.60 + 15.00 = 206.60, stated 项目支出 233.60 (and 69.00 + 18.00 != 114.00)"),
    ],
    "sc-ganluo-tijian-2018": [
        ("balance_mismatch", "prose",
         "年末结余3.15万元", "年末结余3.51万元",
         "年末结余3.51万元", "50.00 - 46.85 = 3.15, stated 3.51"),
        ("grade_mismatch", "prose",
         "评价等级为良。", "评价等级为优。",
         "评价等级为优", "88.47 is in the 良 band"),
        ("conflicting_values", "table",
         "人    72    15", "人    74    15",
         "人    74", "the table says 74 recruits, the text 定兵72人 (and 102.86% = 72/70)"),
        ("unit_mismatch", "table",
         "元    550    5", "元    100%    5",
         "元    100%", "cost row: target 550 in 元, actual given as 100%"),
        ("year_mismatch", "prose",
         "截至2018年12月31日", "截至2019年12月31日",
         "截至2019年12月31日", "figures of the 2018 report dated to the end of 2019"),
        ("rate_mismatch", "table",
         "38.85    —  92.50%", "38.85    —  95.20%",
         "95.20%", "county funds: 38.85 / 42.00 = 92.50%, stated 95.20%"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = src + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(EDITS[src], 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit("%s e%d: old string occurs %d times: %r" % (src, i, n, old))
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit("%s e%d: value %r not in the error case" % (src, i, value))
            name = "%s-e%d.txt" % (src, i)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
