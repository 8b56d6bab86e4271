#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

SOURCES = [
    "gs-wenxian-huapozhili-2019",
    "hb-hefeng-bixianbanqian-2021",
    "gx-leye-qunceyuan-2020",
    "gz-hezhang-zhuanyejiance-2023",
    "sc-danba-zirangj-bumen-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- gs-wenxian-huapozhili-2019 (Gansu, one cell per line) ----
    ("gs-wenxian-huapozhili-2019", 1, "rate_mismatch", "table",
     "\t96.95\n\t97.27\n", "\t96.95\n\t97.72\n",
     "96.95\n\t97.72",
     "funds table row (7)=(4)/(2), column 中央级: 583.60 / 600.00 = 97.27%, printed 97.72"),
    ("gs-wenxian-huapozhili-2019", 2, "completion_mismatch", "table",
     "\t1318米\n\t105.44%\n", "\t1318米\n\t104.54%\n",
     "1318米\n\t104.54%",
     "截排水沟长度: actual 1318米 / target ≥1250米 = 105.44%, 完成率 printed 104.54%"),
    ("gs-wenxian-huapozhili-2019", 3, "weight_sum_mismatch", "table",
     "\t108.00%\n\t6\n\t6\n", "\t108.00%\n\t8\n\t6\n",
     "108.00%\n\t8\n\t6",
     "坡面植被恢复面积 weight 6 -> 8: 效益 rows now sum to 32 against the stated 30 and all weights to 102"),
    ("gs-wenxian-huapozhili-2019", 4, "year_mismatch", "prose",
     "该部分中央资金结转至2020年", "该部分中央资金结转至2019年",
     "该部分中央资金结转至2019年",
     "the unspent 2019 quality deposit (16.40万元) is said to be carried over to 2019, the evaluation year itself"),
    ("gs-wenxian-huapozhili-2019", 5, "implausible_rate", "prose",
     "满意率为97.4%", "满意率为107.4%",
     "满意率为107.4%",
     "a satisfaction share of 107.4% is above 100%"),
    ("gs-wenxian-huapozhili-2019", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 98.54 is in the 优 band (>= 90), grade stated 良"),

    # ---- hb-hefeng-bixianbanqian-2021 (Hubei, PDF runs of spaces) ----
    ("hb-hefeng-bixianbanqian-2021", 1, "balance_mismatch", "prose",
     "年末结余6.00万元", "年末结余6.60万元",
     "结余6.60万元",
     "全年预算 384.00 - 全年支出 378.00 = 6.00 (also 2户 x 3万元), stated 6.60"),
    ("hb-hefeng-bixianbanqian-2021", 2, "sum_mismatch", "prose",
     "分散安置86户", "分散安置68户",
     "分散安置68户",
     "118户中集中安置32户 + 分散安置68户 = 100户, not 118"),
    ("hb-hefeng-bixianbanqian-2021", 3, "score_exceeds_weight", "table",
     "15    14.75  2户安置地块评估未\n"
     "                                                                            通过，顺延至2022年\n"
     "           质量指标   安置房竣工验收合格率 100% 100% 10 10\n",
     "15    10  2户安置地块评估未\n"
     "                                                                            通过，顺延至2022年\n"
     "           质量指标   安置房竣工验收合格率 100% 100% 10 14.75\n",
     "安置房竣工验收合格率 100% 100% 10 14.75",
     "score 14.75 above the row weight 10 (the scores of the two adjacent rows were transposed, so the column total still reads 97.91)"),
    ("hb-hefeng-bixianbanqian-2021", 4, "unit_mismatch", "prose",
     "省级补助每户25000元", "省级补助每户25000万元",
     "每户25000万元",
     "per-household provincial subsidy written with 万元: 25000万元 x 120户 is not 300万元 and 25000万元 + 5000元 is not 3万元; as 元 (2.5万元) both reconcile"),
    ("hb-hefeng-bixianbanqian-2021", 5, "average_mismatch", "prose",
     "户均3.65人", "户均3.56人",
     "户均3.56人",
     "431人 / 118户 = 3.65人 per household, stated 3.56"),
    ("hb-hefeng-bixianbanqian-2021", 6, "conflicting_values", "table",
     "≥6处       7处", "≥6处       8处",
     "≥6处       8处",
     "自评表 gives 8 hazard points written off, the text gives 7处 (核销隐患点7处，较目标多1处)"),

    # ---- gx-leye-qunceyuan-2020 (Guangxi, web page, tab-separated) ----
    ("gx-leye-qunceyuan-2020", 1, "rate_mismatch", "prose",
     "执行率96.91%", "执行率96.19%",
     "执行率96.19%",
     "county funds: 33.92 / 35.00 = 96.91%, stated 96.19%"),
    ("gx-leye-qunceyuan-2020", 2, "average_mismatch", "prose",
     "实际人均发放2377.91元", "实际人均发放2337.91元",
     "人均发放2337.91元",
     "77.52万元 / 326人 = 2377.91元, stated 2337.91元"),
    ("gx-leye-qunceyuan-2020", 3, "score_sum_mismatch", "table",
     "\t92.4%\t6\t5.84\t", "\t92.4%\t6\t5.48\t",
     "92.4%\t6\t5.48",
     "row scores now add to 88.65 (9.89 + 43.34 - 0.36 + 26 + 9.78), total stated 89.01"),
    ("gx-leye-qunceyuan-2020", 4, "grade_mismatch", "prose",
     "绩效评价等级为“良”", "绩效评价等级为“优”",
     "绩效评价等级为“优”",
     "total 89.01 is in the 良 band (80 <= s < 90), grade stated 优"),
    ("gx-leye-qunceyuan-2020", 5, "unit_mismatch", "table",
     "\t≥2期\t1期\t", "\t≥2期\t50%\t",
     "≥2期\t50%",
     "target counted in 期, actual given as a percentage: completion cannot be computed"),
    ("gx-leye-qunceyuan-2020", 6, "year_mismatch", "table",
     "年度\t2020年", "年度\t2021年",
     "年度\t2021年",
     "the 自评表 claims year 2021 for the 2020 report (title, funds and 附件 heading say 2020)"),

    # ---- gz-hezhang-zhuanyejiance-2023 (Guizhou, | pipes) ----
    ("gz-hezhang-zhuanyejiance-2023", 1, "balance_mismatch", "prose",
     "年末结余24.30万元", "年末结余23.40万元",
     "结余23.40万元",
     "225.60 - 201.30 = 24.30, stated 23.40"),
    ("gz-hezhang-zhuanyejiance-2023", 2, "implausible_rate", "table",
     "| ≥90% | 93.6% |", "| ≥90% | 103.6% |",
     "≥90% | 103.6%",
     "device online rate (a share of time) of 103.6% is above 100%"),
    ("gz-hezhang-zhuanyejiance-2023", 3, "sum_mismatch", "prose",
     "通讯流量费12.20万元", "通讯流量费12.02万元",
     "通讯流量费12.02万元",
     "147.92 + 41.18 + 12.02 = 201.12, but the three uses should make up the 201.30 spent"),
    ("gz-hezhang-zhuanyejiance-2023", 4, "weight_sum_mismatch", "table",
     "| 81.7% | 8 | 7.69 |", "| 81.7% | 9 | 7.69 |",
     "81.7% | 9 | 7.69",
     "预警信息推送准确率 weight 8 -> 9: 产出 rows sum to 51 (stated 50) and all weights to 101"),
    ("gz-hezhang-zhuanyejiance-2023", 5, "completion_mismatch", "prose",
     "完成年度目标的83.33%", "完成年度目标的88.33%",
     "完成年度目标的88.33%",
     "10处 built of a 12处 target = 83.33%, stated 88.33%"),
    ("gz-hezhang-zhuanyejiance-2023", 6, "conflicting_values", "table",
     "| ≥3次 | 5次 |", "| ≥3次 | 6次 |",
     "≥3次 | 6次",
     "table gives 6 effective warnings, the text twice gives 5次"),

    # ---- sc-danba-zirangj-bumen-2024 (Sichuan, department overall, full-width ｜) ----
    ("sc-danba-zirangj-bumen-2024", 1, "average_mismatch", "prose",
     "平均自评得分92.8分", "平均自评得分93.8分",
     "平均自评得分93.8分",
     "(91.5 + 96 + 95 + 88.5 + 93) / 5 = 92.8, stated 93.8"),
    ("sc-danba-zirangj-bumen-2024", 2, "sum_mismatch", "table",
     "｜114.44｜", "｜141.44｜",
     "国土空间规划及其他业务｜141.44",
     "年初预算数 column: 900.00 + 520.00 + 52.56 + 180.00 + 141.44 = 1794.00, 合计 says 1767.00"),
    ("sc-danba-zirangj-bumen-2024", 3, "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日",
     "the 2024 spending is dated to the end of 2023"),
    ("sc-danba-zirangj-bumen-2024", 4, "conflicting_values", "prose",
     "累计减少受威胁人口2,658人", "累计减少受威胁人口2,685人",
     "受威胁人口2,685人",
     "text says 2,685人, the 自评表 actual for 减少受威胁人口 is 2658人"),
    ("sc-danba-zirangj-bumen-2024", 5, "score_exceeds_weight", "table",
     "｜91.8｜6｜5.80｜通信信号不稳定\n｜成本指标｜户均搬迁补助｜＝｜4｜万元/户｜4｜8｜8｜",
     "｜91.8｜6｜8｜通信信号不稳定\n｜成本指标｜户均搬迁补助｜＝｜4｜万元/户｜4｜8｜5.80｜",
     "91.8｜6｜8｜",
     "专业监测数据实时上传率 scored 8 against a weight of 6 (scores of two adjacent rows transposed, total unchanged)"),
    ("sc-danba-zirangj-bumen-2024", 6, "score_sum_mismatch", "table",
     "基本健全｜10｜6.5｜", "基本健全｜10｜7.5｜",
     "基本健全｜10｜7.5",
     "row scores now add to 93.83, 合计 says 92.83"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = (CASES / clean_name).read_text(encoding="utf-8")
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old text matches {cnt} times: {old!r}")
            err = clean.replace(old, new)
            name = f"{src}-e{n}.txt"
            (CASES / name).write_text(err, encoding="utf-8")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
