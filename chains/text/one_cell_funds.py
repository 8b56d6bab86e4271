"""A funds table copied one cell a line, with no blank line between its rows (a PDF copied as text):

    项目 / 年初预算数 / 全年预算数 / 全年执行数 / 执行率
    合计 / 1286.40 / 1429.80 / 1382.98 / 96.73%
    一、基本支出 / 742.80 / 700.20 / 698.62 / 99.77%
    …
    5.防汛抗旱应急抢险 / 0.00 / 0.00 / 0.00 / —

The header is a label column's name, then three or more columns of amounts and rates (年初预算数, 全年预算数, 执行数, 到位数,
执行率 …); each row is as many lines: its label, then a figure (or "—") for each column. The first line that does not
read so ends the table (fail closed). Read with two rows or more."""

from __future__ import annotations

import re

from chains.text.run_on_tables import line_cell
from chains.text.table_model import Row, Table, column_role, text_lines, with_header

_LABEL_HEAD = re.compile(r"^(?:项目|项目名称|支出项目|资金来源|支出科目|科目)$")
_COLUMNS = frozenset({"initial_budget", "annual_budget", "spent", "received", "execution_rate", "received_rate"})
_FIGURE = re.compile(r"^(?:-?\d[\d,]*(?:\.\d+)?[%％]?|[—－/\-–]+)$")
_OTHER_COLUMN = re.compile(r"^(?:结余|结余资金|结转结余|未到位|未到位资金)(?:[（(]万元[)）])?$")
_QUICK = re.compile(r"\n[ \t\u3000]*(?:项目|项目名称|支出项目|资金来源|支出科目|科目)[ \t\u3000]*\n[ \t\u3000]*(?:年初预算|全年预算|预算数)")
_MAX_LABEL = 40

Line = tuple[int, int, str]


def one_cell_funds_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    if _QUICK.search(text) is None:
        return []  # no label column's name over a budget column a line apart (the usual case, one search)
    lines = text_lines(text)
    out: list[Table] = []
    i = 0
    while i < len(lines):
        found = _table(lines, i) if _LABEL_HEAD.match(lines[i][2].strip()) else None
        if found is None:
            i += 1
            continue
        table, i = found
        if not any(a < table.span[1] and table.span[0] < b for a, b in taken):
            out.extend(with_header(table))
    return out


def _table(lines: list[Line], i: int) -> tuple[Table, int] | None:
    roles: list[str] = []
    j = i + 1
    while j < len(lines) and ((role := column_role(lines[j][2].strip())) in _COLUMNS and role not in roles
                              or _OTHER_COLUMN.match(lines[j][2].strip())):
        roles.append(role or "")
        j += 1
    width = 1 + len(roles)
    if len([r for r in roles if r]) < 3:
        return None
    rows = [Row([line_cell(ln) for ln in lines[i:j]], (lines[i][0], lines[j - 1][1]))]
    while j + width <= len(lines):
        while j < len(lines) and not lines[j][2].strip() and j + 1 < len(lines) and lines[j + 1][2].strip():
            j += 1  # (a blank line between two rows: a web page's copy)
        block = lines[j : j + width]
        if len(block) < width:
            break
        label = block[0][2].strip()
        if not label or len(label) > _MAX_LABEL or _FIGURE.match(label) \
                or not all(_FIGURE.match(ln.strip()) for _, _, ln in block[1:]):
            break
        rows.append(Row([line_cell(ln) for ln in block], (block[0][0], block[-1][1])))
        j += width
    if len(rows) < 3:
        return None
    return Table(rows, "tab"), j
