#!/usr/bin/env python3
"""Write the drafts569 error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit replaces one unique piece of the clean draft (`old`, which may carry context) with `new`;
the actual change between clean and error text is one contiguous span of at most 40 characters.
`value` is the labelled substring; when None (table edits) it is the whole table line(s) holding the change.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hb-chengde-changhujingban-2018",
    "zj-ningbo-shinengpinggu-2020",
    "ah-anqing-changhujingban-2021",
    "sn-hanzhong-yibaoju-bumen-2023",
    "fj-fuzhou-changhu-2025",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 承德 2018
    ("hb-chengde-changhujingban-2018", 1, "rate_mismatch", "table",
     "| 96.48 | 89.33% |", "| 96.48 | 83.93% |", None,
     "失能评估费 96.48/108.00 = 89.33%, stated 83.93%"),
    ("hb-chengde-changhujingban-2018", 2, "balance_mismatch", "prose",
     "年末结余21.54万元", "年末结余21.45万元", "年末结余21.45万元",
     "到位 393.00 − 支出 371.46 = 21.54, stated 21.45"),
    ("hb-chengde-changhujingban-2018", 3, "weight_sum_mismatch", "table",
     "| 1,260人次 | 10 | 10 | |", "| 1,260人次 | 15 | 10 | |", None,
     "培训人次 weight 10 → 15: 产出 rows weigh 55 against 小计 50, all rows 105 against 合计 100"),
    ("hb-chengde-changhujingban-2018", 4, "grade_mismatch", "prose",
     "98.70分，评价等级为“优”", "98.70分，评价等级为“良”", "自评得分98.70分，评价等级为“良”",
     "98.70 is in the 优 band (≥90)"),
    ("hb-chengde-changhujingban-2018", 5, "unit_mismatch", "prose",
     "全年支付评估费96.48万元", "全年支付评估费964800万元", "全年支付评估费964800万元",
     "评估费 96.48万元 (3,216人次×300元) written as the 元 figure 964800 with the unit 万元: off by 10^4"),
    ("hb-chengde-changhujingban-2018", 6, "year_mismatch", "prose",
     "已按规定结转至2019年", "已按规定结转至2018年", "已按规定结转至2018年",
     "2018 balance carried over to 2018 itself; a carry-over goes to a later year (2019)"),
    # ---- 宁波 2020
    ("zj-ningbo-shinengpinggu-2020", 1, "completion_mismatch", "table",
     "| 97.3% | 102.42% |", "| 97.3% | 104.22% |", None,
     "待遇及时享受率 97.3/95 = 102.42%, stated 104.22%"),
    ("zj-ningbo-shinengpinggu-2020", 2, "sum_mismatch", "table",
     "| 失能评估费 | 180.00 | -12.00 |", "| 失能评估费 | 186.00 | -12.00 |", None,
     "年初预算 column now sums to 448.00 against 合计 442.00 (and 186.00 − 12.00 ≠ 全年 168.00)"),
    ("zj-ningbo-shinengpinggu-2020", 3, "average_mismatch", "prose",
     "季度平均1,276.5人次", "季度平均1,267.5人次", "季度平均1,267.5人次",
     "(742 + 1,286 + 1,498 + 1,580)/4 = 1,276.5, stated 1,267.5"),
    ("zj-ningbo-shinengpinggu-2020", 4, "score_exceeds_weight", "table",
     "| 100% | 100% | 100% | 5 | 5 | |\n| | | 档案管理 | 规范 | 规范 | — | 5 | 5 | |",
     "| 100% | 100% | 100% | 5 | 6 | |\n| | | 档案管理 | 规范 | 规范 | — | 5 | 4 | |", None,
     "评估员持证上岗率 scored 6 against a weight of 5 (档案管理 lowered 5 → 4 in the same edit, so 小计 and 合计 still hold)"),
    ("zj-ningbo-shinengpinggu-2020", 5, "conflicting_values", "prose",
     "全年完成失能等级评估5,106人次", "全年完成失能等级评估5,016人次", "全年完成失能等级评估5,016人次",
     "the counts table, the 结算 sentence, the two-year table and the 自评表 give 5,106人次"),
    ("zj-ningbo-shinengpinggu-2020", 6, "implausible_rate", "prose",
     "回访满意率98.7%", "回访满意率108.7%", "回访满意率108.7%",
     "a satisfaction rate cannot exceed 100%"),
    # ---- 安庆 2021
    ("ah-anqing-changhujingban-2021", 1, "score_sum_mismatch", "table",
     "| 小计 | | | | | | 50 | 49.87 |", "| 小计 | | | | | | 50 | 49.78 |", None,
     "产出 rows 10 + 5 + 4.87 + 10 + 10 + 10 = 49.87, 小计 states 49.78"),
    ("ah-anqing-changhujingban-2021", 2, "rate_mismatch", "prose",
     "评估完成率94.93%", "评估完成率94.39%", "评估完成率94.39%",
     "完成 6,840 / 受理 7,205 = 94.93%, stated 94.39%"),
    ("ah-anqing-changhujingban-2021", 3, "unit_mismatch", "table",
     "| ≥6,500人次 | 6,840人次 |", "| ≥6,500人次 | 100% |", None,
     "target in 人次, actual given as a percentage"),
    ("ah-anqing-changhujingban-2021", 4, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日，项目资金实际支出540.67万元",
     "the 2021 project's spending dated to the end of 2020"),
    ("ah-anqing-changhujingban-2021", 5, "completion_mismatch", "table",
     "| 61家 | 101.67% |", "| 61家 | 101.76% |", None,
     "定点护理服务机构 61/60 = 101.67%, stated 101.76%"),
    ("ah-anqing-changhujingban-2021", 6, "balance_mismatch", "table",
     "| 结余 | 27.93 |", "| 结余 | 29.73 |", None,
     "到位 568.60 − 支出 540.67 = 27.93, stated 29.73"),
    # ---- 汉中 2023 部门整体
    ("sn-hanzhong-yibaoju-bumen-2023", 1, "sum_mismatch", "prose",
     "项目支出544.00万元", "项目支出554.00万元", "其中基本支出742.40万元、项目支出554.00万元",
     "742.40 + 554.00 = 1,296.40 ≠ 年初预算 1,286.40"),
    ("sn-hanzhong-yibaoju-bumen-2023", 2, "weight_sum_mismatch", "table",
     "| 99.6% | 10 | 10 |", "| 99.6% | 12 | 10 |", None,
     "医保信息平台稳定运行率 weight 10 → 12: 效益 rows weigh 32 against 小计 30, all rows 102 against 合计 100"),
    ("sn-hanzhong-yibaoju-bumen-2023", 3, "grade_mismatch", "prose",
     "99.52分，评价等级为“优”", "99.52分，评价等级为“良”", "自评得分99.52分，评价等级为“良”",
     "99.52 is in the 优 band (≥90)"),
    ("sn-hanzhong-yibaoju-bumen-2023", 4, "conflicting_values", "prose",
     "追回违规使用医保基金912.36万元", "追回违规使用医保基金921.36万元", "追回违规使用医保基金921.36万元",
     "the 自评表 gives 912.36万元 for the same recovered amount"),
    ("sn-hanzhong-yibaoju-bumen-2023", 5, "implausible_rate", "table",
     "| 上年结转 | 0.00 | 0.00 | — |", "| 上年结转 | 0.00 | 0.00 | 100.00% |", None,
     "execution rate 100.00% on a 0.00 budget (rate undefined)"),
    ("sn-hanzhong-yibaoju-bumen-2023", 6, "average_mismatch", "prose",
     "平均每组1,091.25人次", "平均每组1,019.25人次", "平均每组1,019.25人次",
     "(1,186 + 1,104 + 1,052 + 1,023)/4 = 1,091.25, stated 1,019.25"),
    # ---- 福州 2025
    ("fj-fuzhou-changhu-2025", 1, "score_exceeds_weight", "table",
     "| 3.4% | 100% | 5 | 5 | |\n| | | 资料归档 | 完整 | 完整 | — | 5 | 5 | |",
     "| 3.4% | 100% | 5 | 6 | |\n| | | 资料归档 | 完整 | 完整 | — | 5 | 4 | |", None,
     "评估结论复核改变率 scored 6 against a weight of 5 (资料归档 lowered 5 → 4 in the same edit, so 小计 and 总分 still hold)"),
    ("fj-fuzhou-changhu-2025", 2, "score_sum_mismatch", "prose",
     "自评得分99.19分", "自评得分99.91分", "本项目2025年度自评得分99.91分",
     "9.59 + 50 + 29.60 + 10 = 99.19 (table 总分 99.19), text states 99.91"),
    ("fj-fuzhou-changhu-2025", 3, "rate_mismatch", "table",
     "| 566.43 | — | 95.68% |", "| 566.43 | — | 95.86% |", None,
     "当年财政拨款 566.43/592.00 = 95.68%, stated 95.86%"),
    ("fj-fuzhou-changhu-2025", 4, "sum_mismatch", "table",
     "| 重度失能二级 | 1,416 |", "| 重度失能二级 | 1,461 |", None,
     "2024年 column now sums to 6,245 against 合计 6,200"),
    ("fj-fuzhou-changhu-2025", 5, "completion_mismatch", "table",
     "| 96.4% | 101.47% |", "| 96.4% | 101.74% |", None,
     "待遇享受率 96.4/95 = 101.47%, stated 101.74%"),
    ("fj-fuzhou-changhu-2025", 6, "conflicting_values", "prose",
     "全年入户上门评估3,186人次", "全年入户上门评估3,168人次", "全年入户上门评估3,168人次",
     "the sub-items table bases the 交通补贴 on 3,186人次 (×100元 = 31.86万元)"),
]


def span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(b) - j


def table_lines(text, i, j):
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", j)
    return text[s:e if e >= 0 else len(text)]


def main():
    labels = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == pid]:
            assert clean.count(old) == 1, (pid, n, old, clean.count(old))
            text = clean.replace(old, new)
            i, j = span(clean, text)
            if value is None:
                value = table_lines(text, i, j)
            assert text.count(value) == 1, (pid, n, value)
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("wrote %d cases" % len(labels))


if __name__ == "__main__":
    main()
