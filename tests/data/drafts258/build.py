#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts258 from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each with exactly one
edit from EDITS applied.  An edit is an exact old -> new replacement; `old` must occur exactly once in the clean
draft and `value` (the label's evidence string) must occur in the resulting case.
"""
import json
import pathlib
import sys

BASE = pathlib.Path(__file__).resolve().parent
CASES = BASE / "cases"

SOURCES = [
    "zhaozhou-grainrotation-2021",
    "yongcheng-depotrepair-2019",
    "shouxian-grainqc-2023",
    "shehong-youzhiliang-2020",
    "yongji-grainbureau-2024",
]


def E(code, old, new, value, explanation, where):
    return {"code": code, "old": old, "new": new, "value": value,
            "explanation": explanation, "where": where}


EDITS = {
    # ---------------------------------------------------------------- Heilongjiang, 肇州县, 2021
    "zhaozhou-grainrotation-2021": [
        E("rate_mismatch",
          "｜187.13｜—｜95.47%｜—", "｜187.13｜—｜95.74%｜—",
          "95.74%",
          "当年财政拨款 row: 187.13 / 196.00 = 95.47%, the table prints 95.74% (digits transposed)",
          "table"),
        E("sum_mismatch",
          "其中：当年财政拨款｜160.00｜", "其中：当年财政拨款｜106.00｜",
          "年度资金总额｜180.00｜216.00｜207.13｜10｜95.89%｜9.59\n其中：当年财政拨款｜106.00",
          "年初预算数 column: 106.00 + 20.00 + 0.00 = 126.00 but 年度资金总额 reads 180.00 (当年财政拨款 should be 160.00, digits transposed)",
          "table"),
        E("average_mismatch",
          "平均每吨价差亏损438.00元", "平均每吨价差亏损483.00元",
          "平均每吨价差亏损483.00元",
          "168.63万元 / 3850吨 = 438.00元 per tonne, stated 483.00元",
          "prose"),
        E("year_mismatch",
          "已按规定结转至2022年使用", "已按规定结转至2021年使用",
          "结转至2021年",
          "the unspent 8.87万元 of the 2021 budget is said to be carried over to 2021 itself (should be 2022)",
          "prose"),
        E("score_exceeds_weight",
          "｜3.5个月｜5｜5｜—\n产出指标｜成本指标｜轮换费用补贴标准｜≤100元/吨｜100元/吨｜10｜10｜",
          "｜3.5个月｜5｜10｜—\n产出指标｜成本指标｜轮换费用补贴标准｜≤100元/吨｜100元/吨｜10｜5｜",
          "3.5个月｜5｜10",
          "时效 row 轮换架空期 scored 10 against a weight of 5 (the scores of the 时效 and 成本 rows were swapped, so the total still reads 97.03)",
          "table"),
        E("grade_mismatch",
          "综合得分97.03分，评价等级为“优”", "综合得分97.03分，评价等级为“良”",
          "评价等级为“良”",
          "97.03 is in the 优 band (90–100), the conclusion says 良",
          "prose"),
    ],
    # ---------------------------------------------------------------- Henan, 永城市, 2019
    "yongcheng-depotrepair-2019": [
        E("balance_mismatch",
          "年末结余107.65万元", "年末结余107.56万元",
          "107.56万元",
          "全年预算 (all 到位) 520.00 − 执行 412.35 = 107.65万元, stated 107.56万元",
          "prose"),
        E("weight_sum_mismatch",
          "粮情测控系统升级｜1套｜1套｜5｜5", "粮情测控系统升级｜1套｜1套｜6｜5",
          "1套｜1套｜6｜5",
          "weight of 粮情测控系统升级 typed as 6: 产出 weights now 51 and all weights incl. 预算执行 10 total 101",
          "table"),
        E("completion_mismatch",
          "全年完成改造仓房10栋，完成率83.33%", "全年完成改造仓房10栋，完成率88.33%",
          "完成率88.33%",
          "10栋 of a target of 12栋 = 83.33%, stated 88.33%",
          "prose"),
        E("unit_mismatch",
          "｜≥6万吨｜5万吨｜", "｜≥6万吨｜83.33%｜",
          "≥6万吨｜83.33%",
          "维修改造仓容: target in 万吨 but the actual value is given as a percentage (the completion rate was pasted into the 实际完成值 cell)",
          "table"),
        E("conflicting_values",
          "全年仅支出412.35万元", "全年仅支出421.35万元",
          "421.35万元",
          "the year's spending is 412.35万元 in the funds section and in the table, 421.35万元 in the problems section",
          "prose"),
        E("score_sum_mismatch",
          "｜93%｜10｜10｜—\n合计", "｜93%｜10｜9｜—\n合计",
          "93%｜10｜9｜—\n合计｜｜｜｜｜100｜88.59",
          "row scores now add to 7.93 + 43.66 + 27 + 9 = 87.59 while the 合计 row and the conclusion state 88.59",
          "table"),
    ],
    # ---------------------------------------------------------------- Anhui, 寿县, 2023 (funds and indicators in prose only)
    "shouxian-grainqc-2023": [
        E("rate_mismatch",
          "项目实际支出113.49万元，预算执行率97.00%", "项目实际支出113.49万元，预算执行率97.70%",
          "预算执行率97.70%",
          "113.49 / 117.00 = 97.00%, stated 97.70%",
          "prose"),
        E("implausible_rate",
          "综合满意度为91.6%", "综合满意度为916%",
          "综合满意度为916%",
          "a satisfaction rate of 916% is impossible (decimal point dropped from 91.6%)",
          "prose"),
        E("average_mismatch",
          "平均每季度71.25批次", "平均每季度71.52批次",
          "平均每季度71.52批次",
          "(68 + 75 + 70 + 72) / 4 = 71.25批次, stated 71.52",
          "prose"),
        E("completion_mismatch",
          "实际完成285批次，完成率95.00%", "实际完成285批次，完成率96.00%",
          "完成率96.00%",
          "285 of a target of 300批次 = 95.00%, stated 96.00%",
          "prose"),
        E("year_mismatch",
          "截至2023年12月31日", "截至2022年12月31日",
          "截至2022年12月31日",
          "spending of the 2023 project is reported as of 31 December 2022",
          "prose"),
        E("unit_mismatch",
          "委托第三方检测费21.00万元", "委托第三方检测费210000万元",
          "210000万元",
          "the 21.00万元 item (210000元) written with the unit 万元: 41.26 + 38.50 + 12.73 + 21.00 = 113.49 only after rescaling by 10^4",
          "prose"),
    ],
    # ---------------------------------------------------------------- Sichuan, 射洪市, 2020
    "shehong-youzhiliang-2020": [
        E("implausible_rate",
          "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
          "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
          "an execution rate of 100.00% printed on a zero budget (其他资金 全年预算 0.00)",
          "table"),
        E("weight_sum_mismatch",
          "｜100｜%｜100｜10｜10｜", "｜100｜%｜100｜15｜10｜",
          "100｜%｜100｜15｜10",
          "验收合格率 weight typed as 15: 产出 weights now 65 and the weights total 105 instead of 100",
          "table"),
        E("completion_mismatch",
          "服务种粮农户3900户，完成率78.00%", "服务种粮农户3900户，完成率87.00%",
          "完成率87.00%",
          "3900户 of a target of 5000户 = 78.00%, stated 87.00%",
          "prose"),
        E("conflicting_values",
          "｜300｜吨/日｜220｜", "｜300｜吨/日｜250｜",
          "吨/日｜250",
          "the new drying capacity is 220吨/日 in the text (120 + 100, 完成率73.33%) and in the goal block, 250 in the indicator table",
          "table"),
        E("grade_mismatch",
          "自评等级：良", "自评等级：优",
          "自评等级：优",
          "82.54 is in the 良 band (80–90), the table's 评价结论 box says 优",
          "table"),
        E("balance_mismatch",
          "年末结余73.20万元", "年末结余72.30万元",
          "72.30万元",
          "460.00 − 386.80 = 73.20万元, stated 72.30万元",
          "prose"),
    ],
    # ---------------------------------------------------------------- Jilin, 永吉县, 2024 (部门整体)
    "yongji-grainbureau-2024": [
        E("score_exceeds_weight",
          "粮食安全宣传活动｜≥6场｜6场｜5｜5｜—\n产出指标｜数量指标｜新增应急物资储备品类｜≥12类｜9类｜10｜7.50｜",
          "粮食安全宣传活动｜≥6场｜6场｜5｜7.50｜—\n产出指标｜数量指标｜新增应急物资储备品类｜≥12类｜9类｜10｜5｜",
          "6场｜5｜7.50",
          "粮食安全宣传活动 scored 7.50 against a weight of 5 (scores of two adjacent rows swapped; 产出 still adds to 47.50)",
          "table"),
        E("sum_mismatch",
          "项目支出｜950.10｜", "项目支出｜905.10｜",
          "年度资金总额｜1236.50｜1402.80｜1338.27｜10｜95.40%｜9.54\n其中：基本支出｜286.40｜286.40｜281.87｜—｜98.42%｜—\n项目支出｜905.10",
          "年初预算数 column: 286.40 + 905.10 = 1191.50, total reads 1236.50 (项目支出 should be 950.10)",
          "table"),
        E("score_sum_mismatch",
          "｜88%｜10｜9.78｜", "｜88%｜10｜9.87｜",
          "88%｜10｜9.87｜补贴标准多年未调整\n总分｜｜｜｜｜100｜93.82",
          "row scores now add to 9.54 + 47.50 + 27 + 9.87 = 93.91 while the 总分 row and the conclusion state 93.82",
          "table"),
        E("rate_mismatch",
          "｜281.87｜—｜98.42%｜", "｜281.87｜—｜98.24%｜",
          "98.24%",
          "基本支出 row: 281.87 / 286.40 = 98.42%, stated 98.24%",
          "table"),
        E("conflicting_values",
          "全年拨付县级储备粮利息费用补贴912.00万元", "全年拨付县级储备粮利息费用补贴921.00万元",
          "921.00万元",
          "the 储备粮利息费用补贴 is 912.00万元 in the budget and execution paragraphs (528.00 + 384.00), 921.00万元 in 履职产出",
          "prose"),
        E("balance_mismatch",
          "全年结余64.53万元", "全年结余65.43万元",
          "65.43万元",
          "全年预算 1402.80 − 执行 1338.27 = 64.53万元, stated 65.43万元",
          "prose"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = (CASES / clean_name).read_text(encoding="utf-8")
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        edits = EDITS[src]
        if len(edits) != 6:
            sys.exit(f"{src}: {len(edits)} edits, expected 6")
        for i, e in enumerate(edits, 1):
            n = clean.count(e["old"])
            if n != 1:
                sys.exit(f"{src}-e{i}: old string occurs {n} times")
            text = clean.replace(e["old"], e["new"])
            if e["value"] not in text:
                sys.exit(f"{src}-e{i}: value not in case")
            name = f"{src}-e{i}.txt"
            (CASES / name).write_text(text, encoding="utf-8")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error",
                                         "value": e["value"], "explanation": e["explanation"]}]})
    with open(BASE / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases and {len(labels)} labels")


if __name__ == "__main__":
    main()
