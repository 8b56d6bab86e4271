#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each edit replaces one anchor string (it must occur exactly once in the clean draft) by a
variant that carries one injected inconsistency.  `value` is the substring the label points
at; verify.py checks it occurs once in the error case and never in the clean draft.
Pure Python 3, no third-party modules.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jiangle-gongyilin-2022",
    "tonggu-tianbao-2019",
    "suichang-gongyilin-2024",
    "guangze-natforest-2020",
    "anfu-forestrydept-2023",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---- 将乐县林业局 2022 省级以上生态公益林补偿 (Fujian) ----
    ("jiangle-gongyilin-2022", 1, "rate_mismatch",
     "全年执行1470.52万元，预算执行率99.51%",
     "全年执行1470.52万元，预算执行率98.67%",
     "预算执行率98.67%",
     "1470.52 / 1477.76 = 99.51% (table says 99.51%); 98.67% is 当年财政拨款执行数1458.16 over 全年预算1477.76: wrong numerator"),
    ("jiangle-gongyilin-2022", 2, "completion_mismatch",
     "≥98%｜96.8%｜98.78%",
     "≥98%｜96.8%｜96.80%",
     "96.8%｜96.80%",
     "巡护到岗率 target ≥98%, actual 96.8%: completion 96.8/98 = 98.78%; the actual was copied into the 完成率 cell (score 4.94 still follows 98.78%)"),
    ("jiangle-gongyilin-2022", 3, "unit_mismatch",
     "二是护林员管护劳务支出535.68万元",
     "二是护林员管护劳务支出5356800万元",
     "5356800万元",
     "186人 × 2400元/月 × 12 = 5,356,800元 = 535.68万元: a 元 figure labelled 万元 (off by 10^4); with it 865.20 + x + 69.64 no longer gives 1470.52"),
    ("jiangle-gongyilin-2022", 4, "balance_mismatch",
     "年末结余7.24万元",
     "年末结余7.42万元",
     "年末结余7.42万元",
     "到位1477.76 − 执行1470.52 = 7.24, stated 7.42 (digits transposed)"),
    ("jiangle-gongyilin-2022", 5, "sum_mismatch",
     "年初预算1465.40万元，其中中央财政补偿资金453.76万元",
     "年初预算1465.40万元，其中中央财政补偿资金435.76万元",
     "1465.40万元，其中中央财政补偿资金435.76万元",
     "中央435.76 + 省级1011.64 = 1447.40 ≠ 年初预算1465.40 (中央 should be 28.36万亩 × 16元 = 453.76)"),
    ("jiangle-gongyilin-2022", 6, "year_mismatch",
     "2022年项目全年预算数1477.76万元",
     "2021年项目全年预算数1477.76万元",
     "2021年项目全年预算数1477.76万元",
     "the 2022 report's budget sentence names 2021 (last year's wording left in); the table and title say 2022"),

    # ---- 铜鼓县林业局 2019 天然商品林停伐管护补助 (Jiangxi) ----
    ("tonggu-tianbao-2019", 1, "grade_mismatch",
     "自评总得分89.65分，评价等级为“良”",
     "自评总得分89.65分，评价等级为“优”",
     "评价等级为“优”",
     "89.65 lies in the 良 band (80 ≤ s < 90); 优 needs 90 — the writer rounded up"),
    ("tonggu-tianbao-2019", 2, "average_mismatch",
     "平均每个林场管护2.08万亩",
     "平均每个林场管护2.15万亩",
     "平均每个林场管护2.15万亩",
     "(2.30 + 2.15 + 1.80) / 3 = 2.08; 2.15 is the middle value, not the mean"),
    ("tonggu-tianbao-2019", 3, "completion_mismatch",
     "≤0.9‰｜1.2‰｜75.00%",
     "≤0.9‰｜1.2‰｜133.33%",
     "1.2‰｜133.33%",
     "reverse (≤) indicator missed: completion = 0.9/1.2 = 75.00%; 133.33% is actual/target as if it were ≥ (score 3.75 still follows 75%)"),
    ("tonggu-tianbao-2019", 4, "implausible_rate",
     "实际支出7.86万元，执行率98.25%",
     "实际支出8.60万元，执行率107.50%",
     "实际支出8.60万元，执行率107.50%",
     "巡护装备 plan 8.00, spent 8.60: 8.60/8.00 = 107.50% — arithmetic right, but an execution rate above 100%"),
    ("tonggu-tianbao-2019", 5, "weight_sum_mismatch",
     "1.32万元｜100.00%｜5｜5",
     "1.32万元｜100.00%｜10｜5",
     "护林员人均年管护劳务收入｜≥1.32万元｜1.32万元｜100.00%｜10｜5｜—\n效益指标｜可持续影响指标｜天然林管护长效机制｜健全｜初步建立，部分乡镇网格化管护未落实｜—｜10｜6｜部分达成年度指标\n合计｜｜｜｜｜｜100",
     "weight of 护林员人均年管护劳务收入 typed as 10 (last year's template): 分值 column now sums to 105, stated 100; 效益 rows 35 against 30"),
    ("tonggu-tianbao-2019", 6, "conflicting_values",
     "聘用天保专职护林员96人",
     "聘用天保专职护林员98人",
     "天保专职护林员98人",
     "the same headcount is 96 in the table, in 问4 (96名护林员 × 1100元 × 12 = 126.72万元) and in 问6 (全年在岗96人)"),

    # ---- 遂昌县自然资源和规划局 2024 省级以上公益林补偿 (Zhejiang) ----
    ("suichang-gongyilin-2024", 1, "sum_mismatch",
     "县级财政295.30万元",
     "县级财政259.30万元",
     "5395.30万元，其中中央财政834.88万元、省级财政4265.12万元、县级财政259.30万元",
     "834.88 + 4265.12 + 259.30 = 5359.30 ≠ 年初预算5395.30 (县级 should be 295.30)"),
    ("suichang-gongyilin-2024", 2, "balance_mismatch",
     "年末结余23.52万元",
     "年末结余25.32万元",
     "年末结余25.32万元",
     "全年预算5431.72 − 执行5408.20 = 23.52 (= 应兑付4558.96 − 实际兑付4535.44); stated 25.32"),
    ("suichang-gongyilin-2024", 3, "unit_mismatch",
     "≥128.36万亩\t128.36万亩",
     "≥128.36万亩\t100%",
     "≥128.36万亩\t100%",
     "target in 万亩, actual written as a percentage: completion cannot be computed"),
    ("suichang-gongyilin-2024", 4, "score_sum_mismatch",
     "健全，个别乡镇护林员考核不够严格\t10\t9",
     "健全，个别乡镇护林员考核不够严格\t10\t8",
     "健全，个别乡镇护林员考核不够严格\t10\t8\t完善乡镇考核办法\n满意度指标\t服务对象满意度指标\t林权所有者满意度\t≥90%\t92.6%\t10\t10\t无\n总分\t\t\t\t\t100\t97.51",
     "可持续影响 score lowered to 8 without updating the total: 9.96 + 49.98 + 26.57 + 10 = 96.51, stated 97.51"),
    ("suichang-gongyilin-2024", 5, "conflicting_values",
     "累计发放公益林补偿收益权质押贷款1.86亿元",
     "累计发放公益林补偿收益权质押贷款1.68亿元",
     "质押贷款1.68亿元",
     "the self-evaluation table gives 公益林补偿收益权质押贷款累计发放额 1.86亿元"),
    ("suichang-gongyilin-2024", 6, "year_mismatch",
     "结转至2025年继续兑付",
     "结转至2024年继续兑付",
     "结转至2024年",
     "money left at the end of 2024 cannot be carried over into 2024 itself"),

    # ---- 光泽县国有林场 2020 国有天然林管护 (Fujian) ----
    ("guangze-natforest-2020", 1, "score_exceeds_weight",
     "质量指标｜10｜10\n时效指标｜5｜5",
     "质量指标｜10｜12\n时效指标｜5｜3",
     "质量指标｜10｜12",
     "质量指标 scored 12 with weight 10 (two points shifted from 时效 so the total still reads 93.49)"),
    ("guangze-natforest-2020", 2, "rate_mismatch",
     "全年执行108.21万元，预算执行率90.73%",
     "全年执行108.21万元，预算执行率94.18%",
     "预算执行率94.18%",
     "108.21 / 119.26 = 90.73%; 94.18% divides by 当年财政拨款114.90 instead of 全年预算数 (wrong base)"),
    ("guangze-natforest-2020", 3, "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%",
     "执行率 100.00% filled down into the 其他资金 row, whose budget is 0.00: a rate on a zero base"),
    ("guangze-natforest-2020", 4, "weight_sum_mismatch",
     "社会效益指标｜5｜5",
     "社会效益指标｜10｜5",
     "社会效益指标｜10｜5\n可持续影响指标｜10｜7\n服务对象满意度指标｜10｜9.89\n合计｜100",
     "社会效益 weight typed as 10: weights now sum to 105 against 合计100 (and 效益 35 against the stated 30)"),
    ("guangze-natforest-2020", 5, "score_sum_mismatch",
     "可持续影响指标｜10｜7",
     "可持续影响指标｜10｜8",
     "可持续影响指标｜10｜8\n服务对象满意度指标｜10｜9.89\n合计｜100｜93.49",
     "可持续影响 score raised to 8 without the total: rows now sum to 94.49, stated 93.49"),
    ("guangze-natforest-2020", 6, "unit_mismatch",
     "≥5公里｜3.2公里｜64.00%",
     "≥5公里｜64%｜64.00%",
     "≥5公里｜64%",
     "target in 公里, actual written as a percentage (the completion rate) instead of 3.2公里"),

    # ---- 安福县林业局 2023 部门整体支出 (Jiangxi) ----
    ("anfu-forestrydept-2023", 1, "average_mismatch",
     "5个项目平均自评得分92.40分",
     "5个项目平均自评得分93.00分",
     "平均自评得分93.00分",
     "(96.50 + 95.00 + 92.00 + 88.50 + 90.00) / 5 = 92.40; 93.00 is the mean of the first four only"),
    ("anfu-forestrydept-2023", 2, "grade_mismatch",
     "自评等级：优秀",
     "自评等级：良好",
     "自评等级：良好",
     "90.00 is 优 (90 inclusive), not 良"),
    ("anfu-forestrydept-2023", 3, "score_exceeds_weight",
     "8.00\n｜成本指标｜5｜5.00",
     "7.00\n｜成本指标｜5｜6.00",
     "｜成本指标｜5｜6.00",
     "成本指标 scored 6.00 with weight 5 (one point moved from 时效, total still 90.00)"),
    ("anfu-forestrydept-2023", 4, "sum_mismatch",
     "公用经费115.83万元",
     "公用经费121.46万元",
     "1012.35万元（人员经费896.52万元、公用经费121.46万元",
     "896.52 + 121.46 = 1017.98 ≠ 基本支出1012.35 (公用经费 should be 115.83)"),
    ("anfu-forestrydept-2023", 5, "conflicting_values",
     "惠及农户2.61万户；天然",
     "惠及农户2.16万户；天然",
     "惠及农户2.16万户",
     "问题五 gives 公益林补偿惠及农户2.61万户 for the same quantity"),
    ("anfu-forestrydept-2023", 6, "balance_mismatch",
     "年末结转结余44.82万元",
     "年末结转结余44.28万元",
     "结转结余44.28万元",
     "全年预算3286.45 − 支出3241.63 = 44.82 (= 7.34 + 37.48); stated 44.28"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    labels = []
    for src in PROJECTS:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in sorted((e for e in EDITS if e[0] == src), key=lambda e: e[1]):
            if clean.count(old) != 1:
                raise SystemExit(f"{src}-e{n}: anchor occurs {clean.count(old)} times: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{src}-e{n}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
