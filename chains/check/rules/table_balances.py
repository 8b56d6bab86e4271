"""A funds table's column of balances (I3): "资金来源｜全年预算数｜实际到位数｜全年执行数｜结余｜执行率" — each row's
balance is what arrived (or, where nothing is said of arrival, the budget) less what was spent. The balance is wrong
only when it agrees with neither base."""

from __future__ import annotations

import re

from chains.check.rules.base import EPS, Context, fmt_like
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.table_model import Row, Table

_BALANCE_HEAD = re.compile(r"^(?:年末)?(?:结转)?结余(?:资金|数|金额)?(?:[（(]万元[)）])?$")
_BASES = ("received", "annual_budget")


def run(ctx: Context) -> None:
    for table in ctx.tables:
        if table.header is None or table.col("spent") is None or not any(table.col(r) is not None for r in _BASES):
            continue
        cols = [j for j, c in enumerate(table.header.cells) if _BALANCE_HEAD.match(c.text.replace(" ", ""))]
        if len(cols) == 1 and cols[0] not in table.roles:
            for row in table.data_rows():
                _row(ctx, table, row, cols[0])


def _row(ctx: Context, table: Table, row: Row, col: int) -> None:
    balance = row.cells[col].value() if col < len(row.cells) else None
    spent = table.number(row, "spent")
    bases = [b for r in _BASES if (b := table.number(row, r)) is not None]
    if balance is None or spent is None or not bases or any(x.approx or x.comparator for x in (balance, spent, *bases)):
        return
    if any(_agrees(balance, base, spent) for base in bases):
        return
    base = bases[0]
    expected = base.value - spent.value
    name = "到位" if table.number(row, "received") is base else "预算"
    ctx.add(
        Finding(
            "balance_mismatch",
            f"“{row.label or '该行'}”：按{name}{base.raw}、执行{spent.raw}计算，结余应为{fmt_like(expected, balance)}，"
            f"与表中所填{balance.raw}不符。",
            balance.span,
            values={"base": base.raw, "spent": spent.raw, "stated": balance.raw},
            expected=fmt_like(expected, balance),
            related=(base.span, spent.span),
        )
    )


def _agrees(balance: Mention, base: Mention, spent: Mention) -> bool:
    """Within half a unit of the last decimal written of any of the three (each was rounded on its own)."""
    tolerance = max(x.half_unit() for x in (balance, base, spent)) + EPS
    return abs(base.value - spent.value - balance.value) <= tolerance
