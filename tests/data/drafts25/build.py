#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n25 from the clean drafts.

Pure Python 3, no third-party packages. Usage: python3 build.py

Every error case is its project's clean draft with exactly one edit from EDITS below:
`old` is an anchor that occurs exactly once in the clean draft and is replaced by `new`.
The changed characters form one contiguous run of at most 16 characters inside one line,
except score-row edits marked rows=2 (two adjacent table rows, at most 16 changed characters
in total). `value` is the label's substring of the case: a plain string, or a pair
(first, last) meaning "from the first occurrence of `first` to the end of the first
following occurrence of `last`" (used for sums over table rows).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "daxing-sciinnovation-2018",
    "tongzhou-energysaving-2020",
    "minhang-publicventure-2021",
    "binhai-tradefair-2022",
    "wuqing-digitaltransform-2023",
    "jiading-aed-2024",
]

# (project, n, code, old, new, value, explanation, rows)
EDITS = [
    # ---- 北京市大兴区科学技术委员会 2018 ----
    ("daxing-sciinnovation-2018", 1, "rate_mismatch",
     "支出38.2150万元，执行率95.5%", "支出38.2150万元，执行率84.9%",
     "执行率84.9%",
     "科普活动 38.2150 / 全年预算 40.0000 = 95.5%; 84.9% is the rate on the 年初预算 45.0000 (before the 5.0000 cut)", 1),
    ("daxing-sciinnovation-2018", 2, "sum_mismatch",
     "市级科技专项转移支付资金160.0000万元", "市级科技专项转移支付资金106.0000万元",
     ("全年预算1,260.0000万元", "转移支付资金106.0000万元"),
     "1,100.0000 + 106.0000 = 1,206.0000, stated total 1,260.0000 (市级 160.0000 retyped as 106.0000)", 1),
    ("daxing-sciinnovation-2018", 3, "score_exceeds_weight",
     "科普活动场次｜≥15场｜16场｜5｜5\n产出指标｜质量指标｜补贴审核差错率｜≤1%｜0%｜5｜5",
     "科普活动场次｜≥15场｜16场｜5｜6\n产出指标｜质量指标｜补贴审核差错率｜≤1%｜0%｜5｜4",
     "科普活动场次｜≥15场｜16场｜5｜6",
     "score 6 above weight 5 (the next row lowered to 4 so the total still reads 98.68)", 2),
    ("daxing-sciinnovation-2018", 4, "average_mismatch",
     "户均14.3256万元", "户均14.6838万元",
     "户均14.6838万元",
     "587.3500 / 41 enterprises = 14.3256; 14.6838 divides by the target count 40", 1),
    ("daxing-sciinnovation-2018", 5, "year_mismatch",
     "截至2018年12月31日", "截至2017年12月31日",
     "截至2017年12月31日",
     "2018 report: the year-end spending figure must be as of 2018-12-31 (last year's template left in)", 1),

    # ---- 北京市通州区发展和改革委员会 2020 ----
    ("tongzhou-energysaving-2020", 1, "balance_mismatch",
     "结余0.5140万元", "结余0.5410万元",
     "结余0.5410万元",
     "宣传活动 15.0000 − 14.4860 = 0.5140, stated 0.5410 (digits swapped)", 1),
    ("tongzhou-energysaving-2020", 2, "score_sum_mismatch",
     "｜86.4%｜96.0%｜10｜9.60", "｜86.4%｜96.0%｜10｜10",
     ("企业及项目单位满意度｜≥90%｜86.4%｜96.0%｜10｜10", "｜100｜89.66"),
     "satisfaction row raised from 9.60 to 10 without the total: rows now sum to 90.06, total still 89.66", 1),
    ("tongzhou-energysaving-2020", 3, "grade_mismatch",
     "评价等级为良", "评价等级为优",
     "自评得分89.66分，评价等级为优",
     "89.66 < 90 is 良, not 优 (rounded up to 90, or the 80-point platform cut-off)", 1),
    ("tongzhou-energysaving-2020", 4, "unit_mismatch",
     "｜≥450万千瓦时｜412.65万千瓦时｜91.7%", "｜≥450万千瓦时｜91.7%｜91.7%",
     "光伏补贴兑付发电量｜≥450万千瓦时｜91.7%",
     "target in 万千瓦时, actual cell holds a percentage (the completion rate copied into 实际完成值)", 1),
    ("tongzhou-energysaving-2020", 5, "completion_mismatch",
     "2.6453万元/家｜100.0%", "2.6453万元/家｜94.5%",
     "2.6453万元/家｜94.5%",
     "≤2.8000 target met → completion 100.0%; 94.5% is actual/target as for a ≥ indicator", 1),

    # ---- 上海市闵行区民政局 2021 ----
    ("minhang-publicventure-2021", 1, "rate_mismatch",
     "节约资金11.6000万元，节支率6.4%", "节约资金11.6000万元，节支率6.9%",
     "节约资金11.6000万元，节支率6.9%",
     "节支率 = 11.6000 / 采购预算 180.0000 = 6.4%; 6.9% is computed on the contract 168.4000", 1),
    ("minhang-publicventure-2021", 2, "weight_sum_mismatch",
     "等级评估奖励社会组织数｜20—30家｜25家｜6｜6", "等级评估奖励社会组织数｜20—30家｜25家｜8｜6",
     ("25家｜8｜6", "合计｜｜｜｜｜100"),
     "weights now sum to 102 (row weight 6 changed to 8), stated 100", 1),
    ("minhang-publicventure-2021", 3, "conflicting_values",
     "2021年共资助公益创投项目36个", "2021年共资助公益创投项目38个",
     "共资助公益创投项目38个",
     "the body, the table and the breakdown (12 + 9 + 15) give 36 projects", 1),
    ("minhang-publicventure-2021", 4, "implausible_rate",
     "上年结转资金｜0.0000｜0.0000｜0.0000｜—", "上年结转资金｜0.0000｜0.0000｜0.0000｜100.0%",
     "上年结转资金｜0.0000｜0.0000｜0.0000｜100.0%",
     "execution rate 100.0% on a zero budget (should be —)", 1),
    ("minhang-publicventure-2021", 5, "average_mismatch",
     "平均90.0分", "平均91.3分",
     "平均91.3分",
     "(92 + 88 + 95 + 90 + 85) / 5 = 90.0; 91.3 is the mean of the first four (浦江镇 85 left out)", 1),

    # ---- 天津市滨海新区商务局 2022 ----
    ("binhai-tradefair-2022", 1, "sum_mismatch",
     "其中线下5场、线上7场", "其中线下5场、线上8场",
     "12场，其中线下5场、线上8场",
     "5 + 8 = 13 sessions, stated 12", 1),
    ("binhai-tradefair-2022", 2, "score_sum_mismatch",
     "支持参展展次｜≥150展次｜143展次｜6｜5.72", "支持参展展次｜≥150展次｜143展次｜6｜5.27",
     ("143展次｜6｜5.27", "｜100｜98.82"),
     "row score retyped 5.27 (for 5.72): rows now sum to 98.37, total 98.82", 1),
    ("binhai-tradefair-2022", 3, "unit_mismatch",
     "支出22.6350万元，执行率94.3%", "支出226350万元，执行率94.3%",
     "226350万元",
     "226,350元 written with the unit 万元: 22.6350万元 (appendix, and 22.6350/24.0000 = 94.3%)", 1),
    ("binhai-tradefair-2022", 4, "year_mismatch",
     "按合同约定结转至2023年支付", "按合同约定结转至2022年支付",
     "结转至2022年",
     "2022 report: money carried over must go to a later year (2023; the payment is due in 2023-03)", 1),
    ("binhai-tradefair-2022", 5, "balance_mismatch",
     "剩余16.8100万元交回", "剩余18.6100万元交回",
     "剩余18.6100万元",
     "信保 540.0000 − 523.1900 = 16.8100, stated 18.6100", 1),

    # ---- 天津市武清区工业和信息化局 2023 ----
    ("wuqing-digitaltransform-2023", 1, "score_exceeds_weight",
     "220家｜110.0%｜6｜6\n产出指标｜数量指标｜认定智能工厂及数字化车间数｜≥12个｜10个｜83.3%｜6｜5.00",
     "220家｜110.0%｜6｜6.60\n产出指标｜数量指标｜认定智能工厂及数字化车间数｜≥12个｜10个｜83.3%｜6｜4.40",
     "220家｜110.0%｜6｜6.60",
     "score 6.60 (= 6 × 110%) above weight 6; the next row lowered to 4.40 so the total still reads 98.71", 2),
    ("wuqing-digitaltransform-2023", 2, "weight_sum_mismatch",
     "其中预算执行率10分、产出指标50分", "其中预算执行率10分、产出指标55分",
     ("满分100分，其中预算执行率10分", "产出指标55分"),
     "10 + 55 + 30 + 10 = 105 ≠ 100; the 产出 rows of the table weigh 50", 1),
    ("wuqing-digitaltransform-2023", 3, "grade_mismatch",
     "98.71分，评价等级为优", "98.71分，评价等级为良",
     "自评得分98.71分，评价等级为良",
     "98.71 is in the 优 band (良 is last year's grade, 88.40)", 1),
    ("wuqing-digitaltransform-2023", 4, "conflicting_values",
     "是补助资金985.4600万元的10倍", "是补助资金958.4600万元的10倍",
     "958.4600万元",
     "the 智能化改造 subsidy is 985.4600万元 in the body, the appendix and the rate 98.5%", 1),
    ("wuqing-digitaltransform-2023", 5, "completion_mismatch",
     "≥200家｜220家｜110.0%", "≥200家｜220家｜122.2%",
     "企业上云补贴家数｜≥200家｜220家｜122.2%",
     "220 / 200 = 110.0%; 122.2% uses last year's target 180", 1),

    # ---- 上海市嘉定区卫生健康委员会 2024 ----
    ("jiading-aed-2024", 1, "rate_mismatch",
     "支出321.6000万元，执行率89.3%", "支出321.6000万元，执行率100.0%",
     "执行率100.0%",
     "321.6000 / 全年预算 360.0000 = 89.3%; 100.0% is spending over the contract amount", 1),
    ("jiading-aed-2024", 2, "implausible_rate",
     "支出17.2620万元，执行率95.9%", "支出19.0620万元，执行率105.9%",
     "19.0620万元，执行率105.9%",
     "spending 19.0620 above the 18.0000 budget: execution rate over 100%", 1),
    ("jiading-aed-2024", 3, "unit_mismatch",
     "人均培训成本57.74元", "人均培训成本57.74万元",
     "57.74万元",
     "765,600元 / 13,260人次 = 57.74元 (table: 57.74元); 57.74万元 is off by 10^4", 1),
    ("jiading-aed-2024", 4, "conflicting_values",
     "第三方抽样调查显示公众急救知识知晓率76.8%", "第三方抽样调查显示公众急救知识知晓率67.8%",
     "知晓率67.8%",
     "the table gives 76.8% (completion 109.7%, full score) for the same survey", 1),
    ("jiading-aed-2024", 5, "completion_mismatch",
     "13,260人次｜110.5%", "13,260人次｜90.5%",
     "13,260人次｜90.5%",
     "13,260 / 12,000 = 110.5%; 90.5% is target/actual", 1),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    first, last = value
    i = text.index(first)
    j = text.index(last, i)
    return text[i:j + len(last)]


def build():
    labels = []
    for pid in PROJECTS:
        clean = read(os.path.join(CASES, f"{pid}-clean.txt"))
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl, rows) in EDITS:
            if p != pid:
                continue
            if clean.count(old) != 1:
                sys.exit(f"{pid}-e{n}: anchor occurs {clean.count(old)} times: {old!r}")
            case = clean.replace(old, new, 1)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": pid, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": resolve_value(case, value), "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")


if __name__ == "__main__":
    build()
