"""Tables as rows bound to their header cells — the form the corpus and the index read.

A table arrives as a *grid*: one list per row, one entry per grid column, each entry a ``Cell``
whose ``origin`` identifies the merged cell it belongs to (the same origin in several columns of a
row is a horizontal merge; in several rows of a column, a vertical merge). Word tables
(``chains.ingest.documents``) and tables rebuilt from flattened text (``chains.ingest.clean``) both come here.

Rendering rules (the answer to "knowledge-base tools flatten or duplicate my tables"):

* a merged cell is read once: a horizontal merge gives one value in its row, never one per column;
* a vertical merge is resolved to its top cell, so each row it covers is bound to that value once;
* header rows (one, or two when a header cell spans sub-headers, e.g. 财政资金 → 小计/中央级/…) give
  each column a name (``财政资金/中央级``); a header cell's text never reappears as data;
* each data row becomes one line ``表头：值；表头：值`` (empty cells left out), so any piece of a
  table cut by a chunker still says what each value means.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from chains.vocabulary import CELL_SEP

PAIR_SEP = "；"
KEY_SEP = "："

# A bound row line: at least two "key：value" pairs joined by "；", keys short and without punctuation.
_KEY = r"[^；：｜\n。，]{1,24}"
BOUND_ROW_RE = re.compile(rf"^{_KEY}：[^；\n]*(?:；{_KEY}：[^；\n]*)+$")


@dataclass(frozen=True)
class Cell:
    """One grid position: ``text`` of the (possibly merged) cell it belongs to, ``origin`` its identity."""

    text: str
    origin: Hashable


Grid = list[list[Cell]]


def _norm(text: str) -> str:
    return " ".join(text.split())


def header_row_count(grid: Grid) -> int:
    """1, or 2 when a first-row cell spans columns that the second row names separately."""
    if len(grid) < 3:
        return 1
    first, second = grid[0], grid[1]
    width = min(len(first), len(second))
    for c in range(width):
        spanned = [k for k in range(width) if first[k].origin == first[c].origin]
        if len(spanned) < 2 or not first[c].text:
            continue
        below = {second[k].origin for k in spanned if second[k].text}
        if len(below) >= 2 and all(second[k].origin != first[k].origin for k in spanned):
            return 2
    return 1


def header_names(grid: Grid, rows: int) -> list[str]:
    """A name per column: the distinct header texts above it, top-down, joined by ``/``."""
    width = max(len(r) for r in grid[:rows])
    names = []
    for c in range(width):
        parts: list[str] = []
        seen: set[Hashable] = set()
        for r in range(rows):
            if c >= len(grid[r]):
                continue
            cell = grid[r][c]
            if cell.origin in seen or not cell.text:
                continue
            seen.add(cell.origin)
            if cell.text not in parts:
                parts.append(cell.text)
        names.append("/".join(parts) or f"第{c + 1}列")
    return names


def bound_lines(grid: Grid) -> list[str]:
    """The table as text lines: data rows bound to their headers (see module docstring).

    A table with a single row, or whose header row is one merged cell, cannot bind anything: its
    rows are returned ``｜``-joined, each merged cell once. A row that is a single merged cell (a
    caption or a section label inside the table) is returned as its plain text.
    """
    grid = [row for row in grid if any(cell.text for cell in row)]
    if not grid:
        return []
    head = header_row_count(grid)
    distinct_header = {cell.origin for cell in grid[0]}
    if len(grid) <= head or len(distinct_header) < 2:
        return [CELL_SEP.join(_row_values(row)) for row in grid]
    names = header_names(grid, head)
    header_origins = {cell.origin for row in grid[:head] for cell in row}
    lines = []
    for row in grid[head:]:
        pairs: list[str] = []
        seen: set[Hashable] = set()
        origins = {cell.origin for cell in row}
        if len(origins) == 1:
            text = row[0].text
            if text:
                lines.append(text)
            continue
        for c, cell in enumerate(row):
            if cell.origin in seen or cell.origin in header_origins:
                continue
            seen.add(cell.origin)
            if not cell.text:
                continue
            cols = [k for k in range(len(row)) if row[k].origin == cell.origin]
            key = _common_name([names[k] for k in cols if k < len(names)]) if cols else names[c]
            pairs.append(f"{_key(key)}{KEY_SEP}{_value(cell.text)}")
        if pairs:
            lines.append(PAIR_SEP.join(pairs))
    return lines


def _row_values(row: Sequence[Cell]) -> list[str]:
    values, seen = [], set()
    for cell in row:
        if cell.origin in seen:
            continue
        seen.add(cell.origin)
        values.append(cell.text)
    return values


def _common_name(names: list[str]) -> str:
    """The header of a cell spanning several columns: their shared top part, else the first name."""
    if not names:
        return ""
    if len(set(names)) == 1:
        return names[0]
    tops = {n.split("/")[0] for n in names}
    return tops.pop() if len(tops) == 1 else names[0]


def _key(text: str) -> str:
    # Keys must not contain the separators of the row format, nor start like a Markdown heading.
    key = " ".join(text.replace(KEY_SEP, " ").replace(PAIR_SEP, " ").replace(":", " ").split())
    return key.lstrip("#* ") or "列"


def _value(text: str) -> str:
    return text.replace(PAIR_SEP, "，").replace("\n", " ")


def fill_down(rows: list[list[str]], header_rows: int = 1) -> Grid:
    """A grid from flattened text rows, reading leading empty cells as vertical merges.

    In tables flattened to one cell per line, a vertically merged cell (一级指标 产出指标 over
    several rows) appears only in its first row; the rows below start with empty cells. Only
    *leading* empty cells of a data row are taken as merged with the cell above — an empty cell
    after a filled one is just empty.
    """
    grid: Grid = []
    for r, row in enumerate(rows):
        cells: list[Cell] = []
        leading = True
        for c, text in enumerate(row):
            text = _norm(text)
            if text:
                leading = False
            above = grid[r - 1][c] if r > header_rows and c < len(grid[r - 1]) else None
            if leading and not text and above is not None and above.text and r - 1 >= header_rows:
                cells.append(above)
            else:
                cells.append(Cell(text, (r, c)))
        grid.append(cells)
    return grid


def span_header(first: list[str], second: list[str]) -> tuple[Grid, int] | None:
    """Two flattened header rows where one first-row cell spans a run of second-row sub-headers.

    Flattened text loses ``gridSpan``: ``项目｜行次｜年度总金额｜财政资金｜上年结转｜其他`` over
    ``｜｜｜小计｜中央级｜省级｜市级｜县区级｜｜`` has 6 cells above 10. When the second row's
    non-empty cells form runs and each run lines up with one first-row cell, the spans are rebuilt.
    Returns the two header rows as a grid and the table width, or ``None`` when they do not line up.
    """
    if len(second) <= len(first) or not any(second):
        return None
    runs: list[tuple[int, int]] = []  # (start, end) of the grid columns each first-row cell covers
    c = 0
    while c < len(second):
        if second[c].strip():
            end = c
            while end + 1 < len(second) and second[end + 1].strip():
                end += 1
            runs.append((c, end + 1))
            c = end + 1
        else:
            runs.append((c, c + 1))
            c += 1
    if len(runs) != len(first):
        return None
    top: list[Cell] = []
    bottom: list[Cell] = []
    for k, (start, end) in enumerate(runs):
        origin = ("h0", k)
        for col in range(start, end):
            top.append(Cell(_norm(first[k]), origin))
            text = _norm(second[col])
            bottom.append(Cell(text, ("h1", col)) if end - start > 1 else Cell(_norm(first[k]), origin))
    return [top, bottom], len(second)
