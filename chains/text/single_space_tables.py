"""Tables whose cells a PDF copy parted by single spaces, every row as wide as its header:

    序号 项目名称 全年预算数(万元) 全年执行数(万元) 执行率 自评得分
    1 会员服务及商会建设经费 24.00 23.10 96.25% 95
    2 非公经济人士培训经费 18.50 17.35 93.78% 93
    合计 72.70 68.95 94.84% —

A header of short cells, the first naming the rows (序号, 名称, 资金来源…), two or more of them naming a column role (预算, 执行率, 得分…), then rows with exactly as
many space-parted cells (two or more of them figures); a 合计 row one cell short under a 序号 column fills the 序号 and
name cells with its label. Fail closed: the first line of another width ends the table, a table of fewer than two
rows is none, and a cell that holds a space (a name written "光彩 事业") would change a row's width and end it.
Pure; tables read by another reader are left alone (``taken``)."""

from __future__ import annotations

import re

from chains.text.table_model import Cell, Row, Table, column_role, text_lines, with_header

__all__ = ["single_space_tables"]

_TOKEN = re.compile(r"[^ \t\u3000]+")
_FIGURE = re.compile(r"^[-—]?\d[\d,]*(?:\.\d+)?[%％]?$")
_TOTAL = re.compile(r"^(?:合计|总计|小计)$")
_MAX_CELL = 24
_UNITS_LINE = re.compile(r"[（(][^）)\s]{1,6}[)）](?:\s+[（(][^）)\s]{1,6}[)）])*")


def single_space_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    if "序号 " not in text and "名称 " not in text and "项目资金 " not in text and "来源 " not in text:
        return []  # (a quick test: such a header opens with the rows' number or name, a funds block's 项目资金 or 资金来源)
    lines = text_lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        s, e, line = lines[i]
        header = _header(text, s, e, line)
        if header is None or any(a < e and s < b for a, b in taken):
            i += 1
            continue
        rows, j = [header], i + 1
        if j < len(lines) and _UNITS_LINE.fullmatch(lines[j][2].strip()):
            j += 1  # "（万元） （A） （B） （B/A）" under the MOF funds block's header: its units and letters
        while j < len(lines):
            row = _row(text, *lines[j], width=len(header.cells), numbered=header.cells[0].text == "序号")
            if row is None:
                break
            rows.append(row)
            j += 1
        if len(rows) >= 3:
            tables.extend(with_header(Table(rows, "columns")))
        i = j
    return tables


def _cells(text: str, s: int, e: int) -> list[Cell]:
    return [Cell(m.group(0), m.span()) for m in _TOKEN.finditer(text, s, e)]


def _header(text: str, s: int, e: int, line: str) -> Row | None:
    if "  " in line.strip() or "\t" in line:
        return None  # (runs of spaces or tabs: the pasted-columns readers')
    cells = _cells(text, s, e)
    if len(cells) < 4 or any(len(c.text) > _MAX_CELL or _FIGURE.match(c.text) for c in cells):
        return None
    if cells[0].text not in ("序号", "项目名称", "名称", "项目", "项目资金", "资金来源", "来源"):
        return None
    named = sum(1 for c in cells if column_role(c.text) is not None)
    return Row(cells, (s, e)) if named >= 2 else None


def _row(text: str, s: int, e: int, line: str, width: int, numbered: bool) -> Row | None:
    if "\t" in line or not line.strip():
        return None
    cells = _cells(text, s, e)
    if numbered and len(cells) == width - 1 and cells and _TOTAL.match(cells[0].text):
        cells = [Cell("", (cells[0].span[0], cells[0].span[0])), *cells]  # "合计 72.70 …": no 序号
    if len(cells) != width or sum(1 for c in cells if _FIGURE.match(c.text)) < 2:
        return None
    if numbered and not (cells[0].text.isdigit() or not cells[0].text):
        return None
    return Row(cells, (s, e))
