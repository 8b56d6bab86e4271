#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n84 from the clean drafts.

Each error case = its clean draft with ONE injected inconsistency.  An edit is a list of
(old, new) substitutions; `old` must occur exactly once in the clean draft.  Single edits
change at most 16 characters within one line; the score-row swaps (score_exceeds_weight)
change two adjacent table rows.  `value` is either a literal or ("span", start, end): the
text of the error case from the first occurrence of `start` through the first following
occurrence of `end` (used for sum/score/weight totals, which span changed part..total).
Pure Python 3, no third-party modules.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "suibin-njbutie-2018",
    "awati-njbutie-2019",
    "minqin-njbutie-2021",
    "hutubi-njbutie-2023",
    "baoqing-njbutie-2024",
]

# (project, n, code, [(old, new), ...], value, explanation)
EDITS = [
    # ---------------- 绥滨县 2018 (Heilongjiang) ----------------
    ("suibin-njbutie-2018", 1, "rate_mismatch",
     [("164.40｜11.93%", "164.40｜10.66%")],
     "164.40｜10.66%",
     "增减幅度 of 兑付补贴资金: (1,542.80 - 1,378.40) / 1,378.40 = 11.93%; 10.66% divides the increase by this year's 1,542.80 (wrong base)"),
    ("suibin-njbutie-2018", 2, "sum_mismatch",
     [("318｜—｜241.46", "318｜—｜214.46")],
     ("span", "214.46", "合计｜842｜—｜1,542.80"),
     "by-type amounts 547.20 + 460.80 + 199.50 + 72.24 + 21.60 + 214.46 = 1,515.80, stated total 1,542.80 (241.46 retyped as 214.46)"),
    ("suibin-njbutie-2018", 3, "score_exceeds_weight",
     [("736户｜10｜10｜—", "736户｜10｜4｜—"), ("12架｜5｜4｜", "12架｜5｜10｜")],
     "12架｜5｜10",
     "scores of two adjacent rows swapped: 植保无人机 row now scores 10 against its weight 5 (total 98.63 unchanged)"),
    ("suibin-njbutie-2018", 4, "grade_mismatch",
     [("98.63分，评价等级为“优秀”", "98.63分，评价等级为“良好”")],
     "评价等级为“良好”",
     "98.63 is in the 优 band (>= 90); last year's grade 良好 left in"),
    ("suibin-njbutie-2018", 5, "unit_mismatch",
     [("补贴资金21.60万元，未达到", "补贴资金216000万元，未达到")],
     "216000万元",
     "drone subsidy 216000元 (= 21.60万元, 12 x 1.80) written with the unit 万元: off by 10^4"),
    ("suibin-njbutie-2018", 6, "year_mismatch",
     [("截至2018年12月31日，累计兑付", "截至2017年12月31日，累计兑付")],
     "截至2017年12月31日",
     "the 2018 report states its year-end execution as of 2017-12-31 (last year's template)"),

    # ---------------- 阿瓦提县 2019 (Xinjiang) ----------------
    ("awati-njbutie-2019", 1, "balance_mismatch",
     [("年末结余83.54万元", "年末结余85.34万元")],
     "结余85.34万元",
     "到位 1,166.30 - 执行 1,082.76 = 83.54, stated 85.34 (digits transposed)"),
    ("awati-njbutie-2019", 2, "conflicting_values",
     [("全年补贴各类农机具435台（套），未发生", "全年补贴各类农机具383台（套），未发生")],
     "补贴各类农机具383台（套）",
     "2019 subsidised machines are 435 elsewhere (tables and text); 383 is the 2018 figure left in"),
    ("awati-njbutie-2019", 3, "completion_mismatch",
     [("18台｜90.00%", "18台｜111.11%")],
     "18台｜111.11%",
     "target >=20台, actual 18台: completion 18/20 = 90.00%; 111.11% is 20/18 (inverted)"),
    ("awati-njbutie-2019", 4, "weight_sum_mismatch",
     [("补贴机具核验率｜5｜100%", "补贴机具核验率｜10｜100%")],
     ("span", "10｜100%｜100%｜100.00%｜5", "合计｜｜100"),
     "weights now 10 + 55 + 30 + 10 = 105 (核验率 weight 10, last year's template) while 合计 says 100"),
    ("awati-njbutie-2019", 5, "average_mismatch",
     [("平均每台（套）补贴2.49万元", "平均每台（套）补贴3.11万元")],
     "平均每台（套）补贴3.11万元",
     "1,082.76 / 435 = 2.49; 3.11 divides by 348 (其他机具 left out of the count)"),
    ("awati-njbutie-2019", 6, "implausible_rate",
     [("机采面积68.9万亩，机采率71.18%", "机采面积98.9万亩，机采率102.17%")],
     "98.9万亩，机采率102.17%",
     "机采面积 retyped 98.9 (for 68.9), above the 96.8万亩 cotton area: 机采率 98.9/96.8 = 102.17% > 100%"),

    # ---------------- 民勤县 2021 (Gansu) ----------------
    ("minqin-njbutie-2021", 1, "rate_mismatch",
     [("兑付率96.18%", "兑付率98.53%")],
     "兑付率98.53%",
     "中央资金（含上年结转）921.28 / 957.86 = 96.18%; 98.53% = 921.28 / 935.00 (carry-over left out of the base)"),
    ("minqin-njbutie-2021", 2, "score_sum_mismatch",
     [("\t9.81\n", "\t9.18\n")],
     ("span", "9.18", "\t100\n\t98.44"),
     "row scores now sum to 97.81 (残膜回收利用率 9.81 retyped 9.18) while 总分 stays 98.44"),
    ("minqin-njbutie-2021", 3, "unit_mismatch",
     [("\t782台（套）\n", "\t108.61%\n")],
     "108.61%",
     "target >=720台（套） but the actual is given as a percentage (the completion rate)"),
    ("minqin-njbutie-2021", 4, "conflicting_values",
     [("全年惠及611个农户和经营主体", "全年惠及548个农户和经营主体")],
     "惠及548个",
     "2021 beneficiaries are 611 elsewhere; 548 is the 2020 figure"),
    ("minqin-njbutie-2021", 5, "year_mismatch",
     [("结转2022年继续使用", "结转2021年继续使用")],
     "结转2021年继续使用",
     "unspent 2021 money cannot be carried over to 2021 itself"),
    ("minqin-njbutie-2021", 6, "sum_mismatch",
     [("农民合作社52个", "农民合作社25个")],
     "611个，其中农户538户、农民合作社25个",
     "538 + 25 + 21 = 584, stated 611 (52 retyped as 25)"),

    # ---------------- 呼图壁县 2023 (Xinjiang) ----------------
    ("hutubi-njbutie-2023", 1, "balance_mismatch",
     [("年末结余205.34万元", "年末结余63.72万元")],
     "年末结余63.72万元",
     "1,863.72 - 1,658.38 = 205.34; 63.72 is last year's balance"),
    ("hutubi-njbutie-2023", 2, "average_mismatch",
     [("平均3016.67亩", "平均3620.00亩")],
     "平均3620.00亩",
     "(3200+2850+3600+2400+3100+2950)/6 = 3016.67; 3620.00 divides by 5"),
    ("hutubi-njbutie-2023", 3, "score_exceeds_weight",
     [("580台（套）｜89.23%｜10｜8.92", "580台（套）｜89.23%｜10｜4.66"),
      ("466户｜93.20%｜5｜4.66", "466户｜93.20%｜5｜8.92")],
     "466户｜93.20%｜5｜8.92",
     "scores of two adjacent rows swapped: 受益农户数 scores 8.92 against its weight 5 (total unchanged)"),
    ("hutubi-njbutie-2023", 4, "grade_mismatch",
     [("评定为“优”", "评定为“良”")],
     "评定为“良”",
     "90.96 is in the 优 band (>= 90)"),
    ("hutubi-njbutie-2023", 5, "completion_mismatch",
     [("17个工作日｜88.24%", "17个工作日｜113.33%")],
     "17个工作日｜113.33%",
     "lte target 15, actual 17: completion 15/17 = 88.24%; 113.33% is 17/15"),
    ("hutubi-njbutie-2023", 6, "implausible_rate",
     [("其他资金｜0｜0｜0｜—｜—｜—", "其他资金｜0｜0｜0｜—｜100%｜—")],
     "0｜0｜0｜—｜100%",
     "执行率 100% on a zero budget (其他资金 0)"),

    # ---------------- 宝清县 2024 (Heilongjiang) ----------------
    ("baoqing-njbutie-2024", 1, "rate_mismatch",
     [("2,826.40｜—｜95.49%", "2,826.40｜—｜95.94%")],
     "95.94%",
     "当年财政拨款 2,826.40 / 2,960.00 = 95.49%, stated 95.94%"),
    ("baoqing-njbutie-2024", 2, "sum_mismatch",
     [("其中：购置补贴（万元）｜2,144.24", "其中：购置补贴（万元）｜2,114.24")],
     ("span", "2,612.24｜2,944.66", "2,114.24"),
     "2023 column: 2,114.24 + 78.00 + 390.00 = 2,582.24, stated 2,612.24 (2,144.24 retyped)"),
    ("baoqing-njbutie-2024", 3, "weight_sum_mismatch",
     [("户｜742｜5｜5｜", "户｜742｜10｜5｜")],
     ("span", "742｜10｜5", "总分｜｜｜｜｜｜｜100"),
     "产出 weights now 65 (小计 says 60), all weights 105 against 总分 100 (受益农户 weight 10 from the 2023 table)"),
    ("baoqing-njbutie-2024", 4, "score_sum_mismatch",
     [("140｜5｜4.67｜", "140｜5｜5｜")],
     ("span", "140｜5｜5｜", "100｜98.64"),
     "免耕播种机 row raised to 5 without updating 小计 59.67 / 总分 98.64 (rows now sum to 98.97)"),
    ("baoqing-njbutie-2024", 5, "unit_mismatch",
     [("每亩补贴15元", "每亩补贴15万元")],
     "每亩补贴15万元",
     "24.00万亩 x 15元 = 360.00万元; written 15万元 per mu, off by 10^4"),
    ("baoqing-njbutie-2024", 6, "conflicting_values",
     [("全年兑付补贴资金2,944.66万元，带动", "全年兑付补贴资金2,494.66万元，带动")],
     "2,494.66万元",
     "paid amount is 2,944.66万元 everywhere else (digits transposed)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply(clean, subs):
    text = clean
    for old, new in subs:
        if clean.count(old) != 1:
            raise SystemExit("edit anchor not unique in clean draft: %r" % old)
        text = text.replace(old, new, 1)
    return text


def resolve_value(text, value):
    if isinstance(value, tuple):
        _, start, end = value
        i = text.index(start)
        j = text.index(end, i) + len(end)
        return text[i:j]
    return value


def build():
    labels = []
    for proj in PROJECTS:
        clean = read(os.path.join(CASES, proj + "-clean.txt"))
        labels.append({"case": proj + "-clean.txt", "source": proj, "clean": True, "expected": []})
        for p, n, code, subs, value, expl in EDITS:
            if p != proj:
                continue
            text = apply(clean, subs)
            name = "%s-e%d.txt" % (proj, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value),
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), sum(not l["clean"] for l in labels)))


if __name__ == "__main__":
    build()
