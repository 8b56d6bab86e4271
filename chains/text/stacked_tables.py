"""A table copied out of a web page one cell per line, its rows apart by blank lines, the cells a merged cell covered
left out:

    支出内容
    预算数（万元）
    实际支出（万元）
    (a blank line)
    分类投放设施采购
    160.00
    142.38
    (a blank line)
    …
    一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施   (eight lines)
    (a blank line)
    产出指标 / 数量指标 / 分类覆盖小区数 / ≥150个 / 132个 / 10 / 8.8 / 6个无物业老旧小区暂未纳入   (eight lines)
    (a blank line)
    新建（改造）分类投放点 / ≥220个 / 176个 / 10 / 8 / 部分分类亭12月底到货   (six: 产出指标 and 数量指标 merged above)

The header's lines give the columns. A row of fewer lines fills either its last columns (the merged cells on its left
left out) or its first (an empty note left out): whichever puts a figure or nothing in every column of figures and a
name in the name column. A row that fits both ways, or neither, ends the table (fail closed). Read with two rows or
more."""

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

_FIGURES = frozenset({"weight", "score", "initial_budget", "annual_budget", "spent", "received", "execution_rate",
                      "received_rate", "completion_rate"})
_WORDS = frozenset({"name", "level1", "level2"})
_PLAIN_ROLES = frozenset({"weight", "score", "initial_budget", "annual_budget", "spent", "received"})
_PLAIN = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DASH = re.compile(r"[—－/\-–]+")
_QUICK = re.compile(r"\n[^\n\t]{1,24}\n[ \t\u3000]*\n[^\n\t]{1,80}\n[^\n\t]{1,80}\n")
_MAX_HEADER = 24  # characters of a column name
_MAX_CELL = 80  # a note may run to a sentence, a paragraph is no cell


def stacked_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    if _QUICK.search(text) is None:
        return []  # no short line, a blank line, then two short lines: no such table (the usual case, one search)
    lines = text_lines(text)
    blocks = _blocks(lines)
    out: list[Table] = []
    k = 0
    while k < len(blocks):
        found = _header(lines, blocks[k])
        if found is None:
            k += 1
            continue
        start, roles = found
        if any(a <= lines[start][0] < b for a, b in taken):
            k += 1
            continue
        header = _row(lines, (start, blocks[k][1]), 0, len(roles))
        rows, k = _rows(lines, blocks, k + 1, roles)
        if len(rows) >= 2:
            table = Table([header, *rows], "tab")
            if not any(a < table.span[1] and table.span[0] < b for a, b in taken):
                out.extend(with_header(table))
    return out


def _blocks(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Runs of non-blank lines: (first line, one past the last)."""
    out, start = [], None
    for i, (_, _, ln) in enumerate(lines):
        if ln.strip():
            if start is None:
                start = i
        elif start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(lines)))
    return out


def _header(lines: list[tuple[int, int, str]], block: tuple[int, int]) -> tuple[int, list[str | None]] | None:
    """(the header's first line, the columns' roles) when the last lines of ``block`` are each a column name (a
    first one may be unknown: "支出内容", "项目"), two or more known, one of them a column of figures; the lines
    before it are the sentence that introduces the table ("资金支出明细如下：")."""
    a, b = block
    roles: list[str | None] = []
    start = b
    if lines[b - 1][2].startswith("\t") or len(lines[b - 1][2]) > _MAX_HEADER + 4:
        return None  # a cell a line opening with a tab is the tab reader's (seed 003); a paragraph ends the block
    while start > a and len(roles) < 12 and len(line := lines[start - 1][2].strip()) <= _MAX_HEADER:
        role = column_role(line)  # read from the last line up: a paragraph's last line is long, and read no further
        if role is None or role in roles:
            if line == "绩效指标" and roles[:1] == ["level1"]:
                break  # the MOF form's merged cell over every indicator row, given once: a label, no column of the rows
            if line and not _PUNCTUATION.search(line) and not _DIGIT.search(line):
                roles.insert(0, None)  # the first column's own name ("支出内容")
                start -= 1
            break
        roles.insert(0, role)
        start -= 1
    if len(roles) < 3 or not _FIGURES & set(roles) or sum(1 for r in roles if r is not None) < 2:
        return None
    return start, roles


_DIGIT = re.compile(r"\d")
_PUNCTUATION = re.compile(r"[：:。，,；;、）)]\s*$")


def _rows(lines: list[tuple[int, int, str]], blocks: list[tuple[int, int]], k: int,
          roles: list[str | None]) -> tuple[list[Row], int]:
    rows: list[Row] = []
    width = len(roles)
    while k < len(blocks):
        a, b = blocks[k]
        size = b - a
        if size == 1 and k + 1 < len(blocks) and (total := _total_row(lines, (a, blocks[k + 1][1]), roles)) is not None:
            rows.append(total)  # "总分" and, after the blank lines of the cells between, "100 / 98.30"
            k += 2
            break
        if size > width or size < 2 or any(len(lines[i][2].strip()) > _MAX_CELL for i in range(a, b)):
            break
        cells = [lines[i][2].strip() for i in range(a, b)]
        fits = {o for o in {0, width - size} if _fits(cells, roles[o : o + size])}
        if len(fits) == 1:
            rows.append(_row(lines, blocks[k], fits.pop(), width))
        elif (total := _total_row(lines, blocks[k], roles)) is not None:
            rows.append(total)
        else:
            break
        k += 1
    return rows, k


def _total_row(lines: list[tuple[int, int, str]], block: tuple[int, int], roles: list[str | None]) -> Row | None:
    """"总分 / 100 / 89.68": a 合计 row gives its label and a figure for each column of figures, in their order (the
    cells between left out)."""
    a, b = block
    label, *figures = (lines[i] for i in range(a, b) if lines[i][2].strip())
    columns = [j for j, r in enumerate(roles) if r in _FIGURES]
    if not TOTAL_LABEL.match(label[2].strip()) or len(figures) != len(columns):
        return None
    if not all(NUMERIC.match(ln.strip()) for _, _, ln in figures):
        return None
    at, end = label[0], lines[b - 1][1]
    cells = [Cell("", (at, at)) for _ in roles]
    for j, (s, _e, ln) in zip([0, *columns], [label, *figures], strict=True):
        lead = len(ln) - len(ln.lstrip())
        cells[j] = Cell(ln.strip(), (s + lead, s + lead + len(ln.strip())))
    return Row(cells, (at, end))


def _fits(cells: list[str], roles: list[str | None], strict: bool = False) -> bool:
    """Every column of figures holds a figure or nothing, one of them a figure; the name columns hold words. ``strict``:
    a weight, score or amount is a plain number ("10", "9.72", "1,005.37"), not a rate or a bound."""
    figures = [c for c, r in zip(cells, roles, strict=True) if r in _FIGURES]
    if not figures or not all(not c or NUMERIC.match(c) or _DASH.fullmatch(c) for c in figures):
        return False
    if strict and not all(not c or _DASH.fullmatch(c) or _PLAIN.fullmatch(c) for c, r in zip(cells, roles, strict=True)
                          if r in _PLAIN_ROLES):
        return False
    if not any(c and NUMERIC.match(c) for c in figures):
        return False
    # (a figure with its unit, "262 次" or "≥240 次", is no name either)
    return all(not c or not NUMERIC.match(c) and not _FIGURE_FIRST.match(c) for c, r in zip(cells, roles, strict=True)
               if r in _WORDS)


_FIGURE_FIRST = re.compile(r"[≥≤＞＜>=<＝约]?\s*\d")


def _row(lines: list[tuple[int, int, str]], block: tuple[int, int], offset: int, width: int) -> Row:
    """The block's lines as cells from column ``offset`` on; the columns left out are empty cells."""
    a, b = block
    at = lines[a][0]
    cells = [Cell("", (at, at)) for _ in range(offset)]
    for s, _e, ln in lines[a:b]:
        lead = len(ln) - len(ln.lstrip())
        body = ln.strip()
        cells.append(Cell(body, (s + lead, s + lead + len(body))))
    end = lines[b - 1][1]
    cells += [Cell("", (end, end)) for _ in range(width - len(cells))]
    return Row(cells, (at, end))


def right_aligned(table: Table) -> Table:
    """A row of fewer cells than its header's (a web table's merged cells left out on the left: "补偿资金兑付嘎查村数｜≥210个
    ｜214个｜10｜10" under "绩效指标｜一级指标｜二级指标｜三级指标｜…｜分值｜得分｜偏差原因") ends at the header's last column,
    or, when its last cell is a figure (an empty note left out), at the last column of figures: so placed, it must put
    plain figures under the figures and a name under the name."""
    header = table.header
    if header is None:
        return table
    if table.header_index is not None and len(header.cells) >= 4 and not header.cells[1].text.strip() \
            and 1 not in table.roles and (data := table.data_rows()) \
            and all(len(r.cells) == len(header.cells) - 1 for r in data):
        # "项目资金（万元）｜ ｜年初预算数｜…" over "年度资金总额｜120.00｜…": a blank header cell (a merged label's second
        # half) no row has: the columns after it stand one to the left
        k = table.header_index
        left = Row([header.cells[0], *header.cells[2:]], header.span, header.inferred)
        moved = {j - 1 if j > 1 else j: r for j, r in table.roles.items()}
        table = Table([*table.rows[:k], left, *table.rows[k + 1 :]], table.kind, k, moved)
        header = left
    width = len(header.cells)
    roles: list[str | None] = [table.roles.get(j) for j in range(width)]
    figures = [j for j, r in enumerate(roles) if r in _FIGURES]
    if not figures:
        return table
    for k, row in enumerate(table.rows):
        size = len(row.cells)
        if k != table.header_index and row.is_total():
            table.rows[k] = _total_aligned(table, row)
            continue
        if k == table.header_index or not 2 <= size < width:
            continue
        cells = [c.text for c in row.cells]
        offset = ((figures[-1] if NUMERIC.match(cells[-1]) else width - 1) - size + 1) if cells[-1] else 0
        if offset > 0 and _fits(cells, roles[offset : offset + size], strict=True):
            at = row.span[0]
            table.rows[k] = Row([Cell("", (at, at)) for _ in range(offset)] + row.cells, row.span, row.inferred)
    return table


def _total_aligned(table: Table, row: Row) -> Row:
    """"总分⏎⏎⏎⏎⏎100⏎96.31" (or "合计｜100｜95.34｜等级：优") one cell short of the columns (its label merged over the cells before them): its two figures
    stand under the weight and the score when they fall just left of them with nothing but the label before them."""
    w, s = table.col("weight"), table.col("score")
    texts = [c.text for c in row.cells]
    figures = [j for j, t in enumerate(texts) if t and NUMERIC.match(t)]
    if w is None or s != w + 1 or len(figures) != 2 or figures[1] != figures[0] + 1 or not 0 < w - figures[0] <= 2:
        return row
    if any(texts[1 : figures[0]]) or any(t and (re.search(r"\d", t) or not re.search(r"[\u4e00-\u9fff]", t))
                                         for t in texts[figures[1] + 1 :]):
        return row  # (words after them may stay, "合计｜100｜95.34｜等级：优"; not "—｜—" holding the places of those columns)
    at = row.cells[0].span[1]
    return Row([row.cells[0], *(Cell("", (at, at)) for _ in range(w - figures[0])), *row.cells[1:]], row.span, row.inferred)
