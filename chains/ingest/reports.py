"""Load past reports from files and folders into ``Report`` objects for the index.

``load_report`` reads one file (``chains.ingest.documents``, Word tables bound to their headers), cleans
it (``chains.ingest.clean``) and reads its metadata (``chains.ingest.metadata``). ``Report.text`` is the
*cleaned* text and every span downstream points into it.

``iter_reports`` walks files and folders and never aborts: a file that cannot be used (empty,
binary, corrupt, unsupported type, unreadable) is skipped with a named Chinese reason, and a file
whose cleaned text is identical to one already loaded is loaded once and reported as a duplicate.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from chains.errors import InputError
from chains.ingest.clean import clean_text
from chains.ingest.documents import Document, read_bytes, read_document
from chains.ingest.metadata import extract_metadata
from chains.ingest.types import Report

REPORT_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
# Files that are in a corpus folder but are not reports.
_NOT_REPORTS = {"readme", "readme.md", "readme.txt", "license", "license.txt", "provenance.md"}

Progress = Callable[[int, int, str], None]  # (done, total, current file name)


@dataclass(frozen=True)
class Skipped:
    """A file that was not loaded, and why (Chinese, shown in the run summary)."""

    source: str
    reason: str


def content_hash(text: str) -> str:
    """SHA-256 of the cleaned text: equal texts are the same report, whatever the file name."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_report(path: str | Path, root: str | Path | None = None) -> Report:
    """One report from a file. ``source`` is the path relative to ``root`` (posix), else the file name.

    Raises ``InputError`` (with the file named) when the file is unusable.
    """
    p = Path(path)
    return _report(read_document(p, bind_headers=True), _source_name(p, root))


def report_from_bytes(data: bytes, name: str, source: str | None = None) -> Report:
    """One report from an upload (bytes and file name), read exactly as ``load_report`` reads files.

    Raises ``InputError`` when the data is unusable. ``source`` defaults to ``name``.
    """
    return _report(read_bytes(data, name, bind_headers=True), source or name)


def _report(document: Document, source: str) -> Report:
    text = clean_text(document.text, unwrap=document.kind == "pdf")
    if not text.strip():
        raise InputError(f"{source} 清理后没有正文内容（只有书签、页码或空白）。")
    return Report(meta=extract_metadata(text, source), text=text, content_hash=content_hash(text))


def _source_name(path: Path, root: str | Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def discover(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path | None, str | None]]:
    """Every candidate file under ``paths`` as ``(file, root, skip_reason)``, in a stable order.

    Folders are walked recursively (hidden entries ignored); ``root`` is the folder given, so
    sources are relative to it. ``skip_reason`` is set for files that are not reports; a folder's
    README/LICENSE is left out silently.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts) or not f.is_file():
                    continue
                if f.name.lower() in _NOT_REPORTS:
                    continue  # a folder's own README is documentation, not a report: not worth a warning
                yield f, p, _skip_reason(f)
        elif p.exists():
            yield p, None, _skip_reason(p)
        else:
            yield p, None, "找不到该文件或文件夹"


def _skip_reason(path: Path) -> str | None:
    if path.name.startswith("~$"):
        return "Word 临时文件（~$ 开头），不是报告"
    suffix = path.suffix.lower()
    if suffix == ".doc":
        return "旧版 Word（.doc）文件，请另存为 .docx"
    if suffix not in REPORT_SUFFIXES:
        return f"不支持的文件类型 {suffix or '（无扩展名）'}，只收录 {'、'.join(REPORT_SUFFIXES)}"
    return None


def iter_reports(
    paths: Iterable[str | Path], progress: Progress | None = None
) -> tuple[list[Report], list[Skipped]]:
    """Load every report under ``paths``; return the reports and the skipped files with reasons.

    Never raises for a bad file. ``progress(done, total, name)`` is called after each file.
    """
    candidates = list(discover(paths))
    reports: list[Report] = []
    skipped: list[Skipped] = []
    seen: dict[str, str] = {}
    total = len(candidates)
    for done, (path, root, reason) in enumerate(candidates, start=1):
        source = _source_name(path, root)
        if reason is not None:
            skipped.append(Skipped(source, reason))
        else:
            try:
                report = load_report(path, root)
            except InputError as exc:
                skipped.append(Skipped(source, str(exc)))
            except Exception as exc:  # noqa: BLE001 - one damaged file must never abort a run of thousands
                skipped.append(Skipped(source, f"读取时出错（{type(exc).__name__}），已跳过"))
            else:
                first = seen.get(report.content_hash)
                if first is not None:
                    skipped.append(Skipped(source, f"与 {first} 内容相同，只收录一次"))
                else:
                    seen[report.content_hash] = source
                    reports.append(report)
        if progress is not None:
            progress(done, total, source)
    return reports, skipped
