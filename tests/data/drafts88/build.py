#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n88 from the clean drafts.

Pure Python 3, no third-party packages.  Every injected error is listed in EDITS:
each entry holds the replacement(s) applied to the clean draft (old text must occur
exactly once in the clean draft), the expected code, the labelled value and an
explanation.  A value given as a pair (a, b) means "from the occurrence of a up to and
including the next occurrence of b" in the error case (used for sums whose total and
changed part are apart).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "xixian-yuluxiang-2019",
    "linxian-hongzao-2020",
    "heyang-hongti-2022",
    "zhashui-muer-2021",
    "zhongwei-xishagua-2024",
]

EDITS = {
    "xixian-yuluxiang-2019": [
        dict(code="rate_mismatch",
             edits=[("宣传推介经费执行率92.70%", "宣传推介经费执行率97.20%")],
             value="宣传推介经费执行率97.20%",
             explanation="宣传推介 spent 46.35 of a 50.00 item budget = 92.70%; stated 97.20% (digits transposed)"),
        dict(code="sum_mismatch",
             edits=[("实际支出172.46万元，其中品牌策划设计28.60万元", "实际支出172.46万元，其中品牌策划设计26.80万元")],
             value="实际支出172.46万元，其中品牌策划设计26.80万元",
             explanation="26.80 + 46.35 + 48.00 + 15.21 + 34.30 = 170.66, stated total 172.46 (28.60 retyped as 26.80)"),
        dict(code="score_sum_mismatch",
             edits=[("完成2019年12月20日，部分达成，得4.2分", "完成2019年12月20日，部分达成，得4.8分")],
             value=("得4.8分", "自评总得分：90.39分"),
             explanation="时效 row raised from 4.2 to 4.8 without updating the total: rows now add to 90.99, stated 90.39"),
        dict(code="grade_mismatch",
             edits=[("评价等级为“优”", "评价等级为“良好”")],
             value="评价等级为“良好”",
             explanation="total 90.39 is in the 优 band (90 inclusive); 良好 left over from an earlier report"),
        dict(code="unit_mismatch",
             edits=[("销售额3.24亿元，平均售价", "销售额3.24万元，平均售价")],
             value="3.24万元",
             explanation="sales of 3.24亿元 written as 3.24万元 (off by 10^4): 5.4万吨 at 6.00元/公斤, +20.00% on 2.70亿元 and the table all give 3.24亿元"),
        dict(code="completion_mismatch",
             edits=[("完成2个，完成率66.67%", "完成2个，完成率150%")],
             value="完成2个，完成率150%",
             explanation="target ≥3, actual 2: completion 2/3 = 66.67%; 150% is target/actual inverted"),
    ],
    "linxian-hongzao-2020": [
        dict(code="balance_mismatch",
             edits=[("年末结余7.13万元", "年末结余7.31万元")],
             value="结余7.31万元",
             explanation="到位 108.50 − 支出 101.37 = 7.13万元; stated 7.31"),
        dict(code="score_exceeds_weight",
             edits=[("完成1865万元，完成率103.61%，得10分", "完成1865万元，完成率103.61%，得10.36分"),
                    ("完成1960元，完成率98%，得9.8分", "完成1960元，完成率98%，得9.44分")],
             value="完成率103.61%，得10.36分",
             explanation="score 10.36 above the weight 10 (proportional score not capped at 100%); the next row lowered to 9.44 so the total still reads 93.84"),
        dict(code="average_mismatch",
             edits=[("平均每社8.33万元", "平均每社8.67万元")],
             value="平均每社8.67万元",
             explanation="(12 + 8 + 5) / 3 = 8.33万元; stated 8.67"),
        dict(code="conflicting_values",
             edits=[("项目带动建档立卡贫困户268户", "项目带动建档立卡贫困户286户")],
             value="贫困户286户",
             explanation="the table gives 完成268户 (completion 268/300 = 89.33%); the text now says 286户"),
        dict(code="year_mismatch",
             edits=[("同意结转至2021年", "同意结转至2020年")],
             value="结转至2020年",
             explanation="2020 money left unspent is carried to a later year (2021), not to the evaluation year 2020"),
        dict(code="rate_mismatch",
             edits=[("同比增长31.34%", "同比增长23.86%")],
             value="同比增长23.86%",
             explanation="(1865 − 1420) / 1420 = 31.34%; 23.86% divides by 1865 (wrong base)"),
    ],
    "heyang-hongti-2022": [
        dict(code="sum_mismatch",
             edits=[("新建钢架避雨大棚120亩，其中杨家庄村50亩、东雷村40亩", "新建钢架避雨大棚120亩，其中杨家庄村50亩、东雷村45亩")],
             value="新建钢架避雨大棚120亩，其中杨家庄村50亩、东雷村45亩",
             explanation="50 + 45 + 30 = 125亩, stated total 120亩"),
        dict(code="weight_sum_mismatch",
             edits=[("新建冷库数量：目标1座，完成1座，分值6分", "新建冷库数量：目标1座，完成1座，分值8分")],
             value=("产出指标（分值50分）", "完成1座，分值8分"),
             explanation="产出 rows now weigh 8+8+8+6+8+6+8 = 52 against the stated 50 (all weights 102)"),
        dict(code="implausible_rate",
             edits=[("当年支出46.80万元，执行率93.60%", "当年支出56.80万元，执行率113.60%")],
             value="56.80万元，执行率113.60%",
             explanation="县级衔接资金 of 50.00万元 shown as spending 56.80: execution rate 113.60% is above 100%"),
        dict(code="completion_mismatch",
             edits=[("完成326人次，完成率108.67%", "完成326人次，完成率92.02%")],
             value="完成326人次，完成率92.02%",
             explanation="326 / 300 = 108.67%; 92.02% is 300/326 (inverted)"),
        dict(code="unit_mismatch",
             edits=[("每亩补助9000元", "每亩补助9000万元")],
             value="9000万元",
             explanation="per-mu subsidy 9000元 (= 0.9万元, 120亩 × 0.9 = 108.00万元) written as 9000万元"),
        dict(code="score_sum_mismatch",
             edits=[("完成9.6万元，完成率120%，分值5分，得5分", "完成9.6万元，完成率120%，分值5分，得4.5分")],
             value=("完成率120%，分值5分，得4.5分", "得分97.56分"),
             explanation="村集体收入 row cut to 4.5 without updating the total: rows now add to 97.06, stated 97.56"),
    ],
    "zhashui-muer-2021": [
        dict(code="grade_mismatch",
             edits=[("评价等级为“良好”", "评价等级为“优秀”")],
             value="评价等级为“优秀”",
             explanation="total 89.89 is in the 良 band (80–90); 优秀 needs 90"),
        dict(code="average_mismatch",
             edits=[("村均209户", "村均219户")],
             value="村均219户",
             explanation="(248 + 196 + 214 + 178) / 4 = 209户; stated 219"),
        dict(code="year_mismatch",
             edits=[("截至2021年12月31日，项目共支出", "截至2020年12月31日，项目共支出")],
             value="截至2020年12月31日",
             explanation="the 2021 spending figure is dated 截至2020年12月31日 (last year's date left in)"),
        dict(code="balance_mismatch",
             edits=[("年底结转13.55万元", "年底结转15.35万元")],
             value="结转15.35万元",
             explanation="全年预算/到位 250.00 − 支出 236.45 = 13.55万元; stated 15.35"),
        dict(code="conflicting_values",
             edits=[("二是新建木耳挂袋棚42个", "二是新建木耳挂袋棚24个")],
             value="二是新建木耳挂袋棚24个",
             explanation="42个 everywhere else (支出 42 × 1.5 = 63.00万元, 完成105%, table 完成42个)"),
        dict(code="score_exceeds_weight",
             edits=[("完成312户，完成率104%，分值5分，得5分", "完成312户，完成率104%，分值5分，得5.2分"),
                    ("部分达成，分值5分，得3分", "部分达成，分值5分，得2.8分")],
             value="完成312户，完成率104%，分值5分，得5.2分",
             explanation="score 5.2 above the weight 5 (5 × 104% not capped); next row lowered to 2.8 so the total still reads 89.89"),
    ],
    "zhongwei-xishagua-2024": [
        dict(code="weight_sum_mismatch",
             edits=[("效益指标30分、满意度指标10分。经逐项打分", "效益指标40分、满意度指标10分。经逐项打分")],
             value="满分100分，其中预算执行率10分、产出指标50分、效益指标40分",
             explanation="10 + 50 + 40 + 10 = 110 against 满分100 (last year's weights; the table has 效益 30)"),
        dict(code="implausible_rate",
             edits=[("已贴标使用462万枚，使用率92.4%", "已贴标使用526万枚，使用率105.2%")],
             value="526万枚，使用率105.2%",
             explanation="526万枚 used of 500万枚 bought: usage rate 105.2% above 100%"),
        dict(code="rate_mismatch",
             edits=[("预算执行率93.72%", "预算执行率99.72%")],
             value="预算执行率99.72%",
             explanation="398.87 / 425.60 = 93.72%; 99.72% divides by the 年初预算 400.00 (wrong base)"),
        dict(code="unit_mismatch",
             edits=[("每批次检测费600元", "每批次检测费600万元")],
             value="600万元",
             explanation="320批次 × 600元 = 19.20万元; the per-batch fee written as 600万元"),
        dict(code="conflicting_values",
             edits=[("品牌的企业和合作社64家", "品牌的企业和合作社46家")],
             value="合作社46家",
             explanation="the table gives 完成64家 (completion 64/80 = 80%)"),
        dict(code="completion_mismatch",
             edits=[("完成0.12元/枚，完成率100%", "完成0.12元/枚，完成率80%")],
             value="完成0.12元/枚，完成率80%",
             explanation="≤0.15 target met by 0.12: completion 100% (rules §5); 80% is actual/target as for a ≥ indicator"),
    ],
}

SCORE_CODES = {"score_exceeds_weight", "score_sum_mismatch"}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply_edits(clean, edits):
    text = clean
    for old, new in edits:
        if clean.count(old) != 1 or text.count(old) != 1:
            raise ValueError(f"edit source not unique: {old!r}")
        text = text.replace(old, new)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    a, b = value
    i = text.find(a)
    if i < 0 or text.count(a) != 1:
        raise ValueError(f"value start not unique: {a!r}")
    j = text.find(b, i)
    if j < 0:
        raise ValueError(f"value end not found: {b!r}")
    return text[i:j + len(b)]


def build():
    labels = []
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for n, spec in enumerate(EDITS[src], 1):
            text = apply_edits(clean, spec["edits"])
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": spec["code"], "severity": "error",
                                         "value": resolve_value(text, spec["value"]),
                                         "explanation": spec["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    build()
