"""What every SQLite store of the tool shares: the file under the data folder, its schema made on opening, one
connection per call (safe across Streamlit's threads), foreign keys on, JSON that keeps Chinese readable."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from chains.errors import ConfigError


class SqliteStore:
    #: the tables (``CREATE TABLE IF NOT EXISTS …``) a store needs, and what it keeps, for the error message
    schema = ""
    keeps = "数据"
    #: columns added after a table was first made: (table, column, declaration); an older file gets them on opening
    columns: tuple[tuple[str, str, str], ...] = ()

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.executescript(self.schema)
                self._add_columns(db)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(
                f"无法在 {self.path.parent} 保存{self.keeps}（{exc}），请检查数据目录 REPORT_ASSISTANT_DATA_DIR。"
            ) from None

    def _add_columns(self, db: sqlite3.Connection) -> None:
        for table, column, declaration in self.columns:
            have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=10)
        db.execute("PRAGMA foreign_keys = ON")
        try:
            with db:
                yield db
        finally:
            db.close()


def dumps(data: Any) -> str:
    """JSON for a column: Chinese as it is, anything else (Decimal, dates) as text."""
    return json.dumps(data, ensure_ascii=False, default=str)
