#!/usr/bin/env python3
"""Build the drafts501 error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit: (source, n, code, where, old, new, value, explanation).
  old   occurs exactly once in cases/<source>-clean.txt and is replaced by new (one contiguous edit);
  value is the exact substring of the error case that carries the changed figure (it must occur once).
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "he-guangzong-zizhuzhongxin-bumen-2023",
    "jx-shicheng-xiaofuzizhu-2019",
    "sc-tongjiang-jiaofuzizhu-2021",
    "hb-luotian-xiaofujiaofu-2022",
    "yn-yiliang-xiaofujiaofu-2025",
]

EDITS = [
    # ---- 广宗县学生资助管理中心 2023 (department overall) ----
    ("he-guangzong-zizhuzhongxin-bumen-2023", 1, "score_exceeds_weight", "indicator table, 时效/质量 rows",
     "资助资金发放及时率｜≥95%｜100%｜5｜5\n｜质量指标｜资助对象认定准确率｜100%｜100%｜5｜5",
     "资助资金发放及时率｜≥95%｜100%｜5｜6\n｜质量指标｜资助对象认定准确率｜100%｜100%｜5｜4",
     "资助资金发放及时率｜≥95%｜100%｜5｜6",
     "score 6 above weight 5; the next row (资助对象认定准确率) was lowered 5 -> 4 so the 产出 subtotal 39.93 and the total 98.68 still add up"),
    ("he-guangzong-zizhuzhongxin-bumen-2023", 2, "balance_mismatch", "funds prose, 义务教育教辅材料资助",
     "执行率98.15%，结余1.44万元", "执行率98.15%，结余1.14万元", "结余1.14万元",
     "78.00 - 76.56 = 1.44万元, stated 1.14"),
    ("he-guangzong-zizhuzhongxin-bumen-2023", 3, "rate_mismatch", "funds table, 基本支出 row",
     "基本支出｜52.40｜52.40｜51.86｜98.97%", "基本支出｜52.40｜52.40｜51.86｜98.79%", "51.86｜98.79%",
     "51.86 / 52.40 = 98.97%, stated 98.79%"),
    ("he-guangzong-zizhuzhongxin-bumen-2023", 4, "year_mismatch", "funds prose, carry-over",
     "结转至2024年使用", "结转至2023年使用", "结转至2023年",
     "the unspent 4.80万元 of the 2023 budget is carried to 2023 itself; must be a later year (2024)"),
    ("he-guangzong-zizhuzhongxin-bumen-2023", 5, "average_mismatch", "project prose, 高中教辅 schools",
     "平均每校300人", "平均每校320人", "平均每校320人",
     "(420 + 300 + 180) / 3 = 300, stated 320"),
    ("he-guangzong-zizhuzhongxin-bumen-2023", 6, "grade_mismatch", "conclusion prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 98.68 is in the 优 band (>= 90), stated 良"),
    # ---- 石城县教育局 2019 校服资助 ----
    ("jx-shicheng-xiaofuzizhu-2019", 1, "sum_mismatch", "funds prose, 初中 schools list",
     "分别为420人、360人、330人、270人，合计1,380人", "分别为420人、380人、330人、270人，合计1,380人",
     "420人、380人、330人、270人，合计1,380人",
     "420 + 380 + 330 + 270 = 1,400, stated total 1,380 (the 初中 count used everywhere else)"),
    ("jx-shicheng-xiaofuzizhu-2019", 2, "score_sum_mismatch", "indicator table, 资助对象认定精准率 score",
     "96.5%\t98.47%\t14.77", "96.5%\t98.47%\t14.47", "98.47%\t14.47",
     "row scores now sum to 99.19 while the table total and the text say 99.49 (and 扣0.23分 no longer equals 15 - 14.47)"),
    ("jx-shicheng-xiaofuzizhu-2019", 3, "conflicting_values", "outputs prose",
     "全年共资助家庭经济困难学生3,840人", "全年共资助家庭经济困难学生3,480人", "全年共资助家庭经济困难学生3,480人",
     "the number of students aided is 3,840 in the funds section (2,460 + 1,380) and in the table, 3,480 here"),
    ("jx-shicheng-xiaofuzizhu-2019", 4, "implausible_rate", "funds table, 上年结转资金 row",
     "上年结转资金\t0.00\t0.00\t0.00\t0.00\t—", "上年结转资金\t0.00\t0.00\t0.00\t0.00\t100%",
     "上年结转资金\t0.00\t0.00\t0.00\t0.00\t100%",
     "execution rate 100% on a zero budget (0.00 / 0.00): undefined, must be —"),
    ("jx-shicheng-xiaofuzizhu-2019", 5, "unit_mismatch", "funds prose, amount written two ways",
     "合计874,800元（87.48万元）", "合计874,800元（874800万元）", "874800万元",
     "874,800元 = 87.48万元; the bracketed figure is the 元 amount labelled 万元 (off by 10^4)"),
    ("jx-shicheng-xiaofuzizhu-2019", 6, "completion_mismatch", "indicator table, 发放校服套数 row",
     "7,680套\t101.05%", "7,680套\t110.05%", "7,680套\t110.05%",
     "7,680 / 7,600 = 101.05%, stated 110.05%"),
    # ---- 通江县学生资助管理中心 2021 教辅资助 (Sichuan) ----
    ("sc-tongjiang-jiaofuzizhu-2021", 1, "weight_sum_mismatch", "conclusion prose, level weights",
     "产出指标60分、效益指标30分", "产出指标65分、效益指标30分", "产出指标65分",
     "10 + 65 + 30 = 105 (and 65 + 30 != 绩效指标90分); the table's 产出 rows weigh 60"),
    ("sc-tongjiang-jiaofuzizhu-2021", 2, "grade_mismatch", "conclusion prose",
     "自评等级为优秀", "自评等级为良好", "自评等级为良好",
     "total 99.79 is in the 优 band, stated 良好"),
    ("sc-tongjiang-jiaofuzizhu-2021", 3, "average_mismatch", "outputs prose, 5 schools",
     "平均99.6%", "平均99.2%", "平均99.2%",
     "(100 + 100 + 98.6 + 100 + 99.4) / 5 = 99.6%, stated 99.2%"),
    ("sc-tongjiang-jiaofuzizhu-2021", 4, "year_mismatch", "funds prose, first batch",
     "2021年2月下达春季学期资金", "2020年2月下达春季学期资金", "2020年2月下达",
     "money of the 2021 budget issued in February 2020: neither in the evaluation year nor a December advance"),
    ("sc-tongjiang-jiaofuzizhu-2021", 5, "rate_mismatch", "funds block, 财政资金 row",
     "124.38｜—｜98.25%", "124.38｜—｜98.52%", "98.52%",
     "124.38 / 126.60 = 98.25%, stated 98.52%"),
    ("sc-tongjiang-jiaofuzizhu-2021", 6, "conflicting_values", "outputs prose",
     "全年共为14,624名学生", "全年共为14,264名学生", "全年共为14,264名学生",
     "14,624 students in the funds section (5,210 + 4,962 + 4,452) and in the table, 14,264 here"),
    # ---- 罗田县 2022 校服及教辅 (Hubei, execution 20 points) ----
    ("hb-luotian-xiaofujiaofu-2022", 1, "score_exceeds_weight", "indicator table, 目标3 rows",
     "受助学生满意度｜5｜≥90%｜96.2%｜106.89%｜5｜\n｜｜家长满意度｜5｜≥90%｜94.6%｜105.11%｜5｜",
     "受助学生满意度｜5｜≥90%｜96.2%｜106.89%｜6｜\n｜｜家长满意度｜5｜≥90%｜94.6%｜105.11%｜4｜",
     "受助学生满意度｜5｜≥90%｜96.2%｜106.89%｜6",
     "score 6 above weight 5; 家长满意度 lowered 5 -> 4 so 目标3 still scores 10 and the total 98.83 holds"),
    ("hb-luotian-xiaofujiaofu-2022", 2, "balance_mismatch", "funds prose",
     "结余3.32万元结转", "结余3.23万元结转", "结余3.23万元",
     "到位 163.80 - 执行 160.48 = 3.32万元, stated 3.23"),
    ("hb-luotian-xiaofujiaofu-2022", 3, "score_sum_mismatch", "scoring prose, 目标2 block",
     "35分得34.73分", "35分得34.37分", "35分得34.37分",
     "目标2 rows score 10 + 10 + 5 + 9.73 = 34.73, stated 34.37 (and 19.10 + 35 + 34.37 + 10 != 98.83)"),
    ("hb-luotian-xiaofujiaofu-2022", 4, "unit_mismatch", "indicator table, 教辅资助人数 actual",
     "≥5,850人｜5,910人", "≥5,850人｜100%", "≥5,850人｜100%",
     "target in 人, actual given as a percentage: completion cannot be computed"),
    ("hb-luotian-xiaofujiaofu-2022", 5, "implausible_rate", "indicator table, 家长满意度 row",
     "94.6%｜105.11%", "104.6%｜116.22%", "104.6%｜116.22%",
     "satisfaction 104.6% is above 100% (the completion 116.22% was changed with it, so it is consistent)"),
    ("hb-luotian-xiaofujiaofu-2022", 6, "completion_mismatch", "indicator table, 校服资助人数 row",
     "5,910人｜101.90%", "5,910人｜109.10%", "5,910人｜109.10%",
     "5,910 / 5,800 = 101.90%, stated 109.10%"),
    # ---- 彝良县 2025 校服及教辅 (Yunnan, MOF layout) ----
    ("yn-yiliang-xiaofujiaofu-2025", 1, "weight_sum_mismatch", "indicator table, 资助政策知晓率 weight",
     "96.3%｜101.37%｜10｜10", "96.3%｜101.37%｜15｜10", "101.37%｜15",
     "weights now total 105 (效益 rows 35 against the 30 stated in the conclusion)"),
    ("yn-yiliang-xiaofujiaofu-2025", 2, "sum_mismatch", "funds prose, 当年财政拨款 sources",
     "县级资金89.76万元", "县级资金98.76万元", "县级资金98.76万元",
     "省级 134.64 + 县级 98.76 = 233.40, stated 当年财政拨款 224.40"),
    ("yn-yiliang-xiaofujiaofu-2025", 3, "completion_mismatch", "indicator table, 满意度 row",
     "97.1%｜107.89%", "97.1%｜107.98%", "107.98%",
     "97.1 / 90 = 107.89%, stated 107.98%"),
    ("yn-yiliang-xiaofujiaofu-2025", 4, "conflicting_values", "outputs prose",
     "全年共发放校服18,860套", "全年共发放校服18,680套", "全年共发放校服18,680套",
     "18,860 sets in the funds section (12,100 + 6,760) and in the table, 18,680 here"),
    ("yn-yiliang-xiaofujiaofu-2025", 5, "rate_mismatch", "funds prose, share of 校服",
     "占87.45%", "占78.45%", "占78.45%",
     "202.12 / 231.12 = 87.45%, stated 78.45%"),
    ("yn-yiliang-xiaofujiaofu-2025", 6, "year_mismatch", "funds prose, cut-off date",
     "截至2025年12月31日", "截至2024年12月31日", "截至2024年12月31日",
     "the 2025 report's spending is stated as of 31 December 2024"),
]


def main():
    labels = []
    by_source = {s: [] for s in SOURCES}
    for e in EDITS:
        by_source[e[0]].append(e)
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        edits = sorted(by_source[src], key=lambda e: e[1])
        if [e[1] for e in edits] != [1, 2, 3, 4, 5, 6]:
            sys.exit(f"{src}: edits must be numbered 1..6")
        for _, n, code, where, old, new, value, expl in edits:
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old text occurs {clean.count(old)} times")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {text.count(value)} times")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if "--table" in sys.argv:
        print("| case | code | where | what changed |")
        print("|---|---|---|---|")
        for src, n, code, where, old, new, value, expl in EDITS:
            print(f"| {src}-e{n} | {code} | {where} | {expl} |")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
