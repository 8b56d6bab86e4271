#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts514 from the clean drafts and the edit list below.

Each edit is (case suffix, code, old, new, value, explanation): `old` must occur exactly once in the
clean draft; it is replaced by `new` (one contiguous change of at most 40 characters); `value` must occur
exactly once in the resulting case and contain the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ah-bengbu-ybjg-2019",
    "gd-shaoguan-ybj-bumen-2020",
    "sc-nanchong-feijian-2022",
    "sx-changzhi-pianbao-2023",
    "gz-zunyi-zhinengjianguan-2025",
]

EDITS = {
    "ah-bengbu-ybjg-2019": [
        ("e1", "rate_mismatch", "141.36｜10｜94.24%", "141.36｜10｜92.44%", "141.36｜10｜92.44%",
         "funds block 年度资金总额: 141.36 / 150.00 = 94.24%, stated 92.44%"),
        ("e2", "sum_mismatch", "| 398.74 | 86.19 |", "| 398.74 | 68.19 |", "398.74 | 68.19",
         "二级医院 row: 398.74 + 68.19 + 28.40 = 495.33, stated 小计 513.33; 拒付 column sums to 244.08, stated 262.08"),
        ("e3", "grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
         "total 98.09 is in the 优 band (90 and above)"),
        ("e4", "average_mismatch", "平均每次35.13万元", "平均每次35.31万元", "平均每次35.31万元",
         "(41.20 + 35.60 + 28.90 + 52.30 + 19.70 + 33.10) / 6 = 35.13"),
        ("e5", "year_mismatch", "结转至2020年支付", "结转至2019年支付", "结转至2019年支付",
         "the unspent 8.64万元 of the 2019 budget is carried over to 2019 itself; must be a later year"),
        ("e6", "completion_mismatch", "9次｜112.50%", "9次｜121.50%", "9次｜121.50%",
         "飞行检查次数: 9 / 8 = 112.50%, stated 121.50%"),
    ],
    "gd-shaoguan-ybj-bumen-2020": [
        ("e1", "score_exceeds_weight", "93.1%｜103.44%｜10｜10｜—\n合计｜｜｜｜｜｜100｜95.93",
         "93.1%｜103.44%｜10｜12｜—\n合计｜｜｜｜｜｜100｜97.93", "综合满意度｜≥90%｜93.1%｜103.44%｜10｜12",
         "综合满意度 scored 12 against a weight of 10 (the 合计 was raised to 97.93 in the same edit, so the sum still holds)"),
        ("e2", "weight_sum_mismatch", "62场｜124.00%｜5｜5", "62场｜124.00%｜6｜5", "62场｜124.00%｜6｜5",
         "宣传活动场次 weight 6: weights now total 101, 合计 says 100"),
        ("e3", "balance_mismatch", "未执行资金54.23万元", "未执行资金45.23万元", "未执行资金45.23万元",
         "全年预算 1352.75 - 全年执行 1298.52 = 54.23"),
        ("e4", "conflicting_values", "定点医药机构2,364家", "定点医药机构2,346家", "定点医药机构2,346家",
         "the number of designated institutions is 2364 in the table (12 + 46 + 1012 + 1294, coverage base of 86.34%)"),
        ("e5", "unit_mismatch", "处行政罚款187.90万元", "处行政罚款1879000万元", "1879000万元",
         "the 罚款 figure written in 元 (1,879,000元 = 187.90万元) with the unit 万元: the prose sum and the table total are reconciled exactly by rescaling it by 10^4"),
        ("e6", "implausible_rate", "定点医药机构满意度91.3%", "定点医药机构满意度101.3%", "定点医药机构满意度101.3%",
         "a satisfaction rate above 100%"),
    ],
    "sc-nanchong-feijian-2022": [
        ("e1", "score_exceeds_weight", "98.4%｜10｜10｜\n｜｜处理结果公开率｜＝｜100%｜100%｜10｜10",
         "98.4%｜10｜11｜\n｜｜处理结果公开率｜＝｜100%｜100%｜10｜9", "追回资金到账率｜≥｜95%｜98.4%｜10｜11",
         "追回资金到账率 scored 11 against a weight of 10 (the next row was lowered to 9 in the same edit, so the total still reads 98.64)"),
        ("e2", "score_sum_mismatch", "8620份｜10｜9.58", "8620份｜10｜9.85", "8620份｜10｜9.85",
         "row scores now add up to 98.91, the table and the text state 98.64"),
        ("e3", "rate_mismatch", "| 58 | 30 | 51.72% |", "| 58 | 30 | 51.27% |", "30 | 51.27%",
         "二级医院 coverage 30 / 58 = 51.72%, stated 51.27%"),
        ("e4", "unit_mismatch", "120家｜136家", "120家｜100%", "120家｜100%",
         "target is a count of institutions (120家), actual is a percentage"),
        ("e5", "year_mismatch", "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
         "year-end status of the 2022 evaluation named as 2021"),
        ("e6", "sum_mismatch", "198.00｜186.73", "198.00｜168.73", "168.73",
         "全年执行数: 财政资金 168.73 + 0.00 + 0.00 + 其他资金 12.00 = 180.73, 年度资金总额 states 198.73"),
    ],
    "sx-changzhi-pianbao-2023": [
        ("e1", "completion_mismatch", "12次\t120.00%", "12次\t102.00%", "12次\t102.00%",
         "市级飞行检查次数: 12 / 10 = 120.00%, stated 102.00%"),
        ("e2", "weight_sum_mismatch", "市级飞行检查次数\t12.5", "市级飞行检查次数\t15", "市级飞行检查次数\t15",
         "weights now total 102.5 (产出 52.5), 合计 says 100"),
        ("e3", "rate_mismatch", "\t87.27\t", "\t82.77\t", "82.77",
         "省级 execution rate (7)=(4)/(2): 52.36 / 60.00 = 87.27, stated 82.77"),
        ("e4", "implausible_rate", "93.06\t—\t87.27", "93.06\t100.00\t87.27", "93.06\t100.00",
         "execution rate 100.00 printed for 中央级 funds whose budget (2) is 0.00: a rate on a zero base"),
        ("e5", "average_mismatch", "季度平均101.40万元", "季度平均104.10万元", "季度平均104.10万元",
         "(86.42 + 102.37 + 95.18 + 121.63) / 4 = 101.40"),
        ("e6", "conflicting_values", "全年组织市级飞行检查12次", "全年组织市级飞行检查21次", "全年组织市级飞行检查21次",
         "the self-evaluation table gives 12次 as the actual number of municipal flight inspections"),
    ],
    "gz-zunyi-zhinengjianguan-2025": [
        ("e1", "grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
         "total 98.73 is in the 优 band (90 and above)"),
        ("e2", "score_sum_mismatch", "95.00% | 10 | 9.5 |", "95.00% | 10 | 9.8 |", "95.00% | 10 | 9.8",
         "row scores now add up to 99.03, the table and the text state 98.73"),
        ("e3", "unit_mismatch", "| 56.30 |", "| 563000 |", "563000",
         "一级及以下医疗机构 拒付 written in 元 (563,000元 = 56.30万元) in a 万元 column: row and column sums are reconciled exactly by rescaling it by 10^4"),
        ("e4", "balance_mismatch", "结余22.64万元", "结余22.46万元", "结余22.46万元",
         "324.50 - 301.86 = 22.64"),
        ("e5", "implausible_rate", "已核查3,460条，核查率100%", "已核查3,640条，核查率105.20%", "已核查3,640条，核查率105.20%",
         "3640 checked of 3460 pushed: the arithmetic holds but a checking rate cannot exceed 100%"),
        ("e6", "completion_mismatch", "52条 | 115.56%", "52条 | 115.65%", "52条 | 115.65%",
         "智能审核规则上线数: 52 / 45 = 115.56%, stated 115.65%"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for suffix, code, old, new, value, why in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src} {suffix}: old text occurs {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                raise SystemExit(f"{src} {suffix}: value occurs {text.count(value)} times: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": why}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
