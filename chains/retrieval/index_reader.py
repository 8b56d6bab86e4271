"""What a ``Retriever`` reads the index through: tables and BM25 in memory, vectors from Chroma.

``IndexReader`` keeps the chunks' and reports' metadata arrays and BM25 (``search_tables.Table``) and
all report vectors in memory, reloading them when the store's generation changes (and, with a shared
server, checking for other machines' changes at most once every ``SYNC_INTERVAL`` seconds). It also
asks Chroma for nearest neighbours and for stored vectors.
"""

from __future__ import annotations

import math
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

from chains.retrieval.chroma_layout import REPORTS_COLLECTION
from chains.retrieval.index import Index
from chains.retrieval.lexical import LexicalIndex
from chains.retrieval.search_tables import Table, table

SYNC_INTERVAL = 1.0  # seconds between checks of a shared Chroma server for other machines' changes


class IndexReader:
    """The index as retrieval reads it; the base of ``Retriever``."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._lock = threading.Lock()
        self._generation = -1
        self._chunks: Table | None = None
        self._reports: Table | None = None
        self._counts: dict[str, int] = {}
        self._report_vectors: np.ndarray | None = None
        self._synced_at = -math.inf

    # -- lexical state ---------------------------------------------------------------------------
    def _load(self) -> tuple[Table, Table]:
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
                self._chunks = table(chunk_cols, self._bm25("chunks", gen, chunk_cols["tokens"]), "chunk_id")
                self._reports = table(report_cols, self._bm25("reports", gen, report_cols["tokens"]), "key")
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

    # -- Chroma ----------------------------------------------------------------------------------
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
