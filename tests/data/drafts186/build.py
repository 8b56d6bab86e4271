#!/usr/bin/env python3
"""Build the n186 error cases and labels.jsonl from the five clean drafts in cases/.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "cq-hechuan-xiaoshuiku-2021"
P2 = "sd-feixian-gongshui-2023"
P3 = "jx-jingan-hehu-2024"
P4 = "nm-qingshuihe-shuitu-2019"
P5 = "hi-qiongshan-guanqu-2020"
SOURCES = [P1, P2, P3, P4, P5]

# (source, case suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- P1 重庆市合川区 小型水库运行管护 2021 (web copy, one cell per line)
    (P1, "e1", "rate_mismatch", "prose",
     "已支付47.20万元，支出率94.40%", "已支付47.20万元，支出率92.40%",
     "支出率92.40%", "central top-up 47.20 / 50.00 = 94.40%, stated 92.40%"),
    (P1, "e2", "sum_mismatch", "table",
     "430.00\n418.25\n", "430.00\n418.52\n",
     "436.85\n10\n96.52%\n9.65\n\n其中：当年财政拨款\n380.00\n430.00\n418.52",
     "执行 column: 当年财政拨款 418.52 + 上年结转 18.60 + 其他 0.00 = 437.12, but 年度资金总额 reads 436.85 (was 418.25)"),
    (P1, "e3", "score_sum_mismatch", "table",
     "基本健全\n10\n8\n", "基本健全\n10\n9\n",
     "基本健全\n10\n9\n部分镇街管护制度未上墙，巡查记录不规范；下一步纳入镇街考核\n\n满意度指标\n服务对象满意度指标\n库区及下游群众满意度\n≥90%\n93.5%\n10\n10\n\n总分\n100\n97.65",
     "row scores now add to 9.65 + 50 + 29 + 10 = 98.65 while 总分 (table and text) is 97.65; 长效机制 row changed 8 -> 9"),
    (P1, "e4", "average_mismatch", "prose",
     "92.8%、94.1%、93.6%，平均93.5%", "92.8%、91.4%、93.6%，平均93.5%",
     "92.8%、91.4%、93.6%，平均93.5%", "(92.8 + 91.4 + 93.6) / 3 = 92.6, stated 93.5 (94.1 mistyped as 91.4)"),
    (P1, "e5", "unit_mismatch", "table",
     "≥45座\n47座\n", "≥45座\n100%\n",
     "≥45座\n100%", "target 维修养护水库数量 in 座, actual given as a percentage"),
    (P1, "e6", "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日", "2021 report: spending of the 2021 budget dated to the end of 2020"),

    # ---- P2 山东省费县 农村供水保障 2023 (Word copy, tab-separated rows)
    (P2, "e1", "balance_mismatch", "prose",
     "结余47.28万元", "结余47.82万元",
     "结余47.82万元", "996.00 - 948.72 = 47.28, stated 47.82"),
    (P2, "e2", "year_mismatch", "prose",
     "已按规定结转至2024年继续使用", "已按规定结转至2023年继续使用",
     "结转至2023年", "balance of the 2023 budget carried over to 2023 itself"),
    (P2, "e3", "completion_mismatch", "prose",
     "完成年度目标（58处）的105.17%", "完成年度目标（58处）的101.57%",
     "全年维修养护农村供水工程61处，完成年度目标（58处）的101.57%", "61 / 58 = 105.17%, stated 101.57%"),
    (P2, "e4", "grade_mismatch", "table",
     "自评等级\t优\t", "自评等级\t良\t",
     "自评等级\t良", "总分 99.38 is in the 优 band (90-100), table states 良"),
    (P2, "e5", "score_exceeds_weight", "table",
     "≥93%\t91.6%\t10\t9.85\t部分单村工程水源受季节影响，下一步加密巡检、落实消毒\n\t\t\t规模化供水工程覆盖农村人口比例\t≥85%\t86.2%\t5\t5\t",
     "≥93%\t91.6%\t10\t5\t部分单村工程水源受季节影响，下一步加密巡检、落实消毒\n\t\t\t规模化供水工程覆盖农村人口比例\t≥85%\t86.2%\t5\t9.85\t",
     "91.6%\t10\t5\t部分单村工程水源受季节影响，下一步加密巡检、落实消毒\n\t\t\t规模化供水工程覆盖农村人口比例\t≥85%\t86.2%\t5\t9.85", "scores of two adjacent rows swapped: 规模化供水 row now scores 9.85 against a weight of 5 (total unchanged at 99.38)"),
    (P2, "e6", "weight_sum_mismatch", "table",
     "≥85%\t86.2%\t5\t5\t", "≥85%\t86.2%\t6\t5\t",
     "86.2%\t6\t5\t\n\t\t可持续影响指标\t工程长效运行\t持续发挥效益\t达到\t5\t5\t\n\t满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t94.2%\t10\t10\t\n总分\t\t\t\t\t\t100",
     "分值 column now adds to 101 (规模化供水 weight 5 -> 6) against 总分 100"),

    # ---- P3 江西省靖安县 河湖管护 2024 (PDF text, space-separated cells)
    (P3, "e1", "implausible_rate", "table",
     "上年结转资金 0.00 0.00 0.00 — — —", "上年结转资金 0.00 0.00 0.00 — 100% —",
     "上年结转资金 0.00 0.00 0.00 — 100%", "execution rate 100% on a zero carry-over budget (0.00 / 0.00)"),
    (P3, "e2", "conflicting_values", "table",
     "≥4800人次 5126人次", "≥4800人次 5216人次",
     "5216人次", "巡河次数 5216人次 in the table, 5126人次 in the text (and 5126 - 4800 = 326 there)"),
    (P3, "e3", "average_mismatch", "prose",
     "86.5、82.0、79.5、84.0、88.0分，平均84.0分", "86.5、82.0、75.9、84.0、88.0分，平均84.0分",
     "86.5、82.0、75.9、84.0、88.0分，平均84.0分", "(86.5 + 82.0 + 75.9 + 84.0 + 88.0) / 5 = 83.28, stated 84.0 (79.5 mistyped as 75.9)"),
    (P3, "e4", "score_sum_mismatch", "table",
     "基本建立 5 4 ", "基本建立 5 5 ",
     "基本建立 5 5 部分乡镇巡河记录不规范，\n已督促整改\n满意度指标 服务对象满意度指标 沿河群众满意度 ≥90% 92.6% 10 10\n总分 100 98.52",
     "row scores now add to 9.52 + 50 + 30 + 10 = 99.52, 总分 98.52 (table and text); 长效机制 row changed 4 -> 5"),
    (P3, "e5", "rate_mismatch", "prose",
     "支出39.86万元，执行率94.90%", "支出39.86万元，执行率94.09%",
     "河湖长制工作经费42.00万元，支出39.86万元，执行率94.09%", "39.86 / 42.00 = 94.90%, stated 94.09%"),
    (P3, "e6", "unit_mismatch", "prose",
     "河道保洁购买服务186.00万元", "河道保洁购买服务1860000万元",
     "1860000万元", "the 186.00万元 item written in 元 with the unit 万元 (off by 10^4): 268.00 = 186.00 + 42.00 + 40.00 only after rescaling"),

    # ---- P4 内蒙古清水河县 水土流失综合治理 2019 (seed-003 style, one tab-indented cell per line)
    (P4, "e1", "completion_mismatch", "table",
     "\t1620公顷\n\t87.57%\n", "\t1620公顷\n\t85.57%\n",
     "≥1850公顷\n\t1620公顷\n\t85.57%", "1620 / 1850 = 87.57%, stated 85.57% (the execution rate copied into the row)"),
    (P4, "e2", "weight_sum_mismatch", "table",
     "\t项目区群众满意度\n\t10\n", "\t项目区群众满意度\n\t12\n",
     "项目区群众满意度\n\t12\n\t≥85%\n\t89%\n\t104.71%\n\t10\n\t\n\n\t合计\n\t\n\t\n\t100",
     "权重 column now adds to 102 (满意度 weight 10 -> 12) against 合计 100"),
    (P4, "e3", "score_exceeds_weight", "table",
     "\t102.89%\n\t10\n\t\n\n\t\n\t经济效益指标\n\t受益农户户均增收\n\t5\n\t≥500元\n\t520元\n\t104.00%\n\t5\n",
     "\t102.89%\n\t5\n\t\n\n\t\n\t经济效益指标\n\t受益农户户均增收\n\t5\n\t≥500元\n\t520元\n\t104.00%\n\t10\n",
     "46.3%\n\t102.89%\n\t5\n\t\n\n\t\n\t经济效益指标\n\t受益农户户均增收\n\t5\n\t≥500元\n\t520元\n\t104.00%\n\t10", "scores of two adjacent rows swapped: 户均增收 row now scores 10 against a weight of 5 (total unchanged at 94.64)"),
    (P4, "e4", "grade_mismatch", "prose",
     "总得分94.64分，属于“优秀”", "总得分94.64分，属于“良好”",
     "总得分94.64分，属于“良好”", "94.64 is in the 优 band (90-100), stated 良好"),
    (P4, "e5", "implausible_rate", "table",
     "\t25.00\n\t0\n\t0", "\t25.00\n\t100\n\t0",
     "25.00\n\t100", "预算执行率 row, 上年结转资金 column: 100 on a zero base (no carry-over budget)"),
    (P4, "e6", "year_mismatch", "prose",
     "我局对2019年度国家水土保持", "我局对2020年度国家水土保持",
     "我局对2020年度国家水土保持重点工程项目开展了绩效自评", "title, tables and funds are 2019; the opening claims the 2020 evaluation year"),

    # ---- P5 海南省海口市琼山区 灌区节水改造 2020 (web table, full-width pipes)
    (P5, "e1", "sum_mismatch", "table",
     "省级配套资金｜2020年7月｜300.00", "省级配套资金｜2020年7月｜350.00",
     "省级配套资金｜2020年7月｜350.00｜已到位\n区级配套资金｜2020年3月｜150.00｜已到位\n合计｜｜1650.00",
     "1200.00 + 350.00 + 150.00 = 1700.00, 合计 1650.00"),
    (P5, "e2", "conflicting_values", "prose",
     "配套渠系建筑物121座，完成", "配套渠系建筑物112座，完成",
     "配套渠系建筑物112座", "112座 in section 一, 121座 in section 二 (剩余25座 of 146) and in the table"),
    (P5, "e3", "average_mismatch", "prose",
     "84%、87%、87%，平均86%", "84%、87%、78%，平均86%",
     "84%、87%、78%，平均86%", "(84 + 87 + 78) / 3 = 83, stated 86"),
    (P5, "e4", "completion_mismatch", "prose",
     "实际完成24.3公里，完成率84.97%", "实际完成24.3公里，完成率89.47%",
     "计划改造28.6公里，实际完成24.3公里，完成率89.47%", "24.3 / 28.6 = 84.97%, stated 89.47%"),
    (P5, "e5", "rate_mismatch", "table",
     "1197.90｜10｜72.60%", "1197.90｜10｜76.20%",
     "1650.00｜1197.90｜10｜76.20%", "1197.90 / 1650.00 = 72.60%, stated 76.20%"),
    (P5, "e6", "balance_mismatch", "prose",
     "结余452.10万元", "结余425.10万元",
     "结余425.10万元", "1650.00 - 1197.90 = 452.10, stated 425.10"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times, need exactly 1: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            if value not in text:
                raise SystemExit(f"{name}: label value not in case: {value!r}")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
