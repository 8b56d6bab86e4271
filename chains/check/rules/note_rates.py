"""A share said in a table's cell of words above 100% (I5): "满意度｜5｜4.5｜入园企业及参训学员满意率102.4%". The
rate is named right before its figure in the same cell by a word of a share that cannot exceed the whole (满意率,
合格率, 覆盖率…); the target and actual columns are the table rules' own."""

from __future__ import annotations

import re

from chains.check.rules.base import HUNDRED, Context
from chains.findings import Finding
from chains.vocabulary import CAPPED_RATE

_NAMED = re.compile(rf"(?:{CAPPED_RATE.pattern})(?:为|达|达到)?\s*$")
_OWN = ("target", "actual", "completion_rate", "execution_rate", "received_rate")


def run(ctx: Context) -> None:
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
                    if any(f.span == m.span for f in ctx.findings):
                        continue
                    ctx.add(Finding("implausible_rate", f"{named.group(0).strip()}{m.raw}超过100%，不可能成立。", m.span,
                                    values={"stated": m.raw}, expected="≤100%"))
