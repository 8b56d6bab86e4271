"""Tables read from report text: cells with their spans, rows, and the roles of columns named by a header
row (``分值`` → ``weight``). ``chains.text.report_tables`` and ``chains.text.pasted_tables`` build them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from chains.text.numbers import Mention, extract_numbers

# header text → role; the first pattern that matches wins (specific before general)
_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(p))
    for role, p in (
        ("deviation_note", r"偏差|未完成原因|原因分析|改进措施"),
        ("completion_rate", r"完成率|完成比例|完成程度"),
        ("execution_rate", r"执行率|支出率|使用率|支付进度|拨付进度"),
        ("received_rate", r"到位率"),
        # ("自评得分（满分100分）", "执行得分(分值10)": a score, out of 100 or 10)
        ("weight", r"(?<![（(])分值|权重|(?<![（(])满分|标准分"),
        ("score", r"得分|自评分|评分(?!标准|依据|办法|细则|说明|方法|规则|要点)|评价分"),  # (评分标准: the rule's text)
        ("actual", r"(?<![0-9上去前]年)(?:实际完成值|实际完成|完成值|业绩值|实际值|实际数|完成情况)"),  # ("2018年实际值": last year's)
        ("target", r"年度指标值|目标值|指标值|预期目标|计划值|年度目标|目标数"),
        ("initial_budget", r"年初预算"),
        ("annual_budget", r"全年预算|调整后预算|预算数|预算资金|^资金规模|^安排资金|^(?:下达|安排)(?:金额|数)(?:[（(]万?元[)）])?$"),
        ("spent", r"执行数|全年执行|实际支出|支出数|支付数|^已拨付|^已支付|^累计支付|^(?:全年|本年|当年|年度)支出(?:金额)?$"),
        ("received", r"到位"),
        ("direction", r"指标性质|指标方向|方向"),
        ("measure_unit", r"度量单位|计量单位|^单位$"),
        ("level1", r"一级指标|评价内容|评价维度"),
        ("level2", r"二级指标"),
        ("name", r"三级指标|目标指标|指标名称|绩效指标|指标内容|项目名称|^子项目|指标$|^(?:资助|建设|实施|补助|扶持)项目$"),
        ("line_no", r"^行次$"),
    )
)


_HEADER_ROLES = {"weight", "score", "target", "actual", "completion_rate", "execution_rate", "annual_budget", "received",
                 "spent", "initial_budget", "received_rate", "level1", "level2", "name", "deviation_note",
                 "direction", "measure_unit"}

# "总分馆服务体系" is an indicator, not the total row: 总分 counts only when no other word follows it
TOTAL_LABEL = re.compile(r"^\s*(合\s*计|总\s*计|总\s*分(?![\u4e00-\u9fff])|总分值|小\s*计|得分合计|分值合计|总得分|综合得分"
                         r"|(?:产出|效益|满意度|成本|效果|决策|过程|管理|履职效能|社会效应)(?:指标)?(?:小计|合计)\s*$)")  # "产出指标小计｜｜50｜49.47"

# a level's subtotal row ("小计", "产出指标小计"), closing the rows above it
SUBTOTAL_LABEL = re.compile(r"^\s*(?:(?:产出|效益|满意度|成本|效果|决策|过程|履职效能|社会效应)(?:指标)?)?小\s*计")


@lru_cache(maxsize=2048)
def column_label(role: str) -> str:
    """A funds column's name in a message ("全年执行数")."""
    return {"initial_budget": "年初预算数", "annual_budget": "全年预算数", "spent": "全年执行数",
            "received": "到位资金"}.get(role, role)


@lru_cache(maxsize=4096)
def column_role(header: str) -> str | None:
    """Glossary role of a column from its header text (``分值`` → ``weight``), or None."""
    h = re.sub(r"\s+", "", header)
    if not h or len(h) > 24:
        return None
    for role, pattern in _ROLE_PATTERNS:
        if pattern.search(h):
            return role
    return None


@dataclass(frozen=True, init=False)
class Cell:
    text: str
    span: tuple[int, int]
    found: tuple[Mention, ...] | None = field(default=None, compare=False, repr=False)

    def __init__(self, text: str, span: tuple[int, int], found: tuple[Mention, ...] | None = None) -> None:
        # straight into the instance: the frozen dataclass's ``__init__`` (an ``object.__setattr__`` a field) was slow
        self.__dict__["text"], self.__dict__["span"], self.__dict__["found"] = text, span, found

    def mentions(self) -> list[Mention]:
        """Number mentions in this cell, spans into the whole text."""
        if self.found is not None:
            return list(self.found)
        return list(_cell_mentions(self.text, self.span[0]))

    def value(self) -> Mention | None:
        """The cell's number, or None when it holds none, several, or sits in a sentence ("完成检查300家次，
        覆盖全县" is a description, not a value)."""
        memo = self.__dict__.get("_value", self)
        if memo is not self:
            return memo  # type: ignore[no-any-return]
        found = self.found if self.found is not None else _cell_mentions(self.text, self.span[0])
        value = found[0] if len(found) == 1 and len(self.text) - len(found[0].raw) <= _MAX_WORDS_AROUND_VALUE else None
        self.__dict__["_value"] = value  # a frozen cell reads its value once
        return value


def shown(m: Mention) -> str:
    """A cell's figure as a message should quote it: as written, or for a deduction read as the score it leaves
    ("扣0.39" under a weight of 10), the deduction and that score."""
    digits = _DIGITS.search(m.raw)
    if digits is not None and m.kind in ("number", "score") and Decimal(digits.group(0)) != m.number:
        return f"扣{m.raw}（即{m.number}）"
    return m.raw


_DIGITS = re.compile(r"\d+(?:\.\d+)?")


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
    # cells placed by inference (a row folded onto the next line with a blank cell dropped): read, never certain
    inferred: bool = False

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    @property
    def label(self) -> str:
        """First non-empty, non-numeric cell text (the row's name)."""
        return next((c.text for c in self.cells if c.text and not NUMERIC.match(c.text)), "")

    def name_in(self, table: Table) -> str:
        """The indicator name of this row (its name column), else its label."""
        c = table.cell(self, "name")
        return c.text if c is not None and c.text else self.label

    def is_total(self) -> bool:
        memo = self.__dict__.get("_total")
        if memo is None:  # asked by many rules of every row: read once (a row's cells never change once it is made)
            label = next((c.text for c in self.cells if c.text), "")  # ("｜｜｜｜合计｜100｜96.8": its label under 指标值)
            memo = self.__dict__["_total"] = any(TOTAL_LABEL.match(t) for t in (*(c.text for c in self.cells[:3]), label) if t)
        return memo


_MAX_WORDS_AROUND_VALUE = 6
NUMERIC = re.compile(r"^[\s≥≤＞＜=＝<>约\d.,%％]+$")


@dataclass
class Table:
    rows: list[Row]
    kind: str  # "pipe" | "tab" (one cell per line) | "columns" (tabs or runs of spaces) | "flat" (funds block in a line)
    # | "keyed" (one indicator a line, as named fields)
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

    def __post_init__(self) -> None:
        # roles are unique per table (``header_roles``) and never change after the table is made: an inverse map
        # answers ``col`` in one dictionary lookup
        self._inverse: dict[str, int] = {}
        for i, r in self.roles.items():
            self._inverse.setdefault(r, i)

    def col(self, role: str) -> int | None:
        return self._inverse.get(role)

    def cell(self, row: Row, role: str) -> Cell | None:
        i = self._inverse.get(role)
        if i is None or i >= len(row.cells):
            return None
        return row.cells[i]

    def number(self, row: Row, role: str) -> Mention | None:
        c = self.cell(row, role)
        return c.value() if c is not None else None


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\u3000\r":
        s += 1
    while e > s and text[e - 1] in " \t\u3000\r":
        e -= 1
    return s, e


def header_roles(row: Row) -> dict[int, str] | None:
    """Column roles when ``row`` is a header row (names ≥ 2 known columns, holds no number), else None."""
    if len(row.cells) < 2 or any(c.text and NUMERIC.match(c.text) for c in row.cells):
        return None
    roles: dict[int, str] = {}
    named = any("三级指标" in c.text for c in row.cells)
    for j, c in enumerate(row.cells):
        if not c.text:
            continue
        role = column_role(c.text)
        if role == "name" and named and "三级指标" not in c.text:
            continue  # "绩效指标｜一级指标｜二级指标｜三级指标": the first is the block's merged label, not the names
        if role == "target" and _GOAL_BLOCK.match(c.text.strip()) and any(
            column_role(o.text) == "target" and not _GOAL_BLOCK.match(o.text.strip()) for o in row.cells[j + 1 :]
        ):
            continue  # a Hubei-style 年度目标 column names the goal block; the 指标值 column later is the target
        if role is not None and _GROUP_UNIT.search(c.text) and any(
            column_role(o.text) == role for o in row.cells[j + 1 :] if o.text
        ):
            continue  # "年度预算数(万元)｜年初预算｜调整后预算数": a label over the columns after it, in their unit
        if role in _HEADER_ROLES and role not in roles.values():
            roles[j] = role
    return roles if len(roles) >= 2 else None


_GROUP_UNIT = re.compile(r"[（(]\s*(?:万元|元)\s*[)）]\s*$")
_GOAL_BLOCK = re.compile(r"^(?:年度)?(?:绩效)?(?:总体)?目标$|^年度目标|^预期目标$")


def with_header(table: Table) -> list[Table]:
    """Split a block of rows at each header row (a Word page often stacks the funds block, the goal block and
    the indicator block with no blank line between) and map each part's columns to roles."""
    table = Table(_line_numbers_blanked(_keyed_rows(table.rows)), table.kind, table.header_index, table.roles)
    heads = _two_row_heads([(i, roles) for i, row in enumerate(table.rows) if (roles := header_roles(row)) is not None])
    heads = [_budget_subheads(table.rows, i, roles) for i, roles in heads]
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
        head = i - start
        rows = table.rows[start : i + 1] + _unfolded(table.rows[i + 1 : end], roles)
        shifted, fits = _label_column_shift(rows[head + 1 :], roles)
        if shifted is roles and (narrower := _header_wider(rows[head], rows[head + 1 :], roles)) is not None:
            # the header's label spans two cells over rows with one: every role stands one column to the left
            shifted = roles = narrower
            rows = rows[: head + 1] + [Row(r.cells, r.span, inferred=True) for r in rows[head + 1 :]]
        if shifted is roles:
            out.append(Table(rows, table.kind, header_index=head, roles=roles))
        else:
            out.append(Table(rows[: head + 1 + fits], table.kind, header_index=head, roles=shifted))
            if len(rows) - head - 1 - fits >= 2:
                out.append(Table(rows[head + 1 + fits :], table.kind))
    return out


def _two_row_heads(heads: list[tuple[int, dict[int, str]]]) -> list[tuple[int, dict[int, str]]]:
    """"指标｜｜｜权重｜目标值｜业绩值｜完成率｜得分" over "一级指标｜二级指标｜三级指标｜（分）｜…": a header written on two
    rows is one header (at its second row), the levels and names from the lower row, the other columns from the upper."""
    out: list[tuple[int, dict[int, str]]] = []
    for i, roles in heads:
        if out and out[-1][0] == i - 1:
            merged = dict(roles)
            for j, role in out[-1][1].items():
                if j not in merged and role not in merged.values():
                    merged[j] = role
            out[-1] = (i, merged)
        else:
            out.append((i, roles))
    return out


_SUB_BUDGET = {"年初": "initial_budget", "年初数": "initial_budget", "年初预算": "initial_budget",
               "全年": "annual_budget", "全年数": "annual_budget", "全年预算": "annual_budget", "调整后": "annual_budget",
               "调整后预算": "annual_budget", "调整数": "budget_adjustment", "调整": "budget_adjustment"}


def _budget_subheads(rows: list[Row], i: int, roles: dict[int, str]) -> tuple[int, dict[int, str]]:
    """"项目｜预算数｜｜实际到位…" over "｜年初｜全年｜…": a budget column merged over two, named on the row below; the
    header is then the lower row, 年初 the initial budget and 全年 the year's."""
    if i + 1 >= len(rows):
        return i, roles
    below = rows[i + 1].cells
    named = {j: _SUB_BUDGET[c.text.strip()] for j, c in enumerate(below) if c.text.strip() in _SUB_BUDGET}
    others = [c for j, c in enumerate(below) if c.text.strip() and j not in named]
    if len(named) < 2 or others:
        return i, roles
    merged = {j: r for j, r in roles.items() if j not in named and r not in named.values()}
    return i + 1, merged | named


_LINE_NUMBER_HEADS = frozenset({"行次", "栏次", "行号"})


def _line_numbers_blanked(rows: list[Row]) -> list[Row]:
    """"项目｜行次｜小计｜中央｜省级…" over "年初预算数｜1｜112.40｜48.00…": the 行次 column numbers the lines of a
    printed form; its 1, 2, 3 are no figures of the report, so its cells are read as blank (in place)."""
    for row in rows[:3]:
        j = next((j for j, c in enumerate(row.cells) if c.text in _LINE_NUMBER_HEADS), None)
        if j is not None and j > 0:
            return [Row([*r.cells[:j], Cell("", (r.cells[j].span[0], r.cells[j].span[0])), *r.cells[j + 1 :]],
                        r.span, r.inferred) if len(r.cells) > j else r for r in rows]
    return rows


_KEYED_QUICK = re.compile(r"[\u4e00-\u9fff][^\d]{1,15}\d")
_KEYED = re.compile(r"(?P<label>[^\d\s:：]{2,14}?)[ \t\u3000]*[:：]?[ \t\u3000]*"
                    r"(?P<value>-?\d[\d,]*(?:\.\d+)?[ \t\u3000]*(?:%|％|万元|元|分)?)")


def _keyed_rows(rows: list[Row]) -> list[Row]:
    """"年度资金总额｜年初预算数 6,000,000.00｜全年预算数 9,000,000.00｜…｜分值 10｜执行率 94.08%｜得分 9.41": a row whose
    cells carry their own column names (three or more) is read as a header row of those names over a row of the
    figures, so the block reads like any funds table."""
    out: list[Row] = []
    for row in rows:
        if sum(1 for c in row.cells if _KEYED_QUICK.match(c.text)) < 3:
            out.append(row)  # the cheap test first: a name, then a figure, in three cells or more
            continue
        keyed = [(c, m) for c in row.cells if (m := _KEYED.fullmatch(c.text)) and column_role(m.group("label"))]
        if len(keyed) < 3:
            out.append(row)
            continue
        head: list[Cell] = []
        data: list[Cell] = []
        for c in row.cells:
            m = _KEYED.fullmatch(c.text)
            if m is None or not column_role(m.group("label")):
                head.append(Cell("", (c.span[0], c.span[0])))
                data.append(c)
                continue
            start = c.span[0]
            head.append(Cell(m.group("label"), (start + m.start("label"), start + m.end("label"))))
            data.append(Cell(m.group("value"), (start + m.start("value"), start + m.end("value"))))
        out += [Row(head, row.span), Row(data, row.span)]
    return out


_AMOUNT_OR_RATE = {"initial_budget", "annual_budget", "spent", "execution_rate", "received_rate", "weight", "score"}


def _label_column_shift(data: list[Row], roles: dict[int, str]) -> tuple[dict[int, str], int]:
    """"全年预算数(A)｜全年执行数(B)｜执行率" over "年度资金总额:｜808.1｜692.98｜86%": the merged label cell of the
    header came out on a line of its own, so every header names the column one to its right. The roles shift
    when the first column, named for an amount, holds labels and the column right of the last role holds
    numbers, row after row from the top; returns the roles and how many rows fit (the rest is another block)."""
    if roles.get(0) not in _AMOUNT_OR_RATE or not data:
        return roles, 0
    last = max(roles) + 1
    fits = filled = 0
    for r in data:
        if not r.cells or not r.cells[0].text or NUMERIC.match(r.cells[0].text):
            break
        if any(c.text for c in r.cells[1:]):
            numeric = sum(1 for c in r.cells[1:last] if c.text and NUMERIC.match(c.text))
            beyond = r.cells[last].text if last < len(r.cells) else ""
            # the last column's cell holds a number, or is blank (a score not given) after two figures or more
            if not (NUMERIC.match(beyond or "x") or not beyond and numeric >= 2 and last < len(r.cells)):
                break
            filled += 1
        fits += 1
    if not filled:
        return roles, 0
    return {j + 1: role for j, role in roles.items()}, fits


_DASH = re.compile(r"^[\s—－\-/／]+$")


def _unfolded(data: list[Row], roles: dict[int, str]) -> list[Row]:
    """"年度资金总额 |" over "| 32.4 | 31.69 | 10 | 97.80% | 9 |": a copy put a row's label on a line of its own and
    its figures on the next. The two lines are one row; when the figures are fewer than the header's columns, the
    blank cells a copy drops are the first ones (年初预算数), so the figures are set against the last columns and
    the row is marked ``inferred``."""
    columns = max(roles) - min(roles) + 1
    out: list[Row] = []
    i = 0
    while i < len(data):
        row = data[i]
        nxt = data[i + 1] if i + 1 < len(data) else None
        filled = [c for c in row.cells if c.text]
        figures = [c for c in nxt.cells if c.text] if nxt is not None else []
        if (nxt is not None and len(filled) == 1 and not NUMERIC.match(filled[0].text) and row.cells[0] is filled[0]
                and 2 <= len(figures) <= columns and all(NUMERIC.match(c.text) or _DASH.match(c.text) for c in figures)):
            pad = columns - len(figures)
            blank = [Cell("", (nxt.span[0], nxt.span[0]), ())] * pad
            out.append(Row([filled[0], *blank, *figures], (row.span[0], nxt.span[1]), inferred=pad > 0))
            i += 2
            continue
        out.append(row)
        i += 1
    return out


_AMOUNTS = ("initial_budget", "annual_budget", "spent")


def _header_wider(header: Row, data: list[Row], roles: dict[int, str]) -> dict[int, str] | None:
    """"总体资金(万元)｜资金来源｜年初预算数｜全年执行数｜分值｜得分" over "年度资金总额:｜1172.55｜1268.72｜10｜10": two
    label cells in the header, one in the rows. The roles move one column left when the header's first two cells
    name no role, no data row reads only where the header stands (figures under every amount, nothing else under
    the weight and score) and some row reads only one column to the left."""
    amounts = [j for j, r in roles.items() if r in _AMOUNTS]
    if len(amounts) < 2 or min(roles) < 2:
        return None  # the header's first two cells are labels (a role they seem to name went to a later cell)

    others = [j for j, r in roles.items() if r in _AMOUNT_OR_RATE and j not in amounts]

    def fits(row: Row, shift: int) -> bool:
        cells = row.cells
        if not cells or not cells[0].text or NUMERIC.match(cells[0].text):
            return False

        def text(j: int) -> str:
            return cells[j - shift].text if j - shift < len(cells) else ""

        # amounts under every amount (no rate), and nothing but figures (or blanks) under the weight, score and rate
        return all(NUMERIC.match(text(j) or "x") and "%" not in text(j) for j in amounts) and all(
            not text(j) or NUMERIC.match(text(j)) for j in others)

    only_here = [r for r in data if fits(r, 0) and not fits(r, 1)]
    only_left = [r for r in data if fits(r, 1) and not fits(r, 0)]
    if only_here or not only_left:
        return None  # some row reads right where the header stands, or no row reads better one to the left
    return {j - 1: role for j, role in roles.items()}


def text_lines(text: str) -> list[tuple[int, int, str]]:
    """Every line of ``text`` as (start, end, line), offsets into ``text``."""
    out, pos = [], 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln), ln))
        pos += len(ln) + 1
    return out
