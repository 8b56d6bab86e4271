#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft is cases/<id>-clean.txt (hand-written, internally consistent).
EDITS lists, per project, six slips: an exact old -> new replacement (the old string must
occur exactly once in the clean draft), the error code, the label value (an exact substring
of the error case that contains the changed figure), where the slip sits (prose/table) and
an explanation.  Running this script rewrites cases/<id>-e1.txt ... -e6.txt and labels.jsonl.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gd-kaiping-qiaojuanbangfu-2021",
    "yn-ruili-tongzhanbu-bumen-2023",
    "gx-yinhai-qiaogang-2019",
    "fj-yongchun-qiaolian-2024",
    "zj-wencheng-qiaowu-2018",
]

# (code, where, old, new, value, explanation)
EDITS = {
    "gd-kaiping-qiaojuanbangfu-2021": [
        ("unit_mismatch", "prose",
         "按每户2,000元的标准", "按每户2,000万元的标准", "每户2,000万元",
         "186户 × 2,000元 = 37.20万元 as stated; written as 2,000万元 the standard is off by 10^4"),
        ("year_mismatch", "prose",
         "已按规定结转2022年继续使用", "已按规定结转2021年继续使用", "结转2021年",
         "the unspent part of the 2021 budget cannot be carried over into 2021 itself (should be 2022)"),
        ("completion_mismatch", "prose",
         "完成年度目标的95%", "完成年度目标的85%", "完成年度目标的85%",
         "医疗救助 38户 against the target ≥40户 is 95%, stated 85%"),
        ("score_exceeds_weight", "table",
         "\t100%\n\t100%\n\t10\n\t10\n\t\n\n\t\n\t时效指标\n\t春节前帮扶资金发放时间\n\t2021年2月10日前\n\t2021年2月8日\n\t5\n\t5\n",
         "\t100%\n\t100%\n\t10\n\t5\n\t\n\n\t\n\t时效指标\n\t春节前帮扶资金发放时间\n\t2021年2月10日前\n\t2021年2月8日\n\t5\n\t10\n",
         "2021年2月8日\n\t5\n\t10",
         "时效 row: score 10 above its weight 5 (the scores of the 质量 and 时效 rows were swapped, so the total still adds up)"),
        ("rate_mismatch", "table",
         "\t96.73%\n", "\t97.63%\n", "97.63%",
         "当年财政拨款 66.55 / 68.80 = 96.73%, stated 97.63%"),
        ("grade_mismatch", "prose",
         "总得分98.57分，等级为优。", "总得分98.57分，等级为良。", "98.57分，等级为良",
         "98.57 is in the 优 band (≥90), stated 良"),
    ],
    "yn-ruili-tongzhanbu-bumen-2023": [
        ("sum_mismatch", "prose",
         "公务用车运行维护费4.92万元", "公务用车运行维护费4.29万元", "公务用车运行维护费4.29万元",
         "三公经费 6.84 ≠ 1.92 + 4.29 + 0 = 6.21 (the vehicle item should be 4.92)"),
        ("average_mismatch", "prose",
         "平均94.67分", "平均95.67分", "平均95.67分",
         "(95 + 97 + 92) / 3 = 94.67, stated 95.67"),
        ("balance_mismatch", "prose",
         "全年未执行15.14万元", "全年未执行15.41万元", "全年未执行15.41万元",
         "586.40 − 571.26 = 15.14, stated 15.41"),
        ("weight_sum_mismatch", "table",
         "≥90% 93.8% 10 10", "≥90% 93.8% 12 10", "93.8% 12 10",
         "weights now total 102 (满意度 weight 12 instead of 10); the 合计 row still reads 100"),
        ("score_sum_mismatch", "table",
         "持续巩固 持续巩固 20 19", "持续巩固 持续巩固 20 18",
         "持续巩固 20 18",
         "row scores now add up to 96.17, stated total 97.17 (效益 row 18 instead of 19)"),
        ("conflicting_values", "table",
         "≥120户 132户 10 10", "≥120户 123户 10 10", "123户",
         "the table gives 123户 visited, the text 132户 (19.80万元 at 1,500元 per household = 132)"),
    ],
    "gx-yinhai-qiaogang-2019": [
        ("implausible_rate", "table",
         "上年结转\n资金\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转\n资金\t0.00\t0.00\t0.00\t—\t100%\t—",
         "0.00\t—\t100%",
         "上年结转资金 has a 0.00 budget: an execution rate of 100% on a zero base is impossible (should be —)"),
        ("unit_mismatch", "table",
         "2019年2月1日前\t2019年1月28日\t5", "2019年2月1日前\t100%\t5", "2019年2月1日前\t100%",
         "时效 row: the target is a date (2019年2月1日前) but the actual is given as a percentage (100%)"),
        ("score_sum_mismatch", "table",
         "45名\t10\t10", "45名\t10\t9", "45名\t10\t9",
         "execution 9.52 + row scores now add up to 96.02, stated total 97.02 (助学 row 9 instead of 10)"),
        ("average_mismatch", "prose",
         "医疗救助户均2,620元", "医疗救助户均2,260元", "户均2,260元",
         "7.86万元 / 30户 = 2,620元, stated 2,260元"),
        ("sum_mismatch", "prose",
         "合计34.86万元", "合计38.46万元", "合计38.46万元",
         "18.00 + 9.00 + 7.86 = 34.86, stated 38.46 (and 38.46 + 9.00 + 5.62 ≠ 49.48)"),
        ("year_mismatch", "prose",
         "截至2019年12月31日", "截至2020年12月31日", "截至2020年12月31日",
         "the 2019 report (published 2020-04-28) states its spending as of 2020-12-31; should be 2019"),
    ],
    "fj-yongchun-qiaolian-2024": [
        ("rate_mismatch", "table",
         "\t95.58\t", "\t95.85\t", "95.85",
         "县区级 execution 36.32 / 38.00 = 95.58%, stated 95.85"),
        ("completion_mismatch", "table",
         "95户\t105.56%", "95户\t106.55%", "95户\t106.55%",
         "95户 / ≥90户 = 105.56%, stated 106.55%"),
        ("weight_sum_mismatch", "table",
         "助学资助人数\t10\t≥30名", "助学资助人数\t12\t≥30名", "助学资助人数\t12",
         "weights now total 102 (助学 weight 12 instead of 10); the 合计 row still reads 100"),
        ("grade_mismatch", "prose",
         "总得分98.46分，属于“优秀”", "总得分98.46分，属于“良好”", "98.46分，属于“良好”",
         "98.46 is in the 优 band (≥90), stated 良好"),
        ("conflicting_values", "prose",
         "数字化侨批、侨信等档案1,356件", "数字化侨批、侨信等档案1,365件", "1,365件",
         "the text gives 1,365件 digitised, the 自评表 1356件 (completion 113.00% = 1356/1200)"),
        ("year_mismatch", "table",
         "附件1.项目支出绩效自评表（2024年度）", "附件1.项目支出绩效自评表（2023年度）", "自评表（2023年度）",
         "the 自评表 of the 2024 report is headed 2023年度"),
    ],
    "zj-wencheng-qiaowu-2018": [
        ("average_mismatch", "prose",
         "平均每个乡镇1,206.67户", "平均每个乡镇1,216.67户", "平均每个乡镇1,216.67户",
         "7,240户 / 6个乡镇 = 1,206.67, stated 1,216.67"),
        ("grade_mismatch", "table",
         "评价等级：良", "评价等级：优", "评价等级：优",
         "89.50 is below 90: band 良, stated 优"),
        ("score_exceeds_weight", "table",
         "≥6次\n4次\n10\n6.67\n部分活动取消\n\n产出指标\n时效指标\n帮扶资金发放完成时间\n2018年12月31日前\n2018年12月20日\n5\n5\n",
         "≥6次\n4次\n10\n5\n部分活动取消\n\n产出指标\n时效指标\n帮扶资金发放完成时间\n2018年12月31日前\n2018年12月20日\n5\n6.67\n",
         "2018年12月20日\n5\n6.67",
         "时效 row: score 6.67 above its weight 5 (the scores of the 侨团联络 and 时效 rows were swapped, so the total still adds up)"),
        ("balance_mismatch", "prose",
         "结余4.14万元", "结余4.41万元", "结余4.41万元",
         "74.50 − 70.36 = 4.14, stated 4.41"),
        ("implausible_rate", "prose",
         "满意度为94.2%", "满意度为104.2%", "满意度为104.2%",
         "the sub-satisfaction for timely payment reads 104.2%: a satisfaction rate cannot exceed 100% (was 94.2%)"),
        ("sum_mismatch", "table",
         "海外侨团联络\n6.00\n4.00", "海外侨团联络\n6.50\n4.00", "海外侨团联络\n6.50",
         "表1 全年预算 12.40 + 41.60 + 14.50 + 6.50 = 75.00, 合计 74.50"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = EDITS[pid]
        assert len(edits) == 6, pid
        for i, (code, where, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            assert n == 1, f"{pid}-e{i}: old string occurs {n} times: {old!r}"
            text = clean.replace(old, new)
            assert value in text, f"{pid}-e{i}: value not in case: {value!r}"
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
