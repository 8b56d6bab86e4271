#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the labelled substring of the resulting error case (must contain the changed figure).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zj-jiande-shzzfuhua-2022",
    "hn-linxiang-shegongzhan-2023",
    "sc-pengzhou-zhiyuanzhan-2021",
    "gx-qinnan-dengjipinggu-2019",
    "sd-rushan-cishanchaoshi-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- zj-jiande-shzzfuhua-2022: full-width bar table ---
    ("zj-jiande-shzzfuhua-2022", 1, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%",
     "其他资金 has a zero budget and zero spending (0.00/0.00), so no execution rate exists; 100.00% on a zero base is implausible (the cell should read —)"),
    ("zj-jiande-shzzfuhua-2022", 2, "weight_sum_mismatch", "table",
     "｜≥2000人｜1850人｜10｜9.25｜", "｜≥2000人｜1850人｜12｜9.25｜",
     "1850人｜12｜9.25",
     "weight of 带动新增注册志愿者 raised to 12: the 分值 column now adds up to 102 (效益 rows 32) while the 总分 row says 100"),
    ("zj-jiande-shzzfuhua-2022", 3, "unit_mismatch", "table",
     "｜≥24场｜26场｜", "｜≥24场｜26%｜",
     "≥24场｜26%",
     "target counts training sessions (场), the actual is written as a percentage, so completion cannot be computed"),
    ("zj-jiande-shzzfuhua-2022", 4, "average_mismatch", "prose",
     "平均每个项目1.20万元", "平均每个项目1.25万元",
     "平均每个项目1.25万元",
     "38.40万元 over 32 projects = 1.20万元, stated 1.25万元"),
    ("zj-jiande-shzzfuhua-2022", 5, "conflicting_values", "prose",
     "全年新入驻孵化社会组织18家（上年为14家）", "全年新入驻孵化社会组织16家（上年为14家）",
     "新入驻孵化社会组织16家",
     "the text says 16 newly admitted organisations, the 自评表 says 18家 (and its note '超出目标20%' = 18/15)"),
    ("zj-jiande-shzzfuhua-2022", 6, "grade_mismatch", "prose",
     "评价等级为优秀。项目总体", "评价等级为良好。项目总体",
     "评价等级为良好",
     "total 97.99 lies in the 优 band (90-100), not 良"),

    # --- hn-linxiang-shegongzhan-2023: tab-separated table ---
    ("hn-linxiang-shegongzhan-2023", 1, "score_exceeds_weight", "table",
     "驻站社工持证率\t≥60%\t66.67%\t5\t5\t", "驻站社工持证率\t≥60%\t66.67%\t5\t5.5\t",
     "66.67%\t5\t5.5",
     "score 5.5 above the row weight 5 (row sum becomes 99.21, still within half a point of the whole-number total 99)"),
    ("hn-linxiang-shegongzhan-2023", 2, "sum_mismatch", "table",
     "其中：当年财政拨款\t155.00\t155.00\t146.36\t", "其中：当年财政拨款\t155.00\t155.00\t148.36\t",
     "155.00\t148.36",
     "执行 column: 148.36 (当年财政拨款) + 12.00 (上年结转) + 0.00 = 160.36, but 年度资金总额 executed is 158.36 (component should be 146.36)"),
    ("hn-linxiang-shegongzhan-2023", 3, "score_sum_mismatch", "table",
     "≥26名\t24名\t10\t9.23\t", "≥26名\t24名\t10\t8.23\t",
     "24名\t10\t8.23",
     "row scores now add up to 97.71 (9.48 + 48.23 + 30 + 10) while the 总分 row and the text give 99"),
    ("hn-linxiang-shegongzhan-2023", 4, "year_mismatch", "table",
     "评价年度\t2023年度", "评价年度\t2022年度",
     "评价年度\t2022年度",
     "the 自评表 claims evaluation year 2022 while the report, its budget and the 附件 heading are 2023"),
    ("hn-linxiang-shegongzhan-2023", 5, "rate_mismatch", "prose",
     "支出17.56万元，执行率87.80%", "支出17.56万元，执行率78.80%",
     "17.56万元，执行率78.80%",
     "站点运营及督导培训经费 17.56 / 20 = 87.80%, stated 78.80%"),
    ("hn-linxiang-shegongzhan-2023", 6, "average_mismatch", "prose",
     "平均90.8分", "平均91.8分",
     "平均91.8分",
     "(96+94+93+92+91+91+90+89+87+85) / 10 = 90.8, stated 91.8"),

    # --- sc-pengzhou-zhiyuanzhan-2021: runs of spaces (PDF) ---
    ("sc-pengzhou-zhiyuanzhan-2021", 1, "rate_mismatch", "table",
     "91.26        —      91.26%", "91.26        —      92.16%",
     "91.26        —      92.16%",
     "财政资金 row: 91.26 / 100.00 = 91.26%, stated 92.16%"),
    ("sc-pengzhou-zhiyuanzhan-2021", 2, "weight_sum_mismatch", "table",
     "5000人      6320人        10      10", "5000人      6320人        15      10",
     "6320人        15",
     "weight of 新增注册志愿者 raised to 15: 产出 rows now add to 65 (text: 产出指标60分) and all weights to 105 (合计 100)"),
    ("sc-pengzhou-zhiyuanzhan-2021", 3, "unit_mismatch", "table",
     "1200场次    1386场次", "1200场次    1386人次",
     "1200场次    1386人次",
     "target counts activities (场次), the actual is in person-times (人次)"),
    ("sc-pengzhou-zhiyuanzhan-2021", 4, "score_sum_mismatch", "table",
     "95.83%        10      10", "95.83%        10      9",
     "95.83%        10      9",
     "效益 rows now add to 28.65 (text: 效益指标得分29.65分) and all rows to 96.33 (合计 and text: 97.33)"),
    ("sc-pengzhou-zhiyuanzhan-2021", 5, "balance_mismatch", "prose",
     "年末未使用资金8.74万元", "年末未使用资金8.47万元",
     "年末未使用资金8.47万元",
     "funds fully received: 106.00 - 97.26 = 8.74 unspent, stated 8.47"),
    ("sc-pengzhou-zhiyuanzhan-2021", 6, "year_mismatch", "prose",
     "结转至2022年，待验收后拨付", "结转至2021年，待验收后拨付",
     "结转至2021年",
     "money left over from the 2021 budget is carried over to 2021 itself; a carry-over must go to a later year (2022)"),

    # --- gx-qinnan-dengjipinggu-2019: prose only ---
    ("gx-qinnan-dengjipinggu-2019", 1, "balance_mismatch", "prose",
     "年末结余0.36万元", "年末结余0.63万元",
     "年末结余0.63万元",
     "received 12.00 - spent 11.64 = 0.36, stated 0.63"),
    ("gx-qinnan-dengjipinggu-2019", 2, "sum_mismatch", "prose",
     "牌匾制作费用1.08万元", "牌匾制作费用1.80万元",
     "牌匾制作费用1.80万元",
     "the two spending parts 10.56 + 1.80 = 12.36 do not add up to the 11.64 spent (component should be 1.08)"),
    ("gx-qinnan-dengjipinggu-2019", 3, "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良",
     "total 97.60 lies in the 优 band (90-100), not 良"),
    ("gx-qinnan-dengjipinggu-2019", 4, "implausible_rate", "prose",
     "满意度为96.5%", "满意度为106.5%",
     "满意度为106.5%",
     "a satisfaction rate cannot exceed 100%"),
    ("gx-qinnan-dengjipinggu-2019", 5, "completion_mismatch", "prose",
     "目标为40家以上，完成率120%", "目标为40家以上，完成率125%",
     "完成率125%",
     "48 participating organisations against a target of 40 = 120%, stated 125%"),
    ("gx-qinnan-dengjipinggu-2019", 6, "unit_mismatch", "prose",
     "每家2,200元", "每家2,200万元",
     "每家2,200万元",
     "48 organisations x 2,200元 = 10.56万元; written with 万元 the per-organisation fee is off by 10^4 (a 元 figure labelled 万元)"),

    # --- sd-rushan-cishanchaoshi-2024: Markdown pipe table ---
    ("sd-rushan-cishanchaoshi-2024", 1, "score_exceeds_weight", "table",
     "| 运营补助季度拨付及时率 | ≥95% | 100% | 105.26% | 5 | 5 |", "| 运营补助季度拨付及时率 | ≥95% | 100% | 105.26% | 5 | 5.4 |",
     "105.26% | 5 | 5.4",
     "score 5.4 above the row weight 5 (row sum becomes 96.37, still within half a point of the whole-number total 96)"),
    ("sd-rushan-cishanchaoshi-2024", 2, "completion_mismatch", "table",
     "| ≥1500人次 | 1720人次 | 114.67% |", "| ≥1500人次 | 1720人次 | 116.47% |",
     "1720人次 | 116.47%",
     "1720 / 1500 = 114.67%, stated 116.47%"),
    ("sd-rushan-cishanchaoshi-2024", 3, "weight_sum_mismatch", "table",
     "| ≥16场 | 18场 | 112.50% | 10 | 10 |", "| ≥16场 | 18场 | 112.50% | 12 | 10 |",
     "112.50% | 12 | 10",
     "weight of 开展募捐活动场次 raised to 12: 效益 rows now add to 32 (text: 效益指标30分) and all weights to 102 (合计 100)"),
    ("sd-rushan-cishanchaoshi-2024", 4, "rate_mismatch", "table",
     "| 90.00% | 86.00% |", "| 90.00% | 88.60% |",
     "90.00% | 88.60%",
     "其他资金 executed 12.90 of a 15.00 budget = 86.00%, stated 88.60%"),
    ("sd-rushan-cishanchaoshi-2024", 5, "conflicting_values", "prose",
     "受助群众满意度97.1%（2023年为96.4%）", "受助群众满意度97.6%（2023年为96.4%）",
     "受助群众满意度97.6%",
     "the text gives 97.6%, the indicator table 97.1% (its completion 102.21% = 97.1/95 confirms the table)"),
    ("sd-rushan-cishanchaoshi-2024", 6, "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日",
     "the funds of the 2024 project are reported as of 31 Dec 2023; the cut-off must be in the evaluation year 2024"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


# where (prose/table) is kept for the README and verify.py
WHERE = {(e[0], e[1]): e[3] for e in EDITS}

if __name__ == "__main__":
    main()
