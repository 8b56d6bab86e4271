#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts250 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the short substring of the error case that carries the changed figure.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "mengcun-genzhiqianxin-2021",
    "shuyang-zhongcai-2023",
    "puding-qianxinyujing-2022",
    "jingtai-laobaojiancha-2019",
    "fengcheng-baozhengjin-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Hebei, 孟村 2021: Word table (one cell per tab-indented line) ---
    ("mengcun-genzhiqianxin-2021", 1, "rate_mismatch", "table",
     "\t93.74%\n", "\t93.47%\n", "93.47%",
     "funds block of the 自评表: 35.62 / 38.00 = 93.74%, the 执行率 cell reads 93.47% (digits swapped; the text still says 93.74%)"),
    ("mengcun-genzhiqianxin-2021", 2, "sum_mismatch", "text",
     "宣传培训及业务学习4.68万元", "宣传培训及业务学习4.86万元", "宣传培训及业务学习4.86万元",
     "the five spending items 8.46 + 6.20 + 9.80 + 4.86 + 6.48 = 35.80, stated total 35.62"),
    ("mengcun-genzhiqianxin-2021", 3, "year_mismatch", "text",
     "已按规定结转至2022年", "已按规定结转至2021年", "结转至2021年",
     "the 2021 balance is carried over into 2021 itself; it must go to a later year (2022)"),
    ("mengcun-genzhiqianxin-2021", 4, "completion_mismatch", "text",
     "286户，完成年度目标的95.33%", "286户，完成年度目标的93.53%", "286户，完成年度目标的93.53%",
     "286 / 300 = 95.33%, stated 93.53%"),
    ("mengcun-genzhiqianxin-2021", 5, "conflicting_values", "text",
     "项目全年支出35.62万元", "项目全年支出36.52万元", "项目全年支出36.52万元",
     "the year's spending is 35.62万元 in the funds paragraph and the table, 36.52万元 in the 成本指标 paragraph"),
    ("mengcun-genzhiqianxin-2021", 6, "implausible_rate", "table",
     "\t93.5%\n", "\t103.89%\n", "103.89%",
     "农民工满意度 actual 103.89%: a satisfaction rate cannot exceed 100% (the completion 93.5/90 typed into the 实际完成值 cell)"),

    # --- Jiangsu, 沭阳 2023: web table (one row per line, tab-separated) ---
    ("shuyang-zhongcai-2023", 1, "average_mismatch", "text",
     "平均每季度受理215.5件", "平均每季度受理225.5件", "平均每季度受理225.5件",
     "(198 + 231 + 206 + 227) / 4 = 215.5, stated 225.5"),
    ("shuyang-zhongcai-2023", 2, "unit_mismatch", "text",
     "单件案件办案成本512.19元", "单件案件办案成本512.19万元", "512.19万元",
     "a per-case cost in 元 labelled 万元: 43.28万元 / 845 cases = 512.19元 (table: 512.19元), off by 10^4"),
    ("shuyang-zhongcai-2023", 3, "balance_mismatch", "text",
     "年末结余1.72万元", "年末结余1.27万元", "年末结余1.27万元",
     "45.00 - 43.28 = 1.72, stated 1.27"),
    ("shuyang-zhongcai-2023", 4, "score_exceeds_weight", "table",
     "\t6\t5\t两场改为线上庭审\n\t质量指标\t仲裁结案率\t≥90%\t98.03%\t8\t8",
     "\t6\t8\t两场改为线上庭审\n\t质量指标\t仲裁结案率\t≥90%\t98.03%\t8\t5",
     "≥12场\t10场\t6\t8",
     "巡回庭审 row: score 8 above its weight 6 (the scores of this row and the next were typed in swapped order, so the total is unchanged)"),
    ("shuyang-zhongcai-2023", 5, "score_sum_mismatch", "text",
     "综合自评得分97.62分", "综合自评得分97.26分", "综合自评得分97.26分",
     "row scores 9.62 + 49 + 29 + 10 = 97.62, stated total 97.26"),
    ("shuyang-zhongcai-2023", 6, "conflicting_values", "table",
     "\t862件\t8", "\t826件\t8", "826件",
     "cases handled: 862件 in the text (and 198+231+206+227) and in the goal row, 826件 in the indicator row"),

    # --- Guizhou, 普定 2022: converted web table (one cell per line, empty cells lost) ---
    ("puding-qianxinyujing-2022", 1, "implausible_rate", "table",
     "预算执行率\n92.03%\n91.00%\n93.75%\n—\n—", "预算执行率\n92.03%\n91.00%\n93.75%\n100%\n—", "93.75%\n100%",
     "表1: 上年结转 column has budget 0 and spending 0, yet its 执行率 reads 100% (a rate on a zero base)"),
    ("puding-qianxinyujing-2022", 2, "sum_mismatch", "table",
     "短信预警及数据接口服务费\n3.85", "短信预警及数据接口服务费\n3.58", "短信预警及数据接口服务费\n3.58",
     "表2: 14.40 + 3.58 + 6.00 + 2.70 + 2.50 = 29.18, 合计 29.45"),
    ("puding-qianxinyujing-2022", 3, "grade_mismatch", "table",
     "评价等级\n优", "评价等级\n良", "评价等级\n良",
     "total 98.97 is in the 优 band (>= 90), the table's grade reads 良"),
    ("puding-qianxinyujing-2022", 4, "rate_mismatch", "text",
     "预算执行率92.03%", "预算执行率92.30%", "预算执行率92.30%",
     "29.45 / 32.00 = 92.03%, the text says 92.30%"),
    ("puding-qianxinyujing-2022", 5, "conflicting_values", "text",
     "追发工资932.6万元", "追发工资923.6万元", "追发工资923.6万元",
     "wages recovered: 923.6万元 in the text, 932.6万元 in the 自评表"),
    ("puding-qianxinyujing-2022", 6, "balance_mismatch", "text",
     "年末结余2.55万元", "年末结余2.65万元", "年末结余2.65万元",
     "received 32.00 - spent 29.45 = 2.55, stated 2.65"),

    # --- Gansu, 景泰 2019: PDF text (pdftotext -layout, columns padded with spaces) ---
    ("jingtai-laobaojiancha-2019", 1, "year_mismatch", "table",
     "（2019年度）", "（2018年度）", "（2018年度）",
     "the 2019 report's 自评表 is headed 2018年度"),
    ("jingtai-laobaojiancha-2019", 2, "completion_mismatch", "table",
     "77.25%", "72.75%", "72.75%",
     "书面审查用人单位: 618 / 800 = 77.25%, the 完成率 cell reads 72.75%"),
    ("jingtai-laobaojiancha-2019", 3, "average_mismatch", "text",
     "平均每次检查109户", "平均每次检查119户", "平均每次检查119户",
     "(112 + 96 + 104 + 124) / 4 = 109, stated 119"),
    ("jingtai-laobaojiancha-2019", 4, "grade_mismatch", "text",
     "88.19分，评价等级为“良”", "88.19分，评价等级为“优”", "评价等级为“优”",
     "88.19 is in the 良 band (80-90), stated 优"),
    ("jingtai-laobaojiancha-2019", 5, "weight_sum_mismatch", "table",
     "77.25%    10    7.73", "77.25%    12    7.73", "12    7.73",
     "书面审查 weight typed as 12: the weights now total 102"),
    ("jingtai-laobaojiancha-2019", 6, "balance_mismatch", "text",
     "年末结余3.15万元", "年末结余3.51万元", "年末结余3.51万元",
     "18.00 - 14.85 = 3.15, stated 3.51"),

    # --- Liaoning, 凤城 2024: table exported with full-width bars ---
    ("fengcheng-baozhengjin-2024", 1, "rate_mismatch", "table",
     "(7)=(4)/(2)｜91.40%", "(7)=(4)/(2)｜94.10%", "(7)=(4)/(2)｜94.10%",
     "(4)/(2) = 22.85 / 25.00 = 91.40%, the row reads 94.10%"),
    ("fengcheng-baozhengjin-2024", 2, "unit_mismatch", "table",
     "｜≥60个｜64个｜", "｜≥60个｜100%｜", "≥60个｜100%",
     "检查在建项目数: target in 个, actual given as a percentage, so no completion can be computed (text: 64个)"),
    ("fengcheng-baozhengjin-2024", 3, "grade_mismatch", "text",
     "合计95.75分，评价等级为“优”", "合计95.75分，评价等级为“良”", "评价等级为“良”",
     "95.75 is in the 优 band, stated 良"),
    ("fengcheng-baozhengjin-2024", 4, "score_exceeds_weight", "table",
     "保证金退还按期办结率｜100%｜100%｜100%｜6｜6｜\n｜｜欠薪线索核处率｜100%｜100%｜100%｜8｜8｜",
     "保证金退还按期办结率｜100%｜100%｜100%｜6｜8｜\n｜｜欠薪线索核处率｜100%｜100%｜100%｜8｜6｜",
     "保证金退还按期办结率｜100%｜100%｜100%｜6｜8",
     "score 8 above its weight 6 (the scores of this row and the next were swapped, so the total is unchanged)"),
    ("fengcheng-baozhengjin-2024", 5, "weight_sum_mismatch", "table",
     "欠薪线索核处率｜100%｜100%｜100%｜8｜8｜", "欠薪线索核处率｜100%｜100%｜100%｜9｜8｜",
     "欠薪线索核处率｜100%｜100%｜100%｜9｜8",
     "weight typed as 9 instead of 8: 产出 weights total 51 and all weights 101"),
    ("fengcheng-baozhengjin-2024", 6, "score_sum_mismatch", "text",
     "产出指标48.72分", "产出指标48.27分", "产出指标48.27分、效益指标28分、满意度指标9.89分，合计95.75分",
     "9.14 + 48.27 + 28 + 9.89 = 95.30, stated 合计95.75 (产出 rows add to 48.72)"),
]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        for _, n, code, where, old, new, value, expl in edits:
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{pid}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with an error)")


if __name__ == "__main__":
    main()
