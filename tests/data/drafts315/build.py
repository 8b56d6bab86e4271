#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new); `old` must occur exactly
once in the clean draft. `value` is the short substring of the error case that carries the changed figure
(it must occur in the error case); `where` says whether the slip sits in prose or in a table.
Standard library only. Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-yingxian-fenwuzhengxian-2019",
    "hn-hengnan-fenwusheshi-2022",
    "sc-linshui-bingsichuqin-2023",
    "hb-yicheng-xumuzhongxin-2020",
    "jx-jishui-fenfeihuantian-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Shanxi, Yingxian, 2019 (tables one cell per line) ----
    ("sx-yingxian-fenwuzhengxian-2019", 1, "rate_mismatch", "table",
     "\t95.98\n\t95.86\n", "\t95.98\n\t95.68\n", "95.68",
     "funds table row 预算执行率 (7)=(4)/(2), column 财政资金小计: 2166.40 / 2260.00 = 95.86%, stated 95.68"),
    ("sx-yingxian-fenwuzhengxian-2019", 2, "completion_mismatch", "table",
     "\t3.4万吨\n\t113.33%\n", "\t3.4万吨\n\t131.33%\n", "3.4万吨\n\t131.33%",
     "附件1 带动商品有机肥产量: 3.4万吨 / ≥3万吨 = 113.33%, stated 131.33%"),
    ("sx-yingxian-fenwuzhengxian-2019", 3, "weight_sum_mismatch", "table",
     "年度建设任务按期完成率\n\t5\n", "年度建设任务按期完成率\n\t8\n", "年度建设任务按期完成率\n\t8",
     "时效 weight 5 -> 8: weights now total 103 (产出 rows 53 against 产出指标50分)"),
    ("sx-yingxian-fenwuzhengxian-2019", 4, "unit_mismatch", "table",
     "\t≥85个\n\t88个\n", "\t≥85个\n\t88%\n", "≥85个\n\t88%",
     "规模养殖场粪污处理设施改造数: target in 个 (≥85个), actual given as 88% - completion cannot be computed"),
    ("sx-yingxian-fenwuzhengxian-2019", 5, "grade_mismatch", "prose",
     "属于\"优秀\"", "属于\"良好\"", "属于\"良好\"",
     "total 99.4 is in the 优 band (>= 90), stated 良好"),
    ("sx-yingxian-fenwuzhengxian-2019", 6, "conflicting_values", "prose",
     "综合利用率达到91.3%", "综合利用率达到93.1%", "综合利用率达到93.1%",
     "the 2019 畜禽粪污综合利用率 is 91.3% in 附件1 (业绩值, completion 101.44%), 93.1% in the text"),

    # ---- Hunan, Hengnan, 2022 (tables tab-separated) ----
    ("hn-hengnan-fenwusheshi-2022", 1, "year_mismatch", "prose",
     "按规定结转至2023年使用", "按规定结转至2022年使用", "结转至2022年",
     "the unspent 33.13万元 of the 2022 budget is carried over to 2022 itself; must be a later year"),
    ("hn-hengnan-fenwusheshi-2022", 2, "sum_mismatch", "prose",
     "市级配套72万元", "市级配套27万元", "市级配套27万元",
     "年初预算600万元 != 420 + 27 + 108 = 555 (components stated after 其中)"),
    ("hn-hengnan-fenwusheshi-2022", 3, "implausible_rate", "table",
     "≥90%\t93.5%\t", "≥90%\t103.5%\t", "≥90%\t103.5%",
     "养殖场（户）满意度 stated as 103.5%: a satisfaction rate cannot exceed 100%"),
    ("hn-hengnan-fenwusheshi-2022", 4, "score_sum_mismatch", "table",
     "设施验收合格率\t100%\t100%\t10\t10", "设施验收合格率\t100%\t100%\t10\t9", "设施验收合格率\t100%\t100%\t10\t9",
     "row scores now add to 9.52 + 49 + 29 + 10 = 97.52, stated total 98.52 (table 总分 and text)"),
    ("hn-hengnan-fenwusheshi-2022", 5, "rate_mismatch", "table",
     "566.87\t—\t94.48%", "566.87\t—\t94.84%", "566.87\t—\t94.84%",
     "当年财政拨款: 566.87 / 600.00 = 94.48%, stated 94.84%"),
    ("hn-hengnan-fenwusheshi-2022", 6, "completion_mismatch", "prose",
     "完成年度目标的105%", "完成年度目标的110%", "完成年度目标的110%",
     "42个 against the target ≥40个 is 105%, stated 110%"),

    # ---- Sichuan, Linshui, 2023 (PDF copy, single spaces between cells) ----
    ("sc-linshui-bingsichuqin-2023", 1, "unit_mismatch", "prose",
     "无害化处理补助291.36万元", "无害化处理补助2913600万元", "补助2913600万元",
     "36420头 x 80元 = 2,913,600元 = 291.36万元; the 元 figure is written with 万元 (off by 10^4), which also "
     "breaks 全年支出355.36 = 处理补助 + 64.00 - the most specific explanation is the unit"),
    ("sc-linshui-bingsichuqin-2023", 2, "average_mismatch", "prose",
     "平均每个点8.00万元", "平均每个点8.80万元", "平均每个点8.80万元",
     "64.00万元 / 8个收集暂存点 = 8.00万元, stated 8.80"),
    ("sc-linshui-bingsichuqin-2023", 3, "score_exceeds_weight", "table",
     "处理补助兑付及时率 ≥ 95 % 91.2 5 4.8 ", "处理补助兑付及时率 ≥ 95 % 91.2 5 5.3 ", "91.2 5 5.3",
     "时效指标 row: score 5.3 above its weight 5 (row sum 99.17 still rounds to the stated 99)"),
    ("sc-linshui-bingsichuqin-2023", 4, "implausible_rate", "table",
     "财政专户管理资金 0 0 0 — — —", "财政专户管理资金 0 0 0 — 100% —", "0 0 0 — 100%",
     "财政专户管理资金 has a zero 全年预算数 (A): an execution rate of 100% on a zero base is impossible"),
    ("sc-linshui-bingsichuqin-2023", 5, "year_mismatch", "table",
     "（2023年度）", "（2022年度）", "（2022年度）",
     "the 自评表 claims 2022 while the report, the budget and the spending are 2023"),
    ("sc-linshui-bingsichuqin-2023", 6, "balance_mismatch", "prose",
     "年末结余7.44万元", "年末结余7.74万元", "年末结余7.74万元",
     "到位 362.80 (到位率100%) - 执行 355.36 = 7.44, stated 7.74"),

    # ---- Hubei, Yicheng, 2020 (department-wide, web page, ｜ table) ----
    ("hb-yicheng-xumuzhongxin-2020", 1, "sum_mismatch", "prose",
     "资源化利用技术服务95.62万元", "资源化利用技术服务59.62万元", "技术服务59.62万元",
     "项目支出874.12 != 420.00 + 168.50 + 59.62 + 190.00 = 838.12"),
    ("hb-yicheng-xumuzhongxin-2020", 2, "average_mismatch", "prose",
     "平均补贴68.06万元", "平均补贴60.86万元", "平均补贴60.86万元",
     "408.36万元 / 6家 = 68.06万元, stated 60.86"),
    ("hb-yicheng-xumuzhongxin-2020", 3, "completion_mismatch", "table",
     "96.2%｜106.89%", "96.2%｜108.69%", "96.2%｜108.69%",
     "应免畜禽免疫密度 96.2% / ≥90% = 106.89%, stated 108.69%"),
    ("hb-yicheng-xumuzhongxin-2020", 4, "rate_mismatch", "prose",
     "项目支出执行率96.06%", "项目支出执行率96.60%", "项目支出执行率96.60%",
     "项目支出 839.68 / 874.12 = 96.06%, stated 96.60%"),
    ("hb-yicheng-xumuzhongxin-2020", 5, "score_sum_mismatch", "table",
     "720人次｜90.00%｜10｜9", "720人次｜90.00%｜10｜8", "720人次｜90.00%｜10｜8",
     "row scores now add to 97.54, stated 合计 98.54 (and 98.54分 in the text)"),
    ("hb-yicheng-xumuzhongxin-2020", 6, "grade_mismatch", "prose",
     "评价等级为\"优\"", "评价等级为\"良\"", "评价等级为\"良\"",
     "98.54 is in the 优 band (>= 90), stated 良"),

    # ---- Jiangxi, Jishui, 2024 (PDF copy, runs of spaces) ----
    ("jx-jishui-fenfeihuantian-2024", 1, "score_exceeds_weight", "table",
     "2024年11月底     5      5\n", "2024年11月底     5      5.5\n", "2024年11月底     5      5.5",
     "时效指标 row: score 5.5 above its weight 5 (row sum 99.28 still rounds to the stated 99)"),
    ("jx-jishui-fenfeihuantian-2024", 2, "weight_sum_mismatch", "table",
     "10.5万亩         15     15", "10.5万亩         18     15", "10.5万亩         18",
     "粪肥还田面积 weight 15 -> 18: weights total 103, 产出 rows 53 against 产出指标50分"),
    ("jx-jishui-fenfeihuantian-2024", 3, "balance_mismatch", "prose",
     "当年未支出47.18万元", "当年未支出41.78万元", "当年未支出41.78万元",
     "全年预算 1126.80 - 执行 1079.62 = 47.18, stated 41.78"),
    ("jx-jishui-fenfeihuantian-2024", 4, "conflicting_values", "prose",
     "全年完成粪肥还田10.5万亩", "全年完成粪肥还田11.5万亩", "粪肥还田11.5万亩",
     "the 2024 粪肥还田面积 is 10.5万亩 in the funds paragraph (6.2 + 4.3, x 90元 = 945.00) and in the 自评表, "
     "11.5万亩 in the outputs paragraph"),
    ("jx-jishui-fenfeihuantian-2024", 5, "implausible_rate", "prose",
     "农户参与率达到96.4%", "农户参与率达到106.4%", "农户参与率达到106.4%",
     "a participation rate of 106.4% is impossible (a share of households cannot exceed 100%)"),
    ("jx-jishui-fenfeihuantian-2024", 6, "unit_mismatch", "table",
     "≥50元              62元", "≥50元              62%", "≥50元              62%",
     "亩均节本增收: target in 元 (≥50元), actual given as 62%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit("%s-e%d: old string occurs %d times: %r" % (pid, n, cnt, old))
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit("%s-e%d: value not in error case: %r" % (pid, n, value))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
