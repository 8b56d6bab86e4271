"""Write a batch where the reviewer asked: the format follows the file's suffix.

``write(batch, path)`` writes ``.xlsx``, ``.html``, ``.csv`` (three files) or ``.json`` and, when the batch
has dismissed findings, ``<name>-误报样例.jsonl`` beside it (labelled false-alarm examples); it returns
every file written. ``check_target(path)`` refuses an unknown suffix before any work is done.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from chains.errors import InputError, ReportError
from chains.review.dismissals import write_false_alarms
from chains.review.worksheet import Batch
from chains.review.write_html import write_html
from chains.review.write_text import write_csv, write_json
from chains.review.write_xlsx import write_xlsx

FORMATS = (".xlsx", ".html", ".csv", ".json")


def check_target(path: str | Path) -> Path:
    """The output path, if its suffix names a format and its folder exists; else an ``InputError``."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in FORMATS and suffix != ".htm":
        raise InputError(f"不支持的输出格式“{suffix or '（无扩展名）'}”，请使用 {'、'.join(FORMATS)}（如 审阅结果.xlsx）。")
    if not p.parent.is_dir():
        raise InputError(f"输出文件夹 {p.parent} 不存在。")
    return p


def write(batch: Batch, path: str | Path) -> list[Path]:
    """Write the batch to ``path``; when that file cannot be written (open in Excel, read-only), to
    ``<name>-<time><suffix>`` beside it instead, so a long batch is never lost at the last step."""
    p = check_target(path)
    try:
        return _write(batch, p)
    except OSError as first:
        other = p.with_name(f"{p.stem}-{datetime.now():%Y%m%d-%H%M%S}{p.suffix}")
        try:
            return _write(batch, other)
        except OSError:
            raise ReportError(f"无法写入 {p}（{first.strerror or first}），也无法写入 {other}。请关闭正在使用该文件的程序或换一个位置。") from None


def _write(batch: Batch, p: Path) -> list[Path]:
    suffix = p.suffix.lower()
    if suffix == ".xlsx":
        written = [write_xlsx(batch, p)]
    elif suffix in (".html", ".htm"):
        written = [write_html(batch, p)]
    elif suffix == ".csv":
        written = write_csv(batch, p)
    else:
        written = [write_json(batch, p)]
    examples = write_false_alarms(p, batch)
    return written + ([examples] if examples else [])
