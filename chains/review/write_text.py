"""The worksheet as CSV and as JSON: the same tables as the workbook, nothing left out.

CSV is one file per table — ``审阅结果.csv`` (报告), ``审阅结果-问题.csv`` and ``审阅结果-已忽略.csv`` — in
UTF-8 with a byte-order mark (Excel then reads the Chinese correctly), with the Chinese headers. A cell
that starts with ``=``, ``+``, ``@`` or a control character gets a leading apostrophe, so a spreadsheet
never runs report text as a formula.

JSON is one object: ``summary`` (counts, interrupted or not), ``columns`` (key → Chinese header per
table), ``reports``, ``findings``, ``dismissals`` keyed by the column keys, and ``false_alarms`` — the
dismissed findings as labelled examples with their text (``chains.review.dismissals.false_alarms``).
"""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from chains.review.dismissals import false_alarms
from chains.review.worksheet import STATUSES, Batch, tables

_FORMULA_START = ("=", "+", "@", "\t", "\r")
_JSON_KEYS = {"报告": "reports", "问题": "findings", "已忽略": "dismissals"}


def write_csv(batch: Batch, path: Path) -> list[Path]:
    written = []
    for k, (title, columns, rows) in enumerate(tables(batch)):
        target = path if k == 0 else path.with_name(f"{path.stem}-{title}{path.suffix}")
        with target.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([name for _key, name, _w in columns])
            for row in rows:
                writer.writerow([_csv_cell(row.get(key)) for key, _name, _w in columns])
        written.append(target)
    return written


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def as_json(batch: Batch) -> dict[str, Any]:
    counts = batch.status_counts()
    out: dict[str, Any] = {
        "summary": {
            "generated": datetime.now().isoformat(timespec="seconds"),
            "total": batch.total,
            "reviewed": len(batch.reports),
            "interrupted": batch.interrupted,
            "status": {s: counts[s] for s in STATUSES},
            "text": batch.headline(),
        },
        "columns": {},
    }
    for title, columns, rows in tables(batch):
        key = _JSON_KEYS[title]
        out["columns"][key] = {k: name for k, name, _w in columns}
        out[key] = rows
    out["false_alarms"] = false_alarms(batch)
    return out


def write_json(batch: Batch, path: Path) -> Path:
    path.write_text(json.dumps(as_json(batch), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
