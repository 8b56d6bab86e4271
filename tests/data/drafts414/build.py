#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the five clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new). `old` must occur exactly
once in the clean draft; `value` (the label) must occur in the error case and contain the changed text.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

D1 = "sx-lingshi-xunhebaojie-2018"
D2 = "jx-wannian-hedaobaojie-2019"
D3 = "zj-shengzhou-hedaobaojie-2021"
D4 = "hn-xupu-hezhangzhongxin-bumen-2022"
D5 = "sd-yinan-hedaobaojie-2024"
DRAFTS = [D1, D2, D3, D4, D5]

T = "\t"

# (draft, n, code, where, old, new, value, explanation)
EDITS = [
    # --- D1 灵石 2018 (Shanxi layout, tab-separated tables) ---
    (D1, 1, "rate_mismatch", "table",
     "94.24\t100\t92.80\t—", "94.24\t100\t98.20\t—",
     "94.24\t100\t98.20",
     "表1 预算执行率(7)=(4)/(2), 县级资金列: 111.36 / 120.00 = 92.80%, stated 98.20"),
    (D1, 2, "implausible_rate", "table",
     "(6)=(3)/(2)\t100\t100\t100\t—", "(6)=(3)/(2)\t100\t100\t100\t100",
     "(6)=(3)/(2)\t100\t100\t100\t100",
     "表1 上年结转 column: 全年预算资金 (2) is 0.00, so 到位率 on a zero base is undefined ('—'); a stated 100 is implausible"),
    (D1, 3, "sum_mismatch", "prose",
     "仁义河22.5千米", "仁义河25.2千米",
     "仁义河25.2千米",
     "river lengths 46.5 + 31.0 + 25.2 + 18.0 = 120.7, stated 合计118公里 (clean: 22.5)"),
    (D1, 4, "average_mismatch", "prose",
     "平均每条河道12次", "平均每条河道13次",
     "平均每条河道13次",
     "(15 + 12 + 11 + 10) / 4 = 12 patrols per river, stated 13"),
    (D1, 5, "year_mismatch", "prose",
     "结转至2019年", "结转至2018年",
     "结转至2018年",
     "the 8.64万元 left over from the 2018 budget is carried to 2018 itself; a carry-over goes to a later year (2019)"),
    (D1, 6, "score_exceeds_weight", "table",
     "157块\t104.67%\t7\n", "157块\t104.67%\t7.33\n",
     "157块\t104.67%\t7.33",
     "河长公示牌更新数量: 得分 7.33 above its 分值 7 (7 x 104.67% not capped); the rows now add to 99.30, still 99 at whole points, so the total is not affected"),
    # --- D2 万年 2019 (MOF 自评表, full-width bars) ---
    (D2, 1, "grade_mismatch", "prose",
     '评价等级为"良"', '评价等级为"优"',
     '评价等级为"优"',
     "total 89.08 lies in the 良 band (80 <= s < 90), stated 优"),
    (D2, 2, "rate_mismatch", "table",
     "｜257.80｜—｜84.52%｜", "｜257.80｜—｜85.42%｜",
     "257.80｜—｜85.42%",
     "当年财政拨款 row: 257.80 / 305.00 = 84.52%, stated 85.42%"),
    (D2, 3, "balance_mismatch", "prose",
     "年末尚未支出47.20万元", "年末尚未支出42.70万元",
     "尚未支出42.70万元",
     "全年预算 323.40 - 执行 276.20 = 47.20万元 unspent, stated 42.70"),
    (D2, 4, "score_sum_mismatch", "table",
     "｜2316次｜10｜9.65｜", "｜2316次｜10｜9.56｜",
     "2316次｜10｜9.56",
     "row scores now add to 88.99 (8.54 + 10 + 9.56 + 8.84 + 8.33 + 10 + 8.95 + 9.88 + 6 + 8.89), stated 总分 89.08"),
    (D2, 5, "completion_mismatch", "prose",
     "巡河任务完成率96.50%", "巡河任务完成率95.60%",
     "巡河任务完成率95.60%",
     "2316 / 2400 = 96.50%, stated 95.60%"),
    (D2, 6, "unit_mismatch", "prose",
     "合同金额259.60万元", "合同金额2596000万元",
     "合同金额2596000万元",
     "236.0公里 x 1.1万元/公里·年 = 259.60万元; 2596000 is the amount in 元 labelled 万元 (off by 10^4)"),
    # --- D3 嵊州 2021 (Markdown tables with 小计 rows) ---
    (D3, 1, "weight_sum_mismatch", "table",
     "| 110.00% | 5 | 5 |", "| 110.00% | 6 | 5 |",
     "110.00% | 6 | 5",
     "保洁船只配备 weight raised to 6: 产出 三级 weights 10 + 8 + 6 + 10 + 10 + 7 = 51 against 小计 50, all weights 101"),
    (D3, 2, "completion_mismatch", "table",
     "| 96.8% | 101.89% |", "| 96.8% | 98.14% |",
     "96.8% | 98.14%",
     "河道保洁考核优良率 >=95%, actual 96.8%: completion 96.8 / 95 = 101.89%, stated 98.14% (the inverted ratio)"),
    (D3, 3, "sum_mismatch", "table",
     "| 保洁船只运维及垃圾转运 | 52.80 |", "| 保洁船只运维及垃圾转运 | 58.20 |",
     "保洁船只运维及垃圾转运 | 58.20",
     "支出用途 table: 374.00 + 58.20 + 24.50 + 17.00 = 473.70, stated 合计 468.30"),
    (D3, 4, "conflicting_values", "prose",
     "全年保洁考核优良率96.8%", "全年保洁考核优良率98.6%",
     "保洁考核优良率98.6%",
     "the same 2021 保洁考核优良率 is 96.8% in the indicator table, 98.6% in the text"),
    (D3, 5, "average_mismatch", "prose",
     "平均每条22.8次", "平均每条23.8次",
     "平均每条23.8次",
     "(24 + 28 + 18 + 22 + 22) / 5 = 22.8 patrols per river, stated 23.8"),
    (D3, 6, "implausible_rate", "prose",
     "对河面保洁效果满意的占97.3%", "对河面保洁效果满意的占107.3%",
     "满意的占107.3%",
     "a share of respondents (satisfaction) cannot exceed 100%"),
    # --- D4 溆浦 2022 部门整体 (full-width bars) ---
    (D4, 1, "balance_mismatch", "prose",
     "年末结转结余50.38万元", "年末结转结余50.83万元",
     "结转结余50.83万元",
     "全年预算 436.50 - 全年支出 386.12 = 50.38万元, stated 50.83"),
    (D4, 2, "unit_mismatch", "table",
     "｜≥400公里｜400公里｜", "｜≥400公里｜100%｜",
     "≥400公里｜100%",
     "县级河道保洁长度: target in 公里, actual given as a percentage; completion cannot be computed"),
    (D4, 3, "rate_mismatch", "table",
     "｜294.20｜244.20｜83.00%", "｜294.20｜244.20｜80.30%",
     "244.20｜80.30%",
     "项目支出 row: 244.20 / 294.20 = 83.00%, stated 80.30%"),
    (D4, 4, "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良",
     "total 96.51 lies in the 优 band (>= 90), stated 良"),
    (D4, 5, "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "the 2022 report states its year-end results as of 31 Dec 2021; the status date must name the evaluation year 2022"),
    (D4, 6, "weight_sum_mismatch", "table",
     "｜86.4%｜10｜9.60｜", "｜86.4%｜12｜9.60｜",
     "86.4%｜12｜9.60",
     "群众满意度 weight changed to 12: weights now add to 102, 合计 says 100"),
    # --- D5 沂南 2024 (web page copy, ASCII bars) ---
    (D5, 1, "score_exceeds_weight", "table",
     "| 106.67% | 5 | 5\n", "| 106.67% | 5 | 5.33\n",
     "106.67% | 5 | 5.33",
     "河长公示牌更新数量: 得分 5.33 above its 分值 5 (5 x 106.67% not capped); rows now add to 86.01, still 86 at whole points"),
    (D5, 2, "completion_mismatch", "table",
     "| 86% | 90.53% |", "| 86% | 95.03% |",
     "86% | 95.03%",
     "保洁河段月度考核合格率 >=95%, actual 86%: 86 / 95 = 90.53%, stated 95.03%"),
    (D5, 3, "sum_mismatch", "table",
     "| 30.00 | 23.60", "| 30.00 | 26.30",
     "30.00 | 26.30",
     "实际支出数 column: 205.00 + 26.30 = 231.30, stated 合计 228.60"),
    (D5, 4, "conflicting_values", "prose",
     "平均处置时间为9天", "平均处置时间为8天",
     "平均处置时间为8天",
     "举报问题处置时间 is 9天 in the indicator table, 8天 in the text"),
    (D5, 5, "score_sum_mismatch", "prose",
     "效益指标得分20.94分", "效益指标得分20.49分",
     "效益指标得分20.49分",
     "效益 rows 7.41 + 7.53 + 6 = 20.94, stated 20.49"),
    (D5, 6, "unit_mismatch", "prose",
     "每块1200元", "每块1200万元",
     "每块1200万元",
     "96块 x 1200元 = 11.52万元; the unit price written as 万元 is off by 10^4"),
]


def main():
    labels = []
    for d in DRAFTS:
        clean_name = f"{d}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": d, "clean": True, "expected": []})
        for (dd, n, code, where, old, new, value, expl) in EDITS:
            if dd != d:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{d}-e{n}: old text occurs {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{d}-e{n}: value not in case: {value!r}")
            name = f"{d}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": d, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
