#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
The edit makes one contiguous change; `value` is a short exact substring of the error case
that contains the changed figure or word.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (suffix, code, where, old, new, value, explanation)
EDITS = {
    "jl-huinan-hucegaizao-2019": [
        ("e1", "rate_mismatch", "prose",
         "县级配套资金支出51.36万元，执行率64.20%",
         "县级配套资金支出51.36万元，执行率64.02%",
         "执行率64.02%",
         "county co-funding: 51.36 spent of 80.00 budgeted = 64.20%, stated 64.02%"),
        ("e2", "year_mismatch", "prose",
         "已按规定结转至2020年，继续用于",
         "已按规定结转至2019年，继续用于",
         "结转至2019年",
         "the unspent 28.64万元 of the 2019 budget is carried over to 2019 itself; a carry-over goes to 2020"),
        ("e3", "average_mismatch", "prose",
         "平均每台12.80万元",
         "平均每台12.90万元",
         "平均每台12.90万元",
         "(12.50 + 12.70 + 13.20) / 3 = 12.80, stated 12.90"),
        ("e4", "score_sum_mismatch", "table",
         "改厕后续管护机制｜建立｜基本建立｜10｜8｜",
         "改厕后续管护机制｜建立｜基本建立｜10｜9｜",
         "基本建立｜10｜9",
         "row scores now add up to 98.09 (效益 rows 28.60) while 总分 and the text read 97.09 (效益 27.60)"),
        ("e5", "grade_mismatch", "prose",
         "评价等级为“优”",
         "评价等级为“良”",
         "评价等级为“良”",
         "total 97.09 lies in the 优 band (>= 90), not 良"),
        ("e6", "weight_sum_mismatch", "table",
         "购置吸粪车数量｜3台｜3台｜5｜5｜",
         "购置吸粪车数量｜3台｜3台｜6｜5｜",
         "3台｜3台｜6｜5",
         "weights now total 101 (10 + 产出 51 + 效益 30 + 满意度 10); 产出 rows 15+6+10+10+10"),
    ],
    "sc-pengxi-zhengcuntuijin-2021": [
        ("e1", "sum_mismatch", "table",
         "其中：财政资金\t940.00\t1260.00\t1229.80\t",
         "其中：财政资金\t940.00\t1260.00\t1209.80\t",
         "1260.00\t1209.80",
         "年度资金总额 全年执行数 1229.80 = 财政资金 + 财政专户 0.00 + 单位 0.00 + 其他 0.00; the 财政资金 row now reads 1209.80 (components sum 1209.80)"),
        ("e2", "completion_mismatch", "prose",
         "完成年度目标的103.26%",
         "完成年度目标的103.62%",
         "完成年度目标的103.62%",
         "6712 / 6500 = 103.26%, stated 103.62%"),
        ("e3", "score_exceeds_weight", "table",
         "26\t个\t26\t10\t10\t\n产出指标\t数量指标\t村级粪污收集暂存设施\t=\t13\t处\t13\t5\t5\t",
         "26\t个\t26\t10\t9\t\n产出指标\t数量指标\t村级粪污收集暂存设施\t=\t13\t处\t13\t5\t6\t",
         "处\t13\t5\t6",
         "score 6 above its weight 5 (the 示范村 row above was lowered to 9, so the total still reads 98.99)"),
        ("e4", "unit_mismatch", "table",
         "整村推进示范村\t≥\t26\t个\t26\t",
         "整村推进示范村\t≥\t26\t个\t100%\t",
         "个\t100%",
         "target 26 个 (度量单位 个) but the actual value is a percentage; completion cannot be computed"),
        ("e5", "balance_mismatch", "prose",
         "未支出的30.20万元",
         "未支出的30.02万元",
         "未支出的30.02万元",
         "1260.00 received (全部到位) - 1229.80 spent = 30.20, stated 30.02"),
        ("e6", "implausible_rate", "table",
         "改厕农户满意度\t≥\t90\t%\t95.2\t",
         "改厕农户满意度\t≥\t90\t%\t105.2\t",
         "%\t105.2",
         "a satisfaction rate of 105.2% is above 100%"),
    ],
    "jx-xingguo-gaicefenwu-2020": [
        ("e1", "conflicting_values", "prose",
         "2020年全县共完成农村户厕改造4350户",
         "2020年全县共完成农村户厕改造4530户",
         "共完成农村户厕改造4530户",
         "the same output is 4350户 in section 四 (3610 三格式 + 740 双瓮式) and in the table; the opening says 4530户"),
        ("e2", "unit_mismatch", "prose",
         "分别按每户1500元、1100元标准",
         "分别按每户1500万元、1100元标准",
         "每户1500万元",
         "per-household standard written in 万元: 3610户 x 1500元 = 541.50万元 as stated; 1500万元 is off by 10^4"),
        ("e3", "completion_mismatch", "table",
         "| 4350户 | 103.57% |",
         "| 4350户 | 103.75% |",
         "4350户 | 103.75%",
         "4350 / 4200 = 103.57%, stated 103.75%"),
        ("e4", "rate_mismatch", "table",
         "| 702.35 | 10 | 94.71% |",
         "| 702.35 | 10 | 97.41% |",
         "702.35 | 10 | 97.41%",
         "702.35 / 741.60 = 94.71%, stated 97.41%"),
        ("e5", "score_sum_mismatch", "prose",
         "效益指标28.02分",
         "效益指标28.20分",
         "效益指标28.20分",
         "9.47 + 50 + 28.20 + 10 = 97.67, stated total 97.49; the table's 效益 rows give 10 + 9.52 + 8.5 = 28.02"),
        ("e6", "year_mismatch", "table",
         "项目支出绩效自评表（2020年度）",
         "项目支出绩效自评表（2021年度）",
         "项目支出绩效自评表（2021年度）",
         "the attached table claims 2021 while the report and its figures are for 2020"),
    ],
    "sd-wenshang-gaiceguanhu-2023": [
        ("e1", "sum_mismatch", "table",
         "县级改厕管护信息平台运维\t1项\t—\t32.02",
         "县级改厕管护信息平台运维\t1项\t—\t23.02",
         "1项\t—\t23.02",
         "items 128.40 + 22.40 + 53.84 + 360.00 + 168.00 + 23.02 = 755.66, 合计 764.66"),
        ("e2", "balance_mismatch", "table",
         "764.66 23.34 10",
         "764.66 23.43 10",
         "764.66 23.43",
         "实际到位 788.00 - 全年执行 764.66 = 23.34, stated 23.43"),
        ("e3", "average_mismatch", "prose",
         "平均每座90.00万元",
         "平均每座90.60万元",
         "平均每座90.60万元",
         "(92.60 + 88.40 + 95.00 + 84.00) / 4 = 90.00, stated 90.60"),
        ("e4", "implausible_rate", "prose",
         "抽厕服务满意度为97.8%",
         "抽厕服务满意度为107.8%",
         "抽厕服务满意度为107.8%",
         "a satisfaction rate of 107.8% is above 100%"),
        ("e5", "score_exceeds_weight", "table",
         "36小时 5 5\n产出指标 成本指标 三格式问题厕所整改奖补标准 ≤600元/户 600元/户 10 10",
         "36小时 5 6\n产出指标 成本指标 三格式问题厕所整改奖补标准 ≤600元/户 600元/户 10 9",
         "36小时 5 6",
         "score 6 above its weight 5 (the 成本 row below was lowered to 9, so the total still reads 99.33)"),
        ("e6", "grade_mismatch", "prose",
         "评价等级为优秀",
         "评价等级为良好",
         "评价等级为良好",
         "total 99.33 lies in the 优 band (>= 90), not 良"),
    ],
    "sn-luonan-nongyenongcun-bumen-2024": [
        ("e1", "average_mismatch", "prose",
         "平均自评得分94.50分",
         "平均自评得分94.05分",
         "平均自评得分94.05分",
         "(96.50 + 94.00 + 92.50 + 95.00) / 4 = 94.50, stated 94.05"),
        ("e2", "conflicting_values", "table",
         "| ≥2000户 | 2136户 |",
         "| ≥2000户 | 2163户 |",
         "2163户",
         "the text gives 2136户 twice (1652 三格式 + 484 双瓮式); the table's actual value reads 2163户"),
        ("e3", "weight_sum_mismatch", "table",
         "| 健全 | 基本健全 | 10 | 8",
         "| 健全 | 基本健全 | 12 | 8",
         "基本健全 | 12 | 8",
         "weights now total 102 (10 + 50 + 效益 32 + 10)"),
        ("e4", "sum_mismatch", "prose",
         "政府性基金350.00万元",
         "政府性基金305.00万元",
         "政府性基金305.00万元",
         "一般公共预算 4512.35 + 政府性基金 305.00 = 4817.35, 全年预算 4862.35"),
        ("e5", "rate_mismatch", "prose",
         "项目支出执行率95.56%",
         "项目支出执行率95.65%",
         "项目支出执行率95.65%",
         "3464.72 / 3625.87 = 95.56%, stated 95.65%"),
        ("e6", "year_mismatch", "prose",
         "截至2024年12月31日",
         "截至2023年12月31日",
         "截至2023年12月31日",
         "a year-end figure of the 2024 report dated 31 December 2023"),
    ],
}


def main():
    labels = []
    for pid, edits in EDITS.items():
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl in edits:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-{suffix}: value not in case: {value!r}")
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
