#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n98 from the clean drafts.

Every error case is its clean draft with ONE edit: `old` (which must occur exactly once in the clean
draft) is replaced by `new`. `value` is the labelled substring carrying the wrong figure; verify.py
checks that it occurs exactly once in the error case and never in the clean draft, and checks edit sizes.
Pure Python 3, no third-party modules.  Usage: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "nancheng-procsupervision-2019",
    "guangde-jiaoyi-2024",
    "yingcheng-onlinemall-2023",
    "huichang-schoolequip-2022",
    "yangxin-proccenter-2020",
]

# (project, code, old, new, value, explanation); numbered e1, e2, ... per project in list order.
EDITS = [
    # ---- 南城县财政局 2019 (MOF outline, ｜ tables) ----
    ("nancheng-procsupervision-2019", "score_sum_mismatch",
     "供应商满意度｜≥90%｜88.20%｜5｜4.90｜",
     "供应商满意度｜≥90%｜88.20%｜5｜5｜",
     "供应商满意度｜≥90%｜88.20%｜5｜5｜督促采购人及时验收付款\n总分｜｜｜｜｜100｜98.85",
     "supplier-satisfaction score rounded up from 4.90 to 5 without touching the total: rows now add to "
     "9.43 + 49.52 + 30 + 10 = 98.95, stated total 98.85"),
    ("nancheng-procsupervision-2019", "weight_sum_mismatch",
     "采购人满意度｜≥90%｜93.60%｜5｜5｜—",
     "采购人满意度｜≥90%｜93.60%｜10｜5｜—",
     "采购人满意度｜≥90%｜93.60%｜10｜5｜—\n满意度指标｜服务对象满意度指标｜供应商满意度｜≥90%｜88.20%｜5｜4.90｜"
     "督促采购人及时验收付款\n总分｜｜｜｜｜100",
     "the whole 满意度 weight 10 typed on one sub-row: weights add to 10 + 50 + 30 + 15 = 105, stated 100"),
    ("nancheng-procsupervision-2019", "balance_mismatch",
     "结余3.13万元", "结余3.31万元", "3.31万元",
     "到位 54.50 - 支出 51.37 = 3.13万元 (digits transposed)"),
    ("nancheng-procsupervision-2019", "conflicting_values",
     "中标金额651.20万元", "中标金额615.20万元", "615.20万元",
     "the CT purchase is 6,512,000.00元 (= 651.20万元) in the key-project table"),
    ("nancheng-procsupervision-2019", "unit_mismatch",
     "劳务费15.64万元", "劳务费156,400万元", "156,400万元",
     "391人次 × 400元 = 156,400元 = 15.64万元 (table row 15.64): a 元 figure labelled 万元, off by 10^4"),
    ("nancheng-procsupervision-2019", "rate_mismatch",
     "549,750.00｜36,250.00｜6.19%", "549,750.00｜36,250.00｜6.91%", "36,250.00｜6.91%",
     "archive digitisation row: 36,250 / 586,000 = 6.19%, stated 6.91%"),

    # ---- 广德市公共资源交易中心 2024 (Hunan-type outline, tab tables) ----
    ("guangde-jiaoyi-2024", "rate_mismatch",
     "支出47.30万元，支出率90.96%", "支出47.30万元，支出率90.69%", "支出率90.69%",
     "运维费 47.30 / 52.00 = 90.96%, stated 90.69%"),
    ("guangde-jiaoyi-2024", "score_exceeds_weight",
     "代理集中采购项目数\t≥200个\t214个\t8\t8\n产出指标\t数量指标\t全流程电子化交易率\t=100%\t100%\t7\t7",
     "代理集中采购项目数\t≥200个\t214个\t8\t9\n产出指标\t数量指标\t全流程电子化交易率\t=100%\t100%\t7\t6",
     "代理集中采购项目数\t≥200个\t214个\t8\t9",
     "score 9 above weight 8 (the next row lowered to 6 so the total still reads 97.31)"),
    ("guangde-jiaoyi-2024", "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 97.31 is in the 优 band (90 <= s <= 100)"),
    ("guangde-jiaoyi-2024", "implausible_rate",
     "表示满意的38家，满意率95.00%", "表示满意的42家，满意率105.00%", "42家，满意率105.00%",
     "42 satisfied out of 40 units called back: satisfaction 105.00% is above 100%"),
    ("guangde-jiaoyi-2024", "completion_mismatch",
     "目标2,500万元的86.74%", "目标2,500万元的86.47%", "2,500万元的86.47%",
     "徽采商城 2,168.53 / 2,500 = 86.74%, stated 86.47%"),

    # ---- 应城市财政局 2023 (Hubei 20 + 80 goal blocks, ｜ tables) ----
    ("yingcheng-onlinemall-2023", "sum_mismatch",
     "二季度｜1,105｜", "二季度｜1,150｜",
     "1,150｜4,627,150.00｜2.1\n三季度｜1,032｜4,389,230.00｜1.9\n四季度｜1,409｜5,929,500.00｜1.6\n全年｜4,372",
     "quarterly orders 826 + 1,150 + 1,032 + 1,409 = 4,417, stated 全年 4,372 (1,105 retyped)"),
    ("yingcheng-onlinemall-2023", "score_sum_mismatch",
     "91.50%｜10｜9.63", "91.50%｜10｜9.36",
     "91.50%｜10｜9.36\n合计｜｜｜｜100｜89.32",
     "rows add to 89.05 with the satisfaction score 9.36; stated 合计 89.32"),
    ("yingcheng-onlinemall-2023", "average_mismatch",
     "平均每期80人次", "平均每期84人次", "平均每期84人次",
     "(86 + 74 + 92 + 68) / 4 = 80 (320人次 over 4期); 84 is the mean of the first three sessions"),
    ("yingcheng-onlinemall-2023", "conflicting_values",
     "全年网上商城成交金额1,836.27万元，成交订单", "全年网上商城成交金额1,863.27万元，成交订单", "1,863.27万元",
     "the mall turnover is 1,836.27万元 (18,362,700.00元) in section 四 and in the table"),
    ("yingcheng-onlinemall-2023", "year_mismatch",
     "于2023年5月下达", "于2024年5月下达", "2024年5月下达",
     "2023 subsidy said to be issued in May 2024, after the evaluation year (report dated 2024年3月)"),
    ("yingcheng-onlinemall-2023", "unit_mismatch",
     "笔均4,200.07元", "笔均4,200.07万元", "4,200.07万元",
     "18,362,700元 / 4,372笔 = 4,200.07元 per order, not 万元"),

    # ---- 会昌县教育科技体育局 2022 (Shanxi-type funds table with 行次, 完成率 column) ----
    ("huichang-schoolequip-2022", "rate_mismatch",
     "46,500.00｜4.84%", "46,500.00｜5.09%", "46,500.00｜5.09%",
     "lot 3 saving rate recomputed on the winning bid: 46,500 / 913,500 = 5.09%; on the budget 46,500 / 960,000 = 4.84%"),
    ("huichang-schoolequip-2022", "weight_sum_mismatch",
     "286人次｜95.33%｜10｜9.53", "286人次｜95.33%｜12｜9.53",
     "教师设备使用培训｜≥300人次｜286人次｜95.33%｜12｜9.53\n满意度指标｜服务对象满意度｜师生满意度｜≥95%｜94.20%｜99.16%｜10｜9.92\n"
     "合计｜｜｜｜｜｜100",
     "weights now add to 102 (training row 12), stated 100"),
    ("huichang-schoolequip-2022", "implausible_rate",
     "｜(7)=(4)/(2)｜93.59｜100｜100｜0｜", "｜(7)=(4)/(2)｜93.59｜100｜100｜100｜",
     "预算执行率（%）｜(7)=(4)/(2)｜93.59｜100｜100｜100",
     "市级资金 column has budget 0 and spending 0: an execution rate of 100 on a zero base (formula copied across)"),
    ("huichang-schoolequip-2022", "unit_mismatch",
     "≥3%｜4.68%｜156%", "≥3%｜32.15万元｜156%", "≥3%｜32.15万元",
     "target is a rate (≥3%), actual filled in as the saved amount in 万元"),
    ("huichang-schoolequip-2022", "completion_mismatch",
     "≤40天｜36天｜100%", "≤40天｜36天｜90.00%", "≤40天｜36天｜90.00%",
     "≤ target met (36 <= 40): completion is 100%, not 36/40 = 90.00%"),
    ("huichang-schoolequip-2022", "sum_mismatch",
     "初中12所、小学27所", "初中12所、小学29所", "42所，其中初中12所、小学29所",
     "12 + 29 + 3 = 44 schools, stated 42"),

    # ---- 阳新县政府采购中心 2020 (部门整体支出, tab tables) ----
    ("yangxin-proccenter-2020", "balance_mismatch",
     "年末结转结余10.25万元", "年末结转结余10.52万元", "10.52万元",
     "329.00 - 318.75 = 10.25万元, stated 10.52"),
    ("yangxin-proccenter-2020", "score_exceeds_weight",
     "集中采购项目完成率\t7\t6.34\n产出\t职责履行\t应急采购按时保障率\t6\t6",
     "集中采购项目完成率\t7\t5.34\n产出\t职责履行\t应急采购按时保障率\t6\t7",
     "应急采购按时保障率\t6\t7",
     "score 7 above weight 6 (the row above lowered by 1 so the total still reads 89.92)"),
    ("yangxin-proccenter-2020", "grade_mismatch",
     "评价等级为“良好”", "评价等级为“优秀”", "评价等级为“优秀”",
     "total 89.92 is below 90: 良"),
    ("yangxin-proccenter-2020", "average_mismatch",
     "平均92.30分", "平均94.25分", "平均94.25分",
     "(95.50 + 93.00 + 88.40) / 3 = 92.30; 94.25 is the mean of the first two"),
    ("yangxin-proccenter-2020", "year_mismatch",
     "2020年度部门整体支出绩效自评表", "2019年度部门整体支出绩效自评表", "2019年度部门整体支出绩效自评表",
     "the score table of the 2020 report is headed 2019 (last year's template)"),
    ("yangxin-proccenter-2020", "sum_mismatch",
     "人员经费176.52万元", "人员经费167.52万元", "基本支出201.38万元（人员经费167.52万元",
     "167.52 + 24.86 = 192.38, stated 基本支出 201.38"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    counters = {}
    per_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        per_project[e[0]].append(e)
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        clean = read(clean_name)
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for i, (_, code, old, new, value, expl) in enumerate(per_project[proj], 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{proj} e{i}: edit anchor occurs {n} times in the clean draft: {old!r}")
            text = clean.replace(old, new)
            name = f"{proj}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
            counters[code] = counters.get(code, 0) + 1
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with one error)")
    for code in sorted(counters):
        print(f"  {code}: {counters[code]}")


if __name__ == "__main__":
    main()
