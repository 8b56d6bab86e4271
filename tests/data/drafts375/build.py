#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts and the edit list below.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft;
`value` must be a substring of the resulting error case that contains the changed figure.
Run:  python3 build.py && python3 verify.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

# (code, where, old, new, value, explanation)
EDITS = {
    "sd-zichuan-lndxbanxue-2019": [
        ("rate_mismatch", "prose",
         "执行进度66.38%", "执行进度63.68%", "执行进度63.68%",
         "September progress: 61.47 / 92.60 = 66.38%, stated 63.68%"),
        ("average_mismatch", "prose",
         "95.2%、98.1%、97.1%", "95.2%、98.7%、97.1%", "98.7%、97.1%，三项平均96.8%",
         "(95.2 + 98.7 + 97.1) / 3 = 97.00%, stated average 96.8%"),
        ("year_mismatch", "prose",
         "已按规定结转2020年使用", "已按规定结转2019年使用", "结转2019年使用",
         "money left over from the 2019 budget is carried into 2019 itself; it can only go to a later year (2020)"),
        ("grade_mismatch", "prose",
         "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
         "total 97.15 lies in the 优 band (90-100), not 良"),
        ("unit_mismatch", "table",
         "\t≤100元/课时\n\t100元/课时\n", "\t≤100元/课时\n\t100%\n", "≤100元/课时\n\t100%",
         "cost indicator: target in 元/课时, actual written as a percentage; completion cannot be computed"),
        ("score_sum_mismatch", "table",
         "\t15\n\t13.5\n", "\t15\n\t12.5\n", "12.5\n\t教学点为租用场地",
         "row scores add to 96.15 (9.65 + 50 + 14 + 12.5 + 10) against the stated total 97.15 "
         "(效益 rows 26.5 against 27.5 in the conclusion)"),
    ],
    "hb-anlu-lndxjiaoxue-2020": [
        ("completion_mismatch", "table",
         "1780人次 89.00 8.90", "1780人次 98.00 8.90", "1780人次 98.00",
         "学员人次: 1780 / 2000 = 89.00%, stated 98.00"),
        ("balance_mismatch", "prose",
         "年末结余7.26万元", "年末结余7.62万元", "年末结余7.62万元",
         "60.00 - 52.74 = 7.26, stated 7.62"),
        ("conflicting_values", "prose",
         "全年开设班级36个", "全年开设班级38个", "全年开设班级38个",
         "the table gives 36个 for 开设班级数 (completion 90.00 = 36/40); the text now says 38个"),
        ("implausible_rate", "prose",
         "线上课程的学员满意度92.8%", "线上课程的学员满意度102.8%", "学员满意度102.8%",
         "a satisfaction rate above 100%"),
        ("weight_sum_mismatch", "table",
         "线上课程 5 ≥60节", "线上课程 6 ≥60节", "线上课程 6",
         "目标一 rows now weigh 10 + 10 + 6 + 10 + 5 = 41 against the block's 40 points; all weights total 101"),
        ("year_mismatch", "table",
         "年度：2020年", "年度：2021年", "年度：2021年",
         "the self-evaluation table of the 2020 report is dated 2021"),
    ],
    "sx-zezhou-lndxbanxue-2021": [
        ("score_exceeds_weight", "table",
         "\t12.5\n\t100%\n\t100%\n\t100.00%\n\t12.5\n", "\t12.5\n\t100%\n\t100%\n\t100.00%\n\t12.8\n",
         "100.00%\n\t12.8",
         "课酬按月发放及时率: score 12.8 above the weight 12.5 (rows now add to 97.3, still 97 at the "
         "whole-point precision of the stated total)"),
        ("rate_mismatch", "table",   # 县区级 cell of row (7)=(4)/(2) in the funds table
         "\t80\n\t99.02\n", "\t80\n\t99.20\n", "99.20",
         "县区级: 47.53 / 48.00 = 99.02%, stated 99.20"),
        ("sum_mismatch", "prose",
         "其他老年人638人次", "其他老年人683人次", "其他老年人683人次",
         "986 + 683 = 1669, stated total 1624人次"),
        ("completion_mismatch", "table",
         "102.56%", "102.65%", "102.65%",
         "学员结业率: 92.3 / 90 = 102.56%, stated 102.65%"),
        ("average_mismatch", "prose",
         "平均每学期32个", "平均每学期33个", "平均每学期33个",
         "(30 + 34) / 2 = 32, stated 33"),
        ("unit_mismatch", "prose",
         "教学设备购置11.36万元", "教学设备购置113600万元", "113600万元",
         "the equipment spending of 113600元 is labelled 万元: the items add up to 59.28万元 only with 11.36万元"),
    ],
    "sc-shunqing-lndxbanxue-2023": [
        ("rate_mismatch", "table",
         "<td>97.11%</td>", "<td>97.01%</td>", "97.01%",
         "财政资金: 39.62 / 40.80 = 97.11%, stated 97.01%"),
        ("conflicting_values", "prose",
         "全年开设班级48个", "全年开设班级46个", "全年开设班级46个",
         "the self-evaluation table gives 48 for 开设班级数; the text now says 46个"),
        ("sum_mismatch", "table",
         "<td>年度资金总额</td><td>38.40</td>", "<td>年度资金总额</td><td>38.04</td>", "38.04",
         "年初预算数: 36.00 + 0.00 + 2.40 + 0.00 = 38.40, stated total 38.04"),
        ("balance_mismatch", "prose",
         "财政资金结余1.18万元", "财政资金结余1.81万元", "财政资金结余1.81万元",
         "财政资金 40.80 - 39.62 = 1.18, stated 1.81"),
        ("weight_sum_mismatch", "table",
         "较健全\t15\t13.5", "较健全\t16\t13.5", "较健全\t16",
         "weights now total 101 (10 + 55 + 10 + 16 + 10)"),
        ("implausible_rate", "prose",
         "分校学员满意度93.8%", "分校学员满意度103.8%", "分校学员满意度103.8%",
         "a satisfaction rate above 100%"),
    ],
    "gx-wuzhou-lndxzhengti-2024": [
        ("conflicting_values", "table",
         "｜≤110元｜110元｜", "｜≤110元｜100元｜", "≤110元｜100元",
         "the text pays 110元 per class hour (3300课时 x 110元 = 36.30万元); the table now says 100元"),
        ("sum_mismatch", "prose",
         "蒙山县5.50万元", "蒙山县5.05万元", "蒙山县5.05万元",
         "8.50 + 9.00 + 5.05 + 7.00 = 29.55, stated project budget 30.00"),
        ("completion_mismatch", "table",
         "109.51%", "105.91%", "105.91%",
         "培训学员人次: 9856 / 9000 = 109.51%, stated 105.91%"),
        ("score_sum_mismatch", "prose",
         "效益指标27.2分", "效益指标28.2分", "效益指标28.2分",
         "效益 rows give 14 + 13.2 = 27.2; the parts 9.8 + 50 + 28.2 + 10 = 98 against the total 97"),
        ("score_exceeds_weight", "table",
         "开设班级数｜7.5｜≥120个｜126个｜105.00%｜7.5", "开设班级数｜7.5｜≥120个｜126个｜105.00%｜7.9",
         "105.00%｜7.9",
         "开设班级数: score 7.9 above the weight 7.5 (rows now add to 97.4, still 97 at the whole-point "
         "precision of the stated total)"),
        ("grade_mismatch", "table",
         "评价等级｜优", "评价等级｜良", "评价等级｜良",
         "total 97 lies in the 优 band (90-100), not 良"),
    ],
}

def main():
    labels = []
    for pid, edits in EDITS.items():
        clean = (CASES / ("%s-clean.txt" % pid)).read_text(encoding="utf-8")
        labels.append({"case": "%s-clean.txt" % pid, "source": pid, "clean": True, "expected": []})
        for k, (code, where, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit("%s e%d: old text matches %d times: %r" % (pid, k, n, old))
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit("%s e%d: value %r not in the error case" % (pid, k, value))
            name = "%s-e%d.txt" % (pid, k)
            (CASES / name).write_text(text, encoding="utf-8")
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}],
                           })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases, %d labels" % (len(labels), len(labels)))


if __name__ == "__main__":
    main()
