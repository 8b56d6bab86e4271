#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts281 from the five clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in the clean draft.
Fields: (case suffix, code, where, old, new, value, explanation)
  where  'prose' or 'table' (where the slip sits)
  value  short exact substring of the error case that contains the changed figure
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "gs-dangchang-dianshang-2019",
    "hlj-tailai-zhibo-2021",
    "gd-luhe-lenglian-2022",
    "nx-jingyuan-xianyushangye-2023",
    "cq-wuxi-shangmao-2024",
]

EDITS = {
    # ---- Gansu, Dangchang 2019: e-commerce into rural areas demonstration (Word table, one cell per line)
    "gs-dangchang-dianshang-2019": [
        ("e1", "rate_mismatch", "prose",
         "执行率94.40%", "执行率94.04%",
         "执行率94.04%",
         "current-year central funds spent 566.40 of 600.00 = 94.40%, stated 94.04%"),
        ("e2", "sum_mismatch", "prose",
         "乡镇服务站72.00万元", "乡镇服务站27.00万元",
         "乡村服务站点建设240.00万元（其中村级站点补助168.00万元、乡镇服务站27.00万元）",
         "168.00 + 27.00 = 195.00, not the 240.00 it is said to make up (72 typed as 27)"),
        ("e3", "score_sum_mismatch", "prose",
         "综合得分98.72分", "综合得分98.27分",
         "综合得分98.27分",
         "9.61 + 49.33 + 29.78 + 10 = 98.72, stated 98.27 (grade 优 still fits)"),
        ("e4", "unit_mismatch", "table",
         "\t≥100个\n\t112个", "\t≥100个\n\t112%",
         "≥100个\n\t112%",
         "target in 个 (sites), actual written as a percentage; the text says 112个"),
        ("e5", "score_exceeds_weight", "table",
         "\t100%\n\t10\n\t10\n\t\n\n\t\n\t时效指标\n\t项目建设完成时限\n\t2019年12月31日前\n\t2019年12月\n\t5\n\t5",
         "\t100%\n\t10\n\t5\n\t\n\n\t\n\t时效指标\n\t项目建设完成时限\n\t2019年12月31日前\n\t2019年12月\n\t5\n\t10",
         "2019年12月\n\t5\n\t10",
         "scores of the 质量 and 时效 rows typed in swapped order: 时效 row scores 10 against a weight of 5 (sum unchanged)"),
        ("e6", "average_mismatch", "prose",
         "户均880万元", "户均860万元",
         "分别为1260万元、980万元、760万元、520万元，户均860万元",
         "(1260 + 980 + 760 + 520) / 4 = 880, stated 860"),
    ],
    # ---- Heilongjiang, Tailai 2021: livestream e-commerce training (web table, tab-separated rows)
    "hlj-tailai-zhibo-2021": [
        ("e1", "implausible_rate", "table",
         "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%\t—",
         "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
         "execution rate 100% printed on a zero base (no carry-over budgeted or spent)"),
        ("e2", "weight_sum_mismatch", "table",
         "\t648人次\t15\t15\t", "\t648人次\t16\t15\t",
         "648人次\t16",
         "weights now 10 + 51 + 30 + 10 = 101 while the 总分 row says 100 (产出 rows 51 against 50)"),
        ("e3", "average_mismatch", "prose",
         "期均81人次", "期均83人次",
         "分别为76、82、85、79、80、84、78、84人次，合计648人次，期均83人次",
         "648 / 8 = 81, stated 83"),
        ("e4", "conflicting_values", "table",
         "\t≥600人次\t648人次\t", "\t≥600人次\t684人次\t",
         "684人次",
         "table gives 684人次 trained; the text (8 sessions listed, 合计648人次) and the goal block give 648"),
        ("e5", "balance_mismatch", "prose",
         "结余资金5.44万元", "结余资金5.34万元",
         "结余资金5.34万元",
         "80.00 - 74.56 = 5.44, stated 5.34"),
        ("e6", "score_exceeds_weight", "table",
         "\t213人\t10\t10\t\n\t可持续影响指标\t结业学员持续开播比例\t≥60%\t61.57%\t5\t5\t",
         "\t213人\t10\t5\t\n\t可持续影响指标\t结业学员持续开播比例\t≥60%\t61.57%\t5\t10\t",
         "61.57%\t5\t10",
         "scores of two adjacent rows swapped: 持续开播比例 scores 10 against a weight of 5 (total unchanged)"),
    ],
    # ---- Guangdong, Luhe 2022: cold-chain facilities (PDF copy, space-separated cells)
    "gd-luhe-lenglian-2022": [
        ("e1", "completion_mismatch", "table",
         "4620万元 92.40%", "4620万元 94.20%",
         "4620万元 94.20%",
         "4620 / 5000 = 92.40%, stated 94.20% (score 9.24 still follows 92.40%)"),
        ("e2", "year_mismatch", "table",
         "（2022年度）", "（2021年度）",
         "（2021年度）",
         "self-evaluation table headed 2021年度 in a report on the 2022 project (title, funds and dates all 2022)"),
        ("e3", "rate_mismatch", "table",
         "108.64 — 90.53%", "108.64 — 90.35%",
         "90.35%",
         "county funds 108.64 / 120.00 = 90.53%, stated 90.35%"),
        ("e4", "conflicting_values", "prose",
         "带动农户868户", "带动农户886户",
         "带动农户886户",
         "text says 886 households, the table row 服务带动农户数 says 868户 (completion 108.50% = 868/800)"),
        ("e5", "sum_mismatch", "table",
         "水唇镇 115.00 112.24", "水唇镇 151.00 112.24",
         "151.00 112.24\n3 冷藏运输车2辆及冷链温控监测平台 县城 95.00 90.00\n合计 400.00 388.64",
         "budget column of the spending detail: 190.00 + 151.00 + 95.00 = 436.00, 合计 says 400.00 (115 typed as 151)"),
        ("e6", "unit_mismatch", "table",
         "2022年12月31日前 2022年11月30日", "2022年12月31日前 100%",
         "2022年12月31日前 100%",
         "target is a date, actual written as a percentage"),
    ],
    # ---- Ningxia, Jingyuan 2023: county commercial system (pipe tables)
    "nx-jingyuan-xianyushangye-2023": [
        ("e1", "grade_mismatch", "prose",
         "评价等级为“良”", "评价等级为“优”",
         "项目得分88.56分，评价等级为“优”",
         "88.56 lies in the 80–90 band (良), not 优"),
        ("e2", "weight_sum_mismatch", "prose",
         "产出指标50分", "产出指标40分",
         "预算执行率10分、产出指标40分、效益指标30分、满意度指标10分",
         "10 + 40 + 30 + 10 = 90, and the 产出 rows of the table weigh 50"),
        ("e3", "unit_mismatch", "prose",
         "每个补助8000元", "每个补助8000万元",
         "每个补助8000万元",
         "60 shops × 8000 = 48.00万元 only if 8000 is in 元; written as 万元 (off by 10^4; table says 0.8万元/个)"),
        ("e4", "implausible_rate", "prose",
         "商户满意度96.1%", "商户满意度961%",
         "商户满意度961%",
         "a satisfaction rate of 961% (decimal point dropped from 96.1%)"),
        ("e5", "balance_mismatch", "prose",
         "未支出的157.65万元", "未支出的175.65万元",
         "未支出的175.65万元",
         "670.00 - 512.35 = 157.65, stated 175.65"),
        ("e6", "sum_mismatch", "table",
         "| 550.00 | 550.00 | 392.35 |", "| 550.00 | 550.00 | 329.35 |",
         "512.35 | 10 | 76.47% | 7.65 |\n| 其中：当年财政拨款 | 550.00 | 550.00 | 329.35",
         "执行 column: 329.35 + 120.00 + 0.00 = 449.35, 年度资金总额 says 512.35"),
    ],
    # ---- Chongqing, Wuxi 2024: township commercial centres (full-width bar table)
    "cq-wuxi-shangmao-2024": [
        ("e1", "year_mismatch", "prose",
         "结转至2025年", "结转至2024年",
         "结转至2024年",
         "unspent 2024 money carried over to 2024 itself; a carry-over goes to 2025"),
        ("e2", "grade_mismatch", "table",
         "自评等级｜良", "自评等级｜优",
         "自评等级｜优",
         "total 89.91 is in the 80–90 band (良), not 优"),
        ("e3", "completion_mismatch", "prose",
         "完成率74.67%", "完成率76.47%",
         "入驻商户112户，完成率76.47%",
         "112 / 150 = 74.67%, stated 76.47%"),
        ("e4", "score_sum_mismatch", "prose",
         "效益指标得分25.87分", "效益指标得分28.57分",
         "效益指标得分28.57分，满意度指标得分9.56分，综合得分89.91分",
         "效益 rows 7.47 + 8.4 + 10 = 25.87, stated 28.57; the parts now add to 92.61, not 89.91"),
        ("e5", "conflicting_values", "table",
         "｜≥6000平方米｜5400平方米｜", "｜≥6000平方米｜5040平方米｜",
         "5040平方米",
         "table row says 5040平方米, the text and the goal block say 5400平方米 (score 9 = 10 × 5400/6000)"),
        ("e6", "rate_mismatch", "table",
         "｜34.00｜—｜85.00%｜", "｜34.00｜—｜58.00%｜",
         "58.00%",
         "county funds 34.00 / 40.00 = 85.00%, stated 58.00%"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def build():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: value not in the error case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    build()
