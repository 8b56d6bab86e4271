"""A rate said of one item whose spending a table's row gives (I1):

    一、学生膳食补助	8560.00	8537.20
    …
    膳食补助支出8537.20万元，执行率99.73%，未支出的22.80万元为学生转学形成的结余…

The spending in the rate's clause names an item ("膳食补助"), and a table row named for that item holds that very
spending: the rate is the row's, on the row's budget, not the project's. Without such a row, the one budget the text
gives under the item's name ("全年预算调整为204万元（当年财政拨款196.00万元，…）" for "当年财政拨款支出187.30万元，
执行率95.56%"). Pure."""

from __future__ import annotations

from chains.check.rules.base import Context
from chains.text.numbers import Mention
from chains.text.quantities import Linked, subject_compatible
from chains.text.table_model import Row, Table

_NUMBERING = "一二三四五六七八九十、.．（()）0123456789 "


def its_row(ctx: Context, spent: Linked) -> tuple[Table, Row, Mention] | None:
    """The table row named for the spending's item that holds the same amount, with the row's budget (or None)."""
    if not spent.specific:
        return None
    for table in ctx.tables:
        if table.col("spent") is None or table.col("annual_budget") is None:
            continue
        for row in table.data_rows():
            got, budget = table.number(row, "spent"), table.number(row, "annual_budget")
            if got is None or budget is None or row.is_total() or got.value != spent.mention.value:
                continue
            if spent.subject in row.label:
                return table, row, budget
    return None


def row_base(ctx: Context, rate: Linked, near: list[Linked]) -> tuple[Linked, str] | None:
    """The budget of the row named for the item whose spending stands right before the rate in its sentence (or else
    the one budget the text gives under that item's name), as a figure to judge the rate on, with the item's name."""
    if not near or near[0].sentence != rate.sentence or near[0].mention.start > rate.mention.start:
        return None
    spent = near[0]
    if any(spent.mention.end <= x.start < rate.mention.start and x.kind == "money" for x in ctx.mentions):
        return None
    found = its_row(ctx, spent)
    if found is None:  # "当年财政拨款支出187.30万元，执行率95.56%" on "（当年财政拨款196.00万元，…）" said before
        named = parts_budget(ctx, spent)
        return (named, spent.subject) if named is not None and named.mention.value else None
    table, row, budget = found
    if budget.value == 0:
        return None
    return Linked(budget, "annual_budget", spent.subject, "", row.span), row.name_in(table).lstrip(_NUMBERING)


_BUDGETS = ("annual_budget", "initial_budget", "approved_budget")


def parts_budget(ctx: Context, part: Linked) -> Linked | None:
    """The one budget the text gives for a part, by its name ("全年预算198.50万元，其中数字资源采购105.00万元…" for
    "其中数字资源采购支出104.47万元"), or None."""
    if not part.specific:
        return None
    named = [o for o in ctx.linked if o is not part and o.mention.kind == "money" and o.specific
             and subject_compatible(o.subject, part.subject) and o.mention.value > part.mention.value]
    budgets = [o for o in named if o.quantity in _BUDGETS or o.quantity is None and o.component_of is not None
               and ctx.linked[o.component_of].quantity in _BUDGETS]
    # (only when nothing else the part's name is said of could be its budget: "年初…1,500.00万元" then "全年…1,558.80万元")
    return budgets[0] if budgets and len({o.mention.value for o in named}) == 1 else None
