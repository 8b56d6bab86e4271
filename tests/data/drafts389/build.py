#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts and the edit list below.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft; `value` is the
label (an exact substring of the error case that contains the changed figure)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "yn-mojiang-yingyanggaishan-2020",
    "sc-xuyong-xiaocheyunying-2023",
    "sx-jingle-yingyangcan-2018",
    "hb-yunxi-xiaochebuzhu-2021",
    "gx-longsheng-jiaoyuju-bumen-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- yn-mojiang-yingyanggaishan-2020 (MOF table, 10/50/30/10) ----
    ("yn-mojiang-yingyanggaishan-2020", 1, "rate_mismatch", "prose",
     "当年拨款执行率88.09%", "当年拨款执行率88.90%", "当年拨款执行率88.90%",
     "当年财政拨款 1,761.80 / 2,000.00 = 88.09%, stated 88.90% (the overall 88.36% in the table is a different rate)"),
    ("yn-mojiang-yingyanggaishan-2020", 2, "balance_mismatch", "prose",
     "剩余的238.20万元", "剩余的283.20万元", "283.20万元",
     "available 2,046.80 - spent 1,808.60 = 238.20万元 carried to 2021, stated 283.20"),
    ("yn-mojiang-yingyanggaishan-2020", 3, "sum_mismatch", "table",
     "年度资金总额｜2,006.80｜", "年度资金总额｜2,060.80｜", "年度资金总额｜2,060.80",
     "年初预算数: 1,960.00 + 46.80 + 0.00 = 2,006.80, total row says 2,060.80"),
    ("yn-mojiang-yingyanggaishan-2020", 4, "score_sum_mismatch", "table",
     "基本健全｜10｜9｜", "基本健全｜10｜8｜", "基本健全｜10｜8",
     "row scores now add to 8.84 + 49.77 + 28 + 10 = 96.61 against 总分 97.61 (and 效益 28 against the 29 in the text)"),
    ("yn-mojiang-yingyanggaishan-2020", 5, "unit_mismatch", "table",
     "｜=142所｜142所｜", "｜=142所｜100%｜", "=142所｜100%",
     "target is a count of schools (所), actual a percentage"),
    ("yn-mojiang-yingyanggaishan-2020", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "97.61 is in the 优 band (>= 90)"),
    # ---- sc-xuyong-xiaocheyunying-2023 (Sichuan table, tab separated) ----
    ("sc-xuyong-xiaocheyunying-2023", 1, "average_mismatch", "prose",
     "平均每条线路乘车学生63.6人", "平均每条线路乘车学生66.3人", "平均每条线路乘车学生66.3人",
     "autumn riders 2,418 / 38 routes = 63.6, stated 66.3"),
    ("sc-xuyong-xiaocheyunying-2023", 2, "implausible_rate", "table",
     "财政专户管理资金\t0.00\t0.00\t0.00\t—\t—\t—", "财政专户管理资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "0.00\t—\t100.00%",
     "execution rate 100.00% on a zero budget (0.00 / 0.00)"),
    ("sc-xuyong-xiaocheyunying-2023", 3, "year_mismatch", "table",
     "自评表（2023年度）", "自评表（2022年度）", "自评表（2022年度）",
     "the table claims 2022 for the 2023 report"),
    ("sc-xuyong-xiaocheyunying-2023", 4, "weight_sum_mismatch", "table",
     "2418\t8\t7.74", "2418\t9\t7.74", "2418\t9\t7.74",
     "weights now 10 + 61 + 30 = 101 against 总分 100"),
    ("sc-xuyong-xiaocheyunying-2023", 5, "conflicting_values", "prose",
     "投入运营校车45辆", "投入运营校车47辆", "校车47辆",
     "47 buses in the overview, 45 in the table and in the inspection sentence"),
    ("sc-xuyong-xiaocheyunying-2023", 6, "completion_mismatch", "prose",
     "完成年度目标的96.72%", "完成年度目标的97.62%", "完成年度目标的97.62%",
     "2,418 / 2,500 = 96.72%, stated 97.62%"),
    # ---- sx-jingle-yingyangcan-2018 (Shanxi layout, ' | ' separated) ----
    ("sx-jingle-yingyangcan-2018", 1, "rate_mismatch", "table",
     "(7)=(4)/(2) | 96.16 | 96.03 | 96.35", "(7)=(4)/(2) | 96.16 | 96.03 | 96.53", "96.03 | 96.53",
     "中央级 execution 722.64 / 750.00 = 96.35%, cell says 96.53"),
    ("sx-jingle-yingyangcan-2018", 2, "sum_mismatch", "table",
     "(1) | 786.40 | 760.00", "(1) | 786.40 | 706.00", "786.40 | 706.00",
     "年初 财政资金小计 should be 720.00 + 40.00 = 760.00; 706.00 also breaks 总 = 小计 + 26.40 = 786.40"),
    ("sx-jingle-yingyangcan-2018", 3, "completion_mismatch", "table",
     "9650人 | 101.58%", "9650人 | 101.85%", "9650人 | 101.85%",
     "9,650 / 9,500 = 101.58%, stated 101.85%"),
    ("sx-jingle-yingyangcan-2018", 4, "score_exceeds_weight", "table",
     "99.60% | 12.45", "99.60% | 12.54", "99.60% | 12.54",
     "score 12.54 above the weight 12.5 (the rounded total 99 still holds: rows add to 99.06)"),
    ("sx-jingle-yingyangcan-2018", 5, "average_mismatch", "prose",
     "两个学期平均受益学生9,556人", "两个学期平均受益学生9,565人", "平均受益学生9,565人",
     "(9,650 + 9,462) / 2 = 9,556, stated 9,565"),
    ("sx-jingle-yingyangcan-2018", 6, "conflicting_values", "prose",
     "家长满意度为93.5%", "家长满意度为95.3%", "家长满意度为95.3%",
     "the text says 95.3%, the table 93.5% for the same survey"),
    # ---- hb-yunxi-xiaochebuzhu-2021 (Hubei style, 20 + 2 x 40) ----
    ("hb-yunxi-xiaochebuzhu-2021", 1, "unit_mismatch", "prose",
     "计801,500元", "计801,500万元", "801,500万元",
     "2.5 x 3,206 x 100 = 801,500 元 (80.15万元) written as 万元; with it the semesters no longer add to 155.51万元, rescaling by 10^4 reconciles"),
    ("hb-yunxi-xiaochebuzhu-2021", 2, "implausible_rate", "prose",
     "按时到校率为99.2%", "按时到校率为109.2%", "按时到校率为109.2%",
     "an on-time arrival rate cannot exceed 100%"),
    ("hb-yunxi-xiaochebuzhu-2021", 3, "score_sum_mismatch", "prose",
     "年度目标二得分39.72分", "年度目标二得分39.27分", "年度目标二得分39.27分",
     "goal-2 rows add to 9.72 + 10 + 10 + 10 = 39.72; 19.62 + 39.38 + 39.27 = 98.27, not the stated 98.72"),
    ("hb-yunxi-xiaochebuzhu-2021", 4, "rate_mismatch", "table",
     "229.91｜98.08%", "229.91｜98.80%", "229.91｜98.80%",
     "229.91 / 234.40 = 98.08%, stated 98.80%"),
    ("hb-yunxi-xiaochebuzhu-2021", 5, "year_mismatch", "prose",
     "结转至2022年", "结转至2021年", "结转至2021年",
     "money left over from the 2021 budget cannot be carried over to 2021 itself"),
    ("hb-yunxi-xiaochebuzhu-2021", 6, "weight_sum_mismatch", "table",
     "48分钟｜10｜9.38", "48分钟｜12｜9.38", "48分钟｜12｜9.38",
     "goal-1 weights now 42 against the 40 of its heading; all weights 20 + 82 = 102 against 合计 100"),
    # ---- gx-longsheng-jiaoyuju-bumen-2024 (department-wide report) ----
    ("gx-longsheng-jiaoyuju-bumen-2024", 1, "average_mismatch", "prose",
     "平均得分93.43分", "平均得分94.33分", "平均得分94.33分",
     "(96.5 + 88.6 + 95.2) / 3 = 93.43, stated 94.33"),
    ("gx-longsheng-jiaoyuju-bumen-2024", 2, "conflicting_values", "table",
     "｜=21条｜21条｜", "｜=21条｜24条｜", "=21条｜24条",
     "table gives 24 routes, the text 全县开通校车线路21条"),
    ("gx-longsheng-jiaoyuju-bumen-2024", 3, "sum_mismatch", "prose",
     "公用经费2,374.68万元", "公用经费2,347.68万元", "公用经费2,347.68万元",
     "36,840.62 + 2,347.68 = 39,188.30, not the stated 基本支出 39,215.30"),
    ("gx-longsheng-jiaoyuju-bumen-2024", 4, "grade_mismatch", "table",
     "｜88.6｜良", "｜88.6｜优", "88.6｜优",
     "88.6 is in the 良 band (80 <= s < 90)"),
    ("gx-longsheng-jiaoyuju-bumen-2024", 5, "balance_mismatch", "prose",
     "年末结转结余934.32万元", "年末结转结余943.32万元", "943.32万元",
     "48,836.48 - 47,902.16 = 934.32, stated 943.32"),
    ("gx-longsheng-jiaoyuju-bumen-2024", 6, "score_exceeds_weight", "table",
     "91.4%｜7.5｜7.45", "91.4%｜7.5｜7.54", "7.5｜7.54",
     "score 7.54 above the weight 7.5 (the rounded total 99 still holds: rows add to 99.05)"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
