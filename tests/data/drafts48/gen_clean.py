#!/usr/bin/env python3
"""Write the five clean drafts (cases/<id>-clean.txt) from gen_p1..gen_p5.
The texts are typed by hand in those modules; only the grid tables are laid out by gridtable.py."""
import os
import gen_p1, gen_p2, gen_p3, gen_p4, gen_p5

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECTS = {
    "longzhou-legalaid-2019": gen_p1,
    "hainan-legalaidfund-2022": gen_p2,
    "sinan-legalaid-2024": gen_p3,
    "wuzhou-legalaidcentre-2023": gen_p4,
    "panzhou-legalaid-2018": gen_p5,
}

if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "cases"), exist_ok=True)
    for pid, mod in PROJECTS.items():
        with open(os.path.join(HERE, "cases", pid + "-clean.txt"), "w", encoding="utf-8") as fh:
            fh.write(mod.text())
        print("wrote", pid)
