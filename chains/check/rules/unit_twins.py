"""The same figure written once in 万元 and once in 元 (a 10^4 slip): "项目资金共8010元 … 已完成拨付8010万元".

A money figure written in 元 whose digits are those of a 万元 figure elsewhere in the report is the same
amount with the wrong unit when both state the same kind of quantity (or one of them names none) about a
compatible subject. Unit prices and averages (人均、每、标准、/人) are amounts in 元 of their own and are left
alone, and so are small numbers (under 10), which repeat by chance. Reported as ``unit_mismatch``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, money
from chains.check.rules.unit_slips import out_of_proportion, report_unit
from chains.text.numbers import Mention
from chains.text.quantities import Linked, generic_subject, subject_compatible

_PER_UNIT = {"unit_price", "average"}
_GAP = re.compile(r"(?:差|少|多|低|高|超)了?$")
_A_TARGET = re.compile(r"的?(?:年度)?(?:目标|指标值)")
_PER_AFTER = re.compile(r"\s*(?:/|／|每|一|档)")  # ("选择200元档次缴费": a tier, in 元 of its own)
_PER_BEFORE = re.compile(r"每[\u4e00-\u9fff]{1,3}[^，,；;。\d]{0,8}$|[人户亩生]均[^，,；;。\d]{0,6}$")


def run(ctx: Context) -> None:
    wan: dict[Decimal, list[Linked]] = {}
    yuan: list[Linked] = []
    for lk in ctx.linked:
        m = lk.mention
        if m.kind != "money" or m.approx or lk.quantity in _PER_UNIT or lk.quantity == "change" or m.comparator is not None:
            continue  # (a bound, "低于30元的控制标准", "200元及以上档次", is no amount of money)
        if m.written_unit == "万元":
            wan.setdefault(m.number, []).append(lk)
        elif m.written_unit == "元" and m.number >= 10 and not _PER_AFTER.match(ctx.text, m.end) and not row_per_unit(ctx, m) \
                and ctx.text[m.start - 1 : m.start] not in ("满", "减") \
                and not _GAP.search(ctx.text, max(0, m.start - 3), m.start) and not _A_TARGET.match(ctx.text, m.end):
            yuan.append(lk)  # ("满200元减60元": a voucher's face; "比2000元的目标差40元": a gap, no money of it;
            # "人均增收285元，未达到300元的目标": an indicator's target, in 元 of its own)
    for lk in yuan:
        if _part_of_a_rate(ctx, lk):
            continue
        twins = [t for t in wan.get(lk.mention.number, []) if _same_thing(lk, t) and t.mention.span not in ctx.explained
                 and not _slip_of_its_list(ctx, t)]
        per_unit = _PER_BEFORE.search(ctx.text, max(0, lk.mention.start - 12), lk.mention.start)
        clause = max(ctx.text.rfind(c, 0, lk.mention.start) for c in "，,。；;\n") + 1
        if twins and not per_unit and _PER_ROW.search(ctx.text, clause, lk.mention.start) \
                and not row_per_unit(ctx, twins[0].mention):
            continue  # "人均每年增加收入1200元…或960—1200元" beside a budget of 1200.00万元: a rate per head, no twin
        if twins and (per_unit or out_of_proportion(ctx, twins[0].mention, Decimal(1)) is not None):
            # "每人次免费开放成本2.26元" beside a row "每人次免费开放成本｜≤3.00元｜2.26万元": a cost per visit is in 元
            # "扣款48500元" beside "扣除考核扣款48500万元后" in a project of 4,650万元: the 万元 one is the slip
            report_unit(ctx, twins[0].mention, twins[0].mention.value / 10000, f"与{money(lk.mention)}一致")
        elif twins:
            report_unit(ctx, lk.mention, twins[0].mention.value, f"与{money(twins[0].mention)}一致")


_PER_ROW = re.compile(r"每|标准|单价|均|单位成本|/|／")


def row_per_unit(ctx: Context, m: Mention) -> bool:
    """A table cell in a row named as a rate per unit ("每吨库容补助标准｜≤600元｜600元"), or a figure in a clause that
    names one ("成本 亩均补助标准 =100元 100元", a row no table reader took): an amount in 元 of its own."""
    for t in ctx.tables:
        if t.span[0] <= m.start < t.span[1]:
            row = next((r for r in t.rows if r.span[0] <= m.start < r.span[1]), None)
            return row is not None and _PER_ROW.search(ctx.text, row.span[0], m.start) is not None
    start = max(ctx.text.rfind(c, 0, m.start) for c in "，,。；;\n") + 1
    return _PER_ROW.search(ctx.text, max(start, m.start - 16), m.start) is not None


def _part_of_a_rate(ctx: Context, lk: Linked) -> bool:
    """A 元 figure after a rate per unit in its sentence, no larger than it, with only 元 figures between ("补助标准为每亩
    1500元，分三次兑付，第一年800元、第三年300元、第五年400元"): a part of that rate, in 元 of its own."""
    for other in reversed(ctx.linked[: ctx.linked.index(lk)]):
        o = other.mention
        if other.sentence != lk.sentence or o.kind == "money" and o.written_unit != "元":
            return False
        if other.quantity == "unit_price" and o.kind == "money":
            return o.number >= lk.mention.number
    return False


def _same_thing(a: Linked, b: Linked) -> bool:
    if a.quantity is not None and b.quantity is not None and a.quantity != b.quantity:
        return False
    if not a.specific or not b.specific or generic_subject(a.subject) or generic_subject(b.subject):
        return True  # one of them names nothing in particular
    return subject_compatible(a.subject, b.subject)


def _slip_of_its_list(ctx: Context, twin: Linked) -> bool:
    """The 万元 twin is a part of a list whose total holds only when the twin is read in 元 ("…拉萨市级配套资金120000万元、
    区级…180000元" under "全年预算1436500元"): the 万元 one is the slip, which the sum rule names."""
    if twin.component_of is None:
        return False
    total = ctx.linked[twin.component_of].mention
    parts = [lk.mention for lk in ctx.linked if lk.component_of == twin.component_of]
    s = sum((p.value for p in parts), Decimal(0))
    fixed = s - twin.mention.value + twin.mention.value / 10000
    return abs(fixed - total.value) <= total.half_unit() and abs(s - total.value) > total.half_unit()
