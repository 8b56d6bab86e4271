#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new).
`old` must occur exactly once in the clean draft; `value` (the label) must occur in
the error case and contain the changed figure `fig`; `fig` must occur exactly once
in the error case (the changed figure appears only once, so the edit makes no
second, unlabelled error).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gs-minqin-xiaoche-2021",
    "jx-anyi-xiaoyuananfang-2018",
    "ha-dancheng-xiaoyuanshipin-2023",
    "gx-luchuan-fangnishui-2020",
    "hb-qichun-yizhong-2024",
]

# (project, n, code, where, old, new, value, fig, explanation)
EDITS = [
    # ---- gs-minqin-xiaoche-2021 (one cell per line) ----
    ("gs-minqin-xiaoche-2021", 1, "rate_mismatch", "table",
     "\t159.42\n\t—\n\t96.62%", "\t159.42\n\t—\n\t96.26%",
     "96.26%", "96.26%",
     "当年财政拨款 row: 159.42 / 165.00 = 96.62%, stated 96.26%"),
    ("gs-minqin-xiaoche-2021", 2, "sum_mismatch", "table",
     "其中：当年财政拨款\n\t150.00", "其中：当年财政拨款\n\t105.00",
     "当年财政拨款\n\t105.00", "105.00",
     "年初预算数 column: 105.00 + 0.00 + 0.00 = 105.00, but 年度资金总额 is 150.00"),
    ("gs-minqin-xiaoche-2021", 3, "completion_mismatch", "table",
     "104.17%", "101.47%",
     "101.47%", "101.47%",
     "受益学生人数: 3125 / 3000 = 104.17%, stated 101.47%"),
    ("gs-minqin-xiaoche-2021", 4, "balance_mismatch", "prose",
     "年末结余5.58万元", "年末结余5.85万元",
     "结余5.85万元", "5.85",
     "182.40 - 176.82 = 5.58 (also 165.00 - 159.42), stated 5.85"),
    ("gs-minqin-xiaoche-2021", 5, "average_mismatch", "prose",
     "三方平均满意度96.33%", "三方平均满意度96.53%",
     "平均满意度96.53%", "96.53%",
     "(96.2 + 94.8 + 98.0) / 3 = 96.33%, stated 96.53%"),
    ("gs-minqin-xiaoche-2021", 6, "year_mismatch", "prose",
     "结转至2022年", "结转至2021年",
     "结转至2021年", "结转至2021年",
     "the unspent part of the 2021 budget is carried over to 2021 itself; must be a later year (2022)"),

    # ---- jx-anyi-xiaoyuananfang-2018 (tab-separated) ----
    ("jx-anyi-xiaoyuananfang-2018", 1, "score_exceeds_weight", "table",
     "98%\t10\t9.8\n", "98%\t10\t10.2\n",
     "98%\t10\t10.2", "10.2",
     "设施运维管护制度建立率: score 10.2 above weight 10 (the sum 98.4 still rounds to the stated whole total 98)"),
    ("jx-anyi-xiaoyuananfang-2018", 2, "weight_sum_mismatch", "table",
     "设施验收合格率\t100%\t100%\t8\t8", "设施验收合格率\t100%\t100%\t9\t8",
     "设施验收合格率\t100%\t100%\t9", "100%\t100%\t9",
     "weights now total 101 (产出 51): 设施验收合格率 weight 9 instead of 8"),
    ("jx-anyi-xiaoyuananfang-2018", 3, "implausible_rate", "table",
     "(6)=(3)/(1)\t92.80\t—", "(6)=(3)/(1)\t92.80\t100.00",
     "(6)=(3)/(1)\t92.80\t100.00", "92.80\t100.00",
     "执行率 of the 中央 column is 100.00 on a zero base (中央 budget 0.00, spent 0.00)"),
    ("jx-anyi-xiaoyuananfang-2018", 4, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好", "良好",
     "score 98 is in the 优 band (90-100), stated 良好"),
    ("jx-anyi-xiaoyuananfang-2018", 5, "conflicting_values", "prose",
     "提升补助资金120.00万元", "提升补助资金102.00万元",
     "补助资金102.00万元", "102.00",
     "the provincial subsidy is 102.00万元 in the overview but 120.00万元 in table 1 (省级 column; 260.00 + 120.00 = 380.00)"),
    ("jx-anyi-xiaoyuananfang-2018", 6, "unit_mismatch", "prose",
     "单价3800元", "单价3800万元",
     "单价3800万元", "3800万元",
     "42 sets x 3800 = 15.96万元 only if the unit price is 3800元; written as 万元 it is off by 10^4"),

    # ---- ha-dancheng-xiaoyuanshipin-2023 (HTML residue) ----
    ("ha-dancheng-xiaoyuanshipin-2023", 1, "score_sum_mismatch", "table",
     "1560批次</td><td>104%</td><td>10</td><td>10</td>",
     "1560批次</td><td>104%</td><td>10</td><td>9</td>",
     "1560批次</td><td>104%</td><td>10</td><td>9</td>", "<td>9</td>",
     "row scores now sum to 97.77 (9.25 + 48.82 + 29.7 + 10), stated total 98.77"),
    ("ha-dancheng-xiaoyuanshipin-2023", 2, "completion_mismatch", "table",
     "102.50%", "102.05%",
     "102.05%", "102.05%",
     "食品抽检合格率: 98.4 / 96 = 102.50%, stated 102.05%"),
    ("ha-dancheng-xiaoyuanshipin-2023", 3, "unit_mismatch", "table",
     "<td>≥4次/校</td><td>4次/校</td>", "<td>≥4次/校</td><td>100%</td>",
     "≥4次/校</td><td>100%", "≥4次/校</td><td>100%",
     "target in 次/校, actual in %: completion cannot be computed"),
    ("ha-dancheng-xiaoyuanshipin-2023", 4, "rate_mismatch", "prose",
     "到位率64.86%", "到位率68.46%",
     "到位率68.46%", "68.46%",
     "120.00 / 185.00 = 64.86% at the end of June, stated 68.46%"),
    ("ha-dancheng-xiaoyuanshipin-2023", 5, "average_mismatch", "prose",
     "平均每期440人次", "平均每期444人次",
     "平均每期444人次", "444",
     "(452 + 436 + 432) / 3 = 440, stated 444"),
    ("ha-dancheng-xiaoyuanshipin-2023", 6, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日", "2022年12月31日",
     "the 2023 spending figure is dated 截至2022年12月31日, before the evaluation year ends"),

    # ---- gx-luchuan-fangnishui-2020 (PDF, space-aligned) ----
    ("gx-luchuan-fangnishui-2020", 1, "score_exceeds_weight", "table",
     "93.1%    15    14.7", "93.1%    15    15.1",
     "93.1%    15    15.1", "15.1",
     "学生防溺水知识知晓率: score 15.1 above weight 15 (the sum 99.4 still rounds to the stated whole total 99)"),
    ("gx-luchuan-fangnishui-2020", 2, "balance_mismatch", "table",
     "(6)=(4)-(5)       5.95", "(6)=(4)-(5)       5.59",
     "(6)=(4)-(5)       5.59", "5.59",
     "结余 (6)=(4)-(5) = 85.00 - 79.05 = 5.95, stated 5.59"),
    ("gx-luchuan-fangnishui-2020", 3, "grade_mismatch", "table",
     "自评等级：优", "自评等级：良",
     "自评等级：良", "自评等级：良",
     "total 99 is in the 优 band, the table states 良"),
    ("gx-luchuan-fangnishui-2020", 4, "conflicting_values", "table",
     "≥800块    890块", "≥800块    809块",
     "809块", "809块",
     "warning signs: 890块 in the text (890 x 240元 = 21.36万元), 809块 in the self-evaluation table"),
    ("gx-luchuan-fangnishui-2020", 5, "sum_mismatch", "prose",
     "救生器材13.69万元", "救生器材13.96万元",
     "救生器材13.96万元", "13.96",
     "18.40 + 21.36 + 13.96 + 25.60 = 79.32, stated total 79.05"),
    ("gx-luchuan-fangnishui-2020", 6, "implausible_rate", "prose",
     "家长满意度97.3%", "家长满意度107.3%",
     "家长满意度107.3%", "107.3%",
     "a satisfaction rate cannot exceed 100%"),

    # ---- hb-qichun-yizhong-2024 (department overall, pipe tables) ----
    ("hb-qichun-yizhong-2024", 1, "weight_sum_mismatch", "table",
     "98.5% | 6 | 6", "98.5% | 8 | 6",
     "98.5% | 8 | 6", "98.5% | 8",
     "weights now total 102 (产出 42): 校园监控设施完好率 weight 8 instead of 6"),
    ("hb-qichun-yizhong-2024", 2, "rate_mismatch", "table",
     "27.84 | 97.34%", "27.84 | 93.74%",
     "93.74%", "93.74%",
     "校园安防设施运维: 27.84 / 28.60 = 97.34%, stated 93.74%"),
    ("hb-qichun-yizhong-2024", 3, "score_sum_mismatch", "prose",
     "产出指标得分37.72分", "产出指标得分37.27分",
     "产出指标得分37.27分", "37.27",
     "产出 rows sum to 8 + 6 + 8 + 6 + 3.72 + 6 = 37.72; 19.49 + 37.27 + 29.6 + 10 = 96.36, stated 96.81"),
    ("hb-qichun-yizhong-2024", 4, "unit_mismatch", "prose",
     "全年86.40万元", "全年864000万元",
     "864000万元", "864000万元",
     "24 x 3000元 x 12 = 864000元 = 86.40万元; the 元 figure is written with the unit 万元 (86.40 + 9.60 = 96.00 only after rescaling by 10^4)"),
    ("hb-qichun-yizhong-2024", 5, "completion_mismatch", "prose",
     "3200人的102.69%", "3200人的102.96%",
     "3200人的102.96%", "102.96%",
     "在校学生人数 3286 / 3200 = 102.69%, stated 102.96%"),
    ("hb-qichun-yizhong-2024", 6, "sum_mismatch", "prose",
     "一键报警及门禁维护8.44万元", "一键报警及门禁维护8.04万元",
     "全年支出27.84万元，其中监控系统维保12.60万元、一键报警及门禁维护8.04万元", "8.04",
     "12.60 + 8.04 + 6.80 = 27.44, stated 27.84 (also the 校园安防设施运维 row of the funds table)"),
]


def main():
    labels = []
    errors = []
    by_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        by_project[e[0]].append(e)
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, fig, expl) in sorted(by_project[pid], key=lambda x: x[1]):
            cnt = clean.count(old)
            if cnt != 1:
                errors.append(f"{pid}-e{n}: old string occurs {cnt} times in the clean draft: {old!r}")
                continue
            text = clean.replace(old, new)
            if value not in text:
                errors.append(f"{pid}-e{n}: value not in error case: {value!r}")
            if fig not in value:
                errors.append(f"{pid}-e{n}: changed figure {fig!r} not inside value {value!r}")
            if text.count(fig) != 1:
                errors.append(f"{pid}-e{n}: changed figure {fig!r} occurs {text.count(fig)} times in the error case")
            if text.count(value) != 1:
                errors.append(f"{pid}-e{n}: value occurs {text.count(value)} times in the error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    if errors:
        for e in errors:
            print("BUILD ERROR:", e)
        sys.exit(1)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if l['clean'])} clean)")


if __name__ == "__main__":
    main()
