#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts484 from the clean drafts and the edit list below.

Each edit is (source, n, code, where, old, new, value, explanation):
  old   occurs exactly once in cases/<source>-clean.txt and is replaced by new (one contiguous edit);
  value is the exact substring of the resulting case that carries the error (it must occur exactly once).
Writes cases/<source>-e<n>.txt and labels.jsonl (clean case first, then its six error cases).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jishan-sanxiao-2019",
    "jiajiang-choujian-2021",
    "qidong-zuofang-2022",
    "queshan-scjg-dept-2024",
    "meixian-tandian-2025",
]

EDITS = [
    # ---- 稷山县 2019 (Shanxi, one cell a line) ----
    ("jishan-sanxiao-2019", 1, "rate_mismatch", "table (funds, row (7), 县区级)",
     "95.04", "94.05", "94.05",
     "县区级 执行率 (7)=(4)/(2) = 45.62 / 48.00 = 95.04%, the cell reads 94.05"),
    ("jishan-sanxiao-2019", 2, "average_mismatch", "prose (满意度情况)",
     "93.10%、90.60%、93.50%", "93.10%、90.80%、93.50%", "分别为93.10%、90.80%、93.50%",
     "mean of 93.10, 90.80, 93.50 is 92.47%, stated 平均满意度 92.40%"),
    ("jishan-sanxiao-2019", 3, "completion_mismatch", "table (附件1, 小摊点登记备案数)",
     "108.00%", "106.00%", "106.00%",
     "完成率 = 162户 / 150户 = 108.00%, the cell reads 106.00%"),
    ("jishan-sanxiao-2019", 4, "implausible_rate", "table (funds, row (7), 上年结转 column)",
     "95.04\n\t—", "95.04\n\t100", "95.04\n\t100",
     "执行率 100 printed for 上年结转资金, whose 全年预算 is empty (zero base); the clean draft prints —"),
    ("jishan-sanxiao-2019", 5, "year_mismatch", "prose (预算执行情况)",
     "结转至2020年", "结转至2019年", "结转至2019年",
     "a 2019 report cannot carry its balance over into 2019; carry-over goes to a later year (2020)"),
    ("jishan-sanxiao-2019", 6, "score_sum_mismatch", "prose (项目绩效情况, block scores)",
     "效益指标得分28.5分", "效益指标得分29.5分", "效益指标得分29.5分",
     "效益 rows score 10 + 10 + 8.5 = 28.5, stated 29.5; blocks now add to 99.15 against 总得分 98.15"),
    # ---- 夹江县 2021 (Sichuan, tab rows) ----
    ("jiajiang-choujian-2021", 1, "rate_mismatch", "prose (资金使用)",
     "县级资金执行率91.29%", "县级资金执行率92.19%", "县级资金执行率92.19%",
     "县级 38.80 / 42.50 = 91.29%, stated 92.19%"),
    ("jiajiang-choujian-2021", 2, "unit_mismatch", "prose (支出构成)",
     "抽检检验费64.46万元", "抽检检验费644600万元", "抽检检验费644600万元",
     "64.46万元 written as 644600万元 (a 元 figure labelled 万元); rescaled by 10^-4 it reconciles the 支出构成 sum 88.80 and the table's 64.46"),
    ("jiajiang-choujian-2021", 3, "sum_mismatch", "prose (支出构成)",
     "快检试剂及设备12.60万元", "快检试剂及设备12.06万元", "快检试剂及设备12.06万元",
     "64.46 + 12.06 + 7.24 + 4.50 = 88.26, against 实际支出 88.80"),
    ("jiajiang-choujian-2021", 4, "score_exceeds_weight", "table (效益指标, 责任事故 row)",
     "10\t10\t\n\t\t集中区规范管理\t定性\t达标\t—\t部分达标\t10\t7",
     "10\t11\t\n\t\t集中区规范管理\t定性\t达标\t—\t部分达标\t10\t6",
     "小作坊小摊点食品安全责任事故\t=\t0\t起\t0\t10\t11",
     "score 11 above weight 10 (the next, qualitative row lowered from 7 to 6, still in its 部分达成 band, so 总分 96.60 still adds up)"),
    ("jiajiang-choujian-2021", 5, "year_mismatch", "table (title)",
     "项目支出绩效自评表（2021年度）", "项目支出绩效自评表（2020年度）", "项目支出绩效自评表（2020年度）",
     "the table claims 2020 while the report and all budget sentences are 2021"),
    ("jiajiang-choujian-2021", 6, "grade_mismatch", "prose (评价结论)",
     "评价等级为\"优\"", "评价等级为\"良\"", "评价等级为\"良\"",
     "96.60 is in the 优 band (90-100), stated 良"),
    # ---- 祁东县 2022 (Hunan, PDF copy, split table) ----
    ("qidong-zuofang-2022", 1, "balance_mismatch", "prose (资金使用及管理情况)",
     "未使用的25.60万元", "未使用的26.50万元", "未使用的26.50万元",
     "可用资金 126.40 - 支出 100.80 = 25.60, stated 26.50"),
    ("qidong-zuofang-2022", 2, "conflicting_values", "prose (项目产出情况)",
     "快检2,650批次", "快检2,560批次", "快检2,560批次",
     "快检 2,560批次 in the text, 2650批次 in the 自评表"),
    ("qidong-zuofang-2022", 3, "weight_sum_mismatch", "prose (项目决策情况)",
     "效益指标30分", "效益指标35分", "效益指标35分",
     "效益 rows weigh 10 + 5 + 5 + 10 = 30, stated 35; first-level weights now total 105"),
    ("qidong-zuofang-2022", 4, "unit_mismatch", "table (改造验收合格率 row)",
     "改造验收合格率    100%    100%", "改造验收合格率    100%    42户", "改造验收合格率    100%    42户",
     "target is a percentage, actual is a count of households (户)"),
    ("qidong-zuofang-2022", 5, "implausible_rate", "table (周边群众满意度, after the page break)",
     "93.20%", "103.20%", "103.20%",
     "a satisfaction rate above 100%"),
    ("qidong-zuofang-2022", 6, "score_sum_mismatch", "table (小摊点长效管理机制 row)",
     "部分建立    10    7", "部分建立    10    6.5", "部分建立    10    6.5",
     "row scores now add to 87.17 against 总分 87.67 (6.5 stays inside the 部分达成 band, so no other rule breaks)"),
    # ---- 确山县 2024 (Henan, 部门整体, tab rows) ----
    ("queshan-scjg-dept-2024", 1, "average_mismatch", "table (项目自评得分)",
     "92.13%\t92", "92.13%\t90", "食品小作坊小摊点规范提升\t150.00\t138.20\t92.13%\t90",
     "(96 + 90 + 95 + 98 + 97 + 88) / 6 = 94.00, stated 平均自评得分 94.33"),
    ("queshan-scjg-dept-2024", 2, "sum_mismatch", "prose (部门整体支出执行情况)",
     "公用经费202.75万元", "公用经费207.25万元", "公用经费207.25万元",
     "人员经费 1,602.40 + 公用经费 207.25 = 1,809.65, against 基本支出 1,805.15"),
    ("queshan-scjg-dept-2024", 3, "balance_mismatch", "prose (部门整体支出执行情况)",
     "全年结余43.74万元", "全年结余34.74万元", "全年结余34.74万元",
     "全年预算 2,412.65 - 支出 2,368.91 = 43.74, stated 34.74"),
    ("queshan-scjg-dept-2024", 4, "weight_sum_mismatch", "table (营商环境 row)",
     "营商环境\t持续优化\t持续优化\t10\t9", "营商环境\t持续优化\t持续优化\t11\t9", "营商环境\t持续优化\t持续优化\t11",
     "weights now total 101 against 合计 100 (score 9 of 11 stays in the 达成 band)"),
    ("queshan-scjg-dept-2024", 5, "grade_mismatch", "prose (自评结论)",
     "评价等级为\"优秀\"", "评价等级为\"良好\"", "评价等级为\"良好\"",
     "98.82 is in the 优 band (90-100), stated 良好"),
    ("queshan-scjg-dept-2024", 6, "score_exceeds_weight", "table (区域性系统性食品安全事故 row)",
     "0起\t10\t10\t\n\t\t营商环境\t持续优化\t持续优化\t10\t9", "0起\t10\t11\t\n\t\t营商环境\t持续优化\t持续优化\t10\t8",
     "区域性系统性食品安全事故\t0起\t0起\t10\t11",
     "score 11 above weight 10 (the next, qualitative row lowered from 9 to 8, still in its 达成 band, so 合计 98.82 still adds up)"),
    # ---- 眉县 2025 (Shaanxi, MOF outline, one cell a line) ----
    ("meixian-tandian-2025", 1, "completion_mismatch", "prose (产出情况)",
     "完成年度目标的90.00%", "完成年度目标的95.00%", "完成年度目标的95.00%",
     "540人次 / 600人次 = 90.00%, stated 95.00%"),
    ("meixian-tandian-2025", 2, "conflicting_values", "prose (产出情况)",
     "管理的小摊点214户", "管理的小摊点241户", "管理的小摊点241户",
     "241户 in the text, 214户 in the 自评表"),
    ("meixian-tandian-2025", 3, "rate_mismatch", "prose (资金投入及使用情况)",
     "到位率100%", "到位率98%", "到位率98%",
     "到位 76.00 / 全年预算 76.00 = 100%, stated 98%"),
    ("meixian-tandian-2025", 4, "balance_mismatch", "prose (资金投入及使用情况)",
     "结余1.52万元", "结余1.25万元", "结余1.25万元",
     "到位 76.00 - 支出 74.48 = 1.52, stated 1.25"),
    ("meixian-tandian-2025", 5, "year_mismatch", "prose (资金投入及使用情况)",
     "截至2025年12月31日", "截至2024年12月31日", "截至2024年12月31日",
     "the 2025 report's spending is dated 截至2024年12月31日"),
    ("meixian-tandian-2025", 6, "implausible_rate", "table (funds, 上年结转资金 row)",
     "上年结转资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t—", "上年结转资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100.00%",
     "上年结转资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100.00%",
     "执行率 100.00% on a 0.00 budget (zero base); the clean draft prints —"),
]


def main():
    labels = []
    problems = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            if clean.count(old) != 1:
                problems.append(f"{s}-e{n}: old occurs {clean.count(old)} times in the clean draft")
                continue
            case = clean.replace(old, new, 1)
            if case.count(value) != 1:
                problems.append(f"{s}-e{n}: value occurs {case.count(value)} times in the case")
            name = f"{s}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
