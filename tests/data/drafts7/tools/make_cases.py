#!/usr/bin/env python3
"""Builds ../cases/<id>-eN.txt from the clean drafts and writes ../labels.jsonl.
Each edit: (id, n, old, new, code, value, explanation). `old` must occur once in the clean draft;
the error case is the clean draft with that occurrence replaced by `new`. `value` is either a string
or a pair (start_marker, end_marker): the value is then the case text from the first occurrence of
start_marker to the end of the first following occurrence of end_marker."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "..", "cases")

E = [
 # xianfeng-nutrition-2019
 ("xianfeng-nutrition-2019", 1, "全年实际支出2131.26万元，预算执行率98.74%", "全年实际支出2131.26万元，预算执行率98.47%",
  "rate_mismatch", "预算执行率98.47%", "2131.26 / 2158.40 = 98.74%, stated 98.47% (prose, funds section)"),
 ("xianfeng-nutrition-2019", 2, "中央膳食补助788.99元", "中央膳食补助798.99元",
  "average_mismatch", "798.99元", "central spending 1944.86万元 = 19,448,600元 / 24650 students = 788.99元"),
 ("xianfeng-nutrition-2019", 3, "不少于24000人，完成率102.71%", "不少于24000人，完成率107.21%",
  "completion_mismatch", "完成率107.21%", "24650 / 24000 = 102.71%"),
 ("xianfeng-nutrition-2019", 4, "已按规定结转2020年继续", "已按规定结转2019年继续",
  "year_mismatch", "结转2019年", "the unspent part of the 2019 budget cannot be carried over to 2019 itself"),
 ("xianfeng-nutrition-2019", 5, "｜质量指标｜食品安全事故｜0起｜0起｜10｜10｜", "｜质量指标｜食品安全事故｜0起｜0起｜12｜10｜",
  "weight_sum_mismatch", ("｜质量指标｜食品安全事故｜0起｜0起｜12｜10｜", "总分｜｜｜｜｜100"),
  "weights now add up to 102 (产出 block 52) while the 总分 row says 100"),
 # minqing-river-2021
 ("minqing-river-2021", 1, "其中护岸工程1,486.20万元", "其中护岸工程1,468.20万元",
  "sum_mismatch", "2,386.45万元，其中护岸工程1,468.20万元", "1,468.20 + 612.35 + 287.90 = 2,368.45, stated total 2,386.45"),
 ("minqing-river-2021", 2, "年末结余133.55万元", "年末结余135.55万元",
  "balance_mismatch", "结余135.55万元", "到位 2,520.00 − 执行 2,386.45 = 133.55"),
 ("minqing-river-2021", 3, "≥6.8公里\t7.12公里", "≥6.8公里\t104.71%",
  "unit_mismatch", "≥6.8公里\t104.71%", "target in 公里, actual written as a percentage (the completion rate) in the 自评表"),
 ("minqing-river-2021", 4, "工程验收合格率\t100%\t100%\t10\t10", "工程验收合格率\t100%\t100%\t10\t9",
  "score_sum_mismatch", ("工程验收合格率\t100%\t100%\t10\t9", "总分\t\t\t\t\t100\t97.47"),
  "row scores now add up to 96.47 (产出 47), stated total 97.47 (and 产出 48 in the text)"),
 # sihong-sanitation-2022
 ("sihong-sanitation-2022", 1, "本项目自评得分98分，等级为优秀", "本项目自评得分98分，等级为良好",
  "grade_mismatch", "等级为良好", "98 is in the 优 band (≥90)"),
 ("sihong-sanitation-2022", 2, "道路机械化清扫率88.5%", "道路机械化清扫率108.5%",
  "implausible_rate", "清扫率108.5%", "a share of road area swept by machine cannot exceed 100% (table says 88.5%)"),
 ("sihong-sanitation-2022", 3, "1,286名保洁员全部购买", "1,268名保洁员全部购买",
  "conflicting_values", "1,268名保洁员", "the overview gives 1,286 cleaners in post for the same year"),
 ("sihong-sanitation-2022", 4, "985万平方米     10      10\n", "985万平方米     10      10.26\n",
  "score_exceeds_weight", "985万平方米     10      10.26", "score 10.26 (uncapped 10 × 985/960) above the weight 10; rows now 98.46, still 98 as printed"),
 # pingluo-skynet-2023
 ("pingluo-skynet-2023", 1, "评价等级为良好", "评价等级为优秀",
  "grade_mismatch", "评价等级为优秀", "89.97 < 90 is in the 良 band"),
 ("pingluo-skynet-2023", 2, "未达到95%的目标，完成率96.00%", "未达到95%的目标，完成率96.60%",
  "completion_mismatch", "完成率96.60%", "91.2 / 95 = 96.00%"),
 ("pingluo-skynet-2023", 3, "共计78.70万元形成结余", "共计87.70万元形成结余",
  "balance_mismatch", "共计87.70万元形成结余", "620.00 − 541.30 = 78.70"),
 ("pingluo-skynet-2023", 4, "年运维服务费1678.05元", "年运维服务费1687.05元",
  "average_mismatch", "1687.05元", "4,128,000元 / 2460 points = 1678.05元"),
 # huadian-ecommerce-2020
 ("huadian-ecommerce-2020", 1, "≥90%\t91.5%\t10\t10", "≥90%\t91.5%\t10\t10.17",
  "score_exceeds_weight", "91.5%\t10\t10.17", "score 10.17 (uncapped 10 × 91.5/90) above the weight 10; rows 97.89 still print as 98"),
 ("huadian-ecommerce-2020", 2, "市级配套资金150.00万元", "市级配套资金1500000.00万元",
  "unit_mismatch", "1500000.00万元", "the 150.00万元 match written as 1,500,000.00 (元) with the unit 万元: off by 10^4; 480 + 420 + 150 = 1,050"),
 ("huadian-ecommerce-2020", 3, "农村物流配送体系建设246.00万元", "农村物流配送体系建设264.00万元",
  "sum_mismatch", ("全年支出986.40万元", "264.00万元"), "286.40 + 318.00 + 264.00 + 136.00 = 1,004.40, stated 986.40"),
 ("huadian-ecommerce-2020", 4, "新增农村网商186户，农村网络零售额3.12亿元。", "新增农村网商168户，农村网络零售额3.12亿元。",
  "conflicting_values", "新增农村网商168户", "goal row of the 自评表 says 168户; text and indicator row say 186户"),
 ("huadian-ecommerce-2020", 5, "截至2020年12月31日", "截至2021年12月31日",
  "year_mismatch", "截至2021年12月31日", "the 2020 report states its year-end figures as of 2021-12-31"),
 # qinxian-opera-2024
 ("qinxian-opera-2024", 1, "≥90%｜94.2%｜104.67%｜10｜10", "≥90%｜94.2%｜104.67%｜10｜10.47",
  "score_exceeds_weight", "104.67%｜10｜10.47", "score 10.47 above the weight 10; rows 96.48 still print as 96"),
 ("qinxian-opera-2024", 2, "｜80.00｜91.46｜", "｜80.00｜94.16｜",
  "rate_mismatch", "80.00｜94.16", "县区级 执行率 (7)=(4)/(2) = 58.90 / 64.40 = 91.46%"),
 ("qinxian-opera-2024", 3, "436场｜103.81%", "436场｜108.31%",
  "completion_mismatch", "436场｜108.31%", "436 / 420 = 103.81%"),
 ("qinxian-opera-2024", 4, "平均每场观众312人次", "平均每场观众321人次",
  "average_mismatch", "平均每场观众321人次", "136,000人次 / 436场 = 311.93 → 312"),
 # xinmin-archives-2025
 ("xinmin-archives-2025", 1, "沈阳市级补助资金200,000.00元", "沈阳市级补助资金200,000.00万元",
  "unit_mismatch", "200,000.00万元", "an amount in 元 labelled 万元: 300,000 + 200,000 + 980,000 = 1,480,000元"),
 ("xinmin-archives-2025", 2, "已结转2026年", "已结转2025年",
  "year_mismatch", "结转2025年", "the 2025 balance cannot be carried over to 2025 itself"),
 ("xinmin-archives-2025", 3, "提高到58.7%", "提高到158.7%",
  "implausible_rate", "提高到158.7%", "a digitisation rate of the holdings cannot exceed 100%"),
 ("xinmin-archives-2025", 4, "96.5%\t10\t9.85", "96.5%\t10\t9.58",
  "score_sum_mismatch", ("数据挂接准确率\t≥98%\t96.5%\t10\t9.58", "总分\t\t\t\t\t100\t97.56"),
  "row scores now add up to 97.29, stated total 97.56 (and 产出 47.85 in the text)"),
 # yanqi-medicalins-2018
 ("yanqi-medicalins-2018", 1, "实际到位资金4,701.52万元，到位率97.31%", "实际到位资金4,701.52万元，到位率97.13%",
  "rate_mismatch", "到位率97.13%", "4,701.52 / 4,831.40 = 97.31%"),
 ("yanqi-medicalins-2018", 2, "中央财政补助资金3,865.12万元", "中央财政补助资金3,856.12万元",
  "sum_mismatch", ("全年预算4,831.40万元", "3,856.12万元"), "3,856.12 + 676.40 + 289.88 = 4,822.40, stated 4,831.40"),
 ("yanqi-medicalins-2018", 3, "评价等级为中等", "评价等级为良好",
  "grade_mismatch", "评价等级为良好", "78.90 is in the 中 band (60–80)"),
 ("yanqi-medicalins-2018", 4, "2018年全县城乡居民参保98,600人，各级", "2018年全县城乡居民参保96,800人，各级",
  "conflicting_values", "参保96,800人", "the funds section, outputs and 自评表 give 98,600 insured persons"),
 # datong-civildef-2022
 ("datong-civildef-2022", 1, "公用经费36.28万元，执行率100%", "公用经费36.82万元，执行率100%",
  "sum_mismatch", "基本支出312.46万元，其中人员经费276.18万元、公用经费36.82万元", "276.18 + 36.82 = 313.00, stated 312.46"),
 ("datong-civildef-2022", 2, "人防宣传教育受众｜≥5000人次｜4620人次｜10｜9.24", "人防宣传教育受众｜≥5000人次｜4620人次｜15｜9.24",
  "weight_sum_mismatch", ("人防宣传教育受众｜≥5000人次｜4620人次｜15｜9.24", "总分｜｜｜｜｜100"),
  "weights now add up to 105, 总分 row says 100"),
 ("datong-civildef-2022", 3, "人均人员经费23.02万元", "人均人员经费23.20万元",
  "average_mismatch", "人均人员经费23.20万元", "276.18 / 12 = 23.02"),
 ("datong-civildef-2022", 4, "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
  "implausible_rate", "其他资金｜0.00｜0.00｜0.00｜—｜100%", "execution rate 100% on a zero budget"),
 # xiayi-grain-2023
 ("xiayi-grain-2023", 1, "全年结余121.40万元", "全年结余112.40万元",
  "balance_mismatch", "全年结余112.40万元", "1,514.40 − 1,393.00 = 121.40"),
 ("xiayi-grain-2023", 2, "项目支出执行率90.26%", "项目支出执行率92.06%",
  "rate_mismatch", "项目支出执行率92.06%", "1,124.60 / 1,246.00 = 90.26%"),
 ("xiayi-grain-2023", 3, "0.35%             10      8.57", "0.35%             10      8.75",
  "score_sum_mismatch", ("0.35%             10      8.75", "100     89.47"),
  "row scores now add up to 89.65, stated total 89.47 (and 效益 26.57 in the text)"),
 ("xiayi-grain-2023", 4, "年末县级储备粮实际库存2.5万吨", "年末县级储备粮实际库存2.3万吨",
  "conflicting_values", "实际库存2.3万吨", "the overview, the 保管费 basis and the 自评表 give 2.5万吨"),
]

def main():
    labels = []
    ids = []
    for e in E:
        if e[0] not in ids: ids.append(e[0])
    for pid in ids:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, old, new, code, value, expl) in [e for e in E if e[0] == pid]:
            assert clean.count(old) == 1, (pid, n, old)
            case = clean.replace(old, new)
            if isinstance(value, tuple):
                a, b = value
                i = case.index(a); j = case.index(b, i) + len(b)
                value = case[i:j]
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "..", "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "labels,", sum(1 for l in labels if not l["clean"]), "error cases")

if __name__ == "__main__":
    main()
