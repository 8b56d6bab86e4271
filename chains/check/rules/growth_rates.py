"""A growth rate stated beside the two figures it compares (I2): "销售额1865万元，比2019年的1420万元同比增长31.34%" —
the rate is (this year − last year) ÷ last year. Read only when the sentence names one figure as the earlier one (after
较/比/与…相比, or 由…), one other figure of the same unit as the later one, and the rate right after a word of change
(增长、下降、提高、减少…); a change in 百分点 is no rate of the figures. A rate worked out on the later figure instead
("…增长23.86%" = 445 ÷ 1865) is the usual slip."""

from __future__ import annotations

import re

from chains.check.rules.base import HUNDRED, Context, agrees, fmt_like
from chains.findings import Finding
from chains.text.numbers import Mention

_CHANGE = re.compile(r"(?:同比|较上年|比上年|较去年|环比)?(?P<dir>增长|增加|上升|提高|提升|下降|减少|降低)了?(?:约)?$")
_EARLIER = re.compile(r"(?:较|比|与|相比|对比)[^，,；;。]{0,12}$|由$|从$")
_CHANGE_CHARS = frozenset("长加升高降少低")
_POINTS = re.compile(r"\s*个?百分点")
_ENDS = "。；;\n"


def run(ctx: Context) -> None:
    text = ctx.text
    for i, m in enumerate(ctx.mentions):
        if m.kind != "percent" or m.approx or m.comparator is not None:
            continue
        if not _CHANGE_CHARS.intersection(text[max(0, m.start - 4) : m.start]):
            continue  # (the cheapest test first: most rates follow no word of change)
        word = _CHANGE.search(text, max(0, m.start - 8), m.start)
        if word is None or _POINTS.match(text, m.end):
            continue
        start = max(text.rfind(c, 0, m.start) for c in _ENDS) + 1
        before = [x for x in ctx.mentions[max(0, i - 12) : i] if x.start >= start and x.kind in ("money", "count")
                  and not x.approx and x.comparator is None]
        pair = _the_pair(text, m, before) or _bracketed_earlier(ctx, m, before)
        if pair is not None and any(pair[0].end <= x.start < pair[1].start and x.kind not in ("year", "date")
                                    for x in ctx.mentions[max(0, i - 12) : i]):
            continue  # another figure between them ("13000件的109.51%"): the pair is not read with certainty
        if pair is None:
            continue
        later, earlier = pair
        if any(f.span[0] < x.end and x.start < f.span[1] for f in ctx.findings for x in pair):
            continue  # one of the figures is already shown wrong (a digit slip): the rate follows from it
        if not earlier.value or later.value == earlier.value:
            continue
        change = (later.value - earlier.value) / earlier.value * HUNDRED
        falls = word.group("dir") in ("下降", "减少", "降低")
        if (change < 0) != falls:
            continue  # "增长" over a smaller figure: the pair is not what the rate compares
        if agrees(m, abs(change)):
            continue
        ctx.add(
            Finding(
                "rate_mismatch",
                f"按{earlier.raw}到{later.raw}计算，{word.group('dir')}幅度应为{fmt_like(abs(change), m)}%，与所写{m.raw}不符。",
                m.span,
                values={"earlier": earlier.raw, "later": later.raw, "stated": m.raw},
                expected=f"{fmt_like(abs(change), m)}%",
                related=(earlier.span, later.span),
            )
        )


def _the_pair(text: str, rate: Mention, before: list[Mention]) -> tuple[Mention, Mention] | None:
    """(later, earlier): the figure right before the rate, in its clause, named as the earlier one ("比2019年的1420万元"),
    and the nearest figure of its unit before it (no change itself: "比上年增加33.10万元" is the difference)."""
    if not before:
        return None
    e = before[-1]
    gap = text[e.end : rate.start]
    lead = re.split(r"[，,；;：:]", text[max(0, e.start - 14) : e.start])[-1]
    if len(gap) > 12 or re.search(r"[，,；;（(]", gap) or not _EARLIER.search(lead) or _A_CHANGE.search(lead):
        return None
    others = [x for x in before[:-1] if x.kind == e.kind and x.unit == e.unit]
    if not others or _A_CHANGE.search(text, max(0, others[-1].start - 6), others[-1].start):
        return None
    later = others[-1]
    between = text[later.end : e.start]
    if any(x.start > later.start and x.kind not in ("year", "date") for x in before[:-1]) or len(between) > 40 \
            or re.search(r"其中|分别|、", text[text.rfind("。", 0, later.start) + 1 : e.start]):
        return None  # another figure between, or a list the later figure may be one item of
    return later, e


def _bracketed_earlier(ctx: Context, rate: Mention, before: list[Mention]) -> tuple[Mention, Mention] | None:
    """(later, earlier): "立案642起，同比下降28.77%（2023年为890起）" — the earlier figure in brackets right after the
    rate, named for last year, the later one right before the word of change, in its clause."""
    said = _LAST_YEARS.match(ctx.text, rate.end)
    if said is None or said.group("y") and (ctx.year is None or int(said.group("y")) != ctx.year - 1):
        return None
    earlier = next((x for x in ctx.mentions if x.start == said.end()), None)
    if not before or earlier is None or earlier.approx or earlier.kind != before[-1].kind or earlier.unit != before[-1].unit:
        return None
    later = before[-1]
    if not _NEXT_TO_IT.fullmatch(ctx.text, later.end, rate.start) or ctx.text[earlier.end : earlier.end + 1] not in "）)":
        return None
    return later, earlier


_LAST_YEARS = re.compile(r"[（(](?:上年|去年|上一年|(?P<y>(?:19|20)\d{2})年(?:度)?(?:同期)?)(?:为|是|同期)?")
_NEXT_TO_IT = re.compile(r"[，,]?\s*(?:同比|较上年|比上年|较去年)?(?:增长|增加|上升|提高|提升|下降|减少|降低)了?\s*")
_A_CHANGE = re.compile(r"(?:增加|减少|增长|下降|提高|降低|多|少)了?$")
