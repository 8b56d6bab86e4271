#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n27 from the clean drafts.

Pure Python 3, no third-party modules.  Every error case is the clean draft with ONE
edit: `old` (which must occur exactly once in the clean draft) replaced by `new`.
`value` is either a literal substring of the error case, or ("span", a, b): the text of
the error case from the unique occurrence of `a` up to the end of the first `b` after it
(used for sum / score-sum / weight-sum errors, which span total and changed part).
`two_rows` marks score-row edits that touch two adjacent table rows.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "xiji-hospequip-2020",
    "yuexi-drinkwater-2018",
    "fuping-maternal-2021",
    "yunxi-tcmcapacity-2023",
    "jianning-hpvvaccine-2024",
    "wangqing-elderlycheck-2025",
]

# (project, n, code, old, new, value, explanation, two_rows)
EDITS = [
    # ---- xiji-hospequip-2020 (Ningxia, county hospital equipment) ----
    ("xiji-hospequip-2020", 1, "sum_mismatch",
     "县级160.00万元。", "县级85.00万元。",
     ("span", "调整后全年预算960.00万元", "县级85.00万元"),
     "600.00 + 200.00 + 85.00 = 885.00, stated total 960.00: the county share was left at its 年初 figure (85.00) after the 75.00 addition (should be 160.00)",
     False),
    ("xiji-hospequip-2020", 2, "balance_mismatch",
     "结余67.13万元", "结余76.13万元",
     "结余76.13万元",
     "到位 960.00 - 执行 892.87 = 67.13, stated 76.13 (digits transposed)",
     False),
    ("xiji-hospequip-2020", 3, "implausible_rate",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100 | — |",
     "上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100",
     "execution rate 100% printed on a zero base (上年结转资金 0.00 budget, 0.00 spent): rate undefined",
     False),
    ("xiji-hospequip-2020", 4, "conflicting_values",
     "中标价396.80万元", "中标价369.80万元",
     "中标价369.80万元",
     "the CT contract price is 3,968,000.00元 = 396.80万元 in 表1; text says 369.80万元",
     False),
    ("xiji-hospequip-2020", 5, "year_mismatch",
     "已结转至2021年", "已结转至2020年",
     "结转至2020年",
     "a 2020 balance cannot be carried over into 2020 itself; it goes to 2021",
     False),

    # ---- yuexi-drinkwater-2018 (Anhui, CDC water monitoring) ----
    ("yuexi-drinkwater-2018", 1, "completion_mismatch",
     "| 88.73% | 98.59% |", "| 88.73% | 95.89% |",
     "88.73% | 95.89%",
     "gte target 90%, actual 88.73% -> completion 98.59%, stated 95.89%",
     False),
    ("yuexi-drinkwater-2018", 2, "unit_mismatch",
     "| ≥360份 | 372份 |", "| ≥360份 | 103.33% |",
     "≥360份 | 103.33%",
     "target counted in 份 (≥360份), actual written as a percentage (the completion rate typed into the 业绩值 cell)",
     False),
    ("yuexi-drinkwater-2018", 3, "sum_mismatch",
     "仪器检定及维护2.48万元", "仪器检定及维护2.84万元",
     ("span", "全年支出17.64万元，其中", "仪器检定及维护2.84万元"),
     "9.85 + 3.86 + 2.84 + 0.83 + 0.62 = 18.00, stated total 17.64 (2.48 retyped as 2.84)",
     False),
    ("yuexi-drinkwater-2018", 4, "grade_mismatch",
     "评价等级为\"优\"", "评价等级为\"良\"",
     "评价等级为\"良\"",
     "total 97.05 lies in the 优 band (>= 90)",
     False),
    ("yuexi-drinkwater-2018", 5, "score_exceeds_weight",
     "| 91.67% | 91.67% | 9.17 |\n| 产出指标 | 成本指标 | 单份水样检测成本 | 5 | ≤600元 | 474.19元 | 100.00% | 5 |",
     "| 91.67% | 91.67% | 8.17 |\n| 产出指标 | 成本指标 | 单份水样检测成本 | 5 | ≤600元 | 474.19元 | 100.00% | 6 |",
     "单份水样检测成本 | 5 | ≤600元 | 474.19元 | 100.00% | 6",
     "成本 row scored 6 against a weight of 5 (the 时效 row above lowered by 1 so the total still reads 97.05)",
     True),

    # ---- fuping-maternal-2021 (Hebei, maternal & child health) ----
    ("fuping-maternal-2021", 1, "weight_sum_mismatch",
     "| 增补叶酸发放人数 | ≥1,200人 | 1,208人 | 5 | 5 |",
     "| 增补叶酸发放人数 | ≥1,200人 | 1,208人 | 10 | 5 |",
     ("span", "1,208人 | 10 | 5", "| 合计 | | | | | 100"),
     "weights now total 105 (叶酸发放人数 given the default 10 instead of 5) while the 合计 row says 100",
     False),
    ("fuping-maternal-2021", 2, "rate_mismatch",
     "| 62,200.00 | 77.75% |", "| 62,200.00 | 77.57% |",
     "62,200.00 | 77.57%",
     "62,200.00 / 80,000.00 = 77.75%, stated 77.57%",
     False),
    ("fuping-maternal-2021", 3, "conflicting_values",
     "全年为1,312名农村孕产妇", "全年为1,321名农村孕产妇",
     "全年为1,321名",
     "the number of subsidised rural mothers is 1,312 everywhere else (1,312人×500元 = 656,000.00元, indicator table 1,312人)",
     False),
    ("fuping-maternal-2021", 4, "score_sum_mismatch",
     "| 93.06% | 10 | 9.80 |", "| 93.06% | 10 | 9.08 |",
     ("span", "93.06% | 10 | 9.08", "| 100 | 99.28"),
     "row scores now add up to 98.56, stated total 99.28 (9.80 retyped as 9.08, total not updated)",
     False),
    ("fuping-maternal-2021", 5, "balance_mismatch",
     "结余0.18万元", "结余0.81万元",
     "结余0.81万元",
     "到位 76.00 - 支出 75.82 = 0.18, stated 0.81",
     False),

    # ---- yunxi-tcmcapacity-2023 (Hubei, TCM hospital, 20-point execution table) ----
    ("yunxi-tcmcapacity-2023", 1, "average_mismatch",
     "平均85.10分", "平均85.01分",
     "平均85.01分",
     "(82.6 + 85.4 + 88.0 + 84.2 + 86.8 + 83.6) / 6 = 85.10, stated 85.01",
     False),
    ("yunxi-tcmcapacity-2023", 2, "unit_mismatch",
     "合同金额17.20万元", "合同金额172000万元",
     "172000万元",
     "the decoction machines cost 172,000.00元 (表1) = 17.20万元; the 元 figure was written with the unit 万元 (off by 10^4)",
     False),
    ("yunxi-tcmcapacity-2023", 3, "balance_mismatch",
     "结余11.06万元", "结余11.60万元",
     "结余11.60万元",
     "到位 180.00 - 支出 168.94 = 11.06, stated 11.60",
     False),
    ("yunxi-tcmcapacity-2023", 4, "score_sum_mismatch",
     "| 87.00% | 10 | 9.67 |", "| 87.00% | 10 | 9.76 |",
     ("span", "87.00% | 10 | 9.76", "| 100 | 94.54"),
     "row scores now add up to 94.63, stated total 94.54 (also 目标二 29.76 vs 29.67 in the text)",
     False),
    ("yunxi-tcmcapacity-2023", 5, "conflicting_values",
     "专项资金150.00万元（鄂财社发", "专项资金160.00万元（鄂财社发",
     "专项资金160.00万元",
     "the provincial grant is 150.00万元 in the funds paragraph (150.00 + 30.00 = 180.00); the overview says 160.00万元",
     False),

    # ---- jianning-hpvvaccine-2024 (Fujian, HPV vaccination) ----
    ("jianning-hpvvaccine-2024", 1, "score_exceeds_weight",
     "| 97.49% | 10 | 9.75 | 部分家长存有顾虑 |\n| 产出指标 | 质量指标 | 冷链运输储存合格率 | 100% | 100% | 100.00% | 5 | 5 | |",
     "| 97.49% | 10 | 9.17 | 部分家长存有顾虑 |\n| 产出指标 | 质量指标 | 冷链运输储存合格率 | 100% | 100% | 100.00% | 5 | 5.58 | |",
     "冷链运输储存合格率 | 100% | 100% | 100.00% | 5 | 5.58",
     "冷链 row scored 5.58 against a weight of 5 (全程接种率 row above lowered 9.75 -> 9.17 so the total still reads 97.25)",
     True),
    ("jianning-hpvvaccine-2024", 2, "implausible_rate",
     "| 其他资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
     "| 其他资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | — |",
     "其他资金 | 0.00 | 0.00 | 0.00 | — | 100.00%",
     "execution rate 100.00% printed for 其他资金 whose budget is 0.00: rate on a zero base",
     False),
    ("jianning-hpvvaccine-2024", 3, "year_mismatch",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日",
     "2024 report: the funds position is as at 31 Dec 2024 (last year's template date left in)",
     False),
    ("jianning-hpvvaccine-2024", 4, "completion_mismatch",
     "| 80.08% | 94.21% |", "| 80.08% | 80.08% |",
     "80.08% | 80.08%",
     "gte target 85%, actual 80.08% -> completion 94.21%, stated 80.08% (actual copied into the 完成率 cell)",
     False),
    ("jianning-hpvvaccine-2024", 5, "rate_mismatch",
     "接种率90.43%", "接种率87.26%",
     "首剂接种548人，接种率87.26%",
     "2023: 548 first doses of a 606-girl cohort = 90.43%; 87.26% is 548/628, this year's cohort used as the base",
     False),

    # ---- wangqing-elderlycheck-2025 (Jilin, elderly health checks) ----
    ("wangqing-elderlycheck-2025", 1, "sum_mismatch",
     "质控及信息化28.10万元测算", "质控及信息化28.70万元测算",
     ("span", "全年预算180.00万元，按体检增项", "质控及信息化28.70万元"),
     "147.56 + 4.34 + 28.70 = 180.60, stated 180.00 (28.10 replaced by the balance figure 28.70)",
     False),
    ("wangqing-elderlycheck-2025", 2, "weight_sum_mismatch",
     "| 部分达成 | 10 | 6.00 |", "| 部分达成 | 8 | 6.00 |",
     ("span", "部分达成 | 8 | 6.00", "| 合计 | | | | | | | 100"),
     "weights now total 98 (档案动态更新 weight 8 instead of 10) while the 合计 row says 100",
     False),
    ("wangqing-elderlycheck-2025", 3, "grade_mismatch",
     "评价等级为\"良\"", "评价等级为\"优\"",
     "评价等级为\"优\"",
     "total 88.95 lies in the 良 band (80 <= s < 90)",
     False),
    ("wangqing-elderlycheck-2025", 4, "average_mismatch",
     "平均完成体检1,688人", "平均完成体检1,868人",
     "平均完成体检1,868人",
     "16,880 / 10 institutions = 1,688 per institution, stated 1,868",
     False),
    ("wangqing-elderlycheck-2025", 5, "rate_mismatch",
     "| 2,280 | 1,538 | 67.46 |", "| 2,280 | 1,538 | 64.76 |",
     "2,280 | 1,538 | 64.76",
     "天桥岭: 1,538 / 2,280 = 67.46%, stated 64.76",
     False),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, spec):
    if isinstance(spec, str):
        return spec
    kind, a, b = spec
    assert kind == "span"
    assert text.count(a) == 1, f"span start {a!r} occurs {text.count(a)} times"
    s = text.find(a)
    e = text.find(b, s)
    assert e >= 0, f"span end {b!r} not found after start"
    return text[s:e + len(b)]


def build():
    labels = []
    by_project = {}
    for rec in EDITS:
        by_project.setdefault(rec[0], []).append(rec)
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (_, n, code, old, new, vspec, expl, _two) in sorted(by_project[pid], key=lambda r: r[1]):
            assert clean.count(old) == 1, f"{pid}-e{n}: old text occurs {clean.count(old)} times"
            text = clean.replace(old, new)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            value = resolve_value(text, vspec)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with an error)")


if __name__ == "__main__":
    build()
