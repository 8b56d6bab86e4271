#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n47 from the clean drafts.

Every error case = its project's clean draft with the edits listed in ERRORS applied.
Each edit is (old, new): `old` must occur exactly once in the clean draft; it may carry
context for uniqueness, the real change is the differing middle (checked by verify.py).
`value` is either a literal string or a (start, end) pair: the value is then the text of
the error case from the (unique) occurrence of `start` up to and including the first
`end` after it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "luanping-womensfed-2021",
    "shandan-sports-2019",
    "ledu-youthleague-2023",
    "qixian-union-2024",
    "shangcheng-womensfed-2018",
]

ERRORS = [
    # ---- luanping-womensfed-2021 (Hebei, 妇联, table with ｜) ----
    dict(case="luanping-womensfed-2021-e1", code="rate_mismatch",
         edits=[("分项执行率99.31%", "分项执行率99.13%")],
         value="99.13%",
         explanation="家庭教育宣传 sub-item: 14,399.50 / 14,500.00 = 99.31%, digits transposed to 99.13%"),
    dict(case="luanping-womensfed-2021-e2", code="sum_mismatch",
         edits=[("宣传短视频制作费4,799.50元", "宣传短视频制作费4,979.50元")],
         value=("14,399.50元，分项执行率", "宣传短视频制作费4,979.50元"),
         explanation="6,000.00 + 3,600.00 + 4,979.50 = 14,579.50, stated sub-item total 14,399.50 (video cost retyped, was 4,799.50)"),
    dict(case="luanping-womensfed-2021-e3", code="average_mismatch",
         edits=[("平均每场120人次", "平均每场180人次")],
         value="平均每场180人次",
         explanation="1,440人次 / 12场 = 120; 180 is 1,440 divided by last year's 8 场"),
    dict(case="luanping-womensfed-2021-e4", code="unit_mismatch",
         edits=[("全年结余140.50元", "全年结余140.50万元")],
         value="140.50万元",
         explanation="35,000.00元 − 34,859.50元 = 140.50元; a 元 figure labelled 万元 (off by 10^4)"),
    dict(case="luanping-womensfed-2021-e5", code="score_exceeds_weight",
         edits=[("2021年5月14日｜5｜5", "2021年5月14日｜5｜4"),
                ("≤800元｜800元｜5｜5", "≤800元｜800元｜5｜6")],
         value="800元｜5｜6",
         explanation="成本指标 row scored 6 with weight 5 (the 时效 row above lowered to 4 so the 产出 total still reads 50)"),
    dict(case="luanping-womensfed-2021-e6", code="year_mismatch",
         edits=[("截至2021年12月31日，项目资金全部到位", "截至2020年12月31日，项目资金全部到位")],
         value="截至2020年12月31日",
         explanation="2021 report: the funds position is dated 2020-12-31 (last year's template left in); should be 2021-12-31"),

    # ---- shandan-sports-2019 (Gansu, 体育局, 自评表 as key：value lines) ----
    dict(case="shandan-sports-2019-e1", code="score_sum_mismatch",
         edits=[("分值：15，得分：14.68，偏差原因", "分值：15，得分：14.86，偏差原因")],
         value=("得分：14.86", "总得分：99.24"),
         explanation="9.56 + 15 + 10 + 10 + 5 + 10 + 14.86 + 15 + 10 = 99.42, stated total 99.24 (row score retyped, total not updated)"),
    dict(case="shandan-sports-2019-e2", code="grade_mismatch",
         edits=[("评价等级：优", "评价等级：良")],
         value="评价等级：良",
         explanation="total 99.24 is in the 优 band (≥90); the table says 良"),
    dict(case="shandan-sports-2019-e3", code="completion_mismatch",
         edits=[("实际完成值：9场，完成率：112.50%", "实际完成值：9场，完成率：88.89%")],
         value="完成率：88.89%",
         explanation="≥8场 target, 9场 actual: completion 9/8 = 112.50%; 88.89% is target/actual inverted"),
    dict(case="shandan-sports-2019-e4", code="year_mismatch",
         edits=[("年度：2019年", "年度：2018年")],
         value="年度：2018年",
         explanation="the 自评表 header names 2018 while the report, budget and all figures are for 2019 (last year's table header)"),
    dict(case="shandan-sports-2019-e5", code="implausible_rate",
         edits=[("执行数：0.00元，执行率：—", "执行数：0.00元，执行率：100%")],
         value="执行数：0.00元，执行率：100%",
         explanation="其他资金 budget 0.00元: a rate on a zero base is undefined, 100% is implausible (should be —)"),
    dict(case="shandan-sports-2019-e6", code="weight_sum_mismatch",
         edits=[("实际完成值：11支，完成率：110.00%，分值：15", "实际完成值：11支，完成率：110.00%，分值：20")],
         value=("分值：20，得分：15", "总分值：100"),
         explanation="weights 10 + 15 + 10 + 10 + 5 + 10 + 15 + 20 + 10 = 105 ≠ 100 (指标7 weight retyped 15 → 20)"),

    # ---- ledu-youthleague-2023 (Qinghai, 团委, table with 偏差原因) ----
    dict(case="ledu-youthleague-2023-e1", code="rate_mismatch",
         edits=[("执行58,700.20元，执行率93.95%", "执行58,700.20元，执行率57.28%")],
         value="57.28%",
         explanation="财政资金（含上年结转）58,700.20 / 62,480.50 = 93.95%; 57.28% is 58,700.20 over the whole budget 102,480.50 (wrong base)"),
    dict(case="ledu-youthleague-2023-e2", code="conflicting_values",
         edits=[("团员4,860名，注册青年志愿者1,260名", "团员4,860名，注册青年志愿者1,080名")],
         value="1,080名",
         explanation="registered volunteers at 2023-12-31 are 1,260名 in 三 (up 180 from last year); the overview keeps last year's 1,080"),
    dict(case="ledu-youthleague-2023-e3", code="average_mismatch",
         edits=[("共资助16名学生，人均2,500元", "共资助16名学生，人均3,000元")],
         value="人均3,000元",
         explanation="40,000.00元 / 16名 = 2,500元; 3,000 is the university-freshman standard copied in"),
    dict(case="ledu-youthleague-2023-e4", code="score_sum_mismatch",
         edits=[("95.20%｜10｜10｜—", "95.20%｜10｜9.5｜—")],
         value=("9.5｜—", "合计｜｜｜｜｜100｜98.43"),
         explanation="9.63 + 50 + 13.8 + 15 + 9.5 = 97.93, stated total 98.43 (satisfaction score edited, total not)"),
    dict(case="ledu-youthleague-2023-e5", code="unit_mismatch",
         edits=[("｜≥15名｜16名｜", "｜≥15名｜100%｜")],
         value="≥15名｜100%",
         explanation="target in persons (≥15名), actual given as a percentage; completion cannot be computed (text says 16名)"),
    dict(case="ledu-youthleague-2023-e6", code="year_mismatch",
         edits=[("已报区财政局同意结转至2024年", "已报区财政局同意结转至2023年")],
         value="结转至2023年",
         explanation="unspent 2023 money carried over 'to 2023' in the 2023 report; it goes to 2024 (as 七 says)"),

    # ---- qixian-union-2024 (Henan, 总工会, table with 完成率) ----
    dict(case="qixian-union-2024-e1", code="balance_mismatch",
         edits=[("结余1,379.60元", "结余1,397.60元")],
         value="1,397.60元",
         explanation="115,000.00 − 113,620.40 = 1,379.60元, stated 1,397.60 (digits transposed)"),
    dict(case="qixian-union-2024-e2", code="sum_mismatch",
         edits=[("工会经费40,000.00元", "工会经费45,000.00元")],
         value="115,000.00元，其中县财政补助60,000.00元、工会经费45,000.00元",
         explanation="60,000 + 45,000 + 15,000 = 120,000 ≠ 115,000 (工会经费 retyped, 40,000 fits the 100,000 年初预算)"),
    dict(case="qixian-union-2024-e3", code="weight_sum_mismatch",
         edits=[("竞赛工种数｜≥6个｜6个｜100.00%｜5｜5", "竞赛工种数｜≥6个｜6个｜100.00%｜10｜5")],
         value=("6个｜100.00%｜10｜5", "合计｜｜｜｜｜｜100"),
         explanation="weights 10 + 10 + 10 + 10 + 10 + 5 + 10 + 15 + 15 + 10 = 105 ≠ 100; 产出 rows 55 ≠ 50"),
    dict(case="qixian-union-2024-e4", code="grade_mismatch",
         edits=[("评价等级为良", "评价等级为优")],
         value="自评得分89.69分，评价等级为优",
         explanation="89.69 < 90 is 良 (the band's lower bound 90 is not reached by rounding)"),
    dict(case="qixian-union-2024-e5", code="completion_mismatch",
         edits=[("276人次｜92.00%", "276人次｜108.70%")],
         value="276人次｜108.70%",
         explanation="≥300人次 target, 276 actual: 276/300 = 92.00%; 108.70% is 300/276 (inverted)"),
    dict(case="qixian-union-2024-e6", code="implausible_rate",
         edits=[("收回386份，回收率96.50%", "收回436份，回收率109.00%")],
         value="收回436份，回收率109.00%",
         explanation="436 questionnaires returned of 400 issued: return rate 109.00% is above 100%"),

    # ---- shangcheng-womensfed-2018 (Henan, 妇联, funds table with 行次, scores in text) ----
    dict(case="shangcheng-womensfed-2018-e1", code="score_exceeds_weight",
         edits=[("实际8月28日发放，分值5分，得5分", "实际8月28日发放，分值5分，得4.51分"),
                ("实际318.66元，分值5分，得5分", "实际318.66元，分值5分，得5.49分")],
         value="分值5分，得5.49分",
         explanation="cost indicator scored 5 × 350/318.66 = 5.49 above its weight 5 (uncapped); the row above lowered to 4.51 so 产出 still sums to 50"),
    dict(case="shangcheng-womensfed-2018-e2", code="conflicting_values",
         edits=[("救助“两癌”贫困患病妇女6名", "救助“两癌”贫困患病妇女5名")],
         value="贫困患病妇女5名",
         explanation="the overview says 5 women aided (last year's number), elsewhere 6人 (目标6人、完成6人, 4 + 2, 60,000 = 6 × 10,000)"),
    dict(case="shangcheng-womensfed-2018-e3", code="unit_mismatch",
         edits=[("全年预算资金11.16万元", "全年预算资金11.16元")],
         value="预算资金11.16元",
         explanation="全年预算 is 111,600.00元 = 11.16万元; written 11.16元 (万 dropped, off by 10^4)"),
    dict(case="shangcheng-womensfed-2018-e4", code="rate_mismatch",
         edits=[("｜99.45｜100.00｜98.72｜100.00", "｜99.45｜100.00｜91.83｜100.00")],
         value="91.83",
         explanation="县级资金 (4)/(2) = 47,385 / 48,000 = 98.72%; 91.83 divides by 51,600 (县级 + 上年结转, wrong base)"),
    dict(case="shangcheng-womensfed-2018-e5", code="sum_mismatch",
         edits=[("实操耗材2,985.00元", "实操耗材2,895.00元")],
         value=("50,985.00元，其中讲课费", "实操耗材2,895.00元"),
         explanation="24,000 + 7,200 + 16,800 + 2,895 = 50,895 ≠ 50,985 (耗材 digits transposed)"),
    dict(case="shangcheng-womensfed-2018-e6", code="balance_mismatch",
         edits=[("年末结余615.00元", "年末结余651.00元")],
         value="651.00元",
         explanation="县级 48,000.00 − 47,385.00 = 615.00元 (total 111,600 − 110,985 = 615), stated 651.00"),
]


def apply_edits(text, edits):
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit(f"edit anchor occurs {n} times: {old!r}")
        text = text.replace(old, new)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    if text.count(start) != 1:
        raise SystemExit(f"value start not unique: {start!r}")
    i = text.index(start)
    j = text.index(end, i)
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for err in [e for e in ERRORS if e["case"].startswith(pid + "-e")]:
            text = apply_edits(clean, err["edits"])
            with open(os.path.join(CASES, err["case"] + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({
                "case": err["case"] + ".txt", "source": pid, "clean": False,
                "expected": [{"code": err["code"], "severity": "error",
                              "value": resolve_value(text, err["value"]),
                              "explanation": err["explanation"]}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
