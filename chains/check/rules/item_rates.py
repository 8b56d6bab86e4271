"""An item's execution rate on the budget the report states for that item by the same name (I1): "按内容分，测量标志普查
维护26.80万元…" then "其中测量标志普查维护支出25.96万元，执行率96.87%". The rate must follow its item's spending right
after a comma ("，执行率…"), the spending said as such (支出/支付/使用/执行), and one budget be named for the item before."""

from __future__ import annotations

import re
from dataclasses import replace

from chains.check.rules.base import HUNDRED, Context, agrees, fmt, money
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.quantities import Linked

_SPENT_THEN_RATE = re.compile(r"[，,]\s*(?:资金)?(?:执行|支出|使用)率(?:为|达|是)?\s*")
_SPENT = re.compile(r"(?:支出|支付|使用|执行)了?$")


def run(ctx: Context) -> None:
    for lk in ctx.linked:
        if lk.quantity != "execution_rate" or lk.mention.kind != "percent" or lk.mention.approx:
            continue
        found = own_budget(ctx, lk)
        if found is None:
            continue
        b, a = found
        c = a.mention.value / b.value * HUNDRED
        if agrees(lk.mention, c) or c > HUNDRED:
            continue  # (more spent than the amount named: a first batch of the item's money, not all of it)
        code = "implausible_rate" if lk.mention.value > HUNDRED >= c else "rate_mismatch"  # (over 100% on less spent)
        ctx.add(Finding(code, f"按“{a.subject}”的预算{money(b)}、支出{money(a.mention)}计算，执行率为{fmt(c, lk.mention.decimals)}%，"
                        f"与所写{money(lk.mention)}不符。", lk.mention.span, values={"base": money(b), "amount": money(a.mention),
                        "stated": money(lk.mention), "item": a.subject}, expected=f"{fmt(c, lk.mention.decimals)}%", related=(b.span, a.mention.span)))


_PART_NAMED = re.compile(r"(?:其中[：:]?)?(?P<name>[\u4e00-\u9fff]{2,12}?)(?:支出|支付|使用|执行)了?$")


def _part_named(ctx: Context, part: Linked) -> str:
    """The name a 其中 part's clause gives it ("其中城区子项目支出118.50万元" → 城区子项目), or ""."""
    start = max(ctx.text.rfind(c, 0, part.mention.start) for c in "，,。；;：:\n") + 1
    named = _PART_NAMED.search(ctx.text, start, part.mention.start)
    return named.group("name").removeprefix("其中") if named else ""


def own_budget(ctx: Context, rate: Linked) -> tuple[Mention, Linked] | None:
    """(the item's budget, its spending) for a rate said right after an item's spending, or None."""
    spent = [lk for lk in ctx.linked if lk.sentence == rate.sentence and lk.mention.start < rate.mention.start
             and lk.mention.kind == "money"][-1:]
    if spent and spent[0].quantity == "spent" and not spent[0].specific and spent[0].component_of is not None:
        spent = [replace(spent[0], subject=name) for name in [_part_named(ctx, spent[0])] if name]
    if not spent or spent[0].quantity != "spent" or not (spent[0].specific or spent[0].component_of is not None) \
            or not _rate_after(ctx.text, spent[0], rate) \
            or not _SPENT.search(ctx.text, max(0, spent[0].mention.start - 4), spent[0].mention.start):
        return None  # ("…、作业设计及检查验收费10.00万元，预算执行率76.18%": the whole's rate after a list, no item's)
    a = spent[0]
    named = {lk.mention.value: lk.mention for lk in ctx.linked if lk.subject == a.subject and lk.mention.kind == "money"
             and lk.quantity in (None, "annual_budget", "approved_budget", "issued") and lk.mention.start < a.mention.start
             and not lk.mention.approx and lk.mention.value > 0}
    if not named and a.subject in _KINDS:
        # "全年预算中，基本支出218.46万元…，项目支出233.72万元" … "项目支出执行217.61万元，项目支出执行率91.31%"
        named = {lk.mention.value: lk.mention for lk in ctx.linked if lk.mention.kind == "money" and lk.component_of is None
                 and lk.quantity in (None, "annual_budget") and lk.mention.start < a.mention.start and not lk.mention.approx
                 and ctx.text.endswith(a.subject, 0, lk.mention.start) and "预算" in ctx.text[lk.sentence[0] : lk.mention.start]}
    return (next(iter(named.values())), a) if len(named) == 1 else None


_KINDS = frozenset({"基本支出", "项目支出", "人员经费", "公用经费"})


def _rate_after(text: str, spent: Linked, rate: Linked) -> bool:
    """Whether the rate follows the spending right after a comma, its name said again or not ("，项目支出执行率…")."""
    at = spent.mention.end
    if spent.subject and text.startswith(spent.subject, at + 1) and text[at : at + 1] in "，,":
        return _SPENT_THEN_RATE.fullmatch(text[at] + text[at + 1 + len(spent.subject) : rate.mention.start]) is not None
    return _SPENT_THEN_RATE.fullmatch(text, at, rate.mention.start) is not None
