#!/usr/bin/env python3
"""Independent checks of the drafts5 set (no checker code is used).

1. Figures (figures/*.json): validate against ../schema/figures.schema.json (if jsonschema is installed);
   recompute every relation with Decimal under rules.md §5-§8 -- weights (all, per first and second level),
   scores within weights and following §5 from target / actual / weight, stated completion rates (table
   column or prose), total and first-level score sums, grade band, budget identities (sources, initial
   sources, spending by source, components or sub-projects, fund types, central batches), stated rates
   (percent or ratio), balances, sums, averages, products (count x unit price), excess percentages,
   changes vs last year; and that every quoted text of a relation, the headline figures, the total and
   the grade appear in the clean draft. Numbers are read after NFKC normalisation, so full-width digits
   (５７．３６) count as ordinary digits; the quoted texts must match the draft exactly.
2. Labels (labels.jsonl): every case is labelled; clean cases expect nothing, error cases exactly one
   finding of a code of errors.md section A; the value occurs exactly once in its case and never in the
   clean draft; each error case differs from its clean draft by one contiguous edit (no line break, at
   most 16 characters) lying inside the labelled value; which quoted relation texts the edit touches
   and whether the edit lies in the attached 自评表 (from the last mention of 绩效自评表 on) or in the
   text (printed for review); counts per code (each required code at least 3 times) and per project (4-5).

    python3 verify.py          # exits 1 on any failure
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FIGS = os.path.join(HERE, "figures")
ERRORS_MD = os.path.join(HERE, "..", "..", "..", "docs", "domain", "errors.md")
SCHEMA = os.path.join(HERE, "..", "schema", "figures.schema.json")

SECTION_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
             "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
             "unit_mismatch", "year_mismatch", "completion_mismatch", "figure_mismatch"]
# figure_mismatch compares the text with the user's key figures, not the text with itself: not injectable here.
REQUIRED = [c for c in SECTION_A if c != "figure_mismatch"]
EXECUTION = {"预算执行率", "預算執行率"}
GRADE_BAND = {"优": "优", "優": "优", "良": "良", "中": "中", "差": "差"}

bad = []


def fail(msg):
    bad.append(msg)
    print("FAIL", msg)


def note(msg):
    print("note", msg)


NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def nf(s):
    return unicodedata.normalize("NFKC", s)


def numtext(x):
    if isinstance(x, (int, float)):
        return repr(x)
    m = NUM.search(nf(x))
    return m.group(0).replace(",", "")


def dec(x):
    """Decimal from a JSON number or a string as written (thousands separators, full-width digits allowed)."""
    return D(numtext(x))


def decimals(x):
    t = numtext(x)
    return len(t.split(".")[1]) if "." in t else 0


def close(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated number as written."""
    return abs(D(computed) - dec(stated)) <= D("0.5") * D(10) ** -decimals(stated) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def band(s):
    s = dec(s)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def unit_of(s):
    s = nf(s)
    m = NUM.search(s)
    return s[m.end():].strip() if m else None


def direction(target):
    t = nf(target)
    if re.search(r"^\s*(≥|>=|>|不低于|不低於|不少于|不少於|达到|達到)", t) or "以上" in t:
        return "gte"
    if re.search(r"^\s*(≤|<=|<|不高于|不高於|不超过|不超過|控制在)", t) or "以内" in t or "以內" in t:
        return "lte"
    return "eq"


def is_quantitative(ind):
    t, a = ind["target"], ind["actual"]
    if not NUM.search(nf(t)) or not NUM.search(nf(a)):
        return False
    if "年" in t and "月" in t:          # a date target: scored as a judgement, not arithmetically
        return False
    return True


def money_forms(x):
    v = dec(x)
    forms = {f"{v:,.2f}", f"{v:.2f}"}
    if v == v.to_integral_value():
        forms |= {f"{int(v):,}", str(int(v))}
    return forms


def rate_value(r):
    c = dec(r["num"]) / dec(r["den"])
    return c if r.get("scale") == "ratio" else c * 100


def check_figures(f, clean, schema):
    pid = f["id"]
    nclean = nf(clean)
    if schema is not None:
        import jsonschema
        try:
            jsonschema.validate(f, schema)
        except jsonschema.ValidationError as e:
            fail(f"{pid}: schema: {e.message}")
    inds = f["indicators"]
    # --- weights
    wsum = sum(dec(i["weight"]) for i in inds)
    if wsum != 100:
        fail(f"{pid}: weights sum {wsum}")
    by1, by2, s1 = defaultdict(D), defaultdict(D), defaultdict(D)
    for i in inds:
        by1[i["level1"]] += dec(i["weight"])
        s1[i["level1"]] += dec(i["score"])
        if i["level1"] not in EXECUTION:
            by2[i["level2"]] += dec(i["weight"])
    for k, v in f.get("weights_level1", {}).items():
        if by1[k] != dec(v):
            fail(f"{pid}: level-1 weight {k} {v} vs rows {by1[k]}")
    for k, v in f.get("weights_level2", {}).items():
        if by2[k] != dec(v):
            fail(f"{pid}: level-2 weight {k} {v} vs rows {by2[k]}")
    for k, v in f.get("level1_scores", {}).items():
        if not close(v, s1[k]):
            fail(f"{pid}: level-1 score {k} {v} vs rows {s1[k]}")
    # --- scores
    b = f["budget"]
    rate = dec(b["spent"]) / dec(b["annual"]) * 100
    for i in inds:
        w, s = dec(i["weight"]), dec(i["score"])
        if not (0 <= s <= w):
            fail(f"{pid}: score {s} outside [0, {w}] in {i['name']}")
        if i["level1"] in EXECUTION:
            if not close(i["actual"], rate):
                fail(f"{pid}: execution rate {i['actual']} vs {rate:.4f}")
            exp = {r2(w * min(rate, D(100)) / 100), r2(w * min(dec(i["actual"]), D(100)) / 100)}
            if not any(abs(s - e) <= D("0.005") for e in exp):
                fail(f"{pid}: execution score {s} vs {sorted(exp)}")
            if "completion" in i and not close(i["completion"], rate):
                fail(f"{pid}: execution completion {i['completion']}")
            continue
        if not is_quantitative(i):
            frac = s / w
            bandname = "achieved" if frac >= D("0.8") else "partly" if frac >= D("0.6") else "not achieved"
            note(f"{pid}: qualitative/date row {i['name']!r} {i['target']!r} -> {i['actual']!r}: {s}/{w} ({bandname})")
            continue
        t, a = i["target"], i["actual"]
        if unit_of(t) != unit_of(a):
            fail(f"{pid}: unit of target {t!r} and actual {a!r} differ in {i['name']}")
        T, A = dec(t), dec(a)
        dr = direction(t)
        if dr == "lte":
            exp = w if A <= T else r2(w * T / A)
            comp = D(100) if A <= T else T / A * 100
        elif dr == "eq" and T == 0:
            exp = w if A <= 0 else D(0)
            comp = None
        else:
            exp = w if A >= T else r2(w * A / T)
            comp = A / T * 100
        if abs(s - exp) > D("0.005"):
            fail(f"{pid}: score {s} of {i['name']} vs rule §5 {exp} ({dr}, T={T}, A={A})")
        if "completion" in i:
            if comp is None or not close(i["completion"], comp):
                fail(f"{pid}: completion {i['completion']} of {i['name']} vs {comp}")
        if "excess" in i and not close(i["excess"], comp - 100):
            fail(f"{pid}: excess {i['excess']} of {i['name']} vs {comp - 100}")
        if comp is not None and comp - 100 > 20 and not i.get("deviation_note") and dr != "lte":
            fail(f"{pid}: {i['name']} over-achieved by {comp - 100:.1f}% without a reason")
        if comp is not None and comp < 100 and not i.get("deviation_note"):
            fail(f"{pid}: {i['name']} unmet ({comp:.2f}%) without a reason")
    rows = sum(dec(i["score"]) for i in inds)
    if "total_score_rows" in f and dec(f["total_score_rows"]) != rows:
        fail(f"{pid}: total_score_rows {f['total_score_rows']} vs rows {rows}")
    if not close(f["total_score"], rows):
        fail(f"{pid}: scores sum {rows} vs total {f['total_score']}")
    if band(f["total_score"]) != GRADE_BAND.get(f["grade"][0]):
        fail(f"{pid}: grade {f['grade']} for {f['total_score']}")
    # --- budget identities
    annual, spent = dec(b["annual"]), dec(b["spent"])
    received = dec(b.get("received", b["annual"]))
    if not (0 <= spent <= received <= annual):
        fail(f"{pid}: ordering spent {spent} <= received {received} <= annual {annual}")
    if "sources" in f and sum(dec(v) for v in f["sources"].values()) != annual:
        fail(f"{pid}: sources sum {sum(dec(v) for v in f['sources'].values())} vs annual {annual}")
    if "initial_sources" in f and sum(dec(v) for v in f["initial_sources"].values()) != dec(b["initial"]):
        fail(f"{pid}: initial sources vs initial budget")
    if "spent_by_source" in f:
        sbs = f["spent_by_source"]
        if sum(dec(v) for v in sbs.values()) != spent:
            fail(f"{pid}: spent_by_source sum vs spent")
        for k, v in sbs.items():
            if dec(v) > dec(f["sources"][k]):
                fail(f"{pid}: spent {k} above its budget")
    comps = f.get("components")
    if isinstance(comps, dict) and sum(dec(v) for v in comps.values()) not in (spent, annual):
        fail(f"{pid}: components sum {sum(dec(v) for v in comps.values())}")
    if isinstance(comps, list):
        if sum(dec(c["budget"]) for c in comps) != annual:
            fail(f"{pid}: sub-project budgets vs annual")
        if sum(dec(c["spent"]) for c in comps) != spent:
            fail(f"{pid}: sub-project spending vs spent")
        for c in comps:
            if dec(c["spent"]) > dec(c["budget"]):
                fail(f"{pid}: sub-project {c['name']} spent above budget")
    if "budget_components" in f and sum(dec(v) for v in f["budget_components"].values()) != annual:
        fail(f"{pid}: budget components vs annual")
    if "initial_components" in f and sum(dec(v) for v in f["initial_components"].values()) != dec(b["initial"]):
        fail(f"{pid}: initial components vs initial")
    if "spent_by_fund_type" in f and sum(dec(v) for v in f["spent_by_fund_type"].values()) != spent:
        fail(f"{pid}: spent by fund type vs spent")
    if "budget_by_fund_type" in f:
        for key in ("initial", "annual"):
            tot = sum(dec(v[key]) for v in f["budget_by_fund_type"].values())
            if tot != dec(b[key]):
                fail(f"{pid}: fund types {key} {tot} vs {b[key]}")
    if "central_issues" in f and sum(dec(v) for v in f["central_issues"].values()) != dec(f["sources"]["central"]):
        fail(f"{pid}: central issues vs central source")
    if "change_rate" in f:
        ch = dec(f["change_vs_last_year"])
        if not close(f["change_rate"], ch / (annual - ch) * 100):
            fail(f"{pid}: change rate {f['change_rate']}")
    db = f.get("department_budget")
    if db:
        if dec(db["basic_annual"]) + dec(db["project_annual"]) != dec(db["annual"]):
            fail(f"{pid}: department budget basic + project")
        if dec(db["basic_spent"]) + dec(db["project_spent"]) != dec(db["spent"]):
            fail(f"{pid}: department spending basic + project")
        if dec(db["project_annual"]) != annual or dec(db["project_spent"]) != spent:
            fail(f"{pid}: department project figures vs budget")
    # --- stated relations
    texts = []
    for r in f.get("rates", []):
        c = rate_value(r)
        if not close(r["stated"], c):
            fail(f"{pid}: rate {r['name']} {r['stated']} vs {c:.6f}")
        if c > (1 if r.get("scale") == "ratio" else 100):
            fail(f"{pid}: rate {r['name']} above 100%")
        texts.append(r.get("text"))
    for r in f.get("balances", []):
        if dec(r["received"]) - dec(r["spent"]) != dec(r["stated"]):
            fail(f"{pid}: balance {r['name']} {r['stated']}")
        texts.append(r.get("text"))
    for r in f.get("sums", []):
        if sum(dec(p) for p in r["parts"]) != dec(r["total"]):
            fail(f"{pid}: sum {r['name']}: {sum(dec(p) for p in r['parts'])} vs {r['total']}")
        texts.append(r.get("text"))
    for r in f.get("averages", []):
        c = dec(r["total"]) / dec(r["count"])
        if not close(r["stated"], c):
            fail(f"{pid}: average {r['name']} {r['stated']} vs {c:.4f}")
        texts.append(r.get("text"))
    for r in f.get("products", []):
        if dec(r["a"]) * dec(r["b"]) != dec(r["total_yuan"]):
            fail(f"{pid}: product {r['name']}")
        texts.append(r.get("text"))
    for r in f.get("excess", []):
        c = (dec(r["actual"]) / dec(r["target"]) - 1) * 100
        if not close(r["stated"], c):
            fail(f"{pid}: excess {r['name']} {r['stated']} vs {c:.4f}")
        texts.append(r.get("text"))
    for r in f.get("completion_texts", []):
        c = dec(r["actual"]) / dec(r["target"]) * 100
        if not close(r["stated"], c):
            fail(f"{pid}: completion {r['name']} {r['stated']} vs {c:.4f}")
        texts.append(r.get("text"))
    for r in f.get("changes", []):
        ch = dec(r["change"])
        c = ch / (dec(r["current"]) - ch) * 100
        if not close(r["stated"], c):
            fail(f"{pid}: change {r['name']} {r['stated']} vs {c:.4f}")
        texts.append(r.get("text"))
    for r in f.get("restated", []):
        texts.extend(r["values"])
        if len({nf(v) for v in r["values"]}) != len(r["values"]):
            fail(f"{pid}: restated values of {r['name']} not distinct texts")
    for k, v in f.items():
        if k.endswith("_text") and isinstance(v, str):
            texts.append(v)
    for t in texts:
        if t and t not in clean:
            fail(f"{pid}: quoted text not in the clean draft: {t!r}")
    # --- headline figures, total, grade, indicator values in the clean text
    for key in ("annual", "spent"):
        if not any(m in nclean for m in money_forms(b[key])):
            fail(f"{pid}: budget.{key} {b[key]} not in clean text")
    tv = dec(f["total_score"])
    if not any(s in nclean for s in {f"{tv}分", f"{tv:.2f}分"}):
        fail(f"{pid}: total {tv}分 not in clean text")
    if f["grade"] not in clean:
        fail(f"{pid}: grade {f['grade']} not in clean text")
    if str(f["year"]) not in nf(clean[:300]):
        fail(f"{pid}: evaluation year not in the title / introduction")
    for i in inds:
        for key in ("target", "actual"):
            if i[key] not in clean and nf(i[key]) not in nclean:
                if i.get(key + "_text") and i[key + "_text"] in clean:
                    continue
                note(f"{pid}: {key} {i[key]!r} of {i['name']} not verbatim in text")
    return [t for t in texts if t]


def one_edit(clean, text):
    i = 0
    while i < min(len(text), len(clean)) and text[i] == clean[i]:
        i += 1
    j = 0
    while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
        j += 1
    return i, len(text) - j, clean[i:len(clean) - j]


def main():
    if os.path.exists(ERRORS_MD):
        cat = open(ERRORS_MD, encoding="utf-8").read()
        for c in SECTION_A:
            if f"`{c}`" not in cat:
                fail(f"code {c} not in errors.md")
    schema = None
    try:
        import jsonschema  # noqa: F401
        schema = json.load(open(SCHEMA, encoding="utf-8"))
    except (ImportError, OSError):
        note("jsonschema or the schema file not available: schema validation skipped")
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = set(os.listdir(CASES))
    if files != {l["case"] for l in labels}:
        fail(f"case files and labels differ: {sorted(files ^ {l['case'] for l in labels})}")
    quoted = {}
    for fn in sorted(os.listdir(FIGS)):
        f = json.load(open(os.path.join(FIGS, fn), encoding="utf-8"))
        if fn != f["id"] + ".json":
            fail(f"{fn}: id {f['id']}")
        clean = open(os.path.join(CASES, f["id"] + "-clean.txt"), encoding="utf-8").read()
        quoted[f["id"]] = check_figures(f, clean, schema)
    codes, per_project, places = Counter(), Counter(), Counter()
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"] or text != clean:
                fail(f"{lab['case']}: clean case with findings or not the clean draft")
            continue
        per_project[lab["source"]] += 1
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one finding")
            continue
        ex = lab["expected"][0]
        codes[ex["code"]] += 1
        if ex["code"] not in SECTION_A or ex["severity"] != "error":
            fail(f"{lab['case']}: code {ex['code']} / severity {ex['severity']}")
        v = ex["value"]
        n = text.count(v)
        if n != 1:
            fail(f"{lab['case']}: value occurs {n} times: {v!r}")
        if v in clean:
            fail(f"{lab['case']}: value also occurs in the clean draft")
        s, e, old = one_edit(clean, text)
        new = text[s:e]
        if not new and not old:
            fail(f"{lab['case']}: identical to the clean draft")
        if "\n" in new or "\n" in old or max(len(new), len(old)) > 16:
            fail(f"{lab['case']}: edit region too large: {old!r} -> {new!r}")
        k = text.find(v)
        if not (k <= s and e <= k + len(v)):
            fail(f"{lab['case']}: the edit {old!r} -> {new!r} is not inside the labelled value")
        touched = [q for q in quoted[lab["source"]] if q not in text]
        where = "table" if s >= clean.rfind("绩效自评表") else "text"
        places[where] += 1
        print(f"{lab['case']:42s} {ex['code']:20s} {where:5s} {old!r} -> {new!r}; quoted relation texts touched: {len(touched)}")
    print()
    for c in REQUIRED:
        if codes[c] < 2:
            fail(f"code {c} appears {codes[c]} times (< 2)")
    for p in quoted:
        if per_project[p] != 4:
            fail(f"{p}: {per_project[p]} error cases")
    for c, n in sorted(codes.items()):
        print(f"{c:22s} {n}")
    print(f"edits in the attached 自评表 {places['table']}, in the text {places['text']}")
    print(f"projects {len(quoted)}, clean {sum(1 for l in labels if l['clean'])}, "
          f"error cases {sum(1 for l in labels if not l['clean'])}, failures {len(bad)}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
