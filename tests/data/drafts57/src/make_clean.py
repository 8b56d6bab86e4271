"""Writes cases/<id>-clean.txt from the project sources (run once; build.py starts from the clean drafts)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import proj_a, proj_b, proj_c, proj_d, proj_e
import boxtable
if boxtable.PROBLEMS:
    print("\n".join(boxtable.PROBLEMS)); sys.exit(1)

for m in (proj_a, proj_b, proj_c, proj_d, proj_e):
    path = os.path.join(HERE, "..", "cases", m.ID + "-clean.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(m.TEXT)
    print(m.ID, len(m.TEXT))
