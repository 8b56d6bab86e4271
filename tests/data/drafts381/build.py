#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`figure` is the changed figure as it reads in the clean draft (with a little context where the bare
number is ambiguous); verify.py checks that it occurs once in the clean draft (twice for
conflicting_values, where the other mention is the intended partner)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# id -> list of (code, where, old, new, value, figure, explanation)
EDITS = {
    "sx-jiexiu-gongzufang-2021": [
        ("rate_mismatch", "table",
         "｜86.62｜100.00｜—", "｜86.26｜100.00｜—", "86.26", "86.62",
         "funds table row (7)=(4)/(2), column 县区级: 24.60/28.40 = 86.62%, stated 86.26"),
        ("sum_mismatch", "prose",
         "空置房保洁及安保费21.45万元", "空置房保洁及安保费24.15万元", "安保费24.15万元", "21.45",
         "spending breakdown 68.32 + 54.18 + 24.15 + 12.90 + 16.00 = 175.55, stated 合计172.85万元"),
        ("weight_sum_mismatch", "table",
         "已建立并运行｜—｜10｜9", "已建立并运行｜—｜11｜9", "已建立并运行｜—｜11｜9", "已建立并运行｜—｜10",
         "分值 column now sums to 101 (效益指标 31), 合计 says 100"),
        ("completion_mismatch", "table",
         "97.6%｜102.74%", "97.6%｜97.34%", "97.6%｜97.34%", "102.74%",
         "入户核查覆盖率 ≥95%, actual 97.6%: completion 97.6/95 = 102.74%, stated 97.34% (target/actual inverted)"),
        ("unit_mismatch", "prose",
         "信息系统运维费12.90万元", "信息系统运维费129000万元", "运维费129000万元", "12.90",
         "129000 is the 元 amount (12.90万元) written with the unit 万元: off by 10^4; the breakdown only sums to 172.85 after rescaling"),
        ("conflicting_values", "prose",
         "全年完成公租房维修养护486套次", "全年完成公租房维修养护468套次", "维修养护468套次", "486",
         "text says 468套次, the indicator table's 实际完成值 for the same 维修养护套次 is 486套次"),
    ],
    "gz-huichuan-zulinbutie-2018": [
        ("balance_mismatch", "prose",
         "结余14.34万元", "结余13.34万元", "结余13.34万元", "14.34",
         "到位/全年预算 412.80 − 执行 398.46 = 14.34万元, stated 13.34"),
        ("score_exceeds_weight", "table",
         "96.8%｜10｜10｜\n效益指标｜可持续影响指标｜租赁补贴动态管理机制｜健全｜基本健全｜10｜8｜",
         "96.8%｜10｜11｜\n效益指标｜可持续影响指标｜租赁补贴动态管理机制｜健全｜基本健全｜10｜7｜",
         "96.8%｜10｜11", "96.8%｜10｜10",
         "应保尽保率 row scored 11 against a weight of 10 (the next row lowered 8→7 so the total still reads 96.65)"),
        ("grade_mismatch", "prose",
         "评定等级为“优”", "评定等级为“良”", "评定等级为“良”", "评定等级为“优”",
         "综合评分96.65分 lies in the 优 band (≥90), stated 良"),
        ("average_mismatch", "prose",
         "季均在保1,090户", "季均在保1,009户", "季均在保1,009户", "1,090",
         "(1,046 + 1,083 + 1,105 + 1,126) / 4 = 1,090, stated 1,009"),
        ("year_mismatch", "table",
         "（2018年度）", "（2017年度）", "（2017年度）", "（2018年度）",
         "the 自评表 is headed 2017年度 while the report, the funds and all figures are for 2018"),
        ("implausible_rate", "table",
         "其他资金｜0｜0｜0｜—｜—｜—", "其他资金｜0｜0｜0｜—｜100%｜—", "其他资金｜0｜0｜0｜—｜100%", "其他资金｜0｜0｜0｜—｜—",
         "执行率 100% printed on a zero budget (其他资金 0 / 0): a rate on a zero base"),
    ],
    "sc-dongpo-gzfweixiu-2023": [
        ("score_sum_mismatch", "table",
         "｜100｜97.68｜", "｜100｜96.68｜", "100｜96.68", "97.68",
         "row scores 9.73 + 15 + 8.75 + 10 + 10 + 10 + 15 + 9.20 + 10 = 97.68 (text: 9.73 + 87.95), 总分 says 96.68"),
        ("score_exceeds_weight", "table",
         "｜125｜15｜15｜\n产出指标｜数量指标｜小区公共设施维修项目数｜≥｜8｜个｜7｜10｜8.75｜",
         "｜125｜15｜16｜\n产出指标｜数量指标｜小区公共设施维修项目数｜≥｜8｜个｜7｜10｜7.75｜",
         "125｜15｜16", "125｜15｜15",
         "维修公租房套数 scored 16 against a weight of 15 (next row lowered 8.75→7.75 so the total still reads 97.68)"),
        ("completion_mismatch", "prose",
         "完成率101.37%", "完成率98.65%", "完成率98.65%", "101.37%",
         "房屋完好率 96.3% against ≥95%: completion 96.3/95 = 101.37%, stated 98.65% (95/96.3, inverted)"),
        ("conflicting_values", "prose",
         "全年实际维修公租房125套", "全年实际维修公租房152套", "维修公租房152套", "125",
         "text says 152套 repaired, the 自评表 实际完成值 for 维修公租房套数 is 125 (套)"),
        ("unit_mismatch", "table",
         "｜个｜7｜10｜8.75｜", "｜个｜87.5%｜10｜8.75｜", "个｜87.5%", "｜个｜7｜",
         "小区公共设施维修项目数 is measured in 个 (target 8个), the actual is given as 87.5%"),
        ("rate_mismatch", "prose",
         "支付率97.71%", "支付率97.17%", "支付率97.17%", "97.71%",
         "维修工程费 193.46 / 198.00 = 97.71%, stated 97.17%"),
    ],
    "hb-xiaonan-gzfyunying-2020": [
        ("balance_mismatch", "prose",
         "未支出的60.15万元", "未支出的61.05万元", "未支出的61.05万元", "60.15",
         "全年预算(=到位) 328.50 − 执行 268.35 = 60.15万元 carried over, stated 61.05"),
        ("score_sum_mismatch", "prose",
         "综合得分89.67分", "综合得分89.76分", "综合得分89.76分", "89.67",
         "16.34 + 32.66 + 22.87 + 17.80 = 89.67 (rows give the same), stated 89.76"),
        ("weight_sum_mismatch", "table",
         "年度目标1小计｜｜｜｜｜｜35｜32.66｜", "年度目标1小计｜｜｜｜｜｜40｜32.66｜", "｜40｜32.66", "｜35｜32.66",
         "年度目标1 rows weigh 10 + 10 + 5 + 10 = 35 but the 小计 says 40; 20 + 40 + 25 + 20 = 105"),
        ("implausible_rate", "table",
         "｜80.1%｜20｜17.80｜", "｜801%｜20｜17.80｜", "801%", "80.1%",
         "承租户满意度 801%: a satisfaction rate above 100% (decimal point lost)"),
        ("year_mismatch", "prose",
         "截至2020年12月31日", "截至2021年12月31日", "截至2021年12月31日", "截至2020年12月31日",
         "the 2020 report (dated 2021年3月) gives its stock figures as of 2021年12月31日"),
        ("conflicting_values", "table",
         "｜≥2600套｜2648套｜", "｜≥2600套｜2684套｜", "2684套", "2648",
         "自评表 says 2684套 in management, the text says 在管公租房2648套"),
    ],
    "jx-zhangshu-zfbzzx-2022": [
        ("rate_mismatch", "table",
         "｜126.35｜85.03%", "｜126.35｜80.53%", "126.35｜80.53%", "85.03%",
         "公租房维修维护及运营管理 126.35 / 148.60 = 85.03%, stated 80.53%"),
        ("sum_mismatch", "table",
         "｜180.50｜186.20｜", "｜185.00｜186.20｜", "185.00", "180.50",
         "年初预算数 column: 185.00 + 240.00 + 148.60 + 30.00 + 18.50 = 622.10, 合计 says 617.60"),
        ("grade_mismatch", "prose",
         "等级为良。", "等级为优。", "等级为优", "等级为良",
         "得分89.04分 lies in the 良 band (80 ≤ s < 90), stated 优"),
        ("average_mismatch", "prose",
         "平均入住率92.13%", "平均入住率93.12%", "平均入住率93.12%", "92.13%",
         "(96.2 + 91.5 + 88.7) / 3 = 92.13%, stated 93.12%"),
        ("implausible_rate", "prose",
         "物业服务满意率94.3%", "物业服务满意率104.3%", "满意率104.3%", "94.3%",
         "a satisfaction rate of 104.3% is above 100%"),
        ("unit_mismatch", "prose",
         "每户每月400元", "每户每月400万元", "每户每月400万元", "400元",
         "a monthly per-household standard of 400万元: the 元 figure labelled 万元; 268×400元×12 + 289×300×12 + 109×200×12 = 258.84万元 only with 元"),
    ],
}


def main():
    labels = []
    for pid, edits in EDITS.items():
        clean_path = os.path.join(CASES, f"{pid}-clean.txt")
        with open(clean_path, encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for i, (code, where, old, new, value, figure, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid} e{i}: value not in case: {value!r}")
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
