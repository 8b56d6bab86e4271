#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in
the clean draft. Each error case carries exactly one edit (one contiguous place).
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, [(code, where, old, new, value, explanation), ... six edits])
EDITS = [
    ("jx-xiajiang-wenyichuangzuo-2019", [
        ("year_mismatch", "prose",
         "已按规定结转至2020年使用", "已按规定结转至2019年使用",
         "结转至2019年",
         "the unspent 2.74万元 of the 2019 budget is said to be carried over to 2019 itself; a carry-over goes to a "
         "later year (2020)"),
        ("unit_mismatch", "prose",
         "按每部15000元的标准", "按每部15000万元的标准",
         "每部15000万元",
         "12 works x 15000万元 cannot give 18.00万元; the 15000元 (=1.5万元, as in the cost row) standard is written "
         "with the unit 万元, off by 10^4"),
        ("implausible_rate", "table",
         "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
         "0.00｜—｜100.00%",
         "execution rate 100.00% printed for 其他资金 whose budget and spending are 0.00: a rate on a zero base"),
        ("score_exceeds_weight", "table",
         "≥4期｜5期｜5｜5｜增设青年作者改稿班1期\n产出指标｜质量指标｜扶持作品在市级以上报刊发表或获奖｜≥10件｜9件｜8｜7.2",
         "≥4期｜5期｜5｜6｜增设青年作者改稿班1期\n产出指标｜质量指标｜扶持作品在市级以上报刊发表或获奖｜≥10件｜9件｜8｜6.2",
         "5期｜5｜6",
         "采风及创作培训 scored 6 against a weight of 5 (the next row was lowered from 7.2 to 6.2, so 产出 49.20 and the "
         "total 93.70 still add up)"),
        ("rate_mismatch", "table",
         "｜45.26｜—｜94.29%｜", "｜45.26｜—｜92.49%｜",
         "92.49%",
         "当年财政拨款 row: 45.26 / 48.00 = 94.29%, printed 92.49%"),
        ("grade_mismatch", "prose",
         "评价等级为优。", "评价等级为良。",
         "评价等级为良",
         "a total of 93.70 lies in the 优 band (90 and above), not 良"),
    ]),
    ("gs-huating-qunzhongwenyi-2022", [
        ("completion_mismatch", "table",
         "\t2.88万人次\n\t115.20%\n", "\t2.88万人次\n\t105.20%\n",
         "105.20%",
         "现场观众 row: actual 2.88万人次 / target 2.5万人次 = 115.20%, printed 105.20%"),
        ("average_mismatch", "prose",
         "期均78人次", "期均87人次",
         "期均87人次",
         "(72 + 85 + 78 + 77) / 4 = 78 per training session, stated 87"),
        ("balance_mismatch", "prose",
         "年末结余2.52万元", "年末结余2.25万元",
         "结余2.25万元",
         "received 42.00 - spent 39.48 = 2.52万元, stated 2.25万元"),
        ("weight_sum_mismatch", "table",
         "\t“文艺轻骑兵”下乡演出场次\n\t8\n", "\t“文艺轻骑兵”下乡演出场次\n\t10\n",
         "“文艺轻骑兵”下乡演出场次\n\t10",
         "weight of the row raised from 8 to 10: weights now total 102 and 产出 52 against the 50 stated in the text"),
        ("conflicting_values", "prose",
         "活动经费42.00万元的使用情况", "活动经费24.00万元的使用情况",
         "24.00万元",
         "the opening evaluates 24.00万元 while the same fund is 42.00万元 (35.00 + 7.00) in the funds table"),
        ("unit_mismatch", "table",
         "\t≤30天\n\t21天\n", "\t≤30天\n\t100%\n",
         "≤30天\n\t100%",
         "活动补助发放时限: target in days (≤30天), actual given as a percentage (100%)"),
    ]),
    ("sc-yingjing-wenyifuchi-2023", [
        ("sum_mismatch", "table",
         "单位资金｜5.00｜5.00｜2.60｜", "单位资金｜5.00｜5.00｜2.06｜",
         "5.00｜2.06",
         "全年执行数 column: 64.57 + 0.00 + 2.06 + 3.00 = 69.63, but 年度资金总额 shows 70.17"),
        ("score_sum_mismatch", "table",
         "｜100｜95.33｜", "｜100｜96.33｜",
         "100｜96.33",
         "9.23 (execution) + 57.50 (产出) + 28.60 (效益) = 95.33, total row shows 96.33"),
        ("rate_mismatch", "prose",
         "到位率97.37%", "到位率97.73%",
         "到位率97.73%",
         "received 74.00 / annual budget 76.00 = 97.37%, stated 97.73%"),
        ("score_exceeds_weight", "table",
         "｜3｜8｜8｜文化节期间增办1场\n产出指标｜质量指标｜扶持作品在省级以上报刊发表或展览入选｜≥｜4｜件｜3｜10｜7.5｜",
         "｜3｜8｜9｜文化节期间增办1场\n产出指标｜质量指标｜扶持作品在省级以上报刊发表或展览入选｜≥｜4｜件｜3｜10｜6.5｜",
         "场｜3｜8｜9",
         "砂器文化主题展览 scored 9 against a weight of 8 (the next row was lowered from 7.5 to 6.5, so 产出 57.50 and "
         "the total 95.33 still add up)"),
        ("year_mismatch", "prose",
         "结转至2024年", "结转至2023年",
         "结转至2023年",
         "the 2023 balance is said to be carried over to 2023 itself; a carry-over goes to a later year (2024)"),
        ("average_mismatch", "prose",
         "场均626.67人次", "场均636.67人次",
         "场均636.67人次",
         "(620 + 540 + 710 + 480 + 830 + 580) / 6 = 3760 / 6 = 626.67, stated 636.67"),
    ]),
    ("hb-baokang-minjianwenyi-2020", [
        ("rate_mismatch", "prose",
         "县级资金执行率85.11%", "县级资金执行率81.51%",
         "县级资金执行率81.51%",
         "county funds: spent 15.32 / budget 18.00 = 85.11%, stated 81.51%"),
        ("sum_mismatch", "table",
         "实际到位数\t30.00\t8.00\t4.00\t18.00\t0.00", "实际到位数\t30.00\t8.00\t4.00\t16.00\t0.00",
         "4.00\t16.00",
         "实际到位数 row: 8.00 + 4.00 + 16.00 + 0.00 = 28.00, but 合计 shows 30.00"),
        ("grade_mismatch", "prose",
         "评价等级为良。", "评价等级为优。",
         "评价等级为优",
         "a total of 89.21 lies in the 良 band (80 to below 90), not 优"),
        ("score_sum_mismatch", "prose",
         "本项目得分89.21分", "本项目得分89.12分",
         "得分89.12分",
         "17.89 + 40.61 + 20.87 + 9.84 = 89.21 (the table rows give the same), stated 89.12"),
        ("completion_mismatch", "table",
         "｜186条｜124.00%｜", "｜186条｜142.00%｜",
         "142.00%",
         "普查采录 row: 186 / 150 = 124.00%, printed 142.00%"),
        ("unit_mismatch", "prose",
         "每点补助3000元", "每点补助3000万元",
         "每点补助3000万元",
         "12 points x 3000万元 cannot give 3.60万元; the 3000元 subsidy is written with the unit 万元, off by 10^4"),
    ]),
    ("gd-huazhou-wenlian-bumen-2024", [
        ("average_mismatch", "prose",
         "平均得分为94.33分", "平均得分为94.83分",
         "平均得分为94.83分",
         "(96 + 92.5 + 94.5) / 3 = 94.33, stated 94.83"),
        ("conflicting_values", "table",
         "| 扶持文艺作品 | ≥12部 | 15部 |", "| 扶持文艺作品 | ≥12部 | 18部 |",
         "18部",
         "the indicator table gives 18 supported works, the project paragraph 15部（件） (15 x 6000元 = 9.00万元)"),
        ("balance_mismatch", "table",
         "| 96.16% | 1.48 |", "| 96.16% | 1.84 |",
         "96.16% | 1.84",
         "群众文艺活动项目: 38.50 - 37.02 = 1.48万元 left, printed 1.84"),
        ("weight_sum_mismatch", "table",
         "| 群众文艺活动场次 | ≥40场 | 46场 | 10 | 10 |", "| 群众文艺活动场次 | ≥40场 | 46场 | 12 | 10 |",
         "46场 | 12",
         "weight of the row raised from 10 to 12: the 分值 column now totals 102 against the 100 in the 合计 row"),
        ("sum_mismatch", "prose",
         "公务用车运行维护费2.44万元", "公务用车运行维护费2.54万元",
         "2.54万元",
         "三公经费: 0.42 + 2.54 + 0 = 2.96, stated total 2.86万元"),
        ("implausible_rate", "table",
         "| 96.8% |", "| 106.8% |",
         "106.8%",
         "satisfaction of 106.8%: a rate above 100%"),
    ]),
]


def main():
    labels = []
    for src, edits in EDITS:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        if len(edits) != 6:
            sys.exit(f"{src}: {len(edits)} edits, expected 6")
        for i, (code, where, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-e{i}: old text matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{i}: label value not in case: {value!r}")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
