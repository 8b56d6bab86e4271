#!/usr/bin/env python3
"""Regenerate the error cases (cases/<id>-eN.txt) and labels.jsonl from the clean drafts.

Each error is a list of (old, new) replacements applied to the clean draft; every `old` must occur
exactly once in the clean draft.  A single replacement is one contiguous edit of at most 16 characters
within one line; score-row errors may touch two adjacent table rows (two replacements).
`value` is the exact substring of the error case that carries the wrong figure (for sum-type codes it
runs from the changed part to the total, or from the total to the changed part).

Pure Python 3, no third-party dependencies.  Usage: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "bj-shijingshan-oldcomm-2021",
    "hb-lianchi-rentalhousing-2023",
    "hb-qiaoxi-oldcomm-2020",
    "sd-zhangdian-rentalhousing-2024",
    "sd-zhifu-oldcomm-2022",
]

# project -> list of errors, in case order e1, e2, ...
ERRORS = {
    "bj-shijingshan-oldcomm-2021": [
        dict(code="rate_mismatch",
             edits=[("预算执行率96.42%", "预算执行率94.62%")],
             value="预算执行率94.62%",
             explanation="8,697.45 / 9,020.00 = 96.42% (as in the score table); the text retypes it as 94.62%"),
        dict(code="unit_mismatch",
             edits=[("监理费286.50万元", "监理费2865000万元")],
             value="2865000万元",
             explanation="监理费 copied from the contract in 元 (2,865,000元) but labelled 万元: "
                         "298.60 + 286.50 + 217.80 = 802.90 only when this amount is read as 286.50万元 (off by 10^4)"),
        dict(code="score_sum_mismatch",
             edits=[("｜1｜4｜2个小区设计变更", "｜1.5｜3.5｜2个小区设计变更")],
             value="1.5｜3.5｜2个小区设计变更签证资料不全；部分隐蔽工程影像资料缺失\n过程小计｜20｜｜1.18｜18.82",
             explanation="制度执行有效性 deduction raised to 1.5 (score 3.5) without updating the subtotal: "
                         "process rows now give 扣分 1.68 / 得分 18.32, subtotal still reads 1.18 / 18.82"),
        dict(code="grade_mismatch",
             edits=[("评价得分93.75分，评价等级为“优”", "评价得分93.75分，评价等级为“良”")],
             value="评价等级为“良”",
             explanation="93.75 lies in the 优 band (90 and above), the conclusion says 良"),
        dict(code="conflicting_values",
             edits=[("居民3,286户，建筑面积24.86万平方米", "居民3,268户，建筑面积24.86万平方米")],
             value="3,268户",
             explanation="households retyped as 3,268户 in the overview; the outputs section gives 3,286户 "
                         "(completion 102.69% = 3,286 / 3,200)"),
        dict(code="year_mismatch",
             edits=[("结转至2022年继续使用", "结转至2021年继续使用")],
             value="结转至2021年继续使用",
             explanation="unspent money of the 2021 budget cannot be carried over into 2021 itself (should be 2022)"),
    ],
    "hb-lianchi-rentalhousing-2023": [
        dict(code="implausible_rate",
             edits=[("上年结转资金｜0.00｜0.00｜0.00｜—", "上年结转资金｜0.00｜0.00｜0.00｜100%")],
             value="上年结转资金｜0.00｜0.00｜0.00｜100%",
             explanation="execution rate 100% printed on a zero 全年预算 (上年结转 0.00): rate on a zero base"),
        dict(code="balance_mismatch",
             edits=[("年末结转资金277.84万元", "年末结转资金272.84万元")],
             value="结转资金272.84万元",
             explanation="3,680.00 - 3,402.16 = 277.84, stated 272.84 (all funds 到位)"),
        dict(code="completion_mismatch",
             edits=[("1,680.00元/平方米｜100%", "1,680.00元/平方米｜93.33%")],
             value="1,680.00元/平方米｜93.33%",
             explanation="≤1,800元/平方米 target met by 1,680.00, completion is 100%; 93.33% is actual/target computed "
                         "as if it were a ≥ indicator"),
        dict(code="score_exceeds_weight",
             edits=[("｜2.8｜4.2｜原供销社", "｜3.3｜3.7｜原供销社"),
                    ("｜8｜≤1,800元/平方米得满分｜0｜8｜—", "｜8｜≤1,800元/平方米得满分｜-0.5｜8.5｜—")],
             value="-0.5｜8.5",
             explanation="cost row (分值 8) given 8.5 as a 0.5 bonus (扣分 -0.5); the adjacent 时效 row was cut by 0.5 "
                         "so the total still reads 89.74"),
        dict(code="average_mismatch",
             edits=[("21.6元、19.8元、23.4元", "21.6元、18.9元、23.4元")],
             value="18.9元、23.4元，平均21.60元",
             explanation="(21.6 + 18.9 + 23.4) / 3 = 21.30, stated average 21.60 (19.8 retyped as 18.9)"),
        dict(code="weight_sum_mismatch",
             edits=[("时效指标7分", "时效指标10分")],
             value="产出指标50分，其中数量指标20分、质量指标15分、时效指标10分",
             explanation="20 + 15 + 10 + 8 = 53 ≠ 50 (the 时效 weight of an earlier draft left in; the table gives 7)"),
    ],
    "hb-qiaoxi-oldcomm-2020": [
        dict(code="sum_mismatch",
             edits=[("区级配套资金2,640.00万元", "区级配套资金2,460.00万元")],
             value="全年预算10,350.00万元，其中中央补助资金4,210.00万元、地方政府专项债券资金3,500.00万元、区级配套资金2,460.00万元",
             explanation="4,210.00 + 3,500.00 + 2,460.00 = 10,170.00 ≠ 10,350.00 (区级 2,640.00 transposed)"),
        dict(code="weight_sum_mismatch",
             edits=[("过程20分、产出40分", "过程25分、产出40分")],
             value="决策15分、过程25分、产出40分、效益25分，合计100分",
             explanation="15 + 25 + 40 + 25 = 105 ≠ 100 (the process weight of another framework left in)"),
        dict(code="year_mismatch",
             edits=[("截至2020年12月31日", "截至2019年12月31日")],
             value="截至2019年12月31日",
             explanation="spending of the 2020 project stated as at 31 Dec 2019 (last year's template date)"),
        dict(code="rate_mismatch",
             edits=[("资金到位率94.88%", "资金到位率96.91%")],
             value="资金到位率96.91%",
             explanation="到位率 = 9,820.00 / 10,350.00 = 94.88%; 96.91% is 执行 / 到位 (9,516.37 / 9,820.00), wrong base"),
        dict(code="grade_mismatch",
             edits=[("项目评价得分90.00分，评价等级为“优”", "项目评价得分90.00分，评价等级为“良”")],
             value="评价等级为“良”",
             explanation="90.00 is the inclusive lower bound of 优; stated 良"),
        dict(code="completion_mismatch",
             edits=[("按期完成率91.30%", "按期完成率95.65%")],
             value="按期完成率95.65%",
             explanation="21 of 23 小区 on time = 91.30%; 95.65% is 22/23"),
    ],
    "sd-zhangdian-rentalhousing-2024": [
        dict(code="average_mismatch",
             edits=[("分别为93.2%、95.6%", "分别为92.3%、95.6%")],
             value="92.3%、95.6%、91.7%，平均93.50%",
             explanation="(92.3 + 95.6 + 91.7) / 3 = 93.20%, stated average 93.50% (93.2 retyped as 92.3)"),
        dict(code="implausible_rate",
             edits=[("已出租698套，出租率92.82%", "已出租798套，出租率106.12%")],
             value="798套，出租率106.12%",
             explanation="798 rented out of 752 units: occupancy 106.12% is impossible (arithmetic itself consistent)"),
        dict(code="score_sum_mismatch",
             edits=[("产出｜40｜39.50｜37.97", "产出｜40｜39.00｜37.97")],
             value="39.00｜37.97\n效益｜30｜30.00｜27.92\n合计｜100｜99.00",
             explanation="unit self-scores 10.00 + 19.50 + 39.00 + 30.00 = 98.50, total still 99.00"),
        dict(code="unit_mismatch",
             edits=[("｜≥1,300人｜1,372人｜", "｜≥1,300人｜105.54%｜")],
             value="≥1,300人｜105.54%",
             explanation="target in 人, actual written as a percentage (the completion rate typed into the actual column)"),
        dict(code="conflicting_values",
             edits=[("发放金额749.16万元", "发放金额794.16万元")],
             value="发放金额794.16万元",
             explanation="subsidy paid is 749.16万元 in the execution table (and 12,486人·月 × 600元 = 749.16万元)"),
        dict(code="balance_mismatch",
             edits=[("结余资金36.04万元", "结余资金30.84万元")],
             value="结余资金30.84万元",
             explanation="1,900.00 - 1,863.96 = 36.04; 30.84 is only the subsidy part (780.00 - 749.16)"),
    ],
    "sd-zhifu-oldcomm-2022": [
        dict(code="score_exceeds_weight",
             edits=[("决策｜15｜15.00｜11.50", "决策｜15｜15.50｜11.50"),
                    ("过程｜20｜18.50｜15.61", "过程｜20｜18.00｜15.61")],
             value="决策｜15｜15.50",
             explanation="unit self-score 15.50 above the 15-point weight of 决策 (0.5 moved from 过程, so the self total still reads 92.50)"),
        dict(code="sum_mismatch",
             edits=[("市级补助资金900.00万元", "市级补助资金960.00万元")],
             value="年初预算9,600.00万元，其中中央补助资金5,840.00万元、省级补助资金1,260.00万元、市级补助资金960.00万元",
             explanation="5,840.00 + 1,260.00 + 960.00 + 1,600.00 = 9,660.00 ≠ 9,600.00"),
        dict(code="completion_mismatch",
             edits=[("｜26部｜65.00%", "｜26部｜153.85%")],
             value="26部｜153.85%",
             explanation="≥40部 target, 26部 done: completion 65.00%; 153.85% is target/actual (inverted base)"),
        dict(code="conflicting_values",
             edits=[("提前下达中央补助资金5,840.00万元", "提前下达中央补助资金5,480.00万元")],
             value="提前下达中央补助资金5,480.00万元",
             explanation="the same advance central subsidy is 5,840.00万元 in the budget sentence (which sums to 9,600.00)"),
        dict(code="rate_mismatch",
             edits=[("预算执行率85.18%，低于90%", "预算执行率81.63%，低于90%")],
             value="预算执行率81.63%",
             explanation="7,836.48 / 9,200.00 = 85.18%; 81.63% divides by the initial budget 9,600.00 instead of the adjusted one"),
        dict(code="unit_mismatch",
             edits=[("智能安防180.00万元", "智能安防1800000万元")],
             value="1800000万元",
             explanation="智能安防 1,800,000元 written with the unit 万元: 386.40 + 647.72 + 180.00 = 1,214.12 only "
                      "when read as 180.00万元 (off by 10^4)"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def apply_edits(clean, edits, where):
    text = clean
    for old, new in edits:
        n = clean.count(old)
        if n != 1:
            sys.exit(f"{where}: edit anchor occurs {n} times in the clean draft: {old!r}")
        text = text.replace(old, new, 1)
    return text


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, err in enumerate(ERRORS[pid], 1):
            name = f"{pid}-e{i}.txt"
            text = apply_edits(clean, err["edits"], name)
            if text.count(err["value"]) != 1:
                sys.exit(f"{name}: value occurs {text.count(err['value'])} times: {err['value']!r}")
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": err["code"], "severity": "error",
                                         "value": err["value"], "explanation": err["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_err = sum(1 for r in labels if not r["clean"])
    print(f"built {n_err} error cases from {len(PROJECTS)} clean drafts; {len(labels)} labels")


if __name__ == "__main__":
    main()
