"""What the app's corpus page needs from the index: list, preview, upload, remove, read in context.

Thin glue over ``chains.retrieval.index`` / ``chains.ingest.chunking`` so the page holds no logic. Uploaded files are
kept under ``data_dir / "uploads"`` and indexed as one folder, so removing a file there and
re-indexing drops it, as for ``corpus/``.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from chains.settings import Settings

#: Section types (``chains.ingest.chunking``) as the page names them, in outline order.
SECTION_LABELS = {
    "overview": "项目概况",
    "basis": "立项依据",
    "goals": "绩效目标",
    "funds": "资金情况",
    "financial_management": "财务管理",
    "implementation": "组织实施",
    "outputs": "产出情况",
    "benefits": "效益情况",
    "satisfaction": "满意度",
    "conclusion": "自评结论",
    "problems": "存在的问题",
    "suggestions": "改进措施",
    "table": "绩效自评表",
    "other": "其他",
}


def section_label(section_type: str) -> str:
    return SECTION_LABELS.get(section_type, section_type)


def category_choices() -> list[str]:
    """The category picker's choices: "" (any) first, then the index's categories."""
    from chains.ingest.metadata import CATEGORY_LABELS

    return ["", *CATEGORY_LABELS]


def category_label(category: str) -> str:
    from chains.ingest.metadata import CATEGORY_LABELS

    return CATEGORY_LABELS.get(category, category) if category else "不限"


def phrasing_filters(year_from: float | None, year_to: float | None, department: str, category: str = "") -> Any:
    """The phrasing form's fields as retrieval ``Filters`` (empty fields do not filter)."""
    from chains.retrieval.search import Filters

    return Filters(
        year_from=None if year_from is None else int(year_from),
        year_to=None if year_to is None else int(year_to),
        department=(department or "").strip(),
        category=category or "",
    )


def passage_header(i: int, result: Any) -> str:
    """The markdown line above a phrasing result: number, heading, source, section, year, score."""
    label = section_label(result.section)
    return (
        f"**{i}. {result.heading or label}**　来源：`{result.source}` · 章节：{label} · "
        f"年度：{result.year or '不详'} · 相关度 {result.score:.2f}"
    )


def indexed_table(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """(rows as shown, without the key; {choice label → key} for the removal picker)."""
    shown = [{k: v for k, v in row.items() if k != "key"} for row in rows]
    return shown, {f"{row['文件']}（{row['来源']}）": row["key"] for row in rows}


def uploads_dir(settings: Settings) -> Path:
    return Path(settings.data_dir) / "uploads"


def preview_sections(data: bytes, name: str) -> list[dict[str, Any]]:
    """How a file would be split before it is indexed: one row per chunk (section type, heading, size)."""
    from chains.ingest.chunking import chunk_report
    from chains.ingest.reports import report_from_bytes

    report = report_from_bytes(data, name)
    return [
        {
            "章节类型": c.section_type,
            "标题": c.heading or "（无标题）",
            "字数": len(c.text),
            "开头": c.text[:40].replace("\n", " "),
        }
        for c in chunk_report(report)
    ]


def save_upload(settings: Settings, name: str, data: bytes) -> Path:
    """Keep an uploaded report under the data directory (file name made safe)."""
    safe = re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", Path(name).name).strip() or "upload.txt"
    folder = uploads_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / safe
    path.write_bytes(data)
    return path


def list_indexed(index: Any) -> list[dict[str, Any]]:
    """Every indexed report: key, source, title, year, department."""
    manifest = index.store.manifest()
    reports = index.store.reports_by_key(list(manifest))
    rows = []
    for key, (source, _h) in sorted(manifest.items(), key=lambda kv: kv[1][0]):
        rep = reports.get(key)
        rows.append(
            {
                "key": key,
                "文件": source,
                "标题": (rep.title or rep.project_name) if rep else "",
                "年度": rep.year if rep and rep.year else None,
                "部门": rep.department if rep else "",
                "来源": "上传" if "/uploads/" in key else "样本库",
            }
        )
    return rows


def remove_indexed(index: Any, settings: Settings, keys: list[str]) -> int:
    """Drop reports from the index (and uploaded files from disk); returns how many were removed."""
    if not keys:
        return 0
    up = str(uploads_dir(settings).resolve()) + "/"
    for key in keys:
        if key.startswith(up):
            (uploads_dir(settings) / key[len(up) :]).unlink(missing_ok=True)
    return int(index.remove(list(keys)))


def corpus_texts(index: Any) -> dict[str, str]:
    """Source name → cleaned text of every indexed report (what the critique compares boilerplate with)."""
    manifest = index.store.manifest()
    reports = index.store.reports_by_key(list(manifest))
    return {source: reports[key].text for key, (source, _h) in manifest.items() if key in reports}


def source_text(index: Any, source: str) -> str | None:
    """The cleaned text of an indexed report by its source name (spans of results point into it)."""
    keys = [k for k, (s, _h) in index.store.manifest().items() if s == source]
    if not keys:
        return None
    rep = index.store.reports_by_key(keys[:1]).get(keys[0])
    return rep.text if rep else None


def passage_in_context(text: str, span: tuple[int, int], around: int = 400) -> str:
    """The passage marked inside its surrounding text, escaped, as HTML."""
    s, e = max(0, span[0]), min(len(text), span[1])
    a, b = max(0, s - around), min(len(text), e + around)
    before = ("…" if a > 0 else "") + text[a:s]
    after = text[e:b] + ("…" if b < len(text) else "")
    return (
        '<div class="ra-doc">'
        + html.escape(before)
        + '<mark class="ra-info">'
        + html.escape(text[s:e])
        + "</mark>"
        + html.escape(after)
        + "</div>"
    )


def index_notices(summary: Any, uploaded: int) -> list[tuple[str, str]]:
    """What the page says after adding ``uploaded`` files: ``(level, text)`` pairs, level ``success``,
    ``info`` or ``warning``. When nothing new went into the index because every file was skipped (unreadable,
    or a duplicate of an indexed report), that is a warning, never a success."""
    lines = summary.lines()
    dropped = len(summary.skipped) + len(summary.duplicates)
    if summary.indexed:
        out = [("success", lines[0])]
        if dropped:
            out.append(("warning", "  \n".join(line.strip() for line in lines[1:])))
        return out
    if dropped:
        head = (
            f"没有加入任何报告：上传的 {uploaded} 个文件都被跳过了。"
            if dropped >= uploaded
            else f"没有加入新的报告：{dropped} 个文件被跳过，其余文件已在索引中且内容未变。"
        )
        return [("warning", "  \n".join([head, *(line.strip() for line in lines[1:])]))]
    return [("info", f"没有新的内容：上传的文件已在索引中且内容未变。{lines[0]}")]
