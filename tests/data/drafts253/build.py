#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts253 from the clean drafts.

Each edit is an exact old -> new replacement applied to one clean draft; `old` must occur
exactly once in that draft. `value` is the substring of the resulting error case that carries
the injected figure (the scorer matches findings that overlap it). `where` says whether the
slip sits in the prose or in a table (documentation only).

Usage: python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "dengta-heatpipe-2021",
    "yuci-gasalarm-2023",
    "laiyang-gasheat-dept-2022",
    "xingqing-heatsubsidy-2019",
    "chibi-gaspipe-2024",
]

# (source, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- dengta-heatpipe-2021: Liaoning, MOF outline + MOF 自评表 ----
    ("dengta-heatpipe-2021", "e1", "rate_mismatch", "prose",
     "本级资金支出566.28万元，执行率94.38%",
     "本级资金支出566.28万元，执行率94.83%",
     "执行率94.83%",
     "本级资金 566.28 / 600.00 = 94.38%, stated 94.83% (digits transposed)"),
    ("dengta-heatpipe-2021", "e2", "sum_mismatch", "table",
     "年度资金总额｜660.00｜",
     "年度资金总额｜600.00｜",
     "年度资金总额｜600.00",
     "年初预算数 column: 600.00 + 60.00 + 0.00 = 660.00, but 年度资金总额 reads 600.00 (the 财政拨款 figure copied into the total)"),
    ("dengta-heatpipe-2021", "e3", "score_exceeds_weight", "table",
     "2021年10月20日｜5｜5｜—\n产出指标｜成本指标｜管网改造综合单价｜≤560元/米｜495元/米｜10｜10｜",
     "2021年10月20日｜5｜10｜—\n产出指标｜成本指标｜管网改造综合单价｜≤560元/米｜495元/米｜10｜5｜",
     "2021年10月20日｜5｜10",
     "时效 row: score 10 above its weight 5 (scores of the 时效 and 成本 rows swapped, so the total still reads 97.73)"),
    ("dengta-heatpipe-2021", "e4", "year_mismatch", "prose",
     "已按规定结转至2022年继续使用",
     "已按规定结转至2021年继续使用",
     "结转至2021年",
     "unspent money of the 2021 budget cannot be carried over into 2021 itself (should be 2022)"),
    ("dengta-heatpipe-2021", "e5", "completion_mismatch", "prose",
     "完成年度目标的106.67%",
     "完成年度目标的101.67%",
     "完成年度目标的101.67%",
     "12.8公里 / 12公里 = 106.67%, stated 101.67%"),
    ("dengta-heatpipe-2021", "e6", "grade_mismatch", "table",
     "自评等级：优",
     "自评等级：良",
     "自评等级：良",
     "total 97.73 lies in the 优 band (90 ≤ s ≤ 100), table says 良"),

    # ---- yuci-gasalarm-2023: Shanxi outline, 行次 funds table, 完成率 column ----
    ("yuci-gasalarm-2023", "e1", "completion_mismatch", "table",
     "38650户｜101.71%",
     "38650户｜101.17%",
     "38650户｜101.17%",
     "38650 / 38000 = 101.71%, stated 101.17%"),
    ("yuci-gasalarm-2023", "e2", "rate_mismatch", "table",
     "｜100.00｜100.00｜88.34｜",
     "｜100.00｜100.00｜83.84｜",
     "83.84",
     "县区级 到位率 (6)=(3)/(2): 500.00 / 566.00 = 88.34, printed 83.84"),
    ("yuci-gasalarm-2023", "e3", "unit_mismatch", "table",
     "≥1200户｜1126户｜93.83%",
     "≥1200户｜93.83%｜93.83%",
     "≥1200户｜93.83%",
     "target counted in 户, 业绩值 given as a percentage (the completion rate typed into the actual-value cell)"),
    ("yuci-gasalarm-2023", "e4", "weight_sum_mismatch", "table",
     "居民用户加装完成时间｜5｜",
     "居民用户加装完成时间｜6｜",
     "居民用户加装完成时间｜6｜",
     "weights now add to 101 while 合计 states 100 (时效 row 6 instead of 5)"),
    ("yuci-gasalarm-2023", "e5", "conflicting_values", "prose",
     "为1126户餐饮等非居民用户",
     "为1162户餐饮等非居民用户",
     "1162户",
     "the same count of non-resident installations is 1126户 in the table (and 93.83% = 1126/1200), 1162户 in the text"),
    ("yuci-gasalarm-2023", "e6", "sum_mismatch", "prose",
     "非居民用户补助135.12万元",
     "非居民用户补助153.12万元",
     "全年执行1299.12万元，其中居民用户补助1159.50万元、非居民用户补助153.12万元、安装核验及宣传培训费4.50万元",
     "1159.50 + 153.12 + 4.50 = 1317.12, stated total 1299.12 (should be 135.12 = 1126户 × 1200元)"),

    # ---- laiyang-gasheat-dept-2022: Shandong, 部门整体 report ----
    ("laiyang-gasheat-dept-2022", "e1", "average_mismatch", "prose",
     "平均94.5分",
     "平均95.4分",
     "平均95.4分",
     "(98 + 93.5 + 95.5 + 91) / 4 = 94.5, stated 95.4"),
    ("laiyang-gasheat-dept-2022", "e2", "sum_mismatch", "table",
     "按支出性质：基本支出｜405.60｜",
     "按支出性质：基本支出｜450.60｜",
     "基本支出｜450.60",
     "年初预算数: 基本支出 450.60 + 项目支出 1437.00 = 1887.60, 合计 1842.60"),
    ("laiyang-gasheat-dept-2022", "e3", "implausible_rate", "table",
     "按资金来源：其他资金｜0.00｜0.00｜0.00｜—",
     "按资金来源：其他资金｜0.00｜0.00｜0.00｜100.00%",
     "其他资金｜0.00｜0.00｜0.00｜100.00%",
     "execution rate of 100.00% printed on a zero budget (其他资金 0.00)"),
    ("laiyang-gasheat-dept-2022", "e4", "score_sum_mismatch", "table",
     "自评总分：98.76分",
     "自评总分：98.67分",
     "自评总分：98.67分",
     "row scores 9.76 + 49.75 + 29.25 + 10 = 98.76, total stated 98.67"),
    ("laiyang-gasheat-dept-2022", "e5", "unit_mismatch", "prose",
     "供热补贴1120万元",
     "供热补贴11200000万元",
     "11200000万元",
     "14000户 × 800元 = 1120万元 (11200000元): a 元 figure labelled 万元, off by 10^4 against the project table's 1120.00"),
    ("laiyang-gasheat-dept-2022", "e6", "grade_mismatch", "prose",
     "自评等级为“优”",
     "自评等级为“良”",
     "自评等级为“良”",
     "total 98.76 (table footer) lies in the 优 band, conclusion says 良"),

    # ---- xingqing-heatsubsidy-2019: Ningxia, funds and indicators in prose only ----
    ("xingqing-heatsubsidy-2019", "e1", "balance_mismatch", "prose",
     "结余23.54万元",
     "结余25.34万元",
     "结余25.34万元",
     "656.00 (all received) − 632.46 spent = 23.54, stated 25.34"),
    ("xingqing-heatsubsidy-2019", "e2", "year_mismatch", "prose",
     "2019年，区财政年初预算安排",
     "2018年，区财政年初预算安排",
     "2018年，区财政年初预算安排",
     "the budget sentence of the 2019 evaluation names 2018"),
    ("xingqing-heatsubsidy-2019", "e3", "weight_sum_mismatch", "prose",
     "产出指标50分（",
     "产出指标55分（",
     "产出指标55分",
     "10 + 55 + 30 + 10 = 105 ≠ 100, and the 产出 sub-weights 20 + 10 + 10 + 10 = 50"),
    ("xingqing-heatsubsidy-2019", "e4", "score_sum_mismatch", "prose",
     "综合得分98.97分",
     "综合得分98.79分",
     "综合得分98.79分",
     "9.64 + 49.52 + 29.81 + 10 = 98.97, stated 98.79"),
    ("xingqing-heatsubsidy-2019", "e5", "average_mismatch", "prose",
     "平均满意度95.07%",
     "平均满意度95.7%",
     "平均满意度95.7%",
     "(95.2 + 93.6 + 96.4) / 3 = 95.07%, stated 95.7%"),
    ("xingqing-heatsubsidy-2019", "e6", "implausible_rate", "prose",
     "支出96.00万元，执行率100%",
     "支出99.60万元，执行率103.75%",
     "支出99.60万元，执行率103.75%",
     "自治区 funds: 99.60 spent of 96.00 issued, execution rate over 100%"),

    # ---- chibi-gaspipe-2024: Hubei, web copy, MOF 自评表 ----
    ("chibi-gaspipe-2024", "e1", "conflicting_values", "prose",
     "项目全年改造老旧燃气管道37.4公里，惠及",
     "项目全年改造老旧燃气管道34.7公里，惠及",
     "34.7公里",
     "the pipe length is 37.4公里 in section 三 (9.6 + 27.8) and in the table, 34.7公里 in the conclusion"),
    ("chibi-gaspipe-2024", "e2", "score_exceeds_weight", "table",
     "6350户｜10｜9.34｜部分住户长期不在家或不同意入户，已纳入下年度计划\n产出指标｜质量指标｜工程验收合格率｜100%｜100%｜5｜5｜",
     "6350户｜5｜9.34｜部分住户长期不在家或不同意入户，已纳入下年度计划\n产出指标｜质量指标｜工程验收合格率｜100%｜100%｜10｜5｜",
     "6350户｜5｜9.34",
     "户内改造 row: score 9.34 above its weight 5 (weights of two adjacent rows swapped, so both sums still hold)"),
    ("chibi-gaspipe-2024", "e3", "rate_mismatch", "table",
     "1656.80｜—｜88.60%",
     "1656.80｜—｜86.80%",
     "86.80%",
     "当年财政拨款 1656.80 / 1870.00 = 88.60%, printed 86.80%"),
    ("chibi-gaspipe-2024", "e4", "unit_mismatch", "table",
     "≤1500元｜1420元｜",
     "≤1500元｜1420万元｜",
     "1420万元",
     "target per household in 元, actual in 万元 (the text gives 户均1420元)"),
    ("chibi-gaspipe-2024", "e5", "year_mismatch", "prose",
     "截至2024年12月31日",
     "截至2023年12月31日",
     "截至2023年12月31日",
     "the spending cut-off of the 2024 report names 2023"),
    ("chibi-gaspipe-2024", "e6", "balance_mismatch", "prose",
     "未支付的213.20万元",
     "未支付的231.20万元",
     "231.20万元",
     "2150.00 − 1936.80 = 213.20, stated 231.20"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, suffix, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            case_text = clean.replace(old, new, 1)
            if value not in case_text:
                raise SystemExit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case_text)
            labels.append({
                "case": name, "source": src, "clean": False,
                "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with errors)")


if __name__ == "__main__":
    main()
