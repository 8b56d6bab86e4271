#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each with exactly one
edit (an exact old -> new replacement that must match exactly once in the clean draft).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "jx-lichuan-ticaiqunti-2021"
B = "sx-wuzhai-ticaiqunti-2019"
C = "sc-tongjiang-ticaiqunti-2022"
D = "hb-tongcheng-ticaiquanmin-2020"
E = "gz-taijiang-cunba-2023"
PROJECTS = [A, B, C, D, E]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- A: Jiangxi, MOF outline, full-width pipe table -------------------------------------------
    (A, 1, "rate_mismatch", "prose",
     "县级资金支出19.86万元，执行率79.44%", "县级资金支出19.86万元，执行率74.94%",
     "执行率74.94%", "county funds: 19.86 spent of 25 = 79.44%, stated 74.94%"),
    (A, 2, "balance_mismatch", "prose",
     "尚未支出的5.14万元", "尚未支出的5.41万元",
     "尚未支出的5.41万元", "93.50 - 88.36 = 5.14 (county 25 - 19.86 = 5.14), stated 5.41"),
    (A, 3, "average_mismatch", "prose",
     "平均每期62人", "平均每期60人",
     "平均每期60人", "(58 + 64 + 64) / 3 = 62, stated 60"),
    (A, 4, "unit_mismatch", "prose",
     "中标单价28600元", "中标单价28600万元",
     "中标单价28600万元", "11 sets x 28600元 = 31.46万元; the unit price written in 万元 is off by 10^4"),
    (A, 5, "conflicting_values", "table",
     "｜≥600人｜652人｜", "｜≥600人｜625人｜",
     "≥600人｜625人", "国民体质监测人数: 652人 in the text (共测试652人), 625人 in the table"),
    (A, 6, "sum_mismatch", "table",
     "年度资金总额｜85.00｜", "年度资金总额｜80.00｜",
     "年度资金总额｜80.00", "年初预算: 当年财政拨款 85.00 + 上年结转 0 + 其他 0 = 85.00 (省级60 + 县级25), stated 80.00"),
    # --- B: Shanxi layout, tab tables with 完成率 -------------------------------------------------
    (B, 1, "score_exceeds_weight", "table",
     "91.4%\t107.53%\t10\n", "91.4%\t107.53%\t10.75\n",
     "107.53%\t10.75", "群众满意度: score 10.75 above its weight 10 (weight x completion not capped); the row sum 98.41 still rounds to the stated 98"),
    (B, 2, "completion_mismatch", "table",
     "92%\t96.84%", "92%\t98.64%",
     "92%\t98.64%", "资金拨付及时率: 92 / 95 = 96.84%, stated 98.64%"),
    (B, 3, "implausible_rate", "table",
     "(6)=(3)/(2)\t100\t100\t100\t100\t0\t", "(6)=(3)/(2)\t100\t100\t100\t100\t100\t",
     "(6)=(3)/(2)\t100\t100\t100\t100\t100", "预算到位率, 市级 column: budget and receipts are 0, yet 100% is printed (rate on a zero base)"),
    (B, 4, "year_mismatch", "prose",
     "已结转至2020年继续使用", "已结转至2019年继续使用",
     "已结转至2019年", "the 2019 balance is carried over into 2019 itself; it must go to a later year (2020)"),
    (B, 5, "average_mismatch", "prose",
     "平均每期57.33人", "平均每期55.33人",
     "平均每期55.33人", "(60 + 58 + 54) / 3 = 57.33, stated 55.33"),
    (B, 6, "grade_mismatch", "prose",
     "总得分98分，属于\"优秀\"", "总得分98分，属于\"良好\"",
     "属于\"良好\"", "a total of 98 is in the 优 band (>= 90), not 良"),
    # --- C: Sichuan layout, PDF table with run-together cells -------------------------------------
    (C, 1, "weight_sum_mismatch", "table",
     "万元 17.6 5 5", "万元 17.6 8 5",
     "17.6 8 5", "成本指标 weight 8: indicator weights now 93 (not 90), all weights 103 (not 100)"),
    (C, 2, "score_sum_mismatch", "table",
     "总分 100 98.80", "总分 100 98.08",
     "总分 100 98.08", "row scores 9.30 + 89.50 = 98.80, stated 98.08"),
    (C, 3, "rate_mismatch", "table",
     "84.28 — 93.64%", "84.28 — 96.34%",
     "96.34%", "财政资金 execution: 84.28 / 90.00 = 93.64%, stated 96.34%"),
    (C, 4, "completion_mismatch", "prose",
     "完成年度指标的115.00%", "完成年度指标的105.00%",
     "完成年度指标的105.00%", "23 events against a target of 20 = 115.00%, stated 105.00%"),
    (C, 5, "balance_mismatch", "prose",
     "年末未支出6.72万元", "年末未支出6.27万元",
     "年末未支出6.27万元", "96.00 - 89.28 = 6.72, stated 6.27"),
    (C, 6, "unit_mismatch", "table",
     "≥ 35 小时 42 15 15", "≥ 35 小时 100% 15 15",
     "35 小时 100%", "新建场地每周开放时间: target in 小时, actual given as a percentage"),
    # --- D: Hubei 2020 layout (execution 20 points + goal blocks), pipe table ----------------------
    (D, 1, "grade_mismatch", "prose",
     "评价等级为\"良\"", "评价等级为\"优\"",
     "评价等级为\"优\"", "the total 89.60 (17.10 + 72.50) is in the 良 band (80-90), not 优"),
    (D, 2, "score_sum_mismatch", "table",
     "｜100｜89.60", "｜100｜89.06",
     "｜100｜89.06", "17.10 + 10.5 + 12 + 10 + 10 + 10 + 10 + 10 = 89.60, stated 89.06"),
    (D, 3, "sum_mismatch", "prose",
     "省级体育彩票公益金40万元", "省级体育彩票公益金45万元",
     "省级体育彩票公益金45万元", "全年预算120 = 中央80 + 省级40 (also 36.00 + 75.24 + 8.76 = 120); stated parts 80 + 45 = 125"),
    (D, 4, "conflicting_values", "prose",
     "群众满意度93.5%。", "群众满意度95.3%。",
     "群众满意度95.3%", "群众满意度 95.3% in the text, 93.5% in the self-evaluation table"),
    (D, 5, "year_mismatch", "table",
     "项目支出绩效自评表（2020年度）", "项目支出绩效自评表（2019年度）",
     "自评表（2019年度）", "the report evaluates 2020, the attached table claims 2019"),
    (D, 6, "implausible_rate", "prose",
     "抽查完好率98%", "抽查完好率108%",
     "抽查完好率108%", "an intact rate cannot exceed 100%"),
    # --- E: Guizhou, web page with HTML entities, tab table with 完成率 -----------------------------
    (E, 1, "score_exceeds_weight", "table",
     "105.78%\t10\t10\t", "105.78%\t10\t10.58\t",
     "105.78%\t10\t10.58", "群众满意度: score 10.58 above its weight 10 (10 x 95.2/90 not capped); the row sum 98.17 still rounds to the stated 98"),
    (E, 2, "weight_sum_mismatch", "table",
     "88.00%\t10\t8.8", "88.00%\t12\t8.8",
     "88.00%\t12\t8.8", "training row weight 12: 产出 weights 52 (not 50), all weights 102 against the stated 100"),
    (E, 3, "rate_mismatch", "prose",
     "执行率88.33%", "执行率83.33%",
     "执行率83.33%", "county funds: 26.50 spent of 30 = 88.33%, stated 83.33%"),
    (E, 4, "conflicting_values", "prose",
     "带动农特产品销售282万元", "带动农特产品销售228万元",
     "带动农特产品销售228万元", "sales 228万元 in the text, 282万元 in the table (where it gives 94.00% and 14.1 points)"),
    (E, 5, "completion_mismatch", "table",
     "132人次\t88.00%", "132人次\t83.00%",
     "132人次\t83.00%", "training: 132 / 150 = 88.00%, stated 83.00%"),
    (E, 6, "sum_mismatch", "prose",
     "乡镇联队30支", "乡镇联队36支",
     "乡镇联队36支", "teams: 142 + 36 + 14 = 192, stated total 186 (142 + 30 + 14)"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string found {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}],
                           })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
