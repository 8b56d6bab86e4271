#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit: an exact old -> new replacement whose `old` string
occurs exactly once in the clean draft.  `value` is the label value, an exact substring of the error case that
contains the changed figure.  Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-jingle-guerbaozhang-2021",
    "hb-fangxian-guershishiwuren-2020",
    "sc-pengxi-guerjibenshenghuo-2022",
    "hn-xinhuang-guerbaozhang-2019",
    "ah-taihe-shishiwuren-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- sx-jingle-guerbaozhang-2021 (Shanxi layout, funds table with 行次 and formulas) ---
    ("sx-jingle-guerbaozhang-2021", 1, "rate_mismatch", "table",
     "｜100｜70.00｜100\n执行率", "｜100｜75.00｜100\n执行率", "100｜75.00｜100",
     "county column of row (6)=(3)/(2): 10.50 / 15.00 = 70.00%, the table prints 75.00"),
    ("sx-jingle-guerbaozhang-2021", 2, "average_mismatch", "prose",
     "月人均发放1029.64元", "月人均发放1026.94元", "月人均发放1026.94元",
     "1,563,000元 (156.30万元) / 1518人月 = 1029.64元 per person-month, stated 1026.94"),
    ("sx-jingle-guerbaozhang-2021", 3, "completion_mismatch", "table",
     "96.43%｜98.40%", "96.43%｜98.04%", "96.43%｜98.04%",
     "入学率 target ≥98%, actual 96.43%: completion 96.43/98 = 98.40%, stated 98.04%"),
    ("sx-jingle-guerbaozhang-2021", 4, "weight_sum_mismatch", "table",
     "12个月｜12个月｜100%｜5｜5", "12个月｜12个月｜100%｜8｜5", "100%｜8｜5",
     "weight of 基本生活费发放月数 raised from 5 to 8: the 分值 column now adds up to 103, not 100 (产出 58, not 50)"),
    ("sx-jingle-guerbaozhang-2021", 5, "grade_mismatch", "prose",
     "等级为优秀", "等级为良好", "等级为良好",
     "total 98.31 lies in the 优 band (≥90), the text says 良好"),
    ("sx-jingle-guerbaozhang-2021", 6, "year_mismatch", "prose",
     "结转至2022年继续用于本项目", "结转至2021年继续用于本项目", "结转至2021年",
     "the balance of the 2021 budget is carried over to 2021 itself; a carry-over goes to a later year (2022)"),

    # --- hb-fangxian-guershishiwuren-2020 (Hubei-style table: execution 20 points, goal blocks, reverse indicator) ---
    ("hb-fangxian-guershishiwuren-2020", 1, "score_exceeds_weight", "table",
     "103人｜10｜9.36｜年满18周岁退出较多\n目标一｜产出指标｜数量指标｜事实无人抚养儿童保障人数｜≥180人｜171人｜10｜9.50｜",
     "103人｜10｜10.36｜年满18周岁退出较多\n目标一｜产出指标｜数量指标｜事实无人抚养儿童保障人数｜≥180人｜171人｜10｜8.50｜",
     "103人｜10｜10.36",
     "孤儿保障人数 scored 10.36 with a weight of 10 (one point mis-keyed from the next row, which reads 8.50 instead of 9.50; block and total unchanged)"),
    ("hb-fangxian-guershishiwuren-2020", 2, "score_sum_mismatch", "table",
     "总分｜｜｜｜｜｜100｜89.81｜", "总分｜｜｜｜｜｜100｜89.18｜", "100｜89.18",
     "row scores add up to 89.81 (16.22 + 41.99 + 31.60), the 总分 row prints 89.18"),
    ("hb-fangxian-guershishiwuren-2020", 3, "sum_mismatch", "prose",
     "支付116.55万元", "支付115.65万元", "支付115.65万元",
     "1110人月 × 1050元 = 116.55万元, and 23.20 + 115.65 + 200.97 = 339.82 ≠ 340.72 paid in total"),
    ("hb-fangxian-guershishiwuren-2020", 4, "implausible_rate", "prose",
     "儿童本人满意度为96.50%", "儿童本人满意度为106.50%", "儿童本人满意度为106.50%",
     "a satisfaction rate cannot exceed 100%"),
    ("hb-fangxian-guershishiwuren-2020", 5, "unit_mismatch", "table",
     "≤10天｜16天｜", "≤10天｜16%｜", "≤10天｜16%",
     "reverse indicator 平均时长 has target in 天 but actual in %: completion and score cannot be computed"),
    ("hb-fangxian-guershishiwuren-2020", 6, "balance_mismatch", "prose",
     "年末结余79.28万元", "年末结余72.98万元", "年末结余72.98万元",
     "全部到位 420.00 − 支付 340.72 = 79.28万元, stated 72.98"),

    # --- sc-pengxi-guerjibenshenghuo-2022 (Sichuan layout: 10 + 90, 指标性质/度量单位 columns, mid-year rise) ---
    ("sc-pengxi-guerjibenshenghuo-2022", 1, "conflicting_values", "prose",
     "保障资金261.00万元的管理使用情况", "保障资金216.00万元的管理使用情况", "保障资金216.00万元",
     "the opening names 216.00万元 while the budget is 261.00万元 everywhere else (调整后预算, 全年预算数)"),
    ("sc-pengxi-guerjibenshenghuo-2022", 2, "sum_mismatch", "table",
     "合计｜182｜188｜1098｜", "合计｜182｜188｜1089｜", "合计｜182｜188｜1089",
     "上半年人月 66 + 330 + 702 = 1098, the 合计 row prints 1089"),
    ("sc-pengxi-guerjibenshenghuo-2022", 3, "rate_mismatch", "prose",
     "县级资金执行率89.23%", "县级资金执行率82.93%", "县级资金执行率82.93%",
     "county funds 41.94 spent of 47.00: 89.23%, stated 82.93%"),
    ("sc-pengxi-guerjibenshenghuo-2022", 4, "unit_mismatch", "prose",
     "发放基本生活费2,559,400元", "发放基本生活费2,559,400万元", "2,559,400万元",
     "the 元 amount (= 255.94万元 spent) is labelled 万元: off by 10^4"),
    ("sc-pengxi-guerjibenshenghuo-2022", 5, "score_sum_mismatch", "prose",
     "综合自评得分98.75分", "综合自评得分98.57分", "综合自评得分98.57分",
     "9.81 + 60 + 28.94 = 98.75 (table rows add up to the same), stated 98.57"),
    ("sc-pengxi-guerjibenshenghuo-2022", 6, "completion_mismatch", "prose",
     "事实无人抚养儿童保障人数完成率103.33%", "事实无人抚养儿童保障人数完成率101.33%", "完成率101.33%",
     "124人 against a target of ≥120人: 103.33%, stated 101.33%"),

    # --- hn-xinhuang-guerbaozhang-2019 (Hunan outline, MOF 自评表) ---
    ("hn-xinhuang-guerbaozhang-2019", 1, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—", "0.00｜—｜100%",
     "execution rate of 100% printed on a zero budget (其他资金 0.00): rate on a zero base"),
    ("hn-xinhuang-guerbaozhang-2019", 2, "balance_mismatch", "prose",
     "全年结余1.95万元", "全年结余1.59万元", "全年结余1.59万元",
     "到位 234.60 − 支出 232.65 = 1.95万元, stated 1.59"),
    ("hn-xinhuang-guerbaozhang-2019", 3, "weight_sum_mismatch", "table",
     "有所提升｜10｜8｜", "有所提升｜12｜8｜", "有所提升｜12｜8",
     "weight of the 可持续影响 row raised to 12: 分值 column adds up to 102 (效益 32 instead of 30)"),
    ("hn-xinhuang-guerbaozhang-2019", 4, "conflicting_values", "table",
     "≥150人｜164人｜", "≥150人｜168人｜", "≥150人｜168人",
     "the table gives 168 事实无人抚养儿童 in care, the text 164 (年末164人, 纳入保障164人, 151 + 16 − 3 = 164)"),
    ("hn-xinhuang-guerbaozhang-2019", 5, "year_mismatch", "table",
     "项目支出绩效自评表（2019年度）", "项目支出绩效自评表（2018年度）", "自评表（2018年度）",
     "the attached table claims 2018 while the report evaluates 2019"),
    ("hn-xinhuang-guerbaozhang-2019", 6, "sum_mismatch", "prose",
     "年初118人，新增5人，退出14人，年末109人", "年初118人，新增7人，退出14人，年末109人", "新增7人",
     "118 + 7 − 14 = 111, not the 109 stated at year end"),

    # --- ah-taihe-shishiwuren-2024 (MOF reference outline, (A)/(B)/(B/A) table, satisfaction table) ---
    ("ah-taihe-shishiwuren-2024", 1, "average_mismatch", "table",
     "平均｜—｜—｜96.22%", "平均｜—｜—｜96.62%", "平均｜—｜—｜96.62%",
     "(96.33 + 94.67 + 97.67) / 3 = 96.22% (pooled 866/900 gives the same), stated 96.62%"),
    ("ah-taihe-shishiwuren-2024", 2, "grade_mismatch", "table",
     "自评等级｜优", "自评等级｜良", "自评等级｜良",
     "总分 98.07 is in the 优 band, the table says 良"),
    ("ah-taihe-shishiwuren-2024", 3, "score_exceeds_weight", "table",
     "92.76%｜10｜9.76｜部分乡镇复核力量不足\n效益指标｜可持续影响指标｜关爱帮扶长效机制｜健全｜基本健全｜10｜8.5｜",
     "92.76%｜10｜10.26｜部分乡镇复核力量不足\n效益指标｜可持续影响指标｜关爱帮扶长效机制｜健全｜基本健全｜10｜8.0｜",
     "92.76%｜10｜10.26",
     "动态复核按时完成率 scored 10.26 against a weight of 10 (half a point moved from the next row, 8.5 → 8.0; total unchanged)"),
    ("ah-taihe-shishiwuren-2024", 4, "conflicting_values", "prose",
     "项目资金1580.00万元开展了绩效自评", "项目资金1508.00万元开展了绩效自评", "项目资金1508.00万元",
     "the opening names 1508.00万元, the budget is 1580.00万元 in the funds section and in the table (A)"),
    ("ah-taihe-shishiwuren-2024", 5, "rate_mismatch", "table",
     "｜1537.19｜—｜98.06%｜", "｜1537.19｜—｜98.60%｜", "1537.19｜—｜98.60%",
     "当年财政拨款 1537.19 / 1567.60 = 98.06%, stated 98.60%"),
    ("ah-taihe-shishiwuren-2024", 6, "completion_mismatch", "prose",
     "完成年度指标值的97.64%", "完成年度指标值的97.46%", "完成年度指标值的97.46%",
     "92.76% against a target of ≥95%: 97.64%, stated 97.46%"),
]


def main():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        by_project[e[0]].append(e)
    for p in PROJECTS:
        clean_name = f"{p}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": p, "clean": True, "expected": []})
        edits = sorted(by_project[p], key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], p
        for (_, n, code, where, old, new, value, expl) in edits:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{p}-e{n}: old string occurs {cnt} times")
            err = clean.replace(old, new)
            if value not in err:
                sys.exit(f"{p}-e{n}: value not in the error case")
            name = f"{p}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
