#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement `old -> new`; `old` must occur exactly once in
the clean draft. `value` (the label) is a short exact substring of the error case that contains the changed figure.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (id, [(code, where, old, new, value, explanation), ... six edits])
EDITS = [
    ("zj-kecheng-puhuituoyu-2022", [
        ("rate_mismatch", "table",
         "省级补助资金｜0.00｜54.00｜54.00｜48.60｜90.00%", "省级补助资金｜0.00｜54.00｜54.00｜48.60｜96.00%",
         "48.60｜96.00%",
         "funds table, 省级补助资金 row: 48.60 / 54.00 = 90.00%, stated 96.00%"),
        ("balance_mismatch", "prose",
         "年末结余16.20万元", "年末结余16.02万元",
         "结余16.02万元",
         "到位 486.00 - 执行 469.80 = 16.20万元, stated 16.02万元"),
        ("completion_mismatch", "table",
         "｜≥90%｜75%｜83.33%｜", "｜≥90%｜75%｜88.33%｜",
         "75%｜88.33%",
         "项目按期完工率: actual 75% / target 90% = 83.33%, stated 88.33%"),
        ("weight_sum_mismatch", "table",
         "｜4家｜4家｜100.00%｜5｜5｜", "｜4家｜4家｜100.00%｜6｜5｜",
         "4家｜100.00%｜6｜5",
         "weight of 支持普惠托育机构数 raised to 6: the 分值 column now adds to 101 (产出 rows 51) against 合计 100 and 产出指标（50分）"),
        ("year_mismatch", "prose",
         "结转至2023年继续使用", "结转至2022年继续使用",
         "结转至2022年",
         "unspent money of the 2022 budget carried over to 2022 itself; must be a later year (2023)"),
        ("unit_mismatch", "table",
         "｜≥2.5个｜2.8个｜112.00%｜", "｜≥2.5个｜112%｜112.00%｜",
         "≥2.5个｜112%",
         "每千人口托位数: target in 个, actual written as a percentage (112%), completion cannot be computed"),
    ]),
    ("sc-wusheng-tuoweibutie-2023", [
        ("implausible_rate", "table",
         "其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.0%\t—",
         "0.00\t—\t100.0%",
         "其他资金 row: budget 0.00 and execution 0.00, yet 执行率 100.0% (rate on a zero base)"),
        ("sum_mismatch", "prose",
         "综合责任保险补助11.90万元", "综合责任保险补助11.09万元",
         "综合责任保险补助11.09万元",
         "154.32 + 15.00 + 11.09 = 180.41, stated total 全年支出181.22万元 (expected 11.90)"),
        ("score_sum_mismatch", "table",
         "\t达成年度指标\t10\t10\t", "\t达成年度指标\t10\t9\t",
         "达成年度指标\t10\t9",
         "row scores now add to 9.72 + 47.5 + 23.77 + 15 = 95.99, stated 总分 96.99"),
        ("average_mismatch", "prose",
         "平均每家获得运营补贴11.02万元", "平均每家获得运营补贴11.20万元",
         "平均每家获得运营补贴11.20万元",
         "154.32 / 14 = 11.02万元, stated 11.20"),
        ("grade_mismatch", "prose",
         "评价等级为“优秀”", "评价等级为“良好”",
         "评价等级为“良好”",
         "score 96.99 is in the 优 band (>= 90)"),
        ("rate_mismatch", "table",
         "150.82\t—\t96.68%", "150.82\t—\t96.86%",
         "150.82\t—\t96.86%",
         "当年财政拨款 row: 150.82 / 156.00 = 96.68%, stated 96.86%"),
    ]),
    ("ha-xiangcheng-zhaohuzhidao-2021", [
        ("conflicting_values", "prose",
         "婴幼儿发育筛查4870人，未达到", "婴幼儿发育筛查4780人，未达到",
         "发育筛查4780人",
         "screening count 4780人 in the text, 4870人 in the 自评表 (where 97.40% and 9.74 follow from 4870)"),
        ("completion_mismatch", "table",
         "88.6%           104.24%", "88.6%           102.44%",
         "102.44%",
         "家长科学育儿知识知晓率: 88.6 / 85 = 104.24%, stated 102.44%"),
        ("average_mismatch", "prose",
         "平均每场78人次", "平均每场87人次",
         "平均每场87人次",
         "3588人次 / 46场 = 78, stated 87"),
        ("balance_mismatch", "prose",
         "年末结余4.68万元", "年末结余4.86万元",
         "结余4.86万元",
         "到位 70.50 - 执行 65.82 = 4.68万元, stated 4.86"),
        ("unit_mismatch", "table",
         "≤120元          112元           100.00%", "≤120元          93.33%          100.00%",
         "≤120元          93.33%",
         "入户指导户均成本: target in 元, actual written as a percentage; completion cannot be computed"),
        ("score_exceeds_weight", "prose",
         "交接期间服务有中断，得3分", "交接期间服务有中断，得5分",
         "服务有中断，得5分",
         "sub-point 人员配备 has 分值4分 but is given 5分"),
    ]),
    ("sd-zhucheng-tuoyupeixun-2020", [
        ("score_exceeds_weight", "prose",
         "按完成比例得8.5分", "按完成比例得10.5分",
         "按完成比例得10.5分",
         "持证上岗率 indicator: 分值10分, 得10.5分"),
        ("weight_sum_mismatch", "prose",
         "效益指标（30分）", "效益指标（35分）",
         "效益指标（35分）",
         "10 + 50 + 35 + 10 = 105, not 100"),
        ("score_sum_mismatch", "prose",
         "合计97.35分", "合计97.53分",
         "合计97.53分",
         "9.25 + 49.60 + 28.50 + 10.00 = 97.35, stated 97.53"),
        ("implausible_rate", "prose",
         "用人单位满意率96.5%", "用人单位满意率106.5%",
         "用人单位满意率106.5%",
         "a satisfaction rate above 100%"),
        ("sum_mismatch", "prose",
         "机构负责人63人", "机构负责人65人",
         "机构负责人65人",
         "418 + 65 + 55 = 538, but 536 trainees in total (by session and 参加考核520 + 缺考16); expected 63"),
        ("year_mismatch", "prose",
         "截至2020年12月31日", "截至2019年12月31日",
         "截至2019年12月31日",
         "the 2020 report states its spending as of the end of 2019"),
    ]),
    ("hb-xiling-shequtuodian-2024", [
        ("weight_sum_mismatch", "table",
         "| 达成年度指标 | 10 | 9 |", "| 达成年度指标 | 11 | 9 |",
         "达成年度指标 | 11 | 9",
         "托育点持续运营能力 weight 11: the 分值 column adds to 101 against 合计 100 (and 81 against the 80 points stated for 产出/效益/满意度)"),
        ("score_sum_mismatch", "table",
         "| 达成年度指标 | 10 | 9 |", "| 达成年度指标 | 10 | 8 |",
         "达成年度指标 | 10 | 8",
         "row scores add to 97.11, stated 98.11 in the table and the text"),
        ("grade_mismatch", "table",
         "评价等级：优", "评价等级：良",
         "评价等级：良",
         "98.11 is in the 优 band (>= 90)"),
        ("rate_mismatch", "table",
         "| 111.40 | 92.83% |", "| 111.40 | 98.23% |",
         "111.40 | 98.23%",
         "区级财政资金 row: 111.40 / 120.00 = 92.83%, stated 98.23%"),
        ("conflicting_values", "table",
         "| ≥90% | 97.3% | 10 | 10 |", "| ≥90% | 93.7% | 10 | 10 |",
         "93.7%",
         "入托家长满意度 is 97.3% in the text (section 四(三)) and 93.7% in the table"),
        ("sum_mismatch", "table",
         "| 培训及业务督导 | 9.30 |", "| 培训及业务督导 | 9.80 |",
         "培训及业务督导 | 9.80",
         "120.00 + 54.60 + 9.80 = 184.40, stated 合计 183.90 (expected 9.30)"),
    ]),
]


def main():
    labels = []
    for pid, edits in EDITS:
        assert len(edits) == 6, pid
        clean_name = f"{pid}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid} e{i}: old string occurs {n} times: {old!r}")
            err = clean.replace(old, new)
            if value not in err:
                raise SystemExit(f"{pid} e{i}: value not in error case: {value!r}")
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
