#!/usr/bin/env python3
"""Check the set: labels vs cases, edit sizes, and the arithmetic of every clean draft."""
import difflib, json, os, sys
from decimal import Decimal as D, ROUND_HALF_UP
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
from build import EDITS, PROJECTS

errors = []
def fail(msg):
    errors.append(msg)

def q(x, d=2):
    return D(x).quantize(D(10) ** -d, rounding=ROUND_HALF_UP)

def fmt(x, d=2):
    return f"{q(x, d):,.{d}f}"

def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()

# ---------- labels and edits
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
codes = {}
for rec in labels:
    text = read(rec["case"])
    clean = read(rec["source"] + "-clean.txt")
    if rec["clean"]:
        continue
    assert len(rec["expected"]) == 1
    exp = rec["expected"][0]
    codes.setdefault(exp["code"], set()).add(rec["source"])
    v = exp["value"]
    if text.count(v) != 1:
        fail(f"{rec['case']}: value occurs {text.count(v)}x")
    if v in clean:
        fail(f"{rec['case']}: value occurs in the clean draft")
    a, b = clean.splitlines(), text.splitlines()
    if len(a) != len(b):
        fail(f"{rec['case']}: line count changed")
    changed = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    score_rows = exp["code"] in ("score_exceeds_weight",)
    if not changed or len(changed) > (2 if score_rows else 1) or (len(changed) == 2 and changed[1] != changed[0] + 1):
        fail(f"{rec['case']}: changed lines {changed}")
    for i in changed:
        sm = difflib.SequenceMatcher(None, a[i], b[i], autojunk=False)
        ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
        lo, hi_a, hi_b = ops[0][1], ops[-1][2], ops[-1][4]
        size = max(hi_a - lo, hi_b - ops[0][3])
        if size > 16:
            fail(f"{rec['case']}: edit of {size} chars on line {i}")
required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]
for c in required:
    if len(codes.get(c, ())) < 2:
        fail(f"code {c} used in fewer than 2 projects")

# ---------- arithmetic of clean drafts
def has(text, s, p):
    if s not in text:
        fail(f"{p}: expected figure {s!r} not in the clean draft")

def rate(text, p, num, den, pct_str=None, d=2):
    s = fmt(D(num) / D(den) * 100, d) + "%"
    has(text, pct_str or s, p)
    if pct_str and pct_str != s:
        fail(f"{p}: {num}/{den} = {s}, draft {pct_str}")

def grade(s):
    s = D(s)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"

def check_scores(text, p, budget, spent, rows, total, grade_word):
    """rows: (weight, score, kind, target, actual) kind in gte/lte/full/qual."""
    ex = q(D(spent) / D(budget) * 10)
    w = D(10) + sum(D(r[0]) for r in rows)
    if w != 100:
        fail(f"{p}: weights sum {w}")
    s = ex + sum(D(r[1]) for r in rows)
    if q(s) != q(D(total)):
        fail(f"{p}: scores sum {s}, stated {total}")
    for wt, sc, kind, t, a in rows:
        if D(sc) > D(wt):
            fail(f"{p}: score {sc} > weight {wt}")
        if kind == "gte":
            exp = D(wt) if D(a) >= D(t) else q(D(wt) * D(a) / D(t))
            if q(exp) != q(D(sc)):
                fail(f"{p}: row {t}/{a} expected score {exp}, got {sc}")
    if grade(total) != grade_word:
        fail(f"{p}: grade {grade_word} vs {total}")
    has(text, fmt(ex), p)

def seq_sum(p, parts, total):
    if sum(D(x) for x in parts) != D(total):
        fail(f"{p}: {parts} sum {sum(D(x) for x in parts)} != {total}")

def quarters(text, p, budget, qs):
    c = D(0)
    for x in qs:
        c += D(x)
        has(text, fmt(D(x)) + "万元", p)
        has(text, fmt(c / D(budget) * 100) + "%", p)
    return c

# Beijing
p = "bj-backstreet-2023"; t = read(p + "-clean.txt")
seq_sum(p, ["11340", "660"], "12000"); seq_sum(p, ["11340", "1860"], "13200"); seq_sum(p, ["13200", "660"], "13860")
seq_sum(p, ["11520", "1380", "960"], "13860"); seq_sum(p, ["11107.36", "1245.80", "890"], "13243.16")
seq_sum(p, ["12583.16", "660"], "13243.16")
if quarters(t, p, "13860", ["1108.40", "3026.75", "4412.58", "4695.43"]) != D("13243.16"): fail(p + " quarters")
rate(t, p, "13243.16", "13860", "95.55%"); rate(t, p, "12583.16", "13200", "95.33%")
has(t, "616.84万元", p); seq_sum(p, ["13243.16", "616.84"], "13860")
has(t, fmt(D("11107.36") / 1562) + "万元/条", p); has(t, fmt(D("13243.16") / D("2185.8")) + "元", p)
rate(t, p, 1562, 1500, "104.13%"); rate(t, p, 4869, 38640, "12.60%"); seq_sum(p, ["33771", "4869"], "38640")
rate(t, p, "4695.43", "13243.16", "35.46%"); rate(t, p, "9108.01", "13243.16", "68.78%"); rate(t, p, 48, 1562, "3.07%")
check_scores(t, p, "13860", "13243.16", [(15, 15, "full", 0, 0), (10, 10, "full", 0, 0), (10, 10, "full", 0, 0),
             (15, 15, "full", 0, 0), (15, "14.89", "gte", 98, "97.3"), (15, 15, "gte", 10, "12.60"), (10, 10, "gte", 90, "93.6")],
             "99.44", "优")
has(t, "效益指标得29.89分", p); has(t, "结转至2024年", p)

# Shanghai
p = "sh-citysigns-2022"; t = read(p + "-clean.txt")
seq_sum(p, ["22800", "700"], "23500"); seq_sum(p, ["21600", "700"], "22300"); seq_sum(p, ["22800", "-1200"], "21600")
seq_sum(p, ["9800", "7600", "4900"], "22300"); seq_sum(p, ["9412.80", "7356.40", "4717.32"], "21486.52")
seq_sum(p, ["20786.52", "700"], "21486.52"); seq_sum(p, ["21486.52", "813.48"], "22300")
if quarters(t, p, "22300", ["2150.30", "4872.16", "6905.44", "7558.62"]) != D("21486.52"): fail(p + " quarters")
rate(t, p, "21486.52", "22300", "96.35%"); rate(t, p, "20786.52", "21600", "96.23%")
rate(t, p, "9412.80", "9800", "96.05%"); rate(t, p, "7356.40", "7600", "96.79%"); rate(t, p, "4717.32", "4900", "96.27%")
rate(t, p, "7558.62", "21486.52", "35.18%"); has(t, fmt(D("21486.52") / D("2475.89")) + "元", p)
has(t, fmt(D("94128000") / D("129000")) + "元", p)
seq_sum(p, ["4.2", "5.6", "3.1"], "12.9"); has(t, "平均每批接入" + str(q(D("12.9") / 3, 1)) + "万个", p)
rate(t, p, "12.9", "12", "107.50%"); rate(t, p, 1286, 1300, "98.92%"); rate(t, p, "99.95", "99.9", "100.05%")
rate(t, p, "0.46", "4.6", "10.00%"); rate(t, p, "96.2", "95", "101.26%"); rate(t, p, "92.4", "90", "102.67%")
seq_sum(p, ["1286", "14"], "1300")
check_scores(t, p, "22300", "21486.52", [(12, 12, "gte", 12, "12.9"), (10, "9.89", "gte", 1300, 1286), (10, 10, "gte", "99.9", "99.95"),
             (8, 8, "full", 0, 0), (10, 10, "full", 0, 0), (15, 15, "gte", 10, 10), (15, 15, "gte", 95, "96.2"), (10, 10, "gte", 90, "92.4")],
             "99.53", "优")
has(t, "产出指标得49.89分", p)

# Tianjin
p = "tj-evcharging-2020"; t = read(p + "-clean.txt")
seq_sum(p, ["3200", "4980", "470"], "8650"); seq_sum(p, ["3200", "4750", "470"], "8420")
seq_sum(p, ["3086.40", "4401.96", "470"], "7958.36"); seq_sum(p, ["113.60", "348.04", "0"], "461.64")
seq_sum(p, ["8420", "-7958.36"], "461.64"); seq_sum(p, ["3200", "-3086.40"], "113.60"); seq_sum(p, ["4750", "-4401.96"], "348.04")
seq_sum(p, ["5600", "2600", "450"], "8650"); seq_sum(p, ["5145.60", "2412.76", "400"], "7958.36"); seq_sum(p, ["4980", "-4750"], "230")
if quarters(t, p, "8650", ["620.50", "1854.26", "2316.80", "3166.80"]) != D("7958.36"): fail(p + " quarters")
rate(t, p, "8420", "8650", "97.34%"); rate(t, p, "7958.36", "8650", "92.00%"); rate(t, p, "7958.36", "8420", "94.52%")
rate(t, p, "3086.40", "3200", "96.45%"); rate(t, p, "4401.96", "4980", "88.39%"); rate(t, p, "4750", "4980", "95.38%")
has(t, fmt(D("7958.36") / D("1386.6")) + "元", p); has(t, fmt(D("5145.60") / 3216) + "万元", p)
rate(t, p, 3216, 3600, "89.33%"); seq_sum(p, ["16.2", "19.5", "14.8", "18.1", "19.4"], "88.0")
has(t, "平均利用率" + fmt(D("88.0") / 5) + "%", p)
check_scores(t, p, "8650", "7958.36", [(15, "13.40", "gte", 3600, 3216), (10, 10, "full", 0, 0), (10, 6, "qual", 0, 0),
             (15, 15, "full", 0, 0), (15, "13.20", "gte", 20, "17.60"), (15, "13.89", "gte", 95, "88.0"), (10, "8.70", "gte", 90, "78.3")],
             "89.39", "良")
has(t, "评价等级为良好", p); has(t, "产出指标44.40分", p); has(t, "效益指标27.09分", p)
seq_sum(p, ["2.18", "0.3216"], "2.5016"); seq_sum(p, ["86.40", "5.60"], "92.00"); seq_sum(p, ["78.3", "11.7"], "90")

# Chongqing
p = "cq-hotline-2024"; t = read(p + "-clean.txt")
seq_sum(p, ["6580", "220"], "6800"); seq_sum(p, ["6580", "520"], "7100"); seq_sum(p, ["7100", "220"], "7320")
seq_sum(p, ["6884.88", "220"], "7104.88"); seq_sum(p, ["7104.88", "215.12"], "7320")
seq_sum(p, ["6300", "640", "380"], "7320"); seq_sum(p, ["6120", "612.40", "372.48"], "7104.88")
if quarters(t, p, "7320", ["1412.36", "1786.52", "1845.10", "2060.90"]) != D("7104.88"): fail(p + " quarters")
rate(t, p, "7104.88", "7320", "97.06%"); rate(t, p, "6884.88", "7100", "96.97%"); rate(t, p, "2060.90", "7104.88", "29.01%")
has(t, fmt(D("6120") / D("1168.4")) + "元", p); has(t, fmt(D("7104.88") / D("3190.47")) + "元", p)
has(t, "月均" + fmt(D("1168.4") / 12) + "万件", p); has(t, "每千人受理诉求" + str(q(D("1168.4") / D("3190.47") * 1000, 0)) + "件", p)
rate(t, p, "1168.4", "1078.9", "108.30%") if False else has(t, fmt((D("1168.4") / D("1078.9") - 1) * 100) + "%", p)
rate(t, p, "1168.4", "1100", "106.22%"); rate(t, p, "96.8", "95", "101.89%"); rate(t, p, "88.6", "85", "104.24%")
rate(t, p, 4352, 4000, "108.80%"); rate(t, p, "87.3", "90", "97.00%"); rate(t, p, "91.7", "92", "99.67%")
check_scores(t, p, "7320", "7104.88", [(12, 12, "gte", 1100, "1168.4"), (10, 10, "gte", 95, "96.8"), (10, 10, "gte", 85, "88.6"),
             (8, 8, "gte", 4000, 4352), (10, 10, "full", 0, 0), (15, "14.55", "gte", 90, "87.3"), (15, 15, "full", 0, 0), (10, "9.97", "gte", 92, "91.7")],
             "99.23", "优")
has(t, "效益指标得29.55分", p)

# Guangzhou
p = "gz-histblock-2019"; t = read(p + "-clean.txt")
seq_sum(p, ["9000", "800"], "9800"); seq_sum(p, ["9000", "700", "800"], "10500"); seq_sum(p, ["4200", "3600", "2700"], "10500")
seq_sum(p, ["4010.20", "3412.80", "2398.40"], "9821.40"); seq_sum(p, ["189.80", "187.20", "301.60"], "678.60")
for bud, sp, bal, r in [("4200", "4010.20", "189.80", "95.48%"), ("3600", "3412.80", "187.20", "94.80%"), ("2700", "2398.40", "301.60", "88.83%")]:
    seq_sum(p, [sp, bal], bud); rate(t, p, sp, bud, r)
if quarters(t, p, "10500", ["860.20", "2214.65", "3127.35", "3619.20"]) != D("9821.40"): fail(p + " quarters")
rate(t, p, "9821.40", "10500", "93.54%"); rate(t, p, "3619.20", "9821.40", "36.85%")
has(t, fmt(D("9821.40") / D("1530.59")) + "元", p)
rate(t, p, 126, 120, "105.00%"); rate(t, p, "10.2", "9.5", "107.37%"); rate(t, p, 222, 1850, "12.00%"); seq_sum(p, ["1850", "222"], "2072")
check_scores(t, p, "10500", "9821.40", [(15, 15, "gte", 120, 126), (15, 15, "gte", "9.5", "10.2"), (10, 10, "full", 0, 0),
             (10, 10, "full", 0, 0), (10, 10, "full", 0, 0), (10, 10, "gte", 10, 12), (10, 10, "gte", 60, 68), (10, "9.89", "gte", 85, "84.1")],
             "99.24", "优")
has(t, "效益指标29.89分", p); has(t, "产出指标60分", p)

for e in errors:
    print("FAIL", e)
print("OK" if not errors else f"{len(errors)} problem(s)")
sys.exit(1 if errors else 0)
