"""An average price per unit of weight, volume or area (I6): "收购烤烟27340担，折合136.70万公斤；收购总额3753.78万元，
均价27.46元/公斤" is the money over the quantity, both in the price's sentence.

Read only when the sentence, before the price, gives exactly one amount of money and exactly one quantity in the
price's unit (a quantity in another unit, 担 beside 公斤, is not converted), neither approximate nor last year's,
and one price: "轮出均价2380元/吨、轮入均价2450元/吨" or "…分别为每公斤42.8元和38.4元" are left alone. Unlike rules §8,
which takes stated amounts as exact, both figures are taken anywhere within half a unit of their last digit: a
quantity in 万公斤 or 万吨 is itself rounded, and a price over it would otherwise be flagged in nearly every report."""

from __future__ import annotations

import re

from chains.check.rules.base import Context
from chains.check.rules.count_parts import clause_before
from chains.check.rules.mean_report import report_mean
from chains.text.numbers import Mention, mentions_within
from chains.vocabulary import LAST_YEAR

_UNITS = r"公斤|千克|吨|斤|担|立方米|方|平方米"
_PRICE = re.compile(rf"(?:均价|平均(?:收购|销售|出售|采购|成交|中标)?(?:价格?|单价))(?:为|达到?|是)?(?:每(?P<u>{_UNITS}))?\s*$")
_PER_AFTER = re.compile(rf"\s*[/／](?P<u>{_UNITS})")
_NOT_A_TOTAL = re.compile(r"每[^\d，,。；;]{0,4}$|[均单]价[^\d，,。；;]{0,4}$|上年|去年|同比|较|比")


def run(ctx: Context) -> None:
    flagged = {f.span for f in ctx.findings}
    for m in ctx.mentions:
        if m.kind != "money" or m.approx or m.comparator is not None or m.span in flagged:
            continue
        word = _PRICE.search(ctx.text, max(0, m.start - 12), m.start)
        after = _PER_AFTER.match(ctx.text, m.end)
        unit = (word.group("u") if word else None) or (after.group("u") if after else None)
        if word is None or unit is None:
            continue
        start = max(ctx.text.rfind(c, 0, word.start()) for c in "。\n") + 1
        if "分别" in ctx.text[start : m.end] or LAST_YEAR.search(clause_before(ctx.text, word.start())):
            continue
        said = mentions_within(ctx.mentions, start, word.start())
        totals = [x for x in said if x.kind == "money" and not _per_unit(ctx, x)]
        amounts = [x for x in said if x.kind == "count" and x.unit == unit]
        prices = [x for x in mentions_within(ctx.mentions, start, _sentence_end(ctx.text, m.end))
                  if x.kind == "money" and _PER_AFTER.match(ctx.text, x.end)]
        if len(totals) != 1 or len(amounts) != 1 or len(prices) > 1 or totals[0].approx or amounts[0].approx:
            continue
        total, amount = totals[0], amounts[0]
        if amount.value <= amount.half_unit() or _within_rounding(m, total, amount):
            continue
        report_mean(ctx, m, word.group(0), total.value, amount, [total])


def _per_unit(ctx: Context, x: Mention) -> bool:
    """An amount that is itself a price or last year's ("上年均价26.12元/公斤", "每亩600元")."""
    return _PER_AFTER.match(ctx.text, x.end) is not None or _NOT_A_TOTAL.search(clause_before(ctx.text, x.start)) is not None


def _sentence_end(text: str, pos: int) -> int:
    return min((i for i in (text.find(c, pos) for c in "。\n") if i >= 0), default=len(text))


def _within_rounding(price: Mention, total: Mention, amount: Mention) -> bool:
    """Whether some total and quantity that round to the figures written give the price as written."""
    low = (total.value - total.half_unit()) / (amount.value + amount.half_unit())
    high = (total.value + total.half_unit()) / (amount.value - amount.half_unit())
    return low - price.half_unit() <= price.value <= high + price.half_unit()
