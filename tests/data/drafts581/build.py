#!/usr/bin/env python3
"""Write the error cases (one contiguous edit each) and labels.jsonl from the clean drafts and the edit list."""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zj-changxing-zhutiban-2018",
    "ah-tianchang-keyanzixun-2020",
    "sd-gaomi-xiangcunlunxun-2022",
    "gz-meitan-dangxiao-bumen-2024",
    "hb-hongan-xianchangjiaoxue-2025",
]

# kind "sub":  (old, new, value)  — prose edit; old must occur once in the clean draft, value once in the result
# kind "cell": (row cell, [(token index from the right, new text), ...]) — table edit; value is the whole line
EDITS = [
    # 1. 长兴 2018
    ("zj-changxing-zhutiban-2018", "rate_mismatch", "table", ("cell", "教材资料费", [(-1, "91.70%")]),
     "教材资料费 12.75/14.00 = 91.07%, stated 91.70%", "支出明细表 教材资料费 执行率 91.07% → 91.70%"),
    ("zj-changxing-zhutiban-2018", "sum_mismatch", "table", ("cell", "村（社区）党组织书记示范班", [(-4, "3")]),
     "class table 期数 1 + 2 + 1 + 6 + 3 = 13, 合计 says 14", "班次表 村（社区）党组织书记示范班 期数 4 → 3"),
    ("zj-changxing-zhutiban-2018", "completion_mismatch", "table", ("cell", "培训学员人数", [(-3, "108.08%")]),
     "816 / 750 = 108.80%, stated 108.08%", "自评表 培训学员人数 完成率 108.80% → 108.08%"),
    ("zj-changxing-zhutiban-2018", "grade_mismatch", "prose",
     ("sub", "评价等级为“优”", "评价等级为“良”", "综合得分99.64分，评价等级为“良”"),
     "99.64 is in the 优 band (≥90)", "结论等级 优 → 良"),
    ("zj-changxing-zhutiban-2018", "year_mismatch", "prose",
     ("sub", "截至2018年12月31日", "截至2017年12月31日", "截至2017年12月31日"),
     "execution figures of the 2018 report dated to the end of 2017", "截至2018年12月31日 → 2017年"),
    ("zj-changxing-zhutiban-2018", "conflicting_values", "prose",
     ("sub", "中青年干部培训班1期，学员52人", "中青年干部培训班1期，学员25人", "中青年干部培训班1期，学员25人"),
     "the class table gives 52 trainees for 中青年干部培训班 (52 × 60 = 3120 人天)", "中青年班学员 52 → 25 (prose)"),
    # 2. 天长 2020
    ("ah-tianchang-keyanzixun-2020", "balance_mismatch", "prose",
     ("sub", "未执行3.52万元", "未执行3.25万元", "未执行3.25万元"),
     "59.20 − 55.68 = 3.52, stated 3.25", "未执行 3.52 → 3.25"),
    ("ah-tianchang-keyanzixun-2020", "average_mismatch", "prose",
     ("sub", "平均91.33分", "平均93.13分", "89.5分，平均93.13分"),
     "(93.5 + 91.0 + 89.5) / 3 = 91.33, stated 93.13", "精品课平均分 91.33 → 93.13"),
    ("ah-tianchang-keyanzixun-2020", "score_exceeds_weight", "prose",
     ("sub", "预算执行率得分9.41分、绩效指标得分89.01分，合计98.42分",
      "预算执行率得分10.41分、绩效指标得分89.01分，合计99.42分", "预算执行率得分10.41分、绩效指标得分89.01分，合计99.42分"),
     "execution score 10.41 above its weight of 10 (total raised with it to 99.42, so the sum still holds)",
     "执行率得分 9.41 → 10.41 and 合计 98.42 → 99.42 in one sentence"),
    ("ah-tianchang-keyanzixun-2020", "unit_mismatch", "table", ("cell", "立项市级课题", [(-4, "100%")]),
     "target in 项 (≥12项), actual given as a percentage", "自评表 立项市级课题 实际完成值 12项 → 100%"),
    ("ah-tianchang-keyanzixun-2020", "implausible_rate", "table",
     ("cell", "学员对专题教学满意度", [(-4, "103.5%"), (-3, "115.00%")]),
     "satisfaction 103.5% is above 100% (completion recomputed consistently: 103.5/90 = 115.00%)",
     "自评表 满意度 96.4% → 103.5%, 完成率 107.11% → 115.00%"),
    ("ah-tianchang-keyanzixun-2020", "weight_sum_mismatch", "table", ("cell", "科研成果转化为教学专题", [(-2, "17")]),
     "indicator weights now total 92 against the stated 90 (and 10 + 92 ≠ 100)",
     "自评表 科研成果转化为教学专题 分值 15 → 17"),
    # 3. 高密 2022
    ("sd-gaomi-xiangcunlunxun-2022", "rate_mismatch", "prose",
     ("sub", "全年支出166.38万元，预算执行率96.73%", "全年支出166.38万元，预算执行率96.37%",
      "全年支出166.38万元，预算执行率96.37%"),
     "166.38 / 172.00 = 96.73%, stated 96.37%", "执行率 96.73% → 96.37% (prose)"),
    ("sd-gaomi-xiangcunlunxun-2022", "sum_mismatch", "table", ("cell", "市级财政资金", [(-1, "138.36")]),
     "30.00 + 138.36 = 168.36, 合计 全年执行 166.38", "来源表 市级财政资金 全年执行 136.38 → 138.36"),
    ("sd-gaomi-xiangcunlunxun-2022", "score_sum_mismatch", "table", ("cell", "基层干部乡村振兴履职能力", [(-1, "13")]),
     "row scores sum to 97.66, table total and conclusion say 98.66", "自评表 社会效益 得分 14 → 13"),
    ("sd-gaomi-xiangcunlunxun-2022", "completion_mismatch", "table", ("cell", "培训基层干部人数", [(-3, "99.49%")]),
     "1799 / 1800 = 99.94%, stated 99.49%", "自评表 培训基层干部人数 完成率 99.94% → 99.49%"),
    ("sd-gaomi-xiangcunlunxun-2022", "unit_mismatch", "prose",
     ("sub", "讲解补助支出7.36万元", "讲解补助支出73600万元", "现场教学点维护及讲解补助支出73600万元"),
     "7.36万元 (73600元) written with the unit 万元: off by 10^4 against the expense table",
     "现场教学点补助 7.36万元 → 73600万元"),
    ("sd-gaomi-xiangcunlunxun-2022", "year_mismatch", "prose",
     ("sub", "2022年年初预算180.00万元", "2021年年初预算180.00万元", "2021年年初预算180.00万元"),
     "the 2022 report's initial budget dated 2021", "年初预算年份 2022 → 2021"),
    # 4. 湄潭 2024 部门整体
    ("gz-meitan-dangxiao-bumen-2024", "average_mismatch", "prose",
     ("sub", "平均得分95.50分", "平均得分95.05分", "平均得分95.05分"),
     "(97.20 + 95.60 + 98.40 + 91.50 + 94.80) / 5 = 95.50, stated 95.05", "项目平均得分 95.50 → 95.05"),
    ("gz-meitan-dangxiao-bumen-2024", "grade_mismatch", "table", ("cell", "现场教学基地建设经费", [(-1, "良")]),
     "project score 91.50 is in the 优 band (≥90)", "项目表 现场教学基地建设经费 等级 优 → 良"),
    ("gz-meitan-dangxiao-bumen-2024", "balance_mismatch", "prose",
     ("sub", "未执行13.28万元", "未执行13.82万元", "项目支出236.62万元，未执行13.82万元"),
     "项目支出 249.90 − 236.62 = 13.28, stated 13.82", "项目支出未执行 13.28 → 13.82"),
    ("gz-meitan-dangxiao-bumen-2024", "conflicting_values", "prose",
     ("sub", "现场教学基地建设经费执行40.86万元", "现场教学基地建设经费执行40.68万元", "现场教学基地建设经费执行40.68万元"),
     "the project table gives 40.86 for 现场教学基地建设经费 (and 40.86/45.30 = 90.20%)",
     "现场教学基地执行 40.86 → 40.68 (prose)"),
    ("gz-meitan-dangxiao-bumen-2024", "weight_sum_mismatch", "table", ("cell", "干部党性修养和履职能力", [(-2, "17")]),
     "weights now total 102 (效益 block 32 against the stated 30)", "自评表 社会效益 分值 15 → 17"),
    ("gz-meitan-dangxiao-bumen-2024", "implausible_rate", "table", ("cell", "其他资金", [(-1, "100.00%")]),
     "execution rate 100.00% on a 0.00 budget", "来源表 其他资金 执行率 — → 100.00%"),
    # 5. 红安 2025
    ("hb-hongan-xianchangjiaoxue-2025", "score_exceeds_weight", "prose",
     ("sub", "得分19.37分，绩效指标得分79.56分，综合得分98.93分", "得分20.37分，绩效指标得分79.56分，综合得分99.93分",
      "预算执行情况得分20.37分，绩效指标得分79.56分，综合得分99.93分"),
     "execution score 20.37 above its weight of 20 (total raised with it to 99.93, so the sum still holds)",
     "执行得分 19.37 → 20.37 and 综合得分 98.93 → 99.93 in one sentence"),
    ("hb-hongan-xianchangjiaoxue-2025", "score_sum_mismatch", "prose",
     ("sub", "综合得分98.93分", "综合得分98.39分", "综合得分98.39分"),
     "19.37 + 79.56 = 98.93, stated 98.39", "综合得分 98.93 → 98.39"),
    ("hb-hongan-xianchangjiaoxue-2025", "rate_mismatch", "table", ("cell", "现场教学点讲解及维护", [(-1, "96.47%")]),
     "28.40 / 30.00 = 94.67%, stated 96.47%", "支出明细表 现场教学点讲解及维护 执行率 94.67% → 96.47%"),
    ("hb-hongan-xianchangjiaoxue-2025", "sum_mismatch", "prose",
     ("sub", "委托培训16期1094人", "委托培训16期1049人", "委托培训16期1049人"),
     "the two 委托培训班 rows give 706 + 388 = 1094 trainees, stated 1049", "委托培训人数小计 1094 → 1049"),
    ("hb-hongan-xianchangjiaoxue-2025", "average_mismatch", "prose",
     ("sub", "平均34场次", "平均43场次", "22场次，平均43场次"),
     "(46 + 38 + 35 + 29 + 22) / 5 = 34, stated 43", "现场教学平均场次 34 → 43"),
    ("hb-hongan-xianchangjiaoxue-2025", "conflicting_values", "prose",
     ("sub", "科级领导干部进修班2期112人", "科级领导干部进修班2期121人", "科级领导干部进修班2期121人"),
     "the class table gives 112 trainees for 科级领导干部进修班 (112 × 7 = 784 人天)", "科级进修班学员 112 → 121 (prose)"),
]


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def cell_edit(text, row_cell, changes):
    lines = text.split("\n")
    hits = [i for i, l in enumerate(lines) if row_cell in re.split(r" {2,}", l.strip())]
    if len(hits) != 1:
        raise SystemExit("row %r found %d times" % (row_cell, len(hits)))
    i = hits[0]
    line = lines[i]
    toks = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    new = line
    for idx, val in sorted(changes, key=lambda x: toks[x[0]][0], reverse=True):
        s, e = toks[idx]
        old = line[s:e]
        delta = dw(val) - dw(old)
        tail = new[e:]
        if tail and delta:
            spaces = len(tail) - len(tail.lstrip(" "))
            keep = max(2, spaces - delta)
            tail = " " * keep + tail.lstrip(" ")
        new = new[:s] + val + tail
    lines[i] = new
    return "\n".join(lines), new


def main():
    clean = {s: open(os.path.join(CASES, s + "-clean.txt"), encoding="utf-8").read() for s in SOURCES}
    labels = []
    n = {s: 0 for s in SOURCES}
    for s in SOURCES:
        labels.append({"case": s + "-clean.txt", "source": s, "clean": True, "expected": []})
    by_source = {s: [] for s in SOURCES}
    for src, code, where, spec, expl, what in EDITS:
        text = clean[src]
        if spec[0] == "sub":
            _, old, new, value = spec
            if text.count(old) != 1:
                raise SystemExit("%s: %r occurs %d times" % (src, old, text.count(old)))
            out = text.replace(old, new)
        else:
            _, row, changes = spec
            out, value = cell_edit(text, row, changes)
        n[src] += 1
        name = "%s-e%d.txt" % (src, n[src])
        with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
            f.write(out)
        by_source[src].append({"case": name, "source": src, "clean": False,
                               "expected": [{"code": code, "severity": "error", "value": value,
                                             "explanation": expl}]})
    ordered = []
    for s in SOURCES:
        ordered.append(labels[SOURCES.index(s)])
        ordered.extend(by_source[s])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in ordered:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("wrote %d cases" % len(ordered))


if __name__ == "__main__":
    main()
