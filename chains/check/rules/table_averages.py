"""A table's column of averages (I10): "机具品目｜数量（台）｜补贴资金（万元）｜台均补贴（万元）" — each row's average is its
amount over its count, in the unit the headers give (the same for the amount and the average, else nothing is said)."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import HUNDRED, Context, agrees, fmt
from chains.check.rules.score_groups import Leaf
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.table_model import Row, Table

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



def scores_averaged(ctx: Context, table: Table, leaf: list[Leaf], total: Mention) -> bool:
    """"子项目｜预算数｜执行数｜执行率｜自评得分 … 合计｜970.05｜921.82｜95.03%｜97.76": a table of whole scores (no 分值
    column, each ≤ 100, together far over 100) whose 合计 row gives their average, plain or weighted by each row's
    budget. True when it is such a table; an average that neither gives is ``average_mismatch``."""
    scores = [s for _, _, s, _ in leaf if s is not None]
    if table.col("weight") is not None or len(scores) < 2 or len(scores) != len(leaf) or total.value > HUNDRED \
            or any(s.value > HUNDRED for s in scores) or sum(s.value for s in scores) <= HUNDRED:
        return False
    means = score_means(table, [row for row, _, _, _ in leaf], scores)
    if any(agrees(total, m) for m in means):
        return True
    said = "或".join(fmt(m, max(2, total.decimals)) for m in means)
    ctx.add(
        Finding(
            "average_mismatch",
            f"合计行得分{total.raw}应为各行得分的平均数（简单平均或按预算数加权：{said}），两者不符。",
            total.span,
            values={"stated": total.raw, "mean": said},
            expected=fmt(means[-1], max(2, total.decimals)),
            related=tuple(s.span for s in scores),
        )
    )
    return True


def score_means(table: Table, rows: list[Row], scores: list[Mention]) -> list[Decimal]:
    """The rows' scores averaged plainly, and weighted by each row's budget when every row gives one."""
    means = [sum((s.value for s in scores), Decimal(0)) / len(scores)]
    budgets = [table.number(row, "annual_budget") for row in rows]
    if all(b is not None and b.kind in ("number", "money") for b in budgets):
        weight = sum((b.value for b in budgets if b is not None), Decimal(0))
        if weight:
            means.append(sum((b.value * s.value for b, s in zip(budgets, scores, strict=True) if b is not None),
                             Decimal(0)) / weight)
    return means
