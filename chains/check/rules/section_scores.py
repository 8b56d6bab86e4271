"""Scores given section by section in prose, one section per level (I7):

    （一）预算执行情况。……按执行率计分，得9.75分。
    （二）产出指标。一是……权重20分，得20分；二是……得10分……。产出指标合计得50分。
    （三）效益指标。……得10分；……得9.74分。效益指标合计得29.74分。
    （四）满意度指标。……权重10分，得10分。
    ……本项目自评得分99.94分

Each section's score is its last 得…分; the report's total that follows must be their sum, and a section's own
合计 the sum of the items' scores before it. Read only when the sections are the levels in order, the execution's
first, and every one gives a score; a sum more than a few points off is a misreading, left alone."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, plain_number, sum_agrees
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within

_SECTION = re.compile(r"^[ \t\u3000]*[（(][一二三四五六][)）]\s*(?P<level>预算执行|产出|效益|满意度)(?:指标|情况|率)?", re.M)
_SCORED = re.compile(r"得(?:分)?(?:为)?\s*$")
_SUMMED = re.compile(r"(?:合计|小计|共计|累计)得(?:分)?(?:为)?\s*$")
_NEAR = Decimal(3)  # a slip moves a score by a few points at most; more is a misreading
_TOTAL = re.compile(r"(?:自评|综合|总)(?:得分|总分|评分)(?:为)?\s*$|总分(?:为)?\s*$")


def run(ctx: Context) -> None:
    heads = list(_SECTION.finditer(ctx.text))
    if len(heads) < 2:
        return
    levels: dict[str, Mention] = {}
    end = 0
    for k, h in enumerate(heads):
        stop = heads[k + 1].start() if k + 1 < len(heads) else _paragraph_end(ctx.text, h.end())
        scores = [m for m in mentions_within(ctx.mentions, h.end(), stop)
                  if m.kind == "score" and _SCORED.search(ctx.text, max(0, m.start - 5), m.start)]
        if not scores or h.group("level") in levels:
            return
        levels[h.group("level")] = scores[-1]
        end = stop
        _own_sum(ctx, scores)
    if list(levels)[:3] != ["预算执行", "产出", "效益"]:
        return  # the levels in their order, the execution's first: else the sections are not the scoring's

    total = next((m for m in mentions_within(ctx.mentions, end, min(len(ctx.text), end + 400)) if m.kind == "score"
                  and _TOTAL.search(ctx.text, max(0, m.start - 6), m.start)), None)
    parts = list(levels.values())
    s = sum((p.value for p in parts), Decimal(0))
    if total is None or sum_agrees(parts, total) or abs(s - total.value) > _NEAR:
        return  # (far off: a section's last 得…分 is not its level's score, the reading is wrong)
    ctx.add(Finding("score_sum_mismatch", f"各部分得分{'＋'.join(p.raw for p in parts)}＝{plain_number(s)}分，与所写总分{total.raw}不符。",
                    total.span, values={"sum": plain_number(s), "stated": total.raw}, expected=f"{plain_number(s)}分",
                    related=tuple(p.span for p in parts)))


def _own_sum(ctx: Context, scores: list[Mention]) -> None:
    """A section's 合计得…分 against the items' scores before it."""
    last = scores[-1]
    items = scores[:-1]
    s = sum((p.value for p in items), Decimal(0))
    if len(items) < 2 or not _SUMMED.search(ctx.text, max(0, last.start - 6), last.start) or sum_agrees(items, last) \
            or abs(s - last.value) > _NEAR:
        return
    ctx.add(Finding("score_sum_mismatch", f"各项得分合计为{plain_number(s)}分，与所写{last.raw}不符。", last.span,
                    values={"sum": plain_number(s), "stated": last.raw}, expected=f"{plain_number(s)}分",
                    related=tuple(p.span for p in items)))


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
