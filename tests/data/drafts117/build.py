#!/usr/bin/env python3
"""Build the n117 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "shangzhi-scjgj-2019",
    "changling-scjgj-2020",
    "zhuanghe-scjgj-2021",
    "qitaihe-scjgj-2023",
    "linghai-scjgj-2024",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---- 尚志市 2019 (full-width bars) ----
    ("shangzhi-scjgj-2019", 1, "rate_mismatch",
     "｜96.50｜92.18｜95.52%｜", "｜96.50｜92.18｜95.25%｜",
     "95.25%",
     "特种设备安全监察经费 row: 92.18 / 96.50 = 95.52%, stated 95.25% (digits transposed)"),
    ("shangzhi-scjgj-2019", 2, "sum_mismatch",
     "｜公务用车运行维护费｜31.80｜26.35｜", "｜公务用车运行维护费｜31.80｜26.53｜",
     "｜公务用车运行维护费｜31.80｜26.53｜\n｜合计｜38.60｜31.47｜",
     "三公 table, 实际支出数 column: 0.00 + 5.12 + 26.53 = 31.65, but 合计 reads 31.47"),
    ("shangzhi-scjgj-2019", 3, "score_exceeds_weight",
     "｜94.42%｜7｜6.61｜部分主体歇业或失联，已列入经营异常名录｜\n"
     "｜产出指标｜质量指标｜投诉举报按时办结率｜≥98%｜99.3%｜101.33%｜8｜8｜",
     "｜94.42%｜7｜8｜部分主体歇业或失联，已列入经营异常名录｜\n"
     "｜产出指标｜质量指标｜投诉举报按时办结率｜≥98%｜99.3%｜101.33%｜8｜6.61｜",
     "94.42%｜7｜8｜",
     "scores of two adjacent rows swapped: “双随机”抽查 row now scores 8 against a weight of 7 "
     "(投诉举报 row gets 6.61, so the total 96.37 still adds up)"),
    ("shangzhi-scjgj-2019", 4, "year_mismatch",
     "剩余85.86万元结转至2020年继续使用", "剩余85.86万元结转至2019年继续使用",
     "结转至2019年",
     "money unspent in the 2019 evaluation year is carried over to 2019 itself; must be a later year (2020)"),
    ("shangzhi-scjgj-2019", 5, "completion_mismatch",
     "｜98.6%｜103.79%｜", "｜98.6%｜103.97%｜",
     "103.97%",
     "特种设备安全监察覆盖率: target ≥95%, actual 98.6% → 98.6/95 = 103.79%, stated 103.97%"),
    ("shangzhi-scjgj-2019", 6, "balance_mismatch",
     "结转结余资金合计117.31万元", "结转结余资金合计117.13万元",
     "117.13万元",
     "全年预算 4,215.68 − 全年执行 4,098.37 = 117.31万元, stated 117.13万元"),

    # ---- 长岭县 2020 (ASCII pipes, web page) ----
    ("changling-scjgj-2020", 1, "weight_sum_mismatch",
     "| “双随机、一公开”监管覆盖率 | 100% | 100% | 7 | 7 |",
     "| “双随机、一公开”监管覆盖率 | 100% | 100% | 8 | 7 |",
     "“双随机、一公开”监管覆盖率 | 100% | 100% | 8 | 7 | |\n"
     "| 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90% | 95.6% | 10 | 10 | |\n"
     "| 合计 | | | | | 100 |",
     "可持续影响 row weight 8 instead of 7: 效益 weights 8+8+7+8 = 31, all weights 101 while 合计 says 100"),
    ("changling-scjgj-2020", 2, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 97.42 is in the 优 band (≥90), stated 良"),
    ("changling-scjgj-2020", 3, "average_mismatch",
     "5个项目平均得分90.60分", "5个项目平均得分90.06分",
     "平均得分90.06分",
     "(96 + 93.5 + 91 + 88 + 84.5) / 5 = 90.60, stated 90.06"),
    ("changling-scjgj-2020", 4, "unit_mismatch",
     "| ≥800批次 | 712批次 |", "| ≥800批次 | 89% |",
     "| ≥800批次 | 89% |",
     "食品安全监督抽检批次: target in 批次, actual given as a percentage (the completion rate), not in the target's unit"),
    ("changling-scjgj-2020", 5, "implausible_rate",
     "实际采购金额83.52万元，采购执行率97.12%", "实际采购金额93.52万元，采购执行率108.74%",
     "采购执行率108.74%",
     "政府采购 93.52万元 against a budget of 86.00万元: 93.52/86.00 = 108.74%, an execution rate above 100%"),
    ("changling-scjgj-2020", 6, "conflicting_values",
     "抽检经费实际支出121.36万元", "抽检经费实际支出121.63万元",
     "121.63万元",
     "食品安全抽检经费 spending is 121.36万元 in the project table (94.81% of 128.00), 121.63万元 in the text"),

    # ---- 庄河市 2021 (bars without frame + ASCII indicator table) ----
    ("zhuanghe-scjgj-2021", 1, "score_sum_mismatch",
     "| 98.44% | 10 | 9.84 |", "| 98.44% | 10 | 9.48 |",
     "9.48 | 基层所窗口服务有短板 |\n| 合计 | | | | | | 100 | 95.29 |",
     "satisfaction score typed 9.48 (10 × 98.44% = 9.84): row scores now add to 94.93, 合计 and text say 95.29"),
    ("zhuanghe-scjgj-2021", 2, "rate_mismatch",
     "｜215.00｜194.00｜90.23%", "｜215.00｜194.00｜90.32%",
     "90.32%",
     "知识产权强市及质量提升奖补资金: 194.00 / 215.00 = 90.23%, stated 90.32%"),
    ("zhuanghe-scjgj-2021", 3, "sum_mismatch",
     "其他资金105.00万元", "其他资金115.00万元",
     "全年预算4,702.90万元，其中：财政拨款4,597.90万元，其他资金115.00万元",
     "4,597.90 + 115.00 = 4,712.90 ≠ 全年预算 4,702.90 (其他资金 should be 105.00)"),
    ("zhuanghe-scjgj-2021", 4, "conflicting_values",
     "实际支出35.68万元，未超预算", "实际支出36.58万元，未超预算",
     "36.58万元",
     "三公经费 actual spending 36.58万元 in the text, 35.68万元 in the 三公 table (合计 row)"),
    ("zhuanghe-scjgj-2021", 5, "completion_mismatch",
     "| 1422台次 | 94.80% |", "| 1422台次 | 94.08% |",
     "94.08%",
     "电梯等特种设备监督检查: 1422 / 1500 = 94.80%, stated 94.08%"),
    ("zhuanghe-scjgj-2021", 6, "year_mismatch",
     "部门整体支出绩效自评表（2021年度）", "部门整体支出绩效自评表（2020年度）",
     "自评表（2020年度）",
     "the attached self-evaluation table is labelled 2020 in the 2021 report (last year's template)"),

    # ---- 七台河市 2023 (full-width bars, subtotal rows) ----
    ("qitaihe-scjgj-2023", 1, "balance_mismatch",
     "剩余97.60万元为执法车辆", "剩余79.60万元为执法车辆",
     "79.60万元",
     "综合执法装备及信息化项目: 520.00 − 422.40 = 97.60万元 left, stated 79.60万元"),
    ("qitaihe-scjgj-2023", 2, "score_exceeds_weight",
     "｜3126批次｜8｜8｜—｜\n｜产出指标｜数量指标｜产品质量监督抽查｜≥260批次｜248批次｜6｜5.72｜",
     "｜3126批次｜8｜5.72｜—｜\n｜产出指标｜数量指标｜产品质量监督抽查｜≥260批次｜248批次｜6｜8｜",
     "｜248批次｜6｜8｜",
     "scores of two adjacent rows swapped: 产品质量监督抽查 scores 8 against a weight of 6 "
     "(食品抽检 row gets 5.72; 小计 49.72 still adds up)"),
    ("qitaihe-scjgj-2023", 3, "weight_sum_mismatch",
     "｜全年稳定运行，无重大故障｜8｜8｜—｜", "｜全年稳定运行，无重大故障｜9｜8｜—｜",
     "｜全年稳定运行，无重大故障｜9｜8｜—｜\n｜效益指标小计｜｜｜｜｜30｜28.95｜｜",
     "可持续影响 row weight 9: 效益 weights 8+7+7+9 = 31 ≠ 小计 30; all weights 101"),
    ("qitaihe-scjgj-2023", 4, "average_mismatch",
     "平均94.35分", "平均94.25分",
     "平均94.25分",
     "(97.33+93.2+95+94.6+97+88.4+98+91.3) / 8 = 94.35, stated 94.25 (a stale figure from before the 食品抽检 score was revised)"),
    ("qitaihe-scjgj-2023", 5, "unit_mismatch",
     "支付抽检费用3,126,500元", "支付抽检费用3,126,500万元",
     "3,126,500万元",
     "a 元 figure labelled 万元: 3,126,500元 = 312.65万元 (project table, and 3126批次 × 1,000.16元); off by 10^4"),
    ("qitaihe-scjgj-2023", 6, "implausible_rate",
     "｜其他资金｜0.00｜0.00｜0.00｜—｜", "｜其他资金｜0.00｜0.00｜0.00｜100.00%｜",
     "｜其他资金｜0.00｜0.00｜0.00｜100.00%｜",
     "执行率 100.00% printed on a 0.00 budget (rate undefined, should be —)"),

    # ---- 凌海市 2024 (ASCII pipes, PDF page marks) ----
    ("linghai-scjgj-2024", 1, "grade_mismatch",
     "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”",
     "total 88.25 is in the 良 band [80, 90), stated 优"),
    ("linghai-scjgj-2024", 2, "score_sum_mismatch",
     "效益指标得分25.02分", "效益指标得分25.20分",
     "自评得分88.25分，其中预算执行率得分9.20分、产出指标得分44.10分、效益指标得分25.20分、满意度指标得分9.93分",
     "9.20 + 44.10 + 25.20 + 9.93 = 88.43 ≠ 88.25; the 效益 rows of the table add to 25.02"),
    ("linghai-scjgj-2024", 3, "rate_mismatch",
     "执行率91.91%", "执行率91.19%",
     "执行率91.19%",
     "财政拨款: 2,900.32 / 3,155.76 = 91.91%, stated 91.19%"),
    ("linghai-scjgj-2024", 4, "sum_mismatch",
     "公务用车运行维护费14.92万元", "公务用车运行维护费14.62万元",
     "实际支出16.84万元，其中公务接待费1.92万元、公务用车运行维护费14.62万元，因公出国（境）费0万元",
     "1.92 + 14.62 + 0 = 16.54 ≠ 三公 actual 16.84"),
    ("linghai-scjgj-2024", 5, "conflicting_values",
     "全年完成食品安全监督抽检1320批次", "全年完成食品安全监督抽检1230批次",
     "抽检1230批次",
     "食品安全监督抽检 actual is 1320批次 in the table (101.54% of 1300), 1230批次 in the text"),
    ("linghai-scjgj-2024", 6, "completion_mismatch",
     "| 85% | 94.44% |", "| 85% | 94.04% |",
     "94.04%",
     "食品小作坊规范提升达标率: 85 / 90 = 94.44%, stated 94.04%"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in the error case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with one error)")


if __name__ == "__main__":
    main()
