#!/usr/bin/env python3
"""Build the n166 error cases and labels.jsonl from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the
clean draft; each error case carries exactly one edit.  Run: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "longmen-xueliang-2021",
    "yangxian-jindu-2019",
    "xinfeng-jiaoansheshi-2020",
    "yanchi-xiaofangzhuangbei-2023",
    "xiqing-fujing-2024",
]

# (source, case number, code, where, old, new, value, explanation)
EDITS = [
    # ---- 广东 龙门县 公共视频监控 2021 (tab-separated web table) ----
    ("longmen-xueliang-2021", 1, "rate_mismatch", "text",
     "预算执行率为95.54%", "预算执行率为95.45%",
     "预算执行率为95.45%",
     "712.35 / 745.60 = 95.54%; the text states 95.45% (digits transposed; the table keeps 95.54%)"),
    ("longmen-xueliang-2021", 2, "year_mismatch", "text",
     "已申请结转至2022年", "已申请结转至2021年",
     "结转至2021年",
     "unspent money of the 2021 budget is carried over to 2021 itself; it can only go to a later year (2022)"),
    ("longmen-xueliang-2021", 3, "score_sum_mismatch", "text",
     "产出指标得49分，", "产出指标得48分，",
     "产出指标得48分，效益指标得30分，满意度指标得10分，合计98.55分",
     "9.55 + 48 + 30 + 10 = 97.55, stated total 98.55 (the table's 产出 rows give 49)"),
    ("longmen-xueliang-2021", 4, "score_exceeds_weight", "table",
     "2021年12月20日\t5\t4\t芯片供货紧张致设备到货延迟，已督促施工单位增加作业班组\n\t\t成本指标\t单个点位建设成本\t≤1.6万元\t1.52万元\t10\t10",
     "2021年12月20日\t5\t10\t芯片供货紧张致设备到货延迟，已督促施工单位增加作业班组\n\t\t成本指标\t单个点位建设成本\t≤1.6万元\t1.52万元\t10\t4",
     "2021年12月20日\t5\t10",
     "时效 row scored 10 against its weight 5 (scores of the 时效 and 成本 rows swapped, so the total still reads 98.55)"),
    ("longmen-xueliang-2021", 5, "unit_mismatch", "table",
     "建设人脸识别卡口\t24个\t24个", "建设人脸识别卡口\t24个\t100%",
     "24个\t100%",
     "target is a count (24个), actual a percentage (100%)"),
    ("longmen-xueliang-2021", 6, "conflicting_values", "table",
     "≥8个\t9个", "≥8个\t8个",
     "≥8个\t8个",
     "the table gives 8 departments sharing the video resources, the text 9个部门"),

    # ---- 陕西 洋县 禁毒宣传教育 2019 (flattened cell-per-line table with 完成率) ----
    ("yangxian-jindu-2019", 1, "completion_mismatch", "table",
     "\t92%\n\t96.84%", "\t92%\n\t96.48%",
     "96.48%",
     "92% / 95% = 96.84%; the 完成率 cell reads 96.48%"),
    ("yangxian-jindu-2019", 2, "balance_mismatch", "text",
     "年末结余0.64万元", "年末结余0.46万元",
     "结余0.46万元",
     "42.50 - 41.86 = 0.64, stated 0.46"),
    ("yangxian-jindu-2019", 3, "sum_mismatch", "text",
     "禁毒教育基地维护8.20万元", "禁毒教育基地维护8.02万元",
     "其中：宣传品制作12.36万元、禁毒宣传活动15.80万元、禁毒教育基地维护8.02万元、禁毒业务培训5.50万元",
     "12.36 + 15.80 + 8.02 + 5.50 = 41.68, but the spending they break down is 41.86"),
    ("yangxian-jindu-2019", 4, "implausible_rate", "text",
     "实际支出4.50万元，执行率100%", "实际支出5.40万元，执行率120.00%",
     "实际支出5.40万元，执行率120.00%",
     "5.40 spent of the 4.50 added: execution rate 120% is above 100%"),
    ("yangxian-jindu-2019", 5, "grade_mismatch", "text",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良",
     "97.53 lies in the 优 band (>= 90), not 良"),
    ("yangxian-jindu-2019", 6, "year_mismatch", "text",
     "截至2019年12月31日", "截至2018年12月31日",
     "截至2018年12月31日",
     "the spending of the 2019 budget is dated to the end of 2018"),

    # ---- 江西 信丰县 道路交通安全设施 2020 (pipe tables) ----
    ("xinfeng-jiaoansheshi-2020", 1, "balance_mismatch", "text",
     "资金107.84万元", "资金170.84万元",
     "170.84万元",
     "560.00 - 452.16 = 107.84, stated 170.84"),
    ("xinfeng-jiaoansheshi-2020", 2, "completion_mismatch", "text",
     "完成率78.67%", "完成率87.67%",
     "完成率87.67%",
     "118 / 150 = 78.67%, stated 87.67%"),
    ("xinfeng-jiaoansheshi-2020", 3, "average_mismatch", "text",
     "平均每镇28.83公里", "平均每镇28.38公里",
     "平均每镇28.38公里",
     "(32.5 + 28.0 + 26.0) / 3 = 28.83, stated 28.38"),
    ("xinfeng-jiaoansheshi-2020", 4, "grade_mismatch", "table",
     "| 自评等级 | 良 |", "| 自评等级 | 优 |",
     "| 自评等级 | 优 |",
     "total 89.45 is in the 良 band (80 <= s < 90), the table says 优"),
    ("xinfeng-jiaoansheshi-2020", 5, "score_sum_mismatch", "table",
     "| 100 | 89.45 |", "| 100 | 89.54 |",
     "| 100 | 89.54 |",
     "row scores add to 89.45 (8.07 + 45.87 + 26.4 + 9.11), the table total reads 89.54"),
    ("xinfeng-jiaoansheshi-2020", 6, "rate_mismatch", "table",
     "153.76 | 64.07%", "153.76 | 64.70%",
     "153.76 | 64.70%",
     "县级配套 153.76 / 240.00 = 64.07%, stated 64.70%"),

    # ---- 宁夏 盐池县 消防救援装备购置 2023 (PDF text, space-separated) ----
    ("yanchi-xiaofangzhuangbei-2023", 1, "unit_mismatch", "text",
     "通信指挥及无人机设备29.40万元", "通信指挥及无人机设备294000万元",
     "294000万元",
     "an amount in 元 (294000元 = 29.40万元) written with 万元; with 29.40 the four items add to 426.95"),
    ("yanchi-xiaofangzhuangbei-2023", 2, "weight_sum_mismatch", "table",
     "426.95万元 5 5", "426.95万元 10 5",
     "426.95万元 10 5",
     "成本 row weight 10 instead of 5: weights add to 105, not 100"),
    ("yanchi-xiaofangzhuangbei-2023", 3, "implausible_rate", "text",
     "回访满意率98.6%", "回访满意率108.6%",
     "回访满意率108.6%",
     "a satisfaction rate above 100%"),
    ("yanchi-xiaofangzhuangbei-2023", 4, "conflicting_values", "table",
     "≥95% 98.2% 15 15", "≥95% 98.7% 15 15",
     "98.7%",
     "the table gives 灭火救援成功率 98.7%, the text and the goal block 98.2%"),
    ("yanchi-xiaofangzhuangbei-2023", 5, "score_exceeds_weight", "table",
     "100% 100% 10 10\n时效指标 装备到位时间 2023年10月底前 2023年9月 5 5",
     "100% 100% 10 5\n时效指标 装备到位时间 2023年10月底前 2023年9月 5 10",
     "2023年9月 5 10",
     "时效 row scored 10 against its weight 5 (scores of the 质量 and 时效 rows swapped, total unchanged)"),
    ("yanchi-xiaofangzhuangbei-2023", 6, "sum_mismatch", "text",
     "补助资金128.00万元", "补助资金182.00万元",
     "年初预算300.00万元（县级财政资金），2023年8月自治区财政下达消防救援装备补助资金182.00万元，全年预算调整为428.00万元",
     "300.00 + 182.00 = 482.00, but the adjusted budget is 428.00"),

    # ---- 天津 西青区 警务辅助人员经费 2024 (full-width bar table) ----
    ("xiqing-fujing-2024", 1, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%",
     "execution rate 100% on a zero carry-over budget (0.00 / 0.00)"),
    ("xiqing-fujing-2024", 2, "average_mismatch", "text",
     "平均每期296.5人", "平均每期269.5人",
     "平均每期269.5人",
     "(312 + 298 + 305 + 271) / 4 = 296.5, stated 269.5"),
    ("xiqing-fujing-2024", 3, "weight_sum_mismatch", "table",
     "≥4期｜4期｜5｜5", "≥4期｜4期｜8｜5",
     "4期｜8｜5",
     "培训期数 weight 8 instead of 5: weights add to 103, not 100"),
    ("xiqing-fujing-2024", 4, "unit_mismatch", "table",
     "≥1150人｜1186人", "≥1150人｜103.13%",
     "≥1150人｜103.13%",
     "target is a head count (人), actual a percentage"),
    ("xiqing-fujing-2024", 5, "conflicting_values", "text",
     "协助民警破获刑事案件846起", "协助民警破获刑事案件864起",
     "破获刑事案件864起",
     "the text gives 864 cases, the goal block and the indicator row 846起"),
    ("xiqing-fujing-2024", 6, "year_mismatch", "table",
     "（2024年度）", "（2023年度）",
     "（2023年度）",
     "the self-evaluation table is headed 2023年度 in a 2024 report (title, funds and 2024年末 figures)"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old string matches {clean.count(old)} times: {old!r}")
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
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
