"""Tables as they arrive when pasted from Word, Excel or a PDF: tab-separated rows, columns aligned with runs of
spaces (read only where the alignment is certain), and the 自评表's funds block run into running text."""

from __future__ import annotations

import re
import unicodedata

from chains.text.page_breaks import BARE_PAGE, PAGE_FOOTER
from chains.text.table_model import (
    NUMERIC,
    TOTAL_LABEL,
    Cell,
    Row,
    Table,
    column_role,
    header_roles,
    strip_span,
)

_TSV_SPLIT = re.compile(r"\t+")


_SPACED_SPLIT = re.compile(r"(?:[ \u3000]{2,}|\u3000)")


def is_tsv_row(line: str) -> bool:
    body = line.strip(" \u3000")
    return "\t" in body.strip("\t") and len([c for c in _TSV_SPLIT.split(body) if c.strip()]) >= 2


def is_spaced_row(line: str) -> bool:
    body = line.strip(" \u3000\t")
    if "  " not in body and "\u3000" not in body:
        return False  # no run of spaces, no column: most lines of a report (checked first, it is the cheapest)
    if "\t" in body or "｜" in body or "|" in body or len(body) > 300:
        return False
    cells = [c.strip() for c in _SPACED_SPLIT.split(body) if c.strip()]
    if len(cells) < 3:
        return False
    return any(NUMERIC.match(c) for c in cells) or sum(column_role(c) is not None for c in cells) >= 2


def wrapped_tail(line: str, previous: str) -> bool:
    """"                                     周期长": the last words of a row's note, wrapped onto a line of their own far to
    the right (under the note's column), in a table aligned with spaces."""
    body = line.strip()
    lead = len(line) - len(line.lstrip(" \u3000"))
    return 0 < len(body) <= 16 and lead >= 20 and 2 * lead >= len(previous.rstrip()) and not _ANY_DIGIT.search(body)


_ANY_DIGIT = re.compile(r"\d")


def wrapped_line(line: str) -> bool:
    """"                    数" / "          具                 少，下年调整测": the rest of a row's cells wrapped onto a
    line of their own in a table aligned with spaces — indented, a few short words, no figure."""
    body = line.strip(" \u3000")
    lead = len(line) - len(line.lstrip(" \u3000"))
    cells = [c for c in _SPACED_SPLIT.split(body) if c.strip()]
    return lead >= 8 and 0 < len(cells) <= 3 and all(len(c) <= 16 for c in cells) and not _ANY_DIGIT.search(body)


def is_csv_row(line: str, within: bool = False) -> bool:
    """"项目,全年预算,实际支出,执行率(%)" / "合计,2306.50,2958.45,100.00": an Excel sheet saved as CSV — three cells or
    more, short, no sentence punctuation, one of them a number (a figure with separators quoted: "2,860.00"). A row
    ``within`` a sheet already begun may have sentence punctuation in a cell ("…降雨影响，推迟15天")."""
    body = line.strip()
    if "," not in body or any(ch in body for ch in ("\t｜|" if within else "，。；、\t｜|")) or len(body) > 300:
        return False
    cells = [body[a:b].strip() for a, b in csv_fields(body)]
    return len(cells) >= 3 and all(len(c) <= 40 for c in cells) and (
        any(NUMERIC.match(c) for c in cells if c) or sum(column_role(c) is not None for c in cells) >= 2)


_CSV_FIELD = re.compile(r'[ \t]*"((?:[^"\n]|"")*)"[ \t]*(?=,|$)|([^,\n]*)')


def csv_fields(line: str) -> list[tuple[int, int]]:
    """Where each field of a CSV line stands in it, a quoted field without its quotes ('"2,860.00"' → 2,860.00)."""
    out, pos = [], 0
    while True:
        m = _CSV_FIELD.match(line, pos)
        assert m is not None  # (the second branch matches anywhere, if only the empty string)
        out.append(m.span(1) if m.group(1) is not None else m.span(2))
        pos = m.end()
        if pos >= len(line) or line[pos] != ",":
            return out
        pos += 1


def csv_row(text: str, s: int, e: int) -> Row:
    """Cells separated by commas; an empty cell keeps its column's place."""
    cells = [Cell(text[a:b], (a, b)) for x, y in csv_fields(text[s:e]) for a, b in [strip_span(text, s + x, s + y)]]
    while cells and not cells[-1].text:
        cells.pop()
    return Row(cells, (s, e))


def _split_row(text: str, s: int, e: int, splitter: re.Pattern[str]) -> Row:
    cells: list[Cell] = []
    pos = s
    for m in splitter.finditer(text, s, e):
        cs, ce = strip_span(text, pos, m.start())
        if ce > cs:
            cells.append(Cell(text[cs:ce], (cs, ce)))
        pos = m.end()
    cs, ce = strip_span(text, pos, e)
    if ce > cs:
        cells.append(Cell(text[cs:ce], (cs, ce)))
    return Row(cells, (s, e))


def tsv_row(text: str, s: int, e: int) -> Row:
    """Cells separated by tabs; an empty cell between two tabs is kept (it holds a column's place)."""
    line = text[s:e]
    lead = len(line) - len(line.lstrip(" \u3000"))  # a leading tab is an empty first cell (a merged 一级指标)
    return _separated_row(text, s, e, "\t", lead)


def _separated_row(text: str, s: int, e: int, sep: str, lead: int) -> Row:
    """The cells between the separators of a line (after ``lead`` characters), empty ones kept but for the last."""
    cells: list[Cell] = []
    pos = s + lead
    for part in text[s + lead : e].split(sep):
        cs, ce = strip_span(text, pos, pos + len(part))
        cells.append(Cell(text[cs:ce], (cs, ce)))
        pos += len(part) + 1
    while cells and not cells[-1].text:
        cells.pop()
    return Row(cells, (s, e))


def aligned_columns(table: Table, text: str = "") -> Table:
    """Space-aligned columns lose their empty cells, so every later cell of such a row shifts: rows with as many
    cells as the header are read; a shorter row is read only when each of its cells stands, on screen, under one
    header cell of its own ("合计 … 100 99.44" under 分值 and 得分), and is marked ``inferred``; any other row is
    left out, never guessed."""
    header = table.header
    if header is None:
        return table
    # a header whose merged label cell stood on a line of its own names the columns one to its right
    width = max(len(header.cells), max(table.roles, default=-1) + 1)
    # only the merged 一级/二级 cells at the left of an indicator row may come out blank
    leading = 0
    while table.roles.get(leading) in ("level1", "level2"):
        leading += 1
    keep = []
    paired = bool(text) and _two_spaced(text, [r for r in table.rows if len(r.cells) == width])
    for k, r in enumerate(table.rows):
        missing = width - len(r.cells)
        if k == table.header_index or missing == 0:
            keep.append(r)
        elif paired and missing > 0 and (placed := _four_spaced(text, r, missing)) is not None:
            keep.append(placed)
        elif 0 < missing <= leading + 1 and _no_note(table, width, r) and r.cells and not NUMERIC.match(r.cells[0].text) \
                and (missing == 1 or not text or text[r.span[0] : r.span[0] + 1] in (" ", "\u3000", "\t")):
            # "   生态效益指标   森林火灾受害率   ≤0.9‰   0   10   10   ": the merged level cells blank at the left, the
            # note blank at the right (the row ends in its score)
            blank = Cell("", (r.span[0], r.span[0]))
            keep.append(Row([blank] * (missing - 1) + r.cells + [Cell("", (r.span[1], r.span[1]))], r.span))
        elif (0 < missing <= leading and r.cells and not NUMERIC.match(r.cells[0].text)
              and (not text or text[r.span[0] : r.span[0] + 1] in (" ", "\u3000", "\t"))):
            pad = [Cell("", (r.span[0], r.span[0])) for _ in range(missing)]
            placed = _by_position(text, header, r, width) if text else None
            if placed is not None and any(p is not c for p, c in zip(placed.cells[missing:], r.cells, strict=False)):
                # on screen a blank is elsewhere too ("…利用系数 ≥0.75 0.78 5 5" and no 偏差原因): certain when the blanks
                # are the merged cells at the left and the cells of words at the right
                filled = [i for i, c in enumerate(placed.cells) if any(c is x for x in r.cells)]
                edges = all(i < leading or i > filled[-1] for i, c in enumerate(placed.cells) if i not in filled)
                keep.append(Row(placed.cells, r.span) if edges and not r.inferred else placed)
            else:
                keep.append(Row(pad + r.cells, r.span))  # the line opens with the blanks of the merged cells
        elif 0 < missing <= leading and r.cells and _fits_right(table, width, r):
            # "年客运量    ≥36000万人次    37125.45万人次    103.13%    8    8": a PDF copy drops the blanks the merged
            # level cells left at the left; placed from the right, every cell fits its column
            keep.append(Row([Cell("", (r.span[0], r.span[0])) for _ in range(missing)] + r.cells, r.span))
        elif missing == 1 and header.cells[0].text.strip() == "序号" and r.cells and TOTAL_LABEL.match(r.cells[0].text):
            # "合计  296.20  308.20 …" under "序号  项目名称  年初预算数 …": the total has no number of its own
            keep.append(Row([Cell("", (r.span[0], r.span[0])), *r.cells], r.span))
        elif missing > 0 and (placed := _total_by_sums(table, keep, r, width)) is not None:
            keep.append(placed)
        elif missing > 0 and text and (placed := _by_position(text, header, r, width)) is not None:
            tail = all(c is p for c, p in zip(r.cells, placed.cells, strict=False))
            # every cell under its own header in order with the blanks all at the end (an empty 偏差原因), or every
            # cell starting exactly where its header starts ("合计 … 100 95" under 分值 and 自评分): certain
            sure = (tail or _flush(text, header, placed)) and not r.inferred
            keep.append(Row(placed.cells, r.span) if sure else placed)
    index = keep.index(header)
    return Table(keep, table.kind, header_index=index, roles=table.roles)


def _two_spaced(text: str, rows: list[Row]) -> bool:
    """Whether every full row parts its cells by exactly two spaces (typed, not aligned on screen)."""
    gaps = [text[a.span[1] : b.span[0]] for r in rows for a, b in zip(r.cells, r.cells[1:], strict=False)]
    return len(rows) >= 2 and bool(gaps) and all(g == "  " for g in gaps)


def _four_spaced(text: str, row: Row, missing: int) -> Row | None:
    """"合计    620.00  596.30" in a table parted by two spaces: each run of four is two partings around an empty cell."""
    cells: list[Cell] = [row.cells[0]] if row.cells else []
    for a, b in zip(row.cells, row.cells[1:], strict=False):
        gap = text[a.span[1] : b.span[0]]
        if gap not in ("  ", "    "):
            return None
        if gap == "    ":
            cells.append(Cell("", (a.span[1] + 2, a.span[1] + 2)))
        cells.append(b)
    return Row(cells, row.span) if len(cells) == len(row.cells) + missing else None


def _total_by_sums(table: Table, rows: list[Row], row: Row, width: int) -> Row | None:
    """"合计  100  98.36" under a table whose columns two spaces part, not aligned: the label and two figures, the first
    the sum of the rows' weights: they are the weight and the score (what else is the 100 the weights add up to)."""
    weight = next((i for i, r in table.roles.items() if r == "weight"), None)
    score = next((i for i, r in table.roles.items() if r == "score"), None)
    if weight is None or score is None or len(row.cells) != 3 or not row.is_total() or score >= width:
        return None
    a, b = row.cells[1].value(), row.cells[2].value()
    weights = [x.value for x in (r.cells[weight].value() if weight < len(r.cells) else None for r in rows[1:]) if x]
    if a is None or b is None or not weights or sum(weights) != a.value or b.value > a.value:
        return None
    cells = [row.cells[0]] + [Cell("", (row.span[1], row.span[1])) for _ in range(width - 1)]
    cells[weight], cells[score] = row.cells[1], row.cells[2]
    return Row(cells, row.span)  # (certain: the weights' sum places it)


def _fits_right(table: Table, width: int, row: Row) -> bool:
    """Whether the row, its cells placed from the right, puts a name (no figure) under the name, plain figures under the
    weight and the score, and a rate under the completion rate (the table has all four, and no note column)."""
    start = width - len(row.cells)
    roles = [table.roles.get(j) for j in range(start, width)]
    if not {"name", "weight", "score"} <= set(roles) or "deviation_note" in table.roles.values():
        return False
    for role, cell in zip(roles, row.cells, strict=True):
        t = cell.text.strip()
        if role in ("weight", "score") and not _SCORE_CELL.fullmatch(t) or role == "name" and (not t or NUMERIC.match(t)) \
                or role == "completion_rate" and not _RATE_CELL.fullmatch(t) or role in ("level1", "level2") and re.search(r"\d", t):
            return False
    return True


_RATE_CELL = re.compile(r"\d{1,4}(?:\.\d+)?[%％]|[—－/\-–]+")


def _no_note(table: Table, width: int, row: Row) -> bool:
    """Whether the row ends in a bare figure under a header whose last column is the note (偏差原因): the note is blank."""
    return table.roles.get(width - 1) == "deviation_note" and table.roles.get(width - 2) == "score" \
        and bool(_SCORE_CELL.match(row.cells[-1].text if row.cells else ""))


_SCORE_CELL = re.compile(r"\d{1,3}(?:\.\d{1,2})?$")


def _display(text: str, start: int, pos: int) -> int:
    """Screen columns from ``start`` to ``pos`` (a CJK character takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text[start:pos])


def _flush(text: str, header: Row, row: Row) -> bool:
    """Whether each filled cell of a placed row starts on screen exactly where its header cell starts."""
    h0, r0 = text.rfind("\n", 0, header.span[0]) + 1, text.rfind("\n", 0, row.span[0]) + 1
    return all(_display(text, r0, c.span[0]) == _display(text, h0, h.span[0])
               for c, h in zip(row.cells, header.cells, strict=False) if c.text)


def _by_position(text: str, header: Row, row: Row, width: int) -> Row | None:
    """The row's cells set under the header cells they stand under on screen, or None when any cell stands under
    no header cell, under two, or under one another cell took (the last cell is placed by where it starts)."""
    if len(header.cells) != width:
        return None
    h0, r0 = text.rfind("\n", 0, header.span[0]) + 1, text.rfind("\n", 0, row.span[0]) + 1
    cols = [(_display(text, h0, c.span[0]), _display(text, h0, c.span[1])) for c in header.cells]
    bounds = [(a if i else 0, cols[i + 1][0] if i + 1 < len(cols) else 10**6) for i, (a, _) in enumerate(cols)]
    out: list[Cell | None] = [None] * width
    for k, c in enumerate(row.cells):
        a, b = _display(text, r0, c.span[0]), _display(text, r0, c.span[1])
        if k == len(row.cells) - 1 and k:
            b = a + 1  # the last cell of words may run on past its column's right edge (a long 原因)
        near = [i for i, (lo, _) in enumerate(cols) if 0 < lo - a <= 2]
        # a cell edited one or two characters shorter starts just left of its column
        under = near or [i for i, (lo, hi) in enumerate(bounds) if a < hi and lo < b]
        if len(under) != 1 or out[under[0]] is not None:
            return None
        out[under[0]] = c
    cells = [c if c is not None else Cell("", (row.span[0], row.span[0])) for c in out]
    return Row(cells, row.span, inferred=True)


def spaced_row(text: str, s: int, e: int) -> Row:
    row = _split_row(text, s, e, _SPACED_SPLIT)
    c = row.cells
    if len(c) >= 3 and all(len(x.text) == 1 and "\u4e00" <= x.text <= "\u9fff" for x in c[:2]):
        # "合  计      648.00 …": a label spread over its cell, one character each side, is one cell
        return Row([Cell(text[c[0].span[0] : c[1].span[1]], (c[0].span[0], c[1].span[1])), *c[2:]], row.span)
    return row


_FLAT_HEADER_WORD = re.compile(
    r"(?:年初预算数?|调整后预算数|全年预算数|全年执行数|预算执行数|预算执行率|执行率|分值|权重|得分|偏差原因|原因)"
    r"(?:\s*[（(][A-Za-z/×*%\s]{1,9}[)）])?"
)
_CELL_GAP = r"[\s|｜]*"  # blanks, line breaks and the bars of a table written one cell per line
_FLAT_HEADER = re.compile(rf"(?=[年调全预执分权得偏原])(?:{_FLAT_HEADER_WORD.pattern}{_CELL_GAP}){{2,}}")
_FLAT_LABEL = re.compile(
    r"(?:[（(]万元[)）][\s|｜]*)?"
    r"(?P<label>(?:年度)?(?:资金)?总额|(?:其中[:：]?[ \t\u3000]*)?(?:本年|当年)?[ \t\u3000]*财政[ \t\u3000]*拨款|"
    r"(?:其中[:：]?[ \t\u3000]*)?(?:中央|自治区|省级?|盟市|市级?|州|旗县|县级?|区级?)(?:财政)?(?:补助)?资金|"
    r"(?:其中[:：]?[ \t\u3000]*)?(?:中央财政补助|上年结转资金|地方资金|财政资金|财政专户管理资金|单位资金)|其他资金(?:[ \t\u3000]*[（(][^（）()\n]{0,20}[)）])?)[:：]?"
)


_FLAT_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?:[ \t\u3000]?(?:万元|元|%|％))?(?![\d.])")


_FLAT_DASH = re.compile(r"(?:—+|－|/|／)(?=[\s|｜]|$)")


#: a cell of words between two rows of a funds block: a note, 30 characters and more, up to its cell's end
_NOTE_CELL = re.compile(r"[^|｜\n]{30,400}(?=[ \t]*[|｜]?[ \t]*\n)")
_EMPTY_CELL_LINE = re.compile(r"\n[ \t]*[|｜][ \t]*(?=\n)")
_RUN_ON = re.compile(r"(?:万元|元)?\d")


_FLAT_GAP = re.compile(_CELL_GAP)


_GLUED = re.compile(r"(?:万元|元)?(?P<digits>[\d.]+)(?P<pct>[%％])?")


def _glued(text: str, pos: int, need: int) -> list[Cell] | None:
    """"50万元47.6895.00%" after the 50: the cells a copy ran together, split where every number has the same
    decimals ("47.68" | "95.00%"); None unless exactly one split fills the ``need`` columns left."""
    m = _GLUED.match(text, pos)
    if m is None or need < 2:
        return None
    digits, at = m.group("digits"), m.start("digits")
    splits = []
    for d in (1, 2, 3, 4):
        cut = re.findall(rf"(?:0|[1-9]\d*)\.\d{{{d}}}", digits)
        if "".join(cut) == digits and len(cut) == need:
            splits.append(cut)
    if len(splits) != 1:
        return None
    cells, start = [], at
    for k, piece in enumerate(splits[0]):
        end = start + len(piece) + (1 if k == need - 1 and m.group("pct") else 0)
        cells.append(Cell(text[start:end], (start, end)))
        start += len(piece)
    return cells


def flat_funds_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    """"项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90
    89.974 89.974 上年结转资金 其他资金": the header words, then rows of a label and numbers separated by blanks.

    A row is read only when its numbers fill the columns from the left (all of them, or the amount columns a
    source row has); numbers run together ("47.6895.00%") or a row of another width stop the block."""
    out = []
    for h in _FLAT_HEADER.finditer(text):
        if any(a < h.end() and h.start() < b for a, b in taken):
            continue
        table = _flat_table(text, h)
        if table is not None:
            out.append(table)
    return out


def _flat_table(text: str, h: re.Match[str]) -> Table | None:
    header = [Cell("", (h.start(), h.start()))] + [Cell(w.group(0), w.span()) for w in _FLAT_HEADER_WORD.finditer(h.group(0))]
    header = [header[0]] + [Cell(c.text, (c.span[0] + h.start(), c.span[1] + h.start())) for c in header[1:]]
    width = sum(1 for c in header[1:] if column_role(c.text) != "deviation_note" and "原因" not in c.text)  # words
    amounts = sum(1 for c in header[1:] if column_role(c.text) in ("initial_budget", "annual_budget", "spent"))
    rows = [Row(header, (h.start(), h.end()))]
    pos = h.end()
    while True:
        pos = _FLAT_GAP.match(text, pos).end()  # type: ignore[union-attr]
        label = _FLAT_LABEL.match(text, pos)
        if label is None and len(rows) > 1 and (note := _NOTE_CELL.match(text, pos)):
            after = _FLAT_GAP.match(text, note.end()).end()  # type: ignore[union-attr]
            if _FLAT_LABEL.match(text, after):  # a note the table carries between its rows ("1.预算执行率=…")
                pos, label = after, _FLAT_LABEL.match(text, after)
        if label is None and len(rows) > 1:
            break
        cells = [Cell(label.group("label"), label.span("label")) if label else Cell("", (pos, pos))]
        pos = label.end() if label else pos
        numbers = []
        while (gap := _FLAT_GAP.match(text, pos)) and not _footer_after(text, gap) and (
            (num := _FLAT_NUMBER.match(text, gap.end())) or (num := _FLAT_DASH.match(text, gap.end()))
        ):
            numbers.append(Cell(num.group(0) if num.re is _FLAT_NUMBER else "", num.span()))
            pos = num.end()
        if not label and not numbers:
            break
        if _RUN_ON.match(text, pos):
            glued = _glued(text, pos, width - len(numbers))
            if glued is None:
                return None  # cells run together and no single way to tell the columns apart
            numbers += glued
            pos = glued[-1].span[1]
        if numbers and len(numbers) < width:  # "10 |\n|\n": empty cells written one per line close the row
            gap_text = text[pos : _FLAT_GAP.match(text, pos).end()]  # type: ignore[union-attr]
            blanks = len(_EMPTY_CELL_LINE.findall(gap_text))
            if len(numbers) + blanks >= width:
                numbers += [Cell("", (pos, pos)) for _ in range(width - len(numbers))]
        while numbers and not numbers[-1].text and len(numbers) != width:
            numbers.pop()  # trailing dashes of a source row ("4000 4000 4000 —"): its unused columns
        if len(numbers) not in (0, width) and not 0 < len(numbers) <= amounts:
            break  # a row of another width: the columns are not known
        cells += numbers + [Cell("", (pos, pos)) for _ in range(width - len(numbers))]
        rows.append(Row(cells, (cells[0].span[0], pos)))
    if len(rows) < 2 or not any(c.text for r in rows[1:] for c in r.cells[1:]):
        return None
    roles = header_roles(rows[0])
    return Table(rows, "flat", header_index=0, roles=roles or {})


def _footer_after(text: str, gap: re.Match[str]) -> bool:
    """Whether the gap ends a line and the next is a page's footer ("— 3 —"): no cells of the row there."""
    if "\n" not in gap.group(0):
        return False
    start = text.rfind("\n", 0, gap.end()) + 1
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end]
    return PAGE_FOOTER.fullmatch(line) is not None or BARE_PAGE.match(line) is not None
