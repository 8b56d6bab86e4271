#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts240 from the clean drafts.

Each clean draft cases/<id>-clean.txt is copied six times; copy i gets exactly one
replacement EDITS[id][i-1] (old -> new, old must occur exactly once in the clean draft).
The label value is a short substring of the error case that contains the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (code, where, old, new, value, explanation)
EDITS = {
    "hb-longyao-gongmu-2019": [
        ("rate_mismatch", "prose",
         "预算执行率92.20%。其中", "预算执行率92.02%。其中",
         "预算执行率92.02%",
         "276.60/300.00 = 92.20%, the text says 92.02% (the table keeps 92.20%)"),
        ("average_mismatch", "prose",
         "平均每个公墓工程建设投入40.63万元", "平均每个公墓工程建设投入41.63万元",
         "平均每个公墓工程建设投入41.63万元",
         "(45.20+38.60+41.50+36.90+42.30+39.30)/6 = 243.80/6 = 40.63, stated 41.63"),
        ("year_mismatch", "prose",
         "已按规定结转至2020年使用", "已按规定结转至2019年使用",
         "结转至2019年",
         "the unspent part of the 2019 budget is carried over to 2019 itself; must be a later year (2020)"),
        ("completion_mismatch", "table",
         "\t3600个\n\t102.86%", "\t3600个\n\t102.68%",
         "102.68%",
         "新增墓穴 3600/3500 = 102.86%, the 完成率 cell says 102.68%"),
        ("score_exceeds_weight", "table",
         "\t92.59%\n\t4.63\n\t1个公墓受汛期影响延期完工，今后避开汛期施工\n\n\t\n\t成本指标\n\t每穴平均建设成本\n\t10\n\t≤800元\n\t677.22元\n\t100%\n\t10\n",
         "\t92.59%\n\t10\n\t1个公墓受汛期影响延期完工，今后避开汛期施工\n\n\t\n\t成本指标\n\t每穴平均建设成本\n\t10\n\t≤800元\n\t677.22元\n\t100%\n\t4.63\n",
         "按期完工率\n\t5\n\t≥90%\n\t83.33%\n\t92.59%\n\t10",
         "scores of two neighbouring rows typed in reverse order: 按期完工率 now scores 10 against its weight 5 (the 成本 row got 4.63, total unchanged)"),
        ("weight_sum_mismatch", "table",
         "新亡人员进公墓集中安葬率\n\t10\n\t≥80%", "新亡人员进公墓集中安葬率\n\t15\n\t≥80%",
         "新亡人员进公墓集中安葬率\n\t15\n\t≥80%\n\t85%\n\t106.25%\n\t10\n\t\n\n\t满意度指标\n\t服务对象满意度指标\n\t群众满意度\n\t10\n\t≥90%\n\t95.6%\n\t106.22%\n\t10\n\t\n\n\t总分\n\t\n\t\n\t100",
         "weight of 新亡人员进公墓集中安葬率 typed 15 instead of 10: 10 + 50 + 35 + 10 = 105, the 总分 row says 100"),
    ],
    "fj-pinghe-huimin-2023": [
        ("balance_mismatch", "prose",
         "项目资金结余18.55万元", "项目资金结余19.55万元",
         "结余19.55万元",
         "到位 580.00 - 支出 561.45 = 18.55, stated 19.55"),
        ("sum_mismatch", "table",
         "其中：当年财政拨款\t488.00", "其中：当年财政拨款\t448.00",
         "年度资金总额\t520.00\t580.00\t561.45\t10\t96.80%\t9.68\n\t其中：当年财政拨款\t448.00",
         "年初预算数 column: 448.00 + 32.00 + 0.00 = 480.00, the total row says 520.00"),
        ("implausible_rate", "prose",
         "满意度为96.3%", "满意度为963%",
         "满意度为963%",
         "satisfaction of 963% is impossible (289/300 = 96.3%, decimal point lost)"),
        ("grade_mismatch", "prose",
         "合计97.32分，评价等级为“优”", "合计97.32分，评价等级为“良”",
         "评价等级为“良”",
         "97.32 lies in the 优 band (90-100), the text says 良"),
        ("unit_mismatch", "table",
         "≥2600人\t2713人", "≥2600人\t100%",
         "≥2600人\t100%",
         "target is a number of persons, the 实际完成值 is a percentage (should be 2713人)"),
        ("conflicting_values", "table",
         "≥150例\t186例", "≥150例\t168例",
         "168例",
         "生态安葬奖补 186例 in the text, the goal block and 37.20万元 = 186 x 2000元; the indicator row says 168例"),
    ],
    "sd-shanting-sanmai-2020": [
        ("score_sum_mismatch", "table",
         "｜10｜9.56｜部分群众对迁坟有抵触情绪", "｜10｜9.65｜部分群众对迁坟有抵触情绪",
         "10｜9.65｜部分群众对迁坟有抵触情绪\n总分｜｜｜｜｜100｜89.23",
         "row scores now add to 7.00+20+10+7.58+10+8.77+7.14+9.18+9.65 = 89.32, the 总分 row says 89.23"),
        ("year_mismatch", "prose",
         "市级资金于2020年12月28日拨付到位", "市级资金于2021年12月28日拨付到位",
         "市级资金于2021年12月28日拨付到位",
         "money of the 2020 budget said to arrive in December 2021, after the evaluation year (elsewhere 12月28日 of 2020)"),
        ("average_mismatch", "table",
         "平均｜400｜423.6", "平均｜400｜432.6",
         "平均｜400｜432.6",
         "4236 graves over 10 towns = 423.6 on average, the 平均 row says 432.6"),
        ("rate_mismatch", "table",
         "其中：当年财政拨款｜400.00｜480.00｜336.00｜—｜70.00%", "其中：当年财政拨款｜400.00｜480.00｜336.00｜—｜84.00%",
         "其中：当年财政拨款｜400.00｜480.00｜336.00｜—｜84.00%",
         "336.00/480.00 = 70.00%; 84.00% is 336/400, the 年初 budget used as the base"),
        ("completion_mismatch", "prose",
         "完成年度目标任务的105.90%", "完成年度目标任务的105.09%",
         "完成年度目标任务的105.09%",
         "4236/4000 = 105.90%, stated 105.09%"),
        ("unit_mismatch", "prose",
         "迁坟补助254.16万元", "迁坟补助2541600万元",
         "2541600万元",
         "4236座 x 600元 = 2541600元 = 254.16万元: a 元 figure written with the unit 万元 (the parts then no longer add to 336.00)"),
    ],
    "jx-duchang-binyiguan-2024": [
        ("sum_mismatch", "prose",
         "其中火化机114.40万元", "其中火化机141.40万元",
         "项目累计支付206.70万元，预算执行率65.00%。其中火化机141.40万元",
         "141.40 + 68.50 + 21.00 + 2.80 = 233.70, stated total 206.70 (and 88.00 + 26.40 = 114.40)"),
        ("balance_mismatch", "prose",
         "年末结余111.30万元", "年末结余113.10万元",
         "结余113.10万元",
         "318.00 - 206.70 = 111.30, stated 113.10"),
        ("score_exceeds_weight", "table",
         "新增遗体冷藏柜格位 ≥12格 12格 5 5\n质量指标 设备安装验收合格率 100% 100% 10 10",
         "新增遗体冷藏柜格位 ≥12格 12格 5 10\n质量指标 设备安装验收合格率 100% 100% 10 5",
         "新增遗体冷藏柜格位 ≥12格 12格 5 10",
         "scores of two neighbouring rows swapped: 冷藏柜 row scores 10 against its weight 5 (total unchanged)"),
        ("grade_mismatch", "prose",
         "综合得分85.03分，评价等级为“良”", "综合得分85.03分，评价等级为“优”",
         "综合得分85.03分，评价等级为“优”",
         "85.03 lies in the 良 band (80-90), the text says 优"),
        ("implausible_rate", "table",
         "其他资金 0.00 0.00 0.00 — — —", "其他资金 0.00 0.00 0.00 — 100.00% —",
         "其他资金 0.00 0.00 0.00 — 100.00%",
         "execution rate 100.00% on a zero 其他资金 budget"),
        ("weight_sum_mismatch", "table",
         "丧属满意度 ≥90% 92.4% 10 10", "丧属满意度 ≥90% 92.4% 15 10",
         "丧属满意度 ≥90% 92.4% 15 10\n总分 100 85.03",
         "satisfaction weight typed 15: 10 + 50 + 30 + 15 = 105, 总分 says 100"),
    ],
    "nx-huinong-gongmu-2022": [
        ("score_sum_mismatch", "prose",
         "效益指标得分28.50分", "效益指标得分28.05分",
         "效益指标得分28.05分，满意度指标得分9.44分，综合得分79.36分",
         "5.00 + 36.42 + 28.05 + 9.44 = 78.91, stated 79.36 (table 效益 rows give 28.50)"),
        ("conflicting_values", "table",
         "迁移散埋乱葬坟墓280座，节地生态安葬率提高到34%", "迁移散埋乱葬坟墓208座，节地生态安葬率提高到34%",
         "迁移散埋乱葬坟墓208座",
         "the goal block says 208座 moved, the text and the indicator row say 280座"),
        ("rate_mismatch", "prose",
         "累计支出175.00万元，预算执行率50.00%", "累计支出175.00万元，预算执行率60.00%",
         "预算执行率60.00%",
         "175.00/350.00 = 50.00%, stated 60.00%"),
        ("completion_mismatch", "table",
         "| 740格 | 92.50% |", "| 740格 | 95.20% |",
         "740格 | 95.20%",
         "740/800 = 92.50%, the 完成率 cell says 95.20%"),
        ("sum_mismatch", "table",
         "| 生态安葬区扩建 | 260.00 | 110.00 |", "| 生态安葬区扩建 | 260.00 | 101.00 |",
         "生态安葬区扩建 | 260.00 | 101.00 |\n| 骨灰堂格位改造 | 50.00 | 37.00 |\n| 散埋乱葬治理 | 40.00 | 28.00 |\n| 合计 | 350.00 | 175.00",
         "实际支出 column: 101.00 + 37.00 + 28.00 = 166.00, the 合计 row says 175.00"),
        ("year_mismatch", "prose",
         "截至2022年12月31日", "截至2021年12月31日",
         "截至2021年12月31日",
         "the 2022 report gives the year-end spending 截至2021年12月31日; must be the evaluation year 2022"),
    ],
}

PROJECTS = list(EDITS)


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(EDITS[pid], 1):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid} e{i}: old text occurs {n} times, must be exactly once: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{pid} e{i}: label value not in the error case: {value!r}")
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
