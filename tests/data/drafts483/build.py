#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts483 from the clean drafts and the edit list below.

Each clean draft lives in cases/<id>-clean.txt (written by hand).  Each edit is an exact old -> new
replacement; `old` must occur exactly once in the clean draft, and `value` (the label) must occur
exactly once in the resulting case.  Run `python3 build.py && python3 verify.py`.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zj-yuhuan-gongshangyufang-2019",
    "hb-hanchuan-gongshangyufang-2020",
    "sx-luzhou-gongshangyufang-2022",
    "sc-guanghan-gongshangyufang-2023",
    "gd-nanhai-gongshangfuwu-bumen-2025",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: Yuhuan (Zhejiang) 2019, MOF funds block + 自评表 with 小计 rows ----
    ("zj-yuhuan-gongshangyufang-2019", 1, "balance_mismatch", "prose, 二（二）",
     "年末结余9.15万元", "年末结余9.51万元", "年末结余9.51万元",
     "到位 196.50 − 执行 187.35 = 9.15万元, stated 9.51万元"),
    ("zj-yuhuan-gongshangyufang-2019", 2, "sum_mismatch", "funds table, 年初预算数 column",
     "工伤保险基金当年安排｜180.00", "工伤保险基金当年安排｜186.00", "工伤保险基金当年安排｜186.00",
     "年初预算数 column: 186.00 + 0.00 + 0.00 = 186.00 ≠ 年度资金总额 180.00"),
    ("zj-yuhuan-gongshangyufang-2019", 3, "score_sum_mismatch", "自评表, 效益指标小计 row",
     "效益指标小计｜｜｜｜｜｜30｜27.5", "效益指标小计｜｜｜｜｜｜30｜28.5", "效益指标小计｜｜｜｜｜｜30｜28.5",
     "效益 rows score 10 + 7.5 + 10 = 27.5, 小计 says 28.5; and 9.53 + 50 + 28.5 + 10 = 98.03 ≠ 合计 97.03"),
    ("zj-yuhuan-gongshangyufang-2019", 4, "score_exceeds_weight", "自评表, 效益 rows",
     "｜0.52%｜100%｜10｜10\n｜｜职工工伤预防意识｜明显提升｜部分达成｜—｜10｜7.5",
     "｜0.52%｜100%｜10｜11\n｜｜职工工伤预防意识｜明显提升｜部分达成｜—｜10｜6.5",
     "参保企业工伤事故发生率｜≤0.60%｜0.52%｜100%｜10｜11",
     "score 11 above weight 10 (the next row, 部分达成, lowered from 7.5 to 6.5 inside its band, so 小计 27.5 and 合计 97.03 still add up)"),
    ("zj-yuhuan-gongshangyufang-2019", 5, "conflicting_values", "prose, 四（一）",
     "一线职工4200人次，覆盖", "一线职工4020人次，覆盖", "一线职工4020人次",
     "training count is 4200人次 in the 自评表 and in the 培训费 sentence (300元 × 4200 = 126.00万元), 4020人次 here"),
    ("zj-yuhuan-gongshangyufang-2019", 6, "implausible_rate", "funds table, 其他资金 row",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% on a zero budget (0.00 / 0.00): rate undefined, should be —"),

    # ---- B: Hanchuan (Hubei) 2020, Hubei-style 20-point execution, sources as rows ----
    ("hb-hanchuan-gongshangyufang-2020", 1, "rate_mismatch", "funds table, 市级财政配套 row",
     "7.60｜76.00%", "7.60｜67.00%", "市级财政配套｜10.00｜10.00｜7.60｜67.00%",
     "7.60 / 10.00 = 76.00%, stated 67.00%"),
    ("hb-hanchuan-gongshangyufang-2020", 2, "balance_mismatch", "prose, 二",
     "年末未使用资金15.60万元", "年末未使用资金16.50万元", "年末未使用资金16.50万元",
     "全年预算 120.00 − 执行 104.40 = 15.60万元, stated 16.50万元"),
    ("hb-hanchuan-gongshangyufang-2020", 3, "score_exceeds_weight", "自评表, 效益 rows",
     "｜0.55%｜10｜9.09\n｜｜企业主体责任落实｜明显增强｜部分达成｜10｜7",
     "｜0.55%｜10｜10.09\n｜｜企业主体责任落实｜明显增强｜部分达成｜10｜6",
     "工伤事故发生率｜≤0.50%｜0.55%｜10｜10.09",
     "score 10.09 above weight 10 (next row lowered 7 → 6 within its 部分达成 band, so the total 88.89 still adds up)"),
    ("hb-hanchuan-gongshangyufang-2020", 4, "grade_mismatch", "prose, 六",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "total 88.89 is in the 良 band (80 ≤ s < 90)"),
    ("hb-hanchuan-gongshangyufang-2020", 5, "average_mismatch", "prose, 三",
     "平均每个片区7场", "平均每个片区8场", "平均每个片区8场",
     "(8 + 6 + 7 + 5 + 9 + 7) / 6 = 42 / 6 = 7, stated 8"),
    ("hb-hanchuan-gongshangyufang-2020", 6, "year_mismatch", "prose, 二 (budget sentence)",
     "2020年，汉川市工伤预防宣传培训项目全年预算", "2019年，汉川市工伤预防宣传培训项目全年预算",
     "2019年，汉川市工伤预防宣传培训项目全年预算",
     "the 2020 report states the project's annual budget as a 2019 budget"),

    # ---- C: Luzhou (Shanxi) 2022, 行次 funds table and 附件1 with 完成率 (tab-separated) ----
    ("sx-luzhou-gongshangyufang-2022", 1, "score_sum_mismatch", "附件1, 可持续影响 row",
     "基本达成\t—\t8.5", "基本达成\t—\t9.5", "基本达成\t—\t9.5",
     "row scores now add to 99.15 (9.65 + 12 + 8 + 8 + 10 + 6 + 6 + 10 + 10 + 9.5 + 10) against 合计 98.15"),
    ("sx-luzhou-gongshangyufang-2022", 2, "weight_sum_mismatch", "附件1, 可持续影响 row",
     "工伤预防工作机制长效运行\t10", "工伤预防工作机制长效运行\t9", "工伤预防工作机制长效运行\t9",
     "weights now add to 99 against 合计 100 (score 8.5 stays inside the achieved band of a weight of 9)"),
    ("sx-luzhou-gongshangyufang-2022", 3, "unit_mismatch", "附件1, 宣传短视频 row",
     "≥6部\t6部", "≥6部\t100%", "制作播放宣传短视频\t8\t≥6部\t100%",
     "target in 部 (videos), actual given as a percentage: completion cannot be computed"),
    ("sx-luzhou-gongshangyufang-2022", 4, "year_mismatch", "prose, 一（二）",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "the 2022 execution figures are dated 截至2021年12月31日"),
    ("sx-luzhou-gongshangyufang-2022", 5, "completion_mismatch", "附件1, 培训考核合格率 row",
     "103.68%", "108.36%", "98.5%\t108.36%",
     "98.5% / 95% = 103.68%, stated 108.36% (score unaffected: target met)"),
    ("sx-luzhou-gongshangyufang-2022", 6, "conflicting_values", "prose, 三 2",
     "企业职工2680人次", "企业职工2860人次", "企业职工2860人次",
     "training count is 2680人次 in 附件1 (completion 107.20% = 2680/2500), 2860人次 in the text"),

    # ---- D: Guanghan (Sichuan) 2023, 10 + 90 split, Sichuan fund rows, 指标性质/度量单位 columns ----
    ("sc-guanghan-gongshangyufang-2023", 1, "rate_mismatch", "funds table, 财政专户管理资金 row",
     "134.88｜97.74%", "134.88｜97.47%", "财政专户管理资金｜150.00｜138.00｜134.88｜97.47%",
     "134.88 / 138.00 = 97.74%, stated 97.47%"),
    ("sc-guanghan-gongshangyufang-2023", 2, "sum_mismatch", "prose, 二（二）",
     "宣传活动费19.58万元", "宣传活动费19.85万元", "宣传活动费19.85万元",
     "118.70 + 19.85 + 8.00 = 146.55 ≠ 全年执行 146.28"),
    ("sc-guanghan-gongshangyufang-2023", 3, "weight_sum_mismatch", "prose, 一（三）",
     "产出指标60分", "产出指标65分", "产出指标65分",
     "产出 rows weigh 15 + 15 + 10 + 10 + 5 + 5 = 60, and 65 + 30 ≠ 绩效指标 90"),
    ("sc-guanghan-gongshangyufang-2023", 4, "grade_mismatch", "prose, 五（一）",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "total 99.08 is in the 优 band (≥ 90)"),
    ("sc-guanghan-gongshangyufang-2023", 5, "implausible_rate", "prose, 四（二）",
     "一线职工满意度95.9%", "一线职工满意度105.9%", "一线职工满意度105.9%",
     "a satisfaction rate above 100%"),
    ("sc-guanghan-gongshangyufang-2023", 6, "unit_mismatch", "prose, 二（二）",
     "财政资金0.60万元", "财政资金6000万元", "财政资金6000万元",
     "0.60万元 (= 6000元) written as 6000万元: 12.00 − 11.40 = 0.60 and 0.60 + 3.12 = 3.72 hold only after rescaling by 10^4"),

    # ---- E: Nanhai (Guangdong) 2025, 部门整体支出, two funds tables ----
    ("gd-nanhai-gongshangfuwu-bumen-2025", 1, "rate_mismatch", "支出 table, 工伤认定调查及劳动能力鉴定 row",
     "60.12｜93.64%", "60.12｜96.34%", "工伤认定调查及劳动能力鉴定｜64.20｜60.12｜96.34%",
     "60.12 / 64.20 = 93.64%, stated 96.34%"),
    ("gd-nanhai-gongshangfuwu-bumen-2025", 2, "average_mismatch", "prose, 三",
     "全年平均94.5分", "全年平均95.4分", "全年平均95.4分",
     "(92 + 95 + 94 + 97) / 4 = 94.5, stated 95.4"),
    ("gd-nanhai-gongshangfuwu-bumen-2025", 3, "conflicting_values", "prose, 四",
     "全年办结工伤认定案件1638件", "全年办结工伤认定案件1683件", "全年办结工伤认定案件1683件",
     "the 自评表 gives 1638件 (completion 109.20% = 1638/1500), the text 1683件"),
    ("gd-nanhai-gongshangfuwu-bumen-2025", 4, "completion_mismatch", "自评表, 培训人次 row",
     "12860人次｜107.17%", "12860人次｜101.77%", "12860人次｜101.77%",
     "12860 / 12000 = 107.17%, stated 101.77% (score unaffected: target met)"),
    ("gd-nanhai-gongshangfuwu-bumen-2025", 5, "balance_mismatch", "prose, 二（二）",
     "年末结转结余20.80万元", "年末结转结余20.08万元", "年末结转结余20.08万元",
     "全年预算 677.50 − 执行 656.70 = 20.80万元, stated 20.08万元"),
    ("gd-nanhai-gongshangfuwu-bumen-2025", 6, "year_mismatch", "prose, 二（二）",
     "10.62万元结转至2026年", "10.62万元结转至2025年", "结转至2025年",
     "money unspent in the 2025 budget is carried to 2025 itself; it must go to a later year"),
]


def main():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (_, n, code, where, old, new, value, expl) in sorted(by_project[pid], key=lambda x: x[1]):
            if clean.count(old) != 1:
                sys.exit(f"{pid}-e{n}: old string occurs {clean.count(old)} times in the clean draft: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{pid}-e{n}: value occurs {text.count(value)} times in the case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with one injected error)")


if __name__ == "__main__":
    main()
