"""``Index``'s writing side: bringing the index up to date with reports, and removing them.

Indexing is incremental: a file whose content hash is unchanged is not touched, a changed file
is replaced, a file that disappeared from a folder indexed again is dropped, ``rebuild=True``
starts from nothing. Progress goes to ``on_progress(done, total, message)``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chains.ingest.types import Chunk, Report
from chains.retrieval.chroma_layout import (
    REPORTS_COLLECTION,
    chunk_metadata,
    collection_name,
    report_metadata,
)
from chains.retrieval.embed import Embedder
from chains.retrieval.index_batches import Prepared, prepared_batches, store_rows
from chains.retrieval.index_store import IndexStore
from chains.settings import Settings

ProgressCallback = Callable[[int, int, str], None]
Batch = tuple[Path | None, list[Report], bool]  # (scope, reports, drop_missing): see ``Index.update``
Keyed = list[tuple[str, Report]]
BATCH_REPORTS = 200


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

    def note_skipped(self, skipped: Sequence[tuple[str, str]]) -> None:
        """Record files the reader skipped: a duplicate of another file, or unreadable (with why)."""
        for src, reason in skipped:
            if "内容相同" in reason:
                first = reason.split("与", 1)[-1].split("内容相同", 1)[0].strip()
                self.duplicates.append((src, first))
            else:
                self.skipped.append((src, reason))


@dataclass
class _Plan:
    """Which reports one update writes, judged against the manifest as it was when the update began."""

    manifest: dict[str, tuple[str, str]]  # key → (source, content hash)
    summary: IndexSummary
    todo: Keyed = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    hash_to_key: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.hash_to_key = {h: k for k, (_s, h) in self.manifest.items()}

    def consider(self, key: str, report: Report) -> None:
        """Queue ``report`` unless its file is unchanged or its content is indexed under another file."""
        self.seen.add(key)
        old = self.manifest.get(key)
        if old is not None and old[1] == report.content_hash:
            self.summary.unchanged.append(report.meta.source)
            return
        other = self.hash_to_key.get(report.content_hash)
        if other is not None and other != key:
            first = self.manifest[other][0] if other in self.manifest else other
            self.summary.duplicates.append((report.meta.source, first))
            return
        self.hash_to_key[report.content_hash] = key
        self.todo.append((key, report))

    def gone_from(self, scope_key: str, present: set[str]) -> list[str]:
        """Keys indexed earlier under the folder ``scope_key`` whose files are no longer there."""
        prefix = scope_key + "/"
        return [k for k in self.manifest if k not in present and k.startswith(prefix) and k not in self.seen]

    def replaced(self) -> list[str]:
        """Keys of queued reports that are indexed already (with other content)."""
        return [k for k, _r in self.todo if k in self.manifest]


class IndexUpdates:
    """Mixed into ``Index``: ``update`` / ``index_paths`` bring it up to date; ``remove`` drops reports."""

    settings: Settings
    embedder: Embedder
    store: IndexStore
    collection: Callable[..., Any | None]  # ``Index.collection``
    reset: Callable[[], None]  # ``Index.reset``
    verify: Callable[[], None]  # ``IndexSync.verify``

    def update(
        self,
        batches: Iterable[Batch],
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
        summary.note_skipped(skipped)
        self._start_update(rebuild)
        todo = self._plan(batches, summary)
        self._write_all(todo, summary, chunker, processes, on_progress)
        if todo or summary.removed or rebuild:
            self.store.bump_generation()
        summary.seconds = time.perf_counter() - started
        return summary

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

        batches: list[Batch] = []
        skipped: list[tuple[str, str]] = []
        for raw in paths:
            p = Path(raw)
            reports, bad = iter_reports([p], progress=lambda d, t, name: on_progress(0, 0, f"读取 {name}"))
            skipped.extend((s.source, s.reason) for s in bad)
            # A folder's sources are relative to it; a single file's source is its name in its folder.
            batches.append((p, reports, True) if p.is_dir() else (p.parent, reports, False))
        return self.update(batches, skipped, rebuild=rebuild, on_progress=on_progress, processes=processes)

    def remove(self, keys: list[str]) -> int:
        """Drop reports (by manifest key) from Chroma and the store; returns how many were indexed."""
        present = [k for k in keys if k in self.store.manifest()]
        if present:
            self._remove(present)
            self.store.bump_generation()
        return len(present)

    # -- the steps of ``update`` -----------------------------------------------------------------
    def _start_update(self, rebuild: bool) -> None:
        """Start from nothing (``rebuild``) or from the index as checked, recording the embedder."""
        if rebuild:
            self.reset()
        else:
            self.verify()
        self.store.set_meta(embedder=self.embedder.name, dim=str(self.embedder.dim))

    def _plan(self, batches: Iterable[Batch], summary: IndexSummary) -> Keyed:
        """The keyed reports to write. Records unchanged files and duplicates in ``summary``, drops files
        gone from a folder indexed again, and removes the old version of each report to be replaced."""
        plan = _Plan(self.store.manifest(), summary)
        for scope, reports, drop_missing in batches:
            scope_key = str(scope.resolve()) if scope is not None else ""
            present: set[str] = set()
            for report in reports:
                key = f"{scope_key}/{report.meta.source}" if scope_key else report.meta.source
                present.add(key)
                plan.consider(key, report)
            if scope is not None and drop_missing:
                gone = plan.gone_from(scope_key, present)
                self._remove(gone)
                summary.removed.extend(plan.manifest[k][0] for k in gone)
        self._remove(plan.replaced())
        return plan.todo

    def _write_all(
        self,
        todo: Keyed,
        summary: IndexSummary,
        chunker: Callable[[Report], list[Chunk]],
        processes: int,
        on_progress: ProgressCallback,
    ) -> None:
        """Prepare and write ``todo`` in batches of ``BATCH_REPORTS``, counting them in ``summary``."""
        total = len(todo)
        on_progress(0, total, "开始索引")
        batches_todo = [todo[i : i + BATCH_REPORTS] for i in range(0, total, BATCH_REPORTS)]
        prepared = prepared_batches(batches_todo, self.embedder, chunker, processes)
        done = 0
        for batch, ready in zip(batches_todo, prepared, strict=True):
            summary.chunks += self._write_batch(batch, ready)
            summary.indexed.extend(r.meta.source for _k, r in batch)
            done += len(batch)
            on_progress(done, total, batch[-1][1].meta.source)

    # -- writing to Chroma and the store ---------------------------------------------------------
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

    def _write_batch(self, batch: Keyed, prepared: Prepared) -> int:
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
                metadatas=[chunk_metadata(flat[i]) for i in idx],
            )
        self.collection(REPORTS_COLLECTION, create=True).upsert(
            ids=[k for k, _r in batch],
            embeddings=report_vectors,
            metadatas=[report_metadata(r, shared=bool(self.settings.chroma_host)) for _k, r in batch],
        )
        self.store.add_many(store_rows(batch, per_report, tokens))
        return len(flat)
