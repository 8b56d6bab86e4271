"""The parts of a count broken down after 其中 ("…1,215户，其中建档立卡贫困户738户、低保户268户…"): which of them are
parts in the total's own unit, and when a list of counts is parts at all rather than nested subsets."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, sum_agrees
from chains.text.quantities import Linked


def clause_before(text: str, pos: int) -> str:
    return text[max(text.rfind(c, 0, pos) for c in "，,；;。\n") + 1 : pos]


def counted_in_its_unit(ctx: Context, total: Linked, comps: list[Linked]) -> list[Linked] | None:
    """The parts of a count in the total's unit; None when a part in another unit is one of them."""
    if any(c.mention.kind == "count" and c.mention.unit != total.mention.unit and c.mention.start < total.mention.end + 40
           and in_its_brackets(ctx.text[total.mention.end : c.mention.start]) for c in comps):
        return None  # "学校14所（其中初中3所、小学8所、村小教学点3个）": a part counted in another unit
    counted = [c.mention for c in comps if c.mention.kind == "count"]
    if len(counted) > 2 and sum_agrees(counted, total.mention):
        return None  # "计量器具8000台（件），其中…6428台件、…衡器1136台、燃油加油机436枪": one part in its own unit
    return [c for c in comps if c.mention.kind == "count" and c.mention.unit == total.mention.unit
            and not _REACHES.search(clause_before(ctx.text, c.mention.start))]


def in_its_brackets(between: str) -> bool:
    """Whether a figure stands in the brackets opened right after a total ("14所（其中…、村小教学点3个）")."""
    return between.lstrip().startswith(("（", "(")) and not any(c in between for c in "）)")


# "…项目11个，其中村级产业项目9个，覆盖…9个乡（镇）的9个行政村": what the parts reach, counted in the same 个, is none
_REACHES = re.compile(r"覆盖|涉及|惠及|分布|辐射|位于|另有|另外|此外")  # (另有…: beside the total, no part)


def counted_parts(total: Linked, comps: list[Linked]) -> bool:
    """"…1,215户，其中建档立卡贫困户738户、低保户268户…": a count broken down into counts of its own unit."""
    t = total.mention
    # "共15个指标，其中一级指标3个…三级指标15个": a part as large as the whole makes it levels, not parts;
    # "发放问卷782份，其中有效问卷775份，表示满意的744份": each a subset of the one before, not parts
    # (but "放映3,156场，其中农村公益放映3,120场、校园及社区放映63场": a small second part is no subset of the first)
    nested = len(comps) >= 2 and comps[0].mention.value >= t.value * Decimal("0.9") \
        and sum((c.mention.value for c in comps), Decimal(0)) > t.value \
        and any(c.mention.value * 2 >= comps[0].mention.value for c in comps[1:])
    return t.kind == "count" and t.comparator is None and not nested and all(
        c.mention.kind == "count" and c.mention.unit == t.unit and c.mention.comparator is None
        and c.mention.value < t.value for c in comps)
