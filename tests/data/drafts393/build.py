#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in
the clean draft.  Each error case gets exactly one edit (one contiguous place).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# source id -> list of six edits: (code, where, old, new, value, explanation)
EDITS = {
    "zj-jiangshan-manbingshifanqu-2019": [
        ("rate_mismatch", "prose",
         "当年财政拨款执行90.23万元、执行率93.02%",
         "当年财政拨款执行90.23万元、执行率92.03%",
         "执行率92.03%",
         "当年财政拨款 executed 90.23 of 97.00 (table) = 93.02%, stated 92.03%"),
        ("score_exceeds_weight", "table",
         "｜≥60%（实际63.5%）｜8｜8｜—\n产出指标｜质量指标｜2型糖尿病患者规范管理率｜≥60%｜58.4%｜6｜5.84｜",
         "｜≥60%（实际63.5%）｜8｜5.84｜—\n产出指标｜质量指标｜2型糖尿病患者规范管理率｜≥60%｜58.4%｜6｜8｜",
         "58.4%｜6｜8",
         "2型糖尿病规范管理率 row scores 8 against a weight of 6 (the two adjacent scores were swapped, so the total 98.95 still adds up)"),
        ("unit_mismatch", "table",
         "｜≤180元/台｜168元/台｜",
         "｜≤180元/台｜168万元/台｜",
         "168万元/台",
         "target is ≤180元/台 and the text gives the bid price as 168元/台; the actual is written in 万元/台 (off by 10^4)"),
        ("year_mismatch", "prose",
         "已按规定结转至2020年使用",
         "已按规定结转至2019年使用",
         "结转至2019年",
         "the unspent 6.77万元 of the 2019 budget is carried over to 2019 itself; must be a later year"),
        ("completion_mismatch", "prose",
         "完成年度目标的120%",
         "完成年度目标的112%",
         "完成年度目标的112%",
         "6条 built against a target of ≥5条 = 120%, stated 112%"),
        ("weight_sum_mismatch", "table",
         "｜≥25%｜26.4%｜10｜10｜",
         "｜≥25%｜26.4%｜12｜10｜",
         "26.4%｜12｜10",
         "weights now total 102 (10 execution + 50 + 32 + 10) against the 总分 weight of 100"),
    ],
    "hn-wugang-lianbingguanli-2021": [
        ("average_mismatch", "prose",
         "平均为70.26%",
         "平均为72.06%",
         "平均为72.06%",
         "(71.4 + 68.9 + 74.2 + 66.5 + 70.3) / 5 = 70.26%, stated 72.06%"),
        ("rate_mismatch", "prose",
         "血糖控制率48.79%",
         "血糖控制率47.89%",
         "血糖控制率47.89%",
         "4108 / 8420 = 48.79%, stated 47.89%"),
        ("balance_mismatch", "prose",
         "年末结余13.54万元",
         "年末结余15.34万元",
         "结余15.34万元",
         "received 312.40 - spent 298.86 = 13.54万元, stated 15.34万元"),
        ("grade_mismatch", "prose",
         "评价等级为“优”",
         "评价等级为“良”",
         "评价等级为“良”",
         "total 96.26 (table; text says 90分以上) is in the 优 band, not 良"),
        ("score_sum_mismatch", "table",
         "100\t96.26",
         "100\t97.26",
         "97.26",
         "9.57 + 50 + 26.69 + 10 = 96.26, table total reads 97.26"),
        ("implausible_rate", "table",
         "≥90%\t95.2%",
         "≥90%\t105.2%",
         "105.2%",
         "a satisfaction rate cannot exceed 100%"),
    ],
    "sd-zhucheng-jikongbumen-2022": [
        ("sum_mismatch", "table",
         "| 合计 | 385.00 |",
         "| 合计 | 358.00 |",
         "合计 | 358.00",
         "年初预算 column: 80 + 60 + 95 + 120 + 30 = 385.00, 合计 reads 358.00"),
        ("rate_mismatch", "table",
         "| 86.93 | 98.56% |",
         "| 86.93 | 95.86% |",
         "86.93 | 95.86%",
         "86.93 / 88.20 = 98.56%, stated 95.86%"),
        ("conflicting_values", "prose",
         "部门整体支出1321.37万元开展",
         "部门整体支出1312.37万元开展",
         "1312.37万元",
         "the opening gives the department's 2022 spending as 1312.37万元; section 一（三） gives 1,321.37万元 (742.16 + 579.21), which the 95.57% rate uses"),
        ("average_mismatch", "table",
         "| 95.96 |",
         "| 96.95 |",
         "96.95",
         "(94.7 + 97.3 + 96.2 + 98.0 + 93.6) / 5 = 95.96, stated 96.95"),
        ("unit_mismatch", "table",
         "| ≥4次 | 6次 |",
         "| ≥4次 | 100% |",
         "≥4次 | 100%",
         "target counted in 次 (≥4次), actual given as a percentage (text: 6次)"),
        ("grade_mismatch", "prose",
         "等级为“优秀”",
         "等级为“良好”",
         "等级为“良好”",
         "total 99.06 is in the 优 band, not 良"),
    ],
    "sc-mianzhu-manbinglianbing-2024": [
        ("weight_sum_mismatch", "table",
         "｜97.6｜8｜8｜",
         "｜97.6｜9｜8｜",
         "97.6｜9｜8",
         "产出 weights now 61 and all weights 101 against the 合计 of 100"),
        ("score_exceeds_weight", "table",
         "62.15｜12｜12｜\n效益指标｜社会效益指标｜管理人群血糖控制率｜≥｜50｜%｜47.36｜8｜7.58｜",
         "62.15｜12｜7.58｜\n效益指标｜社会效益指标｜管理人群血糖控制率｜≥｜50｜%｜47.36｜8｜12｜",
         "47.36｜8｜12",
         "血糖控制率 row scores 12 against a weight of 8 (the two adjacent scores were swapped, so the total 98.10 still adds up)"),
        ("sum_mismatch", "table",
         "其中：财政资金｜60.00｜",
         "其中：财政资金｜56.00｜",
         "财政资金｜56.00",
         "年初预算 column: 56.00 + 0.00 + 5.00 + 0.00 = 61.00, 年度资金总额 reads 65.00"),
        ("year_mismatch", "prose",
         "截至2024年12月31日，项目资金全部到位",
         "截至2023年12月31日，项目资金全部到位",
         "截至2023年12月31日",
         "the spending of the 2024 budget (incl. funds issued in July 2024) is reported as of 31 Dec 2023"),
        ("implausible_rate", "prose",
         "满意度为96.3%",
         "满意度为106.3%",
         "满意度为106.3%",
         "a satisfaction rate cannot exceed 100%"),
        ("completion_mismatch", "prose",
         "为年度任务6000人的117.0%",
         "为年度任务6000人的107.0%",
         "6000人的107.0%",
         "7020 / 6000 = 117.0%, stated 107.0%"),
    ],
    "sx-jiexiu-manbingshifanqu-2018": [
        ("completion_mismatch", "table",
         "62.8%\t104.67%",
         "62.8%\t103.67%",
         "103.67%",
         "62.8% / 60% = 104.67%, stated 103.67%"),
        ("balance_mismatch", "table",
         "(5)=(3)-(4)\t4.42",
         "(5)=(3)-(4)\t4.24",
         "4.24",
         "(3) 74.00 - (4) 69.58 = 4.42, row (5) reads 4.24"),
        ("sum_mismatch", "table",
         "0\t0\t0\t45.00\t0\t0",
         "0\t0\t0\t54.00\t0\t0",
         "54.00",
         "row (1): 财政资金小计 45.00 but 中央 0 + 省 0 + 市 0 + 县区 54.00 = 54.00"),
        ("conflicting_values", "prose",
         "全年筛查慢病高危人群6214人",
         "全年筛查慢病高危人群6241人",
         "6241人",
         "the table gives 6214人 screened (completion 103.57%), the text 6241人"),
        ("score_sum_mismatch", "prose",
         "总得分98.6分",
         "总得分96.8分",
         "总得分96.8分",
         "9.40 + 50 + 29.2 + 10 = 98.6 (tables and the 分项 sentence), stated 96.8"),
        ("unit_mismatch", "prose",
         "宣传材料及媒体宣传7.44万元",
         "宣传材料及媒体宣传74400万元",
         "74400万元",
         "the 7.44万元 item (74400元) written with the unit 万元; the items then no longer add up to 69.58万元, reconciled exactly by /10^4"),
    ],
}

ORDER = [
    "zj-jiangshan-manbingshifanqu-2019",
    "hn-wugang-lianbingguanli-2021",
    "sd-zhucheng-jikongbumen-2022",
    "sc-mianzhu-manbinglianbing-2024",
    "sx-jiexiu-manbingshifanqu-2018",
]


def main():
    labels = []
    for src in ORDER:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(EDITS[src], 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src} e{i}: old string matches {n} times: {old!r}")
            err = clean.replace(old, new, 1)
            if err.count(value) != 1:
                raise SystemExit(f"{src} e{i}: value occurs {err.count(value)} times: {value!r}")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


# where each edit sits (prose/table), for the README table
WHERE = {src: [e[1] for e in EDITS[src]] for src in EDITS}

if __name__ == "__main__":
    main()
