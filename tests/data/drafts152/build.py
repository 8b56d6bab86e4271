#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts152 from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is a short substring of the resulting case that carries the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "nanfeng-waterdept-2021",
    "yangshan-yinshui-2020",
    "neiqiu-reservoir-2023",
    "mizhi-shuibao-2019",
    "hailin-shanhong-2024",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # --- 南丰县水利局 2021 部门整体 (Jiangxi) ---
    ("nanfeng-waterdept-2021", 1, "sum_mismatch",
     "公用经费｜71.30｜73.73", "公用经费｜71.03｜73.73",
     "公用经费｜71.03",
     "表1 年初预算: 人员经费526.90 + 公用经费71.03 = 597.93, but 基本支出 is 598.20 (71.30 transposed)"),
    ("nanfeng-waterdept-2021", 2, "balance_mismatch",
     "年末结转资金44.39万元", "年末结转资金44.93万元",
     "结转资金44.93万元",
     "全年预算1542.75 - 全年执行1498.36 = 44.39, stated 44.93"),
    ("nanfeng-waterdept-2021", 3, "score_sum_mismatch",
     "合计｜｜｜｜｜100｜97.02｜", "合计｜｜｜｜｜100｜97.20｜",
     "｜100｜97.20",
     "row scores 9.71+8+7+7+7.31+6+6+4+4+8+8+7+5+10 = 97.02, 合计 states 97.20"),
    ("nanfeng-waterdept-2021", 4, "year_mismatch",
     "已按规定结转至2022年使用", "已按规定结转至2021年使用",
     "结转至2021年",
     "money unspent in the 2021 budget year cannot be carried over to 2021; it goes to 2022"),
    ("nanfeng-waterdept-2021", 5, "average_mismatch",
     "季度平均10次", "季度平均11次",
     "季度平均11次",
     "(9 + 12 + 11 + 8) / 4 = 10, stated 11"),
    ("nanfeng-waterdept-2021", 6, "conflicting_values",
     "河长制工作经费126万元是", "河长制工作经费162万元是",
     "河长制工作经费162万元",
     "the same 河长制工作经费 is 126.00万元 in 表2 and 120.00 + 6.00 in the text; 162 is a transposition"),

    # --- 阳山县 2020 农村饮水安全工程维修养护 (Guangdong) ---
    ("yangshan-yinshui-2020", 1, "rate_mismatch",
     "支出151.86万元，支出率88.03%", "支出151.86万元，支出率88.30%",
     "支出率88.30%",
     "县级资金 151.86 / 172.50 = 88.03%, stated 88.30%"),
    ("yangshan-yinshui-2020", 2, "completion_mismatch",
     "35.2公里｜92.63%", "35.2公里｜92.36%",
     "35.2公里｜92.36%",
     "35.2 / 38 = 92.63%, stated 92.36%"),
    ("yangshan-yinshui-2020", 3, "score_exceeds_weight",
     "维修工程验收合格率｜100%｜100%｜100%｜10｜10｜—\n产出指标｜质量指标｜农村供水水质抽检合格率｜≥90%｜92.5%｜102.78%｜8｜8",
     "维修工程验收合格率｜100%｜100%｜100%｜10｜8｜—\n产出指标｜质量指标｜农村供水水质抽检合格率｜≥90%｜92.5%｜102.78%｜8｜10",
     "92.5%｜102.78%｜8｜10",
     "scores of two adjacent rows swapped: 水质抽检合格率 scored 10 against a weight of 8 (total still 95.82)"),
    ("yangshan-yinshui-2020", 4, "unit_mismatch",
     "维修工程验收合格率｜100%｜100%｜100%", "维修工程验收合格率｜100%｜104处｜100%",
     "验收合格率｜100%｜104处",
     "target is a percentage, actual is a count (处) copied from the row above"),
    ("yangshan-yinshui-2020", 5, "grade_mismatch",
     "自评得分95.82分，等级为优", "自评得分95.82分，等级为良",
     "95.82分，等级为良",
     "95.82 is in the 优 band (>= 90); 良 is last year's grade"),
    ("yangshan-yinshui-2020", 6, "year_mismatch",
     "截至2020年12月31日，全年预算资金", "截至2021年12月31日，全年预算资金",
     "截至2021年12月31日",
     "the 2020 report states its funds as at the end of 2021"),

    # --- 内丘县 2023 小型水库除险加固 (Hebei) ---
    ("neiqiu-reservoir-2023", 1, "weight_sum_mismatch",
     "1.05万亩｜10｜7", "1.05万亩｜12｜7",
     "1.05万亩｜12｜7",
     "分值 now total 102 (效益 rows 12+10+10 = 32 against 30); 总分 row says 100"),
    ("neiqiu-reservoir-2023", 2, "sum_mismatch",
     "监理费31.20万元", "监理费32.10万元",
     "监理费32.10万元",
     "528.36 + 32.10 + 38.52 + 12.80 + 25.00 = 636.78, stated total spending 635.88"),
    ("neiqiu-reservoir-2023", 3, "rate_mismatch",
     "95.14%｜69.51%", "95.14%｜69.15%",
     "69.15%",
     "县级资金 66.03 / 95.00 = 69.51%, stated 69.15%"),
    ("neiqiu-reservoir-2023", 4, "year_mismatch",
     "项目支出绩效自评表（2023年度）", "项目支出绩效自评表（2022年度）",
     "自评表（2022年度）",
     "the 2023 report attaches a table labelled 2022年度"),
    ("neiqiu-reservoir-2023", 5, "unit_mismatch",
     "监测设施｜112.00", "监测设施｜1120000",
     "监测设施｜1120000",
     "西庄水库 written in 元 (1120000) in a 万元 column; 112.00万元 makes the 合计 695.00 add up"),
    ("neiqiu-reservoir-2023", 6, "grade_mismatch",
     "评价等级：良", "评价等级：优",
     "评价等级：优",
     "总分 88.11 is in the 良 band (80-90)"),

    # --- 米脂县 2019 水土保持重点工程 (Shaanxi, prose only) ---
    ("mizhi-shuibao-2019", 1, "average_mismatch",
     "平均每镇760亩", "平均每镇950亩",
     "平均每镇950亩",
     "(920 + 680 + 840 + 760 + 600) / 5 = 760; 950 is 3800 / 4"),
    ("mizhi-shuibao-2019", 2, "balance_mismatch",
     "未支出的251.40万元", "未支出的215.40万元",
     "未支出的215.40万元",
     "到位600.00 - 支出348.60 = 251.40, stated 215.40"),
    ("mizhi-shuibao-2019", 3, "implausible_rate",
     "已支出12.00万元，执行率100%", "已支出12.60万元，执行率105%",
     "已支出12.60万元，执行率105%",
     "sub-project budget 12.00, spending 12.60: execution rate over 100%"),
    ("mizhi-shuibao-2019", 4, "completion_mismatch",
     "（折合12600亩），完成率70.00%", "（折合12600亩），完成率84.00%",
     "完成率84.00%",
     "8.40 / 12 = 70.00%, stated 84.00%"),
    ("mizhi-shuibao-2019", 5, "score_sum_mismatch",
     "综合得分78.90分", "综合得分79.80分",
     "综合得分79.80分",
     "5.81 + 39.66 + 24 + 9.43 = 78.90, stated 79.80"),
    ("mizhi-shuibao-2019", 6, "weight_sum_mismatch",
     "效益指标30分、满意度指标10分设置权重", "效益指标35分、满意度指标10分设置权重",
     "效益指标35分",
     "10 + 50 + 35 + 10 = 105; the 效益 indicators carry 10 + 10 + 10 = 30"),

    # --- 海林市 2024 山洪灾害防治非工程措施 (Heilongjiang) ---
    ("hailin-shanhong-2024", 1, "score_exceeds_weight",
     "91.3%｜10｜9.61｜强降雨致通信中断\n产出指标｜时效指标｜汛前设备巡检完成时间｜2024年5月15日前｜2024年5月10日｜6｜6",
     "91.3%｜10｜6｜强降雨致通信中断\n产出指标｜时效指标｜汛前设备巡检完成时间｜2024年5月15日前｜2024年5月10日｜6｜9.61",
     "2024年5月10日｜6｜9.61",
     "scores of two adjacent rows swapped: 巡检完成时间 scored 9.61 against a weight of 6 (total still 94.46)"),
    ("hailin-shanhong-2024", 2, "conflicting_values",
     "自动雨量站运维数量｜≥46处｜46处", "自动雨量站运维数量｜≥46处｜48处",
     "≥46处｜48处",
     "the text and 表1 give 46 rain gauges maintained; the table says 48"),
    ("hailin-shanhong-2024", 3, "implausible_rate",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%",
     "execution rate 100% on a zero 上年结转 budget"),
    ("hailin-shanhong-2024", 4, "average_mismatch",
     "平均｜7.67｜3.00｜5.63", "平均｜7.67｜3.00｜5.36",
     "3.00｜5.36",
     "运维费用 33.76 / 6 = 5.63, stated 5.36"),
    ("hailin-shanhong-2024", 5, "completion_mismatch",
     "860人次，完成率120%", "860人次，完成率102%",
     "完成率102%",
     "12 场次 / 10 场次 = 120%, stated 102%"),
    ("hailin-shanhong-2024", 6, "rate_mismatch",
     "已支出57.36万元，支出率95.60%", "已支出57.36万元，支出率95.06%",
     "支出率95.06%",
     "中央资金 57.36 / 60.00 = 95.60%, stated 95.06%"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in by_source[src]:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value {value!r} not in case")
            if value in clean:
                sys.exit(f"{src}-e{n}: value {value!r} already occurs in the clean draft")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} with errors)")


if __name__ == "__main__":
    main()
