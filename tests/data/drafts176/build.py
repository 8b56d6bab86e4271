#!/usr/bin/env python3
"""Build the n176 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean
draft; the result is written to cases/<source>-eN.txt. labels.jsonl gets one line per
case (clean drafts first within each source, then e1..e6).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "xiangning-jiangfu-2019",
    "xinning-tefu-2022",
    "luzhai-tuoyu-2024",
    "kazuo-laonianjiankang-2021",
    "kangle-chuxianfangzhi-2023",
]

# (source, n, old, new, [(code, value, explanation), ...])
EDITS = [
    # ---- A: Xiangning (Shanxi) 2019, 农村部分计划生育家庭奖励扶助 -----------------------
    ("xiangning-jiangfu-2019", 1,
     "\t100\n\t98.93\n", "\t100\n\t98.39\n",
     [("rate_mismatch", "98.39",
       "funds table row (7)=(4)/(2), column 县区级: 44.52 / 45.00 = 98.93%, printed 98.39")]),
    ("xiangning-jiangfu-2019", 2,
     "\t100%\n\t102.04%\n", "\t100%\n\t102.40%\n",
     [("completion_mismatch", "102.40%",
       "附件1 符合条件对象纳入率: target ≥98%, actual 100% -> completion 102.04%, printed 102.40%")]),
    ("xiangning-jiangfu-2019", 3,
     "\t3125人\n\t3120人\n", "\t3125人\n\t99.84%\n",
     [("unit_mismatch", "3125人\n\t99.84%",
       "附件1 奖励扶助对象人数: target in 人 (3125人) but 业绩值 given as a percentage (99.84%, the completion rate)")]),
    ("xiangning-jiangfu-2019", 4,
     "总得分99.96分", "总得分99.69分",
     [("score_sum_mismatch", "总得分99.69分",
       "row scores 9.98+14.98+10+10+5+10+10+10+10+10 = 99.96 (also 9.98+49.98+30+10), stated 99.69")]),
    ("xiangning-jiangfu-2019", 5,
     "截至2019年12月31日", "截至2018年12月31日",
     [("year_mismatch", "截至2018年12月31日",
       "2019 report: the year-end spending figure 299.52万元 is dated 截至2018年12月31日")]),
    ("xiangning-jiangfu-2019", 6,
     "政策知晓率93.6%", "政策知晓率96.3%",
     [("conflicting_values", "政策知晓率96.3%",
       "奖扶政策知晓率 is 96.3% in section 三 but 93.6% in 附件1 (业绩值, completion 104.00%)")]),

    # ---- B: Xinning (Hunan) 2022, 计划生育特别扶助 ---------------------------------------
    ("xinning-tefu-2022", 1,
     "对象资格确认准确率\t≥98%\t100%\t5\t5", "对象资格确认准确率\t≥98%\t100%\t6\t5",
     [("weight_sum_mismatch", "对象资格确认准确率\t≥98%\t100%\t6",
       "分值 now 10+10+10+10+6+5+10+10+10+10+10 = 101, table total says 100")]),
    ("xinning-tefu-2022", 2,
     "≥400人\t412人", "≥400人\t421人",
     [("conflicting_values", "≥400人\t421人",
       "伤残家庭特扶对象 is 412人 twice in the text (412+638+18 = 1,068), 421人 in the 自评表")]),
    ("xinning-tefu-2022", 3,
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%\t—",
     [("implausible_rate", "0.00\t—\t100%",
       "上年结转资金 row: 全年预算数 0.00 yet 执行率 100% (a rate on a zero base)")]),
    ("xinning-tefu-2022", 4,
     "评价等级为“优”", "评价等级为“良”",
     [("grade_mismatch", "评价等级为“良”",
       "自评得分95.93分 is in the 优 band (≥90), text says 良")]),
    ("xinning-tefu-2022", 5,
     "分别为986人、1,027人", "分别为968人、1,027人",
     [("average_mismatch", "分别为968人、1,027人、1,068人，三年年均1,027人",
       "(968+1027+1068)/3 = 1,021, stated 三年年均1,027人")]),
    ("xinning-tefu-2022", 6,
     "省级补助132.00万元", "省级补助123.00万元",
     [("sum_mismatch", "省级补助123.00万元",
       "全年预算600.00万元 = 中央348.00 + 省级 + 县级120.00; with 省级123.00 the parts add to 591.00")]),

    # ---- C: Luzhai (Guangxi) 2024, 普惠托育服务 ------------------------------------------
    ("luzhai-tuoyu-2024", 1,
     "（80人次）的112.5%", "（80人次）的102.5%",
     [("completion_mismatch", "完成年度目标（80人次）的102.5%",
       "90人次 trained against a target of 80人次 = 112.5%, text says 102.5%")]),
    ("luzhai-tuoyu-2024", 2,
     "分别为94.2%、92.8%", "分别为94.8%、92.8%",
     [("average_mismatch", "94.8%、92.8%、93.2%，平均93.4%",
       "(94.8+92.8+93.2)/3 = 93.6%, stated 平均93.4%")]),
    ("luzhai-tuoyu-2024", 3,
     "从业人员培训4.50万元", "从业人员培训45000万元",
     [("unit_mismatch", "从业人员培训45000万元",
       "training money is 45,000元 (90人次 × 500元) = 4.50万元; written 45000万元, parts then miss 190.50万元 by exactly ×10^4")]),
    ("luzhai-tuoyu-2024", 4,
     "| 93.4% | 10 | 10 |", "| 93.4% | 10 | 10.38 |",
     [("score_exceeds_weight", "| 93.4% | 10 | 10.38 |",
       "婴幼儿家长满意度: 得分10.38 above 分值10 (scored 10 × 93.4/90 without the cap)"),
      ("score_sum_mismatch", "98.81",
       "same slip: the row scores now add to 99.19 while the table and section 三 still say 98.81")]),
    ("luzhai-tuoyu-2024", 5,
     "（2024年度）", "（2023年度）",
     [("year_mismatch", "（2023年度）",
       "2024 report (title, funds, 截至2024年底) but the 自评表 is headed 2023年度")]),
    ("luzhai-tuoyu-2024", 6,
     "| 其中：当年财政拨款 | 40.50 | 190.50 | 182.50 | — | 95.80% |",
     "| 其中：当年财政拨款 | 40.50 | 190.50 | 182.50 | — | 95.08% |",
     [("rate_mismatch", "182.50 | — | 95.08%",
       "当年财政拨款 row: 182.50 / 190.50 = 95.80%, printed 95.08%")]),

    # ---- D: Kazuo (Liaoning) 2021, 老年健康与医养结合服务 --------------------------------
    ("kazuo-laonianjiankang-2021", 1,
     "自评等级为“良好”", "自评等级为“优秀”",
     [("grade_mismatch", "自评等级为“优秀”",
       "自评总分89.35分 is in the 良 band (80–90), text says 优秀")]),
    ("kazuo-laonianjiankang-2021", 2,
     "农村59.7%", "农村597%",
     [("implausible_rate", "农村597%",
       "rural 老年人健康管理率 597% (decimal point lost; a coverage rate cannot exceed 100%)")]),
    ("kazuo-laonianjiankang-2021", 3,
     "结转14.80万元", "结转14.08万元",
     [("balance_mismatch", "结转14.08万元",
       "全年预算68.40 − 支出53.60 = 14.80万元, stated 结转14.08万元")]),
    ("kazuo-laonianjiankang-2021", 4,
     "86.4%\t10\t9.6\t", "86.4%\t10\t96\t",
     [("score_exceeds_weight", "86.4%\t10\t96",
       "服务对象满意度: 得分96 above 分值10 (decimal point lost from 9.6)"),
      ("score_sum_mismatch", "89.35",
       "same slip: row scores now add to 175.75 while the table total and 自评结论 still say 89.35")]),
    ("kazuo-laonianjiankang-2021", 5,
     "≥50%\t52.6%\t10\t10", "≥50%\t52.6%\t12\t10",
     [("weight_sum_mismatch", "≥50%\t52.6%\t12",
       "医养签约服务覆盖率 分值12: weights now add to 102 (效益 32), table total says 100")]),
    ("kazuo-laonianjiankang-2021", 6,
     "7.20\t7.20\t4.60", "7.20\t7.20\t4.06",
     [("sum_mismatch", "7.20\t7.20\t4.06",
       "全年执行数 53.60 = 中央44.20 + 省级 + 县级4.80; with 省级4.06 the parts add to 53.06")]),

    # ---- E: Kangle (Gansu) 2023, 出生缺陷综合防治 ----------------------------------------
    ("kangle-chuxianfangzhi-2023", 1,
     "结转至2024年继续用于出生缺陷防治工作", "结转至2023年继续用于出生缺陷防治工作",
     [("year_mismatch", "结转至2023年",
       "2023 report: the year-end balance is carried over 至2023年 (must be a later year)")]),
    ("kangle-chuxianfangzhi-2023", 2,
     "执行率92.67%", "执行率92.76%",
     [("rate_mismatch", "执行率92.76%",
       "县级配套资金 27.80 / 30.00 = 92.67%, printed 92.76%")]),
    ("kangle-chuxianfangzhi-2023", 3,
     "年末结余5.57万元", "年末结余5.75万元",
     [("balance_mismatch", "结余5.75万元",
       "预算96.00 − 支出90.43 = 5.57万元, stated 结余5.75万元")]),
    ("kangle-chuxianfangzhi-2023", 4,
     "74.5% 106.43%", "74.5% 104.63%",
     [("completion_mismatch", "74.5% 104.63%",
       "产前筛查率: target ≥70%, actual 74.5% -> completion 106.43%, printed 104.63%")]),
    ("kangle-chuxianfangzhi-2023", 5,
     "≤12‰ 9.6‰", "≤12‰ 9.6%",
     [("unit_mismatch", "≤12‰ 9.6%",
       "出生缺陷发生率: target in ‰ (≤12‰), actual written in % (9.6%)")]),
    ("kangle-chuxianfangzhi-2023", 6,
     "总分 100 99.14", "总分 100 99.41",
     [("score_sum_mismatch", "总分 100 99.41",
       "row scores 9.42+10+10+10+4.94+5+10+10+9.78+10+10 = 99.14, table total printed 99.41")]),
]


def main():
    labels = []
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
    by_src = {src: [] for src in SOURCES}
    for src, n, old, new, exp in EDITS:
        text = clean[src]
        count = text.count(old)
        if count != 1:
            sys.exit(f"{src}-e{n}: old string matches {count} times: {old!r}")
        out = text.replace(old, new, 1)
        name = f"{src}-e{n}.txt"
        with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
            fh.write(out)
        by_src[src].append({
            "case": name, "source": src, "clean": False,
            "expected": [{"code": c, "severity": "error", "value": v, "explanation": x} for c, v, x in exp],
        })
    for src in SOURCES:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        labels.extend(sorted(by_src[src], key=lambda r: r["case"]))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(EDITS)} error cases, {len(labels)} label lines")


if __name__ == "__main__":
    main()
