#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n72 from the clean drafts.

Pure Python 3, no third-party packages.  The clean drafts in cases/*-clean.txt are the
only hand-written inputs; every error case is the clean draft with the edits listed in
EDITS applied (one contiguous edit of <= 16 changed characters in one line, or for
score-row edits two such edits on adjacent table rows).

value: either a literal string (must occur exactly once in the error case and never in
the clean draft) or a (start_marker, end_marker) pair: the value then runs from the
start marker to the end of the first end marker after it (used for multi-line table
spans of score_sum_mismatch / weight_sum_mismatch).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "gx-zhaoping-yinshui-2021",
    "gd-lianping-hezhang-2022",
    "hi-dingan-gongshui-2023",
    "gx-lingshan-luwu-2019",
    "gd-wuhua-gongshui-2024",
]

# (source, n, code, [(old, new), ...], value, explanation)
EDITS = [
    # ---- gx-zhaoping-yinshui-2021 (Guangxi, county water bureau, MOF table) ----
    ("gx-zhaoping-yinshui-2021", 1, "rate_mismatch",
     [("执行361.25万元，执行率95.07%", "执行361.25万元，执行率91.32%")],
     "执行率91.32%",
     "当年财政拨款 361.25/380.00 = 95.07%; 91.32% divides by the whole 395.60 incl. 上年结转 (wrong base)"),
    ("gx-zhaoping-yinshui-2021", 2, "balance_mismatch",
     [("工程质保金18.75万元", "工程质保金15.60万元")],
     "质保金15.60万元",
     "到位 395.60 - 执行 376.85 = 18.75 carried over; 15.60 is last year's carry-over figure left in"),
    ("gx-zhaoping-yinshui-2021", 3, "unit_mismatch",
     [("村级管水员补助27.00万元", "村级管水员补助270000万元")],
     "270000万元",
     "150 x 1800元 = 270000元 = 27.00万元, written with 万元; the breakdown (318.78+24.32+x+6.75 = 376.85) holds only when rescaled by 10^4"),
    ("gx-zhaoping-yinshui-2021", 4, "score_exceeds_weight",
     [("| 126处 | 10 | 10 |", "| 126处 | 10 | 10.5 |"),
      ("| 150人 | 5 | 5 |", "| 150人 | 5 | 4.5 |")],
     "| 126处 | 10 | 10.5 |",
     "score 10.5 (= weight x 105% completion, not capped) above weight 10; the 管水员 row was lowered to 4.5 so the total still reads 96.28"),
    ("gx-zhaoping-yinshui-2021", 5, "year_mismatch",
     [("结转至2022年，待质保期满", "结转至2021年，待质保期满")],
     "结转至2021年",
     "the unspent part of the 2021 budget cannot be carried over to 2021 itself (should be 2022)"),
    ("gx-zhaoping-yinshui-2021", 6, "average_mismatch",
     [("平均每处6.07万元", "平均每处7.28万元")],
     "平均每处7.28万元",
     "(8.60+7.20+6.90+5.80+4.50+3.40)/6 = 6.07; 7.28 divides the 36.40 by 5 instead of 6"),
    ("gx-zhaoping-yinshui-2021", 7, "sum_mismatch",
     [("千人以下工程３４４处", "千人以下工程３４６处")],
     "３８６处，其中千人以上工程４２处、千人以下工程３４６处",
     "full-width digits: 42 + 346 = 388, stated total 386"),

    # ---- gd-lianping-hezhang-2022 (Guangdong, county river-chief office, completion column) ----
    ("gd-lianping-hezhang-2022", 1, "sum_mismatch",
     [("“清四乱”整治32.40万元", "“清四乱”整治23.40万元")],
     "173.56万元，其中河道保洁购买服务96.00万元、河长公示牌更新维护18.00万元、“清四乱”整治23.40万元",
     "96.00+18.00+23.40+9.60+6.40+11.16 = 164.56, stated total 173.56 (32.40 retyped as 23.40)"),
    ("gd-lianping-hezhang-2022", 2, "score_sum_mismatch",
     [("| 95.2% | 105.78% | 10 | 10 |", "| 95.2% | 105.78% | 10 | 9.5 |")],
     ("| 10 | 9.5 |", "| 100 | 97.71 |"),
     "satisfaction score edited to 9.5 without the total: 9.38 + 87.83 = 97.21, stated 97.71"),
    ("gd-lianping-hezhang-2022", 3, "grade_mismatch",
     [("评价等级为“优”。项目全年", "评价等级为“良”。项目全年")],
     "评价等级为“良”",
     "total 97.71 is in the 优 band (>= 90)"),
    ("gd-lianping-hezhang-2022", 4, "conflicting_values",
     [("项目全年支出173.56万元，绩效目标", "项目全年支出175.36万元，绩效目标")],
     "175.36万元",
     "the year's spending is 173.56万元 everywhere else (text breakdown and 自评表)"),
    ("gd-lianping-hezhang-2022", 5, "implausible_rate",
     [("| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
       "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100% | — |")],
     "| 0.00 | — | 100% |",
     "execution rate 100% printed on a zero 上年结转资金 base (rate undefined)"),
    ("gd-lianping-hezhang-2022", 6, "completion_mismatch",
     [("| 5236次 | 109.08% |", "| 5236次 | 91.67% |")],
     "| 5236次 | 91.67% |",
     "gte: 5236/4800 = 109.08%; 91.67% is the inverted 4800/5236"),

    # ---- hi-dingan-gongshui-2023 (Hainan, county water-affairs bureau, Shanxi-style funds table) ----
    ("hi-dingan-gongshui-2023", 1, "rate_mismatch",
     [("实际到位140.00万元，到位率100%", "实际到位140.00万元，到位率87.50%")],
     "到位率87.50%",
     "county funds 到位 140.00 / 全年预算 140.00 = 100%; 87.50% uses the 年初 160.00 as base"),
    ("hi-dingan-gongshui-2023", 2, "year_mismatch",
     [("截至2023年12月31日，项目全年", "截至2022年12月31日，项目全年")],
     "截至2022年12月31日",
     "the 2023 execution rate is dated to the end of 2022 (last year's sentence left in)"),
    ("hi-dingan-gongshui-2023", 3, "weight_sum_mismatch",
     [("| 95.83% | 10 | 9.58 |", "| 95.83% | 15 | 9.58 |")],
     ("15 | 9.58 |", "| 100 |"),
     "weight 10 -> 15 (last year's template): weights now sum to 105, stated 100"),
    ("hi-dingan-gongshui-2023", 4, "completion_mismatch",
     [("| 91.8% | 102.00% |", "| 91.8% | 101.8% |")],
     "| 91.8% | 101.8% |",
     "gte: 91.8/90 = 102.00%; 101.8% adds the 1.8-point difference instead of dividing"),
    ("hi-dingan-gongshui-2023", 5, "unit_mismatch",
     [("| ≥100处 | 107处 |", "| ≥100处 | 107% |")],
     "| ≥100处 | 107% |",
     "target counted in 处, actual given as a percentage"),
    ("hi-dingan-gongshui-2023", 6, "balance_mismatch",
     [("年末结转资金27.52万元", "年末结转资金47.52万元")],
     "47.52万元",
     "到位 400.00 - 执行 372.48 = 27.52; 47.52 subtracts from the 年初 420.00"),

    # ---- gx-lingshan-luwu-2019 (Guangxi, town government, subtotal rows) ----
    ("gx-lingshan-luwu-2019", 1, "sum_mismatch",
     [("镇本级安排12.50万元", "镇本级安排15.20万元")],
     "68.50万元，其中县级河长制工作补助30.00万元、自治区农村饮水工程维修养护补助26.00万元、镇本级安排15.20万元",
     "30.00 + 26.00 + 15.20 = 71.20, stated 68.50 (12.50 retyped)"),
    ("gx-lingshan-luwu-2019", 2, "score_exceeds_weight",
     [("| 48.6公里 | 5 | 5 |", "| 48.6公里 | 5 | 7.92 |"),
      ("| 19处 | 10 | 7.92 |", "| 19处 | 10 | 5 |")],
     "| 48.6公里 | 5 | 7.92 |",
     "scores of two adjacent rows swapped: 7.92 above weight 5 (subtotal 47.31 unchanged)"),
    ("gx-lingshan-luwu-2019", 3, "weight_sum_mismatch",
     [("| 100元/人·月 | 10 | 10 |", "| 100元/人·月 | 15 | 10 |")],
     ("15 | 10 |", "| 产出指标小计 | | | | | 50 |"),
     "产出 三级 weights 10+5+10+10+5+15 = 55, subtotal row says 50 (and all weights 105)"),
    ("gx-lingshan-luwu-2019", 4, "grade_mismatch",
     [("评价等级为“良”。自评表", "评价等级为“优”。自评表")],
     "评价等级为“优”",
     "total 88.30 is in the 良 band (80-90); last year's grade left in"),
    ("gx-lingshan-luwu-2019", 5, "conflicting_values",
     [("受益人口1.26万人，解决", "受益人口1.62万人，解决")],
     "1.62万人",
     "the 自评表 gives 饮水工程受益人口 1.26万人"),
    ("gx-lingshan-luwu-2019", 6, "implausible_rate",
     [("已整改销号27宗，销号率100%", "已整改销号29宗，销号率107.41%")],
     "销号率107.41%",
     "29 closed of 二十七宗 found: 29/27 = 107.41%, a closure rate above 100%"),

    # ---- gd-wuhua-gongshui-2024 (Guangdong, public institution, 部门整体支出) ----
    ("gd-wuhua-gongshui-2024", 1, "average_mismatch",
     [("平均得分92.75分", "平均得分94.83分")],
     "平均得分94.83分",
     "(94.5+97+86.5+93)/4 = 92.75; 94.83 leaves out the 86.5 project"),
    ("gd-wuhua-gongshui-2024", 2, "score_sum_mismatch",
     [("| 基本健全 | 5 | 4 |", "| 基本健全 | 5 | 4.5 |")],
     ("供水工程长效管护机制 | 健全 | 基本健全 | 5 | 4.5 |", "| 100 | 95.34 |"),
     "row score edited 4 -> 4.5 without the total: scores sum to 95.84, stated 95.34"),
    ("gd-wuhua-gongshui-2024", 3, "sum_mismatch",
     [("县级财政资金666.40万元、上年", "县级财政资金664.60万元、上年")],
     "1286.40万元，其中省级专项资金520.00万元、县级财政资金664.60万元",
     "520.00 + 664.60 + 100.00 = 1284.60, stated 1286.40"),
    ("gd-wuhua-gongshui-2024", 4, "conflicting_values",
     [("全年支出1,201.57万元", "全年支出1,210.57万元")],
     "1,210.57万元",
     "spending is 1201.57万元 in section 三 (312.40 + 889.17)"),
    ("gd-wuhua-gongshui-2024", 5, "rate_mismatch",
     [("| 353.91 | 84.26% |", "| 353.91 | 91.69% |")],
     "| 353.91 | 91.69% |",
     "353.91/420.00 = 84.26%; 91.69% divides by the row above's 386.00"),
    ("gd-wuhua-gongshui-2024", 6, "unit_mismatch",
     [("“三公”经费支出3.26万元", "“三公”经费支出32600万元")],
     "32600万元",
     "32600元 written as 万元: 2.86 + 0.40 = 3.26万元 and (3.58-3.26)/3.58 = 8.94% hold only after rescaling by 10^4"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply(clean, subs):
    text = clean
    for old, new in subs:
        if clean.count(old) != 1:
            raise SystemExit(f"edit anchor not unique in clean draft: {old!r} ({clean.count(old)})")
        text = text.replace(old, new, 1)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start_m, end_m = value
    i = text.find(start_m)
    if i < 0 or text.count(start_m) != 1:
        raise SystemExit(f"start marker not unique: {start_m!r}")
    j = text.find(end_m, i)
    if j < 0:
        raise SystemExit(f"end marker not found: {end_m!r}")
    return text[i:j + len(end_m)]


def build():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, subs, value, expl) in EDITS:
            if s != src:
                continue
            text = apply(clean, subs)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value),
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return labels


if __name__ == "__main__":
    labs = build()
    print(f"wrote {len(labs)} labels ({sum(1 for l in labs if not l['clean'])} error cases)")
