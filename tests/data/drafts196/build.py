#!/usr/bin/env python3
"""Build the n196 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run: python3 build.py   (then python3 verify.py)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yunmeng-innovoucher-2021",
    "wuping-techenvoy-2020",
    "luannan-econcensus-2023",
    "fuling-statsurvey-2022",
    "zhungeer-hitechcultivate-2024",
]

# (source, suffix, where, old, new, code, value, explanation)
EDITS = [
    # --- yunmeng-innovoucher-2021 (Hubei, tab-separated web table) ---
    ("yunmeng-innovoucher-2021", "e1", "text",
     "资金均已拨付到位，到位率100%", "资金均已拨付到位，到位率106.50%",
     "implausible_rate", "到位率106.50%",
     "a 到位率 above 100% (the budget figure 106.50 typed into the rate; all funds arrived, so 100%)"),
    ("yunmeng-innovoucher-2021", "e2", "text",
     "省级补助20.00万元", "省级补助22.00万元",
     "sum_mismatch", "省级补助22.00万元",
     "当年财政拨款100.00 = 县级80.00 + 省级; with 省级 22.00 the parts add to 102.00"),
    ("yunmeng-innovoucher-2021", "e3", "text",
     "户均兑付2.14万元", "户均兑付2.41万元",
     "average_mismatch", "户均兑付2.41万元",
     "92.10万元 over 43 enterprises = 2.14万元 per enterprise, stated 2.41"),
    ("yunmeng-innovoucher-2021", "e4", "text",
     "结转至2022年继续使用", "结转至2021年继续使用",
     "year_mismatch", "结转至2021年",
     "the unspent part of the 2021 budget cannot be carried over into 2021 itself (should be 2022)"),
    ("yunmeng-innovoucher-2021", "e5", "table",
     "43家\t107.50%", "43家\t105.70%",
     "completion_mismatch", "105.70%",
     "兑付创新券企业数 43 against ≥40 = 107.50%, the 完成率 cell reads 105.70%"),
    ("yunmeng-innovoucher-2021", "e6", "table",
     "88%\t103.53%\t10\t10", "88%\t103.53%\t12\t10",
     "weight_sum_mismatch", "103.53%\t12\t10",
     "知晓率 weight typed 12: the 分值 column now adds to 102 (效益 32) against the stated 100"),

    # --- wuping-techenvoy-2020 (Fujian, PDF text with space-separated cells) ---
    ("wuping-techenvoy-2020", "e1", "text",
     "结余4.20万元，为2个", "结余2.40万元，为2个",
     "balance_mismatch", "结余2.40万元",
     "到位84.00 - 支出79.80 = 4.20万元, stated 2.40"),
    ("wuping-techenvoy-2020", "e2", "text",
     "分别为95%、97%、96%，综合满意度96%", "分别为95%、97%、98%，综合满意度96%",
     "average_mismatch", "95%、97%、98%，综合满意度96%",
     "three equal groups of 100 questionnaires: (95 + 97 + 98) / 3 = 96.67%, stated 96%"),
    ("wuping-techenvoy-2020", "e3", "text",
     "每人每年20000元标准", "每人每年20000万元标准",
     "unit_mismatch", "20000万元",
     "32 people x 20000元 = 64.00万元; written as 20000万元 the allowance is off by 10^4"),
    ("wuping-techenvoy-2020", "e4", "table",
     "76家 10 9.5 上半年", "76家 10 9 上半年",
     "score_sum_mismatch", "76家 10 9 上半年",
     "row scores now add to 98.5 (效益 29) while 总分 reads 99 and the text 效益29.5分"),
    ("wuping-techenvoy-2020", "e5", "table",
     "自评等级 优", "自评等级 良",
     "grade_mismatch", "自评等级 良",
     "total 99 lies in the 优 band (90-100); the table says 良"),
    ("wuping-techenvoy-2020", "e6", "table",
     "≥30人 32人 8 8", "≥30人 23人 8 8",
     "conflicting_values", "≥30人 23人",
     "the table gives 23 envoys, the text 32 (9 + 11 + 12, and 32 x 2万元 = 64.00万元)"),

    # --- luannan-econcensus-2023 (Hebei, Word table flattened one cell per line) ---
    ("luannan-econcensus-2023", "e1", "table",
     "\t106.75\n", "\t107.65\n",
     "sum_mismatch", "107.65",
     "年度资金总额 执行 142.35 = 县级 + 上级 35.60 + 结转 0; with 县级 107.65 the parts add to 143.25"),
    ("luannan-econcensus-2023", "e2", "table",
     "\t720人\n\t8\n\t8\n", "\t720人\n\t8\n\t10\n",
     "score_exceeds_weight", "720人\n\t8\n\t10",
     "选聘普查员 row scored 10 against a weight of 8"),
    ("luannan-econcensus-2023", "e3", "table",
     "\t≥15期\n\t18期\n", "\t≥15期\n\t100%\n",
     "unit_mismatch", "≥15期\n\t100%",
     "target counted in 期, actual given as a percentage"),
    ("luannan-econcensus-2023", "e4", "table",
     "\t100%\n\t100%\n\t15\n\t15\n", "\t100%\n\t100%\n\t16\n\t15\n",
     "weight_sum_mismatch", "100%\n\t16\n\t15",
     "按时上报率 weight typed 16: weights add to 101 (效益 31)"),
    ("luannan-econcensus-2023", "e5", "text",
     "举办业务培训18期", "举办业务培训16期",
     "conflicting_values", "举办业务培训16期",
     "the text says 16 training sessions, the table 18期"),
    ("luannan-econcensus-2023", "e6", "text",
     "完成年度目标的109.25%", "完成年度目标的109.52%",
     "completion_mismatch", "109.52%",
     "9286 / 8500 = 109.25%, stated 109.52%"),

    # --- fuling-statsurvey-2022 (Chongqing, web table with ｜ separators) ---
    ("fuling-statsurvey-2022", "e1", "table",
     "53.50｜—｜78.68%", "53.50｜—｜78.86%",
     "rate_mismatch", "78.86%",
     "当年财政拨款 53.50 / 68.00 = 78.68%, the cell reads 78.86%"),
    ("fuling-statsurvey-2022", "e2", "table",
     "11次｜110.00%｜10｜10", "11次｜110.00%｜10｜11",
     "score_exceeds_weight", "110.00%｜10｜11",
     "统计信息被采用次数 scored 11 against a weight of 10 (over-achievement rewarded above the cap)"),
    ("fuling-statsurvey-2022", "e3", "table",
     "99.2%｜101.22%", "99.2%｜101.02%",
     "completion_mismatch", "101.02%",
     "99.2% / 98% = 101.22%, the 完成率 cell reads 101.02%"),
    ("fuling-statsurvey-2022", "e4", "text",
     "评价等级为“良”", "评价等级为“优”",
     "grade_mismatch", "评价等级为“优”",
     "total 89.03 lies in the 良 band (80-90), stated 优"),
    ("fuling-statsurvey-2022", "e5", "text",
     "预算执行率80.00%，其中", "预算执行率88.00%，其中",
     "rate_mismatch", "预算执行率88.00%",
     "58.00 / 72.50 = 80.00%, the funds paragraph states 88.00%"),
    ("fuling-statsurvey-2022", "e6", "text",
     "统计执法检查4.20万元", "统计执法检查4.80万元",
     "sum_mismatch", "统计执法检查4.80万元",
     "24.00 + 8.40 + 15.60 + 4.80 + 5.80 = 58.60, the stated spending is 58.00万元"),

    # --- zhungeer-hitechcultivate-2024 (Inner Mongolia, table exported with ASCII | cells) ---
    ("zhungeer-hitechcultivate-2024", "e1", "text",
     "结余资金14.00万元", "结余资金16.00万元",
     "balance_mismatch", "结余资金16.00万元",
     "300.00 received - 286.00 spent = 14.00万元, stated 16.00"),
    ("zhungeer-hitechcultivate-2024", "e2", "text",
     "产出指标得分48.57分", "产出指标得分48.75分",
     "score_sum_mismatch", "产出指标得分48.75分",
     "9.53 + 48.75 + 29 + 10 = 97.28, stated total 97.10 (the 产出 rows add to 48.57)"),
    ("zhungeer-hitechcultivate-2024", "e3", "text",
     "场均82人次", "场均86人次",
     "average_mismatch", "场均86人次",
     "410 trainee-visits over 5 sessions = 82 per session, stated 86"),
    ("zhungeer-hitechcultivate-2024", "e4", "table",
     "| ≥20家 | 23家 |", "| ≥20家 | 25家 |",
     "conflicting_values", "≥20家 | 25家",
     "the table gives 25 incubated enterprises, the text 23 (23 x 2万元 = 46.00万元; 12 + 23 = 35 surveyed)"),
    ("zhungeer-hitechcultivate-2024", "e5", "table",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |", "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100% | — |",
     "implausible_rate", "0.00 | — | 100%",
     "an execution rate of 100% on a zero carry-over budget"),
    ("zhungeer-hitechcultivate-2024", "e6", "table",
     "项目支出绩效自评表（2024年度）", "项目支出绩效自评表（2023年度）",
     "year_mismatch", "自评表（2023年度）",
     "the 2024 report's table is headed 2023年度 (two evaluation years for one report)"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, suffix, _where, old, new, code, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: value {value!r} not in the error case")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
