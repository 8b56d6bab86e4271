"""``Index``'s agreement with Chroma: server-mode sync of the local manifest, and the damage check.

With a shared Chroma server, another machine may have indexed or removed reports. ``sync`` makes
this machine's manifest, chunks and BM25 tokens match the server's ``reports`` collection, rebuilding
each new report from the text kept in its metadata (``chroma_layout.report_from_metadata``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chains.errors import IndexUnavailable
from chains.retrieval.chroma_layout import REBUILD_HINT, REPORTS_COLLECTION, report_from_metadata
from chains.retrieval.index_batches import chunk_and_tokenize, store_rows
from chains.retrieval.index_store import IndexStore
from chains.settings import Settings

SYNC_PAGE = 1000


class IndexSync:
    """Mixed into ``Index``: reading the server's reports into the local store, and ``verify``."""

    settings: Settings
    store: IndexStore
    collection: Callable[..., Any | None]  # ``Index.collection``

    def sync(self, *, if_count_changed: bool = False) -> bool:
        """Server mode: make this machine's manifest, chunks and BM25 tokens match the server's reports.

        Reports another machine indexed are re-chunked and tokenised here from the text kept on the
        server (chunking is deterministic, so chunk ids and vectors already on the server match);
        reports it removed are dropped here. Nothing is written to the server. With
        ``if_count_changed``, only when the server's report count differs from the local one (one cheap
        call; what retrieval checks, at most once a second). Returns whether anything changed.
        """
        if not self.settings.chroma_host:
            return False
        col = self.collection(REPORTS_COLLECTION)
        if col is None:
            return False
        try:
            if if_count_changed and int(col.count()) == self.store.report_count():
                return False
            server = _all_ids(col)
        except Exception as exc:  # noqa: BLE001 - any failure here means the server is unusable
            raise IndexUnavailable(
                f"无法从 Chroma 服务器 {self.settings.chroma_host}:{self.settings.chroma_port} 读取索引（{type(exc).__name__}）。"
            ) from None
        local = self.store.manifest()
        on_server = set(server)
        gone = [key for key in local if key not in on_server]
        missing = sorted(on_server - set(local))
        if gone:
            self.store.remove(gone)
        self._add_from_server(col, missing)
        if gone or missing:
            self.store.bump_generation()
        return bool(gone or missing)

    def _add_from_server(self, col: Any, missing: list[str]) -> None:
        """Chunk, tokenise and store the reports ``missing`` here, from the text kept on the server."""
        from chains.ingest.chunking import chunk_report

        for start in range(0, len(missing), SYNC_PAGE):
            got = col.get(ids=missing[start : start + SYNC_PAGE], include=["metadatas"])
            # A report indexed by a version that kept no text on the server cannot be rebuilt: --rebuild.
            keyed = [(key, report) for key, meta in zip(got["ids"], got["metadatas"], strict=True)
                     if (report := report_from_metadata(meta or {})) is not None]
            per_report, _texts, tokens = chunk_and_tokenize([r for _k, r in keyed], chunk_report)
            self.store.add_many(store_rows(keyed, per_report, tokens))

    def verify(self) -> None:
        """Raise ``IndexUnavailable`` when Chroma and the manifest disagree (deleted or damaged data)."""
        self.sync()
        n = self.store.report_count()
        if n == 0:
            return
        col = self.collection(REPORTS_COLLECTION)
        try:
            count = col.count() if col is not None else 0
        except Exception as exc:  # noqa: BLE001
            raise IndexUnavailable(f"索引数据无法读取（{type(exc).__name__}）。{REBUILD_HINT}") from None
        if count != n:
            raise IndexUnavailable(
                f"索引不完整：清单记录 {n} 份报告，向量库中有 {count} 份（索引目录可能被删除或损坏）。{REBUILD_HINT}"
            )


def _all_ids(col: Any) -> list[str]:
    """Every id in ``col``, a page at a time."""
    ids: list[str] = []
    while True:
        page = col.get(include=[], limit=SYNC_PAGE, offset=len(ids))["ids"]
        ids.extend(page)
        if len(page) < SYNC_PAGE:
            return ids
