#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts269 from the clean drafts.

Each clean draft cases/<id>-clean.txt stays as written. Every entry of EDITS below is one
injected slip: an exact old -> new replacement that must match exactly once in the clean
draft. The result is written to cases/<id>-eN.txt and described in labels.jsonl.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zj-songyang-qiaojian-2022",
    "yn-yiliang-weiqiao-2020",
    "cq-xiushan-suidaojidian-2023",
    "jl-yitong-anfang-2021",
    "sn-langao-gonglu-bumen-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 松阳县 桥梁定期检测 2022 -------------------------------------------------
    ("zj-songyang-qiaojian-2022", 1, "rate_mismatch", "table",
     "131.04｜10｜96.00%｜9.60", "131.04｜10｜96.60%｜9.60", "96.60%",
     "执行率 = 131.04 / 136.50 = 96.00%, the table states 96.60%"),
    ("zj-songyang-qiaojian-2022", 2, "sum_mismatch", "text",
     "水下构件检测费21.60万元", "水下构件检测费21.06万元", "水下构件检测费21.06万元",
     "use breakdown 98.40 + 21.06 + 6.50 + 10.00 = 135.96, not the stated 全年预算 136.50"),
    ("zj-songyang-qiaojian-2022", 3, "completion_mismatch", "text",
     "完成年度目标值的102.44%", "完成年度目标值的102.24%", "完成年度目标值的102.24%",
     "252座 / 246座 = 102.44%, stated 102.24%"),
    ("zj-songyang-qiaojian-2022", 4, "score_sum_mismatch", "table",
     "85.00%｜10｜9.44", "85.00%｜10｜9.64", "85.00%｜10｜9.64",
     "row scores now add to 97.11 (9.60 + 49.87 + 27.64 + 10) while the total reads 96.91 in table and text"),
    ("zj-songyang-qiaojian-2022", 5, "unit_mismatch", "table",
     "0.385万元/座", "3850万元/座", "3850万元/座",
     "the per-bridge cost 3850元 (0.385万元, see text) is labelled 万元: off by 10^4 against the ≤0.40万元/座 target"),
    ("zj-songyang-qiaojian-2022", 6, "year_mismatch", "table",
     "2022年11月30日前｜2022年11月25日", "2022年11月30日前｜2021年11月25日", "2021年11月25日",
     "the 2022 inspection task is reported finished on a date in 2021"),
    # --- 彝良县 危桥改造 2020 (prose only) ---------------------------------------------
    ("yn-yiliang-weiqiao-2020", 1, "balance_mismatch", "text",
     "年末结转53.40万元", "年末结转35.40万元", "结转35.40万元",
     "905.00 − 851.60 = 53.40 (also 175.00 − 121.60), stated 35.40"),
    ("yn-yiliang-weiqiao-2020", 2, "average_mismatch", "text",
     "平均满意度为93%", "平均满意度为94%", "平均满意度为94%",
     "(92 + 95 + 90 + 96 + 92) / 5 = 93%, stated 94%"),
    ("yn-yiliang-weiqiao-2020", 3, "grade_mismatch", "text",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "a total of 97.62 is in the 优 band (≥90), stated 良好"),
    ("yn-yiliang-weiqiao-2020", 4, "score_exceeds_weight", "text",
     "实际完成8座，分值15分，得15分；时效指标“按期完工率”，年度指标值≥95%，8座桥梁中7座于10月底前完工，按期完工率87.50%，分值10分",
     "实际完成8座，分值10分，得15分；时效指标“按期完工率”，年度指标值≥95%，8座桥梁中7座于10月底前完工，按期完工率87.50%，分值15分",
     "分值10分，得15分",
     "the weights of 危桥改造数量 and 按期完工率 were swapped: 危桥改造数量 now scores 15 on a weight of 10 (weights still total 50)"),
    ("yn-yiliang-weiqiao-2020", 5, "implausible_rate", "text",
     "当年已支付24.00万元，支付比例85.71%", "当年已支付34.00万元，支付比例121.43%", "支付比例121.43%",
     "34.00 paid on a 28.00万元 supervision contract: 121.43% is arithmetically right but above 100%"),
    ("yn-yiliang-weiqiao-2020", 6, "conflicting_values", "text",
     "沿线3.47万群众", "沿线3.74万群众", "3.74万群众",
     "beneficiaries are 3.47万人 in the indicator section (108.44% of 3.2万人), 3.74万 here"),
    # --- 秀山县 隧道机电维护 2023 ----------------------------------------------------
    ("cq-xiushan-suidaojidian-2023", 1, "weight_sum_mismatch", "table",
     "30小时｜80.00%｜10｜8", "30小时｜80.00%｜12｜8", "80.00%｜12｜8",
     "weights now total 102 (效益 10 + 12 + 10 = 32)"),
    ("cq-xiushan-suidaojidian-2023", 2, "completion_mismatch", "table",
     "96.5%｜98.47%", "96.5%｜98.74%", "96.5%｜98.74%",
     "96.5 / 98 = 98.47%, stated 98.74%"),
    ("cq-xiushan-suidaojidian-2023", 3, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—", "0.00｜—｜100.00%",
     "an execution rate of 100% on a zero 其他资金 budget"),
    ("cq-xiushan-suidaojidian-2023", 4, "score_exceeds_weight", "table",
     "｜=9座｜9座｜100%｜10｜10｜—\n产出指标｜数量指标｜更换LED照明灯具｜≥1200盏｜1260盏｜105.00%｜5｜5｜",
     "｜=9座｜9座｜100%｜5｜10｜—\n产出指标｜数量指标｜更换LED照明灯具｜≥1200盏｜1260盏｜105.00%｜10｜5｜",
     "9座｜100%｜5｜10",
     "the weights of the two 数量 rows were swapped: 维护隧道数量 scores 10 on a weight of 5 (weights still total 100)"),
    ("cq-xiushan-suidaojidian-2023", 5, "rate_mismatch", "text",
     "支付率94.87%", "支付率94.78%", "支付率94.78%",
     "142.30 / 150.00 = 94.87%, stated 94.78%"),
    ("cq-xiushan-suidaojidian-2023", 6, "average_mismatch", "text",
     "平均每座隧道全年电费14.29万元", "平均每座隧道全年电费14.92万元", "平均每座隧道全年电费14.92万元",
     "电费 128.60万元 / 9座 = 14.29万元, stated 14.92"),
    # --- 伊通县 安防工程 2021 ------------------------------------------------------
    ("jl-yitong-anfang-2021", 1, "balance_mismatch", "text",
     "年末结转资金55.72万元", "年末结转资金57.52万元", "结转资金57.52万元",
     "398.00 − 342.28 = 55.72, stated 57.52"),
    ("jl-yitong-anfang-2021", 2, "year_mismatch", "text",
     "截至2021年12月31日，项目累计支出", "截至2020年12月31日，项目累计支出", "截至2020年12月31日",
     "the 2021 project's spending is dated to the end of 2020"),
    ("jl-yitong-anfang-2021", 3, "grade_mismatch", "text",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "a total of 89.00 is in the 良 band (80–90), stated 优秀"),
    ("jl-yitong-anfang-2021", 4, "unit_mismatch", "table",
     "≥185公里｜158.4公里", "≥185公里｜85.62%", "≥185公里｜85.62%",
     "target in 公里, actual given as a percentage (the completion rate was typed into the 实际完成值 cell)"),
    ("jl-yitong-anfang-2021", 5, "sum_mismatch", "table",
     "省级补助资金｜60.00｜60.00", "省级补助资金｜66.00｜60.00", "省级补助资金｜66.00",
     "年初预算 column 300.00 + 66.00 + 60.00 = 426.00, 合计 420.00"),
    ("jl-yitong-anfang-2021", 6, "conflicting_values", "table",
     "≥42公里｜44.8公里", "≥42公里｜48.4公里", "48.4公里",
     "the text gives 新增波形梁钢护栏 44.8公里 (106.67% of 42), the table 48.4公里"),
    # --- 岚皋县 部门整体 2024 --------------------------------------------------------
    ("sn-langao-gonglu-bumen-2024", 1, "weight_sum_mismatch", "table",
     "0起｜10｜10", "0起｜15｜10", "0起｜15｜10",
     "效益 weights 10 + 15 + 10 = 35 against 小计 30; all weights total 105"),
    ("sn-langao-gonglu-bumen-2024", 2, "score_sum_mismatch", "table",
     "基本健全｜10｜8", "基本健全｜10｜9", "基本健全｜10｜9",
     "效益 scores 10 + 10 + 9 = 29 against 小计 28; rows add to 98.49 against 总分 97.49"),
    ("sn-langao-gonglu-bumen-2024", 3, "rate_mismatch", "table",
     "1419.85｜10｜97.75%", "1419.85｜10｜97.57%", "97.57%",
     "1419.85 / 1452.60 = 97.75%, stated 97.57%"),
    ("sn-langao-gonglu-bumen-2024", 4, "sum_mismatch", "text",
     "日常养护360.00万元", "日常养护380.00万元", "日常养护380.00万元",
     "420.00 + 380.00 + 170.00 = 970.00, stated 项目支出全年预算 950.00"),
    ("sn-langao-gonglu-bumen-2024", 5, "average_mismatch", "text",
     "平均94分", "平均95分", "平均95分",
     "(96 + 92 + 94) / 3 = 94, stated 95"),
    ("sn-langao-gonglu-bumen-2024", 6, "completion_mismatch", "text",
     "完成年度指标的97.18%", "完成年度指标的97.81%", "完成年度指标的97.81%",
     "82.6% / 85% = 97.18%, stated 97.81%"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value {value!r} not in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
