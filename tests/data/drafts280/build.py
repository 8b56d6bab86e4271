#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts280 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the exact substring of the error case that carries the injected figure.
`where` says whether the slip sits in the prose or in a table (for the README balance).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yihuang-qiangmian-2021",
    "alukeerqin-wuhaihua-2023",
    "dongkou-feiwen-2019",
    "wenquan-fangyiyuan-2024",
    "dingbian-shouyilab-2022",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 宜黄县 2021 强制免疫 (seed-003 style flattened tables) ----
    ("yihuang-qiangmian-2021", 1, "completion_mismatch", "table",
     "\t83.5%\n\t119.29%\n", "\t83.5%\n\t119.92%\n",
     "119.92%",
     "免疫抗体合格率 target ≥70%, actual 83.5%: completion 83.5/70 = 119.29%, the table prints 119.92% (digits swapped)"),
    ("yihuang-qiangmian-2021", 2, "rate_mismatch", "prose",
     "实际支出19.63万元，执行率87.63%", "实际支出19.63万元，执行率86.73%",
     "执行率86.73%",
     "县级配套 19.63 / 22.40 = 87.63%, the sentence says 86.73%"),
    ("yihuang-qiangmian-2021", 3, "score_exceeds_weight", "table",
     "\t119.29%\n\t10\n\t目标值设定偏保守，2022年调整为75%\n\n\t\n\t时效指标\n\t春秋两季集中免疫按时完成率\n\t5\n\t100%\n\t100%\n\t100%\n\t5\n",
     "\t119.29%\n\t5\n\t目标值设定偏保守，2022年调整为75%\n\n\t\n\t时效指标\n\t春秋两季集中免疫按时完成率\n\t5\n\t100%\n\t100%\n\t100%\n\t10\n",
     "春秋两季集中免疫按时完成率\n\t5\n\t100%\n\t100%\n\t100%\n\t10",
     "时效 row: weight 5, score 10 (the scores of this row and the 抗体合格率 row above were swapped, so weights and the total 98.70 still add up)"),
    ("yihuang-qiangmian-2021", 4, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "98.70 is in the 90-100 band: 优, not 良"),
    ("yihuang-qiangmian-2021", 5, "sum_mismatch", "prose",
     "免疫注射劳务补助19.85万元", "免疫注射劳务补助18.95万元",
     "全年执行的89.63万元中，疫苗采购61.28万元（占68.37%），免疫注射劳务补助18.95万元，免疫效果监测5.30万元，疫苗冷链运输及耗材3.20万元",
     "61.28 + 18.95 + 5.30 + 3.20 = 88.73, not the 89.63 executed (劳务补助 should be 19.85)"),
    ("yihuang-qiangmian-2021", 6, "year_mismatch", "prose",
     "现将宜黄县2021年度", "现将宜黄县2020年度",
     "宜黄县2020年度重大动物疫病强制免疫补助经费",
     "the report, its title and its table are for 2021; the opening claims the 2020 fund (template of last year not updated)"),

    # ---- 阿鲁科尔沁旗 2023 无害化处理 (web page, tab-separated rows) ----
    ("alukeerqin-wuhaihua-2023", 1, "balance_mismatch", "prose",
     "结余7.20万元", "结余7.02万元",
     "结余7.02万元",
     "全年预算 215.60 (all received) - 执行 208.40 = 7.20, stated 7.02"),
    ("alukeerqin-wuhaihua-2023", 2, "weight_sum_mismatch", "table",
     "94.2%\t10\t10\t", "94.2%\t12\t10\t",
     "养殖户满意度\t≥90%\t94.2%\t12\t10\t\n总分\t\t\t\t\t\t100",
     "满意度 weight printed 12 instead of 10: weights 10 + 50 + 30 + 12 = 102, the 总分 row says 100"),
    ("alukeerqin-wuhaihua-2023", 3, "average_mismatch", "prose",
     "平均每个收集点415.87吨", "平均每个收集点415.78吨",
     "平均每个收集点415.78吨",
     "(612.4 + 358.7 + 276.5) / 3 = 415.87, stated 415.78"),
    ("alukeerqin-wuhaihua-2023", 4, "unit_mismatch", "table",
     "≥3个\t3个\t", "≥3个\t100%\t",
     "≥3个\t100%",
     "收集暂存点运行数量: target in 个, actual written as a percentage; completion cannot be computed"),
    ("alukeerqin-wuhaihua-2023", 5, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "其他资金 budget and spending are 0.00: an execution rate of 100.00% on a zero base is impossible (should be —)"),
    ("alukeerqin-wuhaihua-2023", 6, "conflicting_values", "prose",
     "养殖户满意度为94.2%", "养殖户满意度为92.4%",
     "养殖户满意度为92.4%",
     "the satisfaction survey result is 94.2% in the 自评表 row 养殖户满意度, 92.4% in the text"),

    # ---- 洞口县 2019 非洲猪瘟 (Hunan outline, full-width bar tables) ----
    ("dongkou-feiwen-2019", 1, "score_sum_mismatch", "table",
     "｜100｜97.99｜", "｜100｜98.64｜",
     "总分｜｜｜｜｜｜100｜98.64",
     "row scores 9.64 + 50 + 28.35 + 10 = 97.99; 98.64 is the sum with 生猪出栏量 at 10 instead of 9.35"),
    ("dongkou-feiwen-2019", 2, "rate_mismatch", "table",
     "46.12｜3.88｜92.24%", "46.12｜3.88｜92.42%",
     "3.88｜92.42%",
     "县级财政 46.12 / 50.00 = 92.24%, the funds table prints 92.42%"),
    ("dongkou-feiwen-2019", 3, "completion_mismatch", "table",
     "1862份｜124.13%", "1862份｜124.31%",
     "124.31%",
     "监测样品采集数 1862 / 1500 = 124.13%, printed 124.31%"),
    ("dongkou-feiwen-2019", 4, "conflicting_values", "prose",
     "监测样品1862份送省", "监测样品1826份送省",
     "监测样品1826份",
     "the text says 1826 samples, the 自评表 row 监测样品采集数 says 1862份"),
    ("dongkou-feiwen-2019", 5, "year_mismatch", "prose",
     "截至2019年12月31日", "截至2018年12月31日",
     "截至2018年12月31日",
     "the 2019 spending (160.37万元, funds added in mid-2019) is dated to the end of 2018"),
    ("dongkou-feiwen-2019", 6, "sum_mismatch", "table",
     "宣传培训｜4.37", "宣传培训｜4.73",
     "宣传培训｜4.73\n应急处置及其他｜4.04\n合计｜160.37",
     "86.40 + 31.26 + 18.50 + 15.80 + 4.73 + 4.04 = 160.73, the 合计 row says 160.37 (宣传培训 should be 4.37)"),

    # ---- 温泉县 2024 防疫员补助 (MOF outline, text extracted from a PDF) ----
    ("wenquan-fangyiyuan-2024", 1, "average_mismatch", "prose",
     "平均每个岗位全年补助11937.50元", "平均每个岗位全年补助11973.50元",
     "平均每个岗位全年补助11973.50元",
     "573000元 / 48 posts = 11937.50元, stated 11973.50元"),
    ("wenquan-fangyiyuan-2024", 2, "unit_mismatch", "prose",
     "合计573000元", "合计573000万元",
     "573000万元",
     "the same payment is 57.30万元 (= 573000元); written 573000万元, off by 10^4"),
    ("wenquan-fangyiyuan-2024", 3, "balance_mismatch", "table",
     "县级财政配套资金 9.60 9.60 9.05 0.55", "县级财政配套资金 9.60 9.60 9.05 0.65",
     "9.60 9.60 9.05 0.65",
     "县级 到位 9.60 - 支出 9.05 = 0.55, the row prints 0.65"),
    ("wenquan-fangyiyuan-2024", 4, "grade_mismatch", "table",
     "评价等级：优秀", "评价等级：良好",
     "评价等级：良好",
     "total 97.91 is in the 90-100 band: 优秀, not 良好"),
    ("wenquan-fangyiyuan-2024", 5, "score_exceeds_weight", "table",
     "1000元/人·月 1000元/人·月 10 10\n效益指标 社会效益指标 应免畜禽免疫密度 ≥90% 95.6% 15 15",
     "1000元/人·月 1000元/人·月 10 15\n效益指标 社会效益指标 应免畜禽免疫密度 ≥90% 95.6% 15 10",
     "防疫员补助标准 1000元/人·月 1000元/人·月 10 15",
     "成本 row: weight 10, score 15 (scores of this row and the 免疫密度 row below swapped; total 97.91 unchanged)"),
    ("wenquan-fangyiyuan-2024", 6, "implausible_rate", "prose",
     "参训率100%", "参训率200%",
     "参训率200%",
     "96人次 over 2期 x 48人 is full attendance; 96人次 / 48人 gives 200%, a participation rate above 100%"),

    # ---- 定边县 2022 兽医实验室 (Shaanxi, '| a | b |' tables) ----
    ("dingbian-shouyilab-2022", 1, "weight_sum_mismatch", "table",
     "| 43.86万元 | 100% | 10 | 10 |", "| 43.86万元 | 100% | 15 | 10 |",
     "43.86万元 | 100% | 15",
     "成本指标 weight 15 instead of 10: weights add up to 105"),
    ("dingbian-shouyilab-2022", 2, "score_sum_mismatch", "prose",
     "自评得分99.33分", "自评得分99.53分",
     "自评得分99.53分",
     "9.75 + 49.58 + 30 + 10 = 99.33 (and the table rows add to 99.33), stated 99.53"),
    ("dingbian-shouyilab-2022", 3, "rate_mismatch", "prose",
     "支出19.52万元，执行率97.60%", "支出19.52万元，执行率96.70%",
     "执行率96.70%",
     "省级 19.52 / 20.00 = 97.60%, stated 96.70%"),
    ("dingbian-shouyilab-2022", 4, "sum_mismatch", "table",
     "| 仪器设备维护及校准 | 8.70 |", "| 仪器设备维护及校准 | 7.80 |",
     "仪器设备维护及校准 | 7.80 |\n| 采样及样品运送 | 6.52 |\n| 实验室生物安全及废弃物处理 | 4.18 |\n| 人员培训及能力比对 | 3.10 |\n| 合计 | 43.86",
     "21.36 + 7.80 + 6.52 + 4.18 + 3.10 = 42.96, the 合计 row says 43.86 (should be 8.70)"),
    ("dingbian-shouyilab-2022", 5, "conflicting_values", "prose",
     "病原学检测2874份", "病原学检测2847份",
     "病原学检测2847份",
     "the text says 2847 PCR samples, the 自评表 row 病原学（PCR）检测样品数 says 2874份"),
    ("dingbian-shouyilab-2022", 6, "completion_mismatch", "table",
     "| 2874份 | 95.80% |", "| 2874份 | 95.08% |",
     "95.08%",
     "病原学 2874 / 3000 = 95.80%, printed 95.08% (score 9.58 follows 95.80%)"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            k = clean.count(old)
            if k != 1:
                sys.exit(f"{src}-e{n}: old text matches {k} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in the error case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
