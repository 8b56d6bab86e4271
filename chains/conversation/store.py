"""Conversations and drafts in SQLite under ``settings.data_dir / "app.db"``.

Written as they change (every chat turn, every edit), so a page reload or a server restart brings
them back. One row per conversation (its ``ChatState`` as JSON) and at most one current draft per
conversation (figures, sections, findings as JSON). Keys and settings are never stored here.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chains.draft.types import Draft, SectionDraft
from chains.findings import CODES, Finding
from chains.sqlite_store import SqliteStore, dumps

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS drafts (
    conversation_id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    figures TEXT NOT NULL,
    draft TEXT NOT NULL,
    updated REAL NOT NULL
);
"""


@dataclass(frozen=True)
class ConversationInfo:
    id: str
    title: str
    updated: float
    has_draft: bool


class Store(SqliteStore):
    """A small SQLite store; each call opens its own connection (safe across Streamlit threads)."""

    schema = SCHEMA
    keeps = "对话和草稿"

    @classmethod
    def open(cls, data_dir: str | Path) -> Store:
        return cls(Path(data_dir) / "app.db")

    # -- conversations ---------------------------------------------------------------------
    def create_conversation(self, state: dict[str, Any], title: str = "") -> str:
        cid = uuid.uuid4().hex[:12]
        now = time.time()
        with self._connect() as db:
            db.execute(
                "INSERT INTO conversations (id, title, state, created, updated) VALUES (?, ?, ?, ?, ?)",
                (cid, title, dumps(state), now, now),
            )
        return cid

    def save_conversation(self, cid: str, state: dict[str, Any], title: str = "") -> None:
        now = time.time()
        with self._connect() as db:
            cur = db.execute(
                "UPDATE conversations SET state = ?, title = ?, updated = ? WHERE id = ?",
                (dumps(state), title, now, cid),
            )
            if cur.rowcount == 0:
                db.execute(
                    "INSERT INTO conversations (id, title, state, created, updated) VALUES (?, ?, ?, ?, ?)",
                    (cid, title, dumps(state), now, now),
                )

    def load_conversation(self, cid: str) -> dict[str, Any] | None:
        with self._connect() as db:
            row = db.execute("SELECT state FROM conversations WHERE id = ?", (cid,)).fetchone()
        return json.loads(row[0]) if row else None

    def list_conversations(self) -> list[ConversationInfo]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT c.id, c.title, c.updated, d.conversation_id IS NOT NULL FROM conversations c "
                "LEFT JOIN drafts d ON d.conversation_id = c.id ORDER BY c.updated DESC"
            ).fetchall()
        return [ConversationInfo(r[0], r[1], r[2], bool(r[3])) for r in rows]

    def delete_conversation(self, cid: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM drafts WHERE conversation_id = ?", (cid,))
            db.execute("DELETE FROM conversations WHERE id = ?", (cid,))

    # -- drafts ----------------------------------------------------------------------------
    def save_draft(self, cid: str, figures: dict[str, Any], draft: Draft) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT INTO drafts (conversation_id, figures, draft, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(conversation_id) DO UPDATE SET figures = excluded.figures, draft = excluded.draft, "
                "updated = excluded.updated",
                (cid, dumps(figures), dumps(draft_to_dict(draft)), time.time()),
            )
            db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (time.time(), cid))

    def load_draft(self, cid: str) -> tuple[dict[str, Any], Draft] | None:
        with self._connect() as db:
            row = db.execute("SELECT figures, draft FROM drafts WHERE conversation_id = ?", (cid,)).fetchone()
        if not row:
            return None
        return json.loads(row[0]), draft_from_dict(json.loads(row[1]))

    def delete_draft(self, cid: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM drafts WHERE conversation_id = ?", (cid,))


def draft_to_dict(draft: Draft) -> dict[str, Any]:
    """A ``Draft`` as JSON-ready data (the scored table is recomputed from the figures on reload)."""
    return {
        "title": draft.title,
        "spec": draft.spec,
        "backend": draft.backend,
        "notices": list(draft.notices),
        "sections": [
            {
                "key": s.key,
                "title": s.title,
                "level": s.level,
                "text": s.text,
                "backend": s.backend,
                "notices": list(s.notices),
            }
            for s in draft.sections
        ],
        "findings": [f.to_dict() for f in draft.findings],
        "run_id": getattr(draft, "run_id", None),
    }


def draft_from_dict(data: dict[str, Any]) -> Draft:
    sections = [
        SectionDraft(
            key=s["key"],
            title=s["title"],
            level=int(s.get("level", 1)),
            text=s.get("text", ""),
            backend=s.get("backend", "offline"),
            notices=list(s.get("notices", [])),
        )
        for s in data.get("sections", [])
    ]
    return Draft(
        title=data.get("title", ""),
        sections=sections,
        spec=data.get("spec", "project_self_evaluation"),
        backend=data.get("backend", "offline"),
        notices=list(data.get("notices", [])),
        findings=[finding_from_dict(f) for f in data.get("findings", []) if f.get("code") in CODES],
        run_id=data.get("run_id"),
    )


def finding_from_dict(data: dict[str, Any]) -> Finding:
    return Finding(
        code=data["code"],
        message=data.get("message", ""),
        span=(int(data["span"][0]), int(data["span"][1])),
        severity=data.get("severity"),
        values=dict(data.get("values") or {}),
        expected=data.get("expected"),
        decisive=bool(data.get("decisive", False)),
        related=tuple(tuple(r) for r in data.get("related", [])),  # type: ignore[misc]
    )
