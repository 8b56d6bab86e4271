#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts519 from the clean drafts and the edit list.

Each edit: (source, n, code, where, old, new, value, explanation).
`old` must occur exactly once in the clean draft; the case is the clean draft with old -> new;
`value` must occur exactly once in the case and contain the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

GS = "gs-lanzhou-shengtu-bumen-2021"
YN = "yn-kunming-gujixiufu-2019"
SX = "sx-taiyuan-gujishuzihua-2023"
SC = "sc-chengdu-gujibaohu-2022"
HN = "hn-changsha-gujixiufu-2024"
SOURCES = [GS, YN, SX, SC, HN]

EDITS = [
    # ---- 甘肃省图书馆 2021 部门整体
    (GS, 1, "rate_mismatch", "prose, 依次 list of sub-item rates",
     "执行率依次为97.72%、96.51%", "执行率依次为97.72%、95.61%",
     "执行率依次为97.72%、95.61%",
     "second sub-item (古籍数字化专项): 398.22 / 412.60 = 96.51%, stated 95.61%"),
    (GS, 2, "sum_mismatch", "prose, 基本支出/项目支出 split",
     "基本支出全年预算4356.20万元", "基本支出全年预算4365.20万元",
     "基本支出全年预算4365.20万元",
     "4365.20 + 2770.18 = 7135.38, but 全年预算 is 7126.38 (table and prose)"),
    (GS, 3, "average_mismatch", "prose, training classes",
     "平均每期42人", "平均每期44人",
     "平均每期44人",
     "(42 + 38 + 46) / 3 = 42, stated 44"),
    (GS, 4, "grade_mismatch", "prose, conclusion",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "total 97.04 is in the 优 band (>= 90), stated 良好"),
    (GS, 5, "implausible_rate", "funds table, zero-base row",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "execution rate 100.00% printed on a zero budget (0.00 / 0.00); must be —"),
    (GS, 6, "year_mismatch", "prose, year-end balance",
     "已按规定结转至2022年使用", "已按规定结转至2021年使用",
     "已按规定结转至2021年使用",
     "the 2021 balance is carried over to 2021 itself; must be a later year (2022)"),
    # ---- 云南省图书馆 2019 古籍修复
    (YN, 1, "balance_mismatch", "prose, funds paragraph",
     "年末结余13.65万元", "年末结余13.56万元",
     "年末结余13.56万元",
     "到位 210.00 - 执行 196.35 = 13.65, stated 13.56"),
    (YN, 2, "unit_mismatch", "prose, per-leaf cost",
     "平均每叶修复成本190元", "平均每叶修复成本190万元",
     "平均每叶修复成本190万元",
     "78.28万元 / 4120叶 = 190元 per leaf; written 190万元 (off by 10^4; the table row says 190元)"),
    (YN, 3, "completion_mismatch", "indicator table, 古籍普查登记条目",
     "2760条｜92.00%", "2760条｜90.20%",
     "2760条｜90.20%",
     "2760 / 3000 = 92.00%, stated 90.20% (score 5.52 follows from 92%)"),
    (YN, 4, "score_exceeds_weight", "indicator table, 修复验收合格率 (+ next row)",
     "103.68%｜8｜8\n｜时效指标｜修复任务完成时限｜按期完成｜按期完成｜—｜6｜6",
     "103.68%｜8｜8.5\n｜时效指标｜修复任务完成时限｜按期完成｜按期完成｜—｜6｜5.5",
     "103.68%｜8｜8.5",
     "score 8.5 above weight 8 (the qualitative 时效 row lowered 6 -> 5.5, inside its band, so the total still reads 97.27)"),
    (YN, 5, "conflicting_values", "prose, conclusion",
     "本项目全年执行资金196.35万元", "本项目全年执行资金193.65万元",
     "全年执行资金193.65万元",
     "the conclusion gives 193.65万元 executed; funds table and funds paragraph give 196.35万元"),
    (YN, 6, "weight_sum_mismatch", "indicator table, 修复人员技能水平",
     "达成年度指标｜—｜6｜5.4", "达成年度指标｜—｜6.5｜5.4",
     "达成年度指标｜—｜6.5｜5.4",
     "weights now total 100.5 (10 execution + 90.5), the 合计 row says 100"),
    # ---- 山西省图书馆 2023 古籍数字化
    (SX, 1, "rate_mismatch", "funds table, row (7) 中央级",
     "(7)=(4)/(2)\t95.28\t94.76\t92.08", "(7)=(4)/(2)\t95.28\t94.76\t90.28",
     "(7)=(4)/(2)\t95.28\t94.76\t90.28",
     "中央级 110.50 / 120.00 = 92.08%, stated 90.28"),
    (SX, 2, "sum_mismatch", "funds table, row (1) 省级",
     "(1)\t320.00\t320.00\t120.00\t200.00", "(1)\t320.00\t320.00\t120.00\t210.00",
     "(1)\t320.00\t320.00\t120.00\t210.00",
     "年初 小计 320.00 but 中央级 120.00 + 省级 210.00 = 330.00"),
    (SX, 3, "completion_mismatch", "indicator table, 古籍修复叶数",
     "1850叶\t92.50%", "1850叶\t95.20%",
     "1850叶\t95.20%",
     "1850 / 2000 = 92.50% (as the analysis section says), table states 95.20%"),
    (SX, 4, "unit_mismatch", "indicator table, 古籍数字化册数",
     "≥1500册\t1562册", "≥1500册\t100%",
     "≥1500册\t100%",
     "target counted in 册, actual given as a percentage: completion cannot be computed"),
    (SX, 5, "score_sum_mismatch", "indicator table, 数字化标准规范执行情况 .. 合计",
     "达成年度指标\t—\t5\n", "达成年度指标\t—\t4.5\n",
     "达成年度指标\t—\t4.5\n满意度指标\t服务对象满意度指标\t读者满意度\t10\t≥90%\t93.6%\t104.00%\t10\n合计\t\t\t100\t\t\t\t98.23",
     "row scores now sum to 97.73 (qualitative row 5 -> 4.5, inside its band), 合计 and text still say 98.23"),
    (SX, 6, "implausible_rate", "funds table, row (6) 其他资金",
     "(6)=(3)/(2)\t100\t100\t100\t100\t100\t—", "(6)=(3)/(2)\t100\t100\t100\t100\t100\t100",
     "(6)=(3)/(2)\t100\t100\t100\t100\t100\t100",
     "到位率 100 printed for 其他资金 whose budget is 0.00: a rate on a zero base"),
    # ---- 四川省图书馆 2022 古籍保护专项
    (SC, 1, "weight_sum_mismatch", "indicator table, 古籍保护工作机制",
     "达成年度指标｜10｜9｜—", "达成年度指标｜11｜9｜—",
     "达成年度指标｜11｜9",
     "weights now total 101 (10 execution + 60 + 31), the 总分 row says 100"),
    (SC, 2, "implausible_rate", "prose, satisfaction survey",
     "满意度为96.8%", "满意度为106.8%",
     "满意度为106.8%",
     "a satisfaction rate above 100%"),
    (SC, 3, "year_mismatch", "prose, funds paragraph",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "execution of the 2022 budget reported as at 31 Dec 2021; must name the evaluation year 2022"),
    (SC, 4, "grade_mismatch", "prose, conclusion",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀",
     "total 88.25 is in the 良 band (80-90), stated 优秀"),
    (SC, 5, "average_mismatch", "prose, guidance to three units",
     "平均每家386叶", "平均每家368叶",
     "平均每家368叶",
     "(420 + 396 + 342) / 3 = 386, stated 368"),
    (SC, 6, "balance_mismatch", "prose, funds paragraph",
     "结余13.72万元", "结余13.27万元",
     "结余13.27万元",
     "全年预算 245.00 - 执行 231.28 = 13.72, stated 13.27"),
    # ---- 湖南图书馆 2024 古籍修复与数字化
    (HN, 1, "conflicting_values", "prose, outputs",
     "3250叶（64册）", "3250叶（46册）",
     "3250叶（46册）",
     "the outputs paragraph says 46册 repaired, the 自评表 says 64册"),
    (HN, 2, "score_sum_mismatch", "prose, conclusion (the only total)",
     "综合自评得分96.73分", "综合自评得分97.63分",
     "综合自评得分97.63分",
     "row scores sum to 96.73 (9.55 + 49.18 + 28 + 10), stated 97.63"),
    (HN, 3, "rate_mismatch", "prose, 分别 list of sub-item rates",
     "执行率分别为97.50%、94.00%", "执行率分别为97.50%、96.00%",
     "执行率分别为97.50%、96.00%",
     "古籍数字化子项 90.24 / 96.00 = 94.00%, stated 96.00%"),
    (HN, 4, "unit_mismatch", "indicator table, 修复古籍册数",
     "≥60册｜64册", "≥60册｜64叶",
     "≥60册｜64叶",
     "target in 册 (volumes), actual in 叶 (leaves): completion cannot be computed"),
    (HN, 5, "completion_mismatch", "indicator table, 古籍数字化册数",
     "826册｜91.78%", "826册｜97.18%",
     "826册｜97.18%",
     "826 / 900 = 91.78%, stated 97.18% (score 9.18 follows from 91.78%)"),
    (HN, 6, "score_exceeds_weight", "indicator table, 修复验收合格率 (+ next row)",
     "101.02%｜8｜8\n｜时效指标｜数字资源发布时间｜年底前发布｜按期发布｜—｜5｜5",
     "101.02%｜8｜8.5\n｜时效指标｜数字资源发布时间｜年底前发布｜按期发布｜—｜5｜4.5",
     "101.02%｜8｜8.5",
     "score 8.5 above weight 8 (the qualitative 时效 row lowered 5 -> 4.5, inside its band, so the total still reads 96.73)"),
]


def main():
    labels = []
    for src in SOURCES:
        path = os.path.join(CASES, f"{src}-clean.txt")
        clean = open(path, encoding="utf-8").read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for s, n, code, where, old, new, value, expl in [e for e in EDITS if e[0] == src]:
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old occurs {clean.count(old)} times in the clean draft")
            case = clean.replace(old, new)
            if case.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {case.count(value)} times in the case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} with an injected error)")


if __name__ == "__main__":
    main()
