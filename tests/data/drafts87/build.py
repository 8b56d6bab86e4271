#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of this set from the clean drafts.

Each error case is its clean draft with one injected inconsistency: one contiguous edit of at most
16 characters inside one line (score-row edits may touch two adjacent table rows).  An edit is
(anchor, old, new[, nth]): the only line of the clean draft containing `anchor` gets its `old`
replaced by `new` (`old` must occur once in that line, or give `nth` to pick an occurrence).

`value` is the exact substring of the case that carries the error: a literal string, or
{"start": s, "end": e} = from the first `s` to the first `e` after it (inclusive), or
{"start": s, "end": None} = from `s` to the end of its line.
Pure Python 3, no third-party modules.  Run: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "shiping-yilonghu-2021",
    "renhuai-chishuihe-2020",
    "zizhong-qiuxihe-2023",
    "fuquan-zhonganjiang-2018",
    "jiangchuan-xingyunhu-2024",
]

EDITS = [
    # ---------------- A: 石屏县 异龙湖 入湖排污口整治, 2021 (Yunnan) ----------------
    dict(case="shiping-yilonghu-2021-e1", code="rate_mismatch",
         edits=[("本项目累计支付1,742.35万元", "预算执行率91.43%", "预算执行率93.67%")],
         value="预算执行率93.67%",
         explanation="1,742.35 / 1,905.60 (全年预算) = 91.43%; 93.67% is the rate recomputed on the 年初预算 1,860.00"),
    dict(case="shiping-yilonghu-2021-e2", code="sum_mismatch",
         edits=[("尚未办理结算的工程款92.45万元", "工程款92.45万元", "工程款94.25万元")],
         value={"start": "137.65万元（实际到位数减全年执行数）", "end": "工程款94.25万元"},
         explanation="结余 137.65 broken down as 45.20 + 94.25 = 139.45 (retyped 92.45)"),
    dict(case="shiping-yilonghu-2021-e3", code="unit_mismatch",
         edits=[("环评及水土保持方案编制费16.40万元", "16.40万元", "164,000万元")],
         value="164,000万元",
         explanation="the 环评 fee 164,000元 written with the unit 万元; 其他费 218.70 = 96.80 + 52.30 + 16.40 + 21.60 + 31.60 only with 16.40万元 (off by 10^4)"),
    dict(case="shiping-yilonghu-2021-e4", code="year_mismatch",
         edits=[("本项目累计支付1,742.35万元", "截至2021年12月31日", "截至2020年12月31日")],
         value="截至2020年12月31日，本项目累计支付",
         explanation="the 2021 execution figure is dated 截至2020年12月31日 (last year's template left in); the evaluation year is 2021"),
    dict(case="shiping-yilonghu-2021-e5", code="score_exceeds_weight",
         edits=[("| 化学需氧量削减量", "|    8 |     8 |", "|    8 |  8.32 |"),
                ("| 氨氮削减量", "|    8 |  7.41 |", "|    8 |  7.09 |")],
         value={"start": "≥420吨/年", "end": "8.32"},
         explanation="化学需氧量削减量 scored 8 × 104.00% = 8.32 without the cap, above its weight 8 (氨氮 row lowered to 7.09 so the total still reads 98.55)"),
    dict(case="shiping-yilonghu-2021-e6", code="average_mismatch",
         edits=[("COD年均浓度分别为18.6mg/L", "24.9mg/L", "42.9mg/L")],
         value="42.9mg/L和19.4mg/L，平均21.05mg/L",
         explanation="(18.6 + 21.3 + 42.9 + 19.4) / 4 = 25.55, stated average 21.05 (24.9 retyped as 42.9)"),

    # ---------------- B: 仁怀市 赤水河 茅台镇污水处理厂提标扩容, 2020 (Guizhou) ----------------
    dict(case="renhuai-chishuihe-2020-e1", code="balance_mismatch",
         edits=[("年末结余333.66万元", "年末结余333.66万元", "年末结余186.50万元")],
         value="年末结余186.50万元",
         explanation="到位 3,486.50 − 执行 3,152.84 = 333.66; 186.50 is last year's carry-over left in"),
    dict(case="renhuai-chishuihe-2020-e2", code="conflicting_values",
         edits=[("沿河新建DN500～DN1000截污干管", "12.64公里", "12.46公里")],
         value="12.46公里",
         explanation="the interceptor length is 12.64公里 everywhere else (产出, 成本 775.72 ÷ 12.64 = 61.37, 自评表, completion 101.12%)"),
    dict(case="renhuai-chishuihe-2020-e3", code="weight_sum_mismatch",
         edits=[("| 污水处理厂运行负荷率", "|    5 |     5 |", "|    6 |     5 |")],
         value={"start": "污水处理厂运行负荷率", "end": "|  100 |"},
         explanation="weights now total 101 (效益 31): 运行负荷率 weight 5 raised to 6"),
    dict(case="renhuai-chishuihe-2020-e4", code="grade_mismatch",
         edits=[("本项目自评得分96.52分", "评价等级为“优”", "评价等级为“良”")],
         value="评价等级为“良”",
         explanation="96.52 is in the 优 band (≥90); last year's grade left in"),
    dict(case="renhuai-chishuihe-2020-e5", code="completion_mismatch",
         edits=[("| 出水总磷浓度", "| 100.00 |", "|  42.00 |")],
         value={"start": "出水总磷浓度", "end": "42.00"},
         explanation="≤0.5mg/L met with 0.21mg/L: completion 100%; 42.00% is actual/target computed as if the indicator were ≥"),
    dict(case="renhuai-chishuihe-2020-e6", code="implausible_rate",
         edits=[("污泥深度脱水及除臭单元年度预算245.00万元", "242.80万元，执行率99.1%", "252.80万元，执行率103.2%")],
         value="252.80万元，执行率103.2%",
         explanation="252.80 spent against a 245.00 budget: execution rate 103.2% is over 100%"),

    # ---------------- C: 资中县 球溪河 乡镇污水处理设施提质增效, 2023 (Sichuan) ----------------
    dict(case="zizhong-qiuxihe-2023-e1", code="rate_mismatch",
         edits=[("| 发轮镇污水管网完善", "94.86", "94.68")],
         value={"start": "203.58", "end": "94.68"},
         explanation="203.58 / 214.60 = 94.86%, stated 94.68 (digits transposed)"),
    dict(case="zizhong-qiuxihe-2023-e2", code="score_sum_mismatch",
         edits=[("| 新建及改造污水管网", "7.97", "7.79")],
         value={"start": "7.79", "end": "98.35"},
         explanation="9.21 + Σ indicator scores = 98.17 ≠ 总分 98.35 (管网 row 7.97 retyped 7.79)"),
    dict(case="zizhong-qiuxihe-2023-e3", code="unit_mismatch",
         edits=[("| 整治入河排污口", "|             46 |", "|           100% |")],
         value={"start": "整治入河排污口  ", "end": "100%"},
         explanation="度量单位 个 and target 46, actual given as 100% (a completion rate, not a count)"),
    dict(case="zizhong-qiuxihe-2023-e4", code="year_mismatch",
         edits=[("已结转至2024年", "结转至2024年", "结转至2023年")],
         value="结转至2023年",
         explanation="the unspent part of the 2023 budget cannot be carried over to 2023 itself"),
    dict(case="zizhong-qiuxihe-2023-e5", code="completion_mismatch",
         edits=[("完成年度目标的99.58%", "99.58%", "100.42%")],
         value="完成年度目标的100.42%",
         explanation="11.95 / 12 = 99.58%; 100.42% is the inverted ratio 12 / 11.95"),
    dict(case="zizhong-qiuxihe-2023-e6", code="sum_mismatch",
         edits=[("县级配套资金200.00万元", "县级配套资金200.00万元", "县级配套资金220.00万元")],
         value={"start": "调整后全年预算1,430.00万元", "end": "县级配套资金220.00万元"},
         explanation="1,010.00 + 220.00 + 220.00 = 1,450.00 ≠ 1,430.00 (county share copied from the provincial figure)"),

    # ---------------- D: 福泉市 重安江 总磷污染综合治理, 2018 (Guizhou) ----------------
    dict(case="fuquan-zhonganjiang-2018-e1", code="balance_mismatch",
         edits=[("已支出386.45万元", "结余33.55万元", "结余73.55万元")],
         value="结余73.55万元",
         explanation="下达 420.00 − 支出 386.45 = 33.55; 73.55 is the budget 460.00 − 386.45"),
    dict(case="fuquan-zhonganjiang-2018-e2", code="score_exceeds_weight",
         edits=[("| 安装总磷在线监测设备", "|    5 |        4 |", "|    5 |        6 |"),
                ("| 河道清淤量", "|    6 |        6 |", "|    6 |        4 |")],
         value={"start": "安装总磷在线监测设备   ", "end": None},
         explanation="scores of two adjacent rows swapped: 在线监测设备 weight 5 scored 6 (清淤 row now 4, total unchanged)"),
    dict(case="fuquan-zhonganjiang-2018-e3", code="grade_mismatch",
         edits=[("本项目自评综合得分89.75分", "评价等级为“良”", "评价等级为“优”")],
         value="评价等级为“优”",
         explanation="89.75 is in the 良 band (80 ≤ s < 90)"),
    dict(case="fuquan-zhonganjiang-2018-e4", code="implausible_rate",
         edits=[("| 州级资金", "|                 — |                 — |", "|            100.00 |                 — |")],
         value={"start": "州级资金", "end": "100.00"},
         explanation="州级 budget 0.00 and 到位 0.00: a 到位率 of 100.00% on a zero base"),
    dict(case="fuquan-zhonganjiang-2018-e5", code="conflicting_values",
         edits=[("新建渗滤液收集管2.86公里，新建渗滤液处理站", "2.86公里", "2.68公里")],
         value="2.68公里",
         explanation="the collection pipe is 2.86公里 in 三（一） and the 自评表 (completion 102.14%)"),
    dict(case="fuquan-zhonganjiang-2018-e6", code="weight_sum_mismatch",
         edits=[("| 在线监测数据有效传输率", "|    4 |        4 |", "|    5 |        4 |")],
         value={"start": "在线监测数据有效传输率", "end": "89.75"},
         explanation="weights now total 101 (效益 31): 有效传输率 weight 4 raised to 5"),

    # ---------------- E: 江川区 星云湖 生态环境分局 部门整体支出, 2024 (Yunnan) ----------------
    dict(case="jiangchuan-xingyunhu-2024-e1", code="average_mismatch",
         edits=[("平均93.83分", "平均93.83分", "平均94.03分")],
         value="平均94.03分",
         explanation="(91.75 + 93.85 + 96.40 + 98.95 + 88.20) / 5 = 93.83; 94.03 still uses project 5's pre-review score 89.20"),
    dict(case="jiangchuan-xingyunhu-2024-e2", code="score_sum_mismatch",
         edits=[("| 环境信访件办结率", "|    5 |     5 |", "|    5 |     4 |")],
         value={"start": "环境信访件办结率", "end": "97.61"},
         explanation="Σ row scores = 96.61 ≠ 合计 97.61 (信访办结率 row cut from 5 to 4 in review, total not updated)"),
    dict(case="jiangchuan-xingyunhu-2024-e3", code="rate_mismatch",
         edits=[("项目支出执行1,286.73万元", "执行率89.72%", "执行率69.69%")],
         value="执行率69.69%",
         explanation="项目支出 1,286.73 / 1,434.10 = 89.72%; 69.69% divides by the whole department budget 1,846.45"),
    dict(case="jiangchuan-xingyunhu-2024-e4", code="sum_mismatch",
         edits=[("雨污分流改造13个", "雨污分流改造13个", "雨污分流改造15个")],
         value="38个，其中截污纳管15个、雨污分流改造15个、规范化整治10个",
         explanation="15 + 15 + 10 = 40 ≠ 38 outfalls"),
    dict(case="jiangchuan-xingyunhu-2024-e5", code="conflicting_values",
         edits=[("中央水污染防治资金560.00万元于6月才下达", "560.00万元", "650.00万元")],
         value="650.00万元",
         explanation="the 2024 central water-pollution fund is 560.00万元 in 一（二） and in 表2 (project 1 budget)"),
    dict(case="jiangchuan-xingyunhu-2024-e6", code="unit_mismatch",
         edits=[("公务接待费0.86万元", "公务接待费0.86万元", "公务接待费8,600万元")],
         value="8,600万元",
         explanation="the 8,600元 reception cost written with the unit 万元; 三公 7.28 = 6.42 + 0.86 + 0 only with 0.86万元 (off by 10^4)"),
]


def apply_edits(clean, edits):
    lines = clean.split("\n")
    touched = []
    for ed in edits:
        anchor, old, new = ed[0], ed[1], ed[2]
        nth = ed[3] if len(ed) > 3 else None
        idx = [i for i, ln in enumerate(lines) if anchor in ln]
        if len(idx) != 1:
            raise SystemExit(f"anchor {anchor!r} found on {len(idx)} lines")
        i = idx[0]
        ln = lines[i]
        count = ln.count(old)
        if nth is None:
            if count != 1:
                raise SystemExit(f"{old!r} occurs {count} times in line of anchor {anchor!r}")
            pos = ln.index(old)
        else:
            pos = -1
            for _ in range(nth + 1):
                pos = ln.index(old, pos + 1)
        lines[i] = ln[:pos] + new + ln[pos + len(old):]
        touched.append(i)
    return "\n".join(lines), touched


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    s = text.index(spec["start"])
    if spec["end"] is None:
        e = text.index("\n", s)
    else:
        e = text.index(spec["end"], s) + len(spec["end"])
    return text[s:e]


def main():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for rec in EDITS:
        proj = rec["case"].rsplit("-e", 1)[0]
        by_project[proj].append(rec)
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for rec in by_project[proj]:
            text, _ = apply_edits(clean, rec["edits"])
            value = resolve_value(text, rec["value"])
            with open(os.path.join(CASES, rec["case"] + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": rec["case"] + ".txt", "source": proj, "clean": False,
                           "expected": [{"code": rec["code"], "severity": "error", "value": value,
                                         "explanation": rec["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels ({sum(1 for l in labels if not l['clean'])} error cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
