"""Shares of a total stated in prose: "总保费1293.45万元，中央财政补贴47.5%为614.39万元，省级财政补贴32.5%为
420.37元". The amount after "P%为" is the total × P. When only a rescale by 10^4 makes it hold, the unit is
wrong (``unit_mismatch``, certain); any other difference is 疑似 (the share may be of another base)."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import HUNDRED, RESCALE, Context, agrees, fmt, money
from chains.findings import Finding
from chains.text.numbers import Mention

_SHARE_TO_AMOUNT = re.compile(r"^\s*(?:为|计|即|共|合计|计为)\s*$")
_TOTAL_WORD = re.compile(r"总[^，,；;。\d]{0,6}$|合计[^，,；;。\d]{0,4}$")


def run(ctx: Context) -> None:
    mentions = ctx.mentions
    if "占" in ctx.text:
        for i in range(len(mentions)):
            _share_of(ctx, i)
    for i, p in enumerate(mentions[:-1]):
        y = mentions[i + 1]
        if p.kind != "percent" or y.kind != "money" or p.approx or y.approx or p.comparator is not None:
            continue
        if not _SHARE_TO_AMOUNT.match(ctx.text[p.end : y.start]):
            continue
        base = _base(ctx, i)
        if base is None:
            continue
        expected = base.value * p.value / HUNDRED
        if agrees(y, expected):
            continue
        fixed = next((k for k in RESCALE if y.value * k != 0 and agrees(_scaled(y, k), expected)), None)
        listed = f"{money(base)}×{p.raw}＝{fmt(expected, max(2, y.decimals))}万元"
        if fixed is not None:
            ctx.explained.add(y.span)
            ctx.add(Finding("unit_mismatch", f"金额“{y.raw}”的单位有误：{listed}，数字相符而单位不符。", y.span,
                            values={"stated": y.raw, "base": money(base), "share": p.raw},
                            expected=f"{fmt(expected, max(2, y.decimals))}万元", related=(base.span, p.span)))
            continue
        ctx.add(Finding("rate_mismatch", f"疑似：{listed}，与所写{money(y)}不符（也可能按其他基数计算，请核实）。", y.span,
                        severity="warning", values={"stated": y.raw, "base": money(base), "share": p.raw},
                        expected=f"{fmt(expected, max(2, y.decimals))}万元", related=(base.span, p.span)))


def _share_of(ctx: Context, i: int) -> None:
    """"补贴金额合计644.96万元，占保费总额827.00万元的78.99%" / "资助学生1,410人（一中862人、民族中学548人），占在校生3,586人
    的39.23%": the part (its own details in brackets after it), then 占 the whole 的 the share, in one unit → the share
    is part ÷ whole (``rate_mismatch`` when it is not)."""
    p = ctx.mentions[i]
    if i < 2 or p.kind != "percent" or p.approx or p.comparator is not None or ctx.text[p.start - 1 : p.start] != "的":
        return
    whole = ctx.mentions[i - 1]
    part = next((m for m in reversed(ctx.mentions[max(0, i - 8) : i - 1])
                 if _OF.fullmatch(_DETAILS.sub("", ctx.text[m.end : whole.start], count=1))), None)
    if part is None or whole.kind not in ("money", "count") or (part.kind, part.unit) != (whole.kind, whole.unit) \
            or whole.end != p.start - 1 or not whole.value or part.approx or whole.approx:
        return
    share = part.value / whole.value * HUNDRED
    if agrees(p, share):
        return
    named = (money(part), money(whole)) if part.kind == "money" else (part.raw, whole.raw)
    # "开工建设69台，占年度计划72台的95.83%": a share of the plan is how much of it was done
    planned = _PLANNED.search(ctx.text, max(0, whole.start - 8), whole.start) is not None
    ctx.add(Finding("completion_mismatch" if planned else "rate_mismatch",
                    f"按{named[0]}占{named[1]}计算，{'完成率' if planned else '比例'}为{fmt(share, max(2, p.decimals))}%，与所写{p.raw}不符。",
                    p.span, values={"stated": p.raw, "part": named[0], "whole": named[1]},
                    expected=f"{fmt(share, max(2, p.decimals))}%", related=(part.span, whole.span)))


_PLANNED = re.compile(r"(?:年度|全年)?(?:计划|目标|任务)(?:数|值|量)?[^，,。；;\d]{0,2}$")
_DETAILS = re.compile(r"^\s*[（(][^（()）]*[)）]")
_OF = re.compile(r"\s*[，,]\s*占[^，,。；;\d]{0,12}")


def _base(ctx: Context, i: int) -> Mention | None:
    """The total the share is of: the money figure named as a total (总…) earlier in the same sentence."""
    p = ctx.mentions[i]
    start = max(ctx.text.rfind(c, 0, p.start) for c in "。；;\n") + 1
    for m in reversed(ctx.mentions[:i]):
        if m.start < start:
            break
        if m.kind == "money" and _TOTAL_WORD.search(ctx.text[max(start, m.start - 10) : m.start]):
            return m
    return None


def _scaled(m: Mention, k: Decimal) -> Mention:
    from dataclasses import replace

    return replace(m, value=m.value * k, written_unit=m.unit)  # the digits as written, read in the other unit
