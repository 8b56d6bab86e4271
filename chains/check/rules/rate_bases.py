"""Operands of an execution rate the report names loosely: the bases when it names no budget (the one amount named
only as funds in the rate's own sentence, or the one amount of funds broken down into its sources), and money paid
out (拨付) that the rate is of."""

from __future__ import annotations

import re

from chains.check.rules.base import Context, stated_fact
from chains.text.numbers import Mention
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


def paid_out(ctx: Context, o: Linked, lk: Linked, whole: bool = False) -> bool:
    """Money paid out that a rate or balance is of: "实际拨付…409.96万元" anywhere before it, or "全年共拨付贴息资金
    179.35万元，预算执行率96.02%，年末结余7.05万元" right before it; with ``whole``, only all the year's payments
    ("按半年拨付2.00万元，结余2.00万元" pays half a year's, and what is left is of the year's)."""
    said = ctx.text[max(o.sentence[0], o.mention.start - 12) : o.mention.start]
    then = _RATE_RIGHT_AFTER if lk.mention.kind == "percent" else _RIGHT_BEFORE
    return "实际拨付" in said or re.search(r"拨付(?!到位)", said) is not None \
        and then.fullmatch(ctx.text, o.mention.end, lk.mention.start) is not None \
        and (not whole or re.search(r"全年|共|累计|合计", said) is not None)


_RATE = r"(?:资金)?(?:预算)?(?:执行|使用|支出)率(?:为|达到?|是)?\s*"
_RATE_RIGHT_AFTER = re.compile(rf"[，,]\s*{_RATE}")  # "，预算执行率" (not "，支付进度": a schedule's)
# "，预算执行率96.22%，年末结余": at most the rate between the money paid and the balance of it
_RIGHT_BEFORE = re.compile(rf"[，,]\s*(?:{_RATE}\d+(?:\.\d+)?%[，,]\s*)?[^\d，,。；;]{{0,10}}")


def zero_fund_before(ctx: Context, lk: Linked) -> Mention | None:
    """The one amount of the rate's sentence before it, when it is a fund's (资金/经费/预算…) and zero."""
    said = [o for o in ctx.linked if o.sentence == lk.sentence and o.mention.kind == "money" and o.mention.end <= lk.mention.start]
    if len(said) != 1 or said[0].mention.value != 0 or said[0].quantity not in (None, "annual_budget", "approved_budget", "initial_budget"):
        return None
    return said[0].mention if _FUND_WORD.search(ctx.text, max(0, said[0].mention.start - 3), said[0].mention.start) else None


_FUND_WORD = re.compile(r"(?:资金|经费|预算|补助|拨款)(?:为|是)?$")
