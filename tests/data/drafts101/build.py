#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n101 from the clean drafts.

Each project has a hand-written clean draft cases/<id>-clean.txt.  EDITS below lists, per project, the
injected errors: one contiguous replacement (old -> new) of at most 16 changed characters on one line,
or, for score rows (kind "score_rows"), one small replacement on each of two adjacent table rows.
`old` must occur exactly once in the clean draft.  `value` is the labelled substring of the error case:
either a string, or a pair (start, end) meaning the text from the unique occurrence of `start` through
the first occurrence of `end` after it (used for sums, score totals and weight totals, where the value
spans from the changed part to the total).

Pure Python 3, no third-party packages.  Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "nierong-immunization-2019",
    "leiwuqi-deadstock-2022",
    "zeku-fangyiyuan-2021",
    "wulan-animalcdc-2024",
    "nileke-immunization-2018",
]

EDITS = {
    # 西藏那曲市聂荣县 2019 强制免疫补助 (MOF layout, funds block + indicator table)
    "nierong-immunization-2019": [
        dict(code="rate_mismatch",
             edits=[("| 0.85 | 0.83 | 97.65 |", "| 0.85 | 0.83 | 97.56 |")],
             value="97.56",
             explanation="禽流感 免疫密度 0.83/0.85 = 97.65%, stated 97.56% (digits transposed when retyped)"),
        dict(code="sum_mismatch",
             edits=[("县级配套16.00万元。截至", "县级配套12.00万元。截至")],
             value=("全年预算180.50万元，其中中央财政补助", "县级配套12.00"),
             explanation="126.00 + 38.50 + 12.00 = 176.50, stated total 180.50 (county share left at its 年初 value 12.00, "
                         "the 4.00 追加 not added)"),
        dict(code="grade_mismatch",
             edits=[("自评等级为“良好”", "自评等级为“优秀”")],
             value="自评等级为“优秀”",
             explanation="total 89.79 is in the 良 band (80 <= s < 90), stated 优秀"),
        dict(code="average_mismatch",
             edits=[("三批平均合格率87.21%", "三批平均合格率86.89%")],
             value="三批平均合格率86.89%",
             explanation="(85.21 + 88.57 + 87.86) / 3 = 87.21; 86.89 is the mean of the first two batches only"),
        dict(code="implausible_rate",
             edits=[("| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
                     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00 | — |")],
             value="上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00",
             explanation="execution rate 100.00% printed for 上年结转资金 whose 全年预算数 is 0.00: a rate on a zero base "
                         "(filled down from the row above)"),
        dict(code="completion_mismatch",
             edits=[("完成年度指标（150人次）的80.00%", "完成年度指标（150人次）的125.00%")],
             value="125.00%",
             explanation="120 / 150 = 80.00%; 125.00% is the inverted ratio 150 / 120"),
    ],
    # 西藏昌都市类乌齐县 2022 病死畜禽无害化处理补助 (Hunan-style outline, 附件 自评表)
    "leiwuqi-deadstock-2022": [
        dict(code="balance_mismatch",
             edits=[("年末结余2.84万元", "年末结余5.34万元")],
             value="结余5.34万元",
             explanation="到位 58.30 - 执行 55.46 = 2.84; 5.34 is 全年预算 60.80 - 55.46, the wrong base when 到位 is given"),
        dict(code="score_sum_mismatch",
             edits=[("| ≥24台 | 20台 | 5 | 4.17 |", "| ≥24台 | 20台 | 5 | 4.71 |")],
             value=("4.71 | 中标价高于测算价", "| 100 | 96.79"),
             explanation="row scores now add to 9.12 + 49.71 + 28.50 + 10 = 97.33, stated 总分 96.79 (冷冻收集设备 row "
                         "retyped 4.17 -> 4.71, total not updated)"),
        dict(code="unit_mismatch",
             edits=[("无害化处理补助32.74万元，处理场", "无害化处理补助327400万元，处理场")],
             value="327400万元",
             explanation="the subsidy is 327400元 = 32.74万元; written as 327400万元 it is off by 10^4 and breaks 55.46 = "
                         "32.74 + 12.36 + 6.80 + 3.56"),
        dict(code="year_mismatch",
             edits=[("结转2023年使用", "结转2022年使用")],
             value="结转2022年使用",
             explanation="unspent money of the 2022 budget is carried to 2023, not to 2022 itself"),
        dict(code="conflicting_values",
             edits=[("牦牛处理1236头", "牦牛处理1263头")],
             value="1263头",
             explanation="the table (and 1236 x 150 = 185400元) gives 1236 yaks treated; the text says 1263"),
        dict(code="rate_mismatch",
             edits=[("预算执行率91.22%，到位资金", "预算执行率99.04%，到位资金")],
             value="预算执行率99.04%",
             explanation="55.46 / 60.80 = 91.22%; 99.04% is 55.46 / 56.00, computed on the 年初预算 instead of 全年预算"),
    ],
    # 青海黄南州泽库县 2021 村级防疫员补助及强制免疫 (table with 完成率 column)
    "zeku-fangyiyuan-2021": [
        dict(code="score_exceeds_weight", kind="score_rows",
             edits=[("| 88.40% | 98.22 | 6 | 5.89 |", "| 88.40% | 98.22 | 6 | 6.89 |"),
                    ("| 93.75% | 104.17 | 8 | 8 |", "| 93.75% | 104.17 | 8 | 7 |")],
             value="98.22 | 6 | 6.89",
             explanation="宣传入户率 scored 6.89 against a weight of 6 (the next row lowered 8 -> 7 so the total still "
                         "reads 98.63)"),
        dict(code="weight_sum_mismatch",
             edits=[("| ≤3% | 1.82% | 100.00 | 6 | 6 |", "| ≤3% | 1.82% | 100.00 | 8 | 6 |")],
             value=("1.82% | 100.00 | 8 | 6", "| 合计 | | | | | | 100"),
             explanation="weights now add to 102 (效益 32 against 30): 牲畜因病死亡率 weight 6 -> 8"),
        dict(code="average_mismatch",
             edits=[("免疫密度平均为97.76%", "免疫密度平均为97.64%")],
             value="平均为97.64%",
             explanation="mean of the 7 township rates is 684.32 / 7 = 97.76; 97.64 is the mean of 6 (多禾茂乡 left out)"),
        dict(code="unit_mismatch",
             edits=[("| =128名 | 128名 | 100.00 |", "| =128名 | 100% | 100.00 |")],
             value="=128名 | 100%",
             explanation="target is a head count (=128名), actual written as a percentage (100%)"),
        dict(code="completion_mismatch",
             edits=[("| 97.40% | 108.22 |", "| 97.40% | 8.22 |")],
             value="97.40% | 8.22",
             explanation="97.40 / 90 = 108.22%; 8.22 is the deviation (97.40 - 90) / 90, not the completion rate"),
        dict(code="sum_mismatch",
             edits=[("免疫物资及耗材46.32万元", "免疫物资及耗材43.62万元")],
             value=("全年实际支出211.65万元", "免疫物资及耗材43.62万元"),
             explanation="122.88 + 43.62 + 3.60 + 27.05 + 7.80 + 4.00 = 208.95, stated 211.65 (46.32 retyped as 43.62)"),
    ],
    # 青海海西州乌兰县动物疫病预防控制中心 2024 部门整体支出 (department summary)
    "wulan-animalcdc-2024": [
        dict(code="grade_mismatch",
             edits=[("| 评价等级 | 优 |", "| 评价等级 | 良 |")],
             value="评价等级 | 良",
             explanation="total 95.77 is in the 优 band, the summary table says 良"),
        dict(code="score_sum_mismatch",
             edits=[("| ≥95% | 88.00% | 6 | 5.56 |", "| ≥95% | 88.00% | 6 | 6 |")],
             value=("88.00% | 6 | 6 |", "| 100 | 95.77"),
             explanation="row scores now add to 96.21, stated 合计 95.77 (覆盖率 row re-scored to full marks, total "
                         "not updated)"),
        dict(code="conflicting_values",
             edits=[("全县在岗村级防疫员45名", "全县在岗村级防疫员42名")],
             value="村级防疫员42名",
             explanation="45 防疫员 elsewhere (45 x 1000 x 12 = 54.00万元, table =45名 | 45名); 42 is last year's count"),
        dict(code="year_mismatch",
             edits=[("截至2024年12月31日", "截至2023年12月31日")],
             value="截至2023年12月31日",
             explanation="a 2024 report states its immunisation figures as of 2023-12-31 (last year's sentence left in)"),
        dict(code="balance_mismatch",
             edits=[("年末结转结余8.84万元", "年末结转结余9.84万元")],
             value="结转结余9.84万元",
             explanation="全年预算 462.78 - 支出 453.94 = 8.84 (and 4.14 + 2.22 + 2.48 by project), stated 9.84"),
        dict(code="implausible_rate",
             edits=[("| ≥90% | 96.40% | 10 | 10 |", "| ≥90% | 106.40% | 10 | 10 |")],
             value="106.40%",
             explanation="养殖户满意度 106.40% is above 100%"),
    ],
    # 新疆伊犁州尼勒克县 2018 强制免疫 (Shanxi-style: 行次 funds table, one table per 一级指标)
    "nileke-immunization-2018": [
        dict(code="score_exceeds_weight", kind="score_rows",
             edits=[("| 1920份 | 96.00 | 4.80 |", "| 1920份 | 96.00 | 5.80 |"),
                    ("| 89.17% | 127.39 | 8 |", "| 89.17% | 127.39 | 7 |")],
             value="96.00 | 5.80",
             explanation="免疫抗体监测份数 scored 5.80 against a weight of 5 (next row lowered 8 -> 7 so 产出 still "
                         "reads 49.80)"),
        dict(code="weight_sum_mismatch",
             edits=[("| 牲畜耳标佩戴率 | 4 |", "| 牲畜耳标佩戴率 | 5 |")],
             value=("牲畜耳标佩戴率 | 5", "| 合计 | 100"),
             explanation="产出 weights now add to 51 against 50 in the summary, 101 in all (耳标 weight 4 -> 5)"),
        dict(code="rate_mismatch",
             edits=[("| 96.31 | 94.67 | 92.14 |", "| 96.31 | 94.76 | 92.14 |")],
             value="94.76",
             explanation="州级 执行率 (7)=(4)/(2) = 14.20 / 15.00 = 94.67%, stated 94.76"),
        dict(code="implausible_rate",
             edits=[("| (6)=(3)/(2) | 100 | 100 | 100 | 100 | 100 | 0 | 0 |",
                     "| (6)=(3)/(2) | 100 | 100 | 100 | 100 | 100 | 100 | 0 |")],
             value="(6)=(3)/(2) | 100 | 100 | 100 | 100 | 100 | 100 | 0",
             explanation="到位率 100 printed in the 上年结转资金 column whose budget and receipt are 0: a rate on a zero base"),
        dict(code="unit_mismatch",
             edits=[("冷链运行维护2.35万元", "冷链运行维护23500万元")],
             value="23500万元",
             explanation="23500元 = 2.35万元 labelled 万元: off by 10^4, breaks the 250.42 breakdown"),
        dict(code="conflicting_values",
             edits=[("全县共有村级防疫员132名", "全县共有村级防疫员128名")],
             value="村级防疫员128名",
             explanation="the 报酬 line pays 132 防疫员 (132 x 600 x 12 = 95.04万元); 128 stated in the overview"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    if i < 0 or text.find(start, i + 1) >= 0:
        raise SystemExit(f"value start {start!r} must occur once")
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"value end {end!r} not found after start")
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for n, err in enumerate(EDITS[pid], 1):
            text = clean
            for old, new in err["edits"]:
                if clean.count(old) != 1:
                    raise SystemExit(f"{pid} e{n}: {old!r} occurs {clean.count(old)} times in the clean draft")
                text = text.replace(old, new, 1)
            value = resolve_value(text, err["value"])
            if text.count(value) != 1 or value in clean:
                raise SystemExit(f"{pid} e{n}: value {value!r} must occur once in the case and never in the clean draft")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": err["code"], "severity": "error", "value": value,
                                         "explanation": err["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
