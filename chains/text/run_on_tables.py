"""An indicator table copied one cell per line with no blank line between its rows, the cells a merged cell covered
left out (a web page or a PDF copied as text):

    一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施
    产出指标 / 数量指标 / 住院医师规范化培训在培人数 / ≥38人 / 36人 / 10 / 9.47 / 2人中途退培
    乡村医生培训人次 / ≥900人次 / 928人次 / 10 / 10 / (an empty line: no note)
    县级骨干医师进修人数 / ≥30人 / 21人 / 10 / 7.00 / 临床人员紧张，2024年补足
    质量指标 / 住培结业考核通过率 / ≥90% / 85% / 10 / 9.44 / …

The header's lines give the columns. A row is its level names when given (a closed vocabulary: 产出指标, 数量指标 …),
its indicator's name, then one line for each column from the target to the score, the weight and score plain
figures; then the note, when the lines after it do not open the next row. A row that does not read so ends the
table, except a 合计 row (its label and a figure for each column of figures). Read with two rows or more."""

from __future__ import annotations

import re

from chains.text.page_breaks import BARE_PAGE, PAGE_FOOTER
from chains.text.table_model import (
    NUMERIC,
    SUBTOTAL_LABEL,
    TOTAL_LABEL,
    Cell,
    Row,
    Table,
    column_role,
    text_lines,
    with_header,
)

_LEVEL1 = re.compile(r"^(?:(?:产出|效益|满意度|成本|效果|决策|过程|管理|履职效能|预算执行)指标|预算执行)$")
_LEVEL2 = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:指标|满意度)$|^(?:社会|经济|生态|环境)效益$|^预算执行率?$")
_ROLES = ("level1", "level2", "name", "target", "actual", "completion_rate", "weight", "score", "deviation_note")
_WEIGHT_FIRST = ("level1", "level2", "name", "weight", "target", "actual", "completion_rate", "score", "deviation_note")
# Sichuan's: "三级指标｜指标性质｜指标值｜度量单位｜实际完成值｜分值｜得分｜未完成原因分析" ("≥" / "500" / "根" a cell each)
_SPELLED = ("level1", "level2", "name", "direction", "target", "measure_unit", "actual", "completion_rate", "weight", "score",
            "deviation_note")
_PLAIN = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")
_RATE = re.compile(r"^(?:\d{1,4}(?:\.\d+)?[%％]|[—－/\-–]+)$")
_MAX_CELL = 80
_DIRECTION = re.compile(r"^(?:[≥≤＞＜>=<＝]{1,2}|定性|正向|反向|大于等于|小于等于|等于)$")
_GOAL_TITLE = re.compile(r"^(?:年度)?目标[一二三四五六七八九十\d]{1,2}[：:]")
_WRAP = re.compile(r"^[\u4e00-\u9fff（）()“”]{2,24}$")  # a name's words wrapped onto the next line: no figure
_WRAP_TAIL = re.compile(r"^[\u4e00-\u9fff（）()“”]{1,24}$")  # (its last words may be one character: "满意" / "度")
_QUICK = re.compile(r"\n[ \t\u3000]*(?:年度指标值|指标值|目标值)[ \t\u3000]*\n(?:[ \t\u3000]*度量单位[ \t\u3000]*\n)?"
                    r"[ \t\u3000]*(?:实际完成值|实际值|完成值|业绩值)[ \t\u3000]*\n")

Line = tuple[int, int, str]


def run_on_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    if _QUICK.search(text) is None:
        return []  # no header of an indicator table written a cell a line (the usual case, one search)
    lines = text_lines(text)
    out: list[Table] = []
    i = 0
    while i < len(lines):
        roles = _header(lines, i)
        if roles is None or any(a <= lines[i][0] < b for a, b in taken):
            i += 1
            continue
        header = _cells_row(lines[i : i + len(roles)], len(roles))
        wrapped = _header_wrapped(lines, i + len(roles))  # "偏差原因分析" / "及改进措施": the last header cell's words
        rows, i = _rows(lines, i + len(roles) + wrapped, roles)
        if "direction" in roles and rows and not rows[-1].is_total():
            continue  # a Sichuan table read in part (a row of another shape): not read with certainty
        if len(rows) >= 2:
            table = Table([header, *rows], "tab")
            if not any(a < table.span[1] and table.span[0] < b for a, b in taken):
                out.extend(with_header(table))
    return out


def _header(lines: list[Line], i: int) -> list[str] | None:
    """The roles of the header that starts at line ``i`` ("一级指标" … "偏差原因…"), when they are those of an indicator
    table, in their usual order, with a name, a target, an actual, a weight and a score."""
    if column_role(lines[i][2].strip()) != "level1":
        return None
    roles: list[str] = []
    for _, _, ln in lines[i : i + len(_SPELLED)]:
        role = column_role(ln.strip()) if len(ln.strip()) <= 24 else None
        if role is None or role in roles or role not in _SPELLED:
            break
        roles.append(role)
    if not {"name", "target", "actual", "weight", "score"} <= set(roles):
        return None
    # (the weight may stand right after the name: "目标指标｜权重｜目标值｜业绩值｜完成率｜指标得分", Yunnan's and Sichuan's)
    orders = (_SPELLED,) if {"direction", "measure_unit"} & set(roles) else (_ROLES, _WEIGHT_FIRST)
    return roles if any([o.index(r) for r in roles] == sorted(o.index(r) for r in roles) for o in orders) else None


def _header_wrapped(lines: list[Line], i: int) -> int:
    """How many lines at ``i`` carry on the header's last cell ("及改进措施"): short words of no column, no level."""
    k = i
    while k < len(lines) and k - i < 2 and _HEADER_TAIL.match(lines[k][2].strip()) \
            and column_role(lines[k][2].strip()) in (None, "deviation_note"):
        k += 1
    return k - i


_HEADER_TAIL = re.compile(r"^(?:及|和|与)?(?:改进措施|原因分析|原因|措施|说明)$")


def _rows(lines: list[Line], i: int, roles: list[str]) -> tuple[list[Row], int]:
    rows: list[Row] = []
    while i < len(lines):
        while i < len(lines) and (_between_rows(lines[i][2]) if rows else not lines[i][2].strip()):
            i += 1  # "— 3 —": a page's footer between two rows (and the blank lines about it)
        i = _past_goal_title(lines, i)
        row = _row(lines, i, roles)
        if row is None:
            total = _total(lines, i, roles)
            if total is not None:
                rows.append(total[0])
                i = total[1]
                if SUBTOTAL_LABEL.match(total[0].cells[0].text):
                    continue  # "小计 / 40 / 33.77": a goal block's or a level's, the table goes on
            break
        cells, i = row
        if "deviation_note" in roles and (note := _note(lines, i, roles)):
            cells[roles.index("deviation_note")] = _joined(lines[i : i + note])  # the next row opens after it
            i += note
        at, end = next(c.span[0] for c in cells if c.text), max(c.span[1] for c in cells)
        rows.append(Row([c if c.text else Cell("", (at, at)) for c in cells], (at, end)))
    return rows, i


def _past_goal_title(lines: list[Line], i: int) -> int:
    """The line after a goal block's title (Hubei's layout: "目标一：保障" / "监测预警系统" / "稳定运行" above its
    rows), when its words run on to the next row's 一级指标; else ``i``."""
    if i >= len(lines) or not _GOAL_TITLE.match(lines[i][2].strip()):
        return i
    for k in range(1, 4):
        if i + k < len(lines) and _LEVEL1.match(lines[i + k][2].strip()):
            return i + k
        if i + k >= len(lines) or not _WRAP.match(lines[i + k][2].strip()):
            return i
    return i


def _note(lines: list[Line], i: int, roles: list[str]) -> int:
    """How many lines from ``i`` on are a row's note (wrapped over up to five lines): the next row, its 合计 or the
    table's end (the text's end or a page footer) follows them; 0 when the next row opens at ``i``."""
    if i >= len(lines) or _row(lines, i, roles) is not None or _total(lines, i, roles) is not None:
        return 0
    for k in range(1, 6):
        j = i + k
        if any(not ln.strip() and k > 1 or len(ln.strip()) > _MAX_CELL or PAGE_FOOTER.fullmatch(ln)
               for _, _, ln in lines[i:j]):
            return 0  # (an empty line: an empty note)
        while j + 1 < len(lines) and not lines[j][2].strip():
            j += 1  # ("3月设备故障送检" / "" / "        4": blank lines, and the page's number, after the note)
        if j >= len(lines) or _between_rows(lines[j][2]) and lines[j][2].strip() or _opens(lines, j, roles) \
                or _total(lines, j, roles) is not None:
            return k
    return 0




def _between_rows(line: str) -> bool:
    """A page's footer, or a blank line, between two rows of a table copied a cell a line."""
    return not line.strip() or PAGE_FOOTER.fullmatch(line) is not None or BARE_PAGE.match(line) is not None


def _opens(lines: list[Line], j: int, roles: list[str]) -> bool:
    """Whether a row opens at line ``j``: one that reads only with its name wrapped ("血取消" / "核酸检测覆盖率") does
    not when one opens on the line after (the note's last words, "受疫情影响团体献" / "血取消", run on to it)."""
    row = _row(lines, j, roles)
    if row is None:
        return False
    cells = dict(zip(roles, row[0], strict=True))
    name = cells.get("name")
    if name is None or any(cells[r].text for r in ("level1", "level2") if r in cells) or "\n" not in _lines_text(lines, name):
        return True
    # a wrapped name fills its first line ("新生儿出生缺陷" / "发生率"); a shorter first line is a note's tail ("血取消")
    if len(lines[j][2].strip()) >= len(lines[j + 1][2].strip()):
        return True
    return _row(lines, j + 1, roles) is None


def _lines_text(lines: list[Line], cell: Cell) -> str:
    """The text a cell spans over the lines (with the line breaks between them)."""
    return "\n".join(ln for s, e, ln in lines if s < cell.span[1] and cell.span[0] < e)


def _row(lines: list[Line], i: int, roles: list[str]) -> tuple[list[Cell], int] | None:
    """The cells of the row that opens at line ``i`` and the line after it (its note not read yet), or None. A name
    wrapped over two lines ("重点水域警示标识" / "覆盖率") is read whole when the row reads only so; a name that looks
    like a level ("献血者满意度") is read as the name when the row reads only so."""
    return _row_as(lines, i, roles, True) or _row_as(lines, i, roles, False)


def _row_as(lines: list[Line], i: int, roles: list[str], second_level: bool) -> tuple[list[Cell], int] | None:
    if i >= len(lines):
        return None
    cells = [Cell("", (0, 0)) for _ in roles]
    for level, pattern in (("level1", _LEVEL1), ("level2", _LEVEL2))[: 2 if second_level else 1]:
        if level == "level1" and lines[i][2].strip() == "成本指标" and not (
                i + 1 < len(lines) and _LEVEL2.match(lines[i + 1][2].strip())):
            continue  # 成本指标 with no level of its own under it: the level under 产出指标 (the form before 2021)
        if level in roles and i < len(lines) and pattern.match(lines[i][2].strip()):
            cells[roles.index(level)] = line_cell(lines[i])
            i += 1
    full = [r for r in roles if r not in ("level1", "level2", "deviation_note")]
    for wrapped in (0, 1):
        if i + len(full) - 1 + wrapped > len(lines):
            return None
        if wrapped and not (_WRAP.match(lines[i][2].strip()) and _WRAP_TAIL.match(lines[i + 1][2].strip())):
            return None
        bodies = [full]
        if "measure_unit" in full and lines[i + wrapped + full.index("direction")][2].strip() == "定性":
            bodies.append([r for r in full if r != "measure_unit"])  # a qualitative row may have no unit: "定性" / "健全" / "健全" / "10"
        got, body = None, full
        for body in bodies:
            got = _body(lines[i + wrapped : i + wrapped + len(body)], body) if i + len(body) + wrapped <= len(lines) else None
            if got is not None:
                break
        if got is not None:
            for role, cell in zip(body, got, strict=True):
                cells[roles.index(role)] = cell
            if wrapped:
                cells[roles.index("name")] = _joined(lines[i : i + 2])
            return cells, i + len(body) + wrapped
    return None


def _body(lines: list[Line], body: list[str]) -> list[Cell] | None:
    out = []
    for role, line in zip(body, lines, strict=True):
        value = line[2].strip()
        if not value or len(value) > _MAX_CELL or not _fits(role, value):
            return None
        out.append(line_cell(line))
    return out


def _joined(lines: list[Line]) -> Cell:
    """One cell wrapped over lines: its text run together, its span over them all."""
    first, last = line_cell(lines[0]), line_cell(lines[-1])
    return Cell("".join(ln.strip() for _, _, ln in lines), (first.span[0], last.span[1]))


def _fits(role: str, value: str) -> bool:
    if role in ("weight", "score"):
        return bool(_PLAIN.match(value))
    if role == "completion_rate":
        return bool(_RATE.match(value))
    if role == "direction":
        return bool(_DIRECTION.match(value))
    if role == "measure_unit":
        return len(value) <= 8 and not re.search(r"\d", value)
    if role == "name":
        return not NUMERIC.match(value) and not TOTAL_LABEL.match(value) and not _LEVEL1.match(value)
    return len(value) <= 40  # a target or an actual: a figure, a bound or a few words ("2023年12月31日前")


def _total(lines: list[Line], i: int, roles: list[str]) -> tuple[Row, int] | None:
    """"合计 / 100 / 96.50": the label, then a figure for the weight and the score."""
    if i + 2 >= len(lines) or not TOTAL_LABEL.match(lines[i][2].strip()):
        return None
    figures = lines[i + 1 : i + 3]
    if not all(_PLAIN.match(ln.strip()) or NUMERIC.match(ln.strip()) for _, _, ln in figures):
        return None
    at = lines[i][0]
    cells = [Cell("", (at, at)) for _ in roles]
    cells[0] = line_cell(lines[i])
    cells[roles.index("weight")], cells[roles.index("score")] = line_cell(figures[0]), line_cell(figures[1])
    return Row(cells, (at, figures[1][1])), i + 3


def line_cell(line: Line) -> Cell:
    """A line copied a cell a line as its cell: the words without the indent, the span over them."""
    s, _, ln = line
    lead = len(ln) - len(ln.lstrip())
    body = ln.strip()
    return Cell(body, (s + lead, s + lead + len(body)))


def _cells_row(lines: list[Line], width: int) -> Row:
    cells = [line_cell(ln) for ln in lines[:width]]
    return Row(cells, (cells[0].span[0], cells[-1].span[1]))
