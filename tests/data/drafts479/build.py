#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of draftsNN (n479) from the five clean drafts.

Every error case is its clean draft with exactly one replacement old -> new; `old` must occur exactly once in the
clean draft. `value` is the label value (an exact substring of the error case holding the changed figure).
`figure` names the changed quantity as written in the clean draft: it must occur exactly once there (standalone),
except for conflicting_values (the quantity is stated twice on purpose) and year_mismatch (year tokens recur);
verify.py checks this.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

DRAFTS = [
    "gx-tiandeng-yujingfabu-2019",
    "hb-wufeng-quyuzhan-2020",
    "sc-yanbian-yujingnengli-2022",
    "sx-wuxiang-qixiangbumen-2023",
    "jl-wangqing-jianceyujing-2021",
]

E = lambda **kw: kw  # noqa: E731

EDITS = {
    "gx-tiandeng-yujingfabu-2019": [
        E(code="sum_mismatch", where="prose", old="分别为41次、19次、17次、6次", new="分别为41次、21次、17次、6次",
          value="41次、21次、17次、6次", figure="19次",
          what="雷电 warnings 19 -> 21 in the by-type list",
          explanation="41 + 21 + 17 + 6 = 85, but the total stated in the same sentence (and the table) is 83"),
        E(code="unit_mismatch", where="prose", old="预警短信费5.62万元", new="预警短信费56200万元",
          value="56200万元", figure="5.62万元",
          what="SMS fee 5.62万元 written as 56200万元",
          explanation="112.4万条 × 0.05元 = 56200元 = 5.62万元; the 元 figure carries the unit 万元 (off by 10^4), "
                      "which also breaks the spending breakdown (total 55.45万元) by exactly that factor"),
        E(code="score_exceeds_weight", where="table", old="｜10｜9.98｜", new="｜10｜10.02｜",
          value="89.8%｜10｜10.02", figure="9.98",
          what="satisfaction row score 9.98 -> 10.02",
          explanation="score 10.02 above the weight 10 (the row sum 98.63 still rounds to the stated total 98.6)"),
        E(code="year_mismatch", where="table", old="｜年度｜2019", new="｜年度｜2018",
          value="年度｜2018", figure=None,
          what="table header year 2019 -> 2018",
          explanation="the 自评表 claims 2018 while the report and all budget sentences are for 2019"),
        E(code="implausible_rate", where="table", old="其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
          new="其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
          value="其他资金｜0.00｜0.00｜0.00｜—｜100.00%", figure=None,
          what="其他资金 execution rate — -> 100.00%",
          explanation="execution rate 100.00% printed on a zero budget (0.00万元): a rate on a zero base"),
        E(code="completion_mismatch", where="prose", old="完成年度目标的138.33%", new="完成年度目标的128.33%",
          value="128.33%", figure="138.33%",
          what="warnings completion 138.33% -> 128.33%",
          explanation="83次 against the target ≥60次 is 138.33%, stated 128.33%"),
    ],
    "hb-wufeng-quyuzhan-2020": [
        E(code="balance_mismatch", where="prose", old="年末结余2.42万元", new="年末结余2.24万元",
          value="结余2.24万元", figure="2.42万元",
          what="year-end balance 2.42 -> 2.24",
          explanation="44.00 − 41.58 = 2.42万元, stated 2.24万元"),
        E(code="completion_mismatch", where="table", old="99.30%\t101.33%", new="99.30%\t101.03%",
          value="101.03%", figure="101.33%",
          what="到报率 row completion 101.33% -> 101.03%",
          explanation="99.30% / 98% = 101.33%, stated 101.03%"),
        E(code="average_mismatch", where="prose", old="平均每轮60.5站次", new="平均每轮61.5站次",
          value="平均每轮61.5站次", figure="60.5站次",
          what="patrol average 60.5 -> 61.5",
          explanation="(62 + 62 + 56 + 62) / 4 = 60.5, stated 61.5"),
        E(code="weight_sum_mismatch", where="table", old="88.89%\t10\t8.89", new="88.89%\t12\t8.89",
          value="88.89%\t12\t8.89", figure="88.89%\t10",
          what="故障修复时长 weight 10 -> 12",
          explanation="目标一 weights 10 + 10 + 5 + 12 + 5 = 42 against its 小计 and heading of 40; all weights sum to 102"),
        E(code="unit_mismatch", where="table", old="≥4轮\t4轮", new="≥4轮\t100%",
          value="≥4轮\t100%", figure="4轮\t100%",
          what="巡检轮次 actual 4轮 -> 100%",
          explanation="target is a count of rounds (轮), actual written as a percentage: completion cannot be computed"),
        E(code="grade_mismatch", where="prose", old="等级为优秀", new="等级为良好",
          value="等级为良好", figure="优秀",
          what="grade 优秀 -> 良好",
          explanation="94.79分 is in the 优 band (≥ 90)"),
    ],
    "sc-yanbian-yujingnengli-2022": [
        E(code="conflicting_values", where="table", old="| 万元 | 28.8 |", new="| 万元 | 26.8 |",
          value="万元 | 26.8", figure="28.8",
          what="合同价 actual 28.8 -> 26.8 in the table",
          explanation="the contract price is 28.80万元 in the text (and 8.64 + 18.72 + 1.44 = 28.80); the table row says 26.8"),
        E(code="rate_mismatch", where="prose", old="执行率97.06%", new="执行率97.60%",
          value="执行率97.60%", figure="97.06%",
          what="财政资金 execution rate 97.06% -> 97.60%",
          explanation="47.56 / 49.00 = 97.06%, stated 97.60%"),
        E(code="weight_sum_mismatch", where="table", old="| 分钟 | 6 | 5 | 5 |", new="| 分钟 | 6 | 10 | 5 |",
          value="分钟 | 6 | 10 | 5", figure="| 分钟 | 6 | 5 |",
          what="时效 row weight 5 -> 10",
          explanation="indicator weights now sum to 95 against the 小计 90; with the execution 10 the total is 105, not 100"),
        E(code="implausible_rate", where="table", old="| % | 93 |", new="| % | 103 |",
          value="% | 103", figure="93",
          what="satisfaction 93% -> 103%",
          explanation="公众满意度 103% is above 100%"),
        E(code="year_mismatch", where="prose", old="结转至2023年", new="结转至2022年",
          value="结转至2022年", figure=None,
          what="carry-over year 2023 -> 2022",
          explanation="the unspent 2022 money is said to be carried over to 2022 itself"),
        E(code="score_sum_mismatch", where="table", old="| 达成年度指标 | 10 | 9 |", new="| 达成年度指标 | 10 | 8 |",
          value="达成年度指标 | 10 | 8", figure="| 达成年度指标 | 10 | 9 |",
          what="可持续 row score 9 -> 8",
          explanation="indicator scores now sum to 88 (total 9.72 + 88 = 97.72) against the stated 89 and 98.72"),
    ],
    "sx-wuxiang-qixiangbumen-2023": [
        E(code="sum_mismatch", where="table", old="| 项目支出小计 | 97.00 |", new="| 项目支出小计 | 79.00 |",
          value="项目支出小计 | 79.00", figure="97.00",
          what="项目支出小计 年初预算 97.00 -> 79.00",
          explanation="42.00 + 35.00 + 20.00 = 97.00 (and 325.00 + 97.00 = 422.00 合计), stated 79.00"),
        E(code="average_mismatch", where="prose", old="平均96.03分", new="平均96.30分",
          value="平均96.30分", figure="96.03",
          what="average project score 96.03 -> 96.30",
          explanation="(96.5 + 98.2 + 93.4) / 3 = 96.03, stated 96.30"),
        E(code="completion_mismatch", where="table", old="| 38分钟 | 126.67% |", new="| 38分钟 | 121.67% |",
          value="38分钟 | 121.67%", figure="126.67%",
          what="提前量 completion 126.67% -> 121.67%",
          explanation="38 / 30 = 126.67%, stated 121.67%"),
        E(code="rate_mismatch", where="prose", old="执行率96.27%", new="执行率96.72%",
          value="执行率96.72%", figure="96.27%",
          what="项目支出 execution rate 96.27% -> 96.72%",
          explanation="97.71 / 101.50 = 96.27%, stated 96.72%"),
        E(code="score_sum_mismatch", where="table", old="| 95.00% | 10 | 9.50 |", new="| 95.00% | 10 | 9.05 |",
          value="95.00% | 10 | 9.05", figure="9.50",
          what="人影作业影响面积 score 9.50 -> 9.05",
          explanation="row scores now sum to 97.95 against the 合计 98.40 (also 98.40 in the text)"),
        E(code="balance_mismatch", where="prose", old="年末结余4.47万元", new="年末结余4.74万元",
          value="结余4.74万元", figure="4.47",
          what="year-end balance 4.47 -> 4.74",
          explanation="431.85 − 427.38 = 4.47万元, stated 4.74万元"),
    ],
    "jl-wangqing-jianceyujing-2021": [
        E(code="balance_mismatch", where="prose", old="结余10.27万元", new="结余10.72万元",
          value="结余10.72万元", figure="10.27",
          what="balance of received funds 10.27 -> 10.72",
          explanation="received 72.00 − spent 61.73 = 10.27万元, stated 10.72万元"),
        E(code="score_exceeds_weight", where="table", old="89.8% 10 9.98", new="89.8% 10 10.08",
          value="89.8% 10 10.08", figure="9.98",
          what="satisfaction row score 9.98 -> 10.08",
          explanation="score 10.08 above the weight 10 (row sum 89.31 still rounds to the whole-point total 89)"),
        E(code="rate_mismatch", where="table", old="12.78 71.00%", new="12.78 76.00%",
          value="12.78 76.00%", figure="71.00%",
          what="省级财政 execution rate 71.00% -> 76.00%",
          explanation="12.78 / 18.00 = 71.00%, stated 76.00%"),
        E(code="grade_mismatch", where="prose", old="评价等级为良好", new="评价等级为优秀",
          value="评价等级为优秀", figure="良好",
          what="grade 良好 -> 优秀",
          explanation="89分 is in the 良 band (80 ≤ s < 90)"),
        E(code="unit_mismatch", where="table", old="≤15分钟 12分钟", new="≤15分钟 100%",
          value="≤15分钟 100%", figure="12分钟",
          what="发布时限 actual 12分钟 -> 100%",
          explanation="target in minutes, actual written as a percentage: completion cannot be computed"),
        E(code="conflicting_values", where="prose", old="安排资金75万元", new="安排资金78万元",
          value="安排资金78万元", figure="75万元",
          what="project budget in the opening 75万元 -> 78万元",
          explanation="the same budget is 75.00万元 in the funds section and the funds table"),
    ],
}


def main():
    labels = []
    for d in DRAFTS:
        clean = open(os.path.join(CASES, f"{d}-clean.txt"), encoding="utf-8").read()
        labels.append({"case": f"{d}-clean.txt", "source": d, "clean": True, "expected": []})
        edits = EDITS[d]
        assert len(edits) == 6, d
        for i, e in enumerate(edits, 1):
            n = clean.count(e["old"])
            if n != 1:
                raise SystemExit(f"{d}-e{i}: old string {e['old']!r} occurs {n} times in the clean draft")
            text = clean.replace(e["old"], e["new"])
            if text.count(e["value"]) != 1:
                raise SystemExit(f"{d}-e{i}: value {e['value']!r} occurs {text.count(e['value'])} times")
            with open(os.path.join(CASES, f"{d}-e{i}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": f"{d}-e{i}.txt", "source": d, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": e["value"],
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
