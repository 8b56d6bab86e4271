"""Format check for real6 (pure python, no dependencies).

Asserts: every report has exactly one manifest line and one label line (and vice versa);
every label value is a verbatim substring occurring exactly once in its report;
label fields and severities are well formed; clean == (no expected findings).
Run: python3 check_format.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REP = os.path.join(HERE, "reports")


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                rows.append(json.loads(line))
    return rows


def main():
    reports = sorted(f for f in os.listdir(REP) if f.endswith(".txt"))
    manifest = load("manifest.jsonl")
    labels = load("labels.jsonl")
    mcases = [m["case"] for m in manifest]
    lcases = [l["case"] for l in labels]
    assert len(set(mcases)) == len(mcases), "duplicate manifest case"
    assert len(set(lcases)) == len(lcases), "duplicate label case"
    assert set(mcases) == set(reports), ("manifest/report mismatch", set(mcases) ^ set(reports))
    assert set(lcases) == set(reports), ("labels/report mismatch", set(lcases) ^ set(reports))
    keys = {"case", "url", "title", "province", "department_kind", "year", "kind", "layout", "truncated"}
    for m in manifest:
        assert keys <= set(m), ("manifest keys", m["case"], keys - set(m))
    n_err = 0
    for l in labels:
        text = open(os.path.join(REP, l["case"]), encoding="utf-8").read()
        assert l["clean"] == (len(l["expected"]) == 0), ("clean flag", l["case"])
        for e in l["expected"]:
            assert set(e) == {"code", "severity", "value", "explanation"}, ("label keys", l["case"])
            assert e["severity"] == "error", ("severity", l["case"])
            c = text.count(e["value"])
            assert c == 1, ("value must occur exactly once", l["case"], e["value"], c)
            n_err += 1
    print(f"ok: {len(reports)} reports, {len(manifest)} manifest lines, {len(labels)} label lines, "
          f"{n_err} labelled errors, {sum(l['clean'] for l in labels)} clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
