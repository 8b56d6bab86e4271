#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n124 from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft;
the result is written to cases/<source>-e<k>.txt and labelled in labels.jsonl.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "shaodong-medaid-2020",
    "macheng-dabingbx-2022",
    "wannian-buchongbx-2019",
    "qiyang-medaid-2023",
    "ruichang-medaid-2024",
]

# (source, code, old, new, value, explanation)
EDITS = [
    # ---- 邵东市 2020 城乡医疗救助补助资金 ----
    ("shaodong-medaid-2020", "rate_mismatch",
     "86.86%", "86.68%", "86.68%",
     "表1 县级 实际支出364.82 / 全年预算420.00 = 86.86%, stated 86.68% (digits transposed)"),
    ("shaodong-medaid-2020", "sum_mismatch",
     "其中中央281.00万元", "其中中央218.00万元", "中央218.00万元",
     "注2 breakdown 218.00 + 56.00 + 40.00 = 314.00, not the 追加377.00万元 it itemises "
     "(table: 中央 1,517.00 - 1,236.00 = 281.00)"),
    ("shaodong-medaid-2020", "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 98.62 lies in the 优 band (>= 90), stated 良"),
    ("shaodong-medaid-2020", "unit_mismatch",
     "≥40000人\t41236人", "≥40000人\t103.09%", "≥40000人\t103.09%",
     "资助参保人数 target in 人, actual typed as a percentage (the completion rate) in the 自评表"),
    ("shaodong-medaid-2020", "year_mismatch",
     "结转至2021年", "结转至2020年", "结转至2020年",
     "unspent money of the 2020 budget carried over to 2020 itself; must go to a later year (2021)"),
    ("shaodong-medaid-2020", "average_mismatch",
     "人均救助608.96元/人次", "人均救助609.86元/人次", "609.86元/人次",
     "住院救助 11,236,512.30元 / 18,452人次 = 608.96元/人次, stated 609.86"),

    # ---- 麻城市 2022 城乡居民大病保险专项资金 ----
    ("macheng-dabingbx-2022", "balance_mismatch",
     "年末结余101.87万元", "年末结余101.78万元", "结余101.78万元",
     "全年预算5,046.00 - 实际支出4,944.13 = 101.87万元, stated 101.78"),
    ("macheng-dabingbx-2022", "score_sum_mismatch",
     "12684人次\t97.57%\t10\t9.76\t", "12684人次\t97.57%\t10\t9.67\t", "12684人次\t97.57%\t10\t9.67",
     "row scores now add to 9.80 + 49.67 + 29 + 10 = 98.47, table 合计 and text say 98.56"),
    ("macheng-dabingbx-2022", "weight_sum_mismatch",
     "4,944.13\t10\t97.98%\t9.80", "4,944.13\t20\t97.98%\t9.80", "4,944.13\t20\t97.98%",
     "预算执行 分值 typed 20 (Hubei 20-point template) while the indicator rows carry 90: weights total 110, 合计 says 100"),
    ("macheng-dabingbx-2022", "completion_mismatch",
     "12684人次\t97.57%", "12684人次\t97.75%", "12684人次\t97.75%",
     "赔付人次 12684 / 13000 = 97.57%, stated 97.75%"),
    ("macheng-dabingbx-2022", "conflicting_values",
     "报销比例达到63.25%", "报销比例达到65.23%", "报销比例达到65.23%",
     "政策范围内报销比例 is 63.25% in the 自评表 (completion 105.42% = 63.25/60) but 65.23% in the text"),
    ("macheng-dabingbx-2022", "implausible_rate",
     "全年实际发生116.52万元，使用率97.10%", "全年实际发生126.52万元，使用率105.43%",
     "126.52万元，使用率105.43%",
     "倾斜支付 spent 126.52 of the 120.00 set aside: usage rate over 100% (arithmetic right, spending above budget)"),

    # ---- 万年县 2019 贫困人口重大疾病医疗补充保险 ----
    ("wannian-buchongbx-2019", "rate_mismatch",
     "到位率100%", "到位率98.28%", "到位率98.28%",
     "到位212.00 / 全年预算212.00 = 100%, stated 98.28% (the execution rate copied into the 到位率)"),
    ("wannian-buchongbx-2019", "score_exceeds_weight",
     "2019年8月9日\t5\t4\t县级配套资金追加程序耗时较长\n\t成本指标\t人均保费标准\t≤110元/人\t110元/人\t10\t10",
     "2019年8月9日\t5\t10\t县级配套资金追加程序耗时较长\n\t成本指标\t人均保费标准\t≤110元/人\t110元/人\t10\t4",
     "2019年8月9日\t5\t10",
     "时效指标 row scored 10 against a weight of 5 (scores of the 时效 and 成本 rows swapped, total still 98.83)"),
    ("wannian-buchongbx-2019", "average_mismatch",
     "次均赔付348.83元", "次均赔付384.83元", "次均赔付384.83元",
     "1,826,457.40元 / 5,236人次 = 348.83元, stated 384.83"),
    ("wannian-buchongbx-2019", "year_mismatch",
     "截至2019年12月31日", "截至2018年12月31日", "截至2018年12月31日",
     "payouts of the 2019 policy year reported as of 2018-12-31 in the 2019 report (last year's date left in)"),
    ("wannian-buchongbx-2019", "conflicting_values",
     "≥95%\t97.53%", "≥95%\t97.35%", "97.35%",
     "贫困户满意度 97.35% in the 自评表, 97.53% (mean of 96.50/97.80/98.30) in the text"),
    ("wannian-buchongbx-2019", "sum_mismatch",
     "2018年度保费清算118,764.30元", "2018年度保费清算118,674.30元", "118,674.30元",
     "1,964,820.00 + 118,674.30 = 2,083,494.30元, stated total 2,083,584.30元"),

    # ---- 祁阳市 2023 医疗救助资金 ----
    ("qiyang-medaid-2023", "balance_mismatch",
     "结余141.90万元", "结余114.90万元", "结余114.90万元",
     "全年预算3,410.00 - 实际支出3,268.10 = 141.90万元, stated 114.90"),
    ("qiyang-medaid-2023", "score_sum_mismatch",
     "综合自评得分88.50分", "综合自评得分88.05分", "综合自评得分88.05分",
     "9.58 + 47.02 + 22.08 + 9.82 (and the table rows) = 88.50, stated 88.05"),
    ("qiyang-medaid-2023", "grade_mismatch",
     "评价等级为“良”", "评价等级为“优”", "评价等级为“优”",
     "total 88.50 lies in the 良 band (80 <= s < 90), stated 优"),
    ("qiyang-medaid-2023", "implausible_rate",
     "97.83%\t—\t80.21%", "97.83%\t100.00%\t80.21%", "97.83%\t100.00%",
     "市级 column has 全年预算0.00 and 实际支出0.00: a 100.00% rate on a zero base (注1 says not applicable)"),
    ("qiyang-medaid-2023", "unit_mismatch",
     "实际支出医疗救助资金32,680,987.36元", "实际支出医疗救助资金32,680,987.36万元", "32,680,987.36万元",
     "a 元 amount labelled 万元: 32,680,987.36元 = 3,268.10万元 as stated beside it; off by 10^4"),
    ("qiyang-medaid-2023", "completion_mismatch",
     "21650人次\t90.21%", "21650人次\t90.12%", "21650人次\t90.12%",
     "住院救助人次 21650 / 24000 = 90.21%, stated 90.12%"),

    # ---- 瑞昌市 2024 医疗救助资金 ----
    ("ruichang-medaid-2024", "weight_sum_mismatch",
     "11.40%\t15\t15", "11.40%\t18\t15", "11.40%\t18\t15",
     "社会效益 weight typed 18: weights now total 103 (效益 33), 总分 row says 100"),
    ("ruichang-medaid-2024", "score_exceeds_weight",
     "17488人\t12\t12\t\n\t\t住院救助人次\t≥13500人次\t12936人次\t8\t7.67",
     "17488人\t8\t12\t\n\t\t住院救助人次\t≥13500人次\t12936人次\t12\t7.67",
     "17488人\t8\t12",
     "资助参保人数 scored 12 against a weight of 8 (weights of the two 数量 rows swapped, sums unchanged)"),
    ("ruichang-medaid-2024", "sum_mismatch",
     "门诊救助2,696,501.36元", "门诊救助2,696,051.36元", "2,696,051.36元",
     "6,120,800.00 + 10,263,215.47 + 2,696,051.36 = 19,080,066.83元, stated total 19,080,516.83元"),
    ("ruichang-medaid-2024", "average_mismatch",
     "人均793.38元/人次", "人均760.24元/人次", "人均760.24元/人次",
     "10,263,215.47元 / 12,936人次 = 793.38; 760.24 divides by the 13,500 target instead"),
    ("ruichang-medaid-2024", "completion_mismatch",
     "的95.82%", "的95.28%", "95.28%",
     "住院救助 12,936 / 13,500 = 95.82%, stated 95.28%"),
    ("ruichang-medaid-2024", "conflicting_values",
     "≥17000人\t17488人", "≥17000人\t17848人", "17848人",
     "资助参保人数 17848 in the 自评表, 17,488 in the text (twice, and 6,120,800.00 / 17,488 = 350.00)"),
]


def main():
    labels = []
    counter = {}
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        path = os.path.join(CASES, clean_name)
        if not os.path.exists(path):
            sys.exit(f"missing clean draft {path}")
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
    clean_text = {}
    for src, code, old, new, value, expl in EDITS:
        if src not in clean_text:
            with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
                clean_text[src] = fh.read()
        text = clean_text[src]
        n = text.count(old)
        if n != 1:
            sys.exit(f"{src} {code}: old string matches {n} times: {old!r}")
        out = text.replace(old, new)
        if value not in out:
            sys.exit(f"{src} {code}: value {value!r} not in the error case")
        counter[src] = counter.get(src, 0) + 1
        name = f"{src}-e{counter[src]}.txt"
        with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
            fh.write(out)
        labels.append({"case": name, "source": src, "clean": False,
                       "expected": [{"code": code, "severity": "error", "value": value,
                                     "explanation": expl}]})
    order = {s: i for i, s in enumerate(SOURCES)}
    labels.sort(key=lambda l: (order[l["source"]], 0 if l["clean"] else 1, l["case"]))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(EDITS)} error cases and {len(labels)} labels")


if __name__ == "__main__":
    main()
