#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each entry of EDITS makes one case <id>-eN.txt from cases/<id>-clean.txt by applying its
replacements (old -> new). `old` is a piece of the clean text that must occur exactly once
(it may carry some context so that it is unique); the actual change is the small part that
differs between old and new (checked by verify.py: at most 16 characters, one line, or two
adjacent table rows for score-row edits). Pure Python 3, no third-party packages.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (case id, error number, [(old, new), ...], code, value, explanation)
EDITS = [
    # ---------------------------------------------------------------- 溧阳 两癌检查 2021
    ("liyang-cancerscreen-2021", 1,
     [("2,635,812.40元，预算执行率98.68%", "2,635,812.40元，预算执行率95.28%")],
     "rate_mismatch", "预算执行率95.28%",
     "2,635,812.40 / 2,671,200.00 = 98.68%; 95.28% is the rate on the budget before the second adjustment "
     "(2,766,400.00), i.e. recomputed on the wrong base"),
    ("liyang-cancerscreen-2021", 2,
     [("| 83.60% | 98.35% |", "| 83.60% | 83.60% |")],
     "completion_mismatch", "防治知识知晓率 | ≥85% | 83.60% | 83.60%",
     "target ≥85%, actual 83.60%: completion 83.60/85 = 98.35% (the score 9.84 still follows 98.35%); "
     "the actual value was copied into the 完成率 column"),
    ("liyang-cancerscreen-2021", 3,
     [("乳腺癌检查费1,129,580.40元", "乳腺癌检查费1,129,580.40万元")],
     "unit_mismatch", "1,129,580.40万元",
     "a 元 amount labelled 万元 (off by 10^4): with 1,129,580.40元 the four uses add up to the "
     "2,635,812.40元 spent and 11,742人 × 96.20元 = 1,129,580.40元"),
    ("liyang-cancerscreen-2021", 4,
     [("| 12186人 | 101.55% | 10 | 10 |", "| 12186人 | 101.55% | 10 | 10.16 |"),
      ("| 11742人 | 97.85% | 10 | 9.79 |", "| 11742人 | 97.85% | 10 | 9.63 |")],
     "score_exceeds_weight", "宫颈癌检查人数 | ≥12000人 | 12186人 | 101.55% | 10 | 10.16",
     "score 10.16 above the weight 10 (10 × 101.55% not capped); the next row was lowered to 9.63 so "
     "that the subtotal still reads 89.63"),
    # ---------------------------------------------------------------- 德清 教育局 部门整体 2022
    ("deqing-education-2022", 1,
     [("其他收入6,214,800.00元", "其他收入6,241,800.00元")],
     "sum_mismatch",
     ("span", "全年预算1,211,839,000.00元，其中", "其他收入6,241,800.00元"),
     "components add to 1,211,866,000.00 (1,092,386,000.00 + 45,600,000.00 + 38,952,000.00 + 6,241,800.00 "
     "+ 28,686,200.00), not 1,211,839,000.00; 其他收入 should be 6,214,800.00 (digits swapped)"),
    ("deqing-education-2022", 2,
     [("预算管理｜预算编制｜预算调整率｜5｜", "预算管理｜预算编制｜预算调整率｜6｜")],
     "weight_sum_mismatch",
     ("span", "预算调整率｜6｜", "合计｜｜｜100"),
     "the weights now add to 101 while 合计 states 100 (预算调整率 weighted 6 instead of 5)"),
    ("deqing-education-2022", 3,
     [("截至2022年12月31日，全县在校学生", "截至2021年12月31日，全县在校学生")],
     "year_mismatch", "截至2021年12月31日",
     "the 2022 report states its year-end figures as at 31 Dec 2021 (last year's template left in); "
     "the same paragraph compares them with 2021年末"),
    ("deqing-education-2022", 4,
     [("平均每期1,195.33人次", "平均每期1,159.33人次")],
     "average_mismatch", "平均每期1,159.33人次",
     "(1,206 + 1,188 + 1,192) / 3 = 1,195.33, stated 1,159.33"),
    # ---------------------------------------------------------------- 永春 特困供养 2024
    ("yongchun-tekun-2024", 1,
     [("相比结余314782.64元", "相比结余341782.64元")],
     "balance_mismatch", "结余341782.64元",
     "33283200.00 − 32968417.36 = 314782.64 (= 186000.00 结转 + 128782.64 收回), stated 341782.64"),
    ("yongchun-tekun-2024", 2,
     [("全年为1986名分散供养", "全年为1968名分散供养")],
     "conflicting_values", "1968名分散供养特困人员",
     "分散供养 is 1986人 elsewhere (overview 412 + 1986 = 2398, problems section); 1968 is a retyping"),
    ("yongchun-tekun-2024", 3,
     [("| 6284417.36 | 128782.64 | 97.99% |", "| 6284417.36 | 128782.64 | 102.05% |")],
     "implausible_rate", "102.05%",
     "县本级 execution rate above 100% although 6284417.36 was spent of 6413200.00 (97.99%); "
     "102.05% is the inverted ratio budget/spent"),
    ("yongchun-tekun-2024", 4,
     [("评价等级为“优”", "评价等级为“良”")],
     "grade_mismatch", "评价等级为“良”",
     "a total of 95.39 is in the 优 band (90–100), stated 良"),
    # ---------------------------------------------------------------- 泰兴 民政局 部门整体 2020
    ("taixing-civilaffairs-2020", 1,
     [("1235人次｜5｜4.75", "1235人次｜5｜4.57")],
     "score_sum_mismatch",
     ("span", "1235人次｜5｜4.57", "合计｜｜｜｜｜100｜99.10"),
     "row scores now add to 98.92 but the total says 99.10 (临时救助 score edited from 4.75 to 4.57 without the total)"),
    ("taixing-civilaffairs-2020", 2,
     [("185936482.27元，预算执行率98.48%", "185936482.27元，预算执行率99.72%")],
     "rate_mismatch", "预算执行率99.72%",
     "185936482.27 / 188805740.00 = 98.48%; 99.72% divides by the initial budget 186452300.00 (wrong base)"),
    ("taixing-civilaffairs-2020", 3,
     [("社会福利38615287.51元", "社会福利38651287.51元")],
     "sum_mismatch",
     ("span", "社会福利38651287.51元", "合计185936482.27元"),
     "the functional items now add to 185972482.27, not the stated 合计 185936482.27 (社会福利 should be 38615287.51)"),
    ("taixing-civilaffairs-2020", 4,
     [("实际支出486300.00元，控制率", "实际支出48.63元，控制率")],
     "unit_mismatch", "48.63元",
     "a 万元 figure (48.63万元) written with the unit 元: 486300.00 / 612000.00 = 79.46% as stated; "
     "48.63元 is off by 10^4"),
    ("taixing-civilaffairs-2020", 5,
     [("平均每次309户", "平均每次319户")],
     "average_mismatch", "平均每次319户",
     "(312 + 298 + 305 + 321) / 4 = 309, stated 319"),
    # ---------------------------------------------------------------- 长汀 高中助学金 2018
    ("changting-hsaid-2018", 1,
     [("执行率99.26%，结余39,000.00元", "执行率99.26%，结余171,000.00元")],
     "balance_mismatch", "结余171,000.00元",
     "国家助学金 5,268,000.00 − 5,229,000.00 = 39,000.00; 171,000.00 is the initial 5,400,000.00 minus the "
     "spending (balance taken from the wrong budget figure)"),
    ("changting-hsaid-2018", 2,
     [("| 0.37% | 100.00% |", "| 0.37% | 37.00% |")],
     "completion_mismatch", "0.37% | 37.00%",
     "≤1% target met by 0.37%: completion 100% (rules §5, lte); 37.00% is actual/target as for a ≥ indicator"),
    ("changting-hsaid-2018", 3,
     [("| 0.37% | 100.00% | 5 | 5 |", "| 0.37% | 100.00% | 10 | 5 |")],
     "weight_sum_mismatch",
     ("span", "资助对象认定差错率 | ≤1% | 0.37% | 100.00% | 10", "产出指标小计 | | | | | | 50"),
     "产出 third-level weights now add to 55 while the 产出 subtotal says 50 (认定差错率 weighted 10, "
     "all weights 105)"),
    ("changting-hsaid-2018", 4,
     [("年底调减96,000.00元，并形成", "年底调减69,000.00元，并形成")],
     "conflicting_values", "调减69,000.00元",
     "the November cut is 96,000.00元 in the budget section (6,965,000.00 − 96,000.00 = 6,869,000.00); "
     "the problems section repeats it as 69,000.00元"),
    # ---------------------------------------------------------------- 嵊州 卫健局 部门整体 2019
    ("shengzhou-health-2019", 1,
     [("619,834,276.45元，预算执行率98.77%", "619,834,276.45元，预算执行率101.22%")],
     "implausible_rate", "预算执行率101.22%",
     "execution rate above 100%: 619,834,276.45 / 612,358,400.00 (the initial budget) = 101.22%; "
     "on the adjusted 627,522,600.00 it is 98.77%"),
    ("shengzhou-health-2019", 2,
     [("部分完成｜4.00", "部分完成｜4.20")],
     "score_sum_mismatch",
     ("span", "部分完成｜4.20", "89.77"),
     "row scores now add to 89.97 but the total says 89.77 (医共体 score raised from 4.00 to 4.20 without the total)"),
    ("shengzhou-health-2019", 3,
     [("评价等级为良好", "评价等级为优秀")],
     "grade_mismatch", "评价等级为优秀",
     "a total of 89.77 is in the 良 band (80 ≤ s < 90), stated 优秀"),
    ("shengzhou-health-2019", 4,
     [("6,120,000.00元结转至2020年继续使用", "6,120,000.00元结转至2019年继续使用")],
     "year_mismatch", "结转至2019年",
     "money left over from the 2019 budget cannot be carried over into 2019 itself (should be 2020)"),
    ("shengzhou-health-2019", 5,
     [("55.12%｜5.51", "55.12%｜5"), ("98.72%｜5", "98.72%｜5.51")],
     "score_exceeds_weight", "免疫规划疫苗接种率｜5｜≥95%｜98.72%｜5.51",
     "score 5.51 above the weight 5: the scores of two adjacent rows were entered one row off "
     "(糖尿病 row now 5, 免疫 row 5.51); the total is unchanged"),
]


def source_of(case_id):
    return case_id


def main():
    labels = []
    ids = []
    for cid, *_ in EDITS:
        if cid not in ids:
            ids.append(cid)
    for cid in ids:
        clean_name = f"{cid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": cid, "clean": True, "expected": []})
        for ecid, n, reps, code, value, expl in EDITS:
            if ecid != cid:
                continue
            text = clean
            for old, new in reps:
                if clean.count(old) != 1:
                    sys.exit(f"{cid}-e{n}: edit anchor occurs {clean.count(old)} times in the clean draft: {old!r}")
                text = text.replace(old, new, 1)
            if isinstance(value, tuple):  # ("span", from, to): from the changed part to the total
                _, a, b = value
                if text.count(a) != 1:
                    sys.exit(f"{cid}-e{n}: span start occurs {text.count(a)} times: {a!r}")
                i = text.index(a)
                j = text.index(b, i + len(a)) + len(b)
                value = text[i:j]
            name = f"{cid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": cid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(ids)} clean, {len(labels) - len(ids)} with one error)")


if __name__ == "__main__":
    main()
