#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts and the edit list below.
Each edit: (project, n, code, old, new, value, where, explanation). `old` must occur exactly once in the clean draft."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); C = os.path.join(HERE, "cases")
P1, P2, P3, P4, P5 = ("guyuan-cunjizhandian-2019", "enshi-youzhengju-bumen-2021", "linyi-pubianfuwu-2022",
                      "guangyuan-sanjiwuliu-2024", "suihua-kuaidijincun-2025")
EDITS = [
 (P1, 1, "rate_mismatch", "<td>94.35%</td>", "<td>93.45%</td>", "93.45%", "table (funds block)", "175.50/186.00 = 94.35%, stated 93.45%"),
 (P1, 2, "balance_mismatch", "结余10.50万元", "结余11.50万元", "结余11.50万元", "prose §二", "186.00 - 175.50 = 10.50, stated 11.50"),
 (P1, 3, "sum_mismatch", "市级配套资金</td><td>20.00", "市级配套资金</td><td>26.00", "26.00", "table (funds block, 年初 column)", "年初 components 120.00+40.00+26.00+0.00 = 186.00, total 180.00"),
 (P1, 4, "score_sum_mismatch", "<td>15</td><td>14.42</td>", "<td>15</td><td>14.92</td>", "14.92", "table (村级站点持续运营率 score)", "row scores now add to 99.36, stated total 98.86"),
 (P1, 5, "grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”", "prose §五", "98.86 is in the 优 band (>=90)"),
 (P1, 6, "implausible_rate", "0.00</td><td>—</td><td>—</td><td>—</td></tr>", "0.00</td><td>—</td><td>100.00%</td><td>—</td></tr>", "100.00%", "table (上年结转 row)", "rate 100.00% printed on a 0.00 budget (zero base)"),
 (P2, 1, "score_exceeds_weight", "10\n\t\n\n\t\n\t\n\t村点补助数\n\t≥150个\n\t146个\n\t10\n\t9.73", "10.27\n\t\n\n\t\n\t\n\t村点补助数\n\t≥150个\n\t146个\n\t10\n\t9.46", "10.27", "table (监督检查次数 score; next row lowered so the total still holds)", "score 10.27 above weight 10 (村级寄递点 row lowered 9.73 -> 9.46, sum unchanged)"),
 (P2, 2, "weight_sum_mismatch", "普遍服务营业场所达标率\n\t≥98%\n\t99.1%\n\t10", "普遍服务营业场所达标率\n\t≥98%\n\t99.1%\n\t12", "普遍服务营业场所达标率\n\t≥98%\n\t99.1%\n\t12", "table (weight)", "weights now total 102, stated 100"),
 (P2, 3, "average_mismatch", "季度平均311件", "季度平均318件", "季度平均318件", "prose §三(二)", "(312+287+301+344)/4 = 311, stated 318"),
 (P2, 4, "conflicting_values", "安排快递进村补助资金120.00万元", "安排快递进村补助资金102.00万元", "102.00万元", "prose §三(一)", "快递进村补助资金 is 120.00万元 in §二 (and sums to 237.20), 102.00 here"),
 (P2, 5, "unit_mismatch", "≥120次\n\t136次", "≥120次\n\t100%", "≥120次\n\t100%", "table (监督检查次数 actual)", "target in 次, actual in %"),
 (P2, 6, "year_mismatch", "结转至2022年", "结转至2021年", "结转至2021年", "prose §二", "2021 report: carry-over must go to a later year than 2021"),
 (P3, 1, "completion_mismatch", "103.79%", "103.97%", "103.97%", "table (邮件妥投率 完成率)", "98.6/95 = 103.79%, stated 103.97%"),
 (P3, 2, "rate_mismatch", "97.00\t85.78", "97.00\t87.58", "87.58", "funds table (市级 执行率)", "38.60/45.00 = 85.78%, stated 87.58"),
 (P3, 3, "sum_mismatch", "(1)\t385.00\t260.00", "(1)\t385.00\t206.00", "206.00", "funds table (年初 中央)", "206.00+80.00+45.00 = 331.00, 合计 385.00"),
 (P3, 4, "score_exceeds_weight", "145个\t103.57%\t10\t10\t\n\t\t邮件投递频次\t≥5次/周\t5次/周\t100.00%\t10\t10", "145个\t103.57%\t10\t10.5\t\n\t\t邮件投递频次\t≥5次/周\t5次/周\t100.00%\t10\t9.5", "10.5", "table (村邮站运营补助数 score; next row lowered so the total still holds)", "score 10.5 above weight 10 (邮件投递频次 lowered 10 -> 9.5, sum unchanged)"),
 (P3, 5, "unit_mismatch", "计43.50万元", "计435000万元", "435000万元", "prose (spending detail)", "145 x 0.30 = 43.50万元; 435000 is the 元 figure labelled 万元 (sum 382.05 also reconciles after /10^4)"),
 (P3, 6, "year_mismatch", "截至2022年12月31日", "截至2023年12月31日", "截至2023年12月31日", "prose §一(二)", "2022 report, spending stated as at 2023-12-31"),
 (P4, 1, "balance_mismatch", "结余23.16万元", "结余21.36万元", "结余21.36万元", "prose §二(一)", "300.00 - 276.84 = 23.16, stated 21.36"),
 (P4, 2, "score_sum_mismatch", "18个｜90.00%｜10｜9｜", "18个｜90.00%｜10｜9.5｜", "9.5", "table (乡镇快递服务站 score)", "row scores now add to 97.58, stated 97.08"),
 (P4, 3, "weight_sum_mismatch", "105.26%｜5｜5", "105.26%｜8｜5", "105.26%｜8｜5", "table (站点验收合格率 weight)", "weights now total 103, stated 100"),
 (P4, 4, "grade_mismatch", "等级为“优秀”", "等级为“良好”", "等级为“良好”", "prose §四", "97.08 is in the 优 band"),
 (P4, 5, "conflicting_values", "全年建成村级寄递物流综合服务点86个", "全年建成村级寄递物流综合服务点68个", "服务点68个", "prose §三(一)", "table and spending detail give 86 points"),
 (P4, 6, "completion_mismatch", "92.31%", "108.33%", "108.33%", "table (投递时限, lte)", "lte missed: 48/52 = 92.31%, stated 108.33% (A/T)"),
 (P5, 1, "implausible_rate", "回访满意率97.5%", "回访满意率107.5%", "回访满意率107.5%", "prose §四", "a satisfaction rate above 100%"),
 (P5, 2, "average_mismatch", "季度平均68.10万件", "季度平均68.01万件", "季度平均68.01万件", "prose §四", "272.4/4 = 68.10, stated 68.01"),
 (P5, 3, "rate_mismatch", "95.07%", "95.70%", "95.70%", "funds table (中央 执行率)", "142.60/150.00 = 95.07%, stated 95.70%"),
 (P5, 4, "sum_mismatch", "省级资金          50.00", "省级资金          55.00", "55.00", "funds table (年初 省级)", "150.00+55.00+20.00+12.40 = 237.40, 年初合计 232.40"),
 (P5, 5, "completion_mismatch", "102.53%", "102.35%", "102.35%", "table (覆盖率 完成率)", "97.4/95 = 102.53%, stated 102.35%"),
 (P5, 6, "year_mismatch", "结转至2026年", "结转至2025年", "结转至2025年", "prose §二", "2025 report: carry-over must go to a later year"),
]
PROJECTS = [P1, P2, P3, P4, P5]

def main():
    labels = []
    for p in PROJECTS:
        clean = open(os.path.join(C, p + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": p + "-clean.txt", "source": p, "clean": True, "expected": []})
        for (proj, n, code, old, new, value, where, expl) in EDITS:
            if proj != p: continue
            assert clean.count(old) == 1, (p, n, old)
            text = clean.replace(old, new)
            name = f"{p}-e{n}.txt"
            open(os.path.join(C, name), "w", encoding="utf-8").write(text)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")

if __name__ == "__main__":
    main()
