"""Review one file: read it once, critique it, read what it states, and apply the reviewer's dismissals.

``review_source(source, dismissed, keep_text)`` never raises for a bad file: an empty, corrupt,
encrypted, binary or unsupported file — or text that is not a self-evaluation report — becomes a 灰 row
whose reason says what is wrong in Chinese. It is what each worker process of the batch runs.

The file is read with ``chains.ingest.documents.read_bytes`` (content sniffed; .txt/.md in UTF-8 or
GB18030); the text as read is critiqued (``chains.critique.critique``: the number checker plus the
reviewer's warnings) so every span points into it; the content hash is the SHA-256 of the file's bytes.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

from chains.critique import critique
from chains.errors import InputError
from chains.findings import Finding
from chains.ingest.documents import read_bytes as read_document
from chains.review.inputs import Source, read_bytes
from chains.review.stated import stated
from chains.review.worksheet import GREY, FindingRow, ReportRow, level_of, status_of
from chains.text.script import simplified

#: words of which a self-evaluation report uses several, and a random or unrelated text hardly any
_REPORT_WORDS = ("绩效", "预算", "资金", "项目", "自评", "指标", "执行", "经费", "支出", "评价", "得分", "万元")
_MIN_REPORT_WORDS = 3
NOT_A_REPORT = "未识别为绩效自评报告（正文中几乎没有预算、资金、绩效、指标等用语），未审阅"
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_CONTEXT = 120  # at most this many characters of the sentence on either side of the span


def review_source(source: Source, dismissed: Mapping[tuple[str, str, str], str], keep_text: bool = False) -> ReportRow:
    """The worksheet row of one file; a 灰 row with the reason when it cannot be reviewed."""
    if source.problem is not None:
        return ReportRow(source.name, GREY, reason=source.problem)
    file_name = source.name.rsplit("/", 1)[-1]
    try:
        data = read_bytes(source)
        document = read_document(data, file_name)
    except InputError as exc:
        return ReportRow(source.name, GREY, reason=str(exc))
    except Exception as exc:  # noqa: BLE001 - one damaged file must never stop a batch of thousands
        return ReportRow(source.name, GREY, reason=f"读取时出错（{type(exc).__name__}），文件可能已损坏")
    digest = hashlib.sha256(data).hexdigest()
    text = document.text
    if not looks_like_report(text):
        return ReportRow(source.name, GREY, digest, document.kind, NOT_A_REPORT)
    try:
        result = critique(text)
        figures = stated(text, source.name)
        rows = [_finding_row(source.name, digest, text, f, dismissed) for f in result.findings]
    except Exception as exc:  # noqa: BLE001 - a checker failure on one report is that report's row, not the batch's end
        return ReportRow(source.name, GREY, digest, document.kind, f"审阅时出错（{type(exc).__name__}），请单独检查该文件")
    keep = keep_text or any(r.dismissed for r in rows)
    return ReportRow(source.name, status_of(rows), digest, document.kind, "", figures, rows, text if keep else None)


def looks_like_report(text: str) -> bool:
    """Whether ``text`` reads like a report at all: several of its usual words occur (in simplified
    characters: 績效 and 預算 count)."""
    head = simplified(text[:20000])
    return sum(word in head for word in _REPORT_WORDS) >= _MIN_REPORT_WORDS


def _finding_row(
    file: str, digest: str, text: str, f: Finding, dismissed: Mapping[tuple[str, str, str], str]
) -> FindingRow:
    s, e = f.span
    span_text = text[s:e]
    key = (digest, f.code, span_text)
    return FindingRow(
        file=file,
        content_hash=digest,
        code=f.code,
        title=f.title,
        level=level_of(f.severity, f.message),
        severity=str(f.severity),
        message=f.message,
        expected=f.expected or "",
        span=(s, e),
        span_text=span_text,
        sentence=sentence_around(text, s, e),
        line=text.count("\n", 0, s) + 1,
        dismissed=key in dismissed,
        reason=dismissed.get(key, ""),
        related=tuple(f.related),
    )


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or table row) holding ``[start, end)``, whitespace collapsed; ``（全文）`` for a
    document-level finding."""
    if end <= start:
        return "（全文）"
    left = max(0, start - _CONTEXT)
    before = text[left:start]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    a = left + cut[-1] if cut else left
    after = _SENTENCE_END.search(text, end, min(len(text), end + _CONTEXT))
    b = after.end() if after else min(len(text), end + _CONTEXT)
    piece = " ".join(text[a:b].split())
    return ("…" if a == left and left > 0 else "") + piece + ("…" if not after and b < len(text) else "")
