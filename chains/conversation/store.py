"""Conversations and drafts in SQLite under ``settings.data_dir / "app.db"``.

Written as they change (every chat turn, every edit), so a page reload or a server restart brings
them back. One row per conversation (its ``ChatState`` as JSON, with a version number) and at most one
current draft per conversation (figures, sections, findings, 审核意见 as JSON). Keys and settings are
never stored here.

Two writers on one conversation (two browser tabs) never erase each other's answers: ``save_merged``
is a compare-and-swap on the version the writer loaded; when another writer saved in between, what this
writer changed since it loaded (``ours`` against ``base``) is applied onto the stored state, field by
field (``merge_states``), and everything else of the other writer is kept.

A drafting run in progress is recorded per conversation (``start_draft_run``) until its draft is saved,
so that after a crash the next draft of the conversation resumes that run (``chains.draft.runs``).
"""

from __future__ import annotations

import copy
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chains.conversation.fields import has_value
from chains.conversation.flow import DONE, ChatState, first_hard, next_step, step_for_path, step_path
from chains.draft.examples import Example
from chains.draft.types import Draft, SectionDraft
from chains.findings import CODES, Finding
from chains.sqlite_store import SqliteStore, dumps

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS drafts (
    conversation_id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    figures TEXT NOT NULL,
    draft TEXT NOT NULL,
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS draft_runs (
    conversation_id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    run_id TEXT NOT NULL,
    started REAL NOT NULL
);
"""


@dataclass(frozen=True)
class ConversationInfo:
    id: str
    title: str
    updated: float
    has_draft: bool


@dataclass(frozen=True)
class Saved:
    """What ``save_merged`` stored: the state (merged when ``merged``) and its new version."""

    state: dict[str, Any]
    version: int
    merged: bool


class Store(SqliteStore):
    """A small SQLite store; each call opens its own connection (safe across Streamlit threads)."""

    schema = SCHEMA
    keeps = "对话和草稿"
    columns = (("conversations", "version", "INTEGER NOT NULL DEFAULT 1"),)

    @classmethod
    def open(cls, data_dir: str | Path) -> Store:
        return cls(Path(data_dir) / "app.db")

    # -- conversations ---------------------------------------------------------------------
    def create_conversation(self, state: dict[str, Any], title: str = "") -> str:
        cid = uuid.uuid4().hex[:12]
        now = time.time()
        with self._connect() as db:
            db.execute(
                "INSERT INTO conversations (id, title, state, created, updated, version) VALUES (?, ?, ?, ?, ?, 1)",
                (cid, title, dumps(state), now, now),
            )
        return cid

    def save_conversation(self, cid: str, state: dict[str, Any], title: str = "") -> None:
        """Write ``state`` as it is (one writer: the command line, imports); see ``save_merged`` for tabs."""
        now = time.time()
        with self._connect() as db:
            cur = db.execute(
                "UPDATE conversations SET state = ?, title = ?, updated = ?, version = version + 1 WHERE id = ?",
                (dumps(state), title, now, cid),
            )
            if cur.rowcount == 0:
                db.execute(
                    "INSERT INTO conversations (id, title, state, created, updated, version) VALUES (?, ?, ?, ?, ?, 1)",
                    (cid, title, dumps(state), now, now),
                )

    def save_merged(
        self,
        cid: str,
        base: dict[str, Any],
        ours: dict[str, Any],
        version: int,
        title_for: Callable[[dict[str, Any]], str] = lambda state: "",
    ) -> Saved:
        """Save ``ours`` if the stored version is still ``version`` (the one ``base`` was loaded at); else
        merge what changed from ``base`` to ``ours`` into the stored state. One transaction: no other
        writer can save between the read and the write. A deleted conversation is written anew."""
        now = time.time()
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT state, version FROM conversations WHERE id = ?", (cid,)).fetchone()
            state, merged = ours, False
            if row is None:
                new_version = 1
                db.execute(
                    "INSERT INTO conversations (id, title, state, created, updated, version) VALUES (?, ?, ?, ?, ?, 1)",
                    (cid, title_for(state), dumps(state), now, now),
                )
            else:
                if int(row[1]) != version:
                    state, merged = merge_states(base, ours, json.loads(row[0])), True
                new_version = int(row[1]) + 1
                db.execute(
                    "UPDATE conversations SET state = ?, title = ?, updated = ?, version = ? WHERE id = ?",
                    (dumps(state), title_for(state), now, new_version, cid),
                )
        return Saved(state, new_version, merged)

    def load_conversation(self, cid: str) -> dict[str, Any] | None:
        loaded = self.load_versioned(cid)
        return loaded[0] if loaded else None

    def load_versioned(self, cid: str) -> tuple[dict[str, Any], int] | None:
        with self._connect() as db:
            row = db.execute("SELECT state, version FROM conversations WHERE id = ?", (cid,)).fetchone()
        return (json.loads(row[0]), int(row[1])) if row else None

    def version(self, cid: str) -> int | None:
        """The stored version of a conversation (None: no such conversation), to see another writer's save."""
        with self._connect() as db:
            row = db.execute("SELECT version FROM conversations WHERE id = ?", (cid,)).fetchone()
        return int(row[0]) if row else None

    def list_conversations(self, query: str = "", limit: int | None = None, offset: int = 0) -> list[ConversationInfo]:
        """Most recently changed first; ``query`` keeps those whose title or any word said contains it."""
        where, args = _matching(query)
        with self._connect() as db:
            rows = db.execute(
                "SELECT c.id, c.title, c.updated, d.conversation_id IS NOT NULL FROM conversations c "
                f"LEFT JOIN drafts d ON d.conversation_id = c.id {where} ORDER BY c.updated DESC, c.rowid DESC "
                "LIMIT ? OFFSET ?",
                (*args, -1 if limit is None else limit, offset),
            ).fetchall()
        return [ConversationInfo(r[0], r[1], r[2], bool(r[3])) for r in rows]

    def count_conversations(self, query: str = "") -> int:
        where, args = _matching(query)
        with self._connect() as db:
            return int(db.execute(f"SELECT COUNT(*) FROM conversations c {where}", args).fetchone()[0])

    def delete_conversation(self, cid: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM draft_runs WHERE conversation_id = ?", (cid,))
            db.execute("DELETE FROM drafts WHERE conversation_id = ?", (cid,))
            db.execute("DELETE FROM conversations WHERE id = ?", (cid,))

    # -- drafts ----------------------------------------------------------------------------
    def save_draft(self, cid: str, figures: dict[str, Any], draft: Draft) -> None:
        """The conversation's current draft; the run it came from is no longer in progress."""
        with self._connect() as db:
            db.execute(
                "INSERT INTO drafts (conversation_id, figures, draft, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(conversation_id) DO UPDATE SET figures = excluded.figures, draft = excluded.draft, "
                "updated = excluded.updated",
                (cid, dumps(figures), dumps(draft_to_dict(draft)), time.time()),
            )
            db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (time.time(), cid))
            if draft.run_id:
                db.execute("DELETE FROM draft_runs WHERE conversation_id = ? AND run_id = ?", (cid, draft.run_id))

    def load_draft(self, cid: str) -> tuple[dict[str, Any], Draft] | None:
        with self._connect() as db:
            row = db.execute("SELECT figures, draft FROM drafts WHERE conversation_id = ?", (cid,)).fetchone()
        if not row:
            return None
        return json.loads(row[0]), draft_from_dict(json.loads(row[1]))

    def delete_draft(self, cid: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM drafts WHERE conversation_id = ?", (cid,))

    # -- a drafting run in progress ----------------------------------------------------------
    def start_draft_run(self, cid: str, run_id: str) -> None:
        """``run_id`` is drafting for ``cid``: it stays recorded until a draft of that run is saved."""
        with self._connect() as db:
            db.execute(
                "INSERT INTO draft_runs (conversation_id, run_id, started) VALUES (?, ?, ?) "
                "ON CONFLICT(conversation_id) DO UPDATE SET run_id = excluded.run_id, started = excluded.started",
                (cid, run_id, time.time()),
            )

    def unfinished_draft_run(self, cid: str) -> str | None:
        """The run that was drafting for ``cid`` and never saved its draft (the process stopped), if any."""
        with self._connect() as db:
            row = db.execute("SELECT run_id FROM draft_runs WHERE conversation_id = ?", (cid,)).fetchone()
        return str(row[0]) if row else None


def _matching(query: str) -> tuple[str, tuple[str, ...]]:
    words = query.split()
    if not words:
        return "", ()
    like = [w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words]
    clause = " AND ".join("(c.title LIKE ? ESCAPE '\\' OR c.state LIKE ? ESCAPE '\\')" for _ in like)
    return f"WHERE {clause}", tuple(x for w in like for x in (f"%{w}%", f"%{w}%"))


# -- merging two writers ----------------------------------------------------------------------------

_MISSING: Any = object()


def merge_states(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """The stored state ``theirs`` with what this writer changed from ``base`` to ``ours``.

    Field by field: a figure this writer changed takes its value (this writer's answer wins only where it
    answered); a figure it did not change keeps the other writer's. Lists of answers (problems, measures,
    indicators, skipped steps, waiting questions) get this writer's additions and lose its removals;
    messages this writer added follow the other writer's. The step is the first still to be answered.
    """
    out = copy.deepcopy(theirs)
    out["figures"] = _merge_value(base.get("figures") or {}, ours.get("figures") or {}, theirs.get("figures") or {})
    out["messages"] = _merge_messages(base.get("messages") or [], ours.get("messages") or [],
                                      theirs.get("messages") or [])
    for key in ("skipped", "unplaced", "pending"):
        out[key] = _merge_list(base.get(key) or [], ours.get(key) or [], theirs.get(key) or [])
    out["flags"] = _merge_value(base.get("flags") or {}, ours.get("flags") or {}, theirs.get("flags") or {})
    if ours.get("step") != base.get("step"):
        out["step"] = ours.get("step")
    return _settle_step(out)


def _copy(value: Any) -> Any:
    return value if value is _MISSING else copy.deepcopy(value)


def _merge_value(base: Any, ours: Any, theirs: Any) -> Any:
    """``_MISSING`` stands for a key that is not there (a figure removed, or never given)."""
    if ours == base:
        return _copy(theirs)
    if theirs == base:
        return _copy(ours)
    if isinstance(ours, dict) and isinstance(theirs, dict):
        b = base if isinstance(base, dict) else {}
        out = {}
        for key in [*theirs, *(k for k in ours if k not in theirs)]:
            value = _merge_value(b.get(key, _MISSING), ours.get(key, _MISSING), theirs.get(key, _MISSING))
            if value is not _MISSING:
                out[key] = value
        return out
    if isinstance(ours, list) and isinstance(theirs, list):
        return _merge_list(base if isinstance(base, list) else [], ours, theirs)
    return _copy(ours)  # both changed one figure: this writer's answer is the later one


def _merge_list(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    if ours == base:
        return copy.deepcopy(theirs)
    if theirs == base:
        return copy.deepcopy(ours)
    removed = [x for x in base if x not in ours]
    added = [x for x in ours if x not in base]
    return copy.deepcopy([x for x in theirs if x not in removed] + [x for x in added if x not in theirs])


def _merge_messages(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    """Messages are only ever appended: the other writer's, then the ones this writer added."""
    common = 0
    while common < min(len(base), len(ours)) and base[common] == ours[common]:
        common += 1
    return copy.deepcopy(theirs + ours[common:])


def _settle_step(data: dict[str, Any]) -> dict[str, Any]:
    """A question waiting for 是/不是 first; else a step already answered (by either writer) moves on."""
    state = ChatState.from_dict(data)
    hard = first_hard(state)
    if hard is not None:
        state.step = step_for_path(hard["path"]) or state.step
    elif state.step != DONE and (state.step in state.skipped or has_value(state.figures, step_path(state.step))):
        state.step = next_step(state)
    return {**data, "step": state.step}


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
                "examples": [e.to_dict() for e in s.examples],
            }
            for s in draft.sections
        ],
        "findings": [f.to_dict() for f in draft.findings],
        "run_id": getattr(draft, "run_id", None),
        "review_notes": list(draft.review_notes),
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
            examples=[Example.from_dict(e) for e in s.get("examples", []) if isinstance(e, dict)],
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
        review_notes=[str(n) for n in data.get("review_notes", [])],
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
