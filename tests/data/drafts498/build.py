#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts498 from the clean drafts and the edit list.

Each edit is (source, n, code, where, old, new, value, explanation): `old` must occur exactly once
in cases/<source>-clean.txt; it is replaced by `new` to give cases/<source>-e<n>.txt; `value` must
occur exactly once in the resulting case.  Run `python3 verify.py` afterwards.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jx-nankang-jiajujingsai-2019",
    "ln-anshan-jinengzhongxin-bumen-2022",
    "fj-jinjiang-zhigongjingsai-2024",
    "he-xingtai-gaojineng-2021",
    "gx-liuzhou-jixunjiangbu-2025",
]

EDITS = [
    # ---------------------------------------------------------------- 南康 2019 (one cell a line)
    ("jx-nankang-jiajujingsai-2019", 1, "rate_mismatch", "funds table, row (7) 执行率, 区级 column",
     "\t95.07\n\t95.20\n\t94.17", "\t95.07\n\t95.02\n\t94.17", "95.02",
     "区级资金 执行 76.16 / 全年预算 80.00 = 95.20%, stated 95.02"),
    ("jx-nankang-jiajujingsai-2019", 2, "implausible_rate", "funds table, row (6) 到位率, 上年结转 column",
     "\t100\n\t100\n\t100\n\t—\n\t—", "\t100\n\t100\n\t100\n\t100\n\t—",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100",
     "上年结转 到位 0.00 / 全年预算 0.00: a rate of 100 on a zero base (the column read — before)"),
    ("jx-nankang-jiajujingsai-2019", 3, "average_mismatch", "prose, 产出情况",
     "平均每个赛项85人", "平均每个赛项88人", "平均每个赛项88人",
     "(126 + 98 + 64 + 52) / 4 = 85, stated 88"),
    ("jx-nankang-jiajujingsai-2019", 4, "sum_mismatch", "prose, prize list",
     "二等奖3名、每人5000元", "二等奖3名、每人6000元", "二等奖3名、每人6000元",
     "4 × (1×10000 + 3×6000 + 6×3000 + 10×800) = 216000元, stated total 204000元 (20.40万元)"),
    ("jx-nankang-jiajujingsai-2019", 5, "year_mismatch", "prose, 结余 sentence",
     "已结转至2020年", "已结转至2019年", "结转至2019年",
     "the balance of a 2019 budget is carried over to 2019 itself; must be a later year"),
    ("jx-nankang-jiajujingsai-2019", 6, "completion_mismatch", "自评表, 参赛选手人数 完成率",
     "\t340人\n\t113.33%", "\t340人\n\t111.33%", "111.33%",
     "340 / 300 = 113.33%, stated 111.33% (score 8 = full weight either way)"),
    # ---------------------------------------------------------------- 鞍山 2022 部门整体 (PDF copy)
    ("ln-anshan-jinengzhongxin-bumen-2022", 1, "balance_mismatch", "prose, 部门预算及执行情况",
     "项目支出结转下年10.96万元", "项目支出结转下年10.69万元", "结转下年10.69万元",
     "项目支出 全年 144.20 − 执行 133.24 = 10.96, stated 10.69"),
    ("ln-anshan-jinengzhongxin-bumen-2022", 2, "conflicting_values", "prose, 效益情况",
     "全市新增高技能人才1626人；", "全市新增高技能人才1662人；", "新增高技能人才1662人",
     "the 自评表 gives 新增高技能人才 1626人 (completion 108.40% = 1626/1500)"),
    ("ln-anshan-jinengzhongxin-bumen-2022", 3, "weight_sum_mismatch", "prose, 自评结论 weights",
     "效益指标30分、满意度指标10分。", "效益指标35分、满意度指标10分。", "效益指标35分",
     "10 + 50 + 35 + 10 = 105; the 效益 rows of the table weigh 10 + 10 + 10 = 30"),
    ("ln-anshan-jinengzhongxin-bumen-2022", 4, "grade_mismatch", "prose, 自评结论",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "96.67 is in the 优 band (≥ 90)"),
    ("ln-anshan-jinengzhongxin-bumen-2022", 5, "unit_mismatch", "自评表, 大赛参赛选手人数 实际完成值",
     "≥300人          328人           109.33%", "≥300人          109.33%         109.33%",
     "≥300人          109.33%",
     "target in 人, actual written as a percentage (the completion copied into the actual cell)"),
    ("ln-anshan-jinengzhongxin-bumen-2022", 6, "score_sum_mismatch", "自评表, 技能人才评价体系建设 得分",
     "—    10    7    信息系统", "—    10    6.5    信息系统", "10    6.5    信息系统部分功能未上线",
     "row scores now add to 96.17 (效益 26.5) while the table and the text state 96.67 (效益 27); "
     "6.5 stays inside the 部分达成 band [6, 8)"),
    # ---------------------------------------------------------------- 晋江 2024 (web page, tabs)
    ("fj-jinjiang-zhigongjingsai-2024", 1, "grade_mismatch", "prose, 自评结论",
     "评价等级为“良”", "评价等级为“优”", "评价等级为“优”",
     "89.96 is in the 良 band (80 ≤ s < 90), just under 90"),
    ("fj-jinjiang-zhigongjingsai-2024", 2, "score_exceeds_weight", "自评表, 竞赛安全事故 得分",
     "=0起\t0起\t100%\t4\t4\t\n赛事组织规范性\t规范有序\t达成年度指标\t—\t4\t4",
     "=0起\t0起\t100%\t4\t4.5\t\n赛事组织规范性\t规范有序\t达成年度指标\t—\t4\t3.5",
     "竞赛安全事故\t=0起\t0起\t100%\t4\t4.5",
     "score 4.5 above weight 4 (赛事组织规范性 lowered to 3.5, still in the 达成 band, so the total still reads 89.96)"),
    ("fj-jinjiang-zhigongjingsai-2024", 3, "rate_mismatch", "自评表, 当年财政拨款 执行率",
     "95.52%", "95.25%", "95.25%",
     "114.62 / 120.00 = 95.52%, stated 95.25%"),
    ("fj-jinjiang-zhigongjingsai-2024", 4, "sum_mismatch", "prose, 支出构成",
     "宣传及其他12.36万元", "宣传及其他12.63万元", "宣传及其他12.63万元",
     "48.26 + 16.00 + 36.00 + 29.20 + 12.63 = 142.09, stated total 141.82"),
    ("fj-jinjiang-zhigongjingsai-2024", 5, "unit_mismatch", "prose, 创新工作室补助",
     "每家补助3万元", "每家补助30000万元", "每家补助30000万元",
     "12 × 30000万元 ≠ 36.00万元; the 元 figure 30000 written with 万元 (table: 3万元)"),
    ("fj-jinjiang-zhigongjingsai-2024", 6, "implausible_rate", "prose, 满意度情况",
     "满意度为88.6%", "满意度为108.6%", "一线生产岗位职工满意度为108.6%",
     "a satisfaction rate above 100%"),
    # ---------------------------------------------------------------- 邢台 2021 (PDF copy)
    ("he-xingtai-gaojineng-2021", 1, "year_mismatch", "prose, 资金情况",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "the 2021 report states its spending as of 31 Dec 2020"),
    ("he-xingtai-gaojineng-2021", 2, "balance_mismatch", "prose, 资金情况",
     "年末结余28.16万元", "年末结余28.61万元", "年末结余28.61万元",
     "到位 236.50 (全部到位) − 执行 208.34 = 28.16, stated 28.61"),
    ("he-xingtai-gaojineng-2021", 3, "average_mismatch", "prose, 竞赛集训",
     "平均每个项目4人", "平均每个项目5人", "平均每个项目5人",
     "(6 + 5 + 4 + 4 + 4 + 3 + 3 + 3) / 8 = 4, stated 5"),
    ("he-xingtai-gaojineng-2021", 4, "conflicting_values", "prose, 效益",
     "全市新增高技能人才1209人", "全市新增高技能人才1290人", "新增高技能人才1290人",
     "the 自评表 gives 1209人 (completion 75.56% = 1209/1600, score 7.56)"),
    ("he-xingtai-gaojineng-2021", 5, "completion_mismatch", "自评表, 省级以上竞赛获奖人数 完成率",
     "137.50%", "173.50%", "173.50%",
     "11 / 8 = 137.50%, stated 173.50% (score 10 = full weight either way)"),
    ("he-xingtai-gaojineng-2021", 6, "score_sum_mismatch", "prose, 综合评价 subtotals",
     "产出指标44.68分", "产出指标46.48分", "产出指标46.48分",
     "产出 rows add to 8 + 4.80 + 9.08 + 4.80 + 8 + 4 + 6 = 44.68; 8.81 + 46.48 + 25.56 + 9.80 = 90.65 ≠ 88.85"),
    # ---------------------------------------------------------------- 柳州 2025 (web page, tabs)
    ("gx-liuzhou-jixunjiangbu-2025", 1, "weight_sum_mismatch", "自评表, 校企合作机制 分值",
     "达成年度指标\t—\t10\t10", "达成年度指标\t—\t12\t10", "校企合作机制\t持续完善\t达成年度指标\t—\t12",
     "weights now total 102 (效益 32); score 10 of 12 stays inside the 达成 band"),
    ("gx-liuzhou-jixunjiangbu-2025", 2, "score_exceeds_weight", "自评表, 新增高技能人才 得分",
     "107.17%\t10\t10\t\n可持续影响指标\t校企合作机制\t持续完善\t达成年度指标\t—\t10\t10",
     "107.17%\t10\t12\t\n可持续影响指标\t校企合作机制\t持续完善\t达成年度指标\t—\t10\t8",
     "3215人\t107.17%\t10\t12",
     "score 12 above weight 10 (校企合作机制 lowered to 8, still in the 达成 band, so the total still reads 99.04)"),
    ("gx-liuzhou-jixunjiangbu-2025", 3, "grade_mismatch", "prose, 自评结果",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "99.04 is in the 优 band"),
    ("gx-liuzhou-jixunjiangbu-2025", 4, "unit_mismatch", "prose, 竞赛奖金",
     "10个赛项共发放奖金27.00万元", "10个赛项共发放奖金270000万元", "共发放奖金270000万元",
     "10 × (8000 + 2×5000 + 3×3000) = 270000元 = 27.00万元; the 元 figure written with 万元"),
    ("gx-liuzhou-jixunjiangbu-2025", 5, "conflicting_values", "prose, 技能竞赛",
     "参赛选手1126人（2024年", "参赛选手1162人（2024年", "参赛选手1162人",
     "the 自评表 and its goal block give 1126人 (completion 112.60%)"),
    ("gx-liuzhou-jixunjiangbu-2025", 6, "rate_mismatch", "prose, 资金情况",
     "到位率97.54%", "到位率97.45%", "到位率97.45%",
     "到位 297.50 / 全年预算 305.00 = 97.54%, stated 97.45%"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
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
    print(f"wrote {len(labels)} labels, {len(EDITS)} error cases")


if __name__ == "__main__":
    main()
