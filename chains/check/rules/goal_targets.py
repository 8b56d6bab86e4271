"""The target of a figure done, from the report's goals: "培训农民不少于3000人次" in the 绩效目标 beside "共培训农民
2610人次，…完成率78%" later, for a report that gives no 自评表 row of it."""

from __future__ import annotations

import re

from chains.check.rules.base import Context
from chains.text.numbers import Mention, mentions_within

_WORDS_BEFORE = re.compile(r"[\u4e00-\u9fff]{4,12}$")
_LEAD = re.compile(r"^(?:全年|年内|当年|累计|共计|共|实际|已|完成|合计)+")
_BETWEEN = re.compile(r"^[^，,；;。\d]{0,6}$")


def target_in_goals(ctx: Context, done: list[Mention], rate: Mention | None = None) -> tuple[Mention, Mention] | None:
    """(target, actual) when the words right before the last figure done ("培训农民") name exactly one target of its
    unit, with its comparator (不少于, ≥ …), earlier in the report; or, those words naming none, the words before the
    rate ("年末保障孤儿64人，孤儿保障人数完成率106.67%" of the goal "孤儿保障人数不少于60人")."""
    if not done or done[-1].kind not in ("count", "money"):
        return None
    a = done[-1]
    words = _WORDS_BEFORE.search(ctx.text, max(0, a.start - 12), a.start)
    if words is None:
        return None
    name = _LEAD.sub("", words.group(0))
    if len(name) < 4:  # "完成维修4087户次" beside the goal "全年完成维修不少于4000户次": the verb belongs to the name
        name = words.group(0)[-4:]
    found = _one_target(ctx, name, a)
    if found is None and rate is not None and (said := _RATE_NAME.search(ctx.text, max(0, rate.start - 16), rate.start)):
        found = _one_target(ctx, said.group(1), a)
    return (found, a) if found is not None and found.value else None


_RATE_NAME = re.compile(r"([\u4e00-\u9fff]{4,10}?)(?:任务)?完成率(?:为|达到?)?$")


def _one_target(ctx: Context, name: str, a: Mention) -> Mention | None:
    for size in range(min(len(name), 6), 3, -1):
        key = name[-size:]
        found = {t.value: t for t in _named_targets(ctx, key, a)}
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            return None  # the words name several targets: none is certain
    return None


def _named_targets(ctx: Context, key: str, a: Mention) -> list[Mention]:
    out = []
    i = ctx.text.find(key)
    while 0 <= i < a.start:
        after = i + len(key)
        near = mentions_within(ctx.mentions, after, after + 12)
        if near and _BETWEEN.match(ctx.text[after : near[0].start]) and near[0].comparator in ("gte", "lte") \
                and near[0].kind == a.kind and near[0].unit == a.unit and not near[0].approx:
            out.append(near[0])
        i = ctx.text.find(key, i + 1)
    return out
