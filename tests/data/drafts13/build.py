#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of drafts13 from the clean drafts.

Each project has a hand-written cases/<id>-clean.txt.  EDITS below lists, per error case,
the replacement(s) applied to the clean draft (each `old` must occur exactly once in the
clean draft), the finding code, the labelled value and an explanation.

value is either a plain string (must occur exactly once in the error case) or a pair
(start, end): the value then runs from the first occurrence of `start` to the end of the
first occurrence of `end` after it (used for sum / score-sum / weight-sum spans).
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "muchuan-bamboo-2023",
    "taoyuan-tbcontrol-2020",
    "gucheng-publicjobs-2019",
    "lianzhou-ruralteacher-2021",
    "jingning-pondrepair-2024",
    "qiongzhong-rubberinsurance-2018",
    "wushan-coldchain-2022",
    "huzhu-highlandbarley-2025",
]

# (project, n, code, [(old, new), ...], value, explanation)
EDITS = [
    # ---- Sichuan, 沐川县林业局, bamboo 2023 -------------------------------------------------
    ("muchuan-bamboo-2023", 1, "average_mismatch",
     [("平均每家11.00万元", "平均每家13.75万元")],
     "平均每家13.75万元",
     "55.00万元 over 5 enterprises (13.50+12.00+11.50+10.00+8.00) averages 11.00; 13.75 divides by 4"),
    ("muchuan-bamboo-2023", 2, "sum_mismatch",
     [("永福镇1,500亩", "永福镇1,300亩")],
     ("共8,000亩，其中", "永福镇1,300亩"),
     "1,800+1,300+1,400+1,200+1,100+1,000 = 7,800亩, stated total 8,000亩 (永福镇 retyped)"),
    ("muchuan-bamboo-2023", 3, "rate_mismatch",
     [("支付率84.03%", "支付率84.30%")],
     "支付率84.30%",
     "paid 122.27 of contract 145.50 = 84.03%"),
    ("muchuan-bamboo-2023", 4, "score_exceeds_weight",
     [("\t9.7\t7\t7.00\t", "\t9.7\t7\t4.80\t"), ("\t960\t5\t4.80\t", "\t960\t5\t7.00\t")],
     "960\t5\t7.00",
     "竹农技术培训人次 row: score 7.00 above its weight 5 (scores of two adjacent rows swapped, total unchanged)"),

    # ---- Hunan, 桃源县卫生健康局, TB control 2020 ------------------------------------------
    ("taoyuan-tbcontrol-2020", 1, "weight_sum_mismatch",
     [("600元/例       5       5.00", "600元/例       10      5.00")],
     ("成本指标      患者交通营养补助标准", "100     89.85"),
     "成本指标 weight typed 10 instead of 5: weights now total 105, stated 100"),
    ("taoyuan-tbcontrol-2020", 2, "completion_mismatch",
     [("完成率96.9%", "完成率103.22%")],
     "完成率103.22%",
     "耐药筛查率 82.35% against target ≥85% gives 96.88% (103.22% is the inverted ratio 85/82.35)"),
    ("taoyuan-tbcontrol-2020", 3, "conflicting_values",
     [("全年登记活动性肺结核患者308例", "全年登记活动性肺结核患者380例")],
     "患者380例",
     "registered patients are 308 elsewhere (纳入居家治疗管理的308例, 308×600元=18.48万元, 35.81/10万 of 86.0万)"),
    ("taoyuan-tbcontrol-2020", 4, "year_mismatch",
     [("已按规定结转至2021年使用", "已按规定结转至2020年使用")],
     "结转至2020年使用",
     "unspent money of the 2020 budget cannot be carried over into 2020 itself"),

    # ---- Hubei, 谷城县人社局, public-welfare jobs 2019 --------------------------------------
    ("gucheng-publicjobs-2019", 1, "score_sum_mismatch",
     [("<td>91.67%</td><td>5</td><td>4.82</td>", "<td>91.67%</td><td>5</td><td>5.00</td>")],
     ("<td>91.67%</td><td>5</td><td>5.00</td>", "<td>100</td><td>98.35</td>"),
     "时效 row score raised to 5.00 without updating the total: rows sum to 98.53, total 98.35"),
    ("gucheng-publicjobs-2019", 2, "balance_mismatch",
     [("年末结余22.45万元", "年末结余57.65万元")],
     "结余57.65万元",
     "604.00 − 581.55 = 22.45 (57.65 = 604.00 − 546.35, total budget minus current-year spending)"),
    ("gucheng-publicjobs-2019", 3, "unit_mismatch",
     [("其中岗位补贴483.60万元", "其中岗位补贴4836000万元")],
     "4836000万元",
     "the 岗位补贴 of 4,836,000元 (4836人月×1000元 = 483.60万元) written with the unit 万元; 483.60+97.95 = 581.55"),
    ("gucheng-publicjobs-2019", 4, "grade_mismatch",
     [("等级为“优”", "等级为“良”")],
     "等级为“良”",
     "total 98.35 lies in the 优 band (≥90)"),

    # ---- Guangdong, 连州市教育局, rural teacher allowance 2021 ------------------------------
    ("lianzhou-ruralteacher-2021", 1, "average_mismatch",
     [("平均每所学校（含教学点）21.73人", "平均每所学校（含教学点）32.09人")],
     "平均每所学校（含教学点）32.09人",
     "2086 teachers over 96 schools (含教学点) = 21.73; 32.09 divides by the 65 schools without the 31 教学点"),
    ("lianzhou-ruralteacher-2021", 2, "implausible_rate",
     [("资金到位率100%", "资金到位率111.11%")],
     "到位率111.11%",
     "到位 1200.00 against the 年初 budget 1080.00: a 到位率 above 100% (against 全年预算 1200.00 it is 100%)"),
    ("lianzhou-ruralteacher-2021", 3, "weight_sum_mismatch",
     [("<td>2086人</td><td>15</td><td>15.00</td>", "<td>2086人</td><td>20</td><td>15.00</td>")],
     ("<td>2086人</td><td>20</td>", "<td>100</td><td>96.38</td>"),
     "受补助乡村教师人数 weight 20 instead of 15: weights total 105, stated 100"),
    ("lianzhou-ruralteacher-2021", 4, "conflicting_values",
     [("全市2086名乡村教师", "全市2068名乡村教师")],
     "2068名乡村教师",
     "the number of teachers receiving the allowance is 2086 everywhere else (412+968+706)"),

    # ---- Zhejiang, 景宁县水利局, pond repair 2024 -------------------------------------------
    ("jingning-pondrepair-2024", 1, "sum_mismatch",
     [("县级配套140.00万元；", "县级配套104.00万元；")],
     ("560.00万元、上年结转资金62.50万元", "县级配套104.00万元"),
     "当年财政拨款 560.00 = 省级 420.00 + 县级 140.00; with 104.00 the parts sum to 524.00"),
    ("jingning-pondrepair-2024", 2, "year_mismatch",
     [("截至2024年12月31日", "截至2023年12月31日")],
     "截至2023年12月31日",
     "spending of the 2024 budget reported as of the end of 2023 (last year's template date)"),
    ("jingning-pondrepair-2024", 3, "score_sum_mismatch",
     [("| 26座 | 15 | 13.93 |", "| 26座 | 15 | 13.39 |")],
     ("| 26座 | 15 | 13.39 |", "| 100 | 97.37 |"),
     "山塘综合整治座数 score retyped 13.39 without updating the total: rows sum to 96.83, total 97.37"),
    ("jingning-pondrepair-2024", 4, "completion_mismatch",
     [("完成率92.86%", "完成率92.68%")],
     "完成率92.68%",
     "26 of 28 ponds = 92.86%"),

    # ---- Hainan, 琼中县农业局, rubber price insurance 2018 ----------------------------------
    ("qiongzhong-rubberinsurance-2018", 1, "unit_mismatch",
     [("户均获赔2052.17元", "户均获赔2052.17万元")],
     "2052.17万元",
     "1486.80万元 / 7245户 = 2052.17元, labelled 万元 (off by 10^4)"),
    ("qiongzhong-rubberinsurance-2018", 2, "rate_mismatch",
     [("财政资金执行率84.00%", "财政资金执行率80.00%")],
     "财政资金执行率80.00%",
     "604.80/720.00 = 84.00% (80.00% divides by total spending 756.00)"),
    ("qiongzhong-rubberinsurance-2018", 3, "grade_mismatch",
     [("综合评价等级：良", "综合评价等级：优")],
     "综合评价等级：优",
     "total 85.82 lies in the 良 band (80–90)"),
    ("qiongzhong-rubberinsurance-2018", 4, "score_exceeds_weight",
     [("75.00%\t5\t3.95", "75.00%\t5\t10.00"), ("48元\t10\t10.00", "48元\t10\t3.95")],
     "75.00%\t5\t10.00",
     "保费补贴拨付及时率 row: score 10.00 above weight 5 (scores of two adjacent rows swapped, total unchanged)"),

    # ---- Chongqing, 巫山县商务委, cold storage 2022 -----------------------------------------
    ("wushan-coldchain-2022", 1, "balance_mismatch",
     [("未支出的347.20万元", "未支出的342.70万元")],
     "342.70万元",
     "800.00 − 452.80 = 347.20"),
    ("wushan-coldchain-2022", 2, "implausible_rate",
     [("452.80万元，预算执行率56.60%，其中", "452.80万元，预算执行率100.62%，其中")],
     "执行率100.62%",
     "452.80 against the 年初 budget 450.00: an execution rate above 100% (against 全年 800.00 it is 56.60%)"),
    ("wushan-coldchain-2022", 3, "score_sum_mismatch",
     [("<td>部分建立</td><td>10</td><td>6.00</td>", "<td>部分建立</td><td>10</td><td>8.00</td>")],
     ("<td>部分建立</td><td>10</td><td>8.00</td>", "<td>100</td><td>75.94</td>"),
     "可持续影响 score raised to 8.00 without updating the total: rows sum to 77.94, total 75.94"),
    ("wushan-coldchain-2022", 4, "sum_mismatch",
     [("建设补助424.80万元", "建设补助442.80万元")],
     ("452.80万元，预算执行率56.60%，其中", "建设补助442.80万元"),
     "442.80 + 28.00 = 470.80, stated total 452.80 (424.80 = 7080吨×600元)"),

    # ---- Qinghai, 互助县科技局, highland barley 2025 ----------------------------------------
    ("huzhu-highlandbarley-2025", 1, "weight_sum_mismatch",
     [("\t1620人次\n\t5\n\t5.00", "\t1620人次\n\t10\n\t5.00")],
     ("1620人次\n\t10\n", "\t100\n\t98.41"),
     "农牧民技术培训 weight 10 instead of 5: weights total 105, stated 100"),
    ("huzhu-highlandbarley-2025", 2, "unit_mismatch",
     [("≥400吨\n\t386吨", "≥400吨\n\t96.50%")],
     "≥400吨\n\t96.50%",
     "良种繁育量 target in 吨, actual given as a percentage (completion rate typed into the actual cell)"),
    ("huzhu-highlandbarley-2025", 3, "conflicting_values",
     [("示范推广面积5320亩", "示范推广面积5230亩")],
     "示范推广面积5230亩",
     "demonstration area is 5320亩 elsewhere (42.56万元 = 5320亩 × 80元, table 5320亩)"),
    ("huzhu-highlandbarley-2025", 4, "rate_mismatch",
     [("311.04万元，预算执行率97.63%", "311.04万元，预算执行率72.96%")],
     "预算执行率72.96%",
     "311.04/318.60 = 97.63% (72.96% = current-year spending 232.44 over the total 318.60)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply_edits(clean, subs):
    text = clean
    for old, new in subs:
        if clean.count(old) != 1:
            raise SystemExit("edit anchor not unique in clean draft: %r (%d)" % (old, clean.count(old)))
        text = text.replace(old, new, 1)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.index(start)
    j = text.index(end, i)
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = pid + "-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, subs, value, expl) in sorted(e for e in EDITS if e[0] == pid):
            text = apply_edits(clean, subs)
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value),
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
