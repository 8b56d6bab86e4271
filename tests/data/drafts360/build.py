#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts in cases/.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
The label value is an exact substring of the resulting error case that contains the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sx-lvliang-hangxianbutie-2021",
    "sc-bazhong-hangxianyunying-2023",
    "hn-wugang-hangxianpeiyu-2019",
    "gz-anshun-tonghang-2024",
    "nm-aershan-jiaotong-bumen-2018",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- sx-lvliang-hangxianbutie-2021 (Shanxi, Word copy) ----
    ("sx-lvliang-hangxianbutie-2021", 1, "implausible_rate", "table",
     "\t91.50\n\t0\n\t100\n\t86.22", "\t91.50\n\t100\n\t100\n\t86.22",
     "91.50\n\t100\n\t100\n\t86.22",
     "funds table row (7)=(4)/(2), column 中央级: there is no 中央级 money in (2) or (4) (zero base), yet the rate reads 100 instead of 0"),
    ("sx-lvliang-hangxianbutie-2021", 2, "score_sum_mismatch", "prose",
     "总得分98.29分", "总得分98.92分", "总得分98.92分",
     "9.21 + 49.46 + 29.62 + 10 = 98.29 (the 附件1 rows give the same sum), stated 98.92"),
    ("sx-lvliang-hangxianbutie-2021", 3, "completion_mismatch", "table",
     "72.6%\n\t96.80%", "72.6%\n\t98.60%", "72.6%\n\t98.60%",
     "补贴航线平均客座率: actual 72.6% / target 75% = 96.80%, stated 98.60% (the score 11.62 still follows 96.80%)"),
    ("sx-lvliang-hangxianbutie-2021", 4, "rate_mismatch", "table",
     "\t93.83\n\t0\n\t100\n\t90\n", "\t93.83\n\t0\n\t100\n\t96\n", "\t100\n\t96\n\t0",
     "funds table row (6)=(3)/(2), column 市级: 342.00 / 380.00 = 90%, stated 96"),
    ("sx-lvliang-hangxianbutie-2021", 5, "year_mismatch", "prose",
     "结转至2022年继续支付", "结转至2021年继续支付", "结转至2021年",
     "money left unspent in the 2021 budget year is carried over to 2021 itself; it can only go to 2022"),
    ("sx-lvliang-hangxianbutie-2021", 6, "weight_sum_mismatch", "table",
     "每座位补贴标准\n\t8\n", "每座位补贴标准\n\t10\n", "每座位补贴标准\n\t10",
     "weights now total 102: 10 (执行) + 12 + 12 + 10 + 8 + 10 + 10 + 12 + 8 + 10; the 成本指标 row was 8"),

    # ---- sc-bazhong-hangxianyunying-2023 (Sichuan, PDF copy) ----
    ("sc-bazhong-hangxianyunying-2023", 1, "sum_mismatch", "prose",
     "航线营销奖励141.86万元", "航线营销奖励114.86万元", "1318.26万元，其中航线保底补贴1106.40万元、航线营销奖励114.86万元",
     "1106.40 + 114.86 + 70.00 = 1291.26, but the stated 实际支出 is 1318.26 (component should be 141.86)"),
    ("sc-bazhong-hangxianyunying-2023", 2, "unit_mismatch", "prose",
     "调减120万元", "调减1200000万元", "调减1200000万元",
     "1500 - 1380 = 120万元; '1200000' is the amount in 元 written with the unit 万元 (off by 10^4)"),
    ("sc-bazhong-hangxianyunying-2023", 3, "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "total 99 (98.99 unrounded) lies in the 优 band (>= 90), stated 良"),
    ("sc-bazhong-hangxianyunying-2023", 4, "score_exceeds_weight", "table",
     "96.25\n10\n10\n", "96.25\n10\n10.13\n", "96.25\n10\n10.13",
     "补贴航线航班执行率: score 10.13 above its weight 10 (10 x 96.25/95 not capped); the whole-point total 99 still covers the sum 99.12"),
    ("sc-bazhong-hangxianyunying-2023", 5, "conflicting_values", "prose",
     "旅客吞吐量58.7万人次，较2022年", "旅客吞吐量57.8万人次，较2022年", "旅客吞吐量57.8万人次",
     "2023 passenger throughput is 58.7万人次 in the 自评表 (goal text and indicator row), 57.8万人次 in section 四"),
    ("sc-bazhong-hangxianyunying-2023", 6, "balance_mismatch", "prose",
     "年末结余61.74万元", "年末结余67.14万元", "结余67.14万元",
     "到位 1380.00 - 支出 1318.26 = 61.74, stated 67.14"),

    # ---- hn-wugang-hangxianpeiyu-2019 (Hunan, browser/Word copy) ----
    ("hn-wugang-hangxianpeiyu-2019", 1, "average_mismatch", "prose",
     "平均客座率75.5%", "平均客座率75.8%", "平均客座率75.8%",
     "(78.6 + 72.4 + 69.8 + 81.2) / 4 = 75.5, stated 75.8"),
    ("hn-wugang-hangxianpeiyu-2019", 2, "rate_mismatch", "prose",
     "资金到位率96.15%", "资金到位率96.51%", "资金到位率96.51%",
     "1250 / 1300 = 96.15%, stated 96.51%"),
    ("hn-wugang-hangxianpeiyu-2019", 3, "sum_mismatch", "table",
     "(1)\t1020.00\t0.00\t200.00\t820.00", "(1)\t1020.00\t0.00\t200.00\t802.00", "1020.00\t0.00\t200.00\t802.00",
     "funds table row (1) 年初预算数: 0.00 + 200.00 + 802.00 = 1002.00, 合计 reads 1020.00"),
    ("hn-wugang-hangxianpeiyu-2019", 4, "unit_mismatch", "table",
     "≤30个工作日\n21个工作日", "≤30个工作日\n100%", "≤30个工作日\n100%",
     "补贴资金兑付时限: target in 工作日, actual given as a percentage; completion cannot be computed"),
    ("hn-wugang-hangxianpeiyu-2019", 5, "conflicting_values", "table",
     "≥25万人次\n26.8万人次", "≥25万人次\n28.6万人次", "28.6万人次",
     "passenger throughput is 26.8万人次 in the text and in the 年度总体目标 box, 28.6万人次 in the indicator row"),
    ("hn-wugang-hangxianpeiyu-2019", 6, "year_mismatch", "table",
     "项目支出绩效自评表\n（2019年度）", "项目支出绩效自评表\n（2018年度）", "（2018年度）",
     "the report evaluates 2019 (2019年度 in the opening, 截至2019年12月31日), the attached table claims 2018年度"),

    # ---- gz-anshun-tonghang-2024 (Guizhou, web page) ----
    ("gz-anshun-tonghang-2024", 1, "implausible_rate", "prose",
     "票务服务的满意度为97.3%", "票务服务的满意度为107.3%", "满意度为107.3%",
     "a satisfaction rate cannot exceed 100%"),
    ("gz-anshun-tonghang-2024", 2, "balance_mismatch", "table",
     "6=4-5\t32.62", "6=4-5\t23.62", "6=4-5\t23.62",
     "row 6=4-5: 545.00 - 512.38 = 32.62, stated 23.62"),
    ("gz-anshun-tonghang-2024", 3, "weight_sum_mismatch", "table",
     "≥5个\n4个\n10\n8", "≥5个\n4个\n12\n8", "4个\n12\n8",
     "weights now total 102 (通航服务覆盖县（区） row 12 instead of 10) while the table states 总分 100"),
    ("gz-anshun-tonghang-2024", 4, "completion_mismatch", "prose",
     "完成年度目标的108.50%", "完成年度目标的105.80%", "完成年度目标的105.80%",
     "1302 / 1200 = 108.50%, stated 105.80%"),
    ("gz-anshun-tonghang-2024", 5, "grade_mismatch", "table",
     "自评等级\n优", "自评等级\n良", "自评等级\n良",
     "total 97 (96.62 unrounded) is in the 优 band, table says 良"),
    ("gz-anshun-tonghang-2024", 6, "score_exceeds_weight", "table",
     "97.5%\n10\n10\n无", "97.5%\n10\n10.26\n无", "97.5%\n10\n10.26",
     "应急救援任务完成率: score 10.26 above its weight 10 (10 x 97.5/95 not capped); the whole-point total 97 still covers the sum 96.88"),

    # ---- nm-aershan-jiaotong-bumen-2018 (Inner Mongolia, department, PDF copy) ----
    ("nm-aershan-jiaotong-bumen-2018", 1, "average_mismatch", "prose",
     "平均92.37分", "平均92.73分", "平均92.73分",
     "(96.5 + 92 + 88.6) / 3 = 92.37, stated 92.73"),
    ("nm-aershan-jiaotong-bumen-2018", 2, "sum_mismatch", "prose",
     "上级补助收入114.00万元", "上级补助收入141.00万元", "收入合计2318.64万元，其中一般公共预算财政拨款2204.64万元、上级补助收入141.00万元",
     "2204.64 + 141.00 = 2345.64, stated 收入合计 2318.64 (component should be 114.00)"),
    ("nm-aershan-jiaotong-bumen-2018", 3, "year_mismatch", "prose",
     "截至2018年12月31日", "截至2017年12月31日", "截至2017年12月31日",
     "the 2018 department spending is reported as of 31 December 2017"),
    ("nm-aershan-jiaotong-bumen-2018", 4, "conflicting_values", "prose",
     "全年安排680万元", "全年安排608万元", "全年安排608万元",
     "the 航线补贴 annual budget is 680万元 in section 二 and in the funds table (row 4), 608万元 in section 四"),
    ("nm-aershan-jiaotong-bumen-2018", 5, "rate_mismatch", "table",
     "158.27 85.00%", "158.27 88.50%", "158.27 88.50%",
     "row 5 通用航空短途运输补贴: 158.27 / 186.20 = 85.00%, stated 88.50%"),
    ("nm-aershan-jiaotong-bumen-2018", 6, "score_sum_mismatch", "table",
     "总分\n100\n98.86", "总分\n100\n98.68", "100\n98.68",
     "9.73 + 10 + 9.13 + 10 + 10 + 10 + 10 + 10 + 10 + 10 = 98.86, table total reads 98.68"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: label value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
