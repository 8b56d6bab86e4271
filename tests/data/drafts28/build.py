#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of the n28 set from the clean drafts.

Each entry of EDITS makes one case: the clean draft with `old` (which must occur exactly once)
replaced by `new`. `value` is either the exact labelled substring, or a pair (start, end) of
anchors resolved in the edited case: the value runs from the first occurrence of `start` to the end
of the first following occurrence of `end` (used for sum / score-sum / weight-sum errors, whose value
spans from the changed part to the total). `multirow` marks score-row edits that touch two
adjacent table rows (allowed by the brief); every other edit is one contiguous change of at most
16 characters inside one line (checked by verify.py).

Pure Python 3. Run: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "shache-jobtraining-2019",
    "chenduo-edubureau-2022",
    "shannan-vocschool-2024",
    "guide-union-2018",
    "moyu-youthintern-2023",
    "tuquan-laborcoop-2021",
]

EDITS = [
    # ---------------- 莎车县人社局 2019 (Xinjiang, 上海援疆) ----------------
    dict(case="shache-jobtraining-2019-e1", code="rate_mismatch",
         old="资金到位率98.21%", new="资金到位率98.12%", value="到位率98.12%",
         explanation="到位 660.00 / 全年预算 672.00 = 98.21%; stated 98.12% (digits transposed when retyped)"),
    dict(case="shache-jobtraining-2019-e2", code="balance_mismatch",
         old="年末项目资金结余18.00万元", new="年末项目资金结余30.00万元", value="结余30.00万元",
         explanation="结余 = 到位 660.00 − 执行 642.00 = 18.00 (the sentence says it is money received and not spent); "
                     "30.00 is 全年预算 672.00 − 642.00, counting the 12.00 never received"),
    dict(case="shache-jobtraining-2019-e3", code="unit_mismatch",
         old="2053.74元/人", new="2053.74万元/人", value="2053.74万元/人",
         explanation="人均培训成本 target ≤2100元/人, actual written in 万元/人; the text gives 2,053.74元 "
                     "(6,420,000元 / 3,126人)"),
    dict(case="shache-jobtraining-2019-e4", code="score_sum_mismatch",
         old="15\n14.19\n部分学员", new="15\n14.91\n部分学员", value=("14.91", "总分\n100\n98.74"),
         explanation="转移就业率 row score retyped as 14.91 while the total stays 98.74: 9.55 + 50 + 14.91 + 15 + 10 = 99.46"),
    dict(case="shache-jobtraining-2019-e5", code="year_mismatch",
         old="截至2019年12月31日，项目累计支出", new="截至2018年12月31日，项目累计支出", value="截至2018年12月31日",
         explanation="2019 report: the cumulative spending 642.00 is dated at the end of 2018 (last year's sentence left in)"),

    # ---------------- 称多县教育局 2022 部门整体 (Qinghai, 北京援青) ----------------
    dict(case="chenduo-edubureau-2022-e1", code="average_mismatch",
         old="平均94.77分", new="平均94.67分", value="平均94.67分",
         explanation="(96.50 + 95.00 + 92.80) / 3 = 94.77, stated 94.67"),
    dict(case="chenduo-edubureau-2022-e2", code="sum_mismatch",
         old="公用经费1,468.72万元", new="公用经费1,486.72万元",
         value="基本支出23,406.12万元，其中人员经费21,937.40万元、公用经费1,486.72万元",
         explanation="21,937.40 + 1,486.72 = 23,424.12 ≠ 23,406.12 (公用经费 1,468.72 retyped with two digits swapped)"),
    dict(case="chenduo-edubureau-2022-e3", code="conflicting_values",
         old="惠及全县15,541名在校学生", new="惠及全县15,451名在校学生", value="15,451名在校学生",
         explanation="在校生 is 15,541 in 部门基本情况 (2,318 + 8,436 + 3,275 + 1,512); the 效益 paragraph says 15,451"),
    dict(case="chenduo-edubureau-2022-e4", code="weight_sum_mismatch",
         old="\t76.80%\n\t15\n\t14.40", new="\t76.80%\n\t20\n\t14.40", value=("20\n\t14.40", "\t100\n\t99.02"),
         explanation="高中阶段毛入学率 weight 20 (last year's template) instead of 15: weights total 105 and 效益 35 ≠ 30"),
    dict(case="chenduo-edubureau-2022-e5", code="implausible_rate",
         old="（预算1.50万元，执行率93.33%）", new="（预算1.20万元，执行率116.67%）", value="预算1.20万元，执行率116.67%",
         explanation="公务接待费 1.40 against a budget of 1.20 (last year's figure): 执行率 116.67% > 100%"),

    # ---------------- 山南市职业技术学校 2024 (Tibet, 湖南援藏) ----------------
    dict(case="shannan-vocschool-2024-e1", code="grade_mismatch",
         old="评价等级为“优秀”", new="评价等级为“良好”", value="评价等级为“良好”",
         explanation="自评总分 95.20 is in the 优 band (≥90); 良好 is last year's conclusion left in"),
    dict(case="shannan-vocschool-2024-e2", code="completion_mismatch",
         old="｜89.00%｜93.68%｜", new="｜89.00%｜98.89%｜", value="89.00%｜98.89%",
         explanation="就业率 target ≥95%, actual 89.00%: completion 93.68%; 98.89% is 89.00/90, last year's target"),
    dict(case="shannan-vocschool-2024-e3", code="balance_mismatch",
         old="年末结余29.64万元", new="年末结余24.84万元", value="结余24.84万元",
         explanation="500.00 − 470.36 = 29.64 (also 150.00 − 120.36 for the 市级 money); 24.84 is the draft figure "
                     "from before 跟岗实习 fell from 180 to 172 people"),
    dict(case="shannan-vocschool-2024-e4", code="rate_mismatch",
         old="支出118.46万元，执行率85.53%", new="支出118.46万元，执行率85.35%", value="执行率85.35%",
         explanation="实训设备 118.46 / 138.50 = 85.53%, stated 85.35%"),

    # ---------------- 贵德县总工会 2018 (Qinghai, 江苏援青) ----------------
    dict(case="guide-union-2018-e1", code="score_exceeds_weight", multirow=True,
         old="92.50%\n10\n10\n无\n\n产出指标\n时效指标\n助学金发放时间\n2018年9月30日前\n2018年9月12日\n5\n5",
         new="92.50%\n10\n5\n无\n\n产出指标\n时效指标\n助学金发放时间\n2018年9月30日前\n2018年9月12日\n5\n10",
         value="2018年9月12日\n5\n10",
         explanation="时效 row: weight 5, score 10 (scores of the 质量 and 时效 rows pasted in swapped order, so the total still reads 99.09)"),
    dict(case="guide-union-2018-e2", code="average_mismatch",
         old="平均每期130人", new="平均每期133人", value="平均每期133人",
         explanation="(142 + 126 + 131 + 121) / 4 = 130; 133 is the mean of the first three periods only"),
    dict(case="guide-union-2018-e3", code="unit_mismatch",
         old="共发放金秋助学金256,000元", new="共发放金秋助学金256,000万元", value="256,000万元",
         explanation="a 元 amount labelled 万元: 38×5,000 + 22×3,000 = 256,000元 = 25.60万元 (stated as 25.60万元 above)"),
    dict(case="guide-union-2018-e4", code="year_mismatch",
         old="项目支出绩效自评表（2018年度）", new="项目支出绩效自评表（2017年度）", value="自评表（2017年度）",
         explanation="the 2018 report attaches a table headed 2017年度 (last year's table header left in)"),

    # ---------------- 共青团墨玉县委 2023 (Xinjiang, 北京援疆) ----------------
    dict(case="moyu-youthintern-2023-e1", code="rate_mismatch",
         old="\t100\n\t91.93\n\t0", new="\t100\n\t18.39\n\t0", value="18.39",
         explanation="(7)=(4)/(2) for 县级财政资金: 41.37 / 45.00 = 91.93%; 18.39 divides by the all-source 225.00"),
    dict(case="moyu-youthintern-2023-e2", code="completion_mismatch",
         old="\t48.00%\n\t80.00%", new="\t48.00%\n\t48.00%", value="48.00%\n\t48.00%",
         explanation="留用率 target ≥60%, actual 48.00%: completion 80.00%; the actual was copied into the 完成率 cell"),
    dict(case="moyu-youthintern-2023-e3", code="sum_mismatch",
         old="组织管理费10.35万元", new="组织管理费8.60万元",
         value="225.00万元，其中就业见习补贴162.00万元、青年技能培训50.40万元、见习人员意外伤害保险2.25万元、组织管理费8.60万元",
         explanation="162.00 + 50.40 + 2.25 + 8.60 = 223.25 ≠ 225.00 (组织管理费 10.35; 8.60 is left over from an older draft)"),
    dict(case="moyu-youthintern-2023-e4", code="conflicting_values",
         old="项目为150名高校毕业生", new="项目为120名高校毕业生", value="为120名高校毕业生",
         explanation="见习 150人 everywhere else (97 + 53; table ≥150人/150人); 120 is the 2022 count left in"),

    # ---------------- 突泉县乡村振兴局 2021 (Inner Mongolia, 京蒙协作) ----------------
    dict(case="tuquan-laborcoop-2021-e1", code="score_exceeds_weight", multirow=True,
         old="9家｜5｜5｜无\n产出指标｜质量指标｜培训合格率｜≥95%｜93.00%｜10｜9.79｜",
         new="9家｜5｜9.79｜无\n产出指标｜质量指标｜培训合格率｜≥95%｜93.00%｜10｜5｜",
         value="扶持帮扶车间数量｜≥9家｜9家｜5｜9.79",
         explanation="帮扶车间 row weight 5, score 9.79 (scores of two adjacent rows swapped; the total still reads 88.37)"),
    dict(case="tuquan-laborcoop-2021-e2", code="weight_sum_mismatch",
         old="352人｜10｜7.04", new="352人｜15｜7.04", value=("15｜7.04", "总分｜｜｜｜｜100"),
         explanation="稳岗 row weight 15 instead of 10: weights total 105 and 效益 35 ≠ 30"),
    dict(case="tuquan-laborcoop-2021-e3", code="score_sum_mismatch",
         old="214人｜10｜7.13", new="214人｜10｜7.73", value=("7.73", "100｜88.37"),
         explanation="帮扶车间吸纳 row rescored 7.73 (232 people incl. non-脱贫 workers) without updating the total: the rows add to 88.97, total 88.37"),
    dict(case="tuquan-laborcoop-2021-e4", code="implausible_rate",
         old="其他资金｜0.00｜0.00｜0.00｜—｜—｜—", new="其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
         value="其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
         explanation="执行率 100.00% on a zero budget (formula copied down the column); the rate is undefined"),
    dict(case="tuquan-laborcoop-2021-e5", code="grade_mismatch",
         old="评价等级为良好", new="评价等级为优秀", value="评价等级为优秀",
         explanation="综合得分 88.37 is in the 良 band (80 ≤ s < 90)"),
]


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    s = text.find(start)
    if s < 0:
        raise SystemExit(f"anchor {start!r} not found")
    e = text.find(end, s + len(start))
    if e < 0:
        raise SystemExit(f"anchor {end!r} not found after {start!r}")
    return text[s:e + len(end)]


def main():
    # remove old error cases
    for name in os.listdir(CASES):
        if "-e" in name and not name.endswith("-clean.txt"):
            os.remove(os.path.join(CASES, name))
    labels = []
    clean = {}
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean[pid] = fh.read()
    for pid in PROJECTS:
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for e in EDITS:
            if not e["case"].startswith(pid + "-e"):
                continue
            src = clean[pid]
            n = src.count(e["old"])
            if n != 1:
                raise SystemExit(f"{e['case']}: old occurs {n} times")
            text = src.replace(e["old"], e["new"])
            value = resolve_value(text, e["value"])
            with open(os.path.join(CASES, e["case"] + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": e["case"] + ".txt", "source": pid, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": value,
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
