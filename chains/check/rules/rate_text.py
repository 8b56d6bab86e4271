"""The execution rate of the 自评表 (the funds block's total row, the 预算执行率 indicator row) against the rate the text
states for the project (I11): the text's own rate, never an item's, a source's or the department's."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules import item_blocks
from chains.check.rules.base import SOURCE_NAMED, Context, agrees, fmt_like, leads_its_sentence, one_source
from chains.check.rules.rate_names import on_money_arrived
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.quantities import Linked, generic_subject
from chains.text.sections import report_title
from chains.text.table_model import Row, Table

TOTAL_FUNDS = re.compile(r"年度资金总额|资金总额|合\s*计|总\s*计")
EXECUTION_ROW = re.compile(r"预算执行率|资金执行率|执行率")
#: the 预算执行率 row itself, not 政府采购执行率 or another rate named 执行率
_THE_EXECUTION_ROW = re.compile(r"(?:部门|项目|整体)?(?:预算|资金|预算资金)?执行率(?:（%）|\(%\))?$")
_DEPARTMENT = re.compile(r"部门|整体|单位全年|全单位")


def department_wide(ctx: Context, lk: Linked) -> bool:
    """"2023年部门全年预算486.30万元" / "整体预算执行率96.22%" in a report on a department and its projects: the
    department's figure, which a project's 自评表 need not repeat."""
    clause = ctx.text[max(lk.sentence[0], lk.mention.start - 20) : lk.mention.start]
    return bool(_DEPARTMENT.search(clause)) and "项目" in report_title(ctx.text)  # "…部门整体支出及重点项目绩效自评报告"


def _own_amounts(ctx: Context, lk: Linked) -> bool:
    """A rate stated beside amounts of an item or source of its own ("本级财政资金132万元，支出123.36万元，执行率
    93.45%"): it is the rate of that item, which the table's total rate need not equal."""
    same = [o for o in ctx.linked if o.sentence == lk.sentence and o.mention.kind == "money"]
    return any(o.specific or not leads_its_sentence(ctx, o) or one_source(ctx, o) for o in same)


_CATEGORY = re.compile(r"项目支出|基本支出|人员经费|公用经费")


def category_table(ctx: Context, table: Table) -> bool:
    """"4.项目支出明细：" over a table of projects, in a report on a department: its 合计 is that kind of spending's,
    not the department's."""
    start = ctx.text.rfind("\n", 0, max(0, table.span[0] - 1)) + 1
    above = ctx.text.rfind("\n", 0, max(0, start - 1)) + 1
    if "三公" in ctx.text[above : table.span[0]] or table.col("execution_rate") is not None \
            and any(_THREE_PUBLIC.search(row.label) for row in table.data_rows()):
        return True  # "公务用车运行维护费｜28.60｜24.37｜85.21%": a table of the 三公 costs, not of the project's money
    heads = [c.text.strip() for c in table.header.cells[:2]] if table.header is not None else []
    if any(h.startswith("子项目") for h in heads):
        return True  # "子项目｜预算数｜执行数｜执行率｜自评得分": the sub-projects', its 合计 theirs
    if "部门" not in report_title(ctx.text):
        return False
    # "体育条线5个项目情况如下：" over 项目名称｜全年预算…: a list of the department's projects, its 合计 theirs
    return bool(_CATEGORY.search(ctx.text, start, table.span[0])) or bool({"项目名称", "项目"} & set(heads))


_THREE_PUBLIC = re.compile(r"因公出国|公务用车|公务接待")
# "JWK2023-Y04课题支出率仅为65.95%": one sub-project's, one lot's rate, named by its code or its kind
# "截至2021年10月底，…支出进度71.28%": the rate as it stood during the year
_BEFORE_YEAR_END = re.compile(r"截[至止](?:(?:19|20)\d{2}年)?(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)月")
# "三个重点项目执行率的算术平均为95.91%，按金额加权的合计执行率为94.29%": some projects' rate, not the whole's
_SOME_PROJECTS = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})个(?:重点|主要|专项|重大)?项目")
_AN_ITEM = re.compile(r"课题|子项目|标段|[A-Za-z]{2,}-?\d{2,}")


def table_execution_rates(ctx: Context) -> list[Mention]:
    """Execution rates printed in tables: the 预算执行率 indicator row's actual value, the funds block's rate."""
    out = []
    for table in ctx.tables:
        if table.header_index is None or category_table(ctx, table):
            continue
        for row in table.data_rows():
            if table.col("execution_rate") is not None and TOTAL_FUNDS.search(row.label):
                if _not_the_projects(ctx, table, row):
                    continue
                m = table.number(row, "execution_rate")
            elif _THE_EXECUTION_ROW.match(re.sub(r"\s+", "", row.name_in(table))):
                m = table.number(row, "actual")
            else:
                continue
            if m is not None and m.kind == "percent" and not m.approx and m.comparator is None:
                out.append(m)
    return out


def _not_the_projects(ctx: Context, table: Table, row: Row) -> bool:
    """A 合计 row whose budget or spending is none the text gives for the project ("合计　388000　227　2522.00　2490.87　98.77%"
    under twelve health centres, of a 3,207.80万元 project): the total of some of its units, not the project's."""
    if table.col("annual_budget") is None:
        return True  # "乡镇卫生院｜…｜拨付资金｜实际支出｜执行率": units' money, no budget of the project's
    for role in ("annual_budget", "spent"):
        cell = table.number(row, role)
        said = [lk.mention for lk in ctx.linked if lk.quantity == role and lk.mention.kind == "money"]
        # a table in 元 beside a text in 万元: the bare cell is 10^4 times the text's figure
        if cell is not None and said and not any(agrees(m, cell.value / k) or agrees(cell, m.value * k)
                                                 for m in said for k in (1, 10000)):
            return True
    return False


def rates_against_text(ctx: Context) -> None:
    """The execution rate in the 自评表 and in the text are one figure (I11)."""
    table_rates = table_execution_rates(ctx)
    if not table_rates:
        return
    prose = [lk.mention for lk in ctx.linked if lk.quantity == "execution_rate" and not lk.scope
             and generic_subject(lk.subject) and not lk.mention.approx and lk.mention.comparator is None
             and lk.year in (None, ctx.year) and not _own_amounts(ctx, lk) and not department_wide(ctx, lk)
             and not one_source(ctx, lk)  # "市级资金执行率80.00%": one source's rate
             and "其中" not in ctx.text[lk.sentence[0] : lk.mention.start]  # "其中基本支出684.07万元，执行率99.52%"
             and not SOURCE_NAMED.search(ctx.text, lk.sentence[0], lk.mention.start)  # "市级资金到位率…，执行率…"
             and not _AN_ITEM.search(re.split(r"[，,；;]", ctx.text[lk.sentence[0] : lk.mention.start])[-1])
             and not _BEFORE_YEAR_END.search(ctx.text, lk.sentence[0], lk.mention.start)
             and not _SOME_PROJECTS.search(ctx.text, lk.sentence[0], lk.mention.start)
             and not on_money_arrived(ctx.text, lk)]  # "按到位资金计算的资金使用率为96.60%": on what arrived
    # a rate a table gives for one of its rows, in a sentence that names that row ("执法车辆运行维护项目得分较低，主要是
    # 执行率88.15%" beside "执法车辆运行维护｜46.00｜54.00｜47.60｜88.15%"): that item's, said again
    items = {(m.value, re.sub(r"^\s*(?:其中[：:])?\s*", "", r.label)[:6]) for t in ctx.tables if t.col("execution_rate") is not None
             for r in t.data_rows() if not TOTAL_FUNDS.search(r.label) and (m := t.number(r, "execution_rate")) is not None}
    prose = [p for p in prose if not any(v == p.value and name and name in ctx.text[_sentence_start(ctx.text, p.start) : p.start]
                                         for v, name in items)]
    # the table's rate said anywhere in the prose (a department's report states it beside its programmes' rates)
    said = {lk.mention.value for lk in ctx.linked if lk.quantity == "execution_rate"
            and not any(a <= lk.mention.start < b for a, b in (x.span for x in ctx.tables))}
    for t in table_rates:
        if t.value in said:
            continue
        for p in prose:
            if agrees(t, p.value) or agrees(p, t.value):
                break
        else:
            if prose:
                p = prose[0]
                if _wrong_beside_its_spending(ctx, p, t) or any(
                        tb.span[0] <= t.start < tb.span[1] and item_blocks.apart(ctx, tb.span[0], p.start) for tb in ctx.tables):
                    continue  # (one project's 自评表 in a department's report: its rate is the project's)
                ctx.add(
                    Finding(
                        "conflicting_values",
                        f"自评表中的预算执行率为{t.raw}，正文为{p.raw}，两处不一致。",
                        t.span,
                        values={"stated": t.raw, "text": p.raw},
                        expected=p.raw,
                        related=(p.span,),
                    )
                )


def _wrong_beside_its_spending(ctx: Context, p: Mention, t: Mention) -> bool:
    """"全年实际支出185936482.27元，预算执行率99.72%" where the funds table gives that spending, its budget and the rate
    98.48% they make: the text's rate is wrong arithmetic (rate_mismatch), said on the text's rate."""
    totals = {lk.quantity: lk.mention for lk in ctx.table_totals}
    spent, budget = totals.get("spent"), totals.get("annual_budget")
    line = ctx.line_of(p.start)
    said = [lk.mention for lk in ctx.linked if lk.quantity == "spent" and lk.mention.kind == "money"
            and ctx.line_of(lk.mention.start) == line and lk.mention.start < p.start]
    if not said:
        start = _sentence_start(ctx.text, p.start)  # ("全年拨付贴息资金178.56万元，预算执行率…": the money paid out)
        said = [lk.mention for lk in ctx.linked if lk.quantity == "issued" and lk.mention.kind == "money"
                and start <= lk.mention.start < p.start]
    if (spent is None or budget is None) and said:
        # no funds table read: the budget and the spending the rate's line gives ("全年预算186.40万元，资金全部到位。全年
        # 拨付贴息资金178.56万元，预算执行率95.97%")
        budgets = [lk.mention for lk in ctx.linked if lk.quantity == "annual_budget" and lk.mention.kind == "money"
                   and ctx.line_of(lk.mention.start) == line and lk.mention.start < said[-1].start and not lk.mention.approx]
        spent, budget = said[-1], budgets[-1] if len(budgets) == 1 else None
    if spent is None or budget is None or not budget.value or not said:
        return False
    scale = next((k for k in (Decimal(1), Decimal(10000), Decimal("0.0001"))
                  if abs(said[-1].value * k - spent.value) <= said[-1].half_unit() * k), None)
    if scale is None or not agrees(t, spent.value / budget.value * 100):
        return False
    rate = spent.value / budget.value * 100
    ctx.add(
        Finding(
            "rate_mismatch",
            f"按{'正文' if spent is said[-1] else '自评表'}的全年预算数{budget.raw}、执行数{spent.raw}计算，预算执行率为"
            f"{fmt_like(rate, p)}%，与正文所写{p.raw}不符（自评表所填{t.raw}与之相符）。",
            p.span,
            values={"base": budget.raw, "amount": spent.raw, "stated": p.raw},
            expected=f"{fmt_like(rate, p)}%",
            related=(budget.span, spent.span, said[-1].span, t.span),
        )
    )
    return True


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "。；;\n") + 1
