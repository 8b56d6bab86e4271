#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts216 from the clean drafts.

Each edit is an exact old -> new replacement that must match the clean draft exactly once;
the result is written to cases/<id>-eN.txt and labelled in labels.jsonl.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "yanting-appliancetradein-2024",
    "donghai-countycommerce-2022",
    "binxian-wetmarket-2021",
    "erlianhaote-tradefair-2023",
    "sanya-oilmarket-2019",
]

# (source, n, code, old, new, value, where, explanation)
EDITS = [
    # ---- 盐亭县 家电以旧换新补贴 2024 (Sichuan layout, tab-separated web table) ----
    ("yanting-appliancetradein-2024", 1, "rate_mismatch",
     "累计兑付补贴资金608.36万元，预算执行率98.12%",
     "累计兑付补贴资金608.36万元，预算执行率98.21%",
     "预算执行率98.21%", "prose",
     "608.36 / 620.00 = 98.12%, the text states 98.21% (digits transposed); the table keeps 98.12%"),
    ("yanting-appliancetradein-2024", 2, "year_mismatch",
     "结转至2025年继续用于",
     "结转至2024年继续用于",
     "结转至2024年", "prose",
     "the unspent 11.64万元 of the 2024 budget is said to be carried over to 2024 itself; must be a later year (2025)"),
    ("yanting-appliancetradein-2024", 3, "score_exceeds_weight",
     "99.6\t10\t10\t\n\t时效指标\t补贴资金兑付及时率\t≥\t95\t%\t92\t8\t7.75",
     "99.6\t10\t7.75\t\n\t时效指标\t补贴资金兑付及时率\t≥\t95\t%\t92\t8\t10",
     "92\t8\t10", "table",
     "the scores of the 质量 and 时效 rows were swapped: 补贴资金兑付及时率 now scores 10 against a weight of 8 (the total 98.68 is unchanged)"),
    ("yanting-appliancetradein-2024", 4, "unit_mismatch",
     "10000\t台\t11820",
     "10000\t台\t118.2%",
     "118.2%", "table",
     "回收旧家电数量: target 10000 台 but the actual is written as a percentage (118.2%, the completion rate) instead of 11820 台"),
    ("yanting-appliancetradein-2024", 5, "grade_mismatch",
     "本项目得分98.68分，评价等级为“优”",
     "本项目得分98.68分，评价等级为“良”",
     "评价等级为“良”", "prose",
     "98.68 points lies in the 90–100 band, grade 优, not 良"),
    ("yanting-appliancetradein-2024", 6, "average_mismatch",
     "平均每次抽查12家",
     "平均每次抽查13家",
     "平均每次抽查13家", "prose",
     "(12 + 15 + 10 + 11) / 4 = 12, stated 13"),

    # ---- 东海县 县域商业体系建设 2022 (Jiangsu, MOF table copied from PDF, space-separated) ----
    ("donghai-countycommerce-2022", 1, "sum_mismatch",
     "其中：当年财政拨款 500.00 500.00 488.30",
     "其中：当年财政拨款 560.00 500.00 488.30",
     "年度资金总额 500.00 560.00 548.30 10 97.91% 9.79\n其中：当年财政拨款 560.00", "table",
     "年初预算数 column: 年度资金总额 500.00 but its components now give 560.00 + 0.00 + 0.00 = 560.00 (the 全年 figure copied into the 年初 cell)"),
    ("donghai-countycommerce-2022", 2, "conflicting_values",
     "全年完成4个乡镇商贸中心改造、62个村级便民商店建设",
     "全年完成4个乡镇商贸中心改造、52个村级便民商店建设",
     "52个村级便民商店建设", "prose",
     "the conclusion gives 52 village stores, while 表1 and the 自评表 give 62 (62 × 1.5万元 = 93.00万元 paid)"),
    ("donghai-countycommerce-2022", 3, "weight_sum_mismatch",
     "2022年12月20日 6 6",
     "2022年12月20日 8 6",
     "2022年12月20日 8 6", "table",
     "时效 weight 6 typed as 8: output weights now 52 instead of 50 and all weights 102 instead of 100"),
    ("donghai-countycommerce-2022", 4, "balance_mismatch",
     "结余资金11.70万元",
     "结余资金11.07万元",
     "结余资金11.07万元", "prose",
     "560.00 received − 548.30 spent = 11.70万元, stated 11.07万元"),
    ("donghai-countycommerce-2022", 5, "implausible_rate",
     "其他资金 0.00 0.00 0.00 — — —",
     "其他资金 0.00 0.00 0.00 — 100.00% —",
     "其他资金 0.00 0.00 0.00 — 100.00%", "table",
     "an execution rate of 100.00% on a 全年预算数 of 0.00 (rate on a zero base)"),
    ("donghai-countycommerce-2022", 6, "completion_mismatch",
     "60个 62个 103.33%",
     "60个 62个 96.77%",
     "62个 96.77%", "table",
     "表1 村级便民商店: 62 / 60 = 103.33%, stated 96.77% (ratio inverted, 60/62)"),

    # ---- 宾县 农贸市场（菜市场）标准化改造 2021 (Heilongjiang, Word table flattened one cell per line) ----
    ("binxian-wetmarket-2021", 1, "average_mismatch",
     "平均每个市场补助60.6万元",
     "平均每个市场补助75.75万元",
     "平均每个市场补助75.75万元", "prose",
     "(96 + 72 + 48 + 42 + 45) / 5 = 60.6万元, stated 75.75 (303 divided by 4)"),
    ("binxian-wetmarket-2021", 2, "score_sum_mismatch",
     "\t部分建立\n\t—\n\t6\n",
     "\t部分建立\n\t—\n\t7\n",
     "建立市场长效管理机制\n\t10\n\t建立\n\t部分建立\n\t—\n\t7", "table",
     "长效管理机制 row now scores 7: the row scores add up to 95.8 while the 合计 and the text say 94.8"),
    ("binxian-wetmarket-2021", 3, "year_mismatch",
     "截至2021年12月31日，项目实际支出318.6万元",
     "截至2020年12月31日，项目实际支出318.6万元",
     "截至2020年12月31日", "prose",
     "the 2021 project's spending is dated 截至2020年12月31日; the evaluation year is 2021"),
    ("binxian-wetmarket-2021", 4, "rate_mismatch",
     "\t87.33\n",
     "\t83.73\n",
     "83.73", "table",
     "预算执行率 (7)=(4)/(2), 县区级 column: 78.6 / 90 = 87.33, stated 83.73"),
    ("binxian-wetmarket-2021", 5, "completion_mismatch",
     "\t648个\n\t92.57%",
     "\t648个\n\t95.27%",
     "95.27%", "table",
     "规范经营摊位数: 648 / 700 = 92.57%, stated 95.27%"),
    ("binxian-wetmarket-2021", 6, "unit_mismatch",
     "检测验收费3.85万元",
     "检测验收费38500万元",
     "38500万元", "prose",
     "38500元 written with the unit 万元: 303 + 11.75 + 38500 ≠ 318.6; with 3.85万元 the spending adds up"),

    # ---- 二连浩特市 外贸企业参展补助 2023 (Inner Mongolia, web table with ｜ separators) ----
    ("erlianhaote-tradefair-2023", 1, "weight_sum_mismatch",
     "效益指标30分",
     "效益指标35分",
     "效益指标35分", "prose",
     "stated first-level weights 10 + 50 + 35 + 10 = 105; the table's 效益 rows weigh 15 + 10 + 5 = 30"),
    ("erlianhaote-tradefair-2023", 2, "score_exceeds_weight",
     "补助资金审核合规率｜100%｜100%｜10｜10｜\n产出指标｜时效指标｜补助资金拨付时间｜2023年12月31日前｜2023年12月28日｜5｜5｜",
     "补助资金审核合规率｜100%｜100%｜10｜5｜\n产出指标｜时效指标｜补助资金拨付时间｜2023年12月31日前｜2023年12月28日｜5｜10｜",
     "2023年12月28日｜5｜10", "table",
     "scores of the 质量 and 时效 rows swapped: 补助资金拨付时间 scores 10 against a weight of 5 (total still 88.46)"),
    ("erlianhaote-tradefair-2023", 3, "sum_mismatch",
     "中国—东北亚博览会6家次、补助15.30万元",
     "中国—东北亚博览会6家次、补助13.50万元",
     "广交会9家次、补助28.60万元，中国—东北亚博览会6家次、补助13.50万元，乌兰巴托国际贸易展览会5家次、补助24.56万元，其他国内专业展会2家次、补助4.02万元，合计补助72.48万元",
     "prose",
     "28.60 + 13.50 + 24.56 + 4.02 = 70.68, stated total 72.48 (15.30 typed as 13.50)"),
    ("erlianhaote-tradefair-2023", 4, "balance_mismatch",
     "72.48｜7.52｜90.60%",
     "72.48｜7.25｜90.60%",
     "72.48｜7.25", "table",
     "资金情况表: 80.00 received − 72.48 spent = 7.52, stated 7.25"),
    ("erlianhaote-tradefair-2023", 5, "conflicting_values",
     "｜≥40个｜46个｜",
     "｜≥40个｜64个｜",
     "≥40个｜64个", "table",
     "新开拓境外客户数 is 46 in the text (31 + 9 + 6) and 64 in the 自评表"),
    ("erlianhaote-tradefair-2023", 6, "grade_mismatch",
     "自评等级｜良",
     "自评等级｜优",
     "自评等级｜优", "table",
     "total 88.46 lies in the 80–90 band, grade 良 (as the text says), not 优"),

    # ---- 三亚市 成品油市场监管 2019 (Hainan, web table with | separators) ----
    ("sanya-oilmarket-2019", 1, "implausible_rate",
     "专项整治实际使用5万元，使用率100%",
     "专项整治实际使用5.6万元，使用率112%",
     "实际使用5.6万元，使用率112%", "prose",
     "5.6万元 used of a 5万元 supplementary budget: usage rate 112% is over 100%"),
    ("sanya-oilmarket-2019", 2, "score_sum_mismatch",
     "效益指标得分22分",
     "效益指标得分24分",
     "本项目得分89.09分，其中预算执行率得分9.69分，产出指标得分47.84分，效益指标得分24分", "prose",
     "9.69 + 47.84 + 24 + 9.56 = 91.09, stated total 89.09 (the table's 效益 rows give 6 + 10 + 6 = 22)"),
    ("sanya-oilmarket-2019", 3, "unit_mismatch",
     "≥120批次 | 124批次 | 103.33%",
     "≥120批次 | 103.33% | 103.33%",
     "≥120批次 | 103.33%", "table",
     "油品质量抽检批次: target in 批次, actual written as a percentage (the completion rate) instead of 124批次"),
    ("sanya-oilmarket-2019", 4, "conflicting_values",
     "全年共检查加油站（点）246家次",
     "全年共检查加油站（点）264家次",
     "检查加油站（点）264家次", "prose",
     "the text gives 264 inspections, the 自评表 (row and 总体目标) gives 246家次"),
    ("sanya-oilmarket-2019", 5, "rate_mismatch",
     "全年预算执行率96.93%，主要绩效目标基本完成",
     "全年预算执行率96.39%，主要绩效目标基本完成",
     "全年预算执行率96.39%", "prose",
     "43.62 / 45.00 = 96.93%, stated 96.39%"),
    ("sanya-oilmarket-2019", 6, "completion_mismatch",
     "86% | 95.56%",
     "86% | 95.65%",
     "86% | 95.65%", "table",
     "满意度 86% against ≥90%: completion 86 / 90 = 95.56%, stated 95.65%"),
]


def main():
    labels = []
    for src in PROJECTS:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, where, expl) in EDITS:
            if s != src:
                continue
            k = clean.count(old)
            if k != 1:
                sys.exit(f"{src}-e{n}: old string matches {k} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases from {len(PROJECTS)} clean drafts")


if __name__ == "__main__":
    main()
