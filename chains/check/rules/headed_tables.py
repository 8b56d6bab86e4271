"""A level's own table under a heading that gives the level's weight (I6):

    （三）效益指标（35分）
    三级指标 | 指标值 | 完成值 | 完成率 | 分值 | 得分
    城区主干道路边违停数量下降 | ≥20% | 24.6% | 123.00% | 10 | 10
    …

The rows' 分值 add up to the heading's. A table with a total row of its own is left to ``tables``. When the heading
gives the level's usual weight (产出 50, 效益 30, 满意度 10) and the rows do not add up to it, one of the rows is
wrong; otherwise the heading is pointed at."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules import score_groups
from chains.check.rules.base import EPS, Context, plain_number
from chains.findings import Finding

_HEADING = re.compile(r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,2}、)?\s*"
                      r"(?P<level>产出|效益|满意度)指标\s*[（(]\s*(?:分值)?\s*(?P<w>\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）][ \t\u3000]*$", re.M)
_USUAL = {"产出": Decimal(50), "效益": Decimal(30), "满意度": Decimal(10)}


def run(ctx: Context) -> None:
    if "指标（" not in ctx.text and "指标(" not in ctx.text:
        return
    for table in ctx.tables:
        if table.col("weight") is None or table.header_index is None:
            continue
        start = ctx.text.rfind("\n", 0, max(0, table.span[0] - 1)) + 1
        heading = _HEADING.match(ctx.text, start, max(start, table.span[0] - 1))
        rows = table.data_rows()
        if heading is None or not rows or any(r.is_total() for r in rows):
            continue
        weights = [score_groups.number(table, r, "weight") for r in rows]
        if any(w is None or w.kind not in ("number", "score") for w in weights):
            continue
        total = sum((w.value for w in weights if w is not None), Decimal(0))
        stated = Decimal(heading.group("w"))
        if abs(total - stated) <= EPS:
            continue
        usual = stated == _USUAL[heading.group("level")]
        span = (weights[0].start, weights[-1].end) if usual and weights[0] is not None and weights[-1] is not None \
            else heading.span("w")
        ctx.add(Finding(
            "weight_sum_mismatch",
            f"{heading.group('level')}指标写明分值{heading.group('w')}分，其下各项分值合计为{plain_number(total)}分"
            + ("；标题所写为常规分值，应是某一行的分值填错。" if usual else "，两者不符。"),
            span, values={"sum": plain_number(total), "stated": heading.group("w")},
            expected=heading.group("w") if usual else plain_number(total), related=(heading.span("w"),)))
