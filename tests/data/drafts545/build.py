#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts545 from the clean drafts and an edit list.

Each error case = its clean draft with exactly one replacement old -> new, where `old` occurs exactly
once in the clean draft. `value` (the label) must occur exactly once in the resulting case and contain
the changed figure. Run: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gx-beiliu-yanhuadafei-2020",
    "hn-liuyang-yingjiju-bumen-2023",
    "sx-jiexiu-yanbaojianguan-2021",
    "ah-xuanzhou-dafeizhiwei-2019",
    "hb-xishui-yanhuabaozhu-2025",
]

# (project, n, code, old, new, value, where, explanation)
EDITS = [
    # ---- A  北流市 2020 (Word saved as HTML) ----
    ("gx-beiliu-yanhuadafei-2020", 1, "rate_mismatch",
     "执行率94.95%", "执行率95.94%",
     "打非治违专项行动预算42.40万元，支出40.26万元，执行率95.94%",
     "prose, 资金使用情况, sub-item 打非治违专项行动",
     "40.26 / 42.40 = 94.95%, stated 95.94% (digits transposed)"),
    ("gx-beiliu-yanhuadafei-2020", 2, "sum_mismatch",
     "其中春节前后5次", "其中春节前后6次",
     "全年开展联合执法行动14次，其中春节前后6次、清明前后3次、中秋国庆前后4次、其他时段2次",
     "prose, 组织实施情况, breakdown of the 14 joint actions",
     "6 + 3 + 4 + 2 = 15, stated total 14 (the total 14 also stands in the 自评表)"),
    ("gx-beiliu-yanhuadafei-2020", 3, "completion_mismatch",
     "<td>116.67%</td>", "<td>106.67%</td>",
     "<td>14次</td><td>106.67%</td>",
     "自评表 row 开展打非治违联合执法行动, 完成率 cell",
     "actual 14次 / target ≥12次 = 116.67%, stated 106.67%"),
    ("gx-beiliu-yanhuadafei-2020", 4, "unit_mismatch",
     "共2.20万元", "共22000万元",
     "兑现举报奖励11人次共22000万元（每人次2,000元）",
     "prose, 资金使用情况, 举报奖励",
     "11 × 2,000元 = 22,000元 = 2.20万元; the 元 amount is written with the unit 万元 (off by 10^4)"),
    ("gx-beiliu-yanhuadafei-2020", 5, "average_mismatch",
     "平均每个片区117家次", "平均每个片区119家次",
     "平均每个片区119家次",
     "prose, 组织实施情况, 4 片区 list",
     "(126 + 118 + 112 + 112) / 4 = 117, stated 119"),
    ("gx-beiliu-yanhuadafei-2020", 6, "year_mismatch",
     "已结转至2021年", "已结转至2020年",
     "已结转至2020年继续使用",
     "prose, 资金使用情况, carry-over sentence",
     "money left at the end of 2020 cannot be carried over to 2020 itself (should be a later year, 2021)"),
    # ---- B  浏阳市 2023 department (Word copy, tab rows) ----
    ("hn-liuyang-yingjiju-bumen-2023", 1, "balance_mismatch",
     "年末结转结余107.21万元", "年末结转结余107.12万元",
     "年末结转结余107.12万元",
     "prose, 支出情况",
     "全年预算 3,212.58 − 全年支出 3,105.37 = 107.21, stated 107.12"),
    ("hn-liuyang-yingjiju-bumen-2023", 2, "weight_sum_mismatch",
     "102.11%\t7\t7", "102.11%\t8\t7",
     "执法案卷合格率\t≥95%\t97%\t102.11%\t8\t7",
     "自评表 row 执法案卷合格率, 分值 cell",
     "weight 7 → 8: 分值 now total 101 (产出 51) against the stated 100"),
    ("hn-liuyang-yingjiju-bumen-2023", 3, "score_sum_mismatch",
     "部分达成\t—\t10\t7.5", "部分达成\t—\t10\t7.0",
     "风险分级管控机制\t健全\t部分达成\t—\t10\t7.0",
     "自评表 row 风险分级管控机制 (qualitative), 得分 cell",
     "row scores now add to 96.23, stated total 96.73 (7.0 is still inside the 部分达成 band [6, 8))"),
    ("hn-liuyang-yingjiju-bumen-2023", 4, "implausible_rate",
     "政府性基金预算拨款\t0.00\t0.00\t0.00\t—", "政府性基金预算拨款\t0.00\t0.00\t0.00\t100.00%",
     "政府性基金预算拨款\t0.00\t0.00\t0.00\t100.00%",
     "funds table row 政府性基金预算拨款 (zero base), 执行率 cell",
     "a 100.00% execution rate on a 0.00 budget: rate on a zero base"),
    ("hn-liuyang-yingjiju-bumen-2023", 5, "score_exceeds_weight",
     "9.56\n\t可持续影响\t风险分级管控机制\t健全\t部分达成\t—\t10\t7.5",
     "10.56\n\t可持续影响\t风险分级管控机制\t健全\t部分达成\t—\t10\t6.5",
     "企业安全标准化达标率\t≥90%\t86%\t95.56%\t10\t10.56",
     "自评表 rows 企业安全标准化达标率 / 风险分级管控机制, 得分 cells",
     "score 10.56 above weight 10 (the next row lowered 7.5 → 6.5, still in its band, so the total 96.73 still adds up)"),
    ("hn-liuyang-yingjiju-bumen-2023", 6, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "自评得分96.73分，评价等级为“良”",
     "prose, 自评结果",
     "96.73 is in the 优 band (≥ 90), stated 良"),
    # ---- C  介休市 2021 (Shanxi layout, one cell a line) ----
    ("sx-jiexiu-yanbaojianguan-2021", 1, "rate_mismatch",
     "\t93.42\n", "\t93.24\n",
     "93.24",
     "funds table row 预算执行率(%) (7)=(4)/(2), column 县区级",
     "县区级 56.05 / 60.00 = 93.42%, stated 93.24"),
    ("sx-jiexiu-yanbaojianguan-2021", 2, "completion_mismatch",
     "\t112.40%\n", "\t121.40%\n",
     "562箱\n\t121.40%",
     "附件1 row 收缴非法烟花爆竹（箱）, 完成率 cell",
     "actual 562箱 / target ≥500箱 = 112.40%, stated 121.40%"),
    ("sx-jiexiu-yanbaojianguan-2021", 3, "weight_sum_mismatch",
     "烟花爆竹安全事故（起）\n\t15", "烟花爆竹安全事故（起）\n\t16",
     "烟花爆竹安全事故（起）\n\t16",
     "附件1 row 烟花爆竹安全事故（起）, 权重 cell",
     "weight 15 → 16: 权重 now total 101 (效益 31) against the 合计 100"),
    ("sx-jiexiu-yanbaojianguan-2021", 4, "conflicting_values",
     "收缴非法烟花爆竹562箱", "收缴非法烟花爆竹526箱",
     "收缴非法烟花爆竹526箱",
     "prose, 产出情况及分析",
     "the text says 526箱 collected, 附件1 gives 562箱 (and 309.61元/箱 = 17.40万元 / 562)"),
    ("sx-jiexiu-yanbaojianguan-2021", 5, "year_mismatch",
     "截至2021年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "prose, 项目实施和预算执行情况",
     "the 2021 report states its spending as of 31 Dec 2022"),
    ("sx-jiexiu-yanbaojianguan-2021", 6, "sum_mismatch",
     "(1)\n\t60.00\n\t60.00\n\t\n\t\n\t\n\t60.00", "(1)\n\t60.00\n\t60.00\n\t\n\t\n\t\n\t66.00",
     "年初预算资金\n\t(1)\n\t60.00\n\t60.00\n\t\n\t\n\t\n\t66.00",
     "funds table row 年初预算资金 (1), column 县区级",
     "财政资金小计 60.00 ≠ 中央 + 省 + 市 + 县区 = 66.00"),
    # ---- D  宣州区 2019 (PDF copy, runs of spaces, page footers) ----
    ("ah-xuanzhou-dafeizhiwei-2019", 1, "balance_mismatch",
     "结余2.60万元", "结余2.06万元",
     "结余2.06万元",
     "prose, 资金情况",
     "到位 57.00 − 支出 54.40 = 2.60, stated 2.06"),
    ("ah-xuanzhou-dafeizhiwei-2019", 2, "grade_mismatch",
     "评价等级为良好", "评价等级为优秀",
     "本项目自评得分82.58分，评价等级为优秀",
     "prose, 自评结论",
     "82.58 is in the 良 band (80 ≤ s < 90), stated 优秀"),
    ("ah-xuanzhou-dafeizhiwei-2019", 3, "score_sum_mismatch",
     "部分达成        15      10.5", "部分达成        15      11.5",
     "部分达成        15      11.5",
     "自评表 row 联防联控机制 (qualitative), 得分 cell",
     "row scores now add to 83.58, stated total 82.58 (11.5 is still inside the 部分达成 band [9, 12))"),
    ("ah-xuanzhou-dafeizhiwei-2019", 4, "unit_mismatch",
     "3.4万人次", "113.33%",
     "≥3万人次        113.33%",
     "自评表 row 宣传教育覆盖群众, 实际完成值 cell",
     "target in 万人次, actual written as a percentage (113.33%): completion cannot be computed"),
    ("ah-xuanzhou-dafeizhiwei-2019", 5, "implausible_rate",
     "0.00          0.00          0.00         —", "0.00          0.00          0.00     100.00%",
     "上年结转资金         0.00          0.00          0.00     100.00%",
     "funds table row 上年结转资金 (zero base), 执行率 cell",
     "a 100.00% execution rate on a 0.00 budget: rate on a zero base"),
    ("ah-xuanzhou-dafeizhiwei-2019", 6, "rate_mismatch",
     "98.48%", "98.84%",
     "20.68       98.84%",
     "sub-item table row 收缴仓储及销毁, 执行率 cell",
     "20.68 / 21.00 = 98.48%, stated 98.84%"),
    # ---- E  浠水县 2025 (HTML residue, Hubei 20 + 80 goal blocks) ----
    ("hb-xishui-yanhuabaozhu-2025", 1, "score_exceeds_weight",
     "9.78\n&nbsp;\t长效机制\t健全\t部分达成\t—\t5\t3.5",
     "10.78\n&nbsp;\t长效机制\t健全\t部分达成\t—\t5\t2.5",
     "群众满意度\t≥90%\t88%\t97.78%\t10\t10.78",
     "自评表 rows 群众满意度 / 长效机制, 得分 cells",
     "score 10.78 above weight 10 (the next row lowered 3.5 → 2.5, still in the Hubei 部分达成 band [2.5, 4), so the total 88.41 still adds up)"),
    ("hb-xishui-yanhuabaozhu-2025", 2, "average_mismatch",
     "平均每轮218.33箱", "平均每轮213.83箱",
     "平均每轮213.83箱",
     "prose, 年度目标2",
     "(312 + 205 + 138) / 3 = 218.33, stated 213.83"),
    ("hb-xishui-yanhuabaozhu-2025", 3, "completion_mismatch",
     "46起\t86.96%", "46起\t115.00%",
     "禁放区燃放投诉\t≤40起\t46起\t115.00%",
     "自评表 row 禁放区燃放投诉 (≤ indicator), 完成率 cell",
     "≤40起 missed with 46起: completion = 40/46 = 86.96%; 115.00% is actual/target, the wrong way round"),
    ("hb-xishui-yanhuabaozhu-2025", 4, "year_mismatch",
     "省应急管理厅2025年6月下达", "省应急管理厅2026年6月下达",
     "省应急管理厅2026年6月下达",
     "prose, 资金安排",
     "money spent in the 2025 budget year is said to be issued in June 2026"),
    ("hb-xishui-yanhuabaozhu-2025", 5, "conflicting_values",
     "查处非法烟花爆竹案件28起（", "查处非法烟花爆竹案件26起（",
     "查处非法烟花爆竹案件26起",
     "prose, 年度目标2",
     "the text says 26起, the 自评表 gives 28起 (completion 112.00%)"),
    ("hb-xishui-yanhuabaozhu-2025", 6, "sum_mismatch",
     "县级财政\t50.00", "县级财政\t55.00",
     "县级财政\t55.00\t50.00\t50.00\t46.88",
     "funds table row 县级财政, 年初预算 column",
     "年初预算 合计 50.00 ≠ 0.00 + 55.00 + 0.00 = 55.00"),
]


def main():
    labels = []
    ok = True
    for p in PROJECTS:
        with open(os.path.join(CASES, f"{p}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{p}-clean.txt", "source": p, "clean": True, "expected": []})
        for (proj, n, code, old, new, value, where, expl) in [e for e in EDITS if e[0] == p]:
            name = f"{p}-e{n}.txt"
            if clean.count(old) != 1:
                print(f"{name}: old occurs {clean.count(old)}x in the clean draft", file=sys.stderr)
                ok = False
                continue
            text = clean.replace(old, new)
            if text.count(value) != 1:
                print(f"{name}: value occurs {text.count(value)}x", file=sys.stderr)
                ok = False
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases" + ("" if ok else " WITH PROBLEMS"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
