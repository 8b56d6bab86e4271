#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts and the edit list below.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Each error case carries exactly one edit (one changed figure or word, one contiguous place).
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (suffix, code, where, old, new, value, explanation, figure_note)
# figure_note: None -> the changed figure (the old number/word) must occur exactly once in the clean draft;
#              "twice" -> conflicting_values, the figure is meant to be stated twice;
#              a string -> why repeats of that token elsewhere are other quantities (checked by hand + verify.py).
EDITS = {
    "sx-houma-chongdianzhuang-2021": [
        ("e1", "rate_mismatch", "table",
         "\t87.80\n", "\t78.80\n", "78.80",
         "funds table row (7)=(4)/(2), column 县区级: 105.36 / 120.00 = 87.80%, stated 78.80", None),
        ("e2", "completion_mismatch", "table",
         "96.84%", "98.64%", "98.64%",
         "附件1 补贴资金拨付及时率: target ≥95%, actual 92% -> completion 92/95 = 96.84%, stated 98.64%", None),
        ("e3", "weight_sum_mismatch", "table",
         "公共充电桩年充电量\n\t15\n", "公共充电桩年充电量\n\t16\n", "公共充电桩年充电量\n\t16",
         "weight of 年充电量 raised 15 -> 16: weights now total 101 and the 效益 rows 31 against the stated 效益指标30分", "weight cell; other 15s are other rows"),
        ("e4", "year_mismatch", "prose",
         "结转至2022年", "结转至2021年", "已结转至2021年继续拨付",
         "a 2021 balance cannot be carried over to 2021 itself; it goes to 2022", "year token; the other 2022s are the 实施期 goal (到2022年底) and the report date (2022年3月18日)"),
        ("e5", "conflicting_values", "prose",
         "累计充电量552万千瓦时", "累计充电量525万千瓦时", "累计充电量525万千瓦时",
         "年充电量 is 552万千瓦时 in 附件1 (业绩值, completion 92.00%) but 525万千瓦时 in section 三.3", "twice"),
        ("e6", "score_sum_mismatch", "prose",
         "总得分98.06分", "总得分98.60分", "总得分98.60分",
         "9.58 + 49.68 + 28.80 + 10 = 98.06 (and the 附件1 rows add to 98.06), stated 98.60 (grade 优秀 unchanged)", None),
    ],
    "sc-xichang-gongjiaogengxin-2023": [
        ("e1", "implausible_rate", "table",
         "95.3%", "105.3%", "105.3%",
         "乘客满意度 105.3%: a satisfaction rate above 100%", None),
        ("e2", "unit_mismatch", "table",
         "336吨", "112%", "≥300吨\t112%",
         "年减少柴油消耗: target in 吨 (≥300吨), actual given as a percentage (112%)", None),
        ("e3", "year_mismatch", "table",
         "2023年度项目支出绩效自评表", "2022年度项目支出绩效自评表", "2022年度项目支出绩效自评表",
         "the attached 自评表 claims 2022 while the report, its budget and all fund dates are 2023", "evaluation year; every other 2023 is the same (correct) year"),
        ("e4", "sum_mismatch", "prose",
         "补助地方资金450万元", "补助地方资金405万元", "补助地方资金405万元",
         "600 + 405 = 1005 ≠ 全年预算1050万元 (and 586.80 + 405 ≠ 1036.80 paid with the central money fully spent)", None),
        ("e5", "balance_mismatch", "prose",
         "结余13.20万元", "结余13.02万元", "结余13.02万元",
         "到位 1050 − 支付 1036.80 = 13.20 (市级 600 − 586.80 = 13.20), stated 13.02", None),
        ("e6", "grade_mismatch", "prose",
         "评价等级为\"优\"", "评价等级为\"良\"", "评价等级为\"良\"",
         "综合得分98.20分 is in the 优 band (≥90), stated 良", None),
    ],
    "hn-jinshi-xinnengyuanqiche-2019": [
        ("e1", "completion_mismatch", "table",
         "155辆 86.11%", "155辆 81.61%", "155辆 81.61%",
         "推广应用新能源汽车: ≥180辆, actual 155辆 -> 155/180 = 86.11%, stated 81.61%", None),
        ("e2", "sum_mismatch", "table",
         "1033.52", "1053.52", "1076.40 1053.52",
         "全年执行数 column: 当年财政拨款 1053.52 + 上年结转 50.00 + 其他 0.00 = 1103.52 ≠ 年度资金总额 1083.52", None),
        ("e3", "grade_mismatch", "prose",
         "评价等级为良好", "评价等级为优秀", "88.59分，评价等级为优秀",
         "88.59 is in the 良 band (80 ≤ s < 90), stated 优秀", None),
        ("e4", "average_mismatch", "prose",
         "平均每座38.27万元", "平均每座38.72万元", "平均每座38.72万元",
         "(48.60 + 37.20 + 29.00) / 3 = 38.27, stated 38.72", None),
        ("e5", "rate_mismatch", "prose",
         "执行率93.25%", "执行率92.35%", "支出211.12万元，执行率92.35%",
         "充电设施建设补贴: 211.12 / 226.40 = 93.25%, stated 92.35%", None),
        ("e6", "unit_mismatch", "prose",
         "补贴96.32万元", "补贴963200万元", "补贴963200万元",
         "344 piles × 2800元 = 963200元 = 96.32万元, written 963200万元 (a 元 figure labelled 万元); 114.80 + 96.32 = 211.12 holds only after rescaling", None),
    ],
    "hb-shishou-gongjiaochongdian-2020": [
        ("e1", "score_exceeds_weight", "table",
         "93.4%\n10\n10\n", "93.4%\n10\n10.38\n", "93.4%\n10\n10.38",
         "乘客满意度: score 10.38 above its weight 10 (10 × 93.4/90 left uncapped); the whole-point total 94 still matches 94.18", "score cell; other 10s are other rows/weights"),
        ("e2", "weight_sum_mismatch", "table",
         "168天\n10\n8.93", "168天\n12\n8.93", "168天\n12\n8.93",
         "充电站建设工期 weight 10 -> 12: 年度目标1 rows now total 42 against its 40分 and all weights 102 against 100", "weight cell; other 10s are other rows"),
        ("e3", "score_sum_mismatch", "table",
         "合计\n100\n94", "合计\n100\n96", "合计\n100\n96",
         "row scores add to 93.80 (19.37 + 38.93 + 35.50), stated total 96 (grade 优 unchanged)", None),
        ("e4", "implausible_rate", "table",
         "上年结转资金\n0.00\n0.00\n0.00\n—\n0\n", "上年结转资金\n0.00\n0.00\n0.00\n—\n100%\n", "0.00\n—\n100%",
         "上年结转资金 row: 全年预算数 0.00, an execution rate of 100% on a zero base", "rate cell; other 0s are other cells"),
        ("e5", "year_mismatch", "prose",
         "截至2020年12月31日", "截至2021年12月31日", "截至2021年12月31日，项目累计支出",
         "the year-end figure of a 2020 report must be as of 2020-12-31, not 2021", "evaluation year; the other 2020s are the same (correct) year"),
        ("e6", "balance_mismatch", "prose",
         "结余18.27万元", "结余18.72万元", "结余18.72万元",
         "到位 580 − 支出 561.73 = 18.27 (充电站 300 − 281.73 = 18.27), stated 18.72", None),
    ],
    "gd-enping-fagaiju-bumen-2024": [
        ("e1", "score_exceeds_weight", "table",
         "绩效目标合理性\t5\t5\n", "绩效目标合理性\t5\t5.5\n", "绩效目标合理性\t5\t5.5",
         "score 5.5 above its weight 5; the whole-point total 96 still matches 96.17", "score cell; other 5s are other cells"),
        ("e2", "sum_mismatch", "table",
         "第二批\t2024年8月\t12\t", "第二批\t2024年8月\t13\t", "第二批\t2024年8月\t13",
         "补贴项目 column: 9 + 13 + 7 = 29 ≠ 合计 28", "count cell; other 12s are other quantities"),
        ("e3", "unit_mismatch", "table",
         "\t36.10\t", "\t361000\t", "95\t361000",
         "第三批 amount written in 元 (361000) in the 万元 column: 63.00 + 86.48 + 36.10 = 185.58 and 36.10/95 = 0.38 hold only after rescaling", None),
        ("e4", "average_mismatch", "prose",
         "平均每批补贴61.86万元", "平均每批补贴68.16万元", "平均每批补贴68.16万元",
         "(63.00 + 86.48 + 36.10) / 3 = 61.86, stated 68.16", None),
        ("e5", "conflicting_values", "prose",
         "全年项目支出预算1435.88万元", "全年项目支出预算1345.88万元", "全年项目支出预算1345.88万元",
         "项目支出 adjusted budget is 1435.88万元 in 二（一） (668.77 + 1435.88 = 2104.65) but 1345.88万元 in 二（三）", "twice"),
        ("e6", "rate_mismatch", "prose",
         "执行率94.17%", "执行率91.47%", "项目支出1352.18万元，执行率91.47%",
         "项目支出: 1352.18 / 1435.88 = 94.17%, stated 91.47%", None),
    ],
}

NUM = r"(?<![\d.])%s(?![\d])"


def changed_token(old, new):
    """The old figure/word that the edit changes (old minus common prefix/suffix, widened to a whole number)."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    a, b = p, len(old) - s
    while a > 0 and (old[a - 1].isdigit() or old[a - 1] == "."):
        a -= 1
    while b < len(old) and (old[b].isdigit() or old[b] == "."):
        b += 1
    return old[a:b]


def main():
    labels = []
    problems = []
    for cid, edits in EDITS.items():
        clean_path = os.path.join(CASES, f"{cid}-clean.txt")
        with open(clean_path, encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": f"{cid}-clean.txt", "source": cid, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl, note in edits:
            n = clean.count(old)
            if n != 1:
                problems.append(f"{cid}-{suffix}: old string matches {n} times: {old!r}")
                continue
            tok = changed_token(old, new)
            if tok and re.fullmatch(r"[\d.]+", tok):
                occ = len(re.findall(NUM % re.escape(tok), clean))
            else:
                occ = clean.count(tok) if tok else 0
            if note is None and occ != 1:
                problems.append(f"{cid}-{suffix}: changed figure {tok!r} occurs {occ} times in the clean draft")
            if note == "twice" and occ != 2:
                problems.append(f"{cid}-{suffix}: conflicting figure {tok!r} occurs {occ} times, expected 2")
            err = clean.replace(old, new, 1)
            if value not in err:
                problems.append(f"{cid}-{suffix}: value {value!r} not in the error case")
            with open(os.path.join(CASES, f"{cid}-{suffix}.txt"), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": f"{cid}-{suffix}.txt", "source": cid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with one error each)")


if __name__ == "__main__":
    main()
