#!/usr/bin/env python3
"""Build the n145 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement applied to the clean draft; `old` must occur
exactly once in that draft. `value` is a short exact substring of the resulting case that
contains the changed figure (the scorer accepts a finding overlapping any occurrence of it).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "pengan-slj-2021",
    "taijiang-lyj-2020",
    "yongtai-wtlj-2023",
    "qinshui-wjj-2024",
    "tongyu-zjj-2019",
]

# (project, error no., code, old, new, value, explanation)
EDITS = [
    # ---- 蓬安县水利局 2021 (Sichuan, tab-separated web table) ----
    ("pengan-slj-2021", 1, "rate_mismatch",
     "611.38\t98.61%", "611.38\t96.81%",
     "620.00\t611.38\t96.81%",
     "key-project table, 农村饮水安全工程维修养护: 611.38 / 620.00 = 98.61%, stated 96.81% (digits swapped)"),
    ("pengan-slj-2021", 2, "score_sum_mismatch",
     "88.5\t10\t9.83", "88.5\t10\t9.38",
     "9.38\t偏远村组管网老化，抢修时间较长\n合计\t\t\t\t\t\t\t100\t97.66",
     "satisfaction score typed 9.38 instead of 9.83: row scores now add to 97.21 (indicators 87.61), table total and text still say 97.66 (88.06)"),
    ("pengan-slj-2021", 3, "unit_mismatch",
     "个\t86\t10", "个\t100%\t10",
     "86\t个\t100%",
     "山洪灾害监测站点正常运行数: target 86 个, actual written as 100% - completion cannot be computed"),
    ("pengan-slj-2021", 4, "balance_mismatch",
     "年末结转结余165.44万元", "年末结转结余156.44万元",
     "结转结余156.44万元",
     "全年预算 4,127.85 - 全年支出 3,962.41 = 165.44万元, stated 156.44万元"),
    ("pengan-slj-2021", 5, "grade_mismatch",
     "自评等级为\"优\"", "自评等级为\"良\"",
     "自评得分97.66分，自评等级为\"良\"",
     "97.66 lies in the 优 band (>= 90), grade stated 良"),
    ("pengan-slj-2021", 6, "year_mismatch",
     "已结转至2022年继续使用", "已结转至2021年继续使用",
     "结转至2021年继续使用",
     "2021 report: unspent money cannot be carried over into 2021 itself, should be 2022"),

    # ---- 台江县林业局 2020 (Guizhou, PDF copy, space-separated) ----
    ("taijiang-lyj-2020", 1, "sum_mismatch",
     "其中：当年财政拨款 1,896.72", "其中：当年财政拨款 1,869.72",
     "当年财政拨款 1,869.72",
     "年初预算数 column: 1,869.72 + 0.00 + 40.00 = 1,909.72, total row says 1,936.72"),
    ("taijiang-lyj-2020", 2, "score_exceeds_weight",
     "1086次 5 4.53 疫情期间巡护频次减少\n产出指标 质量指标 人工造林成活率 ≥85% 82.4% 10 9.69",
     "1086次 5 9.69 疫情期间巡护频次减少\n产出指标 质量指标 人工造林成活率 ≥85% 82.4% 10 4.53",
     "森林防火巡护次数 ≥1200次 1086次 5 9.69",
     "scores of two adjacent rows swapped: 森林防火巡护次数 now scores 9.69 against a weight of 5 (total unchanged at 98.75)"),
    ("taijiang-lyj-2020", 3, "implausible_rate",
     "上年结转资金 0.00 0.00 0.00 — — —", "上年结转资金 0.00 0.00 0.00 — 100.00% —",
     "上年结转资金 0.00 0.00 0.00 — 100.00%",
     "上年结转资金 budget and spending are 0.00: an execution rate of 100.00% on a zero base"),
    ("taijiang-lyj-2020", 4, "average_mismatch",
     "平均自评得分93.2分", "平均自评得分92.3分",
     "平均自评得分92.3分",
     "(96 + 94 + 98 + 88 + 90) / 5 = 93.2, stated 92.3"),
    ("taijiang-lyj-2020", 5, "conflicting_values",
     "落实天然林管护面积42.36万亩", "落实天然林管护面积42.63万亩",
     "天然林管护面积42.63万亩",
     "text gives 42.63万亩 for the natural-forest area, the self-evaluation table 42.36万亩 (target and actual)"),
    ("taijiang-lyj-2020", 6, "completion_mismatch",
     "完成率105%", "完成率150%",
     "1.26万亩，完成率150%",
     "石漠化综合治理 1.26万亩 against a target of 1.2万亩 = 105%, stated 150%"),

    # ---- 永泰县文化体育和旅游局 2023 (Fujian, Word copy with ｜) ----
    ("yongtai-wtlj-2023", 1, "weight_sum_mismatch",
     "达成年度指标｜10｜10｜", "达成年度指标｜15｜10｜",
     "达成年度指标｜15｜10｜\n满意度指标｜服务对象满意度指标｜群众满意度｜≥90%｜84.6%｜10｜9.40｜加强基层文化站服务\n总分｜｜｜｜｜100",
     "非遗 row weight 15 instead of 10: weights now add to 105 (效益 35) while 总分 says 100"),
    ("yongtai-wtlj-2023", 2, "grade_mismatch",
     "评价等级：良", "评价等级：优",
     "89.67｜评价等级：优",
     "89.67 lies in the 良 band (80 <= s < 90), table says 优"),
    ("yongtai-wtlj-2023", 3, "year_mismatch",
     "永泰县文化体育和旅游局2023年度部门整体支出绩效自评表", "永泰县文化体育和旅游局2022年度部门整体支出绩效自评表",
     "2022年度部门整体支出绩效自评表",
     "attached table headed 2022年度 in the 2023 report (title, budget and all figures are 2023)"),
    ("yongtai-wtlj-2023", 4, "rate_mismatch",
     "支出率94.50%", "支出率95.40%",
     "实际支出45.36万元，支出率95.40%",
     "送戏下乡补助: 45.36 / 48.00 = 94.50%, stated 95.40%"),
    ("yongtai-wtlj-2023", 5, "completion_mismatch",
     "完成年度目标的80%", "完成年度目标的85%",
     "12.0万人次，完成年度目标的85%",
     "图书馆接待读者 12.0万人次 against a target of 15万人次 = 80%, stated 85%"),
    ("yongtai-wtlj-2023", 6, "unit_mismatch",
     "传承人补助24,000元", "传承人补助24,000万元",
     "传承人补助24,000万元",
     "12人 x 2,000元 = 24,000元 (2.40万元, and 2.40 + 16.20 = 18.60); labelled 万元 the part exceeds the whole by 10^4"),

    # ---- 沁水县卫生健康和体育局 2024 (Shanxi, flattened cells as in seed 003) ----
    ("qinshui-wjj-2024", 1, "balance_mismatch",
     "结余12.46万元", "结余12.64万元",
     "结余12.64万元",
     "家庭医生签约服务: 186.00 - 173.54 = 12.46万元, stated 12.64万元"),
    ("qinshui-wjj-2024", 2, "score_sum_mismatch",
     "总得分98.80分", "总得分98.08分",
     "总得分98.08分",
     "附件1 scores 9.80 + 10 + 10 + 9.55 + 10 + 10 + 10 + 10 + 9.59 + 9.86 = 98.80, text says 98.08"),
    ("qinshui-wjj-2024", 3, "conflicting_values",
     "两癌筛查8420人", "两癌筛查8240人",
     "两癌筛查8240人",
     "text says 8240人 screened, 附件1 actual value is 8420人"),
    ("qinshui-wjj-2024", 4, "sum_mismatch",
     "\t853.20\n", "\t835.20\n",
     "835.20",
     "年初预算资金 row: 1482.00 + 605.20 + 186.00 + 835.20 = 3108.40, 小计 and 年度总金额 say 3126.40"),
    ("qinshui-wjj-2024", 5, "implausible_rate",
     "\t97.78\n\t100\n\t0\n", "\t97.78\n\t100\n\t100\n",
     "97.78\n\t100\n\t100",
     "预算执行率 row, 其他资金 column: the column has no budget (zero base) yet prints 100"),
    ("qinshui-wjj-2024", 6, "average_mismatch",
     "\t平均\n\t\n\t\n\t\n\t92.4\n", "\t平均\n\t\n\t\n\t\n\t93.4\n",
     "平均\n\t\n\t\n\t\n\t93.4",
     "(95 + 88 + 93 + 96 + 90) / 5 = 92.4, 平均 row says 93.4"),

    # ---- 通榆县住房和城乡建设局 2019 (Jilin, web page with | tables) ----
    ("tongyu-zjj-2019", 1, "score_exceeds_weight",
     "| 352套 | 5 | 4.63 | 产权纠纷，28套未能按期征收 |\n| 产出指标 | 质量指标 | 工程竣工验收合格率 | ＝100% | 100% | 10 | 10 |",
     "| 352套 | 5 | 10 | 产权纠纷，28套未能按期征收 |\n| 产出指标 | 质量指标 | 工程竣工验收合格率 | ＝100% | 100% | 10 | 4.63 |",
     "棚户区改造新开工套数 | ≥380套 | 352套 | 5 | 10 |",
     "scores of two adjacent rows swapped: 棚户区改造新开工套数 scores 10 against a weight of 5 (total unchanged at 99.12)"),
    ("tongyu-zjj-2019", 2, "weight_sum_mismatch",
     "危房改造当年竣工率 | ≥95% | 100% | 5 | 5 |", "危房改造当年竣工率 | ≥95% | 100% | 10 | 5 |",
     "危房改造当年竣工率 | ≥95% | 100% | 10 | 5 | |\n| 产出指标 | 成本指标 | 农村危房改造户均补助 | ≤1.3万元 | 1.3万元 | 10 | 10 | |\n| 效益指标 | 社会效益指标 | 受益群众户数 | ≥9000户 | 9460户 | 10 | 10 | |\n| 效益指标 | 社会效益指标 | 城区集中供热普及率 | ≥85% | 83.6% | 10 | 9.84 | 老城区平房区尚未入网 |\n| 效益指标 | 可持续影响指标 | 建筑施工安全事故 | ＝0起 | 0起 | 10 | 10 | |\n| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 91.5% | 10 | 10 | |\n| 合计 | | | | | 100",
     "时效 row weight 10 instead of 5: weights now add to 105 (产出 55) while 合计 says 100"),
    ("tongyu-zjj-2019", 3, "completion_mismatch",
     "| 380 | 352 | 92.63% |", "| 380 | 352 | 96.23% |",
     "| 380 | 352 | 96.23% |",
     "棚户区改造新开工 352 / 380 = 92.63%, task table says 96.23%"),
    ("tongyu-zjj-2019", 4, "conflicting_values",
     "群众满意度91.5%。群众", "群众满意度95.1%。群众",
     "群众满意度95.1%",
     "text gives satisfaction 95.1%, the self-evaluation table 91.5%"),
    ("tongyu-zjj-2019", 5, "unit_mismatch",
     "老旧小区改造资金2,460.00万元", "老旧小区改造资金2,460.00元",
     "老旧小区改造资金2,460.00元",
     "老旧小区改造 budget is 2,460.00万元 in the key-project table; the text drops 万 (off by 10^4)"),
    ("tongyu-zjj-2019", 6, "year_mismatch",
     "2019年年初预算3,285.60万元", "2018年年初预算3,285.60万元",
     "2018年年初预算3,285.60万元",
     "2019 report, table 年初预算数 3,285.60 is 2019's; the budget sentence names 2018"),
]


def main():
    labels = []
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for (p, no, code, old, new, value, expl) in sorted(
                (e for e in EDITS if e[0] == proj), key=lambda e: e[1]):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{proj}-e{no}: old string occurs {n} times, need exactly 1: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{proj}-e{no}: value not in case: {value!r}")
            name = f"{proj}-e{no}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
