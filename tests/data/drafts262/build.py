#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts262 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the
clean draft of its source.  `value` is a short exact substring of the error case that
contains the changed figure; the scorer accepts a finding overlapping it.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hancheng-wenwuxiushan-2022",
    "gongyi-kaogukantan-2021",
    "jiexiu-bowuguan-2019",
    "dongyang-feiyichuancheng-2024",
    "qinan-bowuguan-bumen-2023",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # --- 韩城市 省级文物保护单位修缮 2022 (Shaanxi, MOF table) ---
    ("hancheng-wenwuxiushan-2022", 1, "rate_mismatch",
     "当年财政拨款支出245.74万元，执行率94.52%",
     "当年财政拨款支出245.74万元，执行率95.42%",
     "执行率95.42%",
     "prose: current-year appropriation 245.74 spent of 260.00 = 94.52%, stated 95.42%"),
    ("hancheng-wenwuxiushan-2022", 2, "score_exceeds_weight",
     "1268平方米｜10｜10｜\n产出指标｜质量指标｜工程竣工验收合格率｜100%｜100%｜10｜10｜",
     "1268平方米｜10｜9｜\n产出指标｜质量指标｜工程竣工验收合格率｜100%｜100%｜10｜11｜",
     "工程竣工验收合格率｜100%｜100%｜10｜11",
     "table: score 11 above the row weight 10 (the area row above was lowered to 9, so the total still reads 94.99)"),
    ("hancheng-wenwuxiushan-2022", 3, "year_mismatch",
     "截至2022年12月31日，项目累计支出",
     "截至2021年12月31日，项目累计支出",
     "截至2021年12月31日",
     "prose: spending of the 2022 project reported as of 2021-12-31; the evaluation year is 2022"),
    ("hancheng-wenwuxiushan-2022", 4, "balance_mismatch",
     "未支付的14.26万元",
     "未支付的14.62万元",
     "14.62万元",
     "prose: unspent = 295.60 - 281.34 = 14.26, stated 14.62"),
    ("hancheng-wenwuxiushan-2022", 5, "completion_mismatch",
     "完成年度目标的105.67%",
     "完成年度目标的105.76%",
     "完成年度目标的105.76%",
     "prose: 1268 / 1200 = 105.67%, stated 105.76%"),
    ("hancheng-wenwuxiushan-2022", 6, "grade_mismatch",
     "评价等级为优。",
     "评价等级为良。",
     "评价等级为良",
     "prose: total 94.99 lies in the 优 band (>= 90), stated 良"),

    # --- 巩义市 基本建设考古调查勘探 2021 (Henan, MOF table) ---
    ("gongyi-kaogukantan-2021", 1, "balance_mismatch",
     "年末结余30.38万元",
     "年末结余30.83万元",
     "30.83万元",
     "prose: received 180.00 - spent 149.62 = 30.38, stated 30.83"),
    ("gongyi-kaogukantan-2021", 2, "weight_sum_mismatch",
     "｜92.86%｜10｜9.77｜",
     "｜92.86%｜12｜9.77｜",
     "92.86%｜12｜9.77",
     "table: 时效 weight typed 12, the weights now add to 102 while the total row says 100"),
    ("gongyi-kaogukantan-2021", 3, "unit_mismatch",
     "｜≥45个｜42个｜10｜9.33｜",
     "｜≥45个｜93.33%｜10｜9.33｜",
     "≥45个｜93.33%",
     "table: target counted in 个, actual given as a percentage (the completion rate typed into the actual cell)"),
    ("gongyi-kaogukantan-2021", 4, "conflicting_values",
     "｜368.6万平方米｜15｜15｜",
     "｜386.6万平方米｜15｜15｜",
     "386.6万平方米",
     "table: surveyed area 386.6万平方米 while the text (twice, and the goal block) gives 368.6 = 101.2 + 96.5 + 88.3 + 82.6"),
    ("gongyi-kaogukantan-2021", 5, "implausible_rate",
     "实际支出28.46万元，执行率94.87%",
     "实际支出32.46万元，执行率108.20%",
     "32.46万元，执行率108.20%",
     "prose: 32.46 spent of the 30.00 added mid-year: execution rate over 100%"),
    ("gongyi-kaogukantan-2021", 6, "average_mismatch",
     "平均每支队伍完成92.15万平方米",
     "平均每支队伍完成92.51万平方米",
     "平均每支队伍完成92.51万平方米",
     "prose: (101.2 + 96.5 + 88.3 + 82.6) / 4 = 92.15, stated 92.51"),

    # --- 介休市博物馆 免费开放 2019 (Shanxi layout) ---
    ("jiexiu-bowuguan-2019", 1, "completion_mismatch",
     "｜13.6万人次｜113.33%｜",
     "｜13.6万人次｜133.33%｜",
     "13.6万人次｜133.33%",
     "table: 13.6 / 12 = 113.33%, stated 133.33%"),
    ("jiexiu-bowuguan-2019", 2, "rate_mismatch",
     "｜95.97｜95.53｜",
     "｜95.97｜95.35｜",
     "(7)=(4)/(2)｜95.97｜95.35",
     "funds table row (7), column 财政资金小计: 57.32 / 60.00 = 95.53, stated 95.35"),
    ("jiexiu-bowuguan-2019", 3, "sum_mismatch",
     "年初预算资金｜(1)｜60.00｜60.00｜40.00｜12.00｜",
     "年初预算资金｜(1)｜60.00｜60.00｜40.00｜21.00｜",
     "年初预算资金｜(1)｜60.00｜60.00｜40.00｜21.00",
     "funds table row (1): 小计 60.00 but 40.00 + 21.00 + 0 + 8.00 = 69.00 (省级 cell typed 21.00 for 12.00)"),
    ("jiexiu-bowuguan-2019", 4, "score_sum_mismatch",
     "｜94.40%｜14.16",
     "｜94.40%｜14.61",
     "94.40%｜14.61",
     "table: row scores now add to 96.71, stated total 96.26 (and 效益 29.16 in the text)"),
    ("jiexiu-bowuguan-2019", 5, "unit_mismatch",
     "｜≤66.50万元｜63.82万元｜100%｜",
     "｜≤66.50万元｜95.97%｜100%｜",
     "≤66.50万元｜95.97%",
     "table: cost target in 万元, actual given as a percentage (the execution rate pasted into the cell)"),
    ("jiexiu-bowuguan-2019", 6, "weight_sum_mismatch",
     "全年免费开放天数｜10｜",
     "全年免费开放天数｜12｜",
     "全年免费开放天数｜12",
     "table: weights now add to 102 while the 合计 row says 100"),

    # --- 东阳市 非遗代表性传承人补助 2024 (Zhejiang, prose only) ---
    ("dongyang-feiyichuancheng-2024", 1, "sum_mismatch",
     "其中代表性传承人补助37.60万元",
     "其中代表性传承人补助37.06万元",
     "代表性传承人补助37.06万元",
     "prose: 37.06 + 10.00 = 47.06, not the 47.60 budget; the four levels add to 8.00 + 9.00 + 7.80 + 12.80 = 37.60"),
    ("dongyang-feiyichuancheng-2024", 2, "average_mismatch",
     "平均每个项目42场",
     "平均每个项目43场",
     "平均每个项目43场",
     "prose: (52 + 44 + 30) / 3 = 42, stated 43"),
    ("dongyang-feiyichuancheng-2024", 3, "score_sum_mismatch",
     "效益指标30分，得28.5分",
     "效益指标30分，得27.5分",
     "效益指标30分，得27.5分",
     "prose: 效益 sub-scores 19 + 9.5 = 28.5 and 9.84 + 48 + 27.5 + 9.6 = 94.94, stated total 95.94"),
    ("dongyang-feiyichuancheng-2024", 4, "year_mismatch",
     "于2023年12月提前下达",
     "于2022年12月提前下达",
     "2022年12月提前下达",
     "prose: funds of the 2024 project issued in advance in December 2022; an advance comes in the December before the evaluation year (2023)"),
    ("dongyang-feiyichuancheng-2024", 5, "unit_mismatch",
     "计9.00万元",
     "计90000万元",
     "90000万元",
     "prose: 18 persons x 5000元 = 90000元 = 9.00万元 written with the unit 万元 (off by 10^4); rescaled it restores 37.60"),
    ("dongyang-feiyichuancheng-2024", 6, "score_exceeds_weight",
     "时效指标10分得10分、成本指标5分得5分",
     "时效指标10分得9分、成本指标5分得6分",
     "成本指标5分得6分",
     "prose: 成本 scored 6 of a 5-point weight (时效 lowered to 9, so 产出 still reads 48)"),

    # --- 秦安县博物馆 部门整体 2023 (Gansu) ---
    ("qinan-bowuguan-bumen-2023", 1, "average_mismatch",
     "平均得分90.83分",
     "平均得分90.38分",
     "平均得分90.38分",
     "prose: (82.5 + 96 + 94) / 3 = 90.83, stated 90.38"),
    ("qinan-bowuguan-bumen-2023", 2, "implausible_rate",
     "实际到位44.50万元，到位率100%",
     "实际到位54.50万元，到位率122.47%",
     "54.50万元，到位率122.47%",
     "prose: 54.50 received of a 44.50 allocation, 到位率 122.47% over 100%"),
    ("qinan-bowuguan-bumen-2023", 3, "grade_mismatch",
     "评价等级｜良",
     "评价等级｜优",
     "评价等级｜优",
     "table: total 89.19 lies in the 良 band (80 <= s < 90), stated 优"),
    ("qinan-bowuguan-bumen-2023", 4, "conflicting_values",
     "｜≥480次｜512次｜",
     "｜≥480次｜521次｜",
     "521次",
     "table: 521 patrols while the text gives 512 for the same indicator"),
    ("qinan-bowuguan-bumen-2023", 5, "score_exceeds_weight",
     "接待观众人次｜8｜≥10万人次｜9.26万人次｜7.41｜展厅改造期间部分展厅闭展\n产出指标｜数量指标｜田野文物安全巡查次数｜7｜",
     "接待观众人次｜7｜≥10万人次｜9.26万人次｜7.41｜展厅改造期间部分展厅闭展\n产出指标｜数量指标｜田野文物安全巡查次数｜8｜",
     "接待观众人次｜7｜≥10万人次｜9.26万人次｜7.41",
     "table: weights of two adjacent rows swapped (8 <-> 7): score 7.41 above the weight 7; the weight total stays 100"),
    ("qinan-bowuguan-bumen-2023", 6, "sum_mismatch",
     "基本支出｜168.40｜",
     "基本支出｜186.40｜",
     "基本支出｜186.40",
     "funds table: 年初 186.40 + 140.50 = 326.90, 合计 says 308.90"),
]


def main():
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
    labels = []
    errors = []
    for src in SOURCES:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            text = clean[src]
            cnt = text.count(old)
            if cnt != 1:
                errors.append(f"{src}-e{n}: old string matches {cnt} times")
                continue
            out = text.replace(old, new, 1)
            if value not in out:
                errors.append(f"{src}-e{n}: value not in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(out)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if errors:
        for e in errors:
            print("ERROR", e)
        return 1
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
