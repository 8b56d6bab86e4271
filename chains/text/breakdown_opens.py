"""Where the parts of a total open when no 其中 stands before them in the total's own sentence: a colon right after the
total ("追加资金共计40.00万元：5月…"), or a part of the sentence before broken down in its own sentence by a criterion
("其中中央资金支出765.35万元，按用途分：…")."""

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
