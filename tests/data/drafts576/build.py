#!/usr/bin/env python3
"""Write the error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit replaces one unique substring of the clean draft (one contiguous change).
`value` is either given, or "LINE" for the whole table line holding the first changed character.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sd-yantai-liuxuebutie-2018",
    "hb-suizhou-kexie-bumen-2020",
    "zj-jinhua-haiguiyincai-2022",
    "gd-zhuhai-liuxuefuwu-2023",
    "sc-luzhou-kexie-haizhi-2025",
]

# (project, n, code, old, new, value, explanation)
EDITS = [
    # 烟台 2018
    ("sd-yantai-liuxuebutie-2018", 1, "rate_mismatch",
     "| 22.86 | 77.76% |", "| 22.86 | 77.67% |", "LINE",
     "表1 服务活动: 22.86 / 29.40 = 77.76%, stated 77.67%"),
    ("sd-yantai-liuxuebutie-2018", 2, "sum_mismatch",
     "| 79 | 108.00 |", "| 79 | 118.00 |", "LINE",
     "表3 第三批: 11×30000 + 38×15000 + 30×6000 元 = 108.00万元, stated 118.00; the batch column then sums to 370.00 against 合计 360.00"),
    ("sd-yantai-liuxuebutie-2018", 3, "completion_mismatch",
     "| 259人 | 107.92% |", "| 259人 | 107.29% |", "LINE",
     "发放生活补贴人数: 259 / 240 = 107.92%, stated 107.29%"),
    ("sd-yantai-liuxuebutie-2018", 4, "average_mismatch",
     "人均1.39万元", "人均1.93万元", "人均1.93万元",
     "360.00万元 / 259人 = 1.39万元, stated 1.93"),
    ("sd-yantai-liuxuebutie-2018", 5, "year_mismatch",
     "结转至2019年继续使用", "结转至2018年继续使用", "结转至2018年",
     "unspent money of the 2018 budget carried over to 2018 itself; must be a later year"),
    ("sd-yantai-liuxuebutie-2018", 6, "conflicting_values",
     "仍在烟工作的占93.4%", "仍在烟工作的占94.3%", "仍在烟工作的占94.3%",
     "the 自评表 gives 补贴对象在烟留任率 93.4% (completion 103.78% and score follow from 93.4)"),
    # 随州 2020 部门整体
    ("hb-suizhou-kexie-bumen-2020", 1, "balance_mismatch",
     "年末结转资金17.80万元", "年末结转资金18.70万元", "年末结转资金18.70万元",
     "到位 611.20 − 执行 593.40 = 17.80 (表2 年末结转 17.80), stated 18.70"),
    ("hb-suizhou-kexie-bumen-2020", 2, "weight_sum_mismatch",
     "| 6个 | 8 | 8 |", "| 6个 | 10 | 8 |", "LINE",
     "新建院士专家工作站 weight 8 → 10: 产出 rows now sum to 42 against 小计 40, all weights to 102"),
    ("hb-suizhou-kexie-bumen-2020", 3, "implausible_rate",
     "| 其他资金 | 0.00 | 0.00 | 0.00 | — | 0.00 |", "| 其他资金 | 0.00 | 0.00 | 0.00 | 100.00% | 0.00 |", "LINE",
     "execution rate 100.00% on a 0.00 budget (rate undefined on a zero base)"),
    ("hb-suizhou-kexie-bumen-2020", 4, "grade_mismatch",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "97.42 is in the 优 band (≥90)"),
    ("hb-suizhou-kexie-bumen-2020", 5, "unit_mismatch",
     "兑现海外引才补助62.50万元", "兑现海外引才补助625000万元", "625000万元",
     "62.50万元 (625000元) written with the unit 万元: off by 10^4 against 表3/表4 62.50"),
    ("hb-suizhou-kexie-bumen-2020", 6, "score_exceeds_weight",
     "| 94.8% | 5 | 5 |\n| | | 企业满意度 | ≥90% | 96.0% | 5 | 5 |",
     "| 94.8% | 5 | 5.5 |\n| | | 企业满意度 | ≥90% | 96.0% | 5 | 4.5 |", "LINE",
     "引进人才满意度 scored 5.5 against a weight of 5 (企业满意度 lowered to 4.5 so 小计 and 合计 still hold)"),
    # 金华 2022
    ("zj-jinhua-haiguiyincai-2022", 1, "sum_mismatch",
     "| 引才奖励 | 70.00 |", "| 引才奖励 | 75.00 |", "LINE",
     "表1 引才奖励: 75.00 + 0.00 − 5.00 = 70.00 ≠ 全年 65.00; 年初 column sums to 825.00 against 合计 820.00"),
    ("zj-jinhua-haiguiyincai-2022", 2, "score_sum_mismatch",
     "| 152人 | 5 | 4.75 |", "| 152人 | 5 | 4.57 |", "LINE",
     "产出 row scores now sum to 49.57 against 小计 49.75"),
    ("zj-jinhua-haiguiyincai-2022", 3, "completion_mismatch",
     "完成年度指标的89.00%", "完成年度指标的98.00%", "完成年度指标的98.00%",
     "营业收入 1780 / 2000万元 = 89.00%, stated 98.00%"),
    ("zj-jinhua-haiguiyincai-2022", 4, "score_exceeds_weight",
     "| 93.5% | 5 | 5 |\n| | | 单位满意度 | ≥90% | 92.0% | 5 | 5 |",
     "| 93.5% | 5 | 5.5 |\n| | | 单位满意度 | ≥90% | 92.0% | 5 | 4.5 |", "LINE",
     "留学回国人员满意度 scored 5.5 against a weight of 5 (单位满意度 lowered to 4.5 so 小计 and 合计 still hold)"),
    ("zj-jinhua-haiguiyincai-2022", 5, "year_mismatch",
     "截至2022年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "the 2022 report's output figures dated to the end of 2023"),
    ("zj-jinhua-haiguiyincai-2022", 6, "rate_mismatch",
     "全年支出868.35万元，预算执行率95.95%", "全年支出868.35万元，预算执行率95.59%", "预算执行率95.59%",
     "868.35 / 905.00 = 95.95%, stated 95.59%"),
    # 珠海 2023
    ("gd-zhuhai-liuxuefuwu-2023", 1, "rate_mismatch",
     "| 197.00 | 96.10% |", "| 197.00 | 96.01% |", "LINE",
     "表1 引才补助: 197.00 / 205.00 = 96.10%, stated 96.01%"),
    ("gd-zhuhai-liuxuefuwu-2023", 2, "balance_mismatch",
     "资金结余21.12万元", "资金结余21.21万元", "资金结余21.21万元",
     "到位 393.60 − 支出 372.48 = 21.12, stated 21.21"),
    ("gd-zhuhai-liuxuefuwu-2023", 3, "unit_mismatch",
     "| ≥15人 | 19人 |", "| ≥15人 | 100% |", "LINE",
     "target in 人, actual given as a percentage: completion cannot be computed"),
    ("gd-zhuhai-liuxuefuwu-2023", 4, "score_sum_mismatch",
     "综合自评得分97.85分", "综合自评得分97.58分", "综合自评得分97.58分",
     "row scores (and the 自评表 合计) sum to 97.85, stated 97.58"),
    ("gd-zhuhai-liuxuefuwu-2023", 5, "average_mismatch",
     "平均每站5.13万元", "平均每站5.31万元", "平均每站5.31万元",
     "77.00万元 / 15站 = 5.13万元, stated 5.31"),
    ("gd-zhuhai-liuxuefuwu-2023", 6, "implausible_rate",
     "| 96.3% | 107.00% |", "| 106.3% | 118.11% |", "LINE",
     "satisfaction 106.3% is above 100% (completion recomputed consistently: 106.3 / 90 = 118.11%)"),
    # 泸州 2025
    ("sc-luzhou-kexie-haizhi-2025", 1, "weight_sum_mismatch",
     "| 5 | 83.33% | 10 | 8.33 |", "| 5 | 83.33% | 12 | 8.33 |", "LINE",
     "对接活动 weight 10 → 12: 产出 rows now sum to 62 against 小计 60, all weights to 102"),
    ("sc-luzhou-kexie-haizhi-2025", 2, "grade_mismatch",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "97.02 is in the 优 band (≥90)"),
    ("sc-luzhou-kexie-haizhi-2025", 3, "conflicting_values",
     "达成合作项目14项", "达成合作项目16项", "达成合作项目16项",
     "the 自评表 gives 促成海外人才与企业合作项目 14项 (completion 116.67% follows from 14)"),
    ("sc-luzhou-kexie-haizhi-2025", 4, "completion_mismatch",
     "| 14 | 116.67% |", "| 14 | 161.67% |", "LINE",
     "合作项目: 14 / 12 = 116.67%, stated 161.67%"),
    ("sc-luzhou-kexie-haizhi-2025", 5, "sum_mismatch",
     "其中市级财政资金138.00万元", "其中市级财政资金183.00万元", "市级财政资金183.00万元",
     "183.00 + 30.00 = 213.00 ≠ 全年预算 168.00 (市级 = 150.00 − 12.00 = 138.00 = 90.00 + 48.00)"),
    ("sc-luzhou-kexie-haizhi-2025", 6, "year_mismatch",
     "| 2025年4月 |", "| 2024年4月 |", "LINE",
     "a 2025 budget batch issued in April 2024: only a December advance of the previous year is possible"),
]


def line_at(text, pos):
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return text[s:e if e >= 0 else len(text)]


def main():
    labels = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            assert clean.count(old) == 1, (pid, n, old)
            text = clean.replace(old, new)
            if value == "LINE":
                i = 0
                while old[i] == new[i]:
                    i += 1
                value = line_at(text, clean.index(old) + i)
            assert text.count(value) == 1, (pid, n, value)
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases" % len(labels))


if __name__ == "__main__":
    main()
