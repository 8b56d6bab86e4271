#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts537 from the clean drafts and the edit list below.

Each edit is (source, n, code, old, new, value, explanation): `old` must occur exactly once in
cases/<source>-clean.txt; replacing it by `new` gives cases/<source>-e<n>.txt, labelled with `code`
and `value` (an exact substring of the error case that contains the changed figure).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zj-shengzhou-laobaojiancha-2019",
    "jx-zhangshu-genzhiqianxin-2021",
    "hb-zaoyang-jianchadadui-bumen-2022",
    "ha-ruzhou-gongziyujing-2023",
    "gx-guiping-qianxinzhili-2025",
]

A, B, C, D, E = SOURCES

EDITS = [
    # --- A: Shengzhou (Zhejiang) 2019, ｜ tables -------------------------------------------
    (A, 1, "rate_mismatch", "｜90.78｜—｜95.96%｜", "｜90.78｜—｜95.69%｜", "95.69%",
     "funds table, row 当年财政拨款: 90.78 / 94.60 = 95.96%, stated 95.69%"),
    (A, 2, "sum_mismatch", "普法宣传和业务培训费9.72万元", "普法宣传和业务培训费9.27万元", "普法宣传和业务培训费9.27万元",
     "spending items 31.46 + 28.80 + 18.00 + 9.27 + 5.20 = 92.73, but 全年执行 is 93.18"),
    (A, 3, "completion_mismatch", "｜3520户｜100.57%｜", "｜3520户｜105.70%｜", "105.70%",
     "书面审查用人单位: 3520 / 3500 = 100.57%, stated 105.70%"),
    (A, 4, "grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 97.61 lies in the 优 band (90–100), stated 良"),
    (A, 5, "average_mismatch", "件均追回21.59万元", "件均追回25.19万元", "件均追回25.19万元",
     "1856.40万元 / 86件 = 21.59万元 per case, stated 25.19"),
    (A, 6, "unit_mismatch", "管理补助28.80万元", "管理补助288000万元", "288000万元",
     "120人 × 200元 × 12月 = 288,000元 = 28.80万元, written as 288000万元 (off by 10^4); the spending "
     "items no longer add up to 93.18, and rescaling this one amount reconciles them: unit_mismatch"),
    # --- B: Zhangshu (Jiangxi) 2021, tab tables ---------------------------------------------
    (B, 1, "balance_mismatch", "年末未执行2.18万元", "年末未执行2.81万元", "未执行2.81万元",
     "全年预算 70.50 − 全年执行 68.32 = 2.18, stated 2.81"),
    (B, 2, "score_exceeds_weight", "100%\t4\t4\n\t\t线索转办\t≤3天\t2天\t100%\t4\t4",
     "100%\t4\t5\n\t\t线索转办\t≤3天\t2天\t100%\t4\t3", "办结时限\t≤30天\t22天\t100%\t4\t5",
     "办结时限 scored 5 against a weight of 4 (线索转办 lowered to 3 in the same edit, so the total still reads 99.58)"),
    (B, 3, "conflicting_values", "书面审查的1265户用人单位中", "书面审查的1256户用人单位中", "1256户",
     "the units given a 书面审查 are 1265 everywhere else (1265家 in 产出, 218 + 536 + 511, table 1265户)"),
    (B, 4, "year_mismatch", "结转至2022年继续使用", "结转至2021年继续使用", "结转至2021年",
     "the unspent part of a 2021 budget cannot be carried over to 2021 itself"),
    (B, 5, "implausible_rate", "≥90%\t95.60%\t106.22%", "≥90%\t105.60%\t117.33%", "105.60%",
     "satisfaction 105.60% exceeds 100% (completion column recomputed to 117.33% so that it stays consistent)"),
    (B, 6, "weight_sum_mismatch", "104.00%\t6\t6", "104.00%\t7\t6", "104.00%\t7\t6",
     "欠薪线索办结 weight 7: weights now total 101 while 合计 states 100"),
    # --- C: Zaoyang (Hubei) 2022 部门整体支出, ｜ tables -------------------------------------
    (C, 1, "score_sum_mismatch", "个别线索跨年｜—｜15｜10.5", "个别线索跨年｜—｜15｜11.5", "个别线索跨年｜—｜15｜11.5",
     "row scores now add up to 96.33 while 合计 and the conclusion state 95.33"),
    (C, 2, "sum_mismatch", "运维费24.60万元", "运维费26.40万元", "运维费26.40万元",
     "52.00 + 26.00 + 26.40 + 17.60 = 122.00, but 项目支出全年预算 is 120.20"),
    (C, 3, "rate_mismatch", "112.85｜93.89%", "112.85｜93.98%", "93.98%",
     "项目支出 row: 112.85 / 120.20 = 93.89%, stated 93.98%"),
    (C, 4, "conflicting_values", "涉及用工单位864家", "涉及用工单位846家", "846家",
     "the units inspected are 864 elsewhere (864户 in 履职产出, 312 + 297 + 255, table 864户)"),
    (C, 5, "year_mismatch", "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "a 2022 report states its staffing at 31 December 2021"),
    (C, 6, "average_mismatch", "平均94.27分", "平均94.72分", "平均94.72分",
     "(96.50 + 92.00 + 94.30) / 3 = 94.27, stated 94.72"),
    # --- D: Ruzhou (Henan) 2023, tab tables ---------------------------------------------------
    (D, 1, "score_exceeds_weight", "100%\t5\t5\n\t\t故障修复\t≤24小时\t18小时\t100%\t5\t5",
     "100%\t5\t6\n\t\t故障修复\t≤24小时\t18小时\t100%\t5\t4", "处置时长\t≤3天\t2天\t100%\t5\t6",
     "处置时长 scored 6 against a weight of 5 (故障修复 lowered to 4 in the same edit, so the total still reads 98.95)"),
    (D, 2, "weight_sum_mismatch", "318台\t106.00%\t5\t5", "318台\t106.00%\t6\t5", "106.00%\t6\t5",
     "实名制考勤设备联网 weight 6: weights now total 101 while 合计 states 100"),
    (D, 3, "grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 98.95 lies in the 优 band, stated 良"),
    (D, 4, "completion_mismatch", "537条\t107.40%", "537条\t104.70%", "104.70%",
     "预警线索处置: 537 / 500 = 107.40%, stated 104.70%"),
    (D, 5, "implausible_rate", "92.73\t—", "92.73\t100.00", "92.73\t100.00",
     "上年结转 column: 到位 0.00 of a 0.00 budget, a 到位率 of 100.00 on a zero base is implausible"),
    (D, 6, "balance_mismatch", "结余5.55万元", "结余5.65万元", "结余5.65万元",
     "实际到位 142.00 − 全年执行 136.45 = 5.55, stated 5.65"),
    # --- E: Guiping (Guangxi) 2025, ｜ tables -----------------------------------------------
    (E, 1, "unit_mismatch", "｜19个工作日｜", "｜100%｜", "≤25个工作日｜100%",
     "欠薪案件平均办结时长: target in 个工作日, actual given as a percentage"),
    (E, 2, "score_sum_mismatch", "基本落实｜—｜15｜12", "基本落实｜—｜15｜13", "基本落实｜—｜15｜13",
     "row scores now add up to 97.14 while 合计 and the conclusion state 96.14"),
    (E, 3, "conflicting_values", "对936家企业", "对963家企业", "963家",
     "the units inspected are 936 elsewhere (936户, 412 + 268 + 256, table 936户)"),
    (E, 4, "completion_mismatch", "287个｜110.38%", "287个｜103.38%", "103.38%",
     "欠薪隐患排查在建工程项目: 287 / 260 = 110.38%, stated 103.38%"),
    (E, 5, "rate_mismatch", "支出率95.00%", "支出率96.00%", "支出率96.00%",
     "自治区补助 spent 33.25 of 35.00 = 95.00%, stated 96.00%"),
    (E, 6, "year_mismatch", "自治区2024年12月提前下达", "自治区2023年12月提前下达", "2023年12月提前下达",
     "an advance for the 2025 budget can be issued in December 2024 at the earliest, not December 2023"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, why) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                raise SystemExit(f"{src}-e{n}: old text occurs {clean.count(old)} times: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit(f"{src}-e{n}: value occurs {text.count(value)} times: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": why}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
