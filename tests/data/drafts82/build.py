#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of this set from the clean drafts.

The clean drafts (cases/<id>-clean.txt) are the source of truth.  Each error case is the
clean draft with the edits listed in CASES applied: every edit is (old, new) where `old`
must occur exactly once in the clean draft.  One edit per case, except score-row edits
that touch two adjacent table rows.

`value` of a label is either a literal string or ("from", start, end): the slice of the
error case that starts at the first occurrence of `start` and ends after the first
occurrence of `end` that follows it (used for sum / score-sum / weight-sum errors, where
the value spans from the changed figure to the total).

Pure Python 3, no third-party modules.  Usage: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES_DIR = os.path.join(HERE, "cases")
T = "\t"

PROJECTS = [
    "haiyan-nongmufitness-2019",
    "qingtongxia-communitycourt-2022",
    "gar-fitnessplaza-2023",
    "xining-riversidetrail-2024",
    "litong-fitnesscentre-2018",
]

# (project, n, code, edits, value, explanation)
CASES = [
    # ---- haiyan-nongmufitness-2019 (Qinghai, 2019) ------------------------------------
    ("haiyan-nongmufitness-2019", 1, "rate_mismatch",
     [("县级配套资金执行率81.80%。", "县级配套资金执行率8.18%。")],
     "县级配套资金执行率8.18%",
     "county matching funds 16.36 spent of 20.00 = 81.80%; 8.18% is 16.36 over the whole 200.00 budget (wrong base)"),
    ("haiyan-nongmufitness-2019", 2, "sum_mismatch",
     [("哈勒景村" + T + "720", "哈勒景村" + T + "702")],
     ("from", "702" + T, T + "3840"),
     "plaza areas 680+620+560+702+640+620 = 3822, table total still 3840 (720 retyped as 702)"),
    ("haiyan-nongmufitness-2019", 3, "score_sum_mismatch",
     [("83.33%" + T + "5" + T + "4.17", "83.33%" + T + "5" + T + "5")],
     ("from", "83.33%" + T + "5" + T + "5" + T, "100" + T + "98.76"),
     "timeliness score raised from 4.17 to 5 without the total: rows now add to 99.59, total row says 98.76"),
    ("haiyan-nongmufitness-2019", 4, "unit_mismatch",
     [("社会体育指导员培训3.50万元", "社会体育指导员培训35000万元")],
     "35000万元",
     "training cost is 35000元 = 3.50万元 (12.86 + 3.50 = 16.36); the 元 figure carries the unit 万元, off by 10^4"),
    ("haiyan-nongmufitness-2019", 5, "year_mismatch",
     [("截至2019年12月31日", "截至2018年12月31日")],
     "截至2018年12月31日",
     "the 2019 report states the year-end funding position as of 2018-12-31 (last year's date left in)"),
    ("haiyan-nongmufitness-2019", 6, "completion_mismatch",
     [("（3600平方米）的106.67%", "（3600平方米）的6.67%")],
     "（3600平方米）的6.67%",
     "3840 / 3600 = 106.67%; 6.67% is the over-achievement (deviation), not the completion rate"),

    # ---- qingtongxia-communitycourt-2022 (Ningxia, 2022) --------------------------------
    ("qingtongxia-communitycourt-2022", 1, "balance_mismatch",
     [("已到位资金结余79.00万元", "已到位资金结余97.00万元")],
     "结余97.00万元",
     "received 640.00 - spent 561.00 = 79.00 (digits swapped)"),
    ("qingtongxia-communitycourt-2022", 2, "weight_sum_mismatch",
     [(T + "75%" + T + "5" + T + "3.75", T + "75%" + T + "10" + T + "3.75")],
     ("from", "75%" + T + "10" + T + "3.75", "合计" + T + T + T + T + T + "100"),
     "timeliness weight changed 5 -> 10: the weights now add to 105 while the total row says 100"),
    ("qingtongxia-communitycourt-2022", 3, "grade_mismatch",
     [("评价等级为“良”", "评价等级为“优”")],
     "评价等级为“优”",
     "89.89 is below 90: band 良, not 优"),
    ("qingtongxia-communitycourt-2022", 4, "average_mismatch",
     [("场均600人次", "场均700人次")],
     "场均700人次",
     "16800 participants over 28 events = 600 per event (700 would be 16800/24)"),
    ("qingtongxia-communitycourt-2022", 5, "implausible_rate",
     [("社会资金" + T + "0.00" + T + "0.00" + T + "0.00" + T + "—",
       "社会资金" + T + "0.00" + T + "0.00" + T + "0.00" + T + "100.00%")],
     "社会资金" + T + "0.00" + T + "0.00" + T + "0.00" + T + "100.00%",
     "到位率 100.00% on a zero budget (社会资金 0.00): a rate on a zero base (filled down from the row above)"),
    ("qingtongxia-communitycourt-2022", 6, "conflicting_values",
     [("全年举办赛事活动28场次", "全年举办赛事活动26场次")],
     "全年举办赛事活动26场次",
     "events held are 28 in section 四, table 3 and the indicator table; 26 in the problems section"),

    # ---- gar-fitnessplaza-2023 (Tibet, 2023) --------------------------------------------
    ("gar-fitnessplaza-2023", 1, "rate_mismatch",
     [("226.80" + T + "—" + T + "94.50%", "226.80" + T + "—" + T + "95.40%")],
     "226.80" + T + "—" + T + "95.40%",
     "current-year appropriation 226.80 / 240.00 = 94.50%, table says 95.40%"),
    ("gar-fitnessplaza-2023", 2, "score_exceeds_weight",
     [("≥4个" + T + "3个" + T + "10" + T + "7.50", "≥4个" + T + "3个" + T + "10" + T + "3.79"),
      ("4550平方米" + T + "5" + T + "3.79", "4550平方米" + T + "5" + T + "7.50")],
     "4550平方米" + T + "5" + T + "7.50",
     "scores of two adjacent rows swapped: 新增体育场地面积 now scores 7.50 against a weight of 5 (total unchanged)"),
    ("gar-fitnessplaza-2023", 3, "unit_mismatch",
     [("≥16套" + T + "16套", "≥16套" + T + "100%")],
     "≥16套" + T + "100%",
     "target in 套, actual given as a percentage"),
    ("gar-fitnessplaza-2023", 4, "year_mismatch",
     [("结转至2024年", "结转至2023年")],
     "结转至2023年",
     "unspent money of the 2023 budget cannot be carried over to 2023 itself"),
    ("gar-fitnessplaza-2023", 5, "sum_mismatch",
     [("1800" + T + "4.60", "1800" + T + "6.40")],
     ("from", "1800" + T + "6.40", "8650" + T + "26.40"),
     "event costs 18.40 + 6.40 + 3.40 = 28.20, table total 26.40 (4.60 retyped as 6.40)"),
    ("gar-fitnessplaza-2023", 6, "average_mismatch",
     [("平均每个36.50万元", "平均每个48.67万元")],
     "平均每个48.67万元",
     "(38.60 + 35.20 + 37.40 + 34.80) / 4 = 36.50; 48.67 is 146.00 divided by the 3 finished plazas"),

    # ---- xining-riversidetrail-2024 (Qinghai, 2024) -------------------------------------
    ("xining-riversidetrail-2024", 1, "balance_mismatch",
     [("年末结余113.55万元", "年末结余13.55万元")],
     "年末结余13.55万元",
     "1500.00 received - 1386.45 spent = 113.55 (a digit dropped)"),
    ("xining-riversidetrail-2024", 2, "weight_sum_mismatch",
     [("93场次" + T + "5" + T + "5", "93场次" + T + "6" + T + "5")],
     ("from", "93场次" + T + "6" + T + "5", "总分" + T + T + T + T + T + "100"),
     "weight of 举办全民健身赛事活动 changed 5 -> 6: weights now add to 101, output block to 41"),
    ("xining-riversidetrail-2024", 3, "grade_mismatch",
     [("评价等级为“优”", "评价等级为“良”")],
     "评价等级为“良”",
     "94.93 is in the 优 band (last year's grade left in)"),
    ("xining-riversidetrail-2024", 4, "completion_mismatch",
     [("完成年度目标的123.60%", "完成年度目标的120.00%")],
     "年度目标的120.00%",
     "12.36 / 10 万人次 = 123.60%; 120.00% is the ratio to last year's 10.30万人次"),
    ("xining-riversidetrail-2024", 5, "conflicting_values",
     [("段新建健身步道12.6公里", "段新建健身步道16.2公里")],
     "健身步道16.2公里",
     "the trail is 12.6 km in tables 1, the output section and the indicator table; 16.2 km in the project description"),
    ("xining-riversidetrail-2024", 6, "implausible_rate",
     [("巡检完好1,240套，完好率96.42%", "巡检完好1,340套，完好率104.20%")],
     "1,340套，完好率104.20%",
     "1340 intact of 1286 registered = 104.20%: more intact sets than exist, a rate above 100%"),

    # ---- litong-fitnesscentre-2018 (Ningxia, 2018) --------------------------------------
    ("litong-fitnesscentre-2018", 1, "score_sum_mismatch",
     [("产出指标得分42.00分", "产出指标得分44.00分")],
     ("from", "84.91分，其中", "产出指标得分44.00分"),
     "8.00 + 44.00 + 25.67 + 9.24 = 86.91, stated total 84.91 (output score 42.00 retyped as 44.00)"),
    ("litong-fitnesscentre-2018", 2, "score_exceeds_weight",
     [("70%" + T + "5" + T + "3.50", "70%" + T + "5" + T + "5.50"),
      ("3050元/平方米" + T + "10" + T + "10", "3050元/平方米" + T + "10" + T + "8.00")],
     "70%" + T + "5" + T + "5.50",
     "年度形象进度完成率 scores 5.50 against a weight of 5 (the next row lowered by 2 so the total still reads 84.91)"),
    ("litong-fitnesscentre-2018", 3, "rate_mismatch",
     [("1764.00" + T + "—" + T + "76.70%", "1764.00" + T + "—" + T + "65.82%")],
     "1764.00" + T + "—" + T + "65.82%",
     "current-year appropriation 1764.00 / 2300.00 = 76.70%; 65.82% divides by the whole 2680.00 (wrong base)"),
    ("litong-fitnesscentre-2018", 4, "sum_mismatch",
     [("（其中2017年1,620.00万元", "（其中2017年1,260.00万元")],
     "3,764.00万元（其中2017年1,260.00万元",
     "1,260.00 + 2,144.00 = 3,404.00, stated cumulative 3,764.00 (1,620.00 retyped as 1,260.00)"),
    ("litong-fitnesscentre-2018", 5, "unit_mismatch",
     [("监理费42.80万元", "监理费428000万元")],
     "428000万元",
     "supervision fee 428000元 = 42.80万元 (1,986.40 + 42.80 + 114.80 = 2,144.00); the 元 figure carries 万元"),
    ("litong-fitnesscentre-2018", 6, "conflicting_values",
     [("项目批复总投资4,860.00万元", "项目批复总投资4,680.00万元")],
     "总投资4,680.00万元",
     "total investment 4,860.00 in section 四 (3,764.00 = 77.45% of it); 4,680.00 in the overview"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply_edits(text, edits, where):
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            sys.exit(f"{where}: edit source {old!r} occurs {n} times in the clean draft")
        text = text.replace(old, new)
    return text


def resolve_value(text, value, where):
    if isinstance(value, str):
        return value
    kind, start, end = value
    assert kind == "from"
    i = text.find(start)
    if i < 0:
        sys.exit(f"{where}: value start {start!r} not found")
    j = text.find(end, i + len(start) - 1)
    if j < 0:
        sys.exit(f"{where}: value end {end!r} not found after start")
    return text[i:j + len(end)]


def main():
    labels = []
    clean_cache = {}
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean_cache[pid] = read(os.path.join(CASES_DIR, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, edits, value, expl) in [c for c in CASES if c[0] == pid]:
            name = f"{pid}-e{n}.txt"
            text = apply_edits(clean_cache[pid], edits, name)
            val = resolve_value(text, value, name)
            with open(os.path.join(CASES_DIR, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": val,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, "
          f"{sum(1 for r in labels if r['clean'])} clean cases")


if __name__ == "__main__":
    main()
