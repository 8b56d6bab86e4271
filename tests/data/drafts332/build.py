#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft is cases/<id>-clean.txt (written by hand). Every error case is that draft with exactly one
old -> new replacement; `old` must occur exactly once in the clean draft and `value` (the label) must occur
exactly once in the resulting error case. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (project id, [(code, where, old, new, value, explanation), ... six edits -> e1..e6])
EDITS = [
    ("hb-jiayu-chaluomieluo-2021", [
        ("score_sum_mismatch", "table",
         "｜87.3%｜5｜4.85｜", "｜87.3%｜5｜4.58｜", "87.3%｜5｜4.58",
         "钉螺死亡率 row score 4.85 -> 4.58: rows now add to 9.47 + 49.58 + 30 + 10 = 99.05, the 总分 row says 99.32"),
        ("implausible_rate", "table",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
         "execution rate 100% printed for the carry-over row whose 全年预算数 is 0.00: a rate on a zero base"),
        ("average_mismatch", "prose",
         "平均365.33万平方米", "平均356.33万平方米", "平均356.33万平方米",
         "(412.5 + 386.3 + 297.2) / 3 = 365.33, stated 356.33"),
        ("rate_mismatch", "prose",
         "执行率92.11%", "执行率91.21%", "省级资金支出33.62万元，执行率91.21%",
         "provincial funds 33.62 / 36.50 = 92.11%, stated 91.21%"),
        ("weight_sum_mismatch", "table",
         "｜≥3处｜3处｜5｜5｜", "｜≥3处｜3处｜6｜5｜", "3处｜6｜5",
         "环境改造灭螺 weight 5 -> 6: 10 + 51 + 30 + 10 = 101, 总分 row says 100"),
        ("conflicting_values", "prose",
         "钉螺平均死亡率87.3%", "钉螺平均死亡率83.7%", "钉螺平均死亡率83.7%",
         "the text now gives the post-treatment snail mortality as 83.7% while the 自评表 gives 87.3% (scored 4.85 = 5 x 87.3/90)"),
    ]),
    ("sx-qixian-gaishuijiangfu-2019", [
        ("year_mismatch", "table",
         "（2019年度）", "（2018年度）", "（2018年度）",
         "the 自评表 is headed 2018年度 while the report, budget and works are 2019"),
        ("completion_mismatch", "table",
         "18640人   103.56%", "18640人   103.65%", "18640人   103.65%",
         "改水受益人口 18640 / 18000 = 103.56%, stated 103.65%"),
        ("sum_mismatch", "table",
         "(1)   400.00   360.00", "(1)   400.00   380.00", "400.00   380.00",
         "年初预算 财政资金小计 should be 300.00 + 60.00 = 360.00 (and 400.00 - 40.00 = 360.00), stated 380.00"),
        ("rate_mismatch", "table",
         "100.00   —   86.67", "100.00   —   68.67", "—   68.67",
         "县区级 到位率 (6)=(3)/(2) = 52.00 / 60.00 = 86.67%, stated 68.67"),
        ("grade_mismatch", "prose",
         "属于“优秀”", "属于“良好”", "98.52分，属于“良好”",
         "98.52 lies in the 优 band (90-100), not 良"),
        ("unit_mismatch", "table",
         "≥45公里   46.8公里", "≥45公里   100%", "≥45公里   100%",
         "铺设输配水管网: target in 公里, actual given as a percentage; completion cannot be computed"),
    ]),
    ("jx-ningdu-dianjiance-2023", [
        ("completion_mismatch", "prose",
         "完成率96.00%", "完成率94.00%", "实际采集检测96份，完成率94.00%",
         "孕妇尿样 96 / 100 = 96.00%, stated 94.00%"),
        ("year_mismatch", "table",
         "评价年度\t2023年", "评价年度\t2022年", "评价年度\t2022年",
         "the 自评表 claims evaluation year 2022 while the report and its funds are 2023"),
        ("average_mismatch", "prose",
         "平均每校40.6名", "平均每校40.8名", "平均每校40.8名",
         "(41 + 40 + 40 + 42 + 40) / 5 = 40.6, stated 40.8"),
        ("balance_mismatch", "prose",
         "年末结余1.25万元", "年末结余1.52万元", "年末结余1.52万元",
         "到位 18.60 - 执行 17.35 = 1.25, stated 1.52"),
        ("implausible_rate", "table",
         "\t92.6%\t", "\t102.6%\t", "合格碘盐食用率\t≥90%\t102.6%",
         "合格碘盐食用率 (a share of households) above 100%"),
        ("score_sum_mismatch", "table",
         "\t88.7%\t10\t9.86\t", "\t88.7%\t10\t9.68\t", "88.7%\t10\t9.68",
         "满意度 row score 9.86 -> 9.68: rows add to 98.61, 合计 says 98.79"),
    ]),
    ("qh-dari-baochongbing-2024", [
        ("weight_sum_mismatch", "table",
         "| ≥30例 | 34例 | 10 | 10 |", "| ≥30例 | 34例 | 12 | 10 |", "34例 | 12 | 10",
         "手术救治 weight 10 -> 12: weights add to 102, 合计 says 100"),
        ("grade_mismatch", "table",
         "评价等级：优", "评价等级：良", "评价等级：良",
         "total 97.42 lies in the 优 band"),
        ("sum_mismatch", "prose",
         "公用经费70.82万元", "公用经费72.80万元", "公用经费72.80万元",
         "基本支出 642.18 should equal 人员经费 571.36 + 公用经费; 571.36 + 72.80 = 644.16"),
        ("conflicting_values", "table",
         "| 12486人 |", "| 12468人 |", "| 12468人 |",
         "screening count 12468 in the table, 12486 in the text (which also gives 1248.6 per township and 55.00元 per person)"),
        ("year_mismatch", "prose",
         "结转至2025年", "结转至2024年", "结转至2024年",
         "unspent 2024 money carried over into 2024 itself; it goes to 2025"),
        ("score_sum_mismatch", "table",
         "| 9.79 |", "| 9.97 |", "93.0% | 10 | 9.97",
         "满意度 row score 9.79 -> 9.97: rows add to 97.60, 合计 says 97.42"),
    ]),
    ("gx-pingnan-kuangquanbing-2018", [
        ("score_exceeds_weight", "prose",
         "满意度指标（分值10分），得9分", "满意度指标（分值8分），得9分", "满意度指标（分值8分），得9分",
         "satisfaction scored 9 against a weight of 8"),
        ("score_exceeds_weight", "prose",
         "被动免疫制剂使用率（分值15分）", "被动免疫制剂使用率（分值12分）", "使用率（分值12分），按完成比例计得13.5分",
         "被动免疫制剂使用率 scored 13.5 against a weight of 12"),
        ("unit_mismatch", "prose",
         "培训督导2.50万元", "培训督导25000万元", "培训督导25000万元",
         "38.52 + 19.86 + 5.12 + x = 66.00 needs x = 2.50万元; 25000 is the 元 figure labelled 万元 (off by 10^4)"),
        ("implausible_rate", "prose",
         "全程接种率91.2%", "全程接种率101.2%", "全程接种率101.2%",
         "share of exposed persons completing the vaccine series above 100%"),
        ("rate_mismatch", "prose",
         "执行率93.80%", "执行率98.30%", "支出18.76万元，执行率98.30%",
         "central funds 18.76 / 20.00 = 93.80%, stated 98.30%"),
        ("balance_mismatch", "prose",
         "年末资金结余10.40万元", "年末资金结余10.04万元", "结余10.04万元",
         "到位 76.40 - 执行 66.00 = 10.40, stated 10.04"),
    ]),
]


def main():
    lines = []
    for pid, edits in EDITS:
        assert len(edits) == 6, pid
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        lines.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid} e{i}: old string occurs {n} times: {old!r}")
            err = clean.replace(old, new)
            if err.count(value) != 1:
                sys.exit(f"{pid} e{i}: value occurs {err.count(value)} times: {value!r}")
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            lines.append({"case": name, "source": pid, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(lines)} cases")


if __name__ == "__main__":
    main()
