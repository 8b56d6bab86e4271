"""The worksheet as one self-contained HTML file: no network, no library, opens from a USB stick.

Three tabs hold the same tables as the workbook (报告, 问题, 已忽略), each sortable by a click on its header
and filterable by status or level and by a search box. Clicking a report shows its text with the findings
highlighted as the 审阅 page shows them (``chains.ui.highlight.highlight_html``), the numbered list of
findings below it, and a 不是问题 button on each (see ``chains.review.html_assets``).

Escaping: every piece of report text, file name and message goes through ``html.escape`` here or in
``highlight_html``; the dismissal list the script reads is JSON with ``<``, ``>`` and ``&`` written as
``\\u003c``… so no report can close the ``<script>`` element or add markup of its own.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from chains.findings import Finding
from chains.findings_html import STYLE, highlight_html
from chains.review.html_assets import CSS, JS
from chains.review.worksheet import (
    DISMISSED,
    ERROR,
    FINDING_COLUMNS,
    NOTE,
    REPORT_COLUMNS,
    STATUS_MEANING,
    STATUSES,
    SUSPECT,
    Batch,
    Column,
    FindingRow,
    ReportRow,
    tables,
)

TITLE = "绩效自评报告批量审阅结果"
_LONG = 30  # columns at least this wide wrap their text
_PANES = (("ra-reports", "报告"), ("ra-findings", "问题"), ("ra-dismissals", "已忽略"))


def write_html(batch: Batch, path: Path) -> Path:
    """The page, written piece by piece: one report's view at a time, never the whole page as one string."""
    with path.open("w", encoding="utf-8") as fh:
        fh.writelines(pieces(batch))
    return path


def render(batch: Batch) -> str:
    """The whole page as one string."""
    return "".join(pieces(batch))


def pieces(batch: Batch) -> Iterator[str]:
    """The page in order: head, the three tables, each report's view, the dismissal list and the script."""
    (_, report_cols, report_rows), (_, finding_cols, finding_rows), (_, dismissal_cols, dismissal_rows) = tables(batch)
    counts = batch.status_counts()
    findings = batch.findings
    levels = [(lv, sum(f.shown_level == lv for f in findings)) for lv in (ERROR, SUSPECT, NOTE, DISMISSED)]
    opens = [f"doc-{k}" if r.text is not None else "" for k, r in enumerate(batch.reports)]
    on = ' class="ra-on"'
    tabs = "".join(
        f'<button type="button" data-pane="{pid}"{on if k == 0 else ""}>{name}</button>' for k, (pid, name) in enumerate(_PANES)
    )
    yield (
        f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{TITLE}</title>'
        f"<style>{CSS}</style>{STYLE}</head><body>"
        f'<div id="ra-list"><h1>{TITLE}</h1>{_meta(batch)}<nav class="ra-tabs">{tabs}</nav>'
    )
    panes = [
        (_filters("ra-t-reports", REPORT_COLUMNS, "status", [(s, counts[s]) for s in STATUSES], "按文件、项目、单位、问题筛选"),
         "ra-t-reports", report_cols, report_rows, opens),
        (_filters("ra-t-findings", FINDING_COLUMNS, "level", levels, "按文件、类型、说明筛选"),
         "ra-t-findings", finding_cols, finding_rows, None),
        (_filters("ra-t-dismissals", [], "", [], "按文件、代码、理由筛选"), "ra-t-dismissals", dismissal_cols, dismissal_rows, None),
    ]
    for k, ((pid, _name), (bar, table_id, columns, rows, targets)) in enumerate(zip(_PANES, panes, strict=True)):
        yield f'<section class="ra-pane" id="{pid}"{" hidden" if k else ""}>{bar}'
        yield _table(table_id, columns, rows, targets)
        yield "</section>"
    yield '</div><div id="ra-detail" hidden>'
    for k, report in enumerate(batch.reports):
        if opens[k]:
            yield _report(opens[k], report)
    yield (
        "</div>"
        '<div id="ra-marks" hidden>已标记 <b id="ra-mark-count">0</b> 条“不是问题”'
        '<button type="button" class="ra-download">下载忽略清单</button></div>'
        f'<script type="application/json" id="ra-dismissed">{_json(_known(batch))}</script>'
        f"<script>{JS}</script></body></html>\n"
    )


def _meta(batch: Batch) -> str:
    when = datetime.now().strftime("%Y-%m-%d %H:%M")
    legend = "；".join(f"{s}：{STATUS_MEANING[s]}" for s in STATUSES)
    out = f'<p class="ra-meta">{html.escape(batch.headline())}。生成于 {when}。{legend}。点击一份报告查看原文与问题。</p>'
    if batch.interrupted:
        missing = batch.total - len(batch.reports)
        out += f'<p class="ra-warn">审阅被中断：只列出已完成的 {len(batch.reports)} 份，其余 {missing} 份未审阅。</p>'
    return out


def _filters(table_id: str, columns: list[Column], key: str, choices: list[tuple[str, int]], hint: str) -> str:
    col = next((k for k, c in enumerate(columns) if c[0] == key), None)
    boxes = "".join(
        f'<label><input type="checkbox" value="{html.escape(v)}" checked> {html.escape(v)}（{n}）</label>'
        for v, n in choices
    )
    return (
        f'<div class="ra-filters" data-table="{table_id}" data-col="{"" if col is None else col}">{boxes}'
        f'<input type="search" placeholder="{html.escape(hint)}"><span class="ra-count"></span></div>'
    )


def _table(table_id: str, columns: list[Column], rows: list[dict[str, Any]], opens: list[str] | None = None) -> str:
    head = "".join(f'<th style="min-width: {_em(w)}em">{html.escape(name)}</th>' for _key, name, w in columns)
    lines = []
    for k, row in enumerate(rows):
        target = opens[k] if opens else ""
        attrs = f' class="ra-open" data-report="{target}" title="点击查看原文与问题"' if target else ""
        cells = "".join(_td(key, width, row.get(key)) for key, _name, width in columns)
        lines.append(f"<tr{attrs}>{cells}</tr>")
    return (
        f'<div class="ra-scroll"><table class="ra-table" id="{table_id}"><thead><tr>{head}</tr></thead>'
        f'<tbody>{"".join(lines)}</tbody></table></div>'
    )


def _em(width: int) -> float:
    """A column's least width on screen: the workbook's width in characters, about two per Han character."""
    return round(min(width * 0.4, 22.0), 1) if width >= 10 else 2.5


def _td(key: str, width: int, value: Any) -> str:
    text = "" if value is None else _number(value) if isinstance(value, float) else str(value)
    classes = []
    if key == "status":
        classes.append(f"ra-s-{text}")
    elif key == "level":
        classes.append(f"ra-l-{text}")
    if width >= _LONG:
        classes.append("ra-long")
    cls = f' class="{html.escape(" ".join(classes))}"' if classes else ""
    return f"<td{cls}>{html.escape(text)}</td>"


def _number(value: float) -> str:
    """139.0 → 139, 8.620 → 8.62 (amounts as a reader writes them, never in exponent form)."""
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _report(anchor: str, report: ReportRow) -> str:
    text = report.text or ""
    marked = [_as_finding(f) for f in report.findings]
    s = report.stated
    facts = [("项目", s.project), ("单位", s.unit), ("年度", s.year), ("执行率", s.rate), ("总分", s.total_score),
             ("等级", s.grade)]
    counts = report.counts
    summary = "；".join(f"{k}：{v}" for k, v in facts if v not in ("", None))
    tally = "，".join(f"{lv} {counts[lv]}" for lv in (ERROR, SUSPECT, NOTE, DISMISSED))
    items = "".join(_item(k, f) for k, f in enumerate(report.findings, start=1))
    return (
        f'<section class="ra-report" id="{anchor}" hidden><button type="button" class="ra-back">← 返回列表</button>'
        f"<h2>{html.escape(report.file)}</h2>"
        f'<p>状态：<b class="ra-s-{html.escape(report.status)}">{html.escape(report.status)}</b>（{tally}）'
        f"{'；' + html.escape(summary) if summary else ''}</p>"
        f"{highlight_html(text, marked)}"
        f"<ol>{items}</ol></section>"
    )


def _as_finding(f: FindingRow) -> Finding:
    """The finding as ``highlight_html`` draws it; a dismissed one in the quiet (info) colour."""
    finding = Finding(f.code, f.message, f.span, f.severity, expected=f.expected or None, related=f.related)  # type: ignore[arg-type]
    return replace(finding, severity="info") if f.dismissed else finding


def _item(k: int, f: FindingRow) -> str:
    quote = f"“{f.span_text}”" if f.span_text else "（全文）"
    expected = f"（应为 {f.expected}）" if f.expected else ""
    text = f"{f.title}：{f.message}{expected} — 原文 {quote}"
    if f.dismissed:
        reason = f"（理由：{f.reason}）" if f.reason else ""
        return f'<li class="ra-dismissed">[{k}] <span class="ra-level">已忽略</span> {html.escape(text + reason)}</li>'
    button = (
        f'<button type="button" class="ra-dismiss" data-hash="{html.escape(f.content_hash)}" '
        f'data-code="{html.escape(f.code)}" data-span="{html.escape(f.span_text)}" '
        f'data-file="{html.escape(f.file)}" data-message="{html.escape(f.message)}">不是问题</button>'
    )
    return f'<li>[{k}] <span class="ra-level">{html.escape(f.level)}</span> {html.escape(text)}{button}</li>'


def _known(batch: Batch) -> list[dict[str, Any]]:
    """The dismissal list as loaded, for the download button to extend."""
    out = []
    for d in batch.dismissals:
        entry = {"content_hash": d.content_hash, "code": d.code, "span_text": d.span_text, "reason": d.reason}
        entry |= {k: v for k, v in (("file", d.file), ("message", d.message), ("dismissed_at", d.dismissed_at)) if v}
        out.append(entry | d.extra)
    return out


def _json(data: Any) -> str:
    """JSON safe inside ``<script>``: no ``<``, ``>`` or ``&`` characters at all."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
