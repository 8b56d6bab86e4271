#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts540 from the clean drafts and the edit list.

Each edit is (case suffix, code, old, new, value, explanation): `old` must occur exactly once in the
clean draft, it is replaced by `new` (one contiguous edit), and `value` must occur exactly once in
the resulting case.  Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ln-zhuanghe-haidaosheshi-2019",
    "sd-changdao-dengta-2021",
    "fj-pingtan-haiyangbumen-2023",
    "gd-wanshan-haidaodengta-2024",
    "zj-jiaojiang-dachendao-2025",
]

EDITS = {
    # ------------------------------------------------------------ A  Liaoning, Zhuanghe, 2019
    "ln-zhuanghe-haidaosheshi-2019": [
        ("e1", "rate_mismatch", "45.12\n\t98.09%", "45.12\n\t98.90%", "45.12\n\t98.90%",
         "sub-item 海水淡化站运行维护: 45.12 / 46.00 = 98.09%, the table prints 98.90%"),
        ("e2", "year_mismatch", "结转至2020年继续使用", "结转至2019年继续使用", "结转至2019年继续使用",
         "money left unspent in the 2019 budget cannot be carried over to 2019 itself; the next year is 2020"),
        ("e3", "completion_mismatch", "5386人\n\t103.58%", "5386人\n\t105.38%", "105.38%",
         "受益人数 ≥5200人, actual 5386人: completion 5386 / 5200 = 103.58%, stated 105.38%"),
        ("e4", "average_mismatch", "平均48.33吨", "平均46.33吨", "平均46.33吨",
         "(62 + 48 + 35) / 3 = 48.33吨, stated 46.33吨"),
        ("e5", "implausible_rate", "0.00\n\t—\n\t—\n\t—", "0.00\n\t—\n\t100%\n\t—",
         "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100%",
         "其他资金 has a 0.00 budget: an execution rate on a zero base must read —, not 100%"),
        ("e6", "sum_mismatch", "追加灯桩抢修资金12.40万元", "追加灯桩抢修资金12.80万元", "追加灯桩抢修资金12.80万元",
         "年初 160.00 + 追加 12.80 = 172.80, but the adjusted budget is 172.40 (and 财政拨款 150.00 + 12.80 ≠ 162.40)"),
    ],
    # ------------------------------------------------------------ B  Shandong, Changdao, 2021
    "sd-changdao-dengta-2021": [
        ("e1", "balance_mismatch", "年末结余12.25万元", "年末结余12.52万元", "年末结余12.52万元",
         "all 96.50 received, 84.25 spent: balance 96.50 - 84.25 = 12.25, stated 12.52"),
        ("e2", "grade_mismatch", "总分90.32分，评价等级为优", "总分90.32分，评价等级为良", "评价等级为良",
         "90.32 is in the 优 band (90 inclusive); 良 is 80-90"),
        ("e3", "unit_mismatch", "11460艘次  95.50%", "95.50%  95.50%", "≥12000艘次  95.50%  95.50%",
         "target counted in 艘次 but the actual is written as a percentage: completion cannot be computed"),
        ("e4", "conflicting_values", "项目全年预算96.50万元。", "项目全年预算95.60万元。", "项目全年预算95.60万元",
         "the overview gives the annual budget as 95.60万元; the funds section and both tables give 96.50万元"),
        ("e5", "weight_sum_mismatch", "40.00%  8  3.20", "40.00%  10  3.20", "40.00%  10  3.20",
         "更换LED灯器套数 weight raised from 8 to 10: weights now total 102 while the 合计 row says 100"),
        ("e6", "score_exceeds_weight", "8  8\n完成灯桩维护数量  ≥26座  26座  100%  8  8",
         "8  9\n完成灯桩维护数量  ≥26座  26座  100%  8  7", "=3座  3座  100%  8  9",
         "维护灯塔数量 scores 9 against a weight of 8 (the next row was lowered to 7 in the same edit, so the "
         "level and overall totals still read 42.24 and 90.32)"),
    ],
    # ------------------------------------------------------------ C  Fujian, Pingtan, 2023 (department)
    "fj-pingtan-haiyangbumen-2023": [
        ("e1", "rate_mismatch", "1,040.20\t99.40%", "1,040.20\t99.04%", "99.04%",
         "基本支出 1,040.20 / 1,046.45 = 99.40%, stated 99.04%"),
        ("e2", "sum_mismatch", "三、其他收入\t100.00", "三、其他收入\t110.00", "三、其他收入\t110.00",
         "年初 column: 2,760.00 + 0.00 + 110.00 = 2,870.00, but the 合计 row says 2,860.00"),
        ("e3", "score_sum_mismatch", "98.48%\t10\t9.85", "98.48%\t10\t9.58", "98.48%\t10\t9.58",
         "row scores now add up to 96.55 (效益 29.58) while the table total and the conclusion say 96.82 (效益 29.85)"),
        ("e4", "average_mismatch", "平均执行率92.92%", "平均执行率93.92%", "平均执行率93.92%",
         "mean of the five project rates (97.26 + 95.54 + 92.02 + 95.78 + 84.00) / 5 = 92.92%, stated 93.92%"),
        ("e5", "unit_mismatch", "其他收入30.00万元", "其他收入300000万元", "其他收入300000万元",
         "300000 is the amount in 元 labelled 万元 (30.00万元 in both tables; 2,986.45 + 110.00 + 30.00 = 3,126.45)"),
        ("e6", "year_mismatch", "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日",
         "the 2023 department report states its spending as at 31 December 2022"),
    ],
    # ------------------------------------------------------------ D  Guangdong, Wanshan, 2024
    "gd-wanshan-haidaodengta-2024": [
        ("e1", "balance_mismatch", "年末结余29.15万元", "年末结余29.51万元", "年末结余29.51万元",
         "received 418.00 - spent 388.85 = 29.15, stated 29.51"),
        ("e2", "grade_mismatch", "评价等级为良", "评价等级为优", "评价等级为优",
         "89.98 is below 90: the band is 良, not 优"),
        ("e3", "score_exceeds_weight", "8\t\n\t\t\t灯桩维护数量\t6\t≥24座\t24座\t100%\t6",
         "9\t\n\t\t\t灯桩维护数量\t6\t≥24座\t24座\t100%\t5", "9处\t100%\t9",
         "维护公共码头及候船亭数量 scores 9 against a weight of 8 (灯桩维护数量 lowered from 6 to 5 in the same edit, "
         "so 产出 44.13 and the total 89.98 still add up)"),
        ("e4", "implausible_rate", "渔民群体满意度83.4%", "渔民群体满意度103.4%", "渔民群体满意度103.4%",
         "a satisfaction rate cannot exceed 100%"),
        ("e5", "conflicting_values", "惠及海岛居民及渔民6,820人", "惠及海岛居民及渔民6,280人", "6,280人",
         "the text gives 6,280 beneficiaries, the table's actual value is 6820人"),
        ("e6", "completion_mismatch", "6820人\t104.92%", "6820人\t109.42%", "109.42%",
         "受益人数 ≥6500人, actual 6820人: 6820 / 6500 = 104.92%, stated 109.42%"),
    ],
    # ------------------------------------------------------------ E  Zhejiang, Jiaojiang, 2025
    "zj-jiaojiang-dachendao-2025": [
        ("e1", "weight_sum_mismatch", "产出指标50分", "产出指标60分", "产出指标60分",
         "stated level weights 10 + 60 + 30 + 10 = 110, and the 产出 rows carry 6 + 10 + 6 + 8 + 10 + 10 = 50"),
        ("e2", "score_sum_mismatch", "85.00%    10    8.50", "85.00%    10    8.80", "85.00%    10    8.80",
         "row scores now add up to 76.54 (效益 22.00) while the total says 76.24 (效益 21.70)"),
        ("e3", "unit_mismatch", "≤350元    336元", "≤350元    336万元", "336万元",
         "target in 元 per lamp, actual written in 万元 (the text says 336元 and 10.01万元 / 298盏 = 336元)"),
        ("e4", "year_mismatch", "2025年项目年初预算", "2024年项目年初预算", "2024年项目年初预算",
         "the budget sentence of the 2025 report names 2024 as the budget year"),
        ("e5", "rate_mismatch", "38.15      95.38%", "38.15      95.83%", "95.83%",
         "海岛供水及污水处理设施运维 38.15 / 40.00 = 95.38%, stated 95.83%"),
        ("e6", "conflicting_values", "全年受理停水停电投诉20件", "全年受理停水停电投诉22件", "停水停电投诉22件",
         "the text counts 22 complaints, the table's actual value is 20件"),
    ],
}


def main():
    lines = []
    for src in SOURCES:
        clean_name = src + "-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        lines.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, old, new, value, why in EDITS[src]:
            if clean.count(old) != 1:
                sys.exit("%s %s: old text occurs %d times: %r" % (src, suffix, clean.count(old), old))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit("%s %s: value occurs %d times: %r" % (src, suffix, text.count(value), value))
            name = "%s-%s.txt" % (src, suffix)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            lines.append({"case": name, "source": src, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value, "explanation": why}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases (%d with an injected error)" % (len(lines), sum(1 for r in lines if not r["clean"])))


if __name__ == "__main__":
    main()
