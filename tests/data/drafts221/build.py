#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts221 from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose ("text") or in a table ("table").
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "guantao-hospreform-2019",
    "fenyi-coldchain-2021",
    "shanyang-chronic-2023",
    "longchuan-familydoctor-2024",
    "gangcha-emergreserve-2022",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 馆陶县 县级公立医院综合改革补助资金 2019 (Hebei; web table, one row per line, tab-separated) ----
    ("guantao-hospreform-2019", 1, "rate_mismatch", "text",
     "县中医医院支出118.60万元，执行率81.79%",
     "县中医医院支出118.60万元，执行率87.19%",
     "执行率87.19%",
     "中医医院 118.60 / 分配 145.00 = 81.79%, text states 87.19% (digits transposed)"),
    ("guantao-hospreform-2019", 2, "score_sum_mismatch", "table",
     "26.5%\t10\t9.46\t",
     "26.5%\t10\t9.64\t",
     "26.5%\t10\t9.64",
     "row scores now add to 9.35+50+10+9.64+8+10 = 96.99, table 总分 and text still 96.81"),
    ("guantao-hospreform-2019", 3, "year_mismatch", "text",
     "已按规定结转至2020年继续使用",
     "已按规定结转至2019年继续使用",
     "结转至2019年继续使用",
     "carry-over of 2019 money must go to a later year (2020), not the evaluation year 2019"),
    ("guantao-hospreform-2019", 4, "unit_mismatch", "table",
     "住院患者平均住院日\t≤9天\t8.6天\t",
     "住院患者平均住院日\t≤9天\t100%\t",
     "≤9天\t100%",
     "target in 天 (≤9天), actual given as a percentage (text: 8.6天)"),
    ("guantao-hospreform-2019", 5, "balance_mismatch", "text",
     "形成结余26.40万元",
     "形成结余24.60万元",
     "结余24.60万元",
     "145.00 - 118.60 = 26.40 (also 405.00 - 378.60 and DR 92.40 - 66.00), text says 24.60"),
    ("guantao-hospreform-2019", 6, "weight_sum_mismatch", "table",
     "基本建立\t10\t8\t",
     "基本建立\t8\t8\t",
     "基本建立\t8\t8",
     "weight of 现代医院管理制度建设 typed as 8: 分值 now sum to 98 (效益 block 28 instead of 30)"),

    # ---- 分宜县 疫苗冷链运转及设备更新 2021 (Jiangxi; Word table, one cell per line, tab-indented) ----
    ("fenyi-coldchain-2021", 1, "sum_mismatch", "text",
     "县级冷库维护及电费21.34万元",
     "县级冷库维护及电费21.43万元",
     "县级冷库维护及电费21.43万元",
     "46.40 + 18.72 + 21.43 + 28.90 + 12.30 = 127.75, stated total spending 127.66"),
    ("fenyi-coldchain-2021", 2, "completion_mismatch", "text",
     "年度目标30台，完成率106.67%",
     "年度目标30台，完成率106.76%",
     "完成率106.76%",
     "32台 / 30台 = 106.67%, stated 106.76%"),
    ("fenyi-coldchain-2021", 3, "conflicting_values", "text",
     "1.中央资金42.50万元于2021年9月才下达",
     "1.中央资金45.20万元于2021年9月才下达",
     "中央资金45.20万元",
     "the central top-up is 42.50万元 in section 一（二） (86.00 + 42.50 = 128.50), 45.20 here"),
    ("fenyi-coldchain-2021", 4, "score_exceeds_weight", "table",
     "\t99.6%\n\t9\n\t9\n\t\n\n\t\n\t时效指标\n\t设备安装调试完成时间\n\t2021年10月31日前\n\t2021年11月20日\n\t8\n\t6\n",
     "\t99.6%\n\t9\n\t10\n\t\n\n\t\n\t时效指标\n\t设备安装调试完成时间\n\t2021年10月31日前\n\t2021年11月20日\n\t8\n\t5\n",
     "99.6%\n\t9\n\t10",
     "温度合格率 row: 得分 10 above 分值 9 (时效 row lowered 6 -> 5, so the total still reads 97.28)"),
    ("fenyi-coldchain-2021", 5, "implausible_rate", "table",
     "\t接种单位满意度\n\t≥90%\n\t95.3%\n",
     "\t接种单位满意度\n\t≥90%\n\t105.89%\n",
     "105.89%",
     "satisfaction cannot exceed 100% (the completion ratio 95.3/90 was typed as the actual)"),
    ("fenyi-coldchain-2021", 6, "year_mismatch", "table",
     "（2021年度）",
     "（2020年度）",
     "（2020年度）",
     "自评表 dated 2020 in the 2021 report (title, funds and dates are 2021)"),

    # ---- 山阳县 慢性病综合防控 2023 (Shaanxi; PDF table, space-separated rows, 完成率 column) ----
    ("shanyang-chronic-2023", 1, "completion_mismatch", "table",
     "7400人 87.06%",
     "7400人 87.60%",
     "7400人 87.60%",
     "7400 / 8500 = 87.06%, 完成率 column says 87.60%"),
    ("shanyang-chronic-2023", 2, "grade_mismatch", "table",
     "评价等级：良好",
     "评价等级：优秀",
     "评价等级：优秀",
     "total 89.02 is in the 良 band (80 <= s < 90)"),
    ("shanyang-chronic-2023", 3, "balance_mismatch", "text",
     "结余8.75万元",
     "结余8.57万元",
     "结余8.57万元",
     "70.60 - 61.85 = 8.75, stated 8.57"),
    ("shanyang-chronic-2023", 4, "average_mismatch", "text",
     "53.8%、54.6%、55.9%",
     "53.8%、56.4%、55.9%",
     "53.8%、56.4%、55.9%、56.5%，全年平均55.2%",
     "(53.8 + 56.4 + 55.9 + 56.5) / 4 = 55.65, stated average 55.2"),
    ("shanyang-chronic-2023", 5, "conflicting_values", "text",
     "全年规范管理高血压患者27100人",
     "全年规范管理高血压患者27010人",
     "规范管理高血压患者27010人",
     "the 自评表 gives 27100人 for the same indicator"),
    ("shanyang-chronic-2023", 6, "implausible_rate", "text",
     "首诊测血压率达到99.5%",
     "首诊测血压率达到995%",
     "首诊测血压率达到995%",
     "a rate of 995% is impossible (decimal point dropped from 99.5%)"),

    # ---- 龙川县 家庭医生签约服务 2024 (Guangdong; PDF table, one cell per line, empty cells dropped) ----
    ("longchuan-familydoctor-2024", 1, "rate_mismatch", "table",
     "372.45\n10\n95.50%\n9.55",
     "372.45\n10\n95.05%\n9.55",
     "95.05%",
     "372.45 / 390.00 = 95.50%, table says 95.05%"),
    ("longchuan-familydoctor-2024", 2, "score_exceeds_weight", "table",
     "186个\n5\n5\n\n质量指标\n签约居民履约率\n≥85%\n82.6%\n10\n9.72\n",
     "186个\n5\n6\n\n质量指标\n签约居民履约率\n≥85%\n82.6%\n10\n8.72\n",
     "186个\n5\n6",
     "团队数 row: 得分 6 above 分值 5 (履约率 row lowered 9.72 -> 8.72, so totals still read 49.72 / 97.50)"),
    ("longchuan-familydoctor-2024", 3, "weight_sum_mismatch", "text",
     "效益指标30分",
     "效益指标35分",
     "效益指标35分",
     "10 + 50 + 35 + 10 = 105, not 100 (table 效益 weights add to 30)"),
    ("longchuan-familydoctor-2024", 4, "grade_mismatch", "text",
     "自评得分97.50分，评价等级为“优”",
     "自评得分97.50分，评价等级为“良”",
     "评价等级为“良”",
     "97.50 is in the 优 band (>= 90)"),
    ("longchuan-familydoctor-2024", 5, "average_mismatch", "text",
     "90.8%、93.5%、89.9%",
     "90.8%、95.3%、89.9%",
     "92.1%、90.8%、95.3%、89.9%、91.7%，平均91.6%",
     "(92.1 + 90.8 + 95.3 + 89.9 + 91.7) / 5 = 91.96, stated 91.6"),
    ("longchuan-familydoctor-2024", 6, "conflicting_values", "table",
     "≥180个\n186个",
     "≥180个\n168个",
     "≥180个\n168个",
     "text says 186 家庭医生团队 twice (and 21.98万 / 186 ≈ 1182 per team); table says 168"),

    # ---- 刚察县 卫生应急物资储备 2022 (Qinghai; Excel table, one row per line, tab-separated) ----
    ("gangcha-emergreserve-2022", 1, "sum_mismatch", "table",
     "消杀物资\t—\t18.60",
     "消杀物资\t—\t16.80",
     "消杀物资\t—\t16.80",
     "39.00 + 28.00 + 16.80 + 35.40 + 12.00 = 131.20, 合计 133.00"),
    ("gangcha-emergreserve-2022", 2, "average_mismatch", "table",
     "哈尔盖镇卫生院\t1.6",
     "哈尔盖镇卫生院\t1.9",
     "哈尔盖镇卫生院\t1.9",
     "(1.2 + 1.9 + 1.7) / 3 = 1.6, 平均 row (and text) 1.5"),
    ("gangcha-emergreserve-2022", 3, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—",
     "其他资金\t0.00\t0.00\t0.00\t—\t100%",
     "其他资金\t0.00\t0.00\t0.00\t—\t100%",
     "执行率 100% on a zero budget (其他资金 0.00)"),
    ("gangcha-emergreserve-2022", 4, "score_sum_mismatch", "text",
     "效益指标得分25.5分",
     "效益指标得分24.5分",
     "效益指标得分24.5分",
     "9.64 + 50 + 24.5 + 9.56 = 93.70, stated 总得分 94.70 (table 效益 rows 15 + 10.5 = 25.5)"),
    ("gangcha-emergreserve-2022", 5, "unit_mismatch", "text",
     "金额39.00万元",
     "金额390000万元",
     "金额390000万元",
     "6000套 × 65元 = 390000元 = 39.00万元; the 元 figure carries the 万元 label"),
    ("gangcha-emergreserve-2022", 6, "year_mismatch", "text",
     "截至2022年12月31日，项目实际支出",
     "截至2021年12月31日，项目实际支出",
     "截至2021年12月31日",
     "spending of the 2022 project reported as of 31 Dec 2021"),
]


def main():
    labels = []
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in sorted(
                (e for e in EDITS if e[0] == src), key=lambda e: e[1]):
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old text matches {count} times, expected exactly 1: {old!r}")
            case = clean.replace(old, new, 1)
            if value not in case:
                sys.exit(f"{src}-e{n}: label value not found in the case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with one error)")


if __name__ == "__main__":
    main()
