"""Batch review for finance bureaus: a folder of reports in, a reviewer's worksheet out (issue 12).

The stage, one module per job:

* ``inputs`` — folders (recursive), ``.zip`` archives and globs → ``Source`` items; what cannot be read
  as found (missing, unsupported, encrypted member) is marked with the reason;
* ``reviewing`` — one file read once (``chains.ingest.documents``), critiqued (``chains.critique``), its
  own figures read (``stated``), dismissals applied; a bad file becomes a 灰 row, never an exception;
* ``pool`` — the batch on a process pool, with progress and Ctrl-C that keeps what is done;
* ``worksheet`` — rows, levels (错误/疑似/提示), statuses (红/黄/绿/灰), the columns every writer uses;
* ``dismissals`` — findings marked 不是问题 (content hash + code + span text), false-alarm examples;
* ``output`` with ``write_xlsx``, ``write_html`` (+ ``html_assets``) and ``write_text`` (CSV, JSON);
* ``store`` — the batches the 批量审阅 page reviewed, in SQLite under the data directory (``BatchStore``).

``review_paths(paths, workers=N, dismissals=[...], keep_text=..., progress=...) -> Batch`` and
``write(batch, path)`` are what the CLI (``report-assistant review``) and a page use.
"""

from __future__ import annotations

from chains.review.output import FORMATS, write
from chains.review.pool import default_workers, review_paths, review_sources
from chains.review.worksheet import Batch, Dismissal, FindingRow, ReportRow

__all__ = [
    "FORMATS",
    "Batch",
    "Dismissal",
    "FindingRow",
    "ReportRow",
    "default_workers",
    "review_paths",
    "review_sources",
    "write",
]
