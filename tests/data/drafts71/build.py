#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n71 from the clean drafts.

Every error case is its clean draft with ONE injected inconsistency. EDITS below is the
whole edit list: `subs` is a list of (old, new) replacements, each `old` occurring exactly
once in the clean draft; more than one pair is used only for score rows (two adjacent rows).
`value` is either a literal string or ("span", first, last): the substring of the error case
from the first occurrence of `first` to the end of the next occurrence of `last`.

Pure Python 3, no third-party packages.  Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hn-xiaoxiang-shuanggao-2021",
    "sg-nanling-shixun-2019",
    "jz-chujiang-nursing-2023",
    "jm-qiaoxiang-apprentice-2024",
    "ld-xiangzhong-shengjun-2018",
]

EDITS = [
    # ---------------- P1 湖南潇湘交通职业技术学院 双高计划 2021 (table "｜") ----------------
    dict(src="hn-xiaoxiang-shuanggao-2021", n=1, code="rate_mismatch",
         subs=[("402.15｜91.71%", "402.15｜97.11%")],
         value="97.11%",
         explanation="汽车工程学院 row: 402.15 / 438.50 = 91.71%, the retyped rate reads 97.11%"),
    dict(src="hn-xiaoxiang-shuanggao-2021", n=2, code="sum_mismatch",
         subs=[("三项合计139.10万元", "三项合计193.10万元")],
         value=("span", "计77.20万元", "三项合计193.10万元"),
         explanation="77.20 + 29.10 + 32.80 = 139.10万元, the subtotal of the three equipment items reads 193.10 (digits transposed)"),
    dict(src="hn-xiaoxiang-shuanggao-2021", n=3, code="score_sum_mismatch",
         subs=[("产出指标｜质量指标｜15｜14｜", "产出指标｜质量指标｜15｜14.5｜")],
         value=("span", "质量指标｜15｜14.5", "合计｜｜100｜96.81"),
         explanation="质量指标 score edited from 14 to 14.5 without the total: rows now add to 97.31, total still 96.81"),
    dict(src="hn-xiaoxiang-shuanggao-2021", n=4, code="unit_mismatch",
         subs=[("（单价386,000元，计77.20万元）", "（单价386,000元，计772,000万元）")],
         value="772,000万元",
         explanation="2 台 × 386,000元 = 772,000元 = 77.20万元; the 元 amount is labelled 万元 (off by 10^4; the three-item subtotal 139.10 only holds with 77.20)"),
    dict(src="hn-xiaoxiang-shuanggao-2021", n=5, code="year_mismatch",
         subs=[("截至2021年12月31日，学院有", "截至2020年12月31日，学院有")],
         value="截至2020年12月31日",
         explanation="2021 report: the enrolment date is last year's text left in (the same sentence compares with 2020's 11,904人)"),
    dict(src="hn-xiaoxiang-shuanggao-2021", n=6, code="completion_mismatch",
         subs=[("目标1,600元以内，完成率100%", "目标1,600元以内，完成率90.73%")],
         value="完成率90.73%",
         explanation="≤1,600元 target met by 1,451.73元: completion is 100%; 90.73% is actual/target computed for an upper-bound indicator"),

    # ---------------- P2 广东南岭农林职业技术学院 实训基地 2019 (tab table) ----------------
    dict(src="sg-nanling-shixun-2019", n=1, code="balance_mismatch",
         subs=[("已到位资金结余83.55万元", "已到位资金结余13.55万元")],
         value="结余13.55万元",
         explanation="到位 1,270.00 − 执行 1,186.45 = 83.55万元; 13.55 is 年初预算 1,200.00 − 执行 (wrong base)"),
    dict(src="sg-nanling-shixun-2019", n=2, code="implausible_rate",
         subs=[("回收有效问卷583份，有效回收率97.17%", "回收有效问卷613份，有效回收率102.17%")],
         value="613份，有效回收率102.17%",
         explanation="613 questionnaires returned out of 600 sent: a recovery rate of 102.17% is impossible (arithmetic right, count wrong)"),
    dict(src="sg-nanling-shixun-2019", n=3, code="weight_sum_mismatch",
         subs=[("效益指标\t社会效益\t15\t14.5", "效益指标\t社会效益\t20\t14.5")],
         value=("span", "社会效益\t20\t14.5", "总分\t\t100"),
         explanation="社会效益 weight changed 15 → 20: weights now add to 105 while the table still states 100"),
    dict(src="sg-nanling-shixun-2019", n=4, code="average_mismatch",
         subs=[("88.50%，平均91.63%", "88.50%，平均93.20%")],
         value="平均93.20%",
         explanation="(92.30 + 94.10 + 88.50) / 3 = 91.63%; 93.20% averages only the first two"),
    dict(src="sg-nanling-shixun-2019", n=5, code="conflicting_values",
         subs=[("新增实训工位312个，培训农民", "新增实训工位321个，培训农民")],
         value="新增实训工位321个",
         explanation="the conclusion says 321 new work stations, section 五 says 312 (target 300, 104.00%)"),
    dict(src="sg-nanling-shixun-2019", n=6, code="grade_mismatch",
         subs=[("项目总得分89.79分，评价等级为良", "项目总得分89.79分，评价等级为优")],
         value="评价等级为优",
         explanation="89.79 is in the 良 band (80 ≤ s < 90); 优 needs 90"),

    # ---------------- P3 湖北楚江卫生职业学院 护理实训基地 2023 (" | " table, 20-point execution) ----------------
    dict(src="jz-chujiang-nursing-2023", n=1, code="rate_mismatch",
         subs=[("通过1,147人，通过率92.80%", "通过1,147人，通过率92.08%")],
         value="通过率92.08%",
         explanation="1,147 / 1,236 = 92.80%, stated 92.08%"),
    dict(src="jz-chujiang-nursing-2023", n=2, code="balance_mismatch",
         subs=[("年末结余34.53万元", "年末结余45.80万元")],
         value="年末结余45.80万元",
         explanation="全年预算 = 到位 1,065.80 − 执行 1,031.27 = 34.53万元; 45.80 is last year's carry-over left in"),
    dict(src="jz-chujiang-nursing-2023", n=3, code="score_exceeds_weight",
         subs=[("可持续影响 | 10 | 9 |", "可持续影响 | 10 | 8.5 |"),
               ("服务对象满意度 | 10 | 10 |", "服务对象满意度 | 10 | 10.5 |")],
         value="服务对象满意度 | 10 | 10.5",
         explanation="满意度 scored 10.5 against a weight of 10 (the 0.5 加分 applied beyond the cap; 可持续影响 lowered by 0.5 so the total still reads 95.85)"),
    dict(src="jz-chujiang-nursing-2023", n=4, code="unit_mismatch",
         subs=[("≥3,000人次／3,368人次／112.27%", "≥3,000人次／112.27%／112.27%")],
         value="≥3,000人次／112.27%",
         explanation="target in 人次, actual given as a percentage (the completion rate pasted into the actual cell)"),
    dict(src="jz-chujiang-nursing-2023", n=5, code="completion_mismatch",
         subs=[("346台（套）／108.13%", "346台（套）／115.33%")],
         value="115.33%",
         explanation="346 / 320 = 108.13%; 115.33% is 346 / 300, last year's target"),
    dict(src="jz-chujiang-nursing-2023", n=6, code="sum_mismatch",
         subs=[("实训室改造装修186.40万元", "实训室改造装修168.40万元")],
         value=("span", "实训室改造装修168.40万元", "合计1,031.27万元"),
         explanation="608.32 + 168.40 + 92.35 + 144.20 = 1,013.27, stated total 1,031.27 (186.40 retyped as 168.40)"),

    # ---------------- P4 江门侨乡职业技术学院 学徒制 2024 (markdown table) ----------------
    dict(src="jm-qiaoxiang-apprentice-2024", n=1, code="score_sum_mismatch",
         subs=[("| 社会效益 | 15 | 11 |", "| 社会效益 | 15 | 12 |")],
         value=("span", "| 社会效益 | 15 | 12 |", "| 合计 | | 100 | 80.56 |"),
         explanation="社会效益 score raised 11 → 12 without the total: rows add to 81.56, total 80.56"),
    dict(src="jm-qiaoxiang-apprentice-2024", n=2, code="weight_sum_mismatch",
         subs=[("| 经济效益 | 5 | 4 |", "| 经济效益 | 10 | 4 |")],
         value=("span", "| 经济效益 | 10 | 4", "| 合计 | | 100"),
         explanation="经济效益 weight 5 → 10: weights add to 105, table total 100"),
    dict(src="jm-qiaoxiang-apprentice-2024", n=3, code="grade_mismatch",
         subs=[("80.56分，评价等级为良", "80.56分，评价等级为优")],
         value="评价等级为优",
         explanation="80.56 is 良 under 财预〔2020〕10号 (a platform's ≥80 优 cut-off was used)"),
    dict(src="jm-qiaoxiang-apprentice-2024", n=4, code="year_mismatch",
         subs=[("江门侨乡职业技术学院　年度：2024", "江门侨乡职业技术学院　年度：2023")],
         value="年度：2023",
         explanation="the table header claims 2023 in the 2024 report (last year's header left in)"),
    dict(src="jm-qiaoxiang-apprentice-2024", n=5, code="average_mismatch",
         subs=[("全院平均每班35.67人", "全院平均每班42.80人")],
         value="平均每班42.80人",
         explanation="6 classes of 38, 34, 24, 32, 30, 56 = 214 → 35.67 per class; 42.80 divides by 5"),
    dict(src="jm-qiaoxiang-apprentice-2024", n=6, code="conflicting_values",
         subs=[("与江门本地18家企业", "与江门本地16家企业")],
         value="本地16家企业",
         explanation="16 cooperating firms in 项目内容, 18 in the 数量指标 (18/20 = 90.00%)"),

    # ---------------- P5 湖南湘中工贸职业技术学院 生均奖补+学徒制 2018 (space-aligned table) ----------------
    dict(src="ld-xiangzhong-shengjun-2018", n=1, code="score_exceeds_weight",
         subs=[("质量指标        15      13.5", "质量指标        15      8"),
               ("时效指标        10      8  ", "时效指标        10      13.5  ")],
         value="时效指标        10      13.5",
         explanation="scores of two adjacent rows swapped: 时效指标 13.5 against a weight of 10 (total unchanged)"),
    dict(src="ld-xiangzhong-shengjun-2018", n=2, code="implausible_rate",
         subs=[("实际到岗84人，到岗率97.67%", "实际到岗88人，到岗率102.33%")],
         value="到岗88人，到岗率102.33%",
         explanation="88 on post out of 86 signed apprentices: a 到岗率 of 102.33% is impossible"),
    dict(src="ld-xiangzhong-shengjun-2018", n=3, code="unit_mismatch",
         subs=[("金相显微镜20台（单价36,800元", "金相显微镜20台（单价36,800万元")],
         value="36,800万元",
         explanation="20 × 36,800元 = 73.60万元; the unit price written with 万元 is off by 10^4"),
    dict(src="ld-xiangzhong-shengjun-2018", n=4, code="rate_mismatch",
         subs=[("138.85            89.03%", "138.85            82.51%")],
         value="82.51%",
         explanation="生均拨款综合奖补 row: 1,126.55 / 1,265.40 = 89.03%; 82.51% divides by the whole project budget 1,365.40 (wrong base)"),
    dict(src="ld-xiangzhong-shengjun-2018", n=5, code="year_mismatch",
         subs=[("已结转至2019年", "已结转至2018年")],
         value="结转至2018年",
         explanation="the 2018 balance cannot be carried over into 2018 itself"),
    dict(src="ld-xiangzhong-shengjun-2018", n=6, code="conflicting_values",
         subs=[("全日制在校生8,912人", "全日制在校生8,921人")],
         value="在校生8,921人",
         explanation="enrolment 8,921 in 概况 vs 8,912 used for the 生均设备值 (9,658.20万元 / 8,912 = 10,837.30元)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def apply(clean, subs):
    text = clean
    for old, new in subs:
        if clean.count(old) != 1:
            raise SystemExit(f"edit anchor not unique in clean draft: {old!r} ({clean.count(old)}x)")
        text = text.replace(old, new, 1)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    _, first, last = value
    i = text.index(first)
    j = text.index(last, i)
    return text[i:j + len(last)]


def main():
    labels = []
    for src in PROJECTS:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        for e in [e for e in EDITS if e["src"] == src]:
            text = apply(clean, e["subs"])
            name = f"{src}-e{e['n']}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error",
                                         "value": resolve_value(text, e["value"]),
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
