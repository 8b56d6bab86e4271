"""A count broken down by kind in a sentence of its own (I4):

    全年救助2386人次，完成年度目标的119.30%。按类别分，流浪人员1124人次、乞讨人员398人次、走失人员513人次、受灾及其他
    临时遇困人员333人次。

A sentence opened by 按类别分 / 分类别看 / 按类型分 / 从类型看 / 分行业看 lists every kind of what the sentence before it
counted: its counts, all of one unit, add up to the first count of that unit in that sentence, and so do its amounts when
each kind gives its money too ("分行业看，建筑领域9起、垫付128.60万元，其他行业5起、垫付57.80万元"). Asides in brackets are no items;
a list with its own total, a 其中 or an 等 is not read."""

from __future__ import annotations

import re

from chains.check.rules.base import Context
from chains.check.rules.listed_totals import judge_sum
from chains.text.numbers import Mention, mentions_within

_OPENS = re.compile(r"(?:按|分|从)(?:类别|类型|种类|行业|领域)(?:看|分|划分)[，,：:]")
_NOT_ALL = re.compile(r"其中|合计|共计|总计|小计|等[，,。；;]?$")


def run(ctx: Context) -> None:
    for opened in _OPENS.finditer(ctx.text):
        if opened.start() == 0 or ctx.text[opened.start() - 1] not in "。；;":
            continue  # (a sentence of its own, right after the one that gives the whole)
        end = min((i for i in (ctx.text.find(c, opened.end()) for c in "。；;\n") if i >= 0), default=len(ctx.text))
        if _NOT_ALL.search(ctx.text, opened.end(), end):
            continue
        found = mentions_within(ctx.mentions, opened.end(), end)
        items = [m for m in found if ctx.text.count("（", opened.end(), m.start) == ctx.text.count("）", opened.end(), m.start)]
        if any(m.kind not in ("count", "money") or m.approx or m.comparator for m in items):
            continue
        # ("分行业看，建筑领域9起、垫付128.60万元，其他行业6起、垫付57.80万元": each kind's count and its money)
        counts = [m for m in items if m.kind == "count"]
        amounts = [m for m in items if m.kind == "money"]
        if counts and amounts and len(counts) != len(amounts):
            continue
        for group in (counts, amounts):
            if len(group) < 2 or any(m.unit != group[0].unit for m in group):
                continue
            total = _the_whole(ctx, opened.start() - 1, group[0])
            if total is not None:
                judge_sum(ctx, group, total)


def _the_whole(ctx: Context, end: int, item: Mention) -> Mention | None:
    """The first count in the item's unit of the sentence that ends at ``end``, said plainly."""
    start = max(ctx.text.rfind(c, 0, end) for c in "。；;\n") + 1
    same = [m for m in mentions_within(ctx.mentions, start, end) if m.kind == item.kind and m.unit == item.unit]
    return same[0] if same and not same[0].approx and same[0].comparator is None else None
