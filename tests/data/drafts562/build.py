#!/usr/bin/env python3
"""Write cases/<id>-e1..e6.txt and labels.jsonl from the clean drafts and the edit list below.

Each edit replaces one exact, unique snippet `old` of the clean draft with `new` (one contiguous change,
≤ 40 characters once the common prefix/suffix is removed).  `value` is the substring of the error case
given to the label (it must occur exactly once there and contain the changed figure).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ha-yuanhui-hwgg-2018",
    "ah-huashan-dianzhao-2020",
    "hn-shigu-zhaopai-2021",
    "jx-xinzhou-cgj-bumen-2023",
    "sc-shunqing-hwgg-2025",
]

# (project, n, code, old, new, value, explanation)
EDITS = [
    # ---- 漯河市源汇区 2018
    ("ha-yuanhui-hwgg-2018", 1, "rate_mismatch",
     "3\t户外广告设施安全检测\t25.00\t\t25.00\t22.30\t89.20%",
     "3\t户外广告设施安全检测\t25.00\t\t25.00\t22.30\t92.80%",
     "3\t户外广告设施安全检测\t25.00\t\t25.00\t22.30\t92.80%",
     "表1: 22.30/25.00 = 89.20%, stated 92.80%"),
    ("ha-yuanhui-hwgg-2018", 2, "sum_mismatch",
     "区级财政225.00万元", "区级财政252.00万元",
     "资金来源为市级城市管理专项补助80.00万元、区级财政252.00万元",
     "sources 80.00 + 252.00 = 332.00, but 全年预算 is 305.00"),
    ("ha-yuanhui-hwgg-2018", 3, "score_exceeds_weight",
     "93.1%\t5\t5\t\n总分\t\t\t\t\t100\t99.35\t\n经自评，本项目得分99.35分",
     "93.1%\t5\t5.5\t\n总分\t\t\t\t\t100\t99.85\t\n经自评，本项目得分99.85分",
     "\t\t周边居民满意度\t≥90%\t93.1%\t5\t5.5\t",
     "周边居民满意度 scored 5.5 against a weight of 5 (总分 and the sentence below raised with it to 99.85, so the sum still holds)"),
    ("ha-yuanhui-hwgg-2018", 4, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "经自评，本项目得分99.35分，评价等级为“良”",
     "99.35 is in the 优 band (≥90)"),
    ("ha-yuanhui-hwgg-2018", 5, "average_mismatch",
     "规范店招店牌355.5块", "规范店招店牌365.5块",
     "4个街道平均拆除违规户外广告78.75处、规范店招店牌365.5块",
     "(412 + 356 + 371 + 283)/4 = 355.5, stated 365.5"),
    ("ha-yuanhui-hwgg-2018", 6, "year_mismatch",
     "结转至2019年", "结转至2018年",
     "经区财政局同意结转至2018年",
     "unspent 2018 money carried over to 2018 itself; must be a later year"),
    # ---- 马鞍山市花山区 2020
    ("ah-huashan-dianzhao-2020", 1, "balance_mismatch",
     "结余17.32万元", "结余17.23万元",
     "结余17.23万元",
     "到位 430.00 − 执行 412.68 = 17.32, stated 17.23"),
    ("ah-huashan-dianzhao-2020", 2, "completion_mismatch",
     "≥180处\t163处\t90.56%", "≥180处\t163处\t95.06%",
     "\t\t拆除违规户外广告\t≥180处\t163处\t95.06%\t8\t7.24",
     "163/180 = 90.56%, stated 95.06%"),
    ("ah-huashan-dianzhao-2020", 3, "implausible_rate",
     "0.00\t0.00\t—\t因疫情调减", "0.00\t0.00\t100.00%\t因疫情调减",
     "店招亮化配套\t25.00\t-25.00\t0.00\t0.00\t100.00%\t因疫情调减，未实施",
     "execution rate 100.00% on a 0.00 budget (sub-item cut to zero)"),
    ("ah-huashan-dianzhao-2020", 4, "weight_sum_mismatch",
     "2020年10月28日\t—\t8\t8", "2020年10月28日\t—\t10\t8",
     "\t时效指标\t整治完成时间\t2020年10月31日前\t2020年10月28日\t—\t10\t8",
     "weights now total 102 (时效 8 → 10) against 合计 100"),
    ("ah-huashan-dianzhao-2020", 5, "conflicting_values",
     "全区共整治店招店牌1236块", "全区共整治店招店牌1263块",
     "截至10月底，全区共整治店招店牌1263块",
     "表2 合计, the 产出 paragraph and the 自评表 give 1236块"),
    ("ah-huashan-dianzhao-2020", 6, "unit_mismatch",
     "≥12次\t14次\t116.67%", "≥12次\t100%\t116.67%",
     "\t\t户外广告设施安全巡查\t≥12次\t100%\t116.67%\t6\t6",
     "target in 次, actual given as a percentage"),
    # ---- 衡阳市石鼓区 2021
    ("hn-shigu-zhaopai-2021", 1, "score_sum_mismatch",
     "综合自评得分95.02分", "综合自评得分95.20分",
     "综合自评得分95.20分",
     "row scores (incl. 执行 9.39) sum to 95.02, as the 自评表 合计 says; prose states 95.20"),
    ("hn-shigu-zhaopai-2021", 2, "rate_mismatch",
     "预算执行率93.90%", "预算执行率93.09%",
     "全年实际支出221.60万元，预算执行率93.09%",
     "221.60/236.00 = 93.90%, stated 93.09%"),
    ("hn-shigu-zhaopai-2021", 3, "unit_mismatch",
     "整治补助资金147.13万元", "整治补助资金1471300万元",
     "全年发放店招店牌整治补助资金1471300万元",
     "147.13万元 (1471300元) written with the unit 万元: off by 10^4 against 表1 and 表2"),
    ("hn-shigu-zhaopai-2021", 4, "average_mismatch",
     "平均\t32.33\t144.33", "平均\t32.33\t141.33",
     "平均\t32.33\t141.33\t\t\t24.52",
     "866/6 = 144.33, 平均 row states 141.33"),
    ("hn-shigu-zhaopai-2021", 5, "sum_mismatch",
     "合计\t194\t866\t6061\t", "合计\t194\t866\t6016\t",
     "合计\t194\t866\t6016\t\t147.13",
     "street areas sum to 6061 平方米, 合计 row states 6016"),
    ("hn-shigu-zhaopai-2021", 6, "year_mismatch",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日，项目各项支出情况如下",
     "spending of the 2021 project dated to the end of 2020"),
    # ---- 上饶市信州区 2023 部门整体
    ("jx-xinzhou-cgj-bumen-2023", 1, "balance_mismatch",
     "结余结转\t53.46\t", "结余结转\t35.46\t",
     "结余结转\t35.46\t\t",
     "表1: 到位 1418.70 − 支出 1365.24 = 53.46, stated 35.46"),
    ("jx-xinzhou-cgj-bumen-2023", 2, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "部门整体支出绩效自评得分99.40分，评价等级为“良”",
     "99.40 is in the 优 band (≥90)"),
    ("jx-xinzhou-cgj-bumen-2023", 3, "implausible_rate",
     "≥95%\t96.2%\t101.26%", "≥95%\t102.6%\t108.00%",
     "满意度\t社会公众满意度\t社会公众满意度\t≥95%\t102.6%\t108.00%\t10\t10",
     "satisfaction 102.6% is above 100% (completion recomputed consistently: 102.6/95 = 108.00%)"),
    ("jx-xinzhou-cgj-bumen-2023", 4, "conflicting_values",
     "规范提升资金186.42万元", "规范提升资金168.42万元",
     "全年投入店招店牌规范提升资金168.42万元",
     "表2 and the breakdown 112.20 + 56.80 + 17.42 give 186.42万元"),
    ("jx-xinzhou-cgj-bumen-2023", 5, "completion_mismatch",
     "1628处\t108.53%", "1628处\t105.83%",
     "履职产出\t数量指标\t户外广告设施安全隐患排查\t≥1500处\t1628处\t105.83%\t8\t8",
     "1628/1500 = 108.53%, stated 105.83%"),
    ("jx-xinzhou-cgj-bumen-2023", 6, "score_sum_mismatch",
     "100\t99.40\n", "100\t99.04\n",
     "合计\t\t\t\t\t\t100\t99.04",
     "row scores sum to 99.40 (as the prose says), 合计 row states 99.04"),
    # ---- 南充市顺庆区 2025
    ("sc-shunqing-hwgg-2025", 1, "weight_sum_mismatch",
     "第三方检测覆盖率\t=\t100\t%\t100\t6\t6", "第三方检测覆盖率\t=\t100\t%\t100\t8\t6",
     "\t\t第三方检测覆盖率\t=\t100\t%\t100\t8\t6\t",
     "weights now total 102 (第三方检测覆盖率 6 → 8) against 合计 100"),
    ("sc-shunqing-hwgg-2025", 2, "score_exceeds_weight",
     "93.6\t10\t10\t\n合计\t\t\t\t\t\t\t100\t99.24\t\n评价结论\t自评得分99.24分",
     "93.6\t10\t10.50\t\n合计\t\t\t\t\t\t\t100\t99.74\t\n评价结论\t自评得分99.74分",
     "满意度指标\t服务对象满意度指标\t沿街商户及市民满意度\t≥\t90\t%\t93.6\t10\t10.50\t",
     "satisfaction row scored 10.50 against a weight of 10 (合计 and 评价结论 raised with it to 99.74, so the sum still holds)"),
    ("sc-shunqing-hwgg-2025", 3, "rate_mismatch",
     "417.55\t10\t97.10%", "417.55\t10\t97.01%",
     "\t年度资金总额\t350.00\t430.00\t417.55\t10\t97.01%\t9.71",
     "自评表: 417.55/430.00 = 97.10%, stated 97.01%"),
    ("sc-shunqing-hwgg-2025", 4, "sum_mismatch",
     "区级财政资金370.00万元", "区级财政资金340.00万元",
     "其中省级补助60.00万元、区级财政资金340.00万元",
     "60.00 + 340.00 = 400.00, but 全年预算 is 430.00"),
    ("sc-shunqing-hwgg-2025", 5, "completion_mismatch",
     "572块，完成率95.33%", "572块，完成率93.53%",
     "完成店招店牌规范提升572块，完成率93.53%",
     "572/600 = 95.33%, stated 93.53%"),
    ("sc-shunqing-hwgg-2025", 6, "unit_mismatch",
     "≤\t30\t天\t21\t6\t6", "≤\t30\t天\t100%\t6\t6",
     "\t时效指标\t隐患整治完成时限\t≤\t30\t天\t100%\t6\t6\t",
     "度量单位 天, actual given as a percentage"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = pid + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl) in [e for e in EDITS if e[0] == pid]:
            assert clean.count(old) == 1, (pid, n, "old occurs %d times" % clean.count(old))
            err = clean.replace(old, new)
            assert err.count(value) == 1, (pid, n, "value occurs %d times" % err.count(value))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("wrote %d cases" % len(labels))


if __name__ == "__main__":
    main()
