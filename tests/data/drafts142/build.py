#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n142 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft
of its source. Run from anywhere:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "haimen-innovoucher-2022",
    "heshan-techreform-2020",
    "yiling-gaoxinpeiyu-2023",
    "jingyang-zhuanjingtexin-2024",
    "dongzhi-kexie-2019",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 南通市海门区 科技创新券 2022 (Jiangsu) ----
    ("haimen-innovoucher-2022", 1, "rate_mismatch", "table",
     "｜302.18｜—｜94.43%｜—", "｜302.18｜—｜94.34%｜—",
     "94.34%",
     "当年财政拨款 row: 302.18 / 320.00 = 94.43%, the table prints 94.34% (digits swapped)"),
    ("haimen-innovoucher-2022", 2, "sum_mismatch", "prose",
     "研发设计类158.60万元", "研发设计类185.60万元",
     "全年兑付创新券342.18万元，其中研发设计类185.60万元、检验检测类96.35万元、技术转移与成果转化类87.23万元",
     "185.60 + 96.35 + 87.23 = 369.18, but the total paid is 342.18 (研发设计类 should be 158.60)"),
    ("haimen-innovoucher-2022", 3, "average_mismatch", "prose",
     "平均每家企业兑付2.41万元", "平均每家企业兑付2.14万元",
     "平均每家企业兑付2.14万元",
     "342.18万元 / 142家 = 2.41万元, stated 2.14"),
    ("haimen-innovoucher-2022", 4, "year_mismatch", "prose",
     "结转至2023年继续兑付", "结转至2022年继续兑付",
     "结转至2022年",
     "the unspent part of the 2022 budget cannot be carried over to 2022 itself (should be 2023)"),
    ("haimen-innovoucher-2022", 5, "unit_mismatch", "table",
     "｜≥120家｜142家｜", "｜≥120家｜118.33%｜",
     "≥120家｜118.33%",
     "target counted in 家, actual given as a percentage (the completion rate) in the 实际完成值 column"),
    ("haimen-innovoucher-2022", 6, "score_exceeds_weight", "table",
     "26个工作日｜5｜5｜\n产出指标｜成本指标｜单家企业年度兑付额｜≤20万元｜19.60万元｜10｜10｜",
     "26个工作日｜5｜6｜\n产出指标｜成本指标｜单家企业年度兑付额｜≤20万元｜19.60万元｜10｜9｜",
     "26个工作日｜5｜6",
     "时效 row scores 6 against a weight of 5 (the next row was lowered to 9, so the total still reads 99.01)"),

    # ---- 鹤山市 工业企业技术改造补助 2020 (Guangdong) ----
    ("heshan-techreform-2020", 1, "implausible_rate", "prose",
     "当年拨付200.00万元，执行率100%", "当年拨付216.00万元，执行率108.00%",
     "当年拨付216.00万元，执行率108.00%",
     "省级资金 of 200.00万元 shown as paid 216.00万元 at 108.00%: spending above the money available"),
    ("heshan-techreform-2020", 2, "balance_mismatch", "prose",
     "年末结余8.60万元", "年末结余6.80万元",
     "年末结余6.80万元",
     "580.00 (到位) − 571.40 (支出) = 8.60, stated 6.80"),
    ("heshan-techreform-2020", 3, "weight_sum_mismatch", "table",
     "｜92台｜5｜5｜", "｜92台｜10｜5｜",
     "92台｜10｜5",
     "weight of 新增应用工业机器人 typed 10: weights now total 105 (效益 35)"),
    ("heshan-techreform-2020", 4, "conflicting_values", "table",
     "｜≥6亿元｜6.85亿元｜", "｜≥6亿元｜6.58亿元｜",
     "6.58亿元",
     "带动企业技改投资 is 6.85亿元 in the text and in the 年度总体目标 row, 6.58亿元 in the indicator row"),
    ("heshan-techreform-2020", 5, "grade_mismatch", "table",
     "自评等级：优", "自评等级：良",
     "自评等级：良",
     "total 96.85 is in the 优 band (≥90)"),
    ("heshan-techreform-2020", 6, "score_sum_mismatch", "table",
     "｜5.8%｜10｜10｜", "｜5.8%｜10｜9｜",
     "5.8%｜10｜9",
     "row scores now add to 95.85 (9.85 + 50 + 26 + 10), the 总分 row and the text state 96.85"),

    # ---- 宜昌市夷陵区 高新技术企业培育奖补 2023 (Hubei, prose only) ----
    ("yiling-gaoxinpeiyu-2023", 1, "unit_mismatch", "prose",
     "计90.00万元", "计900000万元",
     "计900000万元",
     "重新认定 9家 × 10万元 = 90万元 (900000元) written with the unit 万元; 240.00 + 900000 + 68.50 ≠ 398.50, reconciled by ÷10^4"),
    ("yiling-gaoxinpeiyu-2023", 2, "completion_mismatch", "prose",
     "完成率110.50%", "完成率101.50%",
     "完成率101.50%",
     "研发投入 13.26亿元 / 目标 12亿元 = 110.50%, stated 101.50%"),
    ("yiling-gaoxinpeiyu-2023", 3, "score_sum_mismatch", "prose",
     "该项分值15分，得12分", "该项分值15分，得13分",
     "得13分",
     "item scores now add to 95.95 (9.67 + 47 + 29.5 + 9.78), the text states 94.95 twice"),
    ("yiling-gaoxinpeiyu-2023", 4, "grade_mismatch", "prose",
     "综合评价等级为“优”", "综合评价等级为“良”",
     "综合评价等级为“良”",
     "total 94.95 is in the 优 band (≥90)"),
    ("yiling-gaoxinpeiyu-2023", 5, "rate_mismatch", "prose",
     "预算执行率96.72%", "预算执行率97.62%",
     "预算执行率97.62%",
     "398.50 / 412.00 = 96.72%, stated 97.62%"),
    ("yiling-gaoxinpeiyu-2023", 6, "balance_mismatch", "prose",
     "年末结余13.50万元", "年末结余15.30万元",
     "年末结余15.30万元",
     "412.00 (到位) − 398.50 (兑现) = 13.50, stated 15.30"),

    # ---- 德阳市旌阳区 专精特新奖励 2024 (Sichuan table) ----
    ("jingyang-zhuanjingtexin-2024", 1, "implausible_rate", "table",
     "财政专户管理资金｜0.00｜0.00｜0.00｜—｜—｜—", "财政专户管理资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%",
     "财政专户管理资金 has a zero budget, yet an execution rate of 100% is printed"),
    ("jingyang-zhuanjingtexin-2024", 2, "completion_mismatch", "prose",
     "完成率82.00%", "完成率92.00%",
     "完成率92.00%",
     "创新型中小企业 41户 / 目标 50户 = 82.00%, stated 92.00%"),
    ("jingyang-zhuanjingtexin-2024", 3, "weight_sum_mismatch", "table",
     "｜万元｜20｜5｜5｜", "｜万元｜20｜10｜5｜",
     "万元｜20｜10｜5",
     "weight of the 成本 row typed 10: weights now total 105 (产出 65)"),
    ("jingyang-zhuanjingtexin-2024", 4, "sum_mismatch", "prose",
     "省级专精特新中小企业奖励220.00万元", "省级专精特新中小企业奖励202.00万元",
     "全年支出361.00万元，预算执行率80.22%，其中“小巨人”企业奖励100.00万元、省级专精特新中小企业奖励202.00万元、创新型中小企业奖励41.00万元",
     "100.00 + 202.00 + 41.00 = 343.00, but 支出 is 361.00 (省级 should be 220.00 = 11户 × 20万元)"),
    ("jingyang-zhuanjingtexin-2024", 5, "score_exceeds_weight", "table",
     "｜100｜%｜100｜10｜10｜\n产出指标｜时效指标｜奖励资金年内兑现情况｜定性｜年内全部兑现｜—｜部分兑现｜10｜7｜",
     "｜100｜%｜100｜10｜11｜\n产出指标｜时效指标｜奖励资金年内兑现情况｜定性｜年内全部兑现｜—｜部分兑现｜10｜6｜",
     "100｜%｜100｜10｜11",
     "质量 row scores 11 against a weight of 10 (the 时效 row was lowered to 6, so the total still reads 87.33)"),
    ("jingyang-zhuanjingtexin-2024", 6, "year_mismatch", "table",
     "（2024年度）", "（2023年度）",
     "（2023年度）",
     "the 自评表 is headed 2023年度 in a report on the 2024 budget year"),

    # ---- 东至县科协 部门整体 2019 (Anhui) ----
    ("dongzhi-kexie-2019", 1, "sum_mismatch", "table",
     "公用经费｜25.10｜25.10｜24.22", "公用经费｜25.10｜25.10｜24.42",
     "公用经费｜25.10｜25.10｜24.42",
     "人员经费 118.65 + 公用经费 24.42 = 143.07, but 基本支出 is 142.87"),
    ("dongzhi-kexie-2019", 2, "conflicting_values", "table",
     "｜≥120场｜136场｜", "｜≥120场｜163场｜",
     "163场",
     "the text reports 136场 科普活动, the 自评表 163场"),
    ("dongzhi-kexie-2019", 3, "average_mismatch", "prose",
     "分别为93.2%、90.6%、90.7%", "分别为95.2%、90.6%、90.7%",
     "95.2%、90.6%、90.7%，平均满意度91.5%",
     "(95.2 + 90.6 + 90.7) / 3 = 92.17, stated average 91.5"),
    ("dongzhi-kexie-2019", 4, "unit_mismatch", "table",
     "｜≥8万人次｜9.2万人次｜", "｜≥8万人次｜115%｜",
     "≥8万人次｜115%",
     "target in 万人次, actual given as a percentage"),
    ("dongzhi-kexie-2019", 5, "year_mismatch", "prose",
     "截至2019年12月31日", "截至2018年12月31日",
     "截至2018年12月31日",
     "the spending figure of the 2019 report is dated 截至2018年12月31日"),
    ("dongzhi-kexie-2019", 6, "grade_mismatch", "table",
     "自评等级｜优", "自评等级｜良",
     "自评等级｜良",
     "total 99.05 is in the 优 band (≥90)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: label value not in case: {value!r}")
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
