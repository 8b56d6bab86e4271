#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts492 from the clean drafts and the edit list.

Each edit: (source, n, code, old, new, value, where, explanation). `old` must occur exactly once in
the clean draft; the case is the clean draft with that one replacement; `value` must occur exactly
once in the case and contain (part of) the changed text.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zj-cixi-baozhengjin-2019",
    "sc-shifang-jianchadadui-bumen-2021",
    "ha-xingyang-zhouzhuanjin-2022",
    "sd-laixi-qianxinzhifa-2024",
    "hb-macheng-gongziyujing-2025",
]

E = "zj-cixi-baozhengjin-2019"
S = "sc-shifang-jianchadadui-bumen-2021"
X = "ha-xingyang-zhouzhuanjin-2022"
L = "sd-laixi-qianxinzhifa-2024"
M = "hb-macheng-gongziyujing-2025"

EDITS = [
    # ---- 慈溪 2019
    (E, 1, "rate_mismatch", "｜444.18｜92.54%", "｜444.18｜92.45%", "444.18｜92.45%",
     "funds table, row 当年财政拨款", "444.18 / 480.00 = 92.54%, stated 92.45% (digits swapped)"),
    (E, 2, "balance_mismatch", "未执行的35.82万元", "未执行的38.52万元", "未执行的38.52万元",
     "prose, 资金执行", "全年预算 560.00 (全部到位) − 执行 524.18 = 35.82, stated 38.52"),
    (E, 3, "average_mismatch", "平均每次121户", "平均每次112户", "平均每次112户",
     "prose, 产出", "(126 + 98 + 143 + 117) / 4 = 121, stated 112"),
    (E, 4, "year_mismatch", "结转至2020年", "结转至2019年", "结转至2019年",
     "prose, 资金执行", "unspent money of the 2019 budget is carried to 2019 itself; must be a later year"),
    (E, 5, "score_exceeds_weight",
     "103.00%｜10｜10\n｜时效指标｜到账时限｜≤5个工作日｜4个工作日｜100%｜10｜10",
     "103.00%｜10｜11\n｜时效指标｜到账时限｜≤5个工作日｜4个工作日｜100%｜10｜9",
     "103.00%｜10｜11",
     "自评表, rows 欠薪案件办结率 / 到账时限",
     "办结率 scored 11 against a weight of 10 (到账时限 lowered to 9, so the total still reads 98.03)"),
    (E, 6, "unit_mismatch", "｜68.00万元｜100%", "｜97.14%｜100%", "｜≤70万元｜97.14%｜",
     "自评表, row 平台年度运维费", "target ≤70万元 but actual written as a percentage (68/70), completion cannot be computed"),
    # ---- 什邡 2021 (部门整体)
    (S, 1, "score_exceeds_weight",
     "1,316户\t109.67%\t10\n\t\t立案查处欠薪案件\t10\t≥60件\t67件\t111.67%\t10",
     "1,316户\t109.67%\t11\n\t\t立案查处欠薪案件\t10\t≥60件\t67件\t111.67%\t9",
     "1,316户\t109.67%\t11",
     "自评表 (tabs), rows 书面审查用人单位 / 立案查处欠薪案件",
     "书面审查 scored 11 against a weight of 10 (立案查处 lowered to 9, total unchanged at 99.38)"),
    (S, 2, "weight_sum_mismatch", "网格化监管覆盖率\t10\t100%", "网格化监管覆盖率\t12\t100%", "网格化监管覆盖率\t12",
     "自评表 (tabs), row 网格化监管覆盖率",
     "weights now sum to 102 against the 合计 100, and 效益指标 rows to 32 against the stated 30"),
    (S, 3, "grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "prose, 评价结论", "99.38 is in the 优 band (≥90)"),
    (S, 4, "conflicting_values", "全年追回农民工工资1,842.36万元", "全年追回农民工工资1,824.36万元", "全年追回农民工工资1,824.36万元",
     "prose, 评价结论", "追回工资 is 1,842.36万元 in 四（二） and in the 自评表"),
    (S, 5, "sum_mismatch", "公用经费27.53万元", "公用经费25.73万元", "公用经费25.73万元",
     "prose, 部门支出情况", "人员经费 176.82 + 公用经费 25.73 = 202.55 ≠ 基本支出 204.35"),
    (S, 6, "implausible_rate", "单位资金\t0.00\t0.00\t—", "单位资金\t0.00\t0.00\t100.00%", "单位资金\t0.00\t0.00\t100.00%",
     "表2 (tabs), row 单位资金", "an execution rate of 100.00% on a zero budget (0.00 / 0.00)"),
    # ---- 荥阳 2022
    (X, 1, "rate_mismatch", "回收率52.60%", "回收率56.20%", "回收率56.20%",
     "prose, 效益 (sub-rate of 其他行业)", "30.40 / 57.80 = 52.60%, stated 56.20%"),
    (X, 2, "sum_mismatch", "其他行业5起", "其他行业6起", "其他行业6起",
     "prose, 产出 (分行业)", "建筑领域 9 + 其他行业 6 = 15 ≠ 14起"),
    (X, 3, "average_mismatch", "人均垫付5,718元", "人均垫付5,178元", "人均垫付5,178元",
     "prose, 产出", "186.40万元 / 326人 = 5,717.79元 → 5,718元, stated 5,178元"),
    (X, 4, "implausible_rate", "｜97.24%｜108.04%｜", "｜102.40%｜113.78%｜", "102.40%｜113.78%",
     "自评表, row 受助农民工满意度",
     "satisfaction 102.40% is above 100% (completion 102.40/90 = 113.78% is consistent)"),
    (X, 5, "grade_mismatch", "评价等级为优", "评价等级为良", "评价等级为良",
     "prose, 自评得分", "95.79 is in the 优 band (≥90)"),
    (X, 6, "completion_mismatch", "｜14起｜140.00%｜", "｜14起｜104.00%｜", "14起｜104.00%",
     "自评表, row 垫付欠薪起数", "14 / 10 = 140.00%, stated 104.00%"),
    # ---- 莱西 2024
    (L, 1, "weight_sum_mismatch", "、产出指标50分、", "、产出指标40分、", "产出指标40分",
     "prose, 二 项目绩效情况",
     "stated level weights 10 + 40 + 30 + 10 = 90 ≠ 100; 产出 rows in the table sum to 50"),
    (L, 2, "score_sum_mismatch", "项目总得分99.28分", "项目总得分99.82分", "项目总得分99.82分",
     "prose, 二 项目绩效情况", "row scores sum to 99.28 (table 合计 99.28), stated 99.82"),
    (L, 3, "conflicting_values", "覆盖用人单位1,126户", "覆盖用人单位1,162户", "覆盖用人单位1,162户",
     "prose, 四 经验做法", "检查用人单位 is 1,126户 in 三 and in the 自评表"),
    (L, 4, "year_mismatch", "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "prose, 三 绩效分析", "figures of the 2024 report stated as of 2023-12-31"),
    (L, 5, "balance_mismatch", "年末结余2.42万元", "年末结余2.24万元", "年末结余2.24万元",
     "prose, 预算执行情况", "到位 48.60 − 执行 46.18 = 2.42, stated 2.24"),
    (L, 6, "unit_mismatch", "误餐补助5.48万元", "误餐补助54800万元", "误餐补助54800万元",
     "prose, 支出构成",
     "the 54,800元 of 误餐补助 (685人·天 × 80元) written with the unit 万元; the four items no longer add to 46.18万元 and are reconciled by rescaling this one amount by 10^4"),
    # ---- 麻城 2025
    (M, 1, "rate_mismatch", "下降26.92%", "下降29.62%", "下降29.62%",
     "prose, 社会效益", "(52 − 38) / 52 = 26.92%, stated 29.62%"),
    (M, 2, "completion_mismatch", "｜4.2天｜71.43%｜", "｜4.2天｜140.00%｜", "4.2天｜140.00%",
     "自评表, row 预警处置平均用时 (≤ indicator)",
     "≤3天 missed with 4.2天: completion 3 / 4.2 = 71.43%; 140.00% is actual/target"),
    (M, 3, "score_sum_mismatch", "｜100｜89.20", "｜100｜89.02", "｜100｜89.02",
     "自评表, row 合计", "row scores sum to 89.20, 合计 states 89.02"),
    (M, 4, "grade_mismatch", "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "prose, 自评结果", "89.20 is in the 良 band (80–90)"),
    (M, 5, "conflicting_values", "减少资金占用3,842.50万元", "减少资金占用3,482.50万元", "减少资金占用3,482.50万元",
     "prose, 经济效益", "减免保证金 is 3,842.50万元 in 产出 and in the 自评表"),
    (M, 6, "sum_mismatch", "宣传培训12.00万元", "宣传培训21.00万元", "宣传培训21.00万元",
     "prose, 资金情况", "46.00 + 50.00 + 21.00 + 20.00 = 137.00 ≠ 全年预算 128.00"),
]


def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == src), key=lambda e: e[1])
        for _, n, code, old, new, value, where, expl in edits:
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old {old!r} occurs {clean.count(old)} times")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{src}-e{n}: value {value!r} occurs {text.count(value)} times")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
