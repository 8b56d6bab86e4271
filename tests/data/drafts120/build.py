#!/usr/bin/env python3
"""Build the n120 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the exact substring of the error case that carries the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "chengmai-phs-2018",
    "boluo-phs-2020",
    "luchuan-phs-2022",
    "lianjiang-phs-2023",
    "baisha-phs-2024",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---- 澄迈县 2018 -------------------------------------------------------------------
    ("chengmai-phs-2018", 1, "rate_mismatch",
     "中医药健康管理服务率41.02%", "中医药健康管理服务率41.20%",
     "中医药健康管理服务率41.20%",
     "20187 / 49215 = 41.02%, stated 41.20% (digits swapped)"),
    ("chengmai-phs-2018", 2, "sum_mismatch",
     "拨付镇卫生院及社区卫生服务中心1321.93万元", "拨付镇卫生院及社区卫生服务中心1312.93万元",
     "1312.93万元",
     "1072.72 + 1312.93 + 196.00 = 2581.65, stated 三项合计2590.65万元 (component should be 1321.93)"),
    ("chengmai-phs-2018", 3, "score_exceeds_weight",
     "实际完成值88.2%，分值5分，得分5分", "实际完成值88.2%，分值5分，得分5.19分",
     "分值5分，得分5.19分",
     "0-6岁儿童健康管理率 row scored 5.19 (5 x 88.2/85) above its weight 5; total still rounds to 98"),
    ("chengmai-phs-2018", 4, "grade_mismatch",
     "项目自评得分98分，等级为“优”", "项目自评得分98分，等级为“良”",
     "等级为“良”",
     "total 98 lies in the 90-100 band (优), stated 良"),
    ("chengmai-phs-2018", 5, "unit_mismatch",
     "实际完成值91.59%，分值5分", "实际完成值44.66万份，分值5分",
     "实际完成值44.66万份",
     "target of 建档率 is a percentage (≥90%), actual given as a count (44.66万份)"),
    ("chengmai-phs-2018", 6, "year_mismatch",
     "截至2018年12月31日，项目资金实际支出", "截至2019年12月31日，项目资金实际支出",
     "截至2019年12月31日",
     "2018 evaluation year (report dated 2019-02-26) but spending counted to 2019-12-31"),
    # ---- 博罗县 2020 -------------------------------------------------------------------
    ("boluo-phs-2020", 1, "balance_mismatch",
     "结余264.76万元", "结余246.76万元",
     "结余246.76万元",
     "7920.18 received - 7655.42 spent = 264.76, stated 246.76"),
    ("boluo-phs-2020", 2, "score_sum_mismatch",
     "29.80分，满意度指标得分10分，综合自评得分99.33分", "29.08分，满意度指标得分10分，综合自评得分99.33分",
     "29.08分，满意度指标得分10分，综合自评得分99.33分",
     "9.67 + 49.86 + 29.08 + 10 = 98.61, stated 99.33 (benefit rows add to 29.80)"),
    ("boluo-phs-2020", 3, "weight_sum_mismatch",
     "完成率97.29%，分值5分，得分4.86分", "完成率97.29%，分值6分，得分4.86分",
     "分值6分，得分4.86分",
     "孕产妇系统管理率 weight typed 6: weights now 10 + 51 + 30 + 10 = 101"),
    ("boluo-phs-2020", 4, "average_mismatch",
     "全县平均89.05分", "全县平均89.50分",
     "全县平均89.50分",
     "(91.5 + 88.0 + 86.5 + 90.2) / 4 = 89.05, stated 89.50"),
    ("boluo-phs-2020", 5, "completion_mismatch",
     "完成率97.29%", "完成率92.79%",
     "完成率92.79%",
     "82.7 / 85 = 97.29%, stated 92.79%"),
    ("boluo-phs-2020", 6, "conflicting_values",
     "105.32万人。全县承担", "105.23万人。全县承担",
     "105.23万人",
     "常住人口 105.23万人 in 项目概况 but 105.32万人 in the funds sentence (105.32 x 74 = 7793.68)"),
    # ---- 陆川县 2022 -------------------------------------------------------------------
    ("luchuan-phs-2022", 1, "rate_mismatch",
     "规范管理301例，规范管理率92.33%", "规范管理301例，规范管理率93.23%",
     "规范管理301例，规范管理率93.23%",
     "301 / 326 = 92.33%, stated 93.23%"),
    ("luchuan-phs-2022", 2, "implausible_rate",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% printed on a zero budget (上年结转 0.00): rate over a zero base"),
    ("luchuan-phs-2022", 3, "sum_mismatch",
     "自治区级补助资金595.22万元", "自治区级补助资金559.22万元",
     "自治区级补助资金559.22万元",
     "4761.79 + 559.22 + 178.57 + 416.66 = 5916.24, stated total 5952.24 (component should be 595.22)"),
    ("luchuan-phs-2022", 4, "grade_mismatch",
     "自评等级：良好", "自评等级：优秀",
     "自评等级：优秀",
     "total 88.82 lies in the 80-90 band (良), stated 优秀"),
    ("luchuan-phs-2022", 5, "year_mismatch",
     "已结转2023年继续使用", "已结转2022年继续使用",
     "结转2022年",
     "unspent money of the 2022 budget carried over to 2022 itself; must be a later year"),
    ("luchuan-phs-2022", 6, "unit_mismatch",
     "玉林市级补助资金178.57万元", "玉林市级补助资金1785700万元",
     "1785700万元",
     "the 178.57万元 share written as 1785700 (its amount in 元) with the unit 万元; off by 10^4, breaks the sum"),
    # ---- 廉江市 2023 -------------------------------------------------------------------
    ("lianjiang-phs-2023", 1, "balance_mismatch",
     "结余362.85万元", "结余326.85万元",
     "结余326.85万元",
     "12389.20 - 12026.35 = 362.85, stated 326.85"),
    ("lianjiang-phs-2023", 2, "score_sum_mismatch",
     "得分合计：98.99分", "得分合计：98.89分",
     "得分合计：98.89分",
     "9.71 + 49.79 + 29.49 + 10 = 98.99, stated 98.89"),
    ("lianjiang-phs-2023", 3, "weight_sum_mismatch",
     "完成率106.00%，分值7分，得分7分", "完成率106.00%，分值8分，得分7分",
     "分值8分，得分7分",
     "肺结核患者管理率 weight typed 8: weights now 10 + 51 + 30 + 10 = 101"),
    ("lianjiang-phs-2023", 4, "completion_mismatch",
     "完成率107.76%", "完成率107.67%",
     "完成率107.67%",
     "91.6 / 85 = 107.76%, stated 107.67%"),
    ("lianjiang-phs-2023", 5, "conflicting_values",
     "市财政年初预算11800.00万元", "市财政年初预算11080.00万元",
     "11080.00万元",
     "年初预算 11080.00万元 in the text but 11800.00万元 in the 自评表"),
    ("lianjiang-phs-2023", 6, "average_mismatch",
     "年度平均得分88.00分", "年度平均得分88.50分",
     "年度平均得分88.50分",
     "(84.5 + 87.0 + 89.5 + 91.0) / 4 = 88.00, stated 88.50"),
    # ---- 白沙县 2024 -------------------------------------------------------------------
    ("baisha-phs-2024", 1, "implausible_rate",
     "实际完成值95.6%", "实际完成值956%",
     "实际完成值956%",
     "服务对象满意度 956% (decimal point lost): a satisfaction rate cannot exceed 100%"),
    ("baisha-phs-2024", 2, "score_exceeds_weight",
     "完成率103.06%，分值8分，得分8分", "完成率103.06%，分值8分，得分8.24分",
     "分值8分，得分8.24分",
     "老年人健康管理 row scored 8.24 (8 x 103.06%) above its weight 8; total still reads 99"),
    ("baisha-phs-2024", 3, "rate_mismatch",
     "出率96.34%", "出率96.43%",
     "96.43%",
     "中央资金 1189.62 / 1234.78 = 96.34%, stated 96.43%"),
    ("baisha-phs-2024", 4, "conflicting_values",
     "老年人口1.86万人", "老年人口1.68万人",
     "1.68万人",
     "65岁及以上老年人 1.68万人 in 项目概况 but 18600人 in the output section"),
    ("baisha-phs-2024", 5, "completion_mismatch",
     "完成率107.03%", "完成率107.30%",
     "完成率107.30%",
     "68.5 / 64 = 107.03%, stated 107.30%"),
    ("baisha-phs-2024", 6, "sum_mismatch",
     "全年执行数1415.33", "全年执行数1451.33",
     "全年执行数1451.33",
     "当年财政拨款 1451.33 + 上年结转 38.62 = 1489.95, stated 年度资金总额 执行数 1453.95"),
]


def main():
    labels = []
    for src in SOURCES:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old text matches {count} times: {old!r}")
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
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
