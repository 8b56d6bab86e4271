#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts505 from the clean drafts and an edit list.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft,
`value` (the label) must occur exactly once in the resulting case and contain the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "yueyang-sanhe-routes-2021",
    "panzhihua-baoanying-routesubsidy-2024",
    "anyang-gaviation-dept-2019",
    "alxa-shorthaul-2023",
    "yulin-fumian-routes-2025",
]

# (project, n, code, old, new, value, where, explanation)
EDITS = [
    # --- yueyang-sanhe-routes-2021 (Hunan outline, flattened Word table) ---
    ("yueyang-sanhe-routes-2021", 1, "balance_mismatch",
     "当年财政拨款未支出88.84万元", "当年财政拨款未支出88.48万元", "88.48万元",
     "prose, 二 资金使用", "unspent appropriation 1,200.00 − 1,111.16 = 88.84, stated 88.48"),
    ("yueyang-sanhe-routes-2021", 2, "year_mismatch",
     "已按规定结转至2022年使用", "已按规定结转至2021年使用", "结转至2021年",
     "prose, 二 资金使用", "money left over from the 2021 budget is carried to 2021 itself; must be a later year (2022)"),
    ("yueyang-sanhe-routes-2021", 3, "implausible_rate",
     "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t—", "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100%", "—\n\t100%",
     "table, funds row 其他资金 执行率", "execution rate 100% printed on a zero base (全年预算 0.00); should be —"),
    ("yueyang-sanhe-routes-2021", 4, "sum_mismatch",
     "岳阳—三亚航线72.85万元", "岳阳—三亚航线78.25万元", "78.25万元",
     "prose, 二 资金使用 (分别为 list)", "511.68 + 341.04 + 185.59 + 78.25 = 1,116.56, stated total 1,111.16"),
    ("yueyang-sanhe-routes-2021", 5, "grade_mismatch",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "prose, 四 绩效情况", "total 95.03 is in the 优 band (≥90)"),
    ("yueyang-sanhe-routes-2021", 6, "weight_sum_mismatch",
     "604班\n\t10\n\t7.95", "604班\n\t8\n\t7.95", "604班\n\t8\n\t7.95",
     "table, 执行航班班次 分值", "weights now 10 + 48 + 30 + 10 = 98 (执行航班班次 weight 8 instead of 10)"),
    # --- panzhihua-baoanying-routesubsidy-2024 (Sichuan outline, Sichuan table as web tabs) ---
    ("panzhihua-baoanying-routesubsidy-2024", 1, "rate_mismatch",
     "931.52\t—\t97.03%", "931.52\t—\t97.30%", "97.30%",
     "table, funds row 其中：财政资金 执行率", "931.52 / 960.00 = 97.03%, stated 97.30%"),
    ("panzhihua-baoanying-routesubsidy-2024", 2, "completion_mismatch",
     "为年度目标860班的102.33%", "为年度目标860班的103.23%", "103.23%",
     "prose, 四（一） 项目完成情况", "880 / 860 = 102.33%, stated 103.23%"),
    ("panzhihua-baoanying-routesubsidy-2024", 3, "implausible_rate",
     "%\t95.6\t10", "%\t105.6\t10", "105.6",
     "table, 旅客满意度 实际完成值", "satisfaction 105.6% is above 100%"),
    ("panzhihua-baoanying-routesubsidy-2024", 4, "unit_mismatch",
     "补贴标准80元/座·班", "补贴标准80万元/座·班", "80万元/座·班",
     "prose, 四（一） 广州航线", "per-seat standard written in 万元: 174 × 250 × 80万元 is 10^4 × the stated 348.00万元; 元 reconciles it"),
    ("panzhihua-baoanying-routesubsidy-2024", 5, "weight_sum_mismatch",
     "基本达成\t10\t9", "基本达成\t12\t9", "基本达成\t12\t9",
     "table, 航线市场培育 分值", "weights now 10 + 50 + 32 + 10 = 102"),
    ("panzhihua-baoanying-routesubsidy-2024", 6, "conflicting_values",
     "航线补贴资金960.00万元开展", "航线补贴资金906.00万元开展", "906.00万元",
     "prose, 一（一） opening", "the evaluated fund is 960.00万元 everywhere else (全年预算, table)"),
    # --- anyang-gaviation-dept-2019 (部门整体支出, PDF copy with runs of spaces) ---
    ("anyang-gaviation-dept-2019", 1, "average_mismatch",
     "平均自评分数94分", "平均自评分数95分", "平均自评分数95分",
     "prose, 三（一） 项目自评情况", "(96 + 92 + 94) / 3 = 94, stated 95"),
    ("anyang-gaviation-dept-2019", 2, "score_sum_mismatch",
     "达成            —           10      8", "达成            —           10      9", "达成            —           10      9",
     "table, 促进通航产业集聚 得分", "row scores now add to 98.57, stated 合计 97.57 (and 97.57 in the text)"),
    ("anyang-gaviation-dept-2019", 3, "completion_mismatch",
     "104.78%", "107.48%", "107.48%",
     "table, 服务对象满意度 完成率", "94.30 / 90 = 104.78%, stated 107.48%"),
    ("anyang-gaviation-dept-2019", 4, "rate_mismatch",
     "95.29%", "92.59%", "92.59%",
     "project table, 航空运动赛事推广 执行率", "236.51 / 248.20 = 95.29%, stated 92.59%"),
    ("anyang-gaviation-dept-2019", 5, "sum_mismatch",
     "公用经费53.80万元", "公用经费58.30万元", "58.30万元",
     "prose, 二（二） 支出情况", "182.60 + 58.30 = 240.90, stated 基本支出 236.40"),
    ("anyang-gaviation-dept-2019", 6, "conflicting_values",
     "保障通航起降6,480架次", "保障通航起降6,840架次", "6,840架次",
     "prose, 三（二） 产出情况", "the table gives 通航起降 6,480架次 (completion 108.00% of 6,000)"),
    # --- alxa-shorthaul-2023 (MOF outline, funds table with 行次, tab rows) ---
    ("alxa-shorthaul-2023", 1, "balance_mismatch",
     "结余21.75万元", "结余27.15万元", "27.15万元",
     "prose, 三 综合评价 (below the funds table)", "到位 570.00 − 执行 548.25 = 21.75 (盟级 120.00 − 98.25 = 21.75), stated 27.15"),
    ("alxa-shorthaul-2023", 2, "unit_mismatch",
     "短途运输航线数量\t≥2条\t2条", "短途运输航线数量\t≥2条\t100%", "≥2条\t100%",
     "table, 短途运输航线数量 实际完成值", "target counted in 条, actual given as a percentage"),
    ("alxa-shorthaul-2023", 3, "average_mismatch",
     "平均每班运送旅客6.78人次", "平均每班运送旅客7.68人次", "7.68人次",
     "prose, 四（四） 项目效益", "7,029人次 / 1,036班 = 6.78, stated 7.68"),
    ("alxa-shorthaul-2023", 4, "year_mismatch",
     "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日",
     "prose, 四（三） 项目产出", "year-end figures of a 2023 report dated 2022年12月31日"),
    ("alxa-shorthaul-2023", 5, "score_exceeds_weight",
     "91.20%\t114.00%\t10\t10\t\n\t时效指标\t资金拨付及时率\t100%\t100%\t100.00%\t10\t10",
     "91.20%\t114.00%\t10\t11\t\n\t时效指标\t资金拨付及时率\t100%\t100%\t100.00%\t10\t9",
     "114.00%\t10\t11",
     "table, 航班正常率 得分 (资金拨付及时率 lowered in the same edit)", "score 11 above weight 10; the next row lost 1 point so the total 98.68 still adds up"),
    ("alxa-shorthaul-2023", 6, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "prose, 三 综合评价", "98.68 is in the 优 band"),
    # --- yulin-fumian-routes-2025 (Hunan outline, funds table in tabs, indicators in runs of spaces) ---
    ("yulin-fumian-routes-2025", 1, "score_exceeds_weight",
     "90.50%  5  5\n  时效指标  季度清算及时率  100%  100%  5  5",
     "90.50%  5  6\n  时效指标  季度清算及时率  100%  100%  5  4",
     "90.50%  5  6",
     "table, 航班正常率 得分 (季度清算及时率 lowered in the same edit)", "score 6 above weight 5; the next row lost 1 point so the total 93.68 still adds up"),
    ("yulin-fumian-routes-2025", 2, "score_sum_mismatch",
     "基本达成  10  9", "基本达成  10  8.5", "基本达成  10  8.5",
     "table, 航线市场培育 得分", "row scores now add to 93.18, stated 总分 93.68 (and 93.68 in the text)"),
    ("yulin-fumian-routes-2025", 3, "rate_mismatch",
     "执行120.00万元，执行率80.00%", "执行120.00万元，执行率85.00%", "执行率85.00%",
     "prose, 二 资金使用 (通用航空 sub-rate)", "120.00 / 150.00 = 80.00%, stated 85.00%"),
    ("yulin-fumian-routes-2025", 4, "unit_mismatch",
     "玉林—上海浦东航线677.04万元", "玉林—上海浦东航线6770400万元", "6770400万元",
     "prose, 二 资金使用 (分别为 list)", "the 元 figure 6,770,400 labelled 万元; rescaled by 10^-4 it restores the route sum 1,622.36 and matches 补贴6,770,400元"),
    ("yulin-fumian-routes-2025", 5, "conflicting_values",
     "满意率95.40%", "满意率94.50%", "满意率94.50%",
     "prose, 四（二） 效益情况", "the table gives 旅客满意度 95.40%"),
    ("yulin-fumian-routes-2025", 6, "sum_mismatch",
     "低空旅游航线运营补贴40.00万元", "低空旅游航线运营补贴45.00万元", "45.00万元",
     "prose, 二 资金使用 (通用航空 其中)", "80.00 + 45.00 = 125.00, stated 通用航空发展资金执行 120.00"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, old, new, value, where, expl in edits:
            assert clean.count(old) == 1, (pid, n, "old not unique", old)
            text = clean.replace(old, new)
            assert text.count(value) == 1, (pid, n, "value not unique", value)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
