"""A 自评表 split into goal blocks (Hubei's layout): "年度目标1：建成…2座公交充电站（40分）" over a table of its own
indicators, then "年度目标2：…（40分）" over the next, the 预算执行 row's 20 points in the funds block. Each block's
weights add up to the points its heading gives (I6); the block is no whole 自评表, so the hundred is not asked of it."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from chains.check.rules.base import EPS, Context, plain_number
from chains.check.rules.score_groups import Leaf
from chains.findings import Finding
from chains.text.numbers import Mention, extract_numbers
from chains.text.table_model import Table

_HEADING = re.compile(r"[ \t]*(?:年度)?目标[\d一二三四五六七八九十]*[：:][^\n]*?[（(](?:分值|权重)?[：:]?\s*(\d+(?:\.\d+)?)\s*分?[)）][ \t]*$")


def heading_points(ctx: Context, table: Table) -> Mention | None:
    """The points the goal-block heading right above the table gives it ("（40分）", "（分值40）"), or None."""
    before = ctx.text[: table.span[0]].rstrip("\n \t")
    start = before.rfind("\n") + 1
    said = _HEADING.match(before, start)
    if said is None or start > 0 and _HEADING.match(before, before.rfind("\n", 0, start - 1) + 1, start - 1):
        return None  # (two goals' headings one after the other: the goals listed above one table of them all)
    found = [m for m in extract_numbers(said.group(0)) if m.number == Decimal(said.group(1))]
    return replace(found[-1], span=(start + found[-1].start, start + found[-1].end)) if found else None


def one_block(ctx: Context, table: Table, leaf: list[Leaf], totalled: bool, weight: Mention | None, sure: bool) -> bool:
    """Whether the table is one goal block (see ``block``): one with no total row, or one whose total row's weight
    is the whole's."""
    return (not totalled or all_blocks_total(ctx, table, weight)) and block(ctx, table, leaf, sure)


def all_blocks_total(ctx: Context, table: Table, weight: Mention | None) -> bool:
    """"年度目标二：…（40分）" over rows closed by "合计｜｜100｜98.72": the last block's table carries the 合计 of every
    block and the funds block together, not its own."""
    points = heading_points(ctx, table)
    inside = ctx.text[table.span[0] : table.span[1]].split("\n")  # (not a table that runs on over the next headings)
    return points is not None and weight is not None and weight.value == 100 != points.value \
        and not any(_HEADING.match(line) for line in inside)


def block(ctx: Context, table: Table, leaf: list[Leaf], sure: bool) -> bool:
    """Whether the table is one goal block; if so, and its rows are ``sure``, Σ its weights = its heading's points."""
    points = heading_points(ctx, table)
    if points is not None and sure:
        _block_weights(ctx, leaf, points)
    return points is not None


def _block_weights(ctx: Context, leaf: list[Leaf], points: Mention) -> None:
    weights = [w for _, w, _, _ in leaf if w is not None]
    if not weights or len(weights) != len(leaf):
        return
    total = sum((w.value for w in weights), Decimal(0))
    if abs(total - points.value) <= EPS:
        return
    ctx.add(
        Finding(
            "weight_sum_mismatch",
            f"该年度目标下各项分值合计为{plain_number(total)}，与标题所写{plain_number(points.value)}分不符。",
            (weights[0].start, weights[-1].end) if weights[0].start < weights[-1].end else weights[0].span,
            values={"sum": plain_number(total), "stated": plain_number(points.value)},
            expected=plain_number(points.value),
            related=(points.span,),
        )
    )
