"""Findings a reviewer marked 不是问题, kept in a JSON list (``--dismissed FILE``).

Each entry is keyed by the file's content hash (SHA-256 of its bytes), the finding's code and the text of
its span, so it follows the report when the file is renamed or moved and lapses when the file changes::

    [{"content_hash": "9f2c…", "code": "rate_mismatch", "span_text": "587.90%",
      "reason": "追加预算后的执行率", "file": "县应急局/报告.docx", "dismissed_at": "2026-12-05"}]

``load`` reads the list (a missing file is an empty list; a damaged one an ``InputError``); ``save`` writes
it back with every entry kept — the file and message of entries seen in this batch filled in (``entries``,
``to_json``: the same list as data or text, the 批量审阅 page's download) — and ``false_alarms`` turns the
dismissed findings into labelled examples (text, span, code, "false alarm") for the checker's test set.

``mark`` and ``unmark`` are what the 批量审阅 page does with one finding: a new ``Batch`` whose list has the
finding's key added (or removed) and whose findings and statuses are recomputed from the list (``apply``).
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from chains.errors import InputError
from chains.review.worksheet import GREY, Batch, Dismissal, FindingRow, ReportRow, status_of

LABEL = "false alarm"
_FIELDS = ("content_hash", "code", "span_text", "reason", "file", "message", "dismissed_at")
_ALIASES = {"hash": "content_hash", "sha256": "content_hash", "text": "span_text", "span": "span_text"}


def load(path: str | Path) -> list[Dismissal]:
    """The dismissals in ``path`` (``[]`` when the file does not exist yet)."""
    p = Path(path)
    if not p.exists():
        return []
    try:
        raw = json.loads(p.read_text(encoding="utf-8-sig") or "[]")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"无法读取忽略清单 {p}：{exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"忽略清单 {p} 不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列）。") from None
    if not isinstance(raw, list):
        raise InputError(f"忽略清单 {p} 应是一个 JSON 列表（[...]），每项含 content_hash、code、span_text。")
    return [_entry(item, k, p) for k, item in enumerate(raw, start=1)]


def _entry(item: Any, k: int, path: Path) -> Dismissal:
    if not isinstance(item, dict):
        raise InputError(f"忽略清单 {path} 第 {k} 项不是对象（{{...}}）。")
    values = {_ALIASES.get(str(key), str(key)): value for key, value in item.items()}
    missing = [name for name in ("content_hash", "code", "span_text") if not isinstance(values.get(name), str)]
    if missing:
        raise InputError(f"忽略清单 {path} 第 {k} 项缺少 {'、'.join(missing)}。")
    extra = {key: value for key, value in values.items() if key not in _FIELDS}
    return Dismissal(**{name: str(values.get(name) or "") for name in _FIELDS}, extra=extra)


def keys(dismissals: list[Dismissal]) -> dict[tuple[str, str, str], str]:
    """Key → reason, what each review worker needs to know."""
    return {d.key: d.reason for d in dismissals}


def save(path: str | Path, batch: Batch) -> None:
    """Write the list back: every entry kept, in its order; entries seen in this batch get the file's
    current name and the finding's message (for the audit)."""
    _write_json(Path(path), entries(batch))


def entries(batch: Batch) -> list[dict[str, Any]]:
    """The batch's dismissal list as ``--dismissed FILE`` holds it (what ``save`` writes)."""
    matched = batch.matched()
    out = []
    for d in batch.dismissals:
        entry = {name: getattr(d, name) for name in _FIELDS if getattr(d, name) or name == "reason"} | d.extra
        seen = matched.get(d.key)
        if seen is not None:
            entry["file"], entry["message"] = seen.file, seen.message
        out.append(entry)
    return out


def to_json(batch: Batch) -> str:
    """``entries`` as the text of a ``--dismissed`` file."""
    return json.dumps(entries(batch), ensure_ascii=False, indent=1) + "\n"


def key_of(f: FindingRow) -> tuple[str, str, str]:
    """The key a dismissal of ``f`` has: the file's content hash, the code and the span's text."""
    return (f.content_hash, f.code, f.span_text)


def mark(batch: Batch, f: FindingRow, reason: str = "", when: str = "") -> Batch:
    """``batch`` with ``f`` marked 不是问题 (a mark of the same key replaced: the new reason wins)."""
    d = Dismissal(f.content_hash, f.code, f.span_text, reason.strip(), f.file, f.message, when)
    kept = [old for old in batch.dismissals if old.key != d.key]
    return apply(batch, [*kept, d])


def unmark(batch: Batch, f: FindingRow) -> Batch:
    """``batch`` with the mark on ``f`` (and on every finding of the same key) undone."""
    return apply(batch, [d for d in batch.dismissals if d.key != key_of(f)])


def apply(batch: Batch, dismissals: list[Dismissal]) -> Batch:
    """A new batch with ``dismissals`` as its list: every finding dismissed (with the reason) exactly
    when its key is listed, and each reviewed report's status recomputed (灰 stays 灰)."""
    reasons = keys(dismissals)
    return replace(batch, reports=[_applied(r, reasons) for r in batch.reports], dismissals=list(dismissals))


def _applied(report: ReportRow, reasons: dict[tuple[str, str, str], str]) -> ReportRow:
    findings = [
        replace(f, dismissed=key_of(f) in reasons, reason=reasons.get(key_of(f), "")) for f in report.findings
    ]
    status = report.status if report.status == GREY else status_of(findings)
    return replace(report, findings=findings, status=status)


def false_alarms(batch: Batch) -> list[dict[str, Any]]:
    """Every dismissed finding of the batch as a labelled example for the checker's test set."""
    out = []
    for report in batch.reports:
        for f in report.findings:
            if f.dismissed:
                out.append(
                    {
                        "file": f.file,
                        "content_hash": f.content_hash,
                        "code": f.code,
                        "span": list(f.span),
                        "span_text": f.span_text,
                        "label": LABEL,
                        "reason": f.reason,
                        "message": f.message,
                        "text": report.text or "",
                    }
                )
    return out


def write_false_alarms(path: Path, batch: Batch) -> Path | None:
    """The examples as JSON Lines beside the worksheet (``…-误报样例.jsonl``); ``None`` when there are none."""
    examples = false_alarms(batch)
    if not examples:
        return None
    target = path.with_name(f"{path.stem}-误报样例.jsonl")
    target.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in examples), encoding="utf-8")
    return target


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)
