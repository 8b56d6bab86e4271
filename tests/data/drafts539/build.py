#!/usr/bin/env python3
"""Build drafts539: the 30 error cases and labels.jsonl from the five clean drafts and the edit list below.

Each edit is exact: `old` must occur exactly once in the clean draft and is replaced by `new`; `value` (the
label value) must occur exactly once in the resulting case.  Run `python3 build.py --table` to print the
"Injected errors" table used in README.md.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "js-jiangdu-tuibuanzhi-2019",
    "hb-jianli-tuibuanzhi-2020",
    "jx-yugan-tuibuanzhi-2021",
    "gz-chishui-nongyeju-bumen-2023",
    "ah-dongzhi-tuibuanzhi-2024",
]

# (source, code, old, new, value, where, explanation)
EDITS = [
    # ---- 江都 2019
    ("js-jiangdu-tuibuanzhi-2019", "rate_mismatch",
     "资金到位率96.88%", "资金到位率98.68%", "资金到位率98.68%",
     "prose, 二（一）",
     "到位 1,240.00 / 全年预算 1,280.00 = 96.875% → 96.88%, stated 98.68%"),
    ("js-jiangdu-tuibuanzhi-2019", "sum_mismatch",
     "浦头镇  41              97  ", "浦头镇  41              79  ", "浦头镇  41              79",
     "表2 (by township), 人数 column",
     "退捕人数 151 + 79 + 64 + 44 = 338, 合计 row says 356 (浦头镇 97 → 79)"),
    ("js-jiangdu-tuibuanzhi-2019", "year_mismatch",
     "结转至2020年", "结转至2019年", "结转至2019年",
     "prose, 二（二） carry-over",
     "the unspent part of the 2019 budget is carried over to 2019 itself; a carry-over goes to a later year (2020)"),
    ("js-jiangdu-tuibuanzhi-2019", "average_mismatch",
     "213.70            79,148", "213.70            79,418", "213.70            79,418",
     "表2, 丁沟镇 户均 cell",
     "丁沟镇 213.70万元 = 2,137,000元 / 27户 = 79,148元, stated 79,418"),
    ("js-jiangdu-tuibuanzhi-2019", "implausible_rate",
     "市级财政资金  —        —        —        —        —",
     "市级财政资金  —        —        —        —        100.00%",
     "市级财政资金  —        —        —        —        100.00%",
     "表1, 市级 row 执行率 cell",
     "市级 has no budget (全年预算 —, 执行 —): an execution rate of 100.00% on a zero base"),
    ("js-jiangdu-tuibuanzhi-2019", "weight_sum_mismatch",
     "补助对象身份核查准确率  100%          100%        100.00%  10    10",
     "补助对象身份核查准确率  100%          100%        100.00%  12    10",
     "补助对象身份核查准确率  100%          100%        100.00%  12",
     "表3, 质量指标 row 分值",
     "分值 10 → 12: the weights now add to 102 while 合计 says 100 (score 10 unchanged, still ≤ 12)"),
    # ---- 监利 2020
    ("hb-jianli-tuibuanzhi-2020", "score_exceeds_weight",
     "104.22%  10    10\n分值合计：100分    自评得分：98.00分",
     "104.22%  10    11\n分值合计：100分    自评得分：99.00分",
     "104.22%  10    11",
     "表3, 满意度 row 得分 (and the total line below it)",
     "满意度 scored 11 against a weight of 10; the total line was raised to 99.00 in the same edit, so the "
     "scores still add up and the grade (优) still holds"),
    ("hb-jianli-tuibuanzhi-2020", "balance_mismatch",
     "年末结余61.08万元", "年末结余16.08万元", "年末结余16.08万元",
     "prose, 二（二）",
     "到位 1,800.00 − 执行 1,738.92 = 61.08万元, stated 16.08"),
    ("hb-jianli-tuibuanzhi-2020", "conflicting_values",
     "1,086户2,417人", "1,086户2,471人", "共退捕渔民1,086户2,471人",
     "prose, 一 (opening)",
     "2,471人 in the opening vs 2,417人 in 表2 合计, in 过渡期生活补助 (870.12 = 2,417 × 3,600元) and in 表3"),
    ("hb-jianli-tuibuanzhi-2020", "unit_mismatch",
     "每户8,000元", "每户8,000万元", "一次性安置补助每户8,000万元",
     "prose, 一 (standards)",
     "the standard is 8,000元 per household (1,086户 × 8,000元 = 868.80万元, 表2 rows likewise); written 8,000万元 "
     "it is off by 10^4"),
    ("hb-jianli-tuibuanzhi-2020", "completion_mismatch",
     "2417人          100.71%", "2417人          100.17%", "2417人          100.17%",
     "表3, 过渡期生活补助发放人数 完成率",
     "2417 / 2400 = 100.71%, stated 100.17%"),
    ("hb-jianli-tuibuanzhi-2020", "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "prose, 五 自评结论",
     "total 98.00 (分值合计 line) is in the 优 band, stated 良"),
    # ---- 余干 2021
    ("jx-yugan-tuibuanzhi-2021", "rate_mismatch",
     "118.76    43.99%", "118.76    49.39%", "118.76    49.39%",
     "表1, 县级 row 执行率",
     "县级 118.76 / 270.00 = 43.99% (as the text says in 六), stated 49.39%"),
    ("jx-yugan-tuibuanzhi-2021", "score_sum_mismatch",
     "95.11%   9.51", "95.11%   9.15", "856户         95.11%   9.15",
     "表3, 转产就业扶持户数 得分",
     "row scores now add to 97.48 while 合计 and the text say 97.84 (9.51 → 9.15)"),
    ("jx-yugan-tuibuanzhi-2021", "unit_mismatch",
     "≥2700人    2764人        102.37%", "≥2700人    102.37%       102.37%", "≥2700人    102.37%",
     "表3, 社会保险参保人数 实际完成值",
     "target is a head-count (≥2700人), actual written as a percentage (102.37%): completion cannot be computed"),
    ("jx-yugan-tuibuanzhi-2021", "year_mismatch",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "prose, 二（一）",
     "year-end position of a 2021 report dated 截至2020年12月31日"),
    ("jx-yugan-tuibuanzhi-2021", "sum_mismatch",
     "414.60万元", "441.60万元", "1,512.96万元、441.60万元、171.20万元",
     "prose, 二（二） 分别 list",
     "1,512.96 + 441.60 + 171.20 = 2,125.76, but 全年支出 is 2,098.76 (414.60 → 441.60)"),
    ("jx-yugan-tuibuanzhi-2021", "average_mismatch",
     "户均领取过渡期生活补助11,166元", "户均领取过渡期生活补助11,616元", "户均领取过渡期生活补助11,616元",
     "prose, after 表2",
     "1,512.96万元 / 1,355户 = 11,165.76元 → 11,166, stated 11,616"),
    # ---- 赤水 2023 (部门整体)
    ("gz-chishui-nongyeju-bumen-2023", "balance_mismatch",
     "年末结转结余442.93万元", "年末结转结余424.93万元", "年末结转结余424.93万元",
     "prose, 二（一）",
     "全年预算 8,426.35 − 全年支出 7,983.42 = 442.93万元, stated 424.93"),
    ("gz-chishui-nongyeju-bumen-2023", "conflicting_values",
     "626户1,402名", "626户1,420名", "继续为626户1,420名退捕渔民",
     "prose, 一（二）",
     "1,420 recipients in the opening vs 1,402 in 表2 合计, in 养老保险缴费补贴 (420.60 = 1,402 × 3,000元) and in 表3"),
    ("gz-chishui-nongyeju-bumen-2023", "implausible_rate",
     "95.20%      105.78%", "102.50%     113.89%", "102.50%     113.89%",
     "表3, 退捕渔民满意度 row",
     "satisfaction 102.50% is above 100% (the completion 113.89% = 102.50/90 was changed with it, so it is "
     "consistent)"),
    ("gz-chishui-nongyeju-bumen-2023", "weight_sum_mismatch",
     "9.86万元    100.00%  5     5", "9.86万元    100.00%  6     5", "9.86万元    100.00%  6",
     "表3, 成本指标 row 分值",
     "分值 5 → 6: weights add to 101 while 合计 says 100"),
    ("gz-chishui-nongyeju-bumen-2023", "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "prose, 四 自评结论",
     "99.12 is in the 优 band, stated 良"),
    ("gz-chishui-nongyeju-bumen-2023", "completion_mismatch",
     "268次       111.67%", "268次       117.67%", "268次       117.67%",
     "表3, 渔政执法巡查次数 完成率",
     "268 / 240 = 111.67%, stated 117.67%"),
    # ---- 东至 2024
    ("ah-dongzhi-tuibuanzhi-2024", "score_exceeds_weight",
     "95.06%   10    9.51\n分值合计100分，自评得分98.16分",
     "95.06%   10    10.51\n分值合计100分，自评得分99.16分",
     "95.06%   10    10.51",
     "表3, 预算执行率 row 得分 (last row, and the total line below it)",
     "execution scored 10.51 against a weight of 10; the total was raised to 99.16 in the same edit, so the "
     "scores still add up and the grade (优秀) still holds"),
    ("ah-dongzhi-tuibuanzhi-2024", "score_sum_mismatch",
     "91.00%   15    13.65", "91.00%   15    13.56", "91.00%   15    13.56",
     "表3, 退捕渔民稳定就业率 得分",
     "row scores now add to 98.07 while the total line says 98.16 (13.65 → 13.56)"),
    ("ah-dongzhi-tuibuanzhi-2024", "rate_mismatch",
     "资金使用率为98.90%", "资金使用率为98.09%", "资金使用率为98.09%",
     "prose, 二（二）",
     "使用率 on the 到位 base: 617.16 / 624.00 = 98.90% (on the budget base 95.06%); 98.09% matches neither"),
    ("ah-dongzhi-tuibuanzhi-2024", "unit_mismatch",
     "县级配套资金1,260,000元", "县级配套资金1,260,000万元", "县级配套资金1,260,000万元",
     "prose, 二（一） source list",
     "the county share is 1,260,000元 = 126.00万元 (表1; 318.00 + 205.20 + 126.00 = 649.20); written 万元 it is "
     "off by 10^4"),
    ("ah-dongzhi-tuibuanzhi-2024", "implausible_rate",
     "实际参训612人，参训率95.63%", "实际参训662人，参训率103.44%", "实际参训662人，参训率103.44%",
     "prose, 三",
     "662 trained out of 640 willing: 参训率 103.44% (consistent with 662/640) is above 100%"),
    ("ah-dongzhi-tuibuanzhi-2024", "year_mismatch",
     "已于2023年12月提前下达", "已于2022年12月提前下达", "已于2022年12月提前下达",
     "prose, 二（一）",
     "an advance for the 2024 budget is issued in December 2023, not December 2022"),
]


def main():
    labels = []
    counter = {}
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, code, old, new, value, where, expl) in EDITS:
            if s != src:
                continue
            counter[src] = counter.get(src, 0) + 1
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src} {code}: old {old!r} occurs {n} times in the clean draft")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{src} {code}: value {value!r} occurs {text.count(value)} times")
            name = f"{src}-e{counter[src]}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if "--table" in sys.argv:
        print("| case | code | where | what changed |")
        print("|---|---|---|---|")
        counter = {}
        for (s, code, old, new, value, where, expl) in EDITS:
            counter[s] = counter.get(s, 0) + 1
            o = old.replace("\n", "⏎").split("  ")
            print(f"| {s}-e{counter[s]} | {code} | {where} | `{old.replace(chr(10), '⏎')}` → "
                  f"`{new.replace(chr(10), '⏎')}`: {expl} |")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
