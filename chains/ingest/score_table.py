"""Read a 绩效自评表 (``.xlsx`` via openpyxl, ``.docx`` via python-docx) into indicator rows.

The table is found by its header row (三级指标 / 指标名称, 年度指标值 / 目标值, 实际完成值, 分值 …);
columns are matched by their header words, merged 一级/二级 cells are carried down, and the 预算执行率
/ 资金 rows are read as budget figures (全年预算数, 全年执行数) rather than as indicators.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from chains.errors import InputError

#: indicator field → header words (first match wins, checked in this order)
COLUMNS: list[tuple[str, tuple[str, ...]]] = [
    ("deviation_note", ("偏差", "未完成原因", "原因分析")),
    ("level1", ("一级指标",)),
    ("level2", ("二级指标",)),
    ("name", ("三级指标", "指标名称", "绩效指标", "指标内容")),
    ("target", ("年度指标值", "目标值", "指标值", "预期值", "计划值")),
    ("actual", ("实际完成值", "完成值", "业绩值", "实际值", "完成情况")),
    ("weight", ("分值", "权重")),
    ("score", ("得分",)),
]
BUDGET_HEADERS: list[tuple[str, tuple[str, ...]]] = [
    ("initial", ("年初预算",)),
    ("annual", ("全年预算", "调整后预算", "预算数")),
    ("spent", ("全年执行", "执行数", "实际支出")),
]


@dataclass
class ImportedTable:
    """Indicator rows and whatever budget figures the table states (万元)."""

    indicators: list[dict[str, Any]] = field(default_factory=list)
    budget: dict[str, float | int] = field(default_factory=dict)
    total_score: float | int | None = None
    notes: list[str] = field(default_factory=list)


def read_table(data: bytes, name: str) -> ImportedTable:
    """The 绩效自评表 in an uploaded file; ``InputError`` when the file has no such table."""
    suffix = Path(name).suffix.lower()
    if not data:
        raise InputError(f"{name} 是空文件。")
    if suffix == ".xlsx":
        grids = _xlsx_grids(data, name)
    elif suffix == ".docx":
        grids = _docx_grids(data, name)
    elif suffix == ".xls":
        raise InputError(f"{name} 是旧版 Excel（.xls），请在 Excel 中另存为 .xlsx 后再上传。")
    else:
        raise InputError(f"{name}：绩效自评表请上传 .xlsx 或 .docx 文件。")
    result = ImportedTable()
    for grid in grids:
        _read_grid(grid, result)
    if not result.indicators:
        raise InputError(f"{name} 中没有找到绩效指标表（需要有“三级指标/指标名称”“指标值”“分值”等表头）。")
    return result


def _xlsx_grids(data: bytes, name: str) -> list[list[list[str]]]:
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(f"{name} 不是有效的 Excel（.xlsx）文件，可能已损坏（{type(exc).__name__}）。") from None
    except Exception as exc:  # openpyxl raises assorted errors on damaged workbooks
        raise InputError(f"{name} 无法作为 Excel 打开（{type(exc).__name__}）。") from None
    grids = []
    for ws in wb.worksheets:
        grid = [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
        # merged cells: openpyxl gives the value only in the top-left cell; copy it into the range
        for rng in ws.merged_cells.ranges:
            value = grid[rng.min_row - 1][rng.min_col - 1] if rng.min_row - 1 < len(grid) else ""
            for r in range(rng.min_row - 1, min(rng.max_row, len(grid))):
                for c in range(rng.min_col - 1, min(rng.max_col, len(grid[r]))):
                    grid[r][c] = value
        grids.append(grid)
    return grids


def _docx_grids(data: bytes, name: str) -> list[list[list[str]]]:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises assorted errors on damaged packages
        raise InputError(f"{name} 不是有效的 Word（.docx）文件，可能已损坏（{type(exc).__name__}）。") from None
    return [[[" ".join(c.text.split()) for c in row.cells] for row in table.rows] for table in document.tables]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _header_map(row: list[str], columns: list[tuple[str, tuple[str, ...]]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        if not cell:
            continue
        for key, words in columns:
            if key not in found and any(w in cell for w in words):
                found[key] = i
                break
    return found


def _read_grid(grid: list[list[str]], out: ImportedTable) -> None:
    header: dict[str, int] | None = None
    budget_header: dict[str, int] | None = None
    last1 = last2 = ""
    for row in grid:
        cells = [c.strip() for c in row]
        hm = _header_map(cells, COLUMNS)
        if "name" in hm and ("target" in hm or "weight" in hm):
            header, last1, last2 = hm, "", ""
            continue
        bm = _header_map(cells, BUDGET_HEADERS)
        if len(bm) >= 2 and "name" not in hm:
            budget_header = bm
            continue
        if budget_header is not None and header is None and any(cells):
            _read_budget_row(cells, budget_header, out)
            continue
        if header is None:
            continue
        get = {k: (cells[i] if i < len(cells) else "") for k, i in header.items()}
        name = get.get("name", "")
        if any(w in name for w in ("三级指标", "指标名称")):
            continue
        joined = "".join(cells)
        if re.search(r"^(总分|合计|总计)", name) or re.match(r"^(总分|合计|总计)", joined):
            points = _number(get.get("score", ""))
            if points is not None:
                out.total_score = points
            continue
        if not name or name in (get.get("level1"), get.get("level2")) and not get.get("target"):
            continue
        level1 = get.get("level1") or last1
        level2 = get.get("level2") or last2
        last1, last2 = level1, level2
        ind: dict[str, Any] = {"name": name}
        if level1:
            ind["level1"] = level1
        if level2 and level2 != level1:
            ind["level2"] = level2
        for key in ("target", "actual", "deviation_note"):
            if get.get(key):
                ind[key] = get[key]
        for key in ("weight", "score"):
            n = _number(get.get(key, ""))
            if n is not None:
                ind[key] = n
        out.indicators.append(ind)


def _read_budget_row(cells: list[str], header: dict[str, int], out: ImportedTable) -> None:
    label = cells[0] if cells else ""
    if out.budget or not re.search(r"年度资金总额|资金总额|合计|总额|项目资金", label):
        return
    for key, i in header.items():
        n = _number(cells[i]) if i < len(cells) else None
        if n is not None:
            out.budget[key] = n
    if out.budget:
        out.notes.append("已从表中读出预算数：" + "，".join(f"{k} {v}" for k, v in out.budget.items()))


def _number(text: str) -> int | float | None:
    m = re.fullmatch(r"\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(分|万元)?\s*", text or "")
    if not m:
        return None
    try:
        d = Decimal(m.group(1).replace(",", ""))
    except InvalidOperation:
        return None
    return int(d) if d == d.to_integral_value() else float(d)
