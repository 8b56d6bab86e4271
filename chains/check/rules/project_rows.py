"""A project of a department's list said again in the text with another figure (I1):

    序号  项目名称          全年预算数  全年执行数  执行率  自评得分
    2     血液检测试剂购置    612.00      604.18      98.72%  97
    …
    其中，血液检测试剂购置项目（全年预算621.00万元）是我站支出规模最大的项目…

The project is named as its row names it (or without a closing 项目/经费/资金), and the figure follows in the same clause
with the word that picks the column (预算 → the budget columns, 执行/支出 → the spending, 执行率, 得分); a bare amount
("光彩事业帮扶经费13.50万元主要用于…") is the row's when every amount of the row is one figure. A figure that fits
another column of the row, or another row, or is last year's, is no conflict. The error is put on the text's figure
when the table's column adds up to its 合计 row (the table is borne out), else both are 疑似."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, agrees, sum_agrees
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within
from chains.text.table_model import Cell, Row, Table

_BUDGETS = ("annual_budget", "initial_budget")
_MONEY = (*_BUDGETS, "spent")
_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (("执行率", ("execution_rate",)), ("得分", ("score",)), ("年初", ("initial_budget",)),
            ("全年预算", ("annual_budget",)), ("预算", _BUDGETS), ("执行", ("spent",)), ("支出", ("spent",)))
_TRIM = re.compile(r"(?:项目|经费|资金|专项)$")
_REACH = 20  # characters from the end of the name to its figure
_WAN = Decimal(10000)
# what may stand between the name and its figure: "项目（全年预算", "子项目支出", "自评得分", "经费"
_BETWEEN = re.compile(r"(?:子?项目|经费|资金|专项)?[（(]?(?:全年|年初|当年|实际)?(?:预算|执行|支出|安排|自评得分|得分|执行率)?"
                      r"(?:数|金额|资金)?(?:为|是|达到?|共|计|合计)?\s*")
_MOVED = re.compile(r"追加|调整|调减|调增|调剂|调入|调出|下达|拨付|结转|上年")


def run(ctx: Context) -> None:
    for table in ctx.tables:
        if _name(table, table.rows[0]) is None and table.col("name") is None or table.col("weight") is not None \
                or not any(table.col(r) for r in _MONEY):
            continue
        rows = [r for r in table.data_rows() if not r.is_total()]
        if len(rows) < 2:
            continue
        for row in rows:
            _row(ctx, table, rows, row)


_LABEL_HEAD = re.compile(r"^(?:支出)?项目$")


def _name(table: Table, row: Row) -> Cell | None:
    """The row's name: its 项目名称 cell, or in a funds table headed "项目｜年初预算数｜…" its label."""
    if table.col("name") is not None:
        return table.cell(row, "name")
    head = table.header
    if head is None or not head.cells or not _LABEL_HEAD.match(re.sub(r"\s+", "", head.cells[0].text)) or 0 in table.roles:
        return None
    return row.cells[0] if row.cells else None


def _row(ctx: Context, table: Table, rows: list[Row], row: Row) -> None:
    cell = _name(table, row)
    name = _TRIM.sub("", re.sub(r"\s+", "", cell.text)) if cell is not None else ""
    if len(name) < 4 or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return
    at = ctx.text.find(name)
    while at >= 0:
        if not any(t.span[0] <= at < t.span[1] for t in ctx.tables):
            _said(ctx, table, rows, row, at, at + len(name))
        at = ctx.text.find(name, at + 1)


def _said(ctx: Context, table: Table, rows: list[Row], row: Row, start: int, end: int) -> None:
    clause = re.split(r"[，,；;。\n]", ctx.text[end : end + _REACH])[0]
    found = [m for m in mentions_within(ctx.mentions, end, end + len(clause)) if not m.approx and m.comparator is None]
    before = re.split(r"[，,；;。\n]", ctx.text[max(0, end - 24) : end])[-1]
    if found:
        m, words = found[0], ctx.text[end : found[0].start]
    elif (got := _next_clause(ctx, end + len(clause), before[: len(before) - (end - start)])) is not None:
        m, words = got
    else:
        return
    if not _BETWEEN.fullmatch(words) or _MOVED.search(before) or m.kind not in ("money", "percent", "score", "number"):
        return  # ("追加…补贴资金1620.00万元", "…项目的320.00万元调整至该项目": money moved, not the row's)
    roles: tuple[str, ...] | None = next((cols for w, cols in _COLUMNS if w in words), None)
    if roles is None:
        roles = _MONEY if m.kind == "money" else ()
        if len({v.value for r in roles if (v := table.number(row, r)) is not None}) != 1:
            return  # a bare amount of a row whose budget and spending differ: which it is nothing says
    cells = [v for r in roles if (v := table.number(row, r)) is not None]
    if not cells or any(_fits(m, v) for v in cells):
        return
    if any(_fits(m, v) for r in rows for c in range(len(r.cells)) if (v := r.cells[c].value()) is not None):
        return  # another row's (or another column's) figure: the sentence is not about this one
    _report(ctx, table, row, m, cells[0])


_HEADING = re.compile(r"^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])?\s*$")
_SPENT_OPENS = re.compile(r"(?:已|共|累计|实际)?(?:完成投资|支出资金|使用资金|投入资金|投入)(?:为|达到?|共计?)?")


def _next_clause(ctx: Context, at: int, before: str) -> tuple[Mention, str] | None:
    """The figure that opens the clause after the one the name opens, a sentence or a numbered heading its subject:
    "县社会福利院失能照护楼改造完成主体和内部装修，完成投资106.42万元", "1. 敬老院消防安全改造。投入78.00万元完成…";
    with the words that pick its column (完成投资 the spending; 投入 says no more than a bare amount)."""
    if not _HEADING.match(before) or at >= len(ctx.text) or ctx.text[at] not in "，,。":
        return None
    opens = _SPENT_OPENS.match(ctx.text, at + 1)
    if opens is None:
        return None
    m = next(iter(mentions_within(ctx.mentions, opens.end(), opens.end() + _REACH)), None)
    if m is None or m.start != opens.end() or m.approx or m.comparator is not None or m.kind != "money":
        return None
    return m, "支出" if opens.group(0).endswith(("完成投资", "支出资金", "使用资金")) else ""


def _fits(m: Mention, v: Mention) -> bool:
    if m.kind == "money" and v.kind == "number":  # (a table in 元: "6,480,000.00" is the text's 648.00万元)
        return m.number == v.number or agrees(m, v.value) or agrees(m, v.value / _WAN)
    return agrees(m, v.value) or agrees(v, m.value) or m.number == v.number


def _report(ctx: Context, table: Table, row: Row, said: Mention, cell: Mention) -> None:
    name = _name(table, row)
    label = name.text.strip() if name is not None else ""
    certain = _column_holds(table, row, cell)
    if certain:
        ctx.add(Finding("conflicting_values", f"“{label}”在表中为{cell.raw}（表中该列合计相符），正文却写作{said.raw}，两处不一致。",
                        said.span, values={"stated": said.raw, "table": cell.raw}, expected=cell.raw,
                        related=(cell.span,)))
        return
    ctx.add(Finding("conflicting_values", f"疑似：“{label}”在表中为{cell.raw}，正文写作{said.raw}，请核实哪一处有误。",
                    said.span, severity="warning", values={"stated": said.raw, "table": cell.raw},
                    related=(cell.span,)))


def _column_holds(table: Table, row: Row, cell: Mention) -> bool:
    """Whether the column of ``cell`` adds up to the table's 合计 row with it (the table bears its figure out)."""
    j = next((i for i, c in enumerate(row.cells) if c.span[0] <= cell.start < c.span[1]), None)
    totals = [r for r in table.data_rows() if r.is_total()]
    if j is None or len(totals) != 1 or j >= len(totals[0].cells):
        return False
    total = totals[0].cells[j].value()
    parts = [v for r in table.data_rows() if not r.is_total() and j < len(r.cells) and (v := r.cells[j].value()) is not None]
    return total is not None and len(parts) >= 2 and sum_agrees(parts, total) and total.value != Decimal(0)
