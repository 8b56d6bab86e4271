"""Whether two amounts stated under one name measure one thing (I11): an item of a list takes its list's measure,
money paid to those a count counts is that activity's, and an amount beside its own rate on the other is that
budget's spending."""

from __future__ import annotations

import re

from chains.check.rules.base import Context, agrees
from chains.check.rules.funds import AMOUNTS
from chains.text.numbers import Mention
from chains.text.quantities import Linked


def its_rate_on(ctx: Context, odd: Mention, keep: Mention) -> bool:
    """Whether a rate right after one amount is that amount over the other (or the other over it)."""
    after = next((m for m in ctx.mentions if m.start >= odd.end), None)
    if after is None or after.kind != "percent" or re.search(r"[。；;\n]", ctx.text[odd.end : after.start]) \
            or after.start - odd.end > 12 or not odd.value or not keep.value or after.value == 100:
        return False  # (a rate of 100% says the two are one amount: it explains no difference)
    return agrees(after, odd.value / keep.value * 100) or agrees(after, keep.value / odd.value * 100)


def counted(ctx: Context, lk: Linked) -> bool:
    """"累计兑付作业主体168个，兑付资金1,209.00万元": money paid to those a count in its sentence counts."""
    return any(o.sentence == lk.sentence and o.mention.kind == "count" and o.mention.start < lk.mention.start
               and o.mention.unit in _RECIPIENTS for o in ctx.linked)


#: units that count who was paid (not things bought: "3部卫星电话使用年服务费，…支付使用8.62万元")
_RECIPIENTS = frozenset({"个", "户", "人", "家", "名", "人次", "户次", "村", "所", "位"})


def one_measure(ctx: Context, lks: list[Linked]) -> bool:
    """Whether the statements measure one thing: an item of a list named again with no measure word beside its budget
    ("安排…经费9.00万元" … "其中：…经费8.45万元" under the year's spending) may be what was spent, not the plan again."""
    return len({measure(ctx, lk) for lk in lks} - {None}) <= 1


def measure(ctx: Context, lk: Linked) -> str | None:
    """What an amount measures: its own quantity, or with none, the quantity of the nearest amount before it in its
    paragraph that has one ("全年支出407.45万元…。其中：…经费8.45万元": spending)."""
    if lk.quantity is not None:
        return lk.quantity
    # (an amount of no measure word of its own, listed or not, takes that of the amount its paragraph opened with:
    # "年初预算600.00万元…，其中…资助资金合计570.00万元；评审组织及培训经费30.00万元" is budgeted, not spent)
    line = ctx.text.rfind("\n", 0, lk.mention.start) + 1
    before = [o for o in ctx.linked if line <= o.mention.start < lk.mention.start and o.mention.kind == "money"
              and (o.quantity in AMOUNTS or o.quantity in ("balance", "carry_forward"))]
    return before[-1].quantity if before else None
