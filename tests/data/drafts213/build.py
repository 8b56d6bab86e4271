#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts213 from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, error no., code, where, old, new, value, explanation)
EDITS = [
    # ---- handan-jieduyiliao-2020 (Hebei, 戒毒所医疗经费, MOF table) ----
    ("handan-jieduyiliao-2020", 1, "score_exceeds_weight", "table",
     "6428人次｜8｜8｜—\n产出指标｜数量指标｜健康教育讲座场次｜≥24场｜20场｜5｜4.17",
     "6428人次｜8｜4.17｜—\n产出指标｜数量指标｜健康教育讲座场次｜≥24场｜20场｜5｜8",
     "20场｜5｜8",
     "健康教育讲座 row scores 8 against its weight 5 (scores of the 门诊 and 讲座 rows swapped, total still 95.92)"),
    ("handan-jieduyiliao-2020", 2, "weight_sum_mismatch", "table",
     "190.12｜10｜97.50%｜9.75",
     "190.12｜20｜97.50%｜9.75",
     "190.12｜20｜97.50%",
     "execution weight typed as 20: 20 + 50 + 30 + 10 = 110 against 总分 100"),
    ("handan-jieduyiliao-2020", 3, "unit_mismatch", "table",
     "≥380人｜396人",
     "≥380人｜104.21%",
     "≥380人｜104.21%",
     "target in persons (≥380人), actual given as a percentage (the completion 396/380 copied into the actual cell)"),
    ("handan-jieduyiliao-2020", 4, "rate_mismatch", "prose",
     "已支出5.92万元，执行率92.50%",
     "已支出5.92万元，执行率95.20%",
     "执行率95.20%",
     "防疫专项 5.92 / 6.40 = 92.50%, stated 95.20%"),
    ("handan-jieduyiliao-2020", 5, "grade_mismatch", "prose",
     "评价等级为优。",
     "评价等级为良。",
     "评价等级为良",
     "total 95.92 is in the 优 band (≥90)"),
    ("handan-jieduyiliao-2020", 6, "year_mismatch", "prose",
     "结转至2021年使用",
     "结转至2020年使用",
     "结转至2020年",
     "unspent money of the 2020 budget cannot be carried over to 2020 itself (should be 2021)"),

    # ---- ganzhou-zuifanjiaoyu-2022 (Jiangxi, 罪犯教育改造, 完成率 column) ----
    ("ganzhou-zuifanjiaoyu-2022", 1, "completion_mismatch", "table",
     "≥150人｜138人｜92%",
     "≥150人｜138人｜82%",
     "138人｜82%",
     "138 / 150 = 92.00%, stated 82%"),
    ("ganzhou-zuifanjiaoyu-2022", 2, "sum_mismatch", "table",
     "监区文化建设及亲情帮教｜24.00｜21.04",
     "监区文化建设及亲情帮教｜24.00｜21.40",
     "亲情帮教｜24.00｜21.40",
     "执行数 column 27.46 + 33.12 + 43.85 + 16.90 + 21.40 + 6.00 = 148.73, 合计 says 148.37"),
    ("ganzhou-zuifanjiaoyu-2022", 3, "score_sum_mismatch", "table",
     "87.4%｜97.11%｜5｜4.86",
     "87.4%｜97.11%｜5｜4.68",
     "4.68｜疫情期间现场帮教减少\n总分｜｜｜｜｜｜100｜95.89",
     "row scores add to 9.51 + 49.52 + 27 + 9.68 = 95.71, 总分 (table and text) 95.89"),
    ("ganzhou-zuifanjiaoyu-2022", 4, "balance_mismatch", "prose",
     "年末结余7.63万元",
     "年末结余7.36万元",
     "结余7.36万元",
     "到位 156.00 − 执行 148.37 = 7.63"),
    ("ganzhou-zuifanjiaoyu-2022", 5, "average_mismatch", "prose",
     "全狱平均87.0分",
     "全狱平均87.5分",
     "全狱平均87.5分",
     "(86.5 + 88.0 + 84.5 + 89.0) / 4 = 87.0"),
    ("ganzhou-zuifanjiaoyu-2022", 6, "conflicting_values", "prose",
     "412名新收罪犯均顺利转入",
     "421名新收罪犯均顺利转入",
     "421名新收罪犯",
     "新收罪犯 is 412人 in the 产出 paragraph, 421 in the 效益 paragraph"),

    # ---- wanzhou-jiansuoanfang-2021 (Chongqing, 监所安防升级, MOF table) ----
    ("wanzhou-jiansuoanfang-2021", 1, "sum_mismatch", "prose",
     "应急指挥及对讲系统37.20万元",
     "应急指挥及对讲系统32.70万元",
     "32.70万元",
     "186.00 + 74.50 + 52.30 + 32.70 = 345.50, stated total 350.00"),
    ("wanzhou-jiansuoanfang-2021", 2, "completion_mismatch", "prose",
     "完成率103.08%",
     "完成率103.80%",
     "完成率103.80%",
     "268台 / 260台 = 103.08%, stated 103.80%"),
    ("wanzhou-jiansuoanfang-2021", 3, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% on a zero budget (上年结转 0.00)"),
    ("wanzhou-jiansuoanfang-2021", 4, "score_exceeds_weight", "table",
     "268台｜10｜10｜—\n产出指标｜数量指标｜周界报警防区｜≥48个｜48个｜8｜8",
     "268台｜10｜8｜—\n产出指标｜数量指标｜周界报警防区｜≥48个｜48个｜8｜10",
     "48个｜8｜10",
     "周界报警防区 scores 10 against its weight 8 (scores of two adjacent rows swapped, total still 95.27)"),
    ("wanzhou-jiansuoanfang-2021", 5, "grade_mismatch", "table",
     "评价等级：优",
     "评价等级：良",
     "评价等级：良",
     "total 95.27 is in the 优 band (≥90)"),
    ("wanzhou-jiansuoanfang-2021", 6, "year_mismatch", "table",
     "项目支出绩效自评表\n（2021年度）",
     "项目支出绩效自评表\n（2020年度）",
     "（2020年度）",
     "the 自评表 of the 2021 report is headed 2020年度"),

    # ---- lanling-sifaju-2024 (Shandong, 司法局部门整体, 社区矫正) ----
    ("lanling-sifaju-2024", 1, "balance_mismatch", "table",
     "结转结余｜43.58",
     "结转结余｜34.58",
     "结转结余｜34.58",
     "全年预算 1,928.75 − 全年支出 1,885.17 = 43.58"),
    ("lanling-sifaju-2024", 2, "rate_mismatch", "table",
     "55.92｜96.41%",
     "55.92｜96.14%",
     "55.92｜96.14%",
     "普法依法治理 55.92 / 58.00 = 96.41%, stated 96.14%"),
    ("lanling-sifaju-2024", 3, "average_mismatch", "table",
     "平均93.63",
     "平均93.36",
     "平均93.36",
     "(96.50 + 97.20 + 98.00 + 95.40 + 96.10 + 78.60) / 6 = 93.63"),
    ("lanling-sifaju-2024", 4, "weight_sum_mismatch", "table",
     "社区矫正衔接报到及时率｜100%｜100%｜6｜6",
     "社区矫正衔接报到及时率｜100%｜100%｜8｜6",
     "报到及时率｜100%｜100%｜8｜6",
     "产出 weights 8+8+8+6+6+8+8 = 52 against 小计 50; all weights 102 against 100"),
    ("lanling-sifaju-2024", 5, "score_sum_mismatch", "table",
     "未验收投用｜10｜6\n效益指标小计",
     "未验收投用｜10｜7\n效益指标小计",
     "未验收投用｜10｜7\n效益指标小计｜｜｜｜｜30｜26\n满意度指标｜服务对象满意度｜群众对公共法律服务满意度｜≥95%｜91.2%｜10｜9.60\n合计｜｜｜｜｜100｜94.59",
     "效益 rows 10 + 10 + 7 = 27 against 小计 26; all rows 95.59 against 合计 94.59"),
    ("lanling-sifaju-2024", 6, "unit_mismatch", "prose",
     "“三公”经费支出15.27万元，其中",
     "“三公”经费支出152700万元，其中",
     "152700万元",
     "15.27万元 (152,700元) written with the unit 万元: off by 10^4 against 11.86 + 3.41 and the table's 15.27万元"),

    # ---- lincang-jieduzhiye-2019 (Yunnan, 戒毒人员职业技能培训, prose only) ----
    ("lincang-jieduzhiye-2019", 1, "implausible_rate", "prose",
     "项目累计支出31.25万元，资金支出进度为52.08%",
     "项目累计支出62.50万元，资金支出进度为104.17%",
     "62.50万元，资金支出进度为104.17%",
     "spending 62.50 of a 60.00 budget by September: a spending rate above 100%"),
    ("lincang-jieduzhiye-2019", 2, "conflicting_values", "prose",
     "培训戒毒人员386人次",
     "培训戒毒人员368人次",
     "培训戒毒人员368人次",
     "trainees are 386人次 in section 四 (and in the completion 386/400 = 96.50%), 368 in the overview"),
    ("lincang-jieduzhiye-2019", 3, "completion_mismatch", "prose",
     "目标300人，完成率88.00%",
     "目标300人，完成率86.00%",
     "完成率86.00%",
     "264 / 300 = 88.00%, stated 86.00%"),
    ("lincang-jieduzhiye-2019", 4, "unit_mismatch", "prose",
     "职业技能鉴定费3.80万元",
     "职业技能鉴定费38000万元",
     "38000万元",
     "3.80万元 (38,000元) written as 38000万元: the four uses then no longer add to 48.72; off by exactly 10^4"),
    ("lincang-jieduzhiye-2019", 5, "average_mismatch", "prose",
     "平均合格率92.5%",
     "平均合格率93.5%",
     "平均合格率93.5%",
     "(92.3 + 95.0 + 88.6 + 94.1) / 4 = 92.5"),
    ("lincang-jieduzhiye-2019", 6, "score_sum_mismatch", "prose",
     "产出指标得46.43分",
     "产出指标得46.34分",
     "产出指标得46.34分",
     "产出 items 8.75 + 14.48 + 13.20 + 10 = 46.43; parts 8.12 + 46.34 + 19.80 + 10 = 84.26 against 总分 84.35"),
]

SOURCES = [
    "handan-jieduyiliao-2020",
    "ganzhou-zuifanjiaoyu-2022",
    "wanzhou-jiansuoanfang-2021",
    "lanling-sifaju-2024",
    "lincang-jieduzhiye-2019",
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
