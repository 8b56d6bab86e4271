#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts277 from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean
draft; the result is written to cases/<source>-eN.txt.  `value` is the exact substring of
the error case that carries the changed figure (the scorer accepts a finding whose span
overlaps an occurrence of it).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hb-chongyang-wanggehua-2021",
    "sd-tancheng-xinfangjian-2023",
    "gx-rongshui-tiaojiebutie-2019",
    "sx-lingqiu-xinfangju-2022",
    "js-jinhu-zongzhizhongxin-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: Chongyang (Hubei) 2021, grid management, MOF table ----
    ("hb-chongyang-wanggehua-2021", 1, "score_exceeds_weight", "table",
     "补贴按季度发放及时率｜100%｜100%｜5｜5｜—\n产出指标｜时效指标｜一般事件平均处置时长｜≤3个工作日｜2.6个工作日｜5｜5｜",
     "补贴按季度发放及时率｜100%｜100%｜5｜6｜—\n产出指标｜时效指标｜一般事件平均处置时长｜≤3个工作日｜2.6个工作日｜5｜4｜",
     "发放及时率｜100%｜100%｜5｜6",
     "score 6 above the row's weight 5 (the next row's score slipped to 4, so the total still reads 97.10)"),
    ("hb-chongyang-wanggehua-2021", 2, "weight_sum_mismatch", "table",
     "91.6%｜10｜10｜—", "91.6%｜12｜10｜—",
     "91.6%｜12｜10｜—\n总分｜｜｜｜｜100",
     "满意度 weight typed 12 instead of 10: weights now total 102 (10 + 50 + 30 + 12) against the stated 100"),
    ("hb-chongyang-wanggehua-2021", 3, "rate_mismatch", "table",
     "其中：当年财政拨款｜268.00｜280.00｜268.83｜—｜96.01%",
     "其中：当年财政拨款｜268.00｜280.00｜268.83｜—｜96.10%",
     "96.10%",
     "当年财政拨款 execution 268.83 / 280.00 = 96.01%, stated 96.10%"),
    ("hb-chongyang-wanggehua-2021", 4, "balance_mismatch", "prose",
     "年末未支出11.17万元", "年末未支出11.71万元",
     "11.71万元",
     "292.60 - 281.43 = 11.17, stated 11.71"),
    ("hb-chongyang-wanggehua-2021", 5, "year_mismatch", "prose",
     "已按规定结转至2022年继续使用", "已按规定结转至2021年继续使用",
     "结转至2021年",
     "the unspent part of the 2021 budget is carried over into 2021 itself (should be 2022)"),
    ("hb-chongyang-wanggehua-2021", 6, "completion_mismatch", "prose",
     "完成年度目标（30000件）的108.05%", "完成年度目标（30000件）的108.50%",
     "108.50%",
     "32416 / 30000 = 108.05%, stated 108.50%"),

    # ---- B: Tancheng (Shandong) 2023, petition backlog fund, MOF table ----
    ("sd-tancheng-xinfangjian-2023", 1, "sum_mismatch", "table",
     "其中：当年财政拨款｜150.00｜150.00｜139.08｜", "其中：当年财政拨款｜150.00｜150.00｜139.18｜",
     "139.18",
     "执行 column: 139.18 + 18.40 = 157.58, total row states 157.48"),
    ("sd-tancheng-xinfangjian-2023", 2, "score_sum_mismatch", "table",
     "总分｜｜｜｜｜100｜89.52｜", "总分｜｜｜｜｜100｜89.25｜",
     "100｜89.25",
     "9.35 + 48.85 + 21.63 + 9.69 = 89.52, the 总分 row states 89.25"),
    ("sd-tancheng-xinfangjian-2023", 3, "grade_mismatch", "prose",
     "综合评定等级为良。", "综合评定等级为优。",
     "等级为优",
     "the table total 89.52 is in the 良 band (80 <= s < 90), the text says 优"),
    ("sd-tancheng-xinfangjian-2023", 4, "average_mismatch", "prose",
     "平均每批37.45万元", "平均每批37.54万元",
     "平均每批37.54万元",
     "(38.20 + 41.56 + 32.60) / 3 = 37.45, stated 37.54"),
    ("sd-tancheng-xinfangjian-2023", 5, "unit_mismatch", "table",
     "≥240天｜248天｜", "≥240天｜100%｜",
     "≥240天｜100%",
     "律师参与接访值班天数: target in 天, actual given as a percentage"),
    ("sd-tancheng-xinfangjian-2023", 6, "implausible_rate", "prose",
     "实际支付4.50万元，支付比例75.00%", "实际支付6.60万元，支付比例110.00%",
     "实际支付6.60万元，支付比例110.00%",
     "6.60 paid on a 6.00 contract: payment rate 110.00% is above 100%"),

    # ---- C: Rongshui (Guangxi) 2019, mediator subsidies, MOF table ----
    ("gx-rongshui-tiaojiebutie-2019", 1, "completion_mismatch", "prose",
     "完成年度目标任务的116.88%", "完成年度目标任务的116.08%",
     "116.08%",
     "2922 / 2500 = 116.88%, stated 116.08%"),
    ("gx-rongshui-tiaojiebutie-2019", 2, "conflicting_values", "prose",
     "调解成功率97.6%，调解协议履行率", "调解成功率96.7%，调解协议履行率",
     "调解成功率96.7%",
     "调解成功率 is 97.6% in the goal row and the indicator table, 96.7% in the text"),
    ("gx-rongshui-tiaojiebutie-2019", 3, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% on a zero 上年结转 budget"),
    ("gx-rongshui-tiaojiebutie-2019", 4, "score_exceeds_weight", "table",
     "20名｜8｜8｜\n产出指标｜数量指标｜培训人民调解员｜≥600人次｜636人次｜7｜7｜",
     "20名｜8｜7｜\n产出指标｜数量指标｜培训人民调解员｜≥600人次｜636人次｜7｜8｜",
     "636人次｜7｜8",
     "培训 row scored 8 against weight 7 (scores of two adjacent rows swapped, total unchanged)"),
    ("gx-rongshui-tiaojiebutie-2019", 5, "balance_mismatch", "prose",
     "年末结余1.06万元", "年末结余1.60万元",
     "1.60万元",
     "60.00 - 58.94 = 1.06, stated 1.60"),
    ("gx-rongshui-tiaojiebutie-2019", 6, "year_mismatch", "table",
     "（2019年度）", "（2018年度）",
     "（2018年度）",
     "the 自评表 is headed 2018 in a 2019 report"),

    # ---- D: Lingqiu (Shanxi) 2022, petition bureau, department-wide ----
    ("sx-lingqiu-xinfangju-2022", 1, "sum_mismatch", "table",
     "｜271.42｜186.42｜85.00", "｜271.42｜168.42｜85.00",
     "168.42",
     "年初预算资金: 168.42 + 85.00 = 253.42, 合计 states 271.42"),
    ("sx-lingqiu-xinfangju-2022", 2, "rate_mismatch", "table",
     "｜97.12｜100｜91.11", "｜97.12｜100｜91.71",
     "91.71",
     "项目支出 (7)=(4)/(2): 84.37 / 92.60 = 91.11%, stated 91.71"),
    ("sx-lingqiu-xinfangju-2022", 3, "completion_mismatch", "table",
     "96.5%｜101.58%", "96.5%｜101.85%",
     "101.85%",
     "按期办结率 96.5% / 95% = 101.58%, stated 101.85%"),
    ("sx-lingqiu-xinfangju-2022", 4, "score_sum_mismatch", "prose",
     "自评得分96.70分", "自评得分97.60分",
     "97.60分",
     "9.71 + 49.20 + 28 + 9.79 = 96.70 (also the sum of the table rows), stated 97.60"),
    ("sx-lingqiu-xinfangju-2022", 5, "weight_sum_mismatch", "table",
     "基本健全｜—｜10｜8", "基本健全｜—｜12｜8",
     "基本健全｜—｜12｜8\n满意度指标｜服务对象满意度｜信访群众满意度｜≥85%｜83.2%｜97.88%｜10｜9.79",
     "制度机制建设 weight 12: 效益 weights 32, all weights 102 instead of 100"),
    ("sx-lingqiu-xinfangju-2022", 6, "average_mismatch", "prose",
     "季均309批次", "季均319批次",
     "季均319批次",
     "(312 + 298 + 341 + 285) / 4 = 309, stated 319"),

    # ---- E: Jinhu (Jiangsu) 2024, comprehensive-governance centres, prose only ----
    ("js-jinhu-zongzhizhongxin-2024", 1, "unit_mismatch", "prose",
     "规范化提升补助88.00万元（", "规范化提升补助880000万元（",
     "880000万元",
     "the 88.00万元 subsidy (880000元) written with the unit 万元: 96.00 + 880000 + 31.00 ≠ 215.00, reconciled by 10^4"),
    ("js-jinhu-zongzhizhongxin-2024", 2, "conflicting_values", "prose",
     "实际使用206.28万元", "实际使用206.82万元",
     "206.82万元",
     "spending is 206.28万元 in the funds section (= 93.48 + 88.00 + 24.80), 206.82 in the conclusion"),
    ("js-jinhu-zongzhizhongxin-2024", 3, "rate_mismatch", "prose",
     "预算执行率95.94%", "预算执行率95.49%",
     "95.49%",
     "206.28 / 215.00 = 95.94%, stated 95.49%"),
    ("js-jinhu-zongzhizhongxin-2024", 4, "sum_mismatch", "prose",
     "视频会商系统支出24.80万元", "视频会商系统支出24.08万元",
     "24.08万元",
     "93.48 + 88.00 + 24.08 = 205.56, the stated total is 206.28"),
    ("js-jinhu-zongzhizhongxin-2024", 5, "grade_mismatch", "prose",
     "评价等级为“良好”", "评价等级为“优秀”",
     "等级为“优秀”",
     "total 89.64 is in the 良 band (80-90), stated 优秀"),
    ("js-jinhu-zongzhizhongxin-2024", 6, "score_sum_mismatch", "prose",
     "自评总分89.64分", "自评总分89.46分",
     "89.46分",
     "9.59 + 43.36 + 27 + 9.69 = 89.64, stated 89.46"),
]


def main():
    labels = []
    clean = {}
    for src in SOURCES:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as f:
            clean[src] = f.read()
    by_src = {}
    for e in EDITS:
        by_src.setdefault(e[0], []).append(e)
    for src in SOURCES:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in sorted(by_src[src], key=lambda x: x[1]):
            text = clean[src]
            cnt = text.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            out = text.replace(old, new, 1)
            if value not in out:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            with open(os.path.join(CASES, f"{src}-e{n}.txt"), "w", encoding="utf-8") as f:
                f.write(out)
            labels.append({"case": f"{src}-e{n}.txt", "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
