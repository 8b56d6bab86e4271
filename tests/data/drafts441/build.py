#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

The clean drafts (cases/<id>-clean.txt) are written by hand. Every error case is the clean draft with exactly
one old -> new replacement; `old` must occur exactly once in the clean draft. `value` is the substring of the
error case that carries the slip (it must occur in the error case and overlap the edited place). `figure` names
the figure of the clean draft that the slip changes; verify.py checks that it is stated only once in the clean
draft (None where the edit changes a word/cell that is not a stated figure, or for conflicting_values, where the
quantity is stated twice on purpose). `where` is prose or table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

EDITS = {
    "gs-gaotai-qipu-2020": [
        dict(code="sum_mismatch", where="prose", figure="57名",
             old="52名、57名、31名", new="52名、75名、31名", value="52名、75名、31名",
             explanation="普查员 by town 96+48+52+75+31+39+35+29+26 = 431, but the stated total is 413名"),
        dict(code="weight_sum_mismatch", where="table", figure=None,
             old="| 普查资料规范归档率 | 100% | 100% | 10 | 10 |", new="| 普查资料规范归档率 | 100% | 100% | 12 | 10 |",
             value="普查资料规范归档率 | 100% | 100% | 12 | 10",
             explanation="效益指标 rows now weigh 10+10+12 = 32 against the 小计 30; all 分值 add to 102, not 100"),
        dict(code="unit_mismatch", where="prose", figure="99.12万元",
             old="普查员劳务补助99.12万元", new="普查员劳务补助991200万元", value="991200万元",
             explanation="413人 × 120元 × 20天 = 991,200元 = 99.12万元; the amount is written in 元 but labelled 万元 (off by 10^4), which also breaks the spending breakdown (sum 172.68)"),
        dict(code="balance_mismatch", where="prose", figure="13.82万元",
             old="未支出的13.82万元", new="未支出的13.28万元", value="13.28万元",
             explanation="186.50 − 172.68 = 13.82万元 unspent (carried over), stated 13.28"),
        dict(code="implausible_rate", where="table", figure="95.6%",
             old="| ≥90% | 95.6% |", new="| ≥90% | 105.6% |", value="105.6%",
             explanation="普查对象满意度 105.6% is above 100%"),
        dict(code="average_mismatch", where="prose", figure="160.33人次",
             old="平均每期160.33人次", new="平均每期163.33人次", value="平均每期163.33人次",
             explanation="(162 + 158 + 161) / 3 = 160.33, stated 163.33"),
    ],
    "hb-yingshan-renkoubiandong-2022": [
        dict(code="completion_mismatch", where="table", figure="102.45%",
             old="1127户｜102.45%", new="1127户｜104.25%", value="1127户｜104.25%",
             explanation="登记住户数 1127 / 1100 = 102.45%, stated 104.25%"),
        dict(code="rate_mismatch", where="prose", figure="90.36%",
             old="执行率90.36%", new="执行率93.06%", value="执行率93.06%",
             explanation="县级配套资金 5.06 / 5.60 = 90.36%, stated 93.06%"),
        dict(code="score_exceeds_weight", where="table", figure=None,
             old="1127户｜102.45%｜10｜10\n产出指标｜质量指标｜复查差错率｜≤0.5%｜0.6%｜83.33%｜10｜8.33",
             new="1127户｜102.45%｜10｜10.33\n产出指标｜质量指标｜复查差错率｜≤0.5%｜0.6%｜83.33%｜10｜8.00",
             value="1127户｜102.45%｜10｜10.33",
             explanation="登记住户数 scored 10.33 above its weight 10 (the next row, 复查差错率, lowered from 8.33 to 8.00 in the same slip, so the sums still read 48.33 and 97.07)"),
        dict(code="grade_mismatch", where="prose", figure=None,
             old="评价等级为“优”", new="评价等级为“良”", value="评价等级为“良”",
             explanation="97.07 is in the 优 band (≥90)"),
        dict(code="year_mismatch", where="prose", figure="截至2022年12月31日",
             old="截至2022年12月31日", new="截至2021年12月31日", value="截至2021年12月31日",
             explanation="the 2022 report states its spending as at the end of 2021; the evaluation year is 2022"),
        dict(code="score_sum_mismatch", where="table", figure=None,
             old="调查样本轮换平稳衔接｜平稳衔接｜达成｜—｜10｜10", new="调查样本轮换平稳衔接｜平稳衔接｜达成｜—｜10｜9",
             value="达成｜—｜10｜9",
             explanation="row scores now add to 96.07 (效益 19), but the table total and the text say 97.07 (效益 20)"),
    ],
    "sc-pengan-qipuziliao-2021": [
        dict(code="sum_mismatch", where="prose", figure="9.84万元",
             old="数据处理及审核劳务9.84万元", new="数据处理及审核劳务9.48万元", value="数据处理及审核劳务9.48万元",
             explanation="12.60 + 9.48 + 3.12 + 10.25 + 7.37 = 42.82, but the spending is 43.18万元"),
        dict(code="year_mismatch", where="prose", figure="结转至2022年",
             old="已结转至2022年支付", new="已结转至2021年支付", value="结转至2021年支付",
             explanation="money unspent in the 2021 budget is carried over into 2021 itself; must be a later year"),
        dict(code="weight_sum_mismatch", where="table", figure=None,
             old="基本达成\t15\t13", new="基本达成\t16\t13", value="基本达成\t16\t13",
             explanation="分值 now add to 101 (效益 16 + 15 = 31 against the stated 30 points)"),
        dict(code="conflicting_values", where="prose", figure=None,
             old="专题分析报告6篇", new="专题分析报告8篇", value="专题分析报告8篇",
             explanation="the text says 8 专题分析报告, the 自评表 says 6"),
        dict(code="rate_mismatch", where="table", figure="92.21%",
             old="25.82\t92.21%", new="25.82\t92.12%", value="92.12%",
             explanation="当年财政拨款 25.82 / 28.00 = 92.21%, stated 92.12%"),
        dict(code="implausible_rate", where="table", figure=None,
             old="其他资金\t0.00\t0.00\t0.00\t—", new="其他资金\t0.00\t0.00\t0.00\t100%",
             value="其他资金\t0.00\t0.00\t0.00\t100%",
             explanation="执行率 100% on a zero budget (其他资金 0.00): rate on a zero base"),
    ],
    "zj-deqing-renkouchouyang-2024": [
        dict(code="sum_mismatch", where="table", figure="8.00",
             old="\t(1)\n\t12.00\n\t12.00\n\t4.00\n\t8.00\n", new="\t(1)\n\t12.00\n\t12.00\n\t4.00\n\t8.50\n",
             value="8.50",
             explanation="年初预算资金 市级 4.00 + 县级 8.50 = 12.50, but 小计 and 年度总金额 are 12.00 (the text: 12.00, of which 4.00 市级, the rest 县级)"),
        dict(code="completion_mismatch", where="table", figure="98.53%",
             old="\t98.53%\n", new="\t95.83%\n", value="95.83%",
             explanation="入户配合率 93.6 / 95 = 98.53%, stated 95.83%"),
        dict(code="unit_mismatch", where="table", figure=None,
             old="\t数据上报及时率\n\t10\n\t100%\n\t100%\n", new="\t数据上报及时率\n\t10\n\t100%\n\t11月30日\n",
             value="11月30日",
             explanation="数据上报及时率: target is a percentage, the actual value a date"),
        dict(code="rate_mismatch", where="table", figure="95.26",
             old="\t95.26\n", new="\t95.62\n", value="95.62",
             explanation="县级 预算执行率 (7)=(4)/(2) = 9.05 / 9.50 = 95.26%, stated 95.62"),
        dict(code="grade_mismatch", where="prose", figure=None,
             old="评价等级为“优秀”", new="评价等级为“良好”", value="评价等级为“良好”",
             explanation="99.45 is in the 优 band (≥90)"),
        dict(code="conflicting_values", where="prose", figure=None,
             old="组织16名调查员", new="组织18名调查员", value="组织18名调查员",
             explanation="16 调查员 were selected (4+2+4+2+2+2) and paid (16人), but 18 are said to attend the training"),
    ],
    "sd-tengzhou-tongjiju-bumen-2019": [
        dict(code="average_mismatch", where="prose", figure="95.93分",
             old="平均95.93分", new="平均96.93分", value="平均96.93分",
             explanation="(97 + 98.5 + 92.3) / 3 = 95.93, stated 96.93"),
        dict(code="score_exceeds_weight", where="table", figure=None,
             old="| 基本达成 | 10 | 9 |\n| 效果 | 可持续影响 | 统计基础工作持续改善 | 持续改善 | 达成 | 5 | 5 |",
             new="| 基本达成 | 10 | 8 |\n| 效果 | 可持续影响 | 统计基础工作持续改善 | 持续改善 | 达成 | 5 | 6 |",
             value="统计基础工作持续改善 | 持续改善 | 达成 | 5 | 6",
             explanation="score 6 above the weight 5 (the row above, 统计数据服务决策, lowered from 9 to 8 in the same slip, so 效果 still adds to 19)"),
        dict(code="score_sum_mismatch", where="table", figure="24.80",
             old="| 25 | 24.80 |", new="| 25 | 24.30 |", value="| 25 | 24.30 |",
             explanation="过程 rows 9.80 + 5 + 5 + 5 = 24.80, 小计 reads 24.30; 小计 then add to 98.30, not the 98.80 total"),
        dict(code="balance_mismatch", where="prose", figure="25.54万元",
             old="未执行的25.54万元", new="未执行的25.45万元", value="25.45万元",
             explanation="1,286.40 − 1,260.86 = 424.25 − 398.71 = 45.00 − 19.46 = 25.54万元, stated 25.45"),
        dict(code="year_mismatch", where="prose", figure="截至2019年12月31日",
             old="截至2019年12月31日", new="截至2018年12月31日", value="截至2018年12月31日",
             explanation="a 2019 report gives its year-end asset figure as at 31 Dec 2018"),
        dict(code="unit_mismatch", where="prose", figure="30,000元",
             old="合计30,000元", new="合计30,000万元", value="30,000万元",
             explanation="30人 × 100元 × 10天 = 30,000元; labelled 万元 it is 10^4 too large (and above the 12.60万元 budget)"),
    ],
}


def main():
    labels = []
    for pid in sorted(EDITS):
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for i, e in enumerate(EDITS[pid], 1):
            n = clean.count(e["old"])
            if n != 1:
                raise SystemExit(f"{pid} e{i}: old text occurs {n} times")
            text = clean.replace(e["old"], e["new"])
            if text.count(e["value"]) < 1:
                raise SystemExit(f"{pid} e{i}: value not in error case")
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": e["value"],
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
