"""A rate whose digits are its own paragraph's spending over a budget with two neighbouring digits changed places
(I1): "市级资金60.00万元，支出57.37万元，执行率96.52%" — 57.37 / 60.00 = 95.62%.

Read only for a rate named as such (执行率, 到位率, 支出率, 使用率…) when no amount of the paragraph over another gives
it as written, and exactly one pair (spending, or money arrived, over a budget, money arrived or issued) gives it
with two neighbouring digits swapped; the rules that pair a rate with its amounts by name come first and this one
says nothing where they spoke."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import HUNDRED, Context, agrees, fmt, money, swapped_from
from chains.findings import Finding
from chains.text.numbers import Mention

_RATES = {"execution_rate", "received_rate"}
_WHOLES = {"annual_budget", "initial_budget", "approved_budget", "received", "issued", "total_investment"}
_PARTS = {"spent", "received"}


def run(ctx: Context) -> None:
    rates = [lk for lk in ctx.linked if lk.quantity in _RATES and lk.mention.kind == "percent" and lk.mention.decimals
             and not lk.mention.approx and lk.mention.comparator is None and lk.mention.value <= HUNDRED]
    if not rates:
        return
    judged = {f.span for f in ctx.findings}
    for lk in rates:
        m = lk.mention
        if m.span in judged or m.span in ctx.explained:
            continue
        start = ctx.text.rfind("\n", 0, m.start) + 1
        end = ctx.text.find("\n", m.end)
        end = len(ctx.text) if end < 0 else end
        near = [o for o in ctx.linked if start <= o.mention.start < end and o.mention.kind == "money"
                and o.mention.value > 0 and not o.mention.approx and o.mention.comparator is None]
        amounts = [o.mention for o in near]
        if any(agrees(m, a.value / b.value * HUNDRED) for a in amounts for b in amounts if a is not b):
            continue  # some two amounts of the paragraph give it: its own pair, which other rules judge
        pairs = [(p.mention, w.mention) for p in near if p.quantity in _PARTS for w in near
                 if w.quantity in _WHOLES and w is not p and p.mention.value <= w.mention.value]
        # "分来源看，市级资金支出57.37万元，执行率96.52%" with "市级资金60.00万元" paragraphs before: the source's own budget
        pairs += [(p.mention, w.mention) for p in near if p.quantity in _PARTS and p.sentence == lk.sentence
                  and (key := _named(ctx, p.mention)) for w in ctx.linked if w.quantity in _WHOLES
                  and not start <= w.mention.start < end and w.mention.value >= p.mention.value
                  and key in ctx.text[max(0, w.mention.start - 10) : w.mention.start]]
        twins = {(p.value / w.value * HUNDRED).quantize(Decimal(1).scaleb(-m.decimals)): (p, w) for p, w in pairs
                 if swapped_from(m, p.value / w.value * HUNDRED)}
        if len(twins) != 1:
            continue
        rate, (p, w) = next(iter(twins.items()))
        ctx.add(Finding("rate_mismatch", f"按{money(w)}、{money(p)}计算，比率应为{fmt(rate, m.decimals)}%，与所写{m.raw}不符，"
                        "疑为相邻两位数字颠倒。", m.span, values={"stated": m.raw, "base": money(w), "amount": money(p)},
                        expected=f"{fmt(rate, m.decimals)}%", related=(w.span, p.span)))


_KEYWORD_END = re.compile(r"(?:全年|实际|累计|共)?(?:支出|执行|使用|到位|拨付|兑付)(?:了|资金|金额)?$")


def _named(ctx: Context, m: Mention) -> str:
    """What an amount is of, named right before it ("市级资金支出57.37万元" → 市级资金), or "" (under three characters)."""
    clause = re.split(r"[，,；;。\n、（(]", ctx.text[max(0, m.start - 12) : m.start])[-1]
    name = _KEYWORD_END.sub("", clause)
    return name if len(name) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in name) else ""
