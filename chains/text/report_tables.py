"""Rebuild table rows from report text, with every cell's span in the original text.

Two shapes reach the checker:

* one row per line, cells separated by ``｜`` or ``|`` (what ``chains.ingest.documents`` writes for Word
  tables, and what drafts and the dev set use; Markdown tables too);
* Word tables flattened one cell per line (seed 003): every cell line starts with a tab, a blank
  line ends a row, merged cells come out as empty tab lines.

A table's header row names its columns; ``column_role`` maps a header text to a glossary name
(weight, score, target, actual, completion_rate, annual_budget, spent, execution_rate …) so a row's
weight, target, actual and score are read together. (``chains.ingest.word_tables`` is a different module: it
renders tables for the corpus; this one only reads them for the checker.)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from chains.text import grid_tables, simple_tables
from chains.text.flat_indicators import flat_indicator_tables
from chains.text.keyed_indicators import keyed_indicator_tables
from chains.text.numbers import Mention
from chains.text.one_cell_funds import one_cell_funds_tables
from chains.text.page_breaks import PAGE_FOOTER, joined_across_pages
from chains.text.pasted_tables import (
    aligned_columns,
    csv_fields,
    csv_row,
    flat_funds_tables,
    is_csv_row,
    is_spaced_row,
    is_tsv_row,
    spaced_row,
    tsv_row,
    wrapped_line,
    wrapped_tail,
)
from chains.text.run_on_tables import run_on_tables
from chains.text.single_space_tables import single_space_tables
from chains.text.spaced_indicators import spaced_indicator_tables
from chains.text.stacked_tables import right_aligned, stacked_tables
from chains.text.table_model import (
    NUMERIC,
    Cell,
    Row,
    Table,
    column_role,
    strip_span,
    text_lines,
    with_header,
)

__all__ = ["Cell", "Row", "Table", "find_tables", "column_role"]

_PIPE = re.compile(r"[｜|│┃]")
_MD_RULE = re.compile(r"^\s*[|｜]?\s*:?-{2,}:?\s*([|｜]\s*:?-{2,}:?\s*)*[|｜]?\s*$")


def find_tables(text: str, mentions: list[Mention] | None = None) -> list[Table]:
    """All tables in ``text``: pipe rows, tab-flattened rows, pasted columns and funds blocks run into a
    line, each with its header roles.

    ``mentions``: ``extract_numbers(text)`` when the caller has it already; cells then reuse those
    mentions instead of reading their text again (a cell boundary never splits a mention).
    """
    found = _find_tables(text)
    # a table written one cell per line reads as rows of one cell: the funds block reader reads it instead
    degenerate = [tb for tb in found if all(sum(1 for c in r.cells if c.text) <= 1 for r in tb.rows)]
    flat = flat_funds_tables(text, [tb.span for tb in found if tb not in degenerate])
    tables = [tb for tb in found if tb not in degenerate or not any(_overlaps(tb.span, f.span) for f in flat)] + flat
    tables += spaced_indicator_tables(text, [tb.span for tb in tables])
    tables += flat_indicator_tables(text, [tb.span for tb in tables])
    tables += keyed_indicator_tables(text, [tb.span for tb in tables])
    tables += single_space_tables(text, [tb.span for tb in tables])
    tables += stacked_tables(text, [tb.span for tb in tables])
    tables += run_on_tables(text, [tb.span for tb in tables])
    tables += one_cell_funds_tables(text, [tb.span for tb in tables])
    tables = joined_across_pages(text, [right_aligned(tb) for tb in tables])
    if mentions is not None and tables:
        starts = [m.span[0] for m in mentions]
        ends = [m.span[1] for m in mentions]  # mentions never overlap: their ends are in order too
        for table in tables:
            for row in table.rows:
                for c in row.cells:
                    _with_found(c, mentions, starts, ends)
    if "扣" in text:
        for table in tables:
            _deductions(table)
    return tables


_DEDUCTED = re.compile(r"\s*扣(?:减|除)?\s*\d+(?:\.\d+)?\s*分?\s*")


def _deductions(table: Table) -> None:
    """A score column that holds a deduction where points were lost ("得分（或扣分）" over "10｜扣0.39"): the row's
    score is its weight less the deduction (the cell keeps its span; its figure reads as the score)."""
    if table.col("weight") is None or table.col("score") is None:
        return
    for row in table.data_rows():
        cell, w = table.cell(row, "score"), table.number(row, "weight")
        if cell is None or w is None or not _DEDUCTED.fullmatch(cell.text):
            continue
        found = cell.mentions()
        if len(found) == 1 and found[0].value <= w.value:
            m = found[0]
            score = replace(m, value=w.value - m.value, number=w.value - m.value, decimals=max(m.decimals, w.decimals))
            object.__setattr__(cell, "found", (score,))
            cell.__dict__.pop("_value", None)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _with_found(cell: Cell, mentions: list[Mention], starts: list[int], ends: list[int]) -> Cell:
    """The cell with the text's mentions that lie in it (set in place: ``found`` is a cache, never compared)."""
    found: tuple[Mention, ...] | None = ()
    if cell.text:
        s, e = cell.span
        i = bisect.bisect_left(starts, s)
        j = bisect.bisect_right(ends, e, lo=i)
        if j > i:
            found = tuple(mentions[i:j])
        elif (i > 0 and ends[i - 1] > s) or (i < len(mentions) and starts[i] < e):
            found = None  # a cell split out of figures a copy ran together ("47.68" of "47.6895.00%"): read its own text
    object.__setattr__(cell, "found", found)
    return cell


def _find_tables(text: str) -> list[Table]:
    tables: list[Table] = []
    lines = text_lines(text)
    tabbed = [_is_tab_line(ln) for _, _, ln in lines]
    rules = simple_tables.rule_lines(lines) if "--" in text else set()
    i, n = 0, len(lines)
    while i < n:
        start, end, line = lines[i]
        if rules and (simple := simple_tables.simple_table(text, lines, i, rules)) is not None:
            tables.extend(simple[0])
            i = simple[1]
            continue
        if _is_pipe_row(line):
            rows: list[Row] = []
            # "a | b |" rows (a plain paste) keep an empty first cell; "| a | b |" rows (Markdown) drop their edges
            edged = line.lstrip().startswith(("|", "｜", "│", "┃"))
            grid: list[list[Row]] = [[]]  # the lines between two "+----+" rules of a grid table
            while i < n and (_is_pipe_row(lines[i][2]) or (_MD_RULE.match(lines[i][2]) or _GRID_RULE.match(lines[i][2]))
                             and (rows or grid[-1])):
                s, e, ln = lines[i]
                if _GRID_RULE.match(ln):
                    grid.append([])
                elif not _MD_RULE.match(ln):
                    rows.append(_pipe_row(text, s, e, edged))
                    grid[-1].append(rows[-1])
                i += 1
                if ln.lstrip().startswith(("└", "┗", "╘")):
                    break  # the box's bottom: another table may be drawn right under it
            if len(grid) > 2:  # a grid table: each stretch between rules is one row, its cells wrapped over lines
                lines_read = iter(grid_tables.spread(text, [r for part in grid for r in part]))
                grid = [[next(lines_read) for _ in part] for part in grid]
                rows = grid_tables.merged_header([row for part in grid if part for row in _grid_rows(part)])
            if len(rows) >= 2:
                tables.extend(with_header(Table(rows, "pipe")))
            continue
        if is_csv_row(line) and i + 1 < n and _csv_header(line, lines[i + 1][2]):
            rows = []
            width = len(csv_fields(line.strip()))
            while i < n and is_csv_row(lines[i][2], within=bool(rows)) and len(csv_fields(lines[i][2].strip())) == width:
                rows.append(csv_row(text, lines[i][0], lines[i][1]))
                i += 1
            if len(rows) >= 2:
                tables.extend(with_header(Table(rows, "columns")))
            continue
        if is_tsv_row(line) or is_spaced_row(line):
            split = tsv_row if is_tsv_row(line) else spaced_row
            same = is_tsv_row if is_tsv_row(line) else is_spaced_row
            rows = []
            while i < n and (same(lines[i][2]) or rows and i + 1 < n and same(lines[i + 1][2])
                             and (wrapped_tail(lines[i][2], lines[i - 1][2])
                                  or _group_heading(text, lines, i, split, len(rows[0].cells))
                                  or PAGE_FOOTER.fullmatch(lines[i][2]) is not None)
                             or split is spaced_row and rows and _wrapped_run(lines, i, same)):
                if same(lines[i][2]):  # (a note's words wrapped onto a line of their own are no row)
                    rows.append(split(text, lines[i][0], lines[i][1]))
                i += 1
            if len(rows) >= 2:
                found = with_header(Table(rows, "columns"))
                tables.extend(found if split is tsv_row else [aligned_columns(tb, text) for tb in found])
            continue
        if tabbed[i]:
            rows, i = _tab_rows(text, lines, tabbed, i)
            if len(rows) >= 2:
                tables.extend(with_header(Table(rows, "tab")))
            continue
        i += 1
    return tables


_GROUP_HEADING = re.compile(r"^\s*(?:年度目标|目标|[一二三四五六七八九十\d]+[、.．])[^\t]{0,36}$")


def _wrapped_run(lines: list[tuple[int, int, str]], i: int, same: Callable[[str], bool]) -> bool:
    """Up to three lines of a space-aligned row's wrapped cells, and a row after them: the table goes on."""
    k = i
    while k < len(lines) and k - i < 3 and wrapped_line(lines[k][2]):
        k += 1
    return k > i and k < len(lines) and same(lines[k][2])


def _group_heading(text: str, lines: list[tuple[int, int, str]], i: int, split: Callable[[str, int, int], Row],
                   width: int) -> bool:
    """A line of its own between the rows of a table, naming the group of rows under it ("年度目标1：开展老年人智能
    技术运用培训（分值35）"), the next row as wide as the header: the table goes on past it."""
    if not _GROUP_HEADING.match(lines[i][2]):
        return False
    s, e, _ = lines[i + 1]
    return abs(len(split(text, s, e).cells) - width) <= 1  # (a row's empty last cell may be dropped)


def _tab_rows(text: str, lines: list[tuple[int, int, str]], tabbed: list[bool], i: int) -> tuple[list[Row], int]:
    """A table written one cell a line, each cell opening with a tab, its rows apart by blank lines; and the index of
    the line after it."""
    rows: list[Row] = []
    current: list[Cell] = []
    row_start, n = lines[i][0], len(lines)
    while i < n:
        s, e, ln = lines[i]
        if tabbed[i]:
            if not current:
                row_start = s
            current.append(_tab_cell(text, s, e))
            i += 1
        elif not ln.strip() and (i + 1 < n and (tabbed[i + 1] or not lines[i + 1][2].strip())):
            if current:
                rows.append(Row(current, (row_start, current[-1].span[1])))
                current = []
            i += 1
        else:
            break
    if current:
        rows.append(Row(current, (row_start, current[-1].span[1])))
    return [r for r in rows if any(c.text for c in r.cells)], i


# -- columns pasted from Word or Excel: tab-separated, or aligned with runs of spaces -------------------



# a grid's rule: "+----+----+" (pandoc), or drawn with box characters, whole ("├────┼────┤") or under the rows a merged
# cell spans on ("│          ├────┼────┤")
_GRID_RULE = re.compile(r"^\s*(?:\+(?:[-=:]+\+)+|(?=[^\n]*[─━═])[─━═┌┬┐├┼┤└┴┘╞╪╡╘╧╛╒╤╕┏┳┓┣╋┫┗┻┛│┃ ]+)\s*$")


def _grid_rows(lines: list[Row]) -> list[Row]:
    """The rows of the lines between two rules: one row wrapped over its lines, or, where a line after the first is
    a row of its own (a box table ruled only under its header and above its 合计), each such line opens a row."""
    starts = [i for i, ln in enumerate(lines) if i == 0 or _whole_row(ln)]
    return [_grid_row(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]


def _whole_row(line: Row) -> bool:
    """A line that fills half its cells or more, two of them with figures ("│产出│数量│配置文物囊匣│≥1200个│1236个│10│10│"):
    a wrapped cell's next line holds a few words, at most one figure ("│  │  │（件）│  │  │  │  │2025年完成│")."""
    filled = [c for c in line.cells if c.text]
    return 2 * len(filled) >= len(line.cells) and sum(1 for c in filled if _DIGIT.search(c.text)) >= 2


def _grid_row(lines: list[Row]) -> Row:
    """One row of a grid table from the lines it wraps over: a cell that holds a figure on its first line keeps it;
    a cell of words is the words of all its lines run together (its span is its first line's)."""
    first = lines[0]
    cells = []
    for j, c in enumerate(first.cells):
        more = [ln.cells[j].text for ln in lines[1:] if j < len(ln.cells) and ln.cells[j].text]
        if not more or NUMERIC.match(c.text or "x") or (c.text and _DIGIT.search(c.text)):
            cells.append(c)
        else:
            cells.append(Cell(c.text + "".join(more), c.span))
    return Row(cells, (first.span[0], lines[-1].span[1]))


_DIGIT = re.compile(r"\d")


def _is_pipe_row(line: str) -> bool:
    return ("｜" in line or "|" in line or "│" in line or "┃" in line) and len(line.strip()) > 2 \
        and not _MD_RULE.match(line) and not _GRID_RULE.match(line)


def _is_tab_line(line: str) -> bool:
    return line.lstrip(" \u3000").startswith("\t")


def _pipe_row(text: str, s: int, e: int, edged: bool = True) -> Row:
    cells: list[Cell] = []
    pos = s
    line = text[s:e]
    parts = _PIPE.split(line)
    # Markdown style "| a | b |": drop the empty edges (in a table whose rows start with a bar)
    if edged and len(parts) > 2 and not parts[0].strip() and not parts[-1].strip() and line.strip()[0] in "|｜│┃":
        pos += len(parts[0]) + 1
        parts = parts[1:-1]
    for part in parts:
        cs, ce = strip_span(text, pos, pos + len(part))
        cells.append(Cell(text[cs:ce], (cs, ce)))
        pos += len(part) + 1
    return Row(cells, (s, e))


def _tab_cell(text: str, s: int, e: int) -> Cell:
    cs, ce = strip_span(text, s, e)
    return Cell(text[cs:ce], (cs, ce))


# -- the 自评表's funds block run into running text (a PDF or web page copy) ---------------------------


def _csv_header(line: str, following: str) -> bool:
    """A CSV block starts where the next line has as many commas (a header over its rows, or two rows)."""
    return is_csv_row(following, within=True) and len(csv_fields(following.strip())) == len(csv_fields(line.strip()))
