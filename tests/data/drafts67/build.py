#!/usr/bin/env python3
"""Regenerate the error cases (<id>-eN.txt) and labels.jsonl from the clean drafts.

Every error case is its clean draft with exactly one contiguous edit, listed in EDITS below:
(old, new) is replaced once (old must occur exactly once in the clean draft); `value` is the
substring of the error case that carries the wrong figure (unique in the case, absent from the
clean draft). Pure Python 3, no third-party packages.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "yiyang-wenlv-2019",
    "taining-wenti-2020",
    "longnan-wenlv-2021",
    "jingxi-wenlv-2022",
    "longsheng-wenlv-2024",
]

# (project, n, code, old, new, value, explanation)
EDITS = [
    # ---- 弋阳县 2019 (Jiangxi) ----
    ("yiyang-wenlv-2019", 1, "rate_mismatch",
     "｜112.35｜93.63%｜", "｜112.35｜96.33%｜",
     "112.35｜96.33%",
     "龟峰旅游宣传推介: 112.35 / 120.00 = 93.63%, row states 96.33% (digits transposed when retyped)"),
    ("yiyang-wenlv-2019", 2, "sum_mismatch",
     "上年结转132.60万元", "上年结转123.60万元",
     "2019年度收入总计2,637.35万元，其中财政拨款收入2,486.35万元、上年结转123.60万元",
     "2,486.35 + 123.60 + 18.40 = 2,628.35, not the stated total 2,637.35 (上年结转 retyped, should be 132.60)"),
    ("yiyang-wenlv-2019", 3, "score_sum_mismatch",
     "验收推迟至2020年｜15｜10.50", "验收推迟至2020年｜15｜11.50",
     "验收推迟至2020年｜15｜11.50\n效益指标｜可持续影响｜旅游厕所管护责任落实率｜100%｜100%｜5｜5.00\n满意度指标｜服务对象满意度｜游客满意度｜≥90%｜92.30%｜10｜10.00\n合计｜｜｜｜｜100｜91.57",
     "全域旅游 self-evaluation table: social-benefit score raised to 11.50 without updating the total; rows now add to 92.57, total still reads 91.57"),
    ("yiyang-wenlv-2019", 4, "unit_mismatch",
     "公务接待费4.42万元", "公务接待费44200万元",
     "公务接待费44200万元",
     "the 44,200元 reception cost written with the unit 万元 (should be 4.42万元); 0 + 9.85 + 4.42 = 14.27 only after rescaling by 10^4"),
    ("yiyang-wenlv-2019", 5, "year_mismatch",
     "结转至2020年继续使用", "结转至2019年继续使用",
     "结转至2019年",
     "unspent 2019 project money cannot be carried over to 2019 itself; it goes to 2020"),
    ("yiyang-wenlv-2019", 6, "average_mismatch",
     "综合得分93.89分", "综合得分95.52分",
     "综合得分95.52分",
     "budget-weighted average of the 10 project scores with the stated weights is 93.89; 95.52 is the unweighted mean"),
    # ---- 泰宁县 2020 (Fujian) ----
    ("taining-wenti-2020", 1, "balance_mismatch",
     "结余13.50万元", "结余15.50万元",
     "结余15.50万元",
     "全民健身活动及赛事: budget 45.00 - spent 31.50 = 13.50, stated 15.50"),
    ("taining-wenti-2020", 2, "conflicting_values",
     "全年接待游客328.60万人次", "全年接待游客512.30万人次",
     "全年接待游客512.30万人次",
     "2020 visitors are 328.60万人次 in section 四 (and 328.60/512.30 = 64.14%); the overview left in 2019's 512.30万人次"),
    ("taining-wenti-2020", 3, "completion_mismatch",
     "64场\t106.67%", "64场\t93.75%",
     "64场\t93.75%",
     "梅林戏下乡演出 ≥60场, actual 64场: completion 64/60 = 106.67%; 93.75% is 60/64 (inverted)"),
    ("taining-wenti-2020", 4, "grade_mismatch",
     "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”",
     "total 89.38 is in the 良 band (80 <= s < 90), not 优"),
    ("taining-wenti-2020", 5, "implausible_rate",
     "因公出国（境）费｜0.00｜0.00｜—", "因公出国（境）费｜0.00｜0.00｜100%",
     "因公出国（境）费｜0.00｜0.00｜100%",
     "execution rate of 100% on a zero budget (0.00 / 0.00): undefined, should be —"),
    ("taining-wenti-2020", 6, "weight_sum_mismatch",
     "宣传推介活动场次｜≥12场｜8场｜20｜13.33", "宣传推介活动场次｜≥12场｜8场｜25｜13.33",
     "宣传推介活动场次｜≥12场｜8场｜25｜13.33\n新媒体宣传推送｜≥200条｜236条｜10｜10.00\n省级以上媒体报道｜≥15次｜18次｜10｜10.00\n宣传物料投放时效｜按季度完成｜按季度完成｜10｜10.00\n游客接待量恢复率（与2019年相比）｜≥80%｜64.14%｜15｜12.03\n旅游收入恢复率（与2019年相比）｜≥80%｜61.34%｜15｜11.50\n游客满意度｜≥90%｜93.20%｜10｜10.00\n合计｜｜｜100",
     "附表 weights now 10+25+10+10+10+15+15+10 = 105, stated 100 (宣传推介活动场次 weight retyped 25 for 20)"),
    # ---- 龙南市 2021 (Jiangxi) ----
    ("longnan-wenlv-2021", 1, "rate_mismatch",
     "预算执行率91.04%", "预算执行率98.81%",
     "预算执行率98.81%",
     "2,618.55 / 2,876.40 (全年预算) = 91.04%; 98.81% is computed on the 年初预算 2,650.00 (wrong base)"),
    ("longnan-wenlv-2021", 2, "score_exceeds_weight",
     "效益指标｜30｜28.40\n满意度指标｜10｜9.60", "效益指标｜30｜27.40\n满意度指标｜10｜10.60",
     "满意度指标｜10｜10.60",
     "客家围屋 table: satisfaction scored 10.60 against a weight of 10 (效益 lowered by 1 so the total still reads 93.78)"),
    ("longnan-wenlv-2021", 3, "unit_mismatch",
     "实现旅游综合收入126.38亿元", "实现旅游综合收入126.38万元",
     "旅游综合收入126.38万元",
     "tourism income is 126.38亿元 (section 三(五), growth 28.63% on 98.25亿元); the overview writes 万元, off by 10^4"),
    ("longnan-wenlv-2021", 4, "year_mismatch",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日",
     "the 2021 report states the platform's status as of 2020-12-31 instead of 2021-12-31"),
    ("longnan-wenlv-2021", 5, "average_mismatch",
     "平均每处74.20万元", "平均每处80.00万元",
     "平均每处80.00万元",
     "(98.40 + 72.60 + 51.60) / 3 = 74.20; 80.00 is the budget 240.00 / 3"),
    ("longnan-wenlv-2021", 6, "sum_mismatch",
     "公务接待费4.78万元", "公务接待费4.87万元",
     "决算12.64万元，其中因公出国（境）费0万元，公务用车购置及运行维护费7.86万元，公务接待费4.87万元",
     "0 + 7.86 + 4.87 = 12.73, not the stated 三公 total 12.64 (reception cost retyped, should be 4.78)"),
    # ---- 靖西市 2022 (Guangxi) ----
    ("jingxi-wenlv-2022", 1, "balance_mismatch",
     "结余5.60万元", "结余6.50万元",
     "结余6.50万元",
     "文物保护单位维修: 74.50 - 68.90 = 5.60, stated 6.50"),
    ("jingxi-wenlv-2022", 2, "completion_mismatch",
     "86场｜107.50%", "86场｜114.67%",
     "86场｜114.67%",
     "文化惠民演出 ≥80场, actual 86场: completion 107.50%; 114.67% is 86/75, last year's target left in"),
    ("jingxi-wenlv-2022", 3, "grade_mismatch",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "total 93.61 is in the 优 band (>= 90), not 良好"),
    ("jingxi-wenlv-2022", 4, "implausible_rate",
     "实际到位36.00万元，到位率100%", "实际到位39.60万元，到位率110%",
     "实际到位39.60万元，到位率110%",
     "central subsidy issued 36.00万元 but 39.60万元 reported as arrived: 到位率 110% is over 100%"),
    ("jingxi-wenlv-2022", 5, "score_sum_mismatch",
     "｜≥6个｜5个｜10｜8.33", "｜≥6个｜5个｜10｜8.83",
     "绣球非遗工坊建设｜≥6个｜5个｜10｜8.83\n产出指标｜工程验收合格率｜100%｜100%｜10｜10.00\n产出指标｜完工时间｜2022年10月31日前｜主体工程10月完工，附属工程延至11月｜5｜3.50\n产出指标｜单位面积改造成本｜≤850元/平方米｜826元/平方米｜10｜10.00\n效益指标｜古街年接待游客｜≥60万人次｜45.60万人次｜10｜7.60\n效益指标｜带动就业人数｜≥200人｜236人｜10｜10.00\n效益指标｜业态运营长效机制｜建立｜已制定管理办法，运营主体尚未确定｜10｜6.00\n满意度指标｜游客满意度｜≥90%｜91.20%｜10｜10.00\n合计｜｜｜｜100｜89.33",
     "旧州古街 table: row scores now add to 89.83, stated total 89.33 (工坊 score retyped 8.83 for 8.33)"),
    ("jingxi-wenlv-2022", 6, "weight_sum_mismatch",
     "效益指标｜30｜26.50", "效益指标｜35｜26.50",
     "效益指标｜35｜26.50\n满意度指标｜10｜9.00\n合计｜100",
     "边境旅游基础设施 table: weights 10 + 50 + 35 + 10 = 105, stated 100"),
    # ---- 龙胜县 2024 (Guangxi) ----
    ("longsheng-wenlv-2024", 1, "conflicting_values",
     "该项目预算124.60万元", "该项目预算142.60万元",
     "该项目预算142.60万元",
     "红军长征遗址保护利用 budget is 124.60 in the table (年初 and 全年, weight 11.66%); the text says 142.60"),
    ("longsheng-wenlv-2024", 2, "rate_mismatch",
     "为预算的79.03%", "为预算的89.04%",
     "为预算的89.04%",
     "三公 11.46 / budget 14.50 = 79.03%; 89.04% is 11.46 / 12.87 (last year's spending used as the base)"),
    ("longsheng-wenlv-2024", 3, "score_exceeds_weight",
     "2座11月完工｜5｜3.50\n产出指标｜成本指标｜单座旅游厕所建设成本｜≤18.50万元｜17.92万元｜10｜10.00",
     "2座11月完工｜5｜5.50\n产出指标｜成本指标｜单座旅游厕所建设成本｜≤18.50万元｜17.92万元｜10｜8.00",
     "2座11月完工｜5｜5.50",
     "工程完工时间 row scored 5.50 against a weight of 5 (成本 row lowered by 2 so the total still reads 90.80)"),
    ("longsheng-wenlv-2024", 4, "unit_mismatch",
     "｜≥3场｜3场｜100.00%", "｜≥3场｜100%｜100.00%",
     "≥3场｜100%",
     "农耕文化节庆活动: target in 场, actual given as a percentage"),
    ("longsheng-wenlv-2024", 5, "average_mismatch",
     "算术平均值为95.56分", "算术平均值为95.65分",
     "算术平均值为95.65分",
     "mean of the 12 stated project scores = 1146.70 / 12 = 95.56, stated 95.65"),
    ("longsheng-wenlv-2024", 6, "sum_mismatch",
     "县本级安排505.90万元", "县本级安排550.90万元",
     "12个项目全年预算1,068.80万元，占部门全年预算的31.19%，其中中央补助312.40万元、自治区补助186.50万元、桂林市补助64.00万元、县本级安排550.90万元",
     "312.40 + 186.50 + 64.00 + 550.90 = 1,113.80, not the stated 1,068.80 (county share retyped)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    problems = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl) in [e for e in EDITS if e[0] == pid]:
            name = f"{pid}-e{n}.txt"
            if clean.count(old) != 1:
                problems.append(f"{name}: old text occurs {clean.count(old)} times in the clean draft")
                continue
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                problems.append(f"{name}: value occurs {text.count(value)} times in the case")
            if value in clean:
                problems.append(f"{name}: value occurs in the clean draft")
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM", p)
    print(f"wrote {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
