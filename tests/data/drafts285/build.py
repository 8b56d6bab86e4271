#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts285 from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Each error case gets exactly one edit.  `labels` lists what a checker is expected to report;
the first label is the injected error, a second one (only for score_exceeds_weight) is the
unavoidable arithmetic consequence of the same single change (the rows no longer add up to
the stated total).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yongxiu-jiaofeibutie-2021",
    "ceheng-gaolingjintie-2023",
    "lingshou-beizhengdi-2019",
    "zhangwu-jingbanfuwu-2022",
    "shawan-zigerenzheng-2024",
]

T = "\t"

# (source, case suffix, where, old, new, labels[(code, value, explanation)])
EDITS = [
    # ---------------- yongxiu (Jiangxi, 2021, flattened cells) ----------------
    ("yongxiu-jiaofeibutie-2021", "e1", "prose",
     "92.6%、94.1%、93.0%、94.3%，平均93.5%",
     "92.6%、94.1%、95.0%、94.3%，平均93.5%",
     [("average_mismatch", "92.6%、94.1%、95.0%、94.3%，平均93.5%",
       "(92.6 + 94.1 + 95.0 + 94.3) / 4 = 94.0, stated average 93.5%")]),
    ("yongxiu-jiaofeibutie-2021", "e2", "table",
     T + "13.2%\n" + T + "10\n" + T + "8.80",
     T + "13.2%\n" + T + "9\n" + T + "8.80",
     [("weight_sum_mismatch", "13.2%\n" + T + "9\n" + T + "8.80",
       "weight of 200元及以上档次缴费人数占比 typed 9 instead of 10: weights now total 99 (效益 block 29)")]),
    ("yongxiu-jiaofeibutie-2021", "e3", "prose",
     "年末结余16.18万元",
     "年末结余16.81万元",
     [("balance_mismatch", "年末结余16.81万元",
       "580.00 - 563.82 = 16.18, stated 16.81 (digits transposed)")]),
    ("yongxiu-jiaofeibutie-2021", "e4", "table",
     "其他资金\n" + T + "0\n" + T + "0\n" + T + "0\n" + T + "—\n" + T + "—\n",
     "其他资金\n" + T + "0\n" + T + "0\n" + T + "0\n" + T + "—\n" + T + "100%\n",
     [("implausible_rate", "其他资金\n" + T + "0\n" + T + "0\n" + T + "0\n" + T + "—\n" + T + "100%",
       "其他资金 has a 0 budget and 0 spending, yet its 执行率 cell reads 100%: a rate on a zero base")]),
    ("yongxiu-jiaofeibutie-2021", "e5", "prose",
     "结余资金结转至2022年继续用于缴费补贴",
     "结余资金结转至2021年继续用于缴费补贴",
     [("year_mismatch", "结转至2021年",
       "the unspent part of the 2021 budget cannot be carried over into 2021 itself (should be 2022)")]),
    ("yongxiu-jiaofeibutie-2021", "e6", "prose",
     "完成年度目标的105.83%",
     "完成年度目标的108.53%",
     [("completion_mismatch", "完成年度目标的108.53%",
       "困难群体代缴 1.27万人 against ≥1.2万人 = 105.83%, stated 108.53%")]),

    # ---------------- ceheng (Guizhou, 2023, tab-separated web table) ----------------
    ("ceheng-gaolingjintie-2023", "e1", "prose",
     "季均发放67.53万元",
     "季均发放67.35万元",
     [("average_mismatch", "季均发放67.35万元",
       "(67.86 + 67.42 + 67.55 + 67.29) / 4 = 67.53, stated 67.35")]),
    ("ceheng-gaolingjintie-2023", "e2", "prose",
     "100周岁及以上9人，发放3.24万元",
     "100周岁及以上9人，发放32400万元",
     [("unit_mismatch", "32400万元",
       "the 32400元 (9人 × 300元 × 12月) written with the unit 万元: off by 10^4; 216.72 + 50.16 + 3.24 = 270.12")]),
    ("ceheng-gaolingjintie-2023", "e3", "table",
     "发放对象认定准确率\t100%\t100%\t5\t5",
     "发放对象认定准确率\t100%\t100%\t5\t10",
     [("score_exceeds_weight", "发放对象认定准确率\t100%\t100%\t5\t10",
       "score 10 above the row weight 5"),
      ("score_sum_mismatch", "99.74",
       "consequence of the same cell: the row scores now add to 104.74, stated total 99.74")]),
    ("ceheng-gaolingjintie-2023", "e4", "table",
     "高龄老人及家属满意度\t≥90%\t95.5%",
     "高龄老人及家属满意度\t≥90%\t96.5%",
     [("conflicting_values", "高龄老人及家属满意度\t≥90%\t96.5%",
       "satisfaction is 95.5% in the text (298 of 312 questionnaires), 96.5% in the table")]),
    ("ceheng-gaolingjintie-2023", "e5", "table",
     "附件：项目支出绩效自评表（2023年度）",
     "附件：项目支出绩效自评表（2022年度）",
     [("year_mismatch", "项目支出绩效自评表（2022年度）",
       "the 2023 report attaches a table titled for 2022")]),
    ("ceheng-gaolingjintie-2023", "e6", "prose",
     "自评得分99.74分，评价等级为优",
     "自评得分99.74分，评价等级为良",
     [("grade_mismatch", "评价等级为良",
       "99.74 is in the 优 band (90-100)")]),

    # ---------------- lingshou (Hebei, 2019, PDF text, space-separated table) ----------------
    ("lingshou-beizhengdi-2019", "e1", "prose",
     "资金到位率92.68%",
     "资金到位率92.86%",
     [("rate_mismatch", "资金到位率92.86%",
       "到位 760.00 / 全年预算 820.00 = 92.68%, stated 92.86%")]),
    ("lingshou-beizhengdi-2019", "e2", "prose",
     "已到位未使用资金35.08万元",
     "已到位未使用资金35.80万元",
     [("balance_mismatch", "已到位未使用资金35.80万元",
       "到位 760.00 - 支出 724.92 = 35.08, stated 35.80")]),
    ("lingshou-beizhengdi-2019", "e3", "prose",
     "享受待遇补差685人，完成目标的105.38%",
     "享受待遇补差685人，完成目标的103.58%",
     [("completion_mismatch", "完成目标的103.58%",
       "685人 against ≥650人 = 105.38%, stated 103.58%")]),
    ("lingshou-beizhengdi-2019", "e4", "table",
     "新增被征地农民参保人数 ≥1000人 1126人 15 15",
     "新增被征地农民参保人数 ≥1000人 112.6% 15 15",
     [("unit_mismatch", "≥1000人 112.6%",
       "target in 人, actual typed as a percentage (the completion rate) in the 实际完成值 column")]),
    ("lingshou-beizhengdi-2019", "e5", "table",
     "征地批复后参保办理时限 ≤90天 102天 5 4.41",
     "征地批复后参保办理时限 ≤90天 102天 10 4.41",
     [("weight_sum_mismatch", "102天 10 4.41",
       "weight of the 时效 row typed 10 instead of 5: weights now total 105")]),
    ("lingshou-beizhengdi-2019", "e6", "table",
     "新增参保1126人，待遇补差685人，补贴全部足额记账",
     "新增参保1126人，待遇补差658人，补贴全部足额记账",
     [("conflicting_values", "待遇补差658人",
       "待遇补差 is 685人 in the text and in the indicator row, 658人 in the goal row of the table")]),

    # ---------------- zhangwu (Liaoning, 2022, ｜-separated table) ----------------
    ("zhangwu-jingbanfuwu-2022", "e1", "prose",
     '综合得分89.40分，评价等级为"良"',
     '综合得分89.40分，评价等级为"优"',
     [("grade_mismatch", '评价等级为"优"',
       "89.40 is in the 良 band (80 <= s < 90)")]),
    ("zhangwu-jingbanfuwu-2022", "e2", "prose",
     "产出指标得分49.65分",
     "产出指标得分49.56分",
     [("score_sum_mismatch", "产出指标得分49.56分，效益指标得分21.37分，满意度指标得分9.83分，综合得分89.40分",
       "8.55 + 49.56 + 21.37 + 9.83 = 89.31, stated 89.40 (the table rows give 产出 49.65)")]),
    ("zhangwu-jingbanfuwu-2022", "e3", "prose",
     "档案数字化及政策宣传13.84万元",
     "档案数字化及政策宣传13.48万元",
     [("sum_mismatch", "档案数字化及政策宣传13.48万元",
       "44.16 + 22.00 + 13.48 = 79.64, stated 全年预算 80.00")]),
    ("zhangwu-jingbanfuwu-2022", "e4", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     [("implausible_rate", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
       "an execution rate of 100% on a zero carry-over base")]),
    ("zhangwu-jingbanfuwu-2022", "e5", "table",
     "｜2022年12月31日前｜2022年12月20日｜",
     "｜2022年12月31日前｜2022年12月26日｜",
     [("conflicting_values", "2022年12月26日",
       "the text says the annual certification was finished on 2022年12月20日, the table 2022年12月26日")]),
    ("zhangwu-jingbanfuwu-2022", "e6", "prose",
     "资格认证及信息系统运维17.45万元，执行率79.32%",
     "资格认证及信息系统运维17.45万元，执行率79.23%",
     [("rate_mismatch", "执行率79.23%",
       "17.45 / 22.00 = 79.32%, stated 79.23%")]),

    # ---------------- shawan (Xinjiang, 2024, flattened cells with 完成率) ----------------
    ("shawan-zigerenzheng-2024", "e1", "table",
     "99.30%\n" + T + "101.33%",
     "99.30%\n" + T + "100.33%",
     [("completion_mismatch", "99.30%\n" + T + "100.33%",
       "认证覆盖率 99.30% against ≥98% = 101.33%, stated 100.33%")]),
    ("shawan-zigerenzheng-2024", "e2", "table",
     "12台\n" + T + "12台\n" + T + "100%\n" + T + "5\n" + T + "5\n",
     "12台\n" + T + "12台\n" + T + "100%\n" + T + "5\n" + T + "10\n",
     [("score_exceeds_weight", "100%\n" + T + "5\n" + T + "10",
       "购置认证终端: score 10 above the row weight 5"),
      ("score_sum_mismatch", "98.54",
       "consequence of the same cell: the row scores now add to 103.54, stated total 98.54")]),
    ("shawan-zigerenzheng-2024", "e3", "prose",
     "刷脸认证8934人",
     "刷脸认证8394人",
     [("sum_mismatch", "刷脸认证8394人",
       "20857 + 8394 + 2380 + 936 = 32567, not the 33107 certified")]),
    ("shawan-zigerenzheng-2024", "e4", "prose",
     "效益指标得分29分",
     "效益指标得分28分",
     [("score_sum_mismatch", "效益指标得分28分，满意度指标得分10分，自评总得分98.54分",
       "9.54 + 50 + 28 + 10 = 97.54, stated 98.54 (the table rows give 效益 29)")]),
    ("shawan-zigerenzheng-2024", "e5", "table",
     T + "95.40%\n" + T + "9.54",
     T + "95.04%\n" + T + "9.54",
     [("rate_mismatch", "95.04%",
       "全年执行数 46.27 / 全年预算数 48.50 = 95.40%, the table row prints 95.04%")]),
    ("shawan-zigerenzheng-2024", "e6", "table",
     "≤2万元\n" + T + "1.36万元",
     "≤2万元\n" + T + "13600万元",
     [("unit_mismatch", "13600万元",
       "当年新增冒领金额 13600元 written with the unit 万元 (text: 1.36万元): off by 10^4")]),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, where, old, new, labs) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({
                "case": name, "source": src, "clean": False,
                "expected": [{"code": c, "severity": "error", "value": v, "explanation": e}
                             for (c, v, e) in labs],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels, {sum(1 for l in labels if not l['clean'])} error cases")


if __name__ == "__main__":
    main()
