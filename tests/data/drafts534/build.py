#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts534 from the clean drafts and the edit list.

Each edit is one exact replacement old -> new; `old` must occur exactly once in the clean draft.
The label `value` is the exact substring of the error case that carries the changed figure; it is
given either literally (`value`) or as a regular expression (`value_re`, for space-aligned tables)
and must occur exactly once in the error case. Standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "fj-hanjiang-kuajingpeiyu-2019",
    "zj-nanxun-haiwaicang-2021",
    "js-haimen-haiwaicang-2023",
    "gd-pengjiang-shangwuju-bumen-2024",
    "sc-jingyang-kuajing-2025",
]

# (source, n, code, where, old, new, value or {"re": pattern}, explanation)
EDITS = [
    # --- 福建 莆田市涵江区 2019 (｜ tables) ---
    ("fj-hanjiang-kuajingpeiyu-2019", 1, "rate_mismatch", "表2 公共海外仓租赁补贴 row, 执行率",
     "76.80｜96.00%", "76.80｜98.00%", "76.80｜98.00%",
     "76.80 / 80.00 = 96.00%, stated 98.00%"),
    ("fj-hanjiang-kuajingpeiyu-2019", 2, "sum_mismatch", "prose 资金安排, source breakdown",
     "市级配套60.00万元", "市级配套65.00万元", "市级配套65.00万元",
     "150.00 + 65.00 + 70.00 = 285.00, but the 全年预算 it breaks down is 280.00"),
    ("fj-hanjiang-kuajingpeiyu-2019", 3, "year_mismatch", "prose 资金执行",
     "截至2019年12月31日", "截至2018年12月31日", "截至2018年12月31日",
     "a 2019 report gives the year-end spending position as of 2018年12月31日"),
    ("fj-hanjiang-kuajingpeiyu-2019", 4, "average_mismatch", "prose 组织实施, training sessions",
     "平均每期184人次", "平均每期194人次", "平均每期194人次",
     "(186 + 204 + 162) / 3 = 184, stated 194"),
    ("fj-hanjiang-kuajingpeiyu-2019", 5, "completion_mismatch", "表3 满意度 row, 完成率",
     "94.30%｜104.78%", "94.30%｜104.87%", "94.30%｜104.87%",
     "94.30 / 90 = 104.78%, stated 104.87%"),
    ("fj-hanjiang-kuajingpeiyu-2019", 6, "grade_mismatch", "prose 自评结论",
     "评价等级为优", "评价等级为良", "项目自评得分98.01分，评价等级为良",
     "98.01 is in the 优 band (>= 90)"),

    # --- 浙江 湖州市南浔区 2021 (space-aligned tables) ---
    ("zj-nanxun-haiwaicang-2021", 1, "balance_mismatch", "prose 资金使用",
     "年末结余25.00万元", "年末结余24.00万元", "年末结余24.00万元",
     "到位/预算 450.00 - 执行 425.00 = 25.00, stated 24.00"),
    ("zj-nanxun-haiwaicang-2021", 2, "conflicting_values", "prose 产出",
     "全年培育跨境电商重点企业27家", "全年培育跨境电商重点企业29家", "全年培育跨境电商重点企业29家",
     "表2 gives 实际完成值 27家 (completion 108.00% of 25), prose says 29家"),
    ("zj-nanxun-haiwaicang-2021", 3, "unit_mismatch", "表2 入仓企业平均头程时效 row, 实际完成值",
     "13天", "13%", {"re": r"≤12天 +13%"},
     "target in 天 (≤12天), actual written as a percentage: completion cannot be computed"),
    ("zj-nanxun-haiwaicang-2021", 4, "score_exceeds_weight", "表2 满意度 row + 合计 line (one edit)",
     "9.92\n合计：分值100分，得分97.98分", "11.92\n合计：分值100分，得分99.98分",
     {"re": r"99\.17% +10 +11\.92"},
     "满意度 row scores 11.92 against a weight of 10; the 合计 line was raised to 99.98 so the sum still holds"),
    ("zj-nanxun-haiwaicang-2021", 5, "weight_sum_mismatch", "表2 海外仓订单准确率 row, 分值",
     "100.61%  10    10", "100.61%  15    10", {"re": r"100\.61% +15 +10"},
     "weights now total 105 against the stated 分值100分"),
    ("zj-nanxun-haiwaicang-2021", 6, "implausible_rate", "prose 满意度 (prose-only figure)",
     "清关服务的满意度为97.50%", "清关服务的满意度为107.50%", "清关服务的满意度为107.50%",
     "a satisfaction rate above 100%"),

    # --- 江苏 南通市海门区 2023 (tab-separated tables) ---
    ("js-haimen-haiwaicang-2023", 1, "rate_mismatch", "表2 第三方综合服务平台 row, 执行率",
     "28.60\t95.33%", "28.60\t95.83%", "28.60\t95.83%",
     "28.60 / 30.00 = 95.33%, stated 95.83%"),
    ("js-haimen-haiwaicang-2023", 2, "score_sum_mismatch", "表3 产出指标小计 row, 得分",
     "50\t48.55", "50\t48.85", "产出指标小计\t\t\t\t\t\t50\t48.85",
     "产出 rows score 10 + 10 + 9.00 + 4.55 + 5 + 5 + 5 = 48.55, 小计 says 48.85 (and 9.50 + 48.85 + 28.68 + 10 = 97.03 vs 合计 96.73)"),
    ("js-haimen-haiwaicang-2023", 3, "average_mismatch", "prose 效益指标, warehouse utilisation",
     "平均82.40%", "平均84.20%", "平均84.20%",
     "(86.50 + 79.30 + 81.40) / 3 = 82.40%, stated 84.20%"),
    ("js-haimen-haiwaicang-2023", 4, "year_mismatch", "prose 资金使用, carry-over",
     "已按规定结转至2024年", "已按规定结转至2023年", "已按规定结转至2023年",
     "money left at the end of 2023 cannot be carried over to 2023 itself"),
    ("js-haimen-haiwaicang-2023", 5, "unit_mismatch", "prose 资金来源, 区级配套",
     "区级配套120.00万元", "区级配套1200000万元", "区级配套1200000万元",
     "180.00 + 1200000 != 300.00; reconciled exactly when the figure is read as 1200000元 = 120.00万元 (元 amount labelled 万元)"),
    ("js-haimen-haiwaicang-2023", 6, "completion_mismatch", "表3 带动就业人数 row, 完成率",
     "468人\t93.60%", "468人\t96.30%", "468人\t96.30%",
     "468 / 500 = 93.60%, stated 96.30%"),

    # --- 广东 江门市蓬江区 2024 部门整体支出 (space-aligned tables) ---
    ("gd-pengjiang-shangwuju-bumen-2024", 1, "sum_mismatch", "prose 预算安排",
     "年中追加56.00万元", "年中追加65.00万元", "年中追加65.00万元",
     "1100.00 + 65.00 + 44.00 = 1209.00, stated 全年预算 1200.00"),
    ("gd-pengjiang-shangwuju-bumen-2024", 2, "balance_mismatch", "prose 公共海外仓建设",
     "支出285.00万元，结余15.00万元", "支出285.00万元，结余10.50万元", "结余10.50万元",
     "300.00 - 285.00 = 15.00, stated 10.50"),
    ("gd-pengjiang-shangwuju-bumen-2024", 3, "conflicting_values", "prose 外贸主体培育",
     "全区跨境电商进出口额31.50亿元", "全区跨境电商进出口额35.10亿元", "全区跨境电商进出口额35.10亿元",
     "表2 gives 实际完成值 31.50亿元 (completion 112.50% of 28), prose says 35.10亿元"),
    ("gd-pengjiang-shangwuju-bumen-2024", 4, "grade_mismatch", "prose 自评结论",
     "自评得分97.87分，评价等级为优", "自评得分97.87分，评价等级为良", "自评得分97.87分，评价等级为良",
     "97.87 is in the 优 band (>= 90)"),
    ("gd-pengjiang-shangwuju-bumen-2024", 5, "implausible_rate", "表1 境外展会参展补贴 row (zero base), 执行率",
     "—\n合计", "100.00%\n合计", {"re": r"境外展会参展补贴 +0\.00 +0\.00 +0\.00 +100\.00%"},
     "an execution rate of 100.00% on a 0.00 budget (the clean draft prints —)"),
    ("gd-pengjiang-shangwuju-bumen-2024", 6, "average_mismatch", "prose 项目支出自评情况",
     "平均92.97分", "平均93.97分", "平均93.97分",
     "(96.50 + 92.80 + 89.60) / 3 = 92.97, stated 93.97"),

    # --- 四川 德阳市旌阳区 2025 (Sichuan table, ｜) ---
    ("sc-jingyang-kuajing-2025", 1, "score_exceeds_weight", "附件 满意度 row + 总分 row (one edit)",
     "9.83\n总分｜｜｜｜｜｜｜｜100｜97.73", "11.83\n总分｜｜｜｜｜｜｜｜100｜99.73", "98.32%｜10｜11.83",
     "满意度 row scores 11.83 against a weight of 10; 总分 raised to 99.73 so the sum still holds"),
    ("sc-jingyang-kuajing-2025", 2, "weight_sum_mismatch", "附件 跨境电商人才培训 row, 分值",
     "109.00%｜5｜5", "109.00%｜10｜5", "436｜109.00%｜10｜5",
     "10 (执行) + indicator weights now total 105 against 总分 100"),
    ("sc-jingyang-kuajing-2025", 3, "score_sum_mismatch", "附件 总分 row, 得分",
     "100｜97.73", "100｜97.37", "总分｜｜｜｜｜｜｜｜100｜97.37",
     "9.60 + row scores = 97.73, 总分 says 97.37"),
    ("sc-jingyang-kuajing-2025", 4, "conflicting_values", "prose 效益情况",
     "跨境电商交易额6.45亿元", "跨境电商交易额6.54亿元", "跨境电商交易额6.54亿元",
     "附件 gives 实际完成值 6.45 亿元 (completion 107.50% of 6), prose says 6.54亿元"),
    ("sc-jingyang-kuajing-2025", 5, "rate_mismatch", "附件 资金 block 财政资金 row, 执行率",
     "244.00｜—｜95.69%", "244.00｜—｜96.59%", "244.00｜—｜96.59%",
     "244.00 / 255.00 = 95.69%, stated 96.59%"),
    ("sc-jingyang-kuajing-2025", 6, "completion_mismatch", "附件 公共海外仓服务企业数 row, 完成率",
     "47｜117.50%", "47｜112.50%", "47｜112.50%",
     "47 / 40 = 117.50%, stated 112.50%"),
]


def count(text, s):
    n, i = 0, text.find(s)
    while s and i >= 0:
        n += 1
        i = text.find(s, i + 1)
    return n


def main():
    labels = []
    errors = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            name = f"{src}-e{n}.txt"
            if count(clean, old) != 1:
                errors.append(f"{name}: old {old!r} occurs {count(clean, old)}x in the clean draft")
                continue
            text = clean.replace(old, new, 1)
            if isinstance(value, dict):
                found = [m.group(0) for m in re.finditer(value["re"], text)]
                if len(found) != 1:
                    errors.append(f"{name}: value_re {value['re']!r} matches {len(found)}x")
                    continue
                value = found[0]
            if count(text, value) != 1:
                errors.append(f"{name}: value {value!r} occurs {count(text, value)}x")
                continue
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    if errors:
        for e in errors:
            print("BUILD ERROR:", e)
        return 1
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "edits.json"), "w", encoding="utf-8") as fh:
        json.dump([{"case": f"{s}-e{n}.txt", "code": c, "where": w, "old": o, "new": nw}
                   for (s, n, c, w, o, nw, v, x) in EDITS], fh, ensure_ascii=False, indent=1)
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
