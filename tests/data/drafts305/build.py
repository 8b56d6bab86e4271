#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of this set from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft.
`where` (prose/table) and `what` feed the README table; `value` is the label value, an exact
substring of the error case that contains the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sd-rongcheng-guancezhan-2021",
    "gd-yangxi-yugangshujun-2019",
    "gx-fangcheng-hongshulin-2022",
    "zj-dongtou-haiyudongjian-2024",
    "ln-zhuanghe-yuchuanjiuzhu-2018",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- sd-rongcheng-guancezhan-2021: department-wide report, tables one cell per line
    ("sd-rongcheng-guancezhan-2021", 1, "rate_mismatch", "table",
     "\t(7)=(4)/(2)\n\t97.34\n\t100\n\t94.57", "\t(7)=(4)/(2)\n\t97.34\n\t100\n\t95.47",
     "95.47",
     "funds table row (7)=(4)/(2), 项目支出 column: 214.38 / 226.70 = 94.57%, stated 95.47"),
    ("sd-rongcheng-guancezhan-2021", 2, "completion_mismatch", "table",
     "\t372期\n\t103.33%", "\t372期\n\t101.33%",
     "372期\n\t101.33%",
     "海洋环境预报发布: actual 372期 / target ≥360期 = 103.33%, stated 完成率 101.33%"),
    ("sd-rongcheng-guancezhan-2021", 3, "average_mismatch", "prose",
     "平均数据到报率98.6%", "平均数据到报率98.8%",
     "平均数据到报率98.8%",
     "mean of the six shore stations (99.2, 97.4, 98.9, 99.5, 98.1, 98.5) = 98.6%, stated 98.8%"),
    ("sd-rongcheng-guancezhan-2021", 4, "weight_sum_mismatch", "table",
     "\t观测浮标运行维护\n\t2套\n\t2套\n\t100%\n\t5\n\t5", "\t观测浮标运行维护\n\t2套\n\t2套\n\t100%\n\t6\n\t5",
     "观测浮标运行维护\n\t2套\n\t2套\n\t100%\n\t6",
     "weight of 观测浮标运行维护 raised from 5 to 6: the 分值 column now sums to 101 while 总分 reads 100"),
    ("sd-rongcheng-guancezhan-2021", 5, "grade_mismatch", "prose",
     "等级为优（", "等级为良（",
     "等级为良",
     "total 99.25 lies in the 优 band (90–100), stated 良"),
    ("sd-rongcheng-guancezhan-2021", 6, "year_mismatch", "prose",
     "已按规定结转2022年使用", "已按规定结转2021年使用",
     "结转2021年使用",
     "the unspent 12.32万元 of the 2021 budget is carried over to 2021 itself; it must go to a later year (2022)"),

    # ---- gd-yangxi-yugangshujun-2019: project report, tab-separated MOF table
    ("gd-yangxi-yugangshujun-2019", 1, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "其他资金 has 全年预算数 0.00: an execution rate of 100.00% on a zero base is impossible (should be —)"),
    ("gd-yangxi-yugangshujun-2019", 2, "sum_mismatch", "prose",
     "航标灯桩维护费11.2万元", "航标灯桩维护费12.1万元",
     "航标灯桩维护费12.1万元、港区水域垃圾清运费5.6万元，合计331.83万元",
     "278.73 + 26.5 + 9.8 + 12.1 + 5.6 = 332.73, stated 合计331.83 (component was 11.2)"),
    ("gd-yangxi-yugangshujun-2019", 3, "balance_mismatch", "prose",
     "年末项目结余14.67万元", "年末项目结余16.47万元",
     "结余16.47万元",
     "346.50 - 331.83 = 14.67 (also 5% of 293.40), stated 16.47"),
    ("gd-yangxi-yugangshujun-2019", 4, "score_exceeds_weight", "table",
     "航标灯桩维护\t12座\t12座\t5\t5\t\n\t\t质量指标\t疏浚区水深达标率\t≥95%\t97.2%\t10\t10",
     "航标灯桩维护\t12座\t12座\t5\t10\t\n\t\t质量指标\t疏浚区水深达标率\t≥95%\t97.2%\t10\t5",
     "航标灯桩维护\t12座\t12座\t5\t10",
     "score 10 on a row worth 5 (the scores of two adjacent rows transposed; the column total is unchanged)"),
    ("gd-yangxi-yugangshujun-2019", 5, "unit_mismatch", "table",
     "渔船候潮时间缩短\t≥1.5小时/航次\t2小时/航次", "渔船候潮时间缩短\t≥1.5小时/航次\t100%",
     "≥1.5小时/航次\t100%",
     "target in 小时/航次, actual given as a percentage: completion cannot be computed"),
    ("gd-yangxi-yugangshujun-2019", 6, "conflicting_values", "prose",
     "项目2019年度资金346.5万元", "项目2019年度资金364.5万元",
     "资金364.5万元",
     "the opening evaluates 364.5万元 while the funds section and the table give the same budget as 346.50万元"),

    # ---- gx-fangcheng-hongshulin-2022: project report copied from PDF (runs of spaces, page headers)
    ("gx-fangcheng-hongshulin-2022", 1, "score_sum_mismatch", "table",
     "100    96.01", "100    96.10",
     "100    96.10",
     "8.00 + 10 + 8.55 + 5 + 9.66 + 4.8 + 10 + 10 + 10 + 5 + 5 + 10 = 96.01, 总分 row states 96.10"),
    ("gx-fangcheng-hongshulin-2022", 2, "rate_mismatch", "prose",
     "（执行率71.60%）", "（执行率76.10%）",
     "执行率76.10%",
     "central funds 687.37 / 960 = 71.60%, stated 76.10%"),
    ("gx-fangcheng-hongshulin-2022", 3, "unit_mismatch", "table",
     "≥3.2公里    3.35公里", "≥3.2公里    3.35公顷",
     "3.35公顷",
     "岸线整治修复长度: target in 公里, actual in 公顷 (an area unit for a length)"),
    ("gx-fangcheng-hongshulin-2022", 4, "average_mismatch", "prose",
     "84.6%、80.2%、81.5%，平均82.1%", "84.6%、80.8%、81.5%，平均82.1%",
     "80.8%、81.5%，平均82.1%",
     "(84.6 + 80.8 + 81.5) / 3 = 82.3, stated 平均82.1 (one patch rate changed from 80.2)"),
    ("gx-fangcheng-hongshulin-2022", 5, "conflicting_values", "table",
     "≥90公顷    93.9公顷", "≥90公顷    96.3公顷",
     "96.3公顷",
     "新增滨海湿地面积 is 93.9公顷 in the text (42.6 + 51.3) but 96.3公顷 in the table"),
    ("gx-fangcheng-hongshulin-2022", 6, "completion_mismatch", "prose",
     "完成年度目标的85.5%", "完成年度目标的88.5%",
     "完成年度目标的88.5%",
     "修复面积 51.3公顷 / target 60公顷 = 85.5%, stated 88.5%"),

    # ---- zj-dongtou-haiyudongjian-2024: web page, markdown-like pipe tables
    ("zj-dongtou-haiyudongjian-2024", 1, "balance_mismatch", "prose",
     "结余6.54万元", "结余5.64万元",
     "结余5.64万元",
     "98.00 - 91.46 = 6.54, stated 5.64"),
    ("zj-dongtou-haiyudongjian-2024", 2, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 98.93 is in the 优 band, stated 良"),
    ("zj-dongtou-haiyudongjian-2024", 3, "weight_sum_mismatch", "table",
     "| 季度监测报告按时报送率 | 100% | 100% | 5 | 5 |", "| 季度监测报告按时报送率 | 100% | 100% | 8 | 5 |",
     "季度监测报告按时报送率 | 100% | 100% | 8",
     "weight of 季度监测报告按时报送率 changed from 5 to 8: 分值 column sums to 103, 合计 reads 100"),
    ("zj-dongtou-haiyudongjian-2024", 4, "score_exceeds_weight", "table",
     "| 遥感疑点疑区核查处置率 | 100% | 100% | 10 | 10 |  |\n|  | 时效指标 | 季度监测报告按时报送率 | 100% | 100% | 5 | 5 |",
     "| 遥感疑点疑区核查处置率 | 100% | 100% | 10 | 5 |  |\n|  | 时效指标 | 季度监测报告按时报送率 | 100% | 100% | 5 | 10 |",
     "季度监测报告按时报送率 | 100% | 100% | 5 | 10",
     "score 10 on a row worth 5 (scores of two adjacent rows transposed; totals unchanged)"),
    ("zj-dongtou-haiyudongjian-2024", 5, "implausible_rate", "prose",
     "镇街及部门满意度94.6%", "镇街及部门满意度104.6%",
     "满意度104.6%",
     "a satisfaction rate above 100%"),
    ("zj-dongtou-haiyudongjian-2024", 6, "sum_mismatch", "table",
     "| 省级补助资金 | 0.00 | 12.00 |", "| 省级补助资金 | 2.00 | 12.00 |",
     "| 省级补助资金 | 2.00 | 12.00 | 9.50 | 79.17% |\n| 合计 | 86.00 |",
     "年初预算数 column: 86.00 + 2.00 = 88.00, 合计 states 86.00"),

    # ---- ln-zhuanghe-yuchuanjiuzhu-2018: project report, full-width bar tables
    ("ln-zhuanghe-yuchuanjiuzhu-2018", 1, "score_sum_mismatch", "prose",
     "产出指标得45.01分", "产出指标得46.01分",
     "产出指标得46.01分，效益指标得27.24分，满意度指标得8.73分，合计89.40分",
     "8.42 + 46.01 + 27.24 + 8.73 = 90.40, stated 合计89.40; the 产出 rows of the table add up to 45.01"),
    ("ln-zhuanghe-yuchuanjiuzhu-2018", 2, "sum_mismatch", "table",
     "渔民安全生产培训经费｜24.00｜0.00｜24.00｜21.80", "渔民安全生产培训经费｜24.00｜0.00｜24.00｜28.10",
     "渔民安全生产培训经费｜24.00｜0.00｜24.00｜28.10\n合计｜165.00｜74.40｜239.40｜201.47",
     "全年执行数 column: 96.00 + 37.47 + 46.20 + 28.10 = 207.77, 合计 states 201.47"),
    ("ln-zhuanghe-yuchuanjiuzhu-2018", 3, "rate_mismatch", "table",
     "155.27｜—｜94.10%", "155.27｜—｜91.40%",
     "155.27｜—｜91.40%",
     "市级财政资金 155.27 / 165.00 = 94.10%, stated 91.40%"),
    ("ln-zhuanghe-yuchuanjiuzhu-2018", 4, "unit_mismatch", "prose",
     "每部每年600元", "每部每年600万元",
     "每部每年600万元",
     "1600部 × 600元 = 96万元; written 600万元 the per-unit amount is off by 10^4"),
    ("ln-zhuanghe-yuchuanjiuzhu-2018", 5, "conflicting_values", "prose",
     "实际支出201.47万元）", "实际支出210.47万元）",
     "实际支出210.47万元",
     "the opening gives spending 210.47万元, the funds section and both tables 201.47万元"),
    ("ln-zhuanghe-yuchuanjiuzhu-2018", 6, "year_mismatch", "table",
     "（2018年度）", "（2019年度）",
     "（2019年度）",
     "the attached 自评表 is headed 2019年度 in the 2018 report"),
]


def main():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    errors = 0
    for pid in PROJECTS:
        clean_name = pid + "-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (_, n, code, where, old, new, value, expl) in sorted(by_project[pid], key=lambda e: e[1]):
            cnt = clean.count(old)
            if cnt != 1:
                print("edit %s-e%d: old string matches %d times" % (pid, n, cnt))
                errors += 1
                continue
            text = clean.replace(old, new, 1)
            if value not in text:
                print("edit %s-e%d: value not in error case" % (pid, n))
                errors += 1
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases, %d labels" % (len(labels), len(labels)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
