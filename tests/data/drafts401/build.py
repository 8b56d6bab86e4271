#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new). `old` must occur
exactly once in the clean draft and `value` (the label) must occur in the resulting error case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "gx-longzhou-shuikouhushi-2021",
    "yn-menglian-mengahushi-2023",
    "xj-jimunai-hushi-2019",
    "nm-dongwu-zhuengadabuqi-2024",
    "xz-yadong-shangwu-bumen-2018",
]

# (source, n, code, where, old, new, value, explanation, dup_ok)
# dup_ok: why the changed figure may legitimately occur elsewhere in the clean draft (other rows' cells),
# checked by verify.py; None means it must occur exactly once.
EDITS = [
    # ---------------- gx-longzhou-shuikouhushi-2021 (score 89.60, 良) ----------------
    ("gx-longzhou-shuikouhushi-2021", 1, "rate_mismatch", "prose",
     "自治区资金支出246.18万元、执行率82.06%", "自治区资金支出246.18万元、执行率80.26%",
     "执行率80.26%", "自治区资金 246.18 / 300 = 82.06%, stated 80.26%", None),
    ("gx-longzhou-shuikouhushi-2021", 2, "balance_mismatch", "prose",
     "年末未支出资金78.82万元", "年末未支出资金87.82万元",
     "未支出资金87.82万元", "全年预算 480.00 (到位率100%) - 支出 401.18 = 78.82, stated 87.82", None),
    ("gx-longzhou-shuikouhushi-2021", 3, "year_mismatch", "prose",
     "已按规定结转至2022年继续用于原项目", "已按规定结转至2021年继续用于原项目",
     "结转至2021年", "unspent money of the 2021 budget is carried over into 2021 itself; must be a later year (2022)",
     "a year: the other 2022s are the notice number 龙财绩〔2022〕3号 and the report date"),
    ("gx-longzhou-shuikouhushi-2021", 4, "completion_mismatch", "prose",
     "完成年度目标的76.39%", "完成年度目标的73.69%",
     "完成年度目标的73.69%", "互市贸易进出口额 27.50亿元 / 目标 36亿元 = 76.39%, stated 73.69%", None),
    ("gx-longzhou-shuikouhushi-2021", 5, "score_exceeds_weight", "table",
     "36分钟｜10｜8.33｜疫情防控增加消杀和核酸查验环节\n满意度指标｜服务对象满意度指标｜边民及互市商户满意度｜≥90%｜86.4%｜10｜9.6｜",
     "36分钟｜10｜7.73｜疫情防控增加消杀和核酸查验环节\n满意度指标｜服务对象满意度指标｜边民及互市商户满意度｜≥90%｜86.4%｜10｜10.2｜",
     "86.4%｜10｜10.2",
     "满意度 row scores 10.2 with weight 10 (the 通关时长 row above was lowered 8.33 -> 7.73 in the same spot so the total still reads 89.60)",
     "two adjacent score cells changed in one contiguous spot; 8.33 and 9.6 each occur once"),
    ("gx-longzhou-shuikouhushi-2021", 6, "unit_mismatch", "table",
     "≥6000平方米｜6240平方米｜", "≥6000平方米｜104%｜",
     "≥6000平方米｜104%", "target in 平方米, actual given as a percentage: completion cannot be computed", None),

    # ---------------- yn-menglian-mengahushi-2023 (score 97.52, 优; Markdown table) ----------------
    ("yn-menglian-mengahushi-2023", 1, "average_mismatch", "prose",
     "平均每个互市点1.94万份", "平均每个互市点1.84万份",
     "平均每个互市点1.84万份", "(2.46 + 1.98 + 1.38) / 3 = 1.94万份, stated 1.84", None),
    ("yn-menglian-mengahushi-2023", 2, "completion_mismatch", "table",
     "| 3260元 | 108.67% |", "| 3260元 | 106.87% |",
     "3260元 | 106.87%", "户均增收 3260 / 目标 3000 = 108.67%, stated 106.87%", None),
    ("yn-menglian-mengahushi-2023", 3, "weight_sum_mismatch", "table",
     "| 产出指标 | 小计 | | | | | 40 | 40 | |", "| 产出指标 | 小计 | | | | | 45 | 40 | |",
     "小计 | | | | | 45", "产出 rows weigh 10+10+10+5+5 = 40 but the 产出 subtotal says 45; 10 + 45 + 40 + 10 = 105, not the 100 of 合计",
     "subtotal weight cell; the other 40s are the 效益 subtotal and the 产出 subtotal score"),
    ("yn-menglian-mengahushi-2023", 4, "score_sum_mismatch", "table",
     "| 效益指标 | 小计 | | | | | 40 | 38 | |", "| 效益指标 | 小计 | | | | | 40 | 36 | |",
     "小计 | | | | | 40 | 36", "效益 row scores 15 + 8 + 10 + 5 = 38, subtotal says 36 (and 9.52 + 40 + 36 + 10 = 95.52, not the 97.52 total)", None),
    ("yn-menglian-mengahushi-2023", 5, "conflicting_values", "prose",
     "全县备案边民3120人", "全县备案边民3210人",
     "备案边民3210人", "prose says 3210 registered 边民, the indicator table 3120人 (completion 104.00% is computed from 3120)", None),
    ("yn-menglian-mengahushi-2023", 6, "sum_mismatch", "prose",
     "业务培训及宣传29.12万元", "业务培训及宣传29.21万元",
     "业务培训及宣传29.21万元", "86.40 + 72.00 + 60.00 + 29.21 = 247.61, stated total spending 247.52", None),

    # ---------------- xj-jimunai-hushi-2019 (score 98.30, 优秀; tab-separated tables) ----------------
    ("xj-jimunai-hushi-2019", 1, "implausible_rate", "table",
     "93.04\t100\t100\t0\t46.17", "93.04\t100\t100\t100\t46.17",
     "100\t46.17", "执行率 row, 地区资金 column: budget 0.00 and spending 0.00, yet the rate reads 100 (a rate on a zero base)",
     "zero-base rate cell; the other 0s are other zero cells of the funds table"),
    ("xj-jimunai-hushi-2019", 2, "rate_mismatch", "table",
     "\t0\t46.17\t100", "\t0\t41.67\t100",
     "41.67", "县级资金执行率 (7)=(4)/(2) = 21.24 / 46.00 = 46.17%, stated 41.67", None),
    ("xj-jimunai-hushi-2019", 3, "completion_mismatch", "table",
     "97%\t102.11%", "97%\t101.21%",
     "97%\t101.21%", "查验设备完好率 97% / 目标 95% = 102.11%, stated 101.21%", None),
    ("xj-jimunai-hushi-2019", 4, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好", "total 98.30 lies in the 优 band (>= 90), stated 良好", None),
    ("xj-jimunai-hushi-2019", 5, "unit_mismatch", "prose",
     "平均每票货值7500元", "平均每票货值7500万元",
     "平均每票货值7500万元", "1.62亿元 / 2.16万票 = 7500元 per ticket; written as 7500万元 (off by 10^4)", None),
    ("xj-jimunai-hushi-2019", 6, "year_mismatch", "prose",
     "截至2019年12月31日已全部到位", "截至2020年12月31日已全部到位",
     "截至2020年12月31日", "the 2019 report states the arrival of its funds as of the end of 2020",
     "a year: the other 2019s are the title, the budget year and the goals, all the evaluation year"),

    # ---------------- nm-dongwu-zhuengadabuqi-2024 (score 96.53, 优) ----------------
    ("nm-dongwu-zhuengadabuqi-2024", 1, "sum_mismatch", "table",
     "其中：当年财政拨款｜500.00｜", "其中：当年财政拨款｜505.00｜",
     "当年财政拨款｜505.00", "年初预算数 column: 505.00 + 40.00 + 0.00 = 545.00, stated 年度资金总额 540.00", None),
    ("nm-dongwu-zhuengadabuqi-2024", 2, "score_sum_mismatch", "prose",
     "产出指标满分50分，得分47.5分", "产出指标满分50分，得分48.5分",
     "得分48.5分", "产出 row scores 7.5 + 10 + 10 + 10 + 10 = 47.5, stated 48.5 (and 48.5 + 29.4 + 10 + 9.63 = 97.53, not 96.53)", None),
    ("nm-dongwu-zhuengadabuqi-2024", 3, "weight_sum_mismatch", "table",
     "99.2｜10｜10", "99.2｜12｜10",
     "99.2｜12｜10", "weights now 10 + 52 + 30 + 10 = 102 against 总分 100 (产出 rows 52 against 产出指标满分50分)",
     "weight cell; the other 10s are other rows' weights and scores"),
    ("nm-dongwu-zhuengadabuqi-2024", 4, "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良", "total 96.53 lies in the 优 band (>= 90), stated 良", None),
    ("nm-dongwu-zhuengadabuqi-2024", 5, "conflicting_values", "table",
     "｜天｜312｜10｜10｜", "｜天｜321｜10｜10｜",
     "天｜321", "table gives 321 days of opening, the text 贸易区全年开放312天", None),
    ("nm-dongwu-zhuengadabuqi-2024", 6, "score_exceeds_weight", "table",
     "｜3｜10｜7.5｜第4条通道设备到货延迟，预计2025年一季度完工\n产出指标｜数量指标｜互市申报单处理量｜≥｜1.8｜万单｜2.05｜10｜10｜",
     "｜3｜10｜6.5｜第4条通道设备到货延迟，预计2025年一季度完工\n产出指标｜数量指标｜互市申报单处理量｜≥｜1.8｜万单｜2.05｜10｜11｜",
     "2.05｜10｜11", "申报单处理量 row scores 11 with weight 10 (the 通道改造 row above was lowered 7.5 -> 6.5 in the same spot so 产出 still sums to 47.5)",
     "two adjacent score cells changed in one contiguous spot; the other 10s are other rows' cells"),

    # ---------------- xz-yadong-shangwu-bumen-2018 (部门整体, score 95.52, 优) ----------------
    ("xz-yadong-shangwu-bumen-2018", 1, "average_mismatch", "prose",
     "平均自评得分91.33分", "平均自评得分92.33分",
     "平均自评得分92.33分", "(95.5 + 92.0 + 86.5) / 3 = 91.33, stated 92.33", None),
    ("xz-yadong-shangwu-bumen-2018", 2, "implausible_rate", "prose",
     "专项问卷，满意率97.5%", "专项问卷，满意率107.5%",
     "满意率107.5%", "a satisfaction rate above 100%", None),
    ("xz-yadong-shangwu-bumen-2018", 3, "balance_mismatch", "prose",
     "年末结余88.05万元", "年末结余88.50万元",
     "年末结余88.50万元", "全年预算 1286.40 - 全年支出 1198.35 = 88.05 (= 项目 877.60 - 789.55), stated 88.50", None),
    ("xz-yadong-shangwu-bumen-2018", 4, "conflicting_values", "table",
     "≤312万元｜298.40万元", "≤312万元｜289.40万元",
     "289.40万元", "表2 gives 边贸市场运营维护支出 289.40万元, 表1 the same project's 全年执行数 298.40", None),
    ("xz-yadong-shangwu-bumen-2018", 5, "score_sum_mismatch", "table",
     "产出指标小计｜｜｜｜｜50｜46.2", "产出指标小计｜｜｜｜｜50｜47.2",
     "产出指标小计｜｜｜｜｜50｜47.2", "产出 row scores 10 + 10 + 10 + 6.2 + 10 = 46.2, subtotal 47.2 (and 9.32 + 47.2 + 30 + 10 = 96.52, not 95.52)", None),
    ("xz-yadong-shangwu-bumen-2018", 6, "unit_mismatch", "table",
     "405.60｜405.60｜100.00%", "405.60｜4056000.00｜100.00%",
     "4056000.00", "表1 is in 万元; the 补贴项目 全年执行数 is written in 元 (405.60万元 = 4056000.00元): the column sum 789.55 and the 100.00% rate hold once it is rescaled by 10^-4",
     "the subsidy project's 全年执行数 occurs once; the other 405.60s are its 全年预算数 (table and text)"),
]


def main():
    labels = []
    made = 0
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == src), key=lambda e: e[1])
        if [e[1] for e in edits] != [1, 2, 3, 4, 5, 6]:
            sys.exit(f"{src}: edits must be numbered 1..6")
        for (_, n, code, where, old, new, value, expl, _dup) in edits:
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old string occurs {clean.count(old)} times")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: label value not in error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            made += 1
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {made} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
