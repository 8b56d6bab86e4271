#!/usr/bin/env python3
"""Write the one-error cases and labels.jsonl of drafts3 from the clean drafts.

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
    # ---- 洪洞县 审计 2018 (very short; full-width digits in the prose; space-aligned table)
    ("hongdong-audit-2018", 1, "rate_mismatch",
     "100%       95.60%       10     9.56", "100%       95.06%       10     9.56", "95.06%",
     "57.36 / 60.00 = 95.60%; the score table states 95.06% (transposed digits; the score 9.56 still follows 95.60%)"),
    ("hongdong-audit-2018", 2, "score_sum_mismatch",
     "86.5%        15     14.42", "86.5%        15     14.24",
     ("14.24", "100    98.98"),
     "row scores 9.56 + 15 + 10 + 10 + 5 + 10 + 15 + 14.24 + 10 = 98.80, stated total 98.98 (table and text); "
     "the row should be 15 x 86.5/90 = 14.42"),
    ("hongdong-audit-2018", 3, "grade_mismatch",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 98.98 is in the 优 band (>= 90)"),
    ("hongdong-audit-2018", 4, "unit_mismatch",
     "审计资金总额９．２６亿元", "审计资金总额９．２６万元", "审计资金总额９．２６万元",
     "the audited total 9.26亿元 (table) written as 9.26万元 in the prose (off by 10^4): with 9.26万元 the 审减率 "
     "4316万元 / 9.26万元 would be 46,609%, with 92,600万元 it is the stated 4.66%"),
    # ---- 延庆区 档案 2019 (第一部分 headings; grid tables; ratio rates; 元 with ¥)
    ("yanqing-archives-2019", 1, "rate_mismatch",
     "¥1,033,200.00 | 0.9509", "¥1,033,200.00 | 0.9059", "¥1,033,200.00 | 0.9059",
     "district funds 1,033,200.00 / 1,086,500.00 = 0.9509 (95.09%); the grid table states the ratio 0.9059"),
    ("yanqing-archives-2019", 2, "sum_mismatch",
     "异地备份及数据迁移98,600.00元", "异地备份及数据迁移96,800.00元",
     ("全年实际支出1,233,200.00元", "异地备份及数据迁移96,800.00元"),
     "936,000.00 + 198,600.00 + 96,800.00 = 1,231,400.00元, stated total 1,233,200.00元 (the backup item should be 98,600.00)"),
    ("yanqing-archives-2019", 3, "completion_mismatch",
     "完成年度目标的92.00%", "完成年度目标的90.20%", "完成年度目标的90.20%",
     "552盘 / 600盘 = 92.00%, stated 90.20%"),
    ("yanqing-archives-2019", 4, "weight_sum_mismatch",
     "产出指标50分、效益指标30分", "产出指标60分、效益指标30分",
     "本次自评按百分制评分，其中预算执行率10分、产出指标60分、效益指标30分、满意度指标10分",
     "first-level weights 10 + 60 + 30 + 10 = 110 on a 100-point scale; the output rows of the score table add up to 50"),
    ("yanqing-archives-2019", 5, "average_mismatch",
     "平均每盘359.78元", "平均每盘395.78元", "平均每盘395.78元",
     "198,600.00元 / 552盘 = 359.78元, stated 395.78元"),
    # ---- 崇明区 妇联 2020 (decimal headings; tab tables, sources as columns)
    ("chongming-womensfed-2020", 1, "balance_mismatch",
     "年末结余10.50万元", "年末结余25.50万元", "年末结余25.50万元",
     "received 200.00 - spent 189.50 = 10.50, stated 25.50 (computed from the initial budget 215.00 instead of the adjusted 200.00)"),
    ("chongming-womensfed-2020", 2, "sum_mismatch",
     "家庭教育指导服务68.00万元", "家庭教育指导服务83.00万元",
     ("调整后全年预算200.00万元", "家庭教育指导服务83.00万元"),
     "83.00 + 95.00 + 37.00 = 215.00, stated adjusted total 200.00 (the pre-adjustment figure 83.00 left in place of 68.00)"),
    ("chongming-womensfed-2020", 3, "implausible_rate",
     "覆盖率100%", "覆盖率105.6%", "覆盖率105.6%",
     "a coverage rate cannot exceed 100% (all 18 towns' 妇女之家 open; 105.6% = 19/18)"),
    ("chongming-womensfed-2020", 4, "year_mismatch",
     "2020年4月，受新冠肺炎疫情影响", "2019年4月，受新冠肺炎疫情影响", "2019年4月",
     "the cut of the 2020 budget (because of the COVID epidemic) dated April 2019, before the budget year"),
    ("chongming-womensfed-2020", 5, "score_sum_mismatch",
     "80.3%\t15\t14.17", "80.3%\t15\t14.71",
     ("14.71", "100\t97.89"),
     "row scores 9.48 + 10 + 10 + 9.24 + 10 + 5 + 5 + 14.71 + 15 + 10 = 98.43, stated total 97.89 (table and text)"),
    # ---- 宝坻区 公安 2021 (ASCII pipe tables without separator; total stated as a whole number)
    ("baodi-police-2021", 1, "rate_mismatch",
     "| 1,027.44 | 95.13% |", "| 1,027.44 | 87.07% |", "1,027.44 | 87.07%",
     "district funds 1,027.44 / 1,080.00 = 95.13%; the table states 87.07% (= 1,027.44 / 1,180.00, the initial total: wrong base)"),
    ("baodi-police-2021", 2, "score_exceeds_weight",
     "| 96.8% | 101.89% | 10 | 10 |", "| 96.8% | 101.89% | 10 | 10.19 |", "101.89% | 10 | 10.19",
     "score 10.19 above the weight 10 (10 x 101.89% without the cap); rows now sum to 94.94, still consistent with the whole-number total 95"),
    ("baodi-police-2021", 3, "balance_mismatch",
     "年末结余52.56万元", "年末结余52.65万元", "年末结余52.65万元",
     "1,400.00 - 1,347.44 = 52.56 (district 1,080.00 - 1,027.44), stated 52.65"),
    ("baodi-police-2021", 4, "completion_mismatch",
     "| 26小时 | 92.31% |", "| 26小时 | 108.33% |", "26小时 | 108.33%",
     "a missed ≤ target: completion 24 / 26 = 92.31%; the table states 108.33% (26 / 24, inverted)"),
    ("baodi-police-2021", 5, "conflicting_values",
     "点位共2,860路", "点位共2,680路", "共2,680路",
     "the overview gives 2,680路 for the surveillance points; the spending (2,860路 x 3,000元 = 858.00万元), outputs and table give 2,860路"),
    # ---- 格尔木市 消防 2022 (web page with &nbsp; and <br>; one cell per line)
    ("golmud-fire-2022", 1, "sum_mismatch",
     "训练及营房维护52.40万元", "训练及营房维护54.00万元",
     ("全年支出584.00万元", "训练及营房维护54.00万元"),
     "345.60 + 186.00 + 54.00 = 585.60, stated total 584.00 (the item's budget 54.00 written instead of its spending 52.40)"),
    ("golmud-fire-2022", 2, "average_mismatch",
     "日均1.95起", "日均1.59起", "日均1.59起",
     "712起 / 365天 = 1.95起 per day, stated 1.59"),
    ("golmud-fire-2022", 3, "year_mismatch",
     "截至2022年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "the 2022 report (dated March 2023) gives spending as of 31 Dec 2023; it must name the evaluation year 2022"),
    ("golmud-fire-2022", 4, "score_exceeds_weight",
     "≥90%\n95.5%\n10\n10\n", "≥90%\n95.5%\n10\n10.61\n", "95.5%\n10\n10.61",
     "score 10.61 above the weight 10 (10 x 95.5/90 without the cap); rows now sum to 86.29, still consistent with the whole-number total 86"),
    # ---- 西青区 红十字会 2023 (department-wide outline; Markdown headings and tables; total exactly 90.00)
    ("xiqing-redcross-2023", 1, "score_sum_mismatch",
     "| 有所提升 | 15 | 10.5 |", "| 有所提升 | 15 | 11.5 |",
     ("11.5 |", "| 100 | 90.00"),
     "row scores 9.56 + 10 + 10 + 4.11 + 10 + 3 + 10 + 13.28 + 11.5 + 9.55 = 91.00, stated total 90.00 (table and text)"),
    ("xiqing-redcross-2023", 2, "weight_sum_mismatch",
     "| 2023年10月20日 | 5 | 3 |", "| 2023年10月20日 | 6 | 3 |",
     ("| 2023年10月20日 | 6", "| 合计 |  |  |  |  | 100"),
     "weights 10 + (10 + 10 + 5 + 10 + 6 + 10) + (15 + 15) + 10 = 101, stated 100 (产出 51, the text gives 50)"),
    ("xiqing-redcross-2023", 3, "grade_mismatch",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "total 90.00 is in the 优 band (the lower bound 90 is inclusive)"),
    ("xiqing-redcross-2023", 4, "implausible_rate",
     "完好率100%", "完好率100.4%", "完好率100.4%",
     "an equipment intact rate cannot exceed 100%"),
    ("xiqing-redcross-2023", 5, "unit_mismatch",
     "| ≥55台 | 57台 |", "| ≥55台 | 103.64% |", "≥55台 | 103.64%",
     "target in 台, actual in % (the completion rate 57/55 typed into the 实际完成值 cell): completion cannot be computed"),
    # ---- 浦东新区 知识产权 2024 (long MOF 附件3 report; ｜ tables; total stated as a whole number)
    ("pudong-ipr-2024", 1, "completion_mismatch",
     "｜137件｜91.33%｜", "｜137件｜91.13%｜", "137件｜91.13%",
     "137件 / 150件 = 91.33%, the 完成率 column states 91.13%"),
    ("pudong-ipr-2024", 2, "conflicting_values",
     "专项资金全年资助发明专利3,486件", "专项资金全年资助发明专利3,468件", "资助发明专利3,468件",
     "section 三 gives 3,468件; section 四 (with 1,742.60万元 / 3,486 = 4,998.85元) and the table give 3,486件"),
    ("pudong-ipr-2024", 3, "rate_mismatch",
     "区级资金执行率84.42%", "区级资金执行率79.87%", "区级资金执行率79.87%",
     "district spending 2,076.70 / district budget 2,460.00 = 84.42%; 79.87% divides by the initial 2,600.00 (wrong base)"),
    ("pudong-ipr-2024", 4, "average_mismatch",
     "件均38,051.09元", "件均38,015.09元", "件均38,015.09元",
     "521.30万元 / 137件 = 38,051.09元, stated 38,015.09元"),
    ("pudong-ipr-2024", 5, "score_exceeds_weight",
     "｜88.3%｜103.88%｜6｜6｜", "｜88.3%｜103.88%｜6｜6.23｜", "103.88%｜6｜6.23",
     "score 6.23 above the weight 6 (6 x 88.3/85 without the cap); rows now sum to 96.36, still consistent with the whole-number total 96"),
    # ---- 平遥县 地方志 2025 (traditional characters; prose only)
    ("pingyao-gazetteer-2025", 1, "weight_sum_mismatch",
     "分為數量指標25分", "分為數量指標20分", "產出指標50分，分為數量指標20分",
     "second-level weights 20 + 15 + 5 + 5 = 45, but 產出指標 is worth 50 (all weights now 95)"),
    ("pingyao-gazetteer-2025", 2, "score_sum_mismatch",
     "效益指標得24.75分", "效益指標得25.75分", "效益指標得25.75分，滿意度指標得10分，自評總分92.14分",
     "first-level scores 9.39 + 48 + 25.75 + 10 = 93.14, stated total 92.14 (the 效益 indicators are scored 15 + 9.75 = 24.75)"),
    ("pingyao-gazetteer-2025", 3, "grade_mismatch",
     "評價等級為「優」", "評價等級為「良」", "評價等級為「良」",
     "total 92.14 is in the 優/优 band (>= 90)"),
    ("pingyao-gazetteer-2025", 4, "year_mismatch",
     "2025年10月，山西省地方志研究院下達", "2024年10月，山西省地方志研究院下達", "2024年10月",
     "provincial money added to the 2025 budget said to be issued in October 2024 (only a December advance may precede the year)"),
    # ---- 堆龙德庆区 总工会 2021 (元 without separators; tab MOF 自评表)
    ("doilungdeqen-union-2021", 1, "balance_mismatch",
     "年末未使用资金49900元", "年末未使用资金48900元", "年末未使用资金48900元",
     "1436500 - 1386600 = 49900元 (当年财政拨款 1400000 - 1350100), stated 48900元"),
    ("doilungdeqen-union-2021", 2, "unit_mismatch",
     "拉萨市级配套资金120000元", "拉萨市级配套资金120000万元", "拉萨市级配套资金120000万元",
     "a 元 amount labelled 万元 (off by 10^4): with 120000元 the five sources sum to the stated 1436500元, as in the 追加 sentence"),
    ("doilungdeqen-union-2021", 3, "conflicting_values",
     "≥180户\t186户", "≥180户\t196户", "196户",
     "the text gives 186户 (three times, with 186 x 4000 = 744000元); the table row states 196户"),
    ("doilungdeqen-union-2021", 4, "average_mismatch",
     "人均3571.74元", "人均3517.74元", "人均3517.74元",
     "328600元 / 92人次 = 3571.74元, stated 3517.74元"),
    ("doilungdeqen-union-2021", 5, "implausible_rate",
     "纳入率100%", "纳入率120%", "纳入率120%",
     "an inclusion rate cannot exceed 100% (24 new households, all included)"),
    # ---- 顺义区 人防 2023 (space-aligned wrapped table with 完成率; 中)
    ("shunyi-civilairdefense-2023", 1, "completion_mismatch",
     "96处            73.85%", "96处            73.58%", "96处            73.58%",
     "96处 / 130处 = 73.85%, the 完成率 column states 73.58%"),
    ("shunyi-civilairdefense-2023", 2, "year_mismatch",
     "附表：2023年度项目支出绩效自评表", "附表：2022年度项目支出绩效自评表", "2022年度项目支出绩效自评表",
     "the 自评表 of the 2023 report is labelled 2022年度 (last year's form)"),
    ("shunyi-civilairdefense-2023", 3, "conflicting_values",
     "全年完成公用人防工程维护96处", "全年完成公用人防工程维护69处", "维护69处",
     "the text gives 69处 for the sites maintained in 2023; the table row states 96处 (completion 73.85%, score 7.38)"),
    ("shunyi-civilairdefense-2023", 4, "unit_mismatch",
     "≥98%            96.7%", "≥98%            147台", "≥98%            147台",
     "target in %, actual in 台 (the count of alarms that sounded typed into the 实际完成值 cell): completion cannot be computed"),
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
