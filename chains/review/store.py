"""Batches reviewed on the 批量审阅 page, in SQLite under ``settings.data_dir / "batches.db"``.

Written when a batch is done, and again when a reviewer marks a finding 不是问题 or undoes a mark, so a
page reload or a server restart lists it as it was left. One row per batch (title, when, how many files,
the statuses, its dismissal list) and one row per report:
its worksheet row as JSON (status, stated figures, findings) and, apart from it, the text as read — only
the report opened on the page and the HTML worksheet need the texts, so listing a batch never loads them.

Each call opens its own connection (safe across Streamlit threads), as ``chains.conversation.store`` does;
a separate file keeps the two stores independent.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from chains.errors import ConfigError
from chains.review.stated import Stated
from chains.review.worksheet import STATUSES, Batch, Dismissal, FindingRow, ReportRow
from chains.sqlite_store import SqliteStore, dumps

FILE_NAME = "batches.db"

SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    total INTEGER NOT NULL,
    reviewed INTEGER NOT NULL,
    interrupted INTEGER NOT NULL DEFAULT 0,
    seconds REAL NOT NULL DEFAULT 0,
    counts TEXT NOT NULL,
    dismissals TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS batch_reports (
    batch_id TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    file TEXT NOT NULL,
    status TEXT NOT NULL,
    row TEXT NOT NULL,
    text TEXT,
    PRIMARY KEY (batch_id, position)
);
"""


@dataclass(frozen=True)
class BatchInfo:
    """One saved batch as the page lists it."""

    id: str
    title: str
    created: float
    total: int
    reviewed: int
    interrupted: bool
    seconds: float
    counts: dict[str, int]


class BatchStore(SqliteStore):
    """Saved batches: ``save`` one, ``list_batches``, ``load`` one (texts optional), ``report_text``,
    ``update_dismissals`` (findings marked 不是问题 on the page), ``delete``."""

    schema = SCHEMA
    keeps = "审阅批次"

    @classmethod
    def open(cls, data_dir: str | Path) -> BatchStore:
        return cls(Path(data_dir) / FILE_NAME)

    def save(self, batch: Batch, title: str = "") -> str:
        """Store the batch (every report with its text, when kept); returns its id."""
        bid = uuid.uuid4().hex[:12]
        counts = batch.status_counts()
        dismissals = [_dismissal_to_dict(d) for d in batch.dismissals]
        rows = [
            (bid, k, r.file, r.status, dumps(report_to_dict(r)), r.text) for k, r in enumerate(batch.reports)
        ]
        try:
            with self._connect() as db:
                db.execute(
                    "INSERT INTO batches (id, title, created, total, reviewed, interrupted, seconds, counts, dismissals) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (bid, title, time.time(), batch.total, len(batch.reports), int(batch.interrupted), batch.seconds,
                     dumps({s: counts[s] for s in STATUSES}), dumps(dismissals)),
                )
                db.executemany(
                    "INSERT INTO batch_reports (batch_id, position, file, status, row, text) VALUES (?, ?, ?, ?, ?, ?)", rows
                )
        except sqlite3.Error as exc:
            raise ConfigError(f"无法保存审阅批次（{exc}），请检查数据目录 REPORT_ASSISTANT_DATA_DIR 的空间和权限。") from None
        return bid

    def list_batches(self) -> list[BatchInfo]:
        """Every saved batch, the newest first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, title, created, total, reviewed, interrupted, seconds, counts FROM batches "
                "ORDER BY created DESC, rowid DESC"
            ).fetchall()
        return [BatchInfo(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], json.loads(r[7])) for r in rows]

    def info(self, bid: str) -> BatchInfo | None:
        return next((i for i in self.list_batches() if i.id == bid), None)

    def load(self, bid: str, texts: bool = False) -> Batch | None:
        """The batch as it was reviewed; report texts only when ``texts`` (the HTML worksheet needs them)."""
        column = "text" if texts else "NULL"
        with self._connect() as db:
            head = db.execute("SELECT total, interrupted, seconds, dismissals FROM batches WHERE id = ?", (bid,)).fetchone()
            if head is None:
                return None
            rows = db.execute(
                f"SELECT row, {column} FROM batch_reports WHERE batch_id = ? ORDER BY position", (bid,)
            ).fetchall()
        reports = [report_from_dict(json.loads(r[0]), r[1]) for r in rows]
        dismissals = [_dismissal_from_dict(d) for d in json.loads(head[3])]
        return Batch(reports, int(head[0]), bool(head[1]), dismissals, float(head[2]))

    def report_text(self, bid: str, position: int) -> str | None:
        """The text of one report of a batch (``None`` when it was not kept or does not exist)."""
        with self._connect() as db:
            row = db.execute(
                "SELECT text FROM batch_reports WHERE batch_id = ? AND position = ?", (bid, position)
            ).fetchone()
        return row[0] if row else None

    def update_dismissals(self, bid: str, batch: Batch) -> None:
        """Store the batch's new dismissal list with the findings, statuses and counts it gives (the
        texts stay as saved); ``batch`` is the saved one with ``dismissals.mark``/``unmark`` applied."""
        counts = batch.status_counts()
        rows = [(r.status, dumps(report_to_dict(r)), bid, k) for k, r in enumerate(batch.reports)]
        dismissals = [_dismissal_to_dict(d) for d in batch.dismissals]
        try:
            with self._connect() as db:
                db.execute(
                    "UPDATE batches SET counts = ?, dismissals = ? WHERE id = ?",
                    (dumps({s: counts[s] for s in STATUSES}), dumps(dismissals), bid),
                )
                db.executemany("UPDATE batch_reports SET status = ?, row = ? WHERE batch_id = ? AND position = ?", rows)
        except sqlite3.Error as exc:
            raise ConfigError(f"无法保存“不是问题”标记（{exc}），请检查数据目录 REPORT_ASSISTANT_DATA_DIR 的空间和权限。") from None

    def delete(self, bid: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM batch_reports WHERE batch_id = ?", (bid,))
            db.execute("DELETE FROM batches WHERE id = ?", (bid,))


def report_to_dict(row: ReportRow) -> dict[str, Any]:
    """A worksheet row as JSON-ready data, without its text (stored apart)."""
    return {
        "file": row.file,
        "status": row.status,
        "content_hash": row.content_hash,
        "kind": row.kind,
        "reason": row.reason,
        "stated": asdict(row.stated),
        "findings": [asdict(f) for f in row.findings],
    }


def report_from_dict(data: dict[str, Any], text: str | None = None) -> ReportRow:
    known = {f.name for f in fields(Stated)}
    stated = Stated(**{k: v for k, v in (data.get("stated") or {}).items() if k in known})
    return ReportRow(
        file=data["file"],
        status=data["status"],
        content_hash=data.get("content_hash", ""),
        kind=data.get("kind", ""),
        reason=data.get("reason", ""),
        stated=stated,
        findings=[finding_from_dict(f) for f in data.get("findings", [])],
        text=text,
    )


def finding_from_dict(data: dict[str, Any]) -> FindingRow:
    known = {f.name for f in fields(FindingRow)}
    values = {k: v for k, v in data.items() if k in known}
    values["span"] = (int(data["span"][0]), int(data["span"][1]))
    values["related"] = tuple((int(a), int(b)) for a, b in data.get("related") or ())
    return FindingRow(**values)


def _dismissal_to_dict(d: Dismissal) -> dict[str, Any]:
    return asdict(d)


def _dismissal_from_dict(data: dict[str, Any]) -> Dismissal:
    known = {f.name for f in fields(Dismissal)}
    return Dismissal(**{k: v for k, v in data.items() if k in known})
