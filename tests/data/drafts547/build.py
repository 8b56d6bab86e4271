#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts547 from the clean drafts and the edit list below.

Each edit replaces `old` (which must occur exactly once in the clean draft) by `new`; the case then
differs from its clean draft by one contiguous change of at most 40 characters. `value` is the exact
substring (occurring once in the case) that a checker's finding must overlap.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "zj-deqing-zhongcaibanan-2019"
B = "ha-changyuan-tiaojiezhongxin-2021"
C = "sd-shouguang-zhongcaiyuan-bumen-2022"
D = "gd-shunde-zhongcaibanan-2023"
E = "gs-maiji-tiaojiezhongxin-2024"
SOURCES = [A, B, C, D, E]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: Deqing (Zhejiang) 2019, project, MOF funds block + indicator table ----
    (A, 1, "rate_mismatch", "funds table, row 当年财政拨款, 执行率",
     "90.10\t—\t97.41%", "90.10\t—\t97.14%", "97.14%",
     "当年财政拨款 90.10 / 92.50 = 97.41%, stated 97.14%"),
    (A, 2, "average_mismatch", "two-year table, 件均办案成本 2019",
     "859.42\t832.10", "859.42\t823.10", "823.10",
     "办案经费 94.36万元 (943,600元) / 审结 1,134件 = 832.10元, stated 823.10元"),
    (A, 3, "completion_mismatch", "indicator table, 仲裁结案率 完成率",
     "95.62%\t106.24%", "95.62%\t106.42%", "106.42%",
     "gte: 95.62% / 90% = 106.24%, stated 106.42%"),
    (A, 4, "grade_mismatch", "prose, 五、自评结论",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 99.58 is in the 优 band (90–100), stated 良"),
    (A, 5, "conflicting_values", "prose, 三、办案情况 (劳动者人数)",
     "为1642名劳动者", "为1624名劳动者", "1624名劳动者",
     "the two-year table gives 1,642 劳动者 for 2019; the prose now says 1624"),
    (A, 6, "year_mismatch", "prose, 二、(二) 结转 sentence",
     "结转至2020年", "结转至2019年", "结转至2019年",
     "unspent 2019 money is carried to 2019 itself; a carry-over goes to a later year (2020)"),
    # ---- B: Changyuan (Henan) 2021, project, 行次 funds table + weighted indicator table ----
    (B, 1, "sum_mismatch", "funds table, row (1) 年初预算资金, 市本级 column",
     "(1)\t120.00\t0.00\t40.00\t80.00", "(1)\t120.00\t0.00\t40.00\t60.00",
     "年初预算资金\t(1)\t120.00\t0.00\t40.00\t60.00",
     "0.00 + 40.00 + 60.00 + 0.00 + 0.00 = 100.00, row total 120.00 (and 60.00 + 追加 6.00 ≠ 全年 86.00)"),
    (B, 2, "balance_mismatch", "prose, 中央补助资金 sentence",
     "结余1.40万元", "结余1.04万元", "结余1.04万元",
     "中央补助 20.00 − 已支出 18.60 = 1.40, stated 1.04"),
    (B, 3, "implausible_rate", "funds table, row (5) 预算到位率, 其他资金 column",
     "(5)=(3)/(2)\t100\t100\t100\t100\t—\t—", "(5)=(3)/(2)\t100\t100\t100\t100\t—\t100",
     "预算到位率(%)\t(5)=(3)/(2)\t100\t100\t100\t100\t—\t100",
     "其他资金 budget and receipt are 0.00: a 到位率 of 100 on a zero base"),
    (B, 4, "score_exceeds_weight", "indicator table, 源头化解水平 (with 劳动者维权成本 above)",
     "有效降低\t达成年度指标\t—\t10\t10\n\t\t源头化解水平\t提升\t达成年度指标\t—\t5\t5",
     "有效降低\t达成年度指标\t—\t10\t9\n\t\t源头化解水平\t提升\t达成年度指标\t—\t5\t6",
     "源头化解水平\t提升\t达成年度指标\t—\t5\t6",
     "score 6 above weight 5 (劳动者维权成本 lowered 10→9 in the same edit, so the total still reads 98.02)"),
    (B, 5, "unit_mismatch", "indicator table, 新建标准化调解室 完成值",
     "≥4间\t4间\t", "≥4间\t100%\t", "新建标准化调解室\t≥4间\t100%",
     "target counted in 间, actual given as a percentage: completion cannot be computed"),
    (B, 6, "weight_sum_mismatch", "indicator table, 劳动者维权成本 权重",
     "有效降低\t达成年度指标\t—\t10\t10", "有效降低\t达成年度指标\t—\t12\t10",
     "劳动者维权成本\t有效降低\t达成年度指标\t—\t12\t10",
     "weights now sum to 102 (效益 32) against the stated 100"),
    # ---- C: Shouguang (Shandong) 2022, 部门整体支出, nested funds table + compact score table ----
    (C, 1, "score_exceeds_weight", "score table, 资产管理 (with 财务管理 above)",
     "过程\t财务管理\t10\t9\n过程\t资产管理\t5\t5", "过程\t财务管理\t10\t8\n过程\t资产管理\t5\t6",
     "资产管理\t5\t6",
     "score 6 above weight 5 (财务管理 lowered 9→8 in the same edit, so the total still reads 98.12)"),
    (C, 2, "sum_mismatch", "funds table, row 公用经费, 年初预算数",
     "公用经费\t33.70\t33.70", "公用经费\t37.30\t33.70", "公用经费\t37.30",
     "年初: 人员经费 368.40 + 公用经费 37.30 = 405.70, 基本支出 402.10"),
    (C, 3, "rate_mismatch", "funds table, row 调解仲裁信息化建设, 执行率",
     "26.04\t70.38%", "26.04\t73.08%", "73.08%",
     "26.04 / 37.00 = 70.38%, stated 73.08%"),
    (C, 4, "average_mismatch", "prose, 件均办案成本",
     "件均办案成本400.40元", "件均办案成本410.40元", "件均办案成本410.40元",
     "60.38万元 / 1508件 = 400.40元, stated 410.40元"),
    (C, 5, "year_mismatch", "prose, 结转 sentence",
     "结转至2023年支付", "结转至2022年支付", "结转至2022年支付",
     "money of the 2022 budget carried over 'to 2022'; should be a later year (2023)"),
    (C, 6, "grade_mismatch", "prose, 评分情况 conclusion",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "total 98.12 is in the 优 band, stated 良好"),
    # ---- D: Shunde (Guangdong) 2023, project, MOF funds block + indicator table with 偏差原因 ----
    (D, 1, "balance_mismatch", "prose, 年末结余",
     "年末结余5.66万元", "年末结余6.56万元", "结余6.56万元",
     "全年预算/到位 182.50 − 执行 176.84 = 5.66, stated 6.56"),
    (D, 2, "unit_mismatch", "prose, 兼职仲裁员补贴 per case",
     "平均每件600.00元", "平均每件600.00万元", "平均每件600.00万元",
     "72.60万元 / 1210件 = 600.00元; written 万元, off by exactly 10^4 (most specific explanation of the broken average)"),
    (D, 3, "score_sum_mismatch", "indicator table, 裁审衔接机制 得分",
     "裁审衔接机制\t健全\t达成年度指标\t—\t10\t10", "裁审衔接机制\t健全\t达成年度指标\t—\t10\t9",
     "裁审衔接机制\t健全\t达成年度指标\t—\t10\t9",
     "row scores now add to 97.41 (indicators 87.72), stated 总分 98.41 and 绩效指标得分 88.72"),
    (D, 4, "conflicting_values", "two-year table, 为劳动者追回 2023",
     "3,962.70\t4,218.36", "3,962.70\t4,281.36", "4,281.36",
     "table 4,281.36万元 vs 4218.36万元 in the prose and the indicator table"),
    (D, 5, "implausible_rate", "indicator table, 当事人满意度 完成值 (with its 完成率)",
     "96.50%\t107.22%", "101.50%\t112.78%", "当事人满意度\t≥90%\t101.50%",
     "satisfaction 101.50% is above 100% (completion 112.78% recomputed in the same edit)"),
    (D, 6, "completion_mismatch", "indicator table, 审结劳动人事争议案件 完成率",
     "2384件\t108.36%", "2384件\t103.86%", "103.86%",
     "gte: 2384 / 2200 = 108.36%, stated 103.86%"),
    # ---- E: Maiji (Gansu) 2024, project, 到位 column + Sichuan-style 指标性质/度量单位 columns, no satisfaction ----
    (E, 1, "weight_sum_mismatch", "indicator table, “一站式”调解仲裁机制运行 分值",
     "部分达成年度指标\t—\t10\t7", "部分达成年度指标\t—\t9\t7", "部分达成年度指标\t—\t9\t7",
     "weights now sum to 99 (效益 29) against the stated 100 and 效益指标30分"),
    (E, 2, "score_sum_mismatch", "prose, 产出指标得分",
     "产出指标得分59.80分", "产出指标得分58.90分", "产出指标得分58.90分",
     "产出 rows add to 59.80; 9.52 + 58.90 + 27 = 95.42, stated 合计 96.32"),
    (E, 3, "rate_mismatch", "prose, 到位率",
     "到位率98.36%", "到位率98.63%", "到位率98.63%",
     "到位 108.20 / 全年预算 110.00 = 98.36%, stated 98.63%"),
    (E, 4, "sum_mismatch", "prose, 分别 list of spending",
     "信息化设备购置18.42万元", "信息化设备购置18.24万元", "信息化设备购置18.24万元",
     "42.30 + 36.80 + 18.24 + 7.20 = 104.54, total spent 104.72"),
    (E, 5, "completion_mismatch", "indicator table, 调解协议履行率 完成率",
     "92.40\t102.67%", "92.40\t102.76%", "102.76%",
     "gte: 92.40 / 90 = 102.67%, stated 102.76%"),
    (E, 6, "conflicting_values", "prose, 追回工资报酬",
     "追回工资报酬926.35万元", "追回工资报酬962.35万元", "962.35万元",
     "prose 962.35万元 vs 926.35 万元 in the indicator table"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old text occurs {clean.count(old)} times in the clean draft: {old!r}")
            case = clean.replace(old, new)
            if case.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {case.count(value)} times in the case: {value!r}")
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
