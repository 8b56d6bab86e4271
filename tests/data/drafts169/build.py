#!/usr/bin/env python3
"""Generate error cases and labels.jsonl from the clean drafts + the edit list below."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, "cases")
SRC = ["sixian-medaid-2021", "xiangtan-jumingyibao-2023", "xiuyan-daicai-2022",
       "luliang-vaccine-2019", "huaian-bloodcenter-2024"]
# (source, n, old, new, code, value, explanation)
EDITS = [
 ("sixian-medaid-2021", 1, "资金执行率为95.86%", "资金执行率为95.68%", "rate_mismatch", "资金执行率为95.68%", "2046.95/2135.40 = 95.86%, stated 95.68%"),
 ("sixian-medaid-2021", 2, "年末结余88.45万元", "年末结余84.45万元", "balance_mismatch", "年末结余84.45万元", "2135.40 - 2046.95 = 88.45"),
 ("sixian-medaid-2021", 3, "总分｜｜｜｜｜｜100｜99.15｜", "总分｜｜｜｜｜｜100｜99.51｜", "score_sum_mismatch", "100｜99.51", "row scores 9.59+10+9.56+10+10+10+15+15+10 = 99.15, table total 99.51"),
 ("sixian-medaid-2021", 4, "评价等级为“优”", "评价等级为“良”", "grade_mismatch", "评价等级为“良”", "99.15 is in the 优 band"),
 ("sixian-medaid-2021", 5, "｜≥70%｜72%｜102.86%｜", "｜≥70%｜72%｜102.68%｜", "completion_mismatch", "72%｜102.68%", "72/70 = 102.86%"),
 ("sixian-medaid-2021", 6, "｜≤5万元/人｜5万元/人｜", "｜≤5万元/人｜100%｜", "unit_mismatch", "≤5万元/人｜100%", "target in 万元/人, actual a percentage"),
 ("xiangtan-jumingyibao-2023", 1, "县级配套5,996.00万元", "县级配套5,969.00万元", "sum_mismatch", "县级配套5,969.00万元", "24,806.20 + 8,412.40 + 5,969.00 = 39,187.60, total stated 39,214.60"),
 ("xiangtan-jumingyibao-2023", 2, "｜≥70%｜70.6%｜10｜10｜\n效益指标｜社会效益指标｜县域内就诊率｜≥90%｜88.5%｜10｜9.83｜", "｜≥70%｜70.6%｜10｜11｜\n效益指标｜社会效益指标｜县域内就诊率｜≥90%｜88.5%｜10｜8.83｜", "score_exceeds_weight", "70.6%｜10｜11", "score 11 above weight 10 (next row lowered so the total still reads 99.83)"),
 ("xiangtan-jumingyibao-2023", 3, "｜≥640元/人｜640元/人｜10｜10｜", "｜≥640元/人｜640元/人｜12｜10｜", "weight_sum_mismatch", "640元/人｜12｜10", "weights now total 102 (产出 52)"),
 ("xiangtan-jumingyibao-2023", 4, "平均满意度95.43%", "平均满意度95.34%", "average_mismatch", "平均满意度95.34%", "(95.2+96.8+94.3)/3 = 95.43"),
 ("xiangtan-jumingyibao-2023", 5, "全县城乡居民参保61.27万人", "全县城乡居民参保62.17万人", "conflicting_values", "参保62.17万人", "table gives 61.27万人 for the same count"),
 ("xiangtan-jumingyibao-2023", 6, "产出情况。截至2023年12月31日", "产出情况。截至2022年12月31日", "year_mismatch", "截至2022年12月31日", "2023 report states the year-end count as of 2022"),
 ("xiuyan-daicai-2022", 1, "执行率92.02%", "执行率90.02%", "rate_mismatch", "执行率90.02%", "171.52/186.40 = 92.02%"),
 ("xiuyan-daicai-2022", 2, "结余14.88万元", "结余14.58万元", "balance_mismatch", "结余14.58万元", "186.40 - 171.52 = 14.88"),
 ("xiuyan-daicai-2022", 3, "县中医院52.60万元", "县中医院55.60万元", "sum_mismatch", "县中医院55.60万元", "98.20 + 55.60 + 35.60 = 189.40, total 186.40"),
 ("xiuyan-daicai-2022", 4, "满意度为96.2%", "满意度为106.2%", "implausible_rate", "满意度为106.2%", "satisfaction above 100%"),
 ("xiuyan-daicai-2022", 5, "结转至2023年继续使用", "结转至2022年继续使用", "year_mismatch", "结转至2022年", "2022 report carries money over into 2022 itself"),
 ("xiuyan-daicai-2022", 6, "自评等级为“优”", "自评等级为“良”", "grade_mismatch", "自评等级为“良”", "96.30 is in the 优 band"),
 ("luliang-vaccine-2019", 1, "总分｜｜｜｜｜｜100｜99.59｜", "总分｜｜｜｜｜｜100｜99.95｜", "score_sum_mismatch", "100｜99.95", "row scores add to 99.59"),
 ("luliang-vaccine-2019", 2, "｜97.89%｜10｜9.79｜偏远山区交通不便，部分病例调查超时；已增加乡级调查人员\n产出指标｜成本指标｜接种服务补助标准｜≤5元/剂次｜5元/剂次｜100.00%｜10｜10｜", "｜97.89%｜10｜7.79｜偏远山区交通不便，部分病例调查超时；已增加乡级调查人员\n产出指标｜成本指标｜接种服务补助标准｜≤5元/剂次｜5元/剂次｜100.00%｜10｜12｜", "score_exceeds_weight", "100.00%｜10｜12", "score 12 above weight 10 (previous row lowered by 2, total unchanged)"),
 ("luliang-vaccine-2019", 3, "｜≥98%｜99.1%｜101.12%｜15｜15｜", "｜≥98%｜99.1%｜101.12%｜20｜15｜", "weight_sum_mismatch", "101.12%｜20｜15", "weights now total 105 (效益 35)"),
 ("luliang-vaccine-2019", 4, "｜97.8%｜102.95%｜", "｜97.8%｜103.95%｜", "completion_mismatch", "97.8%｜103.95%", "97.8/95 = 102.95%"),
 ("luliang-vaccine-2019", 5, "｜≥12个｜12个｜", "｜≥12个｜100%｜", "unit_mismatch", "≥12个｜100%", "target a count, actual a percentage"),
 ("luliang-vaccine-2019", 6, "完成补种2,208人，补种率95.34%", "完成补种2,408人，补种率103.97%", "implausible_rate", "补种率103.97%", "more children re-vaccinated (2,408) than needed (2,316): rate above 100%"),
 ("huaian-bloodcenter-2024", 1, "平均96.5分", "平均97.5分", "average_mismatch", "平均97.5分", "(96+98+95+97)/4 = 96.5"),
 ("huaian-bloodcenter-2024", 2, "全年采集全血53,870单位", "全年采集全血53,780单位", "conflicting_values", "全血53,780单位", "table gives 53,870单位"),
 ("huaian-bloodcenter-2024", 3, "等级为“优秀”", "等级为“良好”", "grade_mismatch", "等级为“良好”", "99.48 is in the 优 band"),
 ("huaian-bloodcenter-2024", 4, "37,406人次｜98.44%", "37,406人次｜98.84%", "completion_mismatch", "37,406人次｜98.84%", "37,406/38,000 = 98.44%"),
 ("huaian-bloodcenter-2024", 5, "其他收入140.00万元", "其他收入1400000.00万元", "unit_mismatch", "1400000.00万元", "140.00万元 written as 元 figure with unit 万元; sum reconciles after /10^4"),
 ("huaian-bloodcenter-2024", 6, "已结转至2025年", "已结转至2024年", "year_mismatch", "结转至2024年", "2024 report carries money over into 2024 itself"),
]

def main():
    labels = []
    for s in SRC:
        clean = open(os.path.join(C, s + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": s + "-clean.txt", "source": s, "clean": True, "expected": []})
        for (src, n, old, new, code, value, expl) in EDITS:
            if src != s:
                continue
            assert clean.count(old) == 1, (s, n, old, clean.count(old))
            text = clean.replace(old, new, 1)
            assert value in text, (s, n, value)
            name = f"{s}-e{n}.txt"
            open(os.path.join(C, name), "w", encoding="utf-8").write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")

if __name__ == "__main__":
    main()
