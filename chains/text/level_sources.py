"""Allocations by level of government, one per clause, then the whole year's figure:

    2023年省级下拨残疾军人护理费3.89万元；市级下拨残疾军人护理费3.89万元；全年应执行数为7.79万元。

Each clause before the total names a level (中央/自治区/省级/州级/市级/县级/区级) that allocates (下达、下拨、
拨付、安排、补助、配套) and states one amount; the clause right after them states the year's total (全年、合计、
共计、总计 with 应执行数/预算/资金/下达/到位). The amounts are the total's parts. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chains.text.quantities import Linked

_LEVEL = re.compile(r"(?:中央|自治区|省级|州级|市级|县级|区级|省|市|县)(?:财政)?(?:下达|下拨|拨付|安排|补助|配套)")
_TOTAL = re.compile(r"^(?:全年|合计|共计|总计|累计)[^，,；;。]{0,8}?(?:应执行数|执行数|预算|资金|下达|到位)[为是共计：:]*$")


def level_sources(text: str, out: list[Linked]) -> list[Linked]:
    """``out`` with the level allocations before a year's total linked to it as its parts."""
    money = [i for i, lk in enumerate(out) if lk.mention.kind == "money" and not lk.mention.approx]
    for k, t in enumerate(money):
        total = out[t]
        start = total.sentence[0]
        if total.component_of is not None or not _TOTAL.match(text[start : total.mention.start].strip()):
            continue
        parts: list[int] = []
        for j in reversed(money[:k]):
            lk = out[j]
            if lk.sentence[1] + 1 != start or text[lk.sentence[1]] not in "；;":
                break
            clause = text[lk.sentence[0] : lk.mention.start]
            if sum(1 for i in money if out[i].sentence == lk.sentence) != 1 or not _LEVEL.search(clause):
                break
            if lk.component_of is not None or lk.mention.unit != total.mention.unit:
                break
            parts.append(j)
            start = lk.sentence[0]
        if len(parts) >= 2 and not any(o.component_of == t for o in out):
            for j in parts:
                out[j] = replace(out[j], component_of=t)
    return out
