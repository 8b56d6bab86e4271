"""How hybrid retrieval ranks candidates: rank fusion, evidence, the relevance floor, near-duplicates.

Each side (dense, BM25) proposes candidates; hybrid orders their union by evidence — cosine plus the
weighted share of the query's terms a candidate contains, the measure the relevance floor judges —
with reciprocal rank fusion of the two sides' orders breaking ties. Pure functions over scores,
apart from ``distinct``, which reads passage texts from the store.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np

from chains.retrieval.embed import HashEmbedder
from chains.retrieval.index_store import IndexStore
from chains.retrieval.lexical import LexicalIndex, presence

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
# Relevance floor (calibrated on the sample corpus with bench/bench_retrieval.py's noise queries): a hit
# is kept when cosine similarity + COVERAGE_WEIGHT × weighted query-term coverage reaches RELEVANCE_FLOOR.
# Unrelated Chinese text scores up to ~0.22 (short passages sharing a character or two); the weakest
# true hits of the labelled queries score ~0.40.
COVERAGE_WEIGHT = 0.5
RELEVANCE_FLOOR = 0.28

Scored = list[tuple[str, float, float, list[str]]]  # (id, cosine, coverage, shared terms)


def term_coverage(lex: LexicalIndex, q_tokens: list[str], positions: list[int]) -> list[tuple[float, list[str]]]:
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


def fuse(mode: str, dense: list[str], lexical: list[str]) -> dict[str, float]:
    """Weighted reciprocal rank fusion, normalised so a key first in every list scores 1.0."""
    lists = {
        "hybrid": [(dense, DENSE_WEIGHT), (lexical, LEXICAL_WEIGHT)],
        "dense": [(dense, 1.0)],
        "lexical": [(lexical, 1.0)],
    }[mode]
    fused: dict[str, float] = {}
    for ranked, weight in lists:
        for rank, key in enumerate(ranked, start=1):
            fused[key] = fused.get(key, 0.0) + weight / (RRF_K + rank)
    best = sum(w for _r, w in lists) / (RRF_K + 1)
    return {k: v / best for k, v in fused.items()}


def order_and_floor(
    mode: str, floor: float, ranked: list[str], coverage: list[tuple[float, list[str]]],
    dense: Mapping[str, float], fused: dict[str, float],
) -> tuple[Scored, dict[str, float]]:
    """The candidates in final order (hybrid: by evidence, see ``by_evidence``) that pass the
    relevance floor, as (id, cosine, coverage, shared terms); and the score of each."""
    scored = [(key, dense.get(key, 0.0), cov, shared) for key, (cov, shared) in zip(ranked, coverage, strict=True)]
    if mode == "hybrid":
        scored, fused = by_evidence(scored, fused)
    return [row for row in scored if evidence(row[1], row[2]) >= floor], fused


def by_evidence(scored: Scored, fused: Mapping[str, float]) -> tuple[Scored, dict[str, float]]:
    """The hybrid order: every candidate either side proposed, by evidence, fused rank breaking ties.

    Evidence (cosine + weighted coverage of the query's terms) is what the relevance floor judges, so
    what is shown first is what most clearly passes it. Rank fusion alone counts a place in the dense
    list as much as a place in BM25's even where the cosines are small and nearly flat (a short query
    against whole reports: 0.05-0.15 for most of them), and that near-random order pushed reports
    sharing the query's rare terms out of the top 5 (bench/bench_retrieval.py, similar-report queries).
    The score is the evidence scaled into [0, 1].
    """
    score = {row[0]: min(max(evidence(row[1], row[2]), 0.0) / (1 + COVERAGE_WEIGHT), 1.0) for row in scored}
    ordered = sorted(scored, key=lambda row: (-score[row[0]], -fused.get(row[0], 0.0), row[0]))
    return ordered, score


def evidence(sim: float, coverage: float) -> float:
    """How strongly a hit answers the query: cosine similarity plus weighted query-term coverage."""
    return sim + COVERAGE_WEIGHT * coverage


def by_score(scored: Mapping[str, float]) -> list[str]:
    """Keys by descending score; equal scores in id order, so a ranking never depends on insertion order."""
    return [key for key, _s in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))]


def top_ids(scores: np.ndarray, n: int, ids: list[str]) -> list[str]:
    """The ``n`` best positive scores' ids; the whole tie at the n-th score is kept, so the cut never
    depends on array order (``by_score`` orders them)."""
    positive = np.nonzero(scores > 0)[0]
    if positive.size == 0:
        return []
    if positive.size > n:
        nth = -np.partition(-scores[positive], n - 1)[n - 1]
        positive = positive[scores[positive] >= nth]
    return by_score({ids[i]: float(scores[i]) for i in positive})


def distinct(store: IndexStore, passing: Scored, k: int) -> Scored:
    """The first ``k`` passages, skipping any that repeats the wording of one already kept with only
    the figures changed (a department's boilerplate copied into every year's report): a user borrowing
    phrasing wants k different ways to say it, not one sentence k times."""
    if len(passing) <= 1:
        return passing[:k]
    texts = store.chunk_texts([cid for cid, *_ in passing])
    wording = _WORDING.embed([_DIGITS.sub("0", texts.get(cid, "")) for cid, *_ in passing])
    kept: list[int] = []
    for i in range(len(passing)):
        if kept and float(np.max(wording[kept] @ wording[i])) >= NEAR_DUPLICATE:
            continue
        kept.append(i)
        if len(kept) == k:
            break
    return [passing[i] for i in kept]
