"""The sections of a report by their headings ("一、项目概况", "（二）绩效目标"): what part of the report a figure
stands in. A figure in the background or the goals describes the situation before the project or what was
planned, not what was done."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|#+\s)"
                      r"(?P<title>[^\n]{0,30})$", re.MULTILINE)
_DONE = re.compile(r"完成|实现|达成|情况|产出|效益|结论|分析")
_BACKGROUND = re.compile(r"概况|背景|立项|职能|机构|简介|现状|内容")  # "（二）建设内容": what is planned


@lru_cache(maxsize=8)
def headings(text: str) -> tuple[list[int], list[str]]:
    """(starts, titles) of the report's headings, in text order."""
    found = [(h.start(), h.group("title")) for h in _HEADING.finditer(text)]
    return [s for s, _ in found], [t for _, t in found]


def title_at(text: str, pos: int) -> str | None:
    """The title of the heading ``pos`` stands under (the nearest before it), or None before the first."""
    starts, titles = headings(text)
    i = bisect.bisect_right(starts, pos) - 1
    return titles[i] if i >= 0 else None


def in_goals(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a section whose heading names the goals (绩效目标, 年度目标), not what was done."""
    title = title_at(text, pos)
    return title is not None and "目标" in title and not _DONE.search(title)


def in_background(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a section on the project's background (项目概况, 立项背景, 单位职能…)."""
    title = title_at(text, pos)
    return title is not None and bool(_BACKGROUND.search(title)) and "完成" not in title


@lru_cache(maxsize=8)
def report_title(text: str) -> str:
    """The report's title lines, which name the project itself (up to the first sentence or heading)."""
    return "".join(report_title_lines(text))


def report_title_lines(text: str) -> list[str]:
    """The lines of ``report_title``."""
    lines = []
    for line in text[:400].split("\n")[:5]:
        if len(line) > 60 or any(p in line for p in "，。；：,;") or re.match(r"\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", line):
            break
        lines.append(line)
    return lines


_DEPARTMENT = re.compile(r"部门整体|整体支出|单位整体|部门(?:支出)?绩效|部门(?:支出)?(?:自评|评价)")
_BREADCRUMB = re.compile(r"^.*[>＞»]\s*")  # "首页 > 信息公开 > … > 部门预决算": the site's path before the title


def department_report(text: str) -> bool:
    """Whether the report evaluates a department's whole spending (部门整体支出绩效自评), not one project: said in its
    title, or its title names the department and no project (a web page's path such as "部门预决算" is no title)."""
    lines = [ln for ln in report_title_lines(text) if ln.strip()]
    if len(lines) > 1 and _BREADCRUMB.match(lines[0]):
        lines = lines[1:]  # "首页 > … > 部门绩效评价" above the title: the site's menu, not what the report evaluates
    title = _BREADCRUMB.sub("", "".join(lines)).removeprefix("部门预决算").removeprefix("部门决算")
    return bool(_DEPARTMENT.search(title)) or "部门" in title and "项目" not in title
