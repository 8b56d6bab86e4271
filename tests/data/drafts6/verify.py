#!/usr/bin/env python3
"""Check the drafts6 set (pure Python, nothing from the repository).

1. labels: every case file exists and is listed once; severity error; each code at least twice; every value occurs
   exactly once in its case and never in the clean draft of its project;
2. each error case differs from its clean draft by one contiguous edit of at most 16 characters within one line,
   and the edit lies inside the labelled value;
3. the clean drafts: every relation in figures/<id>.json (rates, sums, balances, averages, products, changes) is
   recomputed and compared with the stated figure under the decimals rule (rules §8); the quoted text occurs in the
   draft; weights sum to 100; each row score ≤ weight and follows rules §5 where target and actual share a unit;
   the row scores add up to the stated total; the grade is the band of the total; budget parts add up.
Exit status 1 on any failure.
"""
import json, os, re, sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
FAIL = []


def fail(msg):
    FAIL.append(msg)


def num(s):
    """Decimal value and number of decimals of the first number in s."""
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", s)
    if not m:
        return None, None
    t = m.group(0).replace(",", "")
    d = len(t.split(".")[1]) if "." in t else 0
    return Decimal(t), d


def close(computed, stated):
    v, d = num(stated)
    return abs(Decimal(repr(computed)) - v) <= Decimal("0.5") * Decimal(10) ** (-d) + Decimal("1e-9")


def relation(r):
    a = r["args"]
    k = r["kind"]
    if k == "ratio":
        x = a[0] / a[1]
        if len(a) == 3:
            return x * a[2]
        return x * 100 if ("%" in r["stated"]) else x
    if k == "sum":
        return sum(a)
    if k == "diff":
        return a[0] - a[1]
    if k == "mean":
        return a[0] / a[1]
    if k == "product":
        return a[0] * a[1] * a[2]
    if k == "change":
        return (a[0] - a[1]) / a[1] * 100
    raise ValueError(k)


def unit_of(s):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", s)
    return s[m.end():].strip() if m else None


def rule_score(t, a, w, direction=None):
    """Rules §5 score of a quantitative row, or None when it cannot be computed."""
    if direction is None:
        direction = "gte" if re.match(r"^(≥|>|不低于|不少于)", t) else "lte" if re.match(r"^(≤|<|不超过|不高于)", t) else "eq"
    T, _ = num(t)
    A, _ = num(a)
    if T is None or A is None or unit_of(t) != unit_of(a) or re.search(r"年|月|日", t):
        return None
    T, A, w = float(T), float(A), float(w)
    if direction == "lte":
        return w if A <= T else w * T / A
    if direction == "eq" and T == 0:
        return w if A <= 0 else 0.0
    return w if A >= T else w * max(A, 0) / T


def grade_band(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


GRADE_WORDS = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"), "差": ("差", "较差", "不合格")}


def check_clean(fig, text):
    pid = fig["id"]
    # relations
    for r in fig.get("relations", []):
        if r["quote"] not in text:
            fail(f"{pid}: quote not in clean draft: {r['quote']!r}")
        holder = r.get("total_quote", r["quote"])  # a sum's total may be stated apart from its last part
        if r["stated"] not in holder or holder not in text:
            fail(f"{pid}: stated {r['stated']} not inside its quote {holder!r}")
        c = relation(r)
        if not close(c, r["stated"]):
            fail(f"{pid}: {r['kind']} {r['args']} = {c:.6f}, stated {r['stated']}")
    # budget parts
    b = fig.get("budget", {})
    if "sources" in fig and abs(sum(fig["sources"].values()) - b["annual"]) > 1e-6:
        fail(f"{pid}: sources sum {sum(fig['sources'].values())} != annual {b['annual']}")
    if "spent_by_source" in fig and abs(sum(fig["spent_by_source"].values()) - b["spent"]) > 1e-6:
        fail(f"{pid}: spent_by_source sum != spent")
    comp = fig.get("components")
    if isinstance(comp, dict) and abs(sum(comp.values()) - b["annual"]) > 1e-6:
        fail(f"{pid}: components sum {sum(comp.values())} != annual {b['annual']}")
    if isinstance(comp, list):
        if abs(sum(c["budget"] for c in comp) - b["annual"]) > 1e-6 or abs(sum(c["spent"] for c in comp) - b["spent"]) > 1e-6:
            fail(f"{pid}: component budgets/spent do not add up")
    if not (0 <= b["spent"] <= b.get("received", b["annual"]) <= b["annual"] + 1e-9):
        fail(f"{pid}: ordering 0 <= spent <= received <= annual broken")
    # execution line
    ex = fig["execution"]
    rate = b["spent"] / b["annual"]
    if not close(rate * 100, ex["rate_text"]):
        fail(f"{pid}: execution rate text {ex['rate_text']} vs {rate * 100:.4f}")
    if ex["rate_text"] not in text:
        fail(f"{pid}: execution rate {ex['rate_text']} not in the draft")
    sc = Decimal(repr(ex["weight"] * min(rate, 1.0))).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if abs(sc - Decimal(repr(ex["score"]))) > Decimal("0.005"):
        fail(f"{pid}: execution score {ex['score']} vs {sc}")
    # weights and scores
    inds = fig["indicators"]
    wsum = ex["weight"] + sum(i["weight"] for i in inds)
    if abs(wsum - 100) > 1e-9:
        fail(f"{pid}: weights sum to {wsum}")
    dirs = fig.get("indicator_direction")
    for n, i in enumerate(inds):
        for key in ("target", "actual"):
            if i[key] not in text:
                fail(f"{pid}: {i['name']} {key} {i[key]!r} not in the draft")
        if i["name"] not in text:
            fail(f"{pid}: indicator name {i['name']!r} not in the draft")
        if not (0 <= i["score"] <= i["weight"]):
            fail(f"{pid}: {i['name']} score {i['score']} outside [0, {i['weight']}]")
        rs = rule_score(i["target"], i["actual"], i["weight"], dirs[n] if dirs else None)
        if rs is not None and abs(round(rs + 1e-12, 2) - i["score"]) > 0.005 + 1e-9:
            fail(f"{pid}: {i['name']} score {i['score']} vs rule {rs:.4f}")
    rows = ex["score"] + sum(i["score"] for i in inds)
    if not close(rows, fig["total_text"]):
        fail(f"{pid}: row scores sum {rows:.2f} vs stated total {fig['total_text']}")
    # the table rows as written: weight and score of each indicator row, and the total row
    table_rows(fig, text)
    if fig["total_text"] + "分" not in text:
        fail(f"{pid}: total {fig['total_text']}分 not in the draft text")
    band = grade_band(fig["total_score"])
    if fig["grade"] not in GRADE_WORDS[band]:
        fail(f"{pid}: grade {fig['grade']} vs band {band} of {fig['total_score']}")
    if str(fig["year"]) + "年度" not in text:
        fail(f"{pid}: '{fig['year']}年度' not in the draft")


PURE = re.compile(r"^\d+(?:\.\d+)?$")


def cells_of(line):
    return [c.strip() for c in re.split(r"｜|\t|\|", line)]


def table_rows(fig, text):
    """Read weight and score of every indicator row from the draft's table; check them and the total row."""
    pid = fig["id"]
    lines = text.split("\n")
    wsum = fig["execution"]["weight"]
    ssum = fig["execution"]["score"]
    for i in fig["indicators"]:
        rows = [l for l in lines if i["name"] in cells_of(l) and i["actual"] in cells_of(l)]
        if len(rows) != 1:
            fail(f"{pid}: table row of {i['name']} found {len(rows)}x")
            continue
        cells = cells_of(rows[0])
        after = cells[len(cells) - 1 - cells[::-1].index(i["actual"]) + 1:]
        nums = [c for c in after if PURE.match(c)]
        if len(nums) < 2:
            fail(f"{pid}: {i['name']}: no weight/score cells")
            continue
        w, sc = float(nums[0]), float(nums[1])
        if w != i["weight"] or abs(sc - i["score"]) > 1e-9:
            fail(f"{pid}: {i['name']}: table weight/score {w}/{sc} vs figures {i['weight']}/{i['score']}")
        if sc > w:
            fail(f"{pid}: {i['name']}: score {sc} above weight {w}")
        wsum += w
        ssum += sc
    tot = [l for l in lines if re.match(r"^\|?\s*(合计|总分)", l.strip())]
    if len(tot) != 1:
        fail(f"{pid}: total row found {len(tot)}x")
        return
    nums = [c for c in cells_of(tot[0]) if PURE.match(c)]
    if nums[:1] != ["100"] or abs(wsum - 100) > 1e-9:
        fail(f"{pid}: weights in the table sum to {wsum}, total row {nums[:1]}")
    if len(nums) < 2 or not close(ssum, nums[1]):
        fail(f"{pid}: table scores sum to {ssum:.2f}, total row {nums[1:2]}")


def one_edit(a, b):
    """(start, end_in_a, end_in_b) of the single differing stretch between a and b."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = [r["case"] for r in labels]
    if len(names) != len(set(names)):
        fail("duplicate case names in labels")
    on_disk = set(os.listdir(os.path.join(HERE, "cases")))
    if on_disk != set(names):
        fail(f"cases on disk vs labels differ: {sorted(on_disk ^ set(names))}")
    read = lambda n: open(os.path.join(HERE, "cases", n), encoding="utf-8").read()
    codes = Counter()
    per_source = Counter()
    for r in labels:
        assert set(r) == {"case", "source", "clean", "expected"}, r
        clean = read(r["source"] + "-clean.txt")
        text = read(r["case"])
        if r["clean"]:
            if r["expected"] or text != clean:
                fail(f"{r['case']}: clean case with labels or differing text")
            continue
        per_source[r["source"]] += 1
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: expected exactly one label")
        for e in r["expected"]:
            assert set(e) == {"code", "severity", "value", "explanation"}, e
            codes[e["code"]] += 1
            if e["severity"] != "error":
                fail(f"{r['case']}: severity {e['severity']}")
            if text.count(e["value"]) != 1:
                fail(f"{r['case']}: value occurs {text.count(e['value'])}x")
            if clean.count(e["value"]) != 0:
                fail(f"{r['case']}: value occurs in the clean draft")
            s, ea, eb = one_edit(clean, text)
            if max(ea - s, eb - s) > 16 or max(ea - s, eb - s) == 0:
                fail(f"{r['case']}: edit size {ea - s}/{eb - s}")
            if "\n" in clean[s:ea] or "\n" in text[s:eb]:
                fail(f"{r['case']}: edit crosses a line")
            if clean[:s] + clean[ea:] != text[:s] + text[eb:] and clean[:s] + text[s:eb] + clean[ea:] != text:
                fail(f"{r['case']}: not a single contiguous edit")
            vs = text.index(e["value"])
            if not (vs <= s and eb <= vs + len(e["value"])):
                # the edit must lie inside the value (a pure deletion at its edge is allowed)
                if not (vs <= s <= vs + len(e["value"])):
                    fail(f"{r['case']}: edit [{s},{eb}) not inside the value [{vs},{vs + len(e['value'])})")
    for c, n in sorted(codes.items()):
        if n < 2:
            fail(f"code {c} only {n}x")
    for src, n in per_source.items():
        if n < 4:
            fail(f"{src}: only {n} error cases")
    # clean drafts
    for fn in sorted(os.listdir(os.path.join(HERE, "figures"))):
        fig = json.load(open(os.path.join(HERE, "figures", fn), encoding="utf-8"))
        check_clean(fig, read(fig["id"] + "-clean.txt"))
    # schema (light check of required keys and types, no jsonschema needed)
    for fn in sorted(os.listdir(os.path.join(HERE, "figures"))):
        fig = json.load(open(os.path.join(HERE, "figures", fn), encoding="utf-8"))
        if not isinstance(fig.get("project_name"), str) or not isinstance(fig.get("year"), int):
            fail(f"{fn}: schema required fields")
        if fig.get("unit", "万元") not in ("元", "万元", "亿元"):
            fail(f"{fn}: unit")
    print(f"{len(labels)} cases ({sum(r['clean'] for r in labels)} clean), codes: " +
          ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))
    for m in FAIL:
        print("FAIL", m)
    print("OK" if not FAIL else f"{len(FAIL)} failures")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
