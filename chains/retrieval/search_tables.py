"""The chunks' and reports' metadata as arrays, with their BM25, and the search filters applied to them.

``Filters`` (``chains.retrieval.search``) is applied twice: to the table rows as a boolean mask (the
BM25 side and every candidate), and, as far as Chroma can express it, as a ``where`` clause (``chroma_where``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from chains.retrieval.lexical import LexicalIndex

if TYPE_CHECKING:
    from chains.retrieval.search import Filters


@dataclass
class Table:
    """Metadata arrays + BM25 of the chunks or the reports, in store row order."""

    ids: list[str]
    sources: list[str]
    section: np.ndarray
    year: np.ndarray
    department: np.ndarray
    category: np.ndarray
    lexical: LexicalIndex
    position: dict[str, int]
    _masks: dict[Filters, np.ndarray] = field(default_factory=dict)

    def mask(self, filters: Filters) -> np.ndarray:
        """Rows passing ``filters`` (cached: a section filter is on every phrasing query)."""
        cached = self._masks.get(filters)
        if cached is None:
            if len(self._masks) > 256:
                self._masks.clear()
            cached = self._masks[filters] = self._mask(filters)
        return cached

    def _mask(self, filters: Filters) -> np.ndarray:
        m = np.ones(len(self.ids), dtype=bool)
        if filters.section_types:
            m &= np.isin(self.section, list(filters.section_types))
        if filters.year_from is not None:
            m &= self.year >= filters.year_from
        if filters.year_to is not None:
            m &= (self.year <= filters.year_to) & (self.year >= 0)
        if filters.department:
            m &= np.char.find(self.department.astype(str), filters.department) >= 0
        if filters.category:
            m &= self.category == filters.category
        return m


def table(cols: Mapping[str, list[Any]], lexical: LexicalIndex, id_col: str) -> Table:
    ids = list(cols[id_col])
    return Table(
        ids=ids,
        sources=list(cols["source"]),
        section=np.array(cols.get("section_type", [""] * len(ids)), dtype=object),
        year=np.array([y if y is not None else -1 for y in cols["year"]], dtype=np.int64),
        department=np.array(cols["department"], dtype=object),
        category=np.array(cols["category"], dtype=object),
        lexical=lexical,
        position={cid: i for i, cid in enumerate(ids)},
    )


def chroma_where(filters: Filters) -> dict[str, Any] | None:
    """Chroma ``where`` for the filters it can express (years, category); the department, a substring
    match, is applied to the candidates afterwards, like every filter on the BM25 side."""
    clauses: list[dict[str, Any]] = []
    if filters.year_from is not None:
        clauses.append({"year": {"$gte": filters.year_from}})
    if filters.year_to is not None:
        clauses.append({"year": {"$lte": filters.year_to}})
        clauses.append({"year": {"$gte": 0}})
    if filters.category:
        clauses.append({"category": filters.category})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
