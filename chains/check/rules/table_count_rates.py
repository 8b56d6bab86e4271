"""A table's column of rates worked out of two of its columns of counts (I12):

    考试科目｜考试人次｜合格人次｜合格率
    科目二（场地驾驶技能）｜36815｜24180｜65.68%

The rate's header names what it counts (合格率: the 合格 column), the base is the column of counts nearest left of that
one; each row's rate is its part over its base. Read only where every figure is a plain count in its cell."""

from __future__ import annotations

import re

from chains.check.rules.base import HUNDRED, Context, agrees, fmt_like
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.table_model import Table

_RATE_HEAD = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{1,4})率(?:[（(]%[)）])?$")
_MONEY_HEAD = re.compile(r"金额|资金|元|费|款|预算|价|额")  # (money: the procurement and funds rules')
_MONEY_RATE = re.compile(r"执行|到位|支出|使用|拨付|完成")  # (the funds rules' and the completion rules' rates)


def run(ctx: Context) -> None:
    for table in ctx.tables:
        head = table.header or table.rows[0]  # (a header of no known roles stays the first row)
        if len(head.cells) < 4 or any(re.search(r"\d", c.text) for c in head.cells):
            continue
        heads = [re.sub(r"\s+", "", c.text) for c in head.cells]
        for j, h in enumerate(heads):
            found = _RATE_HEAD.match(h)
            if found is None or _MONEY_RATE.search(found.group("stem")) or j in table.roles:
                continue
            # (not "不合格批次" for 合格率: the failures, whose rate is the rest)
            part = next((k for k in range(j - 1, 0, -1) if found.group("stem") in heads[k]
                         and not re.search(r"[不未非]" + found.group("stem"), heads[k])), None)
            base = next((k for k in range(part - 1, 0, -1) if found.group("stem") not in heads[k]), None) if part else None
            if part is not None and base is not None and not _MONEY_HEAD.search(heads[part] + heads[base]):
                _column(ctx, table, heads, base, part, j)


def _column(ctx: Context, table: Table, heads: list[str], base: int, part: int, rate: int) -> None:
    for row in table.rows[table.rows.index(table.header or table.rows[0]) + 1 :]:
        if len(row.cells) != len(heads):
            continue
        b, p, r = (row.cells[k].value() for k in (base, part, rate))
        if b is None or p is None or r is None or not _count(b) or not _count(p) or not b.value or p.value > b.value:
            continue
        if r.kind != "percent" and not heads[rate].endswith(("(%)", "（%）")) or r.approx or r.comparator is not None:
            continue
        computed = p.value / b.value * HUNDRED
        if agrees(r, computed):
            continue
        ctx.add(Finding("rate_mismatch", f"“{row.label}”：{heads[part]}{p.raw}÷{heads[base]}{b.raw}＝{fmt_like(computed, r)}%，"
                        f"与表中{heads[rate]}{r.raw}不符。", r.span, values={"part": p.raw, "base": b.raw, "stated": r.raw},
                        expected=f"{fmt_like(computed, r)}%", related=(p.span, b.span)))


def _count(m: Mention) -> bool:
    return m.kind in ("count", "number") and not m.approx and m.comparator is None and "." not in m.raw
