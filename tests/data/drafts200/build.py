#!/usr/bin/env python3
"""Build the n200 error cases and labels.jsonl from the clean drafts.

Every error case is a copy of cases/<id>-clean.txt with exactly one edit applied.
An edit is an exact old -> new replacement; `old` must occur exactly once in the
clean draft. `value` is the short substring of the error case that carries the
changed figure (checked by verify.py). `where` says whether the slip sits in the
prose or in the 自评表 (table).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jinzhai-kufanggaizao-2020",
    "lianhua-gemingwenwu-2022",
    "dabu-dangshixuanjiao-2021",
    "qingjian-difangzhi-2024",
    "yitong-danganshuzihua-2019",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 金寨县档案馆库房改造项目 2020 (Anhui; Word export, flattened table) ----
    ("jinzhai-kufanggaizao-2020", 1, "rate_mismatch", "prose",
     "县级资金执行142.46万元，执行率94.97%",
     "县级资金执行142.46万元，执行率94.79%",
     "执行率94.79%",
     "county funds 142.46 / 150.00 = 94.97%, stated 94.79% (digits transposed)"),
    ("jinzhai-kufanggaizao-2020", 2, "weight_sum_mismatch", "table",
     "库房温湿度达标率\n\t≥95%\n\t96.8%\n\t5\n\t5",
     "库房温湿度达标率\n\t≥95%\n\t96.8%\n\t6\n\t5",
     "96.8%\n\t6",
     "weight of 库房温湿度达标率 typed 6 instead of 5: 10 + 51 + 30 + 10 = 101, table total says 100"),
    ("jinzhai-kufanggaizao-2020", 3, "balance_mismatch", "prose",
     "结余资金7.54万元",
     "结余资金7.45万元",
     "结余资金7.45万元",
     "180.00 - 172.46 = 7.54, stated 7.45"),
    ("jinzhai-kufanggaizao-2020", 4, "score_exceeds_weight", "table",
     "\t5\n\t3\n\t受汛期降雨和疫情影响开工推迟，今后合理安排工期\n\n\t\n\t成本指标\n\t改造工程单位造价\n\t≤1250元/平方米\n\t1197元/平方米\n\t10\n\t10",
     "\t5\n\t10\n\t受汛期降雨和疫情影响开工推迟，今后合理安排工期\n\n\t\n\t成本指标\n\t改造工程单位造价\n\t≤1250元/平方米\n\t1197元/平方米\n\t10\n\t3",
     "2020年11月20日\n\t5\n\t10",
     "scores of 工程完工时间 (3) and 改造工程单位造价 (10) swapped: 工程完工时间 scores 10 against a weight of 5 (the total still reads 96.58)"),
    ("jinzhai-kufanggaizao-2020", 5, "year_mismatch", "prose",
     "已结转至2021年使用",
     "已结转至2020年使用",
     "结转至2020年",
     "the unspent part of the 2020 budget cannot be carried over into 2020 itself (should be 2021)"),
    ("jinzhai-kufanggaizao-2020", 6, "unit_mismatch", "table",
     "≥90列\n\t96列",
     "≥90列\n\t96%",
     "≥90列\n\t96%",
     "target counted in 列, actual written as a percentage (96列 in the text)"),

    # ---- 莲花县革命文物保护利用项目 2022 (Jiangxi; web page, tab-separated table) ----
    ("lianhua-gemingwenwu-2022", 1, "grade_mismatch", "prose",
     "评价等级为“优”",
     "评价等级为“良”",
     "评价等级为“良”",
     "92.77 lies in the 优 band (90 <= s <= 100)"),
    ("lianhua-gemingwenwu-2022", 2, "sum_mismatch", "table",
     "年度资金总额\t260.00",
     "年度资金总额\t250.00",
     "年度资金总额\t250.00",
     "年初预算数 column: 220.00 + 0.00 + 40.00 + 0.00 + 0.00 = 260.00, total row says 250.00"),
    ("lianhua-gemingwenwu-2022", 3, "average_mismatch", "prose",
     "平均每处51.30万元",
     "平均每处53.10万元",
     "平均每处53.10万元",
     "(68.5 + 52.3 + 44.8 + 39.6) / 4 = 51.30"),
    ("lianhua-gemingwenwu-2022", 4, "completion_mismatch", "table",
     "135件（套）\t112.50%",
     "135件（套）\t121.50%",
     "135件（套）\t121.50%",
     "135 / 120 = 112.50%, stated 121.50%"),
    ("lianhua-gemingwenwu-2022", 5, "implausible_rate", "prose",
     "实际支出11.40万元，支出率95%",
     "实际支出12.60万元，支出率105%",
     "12.60万元，支出率105%",
     "征集经费: 12.60 spent of a 12万元 budget, 支出率105% (> 100%; arithmetic right, money above budget)"),
    ("lianhua-gemingwenwu-2022", 6, "conflicting_values", "prose",
     "接待参观群众3.42万人次",
     "接待参观群众3.24万人次",
     "3.24万人次",
     "visitors are 3.42万人次 in the goal block and the indicator row (114.00% of 3万), 3.24万人次 in the text"),

    # ---- 大埔县党史宣传教育专项经费 2021 (Guangdong; PDF text, space-separated table) ----
    ("dabu-dangshixuanjiao-2021", 1, "rate_mismatch", "table",
     "71.28 — 95.04% —",
     "71.28 — 95.40% —",
     "95.40%",
     "当年财政拨款 row: 71.28 / 75.00 = 95.04%, stated 95.40%"),
    ("dabu-dangshixuanjiao-2021", 2, "average_mismatch", "prose",
     "平均每期 90 人",
     "平均每期 96 人",
     "平均每期 96 人",
     "(86 + 92 + 78 + 104) / 4 = 90"),
    ("dabu-dangshixuanjiao-2021", 3, "score_sum_mismatch", "table",
     "宣讲对象满意度 ≥90% 93% 10 10\n总分 100 97.08",
     "宣讲对象满意度 ≥90% 93% 10 9\n总分 100 97.08",
     "93% 10 9\n总分 100 97.08",
     "rows now give 9.55 + 50 + 27.53 + 9 = 96.08, total still 97.08"),
    ("dabu-dangshixuanjiao-2021", 4, "year_mismatch", "table",
     "（2021年度）",
     "（2020年度）",
     "（2020年度）",
     "the 2021 report's self-evaluation table is headed 2020年度"),
    ("dabu-dangshixuanjiao-2021", 5, "balance_mismatch", "prose",
     "结转资金 3.72 万元",
     "结转资金 3.27 万元",
     "3.27 万元",
     "83.36 - 79.64 = 3.72, stated 3.27"),
    ("dabu-dangshixuanjiao-2021", 6, "unit_mismatch", "table",
     "2021年6月30日前 2021年6月25日",
     "2021年6月30日前 100%",
     "2021年6月30日前 100%",
     "target is a date, actual a percentage (copied from the row above)"),

    # ---- 清涧县地方志编纂项目 2024 (Shaanxi; web page, fullwidth-pipe table) ----
    ("qingjian-difangzhi-2024", 1, "weight_sum_mismatch", "table",
     "168个｜10｜10",
     "168个｜12｜10",
     "168个｜12｜10",
     "weight of 志书年鉴赠阅发放单位 typed 12: weights total 102, table total says 100"),
    ("qingjian-difangzhi-2024", 2, "conflicting_values", "prose",
     "》志稿162万字",
     "》志稿126万字",
     "志稿126万字",
     "志稿 is 162万字 in the goal block and the indicator row, 126万字 in the text"),
    ("qingjian-difangzhi-2024", 3, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%",
     "其他资金 row: execution rate 100.00% on a zero budget"),
    ("qingjian-difangzhi-2024", 4, "grade_mismatch", "prose",
     "评价等级为“优”",
     "评价等级为“良”",
     "评价等级为“良”",
     "90.09 >= 90 is 优 (lower bound inclusive)"),
    ("qingjian-difangzhi-2024", 5, "score_exceeds_weight", "table",
     "｜10｜8｜复审意见尚有8条在修改落实\n｜｜年鉴条目规范率｜≥95%｜97%｜5｜5",
     "｜10｜5｜复审意见尚有8条在修改落实\n｜｜年鉴条目规范率｜≥95%｜97%｜5｜8",
     "年鉴条目规范率｜≥95%｜97%｜5｜8",
     "scores of 志稿质量 (8) and 年鉴条目规范率 (5) swapped: 规范率 scores 8 against a weight of 5 (total still 90.09)"),
    ("qingjian-difangzhi-2024", 6, "completion_mismatch", "prose",
     "完成率80%",
     "完成率86%",
     "完成率86%",
     "240 / 300 = 80%, stated 86% (the satisfaction figure)"),

    # ---- 伊通县馆藏档案数字化加工项目 2019 (Jilin; web page, ASCII-pipe table) ----
    ("yitong-danganshuzihua-2019", 1, "sum_mismatch", "prose",
     "成果检测验收费1.60万元",
     "成果检测验收费1.06万元",
     "成果检测验收费1.06万元",
     "51.02 + 5.90 + 1.06 = 57.98, total spending 58.52"),
    ("yitong-danganshuzihua-2019", 2, "completion_mismatch", "table",
     "70.2万页 | 93.60%",
     "70.2万页 | 96.30%",
     "70.2万页 | 96.30%",
     "70.2 / 75 = 93.60%, stated 96.30%"),
    ("yitong-danganshuzihua-2019", 3, "rate_mismatch", "prose",
     "执行率93.96%",
     "执行率93.69%",
     "执行率93.69%",
     "county funds 52.62 / 56 = 93.96%, stated 93.69%"),
    ("yitong-danganshuzihua-2019", 4, "unit_mismatch", "prose",
     "存储设备5.90万元，成果",
     "存储设备59000万元，成果",
     "59000万元",
     "the 5.90万元 (59000元) item written with the unit 万元: off by 10^4; rescaled, the breakdown adds up to 58.52 again"),
    ("yitong-danganshuzihua-2019", 5, "conflicting_values", "table",
     "| 完成1620卷、",
     "| 完成1602卷、",
     "完成1602卷",
     "goal block says 1602卷, the indicator row (90.00% of 1800) and the text say 1620卷"),
    ("yitong-danganshuzihua-2019", 6, "score_sum_mismatch", "prose",
     "产出指标得分48.36分",
     "产出指标得分48.63分",
     "产出指标得分48.63分",
     "7.70 + 48.63 + 24.33 + 9.44 = 90.10, stated 综合得分89.83 (产出 rows add to 48.36)"),
]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        for _, n, code, where, old, new, value, expl in edits:
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{pid}-e{n}: old text occurs {count} times, expected exactly once: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid}-e{n}: value {value!r} not in the error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases from {len(PROJECTS)} clean drafts")


if __name__ == "__main__":
    main()
