#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts208 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose or in a table; `value` is the exact substring of
the error case that carries the error (it must contain the changed figure).
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "pingyi-huafeichubei-2022",
    "ningyuan-dianshang-2020",
    "lingshan-coldchain-2023",
    "pingan-gxsbumen-2024",
    "suileng-gongxiaogaige-2019",
]

EDITS = {
    # ---------------- 平邑县 (山东) 2022 化肥淡季商业储备, MOF 自评表 ----------------
    "pingyi-huafeichubei-2022": [
        dict(code="score_exceeds_weight", where="table",
             old="2022年1月18日｜5｜5｜\n产出指标｜成本指标｜储备贴息标准｜≤50元/吨｜50元/吨｜10｜10｜",
             new="2022年1月18日｜5｜7｜\n产出指标｜成本指标｜储备贴息标准｜≤50元/吨｜50元/吨｜10｜8｜",
             value="2022年1月18日｜5｜7",
             explanation="时效 row scores 7 against a weight of 5 (2 points shifted from the 成本 row, "
                         "so the total still reads 97.38)"),
        dict(code="implausible_rate", where="table",
             old="上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—",
             new="上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
             value="上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
             explanation="execution rate 100% printed on a zero base (上年结转 0.00 budget, 0.00 spent)"),
        dict(code="rate_mismatch", where="prose",
             old="市级追加的8.00万元支出5.28万元，执行率66.00%",
             new="市级追加的8.00万元支出5.28万元，执行率56.00%",
             value="执行率56.00%",
             explanation="5.28 / 8.00 = 66.00%, stated 56.00%"),
        dict(code="score_sum_mismatch", where="table",
             old="88%｜10｜9.78｜",
             new="88%｜10｜9.87｜",
             value="88%｜10｜9.87｜偏远村投放不及时，下一步增设流动投放点\n总分｜｜｜｜｜100｜97.38",
             explanation="row scores 9.60+15+10+10+5+10+10+10+8+9.87 = 97.47, stated total 97.38 "
                         "(satisfaction score transposed 9.78 -> 9.87)"),
        dict(code="unit_mismatch", where="prose",
             old="支付化肥质量抽检费2.16万元",
             new="支付化肥质量抽检费21600万元",
             value="21600万元",
             explanation="the 2.16万元 (21600元) testing fee written with the unit 万元; with 2.16 the parts "
                         "2.16+1.82+1.30 give the stated 5.28万元"),
        dict(code="year_mismatch", where="table",
             old="项目支出绩效自评表\n（2022年度）",
             new="项目支出绩效自评表\n（2021年度）",
             value="（2021年度）",
             explanation="the 自评表 is headed 2021年度 in the 2022 report (title, budget and indicators are 2022)"),
    ],
    # ---------------- 宁远县 (湖南) 2020 电子商务进农村, Hunan outline, table with 完成率 ----------------
    "ningyuan-dianshang-2020": [
        dict(code="completion_mismatch", where="table",
             old="3260人次｜108.67%",
             new="3260人次｜106.67%",
             value="3260人次｜106.67%",
             explanation="3260 / 3000 = 108.67%, stated 106.67%"),
        dict(code="weight_sum_mismatch", where="table",
             old="｜125%｜10｜10｜共同配送线路增加",
             new="｜125%｜15｜10｜共同配送线路增加",
             value="125%｜15｜10｜共同配送线路增加\n满意度指标｜服务对象满意度指标｜农户及网店经营者满意度｜≥90%｜95%｜105.56%｜10｜10｜\n合计｜｜｜｜｜｜100",
             explanation="weights now total 105 (10 execution + 50 产出 + 35 效益 + 10 满意度) against the stated 100"),
        dict(code="average_mismatch", where="prose",
             old="平均每期163人次",
             new="平均每期136人次",
             value="平均每期136人次",
             explanation="3260人次 / 20期 = 163, stated 136"),
        dict(code="year_mismatch", where="prose",
             old="按规定结转至2021年继续使用",
             new="按规定结转至2020年继续使用",
             value="结转至2020年",
             explanation="the unspent 9.00万元 of the 2020 budget is carried over to 2020 itself"),
        dict(code="sum_mismatch", where="table",
             old="其中：当年财政拨款｜150.00｜150.00｜141.00",
             new="其中：当年财政拨款｜150.00｜150.00｜144.00",
             value="当年财政拨款｜150.00｜150.00｜144.00",
             explanation="全年执行数 column: 144.00 + 30.00 + 0.00 = 174.00, 年度资金总额 171.00"),
        dict(code="conflicting_values", where="prose",
             old="全县已建成村级电商服务点212个",
             new="全县已建成村级电商服务点221个",
             value="村级电商服务点221个",
             explanation="the same count is 212个 in the 自评表 (and 53.00万元 at 2500元 each = 212)"),
    ],
    # ---------------- 灵山县 (广西) 2023 农产品产地冷链, MOF 自评表 ----------------
    "lingshan-coldchain-2023": [
        dict(code="average_mismatch", where="prose",
             old="平均每座1260立方米",
             new="平均每座1250立方米",
             value="平均每座1250立方米",
             explanation="(1800+1500+1200+1000+800) / 5 = 1260, stated 1250"),
        dict(code="unit_mismatch", where="table",
             old="≥8000吨｜6400吨｜10｜8",
             new="≥8000吨｜80%｜10｜8",
             value="≥8000吨｜80%",
             explanation="target in 吨, actual entered as a percentage (the completion rate)"),
        dict(code="score_exceeds_weight", where="table",
             old="购置冷藏车｜4辆｜4辆｜5｜5｜\n产出指标｜质量指标｜工程验收合格率｜100%｜100%｜10｜10｜",
             new="购置冷藏车｜4辆｜4辆｜5｜10｜\n产出指标｜质量指标｜工程验收合格率｜100%｜100%｜10｜5｜",
             value="购置冷藏车｜4辆｜4辆｜5｜10",
             explanation="scores of two adjacent rows swapped: 冷藏车 scores 10 against a weight of 5 "
                         "(total unchanged at 97.25)"),
        dict(code="balance_mismatch", where="prose",
             old="未支付的18.75万元",
             new="未支付的17.85万元",
             value="17.85万元",
             explanation="250.00 - 231.25 = 18.75, stated 17.85"),
        dict(code="rate_mismatch", where="table",
             old="231.25｜10｜92.50%｜9.25",
             new="231.25｜10｜95.20%｜9.25",
             value="231.25｜10｜95.20%",
             explanation="231.25 / 250.00 = 92.50%, stated 95.20%"),
        dict(code="conflicting_values", where="prose",
             old="项目带动农户1620户",
             new="项目带动农户1260户",
             value="带动农户1260户",
             explanation="the 自评表 gives 带动农户数 1620户"),
    ],
    # ---------------- 平安区 (青海) 2024 部门整体支出 ----------------
    "pingan-gxsbumen-2024": [
        dict(code="grade_mismatch", where="prose",
             old="综合评定等级为“优”",
             new="综合评定等级为“良”",
             value="综合评定等级为“良”",
             explanation="93.74 is in the 优 band (90-100); 良 fits only last year's 88.50"),
        dict(code="weight_sum_mismatch", where="table",
             old="服务对象满意度｜≥90%｜92%｜10｜10",
             new="服务对象满意度｜≥90%｜92%｜15｜10",
             value="92%｜15｜10\n合计｜｜｜｜｜100",
             explanation="weights 10 + 50 + 30 + 15 = 105, stated 100"),
        dict(code="sum_mismatch", where="table",
             old="二、项目支出｜173.90｜",
             new="二、项目支出｜137.90｜",
             value="二、项目支出｜137.90",
             explanation="年初预算 column: 100.00 + 45.00 + 28.90 = 173.90 (and 486.30 - 312.40 = 173.90), stated 137.90"),
        dict(code="implausible_rate", where="prose",
             old="因公出国（境）费预算0.00万元，未发生支出",
             new="因公出国（境）费预算0.00万元，执行率100%",
             value="因公出国（境）费预算0.00万元，执行率100%",
             explanation="an execution rate of 100% on a zero budget"),
        dict(code="unit_mismatch", where="table",
             old="其中：人员经费｜268.90｜",
             new="其中：人员经费｜2689000.00｜",
             value="人员经费｜2689000.00",
             explanation="年初 人员经费 copied in 元 into the 万元 table: 2689000.00元 = 268.90万元, which "
                         "restores 268.90 + 43.50 = 312.40"),
        dict(code="completion_mismatch", where="prose",
             old="为目标值的97.78%",
             new="为目标值的98.78%",
             value="为目标值的98.78%",
             explanation="88% / 90% = 97.78%, stated 98.78%"),
    ],
    # ---------------- 绥棱县 (黑龙江) 2019 供销社综合改革, prose only ----------------
    "suileng-gongxiaogaige-2019": [
        dict(code="rate_mismatch", where="prose",
             old="全年支出86.50万元，执行率86.50%",
             new="全年支出86.50万元，执行率88.50%",
             value="执行率88.50%",
             explanation="86.50 / 100.00 = 86.50%, stated 88.50%"),
        dict(code="balance_mismatch", where="prose",
             old="年末结余13.50万元",
             new="年末结余13.05万元",
             value="年末结余13.05万元",
             explanation="100.00 - 86.50 = 13.50 (also 54.00 - 40.50), stated 13.05"),
        dict(code="score_sum_mismatch", where="prose",
             old="实际培训420人次，完成率84%，分值10分，得8.40分",
             new="实际培训420人次，完成率84%，分值10分，得8.04分",
             value="得8.04分；（4）基层社改造验收合格率100%，实际100%，分值5分，得5分；（5）为农服务中心在2019年11月30日前建成，实际于12月20日完成主体工程，部分达成，分值5分，得3分。产出指标合计得46.40分",
             explanation="15 + 15 + 8.04 + 5 + 3 = 46.04, stated 产出 subtotal 46.40"),
        dict(code="grade_mismatch", where="prose",
             old="自评得分89.55分，等级为“良”",
             new="自评得分89.55分，等级为“优”",
             value="等级为“优”",
             explanation="89.55 < 90 is 良, not 优"),
        dict(code="conflicting_values", where="prose",
             old="供销合作社综合改革项目全年支出86.50万元",
             new="供销合作社综合改革项目全年支出85.60万元",
             value="全年支出85.60万元",
             explanation="section 二 gives 全年支出86.50万元 (and the parts add to 86.50)"),
        dict(code="completion_mismatch", where="prose",
             old="实际培训420人次，完成率84%",
             new="实际培训420人次，完成率82%",
             value="完成率82%",
             explanation="420 / 500 = 84%, stated 82%"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, e in enumerate(EDITS[src], 1):
            n = clean.count(e["old"])
            if n != 1:
                raise SystemExit(f"{src} e{i}: old string matches {n} times: {e['old']!r}")
            text = clean.replace(e["old"], e["new"])
            if e["value"] not in text:
                raise SystemExit(f"{src} e{i}: value not in case: {e['value']!r}")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error",
                                         "value": e["value"], "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
