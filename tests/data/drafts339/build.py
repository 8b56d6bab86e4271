#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of this set from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft.
The label value must occur exactly once in the resulting error case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "nm-tumotezuoqi-naiyezhenxing-2022",
    "jl-lishu-rouniuliangzhong-2020",
    "xj-bachu-mianhuabutie-2019",
    "gx-fusui-ganzheliangzhong-2021",
    "hb-jianli-daoyuzhongyang-2023",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- A: Inner Mongolia dairy, pipes table -------------------------------------------------
    ("nm-tumotezuoqi-naiyezhenxing-2022", 1, "rate_mismatch", "prose",
     "实际支出201.90万元，执行率96.14%", "实际支出201.90万元，执行率96.41%",
     "实际支出201.90万元，执行率96.41%",
     "sexed-semen sub-item: 201.90 / 210 = 96.14%, stated 96.41%"),
    ("nm-tumotezuoqi-naiyezhenxing-2022", 2, "year_mismatch", "prose",
     "已按规定结转至2023年继续使用", "已按规定结转至2022年继续使用",
     "结转至2022年继续使用",
     "the unspent 62.18万元 of the 2022 budget is carried over to 2022 itself; must be a later year"),
    ("nm-tumotezuoqi-naiyezhenxing-2022", 3, "conflicting_values", "prose",
     "全旗种植优质苜蓿1.62万亩", "全旗种植优质苜蓿1.66万亩",
     "苜蓿1.66万亩",
     "the indicator table gives the alfalfa area actually planted as 1.62万亩 (108.00% of 1.5万亩); the text now says 1.66万亩"),
    ("nm-tumotezuoqi-naiyezhenxing-2022", 4, "sum_mismatch", "table",
     "| 1,326.80 | 1,264.62 |", "| 1,326.80 | 1,246.62 |",
     "1,246.62",
     "全年执行数 column: 当年财政拨款 1,246.62 + 上年结转 91.80 + 其他 0.00 = 1,338.42, but 年度资金总额 is 1,356.42 (expected 1,264.62)"),
    ("nm-tumotezuoqi-naiyezhenxing-2022", 5, "completion_mismatch", "table",
     "| 9.35吨 | 103.89% |", "| 9.35吨 | 103.98% |",
     "9.35吨 | 103.98%",
     "≥9.0吨 target, 9.35吨 actual: completion 103.89%, stated 103.98%"),
    ("nm-tumotezuoqi-naiyezhenxing-2022", 6, "weight_sum_mismatch", "table",
     "| 补贴资金兑付及时率 | 100% | 100% | 100.00% | 5 | 5 |", "| 补贴资金兑付及时率 | 100% | 100% | 100.00% | 8 | 5 |",
     "100.00% | 8 | 5",
     "时效 weight 8 makes 产出指标 weights 10+10+10+10+8+5 = 53 against the heading 产出指标（50分）, and all weights 103 against 总分 100"),
    # --- B: Jilin beef cattle, tab-separated ---------------------------------------------------
    ("jl-lishu-rouniuliangzhong-2020", 1, "balance_mismatch", "prose",
     "结余资金13.62万元", "结余资金13.26万元",
     "结余资金13.26万元",
     "186 received (到位率100%) - 172.38 spent = 13.62, stated 13.26"),
    ("jl-lishu-rouniuliangzhong-2020", 2, "average_mismatch", "prose",
     "平均为69.25%", "平均为69.52%",
     "平均为69.52%",
     "(68.2 + 71.5 + 66.9 + 70.4) / 4 = 69.25%, stated 69.52%"),
    ("jl-lishu-rouniuliangzhong-2020", 3, "score_sum_mismatch", "table",
     "100\t98.84", "100\t98.48",
     "100\t98.48",
     "row scores 9.27 + 10 + 10 + 5 + 10 + 5 + 10 + 10 + 9.72 + 9.85 + 10 = 98.84, 合计 says 98.48"),
    ("jl-lishu-rouniuliangzhong-2020", 4, "weight_sum_mismatch", "table",
     "106.67%\t5\t5", "106.67%\t6\t5",
     "320人次\t106.67%\t6\t5",
     "training weight 6: weights add to 101 (10 execution + 51 output + 30 + 10) against 合计 100"),
    ("jl-lishu-rouniuliangzhong-2020", 5, "unit_mismatch", "table",
     "冻精质量抽检合格率\t100%\t100%", "冻精质量抽检合格率\t100%\t36批次",
     "100%\t36批次",
     "target is a pass rate (100%), actual is a count of batches: completion cannot be computed"),
    ("jl-lishu-rouniuliangzhong-2020", 6, "completion_mismatch", "table",
     "84600剂\t105.75%", "84600剂\t107.55%",
     "84600剂\t107.55%",
     "84600 / 80000 = 105.75%, stated 107.55%"),
    # --- C: Xinjiang cotton, one cell per line -------------------------------------------------
    ("xj-bachu-mianhuabutie-2019", 1, "grade_mismatch", "prose",
     "自评得分99分，评价等级为“优秀”", "自评得分99分，评价等级为“良好”",
     "自评得分99分，评价等级为“良好”",
     "99 points is in the 优 band (>= 90)"),
    ("xj-bachu-mianhuabutie-2019", 2, "conflicting_values", "prose",
     "全县核实补贴面积98.35万亩", "全县核实补贴面积98.53万亩",
     "核实补贴面积98.53万亩",
     "the indicator table gives the verified subsidy area as 98.35万亩 (业绩值, 102.45% of 96万亩)"),
    ("xj-bachu-mianhuabutie-2019", 3, "rate_mismatch", "table",
     "\t79.06\n", "\t97.06\n",
     "97.06",
     "预算执行率 (7)=(4)/(2), 自治区 column: 186.58 / 236.00 = 79.06, stated 97.06"),
    ("xj-bachu-mianhuabutie-2019", 4, "implausible_rate", "table",
     "\t100\n\t0\n\n\t预算执行率(%)", "\t100\n\t100\n\n\t预算执行率(%)",
     "100\n\n\t预算执行率(%)",
     "预算到位率 (6)=(3)/(2), 其他资金 column: 100 on a zero budget (0.00 / 0.00); only 0 or blank is tolerated there"),
    ("xj-bachu-mianhuabutie-2019", 5, "completion_mismatch", "table",
     "\t95.8%\n\t100.84%", "\t95.8%\n\t100.48%",
     "100.48%",
     "satisfaction ≥95%, actual 95.8%: completion 100.84%, stated 100.48%"),
    ("xj-bachu-mianhuabutie-2019", 6, "score_exceeds_weight", "table",
     "\t102.45%\n\t10\n\t10\n", "\t102.45%\n\t10\n\t10.24\n",
     "102.45%\n\t10\n\t10.24",
     "area row scored 10 x 102.45% = 10.24 against its weight 10 (the sum 99.24 still reads 99 at whole points)"),
    # --- D: Guangxi sugarcane, runs of spaces --------------------------------------------------
    ("gx-fusui-ganzheliangzhong-2021", 1, "sum_mismatch", "prose",
     "技术培训及示范基地建设86.80万元", "技术培训及示范基地建设68.80万元",
     "技术培训及示范基地建设68.80万元",
     "842.00 + 156.60 + 68.80 = 1067.40, not the 1085.4万元 budget being split"),
    ("gx-fusui-ganzheliangzhong-2021", 2, "unit_mismatch", "prose",
     "补助资金1566000元", "补助资金1566000万元",
     "1566000万元",
     "60元/亩 x 26,100亩 = 1,566,000元 = 156.60万元; the figure carries 万元, off by 10^4"),
    ("gx-fusui-ganzheliangzhong-2021", 3, "rate_mismatch", "table",
     "96.12        76.65%", "96.12        78.65%",
     "78.65%",
     "县级配套 96.12 / 125.40 = 76.65%, stated 78.65%"),
    ("gx-fusui-ganzheliangzhong-2021", 4, "score_sum_mismatch", "table",
     "100    98\n", "100    96\n",
     "100    96",
     "row scores 10 + 10 + 4.5 + 5 + 5 + 5 + 10 + 10 + 8.77 + 10 + 10 + 9.73 = 98.00, 合计 says 96"),
    ("gx-fusui-ganzheliangzhong-2021", 5, "score_exceeds_weight", "table",
     "97.2%            5      5      —", "97.2%            5      5.28   —",
     "5      5.28",
     "seedling purity scored 5 x 105.65% = 5.28 against its weight 5 (sum 98.28 still reads 98 at whole points)"),
    ("gx-fusui-ganzheliangzhong-2021", 6, "conflicting_values", "table",
     "42100亩", "41200亩",
     "41200亩",
     "the text gives 42,100亩 of improved cane (200元/亩 x 42,100亩 = 842.00万元); the table now says 41200亩"),
    # --- E: Hubei rice-fish, prose only --------------------------------------------------------
    ("hb-jianli-daoyuzhongyang-2023", 1, "balance_mismatch", "prose",
     "结余47.44万元", "结余47.14万元",
     "结余47.14万元",
     "860 received - 812.56 spent = 47.44, stated 47.14"),
    ("hb-jianli-daoyuzhongyang-2023", 2, "year_mismatch", "prose",
     "结转至2024年", "结转至2023年",
     "结转至2023年",
     "unspent money of the 2023 budget is carried over to 2023 itself; must be 2024 or later"),
    ("hb-jianli-daoyuzhongyang-2023", 3, "average_mismatch", "prose",
     "平均1,262.33元", "平均1,226.33元",
     "平均1,226.33元",
     "(1,260 + 1,185 + 1,342) / 3 = 1,262.33元, stated 1,226.33元"),
    ("hb-jianli-daoyuzhongyang-2023", 4, "grade_mismatch", "prose",
     "自评得分98.62分，等级为“优”", "自评得分98.62分，等级为“良”",
     "自评得分98.62分，等级为“良”",
     "98.62 points is in the 优 band"),
    ("hb-jianli-daoyuzhongyang-2023", 5, "implausible_rate", "prose",
     "服务对象满意度为96.8%", "服务对象满意度为106.8%",
     "满意度为106.8%",
     "a satisfaction rate above 100%"),
    ("hb-jianli-daoyuzhongyang-2023", 6, "unit_mismatch", "prose",
     "按每亩300元的标准", "按每亩300万元的标准",
     "每亩300万元",
     "504万元 / 16,800亩 = 300元 per mu; the rate carries 万元, off by 10^4"),
]


def main():
    labels = []
    errors = []
    for src in SOURCES:
        clean_path = os.path.join(CASES, f"{src}-clean.txt")
        with open(clean_path, encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        edits = sorted([e for e in EDITS if e[0] == src], key=lambda e: e[1])
        if [e[1] for e in edits] != [1, 2, 3, 4, 5, 6]:
            errors.append(f"{src}: edits are not e1..e6")
        for (_, n, code, where, old, new, value, expl) in edits:
            cnt = clean.count(old)
            if cnt != 1:
                errors.append(f"{src}-e{n}: old string occurs {cnt} times: {old!r}")
                continue
            text = clean.replace(old, new)
            vc = text.count(value)
            if vc != 1:
                errors.append(f"{src}-e{n}: value occurs {vc} times in the error case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")


if __name__ == "__main__":
    main()
