"""A share above 100% where no other rule reads it (I5): in a table's cell of words ("满意度｜5｜4.5｜入园企业及参训学员
满意率102.4%", the rate named right before its figure by a word of a share that cannot exceed the whole: 满意率, 合格率,
覆盖率…), in a column headed by such a word (a project list's 满意度 column), and in prose as a share of a whole
("覆盖全县109.6%的行政村"). The target and actual columns are the table rules' own; 执行率 and 到位率 may pass 100%."""

from __future__ import annotations

import re

from chains.check.rules.base import HUNDRED, Context
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.vocabulary import CAPPED_RATE

_NAMED = re.compile(rf"(?:{CAPPED_RATE.pattern})(?:为|达|达到)?\s*$")
_OWN = ("target", "actual", "completion_rate", "execution_rate", "received_rate")


def run(ctx: Context) -> None:
    _columns(ctx)
    _of_the_whole(ctx)
    for table in ctx.tables:
        if table.col("weight") is None and table.col("score") is None:
            continue  # (a 自评表's rows carry notes; a funds table's cells are figures)
        skip = {table.col(r) for r in _OWN} - {None}
        for row in table.data_rows():
            for j, cell in enumerate(row.cells):
                text = cell.text
                if j in skip or len(text) < 5 or "%" not in text and "％" not in text:
                    continue  # (a quick test: a share named in its cell, with its figure)
                for m in cell.mentions():
                    named = _NAMED.search(ctx.text, max(cell.span[0], m.start - 8), m.start)
                    if m.kind != "percent" or m.value <= HUNDRED or m.comparator is not None or named is None:
                        continue
                    _over(ctx, m, f"{named.group(0).strip()}{m.raw}超过100%，不可能成立。")


_SPENT_RATES = re.compile(r"执行率|到位率|使用率|支付率|支出率|完成率")
_OF_WHOLE = re.compile(r"(?:覆盖|惠及|占)(?:全[县市区省镇乡]|全部)?\s*$")
_WHOLE_AFTER = re.compile(r"的(?:行政村|村|农户|户|学校|乡镇|人口|群众|企业|网点|社区|单位)")


def _columns(ctx: Context) -> None:
    """A column headed by a share (满意度, 合格率…; not 执行率, which overspending may pass): its cells above 100%."""
    for table in ctx.tables:
        header = table.header
        if header is None:
            continue
        for j, head in enumerate(header.cells):
            if j in {table.col(r) for r in _OWN} or not CAPPED_RATE.search(head.text) or _SPENT_RATES.search(head.text):
                continue
            for row in table.data_rows():
                m = row.cells[j].value() if j < len(row.cells) else None
                if m is not None and m.kind == "percent" and m.value > HUNDRED and m.comparator is None:
                    _over(ctx, m, f"“{head.text.strip()}”是比例，不可能超过100%，表中却写作{m.raw}。")


def _of_the_whole(ctx: Context) -> None:
    """"覆盖全县109.6%的行政村": a share of a whole, said before the whole it is of."""
    for m in ctx.mentions:
        if m.kind != "percent" or m.value <= HUNDRED or m.comparator is not None or m.approx:
            continue
        if _OF_WHOLE.search(ctx.text, max(0, m.start - 6), m.start) and _WHOLE_AFTER.match(ctx.text, m.end):
            _over(ctx, m, f"{m.raw}是占全部的比例，不可能超过100%。")


def _over(ctx: Context, m: Mention, message: str) -> None:
    """The share above 100% as ``implausible_rate``, unless another rule has judged that figure already."""
    if not any(f.span == m.span for f in ctx.findings):
        ctx.add(Finding("implausible_rate", message, m.span, values={"stated": m.raw}, expected="≤100%"))
