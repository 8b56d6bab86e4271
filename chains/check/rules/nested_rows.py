"""A funds table's row broken down by the 其中 rows under it (I4):

    支出类别      ｜年初预算｜全年预算｜全年执行
    一、基本支出  ｜258.46 ｜272.86 ｜271.51
    其中：人员经费｜231.20 ｜245.60 ｜245.60
    公用经费      ｜27.62  ｜27.26  ｜25.91
    二、项目支出  ｜54.00  ｜54.00  ｜51.37
    合计          ｜312.46 ｜326.86 ｜322.88

Per amount column, the row = Σ its 其中 rows → ``sum_mismatch``. The 其中 rows end at the next row numbered as the
row is ("二、"), a total, a "按…分：" row, or a row of the same rank (项目支出 after 基本支出's parts); they are read as
the whole breakdown only when they add up to the row in another column, or when they are the parts every 基本支出
has (人员经费 and 公用经费). A 其中 that lists some of the projects only is no breakdown, and is not judged.

Which side is wrong: the row itself when its own rank's rows miss the total through it too, or when its two
neighbouring digits swapped back make it hold; else, when the row is borne out (its rank's rows add up to the total,
or the text states it again), one of the parts."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules import table_sums
from chains.check.rules.base import Context, fmt, sum_agrees
from chains.check.rules.borne_out import swapped_one
from chains.check.rules.unit_slips import sum_slip
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.table_model import Row, Table

_AMOUNT_ROLES = ("initial_budget", "annual_budget", "received", "spent")
_PARTS_OPEN = re.compile(r"^\s*其中\s*[：:]?\s*")
_BY_KIND = re.compile(r"^\s*按[^：:｜|]{1,8}分[：:]")
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d))")
#: rows of one rank in a department's funds table: one of them never breaks down another
_RANK = re.compile(r"基本支出|项目支出|财政拨款|一般公共预算|政府性基金|上年结转|结转资金|其他资金|自筹|事业收入|经营收入")
#: the parts of every 基本支出
_BASIC_PARTS = re.compile(r"^\s*(?:其中\s*[：:]?\s*)?(?:[1-9][.．、])?\s*(人员经费|公用经费|对个人和家庭的补助)")
_EMPTY = {"", "—", "－", "-", "/", "／", "——"}
#: a total row ("支出合计", "年度资金总额"): its sources are the source rows' rule's
_TOTAL = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,4}合\s*计|总\s*计)\s*$|资金总额")


def run(ctx: Context) -> None:
    for table in ctx.tables:
        roles = [r for r in _AMOUNT_ROLES if table.col(r) is not None]
        if not roles:
            continue
        rows = table.data_rows()
        for row, parts in _broken_down(rows):
            if len(parts) >= 2:
                _judge(ctx, table, rows, row, parts, roles)


def parts_rows(rows: list[Row]) -> set[int]:
    """The indexes of the rows that are 其中 parts of a row above them (none of the total's own parts)."""
    at = {id(r): k for k, r in enumerate(rows)}
    return {at[id(p)] for _, parts in _broken_down(rows) for p in parts}


def _broken_down(rows: list[Row]) -> list[tuple[Row, list[Row]]]:
    """Each row (no total, no part itself) with the 其中 rows under it."""
    return [(row, _parts_of(row, rows[i + 1 :])) for i, row in enumerate(rows[:-2])
            if _PARTS_OPEN.match(rows[i + 1].label) and row.label and not _is_total(row) and not _PARTS_OPEN.match(row.label)]


def _parts_of(row: Row, rows: list[Row]) -> list[Row]:
    """The 其中 rows under ``row``: down to a row of its rank, numbering or kind, a total, or the table's end."""
    basic = "基本支出" in row.label
    mark = _mark(row.label)
    out: list[Row] = []
    for k, r in enumerate(rows):
        label = r.label
        if k and (not label or _is_total(r) or _BY_KIND.match(label) or _PARTS_OPEN.match(label)
                  or mark is not None and _mark(label) == mark or _RANK.search(label) and not _BASIC_PARTS.match(label)):
            break
        if basic and not _BASIC_PARTS.match(label):
            return []  # "基本支出" over rows not its own parts: a layout not read
        out.append(r)
    return out


def _is_total(row: Row) -> bool:
    return row.is_total() or bool(_TOTAL.search(row.label))


def _mark(label: str) -> str | None:
    """The kind of number a row's label opens with: "一、", "（一）" or "1." (rows so numbered are of one rank)."""
    m = _NUMBERED.match(label)
    if m is None:
        return None
    first = m.group().strip()[0]
    return "paren" if first in "（(" else "digit" if first.isdigit() else "cn"


def _value(table: Table, row: Row, role: str) -> Mention | None | bool:
    """The cell's amount; None when empty or a dash; False when it holds something not read."""
    cell = table.cell(row, role)
    if cell is None or cell.text.strip() in _EMPTY:
        return None
    m = cell.value()
    return m if m is not None and m.kind in ("money", "number") and not m.approx and m.comparator is None else False


def _column(table: Table, row: Row, parts: list[Row], role: str) -> tuple[Mention, list[Mention]] | None:
    whole = _value(table, row, role)
    figures = [_value(table, p, role) for p in parts]
    if not isinstance(whole, Mention) or not all(isinstance(f, Mention) for f in figures):
        return None  # a part left blank: partly broken down, or not in this column
    return whole, [f for f in figures if isinstance(f, Mention)]


def _judge(ctx: Context, table: Table, rows: list[Row], row: Row, parts: list[Row], roles: list[str]) -> None:
    columns = {role: c for role in roles if (c := _column(table, row, parts, role)) is not None}
    adding = [role for role, (whole, figures) in columns.items() if sum_agrees(figures, whole)]
    whole_breakdown = bool(adding) or "基本支出" in row.label and {_BASIC_PARTS.match(p.label).group(1)  # type: ignore[union-attr]
                                                                 for p in parts} >= {"人员经费", "公用经费"}
    if not whole_breakdown:
        return
    for role, (whole, figures) in columns.items():
        if role in adding or any(f.span[0] < e and s < f.span[1] for f in ctx.findings
                                 for s, e in (whole.span, *(x.span for x in figures))):
            continue  # it adds up, or another rule has judged these cells
        _report(ctx, table, rows, row, whole, figures, role)


def _report(ctx: Context, table: Table, rows: list[Row], row: Row, whole: Mention, figures: list[Mention], role: str) -> None:
    if sum_slip(ctx, whole, figures):
        return
    s = sum((f.value for f in figures), Decimal(0))
    decimals = max(f.decimals for f in [whole, *figures])
    swap = swapped_one(whole, figures)
    rank = _rank_adds_up(table, rows, row, role)
    borne_out = rank is True or table_sums.amount_restated(ctx, table, whole)
    odd = swap if swap is not None and swap is not whole else None
    at_whole = swap is whole or rank is False or not borne_out and odd is None
    name = re.sub(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\s*", "", row.label)
    message = f"表中“{name}”的{_header(table, role)}为{whole.raw}，但其下各项（其中…）合计{fmt(s, decimals)}，两者不符。"
    if swap is not None:
        want = s if swap is whole else whole.value - s + swap.value
        message += f"{swap.raw}若为{fmt(want, swap.decimals)}即相符，疑为数字前后颠倒。"
    elif rank is False:
        message += f"“{name}”与同级各行之和也对不上合计，应是“{name}”一行填错。"
    elif borne_out:
        message += f"“{name}”与同级各行之和与合计一致，差错应在其下各行之中。"
    ctx.add(
        Finding(
            "sum_mismatch",
            message,
            whole.span if at_whole else odd.span if odd is not None else (figures[0].start, figures[-1].end),
            values={"total": whole.raw, "parts": "＋".join(f.raw for f in figures)} | ({"part": odd.raw} if odd else {}),
            expected=fmt(s, decimals) if odd is None else fmt(whole.value - s + odd.value, odd.decimals),
            related=tuple(f.span for f in figures) + ((whole.span,) if not at_whole else ()),
        )
    )


def _header(table: Table, role: str) -> str:
    header, j = table.header, table.col(role)
    return re.sub(r"\s+", "", header.cells[j].text) if header is not None and j is not None and j < len(header.cells) else "金额"


def _rank_adds_up(table: Table, rows: list[Row], row: Row, role: str) -> bool | None:
    """Whether the rows of ``row``'s rank (those not under a 其中) add up to the table's one total row in this column;
    None when that cannot be read (no one total, a blank cell, another breakdown of the total)."""
    totals = [r for r in rows if _is_total(r)]
    if len(totals) != 1 or any(_BY_KIND.match(r.label) for r in rows):
        return None
    total = _value(table, totals[0], role)
    parts = parts_rows(rows)
    rank = [r for k, r in enumerate(rows) if k not in parts and r is not totals[0]]
    if row not in rank or len(rank) < 2 or not isinstance(total, Mention):
        return None
    figures = [_value(table, r, role) for r in rank]
    if not all(isinstance(f, Mention) for f in figures):
        return None
    return sum_agrees([f for f in figures if isinstance(f, Mention)], total)
