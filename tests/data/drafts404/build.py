#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every clean draft is cases/<id>-clean.txt (written by hand). Each entry of EDITS makes one error case
cases/<id>-eN.txt by ONE exact old -> new replacement; `old` must occur exactly once in the clean draft,
`value` (the label) must occur in the error case and contain the changed figure. `fig` is the figure (or the
phrase) that the edit changes: it must occur exactly once in the clean draft (twice for conflicting_values,
where the other statement of the same quantity is the point of the error), so that the edit creates no second,
unlabelled error. `where` is prose or table (documentation only, used by the README counts).
Standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jx-wannian-liangfanjidi-2018",
    "hl-nenjiang-dadouliangzhong-2022",
    "sd-qihe-xiaomaifanyu-2020",
    "xj-hutubi-zhizhongjianguan-2021",
    "hb-jingshan-zhongzizhan-bumen-2023",
]

# (project, suffix, code, where, old, new, fig, value, explanation)
EDITS = [
    # --- 江西万年 2018 (Markdown table) ---
    ("jx-wannian-liangfanjidi-2018", "e1", "rate_mismatch", "prose",
     "县级配套资金支出46.46万元，执行率80.10%", "县级配套资金支出46.46万元，执行率86.10%",
     "80.10%", "执行率86.10%",
     "county funds spent 46.46 of the adjusted 58.00 (80.00 − 22.00 调减) = 80.10%, stated 86.10%"),
    ("jx-wannian-liangfanjidi-2018", "e2", "balance_mismatch", "prose",
     "年末结余11.54万元", "年末结余11.45万元",
     "11.54", "结余11.45万元",
     "received 238.00 − spent 226.46 = 11.54, stated 11.45 (digits swapped)"),
    ("jx-wannian-liangfanjidi-2018", "e3", "score_sum_mismatch", "table",
     "| 7.4万亩 | 10 | 9.25 |", "| 7.4万亩 | 10 | 9.35 |",
     "9.25", "7.4万亩 | 10 | 9.35",
     "row scores now add to 9.52 + 80 + 9.35 = 98.87, the 合计 row and the text still give 98.77"),
    ("jx-wannian-liangfanjidi-2018", "e4", "grade_mismatch", "prose",
     "评价等级为优", "评价等级为良",
     "评价等级为优", "自评得分98.77分，评价等级为良",
     "98.77 lies in the 优 band (90–100), not 良"),
    ("jx-wannian-liangfanjidi-2018", "e5", "unit_mismatch", "table",
     "| 2018年12月31日前 | 2018年12月20日 |", "| 2018年12月31日前 | 100% |",
     "2018年12月20日", "2018年12月31日前 | 100%",
     "time indicator: the target is a date, the actual a percentage, so completion cannot be computed"),
    ("jx-wannian-liangfanjidi-2018", "e6", "sum_mismatch", "prose",
     "检验仪器购置37.52万元", "检验仪器购置35.72万元",
     "37.52", "检验仪器购置35.72万元",
     "118.60 + 48.90 + 35.72 + 21.44 = 224.66, but the uses are given for the 226.46 spent"),

    # --- 黑龙江嫩江 2022 (full-width ｜ tables, 完成率 column) ---
    ("hl-nenjiang-dadouliangzhong-2022", "e1", "completion_mismatch", "table",
     "186公斤/亩｜103.33%", "186公斤/亩｜106.33%",
     "103.33%", "186公斤/亩｜106.33%",
     "良种亩产 186 / 180 = 103.33%, stated 106.33%"),
    ("hl-nenjiang-dadouliangzhong-2022", "e2", "weight_sum_mismatch", "table",
     "18.6万亩｜93.00%｜10｜9.3", "18.6万亩｜93.00%｜11｜9.3",
     "93.00%｜10｜9.3", "93.00%｜11｜9.3",
     "分值 column now adds to 101 (效益 rows 31), the 合计 row says 100"),
    ("hl-nenjiang-dadouliangzhong-2022", "e3", "implausible_rate", "prose",
     "种植大户满意度98.33%", "种植大户满意度108.33%",
     "98.33%", "种植大户满意度108.33%",
     "a satisfaction rate cannot exceed 100%"),
    ("hl-nenjiang-dadouliangzhong-2022", "e4", "conflicting_values", "prose",
     "繁种户亩均增收172元，高于", "繁种户亩均增收182元，高于",
     "172元", "亩均增收182元",
     "the same 亩均增收 is 172元 in the 自评表 (completion 114.67% = 172/150)"),
    ("hl-nenjiang-dadouliangzhong-2022", "e5", "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2022年12月31日", "截至2021年12月31日",
     "the 2022 report gives its year-end 到位/执行 figures as of 31 Dec 2021"),
    ("hl-nenjiang-dadouliangzhong-2022", "e6", "score_exceeds_weight", "table",
     "172元｜114.67%｜10｜10｜—\n效益指标｜社会效益指标｜良种供应覆盖面积｜≥20万亩｜18.6万亩｜93.00%｜10｜9.3",
     "172元｜114.67%｜10｜10.7｜—\n效益指标｜社会效益指标｜良种供应覆盖面积｜≥20万亩｜18.6万亩｜93.00%｜10｜8.6",
     "114.67%｜10｜10｜", "114.67%｜10｜10.7",
     "亩均增收 row scores 10.7 against its weight 10 (the next row was lowered to 8.6 so the total still reads 98.98)"),

    # --- 山东齐河 2020 (flattened PDF tables) ---
    ("sd-qihe-xiaomaifanyu-2020", "e1", "rate_mismatch", "table",
     "\t(6)=(3)/(2)\n\t96.54", "\t(6)=(3)/(2)\n\t95.64",
     "96.54", "(6)=(3)/(2)\n\t95.64",
     "到位率 (6)=(3)/(2) = 150.60 / 156.00 = 96.54%, table prints 95.64"),
    ("sd-qihe-xiaomaifanyu-2020", "e2", "average_mismatch", "prose",
     "平均609公斤", "平均619公斤",
     "609", "平均619公斤",
     "(612 + 598 + 605 + 621) / 4 = 609 (four bases of 800亩 each, so weighted and simple means agree)"),
    ("sd-qihe-xiaomaifanyu-2020", "e3", "unit_mismatch", "prose",
     "繁种补贴32.00万元", "繁种补贴320000万元",
     "32.00万元", "繁种补贴320000万元",
     "3200亩 × 100元 = 320000元 = 32.00万元: the 元 figure is labelled 万元 (off by 10^4); the uses sum only reconciles after rescaling"),
    ("sd-qihe-xiaomaifanyu-2020", "e4", "score_sum_mismatch", "prose",
     "效益指标得分21.73分", "效益指标得分22.73分",
     "21.73", "效益指标得分22.73分",
     "效益 rows score 9.33 + 6.4 + 6 = 21.73; with 22.73 the listed subtotals add to 90.58, not the 合计 89.58"),
    ("sd-qihe-xiaomaifanyu-2020", "e5", "grade_mismatch", "table",
     "\t评价等级\n\t良", "\t评价等级\n\t优",
     "\t评价等级\n\t良", "评价等级\n\t优",
     "total 89.58 is in the 良 band (80 ≤ s < 90), the table grades it 优"),
    ("sd-qihe-xiaomaifanyu-2020", "e6", "balance_mismatch", "table",
     "\t(5)=(3)-(4)\n\t18.75", "\t(5)=(3)-(4)\n\t17.85",
     "18.75", "(5)=(3)-(4)\n\t17.85",
     "资金结余 (5)=(3)-(4) = 150.60 − 131.85 = 18.75, table prints 17.85"),

    # --- 新疆呼图壁 2021 (Markdown MOF table, no satisfaction block) ---
    ("xj-hutubi-zhizhongjianguan-2021", "e1", "completion_mismatch", "prose",
     "完成目标任务的105.83%", "完成目标任务的105.38%",
     "105.83%", "完成目标任务的105.38%",
     "田间检验 6.35 / 6 万亩 = 105.83%, stated 105.38%"),
    ("xj-hutubi-zhizhongjianguan-2021", "e2", "implausible_rate", "table",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |", "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100% | — |",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — |", "0.00 | 0.00 | 0.00 | — | 100%",
     "上年结转资金 has a 0.00 budget: an execution rate of 100% on a zero base is impossible"),
    ("xj-hutubi-zhizhongjianguan-2021", "e3", "sum_mismatch", "table",
     "| 其中：当年财政拨款 | 280.00 |", "| 其中：当年财政拨款 | 260.00 |",
     "280.00", "当年财政拨款 | 260.00",
     "年初预算: 260.00 + 0.00 + 40.00 = 300.00 ≠ 年度资金总额 320.00 (and 中央180 + 自治区60 + 州级40 = 280)"),
    ("xj-hutubi-zhizhongjianguan-2021", "e4", "weight_sum_mismatch", "table",
     "| 1860元 | 10 | 10 |", "| 1860元 | 12 | 10 |",
     "| 1860元 | 10 |", "1860元 | 12 | 10",
     "weights now add to 10 + 60 + 32 = 102, 总分 row says 100"),
    ("xj-hutubi-zhizhongjianguan-2021", "e5", "conflicting_values", "table",
     "| 412批次 |", "| 421批次 |",
     "412批次", "421批次",
     "the text gives 412 batches sampled (401 passed, 97.33%); the table says 421"),
    ("xj-hutubi-zhizhongjianguan-2021", "e6", "year_mismatch", "prose",
     "结转至2022年", "结转至2021年",
     "结转至2022年", "结转至2021年",
     "unspent money of the 2021 budget cannot be carried over into 2021 itself"),

    # --- 湖北京山 2023 部门整体 (｜ project table + Markdown table) ---
    ("hb-jingshan-zhongzizhan-bumen-2023", "e1", "average_mismatch", "prose",
     "平均自评得分95.5分", "平均自评得分96.5分",
     "95.5", "平均自评得分96.5分",
     "(93.5 + 96 + 97) / 3 = 95.5, stated 96.5"),
    ("hb-jingshan-zhongzizhan-bumen-2023", "e2", "score_exceeds_weight", "table",
     "| 11.3万亩 | 10 | 9.42 |\n| 效益指标 | 可持续影响指标 | 种子市场监管覆盖率 | ≥95% | 100% | 10 | 10 |",
     "| 11.3万亩 | 10 | 10.42 |\n| 效益指标 | 可持续影响指标 | 种子市场监管覆盖率 | ≥95% | 100% | 10 | 9 |",
     "9.42", "11.3万亩 | 10 | 10.42",
     "新品种推广面积 scores 10.42 against weight 10 (the next row lowered to 9 so the total still reads 99.09)"),
    ("hb-jingshan-zhongzizhan-bumen-2023", "e3", "rate_mismatch", "table",
     "｜71.33｜93.86%｜", "｜71.33｜98.36%｜",
     "93.86%", "71.33｜98.36%",
     "种子质量抽检 71.33 / 76.00 = 93.86%, table prints 98.36%"),
    ("hb-jingshan-zhongzizhan-bumen-2023", "e4", "sum_mismatch", "prose",
     "公用经费44.50万元", "公用经费45.40万元",
     "44.50", "公用经费45.40万元",
     "人员经费241.90 + 公用经费45.40 = 287.30 ≠ 基本支出286.40"),
    ("hb-jingshan-zhongzizhan-bumen-2023", "e5", "conflicting_values", "prose",
     "全年推广新品种11.3万亩", "全年推广新品种11.8万亩",
     "11.3万亩", "推广新品种11.8万亩",
     "the 自评表 gives 新品种推广面积 11.3万亩 (score 9.42 = 10 × 11.3/12)"),
    ("hb-jingshan-zhongzizhan-bumen-2023", "e6", "unit_mismatch", "table",
     "｜71.33｜93.86%｜", "｜713300｜93.86%｜",
     "71.33", "76.00｜713300",
     "71.33万元 written as 713300 (its value in 元) in a 万元 table: off by 10^4; the 执行数 column and the 93.86% only reconcile after rescaling"),
]


def fig_count(text, fig):
    """Occurrences of fig not glued to further digits (so 9.25 is not found inside 19.25 or 9.255)."""
    pat = re.escape(fig)
    if fig[:1].isdigit():
        pat = r"(?<![\d.])" + pat
    if fig[-1:].isdigit():
        pat = pat + r"(?![\d])"
    return len(re.findall(pat, text))


def main():
    labels = []
    problems = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, suf, code, where, old, new, fig, value, expl) in EDITS:
            if p != pid:
                continue
            name = f"{pid}-{suf}.txt"
            if clean.count(old) != 1:
                problems.append(f"{name}: old string occurs {clean.count(old)} times")
                continue
            want = 2 if code == "conflicting_values" else 1
            n = fig_count(clean, fig)
            if n != want:
                problems.append(f"{name}: figure {fig!r} occurs {n} times in the clean draft (want {want})")
            text = clean.replace(old, new)
            if value not in text:
                problems.append(f"{name}: label value not in the error case")
            if value in clean:
                problems.append(f"{name}: label value already in the clean draft")
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an error)")


if __name__ == "__main__":
    main()
