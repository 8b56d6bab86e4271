"""Whether two amounts of a report speak of one item: items of breakdowns, sections, and amounts one slip apart."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context
from chains.text.numbers import Mention
from chains.text.quantities import Linked

_SECTION_HEAD = re.compile(r"^[ \t\u3000#]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)",
                           re.MULTILINE)


_LIST_ITEM = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|[一二三四五六七八九十]是)")


def listed(ctx: Context, lk: Linked) -> bool:
    """An item of a breakdown: on a numbered line, or among three amounts or more of its sentence."""
    line_start = ctx.text.rfind("\n", 0, lk.mention.start) + 1
    if _LIST_ITEM.match(ctx.text, line_start):
        return True
    return sum(1 for o in ctx.linked if o.sentence == lk.sentence and o.mention.kind == "money") >= 3


def same_section(ctx: Context, a: int, b: int) -> bool:
    """Whether no heading stands between two offsets: "分项安排为：…建设180万元" (the plan) and "（二）…建设150万元"
    under 支出情况 (what was spent) name one item in two measures."""
    lo, hi = min(a, b), max(a, b)
    return _SECTION_HEAD.search(ctx.text, lo, hi) is None


def near(a: Mention, b: Mention) -> bool:
    """Two amounts one slip apart: within a fifth of each other, or the same digits with one or two changed or
    swapped ("2,316" / "2,361")."""
    x, y = a.value, b.value
    if x > 0 and y > 0 and max(x, y) / min(x, y) <= Decimal("1.2"):
        return True
    da, db = re.sub(r"\D", "", str(a.number)), re.sub(r"\D", "", str(b.number))
    return len(da) == len(db) and (sum(c != d for c, d in zip(da, db, strict=True)) <= 2 or sorted(da) == sorted(db))
