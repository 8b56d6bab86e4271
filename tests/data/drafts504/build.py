#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts504 from the clean drafts.

Each edit: (case suffix, old, new, code, value, explanation, where).
`old` must occur exactly once in the clean draft; the edit replaces it by `new`.
`value` must occur exactly once in the resulting case and contain the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-jiaokou-jiuzaiku-2019",
    "jx-nanfeng-wuzilunhuan-2022",
    "yn-qiubei-yjj-bumen-2023",
    "hlj-nehe-chubeiku-2020",
    "zj-suichang-wuzilunhuan-2024",
]

T = "\t"

EDITS = {
    "sx-jiaokou-jiuzaiku-2019": [
        ("e1", "100.00" + T + "—" + T + "92.59", "100.00" + T + "—" + T + "95.29",
         "rate_mismatch", "95.29",
         "funds table row (6)=(3)/(2), column 县区级: 80.00 / 86.40 = 92.59, stated 95.29",
         "Shanxi funds table, 到位率 row, 县区级 cell"),
        ("e2", "94.99" + T + "—", "94.99" + T + "100.00",
         "implausible_rate", "94.99" + T + "100.00",
         "funds table row (7)=(4)/(2), column 中央级: the 全年预算 base is 0.00, so a 100.00 execution rate is impossible (the cell should be —)",
         "Shanxi funds table, 执行率 row, 中央级 cell (zero base)"),
        ("e3", "236.40" + T + "216.40", "236.40" + T + "261.40",
         "sum_mismatch", "261.40",
         "row (1) 年初预算资金: 财政资金小计 should be 0.00 + 150.00 + 0.00 + 66.40 = 216.40 (and 236.40 - 20.00 - 0.00), stated 261.40",
         "Shanxi funds table, 年初预算 row, 财政资金小计 cell"),
        ("e4", "150顶" + T + "100.00%" + T + "6\n" + T + T + "购置棉被" + T + "6" + T + "≥1000床" + T + "950床" + T + "95.00%" + T + "5.70",
         "150顶" + T + "100.00%" + T + "6.30\n" + T + T + "购置棉被" + T + "6" + T + "≥1000床" + T + "950床" + T + "95.00%" + T + "5.40",
         "score_exceeds_weight", "购置帐篷" + T + "6" + T + "≥150顶" + T + "150顶" + T + "100.00%" + T + "6.30",
         "附件1 row 购置帐篷: score 6.30 above its weight 6 (the next row 购置棉被 was lowered 5.70 -> 5.40, so the total 99.24 and the 产出 subtotal 49.70 still add up)",
         "附件1 自评表, 产出 rows 购置帐篷/购置棉被"),
        ("e5", "结转至2020年", "结转至2019年",
         "year_mismatch", "结转至2019年",
         "the unspent 5.45万元 of the 2019 budget is carried over to 2019 itself; carry-over must go to a later year",
         "prose, 三 1. 预算执行情况分析"),
        ("e6", "单价2,800元", "单价2,800万元",
         "unit_mismatch", "单价2,800万元",
         "150顶 x 2,800万元 = 420,000万元, not the stated 42.00万元; the per-tent price is 2,800元 (off by 10^4)",
         "prose, purchase list (tents)"),
    ],
    "jx-nanfeng-wuzilunhuan-2022": [
        ("e1", "年末结余2.32万元", "年末结余3.22万元",
         "balance_mismatch", "结余3.22万元",
         "75.50 (budget, fully received) - 73.18 (spent) = 2.32, stated 3.22",
         "prose, 四（二）资金管理与使用"),
        ("e2", "60顶｜109.09%", "60顶｜109.90%",
         "completion_mismatch", "60顶｜109.90%",
         "轮换更新帐篷: target ≥55顶, actual 60顶 -> 60/55 = 109.09%, stated 109.90%",
         "indicator table, 帐篷 row, 完成率"),
        ("e3", "平均每镇200床", "平均每镇210床",
         "average_mismatch", "平均每镇210床",
         "(220 + 200 + 190 + 190) / 4 = 200, stated 210",
         "prose, 四（三）项目产出"),
        ("e4", "轮换更新折叠床｜7｜", "轮换更新折叠床｜9｜",
         "weight_sum_mismatch", "轮换更新折叠床｜9",
         "weights now add to 102 (10 execution + 52 产出 + 30 + 10) against the stated 100",
         "indicator table, 折叠床 row, 分值"),
        ("e5", "满意度为95.2%", "满意度为92.5%",
         "conflicting_values", "满意度为92.5%",
         "受灾群众满意度 is 95.2% in the 自评表 (and its 105.78% completion follows from 95.2), 92.5% in the text",
         "prose, 四（四）项目效益"),
        ("e6", "评价等级为优", "评价等级为良",
         "grade_mismatch", "评价等级为良",
         "total 99.22 is in the 优 band (90-100)",
         "prose, 三 综合评价情况及评价结论"),
    ],
    "yn-qiubei-yjj-bumen-2023": [
        ("e1", "｜49.75｜94.94%", "｜49.75｜94.49%",
         "rate_mismatch", "94.49%",
         "安全生产监管执法: 49.75 / 52.40 = 94.94%, stated 94.49%",
         "project table, 安全生产监管执法 row, 执行率"),
        ("e2", "公用经费70.37万元", "公用经费73.07万元",
         "sum_mismatch", "公用经费73.07万元",
         "基本支出852.32 = 人员经费781.95 + 公用经费70.37; with 73.07 the parts add to 855.02",
         "prose, 二（一）基本支出 breakdown"),
        ("e3", "｜100%｜102.04%｜7", "｜100%｜102.04%｜6",
         "score_sum_mismatch", "灾情信息报送及时率｜7｜≥98%｜100%｜102.04%｜6",
         "row scores now add to 98.44 (non-execution rows 88.55) against the stated 99.44 / 89.55",
         "自评表, 时效 row, 得分"),
        ("e4", "≥300家次｜318家次", "≥300家次｜100%",
         "unit_mismatch", "≥300家次｜100%",
         "安全生产执法检查企业: target in 家次, actual given as a percentage; completion cannot be computed",
         "自评表, 执法检查 row, 实际完成值"),
        ("e5", "改造9个，改造完成率75.00%", "改造15个，改造完成率125.00%",
         "implausible_rate", "已完成标准化改造15个，改造完成率125.00%",
         "15 of the county's 12 乡镇储备点 reformed: 15/12 = 125.00% (arithmetic right, rate above 100%)",
         "prose, 三（一）1."),
        ("e6", "4,160件｜104.00%", "4,160件｜140.00%",
         "completion_mismatch", "4,160件｜140.00%",
         "救灾物资轮换更新件数: 4160 / 4000 = 104.00%, stated 140.00%",
         "自评表, 轮换件数 row, 完成率"),
    ],
    "hlj-nehe-chubeiku-2020": [
        ("e1", "评价等级为良", "评价等级为优",
         "grade_mismatch", "评价等级为优",
         "total 85.18 is in the 良 band (80-90)",
         "prose, 五 自评结论"),
        ("e2", "| 62.18 | 62.18% |", "| 62.18 | 61.28% |",
         "rate_mismatch", "61.28%",
         "市本级配套: 62.18 / 100.00 = 62.18%, stated 61.28%",
         "Markdown funds table, 市本级 row, 执行率"),
        ("e3", "平均每个库区380平方米", "平均每个库区390平方米",
         "average_mismatch", "平均每个库区390平方米",
         "(420 + 380 + 360 + 360) / 4 = 380, stated 390",
         "prose, 三 项目实施情况"),
        ("e4", "| 已完工程验收合格率 | 8 |", "| 已完工程验收合格率 | 10 |",
         "weight_sum_mismatch", "已完工程验收合格率 | 10",
         "weights now add to 102 against the stated 100",
         "Markdown indicator table, 质量 row, 分值"),
        ("e5", "新增货架储位420个", "新增货架储位402个",
         "conflicting_values", "新增货架储位402个",
         "新增货架储位 is 420个 in the 自评表 (completion 84.00% = 420/500), 402个 in the text",
         "prose, 三 项目实施情况"),
        ("e6", "| ≥10000人 | 8,500人 |", "| ≥10000人 | 85% |",
         "unit_mismatch", "| ≥10000人 | 85% |",
         "可同时保障受灾群众: target in 人, actual given as a percentage; completion cannot be computed",
         "Markdown indicator table, 社会效益 row, 实际完成值"),
    ],
    "zj-suichang-wuzilunhuan-2024": [
        ("e1", "年末结转资金3.73万元", "年末结转资金3.37万元",
         "balance_mismatch", "结转资金3.37万元",
         "103.60 (全年预算) - 99.87 (执行) = 3.73, stated 3.37",
         "prose, 二 预算执行情况"),
        ("e2", "400张｜100.00%｜7\n｜｜发放家庭应急包｜6｜≥1500个｜1,500个｜100.00%｜6",
         "400张｜100.00%｜8\n｜｜发放家庭应急包｜6｜≥1500个｜1,500个｜100.00%｜5",
         "score_exceeds_weight", "轮换更新折叠床｜7｜≥400张｜400张｜100.00%｜8",
         "轮换更新折叠床: score 8 above its weight 7 (the next row 家庭应急包 was lowered 6 -> 5, so the total 98.21 still adds up)",
         "自评表, 产出 rows 折叠床/家庭应急包"),
        ("e3", "｜3家｜100.00%｜5", "｜3家｜100.00%｜4",
         "score_sum_mismatch", "3家｜100.00%｜4",
         "row scores now add to 97.21 against the stated total 98.21",
         "自评表, 协议代储 row, 得分"),
        ("e4", "截至2024年12月31日", "截至2023年12月31日",
         "year_mismatch", "截至2023年12月31日",
         "the year-end stock position of a 2024 report is dated 2023-12-31",
         "prose, 三（二）效益"),
        ("e5", "支付资金998,700元", "支付资金989,700元",
         "conflicting_values", "989,700元",
         "the year's spending is 99.87万元 (998,700元) everywhere else, 989,700元 here",
         "prose, 二 资金管理"),
        ("e6", "物资购置费71.80万元", "物资购置费71.08万元",
         "sum_mismatch", "物资购置费71.08万元",
         "23.76 + 14.60 + 15.44 + 18.00 = 71.80, stated 71.08 (and 71.08 + 12.00 + 9.47 + 6.60 = 99.15 ≠ 99.87)",
         "prose, 资金使用情况"),
    ],
}


def main():
    labels = []
    table = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for suffix, old, new, code, value, expl, where in EDITS[pid]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid}-{suffix}: old text occurs {n} times in the clean draft: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{pid}-{suffix}: value occurs {text.count(value)} times: {value!r}")
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
            table.append((name, code, where))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(table)} with an injected error)")


if __name__ == "__main__":
    main()
