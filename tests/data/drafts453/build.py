#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts and the edit list below.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the label value: an exact substring of the error case that contains the changed figure.
`where` (prose/table) and `what` are documentation only (README table).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sc-santai-jichucehui-2023",
    "ha-dengzhou-jichucehui-2021",
    "hn-zhuzhou-dilixinxi-2022",
    "ah-nanqiao-zrzy-bumen-2024",
    "zj-sanmen-dixingtu-2019",
]

# (source, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- sc-santai-jichucehui-2023 (Sichuan outline, Word cell-per-line 自评表 10+90) ----
    ("sc-santai-jichucehui-2023", "e1", "balance_mismatch", "prose",
     "未支付的15.60万元已申请结转", "未支付的16.50万元已申请结转",
     "未支付的16.50万元",
     "到位312.00 − 支出296.40 = 15.60万元 left unspent and carried forward; the text says 16.50万元"),
    ("sc-santai-jichucehui-2023", "e2", "sum_mismatch", "prose",
     "1:500地形图修测47.70万元", "1:500地形图修测47.07万元",
     "1:500地形图修测47.07万元",
     "the five items after 其中 now add to 86.00 + 96.50 + 47.07 + 32.00 + 34.20 = 295.77, not the stated 296.40万元"),
    ("sc-santai-jichucehui-2023", "e3", "weight_sum_mismatch", "table",
     "\t2023年12月8日\n\t12\n\t12\n", "\t2023年12月8日\n\t13\n\t12\n",
     "2023年12月8日\n\t13",
     "时效 row weight 13: weights now total 10 + 61 + 20 + 10 = 101 while 总分 reads 100"),
    ("sc-santai-jichucehui-2023", "e4", "score_sum_mismatch", "table",
     "已入库，部分未接入共享平台\n\t10\n\t9\n", "已入库，部分未接入共享平台\n\t10\n\t8\n",
     "已入库，部分未接入共享平台\n\t10\n\t8",
     "row scores now add to 9.50 + 60 + 10 + 8 + 10 = 97.50, stated total 98.50 (table 总分 and text)"),
    ("sc-santai-jichucehui-2023", "e5", "unit_mismatch", "prose",
     "平均每幅成本6056.34元", "平均每幅成本6056.34万元",
     "6056.34万元",
     "per-sheet cost is 86.00万元 / 142幅 = 6056.34元 (table: 6056.34 元/幅); written with the unit 万元, off by 10^4"),
    ("sc-santai-jichucehui-2023", "e6", "year_mismatch", "prose",
     "已申请结转至2024年继续使用", "已申请结转至2023年继续使用",
     "结转至2023年",
     "money left over from the 2023 budget is carried to 2023 itself; must be a later year (2024)"),

    # ---- ha-dengzhou-jichucehui-2021 (行次 funds table with formulas, 完成率 table) ----
    ("ha-dengzhou-jichucehui-2021", "e1", "rate_mismatch", "table",
     "\t93.63\n", "\t93.36\n",
     "93.36",
     "row (7)=(4)/(2), column 县区级: 117.98 / 126.00 = 93.63%, printed 93.36"),
    ("ha-dengzhou-jichucehui-2021", "e2", "completion_mismatch", "table",
     "480幅\t106.67%", "480幅\t106.76%",
     "480幅\t106.76%",
     "1:500地形图 completion 480 / 450 = 106.67%, stated 106.76%"),
    ("ha-dengzhou-jichucehui-2021", "e3", "implausible_rate", "table",
     "(6)=(3)/(2)\n\t100\n\t100\n\t0\n", "(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100",
     "预算到位率 of the 中央级 column printed 100 although that column has no budget (zero base): a rate on a zero base"),
    ("ha-dengzhou-jichucehui-2021", "e4", "conflicting_values", "prose",
     "用图单位满意度为94.50%", "用图单位满意度为95.40%",
     "用图单位满意度为95.40%",
     "satisfaction is 94.50% in 附件1 (and its 完成率 105.00% = 94.50/90); the text says 95.40%"),
    ("ha-dengzhou-jichucehui-2021", "e5", "grade_mismatch", "prose",
     "评价等级为优。各项指标", "评价等级为良。各项指标",
     "评价等级为良",
     "total 99.60 is in the 优 band (≥ 90)"),
    ("ha-dengzhou-jichucehui-2021", "e6", "score_sum_mismatch", "table",
     "101.22%\t15\t", "101.22%\t14\t",
     "101.22%\t14",
     "指标得分 now add to 9.60 + 50 + 29 + 10 = 98.60, stated 总得分99.60分"),

    # ---- hn-zhuzhou-dilixinxi-2022 (Hunan outline, MOF 附件1 copied from PDF) ----
    ("hn-zhuzhou-dilixinxi-2022", "e1", "implausible_rate", "table",
     "其他资金 0.00 0.00 0.00 — — —", "其他资金 0.00 0.00 0.00 — 100.00% —",
     "其他资金 0.00 0.00 0.00 — 100.00%",
     "其他资金 has 全年预算数 0.00: an execution rate of 100.00% on a zero base"),
    ("hn-zhuzhou-dilixinxi-2022", "e2", "year_mismatch", "table",
     "（2022年度）", "（2021年度）",
     "（2021年度）",
     "the 自评表 claims 2021 while the report, the budget and the carry-over all concern 2022"),
    ("hn-zhuzhou-dilixinxi-2022", "e3", "sum_mismatch", "table",
     "其中：当年财政拨款 150.00 150.00", "其中：当年财政拨款 105.00 150.00",
     "当年财政拨款 105.00",
     "年初预算数 column: 当年财政拨款 105.00 + 上年结转 — + 其他 0.00 = 105.00 ≠ 年度资金总额 150.00"),
    ("hn-zhuzhou-dilixinxi-2022", "e4", "conflicting_values", "table",
     "≥30万人次 34.7万人次", "≥30万人次 37.4万人次",
     "37.4万人次",
     "platform visits are 34.7万人次 in the text (7.6 + 8.3 + 9.1 + 9.7); the 自评表 says 37.4万人次"),
    ("hn-zhuzhou-dilixinxi-2022", "e5", "average_mismatch", "prose",
     "分别为96.0%、92.5%、92.0%", "分别为96.0%、95.2%、92.0%",
     "96.0%、95.2%、92.0%，平均为93.50%",
     "(96.0 + 95.2 + 92.0) / 3 = 94.40%, stated average 93.50%"),
    ("hn-zhuzhou-dilixinxi-2022", "e6", "rate_mismatch", "prose",
     "资金到位率100%", "资金到位率95.42%",
     "资金到位率95.42%",
     "到位 165.80 / 全年预算 165.80 = 100%, stated 95.42% (the execution rate)"),

    # ---- ah-nanqiao-zrzy-bumen-2024 (部门整体, Word, tab rows) ----
    ("ah-nanqiao-zrzy-bumen-2024", "e1", "average_mismatch", "prose",
     "96.5分、92.0分、94.5分和89.0分", "96.5分、92.5分、94.5分和89.0分",
     "92.5分、94.5分和89.0分，平均93.00分",
     "(96.5 + 92.5 + 94.5 + 89.0) / 4 = 93.125 → 93.13, stated 93.00"),
    ("ah-nanqiao-zrzy-bumen-2024", "e2", "grade_mismatch", "prose",
     "98.34分，评价等级为优", "98.34分，评价等级为良",
     "评价等级为良",
     "total 98.34 is in the 优 band (≥ 90)"),
    ("ah-nanqiao-zrzy-bumen-2024", "e3", "weight_sum_mismatch", "table",
     "99.3%\t10\t10", "99.3%\t12\t10",
     "99.3%\t12\t10",
     "时效 weight 12: weights now total 102 (产出 52) while 合计 reads 100"),
    ("ah-nanqiao-zrzy-bumen-2024", "e4", "score_exceeds_weight", "table",
     "52个\t15\t15\n\t生态效益\t耕地保有量\t≥21.36万亩\t21.42万亩\t15\t15",
     "52个\t15\t16\n\t生态效益\t耕地保有量\t≥21.36万亩\t21.42万亩\t15\t14",
     "52个\t15\t16",
     "社会效益 row scored 16 against a weight of 15 (the next row lowered to 14 so the 效益 30 and total 98.34 still add up)"),
    ("ah-nanqiao-zrzy-bumen-2024", "e5", "rate_mismatch", "prose",
     "执行398.16万元，执行率94.80%", "执行398.16万元，执行率94.08%",
     "执行率94.08%",
     "国土空间规划编制: 398.16 / 420.00 = 94.80%, stated 94.08%"),
    ("ah-nanqiao-zrzy-bumen-2024", "e6", "sum_mismatch", "prose",
     "420.00万元、186.00万元和658.00万元", "420.00万元、168.00万元和658.00万元",
     "168.00万元",
     "four project budgets 268.00 + 420.00 + 168.00 + 658.00 = 1,514.00 ≠ 项目支出预算1,532.00万元"),

    # ---- zj-sanmen-dixingtu-2019 (web page, browser tab rows) ----
    ("zj-sanmen-dixingtu-2019", "e1", "balance_mismatch", "prose",
     "结余6.38万元", "结余6.83万元",
     "结余6.83万元",
     "预算165.00 (all received) − 支出158.62 = 6.38万元, stated 6.83"),
    ("zj-sanmen-dixingtu-2019", "e2", "score_exceeds_weight", "table",
     "612幅\t102.00%\t15\t15\n产出指标\t数量指标\t1:2000地形图修补测\t≥45幅\t48幅\t106.67%\t10\t10",
     "612幅\t102.00%\t15\t16\n产出指标\t数量指标\t1:2000地形图修补测\t≥45幅\t48幅\t106.67%\t10\t9",
     "102.00%\t15\t16",
     "1:500地形图更新 scored 16 against a weight of 15 (the next row lowered to 9 so the total 99.61 still adds up)"),
    ("zj-sanmen-dixingtu-2019", "e3", "unit_mismatch", "table",
     "≥1次/年\t1次\t", "≥1次/年\t100%\t",
     "≥1次/年\t100%",
     "target in 次/年, actual given as a percentage: completion cannot be computed"),
    ("zj-sanmen-dixingtu-2019", "e4", "completion_mismatch", "table",
     "63次\t126.00%", "63次\t162.00%",
     "63次\t162.00%",
     "用图服务 completion 63 / 50 = 126.00%, stated 162.00%"),
    ("zj-sanmen-dixingtu-2019", "e5", "completion_mismatch", "prose",
     "控制点52个，完成率108.33%", "控制点52个，完成率103.83%",
     "完成率103.83%",
     "C级GNSS点 52 / 48 = 108.33%, stated 103.83%"),
    ("zj-sanmen-dixingtu-2019", "e6", "conflicting_values", "prose",
     "用图单位满意度为96.3%", "用图单位满意度为93.6%",
     "用图单位满意度为93.6%",
     "satisfaction is 96.3% in the indicator table (完成率 107.00% = 96.3/90); the text says 93.6%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suf, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suf}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-{suf}: value not in case: {value!r}")
            name = f"{src}-{suf}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
