#!/usr/bin/env python3
"""Build the n126 error cases and labels.jsonl from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the substring of the error case that carries the error (it contains the changed figure).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "nm-hanghouqi-hetao-2018",
    "nx-zhongning-weining-2020",
    "xj-shaya-weiganhe-2021",
    "nm-tuyouqi-minzutuanjie-2023",
    "xj-chabuchaer-guanqu-2024",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---- 杭锦后旗 2018 ----
    ("nm-hanghouqi-hetao-2018", 1, "rate_mismatch",
     "旗级配套资金到位300.00万元，到位率78.95%",
     "旗级配套资金到位300.00万元，到位率78.59%",
     "到位率78.59%",
     "旗级配套 300.00 received of 380.00 budgeted = 78.95%, stated 78.59% (digits transposed)"),
    ("nm-hanghouqi-hetao-2018", 2, "sum_mismatch",
     "设备及金属结构购置费186.70万元",
     "设备及金属结构购置费168.70万元",
     "全年完成投资3 018.46万元，其中建筑安装工程费2 641.32万元、设备及金属结构购置费168.70万元、独立费用190.44万元",
     "2 641.32 + 168.70 + 190.44 = 3 000.46, not the stated 3 018.46 (186.70 typed as 168.70)"),
    ("nm-hanghouqi-hetao-2018", 3, "score_sum_mismatch",
     "受益群众满意度 ≥95% 93.5% 10 9.84 加强施工期沟通",
     "受益群众满意度 ≥95% 93.5% 10 9.48 加强施工期沟通",
     "10 9.48 加强施工期沟通\n总分 100 95.70",
     "row scores now add to 95.34 (9.32 + 49.03 + 27.51 + 9.48) while 总分 reads 95.70"),
    ("nm-hanghouqi-hetao-2018", 4, "grade_mismatch",
     "自评得分95.70分，评价等级为“优”",
     "自评得分95.70分，评价等级为“良”",
     "评价等级为“良”",
     "95.70 lies in the 优 band (>= 90), stated 良"),
    ("nm-hanghouqi-hetao-2018", 5, "unit_mismatch",
     "配套渠系建筑物 ≥186座 186座 10 10",
     "配套渠系建筑物 ≥186座 100% 10 10",
     "≥186座 100%",
     "target counted in 座, actual given as a percentage"),
    ("nm-hanghouqi-hetao-2018", 6, "year_mismatch",
     "已按规定结转至2019年继续使用",
     "已按规定结转至2018年继续使用",
     "结转至2018年",
     "unspent 2018 money cannot be carried over into 2018 itself (should be 2019)"),

    # ---- 中宁县 2020 ----
    ("nx-zhongning-weining-2020", 1, "balance_mismatch",
     "到位资金扣除支出后结余37.90万元",
     "到位资金扣除支出后结余39.70万元",
     "结余39.70万元",
     "received 1 828.50 - spent 1 790.60 = 37.90, stated 39.70"),
    ("nx-zhongning-weining-2020", 2, "weight_sum_mismatch",
     "信息化量测水点 ≥35处 35处 100.00% 4 4",
     "信息化量测水点 ≥35处 35处 100.00% 5 4",
     "信息化量测水点 ≥35处 35处 100.00% 5 4",
     "weights now total 101 (产出 block 51 instead of 50); the row weight 4 was typed as 5"),
    ("nx-zhongning-weining-2020", 3, "completion_mismatch",
     "≥95% 92% 96.84% 5 4.84",
     "≥95% 92% 98.64% 5 4.84",
     "98.64%",
     "92 / 95 = 96.84%, stated 98.64%"),
    ("nx-zhongning-weining-2020", 4, "conflicting_values",
     "项目改善灌溉面积6.5万亩，涉及宁安镇",
     "项目改善灌溉面积5.6万亩，涉及宁安镇",
     "项目改善灌溉面积5.6万亩",
     "improved irrigated area is 6.5万亩 in the 自评表 (actual value) but 5.6万亩 in the text"),
    ("nx-zhongning-weining-2020", 5, "implausible_rate",
     "(6)=(4)/(2) 96.45 98.07 96.50 80.00 100.00 —",
     "(6)=(4)/(2) 96.45 98.07 96.50 80.00 100.00 100.00",
     "(6)=(4)/(2) 96.45 98.07 96.50 80.00 100.00 100.00",
     "其他资金 column has a 0.00 budget and 0.00 spending, yet an execution rate of 100.00% is printed"),
    ("nx-zhongning-weining-2020", 6, "average_mismatch",
     "512立方米、498立方米、505立方米、493立方米，平均502立方米",
     "512立方米、498立方米、550立方米、493立方米，平均502立方米",
     "分别为512立方米、498立方米、550立方米、493立方米，平均502立方米",
     "(512 + 498 + 550 + 493) / 4 = 513.25, stated average 502 (505 typed as 550)"),

    # ---- 沙雅县 2021 ----
    ("xj-shaya-weiganhe-2021", 1, "score_exceeds_weight",
     "斗口量水设施 ≥86处 64处 74.42% 10 7.44 招标两次流标\n质量指标 工程质量合格率 100% 100% 100.00% 5 5",
     "斗口量水设施 ≥86处 64处 74.42% 10 5 招标两次流标\n质量指标 工程质量合格率 100% 100% 100.00% 5 7.44",
     "工程质量合格率 100% 100% 100.00% 5 7.44",
     "score 7.44 above the row weight 5 (scores of two adjacent rows swapped; total unchanged)"),
    ("xj-shaya-weiganhe-2021", 2, "rate_mismatch",
     "中央资金支出3 128.70万元，支出进度82.33%",
     "中央资金支出3 128.70万元，支出进度83.23%",
     "支出进度83.23%",
     "central funds 3 128.70 spent of 3 800.00 = 82.33%, stated 83.23%"),
    ("xj-shaya-weiganhe-2021", 3, "sum_mismatch",
     "古勒巴格乡1.72万亩",
     "古勒巴格乡1.27万亩",
     "项目改善灌溉面积8.46万亩，其中海楼乡2.10万亩、托依堡勒迪镇1.86万亩、古勒巴格乡1.27万亩、努尔巴格乡1.43万亩、塔里木乡1.35万亩",
     "2.10 + 1.86 + 1.27 + 1.43 + 1.35 = 8.01, not the stated 8.46万亩"),
    ("xj-shaya-weiganhe-2021", 4, "completion_mismatch",
     "≥0.56 0.562 100.36% 5 5",
     "≥0.56 0.562 100.63% 5 5",
     "0.562 100.63%",
     "0.562 / 0.56 = 100.36%, stated 100.63%"),
    ("xj-shaya-weiganhe-2021", 5, "conflicting_values",
     "综合满意度88.6%",
     "综合满意度86.8%",
     "综合满意度86.8%",
     "satisfaction 86.8% in the text, 88.6% in the 自评表 (scored 9.33 = 10 x 88.6/95)"),
    ("xj-shaya-weiganhe-2021", 6, "unit_mismatch",
     "≥26.4公里 21.8公里 82.58% 10 8.26",
     "≥26.4公里 82.58% 82.58% 10 8.26",
     "≥26.4公里 82.58%",
     "target a length in 公里, actual given as a percentage (the completion rate copied into the actual column)"),

    # ---- 土默特右旗 2023 ----
    ("nm-tuyouqi-minzutuanjie-2023", 1, "balance_mismatch",
     "年末结余691.70万元",
     "年末结余619.70万元",
     "结余619.70万元",
     "all 3 426.80 received, 2 735.10 spent: balance 691.70, stated 619.70"),
    ("nm-tuyouqi-minzutuanjie-2023", 2, "average_mismatch",
     "平均增产39公斤",
     "平均增产36公斤",
     "平均增产36公斤",
     "(42 + 38 + 35 + 41) / 4 = 39, stated 36"),
    ("nm-tuyouqi-minzutuanjie-2023", 3, "weight_sum_mismatch",
     "分部工程验收合格率 100% 100% 10 10",
     "分部工程验收合格率 100% 100% 12 10",
     "分部工程验收合格率 100% 100% 12 10",
     "产出 weights now add to 52 (stated 50) and all weights to 102"),
    ("nm-tuyouqi-minzutuanjie-2023", 4, "grade_mismatch",
     "综合得分88.47分，评价等级为“良”",
     "综合得分88.47分，评价等级为“优”",
     "评价等级为“优”",
     "88.47 lies in the 良 band (80 <= s < 90), stated 优"),
    ("nm-tuyouqi-minzutuanjie-2023", 5, "implausible_rate",
     "受益群众满意度 ≥90% 96.5% 10 10",
     "受益群众满意度 ≥90% 965% 10 10",
     "965%",
     "satisfaction of 965% is impossible (decimal point lost from 96.5%)"),
    ("nm-tuyouqi-minzutuanjie-2023", 6, "score_sum_mismatch",
     "效益指标得分26.43分",
     "效益指标得分26.34分",
     "效益指标得分26.34分，满意度指标得分10分，综合得分88.47分",
     "7.98 + 44.06 + 26.34 + 10 = 88.38, stated 88.47; the 效益 rows add to 26.43"),

    # ---- 察布查尔县 2024 ----
    ("xj-chabuchaer-guanqu-2024", 1, "score_exceeds_weight",
     "652万立方米 95.88% 10 9.59 部分斗渠完工晚\n社会效益指标 改善灌溉面积 ≥4.3万亩 4.3万亩 100.00% 8 8",
     "652万立方米 95.88% 10 8 部分斗渠完工晚\n社会效益指标 改善灌溉面积 ≥4.3万亩 4.3万亩 100.00% 8 9.59",
     "4.3万亩 100.00% 8 9.59",
     "score 9.59 above the row weight 8 (scores of two adjacent rows swapped; total unchanged)"),
    ("xj-chabuchaer-guanqu-2024", 2, "year_mismatch",
     "截至2024年12月31日，项目实际支出",
     "截至2023年12月31日，项目实际支出",
     "截至2023年12月31日",
     "the spending of the 2024 budget is dated at the end of 2023 in a 2024 report"),
    ("xj-chabuchaer-guanqu-2024", 3, "completion_mismatch",
     "≥85% 87.2% 102.59% 7 7",
     "≥85% 87.2% 102.95% 7 7",
     "87.2% 102.95%",
     "87.2 / 85 = 102.59%, stated 102.95%"),
    ("xj-chabuchaer-guanqu-2024", 4, "conflicting_values",
     "灌溉水利用系数由2023年的0.571提高到0.583",
     "灌溉水利用系数由2023年的0.571提高到0.538",
     "提高到0.538",
     "irrigation water use coefficient 0.538 in the text, 0.583 in the 自评表"),
    ("xj-chabuchaer-guanqu-2024", 5, "rate_mismatch",
     "其中中央资金执行1 588.26万元，执行率96.26%",
     "其中中央资金执行1 588.26万元，执行率96.62%",
     "执行率96.62%",
     "central funds 1 588.26 spent of 1 650.00 = 96.26%, stated 96.62%"),
    ("xj-chabuchaer-guanqu-2024", 6, "unit_mismatch",
     "自治区水利发展资金620.00万元",
     "自治区水利发展资金6200000.00万元",
     "6200000.00万元",
     "the 元 figure (6 200 000元 = 620.00万元) labelled 万元: 1 650.00 + 620.00 + 180.00 = 2 450.00 only after rescaling by 10^4"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (_, n, code, old, new, value, expl) in sorted(by_source.get(src, []), key=lambda x: x[1]):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with one error)")


if __name__ == "__main__":
    main()
