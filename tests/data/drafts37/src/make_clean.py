#!/usr/bin/env python3
"""Write the six clean drafts from src/*.py (run once; the case files are the reference)."""
import os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "cases")
MODS = ["a_fuxin", "b_baishan", "c_ankang", "d_danzhou", "e_tonghua", "f_yingkou"]
os.makedirs(OUT, exist_ok=True)
for m in MODS:
    mod = importlib.import_module(m)
    with open(os.path.join(OUT, mod.ID + "-clean.txt"), "w", encoding="utf-8") as fh:
        fh.write(mod.TEXT)
    print(mod.ID, len(mod.TEXT))
