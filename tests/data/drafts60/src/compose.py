#!/usr/bin/env python3
"""Write the five clean drafts (cases/<id>-clean.txt) from the block specs in this folder."""
import importlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from layout import render
MODS = ["p1_qitai", "p2_ledong", "p3_karuo", "p4_fuhai", "p5_tunchang"]
out = os.path.join(os.path.dirname(HERE), "cases")
for m in MODS:
    mod = importlib.import_module(m)
    text = render(mod.SPEC)
    with open(os.path.join(out, mod.ID + "-clean.txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    print(mod.ID, len(text), "chars", text.count("\n"), "lines")
