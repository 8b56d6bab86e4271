"""A table's column of averages (I10): "机具品目｜数量（台）｜补贴资金（万元）｜台均补贴（万元）" — each row's average is its
amount over its count, in the unit the headers give (the same for the amount and the average, else nothing is said)."""

from __future__ import annotations

import re

from chains.check.rules.base import Context, agrees, fmt
from chains.findings import Finding
from chains.text.table_model import Table

_AVERAGE_HEAD = re.compile(r"[台户人亩村生家个件次]均|平均|单价")
_COUNT_HEAD = re.compile(r"数量|台数|户数|人数|个数|次数|件数|面积|规模")
_AMOUNT_HEAD = re.compile(r"资金|金额|补贴|补助|费用|投资|支出")
_UNIT = re.compile(r"[（(]([^（）()]{1,8})[)）]\s*$")


def run(ctx: Context) -> None:
    for table in ctx.tables:
        header = table.header or table.rows[0]  # a header of no known roles stays the first row
        if any(c.value() is not None for c in header.cells):
            continue
        cols = _columns([c.text for c in header.cells])
        if cols is not None:
            _rows(ctx, table, *cols)


def _columns(heads: list[str]) -> tuple[int, int, int] | None:
    """(count, amount, average) columns: one of each, the amount's unit the average's."""
    avg = [j for j, h in enumerate(heads) if _AVERAGE_HEAD.search(h)]
    cnt = [j for j, h in enumerate(heads) if _COUNT_HEAD.search(h) and j not in avg]
    amt = [j for j, h in enumerate(heads) if _AMOUNT_HEAD.search(h) and j not in avg and j not in cnt]
    if len(avg) != 1 or len(cnt) != 1 or len(amt) != 1:
        return None
    unit_amt, unit_avg = _UNIT.search(heads[amt[0]]), _UNIT.search(heads[avg[0]])
    if unit_amt is None or unit_avg is None or unit_amt.group(1) != unit_avg.group(1):
        return None
    return cnt[0], amt[0], avg[0]


def _rows(ctx: Context, table: Table, cnt: int, amt: int, avg: int) -> None:
    for row in table.data_rows() if table.header is not None else table.rows[1:]:
        if max(cnt, amt, avg) >= len(row.cells):
            continue
        n, a, m = (row.cells[j].value() for j in (cnt, amt, avg))
        if n is None or a is None or m is None or not n.value or any(x.approx or x.comparator for x in (n, a, m)):
            continue
        mean = a.value / n.value
        if agrees(m, mean):
            continue
        ctx.add(
            Finding(
                "average_mismatch",
                f"“{row.label}”{a.raw}÷{n.raw}＝{fmt(mean, max(2, m.decimals))}，与表中所写平均数{m.raw}不符。",
                m.span,
                values={"total": a.raw, "count": n.raw, "stated": m.raw},
                expected=fmt(mean, max(2, m.decimals)),
                related=(a.span, n.span),
            )
        )

