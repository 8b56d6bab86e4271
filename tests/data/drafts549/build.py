#!/usr/bin/env python3
"""Build the error cases (<id>-e1.txt … -e6.txt) and labels.jsonl from the clean drafts.

Each edit is (code, old, new, value, where, explanation): `old` must occur exactly once in the
clean draft and is replaced by `new`; `value` must occur exactly once in the resulting case and
contain the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

EDITS = {
    "js-changzhou-tuanshiwei-bumen-2024": [
        ("rate_mismatch", "36.48｜96.00%", "36.48｜94.00%", "36.48｜94.00%",
         "表1 row 青少年权益维护（12355）, 执行率 cell",
         "36.48 / 38.00 = 96.00%, stated 94.00%"),
        ("sum_mismatch", "合计｜695.70", "合计｜659.70", "合计｜659.70",
         "表1 row 合计, 年初预算数 cell",
         "基本支出 486.20 + 项目支出 209.50 = 695.70, stated 659.70 (年初 total is not restated elsewhere)"),
        ("weight_sum_mismatch", "志愿服务时长｜8｜", "志愿服务时长｜9｜", "志愿服务时长｜9",
         "表2 row 志愿服务时长, 分值 cell",
         "weights now total 101 against the 合计 100; 产出 rows sum 51 against the 50 stated in the text"),
        ("year_mismatch", "结转至2025年", "结转至2024年", "结转至2024年",
         "section 二 prose, carry-over sentence",
         "money unspent in the 2024 budget year is carried over to 2024 itself; it must go to a later year"),
        ("average_mismatch", "平均每个辖市（区）136场", "平均每个辖市（区）163场", "平均每个辖市（区）163场",
         "section 三（一） prose",
         "(180 + 162 + 150 + 126 + 108 + 90) / 6 = 816 / 6 = 136, stated 163"),
        ("conflicting_values", "新增注册志愿者21860人", "新增注册志愿者21680人", "21680人",
         "section 三（一） prose",
         "the table gives 注册志愿者新增人数 21860人 (completion 109.30% = 21860/20000); the text says 21680人"),
    ],
    "jx-jiujiang-qingnianzhiyuan-2019": [
        ("balance_mismatch", "全年未支出1.36万元", "全年未支出1.63万元", "全年未支出1.63万元",
         "section 二 prose",
         "全年预算 59.00 - 全年执行 57.64 = 1.36, stated 1.63"),
        ("score_sum_mismatch", "自评得分98.77分", "自评得分97.87分", "自评得分97.87分",
         "section 五 prose (table 合计 still 98.77)",
         "row scores 9.77 + 10 + 10 + 10 + 9 + 10 + 5 + 5 + 15 + 15 + 10 = 98.77, text says 97.87 (same grade band)"),
        ("grade_mismatch", "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
         "section 五 prose",
         "total 98.77 is in the 优 band (>= 90)"),
        ("completion_mismatch", "3200人\t106.67%", "3200人\t106.76%", "106.76%",
         "表2 row 新招募注册志愿者, 完成率 cell",
         "3200 / 3000 = 106.67%, stated 106.76%"),
        ("unit_mismatch", "志愿者意外保险费9.60万元", "志愿者意外保险费96000万元", "96000万元",
         "section 二 prose",
         "the insurance (30元 x 3200人 = 96000元) is written as 96000万元: off by 10^4; 7.86 + 9.60 = 17.46 holds only after rescaling"),
        ("implausible_rate", "0.00\t0.00\t0.00\t—", "0.00\t0.00\t0.00\t100.00%",
         "优秀志愿者表彰\t0.00\t0.00\t0.00\t100.00%",
         "表1 row 优秀志愿者表彰 (zero budget), 执行率 cell",
         "an execution rate of 100.00% on a 0.00万元 budget; a zero base has no rate (should be —)"),
    ],
    "gx-qinzhou-xibujihua-2021": [
        ("score_exceeds_weight",
         "100.00%｜5\n｜成本指标｜月生活补贴标准｜5｜≤600元｜600元｜100.00%｜5",
         "100.00%｜6\n｜成本指标｜月生活补贴标准｜5｜≤600元｜600元｜100.00%｜4",
         "补贴按月发放率｜5｜100%｜100%｜100.00%｜6",
         "表2 rows 补贴按月发放率 / 月生活补贴标准 (adjacent score cells)",
         "补贴按月发放率 scored 6 against a weight of 5 (the next row lowered 5 -> 4 so the total still reads 98.67)"),
        ("unit_mismatch", "4.86万小时｜108.00%", "4.86万人次｜108.00%", "4.86万人次",
         "表2 row 志愿服务时长, 实际完成值 cell",
         "target is ≥4.5万小时 (hours), actual written in 人次 (person-times): completion cannot be computed"),
        ("rate_mismatch", "3.68｜92.00%", "3.68｜82.00%", "3.68｜82.00%",
         "表1 row 志愿者保险及体检, 执行率 cell",
         "3.68 / 4.00 = 92.00%, stated 82.00%"),
        ("sum_mismatch", "助残服务4.35万元", "助残服务4.53万元", "助残服务4.53万元",
         "section 二（二） prose",
         "5.10 + 4.53 + 4.80 = 14.43 against the stated 14.25 (table row 青年志愿者行动)"),
        ("average_mismatch", "平均95分", "平均96分", "平均96分",
         "section 三 prose",
         "(96 + 94 + 98 + 92) / 4 = 95, stated 96"),
        ("year_mismatch", "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
         "section 二（二） prose",
         "the spending of the 2021 report is stated as of 31 Dec 2020"),
    ],
    "sd-rizhao-qingfazhiyuan-2022": [
        ("balance_mismatch", "结余2.75万元", "结余2.57万元", "结余2.57万元",
         "section 二 prose",
         "到位 91.00 - 执行 88.25 = 2.75, stated 2.57"),
        ("score_sum_mismatch", "| 100 | 99.06 |", "| 100 | 99.60 |", "| 100 | 99.60 |",
         "自评表 row 合计, 得分 cell (text still 99.06)",
         "row scores 9.70 + 8 + 8 + 8 + 7.36 + 6 + 6 + 6 + 10 + 10 + 10 + 10 = 99.06, table total 99.60 (same band)"),
        ("grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
         "section 五 prose",
         "total 99.06 is in the 优 band"),
        ("completion_mismatch", "236场 | 118.00%", "236场 | 112.00%", "236场 | 112.00%",
         "自评表 row “志愿日照”主题活动, 完成率 cell",
         "236 / 200 = 118.00%, stated 112.00%"),
        ("conflicting_values", "接待来日求职实习青年2140人次", "接待来日求职实习青年2410人次", "2410人次",
         "section 四（一） prose",
         "the table gives 2140人次 (completion 107.00% = 2140/2000), the text 2410人次"),
        ("implausible_rate", "96.5% | 107.22%", "106.5% | 118.33%", "106.5% | 118.33%",
         "自评表 row 服务对象满意度, 实际完成值 and 完成率 cells",
         "a satisfaction of 106.5% is impossible (completion 118.33% = 106.5/90 is consistent with it)"),
    ],
    "sn-hanzhong-qingshaonian-2025": [
        ("weight_sum_mismatch", "结对关爱留守儿童\t8\t", "结对关爱留守儿童\t9\t", "结对关爱留守儿童\t9",
         "表2 row 结对关爱留守儿童, 权重 cell",
         "weights now total 101 against the 总分 100"),
        ("score_exceeds_weight",
         "105.78%\t5\n\t\t志愿者满意度\t5\t≥90%\t93%\t103.33%\t5",
         "105.78%\t6\n\t\t志愿者满意度\t5\t≥90%\t93%\t103.33%\t4",
         "95.2%\t105.78%\t6",
         "表2 rows 留守儿童及家长满意度 / 志愿者满意度 (adjacent score cells)",
         "留守儿童及家长满意度 scored 6 against a weight of 5 (志愿者满意度 lowered 5 -> 4 so the total still reads 99.66)"),
        ("completion_mismatch", "1180人\t98.33%", "1180人\t93.83%", "93.83%",
         "表2 row 结对关爱留守儿童, 完成率 cell",
         "1180 / 1200 = 98.33%, stated 93.83%"),
        ("rate_mismatch", "执行27.30万元，执行率97.50%", "执行27.30万元，执行率97.05%", "执行率97.05%",
         "section 一（二） prose, sub-project 青春暖童心",
         "27.30 / 28.00 = 97.50%, stated 97.05%"),
        ("unit_mismatch", "≥1500人次\t1620人次", "≥1500人次\t108%", "≥1500人次\t108%",
         "表2 row 培训志愿者, 业绩值 cell",
         "target in 人次, actual written as a percentage (the completion rate): units differ"),
        ("grade_mismatch", "评价等级\t优", "评价等级\t良", "评价等级\t良",
         "表2 row 评价等级",
         "total 99.66 is in the 优 band"),
    ],
}


def main():
    labels = []
    for source in sorted(EDITS):
        clean_name = "%s-clean.txt" % source
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": source, "clean": True, "expected": []})
        for k, (code, old, new, value, where, expl) in enumerate(EDITS[source], 1):
            assert clean.count(old) == 1, (source, old, clean.count(old))
            text = clean.replace(old, new)
            assert text.count(value) == 1, (source, value, text.count(value))
            name = "%s-e%d.txt" % (source, k)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": source, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
