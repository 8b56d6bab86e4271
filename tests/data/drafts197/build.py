#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n197 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is either a string (must occur in the error case) or a pair (start, end): the label value
is then the substring of the error case from the first occurrence of `start` to the end of the
first following occurrence of `end` (used where the error spans a table row and its total row).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "taigu-pingshen-2020",
    "wengan-treasuryit-2022",
    "donggang-auditdept-2019",
    "wenling-procurement-2024",
    "hejing-perfthirdparty-2023",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # --- 太谷区 财政投资评审 2020 (Shanxi layout) ---
    ("taigu-pingshen-2020", 1, "rate_mismatch",
     "预算执行率(%)｜(7)=(4)/(2)｜95.12｜", "预算执行率(%)｜(7)=(4)/(2)｜95.21｜",
     "(7)=(4)/(2)｜95.21",
     "funds table row (7): 131.26 / 138.00 = 95.12%, the 年度总金额 cell prints 95.21"),
    ("taigu-pingshen-2020", 2, "weight_sum_mismatch",
     "综合审减率｜5｜≥7%", "综合审减率｜6｜≥7%",
     ("综合审减率｜6｜", "合计｜｜｜100"),
     "weight of 综合审减率 raised from 5 to 6: weights now 10 + 51 + 30 + 10 = 101 while 合计 reads 100"),
    ("taigu-pingshen-2020", 3, "completion_mismatch",
     "68452.37万元｜114.09%", "68452.37万元｜104.09%",
     "68452.37万元｜104.09%",
     "送审金额 completion: 68452.37 / 60000 = 114.09%, table prints 104.09%"),
    ("taigu-pingshen-2020", 4, "balance_mismatch",
     "年末结余6.74万元", "年末结余6.47万元",
     "结余6.47万元",
     "138.00 received - 131.26 spent = 6.74, text says 6.47 (table row (5) still 6.74)"),
    ("taigu-pingshen-2020", 5, "average_mismatch",
     "平均每个项目评审费用0.67万元", "平均每个项目评审费用0.76万元",
     "平均每个项目评审费用0.76万元",
     "118.40万元 of third-party fees over 176 projects = 0.67万元 each, text says 0.76"),
    ("taigu-pingshen-2020", 6, "year_mismatch",
     "2020年年初，区财政批复", "2021年年初，区财政批复",
     "2021年年初",
     "the 2020 report says the budget was approved at the start of 2021"),

    # --- 瓮安县 国库集中支付系统运维 2022 (MOF table) ---
    ("wengan-treasuryit-2022", 1, "sum_mismatch",
     "其中：当年财政拨款｜78.00｜", "其中：当年财政拨款｜87.00｜",
     "当年财政拨款｜87.00",
     "年初 column: 87.00 + 8.00 + 0.00 = 95.00, but 年度资金总额 年初预算数 is 86.00"),
    ("wengan-treasuryit-2022", 2, "score_exceeds_weight",
     "系统正常运行率｜≥99%｜99.62%｜10｜10｜—\n产出指标｜质量指标｜支付差错笔数｜=0笔｜0笔｜5｜5｜",
     "系统正常运行率｜≥99%｜99.62%｜10｜5｜—\n产出指标｜质量指标｜支付差错笔数｜=0笔｜0笔｜5｜10｜",
     "支付差错笔数｜=0笔｜0笔｜5｜10",
     "score 10 above its weight 5 (the scores of two adjacent rows were swapped, so the total still reads 98.55)"),
    ("wengan-treasuryit-2022", 3, "score_sum_mismatch",
     "基本实现，高峰时段存在延时｜10｜9｜", "基本实现，高峰时段存在延时｜10｜8｜",
     ("基本实现，高峰时段存在延时｜10｜8", "｜100｜98.55"),
     "可持续影响 row lowered from 9 to 8 but the total was not updated: scores add to 97.55, 总分 and text say 98.55"),
    ("wengan-treasuryit-2022", 4, "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% on a zero budget (其他资金 0.00)"),
    ("wengan-treasuryit-2022", 5, "conflicting_values",
     "系统覆盖全县168个预算单位", "系统覆盖全县186个预算单位",
     "186个预算单位",
     "the number of budget units covered is 168 in the goal, the table and the survey, 186 in section 四"),
    ("wengan-treasuryit-2022", 6, "unit_mismatch",
     "≤2小时｜1.5小时", "≤2小时｜100%",
     "≤2小时｜100%",
     "target in hours, actual given as a percentage"),

    # --- 东港市审计局 部门整体 2019 (Liaoning) ---
    ("donggang-auditdept-2019", 1, "sum_mismatch",
     "人员经费652.17万元", "人员经费625.17万元",
     "基本支出768.45万元（人员经费625.17万元、公用经费116.28万元）",
     "625.17 + 116.28 = 741.45, not the stated 基本支出 768.45"),
    ("donggang-auditdept-2019", 2, "grade_mismatch",
     "自评等级｜优", "自评等级｜良",
     "自评等级｜良",
     "total 96.07 is in the 优 band (90-100), table says 良"),
    ("donggang-auditdept-2019", 3, "completion_mismatch",
     "13个｜108.33%", "13个｜103.33%",
     "13个｜103.33%",
     "经济责任审计 completion 13 / 12 = 108.33%, table prints 103.33%"),
    ("donggang-auditdept-2019", 4, "rate_mismatch",
     "整改率86.42%", "整改率84.62%",
     "整改率84.62%",
     "140 of 162 problems rectified = 86.42%, text says 84.62%"),
    ("donggang-auditdept-2019", 5, "year_mismatch",
     "结转至2020年继续使用", "结转至2019年继续使用",
     "结转至2019年",
     "unspent money of the 2019 budget carried over to 2019 itself"),
    ("donggang-auditdept-2019", 6, "score_exceeds_weight",
     "｜12｜11.52｜部分问题需跨年度整改\n效益指标｜可持续影响指标｜审计数据分析平台建成投用｜年底前建成投用｜硬件部署完成，平台试运行｜部分达成｜8｜5.60｜",
     "｜12｜5.60｜部分问题需跨年度整改\n效益指标｜可持续影响指标｜审计数据分析平台建成投用｜年底前建成投用｜硬件部署完成，平台试运行｜部分达成｜8｜11.52｜",
     "部分达成｜8｜11.52",
     "score 11.52 above weight 8 (scores of the 社会效益 and 可持续影响 rows swapped, total unchanged)"),

    # --- 温岭市 政府采购监管 2024 (Zhejiang, MOF table) ---
    ("wenling-procurement-2024", 1, "average_mismatch",
     "平均每期226人次", "平均每期262人次",
     "平均每期262人次",
     "two sessions of 238 and 214 person-times average 226, text says 262"),
    ("wenling-procurement-2024", 2, "weight_sum_mismatch",
     "评审专家培训人次｜≥400人次｜452人次｜10｜10", "评审专家培训人次｜≥400人次｜452人次｜12｜10",
     ("452人次｜12｜10", "总分｜｜｜｜｜100"),
     "weight raised to 12: 10 + 52 + 30 + 10 = 102 while 总分 reads 100"),
    ("wenling-procurement-2024", 3, "grade_mismatch",
     "｜100｜98.94｜优", "｜100｜98.94｜良",
     "98.94｜良",
     "98.94 is in the 优 band, the table's total row says 良"),
    ("wenling-procurement-2024", 4, "unit_mismatch",
     "评审专家培训费6.36万元", "评审专家培训费63600万元",
     "63600万元",
     "the training fee of 63600元 (6.36万元) written with the unit 万元; the breakdown adds to 40.26 only with 6.36"),
    ("wenling-procurement-2024", 5, "implausible_rate",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% on a zero carry-over (0.00); the text says there was no carry-over"),
    ("wenling-procurement-2024", 6, "balance_mismatch",
     "结余1.74万元", "结余1.47万元",
     "结余1.47万元",
     "42.00 - 40.26 = 1.74, text says 1.47"),

    # --- 和静县 预算绩效管理第三方服务 2023 (Xinjiang, prose only) ---
    ("hejing-perfthirdparty-2023", 1, "rate_mismatch",
     "预算执行率82.40%", "预算执行率84.20%",
     "预算执行率84.20%",
     "61.80 / 75.00 = 82.40%, text says 84.20% (section 四 still uses 82.40%)"),
    ("hejing-perfthirdparty-2023", 2, "score_sum_mismatch",
     "综合自评得分89.74分", "综合自评得分89.47分",
     "综合自评得分89.47分",
     "8.24 + 46 + 26.50 + 9 = 89.74, total stated 89.47"),
    ("hejing-perfthirdparty-2023", 3, "grade_mismatch",
     "89.74分，评价等级为良", "89.74分，评价等级为优",
     "89.74分，评价等级为优",
     "89.74 is below 90: the band is 良, not 优"),
    ("hejing-perfthirdparty-2023", 4, "average_mismatch",
     "平均82.79分", "平均82.97分",
     "平均82.97分",
     "mean of the 8 listed scores (662.30 / 8) = 82.79, text says 82.97"),
    ("hejing-perfthirdparty-2023", 5, "year_mismatch",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "year-end figures of the 2023 report dated 2022-12-31"),
    ("hejing-perfthirdparty-2023", 6, "conflicting_values",
     "326个项目绩效目标经审核后", "362个项目绩效目标经审核后",
     "362个项目绩效目标",
     "the number of goals reviewed is 326 in section 三（一）, 362 in section 三（二）"),
]


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[i:j]


def main():
    labels = []
    made = 0
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new)
            val = resolve_value(text, value)
            if val not in text:
                sys.exit(f"{src}-e{n}: value not in case: {val!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            made += 1
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": val,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {made} error cases, {len(SOURCES)} clean drafts, {len(labels)} labels")


if __name__ == "__main__":
    main()
