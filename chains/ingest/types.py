"""Data types shared by ingestion (``corpus``/``chunking``), the index and retrieval.

Agreed between the ingest and index stages so each can be built and tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ReportMeta:
    """What can be read off a report: all optional except ``source``."""

    source: str  # file name relative to the ingested root (stable id of the report)
    title: str = ""
    project_name: str = ""
    department: str = ""
    region: str = ""
    year: int | None = None
    category: str = ""
    amounts: dict[str, float] = field(default_factory=dict)  # e.g. {"annual_budget": 139.0, "spent": 139.0} in 万元


@dataclass(frozen=True)
class Report:
    """One ingested report: cleaned text plus metadata and a content hash for incremental indexing."""

    meta: ReportMeta
    text: str  # text as read (spans of chunks point into this)
    content_hash: str


@dataclass(frozen=True)
class Chunk:
    """A section-aware piece of a report. ``span`` is ``[start, end)`` into ``Report.text``."""

    chunk_id: str  # stable: f"{content_hash[:16]}:{ordinal}"
    source: str
    text: str
    section_type: str  # one of chains.text.outline.SECTION_TYPES
    heading: str  # the section heading as written ("" when none)
    span: tuple[int, int]
    year: int | None = None
    department: str = ""
    category: str = ""
    region: str = ""

    def metadata(self) -> dict[str, Any]:
        """Flat metadata for Chroma (no None values: Chroma rejects them)."""
        return {
            "source": self.source,
            "section_type": self.section_type,
            "heading": self.heading,
            "start": self.span[0],
            "end": self.span[1],
            "year": self.year if self.year is not None else -1,
            "department": self.department,
            "category": self.category,
            "region": self.region,
        }


@dataclass(frozen=True)
class SearchResult:
    """One retrieval hit, as printed by ``report-assistant search --json``."""

    source: str
    score: float
    section: str
    year: int | None
    text: str
    span: tuple[int, int]
    heading: str = ""
    why: str = ""  # for similar-report mode: what matched (section types, shared terms, amounts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "score": round(self.score, 6),
            "section": self.section,
            "year": self.year,
            "text": self.text,
            "span": [self.span[0], self.span[1]],
            "heading": self.heading,
            "why": self.why,
        }
