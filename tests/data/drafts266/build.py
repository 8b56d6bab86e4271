#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts266 from the clean drafts.

The five clean drafts in cases/<id>-clean.txt are written by hand. Each error case
<id>-eN.txt is the clean draft with exactly one replacement old -> new applied; `old`
must occur exactly once in the clean draft. `value` is the label span: an exact substring
of the error case that contains the changed figure.

    python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "js-qingjiangpu-laojiuxq-2022",
    "tj-nankai-elevator-2024",
    "hn-lusong-beijie-2021",
    "sx-luzhou-yuwu-2020",
    "gd-pengjiang-tingche-2019",
]

# (source, case suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---------------- Jiangsu, Huai'an Qingjiangpu: old residential areas, 2022 (tab rows) -------------
    ("js-qingjiangpu-laojiuxq-2022", "e1", "rate_mismatch", "text",
     "支付645.60万元，支付率94.94%",
     "支付645.60万元，支付率94.49%",
     "支付率94.49%",
     "provincial funds: 645.60 / 680.00 = 94.94%, stated 94.49% (digits swapped)"),
    ("js-qingjiangpu-laojiuxq-2022", "e2", "sum_mismatch", "table",
     "其中：当年财政拨款\t2400.00\t",
     "其中：当年财政拨款\t2040.00\t",
     "年度资金总额\t2400.00\t2860.00\t2745.60\t10\t96.00%\t9.60\n其中：当年财政拨款\t2040.00",
     "年初预算数 column: 年度资金总额 2400.00 but its parts add to 2040.00 + 0.00 + 0.00 = 2040.00"),
    ("js-qingjiangpu-laojiuxq-2022", "e3", "score_sum_mismatch", "table",
     "58处\t10\t9.67\t",
     "58处\t10\t9.76\t",
     "58处\t10\t9.76\t2处涉及产权争议，正在协调\n\t可持续影响指标\t小区长效管理机制建立率\t≥90%\t100%\t10\t10\t\n"
     "满意度指标\t服务对象满意度指标\t居民满意度\t≥90%\t95.6%\t10\t10\t\n总分\t\t\t\t\t100\t98.96",
     "row scores now add to 9.60 + 49.69 + 29.76 + 10 = 99.05, stated 总分 98.96 (9.67 typed as 9.76)"),
    ("js-qingjiangpu-laojiuxq-2022", "e4", "grade_mismatch", "text",
     "综合得分98.96分，评价等级为“优”",
     "综合得分98.96分，评价等级为“良”",
     "综合得分98.96分，评价等级为“良”",
     "98.96 lies in the 90-100 band: 优, stated 良"),
    ("js-qingjiangpu-laojiuxq-2022", "e5", "conflicting_values", "text",
     "涉及居民4218户，建筑面积",
     "涉及居民4281户，建筑面积",
     "涉及居民4281户",
     "households of the 16 areas: 4281 in the overview, 4218 in the outputs and in the table"),
    ("js-qingjiangpu-laojiuxq-2022", "e6", "year_mismatch", "text",
     "已结转至2023年使用",
     "已结转至2022年使用",
     "结转至2022年",
     "unspent money of the 2022 budget cannot be carried over to 2022 itself (should be 2023)"),

    # ---------------- Tianjin, Nankai: elevator retrofit subsidy, 2024 (PDF, one cell per line) ---------
    ("tj-nankai-elevator-2024", "e1", "average_mismatch", "text",
     "平均为51天",
     "平均为53天",
     "分别为52天、48天、55天、49天，平均为53天",
     "(52 + 48 + 55 + 49) / 4 = 51, stated 53"),
    ("tj-nankai-elevator-2024", "e2", "balance_mismatch", "text",
     "年末结余70.00万元",
     "年末结余79.00万元",
     "年末结余79.00万元",
     "received 840.00 - paid 770.00 = 70.00, stated 79.00"),
    ("tj-nankai-elevator-2024", "e3", "unit_mismatch", "table",
     "≥30部\n28部\n15\n",
     "≥30部\n93.33%\n15\n",
     "≥30部\n93.33%",
     "target is a number of elevators (部), actual written as a percentage (the completion rate)"),
    ("tj-nankai-elevator-2024", "e4", "completion_mismatch", "text",
     "惠及居民632户，完成率105.33%",
     "惠及居民632户，完成率105.53%",
     "惠及居民632户，完成率105.53%",
     "632 / 600 = 105.33%, stated 105.53%"),
    ("tj-nankai-elevator-2024", "e5", "score_exceeds_weight", "table",
     "28部\n15\n14\n2部电梯年底前未完成监督检验\n惠及居民户数\n≥600户\n632户\n10\n10\n",
     "28部\n10\n14\n2部电梯年底前未完成监督检验\n惠及居民户数\n≥600户\n632户\n15\n10\n",
     "28部\n10\n14",
     "weights of two adjacent rows swapped (15 <-> 10): 加装电梯数量 now scores 14 of a weight of 10"),
    ("tj-nankai-elevator-2024", "e6", "weight_sum_mismatch", "table",
     "95.8%\n10\n10\n\n总分\n100\n",
     "95.8%\n15\n10\n\n总分\n100\n",
     "95.8%\n15\n10\n\n总分\n100",
     "satisfaction weight typed 15: weights add to 105, the 分值 total says 100"),

    # ---------------- Hunan, Zhuzhou Lusong: back-street upgrading, 2021 (tab rows) --------------------
    ("hn-lusong-beijie-2021", "e1", "implausible_rate", "table",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100%\t—",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
     "an execution rate of 100% on a carry-over budget of 0.00"),
    ("hn-lusong-beijie-2021", "e2", "rate_mismatch", "text",
     "实际支出411.00万元，执行率68.50%",
     "实际支出411.00万元，执行率65.80%",
     "实际支出411.00万元，执行率65.80%",
     "district funds: 411.00 / 600.00 = 68.50%, stated 65.80%"),
    ("hn-lusong-beijie-2021", "e3", "sum_mismatch", "text",
     "386.40万元、452.80万元、397.20万元",
     "386.40万元、425.80万元、397.20万元",
     "合同金额分别为386.40万元、425.80万元、397.20万元，合计1236.40万元",
     "386.40 + 425.80 + 397.20 = 1209.40, stated total 1236.40"),
    ("hn-lusong-beijie-2021", "e4", "average_mismatch", "text",
     "平均93.67分",
     "平均93.76分",
     "工程质量评分分别为92分、95分、94分，平均93.76分",
     "(92 + 95 + 94) / 3 = 93.67, stated 93.76"),
    ("hn-lusong-beijie-2021", "e5", "grade_mismatch", "text",
     "自评得分89.66分，评价等级为“良”",
     "自评得分89.66分，评价等级为“优”",
     "自评得分89.66分，评价等级为“优”",
     "89.66 is below 90: 良, stated 优"),
    ("hn-lusong-beijie-2021", "e6", "year_mismatch", "text",
     "截至2021年12月31日，项目累计支付",
     "截至2020年12月31日，项目累计支付",
     "截至2020年12月31日",
     "the 2021 spending is stated as of 31 December 2020"),

    # ---------------- Shanxi, Changzhi Luzhou: rain/sewage separation, 2020 (flattened cells) ----------
    ("sx-luzhou-yuwu-2020", "e1", "completion_mismatch", "table",
     "\t6.6公里\n\t94.29%\n",
     "\t6.6公里\n\t94.92%\n",
     "≥7公里\n\t6.6公里\n\t94.92%",
     "6.6 / 7 = 94.29%, stated 94.92%"),
    ("sx-luzhou-yuwu-2020", "e2", "rate_mismatch", "table",
     "\t0\n\t82.5\n",
     "\t0\n\t85.2\n",
     "(7)=(4)/(2)\n\t95\n\t95\n\t100\n\t100\n\t0\n\t85.2",
     "县区级 column of (7)=(4)/(2): 429.00 / 520.00 = 82.5, stated 85.2"),
    ("sx-luzhou-yuwu-2020", "e3", "implausible_rate", "table",
     "\t(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t0\n",
     "\t(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t100\n",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t100",
     "市级 column: 到位率 100 on a budget of 0 (rows (2) and (3) are 0)"),
    ("sx-luzhou-yuwu-2020", "e4", "weight_sum_mismatch", "table",
     "\t管网设施移交管护率\n\t10\n",
     "\t管网设施移交管护率\n\t15\n",
     "管网设施移交管护率\n\t15\n\t100%\n\t100%\n\t100%\n\t10\n\t\n\n\t满意度指标\n\t服务对象满意度指标\n\t居民满意度\n"
     "\t10\n\t≥90%\n\t94.5%\n\t105.00%\n\t10\n\t\n\n\t总分\n\t\n\t\n\t100",
     "weight of 管网设施移交管护率 typed 15: weights add to 105, 总分 says 100"),
    ("sx-luzhou-yuwu-2020", "e5", "unit_mismatch", "table",
     "\t≥5000户\n\t5286户\n",
     "\t≥5000户\n\t105.72%\n",
     "≥5000户\n\t105.72%",
     "target in households (户), actual written as a percentage"),
    ("sx-luzhou-yuwu-2020", "e6", "conflicting_values", "text",
     "污水管网6.6公里。",
     "污水管网6.8公里。",
     "污水管网6.8公里",
     "sewer pipes built: 6.8 km in the analysis, 6.6 km in 附件1 (where 94.29% = 6.6/7 is computed)"),

    # ---------------- Guangdong, Jiangmen Pengjiang: residential parking, 2019 (pipe table) ------------
    ("gd-pengjiang-tingche-2019", "e1", "score_sum_mismatch", "table",
     "| 46处 | 10 | 9.20 |",
     "| 46处 | 10 | 9.02 |",
     "46处 | 10 | 9.02 | 涉及商铺经营，需多部门联合处理 |\n| | 可持续影响指标 | 停车位日常管养机制 | 建立 | 已建立 | 10 | 10 | |\n"
     "| 满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥85% | 92.3% | 10 | 10 | |\n| 总分 | | | | | 100 | 98.42",
     "row scores now add to 98.24, stated 总分 98.42 (9.20 typed as 9.02)"),
    ("gd-pengjiang-tingche-2019", "e2", "score_exceeds_weight", "table",
     "| 1268个 | 15 | 15 | |\n| | | 改造小区停车场数量 | ≥18个 | 18个 | 10 | 10 |",
     "| 1268个 | 10 | 15 | |\n| | | 改造小区停车场数量 | ≥18个 | 18个 | 15 | 10 |",
     "| 1268个 | 10 | 15 |",
     "weights of two adjacent rows swapped (15 <-> 10): 新增小区停车位数量 now scores 15 of a weight of 10"),
    ("gd-pengjiang-tingche-2019", "e3", "rate_mismatch", "table",
     "| 其中：当年财政拨款 | 680.00 | 620.00 | 589.00 | — | 95.00% |",
     "| 其中：当年财政拨款 | 680.00 | 620.00 | 589.00 | — | 95.50% |",
     "| 其中：当年财政拨款 | 680.00 | 620.00 | 589.00 | — | 95.50%",
     "589.00 / 620.00 = 95.00%, stated 95.50%"),
    ("gd-pengjiang-tingche-2019", "e4", "unit_mismatch", "text",
     "区级配套资金420.00万元",
     "区级配套资金4200000.00万元",
     "区级配套资金4200000.00万元",
     "the 元 figure 4200000.00 labelled 万元: 200.00 + 420.00 = 620.00 only after rescaling by 10^4"),
    ("gd-pengjiang-tingche-2019", "e5", "completion_mismatch", "text",
     "完成年度目标的105.67%",
     "完成年度目标的105.76%",
     "新增停车位1268个，完成年度目标的105.76%",
     "1268 / 1200 = 105.67%, stated 105.76%"),
    ("gd-pengjiang-tingche-2019", "e6", "balance_mismatch", "text",
     "结余31.00万元",
     "结余13.00万元",
     "结余13.00万元",
     "received 620.00 - spent 589.00 = 31.00, stated 13.00"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old string occurs {n} times, must occur once: {old!r}")
            if old == new:
                sys.exit(f"{src}-{suffix}: old == new")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-{suffix}: value not in the error case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases from {len(SOURCES)} clean drafts")


if __name__ == "__main__":
    main()
