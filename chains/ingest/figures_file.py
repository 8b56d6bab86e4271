"""A figures file (``tests/data/schema/figures.schema.json``) read from disk, in whatever encoding it was saved."""

from __future__ import annotations

from pathlib import Path

from chains.errors import InputError
from chains.figures import Figures
from chains.ingest.documents import decode_text


def load_figures(path: str | Path) -> Figures:
    """The figures of a JSON file (UTF-8, GB18030 …); a clear ``InputError`` when it cannot be read."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取关键数据文件 {p}：{exc.strerror or exc}") from None
    return Figures.from_json(decode_text(raw, str(p)))
