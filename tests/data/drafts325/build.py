#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in prose or in a table (documentation only).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-pianguan-yeyutixiao-2021",
    "hn-xinhuang-houbeirencai-2022",
    "sc-ebian-tichuanxuexiao-2023",
    "hb-hefeng-jiaolianjintie-2020",
    "gx-xilin-tixiao-bumen-2019",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Shanxi, 偏关县业余体育学校 2021 (one cell per line) ----
    ("sx-pianguan-yeyutixiao-2021", 1, "rate_mismatch", "table",
     "\t95.22\n", "\t92.52\n", "92.52",
     "funds table row (7)=(4)/(2), column 县区级: 64.75 / 68.00 = 95.22%, stated 92.52"),
    ("sx-pianguan-yeyutixiao-2021", 2, "sum_mismatch", "prose",
     "比赛经费15.48万元", "比赛经费15.84万元", "比赛经费15.84万元",
     "spending breakdown 34.27 + 18.60 + 15.84 + 13.00 = 81.71, but the stated execution is 81.35万元"),
    ("sx-pianguan-yeyutixiao-2021", 3, "average_mismatch", "prose",
     "平均每个项目49人", "平均每个项目47人", "平均每个项目47人",
     "(62 + 48 + 41 + 45) / 4 = 49, stated 47"),
    ("sx-pianguan-yeyutixiao-2021", 4, "completion_mismatch", "table",
     "\t196人\n\t108.89%\n", "\t196人\n\t109.88%\n", "109.88%",
     "在训运动员人数: 196 / 180 = 108.89%, stated 109.88%"),
    ("sx-pianguan-yeyutixiao-2021", 5, "unit_mismatch", "table",
     "\t≥8次\n\t9次\n", "\t≥8次\n\t100%\n", "≥8次\n\t100%",
     "比赛次数 target counted in 次, actual written as a percentage"),
    ("sx-pianguan-yeyutixiao-2021", 6, "year_mismatch", "prose",
     "已结转至2022年继续使用", "已结转至2021年继续使用", "结转至2021年",
     "the balance of the 2021 budget is carried over to 2021 itself (must be a later year)"),

    # ---- Hunan, 新晃县业余体育学校 2022 (tab-separated) ----
    ("hn-xinhuang-houbeirencai-2022", 1, "balance_mismatch", "prose",
     "未支出的2.70万元", "未支出的2.07万元", "未支出的2.07万元",
     "98.50 - 95.80 = 2.70, stated 2.07"),
    ("hn-xinhuang-houbeirencai-2022", 2, "conflicting_values", "prose",
     "学员获奖71人次", "学员获奖77人次", "获奖77人次",
     "the body gives 77人次 of awards, the 自评表 row 市级以上比赛获奖 gives 71人次"),
    ("hn-xinhuang-houbeirencai-2022", 3, "implausible_rate", "table",
     "\t其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "\t其他资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "execution rate 100.00% printed on a zero budget (0.00 / 0.00)"),
    ("hn-xinhuang-houbeirencai-2022", 4, "weight_sum_mismatch", "table",
     "开设训练项目\t≥6个\t6个\t10\t10", "开设训练项目\t≥6个\t6个\t12\t10", "6个\t12\t10",
     "weights now total 102 (10 + 52 + 30 + 10) against the stated 100"),
    ("hn-xinhuang-houbeirencai-2022", 5, "grade_mismatch", "prose",
     "综合评价等级为\"优\"", "综合评价等级为\"良\"", "等级为\"良\"",
     "total 94.73 (自评表) is in the 优 band"),
    ("hn-xinhuang-houbeirencai-2022", 6, "score_sum_mismatch", "table",
     "100\t94.73", "100\t95.73", "95.73",
     "9.73 + 48 + 27 + 10 = 94.73, stated total 95.73"),

    # ---- Sichuan, 峨边县教育局 2023 (PDF copy, single spaces) ----
    ("sc-ebian-tichuanxuexiao-2023", 1, "rate_mismatch", "table",
     "其中：财政资金 120.00 132.00 118.80 — 90.00% —", "其中：财政资金 120.00 132.00 118.80 — 90.90% —",
     "118.80 — 90.90%",
     "财政资金 row: 118.80 / 132.00 = 90.00%, stated 90.90%"),
    ("sc-ebian-tichuanxuexiao-2023", 2, "score_exceeds_weight", "table",
     "场次 5 12 10 县运动会推迟至次年3月\n数量指标 参赛学生人次 ≥ 3000 人次 3450 12 12",
     "场次 5 12 8 县运动会推迟至次年3月\n数量指标 参赛学生人次 ≥ 3000 人次 3450 12 14",
     "3450 12 14",
     "参赛学生人次 scored 14 against a weight of 12 (the row above was lowered from 10 to 8, so the total 97 still adds up; that row is only a scoring-rule warning)"),
    ("sc-ebian-tichuanxuexiao-2023", 3, "unit_mismatch", "prose",
     "未支出的13.20万元", "未支出的132000万元", "132000万元",
     "132 - 118.80 = 13.20万元; 132000 is the amount in 元 written with the unit 万元 (off by 10^4)"),
    ("sc-ebian-tichuanxuexiao-2023", 4, "completion_mismatch", "prose",
     "完成率115.00%", "完成率105.00%", "完成率105.00%",
     "参赛学生 3450 / 3000人次 = 115.00%, stated 105.00%"),
    ("sc-ebian-tichuanxuexiao-2023", 5, "average_mismatch", "prose",
     "平均每所2万元", "平均每所2.4万元", "平均每所2.4万元",
     "(4×3 + 6×2 + 8×1.5) / 18 = 36 / 18 = 2万元, stated 2.4"),
    ("sc-ebian-tichuanxuexiao-2023", 6, "sum_mismatch", "prose",
     "校园体育竞赛经费46.20万元", "校园体育竞赛经费42.60万元", "竞赛经费42.60万元",
     "36 + 42.60 + 22.80 + 13.80 = 115.20, but 实际支出 is 118.80万元"),

    # ---- Hubei, 鹤峰县文化和旅游局 2020 (web page, tab) ----
    ("hb-hefeng-jiaolianjintie-2020", 1, "weight_sum_mismatch", "table",
     "≥30枚\t33枚\t10\t10", "≥30枚\t33枚\t15\t10", "33枚\t15\t10",
     "目标三 block indicators now weigh 25 against its 20分, and all weights total 105"),
    ("hb-hefeng-jiaolianjintie-2020", 2, "score_sum_mismatch", "table",
     "100\t89.35", "100\t88.35", "88.35",
     "16.35 + 30 + 23 + 20 = 89.35, stated total 88.35"),
    ("hb-hefeng-jiaolianjintie-2020", 3, "implausible_rate", "prose",
     "满意度为97.5%", "满意度为107.5%", "满意度为107.5%",
     "a satisfaction rate above 100%"),
    ("hb-hefeng-jiaolianjintie-2020", 4, "year_mismatch", "table",
     "年度\t2020年", "年度\t2021年", "年度\t2021年",
     "the 自评表 names 2021 as its year; title, table heading and report are for 2020"),
    ("hb-hefeng-jiaolianjintie-2020", 5, "balance_mismatch", "prose",
     "年末项目结余8.55万元", "年末项目结余8.45万元", "结余8.45万元",
     "46.80 - 38.25 = 8.55, stated 8.45"),
    ("hb-hefeng-jiaolianjintie-2020", 6, "grade_mismatch", "prose",
     "综合评价等级为\"良\"", "综合评价等级为\"优\"", "等级为\"优\"",
     "total 89.35 (自评表) is in the 良 band (80 <= s < 90)"),

    # ---- Guangxi, 西林县业余体育学校 2019 部门整体 (Word, ｜ cells) ----
    ("gx-xilin-tixiao-bumen-2019", 1, "score_exceeds_weight", "prose",
     "91.2分", "101.2分", "101.2分",
     "a project self-evaluation scored 101.2 where the full mark is 100"),
    ("gx-xilin-tixiao-bumen-2019", 2, "conflicting_values", "prose",
     "获得奖牌31枚", "获得奖牌34枚", "奖牌34枚",
     "the body gives 34 medals, the indicator table 31枚"),
    ("gx-xilin-tixiao-bumen-2019", 3, "rate_mismatch", "table",
     "107.00｜96.25｜89.95%", "107.00｜96.25｜89.59%", "96.25｜89.59%",
     "项目支出: 96.25 / 107.00 = 89.95%, stated 89.59%"),
    ("gx-xilin-tixiao-bumen-2019", 4, "sum_mismatch", "table",
     "一、基本支出｜201.14｜198.40｜", "一、基本支出｜201.14｜189.40｜", "201.14｜189.40",
     "年初预算: 人员经费 173.90 + 公用经费 24.50 = 198.40, and 189.40 + 88.00 = 277.40 against 合计 286.40"),
    ("gx-xilin-tixiao-bumen-2019", 5, "year_mismatch", "table",
     "2019年决算数", "2020年决算数", "2020年决算数",
     "the spending column of the 2019 report is headed 2020年决算数"),
    ("gx-xilin-tixiao-bumen-2019", 6, "completion_mismatch", "table",
     "236人｜107.27%", "236人｜107.72%", "236人｜107.72%",
     "在训运动员人数: 236 / 220 = 107.27%, stated 107.72%"),
]


def main():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (_, n, code, where, old, new, value, expl) in sorted(by_project[pid], key=lambda e: e[1]):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{pid}-e{n}: label value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
