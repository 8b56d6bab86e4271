"""Funds tables with the fund sources as columns (seed 003, Shanxi layout): rows 年初预算 / 全年预算 / 实际到位 /
全年执行 / 资金结余 / 到位率 / 执行率, columns 年度总金额 | 财政资金（小计 | 中央 | 省级 | 市级 | 县区级）| 上年结转 | 其他.

Per column: I3 结余 = 到位 − 执行 ((5)=(3)−(4); 全年预算 − 执行 when no 到位 row) → ``balance_mismatch``;
per amount row: I4 小计 = 中央 + 省 + 市 + 县 and 总金额 = 小计 + 上年结转 + 其他 → ``sum_mismatch``.
An empty cell, "—" or "/" counts as 0 (a source that contributed nothing); a zero-base column printing 0 is fine.
Rates in this layout are checked by ``rules_scoring._funds_rows``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, fmt
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.table_model import Row, Table, column_role

__all__ = ["run", "source_columns"]

_AMOUNT_ROLES = ("initial_budget", "annual_budget", "received", "spent")
_ROW_NAMES = {"initial_budget": "年初预算", "annual_budget": "全年预算", "received": "实际到位", "spent": "全年执行",
              "balance": "资金结余"}
_BALANCE = re.compile(r"结余|结转结余|未执行")
_TOTAL_COL = re.compile(r"总金额|总额|合计|总计|^总数")
_SUBTOTAL_COL = re.compile(r"小计")
_LEVEL_COL = re.compile(r"^(?:其中[：:]?)?\s*(?:中央|省|自治区|市|州|盟|县|旗|区|乡|镇)")
_FUNDS_WORD = re.compile(r"预算|执行|到位|结余|未执行")
_EMPTY = {"", "—", "－", "-", "/", "／", "——"}


def run(ctx: Context) -> None:
    for table in ctx.tables:
        if table.header_index is None:
            _check_table(ctx, table)


def _amount_rows(table: Table) -> tuple[dict[str, Row], int]:
    """Rows by quantity, and the index of the first of them (rows above are the header)."""
    rows: dict[str, Row] = {}
    first = len(table.rows)
    for i, row in enumerate(table.rows):
        label = row.label
        if not _FUNDS_WORD.search(label):
            continue
        role = column_role(label)
        if role in _AMOUNT_ROLES and role not in rows:
            rows[role] = row
        elif role is None and _BALANCE.search(label) and "balance" not in rows:
            rows["balance"] = row
        else:
            continue
        first = min(first, i)
    return rows, first


def source_columns(header_rows: list[Row]) -> tuple[int | None, int | None, list[int]]:
    """(total column, 小计 column, government-level columns, other source columns) from the header rows.

    Merged header cells shift later labels in the flattened text, so only the first total/小计 label and the
    level labels (中央/省/市/县) are trusted; every other numbered column right of the total is a source."""
    total = subtotal = None
    levels: list[int] = []
    width = max((len(r.cells) for r in header_rows), default=0)
    for j in range(width):
        labels = [r.cells[j].text.strip() for r in header_rows if j < len(r.cells) and r.cells[j].text.strip()]
        if not labels:
            continue
        last = labels[-1]
        if _SUBTOTAL_COL.search(last) and subtotal is None:
            subtotal = j
        elif _LEVEL_COL.match(last) and not _TOTAL_COL.search(last):
            levels.append(j)
        elif total is None and any(_TOTAL_COL.search(t) for t in labels) and not _SUBTOTAL_COL.search(last):
            total = j
    return total, subtotal, levels


def _value(row: Row, j: int) -> Mention | None | bool:
    """The number in cell j; None for an empty cell (counts as 0); False when the cell is unusable."""
    if j >= len(row.cells):
        return None
    text = row.cells[j].text.strip()
    if text in _EMPTY:
        return None
    m = row.cells[j].value()
    if m is None or m.approx or m.kind not in ("number", "money"):
        return False
    return m


def _check_table(ctx: Context, table: Table) -> None:
    rows, first = _amount_rows(table)
    if len(rows) < 2 or first == 0:
        return
    total, subtotal, levels = source_columns(table.rows[:first])
    width = max(len(r.cells) for r in rows.values())
    numbered = [j for j in range(width) if total is not None and j > total]
    if subtotal is None:
        levels_for_total = numbered
    else:
        levels_for_total = [subtotal] + [j for j in numbered if j not in levels and j != subtotal]
    for role, row in rows.items():
        if role == "balance":
            continue  # checked cell by cell against 到位 − 执行 below
        name = _ROW_NAMES[role]
        if subtotal is not None and len(levels) >= 2:
            # the 小计 the year's total bears out (总金额 = 小计 + 结转 + 其他): the slip is among the levels
            borne = total is not None and len(levels_for_total) >= 2 and _adds_up(row, total, levels_for_total)
            _sum(ctx, row, subtotal, levels, f"{name}的财政资金小计", borne)
        if total is not None and len(levels_for_total) >= 2:
            _sum(ctx, row, total, levels_for_total, f"{name}的年度总金额")
    if "balance" in rows and "spent" in rows and total is not None:
        base_role = "received" if "received" in rows else "annual_budget" if "annual_budget" in rows else None
        if base_role is not None:
            for j in [total] + numbered:
                _balance(ctx, rows["balance"], rows[base_role], rows["spent"], j, base_role)


def _adds_up(row: Row, j_total: int, parts: list[int]) -> bool:
    t, values = _value(row, j_total), [_value(row, j) for j in parts]
    return isinstance(t, Mention) and all(v is not False for v in values) and \
        sum((v.value for v in values if isinstance(v, Mention)), Decimal(0)) == t.value


def _sum(ctx: Context, row: Row, j_total: int, parts: list[int], what: str, borne: bool = False) -> None:
    t = _value(row, j_total)
    if not isinstance(t, Mention):
        return
    values = [_value(row, j) for j in parts]
    if any(v is False for v in values):
        return
    given = [v for v in values if isinstance(v, Mention)]
    if not given:
        return
    total_sum = sum((v.value for v in given), Decimal(0))
    if total_sum == t.value:
        return
    ctx.add(
        Finding(
            "sum_mismatch",
            f"{what}{t.raw}不等于各来源之和{fmt(total_sum, max(2, t.decimals))}"
            f"（{'＋'.join(v.raw for v in given)}）。" + ("小计与年度总金额相符，差错应在各来源之中。" if borne else ""),
            (given[0].start, given[-1].end) if borne else t.span,
            values={"total": t.raw, "parts": "＋".join(v.raw for v in given)},
            expected=fmt(total_sum, max(2, t.decimals)),
            related=tuple(v.span for v in given),
        )
    )


def _balance(ctx: Context, balance: Row, base: Row, spent: Row, j: int, base_role: str) -> None:
    b, r, s = _value(balance, j), _value(base, j), _value(spent, j)
    if not isinstance(b, Mention) or r is False or s is False:
        return
    if r is None and s is None:
        return
    rv = r.value if isinstance(r, Mention) else Decimal(0)
    sv = s.value if isinstance(s, Mention) else Decimal(0)
    expected = rv - sv
    if b.value == expected:
        return
    what = "实际到位" if base_role == "received" else "全年预算"
    ctx.add(
        Finding(
            "balance_mismatch",
            f"资金结余应为{what}{r.raw if isinstance(r, Mention) else '0'}减全年执行"
            f"{s.raw if isinstance(s, Mention) else '0'}，即{fmt(expected, max(2, b.decimals))}，表中为{b.raw}。",
            b.span,
            values={"stated": b.raw, "base": r.raw if isinstance(r, Mention) else "0",
                    "spent": s.raw if isinstance(s, Mention) else "0"},
            expected=fmt(expected, max(2, b.decimals)),
            related=tuple(m.span for m in (r, s) if isinstance(m, Mention)),
        )
    )
