#!/usr/bin/env python3
"""Build the n411 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft. Every error case
carries exactly one labelled slip; `value` is a short substring of the error case around the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ah-guangde-jicaijieyu-2020",
    "hb-dangyang-jijinjianguan-2022",
    "sc-chongzhou-haocaijieyu-2023",
    "sx-gaoping-jicaijianguan-2021",
    "fj-jianou-ybjbumen-2024",
]

# (project, suffix, where, old, new, code, value, explanation)
EDITS = [
    # ---- 广德 2020 (Anhui, MOF outline)
    ("ah-guangde-jicaijieyu-2020", "e1", "table",
     "｜11.24｜89.92%｜", "｜11.24｜88.92%｜",
     "rate_mismatch", "11.24｜88.92%",
     "funds table, 上级补助资金 row: 11.24 / 12.50 = 89.92%, stated 88.92%"),
    ("ah-guangde-jicaijieyu-2020", "e2", "prose",
     "第二批32个", "第二批23个",
     "sum_mismatch", "第二批23个",
     "25 + 23 + 55 = 103, stated 共112个 (the second batch had 32 products)"),
    ("ah-guangde-jicaijieyu-2020", "e3", "prose",
     "年末结余2.14万元", "年末结余2.41万元",
     "balance_mismatch", "年末结余2.41万元",
     "all 50.50 received, 48.36 spent: balance 2.14, stated 2.41"),
    ("ah-guangde-jicaijieyu-2020", "e4", "table",
     "53.4%｜10｜10｜—\n效益指标｜社会效益指标｜减轻参保患者用药负担｜有效减轻｜达成年度指标｜10｜9｜",
     "53.4%｜10｜11｜—\n效益指标｜社会效益指标｜减轻参保患者用药负担｜有效减轻｜达成年度指标｜10｜8｜",
     "score_exceeds_weight", "53.4%｜10｜11",
     "中选药品平均降价幅度 scored 11 against a weight of 10 (the next row lowered 9 -> 8, still in the achieved band, so the total still reads 95.50)"),
    ("ah-guangde-jicaijieyu-2020", "e5", "table",
     "｜9.58｜优\n", "｜9.58｜良\n",
     "grade_mismatch", "9.58｜良",
     "total 95.50 is in the 优 band (>= 90), the 合计 row of the funds table says 良"),
    ("ah-guangde-jicaijieyu-2020", "e6", "prose",
     "已按规定结转至2021年继续使用", "已按规定结转至2020年继续使用",
     "year_mismatch", "结转至2020年",
     "money left at the end of the 2020 budget year cannot be carried over to 2020 itself"),

    # ---- 当阳 2022 (Hubei, 20 + 80 scoring)
    ("hb-dangyang-jijinjianguan-2022", "e1", "prose",
     "其对检查工作的满意度为92.7%", "其对检查工作的满意度为102.7%",
     "implausible_rate", "满意度为102.7%",
     "a satisfaction rate cannot exceed 100%"),
    ("hb-dangyang-jijinjianguan-2022", "e2", "prose",
     "定点零售药店83.12万元", "定点零售药店831200万元",
     "unit_mismatch", "831200万元",
     "the pharmacy part (831,200元 = 83.12万元) written with the unit 万元: 403.15 + 83.12 = 486.27 only after rescaling by 10^4"),
    ("hb-dangyang-jijinjianguan-2022", "e3", "table",
     "｜≤60天｜42天｜6｜6｜", "｜≤60天｜42天｜8｜6｜",
     "weight_sum_mismatch", "42天｜8｜6",
     "举报线索办结时限 weight raised from 6 to 8: the weights now total 102 (产出 42, 20 + 82 in the Hubei split) against the 100 in the 合计 row"),
    ("hb-dangyang-jijinjianguan-2022", "e4", "table",
     "｜100｜94.94｜", "｜100｜94.49｜",
     "score_sum_mismatch", "100｜94.49",
     "row scores add up to 94.94 (19.10 + 39.84 + 26 + 10), 合计 row says 94.49"),
    ("hb-dangyang-jijinjianguan-2022", "e5", "prose",
     "完成率109.29%", "完成率109.92%",
     "completion_mismatch", "完成率109.92%",
     "341 / 312 = 109.29%, stated 109.92%"),
    ("hb-dangyang-jijinjianguan-2022", "e6", "prose",
     "本年度全年追回医保基金486.27万元", "本年度全年追回医保基金468.27万元",
     "conflicting_values", "追回医保基金468.27万元",
     "the conclusion gives 468.27万元 recovered, section 四(二) and the table give 486.27万元 (403.15 + 83.12)"),

    # ---- 崇州 2023 (Sichuan layout)
    ("sc-chongzhou-haocaijieyu-2023", "e1", "prose",
     "节约率71.31%", "节约率73.11%",
     "rate_mismatch", "节约率73.11%",
     "3,272.40 / 4,589.20 = 71.31%, stated 73.11%"),
    ("sc-chongzhou-haocaijieyu-2023", "e2", "table",
     "｜91｜64.18", "｜91｜61.48",
     "sum_mismatch", "91｜61.48",
     "186.42 + 127.30 + 61.48 + 50.75 = 425.95, 合计 row says 428.65"),
    ("sc-chongzhou-haocaijieyu-2023", "e3", "table",
     "｜类｜14｜", "｜类｜116.67%｜",
     "unit_mismatch", "类｜116.67%",
     "中选耗材落地品类: target 12 in 类, actual given as a percentage (the completion 14/12 pasted into the actual cell)"),
    ("sc-chongzhou-haocaijieyu-2023", "e4", "table",
     "｜年度｜2023年", "｜年度｜2022年",
     "year_mismatch", "年度｜2022年",
     "the self-evaluation table claims 2022 while the report and every budget figure are for 2023 (2022年度 is only the assessment year of the 结余留用)"),
    ("sc-chongzhou-haocaijieyu-2023", "e5", "table",
     "达成年度指标｜10｜9｜—\n效益指标｜可持续影响指标｜医疗机构使用中选产品积极性｜定性｜持续提升｜—｜部分达成｜10｜7.5｜",
     "达成年度指标｜10｜10.5｜—\n效益指标｜可持续影响指标｜医疗机构使用中选产品积极性｜定性｜持续提升｜—｜部分达成｜10｜6｜",
     "score_exceeds_weight", "达成年度指标｜10｜10.5",
     "社会效益 row scored 10.5 against a weight of 10 (the next row lowered 7.5 -> 6, still in the partly-achieved band, so the total still reads 94.82)"),
    ("sc-chongzhou-haocaijieyu-2023", "e6", "prose",
     "平均得分92.5分", "平均得分93.5分",
     "average_mismatch", "平均得分93.5分",
     "(96 + 94 + 91 + 89) / 4 = 92.5, stated 93.5"),

    # ---- 高平 2021 (Shanxi layout, tab-separated tables)
    ("sx-gaoping-jicaijianguan-2021", "e1", "table",
     "\t103\t107.29%\t", "\t103\t107.92%\t",
     "completion_mismatch", "103\t107.92%",
     "现场检查定点医药机构: 103 / 96 = 107.29%, stated 107.92%"),
    ("sx-gaoping-jicaijianguan-2021", "e2", "table",
     "\t60.00\t0\t0\t84.44\t", "\t60.00\t0\t100\t84.44\t",
     "implausible_rate", "60.00\t0\t100\t84.44",
     "预算执行率 row (7): the 市级 column has a zero budget, yet shows an execution rate of 100"),
    ("sx-gaoping-jicaijianguan-2021", "e3", "prose",
     "结余33.12万元", "结余31.12万元",
     "balance_mismatch", "结余31.12万元",
     "82.50 - 49.38 = 33.12, stated 31.12"),
    ("sx-gaoping-jicaijianguan-2021", "e4", "prose",
     "评价等级为良好", "评价等级为优秀",
     "grade_mismatch", "评价等级为优秀",
     "total 88.91 is in the 良 band (80 <= s < 90)"),
    ("sx-gaoping-jicaijianguan-2021", "e5", "prose",
     "全年现场检查定点医药机构103家", "全年现场检查定点医药机构108家",
     "conflicting_values", "定点医药机构108家",
     "the analysis says 108 institutions were inspected, the output table says 103 (completion 107.29% of 96)"),
    ("sx-gaoping-jicaijianguan-2021", "e6", "prose",
     "定点零售药店18.75万元", "定点零售药店187500万元",
     "unit_mismatch", "187500万元",
     "the pharmacy part (187,500元 = 18.75万元) written with the unit 万元: 109.65 + 18.75 = 128.40 only after rescaling by 10^4"),

    # ---- 建瓯 2024 (Fujian, 部门整体支出)
    ("fj-jianou-ybjbumen-2024", "e1", "table",
     "平均分｜92.37", "平均分｜92.73",
     "average_mismatch", "平均分｜92.73",
     "(93.50 + 96.20 + 87.40) / 3 = 92.37, stated 92.73"),
    ("fj-jianou-ybjbumen-2024", "e2", "prose",
     "得分合计92.11分", "得分合计92.71分",
     "score_sum_mismatch", "得分合计92.71分",
     "the indicator scores add up to 92.11, stated 92.71"),
    ("fj-jianou-ybjbumen-2024", "e3", "table",
     "93.5%｜5｜5", "93.5%｜6｜5",
     "weight_sum_mismatch", "93.5%｜6｜5",
     "参保群众满意度 weight 6: the weights now total 101"),
    ("fj-jianou-ybjbumen-2024", "e4", "table",
     "65.10｜84.77%", "65.10｜87.47%",
     "rate_mismatch", "65.10｜87.47%",
     "医保信息平台运维: 65.10 / 76.80 = 84.77%, stated 87.47%"),
    ("fj-jianou-ybjbumen-2024", "e5", "table",
     "合计｜612.40｜", "合计｜621.40｜",
     "sum_mismatch", "合计｜621.40",
     "年初预算 column: 486.20 + 38.50 + 23.70 + 64.00 = 612.40, 合计 row says 621.40 (and 621.40 + 48.60 + 12.80 is not 673.80)"),
    ("fj-jianou-ybjbumen-2024", "e6", "prose",
     "完成率108.09%", "完成率108.90%",
     "completion_mismatch", "完成率108.90%",
     "147 / 136 = 108.09%, stated 108.90%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, suffix, where, old, new, code, value, expl) in EDITS:
            if p != pid:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit("%s-%s: old text matches %d times" % (pid, suffix, n))
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit("%s-%s: value not in case" % (pid, suffix))
            name = "%s-%s.txt" % (pid, suffix)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases" % len(labels))


if __name__ == "__main__":
    main()
