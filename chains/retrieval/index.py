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

Indexing is incremental: a file whose content hash is unchanged is not touched, a changed file
is replaced, a file that disappeared from a folder indexed again is dropped, ``rebuild=True``
starts from nothing. Progress goes to ``on_progress(done, total, message)``.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from chains.errors import ConfigError, IndexUnavailable
from chains.ingest.types import Chunk, Report, ReportMeta
from chains.retrieval.embed import Embedder, HashEmbedder, build_embedder, chroma_function
from chains.retrieval.index_store import IndexStore, with_heading
from chains.settings import Settings

ProgressCallback = Callable[[int, int, str], None]
REPORTS_COLLECTION = "reports"
CHUNK_PREFIX = "chunks-"
CONNECT_TIMEOUT = 5.0
BATCH_REPORTS = 200
SYNC_PAGE = 1000
REBUILD_HINT = "请运行 report-assistant index --rebuild 重建索引。"


def no_progress(done: int, total: int, message: str) -> None:
    """The default progress callback: does nothing."""


@dataclass
class IndexSummary:
    """What one indexing run did; ``lines()`` is the Chinese run summary."""

    indexed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, the file it duplicates)
    chunks: int = 0
    seconds: float = 0.0
    rebuilt: bool = False

    def lines(self) -> list[str]:
        out = [
            f"{'重建' if self.rebuilt else '索引'}完成：新增或更新 {len(self.indexed)} 份，未变 {len(self.unchanged)} 份，"
            f"移除 {len(self.removed)} 份，共写入 {self.chunks} 个段落，用时 {self.seconds:.1f} 秒。"
        ]
        if self.duplicates:
            out.append(f"重复文件 {len(self.duplicates)} 份（只收录一次）：")
            out.extend(f"  {src}：与 {first} 内容相同" for src, first in self.duplicates)
        if self.skipped:
            out.append(f"跳过 {len(self.skipped)} 份：")
            out.extend(f"  {src}：{reason}" for src, reason in self.skipped)
        return out


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
    _drop_client(settings)


def _drop_client(settings: Settings) -> None:
    with _clients_lock:
        if settings.chroma_host:
            _clients.pop(f"http://{settings.chroma_host}:{settings.chroma_port}", None)
        else:
            path = chroma_path(settings)
            _clients.pop(str(path.resolve()), None)
            _forget_system(str(path))


# -- the index ----------------------------------------------------------------------------------


def collection_name(section_type: str) -> str:
    name = CHUNK_PREFIX + re.sub(r"[^a-z0-9_]", "_", section_type.lower())
    return name if len(name) >= len(CHUNK_PREFIX) + 1 else CHUNK_PREFIX + "other"


class Index:
    """An open index: Chroma collections, the manifest store and the embedder, checked to agree.

    Build one per process (the app caches it with ``st.cache_resource``) via ``open_index`` or
    ``ensure_index``; it is safe to share between threads for reading.
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
            server: list[str] = []
            while True:
                page = col.get(include=[], limit=SYNC_PAGE, offset=len(server))["ids"]
                server.extend(page)
                if len(page) < SYNC_PAGE:
                    break
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
        from chains.ingest.chunking import chunk_report

        for start in range(0, len(missing), SYNC_PAGE):
            got = col.get(ids=missing[start : start + SYNC_PAGE], include=["metadatas"])
            # A report indexed by a version that kept no text on the server cannot be rebuilt: --rebuild.
            keyed = [(key, report) for key, meta in zip(got["ids"], got["metadatas"], strict=True)
                     if (report := _report_from_metadata(meta or {})) is not None]
            per_report, _texts, tokens = chunk_and_tokenize([r for _k, r in keyed], chunk_report)
            self.store.add_many(_store_rows(keyed, per_report, tokens))
        if gone or missing:
            self.store.bump_generation()
        return bool(gone or missing)

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

    # -- writing ---------------------------------------------------------------------------------
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

    def update(
        self,
        batches: Iterable[tuple[Path | None, list[Report], bool]],
        skipped: Sequence[tuple[str, str]] = (),
        *,
        rebuild: bool = False,
        on_progress: ProgressCallback = no_progress,
        chunker: Callable[[Report], list[Chunk]] | None = None,
        processes: int = 1,
    ) -> IndexSummary:
        """Make the index hold ``batches`` of ``(scope, reports, drop_missing)``.

        ``scope`` is the folder the reports' sources are relative to (``None``: sources are keys
        as they are). With ``drop_missing``, files indexed earlier under that folder and absent
        now are dropped. Reports are keyed by ``scope/source``; an unchanged content hash is not
        re-indexed; a report whose content is already indexed under another file is recorded as a
        duplicate and indexed once.
        """
        if chunker is None:
            from chains.ingest.chunking import chunk_report

            chunker = chunk_report
        started = time.perf_counter()
        summary = IndexSummary(rebuilt=rebuild)
        for src, reason in skipped:
            if "内容相同" in reason:
                first = reason.split("与", 1)[-1].split("内容相同", 1)[0].strip()
                summary.duplicates.append((src, first))
            else:
                summary.skipped.append((src, reason))
        if rebuild:
            self.reset()
        else:
            self.verify()
        self.store.set_meta(embedder=self.embedder.name, dim=str(self.embedder.dim))
        manifest = self.store.manifest()
        hash_to_key = {h: k for k, (_s, h) in manifest.items()}
        todo: list[tuple[str, Report]] = []
        seen: set[str] = set()
        for scope, reports, drop_missing in batches:
            scope_key = str(scope.resolve()) if scope is not None else ""
            present: set[str] = set()
            for report in reports:
                key = f"{scope_key}/{report.meta.source}" if scope_key else report.meta.source
                present.add(key)
                seen.add(key)
                old = manifest.get(key)
                if old is not None and old[1] == report.content_hash:
                    summary.unchanged.append(report.meta.source)
                    continue
                other = hash_to_key.get(report.content_hash)
                if other is not None and other != key:
                    summary.duplicates.append((report.meta.source, manifest[other][0] if other in manifest else other))
                    continue
                hash_to_key[report.content_hash] = key
                todo.append((key, report))
            if scope is not None and drop_missing:
                prefix = scope_key + "/"
                gone = [k for k in manifest if k not in present and k.startswith(prefix) and k not in seen]
                self._remove(gone)
                summary.removed.extend(manifest[k][0] for k in gone)
        replaced = [k for k, _r in todo if k in manifest]
        self._remove(replaced)

        total = len(todo)
        on_progress(0, total, "开始索引")
        batches_todo = [todo[i : i + BATCH_REPORTS] for i in range(0, total, BATCH_REPORTS)]
        done = 0
        for batch, prepared in zip(batches_todo, self._prepared_batches(batches_todo, chunker, processes), strict=True):
            summary.chunks += self._write_batch(batch, prepared)
            summary.indexed.extend(r.meta.source for _k, r in batch)
            done += len(batch)
            on_progress(done, total, batch[-1][1].meta.source)
        if todo or summary.removed or rebuild:
            self.store.bump_generation()
        summary.seconds = time.perf_counter() - started
        return summary

    def remove(self, keys: list[str]) -> int:
        """Drop reports (by manifest key) from Chroma and the store; returns how many were indexed."""
        present = [k for k in keys if k in self.store.manifest()]
        if present:
            self._remove(present)
            self.store.bump_generation()
        return len(present)

    def _remove(self, keys: list[str]) -> None:
        if not keys:
            return
        for section, ids in self.store.chunk_ids(keys).items():
            col = self.collection(collection_name(section))
            if col is not None:
                for i in range(0, len(ids), 5000):
                    col.delete(ids=ids[i : i + 5000])
        col = self.collection(REPORTS_COLLECTION)
        if col is not None:
            col.delete(ids=keys)
        self.store.remove(keys)

    def _write_batch(self, batch: list[tuple[str, Report]], prepared: Prepared) -> int:
        """Store one prepared batch: vectors to Chroma, texts/tokens/manifest to the store."""
        per_report, tokens, vectors, report_vectors = prepared
        flat = [c for chunks in per_report for c in chunks]
        by_section: dict[str, list[int]] = {}
        for i, c in enumerate(flat):
            by_section.setdefault(collection_name(c.section_type), []).append(i)
        for name, idx in by_section.items():
            # Chunk ids embed the content hash: an id already present holds the same text, so a
            # plain add (which skips existing ids) is safe and cheaper than upsert.
            self.collection(name, create=True).add(
                ids=[flat[i].chunk_id for i in idx],
                embeddings=vectors[idx],
                metadatas=[_chunk_metadata(flat[i]) for i in idx],
            )
        self.collection(REPORTS_COLLECTION, create=True).upsert(
            ids=[k for k, _r in batch],
            embeddings=report_vectors,
            metadatas=[_report_metadata(r, shared=bool(self.settings.chroma_host)) for _k, r in batch],
        )
        self.store.add_many(_store_rows(batch, per_report, tokens))
        return len(flat)

    def _prepared_batches(
        self,
        batches: list[list[tuple[str, Report]]],
        chunker: Callable[[Report], list[Chunk]],
        processes: int,
    ) -> Iterator[Prepared]:
        """Chunks, tokens and vectors of each batch, in order; in worker processes when worthwhile.

        Forked workers run the pure-Python chunking and jieba (they never touch Chroma, whose
        threads a fork does not copy) while this process writes the previous batch; at most
        ``2 * processes`` batches are in flight so memory stays bounded. Fork, not forkserver or
        spawn: those re-run the caller's ``__main__``, which a Streamlit page or a script without a
        ``__main__`` guard cannot survive.
        """
        parallel = processes > 1 and len(batches) > 2 and isinstance(self.embedder, HashEmbedder)
        if not parallel:
            for batch in batches:
                yield prepare_batch([r for _k, r in batch], self.embedder, chunker)
            return
        import multiprocessing as mp
        from collections import deque

        from chains.retrieval.lexical import tokenizer

        tokenizer()  # load jieba's dictionary once, before forking, so workers share it
        ctx = mp.get_context("fork")
        with ctx.Pool(processes) as pool:
            pending: deque[Any] = deque()
            todo = iter(batches)
            for batch in todo:
                pending.append(pool.apply_async(prepare_batch, ([r for _k, r in batch], self.embedder, chunker)))
                if len(pending) >= 2 * processes:
                    break
            while pending:
                result = pending.popleft().get()
                nxt = next(todo, None)
                if nxt is not None:
                    pending.append(pool.apply_async(prepare_batch, ([r for _k, r in nxt], self.embedder, chunker)))
                yield result

    def index_paths(
        self,
        paths: Sequence[str | Path],
        *,
        rebuild: bool = False,
        on_progress: ProgressCallback = no_progress,
        processes: int = 1,
    ) -> IndexSummary:
        """Read every report under ``paths`` (files or folders) and bring the index up to date."""
        from chains.ingest.reports import iter_reports

        batches: list[tuple[Path | None, list[Report], bool]] = []
        skipped: list[tuple[str, str]] = []
        for raw in paths:
            p = Path(raw)
            reports, bad = iter_reports([p], progress=lambda d, t, name: on_progress(0, 0, f"读取 {name}"))
            skipped.extend((s.source, s.reason) for s in bad)
            # A folder's sources are relative to it; a single file's source is its name in its folder.
            batches.append((p, reports, True) if p.is_dir() else (p.parent, reports, False))
        return self.update(batches, skipped, rebuild=rebuild, on_progress=on_progress, processes=processes)


Prepared = tuple[list[list[Chunk]], list[list[str]], np.ndarray, np.ndarray]


def chunk_and_tokenize(
    reports: list[Report], chunker: Callable[[Report], list[Chunk]]
) -> tuple[list[list[Chunk]], list[str], list[list[str]]]:
    """Chunks per report; and, for every chunk in order, the text it is embedded from and its jieba tokens."""
    from chains.retrieval.lexical import tokenize

    per_report = [chunker(r) for r in reports]
    texts = [embedding_text(c) for chunks in per_report for c in chunks]
    return per_report, texts, [tokenize(t) for t in texts]


def _store_rows(
    keyed: Sequence[tuple[str, Report]], per_report: list[list[Chunk]], tokens: list[list[str]]
) -> list[tuple[str, Report, list[str], list[Chunk], list[list[str]]]]:
    """``IndexStore.add_many`` rows: each report with its chunks, their tokens and all its tokens."""
    rows = []
    pos = 0
    for (key, report), chunks in zip(keyed, per_report, strict=True):
        ctoks = tokens[pos : pos + len(chunks)]
        pos += len(chunks)
        rows.append((key, report, [t for toks in ctoks for t in toks], chunks, ctoks))
    return rows


def prepare_batch(reports: list[Report], embedder: Embedder, chunker: Callable[[Report], list[Chunk]]) -> Prepared:
    """Pure computation for a batch: chunks per report, jieba tokens and vectors per chunk, report vectors."""
    per_report, texts, tokens = chunk_and_tokenize(reports, chunker)
    vectors = embedder.embed(texts) if texts else np.zeros((0, embedder.dim), dtype=np.float32)
    report_vectors = embedder.embed([r.text for r in reports])
    return per_report, tokens, vectors, report_vectors


def embedding_text(chunk: Chunk) -> str:
    """Heading + text of a chunk: what its vector and its BM25 tokens are computed from."""
    return with_heading(chunk.heading, chunk.text)


def _chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    """Only what Chroma filters on (the store keeps the rest): fewer metadata rows, faster adds."""
    return {"year": chunk.year if chunk.year is not None else -1, "department": chunk.department,
            "category": chunk.category}


def _report_metadata(report: Report, *, shared: bool = False) -> dict[str, Any]:
    """What Chroma keeps per report; ``shared`` (server mode) adds what ``Index.sync`` rebuilds it from."""
    m = report.meta
    out: dict[str, Any] = {
        "source": m.source,
        "year": m.year if m.year is not None else -1,
        "department": m.department,
        "category": m.category,
        "region": m.region,
        "title": m.title or m.project_name,
    }
    if shared:
        # The text compressed and base64-encoded: Chroma indexes string metadata character by character,
        # and 200 reports' plain Chinese text made each upsert ~10× slower (1,000 synthetic reports:
        # 4.8 s plain, 0.5 s compressed, 0.3 s without the text).
        text_z = base64.b64encode(zlib.compress(report.text.encode("utf-8"), 6)).decode("ascii")
        out.update(content_hash=report.content_hash, report_title=m.title, project_name=m.project_name,
                   amounts=json.dumps(m.amounts, ensure_ascii=False), text_z=text_z)
    return out


def _report_from_metadata(meta: dict[str, Any]) -> Report | None:
    """The report ``_report_metadata(..., shared=True)`` recorded; ``None`` without its text."""
    text_z, content_hash = meta.get("text_z"), meta.get("content_hash")
    if not isinstance(text_z, str) or not isinstance(content_hash, str):
        return None
    try:
        text = zlib.decompress(base64.b64decode(text_z)).decode("utf-8")
    except (ValueError, zlib.error):
        return None
    year = meta.get("year")
    try:
        amounts = {k: float(v) for k, v in json.loads(meta.get("amounts") or "{}").items()}
    except (ValueError, TypeError, AttributeError):
        amounts = {}
    return Report(
        meta=ReportMeta(
            source=str(meta.get("source") or ""), title=str(meta.get("report_title") or ""),
            project_name=str(meta.get("project_name") or ""), department=str(meta.get("department") or ""),
            region=str(meta.get("region") or ""), year=year if isinstance(year, int) and year >= 0 else None,
            category=str(meta.get("category") or ""), amounts=amounts,
        ),
        text=text,
        content_hash=content_hash,
    )


def open_index(settings: Settings, *, rebuild: bool = False, embedder: Embedder | None = None) -> Index:
    """Open (or, with ``rebuild``, recreate) the index; a damaged directory becomes ``IndexUnavailable``."""
    if rebuild and not settings.chroma_host:
        _drop_client(settings)
        try:
            open_client(settings)
        except IndexUnavailable:
            _drop_client(settings)
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
