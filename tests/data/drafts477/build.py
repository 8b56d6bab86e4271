#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of the n477 set from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft; the new
text must contain the label value exactly once. Run: python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "fj-ninghua-fangxunwuzi-2018",
    "hb-gongan-fangxunwuzi-2020",
    "sx-jishan-fangxunwuzi-2021",
    "sc-pengxi-kanghanwuzi-2022",
    "hn-huarong-fangxunwuzi-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 福建 宁化县水利局 2018 (MOF outline, funds block + indicator table)
    ("fj-ninghua-fangxunwuzi-2018", 1, "average_mismatch", "prose",
     "平均2.4小时", "平均2.6小时", "平均2.6小时",
     "(2.0 + 2.5 + 2.7) / 3 = 2.4 hours, stated 2.6"),
    ("fj-ninghua-fangxunwuzi-2018", 2, "unit_mismatch", "prose",
     "计19.80万元", "计198000万元", "计198000万元",
     "土工布 18,000 m² × 11元 = 198,000元 = 19.80万元; the 元 figure carries the unit 万元 (off by 10^4), "
     "which also breaks the 物资采购 103.32万元 sum; rescaling this one amount reconciles both"),
    ("fj-ninghua-fangxunwuzi-2018", 3, "completion_mismatch", "prose",
     "完成年度目标的80%", "完成年度目标的85%", "完成年度目标的85%",
     "800 of 1000 life jackets = 80%, stated 85%"),
    ("fj-ninghua-fangxunwuzi-2018", 4, "grade_mismatch", "prose",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 96.74 is in the 优 band (>= 90), stated 良"),
    ("fj-ninghua-fangxunwuzi-2018", 5, "weight_sum_mismatch", "table",
     "物资储备管理制度\t定性\t健全\t已修订完善\t10\t9", "物资储备管理制度\t定性\t健全\t已修订完善\t11\t9",
     "已修订完善\t11\t9",
     "weights now add up to 101 (10 + 50 + 31 + 10) while the 合计 row reads 100"),
    ("fj-ninghua-fangxunwuzi-2018", 6, "sum_mismatch", "table",
     "其中：当年财政拨款\t95.00\t125.00\t116.28", "其中：当年财政拨款\t95.00\t125.00\t118.28", "125.00\t118.28",
     "全年执行数 column: 118.28 + 6.40 = 124.68, but 年度资金总额 is 122.68 (expected 116.28)"),
    # ---- 湖北 公安县应急管理局 2020 (Hubei 20 + 80, funds table + goal-block table, whole-point total)
    ("hb-gongan-fangxunwuzi-2020", 1, "score_exceeds_weight", "table",
     "采购物资验收合格率\t=\t100%\t100%\t8\t8", "采购物资验收合格率\t=\t100%\t100%\t8\t8.4", "100%\t100%\t8\t8.4",
     "score 8.4 above the weight 8 (the whole-point total 99 still covers the row sum 99.27)"),
    ("hb-gongan-fangxunwuzi-2020", 2, "balance_mismatch", "prose",
     "年末未支出资金10.90万元", "年末未支出资金10.09万元", "未支出资金10.09万元",
     "252.50 budget, all received, 241.60 spent: unspent 10.90, stated 10.09"),
    ("hb-gongan-fangxunwuzi-2020", 3, "year_mismatch", "prose",
     "已结转至2021年继续使用", "已结转至2020年继续使用", "结转至2020年",
     "the unspent part of the 2020 budget is carried over to 2020 itself; it must go to 2021"),
    ("hb-gongan-fangxunwuzi-2020", 4, "implausible_rate", "table",
     "≥\t95%\t92.4%", "≥\t95%\t102.4%", "95%\t102.4%",
     "satisfaction 102.4% is above 100%"),
    ("hb-gongan-fangxunwuzi-2020", 5, "unit_mismatch", "table",
     "救生衣（圈）补充\t≥\t2300件\t2300件", "救生衣（圈）补充\t≥\t2300件\t100%", "2300件\t100%",
     "target in 件, actual in %: completion cannot be computed"),
    ("hb-gongan-fangxunwuzi-2020", 6, "conflicting_values", "prose",
     "项目252.50万元资金开展了绩效自评", "项目255.20万元资金开展了绩效自评", "255.20万元资金",
     "the project's annual budget is 252.50万元 in the funds paragraph and the funds table, 255.20万元 in the opening"),
    # ---- 山西 稷山县水利局 2021 (Shanxi layout: funds table with 行次, block tables with 完成率)
    ("sx-jishan-fangxunwuzi-2021", 1, "rate_mismatch", "table",
     "预算执行率(%)\t(7)=(4)/(2)\t89.38\t88.72", "预算执行率(%)\t(7)=(4)/(2)\t89.38\t87.82", "89.38\t87.82",
     "财政资金小计 execution 113.56 / 128.00 = 88.72%, stated 87.82"),
    ("sx-jishan-fangxunwuzi-2021", 2, "completion_mismatch", "table",
     "3000片\t2850片\t95.00%", "3000片\t2850片\t92.50%", "2850片\t92.50%",
     "2850 / 3000 = 95.00%, stated 92.50%"),
    ("sx-jishan-fangxunwuzi-2021", 3, "unit_mismatch", "table",
     "发电机组及排水泵更新\t≥\t10\t12台\t12台", "发电机组及排水泵更新\t≥\t10\t12台\t100%", "12台\t100%",
     "target in 台, actual in %: completion cannot be computed"),
    ("sx-jishan-fangxunwuzi-2021", 4, "score_sum_mismatch", "prose",
     "总得分97.44分", "总得分97.74分", "总得分97.74分",
     "8.94 + 49.5 + 29 + 10 = 97.44, stated 97.74"),
    ("sx-jishan-fangxunwuzi-2021", 5, "average_mismatch", "prose",
     "平均每个乡镇6,400条", "平均每个乡镇6,800条", "平均每个乡镇6,800条",
     "3.2万条 over 5 towns = 6,400 each, stated 6,800"),
    ("sx-jishan-fangxunwuzi-2021", 6, "conflicting_values", "prose",
     "本项目全年预算136万元", "本项目全年预算163万元", "全年预算163万元",
     "全年预算资金 is 136.00 in the funds table, 163 in the text"),
    # ---- 四川 蓬溪县水利局 2022 (Sichuan table: funds rows, 10 + 90 without satisfaction)
    ("sc-pengxi-kanghanwuzi-2022", 1, "weight_sum_mismatch", "table",
     "编织袋储备\t≥\t100000\t条\t60000\t10\t6", "编织袋储备\t≥\t100000\t条\t60000\t12\t6", "60000\t12\t6",
     "weights now add up to 102 (10 + 62 + 30) while the 总分 row reads 100"),
    ("sc-pengxi-kanghanwuzi-2022", 2, "sum_mismatch", "table",
     "其中：财政资金\t150.00\t206.00", "其中：财政资金\t150.00\t260.00", "150.00\t260.00",
     "全年预算数 column: 260.00 + 0.00 + 8.00 + 0.00 = 268.00, but 年度资金总额 is 214.00 (expected 206.00)"),
    ("sc-pengxi-kanghanwuzi-2022", 3, "balance_mismatch", "prose",
     "年末结转资金14.70万元", "年末结转资金17.40万元", "结转资金17.40万元",
     "214 budget, all received, 199.30 spent: carry-over 14.70, stated 17.40"),
    ("sc-pengxi-kanghanwuzi-2022", 4, "grade_mismatch", "table",
     "评价等级为良。", "评价等级为优。", "评价等级为优",
     "total 89.18 is in the 良 band (80-90), stated 优"),
    ("sc-pengxi-kanghanwuzi-2022", 5, "year_mismatch", "table",
     "\n年度\t2022\n", "\n年度\t2021\n", "年度\t2021",
     "the table header claims 2021 for the 2022 evaluation (title, project name and table title say 2022)"),
    ("sc-pengxi-kanghanwuzi-2022", 6, "implausible_rate", "prose",
     "满意度达96.8%", "满意度达106.8%", "满意度达106.8%",
     "satisfaction 106.8% is above 100%"),
    # ---- 湖南 华容县应急管理局 2024 (Hunan outline, MOF funds block + indicator table, whole-point total)
    ("hn-huarong-fangxunwuzi-2024", 1, "rate_mismatch", "prose",
     "县级资金执行率91.49%", "县级资金执行率94.19%", "县级资金执行率94.19%",
     "county funds 274.46 / 300 = 91.49%, stated 94.19%"),
    ("hn-huarong-fangxunwuzi-2024", 2, "sum_mismatch", "prose",
     "省级应急抢险补助80万元", "省级应急抢险补助60万元", "补助60万元",
     "追加 120 = 省级 + 县级 40 needs 80; with 60 the parts give 100 (and 274.46 + 60 + 18.40 ≠ 372.86 spent)"),
    ("hn-huarong-fangxunwuzi-2024", 3, "conflicting_values", "prose",
     "汛期累计调出救生衣1,260件", "汛期累计调出救生衣1,620件", "救生衣1,620件",
     "life jackets issued in the flood: 1,260件 in section 四, 1,620件 in section 五"),
    ("hn-huarong-fangxunwuzi-2024", 4, "score_sum_mismatch", "table",
     "总分\t\t\t\t\t\t100\t98\t", "总分\t\t\t\t\t\t100\t96\t", "100\t96",
     "9.36 + 50 + 28.5 + 10 = 97.86 (98 at whole points), stated 96"),
    ("hn-huarong-fangxunwuzi-2024", 5, "score_exceeds_weight", "table",
     "采购物资验收合格率\t=\t100%\t100%\t7\t7", "采购物资验收合格率\t=\t100%\t100%\t7\t7.3", "100%\t7\t7.3",
     "score 7.3 above the weight 7 (the whole-point total 98 still covers the row sum 98.16)"),
    ("hn-huarong-fangxunwuzi-2024", 6, "rate_mismatch", "table",
     "10\t93.59%\t9.36", "10\t95.39%\t9.36", "95.39%",
     "372.86 / 398.40 = 93.59%, stated 95.39%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = src + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                raise SystemExit("%s e%d: old text matches %d times" % (src, n, clean.count(old)))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit("%s e%d: value occurs %d times" % (src, n, text.count(value)))
            if value not in new:
                raise SystemExit("%s e%d: value not inside the replacement" % (src, n))
            name = "%s-e%d.txt" % (src, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("built %d cases (%d errors)" % (len(labels), len(labels) - len(SOURCES)))


if __name__ == "__main__":
    main()
