"""Savings of a government purchase, stated in one sentence (rules I3 and I1 by analogy): the budget of the purchase
less the contract (中标/成交) amount is the money saved, and the saving over that budget is the 节支率.

    采购预算96.0000万元，合同金额91.2000万元，节约资金4.8000万元，节支率5.0%。

Each figure is taken only where its own word names it, once in the sentence; otherwise nothing is said."""

from __future__ import annotations

import re

from chains.check.rules.base import HUNDRED, Context, agrees, fmt_like, money, money_like
from chains.findings import Finding
from chains.text.numbers import Mention

_BUDGET = re.compile(r"(?:采购预算|预算金额|采购控制价|控制价|最高限价)(?:金额)?[为是：:]?$")
_CONTRACT = re.compile(r"(?:合同金额|合同价|中标金额|中标价|成交金额|成交价)(?:格)?[为是：:]?$")
_SAVED = re.compile(r"(?:节约|节支|节省)(?:资金|金额)?[为是：:]?$")
_RATE = re.compile(r"(?:节支率|节约率|节资率)[为是达：:]?$")


def run(ctx: Context) -> None:
    sentences: dict[tuple[int, int], list[Mention]] = {}
    for lk in ctx.linked:
        sentences.setdefault(lk.sentence, []).append(lk.mention)
    for mentions in sentences.values():
        budget = _one(ctx, mentions, _BUDGET, "money")
        contract = _one(ctx, mentions, _CONTRACT, "money")
        saved = _one(ctx, mentions, _SAVED, "money")
        if budget is None or contract is None or saved is None or not budget.value:
            continue
        expected = budget.value - contract.value
        if not agrees(saved, expected) and not agrees(budget, contract.value + saved.value):
            ctx.add(Finding(
                "balance_mismatch",
                f"采购预算{money(budget)}减合同金额{money(contract)}，节约资金应为{money_like(expected, saved)}，"
                f"与所写{money(saved)}不符。",
                saved.span, values={"base": money(budget), "spent": money(contract), "stated": money(saved)},
                expected=money_like(expected, saved), related=(budget.span, contract.span)))
            continue
        rate = _one(ctx, mentions, _RATE, "percent")
        if rate is not None and not agrees(rate, saved.value / budget.value * HUNDRED):
            computed = saved.value / budget.value * HUNDRED
            ctx.add(Finding(
                "rate_mismatch",
                f"按节约资金{money(saved)}÷采购预算{money(budget)}计算，节支率为{fmt_like(computed, rate)}%，"
                f"与所写{rate.raw}不符。",
                rate.span, values={"base": money(budget), "amount": money(saved), "stated": rate.raw},
                expected=f"{fmt_like(computed, rate)}%", related=(budget.span, saved.span)))


def _one(ctx: Context, mentions: list[Mention], word: re.Pattern[str], kind: str) -> Mention | None:
    """The one figure of ``kind`` in the sentence right after ``word`` (None when none or several)."""
    found = [m for m in mentions if m.kind == kind and not m.approx and m.comparator is None
             and word.search(ctx.text, max(0, m.start - 8), m.start)]
    return found[0] if len(found) == 1 else None

