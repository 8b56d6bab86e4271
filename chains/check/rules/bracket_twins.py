"""A figure restated in another unit right after it in brackets (I1): "公务接待费0.86万元（8,600元）", "全年办件46.85万件
（468,500件）". Both state one quantity: the bracket must give the figure the first rounds to. When it does not, the two
disagree (``conflicting_values``, on both); a gap of a power of ten is a unit slip."""

from __future__ import annotations

import bisect
from decimal import Decimal

from chains.check.rules.base import Context
from chains.findings import Finding
from chains.text.numbers import Mention

_OPEN = ("（", "(")
_CLOSE = ("）", ")")
_SAYS = ("即", "合", "折合", "计")


def run(ctx: Context) -> None:
    mentions = ctx.mentions
    starts = [m.start for m in mentions]
    flagged = {f.span for f in ctx.findings}
    for m in mentions:
        if m.kind not in ("money", "count") or m.approx or m.comparator is not None or ctx.text[m.end : m.end + 1] not in _OPEN:
            continue
        at = m.end + 1
        for word in _SAYS:
            if ctx.text.startswith(word, at):
                at += len(word)
        j = bisect.bisect_left(starts, at)
        x = mentions[j] if j < len(mentions) else None
        if x is None or x.start != at or ctx.text[x.end : x.end + 1] not in _CLOSE or x.span in flagged or m.span in flagged:
            continue
        if m.kind == x.kind == "money" and m.written_unit == x.written_unit and x.value and m.value / x.value == 10000:
            # "全年预算68,000.00万元（6.80万元）": the bracket's figure is in 亿元, its unit written as the first's
            ctx.add(Finding("unit_mismatch", f"括号内的{x.raw}与{m.raw}相差一万倍，应是同一金额换了单位（{m.raw}即"
                            f"{x.number}亿元），单位写错。", (m.start, x.end), values={"stated": m.raw, "bracket": x.raw},
                            related=(m.span, x.span)))
            continue
        if not _twins(m, x):
            continue
        if abs(m.value - x.value) <= m.half_unit() + x.half_unit():
            continue
        ratio = max(m.value, x.value) / min(m.value, x.value) if m.value and x.value else Decimal(0)
        if ratio and ratio == ratio.to_integral_value() and str(int(ratio)).strip("0") == "1":
            continue  # 10×, 10^4×: a unit written wrong, the unit rules' finding
        ctx.add(Finding("conflicting_values", f"{m.raw}与括号内的{x.raw}应是同一数字的两种写法，但两者不相等（{m.raw}即"
                        f"{_in(m, x)}），请核实哪一处有误。", (m.start, x.end),
                        values={"stated": m.raw, "bracket": x.raw}, related=(m.span, x.span)))


def _twins(m: Mention, x: Mention) -> bool:
    """One quantity in two written units: money in 万元 and 元, a count in 万件 and 件."""
    return m.kind == x.kind and m.written_unit != x.written_unit and (m.kind == "money" or m.unit == x.unit) \
        and not x.approx and x.comparator is None


def _in(m: Mention, x: Mention) -> str:
    """``m``'s figure in ``x``'s written unit ("8,600元" for 0.86万元)."""
    scale = x.value / x.number if x.number else Decimal(1)
    value = m.value / scale
    shown = f"{value:,.{x.decimals}f}" if "," in x.raw else f"{value:.{x.decimals}f}"
    return shown + x.written_unit
