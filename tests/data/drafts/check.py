#!/usr/bin/env python3
"""Sanity checks of the drafts set (independent of any checker).

1. every label value occurs in its case text (and how often);
2. every error case differs from its clean draft in one contiguous place, inside an
   occurrence of the labelled value;
3. the key figures of every project are arithmetically consistent (rules.md §5-§8):
   weights sum to 100, scores within weights and summing to the stated total (±0.5·10^-d),
   grade band, sources and components sum to the budget, execution rate and score;
   and the headline figures appear in the clean draft;
4. counts per code.
"""
import json
import os
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FIGS = os.path.join(HERE, "figures")
bad = []


def fail(msg):
    bad.append(msg)
    print("FAIL", msg)


def band(s):
    s = D(str(s))
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def decimals(x):
    if isinstance(x, int):
        return 0
    t = x if isinstance(x, str) else repr(x)
    return len(t.split(".")[1]) if "." in t else 0


def close(stated, computed):
    """Tolerance of rules.md §8: |c - v| <= 0.5 * 10^-d, d from the stated number."""
    d = decimals(stated)
    return abs(D(str(computed)) - D(str(stated))) <= D("0.5") * D(10) ** -d + D("1e-9")


labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
codes = Counter()
for lab in labels:
    text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
    if lab["clean"]:
        if lab["expected"]:
            fail(f"{lab['case']}: clean case with expected findings")
        continue
    if len(lab["expected"]) != 1:
        fail(f"{lab['case']}: expected exactly one finding")
    for ex in lab["expected"]:
        codes[ex["code"]] += 1
        n = text.count(ex["value"])
        if n == 0:
            fail(f"{lab['case']}: value not found: {ex['value']!r}")
        elif n > 1:
            print(f"note {lab['case']}: value occurs {n} times")
        if ex["value"] in clean:
            fail(f"{lab['case']}: value also occurs in the clean draft")
    # one contiguous change
    i = 0
    while i < min(len(text), len(clean)) and text[i] == clean[i]:
        i += 1
    j = 0
    while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
        j += 1
    s, e = i, len(text) - j
    changed_clean = clean[i:len(clean) - j]
    if "\n" in text[s:e] or "\n" in changed_clean or e - s > 12:
        fail(f"{lab['case']}: change region too large: {clean[i:len(clean)-j]!r} -> {text[s:e]!r}")
    v = lab["expected"][0]["value"]
    k, inside = text.find(v), False
    while k >= 0:
        if k <= s and e <= k + len(v):
            inside = True
        k = text.find(v, k + 1)
    if not inside:
        fail(f"{lab['case']}: the edit {text[s:e]!r} is not inside the labelled value")

# figures
for pid in sorted({lab["source"] for lab in labels}):
    f = json.load(open(os.path.join(FIGS, pid + ".json"), encoding="utf-8"))
    pid = f["id"]
    clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
    inds = f["indicators"]
    wsum = sum(D(str(i["weight"])) for i in inds)
    ssum = sum(D(str(i["score"])) for i in inds)
    if wsum != 100:
        fail(f"{pid}: weights sum {wsum}")
    for i in inds:
        if not (0 <= i["score"] <= i["weight"]):
            fail(f"{pid}: score above weight in {i['name']}")
    if not close(f["total_score"], ssum):
        fail(f"{pid}: scores sum {ssum} vs total {f['total_score']}")
    if band(f["total_score"]) != f["grade"][0]:
        fail(f"{pid}: grade {f['grade']} for {f['total_score']}")
    b = f["budget"]
    src = f.get("sources", {})
    if src and not close(b["annual"], sum(D(str(v)) for v in src.values())):
        fail(f"{pid}: sources {sum(src.values())} vs annual {b['annual']}")
    sbs = f.get("spent_by_source")
    if sbs and not close(b["spent"], sum(D(str(v)) for v in sbs.values())):
        fail(f"{pid}: spent_by_source vs spent")
    comp = f.get("components")
    if isinstance(comp, dict):
        tot = sum(D(str(v)) for v in comp.values())
        if tot not in (D(str(b["annual"])), D(str(b["spent"]))):
            fail(f"{pid}: components {tot}")
    elif isinstance(comp, list):
        for key in ("budget", "spent"):
            vals = [c[key] for c in comp if key in c]
            if vals and sum(D(str(v)) for v in vals) != D(str(b["annual" if key == "budget" else "spent"])):
                fail(f"{pid}: components {key}")
    rate = D(str(b["spent"])) / D(str(b["annual"])) * 100
    ex = [i for i in inds if i["level1"] == "预算执行率"][0]
    if not close(ex["actual"].rstrip("%"), rate):
        fail(f"{pid}: execution rate {ex['actual']} vs {rate:.4f}")
    if not (close(ex["score"], rate / 10) or close(ex["score"], D(ex["actual"].rstrip("%")) / 10)):
        fail(f"{pid}: execution score {ex['score']} vs {rate/10:.4f}")
    # headline figures present in the clean text
    fmt = (lambda x: f"{x:,}") if f.get("unit") == "元" else (lambda x: f"{x:.2f}")
    for key in ("annual", "spent"):
        s1, s2 = fmt(b[key]), f"{b[key]:,.2f}"
        if s1 not in clean and s2 not in clean:
            fail(f"{pid}: budget.{key} {b[key]} not in clean text")
    tot = f["total_score"]
    ts = str(int(tot)) if float(tot).is_integer() else str(tot)
    if f"{ts}分" not in clean:
        fail(f"{pid}: total {ts}分 not in clean text")
    for i in inds:
        if i["level1"] != "预算执行率" and i["actual"] not in clean and ";" not in i["actual"] and "；" not in i["actual"]:
            print(f"note {pid}: actual {i['actual']!r} of {i['name']} not verbatim in text")

print()
for c, n in sorted(codes.items()):
    print(f"{c:22s} {n}")
print(f"clean {sum(1 for l in labels if l['clean'])}, error cases {sum(1 for l in labels if not l['clean'])}")
sys.exit(1 if bad else 0)
