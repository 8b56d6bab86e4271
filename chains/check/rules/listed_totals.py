"""Amounts given in turn and their total in the next clause (I4): "第一至第四季度分别发放690.12万元、695.40万元、
720.86万元、726.16万元，全年累计发放城乡低保金2,832.54万元". A list said with 分别 is whole, and a total named
right after it (合计、累计、共计、总计) is what it adds up to → ``sum_mismatch`` on the span from the first part to the
total. A 10^4 slip among them is a ``unit_mismatch`` instead."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, fmt, money, sum_agrees
from chains.check.rules.unit_slips import sum_slip
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within

_IN_TURN = re.compile(r"分别(?:为|是|发放|下达|拨付|支出|安排|完成)?")
_JOINER = re.compile(r"\s*[、和及与]\s*")
_TOTAL_CLAUSE = re.compile(r"[，,]\s*[^，,。；;\d]{0,10}(?:合计|累计|共计|总计)[^，,。；;\d]{0,14}$")


def run(ctx: Context) -> None:
    text = ctx.text
    i = text.find("分别")
    while i >= 0:
        _check_list(ctx, i)
        i = text.find("分别", i + 2)


def _check_list(ctx: Context, at: int) -> None:
    text = ctx.text
    end = min((k for k in (text.find(c, at) for c in "。；;\n") if k >= 0), default=len(text))
    found = mentions_within(ctx.mentions, at, end)
    if not found or found[0].kind != "money" or not _IN_TURN.fullmatch(text, at, found[0].start):
        return
    parts: list[Mention] = [found[0]]
    for m in found[1:]:
        if m.kind == "money" and _JOINER.fullmatch(text, parts[-1].end, m.start):
            parts.append(m)
            continue
        if len(parts) >= 3 and m.kind == "money" and _TOTAL_CLAUSE.search(text, parts[-1].end, m.start) \
                and not any(p.approx or p.comparator for p in (*parts, m)):
            judge_sum(ctx, parts, m)
        return


def judge_sum(ctx: Context, parts: list[Mention], total: Mention) -> None:
    """Amounts against their total, stated before or after them (a 10^4 slip in one of them named as such)."""
    if sum_agrees(parts, total):
        return
    if sum_slip(ctx, total, parts):
        return
    s = sum((m.value for m in parts), Decimal(0))
    listed = "＋".join(money(m) for m in parts)
    said = fmt(s, max(2, total.decimals))
    ctx.add(
        Finding(
            "sum_mismatch",
            f"合计{money(total)}与分项之和不符：{listed}＝{said}万元。",
            (min(parts[0].start, total.start), max(parts[-1].end, total.end)),
            values={"total": money(total), "parts": listed},
            expected=f"{said}万元",
            related=tuple(m.span for m in parts),
        )
    )
