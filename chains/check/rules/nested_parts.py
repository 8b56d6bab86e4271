"""Parts of parts in a 其中 list: a part's own items right after it, which add up to it ("其中：1.一般公共预算11个项目
2827.23万元，即：A 82.8万元、B 30.61万元……"), and its batches ("中央资金560.00万元，…提前下达420.00万元…，…下达140.00万元…"):
neither are parts of the whole."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import EPS
from chains.check.rules.count_parts import clause_before
from chains.text.numbers import Mention

__all__ = ["top_level", "without_batches"]


def without_batches(text: str, parts: list[Mention]) -> list[Mention]:
    """"中央资金560.00万元，…提前下达420.00万元…，…下达140.00万元…；自治区资金150.00万元…": amounts right after a part
    that add up to it exactly are its batches, not parts of their own — unless each names a level of government of
    its own ("省级…50万元，州级…20万元，县级…30万元": three sources, whatever they add up to)."""
    out: list[Mention] = []
    i = 0
    while i < len(parts):
        out.append(parts[i])
        run, j = Decimal(0), i + 1
        while j < len(parts) and run < parts[i].value:
            run += parts[j].value
            j += 1
        i = j if j - i > 2 and run == parts[i].value and not _levels_each(text, parts[i:j]) else i + 1
    return out


_A_LEVEL = re.compile(r"^(?:中央|省|自治区|市|州|盟|县|区|旗|乡|镇)级?")


def _levels_each(text: str, parts: list[Mention]) -> bool:
    """Whether each of ``parts`` opens its clause with a level of government, no two the same."""
    levels = [_A_LEVEL.match(clause_before(text, m.start).lstrip("：:其中")) for m in parts]
    return all(levels) and len({lv.group(0).rstrip("级") for lv in levels if lv}) == len(levels)


def top_level(text: str, parts: list[Mention]) -> list[Mention]:
    """The parts without the items of a nested breakdown: "其中：1.一般公共预算11个项目2827.23万元，即：A 82.8万元、
    B 30.61万元……" lists a part and then its own items, which add up to it; a word or mark between the part and its
    first item opens the breakdown (即、其中、包括、含、a colon or a bracket), else "南陵县52万元，繁昌区25万元，湾沚区23万元，
    镜湖区4.224万元" are four items of one list whatever they add up to."""
    out: list[Mention] = []
    i = 0
    while i < len(parts):
        out.append(parts[i])
        # (a bracket closed before the next part is an aside: "省级50万元（2022年12月提前下达），州级20万元，县级30万元")
        j = _items_of(parts, i) if i + 1 < len(parts) and _OPENS_ITEMS.search(
            _CLOSED_ASIDE.sub("", text[parts[i].end : max(parts[i].end, parts[i + 1].start)])) else 0
        i = j if j else i + 1
    return out


_OPENS_ITEMS = re.compile(r"即|其中|包括|含|[:：（(]")
_CLOSED_ASIDE = re.compile(r"[（(][^（）()]*[）)]")


def _items_of(parts: list[Mention], i: int) -> int:
    """The end of the run of parts after ``parts[i]`` (two or more) that adds up to it, else 0."""
    running = Decimal(0)
    for j in range(i + 1, len(parts)):
        running += parts[j].value
        if j - i >= 2 and abs(running - parts[i].value) <= parts[i].half_unit() + EPS:
            return j + 1
        if running > parts[i].value + parts[i].half_unit():
            return 0
    return 0
