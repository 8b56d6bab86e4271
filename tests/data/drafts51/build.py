#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n51 from the clean drafts.

Each error case is the clean draft with ONE injected inconsistency. The edit list below is the
only source of the error cases: every edit is (old, new) where `old` occurs exactly once in the
clean draft. Score-row edits (`rows=2`) may touch two adjacent table rows; every other case is a
single contiguous edit inside one line. `value` is the exact substring of the case that carries
the wrong figure (unique in the case, absent from the clean draft); for sum-type codes it spans
from the total to the changed part, or from the changed part to the total.

Pure Python 3, no third-party dependencies.  Usage:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "shashi-voucher-2020",
    "nanan-sportsvoucher-2022",
    "shunqing-culturevoucher-2023",
    "bishan-appliancetradein-2024",
    "dongbao-autosubsidy-2021",
]

# (project, n, code, edits, value, explanation[, rows])
EDITS = [
    # ---------------- 荆州市沙市区商务局 2020 消费券（湖北 20+80 分块表）----------------
    ("shashi-voucher-2020", 1, "rate_mismatch",
     [("核销12.18万张，核销率87.0%", "核销12.18万张，核销率93.1%")],
     "核销率93.1%",
     "round 2 核销率 = 核销12.18 / 发放14.00 = 87.0%; 93.1% is 12.18 / 领取13.08, the wrong base"),
    ("shashi-voucher-2020", 2, "sum_mismatch",
     [("餐饮住宿693家", "餐饮住宿639家")],
     "1,626家，其中商超百货214家、餐饮住宿639家",
     "214 + 639 + 719 = 1,572, stated total 1,626 (693 retyped as 639)"),
    ("shashi-voucher-2020", 3, "unit_mismatch",
     [("平台技术服务费28.00万元", "平台技术服务费280000万元")],
     "280000万元",
     "the 280,000元 platform fee written with the unit 万元: 1,010.55 + 280000 + 7.55 ≠ 1,046.10; "
     "rescaled by 10^4 it is 28.00万元 and the sum holds"),
    ("shashi-voucher-2020", 4, "year_mismatch",
     [("已按程序结转至2021年", "已按程序结转至2020年")],
     "结转至2020年",
     "the unspent part of the 2020 budget cannot be carried over to 2020 itself (should be 2021)"),
    ("shashi-voucher-2020", 5, "score_sum_mismatch",
     [("98.0%｜9｜8.82｜", "98.0%｜9｜8.28｜")],
     "8.28｜第一轮兑付进度偏慢\n合计｜｜｜｜｜｜｜100｜97.56",
     "row score retyped 8.82 → 8.28 without the total: rows now add to 97.02, stated 97.56"),
    ("shashi-voucher-2020", 6, "completion_mismatch",
     [("8,387.57万元｜104.8%", "8,387.57万元｜108.4%")],
     "8,387.57万元｜108.4%",
     "8,387.57 / 8,000 = 104.8%, stated 108.4% (digits transposed)"),

    # ---------------- 重庆市南岸区体育局 2022 体育消费券（MOF 10/50/30/10）----------------
    ("nanan-sportsvoucher-2022", 1, "balance_mismatch",
     [("全年结余资金43.97万元", "全年结余资金34.97万元")],
     "34.97万元",
     "到位 260.00 − 执行 216.03 = 43.97万元, stated 34.97"),
    ("nanan-sportsvoucher-2022", 2, "average_mismatch",
     [("平均每期发放2.40万张", "平均每期发放2.67万张")],
     "平均每期发放2.67万张",
     "(2.00 + 2.80 + 2.40) / 3 = 2.40万张; 2.67 is the planned 8万张 / 3"),
    ("nanan-sportsvoucher-2022", 3, "conflicting_values",
     [("覆盖全区86家定点体育场馆", "覆盖全区68家定点体育场馆")],
     "68家",
     "定点体育场馆 is 86家 in the 产出 section and the 自评表, 68家 here"),
    ("nanan-sportsvoucher-2022", 4, "implausible_rate",
     [("核销0.83万张，核销率92.2%", "核销0.93万张，核销率103.3%")],
     "0.93万张，核销率103.3%",
     "游泳券 redeemed 0.93万张 of 0.90万张 issued: 核销率 over 100%"),
    ("nanan-sportsvoucher-2022", 5, "weight_sum_mismatch",
     [("| 1:4.5 | 10 | 9.00 |", "| 1:4.5 | 12 | 9.00 |")],
     "12 | 9.00 | 培训券使用不足\n效益指标 | 社会效益指标 | 参与群众人次 | ≥8万人次 | 5.63万人次 | 10 | 7.04 | 第三期提前结束\n"
     "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 93.6% | 5 | 5.00 |\n"
     "满意度指标 | 服务对象满意度指标 | 定点场馆满意度 | ≥90% | 86.4% | 5 | 4.80 | 优化兑付流程\n总分 | | | | | 100",
     "weights now add to 102 (撬动比 10 → 12) against the stated 100"),
    ("nanan-sportsvoucher-2022", 6, "grade_mismatch",
     [("评价等级为“良”", "评价等级为“优”")],
     "评价等级为“优”",
     "88.65 is in the 良 band (80 ≤ s < 90)"),

    # ---------------- 南充市顺庆区文广旅局 2023 文旅消费券（四川 10+90，无满意度）----------------
    ("shunqing-culturevoucher-2023", 1, "rate_mismatch",
     [("100.0%\t100.0%\t84.0%", "100.0%\t100.0%\t68.7%")],
     "68.7%",
     "区级 执行率 = 151.20 / 全年预算 180.00 = 84.0%; 68.7% is 151.20 / 年初预算 220.00, the wrong base"),
    ("shunqing-culturevoucher-2023", 2, "sum_mismatch",
     [("宣传推广费7.59万元", "宣传推广费7.95万元")],
     "331.20万元，其中消费券核销兑付308.20万元、平台及结算服务费15.41万元、宣传推广费7.95万元",
     "308.20 + 15.41 + 7.95 = 331.56, stated 331.20 (7.59 retyped)"),
    ("shunqing-culturevoucher-2023", 3, "score_exceeds_weight",
     [("2220.40\t10\t8.88", "2220.40\t10\t8.59"), ("1:7.2\t10\t10.00", "1:7.2\t10\t10.29")],
     "1:7.2\t10\t10.29",
     "拉动比 scored 10.29 (102.9% × 10) above its weight 10; the row above lowered so the total still reads 96.68",
     2),
    ("shunqing-culturevoucher-2023", 4, "average_mismatch",
     [("平均每轮带动文旅消费555.10万元", "平均每轮带动文旅消费740.13万元")],
     "平均每轮带动文旅消费740.13万元",
     "2,220.40 / 4 rounds = 555.10万元; 740.13 divides by 3"),
    ("shunqing-culturevoucher-2023", 5, "year_mismatch",
     [("截至2023年12月31日", "截至2022年12月31日")],
     "截至2022年12月31日",
     "the 2023 report states its year-end position as of 2022-12-31"),
    ("shunqing-culturevoucher-2023", 6, "implausible_rate",
     [("执行率\t92.0%\t—\t", "执行率\t92.0%\t100.0%\t")],
     "执行率\t92.0%\t100.0%",
     "中央 column has a 0.00 budget and 0.00 spending: an execution rate of 100.0% on a zero base"),

    # ---------------- 重庆市璧山区商务委员会 2024 家电以旧换新（山西式展开表，完成率列）----------------
    ("bishan-appliancetradein-2024", 1, "balance_mismatch",
     [("实际支付21.60万元，结余2.40万元", "实际支付21.60万元，结余3.40万元")],
     "结余3.40万元",
     "审核服务费 24.00 − 21.60 = 2.40万元, stated 3.40"),
    ("bishan-appliancetradein-2024", 2, "unit_mismatch",
     [("\t≥1.5万台\n\t1.35万台\n", "\t≥1.5万台\n\t90.0%\n")],
     "≥1.5万台\n\t90.0%",
     "回收旧家电 target in 万台, actual cell holds a percentage (the completion rate) instead of 1.35万台"),
    ("bishan-appliancetradein-2024", 3, "conflicting_values",
     [("全区132家门店参与活动", "全区123家门店参与活动")],
     "123家",
     "参与销售门店 is 132家 in the 产出 table and the satisfaction paragraph, 123家 here"),
    ("bishan-appliancetradein-2024", 4, "weight_sum_mismatch",
     [("参与销售门店\n\t5\n", "参与销售门店\n\t6\n")],
     None,  # filled in below: from the changed weight to the 合计 weight
     "weights now add to 101 (参与销售门店 5 → 6) against the stated 100"),
    ("bishan-appliancetradein-2024", 5, "grade_mismatch",
     [("评价等级为优", "评价等级为良")],
     "评价等级为良",
     "92.47 is in the 优 band (≥ 90)"),
    ("bishan-appliancetradein-2024", 6, "completion_mismatch",
     [("\t97.2%\n\t102.3%\n", "\t97.2%\n\t103.2%\n")],
     "97.2%\n\t103.2%",
     "97.2 / 95 = 102.3%, stated 103.2% (digits transposed)"),

    # ---------------- 荆门市东宝区经信商务局 2021 汽车消费补贴（标准自评表）----------------
    ("dongbao-autosubsidy-2021", 1, "score_sum_mismatch",
     [("产出指标49.28分", "产出指标49.82分")],
     "98.20分，其中预算执行9.76分、产出指标49.82分",
     "9.76 + 49.82 + 29.33 + 9.83 = 98.74, stated 98.20 (产出 subtotal retyped; table rows give 49.28)"),
    ("dongbao-autosubsidy-2021", 2, "score_exceeds_weight",
     [("1,236辆|15|15.00|", "1,236辆|15|15.45|"), ("32家|10|10.00|", "32家|10|9.55|")],
     "1,236辆|15|15.45",
     "补贴车辆数 scored 15.45 (1,236/1,200 × 15) above its weight 15; next row lowered so the total stays 98.20",
     2),
    ("dongbao-autosubsidy-2021", 3, "average_mismatch",
     [("平均满意度93.5%", "平均满意度95.3%")],
     "平均满意度95.3%",
     "(95.2% + 91.8%) / 2 = 93.5%, stated 95.3%"),
    ("dongbao-autosubsidy-2021", 4, "sum_mismatch",
     [("10万元至20万元562辆", "10万元至20万元526辆")],
     "1,236辆，其中10万元以下486辆、10万元至20万元526辆",
     "486 + 526 + 188 = 1,200, stated 1,236 (562 retyped)"),
    ("dongbao-autosubsidy-2021", 5, "rate_mismatch",
     [("使用503张，使用率83.8%", "使用503张，使用率88.3%")],
     "使用率88.3%",
     "第二期 503 / 600 = 83.8%, stated 88.3%"),
    ("dongbao-autosubsidy-2021", 6, "unit_mismatch",
     [("281.00万元和150.40万元", "281.00万元和1504000万元")],
     "1504000万元",
     "the 20万元以上 tier (1,504,000元) written with the unit 万元: 145.80 + 281.00 + 1504000 ≠ 577.20; "
     "rescaled by 10^4 it is 150.40万元 and the sum holds"),
]


def apply(clean, edits):
    text = clean
    for old, new in edits:
        n = clean.count(old)
        if n != 1:
            raise SystemExit(f"edit source occurs {n} times in the clean draft: {old!r}")
        text = text.replace(old, new, 1)
    return text


def special_value(project, n, case_text):
    if (project, n) == ("bishan-appliancetradein-2024", 4):
        start = case_text.index("参与销售门店\n\t6\n") + len("参与销售门店\n\t")
        end = case_text.index("\t合计\n\t\n\t100\n") + len("\t合计\n\t\n\t100")
        return case_text[start:end]
    raise KeyError((project, n))


def main():
    labels = []
    for project in PROJECTS:
        with open(os.path.join(CASES, f"{project}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{project}-clean.txt", "source": project, "clean": True, "expected": []})
        for rec in [e for e in EDITS if e[0] == project]:
            _, n, code, edits, value, explanation = rec[:6]
            case = apply(clean, edits)
            if value is None:
                value = special_value(project, n, case)
            name = f"{project}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": project, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": explanation}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels ({sum(1 for r in labels if not r['clean'])} error cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
