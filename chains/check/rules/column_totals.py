"""A detail table's 合计 row against its column (I4): the plazas, events, vaccines or machine types of a report listed
one to a row, with the amounts, areas or counts of each column added up in a last 合计 (总计) row:

    序号｜乡镇｜村｜面积（平方米）｜建设内容｜投资（万元）
    1   ｜…  ｜… ｜680          ｜…      ｜26.10
    …
    合计｜    ｜   ｜3840         ｜        ｜151.40

Only where the reading is certain: every row has as many cells as the header, the column holds plain figures of one
unit in every row (a blank or "—" is none), its header names no rate, average, price, standard, date or score
(those are not added up, or other rules judge them), no row is a 小计 or a 其中 (nested parts), and the funds and
score tables' own rules have said nothing about the column's cells."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from chains.check.rules import table_sums
from chains.check.rules.base import Context, fmt, sum_agrees
from chains.check.rules.borne_out import swapped_one
from chains.check.rules.unit_slips import sum_slip
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.table_model import NUMERIC, SUBTOTAL_LABEL, Cell, Row, Table

#: headers of columns that are not added up (rates, means, prices, standards, dates, ranks) or that other rules judge
_NOT_ADDED = re.compile(r"率|均|价|每|单位|单方|标准|比例|占比|比重|%|％|日期|时间|序号|编号|年份|年度|期限|得分|分值|权重|排名|系数|指数|浓度|"
                        r"密度|定额|增幅|幅度|同比|环比|进度|指标值|完成值|目标|编码|代码|批次号|文号|等级|级别|面积比|倍")
_EMPTY = {"", "—", "－", "-", "/", "／", "——", "无"}
_PART_ROW = re.compile(r"^\s*(?:其中|含|注|备注|说明|[（(]\s*[一二三四五六七八九十\d]+\s*[)）])")
_MIN_ROWS = 2
_LINE_NUMBERS = re.compile(r"^\s*(?:行次|栏次|序号|编号)\s*$")
_AMOUNTS = {"initial_budget", "annual_budget", "received", "spent"}
_SUBTOTAL = re.compile(r"小\s*计")
_MINUS = ("-", "－", "−", "—")


def _signed(text: str, m: Mention) -> Mention:
    """A cell's figure with its sign ("-26" in a column of changes is −26)."""
    t = text.strip()
    return replace(m, value=-m.value) if len(t) > 1 and t[0] in _MINUS and t[1:2].isdigit() else m


_MEAN_ROW = re.compile(r"平均|均值")


def run(ctx: Context) -> None:
    for table in ctx.tables:
        if table.kind in ("flat", "keyed") or len(table.rows) < _MIN_ROWS + 2:
            continue
        _table(ctx, table)


def _table(ctx: Context, table: Table) -> None:
    header = table.header if table.header is not None else table.rows[0]
    if any(NUMERIC.match(c.text) for c in header.cells if c.text):
        return  # no header row: what each column holds is not known
    start = table.rows.index(header) + 1
    rows = table.rows[start:]
    while len(rows) > 2 and _MEAN_ROW.search(rows[-1].label) and rows[-2].is_total():
        rows = rows[:-1]  # "合计｜…" then "项目平均得分｜—｜…｜95.96": the mean under the total adds nothing up
    totals = [i for i, r in enumerate(rows) if r.is_total()]
    if len(totals) != 1 or totals[0] != len(rows) - 1 or SUBTOTAL_LABEL.match(rows[-1].label):
        return  # one 合计 row, the last: no 小计 or second total to nest the parts
    width = len(header.cells)
    rows = [_note_padded(header, r) for r in rows]
    total, data = rows[-1], [r for r in rows[:-1] if not _LINE_NUMBERS.match(r.label)]  # (not the 行次 row "(2)｜(3)…")
    if len(data) < _MIN_ROWS or any(len(r.cells) != width or r.inferred for r in rows):
        return  # a row with a cell more or less (a merged cell, a shifted copy): columns uncertain
    if any(_PART_ROW.match(r.label) or any(_SUBTOTAL.search(c.text) for c in r.cells[:3]) for r in data):
        return  # "施工小计", "抚恤补助小计": parts nested in parts
    _row_identities(ctx, header, data, total)
    roles = set(table.roles.values())
    if roles & {"weight", "score"} and roles & {"target", "actual"}:
        return  # a 自评表: its weights and scores are the score rules'
    columns = [j for j in range(width) if header.cells[j].text and not _NOT_ADDED.search(re.sub(r"\s+", "", header.cells[j].text))
               and table.roles.get(j, "received") in _AMOUNTS and total.cells[j].value() is not None]
    # (a score table's columns are judged by its own rules; a column without a total adds nothing up)
    children, nested = broken_down(data, columns)
    groups = _groups(data, children)
    inside = children | {k for i, end in groups.items() if end is not None for k in range(i + 1, end)}
    for j in columns:
        if inside and _adds_up(data, total, j):
            continue  # every row adds up to the total: "永兴镇｜1" and "崇德镇｜1" under "双兴镇｜2" are its peers, no parts
        _column(ctx, table, header, [r for i, r in enumerate(data) if i not in inside], total, j, nested)
        for i, end in groups.items():
            if end is not None:  # a group numbered like those that add up: it must too
                _column(ctx, table, header, data[i + 1 : end], data[i], j, False)


def _note_padded(header: Row, row: Row) -> Row:
    """A row whose blank 备注 cells at the end the copy dropped ("合计\t1046\t167.12" under "…\t支出金额\t备注"): its
    other cells stand under their columns, the notes are blank."""
    short = len(header.cells) - len(row.cells)
    if short <= 0 or not row.cells or NUMERIC.match(row.cells[0].text) \
            or not all(_NOTE.fullmatch(c.text.strip()) for c in header.cells[-short:]):
        return row
    return Row([*row.cells, *(Cell("", (row.span[1], row.span[1])) for _ in range(short))], row.span, row.inferred)


_NOTE = re.compile(r"备注|说明|备注说明|情况说明|原因")
_GROUP_MARK = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]?|[（(][一二三四五六七八九十]{1,3}[)）])$")


def _group_name(row: Row) -> str:
    return next((c.text for c in row.cells if c.text and not _GROUP_MARK.match(c.text) and not NUMERIC.match(c.text)), row.label)


def _groups(data: list[Row], children: set[int]) -> dict[int, int | None]:
    """The rows numbered as the rows found to break down the rows under them ("一｜产业发展类" over "1｜…", "2｜…"):
    each a group of the rows down to the next one so numbered; None for those already found to add up."""
    marked = [i for i, r in enumerate(data) if r.cells and _GROUP_MARK.match(r.cells[0].text)]
    parents = {i - 1 for i in children} - children
    if not marked or not parents <= set(marked) or not parents:
        return {}
    ends = [*marked[1:], len(data)]
    return {i: None if i in parents else end for i, end in zip(marked, ends, strict=True) if end - i >= 2}


def broken_down(data: list[Row], columns: list[int]) -> tuple[set[int], bool]:
    """The rows that break down the row above them ("基本支出｜1,896.80" over "　人员经费｜1,672.64" and "　公用经费｜224.16"):
    the two or more rows right under a row that add up to it in every column of figures but one (a slip), two at least
    (standards make one column's coincidences: "80.00" over "40.00" and "40.00"). The row above stands for them. And
    whether some row is so broken down in all columns but one of two: the table may nest rows the sums cannot tell."""
    out: set[int] = set()
    nested = False
    for i in range(len(data)):
        ends = [k for j in columns if (k := _run_to(data, i, j)) is not None]
        for k in set(ends):
            if len(columns) >= 2 and ends.count(k) >= max(2, len(columns) - 1):
                out.update(range(i + 1, k + 1))
            else:
                nested = nested or ends.count(k) >= len(columns) - 1
    return out, nested


def _adds_up(data: list[Row], total_row: Row, j: int) -> bool:
    total = _figure_at(total_row, j)
    parts = [m for r in data if (m := _figure_at(r, j)) is not None]
    return total is not None and len(parts) == len(data) and sum_agrees(parts, total)


def _figure_at(row: Row, j: int) -> Mention | None:
    return row.cells[j].value() if j < len(row.cells) else None


def _run_to(data: list[Row], i: int, j: int) -> int | None:
    """The last of the two or more rows under row ``i`` whose figures in column ``j`` add up to row ``i``'s, or None."""
    whole, parts = _figure_at(data[i], j), []
    for k in range(i + 1, len(data)):
        m = _figure_at(data[k], j)
        if whole is None or not whole.value or m is None or m.kind != whole.kind or m.unit != whole.unit:
            return None
        parts.append(m)
        if sum(1 for p in parts if p.value) >= 2 and sum_agrees(parts, whole):
            return k  # ("省级｜56.00" over "市级｜56.00" and "上年结转｜0.00": one row the same and a nought are no breakdown)
        if sum((p.value for p in parts), Decimal(0)) > whole.value:
            return None
    return None


def _column(ctx: Context, table: Table, header: Row, data: list[Row], total_row: Row, j: int, nested: bool) -> None:
    total = total_row.cells[j].value()
    if total is None or total.approx or total.comparator is not None or total.kind not in ("number", "money", "count"):
        return
    total = _signed(total_row.cells[j].text, total)
    parts: list[Mention] = []
    for row in data:
        cell = row.cells[j]
        if cell.text.strip() in _EMPTY:
            continue
        m = cell.value()
        if m is None or m.approx or m.comparator is not None or m.kind != total.kind or m.unit != total.unit \
                or len(cell.mentions()) != 1:
            return  # a cell of words, a range, another unit: not a column of figures
        parts.append(_signed(cell.text, m))
    if len(parts) < _MIN_ROWS or sum_agrees(parts, total):
        return
    s = sum((p.value for p in parts), Decimal(0))
    if s == 2 * total.value or nested:
        return  # the rows hold the parts twice (a level and its items), or may: not read with certainty
    if total.kind != "count" and sum_slip(ctx, total, parts):
        return  # "360000.00" in a column in 万元: its unit_mismatch
    spans = [total.span, *(p.span for p in parts)]
    if any(f.span[0] < e and s0 < f.span[1] for f in ctx.findings for s0, e in spans
           if f.severity == "error" or f.code != "conflicting_values"):
        return  # the funds or score rules have judged these cells already (a 疑似 of a figure stated twice says
        # nothing of the column's sum)
    name = re.sub(r"\s+", "", header.cells[j].text)
    said = fmt(s, max(total.decimals, max(p.decimals for p in parts)))
    # a total the text states again is borne out: one of the rows is wrong (pointed at from the first to the last)
    borne_out = table_sums.amount_restated(ctx, table, total)
    swapped = swapped_one(total, parts)
    if swapped is not None and swapped is not total and not borne_out:
        # "国土空间规划及其他业务｜141.44" where 114.44 makes the column hold, and no other cell would: that cell
        ctx.add(Finding("sum_mismatch", f"表中“{name}”一列各行合计为{said}，与合计行所写{total.raw}不符；其中{swapped.raw}"
                        "的相邻两位数字颠倒后恰好相符，应是此格填错。", swapped.span, values={"total": total.raw, "sum": said},
                        expected=said, related=(total.span, *(p.span for p in parts if p is not swapped))))
        return
    ctx.add(
        Finding(
            "sum_mismatch",
            (f"表中“{name}”一列各行合计为{said}，与合计行所写{total.raw}不符。" if total_row.is_total() else
             f"表中“{_group_name(total_row)}”一行的“{name}”为{total.raw}，与其下各行之和{said}不符。")
            + ("合计与正文所写一致，应是某一行填错。" if borne_out else ""),
            (min(x[0] for x in spans), max(x[1] for x in spans)) if borne_out else total.span,
            values={"total": total.raw, "sum": said},
            expected=said,
            related=tuple(p.span for p in parts),
        )
    )


def _row_identities(ctx: Context, header: Row, data: list[Row], total: Row) -> None:
    """"险种｜保费｜中央｜省级｜县级｜农户" whose 合计 row gives 保费 = 中央 + 省级 + 县级 + 农户: a sum the total row states
    and the other rows keep (three or more), so each row must — the one row that does not is the slip."""
    figures = [_figure(c.text, c.value()) for c in total.cells]
    for t, whole in enumerate(figures):
        if whole is None or not whole.value:
            continue
        for run in (_parts_run(figures, range(t + 1, len(figures)), whole), _parts_run(figures, range(t - 1, -1, -1), whole)):
            if run and _one_row_breaks(ctx, header, data, t, run):
                return


def _one_row_breaks(ctx: Context, header: Row, data: list[Row], t: int, run: list[int]) -> bool:
    rows: list[tuple[Row, Mention, list[Mention]]] = []
    for r in data:
        w = _figure(r.cells[t].text, r.cells[t].value())
        read = [_part(r.cells[k]) for k in run]
        if w is None or any(p is False for p in read):
            continue
        rows.append((r, w, [p for p in read if isinstance(p, Mention)]))
    broken = [(r, w, ps) for r, w, ps in rows if not sum_agrees(ps, w)]
    if len(rows) < 3 or len(broken) != 1:
        return False  # kept by too few rows, or broken by more than one: not a sum the table keeps
    row, whole, parts = broken[0]
    cells = [row.cells[k] for k in (t, *run)]
    said = fmt(sum((p.value for p in parts), Decimal(0)), max(whole.decimals, 2))
    names = "＋".join(_name(header, k) for k in run)
    ctx.add(
        Finding(
            "sum_mismatch",
            f"“{row.label}”一行：{names}＝{said}，与该行“{_name(header, t)}”所写{whole.raw}不符（合计行及其他各行均相符）。",
            (min(c.span[0] for c in cells), max(c.span[1] for c in cells)),
            values={"total": whole.raw, "sum": said},
            expected=said,
            related=tuple(p.span for p in parts),
        )
    )
    return True


def _name(header: Row, k: int) -> str:
    return re.sub(r"\s+", "", header.cells[k].text)


def _figure(text: str, m: Mention | None) -> Mention | None:
    if m is None or m.approx or m.comparator is not None or m.kind not in ("number", "money"):
        return None
    return _signed(text, m)


def _part(cell: Cell) -> Mention | None | bool:
    """A part's figure; None for a blank or "—" (nothing); False for words."""
    if cell.text.strip() in _EMPTY:
        return None
    return _figure(cell.text, cell.value()) or False


def _parts_run(figures: list[Mention | None], order: range, whole: Mention) -> list[int] | None:
    """The columns next to the whole, in a run, whose total-row figures add up to it (two or more)."""
    run: list[int] = []
    for k in order:
        f = figures[k]
        if f is None:
            return None
        run.append(k)
        if len(run) >= 2 and sum_agrees([x for i in run if (x := figures[i]) is not None], whole):
            return sorted(run)
    return None
