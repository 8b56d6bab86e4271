#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts147 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft
cases/<source>-clean.txt; the result is written to cases/<source>-eN.txt. `value` is the exact
substring of the error case that carries the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "kaiyuan-yingjibumen-2020",
    "zhenba-dizai-2023",
    "songtao-senlinfanghuo-2018",
    "yongan-xiaofangzhan-2024",
    "etuokeqianqi-anquanzhifa-2021",
]

# (source, n, code, old, new, value, explanation, where)
EDITS = [
    # ---------------- kaiyuan-yingjibumen-2020 (Liaoning, 部门整体) ----------------
    ("kaiyuan-yingjibumen-2020", 1, "average_mismatch",
     "平均得分95.00分", "平均得分95.50分", "平均得分95.50分",
     "(96.5 + 94.0 + 98.0 + 91.5) / 4 = 95.00, stated 95.50", "prose"),
    ("kaiyuan-yingjibumen-2020", 2, "sum_mismatch",
     "项目支出｜408.00｜644.50", "项目支出｜480.00｜644.50", "项目支出｜480.00",
     "年初预算数 column: 基本支出 860.40 + 项目支出 480.00 = 1340.40, but 年度资金总额 is 1268.40 (was 408.00)", "table"),
    ("kaiyuan-yingjibumen-2020", 3, "grade_mismatch",
     "自评得分98.86分，评价等级为优", "自评得分98.86分，评价等级为良", "评价等级为良",
     "98.86 is in the 优 band (90 <= s <= 100), stated 良", "prose"),
    ("kaiyuan-yingjibumen-2020", 4, "completion_mismatch",
     "356家次，完成率111.25%", "356家次，完成率111.52%", "完成率111.52%",
     "356 / 320 = 111.25%, stated 111.52%", "prose"),
    ("kaiyuan-yingjibumen-2020", 5, "score_exceeds_weight",
     "14类｜10｜10｜—\n产出指标｜数量指标｜组织综合应急演练｜≥6次｜5次｜5｜4.17",
     "14类｜10｜11｜—\n产出指标｜数量指标｜组织综合应急演练｜≥6次｜5次｜5｜3.17",
     "14类｜10｜11",
     "应急物资储备品种 scored 11 against a weight of 10 (the next row lowered by 1 so the total still reads 98.86)", "table"),
    ("kaiyuan-yingjibumen-2020", 6, "year_mismatch",
     "｜年度：2020年", "｜年度：2021年", "年度：2021年",
     "the 2020 report's self-evaluation table is headed 年度：2021年", "table"),

    # ---------------- zhenba-dizai-2023 (Shaanxi, 地质灾害防治) ----------------
    ("zhenba-dizai-2023", 1, "completion_mismatch",
     "8452人｜98.28%", "8452人｜98.82%", "8452人｜98.82%",
     "8452 / 8600 = 98.28%, stated 98.82%", "table"),
    ("zhenba-dizai-2023", 2, "unit_mismatch",
     "治理工程验收合格率｜100%｜100%｜100%", "治理工程验收合格率｜100%｜3处｜100%", "验收合格率｜100%｜3处",
     "target is a percentage (100%), actual written as a count (3处)", "table"),
    ("zhenba-dizai-2023", 3, "score_exceeds_weight",
     "2023年10月25日｜—｜5｜5｜—\n产出指标｜成本指标｜群测群防员补助标准｜3600元/人·年｜3600元/人·年｜100%｜10｜10",
     "2023年10月25日｜—｜5｜6｜—\n产出指标｜成本指标｜群测群防员补助标准｜3600元/人·年｜3600元/人·年｜100%｜10｜9",
     "2023年10月25日｜—｜5｜6",
     "治理工程完工时间 scored 6 against a weight of 5 (next row lowered by 1, total unchanged)", "table"),
    ("zhenba-dizai-2023", 4, "rate_mismatch",
     "支出238.15万元，执行率97.20%", "支出238.15万元，执行率97.02%", "执行率97.02%",
     "排危除险: 238.15 / 245.00 = 97.20%, stated 97.02%", "prose"),
    ("zhenba-dizai-2023", 5, "year_mismatch",
     "截至2023年12月31日，项目累计支出", "截至2022年12月31日，项目累计支出", "截至2022年12月31日",
     "the 2023 project's cumulative spending is dated 截至2022年12月31日", "prose"),
    ("zhenba-dizai-2023", 6, "conflicting_values",
     "全年实际支出398.35万元，完成了", "全年实际支出389.35万元，完成了", "389.35万元",
     "the conclusion gives the year's spending as 389.35万元; funds section and table give 398.35万元", "prose"),

    # ---------------- songtao-senlinfanghuo-2018 (Guizhou, 森林防火) ----------------
    ("songtao-senlinfanghuo-2018", 1, "rate_mismatch",
     "138.62｜10｜94.62%｜9.46", "138.62｜10｜96.42%｜9.46", "96.42%",
     "138.62 / 146.50 = 94.62%, table row states 96.42%", "table"),
    ("songtao-senlinfanghuo-2018", 2, "balance_mismatch",
     "剩余7.88万元结转2019年", "剩余7.78万元结转2019年", "7.78万元",
     "146.50 - 138.62 = 7.88, stated 7.78", "prose"),
    ("songtao-senlinfanghuo-2018", 3, "average_mismatch",
     "平均每支24人", "平均每支26人", "平均每支26人",
     "672 / 28 = 24, stated 26", "prose"),
    ("songtao-senlinfanghuo-2018", 4, "score_sum_mismatch",
     "88%｜10｜9.78｜", "88%｜10｜9.87｜", "9.87｜加强宣传解释\n总分｜｜｜｜｜100｜98.44",
     "9.46 + 49.2 + 30 + 9.87 = 98.53, stated total 98.44", "table"),
    ("songtao-senlinfanghuo-2018", 5, "unit_mismatch",
     "合计551880元", "合计551880万元", "551880万元",
     "126 × 4380元 = 551880元 (55.19万元), written with the unit 万元: off by 10^4", "prose"),
    ("songtao-senlinfanghuo-2018", 6, "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget (其他资金 0.00)", "table"),

    # ---------------- yongan-xiaofangzhan-2024 (Fujian, 消防站建设) ----------------
    ("yongan-xiaofangzhan-2024", 1, "grade_mismatch",
     "自评总分89.84分，等级为良", "自评总分89.84分，等级为优", "等级为优",
     "89.84 is in the 良 band (80 <= s < 90), stated 优", "prose"),
    ("yongan-xiaofangzhan-2024", 2, "average_mismatch",
     "｜75.95万元｜", "｜75.59万元｜", "75.59万元",
     "mean of the three completed stations (76.52 + 80.36 + 70.98) / 3 = 75.95, stated 75.59", "table"),
    ("yongan-xiaofangzhan-2024", 3, "sum_mismatch",
     "永安市本级280.00万元", "永安市本级260.00万元", "永安市本级260.00万元",
     "200.00 + 100.00 + 260.00 = 560.00, not the 580.00 funds total", "prose"),
    ("yongan-xiaofangzhan-2024", 4, "weight_sum_mismatch",
     "配备水罐消防车｜≥4辆｜4辆｜5｜5", "配备水罐消防车｜≥4辆｜4辆｜6｜5", "4辆｜6｜5",
     "weights now total 101 (产出 51)", "table"),
    ("yongan-xiaofangzhan-2024", 5, "implausible_rate",
     "实际支出268.40万元，执行率98.68%", "实际支出278.40万元，执行率102.35%", "278.40万元，执行率102.35%",
     "vehicle budget 272.00, spending 278.40: execution rate over 100%", "prose"),
    ("yongan-xiaofangzhan-2024", 6, "unit_mismatch",
     "招录专职消防员｜≥32人｜30人", "招录专职消防员｜≥32人｜93.75%", "≥32人｜93.75%",
     "target in persons (人), actual written as a percentage", "table"),

    # ---------------- etuokeqianqi-anquanzhifa-2021 (Inner Mongolia, prose only) ----------------
    ("etuokeqianqi-anquanzhifa-2021", 1, "score_sum_mismatch",
     "自评总分89.75分", "自评总分89.57分", "89.57分",
     "6.83 + 47.23 + 26.25 + 9.44 = 89.75, stated 89.57", "prose"),
    ("etuokeqianqi-anquanzhifa-2021", 2, "implausible_rate",
     "考核合格379人，合格率92%", "考核合格479人，合格率116%", "479人，合格率116%",
     "479 passed out of 412 trained: a pass rate over 100%", "prose"),
    ("etuokeqianqi-anquanzhifa-2021", 3, "balance_mismatch",
     "结余24.88万元", "结余24.68万元", "24.68万元",
     "78.40 - 53.52 = 24.88, stated 24.68", "prose"),
    ("etuokeqianqi-anquanzhifa-2021", 4, "conflicting_values",
     "全年执法检查238家次", "全年执法检查283家次", "283家次",
     "the problems section gives 283家次; the outputs and scoring give 238家次", "prose"),
    ("etuokeqianqi-anquanzhifa-2021", 5, "weight_sum_mismatch",
     "执法文书规范率分值5分", "执法文书规范率分值8分", "执法文书规范率分值8分",
     "产出 sub-weights 15 + 10 + 10 + 8 + 10 = 53, not the 50 stated", "prose"),
    ("etuokeqianqi-anquanzhifa-2021", 6, "completion_mismatch",
     "260家次的91.54%", "260家次的91.45%", "91.45%",
     "238 / 260 = 91.54%, stated 91.45%", "prose"),
]


def main():
    labels = []
    errors = 0
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, where) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                print(f"ERROR {src}-e{n}: old string matches {cnt} times: {old!r}")
                errors += 1
                continue
            text = clean.replace(old, new, 1)
            if value not in text:
                print(f"ERROR {src}-e{n}: value not in case: {value!r}")
                errors += 1
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with errors)")
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
