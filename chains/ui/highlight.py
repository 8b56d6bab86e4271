"""What the pages show beside a report's text: one row per finding, the findings of a section, the outline
coverage (the marked text itself is ``chains.findings_html``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from chains.draft.types import Draft
from chains.findings import Finding
from chains.vocabulary import SEVERITY_LABELS


def finding_rows(text: str, findings: list[Finding]) -> list[dict[str, Any]]:
    """One row per finding for the list beside the text (plain strings: the table widget escapes)."""
    rows = []
    for i, f in enumerate(findings, start=1):
        s, e = max(0, min(f.span[0], len(text))), max(0, min(f.span[1], len(text)))
        quote = text[s:e] if e > s else "（全文）"
        rows.append(
            {
                "序号": i,
                "级别": SEVERITY_LABELS.get(str(f.severity), str(f.severity)),
                "类型": f.title,
                "原文": quote,
                "说明": f.message,
                "应为": f.expected or "",
                "代码": f.code,
            }
        )
    return rows


def section_bodies(draft: Draft) -> list[tuple[int, int]]:
    """[start, end) of each section's body inside ``draft.text`` (same order as ``draft.sections``)."""
    pos = len(draft.title) + 2  # title, "\n", "" , "\n"
    out = []
    for s in draft.sections:
        if s.title:  # text without a heading (开头语, 落款) has no heading line
            pos += len(s.title) + 1
        if s.text:
            out.append((pos, pos + len(s.text)))
            pos += len(s.text) + 1
        else:
            out.append((pos, pos))
    return out


def findings_within(findings: list[Finding], start: int, end: int) -> list[Finding]:
    """Findings whose span lies in ``[start, end)``, re-based to that piece of text."""
    out = []
    for f in findings:
        s, e = f.span
        if start <= s and e <= end and e > s:
            out.append(replace(f, span=(s - start, e - start)))
    return out


#: Text-style symbols (no colour emoji): they render with ordinary fonts, also in headless browsers.
_STATUS = {"present": "✔ 已有", "empty": "⚠ 为空", "missing": "✘ 缺少"}


def coverage_rows(coverage: list[dict[str, Any]]) -> list[dict[str, str]]:
    """``critique.outline_coverage`` as table rows in Chinese."""
    rows = []
    for c in coverage:
        status = _STATUS.get(str(c.get("status")), str(c.get("status")))
        if c.get("status") == "missing" and c.get("mentioned"):
            status = "⚠ 无独立章节（正文有涉及）"
        rows.append({"章节": str(c.get("name", "")), "状态": status, "报告中的标题": str(c.get("heading") or "")})
    return rows
