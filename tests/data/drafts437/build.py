#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each made by
exactly one old -> new replacement (the old string must occur exactly once in the clean draft).
The label value must occur in the error case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (code, where, old, new, value, explanation)
EDITS = {
    "he-jingxing-shuangyong-2019": [
        ("sum_mismatch", "table",
         "当年财政拨款\t60.00\t68.40\t66.65", "当年财政拨款\t60.00\t68.40\t66.56",
         "68.40\t66.56",
         "funds block, 全年执行数 column: 当年财政拨款 66.56 + 上年结转资金 3.20 + 其他资金 0.00 = 69.76, but 年度资金总额 is 69.85 (clean 66.65)"),
        ("completion_mismatch", "table",
         "320户\t106.67%", "320户\t107.67%",
         "320户\t107.67%",
         "“八一”走访现役军人家庭户数: 320/300 = 106.67%, stated 107.67%"),
        ("unit_mismatch", "prose",
         "分别发放慰问金11.16万元", "分别发放慰问金111600万元",
         "111600万元",
         "186户 × 600元 = 111600元 = 11.16万元: the 元 amount is written with the unit 万元 (off by 10^4); with it the 春节 total 42.60万元 no longer adds up, and rescaling that one amount reconciles it"),
        ("year_mismatch", "prose",
         "结转至2020年使用", "结转至2019年使用",
         "结转至2019年",
         "unspent money of the 2019 budget cannot be carried over to 2019 itself; the carry-over goes to 2020"),
        ("grade_mismatch", "prose",
         "等级为“优”", "等级为“良”",
         "等级为“良”",
         "自评得分99.20分 lies in the 优 band (90–100), stated 良"),
        ("balance_mismatch", "prose",
         "未使用的1.75万元", "未使用的1.57万元",
         "1.57万元",
         "全年预算 71.60 (all received) − 实际支出 69.85 = 1.75万元 unspent, stated 1.57"),
    ],
    "jx-hukou-yongjunyoushu-2021": [
        ("rate_mismatch", "prose",
         "预算执行率95.71%", "预算执行率97.51%",
         "预算执行率97.51%",
         "81.35 / 85.00 = 95.71%, stated 97.51%"),
        ("score_sum_mismatch", "table",
         "≥95%\t93%\t10\t9.79", "≥95%\t93%\t10\t8.79",
         "93%\t10\t8.79",
         "row scores now add up to 98.00 while 合计 and the text give 99 (clean row score 9.79)"),
        ("score_exceeds_weight", "table",
         "12个\t5\t5", "12个\t5\t5.3",
         "12个\t5\t5.3",
         "新建军民共建点: score 5.3 above its weight 5 (the scores add up to 99.30, still 99 at the whole-point precision of the stated total)"),
        ("weight_sum_mismatch", "table",
         "按时完成\t5\t5", "按时完成\t6\t5",
         "按时完成\t6\t5",
         "weights now add up to 101 while 合计 says 100 (两节走访完成时限 weight 6 instead of 5)"),
        ("conflicting_values", "prose",
         "全年新建军民共建点12个", "全年新建军民共建点21个",
         "新建军民共建点21个",
         "the text says 21 new 共建点, the indicator table's 实际完成值 says 12个"),
        ("implausible_rate", "table",
         "≥90%\t96.8%", "≥90%\t106.8%",
         "106.8%",
         "优抚对象满意度 106.8%: a satisfaction rate above 100%"),
    ],
    "sc-zitong-youfuweiwen-2022": [
        ("balance_mismatch", "prose",
         "年末结余3.14万元", "年末结余3.41万元",
         "结余3.41万元",
         "全年预算 107.00 (项目资金全部到位) − 全年支出 103.86 = 3.14, stated 3.41"),
        ("completion_mismatch", "table",
         "327\t102.19%", "327\t101.29%",
         "327\t101.29%",
         "“八一”走访户数: 327/320 = 102.19%, stated 101.29%"),
        ("year_mismatch", "prose",
         "截至2022年12月31日", "截至2021年12月31日",
         "截至2021年12月31日",
         "the 2022 report gives the register at 31 Dec 2021; the figure must name the evaluation year 2022 (its 上年 comparison and the 2022 standards follow)"),
        ("unit_mismatch", "table",
         "日期\t2022年1月25日", "日期\t100%",
         "2022年1月28日\t日期\t100%",
         "春节慰问金发放完成时间: target is a date, actual a percentage"),
        ("sum_mismatch", "prose",
         "驻县部队慰问4.00万元", "驻县部队慰问4.60万元",
         "驻县部队慰问4.60万元",
         "86.45 + 6.54 + 4.60 + 6.87 = 104.46, stated 全年支出 103.86 (clean 4.00)"),
        ("rate_mismatch", "table",
         "\t97.07%\t9.71", "\t97.70%\t9.71",
         "97.70%",
         "funds block 执行率: 103.86 / 107.00 = 97.07%, stated 97.70%"),
    ],
    "sd-ningjin-tyjrswj-bumen-2023": [
        ("average_mismatch", "prose",
         "平均每批次677户", "平均每批次667户",
         "平均每批次667户",
         "(1652 + 138 + 516 + 402) / 4 = 677, stated 667"),
        ("average_mismatch", "table",
         "\t93.34\t", "\t93.43\t",
         "93.43",
         "project table: (98.5 + 93.2 + 88.6 + 95.0 + 91.4) / 5 = 93.34, 平均 row states 93.43"),
        ("grade_mismatch", "table",
         "88.6\t良", "88.6\t优",
         "88.6\t优",
         "优抚对象短期疗养 scored 88.6, which is the 良 band (80–90), not 优"),
        ("conflicting_values", "prose",
         "整体支出598.62万元", "整体支出598.26万元",
         "598.26万元",
         "the opening gives the department's total spending as 598.26万元, section 二 as 598.62万元 (= 201.84 + 396.78)"),
        ("implausible_rate", "prose",
         "综合满意率99.1%", "综合满意率109.1%",
         "109.1%",
         "a satisfaction rate of 109.1% is above 100%"),
        ("score_sum_mismatch", "prose",
         "产出指标得47.5分", "产出指标得45.7分",
         "产出指标得45.7分",
         "9.77 + 45.7 + 29.11 + 10 = 94.58, stated 自评得分96.38分 (clean 47.5)"),
    ],
    "gx-pingle-jieriweiwen-2024": [
        ("rate_mismatch", "table",
         "\t80\t97.30\t0\t0", "\t80\t97.03\t0\t0",
         "97.03",
         "funds table (7)=(4)/(2), 县级 column: 85.62 / 88.00 = 97.30%, stated 97.03"),
        ("implausible_rate", "table",
         "\t97.30\t0\t0", "\t97.30\t100\t0",
         "97.30\t100",
         "funds table (7) row, 上年结转资金 column: execution rate 100 on a 全年预算 of 0 (rate on a zero base)"),
        ("weight_sum_mismatch", "table",
         "长效运行\t—\t10\t10", "长效运行\t—\t12\t10",
         "长效运行\t—\t12",
         "weights now add up to 102 while 合计 says 100 (双拥工作机制 weight 12 instead of 10)"),
        ("score_exceeds_weight", "table",
         "800元/户\t100%\t10\t10", "800元/户\t100%\t10\t10.2",
         "100%\t10\t10.2",
         "伤残军人春节慰问标准: score 10.2 above its weight 10 (the scores add up to 99.20, still 99 at the whole-point precision of the stated total)"),
        ("average_mismatch", "prose",
         "户均566.89元", "户均568.69元",
         "户均568.69元",
         "684800元 / 1208户 = 566.89元, stated 568.69元"),
        ("year_mismatch", "prose",
         "2023年12月，自治区提前下达", "2022年12月，自治区提前下达",
         "2022年12月",
         "an advance of 2024 money can only be issued in December 2023 (the December before the evaluation year), not December 2022"),
    ],
}

ORDER = ["he-jingxing-shuangyong-2019", "jx-hukou-yongjunyoushu-2021", "sc-zitong-youfuweiwen-2022",
         "sd-ningjin-tyjrswj-bumen-2023", "gx-pingle-jieriweiwen-2024"]


def main():
    lines = []
    for pid in ORDER:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        lines.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for n, (code, where, old, new, value, expl) in enumerate(EDITS[pid], 1):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit("%s e%d: old string occurs %d times: %r" % (pid, n, cnt, old))
            err = clean.replace(old, new)
            if err.count(value) < 1:
                sys.exit("%s e%d: value %r not in error case" % (pid, n, value))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(err)
            lines.append({"case": name, "source": pid, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value,
                                        "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for obj in lines:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("built %d cases" % len(lines))


if __name__ == "__main__":
    main()
