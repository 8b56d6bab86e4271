"""Hybrid retrieval: dense (Chroma) + BM25 (jieba tokens), fused into one ranking.

Each side proposes its best candidates; hybrid ranks their union by evidence — exact cosine plus the
weighted share of the query's terms the candidate contains, the measure the relevance floor judges —
with reciprocal rank fusion of the two sides' orders breaking ties. (Plain RRF was the first design;
on short queries against whole reports the cosines are small and nearly flat, RRF trusted that
near-random dense order as much as BM25's, and lost to BM25 alone: bench/bench_retrieval.py.)

Two modes, one function each:

* ``similar_reports(figures_or_text, k, filters)`` — whole past reports like the user's project,
  with a score and ``why`` they matched (shared terms, same category/region/department, amounts);
* ``example_phrasing(section_type, query, k, filters)`` — passages of one section type, with source
  file, heading, year and the character span in the source text.

Both apply a relevance floor: a candidate must be similar enough by meaning (cosine of the
embeddings) or by words (share of the query's weighted terms it contains). When nothing passes,
the result is empty and ``NOTHING_SIMILAR`` says so; noise is never returned to fill ``k``.

``Retriever`` keeps the BM25 state and metadata arrays in memory; the app caches one with
``st.cache_resource`` (``get_retriever``). It reloads them when the index changes.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from chains.check.rules.prose import says_nothing
from chains.ingest.metadata import CATEGORY_LABELS, canonical_category
from chains.ingest.types import SearchResult
from chains.retrieval.embed import HashEmbedder
from chains.retrieval.index import REPORTS_COLLECTION, Index, collection_name, ensure_index
from chains.retrieval.lexical import LexicalIndex, presence, tokenize
from chains.settings import Settings

RRF_K = 60
# Weighted RRF: k = 60 is the value of Cormack et al. (2009), not tuned here. The two sides get equal
# weight; see bench/bench_retrieval.py for the comparison with each side alone.
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 1.0
# Two passages whose wording (hash vectors with every number replaced by 0) has cosine ≥ NEAR_DUPLICATE are
# the same sentence with other figures; only the better ranked one is shown.
NEAR_DUPLICATE = 0.9
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_WORDING = HashEmbedder(256)  # wording check only, not retrieval
CANDIDATES = 100
SYNC_INTERVAL = 1.0  # seconds between checks of a shared Chroma server for other machines' changes
# Relevance floor (calibrated on the sample corpus with bench/bench_retrieval.py's noise queries): a hit
# is kept when cosine similarity + COVERAGE_WEIGHT × weighted query-term coverage reaches RELEVANCE_FLOOR.
# Unrelated Chinese text scores up to ~0.22 (short passages sharing a character or two); the weakest
# true hits of the labelled queries score ~0.40.
COVERAGE_WEIGHT = 0.5
RELEVANCE_FLOOR = 0.28
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


@dataclass
class _Table:
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


def _table(cols: Mapping[str, list[Any]], lexical: LexicalIndex, id_col: str) -> _Table:
    ids = list(cols[id_col])
    return _Table(
        ids=ids,
        sources=list(cols["source"]),
        section=np.array(cols.get("section_type", [""] * len(ids)), dtype=object),
        year=np.array([y if y is not None else -1 for y in cols["year"]], dtype=np.int64),
        department=np.array(cols["department"], dtype=object),
        category=np.array(cols["category"], dtype=object),
        lexical=lexical,
        position={cid: i for i, cid in enumerate(ids)},
    )


class Retriever:
    """Both retrieval modes over one open ``Index``."""

    def __init__(self, index: Index, mode: str = "hybrid", floor: float = RELEVANCE_FLOOR) -> None:
        """``mode``: ``hybrid`` (default), or ``dense`` / ``lexical`` alone (for comparison in bench/);
        ``floor``: the relevance floor (bench/ measures ranking alone with ``-inf``)."""
        if mode not in ("hybrid", "dense", "lexical"):
            raise ValueError(f"unknown retrieval mode {mode!r}")
        self.index = index
        self.mode = mode
        self.floor = floor
        self._lock = threading.Lock()
        self._generation = -1
        self._chunks: _Table | None = None
        self._reports: _Table | None = None
        self._counts: dict[str, int] = {}
        self._report_vectors: np.ndarray | None = None
        self._synced_at = -math.inf

    # -- lexical state ---------------------------------------------------------------------------
    def _load(self) -> tuple[_Table, _Table]:
        now = time.monotonic()
        if self.index.settings.chroma_host and now - self._synced_at >= SYNC_INTERVAL:
            # Server mode: another machine may have indexed or removed reports (one count call per second).
            self.index.sync(if_count_changed=True)
            self._synced_at = now
        gen = self.index.store.generation()
        with self._lock:
            if gen != self._generation or self._chunks is None or self._reports is None:
                if self._generation >= 0:
                    # The index changed (maybe rebuilt by another Index object): reopen collections.
                    self.index = Index(self.index.settings, self.index.embedder)
                chunk_cols = self.index.store.chunk_table()
                report_cols = self.index.store.report_table()
                self._chunks = _table(chunk_cols, self._bm25("chunks", gen, chunk_cols["tokens"]), "chunk_id")
                self._reports = _table(report_cols, self._bm25("reports", gen, report_cols["tokens"]), "key")
                self._counts = {}
                self._report_vectors = self._fetch_report_vectors(self._reports.ids)
                self._generation = gen
            return self._chunks, self._reports

    def _fetch_report_vectors(self, keys: list[str]) -> np.ndarray | None:
        """All report vectors, in table order: similar-report search is then exact and deterministic
        (one vector per report is small: 10,000 × 384 floats ≈ 15 MB)."""
        col = self.index.collection(REPORTS_COLLECTION)
        if col is None or not keys:
            return None
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 2000):
            got = col.get(ids=keys[start : start + 2000], include=["embeddings"])
            for key, vec in zip(got["ids"], got["embeddings"], strict=True):
                found[key] = np.asarray(vec, dtype=np.float32)
        if len(found) != len(keys):
            return None  # out of step with the manifest: fall back to Chroma's nearest-neighbour search
        return np.stack([found[k] for k in keys])

    def _bm25(self, kind: str, gen: int, tokens: list[list[str]]) -> LexicalIndex:
        directory: Path = self.index.dir / f"bm25-{kind}-{gen}"
        if (directory / "size.txt").exists():
            try:
                lex = LexicalIndex.load(directory)
                if lex.size == len(tokens):
                    return lex
            except (OSError, ValueError, KeyError):
                pass
        lex = LexicalIndex.build(tokens)
        try:
            lex.save(directory)
            for old in self.index.dir.glob(f"bm25-{kind}-*"):
                if old != directory:
                    import shutil

                    shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass  # a read-only data dir still works: BM25 is rebuilt at load
        return lex

    def _count(self, name: str, col: Any) -> int:
        if name not in self._counts:
            self._counts[name] = int(col.count())
        return self._counts[name]

    # -- dense -----------------------------------------------------------------------------------
    def _dense(self, name: str, query_vec: np.ndarray, n: int, where: dict[str, Any] | None) -> list[tuple[str, float]]:
        col = self.index.collection(name)
        if col is None:
            return []
        count = self._count(name, col)
        if count == 0:
            return []
        res = col.query(query_embeddings=query_vec[None, :], n_results=min(n, count), where=where, include=["distances"])
        ids = res["ids"][0]
        dists = res["distances"][0]
        return [(i, 1.0 - float(d)) for i, d in zip(ids, dists, strict=True)]  # cosine distance → similarity

    # -- shared fusion ---------------------------------------------------------------------------
    @staticmethod
    def _coverage(lex: LexicalIndex, q_tokens: list[str], positions: list[int]) -> list[tuple[float, list[str]]]:
        """Per document: share of the query's idf weight it contains, and the shared terms by weight."""
        if not q_tokens:
            return [(0.0, []) for _ in positions]
        idf = [lex.idf(t) for t in q_tokens]
        top = max(idf) or 1.0
        weights = np.array([w or top for w in idf])  # a term the index never saw counts fully against coverage
        has = presence(lex, q_tokens, positions)
        out: list[tuple[float, list[str]]] = []
        order = np.argsort(-weights, kind="stable")
        for j in range(len(positions)):
            cov = float(weights[has[:, j]].sum() / weights.sum())
            shared = [q_tokens[i] for i in order if has[i, j]]
            # Show 生均公用经费, not also 生均 and 公用: drop terms inside a longer shared term.
            shown = [t for t in shared if not any(t != o and t in o for o in shared)]
            out.append((cov, shown))
        return out

    def _similarity(self, names: list[str], ids: list[str], qvec: np.ndarray) -> dict[str, float]:
        """Cosine of stored vectors (by id) with ``qvec``, for candidates only BM25 found."""
        out: dict[str, float] = {}
        for name in dict.fromkeys(names):
            col = self.index.collection(name)
            wanted = [i for i, n in zip(ids, names, strict=True) if n == name]
            if col is None or not wanted:
                continue
            got = col.get(ids=wanted, include=["embeddings"])
            for cid, vec in zip(got["ids"], got["embeddings"], strict=True):
                out[cid] = float(np.asarray(vec, dtype=np.float32) @ qvec)
        return out

    def _fuse(self, dense: list[str], lexical: list[str]) -> dict[str, float]:
        """Weighted reciprocal rank fusion, normalised so a key first in every list scores 1.0."""
        lists = {
            "hybrid": [(dense, DENSE_WEIGHT), (lexical, LEXICAL_WEIGHT)],
            "dense": [(dense, 1.0)],
            "lexical": [(lexical, 1.0)],
        }[self.mode]
        fused: dict[str, float] = {}
        for ranked, weight in lists:
            for rank, key in enumerate(ranked, start=1):
                fused[key] = fused.get(key, 0.0) + weight / (RRF_K + rank)
        best = sum(w for _r, w in lists) / (RRF_K + 1)
        return {k: v / best for k, v in fused.items()}

    def _distinct(self, passing: list[tuple[str, float, float, list[str]]], k: int) -> list[tuple[str, float, float, list[str]]]:
        """The first ``k`` passages, skipping any that repeats the wording of one already kept with only
        the figures changed (a department's boilerplate copied into every year's report): a user borrowing
        phrasing wants k different ways to say it, not one sentence k times."""
        if len(passing) <= 1:
            return passing[:k]
        texts = self.index.store.chunk_texts([cid for cid, *_ in passing])
        wording = _WORDING.embed([_DIGITS.sub("0", texts.get(cid, "")) for cid, *_ in passing])
        kept: list[int] = []
        for i in range(len(passing)):
            if kept and float(np.max(wording[kept] @ wording[i])) >= NEAR_DUPLICATE:
                continue
            kept.append(i)
            if len(kept) == k:
                break
        return [passing[i] for i in kept]

    def _order_and_floor(
        self, ranked: list[str], coverage: list[tuple[float, list[str]]], dense: Mapping[str, float],
        fused: dict[str, float],
    ) -> tuple[Scored, dict[str, float]]:
        """The candidates in final order (hybrid: by evidence, see ``_by_evidence``) that pass the
        relevance floor, as (id, cosine, coverage, shared terms); and the score of each."""
        scored = [(key, dense.get(key, 0.0), cov, shared) for key, (cov, shared) in zip(ranked, coverage, strict=True)]
        if self.mode == "hybrid":
            scored, fused = _by_evidence(scored, fused)
        return [row for row in scored if _evidence(row[1], row[2]) >= self.floor], fused

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
        where = _where(flt)
        dense: dict[str, float] = {}
        allowed = chunks.mask(flt)
        fetch = CANDIDATES * 4 if flt.department else CANDIDATES
        for sec in sections or sorted(set(chunks.section.tolist())):
            for cid, sim in self._dense(collection_name(sec), qvec, fetch, where):
                pos = chunks.position.get(cid)
                if pos is not None and allowed[pos]:
                    dense[cid] = sim
        scores = chunks.lexical.scores(q_tokens) if q_tokens else np.zeros(len(chunks.ids), dtype=np.float32)
        scores = np.where(allowed, scores, 0.0)
        lex_rank = _top(scores, CANDIDATES, chunks.ids)
        # Exact cosine for every candidate either side found: Chroma's HNSW only proposes candidates,
        # its approximate order (which changes with the graph build) never decides a near-tie.
        proposed = set(dense)
        pool = sorted(proposed | set(lex_rank))
        if isinstance(self.index.embedder, HashEmbedder):
            # Re-embedding a few dozen passages is cheaper than fetching their vectors from Chroma.
            texts = self.index.store.chunk_texts(pool)
            vecs = self.index.embedder.embed([texts.get(c, "") for c in pool])
            dense = {c: float(v @ qvec) for c, v in zip(pool, vecs, strict=True) if c in texts}
        else:
            dense.update(self._similarity(
                [collection_name(chunks.section[chunks.position[c]]) for c in pool if c not in dense],
                [c for c in pool if c not in dense], qvec))
        # Dense-only (bench/ comparison) ranks what Chroma proposed; hybrid ranks the whole pool both ways.
        dense_rank = _ranked({c: s for c, s in dense.items() if self.mode != "dense" or c in proposed})[:CANDIDATES]
        lex_rank = _ranked({c: float(scores[chunks.position[c]]) for c in pool if scores[chunks.position[c]] > 0})
        fused = self._fuse(dense_rank, lex_rank)
        # The floor is applied to every fused candidate before taking k, so a strong match found by
        # one side only is not pushed out by noise that both sides rank middling.
        ranked = [cid for cid in _ranked(fused) if cid in chunks.position]
        coverage = self._coverage(chunks.lexical, q_tokens, [chunks.position[c] for c in ranked])
        passing, fused = self._order_and_floor(ranked, coverage, dense, fused)
        # A passage that only says 无 / 暂无问题 is no phrasing to borrow, however well its heading matches.
        rows = self.index.store.chunks_by_id([cid for cid, *_ in passing])
        passing = [row for row in passing if row[0] in rows and not says_nothing(rows[row[0]]["text"])]
        kept = self._distinct(passing, k)
        out: list[SearchResult] = []
        for cid, sim, cov, shared in kept:
            row = rows.get(cid)
            if row is None:
                continue
            why = f"语义相似度 {sim:.2f}；查询词覆盖 {cov:.0%}"
            if shared:
                why += "；共同词：" + "、".join(shared[:6])
            out.append(
                SearchResult(
                    source=row["source"], score=fused[cid], section=row["section_type"], year=row["year"],
                    text=row["text"], span=row["span"], heading=row["heading"], why=why,
                )
            )
        return out

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
        fetch = CANDIDATES * 4 if flt.department else CANDIDATES
        if self._report_vectors is not None:
            sims = self._report_vectors @ qvec
            masked = np.where(allowed, sims, -np.inf)
            top = np.argsort(-masked, kind="stable")[:CANDIDATES]
            dense = {reports.ids[i]: float(sims[i]) for i in top if allowed[i]}
        else:
            dense = {
                key: sim for key, sim in self._dense(REPORTS_COLLECTION, qvec, fetch, _where(flt))
                if key in reports.position and allowed[reports.position[key]]
            }
        dense_rank = _ranked(dense)
        scores = reports.lexical.scores(q_tokens) if q_tokens else np.zeros(len(reports.ids), dtype=np.float32)
        scores = np.where(allowed, scores, 0.0)
        lex_rank = _top(scores, CANDIDATES, reports.ids)
        fused = self._fuse(dense_rank, lex_rank)
        ranked = [key for key in _ranked(fused) if key in reports.position]
        missing = [key for key in ranked if key not in dense]
        dense.update(self._similarity([REPORTS_COLLECTION] * len(missing), missing, qvec))
        coverage = self._coverage(reports.lexical, q_tokens, [reports.position[key] for key in ranked])
        passing, fused = self._order_and_floor(ranked, coverage, dense, fused)
        kept = passing[:k]
        stored = self.index.store.reports_by_key([key for key, *_ in kept])
        out: list[SearchResult] = []
        for key, sim, cov, shared in kept:
            rep = stored.get(key)
            if rep is None:
                continue
            out.append(
                SearchResult(
                    source=rep.source, score=fused[key], section="report", year=rep.year,
                    text=rep.title or rep.project_name or rep.text[:80], span=(0, len(rep.text)),
                    heading=rep.title, why=_why_report(rep, figures, sim, cov, shared),
                )
            )
        return out


Scored = list[tuple[str, float, float, list[str]]]  # (id, cosine, coverage, shared terms)


def _by_evidence(scored: Scored, fused: Mapping[str, float]) -> tuple[Scored, dict[str, float]]:
    """The hybrid order: every candidate either side proposed, by evidence, fused rank breaking ties.

    Evidence (cosine + weighted coverage of the query's terms) is what the relevance floor judges, so
    what is shown first is what most clearly passes it. Rank fusion alone counts a place in the dense
    list as much as a place in BM25's even where the cosines are small and nearly flat (a short query
    against whole reports: 0.05-0.15 for most of them), and that near-random order pushed reports
    sharing the query's rare terms out of the top 5 (bench/bench_retrieval.py, similar-report queries).
    The score is the evidence scaled into [0, 1].
    """
    score = {row[0]: min(max(_evidence(row[1], row[2]), 0.0) / (1 + COVERAGE_WEIGHT), 1.0) for row in scored}
    ordered = sorted(scored, key=lambda row: (-score[row[0]], -fused.get(row[0], 0.0), row[0]))
    return ordered, score


def _evidence(sim: float, coverage: float) -> float:
    """How strongly a hit answers the query: cosine similarity plus weighted query-term coverage."""
    return sim + COVERAGE_WEIGHT * coverage


def _ranked(scored: Mapping[str, float]) -> list[str]:
    """Keys by descending score; equal scores in id order, so a ranking never depends on insertion order."""
    return [key for key, _s in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))]


def _top(scores: np.ndarray, n: int, ids: list[str]) -> list[str]:
    """The ``n`` best positive scores' ids; the whole tie at the n-th score is kept, so the cut never
    depends on array order (``_ranked`` orders them)."""
    positive = np.nonzero(scores > 0)[0]
    if positive.size == 0:
        return []
    if positive.size > n:
        nth = -np.partition(-scores[positive], n - 1)[n - 1]
        positive = positive[scores[positive] >= nth]
    return _ranked({ids[i]: float(scores[i]) for i in positive})


def _where(filters: Filters) -> dict[str, Any] | None:
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
