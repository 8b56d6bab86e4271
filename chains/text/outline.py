"""The outline of a report: numbered headings, their levels and section types, and leaf sections.

Chinese reports number headings 一、 → （一） → 1. / 1、 / 1． → （1）. Real text converted from Word
adds ``[bookmark: _Toc…]`` prefixes, mixes full- and half-width parentheses, runs text on after a
heading on the same line (``（一）项目决策。项目立项依据充分…``), switches styles mid-sequence
(``（一）`` then ``（2）``) and reuses 一、二、 for plain lists inside a section. This module turns that
into a tree the retrieval, the drafter and the critique can use. Pure: no I/O; every span indexes
the ORIGINAL text (``[start, end)`` Python ``str`` offsets).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from chains.text.numbering import (
    STYLE_LEVELS,
    TITLE_MAX,
    Candidate,
    NumberingIssue,
    cn_number,
    label_for,
    numbering_issues,
    resolve_headings,
)
from chains.text.section_types import SECTION_TYPES, section_type, title_types

__all__ = [
    "SECTION_TYPES",
    "STYLE_LEVELS",
    "TITLE_MAX",
    "Heading",
    "NumberingIssue",
    "Section",
    "cn_number",
    "label_for",
    "numbering_issues",
    "parse_headings",
    "section_type",
    "split_sections",
    "title_types",
]


@dataclass(frozen=True)
class Heading:
    """A numbered heading. ``span`` covers number and title (not a ``[bookmark: …]`` prefix, not the
    text that runs on after the title on the same line); ``label_span`` is just the number label."""

    span: tuple[int, int]
    level: int
    style: str
    number: int
    title: str
    section_type: str


@dataclass(frozen=True)
class Section:
    """A leaf section: from its heading line (incl. any bookmark prefix) to the next heading line.

    ``path`` holds the titles of the enclosing (ancestor) headings, outermost first; the section's own
    title is ``heading.title``. ``heading`` is None for the preamble before the first heading.
    """

    heading: Heading | None
    span: tuple[int, int]
    body_span: tuple[int, int]
    section_type: str
    path: tuple[str, ...]


LIST_TITLE_MAX = 15


def _list_item(text: str, c: Candidate) -> bool:
    """A numbered point rather than a titled sub-section: a long "title", or one cut at a comma."""
    nxt = text[c.span[1] : c.span[1] + 1]
    return len(c.title) > LIST_TITLE_MAX or nxt in ("，", ",")


@lru_cache(maxsize=16)
def _headings_with_parents(text: str) -> tuple[tuple[Heading, int, tuple[str, ...]], ...]:
    accepted, _ = resolve_headings(text)
    out: list[tuple[Heading, int, tuple[str, ...]]] = []
    stack: list[tuple[int, Heading]] = []
    for c, level in accepted:
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent_type = stack[-1][1].section_type if stack else None
        if c.style == "appendix":
            kind = "table"
        elif parent_type and level >= 3 and _list_item(text, c):
            kind = (
                parent_type  # "4. 根据效益优先，最大限度地…" is a point of its parent, not a benefits section
            )
        else:
            kind = section_type(c.title, parent_type)
        h = Heading(
            span=c.span, level=level, style=c.style, number=c.number, title=c.title, section_type=kind
        )
        out.append((h, c.line_start, tuple(s[1].title for s in stack)))
        stack.append((level, h))
    return tuple(out)


def parse_headings(text: str) -> list[Heading]:
    """All headings in document order. Never raises; spans index ``text``."""
    return [h for h, _, _ in _headings_with_parents(text)]


def _preamble_type(chunk: str) -> str:
    long_lines = [ln for ln in chunk.splitlines() if len(ln.strip()) >= 60]
    return "overview" if long_lines else "other"


def split_sections(text: str) -> list[Section]:
    """Leaf sections in document order: non-overlapping, together covering ``text`` exactly.

    A section runs from the start of its heading's line to the start of the next heading's line,
    so a parent heading with children yields a short section of its own (heading and any intro).
    """
    if not text:
        return []
    items = _headings_with_parents(text)
    sections: list[Section] = []
    first = items[0][1] if items else len(text)
    if first > 0:
        sections.append(Section(None, (0, first), (0, first), _preamble_type(text[:first]), ()))
    for k, (h, line_start, path) in enumerate(items):
        end = items[k + 1][1] if k + 1 < len(items) else len(text)
        sections.append(Section(h, (line_start, end), (h.span[1], end), h.section_type, path))
    return sections
