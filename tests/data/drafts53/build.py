#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each edit: (anchor, old, new) -- anchor occurs exactly once in the clean draft, old occurs in the
anchor, and the first occurrence of old inside the anchor is replaced by new.  A case has one edit,
or two edits on adjacent table rows (score-row cases).  value is a literal, or ("span", a, b): the
text of the error case from the first occurrence of a through the end of the first b after it.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
TOTAL = "合计            100  "

EDITS = {
 "zongyang-dikerepair-2020": [
  ("rate_mismatch", [("到位率96.57%，县级", "96.57", "96.75")], "到位率96.75%",
   "到位率 = 676.0000 / 700.0000 = 96.57%, stated 96.75% (digits transposed)"),
  ("sum_mismatch", [("其中圩堤水毁修复412.3600万元", "412.3600", "421.3600")],
   ("span", "657.4400万元，其中圩堤", "421.3600"),
   "421.3600 + 168.5200 + 76.5600 = 666.4400, stated total 657.4400 (retyped 412.3600)"),
  ("average_mismatch", [("平均每处0.5615公里", "0.5615", "0.6515")], "平均每处0.6515公里",
   "14.6 km / 26 sections = 0.5615 km, stated 0.6515"),
  ("unit_mismatch", [("实际支出657.4400万元，预算执行率", "657.4400", "6574400")], "6574400万元",
   "6,574,400 元 written as 万元; 657.4400万元 elsewhere and 657.44/700 = 93.92% reconcile at 10^-4"),
  ("score_sum_mismatch", [("13座  92.86%  10  9.29", "9.29", "9.92")],
   ("span", "92.86%  10  9.92", TOTAL + "98.68"),
   "row scores now sum to 99.31 (and 产出 to 49.92), stated total 98.68; row score edited without the total"),
  ("year_mismatch", [("截至2020年12月31日，项目资金", "2020", "2019")], "截至2019年12月31日",
   "2020 report: the funds position is dated at the end of 2019 (last year's date left in)"),
 ],
 "yugan-floodreserve-2022": [
  ("balance_mismatch", [("结余13.3130万元，全部", "13.3130", "13.1330")], "结余13.1330万元",
   "到位 200.0000 - 支出 186.6870 = 13.3130, stated 13.1330"),
  ("implausible_rate", [("占下达抗旱专项55.0000万元的95.15%", "55.0000万元的95.15", "45.0000万元的116.29")],
   "45.0000万元的116.29%",
   "52.3310 / 45.0000 = 116.29%: spending above the allotted drought fund, an execution share over 100%"),
  ("completion_mismatch", [("1.38万人  92.00%", "92.00%", "108.70%")], "1.38万人  108.70%",
   "≥1.5万人 target, actual 1.38万人 -> 92.00%; stated 108.70% is 1.5/1.38 (base inverted)"),
  ("grade_mismatch", [("自评等级为“优”", "优", "良")], "自评等级为“良”",
   "total 98.31 is in the 优 band (>= 90)"),
  ("weight_sum_mismatch", [("4次  133.33%  5  5.00", "%  5  ", "%  10  ")],
   ("span", "4次  133.33%  10", TOTAL + "98.31"),
   "应急演练 weight 10: weights now sum to 105 (产出 55) against the stated 100"),
  ("conflicting_values", [("全年实际支出186.6870万元，基本完成", "186.6870", "168.6870")], "全年实际支出168.6870万元",
   "conclusion gives 168.6870万元, funds section and table give 186.6870万元"),
 ],
 "nanxian-pumpstation-2023": [
  ("rate_mismatch", [("县级资金执行率71.24%", "71.24", "71.42")], "县级资金执行率71.42%",
   "71.2440 / 100.0000 = 71.24%, stated 71.42%"),
  ("score_exceeds_weight", [("80.00%  5  4.00", "4.00", "5.60"), ("90.19%  5  4.51", "4.51", "2.91")],
   "80.00%  5  5.60",
   "故障抢修响应时间 score 5.60 above its weight 5 (成本 row lowered to 2.91 so the total still reads 89.27)"),
  ("score_sum_mismatch", [("96.49%  10  9.65", "9.65", "9.56")],
   ("span", "96.49%  10  9.56", TOTAL + "89.27"),
   "row scores now sum to 89.18 (产出 45.57), stated total 89.27 and 产出 45.66"),
  ("average_mismatch", [("人均0.7500万元", "0.7500", "0.7050")], "人均0.7050万元",
   "34.5000万元 / 46人 = 0.7500万元, stated 0.7050"),
  ("year_mismatch", [("结转至2024年使用", "2024", "2023")], "结转至2023年",
   "2023 balance carried over into 2023 itself; must be a later year"),
  ("unit_mismatch", [("≥40台  30台", "30台", "75%")], "≥40台  75%",
   "target in 台, actual given as a percentage (completion pasted into the actual cell)"),
 ],
 "rucheng-damsafety-2024": [
  ("balance_mismatch", [("年末结余96.0000万元", "96.0000", "108.0000")], "结余108.0000万元",
   "到位 228.0000 - 支出 132.0000 = 96.0000; 108.0000 is 全年预算 - 支出, although 到位 is given"),
  ("implausible_rate", [("54.10%  —  16.67%", "—", "100.00%")], "54.10%  100.00%",
   "市级 execution rate 100.00% on a 市级 budget of 0.0000 (rate on a zero base)"),
  ("completion_mismatch", [("≥56座  36座  64.29%  15", "64.29", "64.92")], "36座  64.92%",
   "36 / 56 = 64.29%, stated 64.92%"),
  ("grade_mismatch", [("自评等级为“中”", "中", "良")], "自评等级为“良”",
   "total 79.48 is in the 中 band (60-80), not 良"),
  ("sum_mismatch", [("平台接入及运行维护8.2000万元", "8.2000", "2.8000")],
   ("span", "132.0000万元，其中设施", "2.8000"),
   "118.8000 + 2.8000 + 5.0000 = 126.6000, stated 132.0000"),
  ("conflicting_values", [("已接入省级水库运行管理平台36座", "36座", "38座")], "管理平台38座",
   "text says 38 reservoirs connected to the platform, table (接入省级平台水库) says 36"),
 ],
 "duchang-irrigation-2019": [
  ("weight_sum_mismatch", [("96.67%  10  9.67", "  10  ", "  15  ")],
   ("span", "96.67%  15  9.67", TOTAL + "97.93"),
   "满意度 weight 15: weights now sum to 105 against the stated 100"),
  ("score_exceeds_weight", [("105.00%  5  5.00  无", "5  5.00", "5  5.25"),
                            ("工程管护主体落实率  100%  100%  100.00%  5  5.00", "5  5.00", "5  4.75")],
   "105.00%  5  5.25",
   "受益人口 scored 5.25 (5 x 105%) above its weight 5; next row lowered so the total still reads 97.93"),
  ("rate_mismatch", [("执行率  94.72%  100.00%", "94.72", "91.35")], "执行率  91.35%",
   "378.8800 / 400.0000 = 94.72%; table 小计 shows 91.35% (last year's rate left in)"),
  ("sum_mismatch", [("春桥灌区58.9200万元", "58.9200", "59.8200")],
   ("span", "378.8800万元，其中东湖灌区", "59.8200"),
   "six irrigation districts now add to 379.7800, stated 378.8800"),
  ("conflicting_values", [("新增节水能力286万立方米", "286", "268")], "新增节水能力268万立方米",
   "text says 268万立方米, table says 286万立方米"),
  ("unit_mismatch", [("≥300万立方米  286万立方米", "286万立方米", "95.33%")], "≥300万立方米  95.33%",
   "target in 万立方米, actual given as a percentage"),
 ],
}


def apply(clean, edits):
    text = clean
    for anchor, old, new in edits:
        assert clean.count(anchor) == 1, ("anchor not unique", anchor)
        assert old in anchor, (old, anchor)
        text = text.replace(anchor, anchor.replace(old, new, 1), 1)
    return text


def resolve(text, value):
    if isinstance(value, str):
        return value
    _, a, b = value
    i = text.index(a)
    j = text.index(b, i) + len(b)
    return text[i:j]


def main():
    rows = []
    for pid, errs in EDITS.items():
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        rows.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for k, (code, edits, value, expl) in enumerate(errs, 1):
            text = apply(clean, edits)
            name = "%s-e%d.txt" % (pid, k)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            rows.append({"case": name, "source": pid, "clean": False,
                         "expected": [{"code": code, "severity": "error",
                                       "value": resolve(text, value), "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("built %d cases" % len(rows))


if __name__ == "__main__":
    main()
