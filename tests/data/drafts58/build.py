#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n58 from the clean drafts.

Pure Python 3, no third-party packages. Every error case is its clean draft with exactly
one edit taken from EDITS below: `old` must occur exactly once in the clean draft and is
replaced by `new`. `value` is the label substring (exact, occurs once in the error case,
never in the clean draft); verify.py checks all of that.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "xianyou-venueopen-2021",
    "linhai-sportscentre-2023",
    "jiangyan-schoolfield-2019",
    "anji-sportsdept-2024",
    "zhangping-fitness-2018",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---- xianyou-venueopen-2021 (Fujian, MOF outline, 分值|扣分|得分 table) ----
    ("xianyou-venueopen-2021", 1, "rate_mismatch",
     "｜16.40｜68.33%", "｜16.40｜63.83%",
     "63.83%",
     "省级补助资金 16.40 / 24.00 = 68.33%, stated 63.83% (digits transposed)"),
    ("xianyou-venueopen-2021", 2, "balance_mismatch",
     "结余21.54万元，已按规定", "结余12.54万元，已按规定",
     "结余12.54万元",
     "全年预算 150.00 (all received) - 执行 128.46 = 21.54, stated 12.54"),
    ("xianyou-venueopen-2021", 3, "unit_mismatch",
     "救生器材购置35400元", "救生器材购置35400万元",
     "35400万元",
     "a 元 amount labelled 万元: 其他支出5.40万元 = 18600元 + 35400元; with 35400万元 the sum only "
     "reconciles after rescaling that amount by 10^4"),
    ("xianyou-venueopen-2021", 4, "year_mismatch",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日",
     "2021 report: the spending figure is dated the end of 2020 (last year's template left in)"),
    ("xianyou-venueopen-2021", 5, "score_sum_mismatch",
     "｜10｜3｜7｜预约系统未上线", "｜10｜2｜8｜预约系统未上线",
     "2｜8｜预约系统未上线\n满意度指标｜服务对象满意度指标｜健身群众满意度｜≥90%｜88.5%｜10｜0.17｜9.83｜游泳馆时段偏短\n总分｜｜｜｜｜100｜8.50｜91.50",
     "可持续影响 row re-marked (扣2, 得8) without updating the total: 8.56 + row scores = 92.50 "
     "(扣分 7.50), stated 91.50 / 8.50; the prose 效益扣3.69 also no longer matches the rows (2.69)"),
    ("xianyou-venueopen-2021", 6, "grade_mismatch",
     "等级：优", "等级：良",
     "等级：良",
     "综合得分91.50 is in the 优 band (>= 90)"),

    # ---- linhai-sportscentre-2023 (Zhejiang, 扣分-only table, subtotals in prose) ----
    ("linhai-sportscentre-2023", 1, "balance_mismatch",
     "年末结余5.28万元", "年末结余13.28万元",
     "结余13.28万元",
     "160.00 - 154.72 = 5.28 (市级 72.00 - 66.72); 13.28 uses the pre-adjustment 市级 budget 80.00"),
    ("linhai-sportscentre-2023", 2, "average_mismatch",
     "平均每周开放52.50小时", "平均每周开放56.00小时",
     "平均每周开放56.00小时",
     "(56 + 49 + 42 + 63) / 4 = 52.50; 56.00 is the mean of three venues (pool left out)"),
    ("linhai-sportscentre-2023", 3, "conflicting_values",
     "赛事活动34场；", "赛事活动43场；",
     "全民健身赛事活动43场",
     "the table gives 全民健身赛事活动 actual 34场; the text says 43场"),
    ("linhai-sportscentre-2023", 4, "implausible_rate",
     "上年结转资金｜0.00｜0.00｜0.00｜—", "上年结转资金｜0.00｜0.00｜0.00｜100%",
     "上年结转资金｜0.00｜0.00｜0.00｜100%",
     "execution rate 100% on a zero 上年结转 budget (column filled down)"),
    ("linhai-sportscentre-2023", 5, "score_sum_mismatch",
     "｜37期｜6｜0.45｜", "｜37期｜6｜0.5｜",
     None,  # filled in below: from the changed row to the 合计 row
     "公益培训 row 扣分 rounded to 0.5 without updating the total: row deductions now sum to 1.78, "
     "合计 says 1.73 (得分98.27); prose 产出扣0.45 no longer matches"),
    ("linhai-sportscentre-2023", 6, "unit_mismatch",
     "保洁安保服务外包37.40万元", "保洁安保服务外包37.40元",
     "保洁安保服务外包37.40元",
     "a 万元 amount written as 元: 61.35 + 42.18 + 37.40 + 13.79 = 154.72万元 only with 37.40万元"),

    # ---- jiangyan-schoolfield-2019 (Jiangsu, Shanxi-like 行次 funds table, 完成率 column, tabs) ----
    ("jiangyan-schoolfield-2019", 1, "sum_mismatch",
     "乡镇中心校27.00万元", "乡镇中心校27.90万元",
     "56.60万元，其中城区学校21.60万元、乡镇中心校27.90万元",
     "21.60 + 27.90 + 8.00 = 57.50, stated total 56.60"),
    ("jiangyan-schoolfield-2019", 2, "completion_mismatch",
     "0.88万元\t100%", "0.88万元\t88.44%",
     "88.44%",
     "≤1.00万元 met by 0.88万元: completion 100%; 88.44% is A/T computed as for a ≥ indicator"),
    ("jiangyan-schoolfield-2019", 3, "rate_mismatch",
     "93.64\t93.64\t100\t0\t88.56", "93.64\t93.46\t100\t0\t88.56",
     "93.46",
     "row (7)=(4)/(2), 财政资金小计 column: 84.28 / 90.00 = 93.64, stated 93.46"),
    ("jiangyan-schoolfield-2019", 4, "unit_mismatch",
     "门禁监控改造学校\t6\t8所\t8所", "门禁监控改造学校\t6\t8所\t100%",
     "门禁监控改造学校\t6\t8所\t100%",
     "target in 所, actual given as a percentage"),
    ("jiangyan-schoolfield-2019", 5, "score_exceeds_weight",
     "106.67%\t10\t\n产出指标\t数量指标\t每校每周平均开放时长\t8\t≥12小时\t13.5小时\t112.50%\t8\t",
     "106.67%\t10.67\t\n产出指标\t数量指标\t每校每周平均开放时长\t8\t≥12小时\t13.5小时\t112.50%\t7.33\t",
     "106.67%\t10.67",
     "开放学校数量 scored weight x completion = 10.67 > weight 10 (next row lowered to 7.33 so the "
     "total still reads 96.72)"),
    ("jiangyan-schoolfield-2019", 6, "year_mismatch",
     "自评表（2019年度）", "自评表（2018年度）",
     "自评表（2018年度）",
     "the 2019 report attaches a table headed 2018年度 (last year's table)"),

    # ---- anji-sportsdept-2024 (Zhejiang, 部门整体支出, 20/40/30/10 weights stated in prose) ----
    ("anji-sportsdept-2024", 1, "average_mismatch",
     "平均自评得分91.46分", "平均自评得分91.64分",
     "平均自评得分91.64分",
     "(96.50 + 84.30 + 98.00 + 92.40 + 86.10) / 5 = 91.46"),
    ("anji-sportsdept-2024", 2, "sum_mismatch",
     "事业收入412.56万元", "事业收入421.56万元",
     "6842.36万元，其中财政拨款6215.80万元、事业收入421.56万元",
     "6215.80 + 421.56 + 38.00 + 176.00 = 6851.36, stated 6842.36"),
    ("anji-sportsdept-2024", 3, "grade_mismatch",
     "等级：良", "等级：优",
     "等级：优",
     "总得分89.83 is in the 良 band (80 <= s < 90)"),
    ("anji-sportsdept-2024", 4, "conflicting_values",
     "全年新建百姓健身房10个", "全年新建百姓健身房12个",
     "全年新建百姓健身房12个",
     "the 自评表 gives 新建百姓健身房 actual 10个 (scored 5 of 6); the text says 12个 (the target)"),
    ("anji-sportsdept-2024", 5, "weight_sum_mismatch",
     "产出指标40分", "产出指标50分",
     "总分100分，其中预算执行20分、产出指标50分",
     "20 + 50 + 30 + 10 = 110 against 总分100; the 产出 rows of the table add up to 40"),
    ("anji-sportsdept-2024", 6, "balance_mismatch",
     "结余4.65万元", "结余4.56万元",
     "结余4.56万元",
     "县体育中心开放补助: 186.00 - 181.35 = 4.65, stated 4.56"),

    # ---- zhangping-fitness-2018 (Fujian, 2018, 得分（或扣分） column, 10/45/35/10) ----
    ("zhangping-fitness-2018", 1, "score_exceeds_weight",
     "32条|8|8|\n产出指标|数量指标|新建灯光篮球场|≥6片|6片|7|7|",
     "32条|7|8|\n产出指标|数量指标|新建灯光篮球场|≥6片|6片|8|7|",
     "32条|7|8",
     "weights of two adjacent rows swapped: 新建全民健身路径 scored 8 against weight 7"),
    ("zhangping-fitness-2018", 2, "implausible_rate",
     "占年度预算26.00万元的95.38%", "占年度预算23.00万元的107.83%",
     "23.00万元的107.83%",
     "24.80 spent of a 23.00 budget: execution 107.83% (> 100%)"),
    ("zhangping-fitness-2018", 3, "sum_mismatch",
     "灯光篮球场33.60万元", "灯光篮球场36.60万元",
     "127.25万元，预算执行率96.11%，其中全民健身路径59.20万元、灯光篮球场36.60万元",
     "59.20 + 36.60 + 24.80 + 9.65 = 130.25, stated 127.25"),
    ("zhangping-fitness-2018", 4, "score_sum_mismatch",
     "|7|扣2|部分行政村", "|7|扣1.5|部分行政村",
     "扣1.5|部分行政村未落实管护人员\n满意度指标|服务对象满意度指标|群众满意度|≥85%|91.25%|10|10|\n合计|||||100|96.31",
     "可持续影响 deduction changed to 1.5 without the total: rows now sum to 96.81, stated 96.31"),
    ("zhangping-fitness-2018", 5, "completion_mismatch",
     "完成年度目标的86.67%", "完成年度目标的115.38%",
     "115.38%",
     "13场 of ≥15场 = 86.67%; 115.38% is the inverted ratio 15/13"),
    ("zhangping-fitness-2018", 6, "weight_sum_mismatch",
     "0起|0起|4|4|", "0起|0起|5|4|",
     None,  # filled in below: from the changed row to the 合计 row
     "安全事故 weight 5: weights now total 101 (产出 rows 46 against the 45 stated in the text)"),
]


def span_to_total(case_text, start_marker, total_marker):
    """Substring of case_text from start_marker to the end of total_marker (both unique)."""
    i = case_text.index(start_marker)
    j = case_text.index(total_marker, i) + len(total_marker)
    return case_text[i:j]


def main():
    labels = []
    for src in SOURCES:
        clean_name = src + "-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            assert clean.count(old) == 1, (src, n, "old not unique", old)
            case = clean.replace(old, new)
            if value is None:
                if src == "linhai-sportscentre-2023":
                    value = span_to_total(case, "0.5｜游泳馆停馆检修", "合计｜｜｜｜｜100｜1.73")
                elif src == "zhangping-fitness-2018":
                    value = span_to_total(case, "0起|0起|5|4|", "合计|||||100")
            name = "%s-e%d.txt" % (src, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), sum(not l["clean"] for l in labels)))


if __name__ == "__main__":
    main()
