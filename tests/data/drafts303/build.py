#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts and the edit list below.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Each error case carries exactly one injected arithmetic slip.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "gs-maiji-jingzhang-2021",
    "hn-yueyang-xinlirexian-2023",
    "ha-wuyang-jingshenzhuanke-2019",
    "sd-donggang-xinlifuwu-2020",
    "fj-xianyou-jingfangyuan-bumen-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- gs-maiji-jingzhang-2021 (full-width bar table, MOF layout) ----
    ("gs-maiji-jingzhang-2021", 1, "rate_mismatch", "table",
     "188.56｜—｜96.01%", "188.56｜—｜96.10%", "188.56｜—｜96.10%",
     "当年财政拨款 row: 188.56 / 196.40 = 96.01%, the table prints 96.10%"),
    ("gs-maiji-jingzhang-2021", 2, "score_sum_mismatch", "table",
     "规律服药率｜≥60%｜63.11%｜6｜6｜", "规律服药率｜≥60%｜63.11%｜6｜5｜", "63.11%｜6｜5",
     "row scores now add up to 9.63 + 48.75 + 29.83 + 10 = 98.21, the 总分 row (and the text) still read 99.21"),
    ("gs-maiji-jingzhang-2021", 3, "unit_mismatch", "table",
     "乡镇精防医生配备率｜100%｜100%｜", "乡镇精防医生配备率｜100%｜20人｜", "配备率｜100%｜20人",
     "target is a percentage (配备率 100%), the actual is a head count (20人): completion cannot be computed"),
    ("gs-maiji-jingzhang-2021", 4, "year_mismatch", "table",
     "项目支出绩效自评表（2021年度）", "项目支出绩效自评表（2020年度）", "自评表（2020年度）",
     "the self-evaluation table is headed 2020年度 while the report and all budget figures are for 2021"),
    ("gs-maiji-jingzhang-2021", 5, "score_exceeds_weight", "prose",
     "各院得分在81分至98.5分之间", "各院得分在81分至108.5分之间", "81分至108.5分",
     "the 以奖代补 assessment is out of 满分100分, a score of 108.5 exceeds the maximum"),
    ("gs-maiji-jingzhang-2021", 6, "balance_mismatch", "prose",
     "年末尚未支出的7.84万元", "年末尚未支出的7.48万元", "尚未支出的7.48万元",
     "211.40 - 203.56 = 7.84, the text says 7.48"),
    # ---- hn-yueyang-xinlirexian-2023 (tab-separated tables) ----
    ("hn-yueyang-xinlirexian-2023", 1, "completion_mismatch", "table",
     "5.62万人次\t112.40%", "5.62万人次\t114.20%", "5.62万人次\t114.20%",
     "5.62 / 5 = 112.40%, the 完成率 cell reads 114.20%"),
    ("hn-yueyang-xinlirexian-2023", 2, "weight_sum_mismatch", "table",
     "24小时\t100.00%\t5\t5", "24小时\t100.00%\t6\t5", "24小时\t100.00%\t6\t5",
     "分值 column now totals 101 (产出指标 rows 51), the 合计 row says 100"),
    ("hn-yueyang-xinlirexian-2023", 3, "implausible_rate", "prose",
     "夜间及节假日接通率91.2%", "夜间及节假日接通率101.2%", "节假日接通率101.2%",
     "a call answer rate cannot exceed 100%"),
    ("hn-yueyang-xinlirexian-2023", 4, "average_mismatch", "prose",
     "平均每天接听34.2例", "平均每天接听36.2例", "平均每天接听36.2例",
     "12486 calls / 365 days = 34.2 per day, stated 36.2"),
    ("hn-yueyang-xinlirexian-2023", 5, "conflicting_values", "table",
     "≤30秒\t18秒", "≤30秒\t16秒", "≤30秒\t16秒",
     "the text gives the average answer wait as 18秒, the table row says 16秒"),
    ("hn-yueyang-xinlirexian-2023", 6, "sum_mismatch", "table",
     "合计\t80.00\t86.50", "合计\t78.00\t86.50", "合计\t78.00",
     "年初预算数 column: 60.00 + 20.00 = 80.00, the 合计 row says 78.00"),
    # ---- ha-wuyang-jingshenzhuanke-2019 (full-width bar tables, Shanxi-like 完成率 column) ----
    ("ha-wuyang-jingshenzhuanke-2019", 1, "sum_mismatch", "table",
     "医护人员进修培训｜30.00｜27.41", "医护人员进修培训｜30.00｜24.71", "进修培训｜30.00｜24.71",
     "实际支出数 column: 68.12 + 99.70 + 24.71 + 14.40 = 206.93, the 合计 row says 209.63"),
    ("ha-wuyang-jingshenzhuanke-2019", 2, "rate_mismatch", "prose",
     "到位率96.44%", "到位率94.66%", "到位率94.66%",
     "217 / 225 = 96.44%, stated 94.66%"),
    ("ha-wuyang-jingshenzhuanke-2019", 3, "completion_mismatch", "table",
     "63.5天｜94.49%", "63.5天｜105.83%", "63.5天｜105.83%",
     "reverse indicator ≤60天 missed with 63.5天: completion = 60 / 63.5 = 94.49%; 105.83% is actual/target"),
    ("ha-wuyang-jingshenzhuanke-2019", 4, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "98.2 points is in the 优 band (90-100)"),
    ("ha-wuyang-jingshenzhuanke-2019", 5, "unit_mismatch", "prose",
     "每人每月2,000元", "每人每月2,000万元", "每人每月2,000万元",
     "8 people x 6 months x 2,000元 = 9.60万元; written as 2,000万元 the rate is off by 10^4"),
    ("ha-wuyang-jingshenzhuanke-2019", 6, "score_sum_mismatch", "table",
     "产出指标｜小计｜｜｜｜｜50｜49.43", "产出指标｜小计｜｜｜｜｜50｜49.34", "50｜49.34",
     "产出 rows add up to 10 + 8 + 8 + 8 + 7.43 + 8 = 49.43, the 小计 says 49.34 (and 9.32 + 49.34 + 29.45 + 10 = 98.11 ≠ 98.20)"),
    # ---- sd-donggang-xinlifuwu-2020 (prose only) ----
    ("sd-donggang-xinlifuwu-2020", 1, "score_sum_mismatch", "prose",
     "项目自评总得分96.57分", "项目自评总得分95.67分", "总得分95.67分",
     "9.52 + 49.55 + 27.5 + 10 = 96.57, stated 95.67"),
    ("sd-donggang-xinlifuwu-2020", 2, "weight_sum_mismatch", "prose",
     "效益指标30分", "效益指标35分", "效益指标35分",
     "一级 weights 10 + 50 + 35 + 10 = 105, and the three 效益 sub-weights (10 + 10 + 10) give 30"),
    ("sd-donggang-xinlifuwu-2020", 3, "grade_mismatch", "prose",
     "等级为“优”", "等级为“良”", "等级为“良”",
     "96.57 points is in the 优 band"),
    ("sd-donggang-xinlifuwu-2020", 4, "average_mismatch", "prose",
     "平均每个服务室122人次", "平均每个服务室128人次", "平均每个服务室128人次",
     "15,372 / 126 = 122, stated 128"),
    ("sd-donggang-xinlifuwu-2020", 5, "year_mismatch", "prose",
     "已结转至2021年使用", "已结转至2020年使用", "结转至2020年",
     "the unspent part of the 2020 budget cannot be carried over to 2020 itself"),
    ("sd-donggang-xinlifuwu-2020", 6, "conflicting_values", "prose",
     "热线接听的3,168例来电中", "热线接听的3,186例来电中", "3,186例",
     "the outputs section gives 3,168 calls answered by the hotline, the benefits section 3,186"),
    # ---- fj-xianyou-jingfangyuan-bumen-2024 (部门整体, space-aligned table) ----
    ("fj-xianyou-jingfangyuan-bumen-2024", 1, "score_exceeds_weight", "prose",
     "（分值10分）得8.53分", "（分值8分）得8.53分", "（分值8分）得8.53分",
     "score 8.53 above the indicator's weight of 8"),
    ("fj-xianyou-jingfangyuan-bumen-2024", 2, "implausible_rate", "table",
     "0.00        0.00        —", "0.00        0.00        100%", "0.00        100%",
     "精神卫生宣传教育: 全年预算 0.00, an execution rate on a zero budget is undefined ('—'), not 100%"),
    ("fj-xianyou-jingfangyuan-bumen-2024", 3, "rate_mismatch", "table",
     "45.12       94.00%", "45.12       96.00%", "45.12       96.00%",
     "心理援助热线运行: 45.12 / 48.00 = 94.00%, the table says 96.00%"),
    ("fj-xianyou-jingfangyuan-bumen-2024", 4, "balance_mismatch", "prose",
     "年末未执行的37.74万元", "年末未执行的37.47万元", "未执行的37.47万元",
     "1,286.50 - 1,248.76 = 37.74 (also 444.20 - 406.46), stated 37.47"),
    ("fj-xianyou-jingfangyuan-bumen-2024", 5, "sum_mismatch", "table",
     "合计                        430.00", "合计                        420.00", "420.00",
     "年初预算 column: 150 + 48 + 200 + 30 + 2 = 430.00, the 合计 row says 420.00"),
    ("fj-xianyou-jingfangyuan-bumen-2024", 6, "average_mismatch", "prose",
     "平均自评得分95.53分", "平均自评得分95.35分", "平均自评得分95.35分",
     "(97.5 + 95.3 + 91.3 + 98.0) / 4 = 95.53, stated 95.35"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with errors)")


if __name__ == "__main__":
    main()
