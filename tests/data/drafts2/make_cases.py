#!/usr/bin/env python3
"""Write the one-error cases and labels.jsonl of drafts2 from the clean drafts.

Each SPEC entry: (project id, n, code, old, new, value, explanation).
`old` must occur exactly once in cases/<id>-clean.txt; it is replaced by `new` to give
cases/<id>-e<n>.txt. `value` is the labelled substring of the error case: either a string, or a
pair (start, end) meaning "from the first occurrence of start up to the end of the first
occurrence of end after it" (used for the long spans of sum / score-sum / weight-sum errors).
Run verify.py afterwards.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
E = "error"

SPEC = [
    # ---- 尤溪县 科技特派员 2019 (Markdown tables, MOF reference outline)
    ("youxi-techenvoy-2019", 1, "rate_mismatch",
     "| 81.36 | 90.40% |", "| 81.36 | 90.04% |", "81.36 | 90.04%",
     "county funds 81.36 / 90.00 = 90.40%, the per-source table states 90.04%"),
    ("youxi-techenvoy-2019", 2, "sum_mismatch",
     "技术培训18.62万元", "技术培训16.82万元",
     "全年实际支出171.36万元，其中科技特派员工作补助56.00万元、创业项目资助84.00万元、技术培训16.82万元",
     "56.00 + 84.00 + 16.82 + 12.74 = 169.56, stated total 171.36 (the training item should be 18.62)"),
    ("youxi-techenvoy-2019", 3, "average_mismatch",
     "平均每场52人次", "平均每场56人次", "平均每场56人次",
     "9,672人次 / 186场次 = 52.0 per session, stated 56"),
    ("youxi-techenvoy-2019", 4, "score_sum_mismatch",
     "| 1,386万元 | 15 | 13.86 |", "| 1,386万元 | 15 | 13.68 |",
     ("13.68 |", "| 合计 | | | | | 100 | 98.38"),
     "row scores 9.52 + 10 + 10 + 10 + 10 + 5 + 5 + 13.68 + 15 + 10 = 98.20, stated total 98.38 (table and text)"),
    ("youxi-techenvoy-2019", 5, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 98.38 is in the 优 band (>= 90)"),
    # ---- 彭阳县 第七次人口普查 2020 (tab-separated tables, amounts in 元, Shanxi outline)
    ("pengyang-census-2020", 1, "unit_mismatch",
     "宣传经费96,520.00元", "宣传经费96,520.00万元", "宣传经费96,520.00万元",
     "the 96,520.00元 item written with the unit 万元 (off by 10^4); with 96,520.00元 the list sums to the stated 1,243,952.60元"),
    ("pengyang-census-2020", 2, "completion_mismatch",
     "88.6%\t98.44%", "88.6%\t98.04%", "88.6%\t98.04%",
     "actual 88.6% / target 90% = 98.44%, the 完成率 column states 98.04%"),
    ("pengyang-census-2020", 3, "balance_mismatch",
     "年末结余42,447.40元", "年末结余42,474.40元", "42,474.40元",
     "received 1,286,400.00 - spent 1,243,952.60 = 42,447.40元, stated 42,474.40元"),
    ("pengyang-census-2020", 4, "year_mismatch",
     "截至2020年12月31日", "截至2019年12月31日", "截至2019年12月31日",
     "the 2020 report gives receipts and spending as of 31 Dec 2019; it must name the evaluation year 2020"),
    ("pengyang-census-2020", 5, "weight_sum_mismatch",
     "1,046个\t100.58%\t8\t8", "1,046个\t100.58%\t9\t8",
     ("100.58%\t9", "总分\t\t\t\t\t\t100"),
     "weights 10 + (8 + 9 + 10 + 8 + 8 + 8) + (15 + 15) + 10 = 101, stated 100 (产出 51)"),
    # ---- 舒兰市 市级储备粮 2020 (prose only, weights and scores in prose)
    ("shulan-grainreserve-2020", 1, "weight_sum_mismatch",
     "成本指标10分", "成本指标12分", "数量指标20分、质量指标15分、时效指标5分、成本指标12分",
     "second-level weights 20 + 15 + 5 + 12 = 52, but 产出指标 is worth 50 (all weights now 102)"),
    ("shulan-grainreserve-2020", 2, "score_sum_mismatch",
     "效益指标得分29分", "效益指标得分28分", "效益指标得分28分，满意度指标得分10分，自评总得分97.54分",
     "first-level scores 9.68 + 48.86 + 28 + 10 = 96.54, stated total 97.54 (the 效益 indicators are scored 10 + 10 + 9 = 29)"),
    ("shulan-grainreserve-2020", 3, "average_mismatch",
     "平均每家承储6,667吨", "平均每家承储6,867吨", "6,867吨",
     "(8,000 + 7,000 + 5,000) / 3 = 6,667吨, stated 6,867吨"),
    ("shulan-grainreserve-2020", 4, "implausible_rate",
     "账实相符率100%", "账实相符率100.5%", "账实相符率100.5%",
     "a book-to-stock match rate cannot exceed 100% (20,000吨 in stock against 20,000吨 on the books)"),
    ("shulan-grainreserve-2020", 5, "sum_mismatch",
     "质量检测费8.00万元", "质量检测费8.80万元",
     "全年支出221.16万元，其中保管费用补贴160.00万元、轮换费用补贴53.16万元、质量检测费8.80万元",
     "160.00 + 53.16 + 8.80 = 221.96, stated total 221.16 (the testing item should be 8.00)"),
    # ---- 融水县 雨露计划 2021 (MOF ｜ table with funds block)
    ("rongshui-yulu-2021", 1, "rate_mismatch",
     "654.60｜—｜96.98%", "654.60｜—｜96.89%", "654.60｜—｜96.89%",
     "当年财政拨款 654.60 / 675.00 = 96.98%, the funds block states 96.89%"),
    ("rongshui-yulu-2021", 2, "sum_mismatch",
     "自治区级180.00万元", "自治区级108.00万元",
     "当年财政拨款675.00万元（中央衔接资金435.00万元、自治区级108.00万元",
     "435.00 + 108.00 + 60.00 = 603.00, stated 当年财政拨款 675.00 (the regional part should be 180.00)"),
    ("rongshui-yulu-2021", 3, "conflicting_values",
     "｜≥4,300人次｜4,464人次｜", "｜≥4,300人次｜4,446人次｜", "4,446人次",
     "the text gives 4,464人次 (2,146 + 2,318, also in the goal row) for the same indicator; the table row states 4,446人次"),
    ("rongshui-yulu-2021", 4, "year_mismatch",
     "2020年12月提前下达", "2019年12月提前下达", "2019年12月提前下达",
     "central money of the 2021 budget said to be issued in advance in December 2019; only a December 2020 advance may precede the year"),
    ("rongshui-yulu-2021", 5, "completion_mismatch",
     "完成年度目标的103.81%", "完成年度目标的103.18%", "103.18%",
     "4,464 / 4,300 = 103.81%, stated 103.18%"),
    # ---- 辛集市 城乡医疗救助 2022 (space-aligned table, department-summary outline)
    ("xinji-medicalaid-2022", 1, "balance_mismatch",
     "年末结余63.48万元", "年末结余36.48万元", "36.48万元",
     "1,800.00 - 1,736.52 = 63.48, stated 36.48"),
    ("xinji-medicalaid-2022", 2, "average_mismatch",
     "次均救助1,370.62元", "次均救助1,307.62元", "次均救助1,307.62元",
     "住院救助 839.37万元 / 6,124人次 = 1,370.62元, stated 1,307.62元"),
    ("xinji-medicalaid-2022", 3, "unit_mismatch",
     "门诊救助214.80万元", "门诊救助2,148,000.00万元", "2,148,000.00万元",
     "the 214.80万元 item (2,148,000.00元) written with the unit 万元 (off by 10^4); with 214.80 the list sums to the stated 1,736.52"),
    ("xinji-medicalaid-2022", 4, "score_sum_mismatch",
     "68.5%       10     9.79", "68.5%       10     9.97",
     ("9.97", "100    99.44"),
     "row scores 9.65 + 10 + 10 + 10 + 9.97 + 5 + 5 + 15 + 15 + 10 = 99.62, stated total 99.44 (table and text)"),
    ("xinji-medicalaid-2022", 5, "implausible_rate",
     "资助参保覆盖率      100%          100%", "资助参保覆盖率      100%          100.6%", "100.6%",
     "a coverage rate cannot exceed 100%"),
    # ---- 扎兰屯市 人工影响天气 2022 (prose only, 1-decimal rates, whole 万元)
    ("zhalantun-weathermod-2022", 1, "conflicting_values",
     "全年开展增雨（雪）作业74次", "全年开展增雨（雪）作业47次", "增雨（雪）作业47次",
     "section 四 gives 74次 (123.3% of the target 60) for the same 2022 rain-enhancement operations"),
    ("zhalantun-weathermod-2022", 2, "average_mismatch",
     "人均9,600元", "人均9,060元", "人均9,060元",
     "24.96万元 / 26人 = 9,600元, stated 9,060元"),
    ("zhalantun-weathermod-2022", 3, "year_mismatch",
     "2022年8月，为应对持续干旱", "2021年8月，为应对持续干旱", "2021年8月",
     "the mid-year 追加 of the 2022 budget dated August 2021, before the budget year"),
    ("zhalantun-weathermod-2022", 4, "rate_mismatch",
     "预算执行率82.6%", "预算执行率86.2%", "预算执行率86.2%",
     "132.16 / 160 = 82.6%, stated 86.2%"),
    # ---- 霍城县 电子商务进农村 2023 (ASCII pipe table with 完成率, graded 中)
    ("huocheng-ecommerce-2023", 1, "grade_mismatch",
     "评价等级为“中”", "评价等级为“良”", "评价等级为“良”",
     "total 78.61 is in the 中 band (60 <= s < 80)"),
    ("huocheng-ecommerce-2023", 2, "completion_mismatch",
     "| 3.12亿元 | 89.14% |", "| 3.12亿元 | 89.41% |", "3.12亿元 | 89.41%",
     "3.12亿元 / 3.5亿元 = 89.14%, the 完成率 column states 89.41%"),
    ("huocheng-ecommerce-2023", 3, "balance_mismatch",
     "未支出资金393.60万元", "未支出资金339.60万元", "339.60万元",
     "1,000.00 - 606.40 = 393.60, stated 339.60"),
    ("huocheng-ecommerce-2023", 4, "unit_mismatch",
     "自治区级资金120.00万元", "自治区级资金120.00元", "自治区级资金120.00元",
     "the 120.00万元 regional part written with the unit 元 (off by 10^4); with 120.00万元 the sources sum to the stated 1,000.00万元"),
    # ---- 瓦房店市 老旧小区改造 2023 (｜ table as 附件, Hunan outline, 良好 at 89.86)
    ("wafangdian-oldcommunity-2023", 1, "grade_mismatch",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "total 89.86 is below 90: band 良"),
    ("wafangdian-oldcommunity-2023", 2, "score_sum_mismatch",
     "｜明显改善｜明显改善｜10｜9", "｜明显改善｜明显改善｜10｜8",
     ("明显改善｜明显改善｜10｜8", "合计｜｜｜｜｜100｜89.86"),
     "row scores 7.84 + 8 + 7 + 7 + 8.33 + 5.33 + 10 + 8 + 10 + 7.75 + 9.61 = 88.86, stated total 89.86 (table and text)"),
    ("wafangdian-oldcommunity-2023", 3, "conflicting_values",
     "｜≥2,300户｜2,316户｜", "｜≥2,300户｜2,361户｜", "2,361户",
     "the text gives 2,316户 (twice, with 户均2.10万元) for the households served; the table states 2,361户"),
    ("wafangdian-oldcommunity-2023", 4, "sum_mismatch",
     "2023年5月下达1,160.00万元", "2023年5月下达1,016.00万元",
     "2022年12月提前下达2,700.00万元，2023年5月下达1,016.00万元，共计3,860.00万元",
     "2,700.00 + 1,016.00 = 3,716.00, stated 共计 3,860.00"),
    # ---- 武隆区 地质灾害防治 2024 (Markdown headings and tables with 完成率)
    ("wulong-geohazard-2024", 1, "completion_mismatch",
     "| 12处 | 120.00% |", "| 12处 | 112.00% |", "12处 | 112.00%",
     "12处 / 10处 = 120.00%, the 完成率 column states 112.00%"),
    ("wulong-geohazard-2024", 2, "implausible_rate",
     "群测群防覆盖率100%", "群测群防覆盖率105.35%", "群测群防覆盖率105.35%",
     "a coverage rate cannot exceed 100% (512 monitors divided by 486 hazard points)"),
    ("wulong-geohazard-2024", 3, "weight_sum_mismatch",
     "| 15户 | 100.00% | 6 | 6 |", "| 15户 | 100.00% | 8 | 6 |",
     ("| 15户 | 100.00% | 8", "| 合计 | | | | | | 100"),
     "weights 10 + (8 + 8 + 8 + 8 + 8 + 6 + 6) + (10 + 10 + 10) + 10 = 102, stated 100 (产出 52)"),
    ("wulong-geohazard-2024", 4, "rate_mismatch",
     "| 266.14 | 88.71% |", "| 266.14 | 87.81% |", "266.14 | 87.81%",
     "区级 266.14 / 300.00 = 88.71%, the per-source table states 87.81%"),
    # ---- 文昌市 生活垃圾分类 2025 (space-aligned table, amounts in 元, whole-percent rates)
    ("wenchang-garbage-2025", 1, "unit_mismatch",
     "督导员补贴648,000.00元", "督导员补贴64.80元", "督导员补贴64.80元",
     "the 648,000.00元 item written as 64.80 with the unit 元 (a 万元 figure labelled 元, off by 10^4); "
     "with 648,000.00元 the list sums to 7,342,180.00元 and equals 36 x 1,500 x 12"),
    ("wenchang-garbage-2025", 2, "implausible_rate",
     "覆盖率100%", "覆盖率101%", "覆盖率101%",
     "a coverage rate cannot exceed 100% (all 78 residential compounds)"),
    ("wenchang-garbage-2025", 3, "balance_mismatch",
     "年末结余844,320.00元", "年末结余884,320.00元", "884,320.00元",
     "8,186,500.00 - 7,342,180.00 = 844,320.00元, stated 884,320.00元"),
    ("wenchang-garbage-2025", 4, "conflicting_values",
     "≥95,000吨       98,550吨", "≥95,000吨       95,850吨", "95,850吨",
     "the text gives 98,550吨 (日均270吨) for the waste collected in 2025; the table states 95,850吨"),
]


def resolve(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    assert i >= 0, start
    j = text.find(end, i + len(start))
    assert j >= 0, end
    return text[i:j + len(end)]


def main():
    labels = []
    projects = []
    for pid, *_ in SPEC:
        if pid not in projects:
            projects.append(pid)
    for pid in projects:
        clean_name = f"{pid}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for p, n, code, old, new, value, expl in SPEC:
            if p != pid:
                continue
            assert clean.count(old) == 1, (pid, n, old)
            text = clean.replace(old, new)
            value = resolve(text, value)
            assert value in text, (pid, n, value)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": E, "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(labels)} cases written")


if __name__ == "__main__":
    main()
