#!/usr/bin/env python3
"""Build the n173 error cases and labels.jsonl from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in
its clean draft.  Each error case gets exactly one edit.  `value` is a short
exact substring of the error case that contains the changed figure; `where`
says whether the slip sits in the prose or in a table (used in README only).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "funan-ecommerce-2020",
    "yuanmou-coldchain-2021",
    "zaoyang-commerce-dept-2022",
    "caoxian-tradefair-2023",
    "gongzhuling-appliancetradein-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- funan-ecommerce-2020 (Anhui, e-commerce into villages, 2020) ----
    ("funan-ecommerce-2020", 1, "rate_mismatch", "table",
     "｜1,283.95｜10｜95.11%｜9.51", "｜1,283.95｜10｜95.01%｜9.51",
     "95.01%",
     "执行率 in the funds block: 1,283.95 / 1,350.00 = 95.11%, stated 95.01%"),
    ("funan-ecommerce-2020", 2, "sum_mismatch", "prose",
     "县乡村三级物流配送体系452.80万元", "县乡村三级物流配送体系425.80万元",
     "项目实际支出1,283.95万元，其中：县级电子商务公共服务中心运营186.30万元，县乡村三级物流配送体系425.80万元",
     "186.30 + 425.80 + 318.65 + 211.00 + 115.20 = 1,256.95, stated total 1,283.95 (logistics item transposed 452.80 -> 425.80)"),
    ("funan-ecommerce-2020", 3, "completion_mismatch", "prose",
     "新建村级电子商务服务点156个，完成率104%", "新建村级电子商务服务点156个，完成率140%",
     "156个，完成率140%",
     "156 / 150 = 104%, stated 140%"),
    ("funan-ecommerce-2020", 4, "score_exceeds_weight", "table",
     "｜≥20个｜22个｜8｜8｜\n产出指标｜数量指标｜建设村级电子商务服务点｜≥150个｜156个｜8｜8｜",
     "｜≥20个｜22个｜7｜8｜\n产出指标｜数量指标｜建设村级电子商务服务点｜≥150个｜156个｜9｜8｜",
     "建设乡镇电子商务服务站｜≥20个｜22个｜7｜8",
     "weights of the two station rows re-split 8/8 -> 7/9 but scores left at 8/8: score 8 above weight 7 (weight and score totals unchanged)"),
    ("funan-ecommerce-2020", 5, "year_mismatch", "prose",
     "截至2020年12月31日，项目实际支出", "截至2019年12月31日，项目实际支出",
     "截至2019年12月31日",
     "the 2020 spending figure is dated at the end of 2019; the report and the table are for 2020"),
    ("funan-ecommerce-2020", 6, "average_mismatch", "prose",
     "平均每期70人次", "平均每期75人次",
     "平均每期75人次",
     "2240人次 / 32期 = 70人次, stated 75"),

    # ---- yuanmou-coldchain-2021 (Yunnan, agricultural cold chain, 2021) ----
    ("yuanmou-coldchain-2021", 1, "balance_mismatch", "prose",
     "年末结余39.20万元", "年末结余39.02万元",
     "39.02万元",
     "680.00 received - 640.80 spent = 39.20, stated 39.02"),
    ("yuanmou-coldchain-2021", 2, "weight_sum_mismatch", "table",
     "｜≥2.5亿元｜2.3亿元｜10｜9.2｜", "｜≥2.5亿元｜2.3亿元｜12｜9.2｜",
     "2.3亿元｜12｜9.2",
     "分值 now total 102 (10 + 50 + 32 + 10); the 销售额 row weight was 10"),
    ("yuanmou-coldchain-2021", 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "97.57 is in the 优 band (90 <= s <= 100)"),
    ("yuanmou-coldchain-2021", 4, "unit_mismatch", "table",
     "｜≤400元/吨｜360元/吨｜", "｜≤400元/吨｜90%｜",
     "≤400元/吨｜90%",
     "target in 元/吨, actual given as a percentage (360/400); completion cannot be computed"),
    ("yuanmou-coldchain-2021", 5, "implausible_rate", "prose",
     "已支付76.80万元，执行率96%", "已支付86.80万元，执行率108.5%",
     "已支付86.80万元，执行率108.5%",
     "86.80 paid out of the 80.00 provincial allocation: execution rate over 100%"),
    ("yuanmou-coldchain-2021", 6, "conflicting_values", "table",
     "｜≥3000户｜3260户｜", "｜≥3000户｜3620户｜",
     "3620户",
     "the text gives 带动周边3260户农户; the table row says 3620户"),

    # ---- zaoyang-commerce-dept-2022 (Hubei, 商务局 部门整体, 2022) ----
    ("zaoyang-commerce-dept-2022", 1, "score_sum_mismatch", "table",
     "合计｜｜｜｜｜100｜94.69｜", "合计｜｜｜｜｜100｜94.96｜",
     "100｜94.96",
     "9.73 + 49.4 + 26 + 9.56 = 94.69, stated 94.96"),
    ("zaoyang-commerce-dept-2022", 2, "sum_mismatch", "table",
     "其中：基本支出｜486.40｜", "其中：基本支出｜468.40｜",
     "年度资金总额｜1,286.40｜1,642.90｜1,598.36｜10｜97.29%｜9.73\n其中：基本支出｜468.40",
     "年初预算数: 468.40 + 800.00 = 1,268.40, stated total 1,286.40"),
    ("zaoyang-commerce-dept-2022", 3, "rate_mismatch", "prose",
     "实际支出688.26万元，执行率95.59%", "实际支出688.26万元，执行率96.59%",
     "执行率96.59%",
     "县域商业体系建设资金 688.26 / 720.00 = 95.59%, stated 96.59%"),
    ("zaoyang-commerce-dept-2022", 4, "completion_mismatch", "table",
     "｜6.92亿美元｜106.46%", "｜6.92亿美元｜106.64%",
     "6.92亿美元｜106.64%",
     "6.92 / 6.5 = 106.46%, stated 106.64%"),
    ("zaoyang-commerce-dept-2022", 5, "average_mismatch", "table",
     "平均｜｜40.00", "平均｜｜48.00",
     "平均｜｜48.00",
     "(42.50 + 38.00 + 45.80 + 36.20 + 40.00 + 37.50) / 6 = 40.00, stated 48.00 (240 divided by 5)"),
    ("zaoyang-commerce-dept-2022", 6, "year_mismatch", "table",
     "部门整体支出绩效自评表\n（2022年度）", "部门整体支出绩效自评表\n（2021年度）",
     "（2021年度）",
     "the self-evaluation table is headed 2021 in the 2022 report"),

    # ---- caoxian-tradefair-2023 (Shandong, trade-fair subsidy, prose only) ----
    ("caoxian-tradefair-2023", 1, "weight_sum_mismatch", "prose",
     "产出指标50分、", "产出指标55分、",
     "产出指标55分",
     "10 + 55 + 30 + 10 = 105; the five output indicators carry 15 + 10 + 10 + 5 + 10 = 50"),
    ("caoxian-tradefair-2023", 2, "score_sum_mismatch", "prose",
     "综合得分89.77分", "综合得分88.77分",
     "综合得分88.77分",
     "9.55 + 46.4 + 24.49 + 9.33 = 89.77, stated 88.77"),
    ("caoxian-tradefair-2023", 3, "grade_mismatch", "prose",
     "自评等级为“良”", "自评等级为“优”",
     "自评等级为“优”",
     "89.77 is in the 良 band (80 <= s < 90)"),
    ("caoxian-tradefair-2023", 4, "balance_mismatch", "prose",
     "结余13.65万元", "结余13.56万元",
     "结余13.56万元",
     "300.00 received - 286.35 spent = 13.65, stated 13.56"),
    ("caoxian-tradefair-2023", 5, "conflicting_values", "prose",
     "全年实现意向成交额0.96亿美元", "全年实现意向成交额0.69亿美元",
     "0.69亿美元",
     "the 意向成交额 is 0.96亿美元 in the indicator analysis, 0.69亿美元 in the deviation section"),
    ("caoxian-tradefair-2023", 6, "unit_mismatch", "prose",
     "境内展会补贴87.75万元", "境内展会补贴877500万元",
     "877500万元",
     "the 87.75万元 (877,500元) domestic part written with the unit 万元: off by 10^4; 198.60 + 87.75 = 286.35"),

    # ---- gongzhuling-appliancetradein-2024 (Jilin, appliance trade-in, 2024) ----
    ("gongzhuling-appliancetradein-2024", 1, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%",
     "execution rate 100% printed on a zero base (no carry-over)"),
    ("gongzhuling-appliancetradein-2024", 2, "score_exceeds_weight", "table",
     "｜≥40家｜46家｜5｜5｜\n产出指标｜质量指标｜补贴审核准确率｜100%｜100%｜10｜10｜",
     "｜≥40家｜46家｜5｜6｜\n产出指标｜质量指标｜补贴审核准确率｜100%｜100%｜10｜9｜",
     "46家｜5｜6",
     "score 6 above weight 5 (one point moved from the next row, so the total still reads 96.68)"),
    ("gongzhuling-appliancetradein-2024", 3, "average_mismatch", "prose",
     "平均每台补贴900元", "平均每台补贴960元",
     "平均每台补贴960元",
     "1,123.20万元 / 12,480台 = 900元, stated 960元"),
    ("gongzhuling-appliancetradein-2024", 4, "balance_mismatch", "prose",
     "剩余376.80万元", "剩余367.80万元",
     "367.80万元",
     "1,500.00 - 1,123.20 = 376.80, stated 367.80"),
    ("gongzhuling-appliancetradein-2024", 5, "sum_mismatch", "table",
     "省级财政资金｜0.00｜90.00｜67.39｜", "省级财政资金｜0.00｜90.00｜76.39｜",
     "年度资金总额｜0.00｜1,500.00｜1,123.20｜10｜74.88%｜7.49\n其中：中央财政资金｜0.00｜1,350.00｜1,010.88｜—｜—｜—\n省级财政资金｜0.00｜90.00｜76.39",
     "全年执行数: 1,010.88 + 76.39 + 44.93 + 0.00 = 1,132.20, stated total 1,123.20"),
    ("gongzhuling-appliancetradein-2024", 6, "conflicting_values", "table",
     "≥10000台｜12480台", "≥10000台｜12840台",
     "12840台",
     "the text gives 12,480台 (and the categories add to 12,480); the table row says 12840台"),
]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    labels = []
    for src in SOURCES:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
