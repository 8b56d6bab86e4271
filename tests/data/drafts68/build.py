#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each edit replaces one exact snippet (`old`, occurring once in the clean draft) by `new`.
The changed region must be at most 16 characters on one line; edits marked rows=2 may touch
two adjacent table rows (a score moved between rows), each row's change at most 16 characters.
Pure Python 3, no third-party packages.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
MAX_EDIT = 16

PROJECTS = [
    "weixi-forestfire-2021",
    "yanyuan-firewater-2022",
    "dazu-safetyenforce-2024",
    "kangding-emergsupplies-2020",
    "gejiu-mineenforce-2025",
]

# (project, n, code, old, new, value, explanation, rows)
EDITS = [
    # --- weixi-forestfire-2021 (Yunnan, MOF outline, indicator table with execution row) ---
    ("weixi-forestfire-2021", 1, "sum_mismatch",
     "培训演练22.80万元", "培训演练28.20万元",
     "全年预算200.00万元，其中装备购置98.00万元、防火蓄水池54.00万元、培训演练28.20万元",
     "98.00 + 54.00 + 28.20 + 8.80 + 16.40 = 205.40, stated total 200.00 (22.80 retyped as 28.20)", 1),
    ("weixi-forestfire-2021", 2, "unit_mismatch",
     "| 150套 | 680元 | 10.20万元 |", "| 150套 | 680元 | 102000万元 |",
     "102000万元",
     "150套 × 680元 = 102,000元 = 10.20万元; the 元 figure is labelled 万元 (off by 10^4), the column total 91.26万元 only holds with 10.20", 1),
    ("weixi-forestfire-2021", 3, "score_sum_mismatch",
     "| 部分达成年度指标并具有一定效果 | 10 | 7 |", "| 部分达成年度指标并具有一定效果 | 10 | 8 |",
     None,  # computed: from the changed row to the total row
     "qualitative row raised from 7 to 8 without updating the total: rows add up to 96.32, stated 95.32", 1),
    ("weixi-forestfire-2021", 4, "year_mismatch",
     "按合同约定结转至2022年", "按合同约定结转至2021年",
     "结转至2021年",
     "the retention money of the 2021 budget can only be carried over to a later year (2022), not to 2021 itself", 1),
    ("weixi-forestfire-2021", 5, "average_mismatch",
     "平均成绩90分", "平均成绩91分",
     "平均成绩91分",
     "(92 + 88 + 95 + 90 + 85) / 5 = 90, stated 91", 1),
    ("weixi-forestfire-2021", 6, "conflicting_values",
     "| 648人次 | 6 | 6 |", "| 684人次 | 6 | 6 |",
     "684人次",
     "text: 6期 × 108人次 = 648人次 trained; the 自评表 gives 684人次 for the same indicator", 1),

    # --- yanyuan-firewater-2022 (Sichuan outline, 10 + 90, no satisfaction) ---
    ("yanyuan-firewater-2022", 1, "rate_mismatch",
     "节约率5.48%", "节约率5.79%",
     "节约率5.79%",
     "节约 6.90 / 采购预算 126.00 = 5.48%; 5.79% is 6.90 / 119.10, the winning bid used as the base", 1),
    ("yanyuan-firewater-2022", 2, "weight_sum_mismatch",
     "| 2.65万元/台 | 7 | 7 |", "| 2.65万元/台 | 8 | 7 |",
     None,
     "cost indicator weight changed 7 → 8: weights 10 + 61 + 30 = 101, stated 总分 100", 1),
    ("yanyuan-firewater-2022", 3, "completion_mismatch",
     "完成率90.00%", "完成率111.11%",
     "完成率111.11%",
     "18 of 20 townships: completion 90.00%; 111.11% is 20/18 (inverted base)", 1),
    ("yanyuan-firewater-2022", 4, "implausible_rate",
     "| 财政专户管理资金 | 0.00万元 | 0.00万元 | 0.00万元 | / | / | / |",
     "| 财政专户管理资金 | 0.00万元 | 0.00万元 | 0.00万元 | / | 100% | / |",
     "财政专户管理资金 | 0.00万元 | 0.00万元 | 0.00万元 | / | 100%",
     "execution rate 100% on a 0.00万元 budget (rate on a zero base)", 1),
    ("yanyuan-firewater-2022", 5, "grade_mismatch",
     "评价等级为“优秀”", "评价等级为“良好”",
     "评价等级为“良好”",
     "total 96.10 lies in the 优 band (≥90), stated 良好", 1),
    ("yanyuan-firewater-2022", 6, "balance_mismatch",
     "结余资金11.54万元", "结余资金11.45万元",
     "11.45万元",
     "到位 330.00 − 执行 318.46 = 11.54, stated 11.45", 1),

    # --- dazu-safetyenforce-2024 (Chongqing, minimum-content outline, MOF funds block) ---
    ("dazu-safetyenforce-2024", 1, "sum_mismatch",
     "宣传及执法文书印制3.20万元", "宣传及执法文书印制3.02万元",
     "全年支出85.97万元，其中执法装备购置41.73万元、专家服务费25.60万元、执法人员培训5.58万元、宣传及执法文书印制3.02万元",
     "41.73 + 25.60 + 5.58 + 3.02 + 9.86 = 85.79, stated total 85.97", 1),
    ("dazu-safetyenforce-2024", 2, "score_exceeds_weight",
     "| 186人次 | 6 | 5.58 | 高温限电期间检查任务重，压缩1期培训规模 |\n| 产出指标 | 数量指标 | 专家参与检查 | ≥300家次 | 320家次 | 6 | 6 |",
     "| 186人次 | 6 | 6.58 | 高温限电期间检查任务重，压缩1期培训规模 |\n| 产出指标 | 数量指标 | 专家参与检查 | ≥300家次 | 320家次 | 6 | 5 |",
     "186人次 | 6 | 6.58",
     "training row scored 6.58 above its weight 6 (one point moved from the next row, so the total still reads 98.87)", 2),
    ("dazu-safetyenforce-2024", 3, "conflicting_values",
     "| 1,186家次 | 8 | 8 |", "| 1,168家次 | 8 | 8 |",
     "1,168家次",
     "text gives 1,186家次 inspected (12.74% above 1,052); the 自评表 says 1,168家次", 1),
    ("dazu-safetyenforce-2024", 4, "rate_mismatch",
     "合格率97.31%", "合格率90.50%",
     "考核合格181人次，合格率90.50%",
     "181 / 186 participants = 97.31%; 90.50% is 181 / 200 (target used as base)", 1),
    ("dazu-safetyenforce-2024", 5, "year_mismatch",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日",
     "2024 report: the spending cut-off names 2023 (last year's sentence left in)", 1),
    ("dazu-safetyenforce-2024", 6, "unit_mismatch",
     "| 1,186家次 | 8 | 8 |", "| 118.60% | 8 | 8 |",
     "≥1,000家次 | 118.60%",
     "target in 家次, actual written as a percentage (the completion rate)", 1),

    # --- kangding-emergsupplies-2020 (Sichuan, Hunan-style outline, 完成率 column) ---
    ("kangding-emergsupplies-2020", 1, "balance_mismatch",
     "年末结余15.75万元", "年末结余5.75万元",
     "年末结余5.75万元",
     "到位 160.00 − 执行 144.25 = 15.75; 5.75 is 年初预算 150.00 − 144.25", 1),
    ("kangding-emergsupplies-2020", 2, "average_mismatch",
     "平均每场88.33人次", "平均每场66.25人次",
     "平均每场66.25人次",
     "(82 + 95 + 88) / 3 = 88.33; 66.25 divides the 265人次 by the 4 planned drills", 1),
    ("kangding-emergsupplies-2020", 3, "implausible_rate",
     "| 上年结转资金 | 0.00万元 | 0.00万元 | 0.00万元 | 0.00万元 | / | / |",
     "| 上年结转资金 | 0.00万元 | 0.00万元 | 0.00万元 | 0.00万元 | 100% | / |",
     "上年结转资金 | 0.00万元 | 0.00万元 | 0.00万元 | 0.00万元 | 100%",
     "到位率 100% on a zero carry-over (rate on a zero base)", 1),
    ("kangding-emergsupplies-2020", 4, "score_sum_mismatch",
     "| 3场次 | 75.00% | 6 | 4.50 |", "| 3场次 | 75.00% | 6 | 6 |",
     None,
     "drill row given full marks 6 without updating the total: rows add up to 97.69, stated 96.19", 1),
    ("kangding-emergsupplies-2020", 5, "weight_sum_mismatch",
     "| 15元/平方米·月 | 100.00% | 5 | 5 |", "| 15元/平方米·月 | 100.00% | 6 | 5 |",
     None,
     "rent indicator weight changed 5 → 6: weights add up to 101 (产出 51), stated 100", 1),
    ("kangding-emergsupplies-2020", 6, "completion_mismatch",
     "| 100% | 105.26% |", "| 100% | 102.56% |",
     "102.56%",
     "actual 100% / target 95% = 105.26%, stated 102.56% (digits transposed)", 1),

    # --- gejiu-mineenforce-2025 (Yunnan, subtotal rows, grade 良) ---
    ("gejiu-mineenforce-2025", 1, "rate_mismatch",
     "45.56万元 | 82.84%", "45.56万元 | 75.93%",
     "45.56万元 | 75.93%",
     "市级 45.56 / 全年预算 55.00 = 82.84%; 75.93% is 45.56 / 年初预算 60.00", 1),
    ("gejiu-mineenforce-2025", 2, "grade_mismatch",
     "评价等级为“良好”", "评价等级为“优秀”",
     "评价等级为“优秀”",
     "total 89.87 lies in the 良 band (80 ≤ s < 90), stated 优秀", 1),
    ("gejiu-mineenforce-2025", 3, "score_exceeds_weight",
     "| 0人 | 12 | 12 | / |\n| 效益指标 | 社会效益指标 | 较大及以上事故 | =0起 | 0起 | 8 | 8 |",
     "| 0人 | 12 | 8 | / |\n| 效益指标 | 社会效益指标 | 较大及以上事故 | =0起 | 0起 | 8 | 12 |",
     "=0起 | 0起 | 8 | 12",
     "scores of two adjacent rows swapped: 较大及以上事故 scored 12 above its weight 8 (subtotal and total unchanged)", 2),
    ("gejiu-mineenforce-2025", 4, "unit_mismatch",
     "| ≤1,500元/人·天 | 1,500元/人·天 |", "| ≤1,500元/人·天 | 14.40万元 |",
     "≤1,500元/人·天 | 14.40万元",
     "target is a rate in 元/人·天, actual written as the total fee in 万元", 1),
    ("gejiu-mineenforce-2025", 5, "sum_mismatch",
     "应急演练4.20万元", "应急演练4.02万元",
     "全年支出65.56万元，其中：装备购置33.00万元，专家会诊14.40万元，尾矿库在线监测运维11.40万元，执法人员培训2.56万元，应急演练4.02万元",
     "33.00 + 14.40 + 11.40 + 2.56 + 4.02 = 65.38, stated total 65.56", 1),
    ("gejiu-mineenforce-2025", 6, "conflicting_values",
     "参演310人次，年度目标3场次", "参演301人次，年度目标3场次",
     "参演301人次",
     "the two drills had 310人次 (section 四 repeats 310人次); section 三 now says 301人次", 1),
]

# total-row anchors used to compute values that span from the changed row to the total
TOTAL_ANCHOR = {
    "weixi-forestfire-2021": "| 100 | 95.32 |",
    "yanyuan-firewater-2022": "| 100 | 96.10 |",
    "kangding-emergsupplies-2020": "| 100 | 96.19 |",
}


def changed_region(a, b):
    """Common prefix/suffix trim; returns (start, end_a, end_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def edit_ok(clean, case, rows):
    """Check edit size. Returns (ok, message)."""
    la, lb = clean.split("\n"), case.split("\n")
    if len(la) != len(lb):
        return False, "line count changed"
    diff = [i for i, (x, y) in enumerate(zip(la, lb)) if x != y]
    if not diff:
        return False, "no change"
    if len(diff) > rows or (len(diff) == 2 and diff[1] != diff[0] + 1):
        return False, f"changed lines {diff}"
    for i in diff:
        p, ea, eb = changed_region(la[i], lb[i])
        if ea - p > MAX_EDIT or eb - p > MAX_EDIT:
            return False, f"line {i + 1}: edit of {max(ea - p, eb - p)} chars"
    return True, f"lines {[i + 1 for i in diff]}"


def main():
    labels = []
    errors = []
    for proj in PROJECTS:
        with open(os.path.join(CASES, f"{proj}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{proj}-clean.txt", "source": proj, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl, rows) in EDITS:
            if p != proj:
                continue
            name = f"{proj}-e{n}.txt"
            if clean.count(old) != 1:
                errors.append(f"{name}: old snippet occurs {clean.count(old)} times")
                continue
            case = clean.replace(old, new)
            ok, msg = edit_ok(clean, case, rows)
            if not ok:
                errors.append(f"{name}: {msg}")
            if value is None:
                # from the changed row fragment to the end of the total row's score
                start_frag = new.strip("| ").split("\n")[-1]
                i = case.index(new) + new.index(start_frag)
                anchor = TOTAL_ANCHOR[proj]
                j = case.index(anchor, i) + len(anchor) - 2
                value = case[i:j]
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
