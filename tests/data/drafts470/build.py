#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft;
the result is written to cases/<id>-eN.txt and one label line is produced per case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, [(code, where, old, new, value, explanation), ... six edits ...])
EDITS = {
    "sx-huozhou-lndxjingfei-2021": [
        ("completion_mismatch", "table",
         "\t86个\n\t107.50%\n", "\t86个\n\t105.70%\n", "105.70%",
         "附件1 全年开设教学班: target ＞＝80个, actual 86个 -> completion 107.50%, stated 105.70%"),
        ("implausible_rate", "table",
         "\t98.68\n\t100\n\t0\n", "\t98.68\n\t100\n\t100\n", "98.68\n\t100\n\t100",
         "funds table row (9) 预算执行率, column 其他资金: budget (2) is 0, so no rate exists; a non-zero 100 on a zero base is implausible"),
        ("year_mismatch", "prose",
         "结转2022年支付", "结转2021年支付", "结转2021年支付",
         "the 2021 balance cannot be carried over into 2021 itself; carry-over goes to a later year (2022)"),
        ("rate_mismatch", "prose",
         "出勤率92.58%", "出勤率95.28%", "出勤率95.28%",
         "38217 / 41280 = 92.58%, stated 95.28%"),
        ("score_sum_mismatch", "table",
         "\t92.00%\n\t13.8\n", "\t92.00%\n\t13.3\n", "92.00%\n\t13.3",
         "附件1 row scores 9.89+10+10+10+10+10+13.3+15+10 = 98.19, but 合计 (and the text) say 98.69"),
        ("conflicting_values", "prose",
         "覆盖11个乡镇（街道）", "覆盖12个乡镇（街道）", "覆盖12个乡镇",
         "项目概况 says the teaching points cover 12 乡镇（街道）, 附件1 实际完成值 of the same indicator is 11个"),
    ],
    "sc-jiangyang-lndxyunxing-2023": [
        ("sum_mismatch", "table",
         "其中：财政资金\t80.00\t", "其中：财政资金\t82.00\t", "财政资金\t82.00",
         "年初预算数 column: 82.00 + 0.00 + 5.00 + 0.00 = 87.00, but 年度资金总额 年初预算数 is 85.00"),
        ("unit_mismatch", "table",
         "\t20个\t18个\t", "\t20个\t90%\t", "20个\t90%",
         "社区（村）老年学校教学点: 指标值 in 个 (≥20个), 实际完成值 written as a percentage (90%); completion cannot be computed"),
        ("grade_mismatch", "prose",
         "评价等级为优。", "评价等级为良。", "评价等级为良",
         "98.25 lies in the 90–100 band (优), not 良"),
        ("weight_sum_mismatch", "table",
         "课程按计划开课率\t=\t100%\t100%\t10\t", "课程按计划开课率\t=\t100%\t100%\t12\t", "100%\t100%\t12",
         "分值 now total 102 (10 + 15+15+10+12+10 + 15+15), the 总分 row says 100"),
        ("balance_mismatch", "prose",
         "结余1.98万元", "结余1.89万元", "结余1.89万元",
         "财政资金 87.40 - 85.42 = 1.98, stated 1.89"),
        ("average_mismatch", "prose",
         "平均每节270人次", "平均每节207人次", "平均每节207人次",
         "12960 / 48 = 270, stated 207"),
    ],
    "jx-anyuan-lndxbanxue-2019": [
        ("rate_mismatch", "table",
         "4.60 2.36 — 51.30% —", "4.60 2.36 — 53.10% —", "53.10%",
         "上年结转资金 2.36 / 4.60 = 51.30%, stated 53.10%"),
        ("average_mismatch", "prose",
         "97.1%、95.9%", "97.7%、95.9%", "97.7%、95.9%，平均96.3%",
         "(95.8 + 96.4 + 97.7 + 95.9) / 4 = 96.45%, stated average 96.3%"),
        ("score_exceeds_weight", "table",
         "22门 10 10\n招收学员人数 ≥1500人 1610人 10 10",
         "22门 10 11\n招收学员人数 ≥1500人 1610人 10 9", "22门 10 11",
         "开设专业: 得分 11 above its 分值 10 (the next row lowered to 9, so the total still reads 98.07)"),
        ("sum_mismatch", "prose",
         "780人、830人", "780人、850人", "780人、850人，合计1610人",
         "780 + 850 = 1630, stated 合计1610人"),
        ("unit_mismatch", "prose",
         "课时费167760元", "课时费167760万元", "167760万元",
         "90元 × 1864课时 = 167760元 (= 16.78万元 in the spending list); written with the unit 万元 it is off by 10^4"),
        ("implausible_rate", "prose",
         "实到41206人次，到课率93.12%", "实到45206人次，到课率102.16%", "45206人次，到课率102.16%",
         "45206 attended of 44250 expected: 到课率 102.16% is over 100% (the division itself is right)"),
    ],
    "he-yunhe-lgbjzhengti-2020": [
        ("average_mismatch", "prose",
         "平均94.37分", "平均94.73分", "平均94.73分",
         "(96.5 + 92.0 + 94.6) / 3 = 94.37, stated 94.73"),
        ("grade_mismatch", "table",
         "评价等级\t优", "评价等级\t良", "评价等级\t良",
         "total 99.22 is in the 优 band, the table says 良"),
        ("score_exceeds_weight", "table",
         "468人次\t9.36\n\t服务对象满意度\t离退休干部满意度\t10\t≥95%\t97.8%\t10\n",
         "468人次\t8.86\n\t服务对象满意度\t离退休干部满意度\t10\t≥95%\t97.8%\t10.5\n", "97.8%\t10.5",
         "离退休干部满意度: 得分 10.5 above its 分值 10 (the row above lowered to 8.86, so the total still reads 99.22)"),
        ("weight_sum_mismatch", "table",
         "固定资产利用率\t5\t", "固定资产利用率\t6\t", "固定资产利用率\t6",
         "分值 now total 101, the 合计 row says 100"),
        ("sum_mismatch", "prose",
         "人员经费291.37万元", "人员经费291.73万元", "基本支出326.45万元（人员经费291.73万元、公用经费35.08万元）",
         "291.73 + 35.08 = 326.81, stated 基本支出 326.45"),
        ("year_mismatch", "table",
         "（2020年度）", "（2019年度）", "（2019年度）",
         "the self-evaluation table claims 2019 while the report and all its figures are for 2020"),
    ],
    "yn-hongta-lnjysongjiao-2024": [
        ("conflicting_values", "table",
         "送教班次\n≥60个\n64个\n", "送教班次\n≥60个\n46个\n", "≥60个\n46个",
         "自评表 送教班次 实际完成值 46个, the text gives 64个班次 (30 + 34) for the same indicator"),
        ("rate_mismatch", "prose",
         "执行率95.50%", "执行率95.05%", "执行率95.05%",
         "省级补助资金 11.46 / 12 = 95.50%, stated 95.05%"),
        ("balance_mismatch", "table",
         "21.60\t21.60\t21.02\t0.58", "21.60\t21.60\t21.02\t0.85", "21.02\t0.85",
         "教学点设备配置: 到位 21.60 - 支出 21.02 = 0.58, stated 0.85"),
        ("implausible_rate", "table",
         "≥90%\n96.8%\n", "≥90%\n106.8%\n", "≥90%\n106.8%",
         "学员满意度 106.8% is above 100%"),
        ("score_sum_mismatch", "prose",
         "效益指标得分28.08分", "效益指标得分28.80分", "效益指标得分28.80分，满意度指标得分10分，自评总分97.73分",
         "效益 rows score 13.5 + 14.58 = 28.08, and 9.65 + 50 + 28.80 + 10 = 98.45 ≠ the stated 97.73"),
        ("completion_mismatch", "prose",
         "60个的106.67%", "60个的106.76%", "106.76%",
         "64 / 60 = 106.67%, stated 106.76%"),
    ],
}


def main():
    labels = []
    for src, edits in EDITS.items():
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        assert len(edits) == 6, src
        for i, (code, where, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src} e{i}: old text matches {n} times: {old!r}")
            err = clean.replace(old, new)
            if value not in err:
                raise SystemExit(f"{src} e{i}: value {value!r} not in the error case")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
