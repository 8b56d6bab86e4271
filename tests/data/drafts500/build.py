#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts500 from the clean drafts.

Each error case is its clean draft with exactly one edit: EDITS[source] lists, for -e1 ... -e6,
(code, old, new, value, explanation). `old` must occur exactly once in the clean draft; `value`
is an exact substring of the error case that contains the changed figure (checked by verify.py).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yushe-chunyun-2021",
    "rucheng-chunyun-2023",
    "longli-yunguan-2020",
    "jinzhai-jiejiari-2019",
    "minxian-chunyun-2025",
]

EDITS = {
    "yushe-chunyun-2021": [
        ("implausible_rate",
         "(6)=(3)/(2)\n\t100\n\t100\n\t0\n", "(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
         "(6)=(3)/(2)\n\t100\n\t100\n\t100",
         "funds table, row (6) 预算到位率, column 中央级: 100 printed although the 中央级 budget (2) is empty (0); "
         "a rate on a zero base"),
        ("sum_mismatch",
         "(1)\n\t36.00\n\t36.00\n", "(1)\n\t36.00\n\t30.60\n",
         "(1)\n\t36.00\n\t30.60",
         "funds table, row (1) 年初预算资金: 财政资金小计 30.60, but 总额 36.00 = 小计 + 上年结转 + 其他 needs 36.00, "
         "and 中央+省+市+县区 = 36.00"),
        ("year_mismatch",
         "已按规定结转至2022年用于春运保障", "已按规定结转至2021年用于春运保障",
         "结转至2021年",
         "the unspent 1.20万元 of the 2021 budget is carried over to 2021, the evaluation year itself (should be 2022)"),
        ("rate_mismatch",
         "\t97.14\n", "\t97.41\n",
         "97.41",
         "funds table, row (7) 预算执行率, column 财政资金小计: 40.80 / 42.00 = 97.14%, stated 97.41"),
        ("balance_mismatch",
         "资金结余1.20万元，为县级资金", "资金结余2.10万元，为县级资金",
         "资金结余2.10万元",
         "到位 44.40 − 执行 43.20 = 1.20万元 (table row (5) and section 五 say 1.20), stated 2.10"),
        ("completion_mismatch",
         "\t64家次\n\t106.67%\n", "\t64家次\n\t107.67%\n",
         "107.67%",
         "附件1 安全检查: actual 64家次 / target 60家次 = 106.67%, stated 107.67%"),
    ],
    "rucheng-chunyun-2023": [
        ("score_exceeds_weight",
         "营运客车安全例检率\t100%\t100%\t10\t10\t\n\t\t时效指标\t应急运力调度响应\t≤2小时\t1.5小时\t10\t10\t",
         "营运客车安全例检率\t100%\t100%\t10\t11\t\n\t\t时效指标\t应急运力调度响应\t≤2小时\t1.5小时\t10\t9\t",
         "营运客车安全例检率\t100%\t100%\t10\t11",
         "自评表 质量指标 例检率: score 11 above its weight 10 (the next row, 时效, lowered from 10 to 9 so the "
         "total still reads 96.10)"),
        ("score_sum_mismatch",
         "部分完善\t10\t7\t", "部分完善\t10\t7.5\t",
         "部分完善\t10\t7.5",
         "qualitative row scored 7.5 (still inside the 部分达成 band 6–8): the row scores now add to 96.60, "
         "stated total 96.10 (table and text)"),
        ("weight_sum_mismatch",
         "62.40万人次\t5\t5", "62.40万人次\t6\t5",
         "≥60万人次\t62.40万人次\t6\t5",
         "weight of 春运旅客发送量 raised from 5 to 6: weights add to 101 (效益 31), stated 总分 100"),
        ("unit_mismatch",
         "≥120家次\t136家次", "≥120家次\t100%",
         "≥120家次\t100%",
         "安全检查: target in 家次, actual given as a percentage; completion cannot be computed"),
        ("average_mismatch",
         "日均1.56万人次", "日均1.65万人次",
         "日均1.65万人次",
         "62.40万人次 over the 40 days of 春运 = 1.56万人次 a day, stated 1.65"),
        ("conflicting_values",
         "≥400辆\t405辆", "≥400辆\t450辆",
         "≥400辆\t450辆",
         "自评表 gives 450 vehicles put into service; the text gives 405辆 (= 268 班线客车 + 137 农村客运车辆)"),
    ],
    "longli-yunguan-2020": [
        ("rate_mismatch",
         "部门整体预算执行率96.78%", "部门整体预算执行率97.68%",
         "部门整体预算执行率97.68%",
         "支出 470.64 / 预算 486.30 = 96.78% (表1, section 三 and 自评表 say 96.78%), stated 97.68%"),
        ("sum_mismatch",
         "公用经费40.88万元", "公用经费40.28万元",
         "公用经费40.28万元",
         "基本支出 392.16 ≠ 人员经费 351.28 + 公用经费 40.28 = 391.56"),
        ("average_mismatch",
         "日均0.54万人次", "日均0.45万人次",
         "日均0.45万人次",
         "21.60万人次 over 40 days of 春运 = 0.54万人次 a day, stated 0.45"),
        ("grade_mismatch",
         "评价等级为\"优\"", "评价等级为\"良\"",
         "评价等级为\"良\"",
         "total 97.20 is in the 优 band (≥ 90), stated 良"),
        ("balance_mismatch",
         "年末结转结余15.66万元", "年末结转结余16.56万元",
         "年末结转结余16.56万元",
         "收入 486.30 − 支出 470.64 = 15.66万元, stated 16.56"),
        ("year_mismatch",
         "全部结转至2021年继续使用", "全部结转至2020年继续使用",
         "结转至2020年",
         "the 2020 year-end balance is carried over to 2020, the evaluation year itself (should be 2021)"),
    ],
    "jinzhai-jiejiari-2019": [
        ("grade_mismatch",
         "评价等级为“良好”", "评价等级为“优秀”",
         "评价等级为“优秀”",
         "total 87.86 is in the 良 band (80 ≤ s < 90), stated 优秀"),
        ("implausible_rate",
         "上年结转资金        0.00      0.00          0.00          —       —",
         "上年结转资金        0.00      0.00          0.00          —       100%",
         "上年结转资金        0.00      0.00          0.00          —       100%",
         "自评表 funds block: 上年结转资金 has a 0.00 budget yet an 执行率 of 100%; a rate on a zero base"),
        ("completion_mismatch",
         "104.00%", "140.00%",
         "140.00%",
         "自评表 春运投入客运车辆: 312辆 / 300辆 = 104.00%, stated 140.00%"),
        ("conflicting_values",
         "全县投入客运车辆312辆", "全县投入客运车辆321辆",
         "全县投入客运车辆321辆",
         "text says 321 vehicles, the 自评表 actual is 312辆"),
        ("unit_mismatch",
         "安全检查及隐患整治7.20万元", "安全检查及隐患整治72000万元",
         "72000万元",
         "a 元 amount (72000元 = 7.20万元) labelled 万元: the four items then add to 72023.52, not 30.72; "
         "rescaling this one amount by 10^4 reconciles the sum exactly"),
        ("weight_sum_mismatch",
         "86.63%     10      8.66", "86.63%     15      8.66",
         "86.63%     15",
         "weight of 春运班线准点率 raised from 10 to 15: weights add to 105 (产出 55), stated 总分 100"),
    ],
    "minxian-chunyun-2025": [
        ("score_exceeds_weight",
         "2025年1月8日\t100%\t5\t5\t\n\t\t应急运力到位时间\t≤2小时\t3小时\t66.67%\t5\t3.33",
         "2025年1月8日\t100%\t5\t6\t\n\t\t应急运力到位时间\t≤2小时\t3小时\t66.67%\t5\t2.33",
         "2025年1月8日\t100%\t5\t6",
         "附件1 春运保障方案印发时间: score 6 above its weight 5 (the next row lowered from 3.33 to 2.33, so the "
         "产出 subtotal 48.33 and the total 90.00 still hold)"),
        ("score_sum_mismatch",
         "产出指标得分48.33分", "产出指标得分48.83分",
         "产出指标得分48.83分",
         "产出 rows add to 48.33, stated 48.83; the four level scores then add to 90.50, stated total 90.00"),
        ("completion_mismatch",
         "111.60%", "116.10%",
         "116.10%",
         "附件1 春运累计发班: 11160 / 10000 = 111.60%, stated 116.10%"),
        ("implausible_rate",
         "97.6%\t102.74%", "107.6%\t113.26%",
         "107.6%\t113.26%",
         "客运班线正点率 107.6%: a punctuality rate above 100% (completion 113.26% = 107.6/95 is arithmetically "
         "consistent)"),
        ("unit_mismatch",
         "2025年1月8日", "100%",
         "≤2025年1月10日\t100%",
         "方案印发时间: target is a date, actual a percentage"),
        ("average_mismatch",
         "平均每车每天1.5班次", "平均每车每天1.6班次",
         "平均每车每天1.6班次",
         "11160 班次 / (186 辆 × 40 天) = 1.5, stated 1.6"),
    ],
}


def main():
    lines = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        lines.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, (code, old, new, value, expl) in enumerate(EDITS[src], 1):
            if clean.count(old) != 1:
                raise SystemExit(f"{src}-e{i}: old text occurs {clean.count(old)} times in the clean draft")
            text = clean.replace(old, new, 1)
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            lines.append({"case": name, "source": src, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value,
                                        "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(lines)} cases")


if __name__ == "__main__":
    main()
