"""Weights and scores written into the headings of a report that follows its indicator system (rules §4, §8):

    一、投入(分值18分,自评得18分)
    (一)项目立项(分值10分,自评得10分)
    (二)资金落实(分值10分,自评得10分)
    二、过程(分值32分,自评得32分)

A first-level heading's 分值 is the sum of the 分值 of the second-level headings under it (up to the next
first-level heading), and so is its score → ``weight_sum_mismatch`` / ``score_sum_mismatch`` on the first-level
figure. Read only when a first-level heading has two sub-headings or more and every one of them states a 分值.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from chains.check.rules.base import Context
from chains.findings import Finding

_POINTS = r"[（(]\s*分值\s*(?P<w>\d{1,3}(?:\.\d{1,2})?)\s*分(?:\s*[，,、；;]\s*(?:自评)?得分?\s*(?P<s>\d{1,3}(?:\.\d{1,2})?)\s*分)?"
_TOP = re.compile(rf"^[ \t\u3000]*[一二三四五六七八九十]{{1,3}}、\s*(?P<name>[^（(\n]{{1,16}}?)\s*{_POINTS}", re.M)
_SUB = re.compile(rf"^[ \t\u3000]*[（(][一二三四五六七八九十]{{1,3}}[)）]\s*(?P<name>[^（(\n]{{1,16}}?)\s*{_POINTS}", re.M)
# where a section ends: the next heading of its level or above
_TOP_HEADING = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、", re.M)
_SUB_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])", re.M)


# ("（二）产出指标（分值55分，得49.2分）" over "1.保费补贴企业数：分值15分，…得15分。": a level over its numbered indicators)
_ITEM = re.compile(r"^[ \t\u3000]*\d{1,2}[.．、]\s*(?P<name>[^：:（(\n，,]{1,20}?)\s*[：:，,]\s*分值\s*(?P<w>\d{1,3}(?:\.\d{1,2})?)\s*分"
                   r"(?:[^\n]*?[，,；;]\s*(?:自评)?得分?\s*(?P<s>\d{1,3}(?:\.\d{1,2})?)\s*分[。；;]?\s*$)?", re.M)


def run(ctx: Context) -> None:
    if "分值" not in ctx.text:
        return
    _levels(ctx, list(_TOP.finditer(ctx.text)), _SUB, _next_top)
    _levels(ctx, list(_SUB.finditer(ctx.text)), _ITEM, _next_sub)


def _levels(ctx: Context, tops: list[re.Match[str]], below: re.Pattern[str], last_end: Callable[[str, int], int]) -> None:
    for k, top in enumerate(tops):
        end = tops[k + 1].start() if k + 1 < len(tops) else last_end(ctx.text, top.end())
        if below is _ITEM:
            end = min(end, _next_top(ctx.text, top.end()))  # (a first-level heading between ends the level)
        subs = list(below.finditer(ctx.text, top.end(), end))
        if len(subs) < 2:
            continue
        _check(ctx, top, subs, "w", "weight_sum_mismatch", "分值")
        full = all(m.group("s") == m.group("w") for m in (top, *subs))  # full marks: the scores repeat the weights
        if top.group("s") is not None and all(s.group("s") is not None for s in subs) and not full:
            _check(ctx, top, subs, "s", "score_sum_mismatch", "得分")



def _next_top(text: str, pos: int) -> int:
    """The end of the last first-level section: the next heading numbered 一、二、… without points, or the end."""
    nxt = _TOP_HEADING.search(text, pos)
    return nxt.start() if nxt else len(text)


def _next_sub(text: str, pos: int) -> int:
    """The end of the last level section: the next heading numbered 一、 or （一） without points, or the end."""
    nxt = _SUB_HEADING.search(text, pos)
    return nxt.start() if nxt else len(text)


def _check(ctx: Context, top: re.Match[str], subs: list[re.Match[str]], key: str, code: str, word: str) -> None:
    parent = Decimal(top.group(key))
    total = sum((Decimal(s.group(key)) for s in subs), Decimal(0))
    if total == parent:
        return
    listed = "＋".join(f"{s.group('name').strip()}{s.group(key)}分" for s in subs)
    ctx.add(
        Finding(
            code,
            f"“{top.group('name').strip()}”的{word}为{top.group(key)}分，但其下各项{word}{listed}＝{total}分，两者不符。",
            top.span(key),
            values={"stated": f"{top.group(key)}分", "parts": listed},
            expected=f"{total}分",
            related=tuple(s.span(key) for s in subs),
        )
    )
