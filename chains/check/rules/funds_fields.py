"""The 预算执行率 row of a funds block typed as named fields, the way an online system exports it:

    全年执行数：12026.35万元
    执行率：97.07%
    分值：10分　得分：9.71分

or on one line ("…全年执行数：118.37；分值：10；执行率：94.70%；得分：9.47"), or said in a sentence of its own above the
indicator table ("预算执行率分值10分，执行率87.71%，得8.77分；产出、效益和满意度指标得分见下表："). Its 分值 and 得分
belong to the indicator table's total, as the execution line of a MOF funds block does (``tables._funds_block_score``)."""

from __future__ import annotations

import re

from chains.check.rules.base import Context
from chains.text.numbers import Mention, mentions_within
from chains.text.table_model import Cell, Row

# (or each field's name on a line and its figure on the next: "预算执行⏎分值⏎10⏎执行率⏎95.25%⏎得分⏎9.52")
_RATE_FIELD = re.compile(r"(?:预算)?执行率(?:[：:]|[ \t]*\n[ \t]*(?=\d))")
_WEIGHT = re.compile(r"(?:^|[；;，,\s])分值(?:[：:]\s*|[ \t]*\n[ \t]*)(?=\d)")
_SCORE = re.compile(r"(?:^|[；;，,\s])得分(?:[：:]\s*|[ \t]*\n[ \t]*)(?=\d)")
_INDICATOR = re.compile(r"指标名称|三级指标|年度指标值|实际完成值|目标值")
_LINES = 3  # the 执行率 field and its 分值/得分 stand within three lines of each other
_BEFORE = 2


def execution_fields(ctx: Context) -> tuple[Row, Mention, Mention | None] | None:
    """The execution row's (row, weight, score) from the first 执行率 field with a 分值 field beside it, or None."""
    if "执行率：" not in ctx.text and "执行率:" not in ctx.text and "执行率\n" not in ctx.text:
        return None  # (most reports: one quick look)
    for rate in _RATE_FIELD.finditer(ctx.text):
        line = ctx.text.rfind("\n", 0, rate.start()) + 1
        start, end = line, line
        for _ in range(_BEFORE):  # ("分值：20⏎执行率：94.40%⏎得分：18.88": the 分值 field may come first)
            if start > 0 and not _INDICATOR.search(ctx.text, ctx.text.rfind("\n", 0, start - 1) + 1, start):
                start = ctx.text.rfind("\n", 0, start - 1) + 1
        for _ in range(_LINES):
            nxt = ctx.text.find("\n", end + 1)
            end = len(ctx.text) if nxt < 0 else nxt
        block = ctx.text[start:end]
        if _INDICATOR.search(block):
            continue  # an indicator's own fields, not the funds block's
        w, s = _WEIGHT.search(block), _SCORE.search(block)
        weight = _first(ctx, start + w.end(), end) if w else None
        if weight is None:
            continue
        score = _first(ctx, start + s.end(), end) if s else None
        return Row([Cell("预算执行率", rate.span())], (start, end)), weight, score
    return None


# "预算执行率分值10分，执行率87.71%，得8.77分" / "预算执行率指标分值10分，全年预算执行率98.60%，得9.86分"
_SENTENCE = re.compile(r"预算执行(?:率|情况)?(?:指标)?的?(?:分值|权重)(?:为)?\s*(?P<w>\d{1,2})\s*分[，,][^。；;\n]{0,30}?得(?:分)?(?:为)?\s*"
                       r"(?P<s>\d{1,2}(?:\.\d{1,2})?)\s*分")
_OTHER_LEVEL = re.compile(r"产出|效益|满意度")


def execution_sentence(ctx: Context) -> tuple[Row, Mention, Mention | None] | None:
    """The execution row's (row, weight, score) from the one sentence that gives its 分值 and 得分, naming no other
    level between them, or None."""
    found = [m for m in _SENTENCE.finditer(ctx.text) if not _OTHER_LEVEL.search(m.group(0))]
    if len(found) != 1:
        return None
    m = found[0]
    weight, score = _first(ctx, m.start("w"), m.end()), _first(ctx, m.start("s"), m.end())
    if weight is None or score is None:
        return None
    return Row([Cell("预算执行率", m.span())], m.span()), weight, score


def _first(ctx: Context, at: int, end: int) -> Mention | None:
    found = mentions_within(ctx.mentions, at, end)
    m = found[0] if found and found[0].start == at else None
    return m if m is not None and m.kind in ("number", "score") and not m.approx else None


def execution_header(text: str) -> bool:
    """Whether a line of headers (no sentence punctuation) names a 分值 beside 执行数 or 执行率: a funds block's, or
    a funds line gives the execution's points in its label ("预算执行情况（20分）\t全年预算数…\t得分\t18.12")."""
    if _POINTS_IN_LABEL.search(text):
        return True
    i = text.find("分值")
    while i >= 0:
        start, end = text.rfind("\n", 0, i) + 1, text.find("\n", i)
        line = text[start : len(text) if end < 0 else end]
        if "执行" in line and not any(c in line for c in "，。；"):
            return True
        i = -1 if end < 0 else text.find("分值", end)
    return False


_POINTS_IN_LABEL = re.compile(r"^[ \t\u3000]*预算执行(?:情况|率)?[（(]\d{1,2}分[)）][ \t｜|]", re.M)


# "…实际支出数\n（万元）\n执行率\n分值\n得分\n96.00\n80.00\n76.52\n79.71%\n20\n15.94": a funds block copied a cell a line
_STACKED = re.compile(r"\n[ \t\u3000]*(执行率|分值|得分)[ \t\u3000]*\n[ \t\u3000]*(执行率|分值|得分)[ \t\u3000]*\n"
                      r"[ \t\u3000]*(执行率|分值|得分)[ \t\u3000]*\n")
_FIGURE_LINE = re.compile(r"[ \t\u3000]*(?P<f>\d[\d,]*(?:\.\d+)?%?|[—－-]+)[ \t\u3000]*(?:\n|$)")


def execution_stacked(ctx: Context) -> tuple[Row, Mention, Mention | None] | None:
    """The execution row's (row, weight, score) from a funds block written one cell a line, its header ending with
    执行率, 分值 and 得分 (in any order) and its figures on the lines right after: the last three figures are those
    three columns, in the header's order. None unless the rate's figure is a percentage and the others plain."""
    for head in _STACKED.finditer(ctx.text):
        if len({head.group(1), head.group(2), head.group(3)}) != 3:
            continue
        at = head.end()
        lines: list[re.Match[str]] = []
        while (line := _FIGURE_LINE.match(ctx.text, at)) is not None and len(lines) < 8:
            lines.append(line)
            at = line.end()
        if len(lines) < 3:
            continue
        cells = dict(zip((head.group(1), head.group(2), head.group(3)), lines[-3:], strict=True))
        weight, score = (_first(ctx, *c.span("f")) for c in (cells["分值"], cells["得分"]))
        if weight is None or not cells["执行率"].group("f").endswith("%"):
            continue
        return Row([Cell("预算执行率", cells["执行率"].span())], (head.start(), at)), weight, score
    return None
