#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt is copied six times; copy -eN gets exactly one
replacement old -> new from EDITS below. `old` must occur exactly once in the clean draft
(it carries enough context to be unique); `value` (the label) must occur exactly once in
the resulting error case and contain the changed figure. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hn-miluo-lndxbanxue-2022",
    "sx-qinyuan-sqlnjiaoyu-2020",
    "sc-quxian-lnjyxuexidian-2024",
    "hb-yidu-lndxyunzhuan-2018",
    "fj-nanping-laoniandaxue-bumen-2023",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- hn-miluo-lndxbanxue-2022 (Hunan, 老干部局, web page, MOF 附件1 browser copy) ----
    ("hn-miluo-lndxbanxue-2022", 1, "balance_mismatch", "prose",
     "余下的2.40万元", "余下的2.04万元", "余下的2.04万元",
     "全年预算84.35万元、资金全部到位，实际支出81.95万元，余下应为84.35 - 81.95 = 2.40万元，写成2.04万元"),
    ("hn-miluo-lndxbanxue-2022", 2, "year_mismatch", "prose",
     "结转至2023年继续使用", "结转至2022年继续使用", "结转至2022年",
     "2022年度预算的未支出部分只能结转到以后年度（2023年），不能结转至评价年度2022年本身"),
    ("hn-miluo-lndxbanxue-2022", 3, "unit_mismatch", "prose",
     "每生每学期50元的标准", "每生每学期50万元的标准", "每生每学期50万元",
     "3214人次 × 50元 = 160700元 = 16.07万元；写成50万元后乘积偏大10^4倍，按元改回即吻合，是单位错误"),
    ("hn-miluo-lndxbanxue-2022", 4, "score_sum_mismatch", "table",
     "1689人\t10\t10\t", "1689人\t10\t9\t", "1689人\t10\t9",
     "各行得分合计 9.72+10+9+9.8+5+15+10+9.2+10+10 = 97.72，与表中总分和正文的98.72分不符"),
    ("hn-miluo-lndxbanxue-2022", 5, "rate_mismatch", "table",
     "77.60\t—\t97.00%", "77.60\t—\t96.00%", "77.60\t—\t96.00%",
     "当年财政拨款行 77.60 / 80.00 = 97.00%，表中写96.00%"),
    ("hn-miluo-lndxbanxue-2022", 6, "grade_mismatch", "prose",
     "等级为“优”", "等级为“良”", "等级为“良”",
     "自评得分98.72分在90分（含）以上，应为“优”"),

    # ---- sx-qinyuan-sqlnjiaoyu-2020 (Shanxi, 教育局, Word tables with 行次, bookmarks) ----
    ("sx-qinyuan-sqlnjiaoyu-2020", 1, "rate_mismatch", "table",
     "\t0\n\t88.53\n", "\t0\n\t85.53\n", "85.53",
     "预算执行率行县区级列 (7)=(4)/(2) = 26.56 / 30.00 = 88.53%，表中写85.53"),
    ("sx-qinyuan-sqlnjiaoyu-2020", 2, "implausible_rate", "table",
     "(6)=(3)/(2)\n\t100\n\t100\n\t0\n", "(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100",
     "预算到位率行中央级列：中央级全年预算和到位数均为空（0），零基数上不能有100%的到位率"),
    ("sx-qinyuan-sqlnjiaoyu-2020", 3, "completion_mismatch", "table",
     "\t26门\n\t130%\n", "\t26门\n\t120%\n", "26门\n\t120%",
     "线上课程开设门数：目标≥20门，实际26门，完成率应为26/20 = 130%，表中写120%"),
    ("sx-qinyuan-sqlnjiaoyu-2020", 4, "sum_mismatch", "table",
     "(1)\n\t42.00\n\t42.00\n\t\n\t12.00\n", "(1)\n\t42.00\n\t42.00\n\t\n\t13.00\n", "13.00",
     "年初预算资金行：财政资金小计42.00 ≠ 省级13.00 + 县区级30.00 = 43.00（原为12.00；且12 + 省级追加3 = 全年省级15）"),
    ("sx-qinyuan-sqlnjiaoyu-2020", 5, "weight_sum_mismatch", "table",
     "资金拨付及时率\n\t5\n", "资金拨付及时率\n\t6\n", "资金拨付及时率\n\t6",
     "附件1各指标权重合计 10+10+10+10+10+6+5+15+15+10 = 101，不等于100（合计行也写100）"),
    ("sx-qinyuan-sqlnjiaoyu-2020", 6, "average_mismatch", "prose",
     "平均每点服务427.5人次", "平均每点服务472.5人次", "平均每点服务472.5人次",
     "参训5130人次 / 12个教学点 = 427.5人次，写成472.5"),

    # ---- sc-quxian-lnjyxuexidian-2024 (Sichuan, 教育局, Sichuan outline, PDF table) ----
    ("sc-quxian-lnjyxuexidian-2024", 1, "conflicting_values", "prose",
     "注册老年学员4215人", "注册老年学员4125人", "注册老年学员4125人",
     "正文写线上平台注册老年学员4125人，自评表实际完成值为4215人，同一数量两个数值"),
    ("sc-quxian-lnjyxuexidian-2024", 2, "sum_mismatch", "table",
     "年度资金总额 122.00", "年度资金总额 112.00", "年度资金总额 112.00",
     "年初预算数列：财政资金120.00 + 财政专户0.00 + 单位资金0.00 + 其他资金2.00 = 122.00，总额写112.00"),
    ("sc-quxian-lnjyxuexidian-2024", 3, "completion_mismatch", "prose",
     "完成率114.44%", "完成率104.44%", "完成率104.44%",
     "送教下乡课程目标360场次，实际412场次，完成率 412/360 = 114.44%，写成104.44%"),
    ("sc-quxian-lnjyxuexidian-2024", 4, "year_mismatch", "table",
     "（2024年度）", "（2023年度）", "（2023年度）",
     "报告标题为2024年度，所附自评表写2023年度：同一报告两个评价年度"),
    ("sc-quxian-lnjyxuexidian-2024", 5, "implausible_rate", "prose",
     "线上课程满意率97.3%", "线上课程满意率107.3%", "线上课程满意率107.3%",
     "满意率不可能超过100%"),
    ("sc-quxian-lnjyxuexidian-2024", 6, "sum_mismatch", "prose",
     "社区教育示范补助6.5万元", "社区教育示范补助5.6万元", "社区教育示范补助5.6万元",
     "年初财政120 + 追加5.6 + 捐赠3 = 128.6 ≠ 调整后全年预算129.50；财政资金全年126.50 ≠ 120 + 5.6"),

    # ---- hb-yidu-lndxyunzhuan-2018 (Hubei-style 20 + 80 goal blocks, pipe table) ----
    ("hb-yidu-lndxyunzhuan-2018", 1, "score_sum_mismatch", "prose",
     "目标二（25分）得分19分", "目标二（25分）得分19.5分", "得分19.5分",
     "目标二各行得分 5 + 8 + 6 = 19；且 17.30 + 37.64 + 19.5 + 14.87 = 89.31 ≠ 合计88.81"),
    ("hb-yidu-lndxyunzhuan-2018", 2, "weight_sum_mismatch", "table",
     "| 7场 | 5 | 5 |", "| 7场 | 6 | 5 |", "7场 | 6 | 5",
     "分值合计 20+10+10+10+10+6+10+10+15 = 101 ≠ 100；目标二三行分值 6+10+10 = 26 ≠ 正文的25分"),
    ("hb-yidu-lndxyunzhuan-2018", 3, "unit_mismatch", "table",
     "| ≥2400课时 | 2328课时 |", "| ≥2400课时 | 97% |", "≥2400课时 | 97%",
     "教师授课课时目标以课时计，完成值写成百分比97%，单位不一致，无法按目标计算完成情况"),
    ("hb-yidu-lndxyunzhuan-2018", 4, "conflicting_values", "table",
     "| 1386人 |", "| 1368人 |", "1368人",
     "自评表在册学员1368人，正文为在册学员1386人"),
    ("hb-yidu-lndxyunzhuan-2018", 5, "grade_mismatch", "table",
     "自评等级：良", "自评等级：优", "自评等级：优",
     "合计88.81分在80（含）–90分之间，应为“良”（正文也写良）"),
    ("hb-yidu-lndxyunzhuan-2018", 6, "balance_mismatch", "prose",
     "结余8.10万元", "结余8.01万元", "结余8.01万元",
     "全年预算60万元全部到位，支出51.90万元，结余应为 60 - 51.90 = 8.10万元"),

    # ---- fj-nanping-laoniandaxue-bumen-2023 (Fujian, 部门整体, PDF 自评表) ----
    ("fj-nanping-laoniandaxue-bumen-2023", 1, "average_mismatch", "prose",
     "平均95.33分", "平均95.83分", "平均95.83分",
     "三个项目自评得分 (96.5 + 94 + 95.5) / 3 = 95.33分，写成95.83"),
    ("fj-nanping-laoniandaxue-bumen-2023", 2, "score_exceeds_weight", "prose",
     "满意度指标分值10分，得分9.6分", "满意度指标分值8分，得分9.6分", "分值8分，得分9.6分",
     "线上课程项目满意度指标得分9.6分高于其分值8分"),
    ("fj-nanping-laoniandaxue-bumen-2023", 3, "conflicting_values", "prose",
     "平台注册学员8460人", "平台注册学员8640人", "平台注册学员8640人",
     "正文写平台注册学员8640人，自评表线上平台注册学员实际完成值为8460人"),
    ("fj-nanping-laoniandaxue-bumen-2023", 4, "unit_mismatch", "table",
     "158.00 152.91 — 96.78%", "158.00 1529100.00 — 96.78%", "1529100.00",
     "金额单位为万元的自评表中项目支出执行数写成元数1529100.00（= 152.91万元）：总额207.16 + 152.91 = 360.07、"
     "执行率152.91/158.00 = 96.78%和正文152.91万元均只在除以10^4后成立"),
    ("fj-nanping-laoniandaxue-bumen-2023", 5, "rate_mismatch", "prose",
     "执行36.10万元，执行率95.00%", "执行36.10万元，执行率95.50%", "执行率95.50%",
     "教学点建设经费 36.10 / 38.00 = 95.00%，写成95.50%"),
    ("fj-nanping-laoniandaxue-bumen-2023", 6, "score_exceeds_weight", "table",
     "36.10 9.50 94", "36.10 95.0 94", "36.10 95.0",
     "表1执行得分列分值为10，教学点建设经费行得分写成95.0（误填了执行率），超过分值"),
]


def main():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted(by_project[pid], key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for (_, n, code, where, old, new, value, expl) in edits:
            if clean.count(old) != 1:
                sys.exit(f"{pid}-e{n}: old string occurs {clean.count(old)} times: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{pid}-e{n}: label value occurs {text.count(value)} times: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} with one injected error)")


if __name__ == "__main__":
    main()
