"""An average over the rows of the table right above it (I10):

    县（市、区）   任务户数   完成户数   支出金额（万元）
    爱辉区               75         78              43.06
    …（六行）
    合计                540        552             305.81

    全市…，6个县（市、区）平均每县改造92户。

The count the sentence states is the table's rows (its first column names them: 县), and the average's unit is a
column's (户 of 户数, 万元 of 支出金额（万元）). When one of those columns' 合计 over the count gives it, it stands; when
none does, it is ``average_mismatch`` — an error when one column is of its unit, a 疑似 naming them when several are."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, agrees, fmt
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.table_model import Table

_AVERAGE = re.compile(r"平均每(?P<per>[\u4e00-\u9fff])[\u4e00-\u9fff]{0,6}$")
_UNIT = re.compile(r"[（(]([^（）()]{1,6})[)）]\s*$")
_PLANNED = re.compile(r"任务|计划|目标|预算")


def run(ctx: Context) -> None:
    tables = sorted(ctx.tables, key=lambda t: t.span[1])
    flagged = {f.span for f in ctx.findings}
    for m in ctx.mentions:
        if m.kind not in ("count", "money") or m.approx or m.comparator is not None or not m.value or m.span in flagged:
            continue
        word = _AVERAGE.search(ctx.text, max(0, m.start - 10), m.start)
        said = (word.start(), word.group("per"), word.group(0)) if word is not None else _counted_average(ctx.text, m.start)
        if said is None:
            continue
        at, per, words = said
        table = next((t for t in reversed(tables) if t.span[1] <= m.start), None)
        if table is None or not _right_above(ctx.text, table, m.start):
            continue
        heads = _heads(ctx.text, table)
        data = table.data_rows()
        if not heads and table.header is None and data and not re.search(r"\d", "".join(c.text for c in data[0].cells)):
            heads, data = [c.text.strip() for c in data[0].cells], data[1:]  # a first row of words: the header
        rows = [r for r in data if not r.is_total()]
        totals = [r for r in data if r.is_total()]
        if len(totals) != 1 or not heads or per not in heads[0] or len(heads) != len(totals[0].cells):
            continue
        count = _count(ctx, m, at, per, len(rows))
        if count is None:
            continue
        columns = [j for j, head in enumerate(heads) if j and _of_unit(head, m)]
        sums = [(j, v) for j in columns if j < len(totals[0].cells) and (v := totals[0].cells[j].value()) is not None
                and not v.approx]
        if not sums or any(agrees(m, _in_unit(heads[j], v, m) / count.value) for j, v in sums):
            continue
        named = [(heads[j], v) for j, v in sums]
        done = [(h, v) for h, v in named if not _PLANNED.search(h)]  # "平均每县改造…": what was done, not the task
        _report(ctx, m, words, count, named if _PLANNED.search(words) or not done else done)


# "4个街道平均拆除违规户外广告78.75处、规范店招店牌355.5块": the count, then 平均 over each figure after it
_COUNTED = re.compile(r"\d+个(?P<per>[\u4e00-\u9fff])[\u4e00-\u9fff]{0,3}平均(?!每)(?:[\u4e00-\u9fff]{1,12}\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3}、)*"
                      r"[\u4e00-\u9fff]{1,12}$")


def _counted_average(text: str, start: int) -> tuple[int, str, str] | None:
    """(where 平均 stands, what it is per, its words) of "4个街道平均…" before the figure at ``start``."""
    clause = max(text.rfind(c, 0, start) for c in "，,；;。\n") + 1
    found = _COUNTED.search(text, clause, start)
    if found is None:
        return None
    at = text.index("平均", found.start())
    return at, found.group("per"), text[at:start]


def _heads(text: str, table: Table) -> list[str]:
    """The table's column heads: its header row, else the line right above it when that holds no figure (a header
    of no known roles, left out of the rows)."""
    if table.header is not None:
        return [c.text.strip() for c in table.header.cells]
    above = text[: table.span[0]].rstrip("\n").rsplit("\n", 1)[-1]
    if re.search(r"\d", re.sub(r"[（(][^（）()]*[)）]", "", above)):
        return []
    return [h for h in re.split(r"\t|｜|\||\s{2,}", above.strip()) if h]


def _right_above(text: str, table: Table, start: int) -> bool:
    """Whether the average's paragraph is the first after the table (a blank line between at most)."""
    between = text[table.span[1] : text.rfind("\n", 0, start) + 1]
    return between.count("\n") <= 2 and not between.strip()


def _count(ctx: Context, m: Mention, end: int, per: str, rows: int) -> Mention | None:
    """The count the average's sentence states of what it is per ("6个县（市、区）"), which is the table's rows."""
    start = max(ctx.text.rfind(c, 0, end) for c in "。；;\n") + 1
    said = [x for x in ctx.mentions if start <= x.start < end and x.kind == "count" and x.value == rows
            and per in ctx.text[x.end : x.end + 3]]
    return said[-1] if said else None


def _of_unit(head: str, m: Mention) -> bool:
    """Whether a column's header is of the average's unit: "完成户数" for 户, "支出金额（万元）" for an amount."""
    unit = _UNIT.search(head)
    if m.kind == "money":
        return unit is not None and unit.group(1) in ("万元", "元")
    return m.unit in head and (unit is None or unit.group(1) == m.unit)


def _in_unit(head: str, v: Mention, m: Mention) -> Decimal:
    """A 合计 cell's figure in the average's terms: money in 万元 (a bare cell in the unit its header names)."""
    if m.kind != "money" or v.kind == "money":
        return v.value
    unit = _UNIT.search(head)
    return v.number if unit is not None and unit.group(1) == "万元" else v.number / 10000


def _report(ctx: Context, m: Mention, word: str, count: Mention, sums: list[tuple[str, Mention]]) -> None:
    unsure = len(sums) > 1
    scale, unit = (Decimal(10000), "元") if m.kind == "money" and m.written_unit == "元" else (Decimal(1), m.unit)
    shown = "；".join(f"{head}合计{v.raw}÷{count.raw}＝{fmt(_in_unit(head, v, m) * scale / count.value, max(2, m.decimals))}"
                      f"{unit}" for head, v in sums)
    message = f"按上表{shown}，与所写{word}{m.raw}不符。"
    ctx.add(
        Finding(
            "average_mismatch",
            f"疑似：{message}（表中有几列可作此平均数的总数，请核实所用的是哪一列）" if unsure else message,
            m.span,
            severity="warning" if unsure else None,
            values={"total": "、".join(v.raw for _, v in sums), "count": count.raw, "stated": m.raw},
            related=(*(v.span for _, v in sums), count.span),
        )
    )
