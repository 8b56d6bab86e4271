"""What the 批量审阅 page needs: uploads in, a reviewed and saved batch out, its summary table, one report's
view and the worksheet's bytes for the download buttons.

Thin glue over ``chains.review``, the same functions the ``report-assistant review`` command uses: uploaded
files (reports or ``.zip`` archives) are written to a temporary folder, collected (``inputs.collect``),
reviewed (``pool.review_sources``, with the texts kept for the report view and the HTML worksheet) and
saved in the ``BatchStore``; the temporary folder goes once the batch is saved. A finding marked 不是问题
(``dismiss_finding``, undone by ``undo_dismissal``) is keyed as ``--dismissed FILE`` keys it and saved with
the batch; ``dismissals_json`` is that file. Nothing here calls Streamlit: the page passes a progress
callback and shows what these functions return.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from chains.errors import InputError
from chains.findings import Finding
from chains.review import dismissals, review_sources
from chains.review.inputs import close_archives, collect
from chains.review.store import BatchInfo, BatchStore
from chains.review.worksheet import (
    DISMISSED,
    ERROR,
    GREY,
    NOTE,
    REPORT_COLUMNS,
    STATUS_MEANING,
    STATUSES,
    SUSPECT,
    Batch,
    FindingRow,
    ReportRow,
    report_values,
)
from chains.review.write_xlsx import COLOURS

Progress = Callable[[int, int], None]
UPLOAD_FOLDER = "上传"
SMALL_BATCH = 40  # fewer files than this are reviewed in the page's own process (no pool to start)

SORTS: dict[str, Callable[[ReportRow], Any]] = {
    "按状态（红→灰）": lambda r: (STATUSES.index(r.status), -r.counts[ERROR], -r.counts[SUSPECT], r.file),
    "按错误数（多→少）": lambda r: (-r.counts[ERROR], -r.counts[SUSPECT], STATUSES.index(r.status), r.file),
    "按执行率（高→低）": lambda r: (_rate_key(r.stated.rate), STATUSES.index(r.status), r.file),
    "按文件名": lambda r: r.file,
}
_LEVEL_BADGES = {
    ERROR: ":red-badge[错误]",
    SUSPECT: ":orange-badge[疑似]",
    NOTE: ":blue-badge[提示]",
    DISMISSED: ":gray-badge[已忽略]",
}
_HEADERS = {key: name for key, name, _w in REPORT_COLUMNS}
SUMMARY_HEADER = _HEADERS["summary"]
_PAGE_FIRST = ("file", "status", "errors", "suspects", "notes", "summary")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$])")


# -- running a batch ------------------------------------------------------------------------------------


def review_uploads(
    store: BatchStore,
    uploads: Sequence[tuple[str, bytes]],
    progress: Progress | None = None,
    workers: int | None = None,
) -> str:
    """Review the uploaded ``(file name, bytes)`` — reports and ``.zip`` archives — and save the batch;
    returns its id. A file that cannot be reviewed is a 灰 row with the reason, never an error."""
    if not uploads:
        raise InputError("请先上传要审阅的报告或压缩包。")
    with tempfile.TemporaryDirectory(prefix="report-batch-") as tmp:
        folder = Path(tmp) / UPLOAD_FOLDER
        names = save_uploads(folder, uploads)
        sources = [replace(s, name=s.name.split("/", 1)[-1]) for s in collect([folder])]
        if not sources:
            raise InputError("上传的文件中没有可审阅的文件（隐藏文件和 Office 临时文件不审阅）。")
        n = workers if workers is not None else batch_workers(len(sources))
        try:
            batch = review_sources(sources, workers=n, keep_text=True, progress=progress)
        finally:
            close_archives()  # the uploaded archives go with the temporary folder
    return store.save(batch, batch_title(names))


def save_uploads(folder: Path, uploads: Sequence[tuple[str, bytes]]) -> list[str]:
    """Write each upload into ``folder`` under a safe, unique name; returns the names used."""
    folder.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    names = []
    for name, data in uploads:
        safe = safe_name(name)
        stem, suffix = Path(safe).stem, Path(safe).suffix
        k = 1
        while safe.lower() in used:
            k += 1
            safe = f"{stem}（{k}）{suffix}"
        used.add(safe.lower())
        (folder / safe).write_bytes(data)
        names.append(safe)
    return names


def safe_name(name: str) -> str:
    """A file name without folders or characters a file system refuses (hidden names stay hidden)."""
    base = re.split(r"[\\/]", name)[-1]
    return re.sub(r"[:*?\"<>|\x00-\x1f]", "_", base).strip() or "未命名文件"


def batch_workers(count: int) -> int:
    """How many processes review ``count`` files: the page's own for a small batch, else one per core."""
    from chains.review import default_workers

    return 1 if count < SMALL_BATCH else default_workers()


def batch_title(names: Sequence[str]) -> str:
    """``报告.zip`` or ``a.docx、b.pdf 等 5 个文件``."""
    if len(names) == 1:
        return names[0]
    head = "、".join(names[:2])
    return f"{head} 等 {len(names)} 个文件" if len(names) > 2 else head


def progress_text(done: int, total: int, seconds: float) -> str:
    """``已审阅 30 / 120 份 · 每秒 15.0 份 · 预计还需 6 秒``."""
    text = f"已审阅 {done} / {total} 份"
    if done and seconds > 0:
        rate = done / seconds
        text += f" · 每秒 {rate:.1f} 份"
        if done < total:
            text += f" · 预计还需 {max(1, round((total - done) / rate))} 秒"
    return text


def fraction(done: int, total: int) -> float:
    return min(1.0, done / total) if total else 0.0


# -- the list of batches and the summary table ------------------------------------------------------------


def batch_label(info: BatchInfo) -> str:
    """``2026-12-04 16:35 · 报告.zip · 10 份（红 2，黄 1，绿 6，灰 1）``."""
    when = datetime.fromtimestamp(info.created).strftime("%Y-%m-%d %H:%M")
    counts = "，".join(f"{s} {info.counts.get(s, 0)}" for s in STATUSES)
    done = f"{info.reviewed} / {info.total} 份，已中断" if info.interrupted else f"{info.reviewed} 份"
    return f"{when} · {info.title or '未命名批次'} · {done}（{counts}）"


def status_legend() -> str:
    return "；".join(f"{s}：{STATUS_MEANING[s]}" for s in STATUSES)


def shown_positions(batch: Batch, statuses: Sequence[str], sort: str, query: str = "") -> list[int]:
    """The reports the table shows, as positions in the batch: those with a chosen status and, when
    ``query`` is given, whose file, project, unit or findings contain it; in the chosen order."""
    wanted = set(statuses)
    needle = query.strip().lower()
    keep = [
        k for k, r in enumerate(batch.reports)
        if r.status in wanted and (not needle or needle in _haystack(r))
    ]  # fmt: skip
    key = SORTS.get(sort, SORTS[next(iter(SORTS))])
    return sorted(keep, key=lambda k: key(batch.reports[k]))


def table_columns() -> list[str]:
    """The summary table's columns: the worksheet's (the xlsx 报告 sheet), in its order."""
    return [name for _key, name, _w in REPORT_COLUMNS]


def page_columns() -> list[str]:
    """The order the page shows them in: what is wrong first, what the report states after it."""
    first = [_HEADERS[k] for k in _PAGE_FIRST]
    return first + [name for name in table_columns() if name not in first]


def table_rows(batch: Batch, positions: Sequence[int]) -> list[dict[str, Any]]:
    """The summary table's rows with the worksheet's Chinese headers (the columns of the xlsx 报告 sheet)."""
    out = []
    for k in positions:
        values = report_values(batch.reports[k])
        out.append({name: values[key] for key, name, _w in REPORT_COLUMNS})
    return out


def status_css(value: Any) -> str:
    """A status (or level) cell's background: the workbook's colours."""
    colour = COLOURS.get(str(value))
    return f"background-color: #{colour}; color: #1f1f1f" if colour else ""


def open_label(batch: Batch, position: int) -> str:
    """``[红] 县应急局/报告.docx（错误 2，疑似 0，提示 3）`` — a choice of the report picker."""
    r = batch.reports[position]
    if r.status == GREY:
        return f"[{r.status}] {r.file}（无法审阅）"
    c = r.counts
    return f"[{r.status}] {r.file}（{ERROR} {c[ERROR]}，{SUSPECT} {c[SUSPECT]}，{NOTE} {c[NOTE]}）"


def _haystack(r: ReportRow) -> str:
    s = r.stated
    parts = [r.file, s.project, s.unit, r.reason, *(f.message for f in r.findings), *(f.title for f in r.findings)]
    return "\n".join(parts).lower()


def _rate_key(rate: str) -> tuple[int, float]:
    try:
        return (0, -float(rate.rstrip("%％")))
    except ValueError:
        return (1, 0.0)


# -- one report ----------------------------------------------------------------------------------------------


def as_findings(report: ReportRow) -> list[Finding]:
    """The report's findings as ``chains.findings_html.highlight_html`` draws them, numbered in this order;
    a dismissed one in the quiet (info) colour."""
    out = []
    for f in report.findings:
        finding = Finding(f.code, f.message, f.span, f.severity, expected=f.expected or None, related=f.related)  # type: ignore[arg-type]
        out.append(replace(finding, severity="info") if f.dismissed else finding)
    return out


def finding_line(k: int, f: FindingRow) -> str:
    """One line of the report's problem list: level badge, number, type, message, expected, quoted span."""
    badge = _LEVEL_BADGES.get(f.shown_level, ":blue-badge[提示]")
    expected = f"　应为 **{f.expected}**" if f.expected else ""
    quote = f"　原文“{f.span_text}”" if f.span_text else ""
    reason = f"（理由：{md_escape(f.reason)}）" if f.dismissed and f.reason else ""
    return f"{badge} **[{k}] {f.title}**：{f.message}{expected}{quote}{reason}"


def report_facts(report: ReportRow) -> str:
    """``项目：…；单位：…；年度：2021；执行率：100%；总分：96；等级：优`` (what the report states)."""
    s = report.stated
    facts = [("项目", s.project), ("单位", s.unit), ("年度", s.year), ("全年预算数", _amount(s.budget)),
             ("全年执行数", _amount(s.spent)), ("执行率", s.rate), ("总分", s.total_score), ("等级", s.grade)]
    return "；".join(f"{k}：{v}" for k, v in facts if v not in ("", None))


def _amount(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".") + " 万元"


def md_escape(text: str) -> str:
    """``text`` shown literally inside Streamlit markdown (file names with ``_``, ``*``, ``$``…)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


# -- 不是问题 ---------------------------------------------------------------------------------------------------


def dismiss_finding(store: BatchStore, bid: str, position: int, index: int, reason: str = "",
                    today: date | None = None) -> Batch:
    """Mark finding ``index`` of report ``position`` 不是问题 (with the optional reason) and save the batch
    with its statuses and counts recomputed; returns the batch as saved."""
    batch = _saved(store, bid)
    finding = batch.reports[position].findings[index]
    when = (today or date.today()).isoformat()
    changed = dismissals.mark(batch, finding, reason, when)
    store.update_dismissals(bid, changed)
    return changed


def undo_dismissal(store: BatchStore, bid: str, position: int, index: int) -> Batch:
    """Undo the 不是问题 mark on finding ``index`` of report ``position``; returns the batch as saved."""
    batch = _saved(store, bid)
    changed = dismissals.unmark(batch, batch.reports[position].findings[index])
    store.update_dismissals(bid, changed)
    return changed


def dismissals_json(store: BatchStore, bid: str) -> bytes:
    """The batch's dismissal list as the JSON file ``report-assistant review --dismissed FILE`` reads."""
    return dismissals.to_json(_saved(store, bid)).encode("utf-8")


def dismissed_caption(batch: Batch) -> str:
    """``已标记 3 条“不是问题”；下载的清单可用于 report-assistant review --dismissed`` (empty without marks)."""
    if not batch.dismissals:
        return ""
    return f"已标记 {len(batch.dismissals)} 条“不是问题”，不计入错误和疑似；下载的清单可供命令行 --dismissed 使用。"


def _saved(store: BatchStore, bid: str) -> Batch:
    batch = store.load(bid)
    if batch is None:
        raise InputError("该批次已被删除。")
    return batch


# -- downloads -------------------------------------------------------------------------------------------------


def worksheet_bytes(store: BatchStore, bid: str, suffix: str) -> bytes:
    """A saved batch's worksheet, ``.xlsx`` or ``.html``, made when the download button is clicked."""
    batch = store.load(bid, texts=suffix == ".html")
    if batch is None:
        raise InputError("该批次已被删除。")
    return html_bytes(batch) if suffix == ".html" else xlsx_bytes(batch)


def xlsx_bytes(batch: Batch) -> bytes:
    """The worksheet as an Excel workbook (the same file ``report-assistant review -o …xlsx`` writes)."""
    from chains.review.write_xlsx import write_xlsx

    with tempfile.TemporaryDirectory(prefix="report-batch-") as tmp:
        path = write_xlsx(batch, Path(tmp) / "审阅结果.xlsx")
        return path.read_bytes()


def html_bytes(batch: Batch) -> bytes:
    """The worksheet as one self-contained HTML page (texts needed: load the batch with ``texts=True``)."""
    from chains.review.write_html import render

    return render(batch).encode("utf-8")


def download_name(info: BatchInfo | None, suffix: str) -> str:
    when = datetime.fromtimestamp(info.created).strftime("%Y%m%d-%H%M") if info else "批次"
    return f"审阅结果-{when}{suffix}"
