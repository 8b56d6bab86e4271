#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts541 from the clean drafts and EDITS.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft.
`value` is the label's substring: it must contain the changed figure and occur once in the error case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ah-ningguo-jianding-2019",
    "gx-beihai-rending-2020",
    "sn-baoji-jdzx-bumen-2022",
    "hn-changde-rending-2023",
    "nm-tongliao-rending-2024",
]

# (project, n, code, old, new, value, explanation, where)
EDITS = [
    # --- 宁国 2019 (Markdown tables) ---
    ("ah-ningguo-jianding-2019", 1, "rate_mismatch",
     "| 61.60 | — | 93.33% |", "| 61.60 | — | 95.33% |",
     "61.60 | — | 95.33%",
     "表1 当年财政拨款: 61.60 / 66.00 = 93.33%, stated 95.33%", "table 表1, 当年财政拨款 row, 执行率"),
    ("ah-ningguo-jianding-2019", 2, "average_mismatch",
     "人均补贴191.89元", "人均补贴198.19元",
     "人均补贴198.19元",
     "681,000元 / 3,549人 = 191.89元 (表2 合计), stated 198.19元", "prose, 补贴发放结构"),
    ("ah-ningguo-jianding-2019", 3, "conflicting_values",
     "在岗就业率为88.6%", "在岗就业率为86.8%",
     "在岗就业率为86.8%",
     "the 自评表 gives 取证人员在岗就业率 88.6% (and scores it 14.77 = 15 × 88.6/90); the text says 86.8%", "prose, 效益情况"),
    ("ah-ningguo-jianding-2019", 4, "completion_mismatch",
     "完成年度目标的110.91%", "完成年度目标的119.01%",
     "完成年度目标的119.01%",
     "3,549人 against the target ≥3200人 = 110.91%, stated 119.01%", "prose, 产出情况"),
    ("ah-ningguo-jianding-2019", 5, "year_mismatch",
     "结转至2020年继续", "结转至2019年继续",
     "结转至2019年",
     "the unspent 4.40万元 of the 2019 budget is carried over to 2019 itself; must be a later year (2020)", "prose, 资金使用情况"),
    ("ah-ningguo-jianding-2019", 6, "grade_mismatch",
     "评价等级为优", "评价等级为良",
     "评价等级为良",
     "total 97.66 is in the 优 band (≥90)", "prose, 自评结论"),

    # --- 北海 2020 (｜ tables) ---
    ("gx-beihai-rending-2020", 1, "sum_mismatch",
     "市本级配套资金18.00万元", "市本级配套资金16.00万元",
     "市本级配套资金16.00万元",
     "85.00 + 32.00 + 16.00 = 133.00 ≠ 当年财政拨款 135.00", "prose, 资金安排"),
    ("gx-beihai-rending-2020", 2, "implausible_rate",
     "｜1500｜0｜0｜—｜0.00", "｜1500｜0｜0｜100%｜0.00",
     "技师（二级）｜1500｜0｜0｜100%",
     "completion rate on a zero base (计划人数0): undefined, must be —; 100% is implausible", "tier table, 技师 row, 完成率"),
    ("gx-beihai-rending-2020", 3, "unit_mismatch",
     "｜≤45天｜38天｜", "｜≤45天｜38%｜",
     "≤45天｜38%",
     "补贴到账时间 target in 天, actual in %: completion cannot be computed", "自评表, 时效指标 row, 实际完成值"),
    ("gx-beihai-rending-2020", 4, "weight_sum_mismatch",
     "｜270人｜108.00%｜10｜10｜", "｜270人｜108.00%｜12｜10｜",
     "270人｜108.00%｜12｜10",
     "weights now 10 (funds) + 92 = 102 against 总分 100; 产出 block 52 instead of 50", "自评表, 高级工补贴人数 row, 分值"),
    ("gx-beihai-rending-2020", 5, "score_sum_mismatch",
     "｜87.4%｜102.82%｜10｜10｜", "｜87.4%｜102.82%｜10｜9｜",
     "87.4%｜102.82%｜10｜9",
     "9.52 + row scores = 97.77, stated 总分 98.77 (table and text)", "自评表, 认定考核合格率 row, 得分"),
    ("gx-beihai-rending-2020", 6, "balance_mismatch",
     "结余6.54万元", "结余5.64万元",
     "结余5.64万元",
     "135.00 − 128.46 = 6.54, stated 5.64", "prose, 资金使用及管理情况"),

    # --- 宝鸡 2022 部门整体 (｜ tables) ---
    ("sn-baoji-jdzx-bumen-2022", 1, "score_exceeds_weight",
     "三公经费控制率｜≤100%｜78.40%｜5｜5\n资产管理｜固定资产利用率｜≥95%｜98.6%｜5｜5",
     "三公经费控制率｜≤100%｜78.40%｜5｜6\n资产管理｜固定资产利用率｜≥95%｜98.6%｜5｜4",
     "三公经费控制率｜≤100%｜78.40%｜5｜6",
     "score 6 above weight 5 (固定资产利用率 lowered to 4 in the same edit, so 小计 29.61 still holds)", "表3 共性指标, 三公经费控制率 row, 得分"),
    ("sn-baoji-jdzx-bumen-2022", 2, "rate_mismatch",
     "政府采购执行率96.24%", "政府采购执行率92.64%",
     "政府采购执行率92.64%",
     "39.65 / 41.20 = 96.24%, stated 92.64%", "prose, 三公经费和政府采购"),
    ("sn-baoji-jdzx-bumen-2022", 3, "sum_mismatch",
     "上年结转36.00万元", "上年结转63.00万元",
     "上年结转63.00万元",
     "1,010.80 + 63.00 = 1,073.80 ≠ 全年收入预算 1,046.80", "prose, 收入预算"),
    ("sn-baoji-jdzx-bumen-2022", 4, "conflicting_values",
     "职业技能等级认定4,718人", "职业技能等级认定4,781人",
     "职业技能等级认定4,781人",
     "表4 gives 职业技能等级认定人数 4718人 (completion 94.36%, score 7.55); the text says 4,781人", "prose, 部门整体支出绩效情况"),
    ("sn-baoji-jdzx-bumen-2022", 5, "completion_mismatch",
     "｜4049人｜96.40%｜", "｜4049人｜94.60%｜",
     "4049人｜94.60%",
     "4049 / 4200 = 96.40%, stated 94.60%", "表4 个性指标, 认定补贴发放人数 row, 完成率"),
    ("sn-baoji-jdzx-bumen-2022", 6, "average_mismatch",
     "人均补贴731.54元", "人均补贴713.54元",
     "人均补贴713.54元",
     "2,962,000元 / 4,049人 = 731.54元, stated 713.54元", "prose, 认定补贴发放情况"),

    # --- 常德 2023 (Markdown tables) ---
    ("hn-changde-rending-2023", 1, "balance_mismatch",
     "年末结余7.18万元", "年末结余7.81万元",
     "年末结余7.81万元",
     "236.80 (all received) − 229.62 = 7.18, stated 7.81", "prose, 资金使用及管理情况"),
    ("hn-changde-rending-2023", 2, "grade_mismatch",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "total 97.87 is in the 优 band (≥90)", "prose, 自评结论"),
    ("hn-changde-rending-2023", 3, "year_mismatch",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "the 2023 report states spending as of the end of 2022; must name the evaluation year 2023", "prose, 资金使用及管理情况"),
    ("hn-changde-rending-2023", 4, "implausible_rate",
     "考生满意度97.6%", "考生满意度107.6%",
     "考生满意度107.6%",
     "a satisfaction rate above 100%", "prose, 满意度 (sub-rate beside the total)"),
    ("hn-changde-rending-2023", 5, "weight_sum_mismatch",
     "| 96.1% | 106.78% | 10 | 10 |", "| 96.1% | 106.78% | 15 | 10 |",
     "106.78% | 15 | 10",
     "weights now 10 (funds) + 95 = 105 against 总分 100", "自评表, 服务对象满意度 row, 分值"),
    ("hn-changde-rending-2023", 6, "unit_mismatch",
     "25.20万元和5.60万元", "25.20万元和56000万元",
     "和56000万元",
     "高级技师 5.60万元 (56,000元) written with the unit 万元: off by 10^4; rescaling it restores the sum 229.62 and the table figure",
     "prose, 分别 list after the tier table"),

    # --- 通辽 2024 (tab tables) ---
    ("nm-tongliao-rending-2024", 1, "score_exceeds_weight",
     "107.56%\t10\t10\n\t质量指标\t信息核验率\t100%\t100%\t100%\t10\t10",
     "107.56%\t10\t10.76\n\t质量指标\t信息核验率\t100%\t100%\t100%\t10\t9.24",
     "484人\t107.56%\t10\t10.76",
     "score 10.76 (10 × 107.56%, uncapped) above weight 10; 信息核验率 lowered to 9.24 in the same edit so 产出 49.24 and 总分 87.83 still hold",
     "自评表, 高级工及以上补贴人数 row, 得分"),
    ("nm-tongliao-rending-2024", 2, "score_sum_mismatch",
     "综合得分87.83分", "综合得分88.73分",
     "综合得分88.73分",
     "7.82 + 49.24 + 20.77 + 10 = 87.83 (also 总分 in the table), stated 88.73 (same 良 band)", "prose, 自评结论"),
    ("nm-tongliao-rending-2024", 3, "rate_mismatch",
     "资金到位率89.29%", "资金到位率92.89%",
     "资金到位率92.89%",
     "150.00 / 168.00 = 89.29%, stated 92.89%", "prose, 资金到位及使用情况"),
    ("nm-tongliao-rending-2024", 4, "sum_mismatch",
     "市级12.00万元", "市级21.00万元",
     "市级21.00万元",
     "96.00 + 42.00 + 21.00 = 159.00 ≠ 全年到位资金 150.00", "prose, 资金到位及使用情况"),
    ("nm-tongliao-rending-2024", 5, "conflicting_values",
     "实现就业1,682人", "实现就业1,628人",
     "实现就业1,628人",
     "the 自评表 gives 取证后就业人数 1682人 (completion 93.44%, score 14.02); the text says 1,628人", "prose, 效益及满意度情况"),
    ("nm-tongliao-rending-2024", 6, "completion_mismatch",
     "1682人\t93.44%", "1682人\t94.34%",
     "1682人\t94.34%",
     "1682 / 1800 = 93.44%, stated 94.34%", "自评表, 取证后就业人数 row, 完成率"),
]


def main():
    labels = []
    for proj in PROJECTS:
        with open(os.path.join(CASES, f"{proj}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{proj}-clean.txt", "source": proj, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl, _where) in EDITS:
            if p != proj:
                continue
            if clean.count(old) != 1:
                raise SystemExit(f"{proj}-e{n}: old string occurs {clean.count(old)} times")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit(f"{proj}-e{n}: value occurs {text.count(value)} times")
            name = f"{proj}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
