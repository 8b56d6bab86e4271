"""A remainder said in parts, one clause each ("…未支出的2.80万元结转至2021年；公证费减免补偿结余0.64万元，年底已按规定
交回财政"): budget − spending is their sum, not any one of them (I3). Pure."""

from __future__ import annotations

from decimal import Decimal

from chains.check.rules.base import Context, agrees
from chains.text.quantities import Linked

_LEFT_OVER = ("balance", "carry_forward")


def split_between(ctx: Context, lk: Linked, spent: list[Linked], bases: list[Linked]) -> bool:
    """Whether the balance ``lk`` and the other amounts left over in its line add up to a base less a spending."""
    line = ctx.line_of(lk.mention.start)
    others = [o.mention.value for o in ctx.linked if o is not lk and o.quantity in _LEFT_OVER and o.mention.kind == "money"
              and o.component_of is None and not o.mention.approx and ctx.line_of(o.mention.start) == line]
    if not others:
        return False
    rest = sum(others, Decimal(0))
    return any(agrees(lk.mention, b.mention.value - s.mention.value - rest) for s in spent for b in bases)
