"""The retrieval index: Chroma vectors + a SQLite manifest/chunk store + BM25, kept in step.

Layout under ``settings.data_dir``::

    chroma/                  embedded Chroma (PersistentClient), unless CHROMA_HOST is set
    index/<where>/store.sqlite   manifest (content hash per file), chunk texts, spans, jieba tokens
    index/<where>/bm25-*/    BM25 (bm25s) saved per store generation

``<where>`` is ``embedded`` or ``server-<host>-<port>``. With a server, the ``reports`` collection also
keeps each report's text and metadata, so another machine using the same server rebuilds its local
manifest, chunks and BM25 from it (``Index.sync``: on open, and when retrieval, checking at most once a
second, finds the server's report count differs from the local one) without re-embedding anything. Chroma holds one collection per section type
(``chunks-funds`` …) so that a section-filtered query is a plain nearest-neighbour search, and a
``reports`` collection with one vector per whole report. Every collection records the embedder's
name and dimension; opening it with another embedder is refused.

This module opens the index: the process's Chroma clients, the ``Index`` class with its collections
and embedder check, ``open_index`` and ``ensure_index``. Keeping it in step with the server is in
``index_sync``, writing (incremental indexing, ``update``) in ``index_update``, what Chroma holds in
``chroma_layout``.
"""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path
from typing import Any

from chains.errors import ConfigError, IndexUnavailable
from chains.retrieval.chroma_layout import CHUNK_PREFIX, REBUILD_HINT, REPORTS_COLLECTION
from chains.retrieval.embed import Embedder, build_embedder, chroma_function
from chains.retrieval.index_store import IndexStore
from chains.retrieval.index_sync import IndexSync
from chains.retrieval.index_update import IndexUpdates, ProgressCallback, no_progress
from chains.settings import Settings

CONNECT_TIMEOUT = 5.0


# -- Chroma clients -----------------------------------------------------------------------------

_clients: dict[str, Any] = {}
_clients_lock = threading.Lock()


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False)


def chroma_path(settings: Settings) -> Path:
    return Path(settings.data_dir) / "chroma"


def store_dir(settings: Settings) -> Path:
    where = "embedded" if not settings.chroma_host else f"server-{_safe(settings.chroma_host)}-{settings.chroma_port}"
    return Path(settings.data_dir) / "index" / where


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text)


def check_server(host: str, port: int, timeout: float = CONNECT_TIMEOUT) -> None:
    """Raise ``IndexUnavailable`` naming ``host:port`` unless a Chroma heartbeat answers in ``timeout``."""
    import httpx

    url = f"http://{host}:{port}/api/v2/heartbeat"
    try:
        response = httpx.get(url, timeout=httpx.Timeout(timeout, connect=timeout))
        response.raise_for_status()
    except (TimeoutError, httpx.HTTPError, OSError) as exc:
        raise IndexUnavailable(
            f"无法连接 Chroma 服务器 {host}:{port}（{type(exc).__name__}）。请确认服务器已启动"
            f"（chroma run --host {host} --port {port}），或清空 CHROMA_HOST 改用内嵌数据库。"
        ) from None


def open_client(settings: Settings) -> Any:
    """One Chroma client per persist path (or server) per process, telemetry off."""
    key = f"http://{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else str(
        chroma_path(settings).resolve()
    )
    with _clients_lock:
        if key in _clients:
            return _clients[key]
        import chromadb

        if settings.chroma_host:
            check_server(settings.chroma_host, settings.chroma_port)
            try:
                client = chromadb.HttpClient(
                    host=settings.chroma_host, port=settings.chroma_port, settings=_chroma_settings()
                )
            except Exception as exc:  # noqa: BLE001 - any failure here means "server unusable"
                raise IndexUnavailable(
                    f"无法使用 Chroma 服务器 {settings.chroma_host}:{settings.chroma_port}：{exc}"
                ) from None
        else:
            path = chroma_path(settings)
            try:
                path.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
                client.heartbeat()
            except Exception as exc:  # noqa: BLE001 - a damaged directory fails in many ways
                _forget_system(str(path))
                raise IndexUnavailable(f"索引目录 {path} 无法打开，可能已损坏（{type(exc).__name__}）。{REBUILD_HINT}") from None
        _clients[key] = client
        return client


def _forget_system(path: str) -> None:
    """Drop Chroma's cached system for ``path`` so the directory can be recreated in this process."""
    try:
        from chromadb.api.shared_system_client import SharedSystemClient

        system = SharedSystemClient._identifier_to_system.pop(path, None)
        SharedSystemClient._identifier_to_refcount.pop(path, None)
        if system is not None:
            try:
                system.stop()
            except Exception:  # noqa: BLE001 - stopping a broken system may fail; it is dropped anyway
                pass
    except ImportError:  # pragma: no cover
        pass


def release(settings: Settings) -> None:
    """Forget this process's Chroma client for ``settings`` (the next open starts afresh, as after a restart)."""
    with _clients_lock:
        if settings.chroma_host:
            _clients.pop(f"http://{settings.chroma_host}:{settings.chroma_port}", None)
        else:
            path = chroma_path(settings)
            _clients.pop(str(path.resolve()), None)
            _forget_system(str(path))


# -- the index ----------------------------------------------------------------------------------


class Index(IndexSync, IndexUpdates):
    """An open index: Chroma collections, the manifest store and the embedder, checked to agree.

    Build one per process (the app caches it with ``st.cache_resource``) via ``open_index`` or
    ``ensure_index``; it is safe to share between threads for reading. Syncing with a server and
    ``verify`` come from ``IndexSync``, ``update`` / ``index_paths`` / ``remove`` from ``IndexUpdates``.
    """

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or build_embedder(settings)
        self.dir = store_dir(settings)
        self.store = IndexStore(self.dir / "store.sqlite")
        self.client = open_client(settings)
        self._collections: dict[str, Any] = {}
        self._check_embedder()

    # -- embedder bookkeeping --------------------------------------------------------------------
    def _embedder_meta(self) -> dict[str, Any]:
        # HNSW settings are Chroma's defaults (M 16, construction_ef 100, batch_size 100, sync_threshold
        # 1000): measured fastest for our many mid-sized adds. A large batch_size/sync_threshold makes each
        # add cost grow with the rows not yet synced (10,000 reports: 46 reports/s against ~90 with defaults).
        return {"embedder": self.embedder.name, "dim": self.embedder.dim, "hnsw:space": "cosine"}

    def _check_embedder(self) -> None:
        stored = self.store.get_meta("embedder")
        if stored and stored != self.embedder.name and self.store.report_count():
            raise ConfigError(self._mix_message(stored, self.store.get_meta("dim") or "?"))
        for name in self._existing_collections():
            col = self.client.get_collection(name, embedding_function=chroma_function(self.embedder))
            meta = col.metadata or {}
            if meta.get("embedder") not in (None, self.embedder.name) or (
                meta.get("dim") not in (None, self.embedder.dim)
            ):
                raise ConfigError(self._mix_message(str(meta.get("embedder")), str(meta.get("dim"))))

    def _mix_message(self, other: str, other_dim: str) -> str:
        return (
            f"索引是用向量方式“{other}”（{other_dim} 维）建立的，当前设置为“{self.embedder.name}”"
            f"（{self.embedder.dim} 维），同一索引不能混用两种向量。请改回原来的 REPORT_ASSISTANT_EMBEDDER，"
            "或运行 report-assistant index --rebuild 用当前方式重建索引。"
        )

    def _existing_collections(self) -> list[str]:
        try:
            names = [c if isinstance(c, str) else c.name for c in self.client.list_collections()]
        except Exception as exc:  # noqa: BLE001
            raise IndexUnavailable(f"读取索引失败（{type(exc).__name__}）。{REBUILD_HINT}") from None
        return [n for n in names if n == REPORTS_COLLECTION or n.startswith(CHUNK_PREFIX)]

    def collection(self, name: str, create: bool = False) -> Any | None:
        if name in self._collections:
            return self._collections[name]
        ef = chroma_function(self.embedder)
        try:
            if create:
                col = self.client.get_or_create_collection(name, embedding_function=ef, metadata=self._embedder_meta())
            else:
                col = self.client.get_collection(name, embedding_function=ef)
        except Exception as exc:  # noqa: BLE001 - missing collection: chromadb raises NotFoundError/ValueError
            if create:
                raise IndexUnavailable(f"无法创建索引集合 {name}（{exc}）。{REBUILD_HINT}") from None
            return None
        self._collections[name] = col
        return col

    # -- state -----------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return self.store.report_count() == 0

    # -- starting afresh -------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget everything: drop our collections and the manifest."""
        for name in self._existing_collections():
            try:
                self.client.delete_collection(name)
            except Exception:  # noqa: BLE001 - already gone
                pass
        self._collections.clear()
        self.store.clear()
        self.store.set_meta(embedder=self.embedder.name, dim=str(self.embedder.dim))
        self.store.bump_generation()


def open_index(settings: Settings, *, rebuild: bool = False, embedder: Embedder | None = None) -> Index:
    """Open (or, with ``rebuild``, recreate) the index; a damaged directory becomes ``IndexUnavailable``."""
    if rebuild and not settings.chroma_host:
        release(settings)
        try:
            open_client(settings)
        except IndexUnavailable:
            release(settings)
            shutil.rmtree(chroma_path(settings), ignore_errors=True)
        sdir = store_dir(settings)
        try:
            IndexStore(sdir / "store.sqlite")
        except IndexUnavailable:
            shutil.rmtree(sdir, ignore_errors=True)
    if rebuild:
        try:
            return Index(settings, embedder)
        except ConfigError:
            # A different embedder is being switched to: drop the old index first.
            idx = _unchecked_index(settings, embedder)
            idx.reset()
            return Index(settings, embedder)
    return Index(settings, embedder)


def _unchecked_index(settings: Settings, embedder: Embedder | None) -> Index:
    idx = Index.__new__(Index)
    idx.settings = settings
    idx.embedder = embedder or build_embedder(settings)
    idx.dir = store_dir(settings)
    idx.store = IndexStore(idx.dir / "store.sqlite")
    idx.client = open_client(settings)
    idx._collections = {}
    return idx


def ensure_index(
    settings: Settings, on_progress: ProgressCallback = no_progress, embedder: Embedder | None = None
) -> Index:
    """The index, built from ``settings.corpus_dir`` on first use; checked for damage otherwise."""
    index = open_index(settings, embedder=embedder)
    index.sync()  # server mode: reports other machines indexed count as present here
    if index.is_empty():
        corpus = Path(settings.corpus_dir)
        if corpus.exists():
            index.index_paths([corpus], on_progress=on_progress)
    else:
        index.verify()
    return index
