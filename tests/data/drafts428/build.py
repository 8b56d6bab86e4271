#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new); `old` must occur
exactly once in the clean draft. `value` is the short substring of the error case that carries
the changed figure or word. Run from anywhere: paths are relative to this file.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ha-zhumadian-jiuzhuzhan-2019",
    "jx-ruijin-jiuzhuzhan-2022",
    "yn-qujing-jiuzhuzhan-bumen-2023",
    "sd-liaocheng-liulangjiuzhu-2018",
    "gx-beiliu-jiuzhuzhan-2024",
]

# (project, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- ha-zhumadian-jiuzhuzhan-2019 (Henan, Word copy) ----
    ("ha-zhumadian-jiuzhuzhan-2019", "e1", "sum_mismatch", "prose",
     "走失人员531人次", "走失人员513人次", "走失人员513人次",
     "categories 1124 + 398 + 513 + 333 = 2368, but the stated total is 2386人次"),
    ("ha-zhumadian-jiuzhuzhan-2019", "e2", "average_mismatch", "prose",
     "人均在站2.59天", "人均在站2.95天", "人均在站2.95天",
     "6180人·天 / 2386人次 = 2.59天, stated 2.95"),
    ("ha-zhumadian-jiuzhuzhan-2019", "e3", "unit_mismatch", "prose",
     "票款合计9.78万元", "票款合计97800万元", "票款合计97800万元",
     "642张 × 152.40元/张 = 97840.8元 = 9.78万元; the 元 figure 97800 is labelled 万元 (off by 10^4)"),
    ("ha-zhumadian-jiuzhuzhan-2019", "e4", "rate_mismatch", "table",
     "\t146.35\n\t3.65\n\t97.57\n", "\t146.35\n\t3.65\n\t95.77\n", "3.65\n\t95.77",
     "funds table row 3 (市级财政资金): 146.35 / 150.00 = 97.57%, printed 95.77"),
    ("ha-zhumadian-jiuzhuzhan-2019", "e5", "weight_sum_mismatch", "table",
     "甄别登记及时率\t≥98%\t100%\t5\t5", "甄别登记及时率\t≥98%\t100%\t6\t5", "100%\t6\t5",
     "weights now total 101 (时效指标 row 6 instead of 5) against 总分 100"),
    ("ha-zhumadian-jiuzhuzhan-2019", "e6", "year_mismatch", "table",
     "项目支出绩效自评表\n（2019年度）", "项目支出绩效自评表\n（2018年度）", "（2018年度）",
     "the 自评表 is headed 2018年度 in a report on the 2019 budget year"),
    # ---- jx-ruijin-jiuzhuzhan-2022 (Jiangxi, web page) ----
    ("jx-ruijin-jiuzhuzhan-2022", "e1", "balance_mismatch", "prose",
     "年末结余5.34万元", "年末结余5.43万元", "年末结余5.43万元",
     "到位 125.20 − 支出 119.86 = 5.34万元, stated 5.43"),
    ("jx-ruijin-jiuzhuzhan-2022", "e2", "conflicting_values", "prose",
     "全年共救助1568人次", "全年共救助1586人次", "全年共救助1586人次",
     "the same paragraph totals the categories as 1568人次 (612 + 187 + 529 + 240) and the 自评表 gives 1568人次"),
    ("jx-ruijin-jiuzhuzhan-2022", "e3", "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 95.57 lies in the 优 band (≥ 90)"),
    ("jx-ruijin-jiuzhuzhan-2022", "e4", "completion_mismatch", "table",
     "376张\t107.43%", "376张\t104.73%", "376张\t104.73%",
     "购买返乡车票 376 / 350 = 107.43%, stated 104.73%"),
    ("jx-ruijin-jiuzhuzhan-2022", "e5", "score_sum_mismatch", "table",
     "99.2%\t101.22%\t5\t5", "99.2%\t101.22%\t5\t4", "101.22%\t5\t4",
     "row scores now sum to 94.57 (时效 row 4) while 合计 and the text say 95.57"),
    ("jx-ruijin-jiuzhuzhan-2022", "e6", "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%\t—", "0.00\t—\t100.00%",
     "其他资金 has a zero budget: an execution rate of 100.00% on a zero base is impossible"),
    # ---- yn-qujing-jiuzhuzhan-bumen-2023 (Yunnan, department whole, PDF copy) ----
    ("yn-qujing-jiuzhuzhan-bumen-2023", "e1", "average_mismatch", "prose",
     "平均自评得分92.67分", "平均自评得分92.76分", "平均自评得分92.76分",
     "(96 + 94 + 88) / 3 = 92.67, stated 92.76"),
    ("yn-qujing-jiuzhuzhan-bumen-2023", "e2", "rate_mismatch", "prose",
     "97.78%、96.90%和83.48%", "97.78%、96.09%和83.48%", "96.09%",
     "流浪未成年人救助保护经费 27.52 / 28.40 = 96.90%, stated 96.09%"),
    ("yn-qujing-jiuzhuzhan-bumen-2023", "e3", "year_mismatch", "prose",
     "结转至2024年继续使用", "结转至2023年继续使用", "结转至2023年",
     "money left from the 2023 budget is carried over to 2023 itself (should be 2024)"),
    ("yn-qujing-jiuzhuzhan-bumen-2023", "e4", "conflicting_values", "table",
     "≥3000人次 3287人次 15", "≥3000人次 3278人次 15", "3278人次",
     "the text gives 3287人次 (also the sum of its four categories); the table now says 3278"),
    ("yn-qujing-jiuzhuzhan-bumen-2023", "e5", "sum_mismatch", "table",
     "其中：人员经费 186.20", "其中：人员经费 168.20", "人员经费 168.20",
     "年初 column: 168.20 + 42.40 = 210.60, but 基本支出 年初 is 228.60"),
    ("yn-qujing-jiuzhuzhan-bumen-2023", "e6", "score_exceeds_weight", "table",
     "≥95% 95.8% 15\n", "≥95% 95.8% 15.13\n", "95.8% 15.13",
     "score 15.13 above the weight 15 (uncapped 15 × 95.8/95); the row sum 98.13 still rounds to the whole-point total 98"),
    # ---- sd-liaocheng-liulangjiuzhu-2018 (Shandong, Word copy) ----
    ("sd-liaocheng-liulangjiuzhu-2018", "e1", "implausible_rate", "prose",
     "满意率为97.5%", "满意率为107.5%", "满意率为107.5%",
     "a satisfaction rate cannot exceed 100%"),
    ("sd-liaocheng-liulangjiuzhu-2018", "e2", "completion_mismatch", "prose",
     "完成率110.50%", "完成率105.50%", "完成率105.50%",
     "884 / 800 = 110.50%, stated 105.50%"),
    ("sd-liaocheng-liulangjiuzhu-2018", "e3", "score_sum_mismatch", "prose",
     "产出指标得分57.56分", "产出指标得分58.56分", "产出指标得分58.56分",
     "产出 rows of the table sum to 57.56; 8.60 + 58.56 + 22.50 = 89.66 against the stated 合计 88.66"),
    ("sd-liaocheng-liulangjiuzhu-2018", "e4", "balance_mismatch", "table",
     "结余｜6=4-5｜8.12", "结余｜6=4-5｜8.21", "6=4-5｜8.21",
     "行次6 = 行次4 − 行次5 = 58.00 − 49.88 = 8.12, printed 8.21"),
    ("sd-liaocheng-liulangjiuzhu-2018", "e5", "unit_mismatch", "table",
     "≥40人次｜46人次｜", "≥40人次｜46%｜", "≥40人次｜46%",
     "target in 人次, actual in %: completion cannot be computed"),
    ("sd-liaocheng-liulangjiuzhu-2018", "e6", "grade_mismatch", "table",
     "评价等级：良", "评价等级：优", "评价等级：优",
     "total 88.66 lies in the 良 band (80–90)"),
    # ---- gx-beiliu-jiuzhuzhan-2024 (Guangxi, web page) ----
    ("gx-beiliu-jiuzhuzhan-2024", "e1", "rate_mismatch", "prose",
     "执行率99.03%", "执行率99.30%", "执行率99.30%",
     "本级财政资金 130.72 / 132.00 = 99.03%, stated 99.30%"),
    ("gx-beiliu-jiuzhuzhan-2024", "e2", "completion_mismatch", "prose",
     "（1800人次）的109.72%", "（1800人次）的107.92%", "（1800人次）的107.92%",
     "1975 / 1800 = 109.72%, stated 107.92%"),
    ("gx-beiliu-jiuzhuzhan-2024", "e3", "weight_sum_mismatch", "prose",
     "效益指标30分", "效益指标35分", "效益指标35分",
     "10 + 50 + 35 + 10 = 105 ≠ 100; the 效益 rows of the table weigh 5 less (30)"),
    ("gx-beiliu-jiuzhuzhan-2024", "e4", "sum_mismatch", "table",
     "乞讨人员\t215\t183", "乞讨人员\t215\t138", "215\t138",
     "2024 column: 768 + 138 + 571 + 453 = 1930, but 合计 is 1975"),
    ("gx-beiliu-jiuzhuzhan-2024", "e5", "conflicting_values", "table",
     "≥500张\t538张", "≥500张\t583张", "583张",
     "the text gives 538张 (538 × 146.20元 = 7.87万元); the table now says 583张"),
    ("gx-beiliu-jiuzhuzhan-2024", "e6", "score_exceeds_weight", "table",
     "99.1%\t5\t5\t", "99.1%\t5\t5.06\t", "99.1%\t5\t5.06",
     "score 5.06 above the weight 5 (uncapped 5 × 99.1/98); the row sum 97.06 still rounds to the whole-point total 97"),
]


def main():
    clean = {}
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as f:
            clean[pid] = f.read()
    labels = []
    for pid in PROJECTS:
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, suf, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            text = clean[pid]
            n = text.count(old)
            if n != 1:
                sys.exit("%s-%s: old string occurs %d times: %r" % (pid, suf, n, old))
            out = text.replace(old, new)
            if value not in out:
                sys.exit("%s-%s: value not in error case: %r" % (pid, suf, value))
            name = "%s-%s.txt" % (pid, suf)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(out)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
