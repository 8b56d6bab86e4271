#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit: an exact old -> new replacement whose `old` must
occur exactly once in the clean draft.  `value` is the label value (an exact substring of the error case that
contains the changed figure).  Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zj-wuxing-rencaichuangye-2022",
    "js-wujin-rencaianju-2020",
    "sd-zouping-chanyerencai-2019",
    "sc-jingyang-boshihoujidi-2024",
    "fj-xinluo-renshebumen-2021",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- zj-wuxing-rencaichuangye-2022 -------------------------------------------------------------
    ("zj-wuxing-rencaichuangye-2022", 1, "conflicting_values", "prose",
     "带动新增就业岗位342个；", "带动新增就业岗位324个；", "新增就业岗位324个",
     "the 效益 paragraph gives 324 new jobs, the 自评表 row 带动新增就业岗位 gives 342个 for the same indicator"),
    ("zj-wuxing-rencaichuangye-2022", 2, "sum_mismatch", "prose",
     "当年财政拨款1650.00万元", "当年财政拨款1560.00万元", "当年财政拨款1560.00万元",
     "1560.00 + 上年结转150.00 = 1710.00, but 年初预算 is stated as 1800.00 (should be 1650.00)"),
    ("zj-wuxing-rencaichuangye-2022", 3, "weight_sum_mismatch", "table",
     "| 资助创新创业项目数 | ≥15个 | 16个 | 8 | 8 |", "| 资助创新创业项目数 | ≥15个 | 16个 | 9 | 8 |",
     "16个 | 9 | 8",
     "产出 weights 10 + 9 + 8 + 8 + 8 + 8 = 51 against 小计 50; all weights now total 101, not 100"),
    ("zj-wuxing-rencaichuangye-2022", 4, "score_exceeds_weight", "table",
     "| 96.24% | 8 | 8 | — |\n| 产出指标 | 时效指标 | 补贴资金拨付及时率 | 100% | 100% | 8 | 8 |",
     "| 96.24% | 8 | 9 | — |\n| 产出指标 | 时效指标 | 补贴资金拨付及时率 | 100% | 100% | 8 | 7 |",
     "96.24% | 8 | 9",
     "补贴兑现率 scored 9 against a weight of 8 (the next row lowered to 7 so that 小计 49.78 and 合计 99.19 still hold)"),
    ("zj-wuxing-rencaichuangye-2022", 5, "year_mismatch", "prose",
     "结转至2023年", "结转至2022年", "结转至2022年",
     "the unspent part of the 2022 budget is carried over to 2022 itself; a carry-over must go to a later year (2023)"),
    ("zj-wuxing-rencaichuangye-2022", 6, "unit_mismatch", "table",
     "| ≥3.5亿元 | 3.86亿元 |", "| ≥3.5亿元 | 110.29% |", "≥3.5亿元 | 110.29%",
     "target is an amount in 亿元, actual is a percentage: completion cannot be computed"),
    # ---- js-wujin-rencaianju-2020 ------------------------------------------------------------------
    ("js-wujin-rencaianju-2020", 1, "rate_mismatch", "prose",
     "到位率97.21%", "到位率97.12%", "到位率97.12%",
     "到位 836.00 / 全年预算 860.00 = 97.21%, stated 97.12%"),
    ("js-wujin-rencaianju-2020", 2, "balance_mismatch", "prose",
     "年末结余40.64万元", "年末结余46.04万元", "年末结余46.04万元",
     "到位 836.00 - 支出 795.36 = 40.64, stated 46.04"),
    ("js-wujin-rencaianju-2020", 3, "completion_mismatch", "table",
     "｜108人｜108.00%｜", "｜108人｜118.00%｜", "108人｜118.00%",
     "租房补贴发放人数 108 / target 100 = 108.00%, stated 118.00%"),
    ("js-wujin-rencaianju-2020", 4, "score_sum_mismatch", "table",
     "小计｜｜｜｜｜｜30｜29.4", "小计｜｜｜｜｜｜30｜29.6", "30｜29.6",
     "效益 rows score 14.4 + 15 = 29.4, 小计 says 29.6; 9.25 + 50 + 29.6 + 10 = 98.85 against 合计 98.65"),
    ("js-wujin-rencaianju-2020", 5, "implausible_rate", "prose",
     "满意度为98.5%", "满意度为108.5%", "满意度为108.5%",
     "a satisfaction rate above 100% is impossible"),
    ("js-wujin-rencaianju-2020", 6, "grade_mismatch", "table",
     "评价等级｜优", "评价等级｜良", "评价等级｜良",
     "total 98.65 lies in the 优 band (>= 90), the table says 良"),
    # ---- sd-zouping-chanyerencai-2019 --------------------------------------------------------------
    ("sd-zouping-chanyerencai-2019", 1, "average_mismatch", "prose",
     "平均每个团队130万元", "平均每个团队135万元", "平均每个团队135万元",
     "(200 + 150 + 150 + 100 + 100 + 80) / 6 = 130, stated 135"),
    ("sd-zouping-chanyerencai-2019", 2, "completion_mismatch", "table",
     "| 88.24% | 98.04% |", "| 88.24% | 98.40% |", "88.24% | 98.40%",
     "团队年度考核合格率 88.24 / 90 = 98.04%, stated 98.40%"),
    ("sd-zouping-chanyerencai-2019", 3, "conflicting_values", "prose",
     "获授权发明专利27件", "获授权发明专利29件", "获授权发明专利29件",
     "the 效益 paragraph gives 29 patents, the 自评表 row 新增发明专利授权 gives 27件"),
    ("sd-zouping-chanyerencai-2019", 4, "unit_mismatch", "prose",
     "人才评审及服务费124000元", "人才评审及服务费124000万元", "124000万元",
     "the 12.40万元 part (124000元) labelled 万元: 780.00 + 244.00 + 124000 != 1036.40, reconciled exactly by reading it as 元"),
    ("sd-zouping-chanyerencai-2019", 5, "sum_mismatch", "table",
     "| 滨州市级资金 | 200.00 |", "| 滨州市级资金 | 260.00 |", "滨州市级资金 | 260.00",
     "年初预算 column 300.00 + 260.00 + 1000.00 = 1560.00 against 合计 1500.00 (and 260 + 追加40 != 全年240)"),
    ("sd-zouping-chanyerencai-2019", 6, "rate_mismatch", "table",
     "| 228.60 | 95.25% |", "| 228.60 | 95.52% |", "228.60 | 95.52%",
     "滨州市级资金 228.60 / 240.00 = 95.25%, stated 95.52%"),
    # ---- sc-jingyang-boshihoujidi-2024 -------------------------------------------------------------
    ("sc-jingyang-boshihoujidi-2024", 1, "weight_sum_mismatch", "table",
     "| 新设博士后创新实践基地 | ≥ | 个 | 3 | 3 | 9 | 9 |", "| 新设博士后创新实践基地 | ≥ | 个 | 3 | 3 | 10 | 9 |",
     "3 | 3 | 10 | 9",
     "产出 weights 9 + 10 + 9 + 9 + 9 = 46 against 小计 45; indicator weights 91 + execution 10 = 101"),
    ("sc-jingyang-boshihoujidi-2024", 2, "score_exceeds_weight", "table",
     "| 29 | 12 | 12 | |\n| 效益指标 | 可持续影响指标 | 引进人才一年内留存率 | ≥ | % | 90 | 93.75 | 12 | 12 |",
     "| 29 | 12 | 13 | |\n| 效益指标 | 可持续影响指标 | 引进人才一年内留存率 | ≥ | % | 90 | 93.75 | 12 | 11 |",
     "29 | 12 | 13",
     "引进人才服务企业数 scored 13 against a weight of 12 (the next row lowered to 11 so that 小计 35 still holds)"),
    ("sc-jingyang-boshihoujidi-2024", 3, "year_mismatch", "table",
     "| 评价年度 | 2024年度 |", "| 评价年度 | 2023年度 |", "评价年度 | 2023年度",
     "the 自评表 header claims 2023 for a report, budget and spending of 2024"),
    ("sc-jingyang-boshihoujidi-2024", 4, "implausible_rate", "table",
     "| 财政专户管理资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
     "| 财政专户管理资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | — |",
     "财政专户管理资金 | 0.00 | 0.00 | 0.00 | — | 100.00%",
     "an execution rate of 100.00% on a zero budget (全年预算 0.00): rate on a zero base"),
    ("sc-jingyang-boshihoujidi-2024", 5, "grade_mismatch", "prose",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 98.30 lies in the 优 band (>= 90), the text says 良"),
    ("sc-jingyang-boshihoujidi-2024", 6, "balance_mismatch", "prose",
     "结余42.70万元", "结余47.20万元", "结余47.20万元",
     "到位 735.00 - 支出 692.30 = 42.70, stated 47.20"),
    # ---- fj-xinluo-renshebumen-2021 ----------------------------------------------------------------
    ("fj-xinluo-renshebumen-2021", 1, "average_mismatch", "table",
     "| 平均得分 | | | | 94.00 |", "| 平均得分 | | | | 94.50 |", "平均得分 | | | | 94.50",
     "(95.5 + 91 + 96 + 93.5) / 4 = 94.00, stated 94.50"),
    ("fj-xinluo-renshebumen-2021", 2, "score_sum_mismatch", "prose",
     "过程指标得分19.32分", "过程指标得分19.23分", "过程指标得分19.23分",
     "过程 rows score 6 + 3.32 + 5 + 5 = 19.32, stated 19.23; 19.40 + 19.23 + 39.40 + 20 = 98.03 against the stated 98.12"),
    ("fj-xinluo-renshebumen-2021", 3, "rate_mismatch", "prose",
     "执行率91.38%", "执行率91.83%", "执行率91.83%",
     "项目支出 2242.46 / 2454.00 = 91.38%, stated 91.83%"),
    ("fj-xinluo-renshebumen-2021", 4, "conflicting_values", "prose",
     "全年引进高层次人才34名", "全年引进高层次人才43名", "全年引进高层次人才43名",
     "43 talents in section 三（一） against 34 in the category table, the completion sentence and the scoring table"),
    ("fj-xinluo-renshebumen-2021", 5, "completion_mismatch", "prose",
     "完成率113.33%", "完成率131.33%", "完成率131.33%",
     "actual 34 / target 30 = 113.33%, stated 131.33%"),
    ("fj-xinluo-renshebumen-2021", 6, "sum_mismatch", "table",
     "| C类 | 19 | 24 |", "| C类 | 19 | 26 |", "C类 | 19 | 26",
     "2021 column 3 + 7 + 26 = 36 against 合计 34 (and first-instalment 3x60 + 7x30 + 26x12 = 702 against 678.00)"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted([e for e in EDITS if e[0] == pid], key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for (_, n, code, where, old, new, value, expl) in edits:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid}-e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{pid}-e{n}: label value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
