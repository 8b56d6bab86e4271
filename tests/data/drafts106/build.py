#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of this set from the clean drafts.

Each edit replaces one exact string `old` (which must occur exactly once in the clean draft) by `new`.
The label's `value` is either given directly (`value`) or, for sum/score-sum/weight-sum errors, as a
span (`span_from`, `span_to`): from the first occurrence of `span_from` in the error case to the end
of the first occurrence of `span_to` after it (changed row ... total row).
`rows=2` marks a score-row edit that touches two adjacent table rows (allowed by the brief).
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "luqiao-tezhongshebei-2021",
    "gaoyao-jiliangqiangjian-2023",
    "jinjiang-diantianquan-2019",
    "longyou-qiping-2018",
    "puning-jiliangsuo-2024",
]

EDITS = {
    # ---------------- 台州市路桥区 2021 特种设备定期检验 ----------------
    "luqiao-tezhongshebei-2021": [
        dict(code="rate_mismatch",
             old="区级资金执行423.23万元，执行率96.19%",
             new="区级资金执行423.23万元，执行率90.32%",
             value="423.23万元，执行率90.32%",
             explanation="district funds 423.23 / district budget 440.00 = 96.19%; 90.32% divides by the whole "
                         "full-year budget 468.60 (wrong base)"),
        dict(code="sum_mismatch",
             old="监督抽查检测费48.74万元",
             new="监督抽查检测费47.84万元",
             span_from="全年执行451.83万元，其中", span_to="监督抽查检测费47.84万元",
             explanation="retyped item: 283.15 + 18.00 + 24.00 + 56.80 + 47.84 + 12.50 + 8.64 = 450.93, "
                         "stated total 451.83 (item should be 48.74)"),
        dict(code="unit_mismatch",
             old="安全培训宣传费8.64万元",
             new="安全培训宣传费86400万元",
             value="86400万元",
             explanation="the 元 figure 86400元 (= 8.64万元) labelled 万元; with 8.64 the items add up to 451.83"),
        dict(code="weight_sum_mismatch",
             old="| 检验报告出具及时率 | ≥98% | 99.36% | 5 | 5 |",
             new="| 检验报告出具及时率 | ≥98% | 99.36% | 8 | 5 |",
             span_from="检验报告出具及时率 | ≥98% | 99.36% | 8", span_to="| 总分 | 总分 | 总分 | — | — | 100",
             explanation="weight raised 5 -> 8 without rebalancing: weights now total 103 (产出 53), total row says 100"),
        dict(code="conflicting_values",
             old="本年度完成特种设备定期检验13882台次",
             new="本年度完成特种设备定期检验12852台次",
             value="定期检验12852台次",
             explanation="last year's total (2020: 12,852) left in the conclusion; the 2021 inspections are "
                         "13882台次 in the text, both tables and the 自评表"),
        dict(code="completion_mismatch",
             old="| 二季度 | 3,400 | 3,506 | 103.12% |",
             new="| 二季度 | 3,400 | 3,506 | 103.21% |",
             value="3,506 | 103.21%",
             explanation="Q2 3506 / 3400 = 103.12%, stated 103.21% (digits transposed)"),
    ],
    # ---------------- 肇庆市高要区 2023 民生计量器具强制检定 ----------------
    "gaoyao-jiliangqiangjian-2023": [
        dict(code="balance_mismatch",
             old="年末结余6.43万元",
             new="年末结余4.85万元",
             value="结余4.85万元",
             explanation="152.80 received - 146.37 spent = 6.43; 4.85 is only the district part (96.80 - 91.95)"),
        dict(code="score_sum_mismatch",
             old="| 93.60% | 98.53% | 10 | 9.85 |",
             new="| 93.60% | 98.53% | 10 | 9.58 |",
             span_from="民生计量器具受检率 | ≥95% | 93.60% | 98.53% | 10 | 9.58", span_to="| 100 | 99.43",
             explanation="row score retyped 9.85 -> 9.58 (the execution score's digits) without the total: "
                         "rows now sum to 99.16, stated 99.43"),
        dict(code="average_mismatch",
             old="平均98.95%",
             new="平均98.59%",
             value="平均98.59%",
             explanation="(97.6 + 98.8 + 99.4 + 100) / 4 = 98.95, stated 98.59"),
        dict(code="implausible_rate",
             old="| 上年结转 | 0.00 | 0.00 | 0.00 | 0.00 | — | — |",
             new="| 上年结转 | 0.00 | 0.00 | 0.00 | 0.00 | — | 100.00% |",
             value="0.00 | — | 100.00% |",
             explanation="execution rate 100.00% printed for the carry-over row whose budget is 0.00: a rate on a zero base"),
        dict(code="completion_mismatch",
             old="| 26266台件 | 105.06% |",
             new="| 26266台件 | 105.60% |",
             value="26266台件 | 105.60%",
             explanation="26266 / 25000 = 105.06%, stated 105.60%"),
        dict(code="rate_mismatch",
             old="| 18.42 | 100.00% | 92.10% |",
             new="| 18.42 | 100.00% | 92.01% |",
             value="18.42 | 100.00% | 92.01%",
             explanation="municipal funds 18.42 / 20.00 = 92.10%, stated 92.01%"),
    ],
    # ---------------- 晋江市 2019 电梯安全监管 ----------------
    "jinjiang-diantianquan-2019": [
        dict(code="sum_mismatch",
             old="| 96333应急救援平台运维 | — | — | 48.00 |",
             new="| 96333应急救援平台运维 | — | — | 84.00 |",
             span_from="96333应急救援平台运维 | — | — | 84.00", span_to="| 合计 | — | — | 728.96",
             explanation="599.52 + 33.48 + 7.56 + 30.60 + 84.00 + 9.80 = 764.96, 合计 says 728.96 (48.00 retyped as 84.00)"),
        dict(code="score_exceeds_weight", rows=2,
             old="| 5 | 3.10 | 服务采购启动晚；2020年一季度完成采购 |\n| 产出指标 | 数量指标 | 老旧电梯安全评估 | ≥40台 | 42台 | 5 | 5 |",
             new="| 5 | 5.10 | 服务采购启动晚；2020年一季度完成采购 |\n| 产出指标 | 数量指标 | 老旧电梯安全评估 | ≥40台 | 42台 | 5 | 3.00 |",
             value="维保质量抽查 | ≥300台 | 186台 | 5 | 5.10",
             explanation="score 5.10 above weight 5 (the next row lowered to 3.00 so the total still reads 95.19)"),
        dict(code="grade_mismatch",
             old="自评得分95.19分，评价等级为优",
             new="自评得分95.19分，评价等级为良",
             value="95.19分，评价等级为良",
             explanation="95.19 is in the 优 band (>= 90)"),
        dict(code="conflicting_values",
             old="| ≥19000台次 | 19764台次 |",
             new="| ≥19000台次 | 19746台次 |",
             value="19746台次",
             explanation="自评表 actual retyped: the text and both tables give 19764台次"),
        dict(code="year_mismatch",
             old="年度：2019年度　　金额单位",
             new="年度：2018年度　　金额单位",
             value="年度：2018年度",
             explanation="the 2019 report's 自评表 header claims evaluation year 2018 (last year's template)"),
        dict(code="unit_mismatch",
             old="| ≥300台 | 186台 |",
             new="| ≥300台 | 62.00% |",
             value="≥300台 | 62.00%",
             explanation="target in 台, actual entered as a percentage (the completion rate) instead of 186台"),
    ],
    # ---------------- 龙游县 2018 气瓶安全监管 ----------------
    "longyou-qiping-2018": [
        dict(code="rate_mismatch",
             old="县级资金支出153.36万元，执行率82.45%",
             new="县级资金支出153.36万元，执行率88.87%",
             value="153.36万元，执行率88.87%",
             explanation="153.36 / county budget 186.00 = 82.45%; 88.87% = 153.36 / 172.56 (share of spending, wrong base)"),
        dict(code="score_sum_mismatch",
             old="| ≥2500只 | 2230只 | 7.5 | 6.69 |",
             new="| ≥2500只 | 2230只 | 7.5 | 6.96 |",
             span_from="判废钢瓶回收处置 | ≥2500只 | 2230只 | 7.5 | 6.96", span_to="| 100 | 88.82",
             explanation="row score retyped 6.69 -> 6.96, total left at 88.82: rows now sum to 89.09"),
        dict(code="grade_mismatch",
             old="自评总分88.82分，评价等级为良",
             new="自评总分88.82分，评价等级为优",
             value="88.82分，评价等级为优",
             explanation="88.82 is in the 良 band (80 <= s < 90)"),
        dict(code="implausible_rate",
             old="已整改73处，整改率93.59%",
             new="已整改73处，整改率106.85%",
             value="整改率106.85%",
             explanation="rectified 73 of 78 found = 93.59%; 106.85% is 78/73 (inverted), a rectification rate cannot exceed 100%"),
        dict(code="year_mismatch",
             old="结余资金结转至2019年继续",
             new="结余资金结转至2018年继续",
             value="结转至2018年",
             explanation="the unspent part of the 2018 budget is carried over into 2018 itself"),
        dict(code="balance_mismatch",
             old="年末结余资金37.44万元",
             new="年末结余资金13.44万元",
             value="结余资金13.44万元",
             explanation="210.00 - 172.56 = 37.44; 13.44 is computed on the initial budget 186.00"),
    ],
    # ---------------- 普宁市计量检定测试所 2024 部门整体 ----------------
    "puning-jiliangsuo-2024": [
        dict(code="balance_mismatch",
             old="支出21.40万元，结余3.60万元",
             new="支出21.40万元，结余3.06万元",
             value="21.40万元，结余3.06万元",
             explanation="capacity project 25.00 received - 21.40 spent = 3.60, stated 3.06"),
        dict(code="score_exceeds_weight", rows=2,
             old="| 3项 | 5 | 3.75 |\n| 产出指标 | 质量指标 | 检定证书差错率 | ≤0.1% | 0.03% | 5 | 5 |",
             new="| 3项 | 5 | 5.75 |\n| 产出指标 | 质量指标 | 检定证书差错率 | ≤0.1% | 0.03% | 5 | 3 |",
             value="新增检定校准能力项目 | ≥4项 | 3项 | 5 | 5.75",
             explanation="score 5.75 above weight 5 (next row lowered to 3 so the total still reads 98.59)"),
        dict(code="weight_sum_mismatch",
             old="| 计量纠纷调解办结率 | 100% | 100% | 5 | 5 |",
             new="| 计量纠纷调解办结率 | 100% | 100% | 10 | 5 |",
             span_from="计量纠纷调解办结率 | 100% | 100% | 10", span_to="| 总分 | 总分 | 总分 | — | — | 100",
             explanation="weight 5 -> 10: 效益 weights now 35 and all weights 105, total row says 100"),
        dict(code="average_mismatch",
             old="平均97.20分",
             new="平均97.02分",
             value="平均97.02分",
             explanation="(96.2 + 97.5 + 98.0 + 97.1) / 4 = 97.20, stated 97.02"),
        dict(code="unit_mismatch",
             old="人员经费249.10万元、公用经费30.86万元",
             new="人员经费249.10万元、公用经费308600万元",
             value="308600万元",
             explanation="公用经费 30.86万元 written as its 元 figure 308600 with the unit 万元; 249.10 + 30.86 = 279.96"),
        dict(code="completion_mismatch",
             old="完成抽检126批次，完成目标的105.00%",
             new="完成抽检126批次，完成目标的95.24%",
             value="完成目标的95.24%",
             explanation="126 / 120 = 105.00%; 95.24% is 120/126 (inverted)"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def build():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, e in enumerate(EDITS[pid], 1):
            n = clean.count(e["old"])
            if n != 1:
                raise SystemExit(f"{pid} e{i}: 'old' occurs {n} times in the clean draft")
            text = clean.replace(e["old"], e["new"], 1)
            if "value" in e:
                value = e["value"]
            else:
                s = text.find(e["span_from"])
                t = text.find(e["span_to"], s)
                if s < 0 or t < 0:
                    raise SystemExit(f"{pid} e{i}: span anchors not found")
                value = text[s:t + len(e["span_to"])]
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": value,
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")


if __name__ == "__main__":
    build()
