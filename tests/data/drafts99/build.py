#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of this set from the clean drafts.

Each project has a hand-written clean draft cases/<id>-clean.txt. Every error case is that draft with
exactly one injected inconsistency, described below as a list of (old, new) replacements: `old` must
occur exactly once in the clean draft. An error has one replacement (one contiguous edit inside one
line) or, for score-row edits flagged `rows2`, two replacements in two adjacent table rows.
Pure Python 3, no third-party packages.  Usage: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "nanchuan-dibao-2019",
    "xiushan-tekun-2022",
    "huishui-linshijiuzhu-2020",
    "zhengan-minzheng-2024",
    "tongjiang-dibao-2018",
]

# (project, n, code, edits, value, explanation[, rows2])
ERRORS = [
    # ---- nanchuan-dibao-2019 (重庆南川区, 城乡低保, MOF table with ｜) ----
    ("nanchuan-dibao-2019", 1, "rate_mismatch",
     [("区级资金｜1,260.00｜1,260.00｜1,260.00｜1,157.03｜91.83%", "区级资金｜1,260.00｜1,260.00｜1,260.00｜1,157.03｜93.18%")],
     "1,157.03｜93.18%",
     "区级 execution rate: 1,157.03 / 1,260.00 = 91.83%, the row prints 93.18% (digits transposed)"),
    ("nanchuan-dibao-2019", 2, "sum_mismatch",
     [("农村低保金5,751.74万元", "农村低保金5,715.74万元")],
     "8,097.03万元，预算执行率98.74%，其中发放城市低保金2,345.29万元、农村低保金5,715.74万元",
     "2,345.29 + 5,715.74 = 8,061.03, stated total 8,097.03 (rural part retyped, should be 5,751.74)"),
    ("nanchuan-dibao-2019", 3, "unit_mismatch",
     [("｜≥380元/人·月｜398元/人·月｜", "｜≥380元/人·月｜104.74%｜")],
     "≥380元/人·月｜104.74%",
     "target is an amount in 元/人·月, the actual was filled with a percentage (398/380 as completion): units differ"),
    ("nanchuan-dibao-2019", 4, "score_sum_mismatch",
     [("未全部联网｜10｜7｜", "未全部联网｜10｜6｜")],
     "部分达成，信息核对未全部联网｜10｜6｜推进跨部门信息共享\n满意度指标｜服务对象满意度指标｜低保对象满意度｜≥90%｜94.6%｜10｜10｜—\n总分｜｜｜｜｜100｜96.75",
     "qualitative row re-scored 7 -> 6 without touching the total: rows now add to 95.75, total still 96.75"),
    ("nanchuan-dibao-2019", 5, "year_mismatch",
     [("截至2019年12月31日，全区在保", "截至2018年12月31日，全区在保")],
     "截至2018年12月31日",
     "the 2019 report dates the year-end caseload 2018-12-31 (last year's sentence left in); the same figures are the 2019 四季度末 row"),
    ("nanchuan-dibao-2019", 6, "completion_mismatch",
     [("完成率101.52%", "完成率103.88%")],
     "完成率103.88%",
     "22,335 / 22,000 = 101.52%; 103.88% is 22,335 against last year's target 21,500"),

    # ---- xiushan-tekun-2022 (重庆秀山县, 特困供养, table with ' | ') ----
    ("xiushan-tekun-2022", 1, "grade_mismatch",
     [("本项目得分94.44分，评价等级为优秀", "本项目得分94.44分，评价等级为良好")],
     "94.44分，评价等级为良好",
     "94.44 is in the 优 band (>= 90); 良好 is last year's grade copied over"),
    ("xiushan-tekun-2022", 2, "conflicting_values",
     [("| ≥3000人 | 2951人 |", "| ≥3000人 | 2915人 |")],
     "2915人",
     "year-end caseload is 2,951 in the text (2,389 + 562) and in the 四季度末 row; the 自评表 prints 2915"),
    ("xiushan-tekun-2022", 3, "balance_mismatch",
     [("资金结余44.30万元", "资金结余34.30万元")],
     "结余34.30万元",
     "3,712.00 received - 3,667.70 spent = 44.30 (县级 540.00 - 495.70), stated 34.30"),
    ("xiushan-tekun-2022", 4, "score_exceeds_weight",
     [("| ≥60% | 76.34% | 5 | 5 |", "| ≥60% | 76.34% | 5 | 6 |"),
      ("| 100% | 100% | 10 | 10 | —\n产出指标 | 成本指标", "| 100% | 100% | 10 | 9 | —\n产出指标 | 成本指标")],
     "76.34% | 5 | 6",
     "a bonus point for over-achievement: score 6 above weight 5 (taken from the next row so the total still reads 94.44)",
     True),
    ("xiushan-tekun-2022", 5, "weight_sum_mismatch",
     [("基本生活费按月发放及时率 | 100% | 100% | 10 | 10", "基本生活费按月发放及时率 | 100% | 100% | 15 | 10")],
     "基本生活费按月发放及时率 | 100% | 100% | 15 | 10 | —\n"
     "产出指标 | 成本指标 | 基本生活标准 | ≥884元/人·月 | 884元/人·月 | 10 | 10 | —\n"
     "效益指标 | 社会效益指标 | 特困人员基本生活保障率 | 100% | 100% | 10 | 10 | —\n"
     "效益指标 | 社会效益指标 | 敬老院消防安全检查合格率 | 100% | 91.67% | 10 | 9.17 | 1所敬老院整改后合格\n"
     "效益指标 | 可持续影响指标 | 敬老院照护服务能力 | 逐步提升 | 部分达成 | 10 | 6 | 护理员数量和专业水平不足\n"
     "满意度指标 | 服务对象满意度指标 | 供养对象满意度 | ≥95% | 91.5% | 10 | 9.63 | 探访频次不够\n"
     "合计 |  |  |  |  | 100",
     "时效 weight 15 (an old template) makes the weights add to 105 against the stated 100"),
    ("xiushan-tekun-2022", 6, "average_mismatch",
     [("季均1,283.5人次", "季均1,238.5人次")],
     "季均1,238.5人次",
     "(1,218 + 1,305 + 1,264 + 1,347) / 4 = 1,283.5, stated 1,238.5"),

    # ---- huishui-linshijiuzhu-2020 (贵州惠水县, 临时救助, tab tables with 行次 and 完成率) ----
    ("huishui-linshijiuzhu-2020", 1, "completion_mismatch",
     [("≤5个工作日\t3.6个工作日\t100.00%", "≤5个工作日\t3.6个工作日\t138.89%")],
     "3.6个工作日\t138.89%",
     "a met ≤ target completes at 100%; 138.89% is 5/3.6, the ratio turned upside down"),
    ("huishui-linshijiuzhu-2020", 2, "implausible_rate",
     [("82.71\t—", "82.71\t100.00")],
     "82.71\t100.00",
     "上年结转 column is 0.00 in every amount row, yet its execution rate is filled with 100.00: a rate on a zero base"),
    ("huishui-linshijiuzhu-2020", 3, "sum_mismatch",
     [("雅水镇5.00万元", "雅水镇8.00万元")],
     "共100.00万元，其中涟江街道15.00万元、濛江街道15.00万元、明田街道10.00万元、好花红镇10.00万元、羡塘镇10.00万元、断杉镇10.00万元、芦山镇10.00万元、王佑镇10.00万元、雅水镇8.00万元",
     "the ten town allocations add to 103.00, stated total 100.00 (雅水镇 retyped 5 -> 8)"),
    ("huishui-linshijiuzhu-2020", 4, "average_mismatch",
     [("次均1,953.12元", "次均1,935.12元")],
     "次均1,935.12元",
     "1,046.87万元 / 5,360人次 = 1,953.12元 per case, stated 1,935.12"),
    ("huishui-linshijiuzhu-2020", 5, "weight_sum_mismatch",
     [("应救尽救率\t10\t100%", "应救尽救率\t12\t100%")],
     "应救尽救率\t12\t100%\t100%\t100.00%\t10\n"
     "效益指标\t社会效益指标\t符合条件对象转介纳入低保率\t10\t≥90%\t92.6%\t102.89%\t10\n"
     "效益指标\t可持续影响指标\t乡镇（街道）先行救助机制建立率\t10\t100%\t100%\t100.00%\t10\n"
     "满意度指标\t服务对象满意度指标\t救助对象满意度\t10\t≥90%\t95.33%\t105.92%\t10\n"
     "合计\t\t\t100",
     "weights now add to 102 against the stated 100 (应救尽救率 weight 12)"),
    ("huishui-linshijiuzhu-2020", 6, "year_mismatch",
     [("结转至2021年", "结转至2020年")],
     "结转至2020年",
     "the unspent part of the 2020 budget cannot be carried over into 2020 itself"),

    # ---- zhengan-minzheng-2024 (贵州正安县, 部门整体, table with | … |) ----
    ("zhengan-minzheng-2024", 1, "average_mismatch",
     [("平均94.60分", "平均94.06分")],
     "平均94.06分",
     "(96.5 + 95 + 92.5 + 98 + 91) / 5 = 94.60, stated 94.06"),
    ("zhengan-minzheng-2024", 2, "implausible_rate",
     [("实际支出4.52万元，执行率94.17%", "实际支出5.42万元，执行率112.92%")],
     "5.42万元，执行率112.92%",
     "公务用车 spending 5.42 above its 4.80 budget: execution rate 112.92% (arithmetic right, rate over 100%)"),
    ("zhengan-minzheng-2024", 3, "unit_mismatch",
     [("支出临时救助资金932.45万元", "支出临时救助资金9324500万元")],
     "9324500万元",
     "the 元 figure 9,324,500 labelled 万元: 932.45万元 in the project table and behind 次均2,159.45元"),
    ("zhengan-minzheng-2024", 4, "rate_mismatch",
     [("项目支出执行率98.23%", "项目支出执行率94.38%")],
     "项目支出执行率94.38%",
     "15,126.58 / 15,399.04 = 98.23%; 94.38% divides by the whole department budget 16,027.95"),
    ("zhengan-minzheng-2024", 5, "score_sum_mismatch",
     [("| ≥90% | 78.3% | 10 | 8.70 |", "| ≥90% | 78.3% | 10 | 7.83 |")],
     "78.3% | 10 | 7.83 |\n| 满意度指标 | 服务对象满意度指标 | 困难群众满意度 | ≥95% | 93.2% | 10 | 9.81 |\n| 总分 |  |  |  |  | 100 | 98.17",
     "知晓率 row re-scored 8.70 -> 7.83 without the total: rows add to 97.30, total still 98.17"),
    ("zhengan-minzheng-2024", 6, "year_mismatch",
     [("评价年度：2024年", "评价年度：2023年")],
     "评价年度：2023年",
     "the 2024 report's self-evaluation table is headed 2023 (last year's table header left in)"),

    # ---- tongjiang-dibao-2018 (四川通江县, 城乡低保, Sichuan 10+90 flattened table) ----
    ("tongjiang-dibao-2018", 1, "grade_mismatch",
     [("本项目得分89.87分，评价等级为“良好”", "本项目得分89.87分，评价等级为“优秀”")],
     "89.87分，评价等级为“优秀”",
     "89.87 is below 90: 良 band, not 优 (rounded up by the writer)"),
    ("tongjiang-dibao-2018", 2, "rate_mismatch",
     [("实际支出871.46万元，执行率88.92%", "实际支出871.46万元，执行率98.92%")],
     "执行率98.92%",
     "县级 871.46 / 980.00 = 88.92%, stated 98.92%"),
    ("tongjiang-dibao-2018", 3, "score_exceeds_weight",
     [("\t95\n\t10\n\t9.5\n", "\t95\n\t10\n\t8.5\n"),
      ("\t331\n\t5\n\t5\n", "\t331\n\t5\n\t6\n")],
     "331\n\t5\n\t6",
     "城市低保月人均补差 row scored 6 against weight 5 (the point was taken from the 时效 row above, total unchanged)",
     True),
    ("tongjiang-dibao-2018", 4, "conflicting_values",
     [("发放规范，年末保障城乡低保对象43,726人", "发放规范，年末保障城乡低保对象43,762人")],
     "年末保障城乡低保对象43,762人",
     "year-end caseload is 43,726 elsewhere (四季度末 row, 二(二), 四(一), 自评表), the conclusion says 43,762"),
    ("tongjiang-dibao-2018", 5, "unit_mismatch",
     [("\t%\n\t22.4\n", "\t%\n\t1268人\n")],
     "%\n\t1268人",
     "就业帮扶率 is measured in %, the actual cell holds a head count (1,268人)"),
    ("tongjiang-dibao-2018", 6, "balance_mismatch",
     [("结余108.54万元", "结余118.54万元")],
     "结余118.54万元",
     "11,950.00 - 11,841.46 = 108.54 (县级 980.00 - 871.46), stated 118.54"),
]


def apply(text, edits):
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit(f"edit source occurs {n} times: {old!r}")
        text = text.replace(old, new)
    return text


def main():
    lines = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        lines.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for err in [e for e in ERRORS if e[0] == pid]:
            _, n, code, edits, value, expl = err[:6]
            case = f"{pid}-e{n}.txt"
            text = apply(clean, edits)
            with open(os.path.join(CASES, case), "w", encoding="utf-8") as fh:
                fh.write(text)
            lines.append({"case": case, "source": pid, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value,
                                        "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} labels ({sum(1 for r in lines if not r['clean'])} error cases)")


if __name__ == "__main__":
    main()
