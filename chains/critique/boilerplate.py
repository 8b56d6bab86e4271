"""Boilerplate (errors.md 24): clauses repeated within a report, or copied from another report.

Text is compared by hashes of normalised clauses and sentences (no punctuation, blanks or Word
bookmarks; full-width letters and digits as ASCII). A corpus report sharing most of the text is a
version of the same report, not a source of boilerplate. Pure: no I/O; the corpus hashes are cached.
"""

from __future__ import annotations

import hashlib
import re
import sys
from bisect import bisect_right, insort
from collections.abc import Mapping
from functools import lru_cache

from chains.critique.missing import BOOKMARK, PUNCT_WS, sentences
from chains.findings import Finding
from chains.text.outline import Heading, parse_headings

_CLAIM_WORDS = re.compile(r"满意|好评|认可|知晓|合格率|优良率|达标率")

#: full-width ASCII forms → ASCII (what NFKC does to report text, at str.translate speed)
_HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")


def _norm(s: str) -> str:
    """Text for hashing: no bookmarks, punctuation or blanks; full-width letters and digits as ASCII."""
    if "[bookmark" in s:
        s = BOOKMARK.sub("", s)
    s = PUNCT_WS.sub("", s)
    return s.translate(_HALF_WIDTH) if _FULL_WIDTH.search(s) else s


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, non-overlapping)."""
    k = bisect_right(spans, (pos, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _units(text: str, headings: list[Heading]) -> list[tuple[tuple[int, int], str, bool]]:
    """Clauses outside headings: (span, normalised text, is a figure-bearing claim such as "满意度95%")."""
    heading_spans = sorted(h.span for h in headings)
    out: list[tuple[tuple[int, int], str, bool]] = []
    for m in re.finditer(r"[^。！？!?；;\n：:，,]+", text):
        s, e = m.span()
        while s < e and text[s] in " \t\u3000":
            s += 1
        if _inside(s, heading_spans):
            continue
        norm = _norm(text[s:e])
        if len(norm) < 4:
            continue
        claim = bool(re.search(r"\d", norm)) and "%" in text[s:e] and bool(_CLAIM_WORDS.search(norm))
        out.append(((s, e), norm, claim))
    return out


def _hash(s: str) -> str:
    return hashlib.blake2b(s.encode("utf-8"), digest_size=8).hexdigest()


@lru_cache(maxsize=1024)
def _corpus_hashes(other: str) -> tuple[str, frozenset[str]]:
    """Hash of the whole normalised report and of its clauses (cached: the app passes the same corpus
    on every critique)."""
    return _hash(_norm(other)), frozenset(_hash(n) for _, n, _ in _units(other, parse_headings(other)))


BOILERPLATE_MIN = 30  # normalised characters (errors.md #24)
SAME_REPORT_SHARE = 0.8  # a corpus report sharing this much of the text is a version of the same report


def boilerplate(text: str, headings: list[Heading], corpus: Mapping[str, str]) -> list[Finding]:
    """Clauses of ≥ 30 characters repeated in the report; runs of clauses (≥ 30 characters together,
    or a figure-bearing claim) identical to another report of ``corpus``."""
    units = _units(text, headings)
    out: list[Finding] = []
    first: dict[str, tuple[int, int]] = {}
    heading_spans = sorted(h.span for h in headings)
    clauses = [
        (span, _norm(text[span[0] : span[1]]))
        for span in sentences(text)
        if not _inside(span[0], heading_spans)
    ]
    reported: list[
        tuple[int, int]
    ] = []  # sentences first, then clauses: a clause is skipped inside a reported sentence
    for span, norm in [*clauses, *((u[0], u[1]) for u in units)]:
        if len(norm) < BOILERPLATE_MIN:
            continue
        h = _hash(norm)
        if h not in first:
            first[h] = span
        elif first[h] != span and not _inside(span[0], reported):
            insort(reported, span)
            out.append(
                Finding(
                    "boilerplate_text",
                    "这句话在本报告中重复出现，请删去重复或写出各部分的具体内容。",
                    span,
                    related=(first[h],),
                )
            )
    own = _hash(_norm(text))
    unit_hashes = [_hash(u[1]) for u in units]
    total = sum(len(u[1]) for u in units) or 1
    for name, other in corpus.items():
        if not other:
            continue
        whole, hashes = _corpus_hashes(other)
        if whole == own or hashes.isdisjoint(unit_hashes):
            continue
        shared = sum(len(u[1]) for u, uh in zip(units, unit_hashes, strict=True) if uh in hashes)
        if shared >= SAME_REPORT_SHARE * total:
            continue  # another copy or version of this very report, not a different project
        run: list[tuple[tuple[int, int], str, bool]] = []
        for unit, uh in [*zip(units, unit_hashes, strict=True), (((len(text), len(text)), "", False), "")]:
            hit = bool(unit[1]) and uh in hashes
            if hit and (not run or not _norm(text[run[-1][0][1] : unit[0][0]])):
                run.append(unit)
                continue
            if run and (sum(len(u[1]) for u in run) >= BOILERPLATE_MIN or any(u[2] for u in run)):
                s, e = run[0][0][0], run[-1][0][1]
                out.append(
                    Finding(
                        "boilerplate_text",
                        f"这段文字与另一份报告《{name}》完全相同，请写出本项目的实际情况。",
                        (s, e),
                        values={"source": name},
                    )
                )
            run = [unit] if hit else []
    return out
