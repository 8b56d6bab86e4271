#!/usr/bin/env python3
"""Check labels, one-place edits, and redo the arithmetic of every clean draft."""
import difflib, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, "cases")
def rd(n): return open(os.path.join(C, n), encoding="utf-8").read()
def r2(x): return float(f"{x + 1e-9:.2f}")
ok = True
def check(cond, msg):
    global ok
    if not cond: ok = False; print("FAIL", msg)

labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
check(len(labels) == 35, "35 cases")
codes = {}
for L in labels:
    text = rd(L["case"])
    n = len(text)
    if L["clean"]:
        check(L["expected"] == [], L["case"]); continue
    clean = rd(L["source"] + "-clean.txt")
    ops = [o for o in difflib.SequenceMatcher(None, clean, text, autojunk=False).get_opcodes() if o[0] != "equal"]
    # merge ops closer than 40 characters (one edit may touch two adjacent table rows)
    regions = []
    for o in ops:
        if regions and o[1] - regions[-1][1] < 120: regions[-1] = (regions[-1][0], o[2])
        else: regions.append((o[1], o[2]))
    check(len(regions) == 1, f"{L['case']} differs in {len(regions)} places")
    for e in L["expected"]:
        check(e["value"] in text, f"{L['case']} value {e['value']!r} missing")
        codes[e["code"]] = codes.get(e["code"], 0) + 1
need = ["rate_mismatch","balance_mismatch","sum_mismatch","score_sum_mismatch","score_exceeds_weight","weight_sum_mismatch",
        "grade_mismatch","average_mismatch","conflicting_values","implausible_rate","unit_mismatch","year_mismatch","completion_mismatch"]
for c in need: check(codes.get(c, 0) >= 2, f"code {c} only {codes.get(c,0)}")

def grade(s): return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
def has(t, *ss):
    for s in ss: check(s in t, f"missing {s!r}")

def table(t):
    """rows of the indicator table with 分值/得分: returns list of (weight, score) and stated total."""
    rows, total = [], None
    for line in t.splitlines():
        c = line.split("｜")
        if len(c) < 7: continue
        if c[0] in ("总分", "合计"):
            total = (float(c[-3]) if c[-1] == "" else float(c[-2]), float(c[-2]) if c[-1] == "" else float(c[-1])); continue
        if c[0] in ("产出指标", "效益指标", "满意度指标", "预算执行率", "预算执行"):
            rows.append(c)
    return rows, total

def check_table(t, wcol, scol, extra_w=0, extra_s=0):
    rows, total = table(t)
    w = sum(float(r[wcol]) for r in rows) + extra_w
    s = sum(float(r[scol]) for r in rows) + extra_s
    check(abs(w - 100) < 1e-6, f"weights {w}")
    check(abs(r2(s) - total[1]) < 1e-6, f"scores {s} vs {total}")
    for r in rows: check(float(r[scol]) <= float(r[wcol]), f"score>weight {r}")
    return r2(s)

# 1 sixian
t = rd("sixian-medaid-2021-clean.txt")
check(abs(1860.00 + 275.40 - 2135.40) < 1e-6, "sixian adj"); check(abs(1420 + 385.40 + 330 - 2135.40) < 1e-6, "sixian parts")
check(r2(2046.95 / 2135.40 * 100) == 95.86, "sixian rate"); check(r2(2135.40 - 2046.95) == 88.45, "sixian bal")
check(r2(820.85 + 1108.62 + 117.48) == 2046.95, "sixian spend parts"); check(r2(29316 * 280 / 10000) == 820.85, "sixian per-head")
check(r2(10 * 0.9586) == 9.59, "sixian exec score")
for a, b, c in [(29316, 28000, 104.70), (6212, 6500, 95.57), (72, 70, 102.86), (93.6, 90, 104.00)]: check(r2(a / b * 100) == c, f"sixian compl {a}")
check(r2(10 * 6212 / 6500) == 9.56, "sixian score")
s = check_table(t, 6, 7, 10, 9.59); check(s == 99.15 and grade(s) == "优", "sixian total")
has(t, "资金执行率为95.86%", "年末结余88.45万元", "自评得分99.15分，评价等级为“优”", "产出指标得分49.56分", "｜95.86%｜9.59")
check(r2(10 + 9.56 + 10 + 10 + 10) == 49.56, "sixian output")
# 2 xiangtan
t = rd("xiangtan-jumingyibao-2023-clean.txt")
check(r2(24806.20 + 8412.40 + 5996.00) == 39214.60, "xt parts"); check(r2(38560 + 654.60) == 39214.60, "xt adj")
check(r2(62815.30 - 61907.48) == 907.82, "xt fund bal"); check(r2((95.2 + 96.8 + 94.3) / 3) == 95.43, "xt avg")
check(r2(10 * 88.5 / 90) == 9.83, "xt score")
s = check_table(t, 5, 6); check(s == 99.83 and grade(s) == "优", "xt total")
has(t, "综合自评得分99.83分，自评等级为优", "效益指标得分29.83分", "参保61.27万人", "61.27万人｜", "平均满意度95.43%", "｜95.43%｜")
# 3 xiuyan (prose only)
t = rd("xiuyan-daicai-2022-clean.txt")
check(r2(98.20 + 52.60 + 35.60) == 186.40, "xy parts"); check(r2(171.52 / 186.40 * 100) == 92.02, "xy rate")
check(r2(186.40 - 171.52) == 14.88, "xy bal"); check(r2(118.36 + 53.16) == 171.52, "xy use parts")
check(r2(118.36 / 171.52 * 100) == 69.01, "xy share"); check(r2(742.5 + 384.3) == 1126.8, "xy saving")
check(r2(10 * 0.9202) == 9.20, "xy exec score"); s = r2(9.20 + 49 + 28.5 + 9.6); check(s == 96.30 and grade(s) == "优", "xy total")
has(t, "执行率92.02%", "结余14.88万元", "自评总得分96.30分，自评等级为“优”", "满意度为96.2%", "结转至2023年")
# 4 luliang
t = rd("luliang-vaccine-2019-clean.txt")
check(r2(356 - 3.20) == 352.80 and r2(352.80 + 20) == 372.80 and r2(345.34 + 20) == 365.34, "ll parts")
check(r2(365.34 / 372.80 * 100) == 98.00 and r2(345.34 / 352.80 * 100) == 97.89, "ll rates")
check(r2(372.80 - 365.34) == 7.46, "ll bal"); check(r2(2208 / 2316 * 100) == 95.34, "ll catchup")
for a, b, c in [(97.8, 95, 102.95), (93.0, 95, 97.89), (99.1, 98, 101.12), (94.5, 90, 105.00)]: check(r2(a / b * 100) == c, f"ll compl {a}")
check(r2(10 * 93 / 95) == 9.79, "ll score")
s = check_table(t, 6, 7, 10, 9.80); check(s == 99.59 and grade(s) == "优", "ll total")
has(t, "自评总分99.59分，评价等级为优", "产出指标得49.79分", "预算执行率98.00%")
# 5 huaian
t = rd("huaian-bloodcenter-2024-clean.txt")
check(r2(3215.60 + 3486.70 + 140.00) == 6842.30, "ha parts"); check(r2(6598.12 / 6842.30 * 100) == 96.43, "ha rate")
check(r2(6842.30 - 6598.12) == 244.18, "ha bal"); check(r2(2731.46 + 918.25 + 2948.41) == 6598.12, "ha use parts")
check((96 + 98 + 95 + 97) / 4 == 96.5, "ha avg")
for a, b, c in [(53870, 52000, 103.60), (37406, 38000, 98.44), (42.3, 40, 105.75), (97.2, 95, 102.32), (96.8, 95, 101.89)]: check(r2(a / b * 100) == c, f"ha compl {a}")
check(r2(10 * 0.9643) == 9.64 and r2(10 * 37406 / 38000) == 9.84, "ha scores")
s = check_table(t, 6, 7); check(s == 99.48 and grade(s) == "优", "ha total")
check(r2(10 - 9.64) == 0.36 and r2(10 - 9.84) == 0.16, "ha deductions")
has(t, "得分99.48分，等级为“优秀”", "全年采集全血53,870单位", "｜53,870单位｜", "平均96.5分", "结转至2025年")
print("OK" if ok else "FAILED")
