#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n172 from the clean drafts.

Each edit is an exact old -> new replacement applied to the clean draft of its source; `old` must
occur exactly once in that draft. `value` is the exact substring of the error case that carries
the changed figure (what a checker's finding span has to overlap).

    python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "congtai-deptwhole-2019",
    "fusui-nongfang-2022",
    "quzhou-gjjit-2021",
    "tianyuan-baozufang-2023",
    "ziliujing-gaspipe-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 株洲市天元区 保障性租赁住房筹集 2023 (Hunan, MOF table) ----
    ("tianyuan-baozufang-2023", 1, "rate_mismatch", "table",
     "其中：当年财政拨款｜1,100.00｜1,486.40｜1,398.73｜—｜94.10%｜—",
     "其中：当年财政拨款｜1,100.00｜1,486.40｜1,398.73｜—｜94.01%｜—",
     "1,398.73｜—｜94.01%",
     "当年财政拨款 row: 1,398.73 / 1,486.40 = 94.10%, printed 94.01%"),
    ("tianyuan-baozufang-2023", 2, "year_mismatch", "table",
     "（2023年度）", "（2022年度）", "（2022年度）",
     "title, text and funds are for 2023; the attached 自评表 claims the 2022 evaluation year"),
    ("tianyuan-baozufang-2023", 3, "balance_mismatch", "prose",
     "未支出的87.67万元", "未支出的78.67万元", "78.67万元",
     "全年预算 (all received) 1,586.40 − 执行 1,498.73 = 87.67, stated 78.67 (digits swapped)"),
    ("tianyuan-baozufang-2023", 4, "completion_mismatch", "prose",
     "完成目标1,000户的93.20%", "完成目标1,000户的92.30%", "92.30%",
     "932户 / 1,000户 = 93.20%, stated 92.30%"),
    ("tianyuan-baozufang-2023", 5, "score_sum_mismatch", "table",
     "｜932户｜15｜13.98｜", "｜932户｜15｜13.89｜", "932户｜15｜13.89",
     "row scores now add to 9.45 + 50 + 28.89 + 10 = 98.34, stated total 98.43 (table and text)"),
    ("tianyuan-baozufang-2023", 6, "unit_mismatch", "prose",
     "区级配套300.00万元", "区级配套3000000万元", "3000000万元",
     "the 区级配套 part is 300.00万元 (3,000,000元) written with the unit 万元: 926.40 + 260.00 + 300.00 = 1,486.40 only after rescaling by 10^4"),

    # ---- 衢州市住房公积金管理中心 信息化建设 2021 (Zhejiang, table with 完成率) ----
    ("quzhou-gjjit-2021", 1, "sum_mismatch", "prose",
     "网络安全等级保护测评及加固52.00万元", "网络安全等级保护测评及加固55.00万元",
     "网络安全等级保护测评及加固55.00万元",
     "分项 236.00 + 98.50 + 55.00 + 42.00 = 431.50, stated 全年预算 428.50"),
    ("quzhou-gjjit-2021", 2, "completion_mismatch", "table",
     "｜32项｜106.67%｜", "｜32项｜106.76%｜", "32项｜106.76%",
     "32项 / 30项 = 106.67%, stated 106.76%"),
    ("quzhou-gjjit-2021", 3, "score_exceeds_weight", "table",
     "｜99.92%｜100.42%｜10｜10｜\n产出指标｜质量指标｜等保测评通过率｜100%｜100%｜100.00%｜5｜5｜",
     "｜99.92%｜100.42%｜10｜5｜\n产出指标｜质量指标｜等保测评通过率｜100%｜100%｜100.00%｜5｜10｜",
     "等保测评通过率｜100%｜100%｜100.00%｜5｜10",
     "等保测评通过率 scored 10 against a weight of 5 (scores of two adjacent rows swapped, total still 99.73)"),
    ("quzhou-gjjit-2021", 4, "average_mismatch", "prose",
     "平均88.27分", "平均88.72分", "平均88.72分",
     "(86.5 + 88.2 + 90.1) / 3 = 88.27, stated 88.72"),
    ("quzhou-gjjit-2021", 5, "conflicting_values", "table",
     "核心系统9月18日上线，升级功能模块14个，", "核心系统9月18日上线，升级功能模块16个，",
     "升级功能模块16个",
     "年度总体目标 block says 16 modules; the indicator row (14个, 116.67%) and the text (14个, 比计划多2个) say 14"),
    ("quzhou-gjjit-2021", 6, "grade_mismatch", "prose",
     "自评等级为“优秀”", "自评等级为“良好”", "自评等级为“良好”",
     "total 99.73 is in the 优 band (90–100), stated 良好"),

    # ---- 自贡市自流井区 燃气管道老化更新改造 2024 (Sichuan table) ----
    ("ziliujing-gaspipe-2024", 1, "implausible_rate", "table",
     "单位资金｜0.00｜0.00｜0.00｜—｜—｜—", "单位资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "单位资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget (单位资金 0.00 / 0.00)"),
    ("ziliujing-gaspipe-2024", 2, "average_mismatch", "prose",
     "平均每个片区4,153户", "平均每个片区4,135户", "4,135户",
     "(4,180 + 3,960 + 4,320) / 3 = 4,153.33 → 4,153, stated 4,135"),
    ("ziliujing-gaspipe-2024", 3, "weight_sum_mismatch", "table",
     "｜36处｜10｜9.00｜", "｜36处｜12｜9.00｜", "36处｜12｜9.00",
     "weights now 10 + 57 + 25 + 10 = 102 (产出 rows 15+10+12+10+5+5)"),
    ("ziliujing-gaspipe-2024", 4, "sum_mismatch", "prose",
     "庭院管道57.4公里", "庭院管道54.7公里", "庭院管道54.7公里",
     "31.2 + 54.7 = 85.9公里, stated total 88.6公里 (also in the table)"),
    ("ziliujing-gaspipe-2024", 5, "year_mismatch", "prose",
     "结转至2025年使用", "结转至2024年使用", "结转至2024年",
     "unspent money of the 2024 budget is said to be carried over to 2024 itself"),
    ("ziliujing-gaspipe-2024", 6, "unit_mismatch", "table",
     "｜86公里｜88.6公里｜", "｜86公里｜103.02%｜", "86公里｜103.02%",
     "target in 公里, actual entered as a percentage (the completion rate) in the 实际完成值 column"),

    # ---- 邯郸市丛台区住房保障和房产管理局 部门整体 2019 (Hebei) ----
    ("congtai-deptwhole-2019", 1, "score_exceeds_weight", "table",
     "｜93.12%｜5｜4.75\n效益指标｜社会效益指标｜公租房入住率｜≥90%｜88.6%｜10｜9.84",
     "｜93.12%｜5｜9.84\n效益指标｜社会效益指标｜公租房入住率｜≥90%｜88.6%｜10｜4.75",
     "维修及时率｜≥98%｜93.12%｜5｜9.84",
     "维修及时率 scored 9.84 against a weight of 5 (scores of two adjacent rows swapped, total still 99.10)"),
    ("congtai-deptwhole-2019", 2, "rate_mismatch", "table",
     "｜737.88｜94.55%", "｜737.88｜94.45%", "737.88｜94.45%",
     "项目支出 737.88 / 780.45 = 94.55%, printed 94.45%"),
    ("congtai-deptwhole-2019", 3, "grade_mismatch", "table",
     "自评等级｜优", "自评等级｜良", "自评等级｜良",
     "total 99.10 is in the 优 band, the table says 良"),
    ("congtai-deptwhole-2019", 4, "balance_mismatch", "prose",
     "年末结余62.57万元", "年末结余65.27万元", "65.27万元",
     "全年预算 1,286.75 − 支出 1,224.18 = 62.57, stated 65.27"),
    ("congtai-deptwhole-2019", 5, "implausible_rate", "table",
     "｜≥90%｜92.3%｜10｜10", "｜≥90%｜102.3%｜10｜10", "102.3%",
     "承租户满意度 102.3% is above 100%"),
    ("congtai-deptwhole-2019", 6, "conflicting_values", "prose",
     "直接管理公租房3,418套", "直接管理公租房3,481套", "3,481套",
     "the stock of 公租房 is 3,418套 in section 三 (3,028 occupied = 88.6%), 3,481套 in section 一"),

    # ---- 扶绥县 农村低收入群体住房安全保障 2022 (Guangxi, prose only) ----
    ("fusui-nongfang-2022", 1, "rate_mismatch", "prose",
     "预算执行率83.25%", "预算执行率83.52%", "83.52%",
     "1,352.42 / 1,624.60 = 83.25%, stated 83.52%"),
    ("fusui-nongfang-2022", 2, "completion_mismatch", "prose",
     "完成率96.38%", "完成率96.83%", "96.83%",
     "竣工 1,012户 / 任务 1,050户 = 96.38%, stated 96.83%"),
    ("fusui-nongfang-2022", 3, "score_sum_mismatch", "prose",
     "自评总分89.22分", "自评总分89.52分", "89.52分",
     "8.32 + 46.90 + 24 + 10 = 89.22, stated total 89.52 (grade 良好 still right)"),
    ("fusui-nongfang-2022", 4, "average_mismatch", "prose",
     "平均为96.5%", "平均为96.8%", "平均为96.8%",
     "(97.2 + 95.6 + 96.7) / 3 = 96.5, stated 96.8"),
    ("fusui-nongfang-2022", 5, "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "the 2022 report states its spending as at 31 December 2021"),
    ("fusui-nongfang-2022", 6, "weight_sum_mismatch", "prose",
     "其中数量指标（20分）得19.28分", "其中数量指标（25分）得19.28分", "数量指标（25分）",
     "产出 sub-weights 25 + 10 + 10 + 10 = 55, but 产出指标 is worth 50 (all weights 105)"),
]


def main():
    labels = []
    clean_text = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean_text[src] = fh.read()
    by_src = {src: [] for src in SOURCES}
    for e in EDITS:
        by_src[e[0]].append(e)
    for src in SOURCES:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in sorted(by_src[src], key=lambda x: x[1]):
            text = clean_text[src]
            cnt = text.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string occurs {cnt} times: {old!r}")
            out = text.replace(old, new, 1)
            if value not in out:
                sys.exit(f"{src}-e{n}: value {value!r} not in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(out)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
