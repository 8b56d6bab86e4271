#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts293 from the clean drafts.

Each edit is an exact old -> new replacement that must match the clean draft exactly once.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "xinglong-tourtoilet-2019",
    "danzhai-ruraltourvillage-2022",
    "jinyun-minsu-2024",
    "tekes-roadstation-2021",
    "fenghuang-culturetourism-dept-2020",
]

# (source, n, code, old, new, value, explanation, where)
EDITS = [
    # ---- xinglong-tourtoilet-2019 (Hebei, MOF table) ----
    ("xinglong-tourtoilet-2019", 1, "rate_mismatch",
     "255.62｜—｜94.67%", "255.62｜—｜94.76%", "94.76%",
     "当年财政拨款 row: 255.62 / 270.00 = 94.67%, stated 94.76% (digits swapped)", "table"),
    ("xinglong-tourtoilet-2019", 2, "average_mismatch",
     "平均每座16.55万元", "平均每座16.85万元", "平均每座16.85万元",
     "新建12座 spent 198.60万元: 198.60 / 12 = 16.55, stated 16.85", "prose"),
    ("xinglong-tourtoilet-2019", 3, "score_exceeds_weight",
     "工程验收合格率｜100%｜100%｜10｜10｜—\n产出指标｜时效指标｜项目完工时间｜2019年11月30日前｜2019年11月25日｜5｜5｜",
     "工程验收合格率｜100%｜100%｜10｜9｜—\n产出指标｜时效指标｜项目完工时间｜2019年11月30日前｜2019年11月25日｜5｜6｜",
     "2019年11月25日｜5｜6",
     "时效 row scores 6 against a weight of 5 (one point moved from the 质量 row above, so the total still reads 96.25)",
     "table"),
    ("xinglong-tourtoilet-2019", 4, "year_mismatch",
     "结转至2020年继续使用", "结转至2019年继续使用", "结转至2019年",
     "the unspent part of the 2019 budget is said to be carried over to 2019 itself (should be 2020)", "prose"),
    ("xinglong-tourtoilet-2019", 5, "sum_mismatch",
     "导视标识及智能管理系统支出22.12万元", "导视标识及智能管理系统支出21.12万元", "21.12万元",
     "198.60 + 51.30 + 21.12 = 271.02, but the three uses are given as the 272.02万元 executed", "prose"),
    ("xinglong-tourtoilet-2019", 6, "unit_mismatch",
     "新建旅游厕所数量｜≥12座｜12座", "新建旅游厕所数量｜≥12座｜100%", "≥12座｜100%",
     "target is a count of toilets (座), actual is a percentage", "table"),

    # ---- danzhai-ruraltourvillage-2022 (Guizhou, funds table + 完成率 column) ----
    ("danzhai-ruraltourvillage-2022", 1, "completion_mismatch",
     "27.6万人次｜110.40%", "27.6万人次｜101.40%", "27.6万人次｜101.40%",
     "27.6 / 25 = 110.40%, stated 101.40%", "table"),
    ("danzhai-ruraltourvillage-2022", 2, "balance_mismatch",
     "结余14.24万元", "结余12.44万元", "结余12.44万元",
     "到位 484.00 − 执行 469.76 = 14.24, stated 12.44", "prose"),
    ("danzhai-ruraltourvillage-2022", 3, "weight_sum_mismatch",
     "2150元｜107.50%｜7｜7", "2150元｜107.50%｜8｜7", "2150元｜107.50%｜8｜7",
     "分值 column now totals 101 (效益 rows 31 against 30) while 合计 says 100", "table"),
    ("danzhai-ruraltourvillage-2022", 4, "grade_mismatch",
     "自评等级为优。", "自评等级为良。", "自评等级为良",
     "total 93.98 is in the 优 band (90–100), not 良", "prose"),
    ("danzhai-ruraltourvillage-2022", 5, "conflicting_values",
     "全年接待游客27.6万人次，超过年度目标", "全年接待游客26.7万人次，超过年度目标", "26.7万人次",
     "the same visitor count is 27.6万人次 in the 自评表", "prose"),
    ("danzhai-ruraltourvillage-2022", 6, "implausible_rate",
     "社会资本及其他资金｜0.00｜0.00｜0.00｜0.00｜—", "社会资本及其他资金｜0.00｜0.00｜0.00｜0.00｜100%",
     "社会资本及其他资金｜0.00｜0.00｜0.00｜0.00｜100%",
     "execution rate of 100% on a zero budget (should be —)", "table"),

    # ---- jinyun-minsu-2024 (Zhejiang, funds and indicators in prose only) ----
    ("jinyun-minsu-2024", 1, "rate_mismatch",
     "执行率93.54%", "执行率93.45%", "执行率93.45%",
     "364.80 / 390.00 = 93.54%, stated 93.45%", "prose"),
    ("jinyun-minsu-2024", 2, "balance_mismatch",
     "结余25.20万元", "结余22.50万元", "结余22.50万元",
     "全年预算 390.00 (fully received) − 支出 364.80 = 25.20, stated 22.50", "prose"),
    ("jinyun-minsu-2024", 3, "score_sum_mismatch",
     "（三）效益指标（30分，得29.24分）", "（三）效益指标（30分，得29.42分）", "得29.42分",
     "benefit rows 10 + 10 + 9.24 = 29.24; with 29.42 the parts 9.35 + 49.82 + 29.42 + 10 = 98.59 ≠ 总分 98.41", "prose"),
    ("jinyun-minsu-2024", 4, "average_mismatch",
     "平均每家3.70万元", "平均每家3.07万元", "平均每家3.07万元",
     "155.40万元 for 42 homestays: 155.40 / 42 = 3.70, stated 3.07", "prose"),
    ("jinyun-minsu-2024", 5, "unit_mismatch",
     "民宿管家培训及品牌推广39.40万元", "民宿管家培训及品牌推广394000万元", "394000万元",
     "394000 is the 元 figure (39.40万元) labelled 万元; with 39.40 the uses add up to the 364.80万元 spent", "prose"),
    ("jinyun-minsu-2024", 6, "year_mismatch",
     "组织对2024年度民宿提升补助资金", "组织对2023年度民宿提升补助资金", "2023年度民宿提升补助资金",
     "the report (title, notice, 截至2024年12月31日) evaluates 2024, the opening claims 2023", "prose"),

    # ---- tekes-roadstation-2021 (Xinjiang, MOF table) ----
    ("tekes-roadstation-2021", 1, "score_sum_mismatch",
     "52.8万元｜10｜8.8｜", "52.8万元｜10｜8.0｜", "52.8万元｜10｜8.0",
     "row scores now add to 97.70 (9.70 + 50 + 28.0 + 10) while 总分 reads 98.50", "table"),
    ("tekes-roadstation-2021", 2, "weight_sum_mismatch",
     "136个｜5｜5", "136个｜10｜5", "136个｜10｜5",
     "分值 column now totals 105 (产出 55) while 总分 says 100", "table"),
    ("tekes-roadstation-2021", 3, "sum_mismatch",
     "其他资金（对口援疆资金）｜0.00｜120.00", "其他资金（对口援疆资金）｜120.00｜120.00",
     "其他资金（对口援疆资金）｜120.00｜120.00",
     "年初预算数 column: 600.00 + 0.00 + 120.00 = 720.00 ≠ 年度资金总额 600.00", "table"),
    ("tekes-roadstation-2021", 4, "conflicting_values",
     "≥15万人次｜18.3万人次", "≥15万人次｜18.8万人次", "18.8万人次",
     "the text gives 全年累计服务过往游客18.3万人次", "table"),
    ("tekes-roadstation-2021", 5, "completion_mismatch",
     "完成年度目标的113.33%", "完成年度目标的131.33%", "131.33%",
     "136个 against ≥120个: 136 / 120 = 113.33%, stated 131.33%", "prose"),
    ("tekes-roadstation-2021", 6, "implausible_rate",
     "满意39户，满意度97.50%", "满意49户，满意度122.50%", "满意49户，满意度122.50%",
     "49 satisfied out of 40 visited: a satisfaction rate above 100%", "prose"),

    # ---- fenghuang-culturetourism-dept-2020 (Hunan, 部门整体) ----
    ("fenghuang-culturetourism-dept-2020", 1, "score_exceeds_weight",
     "资金使用合规性｜5｜合规｜合规｜5\n过程｜预算管理｜管理制度健全性｜5｜健全｜健全｜5",
     "资金使用合规性｜5｜合规｜合规｜6\n过程｜预算管理｜管理制度健全性｜5｜健全｜健全｜4",
     "资金使用合规性｜5｜合规｜合规｜6",
     "score 6 above weight 5 (the next row lowered by one, so the total still reads 89.72)", "table"),
    ("fenghuang-culturetourism-dept-2020", 2, "sum_mismatch",
     "项目支出｜1585.80｜", "项目支出｜1558.80｜", "1558.80",
     "年初预算数 column: 1380.00 + 1558.80 = 2938.80 ≠ 合计 2965.80", "table"),
    ("fenghuang-culturetourism-dept-2020", 3, "rate_mismatch",
     "1742.54｜95.02%", "1742.54｜95.20%", "95.20%",
     "项目支出 1742.54 / 1833.85 = 95.02%, stated 95.20%", "table"),
    ("fenghuang-culturetourism-dept-2020", 4, "unit_mismatch",
     "≥90亿元｜58.7亿元", "≥90亿元｜58.7万元", "58.7万元",
     "旅游综合收入 is 58.7亿元 in the text; the table writes 万元 (off by 10^4; target in 亿元)", "table"),
    ("fenghuang-culturetourism-dept-2020", 5, "grade_mismatch",
     "综合评定等级为良好", "综合评定等级为优秀", "综合评定等级为优秀",
     "total 89.72 is in the 良 band (80–90), not 优", "prose"),
    ("fenghuang-culturetourism-dept-2020", 6, "average_mismatch",
     "平均自评得分93.25分", "平均自评得分93.52分", "93.52分",
     "(92.5 + 97 + 88.5 + 95) / 4 = 93.25, stated 93.52", "prose"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, _where) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old text matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
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
