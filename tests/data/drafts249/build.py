#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts249 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose or in a table (documentation only).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hn-anxiang-wanquanchengben-2022",
    "jl-wangqing-senlinbaoxian-2020",
    "ah-lujiang-nongyebumen-2023",
    "sc-santai-shengzhujiage-2024",
    "sn-qianyang-yangzhibaoxian-2018",
]

EDITS = [
    # ---------------- 湖南 安乡县 水稻完全成本保险 2022 ----------------
    dict(source="hn-anxiang-wanquanchengben-2022", n=1, where="table", code="rate_mismatch",
         old="｜3297.40｜—｜96.53%｜—", new="｜3297.40｜—｜96.35%｜—",
         value="96.35%",
         explanation="当年财政拨款 row: 3297.40 / 3416.00 = 96.53%, stated 96.35% (digits transposed)"),
    dict(source="hn-anxiang-wanquanchengben-2022", n=2, where="table", code="implausible_rate",
         old="其他资金｜0.00｜0.00｜0.00｜—｜—｜—", new="其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
         value="其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
         explanation="其他资金 has a zero budget and zero spending, yet an execution rate of 100.00% is printed (rate on a zero base)"),
    dict(source="hn-anxiang-wanquanchengben-2022", n=3, where="text", code="sum_mismatch",
         old="县级配套427.00万元", new="县级配套472.00万元",
         value="财政承担的保费补贴为3416.00万元，其中中央财政1921.50万元、省级财政1067.50万元、县级配套472.00万元",
         explanation="1921.50 + 1067.50 + 472.00 = 3461.00, stated total 3416.00 (county share is 10% of 4270.00 = 427.00)"),
    dict(source="hn-anxiang-wanquanchengben-2022", n=4, where="text", code="average_mismatch",
         old="平均理赔时效为8.6天", new="平均理赔时效为8.9天",
         value="平均理赔时效为8.9天",
         explanation="(7.9 + 9.2 + 8.7) / 3 = 8.6 days, stated 8.9"),
    dict(source="hn-anxiang-wanquanchengben-2022", n=5, where="text", code="year_mismatch",
         old="截至2022年12月31日，全年执行", new="截至2021年12月31日，全年执行",
         value="截至2021年12月31日",
         explanation="the 2022 budget's execution is reported as of 31 Dec 2021, before the evaluation year"),
    dict(source="hn-anxiang-wanquanchengben-2022", n=6, where="table", code="unit_mismatch",
         old="｜≥80万亩｜85.40万亩｜", new="｜≥80万亩｜85.40%｜",
         value="≥80万亩｜85.40%",
         explanation="承保面积 target in 万亩, actual written as a percentage (85.40万亩 in the text)"),

    # ---------------- 吉林 汪清县 森林保险 2020 (prose only) ----------------
    dict(source="jl-wangqing-senlinbaoxian-2020", n=1, where="text", code="balance_mismatch",
         old="未支出的95.10万元", new="未支出的95.01万元",
         value="95.01万元",
         explanation="received/budget 475.50 - spent 380.40 = 95.10 unspent and carried forward, stated 95.01"),
    dict(source="jl-wangqing-senlinbaoxian-2020", n=2, where="text", code="conflicting_values",
         old="投保面积达到286.50万亩", new="投保面积达到268.50万亩",
         value="268.50万亩",
         explanation="the 2020 insured area is 286.50万亩 elsewhere (172.50 + 114.00, and in the 产出 analysis)"),
    dict(source="jl-wangqing-senlinbaoxian-2020", n=3, where="text", code="grade_mismatch",
         old="评价等级为良好", new="评价等级为优秀",
         value="评价等级为优秀",
         explanation="综合得分89.91 lies in the 良 band (80 <= s < 90)"),
    dict(source="jl-wangqing-senlinbaoxian-2020", n=4, where="text", code="completion_mismatch",
         old="完成率84.21%", new="完成率84.12%",
         value="完成率84.12%",
         explanation="拨付及时率 actual 80.00% against target >=95%: 80/95 = 84.21%, stated 84.12%"),
    dict(source="jl-wangqing-senlinbaoxian-2020", n=5, where="text", code="score_sum_mismatch",
         old="（四）产出指标（50分，得47.22分）", new="（四）产出指标（50分，得47.72分）",
         value="得47.72分",
         explanation="产出 items score 14.33 + 10 + 4.47 + 8.42 + 10 = 47.22, subtotal stated 47.72 (and 8.00 + 47.72 + 25.69 + 9.00 = 90.41 ≠ 89.91)"),
    dict(source="jl-wangqing-senlinbaoxian-2020", n=6, where="text", code="weight_sum_mismatch",
         old="2.公益林投保率（10分）", new="2.公益林投保率（15分）",
         value="公益林投保率（15分）",
         explanation="产出 sub-weights 15 + 15 + 5 + 10 + 10 = 55 against 产出指标50分 (total 105)"),

    # ---------------- 安徽 庐江县农业农村局 部门整体 2023 ----------------
    dict(source="ah-lujiang-nongyebumen-2023", n=1, where="text", code="average_mismatch",
         old="平均94.8分", new="平均95.8分",
         value="平均95.8分",
         explanation="(98 + 96 + 91 + 94 + 95) / 5 = 94.8, stated 95.8"),
    dict(source="ah-lujiang-nongyebumen-2023", n=2, where="table", code="sum_mismatch",
         old="一般公共预算财政拨款｜12254.30｜", new="一般公共预算财政拨款｜12524.30｜",
         value="年度资金总额｜12486.30｜15862.47｜15208.19｜10｜95.88%｜9.59\n其中：一般公共预算财政拨款｜12524.30",
         explanation="年初预算 column: 12524.30 + 0.00 + 232.00 = 12756.30, stated 年度资金总额 12486.30"),
    dict(source="ah-lujiang-nongyebumen-2023", n=3, where="table", code="score_exceeds_weight",
         old="3.2万亩｜10｜9.14\n产出指标｜质量指标｜重大动物疫病强制免疫密度｜≥90%｜96.50%｜5｜5",
         new="3.2万亩｜10｜5\n产出指标｜质量指标｜重大动物疫病强制免疫密度｜≥90%｜96.50%｜5｜9.14",
         value="96.50%｜5｜9.14",
         explanation="scores of two adjacent rows swapped: 免疫密度 now scores 9.14 against a weight of 5 (total unchanged)"),
    dict(source="ah-lujiang-nongyebumen-2023", n=4, where="text", code="conflicting_values",
         old="全年拨付农业保险保费补贴4126.58万元", new="全年拨付农业保险保费补贴4162.58万元",
         value="4162.58万元",
         explanation="the insurance premium subsidy is 4126.58万元 in the project list that adds up to 12722.30"),
    dict(source="ah-lujiang-nongyebumen-2023", n=5, where="text", code="rate_mismatch",
         old="执行13221.77万元，执行率95.72%", new="执行13221.77万元，执行率97.52%",
         value="执行率97.52%",
         explanation="项目支出 13221.77 / 13812.47 = 95.72%, stated 97.52%"),
    dict(source="ah-lujiang-nongyebumen-2023", n=6, where="table", code="year_mismatch",
         old="附：庐江县农业农村局2023年度部门整体支出绩效自评表",
         new="附：庐江县农业农村局2022年度部门整体支出绩效自评表",
         value="庐江县农业农村局2022年度部门整体支出绩效自评表",
         explanation="the attached table claims evaluation year 2022 in a 2023 report"),

    # ---------------- 四川 三台县 生猪价格指数保险 2024 ----------------
    dict(source="sc-santai-shengzhujiage-2024", n=1, where="table", code="weight_sum_mismatch",
         old="赔款到户率｜＝｜100｜%｜100｜10｜10｜", new="赔款到户率｜＝｜100｜%｜100｜15｜10｜",
         value="100｜15｜10｜\n效益指标｜可持续影响指标｜全县生猪出栏量｜≥｜95｜万头｜88.40｜10｜9.31｜部分养殖场（户）压栏减产\n合计｜｜｜｜｜｜｜100",
         explanation="weights now 10 + 60 + 35 = 105 against 合计 100 (效益 rows 10 + 15 + 10)"),
    dict(source="sc-santai-shengzhujiage-2024", n=2, where="text", code="score_sum_mismatch",
         old="产出指标得55.60分", new="产出指标得55.06分",
         value="产出指标得55.06分，效益指标得26.39分，合计89.49分",
         explanation="7.50 + 55.06 + 26.39 = 88.95, stated 89.49; the table's 产出 rows add to 55.60"),
    dict(source="sc-santai-shengzhujiage-2024", n=3, where="table", code="implausible_rate",
         old="财政专户管理资金｜0.00｜0.00｜0.00｜—｜—｜—", new="财政专户管理资金｜0.00｜0.00｜0.00｜—｜100%｜—",
         value="财政专户管理资金｜0.00｜0.00｜0.00｜—｜100%",
         explanation="an execution rate of 100% printed on a zero budget"),
    dict(source="sc-santai-shengzhujiage-2024", n=4, where="text", code="grade_mismatch",
         old="合计89.49分，评价等级为良", new="合计89.49分，评价等级为优",
         value="评价等级为优",
         explanation="89.49 is in the 良 band (80 <= s < 90)"),
    dict(source="sc-santai-shengzhujiage-2024", n=5, where="text", code="completion_mismatch",
         old="完成年度指标的90.91%", new="完成年度指标的90.19%",
         value="完成年度指标的90.19%",
         explanation="承保 20.00万头 against >=22万头: 20/22 = 90.91%, stated 90.19%"),
    dict(source="sc-santai-shengzhujiage-2024", n=6, where="table", code="unit_mismatch",
         old="｜万元｜212.40｜10｜7.08", new="｜万元｜2124000｜10｜7.08",
         value="2124000",
         explanation="赔付金额 212.40万元 pasted in 元 (2124000) under the unit 万元: off by 10^4"),

    # ---------------- 陕西 千阳县 养殖业保险 2018 ----------------
    dict(source="sn-qianyang-yangzhibaoxian-2018", n=1, where="table", code="completion_mismatch",
         old="6.25万只｜56.82%", new="6.25万只｜58.62%",
         value="58.62%",
         explanation="奶山羊 6.25 / 11 = 56.82%, stated 58.62%"),
    dict(source="sn-qianyang-yangzhibaoxian-2018", n=2, where="table", code="score_exceeds_weight",
         old="｜86.73%｜10｜8.67｜理赔手续繁琐\n产出指标｜时效指标｜理赔款到户时限｜≤30天｜24天｜100.00%｜5｜5｜",
         new="｜86.73%｜10｜5｜理赔手续繁琐\n产出指标｜时效指标｜理赔款到户时限｜≤30天｜24天｜100.00%｜5｜8.67｜",
         value="24天｜100.00%｜5｜8.67",
         explanation="scores of two adjacent rows swapped: 到户时限 scores 8.67 against a weight of 5 (total unchanged)"),
    dict(source="sn-qianyang-yangzhibaoxian-2018", n=3, where="text", code="balance_mismatch",
         old="年末结余202.80万元", new="年末结余208.20万元",
         value="208.20万元",
         explanation="received 542.40 - spent 339.60 = 202.80, stated 208.20"),
    dict(source="sn-qianyang-yangzhibaoxian-2018", n=4, where="table", code="conflicting_values",
         old="预算资金总额（万元）｜542.40", new="预算资金总额（万元）｜524.40",
         value="524.40",
         explanation="the 全年预算 is 542.40万元 in the text and the funds table"),
    dict(source="sn-qianyang-yangzhibaoxian-2018", n=5, where="text", code="grade_mismatch",
         old="评价等级为“中”", new="评价等级为“良”",
         value="评价等级为“良”",
         explanation="78.95 is in the 中 band (60 <= s < 80)"),
    dict(source="sn-qianyang-yangzhibaoxian-2018", n=6, where="table", code="score_sum_mismatch",
         old="16.20万只｜81.00%｜10｜8.10｜", new="16.20万只｜81.00%｜10｜8.01｜",
         value="8.01｜羊只价格下行\n满意度指标｜服务对象满意度指标｜参保养殖户满意度｜≥90%｜70.00%｜77.78%｜10｜7.78｜理赔手续较多\n合计｜｜｜｜｜｜100｜78.95",
         explanation="row scores now add to 78.86, 合计 still 78.95"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e["source"] == src), key=lambda e: e["n"])
        for e in edits:
            if clean.count(e["old"]) != 1:
                sys.exit(f"{src} e{e['n']}: old text matches {clean.count(e['old'])} times")
            text = clean.replace(e["old"], e["new"])
            if e["value"] not in text:
                sys.exit(f"{src} e{e['n']}: value not in case")
            name = f"{src}-e{e['n']}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error",
                                         "value": e["value"], "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
