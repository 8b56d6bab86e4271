"""What in a draft is still to be written: placeholders (待补充：… / 待核实：… / 【…】 slots / 年 月 日) and
instructions to the writer (请据实填写，不得照搬往年材料 …). Word highlights all of them
(``chains.export``) so none is submitted by mistake. Pure.
"""

from __future__ import annotations

import re

#: a gap left for the user: 待补充：…。 / 待核实：…。, a 【…】 slot, （待补充）, the date line 年 月 日, a bare 待补充
PLACEHOLDER = re.compile(
    r"待(?:补充|核实)[：:][^。\n]*。?|【[^】\n]*】|（待(?:补充|核实)）|(?<![0-9０-９])年[ 　]+月[ 　]+日|待补充|待核实"
)
#: a sentence that tells the writer what to do rather than reporting anything
INSTRUCTION = re.compile(r"[^。；\n]*(?:请据实|不得照搬|如无，请注明|请补充|请核实|请说明|请按本地)[^。\n]*。?")


def gap_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of every placeholder and instruction in ``text``, merged, in order."""
    spans = sorted([m.span() for m in PLACEHOLDER.finditer(text)] + [m.span() for m in INSTRUCTION.finditer(text)])
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        elif e > s:
            merged.append((s, e))
    return merged


def split_gaps(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is a gap) in order; joined, the pieces give ``text`` back."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in gap_spans(text):
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def gap_share(text: str) -> float:
    """Share of the characters of ``text`` (blanks excluded) that are gaps."""
    total = len(re.sub(r"\s", "", text))
    gap = sum(len(re.sub(r"\s", "", text[s:e])) for s, e in gap_spans(text))
    return gap / total if total else 0.0
