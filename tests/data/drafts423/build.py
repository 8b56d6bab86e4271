#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case = its clean draft with exactly one contiguous replacement (old -> new).
`old` must occur exactly once in the clean draft; `value` must occur in the error case.
Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- 广西 桂平 2020 -------------------------------------------------------------
    ("gx-guiping-jintianchuanzha-2020", "e1", "rate_mismatch", "table",
     "351.48\t—\t96.30%", "351.48\t—\t96.03%",
     "351.48\t—\t96.03%",
     "附件1 当年财政拨款 row: 351.48 / 365.00 = 96.30%, stated 96.03%"),
    ("gx-guiping-jintianchuanzha-2020", "e2", "balance_mismatch", "prose",
     "年末结余13.52万元", "年末结余15.32万元",
     "结余15.32万元",
     "383.60 (budget, all received) - 370.08 (spent) = 13.52, stated 15.32"),
    ("gx-guiping-jintianchuanzha-2020", "e3", "score_exceeds_weight", "table",
     "905.5万吨\t106.53%\t8\t8\t\n\t\t航道维护里程\t=62.5公里\t62.5公里\t100.00%\t6\t6",
     "905.5万吨\t106.53%\t8\t7\t\n\t\t航道维护里程\t=62.5公里\t62.5公里\t100.00%\t6\t7",
     "62.5公里\t100.00%\t6\t7",
     "航道维护里程 scored 7 against a weight of 6 (过闸货物量 in the row above lowered 8 -> 7, so the total still reads 98.63)"),
    ("gx-guiping-jintianchuanzha-2020", "e4", "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良",
     "total 98.63 is in the 优 band (>= 90), stated 良"),
    ("gx-guiping-jintianchuanzha-2020", "e5", "year_mismatch", "prose",
     "已按规定结转至2021年使用", "已按规定结转至2020年使用",
     "结转至2020年",
     "the unspent part of the 2020 budget is carried over into 2020 itself; it must go to a later year (2021)"),
    ("gx-guiping-jintianchuanzha-2020", "e6", "completion_mismatch", "table",
     "9022闸次\t106.14%", "9022闸次\t104.16%",
     "9022闸次\t104.16%",
     "9022 / 8500 = 106.14%, stated 104.16%"),
    # ---- 江西 新干 2022 -------------------------------------------------------------
    ("jx-xingan-ganjianghangdao-2022", "e1", "sum_mismatch", "table",
     "5=1+2+3+4\n\t262.80\n", "5=1+2+3+4\n\t263.80\n",
     "5=1+2+3+4\n\t263.80",
     "合计 年初预算 150.00 + 40.00 + 60.00 + 12.80 = 262.80, stated 263.80 (also 263.80 + 30.00 != 292.80)"),
    ("jx-xingan-ganjianghangdao-2022", "e2", "score_sum_mismatch", "prose",
     "效益指标28.70分", "效益指标27.80分",
     "效益指标27.80分",
     "效益 rows 8.70 + 10 + 10 = 28.70; with 27.80 the four parts add to 97.23, not the stated 98.13"),
    ("jx-xingan-ganjianghangdao-2022", "e3", "weight_sum_mismatch", "table",
     "维护性疏浚土方\t6\t", "维护性疏浚土方\t7\t",
     "维护性疏浚土方\t7",
     "weights now total 101 (产出 rows 51 against the stated 50)"),
    ("jx-xingan-ganjianghangdao-2022", "e4", "average_mismatch", "prose",
     "四个季度平均1,637.5闸次", "四个季度平均1,673.5闸次",
     "平均1,673.5闸次",
     "(1326 + 1748 + 1905 + 1571) / 4 = 1637.5, stated 1673.5"),
    ("jx-xingan-ganjianghangdao-2022", "e5", "conflicting_values", "prose",
     "全年维护赣江新干段航道48.6公里", "全年维护赣江新干段航道46.8公里",
     "航道46.8公里",
     "maintained length is 46.8 km in the overview but 48.6 km (target and actual) in the 自评表"),
    ("jx-xingan-ganjianghangdao-2022", "e6", "unit_mismatch", "table",
     "≥3.5万立方米\t4.12万立方米", "≥3.5万立方米\t4.12万吨",
     "≥3.5万立方米\t4.12万吨",
     "target in 万立方米, actual in 万吨: completion 117.71% cannot be computed"),
    # ---- 浙江 龙游 2019 -------------------------------------------------------------
    ("zj-longyou-xiaoxitanchuanzha-2019", "e1", "implausible_rate", "table",
     "上年结转资金\t3\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转资金\t3\t0.00\t0.00\t0.00\t—\t100%\t—",
     "0.00\t—\t100%",
     "上年结转资金 全年预算 0.00: an execution rate of 100% on a zero base"),
    ("zj-longyou-xiaoxitanchuanzha-2019", "e2", "rate_mismatch", "prose",
     "到位率98.44%", "到位率98.04%",
     "到位率98.04%",
     "232.80 / 236.50 = 98.44%, stated 98.04%"),
    ("zj-longyou-xiaoxitanchuanzha-2019", "e3", "completion_mismatch", "table",
     "213.2万吨\t106.60%", "213.2万吨\t106.06%",
     "213.2万吨\t106.06%",
     "213.2 / 200 = 106.60%, stated 106.06%"),
    ("zj-longyou-xiaoxitanchuanzha-2019", "e4", "sum_mismatch", "prose",
     "船闸运行维护88.74万元", "船闸运行维护88.47万元",
     "船闸运行维护88.47万元",
     "118.20 + 88.47 + 22.80 = 229.47, but the spending broken down is 229.74"),
    ("zj-longyou-xiaoxitanchuanzha-2019", "e5", "year_mismatch", "table",
     "自评表（2019年度）", "自评表（2018年度）",
     "（2018年度）",
     "the 自评表 is headed 2018年度 while the report and its figures are for 2019"),
    ("zj-longyou-xiaoxitanchuanzha-2019", "e6", "grade_mismatch", "table",
     "评价等级：优", "评价等级：良",
     "评价等级：良",
     "total 99.62 is in the 优 band (>= 90), stated 良"),
    # ---- 湖南 桃江 2023 -------------------------------------------------------------
    ("hn-taojiang-xiushanchuanzha-2023", "e1", "balance_mismatch", "prose",
     "结余6.46万元", "结余6.64万元",
     "结余6.64万元",
     "314.20 - 307.74 = 6.46, stated 6.64"),
    ("hn-taojiang-xiushanchuanzha-2023", "e2", "score_exceeds_weight", "table",
     "2.06万立方米｜114.44%｜6｜6｜汛后回淤偏多\n｜质量指标｜航道维护尺度达标率｜≥98%｜98.6%｜100.61%｜8｜8｜",
     "2.06万立方米｜114.44%｜6｜8｜汛后回淤偏多\n｜质量指标｜航道维护尺度达标率｜≥98%｜98.6%｜100.61%｜8｜6｜",
     "114.44%｜6｜8",
     "维护性疏浚量 scored 8 against a weight of 6 (scores of two adjacent rows swapped, so the total still reads 98.93)"),
    ("hn-taojiang-xiushanchuanzha-2023", "e3", "average_mismatch", "prose",
     "平均每闸次过闸货物796吨", "平均每闸次过闸货物769吨",
     "平均每闸次过闸货物769吨",
     "4,128,000 t / 5186 lockages = 796 t, stated 769"),
    ("hn-taojiang-xiushanchuanzha-2023", "e4", "unit_mismatch", "prose",
     "航标维护43.12万元", "航标维护431200万元",
     "431200万元",
     "the 43.12万元 (431,200元) part written with the unit 万元: off by 10^4; rescaled, 142.60 + 122.02 + 43.12 = 307.74 holds (and 88 x 4,900元 = 43.12万元)"),
    ("hn-taojiang-xiushanchuanzha-2023", "e5", "conflicting_values", "table",
     "实际完成情况：维护资水桃江段航道42.3公里", "实际完成情况：维护资水桃江段航道43.2公里",
     "航道43.2公里",
     "自评表 goal block says 43.2 km maintained; the indicator row and the text say 42.3 km"),
    ("hn-taojiang-xiushanchuanzha-2023", "e6", "weight_sum_mismatch", "prose",
     "产出指标50分", "产出指标55分",
     "产出指标55分",
     "first-level weights 10 + 55 + 30 + 10 = 105; the 产出 rows of the table add to 50"),
    # ---- 四川 南部 2021 -------------------------------------------------------------
    ("sc-nanbu-jialingjiang-2021", "e1", "score_sum_mismatch", "table",
     "244.3｜15｜14.09｜", "244.3｜15｜14.90｜",
     "244.3｜15｜14.90",
     "row scores now add to 88.77 (indicators 80.20), stated totals 87.96 and 79.39"),
    ("sc-nanbu-jialingjiang-2021", "e2", "implausible_rate", "prose",
     "一次放行7,316艘次，一次放行率97.18%", "一次放行7,612艘次，一次放行率101.12%",
     "一次放行7,612艘次，一次放行率101.12%",
     "7612 of 7528 requesting ships released at first call: arithmetic holds but a rate over 100% is impossible"),
    ("sc-nanbu-jialingjiang-2021", "e3", "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日",
     "the 2021 execution figures are dated as of the end of 2020"),
    ("sc-nanbu-jialingjiang-2021", "e4", "rate_mismatch", "table",
     "213.13｜85.25%", "213.13｜82.55%",
     "213.13｜82.55%",
     "财政资金 213.13 / 250.00 = 85.25%, stated 82.55%"),
    ("sc-nanbu-jialingjiang-2021", "e5", "sum_mismatch", "table",
     "财政资金｜2｜212.00｜", "财政资金｜2｜221.00｜",
     "财政资金｜2｜221.00",
     "年初预算 221.00 + 0.00 + 18.00 + 0.00 = 239.00, stated total 230.00"),
    ("sc-nanbu-jialingjiang-2021", "e6", "completion_mismatch", "prose",
     "闸次完成率94.33%", "闸次完成率93.43%",
     "闸次完成率93.43%",
     "3962 / 4200 = 94.33%, stated 93.43%"),
]

SOURCES = [
    "gx-guiping-jintianchuanzha-2020",
    "jx-xingan-ganjianghangdao-2022",
    "zj-longyou-xiaoxitanchuanzha-2019",
    "hn-taojiang-xiushanchuanzha-2023",
    "sc-nanbu-jialingjiang-2021",
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suf, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suf}: old string occurs {n} times")
            err = clean.replace(old, new, 1)
            if value not in err:
                sys.exit(f"{src}-{suf}: value not in error case")
            name = f"{src}-{suf}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
