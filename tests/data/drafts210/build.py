#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts210 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose or in a table (for the README balance only).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "xuzhou-susongfuwu-2022",
    "yanjin-sifajiuzhu-2021",
    "duyun-zhihuifayuan-2023",
    "zhenxing-anjianpingcha-2020",
    "yangpu-zhibanlvshi-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 宜宾市叙州区人民法院 诉讼服务中心运行经费 2022 (Sichuan, tab-separated Word table)
    ("xuzhou-susongfuwu-2022", 1, "rate_mismatch", "prose",
     "预算执行率96.00%", "预算执行率96.60%", "预算执行率96.60%",
     "93.12 / 97.00 = 96.00%, the text says 96.60% (the table still reads 96.00%)"),
    ("xuzhou-susongfuwu-2022", 2, "sum_mismatch", "prose",
     "查询类1102个", "查询类1120个", "查询类1120个",
     "12368 calls: 2630 + 1120 + 483 = 4233, stated total 4215 (digits of 1102 transposed)"),
    ("xuzhou-susongfuwu-2022", 3, "score_exceeds_weight", "table",
     "健全\t15\t15\t\n\t满意度指标\t服务对象满意度指标\t当事人满意度\t≥\t95\t%\t93.5\t10\t9.84",
     "健全\t15\t9.84\t\n\t满意度指标\t服务对象满意度指标\t当事人满意度\t≥\t95\t%\t93.5\t10\t15",
     "93.5\t10\t15",
     "scores of the last two indicator rows swapped: 当事人满意度 scored 15 with 分值 10 (total 98.24 unchanged)"),
    ("xuzhou-susongfuwu-2022", 4, "completion_mismatch", "prose",
     "完成年度目标的92.00%", "完成年度目标的93.00%", "完成年度目标的93.00%",
     "诉前调解 1656 / 1800 = 92.00%, stated 93.00%"),
    ("xuzhou-susongfuwu-2022", 5, "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "execution figure of the 2022 evaluation dated 截至2021年12月31日"),
    ("xuzhou-susongfuwu-2022", 6, "unit_mismatch", "table",
     "万元\t93.12\t10\t10", "万元\t96%\t10\t10", "万元\t96%",
     "成本指标 target ≤97 万元, actual given as 96% (the execution rate) instead of 93.12万元"),

    # --- 延津县人民检察院 国家司法救助资金 2021 (Henan, PDF table flattened one cell per line)
    ("yanjin-sifajiuzhu-2021", 1, "balance_mismatch", "prose",
     "年末结余3.60万元", "年末结余3.06万元", "年末结余3.06万元",
     "50.40 − 46.80 = 3.60, stated 3.06"),
    ("yanjin-sifajiuzhu-2021", 2, "average_mismatch", "prose",
     "人均救助金额9176元", "人均救助金额9716元", "人均救助金额9716元",
     "46.80万元 / 51人 = 9176.47元, stated 9716元"),
    ("yanjin-sifajiuzhu-2021", 3, "score_sum_mismatch", "table",
     "\t100\n\t96.29", "\t100\n\t96.92", "96.92",
     "table scores 9.29+15+10+10+15+15+12+10 = 96.29, the 总分 row reads 96.92 (text still 96.29)"),
    ("yanjin-sifajiuzhu-2021", 4, "implausible_rate", "table",
     "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t—", "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100.00%",
     "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100.00%",
     "execution rate 100.00% on a 0.00 budget (其他资金 row)"),
    ("yanjin-sifajiuzhu-2021", 5, "conflicting_values", "table",
     "≥40件\n\t43件", "≥40件\n\t45件", "≥40件\n\t45件",
     "indicator row says 45 cases; text (29 + 14 = 43) and the goal row say 43"),
    ("yanjin-sifajiuzhu-2021", 6, "grade_mismatch", "prose",
     "自评等级为“优”", "自评等级为“良”", "自评等级为“良”",
     "96.29 is in the 优 band (≥ 90)"),

    # --- 都匀市人民法院 智慧法院信息化建设 2023 (Guizhou, web table with | cells)
    ("duyun-zhihuifayuan-2023", 1, "implausible_rate", "table",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | — |",
     "上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00%",
     "execution rate 100.00% on a zero 上年结转 budget"),
    ("duyun-zhihuifayuan-2023", 2, "weight_sum_mismatch", "table",
     "| 92.4% | 10 | 10 |", "| 92.4% | 15 | 10 |", "92.4% | 15 | 10",
     "satisfaction weight 15: 10 + 50 + 30 + 15 = 105, 总分 row says 100"),
    ("duyun-zhihuifayuan-2023", 3, "year_mismatch", "prose",
     "结转至2024年", "结转至2023年", "结转至2023年",
     "money unspent in 2023 cannot be carried over to 2023"),
    ("duyun-zhihuifayuan-2023", 4, "rate_mismatch", "table",
     "| 241.36 | 10 | 92.83% | 9.28 |", "| 241.36 | 10 | 92.38% | 9.28 |", "92.38%",
     "241.36 / 260.00 = 92.83%, 年度资金总额 row reads 92.38%"),
    ("duyun-zhihuifayuan-2023", 5, "sum_mismatch", "prose",
     "扣减资金10.64万元", "扣减资金10.46万元", "扣减资金10.46万元",
     "10.46 + 8.00 = 18.46, stated 未支付 18.64 (= 260.00 − 241.36)"),
    ("duyun-zhihuifayuan-2023", 6, "conflicting_values", "table",
     "| 97.3% | 10 | 10 |", "| 97.8% | 10 | 10 |", "97.8%",
     "电子卷宗随案同步生成率 97.8% in the indicator row, 97.3% in the text and the goal row"),

    # --- 丹东市振兴区人民检察院 案件质量评查专项经费 2020 (Liaoning, PDF text with space-aligned tables)
    ("zhenxing-anjianpingcha-2020", 1, "score_exceeds_weight", "table",
     "87.33%    13.10    疫情期间交叉评查暂停\n            数量指标    专项评查次数    10    ≥4次    3次    75.00%    7.50",
     "87.33%    7.50    疫情期间交叉评查暂停\n            数量指标    专项评查次数    10    ≥4次    3次    75.00%    13.10",
     "75.00%    13.10",
     "scores of two output rows swapped: 专项评查次数 scored 13.10 with 分值 10 (subtotal 44.93 unchanged)"),
    ("zhenxing-anjianpingcha-2020", 2, "completion_mismatch", "table",
     "86%    95.56%", "86%    86.00%", "86%    86.00%",
     "整改率 86% against ≥90%: completion 95.56%, the cell repeats the actual value"),
    ("zhenxing-anjianpingcha-2020", 3, "average_mismatch", "prose",
     "平均每组评查87.3件", "平均每组评查83.7件", "平均每组评查83.7件",
     "(92 + 88 + 82) / 3 = 87.3, stated 83.7"),
    ("zhenxing-anjianpingcha-2020", 4, "balance_mismatch", "table",
     "(5)=(3)-(4)    2.16          2.16", "(5)=(3)-(4)    2.61          2.61", "(5)=(3)-(4)    2.61",
     "(3) − (4) = 12.00 − 9.84 = 2.16, 资金结余 row reads 2.61"),
    ("zhenxing-anjianpingcha-2020", 5, "grade_mismatch", "prose",
     "评价等级为良", "评价等级为优", "评价等级为优",
     "89.91 is below 90: 良, not 优"),
    ("zhenxing-anjianpingcha-2020", 6, "unit_mismatch", "prose",
     "外聘评查专家劳务费3.12万元", "外聘评查专家劳务费31200万元", "31200万元",
     "31200元 (39人天 × 800元) written as 31200万元; 3.12 + 3.02 + 3.70 = 9.84 only with 3.12万元"),

    # --- 上海市杨浦区司法局 法律援助值班律师工作经费 2024 (Shanghai, web table with ｜ cells)
    ("yangpu-zhibanlvshi-2024", 1, "year_mismatch", "table",
     "（2024年度）", "（2023年度）", "（2023年度）",
     "自评表 header says 2023年度 in the 2024 report"),
    ("yangpu-zhibanlvshi-2024", 2, "weight_sum_mismatch", "table",
     "97.5%｜10｜10", "97.5%｜20｜10", "97.5%｜20｜10",
     "履职质量 weight 20: 10 + 60 + 30 + 10 = 110, 总分 row says 100"),
    ("yangpu-zhibanlvshi-2024", 3, "score_sum_mismatch", "prose",
     "自评得分99.41分", "自评得分99.14分", "自评得分99.14分",
     "9.86 + 9.55 + 10×4 + 15 + 15 + 10 = 99.41 (table total), text says 99.14"),
    ("yangpu-zhibanlvshi-2024", 4, "rate_mismatch", "prose",
     "执行率98.60%", "执行率98.06%", "执行率98.06%",
     "147.90 / 150.00 = 98.60%, text says 98.06%"),
    ("yangpu-zhibanlvshi-2024", 5, "conflicting_values", "prose",
     "全年为2640件认罪认罚", "全年为2604件认罪认罚", "全年为2604件",
     "2604 cases witnessed in 产出 text; 2640 in the table, the goal row and 2640件×200元=52.80万元"),
    ("yangpu-zhibanlvshi-2024", 6, "unit_mismatch", "table",
     "=500元/人天｜500元/人天", "=500元/人天｜100%", "=500元/人天｜100%",
     "target 500元/人天, actual given as 100%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in sorted(
                (e for e in EDITS if e[0] == pid), key=lambda e: e[1]):
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{p}-e{n}: old string matches {count} times")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{p}-e{n}: value {value!r} not in case")
            name = f"{p}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")


if __name__ == "__main__":
    main()
