#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts259 from the clean drafts.

Each edit is an exact old -> new replacement that must match the clean draft exactly once.
`value` is the label value: a short exact substring of the error case containing the changed figure.
`where` says whether the slip sits in a table row (T) or in running text (P).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "dongcheng-fuju-2023",
    "renze-childrehab-2021",
    "lufeng-jiuyepeixun-2022",
    "maiji-wuzhangai-2019",
    "wushan-canlian-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 北京市东城区残联 辅助器具适配 2023 ---
    ("dongcheng-fuju-2023", 1, "rate_mismatch", "T",
     "181.26｜—｜95.40%", "181.26｜—｜95.04%",
     "181.26｜—｜95.04%",
     "当年财政拨款 row: 181.26 / 190.00 = 95.40%, stated 95.04% (digits transposed)"),
    ("dongcheng-fuju-2023", 2, "score_exceeds_weight", "T",
     "辅具适配合格率｜≥98%｜99.2%｜10｜10｜—\n产出指标｜时效指标｜申请受理至适配完成时限｜≤30个工作日｜23个工作日｜5｜5",
     "辅具适配合格率｜≥98%｜99.2%｜10｜5｜—\n产出指标｜时效指标｜申请受理至适配完成时限｜≤30个工作日｜23个工作日｜5｜10",
     "23个工作日｜5｜10",
     "时效 row scored 10 against a weight of 5 (scores of the 质量 and 时效 rows swapped, so the total still reads 95.92)"),
    ("dongcheng-fuju-2023", 3, "grade_mismatch", "P",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 95.92 lies in the 优 band (90 ≤ s ≤ 100), not 良"),
    ("dongcheng-fuju-2023", 4, "unit_mismatch", "T",
     "｜≥1,200件｜1,318件｜", "｜≥1,200件｜109.8%｜",
     "109.8%",
     "辅助器具适配件数: target in 件 (≥1,200件), actual written as a percentage (the completion rate pasted into the 实际完成值 cell)"),
    ("dongcheng-fuju-2023", 5, "year_mismatch", "P",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "2023 report: the year's spending 203.66万元 is dated 截至2022年12月31日, before the evaluation year"),
    ("dongcheng-fuju-2023", 6, "average_mismatch", "P",
     "95.9%、97.0%", "95.6%、97.0%",
     "95.6%、97.0%、95.5%，平均96.30%",
     "(96.8 + 95.6 + 97.0 + 95.5) / 4 = 96.225 ≈ 96.23%, stated 平均96.30%"),

    # --- 河北邢台任泽区残联 残疾儿童康复救助 2021 ---
    ("renze-childrehab-2021", 1, "sum_mismatch", "T",
     "区级配套资金｜25.00｜25.00", "区级配套资金｜52.00｜25.00",
     "区级配套资金｜52.00｜25.00｜25.00｜24.36｜97.44%\n上年结转资金｜0.00｜0.00｜0.00｜0.00｜—\n合计｜129.00",
     "年初预算数 column: 58.00 + 36.00 + 10.00 + 52.00 + 0.00 = 156.00, 合计 129.00 (区级 25.00 typed as 52.00)"),
    ("renze-childrehab-2021", 2, "completion_mismatch", "T",
     "88.7%｜104.35%", "88.7%｜103.45%",
     "88.7%｜103.45%",
     "康复评估有效率: 88.7% / 85% = 104.35%, stated 103.45%"),
    ("renze-childrehab-2021", 3, "balance_mismatch", "P",
     "年末结余2.92万元", "年末结余2.29万元",
     "2.29万元",
     "到位 138.60 − 支出 135.68 = 2.92万元, stated 2.29万元"),
    ("renze-childrehab-2021", 4, "conflicting_values", "P",
     "家长满意度为94.2%", "家长满意度为92.4%",
     "家长满意度为92.4%",
     "the same parent survey is 94.2% in the indicator table (completion 104.67% = 94.2/90), 92.4% in the text"),
    ("renze-childrehab-2021", 5, "weight_sum_mismatch", "T",
     "4家｜100.00%｜5｜5", "4家｜100.00%｜6｜5",
     "4家｜100.00%｜6｜5",
     "定点康复机构数 weight 6: weights now sum to 101 (产出 51)"),
    ("renze-childrehab-2021", 6, "implausible_rate", "T",
     "上年结转资金｜0.00｜0.00｜0.00｜0.00｜—", "上年结转资金｜0.00｜0.00｜0.00｜0.00｜100.00%",
     "上年结转资金｜0.00｜0.00｜0.00｜0.00｜100.00%",
     "execution rate 100.00% on a zero budget (上年结转 0.00): rate undefined"),

    # --- 广东陆丰市残联 残疾人职业技能培训 2022 ---
    ("lufeng-jiuyepeixun-2022", 1, "score_sum_mismatch", "T",
     "87.6%｜10｜9.73｜", "87.6%｜10｜9.37｜",
     "87.6%｜10｜9.37｜食宿安排待改进\n总分｜｜｜｜｜100｜98.26",
     "9.23 + 49.30 + 30 + 9.37 = 97.90, 总分 98.26 (satisfaction score 9.73 typed as 9.37)"),
    ("lufeng-jiuyepeixun-2022", 2, "average_mismatch", "P",
     "84.5分", "85.4分",
     "85.4分、90.0分，四期平均87.25分",
     "(86.5 + 88.0 + 85.4 + 90.0) / 4 = 87.475 ≈ 87.48分, stated 87.25分"),
    ("lufeng-jiuyepeixun-2022", 3, "rate_mismatch", "T",
     "｜92.32%｜9.23", "｜92.23%｜9.23",
     "91.58｜10｜92.23%",
     "年度资金总额: 91.58 / 99.20 = 92.32%, stated 92.23%"),
    ("lufeng-jiuyepeixun-2022", 4, "year_mismatch", "T",
     "项目支出绩效自评表（2022年度）", "项目支出绩效自评表（2021年度）",
     "自评表（2021年度）",
     "the attached table of the 2022 report is headed 2021年度"),
    ("lufeng-jiuyepeixun-2022", 5, "completion_mismatch", "P",
     "480人次的112.50%", "480人次的112.05%",
     "112.05%",
     "540人次 / 480人次 = 112.50%, stated 112.05%"),
    ("lufeng-jiuyepeixun-2022", 6, "unit_mismatch", "P",
     "场地及师资费用17.26万元", "场地及师资费用172600万元",
     "172600万元",
     "17.26万元 (172,600元) written with the unit 万元: off by 10^4; with 17.26 the parts 68.40 + 17.26 + 5.92 = 91.58 add up"),

    # --- 甘肃天水麦积区残联 贫困重度残疾人家庭无障碍改造 2019 (prose only) ---
    ("maiji-wuzhangai-2019", 1, "sum_mismatch", "P",
     "省级补助30.00万元", "省级补助20.00万元",
     "项目全年预算84.00万元，其中中央财政补助36.00万元、省级补助20.00万元、区级配套18.00万元",
     "36.00 + 20.00 + 18.00 = 74.00 ≠ 全年预算 84.00"),
    ("maiji-wuzhangai-2019", 2, "balance_mismatch", "P",
     "未使用的20.40万元", "未使用的21.40万元",
     "21.40万元",
     "84.00 − 63.60 = 20.40万元 unspent (= 68户 × 3,000元), stated 21.40万元"),
    ("maiji-wuzhangai-2019", 3, "score_sum_mismatch", "P",
     "预算执行7.57分", "预算执行7.75分",
     "预算执行7.75分、产出45.14分、效益25.53分、满意度9.61分，合计87.85分",
     "7.75 + 45.14 + 25.53 + 9.61 = 88.03, stated 合计87.85分"),
    ("maiji-wuzhangai-2019", 4, "grade_mismatch", "P",
     "评价等级为“良好”", "评价等级为“优秀”",
     "评价等级为“优秀”",
     "total 87.85 lies in the 良 band (80 ≤ s < 90), not 优秀"),
    ("maiji-wuzhangai-2019", 5, "implausible_rate", "P",
     "满意度为86.5%", "满意度为865%",
     "满意度为865%",
     "satisfaction 865% is over 100% (decimal point lost from 86.5%)"),
    ("maiji-wuzhangai-2019", 6, "conflicting_values", "P",
     "共为212户", "共为221户",
     "221户",
     "households renovated: 212户 in the funds and output paragraphs (63.60万元 = 212 × 3,000元), 221户 in the conclusion"),

    # --- 重庆巫山县残联 部门整体支出 2024 ---
    ("wushan-canlian-2024", 1, "weight_sum_mismatch", "T",
     "652人｜7｜7", "652人｜9｜7",
     "652人｜9｜7",
     "辅助器具适配人数 weight 9: weights now sum to 102 (产出 52)"),
    ("wushan-canlian-2024", 2, "score_exceeds_weight", "T",
     "318人｜7｜7｜—\n产出指标｜数量指标｜困难重度残疾人家庭无障碍改造户数｜=150户｜150户｜8｜8",
     "318人｜7｜8｜—\n产出指标｜数量指标｜困难重度残疾人家庭无障碍改造户数｜=150户｜150户｜8｜7",
     "318人｜7｜8",
     "培训人数 row scored 8 against a weight of 7 (scores of two adjacent rows swapped, total still 95.67)"),
    ("wushan-canlian-2024", 3, "conflicting_values", "T",
     "｜228人｜8｜8", "｜282人｜8｜8",
     "282人",
     "children aided: 228人 in the text (228.60万元, 人均约1万元), 282人 in the table"),
    ("wushan-canlian-2024", 4, "implausible_rate", "P",
     "资金到位率100%", "资金到位率110%",
     "资金到位率110%",
     "到位率 over 100% (funds received cannot exceed the budget)"),
    ("wushan-canlian-2024", 5, "balance_mismatch", "P",
     "年末结转结余52.30万元", "年末结转结余53.20万元",
     "53.20万元",
     "1,286.45 − 1,234.15 = 52.30万元, stated 53.20万元"),
    ("wushan-canlian-2024", 6, "unit_mismatch", "T",
     "≤6.50万元｜5.82万元", "≤6.50万元｜89.54%",
     "89.54%",
     "“三公”经费: target in 万元 (≤6.50万元), actual written as a percentage (5.82/6.50)"),
]


def main():
    labels = []
    clean_text = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean_text[src] = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
    for src, n, code, where, old, new, value, expl in EDITS:
        text = clean_text[src]
        count = text.count(old)
        if count != 1:
            raise SystemExit(f"{src}-e{n}: old string matches {count} times: {old!r}")
        out = text.replace(old, new, 1)
        if value not in out:
            raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
        name = f"{src}-e{n}.txt"
        with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
            fh.write(out)
        labels.append({"case": name, "source": src, "clean": False,
                       "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    order = {src: i for i, src in enumerate(SOURCES)}
    labels.sort(key=lambda l: (order[l["source"]], l["case"]))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(EDITS)} error cases from {len(SOURCES)} clean drafts")


if __name__ == "__main__":
    main()
