#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of the n430 set from the clean drafts and the edit list below.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft; the label value
is an exact substring of the resulting error case that contains the changed figure (checked: exactly once).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sx-pingyao-minbingyingji-2021",
    "sc-jiange-minbingxunlian-2023",
    "hn-chaling-yubeiyizhengxun-2019",
    "fj-youxi-renwubu-bumen-2024",
    "he-luanping-yubeiyizhengxun-2018",
]

# (source, n, code, where: prose/table, old, new, value, explanation)
EDITS = [
    ("sx-pingyao-minbingyingji-2021", 1, "rate_mismatch", "table",
     "\t96.17\n", "\t96.71\n", "96.71",
     "funds table row (7)=(4)/(2), column 县区级: 33.18/34.50 = 96.17%, printed 96.71"),
    ("sx-pingyao-minbingyingji-2021", 2, "completion_mismatch", "table",
     "\t104.29%\n", "\t102.49%\n", "102.49%",
     "附件1 参训民兵人次: actual 146人次 / target ≥140人次 = 104.29%, printed 102.49%"),
    ("sx-pingyao-minbingyingji-2021", 3, "unit_mismatch", "table",
     "\t50元/人·天\n", "\t50万元/人·天\n", "50万元/人·天",
     "附件1 伙食补助标准: target ≤50元/人·天 and the text (每人每天50元, 50元 × 1464人·天 = 73200元 = 7.32万元) "
     "show the actual is 50元/人·天; written with 万元 it is off by 10^4"),
    ("sx-pingyao-minbingyingji-2021", 4, "sum_mismatch", "prose",
     "训练器材及弹药保障9.86万元", "训练器材及弹药保障9.68万元", "训练器材及弹药保障9.68万元",
     "expenditure items 7.32 + 14.64 + 9.68 + 6.20 + 3.16 = 41.00, stated 合计41.18万元"),
    ("sx-pingyao-minbingyingji-2021", 5, "score_sum_mismatch", "prose",
     "自评总得分99.69分", "自评总得分98.69分", "自评总得分98.69分",
     "附件1 row scores 9.69 + 15 + 10 + 10 + 5 + 10 + 15 + 15 + 10 = 99.69, stated 98.69 (grade 优秀 still fits)"),
    ("sx-pingyao-minbingyingji-2021", 6, "year_mismatch", "prose",
     "结转至2022年使用", "结转至2021年使用", "结转至2021年使用",
     "the unspent 1.32万元 of the 2021 budget is carried forward to 2021 itself; a carry-forward must go to a later year"),
    # ---- Sichuan, 剑阁, 2023 ---------------------------------------------------------------------------------
    ("sc-jiange-minbingxunlian-2023", 1, "weight_sum_mismatch", "table",
     "组训批次 = 3 批 3 10 10", "组训批次 = 3 批 3 12 10", "组训批次 = 3 批 3 12 10",
     "分值 10 + 20 + 12 + 15 + 15 + 10 + 10 + 10 = 102, table prints 总分 100"),
    ("sc-jiange-minbingxunlian-2023", 2, "score_exceeds_weight", "table",
     "训练课目完成率 = 100 % 100 15 15\n质量指标 训练考核合格率 ≥ 95 % 92.5 15 14.61",
     "训练课目完成率 = 100 % 100 15 15.39\n质量指标 训练考核合格率 ≥ 95 % 92.5 15 14.22",
     "训练课目完成率 = 100 % 100 15 15.39",
     "score 15.39 above the row weight 15 (the next row was lowered to 14.22 so the scores still total 99.32)"),
    ("sc-jiange-minbingxunlian-2023", 3, "conflicting_values", "table",
     "遂行抢险救灾任务 ≥ 3 次 5 10 10", "遂行抢险救灾任务 ≥ 3 次 6 10 10", "遂行抢险救灾任务 ≥ 3 次 6",
     "table actual 6次, text 共出动5次（森林火情处置3次、防汛抢险2次）"),
    ("sc-jiange-minbingxunlian-2023", 4, "balance_mismatch", "prose",
     "结余1.74万元", "结余1.47万元", "结余1.47万元",
     "到位 60 − 支出 58.26 = 1.74万元, stated 1.47"),
    ("sc-jiange-minbingxunlian-2023", 5, "implausible_rate", "prose",
     "综合满意度96.8%", "综合满意度106.8%", "综合满意度106.8%",
     "a satisfaction rate cannot exceed 100%"),
    ("sc-jiange-minbingxunlian-2023", 6, "rate_mismatch", "prose",
     "到训率96.15%", "到训率96.51%", "到训率96.51%",
     "实际到训200人 / 通知参训208人 = 96.15%, stated 96.51%"),
    # ---- Hunan, 茶陵, 2019 -----------------------------------------------------------------------------------
    ("hn-chaling-yubeiyizhengxun-2019", 1, "sum_mismatch", "table",
     "\t年度资金总额\t27.30\t", "\t年度资金总额\t27.03\t", "年度资金总额\t27.03",
     "年初预算数: 当年财政拨款 25.00 + 上年结转 2.30 + 其他 0.00 = 27.30, row total printed 27.03 "
     "(also 27.03 + 追加8 ≠ 全年 35.30)"),
    ("hn-chaling-yubeiyizhengxun-2019", 2, "grade_mismatch", "prose",
     "评价等级为\"优\"", "评价等级为\"良\"", "评价等级为\"良\"",
     "total 90.03 lies in the 优 band (90 ≤ s ≤ 100), stated 良"),
    ("hn-chaling-yubeiyizhengxun-2019", 3, "average_mismatch", "prose",
     "人均参训8.93天", "人均参训8.39天", "人均参训8.39天",
     "1964人·天 / 220人次 = 8.93天, stated 8.39"),
    ("hn-chaling-yubeiyizhengxun-2019", 4, "implausible_rate", "table",
     "\t其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "\t其他资金\t0.00\t0.00\t0.00\t—\t100%\t—",
     "其他资金\t0.00\t0.00\t0.00\t—\t100%",
     "execution rate 100% printed on a zero budget (全年预算数 0.00)"),
    ("hn-chaling-yubeiyizhengxun-2019", 5, "score_sum_mismatch", "table",
     "2019年10月25日\t5\t5\t", "2019年10月25日\t5\t4\t", "2019年10月25日\t5\t4",
     "row scores now add to 89.03 while 总分 and the text give 90.03 (整训完成时间 scored 4)"),
    ("hn-chaling-yubeiyizhengxun-2019", 6, "unit_mismatch", "prose",
     "1964人·天共计88380元", "1964人·天共计88380万元", "88380万元",
     "45元 × 1964人·天 = 88380元 (= 伙食补助8.84万元); the 元 amount is labelled 万元, off by 10^4"),
    # ---- Fujian, 尤溪, 2024 (department) ---------------------------------------------------------------------
    ("fj-youxi-renwubu-bumen-2024", 1, "average_mismatch", "prose",
     "平均自评得分95.25分", "平均自评得分95.52分", "平均自评得分95.52分",
     "(98 + 92 + 96 + 95) / 4 = 95.25, stated 95.52"),
    ("fj-youxi-renwubu-bumen-2024", 2, "rate_mismatch", "table",
     "153.46\t92.45%", "153.46\t94.25%", "153.46\t94.25%",
     "项目支出 153.46 / 166.00 = 92.45%, printed 94.25%"),
    ("fj-youxi-renwubu-bumen-2024", 3, "conflicting_values", "prose",
     "86名新兵中有2人", "68名新兵中有2人", "68名新兵",
     "the recruits are 86名 where first stated (其中大学生61名，占70.93%), 68名 here"),
    ("fj-youxi-renwubu-bumen-2024", 4, "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "the 2024 department report states its spending as of 2023年12月31日"),
    ("fj-youxi-renwubu-bumen-2024", 5, "score_exceeds_weight", "table",
     "效益指标\t30\t28.17\n满意度指标\t10\t9.00", "效益指标\t30\t26.67\n满意度指标\t10\t10.50",
     "满意度指标\t10\t10.50",
     "满意度 scored 10.50 of 10 (效益 lowered to 26.67 so the total still reads 94.37)"),
    ("fj-youxi-renwubu-bumen-2024", 6, "sum_mismatch", "prose",
     "公用经费42.34万元", "公用经费43.24万元", "公用经费43.24万元",
     "人员经费276.12 + 公用经费43.24 = 319.36, stated 基本支出318.46万元"),
    # ---- Hebei, 滦平, 2018 -----------------------------------------------------------------------------------
    ("he-luanping-yubeiyizhengxun-2018", 1, "weight_sum_mismatch", "table",
     "2018年12月底前 2018年12月 5 5", "2018年12月底前 2018年12月 6 5", "2018年12月 6 5",
     "分值 10 + 20 + 10 + 10 + 6 + 5 + 15 + 15 + 10 = 101, 总分 printed 100"),
    ("he-luanping-yubeiyizhengxun-2018", 2, "grade_mismatch", "table",
     "评价等级：良", "评价等级：优", "评价等级：优",
     "total 87 lies in the 良 band (80 ≤ s < 90), table says 优"),
    ("he-luanping-yubeiyizhengxun-2018", 3, "year_mismatch", "table",
     "（2018年度）", "（2017年度）", "（2017年度）",
     "自评表 headed 2017年度 in the 2018 report"),
    ("he-luanping-yubeiyizhengxun-2018", 4, "completion_mismatch", "prose",
     "整训人次完成率77.69%", "整训人次完成率79.67%", "整训人次完成率79.67%",
     "实训202人次 / 目标≥260人次 = 77.69%, stated 79.67%"),
    ("he-luanping-yubeiyizhengxun-2018", 5, "balance_mismatch", "prose",
     "年末未使用资金8.20万元", "年末未使用资金8.02万元", "年末未使用资金8.02万元",
     "到位 48.00 − 执行 39.80 = 8.20万元, stated 8.02"),
    ("he-luanping-yubeiyizhengxun-2018", 6, "rate_mismatch", "prose",
     "参训率91.82%", "参训率92.18%", "参训率92.18%",
     "实训202人次 / 应训220人 = 91.82%, stated 92.18%"),
]


def main():
    labels = []
    bad = []
    for src in SOURCES:
        clean_name = src + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for s, n, code, where, old, new, value, expl in [e for e in EDITS if e[0] == src]:
            k = clean.count(old)
            if k != 1:
                bad.append("%s-e%d: old string occurs %d times" % (src, n, k))
                continue
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                bad.append("%s-e%d: value occurs %d times in the error case" % (src, n, text.count(value)))
            name = "%s-e%d.txt" % (src, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    if bad:
        for b in bad:
            print("BUILD ERROR:", b)
        sys.exit(1)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), sum(not l["clean"] for l in labels)))


if __name__ == "__main__":
    main()
