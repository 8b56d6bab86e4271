"""Hybrid retrieval: dense (Chroma) + BM25 (jieba tokens), fused into one ranking.

Each side proposes its best candidates; hybrid ranks their union by evidence — exact cosine plus the
weighted share of the query's terms the candidate contains, the measure the relevance floor judges —
with reciprocal rank fusion of the two sides' orders breaking ties. (Plain RRF was the first design;
on short queries against whole reports the cosines are small and nearly flat, RRF trusted that
near-random dense order as much as BM25's, and lost to BM25 alone: bench/bench_retrieval.py.)

Two modes, one function each:

* ``similar_reports(figures_or_text, k, filters)`` — whole past reports like the user's project,
  with a score and ``why`` they matched (shared terms, same category/region/department, amounts); for
  figures with a ``category``, the reports of that category that pass the floor come first;
* ``example_phrasing(section_type, query, k, filters)`` — passages of one section type, with source
  file, heading, year and the character span in the source text.

Both apply a relevance floor: a candidate must be similar enough by meaning (cosine of the
embeddings) or by words (share of the query's weighted terms it contains). When nothing passes,
the result is empty and ``NOTHING_SIMILAR`` says so; noise is never returned to fill ``k``.

``Retriever`` keeps the BM25 state and metadata arrays in memory (``index_reader.IndexReader``); the
app caches one with ``st.cache_resource`` (``get_retriever``). It reloads them when the index changes.
Fusion, evidence and the floor are in ``ranking``; the metadata tables and filter masks in ``search_tables``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from chains.ingest.metadata import CATEGORY_LABELS, canonical_category
from chains.ingest.types import SearchResult
from chains.retrieval.chroma_layout import REPORTS_COLLECTION, collection_name
from chains.retrieval.embed import HashEmbedder
from chains.retrieval.index import Index, ensure_index
from chains.retrieval.index_reader import SYNC_INTERVAL as SYNC_INTERVAL  # public here (tests/ read it)
from chains.retrieval.index_reader import IndexReader
from chains.retrieval.lexical import tokenize
from chains.retrieval.ranking import COVERAGE_WEIGHT as COVERAGE_WEIGHT  # public here (bench/ reads it)
from chains.retrieval.ranking import (
    RELEVANCE_FLOOR,
    by_score,
    distinct,
    fuse,
    order_and_floor,
    term_coverage,
    top_ids,
)
from chains.retrieval.search_tables import Table, chroma_where
from chains.settings import Settings
from chains.vocabulary import says_nothing

CANDIDATES = 100
NOTHING_SIMILAR = "没有找到足够相似的内容：索引中的报告与查询关系不大。可以换个说法，或放宽筛选条件。"


@dataclass(frozen=True)
class Filters:
    """Metadata filters; empty fields do not filter. ``department`` matches as a substring; ``category``
    may be written as figures files and users write it (``school_operations``, 教育) and is matched as
    the index's category (``chains.metadata.canonical_category``)."""

    section_types: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    department: str = ""
    category: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "category", canonical_category(self.category))

    def is_empty(self) -> bool:
        return not (self.section_types or self.year_from or self.year_to or self.department or self.category)


class Retriever(IndexReader):
    """Both retrieval modes over one open ``Index``."""

    def __init__(self, index: Index, mode: str = "hybrid", floor: float = RELEVANCE_FLOOR) -> None:
        """``mode``: ``hybrid`` (default), or ``dense`` / ``lexical`` alone (for comparison in bench/);
        ``floor``: the relevance floor (bench/ measures ranking alone with ``-inf``)."""
        if mode not in ("hybrid", "dense", "lexical"):
            raise ValueError(f"unknown retrieval mode {mode!r}")
        super().__init__(index)
        self.mode = mode
        self.floor = floor

    # -- example phrasing ------------------------------------------------------------------------
    def example_phrasing(
        self, section_type: str, query: str, k: int = 5, filters: Filters | None = None
    ) -> list[SearchResult]:
        chunks, _reports = self._load()
        filters = filters or Filters()
        sections = (section_type,) if section_type else filters.section_types
        flt = Filters(sections, filters.year_from, filters.year_to, filters.department, filters.category)
        q_tokens = list(dict.fromkeys(tokenize(query)))
        if not query.strip() or not chunks.ids:
            return []
        qvec = self.index.embedder.embed([query])[0]
        allowed = chunks.mask(flt)
        dense = self._dense_passages(chunks, sections, flt, allowed, qvec)
        scores, lex_rank = _lexical(chunks, q_tokens, allowed)
        # Exact cosine for every candidate either side found: Chroma's HNSW only proposes candidates,
        # its approximate order (which changes with the graph build) never decides a near-tie.
        proposed = set(dense)
        pool = sorted(proposed | set(lex_rank))
        dense = self._exact_cosines(chunks, pool, dense, qvec)
        # Dense-only (bench/ comparison) ranks what Chroma proposed; hybrid ranks the whole pool both ways.
        dense_rank = by_score({c: s for c, s in dense.items() if self.mode != "dense" or c in proposed})[:CANDIDATES]
        lex_rank = by_score({c: float(scores[chunks.position[c]]) for c in pool if scores[chunks.position[c]] > 0})
        fused = fuse(self.mode, dense_rank, lex_rank)
        # The floor is applied to every fused candidate before taking k, so a strong match found by
        # one side only is not pushed out by noise that both sides rank middling.
        ranked = [cid for cid in by_score(fused) if cid in chunks.position]
        coverage = term_coverage(chunks.lexical, q_tokens, [chunks.position[c] for c in ranked])
        passing, fused = order_and_floor(self.mode, self.floor, ranked, coverage, dense, fused)
        # A passage that only says 无 / 暂无问题 is no phrasing to borrow, however well its heading matches.
        rows = self.index.store.chunks_by_id([cid for cid, *_ in passing])
        passing = [row for row in passing if row[0] in rows and not says_nothing(rows[row[0]]["text"])]
        kept = distinct(self.index.store, passing, k)
        out: list[SearchResult] = []
        for cid, sim, cov, shared in kept:
            row = rows.get(cid)
            if row is None:
                continue
            out.append(_passage_result(row, fused[cid], sim, cov, shared))
        return out

    def _dense_passages(
        self, chunks: Table, sections: tuple[str, ...], flt: Filters, allowed: np.ndarray, qvec: np.ndarray
    ) -> dict[str, float]:
        """Chroma's nearest passages of each section (every indexed one when none is asked for) that pass
        ``flt``, with their approximate cosine."""
        where = chroma_where(flt)
        dense: dict[str, float] = {}
        fetch = CANDIDATES * 4 if flt.department else CANDIDATES
        for sec in sections or sorted(set(chunks.section.tolist())):
            for cid, sim in self._dense(collection_name(sec), qvec, fetch, where):
                pos = chunks.position.get(cid)
                if pos is not None and allowed[pos]:
                    dense[cid] = sim
        return dense

    def _exact_cosines(
        self, chunks: Table, pool: list[str], dense: dict[str, float], qvec: np.ndarray
    ) -> dict[str, float]:
        """The exact cosine of every passage in ``pool`` with the query (``dense`` holds Chroma's)."""
        if isinstance(self.index.embedder, HashEmbedder):
            # Re-embedding a few dozen passages is cheaper than fetching their vectors from Chroma.
            texts = self.index.store.chunk_texts(pool)
            vecs = self.index.embedder.embed([texts.get(c, "") for c in pool])
            return {c: float(v @ qvec) for c, v in zip(pool, vecs, strict=True) if c in texts}
        dense.update(self._similarity(
            [collection_name(chunks.section[chunks.position[c]]) for c in pool if c not in dense],
            [c for c in pool if c not in dense], qvec))
        return dense

    # -- similar reports -------------------------------------------------------------------------
    def similar_reports(
        self, figures_or_text: Any, k: int = 5, filters: Filters | None = None
    ) -> list[SearchResult]:
        _chunks, reports = self._load()
        filters = filters or Filters()
        query, figures = query_text(figures_or_text)
        if not query.strip() or not reports.ids:
            return []
        q_tokens = list(dict.fromkeys(tokenize(query)))
        qvec = self.index.embedder.embed([query])[0]
        flt = Filters((), filters.year_from, filters.year_to, filters.department, filters.category)
        allowed = reports.mask(flt)
        dense = self._dense_reports(reports, flt, allowed, qvec)
        dense_rank = by_score(dense)
        _scores, lex_rank = _lexical(reports, q_tokens, allowed)
        fused = fuse(self.mode, dense_rank, lex_rank)
        ranked = [key for key in by_score(fused) if key in reports.position]
        missing = [key for key in ranked if key not in dense]
        dense.update(self._similarity([REPORTS_COLLECTION] * len(missing), missing, qvec))
        coverage = term_coverage(reports.lexical, q_tokens, [reports.position[key] for key in ranked])
        passing, fused = order_and_floor(self.mode, self.floor, ranked, coverage, dense, fused)
        own = canonical_category((figures or {}).get("category"))
        if own:  # same category first, as in the drafter's examples; the order is kept within each tier
            passing = sorted(passing, key=lambda row: reports.category[reports.position[row[0]]] != own)
        kept = passing[:k]
        stored = self.index.store.reports_by_key([key for key, *_ in kept])
        out: list[SearchResult] = []
        for key, sim, cov, shared in kept:
            rep = stored.get(key)
            if rep is None:
                continue
            out.append(_report_result(rep, fused[key], figures, sim, cov, shared))
        return out

    def _dense_reports(self, reports: Table, flt: Filters, allowed: np.ndarray, qvec: np.ndarray) -> dict[str, float]:
        """The reports nearest the query that pass ``flt``, with their cosine: exact over the report vectors
        held in memory, or Chroma's nearest neighbours when those could not be loaded."""
        fetch = CANDIDATES * 4 if flt.department else CANDIDATES
        if self._report_vectors is not None:
            sims = self._report_vectors @ qvec
            masked = np.where(allowed, sims, -np.inf)
            top = np.argsort(-masked, kind="stable")[:CANDIDATES]
            return {reports.ids[i]: float(sims[i]) for i in top if allowed[i]}
        return {
            key: sim for key, sim in self._dense(REPORTS_COLLECTION, qvec, fetch, chroma_where(flt))
            if key in reports.position and allowed[reports.position[key]]
        }


def _lexical(table: Table, q_tokens: list[str], allowed: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """BM25 scores of the rows (0 where ``allowed`` is not), and the ids of the best ``CANDIDATES``."""
    scores = table.lexical.scores(q_tokens) if q_tokens else np.zeros(len(table.ids), dtype=np.float32)
    scores = np.where(allowed, scores, 0.0)
    return scores, top_ids(scores, CANDIDATES, table.ids)


def _passage_result(row: dict[str, Any], score: float, sim: float, cov: float, shared: list[str]) -> SearchResult:
    why = f"语义相似度 {sim:.2f}；查询词覆盖 {cov:.0%}"
    if shared:
        why += "；共同词：" + "、".join(shared[:6])
    return SearchResult(
        source=row["source"], score=score, section=row["section_type"], year=row["year"],
        text=row["text"], span=row["span"], heading=row["heading"], why=why,
    )


def _report_result(
    rep: Any, score: float, figures: dict[str, Any] | None, sim: float, cov: float, shared: list[str]
) -> SearchResult:
    return SearchResult(
        source=rep.source, score=score, section="report", year=rep.year,
        text=rep.title or rep.project_name or rep.text[:80], span=(0, len(rep.text)),
        heading=rep.title, why=_why_report(rep, figures, sim, cov, shared),
    )



# -- figures → query ------------------------------------------------------------------------------


def query_text(figures_or_text: Any) -> tuple[str, dict[str, Any] | None]:
    """The text to search with, and the figures as a dict when figures were given."""
    if isinstance(figures_or_text, str):
        return figures_or_text, None
    data = figures_or_text.to_dict() if hasattr(figures_or_text, "to_dict") else dict(figures_or_text)
    parts: list[str] = []
    for name in ("project_name", "department", "region", "goals", "content"):
        if data.get(name):
            parts.append(str(data[name]))
    for ind in data.get("indicators") or []:
        parts.extend(str(ind[f]) for f in ("level2", "name", "target") if ind.get(f))
    for name in ("problems", "measures"):
        parts.extend(str(p) for p in data.get(name) or [])
    budget = data.get("budget") or {}
    unit = data.get("unit") or "万元"
    for label, key in (("全年预算", "annual"), ("全年执行数", "spent")):
        if budget.get(key) is not None:
            parts.append(f"{label}{budget[key]}{unit}")
    return "。".join(parts), data


def _why_report(rep: Any, figures: dict[str, Any] | None, sim: float, cov: float, shared: list[str]) -> str:
    reasons: list[str] = []
    if figures:
        if figures.get("category") and canonical_category(figures["category"]) == rep.category:
            reasons.append(f"同类项目（{CATEGORY_LABELS.get(rep.category, rep.category)}）")
        region = str(figures.get("region") or "")
        if region and rep.region and (region[:3] == rep.region[:3]):
            reasons.append(f"同地区（{rep.region}）")
        if figures.get("department") and rep.department and figures["department"] == rep.department:
            reasons.append(f"同单位（{rep.department}）")
        annual = (figures.get("budget") or {}).get("annual")
        theirs = next((v for k, v in rep.amounts.items() if "budget" in k or "annual" in k), None)
        if annual and theirs and 0.5 <= float(theirs) / float(annual) <= 2.0:
            reasons.append(f"预算规模相近（{theirs:g} 万元）")
    if shared:
        reasons.append("共同词：" + "、".join(shared[:6]))
    reasons.append(f"语义相似度 {sim:.2f}，查询词覆盖 {cov:.0%}")
    return "；".join(reasons)


# -- module-level API -----------------------------------------------------------------------------

_retrievers: dict[tuple[str, str, int, str], Retriever] = {}
_retrievers_lock = threading.Lock()


def get_retriever(settings: Settings | None = None) -> Retriever:
    """The process's ``Retriever`` for ``settings`` (index built from ``corpus_dir`` on first use)."""
    settings = settings or Settings.from_env()
    key = (str(Path(settings.data_dir).resolve()), settings.chroma_host, settings.chroma_port, settings.embedder)
    with _retrievers_lock:
        if key not in _retrievers:
            _retrievers[key] = Retriever(ensure_index(settings))
        return _retrievers[key]


def similar_reports(
    figures_or_text: Any,
    k: int = 5,
    filters: Filters | None = None,
    *,
    settings: Settings | None = None,
    retriever: Retriever | None = None,
) -> list[SearchResult]:
    """The ``k`` past reports most like ``figures_or_text`` (``Figures``, a figures dict, or draft text)."""
    return (retriever or get_retriever(settings)).similar_reports(figures_or_text, k, filters)


def example_phrasing(
    section_type: str,
    query: str,
    k: int = 5,
    filters: Filters | None = None,
    *,
    settings: Settings | None = None,
    retriever: Retriever | None = None,
) -> list[SearchResult]:
    """The ``k`` passages of ``section_type`` that best match ``query``, with where they come from."""
    return (retriever or get_retriever(settings)).example_phrasing(section_type, query, k, filters)
