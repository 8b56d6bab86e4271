#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft;
each error case carries exactly one edit.  `value` is an exact substring of the error case that
contains the changed figure or word.  Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, [(code, where, old, new, value, explanation), ... six per source])
EDITS = [
    ("zj-cangnan-binancs-2021", [
        ("completion_mismatch", "table",
         "| 7.08万平方米 | 101.14% |", "| 7.08万平方米 | 110.14% |", "110.14%",
         "新增有效避难面积: 7.08 / 7 = 101.14%, stated 110.14%"),
        ("weight_sum_mismatch", "table",
         "| 场所提升完工时间 | 4 |", "| 场所提升完工时间 | 5 |", "场所提升完工时间 | 5 |",
         "weight of the 时效 row raised from 4 to 5: the 分值 column now sums to 101 (产出 51) against the stated 100"),
        ("balance_mismatch", "prose",
         "年末结余17.28万元", "年末结余17.82万元", "结余17.82万元",
         "到位 480.00 − 支出 462.72 = 17.28万元, stated 17.82"),
        ("average_mismatch", "prose",
         "平均每场1160人次", "平均每场1190人次", "平均每场1190人次",
         "31320人次 / 27场 = 1160, stated 1190"),
        ("unit_mismatch", "prose",
         "即124.50万元", "即1245000万元", "1245000万元",
         "预付款 = 30% × 415.00 = 124.50万元 (and 124.50 + 273.90 = 398.40); the 元 figure 1245000 is labelled 万元, off by 10^4"),
        ("conflicting_values", "prose",
         "可同时容纳38600名群众", "可同时容纳36800名群众", "36800名群众",
         "capacity of the 12 shelters is 38600人 in 项目产出 (12000 + 13800 + 12800) and 3.86万人 in the table; 效益 paragraph says 36800"),
    ]),
    ("fj-lianjiang-bizaidian-2020", [
        ("rate_mismatch", "table",
         "｜313.48｜10｜92.20%｜", "｜313.48｜10｜92.02%｜", "92.02%",
         "年度资金总额 执行率 = 313.48 / 340.00 = 92.20%, stated 92.02%"),
        ("balance_mismatch", "prose",
         "年末未执行26.52万元", "年末未执行25.62万元", "未执行25.62万元",
         "全年预算 340.00 − 全年支出 313.48 = 26.52万元, stated 25.62"),
        ("score_exceeds_weight", "table",
         "｜6｜5.64｜", "｜6｜6.04｜", "6｜6.04",
         "储备避灾物资: score 6.04 above its weight 6 (row scores now sum to 99.26, still 99 at whole points, so the total is not contradicted)"),
        ("grade_mismatch", "prose",
         "评价等级为优", "评价等级为良", "评价等级为良",
         "自评得分99分 is in the 优 band (90–100)"),
        ("year_mismatch", "prose",
         "结转至2021年", "结转至2020年", "结转至2020年",
         "unspent money of the 2020 budget is carried over to 2020 itself; it must go to 2021"),
        ("implausible_rate", "table",
         "｜96.8%｜", "｜106.8%｜", "106.8%",
         "安置群众满意度 106.8%: a satisfaction rate cannot exceed 100%"),
    ]),
    ("he-huailai-dizhenbinan-2019", [
        ("sum_mismatch", "table",
         "(1)\t230.00\t230.00\t\t80.00", "(1)\t230.00\t230.00\t\t85.00", "230.00\t230.00\t\t85.00\t\t150.00",
         "年初预算资金 row: 省级 85.00 + 县区级 150.00 = 235.00 ≠ 财政资金小计 230.00"),
        ("rate_mismatch", "table",
         "\t92.00\t79.07\t", "\t92.00\t79.70\t", "79.70",
         "县区级 预算执行率 (7)=(4)/(2) = 118.60 / 150.00 = 79.07, stated 79.70"),
        ("completion_mismatch", "table",
         "104.86%", "108.46%", "108.46%",
         "新增可容纳避难人数: 3.67 / 3.5 = 104.86%, stated 108.46%"),
        ("unit_mismatch", "table",
         "≥9处\t9处\t100%", "≥9处\t100%\t100%", "≥9处\t100%",
         "新建应急避难场所: target in 处, 业绩值 given as a percentage"),
        ("year_mismatch", "prose",
         "截至2019年12月31日", "截至2018年12月31日", "截至2018年12月31日",
         "spending of the 2019 project reported as at 31 Dec 2018; the evaluation year is 2019"),
        ("score_sum_mismatch", "prose",
         "总得分96.83分", "总得分96.38分", "总得分96.38分",
         "8.72 + 49.11 + 29 + 10 = 96.83, stated 96.38"),
    ]),
    ("sc-changning-binanyanlian-2023", [
        ("score_exceeds_weight", "table",
         "| 7.67 |", "| 8.07 |", "8.07",
         "更新应急物资: score 8.07 above its weight 8 (row scores now sum to 99.19, still 99 at whole points)"),
        ("weight_sum_mismatch", "table",
         "| 单位面积提升成本 | 10 |", "| 单位面积提升成本 | 12 |", "单位面积提升成本 | 12 |",
         "weight of the 成本 row raised from 10 to 12: 分值 column sums to 102 (产出 62) against the stated 100"),
        ("unit_mismatch", "table",
         "| 处 | 13 |", "| 处 | 100% |", "处 | 100%",
         "提升改造应急避难场所: 度量单位 处 but 实际完成值 given as a percentage"),
        ("sum_mismatch", "prose",
         "省级应急管理专项资金60.00万元", "省级应急管理专项资金66.00万元",
         "项目资金共270.00万元，其中中央自然灾害防治体系建设补助资金120.00万元、省级应急管理专项资金66.00万元、县级财政资金90.00万元",
         "120.00 + 66.00 + 90.00 = 276.00 ≠ 项目资金共270.00万元"),
        ("average_mismatch", "prose",
         "平均19分钟", "平均21分钟", "平均21分钟",
         "(18 + 22 + 17) / 3 = 19分钟, stated 21"),
        ("implausible_rate", "prose",
         "撤离率达到98.2%", "撤离率达到108.2%", "108.2%",
         "群众按时撤离率 108.2%: a share of people cannot exceed 100%"),
    ]),
    ("yn-tonghai-yingjiju-bumen-2024", [
        ("average_mismatch", "prose",
         "平均自评得分93.40分", "平均自评得分94.30分", "平均自评得分94.30分",
         "(95.50 + 98.00 + 88.50 + 91.60) / 4 = 93.40, stated 94.30"),
        ("grade_mismatch", "table",
         "｜88.50｜良", "｜88.50｜优", "88.50｜优",
         "应急物资储备项目 score 88.50 is in the 良 band (80–90), graded 优"),
        ("conflicting_values", "prose",
         "疏散演练参演群众3.15万人次", "疏散演练参演群众3.51万人次", "3.51万人次",
         "the same 46 drills had 3.15万人次 participants in section 三（二）; section 四 says 3.51万人次"),
        ("rate_mismatch", "prose",
         "项目支出执行率92.96%", "项目支出执行率92.69%", "项目支出执行率92.69%",
         "598.20 / 643.50 = 92.96%, stated 92.69%"),
        ("score_sum_mismatch", "table",
         "｜100｜99.34", "｜100｜99.43", "99.43",
         "9.65 + 50 + 29.69 + 10 = 99.34, 合计 row says 99.43"),
        ("year_mismatch", "prose",
         "结转2025年使用", "结转2024年使用", "结转2024年使用",
         "money left over from the 2024 budget is carried to 2024 itself; it must go to 2025"),
    ]),
]


def main():
    labels = []
    for src, edits in EDITS:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        assert len(edits) == 6, src
        for i, (code, where, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src} e{i}: old string {old!r} occurs {n} times")
            err = clean.replace(old, new)
            if value not in err:
                raise SystemExit(f"{src} e{i}: value {value!r} not in the error case")
            if err.count(value) != 1:
                raise SystemExit(f"{src} e{i}: value {value!r} occurs {err.count(value)} times")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": src, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
