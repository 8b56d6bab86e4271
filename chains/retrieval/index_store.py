"""The index manifest and chunk store: one SQLite file beside the Chroma data.

It records, per indexed file, its content hash (for incremental re-indexing), its metadata and
text, and, per chunk, the text, span, section and jieba tokens. BM25 is rebuilt from the stored
tokens when the index changes, and retrieval reads passages and metadata from here, so Chroma
only has to hold vectors and the metadata it filters on.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chains.errors import IndexUnavailable
from chains.ingest.types import Chunk, Report

TOKEN_SEP = "\x1f"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
    key TEXT PRIMARY KEY,           -- where the file lives (root-qualified): the incremental unit
    source TEXT NOT NULL,           -- as shown to users (relative to the indexed folder)
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL, project_name TEXT NOT NULL, department TEXT NOT NULL, region TEXT NOT NULL,
    year INTEGER, category TEXT NOT NULL, amounts TEXT NOT NULL,
    text TEXT NOT NULL, tokens TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_hash ON reports(content_hash);
CREATE TABLE IF NOT EXISTS chunks (
    row INTEGER PRIMARY KEY AUTOINCREMENT,
    chunk_id TEXT UNIQUE NOT NULL,
    report_key TEXT NOT NULL,
    source TEXT NOT NULL, section_type TEXT NOT NULL, heading TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    year INTEGER, department TEXT NOT NULL, category TEXT NOT NULL, region TEXT NOT NULL,
    text TEXT NOT NULL, tokens TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_report ON chunks(report_key);
"""


@dataclass(frozen=True)
class StoredReport:
    key: str
    source: str
    content_hash: str
    title: str
    project_name: str
    department: str
    region: str
    year: int | None
    category: str
    amounts: dict[str, float]
    text: str



def with_heading(heading: str, text: str) -> str:
    """What is embedded and tokenised for a chunk: its section heading, then its text (the heading names
    the topic — 资金使用情况, 存在的问题 — that the passage itself often leaves implicit)."""
    heading = heading.strip()
    return f"{heading}\n{text}" if heading and not text.startswith(heading) else text

class IndexStore:
    """SQLite manifest + chunk store. Every method opens its own short transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with self._connect() as db:
                db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise IndexUnavailable(
                f"索引清单 {path} 已损坏（{exc}）。请运行 report-assistant index --rebuild 重建索引。"
            ) from None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            with db:
                yield db
        finally:
            db.close()

    # -- meta ------------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        with self._connect() as db:
            row = db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, **values: str) -> None:
        with self._connect() as db:
            db.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", list(values.items()))

    def generation(self) -> int:
        return int(self.get_meta("generation") or 0)

    def bump_generation(self) -> int:
        gen = self.generation() + 1
        self.set_meta(generation=str(gen))
        return gen

    # -- manifest --------------------------------------------------------------------------------
    def manifest(self) -> dict[str, tuple[str, str]]:
        """``key → (source, content_hash)`` of every indexed file."""
        with self._connect() as db:
            return {k: (s, h) for k, s, h in db.execute("SELECT key, source, content_hash FROM reports")}

    def report_count(self) -> int:
        with self._connect() as db:
            return int(db.execute("SELECT COUNT(*) FROM reports").fetchone()[0])

    def chunk_ids(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """``section_type → chunk ids`` of the chunks of ``keys``."""
        out: dict[str, list[str]] = {}
        with self._connect() as db:
            for key in keys:
                for cid, section in db.execute("SELECT chunk_id, section_type FROM chunks WHERE report_key=?", (key,)):
                    out.setdefault(section, []).append(cid)
        return out

    def remove(self, keys: Iterable[str]) -> None:
        with self._connect() as db:
            for key in keys:
                db.execute("DELETE FROM chunks WHERE report_key=?", (key,))
                db.execute("DELETE FROM reports WHERE key=?", (key,))

    def add_many(self, rows: list[tuple[str, Report, list[str], list[Chunk], list[list[str]]]]) -> None:
        """Record reports ``(key, report, report_tokens, chunks, chunk_tokens)`` in one transaction."""
        with self._connect() as db:
            for key, report, report_tokens, chunks, chunk_tokens in rows:
                m = report.meta
                db.execute("DELETE FROM chunks WHERE report_key=?", (key,))
                db.execute(
                    "INSERT OR REPLACE INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        key, m.source, report.content_hash, m.title, m.project_name, m.department, m.region, m.year,
                        m.category, json.dumps(m.amounts, ensure_ascii=False), report.text,
                        TOKEN_SEP.join(report_tokens),
                    ),
                )
                db.executemany(
                    "INSERT OR REPLACE INTO chunks(chunk_id, report_key, source, section_type, heading, start, "
                    "\"end\", year, department, category, region, text, tokens) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [
                        (
                            c.chunk_id, key, c.source, c.section_type, c.heading, c.span[0], c.span[1], c.year,
                            c.department, c.category, c.region, c.text, TOKEN_SEP.join(toks),
                        )
                        for c, toks in zip(chunks, chunk_tokens, strict=True)
                    ],
                )

    def clear(self) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM chunks")
            db.execute("DELETE FROM reports")

    # -- reading for retrieval -------------------------------------------------------------------
    def chunk_table(self) -> dict[str, list[Any]]:
        """Column lists of every chunk in row order (what BM25 and the filters work on)."""
        cols: dict[str, list[Any]] = {
            k: [] for k in ("chunk_id", "source", "section_type", "year", "department", "category", "tokens")
        }
        with self._connect() as db:
            for cid, src, sec, year, dep, cat, toks in db.execute(
                "SELECT chunk_id, source, section_type, year, department, category, tokens FROM chunks ORDER BY row"
            ):
                cols["chunk_id"].append(cid)
                cols["source"].append(src)
                cols["section_type"].append(sec)
                cols["year"].append(year)
                cols["department"].append(dep)
                cols["category"].append(cat)
                cols["tokens"].append(toks.split(TOKEN_SEP) if toks else [])
        return cols

    def report_table(self) -> dict[str, list[Any]]:
        cols: dict[str, list[Any]] = {k: [] for k in ("key", "source", "year", "department", "category", "tokens")}
        with self._connect() as db:
            for key, src, year, dep, cat, toks in db.execute(
                "SELECT key, source, year, department, category, tokens FROM reports ORDER BY key"
            ):
                cols["key"].append(key)
                cols["source"].append(src)
                cols["year"].append(year)
                cols["department"].append(dep)
                cols["category"].append(cat)
                cols["tokens"].append(toks.split(TOKEN_SEP) if toks else [])
        return cols

    def chunks_by_id(self, chunk_ids: list[str]) -> dict[str, dict[str, Any]]:
        if not chunk_ids:
            return {}
        out: dict[str, dict[str, Any]] = {}
        with self._connect() as db:
            marks = ",".join("?" * len(chunk_ids))
            for row in db.execute(
                f"SELECT chunk_id, source, section_type, heading, start, \"end\", year, text FROM chunks "
                f"WHERE chunk_id IN ({marks})",
                chunk_ids,
            ):
                cid, src, sec, heading, start, end, year, text = row
                out[cid] = {
                    "source": src, "section_type": sec, "heading": heading, "span": (start, end),
                    "year": year, "text": text,
                }
        return out

    def chunk_texts(self, chunk_ids: list[str]) -> dict[str, str]:
        """The text each chunk was embedded and tokenised from (``with_heading``), by chunk id."""
        if not chunk_ids:
            return {}
        with self._connect() as db:
            marks = ",".join("?" * len(chunk_ids))
            rows = db.execute(f"SELECT chunk_id, heading, text FROM chunks WHERE chunk_id IN ({marks})", chunk_ids)
            return {cid: with_heading(heading or "", text) for cid, heading, text in rows}

    def reports_by_key(self, keys: list[str]) -> dict[str, StoredReport]:
        if not keys:
            return {}
        out: dict[str, StoredReport] = {}
        with self._connect() as db:
            marks = ",".join("?" * len(keys))
            for row in db.execute(
                "SELECT key, source, content_hash, title, project_name, department, region, year, category, amounts, "
                f"text FROM reports WHERE key IN ({marks})",
                keys,
            ):
                out[row[0]] = StoredReport(*row[:9], amounts=json.loads(row[9]), text=row[10])
        return out

    def section_types_of(self, keys: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        with self._connect() as db:
            for key in keys:
                out[key] = [r[0] for r in db.execute(
                    "SELECT DISTINCT section_type FROM chunks WHERE report_key=?", (key,))]
        return out
