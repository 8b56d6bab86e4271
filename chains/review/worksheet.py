"""The reviewer's worksheet: one row per report, one row per finding, one row per dismissal.

Every writer (xlsx, HTML, CSV, JSON) takes its columns and values from here, so all four carry the same
data: ``REPORT_COLUMNS``/``report_values``, ``FINDING_COLUMNS``/``finding_values`` and
``DISMISSAL_COLUMNS``/``dismissal_values``. Each column is ``(key, 中文表头, width)``: JSON uses the key,
the others the header; the width is the xlsx column width in characters.

A finding's level is 错误 (severity ``error``), 疑似 (a ``warning`` whose message starts with 疑似: an
error the checker could not confirm) or 提示 (every other warning and info). A report's status is
红 (at least one 错误), 黄 (no 错误, at least one 疑似), 绿 (neither; 提示 do not count) or 灰 (not
reviewed, with the reason). Findings a reviewer marked 不是问题 count as 已忽略, never as 错误 or 疑似.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from chains.review.stated import Stated
from chains.vocabulary import SEVERITY_LABELS

ERROR = SEVERITY_LABELS["error"]  # 错误
SUSPECT = "疑似"
NOTE = SEVERITY_LABELS["warning"]  # 提示
DISMISSED = "已忽略"
RED, YELLOW, GREEN, GREY = "红", "黄", "绿", "灰"
STATUSES = (RED, YELLOW, GREEN, GREY)
STATUS_MEANING = {RED: "有错误", YELLOW: "只有疑似问题", GREEN: "未发现错误", GREY: "无法审阅"}
_LEVEL_RANK = {ERROR: 0, SUSPECT: 1, NOTE: 2}
SUMMARY_COUNT = 3


def level_of(severity: str | None, message: str) -> str:
    """错误 / 疑似 / 提示 for a finding's severity and message."""
    if severity == "error":
        return ERROR
    if severity == "warning" and message.startswith(SUSPECT):
        return SUSPECT
    return NOTE


@dataclass(frozen=True)
class FindingRow:
    """One finding of one report, with the sentence it sits in and whether a reviewer dismissed it."""

    file: str
    content_hash: str
    code: str
    title: str
    level: str
    severity: str
    message: str
    expected: str
    span: tuple[int, int]
    span_text: str
    sentence: str
    line: int
    dismissed: bool = False
    reason: str = ""
    related: tuple[tuple[int, int], ...] = ()  # the other figures the finding used (its evidence)

    @property
    def shown_level(self) -> str:
        return DISMISSED if self.dismissed else self.level

    def in_words(self) -> str:
        """``[错误] 比率与金额不符：…（应为 …）`` — how the summary column states it."""
        text = f"[{self.level}] {self.title}：{self.message}"
        return text + (f"（应为 {self.expected}）" if self.expected else "")


@dataclass
class ReportRow:
    """One file of the batch: what it states, its findings and its status (灰 with ``reason`` when unread)."""

    file: str
    status: str
    content_hash: str = ""
    kind: str = ""
    reason: str = ""
    stated: Stated = field(default_factory=Stated)
    findings: list[FindingRow] = field(default_factory=list)
    text: str | None = None  # kept for the HTML view and for false-alarm examples

    @property
    def counts(self) -> Counter[str]:
        return Counter(f.shown_level for f in self.findings)

    def summary(self) -> str:
        """The reason (灰) or the first three findings that count, worst first, in words."""
        if self.status == GREY:
            return self.reason
        live = sorted((f for f in self.findings if not f.dismissed), key=lambda f: (_LEVEL_RANK[f.level], f.span))
        return "\n".join(f"{k}. {f.in_words()}" for k, f in enumerate(live[:SUMMARY_COUNT], start=1))


def status_of(findings: list[FindingRow]) -> str:
    levels = {f.level for f in findings if not f.dismissed}
    return RED if ERROR in levels else YELLOW if SUSPECT in levels else GREEN


@dataclass(frozen=True)
class Dismissal:
    """A finding marked 不是问题: keyed by the file's content hash, the code and the span's text."""

    content_hash: str
    code: str
    span_text: str
    reason: str = ""
    file: str = ""
    message: str = ""
    dismissed_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)  # other fields, kept as given

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.content_hash, self.code, self.span_text)


@dataclass
class Batch:
    """The result of one review run. ``total`` counts every file found, reviewed or not (Ctrl-C)."""

    reports: list[ReportRow]
    total: int
    interrupted: bool = False
    dismissals: list[Dismissal] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def findings(self) -> list[FindingRow]:
        return [f for r in self.reports for f in r.findings]

    def status_counts(self) -> Counter[str]:
        return Counter(r.status for r in self.reports)

    def matched(self) -> dict[tuple[str, str, str], FindingRow]:
        """Each dismissal key found in this batch, with the (first) finding it silenced."""
        out: dict[tuple[str, str, str], FindingRow] = {}
        for f in self.findings:
            if f.dismissed:
                out.setdefault((f.content_hash, f.code, f.span_text), f)
        return out

    def exit_code(self) -> int:
        """2 when a file could not be reviewed, else 1 when a report has an error, else 0."""
        statuses = self.status_counts()
        return 2 if statuses[GREY] else 1 if statuses[RED] else 0

    def headline(self) -> str:
        counts = self.status_counts()
        parts = "，".join(f"{s} {counts[s]}" for s in STATUSES)
        done = f"已审阅 {len(self.reports)} / {self.total} 份" if self.interrupted else f"共 {len(self.reports)} 份"
        return f"{done}：{parts}"


Column = tuple[str, str, int]

REPORT_COLUMNS: list[Column] = [
    ("file", "文件", 36),
    ("status", "状态", 6),
    ("project", "项目名称", 26),
    ("unit", "单位", 22),
    ("year", "年度", 7),
    ("budget", "全年预算数（万元）", 12),
    ("spent", "全年执行数（万元）", 12),
    ("rate", "执行率", 9),
    ("total_score", "总分", 7),
    ("grade", "等级", 7),
    ("errors", ERROR, 6),
    ("suspects", SUSPECT, 6),
    ("notes", NOTE, 6),
    ("dismissed", DISMISSED, 7),
    ("summary", "主要问题（前三条）或无法审阅的原因", 90),
]

FINDING_COLUMNS: list[Column] = [
    ("file", "文件", 36),
    ("level", "级别", 7),
    ("code", "代码", 20),
    ("title", "类型", 18),
    ("message", "说明", 60),
    ("expected", "应为", 14),
    ("span_text", "原文", 18),
    ("sentence", "所在句子", 70),
    ("line", "行号", 6),
    ("reason", "忽略理由", 20),
    ("content_hash", "文件内容哈希（SHA-256）", 20),
]

DISMISSAL_COLUMNS: list[Column] = [
    ("file", "文件", 36),
    ("code", "代码", 20),
    ("span_text", "原文", 18),
    ("reason", "理由", 30),
    ("state", "本次", 16),
    ("message", "说明", 60),
    ("dismissed_at", "标记时间", 18),
    ("content_hash", "文件内容哈希（SHA-256）", 20),
]
MATCHED, NOT_SEEN = "已匹配（不计为问题）", "本批次未出现"


def report_values(row: ReportRow) -> dict[str, Any]:
    s, counts = row.stated, row.counts
    return {
        "file": row.file,
        "project": s.project,
        "unit": s.unit,
        "year": s.year,
        "budget": s.budget,
        "spent": s.spent,
        "rate": s.rate,
        "total_score": s.total_score,
        "grade": s.grade,
        "errors": counts[ERROR],
        "suspects": counts[SUSPECT],
        "notes": counts[NOTE],
        "dismissed": counts[DISMISSED],
        "status": row.status,
        "summary": row.summary(),
    }


def finding_values(f: FindingRow) -> dict[str, Any]:
    return {
        "file": f.file,
        "level": f.shown_level,
        "code": f.code,
        "title": f.title,
        "message": f.message,
        "expected": f.expected,
        "span_text": f.span_text,
        "sentence": f.sentence,
        "line": f.line,
        "reason": f.reason,
        "content_hash": f.content_hash,
    }


def dismissal_values(d: Dismissal, seen: FindingRow | None) -> dict[str, Any]:
    return {
        "file": seen.file if seen else d.file,
        "code": d.code,
        "span_text": d.span_text,
        "reason": d.reason,
        "state": MATCHED if seen else NOT_SEEN,
        "message": seen.message if seen else d.message,
        "dismissed_at": d.dismissed_at,
        "content_hash": d.content_hash,
    }


def dismissal_rows(batch: Batch) -> list[dict[str, Any]]:
    """Every dismissal of the list, for the audit sheet: matched in this batch or not."""
    matched = batch.matched()
    return [dismissal_values(d, matched.get(d.key)) for d in batch.dismissals]


def tables(batch: Batch) -> list[tuple[str, list[Column], list[dict[str, Any]]]]:
    """The worksheet's three tables as ``(sheet name, columns, rows)``, in the order every writer uses."""
    return [
        ("报告", REPORT_COLUMNS, [report_values(r) for r in batch.reports]),
        ("问题", FINDING_COLUMNS, [finding_values(f) for f in batch.findings]),
        ("已忽略", DISMISSAL_COLUMNS, dismissal_rows(batch)),
    ]
