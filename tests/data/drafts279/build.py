#!/usr/bin/env python3
"""Build the error cases of drafts279 and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft
of its source. Run from anywhere:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "fj-yongan-gongzufangweixiu-2021",
    "ah-tianchang-baozufang-2023",
    "ln-wafangdian-zulinbutie-2020",
    "yn-mile-penggaitiexi-2019",
    "tj-jinnan-zhujianwei-bumen-2024",
]

# (source, suffix, code, old, new, value, explanation)
EDITS = [
    # ---- fj-yongan-gongzufangweixiu-2021 (Fujian, 公租房维修, standard MOF table) ----
    ("fj-yongan-gongzufangweixiu-2021", "e1", "rate_mismatch",
     "年度资金总额｜180.00｜220.00｜213.40｜10｜97.00%｜9.70",
     "年度资金总额｜180.00｜220.00｜213.40｜10｜98.80%｜9.70",
     "98.80%",
     "table: 213.40 / 220.00 = 97.00%, stated 98.80% (213.40 divided by 216.00)"),
    ("fj-yongan-gongzufangweixiu-2021", "e2", "score_exceeds_weight",
     "2021年12月20日｜5｜4｜雨季影响外墙施工，今后合理安排工期\n产出指标｜成本指标｜单套维修成本｜≤3000元｜2808元｜10｜10｜",
     "2021年12月20日｜5｜10｜雨季影响外墙施工，今后合理安排工期\n产出指标｜成本指标｜单套维修成本｜≤3000元｜2808元｜10｜4｜",
     "2021年12月20日｜5｜10",
     "table: scores of the 时效 and 成本 rows swapped; 工程完工时间 now scores 10 against a weight of 5 (totals unchanged)"),
    ("fj-yongan-gongzufangweixiu-2021", "e3", "sum_mismatch",
     "上年结转资金｜0.00｜24.00｜17.40｜",
     "上年结转资金｜0.00｜24.00｜14.70｜",
     "上年结转资金｜0.00｜24.00｜14.70",
     "table, 全年执行数 column: 196.00 + 14.70 + 0.00 = 210.70, total row says 213.40 (digits 17.40 transposed)"),
    ("fj-yongan-gongzufangweixiu-2021", "e4", "average_mismatch",
     "分别为96.1%、93.4%、93.7%，平均为94.4%",
     "分别为91.6%、93.4%、93.7%，平均为94.4%",
     "91.6%、93.4%、93.7%，平均为94.4%",
     "prose: (91.6 + 93.4 + 93.7) / 3 = 92.90%, stated average 94.4% (燕江新村 96.1% mistyped as 91.6%)"),
    ("fj-yongan-gongzufangweixiu-2021", "e5", "year_mismatch",
     "截至2021年12月31日，项目实际支出213.40万元",
     "截至2022年12月31日，项目实际支出213.40万元",
     "截至2022年12月31日",
     "prose: the 2021 report states its spending as of 2022-12-31; the evaluation year is 2021"),
    ("fj-yongan-gongzufangweixiu-2021", "e6", "completion_mismatch",
     "屋面防水维修面积2.46万平方米，完成率102.5%",
     "屋面防水维修面积2.46万平方米，完成率120.5%",
     "完成率120.5%",
     "prose: 2.46 / 2.4万平方米 = 102.5%, stated 120.5%"),

    # ---- ah-tianchang-baozufang-2023 (Anhui, 保障性租赁住房, funds by source) ----
    ("ah-tianchang-baozufang-2023", "e1", "balance_mismatch",
     "年末结余153.60万元",
     "年末结余135.60万元",
     "135.60万元",
     "prose: 1740.00 - 1586.40 = 153.60, stated 135.60 (all funds 到位)"),
    ("ah-tianchang-baozufang-2023", "e2", "grade_mismatch",
     "本项目自评得分89.79分，评价等级为“良”",
     "本项目自评得分89.79分，评价等级为“优”",
     "评价等级为“优”",
     "prose: 89.79 lies in the 良 band (80 <= s < 90), stated 优"),
    ("ah-tianchang-baozufang-2023", "e3", "conflicting_values",
     "中央补助资金1260.00万元已按工程进度拨付",
     "中央补助资金1206.00万元已按工程进度拨付",
     "1206.00万元",
     "prose: the central subsidy is 1260.00万元 in 资金安排 and in the table, 1206.00万元 in the 资金拨付 paragraph"),
    ("ah-tianchang-baozufang-2023", "e4", "weight_sum_mismatch",
     "竣工验收合格率｜100%｜100%｜10｜10｜",
     "竣工验收合格率｜100%｜100%｜15｜10｜",
     "竣工验收合格率｜100%｜100%｜15｜10",
     "table: weights now 10 + 55 + 30 + 10 = 105 (产出 rows 15+10+15+5+10)"),
    ("ah-tianchang-baozufang-2023", "e5", "unit_mismatch",
     "｜≥1.2万平方米｜1.05万平方米｜10｜8.75｜",
     "｜≥1.2万平方米｜87.5%｜10｜8.75｜",
     "≥1.2万平方米｜87.5%",
     "table: target in 万平方米, actual given as a percentage (the completion rate typed into the 实际完成值 cell)"),
    ("ah-tianchang-baozufang-2023", "e6", "implausible_rate",
     "租户满意度｜≥90%｜87.3%｜",
     "租户满意度｜≥90%｜873%｜",
     "租户满意度｜≥90%｜873%",
     "table: satisfaction 873% (decimal point dropped) is above 100%"),

    # ---- ln-wafangdian-zulinbutie-2020 (Liaoning, 住房租赁补贴, prose only) ----
    ("ln-wafangdian-zulinbutie-2020", "e1", "rate_mismatch",
     "预算执行率96.39%",
     "预算执行率93.69%",
     "预算执行率93.69%",
     "prose: 358.56 / 372.00 = 96.39%, stated 93.69%"),
    ("ln-wafangdian-zulinbutie-2020", "e2", "average_mismatch",
     "季度平均发放89.64万元",
     "季度平均发放89.46万元",
     "89.46万元",
     "prose: (89.42 + 90.16 + 89.74 + 89.24) / 4 = 89.64, stated 89.46"),
    ("ln-wafangdian-zulinbutie-2020", "e3", "unit_mismatch",
     "省级补助资金36.00万元",
     "省级补助资金360000万元",
     "360000万元",
     "prose: the provincial part is 360000元 written with 万元; 240.00 + 36.00 + 96.00 = 372.00 holds only after rescaling by 10^4"),
    ("ln-wafangdian-zulinbutie-2020", "e4", "sum_mismatch",
     "低收入家庭568户",
     "低收入家庭586户",
     "低收入家庭586户、新就业无房职工和外来务工人员265户，合计1245户",
     "prose: 412 + 586 + 265 = 1263, stated 合计1245户 (568 transposed)"),
    ("ln-wafangdian-zulinbutie-2020", "e5", "score_sum_mismatch",
     "自评总得分96.14分",
     "自评总得分96.41分",
     "96.41分",
     "prose: 9.64 + 48 + 28.5 + 10 = 96.14, stated total 96.41"),
    ("ln-wafangdian-zulinbutie-2020", "e6", "year_mismatch",
     "省级补助资金36.00万元（2020年4月下达）",
     "省级补助资金36.00万元（2021年4月下达）",
     "2021年4月下达",
     "prose: money of the 2020 budget said to be issued in April 2021, after the evaluation year"),

    # ---- yn-mile-penggaitiexi-2019 (Yunnan, 棚改贷款贴息, table with 完成率 column) ----
    ("yn-mile-penggaitiexi-2019", "e1", "completion_mismatch",
     "｜≥80%｜62.4%｜78.00%｜",
     "｜≥80%｜62.4%｜87.00%｜",
     "62.4%｜87.00%",
     "table: 62.4 / 80 = 78.00%, stated 87.00%"),
    ("yn-mile-penggaitiexi-2019", "e2", "score_sum_mismatch",
     "｜81.0%｜90.00%｜10｜9.00｜",
     "｜81.0%｜90.00%｜10｜9.60｜",
     "90.00%｜10｜9.60",
     "table: row scores now add up to 92.30 while 总分 (table and text) is 91.70"),
    ("yn-mile-penggaitiexi-2019", "e3", "grade_mismatch",
     "自评等级｜优",
     "自评等级｜良",
     "自评等级｜良",
     "table: total 91.70 is in the 优 band, stated 良"),
    ("yn-mile-penggaitiexi-2019", "e4", "implausible_rate",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "table: execution rate 100.00% printed on a zero budget (上年结转 0.00)"),
    ("yn-mile-penggaitiexi-2019", "e5", "balance_mismatch",
     "年末结余5.20万元",
     "年末结余5.02万元",
     "5.02万元",
     "prose: 520.00 - 514.80 = 5.20, stated 5.02"),
    ("yn-mile-penggaitiexi-2019", "e6", "conflicting_values",
     "覆盖棚户区改造居民2860户",
     "覆盖棚户区改造居民2680户",
     "覆盖棚户区改造居民2680户",
     "prose: households covered 2680 here, 2860 in 项目概况 and in the table"),

    # ---- tj-jinnan-zhujianwei-bumen-2024 (Tianjin, 部门整体, 人才公寓/公租房/租赁补贴) ----
    ("tj-jinnan-zhujianwei-bumen-2024", "e1", "weight_sum_mismatch",
     "数据更新及时率｜≥95%｜97.5%｜10｜10｜",
     "数据更新及时率｜≥95%｜97.5%｜12｜10｜",
     "97.5%｜12｜10",
     "table: weights now 10 + 50 + 32 + 10 = 102 (效益 rows 10 + 10 + 12)"),
    ("tj-jinnan-zhujianwei-bumen-2024", "e2", "score_exceeds_weight",
     "验收合格率｜100%｜100%｜10｜10｜\n产出指标｜时效指标｜租赁补贴按季度发放及时率｜100%｜100%｜5｜5｜",
     "验收合格率｜100%｜100%｜5｜10｜\n产出指标｜时效指标｜租赁补贴按季度发放及时率｜100%｜100%｜10｜5｜",
     "老旧小区改造工程验收合格率｜100%｜100%｜5｜10",
     "table: weights of the 质量 and 时效 rows swapped; 验收合格率 scores 10 against a weight of 5 (sums unchanged)"),
    ("tj-jinnan-zhujianwei-bumen-2024", "e3", "sum_mismatch",
     "基本支出｜2436.80｜",
     "基本支出｜2463.80｜",
     "基本支出｜2463.80",
     "table, 年初预算数 column: 2463.80 + 5820.00 = 8283.80, total row says 8256.80"),
    ("tj-jinnan-zhujianwei-bumen-2024", "e4", "unit_mismatch",
     "｜≤186.00万元｜179.34万元｜",
     "｜≤186.00万元｜1793400万元｜",
     "1793400万元",
     "table: 公用经费 1793400元 written with 万元; the text gives 179.34万元 (off by 10^4)"),
    ("tj-jinnan-zhujianwei-bumen-2024", "e5", "balance_mismatch",
     "年末结余445.32万元",
     "年末结余454.32万元",
     "454.32万元",
     "prose: 9248.00 - 8802.68 = 445.32, stated 454.32"),
    ("tj-jinnan-zhujianwei-bumen-2024", "e6", "year_mismatch",
     "结转至2025年",
     "结转至2024年",
     "结转至2024年",
     "prose: the unspent part of the 2024 budget is carried over to 2024 itself"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
