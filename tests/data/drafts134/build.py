#!/usr/bin/env python3
"""Build the n134 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose or in a table (for the README balance only).
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "kaihua-fitness-2021",
    "jianchuan-ich-2019",
    "yishui-tourtoilet-2023",
    "tengxian-stadiumopen-2024",
    "jian-wenwuju-2018",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- kaihua-fitness-2021 (Zhejiang, 全民健身设施, MOF table without 完成率 column)
    ("kaihua-fitness-2021", 1, "rate_mismatch", "table",
     "306.20｜—｜95.69%", "306.20｜—｜96.59%", "96.59%",
     "当年财政拨款 row: 306.20 / 320.00 = 95.69%, table prints 96.59%"),
    ("kaihua-fitness-2021", 2, "weight_sum_mismatch", "table",
     "40.5%｜10｜9.64", "40.5%｜12｜9.64", "40.5%｜12｜9.64",
     "weight of 经常参加体育锻炼人数比例 typed 12: weights now total 102 (效益 rows 32 against 30)"),
    ("kaihua-fitness-2021", 3, "unit_mismatch", "table",
     "≥2.20平方米｜2.31平方米", "≥2.20平方米｜105%", "≥2.20平方米｜105%",
     "target in 平方米, actual entered as a percentage (the completion rate 2.31/2.20)"),
    ("kaihua-fitness-2021", 4, "sum_mismatch", "prose",
     "多功能运动场支出148.70万元", "多功能运动场支出184.70万元", "多功能运动场支出184.70万元",
     "126.50 + 184.70 + 56.00 = 367.20, not the 331.20 executed (digits swapped in 148.70)"),
    ("kaihua-fitness-2021", 5, "completion_mismatch", "prose",
     "完成率105.00%", "完成率102.50%", "完成率102.50%",
     "42 paths against a target of 40 = 105.00%, stated 102.50%"),
    ("kaihua-fitness-2021", 6, "average_mismatch", "prose",
     "平均每个42.17万元", "平均每个42.71万元", "平均每个42.71万元",
     "(40.50 + 44.20 + 41.80) / 3 = 42.17, stated 42.71"),

    # ---- jianchuan-ich-2019 (Yunnan, 非遗保护, funds and indicators in prose only)
    ("jianchuan-ich-2019", 1, "balance_mismatch", "prose",
     "年末结余14.96万元", "年末结余14.69万元", "年末结余14.69万元",
     "68.00 - 53.04 = 14.96, stated 14.69"),
    ("jianchuan-ich-2019", 2, "score_sum_mismatch", "prose",
     "自评总分89.16分", "自评总分89.61分", "自评总分89.61分",
     "7.80 + 45.67 + 26.25 + 9.44 = 89.16, stated 89.61"),
    ("jianchuan-ich-2019", 3, "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "total 89.16 lies in the 良 band (80-90), stated 优秀"),
    ("jianchuan-ich-2019", 4, "average_mismatch", "prose",
     "平均每期39人次", "平均每期41人次", "平均每期41人次",
     "(36 + 42 + 38 + 40) / 4 = 39, stated 41"),
    ("jianchuan-ich-2019", 5, "conflicting_values", "prose",
     "保护资金36.00万元系", "保护资金38.00万元系", "38.00万元",
     "the central allocation is 36.00万元 in the funds section (36 + 20 + 12 = 68), restated as 38.00万元 in 其他需要说明的问题"),
    ("jianchuan-ich-2019", 6, "completion_mismatch", "prose",
     "完成率133.33%", "完成率113.33%", "完成率113.33%",
     "4 training sessions against a target of 3 = 133.33%, stated 113.33%"),

    # ---- yishui-tourtoilet-2023 (Shandong, 乡村旅游厕所, table with 完成率 column)
    ("yishui-tourtoilet-2023", 1, "rate_mismatch", "prose",
     "执行率95.17%", "执行率91.57%", "执行率91.57%",
     "改造提升: 57.10 / 60.00 = 95.17%, stated 91.57%"),
    ("yishui-tourtoilet-2023", 2, "conflicting_values", "prose",
     "文化和旅游发展专项资金60.00万元", "文化和旅游发展专项资金66.00万元", "专项资金66.00万元",
     "the provincial allocation is 60.00万元 in the funds section (and 255.60 = 180.00 + 60.00 + 15.60), 66.00万元 in the overview"),
    ("yishui-tourtoilet-2023", 3, "sum_mismatch", "table",
     "上年结转资金｜0.00｜15.60｜15.60", "上年结转资金｜15.60｜15.60｜15.60", "上年结转资金｜15.60",
     "年初预算数 column: 180.00 + 15.60 + 0.00 = 195.60, but 年度资金总额 年初 is 180.00"),
    ("yishui-tourtoilet-2023", 4, "score_sum_mismatch", "table",
     "105.11%｜10｜10｜—\n合计", "105.11%｜10｜9.50｜—\n合计", "105.11%｜10｜9.50｜—\n合计｜｜｜｜｜｜100｜97.65",
     "row scores now add to 9.75 + 50 + 27.90 + 9.50 = 97.15, total still 97.65"),
    ("yishui-tourtoilet-2023", 5, "completion_mismatch", "table",
     "11座｜110.00%", "11座｜101.00%", "11座｜101.00%",
     "11 / 10 = 110.00%, stated 101.00%"),
    ("yishui-tourtoilet-2023", 6, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—", "0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget (0.00 / 0.00)"),

    # ---- tengxian-stadiumopen-2024 (Guangxi, 场馆免费开放, table with 结转结余 column, weights 10/45/35/10)
    ("tengxian-stadiumopen-2024", 1, "sum_mismatch", "prose",
     "体育场25.6万人次", "体育场26.5万人次", "体育场26.5万人次",
     "9.8 + 26.5 + 6.9 = 43.2, but the total given is 42.3万人次"),
    ("tengxian-stadiumopen-2024", 2, "score_exceeds_weight", "table",
     "3个｜8｜8｜—\n产出指标｜数量指标｜场馆平均年开放天数｜≥330天｜295天｜10｜8.94｜",
     "3个｜8｜8.94｜—\n产出指标｜数量指标｜场馆平均年开放天数｜≥330天｜295天｜10｜8｜",
     "3个｜8｜8.94",
     "scores of two rows swapped: 免费低收费开放场馆数量 has weight 8 but score 8.94 (total unchanged)"),
    ("tengxian-stadiumopen-2024", 3, "balance_mismatch", "table",
     "47.25｜15.75｜10", "47.25｜17.55｜10", "47.25｜17.55",
     "结转结余 = 63.00 - 47.25 = 15.75, stated 17.55"),
    ("tengxian-stadiumopen-2024", 4, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "total 91.57 lies in the 优 band (>= 90), stated 良好"),
    ("tengxian-stadiumopen-2024", 5, "year_mismatch", "prose",
     "结转至2025年继续使用", "结转至2024年继续使用", "结转至2024年",
     "the unspent part of the 2024 budget cannot be carried over to 2024 itself"),
    ("tengxian-stadiumopen-2024", 6, "implausible_rate", "table",
     "≥90%｜88.0%｜10", "≥90%｜108.0%｜10", "108.0%",
     "satisfaction 108.0% is above 100%"),

    # ---- jian-wenwuju-2018 (Jilin, 部门整体 文物局, table with 小计 rows)
    ("jian-wenwuju-2018", 1, "rate_mismatch", "prose",
     "执行率90.81%", "执行率90.18%", "执行率90.18%",
     "项目支出 334.00 / 367.80 = 90.81%, stated 90.18%"),
    ("jian-wenwuju-2018", 2, "weight_sum_mismatch", "table",
     "产出指标｜小计｜｜｜｜50｜", "产出指标｜小计｜｜｜｜55｜", "产出指标｜小计｜｜｜｜55",
     "产出 subtotal weight 55 while its rows add to 50; the first-level weights now total 105"),
    ("jian-wenwuju-2018", 3, "score_exceeds_weight", "table",
     "43处｜10｜8.96｜保护范围待重新核定，2019年上半年完成\n产出指标｜数量指标｜巡查员业务培训｜≥2期｜2期｜5｜5｜",
     "43处｜10｜5｜保护范围待重新核定，2019年上半年完成\n产出指标｜数量指标｜巡查员业务培训｜≥2期｜2期｜5｜8.96｜",
     "2期｜5｜8.96",
     "scores of two rows swapped: 巡查员业务培训 has weight 5 but score 8.96 (subtotal unchanged)"),
    ("jian-wenwuju-2018", 4, "unit_mismatch", "prose",
     "其中巡查员补助20.16万元", "其中巡查员补助201600万元", "201600万元",
     "201600 is the amount in 元 (56 x 300 x 12); as 万元 it breaks 24.00 = 20.16 + 3.84"),
    ("jian-wenwuju-2018", 5, "year_mismatch", "table",
     "（2018年度）", "（2017年度）", "（2017年度）",
     "the 2018 report's 自评表 is headed 2017年度"),
    ("jian-wenwuju-2018", 6, "conflicting_values", "table",
     "≥5000次｜5760次", "≥5000次｜5670次", "5670次",
     "table gives 5670次, the text gives 5760次 (= 1350 + 1480 + 1520 + 1410)"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = [e for e in EDITS if e[0] == pid]
        assert [e[1] for e in edits] == list(range(1, len(edits) + 1)), pid
        for _, n, code, where, old, new, value, expl in edits:
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{pid}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value {value!r} not in the error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
