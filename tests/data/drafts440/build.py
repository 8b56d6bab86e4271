#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft is cases/<id>-clean.txt.  EDITS lists, per project, six single-slip edits:
(old, new, code, where, value, explanation).  `old` must occur exactly once in the clean draft;
`value` must occur exactly once in the resulting error case and contain the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-qinshui-shaoniangong-2021",
    "sc-jiange-tuanxianwei-2023",
    "hn-anhua-qingshaonian-2020",
    "hb-xishui-shaoniangong-2019",
    "fj-jianou-qingshaoniangong-bumen-2024",
]

# (old, new, code, where, value, explanation)
EDITS = {
    "sx-qinshui-shaoniangong-2021": [
        ("\t93.56\n", "\t95.36\n", "rate_mismatch", "table",
         "95.36",
         "funds table row (7)=(4)/(2), column 县区级: 33.68 / 36.00 = 93.56%, stated 95.36"),
        ("\t2.32\n", "\t2.23\n", "balance_mismatch", "table",
         "2.23",
         "funds table row (5)=(3)-(4): 42.50 - 40.18 = 2.32, stated 2.23"),
        ("\t111.64%", "\t116.14%", "completion_mismatch", "table",
         "116.14%",
         "附件1 服务青少年人次: 3126 / 2800 = 111.64%, stated 116.14%"),
        ("\t≥120个\n\t136个", "\t≥120个\n\t100%", "unit_mismatch", "table",
         "≥120个\n\t100%",
         "附件1 开设公益课程班次: target counted in 个, actual given as a percentage (100%); completion cannot be computed"),
        ("截至2021年12月31日", "截至2020年12月31日", "year_mismatch", "prose",
         "截至2020年12月31日",
         "the 2021 report states its cumulative spending as of 31 Dec 2020; the evaluation year is 2021"),
        ("秋季学期课程按期开课率\n\t8\n", "秋季学期课程按期开课率\n\t9\n", "weight_sum_mismatch", "table",
         "按期开课率\n\t9",
         "附件1 weights now 10+12+10+10+9+10+15+15+10 = 101, 合计 says 100"),
    ],
    "sc-jiange-tuanxianwei-2023": [
        ("课程耗材及器材购置12.85万元", "课程耗材及器材购置12.58万元", "sum_mismatch", "prose",
         "器材购置12.58万元",
         "spending breakdown 21.60 + 12.58 + 8.48 + 6.58 = 49.24, stated total 49.51"),
        ("按计划开课\t6\t6\t", "按计划开课\t6\t6.4\t", "score_exceeds_weight", "table",
         "按计划开课\t6\t6.4",
         "时效指标 row scored 6.4 against a weight of 6 (the whole-point total 98 still matches 98.4 within ±0.5)"),
        ("共培训青少年1612人", "共培训青少年1216人", "conflicting_values", "prose",
         "共培训青少年1216人",
         "参训青少年人数 is 1,612 in the 自评表 but 1216 in the text"),
        ("\t%\t95.8\t", "\t%\t105.8\t", "implausible_rate", "table",
         "105.8",
         "学员及家长满意度 actual 105.8% is above 100%"),
        ("评价等级为优秀", "评价等级为良好", "grade_mismatch", "prose",
         "评价等级为良好",
         "score 98 lies in the 优 band (90-100), stated 良好"),
        ("平均每个分馆188.3人", "平均每个分馆198.3人", "average_mismatch", "prose",
         "平均每个分馆198.3人",
         "(212 + 186 + 167) / 3 = 188.3, stated 198.3"),
    ],
    "hn-anhua-qingshaonian-2020": [
        ("资金到位率100%", "资金到位率98.5%", "rate_mismatch", "prose",
         "资金到位率98.5%",
         "(58.00 + 8.80) / 66.80 = 100%, stated 98.5%"),
        ("完成年度目标（40场）的115%", "完成年度目标（40场）的105%", "completion_mismatch", "prose",
         "完成年度目标（40场）的105%",
         "46 / 40 = 115%, stated 105%"),
        ("线上课程录制制作18.62万元", "线上课程录制制作16.82万元", "sum_mismatch", "prose",
         "线上课程录制制作16.82万元",
         "16.82 + 15.00 + 9.84 + 19.99 = 61.65, stated total spending 63.45"),
        ("（2020年度）", "（2021年度）", "year_mismatch", "table",
         "（2021年度）",
         "the 自评表 is headed 2021年度 while the report and all funds are for 2020"),
        ("18所全部正常运行 15 14", "18所全部正常运行 15 13", "score_sum_mismatch", "table",
         "18所全部正常运行 15 13",
         "row scores now 9.50 + 49 + 15 + 13 + 10 = 96.50, 总分 97.50 (text 97.5)"),
        ("≥1000人 1286人", "≥1000人 1268人", "conflicting_values", "table",
         "1268人",
         "惠及留守儿童 is 1,286人 in the text but 1268人 in the 自评表"),
    ],
    "hb-xishui-shaoniangong-2019": [
        ("免费开放补助资金18万元", "免费开放补助资金180000万元", "unit_mismatch", "prose",
         "补助资金180000万元",
         "provincial part written in 元 with the unit 万元: 180000 + 32 ≠ 50, reconciled by 180000元 = 18万元"),
        ("结余1.94万元", "结余1.49万元", "balance_mismatch", "prose",
         "结余1.49万元",
         "50.00 - 48.06 = 1.94, stated 1.49"),
        ("家长问卷满意度98.1%", "家长问卷满意度108.1%", "implausible_rate", "prose",
         "家长问卷满意度108.1%",
         "a satisfaction rate cannot exceed 100%"),
        ("目标二得24.2分", "目标二得24.6分", "score_sum_mismatch", "prose",
         "目标二得24.6分",
         "目标二 rows 8 + 7 + 9.2 = 24.2; 19.22 + 39.26 + 24.6 + 15 = 98.08 ≠ 综合得分 97.68"),
        ("队伍稳定 | 5 | 5 |", "队伍稳定 | 6 | 5 |", "weight_sum_mismatch", "table",
         "新增志愿者22名，队伍稳定 | 6",
         "目标三 weights 6 + 10 = 16 against its 15分 heading; all weights 101 against 合计 100"),
        ("评价等级 | 优", "评价等级 | 良", "grade_mismatch", "table",
         "评价等级 | 良",
         "total 97.68 lies in the 优 band, stated 良"),
    ],
    "fj-jianou-qingshaoniangong-bumen-2024": [
        ("上年结转资金16.40万元", "上年结转资金16.04万元", "sum_mismatch", "prose",
         "上年结转资金16.04万元",
         "284.06 + 16.04 + 12.00 = 312.10, stated 全年预算 312.46"),
        ("\t33.15\t92.70%", "\t33.15\t97.20%", "rate_mismatch", "table",
         "97.20%",
         "校外实践教育活动项目 33.15 / 35.76 = 92.70%, stated 97.20%"),
        ("平均分95.43分", "平均分94.53分", "average_mismatch", "prose",
         "平均分94.53分",
         "(96.5 + 91.8 + 98) / 3 = 95.43, stated 94.53"),
        ("校外实践活动32场", "校外实践活动23场", "conflicting_values", "prose",
         "校外实践活动23场",
         "校外实践活动场次 is 32场 in the table but 23场 in the text"),
        ("固定资产账实相符率\t100%\t100%\t100.00%\t5\t5\n", "固定资产账实相符率\t100%\t100%\t100.00%\t5\t5.3\n",
         "score_exceeds_weight", "table",
         "100.00%\t5\t5.3",
         "固定资产账实相符率 scored 5.3 against a weight of 5 (the whole-point total 98 still matches 98.3 within ±0.5)"),
        ("\t111.65%", "\t116.15%", "completion_mismatch", "table",
         "116.15%",
         "培训学员人数 2233 / 2000 = 111.65%, stated 116.15%"),
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
        if len(edits) != 6:
            sys.exit(f"{pid}: {len(edits)} edits, need 6")
        for i, (old, new, code, where, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid} e{i}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{pid} e{i}: value occurs {text.count(value)} times: {value!r}")
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels")


if __name__ == "__main__":
    main()
