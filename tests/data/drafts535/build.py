#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts535 from the clean drafts and the edit list below.

Every edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft.
`value` is the substring of the error case that carries the changed figure (it must occur once there).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ha-zhengyang-diaochu-2019",
    "hn-qidong-diaochu-2021",
    "gx-luchuan-diaochu-2022",
    "sd-shenxian-diaochu-2023",
    "hl-lanxi-xumu-bumen-2025",
]

# (project, n, code, old, new, value, explanation)
EDITS = [
    # ---- 正阳 2019 (Word-as-HTML tables) ----
    ("ha-zhengyang-diaochu-2019", 1, "rate_mismatch",
     "<td>1,209.40</td><td>94.04%</td>", "<td>1,209.40</td><td>94.40%</td>",
     "94.40%", "funds table, 中央奖励资金 row: 1,209.40 / 1,286.00 = 94.04%, stated 94.40%"),
    ("ha-zhengyang-diaochu-2019", 2, "sum_mismatch",
     "动物防疫及检测218.00万元", "动物防疫及检测228.00万元",
     "动物防疫及检测228.00万元", "spending breakdown 586.40 + 312.60 + 228.00 + 166.00 = 1,293.00, stated total spent 1,283.00"),
    ("ha-zhengyang-diaochu-2019", 3, "average_mismatch",
     "年均71.17万头", "年均72.17万头",
     "年均72.17万头", "(68.4 + 71.2 + 73.9) / 3 = 71.17, stated 72.17"),
    ("ha-zhengyang-diaochu-2019", 4, "unit_mismatch",
     "（12,830,000.00元）", "（12,830,000.00万元）",
     "12,830,000.00万元", "the 元 restatement of 1,283.00万元 is labelled 万元: off by exactly 10^4"),
    ("ha-zhengyang-diaochu-2019", 5, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”", "total 98.29 (table and text) is in the 优 band (>= 90), stated 良"),
    ("ha-zhengyang-diaochu-2019", 6, "year_mismatch",
     "已结转至2020年", "已结转至2019年",
     "结转至2019年", "unspent money of the 2019 budget is carried over to 2019 itself; must be a later year"),
    # ---- 祁东 2021 (Word copy: one cell a line, [bookmark] residue) ----
    ("hn-qidong-diaochu-2021", 1, "balance_mismatch",
     "年末结余81.48万元", "年末结余84.18万元",
     "结余84.18万元", "到位 1,484.40 - 执行 1,402.92 = 81.48, stated 84.18"),
    ("hn-qidong-diaochu-2021", 2, "completion_mismatch",
     "112.6万头\n\t104.26%", "112.6万头\n\t104.62%",
     "104.62%", "生猪出栏量 112.6 / 108 = 104.26%, stated 104.62%"),
    ("hn-qidong-diaochu-2021", 3, "weight_sum_mismatch",
     "生猪稳产保供长效机制\n\t5\n", "生猪稳产保供长效机制\n\t4.5\n",
     "生猪稳产保供长效机制\n\t4.5", "weights now total 99.5 (10 + 50 + 29.5 + 10), not 100; score 4 stays inside the 达成 band of 4.5"),
    ("hn-qidong-diaochu-2021", 4, "score_sum_mismatch",
     "自评总得分97.45分", "自评总得分98.45分",
     "总得分98.45分", "row scores 9.45 + 49 + 29 + 10 = 97.45, stated 98.45 (same grade band)"),
    ("hn-qidong-diaochu-2021", 5, "implausible_rate",
     "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t0.00\n\t—", "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t0.00\n\t100",
     "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t0.00\n\t100", "执行率 100 (%) printed on a zero budget (全年预算 0.00): rate on a zero base"),
    ("hn-qidong-diaochu-2021", 6, "conflicting_values",
     "调出生猪78.1万头", "调出生猪87.1万头",
     "调出生猪87.1万头", "text says 87.1万头 调出, the 自评表 row 生猪调出量 says 78.1万头"),
    # ---- 陆川 2022 (HTML prose, tables pasted as tab rows) ----
    ("gx-luchuan-diaochu-2022", 1, "score_exceeds_weight",
     "9.3\t补助覆盖面有限\n合计\t\t\t\t\t\t100\t88.53", "10.3\t补助覆盖面有限\n合计\t\t\t\t\t\t100\t89.53",
     "93.00%\t10\t10.3", "养殖场户满意度 score 10.3 above its weight 10 (the 合计 moved with it to 89.53, so the sum still holds)"),
    ("gx-luchuan-diaochu-2022", 2, "unit_mismatch",
     "≥600头\t648头", "≥600头\t108%",
     "≥600头\t108%", "target in 头, actual given as a percentage: completion cannot be computed"),
    ("gx-luchuan-diaochu-2022", 3, "rate_mismatch",
     "到位率95.19%", "到位率95.91%",
     "到位率95.91%", "到位 1,494.70 / 全年预算 1,570.30 = 95.19%, stated 95.91%"),
    ("gx-luchuan-diaochu-2022", 4, "average_mismatch",
     "年均79.53万头", "年均80.53万头",
     "年均80.53万头", "(71.5 + 80.2 + 86.9) / 3 = 79.53, stated 80.53"),
    ("gx-luchuan-diaochu-2022", 5, "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日", "the 到位 figure of the 2022 report is dated 2021-12-31"),
    ("gx-luchuan-diaochu-2022", 6, "sum_mismatch",
     "合计\t1,512.00", "合计\t1,521.00",
     "合计\t1,521.00", "年初预算数 column: 1,512.00 + 0.00 + 0.00 = 1,512.00, 合计 row says 1,521.00"),
    # ---- 莘县 2023 (Word-as-HTML, one <td> a line) ----
    ("sd-shenxian-diaochu-2023", 1, "balance_mismatch",
     "结余39.25万元", "结余39.52万元",
     "结余39.52万元", "到位 1,400.36 - 执行 1,361.11 = 39.25, stated 39.52"),
    ("sd-shenxian-diaochu-2023", 2, "grade_mismatch",
     "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”", "total 89.25 is in the 良 band (80 <= s < 90), stated 优"),
    ("sd-shenxian-diaochu-2023", 3, "conflicting_values",
     "全县生猪出栏98.4万头", "全县生猪出栏89.4万头",
     "生猪出栏89.4万头", "text says 出栏 89.4万头, the 自评表 row 生猪出栏量 says 98.4万头"),
    ("sd-shenxian-diaochu-2023", 4, "completion_mismatch",
     "<td>86.54%</td>", "<td>115.56%</td>",
     "115.56%", "≤90天 missed with 104天: completion 90/104 = 86.54% (lte); 115.56% is 104/90"),
    ("sd-shenxian-diaochu-2023", 5, "implausible_rate",
     "<td>96.5%</td>\n<td>107.22%</td>", "<td>106.5%</td>\n<td>118.33%</td>",
     "106.5%</td>\n<td>118.33%", "养殖场户满意度 106.5% is above 100% (completion 118.33% is consistent with it)"),
    ("sd-shenxian-diaochu-2023", 6, "weight_sum_mismatch",
     "<td>—</td>\n<td>5</td>\n<td>3.5</td>", "<td>—</td>\n<td>5.5</td>\n<td>3.5</td>",
     "<td>5.5</td>", "weights now total 100.5 against the stated 合计 100; score 3.5 stays inside the 部分达成 band of 5.5"),
    # ---- 兰西 2025 部门整体支出 (HTML, 自评表 as tab lines with <br>) ----
    ("hl-lanxi-xumu-bumen-2025", 1, "score_exceeds_weight",
     "9.8\t散养户意见<br>\n合计\t\t\t\t\t\t100\t98.97", "10.8\t散养户意见<br>\n合计\t\t\t\t\t\t100\t99.97",
     "98.00%\t10\t10.8", "养殖场户满意度 score 10.8 above its weight 10 (the 合计 moved with it to 99.97, so the sum still holds)"),
    ("hl-lanxi-xumu-bumen-2025", 2, "score_sum_mismatch",
     "100\t98.97", "100\t97.97",
     "100\t97.97", "row scores 9.59 + 50 + 29.58 + 9.8 = 98.97, 合计 says 97.97 (same grade band)"),
    ("hl-lanxi-xumu-bumen-2025", 3, "rate_mismatch",
     "执行率96.00%", "执行率96.60%",
     "执行率96.60%", "生猪调出大县奖励资金 1,301.76 / 1,356.00 = 96.00%, stated 96.60%"),
    ("hl-lanxi-xumu-bumen-2025", 4, "conflicting_values",
     "向126户养殖场户", "向162户养殖场户",
     "向162户", "text says 162户, the 自评表 row 奖励资金兑付养殖场户 says 126户"),
    ("hl-lanxi-xumu-bumen-2025", 5, "unit_mismatch",
     "生猪养殖产值19.6亿元，", "生猪养殖产值19.6万元，",
     "19.6万元", "产值 19.6亿元 in the 自评表 written as 19.6万元 in the text: off by exactly 10^4"),
    ("hl-lanxi-xumu-bumen-2025", 6, "completion_mismatch",
     "99.6%\t101.63%", "99.6%\t101.36%",
     "101.36%", "动物产品抽检合格率 99.6 / 98 = 101.63%, stated 101.36%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        if [e[1] for e in edits] != [1, 2, 3, 4, 5, 6]:
            sys.exit(f"{pid}: edits must be numbered 1..6")
        for _, n, code, old, new, value, expl in edits:
            if clean.count(old) != 1:
                sys.exit(f"{pid}-e{n}: old string occurs {clean.count(old)} times in the clean draft")
            text = clean.replace(old, new, 1)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
