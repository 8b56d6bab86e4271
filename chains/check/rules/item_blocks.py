"""Whose 自评表 a table is in a department's report: one that follows a numbered item ("1.全域旅游创建及旅游厕所建设项目。
该项目全年预算310.00万元…") scores that item, and a score, a rate or a figure stated outside the item's paragraphs (the
department's 综合得分, another project's 自评得分) is no restatement of it."""

from __future__ import annotations

import bisect
import re

from chains.check.rules.base import Context
from chains.text.sections import department_report, report_title

_ITEM = re.compile(r"^[ \t\u3000]*(?:\d{1,2}[.．、](?!\d)|（\d{1,2}）|[(]\d{1,2}[)])", re.M)
_SECTION = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", re.M)


def _starts(ctx: Context) -> tuple[list[int], list[int]]:
    if ctx.item_starts is None:
        ctx.item_starts = ([m.start() for m in _ITEM.finditer(ctx.text)], [m.start() for m in _SECTION.finditer(ctx.text)])
    return ctx.item_starts


def block(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The numbered item's stretch of text that ``pos`` lies in (to the next item or section heading), in a
    department's report; None elsewhere."""
    if "部门" not in report_title(ctx.text):
        return None
    items, sections = _starts(ctx)
    i = bisect.bisect_right(items, pos) - 1
    if i < 0:
        return None
    start = items[i]
    s = bisect.bisect_right(sections, pos) - 1
    if s >= 0 and sections[s] > start:
        return None  # a section heading stands between the item and the position: the department's own text
    ends = [x for x in (items[i + 1] if i + 1 < len(items) else None,
                        sections[s + 1] if s + 1 < len(sections) else None) if x is not None]
    return start, min(ends, default=len(ctx.text))


# (or a heading that names a project and scores it by itself: "（一）应急避难场所提升改造项目（满分100分）")
_PROJECTS_FORM = re.compile(r"[\u4e00-\u9fff]{2,}项目(?:[^\n]{0,12}(?:自评表|评价表|指标表)|[（(](?:满分|总分)100分[)）])")


def apart(ctx: Context, table_start: int, pos: int) -> bool:
    """Whether a table that scores a numbered item and a figure at ``pos`` belong to different items (or the figure
    to the department). A table under a title that names a project ("附表：旅游宣传营销及市场恢复项目绩效自评表") is
    that project's wherever it stands."""
    owner = block(ctx, table_start)
    if owner is None and department_report(ctx.text):
        above = ctx.text[ctx.text.rfind("\n", 0, max(0, table_start - 1)) + 1 : table_start]
        if _PROJECTS_FORM.search(above):
            return True
    return owner is not None and not owner[0] <= pos < owner[1]
