#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts511 from the clean drafts in src/.

Each edit is (project, n, code, old, new, value, where, explanation): `old` must occur exactly once
in the clean draft, it is replaced by `new`, and `value` must occur exactly once in the result.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "yn-zhenkang-dibianbuzhu-2021",
    "gx-daxin-bianjingcun-2019",
    "jl-helong-minzongbumen-2023",
    "hlj-xunke-bianjingcun-2024",
    "nm-xinyouqi-dibianbuzhu-2025",
]

ZK, DX, HL, XK, XY = PROJECTS

EDITS = [
    # ---- 镇康 2021 (Yunnan, MOF 自评表 with ｜) ----
    (ZK, 1, "rate_mismatch", "3812.25｜—｜99.69%", "3812.25｜—｜96.99%", "96.99%",
     "附件 资金情况 当年财政拨款 row, 执行率 cell",
     "当年财政拨款 executed 3812.25 of 3824.00 = 99.69%, stated 96.99%"),
    (ZK, 2, "balance_mismatch", "年末尚有11.75万元未发放", "年末尚有11.57万元未发放", "11.57万元",
     "二（二） prose, unspent amount",
     "到位 3860.50 − 执行 3848.75 = 11.75, stated 11.57"),
    (ZK, 3, "sum_mismatch", "中央补助3059.20万元", "中央补助3095.20万元", "中央补助3095.20万元",
     "二（一） prose, split of 当年财政拨款",
     "中央 3095.20 + 省级 764.80 = 3860.00, but 当年财政拨款 is 3824.00"),
    (ZK, 4, "completion_mismatch", "92.50%｜97.37%", "92.50%｜93.77%", "93.77%",
     "自评表 时效指标 row, 完成率 cell",
     "≥95% target, actual 92.50% → completion 97.37%, stated 93.77%"),
    (ZK, 5, "year_mismatch", "按规定结转至2022年", "按规定结转至2021年", "结转至2021年",
     "二（二） prose, carry-forward year",
     "unspent money of the 2021 budget is carried to 2021 itself; must be a later year (2022)"),
    (ZK, 6, "implausible_rate", "95.60%｜106.22%", "105.60%｜117.33%", "105.60%",
     "自评表 满意度 row, 实际完成值 (and its completion, restated consistently)",
     "satisfaction 105.60% is above 100%; completion 105.60/90 = 117.33% is consistent, so only the rate is impossible"),
    # ---- 大新 2019 (Guangxi, Shanxi-style tab tables) ----
    (DX, 1, "sum_mismatch", "人饮工程96.50万元", "人饮工程69.50万元", "人饮工程69.50万元",
     "一（二） prose, breakdown of 全年执行",
     "384.30 + 69.50 + 134.50 = 588.30, stated total executed 615.30"),
    (DX, 2, "average_mismatch", "平均每条3.15公里", "平均每条3.51公里", "平均每条3.51公里",
     "二（一） prose, average road length",
     "(3.2 + 2.8 + 3.5 + 3.1) / 4 = 3.15, stated 3.51"),
    (DX, 3, "score_exceeds_weight",
     "105.00%\t15\t15\n\t\t人饮工程\t≥5处\t5处\t100.00%\t10\t10",
     "105.00%\t15\t15.50\n\t\t人饮工程\t≥5处\t5处\t100.00%\t10\t9.50", "15.50",
     "附件1 道路硬化里程 row 得分 (next row 人饮工程 lowered)",
     "score 15.50 above weight 15; 人饮工程 lowered from 10 to 9.50 so the total still reads 98.72"),
    (DX, 4, "unit_mismatch", "≥8000平方米\t7640平方米", "≥8000平方米\t95.50%", "≥8000平方米\t95.50%",
     "附件1 村内巷道硬化面积 row, 业绩值",
     "target in 平方米, actual written as a percentage (the completion); prose still says 7640平方米"),
    (DX, 5, "year_mismatch", "截至2019年12月31日", "截至2018年12月31日", "截至2018年12月31日",
     "一（二） prose, cut-off date of the funds figures",
     "the 2019 report states its funds as at 31 Dec 2018"),
    (DX, 6, "conflicting_values", "项目直接受益边境群众6930人", "项目直接受益边境群众6390人", "6390人",
     "二（二） prose, beneficiaries",
     "自评表 受益边境群众 实际完成值 is 6930人"),
    # ---- 和龙 2023 (Jilin, 部门整体, Markdown) ----
    (HL, 1, "average_mismatch", "平均得分94.33分", "平均得分94.67分", "平均得分94.67分",
     "二（三） prose, average of the three project scores",
     "(98 + 91 + 94) / 3 = 94.33, stated 94.67"),
    (HL, 2, "grade_mismatch", "92.03%｜91｜优", "92.03%｜91｜良", "91｜良",
     "二（三） project table, 边境村基础设施维护 等级",
     "score 91 is in the 优 band (90–100), stated 良"),
    (HL, 3, "weight_sum_mismatch", "125.00% | 5 | 5", "125.00% | 6 | 5", "125.00% | 6",
     "Markdown 自评表 宣传活动 row, 分值",
     "分值 now add up to 101 while 合计 reads 100"),
    (HL, 4, "score_sum_mismatch", "97.78% | 10 | 9.78", "97.78% | 10 | 9.87", "9.87",
     "Markdown 自评表 完好率 row, 得分",
     "row scores now add up to 98.52, stated total 98.43 (table and text)"),
    (HL, 5, "conflicting_values", "开展民族团结进步宣传活动15场次", "开展民族团结进步宣传活动13场次", "宣传活动13场次",
     "二（三） prose, item 3",
     "自评表 民族团结进步宣传活动 实际完成值 is 15场次"),
    (HL, 6, "balance_mismatch", "年末结转资金28.05万元", "年末结转资金28.50万元", "28.50万元",
     "二（二） prose, carry-forward",
     "全年预算 1148.00 − 支出 1119.95 = 28.05, stated 28.50"),
    # ---- 逊克 2024 (Heilongjiang, tab 自评表) ----
    (XK, 1, "unit_mismatch", "新兴村81.20万元", "新兴村812000万元", "812000万元",
     "二（一） prose, per-village amounts",
     "81.20万元 written as 812000 (its amount in 元) with the unit 万元: the village amounts no longer add up to 420.00 "
     "or average 70.00, both reconciled exactly by rescaling this one amount by 10^-4"),
    (XK, 2, "weight_sum_mismatch", "108.89%\t10\t10", "108.89%\t12\t10", "108.89%\t12",
     "附表 太阳能路灯 row, 分值",
     "分值 now add up to 102 while 总分 reads 100"),
    (XK, 3, "score_exceeds_weight",
     "108.89%\t10\t10\t—\n\t\t村文化活动室维修\t≥6处\t5处\t83.33%\t5\t4.17",
     "108.89%\t10\t10.50\t—\n\t\t村文化活动室维修\t≥6处\t5处\t83.33%\t5\t3.67", "10.50",
     "附表 太阳能路灯 row 得分 (next row 村文化活动室维修 lowered)",
     "score 10.50 above weight 10; 村文化活动室维修 lowered from 4.17 to 3.67 so the total still reads 98.74"),
    (XK, 4, "grade_mismatch", "评价等级为优。", "评价等级为良。", "评价等级为良",
     "五 自评结论 prose",
     "total 98.74 is in the 优 band"),
    (XK, 5, "completion_mismatch", "3618人\t106.41%", "3618人\t104.61%", "104.61%",
     "附表 受益边境群众 row, 完成率",
     "3618 / 3400 = 106.41%, stated 104.61%"),
    (XK, 6, "score_sum_mismatch", "95.69%\t9.57", "95.69%\t9.75", "95.69%\t9.75",
     "附表 资金情况 年度资金总额 row, 得分",
     "scores now add up to 98.92, stated total 98.74 (table and text)"),
    # ---- 新巴尔虎右旗 2025 (Inner Mongolia, Markdown) ----
    (XY, 1, "implausible_rate", "| 其他资金 | — | — | — | — |", "| 其他资金 | — | — | — | 100.00% |",
     "| 其他资金 | — | — | — | 100.00% |",
     "资金情况表 其他资金 row, 执行率",
     "an execution rate of 100.00% on a zero (—) budget"),
    (XY, 2, "year_mismatch", "附表：2025年度项目支出绩效自评表", "附表：2024年度项目支出绩效自评表",
     "2024年度项目支出绩效自评表",
     "附表 caption",
     "the 2025 report attaches a table captioned 2024年度"),
    (XY, 3, "unit_mismatch", "一线居民每人每年3000元", "一线居民每人每年3000万元", "每人每年3000万元",
     "一（一） prose, per-person standard",
     "3000元 written as 3000万元: 1286人 × 3000万元 ≠ 385.80万元 and ≠ the table's 3000元/人·年; rescaling by 10^-4 reconciles both"),
    (XY, 4, "conflicting_values", "年末抵边嘎查常住牧户1032户", "年末抵边嘎查常住牧户1023户", "常住牧户1023户",
     "四（二） prose, herder households",
     "自评表 抵边嘎查常住牧户 实际完成值 is 1032户"),
    (XY, 5, "grade_mismatch", "评价等级为优秀。", "评价等级为良好。", "评价等级为良好",
     "五 自评结论 prose",
     "total 99.68 is in the 优 band"),
    (XY, 6, "rate_mismatch", "发放率98.70%", "发放率97.80%", "发放率97.80%",
     "二（二） prose, 二线 payout rate",
     "318.90 / 323.10 = 98.70%, stated 97.80%"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    os.makedirs(CASES, exist_ok=True)
    labels = []
    for proj in PROJECTS:
        clean = read(os.path.join(SRC, proj + ".txt"))
        with open(os.path.join(CASES, proj + "-clean.txt"), "w", encoding="utf-8") as fh:
            fh.write(clean)
        labels.append({"case": proj + "-clean.txt", "source": proj, "clean": True, "expected": []})
        for (p, n, code, old, new, value, where, expl) in EDITS:
            if p != proj:
                continue
            assert clean.count(old) == 1, (proj, n, "old not unique", old)
            text = clean.replace(old, new)
            assert text.count(value) == 1, (proj, n, "value not unique", value)
            name = f"{proj}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
