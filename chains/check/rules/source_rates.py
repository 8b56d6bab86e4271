"""One funding source's execution rate against that source's own budget stated elsewhere in the text (I1):

    2023年年初预算安排区级普查经费60.00万元。年度中，中央补助资金42.00万元于2023年5月下达……
    分资金来源看，中央补助资金支出40.36万元，执行率96.10%；……区级资金支出53.72万元，执行率89.35%。

The rate follows the source's spending in its own clause run ("区级资金支出53.72万元，执行率89.35%"); the source's
budget is any amount whose clause names the same level (区级、中央 …) and is not what was spent or left. The rate is
right when it agrees with one of them; it is reported only when the level has exactly one such amount.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from chains.check.rules import item_scope
from chains.check.rules.base import HUNDRED, Context, agrees, fmt_like, money, money_like
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.quantities import Linked

_LEVEL = r"(?:中央|省级|省本级|自治区级?|市级|市本级|州级|盟级|县级|县本级|区级|区本级|旗级|财政(?=资金))"
_SPENT_CLAUSE = re.compile(rf"(?P<level>{_LEVEL})[^，,。；;\d]{{0,10}}(?:支出|使用|执行|拨付|支付|发放|兑付)[了为]?$")
_BARE_SPENT = re.compile(r"\s*(?:实际|已|当年|全年)?(?:支出|使用|执行|拨付|支付)[了为]?\s*")
_AMOUNT_CLAUSE = re.compile(rf"\s*(?P<level>{_LEVEL})[^，,。；;\d]{{0,10}}\d[\d,.]*\s*万?元$")
_RATE_AFTER = re.compile(rf"[，,]\s*{_LEVEL}?(?:资金)?(?:预算)?(?:执行率|使用率|支出率|支付率)(?:为|达到?)?$")
_BASE_CLAUSE = re.compile(rf"(?P<level>{_LEVEL})[^，,。；;\d]{{0,16}}$")
# spent or left, or the whole budget a change of the source led to ("年中追加省级资金后全年预算896.00万元")
_NOT_ITS_BUDGET = re.compile(r"支出|使用|结余|结转|未|全年预算|总预算|总额|合计|共计|总计")
_NOT_BASE = {"spent", "balance", "carry_forward", "budget_adjustment", "change", "unit_price", "average"}


def run(ctx: Context) -> None:
    for i, lk in enumerate(ctx.linked):
        m = lk.mention
        if lk.quantity != "execution_rate" or m.kind != "percent" or m.approx or m.comparator is not None:
            continue
        if (part := item_scope.part_named_rate(ctx, lk)) is not None:
            if all(f.span != m.span for f in ctx.findings):  # (a rate over 100% already said to be impossible)
                _on_its_row(ctx, m, part)
            continue
        spent = _spent_before(ctx, i)
        if spent is None:
            continue
        level, s = spent
        found = _bases(ctx, level)
        # the money that arrived may be a use rate's base, never the one it is judged on
        # (and one it spent beyond is a batch of the source's money: "中央资金800.00万元于…提前下达", not its budget)
        bases = {b.mention.value: b for b in found if b.quantity != "received" and b.mention.value >= s.mention.value}
        if len(bases) > 1:
            bases = _after_the_change(ctx, bases)
        if len(bases) != 1:
            continue
        (b,) = bases.values()
        if b.mention.value == 0:
            continue
        _its_balance(ctx, i, level, b, s)
        if any(b.mention.value and agrees(m, s.mention.value / b.mention.value * HUNDRED) for b in _adjusted(ctx, level, found)) \
                or any(f.code == "implausible_rate" and f.span == m.span for f in ctx.findings) or _its_row(ctx, level, s, m):
            continue  # (a rate over 100% already said to be impossible)
        rate = s.mention.value / b.mention.value * HUNDRED
        ctx.add(
            Finding(
                "rate_mismatch",
                f"按{level}资金{money(b.mention)}、其支出{money(s.mention)}计算，执行率为{fmt_like(rate, m)}%，"
                f"与所写{m.raw}不符。",
                m.span,
                values={"level": level, "budget": money(b.mention), "spent": money(s.mention), "stated": m.raw},
                expected=f"{fmt_like(rate, m)}%",
                related=(b.mention.span, s.mention.span),
            )
        )


def _on_its_row(ctx: Context, m: Mention, name: str) -> None:
    """The part's rate against its row of the funds table ("财政资金｜45.00｜48.60｜46.15"): its year's budget and its
    spending, when exactly one row names it and gives both."""
    rows = [(t, r) for t in ctx.tables for r in t.data_rows() if len(name) >= 2 and name in r.label
            and t.number(r, "annual_budget") is not None and t.number(r, "spent") is not None]
    if len(rows) != 1:
        return
    table, row = rows[0]
    budget, spent = table.number(row, "annual_budget"), table.number(row, "spent")
    assert budget is not None and spent is not None
    if not budget.value or agrees(m, spent.value / budget.value * 100):
        return
    rate = fmt_like(spent.value / budget.value * 100, m)
    ctx.add(Finding("rate_mismatch", f"按{name}全年预算数{money(budget)}、执行{money(spent)}计算，执行率为{rate}%，与所写{m.raw}不符。",
                    m.span, values={"budget": money(budget), "spent": money(spent), "stated": m.raw}, expected=f"{rate}%",
                    related=(budget.span, spent.span)))


def _its_row(ctx: Context, level: str, spent: Linked, rate: Mention) -> bool:
    """"其中：财政资金｜1,260.00｜1,318.50｜1,247.62": the source's row in the funds table gives its year's budget, after
    a change the text names under another level ("市财政追加市级配套58.50万元")."""
    return any(level in row.label and any(
        (v := c.value()) is not None and v.value > 0 and agrees(rate, spent.mention.value / v.value * HUNDRED)
        for c in row.cells[1:]) for t in ctx.tables for row in t.data_rows())


_BALANCE_AFTER = re.compile(r"[，,]\s*(?:年末|年底|期末)?(?:结余|结转|剩余|未使用|未支出)(?:资金)?(?:为)?\s*$")


def _its_balance(ctx: Context, i: int, level: str, budget: Linked, spent: Linked) -> None:
    """"省级资金执行111.12万元，执行率61.73%，结余58.88万元": the source's balance right after its rate is its budget
    less its spending (rules I3, on that source's own amounts)."""
    if i + 1 >= len(ctx.linked):
        return
    rate, nxt = ctx.linked[i], ctx.linked[i + 1]
    m = nxt.mention
    if m.kind != "money" or m.approx or nxt.sentence != rate.sentence \
            or not _BALANCE_AFTER.search(ctx.text, rate.mention.end, m.start):
        return
    expected = budget.mention.value - spent.mention.value
    if agrees(m, expected):
        return
    ctx.add(
        Finding(
            "balance_mismatch",
            f"按{level}资金{money(budget.mention)}、其支出{money(spent.mention)}计算，结余应为{money_like(expected, m)}，"
            f"与所写{money(m)}不符。",
            m.span,
            values={"level": level, "base": money(budget.mention), "spent": money(spent.mention), "stated": money(m)},
            expected=money_like(expected, m),
            related=(budget.mention.span, spent.mention.span),
        )
    )


_CUT = re.compile(r"调减|核减|减少|收回")


def _after_the_change(ctx: Context, bases: dict[Decimal, Linked]) -> dict[Decimal, Linked]:
    """"县级配套资金80.00万元…调减县级配套资金22.00万元，调整后全年预算238.00万元，其中县级配套58.00万元": of a
    source's budgets, the one said after 调整后 in its sentence is its year's (rules I1), when only one is."""
    later = {v: b for v, b in bases.items()
             if "调整后" in ctx.text[ctx.text.rfind("。", 0, b.mention.start) + 1 : b.mention.start]}
    return later if len(later) == 1 else bases


def _adjusted(ctx: Context, level: str, found: list[Linked]) -> list[Linked]:
    """The source's budgets, and each changed by the amount the text adds to or takes from that level ("县级配套资金
    200.00万元…调减县级配套资金20.00万元": its year's budget is 180.00万元)."""
    changes = [lk for lk in ctx.linked if lk.quantity in ("budget_adjustment", "change") and lk.mention.kind == "money"
               and (said := _BASE_CLAUSE.search(ctx.text, max(0, lk.mention.start - 16), lk.mention.start)) is not None
               and said.group("level") == level]
    out = list(found)
    for c in changes:
        cut = _CUT.search(ctx.text, max(0, c.mention.start - 16), c.mention.start) is not None
        out += [replace(b, mention=replace(b.mention, value=b.mention.value + (-1 if cut else 1) * c.mention.value))
                for b in found]
    return out


def _spent_before(ctx: Context, i: int) -> tuple[str, Linked] | None:
    """(level, spending) right before the rate: "区级资金支出53.72万元，执行率89.35%"."""
    if i == 0:
        return None
    rate, prev = ctx.linked[i], ctx.linked[i - 1]
    m = prev.mention
    if m.kind != "money" or m.approx or prev.sentence != rate.sentence:
        return None
    if not _RATE_AFTER.search(ctx.text, m.end, rate.mention.start):
        return None
    start = max(ctx.text.rfind(c, 0, m.start) for c in "，,。；;：:\n") + 1
    said = _SPENT_CLAUSE.search(ctx.text, start, m.start)
    if said is None and _BARE_SPENT.fullmatch(ctx.text, start, m.start) and start >= 1 and ctx.text[start - 1] in "，,":
        # "县级配套资金58.00万元，实际支出50.85万元，支出率87.67%": the level named with its amount, the clause before
        before = _AMOUNT_CLAUSE.fullmatch(ctx.text, max(ctx.text.rfind(c, 0, start - 1) for c in "，,。；;：:\n") + 1, start - 1)
        return (before.group("level"), prev) if before else None
    if said is None or "、" in ctx.text[start : said.start()]:
        return None  # "其中省级资金支出800.00万元、县级资金支出465.40万元，预算执行率93.73%": the list's whole's rate
    return said.group("level"), prev


def _bases(ctx: Context, level: str) -> list[Linked]:
    out = []
    for lk in ctx.linked:
        m = lk.mention
        if m.kind != "money" or m.approx or lk.quantity in _NOT_BASE or lk.scope:
            continue
        start = max(ctx.text.rfind(c, 0, m.start) for c in "，,。；;：:\n（(") + 1
        said = _BASE_CLAUSE.search(ctx.text, start, m.start)
        if said and said.group("level") == level and not _NOT_ITS_BUDGET.search(ctx.text, start, m.start):
            out.append(lk)
    return out
