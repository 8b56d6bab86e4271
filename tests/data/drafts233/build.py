#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts233 from the clean drafts.

The clean drafts live in cases/<id>-clean.txt. Each entry of EDITS below is one injected
inconsistency: an exact old -> new replacement that must match the clean draft exactly once.
Running this script (re)writes cases/<id>-e<n>.txt and labels.jsonl.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yuanjiang-zengzhifangliu-2022",
    "kezuohouqi-liangzhong-2019",
    "gaotang-fenwu-2021",
    "longan-dongfangzhongxin-2023",
    "mozhugongka-shouyilab-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- yuanjiang-zengzhifangliu-2022 (Hunan, fish restocking) ----
    ("yuanjiang-zengzhifangliu-2022", 1, "rate_mismatch", "prose",
     "支出63.42万元，执行率96.09%", "支出63.42万元，执行率96.90%",
     "执行率96.90%",
     "central subsidy 63.42 spent of 66.00 = 96.09%, stated 96.90% (digits transposed)"),
    ("yuanjiang-zengzhifangliu-2022", 2, "sum_mismatch", "table",
     "其中：当年财政拨款｜60.00｜86.00", "其中：当年财政拨款｜66.00｜86.00",
     "当年财政拨款｜66.00",
     "年初预算数 column: 年度资金总额 60.00 but components 66.00 + 0.00 + 0.00 = 66.00"),
    ("yuanjiang-zengzhifangliu-2022", 3, "score_exceeds_weight", "table",
     "2022年9月28日｜5｜5｜—\n产出指标｜成本指标｜每万尾苗种平均采购成本｜≤700元｜632.49元｜10｜10｜—",
     "2022年9月28日｜5｜10｜—\n产出指标｜成本指标｜每万尾苗种平均采购成本｜≤700元｜632.49元｜10｜5｜—",
     "2022年9月28日｜5｜10",
     "时效 row scored 10 against a weight of 5 (scores of the 时效 and 成本 rows swapped, total unchanged)"),
    ("yuanjiang-zengzhifangliu-2022", 4, "year_mismatch", "prose",
     "我中心对2022年度渔业增殖放流项目资金", "我中心对2021年度渔业增殖放流项目资金",
     "对2021年度渔业增殖放流项目资金",
     "the report and its table evaluate 2022; the opening says the 2021 project funds were evaluated"),
    ("yuanjiang-zengzhifangliu-2022", 5, "completion_mismatch", "prose",
     "（1200万尾）的105.67%", "（1200万尾）的105.76%",
     "1200万尾）的105.76%",
     "1268 / 1200 = 105.67%, stated 105.76%"),
    ("yuanjiang-zengzhifangliu-2022", 6, "unit_mismatch", "table",
     "｜≥6批次｜7批次｜", "｜≥6批次｜116.67%｜",
     "≥6批次｜116.67%",
     "target counted in 批次, actual entered as a percentage (the completion rate typed into the actual column)"),

    # ---- kezuohouqi-liangzhong-2019 (Inner Mongolia, beef-cattle semen subsidy) ----
    ("kezuohouqi-liangzhong-2019", 1, "completion_mismatch", "table",
     "｜≥85%｜80.4%｜94.59%｜", "｜≥85%｜80.4%｜95.49%｜",
     "80.4%｜95.49%",
     "良种覆盖率 80.4 / 85 = 94.59%, 完成率 column says 95.49%"),
    ("kezuohouqi-liangzhong-2019", 2, "weight_sum_mismatch", "table",
     "合计｜｜｜｜｜｜100｜87.65｜", "合计｜｜｜｜｜｜90｜87.65｜",
     "合计｜｜｜｜｜｜90｜87.65",
     "weights are 10 (budget execution) + 50 + 30 + 10 = 100, the 合计 row states 90"),
    ("kezuohouqi-liangzhong-2019", 3, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget (上年结转 0.00 / 0.00)"),
    ("kezuohouqi-liangzhong-2019", 4, "balance_mismatch", "prose",
     "年末结余78.00万元", "年末结余87.00万元",
     "结余87.00万元",
     "312.00 - 234.00 = 78.00, stated 87.00"),
    ("kezuohouqi-liangzhong-2019", 5, "average_mismatch", "prose",
     "61.2%、64.8%、64.5%", "61.2%、68.4%、64.5%",
     "61.2%、68.4%、64.5%，平均63.5%",
     "(61.2 + 68.4 + 64.5) / 3 = 64.7%, stated average 63.5%"),
    ("kezuohouqi-liangzhong-2019", 6, "grade_mismatch", "prose",
     "综合得分87.65分，评价等级为“良”", "综合得分87.65分，评价等级为“优”",
     "评价等级为“优”",
     "87.65 lies in the 良 band (80 <= s < 90)"),

    # ---- gaotang-fenwu-2021 (Shandong, manure utilisation; prose only) ----
    ("gaotang-fenwu-2021", 1, "score_sum_mismatch", "prose",
     "效益指标（30分）得28.35分", "效益指标（30分）得29.35分",
     "效益指标（30分）得29.35分，满意度指标（10分）得9.95分，合计89.96分",
     "8.16 + 43.50 + 29.35 + 9.95 = 90.96, stated total 89.96; the benefit items listed (9.85 + 10 + 4.50 + 4) give 28.35"),
    ("gaotang-fenwu-2021", 2, "weight_sum_mismatch", "prose",
     "其中数量指标（20分）", "其中数量指标（25分）",
     "数量指标（25分）",
     "output sub-weights 25 + 10 + 10 + 10 = 55, but 产出指标 is worth 50"),
    ("gaotang-fenwu-2021", 3, "conflicting_values", "prose",
     "项目资金1150.00万元的管理使用", "项目资金1105.00万元的管理使用",
     "1105.00万元",
     "the opening evaluates 1105.00万元 while the funds section gives the same project budget as 1150.00万元 (900 + 100 + 150)"),
    ("gaotang-fenwu-2021", 4, "grade_mismatch", "prose",
     "本项目自评等级为“良”", "本项目自评等级为“优”",
     "自评等级为“优”",
     "89.96 is below 90: grade 良, not 优"),
    ("gaotang-fenwu-2021", 5, "average_mismatch", "prose",
     "93.6%、95.2%、94.8%", "93.6%、92.5%、94.8%",
     "93.6%、92.5%、94.8%，平均94.53%",
     "(93.6 + 92.5 + 94.8) / 3 = 93.63%, stated average 94.53%"),
    ("gaotang-fenwu-2021", 6, "year_mismatch", "prose",
     "截至2021年12月31日，项目累计支出", "截至2020年12月31日，项目累计支出",
     "截至2020年12月31日",
     "the spending of the 2021 budget is dated 31 December 2020, before the evaluation year began"),

    # ---- longan-dongfangzhongxin-2023 (Guangxi, animal disease control centre, whole-department) ----
    ("longan-dongfangzhongxin-2023", 1, "sum_mismatch", "table",
     "项目支出｜114.10｜180.40", "项目支出｜141.10｜180.40",
     "项目支出｜141.10",
     "年初预算数 column: 基本支出 272.40 + 项目支出 141.10 = 413.50, 年度资金总额 386.50"),
    ("longan-dongfangzhongxin-2023", 2, "score_sum_mismatch", "table",
     "｜≥90%｜95%｜10｜10｜—\n合计｜｜｜｜｜100｜98.20｜", "｜≥90%｜95%｜10｜1｜—\n合计｜｜｜｜｜100｜98.20｜",
     "95%｜10｜1｜—\n合计｜｜｜｜｜100｜98.20",
     "9.80 + 49.40 + 29 + 1 = 89.20, 合计 says 98.20 (satisfaction score typed as 1 instead of 10)"),
    ("longan-dongfangzhongxin-2023", 3, "conflicting_values", "table",
     "｜≥6000份｜5640份｜", "｜≥6000份｜5460份｜",
     "5460份",
     "the table gives 5460 samples, the text 5640份 (and 94.00% of 6000)"),
    ("longan-dongfangzhongxin-2023", 4, "rate_mismatch", "table",
     "｜180.40｜171.38｜—｜95.00%｜—", "｜180.40｜171.38｜—｜94.00%｜—",
     "171.38｜—｜94.00%",
     "项目支出 171.38 / 180.40 = 95.00%, stated 94.00%"),
    ("longan-dongfangzhongxin-2023", 5, "implausible_rate", "prose",
     "收回286份，回收率95.33%", "收回386份，回收率128.67%",
     "收回386份，回收率128.67%",
     "386 questionnaires returned of 300 issued: a return rate over 100%"),
    ("longan-dongfangzhongxin-2023", 6, "unit_mismatch", "prose",
     "村级动物防疫员劳务补助19.44万元", "村级动物防疫员劳务补助194400万元",
     "194400万元",
     "162 x 1200元 = 194400元 = 19.44万元: a 元 figure labelled 万元 (the project sum 180.40 only holds with 19.44)"),

    # ---- mozhugongka-shouyilab-2024 (Tibet, county veterinary laboratory) ----
    ("mozhugongka-shouyilab-2024", 1, "balance_mismatch", "prose",
     "年末结转资金51.30万元", "年末结转资金53.10万元",
     "结转资金53.10万元",
     "180.00 - 128.70 = 51.30, stated 53.10"),
    ("mozhugongka-shouyilab-2024", 2, "score_exceeds_weight", "table",
     "｜18台（套）｜10｜10｜—\n产出指标｜数量指标｜培训实验室检测人员｜≥12人次｜15人次｜5｜5｜",
     "｜18台（套）｜10｜5｜—\n产出指标｜数量指标｜培训实验室检测人员｜≥12人次｜15人次｜5｜10｜",
     "≥12人次｜15人次｜5｜10",
     "training row scored 10 against a weight of 5 (scores of two adjacent rows swapped, total unchanged)"),
    ("mozhugongka-shouyilab-2024", 3, "completion_mismatch", "prose",
     "为年度指标值5000份的65.20%", "为年度指标值5000份的62.50%",
     "5000份的62.50%",
     "3260 / 5000 = 65.20%, stated 62.50%"),
    ("mozhugongka-shouyilab-2024", 4, "unit_mismatch", "table",
     "｜≥18台（套）｜18台（套）｜", "｜≥18台（套）｜100%｜",
     "≥18台（套）｜100%",
     "target counted in 台（套）, actual given as a percentage"),
    ("mozhugongka-shouyilab-2024", 5, "grade_mismatch", "prose",
     "评价等级为“良好”", "评价等级为“优秀”",
     "评价等级为“优秀”",
     "84.54 lies in the 良 band (80 <= s < 90)"),
    ("mozhugongka-shouyilab-2024", 6, "year_mismatch", "table",
     "附件：项目支出绩效自评表\n（2024年度）", "附件：项目支出绩效自评表\n（2023年度）",
     "（2023年度）",
     "the self-evaluation table is headed 2023 in a 2024 report (title, funds and dates are 2024)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            key = (s, n)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen.add(key)
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{s}-e{n}: old text matches {count} times, expected exactly once: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{s}-e{n}: value {value!r} not in the error case")
            name = f"{s}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")


if __name__ == "__main__":
    main()
