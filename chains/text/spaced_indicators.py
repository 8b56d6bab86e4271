"""Indicator tables whose cells are separated by single spaces, as a PDF or web page copy gives them:

    一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施
    指标值 完成值
      产出指标 数量指标 服务对象人数 100人次 100人次 15 15
        质量指标 服务达标率 80% 80% 20 20
        成本指标 计划完成率 90% 60% 20 10 部分项目延续至下年
    总分 100 90

Merged 一级/二级 cells are left out of the later rows, so the columns are found from the right: the last
two bare numbers of a row are its 分值 and 得分 (the header puts them right after the target and the actual),
the two cells before them the target and the actual, the one before that the indicator's name, and the note
follows. Fail closed: a row that does not fit that shape ends the table, and a table some of whose rows could
not be read is not returned at all (a sum over part of a table would be a false alarm). Pure.
"""

from __future__ import annotations

import re

from chains.text.table_model import TOTAL_LABEL, Cell, Row, Table

__all__ = ["spaced_indicator_tables"]

_HEADER = re.compile(r"^[ \t\u3000]*一级指标 +二级指标 +三级指标 +(?P<mid>[^\n]*?)分值 +得分(?: +[^\n]*)?$", re.M)
_TOKEN = re.compile(r"[^ \t\u3000]+")
_BARE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")
_WORDS_ONLY = re.compile(r"^[^\d]{1,12}$")  # a header or label line wrapped ("指标值 完成值", "指标")
_ROLES = {0: "level1", 1: "level2", 2: "name", 3: "target", 4: "actual", 5: "weight", 6: "score", 7: "deviation_note"}
_HEADS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")


def spaced_indicator_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    """The single-space indicator tables of ``text`` that no other reader took (``taken``: their spans)."""
    out = []
    for h in _HEADER.finditer(text):
        if any(a < h.end() and h.start() < b for a, b in taken) or not _target_then_actual(h.group("mid")):
            continue
        table = _table(text, h)
        if table is not None:
            out.append(table)
    return out


def _target_then_actual(mid: str) -> bool:
    """The header names the target and the actual (in that order) between the levels and 分值."""
    words = mid.split()
    return 1 <= len(words) <= 4 and bool(re.match(r"年度|目标|指标值|计划", words[0])) and "实际" in "".join(words[1:])


def _table(text: str, h: re.Match[str]) -> Table | None:
    at = h.start() + len(h.group(0)) - len(h.group(0).lstrip(" \t\u3000"))
    header = Row([Cell(w, (at, at)) for w in _HEADS], (at, h.end()))
    rows = [header]
    pos = h.end() + 1
    total = False
    while pos < len(text) and not total:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        tokens = [(t.group(0), t.span()) for t in _TOKEN.finditer(text, pos, end)]
        pos = end + 1
        if not tokens or all(_WORDS_ONLY.match(t) for t, _ in tokens) and len(tokens) <= 2:
            continue  # a blank line, or a wrapped header/label line
        row = _row(tokens)
        if row is None:
            if len(rows) == 1:
                return None
            break
        total = row.is_total()
        rows.append(row)
    if not total or len(rows) < 3:
        return None  # read to its 总分 line, or not at all: the sums need every row
    return Table(rows, "spaced", header_index=0, roles=dict(_ROLES))


def _row(tokens: list[tuple[str, tuple[int, int]]]) -> Row | None:
    words = [t for t, _ in tokens]
    if TOTAL_LABEL.match(words[0]):
        if len(words) not in (2, 3) or not all(_BARE.match(w) for w in words[1:]):
            return None
        cells = [_cell(tokens[0]), _blank(tokens[0]), _blank(tokens[0]), _blank(tokens[0]), _blank(tokens[0])]
        cells += [_cell(t) for t in tokens[1:]]
        return Row(cells, (tokens[0][1][0], tokens[-1][1][1]))
    pairs = [i for i in range(1, len(words)) if _BARE.match(words[i]) and _BARE.match(words[i - 1])]
    if not pairs:
        return None
    score = pairs[-1]
    weight = score - 1
    labels = weight - 2  # name and levels before the target and the actual
    if labels < 1 or labels > 3 or score + 1 < len(words) - 1:
        return None  # more cells than the columns hold, or a note of several cells: the columns are unknown
    lead = [_blank(tokens[0])] * (3 - labels) + [_cell(t) for t in tokens[:labels]]
    cells = lead + [_cell(t) for t in tokens[labels : score + 1]]
    cells.append(_cell(tokens[score + 1]) if score + 1 < len(words) else _blank(tokens[score]))
    return Row(cells, (tokens[0][1][0], tokens[-1][1][1]))


def _cell(token: tuple[str, tuple[int, int]]) -> Cell:
    return Cell(token[0], token[1])


def _blank(token: tuple[str, tuple[int, int]]) -> Cell:
    return Cell("", (token[1][0], token[1][0]))
