#!/usr/bin/env python3
"""Build drafts542: error cases cases/<id>-e1..e6.txt and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement; old must occur exactly once in the clean draft.
The label value is an exact substring of the error case that contains the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "he-baoding-xianxuezhaomu-2019",
    "yn-qujing-hesuanjiance-2021",
    "sd-weifang-xuezhan-bumen-2022",
    "hb-yichang-xueyeanquan-2024",
    "nm-chifeng-liudongcaixue-2025",
]

# (source, n, code, old, new, value, where, explanation)
EDITS = [
    # ---- 保定 2019 (MOF table, site table)
    ("he-baoding-xianxuezhaomu-2019", 1, "sum_mismatch",
     "献血者关爱及纪念品46.71万元", "献血者关爱及纪念品47.61万元", "献血者关爱及纪念品47.61万元",
     "prose, 资金执行情况",
     "86.45 + 52.30 + 47.61 + 17.80 = 204.16, but the stated total expenditure is 203.26万元 (was 46.71)"),
    ("he-baoding-xianxuezhaomu-2019", 2, "rate_mismatch",
     "190.86\n—\n97.38%", "190.86\n—\n97.83%", "97.83%",
     "funds block, row 当年财政拨款",
     "当年财政拨款 190.86 / 196.00 = 97.38%, stated 97.83%"),
    ("he-baoding-xianxuezhaomu-2019", 3, "year_mismatch",
     "结转至2020年继续使用", "结转至2019年继续使用", "结转至2019年继续使用",
     "prose, 年末结余",
     "money unspent in the 2019 budget year is carried forward to 2019 itself; must be a later year (2020)"),
    ("he-baoding-xianxuezhaomu-2019", 4, "score_exceeds_weight",
     "74835单位\n10\n10\n开展街头及团体\n招募活动场次\n≥120场\n134场\n5\n5",
     "74835单位\n10\n5\n开展街头及团体\n招募活动场次\n≥120场\n134场\n5\n10",
     "≥120场\n134场\n5\n10",
     "indicator table, rows 采血量 / 招募活动场次",
     "招募活动场次 scores 10 against a weight of 5 (the 采血量 score drops 10 -> 5, so the total still reads 98.45)"),
    ("he-baoding-xianxuezhaomu-2019", 5, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "prose, 自评结论",
     "total 98.45 is in the 优 band (>= 90); the table still says 优"),
    ("he-baoding-xianxuezhaomu-2019", 6, "unit_mismatch",
     "宣传品制作及媒体投放86.45万元", "宣传品制作及媒体投放864500万元", "宣传品制作及媒体投放864500万元",
     "prose, 支出明细",
     "864500万元 is the 元 figure 864,500元 labelled 万元: the breakdown sums to 203.26 and the table's "
     "86.45万元 agree only after dividing by 10 000"),
    # ---- 曲靖 2021 (Shanxi-like table with 完成率, month table)
    ("yn-qujing-hesuanjiance-2021", 1, "completion_mismatch",
     "85%\n89.47%\n8.95", "85%\n98.47%\n8.95", "98.47%",
     "自评表, row 检测设备完好率",
     "actual 85% / target 95% = 89.47%, stated 98.47%"),
    ("yn-qujing-hesuanjiance-2021", 2, "average_mismatch",
     "月均检测标本6,678份", "月均检测标本6,768份", "月均检测标本6,768份",
     "prose, 项目绩效情况",
     "mean of the twelve monthly counts = 80,140 / 12 = 6,678.33, stated 6,768"),
    ("yn-qujing-hesuanjiance-2021", 3, "sum_mismatch",
     "8月\n6,219\n2", "8月\n6,219\n4", "8月\n6,219\n4",
     "month table, 反应性 column, August",
     "monthly reactive counts now sum to 40, the 合计 row (and the text) say 38"),
    ("yn-qujing-hesuanjiance-2021", 4, "implausible_rate",
     "(6)=(3)/(2)\n98.06\n—", "(6)=(3)/(2)\n98.06\n100.00", "(6)=(3)/(2)\n98.06\n100.00",
     "funds table, 预算到位率 row, 中央资金 column",
     "a 100.00% 到位率 on a zero base: 中央资金 全年预算 and 到位 are both 0.00"),
    ("yn-qujing-hesuanjiance-2021", 5, "weight_sum_mismatch",
     "室间质评合格率\n10", "室间质评合格率\n12", "室间质评合格率\n12",
     "自评表, row 室间质评合格率",
     "weight 10 -> 12: the weights now total 102, stated 合计 100"),
    ("yn-qujing-hesuanjiance-2021", 6, "balance_mismatch",
     "结余10.03万元", "结余10.30万元", "结余10.30万元",
     "prose, 预算执行情况 说明",
     "到位 304.00 - 执行 293.97 = 10.03, stated 10.30"),
    # ---- 潍坊 2022 (部门整体支出)
    ("sd-weifang-xuezhan-bumen-2022", 1, "conflicting_values",
     "全年无偿献血11.86万人次", "全年无偿献血11.68万人次", "全年无偿献血11.68万人次",
     "prose, 产出完成情况",
     "the text gives 11.68万人次, the 自评表 11.86万人次 and the month table 118,563人次"),
    ("sd-weifang-xuezhan-bumen-2022", 2, "score_sum_mismatch",
     "通过年度执业验收\n7\n7", "通过年度执业验收\n7\n6.5", "通过年度执业验收\n7\n6.5",
     "自评表, row 血站质量管理体系运行",
     "row scores now add to 98.69 (9.52 + 44.67 + 34.5 + 10), the table and text say 99.19"),
    ("sd-weifang-xuezhan-bumen-2022", 3, "rate_mismatch",
     "3,540.27\n92.19%", "3,540.27\n93.19%", "93.19%",
     "funds table, row 项目支出",
     "项目支出 3,540.27 / 3,840.00 = 92.19%, stated 93.19%"),
    ("sd-weifang-xuezhan-bumen-2022", 4, "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "prose, 产出完成情况",
     "a year-end figure of the 2022 report dated 截至2021年12月31日"),
    ("sd-weifang-xuezhan-bumen-2022", 5, "unit_mismatch",
     "≥1.50万治疗量\n1.43万治疗量", "≥1.50万治疗量\n95.33%", "≥1.50万治疗量\n95.33%",
     "自评表, row 机采血小板采集量",
     "target in 万治疗量, actual given as a percentage (the completion rate): completion cannot be computed"),
    ("sd-weifang-xuezhan-bumen-2022", 6, "grade_mismatch",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "prose, 自评结论",
     "total 99.19 is in the 优 band; the table still says 优秀"),
    # ---- 宜昌 2024 (Hubei 20-point execution, 完成率 column, site table)
    ("hb-yichang-xueyeanquan-2024", 1, "implausible_rate",
     "自动判读率达98.7%", "自动判读率达108.7%", "自动判读率达108.7%",
     "prose, 产出",
     "a share of samples read automatically cannot exceed 100%"),
    ("hb-yichang-xueyeanquan-2024", 2, "score_exceeds_weight",
     "12台（套）\n100.00%\n10\n医用血液冷藏运输\n车\n5\n≥1辆\n0辆\n0.00%\n0\n",
     "12台（套）\n100.00%\n0\n医用血液冷藏运输\n车\n5\n≥1辆\n0辆\n0.00%\n10\n",
     "≥1辆\n0辆\n0.00%\n10",
     "自评表, rows 采供血设备购置数量 / 医用血液冷藏运输车",
     "冷藏运输车 scores 10 against a weight of 5 (the two rows' scores were swapped, so the total still reads 89.81)"),
    ("hb-yichang-xueyeanquan-2024", 3, "completion_mismatch",
     "98.42%", "98.24%", "98.24%",
     "自评表, row 设备完好率",
     "actual 93.5% / target 95% = 98.42%, stated 98.24%"),
    ("hb-yichang-xueyeanquan-2024", 4, "balance_mismatch",
     "结余82.10万元", "结余81.20万元", "结余81.20万元",
     "prose, 综合评价情况",
     "到位 455.00 (资金全部到位) - 支出 372.90 = 82.10, stated 81.20"),
    ("hb-yichang-xueyeanquan-2024", 5, "weight_sum_mismatch",
     "追溯率\n5", "追溯率\n6", "追溯率\n6",
     "自评表, row 血液冷链运输全程可追溯率",
     "weight 5 -> 6: the weights now total 101 (indicators 81 against the stated 80)"),
    ("hb-yichang-xueyeanquan-2024", 6, "average_mismatch",
     "平均42.5天", "平均45.2天", "平均45.2天",
     "prose, 产出",
     "(36 + 48 + 41 + 45) / 4 = 42.5, stated 45.2"),
    # ---- 赤峰 2025 (MOF (A)/(B) table, month table)
    ("nm-chifeng-liudongcaixue-2025", 1, "score_sum_mismatch",
     "27.5%\n5\n4.58", "27.5%\n5\n4.85", "27.5%\n5\n4.85",
     "自评表, row 献血者回访率",
     "row scores now add to 99.49 (indicators 89.85), the table and text say 99.22 (89.58)"),
    ("nm-chifeng-liudongcaixue-2025", 2, "conflicting_values",
     "全年累计出车292天", "全年累计出车229天", "全年累计出车229天",
     "prose, 绩效目标完成情况",
     "the text gives 229 days, the 自评表 and the month table 292"),
    ("nm-chifeng-liudongcaixue-2025", 3, "rate_mismatch",
     "12.80\n—\n85.33%", "12.80\n—\n83.53%", "83.53%",
     "funds block, row 其他资金",
     "其他资金 12.80 / 15.00 = 85.33%, stated 83.53%"),
    ("nm-chifeng-liudongcaixue-2025", 4, "unit_mismatch",
     "财政资金结余8.88万元", "财政资金结余88800万元", "财政资金结余88800万元",
     "prose, 资金执行",
     "88800万元 is the 元 figure 88,800元 labelled 万元: 268.00 - 259.12 = 8.88 and 8.88 + 2.20 = 11.08 hold "
     "only after dividing by 10 000"),
    ("nm-chifeng-liudongcaixue-2025", 5, "sum_mismatch",
     "其中市级资金168.00万元", "其中市级资金186.00万元", "其中市级资金186.00万元",
     "prose, 资金来源及到位",
     "市级 186.00 + 自治区 100.00 = 286.00, stated 当年财政拨款 268.00"),
    ("nm-chifeng-liudongcaixue-2025", 6, "year_mismatch",
     "市级资金于2025年3月下达", "市级资金于2024年3月下达", "市级资金于2024年3月下达",
     "prose, 资金来源及到位",
     "2025 budget money issued in March 2024 (only a December-before advance is plausible)"),
]


def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, where, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old text occurs {clean.count(old)} times")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {text.count(value)} times")
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
