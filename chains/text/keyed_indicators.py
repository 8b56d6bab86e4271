"""Indicators written one to a line as named fields, the way some 自评表 are typed or exported:

    1. 指标名称：受理不动产登记业务量（产出—数量）；年度指标值：≥13000件；实际完成值：14236件；完成率：109.51%；分值：10；得分：10
    2. 指标名称：存量档案数字化（产出—数量）；年度指标值：≥12000卷；…

    指标11　一级指标：满意度指标；二级指标：服务对象满意度指标；三级指标：读者满意度；年度指标值：≥90%；…；分值：5；得分：5

Each line is a row (blank lines between them or not); each field goes to the column its name gives (``column_role``),
so the rows read like any indicator table. Read only with three such lines in a row whose fields name a weight or a
score."""

from __future__ import annotations

import re

from chains.text.table_model import Cell, Row, Table, column_role, strip_span

# a line of named fields: a number or a short lead first ("3.", "指标11　", "数量指标——"), then 指标名称 or 一级指标
_LINE = re.compile(r"^[^：:；;\n]{0,14}?(?P<key>指标名称|一级指标)[：:]", re.M)
_NAMES = {"level1": "一级指标", "level2": "二级指标", "name": "指标名称", "target": "年度指标值", "actual": "实际完成值", "completion_rate": "完成率", "weight": "分值",
          "score": "得分", "deviation_note": "偏差原因"}
_FIELD = re.compile(r"(?P<key>[^：:；;，,\n]{2,12}?)[：:](?P<value>[^；;\n]*)")


def keyed_indicator_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    out = _numbered_tables(text, taken) if "分值" in text and "得分" in text else []
    if "\n三级指标：" in text or "\n指标名称：" in text:
        out += _stacked_tables(text, taken + [t.span for t in out])
    if "指标名称" not in text and "三级指标：" not in text:
        return out  # (a line of named fields names its indicator 指标名称, or gives its levels: 一级指标：…；三级指标：…)
    taken = taken + [t.span for t in out]
    run: list[tuple[Row, dict[str, Cell]]] = []
    last_end = -2
    for m in _LINE.finditer(text):
        start = m.start()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        fields = _fields(text, m.start("key"), end)
        if run and text[last_end:start].strip():  # (blank lines between the indicators keep them one table)
            _close(run, taken, out)
            run = []
        if fields is not None:
            run.append((Row(list(fields.values()), (start, end)), fields))
        last_end = end
    _close(run, taken, out)
    return out


def _fields(text: str, start: int, end: int) -> dict[str, Cell] | None:
    """The line's fields by role (its name, target, actual, weight, score…), or None when it names no weight or score."""
    cells: dict[str, Cell] = {}
    for f in _FIELD.finditer(text, start, end):
        role = column_role(f.group("key").strip())
        if role is None or role in cells:
            continue
        s, e = strip_span(text, f.start("value"), f.end("value"))
        cells[role] = Cell(text[s:e], (s, e))
    return cells if "name" in cells and ({"weight", "score"} & set(cells)) else None


def _close(run: list[tuple[Row, dict[str, Cell]]], taken: list[tuple[int, int]], out: list[Table]) -> None:
    if len(run) < 3:
        return
    span = (run[0][0].span[0], run[-1][0].span[1])
    if any(a < span[1] and span[0] < b for a, b in taken):
        return
    roles = [r for r in ("level1", "level2", "name", "target", "actual", "completion_rate", "weight", "score", "deviation_note")
             if any(r in fields for _, fields in run)]
    head_at = run[0][0].span[0]
    header = Row([Cell(_NAMES[r], (head_at, head_at)) for r in roles], (head_at, head_at))
    rows = [header]
    for row, fields in run:
        at = row.span[0]
        rows.append(Row([fields.get(r, Cell("", (at, at))) for r in roles], row.span))
    out.append(Table(rows, "keyed", header_index=0, roles=dict(enumerate(roles))))


# -- "2.存量档案数字化卷数（数量指标）：分值15分，目标值≥38,000卷，业绩值36,480卷，完成率96.00%，得分14.40分。" -------------

_NUMBERED = re.compile(r"^[ \t\u3000]*(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])[ \t\u3000]*(?P<name>[^：:\n，,。]{2,40})[：:]", re.M)
_TOTAL_LINE = re.compile(r"^[ \t\u3000]*(?P<name>合计|总计|总分)[：:]", re.M)
_INLINE = re.compile(r"(?P<key>分值|权重|年度指标值|目标值|指标值|业绩值|实际完成值|实际值|完成值|完成率|得分)(?:为|是)?"
                     r"(?P<value>(?:[^，,；;。\n]|(?<=\d),(?=\d{3}))*)")  # ("≥38,000卷" keeps its thousands)


def _numbered_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    """Indicators one to a numbered line, each field its key then its value, a 合计 line closing them."""
    out: list[Table] = []
    run: list[tuple[Row, dict[str, Cell]]] = []
    last_end = -2
    for m in sorted([*_NUMBERED.finditer(text), *_TOTAL_LINE.finditer(text), *_SPLIT_TOTAL.finditer(text)],
                    key=lambda x: x.start()):
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        if m.re is _SPLIT_TOTAL:  # "分值合计：100分" / "得分合计：98.89分" on lines of their own: the run's 合计 row
            if run and text.rfind("\n", 0, m.start()) == last_end:
                _split_total(text, m, end, run)
                last_end = end
            continue
        fields = _inline_fields(text, m, end)
        if run and (text.rfind("\n", 0, m.start()) != last_end or fields is None):
            _close(run, taken, out)
            run = []
        if fields is not None:
            run.append((Row(list(fields.values()), (m.start(), end)), fields))
            if m.group("name") in ("合计", "总计", "总分"):
                _close(run, taken, out)
                run = []
        last_end = end
    _close(run, taken, out)
    return out


_SPLIT_TOTAL = re.compile(r"^[ \t\u3000]*(?:(?P<k1>分值|得分)(?:合计|总计)|(?:合计|总计)(?P<k2>分值|得分))[：:][ \t\u3000]*"
                          r"(?P<value>[^，,；;。\n]*)", re.M)


def _split_total(text: str, m: re.Match[str], end: int, run: list[tuple[Row, dict[str, Cell]]]) -> None:
    """A run's 合计 row from its total weight and total score given on lines of their own."""
    role = "weight" if (m.group("k1") or m.group("k2")) == "分值" else "score"
    fields = run[-1][1]
    if fields["name"].text != "合计" or role in fields:
        fields = {"name": Cell("合计", (m.start(), m.start()))}
        run.append((Row([], (m.start(), end)), fields))
    vs, ve = strip_span(text, m.start("value"), m.end("value"))
    fields[role] = Cell(text[vs:ve], (vs, ve))
    run[-1] = (Row(list(fields.values()), (run[-1][0].span[0], end)), fields)


def _inline_fields(text: str, m: re.Match[str], end: int) -> dict[str, Cell] | None:
    if "指标名称" in m.group("name"):
        return None  # "1. 指标名称：…；分值：…": named fields, read above
    s, e = strip_span(text, m.start("name"), m.end("name"))
    cells: dict[str, Cell] = {"name": Cell(text[s:e], (s, e))}
    for f in _INLINE.finditer(text, m.end(), end):
        role = column_role(f.group("key"))
        if role is None or role in cells:
            continue
        vs, ve = strip_span(text, f.start("value"), f.end("value"))
        cells[role] = Cell(text[vs:ve], (vs, ve))
    return cells if {"weight", "score"} <= set(cells) else None


# -- one field a line, each indicator a block of lines, the blocks apart by blank lines ----------------------------
#
#     一级指标：产出指标 / 二级指标：数量指标 / 三级指标：文物安全巡查次数 / 年度指标值：≥48次 / … / 分值：8 / 得分：8
#     (a blank line)
#     …
#     总分：100 / 自评得分：98.74          (the blocks' 合计)

_KEY_LINE = re.compile(r"^[ \t\u3000]*(?P<key>[^：:\n]{2,12})[：:][ \t\u3000]*(?P<value>[^\n]*)$", re.M)
_BLOCK_TOTAL = {"总分": "weight", "满分": "weight", "分值合计": "weight", "合计分值": "weight", "自评得分": "score",
                "总得分": "score", "得分合计": "score", "合计得分": "score", "自评总分": "score"}


def _stacked_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    blocks: list[list[re.Match[str]]] = []
    for m in _KEY_LINE.finditer(text):
        if blocks and blocks[-1] and text.count("\n", blocks[-1][-1].end(), m.start()) == 1:
            blocks[-1].append(m)
        else:
            blocks.append([m])
    out: list[Table] = []
    run: list[tuple[Row, dict[str, Cell]]] = []
    for block in blocks:
        fields = _block_fields(text, block)
        if fields is None and run and (total := _block_total(text, block)) is not None:
            run.append(total)
        if fields is None:
            _close(run, taken, out)
            run = []
            continue
        run.append((Row(list(fields.values()), (block[0].start(), block[-1].end())), fields))
    _close(run, taken, out)
    return out


def _block_fields(text: str, block: list[re.Match[str]]) -> dict[str, Cell] | None:
    cells: dict[str, Cell] = {}
    for m in block:
        role = column_role(m.group("key").strip())
        if role is not None and role not in cells:
            s, e = strip_span(text, m.start("value"), m.end("value"))
            cells[role] = Cell(text[s:e], (s, e))
    return cells if "name" in cells and {"weight", "score"} <= set(cells) else None


def _block_total(text: str, block: list[re.Match[str]]) -> tuple[Row, dict[str, Cell]] | None:
    """"总分：100" / "自评得分：98.74": the blocks' 合计 row."""
    at = block[0].start()
    cells: dict[str, Cell] = {"name": Cell("合计", (at, at))}
    for m in block:
        role = _BLOCK_TOTAL.get(m.group("key").strip())
        if role is not None and role not in cells:
            s, e = strip_span(text, m.start("value"), m.end("value"))
            cells[role] = Cell(text[s:e], (s, e))
    if "score" not in cells:
        return None
    return Row(list(cells.values()), (at, block[-1].end())), cells
