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
from dataclasses import dataclass, field
from functools import lru_cache

from chains.text.numbers import Mention, extract_numbers

__all__ = ["Cell", "Row", "Table", "find_tables", "column_role"]

_PIPE = re.compile(r"[｜|]")
_MD_RULE = re.compile(r"^\s*[|｜]?\s*:?-{2,}:?\s*([|｜]\s*:?-{2,}:?\s*)*[|｜]?\s*$")

# header text → role; the first pattern that matches wins (specific before general)
_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(p))
    for role, p in (
        ("deviation_note", r"偏差|未完成原因|原因分析|改进措施"),
        ("completion_rate", r"完成率|完成比例|完成程度"),
        ("execution_rate", r"执行率|支出率|使用率"),
        ("received_rate", r"到位率"),
        ("weight", r"分值|权重|满分|标准分"),
        ("score", r"得分|自评分|评分|评价分"),
        ("actual", r"实际完成值|实际完成|完成值|业绩值|实际值|实际数|完成情况"),
        ("target", r"年度指标值|目标值|指标值|预期目标|计划值|年度目标|目标数"),
        ("initial_budget", r"年初预算"),
        ("annual_budget", r"全年预算|调整后预算|预算数|预算资金"),
        ("spent", r"执行数|全年执行|实际支出|支出数|支付数"),
        ("received", r"到位"),
        ("direction", r"指标性质|指标方向|方向"),
        ("measure_unit", r"度量单位|计量单位|^单位$"),
        ("level1", r"一级指标|评价内容|评价维度"),
        ("level2", r"二级指标"),
        ("name", r"三级指标|目标指标|指标名称|绩效指标|指标内容|项目名称|指标$"),
        ("line_no", r"^行次$"),
    )
)
_HEADER_ROLES = {"weight", "score", "target", "actual", "completion_rate", "execution_rate", "annual_budget",
                 "spent", "initial_budget", "received_rate", "level1", "level2", "name", "deviation_note",
                 "direction", "measure_unit"}
TOTAL_LABEL = re.compile(r"^\s*(合\s*计|总\s*计|总\s*分|小\s*计|得分合计|分值合计|总得分|综合得分)")


@lru_cache(maxsize=2048)
def column_role(header: str) -> str | None:
    """Glossary role of a column from its header text (``分值`` → ``weight``), or None."""
    h = re.sub(r"\s+", "", header)
    if not h or len(h) > 24:
        return None
    for role, pattern in _ROLE_PATTERNS:
        if pattern.search(h):
            return role
    return None


@dataclass(frozen=True)
class Cell:
    text: str
    span: tuple[int, int]
    found: tuple[Mention, ...] | None = field(default=None, compare=False, repr=False)

    def mentions(self) -> list[Mention]:
        """Number mentions in this cell, spans into the whole text."""
        if self.found is not None:
            return list(self.found)
        return list(_cell_mentions(self.text, self.span[0]))

    def value(self) -> Mention | None:
        """The cell's number, or None when it holds none, several, or sits in a sentence ("完成检查300家次，
        覆盖全县" is a description, not a value)."""
        found = self.mentions()
        if len(found) != 1:
            return None
        rest = len(self.text) - len(found[0].raw)
        return found[0] if rest <= _MAX_WORDS_AROUND_VALUE else None


@lru_cache(maxsize=8192)
def _cell_numbers(text: str) -> tuple[Mention, ...]:
    return tuple(extract_numbers(text)) if text else ()


@lru_cache(maxsize=16384)
def _cell_mentions(text: str, offset: int) -> tuple[Mention, ...]:
    return tuple(_shift(m, offset) for m in _cell_numbers(text))


def _shift(m: Mention, offset: int) -> Mention:
    from dataclasses import replace

    return replace(m, span=(m.span[0] + offset, m.span[1] + offset))


@dataclass
class Row:
    cells: list[Cell]
    span: tuple[int, int]

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    @property
    def label(self) -> str:
        """First non-empty, non-numeric cell text (the row's name)."""
        for c in self.cells:
            if c.text and not _NUMERIC.match(c.text):
                return c.text
        return ""

    def name_in(self, table: Table) -> str:
        """The indicator name of this row (its name column), else its label."""
        c = table.cell(self, "name")
        return c.text if c is not None and c.text else self.label

    def is_total(self) -> bool:
        return any(TOTAL_LABEL.match(c.text) for c in self.cells[:3] if c.text)


_MAX_WORDS_AROUND_VALUE = 6
_NUMERIC = re.compile(r"^[\s≥≤＞＜=＝<>约\d.,%％]+$")


@dataclass
class Table:
    rows: list[Row]
    kind: str  # "pipe" | "tab" (one cell per line) | "columns" (tabs or runs of spaces) | "flat" (funds block in a line)
    header_index: int | None = None
    roles: dict[int, str] = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return (self.rows[0].span[0], self.rows[-1].span[1])

    @property
    def header(self) -> Row | None:
        return self.rows[self.header_index] if self.header_index is not None else None

    def data_rows(self) -> list[Row]:
        start = 0 if self.header_index is None else self.header_index + 1
        return self.rows[start:]

    def col(self, role: str) -> int | None:
        # roles are unique per table (``_header_roles``), so an inverse map answers in O(1); rebuilt if roles change
        inverse = self.__dict__.get("_inverse")
        if inverse is None or len(inverse) != len(self.roles):
            inverse = {}
            for i, r in self.roles.items():
                inverse.setdefault(r, i)
            self.__dict__["_inverse"] = inverse
        return inverse.get(role)

    def cell(self, row: Row, role: str) -> Cell | None:
        i = self.col(role)
        if i is None or i >= len(row.cells):
            return None
        return row.cells[i]

    def number(self, row: Row, role: str) -> Mention | None:
        c = self.cell(row, role)
        return c.value() if c is not None else None


def find_tables(text: str, mentions: list[Mention] | None = None) -> list[Table]:
    """All tables in ``text``: pipe rows, tab-flattened rows, pasted columns and funds blocks run into a
    line, each with its header roles.

    ``mentions``: ``extract_numbers(text)`` when the caller has it already; cells then reuse those
    mentions instead of reading their text again (a cell boundary never splits a mention).
    """
    tables = _find_tables(text)
    tables += flat_funds_tables(text, [tb.span for tb in tables])
    if mentions is not None and tables:
        starts = [m.span[0] for m in mentions]
        for table in tables:
            for row in table.rows:
                row.cells = [_with_found(c, mentions, starts) for c in row.cells]
    return tables


def _with_found(cell: Cell, mentions: list[Mention], starts: list[int]) -> Cell:
    if not cell.text:
        return Cell(cell.text, cell.span, ())
    i = bisect.bisect_left(starts, cell.span[0])
    found = []
    while i < len(mentions) and mentions[i].span[1] <= cell.span[1]:
        found.append(mentions[i])
        i += 1
    return Cell(cell.text, cell.span, tuple(found))


def _find_tables(text: str) -> list[Table]:
    tables: list[Table] = []
    lines = _lines(text)
    i, n = 0, len(lines)
    while i < n:
        start, end, line = lines[i]
        if _is_pipe_row(line):
            rows: list[Row] = []
            while i < n and (_is_pipe_row(lines[i][2]) or _MD_RULE.match(lines[i][2]) and rows):
                s, e, ln = lines[i]
                if not _MD_RULE.match(ln):
                    rows.append(_pipe_row(text, s, e))
                i += 1
            if len(rows) >= 2:
                tables.extend(_with_header(Table(rows, "pipe")))
            continue
        if _is_tsv_row(line) or _is_spaced_row(line):
            split = _tsv_row if _is_tsv_row(line) else _spaced_row
            same = _is_tsv_row if _is_tsv_row(line) else _is_spaced_row
            rows = []
            while i < n and same(lines[i][2]):
                rows.append(split(text, lines[i][0], lines[i][1]))
                i += 1
            if len(rows) >= 2:
                found = _with_header(Table(rows, "columns"))
                tables.extend(found if split is _tsv_row else [_aligned(tb) for tb in found])
            continue
        if _is_tab_line(line):
            rows = []
            current: list[Cell] = []
            row_start = start
            while i < n:
                s, e, ln = lines[i]
                if _is_tab_line(ln):
                    if not current:
                        row_start = s
                    current.append(_tab_cell(text, s, e))
                    i += 1
                elif not ln.strip() and (i + 1 < n and (_is_tab_line(lines[i + 1][2]) or not lines[i + 1][2].strip())):
                    if current:
                        rows.append(Row(current, (row_start, current[-1].span[1])))
                        current = []
                    i += 1
                else:
                    break
            if current:
                rows.append(Row(current, (row_start, current[-1].span[1])))
            rows = [r for r in rows if any(c.text for c in r.cells)]
            if len(rows) >= 2:
                tables.extend(_with_header(Table(rows, "tab")))
            continue
        i += 1
    return tables


# -- columns pasted from Word or Excel: tab-separated, or aligned with runs of spaces -------------------

_TSV_SPLIT = re.compile(r"\t+")
_SPACED_SPLIT = re.compile(r"(?:[ \u3000]{2,}|\u3000)")


def _is_tsv_row(line: str) -> bool:
    body = line.strip(" \u3000")
    return "\t" in body.strip("\t") and len([c for c in _TSV_SPLIT.split(body) if c.strip()]) >= 2


def _is_spaced_row(line: str) -> bool:
    body = line.strip(" \u3000\t")
    if "\t" in body or "｜" in body or "|" in body or len(body) > 300:
        return False
    cells = [c.strip() for c in _SPACED_SPLIT.split(body) if c.strip()]
    if len(cells) < 3:
        return False
    return any(_NUMERIC.match(c) for c in cells) or sum(column_role(c) is not None for c in cells) >= 2


def _split_row(text: str, s: int, e: int, splitter: re.Pattern[str]) -> Row:
    cells: list[Cell] = []
    pos = s
    for m in splitter.finditer(text, s, e):
        cs, ce = _strip_span(text, pos, m.start())
        if ce > cs:
            cells.append(Cell(text[cs:ce], (cs, ce)))
        pos = m.end()
    cs, ce = _strip_span(text, pos, e)
    if ce > cs:
        cells.append(Cell(text[cs:ce], (cs, ce)))
    return Row(cells, (s, e))


def _tsv_row(text: str, s: int, e: int) -> Row:
    """Cells separated by tabs; an empty cell between two tabs is kept (it holds a column's place)."""
    cells: list[Cell] = []
    pos = s
    line = text[s:e]
    lead = len(line) - len(line.lstrip(" \u3000\t"))
    pos += lead
    for part in line[lead:].split("\t"):
        cs, ce = _strip_span(text, pos, pos + len(part))
        cells.append(Cell(text[cs:ce], (cs, ce)))
        pos += len(part) + 1
    while cells and not cells[-1].text:
        cells.pop()
    return Row(cells, (s, e))


def _aligned(table: Table) -> Table:
    """Space-aligned columns lose their empty cells, so every later cell of such a row shifts: only rows with
    as many cells as the header are read (a row whose alignment is uncertain is left out, never guessed)."""
    header = table.header
    if header is None:
        return table
    width = len(header.cells)
    # only the merged 一级/二级 cells at the left of an indicator row may come out blank
    leading = 0
    while table.roles.get(leading) in ("level1", "level2"):
        leading += 1
    keep = []
    for k, r in enumerate(table.rows):
        missing = width - len(r.cells)
        if k == table.header_index or missing == 0:
            keep.append(r)
        elif 0 < missing <= leading and r.cells and not _NUMERIC.match(r.cells[0].text):
            pad = [Cell("", (r.span[0], r.span[0])) for _ in range(missing)]
            keep.append(Row(pad + r.cells, r.span))
    index = keep.index(header)
    return Table(keep, table.kind, header_index=index, roles=table.roles)


def _spaced_row(text: str, s: int, e: int) -> Row:
    return _split_row(text, s, e, _SPACED_SPLIT)


def _lines(text: str) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln), ln))
        pos += len(ln) + 1
    return out


def _is_pipe_row(line: str) -> bool:
    return ("｜" in line or "|" in line) and len(line.strip()) > 2 and not _MD_RULE.match(line)


def _is_tab_line(line: str) -> bool:
    return line.lstrip(" \u3000").startswith("\t")


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\u3000\r":
        s += 1
    while e > s and text[e - 1] in " \t\u3000\r":
        e -= 1
    return s, e


def _pipe_row(text: str, s: int, e: int) -> Row:
    cells: list[Cell] = []
    pos = s
    line = text[s:e]
    parts = _PIPE.split(line)
    # Markdown style "| a | b |": drop the empty edges
    if len(parts) > 2 and not parts[0].strip() and not parts[-1].strip() and line.strip()[0] in "|｜":
        pos += len(parts[0]) + 1
        parts = parts[1:-1]
    for part in parts:
        cs, ce = _strip_span(text, pos, pos + len(part))
        cells.append(Cell(text[cs:ce], (cs, ce)))
        pos += len(part) + 1
    return Row(cells, (s, e))


def _tab_cell(text: str, s: int, e: int) -> Cell:
    cs, ce = _strip_span(text, s, e)
    return Cell(text[cs:ce], (cs, ce))


def _header_roles(row: Row) -> dict[int, str] | None:
    """Column roles when ``row`` is a header row (names ≥ 2 known columns, holds no number), else None."""
    if len(row.cells) < 2 or any(c.text and _NUMERIC.match(c.text) for c in row.cells):
        return None
    roles: dict[int, str] = {}
    for j, c in enumerate(row.cells):
        if not c.text:
            continue
        role = column_role(c.text)
        if role == "target" and _GOAL_BLOCK.match(c.text.strip()) and any(
            column_role(o.text) == "target" and not _GOAL_BLOCK.match(o.text.strip()) for o in row.cells[j + 1 :]
        ):
            continue  # a Hubei-style 年度目标 column names the goal block; the 指标值 column later is the target
        if role in _HEADER_ROLES and role not in roles.values():
            roles[j] = role
    return roles if len(roles) >= 2 else None


_GOAL_BLOCK = re.compile(r"^(?:年度)?(?:绩效)?(?:总体)?目标$|^年度目标|^预期目标$")


def _with_header(table: Table) -> list[Table]:
    """Split a block of rows at each header row (a Word page often stacks the funds block, the goal block and
    the indicator block with no blank line between) and map each part's columns to roles."""
    heads = [(i, roles) for i, row in enumerate(table.rows) if (roles := _header_roles(row)) is not None]
    if not heads:
        return [table]
    out: list[Table] = []
    first = heads[0][0]
    lead = table.rows[:first]
    titles_only = len(lead) <= 3 and all(sum(1 for c in r.cells if c.text) <= 2 for r in lead)
    if lead and not titles_only and len(lead) >= 2:
        out.append(Table(lead, table.kind))  # a headless table of its own (seed 003 funds layout)
    for k, (i, roles) in enumerate(heads):
        start = 0 if k == 0 and titles_only else i
        end = heads[k + 1][0] if k + 1 < len(heads) else len(table.rows)
        out.append(Table(table.rows[start:end], table.kind, header_index=i - start, roles=roles))
    return out


# -- the 自评表's funds block run into running text (a PDF or web page copy) ---------------------------

_FLAT_HEADER_WORD = re.compile(
    r"(?:年初预算数|全年预算数|全年执行数|预算执行率|执行率|分值|得分)(?:\s*[（(][A-Za-z/×*]{1,5}[)）])?"
)
_FLAT_HEADER = re.compile(rf"(?:{_FLAT_HEADER_WORD.pattern}[ \t\u3000]*\n?[ \t\u3000]*){{2,}}")
_FLAT_LABEL = re.compile(
    r"(?:[（(]万元[)）][ \t\u3000]*\n?[ \t\u3000]*)?"
    r"(?P<label>(?:年度)?资金总额|(?:其中[:：]?[ \t\u3000]*)?(?:本年|当年)?[ \t\u3000]*财政[ \t\u3000]*拨款|"
    r"(?:其中[:：]?[ \t\u3000]*)?(?:中央|自治区|省级?|盟市|市级?|州|旗县|县级?|区级?)(?:财政)?(?:补助)?资金|"
    r"(?:其中[:：]?[ \t\u3000]*)?(?:中央财政补助|上年结转资金|地方资金)|其他资金(?:[ \t\u3000]*[（(][^（）()\n]{0,20}[)）])?)[:：]?"
)
_FLAT_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?:[ \t\u3000]?(?:万元|元|%|％))?(?![\d.])")
_RUN_ON = re.compile(r"(?:万元|元)?\d")
_FLAT_GAP = re.compile(r"[ \t\u3000]*\n?[ \t\u3000]*")


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
    width = len(header) - 1
    amounts = sum(1 for c in header[1:] if column_role(c.text) in ("initial_budget", "annual_budget", "spent"))
    rows = [Row(header, (h.start(), h.end()))]
    pos = h.end()
    while True:
        pos = _FLAT_GAP.match(text, pos).end()  # type: ignore[union-attr]
        label = _FLAT_LABEL.match(text, pos)
        if label is None and len(rows) > 1:
            break
        cells = [Cell(label.group("label"), label.span("label")) if label else Cell("", (pos, pos))]
        pos = label.end() if label else pos
        numbers = []
        while (gap := _FLAT_GAP.match(text, pos)) and (num := _FLAT_NUMBER.match(text, gap.end())):
            numbers.append(Cell(num.group(0), num.span()))
            pos = num.end()
        if not label and not numbers:
            break
        if _RUN_ON.match(text, pos):
            return None  # "50万元47.6895.00%": cells run together, the columns cannot be told apart
        if len(numbers) not in (0, width) and not 0 < len(numbers) <= amounts:
            break  # a row of another width: the columns are not known
        cells += numbers + [Cell("", (pos, pos)) for _ in range(width - len(numbers))]
        rows.append(Row(cells, (cells[0].span[0], pos)))
    if len(rows) < 2 or not any(c.text for r in rows[1:] for c in r.cells[1:]):
        return None
    roles = _header_roles(rows[0])
    return Table(rows, "flat", header_index=0, roles=roles or {})
