"""The execution rate the 自评表 prints against the amounts the text states, when the text gives no rate of its own
(I1): "全年实际支出352.76万元" beside "下达…360.40万元" and the 预算执行率 row "｜100%｜97.78%｜10｜9.79" (352.76 ÷
360.40 = 97.88%).

The text's figures are the project's: amounts that open their sentence, name no item, source or sub-item and are
no part of a breakdown. Every such budget-like amount (全年预算、下达、到位) is tried as the base; the rate is wrong only
when it agrees with none of them. A prose rate of the project is compared with the table elsewhere (``scoring``).
"""

from __future__ import annotations

from chains.check.rules.base import HUNDRED, Context, agrees, fmt_like, leads_its_sentence, money, one_source
from chains.check.rules.rate_text import table_execution_rates
from chains.findings import Finding
from chains.text.quantities import Linked, generic_subject
from chains.text.sections import report_title

_BASES = ("annual_budget", "approved_budget", "received", "issued")


def run(ctx: Context) -> None:
    if any(lk.quantity == "execution_rate" and lk.mention.kind == "percent" for lk in ctx.linked):
        return  # the text states a rate: the table is compared with it
    rates = table_execution_rates(ctx)
    if not rates:
        return
    spent = {lk.mention.value: lk for lk in ctx.linked if lk.quantity == "spent" and _whole(ctx, lk)}
    bases = [lk for lk in ctx.linked if lk.quantity in _BASES and _whole(ctx, lk)]
    if len(spent) != 1 or not bases:
        return
    s = next(iter(spent.values()))
    # (any budget the report states, in its text or its funds table, that gives the rate bears it out: "全年预算调整为
    # 3650.00万元" after the year's first budget, beside "合计｜3200.00｜3650.00｜3480.00｜3312.56｜90.76%")
    known = bases + [lk for lk in [*ctx.linked, *ctx.table_totals] if lk.quantity in ("annual_budget", "approved_budget")
                     and lk.mention.kind in ("money", "number") and not lk.mention.approx]
    for t in rates:
        if any(b.mention.value and agrees(t, s.mention.value / b.mention.value * HUNDRED) for b in known):
            continue
        if any(b.mention.value and t.value / HUNDRED * b.mention.value > s.mention.value * 2 for b in bases):
            continue  # nowhere near: the base is something else (a department's budget, another year's)
        b = next(b for b in bases if b.quantity in ("annual_budget", "approved_budget")) if any(
            b.quantity in ("annual_budget", "approved_budget") for b in bases) else bases[0]
        if not b.mention.value:
            continue
        expected = s.mention.value / b.mention.value * HUNDRED
        ctx.add(
            Finding(
                "rate_mismatch",
                f"按正文所写预算{money(b.mention)}、执行{money(s.mention)}计算，执行率为{fmt_like(expected, t)}%，"
                f"与自评表所填{t.raw}不符。",
                t.span,
                values={"budget": money(b.mention), "spent": money(s.mention), "stated": t.raw},
                expected=f"{fmt_like(expected, t)}%",
                related=(b.mention.span, s.mention.span),
            )
        )


def _whole(ctx: Context, lk: Linked) -> bool:
    m = lk.mention
    return (m.kind == "money" and not m.approx and m.comparator is None and lk.component_of is None and not lk.scope
            and (generic_subject(lk.subject) or _names_the_project(ctx, lk.subject)) and lk.year in (None, ctx.year) and leads_its_sentence(ctx, lk)
            and not one_source(ctx, lk) and not any(a <= m.start < b for a, b in (t.span for t in ctx.tables)))


def _names_the_project(ctx: Context, subject: str) -> bool:
    """"储备粮费用补贴资金" in a report titled "…县级储备粮费用补贴项目支出绩效自评…": the project's own name."""
    core = subject.removesuffix("资金").removesuffix("经费")
    return len(core) >= 4 and core in report_title(ctx.text)
