#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new); `old` must occur
exactly once in the clean draft and `value` (the label) must occur in the resulting error case.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "jx-hengfeng-yingjiguangbo-2022"
B = "he-kuancheng-huhutong-2018"
C = "sx-heshun-gaoqinghua-2021"
D = "sc-wangcang-nongcundianying-2023"
E = "hn-hengyang-gdjiance-2024"
SOURCES = [A, B, C, D, E]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: Jiangxi Hengfeng, emergency broadcasting, 2022, tables with full-width bars
    (A, 1, "rate_mismatch", "table",
     "｜168.60｜156.35｜—｜92.73%｜", "｜168.60｜156.35｜—｜92.37%｜",
     "156.35｜—｜92.37%",
     "当年财政拨款 row: 156.35 / 168.60 = 92.73%, stated 92.37%"),
    (A, 2, "balance_mismatch", "prose",
     "年末结余12.25万元", "年末结余12.52万元",
     "年末结余12.52万元",
     "全年预算 181 - 支出 168.75 = 12.25 (all funds received), stated 12.52"),
    (A, 3, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "其他资金 has a zero budget: an execution rate of 100.00% on a zero base is impossible (should be —)"),
    (A, 4, "completion_mismatch", "prose",
     "完成年度目标600只的105%", "完成年度目标600只的110%",
     "完成年度目标600只的110%",
     "630只 / 600只 = 105%, stated 110%"),
    (A, 5, "average_mismatch", "prose",
     "满意度分别为95%、93%、95%", "满意度分别为95%、98%、95%",
     "95%、98%、95%，平均94.33%",
     "(95 + 98 + 95) / 3 = 96%, stated average 94.33%"),
    (A, 6, "year_mismatch", "prose",
     "已按规定结转至2023年", "已按规定结转至2022年",
     "结转至2022年",
     "the balance of the 2022 budget is carried over to 2022 itself; must be a later year (2023)"),

    # ---- B: Hebei Kuancheng, satellite TV 户户通 maintenance, 2018, tab-separated table
    (B, 1, "unit_mismatch", "prose",
     "全县21450户共257400元", "全县21450户共257400万元",
     "257400万元",
     "21450户 x 12元 = 257400元 = 25.74万元; the amount is labelled 万元, off by 10^4"),
    (B, 2, "score_exceeds_weight", "table",
     "=18个\t18个\t7.5\t7.5", "=18个\t18个\t7.5\t7.8",
     "18个\t7.5\t7.8",
     "乡镇维修服务网点: score 7.8 above weight 7.5 (row sum 99.3 still rounds to the stated whole-point total 99)"),
    (B, 3, "weight_sum_mismatch", "table",
     "≤2%\t1.6%\t10\t10", "≤2%\t1.6%\t12\t10",
     "1.6%\t12\t10",
     "用户投诉率 weight 12: weights now total 102 (效益 block 32) against 100"),
    (B, 4, "conflicting_values", "prose",
     "全年上门维修2,186户", "全年上门维修2,168户",
     "上门维修2,168户",
     "prose 2,168户 against 2186户 in the 自评表 (上门维修服务户数)"),
    (B, 5, "score_sum_mismatch", "table",
     "96.4%\t15\t15", "96.4%\t15\t13",
     "96.4%\t15\t13",
     "row scores now sum to 97 (9.6 + 49.4 + 28 + 10), stated total 99"),
    (B, 6, "average_mismatch", "prose",
     "满意度分别为94%、92%、95%、93%、93%、94%", "满意度分别为94%、96%、95%、93%、93%、94%",
     "94%、96%、95%、93%、93%、94%，平均93.5%",
     "mean of the six districts = 565 / 6 = 94.17%, stated 93.5%"),

    # ---- C: Shanxi Heshun, county TV HD upgrade, 2021, one cell per line
    (C, 1, "sum_mismatch", "table",
     "\t120.00\n\t0\n\t60.00\n", "\t120.00\n\t0\n\t80.00\n",
     "年初预算资金\n\t(1)\n\t480.00\n\t480.00\n\t300.00\n\t120.00\n\t0\n\t80.00",
     "row (1) 年初预算资金: 300 + 120 + 0 + 80 = 500, 小计 stated 480"),
    (C, 2, "rate_mismatch", "prose",
     "支出58万元，执行率93.55%", "支出58万元，执行率95.35%",
     "支出58万元，执行率95.35%",
     "安装调试及系统集成费 58 / 62 = 93.55%, stated 95.35%"),
    (C, 3, "score_exceeds_weight", "table",
     "\t108.33%\n\t12.5\n", "\t108.33%\n\t12.8\n",
     "12.5\n\t≥24台（套）\n\t26台（套）\n\t108.33%\n\t12.8",
     "高清采编设备购置: score 12.8 above weight 12.5 (row sum 99.3 still rounds to the stated total 99)"),
    (C, 4, "unit_mismatch", "table",
     "\t≥24台（套）\n\t26台（套）\n", "\t≥24台（套）\n\t100%\n",
     "≥24台（套）\n\t100%",
     "target in 台（套）, actual given as a percentage: completion 108.33% cannot be computed"),
    (C, 5, "completion_mismatch", "table",
     "\t2.9万户\n\t96.67%\n", "\t2.9万户\n\t97.67%\n",
     "2.9万户\n\t97.67%",
     "2.9万户 / 3.0万户 = 96.67%, stated 97.67%"),
    (C, 6, "grade_mismatch", "prose",
     "总得分99分，等级为优秀", "总得分99分，等级为良好",
     "总得分99分，等级为良好",
     "99 is in the 优 band (>= 90), stated 良好"),

    # ---- D: Sichuan Wangcang, rural public film screening, 2023, PDF copy (space-separated table)
    (D, 1, "sum_mismatch", "prose",
     "校园及社区放映36场", "校园及社区放映63场",
     "全年放映3,156场（2022年为3,108场），其中农村公益放映3,120场，校园及社区放映63场",
     "3,120 + 63 = 3,183, stated total 3,156 (the 2022 figure 3,108 is a different year)"),
    (D, 2, "rate_mismatch", "prose",
     "设备更新支出8.52万元，执行率96.82%", "设备更新支出8.52万元，执行率98.62%",
     "设备更新支出8.52万元，执行率98.62%",
     "8.52 / 8.80 = 96.82%, stated 98.62%"),
    (D, 3, "unit_mismatch", "prose",
     "年初按每场200元的补助标准", "年初按每场200万元的补助标准",
     "每场200万元",
     "3,120场 x 200元 = 62.40万元 as approved; the standard labelled 万元 is off by 10^4 (table: 200 元/场)"),
    (D, 4, "weight_sum_mismatch", "table",
     "放映设备更新 ≥ 6 套 6 5 5", "放映设备更新 ≥ 6 套 6 8 5",
     "放映设备更新 ≥ 6 套 6 8 5",
     "weights now total 103 (10 + 产出 53 + 30 + 10) against 100"),
    (D, 5, "score_sum_mismatch", "table",
     "3120 场 3120 15 15", "3120 场 3120 15 13",
     "农村公益电影放映场次 ≥ 3120 场 3120 15 13",
     "row scores now sum to 96.85, stated total 98.85"),
    (D, 6, "conflicting_values", "prose",
     "更新数字电影放映设备6套", "更新数字电影放映设备8套",
     "放映设备8套",
     "prose 8套 against 实际完成值 6 套 in the 自评表 (放映设备更新)"),

    # ---- E: Hunan Hengyang, broadcast monitoring centre, 2024, department-wide, saved web page
    (E, 1, "implausible_rate", "table",
     "<td>99.47%</td>", "<td>109.47%</td>",
     "109.47%",
     "安全播出监测覆盖率 109.47%: a coverage rate cannot exceed 100%"),
    (E, 2, "year_mismatch", "table",
     "2024年度部门整体支出绩效自评表", "2023年度部门整体支出绩效自评表",
     "2023年度部门整体支出绩效自评表",
     "the attached table claims 2023 while the report, its budget and its figures are for 2024"),
    (E, 3, "grade_mismatch", "table",
     "<td>自评等级</td><td>优</td>", "<td>自评等级</td><td>良</td>",
     "自评等级</td><td>良",
     "total 98.11 is in the 优 band, stated 良"),
    (E, 4, "sum_mismatch", "table",
     "<td>352.80</td>", "<td>325.80</td>",
     "基本支出</td><td>325.80",
     "年初: 基本支出 325.80 + 项目支出 133.50 = 459.30, 年度资金总额 stated 486.30"),
    (E, 5, "balance_mismatch", "prose",
     "年末结转资金11.56万元", "年末结转资金11.65万元",
     "年末结转资金11.65万元",
     "528.76 - 517.20 = 11.56, stated 11.65"),
    (E, 6, "average_mismatch", "prose",
     "得分分别为98.5、97、99、98.5分", "得分分别为98.5、95、99、98.5分",
     "98.5、95、99、98.5分，平均98.25分",
     "(98.5 + 95 + 99 + 98.5) / 4 = 97.75, stated 98.25"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    labels = []
    by_source = {s: [] for s in SOURCES}
    for e in EDITS:
        by_source[e[0]].append(e)
    for src in SOURCES:
        clean = read(os.path.join(CASES, src + "-clean.txt"))
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in sorted(by_source[src], key=lambda x: x[1]):
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit("%s-e%d: old string found %d times" % (src, n, cnt))
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit("%s-e%d: value not in error case" % (src, n))
            name = "%s-e%d.txt" % (src, n)
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
