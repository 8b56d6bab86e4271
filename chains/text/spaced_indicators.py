"""Indicator tables whose cells are separated by single spaces, as a PDF or web page copy gives them:

    一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施
    指标值 完成值
      产出指标 数量指标 服务对象人数 100人次 100人次 15 15
        质量指标 服务达标率 80% 80% 20 20
        成本指标 计划完成率 90% 60% 20 10 部分项目延续至下年
    总分 100 90

    一级指标 二级指标 三级指标 权重 目标值 业绩值 完成率 指标得分 偏差原因分析
    产出指标 数量指标 谷子示范基地建设面积 10 ≥10000亩 10 260亩 102.60% 10 —
    数量指标 旱作节水技术推广面积 10 ≥3.0万亩 2.85万亩 95.00% 9.50 春播期墒情
    较好，部分农户未采用

The header names the columns (levels and name first, then the figures in its own order: 分值, 目标, 实际, 完成率,
得分, and a note). Merged 一级/二级 cells are left out of the later rows, so a row is read from its score back: the
last bare number followed by nothing but the note is the 得分, and the cells before it take the header's columns
right to left; what is left over names the indicator and its levels. A line with no bare number continues the row
above (a cell the page wrapped): that row is read, never certain (``inferred``). Fail closed: a row that does not fit
ends the table, and a table not read to its 总分 line is not returned (a sum over part of a table would be a false
alarm). Pure.
"""

from __future__ import annotations

import re

from chains.text.page_breaks import PAGE_FOOTER
from chains.text.table_model import TOTAL_LABEL, Cell, Row, Table, column_role

__all__ = ["spaced_indicator_tables"]

_HEADER = re.compile(r"^[ \t\u3000]*(?P<goal>(?:年度|绩效)?目标 +)?(?:绩效指标 +)?一级指标 +(?P<two>二级指标 +)?(?:三级|目标)指标 +(?P<rest>[^\n]*?)"
                     r"[ \t]*$", re.M)
# a cell: a figure whose thousands a PDF set apart ("1 428户", "≥1 750人") stays one cell
_TOKEN = re.compile(r"[≥≤＞＜=＝]?\d{1,3}(?: \d{3})+(?:\.\d+)?(?=[\u4e00-\u9fff])[^ \t\u3000]*|[^ \t\u3000]+")
_BARE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")
_PERCENT = re.compile(r"^\d{1,3}(?:\.\d+)?[%％]$")
_RATE = re.compile(r"^\d{1,3}(?:\.\d+)?[%％]?$")  # a 完成率 cell (bare under a header "完成率(%)")
_SIGN = re.compile(r"^(?:[≥≤＞＜><=＝]|定性|定量|正向|反向)$")  # a 指标性质 cell
_RUNNING_HEAD = re.compile(r"报告|自评表|评价表")
_GOAL_LINE = re.compile(r"^[ \t\u3000]*(?:年度|绩效)?目标[ \t]*[\d一二三四五六七八九十]{1,2}[ \t]*[：:（(]")
_WORDS_ONLY = re.compile(r"^[^\d]{1,12}$")  # a header or label line wrapped ("指标值 完成值", "指标")
_LABELS = ("level1", "level2", "name")
_HEAD_TEXT = {"goal": "年度目标", "level1": "一级指标", "level2": "二级指标", "name": "三级指标", "target": "年度指标值", "actual": "实际完成值",
              "weight": "分值", "score": "得分", "completion_rate": "完成率", "deviation_note": "偏差原因分析及改进措施",
              "direction": "指标性质", "measure_unit": "度量单位"}
# header words a copy cut in two: "年度 实际" over "指标值 完成值"
_HALVES = {"年度": "target", "实际": "actual"}


def spaced_indicator_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    """The single-space indicator tables of ``text`` that no other reader took (``taken``: their spans)."""
    out = []
    for h in _HEADER.finditer(text):
        if any(a < h.end() and h.start() < b for a, b in taken):
            continue
        columns = _columns(h.group("rest"))
        if columns is None:
            continue
        table = _table(text, h, columns)
        if table is not None:
            out.append(table)
    return out


def _columns(rest: str) -> list[str] | None:
    """The roles of the header's columns after the name, in order; None unless each is known and the target, the
    actual, the weight and the score are all there."""
    roles = []
    for word in rest.split():
        role = _HALVES.get(word) or column_role(word)
        if role is None or role in roles or role in _LABELS:
            return None
        roles.append(role)
    if "deviation_note" in roles and roles[-1] != "deviation_note":
        return None
    need = {"target", "actual", "weight", "score"}
    # (a Sichuan-style table gives the sign and the unit their own columns: "指标性质 指标值 度量单位 实际完成值")
    return roles if need <= set(roles) and set(roles) <= need | {"completion_rate", "deviation_note", "direction", "measure_unit"} \
        else None


def _table(text: str, h: re.Match[str], columns: list[str]) -> Table | None:
    # (Hubei's: the goal block's cell first; a department's table may have no 二级指标 column)
    levels = _LABELS if h.group("two") else ("level1", "name")
    labels = ("goal", *levels) if h.group("goal") else levels
    roles = [*labels, *columns]
    if "deviation_note" not in roles:
        roles.append("deviation_note")  # words after the score, under no heading: its header cell stays empty
    at = h.start() + len(h.group(0)) - len(h.group(0).lstrip(" \t\u3000"))
    header = Row([Cell(_HEAD_TEXT[r] if r in columns or r in labels else "", (at, at)) for r in roles], (at, h.end()))
    rows = [header]
    pos = h.end() + 1
    total = paged = False
    while pos < len(text) and not total:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        tokens = [(t.group(0), t.span()) for t in _TOKEN.finditer(text, pos, end)]
        line, pos = text[pos:end], end + 1
        if PAGE_FOOTER.fullmatch(line) or paged and len(tokens) == 1 and _RUNNING_HEAD.search(line):
            if _HEADER.match(text, len(text) - len(text[pos:].lstrip("\n \t"))):
                return None  # the header printed again on the next page: the parts are joined later (page_breaks)
            paged = True  # "— 2 —" and the page's running head ("…2020年度项目绩效自评报告") inside the table
            continue
        paged = False
        if not tokens or all(_WORDS_ONLY.match(t) for t, _ in tokens) and len(tokens) <= 2 and len(rows) == 1:
            continue  # a blank line, or the header's wrapped words
        if _GOAL_LINE.match(line) and not any(_BARE.match(t) for t, _ in tokens[1:]):
            continue  # "目标1：新建房屋白蚁预防": the goal block's cell, on a line of its own above its rows
        if not any(_BARE.match(t) for t, _ in tokens):
            if len(rows) == 1 or "。" in text[tokens[0][1][0] : end]:
                return None
            last = rows[-1]
            rows[-1] = Row(last.cells, last.span, inferred=True)  # a wrapped cell: the row above is not certain
            continue
        if "measure_unit" in columns:
            tokens = [piece for t in tokens for piece in _unit_and_figure(t)]
        row = _row(text, tokens, columns, len(roles), len(labels))
        if row is None:
            return None
        total = row.is_total()
        rows.append(row)
    if not total or len(rows) < 3:
        return None  # read to its 总分 line, or not at all: the sums need every row
    return Table(rows, "spaced", header_index=0, roles=dict(enumerate(roles)))


def _row(text: str, tokens: list[tuple[str, tuple[int, int]]], columns: list[str], width: int, lead: int) -> Row | None:
    words = [t for t, _ in tokens]
    span = (tokens[0][1][0], tokens[-1][1][1])
    if TOTAL_LABEL.match(words[0]):
        # ("总分 100 98 评价等级：优": words after the figures, no figure among them, are a note)
        n = next((k for k in range(1, len(words)) if not _BARE.match(words[k])), len(words))
        if any(re.search(r"\d", w) for w in words[n:]):
            return None
        words, tokens = words[:n], tokens[:n]
        if len(words) not in (2, 3):
            return None
        cells = [_blank(tokens[0])] * width
        cells[0] = _cell(tokens[0])
        figures = [columns.index("score") + lead] if len(words) == 2 else [columns.index(r) + lead for r in ("weight", "score")]
        for i, t in zip(figures, tokens[1:], strict=True):
            cells[i] = _cell(t)
        return Row(cells, span)
    # the score: the last bare number with nothing but a note after it
    score = next((i for i in range(len(words) - 1, 0, -1) if _BARE.match(words[i])), None)
    if score is None or any(_BARE.match(w) or _PERCENT.match(w) for w in words[score + 1 :]):
        return None
    before = columns[: columns.index("score")]
    fit = _aligned(words, score, before, lead)
    if fit is None and "direction" in before and "measure_unit" in before:
        # a qualitative row leaves its 度量单位 cell empty and the copy drops it ("定性 有效衔接 达成年度指标 10 9"):
        # read it so only when the 指标性质 cell anchors the columns and the target holds no figure
        short = [r for r in before if r != "measure_unit"]
        fit = _aligned(words, score, short, lead)
        if fit is not None and re.search(r"\d", words[fit[0] + short.index("target")]):
            fit = None
    if fit is None:
        return None
    labels, used = fit
    cells = [_blank(tokens[0])] * (lead - labels) + [_cell(t) for t in tokens[:labels]]
    given = iter(tokens[labels:score])
    cells += [_cell(next(given)) if r in used else _blank(tokens[labels]) for r in before] + [_cell(tokens[score])]
    cells += [_blank(tokens[score])] * (width - len(cells) - 1)
    if score + 1 < len(tokens):  # the note, however many words
        cells.append(Cell(text[tokens[score + 1][1][0] : span[1]], (tokens[score + 1][1][0], span[1])))
    else:
        cells.append(_blank(tokens[score]))
    return Row(cells[:width], span)


def _aligned(words: list[str], score: int, before: list[str], lead: int) -> tuple[int, list[str]] | None:
    """(how many label cells lead the row, the columns its figures fill) when the words before the score fit
    ``before`` right to left, each in its column's form; None when they do not."""
    labels = score - len(before)
    if labels < 1 or labels > lead:
        return None  # more cells than the columns hold, or fewer: the columns are unknown
    for role, word in zip(before, words[labels:score], strict=True):
        if role == "weight" and not _BARE.match(word) or role == "completion_rate" and not _RATE.match(word) \
                or role == "direction" and not _SIGN.match(word) or role == "measure_unit" and re.search(r"\d", word):
            return None
    return labels, before


_UNIT_FIGURE = re.compile(r"^(?P<unit>[\u4e00-\u9fff%％‰]{1,4})(?P<figure>\d+(?:\.\d+)?)$")


def _unit_and_figure(token: tuple[str, tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """"人次285": a 度量单位 cell and the 实际完成值 after it, run together by the copy — two cells."""
    m = _UNIT_FIGURE.match(token[0])
    if m is None:
        return [token]
    at, cut = token[1][0], token[1][0] + m.end("unit")
    return [(m.group("unit"), (at, cut)), (m.group("figure"), (cut, token[1][1]))]


def _cell(token: tuple[str, tuple[int, int]]) -> Cell:
    return Cell(token[0], token[1])


def _blank(token: tuple[str, tuple[int, int]]) -> Cell:
    return Cell("", (token[1][0], token[1][0]))
