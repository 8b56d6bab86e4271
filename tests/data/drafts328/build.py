#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement `old` -> `new`;
`old` must occur exactly once in the clean draft.  `value` is the label: an exact
substring of the error case that contains the changed figure.  `figure` is the
figure (or the figure with its context) that is changed: it occurs once in the
clean draft, twice for `conflicting_values` (commas ignored when counting).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gx-yulin-xianxuezhaomu-2019",
    "gz-bijie-caixueche-2021",
    "gs-tianshui-xueyejiance-2022",
    "ln-jinzhou-xianxuewu-2018",
    "jx-ganzhou-xuezhan-bumen-2023",
]

# (project, n, code, where, old, new, value, figure, explanation)
EDITS = [
    # --- gx-yulin-xianxuezhaomu-2019 (bar table, funds as prose above the table) ---
    ("gx-yulin-xianxuezhaomu-2019", 1, "rate_mismatch", "prose",
     "预算执行率94.76%", "预算执行率94.67%", "预算执行率94.67%", "94.76%",
     "131.24 / 138.50 = 94.76%, stated 94.67%"),
    ("gx-yulin-xianxuezhaomu-2019", 2, "weight_sum_mismatch", "table",
     "135篇｜6｜6", "135篇｜7｜6", "135篇｜7", "135篇｜6｜6",
     "weight of 媒体宣传报道篇数 raised 6 -> 7: execution 10 + row weights 91 = 101, the 合计 row says 100"),
    ("gx-yulin-xianxuezhaomu-2019", 3, "average_mismatch", "prose",
     "人均献血1.62单位", "人均献血1.71单位", "人均献血1.71单位", "1.62单位",
     "46,215 units / 28,460 donations = 1.62 units per donation, stated 1.71"),
    ("gx-yulin-xianxuezhaomu-2019", 4, "unit_mismatch", "table",
     "28460人次｜10", "28460单位｜10", "28460单位", "28460人次",
     "target of 无偿献血人次 is in 人次 (donations), the actual is written in 单位 (blood units): completion cannot be computed"),
    ("gx-yulin-xianxuezhaomu-2019", 5, "year_mismatch", "prose",
     "结转至2020年", "结转至2019年", "结转至2019年", "结转至2020年",
     "the unspent part of the 2019 budget is carried over into 2019 itself; a carry-over goes to 2020"),
    ("gx-yulin-xianxuezhaomu-2019", 6, "implausible_rate", "table",
     "｜96.3%｜", "｜106.3%｜", "献血者满意度｜≥90%｜106.3%", "96.3%",
     "satisfaction of 106.3% is above 100%"),
    # --- gz-bijie-caixueche-2021 (tab-separated MOF table with funds block and 完成率) ---
    ("gz-bijie-caixueche-2021", 1, "sum_mismatch", "prose",
     "其他车载用品3.50万元", "其他车载用品3.05万元", "其他车载用品3.05万元", "3.50万元",
     "车载采血设备 9.86 = 3.84 + 2.52 + 3.05 = 9.41 (expected the third part 3.50)"),
    ("gz-bijie-caixueche-2021", 2, "completion_mismatch", "table",
     "6482单位\t108.03%", "6482单位\t108.30%", "6482单位\t108.30%", "108.03%",
     "6482 / 6000 = 108.03%, stated 108.30%"),
    ("gz-bijie-caixueche-2021", 3, "unit_mismatch", "prose",
     "合同金额3370000元", "合同金额3370000万元", "合同金额3370000万元", "3370000元",
     "the contract sum 3,370,000 元 (= 337.00万元 = 2 × 168.50) is written with the unit 万元: off by 10^4"),
    ("gz-bijie-caixueche-2021", 4, "rate_mismatch", "table",
     "350.26\t10\t97.29%", "350.26\t10\t97.92%", "97.92%", "97.29%",
     "年度资金总额 row: 350.26 / 360.00 = 97.29%, stated 97.92%"),
    ("gz-bijie-caixueche-2021", 5, "weight_sum_mismatch", "table",
     "100.61%\t6\t6", "100.61%\t7\t6", "100.61%\t7", "100.61%\t6\t6",
     "weight of 血液采集合格率 raised 6 -> 7: weights now add up to 101, the 总分 row says 100"),
    ("gz-bijie-caixueche-2021", 6, "conflicting_values", "prose",
     "两车累计出车226天", "两车累计出车262天", "累计出车262天", "226天",
     "the text gives 262 days of service for the two vehicles, the 自评表 gives 226天 for the same indicator"),
    # --- gs-tianshui-xueyejiance-2022 (bar tables: funds block and indicators with 完成率) ---
    ("gs-tianshui-xueyejiance-2022", 1, "balance_mismatch", "prose",
     "年末结余17.62万元", "年末结余17.26万元", "年末结余17.26万元", "17.62万元",
     "全年预算 480.00 (all received) - 支出 462.38 = 17.62, stated 17.26"),
    ("gs-tianshui-xueyejiance-2022", 2, "sum_mismatch", "table",
     "当年财政拨款｜420.00｜444.40｜", "当年财政拨款｜420.00｜440.40｜", "当年财政拨款｜420.00｜440.40", "444.40",
     "全年预算数 column: 440.40 + 35.60 + 0.00 = 476.00, 年度资金总额 says 480.00 (and 420.00 + 追加 24.40 = 444.40)"),
    ("gs-tianshui-xueyejiance-2022", 3, "completion_mismatch", "table",
     "53816份｜103.49%", "53816份｜104.39%", "53816份｜104.39%", "103.49%",
     "53816 / 52000 = 103.49%, stated 104.39%"),
    ("gs-tianshui-xueyejiance-2022", 4, "grade_mismatch", "table",
     "评价等级：优", "评价等级：良", "98.56｜评价等级：良", "评价等级：优",
     "total 98.56 is in the 优 band (>= 90)"),
    ("gs-tianshui-xueyejiance-2022", 5, "year_mismatch", "table",
     "评价年度｜2022年", "评价年度｜2021年", "评价年度｜2021年", "评价年度｜2022年",
     "the 自评表 names 2021 as evaluation year while the report, its funds and figures are for 2022"),
    ("gs-tianshui-xueyejiance-2022", 6, "conflicting_values", "prose",
     "检测献血者标本53,816份", "检测献血者标本53,861份", "检测献血者标本53,861份", "53816",
     "overview gives 53,861 samples tested, the 自评表 gives 53816份 for the same year"),
    # --- ln-jinzhou-xianxuewu-2018 (prose only) ---
    ("ln-jinzhou-xianxuewu-2018", 1, "score_exceeds_weight", "prose",
     "太和献血屋93分", "太和献血屋103分", "太和献血屋103分", "太和献血屋93分",
     "annual assessment of the 献血屋 has 满分100分; 103 is above the maximum"),
    ("ln-jinzhou-xianxuewu-2018", 2, "score_sum_mismatch", "prose",
     "本项目自评得分98.65分", "本项目自评得分98.56分", "自评得分98.56分", "98.65分",
     "9.81 + 50 + 29.04 + 9.80 = 98.65, stated 98.56"),
    ("ln-jinzhou-xianxuewu-2018", 3, "weight_sum_mismatch", "prose",
     "献血屋固定献血者人数（10分）", "献血屋固定献血者人数（12分）", "献血屋固定献血者人数（12分）", "献血屋固定献血者人数（10分）",
     "效益 items 10 + 12 + 10 = 32 against 效益指标（30分）; all weights now 102"),
    ("ln-jinzhou-xianxuewu-2018", 4, "balance_mismatch", "prose",
     "年末结余1.63万元", "年末结余1.36万元", "年末结余1.36万元", "1.63万元",
     "86.00 - 84.37 = 1.63, stated 1.36"),
    ("ln-jinzhou-xianxuewu-2018", 5, "average_mismatch", "prose",
     "平均每个献血屋3,300人次", "平均每个献血屋3,030人次", "平均每个献血屋3,030人次", "3,300人次",
     "(4215 + 3682 + 2947 + 2356) / 4 = 3300, stated 3030"),
    ("ln-jinzhou-xianxuewu-2018", 6, "implausible_rate", "prose",
     "实际为98%", "实际为108%", "实际为108%", "实际为98%",
     "equipment in good order 108%: a share above 100%"),
    # --- jx-ganzhou-xuezhan-bumen-2023 (部门整体; space-aligned project list, prose scoring) ---
    ("jx-ganzhou-xuezhan-bumen-2023", 1, "score_exceeds_weight", "table",
     "97.19%    95        优", "97.19%    105       优", "97.19%    105", "97.19%    95 ",
     "项目 4 scored on a 100-point scale (各项目均按百分制自评) is given 105"),
    ("jx-ganzhou-xuezhan-bumen-2023", 2, "score_sum_mismatch", "prose",
     "自评得分98.58分", "自评得分98.85分", "自评得分98.85分", "98.58分",
     "小计 19.24 + 19.5 + 40 + 19.84 = 98.58, stated 98.85"),
    ("jx-ganzhou-xuezhan-bumen-2023", 3, "grade_mismatch", "table",
     "84.5      良", "84.5      优", "84.5      优", "84.5      良",
     "项目 3 scored 84.5 is in the 良 band (80–90), not 优"),
    ("jx-ganzhou-xuezhan-bumen-2023", 4, "conflicting_values", "prose",
     "（全年预算612.00万元）", "（全年预算621.00万元）", "全年预算621.00万元", "612.00",
     "the text gives the 血液检测试剂购置 budget as 621.00, the project list as 612.00"),
    ("jx-ganzhou-xuezhan-bumen-2023", 5, "rate_mismatch", "table",
     "1149.50     96.27%", "1149.50     96.72%", "96.72%", "96.27%",
     "合计 row: 1149.50 / 1194.00 = 96.27%, stated 96.72%"),
    ("jx-ganzhou-xuezhan-bumen-2023", 6, "sum_mismatch", "prose",
     "其他收入26.60万元", "其他收入28.60万元", "其他收入28.60万元", "26.60万元",
     "2386.20 + 452.60 + 28.60 = 2867.40, 收入合计 says 2865.40"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    by_project = {p: [e for e in EDITS if e[0] == p] for p in PROJECTS}
    for pid in PROJECTS:
        clean = read(pid + "-clean.txt")
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (_, n, code, where, old, new, value, figure, expl) in sorted(by_project[pid], key=lambda e: e[1]):
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                raise SystemExit(f"{pid}-e{n}: value occurs {text.count(value)} times: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
