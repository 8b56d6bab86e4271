"""The worksheet as an Excel workbook: sheets 报告, 问题, 已忽略 and 说明.

Each table sheet has a bold, shaded, frozen header row, an auto-filter over all its columns, column widths
set for its content, wrapped long text, and the status (红/黄/绿/灰) or level (错误/疑似/提示/已忽略) cells
filled with their colour. Written in openpyxl's write-only mode, so memory stays flat for large batches.
Text is stored as text: a report line that starts with ``=`` never becomes a formula, and characters
Excel cannot store (control characters) are dropped.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from chains.review.worksheet import (
    DISMISSED,
    ERROR,
    GREEN,
    GREY,
    NOTE,
    RED,
    STATUS_MEANING,
    STATUSES,
    SUSPECT,
    YELLOW,
    Batch,
    Column,
    tables,
)

#: fill colours (Excel's own "bad / neutral / good" palette, grey for not reviewed)
COLOURS = {
    RED: "FFC7CE", YELLOW: "FFEB9C", GREEN: "C6EFCE", GREY: "D9D9D9",
    ERROR: "FFC7CE", SUSPECT: "FFEB9C", NOTE: "DDEBF7", DISMISSED: "EDEDED",
}  # fmt: skip
_FILLS = {key: PatternFill("solid", start_color=rgb, end_color=rgb) for key, rgb in COLOURS.items()}
_HEADER_FILL = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
_HEADER_FONT = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_WRAPPED_WIDER_THAN = 30
_COLOURED = {"status", "level"}


def write_xlsx(batch: Batch, path: Path) -> Path:
    workbook = Workbook(write_only=True)
    for title, columns, rows in tables(batch):
        _table_sheet(workbook, title, columns, rows)
    _notes_sheet(workbook, batch)
    buffer = io.BytesIO()
    workbook.save(buffer)  # complete in memory first: a file that cannot be opened leaves no half-written workbook
    path.write_bytes(buffer.getvalue())
    return path


def _table_sheet(workbook: Workbook, title: str, columns: list[Column], rows: list[dict[str, Any]]) -> None:
    sheet = workbook.create_sheet(title)
    for k, (_key, _header, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(k)].width = width
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{max(1, len(rows)) + 1}"
    header = []
    for _key, name, _width in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _WRAP
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_cell(sheet, key, width, row.get(key)) for key, _name, width in columns])


def _cell(sheet: Any, key: str, width: int, value: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=_safe(value))
    if isinstance(value, str) and value:
        cell.data_type = "s"  # text, even when it starts with "="
    cell.alignment = _WRAP if width >= _WRAPPED_WIDER_THAN else _TOP
    if key in _COLOURED and value in _FILLS:
        cell.fill = _FILLS[value]
        cell.font = _HEADER_FONT
    return cell


def _safe(value: Any) -> Any:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _notes_sheet(workbook: Workbook, batch: Batch) -> None:
    sheet = workbook.create_sheet("说明")
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 90
    counts = batch.status_counts()
    lines: list[tuple[str, Any]] = [
        ("生成时间", datetime.now().strftime("%Y-%m-%d %H:%M")),
        ("结果", batch.headline()),
    ]
    if batch.interrupted:
        lines.append(("注意", f"审阅被中断：只列出已完成的 {len(batch.reports)} 份，其余 {batch.total - len(batch.reports)} 份未审阅。"))
    lines += [(f"状态 {s}", f"{STATUS_MEANING[s]}（{counts[s]} 份）") for s in STATUSES]
    lines += [
        ("级别 错误", "数字计算或前后数据不符，已确认"),
        ("级别 疑似", "可能有误，但也可能另有解释，请人工核实"),
        ("级别 提示", "质量提示（章节、套话、缺少数据等），不影响状态"),
        ("级别 已忽略", "审阅人标记为“不是问题”的发现，见“已忽略”表"),
    ]
    for label, text in lines:
        key = label.rsplit(" ", 1)[-1]
        name = WriteOnlyCell(sheet, value=label)
        name.font = _HEADER_FONT
        if key in _FILLS:
            name.fill = _FILLS[key]
        sheet.append([name, WriteOnlyCell(sheet, value=text)])
