#!/usr/bin/env python3
"""Regenerate the error cases (cases/<id>-eN.txt) and labels.jsonl from the clean drafts.

Each edit: (project id, n, code, anchor, old, new, value, explanation)
  anchor  a substring that occurs exactly once in the clean draft (one line, or two adjacent
          table rows for the score-row edits);
  old/new the replacement made inside the anchor (old must occur exactly once in the anchor);
  value   the exact label value: a literal string, or ("to", marker) = from the start of the
          changed text up to the end of the first `marker` after it (used for totals:
          sum / score-sum / weight-sum errors span from the changed part to the total).
Pure Python 3, no third-party modules.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "yanhe-xiangzhenzhan-2019",
    "huanjiang-zonghezhan-2020",
    "huayuan-wuliujiedian-2021",
    "wangmo-kehuoyou-2023",
    "mayang-tizhigaizao-2024",
]

EDITS = [
    # ---- A: 沿河 2019 乡镇客运站建设补助 (Guizhou) ----
    ("yanhe-xiangzhenzhan-2019", 1, "year_mismatch",
     "未支出32.64万元，结转至2020年", "2020", "2019",
     "结转至2019年",
     "unspent money of the 2019 budget said to be carried over into 2019 itself; carry-over goes to a later year (2020)"),
    ("yanhe-xiangzhenzhan-2019", 2, "sum_mismatch",
     "| 谯家镇客运站 | 二级 | 1120 | 158.70 |", "158.70", "185.70",
     ("to", "| 5530 | 760.80"),
     "谯家镇 总投资 retyped 185.70: row 80.00+24.00+54.70 = 158.70 and column 236.48+185.70+149.26+72.35+68.90+75.11 = 787.80, stated 760.80"),
    ("yanhe-xiangzhenzhan-2019", 3, "rate_mismatch",
     "县级配套支出112.08万元，执行率93.40%", "93.40", "70.05",
     "112.08万元，执行率70.05%",
     "112.08 / 120.00 (全年预算 of 县级配套) = 93.40%; 70.05% is computed on the 年初 160.00 (wrong base)"),
    ("yanhe-xiangzhenzhan-2019", 4, "score_exceeds_weight",
     "| 100% | 83.33% | 8 | 6.67 | 黑水镇站滑坡处置延误 |\n| 产出指标 | 成本指标 | 一级站省级补助 | ≤120万元/个 | 120万元/个 | 4 | 4 |",
     "| 100% | 83.33% | 8 | 6.67 | 黑水镇站滑坡处置延误 |\n| 产出指标 | 成本指标 | 一级站省级补助 | ≤120万元/个 | 120万元/个 | 4 | 4 |",
     "| 100% | 83.33% | 8 | 4 | 黑水镇站滑坡处置延误 |\n| 产出指标 | 成本指标 | 一级站省级补助 | ≤120万元/个 | 120万元/个 | 4 | 6.67 |",
     "120万元/个 | 4 | 6.67",
     "scores of the adjacent 按期完工率 and 一级站省级补助 rows swapped: 6.67 above weight 4 (产出 48.67 and total 97.04 unchanged)"),
    ("yanhe-xiangzhenzhan-2019", 5, "average_mismatch",
     "3个三级站平均总投资72.12万元", "72.12", "72.21",
     "平均总投资72.21万元",
     "(72.35 + 68.90 + 75.11) / 3 = 72.12"),
    ("yanhe-xiangzhenzhan-2019", 6, "unit_mismatch",
     "监理服务费尾款41400元", "41400元", "41400万元",
     "41400万元",
     "a 元 figure labelled 万元: 32.64 = 28.50 + 4.14 (41400元); off by 10^4"),

    # ---- B: 环江 2020 乡镇综合运输服务站 (Guangxi) ----
    ("huanjiang-zonghezhan-2020", 1, "balance_mismatch",
     "结余17.78万元（到位304.80万元减支出287.02万元）", "17.78", "17.87",
     "结余17.87万元",
     "304.80 - 287.02 = 17.78 (digits transposed)"),
    ("huanjiang-zonghezhan-2020", 2, "implausible_rate",
     "| 社会资金 | 0.00 | 0.00 | 0.00 | 0.00 | — |", "| — |", "| 100.00% |",
     "社会资金 | 0.00 | 0.00 | 0.00 | 0.00 | 100.00%",
     "execution rate 100.00% on a zero budget (社会资金 0.00)"),
    ("huanjiang-zonghezhan-2020", 3, "conflicting_values",
     "川山镇一级站总投资186.40万元", "186.40", "168.40",
     "川山镇一级站总投资168.40万元",
     "the station table gives 川山镇 总投资 186.40 (100.00 + 20.00 + 66.40)"),
    ("huanjiang-zonghezhan-2020", 4, "grade_mismatch",
     "总分94.37分，等级：优", "优", "良",
     "等级：良",
     "94.37 is in the 优 band (>= 90)"),
    ("huanjiang-zonghezhan-2020", 5, "completion_mismatch",
     "| ≥80% | 76.39% | 95.49% |", "95.49%", "76.39%",
     "76.39% | 76.39%",
     "completion = 76.39 / 80 = 95.49%; the actual value was copied into 完成率"),
    ("huanjiang-zonghezhan-2020", 6, "weight_sum_mismatch",
     "| 一级站补助标准 | ≤100万元/个 | 100万元/个 | 100% | 5 | 5 |", "| 5 | 5 |", "| 10 | 5 |",
     ("to", "| | 100"),
     "一级站补助标准 weight 5 -> 10: weights total 105 (产出 55 against 50), stated 100"),

    # ---- C: 花垣 2021 农村物流三级节点 (Hunan) ----
    ("huayuan-wuliujiedian-2021", 1, "score_sum_mismatch",
     "| ≥95% | 90.91% | 5 | 4.78 |", "4.78", "5",
     ("to", "| 98.20分"),
     "站点持续运营率 score raised 4.78 -> 5 without the total: rows now sum to 98.42, stated 98.20"),
    ("huayuan-wuliujiedian-2021", 2, "unit_mismatch",
     "| ≥85% | 91.57% |", "91.57%", "152个",
     "≥85% | 152个",
     "target is a percentage, actual written as a count of villages (152个)"),
    ("huayuan-wuliujiedian-2021", 3, "implausible_rate",
     "满意55户÷调查58户=94.83%", "满意55户÷调查58户=94.83%", "满意58户÷调查55户=105.45%",
     "满意58户÷调查55户=105.45%",
     "counts swapped: satisfaction 58/55 = 105.45% above 100%"),
    ("huayuan-wuliujiedian-2021", 4, "year_mismatch",
     "| 评价年度 | 2021年度 |", "2021", "2020",
     "评价年度 | 2020年度",
     "the table claims evaluation year 2020 in the 2021 report (last year's header left in)"),
    ("huayuan-wuliujiedian-2021", 5, "rate_mismatch",
     "拨付38.50万元，拨付率89.53%", "89.53", "89.35",
     "拨付率89.35%",
     "38.50 / 43.00 = 89.53%"),
    ("huayuan-wuliujiedian-2021", 6, "sum_mismatch",
     "| 民乐镇 | 二级 | 12 | 8 | 15 | 15 | 3.26 |", "3.26", "3.62",
     ("to", "| 34.39"),
     "进村快件 column now sums to 34.75 (民乐镇 3.62), stated 34.39"),

    # ---- D: 望谟 2023 农村客货邮融合 (Guizhou) ----
    ("wangmo-kehuoyou-2023", 1, "average_mismatch",
     "8条线路平均日均客流37.75人次", "37.75", "33.56",
     "平均日均客流33.56人次",
     "302 / 8 = 37.75 (33.56 is 302 divided by 9)"),
    ("wangmo-kehuoyou-2023", 2, "grade_mismatch",
     "自评总分88.72分，等级：良好", "良好", "优秀",
     "等级：优秀",
     "88.72 is in the 良 band (80 <= s < 90)"),
    ("wangmo-kehuoyou-2023", 3, "balance_mismatch",
     "结余26.37万元（到位252.00万元", "26.37", "44.37",
     "结余44.37万元",
     "252.00 - 225.63 = 26.37; 44.37 is 全年预算 270.00 - 225.63, ignoring the 18.00 never received"),
    ("wangmo-kehuoyou-2023", 4, "completion_mismatch",
     "| ≥90% | 80% | 88.89% |", "88.89%", "112.50%",
     "80% | 112.50%",
     "completion = 80 / 90 = 88.89%; 112.50% is target / actual inverted"),
    ("wangmo-kehuoyou-2023", 5, "weight_sum_mismatch",
     "| 建制村通客车率 | 100% | 100% | 100% | 5 | 5 |", "| 5 | 5 |", "| 10 | 5 |",
     ("to", "| | 100"),
     "建制村通客车率 weight 5 -> 10: weights total 105 (效益 35 against 30), stated 100"),
    ("wangmo-kehuoyou-2023", 6, "conflicting_values",
     "建制村160个，建制村通客车率100%", "160", "163",
     "建制村163个",
     "the same count is 160 elsewhere (140 of 160 建制村 = 87.50%; 160个建制村保持100%通客车); 163 is last year's figure"),

    # ---- E: 麻阳 2024 客运站提质改造及物流节点 (Hunan) ----
    ("mayang-tizhigaizao-2024", 1, "score_exceeds_weight",
     "| 改造站点验收合格率 | 100% | 100% | 10 | 10 | |\n| 产出指标 | 时效指标 | 完工时限 | 2024年11月30日前 | 2024年11月20日 | 5 | 5 |",
     "| 改造站点验收合格率 | 100% | 100% | 10 | 10 | |\n| 产出指标 | 时效指标 | 完工时限 | 2024年11月30日前 | 2024年11月20日 | 5 | 5 |",
     "| 改造站点验收合格率 | 100% | 100% | 5 | 10 | |\n| 产出指标 | 时效指标 | 完工时限 | 2024年11月30日前 | 2024年11月20日 | 10 | 5 |",
     "改造站点验收合格率 | 100% | 100% | 5 | 10",
     "weights of the adjacent 合格率 and 完工时限 rows swapped: score 10 above weight 5 (weights still 100, total 98.63 unchanged)"),
    ("mayang-tizhigaizao-2024", 2, "score_sum_mismatch",
     "| ≥95% | 93.44% | 10 | 9.84 |", "9.84", "9.48",
     ("to", "总分98.63分"),
     "覆盖率 score retyped 9.48: scores now sum to 98.27 (9.29 + 88.98), stated 98.63 (and 89.34)"),
    ("mayang-tizhigaizao-2024", 3, "unit_mismatch",
     "| 2024年11月30日前 | 2024年11月20日 |", "2024年11月20日", "100%",
     "2024年11月30日前 | 100%",
     "target is a date, actual a percentage"),
    ("mayang-tizhigaizao-2024", 4, "rate_mismatch",
     "支出9.40万元，使用率50.54%", "50.54", "49.46",
     "使用率49.46%",
     "9.40 / 18.60 = 50.54%; 49.46% is the unused share"),
    ("mayang-tizhigaizao-2024", 5, "year_mismatch",
     "截至2024年12月31日", "2024", "2023",
     "截至2023年12月31日",
     "the 2024 report states its year-end figure as of 2023-12-31 (last year's sentence left in)"),
    ("mayang-tizhigaizao-2024", 6, "balance_mismatch",
     "年末结余13.18万元", "13.18", "18.60",
     "结余18.60万元",
     "211.60 - 198.42 = 13.18; 18.60 is last year's carry-over left in"),
]

SOURCE = "n81 (invented; rural passenger stations and logistics, transport bureaus in Guizhou/Hunan/Guangxi)"


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def changed_start(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i


def apply(clean, anchor, old, new):
    if clean.count(anchor) != 1:
        raise SystemExit("anchor not unique (%d): %r" % (clean.count(anchor), anchor))
    if anchor.count(old) != 1:
        raise SystemExit("old not unique in anchor: %r in %r" % (old, anchor))
    at = clean.index(anchor)
    new_anchor = anchor.replace(old, new)
    return clean[:at] + new_anchor + clean[at + len(anchor):]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = pid + "-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, anchor, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            text = apply(clean, anchor, old, new)
            if isinstance(value, tuple):
                kind, marker = value
                assert kind == "to"
                s = changed_start(clean, text)
                while s > 0 and (text[s - 1].isdigit() or text[s - 1] == "."):
                    s -= 1  # start the value at the beginning of the changed figure
                e = text.find(marker, s)
                if e < 0:
                    raise SystemExit("marker not found after change: %r" % marker)
                value = text[s:e + len(marker)]
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases (%d error cases)" % (len(labels), len(labels) - len(PROJECTS)))


if __name__ == "__main__":
    sys.exit(main())
