#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts273 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hb-suning-qingjiequnuan-2021",
    "gs-huanxian-guangfuyunwei-2022",
    "jx-suichuan-zhaoqi-2019",
    "sd-qihe-chongdian-2024",
    "qh-guide-fgjbumen-2023",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Hebei, Suning: clean heating (MOF table + prose) ----
    ("hb-suning-qingjiequnuan-2021", 1, "rate_mismatch", "prose",
     "省级资金已支出612.36万元，支出率94.50%",
     "省级资金已支出612.36万元，支出率94.05%",
     "支出率94.05%",
     "provincial funds 612.36 spent of 648.00 = 94.50%, stated 94.05%"),
    ("hb-suning-qingjiequnuan-2021", 2, "score_exceeds_weight", "table",
     "清洁取暖改造户数｜≥8,600户｜8,742户｜15｜15｜\n产出指标｜数量指标｜完成改造村数｜≥64个｜62个｜10｜9.69｜",
     "清洁取暖改造户数｜≥8,600户｜8,742户｜15｜15.25｜\n产出指标｜数量指标｜完成改造村数｜≥64个｜62个｜10｜9.44｜",
     "8,742户｜15｜15.25",
     "score 15.25 above the weight 15 (15 x 101.65%); the village row was lowered to 9.44 so the total still reads 99.42"),
    ("hb-suning-qingjiequnuan-2021", 3, "unit_mismatch", "table",
     "｜≤2,500元｜2,388元｜",
     "｜≤2,500元｜95.52%｜",
     "≤2,500元｜95.52%",
     "target in 元 per household, actual given as a percentage (2,388/2,500): completion cannot be computed"),
    ("hb-suning-qingjiequnuan-2021", 4, "average_mismatch", "prose",
     "平均18.6℃",
     "平均18.8℃",
     "平均18.8℃",
     "(18.2 + 19.0 + 18.5 + 18.9 + 18.4) / 5 = 18.6, stated 18.8"),
    ("hb-suning-qingjiequnuan-2021", 5, "year_mismatch", "prose",
     "截至2021年12月31日，全年执行",
     "截至2020年12月31日，全年执行",
     "截至2020年12月31日",
     "the 2021 execution figures are dated 31 December 2020 (last year's report text)"),
    ("hb-suning-qingjiequnuan-2021", 6, "completion_mismatch", "prose",
     "完成率101.65%",
     "完成率101.56%",
     "完成率101.56%",
     "8,742 / 8,600 = 101.65%, stated 101.56%"),

    # ---- Gansu, Huanxian: PV station maintenance (MOF table + prose) ----
    ("gs-huanxian-guangfuyunwei-2022", 1, "rate_mismatch", "table",
     "｜238.40｜—｜99.33%｜",
     "｜238.40｜—｜98.33%｜",
     "238.40｜—｜98.33%",
     "当年财政拨款 row: 238.40 / 240.00 = 99.33%, stated 98.33%"),
    ("gs-huanxian-guangfuyunwei-2022", 2, "sum_mismatch", "table",
     "其中：当年财政拨款｜240.00｜240.00",
     "其中：当年财政拨款｜420.00｜240.00",
     "当年财政拨款｜420.00",
     "年初预算数 column: 420.00 + 0.00 + 100.00 = 520.00, total row says 340.00 (digits of 240.00 swapped)"),
    ("gs-huanxian-guangfuyunwei-2022", 3, "weight_sum_mismatch", "table",
     "电站年平均可利用率｜≥98%｜96.5%｜10｜9.85",
     "电站年平均可利用率｜≥98%｜96.5%｜12｜9.85",
     "96.5%｜12｜9.85",
     "weights now add up to 102 (execution 10 + outputs 52 + benefits 30 + satisfaction 10)"),
    ("gs-huanxian-guangfuyunwei-2022", 4, "grade_mismatch", "prose",
     "评价等级为优。",
     "评价等级为良。",
     "评价等级为良",
     "total 96.28 lies in the 优 band (90-100)"),
    ("gs-huanxian-guangfuyunwei-2022", 5, "implausible_rate", "prose",
     "实际支出30.72万元，执行率96.00%",
     "实际支出34.56万元，执行率108.00%",
     "实际支出34.56万元，执行率108.00%",
     "34.56 spent of a 32.00 sub-item budget: execution rate 108.00% is above 100%"),
    ("gs-huanxian-guangfuyunwei-2022", 6, "balance_mismatch", "prose",
     "年末结余15.24万元",
     "年末结余15.42万元",
     "15.42万元",
     "received 386.50 - spent 371.26 = 15.24, stated 15.42"),

    # ---- Jiangxi, Suichuan: biogas pits (prose only) ----
    ("jx-suichuan-zhaoqi-2019", 1, "conflicting_values", "prose",
     "培训农户648人次，32个",
     "培训农户684人次，32个",
     "培训农户684人次",
     "the opening gives 684 trainees, section 三 gives 648人次 (completion 108.00% of 600)"),
    ("jx-suichuan-zhaoqi-2019", 2, "unit_mismatch", "prose",
     "沼气池维修补助41.40万元",
     "沼气池维修补助414,000.00万元",
     "414,000.00万元",
     "a 元 figure labelled 万元: 1,380 x 300元 = 414,000元 = 41.40万元; the parts only add to 62.18 with 41.40"),
    ("jx-suichuan-zhaoqi-2019", 3, "completion_mismatch", "prose",
     "为年度目标1,100吨的75.09%",
     "为年度目标1,100吨的75.90%",
     "1,100吨的75.90%",
     "826 / 1,100 = 75.09%, stated 75.90%"),
    ("jx-suichuan-zhaoqi-2019", 4, "average_mismatch", "prose",
     "平均每个乡镇抽查40户",
     "平均每个乡镇抽查42户",
     "平均每个乡镇抽查42户",
     "(46 + 52 + 38 + 41 + 35 + 28) / 6 = 40, stated 42"),
    ("jx-suichuan-zhaoqi-2019", 5, "score_sum_mismatch", "prose",
     "综合得分89.48分",
     "综合得分89.84分",
     "综合得分89.84分",
     "7.32 + 45.02 + 27.51 + 9.63 = 89.48, stated 89.84"),
    ("jx-suichuan-zhaoqi-2019", 6, "year_mismatch", "prose",
     "结转至2020年继续使用",
     "结转至2019年继续使用",
     "结转至2019年",
     "the unspent part of the 2019 budget is carried over to 2019 itself"),

    # ---- Shandong, Qihe: charging infrastructure (table with 完成率 column) ----
    ("sd-qihe-chongdian-2024", 1, "completion_mismatch", "table",
     "｜1,026万千瓦时｜114.00%｜",
     "｜1,026万千瓦时｜104.00%｜",
     "1,026万千瓦时｜104.00%",
     "1,026 / 900 = 114.00%, stated 104.00%"),
    ("sd-qihe-chongdian-2024", 2, "score_exceeds_weight", "table",
     "｜606台｜104.48%｜10｜10｜\n产出指标｜数量指标｜建成乡镇（街道）公共充电站｜15个｜14个｜93.33%｜10｜9.33｜",
     "｜606台｜104.48%｜10｜10.45｜\n产出指标｜数量指标｜建成乡镇（街道）公共充电站｜15个｜14个｜93.33%｜10｜8.88｜",
     "104.48%｜10｜10.45",
     "score 10.45 above the weight 10 (10 x 104.48%); the next row was lowered to 8.88 so 产出 still totals 49.33"),
    ("sd-qihe-chongdian-2024", 3, "sum_mismatch", "prose",
     "214万、238万、281万和293万千瓦时",
     "214万、238万、218万和293万千瓦时",
     "214万、238万、218万和293万千瓦时，全年1,026万千瓦时",
     "214 + 238 + 218 + 293 = 963, stated annual total 1,026"),
    ("sd-qihe-chongdian-2024", 4, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget"),
    ("sd-qihe-chongdian-2024", 5, "score_sum_mismatch", "prose",
     "合计98.57分",
     "合计98.75分",
     "合计98.75分",
     "9.24 + 49.33 + 30 + 10 = 98.57, stated 98.75"),
    ("sd-qihe-chongdian-2024", 6, "year_mismatch", "table",
     "评价年度｜2024年",
     "评价年度｜2023年",
     "评价年度｜2023年",
     "the 2024 report's table claims evaluation year 2023"),

    # ---- Qinghai, Guide: department-wide report (部门整体) ----
    ("qh-guide-fgjbumen-2023", 1, "rate_mismatch", "table",
     "｜828.72｜—｜94.81%｜",
     "｜828.72｜—｜94.18%｜",
     "828.72｜—｜94.18%",
     "项目支出 row: 828.72 / 874.08 = 94.81%, stated 94.18%"),
    ("qh-guide-fgjbumen-2023", 2, "balance_mismatch", "prose",
     "年末项目支出结转45.36万元",
     "年末项目支出结转54.36万元",
     "结转54.36万元",
     "project budget 874.08 - spent 828.72 = 45.36 (also 1,286.45 - 1,241.09), stated 54.36"),
    ("qh-guide-fgjbumen-2023", 3, "weight_sum_mismatch", "table",
     "服务对象满意度｜≥90%｜95.6%｜10｜10｜",
     "服务对象满意度｜≥90%｜95.6%｜15｜10｜",
     "95.6%｜15｜10",
     "weights now add up to 105 (satisfaction 15)"),
    ("qh-guide-fgjbumen-2023", 4, "grade_mismatch", "table",
     "评价等级｜优",
     "评价等级｜良",
     "评价等级｜良",
     "total 99.37 lies in the 优 band; the report text also says 优"),
    ("qh-guide-fgjbumen-2023", 5, "conflicting_values", "table",
     "｜88.6公里｜10｜10｜",
     "｜86.8公里｜10｜10｜",
     "86.8公里",
     "the text gives 88.6公里 of 10千伏 lines, the table 86.8公里"),
    ("qh-guide-fgjbumen-2023", 6, "unit_mismatch", "table",
     "基本支出｜396.20｜412.37｜412.37｜",
     "基本支出｜396.20｜412.37｜4,123,700.00｜",
     "4,123,700.00",
     "a 元 figure in a 万元 column: 4,123,700.00元 = 412.37万元; with it rescaled 412.37 + 828.72 = 1,241.09 and the rate is 100%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value {value!r} not in the case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(r['clean'] for r in labels)} clean)")


if __name__ == "__main__":
    main()
