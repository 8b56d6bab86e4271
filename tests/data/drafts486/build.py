#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts486 from the clean drafts and the edit list.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft
and both sides are at most 40 characters (one contiguous edit).  `value` is the substring of the
resulting case that carries the error; it must occur exactly once in that case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hn-rucheng-dxzhuti-2022",
    "sx-xiangyuan-dxpeixun-2019",
    "jx-suichuan-dxbumen-2023",
    "ha-shangcheng-dxdangshi-2021",
    "gx-lingyun-dxpeixun-2025",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---- 汝城 2022 (Hunan outline, 自评表 as tab rows)
    ("hn-rucheng-dxzhuti-2022", 1, "rate_mismatch",
     "执行率96.61%", "执行率96.16%", "执行率96.16%",
     "培训费 sub-rate: 执行52.17 / 预算54.00 = 96.61%, stated 96.16%"),
    ("hn-rucheng-dxzhuti-2022", 2, "sum_mismatch",
     "印制费1.85万元", "印制费1.58万元", "教材资料及学员手册印制费1.58万元",
     "52.17 + 6.72 + 3.18 + 1.58 = 63.65, but the spending these items break down is 63.92万元"),
    ("hn-rucheng-dxzhuti-2022", 3, "average_mismatch",
     "平均每期60.71人", "平均每期60.17人", "平均每期60.17人",
     "425人次 / 7期 = 60.71人 per class, stated 60.17"),
    ("hn-rucheng-dxzhuti-2022", 4, "year_mismatch",
     "结转至2023年使用", "结转至2022年使用", "结转至2022年",
     "the unspent part of the 2022 budget is carried over to 2022 itself; must be a later year (2023)"),
    ("hn-rucheng-dxzhuti-2022", 5, "score_exceeds_weight",
     "9\t\n\t\t调研成果转化\t≥10篇\t11篇\t110.00%\t10\t10",
     "8\t\n\t\t调研成果转化\t≥10篇\t11篇\t110.00%\t10\t11",
     "调研成果转化\t≥10篇\t11篇\t110.00%\t10\t11",
     "score 11 above the row weight 10 (the qualitative row above went 9 -> 8, so the total 97.10 still adds up)"),
    ("hn-rucheng-dxzhuti-2022", 6, "completion_mismatch",
     "425人次\t106.25%", "425人次\t106.52%", "106.52%",
     "培训学员人次: 425 / 400 = 106.25%, stated 106.52%"),

    # ---- 襄垣 2019 (Shanxi outline, funds table with 行次 and 附件1 one cell a line)
    ("sx-xiangyuan-dxpeixun-2019", 1, "rate_mismatch",
     "\t92.72\n", "\t92.27\n", "(7)=(4)/(2)\n\t93.10\n\t92.27",
     "预算执行率 (7)=(4)/(2), 财政资金小计: 43.58 / 47.00 = 92.72%, stated 92.27"),
    ("sx-xiangyuan-dxpeixun-2019", 2, "implausible_rate",
     "(6)=(3)/(2)\n\t100\n\t100\n\t0", "(6)=(3)/(2)\n\t100\n\t100\n\t100", "(6)=(3)/(2)\n\t100\n\t100\n\t100",
     "预算到位率 of the 中央级 column is 100 although that column has no budget (zero base)"),
    ("sx-xiangyuan-dxpeixun-2019", 3, "weight_sum_mismatch",
     "干部党性修养和履职能力\n\t15", "干部党性修养和履职能力\n\t16", "干部党性修养和履职能力\n\t16",
     "weights 10 + 50 + 16 + 15 + 10 = 101 against 合计 100 (score 14 stays inside the 达成 band of 16)"),
    ("sx-xiangyuan-dxpeixun-2019", 4, "unit_mismatch",
     "≥4期\n\t4期", "≥4期\n\t100%", "≥4期\n\t100%",
     "举办主体班次: target in 期, actual in %; completion cannot be computed"),
    ("sx-xiangyuan-dxpeixun-2019", 5, "grade_mismatch",
     "属于\"优秀\"", "属于\"良好\"", "属于\"良好\"",
     "总得分95.31 is in the 优 band (90-100), not 良"),
    ("sx-xiangyuan-dxpeixun-2019", 6, "conflicting_values",
     "学员满意度达97.50%", "学员满意度达95.70%", "学员满意度达95.70%",
     "the same 参训学员满意度 is 97.50% in 附件1"),

    # ---- 遂川 2023 (部门整体, PDF copy: runs of spaces, page footers)
    ("jx-suichuan-dxbumen-2023", 1, "balance_mismatch",
     "年末结余7.82万元", "年末结余7.28万元", "年末结余7.28万元",
     "到位 338.90 - 支出 331.08 = 7.82万元, stated 7.28"),
    ("jx-suichuan-dxbumen-2023", 2, "sum_mismatch",
     "公用经费28.65万元", "公用经费26.85万元", "公用经费26.85万元",
     "人员经费 218.65 + 公用经费 26.85 = 245.50, 基本支出 stated 247.30"),
    ("jx-suichuan-dxbumen-2023", 3, "score_sum_mismatch",
     "达成年度指标    —          10      9", "达成年度指标    —          10      8",
     "达成年度指标    —          10      8",
     "row scores now add to 96.52 (效益 rows 28) while 总分 is 97.52 and 效益指标得分 29"),
    ("jx-suichuan-dxbumen-2023", 4, "unit_mismatch",
     "标准支付9.60万元", "标准支付96000万元", "96000万元",
     "96学时 × 1000元 = 96000元 = 9.60万元: the 元 figure is labelled 万元 (×10^4); it breaks the 60.26 sum, "
     "reconciled exactly by rescaling this one amount"),
    ("jx-suichuan-dxbumen-2023", 5, "average_mismatch",
     "人均培训费用674.12元", "人均培训费用647.12元", "人均培训费用647.12元",
     "培训费 458400元 / 680人次 = 674.12元, stated 647.12"),
    ("jx-suichuan-dxbumen-2023", 6, "conflicting_values",
     "新增注册学员1632人", "新增注册学员1623人", "新增注册学员1623人",
     "the 自评表 gives 网络学院注册学员 1632人"),

    # ---- 商城 2021 (MOF reference outline, 自评表 as tab rows)
    ("ha-shangcheng-dxdangshi-2021", 1, "score_sum_mismatch",
     "达成年度指标\t—\t10\t9", "达成年度指标\t—\t10\t8", "学员党史学习成效\t明显增强\t达成年度指标\t—\t10\t8",
     "row scores add to 94.35, 总分 and the text say 95.35"),
    ("ha-shangcheng-dxdangshi-2021", 2, "weight_sum_mismatch",
     "达成年度指标\t—\t10\t9", "达成年度指标\t—\t11\t9", "学员党史学习成效\t明显增强\t达成年度指标\t—\t11\t9",
     "分值 add to 101 against 100 (score 9 stays inside the 达成 band of 11)"),
    ("ha-shangcheng-dxdangshi-2021", 3, "grade_mismatch",
     "等级为优秀", "等级为良好", "等级为良好",
     "95.35 is in the 优 band (90-100), not 良"),
    ("ha-shangcheng-dxdangshi-2021", 4, "year_mismatch",
     "（2021年度）", "（2020年度）", "（2020年度）",
     "the 自评表 claims 2020 for the 2021 report"),
    ("ha-shangcheng-dxdangshi-2021", 5, "completion_mismatch",
     "372人次\t103.33%", "372人次\t130.33%", "130.33%",
     "培训干部人次: 372 / 360 = 103.33%, stated 130.33%"),
    ("ha-shangcheng-dxdangshi-2021", 6, "implausible_rate",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
     "执行率 100% on a 上年结转资金 row whose budget is 0.00 (zero base)"),

    # ---- 凌云 2025 (Shanxi outline, Word copy with [bookmark] residue, tab rows, weight column first)
    ("gx-lingyun-dxpeixun-2025", 1, "balance_mismatch",
     "年末结余8.82万元", "年末结余8.28万元", "年末结余8.28万元",
     "到位 42.00 - 支出 33.18 = 8.82万元, stated 8.28"),
    ("gx-lingyun-dxpeixun-2025", 2, "score_exceeds_weight",
     ".5\t\n\t可持续影响\t本土特色课程\t15\t≥4门\t5门\t125.00%\t15",
     "\t\n\t可持续影响\t本土特色课程\t15\t≥4门\t5门\t125.00%\t15.5",
     "本土特色课程\t15\t≥4门\t5门\t125.00%\t15.5",
     "score 15.5 above the row weight 15 (the 社会效益 row above went 10.5 -> 10, so 效益 25.5 and the total still add up)"),
    ("gx-lingyun-dxpeixun-2025", 3, "sum_mismatch",
     "当年财政拨款\t36.00\t42.00\t33.18", "当年财政拨款\t36.00\t42.00\t31.38", "当年财政拨款\t36.00\t42.00\t31.38",
     "全年执行数: 31.38 + 0.00 + 0.00 = 31.38, 年度资金总额 says 33.18 (and 27.18 + 6.00 = 33.18 in the text)"),
    ("gx-lingyun-dxpeixun-2025", 4, "rate_mismatch",
     "执行率75.50%", "执行率75.05%", "执行率75.05%",
     "县级资金: 执行27.18 / 预算36.00 = 75.50%, stated 75.05%"),
    ("gx-lingyun-dxpeixun-2025", 5, "year_mismatch",
     "于2025年3月下达", "于2024年3月下达", "于2024年3月下达",
     "the 2025 county budget issued in March 2024: neither the evaluation year nor the December advance"),
    ("gx-lingyun-dxpeixun-2025", 6, "implausible_rate",
     "对师资满意度94.30%", "对师资满意度104.30%", "对师资满意度104.30%",
     "a satisfaction rate above 100%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for s, n, code, old, new, value, expl in EDITS:
            if s != src:
                continue
            assert clean.count(old) == 1, (src, n, old, clean.count(old))
            assert len(old) <= 40 and len(new) <= 40, (src, n, len(old), len(new))
            text = clean.replace(old, new)
            assert text.count(value) == 1, (src, n, value, text.count(value))
            name = "%s-e%d.txt" % (src, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
