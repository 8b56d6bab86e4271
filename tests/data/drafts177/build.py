#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n177 from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each with exactly
one edit: an exact old -> new replacement that must match the clean draft exactly once.
`value` is the short substring of the error case that carries the changed figure (the scorer accepts a
finding whose span overlaps an occurrence of it).  `where` records whether the slip sits in the prose
or in a table (for the README; not written to labels.jsonl).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "rongjiang-tesecunzhai-2021",
    "menghai-zongjiaochangsuo-2019",
    "keyouzhongqi-shuangyu-2023",
    "ledong-minzufazhan-2018",
    "xiahe-bumenzhengti-2024",
]

# (source id, case suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- 榕江县 特色村寨 2021 (MOF table, funds split 中央/省级) ----
    ("rongjiang-tesecunzhai-2021", "e1", "rate_mismatch", "table",
     "｜291.20｜—｜97.07%｜", "｜291.20｜—｜97.70%｜",
     "291.20｜—｜97.70%",
     "中央资金 row: 291.20 / 300.00 = 97.07%, stated 97.70% (digits transposed)"),
    ("rongjiang-tesecunzhai-2021", "e2", "balance_mismatch", "prose",
     "尚未支付的17.40万元", "尚未支付的17.04万元",
     "17.04万元",
     "unspent = 全年预算 360.00 - 实际支出 342.60 = 17.40万元, stated 17.04"),
    ("rongjiang-tesecunzhai-2021", "e3", "score_exceeds_weight", "table",
     "工程验收合格率｜100%｜100%｜8｜8｜—\n产出指标｜时效指标｜主体工程完工时间｜2021年12月31日前｜2021年12月15日｜6｜6｜",
     "工程验收合格率｜100%｜100%｜8｜7｜—\n产出指标｜时效指标｜主体工程完工时间｜2021年12月31日前｜2021年12月15日｜6｜7｜",
     "2021年12月15日｜6｜7",
     "时效 row scores 7 against a weight of 6 (the 质量 row above was lowered to 7, so the total still reads 98.83)"),
    ("rongjiang-tesecunzhai-2021", "e4", "year_mismatch", "prose",
     "截至2021年12月31日，项目实际支出", "截至2020年12月31日，项目实际支出",
     "截至2020年12月31日",
     "the spending of the 2021 budget is reported as at 31 Dec 2020; the evaluation year is 2021"),
    ("rongjiang-tesecunzhai-2021", "e5", "unit_mismatch", "table",
     "≥120户｜126户", "≥120户｜105%",
     "≥120户｜105%",
     "target counted in 户, actual given as a percentage (the clerk typed the completion rate 126/120)"),
    ("rongjiang-tesecunzhai-2021", "e6", "average_mismatch", "prose",
     "平均每个村寨72.00万元", "平均每个村寨60.00万元",
     "平均每个村寨60.00万元",
     "(80.00 + 72.00 + 68.00 + 70.00 + 70.00) / 5 = 72.00; 60.00 is the 年初预算 300 / 5"),

    # ---- 勐海县 宗教活动场所维修补助 2019 (table with 完成率 column) ----
    ("menghai-zongjiaochangsuo-2019", "e1", "completion_mismatch", "table",
     "1.35万人｜112.50%", "1.35万人｜121.50%",
     "1.35万人｜121.50%",
     "受益信教群众 1.35万人 / 1.2万人 = 112.50%, stated 121.50%"),
    ("menghai-zongjiaochangsuo-2019", "e2", "conflicting_values", "prose",
     "维修加固建筑面积2560平方米；", "维修加固建筑面积2650平方米；",
     "2650平方米",
     "the text gives 2650平方米 while the table gives 2560平方米 (106.67% of 2400) for the same repaired area"),
    ("menghai-zongjiaochangsuo-2019", "e3", "weight_sum_mismatch", "table",
     "维修工程验收合格率｜100%｜100%｜100.00%｜10｜10", "维修工程验收合格率｜100%｜100%｜100.00%｜12｜10",
     "维修工程验收合格率｜100%｜100%｜100.00%｜12｜10",
     "weights now add to 102 (产出 52) while the 合计 row says 100"),
    ("menghai-zongjiaochangsuo-2019", "e4", "grade_mismatch", "table",
     "自评等级｜优", "自评等级｜良",
     "自评等级｜良",
     "total 99.42 lies in the 优 band (>= 90)"),
    ("menghai-zongjiaochangsuo-2019", "e5", "sum_mismatch", "prose",
     "教堂2处28万元", "教堂2处26万元",
     "教堂2处26万元",
     "佛寺 92 + 教堂 26 = 118 != 120; the two churches listed are 16 + 12 = 28"),
    ("menghai-zongjiaochangsuo-2019", "e6", "average_mismatch", "prose",
     "平均每处15万元", "平均每处15.5万元",
     "平均每处15.5万元",
     "(18+20+15+14+13+12+16+12) / 8 = 120 / 8 = 15万元"),

    # ---- 科右中旗 蒙汉双语服务 2023 (MOF table, grade 良) ----
    ("keyouzhongqi-shuangyu-2023", "e1", "score_sum_mismatch", "table",
     "88.6%｜10｜9.84｜", "88.6%｜10｜9.48｜",
     "9.48｜牧区群众对标识更换进度意见较多\n总分｜｜｜｜｜100｜88.66",
     "row scores now add to 88.30 (satisfaction 9.48 instead of 9.84), stated total 88.66"),
    ("keyouzhongqi-shuangyu-2023", "e2", "year_mismatch", "table",
     "（2023年度）", "（2022年度）",
     "（2022年度）",
     "the self-evaluation table is headed 2022 in a 2023 report"),
    ("keyouzhongqi-shuangyu-2023", "e3", "rate_mismatch", "table",
     "年度资金总额｜45.00｜52.80｜44.88｜10｜85.00%", "年度资金总额｜45.00｜52.80｜44.88｜10｜99.73%",
     "44.88｜10｜99.73%",
     "44.88 / 52.80 = 85.00%; 99.73% divides by the 年初预算 45.00 instead of 全年预算"),
    ("keyouzhongqi-shuangyu-2023", "e4", "completion_mismatch", "prose",
     "完成率71.67%", "完成率71.76%",
     "完成率71.76%",
     "215块 / 300块 = 71.67%"),
    ("keyouzhongqi-shuangyu-2023", "e5", "unit_mismatch", "prose",
     "双语标识规范更换支出16.12万元", "双语标识规范更换支出161200万元",
     "161200万元",
     "161200 is the amount in 元 (16.12万元) labelled 万元; the items then no longer add to 44.88 and 71.96% no longer follows; rescaling by 10^4 reconciles both"),
    ("keyouzhongqi-shuangyu-2023", "e6", "average_mismatch", "prose",
     "87.6%、89.4%、88.8%", "87.6%、98.4%、88.8%",
     "87.6%、98.4%、88.8%，三类对象平均满意度为88.6%",
     "(87.6 + 98.4 + 88.8) / 3 = 91.6%, stated average 88.6%"),

    # ---- 乐东 少数民族发展资金 2018 (prose only, no table) ----
    ("ledong-minzufazhan-2018", "e1", "sum_mismatch", "prose",
     "省级资金120万元", "省级资金102万元",
     "省级资金102万元",
     "中央 240 + 省级 102 + 县级 40 = 382 != 合计 400"),
    ("ledong-minzufazhan-2018", "e2", "grade_mismatch", "prose",
     "综合评定等级为“优”", "综合评定等级为“良”",
     "综合评定等级为“良”",
     "total 97.75 lies in the 优 band"),
    ("ledong-minzufazhan-2018", "e3", "conflicting_values", "prose",
     "黎锦培训的326人次学员", "黎锦培训的362人次学员",
     "362人次",
     "the training count is 326人次 in the output section (108.67% of 300), 362人次 in the problems section"),
    ("ledong-minzufazhan-2018", "e4", "score_sum_mismatch", "prose",
     "效益指标得29分", "效益指标得28分",
     "效益指标得28分（黎锦产品销售收入未达目标）；满意度指标得9.78分。合计得分97.75分",
     "9.66 + 49.31 + 28 + 9.78 = 96.75, stated 97.75"),
    ("ledong-minzufazhan-2018", "e5", "implausible_rate", "prose",
     "实际支出386.50万元，执行率96.63%", "实际支出406.50万元，执行率101.63%",
     "实际支出406.50万元，执行率101.63%",
     "spending 406.50 above the 400万元 budget: execution rate over 100% (arithmetic itself right)"),
    ("ledong-minzufazhan-2018", "e6", "completion_mismatch", "prose",
     "完成率95.38%", "完成率93.58%",
     "完成率93.58%",
     "村道 6.2公里 / 6.5公里 = 95.38%"),

    # ---- 夏河县 部门整体 2024 (department table) ----
    ("xiahe-bumenzhengti-2024", "e1", "weight_sum_mismatch", "table",
     "风险隐患整改及时率｜100%｜100%｜5｜5", "风险隐患整改及时率｜100%｜100%｜10｜5",
     "风险隐患整改及时率｜100%｜100%｜10｜5",
     "weights now add to 105 (产出 55) while the 总分 row says 100"),
    ("xiahe-bumenzhengti-2024", "e2", "score_exceeds_weight", "table",
     "36场次｜5｜4.50｜牧区转场，4场调整至2025年春季\n产出指标｜质量指标｜宗教教职人员培训考核合格率｜≥95%｜97.5%｜10｜10",
     "36场次｜5｜5.50｜牧区转场，4场调整至2025年春季\n产出指标｜质量指标｜宗教教职人员培训考核合格率｜≥95%｜97.5%｜10｜9.00",
     "36场次｜5｜5.50",
     "宣讲 row scores 5.50 against a weight of 5 (the next row lowered to 9.00, so the total still reads 98.80)"),
    ("xiahe-bumenzhengti-2024", "e3", "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%",
     "an execution rate of 100.00% printed on a zero 上年结转 budget"),
    ("xiahe-bumenzhengti-2024", "e4", "conflicting_values", "table",
     "≥12个｜14个", "≥12个｜16个",
     "≥12个｜16个",
     "table gives 16 示范单位, the text gives 14 (寺院2 + 学校3 + 村（社区）9) and the goal row 14"),
    ("xiahe-bumenzhengti-2024", "e5", "balance_mismatch", "prose",
     "年末结转15.85万元", "年末结转15.58万元",
     "15.58万元",
     "carry-over = 528.70 - 512.85 = 15.85万元"),
    ("xiahe-bumenzhengti-2024", "e6", "completion_mismatch", "prose",
     "知晓率86.4%，完成率96%", "知晓率86.4%，完成率94%",
     "完成率94%",
     "知晓率 86.4% / 90% = 96%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for src, suffix, code, where, old, new, value, expl in EDITS:
            if src != pid:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid} {suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid} {suffix}: value not in error case: {value!r}")
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
