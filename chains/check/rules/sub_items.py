"""A sub-project's money in the overview list against the money its own paragraph gives it (issue 10: "one budget
stated twice with one different"):

    市财政共计下达单位市级项目资金60万元，涉及2个项目，分别为：青少年管理事务工作经费30万元；共青团武威市第四次代表大会费用30万元。
    …
    2.共青团武威市第四次代表大会费用。该项目财政拨入资金33万元，截止2020年12月31日，支出资金30万元……

The overview item is an amount named for the sub-project (its subject) in a list, outside any sub-project's
paragraph; the paragraph is the numbered one headed with that name (its ``scope``). The paragraph's allocation
(预算、下达、到位、拨入) is compared with the item. When any allocation in the paragraph equals the item (年初30万元,
调整后33万元) nothing is said; otherwise two amounts one slip apart are reported as 疑似 ``conflicting_values``
(a paragraph may also speak of a later addition the list left out), on the paragraph's figure.
"""

from __future__ import annotations

from chains.check.rules.base import Context, money
from chains.check.rules.items import near
from chains.findings import Finding
from chains.text.quantities import Linked

_ALLOCATION = {"initial_budget", "annual_budget", "approved_budget", "received", "issued"}
_MIN_NAME = 4


def run(ctx: Context) -> None:
    scoped: dict[str, list[Linked]] = {}
    for lk in ctx.linked:
        if lk.scope and lk.mention.kind == "money" and lk.quantity in _ALLOCATION and not lk.mention.approx:
            scoped.setdefault(lk.scope, []).append(lk)
    if not scoped:
        return
    for item in ctx.linked:
        m = item.mention
        name = item.subject
        if (item.scope or m.kind != "money" or m.approx or not item.specific or len(name) < _MIN_NAME
                or item.quantity not in (None, *_ALLOCATION)):
            continue
        own = scoped.get(name)
        if not own or any(lk.mention.value == m.value for lk in own) or not _in_list(ctx, item):
            continue
        said = own[0].mention
        if said.start < m.start or not near(m, said) or said.span in ctx.explained:
            continue
        ctx.add(
            Finding(
                "conflicting_values",
                f"疑似：“{name}”在前文所列为{money(m)}，本段写为{money(said)}，两者不符。"
                "（若本段金额含追加或调整，请在文中说明）",
                said.span,
                severity="warning",
                values={"listed": money(m), "stated": money(said)},
                related=(m.span,),
            )
        )


def _in_list(ctx: Context, item: Linked) -> bool:
    """The item's line names two amounts or more, each for something of its own."""
    line = ctx.line_of(item.mention.start)
    return sum(1 for o in ctx.linked if o.mention.kind == "money" and o.specific and o.subject != item.subject
               and ctx.line_of(o.mention.start) == line) >= 1
