"""Pandoc's simple tables, the way a .docx converted to plain text shows them: a header (over one line or more), a
rule of dashes under each column, the rows aligned to the dashes, and a blank line or a closing rule after them:

      序号  子项目名称              全年预算  实际支出  执行率
                                    （万元）  （万元）
      ----- ----------------------- --------- --------- -------
      1     东乡贡羊基础母羊补栏       620.00    612.00  98.71%
            合计                      1400.00   1367.51  97.68%
      ----- ----------------------- --------- --------- -------

The dashes give each column's place on screen (a Chinese character is two wide); every word of a line goes to the
column it stands under, so a blank cell stays blank and a header wrapped over two lines joins per column."""

from __future__ import annotations

import re
import unicodedata

from chains.text.table_model import Cell, Row, Table, with_header

_RULE = re.compile(r"^[ \t]*-{2,}(?:[ ]+-{2,})+[ \t]*$")
_WORD = re.compile(r"\S+")
_HEAD_LINES = 3  # a header wraps over three lines at most


def rule_lines(lines: list[tuple[int, int, str]]) -> set[int]:
    """The indexes of the lines that are a simple table's rule (two dashed columns or more)."""
    return {k for k, (_, _, ln) in enumerate(lines) if "--" in ln and _RULE.match(ln)}


def simple_table(text: str, lines: list[tuple[int, int, str]], i: int, rules: set[int]) -> tuple[list[Table], int] | None:
    """The simple table whose header starts at line ``i`` (its rule one to three lines below, no blank line
    between), and the index of the first line after it; None when no such table starts there."""
    rule = next((k for k in range(i + 1, i + 1 + _HEAD_LINES) if k in rules), None)
    if rule is None or not lines[i][2].strip() or any(not lines[k][2].strip() or k in rules for k in range(i, rule)):
        return None
    columns = _columns(lines[rule][2])
    head = [_cells(text, lines[k], columns) for k in range(i, rule)]
    header = Row([_joined(text, [h[j] for h in head]) for j in range(len(columns))], (lines[i][0], lines[rule - 1][1]))
    rows = [header]
    k = rule + 1
    while k < len(lines) and lines[k][2].strip() and k not in rules:
        rows.append(Row(_cells(text, lines[k], columns), (lines[k][0], lines[k][1])))
        k += 1
    if k in rules:
        k += 1  # the closing rule
    if len(rows) < 3:
        return None
    return with_header(Table(rows, "columns")), k


def _display(line: str) -> list[int]:
    """The screen column where each character of ``line`` starts, and where the line ends."""
    out, col = [], 0
    for ch in line:
        out.append(col)
        col += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    out.append(col)
    return out


def _columns(rule: str) -> list[tuple[int, int]]:
    at = _display(rule)
    return [(at[m.start()], at[m.end()]) for m in re.finditer(r"-+", rule)]


def _cells(text: str, line: tuple[int, int, str], columns: list[tuple[int, int]]) -> list[Cell]:
    """The line's cells: each word under the column it overlaps most (the nearest, past the last one)."""
    start, _, body = line
    at = _display(body)
    found: list[list[tuple[int, int]]] = [[] for _ in columns]
    for w in _WORD.finditer(body):
        a, b = at[w.start()], at[w.end()]
        j = max(range(len(columns)), key=lambda c: (min(b, columns[c][1]) - max(a, columns[c][0]), -abs(a - columns[c][0])))
        found[j].append((start + w.start(), start + w.end()))
    return [Cell(text[ws[0][0] : ws[-1][1]], (ws[0][0], ws[-1][1])) if ws else Cell("", (start, start)) for ws in found]


def _joined(text: str, cells: list[Cell]) -> Cell:
    """A header cell wrapped over lines: its words run together, its span the first line's."""
    said = [c for c in cells if c.text]
    return Cell("".join(c.text for c in said), said[0].span) if said else cells[0]
