#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts509 from the clean drafts and an edit list.

Each edit is one exact old -> new replacement; `old` must occur exactly once in the clean draft,
and `value` (the label) must occur exactly once in the resulting case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "js-chongchuan-guofangjiaoyu-2019",
    "gd-huicheng-zhengbingxuanchuan-2021",
    "sc-wenjiang-guofangjiaoyu-2022",
    "ha-jianxi-guodongban-bumen-2024",
    "sn-jintai-zhengbingguofang-2023",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 崇川 2019 ----
    ("js-chongchuan-guofangjiaoyu-2019", 1, "rate_mismatch", "table, funds row 当年财政拨款",
     "49.86｜—｜96.25%", "49.86｜—｜96.52%", "96.52%",
     "当年财政拨款 49.86 / 51.80 = 96.25%, stated 96.52%"),
    ("js-chongchuan-guofangjiaoyu-2019", 2, "average_mismatch", "text, 产出情况",
     "平均每个街道8场", "平均每个街道9场", "平均每个街道9场",
     "(9 + 7 + 8 + 6 + 10 + 7 + 9) / 7 = 8, stated 9"),
    ("js-chongchuan-guofangjiaoyu-2019", 3, "score_exceeds_weight", "table, 效益 rows",
     "100.00%｜10｜10｜—\n效益指标｜可持续影响指标｜长效机制｜逐步健全｜基本健全｜—｜10｜9",
     "100.00%｜10｜11｜—\n效益指标｜可持续影响指标｜长效机制｜逐步健全｜基本健全｜—｜10｜8",
     "征兵任务完成率｜=100%｜100%｜100.00%｜10｜11",
     "征兵任务完成率 scored 11 against a weight of 10 (the next, qualitative row lowered from 9 to 8 so "
     "the 效益 block and the total still read 29 and 98.15; 8/10 stays in the 达成 band)"),
    ("js-chongchuan-guofangjiaoyu-2019", 4, "year_mismatch", "text, 资金使用",
     "结转至2020年使用", "结转至2019年使用", "结转至2019年使用",
     "money left over in the 2019 report is carried over to 2019 itself; must be a later year (2020)"),
    ("js-chongchuan-guofangjiaoyu-2019", 5, "balance_mismatch", "text, 资金使用",
     "未支出1.94万元", "未支出1.49万元", "未支出1.49万元",
     "全年预算 55.06 − 执行 53.12 = 1.94, stated 1.49"),
    ("js-chongchuan-guofangjiaoyu-2019", 6, "grade_mismatch", "text, 自评结论",
     "等级为优", "等级为良", "等级为良",
     "total 98.15 is in the 优 band (≥ 90), stated 良"),
    # ---- 惠城 2021 ----
    ("gd-huicheng-zhengbingxuanchuan-2021", 1, "implausible_rate", "text, 效益",
     "合格318人，合格率51.96%", "合格718人，合格率117.32%", "合格718人，合格率117.32%",
     "718 qualified out of 612 examined: 合格率 117.32% is arithmetically 718/612 but above 100%"),
    ("gd-huicheng-zhengbingxuanchuan-2021", 2, "unit_mismatch", "text, 资金使用 (分别 list)",
     "宣传车及场地租赁48600元", "宣传车及场地租赁48600万元", "48600万元",
     "the 48600元 item written as 48600万元: the list no longer adds up to 389,700.00元 and is reconciled "
     "exactly by reading that one amount in 元 (off by 10^4)"),
    ("gd-huicheng-zhengbingxuanchuan-2021", 3, "completion_mismatch", "table, 进校园宣讲场次",
     "26场\t108.33%", "26场\t103.83%", "103.83%",
     "26 / 24 = 108.33%, stated 103.83%"),
    ("gd-huicheng-zhengbingxuanchuan-2021", 4, "conflicting_values", "text, 资金管理",
     "市级补助资金5.00万元于", "市级补助资金5.50万元于", "市级补助资金5.50万元",
     "the city subsidy is 5.00万元 in the text (一) and in the funds table, 5.50万元 here"),
    ("gd-huicheng-zhengbingxuanchuan-2021", 5, "weight_sum_mismatch", "table, 可持续影响 row",
     "达成年度指标\t—\t10\t9", "达成年度指标\t—\t11\t9",
     "达成年度指标\t—\t11\t9\n满意度指标\t服务对象满意度指标\t应征青年及家长满意度\t≥95%\t97.3%\t102.42%\t10\t10\n"
     "合计\t\t\t\t\t\t100",
     "weights now add up to 101 while the 合计 row says 100 (9/11 stays in the 达成 band)"),
    ("gd-huicheng-zhengbingxuanchuan-2021", 6, "score_sum_mismatch", "text, 自评结论",
     "产出指标49.6分", "产出指标49.8分", "产出指标49.8分",
     "产出 rows score 8 + 8 + 10 + 9.6 + 6 + 8 = 49.6, stated 49.8 (and 9.62 + 49.8 + 29 + 10 ≠ 98.22)"),
    # ---- 温江 2022 ----
    ("sc-wenjiang-guofangjiaoyu-2022", 1, "completion_mismatch", "table, 国防知识竞赛学校参赛率",
     "95.45｜106.06%", "95.45｜106.60%", "106.60%",
     "95.45 / 90 = 106.06%, stated 106.60%"),
    ("sc-wenjiang-guofangjiaoyu-2022", 2, "unit_mismatch", "table, 国防教育宣传展板",
     "块｜60｜100.00%", "块｜100%｜100.00%", "块｜100%",
     "target 60 块, actual written as 100%: completion cannot be computed from different units"),
    ("sc-wenjiang-guofangjiaoyu-2022", 3, "average_mismatch", "text, 完成情况",
     "平均每校846人", "平均每校864人", "平均每校864人",
     "(1020 + 860 + 905 + 745 + 700) / 5 = 846, stated 864"),
    ("sc-wenjiang-guofangjiaoyu-2022", 4, "rate_mismatch", "table, 年度资金总额 执行率",
     "25.84｜10｜97.51%", "25.84｜10｜97.15%", "97.15%",
     "25.84 / 26.50 = 97.51%, stated 97.15% (the text's '97%以上' still holds; score 9.75 follows the "
     "unrounded rate)"),
    ("sc-wenjiang-guofangjiaoyu-2022", 5, "balance_mismatch", "text, 资金到位及使用",
     "结余6600元", "结余5600元", "结余5600元",
     "26.50 − 25.84 = 0.66万元 = 6600元, stated 5600元"),
    ("sc-wenjiang-guofangjiaoyu-2022", 6, "sum_mismatch", "table, 财政资金 row",
     "其中：财政资金｜28.00｜26.50｜25.84", "其中：财政资金｜28.00｜26.50｜25.48",
     "年度资金总额｜28.00｜26.50｜25.84｜10｜97.51%｜9.75\n其中：财政资金｜28.00｜26.50｜25.48",
     "年度资金总额 全年执行数 25.84 ≠ 财政资金 25.48 + 0 + 0 + 0"),
    # ---- 涧西 2024 (部门整体) ----
    ("ha-jianxi-guodongban-bumen-2024", 1, "sum_mismatch", "table, 资金表 项目支出 年初预算数",
     "项目支出｜87.80｜", "项目支出｜78.80｜",
     "合计｜286.40｜301.15｜293.81｜97.56%｜7.34\n基本支出｜198.60｜201.35｜201.35｜100.00%｜0\n项目支出｜78.80",
     "合计 年初预算 286.40 ≠ 基本支出 198.60 + 项目支出 78.80 = 277.40"),
    ("ha-jianxi-guodongban-bumen-2024", 2, "score_sum_mismatch", "table, 体制机制 row",
     "达成年度指标｜—｜10｜9", "达成年度指标｜—｜10｜8.5",
     "效益指标｜小计｜｜｜｜｜30｜28.8\n效益指标｜社会效益指标｜防空警报鸣放覆盖率｜≥95%｜93.1%｜98.00%｜10｜9.8\n"
     "效益指标｜社会效益指标｜公民国防知识知晓率｜≥85%｜87.4%｜102.82%｜10｜10\n"
     "效益指标｜可持续影响指标｜体制机制｜逐步完善｜达成年度指标｜—｜10｜8.5",
     "效益 rows now score 9.8 + 10 + 8.5 = 28.3 while the 小计 row, the text and the 合计 (98.06) keep "
     "28.8 (8.5/10 stays in the 达成 band)"),
    ("ha-jianxi-guodongban-bumen-2024", 3, "average_mismatch", "text, 项目支出情况",
     "平均95.83分", "平均95.38分", "平均95.38分",
     "(96.5 + 100 + 91) / 3 = 95.83, stated 95.38"),
    ("ha-jianxi-guodongban-bumen-2024", 4, "implausible_rate", "text, 满意度",
     "学校师生满意度93.20%", "学校师生满意度103.20%", "学校师生满意度103.20%",
     "a satisfaction rate above 100%"),
    ("ha-jianxi-guodongban-bumen-2024", 5, "score_exceeds_weight", "table, 效益 rows",
     "102.82%｜10｜10\n效益指标｜可持续影响指标｜体制机制｜逐步完善｜达成年度指标｜—｜10｜9",
     "102.82%｜10｜11\n效益指标｜可持续影响指标｜体制机制｜逐步完善｜达成年度指标｜—｜10｜8",
     "102.82%｜10｜11",
     "公民国防知识知晓率 scored 11 against a weight of 10 (the next, qualitative row lowered from 9 to 8 so "
     "the 小计 28.8 and the total 98.06 still hold; 8/10 stays in the 达成 band)"),
    ("ha-jianxi-guodongban-bumen-2024", 6, "conflicting_values", "text, 支出概况",
     "全年支出293.81万元，主要用于", "全年支出293.18万元，主要用于", "全年支出293.18万元",
     "the year's spending is 293.81万元 in the funds table (and gives 97.56%), 293.18万元 in the overview"),
    # ---- 金台 2023 ----
    ("sn-jintai-zhengbingguofang-2023", 1, "year_mismatch", "text, 预算执行情况",
     "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日",
     "the year-end position of a 2023 report is dated 2022"),
    ("sn-jintai-zhengbingguofang-2023", 2, "unit_mismatch", "text, 产出分析",
     "共支出38700元", "共支出38700万元", "38700万元",
     "38700元 written as 38700万元: 18 talks at 2150元 each = 38700元, so the amount is off by 10^4"),
    ("sn-jintai-zhengbingguofang-2023", 3, "completion_mismatch", "table, 征兵宣传横幅及海报",
     "860幅\t107.50%", "860幅\t105.70%", "105.70%",
     "860 / 800 = 107.50%, stated 105.70%"),
    ("sn-jintai-zhengbingguofang-2023", 4, "rate_mismatch", "table, (6) 预算到位率 财政资金小计",
     "96.82\t96.63\t", "96.82\t96.36\t", "96.36",
     "(6)=(3)/(2) for 财政资金小计: 34.40 / 35.60 = 96.63, stated 96.36"),
    ("sn-jintai-zhengbingguofang-2023", 5, "weight_sum_mismatch", "text, 二 项目绩效情况",
     "产出指标50分", "产出指标55分", "产出指标55分",
     "stated weights 10 + 55 + 30 + 10 = 105; the 产出 rows weigh 50"),
    ("sn-jintai-zhengbingguofang-2023", 6, "grade_mismatch", "text, 二 项目绩效情况",
     "属于“优秀”", "属于“良好”", "属于“良好”",
     "total 97.70 is in the 优 band, stated 良好"),
]


def main():
    labels = []
    problems = []
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
    # remove stale error cases
    for f in os.listdir(CASES):
        if f.endswith(".txt") and not f.endswith("-clean.txt"):
            os.remove(os.path.join(CASES, f))
    for src in SOURCES:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            text = clean[src]
            if text.count(old) != 1:
                problems.append(f"{src}-e{n}: old {old!r} occurs {text.count(old)} times in the clean draft")
                continue
            out = text.replace(old, new)
            if out.count(value) != 1:
                problems.append(f"{src}-e{n}: value {value!r} occurs {out.count(value)} times")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(out)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        for p in problems:
            print(p)
        return 1
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
