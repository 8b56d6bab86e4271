"""Grid tables whose cells span columns: a header cell over several sub-columns ("财政资金" over 小计｜中央｜省级｜县级),
drawn with box characters or pandoc's +----+ rules. The bars of each line stand at display columns (a Chinese
character is two wide); the line with the most bars gives the table's columns, and a cell of a line with fewer bars
covers the columns between its two bars. The header's rows (every row before the first figure) become one row, a
sub-column's own words naming it ("中央"), or its spanning words and its own for a 小计 ("财政资金小计")."""

from __future__ import annotations

import unicodedata

from chains.text.table_model import Cell, Row

_BARS = "|｜│┃"
_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _bar_columns(line: str) -> list[int]:
    """The display columns of the bars of ``line``."""
    out, col = [], 0
    for ch in line:
        if ch in _BARS:
            out.append(col)
        col += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return out


def spread(text: str, rows: list[Row]) -> list[Row]:
    """Each row with one cell per column of the table (its lines' bars against those of the fullest line), or the
    rows as they are when their bars do not line up."""
    bars = [_bar_columns(text[r.span[0] : r.span[1]]) for r in rows]
    ref = max(bars, key=len, default=[])
    if len(ref) < 3 or any(len(b) != len(r.cells) + 1 for b, r in zip(bars, rows, strict=True)):
        return rows  # not a table edged with bars on both sides
    if any(not set(b) <= set(ref) for b in bars):
        return rows  # a bar off the fullest line's columns: no grid drawn to one measure
    out = []
    for b, row in zip(bars, rows, strict=True):
        if len(b) == len(ref):
            out.append(row)
            continue
        cells: list[Cell] = []
        for c, (left, right) in zip(row.cells, zip(b, b[1:], strict=False), strict=True):
            covered = sum(1 for x in ref[:-1] if left <= x < right)
            words = not (_DIGITS & set(c.text))
            # a spanning cell of words heads each column under it; a figure stands in its first column only
            cells.extend([c] + [c if words else Cell("", (c.span[1], c.span[1]))] * (covered - 1))
        out.append(Row(cells, row.span, row.inferred))
    return out


def merged_header(rows: list[Row]) -> list[Row]:
    """The rows before the first one with a figure, when there are two or more, as one header row."""
    k = next((i for i, r in enumerate(rows) if any(_DIGITS & set(c.text) for c in r.cells)), len(rows))
    if k < 2 or len({len(r.cells) for r in rows[:k]}) != 1:
        return rows
    cells = []
    for j in range(len(rows[0].cells)):
        said = [r.cells[j] for r in rows[:k] if r.cells[j].text]
        words = [c.text for i, c in enumerate(said) if i == 0 or c.text != said[i - 1].text]
        if not said:
            cells.append(rows[0].cells[j])
        elif len(words) > 1 and words[-1] not in ("小计", "合计"):
            cells.append(Cell(words[-1], said[-1].span))
        else:
            cells.append(Cell("".join(words), said[0].span))
    return [Row(cells, (rows[0].span[0], rows[k - 1].span[1])), *rows[k:]]
