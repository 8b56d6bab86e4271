"""Whether two amounts of a report speak of one item: items of breakdowns, sections, and amounts one slip apart."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context
from chains.text.numbers import Mention
from chains.text.quantities import Linked

_SECTION_HEAD = re.compile(r"^[ \t\u3000#]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)",
                           re.MULTILINE)


_LIST_ITEM = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|[一二三四五六七八九十]是)")


def listed(ctx: Context, lk: Linked) -> bool:
    """An item of a breakdown: on a numbered line, or among three amounts or more of its sentence."""
    line_start = ctx.text.rfind("\n", 0, lk.mention.start) + 1
    if _LIST_ITEM.match(ctx.text, line_start):
        return True
    return sum(1 for o in ctx.linked if o.sentence == lk.sentence and o.mention.kind == "money") >= 3


_SPENT_HEAD = re.compile(r"实际支出|实际使用|实际执行|已支付|支出情况|执行情况|支出构成|支出明细")
_PLAN_HEAD = re.compile(r"预算|调整后|安排|计划|批复|分项情况|资金分项")
_PLAN_AFTER = re.compile(r"(?:为|系|是)[^，,。；;\d]{0,4}(?:追加|安排|下达|预算|拨付|下拨)")


def other_measures(ctx: Context, a: Linked, b: Linked) -> bool:
    """"调整后…数据分析服务费72.40万元。实际支出…数据分析服务费66.40万元": the lists open with words of two measures
    (what was planned, what was spent)."""
    def measure(lk: Linked) -> str | None:
        start = max(ctx.text.rfind("。", 0, lk.mention.start), ctx.text.rfind("\n", 0, lk.mention.start)) + 1
        head = ctx.text[start : lk.mention.start]  # the whole sentence up to 。: a list runs on over its ；
        spent, plan = _SPENT_HEAD.search(head), _PLAN_HEAD.search(head)
        if spent and plan:
            return "spent" if spent.start() > plan.start() else "plan"
        if not spent and not plan and _PLAN_AFTER.match(ctx.text, lk.mention.end):
            return "plan"  # "…执勤补助12.00万元为年中追加资金，实际支出11.80万元": what was added, not spent
        return "spent" if spent else "plan" if plan else None
    ma, mb = measure(a), measure(b)
    return ma is not None and mb is not None and ma != mb


def same_section(ctx: Context, a: int, b: int) -> bool:
    """Whether no heading stands between two offsets: "分项安排为：…建设180万元" (the plan) and "（二）…建设150万元"
    under 支出情况 (what was spent) name one item in two measures."""
    lo, hi = min(a, b), max(a, b)
    return _SECTION_HEAD.search(ctx.text, lo, hi) is None


def near(a: Mention, b: Mention) -> bool:
    """Two amounts one slip apart: within a fifth of each other, or the same digits with one or two changed or
    swapped ("2,316" / "2,361")."""
    x, y = a.value, b.value
    if x > 0 and y > 0 and max(x, y) / min(x, y) <= Decimal("1.2"):
        return True
    da, db = re.sub(r"\D", "", str(a.number)), re.sub(r"\D", "", str(b.number))
    return len(da) == len(db) and (sum(c != d for c, d in zip(da, db, strict=True)) <= 2 or sorted(da) == sorted(db))


def adjusted(ctx: Context, odd: Mention, kept: list[Mention]) -> bool:
    """Whether one of the two figures is right before "调整为…" and the other after it, in one sentence."""
    return any(_RESET_TO.match(ctx.text, a.end, a.end + 12) and a.end <= b.start and "。" not in ctx.text[a.end : b.start]
               or _changed_between(ctx, a, b) for x in kept for a, b in ((odd, x), (x, odd)))  # (or a change between)


def _changed_between(ctx: Context, a: Mention, b: Mention) -> bool:
    """"提前下达…资金800.00万元，作为年初预算；…追加160.00万元，全年预算960.00万元": the change between them said in the
    paragraph of one of them, after it."""
    gap = abs(a.value - b.value)
    lines = [(x.end, end if (end := ctx.text.find("\n", x.end)) >= 0 else len(ctx.text)) for x in (a, b)]
    return any(lk.quantity == "budget_adjustment" and lk.mention.kind == "money"
               and any(s <= lk.mention.start < e for s, e in lines)
               and abs(lk.mention.value - gap) <= max(lk.mention.half_unit(), a.half_unit()) for lk in ctx.linked)


_RESET_TO = re.compile(r"[，,]?\s*(?:年中|年内|后|经[^，,。；;\d]{0,6})?(?:调整为|调整后|调整至|调减为|调减至|调增为|调增至|调为)")
