"""Amounts off by 10^4 or 10^8 (a figure in 元 written with 万元, or the reverse): which amount of a failed relation a
rescale repairs, and the ``unit_mismatch`` finding that names it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from decimal import Decimal

from chains.check.rules.base import EPS, RESCALE, Context, fmt, money
from chains.findings import Finding
from chains.text.numbers import Mention


def unit_fix(ctx: Context, amounts: list[Mention], test: Callable[[list[Decimal]], bool]) -> tuple[Mention, Decimal] | None:
    """An amount that, rescaled by 10^±4 or 10^±8, makes ``test(values)`` hold; an amount already reported as a
    unit slip is tried first (its repair explains this relation too, and blames no other figure), then an amount that
    reads as 元 among the others, then one out of all proportion to the project's money ("合同金额91200万元" in a
    project of 60万元), then amounts written in the report's rarer unit (one "8,525.06元" among figures in
    万元 is the slip, not its partner)."""
    units = Counter(lk.mention.written_unit for lk in ctx.linked if lk.mention.kind == "money")
    for i in sorted(range(len(amounts)), key=lambda j: (amounts[j].span not in ctx.explained,
                                                         not _yuan_among(amounts, j),
                                                         out_of_proportion(ctx, amounts[j]) is None,
                                                         units[amounts[j].written_unit])):
        a = amounts[i]
        for k in RESCALE:
            values = [m.value for m in amounts]
            values[i] = a.value * k
            # a rescaled amount too small to write at two decimals (0.0003万元) fixes nothing: it only vanishes
            if a.value != 0 and abs(values[i]) >= Decimal("0.01") and test(values):
                return a, a.value * k
    return None


def _yuan_among(amounts: list[Mention], i: int) -> bool:
    """Whether ``amounts[i]`` reads as 元 among the others in 万元: 10^4 or more, and read in 元 no larger than the
    largest of them ("684000.00" in a row under a total of 68.40)."""
    a = amounts[i]
    return a.value >= 10000 and a.value / 10000 <= max((m.value for m in amounts if m is not a), default=Decimal(0))


#: the project's own money, against which an amount in 万元 is out of proportion
_BUDGETS = frozenset({"annual_budget", "approved_budget", "initial_budget", "received", "issued", "spent"})
_TIMES = Decimal(20)  # how many times the project's largest budget, spending or receipt


def out_of_proportion(ctx: Context, m: Mention, times: Decimal = _TIMES) -> Decimal | None:
    """The project's largest budget, spending or receipt when the amount ``m`` (in 万元) is ``times`` it or more (twenty
    to say so on its own; more than it to choose the slip between two readings) and, read in 元, no larger than it: the
    amount is 元 written as 万元. None otherwise."""
    if m.kind != "money" or m.written_unit != "万元" or m.approx or m.value < 10000:
        return None
    others = [lk.mention.value for lk in ctx.linked if lk.quantity in _BUDGETS and lk.mention.kind == "money"
              and not lk.mention.approx and lk.mention is not m]
    largest = max(others, default=Decimal(0))
    if not largest or m.value < times * largest or m.value / 10000 > largest:
        return None
    return largest


_LADDER = ["元", "万元", "亿元"]
_SHIFT = {Decimal(10000): 1, Decimal("0.0001"): -1, Decimal(100000000): 2, Decimal("0.00000001"): -2}


def report_unit(ctx: Context, amount: Mention, fixed: Decimal, why: str) -> None:
    if amount.span in ctx.explained:
        return
    ctx.explained.add(amount.span)
    written = amount.written_unit if amount.written_unit in _LADDER else "万元"
    ratio = fixed / amount.value if amount.value else Decimal(1)
    shift = next((v for k, v in _SHIFT.items() if abs(ratio - k) <= abs(k) * Decimal("1e-9")), 0)
    idx = _LADDER.index(written) + shift
    hint = f"，疑为以“{_LADDER[idx]}”计的数字误标为“{written}”" if 0 <= idx < len(_LADDER) and shift else ""
    # (an amount under 1万元 reads in 元: 1050.00元, not 0.11万元)
    right = f"{fmt(fixed * 10000, 2)}元" if 0 < abs(fixed) < 1 else f"{fmt(fixed, 2)}万元"
    ctx.add(
        Finding(
            "unit_mismatch",
            f"金额“{money(amount)}”的单位有误{hint}：按{right}计算，{why}即可成立。",
            amount.span,
            values={"stated": money(amount), "kind": "scale"},
            expected=right,
        )
    )


def sum_slip(ctx: Context, total: Mention, parts: list[Mention]) -> bool:
    """Whether one amount of a sum that misses its total, rescaled by 10^±4 or 10^±8, makes it hold exactly (a table
    in 万元 with "600000.00" in one row): then reported as that amount's ``unit_mismatch``."""
    fix = unit_fix(ctx, [total, *parts], lambda v: abs(v[0] - sum(v[1:], Decimal(0))) <= EPS)
    if fix is None:
        return False
    report_unit(ctx, fix[0], fix[1], "合计与分项之和")
    return True
