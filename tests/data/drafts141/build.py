#!/usr/bin/env python3
"""Build the n141 error cases and labels.jsonl from the five clean drafts.

Each error case is its clean draft with exactly one edit applied: an exact old -> new
replacement that must match exactly once in the clean draft.  Labels are written to
labels.jsonl in the format of /work/shared/eval/dev/labels.jsonl.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "daye-roadmaint-2022",
    "guixi-streetlight-2019",
    "sihui-greening-2023",
    "linhe-drainage-2020",
    "dawukou-parkopen-2024",
]

# Two adjacent rows of the Linhe PDF table (weights 5 / 10) whose weight cells get swapped.
LH_TIME = "            时效指标        汛前主干管网清淤完成率    5     ≥90%            86.4%           96.00%    4.8    疫情影响开工推迟\n"
LH_COST = "            成本指标        管网清淤单位成本          10    ≤1.2万元/公里   1.16万元/公里   100%      10"
LH_TIME_NEW = LH_TIME.replace("完成率    5     ≥90%", "完成率    10    ≥90%")
LH_COST_NEW = LH_COST.replace("单位成本          10    ≤", "单位成本          5     ≤")

# (source, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---------------- 大冶市 市政道路维护 2022 (Hubei; flattened table, one cell per line) ----------
    ("daye-roadmaint-2022", "e1", "rate_mismatch", "text",
     "支出622.36万元，执行率95.75%", "支出622.36万元，执行率95.57%",
     "支出622.36万元，执行率95.57%",
     "当年财政拨款 622.36 / 650.00 = 95.75%, stated 95.57% (digits transposed)"),
    ("daye-roadmaint-2022", "e2", "score_exceeds_weight", "table",
     "\t≥98%\n\t100%\n\t10\n\t10\n\t\n\n\t\n\t\n\t时效指标\n\t道路病害处置及时率\n\t≥95%\n\t96.8%\n\t5\n",
     "\t≥98%\n\t100%\n\t5\n\t10\n\t\n\n\t\n\t\n\t时效指标\n\t道路病害处置及时率\n\t≥95%\n\t96.8%\n\t10\n",
     "\t100%\n\t5\n\t10",
     "weights of the 质量 and 时效 rows swapped: 维修工程验收合格率 now 分值 5 but 得分 10 (weight and score totals unchanged)"),
    ("daye-roadmaint-2022", "e3", "sum_mismatch", "text",
     "人行道破损修复146.72万元", "人行道破损修复164.72万元",
     "652.36万元中：道路日常养护318.40万元，占48.81%；人行道破损修复164.72万元；沥青路面罩面工程187.24万元",
     "318.40 + 164.72 + 187.24 = 670.36, not the 652.36 they make up (146.72 mistyped)"),
    ("daye-roadmaint-2022", "e4", "year_mismatch", "text",
     "已按规定结转至2023年使用", "已按规定结转至2022年使用",
     "结转至2022年使用",
     "the unspent 27.64万元 of the 2022 budget cannot be carried over to 2022 itself (should be 2023)"),
    ("daye-roadmaint-2022", "e5", "unit_mismatch", "text",
     "道路日常养护318.40万元", "道路日常养护3184000万元",
     "道路日常养护3184000万元",
     "318.40万元 written as the 元 figure 3184000 with the unit 万元 (off by 10^4); share 48.81% and the 652.36 total reconcile only with 318.40万元"),
    ("daye-roadmaint-2022", "e6", "completion_mismatch", "text",
     "完成率109.29%", "完成率109.92%",
     "3.06万平方米，完成率109.92%",
     "人行道修复 3.06 / 2.8 = 109.29%, stated 109.92%"),

    # ---------------- 贵溪市 路灯管理 2019 (Jiangxi; tab-separated rows) --------------------------
    ("guixi-streetlight-2019", "e1", "balance_mismatch", "text",
     "年末结余15.48万元", "年末结余15.84万元",
     "年末结余15.84万元",
     "486.00 received - 470.52 spent = 15.48, stated 15.84"),
    ("guixi-streetlight-2019", "e2", "weight_sum_mismatch", "table",
     "\t≥60%\t57.4%\t10\t9.57\t", "\t≥60%\t57.4%\t15\t9.57\t",
     "57.4%\t15\t9.57",
     "LED节能灯具占比 weight 15: weights now total 105 (效益 35) against 总分 100"),
    ("guixi-streetlight-2019", "e3", "average_mismatch", "text",
     "三季度98.9%", "三季度98.3%",
     "一季度98.6%、二季度99.1%、三季度98.3%、四季度99.4%，全年平均亮灯率99.0%",
     "(98.6 + 99.1 + 98.3 + 99.4) / 4 = 98.85, stated average 99.0%"),
    ("guixi-streetlight-2019", "e4", "implausible_rate", "table",
     "\t≥90%\t92%\t10\t10\t", "\t≥90%\t102.2%\t10\t10\t",
     "102.2%",
     "市民满意度 102.2% is above 100% (the completion 92/90 typed into 实际完成值)"),
    ("guixi-streetlight-2019", "e5", "conflicting_values", "text",
     "全年共管护路灯12846盏", "全年共管护路灯12486盏",
     "全年共管护路灯12486盏",
     "the lamps managed are 12846盏 elsewhere (12130 + 716, goal block, table row), 12486 here"),
    ("guixi-streetlight-2019", "e6", "score_sum_mismatch", "table",
     "\t96.3%\t10\t9.83\t", "\t96.3%\t10\t9.38\t",
     "96.3%\t10\t9.38",
     "row scores now add up to 98.63, stated 总分 99.08 (and 自评得分99.08分)"),

    # ---------------- 四会市 园林绿化养护 2023 (Guangdong; full-width ｜ rows) --------------------
    ("sihui-greening-2023", "e1", "weight_sum_mismatch", "text",
     "产出指标50分", "产出指标60分",
     "预算执行率10分、产出指标60分、效益指标30分、满意度指标10分，合计100分",
     "10 + 60 + 30 + 10 = 110, stated 合计100分 (table rows give 产出 50)"),
    ("sihui-greening-2023", "e2", "rate_mismatch", "table",
     "｜28.20｜—｜94.00%｜", "｜28.20｜—｜94.60%｜",
     "28.20｜—｜94.60%",
     "上年结转资金 28.20 / 30.00 = 94.00%, stated 94.60%"),
    ("sihui-greening-2023", "e3", "average_mismatch", "text",
     "三季度89.1分", "三季度89.4分",
     "三季度89.4分、四季度89.7分，全年平均88.6分",
     "(87.2 + 88.4 + 89.4 + 89.7) / 4 = 88.675, stated 88.6"),
    ("sihui-greening-2023", "e4", "unit_mismatch", "table",
     "｜≥132万平方米｜135.6万平方米｜", "｜≥132万平方米｜102.73%｜",
     "≥132万平方米｜102.73%",
     "绿地养护面积: target in 万平方米, actual given as a percentage (the completion 135.6/132)"),
    ("sihui-greening-2023", "e5", "conflicting_values", "text",
     "完成行道树修剪2.62万株", "完成行道树修剪2.26万株",
     "完成行道树修剪2.26万株",
     "行道树修剪 is 2.62万株 in the 自评表, 2.26万株 in the text"),
    ("sihui-greening-2023", "e6", "implausible_rate", "table",
     "｜其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "｜其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%",
     "其他资金 has a zero budget (0.00) yet an execution rate of 100.00%"),

    # ---------------- 临河区 城市排水防涝 2020 (Inner Mongolia; PDF text, space-aligned) ----------
    ("linhe-drainage-2020", "e1", "sum_mismatch", "text",
     "检查井及雨箅子清掏98.62万元", "检查井及雨箅子清掏89.62万元",
     "其中管网清淤疏通216.34万元、检查井及雨箅子清掏89.62万元、排涝泵站运行维护142.56万元、防汛物资储备74.88万元",
     "216.34 + 89.62 + 142.56 + 74.88 = 523.40, stated 全年执行532.40"),
    ("linhe-drainage-2020", "e2", "year_mismatch", "table",
     "临河区2020年度项目支出绩效自评表", "临河区2019年度项目支出绩效自评表",
     "临河区2019年度项目支出绩效自评表",
     "the attached table is headed 2019年度 in the 2020 report (last year's template)"),
    ("linhe-drainage-2020", "e3", "completion_mismatch", "table",
     "186.5公里       103.61%", "186.5公里       106.31%",
     "186.5公里       106.31%",
     "清淤疏通长度 186.5 / 180 = 103.61%, stated 106.31%"),
    ("linhe-drainage-2020", "e4", "balance_mismatch", "table",
     "(5)=(3)-(4)     87.60", "(5)=(3)-(4)     78.60",
     "(5)=(3)-(4)     78.60",
     "(3) 620.00 - (4) 532.40 = 87.60, stated 78.60"),
    ("linhe-drainage-2020", "e5", "grade_mismatch", "text",
     "评价等级为“良”", "评价等级为“优”",
     "自评得分89.67分，评价等级为“优”",
     "89.67 is in the 80–90 band (良), not 优"),
    ("linhe-drainage-2020", "e6", "score_exceeds_weight", "table",
     LH_TIME + LH_COST, LH_TIME_NEW + LH_COST_NEW,
     "管网清淤单位成本          5     ≤1.2万元/公里   1.16万元/公里   100%      10",
     "weights of the 时效 and 成本 rows swapped: 管网清淤单位成本 now 分值 5 with 得分 10 (totals unchanged)"),

    # ---------------- 大武口区 公园免费开放 2024 (Ningxia; ASCII | rows) -------------------------
    ("dawukou-parkopen-2024", "e1", "score_sum_mismatch", "text",
     "效益指标27.8分", "效益指标28.7分",
     "产出指标49.02分、效益指标28.7分、满意度指标9.6分",
     "9.93 + 49.02 + 28.7 + 9.6 = 97.25, stated 自评得分96.35分 (table 效益 rows give 27.8)"),
    ("dawukou-parkopen-2024", "e2", "rate_mismatch", "text",
     "在规定时限内处置936件", "在规定时限内处置963件",
     "在规定时限内处置963件，及时处置率88.6%",
     "963 / 1056 = 91.19%, stated 及时处置率88.6%"),
    ("dawukou-parkopen-2024", "e3", "grade_mismatch", "table",
     "| 评价等级 | 优 |", "| 评价等级 | 良 |",
     "评价等级 | 良",
     "总分 96.35 is in the 优 band; 良 copied from last year's 88.50"),
    ("dawukou-parkopen-2024", "e4", "conflicting_values", "table",
     "接待游客186.2万人次，未发生安全责任事故", "接待游客182.6万人次，未发生安全责任事故",
     "接待游客182.6万人次",
     "visitors are 186.2万人次 in the text (82.4 + 61.3 + 42.5) and the indicator row, 182.6 in the goal block"),
    ("dawukou-parkopen-2024", "e5", "completion_mismatch", "table",
     "| 92.1% | 96.95% |", "| 92.1% | 96.59% |",
     "92.1% | 96.59%",
     "设施完好率 92.1 / 95 = 96.95%, stated 96.59%"),
    ("dawukou-parkopen-2024", "e6", "sum_mismatch", "table",
     "| 区本级资金 | 130.00 | 138.00 | 136.47 |", "| 区本级资金 | 130.00 | 138.00 | 134.67 |",
     "区本级资金 | 130.00 | 138.00 | 134.67",
     "全年执行数: 80.00 + 134.67 + 0.00 = 214.67, 年度资金总额 216.47"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        read(os.path.join(CASES, clean_name))  # must exist
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suf, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            clean = read(os.path.join(CASES, clean_name))
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suf}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-{suf}: value not in case: {value!r}")
            name = f"{src}-{suf}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels, {sum(not l['clean'] for l in labels)} error cases")


if __name__ == "__main__":
    main()
