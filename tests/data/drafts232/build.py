#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts232 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the changed figure sits in running text (prose) or in a ｜ table (table).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "xiangfen-qiangjian-2022",
    "zhangjiagang-zscqyunying-2023",
    "dulan-scjgbumen-2020",
    "fangzheng-dilibiaozhi-2024",
    "fuan-biaozhunhua-2019",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Shanxi, Xiangfen: compulsory metrology verification, 2022 (Shanxi layout) ---
    ("xiangfen-qiangjian-2022", 1, "rate_mismatch", "table",
     "｜0｜100｜0｜91.96｜0｜0", "｜0｜100｜0｜91.69｜0｜0", "91.69",
     "county column of row (7)=(4)/(2): 41.38 / 45.00 = 91.96%, printed 91.69"),
    ("xiangfen-qiangjian-2022", 2, "completion_mismatch", "table",
     "｜1136台｜94.67%｜7.57｜", "｜1136台｜96.47%｜7.57｜", "1136台｜96.47%",
     "market scales: 1136 / 1200 = 94.67%, stated 完成率 96.47%"),
    ("xiangfen-qiangjian-2022", 3, "sum_mismatch", "prose",
     "全年共检定各类计量器具8000台（件）", "全年共检定各类计量器具8600台（件）", "8600台（件）",
     "the parts listed after 其中 add to 6428 + 1136 + 436 = 8000, stated total 8600"),
    ("xiangfen-qiangjian-2022", 4, "grade_mismatch", "prose",
     "属于“优秀”", "属于“良好”", "属于“良好”",
     "total 95.97 lies in the 优 band (>= 90), text says 良好"),
    ("xiangfen-qiangjian-2022", 5, "weight_sum_mismatch", "table",
     "通知书出具时限｜7｜", "通知书出具时限｜8｜", "检定结果通知书出具时限｜8｜",
     "weight of the timeliness row raised from 7 to 8: output weights 51, all weights 101 while 合计 says 100"),
    ("xiangfen-qiangjian-2022", 6, "implausible_rate", "table",
     "(7)=(4)/(2)｜93.97｜93.97｜0｜", "(7)=(4)/(2)｜93.97｜93.97｜100｜", "(7)=(4)/(2)｜93.97｜93.97｜100",
     "中央级 column has no budget at all (zero base), yet its execution rate reads 100"),
    # --- Jiangsu, Zhangjiagang: patent subsidies and IP operation, 2023 (MOF table) ---
    ("zhangjiagang-zscqyunying-2023", 1, "year_mismatch", "prose",
     "结转至2024年", "结转至2023年", "结转至2023年",
     "unspent money of the 2023 budget cannot be carried over to 2023 itself (should be 2024)"),
    ("zhangjiagang-zscqyunying-2023", 2, "balance_mismatch", "prose",
     "未支付的6.14万元", "未支付的6.41万元", "6.41万元",
     "unspent amount = 240.00 - 233.86 = 6.14万元, stated 6.41万元"),
    ("zhangjiagang-zscqyunying-2023", 3, "score_exceeds_weight", "table",
     "｜36件｜8｜7.2｜企业推迟海外布局，加强政策宣讲\n产出指标｜数量指标｜知识产权质押融资登记金额｜≥3亿元｜3.46亿元｜8｜8｜",
     "｜36件｜8｜8.2｜企业推迟海外布局，加强政策宣讲\n产出指标｜数量指标｜知识产权质押融资登记金额｜≥3亿元｜3.46亿元｜8｜7｜",
     "36件｜8｜8.2",
     "PCT row scores 8.2 against a weight of 8 (the next row lowered to 7, so the total still reads 97.94)"),
    ("zhangjiagang-zscqyunying-2023", 4, "conflicting_values", "prose",
     "总体满意度为95.2%", "总体满意度为92.5%", "满意度为92.5%",
     "text gives the satisfaction of subsidised firms as 92.5%, the 自评表 row as 95.2%"),
    ("zhangjiagang-zscqyunying-2023", 5, "rate_mismatch", "prose",
     "执行率97.21%", "执行率92.71%", "执行率92.71%",
     "current-year appropriation: 213.86 / 220.00 = 97.21%, stated 92.71%"),
    ("zhangjiagang-zscqyunying-2023", 6, "unit_mismatch", "table",
     "｜≥3亿元｜3.46亿元｜8｜8｜", "｜≥3亿元｜115.33%｜8｜8｜", "≥3亿元｜115.33%",
     "target is an amount in 亿元, the actual cell holds a percentage (the completion rate)"),
    # --- Qinghai, Dulan: market regulation bureau, whole-department report, 2020 ---
    ("dulan-scjgbumen-2020", 1, "sum_mismatch", "prose",
     "公用经费119.41万元", "公用经费119.14万元", "119.14万元",
     "basic spending 1031.87 = personnel 912.46 + public 119.41; with 119.14 the parts add to 1031.60"),
    ("dulan-scjgbumen-2020", 2, "score_sum_mismatch", "table",
     "特种设备定期检验率｜≥98%｜99.2%｜7｜7｜", "特种设备定期检验率｜≥98%｜99.2%｜7｜6｜", "99.2%｜7｜6",
     "row scores now add to 9.63 + 44.65 + 25.13 + 9.33 = 88.74, 总分 says 89.74"),
    ("dulan-scjgbumen-2020", 3, "average_mismatch", "prose",
     "平均102.4批次", "平均104.2批次", "平均104.2批次",
     "(118 + 96 + 104 + 87 + 107) / 5 = 102.4, stated 104.2"),
    ("dulan-scjgbumen-2020", 4, "conflicting_values", "table",
     "｜512批次｜8｜8｜", "｜521批次｜8｜8｜", "521批次",
     "food sampling batches: 512 in the text (and the five stations add to 512), 521 in the table"),
    ("dulan-scjgbumen-2020", 5, "grade_mismatch", "prose",
     "等级为“良”", "等级为“优”", "等级为“优”",
     "total 89.74 is below 90: band 良, text says 优"),
    ("dulan-scjgbumen-2020", 6, "year_mismatch", "table",
     "部门整体支出绩效自评表（2020年度）", "部门整体支出绩效自评表（2019年度）", "自评表（2019年度）",
     "the attached table is headed 2019 in a report on 2020"),
    # --- Heilongjiang, Fangzheng: GI rice brand protection, 2024 (prose only) ---
    ("fangzheng-dilibiaozhi-2024", 1, "implausible_rate", "prose",
     "综合满意度94.3%", "综合满意度943%", "综合满意度943%",
     "satisfaction of 943% (decimal point dropped) is above 100%"),
    ("fangzheng-dilibiaozhi-2024", 2, "weight_sum_mismatch", "prose",
     "完成率101.12%，分值10分", "完成率101.12%，分值12分", "分值12分",
     "output weights 10 + 10 + 10 + 10 + 12 = 52 against 产出指标50分; all weights 102"),
    ("fangzheng-dilibiaozhi-2024", 3, "completion_mismatch", "prose",
     "实际核准46家，完成率115.00%", "实际核准46家，完成率86.96%", "完成率86.96%",
     "46 / 40 = 115.00%; 86.96% is the inverse 40 / 46"),
    ("fangzheng-dilibiaozhi-2024", 4, "average_mismatch", "prose",
     "平均2.35元", "平均2.53元", "平均2.53元",
     "(2.35 + 2.42 + 2.28) / 3 = 2.35元, stated 2.53元"),
    ("fangzheng-dilibiaozhi-2024", 5, "unit_mismatch", "prose",
     "26.00万元", "260000万元", "260000万元",
     "the 26.00万元 (260000元) promotion item written with the unit 万元: off by 10^4"),
    ("fangzheng-dilibiaozhi-2024", 6, "balance_mismatch", "prose",
     "结余4.70万元", "结余4.07万元", "结余4.07万元",
     "100.00 received - 95.30 spent = 4.70万元, stated 4.07万元"),
    # --- Fujian, Fu'an: standardisation strategy fund, 2019 (MOF table, grade 良) ---
    ("fuan-biaozhunhua-2019", 1, "score_exceeds_weight", "table",
     "｜6家｜8｜4.8｜4家企业未通过确认，继续培育\n产出指标｜数量指标｜标准化培训人次｜≥300人次｜326人次｜6｜6｜",
     "｜6家｜8｜3.8｜4家企业未通过确认，继续培育\n产出指标｜数量指标｜标准化培训人次｜≥300人次｜326人次｜6｜7｜",
     "326人次｜6｜7",
     "training row scores 7 against a weight of 6 (the row above lowered to 3.8, so the total still reads 88.92)"),
    ("fuan-biaozhunhua-2019", 2, "score_sum_mismatch", "prose",
     "效益指标得26.79分", "效益指标得27.69分", "效益指标得27.69分",
     "8.55 + 43.8 + 27.69 + 9.78 = 89.82, but the sentence says 合计88.92分"),
    ("fuan-biaozhunhua-2019", 3, "rate_mismatch", "table",
     "｜68.40｜10｜85.50%｜8.55", "｜68.40｜10｜85.05%｜8.55", "85.05%",
     "68.40 / 80.00 = 85.50%, table prints 85.05%"),
    ("fuan-biaozhunhua-2019", 4, "year_mismatch", "prose",
     "截至2019年12月31日", "截至2018年12月31日", "截至2018年12月31日",
     "spending of the 2019 budget reported as of 31 Dec 2018"),
    ("fuan-biaozhunhua-2019", 5, "unit_mismatch", "table",
     "当年财政拨款｜80.00｜80.00｜68.40｜", "当年财政拨款｜80.00｜80.00｜684000.00｜", "684000.00",
     "68.40万元 entered as 684000.00 (元) in a 万元 table: off by 10^4 against the total row"),
    ("fuan-biaozhunhua-2019", 6, "sum_mismatch", "table",
     "｜326人次｜—｜5.40", "｜326人次｜—｜4.50", "标准化培训及标准信息服务｜326人次｜—｜4.50",
     "items 30.00 + 15.00 + 12.00 + 6.00 + 4.50 = 67.50, 合计 says 68.40"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for src in SOURCES:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value {value!r} not in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with one error)")


if __name__ == "__main__":
    main()
