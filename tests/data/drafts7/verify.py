#!/usr/bin/env python3
"""Self-check of the drafts7 set (pure Python, no imports from the repository).

1. labels.jsonl: every case exists; clean cases have no labels; each error case differs from its clean draft by
   ONE contiguous edit of at most 16 characters that stays within one line; each label value occurs exactly once
   in its case, never in the clean draft, and covers the edit.
2. figures/*.json: valid against ../../../../shared/schema/figures.schema.json (or $FIGURES_SCHEMA) with a small
   built-in validator (type, required, properties, items, enum, oneOf, additionalProperties); a `notes` field exists.
3. Arithmetic of the clean drafts, redone with Decimal (ROUND_HALF_UP) and the tolerance of the stated decimals
   (rules §8): every relation in figures[*].checks (rates, sums, differences, products, averages, proportional
   scores), quoted text found in the clean draft; weights add up to 100; 0 <= score <= weight; scores add up to
   the stated total; execution score = 10 x spent/annual; grade = band of the total (90/80/60).
"""
import json, os, sys, glob
from decimal import Decimal, ROUND_HALF_UP
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.environ.get("FIGURES_SCHEMA", "/work/shared/schema/figures.schema.json")
errors = []
def fail(msg): errors.append(msg)

def D(x): return Decimal(str(x))
def decimals(s):
    s = s.replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0
def num(s): return D(s.replace(",", "").replace("%", "").strip())
def consistent(computed, stated):
    tol = Decimal("0.5") * (Decimal(10) ** -decimals(stated)) + Decimal("1e-9")
    return abs(computed - num(stated)) <= tol

# ---------- 1. cases and labels ----------
def one_edit(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]: i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a)-1-j] == b[len(b)-1-j]: j += 1
    return i, a[i:len(a)-j], b[i:len(b)-j]

labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
codes = Counter(); where = Counter()
for lab in labels:
    path = os.path.join(HERE, "cases", lab["case"])
    if not os.path.exists(path): fail("missing case " + lab["case"]); continue
    text = open(path, encoding="utf-8").read()
    if lab["clean"]:
        if lab["expected"]: fail("clean case with labels " + lab["case"])
        continue
    clean = open(os.path.join(HERE, "cases", lab["source"] + "-clean.txt"), encoding="utf-8").read()
    pos, old, new = one_edit(clean, text)
    if not old and not new: fail("no edit in " + lab["case"])
    if max(len(old), len(new)) > 16: fail("edit longer than 16 chars in %s: %r -> %r" % (lab["case"], old, new))
    if "\n" in old or "\n" in new: fail("edit crosses a line in " + lab["case"])
    if len(lab["expected"]) != 1: fail("need exactly one label in " + lab["case"])
    for exp in lab["expected"]:
        v = exp["value"]; codes[exp["code"]] += 1
        if exp["severity"] != "error": fail("severity not error in " + lab["case"])
        if text.count(v) != 1: fail("value occurs %d times in %s: %r" % (text.count(v), lab["case"], v))
        if v in clean: fail("value occurs in clean draft for %s: %r" % (lab["case"], v))
        s = text.find(v)
        if not (s <= pos and pos + len(new) <= s + len(v)): fail("value does not cover the edit in " + lab["case"])
        marker = "自评表"
        where["table" if pos > text.rfind(marker) else "text"] += 1

# ---------- 2. schema ----------
def validate(inst, sch, path="$"):
    t = sch.get("type")
    tm = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float)}
    if t:
        ok = isinstance(inst, tm[t]) and not (t in ("integer", "number") and isinstance(inst, bool))
        if t == "integer" and isinstance(inst, float): ok = False
        if not ok: fail("%s: not %s" % (path, t)); return
    if "enum" in sch and inst not in sch["enum"]: fail("%s: %r not in enum" % (path, inst))
    if "oneOf" in sch:
        saved = len(errors); n = 0
        for sub in sch["oneOf"]:
            before = len(errors); validate(inst, sub, path)
            if len(errors) == before: n += 1
            del errors[before:]
        if n != 1: fail("%s: matches %d of oneOf" % (path, n))
    if isinstance(inst, dict):
        for r in sch.get("required", []):
            if r not in inst: fail("%s: missing %s" % (path, r))
        props = sch.get("properties", {})
        for k, v in inst.items():
            if k in props: validate(v, props[k], path + "." + k)
            elif isinstance(sch.get("additionalProperties"), dict): validate(v, sch["additionalProperties"], path + "." + k)
            elif sch.get("additionalProperties") is False: fail("%s: extra %s" % (path, k))
    if isinstance(inst, list) and "items" in sch:
        for i, v in enumerate(inst): validate(v, sch["items"], "%s[%d]" % (path, i))

schema = json.load(open(SCHEMA, encoding="utf-8")) if os.path.exists(SCHEMA) else None
if schema is None: print("warning: schema not found at", SCHEMA)

# ---------- 3. arithmetic ----------
def grade_band(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
LABEL = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中", "差": "差", "较差": "差"}

nchecks = 0
figs = sorted(glob.glob(os.path.join(HERE, "figures", "*.json")))
for fp in figs:
    f = json.load(open(fp, encoding="utf-8"))
    pid = f["id"]
    if schema: validate(f, schema, pid)
    if not f.get("notes"): fail(pid + ": no notes")
    clean = open(os.path.join(HERE, "cases", pid + "-clean.txt"), encoding="utf-8").read()
    for c in f.get("checks", []):
        nchecks += 1
        if c["where"] not in clean: fail("%s: quoted text not in clean draft: %r" % (pid, c["where"])); continue
        st = c.get("stated", c.get("total"))
        if not c.get("converted") and st not in c["where"] and st not in clean: fail("%s: stated %s not in text" % (pid, st))
        k = c["kind"]
        ops = c.get("parts", []) + [c[x] for x in ("num", "den", "a", "b") if x in c]
        if not c.get("converted") and k != "score":
            for x in ops:   # every operand is printed in the clean draft in some usual format
                forms = {"%.2f" % x, "{:,.2f}".format(x), "%g" % x, "{:,}".format(x), "%.1f" % x}
                if float(x).is_integer(): forms |= {str(int(x)), "{:,}".format(int(x))}
                if not any(fm in clean for fm in forms): fail("%s: operand %s of %r not printed" % (pid, x, c["where"][:30]))
        if k == "ratio": val = D(c["num"]) / D(c["den"]) * 100
        elif k == "quot": val = D(c["num"]) / D(c["den"])
        elif k == "sum": val = sum(D(x) for x in c["parts"])
        elif k == "diff": val = D(c["a"]) - D(c["b"])
        elif k == "product": val = D(c["a"]) * D(c["b"])
        elif k == "score":
            w, t, a = D(c["weight"]), D(c["target"]), D(c["actual"])
            r = a / t if c["dir"] == "gte" else t / a
            val = w * min(r, Decimal(1))
        else: fail("unknown check " + k); continue
        if not consistent(val, st):
            fail("%s: %s check %s gives %s, stated %s" % (pid, k, c["where"][:30], val.quantize(Decimal("0.0001")), st))
    inds = f.get("indicators", [])
    wsum = sum(D(i["weight"]) for i in inds); ssum = sum(D(i["score"]) for i in inds)
    if wsum != 100: fail("%s: weights add up to %s" % (pid, wsum))
    for i in inds:
        if not (0 <= i["score"] <= i["weight"]): fail("%s: score out of range in %s" % (pid, i["name"]))
        if i["name"] not in clean: fail("%s: indicator %s not in draft" % (pid, i["name"]))
    tot = f["total_score"]; tot_s = ("%s" % tot)
    if "total_score_rows" in f:
        if D(f["total_score_rows"]) != ssum: fail("%s: rows sum %s != total_score_rows" % (pid, ssum))
    else:
        tot_s = "%.2f" % tot
        if tot_s not in clean: fail("%s: total %s not in draft" % (pid, tot_s))
    if not consistent(ssum, tot_s): fail("%s: scores add up to %s, stated %s" % (pid, ssum, tot_s))
    b = f["budget"]
    ex = [i for i in inds if i["name"] == "预算执行率"]
    if ex:
        val = D(10) * min(D(b["spent"]) / D(b["annual"]), Decimal(1))
        if not consistent(val, "%.2f" % ex[0]["score"]): fail("%s: execution score %s vs %s" % (pid, val, ex[0]["score"]))
    if LABEL.get(f["grade"]) != grade_band(D(tot)): fail("%s: grade %s but total %s" % (pid, f["grade"], tot))
    if f["grade"] not in clean: fail("%s: grade label not in draft" % pid)
    if str(f["year"]) not in clean: fail("%s: year not in draft" % pid)

print("cases:", len(labels), "error cases:", sum(codes.values()), "arithmetic checks:", nchecks)
for k, v in sorted(codes.items()): print("  %-22s %d" % (k, v))
print("edit location:", dict(where))
if errors:
    print("FAILED:"); [print("  -", e) for e in errors]; sys.exit(1)
print("OK")
