#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Every error case is its clean draft with exactly one injected inconsistency, made by the
replacement(s) listed in EDITS below. Each replacement's `old` must occur exactly once in
the clean draft. `value` is the exact substring of the error case that carries the error;
it is either a literal string or ("between", start, end): the span of the error case that
starts at the (unique) string `start` and ends with the first `end` after it.

Pure Python 3, no third-party packages.  Usage:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "wuyuan-pinewilt-2019",
    "nehe-ambulance-2025",
    "zhijiang-metrology-2020",
    "tianzhu-justice-2025",
    "midu-vocaid-2018",
    "gaizhou-placename-2018",
]

# kind "line": one contiguous edit of at most 16 characters inside one line.
# kind "rows2": a score-row edit touching two adjacent table rows (each change <= 16 chars).
EDITS = [
    # ---------------- wuyuan-pinewilt-2019 (Jiangxi, forestry, flattened MOF table at the end)
    dict(source="wuyuan-pinewilt-2019", n=1, code="completion_mismatch", kind="line",
         edits=[("\t101.50%\n", "\t98.52%\n")],
         value="98.52%",
         explanation="打孔注药保护松树: target ≥8000株, actual 8120株 → completion 8120/8000 = 101.50%; "
                     "98.52% is the inverted base 8000/8120"),
    dict(source="wuyuan-pinewilt-2019", n=2, code="sum_mismatch", kind="line",
         edits=[("检疫执法及宣传培训费14.76万元", "检疫执法及宣传培训费17.46万元")],
         value="226.47万元，其中疫木除治费158.40万元、疫情监测普查费31.26万元、打孔注药防治费22.05万元、检疫执法及宣传培训费17.46万元",
         explanation="158.40 + 31.26 + 22.05 + 17.46 = 229.17, stated total 226.47 (the last part is 14.76, digits transposed)"),
    dict(source="wuyuan-pinewilt-2019", n=3, code="year_mismatch", kind="line",
         edits=[("截至2019年12月31日", "截至2018年12月31日")],
         value="截至2018年12月31日",
         explanation="2019 report: the year-end spending cut-off must be 2019年12月31日; last year's date left in"),
    dict(source="wuyuan-pinewilt-2019", n=4, code="unit_mismatch", kind="line",
         edits=[("县级配套资金600000元", "县级配套资金600000万元")],
         value="600000万元",
         explanation="县级配套资金 is 60.00万元 (年初预算 105.00 = 60.00 + 45.00); the 元 figure 600000 labelled 万元, off by 10^4"),
    dict(source="wuyuan-pinewilt-2019", n=5, code="score_sum_mismatch", kind="line",
         edits=[("\t105.78%\n\t10\n\t10\n", "\t105.78%\n\t10\n\t9.52\n")],
         value=("between", "9.52\n", "98.31"),
         explanation="satisfaction row re-scored 9.52 (10 × 95.2%) without updating the total: "
                     "9.31 + 50 + 29 + 9.52 = 97.83, stated total 98.31"),
    # ---------------- nehe-ambulance-2025 (Heilongjiang, health, MOF table first, tab rows)
    dict(source="nehe-ambulance-2025", n=1, code="rate_mismatch", kind="line",
         edits=[("支出105.72万元，执行率94.39%", "支出105.72万元，执行率97.02%")],
         value="支出105.72万元，执行率97.02%",
         explanation="车辆运行维护费 105.72 / 112.00 = 94.39%; the project-wide rate 97.02% was pasted into the sub-item"),
    dict(source="nehe-ambulance-2025", n=2, code="score_exceeds_weight", kind="rows2",
         edits=[("93.8%\t6\t5.92\t", "93.8%\t6\t4\t"), ("12.8分钟\t4\t4\t", "12.8分钟\t4\t5.92\t")],
         value="城区平均到达现场时间\t≤15分钟\t12.8分钟\t4\t5.92",
         explanation="score 5.92 above weight 4: scores of the two adjacent rows 病历书写合格率/城区到达时间 swapped "
                     "(total still 99.20)"),
    dict(source="nehe-ambulance-2025", n=3, code="average_mismatch", kind="line",
         edits=[("平均每站1050次", "平均每站875次")],
         value="平均每站875次",
         explanation="(1188 + 1046 + 1112 + 936 + 968) / 5 = 1050; 875 divides the 5250 by six stations"),
    dict(source="nehe-ambulance-2025", n=4, code="conflicting_values", kind="line",
         edits=[("救治转运患者8715人次，主要", "救治转运患者8175人次，主要")],
         value="8175人次",
         explanation="patients transported are 8715人次 in the table and the 产出 section (9486 − 771 = 8715); "
                     "the conclusion retypes 8175"),
    # ---------------- zhijiang-metrology-2020 (Hubei, market regulation, 20 + 80 goal blocks)
    dict(source="zhijiang-metrology-2020", n=1, code="weight_sum_mismatch", kind="line",
         edits=[("计量投诉举报处理率\t=100%\t100%\t100%\t6\t6\t", "计量投诉举报处理率\t=100%\t100%\t100%\t8\t6\t")],
         value=("between", "计量投诉举报处理率\t=100%\t100%\t100%\t8", "合计\t\t\t\t\t\t\t100"),
         explanation="weights now add to 102 (20 + 40 + 32 + 10): 计量投诉举报处理率 6 → 8, total row still 100"),
    dict(source="zhijiang-metrology-2020", n=2, code="grade_mismatch", kind="line",
         edits=[("评价等级为“良”", "评价等级为“优”")],
         value="评价等级为“优”",
         explanation="89.45 lies in the 良 band (80 ≤ s < 90); rounded up to 优"),
    dict(source="zhijiang-metrology-2020", n=3, code="implausible_rate", kind="line",
         edits=[("实际支出11.28万元，执行率94.00%", "实际支出12.81万元，执行率106.75%")],
         value="12.81万元，执行率106.75%",
         explanation="追加专项 budget 12.00, spending 12.81 above it: execution rate 106.75% over 100%"),
    dict(source="zhijiang-metrology-2020", n=4, code="balance_mismatch", kind="line",
         edits=[("年末结余12.53万元", "年末结余12.35万元")],
         value="12.35万元",
         explanation="98.00 − 85.47 = 12.53"),
    dict(source="zhijiang-metrology-2020", n=5, code="completion_mismatch", kind="line",
         edits=[("0.6%\t83.33%", "0.6%\t120.00%")],
         value="≤0.5%\t0.6%\t120.00%",
         explanation="检定差错率 is a ≤ indicator missed: completion 0.5/0.6 = 83.33%; 120.00% is actual/target as if ≥"),
    # ---------------- tianzhu-justice-2025 (Guizhou, justice bureau, department-wide report)
    dict(source="tianzhu-justice-2025", n=1, code="average_mismatch", kind="line",
         edits=[("平均得分94.36分", "平均得分93.95分")],
         value="平均得分93.95分",
         explanation="(96.50 + 92.10 + 95.80 + 91.40 + 96.00) / 5 = 94.36; 93.95 is the mean of the first four only"),
    dict(source="tianzhu-justice-2025", n=2, code="sum_mismatch", kind="line",
         edits=[("公用经费126.19万元", "公用经费162.19万元")],
         value="968.35万元，其中人员经费842.16万元、公用经费162.19万元",
         explanation="842.16 + 162.19 = 1004.35, stated 基本支出 968.35 (公用经费 is 126.19)"),
    dict(source="tianzhu-justice-2025", n=3, code="rate_mismatch", kind="line",
         edits=[("77.86\t86.51%", "77.86\t88.51%")],
         value="88.51%",
         explanation="公共法律服务体系建设经费 77.86 / 90.00 = 86.51%"),
    dict(source="tianzhu-justice-2025", n=4, code="grade_mismatch", kind="line",
         edits=[("综合评价等级为“优秀”", "综合评价等级为“良好”")],
         value="综合评价等级为“良好”",
         explanation="96.87 is in the 优 band; 良好 is last year's grade (2024: 88.50) left in"),
    # ---------------- midu-vocaid-2018 (Yunnan, education, Hunan-style outline, table attached)
    dict(source="midu-vocaid-2018", n=1, code="unit_mismatch", kind="line",
         edits=[("≥1200人次\t1230人次", "≥1200人次\t102.50%")],
         value="≥1200人次\t102.50%",
         explanation="target in 人次, actual written as a percentage (the completion 1230/1200 typed into 实际完成值)"),
    dict(source="midu-vocaid-2018", n=2, code="conflicting_values", kind="line",
         edits=[("免学费政策惠及学生2434人次", "免学费政策惠及学生2343人次")],
         value="2343人次",
         explanation="免学费 beneficiaries are 2434人次 elsewhere (1198 + 1236, table row); 效益 section says 2343"),
    dict(source="midu-vocaid-2018", n=3, code="balance_mismatch", kind="line",
         edits=[("年末结余3.00万元", "年末结余6.00万元")],
         value="结余6.00万元",
         explanation="369.40 − 366.40 = 3.00 (30 students × 1000元)"),
    dict(source="midu-vocaid-2018", n=4, code="score_exceeds_weight", kind="rows2",
         edits=[("92%\t8\t7.75\t", "92%\t8\t4\t"), ("2018年12月21日\t4\t4\t", "2018年12月21日\t4\t7.75\t")],
         value="秋季学期助学金发放时间\t2018年12月31日前\t2018年12月21日\t4\t7.75",
         explanation="score 7.75 above weight 4: scores of the adjacent rows 档案规范率/发放时间 swapped (total 99.67 unchanged)"),
    # ---------------- gaizhou-placename-2018 (Liaoning, civil affairs, Shanxi-style flattened tables)
    dict(source="gaizhou-placename-2018", n=1, code="implausible_rate", kind="line",
         edits=[("(7)=(4)/(2)\n\t90.91\n\t89.61\n\t0\n", "(7)=(4)/(2)\n\t90.91\n\t89.61\n\t100\n")],
         value="(7)=(4)/(2)\n\t90.91\n\t89.61\n\t100",
         explanation="中央级 column has no budget (zero base) but its 预算执行率 cell reads 100"),
    dict(source="gaizhou-placename-2018", n=2, code="weight_sum_mismatch", kind="line",
         edits=[("标准地名图录印制数量\n\t6\n", "标准地名图录印制数量\n\t8\n")],
         value=("between", "标准地名图录印制数量\n\t8", "总分\n\t\n\t\n\t100"),
         explanation="weights now add to 102 (图录印制数量 6 → 8), total row still 100"),
    dict(source="gaizhou-placename-2018", n=3, code="year_mismatch", kind="line",
         edits=[("2018年度项目支出绩效自评表", "2017年度项目支出绩效自评表")],
         value="2017年度项目支出绩效自评表",
         explanation="2018 report whose attached 自评表 is headed 2017年度 (last year's template)"),
    dict(source="gaizhou-placename-2018", n=4, code="score_sum_mismatch", kind="line",
         edits=[("基本建立\n\t—\n\t8.5\n", "基本建立\n\t—\n\t9\n")],
         value=("between", "基本建立\n\t—\n\t9", "97.59"),
         explanation="可持续影响 raised 8.5 → 9 without the total: rows add to 98.09, total 97.59"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    kind, start, end = spec
    assert kind == "between"
    i = text.find(start)
    assert i >= 0 and text.find(start, i + 1) < 0, f"start anchor not unique: {start!r}"
    j = text.find(end, i + len(start))
    assert j >= 0, f"end anchor not found: {end!r}"
    return text[i:j + len(end)]


def main():
    labels = []
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for e in sorted((e for e in EDITS if e["source"] == src), key=lambda e: e["n"]):
            text = clean
            for old, new in e["edits"]:
                assert clean.count(old) == 1, f"{src} e{e['n']}: old not unique in clean: {old!r}"
                text = text.replace(old, new, 1)
            value = resolve_value(text, e["value"])
            assert text.count(value) == 1, f"{src} e{e['n']}: value occurs {text.count(value)} times"
            assert value not in clean, f"{src} e{e['n']}: value found in the clean draft"
            name = f"{src}-e{e['n']}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": value,
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with one injected error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
