"""A rate per unit written in 万元 that its own paragraph shows is in 元 (I13): "每亩补贴15万元" beside "24.00万亩" and
"360.00万元" — 24万亩 × 15元 = 360万元, while 15万元 a 亩 would make 360亿元. Read only for an amount named as per
unit (每…, 按每…, …/平方米, 标准, 单价) whose product with a count of its paragraph gives an amount of the paragraph
when read in 元 and none when read in 万元, or which a paragraph amount over that count gives in 元."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, agrees
from chains.check.rules.unit_slips import report_unit
from chains.text.numbers import Mention

# (an average, 人均/户均…, is the averages rule's: it knows which figure it is worked out from)
_PER_BEFORE = re.compile(r"(?:每|标准|单价|单位成本)[^，,；;。\d均]{0,6}$")
_PER_AFTER = re.compile(r"\s*[/／]")
_WAN = Decimal(10000)
_NEAR = 12  # figures of the paragraph tried on either side


def run(ctx: Context) -> None:
    text = ctx.text
    amounts = [x for x in ctx.mentions if x.kind == "money" and x.value and not x.approx and x.comparator is None]
    for i, m in enumerate(ctx.mentions):
        if m.kind != "money" or m.written_unit != "万元" or m.approx or m.comparator is not None or m.span in ctx.explained:
            continue
        window = text[max(0, m.start - 10) : m.start]
        if not (("每" in window or "标准" in window or "价" in window or "成本" in window)
                and _PER_BEFORE.search(window) or text[m.end : m.end + 1] in ("/", "／")):
            continue  # (plain substring tests first: few amounts are rates per unit)
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        near = [x for x in ctx.mentions[max(0, i - _NEAR) : i + _NEAR + 1]
                if line_start <= x.start < line_end and x is not m and not x.approx and x.comparator is None]
        counts = [x for x in near if x.kind == "count" and x.value]
        totals = [x for x in near if x.kind == "money" and x.value and not _PER_AFTER.match(text, x.end)]
        if _in_yuan(m, counts, totals):
            report_unit(ctx, m, m.value / _WAN, "按其所在段落的数量与金额计算")
            continue
        sentence = [x for x in counts if _same_sentence(text, m, x)]
        wholes = [x for x in amounts if not _is_per_unit(text, x)]
        if sentence and _in_yuan(m, sentence, wholes, exact=True):
            report_unit(ctx, m, m.value / _WAN, "按同句的数量与报告中的金额计算")
        elif wholes and m.value > 2 * max(x.value for x in wholes) and m.value >= 100:
            # "中标价为每台5800万元" in a report whose largest amount is 86.40万元: not one unit could have been paid
            report_unit(ctx, m, m.value / _WAN, "单价不超过项目的全部资金")


def _same_sentence(text: str, a: Mention, b: Mention) -> bool:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return not any(c in text[lo.end : hi.start] for c in "。；;\n")


def _is_per_unit(text: str, x: Mention) -> bool:
    before = text[max(0, x.start - 10) : x.start]
    return bool(_PER_BEFORE.search(before) or _PER_AFTER.match(text, x.end) or before.endswith("均"))


def _in_yuan(m: Mention, counts: list[Mention], totals: list[Mention], exact: bool = False) -> bool:
    """Whether a count times the rate read in 元 gives a total of the paragraph (or a total over a count gives the rate
    in 元), while read in 万元 nothing does. ``exact``: the product itself, not within a round figure's rounding (the
    totals come from the whole report)."""
    as_yuan = m.value / _WAN
    if exact:
        return any(agrees(t, c.value * as_yuan) and _close(t.value, c.value * as_yuan) and t.value >= 1
                   for c in counts for t in totals) and not any(
            agrees(t, c.value * m.value) for c in counts for t in totals)
    # (close, not only within the rounding of a round figure: "2万元" is no 1750人次 × 9元 = 1.575万元)
    fits_yuan = any(agrees(t, c.value * as_yuan) and _close(t.value, c.value * as_yuan)
                    or agrees(m, t.value / c.value * _WAN) and _close(m.value, t.value / c.value * _WAN)
                    for c in counts for t in totals)
    fits_wan = any(agrees(t, c.value * m.value) or agrees(m, t.value / c.value) for c in counts for t in totals)
    return fits_yuan and not fits_wan


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= abs(a) * Decimal("0.005")
