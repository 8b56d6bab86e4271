#!/usr/bin/env python3
"""Build the n195 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match the clean draft exactly once.
`value` is the exact substring of the error case that carries the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sishui-youfu-2022",
    "santai-kangfu-2021",
    "neixiang-canjiuye-2023",
    "guiping-guangrongyuan-2024",
    "changxing-lieshi-2019",
]

# (source, suffix, code, where, old, new, value, explanation)
EDITS = [
    # --- 泗水县 重点优抚对象抚恤和生活补助资金 2022 (Shandong, tab-separated web table) ---
    ("sishui-youfu-2022", "e1", "rate_mismatch", "prose",
     "支付率92.54%", "支付率92.45%", "支付率92.45%",
     "县级配套资金 paid 218.72 of 236.34 = 92.54%, stated 92.45% (digits transposed)"),
    ("sishui-youfu-2022", "e2", "sum_mismatch", "prose",
     "省级补助资金312.50万元", "省级补助资金321.50万元", "省级补助资金321.50万元",
     "1,820.46 + 321.50 + 236.34 = 2,378.30, but the 全年预算 they make up is 2,369.30 (province 312.50 mistyped)"),
    ("sishui-youfu-2022", "e3", "score_sum_mismatch", "table",
     "≥95%\t97.2%\t10\t10\t", "≥95%\t97.2%\t10\t9.72\t", "97.2%\t10\t9.72\t\n总分\t\t\t\t\t\t100\t99.21",
     "satisfaction row now scored 9.72 (10 x 97.2%), rows add to 98.93 while 总分 and the text say 99.21"),
    ("sishui-youfu-2022", "e4", "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 99.21 is in the 优 band (>= 90), stated 良"),
    ("sishui-youfu-2022", "e5", "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "2022 report: the 2486 recipients (the 2022 actual in the table) dated 截至2021年12月31日"),
    ("sishui-youfu-2022", "e6", "unit_mismatch", "table",
     "抚恤补助资金发放准确率\t=100%\t100%", "抚恤补助资金发放准确率\t=100%\t2486人", "=100%\t2486人",
     "target is a percentage (=100%), actual a head count (2486人) copied from the row above"),

    # --- 三台县 残疾儿童康复救助项目 2021 (Sichuan, PDF one cell per line) ---
    ("santai-kangfu-2021", "e1", "balance_mismatch", "prose",
     "结余14.54万元", "结余14.45万元", "结余14.45万元",
     "到位 286.40 - 支出 271.86 = 14.54, stated 14.45"),
    ("santai-kangfu-2021", "e2", "weight_sum_mismatch", "table",
     "定点康复机构服务质量评估合格率\n\t≥\n\t95\n\t%\n\t10\n",
     "定点康复机构服务质量评估合格率\n\t≥\n\t95\n\t%\n\t12\n",
     "服务质量评估合格率\n\t≥\n\t95\n\t%\n\t12",
     "quality row weight 12: 10 + 20 + 12 + 10 + 10 + 15 + 15 + 10 = 102, 总分 column says 100"),
    ("santai-kangfu-2021", "e3", "average_mismatch", "prose",
     "平均每家机构承担78名", "平均每家机构承担87名", "平均每家机构承担87名",
     "(102 + 86 + 71 + 53) / 4 = 78, stated 87"),
    ("santai-kangfu-2021", "e4", "completion_mismatch", "prose",
     "完成率104%", "完成率96.15%", "完成率96.15%",
     "actual 312 / target 300 = 104%; 96.15% is target / actual"),
    ("santai-kangfu-2021", "e5", "conflicting_values", "table",
     "\t人\n\t20\n\t312\n", "\t人\n\t20\n\t321\n", "300\n\t人\n\t20\n\t321",
     "table gives 321 children helped, the text 312 (total, sum of the six categories and of the four institutions)"),
    ("santai-kangfu-2021", "e6", "implausible_rate", "table",
     "单位资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t—",
     "单位资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100.00%",
     "单位资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100.00%",
     "execution rate 100.00% on a zero budget (单位资金 0.00 / 0.00)"),

    # --- 内乡县 残疾人职业技能培训及就业扶持项目 2023 (Henan, full-width pipe table) ---
    ("neixiang-canjiuye-2023", "e1", "unit_mismatch", "prose",
     "就业创业扶持补贴18.60万元", "就业创业扶持补贴186000万元", "186000万元",
     "186000元 written as 万元: 42.80 + 18.60 + 10.96 = 72.36 and 7.20 + 11.40 = 18.60 only hold with 18.60万元"),
    ("neixiang-canjiuye-2023", "e2", "score_exceeds_weight", "table",
     "｜≥90%｜94.05%｜10｜10｜\n｜｜｜取得职业技能证书比例｜≥60%｜57.14%｜5｜4.76｜",
     "｜≥90%｜94.05%｜10｜4.76｜\n｜｜｜取得职业技能证书比例｜≥60%｜57.14%｜5｜10｜",
     "取得职业技能证书比例｜≥60%｜57.14%｜5｜10",
     "scores of two adjacent rows swapped: certificate row scored 10 against a weight of 5 (sums unchanged)"),
    ("neixiang-canjiuye-2023", "e3", "rate_mismatch", "table",
     "｜6.50｜6.00｜—｜92.31%｜", "｜6.50｜6.00｜—｜93.21%｜", "6.50｜6.00｜—｜93.21%",
     "上年结转资金 6.00 / 6.50 = 92.31%, stated 93.21%"),
    ("neixiang-canjiuye-2023", "e4", "year_mismatch", "table",
     "（2023年度）", "（2022年度）", "（2022年度）",
     "the 自评表 is headed 2022年度 while the report and its figures are for 2023"),
    ("neixiang-canjiuye-2023", "e5", "completion_mismatch", "prose",
     "完成年度目标（50人）的126%", "完成年度目标（50人）的162%", "完成年度目标（50人）的162%",
     "63 / 50 = 126%, stated 162%"),
    ("neixiang-canjiuye-2023", "e6", "conflicting_values", "prose",
     "项目资金78.50万元开展了绩效自评", "项目资金87.50万元开展了绩效自评", "87.50万元",
     "opening evaluates 87.50万元; the funds section and the table give 78.50 (= 60.00 + 12.00 + 6.50)"),

    # --- 桂平市 光荣院运营经费 2024 (Guangxi, pdftotext -layout table with 完成率) ---
    ("guiping-guangrongyuan-2024", "e1", "balance_mismatch", "prose",
     "结余17.60万元", "结余17.06万元", "结余17.06万元",
     "163.20 - 145.60 = 17.60, stated 17.06"),
    ("guiping-guangrongyuan-2024", "e2", "average_mismatch", "prose",
     "全年平均在院人数44.25人", "全年平均在院人数44.52人", "全年平均在院人数44.52人",
     "(42 + 44 + 45 + 46) / 4 = 44.25, stated 44.52"),
    ("guiping-guangrongyuan-2024", "e3", "completion_mismatch", "table",
     "14次       58.33%", "14次       85.33%", "14次       85.33%",
     "14 / 24 = 58.33%, 完成率 column says 85.33%"),
    ("guiping-guangrongyuan-2024", "e4", "grade_mismatch", "table",
     "评价等级：良", "评价等级：优", "评价等级：优",
     "total 89.27 is in the 良 band (80 <= s < 90), table says 优"),
    ("guiping-guangrongyuan-2024", "e5", "implausible_rate", "prose",
     "家属满意度98.6%", "家属满意度108.6%", "家属满意度108.6%",
     "a satisfaction rate above 100%"),
    ("guiping-guangrongyuan-2024", "e6", "sum_mismatch", "table",
     "上年结转资金             0.00          3.20", "上年结转资金             3.20          3.20",
     "上年结转资金             3.20",
     "年初预算数 column: 148.00 + 3.20 + 0.00 = 151.20, 年度资金总额 says 148.00"),

    # --- 长兴县 烈士纪念设施维护管理经费 2019 (Zhejiang, PDF rows flattened with single spaces) ---
    ("changxing-lieshi-2019", "e1", "weight_sum_mismatch", "table",
     "3.6万人次 10 10", "3.6万人次 12 10", "≥3万人次 3.6万人次 12 10",
     "weights now 10 + 50 + 32 + 10 = 102 against 合计 100"),
    ("changxing-lieshi-2019", "e2", "score_exceeds_weight", "table",
     "2019年11月20日 5 5\n成本指标 零散烈士墓平均维修成本 ≤2.5万元/处 1.96万元/处 10 10",
     "2019年11月20日 5 10\n成本指标 零散烈士墓平均维修成本 ≤2.5万元/处 1.96万元/处 10 5",
     "2019年11月20日 5 10",
     "scores of the 时效 and 成本 rows swapped: 时效 row scored 10 against a weight of 5 (sums unchanged)"),
    ("changxing-lieshi-2019", "e3", "score_sum_mismatch", "table",
     "26场 10 8.67", "26场 10 8.76",
     "8.76 部分学校研学活动调整，下年度纳入研学基地\n满意度指标 服务对象满意度指标 烈属及祭扫群众满意度 ≥90% 94.67% 10 10\n合计 100 98.37",
     "red-education row 8.76 (for 8.67): rows add to 98.46, 合计 and the text say 98.37"),
    ("changxing-lieshi-2019", "e4", "rate_mismatch", "prose",
     "拨付率91.53%", "拨付率91.35%", "拨付率91.35%",
     "27.46 / 30.00 = 91.53%, stated 91.35%"),
    ("changxing-lieshi-2019", "e5", "unit_mismatch", "prose",
     "日常管护经费55.00万元", "日常管护经费550000万元", "550000万元",
     "550000元 written as 万元: 550000 + 30.00 != 85.00; 55.00万元 restores it and 39.60 + 12.00 + 3.40"),
    ("changxing-lieshi-2019", "e6", "conflicting_values", "table",
     "≥48次 52次", "≥48次 56次", "≥48次 56次",
     "table gives 56 cleaning patrols, the text 52次"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def main():
    labels = []
    by_source = {s: [] for s in SOURCES}
    for e in EDITS:
        by_source[e[0]].append(e)
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (_, suffix, code, where, old, new, value, expl) in by_source[src]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with one error)")


if __name__ == "__main__":
    main()
