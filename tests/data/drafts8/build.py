"""Builds figures/*.json, the error cases and labels.jsonl from the clean drafts, figures_src.py and edits.py."""
import json, os, re
from figures_src import FIG
from edits import EDITS
HERE = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(HERE, "figures"), exist_ok=True)
for pid, f in FIG.items():
    d = {"id": pid}; d.update(f)
    with open(os.path.join(HERE, "figures", pid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1); fh.write("\n")
labels = []
order = list(FIG)
for pid in order:
    labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
    clean = open(os.path.join(HERE, "cases", pid + "-clean.txt"), encoding="utf-8").read()
    for (p, n, code, old, new, value, expl) in EDITS:
        if p != pid: continue
        assert clean.count(old) == 1, (pid, n, old, clean.count(old))
        case = clean.replace(old, new)
        if value is None:  # changed row .. total row
            i = case.index(new)
            start = case.rfind("\n", 0, i) + 1
            m = re.compile(r"^(\| )?(合计|总分)[^\n]*", re.M).search(case, i)
            value = case[start:m.end()]
        assert case.count(value) == 1 and value not in clean, (pid, n, value)
        name = f"{pid}-e{n}.txt"
        with open(os.path.join(HERE, "cases", name), "w", encoding="utf-8") as fh: fh.write(case)
        labels.append({"case": name, "source": pid, "clean": False,
                       "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
    for l in labels: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), "cases")
