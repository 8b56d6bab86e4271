#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of the n370 set from the clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in its clean draft.
`value` is the label: an exact substring of the error case that contains the changed figure or word.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# id -> list of (code, where, old, new, value, explanation); the n-th entry makes <id>-e<n>.txt
EDITS = {
    "sx-hejin-qingsiluan-2021": [
        ("rate_mismatch", "table", "\t93.00\n\t89.92\n", "\t93.00\n\t89.29\n", "89.29",
         "funds table row (7)=(4)/(2), 县区级 column: 59.35 / 66.00 = 89.92%, stated 89.29"),
        ("sum_mismatch", "table", "\t(1)\n\t66.00\n", "\t(1)\n\t68.00\n", "(1)\n\t68.00",
         "funds table row (1) 年初预算资金: 年度总金额 68.00 but 财政资金小计 66.00 + 上年结转 0 + 其他 0 = 66.00"),
        ("completion_mismatch", "table", "\t115.56%\n", "\t111.56%\n", "111.56%",
         "附件1 整治销号“四乱”问题: actual 52处 / target ≥45处 = 115.56%, stated 111.56%"),
        ("weight_sum_mismatch", "table", "河道巡查次数\n\t5\n", "河道巡查次数\n\t6\n", "河道巡查次数\n\t6",
         "附件1 产出指标 weights 10+10+6+10+5+10 = 51 against the heading （二）项目产出情况（50分）; all weights 101 against 合计 100"),
        ("year_mismatch", "prose", "结转至2022年", "结转至2021年", "结转至2021年",
         "the 2021 balance is carried over to 2021 itself; a carry-over goes to the following year (2022)"),
        ("grade_mismatch", "prose", "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
         "total 98.48 lies in the 优 band (90-100), stated 良好"),
    ],
    "sc-hejiang-hedaocaisha-2023": [
        ("sum_mismatch", "prose", "补助15.00万元", "补助16.00万元", "补助16.00万元",
         "全年预算112.60 = 县级85.00 + 省级 + 上年结转12.60 requires 省级 15.00 (also 财政拨款 100.00 - 85.00); 85.00 + 16.00 + 12.60 = 113.60"),
        ("implausible_rate", "prose", "砂石经营企业满意度92.1%", "砂石经营企业满意度102.1%", "满意度102.1%",
         "a satisfaction rate cannot exceed 100%"),
        ("conflicting_values", "prose", "全县43艘", "全县45艘", "全县45艘",
         "the table gives 采砂船舶集中停靠监管数 actual 43 艘; the prose now says 45"),
        ("score_sum_mismatch", "table", "98.2｜5｜5", "98.2｜5｜4", "98.2｜5｜4",
         "row scores 9.66 + 49 + 28 + 10 = 96.66, stated total 97.66 (table and text)"),
        ("unit_mismatch", "table", "12｜次｜12｜5｜5", "12｜次｜100%｜5｜5", "次｜100%",
         "非法采砂集中整治行动: target ≥12 次, actual given as 100% (unit column 次)"),
        ("average_mismatch", "prose", "月均13次", "月均15次", "月均15次",
         "156 patrols / 12 months = 13 a month, stated 15"),
    ],
    "hb-jiayu-caishazhengzhi-2020": [
        ("score_exceeds_weight", "table", "1380元/次\t100.00%\t5\t5\t", "1380元/次\t100.00%\t5\t5.43\t", "100.00%\t5\t5.43",
         "单次巡江执法成本: score 5.43 above its weight 5 (reverse indicator scored 5 x 1500/1380 without the cap); the whole-point total 96 still holds (95.99)"),
        ("weight_sum_mismatch", "table", "38个\t100.00%\t10\t10", "38个\t100.00%\t15\t10", "38个\t100.00%\t15",
         "年度目标2 weights 15+5+10+5 = 35 against its heading (30分); all weights 105"),
        ("completion_mismatch", "table", "236次\t118.00%", "236次\t108.00%", "236次\t108.00%",
         "巡江执法次数: 236 / 200 = 118.00%, stated 108.00%"),
        ("rate_mismatch", "prose", "当年财政拨款执行率91.39%", "当年财政拨款执行率93.19%", "执行率93.19%",
         "当年财政拨款: 89.56 / 98.00 = 91.39%, stated 93.19%"),
        ("unit_mismatch", "prose", "宣传及培训费3.45万元", "宣传及培训费34500万元", "34500万元",
         "a 元 amount (34500元 = 3.45万元) labelled 万元: the items only add up to 94.76 with 3.45万元"),
        ("year_mismatch", "prose", "截至2020年12月31日", "截至2021年12月31日", "截至2021年12月31日",
         "the 2020 spending is stated as of 31 December 2021 (the report is dated May 2021)"),
    ],
    "hn-miluo-caishaguanli-2019": [
        ("sum_mismatch", "table", "其中：当年财政拨款\t150.00", "其中：当年财政拨款\t105.00", "当年财政拨款\t105.00",
         "年初预算数 column: 年度资金总额 150.00 ≠ 当年财政拨款 105.00 + 上年结转 0.00 + 其他 0.00 (also 105 + 追加25 ≠ 全年 175.00)"),
        ("implausible_rate", "table", "其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%\t—", "0.00\t—\t100.00%",
         "其他资金 has a zero budget: an execution rate of 100.00% on a zero base is impossible"),
        ("score_exceeds_weight", "table", "338次\t5\t5", "338次\t5\t5.63", "338次\t5\t5.63",
         "汨罗江干支流巡查: score 5.63 above its weight 5 (over-achievement 112.67% scored without the cap); the whole-point total 95 still holds (95.35)"),
        ("balance_mismatch", "prose", "年末结余14.58万元", "年末结余15.48万元", "结余15.48万元",
         "193.50 (all received) - 178.92 spent = 14.58, stated 15.48"),
        ("grade_mismatch", "prose", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
         "total 95 is in the 优 band, stated 良"),
        ("conflicting_values", "prose", "；拆解“三无”采砂船26艘", "；拆解“三无”采砂船28艘", "采砂船28艘",
         "the 自评表 gives 拆解“三无”采砂船 actual 26艘; the text now says 28艘"),
    ],
    "ah-fengyang-hehuzhan-bumen-2024": [
        ("score_sum_mismatch", "table", "工作时效\t10\t9", "工作时效\t10\t8", "工作时效\t10\t8",
         "表3 scores now sum to 94.88, stated 95.88 (table 合计 and text)"),
        ("sum_mismatch", "table", "其他收入\t3\t12.40", "其他收入\t3\t21.40", "21.40",
         "表1 row 1=2+3: 536.20 + 21.40 = 557.60 ≠ 548.60"),
        ("rate_mismatch", "table", "86.30\t93.80%", "86.30\t98.30%", "86.30\t98.30%",
         "表2 河湖“清四乱”问题整改专项经费: 86.30 / 92.00 = 93.80%, stated 98.30%"),
        ("average_mismatch", "prose", "平均96.13分", "平均96.31分", "平均96.31分",
         "(95.6 + 92.8 + 100) / 3 = 96.13, stated 96.31"),
        ("conflicting_values", "prose", "预算执行率指标得分9.78分", "预算执行率指标得分9.87分", "指标得分9.87分",
         "表3 gives the 预算执行率 indicator 9.78 points; the text now says 9.87"),
        ("balance_mismatch", "prose", "年末未支出12.83万元", "年末未支出12.38万元", "未支出12.38万元",
         "592.00 - 579.17 = 12.83, stated 12.38"),
    ],
}


def main():
    labels = []
    for pid, edits in EDITS.items():
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for n, (code, where, old, new, value, expl) in enumerate(edits, 1):
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid} e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid} e{n}: value not in the error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


def where_table():
    """(case, code, where) rows, used by README."""
    return [(f"{pid}-e{n}", e[0], e[1]) for pid, edits in EDITS.items() for n, e in enumerate(edits, 1)]


if __name__ == "__main__":
    main()
