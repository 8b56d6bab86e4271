#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts517 from the clean drafts.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean
draft and `value` (the label) exactly once in the resulting case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "xinhe-jijingguanting-2019",
    "xiajin-shenjingfengting-2021",
    "nanle-shuiliju-bumen-2022",
    "yongchang-guanjing-2024",
    "tuoketuo-yinhuangzhihuan-2025",
]

T = "\t"

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- xinhe 2019 (｜ tables) ---
    ("xinhe-jijingguanting-2019", 1, "rate_mismatch", "funds table, 中央资金 row",
     "598.40｜21.60｜96.52%", "598.40｜21.60｜96.25%", "598.40｜21.60｜96.25%",
     "中央资金 598.40 / 620.00 = 96.52%, stated 96.25%"),
    ("xinhe-jijingguanting-2019", 2, "unit_mismatch", "自评表, 新建地下水监测井 row",
     "｜≥4眼｜4眼｜", "｜≥4眼｜100%｜", "新建地下水监测井｜≥4眼｜100%",
     "target counted in 眼, actual written as a percentage: completion cannot be computed"),
    ("xinhe-jijingguanting-2019", 3, "average_mismatch", "prose after the township table",
     "平均关停62.4眼", "平均关停64.2眼", "5个乡镇平均关停64.2眼",
     "312 wells / 5 townships = 62.4, stated 64.2"),
    ("xinhe-jijingguanting-2019", 4, "score_exceeds_weight", "自评表, 浅层地下水位回升 row (and next row)",
     "0.46米｜115.00%｜5｜5\n｜社会效益指标｜群众节水意识｜明显提高｜明显提高｜—｜5｜5",
     "0.46米｜115.00%｜5｜6\n｜社会效益指标｜群众节水意识｜明显提高｜明显提高｜—｜5｜4",
     "浅层地下水位回升｜≥0.4米｜0.46米｜115.00%｜5｜6",
     "score 6 above the weight 5; 群众节水意识 lowered 5 -> 4 in the same edit so the 效益 subtotal 29.5 and total 98.64 still add up"),
    ("xinhe-jijingguanting-2019", 5, "year_mismatch", "funds prose, carry-over sentence",
     "结转至2020年", "结转至2019年", "结转至2019年继续使用",
     "the balance of a 2019 budget cannot be carried over to 2019 itself; it goes to 2020"),
    ("xinhe-jijingguanting-2019", 6, "sum_mismatch", "township table, 振堂乡 row, 压减开采量",
     "振堂乡｜39｜6000｜23.40｜19.5", "振堂乡｜39｜6000｜23.40｜21.5", "振堂乡｜39｜6000｜23.40｜21.5",
     "43.0 + 37.0 + 31.2 + 36.6 + 21.5 = 169.3, 合计 says 167.3"),
    # --- xiajin 2021 (tab tables) ---
    ("xiajin-shenjingfengting-2021", 1, "balance_mismatch", "funds prose, unspent amount",
     "未执行的25.00万元", "未执行的35.00万元", "未执行的35.00万元",
     "全年预算 725.50 − 执行 700.50 = 25.00, stated 35.00"),
    ("xiajin-shenjingfengting-2021", 2, "completion_mismatch", "自评表, 封停深层承压水机井 row",
     "86眼" + T + "107.50%", "86眼" + T + "105.70%", "封停深层承压水机井" + T + "≥80眼" + T + "86眼" + T + "105.70%",
     "86 / 80 = 107.50%, stated 105.70%"),
    ("xiajin-shenjingfengting-2021", 3, "weight_sum_mismatch", "自评表, 机井管护制度 row weight",
     "基本健全" + T + "—" + T + "5" + T + "4", "基本健全" + T + "—" + T + "4" + T + "4",
     "机井管护制度" + T + "健全" + T + "基本健全" + T + "—" + T + "4" + T + "4",
     "row weights now sum to 99 (效益 29) while 合计 says 100; score 4 of 4 stays inside the 达成 band"),
    ("xiajin-shenjingfengting-2021", 4, "conflicting_values", "prose, 产出完成情况",
     "全年封停深层承压水机井86眼", "全年封停深层承压水机井68眼", "全年封停深层承压水机井68眼",
     "the township table (合计 86) and the 自评表 (86眼) give 86 wells"),
    ("xiajin-shenjingfengting-2021", 5, "implausible_rate", "自评表, 受益群众满意度 row",
     "91.6%" + T + "101.78%", "101.6%" + T + "112.89%", "受益群众满意度" + T + "≥90%" + T + "101.6%",
     "satisfaction 101.6% is above 100% (its completion 101.6/90 = 112.89% is computed correctly)"),
    ("xiajin-shenjingfengting-2021", 6, "score_sum_mismatch", "自评表, 机井管护制度 row score",
     "基本健全" + T + "—" + T + "5" + T + "4", "基本健全" + T + "—" + T + "5" + T + "4.5",
     "机井管护制度" + T + "健全" + T + "基本健全" + T + "—" + T + "5" + T + "4.5",
     "row scores now sum to 98.76, the table and the text state 98.26"),
    # --- nanle 2022, 部门整体 (｜ tables) ---
    ("nanle-shuiliju-bumen-2022", 1, "sum_mismatch", "prose, 支出结构 (项目支出 components)",
     "农村饮水安全维修养护312.56万元", "农村饮水安全维修养护321.56万元", "农村饮水安全维修养护321.56万元",
     "1,268.40 + 321.56 + 235.30 + 309.00 = 2,134.26, 项目支出 stated 2,125.26"),
    ("nanle-shuiliju-bumen-2022", 2, "rate_mismatch", "funds table, 政府性基金 row",
     "385.00｜91.67%", "385.00｜96.17%", "385.00｜96.17%",
     "385.00 / 420.00 = 91.67%, stated 96.17%"),
    ("nanle-shuiliju-bumen-2022", 3, "grade_mismatch", "prose, 综合评价",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 97.79 lies in the 优 band (>= 90)"),
    ("nanle-shuiliju-bumen-2022", 4, "unit_mismatch", "prose, “三公”经费 breakdown",
     "公务接待费0.42万元", "公务接待费4200万元", "公务接待费4200万元",
     "4200 元 written with 万元: 0.42 + 9.44 = 9.86 only when 4200 is read as 元"),
    ("nanle-shuiliju-bumen-2022", 5, "implausible_rate", "funds table, 其他资金 row",
     "其他资金｜0.00｜0.00｜—", "其他资金｜0.00｜0.00｜100.00%", "其他资金｜0.00｜0.00｜100.00%",
     "execution rate printed on a zero budget"),
    ("nanle-shuiliju-bumen-2022", 6, "completion_mismatch", "自评表, 浅层地下水位年降幅 row (≤ indicator)",
     "0.62米｜80.65%", "0.62米｜124.00%", "0.62米｜124.00%",
     "≤0.5米 missed with 0.62米: completion 0.5 / 0.62 = 80.65%; 124.00% is actual/target"),
    # --- yongchang 2024 (tab tables) ---
    ("yongchang-guanjing-2024", 1, "year_mismatch", "funds prose, 截至 date",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "spending of the 2024 budget reported as of the end of 2023"),
    ("yongchang-guanjing-2024", 2, "balance_mismatch", "funds prose, 结余",
     "结余48.00万元", "结余84.00万元", "结余84.00万元",
     "到位 1,296.00 − 执行 1,248.00 = 48.00 (also 中央 960.00 − 912.00), stated 84.00"),
    ("yongchang-guanjing-2024", 3, "weight_sum_mismatch", "自评表, 合计 row weight",
     T + "100" + T + "98.95", T + "110" + T + "98.95", "合计" + T * 6 + "110" + T + "98.95",
     "row weights sum to 100, 合计 row says 110"),
    ("yongchang-guanjing-2024", 4, "average_mismatch", "prose after the township table",
     "5个镇平均关停31眼", "5个镇平均关停33眼", "5个镇平均关停33眼",
     "155 wells / 5 towns = 31, stated 33"),
    ("yongchang-guanjing-2024", 5, "score_exceeds_weight", "自评表, 以电控水覆盖率 row (and next row)",
     "101.37%" + T + "5" + T + "5" + T + "\n" + T + T + "用水管理长效机制" + T + "健全" + T + "基本健全" + T + "—" + T + "5" + T + "4.5",
     "101.37%" + T + "5" + T + "5.5" + T + "\n" + T + T + "用水管理长效机制" + T + "健全" + T + "基本健全" + T + "—" + T + "5" + T + "4.0",
     "机井“以电控水”覆盖率" + T + "≥95%" + T + "96.3%" + T + "101.37%" + T + "5" + T + "5.5",
     "score 5.5 above the weight 5; 用水管理长效机制 lowered 4.5 -> 4.0 in the same edit so the total 98.95 still adds up"),
    ("yongchang-guanjing-2024", 6, "unit_mismatch", "township table, 朱王堡镇 row, 补偿资金 (万元 column)",
     "朱王堡镇" + T + "42" + T + "20000" + T + "84.00", "朱王堡镇" + T + "42" + T + "20000" + T + "840000",
     "朱王堡镇" + T + "42" + T + "20000" + T + "840000",
     "42 × 20000元 = 840000元 = 84.00万元: the 元 figure sits in the 万元 column; column sum and row product reconcile only after ÷10^4"),
    # --- tuoketuo 2025 (｜ tables, no satisfaction indicator) ---
    ("tuoketuo-yinhuangzhihuan-2025", 1, "grade_mismatch", "prose, 自评结论",
     "评价等级为良", "评价等级为优", "评价等级为优",
     "total 87.79 lies in the 良 band (80 <= s < 90)"),
    ("tuoketuo-yinhuangzhihuan-2025", 2, "completion_mismatch", "自评表, 黄河水置换灌溉面积 row",
     "2.6万亩｜74.29%", "2.6万亩｜72.49%", "2.6万亩｜72.49%",
     "2.6 / 3.5 = 74.29%, stated 72.49%"),
    ("tuoketuo-yinhuangzhihuan-2025", 3, "score_sum_mismatch", "自评表, 项目完工时限 row score",
     "2025年11月25日｜—｜5｜3", "2025年11月25日｜—｜5｜3.5", "2025年11月25日｜—｜5｜3.5",
     "row scores now sum to 88.29, the table and the text state 87.79 (3.5 is still inside the 部分达成 band)"),
    ("tuoketuo-yinhuangzhihuan-2025", 4, "conflicting_values", "prose after the township table",
     "全年压减地下水开采量261.0万立方米", "全年压减地下水开采量216.0万立方米", "全年压减地下水开采量216.0万立方米",
     "the township table 合计 and the 自评表 give 261.0万立方米"),
    ("tuoketuo-yinhuangzhihuan-2025", 5, "rate_mismatch", "funds table, 县级资金 row",
     "71.30｜71.30%", "71.30｜73.10%", "71.30｜73.10%",
     "县级 71.30 / 100.00 = 71.30%, stated 73.10%"),
    ("tuoketuo-yinhuangzhihuan-2025", 6, "sum_mismatch", "funds prose, 支出 breakdown",
     "高效节水灌溉改造305.00万元", "高效节水灌溉改造350.00万元", "高效节水灌溉改造350.00万元",
     "93.10 + 1,226.45 + 350.00 + 63.50 = 1,733.05, 全年执行 stated 1,688.05"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for pid in PROJECTS:
        clean = read(os.path.join(CASES, f"{pid}-clean.txt"))
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for src, n, code, where, old, new, value, expl in [e for e in EDITS if e[0] == pid]:
            if clean.count(old) != 1:
                sys.exit(f"{pid}-e{n}: old string occurs {clean.count(old)} times in the clean draft")
            case = clean.replace(old, new)
            if case.count(value) != 1:
                sys.exit(f"{pid}-e{n}: value occurs {case.count(value)} times in the case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
