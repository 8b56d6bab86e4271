"""Amounts given in turn and their total in the next clause (I4): "第一至第四季度分别发放690.12万元、695.40万元、
720.86万元、726.16万元，全年累计发放城乡低保金2,832.54万元". A list said with 分别 is whole, and a total named
right after it (合计、累计、共计、总计) is what it adds up to → ``sum_mismatch`` on the span from the first part to the
total. A 10^4 slip among them is a ``unit_mismatch`` instead.

A list that names every period of the year ("全年处理病害猪1150头，一至四季度分别为312头、286头、245头、298头", 上、下半年,
1至12月) breaks down the figure of its unit said right before it in its sentence, counts as well as money."""

from __future__ import annotations

import re
from dataclasses import replace
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
    if found and found[0].kind == "number" and _IN_TURN.fullmatch(text, at, found[0].start):
        _the_years_periods(ctx, at, _unit_written_once(text, found))
        return
    if not found or found[0].kind not in ("money", "count") or not _IN_TURN.fullmatch(text, at, found[0].start):
        return
    parts: list[Mention] = [found[0]]
    for m in found[1:]:
        if m.kind == parts[0].kind and m.unit == parts[0].unit and _JOINER.fullmatch(text, parts[-1].end, m.start):
            parts.append(m)
            continue
        if parts[0].kind != "money":
            break
        if len(parts) >= 3 and m.kind == "money" and _TOTAL_CLAUSE.search(text, parts[-1].end, m.start) \
                and not any(p.approx or p.comparator for p in (*parts, m)):
            judge_sum(ctx, parts, m)
        return
    _the_years_periods(ctx, at, parts)


#: the periods of a whole year, and how many there are: "一至四季度", "1—4季度", "上、下半年", "1至12月"
_PERIODS = re.compile(r"(?:第?[一1]\s*(?:至|—|-|–|~|～)\s*第?[四4]\s*(?:个)?季度|四个季度|各季度|上、?下半年|"
                      r"[一1]\s*(?:至|—|-|–|~|～)\s*(?:十二|12)\s*月(?:份)?)(?:的?[\u4e00-\u9fff]{0,6})?$")
_PERIOD_COUNT = {"季": 4, "半": 2, "月": 12}
_ASIDE = re.compile(r"[（(][^（()）\n]*[）)]")
_GAP = re.compile(r"\s*(?:[（(][^（()）\n]*[）)])?\s*[，,]\s*")


def _the_years_periods(ctx: Context, at: int, parts: list[Mention]) -> None:
    """A list naming every period of the year against the figure of its unit right before it in its sentence."""
    text = ctx.text
    named = _PERIODS.search(text, max(0, at - 16), at)
    if named is None or any(p.approx or p.comparator for p in parts):
        return
    kind = next(k for k in _PERIOD_COUNT if k in named.group(0))
    if len(parts) != _PERIOD_COUNT[kind]:
        return
    start = max(text.rfind(c, 0, named.start()) for c in "。；;\n") + 1
    asides = [a.span() for a in _ASIDE.finditer(text, start, named.start())]
    before = [m for m in mentions_within(ctx.mentions, start, named.start())
              if m.kind == parts[0].kind and not any(a <= m.start < b for a, b in asides)]
    if not before or before[-1].unit != parts[0].unit or before[-1].approx or before[-1].comparator is not None:
        return
    total = before[-1]
    # "…1150头，一至四季度分别为…": nothing between but an aside in brackets ("1183人次（2020年为1027人次）") (a 其中
    # part before it may be what the periods break down, or not)
    if _GAP.fullmatch(text, total.end, named.start()) and "其中" not in text[start : total.start]:
        judge_sum(ctx, parts, total)


def _unit_written_once(text: str, found: list[Mention]) -> list[Mention]:
    """"分别为268、301、297、335人次": bare figures joined by 、 and the count's unit written once, after the last, read
    as counts of that unit; none when the list is not so."""
    run = [found[0]]
    for m in found[1:]:
        if text[run[-1].end : m.start] != "、":
            return []
        run.append(m)
        if m.kind != "number":
            break
    last = run[-1]
    if last.kind != "count" or len(run) < 2 or last.approx or last.comparator is not None:
        return []
    return [replace(x, kind="count", unit=last.unit) for x in run[:-1]] + [last]


def judge_sum(ctx: Context, parts: list[Mention], total: Mention) -> None:
    """Amounts against their total, stated before or after them (a 10^4 slip in one of them named as such)."""
    if sum_agrees(parts, total):
        return
    if sum_slip(ctx, total, parts):
        return
    s = sum((m.value for m in parts), Decimal(0))
    said_as = money if total.kind == "money" else (lambda m: m.raw)
    listed = "＋".join(said_as(m) for m in parts)
    said = fmt(s, max(2, total.decimals)) + "万元" if total.kind == "money" else fmt(s, total.decimals) + total.unit
    ctx.add(
        Finding(
            "sum_mismatch",
            f"合计{said_as(total)}与分项之和不符：{listed}＝{said}。",
            (min(parts[0].start, total.start), max(parts[-1].end, total.end)),
            values={"total": said_as(total), "parts": listed},
            expected=said,
            related=tuple(m.span for m in parts),
        )
    )
