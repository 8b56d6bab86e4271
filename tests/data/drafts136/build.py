#!/usr/bin/env python3
"""Build the n136 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is a substring of the resulting error case that contains the changed figure.
`where` says whether the slip sits in the prose (P) or in a table (T); it is documentation only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sc-pingshan-weigai-2020",
    "sn-ziyang-dizai-2021",
    "js-baoying-budongchan-2022",
    "cq-youyang-anju-2024",
    "nm-wushen-zrzy-bumen-2023",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---------------- 屏山县 农村危房改造 2020 (Sichuan) ----------------
    ("sc-pingshan-weigai-2020", 1, "score_exceeds_weight", "T",
     "“一户一档”建档率｜100%｜100%｜100.00%｜5｜5｜—\n产出指标｜质量指标｜竣工验收合格率｜100%｜100%｜100.00%｜10｜10",
     "“一户一档”建档率｜100%｜100%｜100.00%｜5｜6｜—\n产出指标｜质量指标｜竣工验收合格率｜100%｜100%｜100.00%｜10｜9",
     "建档率｜100%｜100%｜100.00%｜5｜6",
     "建档率 row scores 6 against a weight of 5 (the next row lowered from 10 to 9, so the total still reads 98.54)"),
    ("sc-pingshan-weigai-2020", 2, "weight_sum_mismatch", "T",
     "修缮加固户均补助｜≤5500元｜5500元｜100.00%｜5｜5",
     "修缮加固户均补助｜≤5500元｜5500元｜100.00%｜6｜5",
     None,  # filled below: from the changed row to the 总分 row
     "weights now 10 + 51 + 30 + 10 = 101 (产出 rows 15+5+10+5+5+5+6 = 51) while the 总分 row says 100"),
    ("sc-pingshan-weigai-2020", 3, "completion_mismatch", "T",
     "96.41%｜107.12%", "96.41%｜107.21%",
     "96.41%｜107.21%",
     "入住率 96.41% against ≥90%: completion 96.41/90 = 107.12%, stated 107.21%"),
    ("sc-pingshan-weigai-2020", 4, "sum_mismatch", "T",
     "县级配套资金｜60.00｜76.00", "县级配套资金｜66.00｜76.00",
     "420.00｜586.40｜562.35｜10｜95.90%｜9.59\n其中：中央补助资金｜312.00｜312.00｜312.00｜—｜100.00%｜—\n"
     "省级补助资金｜48.00｜198.40｜178.60｜—｜90.02%｜—\n县级配套资金｜66.00",
     "年初预算 column: 312.00 + 48.00 + 66.00 = 426.00, total row says 420.00"),
    ("sc-pingshan-weigai-2020", 5, "rate_mismatch", "P",
     "580.80万元的96.59%", "580.80万元的96.95%",
     "580.80万元的96.95%",
     "561.00 / 580.80 = 96.59%, stated 96.95%"),
    ("sc-pingshan-weigai-2020", 6, "year_mismatch", "P",
     "结转至2021年使用", "结转至2020年使用",
     "结转至2020年",
     "money left over from the 2020 budget is carried over to 2020 itself; it must go to a later year (2021)"),

    # ---------------- 紫阳县 地质灾害防治 2021 (Shaanxi) ----------------
    ("sn-ziyang-dizai-2021", 1, "score_sum_mismatch", "T",
     "85.5%｜6｜5.40", "85.5%｜6｜5.04",
     None,
     "row scores 8.68 + 8 + 8 + 5.33 + 6 + 8 + 5.04 + 4 + 10 + 10 + 9 + 10 = 92.05, 合计 says 92.41"),
    ("sn-ziyang-dizai-2021", 2, "grade_mismatch", "P",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "92.41 is in the 优 band (≥90)"),
    ("sn-ziyang-dizai-2021", 3, "implausible_rate", "T",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% printed on a zero budget (上年结转 0.00): a rate on a zero base"),
    ("sn-ziyang-dizai-2021", 4, "unit_mismatch", "T",
     "治理工程验收合格率｜100%｜100%", "治理工程验收合格率｜100%｜2处",
     "治理工程验收合格率｜100%｜2处",
     "target is a percentage, actual a count of sites (2处): completion cannot be computed"),
    ("sn-ziyang-dizai-2021", 5, "average_mismatch", "P",
     "平均每处50.00万元", "平均每处51.00万元",
     "46.80万元、55.20万元和48.00万元，平均每处51.00万元",
     "(46.80 + 55.20 + 48.00) / 3 = 50.00, stated 51.00"),
    ("sn-ziyang-dizai-2021", 6, "balance_mismatch", "P",
     "年末未支出46.08万元", "年末未支出46.18万元",
     "年末未支出46.18万元",
     "348.00 - 301.92 = 46.08, stated 46.18"),

    # ---------------- 宝应县 不动产登记 2022 (Jiangsu, prose only) ----------------
    ("js-baoying-budongchan-2022", 1, "rate_mismatch", "P",
     "205.37万元，预算执行率96.64%", "205.37万元，预算执行率96.46%",
     "205.37万元，预算执行率96.46%",
     "205.37 / 212.50 = 96.64%, stated 96.46%"),
    ("js-baoying-budongchan-2022", 2, "conflicting_values", "P",
     "已数字化的126.4万页档案", "已数字化的124.6万页档案",
     "124.6万页",
     "the digitised archive is 126.4万页 in 产出 (and 126.4 × 0.70元 = 88.48万元 paid), 124.6万页 in 效益"),
    ("js-baoying-budongchan-2022", 3, "average_mismatch", "P",
     "季度平均10309件", "季度平均10390件",
     "季度平均10390件",
     "(8912 + 10478 + 10863 + 10983) / 4 = 10309, stated 10390"),
    ("js-baoying-budongchan-2022", 4, "year_mismatch", "P",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "execution of the 2022 budget reported as of 31 Dec 2021; must name the evaluation year 2022"),
    ("js-baoying-budongchan-2022", 5, "unit_mismatch", "P",
     "窗口辅助服务外包费52.00万元", "窗口辅助服务外包费520000万元",
     "520000万元",
     "the 52.00万元 part (520000元) written with the unit 万元: 68.00 + 92.50 + 520000 ≠ 212.50, reconciled exactly by 10^4"),
    ("js-baoying-budongchan-2022", 6, "completion_mismatch", "P",
     "完成率108.52%", "完成率108.25%",
     "完成率108.25%",
     "41236 / 38000 = 108.52%, stated 108.25%"),

    # ---------------- 酉阳县 城镇保障性安居工程 2024 (Chongqing) ----------------
    ("cq-youyang-anju-2024", 1, "score_exceeds_weight", "T",
     "改造项目年内开工率｜100%｜100%｜5｜5｜—\n产出指标｜时效指标｜改造项目年内完工率｜≥90%｜50%｜6｜3.33",
     "改造项目年内开工率｜100%｜100%｜5｜6｜—\n产出指标｜时效指标｜改造项目年内完工率｜≥90%｜50%｜6｜2.33",
     "改造项目年内开工率｜100%｜100%｜5｜6",
     "开工率 row scores 6 against a weight of 5 (完工率 row lowered by 1, so 小计 47.24 still adds up)"),
    ("cq-youyang-anju-2024", 2, "weight_sum_mismatch", "T",
     "效益指标小计｜｜｜｜｜30｜24.83", "效益指标小计｜｜｜｜｜35｜24.83",
     "效益指标小计｜｜｜｜｜35",
     "效益 rows weigh 10 + 10 + 10 = 30, 小计 says 35; 10 + 50 + 35 + 10 = 105 ≠ 100"),
    ("cq-youyang-anju-2024", 3, "sum_mismatch", "T",
     "县级配套资金｜236.00｜236.80", "县级配套资金｜236.00｜263.80",
     "2346.80｜1986.30｜10｜84.64%｜8.46\n其中：中央补助资金｜624.00｜1628.00｜1412.60｜—｜—｜—\n"
     "市级补助资金｜0.00｜482.00｜386.40｜—｜—｜—\n县级配套资金｜236.00｜263.80",
     "全年预算数 column: 1628.00 + 482.00 + 263.80 = 2373.80, total row says 2346.80"),
    ("cq-youyang-anju-2024", 4, "conflicting_values", "T",
     "≥1142户｜1142户", "≥1142户｜1412户",
     "1412户",
     "the text says the renovation benefits 1142户 (and 1844.80 / 1142 = 1.62万元 per household); the table reports 1412户"),
    ("cq-youyang-anju-2024", 5, "implausible_rate", "P",
     "实际支出190.00万元，执行率100%", "实际支出199.00万元，执行率104.74%",
     "199.00万元，执行率104.74%",
     "199.00 spent of a 190.00 budget: execution rate over 100%"),
    ("cq-youyang-anju-2024", 6, "grade_mismatch", "P",
     "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”",
     "89.73 is in the 良 band (80 ≤ s < 90)"),

    # ---------------- 乌审旗自然资源局 部门整体 2023 (Inner Mongolia) ----------------
    ("nm-wushen-zrzy-bumen-2023", 1, "score_sum_mismatch", "T",
     "75.00%｜7.5", "75.00%｜8.5",
     None,
     "row scores 9.33 + 10 + 8 + 8 + 8.95 + 6 + 8 + 10 + 10 + 8.5 + 10 = 96.78, 合计 says 95.78"),
    ("nm-wushen-zrzy-bumen-2023", 2, "average_mismatch", "P",
     "平均自评得分93.40分", "平均自评得分93.04分",
     "平均自评得分93.04分",
     "(94.5 + 97.2 + 95.6 + 88.3 + 91.4) / 5 = 93.40, stated 93.04"),
    ("nm-wushen-zrzy-bumen-2023", 3, "balance_mismatch", "T",
     "1036.80｜83.20", "1036.80｜82.30",
     "1120.00｜1036.80｜82.30",
     "1120.00 - 1036.80 = 83.20, stated 82.30"),
    ("nm-wushen-zrzy-bumen-2023", 4, "rate_mismatch", "T",
     "203.26｜15.24｜93.03%", "203.26｜15.24｜93.30%",
     "93.30%",
     "203.26 / 218.50 = 93.03%, stated 93.30%"),
    ("nm-wushen-zrzy-bumen-2023", 5, "completion_mismatch", "T",
     "9684件｜107.60%", "9684件｜106.70%",
     "9684件｜106.70%",
     "9684 / 9000 = 107.60%, stated 106.70%"),
    ("nm-wushen-zrzy-bumen-2023", 6, "conflicting_values", "P",
     "项目全年预算1120.00万元", "项目全年预算1210.00万元",
     "1210.00万元",
     "the planning project's budget is 1120.00万元 in the project table (1120.00 - 1036.80 = 83.20, 92.57%), 1210.00万元 in the text"),
]

# values that run from the changed row down to the total row of the same table
SPAN_TO_TOTAL = {
    ("sc-pingshan-weigai-2020", 2): ("修缮加固户均补助｜≤5500元｜5500元｜100.00%｜6", "总分｜｜｜｜｜｜100"),
    ("sn-ziyang-dizai-2021", 1): ("专业监测设备在线率｜≥95%｜85.5%｜6｜5.04", "合计｜｜｜｜｜100｜92.41"),
    ("nm-wushen-zrzy-bumen-2023", 1): ("国土调查成果共享应用部门数｜10｜≥12个｜9个｜75.00%｜8.5", "合计｜｜｜100｜｜｜｜95.78"),
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            k = clean.count(old)
            if k != 1:
                sys.exit(f"{src}-e{n}: old string matches {k} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value is None:
                start, end = SPAN_TO_TOTAL[(s, n)]
                i = text.index(start)
                j = text.index(end, i) + len(end)
                value = text[i:j]
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
