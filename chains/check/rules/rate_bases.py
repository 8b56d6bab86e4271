"""Bases of an execution rate when the report names no budget: the one amount named only as funds in the rate's own
sentence, or the one amount of funds broken down into its sources."""

from __future__ import annotations

import re

from chains.check.rules.base import Context, stated_fact
from chains.text.quantities import Linked

_FUNDS_NOUN = re.compile(r"(?:资金|经费|预算|款)$")


def unnamed_base(ctx: Context, lk: Linked, nums: list[Linked]) -> list[Linked]:
    """"2021年项目资金309万元，全年执行309万元，执行率100%": with no budget word anywhere, the one amount named
    only as funds (…资金/经费) in the rate's own sentence, before what was spent, is the base."""
    spent = [n for n in nums if n.sentence == lk.sentence and n.mention.start < lk.mention.start]
    if not spent:
        return []
    before = [o for o in ctx.linked if o.sentence == lk.sentence and o.mention.kind == "money" and o.quantity is None
              and o.component_of is None and o.mention.start < spent[-1].mention.start and stated_fact(o.mention)]
    if len(before) != 1:
        return []
    head = ctx.text[max(lk.sentence[0], before[0].mention.start - 12) : before[0].mention.start]
    return before if _FUNDS_NOUN.search(head.rstrip("为是约达共计：:")) else []


_FUNDS_TOTAL_HEAD = re.compile(r"(?:项目|专项|财政)?(?:资金|经费)(?:总额|总计|合计)?(?:为|共|共计|计)?[：:]?\s*$")


def broken_down_funds(ctx: Context) -> list[Linked]:
    """"（三）资金来源。项目资金450.00万元，其中自治区…300.00万元，县级财政资金150.00万元": in a report that names no
    budget, the one amount of funds broken down into its sources is the base of the execution rate."""
    found = [lk for i, lk in enumerate(ctx.linked) if lk.quantity is None and lk.mention.kind == "money"
             and lk.component_of is None and not lk.mention.approx and not lk.scope
             and sum(1 for o in ctx.linked if o.component_of == i) >= 2
             and _FUNDS_TOTAL_HEAD.search(ctx.text, max(lk.sentence[0], lk.mention.start - 12), lk.mention.start)]
    return found if len(found) == 1 else []
