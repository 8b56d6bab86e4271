#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n165 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is a short exact substring of the error case that contains the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, [(code, old, new, value, explanation), ... six edits ...])
EDITS = [
    ("fengjie-dibao-2022", [
        ("rate_mismatch",
         "执行23,210.00万元，执行率98.52%",
         "执行23,210.00万元，执行率98.25%",
         "执行率98.25%",
         "2021 comparison figures: 23,210.00 / 23,558.00 = 98.52%, stated 98.25% (digits transposed)"),
        ("balance_mismatch",
         "未支出的447.44万元",
         "未支出的474.44万元",
         "474.44万元",
         "unspent = 23,860.00 - 23,412.56 = 447.44, stated 474.44"),
        ("year_mismatch",
         "已按规定结转至2023年继续",
         "已按规定结转至2022年继续",
         "结转至2022年",
         "money left over in the 2022 report is carried to 2022 itself; it must go to 2023"),
        ("score_exceeds_weight",
         "低保金按月足额发放率\t100%\t100%\t10\t10\t\n\t成本指标\t城市低保标准\t≥700元/人·月\t700元/人·月\t5\t5",
         "低保金按月足额发放率\t100%\t100%\t10\t5\t\n\t成本指标\t城市低保标准\t≥700元/人·月\t700元/人·月\t5\t10",
         "城市低保标准\t≥700元/人·月\t700元/人·月\t5\t10",
         "scores of two adjacent rows swapped: 城市低保标准 now scores 10 against a weight of 5 (the total 99.34 still adds up)"),
        ("unit_mismatch",
         "城市低保保障人数\t≥6000人\t6215人",
         "城市低保保障人数\t≥6000人\t103.58%",
         "≥6000人\t103.58%",
         "target is a head count (人), actual written as a percentage (6215/6000 typed into the actual column)"),
        ("weight_sum_mismatch",
         "≥560元/人·月\t560元/人·月\t5\t5",
         "≥560元/人·月\t560元/人·月\t6\t5",
         "560元/人·月\t6\t5",
         "weight of 农村低保标准 typed as 6: weights now total 101 (产出 51)"),
    ]),
    ("yingshang-liangbu-2023", [
        ("average_mismatch",
         "季度平均365.76万元",
         "季度平均365.67万元",
         "季度平均365.67万元",
         "(365.12 + 366.40 + 365.92 + 365.60) / 4 = 365.76, stated 365.67"),
        ("sum_mismatch",
         "县级资金1,080.00万元",
         "县级资金1,008.00万元",
         "县级资金1,008.00万元",
         "全年预算2,700.00 = 省级1,620.00 + 县级; 1,620.00 + 1,008.00 = 2,628.00"),
        ("implausible_rate",
         "\t其他资金\n\t0\n\t0\n\t0\n\t—\n\t—",
         "\t其他资金\n\t0\n\t0\n\t0\n\t—\n\t100%",
         "其他资金\n\t0\n\t0\n\t0\n\t—\n\t100%",
         "execution rate 100% printed on a zero base (其他资金 0 / 0)"),
        ("score_sum_mismatch",
         "93.6%\n\t10\n\t10\n\t\n\n\t总分",
         "93.6%\n\t10\n\t9\n\t\n\n\t总分",
         "93.6%\n\t10\n\t9\n\t\n\n\t总分\n\t\n\t\n\t\n\t\n\t100\n\t97.16",
         "satisfaction row scored 9: row scores add to 96.16, the stated total is 97.16"),
        ("completion_mismatch",
         "为年度指标值的93.57%",
         "为年度指标值的95.37%",
         "95.37%",
         "completion = 91.7% / 98% = 93.57%, stated 95.37%"),
        ("conflicting_values",
         "1,463.04万元，月均发放15,240人",
         "1,463.04万元，月均发放15,420人",
         "月均发放15,420人",
         "护理补贴 monthly recipients 15,420 here but 15,240 in section 四 and in the table"),
    ]),
    ("zhushan-tekun-2019", [
        ("completion_mismatch",
         "≥1300人 1262人 97.08%",
         "≥1300人 1262人 97.80%",
         "1262人 97.80%",
         "completion = 1262 / 1300 = 97.08%, stated 97.80%"),
        ("grade_mismatch",
         "综合评分94.04分，评价等级为“优”",
         "综合评分94.04分，评价等级为“良”",
         "评价等级为“良”",
         "94.04 is in the 优 band (>= 90), stated 良"),
        ("sum_mismatch",
         "照料护理费512.40万元",
         "照料护理费521.40万元",
         "照料护理费521.40万元",
         "2,948.36 + 521.40 + 242.42 = 3,712.18, but the total spent is 3,703.18"),
        ("weight_sum_mismatch",
         "4856人 101.17% 8 8",
         "4856人 101.17% 9 8",
         "101.17% 9 8",
         "weight of 分散供养人数 typed as 9: weights total 101 (产出 51)"),
        ("conflicting_values",
         "年末集中供养特困人员1,262人",
         "年末集中供养特困人员1,226人",
         "集中供养特困人员1,226人",
         "集中供养 1,226 in the text, 1262 in the table"),
        ("rate_mismatch",
         "3703.18 10 87.43% 8.74",
         "3703.18 10 87.34% 8.74",
         "87.34%",
         "3,703.18 / 4,235.60 = 87.43%, stated 87.34%"),
    ]),
    ("kuqa-linshijiuzhu-2024", [
        ("unit_mismatch",
         "急难型临时救助2,318人次、支出402.18万元",
         "急难型临时救助2,318人次、支出4021800万元",
         "4021800万元",
         "402.18万元 written as its 元 figure with the unit 万元 (off by 10^4); 急难型 + 支出型 must give 892.64"),
        ("year_mismatch",
         "项目支出绩效自评表\n（2024年度）",
         "项目支出绩效自评表\n（2023年度）",
         "（2023年度）",
         "the self-evaluation table of the 2024 report is headed 2023年度 (last year's template)"),
        ("grade_mismatch",
         "评价等级｜良",
         "评价等级｜优",
         "评价等级｜优",
         "total 86.34 is in the 良 band (80-90), stated 优"),
        ("score_sum_mismatch",
         "产出指标得分45.59分",
         "产出指标得分45.95分",
         "产出指标得分45.95分",
         "7.97 + 45.95 + 23 + 9.78 = 86.70, stated total 86.34; the 产出 rows add to 45.59"),
        ("balance_mismatch",
         "未支出的227.36万元",
         "未支出的272.36万元",
         "272.36万元",
         "unspent = 1,120.00 - 892.64 = 227.36, stated 272.36"),
        ("score_exceeds_weight",
         "｜10｜6.67｜推行限时办结\n产出指标｜成本指标｜人均救助水平｜≥1000元｜1202元｜5｜5｜",
         "｜10｜5｜推行限时办结\n产出指标｜成本指标｜人均救助水平｜≥1000元｜1202元｜5｜6.67｜",
         "1202元｜5｜6.67",
         "scores of two adjacent rows swapped: 人均救助水平 scores 6.67 against a weight of 5 (the total still adds up)"),
    ]),
    ("shaowu-homecare-2021", [
        ("implausible_rate",
         "其他资金（福彩公益金）预算0万元，未发生支出。",
         "其他资金（福彩公益金）预算0万元，执行率100%。",
         "预算0万元，执行率100%",
         "an execution rate of 100% on a budget of 0万元 (zero base)"),
        ("average_mismatch",
         "平均每个30.00万元",
         "平均每个30.50万元",
         "平均每个30.50万元",
         "(31.20 + 29.60 + 30.40 + 28.80) / 4 = 30.00, stated 30.50"),
        ("balance_mismatch",
         "| 452.50 | 452.50 | 437.60 | 14.90 | 100% |",
         "| 452.50 | 452.50 | 437.60 | 14.09 | 100% |",
         "437.60 | 14.09",
         "结余 = 到位 452.50 - 支出 437.60 = 14.90, stated 14.09"),
        ("completion_mismatch",
         "完成年度目标任务150户的94.67%",
         "完成年度目标任务150户的96.47%",
         "96.47%",
         "completion = 142 / 150 = 94.67%, stated 96.47%"),
        ("rate_mismatch",
         "| 437.60 | 10 | 96.71% | 9.67 |",
         "| 437.60 | 10 | 96.17% | 9.67 |",
         "96.17%",
         "437.60 / 452.50 = 96.71%, stated 96.17%"),
        ("conflicting_values",
         "| ≥150户 | 142户 |",
         "| ≥150户 | 124户 |",
         "≥150户 | 124户",
         "适老化改造 124户 in the table, 142户 in the text (and 56.80万元 at 4,000元 per household = 142)"),
    ]),
]


def main():
    labels = []
    for source, edits in EDITS:
        assert len(edits) == 6, source
        with open(os.path.join(CASES, f"{source}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{source}-clean.txt", "source": source, "clean": True, "expected": []})
        for i, (code, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{source} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{source} e{i}: value not in case: {value!r}")
            name = f"{source}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": source, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
