#!/usr/bin/env python3
"""Write the one-error cases and labels.jsonl of drafts4 from the clean drafts.

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
    # ---- 休宁县 科协 2018 (tab-separated MOF table with merged cells left blank; 万元, 2 decimals)
    ("xiuning-sciassoc-2018", 1, "rate_mismatch",
     "66.78\t—\t95.40%", "66.78\t—\t95.04%", "66.78\t—\t95.04%",
     "当年财政拨款 66.78 / 70.00 = 95.40%; the table row states 95.04% (transposed digits)"),
    ("xiuning-sciassoc-2018", 2, "score_sum_mismatch",
     "26次\t10\t8.67", "26次\t10\t8.76",
     ("8.76", "100\t95.24"),
     "row scores 9.57 + 10 + 10 + 5 + 8.76 + 5 + 5 + 5 + 15 + 12 + 10 = 95.33, stated total 95.24 (table and text); "
     "the row should be 10 x 26/30 = 8.67 (transposed digits)"),
    ("xiuning-sciassoc-2018", 3, "average_mismatch",
     "平均每期77.6人次", "平均每期76.7人次", "平均每期76.7人次",
     "3260人次 / 42期 = 77.6人次 per session, stated 76.7"),
    ("xiuning-sciassoc-2018", 4, "unit_mismatch",
     "奖补资金20.00万元", "奖补资金20.00元", "奖补资金20.00元",
     "the central award money 20.00万元 written as 20.00元 (万 dropped, off by 10^4): 15.00 + 20.00元 + 5.00 does not give "
     "the stated 共计40.00万元; read as 20.00万元 it does (and the spending list has 奖补20.00万元)"),
    ("xiuning-sciassoc-2018", 5, "year_mismatch",
     "结转2019年继续使用", "结转2018年继续使用", "结转2018年",
     "the 2018 balance is carried over to 2018, the evaluation year itself; it can only go to 2019"),
    # ---- 汝阳县 团县委 2019 (Markdown tables; rates to one decimal; social donations as 其他资金)
    ("ruyang-youthleague-2019", 1, "completion_mismatch",
     "完成年度目标的90.0%", "完成年度目标的80.0%", "完成年度目标的80.0%",
     "180名 / 200名 = 90.0% (the table scores the row 9 of 10), stated 80.0%"),
    ("ruyang-youthleague-2019", 2, "implausible_rate",
     "入学报到率 | ≥95% | 100%", "入学报到率 | ≥95% | 100.8%", "≥95% | 100.8%",
     "an enrolment (报到) rate of the 126 aided freshmen cannot exceed 100%"),
    ("ruyang-youthleague-2019", 3, "sum_mismatch",
     "心理健康服务10.26万元", "心理健康服务10.62万元",
     ("全年实际支出89.66万元", "心理健康服务10.62万元"),
     "37.80 + 21.60 + 20.00 + 10.62 = 90.02, stated total 89.66 (the last item should be 10.26: transposed digits)"),
    ("ruyang-youthleague-2019", 4, "grade_mismatch",
     "自评等级：优", "自评等级：良", "自评等级：良",
     "total 98.82 is in the 优 band (>= 90); the table's 总分 row says 良"),
    ("ruyang-youthleague-2019", 5, "weight_sum_mismatch",
     "2019年9月20日 | 5 | 5", "2019年9月20日 | 6 | 5",
     ("2019年9月20日 | 6", "| 100 | 98.82"),
     "weights 10 + (10 + 10 + 10 + 5 + 6 + 10) + (10 + 10 + 10) + 10 = 101, stated 100 (产出 51)"),
    # ---- 简阳市 党校 2020 (元 with separators; space-aligned table with wrapping cells)
    ("jianyang-partyschool-2020", 1, "balance_mismatch",
     "年末结余153,180.00元", "年末结余135,180.00元", "年末结余135,180.00元",
     "1,590,000.00 - 1,436,820.00 = 153,180.00元 (市本级 1,440,000.00 - 1,286,820.00), stated 135,180.00元 (transposed digits)"),
    ("jianyang-partyschool-2020", 2, "rate_mismatch",
     "执行率89.36%", "执行率69.18%", "市本级资金支出1,286,820.00元，执行率69.18%",
     "city-level spending 1,286,820.00 / city-level budget 1,440,000.00 = 89.36%; 69.18% divides by the initial budget 1,860,000.00 (wrong base: before the 调减)"),
    ("jianyang-partyschool-2020", 3, "completion_mismatch",
     "完成率87.50%", "完成率78.50%", "完成率78.50%",
     "14期 / 16期 = 87.50% (and the row is scored 8.75 of 10); the deviation cell states 78.50% (transposed digits)"),
    ("jianyang-partyschool-2020", 4, "conflicting_values",
     "≥3000人     3682人", "≥3000人     3862人", "≥3000人     3862人",
     "the text gives 3682 registered learners (with 超出目标22.73% = 3682/3000 - 1); the table row states 3862人"),
    ("jianyang-partyschool-2020", 5, "year_mismatch",
     "2020年9月，成都市委组织部下达", "2021年9月，成都市委组织部下达", "2021年9月",
     "money added to the 2020 budget said to be issued in September 2021, after the budget year (and after the report of February 2021)"),
    # ---- 桐乡市 机关事务 2021 (full-width ｜ table; execution rates as ratios; whole-number total)
    ("tongxiang-offices-2021", 1, "score_exceeds_weight",
     "｜94.3%｜10｜10｜", "｜94.3%｜10｜10.48｜", "94.3%｜10｜10.48",
     "score 10.48 above the weight 10 (10 x 94.3/90 without the cap); rows now sum to 96.06, still consistent with the whole-number total 96"),
    ("tongxiang-offices-2021", 2, "rate_mismatch",
     "｜1,145.97｜—｜0.9550｜", "｜1,145.97｜—｜0.9290｜", "1,145.97｜—｜0.9290",
     "当年财政拨款 1,145.97 / 1,200.00 = 0.9550; the table states 0.9290 (= 1,145.97 / 1,233.60, the initial budget before the 调减: wrong base)"),
    ("tongxiang-offices-2021", 3, "conflicting_values",
     "平台现有公务车辆48辆", "平台现有公务车辆46辆", "现有公务车辆46辆",
     "the overview gives 46 vehicles (last year's figure left in); the outputs give 48辆 (286.57 / 48 = 5.97万元 per vehicle, 9,862 / 48 = 205.5 trips)"),
    ("tongxiang-offices-2021", 4, "year_mismatch",
     "40.60万元结转2022年支付", "40.60万元结转2021年支付", "结转2021年支付",
     "money unspent at the end of 2021 is carried over to 2021, the evaluation year itself; it can only go to 2022"),
    ("tongxiang-offices-2021", 5, "sum_mismatch",
     "｜其中：当年财政拨款｜1,233.60｜", "｜其中：当年财政拨款｜1,236.30｜",
     ("｜年度资金总额｜1,320.00", "当年财政拨款｜1,236.30"),
     "年初预算数 column: 1,236.30 + 86.40 + 0.00 = 1,322.70, stated 年度资金总额 1,320.00 (the 当年财政拨款 cell should be 1,233.60: transposed digits)"),
    # ---- 新沂市 信访局 2022 (one cell per line table; mixed decimals in the prose)
    ("xinyi-petition-2022", 1, "average_mismatch",
     "人均1.82万元", "人均1.28万元", "人均1.28万元",
     "96.45万元 / 53人 = 1.82万元 per person, stated 1.28万元 (transposed digits)"),
    ("xinyi-petition-2022", 2, "completion_mismatch",
     "完成率70.00%", "完成率78.00%", "完成率78.00%",
     "28件 / 40件 = 70.00% (the table scores the row 7 of 10), stated 78.00%"),
    ("xinyi-petition-2022", 3, "weight_sum_mismatch",
     "88.7%\n15\n14.78", "88.7%\n16\n14.78",
     ("88.7%\n16", "100\n89.24"),
     "weights 10 + 50 + (16 + 10 + 5) + 10 = 101, stated 100 (效益 31)"),
    ("xinyi-petition-2022", 4, "implausible_rate",
     "救助资金足额发放率\n100%\n100%", "救助资金足额发放率\n100%\n106%", "100%\n106%",
     "a full-payment rate cannot exceed 100% (106% = 53 persons aided / 50 planned, typed into the rate cell)"),
    # ---- 北流市 公共资源交易中心 2022 (元 with separators, no decimals; ASCII | table without outer pipes)
    ("beiliu-pubresource-2022", 1, "sum_mismatch",
     "其余116,000元已上缴", "其余161,000元已上缴",
     ("年末结余147,540元", "其余161,000元"),
     "31,540 + 161,000 = 192,540元, stated 结余 147,540元 (1,546,000 - 1,398,460); the part handed back should be 116,000 (transposed digits)"),
    ("beiliu-pubresource-2022", 2, "conflicting_values",
     "≥600宗 | 684宗", "≥600宗 | 648宗", "≥600宗 | 648宗",
     "the text gives 684 trading projects twice (684 / 250 = 2.7 per working day; 674 / 684 = 98.5% electronic); the table row states 648宗"),
    ("beiliu-pubresource-2022", 3, "unit_mismatch",
     "≥50宗 | 38宗", "≥50宗 | 76%", "≥50宗 | 76%",
     "target in 宗, actual in % (the completion 38/50 typed into the 实际完成值 cell): completion cannot be computed"),
    ("beiliu-pubresource-2022", 4, "grade_mismatch",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 94.65 is in the 优 band (>= 90)"),
    ("beiliu-pubresource-2022", 5, "score_sum_mismatch",
     "部分实现 | 10 | 8 |", "部分实现 | 10 | 9 |",
     ("部分实现 | 10 | 9", "| 100 | 94.65"),
     "row scores 9.05 + 10 + 7.6 + 10 + 5 + 5 + 10 + 15 + 5 + 9 + 10 = 95.65, stated total 94.65 (table and text); "
     "the qualitative row (部分实现, within the 80-100% band either way) was raised without updating the total"),
    # ---- 寿光市 供销社 2023 (whole-万元 amounts; space-aligned table with merged cells blank; whole-number total)
    ("shouguang-supplycoop-2023", 1, "score_exceeds_weight",
     "93.2%           10    10", "93.2%           10    10.36", "93.2%           10    10.36",
     "score 10.36 above the weight 10 (10 x 93.2/90 without the cap); rows now sum to 89.43, still consistent with the whole-number total 89"),
    ("shouguang-supplycoop-2023", 2, "rate_mismatch",
     "本级资金执行率82.28%", "本级资金执行率82.2%", "本级资金执行率82.2%",
     "246.85 / 300 = 82.283%: to one decimal 82.3%, stated 82.2% (truncated, not rounded; off by 0.08 > 0.05)"),
    ("shouguang-supplycoop-2023", 3, "completion_mismatch",
     "完成率66.67%，第三处", "完成率33.33%，第三处", "完成率33.33%",
     "2处 / 3处 = 66.67% (the row is scored 6.67 of 10); the deviation cell states 33.33%, the unfinished share"),
    ("shouguang-supplycoop-2023", 4, "conflicting_values",
     "实际完成情况：储备化肥2.4万吨", "实际完成情况：储备化肥2.6万吨", "储备化肥2.6万吨",
     "the goal row of the table gives 2.6万吨 stored; the text (2.4万吨, 2.4万吨 x 60元 = 144.00万元, +0.3万吨 on 2.1) and the indicator row give 2.4万吨"),
    # ---- 浏阳市 政务服务中心 2024 (tab table with wrapped rows; leap year; whole-number total)
    ("liuyang-govservice-2024", 1, "score_exceeds_weight",
     "98.6%\t10\t10\t", "98.6%\t10\t10.38\t", "98.6%\t10\t10.38",
     "score 10.38 above the weight 10 (10 x 98.6/95 without the cap); rows now sum to 98.45, still consistent with the whole-number total 98"),
    ("liuyang-govservice-2024", 2, "average_mismatch",
     "日均892件", "日均894件", "日均894件",
     "326458件 / 366天 (2024, stated 全年366天) = 892 per day; 894 divides by 365 (wrong base)"),
    ("liuyang-govservice-2024", 3, "unit_mismatch",
     "改革补助资金40.00万元", "改革补助资金400000.00万元", "改革补助资金400000.00万元",
     "a 元 amount labelled 万元 (off by 10^4): with 40.00万元 the budget 590.40 + 40.00 = 630.40 holds; 400000.00万元 breaks it"),
    ("liuyang-govservice-2024", 4, "rate_mismatch",
     "572.36\t—\t94.14%", "572.36\t—\t94.41%", "572.36\t—\t94.41%",
     "当年财政拨款 572.36 / 608.00 = 94.14%; the table row states 94.41% (transposed digits)"),
    # ---- 临夏县 民宗局 2025 (full-width ｜ tables with empty merged cells; 中)
    ("linxia-ethnicrelig-2025", 1, "grade_mismatch",
     "｜评价等级｜中｜", "｜评价等级｜良｜", "评价等级｜良",
     "total 78.97 is in the 中 band (60 <= s < 80); the table's 评价等级 row says 良 (the text says 中)"),
    ("linxia-ethnicrelig-2025", 2, "score_sum_mismatch",
     "部分建立｜10｜6｜", "部分建立｜10｜7｜",
     ("部分建立｜10｜7", "｜100｜78.97"),
     "row scores 6.62 + 5 + 10 + 6.67 + 10 + 2 + 5 + 8.25 + 9.6 + 7 + 9.83 = 79.97, stated total 78.97 (table and text); "
     "the qualitative row (部分建立, 60-80% band either way) was raised without updating the total"),
    ("linxia-ethnicrelig-2025", 3, "implausible_rate",
     "验收通过率100%", "验收通过率105%", "验收通过率105%",
     "a pass rate cannot exceed 100% (all 15 units passed)"),
    ("linxia-ethnicrelig-2025", 4, "year_mismatch",
     "于2024年12月提前下达", "于2023年12月提前下达", "2023年12月提前下达",
     "central money of the 2025 budget said to be advanced in December 2023; an advance can only come in the December before the year (2024)"),
    ("linxia-ethnicrelig-2025", 5, "balance_mismatch",
     "年末结余101.40万元", "年末结余104.10万元", "年末结余104.10万元",
     "300.00 - 198.60 = 101.40万元, stated 104.10万元 (transposed digits)"),
    # ---- 五常市 人大常委会办公室 2020 (Markdown tables, bold headings; weights in prose)
    ("wuchang-npc-2020", 1, "balance_mismatch",
     "年末结余4.34万元", "年末结余3.44万元", "年末结余3.44万元",
     "97.50 - 93.16 = 4.34万元, stated 3.44万元"),
    ("wuchang-npc-2020", 2, "weight_sum_mismatch",
     "效益指标30分", "效益指标20分",
     "按照预算执行率10分、产出指标50分、效益指标20分、满意度指标10分",
     "first-level weights 10 + 50 + 20 + 10 = 90 on a 100-point scale; the 效益 rows of the table add up to 30"),
    ("wuchang-npc-2020", 3, "unit_mismatch",
     "| ≥300人次 | 312人次 |", "| ≥300人次 | 104% |", "≥300人次 | 104%",
     "target in 人次, actual in % (the completion 312/300 typed into the 实际完成值 cell): completion cannot be computed"),
    ("wuchang-npc-2020", 4, "completion_mismatch",
     "完成年度计划的80%", "完成年度计划的85%", "完成年度计划的85%",
     "12次 / 15次 = 80% (the table scores the row 8 of 10), stated 85%"),
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
