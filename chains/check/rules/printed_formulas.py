"""Formulas printed in a funds form's row labels (the Shanxi layout, rules.md §2): the rows are numbered (1), (2), …
in order, and a row whose label says how it is computed must hold that value in every column:

    结余（结转）数（5）=（3）−（4）｜(5)｜7.92        the received (3) less the spent (4)
    预算执行率（7）=（4）/（2）｜(7)｜93.40%          the spent (4) over the annual budget (2)

A row's number is its place among the rows that hold figures; a formula whose own number is not the row's place
is not read (fail closed). Differences are reported as ``balance_mismatch`` (−), ``sum_mismatch`` (+) and
``rate_mismatch`` (/), with both operands as evidence.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import HUNDRED, Context, agrees, fmt_like
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.table_model import Row, Table

_N = r"[（(]\s*(\d{1,2})\s*[)）]"
_FORMULA = re.compile(rf"{_N}\s*[=＝]\s*{_N}\s*([-−－+＋/／÷])\s*{_N}")
_LINE_NO = re.compile(r"[（(]\s*(\d{1,2})\s*[)）]")
_CODES = {"-": "balance_mismatch", "+": "sum_mismatch", "/": "rate_mismatch"}
_OPS = {"−": "-", "－": "-", "＋": "+", "／": "/", "÷": "/"}


def run(ctx: Context) -> None:
    if "=" not in ctx.text and "＝" not in ctx.text:
        return  # no formula printed anywhere (most reports): one scan and done
    for table in ctx.tables:
        if any(_FORMULA.search(ctx.text, *r.span) for r in table.rows):
            _table(ctx, table)


def _table(ctx: Context, table: Table) -> None:
    rows = [r for r in table.rows if any(c.value() is not None for c in r.cells[1:])]
    # rows numbered in a 行次 column ("全年预算数｜(2)｜156.00"), else by their place
    marks = [_LINE_NO.search(ctx.text, *r.span) for r in rows]
    numbered = {int(m.group(1)): r for m, r in zip(marks, rows, strict=True) if m} if all(marks) else {}
    by_no = numbered if len(numbered) == len(rows) else {k: r for k, r in enumerate(rows, start=1)}
    for no, row in by_no.items():
        f = _FORMULA.search(ctx.text, *row.span)  # in the label or in the 行次 column ("结余｜(5)=(3)-(4)｜7.32")
        if f is None:
            continue
        own, a, op, b = int(f.group(1)), int(f.group(2)), _OPS.get(f.group(3), f.group(3)), int(f.group(4))
        if own != no or a not in by_no or b not in by_no or a == own or b == own:
            continue
        seen: set[tuple[Decimal, Decimal, Decimal]] = set()  # the total column's figures again in its one source's
        for j in range(1, len(row.cells)):
            _cell(ctx, row, by_no[a], by_no[b], j, op, f.group(0), ctx.text[row.span[0] : row.span[1]], seen)


def _value(row: Row, j: int) -> Mention | None:
    if j >= len(row.cells):
        return None
    if _LINE_CELL.match(row.cells[j].text):
        return None  # the 行次 column's "(5)": a line's number, no figure
    m = row.cells[j].value()
    return m if m is not None and not m.approx and m.kind in ("money", "number", "percent", "count") else None


_LINE_CELL = re.compile(r"^\s*[（(]\s*\d{1,2}\s*[)）]\s*$")


def _cell(ctx: Context, row: Row, ra: Row, rb: Row, j: int, op: str, formula: str, line: str,
          seen: set[tuple[Decimal, Decimal, Decimal]]) -> None:
    stated, x, y = _value(row, j), _value(ra, j), _value(rb, j)
    if stated is None or x is None or y is None or x.kind == "percent" or y.kind == "percent":
        return
    if (stated.value, x.value, y.value) in seen:
        return  # "合计｜2.61" and "财政拨款｜2.61" of 12.00 − 9.84: one slip, written in the total and its only source
    pct = op == "/" and (stated.kind == "percent" or bool(re.search(r"[%％]", line)) or stated.value > 2)
    if op == "/":
        if y.value == 0:
            return
        computed = x.value / y.value * (HUNDRED if pct else Decimal(1))  # a rate without % above 2 is in %
    else:
        computed = x.value - y.value if op == "-" else x.value + y.value
    if stated.kind == "percent" and op != "/":
        return
    if agrees(stated, computed):
        return
    plain = re.sub(r"\s+", "", formula)
    seen.add((stated.value, x.value, y.value))
    ctx.add(
        Finding(
            _CODES[op],
            f"按表中公式{plain}计算，应为{fmt_like(computed, stated)}{'%' if pct else ''}，"
            f"表中所填{stated.raw}不符（{x.raw}、{y.raw}）。",
            stated.span,
            values={"formula": plain, "stated": stated.raw, "operands": f"{x.raw}、{y.raw}"},
            expected=fmt_like(computed, stated) + ("%" if pct else ""),
            related=(x.span, y.span),
        )
    )
