#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n159 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "shaxian-innovoucher-2024",
    "dali-techenvoy-2019",
    "fanchang-hitechaward-2022",
    "yazhou-statsdept-2021",
    "ziyun-econcensus-2023",
]

# (source, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- shaxian-innovoucher-2024 (Fujian, 科技创新券; prose + 自评表 with 完成率 column) ----
    ("shaxian-innovoucher-2024", "e1", "rate_mismatch", "prose",
     "支出28.86万元，执行率96.20%", "支出28.86万元，执行率92.60%",
     "执行率92.60%", "provincial part: 28.86 / 30.00 = 96.20%, stated 92.60%"),
    ("shaxian-innovoucher-2024", "e2", "average_mismatch", "prose",
     "户均2.08万元", "户均2.18万元",
     "户均2.18万元", "118.56万元 over 57 enterprises = 2.08万元 each, stated 2.18"),
    ("shaxian-innovoucher-2024", "e3", "score_exceeds_weight", "table",
     "2024年12月20日｜100.00%｜5｜5｜—\n产出指标｜成本指标｜单家企业年度兑现额｜≤5万元｜4.80万元｜100.00%｜10｜10｜—",
     "2024年12月20日｜100.00%｜5｜6｜—\n产出指标｜成本指标｜单家企业年度兑现额｜≤5万元｜4.80万元｜100.00%｜10｜9｜—",
     "2024年12月20日｜100.00%｜5｜6",
     "时效 row scores 6 against a weight of 5 (the point was taken from the 成本 row below, so the total still reads 98.25)"),
    ("shaxian-innovoucher-2024", "e4", "weight_sum_mismatch", "table",
     "1326万元｜88.40%｜10｜8.84", "1326万元｜88.40%｜12｜8.84",
     "88.40%｜12｜8.84", "weights now add up to 102 (10 + 50 + 32 + 10) against 总分 100"),
    ("shaxian-innovoucher-2024", "e5", "unit_mismatch", "prose",
     "最高4.80万元", "最高48000万元",
     "48000万元", "4.80万元 (48000元) written with the unit 万元: off by 10^4 against the table (4.80万元) and the 5万元 cap"),
    ("shaxian-innovoucher-2024", "e6", "year_mismatch", "table",
     "年度｜2024年", "年度｜2023年",
     "年度｜2023年", "the table header claims 2023 while the report and the table title are for 2024"),

    # ---- dali-techenvoy-2019 (Shaanxi, 农业科技特派员; funds, indicators and scores in prose only) ----
    ("dali-techenvoy-2019", "e1", "sum_mismatch", "prose",
     "示范基地种苗、农资等物资3.80万元", "示范基地种苗、农资等物资3.08万元",
     "3.08万元", "36.00 + 7.45 + 3.08 + 1.50 = 48.03, but the spending they break down is 48.75"),
    ("dali-techenvoy-2019", "e2", "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀", "89.02 is in the 良 band (80 <= s < 90)"),
    ("dali-techenvoy-2019", "e3", "score_sum_mismatch", "prose",
     "效益指标分值30分，得分27.59分", "效益指标分值30分，得分27.95分",
     "得分27.95分", "效益 items 12.90 + 10 + 4.69 = 27.59; 6.50 + 45.37 + 27.95 + 9.56 = 89.38, stated total 89.02"),
    ("dali-techenvoy-2019", "e4", "average_mismatch", "prose",
     "三镇平均870人次", "三镇平均880人次",
     "三镇平均880人次", "(920 + 870 + 820) / 3 = 870"),
    ("dali-techenvoy-2019", "e5", "balance_mismatch", "prose",
     "结余26.25万元", "结余26.52万元",
     "结余26.52万元", "75.00 - 48.75 = 26.25"),
    ("dali-techenvoy-2019", "e6", "completion_mismatch", "prose",
     "完成率87%", "完成率78%",
     "完成率78%", "2610 / 3000 = 87%"),

    # ---- fanchang-hitechaward-2022 (Anhui, 高新技术企业培育奖励; MOF table without 完成率) ----
    ("fanchang-hitechaward-2022", "e1", "sum_mismatch", "table",
     "其中：当年财政拨款｜200.00｜", "其中：当年财政拨款｜220.00｜",
     "当年财政拨款｜220.00", "年初预算数 column: 220.00 + 20.00 + 0 = 240.00, but 年度资金总额 is 220.00"),
    ("fanchang-hitechaward-2022", "e2", "implausible_rate", "table",
     "其他资金｜0｜0｜0｜—｜—｜—", "其他资金｜0｜0｜0｜—｜100%｜—",
     "其他资金｜0｜0｜0｜—｜100%", "an execution rate of 100% on a zero budget"),
    ("fanchang-hitechaward-2022", "e3", "score_sum_mismatch", "table",
     "｜11家｜10｜7.33｜", "｜11家｜10｜7.83｜",
     "11家｜10｜7.83", "row scores now add up to 97.19, the table and the text state 96.69"),
    ("fanchang-hitechaward-2022", "e4", "completion_mismatch", "prose",
     "完成率112.50%", "完成率112.05%",
     "完成率112.05%", "9 / 8 = 112.50%"),
    ("fanchang-hitechaward-2022", "e5", "unit_mismatch", "table",
     "奖励资金兑现及时率｜≥95%｜100%", "奖励资金兑现及时率｜≥95%｜25家",
     "≥95%｜25家", "target is a percentage, actual a count of enterprises"),
    ("fanchang-hitechaward-2022", "e6", "conflicting_values", "prose",
     "全区有效高新技术企业达到98家", "全区有效高新技术企业达到89家",
     "达到89家", "the table gives 98家 for 全区有效高新技术企业数"),

    # ---- yazhou-statsdept-2021 (Hainan, 统计局部门整体支出; 部门整体支出绩效自评表) ----
    ("yazhou-statsdept-2021", "e1", "balance_mismatch", "prose",
     "年末结转结余14.45万元", "年末结转结余14.54万元",
     "14.54万元", "412.60 - 398.15 = 14.45"),
    ("yazhou-statsdept-2021", "e2", "sum_mismatch", "prose",
     "统计执法及信息化运维经费12.50万元", "统计执法及信息化运维经费15.20万元",
     "运维经费15.20万元", "58.60 + 24.70 + 15.20 = 98.50, but 项目支出 is 95.80"),
    ("yazhou-statsdept-2021", "e3", "weight_sum_mismatch", "table",
     "统计信息公开发布次数｜≥12次｜12次｜10｜10", "统计信息公开发布次数｜≥12次｜12次｜15｜10",
     "12次｜15｜10", "weights now add up to 105 against 合计 100"),
    ("yazhou-statsdept-2021", "e4", "grade_mismatch", "prose",
     "自评等级为“优”", "自评等级为“良”",
     "自评等级为“良”", "96.65 is in the 优 band"),
    ("yazhou-statsdept-2021", "e5", "conflicting_values", "table",
     "≥160家｜168家", "≥160家｜186家",
     "≥160家｜186家", "the text gives 168家 (比年初目标多8家)"),
    ("yazhou-statsdept-2021", "e6", "rate_mismatch", "table",
     "95.80｜—｜88.29%", "95.80｜—｜88.92%",
     "88.92%", "项目支出 95.80 / 108.50 = 88.29%"),

    # ---- ziyun-econcensus-2023 (Guizhou, 第五次全国经济普查; 自评表 with 完成率 column) ----
    ("ziyun-econcensus-2023", "e1", "implausible_rate", "prose",
     "当年支出16.00万元，执行率100%", "当年支出16.80万元，执行率105.00%",
     "16.80万元，执行率105.00%", "16.80 spent of a 16.00 provincial grant: execution rate over 100%"),
    ("ziyun-econcensus-2023", "e2", "completion_mismatch", "table",
     "｜90%｜94.74%｜", "｜90%｜94.47%｜",
     "90%｜94.47%", "90 / 95 = 94.74%"),
    ("ziyun-econcensus-2023", "e3", "unit_mismatch", "table",
     "≥200名｜214名｜107.00%", "≥200名｜107%｜107.00%",
     "≥200名｜107%", "target in persons (名), actual given as a percentage"),
    ("ziyun-econcensus-2023", "e4", "year_mismatch", "prose",
     "结转至2024年", "结转至2023年",
     "结转至2023年", "the unspent part of the 2023 budget is carried to 2023 itself"),
    ("ziyun-econcensus-2023", "e5", "score_exceeds_weight", "table",
     "1.6%｜100%｜10｜10｜—\n效益指标｜社会效益指标｜普查宣传覆盖率｜≥95%｜90%｜94.74%｜10｜9.47",
     "1.6%｜100%｜10｜10.5｜—\n效益指标｜社会效益指标｜普查宣传覆盖率｜≥95%｜90%｜94.74%｜10｜8.97",
     "1.6%｜100%｜10｜10.5",
     "差错率 row scores 10.5 against a weight of 10 (half a point taken from the row below, so the total still reads 95.80)"),
    ("ziyun-econcensus-2023", "e6", "conflicting_values", "table",
     "2136个单位清查", "2163个单位清查",
     "2163个单位清查", "the text and the indicator row give 2136个"),
]


def main():
    labels = []
    for src in SOURCES:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, suffix, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases from {len(SOURCES)} clean drafts")


if __name__ == "__main__":
    main()
