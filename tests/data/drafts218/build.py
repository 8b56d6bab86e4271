#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts218 from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft
of its project; the result is written to cases/<id>-eN.txt, and one line per case (clean ones
included) goes to labels.jsonl.  Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "dafang-banqianhouxu-2023",
    "huaibin-xiaoedaikuan-2021",
    "tongxin-yigongdaizhen-2019",
    "qiaojia-huajiaochanye-2024",
    "changyang-xczxjbumen-2022",
]

# (source, n, code, old, new, value, explanation, where)
EDITS = [
    # ---- 大方县 易地扶贫搬迁后续扶持 2023 ----
    ("dafang-banqianhouxu-2023", 1, "rate_mismatch",
     "支出382.18万元，执行率89.61%", "支出382.18万元，执行率89.16%",
     "执行率89.16%",
     "省级资金 382.18 / 426.50 = 89.61%, stated 89.16% (digits swapped)", "text"),
    ("dafang-banqianhouxu-2023", 2, "balance_mismatch",
     "未支出的44.32万元", "未支出的44.23万元",
     "44.23万元",
     "unspent = 1,386.50 - 1,342.18 = 44.32 (also 省级 426.50 - 382.18), stated 44.23", "text"),
    ("dafang-banqianhouxu-2023", 3, "sum_mismatch",
     "安置点蔬菜保供基地大棚建设｜368.00", "安置点蔬菜保供基地大棚建设｜386.00",
     "386.00",
     "586.00 + 312.50 + 386.00 + 120.00 = 1,404.50, but the 合计 row reads 1386.50", "table"),
    ("dafang-banqianhouxu-2023", 4, "score_exceeds_weight",
     "配套工程验收合格率｜100%｜100%｜10｜10｜\n产出指标｜时效指标｜配套工程完工时间｜2023年11月30日前｜2023年12月20日｜5｜4｜",
     "配套工程验收合格率｜100%｜100%｜10｜11｜\n产出指标｜时效指标｜配套工程完工时间｜2023年11月30日前｜2023年12月20日｜5｜3｜",
     "配套工程验收合格率｜100%｜100%｜10｜11",
     "score 11 above its weight 10 (the 时效 row was lowered from 4 to 3, so the total still reads 97.30)", "table"),
    ("dafang-banqianhouxu-2023", 5, "conflicting_values",
     "｜1356人次｜10｜10｜", "｜1365人次｜10｜10｜",
     "1365人次",
     "the table gives 1365人次 for the training, the text 1,356人次 (and 完成率113.00% = 1356/1200)", "table"),
    ("dafang-banqianhouxu-2023", 6, "year_mismatch",
     "2023年7月，省级追加下达", "2022年7月，省级追加下达",
     "2022年7月",
     "the mid-year addition to the 2023 budget is dated July 2022, before the budget year (only a December advance is normal)", "text"),

    # ---- 淮滨县 脱贫人口小额信贷贴息 2021 (prose only) ----
    ("huaibin-xiaoedaikuan-2021", 1, "average_mismatch",
     "户均4.62万元", "户均4.26万元",
     "户均4.26万元",
     "37,562.50万元 / 8,126户 = 4.62万元, stated 4.26", "text"),
    ("huaibin-xiaoedaikuan-2021", 2, "sum_mismatch",
     "三季度437.62万元", "三季度473.62万元",
     "三季度473.62万元",
     "398.16 + 421.35 + 473.62 + 441.29 = 1,734.42 ≠ the 1,698.42万元 paid", "text"),
    ("huaibin-xiaoedaikuan-2021", 3, "completion_mismatch",
     "实际8,126户，完成率108.35%", "实际8,126户，完成率103.85%",
     "完成率103.85%",
     "8,126 / 7,500 = 108.35%, stated 103.85%", "text"),
    ("huaibin-xiaoedaikuan-2021", 4, "score_sum_mismatch",
     "综合得分96.87分", "综合得分96.78分",
     "综合得分96.78分",
     "9.87 + 49 + 28 + 10 = 96.87, stated 96.78", "text"),
    ("huaibin-xiaoedaikuan-2021", 5, "implausible_rate",
     "满意和基本满意的558户，满意度96.21%", "满意和基本满意的598户，满意度103.10%",
     "满意度103.10%",
     "598 satisfied of 580 valid questionnaires: satisfaction 103.10% is over 100%", "text"),
    ("huaibin-xiaoedaikuan-2021", 6, "unit_mismatch",
     "调减县级资金129.64万元", "调减县级资金1296400万元",
     "1296400万元",
     "1,850.00 - 1,720.36 = 129.64万元; the 元 amount 1,296,400 written with the unit 万元 (off by 10^4)", "text"),

    # ---- 同心县 以工代赈 2019 ----
    ("tongxin-yigongdaizhen-2019", 1, "grade_mismatch",
     "自评得分89.95分，评价等级为“良”", "自评得分89.95分，评价等级为“优”",
     "评价等级为“优”",
     "89.95 is below 90: band 良, not 优", "text"),
    ("tongxin-yigongdaizhen-2019", 2, "weight_sum_mismatch",
     "部分工程未完工｜5｜2｜", "部分工程未完工｜3｜2｜",
     "部分工程未完工｜3｜2",
     "weights now total 98 (时效 row 3 instead of 5)", "table"),
    ("tongxin-yigongdaizhen-2019", 3, "rate_mismatch",
     "38.00｜63.33%", "38.00｜68.33%",
     "38.00｜68.33%",
     "自治区配套 38.00 / 60.00 = 63.33%, stated 68.33%", "table"),
    ("tongxin-yigongdaizhen-2019", 4, "balance_mismatch",
     "年末结转资金112.00万元", "年末结转资金121.00万元",
     "121.00万元",
     "700.00 - 588.00 = 112.00, stated 121.00", "text"),
    ("tongxin-yigongdaizhen-2019", 5, "unit_mismatch",
     "｜≥6公里｜4.8公里｜", "｜≥6公里｜80%｜",
     "≥6公里｜80%",
     "target in 公里, actual given as a percentage (the completion rate) instead of 4.8公里", "table"),
    ("tongxin-yigongdaizhen-2019", 6, "average_mismatch",
     "人均增收2,534元", "人均增收2,354元",
     "人均增收2,354元",
     "104.40万元 / 412人 = 2,534元, stated 2,354", "text"),

    # ---- 巧家县 花椒产业（衔接资金）2024 ----
    ("qiaojia-huajiaochanye-2024", 1, "completion_mismatch",
     "｜1150元｜76.67%｜", "｜1150元｜76.76%｜",
     "1150元｜76.76%",
     "1,150 / 1,500 = 76.67%, stated 76.76%", "table"),
    ("qiaojia-huajiaochanye-2024", 2, "score_sum_mismatch",
     "｜101.44%｜10｜10｜\n总分", "｜101.44%｜10｜9.13｜\n总分",
     "101.44%｜10｜9.13｜\n总分｜｜｜｜｜｜100｜94.75",
     "satisfaction scored 9.13 (10 × 91.30%) but the total was not updated: the rows now add to 93.88, not 94.75", "table"),
    ("qiaojia-huajiaochanye-2024", 3, "weight_sum_mismatch",
     "｜2760人次｜92.00%｜5｜4.60｜", "｜2760人次｜92.00%｜6｜4.60｜",
     "92.00%｜6｜4.60",
     "weights now total 101 (training row 6 instead of 5)", "table"),
    ("qiaojia-huajiaochanye-2024", 4, "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%",
     "execution rate 100% on a zero budget (其他资金 0.00)", "table"),
    ("qiaojia-huajiaochanye-2024", 5, "year_mismatch",
     "截至2024年12月31日，项目共支出", "截至2023年12月31日，项目共支出",
     "截至2023年12月31日",
     "the spending of the 2024 project is dated at the end of 2023", "text"),
    ("qiaojia-huajiaochanye-2024", 6, "conflicting_values",
     "开展技术培训2,760人次", "开展技术培训2,670人次",
     "2,670人次",
     "the text gives 2,670人次 for the training, the table 2760人次 (完成率92.00% = 2760/3000)", "text"),

    # ---- 长阳县乡村振兴局 部门整体 2022 ----
    ("changyang-xczxjbumen-2022", 1, "grade_mismatch",
     "自评得分94.85分，评价等级为“优”", "自评得分94.85分，评价等级为“良”",
     "评价等级为“良”",
     "94.85 is in the 优 band (≥ 90), stated 良", "text"),
    ("changyang-xczxjbumen-2022", 2, "score_exceeds_weight",
     "｜1.05亿元｜10｜8.75｜贷款需求下降\n产出指标｜质量指标｜防返贫监测对象帮扶覆盖率｜100%｜100%｜10｜10｜",
     "｜1.05亿元｜10｜7.75｜贷款需求下降\n产出指标｜质量指标｜防返贫监测对象帮扶覆盖率｜100%｜100%｜10｜11｜",
     "防返贫监测对象帮扶覆盖率｜100%｜100%｜10｜11",
     "score 11 above its weight 10 (the loan row was lowered from 8.75 to 7.75, so the total still reads 94.85)", "table"),
    ("changyang-xczxjbumen-2022", 3, "sum_mismatch",
     "其中：人员经费｜423.10｜", "其中：人员经费｜432.10｜",
     "432.10",
     "年初 基本支出 486.30 ≠ 人员经费 432.10 + 公用经费 63.20 = 495.30", "table"),
    ("changyang-xczxjbumen-2022", 4, "rate_mismatch",
     "1399.94｜92.57%", "1399.94｜92.75%",
     "1399.94｜92.75%",
     "产业发展奖补 1,399.94 / 1,512.35 = 92.57%, stated 92.75%", "table"),
    ("changyang-xczxjbumen-2022", 5, "unit_mismatch",
     "帮扶覆盖率｜100%｜100%｜", "帮扶覆盖率｜100%｜1236户｜",
     "100%｜1236户",
     "target is a percentage, actual a count of households (1,236户 monitored)", "table"),
    ("changyang-xczxjbumen-2022", 6, "completion_mismatch",
     "年度目标为80%，完成率90.00%", "年度目标为80%，完成率72.00%",
     "完成率72.00%",
     "72.00% / 80% = 90.00%, stated 72.00% (the actual copied as the completion)", "text"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, _where) in sorted(
                (e for e in EDITS if e[0] == src), key=lambda e: e[1]):
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in the case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
