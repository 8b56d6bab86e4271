"""Where the parts of a total open when no 其中 stands before them in the total's own sentence: a colon right after the
total ("追加资金共计40.00万元：5月…"), a part of the sentence before broken down in its own sentence by a criterion
("其中中央资金支出765.35万元，按用途分：…"), or a numbered list on the lines after a 其中 that follows the total's
sentence; and whether a total's parts so far already make it up."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chains.text.numbers import Mention
    from chains.text.quantities import Linked


def part_broken_down(out: list[Linked], m: Mention, s_start: int, at: int, said: str) -> int | None:
    """"其中中央资金支出765.35万元，按用途分：…": a part of the sentence before, broken down in its own sentence by a
    criterion (not by 其中, which lists the whole's other parts)."""
    if said.startswith("其中"):
        return None
    before = [k for k in range(len(out) - 1, -1, -1) if out[k].sentence[0] == s_start and out[k].mention.start < at]
    if not before or out[before[0]].component_of is None or out[before[0]].mention.kind != m.kind:
        return None
    return before[0]


def colon_after_total(text: str, out: list[Linked], window: str, s_start: int, total: int | None) -> int:
    """"追加资金共计40.00万元：5月…下达15.00万元；7月…20.00万元；…": a colon right after a total opens its parts
    (the offset of the colon in ``window``, else -1)."""
    if total is None:
        return -1
    end = out[total].mention.end
    colon = re.match(r"[ \t]*[：:]", text[end : end + 3])
    if colon is None or end + colon.end() > s_start + len(window):
        return -1
    return end + colon.start() - s_start


_SPENDING_OPENER = re.compile(r"^[ \t\u3000]*(?:实际|全年|本年|当年|项目)?(?:资金)?支出(?:中[，,：:]|明细(?:为|如下)?[：:]|构成(?:为|如下)?[：:])")


def spending_opener(window: str) -> int:
    """"实际支出中，工程施工费…" / "支出明细为：…": a sentence that opens by naming the spending it breaks down (the
    offset where its parts begin, else -1)."""
    opened = _SPENDING_OPENER.match(window)
    return opened.end() if opened else -1


def spending_before(text: str, out: list[Linked], m: Mention, s_start: int) -> int | None:
    """The spending of the paragraph's sentences before, the one that such a sentence breaks down."""
    for k in range(len(out) - 1, -1, -1):
        lk = out[k]
        if "\n" in text[lk.mention.end : s_start]:
            return None
        if lk.quantity == "spent" and lk.component_of is None and lk.mention.kind == m.kind and lk.mention.start < s_start:
            return k
    return None


def spending_named(out: list[Linked], last_total: int, m: Mention, quantity: str | None, said: str) -> int:
    """"实际支出213.92万元，执行率95.50%，结余10.08万元已由市财政收回。其中：防护设施建设支出…": parts named as spending
    after a colon break down the spending of the sentence before, not the figure that closed it (``last_total``)."""
    prev = out[last_total]
    if quantity != "spent" or prev.quantity == "spent" or not re.match(r"其中[：:]", said):
        return last_total
    return next((k for k in range(last_total - 1, -1, -1) if out[k].sentence == prev.sentence and out[k].quantity == "spent"
                 and out[k].component_of is None and out[k].mention.kind == m.kind), last_total)


SOURCE_QUANTITIES = frozenset({"carryover", "other_funds", "issued", "received"})


NUMBERED = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.、．](?!\d)|（\d{1,2}）|\(\d{1,2}\))")
_BREAKDOWN_OPENS = re.compile(r"(?:其中|具体为|具体是|具体包括|明细为|明细如下|具体如下)[：:]?[ \t\u3000]*\n?[ \t\u3000]*$")


def first_numbered_part(text: str, out: list[Linked], m: Mention, window: str, s_start: int, quantity: str | None,
                        last_total: int | None) -> int | None:
    """"全年支出7,342,180元，执行率90%。其中：⏎1．清运服务费4,860,000元；⏎2．…": the first item of a numbered list
    on the lines after a 其中 that follows the total's sentence is a part of that total."""
    if last_total is None or not NUMBERED.match(window) or _CJK_DIGIT_BEFORE.search(window):
        return None
    opener = _BREAKDOWN_OPENS.search(text, max(0, s_start - 16), s_start)
    total = out[last_total]
    if opener is None or total.mention.kind != m.kind or closed(out, last_total):
        return None
    if text[total.sentence[1] + 1 : opener.start()].strip():
        return None  # something else is said between the total's sentence and the 其中
    if quantity is None or quantity == total.quantity or quantity in SOURCE_QUANTITIES:
        return last_total
    return None


_CJK_DIGIT_BEFORE = re.compile(r"\d[^\d]*\d[^\d]*[元万]")  # another amount before this one in its sentence


def closed(out: list[Linked], total: int) -> bool:
    """Whether the parts of ``total`` linked so far already add up to it."""
    parts = [lk.mention.value for lk in out if lk.component_of == total]
    return len(parts) >= 2 and sum(parts) == out[total].mention.value
