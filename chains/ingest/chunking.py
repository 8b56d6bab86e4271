"""Section-aware chunks of a report for the index.

Contract of ``chunk_report(report)``:

* sections come from the report's own headings (``chains.outline.split_sections``); a chunk never
  crosses a section boundary, and text of a sub-section belongs to the sub-section only;
* every chunk carries one section type from ``SECTION_TYPES``; runs of table rows (header-bound
  ``表头：值；…`` lines made by ``chains.ingest.clean``/``chains.ingest.word_tables``, or ``｜`` rows) inside any section
  become chunks of type ``table`` with that section's heading;
* ``chunk.span`` is ``[start, end)`` into ``Report.text`` (the cleaned text) and
  ``report.text[start:end] == chunk.text`` exactly; chunks hold the section *body*, the heading
  is in ``chunk.heading`` (prepend it when embedding if you want it to count);
* ``chunk.heading`` is the heading as written (number and title, ``（二）存在的问题``); the
  punctuation closing a heading line belongs to the heading, text running on after it to the body;
* text before the first heading (title block, preamble) is the outline's preamble section (type
  ``overview`` when it has prose, else ``other``) with an empty heading;
* long sections are split by langchain's ``RecursiveCharacterTextSplitter`` on Chinese
  separators (paragraph, line, 。 ； ，) into pieces of about ``CHUNK_SIZE`` characters with a
  small overlap; table runs are split between rows with no overlap, so each row is indexed once.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chains.ingest.types import Chunk, Report
from chains.ingest.word_tables import BOUND_ROW_RE, CELL_SEP
from chains.text.outline import SECTION_TYPES, split_sections

CHUNK_SIZE = 500
CHUNK_OVERLAP = 50
SEPARATORS = ["\n\n", "\n", "。", "；", "，", ""]
TABLE_SEPARATORS = ["\n", "；", ""]


@dataclass(frozen=True)
class _Part:
    start: int
    end: int
    section_type: str
    heading: str


def section_types() -> tuple[str, ...]:
    """The fixed list of section types (``chains.text.outline.SECTION_TYPES``)."""
    return SECTION_TYPES


def chunk_report(report: Report, chunk_size: int = CHUNK_SIZE, chunk_overlap: int = CHUNK_OVERLAP) -> list[Chunk]:
    """The chunks of one report, in text order (see the module docstring for the contract)."""
    text = report.text
    meta = report.meta
    chunks: list[Chunk] = []
    for part in _parts(text):
        for start, end in _split(text, part.start, part.end, part.section_type == "table", chunk_size, chunk_overlap):
            chunks.append(
                Chunk(
                    chunk_id=f"{report.content_hash[:16]}:{len(chunks)}",
                    source=meta.source,
                    text=text[start:end],
                    section_type=part.section_type,
                    heading=part.heading,
                    span=(start, end),
                    year=meta.year,
                    department=meta.department,
                    category=meta.category,
                    region=meta.region,
                )
            )
    return chunks


# --- sections → parts -------------------------------------------------------------------------


def _parts(text: str) -> list[_Part]:
    """Own ranges of every section (minus nested sections), then table runs split off."""
    sections = sections_of(text)
    parts: list[_Part] = []
    covered_from = min((s[0] for s in sections), default=len(text))
    if text[:covered_from].strip():
        parts.append(_Part(0, covered_from, "overview", ""))
    spans = [(s[0], s[1]) for s in sections]  # sorted by start
    starts = [s[0] for s in sections]
    for start, end, body_start, body_end, section_type, heading in sections:
        pieces = [(body_start, body_end)]
        # outline sections are leaves and never nest; should a section contain another, its text
        # belongs to the inner one only
        for k in range(bisect_left(starts, body_start), bisect_left(starts, body_end)):
            if spans[k] != (start, end):
                pieces = _subtract(pieces, *spans[k])
        for piece_start, piece_end in pieces:
            parts.extend(_table_runs(text, piece_start, piece_end, section_type, heading))
    parts.sort(key=lambda p: p.start)
    return [p for p in parts if text[p.start : p.end].strip()]


def _subtract(pieces: list[tuple[int, int]], cut_start: int, cut_end: int) -> list[tuple[int, int]]:
    out = []
    for start, end in pieces:
        if cut_end <= start or cut_start >= end:
            out.append((start, end))
            continue
        if start < cut_start:
            out.append((start, cut_start))
        if cut_end < end:
            out.append((cut_end, end))
    return out


def is_table_line(line: str) -> bool:
    line = line.strip()
    return bool(line) and (CELL_SEP in line or bool(BOUND_ROW_RE.match(line)))


def _table_runs(text: str, start: int, end: int, section_type: str, heading: str) -> list[_Part]:
    """Split ``[start, end)`` into alternating prose and table-row runs (whole lines)."""
    parts: list[_Part] = []
    run_start = start
    run_is_table: bool | None = None
    pos = start
    for line in text[start:end].splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            table = is_table_line(stripped)
            if run_is_table is None:
                run_is_table = table
            elif table != run_is_table:
                parts.append(_Part(run_start, pos, "table" if run_is_table else section_type, heading))
                run_start, run_is_table = pos, table
        pos += len(line)
    parts.append(_Part(run_start, end, "table" if run_is_table else section_type, heading))
    return parts


# --- splitting inside a part --------------------------------------------------------------------


def _split(text: str, start: int, end: int, table: bool, size: int, overlap: int) -> list[tuple[int, int]]:
    """Spans of the pieces of ``text[start:end]``, stripped of surrounding whitespace."""
    segment = text[start:end]
    lead = len(segment) - len(segment.lstrip())
    trail = len(segment.rstrip())
    if trail <= lead:
        return []
    segment = segment[lead:trail]
    base = start + lead
    if len(segment) <= size:
        return [(base, base + len(segment))]
    # header-bound rows stand alone: no overlap, so no row is indexed twice
    splitter = _splitter(size, 0 if table else overlap, TABLE_SEPARATORS if table else SEPARATORS)
    pieces = [piece.strip() for piece in splitter.split_text(segment) if piece.strip()]
    starts = _place(segment, pieces)
    if starts is None:  # the splitter never rewrites text, so this only guards against a library change
        return _fixed_windows(base, segment, size)
    return [(base + a, base + a + len(piece)) for a, piece in zip(starts, pieces, strict=True)]


def _place(segment: str, pieces: list[str]) -> list[int] | None:
    """Start offsets of the splitter's pieces in ``segment``, consistent with how it cuts.

    The first piece starts the segment, the last one ends it, and each piece starts after the
    previous start and no later than the previous end plus the whitespace the splitter dropped
    (pieces overlap or touch, never leave a gap). Repetitive text can match a piece at several
    such places: a depth-first search (latest place first, failed states remembered) finds an
    assignment that satisfies every piece, where a greedy ``find`` can drift and leave text out.
    """
    if not pieces or not segment.startswith(pieces[0]):
        return None
    failed: set[tuple[int, int]] = set()
    starts = [0]

    def candidates(k: int) -> list[int]:
        prev_start = starts[-1]
        hi = prev_start + len(pieces[k - 1])
        while hi < len(segment) and segment[hi].isspace():
            hi += 1
        found = []
        pos = segment.find(pieces[k], prev_start + 1)
        while pos != -1 and pos <= hi:
            found.append(pos)
            pos = segment.find(pieces[k], pos + 1)
        return found  # popped from the end: latest place first

    # iterative depth-first search (a long section has thousands of pieces: no recursion)
    stack = [candidates(1)] if len(pieces) > 1 else []
    while stack:
        k = len(starts)
        options = stack[-1]
        while options and (k, options[-1]) in failed:
            options.pop()
        if not options:
            stack.pop()
            if len(starts) > 1:
                failed.add((len(starts) - 1, starts.pop()))
                continue
            return None
        starts.append(options.pop())
        if len(starts) == len(pieces):
            if starts[-1] + len(pieces[-1]) == len(segment):
                return starts
            failed.add((len(starts) - 1, starts.pop()))
            continue
        stack.append(candidates(len(starts)))
    return starts if starts[-1] + len(pieces[-1]) == len(segment) else None


def _fixed_windows(base: int, segment: str, size: int) -> list[tuple[int, int]]:
    spans = []
    for i in range(0, len(segment), size):
        window = segment[i : i + size]
        lead, trail = len(window) - len(window.lstrip()), len(window.rstrip())
        if trail > lead:
            spans.append((base + i + lead, base + i + trail))
    return spans


_SPLITTERS: dict[tuple[int, int, tuple[str, ...]], Any] = {}


def _splitter(size: int, overlap: int, separators: Sequence[str]) -> Any:
    key = (size, overlap, tuple(separators))
    if key not in _SPLITTERS:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        _SPLITTERS[key] = RecursiveCharacterTextSplitter(
            chunk_size=size,
            chunk_overlap=overlap,
            separators=list(separators),
            keep_separator="end",
            strip_whitespace=True,
        )
    return _SPLITTERS[key]


# --- sections -------------------------------------------------------------------------------------

Section = tuple[int, int, int, int, str, str]  # start, end, body_start, body_end, section_type, heading


def sections_of(text: str) -> list[Section]:
    """Sections as ``(start, end, body_start, body_end, section_type, heading)``, sorted.

    From ``chains.outline.split_sections`` (types outside the fixed list become ``other``).
    """
    allowed = set(section_types())
    out: list[Section] = []
    for s in split_sections(text):
        h = s.heading
        heading = text[h.span[0] : h.span[1]].strip() if h is not None else ""
        section_type = s.section_type if s.section_type in allowed else "other"
        body_start = _skip_heading_punctuation(text, s.body_span[0], s.body_span[1])
        out.append((s.span[0], s.span[1], body_start, s.body_span[1], section_type, heading))
    return sorted(out)


_HEADING_TAIL = "。．.：:，,；;、 \t\u3000"


def _skip_heading_punctuation(text: str, start: int, end: int) -> int:
    """Past the punctuation that ends a heading line (``（二）存在的问题。``): it belongs to the heading."""
    while start < end and text[start] in _HEADING_TAIL:
        start += 1
    return start
