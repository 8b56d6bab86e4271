"""A breakdown that names its total instead of saying 其中:

    其中当年财政拨款218.50万元、上年结转资金18.00万元。当年财政拨款中，中央资金96.00万元、省级资金52.50万元、
    市级资金25.00万元、区级资金50.00万元。

A sentence that opens with "<名称>中，" breaks down the figure named so just before (in the same or the
previous sentence): the amounts of that sentence outside brackets are its parts. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chains.text.quantities import Linked

_OPENS = re.compile(r"[ \t\u3000]*(?:(?P<name>[\u4e00-\u9fff]{3,12})中[，,：:]"
                    # "全年预算中中央、自治区、县级资金分别为…": no comma, names listed in turn
                    r"|(?P<listed>[\u4e00-\u9fff]{3,12}?)中(?=[\u4e00-\u9fff、和及]{2,30}分别(?:为|是)))")
_BRACKETED = re.compile(r"[（(][^（）()]*$")


def named_breakdowns(text: str, out: list[Linked]) -> list[Linked]:
    """``out`` with the amounts of a "<名称>中，…" sentence linked to the figure that name gave before it."""
    sentences = sorted({lk.sentence for lk in out if lk.mention.kind == "money"})
    for sentence in sentences:
        opens = _OPENS.match(text, sentence[0])
        if opens is None:
            continue
        name = opens.group("name") or opens.group("listed")
        total = _named_before(text, out, sentence, name)
        if total is None:
            continue
        parts = [i for i, lk in enumerate(out) if lk.sentence == sentence and lk.mention.kind == "money"
                 and lk.component_of is None and lk.mention.unit == out[total].mention.unit and not lk.mention.approx
                 and not _BRACKETED.search(text[sentence[0] : lk.mention.start])]
        if len(parts) >= 2 and not any(o.component_of == total for o in out):
            for i in parts:
                out[i] = replace(out[i], component_of=total)
    return out


def _named_before(text: str, out: list[Linked], sentence: tuple[int, int], name: str) -> int | None:
    """The last money figure before ``sentence``, in it or the one just before, whose subject is ``name`` or that
    follows the name ("…、项目支出7810.37万元。项目支出中，…")."""
    for i in range(len(out) - 1, -1, -1):
        lk = out[i]
        if lk.mention.start >= sentence[0] or lk.mention.kind != "money":
            continue
        if sentence[0] - lk.sentence[1] > 2:
            return None
        if lk.subject and (lk.subject == name or lk.subject.endswith(name) or name.endswith(lk.subject)) and len(lk.subject) >= 3:
            return i
        before = text[max(0, lk.mention.start - len(name) - 4) : lk.mention.start]
        if re.search(f"{re.escape(name)}(?:为|是|达|共计?|合计)?[：:]?[ \t]*$", before):
            return i
    return None
