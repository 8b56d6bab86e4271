#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n49 from the clean drafts.

Each error case = its project's clean draft with exactly one injected inconsistency.
An edit is a list of (old, new) pairs: `old` must occur exactly once in the clean draft
(it may carry context for uniqueness; the real change is the part between the common
prefix and suffix of old/new).  Most cases have one pair; the two score-swap cases have
two pairs on adjacent table rows / list lines (allowed for score-row edits).

`value` in a label is either a literal string, or a (start, end) pair: the value is then
the substring of the error case from the first occurrence of `start` up to and including
the first occurrence of `end` after it (used for sum / score-sum / weight-sum labels,
which span from the changed part to the total or from the total to the changed part).

Pure Python 3, no third-party packages.  Usage: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "shuanghu-aws-2021",
    "guoluo-seismicnet-2023",
    "hotan-hydrostation-2019",
    "tashkurgan-meteodept-2024",
    "xigaze-seismicnet-2018",
]

# (project, n, code, [(old, new), ...], value, explanation)
EDITS = [
    # ---------------- shuanghu-aws-2021 (Tibet, 气象局, 元, MOF table) ----------------
    ("shuanghu-aws-2021", 1, "rate_mismatch",
     [("备品备件购置｜146,000.00｜143,616.00｜98.37%", "备品备件购置｜146,000.00｜143,616.00｜98.73%")],
     "98.73%",
     "备品备件 143,616.00 / 146,000.00 = 98.37%; the row prints 98.73% (digits transposed)"),
    ("shuanghu-aws-2021", 2, "sum_mismatch",
     [("风速风向传感器6套，38,880元", "风速风向传感器6套，36,880元")],
     "143,616.00元。其中：温湿度传感器12支，34,320元；风速风向传感器6套，36,880元",
     "34,320 + 36,880 + 12,600 + 34,080 + 23,736 = 141,616 ≠ 143,616.00 (one part retyped)"),
    ("shuanghu-aws-2021", 3, "score_exceeds_weight",
     [("巡检维护站次｜≥72站次｜79站次｜5｜5｜—", "巡检维护站次｜≥72站次｜79站次｜5｜9.96｜—"),
      ("设备完好率｜≥99%｜98.61%｜10｜9.96｜", "设备完好率｜≥99%｜98.61%｜10｜5｜")],
     "79站次｜5｜9.96",
     "scores of two adjacent rows swapped: 巡检维护站次 has weight 5 but score 9.96 (total 99.65 still adds up)"),
    ("shuanghu-aws-2021", 4, "average_mismatch",
     [("单站次巡检平均成本1,536.89元", "单站次巡检平均成本1,686.31元")],
     "1,686.31元",
     "(76,214.40 + 45,200.00) / 79站次 = 1,536.89; 1,686.31 divides by the 72-visit target instead"),
    ("shuanghu-aws-2021", 5, "unit_mismatch",
     [("县财政追加42,500元", "县财政追加42,500万元")],
     "42,500万元",
     "a 元 amount labelled 万元: 368,000 + 42,500 = 410,500元 holds only with 42,500元 (off by 10^4)"),
    ("shuanghu-aws-2021", 6, "year_mismatch",
     [("截至2021年12月31日", "截至2020年12月31日")],
     "截至2020年12月31日",
     "the 2021 execution figure is dated the end of 2020 (last year's sentence left in)"),

    # ---------------- guoluo-seismicnet-2023 (Qinghai, 地震, flattened tables) ----------------
    ("guoluo-seismicnet-2023", 1, "balance_mismatch",
     [("结余1,380.00元", "结余1,830.00元")],
     "1,830.00元",
     "加密观测子项 86,000 − 84,620.00 = 1,380.00; stated 1,830.00"),
    ("guoluo-seismicnet-2023", 2, "completion_mismatch",
     [("\t448条\n\t98.25%\n", "\t448条\n\t101.79%\n")],
     "101.79%",
     "宏观观测信息报送 ≥456条, actual 448条: completion 98.25%; 101.79% is 456/448 (inverted)"),
    ("guoluo-seismicnet-2023", 3, "implausible_rate",
     [("人工正式速报37次，速报率100%", "人工正式速报39次，速报率105.41%")],
     "39次，速报率105.41%",
     "39 formal reports for 37 ML≥3.0 events: a 速报率 above 100% (arithmetic 39/37 holds, the rate is impossible)"),
    ("guoluo-seismicnet-2023", 4, "weight_sum_mismatch",
     [("数量20分、质量15分", "数量20分、质量16分")],
     "产出指标50分（数量20分、质量16分",
     "20 + 16 + 10 + 5 = 51 ≠ 50; the quality rows carry 5 + 5 + 5 = 15"),
    ("guoluo-seismicnet-2023", 5, "conflicting_values",
     [("批复资金58.6万元", "批复资金56.8万元")],
     "56.8万元",
     "the approved budget is 586,000.00元 (年初预算资金, row (1)); 56.8万元 = 568,000元 contradicts it"),
    ("guoluo-seismicnet-2023", 6, "sum_mismatch",
     [("设备维修及备件186,372.50元", "设备维修及备件186,732.50元")],
     "支出601,208.75元。其中：通信及数据传输费114,000.00元；台站电费及场地租赁68,400.00元；设备维修及备件186,732.50元",
     "the seven items add to 601,568.75 ≠ 601,208.75 (186,372.50 retyped as 186,732.50)"),

    # ---------------- hotan-hydrostation-2019 (Xinjiang, 水文, Sichuan-style table) ----------------
    ("hotan-hydrostation-2019", 1, "grade_mismatch",
     [("评价等级为良好", "评价等级为优秀")],
     "评价等级为优秀",
     "89.13 lies in the 良 band (80 ≤ s < 90)"),
    ("hotan-hydrostation-2019", 2, "score_sum_mismatch",
     [("缆道维修改造｜≥｜3｜处｜1｜10｜3.33｜", "缆道维修改造｜≥｜3｜处｜1｜10｜6.67｜")],
     ("6.67｜2处设备到货晚", "｜100｜89.13"),
     "缆道 row re-scored 3.33 → 6.67 without updating the total: rows add to 92.47, stated 89.13"),
    ("hotan-hydrostation-2019", 3, "rate_mismatch",
     [("当年资金执行903,614.00元，执行率71.72%", "当年资金执行903,614.00元，执行率67.23%")],
     "67.23%",
     "903,614.00 / 1,260,000 = 71.72%; 67.23% divides by the whole-year budget 1,344,000 (wrong base)"),
    ("hotan-hydrostation-2019", 4, "unit_mismatch",
     [("流量测验次数｜≥｜960｜次｜1024｜", "流量测验次数｜≥｜960｜次｜106.67%｜")],
     "960｜次｜106.67%",
     "target in 次, actual written as a percentage (the completion 1,024/960)"),
    ("hotan-hydrostation-2019", 5, "completion_mismatch",
     [("完成1处，完成率33.33%", "完成1处，完成率66.67%")],
     "完成率66.67%",
     "缆道维修改造 planned 3, done 1: 1/3 = 33.33%"),
    ("hotan-hydrostation-2019", 6, "year_mismatch",
     [("结转至2020年", "结转至2019年")],
     "结转至2019年",
     "unspent 2019 money cannot be carried over to 2019 itself"),

    # ---------------- tashkurgan-meteodept-2024 (Xinjiang, 部门整体) ----------------
    ("tashkurgan-meteodept-2024", 1, "average_mismatch",
     [("平均96.53分", "平均95.80分")],
     "平均95.80分",
     "(98.60 + 97.20 + 92.40 + 95.00 + 99.46) / 5 = 96.53; 95.80 averages the first four only"),
    ("tashkurgan-meteodept-2024", 2, "sum_mismatch",
     [("其中财政拨款3,380,600.00元", "其中财政拨款3,308,600.00元")],
     "全年预算3,442,600.00元，其中财政拨款3,308,600.00元",
     "3,308,600.00 + 62,000.00 = 3,370,600.00 ≠ 3,442,600.00"),
    ("tashkurgan-meteodept-2024", 3, "balance_mismatch",
     [("结余44,006.34元", "结余51,236.80元")],
     "结余51,236.80元",
     "3,442,600.00 − 3,398,593.66 = 44,006.34; 51,236.80 is the 2023 balance left in"),
    ("tashkurgan-meteodept-2024", 4, "conflicting_values",
     [("实有在职11人", "实有在职12人")],
     "在职12人",
     "the staff count is 11 where it is used (人均公用经费 306,718.26元÷11人)"),
    ("tashkurgan-meteodept-2024", 5, "implausible_rate",
     [("因公出国（境）费预算0元，未发生支出", "因公出国（境）费预算0元，执行率100%")],
     "预算0元，执行率100%",
     "an execution rate on a zero budget"),
    ("tashkurgan-meteodept-2024", 6, "score_sum_mismatch",
     [("83.6%｜6｜5.90", "83.6%｜6｜6")],
     ("83.6%｜6｜6", "｜100｜99.77"),
     "晴雨预报 row re-scored 5.90 → 6 without updating the total: rows add to 99.87, stated 99.77"),

    # ---------------- xigaze-seismicnet-2018 (Tibet, 地震, list-form scores) ----------------
    ("xigaze-seismicnet-2018", 1, "weight_sum_mismatch",
     [("完成率74.29%，分值10分", "完成率74.29%，分值15分")],
     ("分值15分，得分7.43分", "合计：分值100分"),
     "weights add to 105 (知晓率 weight 15, an old template value); 效益 rows 35 ≠ 30"),
    ("xigaze-seismicnet-2018", 2, "grade_mismatch",
     [("等级为“良”", "等级为“优”")],
     "等级为“优”",
     "89.98 < 90: the band is 良 (rounded up to 90 by the writer)"),
    ("xigaze-seismicnet-2018", 3, "score_exceeds_weight",
     [("完成率88.89%，分值5分，得分4.44分", "完成率88.89%，分值5分，得分7.22分"),
      ("完成率72.22%，分值10分，得分7.22分", "完成率72.22%，分值10分，得分4.44分")],
     "分值5分，得分7.22分",
     "scores of lines (3) and (4) swapped: 强震动台 has weight 5 but score 7.22 (total still 89.98)"),
    ("xigaze-seismicnet-2018", 4, "completion_mismatch",
     [("完成率72.22%", "完成率78.79%")],
     "完成率78.79%",
     "312 / 432 = 72.22%; 78.79% divides by last year's 396 (33 points × 12)"),
    ("xigaze-seismicnet-2018", 5, "conflicting_values",
     [("全年执行数424,185.60元", "全年执行数424,158.60元")],
     "全年执行数424,158.60元",
     "spending is 424,185.60元 in section 二 and in the per-station cost (digits transposed; the rate 81.57% fits both)"),
    ("xigaze-seismicnet-2018", 6, "unit_mismatch",
     [("设备维修及备件96,748.00元", "设备维修及备件96,748.00万元")],
     "96,748.00万元",
     "a 元 amount labelled 万元: the items add to 424,185.60元 only with 96,748.00元 (off by 10^4)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply(clean, pairs):
    text = clean
    for old, new in pairs:
        if clean.count(old) != 1:
            raise SystemExit(f"edit anchor not unique in clean draft ({clean.count(old)}x): {old!r}")
        text = text.replace(old, new, 1)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"value start not found: {start!r}")
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"value end not found: {end!r}")
    return text[i:j + len(end)]


def build():
    labels = []
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for p, n, code, pairs, value, expl in EDITS:
            if p != proj:
                continue
            text = apply(clean, pairs)
            name = f"{proj}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value),
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with an injected error)")


if __name__ == "__main__":
    build()
