#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n75 from the clean drafts.

Every edit replaces one string `old` that occurs exactly once in the clean draft by `new`.
`old`/`new` differ in one contiguous run of at most 16 characters on one line, except the
edits marked rows2 (score swaps), which touch two adjacent table rows.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "kelan-popcensus-2020",
    "luotian-econcensus-2019",
    "chongyi-econcensus-2023",
    "yanshan-agricensus-2025",
    "tongshan-popsample-2025",
]

# value of the tongshan weight edit: from the changed weight down to the total row
TONGSHAN_W_VALUE = (
    "20 | 9.19 | 审核劳务费跨年结算 |\n| 产出指标 | 数量指标 | 调查小区登记完成率 | =100% | 100% | 10 | 10 | |\n"
    "| | | 选聘调查员和调查指导员 | ≥120人 | 112人 | 8 | 7.47 | 部分小区由指导员兼任 |\n"
    "| | | 县级集中培训期数 | ≥4期 | 3期 | 5 | 3.75 | 第4期改为线上答疑 |\n"
    "| | 质量指标 | 人口漏登率 | ≤0.80% | 0.46% | 8 | 8 | |\n"
    "| | | 登记项目差错率 | ≤1.50% | 2.00% | 8 | 6.00 | 加强流动人口项目培训 |\n"
    "| | 时效指标 | 登记完成时间 | 2025年11月15日前 | 2025年11月14日 | 6 | 6 | |\n"
    "| | 成本指标 | 户均登记成本 | ≤60元/户 | 51.49元/户 | 5 | 5 | |\n"
    "| 效益指标 | 社会效益指标 | 调查数据通过省级验收 | 通过 | 通过 | 10 | 10 | |\n"
    "| | | 调查结果提供县直部门使用 | ≥5家 | 4家 | 10 | 8.00 | 主动对接相关部门 |\n"
    "| | 可持续影响指标 | 调查资料归档率 | ≥95% | 80.00% | 10 | 8.42 | 2026年3月底前完成 |\n"
    "| 满意度指标 | 服务对象满意度指标 | 调查户满意度 | ≥95% | 85.50% | 10 | 9.00 | 复查前电话告知 |\n"
    "| 总分 | | | | | 100")

# (project, n, code, old, new, value, explanation, rows2)
EDITS = [
    # ---------------- kelan-popcensus-2020 (Shanxi, 七普) ----------------
    ("kelan-popcensus-2020", 1, "rate_mismatch",
     "支出33.17万元，执行率91.13%", "支出33.17万元，执行率38.39%",
     "执行率38.39%",
     "county funds: 33.17 / 36.40 = 91.13%; 38.39% divides by the whole budget 86.40 (wrong base)", False),
    ("kelan-popcensus-2020", 2, "completion_mismatch",
     "| ≤0.50% | 0.12% | 100% |", "| ≤0.50% | 0.12% | 24.00% |",
     "0.12% | 24.00%",
     "lte target ≤0.50% met by 0.12%: completion 100%; 24.00% is actual/target computed as if gte", False),
    ("kelan-popcensus-2020", 3, "unit_mismatch",
     "普查员劳务补助25.20万元", "普查员劳务补助252000万元",
     "252000万元",
     "420 × 12 × 50 = 252000元 = 25.20万元; the 元 figure is labelled 万元 (the four registration items must add to 44.80)", False),
    ("kelan-popcensus-2020", 4, "score_exceeds_weight",
     "| 99.23% | 8 | 7.94 | 偏远村选人困难，由指导员兼任 |\n| | | 县级集中培训期数 | ≥3期 | 3期 | 100% | 5 | 5 |",
     "| 99.23% | 8 | 5 | 偏远村选人困难，由指导员兼任 |\n| | | 县级集中培训期数 | ≥3期 | 3期 | 100% | 5 | 7.94 |",
     "100% | 5 | 7.94",
     "scores of two adjacent rows swapped: training row scores 7.94 against its weight 5 (total unchanged)", True),
    ("kelan-popcensus-2020", 5, "year_mismatch",
     "结转至2021年，用于", "结转至2020年，用于",
     "结转至2020年",
     "the 2020 balance is carried over into 2020 itself; must be a later year (2021)", False),
    ("kelan-popcensus-2020", 6, "average_mismatch",
     "平均每期210.67人次", "平均每期158.00人次",
     "平均每期158.00人次",
     "(118 + 264 + 250) / 3 = 210.67; 158.00 divides the 632 by 4 sessions", False),

    # ---------------- luotian-econcensus-2019 (Hubei, 四经普, 20+80) ----------------
    ("luotian-econcensus-2019", 1, "balance_mismatch",
     "年末结余11.76万元，已结转", "年末结余8.76万元，已结转",
     "结余8.76万元",
     "到位 61.36 − 执行 49.60 = 11.76; 8.76 subtracts from the initial budget 58.36", False),
    ("luotian-econcensus-2019", 2, "sum_mismatch",
     "市级补助6.00万元", "市级补助8.00万元",
     "当年财政拨款49.00万元（中央补助18.00万元、省级补助10.00万元、市级补助8.00万元",
     "18.00 + 10.00 + 8.00 + 15.00 = 51.00, stated 49.00 (市级 retyped; 52.00 − 3.00 追加 = 49.00)", False),
    ("luotian-econcensus-2019", 3, "weight_sum_mismatch",
     "| 88.20% | 10 | 9.00 |", "| 88.20% | 15 | 9.00 |",
     "15 | 9.00 | 新设单位信息核实中 |\n| 满意度指标 | 服务对象满意度指标 | 普查对象满意度 | ≥90% | 79.20% | 10 | 8.80 | 减少重复入户 |\n| 总分 | | | | | 100",
     "名录库 weight copied down as 15: weights 20+45+30+10 = 105 against 总分 100 (效益 block 30 instead of 25)", False),
    ("luotian-econcensus-2019", 4, "grade_mismatch",
     "评价等级为良。", "评价等级为优。",
     "评价等级为优",
     "89.54 is in the 良 band (80 ≤ s < 90); 优 needs 90", False),
    ("luotian-econcensus-2019", 5, "conflicting_values",
     "| ≥2800个 | 2846个 |", "| ≥2800个 | 2864个 |",
     "2864个",
     "法人单位登记数 is 2,846 in the text (and 2846 − 2800 = 46 over target); table says 2864", False),
    ("luotian-econcensus-2019", 6, "implausible_rate",
     "| 其他资金 | 0.00 | 0.00 | 0.00 | — | — | — |", "| 其他资金 | 0.00 | 0.00 | 0.00 | — | 100% | — |",
     "0.00 | — | 100%",
     "execution rate 100% printed on a zero budget (其他资金 0.00)", False),

    # ---------------- chongyi-econcensus-2023 (Jiangxi, 五经普清查) ----------------
    ("chongyi-econcensus-2023", 1, "rate_mismatch",
     "支出23.94万元，执行率96.53%；", "支出23.94万元，执行率99.75%；",
     "执行率99.75%",
     "清查阶段 23.94 / 24.80 = 96.53%; 99.75% divides by the allowance subtotal 24.00", False),
    ("chongyi-econcensus-2023", 2, "score_sum_mismatch",
     "| 10 | 9.85 | 比对", "| 10 | 9.58 | 比对",
     "9.58 | 比对注册信息，2024年3月底前完成 |\n| 满意度指标 | 服务对象满意度指标 | 普查对象满意度 | ≥90% | 94.25% | 10 | 10 | |\n| 预算执行率 | | | 100% | 91.00% | 10 | 9.10 | |\n| 总分 | | | | | 100 | 98.95",
     "row scores now add to 98.68 (9.85 retyped as 9.58) while 总分 stays 98.95", False),
    ("chongyi-econcensus-2023", 3, "completion_mismatch",
     "指标完成率100%", "指标完成率62.00%",
     "完成率62.00%",
     "漏报率 0.31% within ≤0.5%: completion 100%; 62.00% = 0.31/0.5 as if gte", False),
    ("chongyi-econcensus-2023", 4, "year_mismatch",
     "截至2023年12月31日，项目累计", "截至2022年12月31日，项目累计",
     "截至2022年12月31日",
     "the 2023 report dates its cumulative spending at the end of 2022 (last year's wording left in)", False),
    ("chongyi-econcensus-2023", 5, "unit_mismatch",
     "| ≤1% | 0.77% |", "| ≤1% | 5份 |",
     "≤1% | 5份",
     "target is a rate (≤1%), actual a count of forms (5份)", False),
    ("chongyi-econcensus-2023", 6, "average_mismatch",
     "平均每期80人", "平均每期87.25人",
     "平均每期87.25人",
     "(46 + 168 + 75 + 60 + 51) / 5 = 80; 87.25 is the mean of the first four sessions only", False),

    # ---------------- yanshan-agricensus-2025 (Jiangxi, 四农普前期) ----------------
    ("yanshan-agricensus-2025", 1, "balance_mismatch",
     "年末结余5.80万元，结转至2026年", "年末结余8.20万元，结转至2026年",
     "结余8.20万元",
     "到位 30.40 − 执行 24.60 = 5.80; 8.20 is 全年预算 32.80 − 24.60 although 2.40 never arrived", False),
    ("yanshan-agricensus-2025", 2, "sum_mismatch",
     "2027年正式登记92.30万元", "2027年正式登记93.20万元",
     "全周期经费预算186.50万元，其中2025年前期准备32.80万元、2026年清查38.60万元、2027年正式登记93.20万元",
     "32.80 + 38.60 + 93.20 + 22.80 = 187.40, stated 186.50 (92.30 retyped)", False),
    ("yanshan-agricensus-2025", 3, "grade_mismatch",
     "评价等级为“良”", "评价等级为“中”",
     "评价等级为“中”",
     "80.49 is in the 良 band; the 80 lower bound is inclusive", False),
    ("yanshan-agricensus-2025", 4, "score_sum_mismatch",
     "| 10 | 6.00 | 2026年一季度印发 |", "| 10 | 8.00 | 2026年一季度印发 |",
     "8.00 | 2026年一季度印发 |\n| | | 乡镇普查机构组建率 | =100% | 100% | 10 | 10 | |\n| 满意度指标 | 服务对象满意度指标 | 基层普查人员满意度 | ≥90% | 76.00% | 10 | 8.44 | 合理确定补助标准 |\n| 预算执行指标 | 预算执行率 | 预算执行率 | 100% | 75.00% | 10 | 7.50 | 市级资金到位迟 |\n| 合计 | | | | | 100 | 80.49",
     "规范 row re-scored 6.00 → 8.00 without updating the total: rows add to 82.49, 合计 80.49", False),
    ("yanshan-agricensus-2025", 5, "implausible_rate",
     "实际支出5.62万元，执行率96.90%", "实际支出6.12万元，执行率105.52%",
     "6.12万元，执行率105.52%",
     "试点 spending 6.12 above its 5.80 budget: execution rate 105.52% (> 100%)", False),
    ("yanshan-agricensus-2025", 6, "conflicting_values",
     "试点共登记186户", "试点共登记168户",
     "168户",
     "the pilot registered 186 households (三、组织实施情况); 四、(三) says 168", False),

    # ---------------- tongshan-popsample-2025 (Hubei, 1%人口抽样) ----------------
    ("tongshan-popsample-2025", 1, "weight_sum_mismatch",
     "| 91.90% | 10 | 9.19 |", "| 91.90% | 20 | 9.19 |",
     TONGSHAN_W_VALUE,
     "execution weight written as 20 (Hubei 20-point template): weights add to 110 against 总分 100", False),
    ("tongshan-popsample-2025", 2, "score_exceeds_weight",
     "| 6 | 6 | |\n| | 成本指标 | 户均登记成本 | ≤60元/户 | 51.49元/户 | 5 | 5 | |",
     "| 6 | 5 | |\n| | 成本指标 | 户均登记成本 | ≤60元/户 | 51.49元/户 | 5 | 6 | |",
     "51.49元/户 | 5 | 6",
     "scores of the adjacent 时效/成本 rows swapped: cost row scores 6 against weight 5 (total unchanged)", True),
    ("tongshan-popsample-2025", 3, "rate_mismatch",
     "支出35.38万元，预算执行率91.90%，结余", "支出35.38万元，预算执行率91.09%，结余",
     "预算执行率91.09%",
     "35.38 / 38.50 = 91.90%; digits transposed", False),
    ("tongshan-popsample-2025", 4, "unit_mismatch",
     "| ≤60元/户 | 51.49元/户 |", "| ≤60元/户 | 85.82% |",
     "≤60元/户 | 85.82%",
     "target in 元/户, actual written as a percentage (51.49/60)", False),
    ("tongshan-popsample-2025", 5, "year_mismatch",
     "年度：2025年", "年度：2024年",
     "年度：2024年",
     "the 2025 report's 自评表 header names 2024 (template of the previous year)", False),
    ("tongshan-popsample-2025", 6, "grade_mismatch",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良",
     "90.83 is in the 优 band (≥ 90)", False),
]

def edits():
    out = []
    for e in EDITS:
        proj, n, code, old, new, value, expl, rows2 = e
        out.append(dict(project=proj, n=n, code=code, old=old, new=new, value=value,
                        explanation=expl, rows2=rows2))
    return out


def main():
    labels = []
    by_proj = {}
    for e in edits():
        by_proj.setdefault(e["project"], []).append(e)
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for e in sorted(by_proj.get(proj, []), key=lambda x: x["n"]):
            cnt = clean.count(e["old"])
            if cnt != 1:
                sys.exit(f"{proj} e{e['n']}: old string occurs {cnt} times in clean draft")
            text = clean.replace(e["old"], e["new"], 1)
            name = f"{proj}-e{e['n']}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error",
                                         "value": e["value"], "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels ({sum(1 for l in labels if not l['clean'])} error cases)")


if __name__ == "__main__":
    main()
