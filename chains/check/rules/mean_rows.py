"""A table's row of averages under its rows (I10): "项目平均自评得分｜｜｜｜91.76" under three projects' scores 96.5,
91.0 and 87.5 is their mean. Read for scores, counts and amounts (a rate's average may be weighted by its base: not
judged), when every row above gives its figure in that column. A sentence right under such a table that gives the
mean of its score column ("五个项目…自评得分平均96.04分") is read the same way (its simple or budget-weighted mean)."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, agrees, fmt
from chains.check.rules.borne_out import support
from chains.findings import Finding
from chains.text.table_model import SUBTOTAL_LABEL, Row, Table

_MEAN_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:平均|季均|月均)[\u4e00-\u9fff]{0,8}$")  # ("季均｜109.20" under four quarters)
_MEAN_WORD = re.compile(r"平均|季均|月均")


def run(ctx: Context) -> None:
    for table in ctx.tables:
        _said_under(ctx, table)
        if _MEAN_WORD.search(ctx.text, *table.span) is None:
            continue
        _period_columns(ctx, table)
        rows = table.data_rows() if table.header is not None else _under_words(table)
        for k, row in enumerate(rows):
            # (a row of its own label and one or two figures, never an indicator named 平均…: "农村平均到达现场时间｜≤30分钟…")
            # (or any number of figures right under the 合计 row: "合计｜194｜866｜…" then "平均｜32.33｜141.33｜…")
            if k >= 2 and _MEAN_LABEL.match(re.sub(r"\s+", "", row.label)) \
                    and (sum(1 for c in row.cells if c.text.strip("—－-/ ")) <= 3 or rows[k - 1].is_total()):
                _judge(ctx, table, row, [r for r in rows[:k] if not r.is_total() and not SUBTOTAL_LABEL.match(r.label)
                                         and not _MEAN_LABEL.match(re.sub(r"\s+", "", r.label))])


_PERIOD = re.compile(r"^(?:第?[一二三四1-4]季度|(?:[1-9]|1[0-2])月份?|[一二三四五六七八九十]{1,3}月份?|上半年|下半年)$")


def _period_columns(ctx: Context, table: Table) -> None:
    """"指标｜一季度｜二季度｜三季度｜四季度｜全年｜季度平均": each row's average column is the mean of its periods."""
    head = table.header or table.rows[0]
    heads = [re.sub(r"\s+", "", c.text) for c in head.cells]
    periods = [j for j, h in enumerate(heads) if _PERIOD.match(h)]
    means = [j for j, h in enumerate(heads) if _MEAN_LABEL.match(h) and j > max(periods, default=len(heads))]
    if len(periods) < 2 or periods != list(range(periods[0], periods[-1] + 1)) or len(means) != 1:
        return
    for row in table.rows[table.rows.index(head) + 1 :]:
        if len(row.cells) != len(heads):
            continue
        said = row.cells[means[0]].value()
        items = [row.cells[j].value() for j in periods]
        if said is None or said.approx or said.kind == "percent" or any(
                v is None or v.kind != said.kind or v.unit != said.unit or v.approx for v in items):
            continue  # (a rate's mean may be weighted: not judged)
        mean = sum((v.value for v in items if v is not None), Decimal(0)) / len(items)
        if not agrees(said, mean):
            ctx.add(Finding("average_mismatch", f"“{row.label}”{len(items)}期（{heads[periods[0]]}至{heads[periods[-1]]}）的平均值为"
                            f"{fmt(mean, max(2, said.decimals))}，与表中“{heads[means[0]]}”所填{said.raw}不符。", said.span,
                            values={"items": "、".join(v.raw for v in items if v is not None), "stated": said.raw},
                            expected=fmt(mean, max(2, said.decimals)), related=tuple(v.span for v in items if v is not None)))


def _under_words(table: Table) -> list[Row]:
    """The rows under a first row of words only ("季度｜疏通养护长度（公里）"), a header of no known column; none when
    the first row holds a figure."""
    first = table.rows[0]
    return [] if any(_DIGIT.search(c.text) for c in first.cells) else table.rows[1:]


_DIGIT = re.compile(r"\d")
_NONE = frozenset({"—", "－", "-", "/", "——"})


def _judge(ctx: Context, table: Table, mean_row: Row, rows: list[Row]) -> None:
    for j, cell in enumerate(mean_row.cells):
        said = cell.value()
        if said is None or said.kind not in ("score", "count", "number", "money") or said.approx or len(rows) < 2 \
                or table.roles.get(j) == "weight":
            continue
        # (a row with no figure there, "—", has nothing to average: "5｜…（年初未安排资金）｜0.00｜0.00｜—｜—")
        shown = [r for r in rows if j >= len(r.cells) or r.cells[j].text.strip() not in _NONE]
        values = [r.cells[j].value() if j < len(r.cells) else None for r in shown]
        if len(rows) - len(shown) > 1 or len(shown) < 3 and len(shown) < len(rows) \
                or any(v is None or v.kind != said.kind or v.unit != said.unit or v.approx for v in values):
            continue
        items = [v for v in values if v is not None]
        mean = sum((v.value for v in items), Decimal(0)) / len(items)
        if agrees(said, mean):
            continue
        head = table.header or table.rows[0]
        name = head.cells[j].text if j < len(head.cells) else ""
        # the mean stated again elsewhere ("平均用时1.5小时" above the table): one of the rows is the slip
        again = support(ctx, said) > 0
        ctx.add(
            Finding(
                "average_mismatch",
                f"表中“{name or mean_row.label}”一列{len(items)}行的平均值为{fmt(mean, max(2, said.decimals))}，"
                f"与“{mean_row.label}”所写{said.raw}不符" + ("；报告另有一处写同一平均数，应是某一行填错。" if again else "。"),
                (items[0].start, said.end) if again else said.span,
                values={"items": "、".join(v.raw for v in items), "stated": said.raw},
                expected=fmt(mean, max(2, said.decimals)),
                related=tuple(v.span for v in items),
            )
        )


_SAID_MEAN = re.compile(r"得分[^，,。；;\d]{0,4}平均(?:为)?\s*$")


def _said_under(ctx: Context, table: Table) -> None:
    """"…自评得分平均96.04分" in the sentence right under a table with a column of scores: that column's mean."""
    col = table.col("score")
    end = ctx.text.find("。", table.span[1])
    if col is None or end < 0 or "\n" in ctx.text[table.span[1] + 1 : end]:
        return
    said = next((m for m in ctx.mentions if table.span[1] < m.start < end and m.kind == "score"
                 and _SAID_MEAN.search(ctx.text, max(0, m.start - 10), m.start)), None)
    rows = [r for r in table.data_rows() if not r.is_total()]
    scores = [table.number(r, "score") for r in rows]
    if said is None or said.approx or len(rows) < 2 or any(v is None or v.approx or v.comparator for v in scores):
        return
    values = [v.value for v in scores if v is not None]
    mean = sum(values, Decimal(0)) / len(values)
    budgets = [b.value for r in rows if (b := table.number(r, "annual_budget")) is not None]
    total = sum(budgets, Decimal(0))
    weighted = sum((b * v for b, v in zip(budgets, values, strict=True)), Decimal(0)) / total \
        if len(budgets) == len(values) and total else None
    if agrees(said, mean) or weighted is not None and agrees(said, weighted):
        return
    ctx.add(
        Finding(
            "average_mismatch",
            f"表中{len(values)}个项目的自评得分平均为{fmt(mean, max(2, said.decimals))}分，与所写平均{said.raw}不符。",
            said.span,
            values={"items": "、".join(v.raw for v in scores if v is not None), "stated": said.raw},
            expected=f"{fmt(mean, max(2, said.decimals))}分",
            related=tuple(v.span for v in scores if v is not None),
        )
    )
