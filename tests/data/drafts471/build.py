#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit (old -> new). `old` must occur exactly once
in the clean draft; `value` (the label) must occur in the edited text and overlap the edit.
Standard library only. Run: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (case id, error number, code, old, new, value, where, explanation)
EDITS = [
    # ---------------- he-renqiu-hunjiafudao-2021 (Hebei, tab-separated MOF table) ----------------
    ("he-renqiu-hunjiafudao-2021", 1, "unit_mismatch",
     "（36场，每场1500元）", "（36场，每场1500万元）", "每场1500万元", "prose",
     "团体辅导费5.40万元 = 36场 × 1500元; written as 1500万元 the product is 54000万元: a 元 per-session price labelled 万元 (off by 10^4)"),
    ("he-renqiu-hunjiafudao-2021", 2, "completion_mismatch",
     "完成年度目标的103.33%", "完成年度目标的106.33%", "完成年度目标的106.33%", "prose",
     "个案辅导 620场次 / 目标600场次 = 103.33%, stated 106.33%"),
    ("he-renqiu-hunjiafudao-2021", 3, "weight_sum_mismatch",
     "基本建立，乡镇尚未覆盖\t15\t13", "基本建立，乡镇尚未覆盖\t16\t13", "乡镇尚未覆盖\t16\t13", "table",
     "weights now total 101 (10 + 50 + 15 + 16 + 10); the 长效机制 row was 15"),
    ("he-renqiu-hunjiafudao-2021", 4, "score_sum_mismatch",
     "基本建立，乡镇尚未覆盖\t15\t13", "基本建立，乡镇尚未覆盖\t15\t12", "乡镇尚未覆盖\t15\t12", "table",
     "row scores 9.38 + 49 + 15 + 12 + 10 = 95.38, stated total 96.38 (table and prose)"),
    ("he-renqiu-hunjiafudao-2021", 5, "balance_mismatch",
     "年末结余1.54万元", "年末结余1.45万元", "结余1.45万元", "prose",
     "到位25.00 - 支出23.46 = 1.54万元, stated 1.45万元"),
    ("he-renqiu-hunjiafudao-2021", 6, "conflicting_values",
     "≥600场次\t620场次", "≥600场次\t602场次", "602场次", "table",
     "个案辅导 actual is 620场次 in the text (also behind 103.33% and 12.40万元 at 200元), 602场次 in the table"),

    # ---------------- sc-jianyang-hunyindengji-2022 (Sichuan, single-space table) ----------------
    ("sc-jianyang-hunyindengji-2022", 1, "sum_mismatch",
     "1286对、812对、903对、1045对", "1286对、812对、930对、1045对", "930对", "prose",
     "quarters 1286 + 812 + 930 + 1045 = 4073, stated total 4046对"),
    ("sc-jianyang-hunyindengji-2022", 2, "year_mismatch",
     "结转至2023年支付", "结转至2022年支付", "结转至2022年", "prose",
     "the unpaid retention money of the 2022 budget is carried to 2022 itself; carry-over must go to a later year (2023)"),
    ("sc-jianyang-hunyindengji-2022", 3, "implausible_rate",
     "服务对象满意度 ≥ 95 % 98.7 10 10", "服务对象满意度 ≥ 95 % 108.7 10 10", "% 108.7", "table",
     "satisfaction 108.7% is above 100%"),
    ("sc-jianyang-hunyindengji-2022", 4, "score_exceeds_weight",
     "21.33 15 15 无\n效益指标 可持续影响指标 婚姻登记“跨省通办”常态化运行 定性 长期 — 达成 10 10",
     "21.33 15 16 无\n效益指标 可持续影响指标 婚姻登记“跨省通办”常态化运行 定性 长期 — 达成 10 9",
     "21.33 15 16", "table",
     "调解成功率 row scores 16 against a weight of 15 (the next, qualitative row was lowered 10 -> 9 so the total still reads 99.35)"),
    ("sc-jianyang-hunyindengji-2022", 5, "completion_mismatch",
     "完成年度目标的106.47%", "完成年度目标的104.67%", "完成年度目标的104.67%", "prose",
     "结婚登记 4046对 / 目标3800对 = 106.47%, stated 104.67%"),
    ("sc-jianyang-hunyindengji-2022", 6, "rate_mismatch",
     "10 94.32% 9.43", "10 94.23% 9.43", "94.23%", "table",
     "执行率 = 40.37 / 42.80 = 94.32%, table states 94.23%"),

    # ---------------- jx-shanggao-hydjzx-bumen-2019 (Jiangxi, department-wide, ｜ table) ----------------
    ("jx-shanggao-hydjzx-bumen-2019", 1, "average_mismatch",
     "平均95.30分", "平均95.03分", "平均95.03分", "prose",
     "(97.6 + 100 + 95.4 + 88.2) / 4 = 95.30, stated 95.03"),
    ("jx-shanggao-hydjzx-bumen-2019", 2, "balance_mismatch",
     "公用经费支出8.21万元，结余0.29万元", "公用经费支出8.21万元，结余0.92万元", "结余0.92万元", "prose",
     "公用经费 8.50 - 8.21 = 0.29万元, stated 0.92万元"),
    ("jx-shanggao-hydjzx-bumen-2019", 3, "grade_mismatch",
     "综合评定为“优”", "综合评定为“良”", "综合评定为“良”", "prose",
     "total 96.75 is in the 优 band (>= 90), stated 良"),
    ("jx-shanggao-hydjzx-bumen-2019", 4, "year_mismatch",
     "部门整体支出绩效自评表（2019年度）", "部门整体支出绩效自评表（2018年度）", "自评表（2018年度）", "table",
     "the score table of the 2019 report is headed 2018年度: two evaluation years for one report"),
    ("jx-shanggao-hydjzx-bumen-2019", 5, "score_sum_mismatch",
     "已开展集体颁证3次｜15｜14｜", "已开展集体颁证3次｜15｜13｜", "集体颁证3次｜15｜13", "table",
     "row scores 9.75 + 48 + 15 + 13 + 10 = 95.75, stated total 96.75 (table and prose)"),
    ("jx-shanggao-hydjzx-bumen-2019", 6, "weight_sum_mismatch",
     "｜≥15%｜17.26%｜15｜15｜", "｜≥15%｜17.26%｜16｜15｜", "17.26%｜16｜15", "table",
     "weights now total 101 (调解和好率 row 16, was 15) against the stated 合计 100"),

    # ---------------- hb-hanchuan-hunyindengji-2020 (Hubei 20+80, flattened PDF table) ----------------
    ("hb-hanchuan-hunyindengji-2020", 1, "sum_mismatch",
     "登记设备维护及耗材5.36万元", "登记设备维护及耗材5.63万元", "耗材5.63万元", "prose",
     "16.80 + 5.63 + 6.00 + 2.40 = 30.83, stated 项目支出30.56万元"),
    ("hb-hanchuan-hunyindengji-2020", 2, "unit_mismatch",
     "\t≤30分钟\n\t22分钟\n", "\t≤30分钟\n\t100%\n", "≤30分钟\n\t100%", "table",
     "target is a duration in 分钟, actual a percentage: completion cannot be computed"),
    ("hb-hanchuan-hunyindengji-2020", 3, "score_exceeds_weight",
     "\t22分钟\n\t100%\n\t5\n\n\t\n\t登记档案管理\n\t5\n\t规范\n\t规范\n\t—\n\t5\n",
     "\t22分钟\n\t100%\n\t6\n\n\t\n\t登记档案管理\n\t5\n\t规范\n\t规范\n\t—\n\t4\n",
     "22分钟\n\t100%\n\t6", "table",
     "平均办理时长 scores 6 against a weight of 5 (the next, qualitative row was lowered 5 -> 4 so the total still reads 97.10)"),
    ("hb-hanchuan-hunyindengji-2020", 4, "year_mismatch",
     "截至2020年12月31日", "截至2019年12月31日", "截至2019年12月31日", "prose",
     "the spending of the 2020 project is dated 截至2019年12月31日; the cut-off must be the evaluation year"),
    ("hb-hanchuan-hunyindengji-2020", 5, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”", "prose",
     "total 97.10 is in the 优 band (>= 90), stated 良"),
    ("hb-hanchuan-hunyindengji-2020", 6, "rate_mismatch",
     "\t95.50%\n", "\t95.05%\n", "95.05%", "table",
     "执行率 = 30.56 / 32.00 = 95.50%, table states 95.05%"),

    # ---------------- fj-nanan-banzhengting-2024 (Fujian, web page, Shanxi-style tables) ----------------
    ("fj-nanan-banzhengting-2024", 1, "implausible_rate",
     "好评率99.6%", "好评率109.6%", "好评率109.6%", "prose",
     "a 好评率 of 109.6% is above 100%"),
    ("fj-nanan-banzhengting-2024", 2, "average_mismatch",
     "平均97.40%", "平均97.04%", "平均97.04%", "prose",
     "(96.8 + 97.5 + 98.1 + 97.2) / 4 = 97.40%, stated 97.04%"),
    ("fj-nanan-banzhengting-2024", 3, "conflicting_values",
     "面积436平方米（改造前", "面积463平方米（改造前", "面积463平方米", "prose",
     "the renovated area is 436平方米 in 附表2 (with 完成率 103.81% = 436/420), 463平方米 in the text"),
    ("fj-nanan-banzhengting-2024", 4, "sum_mismatch",
     "| (1) | 63.50 | 60.00 |", "| (1) | 63.50 | 65.00 |", "63.50 | 65.00", "table",
     "年初 row: 财政资金小计 65.00 ≠ 省级20.00 + 县区级40.00 = 60.00, and 总额 63.50 ≠ 65.00 + 结转3.50"),
    ("fj-nanan-banzhengting-2024", 5, "conflicting_values",
     "| ≤42.80万元 | 41.36万元 |", "| ≤42.80万元 | 41.63万元 |", "41.63万元", "table",
     "the 结算审定 amount is 41.36万元 in the text (and in the 66.27 spending breakdown and 审减1.44 = 42.80 - 41.36), 41.63万元 in 附表2"),
    ("fj-nanan-banzhengting-2024", 6, "completion_mismatch",
     "| 103.37% |", "| 103.73% |", "103.73%", "table",
     "服务对象满意度 98.2% / 目标95% = 103.37%, stated 103.73%"),
]

PROJECTS = [
    "he-renqiu-hunjiafudao-2021",
    "sc-jianyang-hunyindengji-2022",
    "jx-shanggao-hydjzx-bumen-2019",
    "hb-hanchuan-hunyindengji-2020",
    "fj-nanan-banzhengting-2024",
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as f:
        return f.read()


def main():
    labels = []
    for pid in PROJECTS:
        clean = read(pid + "-clean.txt")
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (cid, n, code, old, new, value, where, expl) in EDITS:
            if cid != pid:
                continue
            if clean.count(old) != 1:
                raise SystemExit("%s-e%d: old string occurs %d times" % (pid, n, clean.count(old)))
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit("%s-e%d: value not in edited text" % (pid, n))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases (%d errors)" % (len(labels), sum(1 for r in labels if not r["clean"])))


if __name__ == "__main__":
    main()
