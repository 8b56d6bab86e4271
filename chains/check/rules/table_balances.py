"""A funds table's column of balances (I3): "资金来源｜全年预算数｜实际到位数｜全年执行数｜结余｜执行率" — each row's
balance is what arrived (or, where nothing is said of arrival, the budget) less what was spent. The balance is wrong
only when it agrees with neither base. A table of one amount a row ("项目｜金额（万元）" over "实际到位｜140.00",
"实际支出｜136.92", "结余｜3.08") is read the same way, its rows named by their labels."""

from __future__ import annotations

import re

from chains.check.rules.base import EPS, Context, fmt_like
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.table_model import Row, Table

_BALANCE_HEAD = re.compile(r"^(?:年末)?(?:结转)?结余(?:结转)?(?:资金|数|金额)?(?:[（(]万元[)）])?$")
_BASES = ("received", "annual_budget")


def run(ctx: Context) -> None:
    for table in ctx.tables:
        if table.header is None or table.col("spent") is None or not any(table.col(r) is not None for r in _BASES):
            _keyed(ctx, table)
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


_KEYED = {"received": re.compile(r"^(?:实际)?到位(?:资金)?(?:数|金额)?$"),
          "annual_budget": re.compile(r"^(?:全年预算|调整后预算)(?:数|资金)?$"),
          "spent": re.compile(r"^(?:实际|全年)?(?:支出|执行)(?:数|资金|金额)?$"),
          "balance": _BALANCE_HEAD}


def _keyed(ctx: Context, table: Table) -> None:
    """A table of one amount a row, each named by its label: the balance against what arrived (or the budget) less
    what was spent, when each is named once; in each column of amounts ("项目｜合计｜基本支出｜项目支出" over "全年预算｜…",
    "全年支出｜…", "结余结转｜53.46｜｜")."""
    head = table.rows[0]
    title = ctx.text[ctx.text.rfind("\n", 0, max(0, head.span[0] - 1)) + 1 : head.span[0]]  # "…情况表（单位：万元）"
    if len(head.cells) > 5 or "万元" not in head.cells[-1].text + head.label + title:
        return
    for col in range(1, len(head.cells) if len(head.cells) > 3 else 2):
        _keyed_column(ctx, table, col)


def _keyed_column(ctx: Context, table: Table, col: int) -> None:
    found: dict[str, list[Mention]] = {}
    for row in table.rows[1:]:
        label = row.label.replace(" ", "")
        amount = row.cells[col].value() if len(row.cells) > col else None
        role = next((r for r, pattern in _KEYED.items() if pattern.match(label)), None)
        if role is not None and amount is not None and amount.kind in ("number", "money") and not amount.approx \
                and amount.comparator is None:
            found.setdefault(role, []).append(amount)
    if any(len(v) > 1 for v in found.values()) or "balance" not in found or "spent" not in found:
        return
    bases = [found[r][0] for r in _BASES if r in found]
    balance, spent = found["balance"][0], found["spent"][0]
    if not bases or any(_agrees(balance, base, spent) for base in bases):
        return
    expected = bases[0].value - spent.value
    name = "到位" if "received" in found else "预算"
    ctx.add(
        Finding(
            "balance_mismatch",
            f"按{name}{bases[0].raw}万元、执行{spent.raw}万元计算，结余应为{fmt_like(expected, balance)}万元，与表中所填{balance.raw}不符。",
            balance.span,
            values={"base": bases[0].raw, "spent": spent.raw, "stated": balance.raw},
            expected=fmt_like(expected, balance),
            related=(bases[0].span, spent.span),
        )
    )
