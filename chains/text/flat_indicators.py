"""A 自评表's indicator block flattened one cell per line, blank cells as empty lines and no mark between rows:

    一级指标
    二级指标
    三级指标
    年度指标值
    实际完成值
    分值
    得分
    偏差原因分析及改进措施
    产出指标
    数量指标
    农村危房改造户数
    ≥1704户
    1704户
    10
    10
    (an empty line: no note)
    (an empty line: the next row's 一级指标, merged above)
    …

The header's lines give the row width; the lines after it are read that many at a time. A group is a row only when
its 分值 and 得分 cells hold a number (or nothing) and its name cell holds a name; the first group that does not
ends the table, and a 总分/合计 row closes it. Read only with three such rows or more: the width is then certain."""

from __future__ import annotations

import re

from chains.text.table_model import (
    NUMERIC,
    TOTAL_LABEL,
    Cell,
    Row,
    Table,
    column_role,
    text_lines,
    with_header,
)

#: a header line: one column name on a line of its own
_HEADER_ROLES = frozenset({"level1", "level2", "name", "target", "actual", "weight", "score", "deviation_note",
                           "completion_rate"})


def flat_indicator_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    if "\n分值\n" not in text and "\n权重\n" not in text:
        return []  # no column name on a line of its own (the usual case: one search and done)
    lines = text_lines(text)
    out: list[Table] = []
    i = 0
    while i < len(lines):
        width = _header_width(lines, i)
        if width < 5:
            i += 1
            continue
        table = _read(lines, i, width)
        if table is not None and not any(a < table.span[1] and table.span[0] < b for a, b in taken):
            out.extend(with_header(table))
            i = _end_line(lines, table.span[1])
        else:
            i += width
    return out



def _header_width(lines: list[tuple[int, int, str]], i: int) -> int:
    """How many lines from ``i`` on are each one column name (分值 and 得分 among them)."""
    k, roles = 0, set()
    while i + k < len(lines) and (role := column_role(lines[i + k][2].strip())) in _HEADER_ROLES and role not in roles:
        roles.add(role)
        k += 1
    return k if {"weight", "score"} <= roles and ("name" in roles or "level1" in roles) else 0


def _read(lines: list[tuple[int, int, str]], i: int, width: int) -> Table | None:
    header = _row(lines[i : i + width])
    roles = [column_role(c.text) for c in header.cells]
    weight, score, name = roles.index("weight"), roles.index("score"), _name_index(roles)
    rows: list[Row] = []
    j = i + width
    while j + width <= len(lines) + 1:
        group = lines[j : j + width]
        if len(group) < width:
            group = group + [(lines[-1][1], lines[-1][1], "")] * (width - len(group))
        row = _row(group)
        cells = [c.text for c in row.cells]
        if cells[0] and TOTAL_LABEL.match(cells[0]) and _number_or_blank(cells[weight]) and _number_or_blank(cells[score]):
            rows.append(row)
            break
        if not (cells[name] and _number_or_blank(cells[weight]) and _number_or_blank(cells[score])
                and (cells[weight] or cells[score])) or any(TOTAL_LABEL.match(c) for c in cells[1:] if c):
            break
        rows.append(row)
        j += width
    if sum(1 for r in rows if not TOTAL_LABEL.match(r.cells[0].text)) < 3:
        return None
    return Table([header, *rows], "tab")


def _name_index(roles: list[str | None]) -> int:
    return roles.index("name") if "name" in roles else roles.index("level1")


def _row(group: list[tuple[int, int, str]]) -> Row:
    cells = []
    for s, _e, ln in group:
        lead = len(ln) - len(ln.lstrip())
        body = ln.strip()
        cells.append(Cell(body, (s + lead, s + lead + len(body))))
    return Row(cells, (group[0][0], group[-1][1]))


def _number_or_blank(cell: str) -> bool:
    return not cell or bool(NUMERIC.match(cell)) or bool(re.fullmatch(r"[—－/-]+", cell))


def _end_line(lines: list[tuple[int, int, str]], end: int) -> int:
    return next((k for k, (s, _, _) in enumerate(lines) if s > end), len(lines))
